"""延岡市's plan as text whose card cells came out scattered (plain ``pdftotext``, pdfminer,
pdfplumber, pypdfium2).

Without ``-layout``, an extractor writes a page's text blocks in its own reading order: each
card's cells come one block each, wrapped at their narrow column, and blocks of neighbouring
cards are interleaved (one card's title next to another's KPI figures); pdfplumber writes the
printed lines, a card's cells side by side; pypdfium2 a row's cells on one line, wrapped at
their columns. A card cannot be read row by row from that, but its title can still be found
with evidence:

- the plan names each initiative twice more, in the overview (施策体系) and in the 全体工程表;
  a title is a run of the 全体工程表's lines whose text also occurs in the cards' text (the same
  words, wrapped differently), the longest such run — a schedule step (「システム改修」) occurs
  in both too, so a run must also be named in the overview (word for word, or mostly: the
  three sources spell some titles differently, and the card's spelling is the one kept);
- a title wrapped in its card cell is the block's lines just above the 担当課 label, when the
  extractor kept them together; the 担当課 is the block just below that label, else the first
  list of departments (…課 / …室) near the title; printed lines keep it beside its label, and
  the KPI row's figures one per year. Where the text comes in blocks (plain pdftotext,
  pdfminer), the lists of departments come in the cards' order though the cards' other blocks
  are interleaved: titles and lists are paired in their orders, each nearest its own.

Initiatives come in the order of the cards (so the プロジェクト / 基本施策 headings of the cards
give their sections); where the 全体工程表 comes row after row (not plain pdftotext's and
pdfminer's column after column), a title's steps are the rest of its row, in order, their years
an estimate; what cannot be placed (the schedule of text written column by column, the KPI
figures and 担当課 not found) is left out and said in one warning. Nothing here names a municipality: the labels are the
layout's (施策名, 担当課, KPI, 全体工程表).

Pure Python; no Django.
"""

from __future__ import annotations

import bisect
import functools
import re
import unicodedata
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from os.path import commonprefix

from .schedule_order import header_periods
from .text import (
    UNITS,
    compact,
    display_width,
    is_department,
    is_no_value,
    is_schedule_step,
    join_wrapped,
    lazy_re,
    parse_number,
    split_departments,
    strip_footnotes,
    year_cell,
)

#: Card labels, as compacted: never part of a title.
_LABELS = frozenset({"施策名", "区分", "概要", "担当課", "KPI", "個別施策", "国", "市"})
_ROADMAP = "全体工程表"
_PROJECT = lazy_re(r"^プロジェクト\s*([0-9０-９]{1,2})\s*(.*)$")
_BASIC = lazy_re(r"^基本施策\s*《([^》]{1,80})》")
#: A line that is a piece of a label set vertically or of a year header (「重」「令和」「年度」「6」).
_FRAGMENT = lazy_re(r"^(?:.|令和|年度|\d{1,2}年?|年|度|施?策\d{0,2}|重点|重点施策\d{0,2})$")
#: The letters of the card's labels and year header, which a narrow column sets one a line.
_LABEL_LETTERS = frozenset("重点施策名区分国市概要担当課KPI令和年度")
#: A unit of money: never a piece of a department's name.
_MONEY = lazy_re(r"^(?:千|万|百万|億)?円$")
#: A number set apart at the end of a line (the overview's 重点施策掲載番号 column).
_NUMBER_AFTER = lazy_re(r"(?:^|\s+)\d{1,2}\s*$")
#: Markup an extraction left in the text (「<p>」「</p>」).
_TAG = lazy_re(r"</?[a-z]{1,6}>")
#: A word of a year header, whole or cut (「令和4年」「年度」「令和5年度」).
_YEARISH = lazy_re(r"^(?:(?:令?和|平成|R)\s*(?:元|\d{1,2})\s*年?度?|\d{1,2}年度?|年度|年|度|令和|令)$")
#: Letters no word (so no title) begins with: a line starting with one goes on from the line above.
_NEVER_FIRST = frozenset("ンーッャュョァィゥェォヶっゃゅょぁぃぅぇぉ、。，．）)」』・")
#: Longest line (characters) and most words of a line looked at as a title's line: a title line is
#: short, and the cost of trying each prefix of a long line is not spent on prose.
_MAX_LINE = 200
_MAX_WORDS = 12
#: Shortest title taken from the roadmap (compacted characters): 「BPRの推進」.
_MIN_TITLE = 5
_MAX_RUN = 6
#: Shortest title matched to the overview's other spelling: shorter ones are too often a
#: schedule step that shares most of its words with a title (「データベース構築」).
_MIN_FUZZY = 12
#: Share of a title's characters the overview's other spelling has in the same order.
_SIMILAR = 0.85
#: How many characters longer than the roadmap's the card's spelling of a title may be
#: (「国立循環器病研究センター」 for 「国立循環器センター」).
_LONGER = 12
#: At most this many places of the overview are compared with one title.
_MAX_ANCHORS = 40


@dataclass
class Found:
    """One initiative found in scattered text: its title, where its card starts, its sections."""

    title: str
    line: int  # 1-based line of the title in the text read
    project: tuple[str, str] | None = None  # (number, name)
    basic: str | None = None
    departments: list[str] = field(default_factory=list)
    #: The KPI row as cells (its label with the indicator's name, then one value per year) and its
    #: 1-based line, where every year's value was found (text printed line by line).
    kpi: tuple[int, list[str]] | None = None
    #: The title read down a first column set vertically (between its card's 区分 and 担当課
    #: labels), not confirmed by the 全体工程表 and the overview, which spell it otherwise.
    vertical: bool = False
    #: The schedule's steps in their order, from the title's row of the 全体工程表 where the
    #: extractor wrote its rows one after the other (their years are not in the text).
    steps: list[str] = field(default_factory=list)


@dataclass
class _Text:
    """Lines compacted into one string, with where each line starts in it."""

    lines: list[str]
    numbers: list[int]  # index of each line in the document
    joined: str = ""
    starts: list[int] = field(default_factory=list)
    #: ``joined`` with a break where a blank line is: text that runs on within one block
    solid: str = ""

    def __post_init__(self) -> None:
        parts: list[str] = []
        at = 0
        for line in self.lines:
            self.starts.append(at)
            piece = _key(line)
            parts.append(piece)
            at += len(piece)
        self.joined = "".join(parts)
        self.solid = "".join(part or "\n" for part in parts)

    @functools.cached_property
    def in_blocks(self) -> bool:
        """The text comes in blocks, blank lines between (pdftotext, pdfminer), not as printed
        lines (pypdfium2, pdfplumber): a title then begins its block."""
        return sum(not line.strip() for line in self.lines) * 5 >= len(self.lines)

    @functools.cached_property
    def a_cell_a_line(self) -> bool:
        """Hardly a blank line in the cards (a browser's copy of their tables, a cell a line)."""
        blank = sum(not line.strip() for line in self.lines)
        return len(self.lines) >= 40 and blank * 20 < len(self.lines)

    def line_at(self, index: int) -> int:
        """Document index of the line holding character ``index`` of ``joined``."""
        return self.numbers[max(0, bisect.bisect_right(self.starts, index) - 1)]


def _span(lines: list[str], start: int, end: int) -> _Text:
    return _Text(lines[start:end], list(range(start, end)))


def _as_rows(lines: list[str], start: int, end: int) -> bool:
    """True when the cards come as printed lines, a card's cells side by side on one line
    (pdfplumber's text), not one cell per block (pdftotext, pdfminer). A line of one character
    is a piece of a first column set vertically, printed beside no other cell or beside them:
    it is not counted (with it, pdfplumber's rows of such a print were 0.14 of its lines,
    without 0.45–0.53; pdftotext's and pdfminer's cells at most 0.06 either way)."""
    filled = [words for line in lines[start:end] if len(words := line.split()) > 1 or len(line.strip()) > 1]
    return bool(filled) and sum(len(words) >= 3 for words in filled) > 0.3 * len(filled)


def _first_column(lines: list[str], start: int, end: int, *, vertical: bool = False) -> _Text:
    """The cards' first column of text printed line by line: each line's first word, the lines of
    a year header (「度 度」「年度 5年 6年 和7」), printed beside a wrapped title, left out. A
    footnote mark glued to the first word ends it where the next word is prose (「統合型GIS※7
    行政内部で…、…」: the 概要's), not where it is the title's (「ト※12 「のべちよる」」); after a
    mark alone, the next word is the column's unless it is prose. ``vertical``: the column set
    one character a line, a line of a footnote mark alone (「マ…ル」「^{*1}」「か…」) is left out,
    the title going on below it."""
    kept: list[str] = []
    numbers: list[int] = []
    schedule = False
    for i in range(start, end):
        raw = lines[i].split()
        words = _TAG.sub(" ", strip_footnotes(lines[i])).split()
        if vertical and not words:
            continue  # also a line the label's characters read down left empty
        if raw and not strip_footnotes(raw[0]) and words and _is_prose(words[0]):
            continue  # 「^{※12} 環境の整備拡大を…。」: the mark ends the title's line above
        glued = strip_footnotes(raw[0]) if raw else ""
        if glued not in ("", raw[0]) and len(raw) > 1 and _is_prose(_TAG.sub("", raw[1])):
            words[0] = glued
        key = _key(lines[i])
        if _is_department_row(lines, i):
            schedule = True  # the schedule's further rows, under the 担当課, up to the KPI
        elif key.startswith("KPI"):
            schedule = False
        elif schedule or _year_header_piece(words):
            continue
        kept.append(words[0] if words else "")
        numbers.append(i)
    return _Text(kept, numbers)


#: The card's labels a first column set vertically spells one character a line.
_VERTICAL_LABELS = ("施策名", "区分", "担当課", "KPI")


def _labels_read_down(lines: list[str], start: int, end: int) -> list[str]:
    """``lines`` with each card label spelled down a vertical first column (「担 市民課 構築」
    「当 …」「課」) written whole on its first line (「担当課 市民課 構築」), its other characters
    taken out of the lines below. The same number of lines, so every line number stays the
    file's."""
    out = list(lines)
    i = start
    while i < end:
        words = out[i].split()
        if not words or len(words[0]) != 1:
            i += 1
            continue
        firsts = [(out[j].split() or [""])[0] for j in range(i, min(i + 3, end))]
        label = next((lb for lb in _VERTICAL_LABELS if "".join(firsts[: len(lb)]) == lb), None)
        if label is None:
            i += 1
            continue
        out[i] = " ".join([label, *words[1:]])
        for j in range(i + 1, i + len(label)):
            out[j] = " ".join(out[j].split()[1:])
        i += len(label)
        if label == "区分":
            _priority_read_down(out, i - 2, end)
    return out


_PRIORITY = "重点施策"
#: How the lines of a card's first row and of the section rows above it begin (施策名, 個別施策,
#: 区分, 担当課), set vertically or not.
_CARD_FIRST = frozenset("施個区担")
_DIGIT = lazy_re(r"\d")


def _priority_read_down(out: list[str], row: int, end: int) -> None:
    """The 区分 row's 「重点施策N」 set one character a line too (「区分 市 重」「点」「施」「策」):
    its characters at the start of the lines below (the first column empty there) go back to
    the row, so that they are not read as the first characters of the title."""
    words = out[row].split()
    spelled = next((w for w in words[1:] if _PRIORITY.startswith(w) and w != _PRIORITY), None)
    if spelled is None:
        return
    for j in range(row + 1, min(row + 8, end)):
        pieces = out[j].split()
        if not pieces:
            continue
        first = pieces[0]
        whole = spelled == _PRIORITY
        if (whole and not first.isdigit()) or (not whole and not _PRIORITY.startswith(spelled + first)):
            break
        spelled += first
        out[j] = " ".join(pieces[1:])
        out[row] += first
        if first.isdigit():
            break


def _year_header_piece(words: list[str]) -> bool:
    """A line of a year header wrapped in narrow columns (「度 度 和 和」「6 7」「年度 5年 6年」)."""
    if not words:
        return False
    if len(words) > 1 and all(_YEARISH.match(w) or w == "和" or (w.isdigit() and len(w) <= 2) for w in words):
        return True
    return all(_YEARISH.match(word) for word in words)


def _is_prose(word: str) -> bool:
    """A word of the 概要's prose, not of a title's line: a sentence's end, or longer than a title
    column holds (16 characters)."""
    return "。" in word or len(word) > 16


def _kpi_word(word: str) -> bool:
    """A word of a KPI row: the spaced-out label, its name in brackets, a figure or a dash."""
    return (
        word in ("K", "P", "I", "KPI")
        or any(ch in word for ch in "()（）")
        or any(ch.isdigit() for ch in word)
        or is_no_value(word)
    )


def _kpi_in_rows(
    lines: list[str], label: int, stop: int, columns: int | None = None, department: str = ""
) -> tuple[int, list[str]] | None:
    """The KPI row below the 担当課 row at ``label`` (before ``stop``), printed line by line:
    (1-based line, [「KPI (name) (name)」, value per column]).

    The row's narrow columns wrap onto the lines below it, each line holding a piece of each
    column that goes on: a name goes on in the first word, up to its closing bracket; a figure's
    unit set apart (「15,000」 over 「名」) comes as many times as figures went without one; a word
    of the card's 担当課 (``department``) or a line of one character (a label's piece) is
    another column's. A row of two indicators (「(参加者総数) (事業所総数)」) prints each year's
    cell as two figures, so some come on the lines below; they are tied to the ``columns`` years
    only where a count settles it (:func:`_two_figures_per_year`)."""
    at = next((i for i in range(label + 1, min(stop, label + 14)) if _key(lines[i]).startswith("KPI")), None)
    if at is None:
        return None
    names: list[str] = []
    inside = False
    first: list[str] = []  # the KPI line's figures and dashes, left to right
    below: list[str] = []  # figures of the lines below (the second lines of wrapped cells)
    placed: list[tuple[list[str], int]] = []  # every figure, in order: where it is kept
    units: set[str] = set()

    def other_column(word: str) -> bool:
        return len(word) <= 3 and bool(department) and word in department

    def unfinished(word: str) -> bool:
        """A figure whose unit is missing or cut: 「15,000」, 「5路」 where 「5路線」 is printed."""
        unit = _unit(word)
        return not unit or any(len(u) > len(unit) and u.startswith(unit) for u in units)

    for k in range(at, min(stop, at + 8)):
        words = strip_footnotes(lines[k]).replace("K P I", "KPI", 1).split()
        if k == at:
            words = words[1:]
        elif not words or _ends_kpi_row(lines[k]):
            break
        elif len(words) == 1 and (len(words[0]) == 1 or other_column(words[0])):
            continue
        # the KPI line held only the name, wrapped (pypdfium2: 「K P I (オンライン申請可能手」 over
        # 「続数)」): the row's values are the first line after the name of one figure or dash
        # per year
        values = k == at or (
            not first
            and not inside
            and names
            and len(words) == columns
            and all(is_no_value(w) or parse_number(w) is not None for w in words)
        )
        took = False
        pieces: list[str] = []  # the units of figures above, set apart (「名 名 名」)
        figures: list[str] = []
        for n, word in enumerate(words):
            if inside and n == 0:
                names[-1] += word
                inside = not word.endswith((")", "）"))
            elif word.startswith(("(", "（")):
                names.append(word)
                inside = not word.endswith((")", "）"))
            elif any(ch.isdigit() for ch in word) and (number := parse_number(word)) is not None:
                figures.append(word)
                units.add(number[1])
            elif values and is_no_value(word):
                figures.append(word)
            elif k > at and len(word) <= 3 and not other_column(word) and not is_no_value(word):
                pieces.append(word)
            else:
                continue
            took = True
        open_units = [(cells, i) for cells, i in placed if unfinished(cells[i])]
        known = [p for p in pieces if any(_unit(cells[i]) + p in units for cells, i in open_units)]
        for given in (known, pieces):  # another column's piece among them (「策 時間 時間」)
            if given and len(given) == len(open_units):
                for (cells, i), unit in zip(open_units, given, strict=True):
                    cells[i] += unit
                break
        target = first if values else below
        for word in figures:
            target.append(word)
            if not is_no_value(word):
                placed.append((target, len(target) - 1))
        if k > at and not took and not inside:
            break
    name = f"KPI {' '.join(names)}".strip()
    if len(names) < 2 or columns is None:
        return at + 1, [name, *first]
    cells = _two_figures_per_year(first, below, columns)
    return (at + 1, [name, *cells]) if cells else None


def _header_line(line: str) -> bool:
    """A line of a year header, of one set down a narrow column a character a line (「令」「和」
    「5」「年」「度」), or holding one after other text."""
    words = line.split()
    alone = len(words) == 1 and (words[0] == "和" or (words[0].isdigit() and len(words[0]) <= 2))
    # (or the header printed after the title on its line: 「…利用促進 令和3年度 令和4年度 令和5年」)
    return alone or _year_header_piece(words) or sum(year_cell(word) is not None for word in words) >= 2


def _is_value(word: str) -> bool:
    """A KPI cell's value: a dash, or a figure (with or without its unit); not the name in its
    brackets (「(1人あたりの…抑制率)」)."""
    if any(ch in word for ch in "()（）"):
        return False
    return is_no_value(word) or (any(ch.isdigit() for ch in word) and parse_number(word) is not None)


def _ends_whole(words: list[str]) -> bool:
    """Whether a KPI line ends on a whole value (a dash, a figure with its unit): no cell of it
    wraps onto the next line."""
    return bool(words) and (is_no_value(words[-1]) or (_is_value(words[-1]) and bool(_unit(words[-1]))))


def _kpi_in_sequence(lines: list[str], start: int, stop: int, columns: int) -> tuple[int, list[str]] | None:
    """The KPI row between ``start`` and ``stop`` where the extractor writes a row's cells one
    after the other, each cell's wrapped lines in turn (pypdfium2: 「K P I (アク」 「セス件数)」
    「1,100,000件 1,150,000件 1,160,000」 「件」 …): the name up to its closing bracket, then one
    figure or dash per year, a unit on a line of its own joined to the figure before it. Only a
    row of exactly one value per year (and one name) is a row: else none, never a figure of
    another year or another card — the row is the title's only before the next card's first
    label or year header (a sheet printed by Calc: the title, merged down its card and centred,
    comes after the rows above its middle, so the next KPI label may be the next card's)."""
    at = None
    headers = 0
    label = False  # the card's 担当課 label seen: its row, then the KPI row, as the card prints them
    for i in range(start, stop):
        if _starts_card(lines[i]):
            return None
        if _header_line(lines[i]) and not (i > start and _header_line(lines[i - 1])):
            headers += 1  # a card has one year header: a second is another card's
            if headers > 1 or label:
                return None
        if label and "。" in lines[i]:
            return None  # prose after the 担当課 row: another card's 概要 came between
        first = lines[i].split()
        # (the label wrapped in its narrow column: 「担当」 over 「課」)
        head = _key(first[0]) if first else ""
        if len(first) == 1 and i + 1 < stop:
            head += _key(lines[i + 1])[:1]
        if not label and head.startswith("担当課"):
            if not headers:
                return None  # the card prints its year header above its 担当課 row
            label = True
        if _key(lines[i]).startswith("KPI"):
            at = i
            break
    if at is None or not label:
        return None
    words: list[str] = []
    for k in range(at, min(stop, at + 3 * columns + 4)):
        line = strip_footnotes(lines[k]).replace("K P I", "KPI", 1)
        if k > at and (_starts_card(line) or _is_marker(line) or _PROJECT.match(line.strip())):
            break
        one = lines[at].count("(") + lines[at].count("（") < 2  # (two names: two figures a cell)
        if k == at + 1 and one and _ends_whole(words) and _is_value((line.split() or [""])[0]):
            break  # the KPI line ended on a whole cell: a line of figures below is another row's
        words.extend(line.split())
    words = words[1:] if words and words[0] == "KPI" else words
    names: list[str] = []
    while words and (names and not names[-1].endswith((")", "）")) or words[0].startswith(("(", "（"))):
        if names and not names[-1].endswith((")", "）")):
            names[-1] += words.pop(0)
        else:
            names.append(words.pop(0))
    if len(names) > 2:
        return None
    size = columns * max(1, len(names))  # a row of two indicators prints two figures a year
    values: list[str] = []
    for word in words:
        last = values[-1] if values else ""
        units = {_unit(v) for v in values if not is_no_value(v)} | set(UNITS)
        # the unit, or its end, wrapped below its figure (「10,000」「件」, 「5路」「線」)
        unit = last and not is_no_value(last) and len(word) <= 4 and not any(ch.isdigit() for ch in word)
        if unit and (not _unit(last) or _unit(last + word) in units):
            values[-1] += word
            continue
        if len(values) == size:
            break  # the row is full: what follows is the next block's (a footnote 「*6 …」)
        if _is_value(word):
            values.append(word)
        else:
            break
    name = f"KPI {' '.join(names)}".strip()
    if len(names) == 2:
        # each year's two figures, told apart by their units (one figure a year each)
        cells = _two_figures_per_year(values, [], columns)
        return (at + 1, [name, *cells]) if cells else None
    if len(values) != columns:
        return None
    return at + 1, [name, *values]


def _kpi_read_down(
    lines: list[str], label: int, stop: int, columns: int | None
) -> tuple[int, list[str]] | None:
    """The KPI row below the 担当課 row at ``label`` when the first column is set vertically: the
    label and the indicator's name (「(」「オ」「ン」…「)」) one character a line, then the
    figures one per year (「12手続 26手続 — — —」) with the units set apart under them.
    (1-based line, [「KPI (name)」, value per year]);
    None where the figures are not one per year (a row of two indicators is left out)."""
    at = next((i for i in range(label + 1, min(stop, label + 14)) if _key(lines[i]).startswith("KPI")), None)
    if at is None or columns is None:
        return None
    end = min(stop, at + 60)
    rest = [words for line in lines[at + 1 : end] if (words := line.split())]
    words = lines[at].split()[1:] or (rest.pop(0) if rest else [])
    name = ""
    if words and words[0].startswith(("(", "（")):
        # the name read down the column up to its closing bracket, its first character beside
        # the bracket (「( オ」)
        while True:
            name += "".join(words)
            if name.endswith((")", "）")) or not rest:
                break
            words = rest.pop(0)
        words = rest.pop(0) if rest else []
    figures = [w for w in words if is_no_value(w) or (any(c.isdigit() for c in w) and parse_number(w))]
    if not words or len(figures) != len(words) or len(figures) != columns:
        return None
    # a unit, or its end, set apart under each figure (「11回 25回 25 25 25」 over 「回 回 回」,
    # 「20施 30施 40施」 over 「設 設 設」): short words, no figure
    bare = [i for i, w in enumerate(figures) if not is_no_value(w) and not (parse_number(w) or (0, ""))[1]]
    real = [i for i, w in enumerate(figures) if not is_no_value(w)]
    written = {_unit(figures[i]) for i in real}
    cut = [
        i
        for i in real
        if any(len(u) > len(_unit(figures[i])) and u.startswith(_unit(figures[i])) for u in written)
    ]
    under = next((u for u in (bare, cut, real) if u and rest and len(rest[0]) == len(u)), [])
    for below in rest[:3]:  # a unit wrapped in its narrow column too (「路 路 路」 over 「線 線 線」)
        # (never the next card's labels: 「施 概 要」)
        units = below[0][:1] not in _CARD_FIRST and all(len(w) <= 3 and not _DIGIT.search(w) for w in below)
        if not under or not units or len(below) != len(under):
            break
        for i, unit in zip(under, below, strict=True):
            figures[i] += unit
    return at + 1, [f"KPI {name}".strip(), *figures]


def _unit(figure: str) -> str:
    """The unit printed with a figure (「名」 of 「10,000名」), or ""."""
    number = parse_number(figure)
    return number[1] if number else ""


def _ends_kpi_row(line: str) -> bool:
    """A line that begins the next card or is the page's furniture: no part of the KPI row."""
    key = _key(line)
    return (
        "\f" in line
        or key.startswith(("施策", "区分", "個別施策", "基本施策", "プロジェクト", "概要", "担当"))
        or bool(re.fullmatch(r"[-‐−–—\s]*\d{1,3}[-‐−–—\s]*", line.strip()))
    )


def _two_figures_per_year(first: list[str], below: list[str], columns: int) -> list[str]:
    """Each year's cell of a KPI row of two indicators (「4,000人 100事業所」), from the KPI line's
    figures and those below it, or none where their count does not settle which year each is:

    - every figure is a number with its unit and the two units have one figure per year (the
      first unit met is the first name's: a cell prints its figures in the names' order);
    - else the KPI line has one cell per year (a figure or a dash) and the lines below hold the
      second figure of each cell with a figure, in order."""
    figures = [w for w in first if not is_no_value(w)] + below
    if not all(_unit(w) for w in figures):
        return []  # a figure without its unit: which indicator it is goes unsaid
    units: dict[str, list[str]] = {}
    for word in figures:
        number = parse_number(word)
        units.setdefault(number[1] if number else "", []).append(word)
    if len(units) == 2:
        one, two = units.values()
        if len(one) == len(two) == columns:
            return [f"{a} {b}" for a, b in zip(one, two, strict=True)]
    filled = [w for w in first if not is_no_value(w)]
    if len(first) == columns and len(below) == len(filled):
        seconds = iter(below)
        return [w if is_no_value(w) else f"{w} {next(seconds)}" for w in first]
    return []


def _department_in_row(lines: list[str], label: int) -> list[str]:
    """The 担当課 printed line by line: the word after the label, then the first word of the
    lines below (the column beside it empty) until the name ends like a department. The column
    is as wide as that first word: a longer word below is another column's (a step, the KPI's
    name wrapped), on a line where the 担当課 has no piece. Where the 担当課 cell reaches down
    beside the KPI row (a merged cell), a KPI name left open goes on in each line's first word,
    and the units of the KPI's figures set apart (「件 件 件」) are no piece."""
    words = strip_footnotes(lines[label]).split()
    text = words[1] if len(words) > 1 else ""
    widest = max(2, len(text) + 1)
    units: set[str] = set()
    named = False  # a KPI name is open: it goes on in the first word of the next line
    for n, line in enumerate(lines[label + 1 : label + 9]):
        # a list goes on after its separator (「市民課、」), a name after 「担当」 (「収納業務担当」「課」)
        if not text or (_departments([text]) and not text.endswith(("、", "・", ",", "，", "担当"))):
            break
        below = strip_footnotes(line).split()
        if n == 0 and words[:1] == ["担当"] and below[:1] == ["課"]:
            below = below[1:]  # the label wrapped in its narrow column (「担当」「課」)
        if _key(line).startswith("KPI"):
            # the label spaced out (「K P I (件数) 策 — —」), the name's next piece among its words
            units.update(number[1] for w in below if (number := parse_number(w)) and number[1])
            opened = [w for w in below if w.startswith(("(", "（"))]
            named = bool(opened) and not opened[-1].endswith((")", "）"))
            below = [w for w in below if not _kpi_word(w)]
        elif named and below and not (len(below) == 1 and _fits(below[0], widest)):
            # the KPI name goes on in the line's first word (「くワクチン登 家 世帯」); a line of one
            # short word is the 担当課's piece, the name having none there (「課」 over 「総数)」)
            named = not below[0].endswith((")", "）"))
            below = [w for w in below[1:] if w not in units]
        elif below and below[0] in units:
            continue  # the units of the KPI's figures set apart (「事業所 事業所 事業所」)
        elif below and any(ch in below[0] for ch in "()（）"):
            # the KPI name wrapped (「数)」「(アク 件 件」): a unit of its figures is not a piece
            below = [w for w in below[1:] if w not in units]
        if below == ["担当課"] and not _departments([text]):
            text += below[0]  # a name ending in the label's words (「収納業務」「担当課」), alone on its line
            continue
        if below and _is_marker(below[0]):
            # the next card's first labels, the name's last pieces beside them (「施策名 課 概 要」)
            piece = below[1] if len(below) > 1 and not _is_marker(below[1]) else ""
            if piece and _fits(piece, widest) and not _departments([text]):
                text += piece
                continue
            break
        if below.count(below[0] if below else "") > 1:
            continue  # a word repeated along the line is the year columns' unit (「帯 帯」), not a piece
        if below and _fits(below[0], widest):
            text += below[0]
    return _departments([text])


def _fits(word: str, widest: int) -> bool:
    """True when ``word`` may be a piece of the 担当課's column: no wider than it, no figure, no
    unit of money set apart from its figure (「17,000」 over 「千円」)."""
    return len(word) <= widest and not _kpi_word(word) and not _MONEY.match(word)


def _is_department_row(lines: list[str], i: int) -> bool:
    """True for the 担当課 row of a card printed line by line: its label whole, or wrapped in a
    narrow first column (「担当 情 研修等の調査」 over 「課 報 別IT」)."""
    if _key(lines[i]).startswith("担当課"):
        return True
    below = lines[i + 1].split()[:1] if i + 1 < len(lines) else []
    return lines[i].split()[:1] == ["担当"] and below == ["課"]


#: Katakana that look the same as their hiragana (「のベおか」 typed for 「のべおか」 in one table):
#: compared as the hiragana, so that a title spelled so in the 全体工程表 is still its card's.
_LOOK_ALIKE = str.maketrans("ヘベペ", "へべぺ")


def _key(text: str) -> str:
    return compact(strip_footnotes(text)).translate(_LOOK_ALIKE)


def _is_marker(line: str) -> bool:
    """A label, a heading or a year of the header: never part of a title."""
    key = _key(line)
    text = line.strip()
    return (
        key in _LABELS
        or key.startswith(("KPI", "担当課"))
        or bool(_PROJECT.match(text) or _BASIC.match(text))
        or all(_YEARISH.match(word) for word in text.split())
    )


def _is_label(line: str) -> bool:
    """A marker or a piece of a label set vertically (「重」「点」「施策1」): never a title's first
    line (a title's last line may be one character: 「育\n成」)."""
    return _is_marker(line) or bool(_FRAGMENT.match(_key(line)))


def _starts_card(line: str, labels: tuple[str, ...] = ("施策名", "区分", "個別施策")) -> bool:
    """A card's (or a table's) first label: alone on its line, or its line's first word where the
    extractor writes a row's cells on one line (pypdfium2: 「施策名 概 要」「個別施策 行政手続の
    オンライン化」「施策名 令和3年度 令和4年度」) — else the overview would run on through the
    cards, and every schedule step they print would count as named by it."""
    words = line.split()
    return bool(words) and _key(words[0]) in labels


def _regions(lines: list[str]) -> tuple[int, int, int] | None:
    """(cards start, roadmap start, end): the cards from the first プロジェクト heading, the
    全体工程表 from its last heading."""
    roadmap = max((i for i, line in enumerate(lines) if _ROADMAP in line and len(line) <= 30), default=None)
    if roadmap is None:
        return None
    cards = next((i for i, line in enumerate(lines[:roadmap]) if _PROJECT.match(line.strip())), None)
    if cards is None:
        return None
    return cards, roadmap, len(lines)


def _joined(lines: list[str]) -> str:
    out = ""
    for line in lines:
        out = join_wrapped(out, strip_footnotes(line))
    return out


def _roadmap_titles(
    lines: list[str],
    start: int,
    end: int,
    cards: _Text,
    overview: str,
    runs: dict[int, dict[int, int]] | None = None,
) -> list[str]:
    """Runs of the roadmap's lines whose text the cards or the overview hold too: the longest run
    from each line, first the longest prefix of its words (a step printed on the same line stays
    out). A line goes on into the next where the cards hold both (the overview lists titles one
    after the other, so it confirms a wrapped title only after a line as wide as the column).
    ``runs`` gets each run by its first line: how many first words of each of its lines are the
    title's (the rest of a line is the row's steps)."""
    found: list[str] = []
    runs = {} if runs is None else runs
    known = (cards.joined, overview)
    heads: list[tuple[int, str]] = []
    for i in range(start, end):
        line = lines[i].strip()
        if line and not _is_label(line) and _ROADMAP not in line:
            head = _longest_prefix(line, "", known)
            if head and head[0] not in _NEVER_FIRST:  # 「ービス）からの…」: a wrapped line's rest
                heads.append((i, head))
    # the title column's width, per table (a browser sizes each table's columns to its text)
    tables = [i for i in range(start, end) if _starts_card(lines[i], ("施策名",))]
    widest: dict[int, int] = {}
    for i, head in heads:
        table = bisect.bisect_right(tables, i)
        widest[table] = max(widest.get(table, 0), display_width(head))
    taken: set[int] = set()
    for i, head in heads:
        if i in taken:
            continue
        full = widest[bisect.bisect_right(tables, i)] - 4
        run = [head]
        taken_words = {i: len(head.split())}
        j = i + 1
        while j < end and len(run) < _MAX_RUN:
            nxt = lines[j].strip()
            if not nxt or _is_marker(nxt):
                break
            before = "".join(run)
            piece = _longest_prefix(nxt, before, (cards.solid,))
            # (a line of the roadmap holds a title and its steps: the title, as the cards or the
            # overview hold it, is what may begin a card's line)
            own = _longest_prefix(nxt, "", known) or nxt
            if not piece and display_width(run[-1]) >= full and not _starts_line(own, cards):
                piece = _longest_prefix(nxt, before, (overview,))
            if not piece and len(_key(nxt)) == 1 and j + 1 < end:
                # a one-character piece of a step the extractor put between a title's lines
                # (「…コミュニケーシ」「施」「ョン授業の実施」): the title goes on after it
                after = lines[j + 1].strip()
                piece = _longest_prefix(after, before, (cards.solid,)) if after else ""
                if piece and not _is_marker(after):
                    j += 1
                else:
                    piece = ""
            if not piece:
                break
            run.append(piece)
            taken.add(j)
            taken_words[j] = len(piece.split())
            j += 1
        found.append(_joined(run))
        runs[i] = taken_words
    return found


def _roadmap_in_rows(lines: list[str], start: int, end: int, columns: int | None) -> bool:
    """Whether the extractor wrote the 全体工程表 row after row (pdfplumber's printed lines,
    pypdfium2, a viewer's copy of one cell a line), not column after column (plain pdftotext and
    pdfminer write each column's cells as a block, an empty cell leaving no trace, so a title's
    steps cannot be told from the next rows'): each header's cells come together — 「施策名」 and
    the plan's years right after it, on its line and the lines straight below, no blank between."""
    if not columns:
        return False
    headers = 0
    whole = 0
    for i in range(start, end):
        words = lines[i].split()
        if not words or _key(words[0]) != "施策名":
            continue
        headers += 1
        pieces = words[1:]
        j = i + 1
        while j < end and len(pieces) < 4 * columns and _year_header_piece(lines[j].split()):
            pieces.extend(lines[j].split())
            j += 1
        whole += len(header_periods(pieces)) == columns
    return headers > 0 and whole == headers


#: A title's row is the line that begins with this many of its characters (or all of it).
_ROW_HEAD = 8


def _rows_by_head(
    lines: list[str],
    start: int,
    end: int,
    keys: list[str],
    rows_of: dict[str, int],
    runs: dict[int, dict[int, int]],
) -> None:
    """Find the 全体工程表 row of each title no run of the 全体工程表 gave (found by its card and
    spelt a little otherwise, 「手続き」 for 「手続」, or wrapped where the overview has no
    stretch of it): the line whose text begins with the title's longest head, of 8 characters
    at least, that no other title's row begins at. Its title words (``runs``) are the line's
    first words up to the title's length, and the first word of a line below that is the rest
    of the title (「…バス利用の促」 over 「進」). Else (a title of 12 characters or more) the
    line that begins as the title does and, with the line below, holds 85 % of its characters in
    order, the most of them: the 全体工程表 spells it otherwise (the card's 「国立循環器病研究
    センター…」 for its 「国立循環器センター…」, 「マイナポータル（ぴったりサービス）から…」)."""
    # (a run whose spelling is no title's is free)
    taken = {rows_of[key] for key in keys if key in rows_of}
    heads = {i: _key(lines[i]) for i in range(start, end)}
    for key in keys:
        if key in rows_of:
            continue
        best, at = 0, None
        for i, text in heads.items():
            same = len(commonprefix([key, text]))
            if i not in taken and same >= min(_ROW_HEAD, len(key)) and same > best:
                best, at = same, i
        if at is not None:
            rows_of[key] = at
            taken.add(at)
            runs[at] = _title_words(lines, at, key, end)
    for key in keys:
        if key in rows_of:
            continue
        best_same, row = 0, -1
        for i, text in heads.items():
            if i in taken or len(key) < _MIN_FUZZY or not text.startswith(key[:3]):
                continue
            # the title's lines (it may wrap onto the next), as long as the title and a little more
            window = (text + heads.get(i + 1, ""))[: len(key) + 16]
            blocks = SequenceMatcher(None, key, window, autojunk=False).get_matching_blocks()
            same = sum(b.size for b in blocks)
            if same >= _SIMILAR * len(key) and same > best_same:
                best_same, row = same, i
        if row >= 0:
            rows_of[key] = row
            taken.add(row)
            runs[row] = _words_within(lines, row, end, key)


def _words_within(lines: list[str], at: int, end: int, key: str) -> dict[int, int]:
    """The title's words of a row the 全体工程表 spells otherwise than ``key``: the line's first
    word and the words after it that ``key`` holds, and the next line's first word where ``key``
    holds it (the title wrapped in its column: 「…熱中症発症予測 予測モデルの行政サー」 over
    「モデル構築 ビスへの活用」)."""
    words = lines[at].split()
    n = 1
    while n < len(words) and len(_key(words[n])) > 1 and _key(words[n]) in key:
        n += 1
    out = {at: n}
    below = lines[at + 1].split() if at + 1 < end else []
    if below and _key(below[0]) in key[len(key) // 3 :] and not key.startswith(_key(below[0])):
        out[at + 1] = 1
    return out


def _title_words(lines: list[str], at: int, key: str, end: int) -> dict[int, int]:
    """How many first words of line ``at`` and the lines below are the title ``key``'s."""
    out: dict[int, int] = {}
    done = 0
    for k in range(at, min(end, at + _MAX_RUN)):
        words = lines[k].split()
        n = 0
        while n < len(words) and done < len(key):
            piece = _key(words[n])
            beyond = done + len(piece) > len(key) + 2
            if beyond or ((k > at or n) and piece not in key[max(0, done - 3) :]):
                break  # (a word the title does not hold is a step: the row spells it shorter)
            done += len(piece)
            n += 1
        if not n:
            break
        out[k] = n
    return out


def _tokens(lines: list[str]) -> list[str]:
    """Every word of the text, compacted and sorted: a step's pieces joined are a step where
    the text prints them unbroken somewhere (the card's column is narrower or wider than the
    全体工程表's, so it wraps the step elsewhere or not at all)."""
    return sorted({_key(word) for line in lines for word in line.split()} - {""})


def _printed_whole(key: str, tokens: list[str]) -> bool:
    at = bisect.bisect_left(tokens, key)
    return at < len(tokens) and tokens[at].startswith(key)


_CIRCLED = lazy_re(r"^[①-⑳]+$")


def _row_steps(
    lines: list[str], head: int, bounds: list[int], end: int, title_words: dict[int, int], tokens: list[str]
) -> list[str]:
    """The steps of the 全体工程表's row that starts at line ``head``, in their order: the words
    after the title's on its lines and the lines below up to the next title's row (a row of its
    own with no title is the same initiative's further steps), a heading or a header.

    Cells wrap at their column, and the text keeps no column: a piece is joined to the one before
    it where it cannot begin a step (one character, a letter no word begins with: 「開」「ービス
    運用」), where the one before cannot end one (「運用・」), or where the two joined are printed
    unbroken elsewhere in the text (「導入方」「針決定」: 「導入方針決定」 in a wider column). A row
    marker (「①」) is no step."""
    stop = next((b for b in sorted(bounds) if b > head), end)
    pieces: list[str] = []
    for k in range(head, stop):
        text = lines[k].strip()
        if _PROJECT.match(text) or _BASIC.match(text) or _starts_card(text, ("施策名",)):
            break
        words = _TAG.sub(" ", strip_footnotes(text)).split()[title_words.get(k, 0) :]
        if not words or _year_header_piece(words):
            continue
        pieces.extend(word for word in words if not _CIRCLED.match(word))
    steps: list[str] = []
    for piece in pieces:
        if steps:
            last = steps[-1]
            joined = _key(last + piece)
            if (
                len(_key(piece)) == 1
                or piece[0] in _NEVER_FIRST
                or last.endswith(("・", "、", "（", "(", "及び"))
                or _printed_whole(joined, tokens)
            ):
                steps[-1] = last + piece
                continue
        steps.append(piece)
    return steps


def _starts_line(line: str, cards: _Text) -> bool:
    """True when ``line`` (4 characters or more) begins a line of the cards: a title of its own,
    not the rest of the line above it (a card wraps its title elsewhere). Where the cards come in
    blocks, only a block's first line counts: a line inside a block is the rest of a wrapped
    title (「公共施設の予約状況確認にお」「けるオンライン化」), which another title may share."""
    key = _key(line)
    if len(key) < 4 or key[0] in _NEVER_FIRST:
        return False
    at = cards.joined.find(key)
    while at >= 0:
        index = bisect.bisect_left(cards.starts, at)
        while index + 1 < len(cards.starts) and cards.starts[index + 1] == at:
            index += 1  # past blank lines: the line that holds the text
        if index < len(cards.starts) and cards.starts[index] == at:
            above = cards.lines[index - 1] if index else ""
            if not cards.in_blocks or not above.strip() or _is_label(above):
                return True  # in blocks, a block's first line: a title's (a wrapped line's rest is not)
        at = cards.joined.find(key, at + 1)
    return False


def _longest_prefix(line: str, before: str, known: tuple[str, ...]) -> str:
    """The longest prefix of ``line``'s words that, after ``before``, one of ``known`` holds."""
    words = line.split()[:_MAX_WORDS]  # a title line has a few words; a long line is prose
    if len(line) > _MAX_LINE:
        return ""
    for n in range(len(words), 0, -1):
        candidate = " ".join(words[:n])
        key = _key(before + candidate)
        if any(key in text for text in known):
            return candidate
    return ""


def _card_spelling(
    title: str, cards: _Text, matcher: SequenceMatcher[str], blocks: list[tuple[int, list[str]]]
) -> str | None:
    """The card's own spelling of a title the roadmap spells differently (「国立循環器センター」 for
    「国立循環器病研究センター」): the block of the cards around the longest common stretch, or
    around the title's first or last words, where most of it is the same."""
    key = _key(title)
    matcher.set_seq1(key)
    match = matcher.find_longest_match(0, len(key), 0, len(cards.joined))
    if match.size < max(4, len(key) // 3):
        return None
    places = {match.b}
    places.update(m.start() for m in re.finditer(re.escape(key[:4]), cards.joined))
    places.update(m.start() for m in re.finditer(re.escape(key[-4:]), cards.joined))
    lines = {bisect.bisect_right(cards.starts, at) - 1 for at in sorted(places)[:_MAX_ANCHORS]}
    best: tuple[float, str] | None = None
    for at, block in blocks:
        if not any(at <= line < at + len(block) for line in lines):
            continue
        text = _joined(block)
        if _key(text) in key:  # a piece of the title (the card cut it at a page break)
            continue
        ratio = SequenceMatcher(None, key, _key(text), autojunk=False).ratio()
        if ratio >= 0.8 and (best is None or ratio > best[0]):
            best = (ratio, text)
    return best[1] if best else _card_stretch(key, cards)


def _card_stretch(key: str, cards: _Text) -> str | None:
    """The card's spelling where no block holds the title alone (an extractor that writes a
    row's cells on one line runs the title into the 概要's prose or the year header, pypdfium2):
    the stretch of the cards from the title's first words to its last ones, where most of it is
    the same — as printed when it is whole lines, else compacted."""
    best: tuple[float, int, int] | None = None
    for start in [m.start() for m in re.finditer(re.escape(key[:4]), cards.joined)][:_MAX_ANCHORS]:
        window = cards.joined[start : start + len(key) + _LONGER]
        for tail in re.finditer(re.escape(key[-4:]), window):
            end = start + tail.end()
            ratio = SequenceMatcher(None, key, cards.joined[start:end], autojunk=False).ratio()
            if ratio >= _SIMILAR and (best is None or ratio > best[0]):
                best = (ratio, start, end)
    if best is None:
        return None
    _, start, end = best
    first = bisect.bisect_right(cards.starts, start) - 1
    last = bisect.bisect_right(cards.starts, end - 1) - 1
    whole = (
        cards.starts[first] == start
        and first <= last
        and cards.starts[last] + len(_key(cards.lines[last])) == end
    )
    return _joined(cards.lines[first : last + 1]) if whole else cards.joined[start:end]


def _place(key: str, text: str) -> int:
    """Where ``key`` — or its longest head, when the extractor cut it — starts in ``text``."""
    for n in range(len(key), 3, -1):
        at = text.find(key[:n])
        if at >= 0:
            return at
    return len(text)


def _named(key: str, overview: str) -> int:
    """How surely the overview names ``key``: 2 word for word, 1 mostly (the overview spells some
    titles differently and a wrapped cell has a 重点施策 number inside), else 0."""
    if key in overview:
        return 2
    if len(key) < _MIN_FUZZY:
        return 0
    match = SequenceMatcher(None, key, overview, autojunk=False).find_longest_match(
        0, len(key), 0, len(overview)
    )
    if match.size < 4:
        return 0
    # where the overview's spelling may start: by the longest common stretch, and by the title's
    # first or last words (the longest stretch may be another title's: 「…アプリの利用促進」)
    starts = {match.b - match.a}
    starts.update(m.start() for m in re.finditer(re.escape(key[:4]), overview))
    starts.update(m.start() - len(key) + 4 for m in re.finditer(re.escape(key[-4:]), overview))
    for start in sorted(starts)[:_MAX_ANCHORS]:
        window = overview[max(0, start - 4) : start + len(key) + 8]
        same = sum(b.size for b in SequenceMatcher(None, key, window, autojunk=False).get_matching_blocks())
        if same >= _SIMILAR * len(key):
            return 1
    return 0


def _anchored_titles(cards: _Text, vertical: bool = False) -> list[tuple[str, int]]:
    """Titles kept with their 担当課 label: the block's lines just above the label, and the
    index of that label. ``vertical``: the first column is set one character a line
    (_vertical_title)."""
    out: list[tuple[str, int]] = []
    lines = cards.lines
    for i, line in enumerate(lines):
        if _key(line) != "担当課":
            continue
        j = i
        if vertical:
            title = _vertical_title(cards, i)
            if len(_key(title)) >= _MIN_TITLE:
                out.append((title, i))
            continue
        # the title's last line may be one character (「けるオンライン」「化」), not a label's piece
        last = _key(lines[j - 1]) if j > 0 else ""
        if len(last) == 1 and last not in _LABEL_LETTERS and not last.isdigit() and not _is_marker(last):
            j -= 1
        # up to a label, or to the end of the prose (概要) the extractor put in the same block
        while j > 0 and lines[j - 1].strip() and not _is_label(lines[j - 1]) and "。" not in lines[j - 1]:
            j -= 1
        if j < i and len(_key("".join(lines[j:i]))) >= _MIN_TITLE:
            out.append((_joined(lines[j:i]), i))
    return out


#: How many lines (year-header pieces and blanks) may stand between a title and its 担当課 label.
_OVER_YEARS = 8


def _titles_over_years(cards: _Text, listed: set[str]) -> list[tuple[str, int]]:
    """Titles set apart from their 担当課 label by the year header's pieces or a blank line (Calc
    prints the title's cell beside 「令和3年度」「令和4年度」…, which plain pdftotext writes between
    the title and the label: 「Webアクセシビリティ※2対応」「令和3年度」「担当課」): the block above
    them, with the index of the label, taken only where the 全体工程表 lists it (``listed``: its
    runs' keys) — the block above a year header may be anything else (prose, a step)."""
    out: list[tuple[str, int]] = []
    lines = cards.lines
    for i, line in enumerate(lines):
        if _key(line) != "担当課":
            continue
        j = i
        while j > max(0, i - _OVER_YEARS) and (
            not lines[j - 1].strip() or all(_YEARISH.match(word) for word in lines[j - 1].split())
        ):
            j -= 1
        if j == i or j == 0:
            continue  # the label's own block (_anchored_titles)
        gap = lines[j:i]
        if any(gap) and not gap[0].strip():
            # the year header is the title's row only right under it: after a blank line it is
            # another row's, and the block above a step of the row before (Chromium's prints)
            continue
        end = j
        while j > 0 and lines[j - 1].strip() and not _is_label(lines[j - 1]) and "。" not in lines[j - 1]:
            j -= 1
        if j < end and _key(title := _joined(lines[j:end])) in listed:
            out.append((title, i))
    return out


#: A Latin word set sideways in a vertical column (「GIS」「Web」「RPA」「5G」), a short note in
#: brackets (「(仮称)」).
_SIDEWAYS = lazy_re(r"^(?:[A-Za-z0-9]{1,8}|[(（][^()（）]{1,4}[)）])$")
#: The pieces of a footnote mark set down a vertical column: 「^{」「※」「4}」, 「※」「12」.
_MARK_PIECE = lazy_re(r"^(?:\^\{|※|\^?\{?[※*]?\d{1,2}\}|\d{1,2}\)?)$")


#: A piece of a year header set one character a line: 「令」「和」「3」「年」「度」.
_YEAR_PIECE = lazy_re(r"^(?:令|和|年|度|令和|年度|\d{1,2})$")


def _vertical_piece(word: str) -> bool:
    """A piece of a title set one character a line: a character that is no label's piece or
    figure (区分's 国 and 市 are written beside its label, so alone they are a title's), or a
    Latin word set sideways."""
    key = _key(word)
    if not key or key.isdigit() or (_is_marker(word) and key not in ("国", "市")):
        return False
    return len(key) == 1 or _SIDEWAYS.match(key) is not None


def _vertical_title(cards: _Text, label: int) -> str:
    """The title set one character a line above the 担当課 label at ``label`` (index in
    ``cards.lines``): its pieces up to the card's labels (「区分」「施策3」), stepping over the
    pieces of a footnote mark (「^{」「※」「4}」) and the lines of the 概要's prose an extractor
    printed between the title's characters (「職」「位」「別」「IT」「<p>担当者、…」「研」)."""
    lines = cards.lines
    pieces: list[str] = []
    j = label - 1
    while j >= 0:
        word = lines[j]
        if _MARK_PIECE.match(word) and (not word.isdigit() or lines[j - 1 : j] == ["※"]):
            pass  # a footnote mark's piece: 「※」 then its number below, or 「^{」「※」「4}」
        elif not pieces and _YEAR_PIECE.match(word):
            pass  # the year header set down its first column below the title (「令」「和」「3」)
        elif _vertical_piece(word):
            pieces.append(unicodedata.normalize("NFKC", word))  # 「︵」「﹁」「︑」 as written across
        elif "。" in word or "、" in word or len(word) > 8:
            pass  # the 概要's prose printed between the title's lines (a label's piece beside it stops)
        else:
            break
        j -= 1
    return "".join(reversed(pieces))


def _department_after(cards: _Text, label: int) -> list[str]:
    """The 担当課 in the block just after the label at ``label`` (index in ``cards.lines``)."""
    block = next((lines for at, lines in _blocks(cards) if at > label), [])
    return _departments(block, cards.a_cell_a_line)


def read(lines: list[str], columns: int | None = None) -> list[Found]:
    """Initiatives found in scattered text, in the order of their cards (empty when the text has
    no cards and 全体工程表 to find them by); ``columns`` is the number of the plan's years, by
    which a KPI row's figures are counted."""
    regions = _regions(lines)
    if regions is None:
        return []
    card_start, roadmap_start, end = regions
    filled = [line.strip() for line in lines[roadmap_start:end] if line.strip()]
    vertical = sum(len(line) == 1 for line in filled) > len(filled) / 3
    rows = _as_rows(lines, card_start, roadmap_start)
    if vertical and not rows:
        # titles set vertically, one character a line: where one ends is not in the text, and a
        # cut title (「窓口業務にお」) is worse than the message
        return []
    if vertical:
        # printed lines of a first column set vertically: a card's title is whole between its
        # 区分 and 担当課 labels, once the labels are read down the column; the 全体工程表's
        # titles (one character a line, each running into the next) are not used
        lines = _labels_read_down(lines, card_start, roadmap_start)
    if rows:
        # the cards' first column holds the titles; the overview, its columns printed side by
        # side, names none whole: the titles are confirmed by that column
        cards = _first_column(lines, card_start, roadmap_start, vertical=vertical)
        overview = cards.joined
    else:
        cards = _span(lines, card_start, roadmap_start)
        # the overview's 重点施策 number printed after a wrapped title's first line is not its text
        # (the text before the first card's labels: an extractor may write the table's header
        # after its rows, and its last rows after the cards' first heading)
        first = next((i for i in range(card_start, roadmap_start) if _starts_card(lines[i])), card_start)
        overview = _Text([_NUMBER_AFTER.sub("", line) for line in lines[:first]], []).joined
    # the plan's name recurs as a running header (「延岡市…計画 アクションプラン」, brackets gone)
    cover = _Text([re.sub(r"[【】〔〕\[\]]", "", line) for line in lines[:10]], []).joined
    # key -> (title, index in cards.joined, its 担当課 label, how sure: 3 anchored, 2/1 named)
    titles: dict[str, tuple[str, int, int | None, int]] = {}
    for title, label in _anchored_titles(cards, vertical):
        key = _key(title)
        titles.setdefault(key, (title, cards.starts[label] - len(key), label, 3))
    spelling = SequenceMatcher(None, "", cards.joined, autojunk=False)
    blocks = _blocks(cards)
    runs: dict[int, dict[int, int]] = {}
    roadmap = [] if vertical else _roadmap_titles(lines, roadmap_start, end, cards, overview, runs)
    rows_of: dict[str, int] = {}  # title key -> first line of its row in the 全体工程表
    bounds: list[int] = []  # first lines of the rows the overview names
    if not rows:
        run_keys = {_key(run) for run in roadmap}
        named = {run for run in run_keys if run in overview}
        for title, label in _titles_over_years(cards, run_keys):
            key = _key(title)
            if any(run != key and key.startswith(run) and len(run) >= _MIN_TITLE for run in named):
                continue  # a step that adds to a title the overview names (「…光化（維持）」)
            titles.setdefault(key, (title, cards.starts[label] - len(key), label, 3))
    # the cards' own letters (_key folds look-alike katakana): a title the 全体工程表 spells with
    # them takes the card's spelling
    printed = "".join(compact(strip_footnotes(line)) for line in cards.lines)
    for head, listed in zip(runs, roadmap, strict=True):
        title = listed
        if compact(strip_footnotes(title)) not in printed:
            at = cards.joined.find(_key(title))
            if at >= 0 and compact(title) == title:  # only look-alike letters differ
                title = printed[at : at + len(title)]
            else:
                title = _card_spelling(title, cards, spelling, blocks) or title
        key = _key(title)
        # the overview may name the card's spelling or the roadmap's (three spellings of one title)
        sure = max(_named(key, overview), _named(_key(listed), overview)) if len(key) >= _MIN_TITLE else 0
        if sure and key not in cover:
            bounds.append(head)
            rows_of.setdefault(key, head)
        if sure and key not in titles and key not in cover:
            titles[key] = (title, _place(key, cards.joined), None, sure)
    # of two runs one inside the other, the surer stays: a step inside a title (「キャッシュレス
    # 決済の促進」) or a step that adds to a title (「ケーブルテレビ網の光化（維持）」) goes
    # (the text before the cards, its lines as printed: the overview lists each title once)
    listed = _Text([_NUMBER_AFTER.sub("", line) for line in lines[:card_start]], []).joined
    dropped: set[str] = set()
    for key in titles:
        for other in titles:
            if key != other and key in other:
                # a title the overview names whole wins over a piece of it kept by a label (a
                # title cut by a page break or a block boundary); a title of the 全体工程表 the
                # overview names wins over the lines kept by a label that hold it after a few
                # words of the prose above (「目追加」), which the overview does not name
                sure, other_sure = titles[key][3], titles[other][3]
                took = titles[key][2] is None and titles[other][2] is not None and other.endswith(key)
                if took and len(other) - len(key) <= len(key) // 3 and key in listed and other not in listed:
                    dropped.add(other)
                else:
                    dropped.add(key if other_sure >= 2 or other_sure >= sure else other)
    ordered = sorted((k for k in titles if k not in dropped), key=lambda k: titles[k][1])
    headings = _headings(lines, card_start, roadmap_start)
    places = [(cards.line_at(titles[k][1]), cards.line_at(titles[k][1] + len(k) - 1)) for k in ordered]
    if rows:
        labels = [i for i in range(card_start, roadmap_start) if _is_department_row(lines, i)]
        offices = [(i, names) for i in labels if (names := _department_in_row(lines, i))]
    else:
        # a 担当課 on its label's line (pypdfium2: 「担当課 市民課・」 over 「情報政策」 「課」), the
        # schedule's steps after it, is read as a printed row's
        beside = [
            (i, names)
            for i in range(card_start, roadmap_start)
            if len(words := lines[i].split()) > 1
            and _key(words[0]) == "担当課"
            and (names := _department_in_row(lines, i))
        ]
        offices = sorted(_department_blocks(cards, frozenset(ordered)) + beside)
    in_rows = bool(bounds) and _roadmap_in_rows(lines, roadmap_start, end, columns)
    tokens = _tokens(lines) if in_rows else []
    if in_rows:
        _rows_by_head(lines, roadmap_start, end, ordered, rows_of, runs)
        bounds.extend(rows_of.values())
        # a title the reading missed still begins a row: a line whose first word the overview
        # names (another spelling: 「のベおか」) is no step of the row above
        inside = {k for run in runs.values() for k in run}
        for i in range(roadmap_start, end):
            lead = _key(lines[i].split()[0]) if lines[i].split() else ""
            if i not in inside and len(lead) >= _MIN_FUZZY and _named(lead, overview):
                bounds.append(i)
    out: list[Found] = []
    claimed: set[int] = set()
    for n, key in enumerate(ordered):
        title, _, kept_by, _ = titles[key]
        index, last = places[n]
        project, basic = _section_at(headings, index)
        if kept_by is None:
            departments = []
        elif rows:
            departments = _department_in_row(lines, cards.numbers[kept_by])
        else:
            departments = _department_after(cards, kept_by)
        stop = places[n + 1][0] if n + 1 < len(places) else roadmap_start
        kpi = None
        if not rows and columns:
            # a row's cells one after the other (pypdfium2): the KPI row after the title
            kpi = _kpi_in_sequence(lines, last, stop, columns)
        if rows:
            below = range(last + 1, stop)
            row: int | None = cards.numbers[kept_by] if kept_by is not None else None
            row = row or next((i for i in below if _is_department_row(lines, i)), None)
            if row is not None:
                office = "".join(_department_in_row(lines, row))
                kpi = (
                    _kpi_read_down(lines, row, stop, columns)
                    if vertical
                    else _kpi_in_rows(lines, row, stop, columns, office)
                )
        if not departments:
            found = next((i for i, (at, _) in enumerate(offices) if last < at < stop), None)
            if found is not None:
                claimed.add(found)
                departments = offices[found][1]
        steps: list[str] = []
        if key in rows_of and in_rows:
            steps = _row_steps(lines, rows_of[key], bounds, end, runs.get(rows_of[key], {}), tokens)
        out.append(Found(title, index + 1, project, basic, departments, kpi, vertical, steps))
    # a 担当課 the extractor wrote before its title (the next card's cells came first): the
    # nearest list no title claimed, between the previous title and this one; printed lines
    # keep the cards' order, so there a 担当課 before a title is the card's above
    for n, item in enumerate(out):
        if item.departments or rows:
            continue
        begin = places[n - 1][1] if n else card_start
        near = [i for i, (at, _) in enumerate(offices) if begin < at < places[n][0] and i not in claimed]
        if near:
            claimed.add(near[-1])
            item.departments = offices[near[-1]][1]
    if not rows and cards.in_blocks:
        # a title's 担当課 follows its label (its last line where no label kept it)
        lines_of: list[int] = []
        for key, (_, last) in zip(ordered, places, strict=True):
            held = titles[key][2]
            lines_of.append(cards.numbers[held] if held is not None else last)
        order = _card_order([rows_of.get(key) for key in ordered])
        _departments_in_card_order([out[n] for n in order], [lines_of[n] for n in order], offices)
    return out


#: How far apart (lines) two rows of the 全体工程表 may be that still reorder their titles.
_NEAR_ROWS = 40


def _card_order(rows: list[int | None]) -> list[int]:
    """The titles' indexes (in the text's order) in the order of the cards: two titles next to
    each other whose rows the 全体工程表 (``rows``) lists the other way round, a few lines apart,
    are swapped (the extractor wrote a card's blocks after the next cards'); rows far apart are
    not followed (the 全体工程表's own blocks may come out of order too)."""
    order = list(range(len(rows)))
    moved = True
    while moved:
        moved = False
        for n in range(len(order) - 1):
            first, second = rows[order[n]], rows[order[n + 1]]
            if first is not None and second is not None and 0 < first - second <= _NEAR_ROWS:
                order[n], order[n + 1] = order[n + 1], order[n]
                moved = True
    return order


#: What leaving a title or a list of departments unpaired costs, against the lines between a pair.
_UNPAIRED = 100


def _departments_in_card_order(
    out: list[Found], where: list[int], offices: list[tuple[int, list[str]]]
) -> None:
    """Pair the titles (``out``, in the cards' order, each at its label's or last line
    ``where``) with the lists of departments (``offices``, in the text's order) where the
    extractor writes text blocks (plain pdftotext, pdfminer): blocks of neighbouring cards come
    interleaved (「title」「担当課」「title」「担当課」「list」「list」), but the 担当課 cells come
    in the cards' order. Titles and lists are paired in their orders, the lines between each
    pair the fewest in all (a list before its title costing more: a card's cells come after its
    title where the extractor keeps their order); a title or a list may go unpaired at a cost
    (a list of a card whose title was not found, a cut piece of one: 「危機管」 … 「理課」)."""
    lines_at = [line for line, _ in offices]
    n, m = len(out), len(offices)
    if not n or not m:
        return
    cost = [[0] * (m + 1) for _ in range(n + 1)]
    step = [[0] * (m + 1) for _ in range(n + 1)]  # 1 skip a title, 2 skip a list, 3 pair
    for i in range(n + 1):
        for j in range(m + 1):
            options = []
            if i:
                options.append((cost[i - 1][j] + _UNPAIRED, 1))
            if j:
                options.append((cost[i][j - 1] + _UNPAIRED, 2))
            if i and j:
                options.append((cost[i - 1][j - 1] + _apart(where[i - 1], lines_at[j - 1]), 3))
            if options:
                cost[i][j], step[i][j] = min(options)
    i, j = n, m
    while i or j:
        move = step[i][j]
        if move == 3:
            out[i - 1].departments = offices[j - 1][1]
        i, j = (i - 1 if move != 2 else i), (j - 1 if move != 1 else j)


#: How much more a list before its title costs than one as far after it.
_BEFORE = 3


def _apart(title: int, names: int) -> int:
    """What pairing a title and a list of departments so far apart costs: a card's 担当課 comes
    after its title, where the extractor keeps its order."""
    return names - title if names >= title else _BEFORE * (title - names)


def _blocks(cards: _Text) -> list[tuple[int, list[str]]]:
    """The cards' blocks: runs of lines between blank lines and labels (a year of the header, 担当課
    …), each with the index (in ``cards.lines``) of its first line."""
    out: list[tuple[int, list[str]]] = []
    start: int | None = None
    for i, line in enumerate([*cards.lines, ""]):
        key = _key(line)
        inside = bool(key) and key not in _LABELS and not key.startswith(("KPI", "担当課"))
        inside = inside and not all(year_cell(word) is not None for word in line.split())
        if inside and start is None:
            start = i
        elif not inside and start is not None:
            out.append((start, cards.lines[start:i]))
            start = None
    return out


def _departments(block: list[str], a_cell_a_line: bool = False) -> list[str]:
    """The departments a block lists (「市民\n課・情\n報政策\n課」), or none; ``a_cell_a_line``
    (no blank line in the cards: a browser's copy), those of its first line, the cells after the
    担当課 coming on in its block (「市民課」「構築」「…運用」)."""
    return _listed(block) or (_listed(block[:1]) if a_cell_a_line else [])


def _listed(block: list[str]) -> list[str]:
    # a line that is a department's whole name ends it (「工業振興課」 over 「商業・駅まち振興課」)
    text = " ".join(_joined(part) for part in _names_apart(block))
    if len(text) > 40 or "。" in text:
        return []
    names = split_departments(text)
    if "担当課" in names:  # the label, joined to a line above it
        return []
    good = all(is_department(n) and len(n) >= 2 and not any(c.isdigit() for c in n) for n in names)
    return names if names and good else []


def _names_apart(block: list[str]) -> list[list[str]]:
    """The block's lines grouped by name: a line that ends like a department (3 characters or
    more) ends its name."""
    parts: list[list[str]] = [[]]
    for line in block:
        parts[-1].append(line)
        if len(_key(line)) >= 3 and is_department(line.strip()):
            parts.append([])
    return [part for part in parts if part]


def _department_blocks(cards: _Text, titles: frozenset[str] = frozenset()) -> list[tuple[int, list[str]]]:
    """Blocks of the cards that list departments, with the document index of their first line.
    A block the extractor ran on from another cell is cut to its own lines: those after the
    prose's last sentence (「…目指します。」「資源」「対策」「課」), those after a title of
    ``titles`` (「バスロケーションシステムの利用促進」「地域・離島・交通政策課」); a title's end
    joined to the 担当課 label below it (「テレワークの推進」「担当課」) is none. A list cut before its
    last name ends (``_name_begun``) takes its rest from beside the lines below (``_beside``) or
    from the block that ends it (``_rest_below``), which then lists nothing of its own."""
    out: list[tuple[int, list[str]]] = []
    blocks = _blocks(cards)
    taken: set[int] = set()  # blocks that were the rest of a name cut above them
    for n, (at, block) in enumerate(blocks):
        if n in taken:
            continue
        ends = [k for k, line in enumerate(block) if "。" in line]
        skip = ends[-1] + 1 if ends else 0
        for k in range(skip + 1, len(block)):
            if _key("".join(block[skip:k])) in titles:
                skip = k
                break
        lines = block[skip:]
        names = _departments(lines, cards.a_cell_a_line) if lines else []
        if not names and _name_begun(lines, titles) and not cards.a_cell_a_line:
            names = _listed(lines + _beside(cards.lines, at + len(block)))
            rest = None if names else _rest_below(lines, blocks, n)
            if rest is not None:
                taken.add(rest)
                names = _listed(lines + blocks[rest][1])
        text = _key("".join(lines))
        if names and text.endswith("担当課") and any(t.endswith(text[:-3]) for t in titles if text[:-3]):
            continue
        if names:
            out.append((cards.numbers[at + skip], names))
    return out


#: The most letters a 担当課 cell's lines cut short may hold (「市民課、情報」「地域医療対」).
_BEGUN = 12
#: Letters from which a cell's lines that a title holds are that title's, no 担当課 (「民間人材の積極的な登用」).
_TITLE_PIECE = 5
#: The letters of such a cell: kanji, kana and the separators of names (no bracket, no figure).
_BEGUN_LETTERS = lazy_re(r"^[\u3040-\u30ff\u4e00-\u9fff・、]+$")


def _name_begun(block: list[str], titles: frozenset[str] = frozenset()) -> bool:
    """Whether ``block`` is a 担当課 cell cut before its last name ends (「市民」「課、」「情報」 whose
    「政策課」 went on past a page break; 「危」「機」「管」): short lines of a narrow column, no figure,
    no sentence, no label (「個」「別」「施」「策」 read down), no piece of a title of ``titles``
    (「民間人」「材の積」…), the names before the last whole and the last no step of a schedule."""
    text = _joined(block)
    if not block or len(text) > _BEGUN or not _BEGUN_LETTERS.match(text) or _labelled(text):
        return False
    key = _key(text)
    if len(key) >= _TITLE_PIECE and any(key in title for title in titles):
        return False  # (a short name is in many titles: 「障がい」)
    if any(len(_key(line)) > 3 for line in block) or any(_YEARISH.match(_key(line)) for line in block):
        return False
    names = split_departments(text)
    if not names or is_department(names[-1]) or is_schedule_step(names[-1]):
        return False
    return all(is_department(name) for name in names[:-1]) and not text.endswith(("-", "—", "－"))


def _labelled(text: str) -> bool:
    """Whether ``text`` holds a card's label of two letters or more (「施策名」「担当課」), read down a
    column a letter a line: no department's name."""
    key = _key(text)
    return any(label in key for label in _LABELS if len(label) >= 2)


#: The fewest lines of a 担当課 cut by a page break that ``_rest_below`` ends.
_CUT_LINES = 3
#: The most lines a cut 担当課 may go on over, beside the cell next to it or past a page break.
_GOES_ON = 6


def _beside(lines: list[str], after: int) -> list[str]:
    """The rest of a 担当課 the extractor printed beside the next cell's lines: each line's last word
    after a blank (「K P I (ポイン 駅ま」「ト交付人数) ち振」 then 「興課」 alone), a narrow column
    written line by line with its neighbour's; none where a line has no such word."""
    pieces: list[str] = []
    for line in lines[after : after + _GOES_ON]:
        words = line.split()
        if len(words) >= 2 and _name_piece(words[-1]):
            pieces.append(words[-1])
        elif pieces and len(words) == 1 and _name_piece(words[0]):
            pieces.append(words[0])
        elif line.strip() or not pieces:
            break
        if is_department(_joined(pieces)):
            return pieces
    return []


#: Letters of a department's name: kanji, kana, 「・」.
_NAME_LETTERS = lazy_re(r"^[\u3040-\u30ff\u4e00-\u9fff・]{1,3}$")


def _name_piece(word: str) -> bool:
    """A piece of a department's name set down a narrow column: up to three of its letters, no
    bracket or figure (「率)」 ends a KPI's name), no card label (「施策名」)."""
    return bool(_NAME_LETTERS.match(word)) and _key(word) not in _LABELS


def _rest_below(block: list[str], blocks: list[tuple[int, list[str]]], n: int) -> int | None:
    """The index of the block that ends the 担当課 ``block`` (the ``n``-th) began: the first short
    block after it that lists departments joined to it (「政策」「課」 after 「市民」「課、」「情報」, a page
    break between); none where a whole name of its own comes first (「情報政策課」, a line 「市民課」),
    or where ``block`` is not three lines of a narrow column or more (「実証実験」 alone, 「収納」
    「業務」 whose 「担当課」 went elsewhere: a word that short may be all the text has of it)."""
    if len(block) < _CUT_LINES or any(len(_key(line)) > 3 for line in block):
        return None
    for k in range(n + 1, min(len(blocks), n + 1 + 4 * _GOES_ON)):
        rest = blocks[k][1]
        text = _joined(rest)
        if len(text) > _BEGUN or _DIGIT.search(text) or "。" in text:
            continue
        if _labelled(text) or is_department(_key(rest[0])) or (len(text) > 4 and _listed(rest) == [text]):
            return None
        if _listed(block + rest):
            return k
    return None


def _headings(lines: list[str], start: int, end: int) -> list[tuple[int, str, tuple[str, str] | str]]:
    out: list[tuple[int, str, tuple[str, str] | str]] = []
    for i in range(start, end):
        text = lines[i].strip()
        if m := _PROJECT.match(text):
            out.append((i, "project", (m.group(1), m.group(2).strip())))
        elif m := _BASIC.match(text):
            out.append((i, "basic", m.group(1).strip()))
    return out


def _section_at(
    headings: list[tuple[int, str, tuple[str, str] | str]], index: int
) -> tuple[tuple[str, str] | None, str | None]:
    project: tuple[str, str] | None = None
    basic: str | None = None
    for at, kind, value in headings:
        if at > index:
            break
        if kind == "project" and isinstance(value, tuple):
            project, basic = value, None
        elif isinstance(value, str):
            basic = value
    return project, basic
