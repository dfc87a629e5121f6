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

import re
import unicodedata
from functools import cache

from ..text import UNITS, nfkc
from .chargrid import join_lines

#: How much wider than the measured width a piece may be (a glyph the measure did not meet).
_SLACK = 1
#: Closing marks a line may not start with: the print hangs them at the end of the line before,
#: one character wider than the column (「め、完了】」).
_HANGING = frozenset("、。，．,.」』）)】〕]")
_FIGURE = re.compile(
    r"^(?:[約計]?[0-9０-９][0-9０-９,.，．]*\s*(?:[%％件人名社回校円台者個本]|か所|ヶ所|箇所|時間|業務|団体|施設|ページ|システム)?"
    r"|[(（][^()（）]{1,6}[)）]|[-－ー―])$"
)

#: A unit printed alone at the start of a line: its figure ended the line above (「7,400」 over
#: 「件」「カ所」「千円」), in the same cell. The units are text.UNITS, the one list every reader
#: shares, matched on the NFKC piece so that a full-width 「％」 counts as well.
_UNITS = frozenset(UNITS)


def _is_unit(piece: str) -> bool:
    """Whether ``piece`` is a unit alone (「件」「カ所」「千円」): a figure's unit wrapped below it."""
    return nfkc(piece) in _UNITS

#: A figure without its unit at the end of a cell's line.
_BARE_END = re.compile(r"[0-9０-９][0-9０-９,.，．]*$")
#: How a cell's line may not end its text: a comma or a particle that asks for the words after
#: it (「…公開件数15件を」「…合わせた形式で」), or a year without its 度 (「令和6年」 over 「度 7,400件」,
#: 「令和7・8」 over 「年度」). A full column whose line ends so goes on below.
#: A year cut before its 年度 or 度 (「令和6年」 over 「度」, 「令和7・8」 over 「年度」); group 1: its 年.
_YEAR_CUT_TEXT = r"(?:令和|平成|R)[0-9０-９・]*[0-9０-９](年?)"
_OPEN_END = re.compile(rf"(?:[、，,をにでがは]|から|まで|より|{_YEAR_CUT_TEXT})$")

#: A word a print wraps whole (a figure with its unit, a Latin word).
_WORD = re.compile(r"^[0-9A-Za-z][0-9A-Za-z,.%]*[%％件人名]?$")
#: A number without its unit.
_BARE = re.compile(r"^[0-9０-９][0-9０-９,.，．]*$")
#: A figure with its unit inside a cell's text (「932時間(RPAによる…」).
_FIGURE_INSIDE = re.compile(
    r"[0-9０-９][0-9０-９,.，．]*\s*(?:[%％件人名社回校円台者個本]|か所|ヶ所|箇所|時間|ページ|システム)"
)


def text_width(text: str) -> int:
    """Printed width in half-width characters: a full-width character counts two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WFA" else 1 for ch in text)


def column_widths(first_lines: list[str], columns: int) -> list[int] | None:
    """Each column's width: the widest piece it has on a first line that splits into one piece
    per column; None when no first line does."""
    found = _first_pieces(first_lines, columns)
    return [max(column) for column in found] if found else None


def typical_widths(first_lines: list[str], columns: int) -> list[int] | None:
    """Each column's commonest first-line width (the median): a first line with more pieces
    than columns has its extra blank where the pieces joined stay closest to these."""
    found = _first_pieces(first_lines, columns)
    return [sorted(column)[len(column) // 2] for column in found] if found else None


def _first_pieces(first_lines: list[str], columns: int) -> list[list[int]]:
    widths: list[list[int]] = [[] for _ in range(columns)]
    for line in first_lines:
        pieces = line.split()
        if len(pieces) == columns:
            for i, piece in enumerate(pieces):
                widths[i].append(text_width(piece))
    return widths if widths[0] else []


def _full(piece: str, width: int, after: str = "") -> bool:
    """Whether a cell's line ``piece`` filled its column (so the cell may go on below): it leaves
    no room for a full-width character (counted a little wider where Latin letters and digits,
    printed proportionally, stand among kanji), or for two when the line below starts with a character
    and a 「。」 that may not start a line (the print moves both down: 「…開催しま」「す。」).
    A figure with its unit (「14,552件」「37.8%」「(未実施)」) is a whole cell: figures are not
    wrapped — but a bare number may have its unit below (「1,650」 over 「時間」), so it is full
    when it fills its line."""
    if not piece or (_FIGURE.match(piece) and not _BARE.match(piece)):
        return False
    used = text_width(piece)
    room = 2 if piece.isascii() or not any(ch.isascii() for ch in piece) else 3  # Latin letters vary
    if used >= width - room + 1 or (len(after) >= 2 and after[1] in _HANGING and used >= width - 3):
        return True
    word = after.split(" ")[0] if after else ""
    # a figure or a Latin word is wrapped whole: it went below when it did not fit beside the line
    return bool(word) and bool(_WORD.match(word)) and " " in piece and used + 1 + text_width(word) >= width


def _assign(
    pieces: list[str],
    open_columns: list[int],
    widths: list[int],
    last: dict[int, str],
    expect: dict[int, list[str]] | None = None,
    slack: int = _SLACK,
    typical: list[int] | None = None,
    held: list[str] | None = None,
) -> tuple[float, list[tuple[int, str]]] | None:
    """The pieces of one line, joined into cells of the open columns in order: the split where
    every cell fits its column and the fewest cells break the wrapping (a piece given to a
    column whose last line was not full, an open full column left without a piece). A column
    with an expected rest (``expect``, blanks removed) takes the piece that continues it, and
    ends where it ends. ``held``: each column's text so far — a figure alone on a line goes
    to a cell that holds none yet rather than after one that has its figure and unit."""
    n, k = len(pieces), len(open_columns)
    expect = expect or {}

    @cache
    def best(i: int, j: int) -> tuple[float, tuple[tuple[int, str], ...]] | None:
        if i == n:
            return sum(_left_open(last.get(c, ""), widths[c]) for c in open_columns[j:]), ()
        if j == k:
            return None
        column = open_columns[j]
        options: list[tuple[float, tuple[tuple[int, str], ...]]] = []
        text = ""
        for end in range(i, n):
            text = f"{text} {pieces[end]}" if text else pieces[end]
            if text_width(text) > widths[column] + slack + (2 if text[-1] in _HANGING else 0):
                break
            rest = best(end + 1, j + 1)
            if rest is None:
                continue
            previous = last.get(column)
            penalty = 0.0 if previous is None or _full(previous, widths[column], text) else 1.0
            if previous and _FIGURE.match(previous) and not _BARE.match(previous):
                penalty += 0.5  # a figure with its unit is complete: nothing goes on below it
            penalty += 0.1 * (end - i)  # a blank inside a cell is the exception
            if (
                previous
                and _FIGURE.match(pieces[i])
                and not _BARE.match(pieces[i])
                and not _FIGURE_INSIDE.search(previous)
                and not previous.endswith(("。", ")", "）"))
            ):
                penalty += 0.3  # a figure with its unit does not go on a sentence cut mid-way
            if end > i and any(_FIGURE.match(piece) for piece in pieces[i + 1 : end + 1]):
                penalty += 0.2  # a figure with its unit after a blank is a cell of its own
            if end > i and pieces[i].isdigit():
                penalty += 0.3  # a bare number ends the cell before it, its unit wrapped below
            if typical and end > i:
                penalty += 0.05 * max(0, text_width(text) - typical[column])
            if held and end == i and _FIGURE.match(text) and _FIGURE_INSIDE.search(held[column]):
                penalty += 0.3  # a 実績値 cell has one figure: a second one is likelier the next cell's
            if end + 1 < n and pieces[end + 1] == text and _twins(column, open_columns[j + 1 :], last):
                penalty -= 0.6  # neighbouring cells printing the same words keep them side by side
            if any(_is_unit(pieces[at]) and not _BARE.match(pieces[at - 1]) for at in range(i + 1, end + 1)):
                penalty += 0.5  # a unit alone follows its figure: it does not follow other words
            if previous and _goes_on(previous, pieces[i]):
                penalty -= 1.0  # the unit of the figure that ended this cell's line above
            elif any(_goes_on(last.get(c) or "", pieces[i]) for c in open_columns[j + 1 :]):
                penalty += 0.5  # the rest of a word cut in a column further right
            if column in expect:
                squeezed = text.replace(" ", "")
                penalty += -0.5 if any(rest and rest.startswith(squeezed) for rest in expect[column]) else 1.0
            options.append((rest[0] + penalty, ((column, text), *rest[1])))
        skip = best(i, j + 1)  # this column has no piece on the line (on a tie, it has)
        if skip is not None:
            penalty = _left_open(last.get(column, ""), widths[column])
            if column not in last:  # a first line: an empty cell is the exception
                penalty = 0.5
            if column in expect:
                penalty = 0.0 if "" in expect[column] else 1.0
            options.append((skip[0] + penalty, skip[1]))
        return min(options, key=lambda option: option[0]) if options else None

    found = best(0, 0)
    return (found[0], list(found[1])) if found else None


_YEAR_CUT = re.compile(rf"{_YEAR_CUT_TEXT}$")


def _goes_on(previous: str, piece: str) -> bool:
    """Whether ``piece``, first on its line, finishes the word ``previous`` (a cell's line above)
    was cut in: a figure's unit (「7,400」 over 「件」), a year's 度 (「令和6年」 over 「度」)."""
    if _is_unit(piece) and _BARE_END.search(previous):
        return True
    year = _YEAR_CUT.search(previous)
    return year is not None and piece.startswith("度" if year.group(1) else "年度")


def _left_open(previous: str, width: int) -> float:
    """The cost of a line giving no piece to a column whose line above was ``previous``: a full
    line wraps on below, and surely so when it ended in the middle of a phrase (「…形式で」)."""
    if not _full(previous, width):
        return 0.0
    return 1.5 if _OPEN_END.search(previous) else 1.0


def _twins(column: int, after: list[int], last: dict[int, str]) -> bool:
    """Whether ``column`` and the next open column printed the same piece on the line above:
    two years' 実績値 worded alike (「令和5年度市長査定案件の」 over 「うち、デ」 in both) go on
    alike, so a piece repeated on the line belongs to both, not to a column further left
    whose last line happened to be full."""
    return bool(after) and bool(last.get(column)) and last.get(column) == last.get(after[0])


def _first_splits(
    pieces: list[str], widths: list[int], typical: list[int]
) -> list[tuple[float, list[tuple[int, str]]]]:
    """The likeliest ways a row's first line splits into the columns, cheapest first: few blanks
    inside a cell, few empty cells, each cell near its column's common width."""
    n, k = len(pieces), len(widths)
    found: list[tuple[float, list[tuple[int, str]]]] = []

    def walk(i: int, j: int, cost: float, joins: int, empties: int, placed: list[tuple[int, str]]) -> None:
        if len(found) > 4000:
            return
        if i == n:
            rest = k - j
            if empties + rest <= _MAX_EMPTY:
                found.append((cost + 0.5 * rest, placed))
            return
        if j == k or n - i > (k - j) * (_MAX_JOINS - joins + 1):
            return
        if empties < _MAX_EMPTY:  # an empty cell: likelier at the row's end (no further schedule)
            walk(i, j + 1, cost + 1.0 - 0.5 * j / k, joins, empties + 1, placed)
        text = ""
        for end in range(i, min(n, i + _MAX_JOINS - joins + 1)):
            text = f"{text} {pieces[end]}" if text else pieces[end]
            over = max(0, text_width(text) - max(widths[j], typical[j]) - _SLACK)
            extra = 0.1 * (end - i) + (0.5 * over / max(typical[j], 2) if end > i or over else 0.0)
            walk(end + 1, j + 1, cost + extra, joins + end - i, empties, [*placed, (j, text)])

    walk(0, 0, 0.0, 0, 0, [])
    found.sort(key=lambda option: option[0])
    return found[:_CANDIDATES]


#: How many blanks inside cells and empty cells a first line may have, and how many of its
#: likeliest splits are tried on the whole row.
_MAX_JOINS = 3
_MAX_EMPTY = 3
_CANDIDATES = 6


def row_cells(
    lines: list[str],
    widths: list[int],
    known: dict[int, list[str]] | None = None,
    typical: list[int] | None = None,
) -> list[str] | None:
    """The cells of one row from its lines (the first one opens every column); None when the
    first line does not split into the columns.

    The first line's likeliest splits are each carried through the row's lines, and the one
    the lines below agree with best is kept: a wrong split leaves pieces that fit nowhere.
    ``known``: texts a column's cell is likely to repeat (a section name of the rows above): a
    cell that starts as one of them is expected to be it, which tells where it ends when its
    neighbour is as wide. ``typical``: the columns' commonest widths."""
    strict = _assign(lines[0].split(), list(range(len(widths))), widths, {})
    if strict is not None:  # every cell as wide as its column's first lines: no other split tried
        return _carry(lines[1:], widths, strict[1], known or {})[1]
    best: tuple[float, list[str]] | None = None
    for cost, first in _first_splits(lines[0].split(), widths, typical or widths):
        total, cells = _carry(lines[1:], widths, first, known or {})
        if best is None or cost + total < best[0]:
            best = (cost + total, cells)
    return best[1] if best else None


def _carry(
    lines: list[str], widths: list[int], first: list[tuple[int, str]], known: dict[int, list[str]]
) -> tuple[float, list[str]]:
    """The row's cells when its first line splits as ``first``, and how badly its other lines
    agree with that (the sum of their assignments' costs)."""
    columns = len(widths)
    widths = list(widths)
    cells = [""] * columns
    last: dict[int, str] = {c: "" for c in range(columns)}
    expect: dict[int, list[str]] = {}  # the rests of the names a cell may still be
    for column, text in first:
        cells[column] = text
        last[column] = text
        widths[column] = max(widths[column], text_width(text))  # a first line is a full one
        start = text.replace(" ", "")
        same = [name for name in known.get(column, []) if name.startswith(start)]
        if same:
            expect[column] = [name[len(start) :] for name in same]
    total = 0.0
    for line in lines:
        pieces = line.split()
        if not pieces:
            continue
        found = _assign(pieces, list(range(columns)), widths, last, expect, held=cells)
        if found is None:  # a column wider here than on the first lines measured
            found = _assign(pieces, list(range(columns)), widths, last, expect, slack=_SLACK + 4, held=cells)
            if found is not None:
                found = (found[0] + 2.0, found[1])
        if found is None:  # wider than any split: the line goes to the widest open cell as is
            widest = max(range(columns), key=lambda c: widths[c] if _full(last.get(c, ""), widths[c]) else 0)
            found = (5.0, [(widest, line.strip())])
        total += found[0]
        placed = found[1]
        given = {column for column, _ in placed}
        for column, text in placed:
            cells[column] = join_lines(cells[column], text)
            last[column] = text
            if column in expect:
                squeezed = text.replace(" ", "")
                rests = [
                    rest[len(squeezed) :] for rest in expect[column] if rest and rest.startswith(squeezed)
                ]
                if rests:
                    expect[column] = rests
                else:
                    del expect[column]  # none of the names above after all
        for column in range(columns):
            if column not in given:
                last[column] = ""  # the cell has ended: a piece below it would break the wrapping
    return total, cells
