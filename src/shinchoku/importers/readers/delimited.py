"""CSV / TSV (any delimiter) → Document: one page holding one table, each row located by its line.

The delimiter is sniffed from the first lines (comma, tab, semicolon or pipe), because a
table saved from Excel on a Japanese PC may be either; the encoding (UTF-8, BOM, CP932) is
handled by ``importers.text.decode`` before the text arrives here. A row's number is the row Excel
shows it on (``excel_rows``: the first record is row 1), not the line a text editor shows: a quoted
cell with line breaks (Alt+Enter) is one row in Excel, and its staff open a CSV in Excel.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Iterator

from ..document import Cell, Document, Location, Page, Table
from ..errors import UNREADABLE_CSV, refusal

_DELIMITERS = ",\t;|"
_SNIFF_CHARS = 16 * 1024


def sniff_delimiter(text: str) -> str | None:
    """The delimiter of a delimited text, or None when it does not look like one.

    csv.Sniffer is tried first; it fails on short or irregular files, so the fallback is the
    candidate that splits the most of the first lines into the same number (≥ 2) of cells.
    """
    sample = text[:_SNIFF_CHARS]
    try:
        return csv.Sniffer().sniff(sample, delimiters=_DELIMITERS).delimiter
    except csv.Error:
        pass
    lines = [line for line in sample.split("\n")[:40] if line.strip()]
    best, best_count = None, 0
    for delimiter in _DELIMITERS:
        counts = [line.count(delimiter) for line in lines if delimiter in line]
        if not counts:
            continue
        common = max(set(counts), key=counts.count)
        agreeing = counts.count(common)
        if common >= 1 and agreeing > best_count and agreeing * 2 >= len(lines):
            best, best_count = delimiter, agreeing
    return best


def looks_delimited(text: str, delimiter: str) -> bool:
    """True when most of the first lines split at ``delimiter`` into the same number (≥ 3) of cells:
    a CSV saved under another name, not prose that happens to hold commas."""
    lines = [line for line in text[:_SNIFF_CHARS].split("\n")[:60] if line.strip()]
    counts = [line.count(delimiter) for line in lines]
    if len(lines) < 2:
        return False
    common = max(set(counts), key=counts.count)
    return common >= 2 and counts.count(common) * 10 >= len(lines) * 6


#: A cell written 「="001"」: a text formula — how a CSV meant for Excel keeps a code's leading zeros (Excel shows 001).
_TEXT_FORMULA = re.compile(r'\s*="([^"]*)"\s*')


def _excel_text(cell: str) -> str:
    """A cell as Excel opens it: 「="001"」 the text 「001」 (a system's CSV writes codes so, bare or quoted), any other
    cell as written."""
    if cell.startswith(("=", " ")) and (found := _TEXT_FORMULA.fullmatch(cell)):
        return found[1]
    return cell


def excel_rows(reader: Iterable[list[str]]) -> Iterator[tuple[int, list[str]]]:
    """Each record of a ``csv.reader`` with the row Excel shows it on: the records counted from 1, an empty line
    one too (Excel shows it as an empty row), a record whose quoted cell holds line breaks one row however many
    lines it spans. A broken record is refused naming its row (an unreadable CSV, ``errors.UNREADABLE_CSV``).

    One rule for every CSV read (the plan template's, any table's): a warning's 「N行目」 and an initiative's line
    are where the user finds the row in Excel (walked: 「10行目」 named Excel's row 7, below a cell of 4 lines)."""
    row = 0
    try:
        for row, cells in enumerate(reader, start=1):
            yield row, [_excel_text(cell) for cell in cells]
    except csv.Error as exc:
        raise refusal(UNREADABLE_CSV, exc, line=row + 1) from None


def read_delimited(text: str, delimiter: str | None = None) -> Document:
    """The rows of a delimited text as one table (comma when nothing else is evident)."""
    delimiter = delimiter or sniff_delimiter(text) or ","
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    rows: list[list[str]] = []
    lines: list[int] = []
    returns = "\r" in text  # decoded text has none (its line endings are \n): no cell to clean of them
    for row, cells in excel_rows(reader):
        if any(map(str.strip, cells)):
            clean = [c.replace("\r", "") for c in cells] if returns else cells
            rows.append(list(map(str.strip, clean)))
            lines.append(row)
    page = Page(number=1)
    if rows:
        width = max(len(row) for row in rows)
        page.blocks.append(
            Table(
                rows=[[Cell(t) for t in row] + [Cell("") for _ in range(width - len(row))] for row in rows],
                location=Location(line=lines[0]),
                row_locations=[Location(line=n) for n in lines],
            )
        )
    return Document(kind="csv", pages=[page])
