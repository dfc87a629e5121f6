"""A tenth batch of plans no reader was written against: six PDFs as a plan office has them.

Written from what municipalities publish, before any reader was looked at, each printed the way an office
prints it (Chromium for the Word-like and HTML documents, LibreOffice Calc for the workbook):

- 風見台市's DX推進実施計画 (``kazamidai_jisshi.pdf``, A4 portrait, Word-like): a running header at the top
  right and 「- N -」 at the foot of each page, a chapter on the plan's period, then 基本目標１ > （１） > ①, each
  ① a paragraph of its 取組内容, a line 「実施時期：令和７年度～令和10年度」 and a small ruled table
  「指標 | 基準値（R6） | 目標値（R10） | 担当課」 (two indicators in two rows with the 担当課 merged down them,
  two 課 on two lines of one cell);
- 蛍川町's DX推進計画 工程表 (``hotarugawa_kouteihyou.pdf``, A3 landscape): 「番号 | 取組名 | 担当課 |
  スケジュール (R6 … R10) | 備考」, the header repeated on the second page, section rows 「分野１　…」 across the
  table, and each year a cell painted in colour where the bar runs, its step 「検討」「導入」「運用」 written in
  the first cell of the step only (some bars a merged cell spanning years, one bar with a gap);
- 月見野市's 進捗状況一覧 (``tsukimino_shinchoku.pdf``, A4 landscape): 「分野 | 番号 | 取組名 | 担当課 | 指標 |
  基準値（R5） | 目標値（R9） | 実績値（R6） | 評価」, 分野 merged down its rows (across a page break), 取組名
  and 指標 wrapped in their cells, two 課 on two lines, an item of two indicators with its 番号, 取組名 and
  担当課 merged down both, a 実績 「－」, the header repeated on each page, the legend of A–D under it;
- 雲雀ヶ丘市's アクションプラン (``hibarigaoka_cards.pdf``, A4 portrait): a card a 取組, each a ruled table of
  two columns 「取組番号 | 取組名 | 所管課 | 概要 | 成果指標 | 現状値（R5） | 目標値（R10） | 年度別スケジュール」,
  three cards a page and one cut by the page break, 基本方針 headings between them, one card with two
  indicators numbered ①②, a 現状値 「－（未導入）」, the schedule as lines 「R6：検討」「R8～R10：運用」;
- 梢台町's 情報化推進計画 実行計画表 (``kozuedai_jikkou.xlsx.pdf``), kept in Excel (built here) and printed by
  LibreOffice Calc on A4 landscape: a title merged across, a header two rows deep (「成果指標」 over 指標名 /
  現状値（R5） / 目標値（R9）, 「実施スケジュール」 over R6 … R9), the 基本方針 merged down its rows and centred,
  figures as numbers with a unit in their number format (「#,##0"手続"」), the steps as merged centred cells;
- 茜浜市's KPI進捗状況 (``akanehama_kpi.pdf``, A4 landscape, two pages): full-width digits throughout (「１－２」,
  「１，２３０件」, 「４５．２％」), columns dated by month in 和暦 「基準（令和５年３月末）」「目標（令和９年３月末）」
  「実績（令和７年３月末）」, 進捗 Ａ–Ｄ, an item of two KPI ①② with its 番号, 取組項目 and 担当課 merged down,
  a figure in 万件.

``PLANS[name]`` is the plan each document states (same form as ``unseen.PLANS``), written from the documents
alone, by the earlier batches' conventions: a target column headed with its year in a table of a row an
initiative (月見野市, 梢台町, 茜浜市) is that year's target and the final one; a 目標値 with its year in a card or
in a KPI table under its item (風見台市, 雲雀ヶ丘市) the final target alone; a figure at 「令和７年３月末」 is
fiscal 2024's (March ends the fiscal year begun the April before), so 茜浜市's 基準 is 2022's, its 目標 2026's
and its 実績 2024's; 「28万件」 is 28 in 万件 and 「4,800千枚」 4,800 in 千枚, as written. A schedule is the years a
bar is painted in or a step is stated for. ``pdf(name)`` prints the document (cached).
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from ..samplepdf import print_html
from ..samplexlsx import calc_pdf
from . import docparts
from .docparts import _esc
from .unseen import item, kpi, years

Indicator = tuple[str, str, str, str | None]  # name, baseline text, target text, actual text (None: none)


def _figure(text: str) -> float | None:
    """The number a cell states, as written (「1,850時間」 1850, 「28万件」 28, 「－」 none), an indicator's ① before it no
    figure."""
    return docparts._figure(text.lstrip("①②③"))


def _number(text: str) -> float:
    return docparts._number(text, _figure)


def _page(body: str, *, size: str, header: str | None = None, numbers: bool = True, css: str = "") -> str:
    margin = []
    if header:
        margin.append(f'@top-right {{ content: "{header}"; font-size: 8pt; }}')
    if numbers:
        margin.append('@bottom-center { content: "- " counter(page) " -"; font-size: 9pt; }')
    return (
        "<!doctype html><html lang=ja><meta charset=utf-8><style>"
        f"@page {{ size: {size}; margin: 18mm 16mm; {' '.join(margin)} }}"
        "* { -webkit-print-color-adjust: exact; print-color-adjust: exact; }"
        "body { font-family: 'IPAexGothic', sans-serif; font-size: 10pt; line-height: 1.5; }"
        "table { border-collapse: collapse; width: 100%; margin: 4pt 0 10pt; }"
        "td, th { border: 0.6pt solid #000; padding: 2pt 4pt; vertical-align: top; font-weight: normal; }"
        "thead { display: table-header-group; } th { background: #d9e1f2; text-align: center; }"
        "h1 { font-size: 16pt; text-align: center; } h2 { font-size: 13pt; } h3 { font-size: 11.5pt; }"
        "h4 { font-size: 10.5pt; margin: 10pt 0 2pt; } p { margin: 2pt 0; }"
        ".break { break-before: page; }" + css + "</style><body>" + body + "</body></html>"
    )


# --- 風見台市: Word-like 実施計画, 基本目標 > （１） > ①, a small KPI table each --------------------------------

#: (基本目標, [(（n） title, [(① title, 取組内容, 実施時期 (first, last), 担当課 (lines), indicators)])]).
_KAZAMIDAI: list[
    tuple[str, list[tuple[str, list[tuple[str, str, tuple[int, int], str, list[tuple[str, str, str]]]]]]]
] = [
    (
        "誰もが便利に使える市役所",
        [
            (
                "行政手続のオンライン化",
                [
                    (
                        "電子申請の対象手続の拡大",
                        "市民や事業者が来庁せずに手続を済ませられるよう、電子申請システムで受け付ける手続を順次拡大します。"
                        "申請件数の多い手続から優先してオンライン化し、添付書類の省略も併せて進めます。",
                        (7, 10),
                        "デジタル推進課",
                        [("オンライン申請できる手続数", "120手続", "350手続")],
                    ),
                    (
                        "公金のキャッシュレス納付の推進",
                        "市税や使用料をスマートフォン決済やクレジットカードで納付できるようにし、窓口でのキャッシュレス決済にも対応します。",
                        (7, 10),
                        "収納課\n会計課",
                        [("キャッシュレス納付の割合", "18.5％", "40.0％")],
                    ),
                ],
            ),
            (
                "窓口サービスの改善",
                [
                    (
                        "書かない窓口の導入",
                        "住民票の写しや転入届などの窓口で、職員が聞き取った内容から申請書を作成する「書かない窓口」を導入します。",
                        (7, 8),
                        "市民課",
                        [
                            ("窓口申請書の記入が不要な手続数", "0手続", "60手続"),
                            ("窓口の平均待ち時間", "25分", "10分"),
                        ],
                    ),
                    (
                        "オンライン相談の実施",
                        "子育てや介護の相談を、自宅からビデオ通話で受けられるようにします。",
                        (8, 10),
                        "市民課\nデジタル推進課",
                        [("オンライン相談の件数", "36件", "300件")],
                    ),
                ],
            ),
        ],
    ),
    (
        "効率的でしなやかな行政運営",
        [
            (
                "業務の自動化・効率化",
                [
                    (
                        "AI・RPAの活用",
                        "定型的な入力作業をRPAで自動化し、AI-OCRによる紙の申請書の読み取りを進めます。"
                        "国の標準化の動向を踏まえ、対象業務を毎年度見直します。",
                        (7, 10),
                        "行政経営課",
                        [("RPAによる削減時間", "1,850時間", "6,000時間")],
                    ),
                    (
                        "電子決裁の推進",
                        "文書管理システムを更新し、起案から決裁、保存までを電子で行います。",
                        (7, 9),
                        "総務課",
                        [("電子決裁率", "38.2％", "95.0％")],
                    ),
                ],
            ),
            (
                "働き方改革",
                [
                    (
                        "テレワーク環境の整備",
                        "職員が自宅や出張先からも業務を行えるよう、端末と通信環境を整えます。",
                        (7, 10),
                        "人事課",
                        [("テレワーク実施職員数", "42人", "300人")],
                    ),
                    (
                        "ペーパーレス会議の推進",
                        "庁内会議の資料をタブレット端末で共有し、印刷を減らします。",
                        (7, 10),
                        "総務課",
                        [("会議資料の印刷枚数", "1,240千枚", "600千枚")],
                    ),
                ],
            ),
        ],
    ),
    (
        "地域のデジタル化",
        [
            (
                "デジタルデバイド対策",
                [
                    (
                        "スマートフォン教室の開催",
                        "高齢者などを対象に、スマートフォンの基本操作やマイナンバーカードの使い方を学べる教室を公民館で開きます。",
                        (7, 10),
                        "高齢福祉課\n生涯学習課",
                        [("受講者数（累計）", "180人", "1,200人")],
                    ),
                ],
            ),
            (
                "データ活用",
                [
                    (
                        "オープンデータの公開",
                        "市が保有するデータを機械判読可能な形式で公開し、地域の課題解決に生かします。",
                        (7, 10),
                        "企画課",
                        [("公開データセット数", "52件", "160件")],
                    ),
                    (
                        "防災情報のデジタル化",
                        "防災アプリを導入し、避難情報や避難所の開設状況をプッシュ通知で届けます。",
                        (8, 9),
                        "危機管理課",
                        [("防災アプリの登録者数", "3,400人", "12,000人")],
                    ),
                ],
            ),
        ],
    ),
]

_KANJI_NUMBERS = "１２３４５６７８９"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨"


def _reiwa(year: int) -> str:
    """「令和７年度」: one-digit years full-width, as Word's IME gives them; two-digit ones half-width."""
    return f"令和{_KANJI_NUMBERS[year - 1] if year < 10 else year}年度"


def kazamidai_html() -> str:
    body = [
        "<h1>風見台市DX推進実施計画</h1>",
        "<p style='text-align:center'>令和７年３月</p><p style='text-align:center'>風見台市</p>",
        "<h2 class='break'>第１章　計画の基本的な考え方</h2>",
        "<h3>１　計画策定の趣旨</h3>",
        "<p>　本市では、令和３年度に策定した風見台市情報化計画に基づき、行政手続のオンライン化や業務の効率化に"
        "取り組んできました。国の自治体DX推進計画の改定を踏まえ、取組を一層推進するため、本計画を策定します。</p>",
        "<h3>２　計画期間</h3>",
        "<p>　本計画の期間は、令和７年度から令和10年度までの４年間とします。なお、社会情勢の変化等に応じて、"
        "毎年度見直しを行います。</p>",
        "<h3>３　推進体制</h3>",
        "<p>　市長を本部長とする風見台市DX推進本部が計画の進捗を管理し、毎年度、取組の状況を公表します。</p>",
        "<h2 class='break'>第２章　取組の内容</h2>",
    ]
    for g, (goal, measures) in enumerate(_KAZAMIDAI, start=1):
        body.append(f"<h3>基本目標{_KANJI_NUMBERS[g - 1]}　{_esc(goal)}</h3>")
        for m, (measure, actions) in enumerate(measures, start=1):
            body.append(f"<h4>（{_KANJI_NUMBERS[m - 1]}）{_esc(measure)}</h4>")
            for a, (title, summary, (first, last), departments, indicators) in enumerate(actions, start=1):
                body.append(f"<p style='margin-top:6pt'><b>{_CIRCLED[a - 1]}　{_esc(title)}</b></p>")
                body.append(f"<p>　{_esc(summary)}</p>")
                body.append(f"<p>　実施時期：{_reiwa(first)}～{_reiwa(last)}</p>")
                rows = [
                    "<table style='width:92%;margin-left:4%'><tr><th style='width:40%'>指標</th>"
                    "<th>基準値（R6）</th><th>目標値（R10）</th><th>担当課</th></tr>"
                ]
                for n, (name, base, target) in enumerate(indicators):
                    department = f"<td rowspan='{len(indicators)}'>{_esc(departments)}</td>" if n == 0 else ""
                    rows.append(
                        f"<tr><td>{_esc(name)}</td><td style='text-align:right'>{_esc(base)}</td>"
                        f"<td style='text-align:right'>{_esc(target)}</td>{department}</tr>"
                    )
                body.append("".join(rows) + "</table>")
    return _page("".join(body), size="A4", header="風見台市DX推進実施計画")


def _kazamidai() -> list[dict[str, Any]]:
    items = []
    for g, (_, measures) in enumerate(_KAZAMIDAI, start=1):
        for m, (_, actions) in enumerate(measures, start=1):
            for a, (title, _, (first, last), departments, indicators) in enumerate(actions, start=1):
                found = tuple(kpi((2024, _number(b)), (2028, _number(t))) for _, b, t in indicators)
                items.append(
                    item(
                        f"{g}-{m}-{a}",
                        title,
                        departments.split("\n"),
                        found,
                        years(2018 + first, 2018 + last),
                    )
                )
    return items


#: 基準値（R6） the 2024 baseline, 目標値（R10） the 2028 final target alone (a KPI table under its item); 実施時期 the
#: years; 基本目標１ > （１） > ① is 1-1-1.
KAZAMIDAI = _kazamidai()


# --- 蛍川町: A3 工程表, painted year cells -------------------------------------------------------------------

_FY = (6, 7, 8, 9, 10)
#: A step: (first year, last year, label, merged) — merged: one cell spanning its years, else a cell a year
#: with the label in the first only.
_Step = tuple[int, int, str, bool]

_HOTARUGAWA: list[tuple[Any, ...]] = [
    ("分野１　住民サービスの向上",),
    (
        1,
        "電子申請システムの拡充",
        "総務課",
        [(6, 6, "検討", False), (7, 7, "導入", False), (8, 10, "運用", False)],
        "対象手続を毎年度拡大",
    ),
    (
        2,
        "コンビニ交付サービスの導入",
        "住民課",
        [(6, 7, "検討", False), (8, 8, "導入", False), (9, 10, "運用", False)],
        "",
    ),
    (
        3,
        "窓口キャッシュレス決済の導入",
        "会計課",
        [(6, 6, "導入", False), (7, 10, "運用", True)],
        "税・手数料",
    ),
    (
        4,
        "公共施設のオンライン予約",
        "生涯学習課",
        [(7, 7, "検討", False), (8, 8, "導入", False), (9, 10, "運用", False)],
        "",
    ),
    (5, "町公式LINEの活用", "企画課", [(6, 10, "運用", False)], "機能を順次追加"),
    (
        6,
        "子育て手続のオンライン化",
        "子育て支援課",
        [(6, 6, "検討", False), (8, 8, "導入", False), (9, 10, "運用", False)],
        "R7は国の動向を注視",
    ),
    (7, "防災行政無線のデジタル化", "総務課", [(6, 7, "導入", True), (8, 10, "運用", False)], ""),
    (8, "住民向けスマホ講座の開催", "福祉課\n生涯学習課", [(6, 10, "運用", False)], "年４回"),
    ("分野２　行政運営の効率化",),
    (
        9,
        "基幹業務システムの標準化",
        "総務課",
        [(6, 7, "導入", False), (8, 10, "運用", False)],
        "R7年度末までに移行",
    ),
    (
        10,
        "ガバメントクラウドへの移行",
        "総務課",
        [(6, 6, "検討", False), (7, 7, "導入", False), (8, 10, "運用", False)],
        "",
    ),
    (11, "RPAの導入", "税務課", [(6, 6, "検討", False), (7, 7, "導入", False), (8, 10, "運用", False)], ""),
    (
        12,
        "電子決裁・文書管理システムの導入",
        "総務課",
        [(7, 7, "検討", False), (8, 8, "導入", False), (9, 10, "運用", False)],
        "",
    ),
    (13, "テレワークの推進", "総務課", [(8, 8, "導入", False), (9, 10, "運用", False)], ""),
    (14, "職員のデジタル研修", "総務課", [(6, 10, "運用", True)], "全職員対象"),
    (
        15,
        "AIチャットボットの導入",
        "企画課",
        [(8, 8, "検討", False), (9, 9, "導入", False), (10, 10, "運用", False)],
        "",
    ),
    (16, "情報セキュリティ対策の強化", "総務課", [(6, 10, "運用", False)], "毎年度監査"),
    ("分野３　地域のデジタル化",),
    (
        17,
        "町内店舗のキャッシュレス化支援",
        "産業振興課",
        [(6, 6, "導入", False), (7, 8, "運用", False)],
        "R8で終了",
    ),
    (
        18,
        "スマート農業の推進",
        "農林課",
        [(6, 7, "検討", False), (8, 9, "導入", False), (10, 10, "運用", False)],
        "",
    ),
    (19, "観光情報のデジタル発信", "産業振興課", [(6, 10, "運用", False)], ""),
    (20, "オープンデータの推進", "企画課", [(7, 7, "検討", False), (8, 10, "運用", False)], ""),
    (
        21,
        "GIGAスクール端末の更新",
        "教育総務課",
        [(6, 6, "検討", False), (7, 7, "導入", False), (8, 10, "運用", False)],
        "",
    ),
    (22, "地域公共交通のデジタル化", "企画課", [(8, 9, "検討", False), (10, 10, "導入", False)], ""),
]

_COLOURS = {"検討": "#fde9d9", "導入": "#9bc2e6", "運用": "#5b9bd5"}


def hotarugawa_html() -> str:
    head = (
        "<thead><tr><th rowspan=2 style='width:4%'>番号</th><th rowspan=2 style='width:22%'>取組名</th>"
        "<th rowspan=2 style='width:11%'>担当課</th><th colspan=5>スケジュール</th>"
        "<th rowspan=2 style='width:16%'>備考</th></tr><tr>"
        + "".join(f"<th style='width:9%'>R{fy}</th>" for fy in _FY)
        + "</tr></thead>"
    )
    rows = []
    for entry in _HOTARUGAWA:
        if len(entry) == 1:
            rows.append(f"<tr><td colspan=9 style='background:#e2efda'>{_esc(entry[0])}</td></tr>")
            continue
        number, title, department, steps, note = entry
        cells: dict[int, str] = {fy: "<td></td>" for fy in _FY}
        skip: set[int] = set()
        for first, last, label, merged in steps:
            colour = _COLOURS[label]
            if merged:
                cells[first] = (
                    f"<td colspan={last - first + 1} style='background:{colour};text-align:center'>{label}</td>"
                )
                skip.update(range(first + 1, last + 1))
                continue
            for fy in range(first, last + 1):
                cells[fy] = f"<td style='background:{colour}'>{label if fy == first else ''}</td>"
        rows.append(
            f"<tr class=item><td style='text-align:center'>{number}</td><td>{_esc(title)}</td>"
            f"<td>{_esc(department)}</td>"
            + "".join(cells[fy] for fy in _FY if fy not in skip)
            + f"<td>{_esc(note)}</td></tr>"
        )
    body = (
        "<h2 style='text-align:center'>蛍川町DX推進計画　工程表（令和６年度～令和10年度）</h2>"
        "<p>凡例：<span style='background:#fde9d9'>　検討　</span> 調査・検討　"
        "<span style='background:#9bc2e6'>　導入　</span> 構築・導入　"
        "<span style='background:#5b9bd5'>　運用　</span> 本格運用（色付きの期間が実施期間）</p>"
        f"<table>{head}<tbody>{''.join(rows)}</tbody></table>"
        "<p>※ 工程は、国の動向や予算の状況により見直すことがあります。</p>"
    )
    return _page(body, size="A3 landscape", css="tr.item td { height: 12mm; } td, th { font-size: 11pt; }")


def _hotarugawa() -> list[dict[str, Any]]:
    items = []
    for entry in _HOTARUGAWA:
        if len(entry) == 1:
            continue
        number, title, department, steps, _ = entry
        painted = sorted({2018 + fy for first, last, _, _ in steps for fy in range(first, last + 1)})
        items.append(item(str(number), title, department.split("\n"), (), tuple(painted)))
    return items


#: Each painted year (a merged bar each year it spans; 子育て手続 none in R7); no indicators.
HOTARUGAWA = _hotarugawa()


# --- 月見野市: 進捗状況一覧, merged 分野, multi-line cells ---------------------------------------------------------

#: 分野, [(番号, 取組名, 担当課, [(指標, 基準値（R5）, 目標値（R9）, 実績値（R6） or None, 評価)])].
_TSUKIMINO: list[tuple[str, list[tuple[int, str, str, list[tuple[str, str, str, str | None, str]]]]]] = [
    (
        "くらしの手続",
        [
            (
                1,
                "電子申請の拡充",
                "デジタル推進課",
                [("オンライン申請が可能な手続の数", "85手続", "300手続", "142手続", "B")],
            ),
            (
                2,
                "証明書コンビニ交付の利用促進",
                "市民課",
                [("証明書交付のうちコンビニ交付の割合", "11.2％", "30.0％", "16.8％", "B")],
            ),
            (
                3,
                "窓口の手続時間の短縮（書かない窓口の導入）",
                "市民課\nデジタル推進課",
                [("窓口での平均手続時間", "22分", "10分", "18分", "C")],
            ),
            (
                4,
                "公金のキャッシュレス化",
                "会計課\n収納課",
                [
                    ("市税のキャッシュレス納付率", "9.5％", "35.0％", "21.3％", "A"),
                    ("キャッシュレス決済に対応した窓口の数", "3か所", "20か所", "12か所", "A"),
                ],
            ),
        ],
    ),
    (
        "行政運営",
        [
            (
                5,
                "AI・RPAによる業務の効率化",
                "行政改革課",
                [("RPAによる年間削減時間", "2,100時間", "8,000時間", "3,950時間", "B")],
            ),
            (6, "電子決裁の推進", "総務課", [("電子決裁率", "31.0％", "90.0％", "58.4％", "A")]),
            (
                7,
                "ペーパーレス化の推進",
                "総務課",
                [("コピー用紙の購入量", "4,800千枚", "2,400千枚", "4,120千枚", "C")],
            ),
            (
                8,
                "テレワークの推進",
                "人事課",
                [("対象職員のうちテレワークを実施した職員の割合", "12.0％", "50.0％", "18.5％", "C")],
            ),
            (
                9,
                "デジタル人材の育成",
                "人事課\nデジタル推進課",
                [("DX研修の受講者数（累計）", "60人", "600人", "245人", "B")],
            ),
        ],
    ),
    (
        "地域社会",
        [
            (
                10,
                "高齢者のデジタル活用支援",
                "高齢福祉課",
                [("スマホ相談会の参加者数", "320人", "1,500人", "610人", "B")],
            ),
            (
                11,
                "学校のICT活用",
                "学校教育課",
                [("授業でICTを活用する教員の割合", "72.5％", "100％", "86.0％", "B")],
            ),
            (
                12,
                "地域のキャッシュレス化支援",
                "商工観光課",
                [("キャッシュレス決済を導入した店舗の数", "140店舗", "400店舗", "188店舗", "C")],
            ),
            (
                13,
                "オープンデータの推進",
                "企画政策課",
                [("公開データセット数", "35件", "120件", "61件", "B")],
            ),
            (14, "防災情報の配信", "防災課", [("防災メールの登録者数", "5,600人", "15,000人", None, "D")]),
        ],
    ),
]


def tsukimino_html() -> str:
    head = (
        "<thead><tr><th style='width:6%'>分野</th><th style='width:4%'>番号</th><th style='width:17%'>取組名</th>"
        "<th style='width:11%'>担当課</th><th style='width:22%'>指標</th><th>基準値<br>（R5）</th>"
        "<th>目標値<br>（R9）</th><th>実績値<br>（R6）</th><th style='width:5%'>評価</th></tr></thead>"
    )
    rows = []
    for area, entries in _TSUKIMINO:
        span = sum(len(e[3]) for e in entries)
        first_of_area = True
        for number, title, department, indicators in entries:
            for n, (name, base, target, actual, grade) in enumerate(indicators):
                cells = ""
                if first_of_area:
                    cells += f"<td rowspan={span} style='text-align:center;vertical-align:middle'>{_esc(area)}</td>"
                    first_of_area = False
                if n == 0:
                    cells += (
                        f"<td rowspan={len(indicators)} style='text-align:center'>{number}</td>"
                        f"<td rowspan={len(indicators)}>{_esc(title)}</td>"
                        f"<td rowspan={len(indicators)}>{_esc(department)}</td>"
                    )
                right = "style='text-align:right'"
                cells += (
                    f"<td>{_esc(name)}</td><td {right}>{_esc(base)}</td><td {right}>{_esc(target)}</td>"
                    f"<td {right}>{_esc(actual or '－')}</td><td style='text-align:center'>{grade}</td>"
                )
                rows.append(f"<tr>{cells}</tr>")
    body = (
        "<h2 style='text-align:center'>月見野市DX推進計画　進捗状況一覧（令和６年度実績）</h2>"
        "<p>　計画期間（令和６年度～令和９年度）の２年目に当たり、令和６年度の各取組の実績を取りまとめました。</p>"
        f"<table>{head}<tbody>{''.join(rows)}</tbody></table>"
        "<p>評価　A：目標を上回って進んでいる　B：概ね順調　C：遅れている　D：評価できない（実績未集計）</p>"
    )
    return _page(
        body,
        size="A4 landscape",
        header="月見野市DX推進計画 進捗状況",
        css="td { height: 14mm; font-size: 10pt; } h2 { margin-top: 0; }",
    )


def _tsukimino() -> list[dict[str, Any]]:
    items = []
    for _, entries in _TSUKIMINO:
        for number, title, department, indicators in entries:
            found = []
            for _, base, target, actual, _ in indicators:
                b, t, a = _figure(base), _figure(target), _figure(actual) if actual else None
                assert b is not None and t is not None
                found.append(kpi((2023, b), (2027, t), ((2027, t),), ((2024, a),) if a is not None else ()))
            items.append(item(str(number), title, department.split("\n"), tuple(found)))
    return items


#: 基準値（R5） 2023, 目標値（R9） 2027's target and the final one, 実績値（R6） 2024's actual (「－」 none); no schedule.
TSUKIMINO = _tsukimino()


# --- 雲雀ヶ丘市: label–value cards -----------------------------------------------------------------------

#: 基本方針 headings before the card of the given code.
_HIBARI_HEADINGS = {
    "1-1": "基本方針１　市民の利便性の向上",
    "2-1": "基本方針２　行政運営の効率化",
    "3-1": "基本方針３　地域社会のデジタル化",
}

#: (取組番号, 取組名, 所管課, 概要, 成果指標, 現状値, 目標値, スケジュール lines, indicators (base, target) or
#: None for one, years).
_HIBARIGAOKA: list[tuple[Any, ...]] = [
    (
        "1-1",
        "スマート窓口の導入",
        "市民課、情報政策課",
        "来庁者が申請書を手書きしなくても済むよう、マイナンバーカードの読み取りと聞き取りによって申請書を作成する"
        "窓口を整備する。あわせて、窓口の混雑状況をホームページで確認できるようにし、待ち時間の短縮を図る。",
        "窓口で申請書の記入が不要な手続の数",
        "0手続",
        "50手続",
        "R6：検討・設計\nR7：一部の窓口で導入\nR8～R10：全窓口で運用",
        years(2024, 2028),
    ),
    (
        "1-2",
        "電子申請サービスの拡充",
        "情報政策課",
        "国のマイナポータルと市の電子申請システムを活用し、申請件数の多い手続から順にオンライン化する。"
        "手数料の電子納付にも対応し、来庁せずに手続が完結するようにする。",
        "オンライン申請件数（年間）",
        "8,420件",
        "30,000件",
        "R6～R10：対象手続を順次拡大",
        years(2024, 2028),
    ),
    (
        "1-3",
        "公共施設予約システムの更新",
        "生涯学習課",
        "体育館や公民館の予約をスマートフォンから行えるよう、予約システムを更新する。抽選申込や使用料の支払も"
        "オンラインで行えるようにする。",
        "施設予約に占めるオンライン予約の割合",
        "24.0％",
        "70.0％",
        "R6：仕様の検討\nR7：システム更新\nR8～R10：運用",
        years(2024, 2028),
    ),
    (
        "1-4",
        "子育て支援アプリの導入",
        "こども未来課",
        "妊娠期から子育て期までの情報提供や予防接種の管理、各種手続の案内を一つのアプリで行えるようにする。",
        "アプリの登録者数",
        "－（未導入）",
        "4,000人",
        "R7：導入\nR8～R10：運用・機能拡充",
        years(2025, 2028),
    ),
    (
        "2-1",
        "RPA・AI-OCRの活用拡大",
        "行政経営課",
        "職員が手作業で行っている入力や照合の作業を洗い出し、RPAとAI-OCRを組み合わせて自動化する。"
        "導入の効果を毎年度検証し、対象業務を拡大する。",
        "①RPAを適用した業務の数\n②RPAによる年間削減時間",
        "①14業務\n②1,600時間",
        "①40業務\n②5,000時間",
        "R6～R10：対象業務の拡大",
        years(2024, 2028),
    ),
    (
        "2-2",
        "文書の電子化と電子決裁の推進",
        "総務課",
        "文書管理システムを更新し、起案から決裁、保存までを電子で行う。紙で保存している過去の文書も順次電子化する。",
        "電子決裁率",
        "45.0％",
        "95.0％",
        "R6：文書管理システムの更新\nR7～R10：運用",
        years(2024, 2028),
    ),
    (
        "2-3",
        "庁内ネットワークの無線化",
        "情報政策課",
        "本庁舎と支所の執務室に無線LANを整備し、会議や窓口でもモバイル端末を使えるようにする。",
        "無線LANを利用できる執務室の割合",
        "30％",
        "100％",
        "R6～R7：整備",
        years(2024, 2025),
    ),
    (
        "2-4",
        "職員の情報セキュリティ研修",
        "情報政策課、人事課",
        "全職員を対象とした研修と標的型メール訓練を毎年度実施し、情報セキュリティに関する意識を高める。",
        "研修の受講率",
        "78.0％",
        "100％",
        "R6～R10：毎年度実施",
        years(2024, 2028),
    ),
    (
        "3-1",
        "デジタル活用支援員の配置",
        "地域福祉課",
        "公民館や地域の集会所にデジタル活用支援員を派遣し、スマートフォンやオンライン手続の使い方を個別に支援する。",
        "支援を受けた市民の数（年間）",
        "450人",
        "2,000人",
        "R6：試行\nR7～R10：本格実施",
        years(2024, 2028),
    ),
    (
        "3-2",
        "地域ポイントのデジタル化",
        "商工振興課",
        "紙で発行している地域ポイントをスマートフォンで使える電子ポイントに切り替え、市内店舗での利用を促す。",
        "電子地域ポイントの利用者数",
        "0人",
        "15,000人",
        "R7：検討\nR8：導入\nR9～R10：運用",
        years(2025, 2028),
    ),
]


def hibarigaoka_html() -> str:
    body = [
        "<h2 style='text-align:center'>雲雀ヶ丘市DX推進アクションプラン（令和６年度～令和10年度）</h2>",
        "<p>　本アクションプランは、雲雀ヶ丘市DX推進計画に掲げる基本方針ごとに、具体的な取組を取りまとめたものです。</p>",
    ]
    labels = (
        "取組番号",
        "取組名",
        "所管課",
        "概要",
        "成果指標",
        "現状値（R5）",
        "目標値（R10）",
        "年度別スケジュール",
    )
    for code, title, department, summary, indicator, base, target, schedule, _ in _HIBARIGAOKA:
        if code in _HIBARI_HEADINGS:
            body.append(f"<h3>{_HIBARI_HEADINGS[code]}</h3>")
        values = (code, title, department, summary, indicator, base, target, schedule)
        rows = "".join(
            f"<tr><th style='width:22%;text-align:left'>{label}</th><td>{_esc(value)}</td></tr>"
            for label, value in zip(labels, values, strict=True)
        )
        body.append(f"<table>{rows}</table>")
    return _page(
        "".join(body), size="A4", header="雲雀ヶ丘市DX推進アクションプラン", css="th { background: #f2f2f2; }"
    )


def _hibarigaoka() -> list[dict[str, Any]]:
    items = []
    for code, title, department, _, _, base, target, _, schedule in _HIBARIGAOKA:
        indicators = tuple(
            kpi((2023, b) if b is not None else None, (2028, _number(t)))
            for b, t in zip([_figure(part) for part in base.split("\n")], target.split("\n"), strict=True)
        )
        items.append(item(code, title, department.split("、"), indicators, schedule))
    return items


#: 現状値（R5） the 2023 baseline (「－（未導入）」 none), 目標値（R10） the 2028 final target alone; ①② two
#: indicators; the schedule lines' years.
HIBARIGAOKA = _hibarigaoka()


# --- 梢台町: a workbook printed by LibreOffice Calc ---------------------------------------------------------

#: (基本方針, [(No., 取組, 担当課, 指標名, 現状値, 目標値, unit, [(first, last, label)])]); years are R6–R9.
_KOZUEDAI: list[
    tuple[str, list[tuple[int, str, str, str, float, float, str, list[tuple[int, int, str]]]]]
] = [
    (
        "１\n町民サービスの向上",
        [
            (
                1,
                "電子申請の拡充",
                "総務課",
                "電子申請できる手続数",
                25,
                100,
                "手続",
                [(6, 6, "検討"), (7, 9, "順次拡大")],
            ),
            (
                2,
                "証明書のコンビニ交付",
                "町民課",
                "コンビニ交付の利用率",
                6.5,
                20,
                "%",
                [(6, 6, "導入"), (7, 9, "運用")],
            ),
            (
                3,
                "キャッシュレス決済の導入",
                "会計課・税務課",
                "キャッシュレス決済に対応した窓口数",
                1,
                8,
                "か所",
                [(7, 7, "導入"), (8, 9, "拡大")],
            ),
            (
                4,
                "町ホームページの改善",
                "企画課",
                "ホームページの年間閲覧数",
                320000,
                500000,
                "件",
                [(6, 7, "リニューアル"), (8, 9, "運用")],
            ),
        ],
    ),
    (
        "２\n行政運営の効率化",
        [
            (
                5,
                "基幹系システムの標準化",
                "総務課",
                "標準準拠システムへ移行した業務数",
                0,
                20,
                "業務",
                [(6, 7, "移行")],
            ),
            (6, "RPAの活用", "総務課", "RPAによる削減時間", 300, 1500, "時間", [(6, 9, "運用")]),
            (7, "Web会議の活用", "総務課", "Web会議の開催回数", 150, 600, "回", [(6, 9, "実施")]),
            (8, "職員のICT研修", "総務課", "研修の受講者数", 40, 120, "人", [(6, 6, "実施"), (8, 8, "実施")]),
        ],
    ),
    (
        "３\n地域のデジタル化",
        [
            (
                9,
                "高齢者向けスマホ教室",
                "福祉課・生涯学習課",
                "教室の参加者数",
                60,
                300,
                "人",
                [(6, 9, "実施")],
            ),
            (
                10,
                "防災情報の多様な伝達",
                "総務課",
                "防災アプリの登録者数",
                800,
                3000,
                "人",
                [(7, 7, "導入"), (8, 9, "運用")],
            ),
            (11, "観光のデジタル発信", "産業振興課", "SNSのフォロワー数", 2400, 8000, "人", [(6, 9, "発信")]),
        ],
    ),
]

_K_YEARS = "HIJK"  # R6–R9


def kozuedai_xlsx() -> bytes:
    """梢台町's 実行計画表: title merged across, header two rows deep, 基本方針 merged down and centred."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "実行計画表"
    font = Font(name="IPAexGothic", size=10)
    thin = Side(style="thin", color="000000")
    ruled = Border(left=thin, right=thin, top=thin, bottom=thin)
    centre = Alignment(horizontal="center", vertical="center", wrap_text=True)
    left = Alignment(horizontal="left", vertical="center", wrap_text=True)
    right = Alignment(horizontal="right", vertical="center")
    sheet["A1"] = "梢台町情報化推進計画　実行計画表（令和６年度～令和９年度）"
    sheet["A1"].font = Font(name="IPAexGothic", size=14, bold=True)
    sheet["A1"].alignment = Alignment(horizontal="center")
    sheet.merge_cells("A1:K1")
    sheet["K2"] = "令和６年４月　梢台町総務課"
    sheet["K2"].alignment = Alignment(horizontal="right")
    header = [
        "基本方針",
        "No.",
        "取組",
        "担当課",
        "成果指標",
        None,
        None,
        "実施スケジュール",
        None,
        None,
        None,
    ]
    sub = [None, None, None, None, "指標名", "現状値\n（R5）", "目標値\n（R9）", "R6", "R7", "R8", "R9"]
    sheet.append(header)
    sheet.append(sub)
    for cells in ("A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:G3", "H3:K3"):
        sheet.merge_cells(cells)
    head_fill = PatternFill("solid", fgColor="D9E1F2")
    for row in (3, 4):
        for column in range(1, 12):
            cell = sheet.cell(row, column)
            cell.font, cell.alignment, cell.border, cell.fill = font, centre, ruled, head_fill
    step_fill = PatternFill("solid", fgColor="FCE4D6")
    row = 5
    for policy, entries in _KOZUEDAI:
        top = row
        for number, title, department, name, base, target, unit, steps in entries:
            values: list[Any] = [None, number, title, department, name, base, target]
            for column, value in enumerate(values, start=1):
                cell = sheet.cell(row, column, value)
                cell.font, cell.border = font, ruled
                cell.alignment = centre if column in (2, 4) else left
            for column in (6, 7):
                cell = sheet.cell(row, column)
                cell.alignment = right
                decimals = ".0" if isinstance(cell.value, float) or unit == "%" else ""
                cell.number_format = f'#,##0{decimals}"{unit}"' if unit != "%" else f'0{decimals}"%"'
            for column in _K_YEARS:
                sheet[f"{column}{row}"].border = ruled
            for first, last, label in steps:
                a, b = _K_YEARS[first - 6], _K_YEARS[last - 6]
                sheet[f"{a}{row}"] = label
                for column in _K_YEARS[first - 6 : last - 5]:
                    sheet[f"{column}{row}"].fill = step_fill
                    sheet[f"{column}{row}"].font = font
                    sheet[f"{column}{row}"].alignment = centre
                if a != b:
                    sheet.merge_cells(f"{a}{row}:{b}{row}")
            sheet.row_dimensions[row].height = 36
            row += 1
        sheet.cell(top, 1, policy)
        sheet.cell(top, 1).font, sheet.cell(top, 1).alignment = font, centre
        for r in range(top, row):
            sheet.cell(r, 1).border = ruled
        sheet.merge_cells(f"A{top}:A{row - 1}")
    sheet.cell(row + 1, 1, "※ 現状値は令和５年度末の数値です。スケジュールは毎年度見直します。").font = font
    for column, width in zip("ABCDEFGHIJK", (14, 5, 28, 14, 30, 11, 11, 10, 10, 10, 10), strict=True):
        sheet.column_dimensions[column].width = width
    sheet.row_dimensions[3].height = 20
    sheet.row_dimensions[4].height = 32
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True  # type: ignore[union-attr]
    sheet.print_title_rows = "3:4"
    sheet.oddFooter.center.text = "- &P -"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _kozuedai() -> list[dict[str, Any]]:
    items = []
    for _, entries in _KOZUEDAI:
        for number, title, department, _, base, target, _, steps in entries:
            marked = sorted({2018 + fy for first, last, _ in steps for fy in range(first, last + 1)})
            found = kpi((2023, base), (2027, target), ((2027, target),))
            items.append(item(str(number), title, department.split("・"), (found,), tuple(marked)))
    return items


#: 現状値（R5） 2023, 目標値（R9） 2027's target and the final one; the steps' years (研修 R6 and R8 only).
KOZUEDAI = _kozuedai()


# --- 茜浜市: KPI進捗状況, full-width digits and 和暦 months ------------------------------------------------------

#: (番号, 取組項目, 担当課, [(KPI, 基準（令和５年３月末）, 目標（令和９年３月末）, 実績（令和７年３月末）, 進捗)]).
_AKANEHAMA: list[tuple[str, str, str, list[tuple[str, str, str, str, str]]]] = [
    (
        "1-1",
        "マイナンバーカードの利便性向上",
        "市民課",
        [("マイナンバーカードの交付率", "65.2％", "90.0％", "81.4％", "B")],
    ),
    (
        "1-2",
        "行政手続のオンライン化",
        "デジタル推進課",
        [
            ("①オンライン化した手続の数", "210手続", "500手続", "386手続", "B"),
            ("②オンライン申請の割合", "12.0％", "40.0％", "27.5％", "B"),
        ],
    ),
    (
        "1-3",
        "窓口のデジタル化",
        "市民課・デジタル推進課",
        [("窓口での平均待ち時間", "30分", "15分", "22分", "B")],
    ),
    (
        "1-4",
        "キャッシュレス決済の推進",
        "会計課",
        [("市税のキャッシュレス納付率", "15.3％", "40.0％", "33.8％", "A")],
    ),
    (
        "2-1",
        "業務プロセスの見直しとRPAの活用",
        "行政改革推進課",
        [("RPAによる業務削減時間（年間）", "500時間", "5,000時間", "2,120時間", "C")],
    ),
    (
        "2-2",
        "生成AIの活用",
        "デジタル推進課",
        [("生成AIを業務で利用する職員の割合", "0％", "60.0％", "34.0％", "A")],
    ),
    (
        "2-3",
        "テレワーク・Web会議の推進",
        "人事課",
        [("Web会議の年間開催件数", "450件", "2,000件", "1,640件", "A")],
    ),
    (
        "2-4",
        "情報セキュリティの確保",
        "デジタル推進課",
        [("重大な情報セキュリティ事故の件数", "0件", "0件", "0件", "B")],
    ),
    (
        "3-1",
        "デジタルデバイド対策",
        "地域福祉課",
        [("スマホ教室の参加者数（累計）", "240人", "1,500人", "980人", "B")],
    ),
    ("3-2", "地域のデータ活用", "企画課", [("オープンデータの公開件数", "40件", "150件", "92件", "B")]),
    ("3-3", "観光のデジタル化", "観光課", [("観光サイトの年間閲覧数", "28万件", "50万件", "36万件", "C")]),
]

_WIDE = str.maketrans("0123456789.,-%ABCD", "０１２３４５６７８９．，－％ＡＢＣＤ")


def _wide(text: str) -> str:
    return text.translate(_WIDE)


def akanehama_html() -> str:
    head = (
        "<thead><tr><th style='width:6%'>番号</th><th style='width:20%'>取組項目</th><th style='width:12%'>担当課</th>"
        "<th style='width:24%'>ＫＰＩ</th><th>基準<br>（令和５年３月末）</th><th>目標<br>（令和９年３月末）</th>"
        "<th>実績<br>（令和７年３月末）</th><th style='width:6%'>進捗</th></tr></thead>"
    )
    rows = []
    for code, title, department, indicators in _AKANEHAMA:
        for n, (name, base, target, actual, grade) in enumerate(indicators):
            cells = ""
            if n == 0:
                span = len(indicators)
                cells += (
                    f"<td rowspan={span} style='text-align:center'>{_wide(code)}</td>"
                    f"<td rowspan={span}>{_esc(title)}</td><td rowspan={span}>{_esc(department)}</td>"
                )
            right = "style='text-align:right'"
            cells += (
                f"<td>{_esc(name)}</td><td {right}>{_wide(base)}</td><td {right}>{_wide(target)}</td>"
                f"<td {right}>{_wide(actual)}</td><td style='text-align:center'>{_wide(grade)}</td>"
            )
            rows.append(f"<tr>{cells}</tr>")
    body = (
        "<h2 style='text-align:center'>茜浜市ＤＸ推進計画　ＫＰＩ進捗状況（令和７年３月末現在）</h2>"
        "<p style='text-align:right'>令和７年６月　茜浜市デジタル推進課</p>"
        "<p>　茜浜市ＤＸ推進計画（計画期間：令和５年度～令和８年度）に掲げたＫＰＩについて、令和７年３月末現在の"
        "実績を取りまとめました。</p>"
        f"<table>{head}<tbody>{''.join(rows)}</tbody></table>"
        "<p>進捗　Ａ：目標を達成する見込み　Ｂ：概ね順調　Ｃ：やや遅れている　Ｄ：大幅に遅れている</p>"
        "<p>※ 基準は計画策定時（令和５年３月末）の数値です。</p>"
    )
    return _page(
        body, size="A4 landscape", header="茜浜市ＤＸ推進計画", css="td { font-size: 10pt; height: 11mm; }"
    )


def _akanehama() -> list[dict[str, Any]]:
    items = []
    for code, title, department, indicators in _AKANEHAMA:
        found = []
        for _, base, target, actual, _ in indicators:
            b, t, a = _figure(base), _figure(target), _figure(actual)
            assert b is not None and t is not None and a is not None
            found.append(kpi((2022, b), (2026, t), ((2026, t),), ((2024, a),)))
        items.append(item(code, title, department.split("・"), tuple(found)))
    return items


#: 基準（令和５年３月末） fiscal 2022, 目標（令和９年３月末） 2026's target and the final one, 実績（令和７年３月末） 2024's
#: actual; 「28万件」 28 (in 万件); no schedule.
AKANEHAMA = _akanehama()


PLANS: dict[str, tuple[str, list[dict[str, Any]]]] = {
    "kazamidai_jisshi.pdf": ("風見台市", KAZAMIDAI),
    "hotarugawa_kouteihyou.pdf": ("蛍川町", HOTARUGAWA),
    "tsukimino_shinchoku.pdf": ("月見野市", TSUKIMINO),
    "hibarigaoka_cards.pdf": ("雲雀ヶ丘市", HIBARIGAOKA),
    "kozuedai_jikkou.xlsx.pdf": ("梢台町", KOZUEDAI),
    "akanehama_kpi.pdf": ("茜浜市", AKANEHAMA),
}

_HTML = {
    "kazamidai_jisshi.pdf": kazamidai_html,
    "hotarugawa_kouteihyou.pdf": hotarugawa_html,
    "tsukimino_shinchoku.pdf": tsukimino_html,
    "hibarigaoka_cards.pdf": hibarigaoka_html,
    "akanehama_kpi.pdf": akanehama_html,
}


def pdf(name: str) -> Path:
    """The document ``name`` printed to PDF (cached): Chromium for the HTML ones, Calc for 梢台町's workbook."""
    if name == "kozuedai_jikkou.xlsx.pdf":
        return calc_pdf(kozuedai_xlsx(), "kozuedai_jikkou")
    return print_html(_HTML[name](), name.removesuffix(".pdf"))


def expected(name: str) -> dict[str, Any]:
    """The expected plan of document ``name`` in the form ``scoring.score`` takes."""
    return {"initiatives": PLANS[name][1]}
