"""Cards printed side by side, as ``pdftotext -layout`` writes them → one card after the other.

A 概要版's slide sets its 取組 as cards two abreast (「1-1 電子申請の拡充」 beside 「1-2 書かない窓口」, each with its
bullets, its 「担当：…」 and its KPI box). ``pdftotext -layout`` writes each printed line of the pair as one line, the left
card's text, a run of blanks, the right card's: read line by line, the left card takes the right one's 担当 and KPI as
its own. Its character grid sets each line afresh, so the right card starts nowhere in particular — 58 characters in on
the line of the cards' numbers, 49 on the KPI line — and no gutter runs down the page (``textcolumns``).

A band of cards starts at a line that holds two cards' numbers, one at the left and one after a wide gap; it goes on
up to the next line that starts a card at the left or is set at the page's edge (a heading, the running header). Each
of its lines is cut at its widest gap where the part after it stands right of the middle of the two numbers (a part
alone is the right card's when it starts near the right card's number): the left card's lines, then the right card's,
each right part moved under the left card's number as far in as it stood from the right card's number.
"""

from __future__ import annotations

from ..text import lazy_re

#: A card's number at the start of a part: 「1-1」「2-3」「取組1」「No.4」, then its title.
_HEAD = lazy_re(r"(?:No\.?\s*|取組\s*)?[0-9０-９]{1,2}(?:[-－‐][0-9０-９]{1,2}){1,2}(?=\s)")
#: A part of a line: its text up to a run of three blanks or the line's end.
_TEXT = lazy_re(r"\S(?:.*?\S)?(?= {3,}|$)")
#: Blank lines between two cards unfolded.
_APART = 3
#: The gap between two cards: far wider than a field's label from its value.
_WIDE = 6


def _parts(line: str) -> list[tuple[int, str]]:
    """The parts of ``line`` and where each starts: text separated by runs of three blanks or more."""
    return [(match.start(), match.group()) for match in _TEXT.finditer(line)]


def _pair(line: str) -> tuple[int, int] | None:
    """(left, right): where the two cards' numbers start, for a line that holds two."""
    heads = [m.start() for m in _HEAD.finditer(line) if m.start() == 0 or line[m.start() - 1] == " "]
    if len(heads) != 2 or line[: heads[0]].strip():
        return None
    left, right = heads
    return (left, right) if line[left:right].endswith(" " * _WIDE) else None


def _cut(line: str, left: int, right: int) -> int | None:
    """Where ``line`` parts into its left card's text and its right card's (the cards' numbers at ``left`` and
    ``right``): before its part after the widest gap, a wide one, where that part starts right of the middle; a line
    of one part is the right card's where it starts near the right card's number. None: the left card's alone."""
    parts = _parts(line)
    if len(parts) == 1:
        start = parts[0][0]
        return start if start >= right - (right - left) // 4 else None
    gaps = [
        (start - (before + len(text)), start)
        for (before, text), (start, _) in zip(parts, parts[1:], strict=False)
    ]
    gap, start = max(gaps)
    return start if gap >= _WIDE and start >= (left + right) // 2 else None


def unfold_cards(page: list[str]) -> list[tuple[int, str]] | None:
    """The page's lines with each band of cards side by side written card by card (each with its index in
    ``page``), or None when the page has none."""
    out: list[tuple[int, str]] = []
    changed = False
    at = 0
    while at < len(page):
        pair = _pair(page[at])
        if pair is None:
            out.append((at, page[at]))
            at += 1
            continue
        left, right = pair
        end = at + 1
        while end < len(page) and not _ends_band(page[end], left):
            end += 1
        lefts: list[tuple[int, str]] = []
        rights: list[tuple[int, str]] = []
        for index in range(at, end):
            line = page[index].rstrip()
            if not line.strip():
                # blank lines part each card's fields as they part the pair's
                lefts.append((index, ""))
                rights += [(index, "")] if rights else []
                continue
            cut = _cut(line, left, right)
            if cut is None:
                lefts.append((index, line))
                continue
            if line[:cut].strip():
                lefts.append((index, line[:cut].rstrip()))
            rights.append((index, " " * max(1, left + cut - right) + line[cut:]))
        # each card set apart from the next by blank lines as many as end a table (``columns.read_columns``): a card's
        # last line of two parts (「KPI   80手続（R6） ⇒ 250手続（R11）」) and the next card's number line are no table
        apart = [(end - 1, "")] * _APART
        out += lefts + apart + rights + apart
        changed = True
        at = end
    return out if changed else None


def _ends_band(line: str, left: int) -> bool:
    """Whether ``line`` ends a band of cards whose left card's number starts at ``left``: it starts the next card
    there, or is set at the page's edge left of the cards (a heading, the running header)."""
    if not line.strip():
        return False
    indent = len(line) - len(line.lstrip())
    return indent == 0 < left or (abs(indent - left) <= 1 and _HEAD.match(line.lstrip()) is not None)
