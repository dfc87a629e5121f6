"""The values of a workbook's formulas saved without them — a file written by a program (openpyxl, a 集計 macro's
export, a system's .xlsx) keeps 「=$B$2&"-"&A5」 and no value, which Excel computes when a person opens the book: what
they see is 「1-1」. Excel and LibreOffice save every formula with its value (the reader reads that, ``data_only``);
without one, the cell would be read empty (first read: every 取組番号 of such a book None).

Only what joins cells into a text is computed — references (「A5」「$B$2」「'基本目標１'!B5」), texts in quotes, numbers and
「&」 between them — never a function or arithmetic (a 達成率 「=IFERROR(I5/H5,"－")」 stays empty, as before: a value
nobody was shown is not made up). A formula is never read as its text either way.
"""

from __future__ import annotations

import io
import re
import zipfile
from typing import Any

from ..text import lazy_re
from .xlsx import MAX_CELL_CHARS

#: A formula element followed by no value in a sheet's XML (「<f>…</f><v></v></c>」, 「<f …/></c>」), as bytes.
_UNCACHED = re.compile(rb"(?:</f>|<f\b[^<>]*/>)\s*(?:<v\s*/>|<v>\s*</v>)?\s*</c>")

#: One operand of a formula of joined texts: a text in quotes, a reference (its sheet before 「!」, quoted or not),
#: a number — each followed by 「&」 or the formula's end.
_OPERAND = lazy_re(
    r"""\s*(?:"(?P<text>(?:[^"]|"")*)"|(?:(?P<sheet>'(?:[^']|'')+'|[^\s!&"'=+\-*/(),<>:]+)!)?"""
    r"""\$?(?P<column>[A-Z]{1,3})\$?(?P<row>[0-9]{1,7})(?![A-Za-z0-9_(:!])|(?P<number>[0-9]+(?:\.[0-9]+)?))\s*(?P<end>&|$)"""
)

#: A cell's reference without its 「$」: its column's letters and its row.
_COORDINATE = lazy_re(r"([A-Z]{1,3})([0-9]{1,7})")

#: A value not computed: a function, a reference to nothing, a formula referring to itself, a text past Excel's limit.
_UNKNOWN = object()
#: A value not computed for now: its references went deeper than ``_DEPTH`` (never kept as the cell's: from another
#: cell nearer the end of the chain it is computed).
_CUT = object()

#: How deep a formula's references to other uncomputed formulas are followed.
_DEPTH = 32
#: The characters all joins of a workbook may make together (a million cells of 「=A1&" "」 over a long A1 would have made
#: 30 GB): past it the rest stays empty, as Excel's values were not saved.
_BUDGET = 5_000_000


def uncached_formulas(data: bytes) -> bool:
    """Whether any sheet of the workbook holds a formula without its value (the sheets' XML searched as bytes; the
    workbook's size limits were checked before)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return any(
                info.filename.startswith("xl/worksheets/sheet") and _UNCACHED.search(archive.read(info))
                for info in archive.infolist()
            )
    except (zipfile.BadZipFile, OSError, EOFError, ValueError):
        return False


def compute_joined_texts(values: Any, formulas: Any) -> None:
    """Set each formula cell of ``values`` (the workbook read with its cached values) that has none to what its formula
    in ``formulas`` (the same workbook read with its formulas) joins, where it joins texts (``_OPERAND``)."""
    done: dict[tuple[str, str], Any] = {}
    budget = [_BUDGET]  # characters the joins may still make

    def value_of(sheet: str, coordinate: str, depth: int) -> Any:
        key = (sheet, coordinate)
        if key in done:
            return done[key]  # (_UNKNOWN while it is computed: a formula referring to itself is not computed)
        if depth > _DEPTH:
            return _CUT
        at = _cell_at(coordinate)
        if at is None or not _is_worksheet(values, sheet) or not _is_worksheet(formulas, sheet):
            return _UNKNOWN  # (past Excel's last row or column, no sheet, a chart sheet: 「#REF!」 in Excel)
        done[key] = _UNKNOWN
        cell = values[sheet]._cells.get(at)  # (looked up, never made: ``sheet[coordinate]`` adds the cell it names)
        value = cell.value if cell is not None else None
        if value is None:
            formula = formulas[sheet]._cells.get(at)
            written = formula.value if formula is not None else None
            if isinstance(written, str) and written.startswith("="):
                value = _joined(written[1:], sheet, depth, value_of, budget)
        if value is _CUT:
            del done[key]
        else:
            done[key] = value
        return value

    for name in formulas.sheetnames:
        if not _is_worksheet(formulas, name) or not _is_worksheet(values, name):
            continue
        target = values[name]
        # the cells written only (``iter_rows`` makes every empty cell up to the last one: one cell at XFD2000 beside a
        # formula was 2.5 GB), from the last up, then from the first down: a chain of references longer than ``_DEPTH``
        # is computed from its end, whichever way it runs
        written_cells = sorted(formulas[name]._cells.items())
        for (row, column), cell in [*reversed(written_cells), *written_cells]:
            written = cell.value
            if not (isinstance(written, str) and written.startswith("=")):
                continue
            kept = target._cells.get((row, column))
            if kept is not None and kept.value is not None:
                continue
            result = value_of(name, cell.coordinate, 0)
            if result is None or result is _UNKNOWN or result is _CUT:
                continue
            if not (isinstance(result, str) and result.startswith("=")):
                target.cell(row=row, column=column).value = result


def _is_worksheet(workbook: Any, name: str) -> bool:
    """Whether ``name`` is a worksheet of ``workbook`` (a chart sheet has no cells)."""
    return name in workbook.sheetnames and hasattr(workbook[name], "_cells")


def _cell_at(coordinate: str) -> tuple[int, int] | None:
    """(row, column) of a cell's reference (「B5」) within a sheet — columns A to XFD, rows 1 to 1,048,576 — or None."""
    found = _COORDINATE.fullmatch(coordinate)
    if found is None:
        return None
    column = 0
    for letter in found[1]:
        column = column * 26 + ord(letter) - 64
    row = int(found[2])
    return (row, column) if 1 <= row <= 1_048_576 and column <= 16_384 else None


def _joined(formula: str, sheet: str, depth: int, value_of: Any, budget: list[int]) -> Any:
    """What a formula of operands joined by 「&」 gives (one operand: its value as it is, a number a number), or
    ``_UNKNOWN``."""
    parts: list[Any] = []
    at = 0
    while at < len(formula):
        found = _OPERAND.match(formula, at)
        if found is None or found.end() == at:
            return _UNKNOWN
        if found["text"] is not None:
            parts.append(found["text"].replace('""', '"'))
        elif found["number"] is not None:
            parts.append(float(found["number"]) if "." in found["number"] else int(found["number"]))
        else:
            where = found["sheet"] or sheet
            if where.startswith("'"):
                where = where[1:-1].replace("''", "'")
            parts.append(value_of(where, f"{found['column']}{found['row']}", depth + 1))
        at = found.end()
        if found["end"] == "":
            break
    if any(part is _CUT for part in parts):
        return _CUT
    if at < len(formula) or not parts or any(part is _UNKNOWN for part in parts):
        return _UNKNOWN
    if len(parts) == 1:
        return parts[0]
    texts = [text for part in parts if (text := _as_text(part)) is not None]
    size = sum(len(text) for text in texts)
    # no longer than a cell holds (Excel's join is 「#VALUE!」): a column of 「=A1&A1」 doubling a text a row made
    # gigabytes of a 5 KB upload
    if len(texts) != len(parts) or size > min(MAX_CELL_CHARS, budget[0]):
        return _UNKNOWN
    budget[0] -= size
    return "".join(texts)


def _as_text(value: Any) -> str | None:
    """A value as 「&」 joins it: a number as Excel's General shows it (1, 2.5), an empty cell nothing; a date or a
    truth value None (not computed)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else f"{value:.15g}"
    if isinstance(value, str):
        return value
    return None
