"""Outline- and card-shaped plans of municipalities no reader was written against, with their expected plans.

Each document in this folder named here is written the way such plans are published: numbered outlines
(基本目標 / 基本方針 > (1) / 1-1 > ① / ア / 1-1-1), label–value cards (【取組名】, 項目: 値 lines, a card as a
two-column table, one card per page with a running header and a page number) and text copied out of a PDF
viewer (a 表紙 and a 目次 with the same headings, lines broken at a fixed width mid-word, full-width
digits, 「- 8 -」 and 「12 / 40」 page numbers, a 再掲 entry). ``PLANS[name]`` is the plan each document
states, in the form ``tests/importers/scoring.score`` compares (code, title, 担当課, KPI values with their
years, schedule years), written from the document by hand.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path
from typing import Any

from shinchoku.importers.shapes.lines import display_width

HERE = Path(__file__).parent

Value = tuple[int, float]  # (fiscal year, value)


def kpi(
    baseline: Value | None,
    final: Value | None,
    targets: tuple[Value, ...] = (),
    actuals: tuple[Value, ...] = (),
) -> dict[str, Any]:
    """One indicator: baseline (現状値 / 基準値) and final target (目標値) with their fiscal years, and
    yearly targets and actuals (実績) where the document prints them."""

    def value(pair: Value | None) -> dict[str, Any] | None:
        return {"fy": pair[0], "value": pair[1]} if pair else None

    return {
        "baseline": value(baseline),
        "final_target": value(final),
        "targets": [value(t) for t in targets],
        "actuals": [value(a) for a in actuals],
    }


def item(
    code: str | None,
    title: str,
    departments: list[str],
    indicators: tuple[dict[str, Any], ...] = (),
    schedule: range | tuple[int, ...] = (),
    repost_of: str | None = None,
) -> dict[str, Any]:
    return {
        "code": code,
        "title": title,
        "departments": departments,
        "indicators": list(indicators),
        "schedule": [{"fy": fy, "half": None} for fy in schedule],
        "repost_of": repost_of,
    }


def years(first: int, last: int) -> range:
    return range(first, last + 1)


#: 朝霧市DX推進計画: 基本目標１ > （１） > ① 【担当課：…】, ［KPI］ one line or a block, ［工程］ 令和N年度～令和M年度.
ASAGIRI = [
    item(
        "1-1-1",
        "オンライン申請の拡大",
        ["デジタル戦略課"],
        (kpi((2023, 48), (2028, 180)),),
        years(2024, 2028),
    ),
    item(
        "1-1-2",
        "書かない窓口の導入",
        ["市民課", "デジタル戦略課"],
        (kpi((2023, 0), (2028, 15000)), kpi((2023, 25), (2028, 10))),
        years(2024, 2026),
    ),
    item(
        "1-2-1", "窓口・施設のキャッシュレス化", ["会計課"], (kpi((2023, 3), (2028, 40)),), years(2024, 2028)
    ),
    item(
        "2-1-1",
        "AI・RPAの活用",
        ["行政改革課", "デジタル戦略課"],
        (kpi((2023, 1200), (2028, 6000)),),
        years(2024, 2028),
    ),
    item("2-1-2", "電子決裁の徹底", ["総務課"], (kpi((2023, 42.5), (2028, 95)),), years(2024, 2025)),
    item("2-2-1", "デジタル人材育成研修", ["人事課"], (kpi((2023, 12), (2028, 100)),), years(2024, 2028)),
]

#: 北野町地域情報化計画: 基本方針1 > 1-1 > 1-1-1 （所管：…）, a 〔目標〕 block of 指標 / 現状値 / 目標値 lines.
KITANO = [
    item("1-1-1", "電子申請サービスの拡充", ["総務課"], (kpi((2023, 850), (2029, 3000)),), years(2025, 2027)),
    item("1-1-2", "コンビニ交付の利用促進", ["住民課"], (kpi((2023, 18.2), (2029, 40)),), years(2025, 2026)),
    item(
        "1-2-1",
        "スマホ相談会の開催",
        ["福祉課", "生涯学習課"],
        (kpi((2023, 160), (2029, 600)),),
        years(2025, 2029),
    ),
    item("2-1-1", "基幹系システムの標準化", ["総務課"], (kpi((2023, 0), (2026, 20)),), years(2025, 2026)),
    item("2-1-2", "ペーパーレス会議の推進", ["総務課"], (kpi((2023, 250000), (2029, 100000)),)),
    item(
        "2-2-1", "情報セキュリティ研修の実施", ["総務課"], (kpi((2023, 65), (2029, 100)),), years(2025, 2029)
    ),
]

#: 東浦町DX推進計画: 基本目標Ⅰ > (1) > ア/イ/ウ, a 「担当」 line, 〔指標〕 with 令和5年度（現状値） rows, prose.
HIGASHIURA = [
    item("1-1-1", "行政手続のオンライン化", ["企画財政課", "住民福祉課"], (kpi((2023, 320), (2027, 1500)),)),
    item("1-1-2", "公金のキャッシュレス納付", ["税務課"], (kpi((2023, 8), (2027, 30)),)),
    item("1-2-1", "町ホームページのリニューアル", ["企画財政課"], (kpi((2023, 420000), (2027, 600000)),)),
    item("1-2-2", "防災情報のプッシュ配信", ["総務課"], (kpi((2023, 1850), (2027, 4000)),)),
    item("2-1-1", "RPA・AI-OCRの導入", ["総務課"], (kpi((2023, 0), (2027, 2400)),)),
    item("2-1-2", "テレワーク環境の整備", ["総務課"], (kpi((2023, 5), (2027, 80)),)),
    item("2-1-3", "Web会議の活用", ["総務課", "企画財政課"], (kpi((2023, 120), (2027, 500)),)),
]

#: 西山市 アクションプラン: 【取組名】【担当課】【KPI】【現状値】【目標値】 cards, one a page, header and 「- 5 -」.
NISHIYAMA = [
    item(
        "1-1",
        "マイナンバーカードを活用した手続の拡大",
        ["市民課", "情報政策課"],
        (kpi((2023, 12), (2026, 60)),),
        years(2024, 2026),
    ),
    item("1-2", "証明書のコンビニ交付", ["市民課"], (kpi((2023, 9.5), (2026, 35)),), years(2024, 2025)),
    item(
        "1-3",
        "施設予約システムの導入",
        ["スポーツ振興課", "生涯学習課"],
        (kpi((2023, 0), (2026, 70)),),
        years(2024, 2025),
    ),
    item(
        "2-1",
        "生成AIの業務活用",
        ["情報政策課"],
        (kpi((2023, 0), (2026, 60)), kpi((2023, 0), (2026, 3000))),
        years(2024, 2026),
    ),
    item("2-2", "公用パソコンの更新とモバイル化", ["情報政策課", "財政課"], (kpi((2023, 15), (2026, 100)),)),
]

#: 南丘市 個別事業シート: each card a two-column table (label | value), tab-separated.
MINAMIOKA = [
    item(
        "1-1-1", "電子申請の推進", ["デジタル推進室"], (kpi((2023, 4200), (2027, 20000)),), years(2024, 2026)
    ),
    item(
        "1-1-2",
        "窓口予約システムの導入",
        ["市民課", "デジタル推進室"],
        (kpi((2023, 0), (2027, 5000)),),
        years(2024, 2025),
    ),
    item("1-2-1", "LINEによる情報発信", ["広報広聴課"], (kpi((2023, 8300), (2027, 25000)),)),
    item("2-1-1", "AI議事録システムの活用", ["総務課"], (kpi((2023, 1500), (2027, 500)),), (2024,)),
    item("2-1-2", "庁内無線LANの整備", ["デジタル推進室"], (kpi((2023, 20), (2027, 100)),)),
]

#: 河口町デジタル化推進計画: ◆No.1 headings and 「項目: 値」 lines, years in the labels (基準値(R4)).
KAWAGUCHI = [
    item("1", "行政手続のオンライン化", ["総務課"], (kpi((2023, 5), (2026, 40)),), years(2024, 2026)),
    item(
        "2",
        "キャッシュレス決済の導入",
        ["会計室", "税務課"],
        (kpi((2023, 0), (2026, 3600)),),
        years(2024, 2025),
    ),
    item("3", "ペーパーレス会議の推進", ["総務課"], (kpi((2022, 120000), (2026, 30000)),), (2024,)),
    item("4", "高齢者向けスマホ教室", ["健康福祉課"], (kpi((2023, 40), (2026, 400)),), years(2024, 2026)),
]

#: 若葉市ＤＸ推進計画 copied out of a PDF viewer: 表紙, 目次, running header, 「- 8 -」, broken lines, 再掲.
WAKABA = [
    item("1-1-1", "電子申請の拡充", ["情報政策課"], (kpi((2023, 62), (2027, 200)),), years(2024, 2027)),
    item(
        "1-1-2",
        "マイナンバーカードの活用",
        ["市民課", "情報政策課"],
        (kpi((2023, 71.3), (2027, 95)),),
        years(2024, 2025),
    ),
    item("1-2-1", "窓口のキャッシュレス化", ["会計課"], (kpi((2023, 4), (2027, 25)),), years(2024, 2025)),
    item(
        "2-1-1",
        "RPAの導入",
        ["行政経営課", "情報政策課"],
        (kpi((2023, 800), (2027, 4000)),),
        years(2024, 2026),
    ),
    item("2-1-2", "電子契約の導入", ["契約管財課"], (kpi((2023, 0), (2027, 60)),), years(2024, 2025)),
    item("2-1-3", "窓口のキャッシュレス化", ["会計課"], repost_of="1-2-1"),
]

#: 緑川村 個別取組シート copied out of a PDF viewer: 「取組名：」 lines, 「12 / 40」 page numbers, broken lines.
MIDORIKAWA = [
    item("1-1", "行政手続のオンライン化", ["総務課"], (kpi((2023, 3), (2026, 25)),), years(2024, 2026)),
    item(
        "1-2",
        "子育て支援アプリの導入",
        ["住民福祉課", "総務課"],
        (kpi((2023, 0), (2026, 80)),),
        years(2024, 2025),
    ),
    item("2-1", "役場の光回線・Wi-Fi整備", ["総務課"], (kpi((2023, 2), (2026, 12)),)),
    item(
        "2-2",
        "農業用水路の遠隔監視",
        ["産業振興課"],
        (kpi((2023, 0), (2026, 15)), kpi((2023, 360), (2026, 120))),
        years(2024, 2026),
    ),
]

#: 桜川町DX推進計画: 施策1 > 取組1-1 with 【担当課】【工程】 lines and the 成果指標 as a small table under each.
SAKURAGAWA = [
    item(
        "1-1",
        "オンライン手続の拡大",
        ["総務課", "住民課"],
        (kpi((2023, 15), (2028, 100)), kpi((2023, 3.2), (2028, 30))),
        years(2024, 2028),
    ),
    item("1-2", "窓口のキャッシュレス化", ["会計室"], (kpi((2023, 0), (2028, 40)),), years(2024, 2026)),
    item(
        "2-1",
        "地域公共交通へのデマンド交通の導入",
        ["企画課"],
        (kpi((2023, 0), (2028, 12000)),),
        years(2024, 2028),
    ),
    item(
        "2-2",
        "GISによる地図情報の公開",
        ["建設課", "企画課"],
        (kpi((2023, 2), (2028, 20)),),
        years(2025, 2026),
    ),
]

#: 山吹市DX推進計画: 重点取組１ > (1) 取組（担当：…） with prose, 「指標：… 令和5年度 20分 → 令和10年度 10分」,
#: 「R5実績 0冊　R10目標 12,000冊」 and 工程 in Western years and 「令和7～10年度」.
YAMABUKI = [
    item("1-1", "スマート窓口の推進", ["市民課"], (kpi((2023, 20), (2028, 10)),), years(2024, 2028)),
    item(
        "1-2",
        "電子図書館の導入",
        ["中央図書館"],
        (kpi(None, (2028, 12000), actuals=((2023, 0),)),),
        years(2024, 2028),
    ),
    item(
        "1-3",
        "子育て応援アプリの配信",
        ["こども家庭課", "デジタル推進課"],
        (kpi((2023, 0), (2028, 3000)),),
        years(2024, 2025),
    ),
    item("2-1", "業務のBPR", ["行政改革推進課"], (kpi((2023, 3), (2028, 30)),), years(2024, 2028)),
    item(
        "2-2",
        "情報セキュリティ対策の強化",
        ["デジタル推進課"],
        (kpi((2023, 12), (2028, 5)),),
        years(2024, 2026),
    ),
]

#: 青葉市デジタル推進計画: (1) 施策 with a 【主な取組】 list whose bullets close with their 担当課 in parentheses.
AOBA = [
    item(
        "1-1",
        "行政手続のオンライン化",
        ["情報政策課", "会計課", "税務課"],
        (kpi((2023, 1200), (2027, 5000)),),
    ),
    item("1-2", "窓口サービスの向上", ["市民課", "情報政策課"], (kpi((2023, 30), (2027, 15)),)),
    item("2-1", "業務改革", ["行政改革課", "総務課"], (kpi((2023, 500), (2027, 3000)),)),
]

#: 緑ヶ丘町ＤＸ推進計画: 重点施策１ > 取組No.1, 「成果指標：電子申請件数（R5: 350件 → R8: 1,500件）」.
MIDORIGAOKA = [
    item("1", "電子申請の推進", ["総務課"], (kpi((2023, 350), (2026, 1500)),), years(2024, 2026)),
    item("2", "公式LINEの活用", ["企画課"], (kpi((2023, 1000), (2026, 4000)),), years(2024, 2025)),
    item("3", "テレワークの導入", ["総務課"], (kpi((2023, 0), (2026, 50)),), years(2024, 2025)),
]

#: 白浜村DX推進計画: 1. > 1.1 numbering, 「KPI：… 15%（令和5年度）→ 40%（令和8年度）」.
SHIRAHAMA = [
    item("1.1", "マイナンバーカードの利活用", ["住民課"], (kpi((2023, 15), (2026, 40)),), years(2024, 2025)),
    item("1.2", "防災情報のデジタル発信", ["総務課"], (kpi((2023, 300), (2026, 1200)),)),
    item("2.1", "電子決裁の導入", ["総務課"], (kpi((2023, 0), (2026, 80)),), years(2024, 2025)),
]

#: 川崎台市 個別施策: 【取組１】 cards with 「◇担当課　…」「◇目標値　令和9年度　10,000件」 lines.
KAWASAKIDAI = [
    item("1", "電子申請の推進", ["情報政策課"], (kpi((2023, 2000), (2027, 10000)),)),
    item("2", "キャッシュレス決済の導入", ["会計課", "税務課"], (kpi((2023, 1), (2027, 20)),)),
    item("3", "AI-OCRの導入", ["行政改革課"], (kpi((2023, 0), (2027, 50000)),)),
]

#: 港北町DX推進計画 pasted page by page: bare page numbers 「12」「13」「14」 and the chapter as a running header.
KOHOKU = [
    item("1-1-1", "電子申請の拡充", ["総務課"], (kpi((2022, 350), (2026, 1000)),), years(2024, 2026)),
    item("1-1-2", "子育て手続の電子化", ["こども課"], (kpi((2022, 5), (2026, 50)),), years(2024, 2025)),
    item("2-1-1", "RPAの導入", ["総務課", "企画課"], (kpi((2022, 100), (2026, 1500)),)),
]

#: Document file → (municipality, expected initiatives).
PLANS: dict[str, tuple[str, list[dict[str, Any]]]] = {
    "asagiri_outline.txt": ("朝霧市", ASAGIRI),
    "kitano_houshin.txt": ("北野町", KITANO),
    "higashiura_kana.txt": ("東浦町", HIGASHIURA),
    "nishiyama_cards.txt": ("西山市", NISHIYAMA),
    "minamioka_card_tables.txt": ("南丘市", MINAMIOKA),
    "kawaguchi_items.txt": ("河口町", KAWAGUCHI),
    "wakaba_viewer.txt": ("若葉市", WAKABA),
    "midorikawa_viewer.txt": ("緑川村", MIDORIKAWA),
    "sakuragawa_kpi_tables.txt": ("桜川町", SAKURAGAWA),
    "yamabuki_prose.txt": ("山吹市", YAMABUKI),
    "aoba_bullets.txt": ("青葉市", AOBA),
    "midorigaoka_no.txt": ("緑ヶ丘町", MIDORIGAOKA),
    "shirahama_dotted.txt": ("白浜村", SHIRAHAMA),
    "kawasakidai_marked_cards.txt": ("川崎台市", KAWASAKIDAI),
    "kohoku_bare_pages.txt": ("港北町", KOHOKU),
}


def expected(name: str) -> dict[str, Any]:
    """The expected plan of document ``name`` in the form ``scoring.score`` takes."""
    return {"initiatives": PLANS[name][1]}


def text(name: str) -> str:
    return (HERE / name).read_text(encoding="utf-8")


# --- the same documents as a PDF viewer's 「すべて選択 → コピー」 gives them -------------------------------

_HEADING = re.compile(
    r"^\s*(基本目標|基本方針|[（(][0-9０-９]+[)）]|[0-9]+(?:-[0-9]+)+\s|[①-⑳]|◆|【取組名】|取組名)"
)
_FULL = str.maketrans({chr(c): chr(c + 0xFEE0) for c in range(0x21, 0x7F)})


def viewer_copy(document: str, *, width: int = 34, page_lines: int = 18, page_mark: str = "- {n} -") -> str:
    """``document`` as copied out of a PDF viewer.

    A table's cells come out separated by a blank. A 表紙 (the title line, the date) and a 目次 (the headings with page numbers) come first; every line
    wider than ``width`` full-width characters is broken there, mid-word; ASCII letters and digits become full-width in every
    other paragraph, the way a word processor's fonts mix them; each page of ``page_lines`` lines starts with
    the plan's title as a running header and ends with its number (``page_mark``: 「- {n} -」, 「{n} / {total}」).
    """
    lines = [line.strip().replace("\t", " ") for line in document.splitlines() if line.strip()]
    title = lines[0]
    body: list[str] = []
    for k, line in enumerate(lines):
        line = line.translate(_FULL) if k % 2 else line
        cut, used = 0, 0
        for i, ch in enumerate(line):  # break where the page's width (in full-width characters) ends
            used += 2 if unicodedata.east_asian_width(ch) in "WF" else 1
            if used > 2 * width:
                body.append(line[cut:i])
                cut, used = i, used - display_width(line[cut:i])
        body.append(line[cut:])
    pages = [body[i : i + page_lines] for i in range(0, len(body), page_lines)]
    first = 3
    total = first + len(pages) - 1
    contents = []
    for n, page in enumerate(pages, start=first):
        for line in page:
            if _HEADING.match(line):
                label = line.split("【")[0].split("（所管")[0].strip()
                contents.append(f"{label} {'.' * 12} {n}")
    out = [title, "令和6年3月", page_mark.format(n=1, total=total), "目次", *contents]
    out.append(page_mark.format(n=2, total=total))
    for n, page in enumerate(pages, start=first):
        out += [title, *page, page_mark.format(n=n, total=total)]
    return "\n".join(out) + "\n"
