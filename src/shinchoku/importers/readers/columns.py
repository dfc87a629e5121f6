"""Column-aligned text (``pdftotext -layout``) → Document.

``pdftotext -layout`` keeps a PDF table's columns by padding with spaces: cells are separated
by runs of two or more spaces at (roughly) the same display positions on consecutive lines, a
cell's text wraps onto the following lines in the same column, and ``\\f`` separates pages.
This reader finds those table blocks, gives each fragment of a line to the column it falls in
(positions counted in display width: an East Asian wide character counts 2), joins the wrapped
lines of one cell, and starts a new row where the block's key column (the first) has text.
Every other line stays a :class:`Line`. The layouts then read the canonical tab-separated
rendering (``render``) as they read the sample texts.

Page furniture (page numbers, running headers and footers) is dropped first by the rule the
text reader uses (``text.page_furniture``), so that a table cut by a page break joins up.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import cast

from ..document import Cell, Document, Line, Location, Page, Table
from ..labels import half_of, indicator_in_title, is_known, measure_of, revision_label, year_in, years_again
from ..text import (
    BRACKETED_UNITS,
    SCHEDULE_MARKS,
    department_row,
    is_chapter_heading,
    is_department,
    is_no_value,
    is_schedule_step,
    lazy_re,
    nfkc,
    page_furniture,
)
from .text import _notes

#: A sum's row under a table: 「合計」「小計」 (not 「計」 alone: a wrapped word's end).
_TOTAL = lazy_re(r"[合小総]\s*計")
#: Two or more spaces: the gap between two cells.
_GAP = lazy_re(r" {2,}")
#: A row's key cell as numbered tables write it: 「1」「1-2-3」「Ⅰ-3」「①」「(1)」「No.4」.
_KEY = lazy_re(r"[(（]?(?:[0-9０-９]|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩIVX]+[-‐－.．]|[①-⑳])")
#: A row's number alone in its cell: 「1」「12」「1-2」「No.3」「DX-1-01」 (a code's letters before a hyphen).
_NUMBER_KEY = lazy_re(r"(?:No\.?\s*|[A-Z]{1,4}[-‐－])?[0-9０-９]{1,4}(?:[-‐－.．][0-9０-９]{1,3}){0,3}")


def row_number(text: str) -> bool:
    """Whether ``text`` is a row's number alone (``_NUMBER_KEY``: 「4」「１１」「1-2」「No.3」), no year (「2025」) and no
    decimal (「1.5」): the one test of a numbered row's key for the rules that pair rows by their numbers."""
    plain = nfkc(text).strip()
    return (
        _NUMBER_KEY.fullmatch(text.strip()) is not None
        and not _DECIMAL.fullmatch(plain)
        and not (plain.isdigit() and len(plain) == 4)
    )


#: A decimal figure: 「1.5」「78.5」 (no row's number, though 「1.2」 as a code is one only beside its hyphened kin).
_DECIMAL = lazy_re(r"[0-9]+\.[0-9]+")
#: Fragments further apart than this (in display columns) are not the same column.
_TOLERANCE = 2
_ASCII_END = lazy_re(r"[A-Za-z0-9,.)%]$")
_ASCII_START = lazy_re(r"^[A-Za-z0-9(]")


def _wide(char: str) -> int:
    return 2 if unicodedata.east_asian_width(char) in "WF" else 1


@dataclass
class _Fragment:
    start: int  # display column where the text begins
    end: int  # display column just after it
    text: str
    #: (display column after, index in text) of each single inner space: where a cell may end
    #: when pdftotext left only one blank between two columns.
    spaces: tuple[tuple[int, int], ...] = ()


def fragments(line: str, grid: bool = False) -> list[_Fragment]:
    """The pieces of ``line`` separated by runs of ≥ 2 spaces, with display positions (or, with
    ``grid``, character positions: pdftotext's own grid, where a kanji takes one column)."""
    out: list[_Fragment] = []
    if line.isascii():  # the fast path: display width is the character count
        position = 0
        for part in _GAP.split(line):
            stripped = part.strip(" ")
            if stripped:
                start = line.index(stripped, position)
                out.append(_Fragment(start, start + len(stripped), stripped))
                position = start + len(stripped)
        return out
    column, index, length = 0, 0, len(line)
    while index < length:
        if line[index] == " ":
            column += 1
            index += 1
            continue
        start_index, start_column = index, column
        spaces: list[tuple[int, int]] = []
        while index < length:
            char = line[index]
            if char == " ":
                if index + 1 >= length or line[index + 1] == " ":
                    break
                if not _bound(line, index):
                    spaces.append((column + 1, index - start_index))
            column += _wide(char) if not grid and not char.isascii() else 1
            index += 1
        out.append(_Fragment(start_column, column, line[start_index:index].rstrip(" "), tuple(spaces)))
    return out


#: A figure's unit or a year's rest after a blank: 「65 手続」「令和 6 年度」「10 年度）」.
_UNIT_AFTER = lazy_re(
    r"(?:年度?|ヶ?月|" + "|".join(sorted(BRACKETED_UNITS, key=len, reverse=True)) + r")(?:$|[ ）)～~、：:])"
)


def _bound(line: str, index: int) -> bool:
    """Whether the single blank at ``index`` of ``line`` is inside one cell's words, where no cell may end: between
    a figure and its unit or an era and its year (a Writer document through pdftotext sets a blank where the font
    changes: 「1,200 件」「令和 6 年度」「RPA による」)."""
    before, after = line[index - 1 : index], line[index + 1 :]
    if before.isdigit() and before.isascii():
        return _UNIT_AFTER.match(after) is not None
    if before.isascii() and before.isalpha() and "\u3041" <= after[:1] <= "\u309f":
        return True  # 「RPA による」「ICT を活用した」: a Latin word and the particle after it
    return line[max(0, index - 2) : index] in ("令和", "平成") and after[:1].isdigit()


def looks_column_aligned(text: str) -> bool:
    """Whether ``text`` is column-aligned: many lines with inner runs of spaces, few tabs, and
    pages separated by form feeds as pdftotext writes them or a table's header row of labels
    (a 進捗管理表 saved without its form feeds, or aligned by hand). A text with neither, such as
    大野城市's sample, is read line by line as it always was."""
    lines = [line for line in text.split("\n")[:4000] if line.strip()]
    if not lines or text.count("\t") > len(lines) // 20:
        return False
    spaced = [line for line in lines if _GAP.search(line.strip())]
    # (a markdown table's rows, 「| 番号 | 取組名 |」, are the text reader's)
    headers = sum(1 for line in spaced[:400] if "|" not in line and header_like(line))
    if len(spaced) < max(3, len(lines) // 5):
        # mostly prose, but tables with a header of labels set in it more than once (a 施策's 「■成果指標」 table
        # 「取組番号    指標名    現状値（R5） …」 after its 取組, a 施策 after another): their columns are read
        return headers >= 2 and len(spaced) >= 6 and "\f" in text
    return "\f" in text or headers > 0


def _alignment(lines: list[list[_Fragment]], ends: bool = False, exact: bool = False) -> float:
    """The share of a block's cells (past the first of each line) that start where cells of
    other lines start too (±1; with ``exact``, at the very place) — with ``ends``, or end where they end (figures set
    right-aligned under their label: 「0」「－」「6.2」 of a column): how well a way of counting positions lines the
    columns up."""
    cells = [fragment for line in lines for fragment in line[1:]]
    if not cells:
        return 0.0
    starts = Counter(fragment.start for fragment in cells)
    stops = Counter(fragment.end for fragment in cells) if ends else Counter()
    need = max(2, len(lines) // 4)
    near = 0 if exact else 1

    def shared(counts: Counter[int], p: int) -> bool:
        return sum(counts[q] for q in range(p - near, p + near + 1)) >= need

    return sum(1 for f in cells if shared(starts, f.start) or (ends and shared(stops, f.end))) / len(cells)


#: How many lines of a block may come before its header row.
HEADER_LINES = 4


def header_like(line: str) -> bool:
    """A table's header row: three cells or more that are labels of the dictionary, and most of
    its cells."""
    # most cells are labels (a card's line 「担当課  総務課  指標  …」 alternates label and value)
    return _labels_line(fragments(line, grid=True))


def on_grid(lines: list[str]) -> bool:
    """Whether a block's columns line up by character count rather than display width.

    ``pdftotext -layout`` places every character on its own grid, a kanji in one column as a
    Latin letter; text aligned by hand or by another tool pads to the display width (a kanji
    counts 2). Each block is read the way its columns line up best, display width on a tie."""
    if all(line.isascii() for line in lines):
        return False
    headed = any(header_like(line) for line in lines[:HEADER_LINES])
    # a card's lines keep their reading, unless every value and every line wrapped under one starts
    # at one place on pdftotext's grid (「概要          来庁者が…」 「            き取りによって…」)
    if not headed and (_card_on_grid(lines) or _wrapped_on_grid(lines)):
        return True
    shown = [fragments(line) for line in lines]
    gridded = [fragments(line, grid=True) for line in lines]
    if not headed:
        # a table's rows under no header (its header printed on the page before, or its labels wrapped: 「基本方」 over
        # 「針」): on the grid when both its cells and its wrapped lines line up there clearly better — or when its cells
        # line up there almost all and far better than in display width, and most wrapped lines do (the wrapped labels'
        # tails, centred under them, are the few that do not: 朱鷺ノ森市's 取組一覧, 0.91 of its cells on the grid, 0.51
        # in display width, 0.83 of its wrapped lines)
        on, off = _alignment(gridded), _alignment(shown)
        if on >= _ALIGNED - 0.05 and on > off + 0.3 and _wraps_on_grid(gridded, shown, share=0.8, margin=0.15):
            return True
        return on > off + 0.1 and _wraps_on_grid(gridded, shown)
    if _exactly_on_grid(gridded, shown) or _rows_on_grid(lines):
        return True
    if _labels_over_cells(gridded) and not _labels_over_cells(shown):
        return True
    if _alignment(gridded) <= _alignment(shown) + 0.05 and not _wraps_on_grid(gridded, shown):
        return False
    # figures right-aligned under their labels line up by their ends: a block whose every cell lines up so in display
    # width, and not on the grid, is read in display width (a text aligned by hand, 「0」 and 「－」 of one column)
    return not (_alignment(shown, ends=True) >= _ALIGNED > _alignment(gridded, ends=True))


#: The share of a block's cells that line up for its columns to be read as they are aligned.
_ALIGNED = 0.95


def _exactly_on_grid(gridded: list[list[_Fragment]], shown: list[list[_Fragment]]) -> bool:
    """Whether a block's cells start at the very same places on pdftotext's grid, almost all, and far fewer do so in
    display width: a 工程表's steps after titles of wide and narrow characters (「拡充」 at 41 after 「オンライン申請の拡充」
    and after 「ＡＩ・ＲＰＡの活用」 on the grid, at 51 and 50 in display width) start in display width at places so many
    and so close together (48 to 88) that they pass for columns within a place either side."""
    on = _alignment(gridded, exact=True)
    return on >= _ALIGNED - 0.05 and on > _alignment(shown, exact=True) + 0.3


def _rows_on_grid(lines: list[str]) -> bool:
    """Whether the words of a table's rows under its header — not its figures, right-aligned, nor its labels, which Excel
    centres — start at the very same places on pdftotext's grid, almost all, and far fewer do so in display width: a
    sheet printed by Calc whose header centres every label and whose cells run into the next with a single blank
    (「1 書かない窓口の導入」「20 検討・準備」): 佐久穂町's 取組一覧 (a user's walk) lines up 0.90 of its rows' words on the grid,
    0.37 in display width, but its figures and centred labels hide that in the block's share (0.89 and 0.85)."""
    top = max((i + 1 for i, line in enumerate(lines[: HEADER_LINES + 1]) if header_like(line)), default=0)

    def words(grid: bool) -> list[list[_Fragment]]:
        return [[f for f in fragments(line, grid=grid) if not _FIGURE_CELL.match(f.text)] for line in lines[top:]]

    on = _alignment(words(True), exact=True)
    return on >= _ROWS_ALIGNED and on > _alignment(words(False), exact=True) + 0.3


#: The share of a table's words that start at the very places of others' for its rows to be read as lined up so.
_ROWS_ALIGNED = 0.85


def _wrapped_share(lines: list[list[_Fragment]]) -> float | None:
    """The share of a block's wrapped lines (a cell's text going on under its first line, the line's first cell
    indented) that start where the cells of the rows' first lines start (±1); ``None`` with fewer than three."""
    rows = [frags for frags in lines if len(frags) >= 2]
    starts = Counter(fragment.start for frags in rows for fragment in frags[1:])
    need = max(2, len(rows) // 4)
    columns = {p for p in starts if starts[p - 1] + starts[p] + starts[p + 1] >= need}
    wrapped = [frags[0].start for frags in lines if frags[0].start > _TOLERANCE]
    if len(wrapped) < 3:
        return None
    return sum(1 for at in wrapped if any(abs(at - column) <= 1 for column in columns)) / len(wrapped)


#: The most rows a KPI box has whose columns are judged by its labels over its cells (``_labels_over_cells``).
_BOX_ROWS = 3


def _labels_over_cells(lines: list[list[_Fragment]]) -> bool:
    """Whether every row under a block's header has its cells under the header's labels in order — each cell starting
    at or before its label, the next cell after it — as a browser prints a KPI box: each th centred over a column
    whose cells are written from its left edge. On pdftotext's grid the cells of a box of one or two rows
    (「指標名 | 現状値 | 目標値 | 備考」 over 「市町村へのデジタル人材派遣数（累計） | 3人（R5） | 20人（R11）」) stand so; in
    display width a long name of wide characters pushes them under the next label — too few rows for the columns'
    alignment to tell the two counts apart."""
    at = next((i for i, frags in enumerate(lines[:HEADER_LINES]) if _labels_line(frags)), None)
    if at is None:
        return False
    labels = lines[at]
    rest = [frags for frags in lines[at + 1 :] if frags]
    rows = [frags for frags in rest if len(frags) >= 2 and frags[0].start <= _TOLERANCE]
    if not rows or len(rows) != len(rest) or len(rows) > _BOX_ROWS:
        return False  # (a box of a few rows each on one line: a longer table's alignment tells the two counts apart)

    def under(row: list[_Fragment]) -> bool:
        if len(row) > len(labels):
            return False
        for k, cell in enumerate(row):
            after = row[k + 1].start if k + 1 < len(row) else None
            if cell.start > labels[k].start or (after is not None and labels[k].start >= after):
                return False
        return True

    return all(under(row) for row in rows)


def _wraps_on_grid(
    gridded: list[list[_Fragment]], shown: list[list[_Fragment]], *, share: float = 0.9, margin: float = 0.3
) -> bool:
    """Whether a table's wrapped lines go on under its columns on pdftotext's grid and not in display width: a
    long 取組内容 wrapped beside short titles (「行政手続の」 over 「化」) starts where its first line does only when a
    kanji counts one, though the rows' cells line up alike either way (``share`` of them at least on the grid,
    ``margin`` fewer in display width)."""
    on, off = _wrapped_share(gridded), _wrapped_share(shown)
    return on is not None and off is not None and on >= share and off <= on - margin


def _card_on_grid(lines: list[str]) -> bool:
    """Whether a card's label–value lines (a label at the left edge, its value; the value's wrapped lines
    indented under it) have every value start at one character count, where their display widths differ.

    The labels may stand a character or two in (centred in their cell: 「 概要」 beside 「取組番号」), one alone on its
    line (centred in the height of its value's lines: 「ＫＰＩ」 between an indicator's three lines and the next's),
    and the card's 「項目 | 内容」 printed again over the next card; a value's second line may be set one in (「 現状値：…」
    under 「①…」)."""
    grid = [frags for frags in (fragments(line, grid=True) for line in lines) if frags]
    # (a section's heading between two cards, 「施策2-2 情報基盤の整備」, aside)
    grid = [frags for frags in grid if not (len(frags) == 1 and _TITLED_HEADING.match(frags[0].text))]
    if not grid:
        return False
    left = min(frags[0].start for frags in grid)

    def at_edge(frags: list[_Fragment]) -> bool:
        return frags[0].start <= left + _TOLERANCE

    fields = [frags for frags in grid if len(frags) == 2 and at_edge(frags) and is_known(frags[0].text)]
    if len(fields) < 3:
        return False
    values = [frags for frags in fields if not is_known(frags[1].text)]  # (「項目 | 内容」 is labels only)
    for frags in grid:
        if frags in fields:
            continue
        if len(frags) != 1 or (at_edge(frags) and not is_known(frags[0].text)):
            return False  # a line of three cells, or text at the left edge: no card's label | value
    starts = [frags[1].start for frags in values] + [frags[0].start for frags in grid if not at_edge(frags)]
    if not starts:
        return False
    # (a wrapped line pdftotext set further in, 「、住民課」 under 「総務課（情報係）」, aside)
    mode = Counter(starts).most_common(1)[0][0]
    shown = {frags[1].start for frags in (fragments(line) for line in lines) if len(frags) == 2}
    return sum(1 for at in starts if abs(at - mode) <= 1) >= len(starts) * 0.9 and len(shown) > 1


def _wrapped_on_grid(lines: list[str]) -> bool:
    """Whether a card of fields side by side (「担当課  福祉課  関係課  企画課、社会教育」 over its wrapped 「課」) has every
    wrapped line start where a field's cell starts on pdftotext's grid, and not so in display width."""

    def share(grid: bool) -> float | None:
        rows = [fragments(line, grid=grid) for line in lines]
        fields = [
            frags for frags in rows if len(frags) >= 2 and frags[0].start == 0 and is_known(frags[0].text)
        ]
        wrapped = [frags[0].start for frags in rows if len(frags) == 1 and frags[0].start > _TOLERANCE]
        if len(fields) < 3 or not wrapped:
            return None
        starts = {fragment.start for frags in fields for fragment in frags[1:]}
        return sum(1 for at in wrapped if any(abs(at - start) <= 1 for start in starts)) / len(wrapped)

    gridded, shown = share(True), share(False)
    return gridded == 1 and shown is not None and shown < 1


#: A unit inside a department, written after it in one name: 「総務課 / 情報推進係」 is one.
_UNDER = ("係", "班", "担当", "グループ")


def _join(left: str, right: str) -> str:
    """A cell's wrapped lines joined back: Japanese without a blank, Latin words with one, two
    department names (「総務課」 over 「各課」 in a 担当課 cell, not 「総務課」 over its 「情報推進係」)
    with one."""
    if not left:
        return right
    if is_department(left.split(" ")[-1]) and is_department(right) and not right.endswith(_UNDER):
        from ..labels import SURFACE

        if not any(label.startswith(right) for label in SURFACE):  # 「担当部 / 署」: a header label
            return f"{left} {right}"
    if _ASCII_END.search(left) and _ASCII_START.match(right):
        return f"{left} {right}"
    return left + right


def _columns(lines: list[list[_Fragment]]) -> list[int]:
    """The start positions of a block's columns: the fragment starts most lines share.

    Starts are counted with their neighbours (±1: pdftotext's positions drift by one) and taken
    greedily, the most shared first, none within the tolerance of one already taken; a start few
    lines share (a gap inside a cell's text) is no column.
    """
    counts = Counter(fragment.start for line in lines for fragment in line)
    columns = sorted(_shared_starts(counts, max(2 if len(lines) > 2 else 1, len(lines) // 25), _TOLERANCE))
    first = min(counts)
    if not columns or columns[0] - _TOLERANCE > first:
        columns.insert(0, first)
    return columns


def _shared_starts(counts: Counter[int], need: int, apart: int) -> list[int]:
    """The starts ``need`` lines or more share, each counted with its neighbours (±1: pdftotext's positions drift by
    one), taken greedily, the most shared first, none within ``apart`` of one already taken (in that order)."""
    smooth = {p: counts[p - 1] + counts[p] + counts[p + 1] for p in counts}
    taken: list[int] = []
    for position in sorted(smooth, key=lambda p: (-smooth[p], p)):
        if smooth[position] < need:
            break
        if all(abs(position - t) > apart for t in taken):
            taken.append(position)
    return taken


def _column_of(columns: list[int], start: int) -> int:
    index = 0
    for i, column in enumerate(columns):
        if column <= start + _TOLERANCE:
            index = i
        else:
            break
    return index


def _split(frags: list[_Fragment], columns: list[int]) -> list[_Fragment]:
    """Fragments cut where a single blank stands at a column's start: two cells pdftotext
    printed one blank apart (「動画を活用し 手話言語を…」)."""
    out: list[_Fragment] = []
    for fragment in frags:
        cuts = []
        snaps: dict[int, int] = {}  # a 課's name cut off short of its column: where that column starts
        # the columns another piece of the line starts in: a 課 is cut off for a column no other piece fills (not
        # 「…包括支援型 相談室」 beside 「子育て支援課」, which is the 担当課 column's already)
        filled = {_column_of(columns, other.start) for other in frags if other is not fragment}
        for column, index in fragment.spaces:
            named = _names_unit(fragment, index)
            near = [s for s in columns if s > fragment.start and abs(column - s) <= (_NAME_SLACK if named else 1)]
            if named and any(_column_of(columns, s) in filled for s in near):
                named = False
                near = [s for s in near if abs(column - s) <= 1]
            if near:
                cuts.append((column, index))
                if named:
                    snaps[column] = min(near, key=lambda s: abs(column - s))
        # (「窓口のキャッシュ 会計室」, the 課 set left of the 担当課 column by the title that filled its cell: placed by its
        # start it went back into the title's column, 「窓口のキャッシュ 会計室レス化」)
        out.extend(
            _Fragment(max(piece.start, snaps[piece.start]), piece.end, piece.text, piece.spaces)
            if piece.start in snaps and snaps[piece.start] <= piece.end
            else piece
            for piece in _cut(fragment, cuts)
        )
    return out


def _cut(fragment: _Fragment, cuts: list[tuple[int, int]]) -> list[_Fragment]:
    """A fragment cut at some of its single blanks (``cuts``: (display column after, index in text), in order): one
    fragment a piece, the last keeping the blanks after the last cut (where it may be cut again)."""
    if not cuts:
        return [fragment]
    out: list[_Fragment] = []
    start, begin = fragment.start, 0
    for column, index in cuts:
        out.append(_Fragment(start, column - 1, fragment.text[begin:index]))
        start, begin = column, index + 1
    rest = tuple((c, i - begin) for c, i in fragment.spaces if i > begin)
    out.append(_Fragment(start, fragment.end, fragment.text[begin:], rest))
    return out


_YEAR = lazy_re(r"(?:令和|平成|R|H)\s*[0-9０-９元]{1,2}\s*(?:年度?)?$|20[0-9]{2}\s*年度?")

#: How far before or after a column's start a 課's name one blank after a wrapped title may stand (a title that
#: filled its cell pushes the 課 beside it right, 「窓口のキャッシュ 会計室」).
_NAME_SLACK = 4


def _names_unit(fragment: _Fragment, index: int) -> bool:
    """Whether the word after the blank at ``index`` is a 課's name (「会計室」 of 「窓口のキャッシュ 会計室」), the
    words before it none: a 担当課 cell beside a title that filled its own — or beside a target (「20業務
    情報政策課（各業務所」: the 課 before the bracket of its 関係課, wrapped)."""
    after = _OPEN_BRACKET.split(fragment.text[index + 1 :].split(" ")[0], maxsplit=1)[0]
    before = fragment.text[:index].split(" ")[-1]
    return is_department(after) and after.endswith(("課", "室", "局", "部")) and not is_department(before)


#: Where a 課's 関係課 begin in brackets after it (「情報政策課（各業務所管課）」).
_OPEN_BRACKET = lazy_re(r"[(（]")

#: A label's bracketed end: 「(2025)」 of 「令和７年度(2025)」.
_BRACKETED_END = lazy_re(r"\s*[(（][^()（）]*[)）]$")


def _years(cells: list[str]) -> int:
    """How many cells of a line are a year label."""
    return sum(1 for text in cells if text and _YEAR.match(text))


def _same_word(key: str, first: str) -> bool:
    """Whether a key cell begins as the block's first (header) row does: the header repeated."""
    return bool(first) and key.split()[0] == first.split()[0]


def _assemble(
    block: list[tuple[int, list[_Fragment]]],
    columns: list[int],
    right: bool = False,
    shapes: list[tuple[int, ...]] | None = None,
    kinds: list[bool | None] | None = None,
    centred_cards: bool = False,
    titled: bool = False,
    joined: frozenset[int] = frozenset(),
) -> tuple[list[list[str]], list[int], Counter[int], list[tuple[int, ...]]]:
    """Rows of cells (wrapped lines joined), the line each row starts on, the columns the
    row-starting lines write in, and which columns each row's first line fills.

    With ``shapes`` (the columns the table's rows commonly fill) and ``kinds`` (whether each
    column holds figures), a row whose first line pdftotext laid out off the table's columns is
    read word by word into them (``_by_order``), and its wrapped lines by the starts of its own
    words. ``centred_cards``: the document's cards have their labels centred in their height (``centred_labels``);
    ``titled``: the rows' first cells hold a key and its words (``_keyed_titles``); ``joined``: lines gone up into the
    line above (``_measures_centred``), no blank lines."""
    keyed = [frags[0].text for _, frags in block if _column_of(columns, _anchor(frags[0], right)) == 0]
    keys = sum(1 for text in keyed if _KEY.match(text))
    numbered = keys >= max(2, len(keyed) // 2)
    # 「１ 県民サービスの向上」 merged down over its rows beside a column of more codes (基本目標 | No.): the first column's
    # number a heading's, the codes one column in start the rows (朝凪県's 体系図: 1-1, 1-2, 1-3 beside its first 基本目標)
    coded = _number_column(block, columns, right, titled=True) if numbered else None
    if coded is not None and _numbers_in(block, columns, right, coded) <= keys:
        coded = None
    centred: set[int] = set()
    if numbered:
        block, centred = _centred(block, columns, right, joined=joined)
    else:
        at = _number_column(block, columns, right)
        if at is not None:  # the numbers one column in (施策 | No.): their rows' cells centred as well
            block, centred = _centred(block, columns, right, at, joined)
        else:
            block = _labels_lifted(block, columns, right, centred_cards) or block
    # a first column merged down its rows (施策) beside a column of numbers (No.): the numbers
    # start the rows, and the first column's wrapped lines (「のデジタル」 beside a title's 「充」)
    # go on the row above
    # …or several such columns (基本目標 | 施策 | 取組番号): the first column after them whose cells are numbers
    placed = [_place(frags, columns, right) for _, frags in block]
    key_at = 1
    for k in range(1, min(4, len(columns))):
        values = [cells[k] for cells in placed if len(cells) > k and cells[k]]
        if len(values) >= 3 and sum(1 for text in values if _NUMBER_KEY.fullmatch(text)) * 3 >= len(values) * 2:
            key_at = k
            break
    seconds = [cells[key_at] for cells in placed if len(cells) > key_at and cells[key_at]]
    numbered_second = (
        not numbered
        and len(seconds) >= 3
        and sum(1 for text in seconds if _NUMBER_KEY.fullmatch(text)) * 3 >= len(seconds) * 2
    )
    rows: list[list[str]] = []
    lines: list[int] = []
    used: Counter[int] = Counter()
    firsts: list[tuple[int, ...]] = []
    own: list[tuple[int, int]] | None = None  # the row's own (start, column) where it has them
    after_span = False
    for at, (number, frags) in enumerate(block):
        cells = _place(frags, columns, right)
        _glued_figure(cells)
        if len(frags) == 2 and _HEADING.match(frags[0].text) and not _KEY.match(frags[1].text):
            # 「基本目標1　暮らしのDX」 with a full-width blank the print left as a gap
            frags = [_Fragment(frags[0].start, frags[1].end, f"{frags[0].text} {frags[1].text}")]
        spans = (
            len(frags) == 1
            and len(columns) > 1
            and _column_of(columns, frags[0].start) == 0
            # (a line of one bracketed 課, 「【会計室】」 over its 取組, is a row across however short, never a wrapped
            # line of the row above: 「7【会計室】」 had been 7's number; 「【重点】」 under a title is that title's mark)
            and (frags[0].end > columns[1] + _TOLERANCE or bool(department_row(frags[0].text)))
        )
        if not spans and (
            frags[0].text.startswith("凡例")
            or len(_LEGEND_ENTRY.findall(" " + " ".join(f.text for f in frags))) >= 2
        ):
            # 「評価 ◎：達成率100%以上 ○：80%以上 …」 under the table: the legend of its marks, a
            # line of its own (a note, left out), not the last row's wrapped text
            frags = [_Fragment(frags[0].start, frags[-1].end, " ".join(f.text for f in frags))]
            spans = True
        if spans:  # one text across the table: one cell, not cut at the column starts it crosses
            cells = [frags[0].text] + [""] * (len(columns) - 1)
        key = cells[0]
        if rows and key and not any(cells[1:]) and len(key) <= 4 and not _KEY.match(key):
            key = ""  # a wrapped label's tail (「取組番」「号」): the key cell goes on
        # a repeated header row (a new page's) starts a row too: its key is the first row's
        starts_row = (
            not rows
            or spans
            or after_span
            or (
                bool(key)
                and (
                    not numbered
                    or _KEY.match(key) is not None
                    or _same_word(key, rows[0][0])
                    or _HEADING.match(key.split()[0]) is not None  # 「基本目標２ …」 heading its rows: a row
                )
            )
        )
        if numbered_second and rows and not spans and not after_span:
            starts_row = (bool(cells[key_at]) and _NUMBER_KEY.fullmatch(cells[key_at]) is not None) or (
                bool(key) and _same_word(key, rows[0][0])  # the header printed again
            )
        if (
            not starts_row
            and coded is not None
            and not key
            and _code_cell(cells[coded])
            and _code_cell(rows[-1][coded])
        ):
            starts_row = True  # a second code under a row's own (「1-2」 under 「1-1」): its own row, the first column merged
        if not starts_row and numbered and not _KEY.match(rows[-1][0]) and _years(cells) >= 2:
            starts_row = True  # a header's row of years (令和3年度末 令和4年度末 …) under its label
        if not starts_row and not numbered and not key and _years(cells) >= 3 and _years(cells) == sum(map(bool, cells)):
            # a card's 工程 header of bare years (「R6  R7  R8  R9」, its label cell empty) under its 成果指標 row: a row
            # of its own, not the indicator's wrapped line (the name took 「R6」, the baseline 「R8」)
            starts_row = True
        if not starts_row and any(_TOTAL.fullmatch(text) for text in cells[:3] if text):
            starts_row = True  # 「合計」 under the last row, with the sums: a row (left out later)
        below = _place(block[at + 1][1], columns, right) if not starts_row and at + 1 < len(block) else None
        if not starts_row and len(rows) == 1 and _second_header(rows[0], cells, below):
            starts_row = True  # 「目標 | 実績」 under 「令和6年度」: a header row of its own
        if not starts_row and not key and indicator_in_title(frags[0].text) is not None:
            starts_row = True  # 「指標：電子申請件数」 under its initiative's row: the indicator's row
        if not starts_row and not key and _measure_below(rows[-1], cells):
            starts_row = (
                True  # 「実績  64」 under 「目標  60  90 …」 in a 区分 column: the next measure's row
            )
        if not starts_row and _kind_below(rows[-1], cells):
            # 「指標」 under 「取組」 in a 区分 column: the initiative's indicator, a row of its own (beside a
            # letter of the 分野 set vertically down the rows, 「し」 of 「くらしの利便性」)
            starts_row = True
        if not starts_row and not key and _under_labels(rows[-1], cells):
            # a table's first figures under its header row of labels: a row, no label's tail
            starts_row = True
        if not starts_row and not key and _values_below(rows[-1], cells) >= 2:
            starts_row = True  # a second indicator's figures under the first: its own row
            _tails_up(rows[-1], cells)
        elif not starts_row and numbered and _values_below(rows[-1], cells) >= 3:
            # 「ル化   8  観光情報の…  42,000件  80,000件」: the key column's wrapped tail beside
            # the next row's number and figures (the key cell merged down over both rows)
            rows[-1][0] = _join(rows[-1][0], key)
            cells[0] = ""
            starts_row = True
        after_span = spans  # a row across the table (「基本目標1 …」): the next line starts a row
        if starts_row:
            above = own
            own = (
                _by_order(frags, columns, right, cells, shapes, kinds or [], titled)
                if shapes and not spans and rows
                else None
            )
            if own is not None:
                cells = [""] * len(columns)
                for word, index in zip(_row_words(frags, columns, titled), (index for _, index in own), strict=True):
                    cells[index] = word.text
            elif above is not None and not spans and _under_own(frags, above):
                # a row under one read by order, its words where that row's stand (a second indicator's 「目標」
                # figures and its 「電子決裁率  ％  35.0」 under the first's): its cells are those words' columns
                own = above
                cells = _place_own(frags, own, len(columns))
            rows.append(cells)
            lines.append(number)
            firsts.append(tuple(index for index, text in enumerate(cells) if text))
            used.update(index for index, text in enumerate(cells) if text)
        else:
            if own is not None:
                cells = _place_own(frags, own, len(columns))
            if number in centred:  # the top of a centred cell: its column is a row's, as a first line's
                used.update(index for index, text in enumerate(cells) if text)
            rows[-1] = [_join(old, new) for old, new in zip(rows[-1], cells, strict=True)]
    if coded is not None:
        _section_numbers_dropped(rows, coded)
    return rows, lines, used, firsts


def _section_numbers_dropped(rows: list[list[str]], coded: int) -> None:
    """In a table whose first column numbers a 施策 merged down over its 取組 and whose titles open with the 取組's
    codes (「1 | 1-1 電子申請の拡充」, 「  | 2-2 窓口の案内」 under 「2 | 2-1 会議の効率化」), the first column's number is the
    施策's, each code's first part: it is cleared so that each row is known by its own code (「1-1」, not 「1」). Only
    where some coded title has no number beside it (the first column merged down) and every number is its code's first
    part; a column numbering every row keeps its numbers."""
    titled = [row for row in rows[1:] if _CODED_TITLE.match(row[coded])]
    beside = [row for row in titled if row[0]]
    if not beside or len(beside) == len(titled):
        return
    for row in beside:
        first = re.split(r"[-‐－]", unicodedata.normalize("NFKC", row[coded]), maxsplit=1)[0]
        if unicodedata.normalize("NFKC", row[0]) != first:
            return
    for row in beside:
        row[0] = ""


def _numbers_in(block: list[tuple[int, list[_Fragment]]], columns: list[int], right: bool, at: int) -> int:
    """How many of a block's lines have a row's code alone in column ``at``, a number under a number (「1-2」: not a
    figure of a column of figures, 「900」「6.5」)."""
    placed = [_place(frags, columns, right) for _, frags in block]
    return sum(1 for cells in placed if len(cells) > at and _code_cell(cells[at]))


def _code_cell(text: str) -> bool:
    """Whether a cell is a row's hyphened code (「1-2」), alone or opening its title one blank before it (「1-1-1 電子申請の
    拡充」: a Word 体系図's 取組 cell, code and title in one) — never a figure (「900」「6.5」), which has no hyphen."""
    return (
        bool(_NUMBER_KEY.fullmatch(text) and _CODE_PARTS.search(text)) or _CODED_TITLE.match(text) is not None
    )


#: A hyphened code, one blank, then its title: 「1-1-1 電子申請の拡充」「2-1 業務の効率化」 — not a span of months or
#: days and its step (「4-6 月 準備」「10-3 月 導入」: a unit or date word after the blank), nor a span and a step alone
#: (「7-1 開始」: a code's title is more than a two-kanji step; `_number_column` wants two in three cells so).
_CODED_TITLE = lazy_re(
    r"[0-9０-９]{1,2}(?:[-‐－][0-9０-９]{1,3}){1,3} +"
    r"(?!(?:月|日|年|週|回|時|分|秒|期|ヶ|か|カ|箇|件|人|円|％|%|～|~)|[^\s]{1,2}$)[^\s0-9０-９]"
)


#: The hyphen between a code's parts: 「1-2」「1－2」.
_CODE_PARTS = lazy_re(r"[0-9０-９][-‐－][0-9０-９]")


def _number_column(
    block: list[tuple[int, list[_Fragment]]], columns: list[int], right: bool, titled: bool = False
) -> int | None:
    """The column of row numbers after a first column merged down its rows (施策 | No.), or None; ``titled``: a column
    of codes each opening its title (``_code_cell``: 基本目標 | 施策 | 「1-1-1 電子申請の拡充」) counts too, a title's
    wrapped tail alone on its line (「化」) no cell of it."""
    placed = [_place(frags, columns, right) for _, frags in block]
    for k in range(1, min(4, len(columns))):
        values = [
            cells[k]
            for cells in placed
            if len(cells) > k and cells[k] and not (titled and sum(map(bool, cells)) == 1)
        ]
        numbers = sum(1 for text in values if _NUMBER_KEY.fullmatch(text) or (titled and _code_cell(text)))
        if len(values) >= 3 and numbers * 3 >= len(values) * 2:
            return k
    return None


def _centred(
    block: list[tuple[int, list[_Fragment]]],
    columns: list[int],
    right: bool,
    key: int = 0,
    joined: frozenset[int] = frozenset(),
) -> tuple[list[tuple[int, list[_Fragment]]], set[int]]:
    """The lines of a numbered table with each row's wrapped cells centred on its line (Japanese
    Excel's default), in the order of the rows: a cell of two lines in a row of one is printed
    one line above the row's number and one below (「DX推進課」 / 「1  行政手続の…」 / 「市民課」), and
    the line above would go on the row before. A line above a row's first line goes after it
    when it writes only in columns that line leaves empty and the line below it writes in too
    (as many lines above as below at most); a top-aligned table never leaves such a column empty
    on a row's first line, so its lines keep their order. The header row is such a row too (「担当 /
    No.  取組名 … / 課」: its labels of two lines centred on the line of its one-line labels). Also
    the numbers of the lines moved."""
    cells = [_place(frags, columns, right) for _, frags in block]
    filled = [{i for i, text in enumerate(row) if text} for row in cells]
    keys = [i for i, row in enumerate(cells) if row[key] and _KEY.match(row[key])]
    head = next((i for i, row in enumerate(cells) if row[key]), None)
    if head is not None and head not in keys and is_known(cells[head][key]):
        keys = sorted([head, *keys])  # the header row's labels are centred as a row's cells are
    if len(keys) < 2:
        return block, set()
    lifted = _keys_lifted(block, [k for k in keys if k != head], columns, key, joined)  # (rows: the header is no row)
    if lifted is not None:
        return lifted, set()
    moved: dict[int, list[int]] = {}
    taken: set[int] = set()
    for through in (False, True):
        # (a second pass where the first moved lines, the table's rows centred: a cell of names three lines or more,
        # centred on the row's line, writes over, on and under it in one column — 「総務課」 / 「５ … 議会事」 / 「務局」)
        if through and not moved:
            return block, set()
        moved, taken = {}, set()
        for n, k in enumerate(keys):
            end = keys[n + 1] if n + 1 < len(keys) else len(block)
            below = set().union(*filled[k + 1 : end]) if k + 1 < end else set()
            # the lines under the row before as many as it took from above it are its own (a cell centred on its
            # row's middle line: as many of its lines above the row's first line as below), not this row's to take
            start = keys[n - 1] + 1 + len(moved.get(keys[n - 1], ())) if n else 0
            ups: list[int] = []
            j = k - 1
            while j >= start and j not in taken and len(ups) < end - k - 1:
                shared = filled[j] & filled[k]
                centred = through and shared <= below and _whole_names(cells[j], shared)
                if (
                    not filled[j]
                    or (k != head and shared and not centred)
                    or not _written_below(filled[j], below, _KEY.match(cells[j][min(filled[j])]) is not None)
                ):
                    break  # (a header's column starts are rough: its labels may share one with the row's)
                ups.append(j)
                j -= 1
            if ups:
                moved[k] = sorted(ups)
                taken.update(ups)
    out: list[tuple[int, list[_Fragment]]] = []
    for i, line in enumerate(block):
        if i in taken:
            continue
        out.extend(_cell_tops_down([block[j] for j in moved.get(i, ())], line, columns, right))
    return out, {block[j][0] for j in taken}


def _whole_names(cells: list[str], shared: set[int]) -> bool:
    """Whether a line's cells in ``shared`` columns are each a 課's whole name (「総務課」 over 「議会事」 / 「務局」): the top
    of a cell of names centred on a row, not the wrapped tail of a title or of another row's cell."""
    return all(_whole_name(cells[c]) for c in shared)


def _whole_name(text: str) -> bool:
    """Whether ``text`` is a department's name to its end (「総務課」, not 「議会事」 of 「議会事 / 務局」)."""
    return is_department(text) and text.endswith(("課", "室", "局", "部"))


def _cell_tops_down(
    ups: list[tuple[int, list[_Fragment]]], line: tuple[int, list[_Fragment]], columns: list[int], right: bool
) -> list[tuple[int, list[_Fragment]]]:
    """A row's first ``line`` and the lines over it it takes (``_centred``), the row's line first; a column both write
    in is read top to bottom as printed, on the row's line: 「総務課」 over 「議会事」 is 「総務課 議会事」 (a name whole on
    its line, a blank after it), so that 「務局」 under them makes 「総務課 議会事務局」 — not 「議会事総務課」."""
    if not ups:
        return [line]

    def column(fragment: _Fragment) -> int:
        return _column_of(columns, _anchor(fragment, right))

    shared = {column(f) for f in line[1]} & {column(f) for _, frags in ups for f in frags}
    if not shared:
        return [line, *ups]
    top = [(number, [f for f in frags if column(f) not in shared]) for number, frags in ups]
    own = [f for f in line[1] if column(f) not in shared]
    for c in sorted(shared):
        pieces = [f for _, frags in [*ups, line] for f in frags if column(f) == c]
        text = pieces[0].text
        for before, piece in itertools.pairwise(pieces):
            text += (" " if _whole_name(before.text) else "") + piece.text
        own.append(_Fragment(min(f.start for f in pieces), max(f.end for f in pieces), text))
    return [(line[0], sorted(own, key=lambda f: f.start)), *((n, frags) for n, frags in top if frags)]


def _written_below(line: set[int], below: set[int], numbered: bool) -> bool:
    """Whether a line over a row's first line writes in the columns the row's lines below it write in: all of them, or
    — a line opened by no row's number — two at least from its first on (a 目標 line of figures to R9 over the row's 実績
    line, its R8 and R9 not yet filled in; an indicator's line whose 基準値 falls a column apart from the next's). A row
    of its own number (「2 証明書のコンビニ交付 …」 over a 基本方針's 「１」 centred on its rows) writes in none but its own."""
    return line <= below or (not numbered and min(line) in below and len(line & below) >= 2)


def _labels_lifted(
    block: list[tuple[int, list[_Fragment]]], columns: list[int], right: bool, centred: bool = False
) -> list[tuple[int, list[_Fragment]]] | None:
    """A card of label | value whose labels stand in the middle of their values' lines (a word processor's or Excel's
    cell centred in its height), each label moved up to its value's first line; None for a card that is not so.

    「ＫＰＩ」 alone on its line between 「①書かない窓口の対応手続数 / 現状値：… / 目標値：…」 and 「②窓口の平均所要時間 / …」,
    「概要」 between the two lines of its text, 「スケジュール  R8：試行」 between 「R7：検討」 and 「R9～：本格実施」: read
    top-aligned, the lines above a label would go on the label before (担当課 「住民課①書かない窓口の…」). A label alone
    between lines of values is what tells such a card (a top-aligned card's label starts its value's first line), in
    the block or elsewhere in the document (``centred``: a card without one, 「ＫＰＩ」 beside the middle of three lines).
    The lines between two labels are parted so that each label has as many lines above it as below (one more on
    either side where its cell has an even number: pdftotext sets the label on the line above or below the middle,
    the upper on a tie), a label alone at least one each side, and no cell's lines a blank line apart — the parting
    closest to that."""
    if len(columns) < 2 or len(block) < 3:
        return None
    placed = [_place(frags, columns, right) for _, frags in block]
    # a section's heading between two cards (「施策2-2 情報基盤の整備」) parts the block: each part read on its own
    headings = [i for i, (_, frags) in enumerate(block) if len(frags) == 1 and _TITLED_HEADING.match(frags[0].text)]
    labels = [i for i, cells in enumerate(placed) if cells[0] and i not in headings]
    if not labels or any(not is_known(placed[i][0]) for i in labels):
        return None
    alone = {i for i in labels if not any(placed[i][1:])}
    values = set(range(len(block))) - set(labels) - set(headings)
    if not centred and not any(i - 1 in values and i + 1 in values for i in alone):
        return None
    if headings:
        out: list[tuple[int, list[_Fragment]]] = []
        for start, end in itertools.pairwise([-1, *headings, len(block)]):
            part = block[start + 1 : end]
            lifted = _lifted_part(part, columns, right) if part else part
            if lifted is None:
                return None
            out += lifted + block[end : end + 1]
        return out
    return _lifted_part(block, columns, right)


def _lifted_part(
    block: list[tuple[int, list[_Fragment]]], columns: list[int], right: bool
) -> list[tuple[int, list[_Fragment]]] | None:
    """``_labels_lifted`` of a card's lines between two headings: None where no parting fits them."""
    placed = [_place(frags, columns, right) for _, frags in block]
    labels = [i for i, cells in enumerate(placed) if cells[0]]
    if not labels:
        return block
    alone = {i for i in labels if not any(placed[i][1:])}

    def apart(first: int, last: int) -> bool:  # a blank line between block lines first … last
        return any(block[j + 1][0] - block[j][0] > 1 for j in range(first, last))

    # for each count of lines above the label reached: (the partings' cost, the counts of lines below the labels)
    reached: dict[int, tuple[tuple[int, int], list[int]]] = {labels[0]: ((0, 0), [])}
    for n, i in enumerate(labels):
        gap = (labels[n + 1] if n + 1 < len(labels) else len(block)) - i - 1
        last = n + 1 == len(labels)
        after: dict[int, tuple[tuple[int, int], list[int]]] = {}
        for above, (cost, belows) in reached.items():
            if above and apart(i - above, i):
                continue
            for below in [gap] if last else range(gap + 1):
                if not last and (abs(above - below) > 1 or (below and apart(i, i + below))):
                    continue
                if i in alone and (above == 0 or below == 0):
                    continue
                # (a tie goes to the label set on the upper of its two middle lines, as pdftotext sets 「担当課」 of
                # 「総務課（情報係）」 over 「、住民課」)
                step = ((cost[0] + abs(above - below), cost[1] + (above > below)), [*belows, below])
                if gap - below not in after or step[0] < after[gap - below][0]:
                    after[gap - below] = step
        reached = after
        if not reached:
            return None
    _, belows = reached[0]
    out = [list(frags) for _, frags in block]
    top = 0
    for i, below in zip(labels, belows, strict=True):
        if top < i:  # its lines above: the label goes up to the first
            label = [f for f in out[i] if _column_of(columns, _anchor(f, right)) == 0]
            out[top] = [*label, *out[top]]
            out[i] = [f for f in out[i] if f not in label]
        top = i + below + 1
    return [(number, frags) for (number, _), frags in zip(block, out, strict=True) if frags]


def _keys_lifted(
    block: list[tuple[int, list[_Fragment]]],
    keys: list[int],
    columns: list[int],
    key: int,
    joined: frozenset[int] = frozenset(),
) -> list[tuple[int, list[_Fragment]]] | None:
    """For ``_centred``: where every row stands apart from the next by an empty line (a spreadsheet's rows grown to
    their wrapped text), each run of lines between empty ones that holds one row's number is that row, whatever
    its lines above the number write (an indicator's line over 「3  窓口のデジタル化  進課」, the row's No. and 取組名
    centred on its two indicators): the number goes up to the run's first line, so that the row starts there and
    its cells read top to bottom (「市民課・デジタル推」 then 「進課」). None when the rows are not so set apart. A line
    ``_measures_centred`` joined up (``joined``) leaves no empty line: its row is made, not lifted again (the next
    row's number would go up into the 実績 line above it, taking its 実績)."""
    runs: list[list[int]] = [[]]
    for i, (number, frags) in enumerate(block):
        if i and not set(range(block[i - 1][0] + 1, number)) <= joined:
            runs.append([])
        # a section's heading across the table (「基本目標１ 便利で手続しやすいまち」) over a run is a run of its own
        heading = i not in keys and len(frags) == 1 and _TITLED_HEADING.match(frags[0].text) is not None
        if heading and runs[-1]:
            runs.append([])
        runs[-1].append(i)
        if heading:
            runs.append([])
    runs = [run for run in runs if run]
    keyed = [[i for i in run if i in keys] for run in runs]
    if len(runs) < 3 or any(len(found) > 1 for found in keyed) or sum(1 for found in keyed if found) < len(keys):
        return None
    runs = _centred_runs(runs, keyed)
    keyed = [[i for i in run if i in keys] for run in runs]
    out = list(block)
    lifted = False
    for run, found in zip(runs, keyed, strict=True):
        if not found or run[0] == found[0]:
            continue
        above = [f for i in run[: run.index(found[0])] for f in block[i][1]]
        if any(_column_of(columns, f.start) <= key + 1 for f in above):
            continue  # a section's heading over the row (「基本方針２　行政運営の効率化」), not the row's own line
        if any(_numbered_row(block[i][1]) for i in run[: run.index(found[0])]):
            continue  # rows of their own numbers over a 施策's number set on its first row's line (no row centred)
        number, frags = block[found[0]]
        # the number, and the row's cells no line above writes in (「電子申請の拡充 | デジタル推進課」 beside a 「目標」 line
        # of figures over the row's number: the row's whole first line): the rows' columns stay their first lines'
        taken = {_column_of(columns, f.start) for f in above}
        up = [f for f in frags if _column_of(columns, f.start) == key or _column_of(columns, f.start) not in taken]
        first_number, first = block[run[0]]
        # the lines under the first that write only where it does not, up to the row's number, are one line with it (2-3's
        # two indicators over and under its number: the first's 「目標」 figures over its name, 「庁内の印刷枚数 万枚 480」,
        # are the first line of its row, as a one-indicator row's are)
        filled = {_column_of(columns, f.start) for f in first}
        for j in run[1 : run.index(found[0])]:
            writes = {_column_of(columns, f.start) for f in out[j][1]}
            if writes & filled:
                break
            first, filled = [*first, *out[j][1]], filled | writes
            out[j] = (out[j][0], [])
        out[run[0]] = (first_number, sorted([*first, *up], key=lambda f: f.start))
        out[found[0]] = (number, [f for f in frags if f not in up])
        lifted = True
    return [line for line in out if line[1]] if lifted else None


def _numbered_row(frags: list[_Fragment]) -> bool:
    """Whether a line opens a row of its own: a row's number (「3」), then a title (「書かない窓口の導入」) — a table numbered
    in two columns (施策 「２」, its 取組 「3」「4」「5」), whose lines over a 施策's number are its 取組's rows, not the
    施策's row's cells centred on it (an indicator's line opens with its name, its figures after)."""
    return len(frags) >= 2 and row_number(frags[0].text) and not _numeric(frags[1].text)


def _centred_runs(runs: list[list[int]], keyed: list[list[int]]) -> list[list[int]]:
    """For ``_keys_lifted``: runs of lines where some row's number stands below its run's first line (the rows centred
    on their lines), with a row alone on its run and as many runs of no number right under it as right over it at
    least — an indicator a run each, blank lines apart, around its 取組's number (「マイナンバーカードの交付率 …」 /
    「3  マイナンバーカードの利活用  住民課  コンビニ交付の利用割合 …」 / 「カードで申請できる手続数 …」): the runs over it as
    many as under it are the row's own, joined to its run. A table whose rows start on their first lines keeps its
    runs (a run of no number under a row there is that row's), as does one where most rows do (one row centred on
    its wrapped title, 「行政手続の / 1 オンライン化」, over rows on their first lines: no table of centred runs)."""
    centred = sum(1 for run, found in zip(runs, keyed, strict=True) if found and run[0] != found[0])
    if not centred or centred * 2 <= sum(1 for found in keyed if found):
        return runs
    out = [list(run) for run in runs]
    gone: set[int] = set()
    for at, (run, found) in enumerate(zip(runs, keyed, strict=True)):
        if not found or len(run) != 1:
            continue
        after = 0
        while at + after + 1 < len(runs) and not keyed[at + after + 1]:
            after += 1
        before = 0
        while at - before - 1 >= 0 and not keyed[at - before - 1] and at - before - 1 not in gone:
            before += 1
        if not after or before < after:
            continue
        taken = list(range(at - after, at))
        out[at] = [i for r in taken for i in runs[r]] + out[at]
        gone.update(taken)
    return [run for r, run in enumerate(out) if r not in gone]


def _measures_centred(
    block: list[tuple[int, list[_Fragment]]], texts: list[str]
) -> tuple[list[tuple[int, list[_Fragment]]], list[str], frozenset[int]]:
    """A KPI grid's rows of two measures, an indicator's name, unit and baseline centred on them (a sheet's cells merged
    down over its 「目標」 and 「実績」 rows, Calc centring them in their height): pdftotext prints the 「目標」 line, then
    the name's line, then the 「実績」 line, so that the name's row reads with its 実績 and no target. The name's line,
    writing only left of where the two measures' words stand one under the other on pdftotext's grid, goes up into the
    「目標」 line above it: one row of the name and its targets, the 実績 line the row under it (as the sheet has them).
    The block and its lines' texts (``texts``), the lines so joined, and the numbers of the name lines joined up (no
    blank line where they were: ``_keys_lifted`` must not take the gap for one and lift a row's number into the 実績
    line above it)."""
    def measure(text: str) -> tuple[int, str] | None:
        first = _words(fragments(text, grid=True)[:1])[:1]
        found = _measure_word(first[0].text) if first else None
        return (first[0].start, found) if found is not None else None

    shown = not on_grid(texts)
    out, lines = list(block), list(texts)
    joined: set[int] = set()
    edge = min((len(text) - len(text.lstrip()) for text in texts if text.strip()), default=0)
    at = 1
    while at + 1 < len(out):
        top, bottom = measure(lines[at - 1]), measure(lines[at + 1])
        middle = lines[at]
        if (
            top is not None
            # (the row's key at the left edge, 「活動指標」: a 取組's second indicator between its measures, no key of its
            # own, is its row's — ``_keys_lifted`` reads such rows by their numbers)
            and len(middle) - len(middle.lstrip()) <= edge + _TOLERANCE
            and bottom is not None
            # (the measures of one indicator, 目標 over 実績 — not one indicator's 実績 over the next's 目標, with a 取組's
            # number and title centred between its two indicators: that line is the 取組's, ``_centred``'s to place)
            and (top[1], bottom[1]) == ("target", "actual")
            and abs(top[0] - bottom[0]) <= _TOLERANCE
            and out[at][0] - out[at - 1][0] == 1
            and out[at + 1][0] - out[at][0] == 1
            and measure(middle) is None
            and not middle[top[0] :].strip()
            and not lines[at - 1][: top[0]].strip()
        ):
            width = sum(_wide(ch) for ch in middle.rstrip())
            # (the measure's blanks before it are as wide as they are many: its place is one in both counts)
            if shown and width <= top[0]:
                # text aligned by display width (an editor's, a converter's): padded by the name line's width, the
                # 「目標」 stays in its column — padded by its characters, it went to a year's, the name into the 取組名
                text = middle.rstrip() + " " * (top[0] - width) + lines[at - 1][top[0] :]
            else:
                text = middle.ljust(top[0]) + lines[at - 1][top[0] :]
            joined.add(out[at][0])
            out[at - 1 : at + 1] = [(out[at - 1][0], fragments(text))]
            lines[at - 1 : at + 1] = [text]
        at += 1
    return out, lines, frozenset(joined)


def _words(frags: list[_Fragment]) -> list[_Fragment]:
    """A line's fragments cut at every single blank: its words as pdftotext set them."""
    out: list[_Fragment] = []
    for fragment in frags:
        start, begin = fragment.start, 0
        for column, index in fragment.spaces:
            out.append(_Fragment(start, column - 1, fragment.text[begin:index]))
            start, begin = column, index + 1
        out.append(_Fragment(start, fragment.end, fragment.text[begin:]))
    return out


def _row_words(frags: list[_Fragment], columns: list[int], keyed: bool) -> list[_Fragment]:
    """A row's first line cut into its words (``_words``) to read by order, a key kept with the word after it where
    the rows' first cells are ``keyed`` (「1-4 ＡＩチャットボットの導入」 one cell as 「1-1 電子申請の拡充」 is) and no
    column starts inside the line's first cell (「2-1 ★ 基幹業務シ」 over the columns 番号, 重点 and 取組名 is three)."""
    words = _words(frags)
    if (
        keyed
        and len(words) > 1
        and words[1].end <= frags[0].end
        and _NUMBER_KEY.fullmatch(words[0].text)
        and not any(frags[0].start + _TOLERANCE < column < frags[0].end for column in columns)
    ):
        words[:2] = [_Fragment(words[0].start, words[1].end, f"{words[0].text} {words[1].text}")]
    return words


def _keyed_titles(rows: list[list[str]], top: int) -> bool:
    """Whether most body rows that fill their second cell hold a key and its words in their first (「1-1 電子申請の拡充」
    beside its years: a ロードマップ's 「取組」 column)."""
    filled = [row[0] for row in rows[top:] if len(row) > 1 and row[0] and row[1]]
    keyed = sum(1 for text in filled if " " in text and _NUMBER_KEY.fullmatch(text.split(" ", 1)[0]))
    return len(filled) >= 2 and keyed * 2 > len(filled)


def _by_order(
    frags: list[_Fragment],
    columns: list[int],
    right: bool,
    cells: list[str],
    shapes: list[tuple[int, ...]],
    kinds: list[bool | None],
    keyed: bool = False,
) -> list[tuple[int, int]] | None:
    """A row's first line set off the table's columns, word by word into the columns the table's
    rows commonly fill: (start, column) of each word, or None.

    ``pdftotext -layout`` places a word a blank or two after the text before it, not where the
    page has it, so a line of long kanji cells starts its later cells columns too early (「情報推」
    of 担当課 one blank after 事業内容's text; on a page laid out afresh 「学校教育課 60」 and every
    figure one column left). A first line holds the start of every cell of its row: when its words
    are as many as the columns of a shape (the header's, or the one most rows fill), more than
    the cells it was read into, none of them goes left of where it stands and each is a figure
    where its column holds figures in the other rows and text where it holds text, they are the
    row's cells in order (a cell with a blank inside it, 「(3) 地域社会」, makes one word too many:
    no shape fits, or a word of text lands in a column of numbers). ``keyed``: most rows' first cells hold a key and
    its words (``_keyed_titles``), so a row's key is no cell of its own (a ロードマップ's 「1-4 ＡＩチャットボットの導入」,
    one year left blank: not 「1-4」 a cell and every mark a year later)."""
    words = _row_words(frags, columns, keyed)
    filled = tuple(index for index, text in enumerate(cells) if text)
    if len(words) <= len(filled) or sum(1 for word in words if is_known(word.text)) >= 3:
        return None
    placed = [_column_of(columns, _anchor(word, right)) for word in words]
    for shape in shapes:
        if len(shape) != len(words) or shape == filled:
            continue
        if all(index >= at for index, at in zip(shape, placed, strict=True)) and all(
            kinds[index] is None or kinds[index] == _numeric(word.text)
            for word, index in zip(words, shape, strict=True)
            if index < len(kinds)
        ):
            return [(word.start, index) for word, index in zip(words, shape, strict=True)]
    return None


def _numeric(text: str) -> bool:
    """Whether a cell is a figure or a number (「1,200件」「(1)」「①」), not text."""
    return bool(_NUMERIC.match(text))


_NUMERIC = lazy_re(r"^[(（]?[0-9０-９①-⑳]")


def _kinds(rows: list[list[str]], top: int) -> list[bool | None]:
    """Whether each column holds figures in most of the body rows that fill it (None: empty)."""
    out: list[bool | None] = []
    for c in range(len(rows[0]) if rows else 0):
        texts = [row[c] for row in rows[top:] if row[c] and any(row[1:])]
        numeric = sum(1 for text in texts if _numeric(text))
        out.append(None if not texts or numeric * 2 == len(texts) else numeric * 2 > len(texts))
    return out


def _under_own(frags: list[_Fragment], own: list[tuple[int, int]]) -> bool:
    """Whether every word of a line starts where a word of a row read by order starts (±``_TOLERANCE``)."""
    return all(any(abs(word.start - start) <= _TOLERANCE for start, _ in own) for word in _words(frags))


def _place_own(frags: list[_Fragment], own: list[tuple[int, int]], width: int) -> list[str]:
    """A wrapped line of a row read by order: each fragment to the column of the row's word it
    stands under."""
    starts = [start for start, _ in own]
    cells = [""] * width
    for fragment in _split(frags, starts):
        index = own[_column_of(starts, fragment.start)][1]
        cells[index] = f"{cells[index]} {fragment.text}" if cells[index] else fragment.text
    return cells


def _anchor(fragment: _Fragment, right: bool) -> int:
    """Where a fragment is placed in the columns: its start, or, in a table whose figures a
    spreadsheet printed right-aligned, a figure's end (it ends just before the next column
    starts: no tolerance)."""
    return fragment.end - 1 - _TOLERANCE if right and _FIGURE_CELL.match(fragment.text) else fragment.start


def _place(frags: list[_Fragment], columns: list[int], right: bool) -> list[str]:
    """A line's text in each column (empty where it has none)."""
    cells = [""] * len(columns)
    for fragment in _split(frags, columns):
        index = _column_of(columns, _anchor(fragment, right))
        cells[index] = f"{cells[index]} {fragment.text}" if cells[index] else fragment.text
    return cells


#: A legend's entry: a mark or letter, a colon, its meaning (「◎：目標達成」「A：順調」).
_LEGEND_ENTRY = lazy_re(r"\s[A-EＡ-Ｅ◎○〇△×▲●→⇒][:：=＝]\s*\S")
#: A section heading written across a table: 「基本目標1」「基本方針Ⅱ」「施策3」「重点分野2」.
_HEADING = lazy_re(
    r"^(?:[■□◆◇●▼▽▶►]\s*)?【?(?:基本目標|基本方針|基本施策|施策|分野|重点分野|重点取組|方針|政策|目標|柱)\s*[0-9０-９一二三四五六七八九十ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]+】?$"
)
_FIGURE = lazy_re(r"[0-9０-９]")


#: A figure with its unit ending a cell's text (「3サービス」「1,200時間」「45%」), or a year's mark ●.
_TAIL_FIGURE = lazy_re(r"^(?:[0-9０-９][0-9０-９,.，．]*(?:[%％]|[^\s0-9０-９]{1,4})?|[●○◎◯])$")


#: What a year's number follows: 「現状値（令和 5年度）」 is no text and a figure.
_ERA = ("令和", "平成", "（", "(")


def _glued_figure(cells: list[str]) -> None:
    """A figure printed one blank after a narrow column's text that fills its width (「カードを
    利用できるサ 3サービス」 in a Word table's 成果指標 column, 「6,000時間 ●」 before the years) goes
    to the next cell, when that cell is empty on this line and the line goes on after it."""
    for c in range(len(cells) - 2):
        if not cells[c] or cells[c + 1] or not any(cells[c + 2 :]):
            continue
        head, _, tail = cells[c].rpartition(" ")
        if head and _TAIL_FIGURE.match(tail) and not _FIGURE.search(head[-1]) and not head.endswith(_ERA):
            cells[c], cells[c + 1] = head, tail


def _second_header(first: list[str], cells: list[str], below: list[str] | None = None) -> bool:
    """Whether a line of labels under a header row is a second header row (「目標 | 実績」 or 「上期 | 下期」 under
    a year written once over both), not the wrapped tails of its labels (「（R5）」 under
    「基準値」): some of its labels stand under cells the first row left empty. A label wrapped
    in a narrow column (「実」 over 「績」) is read with its tail on the line ``below``."""
    filled = [i for i, text in enumerate(cells) if text]
    return (
        len(filled) >= 2
        and sum(1 for text in first if text and is_known(text)) >= 3
        and all(
            is_known(cells[i]) or half_of(cells[i]) or (below is not None and is_known(cells[i] + below[i]))
            for i in filled
        )
        and any(not first[i] for i in filled)
    )


def _inner_tables(rows: list[list[str]]) -> None:
    """A small table inside a card's table (「成果指標 | 指標 | 現状値（令和 5年度） | 目標値（令和 10年度）」 under 「取組名
    | …」): its rows' first cells set left of the label centred over them (「窓口の平均待ち時間」 in the card's value
    column, 「指標」 further right) go under that label, where no label stands over them and the cells up to it are
    empty."""
    for r, header in enumerate(rows[1:-1], start=1):
        filled = [c for c, text in enumerate(header) if text]
        if len(filled) < 3 or not all(is_known(header[c]) for c in filled):
            continue
        for row in rows[r + 1 :]:
            if row[0] or not any(row):
                break
            c = next(c for c, text in enumerate(row) if text)
            to = next((k for k in filled if k > c), None)
            if to is None or header[c] or any(row[c + 1 : to + 1]) or any(header[c:to]):
                break
            row[c], row[to] = "", row[c]


def _tails_up(above: list[str], cells: list[str]) -> None:
    """A second indicator's row that writes one text before its indicator's name, under the row above's text
    (「及と利活用」 under 「マイナンバーカードの普」: a title wrapped beside both indicators, the row's other cells merged
    down them): that text is the cell above's wrapped end and goes up — unless the line starts an item of its own: it
    writes more cells than that (「DX-1-03  子育て応援アプリの  妊娠から…  こども青少年」, the next 事業's first line
    beside a 分野 merged down both rows), or a numbered title or department names (「② 窓口のキャッシュレス化」
    「会計課、住民課」)."""
    first = next((c for c, text in enumerate(cells) if text and _FIGURE.match(text)), len(cells))
    # the indicator's name is the last text before its figures but a unit's column (「回」 after 「保護者の来庁回数」)
    texts = [c for c in range(first) if cells[c] and not _is_unit(cells[c])]
    if len(texts) != 2:
        return
    tail = texts[0]
    if above[tail] and not _FIGURE.match(cells[tail]) and not _KEY.match(cells[tail]) and not is_department(cells[tail]):
        above[tail] = _join(above[tail], cells[tail])
        cells[tail] = ""


def _is_unit(text: str) -> bool:
    """Whether a cell is a unit alone (「回」「％」「件」): a unit column's, beside an indicator's name."""
    return nfkc(text).strip() in BRACKETED_UNITS


def _under_labels(above: list[str], cells: list[str]) -> bool:
    """Whether a line holds figures under a row of labels only (a card's small table 「指標 | 現状値（令和 5年度） |
    目標値（令和 10年度）」 over 「キャッシュレス決済に対応した施設の割合  20%  80%」): the table's first row, though
    pdftotext set its figures off the labels' columns."""
    labels = [text for text in above if text]
    return (
        len(labels) >= 3
        and all(is_known(text) for text in labels)
        and any(_FIGURE_CELL.match(part) and "年" not in part for text in cells for part in text.split(" "))
        and not all(is_known(text) for text in cells if text)
    )


def _measure_below(above: list[str], cells: list[str]) -> bool:
    """Whether a line names another measure (「実績」) in the column where the row above names one
    (「目標」): a 区分 column, one measure a row."""
    return any(
        (found := _measure_word(new)) is not None and _measure_word(old) not in (None, found)
        for old, new in zip(above, cells, strict=True)
    )


def _measure_word(text: str) -> str | None:
    """The measure a word names (「目標」 target, 「実績」 actual), None for any other: the one test of the rules that
    read a 区分 column of measures (``_measure_below``, ``_measure_under``, ``_measures_at``, ``_measures_centred``)."""
    return measure_of(text)


def _kind_below(above: list[str], cells: list[str]) -> bool:
    """Whether a line names a kind of row (「指標」) in the column where the row above names another
    (「取組」) or the same word (「指標」, a second indicator): a 区分 column, one kind a row. A header's
    「指標名」 under its 「指標」 (the label over its columns) is the same kind in other words: no row."""
    from ..labels import row_kind_of

    return any(
        (kind := row_kind_of(new)) is not None
        and (other := row_kind_of(old)) is not None
        and (kind != other or new == old)
        for old, new in zip(above, cells, strict=True)
    )


def _values_below(above: list[str], cells: list[str]) -> int:
    """How many cells of a line are figures under cells the row above has filled: a row of a
    KPI list whose initiative cells are blank (merged down), not the wrapped text of a row. A
    year under a year (「R7」 under 「R6」 in a 年度 column) is a year's row too; a number under an era's name (「６」
    under 「令和」, a 年度 label set vertically) is that label's next character, no figure."""
    return sum(
        1
        for old, new in zip(above, cells, strict=True)
        if old
        and new
        and not (old.endswith(_ERAS) and _ERA_YEAR.fullmatch(new))
        and (
            _FIGURE.match(new)
            or (new in _DASHES and len(old) <= 12)
            or (_YEAR.match(old) and _YEAR.match(new))
        )
    )


#: The eras a year label is written in, and the year's number written under one (``_values_below``).
_ERAS = ("令和", "平成")
_ERA_YEAR = lazy_re(r"[0-9０-９元]{1,2}")

#: A value cell with no value: 「－」 under a row's figure is that column's cell too.
_DASHES = frozenset(("－", "-", "―", "—", "‐", "ー"))


def _split_key(rows: list[list[str]]) -> None:
    """A key cell printed one blank before the next cell (「1-1 電子申請…」「番号 取組名」), where
    the next column is blank in that row but filled in most others: cut at the first blank."""
    if not rows or len(rows[0]) < 2:
        return
    filled = sum(1 for row in rows if row[1])
    keyed = [row for row in rows if not row[1] and " " in row[0] and any(row[2:])]
    if not filled or not keyed:
        return
    if filled * 2 < len(rows) and sum(1 for row in keyed if _KEY.match(row[0])) * 2 < len(keyed):
        return  # the next column is seldom filled and the cut-off words are no keys
    if _keyed_titles(rows, 0):
        return  # most rows' first cells hold a key and its words: a ロードマップ's 「2-4 庁内…」 beside R7 left blank
    for row in keyed:
        row[0], row[1] = row[0].split(" ", 1)


_GLUED_NUMBER = lazy_re(r"([0-9０-９]{1,3}) ?(?=[^\s0-9０-９,.，．%％A-Za-z])")


def _glued_numbers(rows: list[list[str]]) -> None:
    """A row number a sheet printed right-aligned against the title beside it (「2各種申請の電子化」
    under 「1 | 町ホームページの改善」, the number column empty): cut off where it goes on from the
    number of the row above."""
    from ..text import nfkc

    last: int | None = None
    for row in rows:
        if len(row) < 2:
            return
        if row[0]:
            last = int(nfkc(row[0])) if _NUMBER_KEY.fullmatch(row[0]) and nfkc(row[0]).isdigit() else None
            continue
        glued = _GLUED_NUMBER.match(row[1])
        if last is not None and glued and int(nfkc(glued.group(1))) == last + 1 and any(row[2:]):
            row[0], row[1] = glued.group(1), row[1][glued.end() :].lstrip()
            last += 1


_LED_BY_FIGURE = lazy_re(r"^([0-9０-９][0-9０-９,.，．]*%?) (?=[^\s0-9０-９])")


def _figures_led(rows: list[list[str]]) -> None:
    """A right-aligned figure pdftotext pushed into the next column, one blank before its words (「6 導入」 under the 工程's
    R7, the R10 target's cell empty: the row's 「6」 after another 「6」 drifted two places right): the figure goes back
    to the empty cell before it, where the other rows write figures and this column's rows write words."""
    for c in range(1, max((len(row) for row in rows), default=0)):
        figures = sum(1 for row in rows if c < len(row) and _FIGURE_CELL.match(row[c - 1]))
        words = sum(1 for row in rows if c < len(row) and row[c] and not _FIGURE_CELL.match(row[c]))
        if figures < 2 or words < 2:
            continue
        for row in rows:
            if c < len(row) and not row[c - 1] and (led := _LED_BY_FIGURE.match(row[c])):
                row[c - 1], row[c] = led.group(1), row[c][led.end() :]


#: A header label's wrapped tail in brackets: 「（R10）」「(千円)」.
_TAIL = lazy_re(r"^[(（][^()（）]{1,8}[)）]$")


def _split_labels(rows: list[list[str]]) -> None:
    """Header labels printed one blank apart (「事業番号 成果指標」「R5実績 R6実績 評価」) beside as many
    empty cells: one label a cell."""
    for row in rows:
        for c in range(len(row) - 1):
            parts = row[c].split(" ")
            k = len(parts)
            if 1 < k <= len(row) - c and not any(row[c + 1 : c + k]) and all(is_known(p) for p in parts):
                row[c : c + k] = parts
            elif k == 2 and c + 1 < len(row) and _TAIL.match(row[c + 1]) and all(is_known(p) for p in parts):
                # 「現状値（R5） 目標値」 over 「（R10）」: the wrapped tail is the second label's
                row[c], row[c + 1] = parts[0], parts[1] + row[c + 1]


#: A short token that is a cell of its own: a figure, an evaluation mark, a year's label.
_TOKEN = lazy_re(
    r"^(?:[0-9０-９][0-9０-９,.，．]*\S{0,4}|[A-EＡ-Ｅ◎○〇△×▲]|(?:R|H|令和)[0-9０-９]{1,2}\S{0,3})$"
)


#: A figure with an evaluation mark printed against it (「70%B」: a right-aligned figure, then a
#: left-aligned mark in the next cell, closer than a blank).
_MARKED = lazy_re(r"^([0-9０-９][0-9０-９,.，．]*%?)([A-EＡ-Ｅ◎○〇△×▲])$")


def _part_glued(rows: list[list[str]]) -> None:
    """Two cells printed one blank apart (「70% B」「R5目標 R5実績」) next to an empty cell: the
    second goes right when the cell on the right is empty, else the first goes left."""
    for row in rows:
        for c, text in enumerate(row):
            glued = _MARKED.match(text)
            parts = list(glued.groups()) if glued else text.split(" ")
            if len(parts) != 2 or not all(_TOKEN.match(p) or p in _DASHES for p in parts):
                continue
            if c + 1 < len(row) and not row[c + 1]:
                row[c], row[c + 1] = parts
            elif c > 0 and not row[c - 1]:
                row[c - 1], row[c] = parts


def _name_glued(rows: list[list[str]]) -> None:
    """A cell printed one blank after a 担当課 cell (「会計課、住民課 対応窓口数」: the names filled
    their column, and the 評価指標 beside them started early) goes to the empty cell on the right,
    when the words before are department names and it is none, nor a figure."""
    for row in rows[1:]:
        for c in range(len(row) - 1):
            head, _, tail = row[c].rpartition(" ")
            if not head or row[c + 1] or _FIGURE.search(tail) or is_department(tail):
                continue
            if _opens(head) > 0 or head.count("【") > head.count("】"):
                continue  # 「【総務部 情報政策課】」: the bracket the names open closes after the blank, one cell
            names = [n for n in re.split(r"[、,，・ ]", head) if n]
            if names and all(is_department(n) for n in names):
                row[c], row[c + 1] = head, tail


def _under_headers(rows: list[list[str]]) -> list[list[str]]:
    """Figures printed right-aligned under left-aligned (or centred) header labels start in a
    column of their own: a column filled only in header rows next to one filled only in the
    other rows is one column, and they are joined. A sum's row under the table (「合計」 set under the 取組名 label, as the
    label is centred) is neither: its label stands where the header's does, not where the rows' titles start."""
    header = {r for r, row in enumerate(rows) if sum(1 for text in row if text and is_known(text)) >= 3}
    if not header:
        return rows
    width = len(rows[0])
    totals = {r for r, row in enumerate(rows) if any(_TOTAL.fullmatch(text) for text in row if text)}
    filled = [{r for r, row in enumerate(rows) if row[c] and r not in totals} for c in range(width)]
    keep = list(range(width))
    c = 0
    while c + 1 < len(keep):
        a, b = keep[c], keep[c + 1]
        only_header = filled[a] and filled[a] <= header and filled[b] and not filled[b] & header
        header_right = filled[b] and filled[b] <= header and filled[a] and not filled[a] & header
        if only_header or header_right:
            for row in rows:
                row[a] = row[a] or row[b]
            filled[a] |= filled[b]
            keep.pop(c + 1)
            continue
        c += 1
    return [[row[i] for i in keep] for row in rows]


def _drifted(rows: list[list[str]]) -> list[list[str]]:
    """One column printed at two positions (pdftotext sets some rows' text a few places further
    right: 「1  電子申請…」 and 「4     公共施設予約…」): two neighbouring columns no row fills both of,
    each filled in several rows, one of them without a header label, are one column."""
    top = 0
    while top < min(3, len(rows)) and sum(1 for text in rows[top] if text and is_known(text)) >= 2:
        top += 1
    if not top or len(rows) - top < 4:
        return rows
    body = rows[top:]
    keep = list(range(len(rows[0])))
    c = 0
    while c + 1 < len(keep):
        a, b = keep[c], keep[c + 1]
        labelled = [any(row[i] for row in rows[:top]) for i in (a, b)]
        apart = not any(row[a] and row[b] for row in body)
        used = [sum(1 for row in body if row[i]) for i in (a, b)]
        if apart and min(used) >= 2 and not all(labelled):
            into, other = (a, b) if labelled[0] or not labelled[1] else (b, a)
            for row in rows:
                row[into] = row[into] or row[other]
            keep.pop(c + 1 if into == a else c)
            continue
        c += 1
    return [[row[i] for i in keep] for row in rows]


def _cell_shape(text: str) -> str:
    """What a cell holds, roughly: department names, a figure, other text, or nothing."""
    if not text:
        return ""
    if all(is_department(name) for name in text.replace("、", " ").split()):
        return "dept"
    return "figure" if _FIGURE_CELL.match(text) else "text"


def _shifted_left(rows: list[list[str]]) -> list[list[str]]:
    """Rows whose cells pdftotext set one column left (a narrow column's text after a title of
    narrow characters: 「学校のICT環境整備 教育総務課 38,000」 starts its 担当課 where the header has
    no label): a column without a label, filled by some rows only, whose cells and the ones after
    them, moved one column right up to a blank cell, take the shapes the other rows have there
    (department names under 担当課, figures under 事業費). The column is dropped once empty."""
    top = 0
    while top < min(3, len(rows)) and sum(1 for text in rows[top] if text and is_known(text)) >= 2:
        top += 1
    if not top or len(rows) - top < 4:
        return rows
    body = rows[top:]
    width = len(rows[0])
    for a in range(1, width - 1):
        if any(row[a] for row in rows[:top]) or not any(row[a + 1] for row in rows[:top]):
            continue
        moved = [row for row in body if row[a]]
        others = [row for row in body if not row[a] and any(row)]
        if len(moved) < 2 or len(others) < 2:
            continue
        plans: list[int] = []
        for row in moved:
            end = next((e for e in range(a + 1, width) if not row[e]), None)
            if end is None or not all(any(r[j] for r in rows[:top]) for j in range(a + 1, end + 1)):
                break
            if any(
                _cell_shape(row[j]) not in {_cell_shape(o[j + 1]) for o in others if o[j + 1]}
                for j in range(a, end)
            ):
                break
            plans.append(end)
        else:
            for row, end in zip(moved, plans, strict=True):
                row[a + 1 : end + 1] = row[a:end]
                row[a] = ""
            return [[cell for j, cell in enumerate(row) if j != a] for row in rows]
    return rows


def _figures_out_of_notes(
    rows: list[list[str]], lines: list[int], block: list[tuple[int, list[_Fragment]]]
) -> None:
    """A figure alone in a column of notes (「18」 under 「備考」, whose other cells are all words: 「※R7から支所の窓口を
    含む」), beside a column of figures the row leaves empty, is that column's: right-aligned, pdftotext set it a place
    or two further right than its column's other figures, past where the notes begin (梓川町's R10 target 「18」 read
    as 5's 備考). A column that holds a figure anywhere else is no column of notes. Only where the figure is seen to
    stand so (``_figure_set_off``): ending within two places of where the figures beside end, or starting left of
    every note — a note of a figure at the notes' own start (「2,000件」), or a year (「2030年度」), stays a note."""
    if len(lines) != len(rows):
        return
    top = 0
    while top < min(3, len(rows)) and sum(1 for text in rows[top] if text and is_known(text)) >= 2:
        top += 1
    body = rows[top:]
    if not top or len(body) < 4:
        return
    for c in range(1, len(rows[0])):
        cells = [row[c] for row in body if row[c]]
        figures = [text for text in cells if _FIGURE_CELL.match(text)]
        left = [row[c - 1] for row in body if row[c - 1]]
        if (
            len(figures) != 1
            or len(cells) - len(figures) < 2
            or not all(_cell_shape(text) == "text" for text in cells if text not in figures)
            or len(left) < 4
            or sum(1 for text in left if _FIGURE_CELL.match(text)) * 4 < len(left) * 3
        ):
            continue
        if _YEAR.match(figures[0]) or not _figure_set_off(rows, lines, block, top, c, figures[0]):
            continue
        for row in body:
            if row[c] in figures and not row[c - 1]:
                row[c - 1], row[c] = row[c], ""


def _figure_set_off(
    rows: list[list[str]], lines: list[int], block: list[tuple[int, list[_Fragment]]], top: int, c: int, figure: str
) -> bool:
    """Whether the figure in column ``c`` of notes stands as its left column's (``_figures_out_of_notes``): its piece
    ends within two places of where the left column's figures end, or starts left of every note's first piece. False
    where a cell's piece is not found on its row's lines (the positions unseen). A note set a blank after its row's
    figure (「8,500 ※R5は…」, one piece) starts no further left than that piece: the piece's start bounds the notes'."""
    numbers = [number for number, _ in block]

    def piece(r: int, text: str, whole: bool) -> _Fragment | None:
        start = numbers.index(lines[r]) if lines[r] in numbers else None
        if start is None:
            return None
        stop = numbers.index(lines[r + 1]) if r + 1 < len(lines) and lines[r + 1] in numbers else len(block)
        found = [
            f
            for _, frags in block[start:stop]
            for f in frags
            if (
                f.text.strip() == text
                if whole
                else f.text.strip() and (text.startswith(f.text.strip()) or text.split()[0] in f.text)
            )
        ]
        return found[0] if len(found) == 1 else None

    at = next(r for r in range(top, len(rows)) if rows[r][c] == figure)
    own = piece(at, figure, True)
    notes = [piece(r, rows[r][c], False) for r in range(top, len(rows)) if rows[r][c] and r != at]
    beside = [piece(r, rows[r][c - 1], True) for r in range(top, len(rows)) if _FIGURE_CELL.match(rows[r][c - 1])]
    if own is None or any(f is None for f in notes) or not notes:
        return False
    ends = [f.end for f in beside if f is not None]
    return own.start < min(f.start for f in notes if f is not None) or (
        bool(ends) and abs(own.end - max(ends)) <= 2
    )


def _in_header_order(rows: list[list[str]]) -> list[list[str]]:
    """A small table whose cells fell into columns of their own that no label heads, while each row has as many
    cells as the header has labels: the cells are the labelled columns in order. A card's 成果指標 「指標 | 現状値（R6） |
    目標値（R10）」 has its labels centred over their columns and its figures right-aligned in them, and pdftotext sets
    Japanese narrower than its grid: 「5施設」 falls under 目標値 and 「32施設」 right of it (['…施設数', '', '5施設',
    '32施設'] under ['指標', '現状値（R6）', '目標値（R10）', '']). A row with a cell left empty has fewer cells, and the
    table is left as read."""
    if len(rows) < 2 or len(rows) > 12:
        return rows
    header = rows[0]
    labels = [text for text in header if text]
    if len(labels) < 2 or len(labels) == len(header) or sum(1 for text in labels if is_known(text)) < 2:
        return rows
    body = [[text for text in row if text] for row in rows[1:]]
    if any(len(cells) != len(labels) for cells in body):
        return rows
    return [labels, *body]


def _labels_only_column(rows: list[list[str]]) -> list[list[str]]:
    """A card's 「項目 | 内容」 over each card, its 「内容」 centred over the wide value column and read as a column of its
    own that no other row fills: the label goes into the value column, left of it, where that row has none."""
    for c in range(len(rows[0]) - 1, 1, -1) if rows else ():
        filled = [row for row in rows if row[c]]
        if not filled or len(filled) == len(rows):
            continue
        if all(not row[c - 1] and all(is_known(text) for text in row if text) for row in filled):
            for row in filled:
                row[c - 1], row[c] = row[c], ""
            rows = [row[:c] + row[c + 1 :] for row in rows]
    return rows


def _out_of_the_years(rows: list[list[str]]) -> None:
    """The last year's cells holding what the labelled column after the years should (a 工程表 whose steps are fills,
    no words: the 成果指標 printed left of its label centred over a wide column, under 「令和11年度」): in two rows or
    more, a name no step is (「電子申請できる手続数」) in the last year column, the next column empty on that row and
    labelled with no year, every other year cell empty. Those names (and a 「－」 for no indicator) go to the next
    column."""
    from ..labels import classify

    if len(rows) < 3:
        return
    header = rows[0]
    years = [c for c, text in enumerate(header) if text and _YEAR.match(_BRACKETED_END.sub("", text))]
    if len(years) < 2:
        return
    last = years[-1]
    after = last + 1
    if after >= len(header) or not header[after] or year_in(header[after]) is not None or classify(header[after]) is None:
        return
    body = rows[1:]
    moved = [
        row
        for row in body
        if row[last]
        and not row[after]
        and ((len(row[last]) > 4 and not is_schedule_step(row[last])) or is_no_value(row[last]))
        and not any(row[c] for c in years[:-1])
    ]
    # (the header printed again on the next page is no row of steps)
    stepped = [row for row in body if any(row[c] for c in years) and row not in moved and row[last] != header[last]]
    if sum(1 for row in moved if not is_no_value(row[last])) >= 2 and not stepped:
        for row in moved:
            row[after], row[last] = row[last], ""


def _label_tails(rows: list[list[str]]) -> list[list[str]]:
    """A label wrapped in its narrow column (「スケジュー」 / 「ル」) whose tail went to the row's first cell (「推進ル」) or
    started a row of its own with the row's cells (「ル  開設  運用  →」 under 「スケジュー」 alone): the tail back on
    its label, where the label is none without it and one with it."""
    from ..labels import classify

    def completes(key: str, tail: str) -> bool:
        return (
            bool(key)
            and 0 < len(tail) <= 2
            and classify(key) is None
            and classify(key + tail, loose=False) is not None
        )

    out: list[list[str]] = []
    for row in rows:
        if out and len(row[0]) <= 2 and not any(out[-1][1:]) and completes(out[-1][0], row[0]):
            out[-1] = [out[-1][0] + row[0], *row[1:]]
            continue
        if len(row) > 1 and len(row[1]) > 2:
            tail = next((row[1][-k:] for k in (1, 2) if completes(row[0], row[1][-k:])), None)
            if tail is not None:
                row = [row[0] + tail, row[1][: -len(tail)], *row[2:]]
        out.append(row)
    return out


def _steps_under_years(rows: list[list[str]]) -> None:
    """A card's 工程 row (「スケジュール  検討  導入  →  →」) right under its row of bare years (「R6  R7  R8  R9」, the label
    cell empty) with a step for each year, set in other columns — Writer sizes a card table's columns to their words and
    pdftotext sets a line of kanji wider than one of Latin letters, so the steps drift off their years (「→」 past R9,
    「検討」 and 「導入」 under R6 and R7): each step is its year's, in order."""
    for above, row in itertools.pairwise(rows):
        years = [c for c, text in enumerate(above) if text]
        if above[0] or len(years) < 3 or not all(_YEAR.match(above[c]) for c in years) or not row[0]:
            continue
        steps = [c for c, text in enumerate(row) if c and text]
        if len(steps) != len(years) or steps == years or any(_YEAR.match(row[c]) for c in steps):
            continue
        texts = [row[c] for c in steps]
        row[1:] = [""] * (len(row) - 1)
        for c, text in zip(years, texts, strict=True):
            row[c] = text


def _years_grouped(rows: list[list[str]]) -> None:
    """A header's group label centred over its years, joined by -layout into one year's cell (「R6 | 目標値R7 | R8 | R9 |
    実績値R6 | R7」: 「目標値」 printed over R6–R9, 「実績値」 over R6–R7, a line above them) labels each of its years: the
    run of bare years around it, up to where the years start again or another group's label stands. Only where the
    group's cell is inside its run (a label over R9 alone, after bare 工程 years, is R9's: 「R6 | R7 | R8 | 目標値R9」 keeps
    its steps), or first of two (centred over two columns, the label starts in the left one)."""
    if not rows:
        return
    header = rows[0]
    # (a year under another label — 「基準値（R5）」 — is no group's: a group's years are targets or actuals)
    years = [
        y if (y := year_in(text)) and (not y[1] or _measure_word(y[1]) in ("target", "actual")) else None
        for text in header
    ]
    c = 0
    while c < len(header):
        if years[c] is None:
            c += 1
            continue
        run = [c]
        while run[-1] + 1 < len(header) and years[run[-1] + 1] is not None:
            if years_again(header[run[-1]], header[run[-1] + 1]):
                break  # (the years start again: the next group's)
            run.append(run[-1] + 1)
        c = run[-1] + 1
        groups = [i for i in run if cast(tuple[int, str], years[i])[1]]
        if len(groups) != 1 or len(run) < 2:
            continue
        at = run.index(groups[0])
        if not (0 < at < len(run) - 1 or (len(run) == 2 and at == 0)):
            continue
        label = cast(tuple[int, str], years[groups[0]])[1]
        for i in run:
            if i != groups[0]:
                header[i] = label + header[i]


#: A cell that is one figure (「1,200」「37.5%」「25件」): printed right-aligned by a spreadsheet.
_FIGURE_CELL = lazy_re(r"^[0-9０-９][0-9０-９,.，．]*(?:%|[^\x00-\x7f]{1,3})?$")


def _clusters(positions: list[int]) -> int:
    """How many groups positions fall in (neighbours one apart are one group)."""
    groups, last = 0, None
    for position in sorted(set(positions)):
        if last is None or position - last > 1:
            groups += 1
        last = position
    return groups


def _labels_line(frags: list[_Fragment]) -> bool:
    """Whether a line's cells are a header's: three labels of the dictionary or more, and most of its cells. A value's
    label a review's word opens counts (「当初目標値  見直し後目標値」 over their wrapped 「（R9）」: ``revision_label``)."""
    known = sum(1 for fragment in frags if is_known(fragment.text) or revision_label(fragment.text))
    return known >= 3 and known * 3 >= len(frags) * 2


def _figure_columns(block: list[tuple[int, list[_Fragment]]], columns: list[int]) -> list[int]:
    """The columns with those of right-aligned figures no column starts in: rows under no header (the page's rows
    after the one that printed it, no label over them) have their figures' columns only where the figures end (「12.0％」 and
    「80％以上」 ending one above another), each from its widest figure's start."""
    figures = [f for _, frags in block for f in frags[1:] if _FIGURE_CELL.match(f.text)]
    need = max(2, len(block) // 25)
    ends = Counter(f.end for f in figures)
    added: list[int] = []
    for end in sorted(ends, key=lambda e: (-ends[e], e)):
        if ends[end - 1] + ends[end] + ends[end + 1] < need:
            break
        starts = [f.start for f in figures if abs(f.end - end) <= 1]
        start = min(starts)
        if any(start - _TOLERANCE <= c <= end for c in [*columns, *added]):
            continue
        added.append(start)
    return sorted([*columns, *added])


def _right_aligned(lines: list[list[_Fragment]]) -> bool:
    """Whether a block's figures are right-aligned (a sheet's numbers): their ends line up in
    clearly fewer places than their starts."""
    figures = [f for line in lines for f in line[1:] if _FIGURE_CELL.match(f.text)]
    if len(figures) < 6:
        return False
    if _clusters([f.end for f in figures]) * 4 < _clusters([f.start for f in figures]) * 3:
        return True
    # figures of one width (「40」「80」 under 基準値 and R6) end and start alike: they are a sheet's
    # right-aligned numbers when most end just before a header label or a year over them starts
    starts = {
        f.start
        for line in lines[:HEADER_LINES]
        if sum(1 for f in line if is_known(f.text) or _YEAR.match(f.text)) >= max(2, len(line) * 2 / 3)
        for f in line
    }
    ending = sum(1 for f in figures if any(0 <= s - f.end <= _TOLERANCE for s in starts))
    starting = sum(1 for f in figures if any(abs(f.start - s) <= 1 for s in starts))
    return ending >= 6 and ending > starting * 2


#: The years a step is carried out in, as a 実施年度 cell writes them: 「R7～R11」「R7・R8」「R9」「R8～」「令和7年度～」.
_YEAR_SPAN = lazy_re(
    r"(?:令和|平成|R|H)[0-9０-９元]{1,2}(?:年度?)?(?:[～〜~・、](?:(?:令和|平成|R|H)?[0-9０-９元]{1,2}(?:年度?)?)?)*"
)


def _figure_then_years(block: list[tuple[int, list[_Fragment]]]) -> list[tuple[int, list[_Fragment]]]:
    """Fragments cut where a figure stands one blank before the years of a step (「400 R7～R11」): a target printed
    right-aligned against a 実施年度 cell wider than its column, which pdftotext set one blank after it. Left whole,
    they would start a column of their own between the two (from 「15,000 R7～R11」 and 「120 R7～R11」)."""
    out: list[tuple[int, list[_Fragment]]] = []
    for number, frags in block:
        cut: list[_Fragment] = []
        for fragment in frags:
            if len(fragment.spaces) == 1:
                column, index = fragment.spaces[0]
                head, tail = fragment.text[:index], fragment.text[index + 1 :]
                if _FIGURE_CELL.match(head) and _YEAR_SPAN.fullmatch(tail):
                    cut += [_Fragment(fragment.start, column - 1, head), _Fragment(column, fragment.end, tail)]
                    continue
            cut.append(fragment)
        out.append((number, cut))
    return out


def _labels_row(row: list[Cell]) -> bool:
    """Whether a table's row holds two labels of the dictionary or more: a header's."""
    return sum(1 for cell in row if cell.text and is_known(cell.text)) >= 2


def _lines_over_header(block: list[tuple[int, list[_Fragment]]]) -> int:
    """How many of a block's first lines are the page's lines over its table's header, not rows of the table: a sheet's
    print sets the plan's name and its 計画期間 over the header with its columns' gaps (「南沢市  DX 推進計画  ロードマップ」
    cut into three cells, the name no longer read), lines of a label of the dictionary at most, after other words, and
    of no row's number, up to the first line of the header (a line of group labels, 「基準値」 over 「（R5）」, is the
    header's; a card's field 「施策体系 | …」 is the card's)."""
    at = next(
        (i for i, (_, frags) in enumerate(block[: HEADER_LINES + 2]) if sum(1 for f in frags if is_known(f.text)) >= 3),
        None,
    )
    over = 0
    for _, frags in block[: at or 0]:
        known = [is_known(f.text) for f in frags]
        if len(frags) > 3 or _KEY.match(frags[0].text) or known[0] or sum(known) >= 2 or all(known):
            break  # (「ロードマップ」 after the plan's name is a label's word too; 「施策体系 | １ …」 a card's field)
        over += 1
    return over


def _columns_in_header_order(
    block: list[tuple[int, list[_Fragment]]], columns: list[int], right: bool
) -> list[int] | None:
    """The columns of a table whose header centres most labels over cells written from their left edge (Japanese
    Excel's header style, ``_mostly_centred``): the columns its rows write in — text where it starts, figures
    right-aligned from where the widest starts — when they are as many as the header's labels and each label stands
    between its column's neighbours. The labels' own places say little there: 「取組名」 stands right of where its titles
    start, 「（R5）」 left of its right-aligned figures (菖蒲台市's sheet as Calc prints it, through -layout: every row
    read a column to the left, the 担当課 as the title). None for any other table: the labels place its columns."""
    at = next((i for i, (_, frags) in enumerate(block[: HEADER_LINES + 2]) if _labels_line(frags)), None)
    if at is None:
        return None
    header = block[at][1]
    under = _header_under(block, at)
    # (a line of one cell is no row's: a heading, a note)
    body = [frags for _, frags in block[at + 1 + len(under) :] if len(frags) >= 2]
    if len(header) + sum(len(line) for line in under) < 4 or len(body) < 4 or not (under or _mostly_centred(header, columns)):
        return None
    need = max(2, len(body) // 6)
    texts = _shared_starts(Counter(f.start for frags in body for f in frags if not _FIGURE_CELL.match(f.text)), need, 1)
    # (start, end of its widest reach, whether figures): a text column where it starts; right-aligned figures end within
    # a place or two of each other (pdftotext's grid drifts with their widths), a run of ends no more than two apart one
    # column from its widest figure's start
    spans = [(place, place, False) for place in texts]
    figures = sorted((f.end, f.start) for frags in body for f in frags if _FIGURE_CELL.match(f.text))
    run: list[tuple[int, int]] = []
    for end, start in [*figures, (10**6, 10**6)]:
        if run and end - run[-1][0] > 2:
            if len(run) >= need:
                spans.append((min(s for _, s in run), run[-1][0], True))
            run = []
        run.append((end, start))
    found: list[tuple[int, int, bool]] = []
    for span in sorted(spans):
        # (words starting past the end of the figures before them are a column of their own: a row's number right up
        # to its title, 「1」 at 1 and 「書かない窓口の導入」 at 3)
        if not found or span[0] - found[-1][0] > _TOLERANCE or (found[-1][2] and not span[2] and span[0] >= found[-1][1]):
            found.append(span)
    # each label over its own column: a text column's label from its start to the next column's (centred over it or at
    # its start), a figures' label over the figures' reach or a little left of it (「（R5）」 centred over figures
    # right-aligned in a wider cell)
    nexts = [span[0] for span in found[1:]] + [10**6]
    reaches = [
        (start - _FIGURE_LEAD if figured else start - _TOLERANCE, end if figured else after)
        for (start, end, figured), after in zip(found, nexts, strict=True)
    ]
    if under:
        lowest = _labels_of_columns([header, *under], [span[0] for span in found], reaches)
        if lowest is None:
            return None
    elif len(found) != len(header) or not all(
        low <= label.start < max(high, low + 1) for label, (low, high) in zip(header, reaches, strict=True)
    ):
        return None
    else:
        lowest = [label.start for label in header]
    # a label left of its column's cells (「R7」 over figures right-aligned under it) starts the column: the header's
    # line falls into its columns as the rows do
    columns = [min(start, label) for (start, _, _), label in zip(found, lowest, strict=True)]
    # and the rows fall into them a cell a column (not where pdftotext set each row's cells a few places apart)
    # (each cell placed as the rows are assembled: a right-aligned figure by its end)
    crowded = sum(1 for frags in body if len({_column_of(columns, _anchor(f, right)) for f in frags}) < len(frags))
    return columns if crowded * 10 <= len(body) else None


def _figures_apart(block: list[tuple[int, list[_Fragment]]]) -> list[tuple[int, list[_Fragment]]]:
    """A block's lines with a figure cut from the words a single blank after it, where those words start at a place the
    block's other cells start too — in a block of right-aligned figures (a sheet's print): Calc prints a row's number right up to its title and a right-aligned figure up to
    the next cell's words, and pdftotext leaves one blank between them (「1 書かない窓口の導入」, 「20 検討・準備」: the last
    target and the first step of 佐久穂町's 取組一覧, every row so) — or a place or two right of there, pushed by the
    figure (「6 導入」 at 100 beside the other rows' steps at 98). Not a figure's unit (「65 手続」, never such a place),
    nor where other rows' cells start a few places right (「10 【新規】地域公共交通…」 under titles at 6 after 「9」: a
    number of two digits pushes its title left, 橘台市's 工程表, batch 23)."""
    cuts: dict[tuple[int, int], list[tuple[int, int]]] = {}
    # (the cells of the rows: not a header's labels, centred over their columns)
    own = {f.start for _, frags in block for f in frags if not (is_known(f.text) or _YEAR.match(f.text))}
    starts = Counter(f.start for _, frags in block for f in frags)
    for number, frags in block:
        for at, fragment in enumerate(frags):
            found = [
                (column, index)
                for column, index in fragment.spaces
                if _FIGURE_CELL.match(fragment.text[:index].rsplit(" ", 1)[-1])
                and not _FIGURE_CELL.match(fragment.text[index + 1 :].split(" ", 1)[0])
            ]
            if found:
                cuts[number, at] = found
                starts.update(column for column, _ in found)
    if not cuts:
        return block
    out: list[tuple[int, list[_Fragment]]] = []
    for number, frags in block:
        line: list[_Fragment] = []
        for at, fragment in enumerate(frags):
            shared = [
                (column, index)
                for column, index in cuts.get((number, at), [])
                if sum(starts[c] for c in range(column - _TOLERANCE, column + 1)) >= 2
                and not any(column < start <= column + _NAME_SLACK for start in own)
            ]
            line.extend(_cut(fragment, shared))
        out.append((number, line))
    return out


#: How far left of right-aligned figures the label over them may start (centred over a cell wider than they are).
_FIGURE_LEAD = 6


def _header_under(block: list[tuple[int, list[_Fragment]]], at: int) -> list[list[_Fragment]]:
    """The lines of a table's header under its first line of labels: lines of labels, a label's bracketed tail
    (「（R5）」), years and single characters — a label set vertically (「基」「本」「目」「標」 a line each) or wrapped a
    character a line (「番」 over 「号」). 藍染市's sheet prints 「指標」「目標値」「実績値」 over 「指標名 | 単位 | 基準値」 and
    the years, its 基本目標 and 評価 vertical, through -layout: five lines before the first row."""
    under: list[list[_Fragment]] = []
    for _, frags in block[at + 1 : at + HEADER_LINES + 1]:
        # (a line opened by a row's number is the row's: 「1  ●  ●  ○」)
        if row_number(frags[0].text) or not all(
            is_known(f.text) or _TAIL.match(f.text) or _YEAR.match(f.text) or len(f.text) == 1 for f in frags
        ):
            break
        under.append(frags)
    return under


def _labels_of_columns(
    lines: list[list[_Fragment]], starts: list[int], reaches: list[tuple[int, int]]
) -> list[int] | None:
    """Where the lowest label of each column starts, for a header of several lines over the columns its rows write in
    (``starts``; ``reaches``: where each column's label may stand): every label of every line within a column's reach
    (of two, the one starting nearer: 「基準値」 over its figures, not the 単位 left of them), a group's label (「目標値」
    over its years) within one of its columns', no two labels of a line over one column, and every column labelled.
    None where a label stands outside every column, two of a line over one (years over a 工程 of drawn bars, no
    column of the rows under them) or a column has none: the rows' columns are not the header's."""
    lowest: list[int | None] = [None] * len(reaches)
    for frags in lines:
        taken: set[int] = set()
        for label in frags:
            within = [c for c, (low, high) in enumerate(reaches) if low <= label.start < max(high, low + 1)]
            if not within:
                return None
            column = min(within, key=lambda c: abs(starts[c] - label.start))
            if column in taken:
                return None
            taken.add(column)
            lowest[column] = label.start
    if any(start is None for start in lowest):
        return None
    return [start for start in lowest if start is not None]


def _table(
    block: list[tuple[int, list[_Fragment]]],
    page: Callable[[int], int | None],
    centred: bool = False,
    joined: frozenset[int] = frozenset(),
) -> Table:
    from .halfbars import bars_over_halves

    block = bars_over_halves(_figure_then_years(block))
    right = _right_aligned([frags for _, frags in block])
    if right:
        block = _figures_apart(block)
    # right-aligned figures start wherever their width puts them: the columns are where the
    # other cells (labels, names) start, and a figure belongs to the column it ends in
    columns = _columns(
        [[f for f in frags if not (right and _FIGURE_CELL.match(f.text))] or frags[:1] for _, frags in block]
    )
    labelled = _header_starts(block, columns)
    ordered = _columns_in_header_order(block, columns, right)
    if ordered is not None:
        columns, labelled, own = ordered, set(ordered), []
    else:
        if right and not any(_labels_line(frags) for _, frags in block[:HEADER_LINES]):
            columns = _figure_columns(block, columns)
        columns = _drifting_under_label(block, sorted(set(columns) | labelled))
        columns = _centred_under_label(block, columns)
        own = _label_columns(block, columns)
    if own:
        # the header's own labels, and those of a second header line under them (years under
        # 「目標値」「実績値」, a column each)
        columns = sorted(set(own) | {c for c in labelled if all(abs(c - o) > _TOLERANCE for o in own)})
        labelled |= set(own)
    block = _drawn_bars(block, columns)
    rows, lines, used, firsts = _assemble(block, columns, right, centred_cards=centred, joined=joined)
    # A column only wrapped lines start in is pdftotext's drift within a cell (its first line
    # a position or two off), and one a row's first line alone starts in is a gap in a cell's
    # text: the columns are those the first lines of several rows write in, and those a header
    # row labels (「令和7年度」 over 「目標 | 実績」, its 実績 not yet filled in any row).
    need = max(1, len(rows) // 10)
    main = [
        column
        for index, column in enumerate(columns)
        if used[index] >= need or index == 0 or column in labelled
    ]
    if len(main) < len(columns):
        columns = main
        rows, lines, _, firsts = _assemble(block, columns, right, centred_cards=centred, joined=joined)
    shapes, top = _shapes(rows, firsts)
    if shapes:
        rows, lines, _, _ = _assemble(
            block, columns, right, shapes, _kinds(rows, top), centred, _keyed_titles(rows, top), joined
        )
        # a column only rows set off the table's columns wrote in is left empty by them
        keep = [c for c in range(len(columns)) if c == 0 or any(row[c] for row in rows)]
        rows = [[row[c] for c in keep] for row in rows]
    _rows_of_one_print(rows, lines, {number for number, _ in block} | joined)
    _split_key(rows)
    _glued_numbers(rows)
    _figures_led(rows)
    _split_labels(rows)
    rows = _under_headers(rows)
    rows = _drifted(rows)
    rows = _shifted_left(rows)
    _figures_out_of_notes(rows, lines, block)
    _out_of_the_years(rows)
    rows = _label_tails(rows)
    _steps_under_years(rows)
    _years_grouped(rows)
    _part_glued(rows)
    _name_glued(rows)
    _inner_tables(rows)
    rows = _in_header_order(rows)
    rows = _labels_only_column(rows)
    merged = _merged_phases(rows)
    return Table(
        rows=[
            [
                Cell(merged[r, c], origin="left", bar=True) if (r, c) in merged else Cell(text)
                for c, text in enumerate(row)
            ]
            for r, row in enumerate(rows)
        ],
        location=Location(page=page(lines[0]), line=lines[0]),
        row_locations=[Location(page=page(n), line=n) for n in lines],
    )


def _rows_of_one_print(rows: list[list[str]], lines: list[int], written: set[int]) -> None:
    """Two numbered rows on lines one under the other, in a table whose other rows a blank line sets apart (a sheet's
    rows grown taller than their text), are one printed row: two 取組 typed in its cells a line each (「4⏎5」 |
    「公共施設予約のオンライン化⏎施設使用料のキャッシュレス化」, Alt+Enter), its one-line cells (one 担当課 for both) on
    the line of one. Only a 課 name the upper row has and the lower leaves empty is shared (a row's 担当課 is never
    left blank on purpose); a figure, a year or a span never is — an empty one may be the row's own blank (「4  … 総務課」
    with no 実施時期 under 「3  … R8～R10」, a 目標 with no 実績 yet), and which line of the print a 実施年度 Calc
    centred in the two was on says nothing of whose it is — and no row of a run of three or more such lines shares
    (which pair is the print's is unknown). ``lines``: each row's first line; ``written``: the block's lines that hold
    text."""
    keyed = [r for r, row in enumerate(rows) if row and row_number(row[0])]
    pairs = list(itertools.pairwise(keyed))
    apart = [b for a, b in pairs if b == a + 1 and lines[b] - 1 not in written]
    together = [(a, b) for a, b in pairs if b == a + 1 and lines[b] - lines[a] == 1]
    if not together or len(apart) < 3 or len(apart) < 2 * len(together):
        return
    chained = {r for (a, b), (c, d) in itertools.pairwise(together) if b == c for r in (a, b, d)}
    for a, b in together:
        upper, lower = rows[a], rows[b]
        if a in chained or b in chained:
            continue
        for c in range(1, min(len(upper), len(lower))):
            if upper[c] and not lower[c] and is_department(upper[c].split("、")[0]):
                lower[c] = upper[c]


#: A bar drawn in characters across a 工程表's years: 「対象手続の拡大━━━━━━→」.
_BAR_RUN = lazy_re(r"[━─]{3,}[→⇒➡▶]?")
#: Where one drawn bar ends and the next step begins, one blank apart: 「検討━━━━→ ◆本庁で導入」.
_AFTER_BAR = lazy_re(r"(?<=[━─→⇒➡▶]) (?=\S)")


def _drawn_bars(block: list[tuple[int, list[_Fragment]]], columns: list[int]) -> list[tuple[int, list[_Fragment]]]:
    """A 工程表's bars drawn in characters (「対象手続の拡大━━━━━━━━→」 from 令和７年度 into 令和９年度) as the
    cells they cross: the label in the column it starts in, a 「→」 in each column the bar reaches after it (the
    arrow carries the label on, as a table's own 「→」 does); two steps one blank apart are two cells."""
    if not any(_BAR_RUN.search(f.text) for _, frags in block for f in frags):
        return block
    # the years' columns: where the header's year labels stand (a bar's label may start mid-year; a column the
    # rows start a place or two before its label — 「運用━━━→」 set early — is reached where the label stands)
    years = sorted(
        {
            max(f.start, columns[_column_of(columns, f.start)])
            for _, frags in block[:HEADER_LINES]
            for f in frags
            if _YEAR.match(_BRACKETED_END.sub("", f.text.strip()))  # 「令和７年度(2025)」: its tail joined
        }
    )
    out: list[tuple[int, list[_Fragment]]] = []
    for number, frags in block:
        placed: list[_Fragment] = []
        for fragment in frags:
            if not _BAR_RUN.search(fragment.text):
                placed.append(fragment)
                continue
            start = fragment.start
            # counted as the block counts (on pdftotext's grid a kanji takes one place)
            grid = fragment.end - fragment.start == len(fragment.text)

            def width(text: str, grid: bool = grid) -> int:
                return len(text) if grid else sum(_wide(ch) for ch in text)

            for piece in _AFTER_BAR.split(fragment.text):
                end = start + width(piece)
                label = _BAR_RUN.sub("", piece).strip() or "→"
                placed.append(_Fragment(start, start + width(label), label))
                # a column the bar runs into by more than a place or two is one of its years
                placed += [_Fragment(c, c + 1, "→") for c in years if start + _TOLERANCE < c <= end - 2 * _TOLERANCE]
                start = end + 1
        out.append((number, sorted(placed, key=lambda f: f.start)))
    return out


_ARROW_END = lazy_re(r"[→⇒➡▶]$")
#: A phase's label has words; a mark alone (「●」「→」 of a legend: 実施, 継続) is its year's only.
_WORDED = lazy_re(rf"[^\s{SCHEDULE_MARKS}]")


def _merged_phases(rows: list[list[str]]) -> dict[tuple[int, int], str]:
    """The year cells of a 工程表 row that a phase merged over several years covers, with its label:
    the print writes the label in its first year only (「移行」 over R7–R8, then 「運用」), so an
    empty year between two labels of the row is the label's before it, and a label ending in an
    arrow (「本格実施 ―――→」) goes on over the empty years after it to the row's end. Only rows whose
    year cells are labels (no figure: a KPI's yearly targets are not phases), and only labels with
    words: a mark alone (「●」「→」 under 「凡例 ●：実施 →：継続」) marks its own year."""
    heads = [[c for c, text in enumerate(row) if text and _YEAR.match(text.strip())] for row in rows[:3]]
    top = next((r for r, found in enumerate(heads) if len(found) >= 3), None)
    out: dict[tuple[int, int], str] = {}
    if top is None or (top + 1 < len(rows) and _halves_row(rows[top + 1])):
        return out  # (bars over 上期 / 下期 are written out whole by ``halfbars``: an empty half is no step)
    years = heads[top]
    for r, row in enumerate(rows[top + 1 :], start=top + 1):
        filled = [c for c in years if row[c]]
        if len(filled) < 2 or any(_FIGURE.search(row[c]) for c in filled):
            continue
        label = ""
        for c in years[years.index(filled[0]) :]:
            if row[c]:
                label = row[c]
            elif _WORDED.search(label) and (c < filled[-1] or _ARROW_END.search(label)):
                out[r, c] = label
    return out


def _halves_row(cells: list[str]) -> bool:
    """Whether a header row labels halves of years (「上期 | 下期 | 上期 | 下期」)."""
    filled = [text for text in cells if text]
    return len(filled) >= 2 and all(half_of(text) for text in filled)


def _shapes(rows: list[list[str]], firsts: list[tuple[int, ...]]) -> tuple[list[tuple[int, ...]], int]:
    """The sets of columns a row's first line should fill: those the header rows label, then the
    set most of the other rows' first lines fill (shared by two rows or more); and how many
    header rows there are."""
    top = 0
    while top < min(3, len(rows)) and sum(1 for text in rows[top] if text and is_known(text)) >= 2:
        top += 1
    if not top:
        return [], 0
    header = tuple(sorted({c for row in rows[:top] for c, text in enumerate(row) if text}))
    body = Counter(first for first in firsts[top:] if len(first) > 1)
    shapes = [header]
    if body:
        common, count = body.most_common(1)[0]
        if count >= 2 and common != header:
            shapes.append(common)
    return shapes, top


def _label_columns(block: list[tuple[int, list[_Fragment]]], columns: list[int]) -> list[int]:
    """The header's labels as the columns, where the rows' columns would put two of its labels in
    one cell (「年度  目標」: the figures under 目標 printed right-aligned, or pushed left by the text
    before them, start between the labels): each label starts a column; [] otherwise. A label
    within a place or two of a column the rows start at keeps the rows' column (「番号」 two places
    left of the codes under it): a cell pdftotext set one blank before a code 「… 1-1-1」 is cut
    there only at the code's own start."""
    for at, (_, frags) in enumerate(block[:HEADER_LINES]):
        known = [f for f in frags if is_known(f.text)]
        if len(known) < 3 or len(known) * 3 < len(frags) * 2:
            continue
        cells = [_column_of(columns, f.start) for f in frags]
        if len(set(cells)) == len(cells):
            return []
        starts: set[int] = set()
        # a KPI box — its header over a row or two, each a line from the left edge — has all its rows within the first
        # lines: they are what the labels stand over, a cell one row writes past its first (「県・市町村の合計」 of the one
        # row with a 備考) stands where its column is, and the first label's column may be the left edge's
        box = _box(block, at)
        below = block[at + 1 :] if box else block[HEADER_LINES:]
        below_all = block[at + 1 :]
        written = {f.start for _, line in below for f in line}
        cell_starts = {f.start for _, line in below for f in line[1:]} if box else set()
        previous = -_TOLERANCE - 1 if box else -1
        for fragment in frags:
            near = [c for c in columns if abs(c - fragment.start) <= _TOLERANCE and c not in starts]
            if not near and not any(abs(w - fragment.start) <= _TOLERANCE for w in written):
                # a label centred over cells printed from their left edge (「取組名」 at 17 over titles at 11,
                # after 「番号」 at 6; 「指標名」 at 11 over names from the left edge): the rows' column between it and the
                # label before is its
                near = [
                    c
                    for c in sorted(set(columns) | cell_starts)
                    if previous + _TOLERANCE < c < fragment.start
                    and c not in starts
                    and not _measures_at(below_all, c)
                    and not _figures_before(below_all, c, fragment)
                ][-1:]
            start = min(near, key=lambda c: abs(c - fragment.start)) if near else fragment.start
            starts.add(start)
            previous = max(previous, start)
        return sorted(
            starts
            | {
                c
                for c in columns
                if all(abs(c - s) > _TOLERANCE for s in starts)
                and (c < min(starts) or _measures_unlabelled(below_all, c, starts))
            }
        )
    return []


def _measures_unlabelled(below: list[tuple[int, list[_Fragment]]], column: int, starts: set[int]) -> bool:
    """Whether the rows' ``column`` between two labels' ``starts`` is a column of 「目標」「実績」 the header leaves
    unlabelled (a KPI grid's 区分 of measures after the 基準値: 「2  目標  4  5 …」 under 「基準値（R5）  R6  R7 …」): every
    word starting there names a measure, one beside a cell under the label before it."""
    before = max((s for s in starts if s < column), default=None)
    if before is None:
        return False
    at = [frags for _, frags in below for f in frags if abs(f.start - column) <= _TOLERANCE]
    return _measures_at(below, column) and any(
        before - _TOLERANCE <= g.start < column - _TOLERANCE for frags in at for g in frags
    )


def _figures_before(lines: list[tuple[int, list[_Fragment]]], column: int, label: _Fragment) -> bool:
    """Whether the cells starting at ``column`` are figures ending before ``label``'s middle: figures right-aligned
    past the label before (「850」 at 68 to 71 under 「R6」 at 63, 「R7」 at 79 to 81), its column and not ``label``'s (a
    label centred over cells printed from its column's left edge stands right of their start)."""
    at = [f for _, frags in lines for f in frags if abs(f.start - column) <= _TOLERANCE]
    return (
        bool(at)
        and all(_FIGURE_CELL.match(f.text) for f in at)
        and max(f.end for f in at) <= (label.start + label.end) / 2
    )


def _measures_at(lines: list[tuple[int, list[_Fragment]]], column: int) -> bool:
    """Whether words start at ``column`` of ``lines`` and every one names a measure (「目標」「実績」): a 区分 column, no
    column of figures a label centred over them may take."""
    at = [f for _, frags in lines for f in frags if abs(f.start - column) <= _TOLERANCE]
    return bool(at) and all(_measure_word(f.text) is not None for f in at)


def _box(block: list[tuple[int, list[_Fragment]]], at: int) -> bool:
    """Whether a block is a KPI box: its header (line ``at``) over a few rows, each one line from the left edge."""
    # (a line of a measure alone under another's, 「実績  44」 under 「… 25  目標  40 …」, is the row's second line)
    rest = [
        frags
        for (_, frags), (_, over) in zip(block[at + 1 :], block[at:], strict=False)
        if frags and not _measure_under(frags, over)
    ]
    return (
        len(block) <= HEADER_LINES
        and 0 < len(rest) <= _BOX_ROWS
        and all(len(frags) >= 2 and frags[0].start <= _TOLERANCE for frags in rest)
    )


def _measure_under(frags: list[_Fragment], over: list[_Fragment]) -> bool:
    """Whether a line opens with a measure (「実績」) under a word of the line above naming another (「目標」)."""
    return bool(frags) and any(
        abs(f.start - frags[0].start) <= _TOLERANCE and _measure_below([f.text], [frags[0].text]) for f in over
    )


def _drifting_under_label(block: list[tuple[int, list[_Fragment]]], columns: list[int]) -> list[int]:
    """``columns`` with the starts that drift under one label of the first header line made that
    label's column: a Calc print sets each 担当課 a place or two further right after a title of wide
    characters (「総務課」 at 32, 「住民課」 at 34, 「企画課」 at 36 under 「担当課」 at 30), which
    makes columns of their own. Starts after a label's, nearer to it than to the next label's,
    where no line (a second header line included) writes two cells, are one column at the label."""
    header = next(
        (frags for _, frags in block[:HEADER_LINES] if sum(1 for f in frags if is_known(f.text)) >= 3),
        None,
    )
    if header is None:
        return columns
    out = list(columns)
    words = [word for _, frags in block for word in _words(frags)]
    if _centred_over_columns(header, columns):
        return columns
    ends = [f.start for f in header[1:]] + [10**6]
    for label, after, beyond in zip(header, ends, [*ends[1:], 10**6], strict=True):
        if not is_known(label.text):
            continue
        # nearer the label than the next one (a cell drifting left of the next column is that one's); a start a
        # place or two after the label's is its too (「（Ｒ１１）」 at 115 over figures from 116 to 120: 117 and 120),
        # but not figures right-aligned with those at the label (「４５０件」 at 56 and 「２１０手続」 at 55 both end at 60)
        aligned = {w.end for w in words if w.start == label.start}
        inside = [
            c
            for c in out
            if label.start < c
            and (c > label.start + _TOLERANCE or not _ending_at(words, c, aligned))
            and c - label.start < after - c
            and not _under_next(block, c, after)
            and not _past_next(words, c, after)
        ]
        if not inside:
            continue
        if (
            label is header[0]
            and after < 10**6
            and out[0] < label.start - _TOLERANCE
            and not any(
                c not in inside
                and (abs(c - label.start) <= _TOLERANCE or after - _TOLERANCE <= c < beyond - _TOLERANCE)
                for c in out
            )
        ):
            # the first label centred over the block's first column, and neither it nor the next label at a column: the
            # starts are the next label's, centred over them too (「No.」 at 4 over numbers from 0, 「取組名」 at 23 over
            # titles from 10, no start from it to 「R7」 — in a 工程表 whose 「R10」「R11」 stand at their steps' starts, so
            # that not every label stands right of a column's start)
            continue
        if any(
            sum(1 for f in frags if label.start - _TOLERANCE <= f.start < after - _TOLERANCE) > 1
            and len(_LEGEND_ENTRY.findall(" " + " ".join(f.text for f in frags))) < 2  # no row
            for _, frags in block
        ):
            continue  # two cells under the label on one line: columns of their own
        out = sorted({c for c in out if c not in inside} | {label.start})
    return out


def _past_next(words: list[_Fragment], start: int, after: int) -> bool:
    """Whether most words starting at ``start`` run on under the next label, which starts at ``after``: the column of
    that label's long cells (「電子申請できる手続数」 from 47 under 「成果指標（ＫＰＩ）」 centred at 57), not a short
    name drifting a place or two after the label before (「総務課」 at 32 under 「担当課」 at 30)."""
    at = [w for w in words if abs(w.start - start) <= 1]
    return bool(at) and sum(1 for w in at if w.end > after + _TOLERANCE) * 2 > len(at)


def _centred_over_columns(header: list[_Fragment], columns: list[int]) -> bool:
    """Whether every label of a header after the first stands right of a column's start, past the label before it (「施策」
    at 10 over cells from 6, 「取組」 at 31 over titles from 19, 「所管課」 at 42 over names from 36: a browser centres
    each th over cells written from their left edge): the starts right of a label are then the next column's, not a
    drift under it."""
    return len(header) >= 3 and all(_centred_labels(header, columns))


def _centred_labels(header: list[_Fragment], columns: list[int]) -> list[bool]:
    """For each label of a header after the first, whether it stands right of a column's start past the label before."""
    return [any(before.end <= c < label.start for c in columns) for before, label in zip(header, header[1:], strict=False)]


def _mostly_centred(header: list[_Fragment], columns: list[int]) -> bool:
    """Whether a header centres most of its labels over their columns (``_centred_over_columns``) and sets the others at or
    left of a column's start, before the next label: Calc's print of a sheet whose 取組名 / 担当課 / 成果指標 are centred
    over cells written from their left edge, its 単位 and years left-aligned over text or right-aligned figures."""
    if len(header) < 3:
        return False
    centred = _centred_labels(header, columns)
    nexts = [label.start for label in header[2:]] + [10**6]
    over = [
        any(label.start - _TOLERANCE <= c < after for c in columns)
        for label, after in zip(header[1:], nexts, strict=True)
    ]
    return sum(centred) * 3 >= len(centred) * 2 and all(c or o for c, o in zip(centred, over, strict=True))


def _opens(text: str) -> int:
    return text.count("（") + text.count("(") - text.count("）") - text.count(")")


#: A label's last bracketed part: 「（令和 5年度）」 of 「現状値（令和 5年度）」.
_LAST_BRACKET = lazy_re(r"^.*?([(（][^()（）]*[)）])$")


def _wider(label: _Fragment, tail: _Fragment) -> tuple[int, int]:
    """The span of a label joined to its tail: the tail's where it covers the label, else the label's."""
    covers = tail.start <= label.start and tail.end >= label.end
    return (tail.start, tail.end) if covers else (label.start, label.end)


def _header_tails(
    block: list[tuple[int, list[_Fragment]]], grid: list[list[_Fragment]]
) -> list[tuple[int, list[_Fragment]]]:
    """A header's labels with their wrapped second lines joined: a label cut inside its brackets (「現状値（令和 5」
    over 「年度）」) or followed by a bracketed tail (「基準値」 over 「（令和4年度）」) takes the tail standing under it,
    when the two make a label and every piece of the line below is such a tail or a label of its own (「指標」
    centred on the second line, which joins the upper line), fewer than the tails. Where they stand is judged as
    the block counts its positions, else on pdftotext's own grid (``grid``: the block's lines as fragments of
    character positions; a label and its tail may be centred alike only there)."""
    out = list(block)
    grid_of = {number: frags for (number, _), frags in zip(block, grid, strict=True)}
    at, retried = 0, False
    while at + 1 < len(out):
        (number, upper), (below, lower) = out[at], out[at + 1]
        if len(upper) < 2:
            at += 1
            continue
        spread = _years_under_group(upper, lower, grid_of[number], grid_of[below])
        # 「目標値」 centred over 「R6 R7 R8 R9」: a label a year, when the line's other pieces are tails of their own
        if spread is not None and _joined_tails(spread[0], spread[1], spread[2], spread[3]) is not None:
            upper, lower, grid_of[number], grid_of[below] = spread
            out[at], out[at + 1] = (number, upper), (below, lower)
        found = _joined_tails(upper, lower, grid_of[number], grid_of[below])
        if found is None:  # tails one blank apart (「（R5） （R11）」), each its own label's
            apart, apart_grid = _tails_apart(lower), _tails_apart(grid_of[below])
            found = _joined_tails(upper, apart, grid_of[number], apart_grid)
            if found is not None:
                lower, grid_of[below] = apart, apart_grid
        if found is not None:
            joined, kept = found
            # the label spans its tail where that is wider (「（令和4年度）」 under 「基準値」)
            upper = [
                _Fragment(*_wider(f, lower[joined[i]]), f.text + lower[joined[i]].text) if i in joined else f
                for i, f in enumerate(upper)
            ]
            # a label of its own on the lower line (「指標」 centred beside the two-line labels) goes up with them
            order = sorted(
                [(f, g) for f, g in zip(upper, grid_of[number], strict=True)]
                + [(lower[j], grid_of[below][j]) for j in kept],
                key=lambda pair: pair[0].start,
            )
            grid_of[number] = [g for _, g in order]
            out[at : at + 2] = [(number, [f for f, _ in order])]
            if at and not retried:  # a label over three lines (「基準値」 / 「（2023年」 / 「度）」): its two lower
                at, retried = at - 1, True  # lines made one tail, the line above takes it (once)
                continue
        at += 1
    return out


def _years_under_group(
    upper: list[_Fragment], lower: list[_Fragment], top: list[_Fragment], under: list[_Fragment]
) -> tuple[list[_Fragment], list[_Fragment], list[_Fragment], list[_Fragment]] | None:
    """A header's label of yearly figures centred over a run of bare years on the line below (「目標値」 over 「R6  R7
    R8  R9」, a spreadsheet's merged cell): the label made one a year (「目標値R6」 … at each year's place) and the years
    gone from the line below — joined as a tail, the label took only the year under it and the others read as a
    工程's. The four lists as ``_header_tails`` keeps them (the lines and pdftotext's grid of each); None when the line
    below has no such run."""
    from ..labels import classify

    years = [j for j, f in enumerate(lower) if _YEAR.fullmatch(f.text.strip())]
    runs: list[list[int]] = []
    for j in years:
        if runs and runs[-1][-1] == j - 1:
            runs[-1].append(j)
        else:
            runs.append([j])
    for run in runs:
        if len(run) < 2:
            continue
        left, right = lower[run[0]].start, lower[run[-1]].end
        over = [i for i, f in enumerate(upper) if left <= f.start and f.end <= right]
        found = classify(upper[over[0]].text) if len(over) == 1 else None
        if found is None or found.role not in ("target", "actual", "budget") or found.fy is not None:
            continue
        label = upper[over[0]].text
        made = [_Fragment(lower[j].start, lower[j].end, label + lower[j].text) for j in run]
        made_grid = [_Fragment(under[j].start, under[j].end, label + under[j].text) for j in run]
        i = over[0]
        new_upper = _labels_apart(upper[:i]) + made + _labels_apart(upper[i + 1 :])
        new_top = _labels_apart(top[:i]) + made_grid + _labels_apart(top[i + 1 :])
        if len(new_upper) != len(new_top):
            return None  # (the line and its grid cut otherwise: they must stay a fragment for a fragment)
        return (
            new_upper,
            [f for j, f in enumerate(lower) if j not in run],
            new_top,
            [f for j, f in enumerate(under) if j not in run],
        )
    return None


def _labels_apart(frags: list[_Fragment]) -> list[_Fragment]:
    """A header line's fragments with labels one blank apart (「番号 指標」) cut into one each."""
    out: list[_Fragment] = []
    for fragment in frags:
        words = _words([fragment])
        out += words if len(words) > 1 and all(is_known(w.text) for w in words) else [fragment]
    return out


def _joined_tails(
    upper: list[_Fragment], lower: list[_Fragment], top: list[_Fragment], under: list[_Fragment]
) -> tuple[dict[int, int], list[int]] | None:
    """``_tails`` judged where the block places the two lines, else on pdftotext's grid (``top``, ``under``)."""
    found = _tails(upper, lower, upper, lower)
    if found is None and (upper, lower) != (top, under):
        found = _tails(upper, lower, top, under)
    return found


def _tails_apart(frags: list[_Fragment]) -> list[_Fragment]:
    """A header line's fragments with bracketed tails one blank apart cut into one each (「（R5） （R11）」 under
    「現状値  目標値」: two labels' tails pdftotext set close, the second starting left of the label it ends)."""
    out: list[_Fragment] = []
    for fragment in frags:
        words = _words([fragment])
        out += words if len(words) > 1 and all(_TAIL.match(w.text) for w in words) else [fragment]
    return out


def _group_titles(block: list[tuple[int, list[_Fragment]]]) -> list[tuple[int, list[_Fragment]]]:
    """The block without a header's line of group titles: labels over the header row whose roles the header's lines
    name again under them (「成果指標」 over 「指標名 | 基準値 | 目標値 | 実績値」, 指標名 its indicator too) title a group of
    columns, no column's label — joined to the label they happen to stand over they would make none
    (「成果指標基準値（R5）」). Not a title naming what years under it are (「実施スケジュール」 over 「R6 | R7 | R8」: a year
    is read as a step's column, and the title says which)."""
    from ..labels import classify

    def role(text: str) -> str | None:
        found = classify(text, loose=False)
        return found.role if found else None

    for at, (_, frags) in enumerate(block[: min(len(block), HEADER_LINES) - 1]):
        below = [f for _, line in block[at + 1 : HEADER_LINES] for f in line if not _YEAR.match(f.text.strip("（）()"))]
        if (
            frags
            and sum(1 for f in block[at + 1][1] if is_known(f.text)) >= 3
            and all(role(f.text) is not None and role(f.text) in {role(g.text) for g in below} for f in frags)
        ):
            return block[:at] + block[at + 1 :]
    return block


def _tails(
    upper: list[_Fragment], lower: list[_Fragment], top: list[_Fragment], under: list[_Fragment]
) -> tuple[dict[int, int], list[int]] | None:
    """For ``_header_tails``: which fragment of the upper line each tail of the lower line joins (judged where
    ``top`` and ``under`` place them) and the lower line's labels of their own; None unless the whole line is so."""
    joined: dict[int, int] = {}  # upper fragment ← lower fragment
    kept: list[int] = []
    for j, tail in enumerate(under):
        over = [i for i, f in enumerate(top) if f.start < tail.end and tail.start < f.end]
        label = upper[over[0]].text if len(over) == 1 else ""
        text = lower[j].text
        if (
            label
            and over[0] not in joined
            and (_bracketed_tail(label, text) or _cut_word(label, text) or _cut_year(label, text))
        ):
            joined[over[0]] = j
        elif is_known(text) and not over:
            kept.append(j)
        else:
            return None
    # (not the header under a line of labels: 「現状値」 over its 「（R5）」) — unless every label of the upper line takes
    # its tail: a header whose one-line labels are centred on its second line (「No. 取組名 … （R4） （R8） … 評価」
    # under 「基準値 目標値 実績値 実績値」, a spreadsheet's print)
    return (joined, kept) if len(joined) > len(kept) or len(joined) == len(upper) >= 3 else None


def _bracketed_tail(label: str, tail: str) -> bool:
    """Whether a header's label goes on in brackets on the line below (「現状値（令和 5」 over 「年度）」, 「基準値」 over
    「（令和4年度）」), making a label of the role it had."""
    return bool(
        (_opens(label) > 0 and _opens(tail) < 0 or not _opens(label) and _TAIL.match(tail))
        and _TAIL.match(_LAST_BRACKET.sub(r"\1", label + tail))  # (not 「（令和６ 進捗 担当課」 of three cells)
        and is_known(label + tail)
        and not _loses_role(label, label + tail)
    )


def _cut_word(label: str, tail: str) -> bool:
    """Whether a header's label is a word cut where its narrow column wrapped (「番」 over 「号」, 「重」 over 「点」): neither
    part a label, nor bracketed, the two together one."""
    return not (_opens(label) or _opens(tail) or is_known(label) or is_known(tail)) and is_known(label + tail)


def _cut_year(label: str, tail: str) -> bool:
    """Whether a header's year is cut before its 「度」 where its narrow column wrapped (「2025年」 over 「度」)."""
    return tail == "度" and label.endswith("年") and bool(_YEAR.fullmatch(label))


def _loses_role(label: str, joined: str) -> bool:
    """Whether joining a tail to a header's label makes it no label of a role where the label alone had one
    (「単位」 over 「（R5）」: 「単位（R5）」 names nothing; the year belongs to the 基準値 beside it)."""
    from ..labels import classify

    return classify(label, loose=False) is not None and classify(joined, loose=False) is None


def _centred_under_label(block: list[tuple[int, list[_Fragment]]], columns: list[int]) -> list[int]:
    """``columns`` with the starts of cells centred under one label of the header made one column: Calc centres a
    cell's every line (「人事課・デジタル」 at 23 over 「推進課」 at 26, 「財産管理課」 at 24, all centred under 「担当課」),
    which makes columns of their own. Starts between the label's neighbours where most words begin centred on the
    label (within a place or two) are one column, at the first of them — not starts whose cells end where the first
    one's do (figures right-aligned under a label centred over them: 「２１０手続」 at 55, 「４５０件」 at 56, both
    ending at 60, which the right-aligned figures' reading places by their ends)."""
    header = next(
        (frags for _, frags in block[:HEADER_LINES] if sum(1 for f in frags if is_known(f.text)) >= 3),
        None,
    )
    if header is None:
        return columns
    body = [word for _, frags in block if frags is not header for word in _words(frags)]
    out = list(columns)
    for k, label in enumerate(header):
        if not is_known(label.text):
            continue
        low = header[k - 1].end if k else -1
        high = header[k + 1].start if k + 1 < len(header) else 10**6
        middle = (label.start + label.end) / 2
        centred = []
        for column in out:
            if not low <= column < high:
                continue
            words = [w for w in body if abs(w.start - column) <= 1]
            near = sum(1 for w in words if abs((w.start + w.end) / 2 - middle) <= _TOLERANCE)
            if words and near * 2 > len(words):
                centred.append(column)
        if len(centred) >= 2:
            first = {w.end for w in body if w.start == centred[0]}
            merged = [c for c in centred[1:] if not _ending_at(body, c, first)]
            out = sorted({c for c in out if c not in merged})
    return out


def _ending_at(words: list[_Fragment], start: int, ends: set[int]) -> bool:
    """Whether most of the ``words`` starting at ``start`` end at one of ``ends``: aligned right with them."""
    at = [w for w in words if w.start == start]
    return bool(at) and sum(1 for w in at if w.end in ends) * 2 > len(at)


def _under_next(block: list[tuple[int, list[_Fragment]]], start: int, label: int) -> bool:
    """Whether the cells starting at ``start`` are those of the column labelled at ``label`` further right: most of
    them run on under that label (a label Calc centred over a wide column, 「取組内容」 at 37 over cells from 26 to
    47), where a drifting narrow cell (「総務課」 a place or two after 「担当課」) ends before the next label."""
    cells = [f for _, frags in block[1:] for f in frags if abs(f.start - start) <= 1]
    return len(cells) >= 2 and sum(1 for f in cells if f.end > label + _TOLERANCE) * 2 > len(cells)


def _header_starts(block: list[tuple[int, list[_Fragment]]], columns: list[int]) -> set[int]:
    """Where the labels of a block's second header line start, apart from the columns already
    found: 「目標 | 実績 | 目標 | 実績」 under years, each label a column of its own even where no
    row has a figure under it yet. (The first header line's labels may stand off their columns:
    pdftotext sets a line of wide characters narrower than the figures under it.)"""
    out: set[int] = set()
    first = True  # the first header row's own columns are those its rows' cells find
    head = block[:HEADER_LINES]
    for at, (_, frags) in enumerate(head):
        known = [f for f in frags if is_known(f.text) or is_known(_wrapped_label(f, head[at + 1 :]))]
        if not first and len(frags) >= 2 and all(_YEAR.match(f.text) for f in frags):
            known = frags  # 「R6 R7 R8 | R6 R7」 under 「目標値 | 実績値」: a column a year
        elif not first and len(frags) >= 2 and all(half_of(f.text) for f in frags):
            known = frags  # 「上期 | 下期」 under each year: a column a half
        elif len(known) < 3 or len(known) * 3 < len(frags) * 2:
            continue
        if first:
            first = False
            continue
        for fragment in known:
            near = [c for c in [*columns, *out] if abs(fragment.start - c) <= _TOLERANCE]
            # a column the rows found is labelled too (kept where no row fills it yet)
            out.add(min(near, key=lambda c: abs(fragment.start - c)) if near else fragment.start)
    return out


def _wrapped_label(fragment: _Fragment, below: list[tuple[int, list[_Fragment]]]) -> str:
    """A header label with its wrapped tail from the lines below it, where they start at its
    start (「実」 over 「績」 in a column one kanji wide: 実績)."""
    text = fragment.text
    for _, frags in below:
        tail = [f for f in frags if abs(f.start - fragment.start) <= 1]
        if len(tail) != 1:
            break
        text += tail[0].text
    return text


def read_columns(text: str) -> Document:
    """The document of a column-aligned text: table blocks and lines, by page.

    A table cut by a page break goes on over it (pdftotext puts ``\\f`` wherever the page
    ended, often inside a row): the next page's lines join the block, and a row's wrapped text
    on the new page joins its cells.
    """
    from .halfbars import HALVES_NOTE, halves_estimated

    raw = text.split("\n")
    drop = page_furniture(raw)
    paged = "\f" in text
    document = Document(kind="text", notes=_notes(raw, drop))
    page = Page(number=1)
    document.pages.append(page)
    block: list[tuple[int, list[_Fragment]]] = []
    block_page = page
    page_of: dict[int, int] = {}
    blanks = 0
    fresh = False  # at a new page's first line
    bridged = -1  # the last line of a header printed again over a cut row's rest: the page's margin up to it
    # that header's lines, to start the page's own table once the cut row's rest has ended
    reprinted: list[tuple[int, list[_Fragment]]] = []
    forms: set[int] = set()  # the pages a form is on
    parts = _sheet_parts(raw, drop) if paged else frozenset()
    centred = centred_labels(raw)

    def where(number: int) -> int | None:
        return page_of.get(number, page.number) if paged else None

    def grid(
        part: list[tuple[int, list[_Fragment]]], texts: list[str] | None = None
    ) -> list[tuple[int, list[_Fragment]]]:
        texts = texts or [raw[number - 1].replace("\f", "").rstrip() for number, _ in part]
        if on_grid(texts):
            return [
                (number, fragments(text, grid=True)) for (number, _), text in zip(part, texts, strict=True)
            ]
        return part

    def read(part: list[tuple[int, list[_Fragment]]]) -> Table:
        part, texts, joined = _measures_centred(
            part, [raw[number - 1].replace("\f", "").rstrip() for number, _ in part]
        )
        part = grid(part, texts)
        part = _group_titles(_header_tails(part, [fragments(text, grid=True) for text in texts]))
        part = _label_folded(part)
        form = _form(part, where)
        if form is not None:
            forms.add(block_page.number)
        if form is None and (estimated := halves_estimated(part)) is not None:
            document.notes.append((Location(page=where(estimated), line=estimated), HALVES_NOTE))
        return form or _table(part, where, centred, joined)

    def flush() -> None:
        nonlocal block
        multi = sum(1 for _, frags in block if len(frags) > 1)
        if multi >= 2 and (parts := _nested_tables(block)) is not None:
            # a card whose label cell holds a table of its own (「成果指標」 beside 「指標名  単位  現状値 …」): the
            # card's fields and each inner table read apart, then joined as one table, as the PDF reader has it
            block_page.blocks.append(
                _joined_tables(
                    [
                        read(part) if label is None else _inner_table(label, grid(part), where)
                        for label, part in parts
                    ]
                )
            )
        elif multi >= 2:
            table = read(block)
            titles = [number for number, _ in block[: _lines_over_header(block)]]
            lines = [location.line for location in table.row_locations[: len(titles)]]
            # (rows of their own as read, none the header's: a label's first line over 「番号 | 取組名」 — 「主な」 over
            # 「取組名」 — is joined into the header's row, which begins on that line)
            if titles and lines == titles and not any(_labels_row(row) for row in table.rows[: len(titles)]):
                for number, frags in block[: len(titles)]:
                    block_page.blocks.append(Line(_line_text(frags), Location(page=where(number), line=number)))
                table.rows, table.row_locations = table.rows[len(titles) :], table.row_locations[len(titles) :]
                table.location = table.row_locations[0] if table.row_locations else table.location
            block_page.blocks.append(table)
        else:
            for number, frags in block:
                block_page.blocks.append(Line(_line_text(frags), Location(page=where(number), line=number)))
        block = []

    for number, line in enumerate(raw, start=1):
        if "\f" in line:
            again = _repeats_header(block, raw, number, drop)
            repeated = _cut_row_below(block, raw, again, drop) if again is not None else None
            if repeated is not None:
                # a row cut by the page break goes on below the header printed again: the header
                # is that page's furniture, and the row's rest joins the row in this block
                drop.update(repeated)
                bridged = max(repeated)
                reprinted = [(i + 1, fragments(raw[i].replace("\f", "").rstrip())) for i in repeated]
                again = None
            elif again is not None:
                # a new page that prints the header again starts a table with columns of its own
                # (the header is kept, though it recurs on every page like a running header)
                drop.discard(again)
            if (
                not any(len(frags) > 1 for _, frags in block)
                or again is not None
                or _form_ahead(raw, number, drop)
                or (
                    repeated is None
                    and (
                        _header_ahead(block, raw, number, drop)
                        or _other_header_ahead(block, raw, number, drop)
                    )
                )
            ):
                flush()
            if page.blocks or block:
                page = Page(number=page.number + 1)
                document.pages.append(page)
            blanks = 0
            fresh = True
            line = line.replace("\f", "")
        if number - 1 in drop:
            continue
        if not line.strip():
            if number - 1 < bridged:
                continue  # blank lines over the header printed again: no gap in the cut row
            blanks += 1
            if (
                blanks > 2
                and not _tall_rows(block, raw, number, drop)
                and not _card_goes_on(block, raw, number, drop)
            ):
                flush()
            continue
        blanks = 0
        frags = fragments(line.rstrip())
        head = _card_head(frags)
        if head is not None and not any(_CARD_NUMBER.match(f[0].text) for _, f in block):
            # 「取組 1-2   窓口のワンストップ化      担当課    市民課」: a card's number, title and its 担当課 boxed beside
            # them end the table above (the card before's 工程表) and are lines of their own
            flush()
            for text in head:
                page.blocks.append(Line(text, Location(page=where(number), line=number)))
            continue
        if block and _note_under(block, frags):
            # 「※現状値は令和６年度、…」 at the table's left edge under its rows: the note ends the table, a line of its
            # own, and the lines under it (a page's 「お問い合わせ  デジタル推進課  電話 …」) are no rows of it
            flush()
            page.blocks.append(Line(_line_text(frags), Location(page=where(number), line=number)))
            continue
        if is_chapter_heading(frags[0].text) or _marked_heading(frags):
            # 「第5章   成果指標（KPI）」, 「■ 主な事務事業」: a heading ends the table above, a line of its own
            flush()
            page.blocks.append(Line(_line_text(frags), Location(page=where(number), line=number)))
            continue
        if frags[0].start <= _TOLERANCE and frags[0].text in parts:
            # a sheet's own numbered part (「２　指標の推移」, 「３　コスト（千円）  R5決算 …」): it ends the block
            # above it, and alone on its line it is a line of its own
            flush()
            if len(frags) == 1:
                page.blocks.append(Line(_line_text(frags), Location(page=where(number), line=number)))
                continue
        if block and len(block) <= _TITLE_LINES and _field_line(frags) and _notes_above(block) and number - block[-1][0] > 1:
            # the sheet's title (「令和６年度　事務事業評価シート　　風早市」) a blank line over its form's first field (a line
            # right over it is a field wrapped over two: 「担当部  市民生活部」 over 「取組番号  1-1  署」)
            flush()
        elif block and frags[0].start <= _TOLERANCE and not _field_line(frags) and _is_form(block):
            flush()  # the form's fields end at a line that is none (「１　事業の目的・概要」)
        if block and _notes_above(block) and header_like(line) and not _set_vertically(block[-1][1]):
            flush()  # 「記入者：各課担当  提出期限：…」 over the header: lines of their own, not a row
        elif block and header_like(line) and (cut := _title_over(block)):
            # the sheet's title (「沢渡村情報化推進計画  取組一覧」, 「柳瀬市ＤＸ推進計画  令和６年度  進捗状況一覧」)
            # over the header, or over its upper line of labels (「現状値」 over 「（R5）」): lines of their own
            block, rest = block[:cut], block[cut:]
            flush()
            block = rest
        if block and (fresh and _field_line(frags) or _leaves_table(block, raw, frags)):
            # a sheet's next form (「事業番号 1-1-2 担当課 会計課」 at a page's top), or its next field
            # under a table (「事業費（千円） R5 R6 R7」 under the indicators): the table ends
            flush()
        fresh = False
        if reprinted and block and frags[0].start <= _TOLERANCE and len(frags) > 1:
            # the cut row's rest has ended (it starts past the first column): the rows after it are the page's,
            # laid out afresh, and read with their own columns under the header printed again
            flush()
            block, block_page = reprinted, page
            page_of.update((n, page.number) for n, _ in reprinted)
            reprinted = []
        if number - 1 > bridged + _LOOK_AHEAD:
            reprinted = []
        if (
            block
            and number - block[-1][0] > 1
            and page_of.get(block[-1][0], page.number) == page.number
            and _header_under_headless(block, raw, line)
        ):
            # 「番号  取組名  担当課  評価」 a blank line under a count of grades (「順調  7件」「計  11件」) whose own header
            # has two labels: the 取組's table starts afresh, no row of the count's (on the page the block goes on: a
            # header printed again over a row cut by the page break is the break's)
            flush()
        if block and number - block[-1][0] > 1 and _part_heading(frags, raw, number):
            # 「８ 施策の体系図」 a blank line under a table, over the next table's header or a line of text: the plan's
            # numbered part ends the table above, a line of its own (朝凪県's 概要版: its 課題と対応 table ran on into
            # the 体系図 under it, and the 体系図 into 「９ 主な取組の目標」)
            flush()
            page.blocks.append(Line(_line_text(frags), Location(page=where(number), line=number)))
            continue
        if (
            len(frags) > 1
            or (block and (_continues(block, frags[0]) or _spans(block, raw, number)))
            or (not block and _label_over_header(frags, raw, number))
        ):
            if not block:
                block_page = page
            block.append((number, frags))
            page_of[number] = page.number
            continue
        flush()
        page.blocks.append(Line(line.strip(), Location(page=where(number), line=number)))
    flush()
    # one form a page (a workbook of evaluation sheets printed): read page by page
    document.by_page = len(forms) >= 2 and len(forms) * 2 >= len(document.pages)
    return document


def _note_under(block: list[tuple[int, list[_Fragment]]], frags: list[_Fragment]) -> bool:
    """Whether a line is a note under a table (「※現状値は令和６年度、目標値は令和10年度の値です。」) or the legend of its
    marks (「※達成状況   順調：…   遅れ：…」, in pieces each a mark–colon entry): opened by 「※」 at the left edge, one
    piece or a legend — a line with cells in the table's other columns is a row, its first cell marked 「※」 (重点/再掲:
    「※会議の効率化  企画課  会議時間 …」, 「※2  会議の効率化 …」, 「※  （再掲）」 under a row's title) — under at least
    one of the table's rows: a line under its header's lines (a header two lines deep, 「No.  取組名  担当課」 over
    「R7  R8  R9  R10」 or a wrapped 「担当 / 課」, and a note right under it: the table goes on, its rows below)."""
    if frags[0].start > _TOLERANCE or not frags[0].text.startswith("※"):
        return False
    if len(frags) > 1 and not all("：" in f.text or ":" in f.text for f in frags[1:]):
        return False
    at = next((i for i, (_, line) in enumerate(block) if sum(1 for f in line if is_known(f.text)) >= 3), None)
    if at is None:
        return False
    return any(
        len(line) >= 2 and not all(is_known(f.text) or _YEAR.match(f.text) for f in line) for _, line in block[at + 1 :]
    )


def centred_labels(lines: list[str]) -> bool:
    """Whether a text's cards have their labels centred in their cells' height: somewhere a label stands alone at the
    left edge between two lines of a value (「ＫＰＩ」 between 「…の対応手続数」 and 「②窓口の平均所要時間」), which a card
    whose labels start their values' first lines never has."""
    cut = [fragments(line.replace("\f", "").rstrip(), grid=True) for line in lines]
    return any(
        len(frags) == 1
        and frags[0].start <= _TOLERANCE + 1
        and is_known(frags[0].text)
        and all(len(side) == 1 and side[0].start > frags[0].end + 1 for side in (above, below))
        for above, frags, below in zip(cut, cut[1:], cut[2:], strict=False)
    )


def _lone_label(frags: list[_Fragment]) -> bool:
    """Whether a line is a card's label alone at the left edge (「成果指標」「年次計画」): its value below it."""
    return len(frags) == 1 and frags[0].start <= _TOLERANCE and is_known(frags[0].text)


def _nested_tables(
    block: list[tuple[int, list[_Fragment]]],
) -> list[tuple[tuple[int, _Fragment] | None, list[tuple[int, list[_Fragment]]]]] | None:
    """A card's block cut where a label alone at the left edge has a table set in its value cell: the lines under
    the label indented past the left edge, the first a row of three cells or more (「指標名  単位  現状値  R7 目標 …」,
    「令和７年度  令和８年度  令和９年度」). Each part is (None, the card's lines) or (the label, its table's lines);
    None where the block has no such table."""
    parts: list[tuple[tuple[int, _Fragment] | None, list[tuple[int, list[_Fragment]]]]] = []
    rest: list[tuple[int, list[_Fragment]]] = []
    at = 0
    found = False
    while at < len(block):
        number, frags = block[at]
        end = at + 1
        while end < len(block) and block[end][1][0].start > _TOLERANCE:
            end += 1
        if _lone_label(frags) and end - at < 3 and at + 1 < len(block) and _labels_line(block[at + 1][1]):
            end = _rows_under_header(block, at + 1)
        if _lone_label(frags) and end - at >= 3 and len(block[at + 1][1]) >= 3:
            if rest:
                parts.append((None, rest))
                rest = []
            parts.append(((number, frags[0]), block[at + 1 : end]))
            found = True
            at = end
            continue
        rest.append((number, frags))
        at += 1
    if rest:
        parts.append((None, rest))
    return parts if found else None


def _rows_under_header(block: list[tuple[int, list[_Fragment]]], header: int) -> int:
    """Where a table set under a card's label alone ends: a header of labels (「指標名  基準値（R4）  R5実績 …」, centred
    past the left edge) over rows written from the left edge (「電子申請対応手続数  40手続  75手続 …」) runs up to the
    card's next label at the left edge (「評価」)."""
    end = header + 1
    while end < len(block) and not (block[end][1][0].start <= _TOLERANCE and is_known(block[end][1][0].text)):
        end += 1
    return end


def _inner_table(
    label: tuple[int, _Fragment], lines: list[tuple[int, list[_Fragment]]], page: Callable[[int], int | None]
) -> Table:
    """The table set in a card's value cell, its rows beside the label's cell (the label's row, then the table's with
    the label's cell empty). Under a row of years alone (a 年次計画's 「令和７年度  令和８年度  令和９年度」) each line is a
    row of steps under the years it stands under (「移行」 under the first year only, no wrapped header)."""
    head = [f.text for f in lines[0][1]]
    if len(head) >= 2 and _years(head) == len(head):
        columns = [f.start for f in lines[0][1]]
        at = 1
        while at < len(lines) and all(_YEAR_TAIL.match(f.text) for f in lines[at][1]):
            # 「令和７」 over 「年度」: the years wrapped in their narrow cells
            head = [
                _join(year, tail)
                for year, tail in zip(head, _place(lines[at][1], columns, False), strict=True)
            ]
            at += 1
        steps = [""] * len(columns)
        for _, frags in lines[
            at:
        ]:  # a step wrapped in its cell (「対象拡」 over 「大」) goes on under its year
            steps = [
                _join(step, text) for step, text in zip(steps, _place(frags, columns, False), strict=True)
            ]
        rows = [head, steps] if at < len(lines) else [head]
        numbers = [lines[0][0]] + ([lines[at][0]] if at < len(lines) else [])
    else:
        inner = _table(lines, page)
        rows = [[cell.text for cell in row] for row in inner.rows]
        numbers = [location.line or 0 for location in inner.row_locations]
    first = label[0]
    return Table(
        rows=[[Cell(label[1].text)]] + [[Cell("")] + [Cell(text) for text in row] for row in rows],
        location=Location(page=page(first), line=first),
        row_locations=[Location(page=page(first), line=first)]
        + [Location(page=page(n), line=n) for n in numbers],
    )


#: A year's label wrapped in a narrow cell, its rest on the line below: 「年度」「年」「（2025）」.
_YEAR_TAIL = lazy_re(r"^(?:年度?|度|[(（]\s*20[0-9]{2}\s*[)）])$")


def _joined_tables(tables: list[Table]) -> Table:
    """Tables read apart from one block, one table again (every row as wide as the widest)."""
    width = max(table.width for table in tables)
    rows = [row + [Cell("") for _ in range(width - len(row))] for table in tables for row in table.rows]
    locations = [location for table in tables for location in table.row_locations]
    return Table(rows=rows, location=tables[0].location, row_locations=locations)


#: Marks that open a heading at a line's left edge (never a cell's wrapped text).
_MARKS = "■□◆◇▼▽▶►"

#: A card's number with its word at a line's start: 「取組 1-2」「事業 3」「No.4」.
_CARD_NUMBER = lazy_re(r"^(?:取組|事業|施策|No\.?)\s*[0-9０-９]{1,2}(?:[-－‐][0-9０-９]{1,2}){0,2}$")


def _card_head(frags: list[_Fragment]) -> list[str] | None:
    """The lines of a card's heading set out on one line: its number and title, then each label with its value
    (「取組 1-2 | 窓口のワンストップ化 | 担当課 | 市民課」 → 「取組 1-2 窓口のワンストップ化」「担当課 市民課」); None for any
    other line."""
    if len(frags) < 4 or frags[0].start > 2 or not _CARD_NUMBER.match(frags[0].text):
        return None
    from ..labels import classify

    labels = [i for i, f in enumerate(frags) if i >= 2 and classify(f.text, loose=False) is not None]
    if not labels or labels[-1] == len(frags) - 1 or len(frags) - labels[0] != 2 * len(labels):
        return None
    if any(j != labels[0] + 2 * n for n, j in enumerate(labels)):
        return None  # label, value, label, value … after the title
    title = " ".join(f.text for f in frags[: labels[0]])
    return [title] + [f"{frags[j].text} {frags[j + 1].text}" for j in labels]


def _marked_heading(frags: list[_Fragment]) -> bool:
    """A line that is a marked heading alone at the left edge with no number (「■ 主な事務事業」 under a KPI table):
    the end of the table. A numbered one (「■ 基本方針２ 行政の効率化」) may be a section row across the table."""
    return (
        len(frags) == 1
        and frags[0].start <= 1  # (the page's margin a blank: 「 ■工程表」)
        and frags[0].text[:1] in _MARKS
        and _TITLED_HEADING.match(frags[0].text) is None
        and not any(ch.isdigit() for ch in nfkc(frags[0].text))
    )


def _notes_above(block: list[tuple[int, list[_Fragment]]]) -> bool:
    """Whether no line of ``block`` holds a label of the dictionary or a year: over a header row
    such lines (the sheet's title 「楠市DX推進計画…  進捗管理表」, 「記入者：各課担当  提出期限：…」) are
    lines of their own, not the table's first row or a header line over its labels."""
    from ..labels import classify

    return not any(
        classify(f.text, loose=False) is not None
        and not f.text.startswith(("(", "（"))  # not 「（令和6年度末時点）」
        for _, frags in block
        for f in frags
    )


def _title_over(block: list[tuple[int, list[_Fragment]]]) -> int:
    """Where a header's upper lines of labels (「現状値  目標値」 over 「（R5）」) begin in ``block``, under lines that are
    the sheet's title (「柳瀬市ＤＸ推進計画  令和６年度  進捗状況一覧」, 「（令和７年６月  デジタル推進課）」: each with
    a word that is no label, and no label but a year or one written with its value, 「計画期間：令和６年度～…」; or the legend of the marks printed under the title, 「評価
    ◎：目標を達成 ○：順調 …」): 0 unless such title lines are there."""
    from ..labels import classify

    cut = len(block)
    # (a group label over years is a label too: 「年度別の目標・実績」)
    # (and so are header cells set vertically, a character a line: 「令  令  令  令」 over the labels)
    while cut and (
        _set_vertically(block[cut - 1][1])
        or all(is_known(f.text) or classify(f.text, loose=False) is not None for f in block[cut - 1][1])
    ):
        cut -= 1
    titles = block[:cut]
    if not titles:
        return 0
    for _, frags in titles:
        if _legend(frags):
            continue
        if not any(not is_known(f.text) or _VALUED.match(f.text) for f in frags):
            return 0
        if any(
            classify(f.text, loose=False) is not None and not _YEAR.match(f.text) and not _VALUED.match(f.text)
            for f in frags
        ):
            return 0
    return cut


def _set_vertically(frags: list[_Fragment]) -> bool:
    """Whether a line is header cells set vertically, a character a line (「令  令  令  令」, 「担  和  和  和  和」 over
    「番  取組名  …」, the 担当課 and 実施年度 cells of a narrow header): two characters or more and every one alone. Over a
    header such lines are its upper lines, no title nor notes over it (those have words)."""
    return len(frags) >= 2 and all(len(f.text) == 1 for f in frags)


#: A label written with its value after a colon (「計画期間：令和６年度～令和９年度」「基準日：令和８年３月31日」): a line of the
#: sheet's title block, never a header's label.
_VALUED = lazy_re(r"^[^：:]{1,10}[：:]\s*\S")


def _legend(frags: list[_Fragment]) -> bool:
    """Whether a line is the legend of a table's marks: two mark–colon entries or more (「◎：目標を達成 ○：順調」)."""
    return len(_LEGEND_ENTRY.findall(" " + " ".join(f.text for f in frags))) >= 2


def _field_line(frags: list[_Fragment]) -> bool:
    """Whether a line is a form's field: a label at the left edge and its value (「事業番号  1-1-1
    担当課  会計課」「事業名  行政手続の…」, 「事業期間  令和５年度　～　令和８年度」: a span of years is a value, no
    year's label), not a table's header row."""
    return (
        len(frags) >= 2
        and frags[0].start <= _TOLERANCE
        and is_known(frags[0].text)
        and (not is_known(frags[1].text) or _span(frags[1].text))
        and not header_like("   ".join(fragment.text for fragment in frags if not _span(fragment.text)))
    )


def _span(text: str) -> bool:
    """Whether a fragment is a span of years (「令和５年度　～　令和８年度」): a value, not a year's label."""
    return _TWO_YEARS.search(nfkc(text)) is not None


#: Two years joined by a dash or a wave (NFKC text): the span a 事業期間 states, 「令和5年度 ～ 令和8年度」「R6～R8」.
_TWO_YEARS = lazy_re(r"(?:年度?|\d)\s*[～~〜\-－]\s*(?:令和|平成|R|H|20)\s*[0-9元]")


def _form_line(frags: list[_Fragment]) -> bool:
    """Whether a line is two fields of a form side by side (「事業番号  1-1-2  担当課  会計課」, 「事業コード  01-02-0031
    評価者  市民部長」): a field line of four fragments or more, the third a label."""
    return len(frags) >= 4 and is_known(frags[2].text) and _field_line(frags)


#: How many lines a sheet's title may take over its form.
_TITLE_LINES = 3
#: How many lines a form may have: a longer block is a table, not asked again line by line.
_FORM_LINES = 24


def _is_form(block: list[tuple[int, list[_Fragment]]]) -> bool:
    """Whether ``block`` is a form's fields: every line at the left edge a field, the first line among them,
    one of them two fields (``_form``'s test)."""
    if len(block) > _FORM_LINES or block[0][1][0].start > _TOLERANCE:
        return False
    starts = [frags for _, frags in block if frags[0].start <= _TOLERANCE]
    return (
        len(starts) >= 2
        and all(_field_line(frags) for frags in starts)
        and any(len(frags) >= 4 for frags in starts)
    )


#: A numbered part of a sheet at a line's left edge: 「２　指標の推移」「３．コスト」「(4) 評価」 — a number, then a blank
#: or a full stop, then words (not 「1-1 電子申請…」, a code, nor 「1,200件」, a figure).
_PART = lazy_re(r"(?:[0-9０-９]{1,2}(?:[.．]|[ 　])|[(（][0-9０-９]{1,2}[)）])[ 　]*[^\s0-9０-９.．,，\-－‐―]")


def _sheet_parts(raw: list[str], drop: set[int]) -> frozenset[str]:
    """The numbered parts every sheet of a paged text prints (「２　指標の推移」「３　コスト（千円）」 on each page of a
    事務事業評価シート, a 事業 a page): a numbered heading opening a line at its left edge, the same words on two
    pages or more. A plan's own headings (基本目標, 施策) are each printed once; a sheet's parts end the block above
    them — the form's fields, the indicators' table — wherever a single blank line sets them apart."""
    pages: dict[str, set[int]] = {}
    page = 1
    for index, line in enumerate(raw):
        page += line.count("\f")
        text = line.replace("\f", "")
        if index in drop or text.lstrip(" ")[:1] not in _PART_OPENERS:
            continue
        first = fragments(text.rstrip())[0]
        if first.start <= _TOLERANCE and _PART.match(first.text):
            pages.setdefault(first.text, set()).add(page)
    return frozenset(text for text, seen in pages.items() if len(seen) >= 2)


_PART_OPENERS = frozenset("0123456789０１２３４５６７８９(（")


def _form_ahead(raw: list[str], number: int, drop: set[int]) -> bool:
    """Whether the page starting at line ``number`` opens with a form (its title lines, one at least and none holding a label, then a
    field: 「事業コード  01-02-0031  評価者  市民部長」, 「施策体系  １　行政サービスの…」): a sheet a page, whose page
    break ends whatever block the sheet before left open."""
    from ..labels import classify

    titles = 0
    for index in range(number - 1, min(len(raw), number - 1 + _LOOK_AHEAD)):
        line = raw[index].replace("\f", "")
        if index in drop or not line.strip():
            continue
        frags = fragments(line.rstrip())
        if _field_line(frags):
            # (a page opening with a field is a card going on over the break: 「現状と課題  定型的な…」)
            return titles > 0
        titles += 1
        if titles > 3 or any(classify(f.text, loose=False) is not None for f in frags):
            return False
        if any(nfkc(f.text)[:1].isdigit() for f in frags[1:]):
            return False  # a row of figures (「スマートフォン講習会の参加者数  120 人  500 人」): a table going on
    return False


def _form(block: list[tuple[int, list[_Fragment]]], page: Callable[[int], int | None]) -> Table | None:
    """A form's fields (「事業番号  1-1-1  担当課  会計課」 over 「事業名  …」「施策  …」, a sheet of
    label–value rows printed by Calc) as a table a line a row, each fragment a cell: two fields
    on one line stand where no other line has a column. None unless every line at the left edge
    is a field and one of them holds two; a line indented past the labels goes on the cell above
    it."""
    starts = [frags for _, frags in block if frags[0].start <= _TOLERANCE]
    if (
        len(starts) < 2
        or block[0][1][0].start > _TOLERANCE
        or not all(_field_line(frags) for frags in starts)
    ):
        return None
    if not any(len(frags) >= 4 for frags in starts):
        return None
    rows: list[list[str]] = []
    lines: list[int] = []
    at: list[int] = []
    label_end = 0
    for number, frags in block:
        if frags[0].start <= _TOLERANCE or _centred_field(frags, at):
            rows.append([f.text for f in frags])
            lines.append(number)
            at = [f.start for f in frags]
            label_end = frags[0].end
            continue
        for fragment in frags:
            index = _column_of(at, fragment.start)
            if index == 0 and len(at) > 1 and fragment.start > label_end:
                index = 1  # a value's wrapped line pdftotext set left of the value's start, past the label: the value's
            rows[-1][index] = _join(rows[-1][index], fragment.text)
    width = max(len(row) for row in rows)
    return Table(
        rows=[[Cell(text) for text in row + [""] * (width - len(row))] for row in rows],
        location=Location(page=page(lines[0]), line=lines[0]),
        row_locations=[Location(page=page(n), line=n) for n in lines],
    )


def _centred_field(frags: list[_Fragment], at: list[int]) -> bool:
    """Whether a line indented a little past the form's left edge is a field of its own, not the field above's wrapped
    line: its label is centred in the label column (「 取組名」 under 「取組番号」, a card's labels centred in their cells),
    a known label ending before the values above start, with a value after it."""
    return (
        len(at) > 1
        and len(frags) >= 2
        and frags[0].end < at[1]
        and is_known(frags[0].text)
        and (not is_known(frags[1].text) or _span(frags[1].text))
    )


#: Roles a table's row may be keyed by though its header does not name them (「目標」「実績」 rows).
_ROW_ROLES = frozenset(("target", "actual", "baseline", "rate", "indicator", "section", "unit"))


def _leaves_table(block: list[tuple[int, list[_Fragment]]], raw: list[str], frags: list[_Fragment]) -> bool:
    """Whether a line under a table with a header row is the form's next field, not a row: it
    starts at the left edge with a label of a role the header names no column of (「事業費（千円）」
    「評価」 under 「区分 | 指標名 | 単位 | 年度 | 目標 | 実績」). A header with years across (a row a
    measure: 「事業費」「目標」 rows under R5 / R6) keeps every row."""
    from ..labels import classify

    if len(frags) < 2 or frags[0].start > _TOLERANCE or not is_known(frags[0].text):
        return False
    if all(is_known(f.text) or f.text.startswith(("(", "（")) for _, line in block for f in line):
        return False  # labels only so far: the header's upper line (「担当  基準値」 over 「No.  取組名 …」)
    if _header_lines_only(block) and all(is_known(f.text) or f.text.startswith(("(", "（")) for f in frags):
        return False  # no row yet, and labels only: the header's third line (「番号  （R5）  R6 …」), not a field
    header = _header_roles(tuple(raw[n - 1].replace("\f", "") for n, _ in block[:HEADER_LINES]))
    if header is None:
        return False
    text, roles = header
    if text.split() == _line_text(frags).split() or roles is None:
        return False  # the header printed again, or a header with years across
    found = classify(frags[0].text, loose=False)
    return found is not None and found.role not in roles and found.role not in _ROW_ROLES


def _header_lines_only(block: list[tuple[int, list[_Fragment]]]) -> bool:
    """Whether ``block`` is no more than a header's lines: fewer than ``HEADER_LINES``, no figure in them but a year's
    (「（R5）」) — a group label (「年度別目標値」) may be no label of the dictionary, but a row would hold a figure or
    prose. A line of labels under such lines goes on the header (梓川町's 「取組 | 基準値 | 年度別目標値」 over 「取組名
    | 担当課 …」 over 「番号 | （R5） | R6 …」): it is no form's next field, whose block has rows."""
    return (
        len(block) < HEADER_LINES
        and not any(_FIGURE.search(f.text) and not is_known(f.text) for _, line in block for f in line)
        and all(len(f.text) <= _HEADER_CELL for _, line in block for f in line)
    )


#: How long a header's cell may be, in characters (「キャッシュレス決済の利用割合」 is a row's, a sentence a note's).
_HEADER_CELL = 12


@lru_cache(maxsize=64)
def _header_roles(head: tuple[str, ...]) -> tuple[str, frozenset[str] | None] | None:
    """The header line among a block's first lines and the roles its columns name (None for a
    header with years across); None when no line is a header. Worked out once per block: every
    left-edge label line under a long table asks again with the same first lines."""
    from ..labels import classify

    header = next((line for line in head if header_like(line)), None)
    if header is None:
        return None
    columns = [classify(f.text) for f in fragments(header, grid=True)]
    if any(column is not None and column.fy is not None for column in columns):
        return header, None
    return header, frozenset(column.role for column in columns if column is not None)


#: A numbered heading with its title at a line's start (「施策2 窓口サービスの改善」): the outline going on
#: below a small table (a KPI table under each 施策), not a cell's wrapped text.
_TITLED_HEADING = lazy_re(
    r"^(?:[■□◆◇●▼▽▶►]\s*)?【?(?:基本目標|基本方針|基本施策|施策|分野|重点分野|重点取組|方針|政策|柱|取組)\s*[0-9０-９ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]+(?:[-‐－.．][0-9０-９]+)*\s+\S"
)


#: A plan's numbered part: 「８ 施策の体系図」「10 市町村との連携」「2.1 財政状況」 — a number, a blank, a few words
#: with no figure.
_PART_HEADING = lazy_re(r"[0-9０-９]{1,2}(?:[.．][0-9０-９]{1,2})?[ 　]+[^0-9０-９\s][^0-9０-９]{0,30}")


def _header_under_headless(block: list[tuple[int, list[_Fragment]]], raw: list[str], line: str) -> bool:
    """Whether ``line``, a blank line under ``block``, is a table's header (three labels or more) where the block has
    none among its first lines: the header of a table of its own, not a row of the one above (「番号  取組名  担当課
    評価」 under a count of grades, 「指標名  基準値（R4）  R5実績 …」 under a card's 「【成果指標】」). Three of its
    labels name columns other than a year: a line of years is the lower line of a header wrapped above it."""
    named = [f for f in fragments(line, grid=True) if is_known(f.text) and not _YEAR.fullmatch(f.text.strip())]
    return (
        header_like(line)
        and len(named) >= 3  # (not a header's line of bare years, 「R5  R6  R7」 under its wrapped labels)
        and not any(header_like(raw[number - 1].replace("\f", "")) for number, _ in block[:HEADER_LINES])
        # (not a card's table under its fields, 「ＫＰＩ  指標名  単位 …」 under 「取組名  …」: the card's own)
        and not any(_field_line(frags) for _, frags in block)
    )


def _part_heading(frags: list[_Fragment], raw: list[str], number: int) -> bool:
    """Whether a line alone at the left edge is a plan's numbered part (``_PART_HEADING``) over what is no row of the
    table above: the next table's header (labels) or a line of one piece at the left edge."""
    if len(frags) != 1 or frags[0].start > _TOLERANCE or not _PART_HEADING.fullmatch(frags[0].text):
        return False
    for line in raw[number : number + _LOOK_AHEAD]:
        if line.strip():
            after = fragments(line.replace("\f", "").rstrip())
            return header_like(line) or (len(after) == 1 and after[0].start <= _TOLERANCE)
    return False


def _label_over_header(frags: list[_Fragment], raw: list[str], number: int) -> bool:
    """Whether a line of one label (「基準値」) stands right over a table's header, over one of its labels (「（R6）」 of
    「ＫＰＩ番号  指標名  単位  （R6）  R7 …」): the header's upper line, a label wrapped over two — it starts the table's
    block, as an upper line of two labels or more does. Not a year (a line of its own over a header is a heading's),
    nor a label set apart from the header by a blank line."""
    if len(frags) != 1 or not is_known(frags[0].text) or _YEAR.match(frags[0].text) or number >= len(raw):
        return False
    below = raw[number].replace("\f", "").rstrip()
    if not header_like(below):
        return False
    # where the two stand judged on pdftotext's grid, a character a place: counted by width, the label's place is
    # shifted on a header of wide characters, over another label (「単位」, not 「（R6）」)
    on_grid = fragments(raw[number - 1].replace("\f", "").rstrip(), grid=True)
    label = on_grid[0] if len(on_grid) == 1 else frags[0]
    under = [f for f in fragments(below, grid=True) if f.start <= label.end and label.start <= f.end]
    return len(under) == 1 and _label_tail(label, under[0])


def _label_tail(label: _Fragment, lower: _Fragment) -> bool:
    """Whether a header's label under a label alone on the line above is that label's wrapped tail: a year, a bracket
    or unit (「（R6）」 under 「基準値」), or the two joined a label themselves (「ＫＰＩ」 over 「番号」). A heading over the
    header (「取組内容」 over 「取組名」, 「【成果指標】」 over 「No.」) joins none: 「取組内容取組名」 would name no column."""
    text = lower.text.strip()
    return bool(_TAIL.match(text) or _YEAR.match(text) or is_known(label.text.strip() + text))


def _label_folded(block: list[tuple[int, list[_Fragment]]]) -> list[tuple[int, list[_Fragment]]]:
    """A block opened by a header's upper line of one label (``_label_over_header``): that label joined to the one
    under it (「基準値」 over 「（R6）」: 「基準値（R6）」), the line gone. Left a line of its own, it was a row of one cell
    over the header, and every column's place was taken again from it."""
    if len(block) < 2 or len(block[0][1]) != 1 or not _labels_line(block[1][1]):
        return block
    label = block[0][1][0]
    under = [i for i, f in enumerate(block[1][1]) if f.start <= label.end and label.start <= f.end]
    if len(under) != 1 or not _label_tail(label, block[1][1][under[0]]):
        return block
    at = under[0]
    lower = block[1][1][at]
    joined = _Fragment(min(label.start, lower.start), max(label.end, lower.end), label.text + lower.text)
    return [(block[1][0], [*block[1][1][:at], joined, *block[1][1][at + 1 :]]), *block[2:]]


def _continues(block: list[tuple[int, list[_Fragment]]], fragment: _Fragment) -> bool:
    """Whether a one-fragment line is a cell's wrapped text inside a table block, not prose:
    indented past the first column, or no wider than the first column's text (but not a numbered
    heading at the left edge)."""
    if not any(len(frags) > 1 for _, frags in block):
        return False
    if fragment.start <= _TOLERANCE and _TITLED_HEADING.match(fragment.text):
        return False
    first_end = max(frags[0].end for _, frags in block)
    second = min((frags[1].start for _, frags in block if len(frags) > 1), default=first_end)
    # (a card's label alone, as wide as its column: 「スケジュール」 centred between its value's lines)
    return fragment.start > _TOLERANCE or fragment.end < second or (fragment.end <= second and is_known(fragment.text))


def _spans(block: list[tuple[int, list[_Fragment]]], raw: list[str], number: int) -> bool:
    """Whether a one-fragment line inside a table is a row across it (「基本目標2 …」 between
    rows): the table's rows go on below it."""
    if not any(len(frags) > 1 for _, frags in block):
        return False
    heading = _TITLED_HEADING.match(raw[number - 1].replace("\f", "").strip()) is not None
    for line in raw[number : number + _LOOK_AHEAD]:
        if line.strip():
            frags = fragments(line.replace("\f", "").rstrip())
            if heading and len(frags) == 1 and frags[0].start > _TOLERANCE:
                continue  # under 「基本目標１ …」, the top of a cell centred in the next row (「DX推進課」)
            return len(frags) > 1
    return False


#: How many lines a table's row may stand apart from the next (a tall row's blank lines).
_LOOK_AHEAD = 12


def _repeats_header(
    block: list[tuple[int, list[_Fragment]]], raw: list[str], number: int, drop: set[int]
) -> int | None:
    """The index of the block's header row printed again at the top of the page starting at line
    ``number`` (past its running header), or None: pdftotext lays each page out afresh, so the
    table on it is read with columns of its own. A header whose labels wrapped (「番/号」
    「担当部/署」) is no row of labels on its first line, but printed again it is the same words."""
    if not block:
        return None
    first = raw[block[0][0] - 1].replace("\f", "")
    labels = header_like(first)
    if not labels:
        # a header under an upper line of its labels (「現状値  目標値」 over 「分野  No.  …  （R5）」)
        upper = next(
            (raw[n - 1].replace("\f", "") for n, _ in block[1:HEADER_LINES] if header_like(raw[n - 1])), None
        )
        if upper is not None and all(is_known(f.text) for f in block[0][1]):
            first, labels = upper, True
    if not labels and not _wrapped_header(block, raw):
        return None
    top = None  # the header's upper line of labels printed again over it: the header starts there
    for index in range(number - 1, min(len(raw), number - 1 + _LOOK_AHEAD)):
        line = raw[index].replace("\f", "")
        if not line.strip():
            continue
        if header_like(line) if labels else line.split() == first.split():
            return index if top is None else top
        frags = fragments(line.rstrip())
        if index in drop or len(frags) <= 1:
            continue
        if not (labels and all(is_known(f.text) for f in frags)):
            return None
        top = index if top is None else top
    return None


def _header_ahead(block: list[tuple[int, list[_Fragment]]], raw: list[str], number: int, drop: set[int]) -> bool:
    """Whether the page starting at line ``number`` opens a table of its own under a header of labels (its title
    over it: 「ロードマップ（１／２）」 over 「取組  R7（2025）  R8（2026） …」) after a block with no header (a card's
    lines): the block does not go on over the page break."""
    if any(header_like(raw[n - 1].replace("\f", "")) for n, _ in block[:HEADER_LINES]):
        return False
    if block and _lone_label(block[-1][1]):
        return False  # 「スケジュール」 at the page's foot, its table of years on the next page: the field goes on
    return _page_header(raw, number, drop) is not None


def _other_header_ahead(
    block: list[tuple[int, list[_Fragment]]], raw: list[str], number: int, drop: set[int]
) -> bool:
    """Whether the page starting at line ``number`` opens another table under a few lines (its title, a note): a
    header whose labels, years aside, are none of the block's header's (「ＫＰＩ番号  指標名  単位 …」 under 「No.  取組名
    担当課  関連ＫＰＩ …」). The table above does not go on over the page break: the new page's title is no wrapped line of
    its last row. A header printed again, or one sharing a label with the block's, is left to ``_repeats_header``."""
    lines = (raw[n - 1].replace("\f", "") for n, _ in block[:HEADER_LINES])
    header = next((line for line in lines if header_like(line)), None)
    if header is None:
        return False
    # (the last row's cells cut by the break, 「窓口の導入  子育て支援課」, before any header: they go on it)
    line = _page_header(raw, number, drop, stop=lambda line: _under_columns(block, raw, line))
    ahead = _named_labels(line) if line is not None else set()
    return bool(ahead) and not ahead & _named_labels(header)


def _page_header(
    raw: list[str], number: int, drop: set[int], stop: Callable[[str], bool] | None = None
) -> str | None:
    """The header of labels the page starting at line ``number`` opens with — a line ``header_like`` among its first
    ``HEADER_LINES`` lines of text, blank and dropped lines aside (its title, a note over it) — or None; None too where
    a line before it meets ``stop``. The one look at the next page's top for ``_header_ahead`` and
    ``_other_header_ahead``."""
    seen = 0
    for index in range(number - 1, min(len(raw), number - 1 + _LOOK_AHEAD)):
        line = raw[index].replace("\f", "")
        if not line.strip() or index in drop:
            continue
        if header_like(line):
            return line
        if stop is not None and stop(line):
            return None
        seen += 1
        if seen >= HEADER_LINES:
            return None
    return None


def _under_columns(block: list[tuple[int, list[_Fragment]]], raw: list[str], line: str) -> bool:
    """Whether a line goes on the block's rows, cut by a page break: past its first column (no key, no title at the
    left edge), each of its pieces starting where a piece of the block's rows starts, on pdftotext's grid."""
    starts = {f.start for n, _ in block for f in fragments(raw[n - 1].replace("\f", "").rstrip(), grid=True)}
    pieces = fragments(line.rstrip(), grid=True)
    if not starts or not pieces or pieces[0].start <= min(starts) + _TOLERANCE:
        return False
    return all(any(abs(f.start - at) <= _TOLERANCE for at in starts) for f in pieces)


def _named_labels(line: str) -> set[str]:
    """A header line's labels other than years, as written (NFKC)."""
    return {
        nfkc(f.text).strip()
        for f in fragments(line, grid=True)
        if is_known(f.text) and not _YEAR.match(f.text.strip("（）() "))
    }


def _cut_row_below(
    block: list[tuple[int, list[_Fragment]]], raw: list[str], again: int, drop: set[int]
) -> list[int] | None:
    """The lines of the header printed again from index ``again`` (the block's first lines, word
    for word) when the line below them goes on a row cut by the page break (no key: it starts
    past the first column; no figure: a second indicator's row has its own); None when the page
    starts a row of its own, which is read with the page's own columns."""
    header = [raw[n - 1].replace("\f", "").split() for n, _ in block[:HEADER_LINES]]
    found: list[int] = []
    index = again
    while index < min(len(raw), again + _LOOK_AHEAD):
        line = raw[index].replace("\f", "")
        index += 1
        if not line.strip() or (index - 1 in drop and index - 1 != again):
            continue
        if len(found) < len(header) and line.split() == header[len(found)]:
            found.append(index - 1)
            continue
        if not found:
            return None
        below = fragments(line.rstrip())
        # (not the header's next line, printed otherwise on this page: 「（R5）  （R9）  R7  R8  R9」 on one line
        # where the page before set 「R7  R8  R9」 on a line of their own)
        rest = (
            below[0].start > _TOLERANCE
            and not any(_FIGURE_CELL.match(f.text) for f in below)
            and not all(is_known(f.text) for f in below)
        )
        return found if rest else None
    return None


def _wrapped_header(block: list[tuple[int, list[_Fragment]]], raw: list[str]) -> bool:
    """Whether the block's first lines are a header row whose labels wrapped: joined column by
    column (「番」+「号」, 「担当部」+「署」) they are a row of labels."""
    if len(block) < 2 or len(block[0][1]) < 3:
        return False
    columns = [fragment.start for fragment in block[0][1]]
    cells = [fragment.text for fragment in block[0][1]]
    for fragment in block[1][1]:
        index = _column_of(columns, fragment.start)
        if fragment.text.isascii() and not cells[index].isascii():
            continue  # 「(R4)」 under 「現状値」: a note, not the label's end
        cells[index] += fragment.text
    return header_like("   ".join(cells))


def _tall_rows(block: list[tuple[int, list[_Fragment]]], raw: list[str], number: int, drop: set[int]) -> bool:
    """Whether blank lines inside a table under a header row of labels are the room of tall rows
    (the table's rows go on below them), not the end of the table."""
    if not block or not any(header_like(raw[n - 1].replace("\f", "")) for n, _ in block[:HEADER_LINES]):
        return False
    singles = 0  # a line across the table (「基本目標2 …」) may come first
    for index in range(number, min(len(raw), number + _LOOK_AHEAD)):
        line = raw[index].replace("\f", "")
        if not line.strip() or index in drop:
            continue
        if len(fragments(line.rstrip())) > 1:
            return True
        singles += 1
        if singles > 1:
            return False
    return False


def _card_goes_on(
    block: list[tuple[int, list[_Fragment]]], raw: list[str], number: int, drop: set[int]
) -> bool:
    """Whether blank lines at a page's foot are inside a card going on over the page break: the block a card's
    fields (its first line a field), and the next page's first line past its running header a value's wrapped
    line, one text indented where the card's wrapped lines start (「感できるようにする。」 of a 事業概要)."""
    if not block or not _field_line(block[0][1]):
        return False
    wrapped = {frags[0].start for _, frags in block if frags[0].start > _TOLERANCE}
    broken = False
    for index in range(number, min(len(raw), number + _LOOK_AHEAD)):
        broken = broken or "\f" in raw[index]
        line = raw[index].replace("\f", "")
        if not line.strip() or index in drop:
            continue
        frags = fragments(line.rstrip())
        return broken and len(frags) == 1 and any(abs(frags[0].start - start) <= 1 for start in wrapped)
    return False


def _line_text(frags: list[_Fragment]) -> str:
    return " ".join(fragment.text for fragment in frags)
