"""Rows whose cells are centred in their height, as ``pdftotext -layout`` writes them.

Japanese Excel centres a cell in its row's height by default. A row's one-line cells — its
number, its label, a short 担当課 — then stand in the middle of the row, below the first lines of
its tall cells, and a reader that starts a row at its number or label gives those first lines
to the row above. Such rows stand apart, blank lines between them (the room a spreadsheet leaves
around a row's text): the run of lines between a blank line and a row's first line is that row's.

A top-aligned table's rows open their runs (their number or label is their first line), so
where fewer than half of the rows (or of two) have such lines above them, none is moved: one row
whose cells a blank line parts keeps its lines.

Pure Python; the callers (the readers of ``pdftotext -layout`` tables) say where rows start.
"""

from __future__ import annotations

from collections.abc import Callable, Collection


def lines_above(
    lines: list[str],
    firsts: Collection[int],
    start: int,
    fits: Callable[[int, int], bool],
    apart: Collection[int] = (),
) -> dict[int, list[int]]:
    """For each row's first line (``firsts``, indexes into ``lines`` of a table whose body starts
    at ``start``): the lines above it that are its own, top to bottom; empty when the table is
    not centred. ``fits(first, n)`` says whether line ``n`` may be part of the row starting at
    ``first`` (it writes nothing in the column of the row's number or label). The rows in
    ``apart`` (a card's first: the card before may end in a 工程表 of any height) take lines
    only where a blank line sets them apart."""
    owned: dict[int, list[int]] = {}
    for first in sorted(firsts):
        run: list[int] = []
        n = first - 1
        while n >= start and lines[n].strip() and n not in firsts and "\f" not in lines[n]:
            run.append(n)
            n -= 1
        set_apart = n < start or not lines[n].strip() or "\f" in lines[n]  # not the row above's lines
        if run and set_apart and all(fits(first, m) for m in run):
            owned[first] = run[::-1]
    if len(owned) < max(2, len(firsts) / 2):
        return {}
    return _between(lines, sorted(firsts), owned, fits, set(apart))


def _between(
    lines: list[str],
    firsts: list[int],
    owned: dict[int, list[int]],
    fits: Callable[[int, int], bool],
    apart: set[int],
) -> dict[int, list[int]]:
    """The lines above the rows no blank line sets apart, in a centred table: a row's label
    stands in the middle of its lines, so the row before keeps as many lines below its label as
    it has above it (and those writing in the label's column: its label wrapped); the rest are
    the next row's."""
    for previous, first in zip(firsts, firsts[1:], strict=False):
        gap = [n for n in range(previous + 1, first) if lines[n].strip()]
        if first in owned or first in apart or not gap or any("\f" in lines[n] for n in gap):
            continue  # (after a page break the next page's lines begin afresh)
        keep, counted, cut = len(owned.get(previous, [])), 0, len(gap)
        for i, n in enumerate(gap):
            if fits(first, n):
                if counted == keep:
                    cut = i
                    break
                counted += 1
        taken = gap[cut:]
        if taken and all(fits(first, n) for n in taken):
            owned[first] = taken
    return owned
