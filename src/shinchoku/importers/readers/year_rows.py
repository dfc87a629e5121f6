"""A 工程's row of years and the rows under it, their cells joined by single blanks, made a table again.

A PDF viewer's copy of a card writes its schedule as 「 令和6年度 令和7年度 令和8年度 令和9年度」 over 「工程 検討 拡充 拡充
拡充」 — a table's rows whose cells lost their tabs: the row of years starts with a blank (its first cell, under the
label column, empty), an empty cell is two blanks (「工程  構築 運用 運用」: nothing in 令和6年度) and none is left at a
row's end. Read as lines, the years are a line of text and the steps another, no year's. The row of years says how
many cells each row has: the lines right under it that split into no more pieces at single blanks, each a short step
or mark (「●」「検討」「対象手続の選定」), are its rows, piece by piece. (A row of years that writes its label first,
「スケジュール Ｒ６ Ｒ７ Ｒ８ Ｒ９」 over 「導入 運用 → →」, is read by the card reader as lines: left alone.)
"""

from __future__ import annotations

import re

from ..document import Block, Cell, Document, Line, Table
from ..labels import classify
from ..text import nfkc

#: A cell holding a year alone: 「令和6年度」「R6」「2024年度」「2024」.
_YEAR = re.compile(r"(?:(?:令和|平成|R|H)(?:元|\d{1,2})|(?:19|20)\d{2})(?:年度)?")
#: The longest piece a row under the years may hold: a step's label or a mark, not a sentence.
_STEP = 16
#: How many years a row of years holds at least.
_YEARS = 3
_BLANK = re.compile(r"\s")
#: The roles of a figure's label, and the dashes a table writes for no figure.
_VALUES = ("baseline", "target", "actual")
_DASHES = ("－", "-", "―", "ー", "—")
#: A figure (「45手続」「1,200」): a row of figures under years is a table of values, not a 工程.
_FIGURE = re.compile(r"[0-9][0-9,.]*[^\s0-9]{0,4}")
GUESSED_STEPS = (
    "工程の行の項目が年度の列より少なく、どの年度のものかテキストからは分からないため、最初の年度から順に読みました。"
    "工程を確かめてください。"
)


def _pieces(line: str) -> list[str]:
    """``line`` cut at each single blank, an empty piece where two blanks stand (an empty cell)."""
    return line.rstrip(" ").split(" ")


def _year_row(line: str) -> list[str] | None:
    """The cells of a row of years joined by blanks — an empty first cell (a blank before it, or none where the copy
    kept no trace of it), then three years or more — or None."""
    pieces = _pieces(line)
    years = pieces[1:] if pieces[0] == "" else pieces
    if "\t" in line or len(years) < _YEARS or not all(_YEAR.fullmatch(nfkc(piece)) for piece in years[1:]):
        return None
    if not _YEAR.fullmatch(nfkc(years[0])) and not _dated_value(years[0]):
        return (
            None  # 「基準値（R4） R5 R6 R7 R8」: a baseline's column before the years' (a KPI table's header)
        )
    return ["", *years]


def _dated_value(piece: str) -> bool:
    """Whether ``piece`` is a figure's label with its year: 「基準値（R4）」「現状値（令和5年度）」."""
    found = classify(piece, loose=False)
    return found is not None and found.role in _VALUES and found.fy is not None


def _figures(line: str, width: int) -> list[str] | None:
    """The cells of a row of figures under a KPI table's header of years (「目標 － 60 90 120 150」「実績 31 64 93 － －」):
    a figure's label, then a figure or a dash a year, as many as the header has; None for any other line."""
    pieces = _pieces(line)
    found = classify(pieces[0], loose=False) if pieces[0] else None
    if found is None or found.role not in _VALUES or len(pieces) != width:
        return None
    return pieces if all(_FIGURE.fullmatch(nfkc(p)) or p in _DASHES for p in pieces[1:]) else None


def _label(piece: str) -> bool:
    """Whether ``piece`` is a row's label (「工程」「スケジュール」), no step."""
    found = classify(piece, loose=False)
    return found is not None and found.role != "ignore"


def _step(cell: str) -> bool:
    """Whether ``cell`` is a step or a mark (「●」「→」「検討」「対象手続の選定」): short, one word, no year, no figure, no
    heading's number (「１－２　情報の届け方」 after the 工程 is the next section)."""
    text = nfkc(cell)
    return (
        len(cell) <= _STEP
        and not _BLANK.search(text)
        and not text[0].isdigit()
        and not _YEAR.fullmatch(text)
        and not _FIGURE.fullmatch(text)
    )


def _row_under(line: str, width: int, labelled: bool) -> list[str] | None:
    """The cells of ``line`` as a row under a row of ``width`` cells, or None: no more cells, each a short step or a mark
    (no sentence, no year, no figure), its first (the row's label) short. Where the copy kept an empty cell's blanks
    (a blank before the row or two between cells) each piece is its cell; else a row without its label (「● ●」「導入
    運用」) has its first cell empty — only under a row of years whose empty first cell the copy kept (``labelled``: its
    rows' labels are in that column), or after a row with its label (「工程 検討 導入 拡大」)."""
    pieces = _pieces(line)
    if "\t" in line:
        return None
    kept = pieces[0] == "" or "  " in line.strip()
    if not kept and not _label(pieces[0]) and not labelled:
        return None  # 「● ● → →」 under 「R7 R8 R9 R10」 under 「［工程］」: an outline's lines, its reader's
    cells = pieces if kept or _label(pieces[0]) else ["", *pieces]
    filled = [cell for cell in cells[1:] if cell]
    if len(cells) > width or not filled or len(cells[0]) > 8:
        return None
    return cells if all(_step(cell) for cell in filled) else None


def _raw(block: Block, lines: list[str]) -> str | None:
    """The line of the text a Line block was read from, its blanks as written."""
    if not isinstance(block, Line) or block.location.line is None or block.location.line > len(lines):
        return None
    raw = lines[block.location.line - 1]
    return raw if raw.strip() == block.text else None


def with_year_rows(document: Document, text: str) -> Document:
    """``document`` with each row of years joined by blanks, and the lines right under it that fit it, one table of
    those rows (``text``: the text the document was read from, whose lines keep the blanks). A row with fewer steps
    than years in a copy that left no trace of the empty cells is laid from the first year, with a note."""
    if "\t" in text:
        return document
    lines = text.split("\n")
    for page in document.pages:
        blocks = list(page.blocks)
        out: list[Block] = []
        at = 0
        while at < len(blocks):
            block, raw = blocks[at], _raw(blocks[at], lines)
            at += 1
            years = _year_row(raw) if raw is not None else None
            if years is None:
                out.append(block)
                continue
            rows, places = [years], [block.location]
            labelled = raw is not None and raw.startswith(" ")
            while at < len(blocks) and (below := _raw(blocks[at], lines)) is not None:
                cells = _figures(below, len(years)) or _row_under(below, len(years), labelled)
                if cells is None:
                    break
                if len(cells) < len(years) and not below.startswith(" ") and "  " not in below.strip():
                    document.notes.append((blocks[at].location, GUESSED_STEPS))
                rows.append(cells)
                labelled = labelled or bool(cells[0])
                places.append(blocks[at].location)
                at += 1
            if len(rows) == 1:
                out.append(block)
                continue
            table = [[Cell(piece) for piece in row] + [Cell("")] * (len(years) - len(row)) for row in rows]
            out.append(Table(rows=table, location=places[0], row_locations=places))
        page.blocks = out
    return document
