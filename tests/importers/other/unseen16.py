"""The sixteenth batch's two printed plans (the sheets are ``tabledocs16``): Word-like documents laid out by
LibreOffice Writer (HTML opened in Writer: A4, a running header, 「- n -」 in the footer) and printed to PDF,
written before any reader was looked at:

- 深雪町's デジタル化推進計画 (``miyuki_outline.pdf``): a cover, a chapter of prose, then a numbered outline —
  「１　暮らしのデジタル化」 > 「1-1　電子申請の拡充」 — each 取組 paragraphs 【取組内容】【担当課】【指標】
  【スケジュール】: 【指標】 「電子申請できる手続数：現状値 25手続（令和5年度）→ 目標値 120手続（令和10年度）」, one with a
  中間目標 between (「→ 中間目標 1,500件（令和8年度）→」), one of two 「・」 lines, one 「―」 (none), one whose 目標 is
  before the plan's end (令和7年度); 【スケジュール】 「令和6年度～令和10年度　…」, 「令和6年度　検討／令和7年度　導入／
  令和8年度以降　運用」 (以降: to the plan's end), 「令和8年度以降」;
- 綾瀬台市's ＤＸアクションプラン (``ayasedai_cards.pdf``): under each 基本方針 heading a table a 取組 — 取組番号 and
  担当課 on one row, 取組名 and 概要 across, then 「成果指標 | 現状値（R6） | 中間目標（R9） | 目標値（R11）」 rows (the
  indicator's name spanning three columns, one 取組 of two), then 「工程 | R7 | R8 | R9 | R10 | R11」 and a row of
  the steps (「検討」「導入」「運用」, 「―」 a year without one).

Expected by the conventions of the batches before: a 目標値 with its year in an outline's line is the final target
alone (a 中間目標 with its year that year's target); in a table of year-headed columns (中間目標（R9）, 目標値（R11）)
each is that year's target and the last the final one too; a schedule every year a step is stated for
(「令和8年度以降」 to the plan's last year; 「―」 none). ``pdf(name)`` prints the document (cached).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..samplepdf import print_all_with_writer
from .docparts import _esc, _number
from .unseen import item, kpi, years
from .unseen13 import _writer_page

_WIDE = str.maketrans("0123456789", "０１２３４５６７８９")

# --- 深雪町: numbered outline, 【担当課】【指標】【スケジュール】 paragraphs ------------------------------------------

#: (基本目標, [(code, title, 担当課, 取組内容, [(指標, 現状値, 中間目標 or None, 目標値, 目標年度)] or None 「―」,
#: スケジュール text, years)])
_MIYUKI: list[tuple[str, list[tuple[Any, ...]]]] = [
    ("暮らしのデジタル化", [
        ("1-1", "電子申請の拡充", "総務課、住民課",
         "転入・転出や子育て、介護の手続など、町民の利用が多い手続から順に、スマートフォンで申請できるようにします。",
         [("電子申請できる手続数", "25手続", None, "120手続", 10)],
         "令和6年度～令和10年度　対象手続を順次拡大", years(2024, 2028)),
        ("1-2", "キャッシュレス決済の導入", "住民課",
         "窓口で支払う手数料や施設の使用料を、キャッシュレスで支払えるようにします。",
         [("キャッシュレス決済の利用件数", "0件", "1,500件", "4,000件", 10)],
         "令和6年度　検討／令和7年度　導入／令和8年度以降　運用", years(2024, 2028)),
        ("1-3", "町公式アプリによる情報発信", "企画課",
         "防災、子育て、ごみ収集などの情報を、町公式アプリで町民一人ひとりに届けます。",
         [("アプリの登録者数", "800人", None, "5,000人", 10), ("プッシュ通知の開封率", "35％", None, "60％", 10)],
         "令和7年度～令和10年度", years(2025, 2028)),
        ("1-4", "オンライン相談窓口の開設", "保健福祉課",
         "子育てや介護の相談を、自宅からビデオ通話で受けられるようにします。",
         [("オンライン相談の件数（年間）", "0件", None, "200件", 10)],
         "令和8年度　試行、令和9年度～令和10年度　本格実施", years(2026, 2028)),
    ]),
    ("役場のデジタル化", [
        ("2-1", "基幹業務システムの標準化", "総務課",
         "住民記録や税など20業務のシステムを、国の標準仕様に沿ったシステムへ移行します。",
         [("標準準拠システムへ移行した業務数", "2業務", None, "20業務", 7)],
         "令和6年度～令和7年度　移行", years(2024, 2025)),
        ("2-2", "電子決裁の導入", "総務課",
         "文書管理システムを導入し、起案から決裁、保存までを電子で行います。",
         [("電子決裁率", "0％", None, "80％", 10)],
         "令和7年度　導入、令和8年度以降　全庁展開", years(2025, 2028)),
        ("2-3", "職員のデジタル研修", "総務課、企画課",
         "全職員向けの研修と、各課のデジタル推進リーダー向けの研修を行います。",
         None,
         "令和6年度～令和10年度　毎年度実施", years(2024, 2028)),
    ]),
    ("地域のデジタル化", [
        ("3-1", "高齢者のデジタル活用支援", "保健福祉課",
         "公民館や集会所でスマートフォン教室を開き、高齢者がデジタルサービスを使えるよう支援します。",
         [("スマホ教室の参加者数（累計）", "60人", None, "600人", 10)],
         "令和6年度～令和10年度", years(2024, 2028)),
        ("3-2", "スマート農業の推進", "産業振興課",
         "自動操舵システムやドローンの導入を支援し、農作業の省力化を進めます。",
         [("自動操舵システムの導入件数", "3件", None, "15件", 10)],
         "令和8年度以降", years(2026, 2028)),
        ("3-3", "学校ICT環境の充実", "学校教育課",
         "1人1台端末を更新し、デジタル教材を使った授業を広げます。",
         [("授業でICTを活用する教員の割合", "72.5％", None, "100％", 10)],
         "令和6年度～令和10年度", years(2024, 2028)),
    ]),
]  # fmt: skip


def _reiwa(n: int) -> str:
    return f"令和{n}年度"


def miyuki_html() -> str:
    """深雪町's plan as Word lays it out: a cover, 第１章 prose, 第２章 the outline of 取組 with 【】 paragraphs."""
    para = '<p style="margin-left:{}cm">{}</p>'
    body = [
        '<p style="margin-top:8cm; font-size:22pt" align=center>深雪町デジタル化推進計画</p>',
        '<p align=center style="font-size:14pt">令和６年度～令和10年度</p>',
        '<p align=center style="font-size:12pt; margin-top:7cm">令和６年３月</p>',
        '<p align=center style="font-size:14pt">深雪町</p>',
        '<p style="page-break-before:always; font-size:14pt"><b>第１章　計画の基本的な考え方</b></p>',
        "<p><b>１　計画の目的</b></p>",
        "<p>　人口減少と高齢化が進む中でも、町民が便利に暮らし続けられるよう、デジタル技術を活用して行政サービスと"
        "役場の仕事を見直します。本計画は、そのための取組と目標を定めるものです。</p>",
        "<p><b>２　計画の期間</b></p>",
        "<p>　令和６年度から令和10年度までの５年間とします。</p>",
        "<p><b>３　取組の見方</b></p>",
        "<p>　各取組には【取組内容】【担当課】【指標】【スケジュール】を記載しています。指標の現状値は令和５年度の"
        "実績です。</p>",
        '<p style="page-break-before:always; font-size:14pt"><b>第２章　具体的な取組</b></p>',
    ]
    for n, (goal, entries) in enumerate(_MIYUKI, start=1):
        body.append(
            f'<p style="font-size:12.5pt; margin-top:10pt"><b>{str(n).translate(_WIDE)}　{goal}</b></p>'
        )
        for code, title, dept, content, indicators, steps, _ in entries:
            body.append(
                f'<p style="margin-left:0.4cm; margin-top:8pt; font-size:11pt"><b>{code}　{title}</b></p>'
            )
            body.append(para.format(0.8, f"【取組内容】{_esc(content)}"))
            body.append(para.format(0.8, f"【担当課】{dept}"))
            if indicators is None:
                body.append(para.format(0.8, "【指標】―"))
            else:
                lines = []
                for name, base, middle, target, year in indicators:
                    line = f"{name}：現状値 {base}（令和5年度）→ "
                    if middle:
                        line += f"中間目標 {middle}（令和8年度）→ "
                    lines.append(line + f"目標値 {target}（{_reiwa(year)}）")
                if len(lines) == 1:
                    body.append(para.format(0.8, f"【指標】{lines[0]}"))
                else:
                    body.append(para.format(0.8, "【指標】"))
                    body += [para.format(1.2, f"・{line}") for line in lines]
            body.append(para.format(0.8, f"【スケジュール】{steps}"))
    body += [
        '<p style="page-break-before:always; font-size:14pt"><b>第３章　計画の推進体制</b></p>',
        "<p>　町長を本部長とするデジタル化推進本部で、毎年度、各取組の進捗と指標の実績を確認し、町ホームページで"
        "公表します。</p>",
    ]
    return _writer_page("".join(body), header="深雪町デジタル化推進計画")


def _miyuki() -> list[dict[str, Any]]:
    items = []
    for _, entries in _MIYUKI:
        for code, title, dept, _, indicators, _, steps in entries:
            found = tuple(
                kpi(
                    (2023, _number(base)),
                    (2018 + year, _number(target)),
                    targets=((2026, _number(middle)),) if middle else (),
                )
                for _, base, middle, target, year in indicators or []
            )
            items.append(item(code, title, dept.split("、"), found, steps))
    return items


# --- 綾瀬台市: a table a 取組, its KPI rows and a row of steps -------------------------------------------------------

_STEPS_YEARS = ("R7", "R8", "R9", "R10", "R11")
#: (基本方針, [(取組番号, 取組名, 担当課, 概要, [(指標, 現状値（R6）, 中間目標（R9）, 目標値（R11）)], steps R7…R11)])
_AYASEDAI: list[tuple[str, list[tuple[Any, ...]]]] = [
    ("基本方針１　行政サービスのＤＸ", [
        ("1-1", "電子申請の拡大", "デジタル推進課", "申請の多い手続から電子申請に対応し、添付書類も電子で受け付ける。",
         [("電子申請できる手続の数", "85手続", "180手続", "250手続")], ("拡大", "拡大", "拡大", "拡大", "拡大")),
        ("1-2", "窓口ＤＸの推進", "市民課・デジタル推進課", "書かない窓口を導入し、待ち時間を減らす。",
         [("書かない窓口の対象手続数", "0手続", "30手続", "50手続"), ("窓口の平均待ち時間", "22分", "15分", "10分")],
         ("検討", "導入", "運用", "運用", "運用")),
        ("1-3", "公共施設予約のオンライン化", "施設管理課", "体育館や公民館の予約と支払をオンラインで行えるようにする。",
         [("オンライン予約の割合", "12.0％", "50.0％", "80.0％")], ("―", "検討", "導入", "運用", "運用")),
    ]),
    ("基本方針２　行政運営のＤＸ", [
        ("2-1", "AI・RPAの活用", "行政改革課", "定型業務をRPAで自動化し、AI-OCRで紙の入力を減らす。",
         [("RPA等で削減した作業時間", "1,200時間", "3,000時間", "5,000時間")], ("拡大", "拡大", "拡大", "拡大", "拡大")),
        ("2-2", "ペーパーレス会議の推進", "総務課", "庁内会議の資料をタブレットで配布する。",
         [("会議資料の印刷枚数", "850千枚", "500千枚", "300千枚")], ("導入", "運用", "運用", "運用", "運用")),
        ("2-3", "情報セキュリティの強化", "情報管理課", "全職員の研修と標的型メール訓練を毎年行う。",
         [("情報セキュリティ研修の受講率", "92％", "100％", "100％")], ("実施", "実施", "実施", "実施", "実施")),
    ]),
    ("基本方針３　地域社会のＤＸ", [
        ("3-1", "地域ポイントのデジタル化", "商工観光課", "紙の商品券に代えて、スマートフォンで使える地域ポイントを発行する。",
         [("ポイントアプリの登録者数", "0人", "8,000人", "15,000人")], ("―", "―", "検討", "導入", "運用")),
        ("3-2", "医療・介護の情報連携", "健康福祉課、介護保険課", "病院と介護事業所が利用者の情報を共有する仕組みをつくる。",
         [("情報連携に参加する事業所数", "5事業所", "20事業所", "40事業所")], ("検討", "検討", "導入", "運用", "運用")),
    ]),
]  # fmt: skip


def ayasedai_html() -> str:
    """綾瀬台市's アクションプラン: an introduction, then under each 基本方針 a six-column table a 取組."""
    body = [
        '<p align=center style="font-size:18pt"><b>綾瀬台市ＤＸアクションプラン</b></p>',
        '<p align=center style="font-size:12pt">（令和７年度～令和11年度）</p>',
        "<p>　本アクションプランは、綾瀬台市ＤＸ推進方針に基づく具体的な取組を、取組ごとの表にまとめたものです。"
        "成果指標の現状値は令和６年度の実績、中間目標は令和９年度、目標値は計画最終年度の令和11年度の値です。</p>",
    ]
    cell = '<td style="border:0.5pt solid #000; padding:2pt"{}>{}</td>'
    head = '<td style="border:0.5pt solid #000; padding:2pt; background:#E7E6E6"{}>{}</td>'
    for policy, entries in _AYASEDAI:
        body.append(f'<p style="font-size:13pt; margin-top:12pt"><b>{policy}</b></p>')
        for code, title, dept, summary, indicators, steps in entries:
            rows = [
                head.format("", "取組番号")
                + cell.format(" colspan=2", code)
                + head.format("", "担当課")
                + cell.format(" colspan=2", dept),
                head.format("", "取組名") + cell.format(" colspan=5", f"<b>{title}</b>"),
                head.format("", "概要") + cell.format(" colspan=5", _esc(summary)),
                head.format(" colspan=3", "成果指標")
                + head.format("", "現状値（R6）")
                + head.format("", "中間目標（R9）")
                + head.format("", "目標値（R11）"),
            ]
            for name, base, middle, final in indicators:
                rows.append(
                    cell.format(" colspan=3", name)
                    + "".join(cell.format(" align=right", v) for v in (base, middle, final))
                )
            rows.append(
                head.format("", "工程") + "".join(head.format(" align=center", y) for y in _STEPS_YEARS)
            )
            rows.append(head.format("", "") + "".join(cell.format(" align=center", s) for s in steps))
            body.append(
                '<table width="100%" cellspacing=0 cellpadding=3 style="border-collapse:collapse">'
                '<colgroup><col width="16%"><col width="17%"><col width="17%"><col width="16%">'
                '<col width="17%"><col width="17%"></colgroup>'
                + "".join(f"<tr>{r}</tr>" for r in rows) + "</table><p></p>"
            )  # fmt: skip
    return _writer_page("".join(body), header="綾瀬台市ＤＸアクションプラン")


def _ayasedai() -> list[dict[str, Any]]:
    return [
        item(
            code,
            title,
            dept.replace("・", "、").split("、"),
            tuple(
                kpi(
                    (2024, _number(base)),
                    (2029, _number(final)),
                    targets=((2027, _number(middle)), (2029, _number(final))),
                )
                for _, base, middle, final in indicators
            ),
            tuple(fy for fy, step in zip(years(2025, 2029), steps, strict=True) if step != "―"),
        )
        for _, entries in _AYASEDAI
        for code, title, dept, _, indicators, steps in entries
    ]


#: name → (municipality, the HTML Writer lays out, the initiatives it states)
PLANS = {
    "miyuki_outline.pdf": ("深雪町", miyuki_html, _miyuki),
    "ayasedai_cards.pdf": ("綾瀬台市", ayasedai_html, _ayasedai),
}
PERIODS = {"miyuki_outline.pdf": (2024, 2028), "ayasedai_cards.pdf": (2025, 2029)}


def pdf(name: str) -> Path:
    """The document ``name`` laid out by Writer and printed to PDF (cached)."""
    return print_all_with_writer([(PLANS[name][1](), name.removesuffix(".pdf"))], ruled=False)[0]


def pdfs() -> None:
    """Print both documents not cached yet (one LibreOffice start)."""
    print_all_with_writer(
        [(make(), name.removesuffix(".pdf")) for name, (_, make, _) in PLANS.items()], ruled=False
    )


def expected(name: str) -> dict[str, Any]:
    """The plan document ``name`` states (only what ``scoring.score`` compares)."""
    return {"initiatives": PLANS[name][2]()}
