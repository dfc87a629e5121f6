"""A forty-fifth batch of plans no reader was written against (the readers' code was not read): five plans in shapes the
batches before lack, each as the office keeps it — a workbook, a Word document, a web page, a CSV — uploaded as it is
and, where an office prints it, printed (LibreOffice Calc, LibreOffice Writer, Chromium) and read as the PDF, through
``pdftotext -layout`` and through plain ``pdftotext``:

- 琥珀野市's ＤＸ推進計画 取組一覧 (``kohakuno_ichiran.ods``, R7–R10): kept in LibreOffice Calc and SAVED AS .ods, its own
  format — 基本目標 rows merged across, 「番号 | 取組名 | 担当課 | 成果指標 | 現状値（R6） | 目標値（R10） | R7 … R10」,
  「○」 a year, a row HIDDEN (an old 取組 marked 「【廃止】」, hidden rather than deleted), repeated empty cells as Calc
  writes them (``table:number-columns-repeated``);
- 瑠璃野町's 成果指標 進捗管理表 (``rurino_hanki.xlsx`` and its Calc print, R6–R8): each year's columns HALF-YEARLY —
  「令和６年度」 merged over 「目標 | 上半期実績 | 下半期実績」, the 実績 each half's end total (「※実績は９月末・３月末時点の
  累計値」), so that the 下半期 figure is the year's 実績 and the 上半期 one no year's; R7's 下半期 not yet in (blank); a 単位
  column, a 実施期間 「R6～R8」;
- 翡翠原市's ＤＸ推進計画 (``hisuihara_seireki.docx`` and its Writer export, 2025–2027): 取組 a paragraph Word NUMBERS
  ITSELF (「1.」 … 「8.」 in no paragraph's text, counting on across the 基本方針 headings), each followed by 「担当課：…」,
  a 内容 line, 「実施時期：2025年度～2027年度」 and a KPI TABLE 「成果指標 | 基準値（2023年度） | 2025年度 | 2026年度 |
  2027年度（目標）」 — years in 西暦, 令和 in places (the period 「2025年度～2027年度（令和７年度～令和９年度）」, one 実施時期
  「令和７年度～令和８年度」);
- 珊瑚浜市's ＤＸアクションプラン web page (``sangohama_cms.html`` uploaded, and printed by Chromium, R6–R9): a CMS page
  (site header, breadcrumb, 「このページの情報は役に立ちましたか」 form in the footer) whose list is ONE TABLE A 基本目標,
  each named by its ``<caption>`` 「基本目標１　…」, the header repeated in each 「番号 | 取組 | 担当課 | 指標 | 現状値（令和5年度）
  | 目標値（令和9年度） | 実施年度」, numbers running on 1 … 8 across the tables;
- 水晶谷町's 進捗管理システム export (``suishodani_export.csv``, R6–R8): a CSV as Excel saves 「CSV UTF-8」 — a BOM, CRLF —
  in LONG FORM, a row a 取組 a 年度: 「取組ID,取組名,担当課,年度,計画内容,指標名,単位,目標値,実績値,進捗」, the 取組's
  columns repeated on each of its rows, 計画内容 of several lines quoted, 実績値 blank for a year not yet closed, the
  年度 written 「令和6年度」.

``PLANS[name]`` is the plan each document states, read as a careful person reads it, by the earlier batches' conventions:
codes as written (琥珀野市 「1-1」, Word's own numbers 「1」 …, 珊瑚浜市 「1」 …, 水晶谷町's ID 「S-01」); 担当課 the 課 as
written, split at 「、」; a 現状値 / 基準値 the baseline of its year; a 目標値 column headed with its year the final target and
that year's target; each year's 目標 that year's target, the last the final target; a year's 実績 the figure for the
whole year (瑠璃野町's 下半期, 水晶谷町's 実績値), an interim half-year figure none; a schedule every year marked
(「○」), every year of a span, every year 水晶谷町's 計画内容 is not 「－」. The 上半期 figures are no indicator's. A hidden
row is read as the readers read one (hiding is not deleting: batch 41's 栗林町), 琥珀野市's 【廃止】 取組 kept as batch
30's 茜沢町 keeps its own.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import docx
import openpyxl
from docx.oxml import parse_xml
from docx.shared import Mm, Pt
from openpyxl.styles import Font

from ..unseen_harness import save
from .batch_documents import batch_documents
from .docparts import (
    CENTRE,
    FONT,
    HEAD_FILL,
    LEFT,
    SECTION_FILL,
    _cell,
    _esc,
    _offices,
    _page,
    _print_setup,
    _ruled,
    _value,
    _widths,
)
from .unseen import item, kpi, years
from .unseen30 import _span
from .unseen41 import _title

KOHAKUNO = "kohakuno_ichiran.ods"
RURINO = "rurino_hanki.xlsx"
RURINO_PDF = "rurino_hanki.pdf"
HISUIHARA = "hisuihara_seireki.docx"
HISUIHARA_PDF = "hisuihara_seireki.pdf"
SANGOHAMA = "sangohama_cms.html"
SANGOHAMA_PDF = "sangohama_cms.pdf"
SUISHODANI = "suishodani_export.csv"

_A4 = 9
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _reiwa(year: str) -> int:
    """The fiscal year of 「R7」."""
    return 2018 + int(year.removeprefix("R"))


# --- 琥珀野市: a Calc workbook saved as .ods ---------------------------------------------------------------------------

_KH_YEARS = ("R7", "R8", "R9", "R10")

#: (基本目標, [(番号, 取組名, 担当課, 成果指標 (None 「－」), 現状値（R6）, 目標値（R10）, years marked, hidden)]).
_KOHAKUNO: list[tuple[str, list[tuple[Any, ...]]]] = [
    ("基本目標１　手続がかんたんなまち", [
        ("1-1", "電子申請の拡充", "市民課、デジタル推進課", "電子申請できる手続数", "54手続", "220手続",
         ("R7", "R8", "R9", "R10"), False),
        ("1-2", "窓口予約システムの導入", "市民課", "予約による来庁の割合", "0％", "25％", ("R8", "R9", "R10"), False),
        ("1-3", "【廃止】ＦＡＸ申請の受付拡大", "総務課", None, "－", "－", ("R7",), True),
        ("1-4", "公金収納のキャッシュレス化", "会計課", "キャッシュレス収納の割合", "11.0％", "40.0％",
         ("R7", "R8", "R9", "R10"), False),
    ]),
    ("基本目標２　しなやかな市役所", [
        ("2-1", "基幹業務システムの標準化", "情報政策課", None, "－", "－", ("R7",), False),
        ("2-2", "生成ＡＩの活用", "行政経営課", "生成ＡＩによる削減時間（年間）", "300時間", "5,000時間",
         ("R7", "R8", "R9", "R10"), False),
        ("2-3", "会議のペーパーレス化", "総務課", "会議資料の印刷枚数（年間）", "85万枚", "30万枚",
         ("R7", "R8", "R9"), False),
    ]),
    ("基本目標３　デジタルでつながる地域", [
        ("3-1", "デジタル活用支援", "生涯学習課", "スマホ講座の受講者数（年間）", "260人", "800人",
         ("R7", "R8", "R9", "R10"), False),
    ]),
]  # fmt: skip


def kohakuno_xlsx() -> bytes:
    """The workbook as Calc holds it, before it is saved as .ods (``kohakuno_ods``)."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "取組一覧"
    _title(sheet, "琥珀野市ＤＸ推進計画　取組一覧（令和７年度～令和10年度）")
    sheet["A2"] = "○：実施年度　　現状値は令和６年度、目標値は令和10年度"
    sheet["A2"].font = Font(name=FONT, size=9)
    labels = ["番号", "取組名", "担当課", "成果指標", "現状値（R6）", "目標値（R10）", *_KH_YEARS]
    for column, label in enumerate(labels, start=1):
        _cell(sheet, 4, column, label, CENTRE)
    _ruled(sheet, 4, 1, len(labels), HEAD_FILL)
    row = 5
    for goal, entries in _KOHAKUNO:
        _cell(sheet, row, 1, goal, LEFT)
        _ruled(sheet, row, 1, len(labels), SECTION_FILL)
        sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=len(labels))
        row += 1
        for code, title, written, name, base, goal_value, marked, hidden in entries:
            values = [code, title, written, name or "－", base, goal_value]
            for column, value in enumerate(values, start=1):
                _cell(sheet, row, column, value, CENTRE if column in (1, 5, 6) else LEFT)
            for at, year in enumerate(_KH_YEARS):
                _cell(sheet, row, 7 + at, "○" if year in marked else None, CENTRE)
            sheet.row_dimensions[row].height = 30
            sheet.row_dimensions[row].hidden = hidden
            row += 1
    _widths(sheet, [7.0, 26.0, 20.0, 28.0, 11.0, 11.0, 5.0, 5.0, 5.0, 5.0])
    _print_setup(sheet, paper=_A4, area=f"A1:J{row - 1}", titles="$4:$4", header="琥珀野市")
    return save(book)


def kohakuno_ods() -> bytes:
    """The workbook saved by LibreOffice Calc as .ods (cached)."""
    from ..samplexlsx import calc_saved

    return calc_saved(kohakuno_xlsx(), "kohakuno_ichiran", "ods").read_bytes()


def _kohakuno_plan() -> list[dict[str, Any]]:
    out = []
    for _, entries in _KOHAKUNO:
        for code, title, written, name, base, goal, marked, _ in entries:
            final = (2028, _value(goal))
            found = (kpi((2024, _value(base)), final, (final,)),) if name else ()
            out.append(item(code, title, _offices(written), found, tuple(_reiwa(y) for y in marked)))
    return out


# --- 瑠璃野町: a 進捗管理表 of half-yearly 実績 -------------------------------------------------------------------------

_RN_YEARS = ("令和６年度", "令和７年度")

#: (No., 取組名, 担当課, 指標名, 単位, 基準値（R5）, [(目標, 上半期実績, 下半期実績) R6, R7], 目標値（R8）, 実施期間, 評価).
_RURINO: list[tuple[Any, ...]] = [
    ("1", "電子申請の拡充", "総務課", "電子申請できる手続数", "手続", 20,
     [(40, 31, 44), (70, 58, None)], 100, "R6～R8", "Ａ"),
    ("2", "コンビニ交付の推進", "住民課", "コンビニ交付の利用件数", "件", 1200,
     [(2000, 900, 2150), (3000, 1650, None)], 4000, "R6～R8", "Ａ"),
    ("3", "公式ＬＩＮＥの活用", "企画課", "公式ＬＩＮＥの登録者数", "人", 1800,
     [(2500, 2210, 2480), (3200, 2900, None)], 4000, "R6～R8", "Ｂ"),
    ("4", "窓口キャッシュレス決済", "会計室、住民課", "キャッシュレス決済の割合", "％", 5.0,
     [(10.0, 7.5, 9.1), (15.0, 12.2, None)], 25.0, "R7～R8", "Ｂ"),
    ("5", "職員のデジタル研修", "総務課", "研修の受講者数", "人", 30,
     [(60, 25, 72), (90, 40, None)], 120, "R6～R8", "Ａ"),
    ("6", "ＲＰＡの導入", "企画課", "ＲＰＡで処理した業務数", "業務", 0,
     [(3, 1, 2), (6, 4, None)], 10, "R6～R8", "Ｃ"),
]  # fmt: skip


def rurino_xlsx() -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "進捗管理表"
    _title(sheet, "瑠璃野町デジタル化推進計画　成果指標進捗管理表（令和６年度～令和８年度）")
    sheet["A2"] = (
        "※実績は９月末・３月末時点の累計値。令和７年度の下半期実績は年度終了後に記入。評価はＡ～Ｄ。"
    )
    sheet["A2"].font = Font(name=FONT, size=9)
    fixed = ["No.", "取組名", "担当課", "指標名", "単位", "基準値\n（R5）"]
    for column, label in enumerate(fixed, start=1):
        _cell(sheet, 4, column, label, CENTRE)
        sheet.merge_cells(start_row=4, start_column=column, end_row=5, end_column=column)
    column = len(fixed) + 1
    for year in _RN_YEARS:
        _cell(sheet, 4, column, year, CENTRE)
        sheet.merge_cells(start_row=4, start_column=column, end_row=4, end_column=column + 2)
        for at, label in enumerate(("目標", "上半期実績", "下半期実績")):
            _cell(sheet, 5, column + at, label, CENTRE, size=9)
        column += 3
    for label in ("目標値\n（R8）", "実施期間", "評価"):
        _cell(sheet, 4, column, label, CENTRE)
        sheet.merge_cells(start_row=4, start_column=column, end_row=5, end_column=column)
        column += 1
    last = column - 1
    _ruled(sheet, 4, 1, last, HEAD_FILL)
    _ruled(sheet, 5, 1, last, HEAD_FILL)
    sheet.row_dimensions[5].height = 30
    for offset, (no, title, written, name, unit, base, halves, goal, span, grade) in enumerate(_RURINO):
        row = 6 + offset
        values = [no, title, written, name, unit, base]
        for target, first_half, second_half in halves:
            values += [target, first_half, second_half]
        values += [goal, span, grade]
        for at, value in enumerate(values, start=1):
            _cell(sheet, row, at, value, LEFT if at in (2, 3, 4) else CENTRE)
            if isinstance(value, float):
                sheet.cell(row, at).number_format = "0.0"
            elif isinstance(value, int) and value >= 1000:
                sheet.cell(row, at).number_format = "#,##0"
        sheet.row_dimensions[row].height = 30
    end = 5 + len(_RURINO)
    _widths(sheet, [5.0, 22.0, 14.0, 24.0, 6.0, 8.0, *([8.0] * 6), 8.0, 10.0, 6.0])
    _print_setup(sheet, paper=_A4, area=f"A1:O{end}", titles="$4:$5", header="瑠璃野町")
    return save(book)


def _rurino_plan() -> list[dict[str, Any]]:
    out = []
    for no, title, written, _, _, base, halves, goal, span, _ in _RURINO:
        targets = (*((2024 + at, float(t)) for at, (t, _, _) in enumerate(halves)), (2026, float(goal)))
        actuals = tuple(
            (2024 + at, float(done)) for at, (_, _, done) in enumerate(halves) if done is not None
        )
        found = kpi((2023, float(base)), (2026, float(goal)), targets, actuals)
        out.append(item(no, title, _offices(written), (found,), _span(span)))
    return out


# --- 翡翠原市: Word numbers the 取組 itself, a KPI table after each, years in 西暦 -----------------------------------------

#: (基本方針, [(取組名, 担当課, 内容, 実施時期 as written, [(成果指標, 基準値（2023年度）, 2025, 2026, 2027)])]).
_HISUIHARA: list[tuple[str, list[tuple[Any, ...]]]] = [
    ("基本方針１　市民の利便性の向上", [
        ("行政手続のオンライン化", "市民課、情報政策課", "申請件数の多い手続から順にオンラインで申請できるようにする。",
         "2025年度～2027年度", [("オンラインで申請できる手続数", "48手続", "90手続", "140手続", "200手続")]),
        ("証明書のコンビニ交付の推進", "市民課", "マイナンバーカードによるコンビニ交付の利用を広げる。",
         "2025年度～2027年度", [("コンビニ交付の利用率", "12.0％", "18.0％", "24.0％", "30.0％")]),
        ("キャッシュレス決済の導入", "会計課、税務課", "窓口で使える決済手段を増やし、市税の納付にも広げる。",
         "令和７年度～令和８年度", [("キャッシュレス決済に対応した窓口数", "2窓口", "8窓口", "15窓口", "15窓口"),
                                 ("市税のキャッシュレス納付の割合", "20％", "28％", "35％", "40％")]),
    ]),
    ("基本方針２　行政運営の効率化", [
        ("基幹業務システムの標準化", "情報政策課", "20業務のシステムを国の標準仕様に準拠したものへ移行する。",
         "2025年度", []),
        ("ＡＩ・ＲＰＡの活用", "行政改革推進課", "定型業務を自動化し、職員が対話や企画に使える時間を生み出す。",
         "2025年度～2027年度", [("ＡＩ・ＲＰＡによる削減時間（年間）", "1,200時間", "2,000時間", "3,500時間", "5,000時間")]),
        ("テレワークの推進", "職員課", "在宅勤務とサテライトオフィスの利用を進める。", "2026年度～2027年度",
         [("テレワークを実施した職員数（年間）", "35人", "60人", "120人", "200人")]),
    ]),
    ("基本方針３　地域のデジタル化", [
        ("デジタルデバイド対策", "生涯学習課、高齢福祉課", "地区の集会所でスマートフォン相談会を開く。",
         "2025年度～2027年度", [("相談会の参加者数（年間）", "150人", "300人", "450人", "600人")]),
        ("オープンデータの推進", "情報政策課", "推奨データセットを中心に、公開するデータを増やす。",
         "2026年度～2027年度", [("公開データセット数", "22件", "30件", "45件", "60件")]),
    ]),
]  # fmt: skip

_HS_HEAD = ("成果指標", "基準値（2023年度）", "2025年度", "2026年度", "2027年度（目標）")


def _numbered(paragraph: Any) -> None:
    paragraph._p.get_or_add_pPr().append(
        parse_xml(f'<w:numPr xmlns:w="{_W}"><w:ilvl w:val="0"/><w:numId w:val="92"/></w:numPr>')
    )


def hisuihara_docx() -> bytes:
    document = docx.Document()
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.right_margin = Mm(20)
    section.top_margin = section.bottom_margin = Mm(22)
    section.footer.paragraphs[0].text = "翡翠原市ＤＸ推進計画"
    numbering = document.part.numbering_part.element
    numbering.insert(
        0,
        parse_xml(
            f'<w:abstractNum xmlns:w="{_W}" w:abstractNumId="92"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
            '<w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/>'
            '<w:pPr><w:ind w:left="425" w:hanging="425"/></w:pPr></w:lvl></w:abstractNum>'
        ),
    )
    numbering.append(parse_xml(f'<w:num xmlns:w="{_W}" w:numId="92"><w:abstractNumId w:val="92"/></w:num>'))
    document.add_paragraph("翡翠原市ＤＸ推進計画", style="Title")
    document.add_paragraph("計画期間：2025年度～2027年度（令和７年度～令和９年度）")
    document.add_paragraph("第４章　具体的な取組", style="Heading 1")
    document.add_paragraph(
        "　基本方針ごとに取組を定めます。成果指標の基準値は2023年度（令和５年度）の実績、各年度の値はその年度の目標値です。"
    )
    for policy, entries in _HISUIHARA:
        document.add_paragraph(policy, style="Heading 2")
        for title, written, content, when, kpis in entries:
            heading = document.add_paragraph()
            run = heading.add_run(title)
            run.bold = True
            run.font.size = Pt(11.5)
            _numbered(heading)
            heading.paragraph_format.space_before = Pt(10)
            for line in (f"担当課：{written}", f"内容：{content}", f"実施時期：{when}"):
                detail = document.add_paragraph(line)
                detail.paragraph_format.left_indent = Mm(7.5)
                detail.paragraph_format.space_after = Pt(0)
            if not kpis:
                continue
            table = document.add_table(rows=1 + len(kpis), cols=len(_HS_HEAD))
            table.style = "Table Grid"
            for at, label in enumerate(_HS_HEAD):
                table.cell(0, at).text = label
            for row, values in enumerate(kpis, start=1):
                for at, value in enumerate(values):
                    table.cell(row, at).text = value
            for row in table.rows:
                for at, cell in enumerate(row.cells):
                    cell.width = Mm(58 if at == 0 else 27)
                    for paragraph in cell.paragraphs:
                        for run in paragraph.runs:
                            run.font.size = Pt(9)
    return save(document)


def _hisuihara_plan() -> list[dict[str, Any]]:
    out = []
    number = 0
    for _, entries in _HISUIHARA:
        for title, written, _, when, kpis in entries:
            number += 1
            found = []
            for _, base, *goals in kpis:
                targets = tuple((2025 + at, _value(goal)) for at, goal in enumerate(goals))
                found.append(kpi((2023, _value(base)), targets[-1], targets))
            first, _, last = when.partition("～")
            span = [_seireki(first), _seireki(last or first)]
            out.append(item(str(number), title, _offices(written), tuple(found), years(*span)))
    return out


def _seireki(written: str) -> int:
    """The fiscal year of 「2025年度」 or 「令和７年度」."""
    import unicodedata

    text = unicodedata.normalize("NFKC", written).removesuffix("年度")
    return 2018 + int(text.removeprefix("令和")) if text.startswith("令和") else int(text)


# --- 珊瑚浜市: a CMS page, a table a 基本目標 named by its caption ------------------------------------------------------------

#: (基本目標, [(番号, 取組, 担当課, 指標 (None 「－」), 現状値（令和5年度）, 目標値（令和9年度）, 実施年度)]).
_SANGOHAMA: list[tuple[str, list[tuple[Any, ...]]]] = [
    ("基本目標１　市民の手続をかんたんに", [
        ("1", "オンライン申請の拡充", "デジタル推進課", "オンライン申請できる手続数", "75手続", "300手続",
         "令和6年度～令和9年度"),
        ("2", "書かない窓口の導入", "市民課", "書かない窓口で受け付けた件数（年間）", "0件", "15,000件",
         "令和7年度～令和9年度"),
        ("3", "手数料のキャッシュレス化", "市民課、会計課", "キャッシュレス決済の利用割合", "6.5％", "30.0％",
         "令和6年度～令和9年度"),
    ]),
    ("基本目標２　職員の働き方を変える", [
        ("4", "基幹業務システムの標準化", "デジタル推進課", None, "－", "－", "令和6年度～令和7年度"),
        ("5", "生成ＡＩの活用", "行政改革課", "生成ＡＩを利用する職員の割合", "10％", "80％", "令和6年度～令和9年度"),
        ("6", "ペーパーレス会議の推進", "総務課", "庁内会議のペーパーレス化率", "35％", "90％", "令和6年度～令和8年度"),
    ]),
    ("基本目標３　誰もがデジタルの恩恵を受けられるまち", [
        ("7", "スマートフォン教室の開催", "生涯学習課", "教室の参加者数（年間）", "420人", "1,200人", "令和6年度～令和9年度"),
        ("8", "公衆無線ＬＡＮの整備", "観光課、デジタル推進課", "無線ＬＡＮを整備した施設数", "14施設", "40施設",
         "令和7年度～令和8年度"),
    ]),
]  # fmt: skip

_SG_HEAD = ("番号", "取組", "担当課", "指標", "現状値（令和5年度）", "目標値（令和9年度）", "実施年度")


def sangohama_html() -> str:
    tables = []
    for goal, entries in _SANGOHAMA:
        head = "".join(f"<th scope=col>{_esc(label)}</th>" for label in _SG_HEAD)
        rows = "".join(
            "<tr>"
            + "".join(f"<td>{_esc(v)}</td>" for v in (no, title, office, name or "－", base, goal_v, when))
            + "</tr>"
            for no, title, office, name, base, goal_v, when in entries
        )
        tables.append(
            f"<table class=cms-table><caption>{_esc(goal)}</caption><thead><tr>{head}</tr></thead>"
            f"<tbody>{rows}</tbody></table>"
        )
    body = (
        "<header class=site><p class=logo>珊瑚浜市</p><p class=util>文字サイズ 標準 拡大　背景色 白 黒　"
        "<a href='#'>Foreign Language</a></p><nav class=g><a href='#'>くらし・手続き</a> <a href='#'>子育て・教育</a>"
        " <a href='#'>健康・福祉</a> <a href='#'>市政情報</a></nav></header>"
        "<p class=crumb><a href='#'>トップページ</a> &gt; <a href='#'>市政情報</a> &gt; <a href='#'>計画・施策</a> &gt;"
        " 珊瑚浜市ＤＸ推進計画 アクションプラン</p>"
        "<main><h1>珊瑚浜市ＤＸ推進計画 アクションプラン</h1><p class=date>更新日：2024年4月1日　ページ番号：10452</p>"
        "<p>本市では、令和6年3月に「珊瑚浜市ＤＸ推進計画」を策定しました。計画期間は令和6年度から令和9年度までの4年間です。"
        "計画に掲げる取組と成果指標は次のとおりです。</p>"
        "<h2>取組一覧</h2>"
        + "".join(tables)
        + "<h2>関連ファイル</h2><ul><li><a href='#'>珊瑚浜市ＤＸ推進計画（PDF：2.1MB）"
        "</a></li><li><a href='#'>概要版（PDF：850KB）</a></li></ul>"
        "<p class=note>PDFファイルをご覧いただくには、Adobe Acrobat Reader が必要です。</p></main>"
        "<footer><div class=enq><h2>このページに関するお問い合わせ</h2><p>デジタル推進課　デジタル推進係<br>"
        "電話：099-000-0000　ファックス：099-000-0001</p></div><div class=survey><h2>このページの情報は役に立ちましたか</h2>"
        "<p>□ 役に立った　□ どちらともいえない　□ 役に立たなかった</p><p>このページの情報は見つけやすかったですか</p>"
        "<p>□ 見つけやすかった　□ どちらともいえない　□ 見つけにくかった</p></div>"
        "<p class=copy>Copyright © Sangohama City. All Rights Reserved.</p></footer>"
    )
    css = (
        "h1 { margin-top: 4mm; font-size: 16pt; text-align: left; } h2 { font-size: 12pt; border-left: 4pt solid #0A6E8A;"
        " padding-left: 3pt; } .logo { font-size: 18pt; font-weight: bold; color: #0A6E8A; } .util, .crumb, .date"
        " { font-size: 8pt; color: #555; } nav.g a { margin-right: 6mm; } caption { caption-side: top; text-align: left;"
        " font-weight: bold; padding: 2pt 0; } .cms-table th { background: #E3F1F5; } footer { margin-top: 8mm;"
        " font-size: 8.5pt; border-top: 1pt solid #0A6E8A; } .copy { text-align: center; color: #555; }"
    )
    return _page(body, size="A4", header=None, css=css, font="9.5pt", margin="14mm 14mm")


def _sangohama_plan() -> list[dict[str, Any]]:
    out = []
    for _, entries in _SANGOHAMA:
        for no, title, office, name, base, goal, when in entries:
            final = (2027, _value(goal))
            found = (kpi((2023, _value(base)), final, (final,)),) if name else ()
            first, _, last = when.partition("～")
            out.append(item(no, title, _offices(office), found, years(_seireki(first), _seireki(last))))
    return out


# --- 水晶谷町: a long-form CSV export, a row a 取組 a 年度 ---------------------------------------------------------------

_SD_YEARS = ("令和6年度", "令和7年度", "令和8年度")

#: (取組ID, 取組名, 担当課, 指標名 ("" none), 単位, [(計画内容 (「－」 none), 目標値, 実績値) a year], 進捗 a year).
_SUISHODANI: list[tuple[Any, ...]] = [
    ("S-01", "電子申請の拡充", "総務課", "電子申請できる手続数", "手続",
     [("申請の多い手続から順に電子化\n・子育て関係\n・介護関係", "30", "34"),
      ("電子化の対象を拡大\n・税証明", "60", ""), ("全手続の点検と拡大", "90", "")]),
    ("S-02", "窓口のキャッシュレス化", "住民課、会計室", "キャッシュレス決済の利用件数", "件",
     [("－", "", ""), ("決済端末の導入\n（本庁・支所）", "1,500", ""), ("対象手数料の拡大", "3,000", "")]),
    ("S-03", "基幹業務システムの標準化", "総務課", "", "",
     [("標準準拠システムへ移行\n（２０業務）", "", ""), ("移行後の運用・検証", "", ""), ("－", "", "")]),
    ("S-04", "町公式アプリの導入", "企画課", "アプリのダウンロード数", "件",
     [("アプリの選定・構築", "500", "620"), ("防災・ごみ情報の配信", "1,500", ""), ("機能の追加", "2,500", "")]),
    ("S-05", "オンライン診療の支援", "保健福祉課", "オンライン診療の利用者数（年間）", "人",
     [("－", "", ""), ("医療機関と協議\n実証事業の準備", "10", ""), ("実証事業の実施", "40", "")]),
    ("S-06", "職員のデジタル人材育成", "総務課", "ＩＴパスポート取得者数（累計）", "人",
     [("研修計画の策定\n受験費用の助成", "10", "12"), ("階層別研修の実施", "20", ""), ("研修の継続", "30", "")]),
]  # fmt: skip

_SD_HEAD = ("取組ID", "取組名", "担当課", "年度", "計画内容", "指標名", "単位", "目標値", "実績値", "進捗")


def _csv_cell(value: str) -> str:
    """A cell as Excel writes it: quoted where it holds a comma, a quote or a line break."""
    if any(c in value for c in ',"\n'):
        return '"' + value.replace('"', '""') + '"'
    return value


def suishodani_csv() -> bytes:
    lines = [",".join(_SD_HEAD)]
    for code, title, office, name, unit, by_year in _SUISHODANI:
        for year, (plan, goal, done) in zip(_SD_YEARS, by_year, strict=True):
            state = (
                "" if plan == "－" else ("完了" if done else "実施中" if year == "令和7年度" else "未着手")
            )
            row = (code, title, office, year, plan, name, unit, goal, done, state)
            lines.append(",".join(_csv_cell(v) for v in row))
    return "\ufeff".encode() + "\r\n".join(lines).encode("utf-8") + b"\r\n"


def _suishodani_plan() -> list[dict[str, Any]]:
    out = []
    for code, title, office, name, _, by_year in _SUISHODANI:
        found = ()
        if name:
            targets = tuple((2024 + at, _value(goal)) for at, (_, goal, _) in enumerate(by_year) if goal)
            actuals = tuple((2024 + at, _value(done)) for at, (_, _, done) in enumerate(by_year) if done)
            found = (kpi(None, targets[-1], targets, actuals),)
        schedule = tuple(2024 + at for at, (plan, _, _) in enumerate(by_year) if plan != "－")
        out.append(item(code, title, _offices(office), found, schedule))
    return out


# --- the batch ---------------------------------------------------------------------------------------------------

#: name → (municipality, the initiatives it states).
PLANS: dict[str, tuple[str, list[dict[str, Any]]]] = {
    KOHAKUNO: ("琥珀野市", _kohakuno_plan()),
    RURINO: ("瑠璃野町", _rurino_plan()),
    RURINO_PDF: ("瑠璃野町", _rurino_plan()),
    HISUIHARA: ("翡翠原市", _hisuihara_plan()),
    HISUIHARA_PDF: ("翡翠原市", _hisuihara_plan()),
    SANGOHAMA: ("珊瑚浜市", _sangohama_plan()),
    SANGOHAMA_PDF: ("珊瑚浜市", _sangohama_plan()),
    SUISHODANI: ("水晶谷町", _suishodani_plan()),
}

#: A workbook, Word document, web page or CSV uploaded as it is kept: what builds its bytes, and the file name it is
#: uploaded under.
SHEETS: dict[str, tuple[Callable[[], bytes], str]] = {
    KOHAKUNO: (kohakuno_ods, "琥珀野市ＤＸ推進計画_取組一覧.ods"),
    RURINO: (rurino_xlsx, "瑠璃野町_成果指標進捗管理表.xlsx"),
    HISUIHARA: (hisuihara_docx, "翡翠原市ＤＸ推進計画.docx"),
    SANGOHAMA: (lambda: sangohama_html().encode("utf-8"), "10452.html"),
    SUISHODANI: (suishodani_csv, "水晶谷町_取組進捗_20250801.csv"),
}

CHROMIUM: dict[str, Callable[[], str]] = {SANGOHAMA_PDF: sangohama_html}
CALC: dict[str, Callable[[], bytes]] = {RURINO_PDF: rurino_xlsx}
WRITER: dict[str, Callable[[], bytes]] = {HISUIHARA_PDF: hisuihara_docx}
PDFS = (*CHROMIUM, *CALC, *WRITER)

#: The plan period each document states (fiscal years).
PERIODS: dict[str, tuple[int, int]] = {
    KOHAKUNO: (2025, 2028),
    RURINO: (2024, 2026),
    RURINO_PDF: (2024, 2026),
    HISUIHARA: (2025, 2027),
    HISUIHARA_PDF: (2025, 2027),
    SANGOHAMA: (2024, 2027),
    SANGOHAMA_PDF: (2024, 2027),
    SUISHODANI: (2024, 2026),
}

_, sheet, pdf, expected = batch_documents(PLANS, sheets=SHEETS, chromium=CHROMIUM, calc=CALC, writer=WRITER)
