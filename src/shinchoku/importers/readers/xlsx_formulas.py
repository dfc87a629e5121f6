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

#: A formula element followed by no value in a sheet's XML (「<f>…</f><v></v></c>」, 「<f …/></c>」), as bytes.
_UNCACHED = re.compile(rb"(?:</f>|<f\b[^>]*/>)\s*(?:<v\s*/>|<v>\s*</v>)?\s*</c>")

#: One operand of a formula of joined texts: a text in quotes, a reference (its sheet before 「!」, quoted or not),
#: a number — each followed by 「&」 or the formula's end.
_OPERAND = lazy_re(
    r"""\s*(?:"(?P<text>(?:[^"]|"")*)"|(?:(?P<sheet>'(?:[^']|'')+'|[^\s!&"'=+\-*/(),<>:]+)!)?"""
    r"""\$?(?P<column>[A-Z]{1,3})\$?(?P<row>[0-9]{1,7})(?![A-Za-z0-9_(:!])|(?P<number>[0-9]+(?:\.[0-9]+)?))\s*(?P<end>&|$)"""
)

#: A cell's reference without its 「$」: its column's letters and its row.
_COORDINATE = lazy_re(r"([A-Z]{1,3})([0-9]{1,7})")

#: A value not computed: a function, a reference to nothing, a formula referring to itself.
_UNKNOWN = object()

#: How deep a formula's references to other uncomputed formulas are followed.
_DEPTH = 8


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

    def value_of(sheet: str, coordinate: str, depth: int) -> Any:
        key = (sheet, coordinate)
        if key in done:
            return done[key]  # (_UNKNOWN while it is computed: a formula referring to itself is not computed)
        if sheet not in values.sheetnames or sheet not in formulas.sheetnames or not _on_a_sheet(coordinate):
            return _UNKNOWN  # (a reference past Excel's last row or column, or to no sheet: 「#REF!」 in Excel)
        done[key] = _UNKNOWN
        value = values[sheet][coordinate].value
        if value is None:
            written = formulas[sheet][coordinate].value
            if isinstance(written, str) and written.startswith("="):
                value = _joined(written[1:], sheet, depth, value_of) if depth < _DEPTH else _UNKNOWN
        done[key] = value
        return value

    for name in formulas.sheetnames:
        sheet = formulas[name]
        if not hasattr(sheet, "iter_rows") or name not in values.sheetnames:
            continue
        target = values[name]
        for row in sheet.iter_rows():
            for cell in row:
                written = cell.value
                if not (isinstance(written, str) and written.startswith("=")):
                    continue
                if target[cell.coordinate].value is not None:
                    continue
                result = value_of(name, cell.coordinate, 0)
                if result is not None and result is not _UNKNOWN and not (isinstance(result, str) and result.startswith("=")):
                    target[cell.coordinate].value = result


def _on_a_sheet(coordinate: str) -> bool:
    """Whether a cell's reference (「B5」) is within a sheet: columns A to XFD, rows 1 to 1,048,576."""
    found = _COORDINATE.fullmatch(coordinate)
    if found is None:
        return False
    column = 0
    for letter in found[1]:
        column = column * 26 + ord(letter) - 64
    return 1 <= int(found[2]) <= 1_048_576 and column <= 16_384


def _joined(formula: str, sheet: str, depth: int, value_of: Any) -> Any:
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
    if at < len(formula) or not parts or any(part is _UNKNOWN for part in parts):
        return _UNKNOWN
    if len(parts) == 1:
        return parts[0]
    texts = [text for part in parts if (text := _as_text(part)) is not None]
    return "".join(texts) if len(texts) == len(parts) else _UNKNOWN


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
