"""Plain text (as extracted from a PDF) → Document.

Runs of lines with cells separated by tabs, or written as markdown pipe rows, become one
:class:`Table`; every other non-empty line is a :class:`Line`. A form feed (``\\f``, which
``pdftotext`` writes between pages) starts a new page. Each block is located by its source line.

Page furniture is dropped before anything else, by the rule the layouts use too
(``text.page_furniture``): page numbers such as 「- 12 -」「12 / 40」「P.12」 and the running
headers or footers next to them. They are dropped even inside a table or a card, so that the
rows on either side of a page break join up again, and each kind is noted once.
"""

from __future__ import annotations

from .. import furniture
from ..document import Cell, Document, Line, Location, Page, Table
from ..text import page_furniture

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


def _notes(lines: list[str], drop: set[int]) -> list[tuple[Location, str]]:
    """One note per kind of furniture dropped: page numbers, and each running header or footer."""
    notes: list[tuple[Location, str]] = []
    seen: set[str] = set()
    for index in sorted(drop):
        text = lines[index].replace("\f", "").strip()
        if not text:
            continue
        kind = "ページ番号" if furniture.is_page_number(text) else furniture.key(text)
        if kind in seen:
            continue
        seen.add(kind)
        what = f"ページ番号「{text}」など" if kind == "ページ番号" else f"柱（ヘッダー・フッター）「{text}」"
        notes.append((Location(line=index + 1), f"{what}を各ページから除きました。"))
    return notes


def read_text(text: str) -> Document:
    lines = text.split("\n")
    drop = page_furniture(lines)
    paged = "\f" in text
    document = Document(kind="text", notes=_notes(lines, drop))
    page = Page(number=1)
    document.pages.append(page)
    rows: list[list[str]] = []
    row_lines: list[int] = []

    def flush() -> None:
        if rows:
            width = max(len(row) for row in rows)
            table = Table(
                rows=[[Cell(text) for text in row] + [Cell("")] * (width - len(row)) for row in rows],
                location=Location(page=page.number if paged else None, line=row_lines[0]),
                row_locations=[Location(page=page.number if paged else None, line=n) for n in row_lines],
            )
            page.blocks.append(table)
            rows.clear()
            row_lines.clear()

    for number, line in enumerate(lines, start=1):
        if "\f" in line:
            if page.blocks or rows:
                flush()
                page = Page(number=page.number + 1)
                document.pages.append(page)
            line = line.replace("\f", "")
        if number - 1 in drop:
            continue
        cells = _cells(line)
        if cells is not None:
            if cells:
                rows.append(cells)
                row_lines.append(number)
            continue
        flush()
        if line.strip():
            page.blocks.append(Line(line.strip(), Location(page=page.number if paged else None, line=number)))
    flush()
    return document
