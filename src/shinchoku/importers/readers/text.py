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

import re

from .. import furniture
from ..document import Cell, Document, Line, Location, Page, Table
from ..text import page_furniture

_PIPE_RULE = set("|-: ")
#: A markdown heading: 「# 計画名」「## 基本目標1 市民サービスの向上」.
_MARKDOWN_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(\S.*?)\s*#*\s*$")


def _contents(rows: list[list[str]]) -> bool:
    """Whether tab-separated ``rows`` are a table of contents: three entries or more, each a heading
    and a page number, the numbers never going back (「第３章　具体的な取組<TAB>5」). Its entries are
    lines, as a 目次 copied any other way is (``shapes/lines`` leaves it out)."""
    pages: list[int] = []
    for row in rows:
        cells = [cell.strip() for cell in row if cell.strip()]
        if len(cells) != 2 or not cells[1].isdigit() or len(cells[1]) > 3 or cells[0].isdigit():
            return False
        pages.append(int(cells[1]))
    return len(pages) >= 3 and pages == sorted(pages)


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
        if rows and _contents(rows):  # a 目次 Word saved with a tab before each page number
            for row, number in zip(rows, row_lines, strict=True):
                where = Location(page=page.number if paged else None, line=number)
                page.blocks.append(Line(" ".join(cell.strip() for cell in row if cell.strip()), where))
            rows.clear()
            row_lines.clear()
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
            where = Location(page=page.number if paged else None, line=number)
            heading = _MARKDOWN_HEADING.match(line)
            if heading:  # 「## 基本目標1 …」: a heading of that level, its words without the marks
                page.blocks.append(Line(heading.group(2).strip(), where, level=len(heading.group(1))))
            else:
                page.blocks.append(Line(line.strip(), where))
    flush()
    return document
