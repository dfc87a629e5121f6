"""大野城市's cards put back together from the pieces of a reading-flow text (issue 8).

LibreOffice Calc prints each markdown row of the sample as one cell, its columns padded with
blanks; plain ``pdftotext`` cuts such a line at its wide gaps into pieces, each a line of its
own with blank lines between, and sets the pieces of a card in an order of its own: a label
(「| 評価指標（KPI）」) apart from its years (「| R4 | R5」「| R6」「| R7」) and its values,
a title's piece after the next label, a year past the next row's label. Positions are gone;
what ties a piece to its label here is its shape: a circled number and the cards' order
(①②… under each 取組) for a title, 「name：figure」 for a KGI, years for a year header, a
piece holding one value per year (or two pieces, one of them closing the row) for the KPI.
What no shape ties is left out, with a warning, never guessed. The cards are then read by
``onojo`` as any other text of them.
"""

from __future__ import annotations

import itertools

from .onojo import _ARROWS, _NOTE, _cells, _clean, _is_filler, _key, _label_kind, _years
from .text import CIRCLED, circled_value, fy_of, is_no_value, join_wrapped, lazy_re, nfkc

#: How many lines after a year-header label its scattered pieces are looked for.
_SCATTERED_LINES = 60
#: The labels whose row is a year header (スケジュール, 評価指標): the kinds _label_kind gives them.
_HEADER_LABELS = (("スケジュール", "schedule"), ("評価指標", "kpi"))


def _header_label(cells: list[str]) -> str | None:
    """The kind of a year-header label standing in its row without its years (「| 評価指標（KPI）」)."""
    if not cells or _years(cells[1:]) or any(_clean(c) for c in cells[1:]):
        return None
    key = _key(cells[0])
    return next((kind for label, kind in _HEADER_LABELS if key.startswith(label)), None)


def _is_year_piece(cells: list[str]) -> bool:
    """A piece of a header row that is only years (「| R4 | R5」「| R7 |」)."""
    filled = [c for c in cells if c.strip()]
    return bool(filled) and all(fy_of(c) is not None for c in filled)


def _is_value_piece(cells: list[str]) -> bool:
    """A piece of a KPI row that is only values: figures or 「－」 (「| － | 5%」「| 40% |」)."""
    filled = [_clean(c) for c in cells if c.strip()]
    if not filled or len(filled) != len(cells):
        return False
    if any(_label_kind(_key(c), []) for c in filled) or _is_year_piece(cells):
        return False
    return all(is_no_value(c) or (any(ch.isdigit() for ch in c) and len(c) <= 20) for c in filled)


def _is_text_values(cells: list[str]) -> bool:
    """A piece of several cells, none a label or a year, one at least a figure: a KPI row whose
    values are partly words (「| — | 1<br>(試行) | 導入を決定した全窓口*2 | … |」)."""
    filled = [_clean(c) for c in cells]
    return (
        len(filled) >= 2
        and all(filled)
        and not any(_label_kind(_key(c), []) or fy_of(c) is not None for c in filled)
        and any(any(ch.isdigit() for ch in c) for c in filled)
    )


def gather_headers(lines: list[str]) -> tuple[list[str], list[tuple[int, str]]]:
    """A card's year headers and KPI values put back together where an extractor scattered them.

    Calc prints each markdown row of the sample as one cell, its columns padded with blanks;
    plain pdftotext cuts such a line at its wide gaps into pieces and sets the pieces in an
    order of its own, blank lines between (「| 評価指標（KPI）」「| R4 | R5」「| R6」「| R7」
    「| 40 手続 | 64 手続 | 88 手続 | 112 手続 |」). A label of a year header left alone in its
    row takes the year pieces that follow it up to the next year header or card (sorted: the
    pieces of one row may come in any order; a year may come past the 年度経費 label, which has
    no years of its own). Under 評価指標, the values before the card's next label are tied to
    their years only when every order of their pieces gives the same row (_value_row). Values
    whose orders differ are left out, with a note ((line index, values)) that parse turns into
    a warning: their years would be guessed."""
    out = list(lines)
    notes: list[tuple[int, str]] = []
    for i, line in enumerate(out):
        if not line.lstrip().startswith("|"):
            continue
        kind = _header_label(_cells(line))
        if kind is None:
            continue
        years: dict[int, str] = {}
        pieces: list[int] = []
        values: list[int] = []
        rows: list[int] = []
        arrows: list[int] = []
        if kind == "schedule":
            _join_steps(out, i + 1)
        end = i + 1
        closed = False  # past the card's next label: its values are no longer this row's
        while end < min(len(out), i + _SCATTERED_LINES):
            text = out[end]
            if text.lstrip().startswith("#"):
                break
            cells = _cells(text) if text.lstrip().startswith("|") else []
            # the card's next label (years given so that スケジュール/評価指標 count as labels)
            label = _label_kind(_key(cells[0]), ["R4"]) if cells and not _is_filler(cells) else None
            if label in ("title", "schedule", "kpi") and label != kind:
                break  # another year header or card: years from here on are not this row's
            closed = closed or label not in (None, kind)
            if cells and _is_year_piece(cells):
                # only a year header carries years: a year piece past a later label (年度経費)
                # is still this header's
                years.update((fy, _clean(c)) for c in cells if (fy := fy_of(c)) is not None)
                pieces.append(end)
            elif kind == "kpi" and not closed and cells and _is_value_piece(cells):
                values.append(end)
            elif kind == "kpi" and not closed and _is_text_values(cells):
                rows.append(end)
            elif kind == "schedule" and cells and _clean(cells[0]) in _ARROWS:
                arrows.append(end)  # 「|→ |」: a step's mark cut off from its step, not a step
            end += 1
        run = sorted(years)
        if len(run) < 2 or run != list(range(run[0], run[0] + len(run))):
            continue
        if not values:  # a whole row of values written in words (「導入を決定した全窓口」)
            values = [
                at for at in rows if len(_cells(out[at])) == len(run) and out[at].rstrip().endswith("|")
            ]
        out[i] = f"| {_cells(line)[0]} | " + " | ".join(years[fy] for fy in run) + " |"
        for at in pieces + arrows:
            out[at] = "|"
        row = _value_row([out[at] for at in values], len(run))
        if row is not None:
            out[values[0]] = "| | " + " | ".join(row) + " |"
            for at in values[1:]:
                out[at] = "|"
        elif values:
            notes.append((values[0], "、".join(_clean(c) for at in values for c in _cells(out[at]))))
            for at in values:
                out[at] = "|"
        for at in range(i + 1, end):  # one table again: the blank lines between the pieces
            if not out[at].strip():
                out[at] = "|"
    return out, notes


def _join_steps(lines: list[str], start: int) -> None:
    """Schedule steps given back the marks of their first years, where the pieces say them.

    A step's row is cut at its wide gaps: its name's piece lacks the pipe that closes it
    (「| 先進事例の調査・研究」), and that pipe opens the row's next piece, which so starts at the
    step's first year: 「|→ |」 is an arrow in the first year, 「| |→」 one in the second.
    pdftotext sets the pieces column by column: names that come one after the other are followed
    by their next pieces in the same order (「| システム導入」「| 運用」「| |→」「| |」). A run of
    names followed by as many pieces of marks and blanks is joined name by name; a piece of one
    open cell (「|→」) could stand at any year and ties nothing, and marks in a row's later
    pieces have no column: they stay out. From ``start`` (the line after the スケジュール label) to
    the card's next label."""

    def name(k: int) -> bool:
        row = _cells(lines[k]) if lines[k].lstrip().startswith("|") else []
        return (
            len(row) == 1
            and not lines[k].rstrip().endswith("|")
            and bool(_clean(row[0]))
            and not _is_year_piece(row)
            and _clean(row[0]) not in _ARROWS
        )

    def marks(k: int) -> list[str] | None:
        row = [_clean(c) for c in _cells(lines[k])] if lines[k].lstrip().startswith("|") else []
        if len(row) < 2 and not lines[k].rstrip().endswith("|"):
            return None  # 「|→」: which year it starts at is not told
        return row if row and all(not m or m in _ARROWS for m in row) else None

    texts: list[int] = []
    for k in range(start, min(len(lines), start + _SCATTERED_LINES)):
        text = lines[k].strip()
        if text.startswith("#"):
            break
        cells = _cells(text) if text.startswith("|") else []
        if cells and not _is_filler(cells) and _label_kind(_key(cells[0]), ["R4"]):
            break  # the card's next label
        if text not in ("", "|"):  # the blank lines between pieces are 「|」 by now (gather_cards)
            texts.append(k)
    n = 0
    while n < len(texts):
        if not name(texts[n]):
            n += 1
            continue
        run = n
        while run < len(texts) and name(texts[run]):
            run += 1
        names, pieces = texts[n:run], texts[run : run + run - n]
        found = [marks(k) for k in pieces]
        if len(pieces) == len(names) and all(f is not None for f in found):
            for at, piece, row in zip(names, pieces, found, strict=True):
                lines[at] = f"| {_cells(lines[at])[0]} | " + " | ".join(row or []) + " |"
                lines[piece] = "|"
        n = run


#: A KGI as the cards write it: its name, a colon, a figure (「年間施設利用件数：98,800 件」).
_KGI_TEXT = lazy_re(r"[^|：:]{2,80}(?:：| : |:)\s*[^|：:]{0,20}\d[^|]{0,20}")


def gather_cards(lines: list[str]) -> tuple[list[str], set[int]]:
    """A card whose 取組名 label stands alone in its row (plain pdftotext of Calc's print: every
    piece of a row its own line, blank lines between) is made one table again, from its label
    to the next card's, and takes back what only one piece of it can be: its title, the one
    piece that opens with the card's circled number (①…), and its KGI, the one piece written
    「name：figure」 — tied to their labels by their shape, since the pieces come in an order of
    their own (a KGI's piece may even come before its label). Two candidates tie nothing.
    With the indices of the lines of such cards: what is left of them is pieces no label took."""
    out, orig = list(lines), list(lines)
    scattered: set[int] = set()
    starts = [
        i
        for i, line in enumerate(out)
        if line.lstrip().startswith("|") and (cells := _cells(line)) and _key(cells[0]) == "取組名"
    ]
    # the circled number each card must have: ① after a heading, else one more than the card before
    expected: list[int] = []
    for n, i in enumerate(starts):
        after_heading = n == 0 or any(out[k].lstrip().startswith("#") for k in range(starts[n - 1], i))
        own = _card_number(out[i])
        expected.append(own or (1 if after_heading else expected[-1] + 1))
    used: set[int] = set()
    for n, i in enumerate(starts):
        if any(_clean(c) for c in _cells(out[i])[1:]):
            continue
        # a title's piece may come before its label or after the next card's, never past a heading
        low = starts[n - 1] if n else i
        low = next((k for k in range(i, low - 1, -1) if out[k].lstrip().startswith("#")), low)
        high = starts[n + 2] if n + 2 < len(starts) else len(out)
        high = next((k for k in range(i, high) if out[k].lstrip().startswith("#")), high)
        near = [k for k in range(low, high) if out[k].lstrip().startswith("|") and len(_cells(out[k])) == 1]
        end = starts[n + 1] if n + 1 < len(starts) else len(out)
        end = next((k for k in range(i + 1, end) if out[k].lstrip().startswith("#")), end)
        scattered.update(range(i, end))
        rows = [
            k for k in range(i + 1, end) if out[k].lstrip().startswith("|") and not _is_filler(_cells(out[k]))
        ]
        alone = {_label_kind(_key(c[0]), ["R4"]): k for k in rows if len(c := _cells(out[k])) == 1 and c[0]}
        titles = [k for k in near if k not in used and _card_number(out[k]) == expected[n]]
        if len(titles) == 1:
            out[i], out[titles[0]] = f"| {_cells(out[i])[0]} | {_cells(out[titles[0]])[0]} |", "|"
            used.add(titles[0])
        kgis = [
            k
            for k in rows
            if len(c := _cells(out[k])) == 1
            and _KGI_TEXT.fullmatch(_clean(c[0]))
            and not _label_kind(_key(c[0]), [])
        ]
        if "kgi" in alone and len(kgis) == 1:
            label = alone["kgi"]
            out[label], out[kgis[0]] = f"| {_cells(out[label])[0]} | {_cells(out[kgis[0]])[0]} |", "|"
        notes = False  # footnotes (「※1 …」) end a card: the lines after them are theirs
        for k in range(i + 1, end):
            text = out[k].strip()
            notes = notes or text.startswith("※") or bool(_NOTE.match(nfkc(text)))
            if not text:
                out[k] = "|"
            elif notes or text.startswith("|"):
                continue
            elif _open_piece(orig[k - 1]):
                # a cell's wrapped line right under its piece (「| 申請書に…窓口予約」「ない仕組みを…」)
                out[k - 1], out[k] = join_wrapped(out[k - 1], text), "|"
                orig[k] = out[k - 1]  # the joined piece may take the next wrapped line too
            else:  # a wrapped line whose piece is not above it: a piece no label takes
                out[k] = f"| {text} |"
    return out, scattered


def _open_piece(line: str) -> bool:
    """A table row's piece whose cell goes on (no closing pipe): a wrapped line under it is its.
    A card's label alone (「| 内容」) is whole: the line under it is some other piece's."""
    if not line.lstrip().startswith("|") or line.rstrip().endswith("|"):
        return False
    cells = _cells(line)
    return not (len(cells) == 1 and _label_kind(_key(cells[0]), ["R4"]))


def _card_number(row: str) -> int | None:
    """The circled number a card title's cell opens with (「| ③ 公共施設予約…」 -> 3)."""
    cells = [_clean(c) for c in _cells(row)]
    text = next((c for c in cells if c and _key(c) != "取組名"), "")
    return circled_value(text[0]) if text and text[0] in CIRCLED else None


#: Beyond this many pieces of one KPI row, their orders are not tried.
_MAX_PIECES = 6


def _value_row(pieces: list[str], width: int) -> list[str] | None:
    """The KPI's values in year order from the pieces holding them, when their order is sure.

    The pieces may come in any order, but the one closing the row (its last pipe) is its end.
    Every order the pieces can have under that rule is tried: when all give the same values
    year by year (one piece; two, one closing; 「|－」「|－」「| 100% | 100% |」; four 「0件」),
    the row is sure. When two orders differ, which year a value is would be a guess: None."""
    rows = [_cells(p) for p in pieces]
    if not rows or len(rows) > _MAX_PIECES or sum(map(len, rows)) != width:
        return None
    closing = [k for k, p in enumerate(pieces) if p.rstrip().endswith("|")]
    if len(closing) > 1:
        return None
    found = {
        tuple(_clean(c) for k in order for c in rows[k])
        for order in itertools.permutations(range(len(rows)))
        if not closing or order[-1] == closing[0]
    }
    if len(found) != 1:
        return None
    return [c for k in sorted(range(len(rows)), key=lambda k: k in closing) for c in rows[k]]
