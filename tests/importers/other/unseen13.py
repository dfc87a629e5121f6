"""A thirteenth batch of plans no reader was written against: six PDFs made the way municipalities make them, with
LibreOffice — Writer documents (HTML opened in Writer, as a Word document is laid out: its tables, a running header
and a page number in the footer) and Calc workbooks (openpyxl, printed with print areas, fit to the page width, title
rows repeated on every page, landscape A4 or A3).

Written from what municipalities publish, before any reader was looked at (the readers' code was not read):

- 柳瀬市's 進捗状況一覧 (``yanase_shinchoku.pdf``, Calc, A4 landscape): 「番号 | 取組名 | 担当課 | 指標 | 基準値
  （令和4年度） | 目標値（令和8年度） | 実績値（令和6年度） | 評価」 (the years on a second line of the header cells), the
  header row repeated on page 2, 基本方針 rows merged across and shaded, two 取組 of two 指標 rows (番号, 取組名 and
  担当課 merged down both), figures as numbers with the unit in the cell's format (``#,##0"手続"``), a 実績 「－」,
  評価 A–D with its legend under the table, 「柳瀬市」 in the page header and 「- n -」 in the footer;
- 竹野町's 成果指標の進捗状況 (``takeno_kpi.pdf``, Writer, A4 portrait): a Word table under each 「（１）…」 heading,
  「取組項目 | 成果指標（KPI） | 目標（令和７年度） | 実績（令和５年度） | 実績（令和６年度） | 進捗 | 担当課」 (no numbers,
  担当課 last), 【重点】 marks before two 取組項目, one 取組項目 of two KPI rows (merged down), 進捗 A–D and 「－」;
- 月ヶ瀬市's ＤＸ推進計画 (``tsukigase_outline.pdf``, Writer, A4 portrait): a cover, a 目次 of the chapters and the
  基本目標 / （１） headings with page numbers, a chapter of prose, then 基本目標１ > （１） > 「①　電子申請の拡充
  【担当課：デジタル推進課】」 with its 取組内容 and the lines ［指標］ (「現状値 110手続（令和5年度）→ 目標値 300手続
  （令和11年度）」, one 取組 with two 「・」 indicator lines under ［指標］, one with none), ［工程］ (「令和7年度 検討、
  令和8年度～令和9年度 導入」) and ［事業費］; two 課 joined by 「、」;
- 久米原町's 工程表 (``kumehara_kouteihyou.pdf``, Calc, A3 landscape): 「No. | 取組名 | 取組の概要 | 担当課 | 実施年度」
  over 「令和７年度 … 令和11年度」, a step's years shaded and its word (「検討」「導入」「運用」) written in the first of
  them only, one 取組 shaded over every year with no word at all, one with a year left blank between two steps, 基本方針
  rows across it and a legend of the shading under it;
- 楢葉台市's アクションプラン (``narahadai_cards.pdf``, Writer, A4 portrait): a card a 取組 — a two-column table
  「取組番号 | 取組名 | 担当課 | 現状と課題 | 取組内容 | 成果指標 | スケジュール」 whose 成果指標 cell holds a small table
  「指標 | 現状値（令和5年度） | 目標値（令和10年度）」 (one card with two indicators), スケジュール 「令和6年度：検討
  令和7年度～令和10年度：実施」, 基本方針 headings between the cards;
- 沢渡村's 情報化推進計画 取組一覧 (``sawatari_bunya.pdf``, Calc, A4 landscape): 「分野 | No. | 取組名 | 取組内容 |
  担当課 | 成果指標 | 現状値（R5） | 目標値（R9） | 実施時期」, 取組内容 long text wrapped in its cell (rows five lines
  high), each 分野 merged down its rows (one over the page break), the header row repeated on each page, 実施時期
  「R6～R9」.

``PLANS[name]`` is the plan each document states (same form as ``unseen.PLANS``), written from the documents alone,
by the earlier batches' conventions: a target column headed with its year in a table of a row an initiative (柳瀬市,
竹野町, 沢渡村) is that year's target and the final one; a 目標値 with its year in an outline's ［指標］ line (月ヶ瀬市)
or a card's KPI table (楢葉台市) the final target alone; 実績 columns each year's actual (「－」 none). A schedule is
the years a step is stated for: a 「令和7年度～令和9年度」 every year of it, a shaded cell its year (with a word or
without), 「R6～R9」 each year. ``pdf(name)`` prints the document (cached).
"""

from __future__ import annotations

import unicodedata
from typing import Any

import openpyxl
from openpyxl.styles import Alignment, Font, PatternFill

from ..samplepdf import print_all_with_writer
from ..samplexlsx import calc_saved_all
from ..unseen_harness import save
from .batch_documents import batch_documents
from .docparts import (
    CENTRE,
    FONT,
    HEAD_FILL,
    LEFT,
    RIGHT,
    RULED,
    SECTION_FILL,
    TOP_LEFT,
    _cell,
    _esc,
    _figure,
    _fit_height,
    _number,
    _print_setup,
)
from .unseen import item, kpi, years


def _unit_format(text: str) -> tuple[float | str, str | None]:
    """A figure written with its unit as Excel keeps it: the number, and a format that prints the unit."""
    figure = _figure(text)
    if figure is None:
        return text, None
    plain = unicodedata.normalize("NFKC", text)
    unit = plain.lstrip("0123456789,.")
    decimals = ".0" if isinstance(figure, float) else ""
    if unit == "%":
        return figure, f'0{decimals}"%"'
    return figure, f'#,##0{decimals}"{unit}"'


# --- 柳瀬市: 進捗状況一覧 in Calc --------------------------------------------------------------------------------

#: (基本方針, [(番号, 取組名, 担当課, [(指標, 基準値 R4, 目標値 R8, 実績値 R6, 評価)])]).
_YANASE: list[tuple[str, list[tuple[str, str, str, list[tuple[str, str, str, str, str]]]]]] = [
    (
        "基本方針１　行政手続のデジタル化",
        [
            ("1", "電子申請サービスの拡充", "デジタル推進課",
             [("オンラインで申請できる手続の数", "120手続", "300手続", "245手続", "B")]),
            ("2", "マイナンバーカードの普及と利活用", "市民課",
             [("マイナンバーカードの交付率", "48.5%", "90.0%", "78.2%", "B"),
              ("証明書のコンビニ交付の割合", "12.0%", "40.0%", "31.5%", "A")]),
            ("3", "窓口・施設へのキャッシュレス決済の導入", "会計課・収納課",
             [("キャッシュレス決済ができる施設の数", "3施設", "25施設", "18施設", "A")]),
            ("4", "書かない窓口の導入", "市民課",
             [("申請書の記入が不要な手続の数", "0手続", "50手続", "12手続", "C")]),
            ("5", "公共施設予約システムの導入", "生涯学習課",
             [("オンラインで予約できる公共施設の数", "0施設", "30施設", "－", "D")]),
        ],
    ),
    (
        "基本方針２　行政運営の効率化",
        [
            ("6", "RPA・AI-OCRの活用", "行政改革課",
             [("RPA・AI-OCRによる年間削減時間", "1,800時間", "6,000時間", "4,150時間", "A")]),
            ("7", "電子決裁・文書管理システムの導入", "総務課",
             [("電子決裁率", "35.0%", "90.0%", "72.4%", "B")]),
            ("8", "テレワーク環境の整備", "人事課",
             [("テレワークを実施した職員の割合", "8.0%", "30.0%", "14.6%", "C")]),
            ("9", "基幹業務システムの標準化", "デジタル推進課",
             [("標準準拠システムへ移行した業務の数", "0業務", "20業務", "9業務", "B")]),
            ("10", "ペーパーレス会議の推進", "総務課",
             [("庁内会議の紙の使用枚数（年間）", "420,000枚", "150,000枚", "236,000枚", "B")]),
        ],
    ),
    (
        "基本方針３　デジタル社会の基盤づくり",
        [
            ("11", "デジタル人材の育成", "人事課・デジタル推進課",
             [("DX研修の受講者数（累計）", "60人", "600人", "410人", "A")]),
            ("12", "情報セキュリティ対策の強化", "デジタル推進課",
             [("情報セキュリティ研修の受講率", "72.0%", "100%", "96.3%", "B")]),
            ("13", "公共施設への公衆無線LANの整備", "財産管理課",
             [("公衆無線LANを整備した施設の数", "14施設", "40施設", "33施設", "B")]),
            ("14", "オープンデータの推進", "企画政策課",
             [("公開しているデータセットの数", "45件", "150件", "98件", "B"),
              ("オープンデータの活用事例の数", "2件", "10件", "3件", "C")]),
            ("15", "高齢者向けスマートフォン教室の開催", "高齢福祉課",
             [("スマートフォン教室の参加者数（年間）", "180人", "600人", "520人", "A")]),
            ("16", "防災へのIoTの活用", "危機管理課",
             [("河川水位センサーの設置箇所数", "2箇所", "15箇所", "6箇所", "C")]),
        ],
    ),
]  # fmt: skip

_Y_WIDTHS = [6.0, 20.0, 15.0, 30.0, 13.0, 13.0, 13.0, 7.0]


def yanase_xlsx() -> bytes:
    """柳瀬市's 進捗状況一覧: title, a note, the header (repeated), 基本方針 rows merged across, the legend."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "進捗状況一覧"
    sheet["A1"] = "柳瀬市ＤＸ推進計画　令和６年度　進捗状況一覧"
    sheet["A1"].font = Font(name=FONT, size=14, bold=True)
    sheet.merge_cells("A1:H1")
    sheet["A2"] = "（令和７年６月　デジタル推進課）"
    sheet["A2"].font = Font(name=FONT, size=9)
    sheet["A2"].alignment = Alignment(horizontal="right")
    sheet.merge_cells("A2:H2")
    header = ["番号", "取組名", "担当課", "指標", "基準値\n（令和4年度）", "目標値\n（令和8年度）",
              "実績値\n（令和6年度）", "評価"]  # fmt: skip
    for column, label in enumerate(header, start=1):
        _cell(sheet, 3, column, label, CENTRE)
        sheet.cell(3, column).fill = HEAD_FILL
    sheet.row_dimensions[3].height = 34
    row = 4
    for policy, entries in _YANASE:
        _cell(sheet, row, 1, policy, LEFT, 12)
        for column in range(1, 9):
            sheet.cell(row, column).border = RULED
            sheet.cell(row, column).fill = SECTION_FILL
        sheet.merge_cells(f"A{row}:H{row}")
        sheet.row_dimensions[row].height = 24
        row += 1
        for number, title, department, indicators in entries:
            top = row
            for name, base, target, actual, grade in indicators:
                _cell(sheet, row, 1, int(number) if row == top else None, CENTRE, 12)
                _cell(sheet, row, 2, title if row == top else None, LEFT, 12)
                _cell(sheet, row, 3, department if row == top else None, CENTRE, 12)
                _cell(sheet, row, 4, name, LEFT, 12)
                for column, text in ((5, base), (6, target), (7, actual)):
                    value, form = _unit_format(text)
                    _cell(sheet, row, column, value, RIGHT if form else CENTRE, 12)
                    if form:
                        sheet.cell(row, column).number_format = form
                _cell(sheet, row, 8, grade, CENTRE, 12)
                spread = len(indicators)
                _fit_height(sheet, row, _Y_WIDTHS, [None, title, department, name, base, target, actual, grade],
                            spread=spread, size=12)  # fmt: skip
                row += 1
            if row - top > 1:
                for column in (1, 2, 3):
                    sheet.merge_cells(start_row=top, start_column=column, end_row=row - 1, end_column=column)
    sheet.cell(
        row + 1, 1, "評価　A：目標を上回って進んでいる　B：概ね順調に進んでいる　C：遅れている　D：未着手"
    )
    sheet.cell(row + 1, 1).font = Font(name=FONT, size=9)
    sheet.cell(row + 2, 1, "※　実績値の「－」は、システム導入前のため実績がないことを示します。")
    sheet.cell(row + 2, 1).font = Font(name=FONT, size=9)
    for column, width in zip("ABCDEFGH", _Y_WIDTHS, strict=True):
        sheet.column_dimensions[column].width = width
    _print_setup(sheet, paper=sheet.PAPERSIZE_A4, area=f"A1:H{row + 2}", titles="3:3", header="柳瀬市")
    return save(book)


def _yanase() -> list[dict[str, Any]]:
    items = []
    for _, entries in _YANASE:
        for number, title, department, indicators in entries:
            found = []
            for _, base, target, actual, _ in indicators:
                t, a = _number(target), _figure(actual)
                found.append(
                    kpi((2022, _number(base)), (2026, t), ((2026, t),), ((2024, a),) if a is not None else ())
                )
            items.append(item(number, title, department.split("・"), tuple(found)))
    return items


#: 基準値（令和4年度） 2022, 目標値（令和8年度） 2026's target and the final one, 実績値（令和6年度） 2024's actual (「－」 none).
YANASE = _yanase()


# --- 竹野町: KPI list in a Word table ----------------------------------------------------------------------------

#: (heading, [(取組項目, 担当課, [(KPI, 目標 R7, 実績 R5, 実績 R6, 進捗)])]).
_TAKENO: list[tuple[str, list[tuple[str, str, list[tuple[str, str, str, str, str]]]]]] = [
    (
        "（１）暮らしのデジタル化",
        [
            ("子育て手続のオンライン化", "子育て支援課",
             [("子育て関係手続のオンライン申請件数（年間）", "1,200件", "680件", "910件", "B")]),
            ("【重点】マイナンバーカードの取得促進", "住民課",
             [("マイナンバーカードの交付率", "85.0％", "71.3％", "80.6％", "B")]),
            ("町公式LINEによる情報発信", "総務課",
             [("公式LINEの登録者数", "6,000人", "2,450人", "3,980人", "C")]),
            ("図書館の電子書籍サービス", "生涯学習課",
             [("電子書籍の貸出数（年間）", "5,000冊", "1,820冊", "5,340冊", "A")]),
        ],
    ),
    (
        "（２）行政のデジタル化",
        [
            ("【重点】AI-OCR・RPAの導入", "総務課",
             [("AI-OCR・RPAによる削減時間（年間）", "2,000時間", "620時間", "1,480時間", "B"),
              ("RPAを導入した業務の数", "15業務", "4業務", "9業務", "B")]),
            ("議会・庁内会議のペーパーレス化", "議会事務局",
             [("タブレットを用いた会議の開催回数（年間）", "120回", "36回", "130回", "A")]),
            ("窓口キャッシュレス決済の導入", "会計室",
             [("キャッシュレス決済に対応した窓口の数", "10窓口", "2窓口", "4窓口", "C")]),
            ("町税のスマートフォン決済", "税務課",
             [("スマートフォン決済による納付の割合", "20.0％", "6.5％", "11.2％", "B")]),
        ],
    ),
    (
        "（３）地域のデジタル化",
        [
            ("高齢者のデジタル活用支援", "福祉課",
             [("スマートフォン相談会の参加者数（累計）", "800人", "210人", "455人", "B")]),
            ("スマート農業の推進", "農林課",
             [("スマート農業機器の導入件数（累計）", "30件", "5件", "9件", "C")]),
            ("小中学校のICT活用", "学校教育課",
             [("ICTを活用した授業の割合", "90％", "62％", "75％", "B")]),
            ("防災メールの登録促進", "総務課",
             [("防災メールの登録者数", "4,000人", "2,900人", "－", "－")]),
        ],
    ),
]  # fmt: skip


def takeno_html() -> str:
    head = ("取組項目", "成果指標（KPI）", "目標<br>（令和７年度）", "実績<br>（令和５年度）", "実績<br>（令和６年度）",
            "進捗", "担当課")  # fmt: skip
    widths = (22, 30, 11, 11, 11, 6, 12)
    body = [
        '<p align=center style="font-size:16pt">竹野町デジタル化推進計画</p>',
        '<p align=center style="font-size:13pt">成果指標（ＫＰＩ）の進捗状況（令和６年度）</p>',
        "<p>　本町では、令和３年度に策定した竹野町デジタル化推進計画に基づき、各取組の成果指標（ＫＰＩ）を設定して"
        "進捗を管理しています。令和６年度末時点の進捗状況は次のとおりです。進捗は令和７年度の目標に対する達成の見込み"
        "により、次の４段階で評価しています。</p>",
        "<p>　Ａ：目標を達成　Ｂ：順調に進んでいる　Ｃ：やや遅れている　Ｄ：遅れている（「－」は実績未確定）</p>",
    ]
    for heading, entries in _TAKENO:
        body.append(f'<p style="font-size:12pt; margin-top:8pt"><b>{_esc(heading)}</b></p>')
        rows = ['<table border=1 cellspacing=0 cellpadding=4 width="100%"><thead><tr>']
        rows += [
            f'<td bgcolor="#DEEAF6" align=center width="{w}%">{h}</td>'
            for h, w in zip(head, widths, strict=True)
        ]
        rows.append("</tr></thead><tbody>")
        for title, department, indicators in entries:
            span = f' rowspan="{len(indicators)}"' if len(indicators) > 1 else ""
            for i, (name, target, a5, a6, grade) in enumerate(indicators):
                rows.append("<tr>")
                if i == 0:
                    rows.append(f"<td{span}>{_esc(title)}</td>")
                rows.append(f"<td>{_esc(name)}</td>")
                rows += [f"<td align=right>{_esc(v)}</td>" for v in (target, a5, a6)]
                rows.append(f"<td align=center>{_esc(grade)}</td>")
                if i == 0:
                    rows.append(f"<td{span} align=center>{_esc(department)}</td>")
                rows.append("</tr>")
        rows.append("</tbody></table>")
        body.append("".join(rows))
    return _writer_page("".join(body), header="竹野町デジタル化推進計画　進捗状況")


def _takeno() -> list[dict[str, Any]]:
    items = []
    for _, entries in _TAKENO:
        for title, department, indicators in entries:
            found = []
            for _, target, a5, a6, _ in indicators:
                t = _number(target)
                actuals = tuple(
                    (fy, v) for fy, v in ((2023, _figure(a5)), (2024, _figure(a6))) if v is not None
                )
                found.append(kpi(None, (2025, t), ((2025, t),), actuals))
            items.append(item(None, title, [department], tuple(found)))
    return items


#: No numbers (codes none); 目標（令和７年度） 2025's target and the final one; 実績（令和５年度）（令和６年度） 2023's and
#: 2024's actuals; no baseline; 【重点】 a mark, not the title.
TAKENO = _takeno()


def _writer_page(
    body: str, *, header: str | None = None, page_numbers: bool = True, size: str = "21cm 29.7cm"
) -> str:
    """An HTML document as Writer opens it: A4, a running header and 「- n -」 in the footer (Writer's own fields)."""
    parts = [
        "<!doctype html><html lang=ja><head><meta charset=utf-8><style>",
        f"@page {{ size: {size}; margin: 2cm 2cm 2cm 2cm }}",
        "body { font-family: 'IPAexGothic'; font-size: 10.5pt }",
        "p { margin-top: 0; margin-bottom: 2pt }",
        "</style></head><body>",
    ]
    if header:
        parts.append(f'<div title="header"><p align=right style="font-size:8pt">{_esc(header)}</p></div>')
    parts.append(body)
    if page_numbers:
        parts.append(
            '<div title="footer"><p align=center style="font-size:9pt">- '
            "<sdfield type=PAGE subtype=RANDOM format=PAGE>1</sdfield> -</p></div>"
        )
    parts.append("</body></html>")
    return "".join(parts)


# --- 月ヶ瀬市: numbered outline in Word -------------------------------------------------------------------------

#: (基本目標, [(施策, [(title, 担当課, 取組内容, [(指標, 現状値 R5, 目標値 R11)], 工程 text, first–last years, 事業費)])]).
_TSUKIGASE: list[
    tuple[str, list[tuple[str, list[tuple[str, str, str, list[tuple[str, str, str]], str, range | tuple[int, ...], str]]]]]
] = [
    (
        "市民サービスの向上",
        [
            (
                "行政手続のオンライン化",
                [
                    ("電子申請の拡充", "デジタル推進課",
                     "市民が来庁せずに手続を行えるよう、電子申請システムで受け付ける手続を順次拡大します。あわせて、"
                     "手数料のオンライン決済に対応します。",
                     [("オンラインで申請できる手続の数", "110手続", "300手続")],
                     "令和7年度～令和11年度　順次拡充", years(2025, 2029), "令和7年度　4,500千円"),
                    ("公金収納のキャッシュレス化", "会計課、税務課",
                     "市税や使用料をスマートフォン決済やクレジットカードで納付できるようにします。",
                     [("キャッシュレスで納付された市税の割合", "9.5%", "35.0%")],
                     "令和7年度　検討、令和8年度～令和9年度　導入", years(2025, 2027), "令和8年度　2,800千円"),
                ],
            ),
            (
                "窓口のデジタル化",
                [
                    ("書かない窓口の導入", "市民課",
                     "マイナンバーカード等の情報を活用し、申請書を書かずに手続ができる窓口を整備します。",
                     [("記入不要で申請できる手続の数", "0手続", "40手続"), ("窓口の平均待ち時間", "25分", "10分")],
                     "令和7年度　システム構築、令和8年度～令和11年度　運用", years(2025, 2029),
                     "令和7年度　9,600千円"),
                    ("オンライン相談の導入", "福祉総務課、子育て支援課",
                     "福祉や子育ての相談をWeb会議で受けられるようにします。",
                     [("オンライン相談の実施件数（年間）", "0件", "500件")],
                     "令和8年度～令和9年度　試行、令和10年度～令和11年度　本格実施", years(2026, 2029), "－"),
                ],
            ),
        ],
    ),
    (
        "効率的な行政運営",
        [
            (
                "業務の改革",
                [
                    ("AI・RPAの活用", "行政管理課",
                     "定型的な事務にRPAやAI-OCRを導入し、職員が企画や相談の業務に注力できる環境をつくります。",
                     [("RPA等による削減時間（年間）", "1,500時間", "6,000時間")],
                     "令和7年度～令和11年度", years(2025, 2029), "令和7年度　3,000千円"),
                    ("生成AIの導入", "デジタル推進課",
                     "文書作成や議事録作成に生成AIを活用します。利用のガイドラインを定め、職員研修を行います。",
                     [("生成AIを活用している業務の数", "3業務", "30業務")],
                     "令和7年度　試行、令和8年度～令和11年度　運用", years(2025, 2029), "令和7年度　1,200千円"),
                    ("電子契約の導入", "契約管財課",
                     "契約事務に電子契約サービスを導入し、印紙や郵送の負担を減らします。",
                     [("電子契約の割合", "0%", "50%")],
                     "令和8年度～令和11年度", years(2026, 2029), "令和8年度　600千円"),
                ],
            ),
            (
                "働き方の改革",
                [
                    ("テレワークの推進", "職員課",
                     "テレワーク端末を増やし、在宅勤務やサテライトオフィス勤務を推進します。",
                     [("テレワークを実施した職員の数（年間）", "40人", "300人")],
                     "令和7年度～令和11年度", years(2025, 2029), "－"),
                    ("庁内無線LANの整備", "デジタル推進課",
                     "本庁舎と支所に無線LANを整備し、会議のペーパーレス化を進めます。",
                     [("無線LANを整備した庁舎の数", "1庁舎", "4庁舎")],
                     "令和7年度～令和8年度", years(2025, 2026), "令和7年度　12,000千円、令和8年度　8,000千円"),
                ],
            ),
        ],
    ),
    (
        "地域社会のデジタル化",
        [
            (
                "デジタルデバイド対策",
                [
                    ("スマートフォン教室の開催", "高齢介護課、生涯学習課",
                     "高齢者等を対象に、公民館等でスマートフォンの使い方教室を開催します。",
                     [("スマートフォン教室の受講者数（累計）", "150人", "1,500人")],
                     "令和7年度～令和11年度", years(2025, 2029), "令和7年度　800千円"),
                ],
            ),
            (
                "データの活用",
                [
                    ("オープンデータの公開", "企画課",
                     "市が保有するデータを機械判読に適した形式で公開し、民間での活用を促します。",
                     [("公開しているデータセットの数", "30件", "120件")],
                     "令和7年度～令和11年度", years(2025, 2029), "－"),
                    ("地図情報（GIS）の共有", "都市計画課、デジタル推進課",
                     "各課が個別に管理している地図情報を統合型GISに集約し、庁内で共有します。",
                     [],
                     "令和9年度　導入、令和10年度～令和11年度　運用", years(2027, 2029), "令和9年度　15,000千円"),
                ],
            ),
        ],
    ),
]  # fmt: skip

_CIRCLED = "①②③④⑤⑥⑦⑧⑨"
_WIDE = str.maketrans("0123456789", "０１２３４５６７８９")


def tsukigase_html() -> str:
    indent = 'style="margin-left:{}cm"'
    body = [
        '<p style="margin-top:8cm; font-size:22pt" align=center>月ヶ瀬市ＤＸ推進計画</p>',
        '<p align=center style="font-size:14pt">（令和７年度～令和11年度）</p>',
        '<p align=center style="font-size:12pt; margin-top:6cm">令和７年３月</p>',
        '<p align=center style="font-size:14pt">月ヶ瀬市</p>',
        '<p style="page-break-before:always; font-size:14pt" align=center>目　次</p>',
        "<p>第１章　計画の概要 ………………………………………………… 1</p>",
        "<p>第２章　施策の展開 ………………………………………………… 2</p>",
    ]
    page = 2
    for n, (goal, measures) in enumerate(_TSUKIGASE, start=1):
        body.append(f"<p {indent.format(0.5)}>基本目標{str(n).translate(_WIDE)}　{goal} …………… {page}</p>")
        for m, (measure, _) in enumerate(measures, start=1):
            body.append(f"<p {indent.format(1.0)}>（{str(m).translate(_WIDE)}）{measure} …………… {page}</p>")
        page += 1
    body += [
        "<p>第３章　計画の推進 ………………………………………………… 6</p>",
        '<p style="page-break-before:always; font-size:14pt"><b>第１章　計画の概要</b></p>',
        "<p><b>１　計画策定の趣旨</b></p>",
        "<p>　少子高齢化と人口減少が進む中、市民サービスの質を保ちながら行政運営を効率化するため、デジタル技術を"
        "活用した変革（ＤＸ）を全庁で進める必要があります。本計画は、国の「自治体ＤＸ推進計画」を踏まえ、本市が"
        "取り組むＤＸの方向性と具体的な取組を定めるものです。</p>",
        "<p><b>２　計画期間</b></p>",
        "<p>　令和７年度から令和11年度までの５年間とします。社会情勢や技術の進展に応じて、毎年度見直します。</p>",
        "<p><b>３　計画の見方</b></p>",
        "<p>　各取組には、担当課、取組内容、成果指標（［指標］）、工程（［工程］）及び主な事業費（［事業費］）を記載しています。"
        "現状値は令和５年度の実績です。</p>",
        '<p style="page-break-before:always; font-size:14pt"><b>第２章　施策の展開</b></p>',
    ]
    for n, (goal, measures) in enumerate(_TSUKIGASE, start=1):
        body.append(
            f'<p style="font-size:12pt; margin-top:10pt; background:#DDDDDD">'
            f"<b>基本目標{str(n).translate(_WIDE)}　{goal}</b></p>"
        )
        for m, (measure, entries) in enumerate(measures, start=1):
            body.append(f"<p {indent.format(0.3)}><b>（{str(m).translate(_WIDE)}）{measure}</b></p>")
            for k, (title, department, content, indicators, steps, _, money) in enumerate(entries):
                body.append(f'<p style="margin-left:0.6cm; margin-top:6pt">{_CIRCLED[k]}　{title}'
                            f"【担当課：{department}】</p>")  # fmt: skip
                body.append(f"<p {indent.format(1.2)}>{_esc(content)}</p>")
                if len(indicators) == 1:
                    name, base, target = indicators[0]
                    body.append(f"<p {indent.format(1.2)}>［指標］{name}　現状値 {base}（令和5年度）→ 目標値 "
                                f"{target}（令和11年度）</p>")  # fmt: skip
                elif indicators:
                    body.append(f"<p {indent.format(1.2)}>［指標］</p>")
                    for name, base, target in indicators:
                        body.append(f"<p {indent.format(1.6)}>・{name}　現状値 {base}（令和5年度）→ 目標値 "
                                    f"{target}（令和11年度）</p>")  # fmt: skip
                body.append(f"<p {indent.format(1.2)}>［工程］{steps}</p>")
                body.append(f"<p {indent.format(1.2)}>［事業費］{money}</p>")
    body += [
        '<p style="page-break-before:always; font-size:14pt"><b>第３章　計画の推進</b></p>',
        "<p>　本計画は、市長を本部長とする月ヶ瀬市ＤＸ推進本部のもとで推進します。各取組の進捗は毎年度、担当課が"
        "成果指標の実績とあわせて報告し、ＤＸ推進本部で評価した上で、市ホームページで公表します。</p>",
    ]
    return _writer_page("".join(body), header="月ヶ瀬市ＤＸ推進計画")


def _tsukigase() -> list[dict[str, Any]]:
    items = []
    for n, (_, measures) in enumerate(_TSUKIGASE, start=1):
        for m, (_, entries) in enumerate(measures, start=1):
            for k, (title, department, _, indicators, _, steps, _) in enumerate(entries, start=1):
                found = tuple(kpi((2023, _number(b)), (2029, _number(t))) for _, b, t in indicators)
                items.append(item(f"{n}-{m}-{k}", title, department.split("、"), found, steps))
    return items


#: 基本目標 n > （m） > k-th ① is n-m-k; 現状値（令和5年度） 2023, 目標値（令和11年度） the final target alone; ［工程］ every
#: year it names (「令和7年度 検討、令和8年度～令和9年度 導入」 2025–2027).
TSUKIGASE = _tsukigase()


# --- 久米原町: 工程表 in Calc, the years shaded --------------------------------------------------------------------

#: (基本方針, [(No., 取組名, 概要, 担当課, [(first fy, last fy, word or "")])]).
_KUMEHARA: list[tuple[str, list[tuple[str, str, str, str, list[tuple[int, int, str]]]]]] = [
    (
        "１　くらしの利便性向上",
        [
            ("1", "電子申請の拡充", "子育て・介護など住民に身近な手続からオンライン申請を順次拡大する", "住民課",
             [(2025, 2025, "検討"), (2026, 2029, "導入")]),
            ("2", "窓口予約システムの導入", "窓口の来庁予約をスマートフォンから受け付け、待ち時間を減らす", "住民課",
             [(2026, 2026, "検討"), (2027, 2029, "導入")]),
            ("3", "証明書のコンビニ交付", "住民票の写し等をコンビニエンスストアで交付する", "住民課",
             [(2025, 2025, "導入"), (2026, 2029, "運用")]),
            ("4", "窓口のキャッシュレス決済", "手数料等の支払に電子マネー・QRコード決済を導入する", "会計課",
             [(2025, 2026, "検討"), (2027, 2027, "導入")]),
            ("5", "防災アプリの配信", "避難情報や避難所の開設状況をスマートフォンアプリで配信する", "総務課",
             [(2027, 2028, "検討"), (2029, 2029, "導入")]),
        ],
    ),
    (
        "２　役場の仕事の効率化",
        [
            ("6", "AI議事録作成の活用", "会議録の作成にAI音声認識を活用する", "総務課",
             [(2025, 2029, "継続")]),
            ("7", "RPAによる定型業務の自動化", "給与・税の定型的な入力作業をRPAで自動化する", "企画財政課",
             [(2025, 2025, "検討"), (2026, 2026, "導入"), (2027, 2029, "運用")]),
            ("8", "基幹業務システムの標準化", "住民記録・税等の基幹業務システムを標準準拠システムへ移行する",
             "企画財政課", [(2025, 2025, "移行")]),
            ("9", "職員の情報セキュリティ研修", "全職員を対象にした情報セキュリティ研修を毎年度実施する", "総務課",
             [(2025, 2029, "")]),
        ],
    ),
    (
        "３　地域のデジタル化",
        [
            ("10", "学習用端末の更新", "GIGAスクール構想で整備した児童生徒の端末を更新する", "教育総務課",
             [(2025, 2025, "検討"), (2026, 2026, "更新")]),
            ("11", "高齢者スマホ教室", "公民館でスマートフォンの使い方教室を開催する", "福祉課",
             [(2025, 2029, "実施")]),
            ("12", "観光施設の公衆無線LAN", "主要な観光施設に公衆無線LANを整備する", "産業振興課",
             [(2026, 2026, "検討"), (2028, 2028, "導入")]),
        ],
    ),
]  # fmt: skip

_K_YEARS = "EFGHI"  # 令和７年度 … 令和11年度 (2025 … 2029)
_K_WIDTHS = [6.0, 26.0, 46.0, 14.0, 11.0, 11.0, 11.0, 11.0, 11.0]
STUDY_FILL = PatternFill("solid", fgColor="FFF2CC")
STEP_FILL = PatternFill("solid", fgColor="BDD7EE")


def kumehara_xlsx() -> bytes:
    """久米原町's 工程表: each step's years shaded, its word in the first of them."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "工程表"
    sheet["A1"] = "久米原町ＤＸ推進計画　工程表（令和７年度～令和11年度）"
    sheet["A1"].font = Font(name=FONT, size=16, bold=True)
    sheet.merge_cells("A1:I1")
    for column, label in enumerate(("No.", "取組名", "取組の概要", "担当課", "実施年度"), start=1):
        _cell(sheet, 2, column, label, CENTRE)
    for column, label in enumerate(
        ("令和７年度", "令和８年度", "令和９年度", "令和10年度", "令和11年度"), start=5
    ):
        _cell(sheet, 3, column, label, CENTRE)
    for row in (2, 3):
        for column in range(1, 10):
            sheet.cell(row, column).border = RULED
            sheet.cell(row, column).fill = HEAD_FILL
    for cells in ("A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:I2"):
        sheet.merge_cells(cells)
    sheet.row_dimensions[2].height = sheet.row_dimensions[3].height = 22
    row = 4
    for policy, entries in _KUMEHARA:
        _cell(sheet, row, 1, policy)
        for column in range(1, 10):
            sheet.cell(row, column).border = RULED
            sheet.cell(row, column).fill = SECTION_FILL
        sheet.merge_cells(f"A{row}:I{row}")
        sheet.row_dimensions[row].height = 22
        row += 1
        for number, title, summary, department, steps in entries:
            _cell(sheet, row, 1, int(number), CENTRE)
            _cell(sheet, row, 2, title)
            _cell(sheet, row, 3, summary)
            _cell(sheet, row, 4, department, CENTRE)
            for column in _K_YEARS:
                _cell(sheet, row, " ABCDEFGHI".index(column), None, CENTRE)
            for first, last, word in steps:
                fill = STUDY_FILL if word == "検討" else STEP_FILL
                for fy in range(first, last + 1):
                    sheet[f"{_K_YEARS[fy - 2025]}{row}"].fill = fill
                if word:
                    sheet[f"{_K_YEARS[first - 2025]}{row}"] = word
            _fit_height(sheet, row, _K_WIDTHS[:4], [None, title, summary, department])
            sheet.row_dimensions[row].height = max(sheet.row_dimensions[row].height or 0, 30)
            row += 1
    legend = "※ 網掛けは取組を実施する年度を示します（黄色：検討、青色：導入・運用等）。"
    sheet.cell(row + 1, 1, legend).font = Font(name=FONT, size=10)
    for column, width in zip("ABCDEFGHI", _K_WIDTHS, strict=True):
        sheet.column_dimensions[column].width = width
    _print_setup(sheet, paper=sheet.PAPERSIZE_A3, area=f"A1:I{row + 1}", titles="2:3", header="久米原町")
    return save(book)


def _kumehara() -> list[dict[str, Any]]:
    items = []
    for _, entries in _KUMEHARA:
        for number, title, _, department, steps in entries:
            shaded = sorted({fy for first, last, _ in steps for fy in range(first, last + 1)})
            items.append(item(number, title, [department], (), tuple(shaded)))
    return items


#: Every shaded year is the schedule (with a word or without: 9 shaded 2025–2029 with none, 12 2026 and 2028); no KPI.
KUMEHARA = _kumehara()


# --- 楢葉台市: a card a 取組 in Word, a KPI table inside -----------------------------------------------------------

#: (基本方針, [(番号, 取組名, 担当課, 現状と課題, 取組内容, [(指標, 現状値 R5, 目標値 R10)], スケジュール, years)]).
_NARAHADAI: list[
    tuple[str, list[tuple[str, str, str, str, str, list[tuple[str, str, str]], str, range | tuple[int, ...]]]]
] = [
    (
        "基本方針１　便利な市民サービス",
        [
            ("1-1", "行政手続のオンライン化", "デジタル推進課",
             "オンラインで申請できる手続が限られており、来庁が必要な手続が多く残っている。",
             "国のマイナポータルと市の電子申請システムを活用し、申請件数の多い手続から順にオンライン化する。",
             [("オンライン化した手続の数", "65手続", "200手続")],
             "令和6年度～令和10年度：順次拡大", years(2024, 2028)),
            ("1-2", "窓口サービスの改善", "市民課、デジタル推進課",
             "繁忙期には窓口の待ち時間が1時間を超えることがあり、申請書の記入の負担も大きい。",
             "申請書の作成を支援するシステムを導入し、「書かない」「待たない」窓口をつくる。",
             [("窓口の平均待ち時間", "30分", "15分"), ("申請書を書かずに済む手続の数", "0手続", "30手続")],
             "令和6年度：検討　令和7年度～令和10年度：実施", years(2024, 2028)),
            ("1-3", "キャッシュレス決済の拡大", "会計課",
             "市の施設では現金でしか支払えないところが多い。",
             "市の施設の使用料や窓口の手数料を、キャッシュレスで支払えるようにする。",
             [("キャッシュレス決済に対応した施設の割合", "20%", "80%")],
             "令和7年度～令和9年度：導入", years(2025, 2027)),
        ],
    ),
    (
        "基本方針２　スマートな市役所",
        [
            ("2-1", "RPAの活用", "行政改革課",
             "定型的な入力作業に多くの時間を費やしている。",
             "業務量の多い定型業務を洗い出し、RPAによる自動化を進める。",
             [("RPAによる削減時間（年間）", "900時間", "4,000時間")],
             "令和6年度～令和10年度：実施", years(2024, 2028)),
            ("2-2", "文書管理の電子化", "総務課",
             "決裁の多くを紙で行っており、文書の保管場所や検索に手間がかかっている。",
             "文書管理システムを導入し、起案から保存までを電子で行う。",
             [("電子決裁率", "25.0%", "90.0%")],
             "令和6年度：導入　令和7年度～令和10年度：運用", years(2024, 2028)),
            ("2-3", "職員のデジタル人材育成", "人事課",
             "デジタル技術を業務改善に生かせる職員が不足している。",
             "階層別のＤＸ研修を実施し、各課にデジタル推進リーダーを置く。",
             [("ＤＸ研修の修了者数（累計）", "30人", "300人")],
             "令和6年度～令和10年度：実施", years(2024, 2028)),
        ],
    ),
    (
        "基本方針３　データでつながる地域",
        [
            ("3-1", "オープンデータの推進", "企画課",
             "公開しているデータが少なく、形式もそろっていない。",
             "推奨データセットに沿ってデータを公開し、活用事例を紹介する。",
             [("公開しているデータセットの数", "40件", "150件")],
             "令和6年度～令和10年度：実施", years(2024, 2028)),
            ("3-2", "地域のデジタル活用支援", "地域振興課、高齢福祉課",
             "高齢者を中心に、スマートフォンを使いこなせない市民が多い。",
             "地域の集会所で、スマートフォンの使い方を学ぶ講習会を開催する。",
             [("スマートフォン講習会の参加者数（年間）", "120人", "500人")],
             "令和7年度～令和10年度：実施", years(2025, 2028)),
        ],
    ),
]  # fmt: skip


def narahadai_html() -> str:
    label = '<td bgcolor="#E2EFDA" width="18%" valign=top>{}</td>'
    body = [
        '<p align=center style="font-size:16pt">楢葉台市デジタル化アクションプラン</p>',
        '<p align=center style="font-size:11pt">（令和６年度～令和10年度）</p>',
        "<p>　本アクションプランは、楢葉台市ＤＸ推進方針に基づく具体的な取組を、取組ごとの個票としてまとめたものです。"
        "成果指標の現状値は令和５年度の実績です。</p>",
    ]
    for policy, cards in _NARAHADAI:
        body.append(f'<p style="font-size:13pt; margin-top:10pt"><b>{_esc(policy)}</b></p>')
        for number, title, department, issues, content, indicators, schedule, _ in cards:
            table = ['<table border=1 cellspacing=0 cellpadding=4 width="100%">']
            for key, value in (
                ("取組番号", number),
                ("取組名", title),
                ("担当課", department),
                ("現状と課題", issues),
                ("取組内容", content),
            ):
                table.append(f"<tr>{label.format(key)}<td colspan=3>{_esc(value)}</td></tr>")
            # 成果指標: the label merged down beside a small table of its own (the cell split in three)
            table.append(f'<tr><td bgcolor="#E2EFDA" valign=top rowspan={len(indicators) + 1}>成果指標</td>')
            table += [
                f'<td bgcolor="#F2F2F2" align=center width="{w}%">{h}</td>'
                for h, w in (("指標", 46), ("現状値（令和5年度）", 18), ("目標値（令和10年度）", 18))
            ]
            table.append("</tr>")
            for name, base, target in indicators:
                table.append(
                    f"<tr><td>{_esc(name)}</td><td align=right>{base}</td><td align=right>{target}</td></tr>"
                )
            table.append(f"<tr>{label.format('スケジュール')}<td colspan=3>{_esc(schedule)}</td></tr>")
            table.append("</table><p>　</p>")
            body.append("".join(table))
    return _writer_page("".join(body), header="楢葉台市デジタル化アクションプラン")


def _narahadai() -> list[dict[str, Any]]:
    items = []
    for _, cards in _NARAHADAI:
        for number, title, department, _, _, indicators, _, steps in cards:
            found = tuple(kpi((2023, _number(b)), (2028, _number(t))) for _, b, t in indicators)
            items.append(item(number, title, department.split("、"), found, steps))
    return items


#: 現状値（令和5年度） 2023, 目標値（令和10年度） the final target alone (a card's KPI table); スケジュール every year named.
NARAHADAI = _narahadai()


# --- 沢渡村: wrapped cells, merged 分野, header repeated --------------------------------------------------------------

#: (分野, [(No., 取組名, 取組内容, 担当課, 成果指標, 現状値 R5, 目標値 R9, 実施時期, years)]).
_SAWATARI: list[tuple[str, list[tuple[str, str, str, str, str, str, str, str, range]]]] = [
    (
        "行政サービス",
        [
            ("1", "村公式ホームページの刷新",
             "スマートフォンで見やすく、必要な情報にすぐたどり着けるよう、村公式ホームページを全面的に刷新する。"
             "ウェブアクセシビリティの基準（JIS X 8341-3）に対応し、外国語の自動翻訳も導入する。あわせて、各課が"
             "自ら記事を更新できるよう、コンテンツ管理システムの操作研修を行う。",
             "総務課", "ホームページの閲覧数（年間）", "85,000件", "150,000件", "R6～R7", years(2024, 2025)),
            ("2", "オンライン申請の導入",
             "住民票の写しの請求や各種届出など、住民の利用が多い手続から順にオンラインで申請できるようにする。"
             "手数料はクレジットカード等で納付できるようにし、郵送での交付にも対応する。",
             "住民課", "オンラインで申請できる手続の数", "5手続", "40手続", "R6～R9", years(2024, 2027)),
            ("3", "マイナンバーカードの活用",
             "出張申請受付や休日窓口によりマイナンバーカードの取得を支援する。取得したカードで証明書のコンビニ交付"
             "や健康保険証の利用ができるよう、周知と相談対応を行う。",
             "住民課", "マイナンバーカードの保有率", "68.0%", "90.0%", "R6～R9", years(2024, 2027)),
            ("4", "税・使用料のキャッシュレス納付",
             "村税や水道料金、施設使用料をスマートフォン決済やクレジットカードで納付できるようにする。役場の窓口"
             "でも、電子マネーやQRコード決済で手数料を支払えるよう、決済端末を導入する。金融機関の少ない地域の"
             "住民の負担を減らす。",
             "税務会計課", "キャッシュレス納付の割合", "4.0%", "25.0%", "R7～R9", years(2025, 2027)),
        ],
    ),
    (
        "行政運営",
        [
            ("5", "テレワーク・Web会議の活用",
             "庁内外の会議をWeb会議で開催できる環境を整え、県や近隣町村との会議、研修への参加に活用する。"
             "災害時や感染症の流行時にも業務を継続できるよう、テレワーク用の端末を配備する。",
             "総務課", "Web会議の実施回数（年間）", "60回", "300回", "R6～R9", years(2024, 2027)),
            ("6", "基幹業務システムの標準化",
             "住民記録、税、福祉等の基幹業務システムを、国が定める標準仕様に準拠したシステムへ移行する。"
             "移行にあわせて業務の流れを見直し、帳票や様式を統一する。",
             "総務課", "標準準拠システムへの移行率", "0%", "100%", "R6～R7", years(2024, 2025)),
            ("7", "AI-OCR・RPAの導入",
             "紙の申請書の読み取りにAI-OCRを、定型的なデータ入力にRPAを導入し、少ない職員でも業務を回せるように"
             "する。近隣町村との共同利用も検討する。",
             "総務課", "AI-OCR・RPAによる削減時間（年間）", "0時間", "800時間", "R7～R9", years(2025, 2027)),
        ],
    ),
    (
        "地域・産業",
        [
            ("8", "農業へのドローン活用",
             "水稲の農薬散布や生育状況の確認にドローンを活用する農業者を支援する。操縦の講習会を開催し、機体の"
             "導入費用の一部を補助する。",
             "産業建設課", "ドローンによる防除面積", "12ha", "80ha", "R6～R9", years(2024, 2027)),
            ("9", "観光情報のデジタル発信",
             "村の観光資源や季節の行事を、SNSや動画配信サービスで発信する。観光客の動向を把握するため、人流データ"
             "の活用も検討する。",
             "産業建設課", "観光SNSのフォロワー数", "1,200人", "5,000人", "R6～R9", years(2024, 2027)),
            ("10", "鳥獣被害対策へのICT活用",
             "わなに捕獲を知らせるセンサーを取り付け、見回りの負担を減らす。捕獲の位置情報を地図で共有し、被害の"
             "多い地域の対策に生かす。",
             "産業建設課", "ICTを活用した捕獲わなの数", "3基", "20基", "R7～R9", years(2025, 2027)),
        ],
    ),
    (
        "教育・福祉",
        [
            ("11", "GIGAスクール構想の推進",
             "児童生徒一人一台の端末を日常的に授業で活用できるよう、教員の研修と支援員の配置を行う。"
             "家庭での学習にも端末を活用する。",
             "教育課", "端末を毎日活用する児童生徒の割合", "55%", "95%", "R6～R9", years(2024, 2027)),
            ("12", "高齢者の見守りサービス",
             "一人暮らしの高齢者の住宅に見守りセンサーを設置し、異常があれば家族や民生委員に知らせる仕組みをつくる。",
             "保健福祉課", "見守りセンサーの利用世帯数", "10世帯", "60世帯", "R6～R8", years(2024, 2026)),
            ("13", "オンライン診療の支援",
             "診療所と連携し、通院が難しい高齢者が公民館等でオンライン診療を受けられる環境を整える。",
             "保健福祉課", "オンライン診療の利用件数（年間）", "0件", "120件", "R8～R9", years(2026, 2027)),
        ],
    ),
]  # fmt: skip

_S_WIDTHS = [7.0, 5.0, 16.0, 34.0, 12.0, 20.0, 11.0, 11.0, 10.0]


def sawatari_xlsx() -> bytes:
    """沢渡村's 取組一覧: 分野 merged down its rows, long 取組内容 wrapped, the header repeated on each page."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "取組一覧"
    sheet["A1"] = "沢渡村情報化推進計画　取組一覧"
    sheet["A1"].font = Font(name=FONT, size=14, bold=True)
    sheet.merge_cells("A1:I1")
    header = ["分野", "No.", "取組名", "取組内容", "担当課", "成果指標", "現状値\n（R5）", "目標値\n（R9）",
              "実施時期"]  # fmt: skip
    for column, label in enumerate(header, start=1):
        _cell(sheet, 2, column, label, CENTRE)
        sheet.cell(2, column).fill = HEAD_FILL
    sheet.row_dimensions[2].height = 32
    row = 3
    for field, entries in _SAWATARI:
        top = row
        for number, title, content, department, name, base, target, when, _ in entries:
            _cell(sheet, row, 1, field if row == top else None, CENTRE, 11)
            _cell(sheet, row, 2, int(number), Alignment(horizontal="center", vertical="top"), 11)
            _cell(sheet, row, 3, title, TOP_LEFT, 11)
            _cell(sheet, row, 4, content, TOP_LEFT, 11)
            _cell(
                sheet, row, 5, department, Alignment(horizontal="center", vertical="top", wrap_text=True), 11
            )
            _cell(sheet, row, 6, name, TOP_LEFT, 11)
            _cell(sheet, row, 7, base, Alignment(horizontal="right", vertical="top"), 11)
            _cell(sheet, row, 8, target, Alignment(horizontal="right", vertical="top"), 11)
            _cell(sheet, row, 9, when, Alignment(horizontal="center", vertical="top"), 11)
            _fit_height(sheet, row, _S_WIDTHS[1:6], [number, title, content, department, name], size=11)
            row += 1
        sheet.merge_cells(f"A{top}:A{row - 1}")
    sheet.cell(row + 1, 1, "※ 現状値は令和５年度末、目標値は令和９年度末の数値です。").font = Font(
        name=FONT, size=10
    )
    for column, width in zip("ABCDEFGHI", _S_WIDTHS, strict=True):
        sheet.column_dimensions[column].width = width
    _print_setup(sheet, paper=sheet.PAPERSIZE_A4, area=f"A1:I{row + 1}", titles="2:2", header="沢渡村")
    return save(book)


def _sawatari() -> list[dict[str, Any]]:
    items = []
    for _, entries in _SAWATARI:
        for number, title, _, department, _, base, target, _, steps in entries:
            t = _number(target)
            items.append(
                item(
                    number, title, [department], (kpi((2023, _number(base)), (2027, t), ((2027, t),)),), steps
                )
            )
    return items


#: 現状値（R5） 2023, 目標値（R9） 2027's target and the final one; 実施時期 「R6～R9」 2024–2027.
SAWATARI = _sawatari()


PLANS: dict[str, tuple[str, list[dict[str, Any]]]] = {
    "yanase_shinchoku.pdf": ("柳瀬市", YANASE),
    "takeno_kpi.pdf": ("竹野町", TAKENO),
    "tsukigase_outline.pdf": ("月ヶ瀬市", TSUKIGASE),
    "kumehara_kouteihyou.pdf": ("久米原町", KUMEHARA),
    "narahadai_cards.pdf": ("楢葉台市", NARAHADAI),
    "sawatari_bunya.pdf": ("沢渡村", SAWATARI),
}

_WRITER = {
    "takeno_kpi.pdf": takeno_html,
    "tsukigase_outline.pdf": tsukigase_html,
    "narahadai_cards.pdf": narahadai_html,
}
_CALC = {
    "yanase_shinchoku.pdf": yanase_xlsx,
    "kumehara_kouteihyou.pdf": kumehara_xlsx,
    "sawatari_bunya.pdf": sawatari_xlsx,
}


_, _, pdf, expected = batch_documents(PLANS, calc=_CALC, writer_html=_WRITER)


def pdfs() -> None:
    """Print every document not cached yet (two LibreOffice starts)."""
    calc_saved_all({name.removesuffix(".pdf"): make() for name, make in _CALC.items()}, "pdf")
    print_all_with_writer(
        [(make(), name.removesuffix(".pdf")) for name, make in _WRITER.items()], ruled=False
    )
