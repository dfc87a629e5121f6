"""Document → the canonical text the five layout readers take (the sample-text style).

The layout readers were written against text extracted from the municipalities' PDFs, with
table cells separated by tabs (samples/plans/*.txt). ``render`` writes any document in that
style, so that a PDF, a column-aligned ``pdftotext -layout`` text or a text with page furniture
reaches them as the text they know: a table row is its cells joined by tabs (a slot covered by
a merged cell is empty, as the extracted texts have it; an empty slot a drawn 工程表 bar covers
is an arrow 「→」, as the texts write a continuing bar), a line is its text, page breaks vanish.

``render_lines`` also returns where each rendered line came from, so that a warning about a
line of the rendering can name the page and line of the original.
"""

from __future__ import annotations

from .document import Cell, Document, Line, Location, Table

#: What an empty slot covered by a drawn bar becomes.
BAR = "→"


def _cell(cell: Cell) -> str:
    text = cell.own_text
    if not text and cell.bar:
        return BAR
    return text.replace("\t", " ").replace("\n", " ")


def _row(row: list[Cell]) -> str:
    cells = [_cell(cell) for cell in row]
    if len(cells) == 1:
        cells.append("")  # still a table row: one tab
    return "\t".join(cells)


def render_lines(document: Document) -> tuple[list[str], list[Location]]:
    """The rendered lines and the location of each."""
    lines: list[str] = []
    where: list[Location] = []
    for block in document.blocks():
        if isinstance(block, Line):
            lines.append(block.text.replace("\t", " "))
            where.append(block.location)
        elif isinstance(block, Table):
            for index, row in enumerate(block.rows):
                if not any(cell.own_text or cell.bar for cell in row):
                    continue
                lines.append(_row(row))
                where.append(block.row_location(index))
        else:
            for label, value in block.fields:
                lines.append(f"{label}\t{value}")
                where.append(block.location)
    return lines, where


def render(document: Document) -> str:
    """The document as sample-style text: tab-joined table rows, lines as they are."""
    return "\n".join(render_lines(document)[0]) + "\n"
