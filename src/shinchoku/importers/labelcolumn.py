"""Card tables whose labels stand in a narrow first column, as ``pdftotext -layout`` prints them.

A card (label | value | inline label | value) printed to PDF and extracted with
``pdftotext -layout`` keeps its cells only as positions on each line: a label too wide for its
cell wraps over lines (「重点取\\n組事項\\n名」, one character a line when set vertically), the
value starts to its right, an inline label (管理番号, 担当課) and its value stand further right
(wrapped as well: 「担\\n当\\n課」), a 工程表's year header wraps (「令\\n和\\n6\\n年\\n度」) and a bar's
label stands under the year it starts in. The general column reader (readers/columns.py) cuts
such text at the wrong places: the label column holds fragments, not keys.

:func:`restore_label_cards` reads the labels a layout declares (:class:`cells.Labels`) back out
of the first column and gives the layout the tab-separated rows of its sample text. pdftotext
sets every character on a grid of character positions (a wide character takes one position, as a
narrow one does), so positions are compared as character indices, never as display widths.

Nothing here knows a municipality: the labels are the layout's declaration. Pure Python.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from .cells import Labels
from .readers.centred import lines_above
from .text import compact, display_width, join_wrapped, lazy_re, page_furniture, parse_fy, squash

#: A piece of a line: text with single blanks inside, ended by two blanks or the line's end.
_PIECE = lazy_re(r"\S+(?: \S+)*")
#: A line's first word when it starts in the first column: a label or a fragment of one.
_FIRST = lazy_re(r"\S+")
#: A complete year of a 工程表 header (「令和5年度」「令和5年度(後期)」「R6」「2024年度」).
_YEAR_DONE = lazy_re(r"(?:年度|[)）]|^R\d{1,2})$")
_HALF = lazy_re(r"^[(（]")
#: Pieces closer than this (character positions) start the same column.
_TOLERANCE = 2
#: A gap only column alignment leaves: no row of empty cells joined by blanks is this wide.
_WIDE_GAP = " " * 6


@dataclass
class _Piece:
    start: int
    text: str


@dataclass
class _Line:
    number: int  # index in the input lines
    page: int  # form feeds before it: pdftotext sets each page on a grid of its own
    token: str | None  # the word in the first column (a label fragment, when a card is open)
    pieces: list[_Piece]
    raw: str


def _width(text: str) -> int:
    return display_width(text)


def _line(number: int, raw: str, page: int) -> _Line:
    raw = raw.replace("\f", "").rstrip()
    token = None
    at = 0
    # one blank before the first column: a table set a character right of the paragraphs
    # (pdfplumber's layout text keeps the cell's padding; pdftotext -layout does not)
    lead = 1 if raw[:1] == " " and raw[1:2].strip() else 0
    if raw and not raw[lead].isspace():
        first = _FIRST.match(raw, lead)
        assert first is not None
        token, at = first.group(), first.end()
    return _Line(number, page, token, [_Piece(m.start(), m.group()) for m in _PIECE.finditer(raw, at)], raw)


@dataclass(frozen=True)
class LabelSpan:
    """A label spelled by the first words of lines ``first`` to ``end - 1``."""

    first: int
    end: int
    label: str
    #: what follows the label's last fragment inside its word (the value's start), or ""
    tail: str = ""
    #: lines inside the span whose first word is not part of the label (a value line between)
    skipped: tuple[int, ...] = ()


def labels_in(tokens: list[str], labels: tuple[str, ...], *, glued: bool = False) -> list[LabelSpan]:
    """The labels spelled by consecutive first-column words, greedy and longest first; a word
    that starts no complete label is none (a heading, prose).

    With ``glued`` (text in reading-flow order), a label's last fragment may run into its
    value without a blank (「評価指」 then 「標がテレワークを実施」: ``tail`` is the value's
    start), and one line of value may stand between two fragments (「評価指 基準値」 「Web研修…」
    「標」: that line is ``skipped``).
    """
    keys = {compact(label): label for label in labels}
    found: list[LabelSpan] = []
    i = 0
    while i < len(tokens):
        text = ""
        best: LabelSpan | None = None
        skipped: list[int] = []
        j = i
        while j < len(tokens):
            word = compact(tokens[j])
            if glued and j > i and best is None:
                rest = next(
                    (k[len(text) :] for k in keys if k.startswith(text) and word.startswith(k[len(text) :])),
                    None,
                )
                if rest and len(word) > len(rest):
                    best = LabelSpan(i, j + 1, keys[text + rest], word[len(rest) :], tuple(skipped))
                    break
            if not any(key.startswith(text + word) for key in keys):
                if glued and j > i and best is None and not skipped and j + 1 < len(tokens):
                    skipped.append(j)  # a value line between two fragments: look one further
                    j += 1
                    continue
                break
            text += word
            if text in keys:
                best = LabelSpan(i, j + 1, keys[text], "", tuple(skipped))
            j += 1
        if best is None:
            i += 1
        else:
            found.append(best)
            i = best.end
    return found


def _join(parts: list[str]) -> str:
    """A prose cell's wrapped lines joined: nothing between Japanese, a blank between Latin words."""
    out = ""
    for part in parts:
        out = join_wrapped(out, part) if out else part
    return out


#: How the name of a municipal office ends: a list of 担当課 wrapped there lost a blank.
_OFFICE_END = ("課", "室", "係", "局", "所", "館", "班", "センター")
#: A kanji or katakana before a figure that starts a line: the figure was written apart from it
#: (「実施事業数 / 0事業」), unless it reads as one number (令和5, 第3, 約200).
_WORD_END = lazy_re(r"[\u4e00-\u9fff\u30a1-\u30fa]")
_NUMBER_PREFIX = set("和成第約全計各毎")


def join_cell(parts: list[str]) -> str:
    """A short cell's wrapped lines joined (a name, a list of 担当課, a value): a wrap right
    after an office's name or right before a figure stood for a blank."""
    out = ""
    for part in parts:
        if out and (
            (out.endswith(_OFFICE_END) and not part[0].isascii() and part[0] not in "）)、。")
            or (part[0].isdigit() and _WORD_END.match(out[-1]) is not None and out[-1] not in _NUMBER_PREFIX)
        ):
            out += " " + part
        else:
            out = join_wrapped(out, part) if out else part
    return out


def _is_fragment(word: str, keys: list[str]) -> bool:
    """Whether a word is a piece of one of the labels (「担当」「番号」「管理番号」)."""
    key = compact(word)
    return len(key) >= 2 and any(key in k for k in keys)


def _cut_at_labels(piece: _Piece, labels: tuple[str, ...]) -> list[_Piece]:
    """A piece cut at single blanks around a fragment of an inline label (「担当 総務課」「管理 8」)."""
    keys = [compact(label) for label in labels]
    words = piece.text.split(" ")
    if len(words) == 1:
        return [piece]
    out: list[_Piece] = []
    current: list[str] = []
    start = position = piece.start
    for word in words:
        if _is_fragment(word, keys):
            if current:
                out.append(_Piece(start, " ".join(current)))
            out.append(_Piece(position, word))
            current, start = [], position + len(word) + 1
        else:
            current.append(word)
        position += len(word) + 1
    if current:
        out.append(_Piece(start, " ".join(current)))
    return out


def _columns(starts: list[int]) -> list[int]:
    """Column starts: piece starts within the tolerance of each other are one column."""
    columns: list[int] = []
    for start in sorted(set(starts)):
        if not columns or start - columns[-1] > _TOLERANCE:
            columns.append(start)
    return columns


def _column_of(columns: list[int], start: int) -> int:
    index = 0
    for i, column in enumerate(columns):
        if column <= start + _TOLERANCE:
            index = i
    return index


def _is_label_text(text: str, labels: tuple[str, ...]) -> bool:
    """Whether ``text`` is a label or a fragment of one (a wrapped label's 「号」「課」)."""
    key = compact(text)
    return bool(key) and any(key in compact(label) for label in labels)


class _Card:
    """The rows of one card as (label, lines) and their tab-separated rendering."""

    def __init__(self, labels: Labels) -> None:
        self.labels = labels
        self.inner = labels.inline + labels.sub
        self.sub_keys = {compact(k) for k in labels.sub}

    def row(self, label: str, lines: list[_Line]) -> list[tuple[int, str]]:
        if label in self.labels.grid:
            return self.grid(label, lines)
        pieces = [(line, cut) for line in lines for p in line.pieces for cut in _cut_at_labels(p, self.inner)]
        if not any(_is_label_text(p.text, self.inner) for _, p in pieces):
            text = _join([p.text for _, p in pieces])
            return [(lines[0].number, f"{label}\t{text}")]
        columns = _columns([p.start for _, p in pieces])
        first = [p for line, p in pieces if self.column(columns, line, p) == 0]
        if all(_is_label_text(p.text, self.inner) for p in first):
            return self.sub_rows(label, lines, pieces, columns)
        return [(lines[0].number, "\t".join([label, *self.cells(pieces, columns)]))]

    def column(self, columns: list[int], line: _Line, piece: _Piece) -> int:
        """The column of ``piece``; a sub-label that opens its line is in the first, wherever the
        extraction set it (「目標値」 three positions right of 「基準値」 when both were set out over
        their cells: pdftotext rounds each line's glyphs to its own grid)."""
        if line.pieces and piece.start == line.pieces[0].start and compact(piece.text) in self.sub_keys:
            return 0
        return _column_of(columns, piece.start)

    def cells(self, pieces: list[tuple[_Line, _Piece]], columns: list[int]) -> list[str]:
        parts: list[list[str]] = [[] for _ in columns]
        for line, piece in pieces:
            parts[self.column(columns, line, piece)].append(piece.text)
        return [join_cell(p) for p in parts]

    def sub_rows(
        self, label: str, lines: list[_Line], pieces: list[tuple[_Line, _Piece]], columns: list[int]
    ) -> list[tuple[int, str]]:
        """A row whose second column holds labels of its own (評価指標 | 基準値 … / | 目標値 …):
        one row per sub-label, the first carrying the row's label."""
        keys = [compact(k) for k in self.inner]
        groups: list[list[tuple[_Line, _Piece]]] = []
        sub_label = ""
        for line, piece in pieces:
            if self.column(columns, line, piece) == 0:
                key = compact(piece.text)
                goes_on = sub_label + key
                if groups and sub_label not in keys and any(k.startswith(goes_on) for k in keys):
                    sub_label = goes_on
                else:
                    groups.append([])
                    sub_label = key
            elif not groups:
                groups.append([])
            groups[-1].append((line, piece))
        parent = next((line for line in lines if line.token is not None), None)
        groups = self.centred(groups, columns, parent)
        out = []
        for index, group in enumerate(groups):
            cells = self.cells(group, columns)
            out.append((group[0][0].number, "\t".join([label if index == 0 else "", *cells])))
        return out

    def centred(
        self, groups: list[list[tuple[_Line, _Piece]]], columns: list[int], parent: _Line | None = None
    ) -> list[list[tuple[_Line, _Piece]]]:
        """The sub-rows of a row whose cells are centred in their heights (Japanese Excel: the
        first sub-label stands below lines of its value): each sub-label stands in the middle of
        its lines, so a sub-row keeps as many lines below its label as it has above it, and the
        rest are the next sub-row's, printed above its label. The row's own label (``parent``),
        centred over two sub-rows on a line of its own between their labels, parts them there:
        a first sub-label centred beside two lines of value stands on the first of them, as a
        top-aligned one would (「基準値 … 76人／令和4」 「年度」 「評価指標」 「… 200人／令和7」 「目標値」)."""

        def label_line(group: list[tuple[_Line, _Piece]]) -> int | None:
            return next(
                (line.number for line, piece in group if self.column(columns, line, piece) == 0), None
            )

        if len(groups) == 2 and parent is not None:
            ends = label_line(groups[0]), label_line(groups[1])
            if ends[0] is not None and ends[1] is not None and ends[0] < parent.number < ends[1]:
                return self._parted(groups[0] + groups[1], (ends[0], ends[1]), parent.number)
        first = label_line(groups[0]) if groups else None
        if first is None or groups[0][0][0].number >= first:
            return groups  # top-aligned: the first sub-label opens its lines
        out = [list(groups[0])]
        for group in groups[1:]:
            previous = out[-1]
            at = label_line(previous)
            if at is None:
                out.append(list(group))
                continue
            numbers = sorted({line.number for line, _ in previous})
            up = sum(1 for n in numbers if n < at)
            keep = {n for n in numbers if n <= at} | set([n for n in numbers if n > at][:up])
            out[-1] = [(line, piece) for line, piece in previous if line.number in keep]
            out.append([(line, piece) for line, piece in previous if line.number not in keep] + list(group))
        return out

    @staticmethod
    def _parted(
        pieces: list[tuple[_Line, _Piece]], ends: tuple[int, int], at: int
    ) -> list[list[tuple[_Line, _Piece]]]:
        """Two sub-rows parted at their row's label (line ``at``, between the sub-labels' lines
        ``ends``). A value on the label's own line is the second sub-row's where that one keeps
        as many lines below its sub-label as lie between (「評価指標  …作成入力 50人／令」 over
        「目標値」 and 「和7年度」), unless the first keeps as many above its own."""
        numbers = {line.number for line, _ in pieces}
        up = sum(1 for n in numbers if n < ends[0])
        down = sum(1 for n in numbers if n > ends[1])
        second = ends[1] - at <= down and at - ends[0] > up
        return [
            [p for p in pieces if p[0].number < at or (p[0].number == at and not second)],
            [p for p in pieces if p[0].number > at or (p[0].number == at and second)],
        ]

    def grid(self, label: str, lines: list[_Line]) -> list[tuple[int, str]]:
        """A 工程表: the year header (wrapped cells joined while a year is incomplete), then one
        row per line, each label in the column of the year above it; a line that only goes on
        with labels that filled their cells is their wrapped rest."""
        if not lines or not lines[0].pieces:
            return [(lines[0].number if lines else 0, label)]
        heads = [
            _Piece(p.start + m.start(), m.group())
            for p in lines[0].pieces
            for m in re.finditer(r"\S+", p.text)
        ]
        columns = [p.start for p in heads]
        years = [p.text for p in heads]
        rest = lines[1:]
        while rest:
            words = [
                _Piece(p.start + m.start(), m.group())
                for p in rest[0].pieces
                for m in re.finditer(r"\S+", p.text)
            ]
            incomplete = any(not _YEAR_DONE.search(y) for y in years)
            if not words or not (incomplete or all(_HALF.match(w.text) for w in words)):
                break
            for word in words:
                index = min(
                    range(len(columns)), key=lambda c: abs(columns[c] - word.start)
                )  # nearest: 「令 令和7年度」 then 「和6」
                years[index] += word.text
            rest = rest[1:]
        out = [(lines[0].number, "\t".join([label, *years]))]
        right = max((p.start + _width(p.text) for line in lines for p in line.pieces), default=0)
        previous: list[str] | None = None
        previous_full: list[bool] = []
        for line in rest:
            cells = [""] * len(columns)
            for piece in self.cut_at_columns(line.pieces, columns):
                index = _column_of(columns, piece.start)
                cells[index] = f"{cells[index]} {piece.text}" if cells[index] else piece.text
            filled = [i for i, c in enumerate(cells) if c]
            if not filled:
                continue
            if previous is not None and all(previous[i] and previous_full[i] for i in filled):
                for i in filled:
                    previous[i] = join_wrapped(previous[i], cells[i])
                out[-1] = (out[-1][0], "\t".join(["", *previous]))
                previous_full = [previous_full[i] and i in filled for i in range(len(columns))]
                continue
            ends = [*columns[1:], right]
            previous_full = [
                bool(c) and columns[i] + _width(c) >= ends[i] - 2 * _TOLERANCE for i, c in enumerate(cells)
            ]
            previous = cells
            out.append((line.number, "\t".join(["", *cells])))
        return out

    @staticmethod
    def cut_at_columns(pieces: list[_Piece], columns: list[int]) -> list[_Piece]:
        """Pieces cut at a single blank standing where a column starts (two bars' labels one
        blank apart: 「市民課窓口導入 拡充検討」)."""
        out: list[_Piece] = []
        for piece in pieces:
            start, begin = piece.start, 0
            for m in re.finditer(" ", piece.text):
                at = piece.start + m.end()
                if any(abs(at - c) <= 1 for c in columns if c > piece.start + _TOLERANCE):
                    out.append(_Piece(start, piece.text[begin : m.start()]))
                    start, begin = at, m.end()
            out.append(_Piece(start, piece.text[begin:]))
        return out


def _aligned(lines: list[_Line]) -> list[_Line]:
    """A row's lines with the pieces of its later pages moved onto its first page's columns.

    pdftotext lays out each page on a grid of its own, so a row cut by a page break may go on
    some characters to the right or left (「担 当」 at 60 on one page, its 「課」 at 96 on the
    next): where no piece of the new page stands on a column of the first, the shift that
    puts most of them there. (A drift of a few characters is the column reader's tolerance's.)
    """
    if len({line.page for line in lines}) < 2:
        return lines
    first = lines[0].page
    columns = _columns([p.start for line in lines if line.page == first for p in line.pieces])
    out: list[_Line] = []
    for line in lines:
        if line.page == first or not line.pieces:
            out.append(line)
            continue
        page = [p.start for other in lines if other.page == line.page for p in other.pieces]
        if any(any(abs(start - c) <= _TOLERANCE for c in columns) for start in page):
            out.append(line)
            continue
        shifts = Counter(c - start for start in page for c in columns)
        best = max(
            shifts,
            key=lambda d: (sum(any(abs(s + d - c) <= _TOLERANCE for c in columns) for s in page), -abs(d)),
        )
        moved = [_Piece(p.start + best, p.text) for p in line.pieces]
        out.append(_Line(line.number, line.page, line.token, moved, line.raw))
    return out


def running_lines(lines: list[str]) -> set[int]:
    """Indices of a running header text.page_furniture leaves: a line of the cover (the plan's
    title) met again at least three times, as pdftotext writes it after a page's form feed
    when no page number stands next to it."""
    counts = Counter(squash(line.replace("\f", "")) for line in lines if line.strip())
    cover = [squash(line.replace("\f", "")) for line in lines[:40] if line.strip()][:5]
    return {
        i
        for i, line in enumerate(lines)
        if i > 5 and squash(line.replace("\f", "")) in cover and counts[squash(line.replace("\f", ""))] >= 3
    }


def restore_label_cards(lines: list[str], labels: Labels) -> tuple[list[str], list[int]] | None:
    """Tab-separated card rows out of column-aligned text whose card labels stand (wrapped) in
    the first column; with each output line's line number (1-based) in ``lines``. None when no
    card opens with the first of ``labels.rows``.

    A card opens at its first label and goes on while the first column spells labels; a word
    there that spells none (a heading, prose) closes it and stays a line as it was. Page
    furniture and blank lines are dropped first (text.page_furniture).
    """
    filled = [line.strip() for line in lines if line.strip()]
    if sum(1 for line in filled if _WIDE_GAP in line) < max(3, len(filled) // 10):
        return None  # not column-aligned (cells joined by blanks are cells.restore's)
    drop = page_furniture(lines) | running_lines(lines)
    pages = [0]
    for raw in lines:
        pages.append(pages[-1] + raw.count("\f"))
    kept = [
        _line(i, raw, pages[i + 1])
        for i, raw in enumerate(lines)
        if i not in drop and raw.replace("\f", "").strip()
    ]
    tokens = [(k, line.token) for k, line in enumerate(kept) if line.token]
    starts: dict[int, str] = {}
    runs: list[list[tuple[int, str]]] = []
    for k, token in tokens:
        if (
            runs and runs[-1][-1][0] >= k - 2
        ):  # a value line between two fragments (「今」 「（実施中）」 「後」)
            runs[-1].append((k, token))
        else:
            runs.append([(k, token)])
    covered: set[int] = set()
    for run in runs:
        for span in labels_in([t for _, t in run], labels.rows):
            starts[run[span.first][0]] = span.label
            covered.update(k for k, _ in run[span.first : span.end])
    opening = labels.rows[0]
    if opening not in starts.values():
        return None
    card = _Card(labels)
    out: list[str] = []
    where: list[int] = []
    current: tuple[str, list[_Line]] | None = None
    open_card = False

    def flush() -> None:
        nonlocal current
        if current is not None:
            for number, text in card.row(current[0], _aligned(current[1])):
                out.append(text)
                where.append(number + 1)
        current = None

    firsts = sorted(starts)
    apart = {  # a card's first row, or the row after a 工程表 (its height is its bars')
        kept[k].number
        for i, k in enumerate(firsts)
        if starts[k] == opening or (i and starts[firsts[i - 1]] in labels.grid)
    }
    above = _centred(lines, {kept[k].number for k in starts}, apart)
    pending: list[_Line] = []  # lines printed above the label they belong to (centred rows)
    for k, line in enumerate(kept):
        label = starts.get(k)
        if line.number in above and label is None:
            pending.append(line)
            continue
        if label == opening:
            open_card = True
        if label is not None and open_card:
            if label in labels.grid and current is not None:
                # a 工程表's label centred over its rows: the year header stands above it
                while len(current[1]) > 1 and _year_header(current[1][-1]):
                    pending.insert(0, current[1].pop())
                # and the lines above that header are the row above's (its value's last line)
                header = next((i for i, one in enumerate(pending) if _year_header(one)), 0)
                current[1].extend(pending[:header])
                del pending[:header]
            flush()
            current = (label, [*pending, line])
            pending = []
            continue
        for one in [*pending, line]:  # lines above a label that opened no row go as any line
            if open_card and current is not None and (one.token is None or k in covered):
                current[1].append(one)
            else:
                flush()
                open_card = False
                out.append(one.raw.strip())
                where.append(one.number + 1)
        pending = []
    for one in pending:
        out.append(one.raw.strip())
        where.append(one.number + 1)
    flush()
    return out, where


def _year_header(line: _Line) -> bool:
    """Whether ``line`` is a 工程表's year header and nothing else (「令和5年度(前期)  令和6年度 …」)."""
    words = [word for piece in line.pieces for word in piece.text.split(" ")]
    return line.token is None and len(words) >= 2 and all(parse_fy(word) for word in words)


def _centred(lines: list[str], firsts: set[int], apart: set[int]) -> set[int]:
    """The lines printed above the line where their row's label stands, the cells centred in the
    row's height (Japanese Excel; readers/centred.py): none starts in the label column."""

    def fits(first: int, n: int) -> bool:
        raw = lines[n].replace("\f", "")
        return len(raw) - len(raw.lstrip()) > _TOLERANCE

    return {n for run in lines_above(lines, firsts, 0, fits, apart).values() for n in run}
