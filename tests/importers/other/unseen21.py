"""A twenty-first batch of plans no reader was written against (the readers' code was not read), in shapes the batches
before do not have: five texts (``plans21/``), a Word document, two workbooks, a CSV and a PDF printed by Chromium.

Texts:

- 奏県's デジタル推進計画 第３章 (``kanade_ken_shichoson_renkei.txt``): a 県's 「連携取組１　…」 blocks, each the 県's
  担当課 with its 部 and 係 「総務部デジタル戦略課（市町村ＤＸ支援係）」 (two joined by 「、」), a 「連携先：全市町村」 line naming
  who the 県 works with (no 担当課), the 指標 name on one line and 「現状値　３団体（令和５年度）　→　目標値　２７団体（令和７年度）」
  on the next, 「実施時期：令和６年度～令和７年度」; a chapter of prose with figures of its own (「２７市町村（１０市、１４町、
  ３村）」) before;
- 月影市's ＤＸ推進計画 (``tsukikage_shisaku_kakko_maru.txt``): 取組 numbered 「施策１－（２）－③」 under 「施策１－（２）　…」
  headings (the 施策 numbered 「施策１－（１）」 too: no 取組), 所管課 / 内容 / 成果指標 / スケジュール lines, 「成果指標①」「成果
  指標②」, 「現状値（R5）　－」, 「成果指標：－」, 「スケジュール：R6　対象手続の選定　R7～R10　順次拡大」;
- 宵待村's page 「宵待村デジタル化推進計画」 copied out of its web site as markdown (``yoimachi_mura_web_tab.txt``): 「* [ホーム]
  (…)」 link bullets, a breadcrumb of links, 「# 」「## 」 headings, a two-column table of the plan's particulars, and the
  取組 table as tab-separated text with the blank cells the copy keeps — a header two rows deep (「成果指標」 over 「指標名 |
  現状値（R5） | 目標値（R10）」, the other header cells blank in the second row), 分野 written on its first row only, a second
  indicator on a row whose 番号 / 取組 / 担当課 / 実施年度 are blank; 「会計室、住民課」, 「－」, 「R7～R10」;
- 白砂市's 第２次情報化推進計画 (``shirasuna_dai2ji_wareki_seireki.txt``): years written 「令和７（2025）年度」 and 「2026年度」
  side by side, the 第１次 plan's period 「令和２（2020）年度から令和６（2024）年度まで」 and its figures in the prose,
  「取組１－１　…」 with ［担当課］［概要］［指標］［工程］, the 指標 on one line 「120手続（2023年度）→ 中間目標 250手続（2027年度）→
  目標 400手続（2029年度）」, 「－（2023年度）」, ［工程］ 「令和７（2025）年度　導入準備　→　2026年度～2029年度　運用」;
- 胡桃町's デジタル化推進計画 (``kurumi_cho_prose_tanto.txt``): 「１　…」 > 「（１）…」, the 課 that carries each 取組 out
  named only in its prose (「住民課が中心となって」「会計室と税務課が連携して」「この取組は健康子育て課が担当し」「総務課では」
  「実施は福祉課が行い、社会福祉協議会や民生委員の皆さんと連携します」「教育委員会生涯学習課が」「移行作業は総務課情報係が
  担い、住民課と税務課が業務の見直しを行います」「総務課と議会事務局が協力して」), 「目標：… １０手続（令和５年度）→
  ５０手続（令和９年度）」, 「１８万枚」, 「実施時期：令和６年度～令和９年度」.

Sheets and a Word document:

- 鈴蘭町's デジタル化推進計画 (``suzuran_midashi_bullets.docx``): Word's 見出し 1 / 2 / 3 (styleId 「1」「2」「3」, as a Japanese
  Word saves them) 「第３章　具体的な取組」 > 「１　便利な手続」 > 「（１）手続のオンライン化」, each 取組 a bullet (箇条書き, no
  number) 「電子申請の拡充：…します。【担当】住民課【指標】電子申請できる手続数　15手続（R6）→60手続（R10）【時期】R7～R10」
  with the labels inline, 「【指標】－」, and a 第２章 of bullets of the town's figures (「78.5％（令和6年12月末）」) that are
  no 取組;
- 緋桜市's 成果指標進捗管理表 (``hizakura_hyoka_wide.xlsx``): wide — 「No. | 取組名 | 担当課 | 成果指標 | 単位 | 基準値（R4）」
  then 「令和５年度」…「令和８年度」 each merged over 「目標 | 実績 | 評価」, 評価 S / A / B / C (a legend line over the header),
  R7 and R8 実績 and 評価 blank (the report is of R6), figures as numbers, a 取組 of two indicator rows (No. / 取組名 / 担当課
  merged down), 「会計課⏎納税課」, 基本目標 rows merged across, an 実績 「－」;
- 星空市's KPI進捗 exported from its BI tool as CSV (``hoshizora_bi_export.csv``, CP932, CRLF, every cell quoted): no title,
  the header 「基本目標 | 取組ID | 取組名 | 所管部署 | KPI名 | 単位 | 基準値(R5) | 目標値(R9) | 実績値(R6) | 達成率(%)」, rows sorted
  by 所管部署 (not by ID), 所管部署 「総務部 情報政策課」, a 取組 of two KPI rows (every field repeated), figures 「"1,850"」, an
  empty 実績, a 「総計」 row last; the plan named by the file 「星空市DX推進計画_KPI進捗（R6-R9）.csv」;
- 松葉市's ＤＸ推進実施計画 (``matsuba_jisshi_zaigen.xlsx``): 「（単位：千円）」 and a 事業 four rows — 区分 「事業費」「国県支出金」
  「地方債」「一般財源」 under 「R7 | R8 | R9 | 計」 (numbers with a thousands format, 「－」 no money) — 事業番号 / 事業名 / 担当課 /
  事業概要 / 実施期間 / 成果指標 / 現状値（R6） / 目標値（R9） merged down the four, 「会計課、収納課」.

PDF (Chromium, read as uploaded and as ``pdftotext`` in both modes):

- 琥珀台町's ＤＸ推進計画 工程表 (``kohakudai_kouteihyou_nuri.pdf``, A4 landscape): 「No. | 取組 | 担当課 | 令和７年度 … 令和11年度 |
  成果指標 | 現状値（R6） | 目標値（R11）」, each year a step is in a cell filled in colour and nothing written in it (light blue
  検討・準備, dark blue 実施・運用, a 凡例 of two coloured boxes over the table), a year left white between two (情報セキュリティ監査
  every other year), 基本方針 rows across, 「会計室⏎税務課」, 「－」 no indicator.

``PLANS[name]`` is the plan each document states, by the earlier batches' conventions: a target column headed with its year
in a table of a row an initiative or indicator (宵待村, 琥珀台町, 星空市, 松葉市) is that year's target and the final one;
yearly target columns (緋桜市's 令和５年度 … 令和８年度) each year's target, the last one the final target too, the 実績 under a
year its actual (「－」 or blank none); a 目標 with its year on an item's line (奏県, 月影市, 白砂市, 胡桃町, 鈴蘭町) the final
target alone, a 中間目標 with its year that year's target; 基準値 / 現状値 the baseline of the year written. 評価 letters,
達成率, 事業費 and 財源 are no figures of an indicator (not scored). Who carries a 取組 out is its 担当課 as written, split at
「、」「・」 or a line break; a 課 with its 部 or 係 (「総務部デジタル戦略課（市町村ＤＸ支援係）」「総務部 情報政策課」「総務課情報係」) is
the 課, 「教育委員会生涯学習課」 生涯学習課, 「教育委員会事務局」 as written; a 連携先 or a body worked with (社会福祉協議会) is no
担当課; where the 課 is named only in the prose, the 課 named as doing it. Codes are as printed: 「連携取組３」 3, 「施策１－（２）－③」
1-2-3, 「取組１－１」 1-1, 「（２）」 under 「１」 1-2; 鈴蘭町's bullets have none. A schedule is every year a step is stated for
or a cell is filled in (琥珀台町), 「R7～R10」 each year between; 星空市's export states none.
"""

from __future__ import annotations

import csv
import html
import io
from typing import Any

import docx
from docx.shared import Pt
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from ..unseen_harness import new_book, save
from .batch_documents import batch_documents
from .unseen import HERE, item, kpi, years

FOLDER = HERE / "plans21"

_THIN = Side(style="thin")
_BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_HEAD = PatternFill("solid", fgColor="DDEBF7")


def _n(text: str | float | None) -> float | None:
    """A figure as written (「1,850」「12手続」「38.5%」); 「－」 or empty none."""
    if text is None or isinstance(text, int | float):
        return text
    digits = ""
    for c in text.replace(",", ""):
        if c.isdigit() or (c == "." and digits):
            digits += c
        elif digits:
            break
    return float(digits) if digits else None


# --- the texts -------------------------------------------------------------------------------------------------

KANADE = [
    item("1", "自治体情報システムの標準化・共通化の支援", ["デジタル戦略課"], (kpi((2023, 3), (2025, 27)),), years(2024, 2025)),
    item("2", "行政手続のオンライン化の共同推進", ["デジタル戦略課", "市町村課"], (kpi((2023, 410), (2027, 1600)),),
         years(2024, 2027)),
    item("3", "情報システムの共同調達", ["デジタル戦略課"], (kpi((2023, 12), (2027, 20)),), years(2025, 2027)),
    item("4", "デジタル人材の確保・育成", ["人事課", "デジタル戦略課"], (kpi((2023, 180), (2027, 1200)),), years(2024, 2027)),
    item("5", "防災情報システムの連携", ["防災課"], (kpi((2023, 8), (2026, 27)),), years(2025, 2026)),
    item("6", "子育て支援手続のワンストップ化", ["こども家庭課"], (kpi((2023, 14), (2027, 27)),), years(2024, 2027)),
    item("7", "学校のＩＣＴ環境の共同整備", ["教育政策課"], (kpi((2023, 0), (2026, 22)),), years(2025, 2026)),
    item("8", "オープンデータの共同公開", ["デジタル戦略課"], (kpi((2023, 9), (2027, 27)),), years(2024, 2027)),
]  # fmt: skip

TSUKIKAGE = [
    item("1-1-1", "電子申請サービスの拡充", ["市民課", "デジタル推進課"], (kpi((2023, 48), (2028, 200)),), years(2024, 2028)),
    item("1-1-2", "公金のキャッシュレス納付", ["会計課"], (kpi((2023, 3), (2028, 15)),), years(2024, 2026)),
    item("1-1-3", "公共施設予約のオンライン化", ["生涯学習課"], (kpi((2023, 0), (2028, 32)),), years(2025, 2028)),
    item("1-2-1", "書かない窓口の導入", ["市民課"], (kpi((2023, 0), (2028, 12000)), kpi((2023, 25), (2028, 10))),
         years(2024, 2028)),
    item("1-2-2", "オンライン相談の実施", ["福祉総務課", "子育て支援課"], (kpi(None, (2028, 300)),), years(2025, 2028)),
    item("1-2-3", "窓口の混雑状況の配信", ["市民課"], (), (2024,)),
    item("2-1-1", "ＡＩ・ＲＰＡの活用", ["行政改革課"], (kpi((2023, 1500), (2028, 9000)),), years(2024, 2028)),
    item("2-1-2", "電子決裁の徹底", ["総務課"], (kpi((2023, 38.5), (2028, 95.0)),), years(2024, 2026)),
    item("2-2-1", "基幹業務システムの標準化", ["デジタル推進課"], (kpi((2023, 0), (2028, 20)),), years(2024, 2025)),
]  # fmt: skip


def _row_kpi(base: float | None, fy: int, target: float) -> dict[str, Any]:
    """A table's indicator: the baseline, and the year-headed target that year's target and the final one."""
    return kpi((2023, base) if base is not None else None, (fy, target), ((fy, target),))


YOIMACHI = [
    item("1", "電子申請の拡充", ["住民課"], (_row_kpi(12, 2028, 50),), years(2025, 2028)),
    item("2", "キャッシュレス決済の導入", ["会計室", "住民課"], (_row_kpi(0, 2028, 4),), years(2025, 2026)),
    item("3", "防災情報のメール・LINE配信", ["総務課"], (_row_kpi(850, 2028, 2000), _row_kpi(62.0, 2028, 90.0)),
         years(2025, 2028)),
    item("4", "デマンド交通の予約のオンライン化", ["企画振興課"], (_row_kpi(None, 2028, 40),), years(2026, 2028)),
    item("5", "電子決裁の導入", ["総務課"], (_row_kpi(0, 2028, 80),), years(2025, 2027)),
    item("6", "会議のペーパーレス化", ["総務課"], (_row_kpi(120, 2028, 40),), years(2025, 2028)),
    item("7", "基幹業務システムの標準化", ["総務課", "住民課"], (_row_kpi(0, 2028, 20),), (2025,)),
    item("8", "スマートフォン教室の開催", ["教育委員会事務局"], (_row_kpi(60, 2028, 200),), years(2025, 2028)),
    item("9", "見守りセンサーの導入", ["保健福祉課"], (_row_kpi(0, 2028, 45),), years(2026, 2028)),
]  # fmt: skip

SHIRASUNA = [
    item("1-1", "電子申請の拡大", ["デジタル推進課"], (kpi((2023, 120), (2029, 400), ((2027, 250),)),), years(2025, 2029)),
    item("1-2", "書かない窓口の導入", ["市民課"], (kpi((2023, 0), (2029, 15000)),), years(2025, 2029)),
    item("1-3", "公金のキャッシュレス化", ["会計課", "納税課"], (kpi((2023, 4), (2029, 36)),), years(2025, 2027)),
    item("1-4", "オンライン相談の実施", ["子育て支援課", "高齢福祉課"], (kpi(None, (2029, 480)),), years(2026, 2029)),
    item("2-1", "ＡＩ・ＲＰＡの活用", ["行政改革課"], (kpi((2023, 2400), (2029, 8000), ((2027, 5000),)),), years(2025, 2029)),
    item("2-2", "基幹業務システムの標準化", ["デジタル推進課"], (kpi((2023, 0), (2025, 20)),), (2025,)),
    item("2-3", "テレワークの推進", ["職員課"], (kpi((2023, 12.5), (2029, 50.0)),), years(2026, 2029)),
    item("3-1", "デジタル活用支援", ["市民協働課"], (kpi((2023, 420), (2029, 1000)),), years(2025, 2029)),
    item("3-2", "オープンデータの推進", ["デジタル推進課"], (kpi((2023, 36), (2029, 120)),), years(2025, 2029)),
]  # fmt: skip

KURUMI = [
    item("1-1", "電子申請の拡充", ["住民課"], (kpi((2023, 10), (2027, 50)),), years(2024, 2027)),
    item("1-2", "キャッシュレス決済の導入", ["会計室", "税務課"], (kpi((2023, 0), (2027, 5)),), years(2024, 2025)),
    item("1-3", "子育て手続のオンライン化", ["健康子育て課"], (kpi((2023, 2), (2026, 12)),), years(2025, 2026)),
    item("2-1", "防災情報の発信強化", ["総務課"], (kpi((2023, 1200), (2027, 3500)),), years(2024, 2027)),
    item("2-2", "高齢者の見守り", ["福祉課"], (kpi((2023, 15), (2027, 80)),), years(2025, 2027)),
    item("2-3", "スマートフォン教室の開催", ["生涯学習課"], (kpi((2023, 45), (2027, 150)),), years(2024, 2027)),
    item("3-1", "基幹業務システムの標準化", ["総務課", "住民課", "税務課"], (kpi((2023, 0), (2025, 20)),), years(2024, 2025)),
    item("3-2", "会議のペーパーレス化", ["総務課", "議会事務局"], (kpi((2023, 18), (2027, 6)),), years(2024, 2026)),
]  # fmt: skip


# --- 鈴蘭町: Word's 見出し 1–3 and bullets with 【担当】【指標】【時期】 inline ------------------------------------------

#: (見出し 2, [(見出し 3, prose, [(取組, 内容, 担当 as written, 担当課, 指標 as written or 「－」, baseline, target, 時期)])])
_SUZURAN: list[tuple[str, list[tuple[str, str, list[tuple[Any, ...]]]]]] = [
    ("１　便利な手続", [
        ("（１）手続のオンライン化", "役場に来なくても、いつでも手続ができるようにします。", [
            ("電子申請の拡充", "申請の多い手続から順に、スマートフォンで申請できるようにします。", "住民課", ["住民課"],
             "電子申請できる手続数　15手続（R6）→60手続（R10）", (2024, 15), (2028, 60), (2025, 2028)),
            ("子育て・介護手続のオンライン化", "児童手当や介護保険の申請をマイナポータルから受け付けます。", "保健福祉課",
             ["保健福祉課"], "オンラインで申請できる子育て・介護の手続数　3手続（R6）→15手続（R9）", (2024, 3), (2027, 15),
             (2025, 2027)),
        ]),
        ("（２）窓口の改善", "役場の窓口での待ち時間と手間を減らします。", [
            ("キャッシュレス決済の導入", "証明書の手数料や町税の支払に、キャッシュレス決済を使えるようにします。",
             "会計室・税務課", ["会計室", "税務課"], "キャッシュレス決済に対応した窓口数　0か所（R6）→5か所（R8）",
             (2024, 0), (2026, 5), (2025, 2026)),
            ("証明書のコンビニ交付", "住民票の写しなどをコンビニエンスストアで取れるようにします。", "住民課", ["住民課"],
             "コンビニ交付の利用率　6.2％（R6）→25.0％（R10）", (2024, 6.2), (2028, 25.0), (2026, 2028)),
        ]),
    ]),
    ("２　役場の仕事の効率化", [
        ("（１）業務の効率化", "紙と手作業を減らし、職員が住民と向き合う時間を増やします。", [
            ("電子決裁の導入", "文書管理システムを導入し、決裁を電子で行います。", "総務課", ["総務課"],
             "電子決裁率　0％（R6）→80％（R10）", (2024, 0), (2028, 80), (2025, 2028)),
            ("ＡＩ議事録作成の活用", "会議の録音からＡＩで議事録の案を作ります。", "総務課・議会事務局",
             ["総務課", "議会事務局"], "－", None, None, (2025, 2025)),
        ]),
        ("（２）情報システムの最適化", "国の標準に合わせたシステムに移行します。", [
            ("基幹業務システムの標準化", "住民記録や税など20業務のシステムを標準準拠システムへ移行します。", "総務課",
             ["総務課"], "標準準拠システムへ移行した業務数　0業務（R6）→20業務（R7）", (2024, 0), (2025, 20),
             (2025, 2025)),
        ]),
    ]),
    ("３　デジタルでつながる地域", [
        ("（１）誰もがデジタルを使える町", "デジタル機器に不慣れな方を地域で支えます。", [
            ("スマートフォン教室の開催", "公民館でスマートフォンの使い方を学ぶ教室を開きます。", "生涯学習課",
             ["生涯学習課"], "教室の受講者数（年間）　40人（R6）→120人（R10）", (2024, 40), (2028, 120), (2025, 2028)),
            ("防災メールの登録促進", "防災行政無線の内容をメールでも届け、登録を呼びかけます。", "総務課", ["総務課"],
             "防災メールの登録者数　1,100人（R6）→2,500人（R10）", (2024, 1100), (2028, 2500), (2025, 2028)),
        ]),
    ]),
]  # fmt: skip


def _wareki(fy: int) -> str:
    return f"R{fy - 2018}"


def suzuran_docx() -> bytes:
    document = docx.Document()
    styles = document.styles
    for level in (1, 2, 3):  # a Japanese Word saves 見出し 1–3 under the style ids 「1」「2」「3」
        styles[f"Heading {level}"].style_id = str(level)
    document.styles["Normal"].font.size = Pt(10.5)
    document.add_paragraph("鈴蘭町デジタル化推進計画", style="Title")
    document.add_paragraph("計画期間：令和７年度～令和10年度")
    document.add_paragraph("令和７年３月　鈴蘭町")
    document.add_paragraph("第１章　計画の概要", style="Heading 1")
    document.add_paragraph(
        "　本計画は、町民の暮らしを便利にし、役場の仕事を効率化するため、令和７年度から令和10年度までの４年間に取り組む"
        "ことをまとめたものです。指標の現状値は令和６年度の値です。"
    )
    document.add_paragraph("第２章　町の現状", style="Heading 1")
    for fact in (
        "マイナンバーカードの保有率は78.5％（令和6年12月末）です。",
        "電子申請できる手続は15手続（令和6年度）にとどまっています。",
        "役場の職員は112人で、10年前より14人減っています。",
    ):
        document.add_paragraph(fact, style="List Bullet")
    document.add_paragraph("第３章　具体的な取組", style="Heading 1")
    for area, measures in _SUZURAN:
        document.add_paragraph(area, style="Heading 2")
        for measure, prose, entries in measures:
            document.add_paragraph(measure, style="Heading 3")
            document.add_paragraph("　" + prose)
            for title, content, written, _, indicator, _, _, (first, last) in entries:
                bullet = document.add_paragraph(style="List Bullet")
                bullet.add_run(title).bold = True
                when = _wareki(first) if first == last else f"{_wareki(first)}～{_wareki(last)}"
                bullet.add_run(f"：{content}【担当】{written}【指標】{indicator}【時期】{when}")
    return save(document)


def _suzuran() -> list[dict[str, Any]]:
    out = []
    for _, measures in _SUZURAN:
        for _, _, entries in measures:
            for title, _, _, departments, _, base, target, (first, last) in entries:
                indicators = (kpi(base, target),) if target else ()
                out.append(item(None, title, departments, indicators, years(first, last)))
    return out


# --- 緋桜市: 成果指標進捗管理表, wide, 令和５年度 … 令和８年度 each over 目標 | 実績 | 評価 (S / A / B / C) ------------------

#: (基本目標, [(No., 取組名, 担当課 as written, 担当課, [(成果指標, 単位, 基準値（R4）, [(目標, 実績, 評価) R5 … R8])])])
_HIZAKURA: list[tuple[str, list[tuple[Any, ...]]]] = [
    ("基本目標１　市民の利便性の向上", [
        (1, "電子申請の拡充", "デジタル推進課", ["デジタル推進課"], [
            ("電子申請できる手続数", "手続", 85, [(120, 132, "S"), (180, 176, "B"), (240, None, None), (300, None, None)]),
        ]),
        (2, "書かない窓口の導入", "市民課", ["市民課"], [
            ("書かない窓口の利用件数", "件", 0, [(1000, 1240, "S"), (3000, 2870, "B"), (6000, None, None),
                                         (9000, None, None)]),
            ("窓口の平均待ち時間", "分", 28, [(25, 24, "A"), (20, 21, "B"), (15, None, None), (12, None, None)]),
        ]),
        (3, "キャッシュレス決済の導入", "会計課\n納税課", ["会計課", "納税課"], [
            ("キャッシュレス決済ができる窓口・施設数", "か所", 3, [(10, 12, "A"), (20, 18, "B"), (28, None, None),
                                                    (35, None, None)]),
        ]),
    ]),
    ("基本目標２　効率的な行政運営", [
        (4, "ＲＰＡの活用", "行政経営課", ["行政経営課"], [
            ("ＲＰＡによる削減時間", "時間", 1200, [(2000, 2450, "S"), (3000, 3320, "A"), (4000, None, None),
                                           (5000, None, None)]),
        ]),
        (5, "電子決裁の推進", "総務課", ["総務課"], [
            ("電子決裁率", "％", 35.5, [(50, 48.2, "B"), (65, 71.0, "A"), (80, None, None), (90, None, None)]),
        ]),
        (6, "テレワークの推進", "人事課", ["人事課"], [
            ("テレワークを実施した職員の割合", "％", 8, [(15, 9.5, "C"), (25, 14.0, "C"), (35, None, None),
                                              (40, None, None)]),
        ]),
    ]),
    ("基本目標３　地域のデジタル化", [
        (7, "スマートフォン教室の開催", "生涯学習課、高齢介護課", ["生涯学習課", "高齢介護課"], [
            ("教室の参加者数（年間）", "人", 240, [(300, 315, "A"), (400, 388, "B"), (500, None, None), (600, None, None)]),
        ]),
        (8, "オープンデータの推進", "デジタル推進課", ["デジタル推進課"], [
            ("公開データセット数", "件", 42, [(60, 61, "A"), (80, "－", "－"), (100, None, None), (120, None, None)]),
        ]),
        (9, "公衆無線ＬＡＮの整備", "企画課", ["企画課"], [
            ("公衆無線ＬＡＮを設置した施設数", "か所", 12, [(15, 15, "A"), (20, 20, "A"), (24, None, None),
                                               (28, None, None)]),
        ]),
    ]),
]  # fmt: skip


def hizakura_xlsx() -> bytes:
    book, sheet = new_book("成果指標")
    sheet.append(["緋桜市ＤＸ推進計画（令和５年度～令和８年度）　成果指標進捗管理表（令和６年度末）"])
    sheet["A1"].font = Font(bold=True, size=14)
    sheet.append(["評価：S 目標を大きく上回る　A 目標を達成　B 概ね達成（達成率80％以上）　C 未達成"])
    years_ = ["令和５年度", "令和６年度", "令和７年度", "令和８年度"]
    head1 = ["No.", "取組名", "担当課", "成果指標", "単位", "基準値（R4）"]
    for year in years_:
        head1 += [year, None, None]
    head2 = [None] * 6 + ["目標", "実績", "評価"] * 4
    sheet.append(head1)
    sheet.append(head2)
    for column in range(1, 7):
        sheet.merge_cells(start_row=3, start_column=column, end_row=4, end_column=column)
    for at in range(4):
        sheet.merge_cells(start_row=3, start_column=7 + 3 * at, end_row=3, end_column=9 + 3 * at)
    for row in (3, 4):
        for column in range(1, 19):
            cell = sheet.cell(row, column)
            cell.fill, cell.border, cell.font = _HEAD, _BOX, Font(bold=True, size=9)
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for goal, entries in _HIZAKURA:
        sheet.append([goal])
        sheet.merge_cells(start_row=sheet.max_row, start_column=1, end_row=sheet.max_row, end_column=18)
        sheet.cell(sheet.max_row, 1).fill = PatternFill("solid", fgColor="F2F2F2")
        for number, title, written, _, indicators in entries:
            first = sheet.max_row + 1
            for at, (name, unit, base, by_year) in enumerate(indicators):
                lead = [number, title, written] if at == 0 else [None, None, None]
                cells: list[Any] = [*lead, name, unit, base]
                for target, actual, grade in by_year:
                    cells += [target, actual, grade]
                sheet.append(cells)
                for column in range(1, 19):
                    cell = sheet.cell(sheet.max_row, column)
                    cell.border = _BOX
                    cell.alignment = Alignment(vertical="center", wrap_text=True)
                    if column >= 6:
                        cell.number_format = "#,##0.0" if isinstance(cell.value, float) else "#,##0"
            if sheet.max_row > first:
                for column in (1, 2, 3):
                    sheet.merge_cells(
                        start_row=first, start_column=column, end_row=sheet.max_row, end_column=column
                    )
    sheet.append([])
    sheet.append(["※令和７年度以降の実績は、各年度末に記入する。「－」は集計中。"])
    for letter, width in zip("ABCDEF", (5, 24, 14, 30, 6, 10), strict=True):
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = "G5"
    return save(book)


def _hizakura() -> list[dict[str, Any]]:
    out = []
    for _, entries in _HIZAKURA:
        for number, title, _, departments, indicators in entries:
            found = []
            for _, _, base, by_year in indicators:
                targets = tuple((2023 + at, float(t)) for at, (t, _, _) in enumerate(by_year))
                actuals = tuple(
                    (2023 + at, _n(a)) for at, (_, a, _) in enumerate(by_year) if _n(a) is not None
                )
                found.append(kpi((2022, base), targets[-1], targets, actuals))  # type: ignore[arg-type]
            out.append(item(str(number), title, departments, tuple(found)))
    return out


# --- 星空市: a BI tool's CSV export, CP932, sorted by 所管部署, a 総計 row ------------------------------------------------

#: (基本目標, 取組ID, 取組名, 所管部署, 担当課, KPI名, 単位, 基準値(R5), 目標値(R9), 実績値(R6))
_HOSHIZORA: list[tuple[Any, ...]] = [
    ("1 便利な行政サービス", "1-1", "電子申請の推進", "総務部 情報政策課", ["情報政策課"], "電子申請対応手続数", "手続", 62, 250, 118),
    ("1 便利な行政サービス", "1-2", "書かない窓口の導入", "市民部 市民課", ["市民課"], "書かない窓口対応手続数", "手続", 0, 40, 12),
    ("1 便利な行政サービス", "1-3", "キャッシュレス化の推進", "会計管理者 会計課", ["会計課"], "キャッシュレス対応窓口数", "窓口", 4, 30,
     11),
    ("1 便利な行政サービス", "1-3", "キャッシュレス化の推進", "会計管理者 会計課", ["会計課"], "キャッシュレス納付件数", "件", 8200,
     30000, 14650),
    ("2 効率的な行政運営", "2-1", "基幹業務システムの標準化", "総務部 情報政策課", ["情報政策課"], "標準準拠システム移行業務数", "業務", 0,
     20, 6),
    ("2 効率的な行政運営", "2-2", "RPA・AI-OCRの活用", "総務部 行政改革課", ["行政改革課"], "RPA・AI-OCRによる削減時間", "時間",
     1850, 6000, 3120),
    ("2 効率的な行政運営", "2-3", "電子契約の導入", "財務部 契約課", ["契約課"], "電子契約件数", "件", 0, 300, 45),
    ("3 安全安心なまち", "3-1", "避難所情報のGIS公開", "危機管理部 危機管理課", ["危機管理課"], "GIS公開した避難所の割合", "%", 0,
     100, 38.5),
    ("3 安全安心なまち", "3-2", "スマート農業の推進", "産業振興部 農林課", ["農林課"], "スマート農業機器の導入経営体数", "経営体", 5,
     25, None),
    ("3 安全安心なまち", "3-3", "オープンデータの推進", "総務部 情報政策課", ["情報政策課"], "公開データセット数", "件", 48, 150, 77),
]  # fmt: skip


def _figure(value: float | None) -> str:
    if value is None:
        return ""
    return f"{value:,.1f}" if isinstance(value, float) else f"{value:,}"


def hoshizora_csv() -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    writer.writerow(["基本目標", "取組ID", "取組名", "所管部署", "KPI名", "単位", "基準値(R5)", "目標値(R9)", "実績値(R6)",
                     "達成率(%)"])  # fmt: skip
    rows = sorted(_HOSHIZORA, key=lambda r: (r[3], r[1]))
    for goal, code, title, office, _, name, unit, base, target, actual in rows:
        rate = "" if actual is None else f"{(actual - base) / (target - base) * 100:.1f}"
        writer.writerow(
            [goal, code, title, office, name, unit, _figure(base), _figure(target), _figure(actual), rate]
        )
    writer.writerow(["総計", "", "", "", "", "", _figure(sum(r[7] for r in rows)), _figure(sum(r[8] for r in rows)),
                     _figure(round(sum(r[9] or 0 for r in rows), 1)), ""])  # fmt: skip
    return out.getvalue().encode("cp932")


def _hoshizora() -> list[dict[str, Any]]:
    by_code: dict[str, dict[str, Any]] = {}
    for _, code, title, _, departments, _, _, base, target, actual in _HOSHIZORA:
        entry = by_code.setdefault(code, item(code, title, departments))
        entry["indicators"].append(
            kpi(
                (2023, base),
                (2027, target),
                ((2027, target),),
                ((2024, actual),) if actual is not None else (),
            )
        )
    return list(by_code.values())


# --- 松葉市: 実施計画, 事業費（千円） by year and its 財源内訳 under each 事業 -------------------------------------------

#: (事業番号, 事業名, 担当課 as written, 担当課, 事業概要, (first, last), 成果指標, 現状値（R6）, 目標値（R9）,
#:  事業費 R7–R9, 国県支出金 R7–R9, 地方債 R7–R9); None: no money that year (「－」).
_MATSUBA: list[tuple[Any, ...]] = [
    ("1-1", "電子申請システム拡充事業", "デジタル推進課", ["デジタル推進課"], "電子申請の対象手続を広げ、オンライン決済を追加する。",
     (2025, 2027), "電子申請できる手続数", "90手続", "300手続", (12400, 8600, 8600), (6200, 0, 0), (0, 0, 0)),
    ("1-2", "窓口ＤＸ推進事業", "市民課", ["市民課"], "書かない窓口システムを本庁と３支所に導入する。", (2025, 2026),
     "書かない窓口の受付件数（年間）", "0件", "8,000件", (18000, 4500, None), (9000, 0, None), (0, 0, None)),
    ("1-3", "公金収納キャッシュレス化事業", "会計課、収納課", ["会計課", "収納課"], "市税等のスマートフォン決済と窓口のキャッシュレス"
     "決済を導入する。", (2025, 2027), "キャッシュレス収納の割合", "21.4%", "45.0%", (3200, 1100, 1100), (0, 0, 0), (0, 0, 0)),
    ("2-1", "基幹業務システム標準化事業", "情報システム課", ["情報システム課"], "20業務のシステムを標準準拠システムへ移行する。",
     (2025, 2025), "標準準拠システムへ移行した業務数", "4業務", "20業務", (186000, None, None), (186000, None, None),
     (0, None, None)),
    ("2-2", "庁内ネットワーク更改事業", "情報システム課", ["情報システム課"], "庁内ネットワークを更新し、無線ＬＡＮを全庁に整備する。",
     (2026, 2027), "無線ＬＡＮの整備率", "35%", "100%", (None, 48000, 22000), (None, 0, 0), (None, 36000, 15000)),
    ("2-3", "ＲＰＡ・生成ＡＩ活用事業", "行政改革課", ["行政改革課"], "定型業務のＲＰＡ化と生成ＡＩの全庁利用を進める。",
     (2025, 2027), "ＲＰＡ・生成ＡＩによる削減時間（年間）", "2,100時間", "9,000時間", (6600, 6600, 6600), (0, 0, 0), (0, 0, 0)),
    ("3-1", "ＧＩＧＡスクール端末更新事業", "教育総務課", ["教育総務課"], "児童生徒の１人１台端末を更新する。", (2025, 2026),
     "端末を更新した台数", "0台", "7,800台", (210000, 140000, None), (150000, 100000, None), (0, 0, None)),
    ("3-2", "デジタル活用支援事業", "市民協働課", ["市民協働課"], "公民館でスマートフォン講座と個別相談会を開く。", (2025, 2027),
     "講座の受講者数（年間）", "520人", "1,200人", (1800, 1800, 1800), (900, 900, 900), (0, 0, 0)),
    ("3-3", "防災情報伝達システム整備事業", "危機管理課", ["危機管理課"], "防災アプリを導入し、防災行政無線と連携させる。",
     (2026, 2027), "防災アプリの登録者数", "6,300人", "20,000人", (None, 64000, 12000), (None, 0, 0), (None, 60800, 11400)),
]  # fmt: skip


def matsuba_xlsx() -> bytes:
    book, sheet = new_book("実施計画")
    sheet.append(["松葉市ＤＸ推進実施計画（令和７年度～令和９年度）"])
    sheet["A1"].font = Font(bold=True, size=14)
    sheet.append([None] * 12 + ["（単位：千円）"])
    head = ["事業番号", "事業名", "担当課", "事業概要", "実施期間", "成果指標", "現状値（R6）", "目標値（R9）", "区分", "R7", "R8", "R9",
            "計"]  # fmt: skip
    sheet.append(head)
    for column in range(1, 14):
        cell = sheet.cell(3, column)
        cell.fill, cell.border, cell.font = _HEAD, _BOX, Font(bold=True, size=9)
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for number, title, written, _, summary, (first, last), name, base, target, cost, state, bond in _MATSUBA:
        period = _wareki(first) if first == last else f"{_wareki(first)}～{_wareki(last)}"
        general = tuple(
            None if c is None else c - (s or 0) - (b or 0) for c, s, b in zip(cost, state, bond, strict=True)
        )
        start = sheet.max_row + 1
        for at, (kind, amounts) in enumerate(
            (("事業費", cost), ("国県支出金", state), ("地方債", bond), ("一般財源", general))
        ):
            lead = [number, title, written, summary, period, name, base, target] if at == 0 else [None] * 8
            values = [a if a is not None else "－" for a in amounts]
            sheet.append([*lead, kind, *values, sum(a or 0 for a in amounts)])
            for column in range(1, 14):
                cell = sheet.cell(sheet.max_row, column)
                cell.border = _BOX
                cell.alignment = Alignment(vertical="center", wrap_text=True)
                if column >= 10:
                    cell.number_format = "#,##0"
                    cell.alignment = Alignment(horizontal="right", vertical="center")
        for column in range(1, 9):
            sheet.merge_cells(start_row=start, start_column=column, end_row=sheet.max_row, end_column=column)
    sheet.append([])
    sheet.append(
        [
            "※事業費は当初予算額（令和７年度）及び見込額（令和８年度以降）。国県支出金にはデジタル田園都市国家構想交付金を含む。"
        ]
    )
    for letter, width in zip("ABCDEFGHIJKLM", (7, 24, 14, 34, 9, 26, 10, 10, 10, 9, 9, 9, 9), strict=True):
        sheet.column_dimensions[letter].width = width
    return save(book)


def _matsuba() -> list[dict[str, Any]]:
    out = []
    for number, title, _, departments, _, (first, last), _, base, target, _, _, _ in _MATSUBA:
        goal = (2027, _n(target))
        indicator = kpi((2024, _n(base)), goal, (goal,))  # type: ignore[arg-type]
        out.append(item(number, title, departments, (indicator,), years(first, last)))
    return out


# --- 琥珀台町: 工程表 printed by Chromium, each step a filled cell with nothing written in it --------------------------

_PLAN = "#BDD7EE"  # 検討・準備
_RUN = "#2E75B6"  # 実施・運用

#: (基本方針, [(No., 取組, 担当課 as written, 担当課, steps R7–R11 (p 検討・準備, r 実施・運用, blank none), 成果指標,
#:  現状値（R6）, 目標値（R11）)])
_KOHAKU: list[tuple[str, list[tuple[Any, ...]]]] = [
    ("基本方針１　町民の暮らしを便利に", [
        (1, "電子申請の拡充", "総務課", ["総務課"], "prrrr", "電子申請できる手続数", "18手続", "80手続"),
        (2, "証明書のコンビニ交付", "住民課", ["住民課"], "pprrr", "コンビニ交付の利用率", "0%", "30%"),
        (3, "キャッシュレス決済の導入", "会計室\n税務課", ["会計室", "税務課"], "prr  ", "キャッシュレス対応窓口数", "1か所",
         "6か所"),
        (4, "防災アプリの導入", "総務課", ["総務課"], " prrr", "防災アプリの登録者数", "0人", "2,500人"),
    ]),
    ("基本方針２　役場の仕事を効率的に", [
        (5, "基幹業務システムの標準化", "総務課", ["総務課"], "r    ", "標準準拠システムへ移行した業務数", "0業務", "20業務"),
        (6, "ＲＰＡの導入", "企画財政課", ["企画財政課"], " pprr", "ＲＰＡによる削減時間（年間）", "0時間", "1,500時間"),
        (7, "情報セキュリティ監査", "総務課", ["総務課"], "r r r", "－", "－", "－"),
    ]),
    ("基本方針３　地域をデジタルでつなぐ", [
        (8, "学習用端末の更新", "教育総務課", ["教育総務課"], "  pr ", "端末の更新率", "0%", "100%"),
        (9, "スマートフォン教室の開催", "生涯学習課\n健康福祉課", ["生涯学習課", "健康福祉課"], "rrrrr", "教室の参加者数（年間）",
         "80人", "300人"),
        (10, "観光施設の公衆無線ＬＡＮ整備", "商工観光課", ["商工観光課"], "  ppr", "公衆無線ＬＡＮを設置した観光施設数", "3か所",
         "10か所"),
    ]),
]  # fmt: skip


def kohaku_html() -> str:
    from .docparts import _page

    def esc(text: str) -> str:
        return html.escape(text).replace("\n", "<br>")

    swatch = "<span class=sw style='background:{}'></span>"
    head = (
        "<thead><tr><th>No.</th><th>取組</th><th>担当課</th>"
        + "".join(f"<th class=y>令和{n}年度</th>" for n in ("７", "８", "９", "10", "11"))
        + "<th>成果指標</th><th>現状値<br>（R6）</th><th>目標値<br>（R11）</th></tr></thead>"
    )
    rows = []
    for policy, entries in _KOHAKU:
        rows.append(f"<tr><td colspan=11 class=p>{esc(policy)}</td></tr>")
        for number, title, written, _, steps, name, base, target in entries:
            cells = [f"<td class=c>{number}</td><td>{esc(title)}</td><td>{esc(written)}</td>"]
            for mark in steps:
                fill = {"p": _PLAN, "r": _RUN}.get(mark)
                cells.append(f"<td style='background:{fill}'></td>" if fill else "<td></td>")
            cells.append(f"<td>{esc(name)}</td><td class=n>{base}</td><td class=n>{target}</td>")
            rows.append("<tr>" + "".join(cells) + "</tr>")
    body = (
        "<h2 style='text-align:center'>琥珀台町ＤＸ推進計画（令和７年度～令和11年度）　工程表</h2>"
        f"<p class=legend>凡例　{swatch.format(_PLAN)} 検討・準備　　{swatch.format(_RUN)} 実施・運用</p>"
        f"<table>{head}<tbody>{''.join(rows)}</tbody></table>"
        "<p>※成果指標の現状値は令和６年度の見込み、目標値は令和11年度の値。</p>"
    )
    css = (
        "td.c { text-align: center; } td.n { text-align: right; white-space: nowrap; } th.y { width: 16mm; } "
        "td.p { background: #F2F2F2; font-weight: bold; } .sw { display: inline-block; width: 14mm; height: 4mm; "
        "border: 0.6pt solid #000; vertical-align: middle; } tr { height: 9mm; }"
    )
    return _page(body, size="A4 landscape", header="琥珀台町ＤＸ推進計画", css=css, font="9.5pt")


def _kohaku() -> list[dict[str, Any]]:
    out = []
    for _, entries in _KOHAKU:
        for number, title, _, departments, steps, _, base, target in entries:
            indicators = (
                (kpi((2024, _n(base)), (2029, _n(target)), ((2029, _n(target)),)),)  # type: ignore[arg-type]
                if _n(target) is not None
                else ()
            )
            schedule = tuple(2025 + at for at, mark in enumerate(steps) if mark.strip())
            out.append(item(str(number), title, departments, indicators, schedule))
    return out


# --- the batch ---------------------------------------------------------------------------------------------------

KANADE_TXT, TSUKIKAGE_TXT, YOIMACHI_TXT, SHIRASUNA_TXT, KURUMI_TXT = (
    "kanade_ken_shichoson_renkei.txt",
    "tsukikage_shisaku_kakko_maru.txt",
    "yoimachi_mura_web_tab.txt",
    "shirasuna_dai2ji_wareki_seireki.txt",
    "kurumi_cho_prose_tanto.txt",
)
SUZURAN, HIZAKURA, HOSHIZORA, MATSUBA = (
    "suzuran_midashi_bullets.docx",
    "hizakura_hyoka_wide.xlsx",
    "hoshizora_bi_export.csv",
    "matsuba_jisshi_zaigen.xlsx",
)
KOHAKU = "kohakudai_kouteihyou_nuri.pdf"

#: name → (municipality, the initiatives it states)
PLANS: dict[str, tuple[str, list[dict[str, Any]]]] = {
    KANADE_TXT: ("奏県", KANADE),
    TSUKIKAGE_TXT: ("月影市", TSUKIKAGE),
    YOIMACHI_TXT: ("宵待村", YOIMACHI),
    SHIRASUNA_TXT: ("白砂市", SHIRASUNA),
    KURUMI_TXT: ("胡桃町", KURUMI),
    SUZURAN: ("鈴蘭町", _suzuran()),
    HIZAKURA: ("緋桜市", _hizakura()),
    HOSHIZORA: ("星空市", _hoshizora()),
    MATSUBA: ("松葉市", _matsuba()),
    KOHAKU: ("琥珀台町", _kohaku()),
}

TEXTS = (KANADE_TXT, TSUKIKAGE_TXT, YOIMACHI_TXT, SHIRASUNA_TXT, KURUMI_TXT)
SHEETS = {
    SUZURAN: (suzuran_docx, "鈴蘭町デジタル化推進計画.docx"),
    HIZAKURA: (hizakura_xlsx, "成果指標進捗管理表（R6年度末）.xlsx"),
    HOSHIZORA: (hoshizora_csv, "星空市DX推進計画_KPI進捗（R6-R9）.csv"),
    MATSUBA: (matsuba_xlsx, "R7-R9実施計画（DX推進）.xlsx"),
}
PDFS = {KOHAKU: kohaku_html}

#: The plan period each document states (fiscal years).
PERIODS: dict[str, tuple[int, int]] = {
    KANADE_TXT: (2024, 2027),
    TSUKIKAGE_TXT: (2024, 2028),
    YOIMACHI_TXT: (2025, 2028),
    SHIRASUNA_TXT: (2025, 2029),
    KURUMI_TXT: (2024, 2027),
    SUZURAN: (2025, 2028),
    HIZAKURA: (2023, 2026),
    HOSHIZORA: (2024, 2027),
    MATSUBA: (2025, 2027),
    KOHAKU: (2025, 2029),
}


document, sheet, pdf, expected = batch_documents(PLANS, folder=FOLDER, sheets=SHEETS, chromium=PDFS)
