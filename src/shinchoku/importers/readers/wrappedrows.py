"""A table whose every cell wraps, out of text that gives each printed line once (pdfplumber's
``extract_text``, a PDF viewer's copy of a narrow print).

On a narrow page (an A5 print of a 進捗管理表) every cell of a row wraps: the header's labels
(「番/号」「担当部/署」「評/価」), the title, a 担当課 name cut inside (「DX推進」「課」), the indicator,
and a figure's unit (「12,000」「件」). Each printed line holds the piece of each cell printed on it,
one blank apart, and a cell with no more lines drops out of the lines below:

    番 取組 担当部 KPI 現状値 目標値 実績値 評
    号 署 (R4) 価
    R5 R6 R7 R5 R6
    1 行政手続のオンラ DX推進 オンライン申請件 2,400件 5,000件 8,000件 12,000 5,630件 7,915件 A
    イン化 課 数 件
    市民課

``plainrows`` finds no header in such text (「番」「評」 are no labels) and cuts no row (a line of
four pieces is no row and no short rest of one). This reader:

- joins the header's two lines label by label: a word that is no label, or a label that grows into
  a longer whole one (「基準値（令和4」 + 「年度）」, 「令和6年度」 + 「目標」), takes the next piece of the
  line below, in order, and every piece below must be taken;
- starts a row at a line that begins with a code or holds figures, whose pieces go one per column
  when there are as many as columns (a first line opens every cell), else by their shapes
  (``plainrows.fit``: a second indicator's row leaves the title blank);
- gives each following line's pieces, in order, to the cells still open, by what a wrapped cell
  can be: a text cell whose line was full (its column's width, measured on the first lines), a
  department name cut inside (「DX推進」+「課」) or another name below it, a figure's unit cut from its
  digits (「12,000」+「件」), a grade cut inside (「未達」+「成」); a wrapped text that names a quantity
  (「の交付率」) goes to the indicator;
- skips the header printed again on the next page; a line that fits no open cell ends the table.

Nothing here knows a municipality. Pure Python; no Django.
"""

from __future__ import annotations

import re

from ..document import Document, Line
from ..labels import classify
from ..text import join_wrapped, nfkc
from .plainrows import (
    _CODE,
    _DEPT,
    _GRADE,
    _NUMBER,
    _SECTION,
    _Column,
    _header,
    _is_dept,
    _with_years,
    _years,
    fit,
    with_table,
)
from .spaced_rows import text_width

#: A text that names a quantity: the rest of an indicator's name (「の交付率」「件数」).
_QUANTITY = re.compile(r"(?:数|率|割合|時間|量|額|度)$")
#: What a line costs that goes on a cell it cannot be part of.
_NEVER = 99.0


def _grows(word: str, piece: str) -> bool:
    """Whether the header label ``word`` with the piece printed under it is one whole label: a word
    that is no label, or one whose label (or bare year) the piece completes."""
    joined = classify(word + piece, loose=False)
    if joined is None or joined.role == "ignore" or (joined.role == "indicator" and joined.fy is not None):
        return False  # 「(R4)」 under 「指標」 is the next column's year, not a 「KPI（令和9年度）」 label
    alone = classify(word)
    return alone is None or alone.role in (joined.role, "schedule")


def wrapped_header(first: list[str], second: list[str]) -> list[str] | None:
    """The labels of a header printed over two lines (「番 取組 担当部 …」 + 「号 署 (R4) 価」), or
    None when the lines are not one: every piece of the second line must complete a label."""
    if not second or len(second) >= len(first):
        return None
    labels = list(first)
    taken = 0
    for i, word in enumerate(first):
        if taken < len(second) and _grows(word, second[taken]):
            labels[i] = word + second[taken]
            taken += 1
    return labels if taken == len(second) else None


def _figures(words: list[str]) -> int:
    return sum(1 for w in words if _NUMBER.match(nfkc(w)) and nfkc(w)[0].isdigit())


def _starts_row(words: list[str], columns: list[_Column]) -> bool:
    """A row's first line: it begins with a code (in a table with a code column) or holds figures."""
    coded = columns[0].kind == "code" and _CODE.match(nfkc(words[0])) is not None
    return coded or _figures(words) >= 2


def _widths(firsts: list[list[str]], columns: int) -> list[int]:
    """Each column's width: its widest piece on the first lines that have one piece per column."""
    widths = [0] * columns
    for words in firsts:
        if len(words) == columns:
            widths = [max(w, text_width(piece)) for w, piece in zip(widths, words, strict=True)]
    return widths


def _cost(column: _Column, cell: str, last: str, width: int, piece: str, indicator: bool) -> float:
    """What it costs that ``piece`` goes on ``cell`` (whose line above was ``last``)."""
    if column.kind in ("text", "step"):  # (a 工程's step wraps in its narrow column as a text does)
        full = bool(last) and text_width(last) >= width - 2
        cost = 0.0 if full else 1.0
        if _QUANTITY.search(nfkc(piece)):
            cost += -0.5 if indicator else 0.5  # an indicator's name goes on in the indicator column
        return cost
    if column.kind == "dept":
        words = re.split(r"[・、,/]", cell)
        if words[-1] and not _DEPT.search(words[-1]):
            return 0.0 if _is_dept(words[-1] + piece) else _NEVER  # a name cut inside (「DX推進」「課」)
        if _is_dept(piece):
            return 0.2  # another name below
        return _NEVER if _QUANTITY.search(nfkc(piece)) else 0.5  # the start of one (not a quantity)
    if column.kind == "number":
        n = nfkc(cell)
        if not n or any(ch.isdigit() for ch in piece) or len(piece) > 3:
            return _NEVER
        return 0.0 if n[-1].isdigit() else 0.3  # the unit cut from its figure (「12,000」「件」)
    if column.kind == "grade":
        return 0.0 if cell and not _GRADE.match(nfkc(cell)) and _GRADE.match(nfkc(cell + piece)) else _NEVER
    return _NEVER  # codes and units do not wrap


def _carry(
    cells: list[str], lasts: list[str], words: list[str], columns: list[_Column], widths: list[int]
) -> list[tuple[int, str]] | None:
    """The cells the pieces of a following line go on (in order, one piece each); None when they
    fit none."""
    n, m = len(words), len(columns)
    inf = float("inf")
    best = [[inf] * (m + 1) for _ in range(n + 1)]
    back: list[list[tuple[int, int] | None]] = [[None] * (m + 1) for _ in range(n + 1)]
    best[0][0] = 0.0
    for j in range(m):
        indicator = (found := classify(columns[j].label)) is not None and found.role == "indicator"
        for i in range(n + 1):
            if best[i][j] == inf:
                continue
            if best[i][j] < best[i][j + 1]:  # no piece on this cell
                best[i][j + 1] = best[i][j]
                back[i][j + 1] = (i, j)
            if i < n and cells[j]:
                # on a tie the earlier cell: the pieces of a line go on its cells from the left
                cost = (
                    best[i][j]
                    + _cost(columns[j], cells[j], lasts[j], widths[j], words[i], indicator)
                    + 0.01 * j
                )
                if cost < _NEVER and cost < best[i + 1][j + 1]:
                    best[i + 1][j + 1] = cost
                    back[i + 1][j + 1] = (i, j)
    if best[n][m] == inf:
        return None
    placed: list[tuple[int, str]] = []
    i, j = n, m
    while j > 0:
        step = back[i][j]
        assert step is not None
        if step[0] < i:
            placed.append((j - 1, words[i - 1]))
        i, j = step
    return placed[::-1]


def _join(column: _Column, cell: str, piece: str) -> str:
    if column.kind == "dept":
        last = re.split(r"[・、,/]", cell)[-1]
        return cell + piece if last and not _DEPT.search(last) else f"{cell}・{piece}"
    if column.kind in ("number", "grade"):
        return cell + piece
    return join_wrapped(cell, piece)


def read_wrapped_rows(document: Document) -> Document | None:
    """``document`` with a table whose header and cells wrap rebuilt, or None when it has none."""
    lines = [b for b in document.blocks() if isinstance(b, Line)]
    for at in range(len(lines) - 1):
        if "  " in lines[at].text:
            continue  # a header with wide gaps is column-aligned text: readers.columns reads it
        labels = wrapped_header(lines[at].text.split(), lines[at + 1].text.split())
        columns = _header(labels) if labels else None
        if columns is not None:
            break
    else:
        return None
    header = {lines[at].text.strip(), lines[at + 1].text.strip()}
    start = at + 2
    if start < len(lines) and (runs := _years(lines[start].text.split())):
        columns = _with_years(columns, runs) or columns
        header.add(lines[start].text.strip())
        start += 1
    # the rows' lines: a row's first line, then the lines that go on its cells
    rows: list[tuple[Line, list[list[str]]]] = []
    end = start
    for line in lines[start:]:
        words = line.text.split()
        if not words or line.text.strip() in header:
            end += 1
            continue
        lead = nfkc(words[0])
        if lead[0] in "※*＊" or lead.startswith("注"):
            break
        if (_SECTION.match(lead) and not _figures(words)) or _starts_row(words, columns):
            rows.append((line, [words]))
        elif rows and len(words) <= len(columns):
            rows[-1][1].append(words)
        else:
            break
        end += 1
    widths = _widths([lines_of[0] for _, lines_of in rows], len(columns))
    if not any(widths) or len(rows) < 2:
        return None
    table: list[list[str]] = [[c.label for c in columns]]
    locations = [lines[at].location]
    for line, (opening, *rest) in rows:
        if _SECTION.match(nfkc(opening[0])) and not _figures(opening):
            table.append([" ".join(opening)] + [""] * (len(columns) - 1))
            locations.append(line.location)
            continue
        if len(opening) == len(columns):
            cells = list(opening)
        else:
            cells = [" ".join(words) for words in fit(opening, columns)[1]]
        lasts = list(cells)
        for words in rest:
            placed = _carry(cells, lasts, words, columns, widths)
            if placed is None:
                return None  # a line that goes on no cell: not the table this reader knows
            lasts = [""] * len(columns)
            for j, piece in placed:
                cells[j] = _join(columns[j], cells[j], piece)
                lasts[j] = piece
        table.append(cells)
        locations.append(line.location)
    out = with_table(
        document, lines, at, end, table, locations,
        "表の各セルが折り返され、各行が空白区切りの何行かになっていたため、見出しの列名と値の形"
        "（番号・数値・評価・課名）と列の幅から、折り返した部分を各セルに戻しました。",
    )
    return out
