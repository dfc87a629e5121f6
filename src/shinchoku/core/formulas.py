"""Spreadsheet cells hold what people typed as text, never as a formula (issue 9).

A plan title ``=HYPERLINK("http://…","click")`` or a narrative starting with ``+``, ``-``, ``@``,
a tab or a carriage return is a formula to Excel and LibreOffice when it reaches a cell as is
(CSV/formula injection). This is the one place that knows which texts those are, for both kinds
of file shinchoku writes:

- CSV (open data) has no cell types, so such a text gets a leading ``'`` (the usual defence,
  which spreadsheet programs show as a text marker);
- an xlsx cell has a type, so such a text stays exactly as written and is stored as a string
  cell: openpyxl turns every ``str`` that starts with ``=`` into a formula cell, and
  ``text_cells`` turns those back before the workbook is saved.
"""

from __future__ import annotations

from typing import Any

#: A cell starting with one of these is a formula (or the start of one) to a spreadsheet program.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def starts_formula(text: str) -> bool:
    """Whether a spreadsheet program would read ``text`` as a formula (a lone "-" is just a dash)."""
    return len(text) > 1 and text.startswith(FORMULA_START)


def csv_text(text: str) -> str:
    """The text for a CSV cell of text: a leading "'" when a spreadsheet would evaluate it."""
    return "'" + text if starts_formula(text) else text


def text_cells(workbook: Any) -> int:
    """Store every formula cell of ``workbook`` as the text it holds; returns how many there were.

    shinchoku's workbooks contain no formulas of their own, so every formula cell is text that
    openpyxl took for one. Called by ``workbooks.workbook_bytes``, which saves every workbook.
    """
    changed = 0
    for sheet in workbook.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if cell.data_type == "f" and isinstance(cell.value, str):
                    cell.data_type = "s"
                    changed += 1
    return changed
