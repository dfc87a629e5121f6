"""A 工程表's bars over 上期 / 下期 as ``pdftotext -layout`` writes them: only each bar's word, centred in the halves
it spans.

A 工程表 whose years are each split into halves (「令和７年度」 over 「上期 | 下期」) draws a step as a shaded cell spanning
the halves it covers, its word centred inside. The text keeps the word and its place, not the bar: 「調達」 set where
令和８年度's 上期 and 下期 meet is a bar over both, 「導入」 in the middle of 令和７年度's 下期 a bar of that half — or of
three, from 上期 of 令和７年度 to 上期 of 令和８年度. Where the word stands says where the bar's middle is; the steps of a
row follow one another (a phase ends where the next begins), which fixes most bars' ends; a lone bar is taken to run as
far as its middle allows within the table (a step stated once is commonly carried out over the plan's years). The bars
become cells as a table's own are written: the word in its first half, 「→」 in each half after it.

``columns.py`` calls :func:`bars_over_halves` on a block before it finds the block's columns, so that the halves'
labels and the words placed under them make the columns.
"""

from __future__ import annotations

from ..labels import half_of
from .columns import _BRACKETED_END, _YEAR, HEADER_LINES, _Fragment, _words

Block = list[tuple[int, list[_Fragment]]]


def bars_over_halves(block: Block) -> Block:
    """``block`` with each line's bar words under a header of halves replaced by the cells of the halves they span
    (the word at its first half's label, 「→」 at each later one); the block as it is without such a header."""
    found = _halves_header(block)
    if found is None:
        return block
    at, halves = found
    centres = [(f.start + f.end) / 2 for f in halves]
    left = centres[0] - (centres[1] - centres[0]) / 2
    right = centres[-1] + (centres[-1] - centres[-2]) / 2
    out = block[: at + 1]
    for number, frags in block[at + 1 :]:
        words = [f for f in frags if left <= (f.start + f.end) / 2 <= right]
        if not words:
            out.append((number, frags))
            continue
        middles = [_middle(centres, (f.start + f.end) / 2) for f in words]
        cells: list[_Fragment] = []
        for word, (first, end) in zip(words, _spans(middles, len(halves)), strict=True):
            start = halves[first].start
            cells.append(_Fragment(start, start + word.end - word.start, word.text))
            cells += [_Fragment(halves[h].start, halves[h].start + 1, "→") for h in range(first + 1, end)]
        kept = [f for f in frags if f not in words]
        out.append((number, sorted(kept + cells, key=lambda f: f.start)))
    return out


#: What the reader says of a table whose bars it read from their words' places.
HALVES_NOTE = (
    "工程表の上期・下期のバーは、テキストにバーの両端がないため、各段階の文字の位置（バーの中央）から推定しました。"
    "スケジュールを確認してください。"
)


def halves_estimated(block: Block) -> int | None:
    """The line of the header of halves of a block whose bars ``bars_over_halves`` reads (a note names it), or None."""
    found = _halves_header(block)
    return block[found[0]][0] if found is not None else None


def _halves_header(block: Block) -> tuple[int, list[_Fragment]] | None:
    """The index of the header line of halves (「上期  下期  上期  下期 …」, four or more, 上期 first, alternating) under a
    line of two years or more, and its labels; None when the block has no such line."""
    for at in range(1, min(HEADER_LINES, len(block))):
        labels = _words(block[at][1])
        kinds = [half_of(f.text) for f in labels]
        if len(labels) < 4 or kinds != [1 + i % 2 for i in range(len(labels))]:
            continue
        years = sum(
            1
            for _, frags in block[:at]
            for f in _words(frags)
            if _YEAR.match(_BRACKETED_END.sub("", f.text.strip()))
        )
        if years >= 2:
            return at, labels
    return None


def _middle(centres: list[float], position: float) -> int:
    """Where a word centred at ``position`` puts its bar's middle, in half halves: ``2k + 1`` the middle of half k,
    ``2k`` the line between halves k - 1 and k (the halves' labels are centred in them; between two labels the place
    is read in proportion, pdftotext's grid being uneven)."""
    last = len(centres) - 1
    i = next((i for i in range(last) if position <= centres[i + 1]), last - 1)
    width = centres[i + 1] - centres[i]
    halves = i + 0.5 + (position - centres[i]) / width
    return min(2 * last + 1, max(1, round(2 * halves)))


def _spans(middles: list[int], count: int) -> list[tuple[int, int]]:
    """Each bar's halves, first and past-the-last, from its middle (``_middle``): the row's bars one after another,
    each ending where the next begins, the first starting as early as that allows; where no such chain fits (bars with
    gaps between them) each bar is the narrowest its middle allows."""
    for first in range(count):
        spans: list[tuple[int, int]] = []
        start = first
        for middle in middles:
            end = middle - start
            if end <= start or end > count:
                break
            spans.append((start, end))
            start = end
        else:
            return spans
    return [(m // 2 - 1, m // 2 + 1) if m % 2 == 0 else (m // 2, m // 2 + 1) for m in middles]
