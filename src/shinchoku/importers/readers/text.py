"""Plain text (as extracted from a PDF) → Document.

Runs of lines with cells separated by tabs, or written as markdown pipe rows, become one
:class:`Table`; every other non-empty line is a :class:`Line`. A form feed (``\\f``, which
``pdftotext`` writes between pages) starts a new page. Each block is located by its source line.

Page furniture is dropped before anything else (:func:`furniture_lines`): page numbers such as
「- 12 -」「12 / 40」「P.12」 anywhere, bare numbers counting up page by page, and running headers
or footers — a line that recurs next to the page breaks or page numbers. They are dropped even
inside a table or a card, so that the rows on either side of a page break join up again, and
each kind is noted once.
"""

from __future__ import annotations

import re

from ..document import Cell, Document, Line, Location, Page, Table
from . import furniture

_PIPE_RULE = set("|-: ")
_BARE_NUMBER = re.compile(r"\s*\d{1,4}\s*")
#: Longest line taken for furniture (a running header is a title, not a paragraph).
_FURNITURE_CHARS = 60


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


def furniture_lines(lines: list[str]) -> tuple[set[int], list[tuple[Location, str]]]:
    """Indexes of the lines that are page furniture, and a note for each kind dropped.

    Without positions on a page, furniture is told by its shape and its rhythm: a strong page
    number (「- 12 -」「12/40」「P.12」「12ページ」) always; bare numbers only when at least three
    of them count up through the text; a running header or footer when the same short line
    recurs at least three times and most of its occurrences stand within two lines of a page
    number or a page break (``\\f``).
    """
    drop: set[int] = set()
    marks: list[int] = []  # lines that are page numbers or page breaks
    bare: list[tuple[int, int]] = []
    for index, line in enumerate(lines):
        if "\f" in line:
            marks.append(index)
        text = line.replace("\f", "").strip()
        if not text or len(text) > 16 or "\t" in line:
            continue
        if furniture.is_strong_page_number(text):
            drop.add(index)
            marks.append(index)
        elif _BARE_NUMBER.fullmatch(text):
            bare.append((index, int(text)))
    counting = [
        i
        for k, (i, n) in enumerate(bare)
        if (k > 0 and n > bare[k - 1][1]) or (k + 1 < len(bare) and bare[k + 1][1] > n)
    ]
    if len(counting) >= 3:
        drop.update(counting)
        marks.extend(counting)
    notes: list[tuple[Location, str]] = []
    if drop:
        first = min(drop)
        notes.append((Location(line=first + 1), f"ページ番号「{lines[first].strip()}」などを除きました。"))
    if not marks:
        return drop, notes
    marks.sort()
    near: dict[str, list[bool]] = {}
    for index, line in enumerate(lines):
        text = line.replace("\f", "").strip()
        if not text or index in drop or "\t" in line or len(text) > _FURNITURE_CHARS or text.startswith("|"):
            continue
        k = furniture.key(text)
        position = _nearest(marks, index)
        near.setdefault(k, []).append(position <= 2)
    running = {k for k, flags in near.items() if len(flags) >= 3 and sum(flags) * 2 > len(flags)}
    if running:
        for index, line in enumerate(lines):
            text = line.replace("\f", "").strip()
            if (
                text
                and index not in drop
                and "\t" not in line
                and furniture.key(text) in running
                and _nearest(marks, index) <= 2
            ):
                drop.add(index)
        for k in sorted(running):
            first = min(i for i in drop if furniture.key(lines[i].replace("\f", "").strip()) == k)
            notes.append(
                (Location(line=first + 1), f"柱（ヘッダー・フッター）「{k}」を各ページから除きました。")
            )
    return drop, notes


def _nearest(marks: list[int], index: int) -> int:
    """Distance in lines from ``index`` to the nearest page mark (``marks`` sorted)."""
    from bisect import bisect_left

    at = bisect_left(marks, index)
    best = 1 << 30
    if at < len(marks):
        best = marks[at] - index
    if at > 0:
        best = min(best, index - marks[at - 1])
    return best


def clean_text(text: str) -> tuple[list[str], list[Location], list[tuple[Location, str]]] | None:
    """The lines of ``text`` without page furniture and form feeds, with the source line of each
    and notes on what was dropped; None when there is nothing to drop (the text stays as it is)."""
    lines = text.split("\n")
    drop, notes = furniture_lines(lines)
    if not drop and "\f" not in text:
        return None
    kept: list[str] = []
    where: list[Location] = []
    page = 1
    for index, line in enumerate(lines):
        if "\f" in line:
            page += line.count("\f")
            line = line.replace("\f", "")
        if index in drop:
            continue
        kept.append(line)
        where.append(Location(page=page if "\f" in text else None, line=index + 1))
    return kept, where, notes


def read_text(text: str) -> Document:
    lines = text.split("\n")
    drop, notes = furniture_lines(lines)
    paged = "\f" in text
    document = Document(kind="text", notes=notes)
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
