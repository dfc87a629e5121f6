"""Pages set in two columns, as ``pdftotext -layout`` writes them → the columns one after the other.

A plan printed in two columns (a 取組 a few lines long, columns of prose, headings and 〈担当課〉
lines) comes out of ``pdftotext -layout`` with each printed line holding a line of the left column
and, after a run of blanks, the line of the right column beside it: read line by line, every item
would take the other column's lines as its own. The text of such a page is given back column by
column, left then right, the way it is read on paper.

A page is taken to be set in two columns when one start, the gutter, is where the right part of
most of its lines begins (a run of two or more blanks before it, or the line's indent), both
sides hold lines of text (not a label column, not a column of figures), and no line looks like a
table: a header row of labels (``columns.header_like`` or two labels side by side; not a card's field
after its label, 「期間      R7～R10」, beside the other column's line) or a line cut into three cells or
more. The gutter is looked for past the left column's own indent (its fields' wrapped values) where
that indent is the most common start. A line with text in the two characters before the gutter is set across
it (a title set across the page): it is left out of those tests, never a reason to refuse the
page, and it and the page number stay whole, where they are: the columns are unfolded part by
part between such lines. Positions are counted on pdftotext's own character grid (a kanji takes one column);
a page whose columns line up only in display width (a kanji takes two columns: a text set out as an editor shows
it, 「■取組１　電子申請の拡充」 and 「担当：総務課」 of different lengths before the same gutter) is measured so.
"""

from __future__ import annotations

import unicodedata
from collections import Counter

from ..furniture import is_page_number
from ..labels import classify, year_in
from ..text import lazy_re
from .columns import header_like
from .sidecards import unfold_cards

#: A run of two or more blanks: the gap between two columns.
_GAP = lazy_re(r" {2,}")
#: Two blanks and a character: where a column's text begins after the gap.
_START = lazy_re(r"(?<=  )\S")
#: A character that is no part of a figure: a part without one is a figure (a column of figures).
_WORDED = lazy_re(r"[^\d\s,.%％()（）\-－]")
#: Shortest typical line of a column of text (characters): a label column's labels are shorter.
_TEXT_WIDTH = 8
#: Put after each wide character to count a line's positions in display width: no test reads it.
_FILL = "\x00"


def unfold(text: str) -> tuple[str, list[int]] | None:
    """``text`` with each two-column page written column by column, and for each line of the
    result the index of the line of ``text`` it comes from; None when no page is in columns."""
    if "\f" not in text or "   " not in text:
        return None  # pdftotext's pages, with runs of blanks
    lines = text.split("\n")
    starts = [i for i, line in enumerate(lines) if "\f" in line]
    bounds = [0, *[s for s in starts if s], len(lines)]
    out: list[str] = []
    origin: list[int] = []
    changed = False
    carried = False  # the page before was in two columns
    for first, end in zip(bounds, bounds[1:], strict=False):
        page = list(range(first, end))
        texts = [lines[i].replace("\f", "") for i in page]
        gutter = _gutter(texts)
        if gutter is None and not all(text.isascii() for text in texts):
            # the columns may line up in display width (a kanji two columns), not on pdftotext's grid
            texts = [_display(text) for text in texts]
            gutter = _gutter(texts)
        if gutter is None and carried:
            texts = [lines[i].replace("\f", "") for i in page]
            gutter = _carried_gutter(texts)
        carried = gutter is not None
        if gutter is None and (cards := unfold_cards([lines[i].replace("\f", "") for i in page])) is not None:
            changed = True
            feed = "\f" if "\f" in lines[first] else ""
            out += [(feed if n == 0 else "") + line for n, (_, line) in enumerate(cards)]
            origin += [page[i] for i, _ in cards]
            continue
        if gutter is None:
            out += [lines[i] for i in page]
            origin += page
            continue
        changed = True
        feed = "\f" if "\f" in lines[first] else ""
        unfolded = _unfold_page(list(zip(page, texts, strict=True)), gutter)
        out += [(feed if n == 0 else "") + _plain(line) for n, (_, line) in enumerate(unfolded)]
        origin += [i for i, _ in unfolded]
    return ("\n".join(out), origin) if changed else None


def _gutter(page: list[str]) -> int | None:
    """The character index the right column starts at, for a page set in two columns."""
    body = [line.rstrip() for line in page if line.strip()]
    if len(body) < 8:
        return None
    counts: Counter[int] = Counter()
    for line in body:
        for position in {m.start() for m in _START.finditer(line)}:
            counts[position] += 1
    if not counts:
        return None
    # (the left column's own indent, its fields' wrapped values 「        等にＡＩを…」, is no gutter: the gutter is looked
    # for past it where the indent is the most common start)
    wide = {p: n for p, n in counts.items() if p >= 2 * _TEXT_WIDTH}
    peak = max(counts, key=lambda p: (counts[p - 1] + counts[p] + counts[p + 1], -p))
    if peak < 2 * _TEXT_WIDTH and wide:
        peak = max(wide, key=lambda p: (counts[p - 1] + counts[p] + counts[p + 1], -p))
    gutter = min(p for p in (peak - 1, peak, peak + 1) if counts[p]) if counts[peak] else peak
    at = [line for line in body if any(gutter <= p <= gutter + 1 for p in _starts(line))]
    if gutter < 2 * _TEXT_WIDTH or (len(at) * 2 < len(body) and not _columns_in_part(body, at, gutter)):
        return None
    return gutter if _two_sides(body, gutter) else None


def _carried_gutter(page: list[str]) -> int | None:
    """The gutter of a page after a page in two columns, however few its lines (the columns' last lines, at the top
    of a chapter's last page): the first start after a gap that no line's text runs across, with text on both
    sides of it. (pdftotext's grid sets the page's columns anew: the gutter of the page before is no guide.)"""
    body = [line.rstrip() for line in page if line.strip() and not is_page_number(_plain(line).strip())]
    starts = sorted({p for line in body for p in _starts(line) if p >= 2 * _TEXT_WIDTH})
    for gutter in starts:
        if any(line[gutter - 2 : gutter].strip() for line in body):
            continue  # a line's text runs across it
        if sum(1 for line in body if line[:gutter].strip()) >= 2 and _two_sides(body, gutter, least=2):
            return gutter
    return None


def _two_sides(body: list[str], gutter: int, least: int = 3) -> bool:
    """Whether the parts of a page's lines left and right of ``gutter`` are columns of text, ``least`` lines each
    at least: no table's header or row among them, no column of figures."""
    lefts: list[str] = []
    rights: list[str] = []
    for line in body:
        if line[gutter - 2 : gutter].strip() or is_page_number(_plain(line).strip()):
            continue  # across the gutter: a title over both columns, the page number
        left, right = _plain(line[:gutter]).strip(), _plain(line[gutter:]).strip()
        if (header_like(_plain(line)) and not _field(left)) or (_label(left) and _label(right)):
            return False  # a table's header (not a card's field beside the other column's: 「期間  R7～R10」)
        if any(len(cells := _GAP.split(part)) > 1 and not _label(cells[0]) for part in (left, right)):
            return False  # a table's row of three cells or more (not a field set out after its label: 「目標   手続数   15手続」)
        lefts += [left] if left else []
        rights += [right] if right else []
    if len(lefts) < least or len(rights) < least:
        return False
    if _median(lefts) < _TEXT_WIDTH or _median(rights) < _TEXT_WIDTH:
        return False
    # no column of figures
    return sum(1 for part in rights if not _WORDED.search(part)) * 3 <= len(rights)


def _columns_in_part(body: list[str], at: list[str], gutter: int) -> bool:
    """A page set in two columns over part of it only — the right column ends early and the left one goes on alone
    below it: a quarter of its lines or more have a right part at the gutter, no line but one is set across the
    gutter (the page number aside), and the left parts beside the right ones are lines of text too."""
    if len(at) * 4 < len(body):
        return False
    across = [
        line
        for line in body
        if line[gutter - 2 : gutter].strip() and not is_page_number(_plain(line).strip())
    ]
    lefts = [left for left in (_plain(line[:gutter]).strip() for line in at) if left]
    return len(across) <= 1 and len(lefts) >= 3 and _median(lefts) >= _TEXT_WIDTH


def _running_header(page: list[str], gutter: int) -> int | None:
    """The index of the page's first line when it is written right of the gutter alone, a blank line under it."""
    first = next((n for n, line in enumerate(page) if line.strip()), None)
    if (
        first is None
        or page[first][:gutter].strip()
        or any(line.strip() for line in page[first + 1 : first + 2])
    ):
        return None
    return first


def _display(line: str) -> str:
    """``line`` with each wide character followed by a filler: a character's index is its display column."""
    return "".join(char + _FILL if unicodedata.east_asian_width(char) in "WF" else char for char in line)


def _plain(line: str) -> str:
    """``line`` without the fillers ``_display`` put in."""
    return line.replace(_FILL, "")


def _label(part: str) -> bool:
    """A label of the dictionary as a whole (「取組名」「担当課」), not a year or a labelled line."""
    return bool(part) and classify(part, loose=False) is not None and year_in(part) is None


def _field(part: str) -> bool:
    """A card's field set out after its label, its value a cell of its own (「期間      R7～R10」)."""
    cells = _GAP.split(part)
    return len(cells) == 2 and _label(cells[0]) and not _label(cells[1])


def _starts(line: str) -> list[int]:
    """Where the parts of ``line`` after a gap (or its indent) begin."""
    return [m.start() for m in _START.finditer(line)]


def _median(parts: list[str]) -> int:
    lengths = sorted(len(part) for part in parts)
    return lengths[len(lengths) // 2]


def _unfold_page(page: list[tuple[int, str]], gutter: int) -> list[tuple[int, str]]:
    """The page's lines column by column: between two lines set across the gutter, the left
    parts, then the right parts (each with the index of the line it was on). The page's first line,
    right of the gutter alone with a blank line under it, is its running header and stays first."""
    out: list[tuple[int, str]] = []
    left: list[tuple[int, str]] = []
    right: list[tuple[int, str]] = []

    def flush() -> None:
        out.extend(left)
        out.extend(right)
        left.clear()
        right.clear()

    header = _running_header([line for _, line in page], gutter)
    for n, (index, line) in enumerate(page):
        if not line.strip():
            (right if right else left).append((index, ""))
            continue
        if n == header or line[gutter - 2 : gutter].strip() or is_page_number(_plain(line).strip()):
            flush()
            out.append((index, line.strip()))
            continue
        if line[:gutter].strip():
            left.append((index, line[:gutter].rstrip()))
        if line[gutter:].strip():
            right.append((index, line[gutter:].strip()))
    flush()
    return out
