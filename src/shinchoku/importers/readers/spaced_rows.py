"""A table's rows out of text that writes each printed line once, its cells' pieces one blank apart.

pdfplumber's ``extract_text()`` and text copied out of a PDF viewer give a table row as lines
such as 「1 市 情報 動画 手話言語を使用する方 手話動画 令和6年ま (未実施) … 令和6年ま」 followed
by 「⺠ 発 を活 に向けた市政情報の発 の配信を でに手話動 …」: every line holds the piece of each
cell that is printed on it, but neither the columns' positions (``-layout``) nor the cells'
boundaries survive, and a cell that has no more lines simply drops out of the lines below.

What is left is enough to put the pieces back, because a cell's text is wrapped at its column's
width: a cell goes on to the next line only when its line was full. So:

- each column's width is measured on the rows whose first line has one piece per column (the
  first line of a wrapped cell is a full one);
- each following line's pieces go to the columns still open (whose last piece filled the
  column), in order, one or more pieces per column (a cell may hold a blank of its own:
  「(JIS X」), none wider than its column; of the ways to do that, the one that best agrees
  with the wrapping is taken.

Pure text in, cells out; the caller knows which lines begin a row.
"""

from __future__ import annotations

import unicodedata
from functools import cache

from .chargrid import join_lines

#: How much wider than the measured width a piece may be (a glyph the measure did not meet).
_SLACK = 1


def text_width(text: str) -> int:
    """Printed width in half-width characters: a full-width character counts two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WFA" else 1 for ch in text)


def column_widths(first_lines: list[str], columns: int) -> list[int] | None:
    """Each column's width: the widest piece it has on a first line that splits into one piece
    per column; None when no first line does."""
    widths = [0] * columns
    seen = False
    for line in first_lines:
        pieces = line.split()
        if len(pieces) != columns:
            continue
        seen = True
        for i, piece in enumerate(pieces):
            widths[i] = max(widths[i], text_width(piece))
    return widths if seen else None


def _full(piece: str, width: int) -> bool:
    """Whether a cell's line ``piece`` filled its column (so the cell may go on below)."""
    return bool(piece) and text_width(piece) >= width - 1


def _assign(pieces: list[str], open_columns: list[int], widths: list[int], last: dict[int, str]) -> list[tuple[int, str]]:
    """The pieces of one line, joined into cells of the open columns in order: the split where
    every cell fits its column and the fewest cells break the wrapping (a piece given to a
    column whose last line was not full, an open full column left without a piece)."""
    n, k = len(pieces), len(open_columns)

    @cache
    def best(i: int, j: int) -> tuple[float, tuple[tuple[int, str], ...]] | None:
        if i == n:
            skipped = sum(1 for c in open_columns[j:] if _full(last.get(c, ""), widths[c]))
            return float(skipped), ()
        if j == k:
            return None
        column = open_columns[j]
        options: list[tuple[float, tuple[tuple[int, str], ...]]] = []
        text = ""
        for end in range(i, n):
            text = f"{text} {pieces[end]}" if text else pieces[end]
            if text_width(text) > widths[column] + _SLACK:
                break
            rest = best(end + 1, j + 1)
            if rest is None:
                continue
            previous = last.get(column)
            penalty = 0.0 if previous is None or _full(previous, widths[column]) else 1.0
            penalty += 0.1 * (end - i)  # a blank inside a cell is the exception
            options.append((rest[0] + penalty, ((column, text), *rest[1])))
        skip = best(i, j + 1)  # this column has no piece on the line (on a tie, it has)
        if skip is not None:
            penalty = 1.0 if _full(last.get(column, ""), widths[column]) else 0.0
            options.append((skip[0] + penalty, skip[1]))
        return min(options, key=lambda option: option[0]) if options else None

    found = best(0, 0)
    return list(found[1]) if found else []


def row_cells(lines: list[str], widths: list[int]) -> list[str] | None:
    """The cells of one row from its lines (the first one opens every column); None when the
    first line does not split into the columns."""
    columns = len(widths)
    first = _assign(lines[0].split(), list(range(columns)), widths, {})
    if not first:
        return None
    cells = [""] * columns
    last: dict[int, str] = {}
    for column, text in first:
        cells[column] = text
        last[column] = text
    for line in lines[1:]:
        pieces = line.split()
        if not pieces:
            continue
        placed = _assign(pieces, list(range(columns)), widths, last)
        if not placed:  # wider than any split: the line goes to the widest open cell as is
            widest = max(range(columns), key=lambda c: widths[c] if _full(last.get(c, ""), widths[c]) else 0)
            placed = [(widest, line.strip())]
        given = {column for column, _ in placed}
        for column, text in placed:
            cells[column] = join_lines(cells[column], text)
            last[column] = text
        for column in range(columns):
            if column not in given:
                last[column] = ""  # the cell has ended: a piece below it would break the wrapping
    return cells
