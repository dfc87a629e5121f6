"""The document model: what every input file becomes before any layout logic runs.

A PDF, a workbook, a CSV or an extracted text all become one :class:`Document`: pages of
blocks — a text line (possibly a heading), a table of rows of cells, a label–value card —
each block knowing where it came from (page, line, sheet) so that a warning can say where
to look. Shape readers (one-row-per-initiative tables, cards, numbered outlines) and the
layout readers work on this model only; the file readers in ``shinchoku.importers.readers``
are the only code that knows about file formats.

Merged cells are expanded: every slot of a table holds a :class:`Cell`, and a slot covered
by a merged cell says so (``origin`` is ``"left"`` or ``"above"``) while carrying the merged
cell's text, so a reader can choose between "the value continues" (a 工程表 bar, a section
column) and "this slot is empty".

Pure Python: no Django, no third-party import at module level.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Literal

Origin = Literal["own", "left", "above"]


@dataclass(slots=True, frozen=True)
class Location:
    """Where a block or cell is in the source file; every part is optional."""

    page: int | None = None
    line: int | None = None
    sheet: str | None = None
    row: int | None = None
    column: int | None = None

    def __str__(self) -> str:
        """Japanese, as a warning shows it: 「3ページ 12行」「シート「取組」 5行 C列」."""
        parts: list[str] = []
        if self.sheet is not None:
            parts.append(f"シート「{self.sheet}」")
        if self.page is not None:
            parts.append(f"{self.page}ページ")
        if self.line is not None:
            parts.append(f"{self.line}行")
        elif self.row is not None:
            parts.append(f"{self.row}行")
        if self.column is not None:
            parts.append(f"{column_letter(self.column)}列")
        return " ".join(parts)


def column_letter(index: int) -> str:
    """Spreadsheet column name of a 1-based column index (1 → A, 27 → AA)."""
    letters = ""
    while index > 0:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


@dataclass(slots=True)
class Cell:
    """One slot of a table.

    ``origin`` is ``"own"`` for a cell that starts here, ``"left"`` / ``"above"`` for a slot
    covered by a merged cell that starts to the left / above (its ``text`` is the merged
    cell's). ``bar`` is set where a drawn shape (a 工程表 arrow or bar) covers the slot; ``paint`` names the
    colour a workbook's cell is filled with (a 凡例 says what each colour of a 工程表 means).
    """

    text: str
    origin: Origin = "own"
    bar: bool = False
    paint: str | None = None

    @property
    def own_text(self) -> str:
        """The text only where the cell starts; covered slots read as empty."""
        return self.text if self.origin == "own" else ""


@dataclass(slots=True)
class Line:
    """A line of running text; ``level`` is set for a heading (1 = top)."""

    text: str
    location: Location = field(default_factory=Location)
    level: int | None = None


@dataclass(slots=True)
class Table:
    """Rows of cells, every row as wide as the widest (short rows padded with empty cells)."""

    rows: list[list[Cell]]
    location: Location = field(default_factory=Location)
    #: Location of each row (same length as ``rows``), for warnings that name a row.
    row_locations: list[Location] = field(default_factory=list)
    #: How many leading rows the reader knows to be headers (0 when it does not know).
    header_rows: int = 0

    @property
    def width(self) -> int:
        return max((len(row) for row in self.rows), default=0)

    def texts(self) -> list[list[str]]:
        """The table as plain strings (merged cells repeated into every slot they cover)."""
        return [[cell.text for cell in row] for row in self.rows]

    def row_location(self, index: int) -> Location:
        if index < len(self.row_locations):
            return self.row_locations[index]
        return self.location


@dataclass(slots=True)
class Card:
    """Label–value pairs that belong together (an initiative's detail card)."""

    fields: list[tuple[str, str]]
    location: Location = field(default_factory=Location)


Block = Line | Table | Card


@dataclass(slots=True)
class Page:
    number: int
    blocks: list[Block] = field(default_factory=list)
    #: A sheet name for workbooks; None for PDF and text pages.
    name: str | None = None


@dataclass(slots=True)
class Document:
    """Every page of one input file; ``kind`` is "pdf", "xlsx", "csv" or "text"."""

    kind: str
    pages: list[Page] = field(default_factory=list)
    #: Notes from the file reader (dropped running headers, repaired glyphs …), already located.
    notes: list[tuple[Location, str]] = field(default_factory=list)
    #: Read as it is, page by page, not through its rendering (which runs the pages together): a
    #: column-aligned text whose pages are forms, one sheet or card a page (``readers.columns``).
    by_page: bool = False
    #: The running headers the file reader dropped from every page, the first page's too (a PDF's): where a plan of a
    #: sheet a page (a 事務事業評価シート) names itself — 「（朝凪町ＤＸ推進計画　令和５年度～令和８年度）」 — when no line does.
    running: list[str] = field(default_factory=list)
    #: Pages set in two columns, written column by column (``readers.textcolumns``): the columns' lines are broken at
    #: the column's width, under lines across the page (a chapter's opening) that are wider.
    unfolded: bool = False

    def blocks(self) -> Iterator[Block]:
        for page in self.pages:
            yield from page.blocks

    def tables(self) -> Iterator[Table]:
        for block in self.blocks():
            if isinstance(block, Table):
                yield block

    def lines(self) -> Iterator[Line]:
        for block in self.blocks():
            if isinstance(block, Line):
                yield block
