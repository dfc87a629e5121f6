"""Tab-separated text whose tabs an editor turned into blanks, made tab-separated again.

A plan's text copied out of a PDF holds its table rows as cells apart by tabs (「成果指標<TAB>電子申請できる手続数<TAB>
基準値（R5）…」). An editor set to 「タブをスペースに変換」, a mail client or a paste into a form often turns each tab into
the blanks up to the next tab stop, every 4 or 8 columns, a full-width character taking two: 「成果指標    電子申請…」.
The cells' boundaries are still there, at the tab stops: every run of blanks between a row's cells ends on one. A
column-aligned text (``pdftotext -layout``) has its runs end wherever its columns start, a stop only by chance.

So a text without a tab whose runs of two blanks or more end on a tab stop nearly always is read as the tab-separated
text it was: on each line holding such a run (a row), every run of blanks ending on a stop becomes the tabs it was (as
many as the stops it crosses); a line of prose (no such run) is untouched. One blank before a stop is the hard case: a
cell of odd width (「令和3年度末」「1-1-1」) leaves one before the next, and a blank inside a cell (「R6 検討」「K P I」)
can fall there too. A table's rows have as many cells each, so the rows around a line say which of its one blanks
are tabs; where they do not agree (a card's fields), each is a tab but those between Latin letters, before a bracket
or before 「②」.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from ..text import char_widths, lazy_re

#: A run of blanks between two pieces of a line, or before its first piece, or after its last.
_RUN = lazy_re(r" +")
#: A run of two blanks or more (a run of ``_RUN`` but the one blanks).
_WIDE_RUN = lazy_re(r" {2,}")
#: The tab widths editors use, the wider first (a text expanded every 8 columns has its runs end every 4 too).
_TAB_WIDTHS = (8, 4)
#: The share of runs of two blanks or more that must end on a stop, and how many runs at least.
_SHARE = 0.9
_RUNS = 8
#: How many lines are measured.
_MEASURED = 4000


def _widths(ambiguous: int) -> Callable[[str], int]:
    """How many columns a character takes as the editor counted them (``text.char_width``, kept once measured)."""
    return char_widths(ambiguous)


def _columns(line: str, width: Callable[[str], int]) -> list[int]:
    """The display column before each character of ``line`` and after its last."""
    return list(itertools.accumulate(map(width, line), initial=0))


def _run_ends(lines: list[str], width: Callable[[str], int]) -> list[int]:
    """The display column at the end of each inner run of two blanks or more in ``lines`` (not before a line's first
    piece nor after its last): measured once for a way of counting columns, then tried against every tab width."""
    ends: list[int] = []
    for line in lines:
        if "  " not in line.strip(" "):
            continue
        columns = _columns(line, width)
        for run in _WIDE_RUN.finditer(line):
            if run.start() == 0 or run.end() == len(line):
                continue
            ends.append(columns[run.end()])
    return ends


def _fit(ends: list[int], tab: int) -> tuple[int, int]:
    """How many inner runs of two blanks or more there are (``_run_ends``), and how many of them end on a stop every
    ``tab``."""
    return len(ends), sum(1 for end in ends if end % tab == 0)


#: A bracket opening words that go with those before it, and the marks of a list's later items (「①… ②…」) inside one
#: cell.
_OPENING = "(（"
_CLOSING = ")）"
_LATER_ITEMS = "②③④⑤⑥⑦⑧⑨⑩"
#: An arrow between a value and the next (「0％（R5）→ 90％（R9）」, 「検討 → 導入」): the words on both sides are one cell's.
_ARROWS = "→⇒➡"


def _inside_words(line: str, at: int) -> bool:
    """Whether the one blank at ``at`` is more likely a blank of the words around it than a tab: between two Latin
    letters (「K P I」「Web API」), before a bracket (「スケジュール (これまで)」「延岡市計画 (後期)」), before a list's later
    item (「①研修履修人数 ②…」) or beside an arrow (「300時間（R5）→ 2,000時間（R9） 4,800」: the 数値目標 is one cell, the
    効果額 the next; 楡木町's tabs turned to blanks were first cut at the arrow)."""
    if at == 0 or at + 1 >= len(line):
        return False
    before, after = line[at - 1], line[at + 1]
    latin = before.isascii() and before.isalpha() and after.isascii() and after.isalpha()
    bracketed = after in _OPENING and before not in _CLOSING  # 「（令和5年度末） （令和10年度）」: two cells
    return latin or bracketed or after in _LATER_ITEMS or before in _ARROWS or after in _ARROWS


def _figure_then_label(line: str, start: int, end: int) -> bool:
    """Whether one blank on a stop stands between a figure and a label as written (「0件 目標値（R9）」, a card's KPI row
    whose 現状値 cell was three columns wide): a tab, whatever the rows around it say — a card's rows have cells of
    their own number each (琴浦野村's 1-2 had lost its 現状値, read into one cell with the label after it)."""
    from ..labels import classify

    before = line[:start].rsplit(" ", 1)[-1]
    after = line[end:].split(" ", 1)[0]
    if _FIGURE_CELL.fullmatch(before) is None or not after:
        return False
    column = classify(after, loose=False)
    return column is not None and column.role in _VALUE_ROLES


#: The labels of a value a card's KPI row sets after the figure before it (「目標値（R9）」「実績値」), not a year (「R8年度」
#: in a cell of yearly figures, 「R7年度 2,600件 R8年度 3,100件」, stays one cell).
_VALUE_ROLES = frozenset({"baseline", "target", "actual"})


#: A cell of a figure and its unit alone (「0件」「8,500件」「12.5%」), no bracket or arrow after it: 「4,800件（R5）→ 目標値
#: 15,000件」 is one cell of a sentence.
_FIGURE_CELL = lazy_re(r"[0-9０-９][0-9０-９,，.．]*[^\s0-9０-９（）()→⇒]{0,4}")


@dataclass
class _Row:
    """A line's runs of blanks that end on a stop: ``sure`` those that can only be tabs (two blanks or more, or at the
    line's start), ``single`` the one blanks (a tab after a cell of odd width — 「令和3年度末 令和4年度末」 — or a blank
    inside a cell: 「①… ②…」), the likelier tabs first. ``tabs`` is how many tabs the sure runs stand for."""

    line: str
    sure: list[tuple[int, int, int]]  # (start, end in the line, tabs)
    single: list[int]
    tabs: int


def _row(line: str, tab: int, width: Callable[[str], int]) -> _Row | None:
    """``line`` as a row of cells, or None for a line of prose: a row holds a run of two blanks or more ending on a
    stop, or starts with blanks up to a stop (its first cells empty: 「<TAB><TAB>順次拡大」), or has two one blanks or
    more and each on a stop (each cell of odd width: 「0人 0人 1,500件」)."""
    columns = _columns(line, width)
    sure: list[tuple[int, int, int]] = []
    single: list[int] = []
    elsewhere = 0
    for run in _RUN.finditer(line):
        start, end = columns[run.start()], columns[run.end()]
        if end % tab or run.end() - run.start() == len(line):
            elsewhere += 1  # a blank inside a cell, blanks an editor did not make, or a blank line
        elif run.start() == 0 or end - start >= 2 or _figure_then_label(line, run.start(), run.end()):
            sure.append((run.start(), run.end(), end // tab - start // tab))
        else:
            single.append(run.start())
    if not sure and (elsewhere or len(single) < 2):
        return None
    # a blank ending the line is a tab before empty cells (nothing else leaves one there)
    single.sort(key=lambda at: (at + 1 < len(line), _inside_words(line, at)))
    return _Row(line, sure, single, sum(tabs for _, _, tabs in sure))


def _joined(row: _Row, singles: int) -> str:
    """``row``'s line with its sure runs and its first ``singles`` one blanks as tabs."""
    cuts = [*row.sure, *((at, at + 1, 1) for at in row.single[:singles])]
    out: list[str] = []
    at = 0
    for start, end, tabs in sorted(cuts):
        out += [row.line[at:start], "\t" * tabs]
        at = end
    out.append(row.line[at:])
    return "".join(out)


def _usual(row: _Row) -> int:
    """How many tabs ``row`` has taking each of its one blanks for a tab but those between Latin letters or before a
    bracket."""
    return row.tabs + sum(1 for at in row.single if not _inside_words(row.line, at))


#: The share of a block's rows that must have as many tabs (each one blank taken for a tab but those inside words)
#: for the block to be a table whose every row has that many.
_AGREEING = 0.5


def _retabbed_block(rows: list[_Row]) -> list[str]:
    """The lines of consecutive rows with their tabs back. Each one blank is taken for a tab but those between Latin
    letters or before a bracket. A table's rows have as many cells each (a PDF's table copied out, empty cells and
    all), so where most rows then have as many tabs, a row that has more or fewer takes as many of its one blanks for
    tabs as give it that many, where it can (「①研修履修人数 ②…」「100% R3投稿件数 82件」 in a cell stay a cell, 「KPI
    Baseline」 in a header are two); a block of rows that do not agree (a card's fields) is left at that. Rows of one
    or two cells (a wrapped cell's line under its row) have no say."""
    usual = Counter(n for n in map(_usual, rows) if n >= 2)  # (not 「<TAB>続き」, a wrapped cell's line)
    width, agreeing = usual.most_common(1)[0] if usual else (0, 0)
    table = agreeing >= 3 and agreeing >= _AGREEING * usual.total()
    out: list[str] = []
    for row in rows:
        fits = table and row.tabs <= width <= row.tabs + len(row.single)
        out.append(_joined(row, width - row.tabs if fits else _usual(row) - row.tabs))
    return out


def _retabbed_lines(lines: list[str], tab: int, width: Callable[[str], int]) -> list[str]:
    """``lines`` with their tabs back, a block of rows at a time: rows with nothing but blank lines between them (a
    table a page break cut) or one line of prose (a heading of the table's rows: 「基本目標２　行政運営の効率化」) are
    one block; more prose ends it."""
    out = list(lines)
    block: list[tuple[int, _Row]] = []
    prose = 0
    for at, line in enumerate([*lines, "-", "-"]):
        if not line.strip(" \r\f"):
            continue
        row = _row(line, tab, width)
        if row is not None:
            block.append((at, row))
            prose = 0
            continue
        prose += 1
        if prose < 2:
            continue
        for (index, _), joined in zip(block, _retabbed_block([row for _, row in block]), strict=True):
            out[index] = joined
        block = []
    return out


def retabbed(text: str, tab: int | None = None) -> str | None:
    """``text`` with the tabs an editor turned into blanks back (see the module's docstring); None for a text that
    holds a tab, or whose runs of blanks do not end on the stops of any tab width. ``tab``: the stops' width where it
    is known (its columns counting 「○」「※」 as one), not measured."""
    if "\t" in text or "  " not in text:
        return None
    lines = text.split("\n")
    if tab is not None:
        return "\n".join(_retabbed_lines(lines, tab, _widths(1)))
    measured = lines[:_MEASURED]
    ends: dict[int, list[int]] = {}  # the runs' ends counting an ambiguous character as 1 column, and as 2
    for stops in _TAB_WIDTHS:
        for ambiguous in (1, 2):
            width = _widths(ambiguous)
            if ambiguous not in ends:
                ends[ambiguous] = _run_ends(measured, width)
            runs, on_stop = _fit(ends[ambiguous], stops)
            if runs >= _RUNS and on_stop >= _SHARE * runs:
                return "\n".join(_retabbed_lines(lines, stops, width))
    return None
