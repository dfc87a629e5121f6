"""The shinchoku plan template: one Excel (.xlsx) or CSV table that any municipality can fill in.

Most municipalities publish their plan in a layout none of the PDF importers knows. For them
this layout is the way in: they copy their plan into ``samples/templates/plan-template.xlsx``
(or the CSV) in Excel, the tool they already use, and upload it. docs/template.md is the
user-facing description; this module is its only implementation, so the two must agree.

Shape, in short:

* plan metadata (自治体名, 計画名, 計画期間 …) as key/value rows: the sheet 「計画」 in a workbook,
  the rows before the header row in a CSV;
* one header row in Japanese (階層, 番号, 取組名, 担当課, …, 工程 R6, 目標 R6, 実績 R6, 予算 R6 (千円));
  fiscal-year columns are recognised by the year in the header (令和6年度, R6, 2024年度);
* one row per initiative; following rows with an empty 取組名 and a 指標名 add more indicators.

openpyxl is imported inside the functions that read workbooks, so parsing a text file never
pays for it, and workbooks are checked against size limits before openpyxl sees them. So are the
shapes of a workbook's drawings (``readers.xlsx_shapes``) and the table rules this layout shares
with the shape readers (``shapes.tables``): every parse imports this module to ask ``detect``
whether a text is the template, and a text that is not never needs them.
"""

from __future__ import annotations

import csv
import io
import os
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal, cast

from . import titles
from .errors import ParseError
from .labels import NOT_PLAN_SHEET_WORDS, half_of, is_group_row
from .municipalities import NAME_CHARS, lookup, typed_code
from .planjson import (
    Indicator,
    Initiative,
    Plan,
    Section,
    Value,
    indicator,
    initiative,
    period_from_years,
    plan_from,
    section,
    value,
    warn,
    year_bounds,
)
from .readers.delimited import excel_rows
from .readers.xlsx import (
    MAX_COLS,
    MAX_ROWS,
    MAX_SHEETS,
    cell_text,
    centred_across,
    centred_ids,
    hidden_sheet_note,
    is_shaded,
    merged_ranges,
    open_workbook,
    reading,
    shown,
)
from .repairs import date_code, is_date_text
from .shapes.common import add_related, fill_unit, finish_indicator
from .text import (
    compact,
    era_year,
    excel_error,
    fy_of,
    is_no_value,
    is_title_text,
    lazy_re,
    nfkc,
    parse_number,
    plan_period,
    prose,
    related_in_brackets,
    split_departments,
    squash,
    unit_direction,
    wareki,
    without_parents,
)

if TYPE_CHECKING:
    from .readers.xlsx_shapes import Shape

LAYOUT = "template"

#: Score for a file that is clearly this template (below Plan JSON's 100, above any guess).
_SURE = 90.0

# Limits for workbooks (stated in docs/template.md). A filled template has a few hundred rows
# and a few dozen columns; the limits leave a wide margin while keeping a hostile upload cheap.
# The limits (MAX_SHEETS, MAX_ROWS, MAX_COLS, the zip limits) live in readers.xlsx.
__all__ = ["LAYOUT", "MAX_COLS", "MAX_ROWS", "MAX_SHEETS", "detect", "parse"]

#: How many rows may precede the header row (plan metadata, a title, comments).
_HEADER_SEARCH_ROWS = 60
#: Only this much of a text file is looked at by detect(): the header is near the top.
_DETECT_CHARS = 64 * 1024

#: Sheets that are never read as initiative tables.
_PLAN_SHEET = "計画"
_NOTE_SHEETS = ("記入方法", "説明", "凡例")
#: A sheet whose name has one of these words (記入例, サンプル …) holds no part of the plan: it is
#: left out with a warning even when it has the header row.
_NOT_PLAN_WORDS = NOT_PLAN_SHEET_WORDS

Row = tuple[int, list[str]]  # (1-based line or row number, cell texts)


# --------------------------------------------------------------------------------------------
# Header vocabulary

_TITLE_NAMES = ("取組名", "施策名", "事業名")

_FIELD_NAMES: dict[str, tuple[str, ...]] = {
    "section": ("階層", "体系", "施策体系", "分野", "施策分野"),
    "code": ("番号", "取組番号", "施策番号", "事業番号", "管理番号", "no", "no.", "№"),
    "title": _TITLE_NAMES,
    "departments": ("担当課", "担当部署", "所管課", "担当", "事業担当課", "担当部局", "担当部課", "所管"),
    "summary": ("概要", "取組内容", "内容", "事業概要", "取組概要"),
    "background": ("現状・課題", "現状と課題", "現状課題", "課題"),
    "purpose": ("目的",),
    "actions": ("今後の取組", "今後の取組内容", "具体的な取組"),
    "goal": ("目指す姿",),
    "effects": ("期待される効果", "効果"),
    "scope": ("区分",),
    "priority": ("重点", "重点施策", "重点取組"),
    "marks": ("印", "マーク"),
    "repost_of": ("再掲元", "再掲元番号"),
    "urgency": ("緊急度",),
    "importance": ("重要度",),
    "note": ("備考",),
    "ind_name": ("指標名", "指標", "評価指標", "成果指標", "kpi"),
    "kind": ("種別", "指標種別", "指標の種類"),
    "unit": ("単位",),
    "direction": ("方向", "方向性", "目指す方向", "増減"),
    "baseline": ("基準値", "現状値"),
    "baseline_fy": ("基準年度", "基準値年度", "現状値年度"),
    "final": ("最終目標", "最終目標値", "目標", "目標値"),
    "final_fy": ("最終目標年度", "目標年度"),
}
_FIELD_OF = {name: key for key, names in _FIELD_NAMES.items() for name in names}

#: Keywords of the per-fiscal-year columns, longest first so 目標値 wins over 目標.
_FY_KEYWORDS: tuple[tuple[str, str], ...] = (
    ("スケジュール", "schedule"),
    ("取組予定", "schedule"),
    ("実施内容", "schedule"),
    ("工程", "schedule"),
    ("予定", "schedule"),
    ("実績値", "actual"),
    ("実績", "actual"),
    ("目標値", "target"),
    ("目標", "target"),
    ("概算事業費", "budget"),
    ("年度経費", "budget"),
    ("予算額", "budget"),
    ("事業費", "budget"),
    ("予算", "budget"),
    ("経費", "budget"),
)

_INITIATIVE_TEXT = ("summary", "background", "purpose", "actions", "goal", "priority", "repost_of", "note")
_INDICATOR_FIELDS = ("kind", "unit", "direction", "baseline", "baseline_fy", "final", "final_fy")

_LABELS = {
    "section": "階層",
    "code": "番号",
    "title": "取組名",
    "departments": "担当課",
    "summary": "概要",
    "background": "現状・課題",
    "purpose": "目的",
    "actions": "今後の取組",
    "goal": "目指す姿",
    "effects": "期待される効果",
    "scope": "区分",
    "priority": "重点",
    "marks": "印",
    "repost_of": "再掲元",
    "urgency": "緊急度",
    "importance": "重要度",
    "note": "備考",
    "ind_name": "指標名",
    "kind": "種別",
    "unit": "単位",
    "direction": "方向",
    "baseline": "基準値",
    "baseline_fy": "基準年度",
    "final": "最終目標",
    "final_fy": "最終目標年度",
}

_META_NAMES: dict[str, tuple[str, ...]] = {
    **titles.LABELS,  # 自治体名, 都道府県, 計画名: also the generic readers' rows above a table
    "code": ("団体コード", "地方公共団体コード", "全国地方公共団体コード", "自治体コード"),
    "published": ("公表年月", "公表日", "策定年月", "公表"),
    "start_fy": ("計画期間開始年度", "開始年度", "計画開始年度"),
    "end_fy": ("計画期間終了年度", "終了年度", "計画終了年度"),
    "period": ("計画期間",),
    "vision": ("ビジョン", "基本理念", "将来像", "目指す姿"),
    "levels": ("階層名",),
}
_META_OF = {name: key for key, names in _META_NAMES.items() for name in names}
_META_HEADINGS = ("項目", "項目名")

_SCOPES = {
    "国": "national",
    "国の計画": "national",
    "国施策": "national",
    "national": "national",
    "市": "local",
    "町": "local",
    "村": "local",
    "区": "local",
    "県": "local",
    "独自": "local",
    "市独自": "local",
    "local": "local",
}
_DIRECTIONS = {
    "増加": "increase",
    "増": "increase",
    "上昇": "increase",
    "向上": "increase",
    "拡大": "increase",
    "↑": "increase",
    "increase": "increase",
    "減少": "decrease",
    "減": "decrease",
    "低減": "decrease",
    "削減": "decrease",
    "縮減": "decrease",
    "↓": "decrease",
    "decrease": "decrease",
    "維持": "maintain",
    "現状維持": "maintain",
    "→": "maintain",
    "maintain": "maintain",
}
_KINDS = {
    "KPI": "KPI",
    "KGI": "KGI",
    "評価指標": "KPI",
    "活動指標": "KPI",
    "成果指標": "KGI",
    "数値目標": "KGI",
}
_PRIORITY_TICKS = ("○", "◯", "〇", "●", "◎", "✓", "✔", "レ", "1", "TRUE", "有", "あり", "重点")


# --------------------------------------------------------------------------------------------
# Small text helpers


def _key(text: str) -> str:
    """Matching form of a header or key: NFKC, no blanks, case-folded, no trailing colon."""
    return compact(text).casefold().rstrip(":").strip("【】[]")


_PARENS = lazy_re(r"\([^()]*\)|\[[^\[\]]*\]|【[^【】]*】")


def _without_parens(text: str) -> str:
    return _PARENS.sub("", text)


def _departments(text: str) -> list[str]:
    """The names of a 担当課 cell; a 部 written before its 課 (「総務部 情報政策課」) is where the 課
    sits, not a department of its own (``text.without_parents``), as the generic readers read it."""
    return split_departments(without_parents(text))


def _is_comment(cells: list[str]) -> bool:
    """A comment row (「# …」), or a note under the table (「※ 実績は令和6年度末時点。」 alone in its
    row), which would read as a 番号 without a title."""
    if not cells:
        return False
    first = nfkc(cells[0]).lstrip()
    return first.startswith("#") or (first.startswith("※") and not any(c.strip() for c in cells[1:]))


def _is_blank(cells: list[str]) -> bool:
    return all(not c.strip() for c in cells)


_BREAK = lazy_re(r"\s*\n\s*")


def _one_line(text: str) -> str:
    """A title or label on one line: a line break (Alt+Enter) between Japanese characters is
    dropped, elsewhere it becomes a space; blanks are squashed. Typed spaces are kept.

    Not text.join_wrapped, which also closes a break between Latin and Japanese text: that one
    repairs a PDF's narrow cells, this one reads what a person typed, as docs/template.md says
    ("日本語の間なら詰め、それ以外は空白").
    """

    def join(m: re.Match[str]) -> str:
        before = m.string[m.start() - 1] if m.start() > 0 else " "
        after = m.string[m.end()] if m.end() < len(m.string) else " "
        return "" if not before.isascii() and not after.isascii() else " "

    return squash(_BREAK.sub(join, text.strip()))


def _prose(text: str) -> str | None:
    """Prose as written: each line trimmed, blank lines dropped; None when empty."""
    return prose(squash(line) for line in text.split("\n"))


_HEADER_FY = lazy_re(
    r"(令和|平成|R|H)(元|\d{1,2})(?!\d)(?:年度|年)?末?|(?<!\d)((?:19|20)\d{2})(?!\d)(?:年度|年)?",
    re.IGNORECASE,
)
_HALF = lazy_re(r"上半期|下半期|前期|後期|上期|下期")


def _fy_in(text: str) -> tuple[int, int | None, str] | None:
    """(fiscal year, half, text without the year) for a header or cell like 工程R6(前期).

    Unlike text.parse_fy this also takes a bare four-digit year ("予算 2024"), which is
    what a header typed in Excel often is, and returns the rest of the text so that the
    kind of column can be read from it.
    """
    t = re.sub(r"\s+", "", nfkc(text))
    m = _HEADER_FY.search(t)
    if not m:
        return None
    fy: int | None = int(m.group(3)) if m.group(3) else era_year(m.group(1), m.group(2))
    if fy is None:
        return None
    rest = t[: m.start()] + t[m.end() :]
    half_match = _HALF.search(rest)
    half = None
    if half_match:
        half = 1 if half_match.group(0) in ("前期", "上期", "上半期") else 2
        rest = rest[: half_match.start()] + rest[half_match.end() :]
    return fy, half, rest


def _fy_value(text: str) -> int | None:
    """A fiscal year cell: 令和6年度, R6, 2024年度, 2024; a date Excel stored (2028-03-31) is in the
    fiscal year April to March (text.fy_of)."""
    if is_date_text(text):
        return fy_of(text)
    found = _fy_in(text)
    return found[0] if found else None


# --------------------------------------------------------------------------------------------
# Reading rows: CSV


def _csv_rows(text: str, limit: int | None = None) -> list[Row]:
    """Records of a CSV text with the row Excel shows each on (``readers.delimited.excel_rows``); ParseError for
    broken CSV."""
    rows: list[Row] = []
    for row, cells in excel_rows(csv.reader(io.StringIO(text))):
        if limit is not None and len(rows) >= limit:
            break
        rows.append((row, [c.replace("\r", "") for c in cells]))
    return rows


# --------------------------------------------------------------------------------------------
# Reading rows: xlsx


@dataclass
class _Sheet:
    name: str
    rows: list[Row]
    #: Its merged ranges (first row, first column, last row, last column; 1-based), where they were read.
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)
    #: Whether a person sees it (not 「シートの非表示」).
    shown: bool = True
    #: The empty cells filled with a colour (row, 0-based column): a 工程表's bars, where the sheet draws them so.
    shaded: frozenset[tuple[int, int]] = frozenset()


def _merged_down(sheet: _Sheet, column: int | None) -> list[Row]:
    """The sheet's rows with the cells of ``column`` (0-based) that a range merged down from that column covers written
    with the range's text: a 担当課 merged over the rows of two 取組 is each one's, as the generic readers read it
    (walked: the streaming read knows no merged cells, and the second 取組 had no 担当課)."""
    if column is None or not sheet.merged:
        return sheet.rows
    by_number = {number: cells for number, cells in sheet.rows}
    covered: dict[int, str] = {}
    for top, left, bottom, _right in sheet.merged:
        first = (by_number.get(top) or [])[column : column + 1]
        if bottom > top and left == column + 1 and first and first[0].strip():
            covered.update((number, first[0]) for number in range(top + 1, bottom + 1))
    rows: list[Row] = []
    for number, cells in sheet.rows:
        text = covered.get(number)
        if text is not None and not (column < len(cells) and cells[column].strip()):
            cells = [*cells, *[""] * (column + 1 - len(cells))]
            cells[column] = text
        rows.append((number, cells))
    return rows


def _open_workbook(data: bytes) -> Any:
    return open_workbook(data, read_only=True)


_cell_text = cell_text


def _sheet_rows(
    sheet: Any, limit: int | None, shapes: list[Shape] | None = None, shaded: set[tuple[int, int]] | None = None
) -> list[Row]:
    """Rows of a sheet as text, refusing sheets beyond MAX_ROWS x MAX_COLS with content; a shape drawn over a row's
    empty cells (a 工程表's step drawn as an arrow: ``readers.xlsx_shapes``) writes its step in each year it covers
    (「→」 for a bare arrow), as 「R7～R10：順次拡大」 gives each year its step (walked: 「→」 was each later year's step on
    every page, report and workbook); so does a step typed once and centred across the years it runs (「選択範囲内で中央」,
    ``readers.xlsx.centred_across``). The empty cells filled with a colour are added to ``shaded``."""
    sheet.reset_dimensions()  # the stored dimension may claim a million rows; read what is there
    drawn: dict[int, list[Shape]] = {}
    for shape in shapes or ():
        drawn.setdefault(shape.row + 1, []).append(shape)
    rows: list[Row] = []
    ids = centred_ids(getattr(sheet, "parent", None))
    for number, cells in enumerate(sheet.iter_rows(), start=1):
        if limit is not None and number > limit:
            break
        texts = [_cell_text(c) for c in cells]
        if shaded is not None:
            shaded.update((number, c) for c, cell in enumerate(cells) if not texts[c] and is_shaded(cell))
        for c, source in centred_across(cells, texts, ids).items():
            if any(texts[:source]):  # (a title centred across the sheet stays one cell, as a merged one does here)
                texts[c] = texts[source]  # a step typed once and set 「選択範囲内で中央」 across its years: each year's
        for shape in drawn.get(number, ()):
            columns = shape.step_columns([bool(text) for text in texts], MAX_COLS)
            if columns:
                texts += [""] * (columns.stop - len(texts))
                texts[columns.start : columns.stop] = [shape.text or "→"] * len(columns)
        while texts and not texts[-1]:
            texts.pop()
        if number > MAX_ROWS and texts:
            raise ParseError(f"「{sheet.title}」シートの行が多すぎます（上限 {MAX_ROWS:,} 行）。")
        if len(texts) > MAX_COLS:
            raise ParseError(f"「{sheet.title}」シートの列が多すぎます（上限 {MAX_COLS} 列）。", line=number)
        if texts:
            rows.append((number, texts))
    return rows


def _read_workbook(data: bytes, limit: int | None = None, *, merges: bool = False) -> list[_Sheet]:
    """The sheets' rows (the first ``limit``), and with ``merges`` their merged ranges (the streaming read knows none)."""
    from .readers.xlsx_shapes import sheet_shapes

    drawn = sheet_shapes(data)  # openpyxl drops the shapes drawn over the cells
    merged = merged_ranges(data) if merges else {}
    out: list[_Sheet] = []
    with reading(_open_workbook(data)) as workbook:
        for sheet in (workbook[name] for name in workbook.sheetnames):
            if hasattr(sheet, "iter_rows"):
                shaded: set[tuple[int, int]] = set()
                rows = _sheet_rows(sheet, limit, drawn.get(sheet.title), shaded)
                out.append(_Sheet(sheet.title, rows, merged.get(sheet.title, []), shown(sheet), frozenset(shaded)))
    return out


# --------------------------------------------------------------------------------------------
# Header


@dataclass
class _FyColumn:
    index: int
    kind: str  # schedule | target | actual | budget
    fy: int
    half: int | None
    unit: str | None  # budget unit from the header, "(千円)"


@dataclass
class _Columns:
    fields: dict[str, int] = field(default_factory=dict)
    fy_columns: list[_FyColumn] = field(default_factory=list)
    header_fy: dict[str, int] = field(default_factory=dict)  # 基準値(R5), 最終目標(R10)
    unknown: list[str] = field(default_factory=list)
    duplicate: list[str] = field(default_factory=list)
    #: The fields a second column names again (「施策番号 | 施策名 | 取組番号 | 取組名」: code and title twice).
    twice: set[str] = field(default_factory=set)
    #: Columns read by a synonym of the label dictionary (「主管課」 for 担当課), not the template's own label.
    renamed: list[str] = field(default_factory=list)


def _title_cell(text: str) -> bool:
    return _without_parens(_key(text)) in _TITLE_NAMES


def _field_of(header: str) -> str | None:
    return _FIELD_OF.get(_without_parens(_key(header)))


#: The label dictionary's roles (labels.LABELS) that are a template column of their own. Not
#: 備考 (the dictionary's note takes 「財源」「課題」, columns a person adds beside the template's), nor
#: 評価 / 達成率 (the template has no column for them).
_SYNONYM_FIELDS = {
    "code": "code",
    "title": "title",
    "departments": "departments",
    "indicator": "ind_name",
    "unit": "unit",
    "baseline": "baseline",
    "target": "final",
    "summary": "summary",
    "purpose": "purpose",
    "background": "background",
    "section": "section",
}


def _synonym_of(header: str) -> str | None:
    """The template column a header the template does not know names by another word the label
    dictionary knows (「主管課」「所管部署」 for 担当課): a person renames a column to the word their
    office uses, and the column still holds what it held. Whole labels only (「担当者」 is a person)."""
    from .labels import classify

    column = classify(header, loose=False)
    if column is None or column.fy is not None:
        return None
    return _SYNONYM_FIELDS.get(column.role)


def _is_header(cells: list[str]) -> bool:
    """A header row names the title column and at least one other template column."""
    if not any(_title_cell(c) for c in cells):
        return False
    known = sum(1 for c in cells if c.strip() and (_field_of(c) or _fy_column(0, c)))
    return known >= 2


def _fy_column(index: int, header: str) -> _FyColumn | None:
    found = _fy_in(header)
    if not found:
        return None
    fy, half, rest = found
    rest = _without_parens(rest)
    unit_match = re.search(r"\((百万円|千円|万円|円)\)", nfkc(header).replace(" ", ""))
    unit = unit_match.group(1) if unit_match else None
    if not rest:
        return _FyColumn(index, "schedule", fy, half, unit)
    if rest.startswith("目標") and "最終" not in rest:
        return _FyColumn(index, "target", fy, half, unit)
    for keyword, kind in _FY_KEYWORDS:
        if keyword in rest and not rest.startswith("最終"):
            return _FyColumn(index, kind, fy, half, unit)
    return None


def _read_header(cells: list[str]) -> _Columns:
    columns = _Columns()
    seen_fy: set[tuple[str, int, int | None]] = set()
    synonyms: list[tuple[int, str, str]] = []
    for index, header in enumerate(cells):
        if not header.strip():
            continue
        name = _field_of(header)
        if name == "final" and _fy_in(header) and "最終" not in nfkc(header):
            name = None  # 「目標値 (令和6年度)」 is that year's target, not the final target
        if name:
            if name in columns.fields:
                columns.duplicate.append(squash(header))
                columns.twice.add(name)
                continue
            columns.fields[name] = index
            if name in ("baseline", "final"):
                fy = _fy_value(header)
                if fy:
                    columns.header_fy[name] = fy
            continue
        column = _fy_column(index, header)
        synonym = _synonym_of(header) if column is None else None
        if synonym is not None:
            synonyms.append((index, synonym, header))
        elif column is None:
            columns.unknown.append(squash(header))
        elif (column.kind, column.fy, column.half) in seen_fy:
            columns.duplicate.append(squash(header))
        else:
            seen_fy.add((column.kind, column.fy, column.half))
            columns.fy_columns.append(column)
    _read_synonyms(columns, synonyms)
    return columns


def _read_synonyms(columns: _Columns, synonyms: list[tuple[int, str, str]]) -> None:
    """Columns renamed to a synonym take their field after the template's own labels, so that a
    column the template names keeps its field and an added column of the same kind is left out."""
    for index, name, header in synonyms:
        if name in columns.fields:
            columns.unknown.append(squash(header))
            continue
        columns.fields[name] = index
        columns.renamed.append(squash(header))
        if name in ("baseline", "final") and (fy := _fy_value(header)):
            columns.header_fy[name] = fy


# --------------------------------------------------------------------------------------------
# Plan metadata


@dataclass
class _Meta:
    values: dict[str, tuple[int, str]] = field(default_factory=dict)  # key -> (line, value)
    #: Every plan item the file names, filled in or not (an empty template names them all).
    named: set[str] = field(default_factory=set)


#: A plan item and its value in one cell, set apart by a colon: 「計画期間：令和７年度～令和10年度」.
_STATED = lazy_re(r"^([^:：]{2,10})\s*[:：]\s*(\S.*)$")


def _read_meta_row(meta: _Meta, line: int, cells: list[str], plan_warnings: list[tuple[int, str]]) -> None:
    filled = [c for c in cells if c.strip()]
    if not filled or _is_comment(cells):
        return
    if len(filled) == 1 and (stated := _STATED.match(filled[0].strip())) and _META_OF.get(_key(stated[1])):
        cells = [stated[1], stated[2]]  # 「計画期間：令和７年度～令和10年度」 in one cell under the title (walked: unread)
    key = _META_OF.get(_key(cells[0]))
    val = squash(cells[1]) if len(cells) > 1 else ""
    if key is None:
        if _key(cells[0]) in _META_HEADINGS or len(filled) == 1:
            return  # a heading row such as 項目 / 内容, or a title line above the table
        if titles.of_cells(cells).prefecture:
            return  # 「山梨県 | 北杜見市」: read as the rows above the table are (_head)
        plan_warnings.append(
            (line, f"計画の項目 '{squash(cells[0])}' はこのテンプレートにないため読み飛ばしました")
        )
        return
    meta.named.add(key)
    if key == "vision" and len(cells) > 1:
        val = _prose(cells[1]) or ""
    if val and key not in meta.values:
        meta.values[key] = (line, val)


_YEAR_MONTH = (
    lazy_re(r"^(?P<y>(?:19|20)\d{2})\s*[-/.年]\s*(?P<m>\d{1,2})"),
    lazy_re(r"^(?P<era>令和|平成|R|H)\s*(?P<n>元|\d{1,2})\s*[-/.年]\s*(?P<m>\d{1,2})"),
)


def _year_month(text: str) -> str | None:
    """公表年月 as YYYY-MM from 2024-03, 2024/3, 2024年3月, 令和6年3月, R6.3 or an Excel date."""
    t = nfkc(text).strip().upper()
    for pattern in _YEAR_MONTH:
        m = pattern.match(t)
        if not m:
            continue
        month = int(m.group("m"))
        year = int(m.group("y")) if "y" in m.groupdict() else era_year(m.group("era"), m.group("n"))
        if year is not None and 1 <= month <= 12:
            return f"{year:04d}-{month:02d}"
    return None


_MUNICIPALITY_NAME = lazy_re(rf"[{NAME_CHARS}]{{1,8}}?(?:都|道|府|県|市|区|町|村)")


def _municipality_in(filename: str) -> str | None:
    """A municipality's name in a file name (「北上市_取組.csv」 → 北上市), or None."""
    m = _MUNICIPALITY_NAME.search(filename)
    return m.group(0) if m else None


def _municipality_code(text: str, add: Any) -> str | None:
    """団体コード: 6 digits with a valid check digit, or 5 digits to which the check digit is added."""
    code = typed_code(text)
    if code is not None:
        return code
    add(f"団体コード '{text}' は6桁の全国地方公共団体コードではないため使いませんでした")
    return None


def _head(rows: list[Row]) -> titles.Naming:
    """What the rows above a table name (a title line 「北杜見市DX推進計画 取組一覧」, 「山梨県 北杜見市」,
    「都道府県名：山梨県」): the plan's name where no 自治体名 / 計画名 / 都道府県 row says it."""
    return titles.of_lines(cells for _, cells in rows if not _is_comment(cells))


def _new_plan(source: Any, meta: _Meta, add_warning: Any, head: titles.Naming | None = None) -> Plan:
    def get(key: str) -> str:
        return meta.values.get(key, (0, ""))[1]

    def at(key: str) -> int | None:
        return meta.values.get(key, (None, ""))[0]

    head = head or titles.Naming()
    if meta.named - {"prefecture"}:
        # plan rows of the template's own (計画名, 自治体名 …): they name the plan, or it is not
        # named — a sheet of cards with 「計画の名称」 over them is left to its layout
        head = titles.Naming(prefecture=head.prefecture)
    name = get("municipality") or head.municipality or ""
    title = get("title") or head.title or ""
    title_from = None  # a title the file does not state (``planjson``'s ``title_from``)
    if not name and not source.is_xlsx and not meta.named:
        # a CSV saved from the 取組 sheet alone: the caller's municipality, else the file name's
        name = (
            getattr(source, "municipality", None)
            or _municipality_in(source.filename)
            or os.path.splitext(os.path.basename(source.filename))[0]
        )
        if name:
            add_warning(None, f"自治体名の行がないため「{name}」の計画として読みました（取組の表だけの CSV）")
        if name and not title and (title := titles.in_filename(source.filename, name) or ""):
            title_from = "filename"  # (walked: 「岩清水市DX推進計画_指標一覧_20250512.csv」 was 「岩清水市 計画」)
            add_warning(None, f"計画名の行がないため、ファイル名から計画名を「{title}」としました")
        elif name and not title:
            title, title_from = f"{name} 計画", "municipality"
            add_warning(None, f"計画名の行がないため、計画名を「{title}」としました")
    for key, label, example in (
        ("municipality", "自治体名", "緑ヶ丘市"),
        ("title", "計画名", "緑ヶ丘市DX推進計画"),
    ):
        if name if key == "municipality" else title:
            continue
        if source.is_xlsx:
            raise ParseError(f"{label}がありません。「計画」シートの「{label}」の行の B 列に書いてください。")
        raise ParseError(
            f"{label}がありません。見出し行より前に「{label},{example}」のような行を書いてください。"
        )
    _, known_code = lookup(name)
    code = None
    if get("code"):
        code = _municipality_code(get("code"), lambda m: add_warning(at("code"), m))
        if known_code and code and code != known_code:
            add_warning(at("code"), f"団体コード {code} は {name} のコード {known_code} と異なります")
    published = None
    if get("published"):
        published = _year_month(get("published"))
        if published is None:
            add_warning(at("published"), f"公表年月 '{get('published')}' を年月として読めません")
    plan = plan_from(
        source,
        LAYOUT,
        municipality=name,
        title=title,
        published=published,
        period=_period(get, at, add_warning, title),
        vision=get("vision") or None,
        prefecture=get("prefecture") or head.prefecture,
        code=code,
    )
    if title_from:
        plan["plan"]["title_from"] = title_from  # a plan revised from this file keeps its own title (loader)
    return plan


def _period(get: Any, at: Any, add_warning: Any, title: str = "") -> tuple[int | None, int | None]:
    """The 計画期間 of the plan rows; without them, the period a title line above the table states
    (「緑山市DX推進計画（令和6年度～令和10年度） 進捗状況」), as the generic readers take it."""
    if not any(get(key) for key in ("period", "start_fy", "end_fy")):
        return plan_period(title) or (None, None)
    start_fy = end_fy = None
    if get("period"):
        parts = re.split(r"[~～〜\-－ー―から]+", nfkc(get("period")))
        years = [fy for fy in (_fy_value(p) for p in parts if p.strip()) if fy]
        if len(years) == 2:
            start_fy, end_fy = years
        else:
            add_warning(
                at("period"), f"計画期間 '{get('period')}' を「令和6年度～令和10年度」の形で読めません"
            )
    for key, label in (("start_fy", "開始年度"), ("end_fy", "終了年度")):
        if not get(key):
            continue
        fy = _fy_value(get(key))
        if fy is None:
            add_warning(at(key), f"計画期間 {label} '{get(key)}' を年度として読めません")
        elif key == "start_fy":
            start_fy = fy
        else:
            end_fy = fy
    if start_fy and end_fy and start_fy > end_fy:
        add_warning(
            at("end_fy") or at("period"), f"計画期間の開始年度 {start_fy} が終了年度 {end_fy} より後です"
        )
    return start_fy, end_fy


# --------------------------------------------------------------------------------------------
# Building the plan from rows


class _Builder:
    """Turns table rows into sections, initiatives and indicators, merging continuation rows."""

    def __init__(self, plan: Plan, level_names: list[str], prefix: str, is_xlsx: bool) -> None:
        self.plan = plan
        self.level_names = level_names
        self.prefix = prefix
        self.is_xlsx = is_xlsx
        self.section_by: dict[tuple[str | None, str], str] = {}
        self.section_of_key: dict[str, Section] = {}
        self.children: dict[str | None, int] = {}
        self.levels_seen: dict[int, str] = {}
        self.by_identity: dict[tuple[str | None, str | None, str], Initiative] = {}
        self.by_code: dict[str, Initiative] = {}
        self.current: Initiative | None = None
        self.current_section: str | None = None
        self.columns = _Columns()
        #: The header row's cells as written, to name a column in a warning.
        self.header: list[str] = []
        #: Every code of the table being read, to repair a code Excel made a date by the others' shape.
        self.codes: list[str] = []

    # -- warnings

    def warn(self, line: int | None, message: str) -> None:
        warn(self.plan, line, self.prefix + message)

    # -- cells

    def cell(self, cells: list[str], name: str) -> str:
        index = self.columns.fields.get(name)
        if index is None or index >= len(cells):
            return ""
        return cells[index].strip()

    # -- sections

    def section_path(self, text: str, line: int) -> str | None:
        """Key of the innermost section of a path "基本方針1 … > 1-1 …", creating what is new."""
        if is_no_value(text):
            return None
        parent: str | None = None
        depth = 0
        for raw in re.split(r"[>＞]", text):
            segment = _one_line(raw)
            if not segment:
                continue
            parent = self.section_segment(parent, depth, segment, line)
            depth += 1
        return parent

    def section_segment(self, parent: str | None, depth: int, segment: str, line: int) -> str:
        level, code, title = _split_segment(segment)
        identity = (parent, "code:" + code) if code else (parent, "title:" + nfkc(title))
        key = self.section_by.get(identity)
        if key is not None:
            existing = self.section_of_key[key]
            if title and not existing["title"]:
                existing["title"] = title
            elif title and nfkc(title) != nfkc(existing["title"]):
                self.warn(
                    line,
                    f"階層 {code} の名前 '{title}' が先の行の '{existing['title']}' と異なります（先の名前を使います）",
                )
            return key
        count = self.children.get(parent, 0) + 1
        self.children[parent] = count
        key = f"s{count}" if parent is None else f"{parent}.{count}"
        if level:
            self.levels_seen.setdefault(depth, level)
        level_name = (
            level
            or (self.level_names[depth] if depth < len(self.level_names) else None)
            or self.levels_seen.get(depth)
            or None  # (unnamed: no name made up)
        )
        item = section(key, parent, level_name, code, title)
        self.plan["sections"].append(item)
        self.section_of_key[key] = item
        self.section_by[identity] = key
        if code and title:
            self.section_by.setdefault((parent, "title:" + nfkc(title)), key)
        return key

    # -- rows

    def row(self, line: int, cells: list[str]) -> None:
        from .shapes.tables import is_total_text, junk_title

        if _is_blank(cells) or _is_comment(cells):
            return
        title = _one_line(self.cell(cells, "title"))
        if is_total_text(title) or is_total_text(self.cell(cells, "code")):
            return  # 「合計」 under the rows: their sum, not an initiative (its 予算 would count twice)
        if title and not is_title_text(title):
            self.warn(line, junk_title(title))
            self.current = None  # the rows under it are not the initiative above's
            return
        if any("#" in c or "＃" in c for c in cells):
            cells = self.without_errors(line, cells)
        path = self.cell(cells, "section")
        if path:
            self.current_section = self.section_path(path, line)
        if title:
            self.start_initiative(line, cells, title)
        elif self.has_data(cells):
            if self.current is None:
                self.warn(line, "取組名がなく、前に取組の行もないため、この行を読み飛ばしました")
                return
            if path and self.current["section"] != self.current_section:
                self.warn(line, "取組名がない行の階層が前の取組と異なるため、この行を読み飛ばしました")
                return
        else:
            code = self.cell(cells, "code")
            if not path and _heading_across(code):
                # 「基本方針１　市民サービスの向上」 merged across the table: the 取組 under it are its (walked: skipped as
                # a number without a title, every 取組 outside the 施策体系)
                self.current_section = self.section_path(_one_line(code), line)
                path = code
            if path:
                self.current = None  # a section heading row: the next data belongs to a new initiative
            elif code:
                self.warn(line, "番号だけで取組名がないため、この行を読み飛ばしました")
            return
        self.fill_initiative(line, cells)
        self.fill_indicator(line, cells)

    def without_errors(self, line: int, cells: list[str]) -> list[str]:
        """The row with Excel's error values (「#N/A」「#DIV/0!」「#####」) blanked, each warned: no
        value, never a figure or a text KPI."""
        from .shapes.tables import error_value

        kept = list(cells)
        for i, text in enumerate(cells):
            if excel_error(text):
                label = squash(self.header[i]) if i < len(self.header) else ""
                self.warn(line, error_value(label or f"{i + 1}列目", text.strip()))
                kept[i] = ""
        return kept

    def has_data(self, cells: list[str]) -> bool:
        fields = self.columns.fields
        for name, index in fields.items():
            if name not in ("section", "title", "code") and index < len(cells) and cells[index].strip():
                return True
        return any(c.index < len(cells) and cells[c.index].strip() for c in self.columns.fy_columns)

    def start_initiative(self, line: int, cells: list[str], title: str) -> None:
        code = self.code(line, self.cell(cells, "code"))
        identity = (self.current_section, code, nfkc(title))
        existing = self.by_identity.get(identity)
        if existing is not None:
            self.current = existing  # the same initiative written again on another row
            return
        if code and code in self.by_code:
            other = self.by_code[code]
            self.warn(line, f"番号 {code} は {other['line']}行目の取組「{other['title']}」と重複しています")
        item = initiative(code, title, self.current_section, line=line)
        self.plan["initiatives"].append(item)
        self.by_identity[identity] = item
        if code:
            self.by_code.setdefault(code, item)
        self.current = item

    def code(self, line: int, text: str) -> str | None:
        code = squash(nfkc(text))
        if is_no_value(code):
            return None
        if self.is_xlsx and is_date_text(code):
            repaired = date_code(code, self.codes)
            if repaired:
                self.warn(
                    line,
                    f"番号 '{text}' は Excel で日付に変換されています。{repaired} として読みました"
                    "（番号の列の書式を「文字列」にしてください）",
                )
                return repaired
        return code[:-2] if re.fullmatch(r"\d+\.0", code) else code

    # -- initiative-level fields

    def fill_initiative(self, line: int, cells: list[str]) -> None:
        item = self.current
        assert item is not None
        for name in _INITIATIVE_TEXT:
            text = self.cell(cells, name)
            if not is_no_value(text):
                self.merge(
                    item,
                    name,
                    _prose(text) if name not in ("priority", "repost_of") else self.short(name, text),
                    line,
                )
        for name, split in (("departments", _departments), ("effects", _bullets), ("marks", _marks)):
            text = self.cell(cells, name)
            text, related = related_in_brackets(text) if name == "departments" else (text, [])  # 「市民課（情報政策課）」
            if not is_no_value(text):
                self.merge(item, name, split(text), line)
            add_related(item, related)  # its 関係課 apart
        scope_text = self.cell(cells, "scope")
        if scope_text and not is_no_value(scope_text):
            scope = _SCOPES.get(_key(scope_text))
            if scope is None:
                self.warn(line, f"区分 '{scope_text}' は「国」か「市」で書いてください（読み飛ばしました）")
            else:
                self.merge(item, "scope", scope, line)
        for name in ("urgency", "importance"):
            self.score(item, name, self.cell(cells, name), line)
        for column in self.columns.fy_columns:
            text = cells[column.index].strip() if column.index < len(cells) else ""
            if not text or is_no_value(text):
                continue
            if column.kind == "schedule":
                self.schedule(item, column, _one_line(text), line)
            elif column.kind == "budget":
                self.budget(item, column, text, line)

    def short(self, name: str, text: str) -> str | None:
        text = squash(text)
        if name == "priority" and nfkc(text).upper() in _PRIORITY_TICKS:
            return "重点"
        if name == "repost_of":
            return nfkc(text)
        return text or None

    def score(self, item: Initiative, name: str, text: str, line: int) -> None:
        if not text or is_no_value(text):
            return
        found = parse_number(text)
        if found is None or not 0 <= found[0] <= 100:
            self.warn(line, f"{_LABELS[name]} '{text}' は 0～100 の数値ではありません（読み飛ばしました）")
            return
        self.merge(item, name, found[0], line)

    def merge(self, item: Initiative, name: str, new: Any, line: int) -> None:
        """Set a field from a row; a later row may repeat it but not contradict it."""
        if new is None or new == []:
            return
        fields = cast(dict[str, Any], item)  # the field a template column names
        old = fields.get(name)
        if old is None or old == []:
            fields[name] = new
        elif old != new:
            label = _LABELS.get(name, name)
            self.warn(line, f"{label} が同じ取組の先の行と異なります（先の行の値を使います）")

    def schedule(self, item: Initiative, column: _FyColumn, label: str, line: int) -> None:
        for entry in item["schedule"]:
            if entry["fy"] == column.fy and entry["half"] == column.half:
                if entry["label"] != label:
                    self.warn(
                        line, f"{column.fy}年度の工程が同じ取組の先の行と異なります（先の行の値を使います）"
                    )
                return
        item["schedule"].append({"fy": column.fy, "half": column.half, "label": label})

    def budget(self, item: Initiative, column: _FyColumn, text: str, line: int) -> None:
        found = parse_number(text)
        if found is None:
            self.warn(line, f"予算 {column.fy}年度 '{text}' が数値ではありません（読み飛ばしました）")
            return
        amount, cell_unit = found
        unit = cell_unit if cell_unit.endswith("円") else (column.unit or "千円")
        for entry in item["budget"]:
            if entry["fy"] == column.fy:
                if entry["amount"] != amount or entry["unit"] != unit:
                    self.warn(
                        line, f"予算 {column.fy}年度 が同じ取組の先の行と異なります（先の行の値を使います）"
                    )
                return
        item["budget"].append({"fy": column.fy, "amount": amount, "unit": unit})

    # -- indicators

    def fill_indicator(self, line: int, cells: list[str]) -> None:
        item = self.current
        assert item is not None
        name = _one_line(self.cell(cells, "ind_name"))
        if is_no_value(name):
            name = ""
        value_columns = [c for c in self.columns.fy_columns if c.kind in ("target", "actual")]
        has_values = any(self.cell(cells, f) for f in _INDICATOR_FIELDS) or any(
            c.index < len(cells) and cells[c.index].strip() for c in value_columns
        )
        if not name:
            if has_values:
                self.warn(
                    line, "指標名がないため、この行の指標の値（基準値・目標・実績など）を読み飛ばしました"
                )
            return
        existing = next((i for i in item["indicators"] if i["name"] == name), None)
        ind = existing or indicator(name)
        if existing is None:
            item["indicators"].append(ind)
        self.indicator_fields(ind, cells, line)
        for column in value_columns:
            text = cells[column.index].strip() if column.index < len(cells) else ""
            if text and not is_no_value(text):
                label = f"{'目標' if column.kind == 'target' else '実績'} {column.fy}年度"
                entry = self.indicator_value(ind, label, column.fy, text, line)
                self.add_value(ind, "targets" if column.kind == "target" else "actuals", entry, label, line)
        fill_unit(ind)

    def indicator_fields(self, ind: Indicator, cells: list[str], line: int) -> None:
        kind_text = self.cell(cells, "kind")
        if kind_text:
            kind = _KINDS.get(nfkc(kind_text).strip().upper())
            if kind is None:
                self.warn(line, f"種別 '{kind_text}' は KPI か KGI で書いてください（KPI として読みました）")
            else:
                ind["kind"] = kind
        unit = squash(nfkc(self.cell(cells, "unit")))
        if unit and not ind["unit"]:
            ind["unit"] = unit
        direction_text = self.cell(cells, "direction")
        if direction_text and not is_no_value(direction_text):
            direction = _DIRECTIONS.get(_key(direction_text))
            if direction is None:
                self.warn(
                    line,
                    f"方向 '{direction_text}' は 増加・減少・維持 のいずれかで書いてください（読み飛ばしました）",
                )
            else:
                ind["direction"] = ind["direction"] or direction
        stated = cast(dict[str, Any], ind)  # baseline or final_target, as the column says
        for name, fy_name, key in (
            ("baseline", "baseline_fy", "baseline"),
            ("final", "final_fy", "final_target"),
        ):
            text = self.cell(cells, name)
            if not text or is_no_value(text) or stated[key] is not None:
                continue
            fy = self.fy_cell(cells, fy_name, line) or self.columns.header_fy.get(name) or _fy_value(text)
            stated[key] = self.indicator_value(ind, _LABELS[name], fy, text, line)
        if ind["direction"] is None:
            ind["direction"] = unit_direction(ind["unit"])

    def fy_cell(self, cells: list[str], name: str, line: int) -> int | None:
        text = self.cell(cells, name)
        if not text or is_no_value(text):
            return None
        fy = _fy_value(text)
        if fy is None:
            self.warn(
                line,
                f"{_LABELS[name]} '{text}' を年度として読めません（令和6年度・R6・2024 のように書いてください）",
            )
        return fy

    def indicator_value(self, ind: Indicator, label: str, fy: int | None, text: str, line: int) -> Value:
        written = squash(text)
        found = parse_number(written)
        if found is None:
            self.warn(line, f"{label} '{written}' が数値ではありません（文字のまま取り込みました）")
            return value(fy, None, written)
        return value(fy, found[0], written)

    def add_value(
        self, ind: Indicator, key: Literal["targets", "actuals"], entry: Value, label: str, line: int
    ) -> None:
        for old in ind[key]:
            if old["fy"] == entry["fy"]:
                if old["text"] != entry["text"]:
                    self.warn(
                        line, f"指標「{ind['name']}」の{label}が先の行と異なります（先の行の値を使います）"
                    )
                return
        ind[key].append(entry)

    # -- finishing

    def finish(self) -> None:
        for item in self.plan["initiatives"]:
            item["schedule"].sort(key=lambda e: (e["fy"], e["half"] or 0))
            item["budget"].sort(key=lambda e: e["fy"])
            for ind in item["indicators"]:
                ind["targets"].sort(key=lambda v: v["fy"] or 0)
                ind["actuals"].sort(key=lambda v: v["fy"] or 0)


def _heading_across(text: str) -> bool:
    """Whether a row's only text, in the number's column, is a section's heading written across the table: a level's
    word, its number and a name (「基本方針１　市民サービスの向上」), never a number alone."""
    level, code, title = _split_segment(_one_line(text))
    return bool(level and code and title.strip())


def _split_segment(segment: str) -> tuple[str | None, str | None, str]:
    """ "基本方針1 デジタルで便利な暮らし" -> ("基本方針", "1", "デジタルで便利な暮らし").

    The code is the first word when it holds a digit ("1-1", "基本方針2", "(3)", "①");
    a leading word of letters before the digits is the level name.
    """
    head, _, rest = segment.partition(" ")
    token = nfkc(head)
    if not re.search(r"\d", token):
        return None, None, segment
    m = re.fullmatch(r"([^\W\d_]+?)(\d[\d\-.]*)", token)
    if m and not m.group(1).isascii():
        return m.group(1), m.group(2), rest
    return None, token, rest


def _bullets(text: str) -> list[str]:
    items = []
    for line in text.split("\n"):
        stripped = re.sub(r"^[・●○◆■\-－*]\s*", "", squash(line))
        if stripped:
            items.append(stripped)
    return items


def _marks(text: str) -> list[str]:
    parts = re.split(r"[【】\[\]\s、,，・/／]+", text)
    result: list[str] = []
    for part in parts:
        if part and part not in result:
            result.append(part)
    return result


# --------------------------------------------------------------------------------------------
# Tables: the header row and the rows around it


def _find_header(rows: list[Row]) -> int | None:
    for position, (_, cells) in enumerate(rows[:_HEADER_SEARCH_ROWS]):
        if _is_header(cells):
            return position
    return None


def _levels(meta: _Meta) -> list[str]:
    text = meta.values.get("levels", (0, ""))[1]
    return [squash(p) for p in re.split(r"[>＞]", text)] if text else []


def _read_table(builder: _Builder, rows: list[Row], header_at: int) -> None:
    line, header = rows[header_at]
    columns = _read_header(header)
    while header and not header[-1].strip():
        header = header[:-1]
    if len(header) > MAX_COLS:
        raise ParseError(f"列が多すぎます（上限 {MAX_COLS} 列）。", line=line)
    builder.columns = columns
    builder.header = header
    for name in columns.unknown:
        builder.warn(line, f"列 '{name}' はこのテンプレートにないため読み飛ばしました")
    for name in columns.duplicate:
        builder.warn(line, f"列 '{name}' が重複しています（左の列を使います）")
    builder.current = None
    builder.current_section = None
    code_at = columns.fields.get("code")
    builder.codes = [
        squash(nfkc(cells[code_at]))
        for _, cells in rows[header_at + 1 :]
        if code_at is not None and code_at < len(cells)
    ]
    header_keys = [_key(c) for c in header]
    for row_line, cells in rows[header_at + 1 :]:
        if _is_header(cells) and [_key(c) for c in cells[: len(header_keys)]] == header_keys:
            continue  # the header row repeated (a table pasted twice, a page break printed)
        builder.row(row_line, cells)


def _parse_csv(source: Any) -> Plan:
    rows = _csv_rows(source.text or "")
    header_at = _find_header(rows)
    if header_at is None:
        raise ParseError(_NO_HEADER)
    meta = _Meta()
    early: list[tuple[int, str]] = []
    for line, cells in rows[:header_at]:
        _read_meta_row(meta, line, cells, early)
    pending: list[tuple[int | None, str]] = list(early)
    head = _head(rows[:header_at])
    plan = _new_plan(source, meta, lambda line, message: pending.append((line, message)), head)
    for at, message in pending:
        warn(plan, at, message)
    builder = _Builder(plan, _levels(meta), "", is_xlsx=False)
    _read_table(builder, rows, header_at)
    return _finish(builder, meta)


def _in_sight(sheets: list[_Sheet]) -> tuple[list[_Sheet], list[_Sheet]]:
    """(the sheets read, the hidden sheets with a table left out): a sheet a person hid (last year's 取組, kept hidden)
    is not the plan, as the generic readers do not read it — unless no sheet in sight holds a table (the template's
    sheet hidden behind a cover): then the hidden ones are read."""
    if not any(sheet.shown and _find_header(sheet.rows) is not None for sheet in sheets):
        return sheets, []
    left = [s for s in sheets if not s.shown and s.name.strip() != _PLAN_SHEET]
    left = [sheet for sheet in left if _find_header(sheet.rows) is not None]
    return [sheet for sheet in sheets if sheet not in left], left


def _parse_xlsx(source: Any) -> Plan:
    sheets, hidden = _in_sight(_read_workbook(source.data, merges=True))
    meta = _Meta()
    pending: list[tuple[int | None, str]] = [(None, hidden_sheet_note(sheet.name)) for sheet in hidden]
    tables: list[tuple[_Sheet, int]] = []
    head = titles.Naming()
    for sheet in sheets:
        collected: list[tuple[int, str]] = []
        if sheet.name.strip() == _PLAN_SHEET:
            for line, cells in sheet.rows:
                _read_meta_row(meta, line, cells, collected)
        elif sheet.name.strip() not in _NOTE_SHEETS:
            header_at = _find_header(sheet.rows)
            if header_at is None:
                continue
            if tables and any(word in sheet.name for word in _NOT_PLAN_WORDS):
                pending.append(
                    (
                        None,
                        f"「{sheet.name}」シートは計画の取組ではない（記入例など）と見なし、読みませんでした",
                    )
                )
                continue
            for line, cells in sheet.rows[:header_at]:
                _read_meta_row(meta, line, cells, collected)
            head = head.over(_head(sheet.rows[:header_at]))
            tables.append((sheet, header_at))
        pending.extend((line, f"「{sheet.name}」シート: {message}") for line, message in collected)
    if not tables:
        raise ParseError(_NO_HEADER)
    plan = _new_plan(
        source,
        meta,
        lambda line, message: pending.append((line, f"「{_PLAN_SHEET}」シート: {message}")),
        head,
    )
    for at, message in pending:
        warn(plan, at, message)
    builder = _Builder(plan, _levels(meta), "", is_xlsx=True)
    for sheet, header_at in tables:
        builder.prefix = f"「{sheet.name}」シート: "
        before = len(plan["initiatives"])
        departments = _read_header(sheet.rows[header_at][1]).fields.get("departments")
        _read_table(builder, _merged_down(sheet, departments), header_at)
        for item in plan["initiatives"][before:]:
            item["sheet"] = sheet.name  # its row is the sheet's: 「取組一覧 5行目」, as the generic readers place theirs
        if "departments" not in builder.columns.fields:
            _stated_departments(plan["initiatives"][before:], sheet, header_at)
    return _finish(builder, meta)


def _stated_departments(items: list[Initiative], sheet: _Sheet, header_at: int) -> None:
    """A sheet without a 担当課 column gives its 取組 the 課 it states once, as the generic readers read
    it (``stated_departments``): 「担当課：市民課」 above the header, else the sheet's name (one sheet per 課)."""
    from .stated_departments import of_sheet, stated_in

    names = stated_in(cells for _, cells in sheet.rows[:header_at]) or of_sheet(sheet.name)
    for item in items:
        if names and not item["departments"]:
            item["departments"] = list(names)


_NO_HEADER = (
    "見出し行が見つかりません。取組名（または施策名・事業名）の列を含む見出し行を、"
    f"先頭から {_HEADER_SEARCH_ROWS} 行以内に置いてください。"
)


def _finish(builder: _Builder, meta: _Meta) -> Plan:
    builder.finish()
    plan = builder.plan
    if not plan["initiatives"]:
        raise ParseError("取組が1件もありません。見出し行の下に、取組名を書いた行を置いてください。")
    for ind in (ind for item in plan["initiatives"] for ind in item["indicators"]):
        if ind["direction"] is None:
            # no 方向 written: the figures say it (180 → 120 万枚 is a decrease), as every reader does
            finish_indicator(ind)
    if not meta.named:
        # a table with no plan rows above it (a title line at most) is read as the generic readers
        # read it, so that it reads alike whichever reader its columns send it to
        period_from_years(plan)
    _years_out_of_range(builder, plan)
    return plan


def _years_out_of_range(builder: _Builder, plan: Plan) -> None:
    """A value dated years outside the plan (「最終目標年度 令和20年度」 in a plan of 令和6〜8年度: a slip of the
    hand) is left out with a warning naming its row, the rest of the template read; the whole file is not
    refused for one cell."""
    period = plan["plan"]["period"]
    low, high = year_bounds(period["start_fy"], period["end_fy"])
    for item in plan["initiatives"]:
        for ind in item["indicators"]:
            for key, label in (("baseline", "基準値"), ("final_target", "最終目標値")):
                value = cast(dict[str, Any], ind).get(key)
                if value is not None and value["fy"] is not None and not low <= value["fy"] <= high:
                    builder.warn(item.get("line"), _out_of_range(ind["name"], label, value["fy"], low, high))
                    cast(dict[str, Any], ind)[key] = None
            for key, label in (("targets", "目標値"), ("actuals", "実績値")):
                values = cast(list[Value], cast(dict[str, Any], ind)[key])
                for value in list(values):
                    fy = value["fy"]
                    if fy is not None and not low <= fy <= high:
                        builder.warn(item.get("line"), _out_of_range(ind["name"], label, fy, low, high))
                        values.remove(value)


def _out_of_range(name: str, label: str, fy: int, low: int, high: int) -> str:
    return (
        f"指標「{name}」の{label}の年度 {wareki(fy)} が計画期間から離れすぎているため読み飛ばしました"
        f"（{wareki(low)}〜{wareki(high)}の年度を書いてください）"
    )


# --------------------------------------------------------------------------------------------
# Entry points


def detect(source: Any) -> float:
    """High for a CSV or workbook with the template's header row (or a 「計画」 sheet), else 0."""
    try:
        if source.is_xlsx:
            return _detect_xlsx(source.data)
        if not source.text:
            return 0.0
        rows = _csv_rows(source.text[:_DETECT_CHARS], limit=_HEADER_SEARCH_ROWS)
        header_at = _find_header(rows)
        if header_at is None:
            return 0.0
        return _SURE if _is_template(rows, header_at) else 0.0
    except Exception:  # detect must never raise: anything unreadable is simply not this layout
        return 0.0


def _is_template(rows: list[Row], header_at: int, shaded: frozenset[tuple[int, int]] = frozenset()) -> bool:
    """The template, not any table with a 取組名 column: plan items above the header, or a header
    of the template's columns only (another table is the generic layout's)."""
    if header_at > 0 and is_group_row(rows[header_at - 1][1]):
        return False  # 「取組 | 担当 | 指標 | スケジュール」 over the header's labels: a header two rows deep
    columns = _read_header(rows[header_at][1])
    if _spans_skipped(columns):
        return False
    if any(_META_OF.get(_key(cells[0])) for _, cells in rows[:header_at] if cells):
        return True
    if shaded and _schedule_shaded(columns, rows[header_at + 1 :], shaded):
        return False
    if header_at + 1 < len(rows) and _is_second_header(rows[header_at][1], rows[header_at + 1][1]):
        return False  # 「令和6年度」 over 「目標 | 実績」: the template has one header row
    if header_at + 1 < len(rows) and _is_years_row(rows[header_at][1], rows[header_at + 1][1]):
        return False  # 「目標値」 merged over 「R7 | R8 | R9」: the template has one header row
    if header_at + 1 < len(rows) and _is_months_row(rows[header_at][1], rows[header_at + 1][1]):
        return False  # 「令和7年度」 over 「4月 | 5月 …」: a 工程表 by month, the generic readers'
    if header_at + 1 < len(rows) and _is_halves_row(rows[header_at][1], rows[header_at + 1][1]):
        return False  # 「令和7年度」 over 「上期 | 下期」: a 工程表 by half-year, the generic readers'
    if _measures_in_scope(rows, header_at):
        return (
            False  # 「区分」 holding 目標 / 実績 / 達成率: each row one measure of an indicator, not 国 / 市
        )
    if columns.twice & {"title", "code"}:
        # 「施策番号 | 施策名 | 取組番号 | 取組名」: two levels each with its number and name, which the template's one
        # 番号 and one 取組名 have no place for (it would read the 施策 as the 取組); the generic readers' table
        return False
    return not columns.unknown and not columns.renamed  # columns of other words: a table of its own


def _schedule_shaded(columns: _Columns, below: list[Row], shaded: frozenset[tuple[int, int]]) -> bool:
    """Whether the header has a column a year for the 工程 (「令和7年度 | 令和8年度 …」), not one row under it writes in
    any, and some are filled with a colour: a 工程表 whose bars are the cells' fills (「塗りつぶし」), which only the
    generic readers read — the template's reading of text had every 取組 without its 工程 where a title line named the
    町 (walked). Year columns merely left blank (nothing scheduled yet) stay the template's."""
    years = [column.index for column in columns.fy_columns if column.kind == "schedule"]
    if not years or any(cells[i].strip() for _, cells in below for i in years if i < len(cells)):
        return False
    return any((line, i) in shaded for line, _ in below for i in years)


def _spans_skipped(columns: _Columns) -> bool:
    """Whether the header has columns of the years a 取組 runs that the template would skip: 「開始年度（西暦） |
    終了年度（西暦）」 (a 県's 調査票, with 計画名 / 計画期間 above it as the template has) are its schedule, which the
    template writes a column a year and the generic readers read from a span, so the table is theirs."""
    from .labels import classify

    roles = {found.role for name in columns.unknown if (found := classify(name, loose=False)) is not None}
    return bool(roles & {"start", "end"})


def _measures_in_scope(rows: list[Row], header_at: int) -> bool:
    """Whether the 区分 column (the template's 国 / 市) holds the measures of a row of figures across the
    years (「目標」「実績」「達成率」 in turn): a KPI list of its own, the generic readers'."""
    from .labels import measure_of

    header = rows[header_at][1]
    at = next((i for i, cell in enumerate(header) if _key(cell) == _key("区分")), None)
    if at is None:
        return False
    values = [
        cells[at]
        for _, cells in rows[header_at + 1 : header_at + 10]
        if at < len(cells) and cells[at].strip()
    ]
    return len(values) >= 2 and sum(1 for v in values if measure_of(v.strip())) * 2 >= len(values)


def _is_second_header(header: list[str], below: list[str]) -> bool:
    """A second header row: nothing under the title, and every cell filled is a value word
    (目標 / 実績 …) under a year of the row above, or a year's grade beside them (「目標 | 実績 | 評価」
    under 「令和５年度」 merged over the three)."""
    from .labels import classify

    title_at = next((i for i, c in enumerate(header) if _title_cell(c)), None)
    if title_at is None or (title_at < len(below) and below[title_at].strip()):
        return False
    filled = [c for c in below if c.strip()]
    valued = [c for c in filled if any(word in nfkc(c) for word, _ in _FY_KEYWORDS) and not _fy_in(c)]

    def graded(cell: str) -> bool:
        column = classify(cell, loose=False)
        return column is not None and column.role in ("evaluation", "rate", "note")

    return len(valued) >= 2 and all(c in valued or graded(c) for c in filled)


def _is_years_row(header: list[str], below: list[str]) -> bool:
    """A row of bare years under the header (「R7 | R8 | R9」 under 「目標値」 merged over them), nothing under the
    title: the header's second row, which the template's one header row has no place for (the generic readers
    read a header two rows deep)."""
    title_at = next((i for i, c in enumerate(header) if _title_cell(c)), None)
    if title_at is None or (title_at < len(below) and below[title_at].strip()):
        return False
    filled = [c for c in below if c.strip()]
    return len(filled) >= 2 and all((found := _fy_in(c)) is not None and not found[2] for c in filled)


_MONTH = lazy_re(r"(?:1[0-2]|[1-9])月")


def _is_months_row(header: list[str], below: list[str]) -> bool:
    """A row of months under the header (Excel's dates shown 「4月」, or 「4月」 typed), nothing under the
    title: the months of a 工程表 by month, which the template's one header row has no place for."""
    title_at = next((i for i, c in enumerate(header) if _title_cell(c)), None)
    if title_at is None or (title_at < len(below) and below[title_at].strip()):
        return False
    filled = [c.strip() for c in below if c.strip()]
    return len(filled) >= 6 and all(is_date_text(c) or _MONTH.fullmatch(nfkc(c)) for c in filled)


#: The template's columns no generic reader reads as the template does (the 階層's levels, 区分 国 / 市, 印, 種別 KGI):
#: a sheet of one of them stays the template's, a row of halves under its header or not.
_TEMPLATE_ONLY = frozenset({"section", "scope", "marks", "kind"})


def _is_halves_row(header: list[str], below: list[str]) -> bool:
    """A row of halves of years under the header (「上期 | 下期」 under each 「令和7年度」 merged over the two), nothing
    under the title: the header's second row, which the template's one header row has no place for. The generic
    readers read it a column a half, and a Gantt chart's halves filled in colour with no text in them (菫野村, batch
    43) as its 工程 — the template reads the sheet as text alone, and lost every half (first read: schedule 0). Not
    under a header of a column only the template reads (階層, 区分, 印, 種別: ``_TEMPLATE_ONLY``) — handed over, the
    generic readers would read its KGI as KPI, its 階層 as no 施策 and its 区分 and 印 as nothing; that sheet stays
    the template's, its halves unread as before."""
    title_at = next((i for i, c in enumerate(header) if _title_cell(c)), None)
    if title_at is None or (title_at < len(below) and below[title_at].strip()):
        return False
    if any(_field_of(c) in _TEMPLATE_ONLY for c in header if c.strip()):
        return False
    filled = [c.strip() for c in below if c.strip()]
    return len(filled) >= 2 and all(half_of(c) is not None for c in filled)


def _detect_xlsx(data: bytes) -> float:
    sheets, _ = _in_sight(_read_workbook(data, limit=_HEADER_SEARCH_ROWS))
    if any(sheet.name.strip() == _PLAN_SHEET for sheet in sheets):
        return _SURE
    for sheet in sheets:
        header_at = _find_header(sheet.rows)
        if header_at is not None:
            if not _is_template(sheet.rows, header_at, sheet.shaded) or any(_unread_table(other) for other in sheets):
                return 0.0
            return _SURE
    return 0.0


def _unread_table(sheet: _Sheet) -> bool:
    """A sheet with a table the template has no columns for: a header of dictionary labels without
    a 取組名 (a KPI sheet 「番号 | 指標 | 現状値 | 目標値」 keyed by the 取組's 番号) — the generic
    readers read the workbook, so that its figures are not left out unsaid."""
    from .labels import is_known

    if sheet.name.strip() in _NOTE_SHEETS or any(word in sheet.name for word in _NOT_PLAN_WORDS):
        return False
    if _find_header(sheet.rows) is not None:
        return False
    return any(sum(1 for cell in cells if cell.strip() and is_known(cell)) >= 3 for _, cells in sheet.rows)


def parse(source: Any) -> Plan:
    """Read a filled-in template (CSV text or .xlsx bytes) into Plan JSON."""
    try:
        if source.is_xlsx:
            return _parse_xlsx(source)
        if source.text is None:
            raise ParseError("テキストとして読めないファイルです（CSV または .xlsx を使ってください）。")
        return _parse_csv(source)
    except ParseError:
        raise
    except RecursionError:
        raise ParseError("ファイルの構造が深すぎて読めません。") from None
