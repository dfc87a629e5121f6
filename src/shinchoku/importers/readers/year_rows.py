"""A 工程's row of years and the rows under it, their cells joined by single blanks, made a table again.

A PDF viewer's copy of a card writes its schedule as 「 令和6年度 令和7年度 令和8年度 令和9年度」 over 「工程 検討 拡充 拡充
拡充」 — a table's rows whose cells lost their tabs: the row of years starts with a blank (its first cell, under the
label column, empty), an empty cell is two blanks (「工程  構築 運用 運用」: nothing in 令和6年度) and none is left at a
row's end. Read as lines, the years are a line of text and the steps another, no year's. The row of years says how
many cells each row has: the lines right under it that split into no more pieces at single blanks, each a short step
or mark (「●」「検討」「対象手続の選定」), are its rows, piece by piece. (A row of years that writes its label first,
「スケジュール Ｒ６ Ｒ７ Ｒ８ Ｒ９」 over 「導入 運用 → →」, is read by the card reader as lines: left alone.)
"""

from __future__ import annotations

import re

from ..document import Block, Cell, Document, Line, Location, Table
from ..text import nfkc

#: A cell holding a year alone: 「令和6年度」「R6」「2024年度」「2024」.
_YEAR = re.compile(r"(?:(?:令和|平成|R|H)(?:元|\d{1,2})|(?:19|20)\d{2})(?:年度)?")
#: The longest piece a row under the years may hold: a step's label or a mark, not a sentence.
_STEP = 16
#: How many years a row of years holds at least.
_YEARS = 3


def _pieces(line: str) -> list[str]:
    """``line`` cut at each single blank, an empty piece where two blanks stand (an empty cell)."""
    return line.rstrip(" ").split(" ")


def _years(line: str) -> bool:
    """Whether ``line`` is a row of years joined by blanks: an empty first cell, then three years or more."""
    pieces = _pieces(line)
    if "\t" in line or len(pieces) < _YEARS + 1 or pieces[0] or not all(pieces[1:]):
        return False
    return all(_YEAR.fullmatch(nfkc(piece)) for piece in pieces[1:])


def _under(line: str, width: int) -> bool:
    """Whether ``line`` can be a row under a row of ``width`` cells: no more pieces, two with text at least, each a
    step or a mark (no sentence, no year), its first (the row's label) short."""
    pieces = _pieces(line)
    filled = [piece for piece in pieces if piece]
    if "\t" in line or len(pieces) > width or len(filled) < 2 or len(pieces[0]) > 8:
        return False
    return all(len(piece) <= _STEP and not _YEAR.fullmatch(nfkc(piece)) for piece in filled)


def _raw(block: Block, lines: list[str]) -> str | None:
    """The line of the text a Line block was read from, its blanks as written."""
    if not isinstance(block, Line) or block.location.line is None or block.location.line > len(lines):
        return None
    raw = lines[block.location.line - 1]
    return raw if raw.strip() == block.text else None


def with_year_rows(document: Document, text: str) -> Document:
    """``document`` with each row of years joined by blanks, and the lines right under it that fit it, one table of
    those rows (``text``: the text the document was read from, whose lines keep the blanks)."""
    if "\t" in text:
        return document
    lines = text.split("\n")
    for page in document.pages:
        blocks = list(page.blocks)
        out: list[Block] = []
        at = 0
        while at < len(blocks):
            block, raw = blocks[at], _raw(blocks[at], lines)
            at += 1
            if raw is None or not _years(raw):
                out.append(block)
                continue
            width = len(_pieces(raw))
            rows: list[list[str]] = [_pieces(raw)]
            places: list[Location] = [block.location]
            while (
                at < len(blocks) and (below := _raw(blocks[at], lines)) is not None and _under(below, width)
            ):
                rows.append(_pieces(below))
                places.append(blocks[at].location)
                at += 1
            if len(rows) == 1:
                out.append(block)
                continue
            cells = [[Cell(piece) for piece in row] + [Cell("")] * (width - len(row)) for row in rows]
            out.append(Table(rows=cells, location=places[0], row_locations=places))
        page.blocks = out
    return document
