"""The 進捗管理表 input sheet: the workbook a department fills offline, and reading it back.

One module holds both directions because they share one layout (``COLUMNS``): what is written
in a column is what is read from it. A department gets one sheet per department of theirs (the
plan office: one per department of the round): one row per report with the initiative, its
first KPI (last year's actual, this year's target) and the cells to fill; one more row for each
further KPI, with its own actual, 実績値（原文） and 実績値の備考 — the three inputs of the report form's KPI
(a number; what the number cannot say, 「集計中」「72件（速報値）」; a remark such as 「令和8年3月末時点」, the end of the round's fiscal year: ``core.dates.fiscal_year_end``). A returned report's rows show why (差戻しの理由, read
only: never read back). Column A (hidden) holds a signed key — report id, the report's version when the
file was made, the indicator of the row — so that an upload matches rows by report and can tell
a report changed in the app since the download (a conflict) from one that did not.

Reading never trusts the file: it is opened with the size and sheet limits of
``importers.readers.xlsx``, formula cells are read as the text that was typed (never evaluated,
never the value Excel cached), and every bad cell is reported with its sheet, row and column.
Nothing here touches the database: ``input_import`` matches what is read against the reports.
"""

from __future__ import annotations

import re
import time
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime
from datetime import time as day_start
from typing import Any

from django.core import signing
from openpyxl import Workbook
from openpyxl.styles import PatternFill, Protection
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from shinchoku.core import numbers
from shinchoku.core.dates import deadline_label, fiscal_year_end, wareki_date, wareki_time
from shinchoku.importers import own_files
from shinchoku.importers.errors import ParseError
from shinchoku.importers.readers.xlsx import cell_text, open_workbook, reading
from shinchoku.importers.text import wareki
from shinchoku.progress import figures
from shinchoku.progress.evaluation import Scale
from shinchoku.progress.models import Report, Status
from shinchoku.progress.services import deadline_for, department_deadlines

from .workbooks import (
    BODY,
    BOLD,
    BORDER,
    HEADER_ALIGN,
    HEADER_FILL,
    ITALIC,
    MUTED,
    NOTE_FONT,
    NUMBER,
    TITLE_FONT,
    WRAP,
    WRAP_RIGHT,
    IndicatorLine,
    ReportRow,
    RoundTable,
    _code,
    _num,
    _print_setup,
    _row_height,
    number_format,
)

MAX_UPLOAD = 10 * 1024 * 1024  # bytes of the uploaded file
MAX_SHEETS = 200  # a sheet per department, and the sheet of choices
MAX_ROWS = 10_000  # per sheet
MAX_TOTAL_ROWS = 20_000  # in the whole workbook (a 600-initiative plan needs about 1,000)
MAX_SECONDS = 30.0  # reading stops with a message past this, whatever the file holds
MAX_MESSAGES = 100  # bad cells listed; the rest are counted

KEY_HEADER = "キー（変更しないでください）"
TEXT_HEADER = "実績値（原文）"
#: The number cell's refusal, naming where a text actual goes (as the report form's number field does).
NOT_A_NUMBER = f"数値ではありません（例: 1200、１，２００、37.5%）。「集計中」など数値でない実績は「{TEXT_HEADER}」の列に書いてください"
#: Where a text actual goes from a sheet downloaded before its 「実績値（原文）」 column (still read): not a column it
#: lacks (the refusal named one), but the report's page, or the sheet downloaded again.
ELSEWHERE = (
    f"この様式には「{TEXT_HEADER}」の列がありません。報告の画面の「{TEXT_HEADER}」に入力するか、"
    f"この回のページから様式をダウンロードし直して「{TEXT_HEADER}」の列に書いてください"
)
#: The number cell's refusal on such a sheet.
NOT_A_NUMBER_OLD = f"数値ではありません（例: 1200、１，２００、37.5%）。「集計中」など数値でない実績は、{ELSEWHERE}"
#: Headers of sheets downloaded before they were renamed, read as today's: a file filled then is still taken.
_OLD_HEADERS = {"指標（KPI）": "指標"}
CHOICES_SHEET = "選択肢"
TITLE_ROW, NOTE_ROW, HEADER_ROW = 1, 2, 3
FIRST_ROW = HEADER_ROW + 1
_SIGNER = signing.Signer(salt="shinchoku.exports.input_sheet")

LOCKED_FILL = PatternFill("solid", fgColor="EDEDED")
UNLOCKED = Protection(locked=False)


@dataclass(frozen=True)
class Column:
    key: str
    header: str
    width: float
    editable: bool = False


def columns(fy: int) -> list[Column]:
    """The layout of a department's sheet; the headers name the years, so they depend on the round."""
    return [
        Column("key", KEY_HEADER, 4),
        Column("code", NUMBER, 6),
        Column("title", "取組", 30),
        Column("state", "提出状況", 8),
        # why the plan office returned the report (差戻し): read only, never read back
        Column("returned", "差戻しの理由", 20),
        Column("schedule", f"工程（{wareki(fy)}）", 20),
        Column("indicator", "指標", 22),  # (a KGI's row says so: 「…（KGI）」)
        Column("unit", "単位", 6),
        Column("last_actual", f"前年度実績（{wareki(fy - 1)}）", 11),
        Column("target", f"目標値（{wareki(fy)}）", 11),
        Column("actual", f"実績値（{wareki(fy)}）", 11, True),
        # the report form's 「実績値（原文）」: a text actual (「集計中」「72件（速報値）」) the number cell refuses
        Column("actual_text", TEXT_HEADER, 16, True),
        Column("actual_note", "実績値の備考", 16, True),  # as the report form's 備考 beside the actual
        Column("status", "進捗状況", 10, True),
        Column("self_grade", "自己評価", 14, True),
        Column("achievements", "進捗状況の説明（取組実績）", 34, True),
        Column("results", "成果", 28, True),
        Column("issues", "課題", 28, True),
        Column("next_steps", "次年度の取組（今後の方向性）", 28, True),
    ]


#: The report fields a sheet fills, in column order (``Report`` field names).
REPORT_FIELDS = ("status", "self_grade", "achievements", "results", "issues", "next_steps")
NARRATIVE = ("achievements", "results", "issues", "next_steps")
#: Cells of a KPI's row, open on each of them (the others are the report's, on its first row only).
INDICATOR_CELLS = ("actual", "actual_text", "actual_note")
#: Columns added after sheets were in use: a sheet downloaded before, without them, is read as it was.
LATER_COLUMNS = ("returned", "actual_note", "actual_text")
#: Cells read as typed text (Excel keeps 「=…」 typed into them a text, never a formula).
TEXT_CELLS = ("achievements", "results", "issues", "next_steps", "actual_text", "actual_note")


# --- the key of a row ----------------------------------------------------------------------------


@dataclass(frozen=True)
class RowKey:
    report: int
    version: int
    indicator: int | None  # the KPI of this row (None: the report has no KPI)
    main: bool  # the report's first row: the one that holds its status, grade and narrative


def make_key(key: RowKey) -> str:
    return _SIGNER.sign(f"{key.report}.{key.version}.{key.indicator or 0}.{int(key.main)}")


def read_key(text: str) -> RowKey | None:
    """The row's key, or None when it was changed (the signature no longer matches)."""
    try:
        payload = _SIGNER.unsign(text.strip())
    except signing.BadSignature:
        return None
    parts = payload.split(".")
    if len(parts) != 4 or not all(p.isascii() and p.isdigit() for p in parts):
        return None
    report, version, indicator, main = (int(p) for p in parts)
    return RowKey(report, version, indicator or None, main == 1)


# --- which round a file is for ----------------------------------------------------------------------

#: The custom document property (ファイル → 情報 → プロパティ → 詳細プロパティ → ユーザー設定) naming the round a
#: file was made for, signed: another round's file was refused with 「見出しが様式と違います」 at its third row,
#: where the user needed to hear that the file belongs to 「令和7年度の実績」 (found walking a round). The plan upload
#: refuses a file with it too (``importers.own_files``, its home).
ROUND_PROPERTY = own_files.ROUND_PROPERTY


def mark_round(wb: Workbook, round_: Any) -> None:
    """Record in ``wb`` which round (and plan) it is the input sheet of."""
    from openpyxl.packaging.custom import StringProperty

    value = _SIGNER.sign_object({"round": round_.pk, "title": round_.title, "plan": round_.plan.named()})
    wb.custom_doc_props.append(StringProperty(name=ROUND_PROPERTY, value=value))


def file_round(workbook: Any) -> dict[str, Any] | None:
    """The round a workbook says it is for (``mark_round``), or None for a file without the mark (made before it
    was written, or not by shinchoku) or with a mark changed by hand."""
    for prop in getattr(getattr(workbook, "custom_doc_props", None), "props", []):
        if prop.name == ROUND_PROPERTY:
            try:
                found = _SIGNER.unsign_object(str(prop.value))
            except (signing.BadSignature, ValueError):
                return None
            return found if isinstance(found, dict) and isinstance(found.get("round"), int) else None
    return None


def _check_round(workbook: Any, expected: Any) -> None:
    """Refuse, first of all, a file made for another round, naming the round it is for; a file without the mark is
    told by its year when the title shinchoku gave it names another (files made before the mark)."""
    marked = file_round(workbook)
    if marked is not None and marked["round"] != expected.pk:
        plan = marked.get("plan") or ""
        whose = f"「{plan}」の" if plan and plan != expected.plan.named() else ""
        raise ParseError(
            f"このファイルは{whose}「{marked.get('title', '')}」の入力用です（この回は「{expected.title}」）。"
            "この回のページの「Excelで入力する」からダウンロードしたファイルに入力してください。"
        )
    title = str(getattr(getattr(workbook, "properties", None), "title", "") or "")
    if marked is None and "進捗管理表（入力用）" in title and not title.endswith(wareki(expected.fy)):
        year = title.rsplit(" ", 1)[-1]
        raise ParseError(
            f"このファイルは{year}の回の入力用です（この回は「{expected.title}」）。"
            "この回のページの「Excelで入力する」からダウンロードしたファイルに入力してください。"
        )


# --- writing ---------------------------------------------------------------------------------------


def sheet_title(name: str, taken: set[str]) -> str:
    """A department's name as a sheet title: Excel allows 31 characters and none of []:*?/\\."""
    base = re.sub(r"[\[\]:*?/\\]", "_", name).strip("'") or "担当課"
    title, n = base[:31], 2
    while title in taken or title == CHOICES_SHEET:
        suffix = f"({n})"
        title, n = base[: 31 - len(suffix)] + suffix, n + 1
    taken.add(title)
    return title


def grade_choice(scale: Scale, code: str) -> str:
    """「A：目標を上回る」, as the select list shows a grade (reading takes the code before 「：」)."""
    label = scale.label(code)
    return f"{code}：{label}" if label and label != code else code


def input_workbook(table: RoundTable, sheets: list[tuple[str, list[ReportRow]]], *, who: str) -> Workbook:
    """The workbook to fill: a sheet per (department name, its reports), and the hidden choices."""
    wb = Workbook()
    wb.remove(wb.active)
    choices = wb.create_sheet(CHOICES_SHEET)
    statuses = [str(label) for _value, label in Status.choices]
    grades = [grade_choice(table.scale, code) for code in table.scale.codes]
    for n, text in enumerate(statuses, start=1):
        choices.cell(n, 1, text)
    for n, text in enumerate(grades, start=1):
        choices.cell(n, 2, text)
    choices.sheet_state = "hidden"
    choices.protection.sheet = True
    taken: set[str] = set()
    extended = department_deadlines(table.round)
    for name, rows in sheets:
        ws = wb.create_sheet(sheet_title(name, taken))
        # a department given a later deadline reads its own on its sheet, as on its pages and in its mail; a report
        # shared with a department given a later one is due at that (services.report_deadline), said beside it
        due = [(deadline_for(table.round, row.departments, extended), row) for row in rows]
        # the first of the reports still to fill, as the round's page counts it (``services.first_due``): an approved
        # report of the department's own, due sooner, no longer sets it
        deadline = min(
            (day for day, row in due if row.report.state in (Report.State.DRAFT, Report.State.RETURNED)),
            default=deadline_for(table.round, [name], extended),
        )
        later = [f"{row.initiative.code or row.initiative.title}は{deadline_label(day)}まで" for day, row in due
                 if day != deadline]  # fmt: skip
        _input_sheet(ws, table, name, rows, (len(statuses), len(grades)), who, deadline, later)
    wb.move_sheet(CHOICES_SHEET, offset=len(wb.sheetnames) - 1)
    wb.active = 0
    plan = table.plan
    wb.properties.title = f"{plan.named()} 進捗管理表（入力用） {wareki(table.round.fy)}"
    wb.properties.creator = own_files.CREATOR
    mark_round(wb, table.round)
    return wb


def _input_sheet(
    ws: Worksheet,
    table: RoundTable,
    name: str,
    rows: list[ReportRow],
    counts: tuple[int, int],
    who: str,
    deadline: date,
    later: list[str] | None = None,
) -> None:
    round_, plan = table.round, table.plan
    cols = columns(round_.fy)
    index = {c.key: n + 1 for n, c in enumerate(cols)}
    widths = [c.width for c in cols]
    ws.cell(TITLE_ROW, 2, f"{plan.named('　')}　{round_.title}　進捗管理表（入力用）　{name}")
    ws.cell(TITLE_ROW, 2).font = TITLE_FONT
    ws.cell(NOTE_ROW, 2, (
        f"提出期限 {deadline_label(deadline)}{'（' + '、'.join(later) + '）' if later else ''}。白いセルに入力してください（灰色のセルは変更できません）。"
        "実績値は数値で（全角数字・桁区切りのカンマ・「%」・指標の単位（「40件」）も可）、数値で表せない実績（「集計中」「72件（速報値）」）は"
        f"「{TEXT_HEADER}」に書きます。進捗状況と自己評価は一覧から選びます。"
        f"実績値の備考には集計時点など（「{fiscal_year_end(round_.fy)}時点」）を書けます。差し戻された報告は「差戻しの理由」に計画担当のコメントがあります。"
        "入力したファイルは回のページ「Excelで入力した内容を取り込む」からアップロードします。"
        "目標値の斜体は、計画にこの年度の目標値がないため前後の年度の値から補間した値です。"
        f"（{who}がダウンロード）"
    )).font = NOTE_FONT  # fmt: skip
    ws.cell(NOTE_ROW, 2).alignment = WRAP
    ws.merge_cells(start_row=NOTE_ROW, start_column=2, end_row=NOTE_ROW, end_column=len(cols))
    ws.row_dimensions[NOTE_ROW].height = 48  # three lines of 9 pt on A3 landscape
    for n, col in enumerate(cols, start=1):
        cell = ws.cell(HEADER_ROW, n, col.header)
        cell.font, cell.fill, cell.alignment, cell.border = BOLD, HEADER_FILL, HEADER_ALIGN, BORDER
        ws.column_dimensions[get_column_letter(n)].width = col.width
    ws.row_dimensions[HEADER_ROW].height = 30
    ws.column_dimensions["A"].hidden = True
    r = FIRST_ROW
    for row in rows:
        report = row.report
        lines: list[IndicatorLine | None] = list(row.indicators) or [None]
        for k, line in enumerate(lines):
            main = k == 0
            key = RowKey(report.pk, report.version, line.indicator_id if line else None, main)
            values: dict[str, Any] = {
                "key": make_key(key),
                "code": _code(row.initiative),
                "title": row.initiative.title,
                "state": report.get_state_display(),
            }
            if report.state == Report.State.RETURNED:
                values["returned"] = report.review_comment.strip()  # on each of its rows, as its 提出状況
            if line is not None:
                indicator = next((i for i in row.initiative.indicators.all() if i.pk == line.indicator_id), None)
                values.update(_indicator_values(line, round_.fy, indicator))
            if main:
                values["schedule"] = "\n".join(row.schedule_year)
                values["status"] = report.get_status_display() if report.status else ""
                # nothing chosen yet: the grade the municipality published, as the report form starts from it
                grade = figures.start_grade(report, row.initiative.indicators.all(), table.scale.codes)
                values["self_grade"] = grade_choice(table.scale, grade) if grade else ""
                for field_name in NARRATIVE:
                    values[field_name] = getattr(report, field_name)
            for col in cols:
                n = index[col.key]
                value = values.get(col.key)
                cell = ws.cell(r, n, value if value not in ("", None) else None)
                in_line = col.key in INDICATOR_CELLS
                open_cell = col.editable and (main or in_line) and (not in_line or line is not None)
                cell.border = BORDER
                cell.font = MUTED if (k and not open_cell) else BODY
                if col.key == "target" and line is not None and line.interpolated and numeric_target(value):
                    cell.font = ITALIC  # (walked: 97.5手続 read as a figure of the plan; the web form marks it 補間)
                numeric = isinstance(value, int | float)
                cell.alignment = WRAP_RIGHT if numeric else WRAP
                if numeric:
                    cell.number_format = number_format(value)
                if open_cell:
                    cell.protection = UNLOCKED
                    if col.key in TEXT_CELLS:
                        cell.number_format = "@"  # text: 「=…」 typed here stays text in Excel too
                else:
                    cell.fill = LOCKED_FILL
            ws.row_dimensions[r].height = _row_height(
                {n - 1: v for key_, v in values.items() if (n := index[key_]) > 1}, widths
            )
            r += 1
    last = max(r - 1, FIRST_ROW)
    status_list = DataValidation(
        type="list", formula1=f"'{CHOICES_SHEET}'!$A$1:$A${counts[0]}", allow_blank=True,
        showErrorMessage=True, errorTitle="進捗状況", error="一覧から選んでください。",
    )  # fmt: skip
    grade_list = DataValidation(
        type="list", formula1=f"'{CHOICES_SHEET}'!$B$1:$B${counts[1]}", allow_blank=True,
        showErrorMessage=True, errorTitle="自己評価", error="一覧から選んでください。",
    )  # fmt: skip
    status_col, grade_col = get_column_letter(index["status"]), get_column_letter(index["self_grade"])
    status_list.add(f"{status_col}{FIRST_ROW}:{status_col}{last}")
    grade_list.add(f"{grade_col}{FIRST_ROW}:{grade_col}{last}")
    ws.add_data_validation(status_list)
    ws.add_data_validation(grade_list)
    ws.freeze_panes = ws.cell(FIRST_ROW, index["indicator"])
    # Protected without a password: it guards against typing in the wrong cell, not against the
    # user (the upload checks every row's key and the user's permission anyway).
    ws.protection.sheet = True
    ws.protection.formatColumns = False
    ws.protection.formatRows = False
    # A3 at 8 pt or more, as the other workbooks: fitted to one page wide it printed at 7 pt
    _print_setup(ws, f"{HEADER_ROW}:{HEADER_ROW}")


def numeric_target(value: Any) -> bool:
    """Whether a target cell holds a figure (not the plan's words for it)."""
    return isinstance(value, int | float) and not isinstance(value, bool)


def _indicator_values(line: IndicatorLine, fy: int, indicator: Any = None) -> dict[str, Any]:
    last = line.years.get(fy - 1)
    this = line.years.get(fy)
    values: dict[str, Any] = {"indicator": line.name, "unit": line.unit}
    if last is not None and (last.actual is not None or last.actual_text):
        values["last_actual"] = numbers.cell_value(last.actual, last.actual_text, line.unit)  # as the 進捗管理表
    elif line.baseline_fy == fy - 1 and (line.baseline is not None or line.baseline_text):
        # the plan's 現状値 of last year is that year's level (walked: 「現状値（R6）0%」 printed, the cell left empty)
        values["last_actual"] = numbers.cell_value(line.baseline, line.baseline_text, line.unit)
    if line.target is not None and numbers.says_more(line.target, line.target_text, line.unit):
        values["target"] = line.target_text.strip()  # as the 進捗管理表 (``numbers.cell_value``): 「約4,000人」
    elif line.target is not None and line.target_note and not line.interpolated:
        # a later deadline's target met ahead of it, a cumulative share: no target of the year's own, said in the cell
        values["target"] = figures.noted_target(line.target, line.target_note, line.unit)
    elif line.target is not None:
        values["target"] = _num(line.target) if float(line.target).is_integer() else round(line.target, 2)
    elif this is not None and this.target_text:
        values["target"] = this.target_text
    elif indicator is not None and (later := figures.next_target(indicator, fy)):
        # no target for the year: the plan's next one, as the report form says it (walked: an empty cell)
        values["target"] = f"—（{figures.NO_TARGET}。{later}）"
    if line.recorded and line.actual is not None:
        values["actual"] = _num(line.actual)
    if line.recorded and line.actual_text:
        values["actual_text"] = line.actual_text
    elif not line.recorded and line.shown is not None and line.shown.source == figures.PLAN and line.shown.published:
        # nothing recorded yet: the sheet starts from the municipality's published figure, as the report form does
        value, worded = figures.start_figure(line.shown.published, line.unit)  # the report form's start
        if value is not None:
            values["actual"] = _num(value)
        if worded:
            values["actual_text"] = worded
    if line.recorded and line.note:
        values["actual_note"] = line.note
    return values


# --- reading ---------------------------------------------------------------------------------------


@dataclass
class Place:
    """Where a value was read: 「シート「市民課」の5行目 J列（実績値（令和6年度））」."""

    sheet: str
    row: int
    column: int = 0
    header: str = ""

    def __str__(self) -> str:
        text = f"シート「{self.sheet}」の{self.row}行目"
        if self.column:
            text += f" {get_column_letter(self.column)}列（{self.header}）"
        return text


@dataclass
class SheetReport:
    """What the file says about one report: its fields (from the main row) and its KPIs' actuals."""

    report: int
    version: int
    place: Place
    fields: dict[str, str] = field(default_factory=dict)
    actuals: dict[int, float | None] = field(default_factory=dict)
    actual_places: dict[int, Place] = field(default_factory=dict)
    notes: dict[int, str] = field(default_factory=dict)  # the KPIs' 実績値の備考, as typed
    note_places: dict[int, Place] = field(default_factory=dict)
    texts: dict[int, str] = field(default_factory=dict)  # the KPIs' 実績値（原文）, as typed
    text_places: dict[int, Place] = field(default_factory=dict)
    field_places: dict[str, Place] = field(default_factory=dict)
    percent: set[int] = field(default_factory=set)  # the KPIs whose value was given as a percentage
    #: a unit typed after the number (「40件」), checked against the KPI's own unit
    units: dict[int, str] = field(default_factory=dict)
    main_seen: bool = False


@dataclass
class SheetContent:
    reports: dict[int, SheetReport] = field(default_factory=dict)
    rows_read: int = 0
    deadline: float = 0.0  # time.monotonic() past which reading stops
    errors: list[tuple[Place, str]] = field(default_factory=list)
    more_errors: int = 0
    sheets: list[str] = field(default_factory=list)  # the input sheets, in the workbook's order

    def error(self, place: Place, message: str) -> None:
        if len(self.errors) < MAX_MESSAGES:
            self.errors.append((place, message))
        else:
            self.more_errors += 1

    def in_order(self, problems: list[tuple[Place, str]]) -> list[str]:
        """「シート「…」のN行目 …: message」 lines as a person reads the file: sheet by sheet in the
        workbook's order, row by row, left to right (the sheet's reading errors and those found
        against the round's reports are one list, not two)."""
        sheets = {name: n for n, name in enumerate(self.sheets)}

        def key(problem: tuple[Place, str]) -> tuple[int, int, int]:
            place = problem[0]
            return sheets.get(place.sheet, len(sheets)), place.row, place.column

        return [f"{place}: {message}" for place, message in sorted(problems, key=key)]


_GRADE_SPLIT = re.compile(r"[：:\s]")


def parse_number_cell(cell: Any) -> float | None:
    """A number as staff type it: 1200, １，２００, 37.5%, ３７．５％ (a cell formatted as % is ×100).

    Raises ValueError for anything else (a text, a date, a formula, TRUE); ``numbers.MisplacedComma`` (a
    ValueError) for 「８０，５％」, whose comma separates no thousands; ``numbers.TooLarge`` (a ValueError) for a
    figure out of the report form's range (``numbers.out_of_range``: 10兆 or more, typed or a number cell).
    """
    raw = getattr(cell, "value", None)
    if raw is None:
        return None
    if isinstance(raw, bool):
        raise ValueError
    if isinstance(raw, int | float):
        value = float(raw)
        if is_percent_cell(cell):
            value = round(value * 100, 10)
    elif isinstance(raw, str):
        if getattr(cell, "data_type", "") == "f":
            raise ValueError
        # ValueError for a text
        value = numbers.typed(unicodedata.normalize("NFKC", raw).strip().removesuffix("%"))
        if value is None:
            return None
    else:
        raise ValueError
    if numbers.out_of_range(value):  # the report form's limit, said as the form says it (not 「数値ではありません」)
        raise numbers.TooLarge(str(raw))
    return value


def number_with_unit(cell: Any) -> tuple[float, str] | None:
    """「40件」「１，２０４ 人」 as staff write a count: the number and the unit after it (``core.numbers.with_unit``),
    else None. A formula is never read."""
    raw = getattr(cell, "value", None)
    if not isinstance(raw, str) or getattr(cell, "data_type", "") == "f":
        return None
    return numbers.with_unit(raw)


def same_unit(typed: str, unit: str) -> bool:
    """Whether the unit typed after a number is the KPI's own (「件」 for 「件」, 「ｋｍ」 for 「km」)."""
    normal = unicodedata.normalize("NFKC", unit).strip()
    return bool(normal) and unicodedata.normalize("NFKC", typed).strip() == normal


def sheet_text(cell: Any) -> str:
    """A cell of the sheet as the text a report keeps and publishes: ``cell_text``, but a date in the app's one date
    style (``core.dates``: 令和8年3月31日, to the minute where the cell has a time). Excel turns 「2026/3/31」 typed in
    実績値の備考 into a date cell, which ``cell_text`` (the plan readers', which parse dates further) writes
    「2026-03-31」: it was stored and published so, beside 和暦 everywhere else."""
    raw = getattr(cell, "value", None)
    if isinstance(raw, datetime):
        return wareki_date(raw.date()) if raw.time() == day_start(0) else wareki_time(raw)
    if isinstance(raw, date):
        return wareki_date(raw)
    return cell_text(cell)


def is_percent_cell(cell: Any) -> bool:
    """Whether the cell gives its number as a percentage: 「85%」「８５％」 typed, or a cell formatted as %.

    Such a value is 85 only for a KPI counted in %; for one counted in 件 or 人 it is a slip the
    department must see (issue 10: 「８５％」 was taken as 85件 without a word)."""
    raw = getattr(cell, "value", None)
    if isinstance(raw, bool) or raw is None:
        return False
    if isinstance(raw, int | float):
        fmt = getattr(cell, "number_format", "") or ""
        return isinstance(fmt, str) and "%" in fmt.split(";")[0]
    return isinstance(raw, str) and unicodedata.normalize("NFKC", raw).strip().endswith("%")


def parse_choice(text: str, choices: dict[str, str]) -> str | None:
    """The stored value of a select-list cell (a label, a value, or 「A：目標を上回る」), else None."""
    normal = unicodedata.normalize("NFKC", text).strip()
    if not normal:
        return ""
    if normal in choices:
        return choices[normal]
    head = _GRADE_SPLIT.split(normal, maxsplit=1)[0]
    return choices.get(head)


def read_input_workbook(data: bytes, *, fy: int, scale: Scale, round_: Any = None) -> SheetContent:
    """Every keyed row of every department sheet of an uploaded input workbook.

    Raises ParseError for a file that is not a modest xlsx, is another round's (``round_``, checked before any
    cell) or holds no input sheet; bad cells are collected in ``errors`` (all of them, up to ``MAX_MESSAGES``) so
    the user fixes them at once.
    """
    if len(data) > MAX_UPLOAD:
        raise ParseError(f"ファイルが大きすぎます（上限 {MAX_UPLOAD // (1024 * 1024)} MB）。")
    workbook = open_workbook(data, read_only=True, formulas=True, max_sheets=MAX_SHEETS)
    cols = columns(fy)
    statuses = {str(label): value for value, label in Status.choices} | {v: v for v in Status.values}
    grades = {code: code for code in scale.codes}
    content = SheetContent(deadline=time.monotonic() + MAX_SECONDS)
    found = 0
    with reading(workbook):
        if round_ is not None:
            _check_round(workbook, round_)
        for name in workbook.sheetnames:
            sheet = workbook[name]
            if name == CHOICES_SHEET or not hasattr(sheet, "iter_rows"):
                continue
            found += _read_sheet(sheet, name, cols, statuses, grades, content)
    if not found:
        raise ParseError(
            "この回の進捗管理表（入力用）のシートがありません。回のページからダウンロードした様式に入力してください。"
        )
    return content


def _read_sheet(
    sheet: Any,
    name: str,
    cols: list[Column],
    statuses: dict[str, str],
    grades: dict[str, str],
    content: SheetContent,
) -> int:
    """Read one sheet into ``content``; 0 when it is not an input sheet of this round."""
    content.sheets.append(name)
    width = len(cols)
    header_seen = False
    for number, cells in enumerate(sheet.iter_rows(max_col=width), start=1):
        if number < HEADER_ROW:
            continue
        texts = [sheet_text(c) for c in cells]
        if number == HEADER_ROW:
            if not texts or texts[0] != KEY_HEADER:
                return 0
            layout = sheet_layout(texts, cols)
            if layout is None:
                content.error(
                    Place(name, number),
                    "見出しが様式と違います。この回のページからダウンロードした様式のまま入力してください。",
                )
                return 1
            cols, width = layout, len(layout)
            header_seen = True
            continue
        if number > MAX_ROWS:
            raise ParseError(f"「{name}」シートの行が多すぎます（上限 {MAX_ROWS:,} 行）。")
        content.rows_read += 1
        if content.rows_read > MAX_TOTAL_ROWS:
            raise ParseError(f"行が多すぎます（ブック全体で上限 {MAX_TOTAL_ROWS:,} 行）。")
        if content.deadline and time.monotonic() > content.deadline:
            raise ParseError(
                f"ファイルの読み取りが制限時間（{MAX_SECONDS:g}秒）内に終わりませんでした。ファイルが大きすぎないか確認してください。"
            )
        texts = texts[:width]
        if not texts or not texts[0].strip():
            continue  # no key: not a row of the sheet (a note below the table, an empty row)
        key = read_key(texts[0])
        if key is None:
            content.error(
                Place(name, number, 1, KEY_HEADER),
                "キーが変更されています。ダウンロードしたファイルの行を使ってください。",
            )
            continue
        entry = content.reports.get(key.report)
        if entry is None:
            entry = content.reports[key.report] = SheetReport(key.report, key.version, Place(name, number))
        elif entry.version != key.version or (key.main and entry.main_seen):
            content.error(Place(name, number), f"同じ取組の行が重複しています（{entry.place}と同じ報告）。")
            continue
        entry.main_seen = entry.main_seen or key.main
        cells = list(cells)[:width] + [None] * (width - len(cells))
        _read_row(
            key,
            entry,
            cells,
            texts + [""] * (width - len(texts)),
            name,
            number,
            cols,
            statuses,
            grades,
            content,
        )
    return int(header_seen)


def sheet_layout(texts: list[str], cols: list[Column]) -> list[Column] | None:
    """The columns of a sheet as its header row names them: this round's layout, or that layout without the
    columns added since (``LATER_COLUMNS``: a file filled before 「実績値の備考」 was added is still taken); None
    for any other header row."""
    given = [_OLD_HEADERS.get(t, t) for t in texts]
    while given and not given[-1]:
        given.pop()
    by_header = {c.header: c for c in cols}
    picked = [by_header.get(t) for t in given]
    layout = [c for c in picked if c is not None]
    if len(layout) != len(picked):
        return None
    expected = [c for c in cols if c in layout or c.key not in LATER_COLUMNS]
    return layout if layout == expected else None


def _read_row(
    key: RowKey,
    entry: SheetReport,
    cells: list[Any],
    texts: list[str],
    name: str,
    number: int,
    cols: list[Column],
    statuses: dict[str, str],
    grades: dict[str, str],
    content: SheetContent,
) -> None:
    # a sheet downloaded before the 実績値（原文） column: the number cell's refusal names no column it lacks
    not_a_number = NOT_A_NUMBER if any(c.key == "actual_text" for c in cols) else NOT_A_NUMBER_OLD
    for n, col in enumerate(cols):
        if not col.editable:
            continue
        place = Place(name, number, n + 1, col.header)
        if col.key == "actual_note":
            if key.indicator is None:
                continue
            entry.notes[key.indicator] = texts[n].strip()
            entry.note_places[key.indicator] = place
            continue
        if col.key == "actual_text":
            if key.indicator is None:
                continue
            entry.texts[key.indicator] = texts[n].strip()
            entry.text_places[key.indicator] = place
            continue
        if col.key == "actual":
            if key.indicator is None:
                continue
            if key.indicator in entry.actuals:
                content.error(place, "同じ指標の行が重複しています。")
                continue
            try:
                entry.actuals[key.indicator] = parse_number_cell(cells[n])
            except numbers.MisplacedComma as misplaced:  # 「８０，５％」 was read as 805
                content.error(place, misplaced.message)
                continue
            except numbers.TooLarge:  # the form's message: 「数値ではありません」 said a figure was no number
                content.error(place, numbers.TOO_LARGE)
                continue
            except ValueError:
                try:
                    split = number_with_unit(cells[n])
                except numbers.MisplacedComma as misplaced:
                    content.error(place, misplaced.message)
                    continue
                except numbers.TooLarge:
                    content.error(place, numbers.TOO_LARGE)
                    continue
                if split is None or not numbers.unit_word(split[1]):  # 「72件（速報値）」: a note, not a unit
                    content.error(place, not_a_number)
                    continue
                entry.actuals[key.indicator], entry.units[key.indicator] = split
                entry.actual_places[key.indicator] = place
            else:
                entry.actual_places[key.indicator] = place
                if is_percent_cell(cells[n]):
                    entry.percent.add(key.indicator)
            continue
        if not key.main:
            continue  # a further KPI row: the report's fields are on its first row
        text = texts[n].strip()
        if col.key == "status":
            value = parse_choice(text, statuses)
            if value is None:
                content.error(
                    place,
                    "一覧にない進捗状況です（" + "・".join(str(label) for _v, label in Status.choices) + "）",
                )
                continue
        elif col.key == "self_grade":
            value = parse_choice(text, grades)
            if value is None:
                content.error(place, "この自治体の評価基準にない評価です（" + "・".join(grades) + "）")
                continue
        else:
            value = text  # its length is checked where it changes a report (input_import): an unchanged long
            # text saved another way must not stop the office's upload of the whole round
        entry.fields[col.key] = value
        entry.field_places[col.key] = place
