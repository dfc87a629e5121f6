"""Labelled table rows back from column-aligned text (``pdftotext -layout``) of narrow-label tables.

A plan printed with small label-and-value tables (日田市's 取組番号 / 取組内容 / 事業担当課 /
スケジュール) comes out of ``pdftotext -layout`` with each table row spread over several lines:
the label wraps inside its narrow cell (「取組番」「号」, 「スケジ」「ュール」) or is set vertically,
one character per line (「取」「組」「番」「号」); every value cell wraps in its own column; a row
of year headings wraps too (「令和6年」「度」). The generic column reader cannot tell those rows
apart: it sees one wide block whose columns differ from table to table.

This module reads such text with the layout's declaration (:class:`cells.Labels`): a row starts
where a declared label is spelled down the left edge (the first characters of one or more lines),
takes every line up to the next label, and each of its cells is the text of one column (the
pieces that start at the same character position, joined top to bottom). ``pdftotext -layout``
places characters on a grid of character positions, so positions are counted in characters, not
display width; a cell ``pdftotext`` left one blank from its neighbour is cut there when another
line of the row starts a cell at that position. A row of year headings becomes consecutive
fiscal years (a 工程 lists its years in order; the headings' own wrapping cannot be trusted),
and a grid row (「スケジュール」) keeps one cell per status, in order.

The result is the tab-separated text the layout reads from the sample texts. Nothing here knows
a municipality: the labels are the layout's declaration.

Pure Python; no Django.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .cells import Labels
from .readers.centred import lines_above
from .text import compact, join_wrapped, lazy_re, nfkc, wareki, year_cell

#: Two or more spaces: the gap between two cells.
_GAP = lazy_re(r" {2,}")
#: A gap between two cells that only column-aligned text leaves.
_WIDE_GAP = lazy_re(r" {3,}")
#: The padding between two columns that only a layout extraction leaves.
_PADDING = lazy_re(r" {8,}")
#: How far (in characters) the lines of one column may start apart.
_TOLERANCE = 1
#: The start of a year heading: 「令和5年度」「令和」「R5」「2023年度」.
_YEAR_START = lazy_re(r"^(?:令|平成|[RH][0-9０-９]|20[0-9]{2}年)")
#: A piece of a wrapped year heading: 「令和6」「年度」「9年」「度」, even 「令」「和9」.
_YEAR_PIECE = lazy_re(r"^(?:令和?|和|平成?|成|[RH])?[0-9０-９元]{0,2}年?度?$")
#: Where a heading's years are counted: one era (or Western year) per column.
_ERA = lazy_re(r"令|平(?=成|$)|(?<![A-Za-z])[RH](?=[0-9０-９])|20[0-9]{2}(?=年)")
_OPEN = ("(", "（")
#: How far in a table's labels may start (``pdftotext`` indents a table by a few blanks).
_INDENT = 6
#: A piece this short may hold two narrow cells set one blank apart (a long one is a sentence).
_SHORT = 12
#: How many lines a label may be spelled over (a vertical 「事業担当課」 takes five).
_MAX_LABEL_LINES = 12


@dataclass
class _Piece:
    start: int  # character position on the line
    text: str
    line: int  # index of the line in the text


@dataclass
class _Row:
    label: str  # the declared label ("" for a row without one, such as the year headings)
    first: int  # index of the row's first line
    spelled: str = ""  # the label's characters read so far
    pieces: list[_Piece] = field(default_factory=list)
    years: bool = False  # a row of year headings (or a label followed by them)
    grid: bool = False  # cells are a grid's statuses, one per year


def _inline(pieces: list[_Piece], labels: tuple[str, ...]) -> list[_Piece]:
    """A piece that ends with an inline label set one blank after other text is cut before the
    label: 「1 - 2 - 取組名」 over 「3」 is the code cell (wrapped) and the label's cell, which
    ``pdftotext`` set one blank apart. (A label with text after it, 「1-1-4 取 組 名 納付書に
    おける」, is one cell that wrapped: it stays whole.)"""
    if not labels:
        return pieces
    pattern = re.compile(r" (?:" + "|".join(r" ?".join(map(re.escape, label)) for label in labels) + r")$")
    out: list[_Piece] = []
    for piece in pieces:
        match = pattern.search(piece.text)
        if match is None or not piece.text[: match.start()].strip():
            out.append(piece)
            continue
        out.append(_Piece(piece.start, piece.text[: match.start()].rstrip(" "), piece.line))
        out.append(_Piece(piece.start + match.start() + 1, match.group(0)[1:], piece.line))
    return out


def _pieces(line: str, index: int) -> list[_Piece]:
    out: list[_Piece] = []
    position = 0
    for part in _GAP.split(line):
        text = part.strip(" ")
        if text:
            start = line.index(text, position)
            out.append(_Piece(start, text, index))
            position = start + len(text)
    return out


def _consume(text: str, spelled: str, keys: list[str]) -> tuple[str, int]:
    """The label characters at the start of ``text`` that continue ``spelled`` towards one of
    ``keys`` (letter-spaced 「取 組 番 号」 too), and the index where the value begins."""
    index, got, length = 0, spelled, len(text)
    while index < length:
        char = text[index]
        if char == " ":
            nxt = index + 1
            # letter spacing is on one line: a label going on from the line above ends at a blank
            single = not spelled and nxt < length and (nxt + 1 == length or text[nxt + 1] == " ")
            if single and any(key.startswith(got + nfkc(text[nxt])) for key in keys):
                index = nxt
                continue
            break
        candidate = got + nfkc(char)
        if not any(key.startswith(candidate) for key in keys):
            break
        got = candidate
        index += 1
    if index < length and text[index] == " ":
        return got, index + 1
    return got, index


def _spell(lines: list[list[_Piece]], at: int, keys: list[str], left: int) -> str | None:
    """The label spelled down the left edge from line ``at`` (across wrapped or vertical
    lines), or None when the left edge there spells no declared label."""
    spelled = ""
    for index in range(at, min(len(lines), at + _MAX_LABEL_LINES)):
        pieces = lines[index]
        if not pieces:
            continue
        if pieces[0].start > left + _TOLERANCE and spelled:
            continue  # a value line between two characters of a label set vertically
        if abs(pieces[0].start - left) > _TOLERANCE:
            return None
        got, _ = _consume(pieces[0].text, spelled, keys)
        if got == spelled:
            return None
        spelled = got
        if spelled in keys:
            return spelled
    return None


def _is_year_piece(text: str) -> bool:
    return all(_YEAR_PIECE.match(nfkc(token)) for token in text.split(" ") if token)


def _tokens(piece: _Piece) -> list[_Piece]:
    """A piece of a grid row cut at its single blanks, each part at its own position (the
    statuses ``pdftotext`` set one blank apart); 「事業開始・ 完了」 stays whole."""
    out: list[_Piece] = []
    offset = 0
    for token in piece.text.split(" "):
        if token and out and out[-1].text.endswith(("・", "、")):
            out[-1] = _Piece(out[-1].start, f"{out[-1].text} {token}", piece.line)
        elif token:
            out.append(_Piece(piece.start + offset, token, piece.line))
        offset += len(token) + 1
    return out


def _notes_kept(tokens: list[_Piece]) -> list[_Piece]:
    """A bracketed note stays with the status before it on its line (「定 (一」 is one cell's
    wrapped text), unless another line of the row starts a part at the note's position (then
    it is a cell of its own: 「(検討)」 under 「実施予定」)."""
    starts: dict[int, set[int]] = {}
    for token in tokens:
        starts.setdefault(token.start, set()).add(token.line)
    out: list[_Piece] = []
    for token in tokens:
        previous = out[-1] if out else None
        confirmed = any(
            lines - {token.line} for d in range(-_TOLERANCE, _TOLERANCE + 1) if (lines := starts.get(token.start + d))
        )
        if (
            previous is not None
            and previous.line == token.line
            and token.text.startswith(_OPEN)
            and not previous.text.startswith(_OPEN)
            and not confirmed
        ):
            out[-1] = _Piece(previous.start, f"{previous.text} {token.text}", token.line)
        else:
            out.append(token)
    return out


def _cut(pieces: list[_Piece]) -> list[_Piece]:
    """Pieces cut where a single blank stands at a position another line of the row starts a
    cell at, or where short pieces of two lines have their blank at the same position (two
    cells ``pdftotext`` printed one blank apart: 「続のオ 化の」 over 「ンライ 推進」)."""
    starts = {piece.start for piece in pieces}
    blanks: dict[int, set[int]] = {}
    for piece in pieces:
        if len(piece.text) <= _SHORT:
            for index, char in enumerate(piece.text):
                if char == " ":
                    blanks.setdefault(piece.start + index + 1, set()).add(piece.line)
    out: list[_Piece] = []
    for piece in pieces:
        begin = 0
        for index, char in enumerate(piece.text):
            if char != " " or index == 0:
                continue
            at = piece.start + index + 1
            shared = len(piece.text) <= _SHORT and len(blanks.get(at, ())) >= 2
            if shared or any(at + d in starts and at + d != piece.start for d in range(-_TOLERANCE, _TOLERANCE + 1)):
                out.append(_Piece(piece.start + begin, piece.text[begin:index], piece.line))
                begin = index + 1
        out.append(_Piece(piece.start + begin, piece.text[begin:], piece.line))
    return out


def _columns(pieces: list[_Piece]) -> list[list[_Piece]]:
    """Pieces grouped by the position they start at (within the tolerance), left to right."""
    groups: list[list[_Piece]] = []
    for piece in sorted(pieces, key=lambda p: (p.start, p.line)):
        if groups and piece.start - groups[-1][-1].start <= _TOLERANCE:
            groups[-1].append(piece)
        else:
            groups.append([piece])
    return [sorted(group, key=lambda p: (p.line, p.start)) for group in groups]


def _cells(row: _Row, *, grid: bool) -> list[str]:
    """The row's cells: each column's pieces joined top to bottom.

    In a grid row every blank-separated part is placed by its own position (statuses set one
    blank apart are cells of their own, a status set lower in its centred cell joins its column),
    and a note in brackets alone in its column (「実施予定 (一部拡大)」 on one line) stays with the
    status before it.
    """
    pieces = _cut(row.pieces)
    if grid:
        pieces = _notes_kept([token for piece in pieces for token in _tokens(piece)])
    cells: list[str] = []
    previous: set[int] = set()
    for column in _columns(pieces):
        lines = {piece.line for piece in column}
        if grid and cells and all(p.text.startswith(_OPEN) for p in column) and lines <= previous:
            cells[-1] = " ".join([cells[-1], *(piece.text for piece in column)])
            continue
        text = ""
        for piece in column:
            if grid and piece.text.startswith(_OPEN) and text:
                text = f"{text} {piece.text}"
            else:
                text = join_wrapped(text, piece.text)
        cells.append(text)
        previous = lines
    return cells


def _years(row: _Row) -> list[str]:
    """The year headings of a row as consecutive fiscal years: as many as the row has eras,
    from the first heading that reads as a year."""
    text = " ".join(piece.text for piece in sorted(row.pieces, key=lambda p: (p.line, p.start)))
    count = len(_ERA.findall(nfkc(text)))
    first, before = None, 0
    for column in _columns(row.pieces):
        joined = "".join(compact(piece.text) for piece in column)
        found = year_cell(joined)
        if found is not None:
            first = found - before
            break
        before += len(_ERA.findall(joined))
    if first is None or count < 2:
        return _cells(row, grid=False)
    return [wareki(first + k) for k in range(count)]


def restore_aligned(lines: list[str], labels: Labels) -> tuple[list[str], list[int]]:
    """Tab-separated rows of the layout's tables from column-aligned text, and for each output
    line its 1-based line in ``lines``; lines outside the tables stay as they are.

    A table starts where the first declared row label is spelled at the left edge; a row of
    year headings starts at a line opening with a year; after it, a line that is not more of
    the headings starts a row without label (the statuses under 「スケジュール 令和5年度 …」).
    The table ends at a line the left edge of which spells no label and that is no part of a
    row (prose, a heading).
    """
    keys = [compact(label) for label in labels.rows]
    grids = {compact(label) for label in labels.grid}
    inline = labels.inline
    pieces = [_pieces(line.replace("\f", "").rstrip(), i) for i, line in enumerate(lines)]
    owners = {n: first for first, run in _centred(lines, pieces, keys).items() for n in run}
    above: list[_Piece] = []  # the lines of the next labelled row printed above its label
    out: list[str] = []
    where: list[int] = []
    rows: list[_Row] = []
    left = 0  # where the current table's labels start
    last_labelled: _Row | None = None  # the table's last row with a label (its label may go on)

    def flush() -> None:
        for row in rows:
            grid = row.grid or row.label in grids
            if row.years:
                out.append("\t".join([row.label, *_years(row)]))
            else:
                row.pieces = _inline(row.pieces, inline)
                out.append("\t".join([row.label, *_cells(row, grid=grid)]))
            where.append(row.first + 1)
        rows.clear()

    for index, line_pieces in enumerate(pieces):
        if index in owners:
            above.extend(line_pieces)
            continue
        if above and index > owners[above[0].line]:
            above = _release(above, rows, lines, out, where)  # no row started at their owner's line
        if not line_pieces:
            if not rows:
                out.append(lines[index])
                where.append(index + 1)
            continue
        head = line_pieces[0]
        row = rows[-1] if rows else None
        at_edge = abs(head.start - left) <= _TOLERANCE
        labelled = last_labelled if rows else None
        if row is not None and labelled is not None and labelled.spelled != labelled.label and at_edge:
            got, used = _consume(head.text, labelled.spelled, [labelled.label])
            if got != labelled.spelled:  # the label goes on (wrapped or vertical)
                labelled.spelled = got
                rest = head.text[used:]
                values = ([_Piece(head.start + used, rest, index)] if rest else []) + line_pieces[1:]
                if not row.years and row.pieces and _starts_years(values):
                    # the next row's year headings on the line where this label ends
                    rows.append(_Row(label="", first=index, years=True, pieces=values))
                else:
                    _add(row, values, fresh=not row.pieces)
                continue
        label = _spell(pieces, index, keys, left) if at_edge else None
        if label is None and head.start <= _INDENT and head.start != left:
            # a table set further in (or out), or the rest of one on a page set so: a new table,
            # or a label that comes after the table's last one in the declared order
            label = _spell(pieces, index, keys, head.start)
            after = last_labelled is not None and rows and _order(keys, label) > _order(keys, last_labelled.label)
            label = label if label == keys[0] or after else None
            left = head.start if label is not None else left
        if label is not None and (rows or label == keys[0]):
            if label == keys[0]:
                flush()
                left = head.start
            got, used = _consume(head.text, "", [label])
            new = _Row(label=label, first=index, spelled=got)
            rest = head.text[used:]
            rows.append(new)
            last_labelled = new
            _add(new, ([_Piece(head.start + used, rest, index)] if rest else []) + line_pieces[1:], fresh=True)
            new.pieces[:0], above = above, []  # its lines printed above its label (centred)
            continue
        if row is None:
            out.append(lines[index])
            where.append(index + 1)
            continue
        if not row.years and _starts_years(line_pieces):
            new = _Row(label="", first=index, years=True)
            rows.append(new)
            new.pieces.extend(line_pieces)
            continue
        if head.start <= left:  # prose or a heading at the table's edge: the table is over
            flush()
            out.append(lines[index])
            where.append(index + 1)
            continue
        if row.years and not all(_is_year_piece(p.text) for p in line_pieces):
            new = _Row(label="", first=index, grid=row.label in grids)  # the statuses under a label's row of years
            rows.append(new)
            new.pieces.extend(line_pieces)
            continue
        if row.label and row.spelled == row.label and row.label not in grids and any(map(_debris, line_pieces)):
            # digits and signs the extraction left in a row of their own (「7 1 1 1 2 2」): kept
            # as a row without label, so that they do not mix with the text above
            new = _Row(label="", first=index)
            rows.append(new)
            new.pieces.extend(line_pieces)
            continue
        row.pieces.extend(line_pieces)
    _release(above, rows, lines, out, where)
    flush()
    return out, where


def _release(above: list[_Piece], rows: list[_Row], lines: list[str], out: list[str], where: list[int]) -> list[_Piece]:
    """Lines taken for the row below them that did not start where its label was seen: the
    current row's, or outside any table; nothing is dropped."""
    if rows:
        rows[-1].pieces.extend(above)
    else:
        for n in sorted({piece.line for piece in above}):
            out.append(lines[n])
            where.append(n + 1)
    return []


def _centred(lines: list[str], pieces: list[list[_Piece]], keys: list[str]) -> dict[int, list[int]]:
    """The lines printed above a row's label, its cells centred in its height (Japanese Excel):
    readers/centred.py, with the lines whose left edge spells a label as the rows' first lines."""
    firsts = {
        index
        for index, line_pieces in enumerate(pieces)
        if line_pieces and line_pieces[0].start <= _INDENT and _spell(pieces, index, keys, line_pieces[0].start)
    }

    def fits(first: int, n: int) -> bool:
        return pieces[n][0].start > pieces[first][0].start + _TOLERANCE

    return lines_above(lines, firsts, 0, fits)


def _add(row: _Row, values: list[_Piece], *, fresh: bool = False) -> None:
    """Add a label line's values to its row; year headings right after a label make it a row of
    years (「スケジュール 令和5年度 令和6年度 …」)."""
    if fresh and _starts_years(values):
        row.years = True
    row.pieces.extend(values)


def looks_aligned(text: str) -> bool:
    """Whether ``text`` is ``pdftotext -layout`` output: few tabs, and a share of lines with
    cells set apart by runs of blanks (with form feeds between pages, or without them and padded
    widely). Laxer than the generic column reader's test: a vertical label column leaves many
    lines of one character."""
    lines = [line for line in text.split("\n")[:20000] if line.strip()]
    if not lines or text.count("\t") > len(lines) // 20:
        return False
    if "\f" in text:
        spaced = sum(1 for line in lines if _WIDE_GAP.search(line.strip()))
        return spaced >= max(3, len(lines) // 20)
    # without page breaks (pdftotext -nopgbrk): the padding only a layout extraction leaves
    padded = sum(1 for line in lines if _PADDING.search(line.strip()))
    return padded >= max(3, len(lines) // 10)


def _debris(piece: _Piece) -> bool:
    """A piece without any letter, of digits and signs (「711112222」「- 6 44 -」)."""
    text = piece.text.replace(" ", "")
    return len(text) >= 3 and any(c.isdigit() for c in text) and not any(c.isalpha() for c in text)


def _order(keys: list[str], label: str | None) -> int:
    return keys.index(label) if label in keys else -1


def _starts_years(values: list[_Piece]) -> bool:
    return bool(values) and bool(_YEAR_START.match(nfkc(values[0].text))) and all(
        _is_year_piece(v.text) for v in values
    )


def aligned_labels(lines: list[str], labels: Labels) -> int:
    """How many times the first declared row label is spelled down the left edge of ``lines``
    (wrapped or vertical labels too): what a layout's detection can count in such text."""
    keys = [compact(label) for label in labels.rows]
    pieces = [_pieces(line.replace("\f", "").rstrip(), i) for i, line in enumerate(lines)]
    spelled = {
        _spell(pieces, index, keys, line_pieces[0].start)
        for index, line_pieces in enumerate(pieces)
        if line_pieces and line_pieces[0].start <= _INDENT
    }
    if len(spelled & set(keys)) < 2:  # one label alone is no table of the layout's
        return 0
    return sum(
        1
        for index, line_pieces in enumerate(pieces)
        if line_pieces
        and line_pieces[0].start <= _INDENT
        and _spell(pieces, index, keys, line_pieces[0].start) == keys[0]
    )
