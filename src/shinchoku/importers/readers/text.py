"""Plain text (as extracted from a PDF) → Document.

Runs of lines with cells separated by tabs, or written as markdown pipe rows, become one
:class:`Table`; every other non-empty line is a :class:`Line`. The whole text is one page
(page breaks are not known in plain text), each block located by its source line.
"""

from __future__ import annotations

from ..document import Cell, Document, Line, Location, Page, Table

_PIPE_RULE = set("|-: ")


def _cells(line: str) -> list[str] | None:
    """The cells of a table row, or None for a line that is not one."""
    stripped = line.strip()
    if stripped.startswith("|") and stripped.endswith("|") and len(stripped) > 1:
        if set(stripped) <= _PIPE_RULE:
            return []  # a markdown rule row: part of the table, no cells
        return [part.strip() for part in stripped[1:-1].split("|")]
    if "\t" in line:
        return [part.strip() for part in line.split("\t")]
    return None


def read_text(text: str) -> Document:
    page = Page(number=1)
    rows: list[list[str]] = []
    row_lines: list[int] = []

    def flush() -> None:
        if rows:
            width = max(len(row) for row in rows)
            table = Table(
                rows=[[Cell(text) for text in row] + [Cell("")] * (width - len(row)) for row in rows],
                location=Location(line=row_lines[0]),
                row_locations=[Location(line=n) for n in row_lines],
            )
            page.blocks.append(table)
            rows.clear()
            row_lines.clear()

    for number, line in enumerate(text.split("\n"), start=1):
        cells = _cells(line)
        if cells is not None:
            if cells:
                rows.append(cells)
                row_lines.append(number)
            continue
        flush()
        if line.strip():
            page.blocks.append(Line(line.strip(), Location(line=number)))
    flush()
    return Document(kind="text", pages=[page])
