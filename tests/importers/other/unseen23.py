"""A twenty-third batch of plans no reader was written against (the readers' code was not read): eight documents in the
file forms a plan office has — three workbooks kept by hand, a CSV exported from a 事業管理 system and four PDFs (three
printed by Chromium from HTML, one printed by LibreOffice Calc from a workbook).

Workbooks and the CSV (read as uploaded):

- 雪見台市's 令和６年度 進捗状況一覧 (``yukimidai_shinchoku_ichiran.xlsx``), kept in Excel by the plan office: a title, a
  subtitle and 「令和７年５月末現在」 over a header two rows deep — 「基本目標 | No. | 取組名 | 担当課 | 成果指標 | 単位 |
  基準値（R5）」, 「目標値」 merged over 「R6 | R7 | R8」, 「実績値（R6） | 評価 | 備考」 — the 基本目標 merged down its rows
  (「基本目標１⏎くらしの手続を⏎もっと便利に」, Alt+Enter line breaks), 取組名 and 担当課 wrapped with Alt+Enter
  (「電子申請の⏎拡充」, 「市民課⏎デジタル推進課」), a 取組 of two indicator rows (No. / 取組名 / 担当課 merged down),
  figures as numbers with the unit in its own column, 評価 A / B / C and 「－」 (実績 集計中), 備考 naming years
  (「R7から対象手続を拡大予定」: no step), a 「計」 row counting 取組 and 指標 and the 評価 under the table, an 注記 row of
  the legend, and two more sheets: 「記入例」 (the header and an example row 「○○○○の推進 | ○○課」) and 「集計」 (the 評価
  counted by 基本目標 with COUNTIF formulas);
- 岩清水市's 事業別指標一覧 (``iwashimizu_jigyo_kpi.csv``), exported from its 事業管理 system: CP932, CRLF, no title, the
  header 「事業番号,事業名,所管課,指標名,単位,基準年度,基準値,目標年度,目標値,R6実績」, one row a KPI (a 事業 of two KPI
  two rows with the same 事業番号 and 事業名, a 事業 of none one row with the KPI fields empty), years in 西暦 (「2023」),
  bare figures (「18500」), a 目標年度 before the plan's last year (2025), an empty R6実績; the plan named by the file
  「岩清水市DX推進計画_指標一覧_20250512.csv」. Also read as the same bytes under a .txt name and as the table pasted
  from Excel into a text file (tabs, UTF-8);
- 楠見町's ＤＸ推進計画 取組一覧 (``kusumi_kihon_mokuhyo.xlsx``): a 表紙 sheet (title, 計画期間, a 目次 of the sheets),
  then a sheet a 基本目標 named 「基本目標1」「基本目標2」「基本目標3」, each its own table under its title in A1 —
  「取組番号 | 取組名 | 取組の内容 | 担当課 | 成果指標 | 現状値（R5） | R7目標 | R8目標 | R9目標 | R10目標 | 実施時期」 —
  figures typed as text with their units (「25手続」, 「－」 a year without a target), a second indicator on a row of
  its own (取組番号 / 取組名 / 取組の内容 / 担当課 / 実施時期 blank), 実施時期 「R7～R10」「R8～」「R9」, 「会計室・税務課」;
- 宮ノ浦村's 事業シート (``miyanoura_jigyo_sheet.xlsx``): one sheet of cards stacked down it, two blank rows between,
  each a block of label–value cells — 「事業番号 | 1-1 | 担当課 | 総務課」, 取組名, 現状と課題 and 取組内容 (merged across,
  wrapped), a KPI table 「成果指標 | 指標名 | 単位 | 基準値（R5） | 目標値（R9）」 (the years in each card's own header, one
  card's 目標値（R7）, one card of two indicators, one card's 指標名 「－」), and 「スケジュール」 over a row of R6 … R9
  with 「検討」「準備」「実施」 or 「－」 under each year.

PDFs (read as uploaded and as ``pdftotext`` in both modes):

- 桃園町's 令和６年度 進捗状況一覧 (``momozono_shinchoku.pdf``, Chromium, A4 landscape): a ruled table 「基本目標 | 番号 |
  取組名 | 担当課 | 成果指標 | 基準値（R5） | 目標値 (R6 | R7 | R8 | R9) | 実績値（R6） | 評価 | 備考」, a header two rows deep
  repeated on page 2 (thead), the 基本目標 merged down its rows (rowspan; Chromium keeps a 基本目標's rows together, so
  page 1 ends after 基本目標１ and page 2 begins with 基本目標２ under the repeated header), figures with their
  units in the cells (「25手続」「8.5％」「32万枚」「12.5万件」), 「－」 no baseline (a 取組 begun in the plan) and no 実績,
  two 課 on two lines, a 取組 of two indicators (番号 / 取組名 / 担当課 / 備考 merged down), long 備考 wrapped, 評価 ◎○△ with
  the legend under the table;
- 笹原町's ＤＸ推進計画 第３章 (``sasahara_outline.pdf``, Chromium, A4 portrait, Word-like): a running header (the plan's
  title at the right, 「第３章　施策の展開」 at the left) and 「- n -」 at the foot, a chapter of the plan's particulars
  (計画期間 and figures of the town), then 「基本方針１　…」 > 「施策（１）　…」 > 「取組①　…」, each 取組 a paragraph,
  「【担当課】総務課、住民課」, 「指標：電子申請できる手続数　現状値（R5）25手続　目標値（R10）100手続」 (two lines for one
  取組, 「指標：－」 for one, 目標値（R7） for one) and a small 工程 table 「R6 | R7 | R8 | R9 | R10」 over 「○」「●」「→」 or a
  blank cell, the legend 「○：検討・準備　●：実施　→：継続」 above the first;
- 鏡原市's 成果指標（ＫＰＩ）の達成状況 (``kagamihara_kpi_hyoka.pdf``), kept in Excel (built here) and printed by LibreOffice
  Calc on A4 landscape: 「No. | 取組名 | 担当課 | 成果指標 | 単位 | 基準値（R4） | 目標値（R8） | 実績値（R5） | 実績値（R6） |
  達成率 | 評価 | 今後の方向性」 on one page (fit to its width), 達成率 a formula (「=(R6実績−基準値)/(目標値−基準値)」 shown
  as 「46.0%」, 「－」 without 実績), 評価 A–D and its legend under the table, 今後の方向性 wrapped over two or three lines
  (figures and years of its own: 「残る11業務を令和７年度中に」), 基本方針 rows merged across, a 取組 of two indicators (No. /
  取組名 / 担当課 / 今後の方向性 merged down), indicators whose target is below the baseline, 「鏡原市」 in the page header
  and 「- 1 -」 in the footer;
- 橘台市's ＤＸ推進計画 工程表 (``tachibanadai_kouteihyou.pdf``, Chromium, A3 landscape): 「No. | 取組名 | 取組概要 |
  R7 … R11 | 成果指標 | 現状値（R6） | 目標値（R11） | 担当課」 — the 担当課 at the right, 「市民課（情報政策課）」 with its
  関係課 in brackets (「※担当課欄の（　）内は関係課」 under the table), 取組名 marked 【新規】 or 【重点】, 「●」 (実施) and
  「○」 (検討・準備) under the years (a year left blank between two), 基本方針 rows across, 「－」 no indicator.

``PLANS[name]`` is the plan each document states, by the earlier batches' conventions: yearly target columns (雪見台市's
目標値 over R6 … R8, 桃園町's over R6 … R9, 楠見町's R7目標 … R10目標) each year's target, the last one the final target too
(「－」 none); a target column headed with its year in a table of a row an initiative or indicator (鏡原市's 目標値（R8）,
橘台市's 目標値（R11）) that year's target and the final one; a 目標値 whose year is beside it — in an outline's 指標 line
(笹原町), in a card's KPI table (宮ノ浦村), in a 目標年度 column (岩清水市) — the final target alone; 基準値 / 現状値 the
baseline of the year written (岩清水市's 基準年度), 実績 columns each year's actual (「R6実績」 2024's; 「－」 or empty none).
Figures as written: 「32万枚」 32, 「12.5万件」 12.5. 評価 letters or marks, 達成率 and 備考 are no figures of an indicator.
Who carries a 取組 out is its 担当課 as written, split at 「、」「・」 or a line break; a 関係課 in brackets (橘台市) is not.
Codes as printed: 「取組①」 under 「施策（１）」 under 「基本方針１」 1-1-1; a 【新規】/【重点】 mark is no part of a title.
A schedule is every year a step is written or marked for (「○」「●」「→」, 「検討」「実施」; 「－」 or blank none),
「R7～R10」 each year between, 「R8～」 to the plan's last year; 雪見台市's and 桃園町's lists, 岩清水市's export and 鏡原市's
KPI list state none. The 記入例 sheet's example row and the 集計 sheet's counts are no 取組.
"""

from __future__ import annotations

import csv
import html
import io
import re
from collections.abc import Callable
from typing import Any

import openpyxl
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet

from ..unseen_harness import save
from .batch_documents import batch_documents
from .docparts import (
    CENTRE,
    FONT,
    HEAD_FILL,
    LEFT,
    RIGHT,
    SECTION_FILL,
    TOP_LEFT,
    _cell,
    _esc,
    _fit_height,
    _page,
    _print_setup,
    _ruled,
    _value,
    _widths,
)
from .unseen import item, kpi, years

YUKIMIDAI = "yukimidai_shinchoku_ichiran.xlsx"
IWASHIMIZU = "iwashimizu_jigyo_kpi.csv"
KUSUMI = "kusumi_kihon_mokuhyo.xlsx"
MIYANOURA = "miyanoura_jigyo_sheet.xlsx"
MOMOZONO = "momozono_shinchoku.pdf"
SASAHARA = "sasahara_outline.pdf"
KAGAMIHARA = "kagamihara_kpi_hyoka.pdf"
TACHIBANADAI = "tachibanadai_kouteihyou.pdf"


def _offices(written: str) -> list[str]:
    """The 課 of a 担当課 cell as written: split at 「、」「・」 or a line break."""
    return [office.strip() for office in re.split(r"[\n、・]", written) if office.strip()]


def _one_line(written: str) -> str:
    """A title as read: its Alt+Enter / <br> line breaks joined."""
    return written.replace("\n", "")


# --- 雪見台市: 進捗状況一覧 kept in Excel ---------------------------------------------------------------------------

#: (基本目標 as written in its merged cell, [(No., 取組名 as written, 担当課 as written, [(成果指標, 単位, 基準値（R5）,
#:  目標値 (R6, R7, R8), 実績値（R6） (None: 「－」), 評価, 備考)])]).
_YUKIMIDAI: list[tuple[str, list[tuple[Any, ...]]]] = [
    ("基本目標１\nくらしの手続を\nもっと便利に", [
        (1, "電子申請の\n拡充", "デジタル推進課", [
            ("電子申請できる手続数", "手続", 85, (120, 160, 200), 131, "A", "子育て・介護分野の手続を追加\nR7から対象手続を拡大予定"),
        ]),
        (2, "書かない窓口の\n導入", "市民課\nデジタル推進課", [
            ("書かない窓口で受け付けた件数（年間）", "件", 0, (3000, 6000, 9000), 3420, "A", "R6.10から本庁舎で運用開始"),
        ]),
        (3, "証明書の\nコンビニ交付", "市民課", [
            ("コンビニ交付の利用率", "％", 12.5, (18.0, 22.0, 25.0), 17.2, "B", ""),
            ("交付できる証明書の種類", "種類", 4, (6, 6, 7), 6, "A", "戸籍証明書を追加"),
        ]),
        (4, "公金のキャッシュレス\n納付", "会計課\n納税課", [
            ("キャッシュレス納付の割合", "％", 21.0, (25.0, 30.0, 35.0), 24.3, "B", ""),
        ]),
    ]),
    ("基本目標２\n行政のしごとを\n効率的に", [
        (5, "ＡＩ・ＲＰＡの\n活用", "行政改革課", [
            ("ＲＰＡ等による削減時間（年間）", "時間", 2400, (3500, 4500, 6000), 3120, "C", "対象業務の選定に時間を要した"),
        ]),
        (6, "基幹業務システムの\n標準化", "デジタル推進課", [
            ("標準準拠システムへ移行した業務数", "業務", 0, (8, 20, 20), 5, "C", "一部業務の移行をR7に延期"),
        ]),
        (7, "電子決裁の推進", "総務課", [
            ("電子決裁率", "％", 35.0, (50.0, 70.0, 90.0), 52.3, "A", ""),
        ]),
        (8, "テレワークの推進", "職員課", [
            ("テレワークを実施した職員数（年間延べ）", "人", 120, (200, 300, 400), 185, "B", ""),
        ]),
    ]),
    ("基本目標３\n地域のデジタル化を\n支える", [
        (9, "スマートフォン教室の\n開催", "生涯学習課\n高齢福祉課", [
            ("教室の参加者数（年間）", "人", 210, (300, 350, 400), 342, "A", "公民館８館で開催"),
        ]),
        (10, "オープンデータの\n推進", "デジタル推進課", [
            ("公開データセット数", "件", 36, (50, 65, 80), None, "－", "集計中（R7.6公表予定）"),
        ]),
    ]),
]  # fmt: skip

_Y_HEAD = ["基本目標", "No.", "取組名", "担当課", "成果指標", "単位", "基準値\n（R5）", "目標値", None, None,
           "実績値\n（R6）", "評価", "備考"]  # fmt: skip
_Y_WIDTHS = [14.0, 5.0, 20.0, 15.0, 28.0, 6.0, 9.0, 8.0, 8.0, 8.0, 9.0, 6.0, 30.0]
_Y_LEGEND = "※評価　A：目標を達成　B：概ね達成（目標の８割以上）　C：未達成（目標の８割未満）　－：実績集計中のため評価できない"


def _y_header(sheet: Worksheet, row: int) -> None:
    """The two header rows: 「目標値」 merged over R6 | R7 | R8, the other labels merged down both rows."""
    for column, label in enumerate(_Y_HEAD, start=1):
        if label is not None:
            _cell(sheet, row, column, label, CENTRE, 10)
        if column not in (8, 9, 10):
            sheet.merge_cells(start_row=row, start_column=column, end_row=row + 1, end_column=column)
    sheet.merge_cells(start_row=row, start_column=8, end_row=row, end_column=10)
    for column, label in ((8, "R6"), (9, "R7"), (10, "R8")):
        _cell(sheet, row + 1, column, label, CENTRE, 10)
    for at in (row, row + 1):
        _ruled(sheet, at, 1, 13, HEAD_FILL)
        sheet.row_dimensions[at].height = 20


def _y_number(sheet: Worksheet, row: int, column: int, value: Any) -> None:
    _cell(sheet, row, column, value if value is not None else "－", RIGHT)
    sheet.cell(row, column).number_format = "#,##0.0" if isinstance(value, float) else "#,##0"


def yukimidai_xlsx() -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "進捗状況一覧"
    sheet["A1"] = "雪見台市ＤＸ推進計画（令和６年度～令和８年度）"
    sheet["A1"].font = Font(name=FONT, size=14, bold=True)
    sheet["A2"] = "令和６年度　進捗状況一覧"
    sheet["A2"].font = Font(name=FONT, size=12, bold=True)
    sheet["K3"] = "令和７年５月末現在"
    sheet["K3"].font = Font(name=FONT, size=10)
    sheet["K3"].alignment = Alignment(horizontal="right")
    sheet.merge_cells("K3:M3")
    _y_header(sheet, 5)
    row = 7
    grades: list[str] = []
    count = 0
    for goal, entries in _YUKIMIDAI:
        goal_first = row
        for number, title, written, indicators in entries:
            count += 1
            first = row
            for at, (name, unit, base, targets, actual, grade, note) in enumerate(indicators):
                if at == 0:
                    _cell(sheet, row, 2, number, CENTRE)
                    _cell(sheet, row, 3, title, LEFT)
                    _cell(sheet, row, 4, written, LEFT)
                _cell(sheet, row, 5, name, LEFT)
                _cell(sheet, row, 6, unit, CENTRE)
                for column, value in zip((7, 8, 9, 10, 11), (base, *targets, actual), strict=True):
                    _y_number(sheet, row, column, value)
                _cell(sheet, row, 12, grade, CENTRE)
                _cell(sheet, row, 13, note or None, LEFT)
                _ruled(sheet, row, 1, 13)
                _fit_height(
                    sheet, row, _Y_WIDTHS[2:5], [title, written, name] if at == 0 else [None, None, name]
                )
                grades.append(grade)
                row += 1
            if row - first > 1:
                for column in (2, 3, 4):
                    sheet.merge_cells(
                        start_row=first, start_column=column, end_row=row - 1, end_column=column
                    )
        _cell(sheet, goal_first, 1, goal, CENTRE)
        sheet.merge_cells(start_row=goal_first, start_column=1, end_row=row - 1, end_column=1)
    # the 計 row: 取組 and 指標 counted, the 評価 counted under the 評価 column
    counted = "　".join(f"{g}：{grades.count(g)}" for g in ("A", "B", "C", "－"))
    _cell(sheet, row, 1, "計", CENTRE)
    sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=2)
    _cell(sheet, row, 3, f"{count}取組", CENTRE)
    _cell(sheet, row, 5, f"{len(grades)}指標", CENTRE)
    _cell(sheet, row, 12, counted, LEFT, 9)
    sheet.merge_cells(start_row=row, start_column=12, end_row=row, end_column=13)
    _ruled(sheet, row, 1, 13, SECTION_FILL)
    sheet.cell(row + 1, 1, _Y_LEGEND).font = Font(name=FONT, size=9)
    sheet.merge_cells(start_row=row + 1, start_column=1, end_row=row + 1, end_column=13)
    _widths(sheet, _Y_WIDTHS)
    sheet.freeze_panes = "C7"
    _print_setup(sheet, paper=sheet.PAPERSIZE_A4, area=f"A1:M{row + 1}", titles="5:6", header="雪見台市")

    example = book.create_sheet("記入例")
    example["A1"] = "【記入例】　※このシートは入力方法の説明用です"
    example["A1"].font = Font(name=FONT, size=12, bold=True, color="C00000")
    _y_header(example, 3)
    sample = ["基本目標○\n○○○○○○", 1, "○○○○の推進", "○○課\n△△課", "○○の件数（年間）", "件", 100, 120, 140, 160, 125,
              "A", "セル内の改行は Alt＋Enter"]  # fmt: skip
    for column, value in enumerate(sample, start=1):
        _cell(example, 5, column, value, RIGHT if isinstance(value, int) and column > 6 else LEFT)
    example.row_dimensions[5].height = 34
    for line, note in enumerate(
        (
            "※数値は半角で入力し、単位は「単位」欄に記入する。",
            "※実績が未集計の場合は「－」を入力し、備考に公表予定時期を記入する。",
            "※評価は「A」「B」「C」「－」から選択する。",
        ),  # fmt: skip
        start=7,
    ):
        example.cell(line, 1, note).font = Font(name=FONT, size=10)
    _widths(example, _Y_WIDTHS)

    totals = book.create_sheet("集計")
    totals["A1"] = "評価の集計（令和６年度）"
    totals["A1"].font = Font(name=FONT, size=12, bold=True)
    for column, label in enumerate(("基本目標", "取組数", "指標数", "A", "B", "C", "－"), start=1):
        _cell(totals, 3, column, label, CENTRE)
    _ruled(totals, 3, 1, 7, HEAD_FILL)
    row, at = 4, 7
    for goal, entries in _YUKIMIDAI:
        rows = sum(len(indicators) for *_, indicators in entries)
        span = f"進捗状況一覧!L{at}:L{at + rows - 1}"
        _cell(totals, row, 1, goal.split("\n")[0], LEFT)
        _cell(totals, row, 2, len(entries), RIGHT)
        _cell(totals, row, 3, rows, RIGHT)
        for column, grade in zip(range(4, 8), ("A", "B", "C", "－"), strict=True):
            _cell(totals, row, column, f'=COUNTIF({span},"{grade}")', RIGHT)
        row, at = row + 1, at + rows
    _cell(totals, row, 1, "合計", CENTRE)
    for column in range(2, 8):
        letter = get_column_letter(column)
        _cell(totals, row, column, f"=SUM({letter}4:{letter}{row - 1})", RIGHT)
    _ruled(totals, row, 1, 7, SECTION_FILL)
    _widths(totals, [16.0, 8.0, 8.0, 6.0, 6.0, 6.0, 6.0])
    return save(book)


def _yukimidai() -> list[dict[str, Any]]:
    out = []
    for _, entries in _YUKIMIDAI:
        for number, title, written, indicators in entries:
            found = []
            for _, _, base, targets, actual, _, _ in indicators:
                by_year = tuple(zip((2024, 2025, 2026), targets, strict=True))
                found.append(
                    kpi((2023, base), by_year[-1], by_year, ((2024, actual),) if actual is not None else ())
                )
            out.append(item(str(number), _one_line(title), _offices(written), tuple(found)))
    return out


# --- 岩清水市: a 事業管理 system's CSV export, one row a KPI ------------------------------------------------------------

IWASHIMIZU_HEADER = [
    "事業番号",
    "事業名",
    "所管課",
    "指標名",
    "単位",
    "基準年度",
    "基準値",
    "目標年度",
    "目標値",
    "R6実績",
]

#: (事業番号, 事業名, 所管課, [(指標名, 単位, 基準年度, 基準値, 目標年度, 目標値, R6実績 (None: empty))]); a 事業 without KPI
#: has none.
_IWASHIMIZU: list[tuple[str, str, str, list[tuple[Any, ...]]]] = [
    ("1-01", "電子申請システムの拡充", "情報政策課", [
        ("電子申請対応手続数", "手続", 2023, 120, 2028, 400, 185),
        ("電子申請の利用件数（年間）", "件", 2023, 18500, 2028, 60000, 24300),
    ]),
    ("1-02", "マイナンバーカードの利活用促進", "市民課", [("マイナンバーカード保有率", "%", 2023, 72.4, 2028, 90, 78.9)]),
    ("1-03", "書かない窓口の導入", "市民課", [("書かない窓口対応手続数", "手続", 2023, 0, 2026, 40, 12)]),
    ("1-04", "公金収納のキャッシュレス化", "納税課", [("キャッシュレス納付率", "%", 2023, 18.2, 2028, 40, 22.5)]),
    ("1-05", "子育て関係手続のオンライン化", "こども家庭課", [("オンライン化した子育て関係手続数", "手続", 2023, 5, 2028, 30, 11)]),
    ("2-01", "基幹業務システムの標準化", "情報政策課", [("標準準拠システムへ移行した業務数", "業務", 2023, 0, 2025, 20, 7)]),
    ("2-02", "RPA・AI-OCRの活用", "行政経営課", [("RPA・AI-OCRによる削減時間（年間）", "時間", 2023, 3200, 2028, 12000, 4850)]),
    ("2-03", "電子契約の導入", "契約課", [("電子契約の割合", "%", 2023, 0, 2028, 50, None)]),
    ("2-04", "ペーパーレス会議の推進", "総務課", [
        ("会議資料の印刷枚数（年間）", "千枚", 2022, 1450, 2028, 700, 1210),
        ("タブレット端末を使用する会議の数", "会議", 2023, 8, 2028, 40, 15),
    ]),
    ("2-05", "情報セキュリティ研修の実施", "情報政策課", [("研修受講率", "%", 2023, 85, 2028, 100, 97.5)]),
    ("3-01", "デジタル活用支援員の派遣", "地域協働課", [("支援件数（年間）", "件", 2023, 320, 2028, 1000, 460)]),
    ("3-02", "防災情報のデジタル配信", "危機管理課", [("防災アプリ登録者数", "人", 2023, 15600, 2028, 40000, 21800)]),
    ("3-03", "地域情報化推進体制の整備", "情報政策課", []),
]  # fmt: skip


def _iwashimizu_rows() -> list[list[str]]:
    def cell(value: Any) -> str:
        return "" if value is None else str(value)

    rows = [IWASHIMIZU_HEADER]
    for code, title, office, indicators in _IWASHIMIZU:
        for indicator in indicators or [(None,) * 7]:
            rows.append([code, title, office, *(cell(v) for v in indicator)])
    return rows


def iwashimizu_csv() -> bytes:
    """The export: CP932, CRLF, quoted only where a field needs it."""
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows(_iwashimizu_rows())
    return out.getvalue().encode("cp932")


def iwashimizu_pasted() -> bytes:
    """The export opened in Excel and its table pasted into a text file: tabs, UTF-8, LF."""
    return ("\n".join("\t".join(row) for row in _iwashimizu_rows()) + "\n").encode("utf-8")


def _iwashimizu() -> list[dict[str, Any]]:
    out = []
    for code, title, office, indicators in _IWASHIMIZU:
        found = tuple(
            kpi((base_fy, base), (goal_fy, goal), actuals=((2024, actual),) if actual is not None else ())
            for _, _, base_fy, base, goal_fy, goal, actual in indicators
        )
        out.append(item(code, title, [office], found))
    return out


# --- 楠見町: a sheet a 基本目標 --------------------------------------------------------------------------------------

#: (sheet, 基本目標 title, [(取組番号, 取組名, 取組の内容, 担当課 as written, [(成果指標, 現状値（R5）, (R7, R8, R9, R10
#:  目標))], 実施時期)]) — figures as typed, with their units; 「－」 none.
_KUSUMI: list[tuple[str, str, list[tuple[Any, ...]]]] = [
    ("基本目標1", "基本目標１　誰もが使いやすい行政サービス", [
        ("1-1", "電子申請の拡充", "申請・届出のオンライン化を進め、スマートフォンから手続ができるようにする。", "住民課", [
            ("電子申請できる手続数", "25手続", ("40手続", "60手続", "80手続", "100手続")),
            ("電子申請の利用率", "12.0%", ("15.0%", "20.0%", "25.0%", "30.0%")),
        ], "R7～R10"),
        ("1-2", "公金のキャッシュレス化", "町税・使用料の納付や窓口での支払にキャッシュレス決済を導入する。", "会計室・税務課", [
            ("キャッシュレス決済できる窓口数", "1か所", ("－", "3か所", "5か所", "6か所")),
        ], "R8～"),
        ("1-3", "証明書のコンビニ交付", "マイナンバーカードを利用した各種証明書のコンビニ交付を開始する。", "住民課", [
            ("コンビニ交付の利用件数（年間）", "0件", ("300件", "600件", "900件", "1,200件")),
        ], "R7～R10"),
        ("1-4", "町ホームページの再構築", "スマートフォンで見やすく、必要な情報にたどり着けるホームページにする。", "総務課", [
            ("ホームページの閲覧数（年間）", "32万件", ("33万件", "36万件", "38万件", "40万件")),
        ], "R7～R8"),
    ]),
    ("基本目標2", "基本目標２　効率的で持続可能な行政運営", [
        ("2-1", "基幹業務システムの標準化", "国の標準仕様に準拠したシステムへ移行し、ガバメントクラウドを利用する。", "総務課", [
            ("標準準拠システムへ移行した業務数", "0業務", ("20業務", "20業務", "20業務", "20業務")),
        ], "R7"),
        ("2-2", "ＲＰＡ・生成ＡＩの活用", "定型業務の自動化と文書作成への生成ＡＩの活用で事務時間を減らす。", "企画課", [
            ("削減した事務時間（年間）", "200時間", ("400時間", "700時間", "1,000時間", "1,300時間")),
        ], "R7～R10"),
        ("2-3", "電子決裁の導入", "文書管理システムを更新し、起案から決裁までを電子で行う。", "総務課", [
            ("電子決裁率", "0%", ("－", "40%", "70%", "90%")),
        ], "R8～"),
    ]),
    ("基本目標3", "基本目標３　デジタルでつながる地域づくり", [
        ("3-1", "デジタル活用支援", "スマートフォン教室と個別相談会を公民館で開催する。", "生涯学習課", [
            ("教室・相談会の参加者数（年間）", "80人", ("120人", "160人", "200人", "240人")),
        ], "R7～R10"),
        ("3-2", "防災情報の多様な発信", "防災アプリとＬＩＮＥで避難情報を配信する。", "防災安全課", [
            ("防災アプリの登録者数", "1,500人", ("2,000人", "2,600人", "3,200人", "4,000人")),
        ], "R7～R10"),
        ("3-3", "スマート農業の推進", "ドローンや自動操舵トラクターの導入を支援する。", "農林課", [
            ("スマート農業機器を導入した経営体数", "3経営体", ("－", "－", "8経営体", "12経営体")),
        ], "R9～R10"),
    ]),
]  # fmt: skip

_K_HEAD = ["取組番号", "取組名", "取組の内容", "担当課", "成果指標", "現状値\n（R5）", "R7目標", "R8目標", "R9目標", "R10目標",
           "実施時期"]  # fmt: skip
_K_WIDTHS = [8.0, 22.0, 36.0, 14.0, 26.0, 10.0, 9.0, 9.0, 9.0, 9.0, 10.0]


def kusumi_xlsx() -> bytes:
    book = openpyxl.Workbook()
    cover = book.active
    assert cover is not None
    cover.title = "表紙"
    cover["B3"] = "楠見町ＤＸ推進計画"
    cover["B3"].font = Font(name=FONT, size=20, bold=True)
    cover["B5"] = "取組一覧"
    cover["B5"].font = Font(name=FONT, size=16)
    cover["B7"] = "計画期間：令和７年度～令和10年度"
    cover["B9"] = "目次"
    for line, (name, title, _) in enumerate(_KUSUMI, start=10):
        cover.cell(line, 2, f"シート「{name}」　{title.split('　', 1)[1]}")
    cover["B15"] = "令和７年３月　楠見町 総務課"
    cover.column_dimensions["B"].width = 60
    for name, title, entries in _KUSUMI:
        sheet = book.create_sheet(name)
        sheet["A1"] = title
        sheet["A1"].font = Font(name=FONT, size=14, bold=True)
        for column, label in enumerate(_K_HEAD, start=1):
            _cell(sheet, 3, column, label, CENTRE)
        _ruled(sheet, 3, 1, len(_K_HEAD), HEAD_FILL)
        sheet.row_dimensions[3].height = 30
        row = 4
        for code, title_, content, written, indicators, period in entries:
            for at, (name_, base, targets) in enumerate(indicators):
                lead = [code, title_, content, written] if at == 0 else [None] * 4
                cells = [*lead, name_, base, *targets, period if at == 0 else None]
                for column, value in enumerate(cells, start=1):
                    _cell(sheet, row, column, value, RIGHT if 6 <= column <= 10 else LEFT)
                _fit_height(sheet, row, _K_WIDTHS[1:5], cells[1:5])
                row += 1
        sheet.cell(row + 1, 1, "※目標値の「－」は、その年度の目標を設定しないもの。").font = Font(
            name=FONT, size=9
        )
        _widths(sheet, _K_WIDTHS)
        sheet.freeze_panes = "A4"
        _print_setup(
            sheet, paper=sheet.PAPERSIZE_A4, area=f"A1:K{row + 1}", titles="3:3", header="楠見町ＤＸ推進計画"
        )
    return save(book)


def _kusumi() -> list[dict[str, Any]]:
    out = []
    for _, _, entries in _KUSUMI:
        for code, title, _, written, indicators, period in entries:
            found = []
            for _, base, targets in indicators:
                by_year = tuple(
                    (fy, _value(t))
                    for fy, t in zip(years(2025, 2028), targets, strict=True)
                    if _value(t) is not None
                )
                found.append(kpi((2023, _value(base)), by_year[-1], by_year))  # type: ignore[arg-type]
            first, _, last = period.partition("～")
            last_fy = (
                2028 if period.endswith("～") else (2018 + int(last[1:]) if last else 2018 + int(first[1:]))
            )
            out.append(
                item(code, title, _offices(written), tuple(found), years(2018 + int(first[1:]), last_fy))
            )
    return out


# --- 宮ノ浦村: 事業シート, cards stacked down one sheet ------------------------------------------------------------------

#: (事業番号, 取組名, 担当課 as written, 現状と課題, 取組内容, (基準値's 令和 year, 目標値's), [(指標名, 単位, 基準値, 目標値)]
#:  ([("－", …)]: no indicator), steps R6–R9 (「－」 none)).
_MIYANOURA: list[tuple[Any, ...]] = [
    ("1-1", "行政手続のオンライン化", "総務課、住民課",
     "村への申請・届出の多くは紙と来庁が前提で、平日の日中に来庁できない村民の負担になっている。",
     "村民の利用が多い手続から順に電子申請に対応させ、村ホームページと公式ＬＩＮＥから申請できるようにする。", (5, 9),
     [("電子申請できる手続数", "手続", "8", "40")], ("検討", "実施", "実施", "実施")),
    ("1-2", "キャッシュレス決済の導入", "会計室",
     "役場窓口での支払は現金のみで、住民票の写し等の手数料の支払に不便がある。",
     "窓口にキャッシュレス決済端末を置き、使用料・手数料の支払に使えるようにする。", (5, 9),
     [("キャッシュレス決済に対応した窓口数", "か所", "0", "4")], ("準備", "実施", "実施", "実施")),
    ("1-3", "防災行政無線のデジタル化", "総務課",
     "アナログ防災行政無線の設備が更新時期を迎え、屋外で聞き取りにくいとの声も多い。",
     "デジタル方式に更新し、放送内容を防災アプリと村ホームページにも配信する。", (5, 7),
     [("戸別受信機の設置世帯数", "世帯", "0", "850")], ("実施", "実施", "－", "－")),
    ("2-1", "基幹業務システムの標準化", "総務課、住民課、税務課",
     "住民記録や税など20業務のシステムを、国の標準仕様に準拠したシステムへ移行する必要がある。",
     "近隣町村と共同で標準準拠システムを調達し、ガバメントクラウドへ移行する。", (5, 9),
     [("標準準拠システムへ移行した業務数", "業務", "0", "20")], ("実施", "実施", "－", "－")),
    ("2-2", "テレワーク・Ｗｅｂ会議の推進", "総務課",
     "職員数が少なく、研修や会議のための出張が業務の負担になっている。",
     "Ｗｅｂ会議の環境を全課に整え、在宅勤務のルールを定める。", (5, 9),
     [("Ｗｅｂ会議の開催回数（年間）", "回", "24", "120"), ("テレワークを実施した職員数（年間）", "人", "0", "30")],
     ("検討", "準備", "実施", "実施")),
    ("2-3", "情報セキュリティ対策の強化", "総務課",
     "標的型攻撃メールなど、小規模な自治体を狙った攻撃が増えている。",
     "全職員に年１回の研修と訓練を行い、情報セキュリティポリシーを見直す。", (5, 9),
     [("－", "", "", "")], ("実施", "実施", "実施", "実施")),
    ("3-1", "高齢者のスマートフォン教室", "保健福祉課",
     "高齢化率が45％を超え、スマートフォンを使えない高齢者が行政サービスから取り残されるおそれがある。",
     "地区の集会所で少人数のスマートフォン教室を開き、マイナンバーカードの使い方も伝える。", (5, 9),
     [("教室の参加者数（延べ）", "人", "30", "200")], ("実施", "実施", "実施", "実施")),
    ("3-2", "観光・特産品情報の発信", "産業振興課",
     "観光と特産品の情報が村内の各団体に分散し、村外に届いていない。",
     "観光協会と共同でＳＮＳとＥＣサイトを運用し、特産品の通信販売を始める。", (5, 9),
     [("ＥＣサイトの売上額（年間）", "千円", "0", "6,000")], ("－", "検討", "準備", "実施")),
]  # fmt: skip

_M_WIDTHS = [14.0, 16.0, 16.0, 10.0, 14.0, 14.0]
_M_LABEL = PatternFill("solid", fgColor="E2EFDA")


def miyanoura_xlsx() -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "事業シート"
    sheet["A1"] = "宮ノ浦村デジタル化推進計画　事業シート"
    sheet["A1"].font = Font(name=FONT, size=14, bold=True)
    sheet["A2"] = "計画期間：令和６年度～令和９年度"
    sheet["A2"].font = Font(name=FONT, size=10)

    def label(row: int, column: int, text: str, down: int = 0) -> None:
        _cell(sheet, row, column, text, CENTRE)
        sheet.cell(row, column).fill = _M_LABEL
        if down:
            sheet.merge_cells(start_row=row, start_column=column, end_row=row + down, end_column=column)

    def across(row: int, text: str, height: float = 20.0) -> None:
        _cell(sheet, row, 2, text, TOP_LEFT)
        sheet.merge_cells(start_row=row, start_column=2, end_row=row, end_column=6)
        sheet.row_dimensions[row].height = height

    row = 4
    for code, title, written, issue, content, (base_year, goal_year), indicators, steps in _MIYANOURA:
        label(row, 1, "事業番号")
        _cell(sheet, row, 2, code, CENTRE)
        label(row, 3, "担当課")
        _cell(sheet, row, 4, written, LEFT)
        sheet.merge_cells(start_row=row, start_column=4, end_row=row, end_column=6)
        label(row + 1, 1, "取組名")
        across(row + 1, title)
        label(row + 2, 1, "現状と課題")
        across(row + 2, issue, 36.0)
        label(row + 3, 1, "取組内容")
        across(row + 3, content, 36.0)
        row += 4
        label(row, 1, "成果指標", len(indicators))
        for column, text in (
            (2, "指標名"),
            (4, "単位"),
            (5, f"基準値（R{base_year}）"),
            (6, f"目標値（R{goal_year}）"),
        ):
            label(row, column, text)
        sheet.merge_cells(start_row=row, start_column=2, end_row=row, end_column=3)
        for at, (name, unit, base, goal) in enumerate(indicators, start=1):
            _cell(sheet, row + at, 2, name, LEFT)
            sheet.merge_cells(start_row=row + at, start_column=2, end_row=row + at, end_column=3)
            _cell(sheet, row + at, 4, unit or None, CENTRE)
            for column, figure in ((5, _value(base)), (6, _value(goal))):
                _cell(sheet, row + at, column, figure, RIGHT)
                sheet.cell(row + at, column).number_format = "#,##0"
        _ruled(sheet, row, 1, 6)
        row += len(indicators) + 1
        label(row, 1, "スケジュール", 1)
        for column, year in enumerate(("R6", "R7", "R8", "R9"), start=2):
            label(row, column, year)
            _cell(sheet, row + 1, column, steps[column - 2], CENTRE)
        _ruled(sheet, row, 1, 6)
        _ruled(sheet, row + 1, 1, 6)
        row += 4  # two blank rows between the cards
    _widths(sheet, _M_WIDTHS)
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.orientation = "portrait"
    sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight = 1, 0
    sheet.print_area = f"A1:F{row - 2}"
    return save(book)


def _miyanoura() -> list[dict[str, Any]]:
    out = []
    for code, title, written, _, _, (base_year, goal_year), indicators, steps in _MIYANOURA:
        found = tuple(
            kpi((2018 + base_year, _value(base)), (2018 + goal_year, _value(goal)))  # type: ignore[arg-type]
            for name, _, base, goal in indicators
            if name != "－"
        )
        schedule = tuple(fy for fy, step in zip(years(2024, 2027), steps, strict=True) if step != "－")
        out.append(item(code, title, _offices(written), found, schedule))
    return out


# --- 桃園町: 進捗状況一覧 printed by Chromium, A4 landscape ---------------------------------------------------------------

#: (基本目標, [(番号, 取組名, 担当課 as written, [(成果指標, 基準値（R5）, 目標値 (R6, R7, R8, R9), 実績値（R6）, 評価)],
#:  備考)]) — figures as printed, 「－」 none.
_MOMOZONO: list[tuple[str, list[tuple[Any, ...]]]] = [
    ("基本目標１　便利で快適な町民サービス", [
        (1, "行政手続のオンライン化", "総務課", [
            ("電子申請できる手続数", "25手続", ("40手続", "50手続", "65手続", "80手続"), "43手続", "◎"),
        ], "令和６年度は子育て・介護関係の18手続を電子申請に対応させた。令和７年度は施設予約と各種証明書の請求を対象に加える。"),
        (2, "マイナンバーカードの利活用", "住民課", [
            ("コンビニ交付の利用率", "8.5％", ("12.0％", "15.0％", "18.0％", "20.0％"), "11.2％", "○"),
        ], "広報誌とＳＮＳで周知した。窓口での案内を強化する。"),
        (3, "窓口のキャッシュレス化", "会計室\n税務課", [
            ("キャッシュレス決済に対応した窓口数", "1か所", ("3か所", "5か所", "6か所", "8か所"), "3か所", "◎"),
        ], "本庁舎の３窓口に決済端末を設置した。"),
        (4, "オンライン相談の実施", "健康推進課\n子育て支援課", [
            ("オンライン相談の件数（年間）", "－", ("20件", "50件", "80件", "100件"), "24件", "◎"),
            ("オンライン相談の利用者満足度", "－", ("70.0％", "75.0％", "80.0％", "80.0％"), "－", "－"),
        ], "令和６年度から新たに実施。満足度調査は令和７年度から行う。"),
    ]),
    ("基本目標２　効率的な町役場", [
        (5, "電子決裁の導入", "総務課", [
            ("電子決裁率", "0％", ("30％", "60％", "80％", "90％"), "34％", "◎"),
        ], "令和６年７月に文書管理システムを更新し、電子決裁を開始した。"),
        (6, "ＲＰＡ・ＡＩ－ＯＣＲの活用", "企画財政課", [
            ("ＲＰＡ等による削減時間（年間）", "150時間", ("400時間", "700時間", "1,000時間", "1,200時間"), "310時間", "△"),
        ], "対象業務の洗い出しと業務手順の見直しに時間を要し、ＲＰＡの本格稼働が令和６年度下半期となった。令和７年度は"
           "税務・福祉分野の定型業務を中心に対象を広げ、職員向けの研修を行う。"),
        (7, "テレワーク環境の整備", "総務課", [
            ("テレワークを実施した職員数", "5人", ("15人", "25人", "35人", "40人"), "18人", "◎"),
        ], "持ち出し用パソコンを20台整備した。"),
        (8, "会議のペーパーレス化", "総務課\n議会事務局", [
            ("会議資料の印刷枚数（年間）", "32万枚", ("28万枚", "24万枚", "20万枚", "16万枚"), "29万枚", "○"),
        ], "議会の委員会でタブレット端末の試行を始めた。"),
        (9, "情報セキュリティ研修の実施", "総務課", [
            ("研修の受講率", "78.0％", ("85.0％", "90.0％", "95.0％", "100.0％"), "88.5％", "◎"),
        ], "全職員向けのｅラーニングと標的型攻撃メール訓練を行った。"),
    ]),
    ("基本目標３　デジタルでつながる地域", [
        (10, "防災アプリの普及", "総務課", [
            ("防災アプリの登録者数", "1,800人", ("2,500人", "3,200人", "4,000人", "5,000人"), "2,640人", "◎"),
        ], "防災訓練の会場で登録を案内した。"),
        (11, "スマホ教室の開催", "生涯学習課", [
            ("教室の参加者数（年間）", "40人", ("60人", "80人", "100人", "120人"), "52人", "△"),
        ], "講師の確保が難しく、開催回数が計画の半分にとどまった。令和７年度は携帯電話事業者と連携して回数を増やす。"),
        (12, "地域公共交通のデジタル化", "企画財政課", [
            ("デマンド交通のアプリ予約率", "0％", ("10.0％", "20.0％", "30.0％", "40.0％"), "6.5％", "△"),
        ], "高齢の利用者が多く、電話予約が中心となっている。乗降場所でアプリ予約の相談会を開く。"),
        (13, "観光情報のデジタル発信", "商工観光課", [
            ("観光サイトの閲覧数（年間）", "12.5万件", ("14万件", "16万件", "18万件", "20万件"), "15.2万件", "◎"),
        ], "観光協会と共同でサイトを多言語化した。"),
    ]),
]  # fmt: skip


#: The columns' widths (mm) as the office set them: 取組名, 担当課, 成果指標 and 備考 wide enough to read.
_MOMOZONO_COLUMNS = (
    "<colgroup>"
    + "".join(f"<col style='width:{w}mm'>" for w in (18, 8, 30, 20, 30, 16, 17, 17, 17, 17, 17, 8, 50))
    + "</colgroup>"
)


def momozono_html() -> str:
    head = (
        "<thead><tr><th rowspan=2>基本目標</th><th rowspan=2>番号</th><th rowspan=2>取組名</th><th rowspan=2>担当課</th>"
        "<th rowspan=2>成果指標</th><th rowspan=2>基準値<br>（R5）</th><th colspan=4>目標値</th>"
        "<th rowspan=2>実績値<br>（R6）</th><th rowspan=2>評価</th><th rowspan=2>備考</th></tr>"
        "<tr><th>R6</th><th>R7</th><th>R8</th><th>R9</th></tr></thead>"
    )
    rows = []
    for goal, entries in _MOMOZONO:
        span = sum(len(indicators) for _, _, _, indicators, _ in entries)
        for at_entry, (number, title, written, indicators, note) in enumerate(entries):
            for at, (name, base, targets, actual, grade) in enumerate(indicators):
                cells = []
                if at_entry == 0 and at == 0:
                    cells.append(f"<td rowspan={span} class=g>{_esc(goal)}</td>")
                lead = len(indicators)
                if at == 0:
                    cells.append(f"<td rowspan={lead} class=c>{number}</td><td rowspan={lead}>{_esc(title)}</td>"
                                 f"<td rowspan={lead}>{_esc(written)}</td>")  # fmt: skip
                cells.append(f"<td>{_esc(name)}</td><td class=n>{base}</td>")
                cells += [f"<td class=n>{t}</td>" for t in targets]
                cells.append(f"<td class=n>{actual}</td><td class=c>{grade}</td>")
                if at == 0:
                    cells.append(f"<td rowspan={lead} class=note>{_esc(note)}</td>")
                rows.append("<tr>" + "".join(cells) + "</tr>")
    body = (
        "<h2 style='text-align:center'>桃園町ＤＸ推進計画（令和６年度～令和９年度）　令和６年度 進捗状況一覧</h2>"
        "<p style='text-align:right'>令和７年６月　桃園町 総務課</p>"
        f"<table>{_MOMOZONO_COLUMNS}{head}<tbody>{''.join(rows)}</tbody></table>"
        "<p>※評価　◎：目標を達成　○：概ね達成（目標の８割以上）　△：遅れている（目標の８割未満）　－：実績がなく評価できない</p>"
        "<p>※基準値の「－」は、計画期間中に新たに始めた取組。</p>"
    )
    css = (
        "td.c { text-align: center; } td.n { text-align: right; white-space: nowrap; } "
        "table { table-layout: fixed; } td.g { background: #F2F2F2; } td.note { font-size: 8.5pt; } "
        "tr { break-inside: avoid; }"
    )
    return _page(body, size="A4 landscape", header="桃園町ＤＸ推進計画　進捗状況一覧", css=css, font="9.5pt")


def _momozono() -> list[dict[str, Any]]:
    out = []
    for _, entries in _MOMOZONO:
        for number, title, written, indicators, _ in entries:
            found = []
            for _, base, targets, actual, _ in indicators:
                by_year = tuple((fy, _value(t)) for fy, t in zip(years(2024, 2027), targets, strict=True))
                baseline = (2023, _value(base)) if _value(base) is not None else None
                done = ((2024, _value(actual)),) if _value(actual) is not None else ()
                found.append(kpi(baseline, by_year[-1], by_year, done))  # type: ignore[arg-type]
            out.append(item(str(number), title, _offices(written), tuple(found)))
    return out


# --- 笹原町: a Word-like outline printed by Chromium, A4 portrait ---------------------------------------------------------

#: (基本方針, [(施策, [(取組名, 担当課 as written, 取組内容, [(指標, 現状値（R5）, 目標値, 目標値's 令和 year)], marks R6–R10
#:  (○ 検討・準備, ● 実施, → 継続, blank none))])]).
_SASAHARA: list[tuple[str, list[tuple[str, list[tuple[Any, ...]]]]]] = [
    ("住民サービスの向上", [
        ("行政手続のオンライン化", [
            ("電子申請の拡充", "総務課",
             "令和５年度末で25手続にとどまっている電子申請を、住民の利用が多い手続から順に広げ、自宅から申請できる手続を"
             "増やします。", [("電子申請できる手続数", "25手続", "100手続", 10)], "○●→→→"),
            ("公金のキャッシュレス決済の導入", "税務課、会計室",
             "町税や保育料などの納付に、スマートフォン決済とクレジットカード納付を導入します。",
             [("キャッシュレス決済に対応した公金の種類", "2種類", "10種類", 10)], " ○●→→"),
        ]),
        ("窓口サービスの向上", [
            ("書かない窓口の導入", "住民課",
             "窓口で職員が聞き取って申請書を作成し、住民は確認と署名だけで手続ができるようにします。",
             [("書かない窓口で受け付ける手続数", "0手続", "30手続", 10),
              ("窓口の平均待ち時間", "15分", "8分", 10)], "○○●→→"),
            ("オンライン相談の実施", "福祉課、子育て支援課",
             "福祉や子育ての相談を、ビデオ通話で自宅から受けられるようにします。",
             [("オンライン相談の件数（年間）", "12件", "120件", 10)], " ●→→→"),
        ]),
    ]),
    ("行政運営の効率化", [
        ("業務の効率化", [
            ("ＲＰＡ・ＡＩの活用", "企画課",
             "定型的な入力作業をＲＰＡで自動化し、会議録の作成などにＡＩを活用します。",
             [("ＲＰＡ・ＡＩによる削減時間（年間）", "300時間", "2,000時間", 10)], "●→→→→"),
            ("電子決裁・文書管理システムの導入", "総務課",
             "文書の起案から決裁、保存までを電子で行い、紙の文書を減らします。",
             [("電子決裁率", "0％", "80％", 10)], "○●→→→"),
        ]),
        ("情報基盤の整備", [
            ("基幹業務システムの標準化", "総務課、住民課、税務課",
             "住民記録、税、福祉などの基幹業務システムを、国の標準仕様に準拠したシステムへ移行します。",
             [("標準準拠システムへ移行した業務数", "0業務", "20業務", 7)], "●●   "),
            ("情報セキュリティ対策の強化", "総務課",
             "職員研修と標的型攻撃メールの訓練を毎年行い、情報セキュリティポリシーを見直します。", [], "●→→→→"),
        ]),
    ]),
    ("地域のデジタル化", [
        ("デジタルデバイド対策", [
            ("スマートフォン教室の開催", "生涯学習課",
             "公民館でスマートフォン教室を開き、マイナンバーカードや電子申請の使い方を学べるようにします。",
             [("教室の参加者数（年間）", "60人", "300人", 10)], "●→→→→"),
        ]),
        ("地域産業のデジタル化", [
            ("スマート農業の推進", "農林振興課",
             "ドローンによる農薬散布や水田の水位センサーなど、スマート農業機器の導入を支援します。",
             [("スマート農業機器を導入した経営体数", "3経営体", "15経営体", 10)], " ○●→→"),
            ("観光地の公衆無線ＬＡＮ整備", "商工観光課",
             "主な観光地に公衆無線ＬＡＮを整備し、観光客が情報を得やすくします。",
             [("公衆無線ＬＡＮを整備した観光地の数", "2か所", "8か所", 10)], "○●●  "),
        ]),
    ]),
]  # fmt: skip

_NUMBER = "１２３４５６７８９"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨"


def sasahara_html() -> str:
    parts = [
        "<h2>第２章　計画の基本的な考え方</h2>",
        "<h3>１　計画の期間</h3>",
        "<p>本計画の期間は、令和６年度から令和10年度までの５年間とします。</p>",
        "<h3>２　本町の現状</h3>",
        "<p>本町のマイナンバーカードの保有率は78.2％（令和６年３月末）で、全国平均を上回っています。一方、町への申請・"
        "届出のうちオンラインでできるものは25手続にとどまり、町民アンケートでは62.5％の方が「手続のために役場へ行くのが"
        "負担」と答えています。</p>",
        "<h2 class=break>第３章　施策の展開</h2>",
        "<p>各取組の指標は、現状値を令和５年度の実績、目標値を計画最終年度（令和10年度）の値とします（目標年度が異なる"
        "ものは括弧内に記載）。工程表の記号は次のとおりです。</p>",
        "<p class=legend>○：検討・準備　　●：実施　　→：継続</p>",
    ]
    for p, (policy, measures) in enumerate(_SASAHARA):
        parts.append(f"<h3 class=policy>基本方針{_NUMBER[p]}　{html.escape(policy)}</h3>")
        for m, (measure, entries) in enumerate(measures):
            parts.append(f"<h4>施策（{_NUMBER[m]}）　{html.escape(measure)}</h4>")
            for e, (title, written, content, indicators, marks) in enumerate(entries):
                block = [f"<p class=item>取組{_CIRCLED[e]}　{html.escape(title)}</p>",
                         f"<p class=body>{html.escape(content)}</p>",
                         f"<p class=body>【担当課】{html.escape(written)}</p>"]  # fmt: skip
                if not indicators:
                    block.append("<p class=body>指標：－</p>")
                for name, base, goal, year in indicators:
                    block.append(
                        f"<p class=body>指標：{html.escape(name)}　現状値（R5）{base}　目標値（R{year}）{goal}</p>"
                    )
                heads = "".join(f"<th>R{n}</th>" for n in range(6, 11))
                steps = "".join(f"<td>{mark.strip()}</td>" for mark in marks)
                block.append(
                    f"<table class=kotei><tr><th class=l rowspan=2>工程</th>{heads}</tr><tr>{steps}</tr></table>"
                )
                parts.append("<div class=entry>" + "".join(block) + "</div>")
    css = (
        "@page { @top-left { content: '第３章　施策の展開'; font-size: 8pt; } } "
        "h2 { font-size: 14pt; border-bottom: 1pt solid #000; } h3.policy { background: #E7E6E6; padding: 2pt 4pt; } "
        "h4 { font-size: 11pt; margin: 8pt 0 2pt 1em; } p.item { font-weight: bold; margin: 6pt 0 2pt 2em; } "
        "p.body { margin: 1pt 0 1pt 3em; } p.legend { margin-left: 2em; } div.entry { break-inside: avoid; } "
        "table.kotei { width: 110mm; margin: 3pt 0 8pt 3em; } table.kotei td, table.kotei th { text-align: center; "
        "width: 16mm; font-size: 9pt; } table.kotei th.l { width: 14mm; }"
    )
    return _page("".join(parts), size="A4", header="笹原町ＤＸ推進計画", css=css, font="10.5pt")


def _sasahara() -> list[dict[str, Any]]:
    out = []
    for p, (_, measures) in enumerate(_SASAHARA, start=1):
        for m, (_, entries) in enumerate(measures, start=1):
            for e, (title, written, _, indicators, marks) in enumerate(entries, start=1):
                found = tuple(
                    kpi((2023, _value(base)), (2018 + year, _value(goal)))  # type: ignore[arg-type]
                    for _, base, goal, year in indicators
                )
                schedule = tuple(
                    fy for fy, mark in zip(years(2024, 2028), marks, strict=True) if mark.strip()
                )
                out.append(item(f"{p}-{m}-{e}", title, _offices(written), found, schedule))
    return out


# --- 鏡原市: 成果指標の達成状況, printed by LibreOffice Calc ---------------------------------------------------------------

#: (基本方針, [(No., 取組名, 担当課 as written, [(成果指標, 単位, 基準値（R4）, 目標値（R8）, 実績値（R5）, 実績値（R6））])]) —
#: None: 「－」 (not counted).
_KAGAMIHARA: list[tuple[str, list[tuple[Any, ...]]]] = [
    ("基本方針１　市民の利便性の向上", [
        (1, "行政手続のオンライン化", "デジタル推進課", [("オンライン化した行政手続数", "手続", 48, 250, 92, 141)]),
        (2, "マイナンバーカードの利活用", "市民課", [("コンビニ交付の利用率", "％", 9.8, 40.0, 14.6, 21.3)]),
        (3, "窓口のデジタル化", "市民課・デジタル推進課", [
            ("書かない窓口の対応手続数", "手続", 0, 50, 10, 26),
            ("窓口の平均待ち時間", "分", 32, 15, 28, 22),
        ]),
        (4, "公金収納のキャッシュレス化", "会計課・収納課", [("キャッシュレス収納の割合", "％", 14.0, 40.0, 17.5, 22.0)]),
        (5, "子育て手続のオンライン化", "こども未来課", [("オンラインで申請できる子育て関係手続数", "手続", 6, 40, 12, None)]),
    ]),
    ("基本方針２　行政運営の効率化", [
        (6, "基幹業務システムの標準化", "情報システム課", [("標準準拠システムへ移行した業務数", "業務", 0, 20, 0, 9)]),
        (7, "ＲＰＡ・ＡＩの活用", "行政改革推進課", [("ＲＰＡ・ＡＩによる削減時間（年間）", "時間", 3500, 15000, 5200, 8100)]),
        (8, "ペーパーレス化の推進", "総務課", [("庁内の印刷枚数（年間）", "万枚", 820, 410, 760, 655)]),
        (9, "テレワークの推進", "人事課", [("テレワーク実施率", "％", 8.0, 50.0, 15.0, 31.0)]),
    ]),
    ("基本方針３　地域社会のデジタル化", [
        (10, "デジタルデバイド対策", "市民協働課", [("スマートフォン講座の受講者数（年間）", "人", 450, 1500, 780, 1120)]),
        (11, "オープンデータの推進", "デジタル推進課", [("公開データセット数", "件", 60, 200, 88, 131)]),
        (12, "ＧＩＳによる地図情報の公開", "都市計画課", [("公開した地図の種類", "種類", 3, 20, 7, 12)]),
    ]),
]  # fmt: skip

#: 今後の方向性 of each 取組 (by No.), merged down its indicator rows.
_KG_DIRECTIONS = {
    1: "子育て・介護分野の手続を優先してオンライン化する。申請件数の多い手続から順に、入力項目の見直しも併せて行う。",
    2: "証明書の交付手数料を窓口より安くし、コンビニ交付への移行を促す。",
    3: "令和７年度に全支所へ書かない窓口を広げる。待ち時間は発券システムのデータで毎月確認する。",
    4: "市税に加えて保育料・水道料金のスマートフォン決済を導入する。",
    5: "児童手当・保育施設の利用申込など、国の標準様式が示された手続から対応する。実績は令和７年６月に集計予定。",
    6: "国の移行期限に向けて、残る11業務を令和７年度中に移行する。",
    7: "ＲＰＡの対象業務を各課から公募し、生成ＡＩの利用ガイドラインを整備する。",
    8: "会議資料のタブレット配付を全庁に広げ、複合機の印刷枚数を課ごとに公表する。",
    9: "全職員に持ち出し用端末を配備し、テレワーク規程を改正する。",
    10: "公民館に加え、携帯電話ショップと連携した出張講座を開く。",
    11: "公開データを推奨データセットの形式にそろえ、利用者の要望を受け付ける窓口を設ける。",
    12: "都市計画図・道路台帳図を令和７年度に公開する。",
}

_KG_WIDTHS = [5.0, 22.0, 14.0, 28.0, 6.0, 9.0, 9.0, 9.0, 9.0, 8.0, 6.0, 34.0]


def _grade(base: float, goal: float, actual: float | None) -> str:
    """評価 as the legend under the table grades the 達成率."""
    if actual is None:
        return "－"
    rate = (actual - base) / (goal - base)
    return "A" if rate >= 1 else "B" if rate >= 0.5 else "C" if rate >= 0.25 else "D"


def kagamihara_xlsx() -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "KPI"
    sheet["A1"] = "鏡原市ＤＸ推進計画　成果指標（ＫＰＩ）の達成状況（令和６年度）"
    sheet["A1"].font = Font(name=FONT, size=14, bold=True)
    sheet.merge_cells("A1:L1")
    sheet["A2"] = "計画期間：令和５年度～令和８年度"
    sheet["A2"].font = Font(name=FONT, size=10)
    head = ["No.", "取組名", "担当課", "成果指標", "単位", "基準値\n（R4）", "目標値\n（R8）", "実績値\n（R5）", "実績値\n（R6）",
            "達成率", "評価", "今後の方向性"]  # fmt: skip
    for column, label in enumerate(head, start=1):
        _cell(sheet, 4, column, label, CENTRE)
    _ruled(sheet, 4, 1, 12, HEAD_FILL)
    sheet.row_dimensions[4].height = 30
    row = 5
    for policy, entries in _KAGAMIHARA:
        _cell(sheet, row, 1, policy, LEFT)
        sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=12)
        _ruled(sheet, row, 1, 12, SECTION_FILL)
        row += 1
        for number, title, written, indicators in entries:
            first = row
            for at, (name, unit, base, goal, r5, r6) in enumerate(indicators):
                if at == 0:
                    _cell(sheet, row, 1, number, CENTRE)
                    _cell(sheet, row, 2, title, LEFT)
                    _cell(sheet, row, 3, written, LEFT)
                    _cell(sheet, row, 12, _KG_DIRECTIONS[number], LEFT, 9)
                _cell(sheet, row, 4, name, LEFT)
                _cell(sheet, row, 5, unit, CENTRE)
                for column, value in ((6, base), (7, goal), (8, r5), (9, r6)):
                    _cell(sheet, row, column, value if value is not None else "－", RIGHT)
                    sheet.cell(row, column).number_format = "#,##0.0" if isinstance(value, float) else "#,##0"
                _cell(sheet, row, 10, f'=IF(ISNUMBER(I{row}),(I{row}-F{row})/(G{row}-F{row}),"－")', RIGHT)
                sheet.cell(row, 10).number_format = "0.0%"
                _cell(sheet, row, 11, _grade(base, goal, r6), CENTRE)
                _ruled(sheet, row, 1, 12)
                lead = [title, written] if at == 0 else [None, None]
                _fit_height(sheet, row, [*_KG_WIDTHS[1:4], _KG_WIDTHS[11]], [*lead, name, _KG_DIRECTIONS[number]],
                            spread=len(indicators))  # fmt: skip
                row += 1
            if row - first > 1:
                for column in (1, 2, 3, 12):
                    sheet.merge_cells(
                        start_row=first, start_column=column, end_row=row - 1, end_column=column
                    )
    notes = ("※達成率＝（令和６年度実績値－基準値）÷（目標値－基準値）",
             "※評価　A：達成率100％以上　B：50％以上　C：25％以上　D：25％未満　－：実績未集計")  # fmt: skip
    for at, note in enumerate(notes, start=row + 1):
        sheet.cell(at, 1, note).font = Font(name=FONT, size=9)
    _widths(sheet, _KG_WIDTHS)
    _print_setup(sheet, paper=sheet.PAPERSIZE_A4, area=f"A1:L{row + 2}", titles="4:4", header="鏡原市")
    return save(book)


def _kagamihara() -> list[dict[str, Any]]:
    out = []
    for _, entries in _KAGAMIHARA:
        for number, title, written, indicators in entries:
            found = tuple(
                kpi(
                    (2022, base),
                    (2026, goal),
                    ((2026, goal),),
                    tuple((fy, a) for fy, a in ((2023, r5), (2024, r6)) if a is not None),
                )  # fmt: skip
                for _, _, base, goal, r5, r6 in indicators
            )
            out.append(item(str(number), title, _offices(written), found))
    return out


# --- 橘台市: 工程表 with ● / ○, 【新規】【重点】 marks, 担当課（関係課） at the right, Chromium A3 landscape -----------------------

#: (基本方針, [(No., 取組名 as printed, 取組概要, marks R7–R11 (● 実施, ○ 検討・準備, blank none), 成果指標, 現状値（R6）,
#:  目標値（R11）, 担当課 as printed (関係課 in brackets))]).
_TACHIBANADAI: list[tuple[str, list[tuple[Any, ...]]]] = [
    ("基本方針１　いつでもどこでも手続ができる市役所", [
        (1, "【重点】電子申請の拡充", "市民の利用が多い手続から順に電子申請に対応させる。", "●●●●●", "電子申請できる手続数",
         "120手続", "400手続", "情報政策課（全課）"),
        (2, "【新規】書かない窓口の導入", "申請書を書かずに済む窓口を本庁舎と支所に導入する。", "○●●●●", "書かない窓口の対応手続数",
         "0手続", "60手続", "市民課（情報政策課）"),
        (3, "公金のキャッシュレス化", "市税・保険料・使用料のキャッシュレス納付を広げる。", "●●●●●", "キャッシュレス納付の割合",
         "24.0％", "50.0％", "収納課（会計課）"),
        (4, "【新規】オンライン診療の支援", "市立病院でオンライン診療を始め、へき地の受診を支える。", " ○○●●",
         "オンライン診療の件数（年間）", "0件", "1,200件", "市立病院事務局"),
    ]),
    ("基本方針２　データとデジタルで変わる市役所", [
        (5, "【重点】基幹業務システムの標準化", "20業務のシステムを標準準拠システムへ移行する。", "●    ",
         "標準準拠システムへ移行した業務数", "8業務", "20業務", "情報政策課（各業務所管課）"),
        (6, "生成ＡＩの業務活用", "文書作成・要約に生成ＡＩを使う環境を整え、職員研修を行う。", "○●●●●",
         "生成ＡＩを活用する職員の割合", "5％", "60％", "行政改革課（情報政策課）"),
        (7, "電子契約の導入", "工事・委託契約に電子契約を導入する。", "○● ●●", "電子契約の割合", "0％", "70％", "契約課"),
        (8, "庁内ネットワークの更新", "無線ＬＡＮ化とゼロトラスト型のネットワークへの移行を進める。", "  ○●●", "－", "－", "－",
         "情報政策課"),
    ]),
    ("基本方針３　デジタルで支え合う地域", [
        (9, "【重点】デジタル活用支援", "地域のスマホ相談員を育て、公民館で相談会を開く。", "●●●●●", "相談会の参加者数（年間）",
         "850人", "2,500人", "地域振興課（生涯学習課）"),
        (10, "【新規】地域公共交通のオンデマンド化", "ＡＩオンデマンド交通を郊外部で運行する。", "○○●●●",
         "オンデマンド交通の利用者数（年間）", "0人", "18,000人", "交通政策課"),
        (11, "防災情報のデジタル化", "避難所の開設・混雑状況を地図で公開する。", "●●●  ", "避難所情報を公開した避難所の割合",
         "30％", "100％", "危機管理課（情報政策課）"),
        (12, "オープンデータの推進", "市の統計・施設情報を機械判読できる形式で公開する。", "●●●●●", "公開データセット数",
         "85件", "250件", "情報政策課"),
    ]),
]  # fmt: skip


def tachibanadai_html() -> str:
    head = (
        "<thead><tr><th>No.</th><th>取組名</th><th>取組概要</th>"
        + "".join(f"<th class=y>R{n}</th>" for n in range(7, 12))
        + "<th>成果指標</th><th>現状値<br>（R6）</th><th>目標値<br>（R11）</th><th>担当課</th></tr></thead>"
    )
    rows = []
    for policy, entries in _TACHIBANADAI:
        rows.append(f"<tr><td colspan=13 class=p>{_esc(policy)}</td></tr>")
        for number, title, summary, marks, name, base, goal, written in entries:
            cells = [f"<td class=c>{number}</td><td>{_esc(title)}</td><td>{_esc(summary)}</td>"]
            cells += [f"<td class=c>{mark.strip()}</td>" for mark in marks]
            cells.append(
                f"<td>{_esc(name)}</td><td class=n>{base}</td><td class=n>{goal}</td><td>{_esc(written)}</td>"
            )
            rows.append("<tr>" + "".join(cells) + "</tr>")
    body = (
        "<h2 style='text-align:center'>橘台市ＤＸ推進計画（令和７年度～令和11年度）　取組工程表</h2>"
        "<p class=legend>●：実施　　○：検討・準備</p>"
        f"<table>{head}<tbody>{''.join(rows)}</tbody></table>"
        "<p>※担当課欄の（　）内は関係課。　※【新規】は本計画から新たに始める取組、【重点】は重点取組。</p>"
        "<p>※現状値は令和６年度末の見込み。</p>"
    )
    css = (
        "td.c { text-align: center; } td.n { text-align: right; white-space: nowrap; } th.y { width: 14mm; } "
        "td.p { background: #F2F2F2; font-weight: bold; } tr { height: 10mm; }"
    )
    return _page(body, size="A3 landscape", header="橘台市ＤＸ推進計画", css=css, font="11pt")


def _tachibanadai() -> list[dict[str, Any]]:
    out = []
    for _, entries in _TACHIBANADAI:
        for number, title, _, marks, _, base, goal, written in entries:
            indicators = (
                (kpi((2024, _value(base)), (2029, _value(goal)), ((2029, _value(goal)),)),)  # type: ignore[arg-type]
                if _value(goal) is not None
                else ()
            )
            schedule = tuple(fy for fy, mark in zip(years(2025, 2029), marks, strict=True) if mark.strip())
            office = written.split("（")[0]  # the 関係課 in brackets do not carry it out
            out.append(item(str(number), re.sub(r"^【[^】]+】", "", title), [office], indicators, schedule))
    return out


# --- the batch ---------------------------------------------------------------------------------------------------

#: name → (municipality, the initiatives it states)
PLANS: dict[str, tuple[str, list[dict[str, Any]]]] = {
    YUKIMIDAI: ("雪見台市", _yukimidai()),
    IWASHIMIZU: ("岩清水市", _iwashimizu()),
    KUSUMI: ("楠見町", _kusumi()),
    MIYANOURA: ("宮ノ浦村", _miyanoura()),
    MOMOZONO: ("桃園町", _momozono()),
    SASAHARA: ("笹原町", _sasahara()),
    KAGAMIHARA: ("鏡原市", _kagamihara()),
    TACHIBANADAI: ("橘台市", _tachibanadai()),
}

#: A workbook or CSV: what builds its bytes, and the file name it is uploaded under.
SHEETS: dict[str, tuple[Callable[[], bytes], str]] = {
    YUKIMIDAI: (yukimidai_xlsx, "令和6年度進捗状況一覧.xlsx"),
    IWASHIMIZU: (iwashimizu_csv, "岩清水市DX推進計画_指標一覧_20250512.csv"),
    KUSUMI: (kusumi_xlsx, "楠見町DX推進計画_取組一覧.xlsx"),
    MIYANOURA: (miyanoura_xlsx, "事業シート（デジタル化推進計画）.xlsx"),
}

#: 岩清水市's export as a text file: the same bytes under a .txt name, and its table pasted from Excel (tabs, UTF-8).
CSV_TEXTS: dict[str, tuple[Callable[[], bytes], str]] = {
    "as .txt": (iwashimizu_csv, "岩清水市DX推進計画_指標一覧_20250512.txt"),
    "pasted (tabs)": (iwashimizu_pasted, "岩清水市DX推進計画_指標一覧.txt"),
}

#: A printed document: what builds its HTML (Chromium) or workbook (LibreOffice Calc).
CHROMIUM: dict[str, Callable[[], str]] = {
    MOMOZONO: momozono_html,
    SASAHARA: sasahara_html,
    TACHIBANADAI: tachibanadai_html,
}
CALC: dict[str, Callable[[], bytes]] = {KAGAMIHARA: kagamihara_xlsx}
PDFS = (*CHROMIUM, *CALC)

#: The plan period each document states (fiscal years); 岩清水市's export states none.
PERIODS: dict[str, tuple[int, int] | None] = {
    YUKIMIDAI: (2024, 2026),
    IWASHIMIZU: None,
    KUSUMI: (2025, 2028),
    MIYANOURA: (2024, 2027),
    MOMOZONO: (2024, 2027),
    SASAHARA: (2024, 2028),
    KAGAMIHARA: (2023, 2026),
    TACHIBANADAI: (2025, 2029),
}


_, sheet, pdf, expected = batch_documents(PLANS, sheets=SHEETS, chromium=CHROMIUM, calc=CALC)
