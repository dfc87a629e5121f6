"""PDF → Document, with pdfplumber: ruled tables with their merged cells and drawn bars, text lines.

What a plan office publishes is a PDF printed from Word or Excel. Its text layer is read page by
page with pdfplumber (pdfminer.six underneath):

- **Tables** are found from their ruling lines. Thin filled rectangles are lines (browsers and
  office software draw borders that way); larger filled rectangles are cell backgrounds or
  工程表 bars and are kept out of the table finder, which would otherwise read every shaded
  cell's outline as extra rows and columns. A slot no cell starts in is covered by a merged cell:
  ``origin`` "left" when that cell starts in the same row, else "above".
- **Bars**: a filled rectangle (or a thick line) lower than its row — a 工程表 bar behind year
  columns — sets ``Cell.bar`` on every slot it covers for at least half the slot's width; so does
  a whole cell's background over an empty slot (years shaded as a bar; one drawn behind several
  rows, each row's: ``_rows_behind``), unless the row's first
  cell is shaded too (a striped table), and a filled shape drawn as a bar (``_is_drawn_shape``), whose
  word printed over several slots is all the first slot's.
- **Cell text**: characters grouped into lines; the lines of a cell are joined the way the
  sample texts have them (no separator in Japanese, a space between two Latin words); vertical
  text (a section column set ``writing-mode: vertical-rl``) is read top to bottom.
- **Text lines** outside tables, in reading order; a line that runs to the right margin
  continues on the next (a wrapped paragraph is one line, as in the sample texts); a line set
  larger than the body text is a heading (``level``).
- **Pages**: a table continued on the next page is one table; a header row repeated there is
  dropped; a merged cell crossing the page break continues. Page numbers and running headers /
  footers in the page margins are dropped, each with a note.
- **Glyphs**: radical code points some fonts map common kanji to are repaired (glyphs.py).

Hostile input: more than :data:`MAX_PAGES` pages, more than :data:`MAX_SECONDS` of work, an
encrypted file or anything pdfminer cannot parse gives a ParseError; so does a PDF without a
text layer (a scan), with a message saying what to do. pdfplumber is imported only here, when
a PDF arrives.
"""

from __future__ import annotations

import io
import itertools
import re
import time
import unicodedata
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from .. import furniture
from ..document import Cell, Document, Line, Location, Page, Table
from ..errors import ParseError
from ..labels import classify, is_known
from ..text import is_department, is_no_value, nfkc
from .glyphs import repair_glyphs

#: Largest PDF read, in pages: a municipal plan has tens of pages, a whole 総合計画 a few hundred.
MAX_PAGES = 500
#: Longest time spent on one PDF (a hostile file can make pdfminer slow, not only big).
MAX_SECONDS = 180.0
#: A filled rectangle thinner than this (pt) is a ruling line, not a background or a bar.
RULE_WIDTH = 2.0
#: A line at least this thick (pt) is a drawn bar, not a ruling line.
BAR_LINE_WIDTH = 3.0
#: The tallest filled shape taken for a drawn bar (points): a row of 10.5 pt text and its padding.
MAX_BAR_HEIGHT = 24.0
#: Share of the page height at the top and the bottom where running headers and page numbers are.
MARGIN_BAND = 0.1

#: What a PDF without a text layer is told, with its number of pages: a scan, or pages left blank.
SCANNED = (
    "PDFに文字情報がありません（{pages}ページ。白紙か、スキャンした画像のPDFです）。"
    "OCR済みのPDFか、Excel・テキストで取り込んでください。"
)

_LATIN_END = re.compile(r"[A-Za-z0-9.,;:)\]%]$")
_LATIN_START = re.compile(r"^[A-Za-z0-9(\[]")
_SPACED = re.compile(r"[^\x00-\x7f] [^\x00-\x7f]")
#: How the name of a municipal office ends (課, 室, センター …), for lists of 担当課.
_OFFICE_END = set("課室係局部所館班ー）)")
#: How the name of a 課 or the office above it ends (no センター, no bracket: a title may end so).
_UNIT_END = set("課室係局部")
#: A kanji or katakana: the end of a word (after hiragana a figure is part of the sentence: 「その18」).
_WORD_END = re.compile(r"[\u4e00-\u9fff\u30a1-\u30fa]")
#: Characters a number is written against (令和5, 平成30, 第3, 約200, 全31, ￥100).
_NUMBER_PREFIX = set("和成第約全計各毎（(「『【〔￥＄・、。，：；～〜ー－—―‐/／")


@dataclass
class _Text:
    """A line of text on a page, with its box."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    #: Width of the line's first unbreakable piece (to tell whether the line before could hold it).
    lead: float = 0.0
    #: Text column of a page set in two (0 left, 1 right; -1 / 2 a line across them at the top / the
    #: bottom); 0 on a page of one column.
    column: int = 0


@dataclass
class _Grid:
    """A table found on a page, before it is joined with its continuation on the next page."""

    table: Table
    top: float
    bottom: float
    #: Left edge of each column (to recognise the same table on the next page).
    columns: list[float] = field(default_factory=list)
    #: Right edge of the table.
    right: float = 0.0
    #: Per column: the first / last row has no border on top / below there (a page break cut
    #: the cell, which goes on on the next page).
    top_open: list[bool] = field(default_factory=list)
    bottom_open: list[bool] = field(default_factory=list)
    #: Its reading place on a page of cards (``_card_region``).
    region: int = 0

    @property
    def cut_top(self) -> bool:
        """The whole first row is the rest of a row cut by the page break."""
        return bool(self.top_open) and all(self.top_open)

    @property
    def cut_bottom(self) -> bool:
        return bool(self.bottom_open) and all(self.bottom_open)


@dataclass
class _RawPage:
    number: int
    height: float
    width: float
    texts: list[_Text]
    grids: list[_Grid]
    #: How many visible characters the page's text layer has (none on a scanned page).
    visible: int = 0
    #: The page as column-aligned text, when it holds a table drawn without rules (a sheet
    #: printed without gridlines): read as ``pdftotext -layout`` text is (readers/columns.py).
    layout: str | None = None
    #: The x of the space between two text columns (a page set in two columns), else None.
    gutter: float | None = None
    #: A page of cards side by side (``_cards``): each text's and table's ``column`` / ``region`` is its reading place.
    regions: bool = False


def _is_white(color: Any) -> bool:
    if color is None:
        return True
    if isinstance(color, int | float):
        return color >= 0.98
    values = list(color)
    if len(values) == 4:  # CMYK
        return all(v <= 0.02 for v in values)
    return bool(values) and all(isinstance(v, int | float) and v >= 0.98 for v in values)


def _is_fill(obj: dict[str, Any]) -> bool:
    """A filled rectangle that is not a ruling line: a cell background or a bar."""
    return (
        obj.get("object_type") == "rect"
        and bool(obj.get("fill"))
        and not obj.get("stroke")
        and obj["width"] > RULE_WIDTH
        and obj["height"] > RULE_WIDTH
    )


def _is_filled_curve(obj: dict[str, Any]) -> bool:
    """A shape filled and not outlined (an arrow's head drawn past its bar, 「順次拡大」's triangle over two rows' rule):
    no ruling line, whatever its shape — read as one, it cut the 工程表 under its years into a table of its own."""
    return (
        obj.get("object_type") == "curve"
        and bool(obj.get("fill"))
        and not obj.get("stroke")
        and not _is_white(obj.get("non_stroking_color"))
    )


def _is_drawn_shape(obj: dict[str, Any]) -> bool:
    """A shape drawn as a bar (Excel's 「ホームベース」 or 「右矢印」 over a 工程表's years, printed as a polygon, filled
    and outlined): wider than tall, no taller than a row of text (a box around a group of rows is no bar). Its
    outline is no ruling line: read as one, it cut the row into rows of their own, the bar's word a row apart."""
    if obj.get("object_type") != "curve":
        return False
    width, height = obj["x1"] - obj["x0"], obj["bottom"] - obj["top"]
    return width > height > RULE_WIDTH and height <= MAX_BAR_HEIGHT


def _shapes(page: Any) -> list[tuple[float, float, float, float]]:
    """Boxes of the filled shapes drawn as bars on a page (``_is_drawn_shape``)."""
    return [
        (c["x0"], c["top"], c["x1"], c["bottom"])
        for c in page.curves
        if _is_drawn_shape(c) and c.get("fill") and not _is_white(c.get("non_stroking_color"))
    ]


def _outlines(shapes: list[tuple[float, float, float, float]]) -> Callable[[dict[str, Any]], bool]:
    """Whether a page object is a drawn bar shape or its outline (the same box stroked): kept out of the table finder,
    which read the outline as ruling lines. Any other curve (a rounded cell's border) stays a rule."""

    def outline(obj: dict[str, Any]) -> bool:
        return _is_drawn_shape(obj) and any(
            abs(obj["x0"] - x0) <= 1.0 and abs(obj["top"] - top) <= 1.0 and abs(obj["x1"] - x1) <= 1.0
            for x0, top, x1, _ in shapes
        )

    return outline


def _bars(page: Any, shapes: list[tuple[float, float, float, float]]) -> list[tuple[float, float, float, float]]:
    """Boxes (x0, top, x1, bottom) of the coloured fills, the filled bar shapes and the thick lines of a page."""
    boxes = [
        (r["x0"], r["top"], r["x1"], r["bottom"])
        for r in page.rects
        if _is_fill(r) and not _is_white(r.get("non_stroking_color"))
    ]
    boxes += shapes
    for line in page.lines:
        width = float(line.get("linewidth") or 0)
        if width >= BAR_LINE_WIDTH and line["width"] > line["height"]:
            half = width / 2
            boxes.append((line["x0"], line["top"] - half, line["x1"], line["bottom"] + half))
    return boxes


def _join_lines(lines: list[str]) -> str:
    """The lines of one cell as one text: no separator in Japanese, a space between Latin words."""
    out = ""
    for line in lines:
        if out and _LATIN_END.search(out) and _LATIN_START.search(line):
            out += " "
        out += line
    return out


#: A letter of a Japanese word (kana, kanji): what a distributed cell spreads, not a mark (〇 ● ◎).
_WORD_LETTER = re.compile(r"[\u3041-\u30ff\u4e00-\u9fff]")
#: What else a distributed label may hold: 「基準値（R5）」.
_LABEL_CHAR = re.compile(r"[\u3041-\u30ff\u4e00-\u9fff（）()A-Za-z0-9Ａ-Ｚａ-ｚ０-９]")


def _even_run(shown: list[dict[str, Any]], i: int, allowed: re.Pattern[str]) -> tuple[int, list[float]]:
    """The last index of the run from ``i`` of ``allowed`` characters each the same gap (wider than a
    blank) after the one before, and those gaps; Latin letters and digits written together (「R5」:
    a distributed cell spreads words, not their letters) are one piece of the run."""
    j = i
    gaps: list[float] = []
    while (
        j + 1 < len(shown) and allowed.fullmatch(shown[j]["text"]) and allowed.fullmatch(shown[j + 1]["text"])
    ):
        gap = shown[j + 1]["x0"] - shown[j]["x1"]
        if gap <= shown[j]["size"] * 0.3 and shown[j]["text"].isascii() and shown[j + 1]["text"].isascii():
            j += 1  # 「R」「5」: one piece
            continue
        if gap <= shown[j]["size"] * 0.3 or (gaps and abs(gap - gaps[0]) > 0.6):
            break
        gaps.append(gap)
        j += 1
    return j, gaps


def _spread(chars: list[dict[str, Any]]) -> tuple[set[int], set[int]]:
    """The characters (by ``id``) that go on a word set out over its cell (均等割り付け, Word's and
    Excel's distributed alignment: 「担　当　課」「総　務　課」), each after the same gap wider than a
    blank from the one before: two gaps or more alike, or one between the two letters of a label or
    a 課 (「評　価」), or a label with a year (「基　準　値　（　R5　）」「R6　実　績」); and the last
    letters of such words. The word fills its cell, so the gap to the next cell may be narrower
    than its own. ``chars`` left to right."""

    shown = [c for c in chars if c["text"].strip()]
    out: set[int] = set()
    ends: set[int] = set()
    wide = [shown[k + 1]["x0"] - shown[k]["x1"] > shown[k]["size"] * 0.3 for k in range(len(shown) - 1)]
    if sum(wide) < 1:
        return out, ends  # most lines: no gap wider than a blank, no word set out
    i = 0
    while i < len(shown) - 1:
        if not wide[i] and not (shown[i]["text"].isascii() and shown[i + 1]["text"].isascii()):
            i += 1  # no gap after this letter: no set-out word starts here
            continue
        k, wider = _even_run(shown, i, _LABEL_CHAR)
        label = "".join(c["text"] for c in shown[i : k + 1])
        if len(wider) >= 2 and len(label) <= 12 and not label.isascii() and is_known(label):
            j, accept = k, True  # a label of the dictionary, year and brackets and all
        else:
            j, gaps = _even_run(shown, i, _WORD_LETTER)
            word = "".join(c["text"] for c in shown[i : j + 1])
            named = bool(gaps) and (is_known(word) or is_department(word))
            # wide gaps (a label set out over a wide cell) only for a label or a 課: single letters
            # in columns of their own (「済 | 済 | 済」) are alike too
            accept = (len(gaps) >= 2 and (gaps[0] <= shown[i]["size"] * 3 or named)) or (
                len(gaps) == 1 and named
            )
        if accept:
            out.update(id(c) for c in shown[i + 1 : j + 1])
            ends.add(id(shown[j]))
            i = j + 1
            continue
        i += 1
    return out, ends


def _line_text(chars: list[dict[str, Any]]) -> str:
    """Characters of one visual line, left to right, with a space where a gap stands for one (not
    inside a word set out over its cell: ``_spread``)."""
    chars = sorted(chars, key=lambda c: c["x0"])
    spread = _spread(chars)[0]
    parts: list[str] = []
    last_x1: float | None = None
    for ch in chars:
        text = ch["text"]
        if id(ch) in spread:
            parts.append(text)
            last_x1 = ch["x1"]
            continue
        if last_x1 is not None and ch["x0"] - last_x1 > ch["size"] * 0.3 and parts and parts[-1] != " ":
            parts.append(" ")
        if text == " " and parts and parts[-1] == " ":
            continue
        parts.append(text)
        last_x1 = ch["x1"]
    return repair_glyphs("".join(parts).strip())


def _typed_in_one(
    cells: dict[int, list[dict[str, Any]]], boxes: dict[int, tuple[float, float, float, float]] | None = None
) -> dict[int, str]:
    """The texts of a row's cells (``cells``: each cell's characters, left to right; ``boxes``: their outlines) where
    its first cell holds two numbers or more a line each, rising by one (「4」 over 「5」, typed with Alt+Enter: two
    取組 in one row's cells): each cell of as many lines keeps them apart, a line a 取組
    (「公共施設予約のオンライン化⏎施設使用料のキャッシュレス化」, 「0％⏎0件」), as a workbook's cell holds them — joined,
    「45」 was one number and the figures one. A cell whose lines are one word broken (``_one_word``: 「生涯学習⏎課」, a
    title wrapped at its cell's edge) is both's and keeps its text; nothing where no cell but the first keeps its lines
    apart (a title wrapped beside 「1⏎2」 is no two 取組), nor for any other row."""
    from .columns import row_number

    lines = {index: [t for t in (_line_text(line) for line in _cluster(chars)) if t] for index, chars in cells.items()}
    first = next(iter(lines.values()), [])  # (the row's first cell, empty or not: no cell of figures counts)
    if len(first) < 2 or not all(row_number(t) and nfkc(t).isdigit() for t in first):
        return {}
    numbers = [int(nfkc(t)) for t in first]
    if any(b != a + 1 for a, b in itertools.pairwise(numbers)):
        return {}
    kept = {
        index: "\n".join(found)
        for index, found in lines.items()
        if len(found) == len(first)
        and (found is first or not _one_word(found, cells[index], (boxes or {}).get(index)))
    }
    return kept if len(kept) > 1 else {}


def _one_word(
    found: list[str], chars: list[dict[str, Any]], box: tuple[float, float, float, float] | None
) -> bool:
    """Whether a cell's lines (``found``) are one word broken, not lines typed apart: a department's name cut
    (「生涯学習」 over 「課」: joined a 課, the lines not each one), or a line across the cell (``box``) from its left
    edge to its right one, the next under it from the left — wrapped, as a typed break ends short of the edge."""
    if is_department("".join(found)) and not all(is_department(t) for t in found):
        return True
    if box is None:
        return False
    clustered = [[c for c in line if c["text"].strip()] for line in _cluster(chars)]
    clustered = [line for line in clustered if line]
    left = min(c["x0"] for line in clustered for c in line)
    return any(
        # (a line from the cell's left edge to within a character and a half of its right one, the next one under it
        # from the left: right-aligned figures, 「0％」 over 「0件」, and centred numbers stand away from the left edge)
        left - box[0] <= 1.5 * last_size(line)
        and abs(min(c["x0"] for c in line) - left) <= 1
        and abs(min(c["x0"] for c in following) - left) <= 1
        and box[2] - max(c["x1"] for c in line) <= 1.5 * last_size(line)
        for line, following in itertools.pairwise(clustered)
    )


def _cluster(chars: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """Characters grouped into visual lines (top to bottom) by their vertical middle."""
    ordered = sorted(chars, key=lambda c: (c["top"] + c["bottom"]) / 2)
    lines: list[list[dict[str, Any]]] = []
    middle = -1e9
    for ch in ordered:
        mid = (ch["top"] + ch["bottom"]) / 2
        if lines and mid - middle <= max(ch["size"] * 0.45, 1.0):
            lines[-1].append(ch)
        else:
            lines.append([ch])
            middle = mid
    return lines


#: Characters a line may not start with (kinsoku): they move to the next line with the one before.
_NO_LINE_START = set(
    "、。，．,.・：；:;？！?!ー）)」』】〕〉》ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ々ゝゞヽヾ"
)


_OPENING = set("（「『【〔〈《([{")


def _first_token_width(line: list[dict[str, Any]]) -> float:
    """Width of what a line break cannot split at the start of a line: opening brackets with what
    follows, a Latin word (or URL), or a character with the ones that may not start a line."""
    ordered = [c for c in sorted(line, key=lambda c: c["x0"]) if c["text"].strip()]
    if not ordered:
        return 0.0
    end = 0
    while end < len(ordered) - 1 and ordered[end]["text"] in _OPENING:
        end += 1
    if ordered[end]["text"].isascii() and ordered[end]["text"] not in _OPENING:
        end += 1
        while end < len(ordered) and ordered[end]["text"].isascii():
            end += 1
    else:
        end += 1
    while end < len(ordered) and ordered[end]["text"] in _NO_LINE_START:
        end += 1
    return float(ordered[end - 1]["x1"] - ordered[0]["x0"])


def last_size(line: list[dict[str, Any]]) -> float:
    return float(max(c["size"] for c in line))


def _wrapped_at_space(line: list[dict[str, Any]], following: list[dict[str, Any]], right: float) -> bool:
    """Whether a cell's line ended at a space: the next line's first word would have fit after it.

    Browsers and office software break Japanese anywhere, so a line ends short of the cell's
    edge only where a space was (and dropped at the break) or the cell had a line break.
    """
    room = right - max(c["x1"] for c in line)
    need = _first_token_width(following) + 0.5
    last = max(line, key=lambda c: c["x1"])["text"]
    first = min(following, key=lambda c: c["x0"])["text"]
    if not (last.isascii() or first.isascii()):
        # Between two Japanese characters the estimate of the room is too rough to go by
        # alone: ask for clearly more than a character's width.
        need = max(need, last_size(line) * 1.25)
    return room >= need


#: A word of digits and Latin letters: 「5G」「3D」「4K」.
_DIGITS_WORD = re.compile(r"[0-9]+[A-Za-z]")


def _cell_text(chars: list[dict[str, Any]], box: tuple[float, float, float, float] | None = None) -> str:
    """The text of one cell, its lines joined as the sample texts join them.

    A line that wrapped at a space gets the space back (``box``, the cell's outline, tells
    how much room was left at the end of the line).
    """
    if not chars:
        return ""
    visible = [c for c in chars if c["text"].strip()]
    lines = _cluster(chars)
    if len(visible) >= 2 and all(sum(1 for c in line if c["text"].strip()) <= 1 for line in lines):
        # Vertical text: one character per line. Columns run right to left, each top to bottom.
        columns: list[list[dict[str, Any]]] = []
        for ch in sorted(visible, key=lambda c: -c["x0"]):
            if columns and abs(columns[-1][0]["x0"] - ch["x0"]) <= ch["size"] * 0.5:
                columns[-1].append(ch)
            else:
                columns.append([ch])
        return "".join("".join(c["text"] for c in sorted(col, key=lambda c: c["top"])) for col in columns)
    right = None
    if box is not None and visible:
        padding = max(0.0, min(c["x0"] for c in visible) - box[0])
        right = box[2] - padding
    texts = [_line_text(line) for line in lines]
    # A cell listing departments with spaces between (「市民課 長寿介護課」): a wrap right after
    # a department's name took the place of a space.
    listing = (
        len(texts) > 1
        and (
            any(_SPACED.search(t) for t in texts)
            # a 課 a line, each set out over the cell (「総　務　課」 over 「各　　課」): a list too
            or all(t[-1:] in _OFFICE_END and len(t) <= 12 for t in texts if t)
            # …or a short cell of names ending in one, the last wrapped too (延岡市's 「工業振興課」 over 「商業・駅ま」
            # 「ち振興課」 in a narrow 担当課 column, printed from 「工業振興課 商業・駅まち振興課」: two 課, not one)
            or (
                (joined := "".join(texts))[-1:] in _UNIT_END
                and len(joined) <= 40
                and not any(mark in joined for mark in "。、，,（）()")
                and any(t[-1:] in _UNIT_END and len(t) >= 3 for t in texts[:-1])
            )
        )
    )
    out = ""
    previous: list[dict[str, Any]] | None = None
    for line, text in zip(lines, texts, strict=True):
        if not text:
            continue
        if out and (
            (_LATIN_END.search(out) and _LATIN_START.search(text))
            or (
                listing and out[-1] in _OFFICE_END and not text[0].isascii() and text[0] not in _NO_LINE_START
            )
            # a figure starting a line after a word (「実施事業数 / 0事業」) was written apart from it;
            # a word of digits and letters (「ローカル / 5Gの活用」) was not
            or (
                text[0].isdigit()
                and text[0].isascii()
                and not _DIGITS_WORD.match(text)
                and _WORD_END.match(out[-1]) is not None
                and out[-1] not in _NUMBER_PREFIX
            )
            or (right is not None and previous is not None and _wrapped_at_space(previous, line, right))
        ):
            out += " "
        out += text
        previous = line
    return out


@dataclass
class _Cells:
    """Part of a pdfplumber table: its cells' boxes and the box around them (what ``_table_of`` reads)."""

    cells: list[tuple[float, float, float, float]]
    bbox: tuple[float, float, float, float]


def _apart(mine: set[int], edges: set[int]) -> bool:
    """Whether two sets of cell edges (to the point) share less than half the inner edges of the
    smaller: the outer edges of two tables set one under the other are often the same."""
    inner = [sorted(e)[1:-1] for e in (mine, edges)]
    shared = sum(1 for x in inner[0] if any(abs(x - y) <= 1 for y in inner[1]))
    return shared * 2 < min(len(inner[0]), len(inner[1]))


def _stacked(found: Any) -> list[Any]:
    """A ruled table cut where tables printed one under the other touch: a word processor sets two
    tables without a paragraph between them edge to edge (LibreOffice Writer does with HTML, Word
    joins them), and the table finder sees one table whose columns are both tables' edges together.

    Rows are cut apart where a row's cell edges and the edges of the rows above neither contain the
    other and share less than half their inner edges (a header merged over the columns below it has
    some of their edges, a row with two merged cells most of them; a row of another table has edges
    of its own), and no cell spans the cut."""
    boxes = [tuple(c) for c in found.cells]
    tops = sorted({round(b[1], 1) for b in boxes})
    if len(tops) < 2:
        return [found]
    bottom = max(b[3] for b in boxes)
    bands = list(zip(tops, [*tops[1:], bottom], strict=True))
    cuts: list[float] = []
    edges: set[int] = set()
    for top, end in bands:
        row = [b for b in boxes if b[1] <= top + 0.5 and b[3] >= end - 0.5]
        mine = {round(x) for b in row for x in (b[0], b[2])}
        near = {x + d for x in mine for d in (-1, 0, 1)}
        around = {x + d for x in edges for d in (-1, 0, 1)}
        crossing = any(b[1] < top - 0.5 < b[3] - 1.0 for b in boxes if b[1] < top - 0.5)
        if edges and not crossing and not (mine <= around or edges <= near) and _apart(mine, edges):
            cuts.append(top)
            edges = set()
        edges |= mine
    if not cuts:
        return [found]
    parts: list[Any] = []
    for start, end in zip([-1e9, *cuts], [*cuts, 1e9], strict=True):
        cells = [b for b in boxes if start - 0.5 <= b[1] < end - 0.5]
        if cells:
            bbox = (
                min(b[0] for b in cells),
                min(b[1] for b in cells),
                max(b[2] for b in cells),
                max(b[3] for b in cells),
            )
            parts.append(_Cells(cells, bbox))
    return parts


def _inside(inner: tuple[float, float, float, float], box: tuple[float, float, float, float]) -> bool:
    """Whether box ``inner`` lies inside ``box``, to a point (a rule's width, a box drawn a point off)."""
    return box[0] - 1 <= inner[0] and box[1] - 1 <= inner[1] and inner[2] <= box[2] + 1 and inner[3] <= box[3] + 1


def _within(inner: tuple[float, float, float, float], box: tuple[float, float, float, float]) -> bool:
    """Whether box ``inner`` lies inside ``box`` (to a point) and is smaller than it: a table ruled inside a cell."""
    area = (inner[2] - inner[0]) * (inner[3] - inner[1])
    return _inside(inner, box) and area < (box[2] - box[0]) * (box[3] - box[1]) * 0.98


def _unnested(found: list[Any]) -> list[Any]:
    """A table ruled inside a card's cell (a 評価シート's 成果指標 cell holding its KPI table 「指標名 | 基準値 | R6目標 |
    …」) is a table of its own, as ``readers.docx`` and ``readers.html`` read a nested one: the card is cut below the
    row holding it (the card read up to that row, its label and the cell's own text), the nested table read after that
    row and the card's rest after it. The nested tables come first, so that their words are theirs, not the outer
    cell's (``_read_page`` gives a word to the first table around it). Only a card — one cell of the outer table
    holding a table: a 取組一覧 whose every 成果指標 cell holds its KPI table is left whole (cut below each such row,
    each later row would be a part with no header, no 取組 of the list), its cells' text read as the cell's, as a
    table with no nested one is."""
    holding = {id(o): [c for c in map(tuple, o.cells) if any(_within(t.bbox, c) for t in found if t is not o)] for o in found}
    cards = [o for o in found if len(holding[id(o)]) == 1]
    nested = [t for t in found if any(_within(t.bbox, holding[id(o)][0]) for o in cards if o is not t)]
    if not nested:
        return found
    out: list[Any] = list(nested)
    for table in found:
        if any(table is n for n in nested):
            continue
        if not any(table is c for c in cards):
            out.append(table)
            continue
        cells = [tuple(c) for c in table.cells]
        cut = round(holding[id(table)][0][3], 1)
        for start, end in ((-1e9, cut), (cut, 1e9)):
            part = [c for c in cells if start - 0.5 <= c[1] < end - 0.5]
            if part:
                bbox = (min(c[0] for c in part), min(c[1] for c in part), max(c[2] for c in part), max(c[3] for c in part))
                out.append(_Cells(part, bbox))
    return out


def _table_of(
    found: Any,
    chars: list[dict[str, Any]],
    bars: list[tuple[float, float, float, float]],
    rules: list[dict[str, Any]],
    shapes: list[tuple[float, float, float, float]] | None = None,
) -> _Grid:
    """One pdfplumber table as a document Table: slots, merged-cell origins, text, bars."""
    boxes: list[tuple[float, float, float, float]] = [tuple(c) for c in found.cells]
    xs = sorted({round(b[0], 1) for b in boxes})
    tops = sorted({round(b[1], 1) for b in boxes})
    x_end = max(b[2] for b in boxes)
    y_end = max(b[3] for b in boxes)
    x_edges = xs + [x_end]
    y_edges = tops + [y_end]
    n_rows, n_cols = len(tops), len(xs)
    # owner[r][c]: index of the cell box covering slot (r, c)
    owner: list[list[int]] = [[-1] * n_cols for _ in range(n_rows)]
    start: dict[int, tuple[int, int]] = {}
    for index, (x0, top, x1, bottom) in enumerate(boxes):
        c0 = xs.index(round(x0, 1))
        r0 = tops.index(round(top, 1))
        start[index] = (r0, c0)
        r = r0
        while r < n_rows and y_edges[r] < bottom - 0.5:
            c = c0
            while c < n_cols and x_edges[c] < x1 - 0.5:
                owner[r][c] = index
                c += 1
            r += 1

    def closed(y: float, a: float, b: float) -> bool:
        """Whether a ruling line at height ``y`` runs along most of ``a``–``b``."""
        covered = sum(max(0.0, min(b, h["x1"]) - max(a, h["x0"])) for h in rules if abs(h["top"] - y) <= 1.5)
        return covered >= (b - a) * 0.5

    # Per column: is the first slot's cell open on top, the last slot's open below (cut by the
    # page break)? Measured at the cell's own edge: a merged cell may reach lower than the row.
    top_open = [
        owner[0][c] < 0 or not closed(boxes[owner[0][c]][1], x_edges[c], x_edges[c + 1])
        for c in range(n_cols)
    ]
    bottom_open = [
        owner[-1][c] < 0 or not closed(boxes[owner[-1][c]][3], x_edges[c], x_edges[c + 1])
        for c in range(n_cols)
    ]
    # A word printed over a bar shape that covers several slots (「順次拡大」 centred over four years of a 工程表) is the bar's:
    # all of it goes to the bar's first slot, not a piece to each slot it crosses (「順次拡」「大」).
    worded: list[tuple[float, float, float, float, int]] = []
    # a filled rectangle laid over the years (a slide's bar, not a cell's shading) is one too where a word on it runs over
    # a column's edge (「本格運用」 centred over R9–R11 read 「本格運」「用」): words typed in each year's cell under a long
    # bar stand each within its own cell, and keep apart
    straddled = [bar for bar in bars if bar not in (shapes or ()) and _word_across(bar, chars, x_edges)]
    # — and one laid over the years off the columns' edges holding one word is that word's bar, wherever the word stands
    # on it (「本格運用」 centred in R10 on a bar from inside R9 to R11: R9's too, not 「試行」's)
    straddled += [
        bar
        for bar in bars
        if bar not in (shapes or ()) and bar not in straddled and _laid_over(bar, x_edges) and _one_word_on(bar, chars)
    ]
    for x0, top, x1, bottom in [*(shapes or ()), *straddled]:
        r = bisect_right(y_edges, (top + bottom) / 2) - 1
        if not 0 <= r < n_rows or bottom - top >= (y_edges[r + 1] - y_edges[r]) * 0.8:
            continue  # no row of the table, or a cell's background
        slots = [c for c in range(n_cols) if min(x1, x_edges[c + 1]) - max(x0, x_edges[c]) > 0.5]
        if len(slots) > 1 and owner[r][slots[0]] >= 0:
            worded.append((x0, top, x1, bottom, owner[r][slots[0]]))
    by_cell: dict[int, list[dict[str, Any]]] = {}
    # Text standing above the first rule is the rest of a cell the page break cut: the browser
    # draws it in a fragment too thin to hold it. Where the column is open on top, a merged
    # cell goes on and the text belongs to it; else the rest of a whole row was cut.
    spill: list[dict[str, Any]] = []
    for ch in chars:
        cx = (ch["x0"] + ch["x1"]) / 2
        if ch["top"] < tops[0] - 1.0:
            c = min(max(bisect_right(x_edges, cx) - 1, 0), n_cols - 1)
            if top_open[c] and owner[0][c] >= 0:
                by_cell.setdefault(owner[0][c], []).append(ch)
            else:
                spill.append(ch)
            continue
        cy = (ch["top"] + ch["bottom"]) / 2
        bar = next((o for x0, top, x1, bottom, o in worded if x0 <= cx <= x1 and top <= cy <= bottom), None)
        if bar is not None:
            by_cell.setdefault(bar, []).append(ch)
            continue
        c = bisect_right(x_edges, cx) - 1
        r = min(bisect_right(y_edges, cy) - 1, n_rows - 1)  # (a line over the bottom rule: the last row's)
        if 0 <= r < n_rows and 0 <= c < n_cols and owner[r][c] >= 0:
            by_cell.setdefault(owner[r][c], []).append(ch)
    texts = {index: repair_glyphs(_cell_text(cs, boxes[index])) for index, cs in by_cell.items()}
    for r in range(n_rows):
        own = [owner[r][c] for c in range(n_cols) if owner[r][c] >= 0 and start[owner[r][c]] == (r, c)]
        texts.update(_typed_in_one({index: by_cell.get(index, []) for index in own}, {i: boxes[i] for i in own}))
    rows: list[list[Cell]] = []
    for r in range(n_rows):
        row: list[Cell] = []
        for c in range(n_cols):
            index = owner[r][c]
            if index < 0:
                row.append(Cell(""))
                continue
            r0, c0 = start[index]
            text = texts.get(index, "")
            if (r0, c0) == (r, c):
                row.append(Cell(text))
            else:
                row.append(Cell(text, origin="left" if r0 == r else "above"))
        rows.append(row)
    backgrounds: dict[int, list[list[int]]] = {}  # row → the slots each whole-cell fill covers
    for x0, top, x1, bottom in bars:
        middle = (top + bottom) / 2
        r = bisect_right(y_edges, middle) - 1
        if not 0 <= r < n_rows or x1 <= x_edges[0] or x0 >= x_end:
            continue
        covered = [
            c
            for c in range(n_cols)
            if (width := x_edges[c + 1] - x_edges[c]) > 0
            and min(x1, x_edges[c + 1]) - max(x0, x_edges[c]) >= width * 0.5
        ]
        row_height = y_edges[r + 1] - y_edges[r]
        if bottom - top >= row_height * 0.8:
            for under in _rows_behind(top, bottom, y_edges, r):
                backgrounds.setdefault(under, []).append(covered)  # a cell's background, or a shaded year
            continue
        for c in covered:
            rows[r][c].bar = True
    for r, fills in backgrounds.items():
        # empty year cells shaded as a 工程表's bar, in a row whose first cell is not shaded (a
        # striped table shades it too): each a slot the bar covers, as in a workbook
        first = next((c for c in range(n_cols) if rows[r][c].text), None)
        if first is None or any(first in covered for covered in fills):
            continue
        for c in (c for covered in fills for c in covered if not rows[r][c].text):
            rows[r][c].bar = True
    # Rows with no own cell at all (a ruling artefact) carry nothing.
    rows = [row for row in rows if any(cell.origin == "own" for cell in row)] or rows
    if spill:
        parts: dict[int, list[dict[str, Any]]] = {}
        for ch in spill:
            c = min(max(bisect_right(x_edges, (ch["x0"] + ch["x1"]) / 2) - 1, 0), n_cols - 1)
            parts.setdefault(c, []).append(ch)
        rows.insert(0, [Cell(repair_glyphs(_cell_text(parts.get(c, [])))) for c in range(n_cols)])
        top_open = [True] * n_cols  # a row of its own, the rest of one cut
    table = Table(rows=rows)

    return _Grid(
        table=table,
        top=tops[0],
        bottom=y_end,
        columns=xs,
        right=x_end,
        top_open=top_open,
        bottom_open=bottom_open,
    )


def _rows_behind(top: float, bottom: float, y_edges: list[float], middle: int) -> list[int]:
    """The rows a fill from ``top`` to ``bottom`` stands behind: the row its middle is in (``middle``) and every row it
    covers for most of its height. Calc draws the shading of rows shaded alike in the same columns as one rectangle
    (鶉野市's 工程表: 8 「テレワーク環境の整備」 and 9 「デジタル活用支援」, both shaded R6–R10, one grey box two rows tall),
    which shades each of them as a box of its own over one row does — not the one its middle falls in alone (9 had
    read 2024 alone, its 「実施」's year)."""
    covers = [
        r
        for r in range(len(y_edges) - 1)
        if (height := y_edges[r + 1] - y_edges[r]) > 0 and min(bottom, y_edges[r + 1]) - max(top, y_edges[r]) >= height * 0.8
    ]
    return sorted({middle, *covers})


def _word_across(bar: tuple[float, float, float, float], chars: list[dict[str, Any]], x_edges: list[float]) -> bool:
    """Whether a word printed on ``bar`` runs over one of the table's column edges ``x_edges`` inside the bar: a character
    across the edge, or two side by side (no wider apart than half a character) on either side of it."""
    x0, _, x1, _ = bar
    on = _chars_on(bar, chars)
    inner = [x for x in x_edges if x0 + 1.0 < x < x1 - 1.0]
    return any(c["x0"] + 1.0 < x < c["x1"] - 1.0 for c in on for x in inner) or any(
        b["x0"] - a["x1"] <= a["size"] * 0.5 and any(a["x1"] - 1.0 <= x <= b["x0"] + 1.0 for x in inner)
        for a, b in itertools.pairwise(on)
    )


def _chars_on(bar: tuple[float, float, float, float], chars: list[dict[str, Any]]) -> list[dict[str, Any]]:
    x0, top, x1, bottom = bar
    return sorted(
        (c for c in chars if c["text"].strip() and x0 <= (c["x0"] + c["x1"]) / 2 <= x1 and top <= (c["top"] + c["bottom"]) / 2 <= bottom),
        key=lambda c: c["x0"],
    )


def _laid_over(bar: tuple[float, float, float, float], x_edges: list[float]) -> bool:
    """Whether a bar starts off every column edge (drawn over the grid, not a cell's shading) and spans one or more."""
    return all(abs(bar[0] - x) > 2.0 for x in x_edges) and any(bar[0] + 1.0 < x < bar[2] - 1.0 for x in x_edges)


def _one_word_on(bar: tuple[float, float, float, float], chars: list[dict[str, Any]]) -> bool:
    """Whether the characters on ``bar`` are one word (no gap of half a character between them: 「検討 試行」 are two)."""
    on = _chars_on(bar, chars)
    return bool(on) and all(b["x0"] - a["x1"] <= a["size"] * 0.5 for a, b in itertools.pairwise(on))


def _closing_edges(edges: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Horizontal edges where a table is cut by a page break.

    A row too tall for the rest of the page is split: the part on this page has no bottom
    border, the part on the next no top border, and without that edge the table finder sees no
    cell there at all. Where two or more vertical rules end (or start) at the same height with
    no horizontal rule across, the missing border is added. (A merged cell going on to the next
    page lacks its border too, while the other cells of the row have theirs: then the row is
    whole, only the merged cell continues.)
    """
    vertical = [e for e in edges if e["orientation"] == "v"]
    horizontal = [e for e in edges if e["orientation"] == "h"]
    out: list[dict[str, Any]] = []
    # Each vertical rule as drawn (browsers draw it cell by cell): joined into whole rules first,
    # so that only where a rule really ends counts.
    by_x: dict[int, list[tuple[float, float]]] = {}
    for e in vertical:
        by_x.setdefault(round(e["x0"]), []).append((e["top"], e["bottom"]))
    ends: dict[str, dict[int, list[tuple[float, float]]]] = {"top": {}, "bottom": {}}
    for x, spans in by_x.items():
        spans.sort()
        start, stop = spans[0]
        whole: list[tuple[float, float]] = []
        for top, bottom in spans[1:]:
            if top <= stop + 1.5:
                stop = max(stop, bottom)
            else:
                whole.append((start, stop))
                start, stop = top, bottom
        whole.append((start, stop))
        for top, bottom in whole:
            ends["top"].setdefault(round(top), []).append((float(x), top))
            ends["bottom"].setdefault(round(bottom), []).append((float(x), bottom))
    for side in ("top", "bottom"):
        for y, group in ends[side].items():
            if len(group) < 2:
                continue
            x0 = min(x for x, _ in group)
            x1 = max(x for x, _ in group)
            spans = sorted((h["x0"], h["x1"]) for h in horizontal if abs(h["top"] - y) <= 2)
            covered, reach = 0.0, x0
            for a, b in spans:
                if b > reach:
                    covered += b - max(a, reach)
                    reach = b
            if (x1 - x0) - covered > 2.0:  # a gap in the border: a cell is open there
                top = float(group[0][1])
                out.append(
                    {
                        "x0": x0,
                        "x1": x1,
                        "top": top,
                        "bottom": top,
                        "width": x1 - x0,
                        "height": 0.0,
                        "orientation": "h",
                        "object_type": "closing_edge",
                        # no border at all there: the row itself is cut (else a merged cell goes on)
                        "cut": covered < (x1 - x0) * 0.1,
                    }
                )
    return out


def _cut_cells_run_on(
    held: list[dict[str, Any]], box: tuple[float, float, float, float], outside: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """The lines a cell cut by the page break runs on with below the table's box (Chromium stops the cell's rules at the
    cut and prints the rest of its text on): each line right under the last one over the box's bottom, under its
    characters, is added to ``held``; what stays outside is returned. 延岡市's A3 print had lost the 「課」 of
    「農業」 / 「畜産」 / 「課」 (its 担当課 read 「農業畜産」)."""
    bottom = box[3]
    over = [ch for ch in held if ch["top"] < bottom < ch["bottom"]]
    while over:
        reach = max(ch["bottom"] for ch in over)
        left, right = min(ch["x0"] for ch in over) - 1.0, max(ch["x1"] for ch in over) + 1.0
        over = [
            ch for ch in outside if abs(ch["top"] - reach) <= 1.0 and left <= (ch["x0"] + ch["x1"]) / 2 <= right
        ]
        if over:
            held += over
            taken = {id(ch) for ch in over}
            outside = [ch for ch in outside if id(ch) not in taken]
    return outside


def _header_over_cut_row(
    chars: list[dict[str, Any]], height: float, verticals: list[tuple[float, float, float]]
) -> set[int]:
    """The characters (by ``id``) of a line a table's box holds at the page's top, a blank line or more above the table's text
    under it: the running header, not the rest of the row the page break cut. Chromium draws a cut row's borders on
    from the page's top edge, so its box holds the header printed there; read as the row's, 新発田市's
    「新発田市情報化推進計画」 was dealt out among the cut row's cells (「電子申請で処理できた申請数新発田市情」). Set apart,
    the line is a text of the page, dropped as the running header it is. Only a line that runs on over a column's rule
    (no cell's text does: a table's first row at a page's top, its cells padded, is the table's — 伊豆の国市's Calc print
    had lost its 管理番号 「2」 so) — over a rule standing beside the line (``verticals``: x, top, bottom): a rule of a table
    further down the page is none of the line's (栂池町's 評価シート, batch 41: its first row 「事業番号 | 1-1-01 | 事業名 | …」
    at the page's top, its 「電子申請推進事業」 over the 指標 grid's column rule below, had been set apart, and read after
    the form as the next 事業's)."""
    band = height * MARGIN_BAND
    lines: dict[float, list[dict[str, Any]]] = {}
    for ch in chars:
        if ch["bottom"] < band:
            lines.setdefault(round(ch["top"]), []).append(ch)
    out: set[int] = set()
    for top, line in lines.items():
        bottom = max(ch["bottom"] for ch in line)
        size = max(ch["bottom"] - ch["top"] for ch in line)
        below = [ch["top"] for ch in chars if ch["top"] >= bottom - 0.5 and round(ch["top"]) != top]
        if (
            below
            and min(below) - bottom > size
            and not any(round(ch["top"]) < top for ch in chars)
            and _across_a_rule(line, [x for x, up, down in verticals if up <= (top + bottom) / 2 <= down])
        ):
            out.update(id(ch) for ch in line)
    return out


def _across_a_rule(line: list[dict[str, Any]], verticals: list[float]) -> bool:
    """Whether a line of characters runs on over one of the ``verticals`` (an x where a column's rule stands): two
    characters side by side, no gap between, on either side of it, or one over it."""
    ordered = sorted(line, key=lambda ch: ch["x0"])
    for x in verticals:
        if any(ch["x0"] < x - 0.5 and ch["x1"] > x + 0.5 for ch in ordered):
            return True
        if any(
            a["x1"] <= x + 1.0 and b["x0"] >= x - 1.0 and b["x0"] - a["x1"] < 1.0 and a["x0"] < x < b["x1"]
            for a, b in itertools.pairwise(ordered)
        ):
            return True
    return False


def _read_page(page: Any, number: int, carried: float | None = None) -> _RawPage:
    chars = [c for c in page.chars if c.get("upright", True) or c["text"].strip()]
    shapes = _shapes(page)
    bars = _bars(page, shapes)
    outline = _outlines(shapes)
    cards = _cards(page)
    # a card's outline rules no table: cards side by side are no table of cells (their text is read card by card)
    ruled = page.filter(
        lambda obj: not _is_fill(obj) and not _is_filled_curve(obj) and not outline(obj) and _box_of(obj) not in cards
    )
    closing = _closing_edges(ruled.edges)
    found_tables = ruled.find_tables(
        {"vertical_strategy": "lines", "horizontal_strategy": "lines", "explicit_horizontal_lines": closing}
    )
    found_tables = [part for t in found_tables if len(t.cells) >= 2 for part in _stacked(t)]
    # boxes in two cards (each card's KPI box at its foot) are each card's, no table across them
    found_tables = [t for t in found_tables if sum(_overlap(t.bbox, card) for card in cards) <= 1]
    found_tables = _unnested(found_tables)
    boxes = [t.bbox for t in found_tables]
    in_table: list[list[dict[str, Any]]] = [[] for _ in boxes]
    outside: list[dict[str, Any]] = []
    foot = float(page.height) * (1 - MARGIN_BAND)  # where a table reaching it may be cut by the page break
    for ch in chars:
        cx = (ch["x0"] + ch["x1"]) / 2
        cy = (ch["top"] + ch["bottom"]) / 2
        for i, (x0, top, x1, bottom) in enumerate(boxes):
            # inside, or overlapping the top rule (the rest of a cut row, see _table_of) or, at the page's foot, the bottom
            # one (a cut cell's last line run over the rule the page break drew: 日田市's 「事業担」 over 「当課」)
            if x0 <= cx <= x1 and (
                top <= cy <= bottom
                or ch["top"] < top < ch["bottom"] - 0.5
                or (bottom > foot and ch["top"] + 0.5 < bottom < ch["bottom"])
            ):
                in_table[i].append(ch)
                break
        else:
            outside.append(ch)
    for i, box in enumerate(boxes):
        if box[3] > foot:  # (a table ending amid the page is cut by no page break: a note under it is no cell's)
            outside = _cut_cells_run_on(in_table[i], box, outside)
    verticals = [(float(e["x0"]), float(e["top"]), float(e["bottom"])) for e in ruled.edges if e["orientation"] == "v"]
    for i, held in enumerate(in_table):
        set_apart = _header_over_cut_row(held, float(page.height), verticals)
        if set_apart:
            in_table[i] = [ch for ch in held if id(ch) not in set_apart]
            outside += [ch for ch in held if id(ch) in set_apart]
    rules = [e for e in ruled.edges if e["orientation"] == "h"]
    grids = [_table_of(t, in_table[i], bars, rules, shapes) for i, t in enumerate(found_tables)]
    texts: list[_Text] = []
    # prose set in two columns is no table printed without rules, though its lines' pieces align (「目標」「時期」 lines)
    columns = None if cards else _gutter(outside, float(page.width), float(page.height), carried)
    layout = None if found_tables or columns is not None or cards else _unruled_table(outside)
    for whole in _cluster(outside):
        for line, column in _card_parts(whole, cards) if cards else _column_parts(whole, columns):
            text = repair_glyphs(_line_text(line))
            if not text:
                continue
            texts.append(
                _Text(
                    text=text,
                    x0=min(c["x0"] for c in line),
                    x1=max(c["x1"] for c in line),
                    top=min(c["top"] for c in line),
                    bottom=max(c["bottom"] for c in line),
                    size=Counter(round(c["size"], 1) for c in line).most_common(1)[0][0],
                    lead=_first_token_width(line),
                    column=column,
                )
            )
    if columns is not None or cards:
        texts.sort(key=lambda t: (t.column, t.top))
    for grid in grids if cards else ():
        grid.region = _card_region(cards, grid.top, grid.columns[0] if grid.columns else 0.0)
    visible = sum(1 for c in chars if c["text"].strip())
    return _RawPage(
        number=number,
        height=float(page.height),
        width=float(page.width),
        texts=texts,
        grids=grids,
        visible=visible,
        layout=layout,
        gutter=columns.gutter if columns is not None else None,
        regions=bool(cards),
    )


#: Least share of the page's width and height a box drawn around text spans to be a card (a slide's 取組 card).
_CARD_WIDTH = 0.2
_CARD_HEIGHT = 0.1


def _box_of(obj: dict[str, Any]) -> tuple[float, float, float, float]:
    return float(obj["x0"]), float(obj["top"]), float(obj["x1"]), float(obj["bottom"])


def _cards(page: Any) -> list[tuple[float, float, float, float]]:
    """The cards a page lays side by side — boxes drawn around text (a rectangle or a rounded one, stroked), a fifth of
    the page wide and a tenth high or more, two of them or more beside each other with a space between (a slide of 取組
    cards, 2 × 2; a table's cells drawn as boxes touch) — in reading order: row by row, left to right. [] for any other
    page: its lines are read across the page, where cards beside each other would run into one line (「電子申請の拡充
    1-2 書かない窓口」), and a table finder takes their outlines for a table's rules."""
    width, height = float(page.width), float(page.height)
    drawn = [
        _box_of(o)
        for o in [*page.rects, *page.curves]
        if o.get("stroke")
        and o["x1"] - o["x0"] >= width * _CARD_WIDTH
        and o["bottom"] - o["top"] >= height * _CARD_HEIGHT
        and o["x1"] - o["x0"] < width * 0.9
    ]
    if len(drawn) < 2:
        return []
    apart = width * 0.01

    boxes = sorted({b for b in drawn if not any(b != o and _inside(b, o) for o in drawn)}, key=lambda b: (b[1], b[0]))
    if any(_overlap(a, b) or _touch(a, b, apart) for a in boxes for b in boxes if a != b):
        return []  # boxes over or against each other: a table's cells, a frame's parts
    beside = any(
        a[2] <= b[0] and min(a[3], b[3]) - max(a[1], b[1]) > (min(a[3] - a[1], b[3] - b[1])) / 2
        for a in boxes
        for b in boxes
        if a != b
    )
    if not beside:
        return []
    rows: list[list[tuple[float, float, float, float]]] = []
    for box in boxes:
        if rows and box[1] < max(b[3] for b in rows[-1]) - (box[3] - box[1]) / 2:
            rows[-1].append(box)
        else:
            rows.append([box])
    return [box for row in rows for box in sorted(row)]


def _overlap(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _touch(a: tuple[float, float, float, float], b: tuple[float, float, float, float], apart: float) -> bool:
    """Whether two boxes stand less than ``apart`` from each other (side by side or one over the other)."""
    across = a[0] < b[2] + apart and b[0] < a[2] + apart
    down = a[1] < b[3] + apart and b[1] < a[3] + apart
    return across and down


def _card_region(cards: list[tuple[float, float, float, float]], top: float, x: float) -> int:
    """The reading place of what stands at (x, top) on a page of ``cards``: 2·i + 1 inside card i, 2·i before card i
    (a slide's heading over the cards), 2·n after them all."""
    for i, (x0, y0, x1, y1) in enumerate(cards):
        if x0 <= x <= x1 and y0 <= top <= y1:
            return 2 * i + 1
    return next((2 * i for i, card in enumerate(cards) if top < card[1]), 2 * len(cards))


def _card_parts(line: list[dict[str, Any]], cards: list[tuple[float, float, float, float]]) -> list[tuple[list[dict[str, Any]], int]]:
    """A visual line cut into the parts of each card it crosses (and the parts outside them), each with its reading
    place (``_card_region``)."""
    parts: dict[int, list[dict[str, Any]]] = {}
    for c in line:
        region = _card_region(cards, (c["top"] + c["bottom"]) / 2, (c["x0"] + c["x1"]) / 2)
        parts.setdefault(region, []).append(c)
    return [(part, region) for region, part in sorted(parts.items())]


#: Fewest characters and lines on each side of a page set in two columns.
_COLUMN_CHARS = 150
_COLUMN_LINES = 6


@dataclass(frozen=True)
class _Columns:
    """Where a page is set in two columns: the x of the space between them, and the top and bottom of the lines set so —
    a heading and an introduction across the page above them (CSS columns after a chapter's opening), a note below."""

    gutter: float
    top: float
    bottom: float


def _band_mask(line: list[dict[str, Any]], lo: int, hi: int) -> int:
    """The x positions (as bits from ``lo``) between ``lo`` and ``hi`` that a line's characters cover."""
    mask = 0
    for c in line:
        if c["text"].strip():
            start, end = max(lo, int(c["x0"])), min(hi, int(c["x1"]))
            if start <= end:
                mask |= ((1 << (end - start + 1)) - 1) << (start - lo)
    return mask


def _widest_free(mask: int, span: int) -> tuple[int, int]:
    """(length, start) of the widest run of x positions ``mask`` leaves free in ``span``."""
    best = (0, 0)
    start = None
    for i in range(span + 1):
        used = i == span or (mask >> i) & 1
        if not used and start is None:
            start = i
        elif used and start is not None:
            best = max(best, (i - start, start), key=lambda run: run[0])
            start = None
    return best


def _gutter(chars: list[dict[str, Any]], width: float, height: float, carried: float | None = None) -> _Columns | None:
    """Where the page is set in two columns (``_Columns``), or None for a page of one column.

    A page set in two columns (CSS columns, a 2段組 Word layout) has, between its margins, a band in
    the middle third that no character of the body crosses, with text on both sides: lines as
    long as their column, many of them (a card's short labels at the left do not make a column).
    The columns may start below lines across the page (a chapter's heading and opening paragraph)
    and end above others: the longest run of lines sharing the band is the columns'. A page that
    goes on with the columns of the page before (``carried``: their gutter) and crosses it nowhere
    is set so however few its lines (the last of a 二段組 chapter)."""
    band = height * MARGIN_BAND
    body = [c for c in chars if c["text"].strip() and band < c["top"] and c["bottom"] < height - band]
    if not body or width < 100:
        return None
    lines = _cluster(body)
    if carried is not None and not any(c["x0"] < carried < c["x1"] for c in body):
        sides = ([c for c in body if c["x1"] <= carried], [c for c in body if c["x0"] >= carried])
        if all(sides):
            return _spread_columns(chars, carried, lines)
    if len(body) < 2 * _COLUMN_CHARS:
        return None
    lo, hi = int(width * 0.3), int(width * 0.7)
    span = hi - lo + 1
    size = Counter(round(c["size"], 1) for c in body).most_common(1)[0][0]
    masks = [_band_mask(line, lo, hi) for line in lines]
    window: tuple[int, int, int] | None = None  # (first line, past the last, the free run's middle)
    for first in range(len(lines)):
        if window is not None and len(lines) - first <= window[1] - window[0]:
            break
        used = 0
        for last in range(first, len(lines)):
            run = _widest_free(used | masks[last], span)
            if run[0] < size:
                break
            used |= masks[last]
            if window is None or last + 1 - first > window[1] - window[0]:
                window = (first, last + 1, lo + run[1] + run[0] // 2)
    if window is None:
        return None
    first, past, gutter = window
    region = [c for line in lines[first:past] for c in line]
    sides = ([c for c in region if c["x1"] <= gutter], [c for c in region if c["x0"] >= gutter])
    fields = _fields_both_sides([_cluster(side) for side in sides], size)
    for side in sides:
        side_lines = _cluster(side)
        if len(side) < _COLUMN_CHARS or len(side_lines) < _COLUMN_LINES:
            return None
        left = min(c["x0"] for c in side)
        right = max(c["x1"] for c in side)
        widths = sorted(max(c["x1"] for c in line) - min(c["x0"] for c in line) for line in side_lines)
        if widths[len(widths) // 2] < (right - left) * 0.5:
            return None  # short pieces at one side (labels, a list of names): no column of text
        if sum(1 for line in side_lines if _gapped(line, size)) * 3 > len(side_lines) and not fields:
            return None  # a side's lines are cells apart (a table printed without rules): no column of prose
    return _spread_columns(chars, float(gutter), lines[first:past])


#: Fewest labels both columns open their lines with, for lines laid by a tab stop to be fields, not a table's cells.
_SHARED_LABELS = 3
#: The longest label a field line opens with (「担当課」「現状値」「スケジュール」).
_LABEL_CHARS = 8


def _fields_both_sides(sides: list[list[list[dict[str, Any]]]], size: float) -> bool:
    """Whether both sides of a gutter are fields laid by a tab stop — 「担当課→総務課」「指標→…」「現状値→24手続（R6）」,
    a Word page of two columns (檀原町, batch 44) — not a table printed without rules cut down its middle: on each side most
    lines apart by a gap open with a short label, and the two sides open them with the same labels, three at least (a
    table's halves open theirs with a 取組's title and an indicator's name, never the same). First each side's gaps had
    the page read as one table, its two columns' fields paired line by line."""
    heads: list[list[str]] = []
    for side in sides:
        opened = [head for line in side if (head := _gapped_head(line, size)) is not None]
        if not opened:
            return False
        heads.append(opened)
    shared = set(heads[0]) & set(heads[1])
    if len(shared) < _SHARED_LABELS:
        return False
    return all(sum(1 for head in opened if head in shared) * 3 >= len(opened) * 2 for opened in heads)


def _gapped_head(line: list[dict[str, Any]], size: float) -> str | None:
    """The text before a line's first gap of two characters or more, when it is a label's length; else None."""
    ordered = sorted((c for c in line if c["text"].strip()), key=lambda c: c["x0"])
    for at, (a, b) in enumerate(itertools.pairwise(ordered)):
        if b["x0"] - a["x1"] >= size * 2:
            head = "".join(c["text"] for c in ordered[: at + 1])
            # a label is a word (「担当課」): a number or a figure (「1」「24」「12.5」「(1)」) opens a table's row, no field
            worded = any(unicodedata.category(ch).startswith("L") for ch in head)
            return head if len(head) <= _LABEL_CHARS and worded else None
    return None


def _gapped(line: list[dict[str, Any]], size: float) -> bool:
    """Whether a line has a gap of two characters or more between its words (cells of a table), as prose has not."""
    ordered = sorted(line, key=lambda c: c["x0"])
    return any(b["x0"] - a["x1"] >= size * 2 for a, b in itertools.pairwise(ordered))


def _spread_columns(chars: list[dict[str, Any]], gutter: float, region: list[list[dict[str, Any]]]) -> _Columns:
    """The columns of ``region``'s lines, taking in the lines above and below up to the first that crosses the gutter:
    a column's first or last lines may stand in the page's margin band (the columns go on from the page before)."""
    lines = _cluster([c for c in chars if c["text"].strip()])
    top = min(c["top"] for line in region for c in line)
    bottom = max(c["bottom"] for line in region for c in line)

    def crosses(line: list[dict[str, Any]]) -> bool:
        return any(c["x0"] < gutter < c["x1"] for c in line)

    for line in reversed([line for line in lines if max(c["bottom"] for c in line) <= top]):
        if crosses(line):
            break
        top = min(c["top"] for c in line)
    for line in [line for line in lines if min(c["top"] for c in line) >= bottom]:
        if crosses(line):
            break
        bottom = max(c["bottom"] for c in line)
    return _Columns(gutter, top, bottom)


def _column_parts(
    line: list[dict[str, Any]], columns: _Columns | None
) -> list[tuple[list[dict[str, Any]], int]]:
    """A visual line cut at the gutter into the parts of each column (column 0 / 1); a line above the columns or
    below them (a heading across the page, a page number) stays whole, -1 / 2."""
    if columns is None:
        return [(line, 0)]
    middle = sum((c["top"] + c["bottom"]) / 2 for c in line) / len(line)
    if middle < columns.top:
        return [(line, -1)]
    if middle > columns.bottom:
        return [(line, 2)]
    gutter = columns.gutter
    left = [c for c in line if (c["x0"] + c["x1"]) / 2 < gutter]
    right = [c for c in line if (c["x0"] + c["x1"]) / 2 >= gutter]
    return [(part, column) for column, part in enumerate((left, right)) if part]


#: Lines that must start a cell at the same x for it to be a column's left edge.
_EDGE_LINES = 3


def _column_edges(lines: list[list[dict[str, Any]]], unit: float) -> set[int]:
    """The x (to the point, each with its neighbours) at which cells start in three lines or more:
    a piece of a line after a gap of half a character or more. Cells of a table printed without
    rules start at their column's left edge, row after row; a blank between words does not recur
    at one x. (Writer and Word leave as little as 5 pt between two cells of a full row.)"""
    starts: Counter[int] = Counter()
    for line in lines:
        last: float | None = None
        for ch in line:
            if last is not None and ch["x0"] - last >= unit and ch["text"].strip():
                starts[round(ch["x0"])] += 1
            last = ch["x1"]
    edges: set[int] = set()
    for x in starts:
        if starts[x - 1] + starts[x] + starts[x + 1] >= _EDGE_LINES:
            edges.update((x - 1, x, x + 1))
    return edges


def _centred_rows(lines: list[list[dict[str, Any]]], size: float) -> list[list[dict[str, Any]]]:
    """The visual lines of a table without rules as a top-aligned table has them: a row whose cells
    are centred in its height (Japanese Excel's default) sets the first line of a wrapped cell half
    a line above the row's one-line cells (「担当」 over 「No. 取組名 …」, 「課」 under it), and a cell
    merged over two rows between them. Such a line — half a line from the next, none of its
    characters above one of the next — is one line with the next: the wrapped cell's rest is below
    the row, as ``readers.columns`` reads it, and a merged cell is on its first row."""

    def middle(line: list[dict[str, Any]]) -> float:
        return sum((c["top"] + c["bottom"]) / 2 for c in line) / len(line)

    def apart(a: list[dict[str, Any]], b: list[dict[str, Any]]) -> bool:
        return not any(c["x0"] < d["x1"] - 0.5 and d["x0"] < c["x1"] - 0.5 for c in a for d in b)

    def centred(i: int) -> bool:
        """Line ``i + 1`` half a line under line ``i``, or (a cell merged over two rows) as far from
        the line under it as from line ``i``, none of its characters over either."""
        above, row = out[i], out[i + 1]
        gap = middle(row) - middle(above)
        if gap <= 0 or not apart(above, row):
            return False
        if gap < size * 0.9:
            return True
        below = out[i + 2] if i + 2 < len(out) else None
        return (
            below is not None
            and abs(middle(below) - middle(row) - gap) <= 1.0
            and apart(row, below)
            # the two rows it is merged over start and end alike (not a header's row of years, then
            # a row of the table: a heading between them)
            and abs(min(c["x0"] for c in above) - min(c["x0"] for c in below)) <= 2.0
            and abs(max(c["x1"] for c in above) - max(c["x1"] for c in below)) <= size
        )

    out = list(lines)
    i = 0
    while i + 1 < len(out):
        above, row = out[i], out[i + 1]
        if centred(i):
            out[i : i + 2] = [sorted(above + row, key=lambda c: c["x0"])]
            continue
        i += 1
    return out


def _unruled_table(chars: list[dict[str, Any]]) -> str | None:
    """The page as column-aligned text when it has no ruled table but a line of three or more
    labels of the dictionary spaced apart (a header row printed without rules), else None.

    Each character is set at the display column its x position gives, counted in half the body
    text's size (a kanji takes two columns, as ``readers.columns`` counts them), so that a gap
    of a full character or more between two cells is two blanks or more."""
    from .columns import header_like

    visible = [c for c in chars if c["text"].strip()]
    if len(visible) < 20:
        return None
    unit = Counter(round(c["size"], 1) for c in visible).most_common(1)[0][0] / 2 or 1.0
    left = min(c["x0"] for c in visible)
    clustered = _centred_rows(
        [
            sorted(line, key=lambda c: c["x0"])
            for line in _cluster([c for c in chars if c["text"].strip() or c["text"] == "\u3000"])
        ],
        unit * 2,
    )
    edges = _column_edges(clustered, unit)
    lines: list[str] = []
    for line in clustered:
        out: list[str] = []
        cursor = 0
        last: float | None = None
        spread, ends = _spread(line)
        after_spread = False
        for ch in line:
            gap = ch["x0"] - last if last is not None else ch["x0"] - left
            last = ch["x1"]
            if id(ch) in spread:  # a letter of a word set out over its cell: right after the one before
                text = repair_glyphs(ch["text"])
                out.append(text)
                cursor += sum(2 if ord(t) > 0x2E7F else 1 for t in text)
                after_spread = id(ch) in ends
                continue
            if after_spread and gap > 0.5 and ch["text"].strip():
                gap = unit * 1.6  # such a word ends at its cell's edge: what follows is the next cell
            after_spread = False
            if ch["text"] == "\u3000":  # a full-width blank written in a cell: a blank, not a gap
                if out and out[-1] != " ":
                    out.append(" ")
                    cursor += 1
                continue
            if gap >= unit * 1.6 or (gap >= unit * 0.4 and round(ch["x0"]) in edges):
                # a cell's gap (wide, or a fifth of a character before a left edge other rows share, as
                # a word processor's narrow cell padding leaves it): at the column its x gives
                target = max(cursor + 2 if cursor else 0, round((ch["x0"] - left) / unit))
                out.append(" " * (target - cursor))
                cursor = target
            elif (
                gap > unit * 0.6
            ):  # a blank between words (as _line_text: not the small gap set between kanji and Latin)
                out.append(" ")
                cursor += 1
            text = repair_glyphs(ch["text"])
            out.append(text)
            cursor += sum(2 if ord(t) > 0x2E7F else 1 for t in text)
        lines.append("".join(out).rstrip())
    if sum(1 for line in lines if line.lstrip().startswith("|")) >= 3:
        return None  # markdown pipe rows printed as text: the text reader reads those
    if not any(header_like(line) for line in lines if "|" not in line):
        return None
    return "\n".join(lines)


def _drop_furniture(pages: list[_RawPage], notes: list[tuple[Location, str]], headers: list[str]) -> None:
    """Drop page numbers and running headers/footers found in the page margins; ``running`` gets each running header's
    text once, in ``headers`` (the plan's name may be printed only there)."""

    def in_margin(page: _RawPage, text: _Text) -> bool:
        """In the top or bottom band of the page, and among the first or last two lines there."""
        band = page.height * MARGIN_BAND
        if text.top < band:
            above = [t for t in page.texts if t.bottom <= text.top] + [
                g for g in page.grids if g.bottom <= text.top
            ]
            return len(above) < 2
        if text.bottom > page.height - band:
            below = [t for t in page.texts if t.top >= text.bottom] + [
                g for g in page.grids if g.top >= text.bottom
            ]
            return len(below) < 2
        return False

    keys = [{furniture.key(t.text) for t in page.texts if in_margin(page, t)} for page in pages]
    running = furniture.repeated(keys)
    # the size each running header is printed in: the cover's title in large type under a header of the
    # same words (「風見台市DX推進実施計画」 twice on page 1) is the title, no furniture
    sizes: dict[str, Counter[float]] = {}
    for page in pages:
        for t in page.texts:
            if (k := furniture.key(t.text)) in running and in_margin(page, t):
                sizes.setdefault(k, Counter())[round(t.size, 1)] += 1
    size_of = {k: counts.most_common(1)[0][0] for k, counts in sizes.items()}
    noted: set[str] = set()
    for page in pages:
        kept: list[_Text] = []
        for text in page.texts:
            key = furniture.key(text.text)
            if in_margin(page, text) and (
                furniture.is_page_number(text.text)
                or (key in running and abs(round(text.size, 1) - size_of.get(key, text.size)) < 0.6)
            ):
                kind = "ページ番号" if furniture.is_page_number(text.text) else "柱（ヘッダー・フッター）"
                if kind not in noted and furniture.key(text.text) not in noted:
                    noted.add(kind if kind == "ページ番号" else furniture.key(text.text))
                    if kind != "ページ番号":
                        headers.append(text.text)
                    notes.append(
                        # (as a reader reads it: 「ﬁle:///…」 printed with a ligature is 「file:///…」)
                        (Location(page=page.number), f"{kind}「{_unligatured(text.text)}」を各ページから除きました。")
                    )
                continue
            kept.append(text)
        page.texts = kept


def _headings(pages: list[_RawPage]) -> dict[float, int]:
    """Font size → heading level for sizes clearly larger than the body text (at most three levels)."""
    sizes: Counter[float] = Counter()
    for page in pages:
        for text in page.texts:
            sizes[text.size] += len(text.text)
    if not sizes:
        return {}
    body = sizes.most_common(1)[0][0]
    larger = sorted((s for s in sizes if s >= body * 1.15), reverse=True)[:3]
    return {size: level for level, size in enumerate(larger, start=1)}


def _line_gap(pages: list[_RawPage], rights: dict[int, float]) -> float:
    """The usual space between two lines of one paragraph (the commonest gap below a full line)."""
    gaps: Counter[float] = Counter()
    for page in pages:
        right = rights[page.number]
        for last, text in zip(page.texts, page.texts[1:], strict=False):
            if last.x1 >= right - last.size * 1.5 and 0 <= text.top - last.bottom <= last.size:
                gaps[round((text.top - last.bottom) * 2) / 2] += 1
    return gaps.most_common(1)[0][0] if gaps else 0.0


#: The start of a numbered or marked item (「取組７ …」「(2) …」「１．…」「■ …」): after a sentence that
#: ended at the right margin, a new item, not the sentence's wrapped tail.
_OPENS_ITEM = re.compile(
    r"^\s*(?:[■◆●◇□▶【]|[（(]?[0-9０-９]{1,3}[)）．.]|[①-⑳]"
    r"|(?:取組|施策|事業|基本目標|基本方針|重点取組|第)\s*[0-9０-９ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ一二三四五六七八九十]+)"
)


#: A labelled field opening a line: 「指標：…」「工程：…」「【担当課】…」「時期　令和７年度～」.
_FIELD_START = re.compile(
    r"^\s*(?:([^:：。、\s]{1,8})\s*[:：]|[【［\[〔]([^】］\]〕]{1,8})[】］\]〕]|([^:：。、\s]{2,8})[ \u3000])"
)


def _opens(text: str) -> bool:
    """Whether a line opens an item (a numbered or marked one) or a field of the label dictionary:
    after a sentence that closed at the right margin, that line starts anew."""
    return bool(_OPENS_ITEM.match(text)) or _opens_field(text)


def _opens_field(text: str) -> bool:
    """Whether a line opens with a field's label of the dictionary (「指標：…」「［工程］…」): after a field's line that
    reached the right margin (「［指標］… 目標値（R9）60,000枚」), the next field is a line of its own."""
    m = _FIELD_START.match(text)
    return m is not None and classify(m.group(1) or m.group(2) or m.group(3), loose=False) is not None


def _centred_labels(texts: list[_Text], boxed: bool = False) -> list[_Text]:
    """A card's label set alone between the two lines of its value, as a sheet without rules prints a
    label centred in the height of its row (「スケジュール」 between 「令和6年度 対象拡大、…オンライン決」 and
    「済」): the label, then the two lines joined, on one line. Only where the line above the value's
    first starts at the label's x (a field of its own) and both value lines start right of the label — or, in a card
    drawn as a box (``boxed``), wherever the value's two lines start right of the label (a slide's 「KPI」 tag beside
    the indicator's name over its figures)."""
    out = list(texts)
    i = 1 if boxed else 2
    while i < len(out) - 1:
        above, label, below = out[i - 1], out[i], out[i + 1]
        if (
            label.column == above.column == below.column
            and len(label.text) <= 12
            and above.x0 > label.x1 + (0.0 if boxed else label.size * 0.5)
            and abs(below.x0 - above.x0) <= 2.0
            and (boxed or (abs(out[i - 2].x0 - label.x0) <= 2.0 and above.top - out[i - 2].bottom >= -0.5))
            and above.top < label.top
            and label.bottom < below.bottom
            and classify(label.text, loose=False) is not None
        ):
            joined = f"{label.text} {_join_lines([above.text, below.text])}"
            merged = _Text(
                joined,
                label.x0,
                max(above.x1, below.x1),
                above.top,
                below.bottom,
                label.size,
                label.lead,
                label.column,
            )
            out[i - 1 : i + 2] = [merged]
            continue
        i += 1
    return out


def _paragraphs(texts: list[_Text], right: float, gap: float) -> list[_Text]:
    """Lines joined where a paragraph wraps: a line reaching the right margin continues below.

    Only across the usual line gap: a larger one is the space between two paragraphs; and not when a
    sentence closed at the margin (「…に広げます。」) and the next line opens a numbered item or a
    labelled field (「指標：…」).
    """
    out: list[_Text] = []
    for text in texts:
        if out:
            last = out[-1]
            if (
                not (last.text.rstrip().endswith("。") and _opens(text.text))
                and not (_opens_field(text.text) and _opens_field(last.text))  # 「［指標］…」 then 「［工程］…」
                and right - last.x1 < max(last.size * 1.5, text.lead + 0.5)
                and text.top - last.bottom <= gap + max(1.0, last.size * 0.1)
                and (
                    text.x0 <= last.x0 + last.size * 0.5
                    # a hanging indent: 「目標　…（令和５年」 over 「度）→ 70手続」 set a character or two in
                    or (text.x0 <= last.x0 + last.size * 3.5 and not _opens(text.text))
                )
                and text.size == last.size
            ):
                out[-1] = _Text(
                    _join_lines([last.text, text.text]),
                    last.x0,
                    text.x1,
                    last.top,
                    text.bottom,
                    last.size,
                    last.lead,
                    last.column,
                )
                continue
        out.append(text)
    return out


def _over_the_column(last: _Text, first: _Text, right: float) -> list[_Text]:
    """The left column's last line and the right column's first as one paragraph where the sentence goes on over the
    column break (「…スマート農業機器の導入を」 at the foot of the left, 「支援します。（担当：産業振興課）」 atop the right):
    the left's line reaches its column's edge, the right's opens no item or field; else the two as they are."""
    if right - last.x1 < max(last.size * 1.5, first.lead + 0.5) and not _opens(first.text) and first.size == last.size:
        joined = _join_lines([last.text, first.text])
        return [_Text(joined, last.x0, first.x1, last.top, last.bottom, last.size, last.lead, last.column)]
    return [last, first]


#: How far pdfplumber moves a rule to the ones near it (its ``snap_tolerance``): the same column's edge read on two pages
#: may stand this far apart (琴浦野村's card cut under its row of years, its label column's edge at 115.8 on one page
#: and 118.2 on the next, both drawn at 117.0).
_SNAP = 3.0


def _same_table(previous: _Grid, grid: _Grid) -> bool:
    if len(previous.columns) != len(grid.columns):
        return False
    return all(abs(a - b) <= _SNAP for a, b in zip(previous.columns, grid.columns, strict=True))


def _map_column(previous: _Grid, x: float) -> int | None:
    """The column of ``previous`` that starts where a column of the next page's table starts."""
    target = min(range(len(previous.columns)), key=lambda i: abs(previous.columns[i] - x))
    return target if abs(previous.columns[target] - x) <= 6.0 else None


def _origin_of(table: Table, r: int, c: int) -> tuple[int, int]:
    """Row and column where the (merged) cell covering slot (r, c) starts."""
    while r > 0 and table.rows[r][c].origin == "above":
        r -= 1
    while c > 0 and table.rows[r][c].origin == "left":
        c -= 1
    return r, c


def _set_text(table: Table, r0: int, c0: int, text: str) -> None:
    """Give a (merged) cell a new text, in its own slot and every slot it covers."""
    rows = table.rows
    rows[r0][c0].text = text
    for c in range(c0 + 1, len(rows[r0])):
        if rows[r0][c].origin != "left":
            break
        rows[r0][c].text = text
    for r in range(r0 + 1, len(rows)):
        if rows[r][c0].origin != "above":
            break
        rows[r][c0].text = text


def _carry(previous: _Grid, grid: _Grid, rows: list[list[Cell]], below_header: bool = False) -> bool:
    """Carry the cells a page break cut over into ``previous``; True when the whole first row of
    ``rows`` was the rest of the previous table's last row (and is now part of it).

    A cell is cut where the previous table's last row has no border below it and the next
    table's first row none above it, in the same column: the text on the new page is the rest
    of the cell's text, and the slots below it on the new page are covered by that cell. Under
    a repeated header (``below_header``) the rule above the row is the header's: a last row cut
    in every column goes on in the first row below the header.
    """
    old = previous.table
    whole_row = previous.cut_bottom and (grid.cut_top or below_header)
    head = rows[0]
    for c, cell in enumerate(head):
        t = _map_column(previous, grid.columns[c]) if c < len(grid.columns) else None
        if t is None or not (whole_row or (grid.top_open[c] and previous.bottom_open[t])):
            continue
        r0, c0 = _origin_of(old, len(old.rows) - 1, t)
        text = old.rows[r0][c0].text
        if cell.origin == "own" and cell.text:
            text = _join_lines([text, cell.text]) if text else cell.text
            _set_text(old, r0, c0, text)
        if not whole_row:
            head[c] = Cell(text, origin="above", bar=cell.bar)
        for row in rows[1:]:
            if row[c].origin != "above":
                break
            row[c] = Cell(text, origin="above", bar=row[c].bar)
    return whole_row


#: What a cell's text cannot end with: it goes on after the page break.
_GOES_ON = ("/", "／", "、", "，", "・", "（", "(", "「", "～", "〜", "→")


def _joins(before: str, after: str) -> bool:
    """Whether two pieces of text read as one word cut by a page break: a label of the dictionary
    (「評価指」 + 「標」), a year (「令和」 + 「4年度」) or a 課 (「管財」 + 「課」) neither piece is alone."""

    whole = before + after
    if after in ("年", "年度", "度") and before[-1:].isdigit():
        return True  # 「令和7」 + 「年度」
    if before.endswith(_GOES_ON):
        return True  # 「導入割合 18%/」 + 「令和5年度」: a cell does not end on a separator
    if len(whole) > 24 or is_known(before) or is_known(after):
        return False
    # 「管財」 + 「課」: a 課 cut before its last characters (not 「16」 + 「情報政策課」, two cells)
    cut_department = len(after) <= 3 and len(before) >= 2 and not _FIGURE_ONLY.fullmatch(before)
    return is_known(whole) or (cut_department and is_department(whole) and not is_department(before))


def _closed_cut(previous: _Grid, grid: _Grid) -> None:
    """Open the borders a page break drew across a cut row (Writer and Word rule a row's part on
    each page; a browser leaves them open), where the text shows the cut: a cell's two pieces are a
    label, a year or a 課 only together. Then every cell of the row whose two pieces are words (no
    label, no figure alone, nothing empty) is cut too: 「公共施設の予約」 + 「状況確認における…」 under
    「令和」 + 「4年度」. Called for a table that ends the page as low as the pages' text goes."""

    old, new = previous.table, grid.table
    if not old.rows or not new.rows or any(previous.bottom_open) or any(grid.top_open):
        return
    last, first = old.rows[-1], new.rows[0]
    pairs: dict[int, tuple[int, str, str]] = {}
    for c, cell in enumerate(first):
        t = _map_column(previous, grid.columns[c]) if c < len(grid.columns) else None
        if t is None or t >= len(last) or cell.origin != "own" or not cell.text:
            continue
        r0, c0 = _origin_of(old, len(old.rows) - 1, t)
        pairs[c] = (t, old.rows[r0][c0].text.strip(), cell.text.strip())

    if any(
        is_known(before) and is_known(after) and not _joins(before, after)
        for _, before, after in pairs.values()
    ):
        return  # a label under a label (「重点取組事項名」, then 「事業名」): two rows, whole
    if not any(_joins(before, after) for _, before, after in pairs.values()):
        return

    for c, (t, before, after) in pairs.items():
        if _joins(before, after) or (
            before
            and not is_known(before)
            and not is_known(after)
            and not is_no_value(before)
            and not is_no_value(after)
            and not _FIGURE_ONLY.fullmatch(before)
        ):
            previous.bottom_open[t] = True
            grid.top_open[c] = True
    if all(grid.top_open[c] for c in pairs):
        # the whole row went on: every slot of it opens, so that the row is joined, not kept
        previous.bottom_open[:] = [True] * len(previous.bottom_open)
        grid.top_open[:] = [True] * len(grid.top_open)


#: A cell that is one figure with its unit (a value, whole in itself): 「20施設」「—」「100%」.
_FIGURE_ONLY = re.compile(r"[-+▲△]?[0-9０-９][0-9０-９,，.．]*\s*[^\s0-9０-９]{0,4}")


#: The note of a header row printed again at a page's top (one a page, made one by ``_pages_noted``).
REPEATED_HEADER = "前のページから続く表の見出し行（繰り返し）を除きました。"


def _pages_noted(notes: list[tuple[Location, str]]) -> list[tuple[Location, str]]:
    """The notes with the pages' notes of a header printed again made one, at the first of them, naming the pages
    (「2〜40ページの各ページで」), as a running header is one note: a plan of 40 pages had 39 of them over the warnings
    that ask for a look."""
    pages = [where.page for where, note in notes if note == REPEATED_HEADER and where.page is not None]
    if len(pages) < 2:
        return notes
    runs: list[list[int]] = []
    for page in sorted(set(pages)):
        if runs and page == runs[-1][-1] + 1:
            runs[-1].append(page)
        else:
            runs.append([page])
    named = "・".join(f"{run[0]}〜{run[-1]}" if len(run) > 1 else str(run[0]) for run in runs)
    said = f"前のページから続く表の見出し行（繰り返し）を、{named}ページの各ページで除きました。"
    one = (Location(page=pages[0]), said)
    kept: list[tuple[Location, str]] = []
    for where, note in notes:
        if note != REPEATED_HEADER:
            kept.append((where, note))
        elif one not in kept:
            kept.append(one)
    return kept


def _continue(
    previous: _Grid, grid: _Grid, page: int, notes: list[tuple[Location, str]], *, same: bool
) -> Table | None:
    """Join a table at the top of a page to the one that ended the page before.

    ``same``: the same table goes on (same columns): its rows are appended, a repeated header
    row dropped. Otherwise only the cells the page break cut are carried over, and what is
    left of the new table is returned as a table of its own.
    """
    old, new = previous.table, grid.table
    rows, locations = new.rows, new.row_locations
    repeated = 0  # header rows printed again at the top of the page (a thead of one or two rows)
    while (
        same
        and repeated < min(len(rows), len(old.rows) - 1, 3)
        and any(cell.text for cell in old.rows[repeated])
        and [cell.text for cell in rows[repeated]] == [cell.text for cell in old.rows[repeated]]
    ):
        repeated += 1
    if repeated:
        rows, locations = rows[repeated:], locations[repeated:]
        notes.append((Location(page=page), REPEATED_HEADER))
    if rows and _carry(previous, grid, rows, below_header=repeated > 0):
        rows, locations = rows[1:], locations[1:]
    if same:
        old.rows.extend(rows)
        old.row_locations.extend(locations)
        previous.bottom_open = grid.bottom_open
        return None
    new.rows, new.row_locations = rows, locations
    return new if rows else None


#: Told each page read (its number, the pages in all) where the reading reports its progress: the child process
#: that reads an upload (``importers.isolated``) sets it, so that the upload's page shows 「12/40ページ」.
page_read: Callable[[int, int], None] | None = None


def read_pdf(data: bytes, *, max_pages: int = MAX_PAGES, max_seconds: float = MAX_SECONDS) -> Document:
    """The document model of a PDF file's bytes; ParseError for anything that is not a readable PDF."""
    started = time.monotonic()
    try:
        import pdfplumber
        from pdfminer.pdfdocument import PDFPasswordIncorrect
    except ImportError:  # pragma: no cover - pdfplumber is a dependency
        raise ParseError("PDF を読むための部品（pdfplumber）がインストールされていません。") from None
    try:
        pdf = pdfplumber.open(io.BytesIO(data))
    except Exception as exc:
        # pdfplumber wraps pdfminer's errors (PdfminerException(PDFPasswordIncorrect())).
        if isinstance(exc, PDFPasswordIncorrect) or any(
            isinstance(a, PDFPasswordIncorrect) for a in exc.args
        ):
            raise ParseError(
                "パスワードで保護されたPDFは読めません。保護を解除してから取り込んでください。"
            ) from None
        raise ParseError("PDFとして読めません（ファイルが壊れている可能性があります）。") from None
    raw: list[_RawPage] = []
    try:
        with pdf:
            count = len(pdf.pages)
            if count > max_pages:
                raise ParseError(f"PDFのページ数が多すぎます（{count}ページ。上限は{max_pages}ページです）。")
            for number, page in enumerate(pdf.pages, start=1):
                if time.monotonic() - started > max_seconds:
                    raise ParseError(
                        f"PDFの読み取りに時間がかかりすぎるため中止しました（{number}ページ目）。"
                    )
                # a page may go on with the two columns of the page before (``_gutter``)
                raw.append(_read_page(page, number, raw[-1].gutter if raw else None))
                page.close()
                if page_read is not None:
                    page_read(number, count)
    except ParseError:
        raise
    except PDFPasswordIncorrect:
        raise ParseError(
            "パスワードで保護されたPDFは読めません。保護を解除してから取り込んでください。"
        ) from None
    except MemoryError:
        # a page whose compressed stream inflates to gigabytes (a PDF bomb): no broken page, a file too big to read
        raise ParseError(
            f"PDFの{len(raw) + 1}ページ目は、展開すると大きすぎて読めません（ページの内容が極端に大きく圧縮されています）。"
        ) from None
    except Exception:
        raise ParseError(
            f"PDFの{len(raw) + 1}ページ目を読めません（ファイルが壊れている可能性があります）。"
        ) from None
    if not any(page.visible for page in raw):
        raise ParseError(SCANNED.format(pages=len(raw)))
    document = _document(raw)
    if not any(
        isinstance(block, Line)
        or (isinstance(block, Table) and any(c.text for row in block.rows for c in row))
        for block in document.blocks()
    ):
        raise ParseError(SCANNED.format(pages=len(raw)))  # nothing but page numbers: a scan with a stamped page number
    return document


def _document(raw: list[_RawPage]) -> Document:
    notes: list[tuple[Location, str]] = []
    running: list[str] = []
    _drop_furniture(raw, notes, running)
    levels = _headings(raw)
    # The right edge of the text area: the page mirrored at the left margin, or a longer line.
    left = min((t.x0 for page in raw for t in page.texts), default=0.0)
    rights = {
        page.number: max([page.width - left] + [t.x1 for t in page.texts] + [g.right for g in page.grids])
        for page in raw
    }
    gap = _line_gap(raw, rights)
    # how low the pages' text goes: a table reaching it is cut by the page break, or nearly
    floor = max(
        (
            max([t.bottom for t in page.texts] + [g.bottom for g in page.grids])
            for page in raw
            if page.texts or page.grids
        ),
        default=0.0,
    )
    size = (
        Counter(round(t.size) for page in raw for t in page.texts).most_common(1)[0][0]
        if any(page.texts for page in raw)
        else 10.0
    )
    pages: list[Page] = []
    previous: _Grid | None = None  # the last block of the previous page, when it is a table
    for page in raw:
        if page.layout is not None:
            pages.append(_aligned_page(page))
            previous = None
            continue
        if page.regions:  # each card's lines wrap at its own edge
            texts = []
            for region in sorted({t.column for t in page.texts}):
                part = [t for t in page.texts if t.column == region]
                texts += _paragraphs(_centred_labels(part, boxed=True), _column_right(part) or rights[page.number], gap)
        elif page.gutter is None:
            texts = _paragraphs(_centred_labels(page.texts), rights[page.number], gap)
        else:  # each column's lines wrap at its own right edge
            texts = []
            for column in (-1, 0, 1, 2):
                part = [t for t in page.texts if t.column == column]
                right = _column_right(part) or rights[page.number]
                joined = _paragraphs(part, right, gap)
                if column == 1 and texts and texts[-1].column == 0 and joined:
                    joined[:1] = _over_the_column(texts.pop(), joined[0], _column_right(
                        [t for t in page.texts if t.column == 0]) or right)  # fmt: skip
                texts += joined
        items: list[tuple[tuple[int, float], Any]] = [((t.column, t.top), t) for t in texts] + [
            ((g.region if page.regions else _grid_column(g, page.gutter), g.top), g) for g in page.grids
        ]
        items.sort(key=lambda item: item[0])
        items = _boxes_beside_lines(items)
        blocks: list[Line | Table] = []
        line_number = 0
        continued = previous
        previous = None
        for index, (_, item) in enumerate(items):
            if isinstance(item, _Text):
                line_number += 1
                blocks.append(
                    Line(item.text, Location(page=page.number, line=line_number), levels.get(item.size))
                )
                previous = None
                continue
            grid: _Grid = item
            first_row = line_number + 1
            grid.table.location = Location(page=page.number, line=first_row)
            grid.table.row_locations = [
                Location(page=page.number, line=first_row + i) for i in range(len(grid.table.rows))
            ]
            line_number += len(grid.table.rows)
            if index == 0 and continued is not None and continued.bottom >= floor - 2.5 * size:
                _closed_cut(continued, grid)
            if index == 0 and continued is not None and _same_table(continued, grid):
                _continue(continued, grid, page.number, notes, same=True)
                previous = continued
            elif index == 0 and continued is not None and grid.table.rows:
                # Laid out anew on this page: only cells the page break cut go on.
                rest = _continue(continued, grid, page.number, notes, same=False)
                if rest is not None:
                    blocks.append(rest)
                previous = grid
            else:
                blocks.append(grid.table)
                previous = grid
        pages.append(Page(number=page.number, blocks=list(blocks)))
    return Document(kind="pdf", pages=pages, notes=_pages_noted(notes), running=running)


def _boxes_beside_lines(items: list[tuple[tuple[int, float], Any]]) -> list[tuple[tuple[int, float], Any]]:
    """The page's blocks in reading order with a small table drawn beside a line, right of it and starting a little
    above it (a card's 「担当課 | 市民課」 box at the top right of its 「取組 1-2 …」 heading, its rule above the heading's
    glyphs), after that line: ordered by their tops, the box came first and was a field of the card before."""
    out = list(items)
    for at in range(len(out) - 1):
        (place, grid), (after, text) = out[at], out[at + 1]
        if (
            isinstance(grid, _Grid)
            and isinstance(text, _Text)
            and place[0] == after[0]
            and grid.columns
            and grid.columns[0] >= text.x1
            and text.top - grid.top < text.bottom - text.top
        ):
            out[at], out[at + 1] = out[at + 1], out[at]
    return out


def _column_right(texts: list[_Text]) -> float | None:
    """Where a column's lines end: the commonest right edge of its long lines (a line may hang a
    closing bracket past it)."""
    if not texts:
        return None
    left = min(t.x0 for t in texts)
    longest = max(t.x1 for t in texts)
    ends = Counter(round(t.x1) for t in texts if t.x1 - left >= (longest - left) * 0.8)
    return float(ends.most_common(1)[0][0])


def _grid_column(grid: _Grid, gutter: float | None) -> int:
    """The text column a table stands in (0 on a page of one column)."""
    if gutter is None or not grid.columns:
        return 0
    return 0 if grid.columns[0] < gutter else 1


def _aligned_page(page: _RawPage) -> Page:
    """A page of a table without rules, read by its columns (its lines numbered on the page)."""
    from .columns import read_columns

    assert page.layout is not None
    blocks: list[Line | Table] = []
    for block in read_columns(page.layout).blocks():
        if isinstance(block, Line):
            block.location = Location(page=page.number, line=block.location.line)
        elif isinstance(block, Table):
            block.location = Location(page=page.number, line=block.location.line)
            block.row_locations = [Location(page=page.number, line=at.line) for at in block.row_locations]
        else:
            continue
        blocks.append(block)
    return Page(number=page.number, blocks=list(blocks))


def _unligatured(text: str) -> str:
    """``text`` with the Latin ligatures a PDF's font maps (「ﬁ」 U+FB01) written as their letters, nothing else changed."""
    return re.sub("[\ufb00-\ufb06]", lambda m: unicodedata.normalize("NFKC", m.group(0)), text)
