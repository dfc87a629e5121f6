"""A thirty-fourth batch of plans no reader was written against (the readers' code was not read): five plans in the form
most municipalities publish them — made in Excel or Word and printed to PDF by LibreOffice (Calc for the workbooks,
Writer for the Word documents) — each read as the PDF, as its ``pdftotext -layout`` text and as its plain
``pdftotext`` text, and as the .xlsx / .docx the office would also upload. Shapes the batches before lack:

- 鶉野市's 実施工程表 (``uzurano_kouteihyou_a3.xlsx``, A3 landscape): 「施策 | No. | 取組名 | 令和６年度 … 令和10年度 |
  担当課」, the 施策 cell merged DOWN over its 取組 rows (not a row across), each year a 取組 is worked on a SHADED cell,
  a word in some of them only (「検討」「実施」「運用」 in the first shaded cell of a phase, the cells after it shaded and
  empty), the 担当課 at the right end (「企画部デジタル推進課」 with its 部, 「市民課・会計課」), a legend 「■（網掛け）：
  実施期間」 above and ※ notes below; no KPI;
- 萩ノ台町's デジタル化推進計画 第４章 (``haginodai_torikumi_cards.docx``): 見出し 「第４章　取組の内容」 > 「基本方針１　…」,
  under each 基本方針 its 取組 as two-column table cards one after another (a blank paragraph between), the labels in
  【】 — 【取組名】 「1-1　電子申請の拡充」 (the number before the title in the same cell), 【概要】 of a paragraph or two,
  【担当課】 「市民課、情報政策課」, 【KPI】 the indicator's name over 「現状値：40手続（令和５年度）」 and 「目標値：150手続
  （令和10年度）」 (two indicators 「①…」「②…」 once, 「－」 none once), 【年度別計画】 one paragraph a phase 「令和６年度
  対象手続の選定」「令和７年度～令和10年度　順次拡大」 — long cards breaking across the pages Writer makes;
- 梓川町's 成果指標一覧 (``azusagawa_kpi_ichiran.xlsx``, A4 landscape): 「取組番号 | 取組名 | 担当課 | 指標名 | 単位 | 基準値
  （R5） | 年度別目標値 (R6 | R7 | R8 | R9) | 目標値（R10） | 備考」, a header two rows deep, 取組番号 / 取組名 / 担当課 merged
  DOWN over the 取組's two or three indicators, figures as numbers with the unit in its column, 「－」 a year of no
  target, 備考 notes opened by ※ (「※R7から支所の窓口を含む」), and ※ notes under the table;
- 樅山村's デジタル化推進計画 取組一覧 (``momiyama_jidou_bangou.docx``): under 「基本方針１　…」 headings the 取組 as one list Word
  numbers itself (``w:numPr``; 「（1）」 to 「（9）」, the number in no paragraph's text, only in the print), each
  取組名 then a right-aligned tab stop with a dot leader to its 担当課 at the right margin
  (「電子申請の拡充……………総務課」), under it indented 「指標：…　40手続（R5）→150手続（R9）」 and 「実施年度：R6～R9」;
- 葵野市's plan as pasted into a sheet (``aoino_haritsuke.xlsx``): one column of text lines (A), the long lines merged
  across A:J so they show, a blank row between 取組, 「取組１　電子申請の拡充」 / 「担当課：…」 / 「内容：…」 / 「指標：…　現状値
  30手続（R6）　目標値 120手続（R10）」 / 「スケジュール：R7　準備　R8～R10　運用」, 基本方針 lines, the plan's name and period
  in the first rows.

``PLANS[name]`` is the plan each document states, read as a careful person reads the printed page, by the earlier
batches' conventions: codes as printed (樅山村's 「（1）」 as Word prints it: 「1」); 担当課 split at 「、」「・」, a 部 before
its 課 dropped (「企画部デジタル推進課」 the 課 「デジタル推進課」); a 基準値 / 現状値 the baseline of its year, a 目標値 the final
target of its year, a target column headed with its year (梓川町's R6 … R9 and 目標値（R10）) that year's target (the R10
one the final target too); a schedule every year a step is stated or shaded for (鶉野市's shaded cells with or without
a word; 「令和７年度～令和10年度」 each year of it); none where none is printed. 施策 / 基本方針 lines and cells, legends
and ※ notes are no 取組.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import docx
import openpyxl
from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import parse_xml
from docx.shared import Mm, Pt
from openpyxl.styles import Font, PatternFill
from openpyxl.worksheet.properties import PageSetupProperties

from ..unseen_harness import save
from .unseen import item, kpi, years
from .unseen13 import CENTRE, FONT, HEAD_FILL, LEFT, RIGHT, _cell, _print_setup
from .unseen24 import _ruled, _value, _widths
from .unseen30 import _grid

UZURANO = "uzurano_kouteihyou_a3.xlsx"
UZURANO_PDF = "uzurano_kouteihyou_a3.pdf"
HAGINODAI = "haginodai_torikumi_cards.docx"
HAGINODAI_PDF = "haginodai_torikumi_cards.pdf"
AZUSAGAWA = "azusagawa_kpi_ichiran.xlsx"
AZUSAGAWA_PDF = "azusagawa_kpi_ichiran.pdf"
MOMIYAMA = "momiyama_jidou_bangou.docx"
MOMIYAMA_PDF = "momiyama_jidou_bangou.pdf"
AOINO = "aoino_haritsuke.xlsx"
AOINO_PDF = "aoino_haritsuke.pdf"

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _offices(written: str) -> list[str]:
    """The 課 of a 担当課 as written: split at 「、」「・」 or a line break, a 部 before its 課 dropped."""
    out = []
    for part in re.split(r"[\n、・]", written):
        part = part.strip("　 ")
        part = re.sub(r"^.+?部(?=.+課$)", "", part)
        if part:
            out.append(part)
    return out


def _era(written: str) -> int:
    """The fiscal year of 「R6」, 「令和６年度」 or 「令和10年度」."""
    digits = re.search(r"\d+", written.translate(str.maketrans("０１２３４５６７８９", "0123456789")))
    assert digits is not None, written
    return 2018 + int(digits.group())


def _at(fy: int, written: Any) -> tuple[int, float]:
    """(fiscal year, the figure written): a value the document states."""
    value = _value(written)
    assert value is not None, written
    return fy, value


def _span(written: str) -> range:
    """The years of 「R6～R9」, 「令和７年度～令和10年度」 or 「R7」."""
    first, _, last = written.partition("～")
    return years(_era(first), _era(last or first))


# --- 鶉野市: an A3 工程表, the 施策 merged down, the years of work shaded (a word in some cells) ----------------------------

#: (施策, [(No., 取組名, 担当課 as written, {fiscal year: word in the cell ("" shaded and empty)})]).
_UZURANO: list[tuple[str, list[tuple[str, str, str, dict[int, str]]]]] = [
    ("施策１\n手続のオンライン化", [
        ("1", "電子申請の拡充", "企画部デジタル推進課",
         {2024: "検討", 2025: "実施", 2026: "", 2027: "", 2028: ""}),
        ("2", "書かない窓口の導入", "市民課・デジタル推進課", {2025: "検討", 2026: "実施", 2027: "", 2028: ""}),
        ("3", "公共施設予約のオンライン化", "生涯学習課", {2024: "実施", 2025: "", 2026: "運用", 2027: "", 2028: ""}),
        ("4", "手数料のキャッシュレス化", "市民課・会計課", {2026: "検討", 2027: "実施", 2028: ""}),
    ]),
    ("施策２\n行政運営の効率化", [
        ("5", "基幹業務システムの標準化", "企画部デジタル推進課", {2024: "実施", 2025: ""}),
        ("6", "ＡＩ・ＲＰＡの活用", "行政改革課", {2024: "検討", 2025: "", 2026: "実施", 2027: "", 2028: ""}),
        ("7", "電子決裁の全庁導入", "総務課", {2025: "実施", 2026: "", 2027: ""}),
        ("8", "テレワーク環境の整備", "職員課", {2024: "", 2025: "", 2026: "", 2027: "", 2028: ""}),
    ]),
    ("施策３\n地域社会のデジタル化", [
        ("9", "デジタル活用支援", "高齢福祉課、生涯学習課",
         {2024: "実施", 2025: "", 2026: "", 2027: "", 2028: ""}),
        ("10", "オープンデータの推進", "企画部デジタル推進課", {2025: "検討", 2026: "実施", 2027: "", 2028: ""}),
        ("11", "防災情報の多様な配信", "危機管理課", {2026: "実施", 2027: "", 2028: ""}),
    ]),
]  # fmt: skip

_UZ_HEAD = [
    "施策",
    "No.",
    "取組名",
    "令和６年度",
    "令和７年度",
    "令和８年度",
    "令和９年度",
    "令和10年度",
    "担当課",
]
_UZ_WIDTHS = [20.0, 6.0, 34.0, 14.0, 14.0, 14.0, 14.0, 14.0, 24.0]
_UZ_SHADE = PatternFill("solid", fgColor="A6A6A6")


def uzurano_xlsx() -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "工程表"
    sheet["A1"] = "鶉野市ＤＸ推進計画　実施工程表"
    sheet["A1"].font = Font(name=FONT, size=16, bold=True)
    sheet["A2"] = "計画期間：令和６年度～令和10年度"
    sheet["A3"] = "■（網掛け）：実施期間　　網掛けの中の語は、その年度から行う内容"
    for cell in ("A2", "A3"):
        sheet[cell].font = Font(name=FONT, size=10)
    for column, label in enumerate(_UZ_HEAD, start=1):
        _cell(sheet, 5, column, label, CENTRE)
    _ruled(sheet, 5, 1, len(_UZ_HEAD), HEAD_FILL)
    sheet.row_dimensions[5].height = 24
    row = 6
    for measure, entries in _UZURANO:
        top = row
        for number, title, written, worked in entries:
            _cell(sheet, row, 1, measure if row == top else None, LEFT, size=11)
            _cell(sheet, row, 2, number, CENTRE)
            _cell(sheet, row, 3, title, LEFT, size=11)
            for at, fy in enumerate(range(2024, 2029)):
                _cell(sheet, row, 4 + at, worked.get(fy) or None, CENTRE)
                if fy in worked:
                    sheet.cell(row, 4 + at).fill = _UZ_SHADE
            _cell(sheet, row, 9, written, LEFT)
            sheet.row_dimensions[row].height = 28
            row += 1
        sheet.merge_cells(start_row=top, start_column=1, end_row=row - 1, end_column=1)
    sheet.cell(row + 1, 1, "※取組の内容と成果指標は、第４章の取組シートを参照。").font = Font(
        name=FONT, size=10
    )
    sheet.cell(row + 2, 1, "※工程は、毎年度の進捗状況を踏まえて見直す。").font = Font(name=FONT, size=10)
    _widths(sheet, _UZ_WIDTHS)
    _print_setup(sheet, paper=8, area=f"A1:I{row + 2}", titles="5:5", header="鶉野市ＤＸ推進計画")
    return save(book)


def _uzurano() -> list[dict[str, Any]]:
    return [
        item(number, title, _offices(written), (), tuple(sorted(worked)))
        for _, entries in _UZURANO
        for number, title, written, worked in entries
    ]


# --- 萩ノ台町: Word, a two-column table card a 取組 (【取組名】【概要】【担当課】【KPI】【年度別計画】), one after another -------

#: (基本方針, [(番号, 取組名, 概要 (paragraphs), 担当課 as written, [(指標名, 現状値, 目標値)] ([] 「－」), [(years, step)])]).
_HAGINODAI: list[tuple[str, list[tuple[Any, ...]]]] = [
    ("基本方針１　いつでもどこでも手続ができる町", [
        ("1-1", "電子申請の拡充",
         ["町民の皆さんが役場に来なくても手続ができるよう、申請の多い手続から順に電子申請に対応します。",
          "あわせて申請書の押印を見直し、添付書類を減らします。手続ごとの利用件数を毎年度集計し、利用の少ない手続は"
          "周知の方法を見直します。"],
         "住民課、情報政策課", [("電子申請できる手続数", "40手続（令和５年度）", "150手続（令和10年度）")],
         [("令和６年度", "対象手続の選定"), ("令和７年度～令和10年度", "順次拡大")]),
        ("1-2", "書かない窓口の導入",
         ["マイナンバーカードや運転免許証の読取りで申請書を作成し、窓口で申請書を書かずに手続ができるようにします。"],
         "住民課", [("書かない窓口で受け付ける手続数", "0手続（令和５年度）", "30手続（令和10年度）")],
         [("令和７年度", "システムの構築"), ("令和８年度～令和10年度", "運用")]),
        ("1-3", "キャッシュレス決済の導入",
         ["窓口での証明書の手数料や施設の使用料を、クレジットカードや電子マネー、コード決済で支払えるようにします。",
          "本庁舎の窓口から始め、支所と公民館に広げます。"],
         "会計課・住民課",
         [("キャッシュレス決済に対応した窓口数", "1窓口（令和５年度）", "12窓口（令和10年度）"),
          ("手数料のキャッシュレス決済の割合", "0％（令和５年度）", "40％（令和10年度）")],
         [("令和６年度", "本庁舎に導入"), ("令和７年度～令和８年度", "支所・公民館に拡大")]),
    ]),
    ("基本方針２　デジタルで働き方を変える役場", [
        ("2-1", "基幹業務システムの標準化",
         ["住民記録、税、福祉など２０業務のシステムを、国が定める標準仕様に準拠したシステムへ移行します。",
          "移行にあわせて業務の手順を見直し、職員の作業を減らします。移行後は、ガバメントクラウドの利用料を含めた運用"
          "経費を毎年度検証します。"],
         "情報政策課", [("標準準拠システムへ移行した業務数", "0業務（令和５年度）", "20業務（令和７年度）")],
         [("令和６年度～令和７年度", "移行"), ("令和８年度～令和10年度", "運用・検証")]),
        ("2-2", "ＲＰＡ・ＡＩ－ＯＣＲの活用",
         ["入力作業の多い業務にＲＰＡとＡＩ－ＯＣＲを導入し、職員が相談や企画の仕事に時間を使えるようにします。"],
         "総務課", [("削減した作業時間（年間）", "300時間（令和５年度）", "3,000時間（令和10年度）")],
         [("令和６年度", "対象業務の調査"), ("令和７年度～令和10年度", "導入・拡大")]),
        ("2-3", "情報セキュリティの確保",
         ["全職員を対象に情報セキュリティ研修と標的型メール訓練を毎年度行い、セキュリティポリシーを見直します。"],
         "情報政策課", [], [("令和６年度～令和10年度", "研修・訓練")]),
    ]),
    ("基本方針３　誰もがデジタルの便利さを実感できる町", [
        ("3-1", "デジタル活用支援",
         ["スマートフォンの使い方やマイナンバーカードの使い方を学べるスマホ教室を、各地区の集会所で開きます。",
          "教室の講師として、地域のデジタル活用支援員を養成します。"],
         "生涯学習課、福祉課", [("スマホ教室の参加者数（年間）", "80人（令和５年度）", "400人（令和10年度）")],
         [("令和６年度～令和10年度", "スマホ教室の開催")]),
        ("3-2", "防災情報のデジタル配信",
         ["防災行政無線の内容を、町の防災アプリとメール、ＳＮＳで同時に配信します。"],
         "総務課", [("防災アプリの登録者数", "1,200人（令和５年度）", "5,000人（令和10年度）")],
         [("令和７年度", "防災アプリの導入"), ("令和８年度～令和10年度", "運用")]),
    ]),
]  # fmt: skip


def _card_cell(cell: Any, paragraphs: list[str], *, size: float = 10.5) -> None:
    cell.text = paragraphs[0]
    for extra in paragraphs[1:]:
        cell.add_paragraph(extra)
    for paragraph in cell.paragraphs:
        for run in paragraph.runs:
            run.font.size = Pt(size)


def haginodai_docx() -> bytes:
    document = docx.Document()
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.right_margin = Mm(25)
    section.top_margin = section.bottom_margin = Mm(25)
    section.header.paragraphs[0].text = "萩ノ台町デジタル化推進計画"
    document.add_paragraph("萩ノ台町デジタル化推進計画", style="Title")
    document.add_paragraph("計画期間　令和６年度～令和10年度")
    document.add_paragraph("第４章　取組の内容", style="Heading 1")
    document.add_paragraph(
        "　第３章の基本方針ごとに、町が取り組む内容を取組ごとにまとめました。ＫＰＩの現状値と目標値には、その年度を"
        "括弧書きで示しています。年度別計画は、各年度に行う内容です。"
    )
    for policy, entries in _HAGINODAI:
        document.add_paragraph(policy, style="Heading 2")
        for code, title, summary, written, indicators, steps in entries:
            table = document.add_table(rows=5, cols=2)
            table.style = "Table Grid"
            if indicators:
                shown = []
                for at, (name, base, goal) in enumerate(indicators):
                    mark = "①②③"[at] if len(indicators) > 1 else ""
                    shown += [f"{mark}{name}", f"　現状値：{base}", f"　目標値：{goal}"]
            else:
                shown = ["－"]
            values = [
                ("【取組名】", [f"{code}　{title}"]),
                ("【概要】", summary),
                ("【担当課】", [written]),
                ("【KPI】", shown),
                ("【年度別計画】", [f"{when}　{step}" for when, step in steps]),
            ]
            for r, (label, paragraphs) in enumerate(values):
                _card_cell(table.cell(r, 0), [label])
                _card_cell(table.cell(r, 1), paragraphs)
            _grid(table, [32.0, 128.0])
            document.add_paragraph()
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _haginodai() -> list[dict[str, Any]]:
    out = []
    for _, entries in _HAGINODAI:
        for code, title, _, written, indicators, steps in entries:
            found = tuple(
                kpi(
                    _at(_era(base.partition("（")[2]), base),
                    _at(_era(goal.partition("（")[2]), goal),
                )
                for _, base, goal in indicators
            )
            marked = sorted({fy for when, _ in steps for fy in _span(when)})
            out.append(item(code, title, _offices(written), found, tuple(marked)))
    return out


# --- 梓川町: an Excel 成果指標一覧, 取組番号 / 取組名 / 担当課 merged down over the indicators, R6 … R9 and 目標値（R10） --------

#: [(取組番号, 取組名, 担当課, [(指標名, 単位, 基準値（R5）, (R6, R7, R8, R9) (None 「－」), 目標値（R10）, 備考)])].
_AZUSAGAWA: list[tuple[str, str, str, list[tuple[Any, ...]]]] = [
    ("1", "電子申請の拡充", "総務課", [
        ("電子申請できる手続数", "手続", 35, (60, 90, 120, 150), 180, ""),
        ("電子申請の利用件数（年間）", "件", 2400, (3000, 4000, 5500, 7000), 8500, "※R5は４月～３月の実績"),
    ]),
    ("2", "窓口のキャッシュレス化", "会計課、住民課", [
        ("キャッシュレス決済に対応した窓口数", "窓口", 2, (4, 8, None, None), 12, "※R7から支所の窓口を含む"),
        ("キャッシュレス決済の利用割合", "％", 6.5, (10.0, 15.0, 20.0, 25.0), 30.0, ""),
    ]),
    ("3", "マイナンバーカードの利活用", "住民課", [
        ("マイナンバーカードの交付率", "％", 72.3, (78.0, 82.0, 86.0, 90.0), 95.0, ""),
        ("コンビニ交付の利用割合", "％", 18.0, (22.0, 26.0, 30.0, 35.0), 40.0, ""),
        ("カードで申請できる手続数", "手続", 5, (10, 15, 20, 25), 30, "※書かない窓口の手続を含む"),
    ]),
    ("4", "業務の自動化", "総務課・財政課", [
        ("ＲＰＡで削減した作業時間（年間）", "時間", 450, (800, 1200, 1600, 2000), 2400, ""),
        ("ＡＩ－ＯＣＲで読み取った帳票数（年間）", "枚", 0, (3000, 6000, 9000, 12000), 15000, "※R6は試行"),
    ]),
    ("5", "デジタル活用支援", "生涯学習課", [
        ("スマホ教室の参加者数（年間）", "人", 120, (200, 250, 300, 350), 400, ""),
        ("デジタル活用支援員の人数", "人", 3, (6, 9, 12, 15), 18, ""),
    ]),
]  # fmt: skip

_AZ_HEAD = ["取組\n番号", "取組名", "担当課", "指標名", "単位", "基準値\n（R5）", "年度別目標値", None, None, None,
            "目標値\n（R10）", "備考"]  # fmt: skip
_AZ_SUB = ["R6", "R7", "R8", "R9"]
_AZ_WIDTHS = [7.0, 22.0, 15.0, 34.0, 7.0, 10.0, 9.0, 9.0, 9.0, 9.0, 10.0, 26.0]


def azusagawa_xlsx() -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "成果指標一覧"
    sheet["A1"] = "梓川町デジタル化推進計画　成果指標一覧"
    sheet["A1"].font = Font(name=FONT, size=14, bold=True)
    sheet["A2"] = "計画期間：令和６年度～令和10年度"
    sheet["A2"].font = Font(name=FONT, size=10)
    last = len(_AZ_HEAD)
    for column, label in enumerate(_AZ_HEAD, start=1):
        _cell(sheet, 4, column, label, CENTRE)
        _cell(sheet, 5, column, None, CENTRE)
        if not 7 <= column <= 10:
            sheet.merge_cells(start_row=4, start_column=column, end_row=5, end_column=column)
    for at, label in enumerate(_AZ_SUB):
        _cell(sheet, 5, 7 + at, label, CENTRE)
    sheet.merge_cells(start_row=4, start_column=7, end_row=4, end_column=10)
    _ruled(sheet, 4, 1, last, HEAD_FILL)
    _ruled(sheet, 5, 1, last, HEAD_FILL)
    row = 6
    for code, title, written, indicators in _AZUSAGAWA:
        top = row
        for name, unit, base, yearly, goal, note in indicators:
            values = [code if row == top else None, title if row == top else None, written if row == top else None,
                      name, unit, base, *("－" if v is None else v for v in yearly), goal, note or None]  # fmt: skip
            for column, value in enumerate(values, start=1):
                align = RIGHT if 6 <= column <= 11 else CENTRE if column in (1, 5) else LEFT
                _cell(sheet, row, column, value, align)
                if isinstance(value, float):
                    sheet.cell(row, column).number_format = "0.0"
                elif isinstance(value, int) and column >= 6:
                    sheet.cell(row, column).number_format = "#,##0"
            sheet.row_dimensions[row].height = 22
            row += 1
        for column in (1, 2, 3):
            sheet.merge_cells(start_row=top, start_column=column, end_row=row - 1, end_column=column)
    notes = [
        "※基準値は令和５年度の実績。年度別目標値は各年度末の目標。",
        "※「－」は、その年度の目標を設定していないもの。",
    ]
    for at, note in enumerate(notes, start=row + 1):
        sheet.cell(at, 1, note).font = Font(name=FONT, size=9)
    _widths(sheet, _AZ_WIDTHS)
    _print_setup(sheet, paper=9, area=f"A1:L{row + len(notes)}", titles="4:5")
    return save(book)


def _azusagawa() -> list[dict[str, Any]]:
    out = []
    for code, title, written, indicators in _AZUSAGAWA:
        found = tuple(
            kpi(
                (2023, base),
                (2028, goal),
                (*((2024 + at, v) for at, v in enumerate(yearly) if v is not None), (2028, goal)),
            )
            for _, _, base, yearly, goal, _ in indicators
        )
        out.append(item(code, title, _offices(written), found))
    return out


# --- 樅山村: Word's own numbering (「（1）」 not in the text), the 担当課 at a right tab stop with a dot leader -------------

#: (基本方針, [(取組名, 担当課 as written, 指標名, 現状値（R5）, 目標値（R9）(None: no indicator), 実施年度)]).
_MOMIYAMA: list[tuple[str, list[tuple[Any, ...]]]] = [
    ("基本方針１　役場に来なくてもできる手続", [
        ("電子申請の拡充", "総務課", "電子申請できる手続数", "12手続", "60手続", "R6～R9"),
        ("証明書のコンビニ交付", "住民課", "コンビニ交付の利用割合", "8.0％", "30.0％", "R6～R9"),
        ("手数料のキャッシュレス化", "住民課・会計室", "キャッシュレス決済に対応した窓口数", "0窓口", "5窓口", "R7～R8"),
    ]),
    ("基本方針２　小さな役場のデジタル化", [
        ("基幹業務システムの標準化", "総務課", "標準準拠システムへ移行した業務数", "0業務", "20業務", "R6～R7"),
        ("会議のペーパーレス化", "総務課、議会事務局", "会議資料の印刷枚数（年間）", "30万枚", "12万枚", "R6～R9"),
        ("職員のデジタル研修", "総務課", None, None, None, "R6～R9"),
    ]),
    ("基本方針３　みんながつながる村", [
        ("スマホ相談会の開催", "保健福祉課", "相談会の参加者数（年間）", "40人", "150人", "R6～R9"),
        ("村公式ＬＩＮＥの活用", "企画課", "公式ＬＩＮＥの登録者数", "900人", "2,500人", "R7～R9"),
        ("見守りセンサーの設置", "保健福祉課・企画課", "センサーを設置した世帯数", "0世帯", "80世帯", "R8～R9"),
    ]),
]  # fmt: skip


def momiyama_docx() -> bytes:
    document = docx.Document()
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.right_margin = Mm(20)
    section.top_margin = section.bottom_margin = Mm(25)
    section.footer.paragraphs[0].text = "樅山村デジタル化推進計画"
    numbering = document.part.numbering_part.element
    numbering.insert(
        0,
        parse_xml(
            f'<w:abstractNum xmlns:w="{_W}" w:abstractNumId="91"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
            '<w:numFmt w:val="decimal"/><w:lvlText w:val="（%1）"/><w:lvlJc w:val="left"/>'
            '<w:pPr><w:ind w:left="851" w:hanging="851"/></w:pPr></w:lvl></w:abstractNum>'
        ),
    )
    numbering.append(parse_xml(f'<w:num xmlns:w="{_W}" w:numId="91"><w:abstractNumId w:val="91"/></w:num>'))
    document.add_paragraph("樅山村デジタル化推進計画", style="Title")
    document.add_paragraph("計画期間：令和６年度～令和９年度")
    document.add_paragraph("第３章　取組の一覧", style="Heading 1")
    document.add_paragraph(
        "　基本方針ごとの取組と担当課は次のとおりです。指標の現状値は令和５年度、目標値は令和９年度の値です。"
    )
    for policy, entries in _MOMIYAMA:
        document.add_paragraph(policy, style="Heading 2")
        for title, written, name, base, goal, when in entries:
            paragraph = document.add_paragraph(f"{title}\t{written}")
            paragraph._p.get_or_add_pPr().append(
                parse_xml(f'<w:numPr xmlns:w="{_W}"><w:ilvl w:val="0"/><w:numId w:val="91"/></w:numPr>')
            )
            paragraph.paragraph_format.tab_stops.add_tab_stop(Mm(15))
            paragraph.paragraph_format.tab_stops.add_tab_stop(
                Mm(170), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS
            )
            paragraph.paragraph_format.space_before = Pt(6)
            shown = f"指標：{name}　{base}（R5）→{goal}（R9）" if name else "指標：－"
            for line in (shown, f"実施年度：{when}"):
                detail = document.add_paragraph(line)
                detail.paragraph_format.left_indent = Mm(10)
                detail.paragraph_format.space_after = Pt(0)
                for run in detail.runs:
                    run.font.size = Pt(9.5)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _momiyama() -> list[dict[str, Any]]:
    out = []
    number = 0
    for _, entries in _MOMIYAMA:
        for title, written, name, base, goal, when in entries:
            number += 1
            found = (kpi(_at(2023, base), _at(2027, goal)),) if name else ()
            out.append(item(str(number), title, _offices(written), found, _span(when)))
    return out


# --- 葵野市: the plan pasted into one column of a sheet, long lines merged across, a blank row between 取組 -----------

#: (基本方針, [(取組番号, 取組名, 担当課, 内容, 指標名 (None 「－」), 現状値（R6）, 目標値（R10）, [(years, step)])]).
_AOINO: list[tuple[str, list[tuple[Any, ...]]]] = [
    ("基本方針１　行かない市役所", [
        ("1", "電子申請の拡充", "市民課、デジタル推進課", "申請の多い手続から電子申請に対応し、押印と添付書類を見直す。",
         "電子申請できる手続数", "30手続", "120手続", [("R7", "準備"), ("R8～R10", "運用")]),
        ("2", "書かない窓口", "市民課", "マイナンバーカードの読取りで申請書を作成する窓口を本庁に設ける。",
         "書かない窓口で受け付ける手続数", "0手続", "25手続", [("R7～R8", "構築"), ("R9～R10", "運用")]),
        ("3", "オンライン相談", "子育て支援課・福祉課", "子育てと介護の相談をビデオ通話で受ける。",
         "オンライン相談の件数（年間）", "12件", "200件", [("R8～R10", "実施")]),
    ]),
    ("基本方針２　かしこい市役所", [
        ("4", "基幹業務システムの標準化", "デジタル推進課", "２０業務のシステムを標準準拠システムへ移行する。",
         "標準準拠システムへ移行した業務数", "8業務", "20業務", [("R7", "移行")]),
        ("5", "生成ＡＩの活用", "行政管理課", "文書作成の下書きや要約に生成ＡＩを使う。職員向けの利用ガイドラインを定める。",
         "生成ＡＩを利用する職員の割合", "5％", "60％", [("R7", "試行"), ("R8～R10", "全庁展開")]),
        ("6", "情報セキュリティ対策", "デジタル推進課", "全職員の研修と訓練を毎年度行う。",
         None, "－", "－", [("R7～R10", "研修・訓練")]),
    ]),
    ("基本方針３　つながるまち", [
        ("7", "スマホ教室", "生涯学習課", "公民館でスマートフォンの使い方教室を開く。",
         "スマホ教室の参加者数（年間）", "150人", "600人", [("R7～R10", "開催")]),
        ("8", "オープンデータ", "デジタル推進課", "推奨データセットに沿ってデータを公開する。",
         "公開データセット数", "10件", "60件", [("R7", "準備"), ("R8～R10", "公開")]),
    ]),
]  # fmt: skip


def _aoino_lines() -> list[str]:
    lines = ["葵野市ＤＸ推進計画（令和７年度～令和10年度）", "第３章　取組", ""]
    for policy, entries in _AOINO:
        lines += [policy, ""]
        for code, title, written, content, name, base, goal, steps in entries:
            indicator = f"指標：{name}　現状値 {base}（R6）　目標値 {goal}（R10）" if name else "指標：－"
            steps_written = "　".join(f"{when}　{step}" for when, step in steps)
            lines += [f"取組{code}　{title}", f"担当課：{written}", f"内容：{content}", indicator,
                      f"スケジュール：{steps_written}", ""]  # fmt: skip
    return lines


def aoino_xlsx() -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Sheet1"
    for row, line in enumerate(_aoino_lines(), start=1):
        if not line:
            continue
        cell = sheet.cell(row, 1, line)
        cell.font = Font(name=FONT, size=11, bold=row == 1)
        if len(line) > 20:
            sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=10)
    sheet.column_dimensions["A"].width = 10
    sheet.page_setup.paperSize = 9
    sheet.page_setup.orientation = "portrait"
    sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    return save(book)


def _aoino() -> list[dict[str, Any]]:
    out = []
    for _, entries in _AOINO:
        for code, title, written, _, name, base, goal, steps in entries:
            found = (kpi(_at(2024, base), _at(2028, goal)),) if name else ()
            marked = sorted({fy for when, _ in steps for fy in _span(when)})
            out.append(item(code, title, _offices(written), found, tuple(marked)))
    return out


# --- the batch ---------------------------------------------------------------------------------------------------

#: name → (municipality, the initiatives it states)
PLANS: dict[str, tuple[str, list[dict[str, Any]]]] = {
    UZURANO: ("鶉野市", _uzurano()),
    UZURANO_PDF: ("鶉野市", _uzurano()),
    HAGINODAI: ("萩ノ台町", _haginodai()),
    HAGINODAI_PDF: ("萩ノ台町", _haginodai()),
    AZUSAGAWA: ("梓川町", _azusagawa()),
    AZUSAGAWA_PDF: ("梓川町", _azusagawa()),
    MOMIYAMA: ("樅山村", _momiyama()),
    MOMIYAMA_PDF: ("樅山村", _momiyama()),
    AOINO: ("葵野市", _aoino()),
    AOINO_PDF: ("葵野市", _aoino()),
}

#: A file uploaded as it is kept: what builds its bytes, and the file name it is uploaded under.
SHEETS: dict[str, tuple[Callable[[], bytes], str]] = {
    UZURANO: (uzurano_xlsx, "鶉野市DX推進計画_実施工程表.xlsx"),
    HAGINODAI: (haginodai_docx, "萩ノ台町デジタル化推進計画（第４章）.docx"),
    AZUSAGAWA: (azusagawa_xlsx, "梓川町_成果指標一覧.xlsx"),
    MOMIYAMA: (momiyama_docx, "樅山村デジタル化推進計画_取組一覧.docx"),
    AOINO: (aoino_xlsx, "葵野市DX計画（貼付け）.xlsx"),
}

#: A printed document: what builds it — the workbook Calc prints, or the Word document Writer exports.
CALC: dict[str, Callable[[], bytes]] = {
    UZURANO_PDF: uzurano_xlsx,
    AZUSAGAWA_PDF: azusagawa_xlsx,
    AOINO_PDF: aoino_xlsx,
}
WRITER: dict[str, Callable[[], bytes]] = {HAGINODAI_PDF: haginodai_docx, MOMIYAMA_PDF: momiyama_docx}
PDFS = (*CALC, *WRITER)

#: The plan period each document states (fiscal years).
PERIODS: dict[str, tuple[int, int]] = {
    UZURANO: (2024, 2028),
    UZURANO_PDF: (2024, 2028),
    HAGINODAI: (2024, 2028),
    HAGINODAI_PDF: (2024, 2028),
    AZUSAGAWA: (2024, 2028),
    AZUSAGAWA_PDF: (2024, 2028),
    MOMIYAMA: (2024, 2027),
    MOMIYAMA_PDF: (2024, 2027),
    AOINO: (2025, 2028),
    AOINO_PDF: (2025, 2028),
}


def sheet(name: str) -> tuple[bytes, str]:
    """A file as uploaded: (bytes, the file name it is saved as)."""
    build, filename = SHEETS[name]
    return build(), filename


def pdf(name: str) -> Path:
    """The document ``name`` printed to PDF (cached): Calc for the workbooks, Writer for the Word documents."""
    if name in CALC:
        from ..samplexlsx import calc_pdf

        return calc_pdf(CALC[name](), name.removesuffix(".pdf"))
    from ..samplepdf import print_word_documents

    return print_word_documents([(WRITER[name](), name.removesuffix(".pdf"))])[0]


def expected(name: str) -> dict[str, Any]:
    """The expected plan of document ``name`` in the form ``scoring.score`` takes."""
    return {"initiatives": PLANS[name][1]}
