"""A card's KPI table copied a cell a line (Chrome's and Edge's PDF viewers) made a table again.

A 進捗評価シート gives each 施策 a small table of its indicators under 「■ 成果指標」::

    指標名                       ← the header's labels, a line each, the indicator's first
    基準値（2022年度）
    実績値（2024年度）
    前年度比                     ← a label the dictionary does not know: a figure's column
    目標値（2027年度）
    評価
    オンライン申請できる手続数   ← a row: its indicator, then its figures and grade a line each
    45手続
    102手続
    130.8%
    200手続
    Ａ：順調

Read as lines, no card reader pairs the figures with their labels. The header's labels say the columns; a row starts at
a line that is no figure or grade once the row before has its figures, and its lines go into the columns in order by
their shapes, as ``cellrows`` cuts a row (an empty cell leaves no trace; the cheapest cut wins). The table ends at the
first line that fits no row: the card's next heading (「■ 今後の方向性」). Pure Python; no Django.
"""

from __future__ import annotations

import itertools
import re

from ..document import Block, Cell, Document, Line, Table
from ..labels import classify
from ..text import nfkc
from . import year_rows
from .cellrows import _MAX_COST_PER_PIECE, _Column, _fit, _join, _kind, _Piece, figure_of_year, unit_cell
from .plainrows import _GRADE, _NUMBER

#: Marks that open a card's heading (「【成果指標】」「■ 成果指標」), which labels a section, not a column.
_HEADING_MARKS = frozenset("【■□◆◇●○▼▽［[")
#: A header has at least this many labels, and a table at most this many rows.
_LABELS = 3
_ROWS = 20
#: What a KPI table's columns are: the indicator, its unit, figures, a rate and a grade.
_ROLES = ("indicator", "unit", "baseline", "target", "actual", "rate", "evaluation", "ignore")


def _columns(blocks: list[Block], at: int) -> tuple[list[_Column], int] | None:
    """The columns of a KPI table's header starting at ``blocks[at]`` — labels a line each, the indicator's first and
    alone, two figure columns or more, one unknown label of a few letters inside them a figure's — and the index after
    it; None when no such header starts there."""
    if at and _label_line(blocks[at - 1]):
        return None  # the end of a longer header (「分野 番号 取組 担当課 成果指標 実施年度」 over 「指標名 現状値 目標値」)
    columns: list[_Column] = []
    unknown = 0
    end = at
    while end < len(blocks) and isinstance(line := blocks[end], Line) and len(line.text.split()) == 1:
        word = line.text.strip()
        found = classify(word, loose=False)
        if found is not None and found.role not in _ROLES:
            break  # 「（R5）」 (a year's column), 「担当課」: no KPI table's header, or its end
        if found is None or found.role == "ignore":
            inner = columns and 2 <= len(word) <= 8 and not any(c.isdigit() for c in word)
            if not inner or unknown:
                break
            unknown += 1
            columns.append(
                _Column(word, "number", "ignore")
            )  # 「前年度比」: read as a figure, left out of the plan
        else:
            columns.append(_Column(word, _kind(found.role), found.role))
        end += 1
    while columns and columns[-1].role == "ignore":
        columns.pop()
        end -= 1
    roles = [c.role for c in columns]
    if len(columns) < _LABELS or roles[0] != "indicator" or roles.count("indicator") != 1:
        return None
    if sum(1 for c in columns if c.kind == "number" and c.role != "ignore") < 2 or "title" in roles:
        return None
    return columns, end


def _labels_gathered(blocks: list[Block]) -> list[Block]:
    """``blocks`` with a KPI box's labels gathered ahead of its cells where they come among them: plain pdftotext gives
    a browser's box (its th centred over each column) a cell a line in the order of their places, the labels among the
    names and figures (千草県's 「指標名」「現状値」「カードを活用した…サービス数」「目標値」「12サービス（R5）」「備考」
    「40サービス（R11）」, batch 40). From a line 「指標名」 alone, over the run of lines of one piece each: the labels of
    a KPI table's columns first, then the cells in their order, then the other labels (「備考」, whose notes no row
    takes). Unchanged where the header's labels already lead the run (``_columns``, a label it does not know among
    them), where no two labels stand one right after the other (a card's label over its value, a line each), or the
    first line is no indicator's label."""
    first = _word(blocks[0]) if blocks else None
    found = classify(first, loose=False) if first else None
    if found is None or found.role != "indicator" or not _label_line(blocks[0]):
        return blocks
    end = 1
    while end < min(len(blocks), _RUN) and (word := _word(blocks[end])) is not None:
        if _label_line(blocks[end]) and (other := classify(word, loose=False)) and other.role == "indicator":
            break  # the next box's 「指標名」
        if _card_heading(word):
            break  # 「■工程表」: the card's next part, its years no header of the box's
        end += 1
    run = blocks[:end]
    if any(_YEAR_ALONE.fullmatch(nfkc(_word(b) or "")) for b in run):
        return blocks  # a header of years (「現状値」 over 「（R5）」, 「R6」「R7」…): a wider table's, read by others
    header = _columns(run, 0)
    lead = header[1] if header is not None else 1
    labels = [b for b in run if _label_line(b)]
    kept = [b for b in labels if (role := classify(_word(b) or "", loose=False)) and role.role in _ROLES]
    if not any(b in kept for b in run[lead:]):
        return blocks  # (its header leads the run, a label the dictionary does not know among them: 「前年度比」)
    # (labels of a box's columns: a year, 「令和８年度」, is a card's value as often as a label)
    columns = [b for b in labels if (c := classify(_word(b) or "", loose=False)) and c.fy is None and c.role in _BOX]
    if len(columns) < len(labels) and _dated_box(labels, kept, run):
        columns = labels
    if len(columns) < len(labels):
        return blocks  # a card's other fields among them (「スケジュール」「項目」「目的」): a card's lines, no box
    if not any(a in columns and b in columns for a, b in itertools.pairwise(run)):
        return blocks  # a card's fields a line each, each label over its value (「成果指標」 「電子申請できる手続数」 「基準値（R5）」 「45手続」 …): no header
    cells = [b for b in run if b not in labels]
    return kept + cells + [b for b in labels if b not in kept] + blocks[end:]


def _dated_box(labels: list[Block], kept: list[Block], run: list[Block]) -> bool:
    """Whether a box's labels that name their year (「現状値（R6）」「目標値（R10）」: a value label and its year, which a
    card writes over its value as often) are its columns' all the same: every label a box's column — its year, if any,
    a 基準値's, 目標値's or 実績's — and the cells after them fill each row whole (白梅市's 「指標」「現状値（R6）」「電子申請
    できる手続数」「目標値（R10）」「140手続」「400手続」, batch 28): no cell left empty, whose figure a cut would have to
    guess the column of."""
    cells = [b for b in run if b not in labels]
    if len(kept) != len(labels) or not cells or len(cells) % len(labels):
        return False
    found = [classify(_word(b) or "", loose=False) for b in labels]
    return all(
        c is not None and c.role in _BOX and (c.fy is None or c.role in ("baseline", "target", "actual")) for c in found
    )


def _card_heading(word: str) -> bool:
    """Whether a one-word line is the heading of a card's next part (「■工程表」「【スケジュール】」): a heading mark and
    words after it — not a mark alone (「●」, a cell)."""
    word = word.strip()
    return len(word) >= 2 and word[0] in _HEADING_MARKS and word[1] not in _HEADING_MARKS


#: A year alone on its line, bare or in brackets: 「R6」「（R5）」「令和7年度」.
_YEAR_ALONE = re.compile(r"\(?(?:R|H|令和|平成)?[0-9]{1,4}(?:年度?)?\)?")
#: The roles of a KPI box's columns: a table's, and its 備考.
_BOX = frozenset((*_ROLES, "note"))
#: The most lines of a KPI box given a cell a line.
_RUN = 40


def _label_line(block: Block) -> bool:
    """Whether ``block`` is a line holding one label alone (「成果指標」)."""
    if not isinstance(block, Line) or len(block.text.split()) != 1 or ":" in nfkc(block.text):
        return False  # (「担当課：市民課」 is a field, its label and value)
    if block.text.strip()[:1] in _HEADING_MARKS:
        return False  # 「【成果指標】」「■成果指標」: the heading over a table, not a label of its header
    found = classify(block.text.strip(), loose=False)
    return found is not None and found.role != "ignore"


def _figure(text: str) -> bool:
    """Whether ``text`` is a figure's or a grade's cell (「45手続」「130.8%」「－」「Ａ：順調」), not an indicator's name."""
    plain = nfkc(text)
    head = plain.split(":")[0]
    return bool(_NUMBER.match(plain) or _GRADE.match(plain) or _GRADE.match(head) or figure_of_year(plain))


def _rows(lines: list[Line], columns: list[_Column]) -> tuple[list[list[str]], list[Line], int]:
    """The rows of the table under its header (``lines`` the lines after it), each cut into the columns, and how many
    lines they took: a row starts at a name after the figures of the row before, and the table ends at a line no
    row takes."""
    rows: list[list[str]] = []
    firsts: list[Line] = []
    taken = 0
    at = 0
    unit = any(c.role == "unit" for c in columns)
    while at < len(lines) and len(rows) < _ROWS:
        start = at
        at += 1  # the indicator's name
        if unit and at < len(lines) and unit_cell(lines[at].text):
            at += 1  # its unit (東峰市's 「手続」 between 「オンラインで申請できる手続数」 and 「18」)
        while at < len(lines) and _figure(lines[at].text):
            at += 1
        group = lines[start:at]
        if _figure(group[0].text) or len(group) < 2 or len(group) > len(columns):
            break
        pieces = [_Piece(line.text.strip(), True) for line in group]
        cost, cells = _fit(pieces, columns)
        if cost > _MAX_COST_PER_PIECE * len(pieces):
            break
        rows.append(
            [
                (_join(c.kind, cell) or ("", 0.0))[0] if cell else ""
                for c, cell in zip(columns, cells, strict=True)
            ]
        )
        firsts.append(group[0])
        taken = at
    return rows, firsts, taken


def _word(block: Block) -> str | None:
    """The text of a line holding one piece, else None."""
    if not isinstance(block, Line) or len(block.text.split()) != 1:
        return None
    return block.text.strip()


def _year_table(blocks: list[Block], at: int) -> tuple[list[list[str]], list[Block], int] | None:
    """A KPI table under a header of years a cell a line (「基準値（R4）」「R5」…「R8」, then 「目標」「－」「60」… and
    「実績」「31」「64」…), as ``year_rows`` reads it joined by blanks: its rows (the header's first cell empty), the
    blocks its rows start at and the index after it; None when none starts at ``blocks[at]``."""
    first = _word(blocks[at])
    if first is None or not (year_rows._dated_value(first) or year_rows._YEAR.fullmatch(nfkc(first))):
        return None
    end = at + 1
    while (
        end < len(blocks)
        and (word := _word(blocks[end])) is not None
        and year_rows._YEAR.fullmatch(nfkc(word))
    ):
        end += 1
    header = ["", *(_word(b) or "" for b in blocks[at:end])]
    if len(header) - 1 < year_rows._YEARS + 1:
        return None
    rows, starts = [header], [blocks[at]]
    while end + len(header) <= len(blocks):
        cells = [_word(b) for b in blocks[end : end + len(header)]]
        label = cells[0]
        found = classify(label, loose=False) if label else None
        if found is None or found.role not in year_rows._VALUES:
            break
        if not all(
            c is not None and (year_rows._FIGURE.fullmatch(nfkc(c)) or c in year_rows._DASHES)
            for c in cells[1:]
        ):
            break
        rows.append([c or "" for c in cells])
        starts.append(blocks[end])
        end += len(header)
    return (rows, starts, end) if len(rows) > 1 else None


def with_measure_lines(document: Document) -> Document:
    """``document`` with each KPI table given a cell a line made a table (its header's labels and its rows)."""
    for page in document.pages:
        blocks = list(page.blocks)
        out: list[Block] = []
        at = 0
        while at < len(blocks):
            dated = _year_table(blocks, at)
            if dated is not None:
                rows_, starts, at = dated
                places = [b.location for b in starts]
                out.append(
                    Table(
                        rows=[[Cell(text) for text in row] for row in rows_],
                        location=places[0],
                        row_locations=places,
                    )
                )
                continue
            blocks[at:] = _labels_gathered(blocks[at:])
            found = _columns(blocks, at)
            if found is None:
                out.append(blocks[at])
                at += 1
                continue
            columns, start = found
            following: list[Line] = []
            for block in blocks[start:]:
                if not isinstance(block, Line) or not block.text.strip():
                    break
                following.append(block)
            rows, firsts, taken = _rows(following, columns)
            if not rows:
                out.append(blocks[at])
                at += 1
                continue
            header = [Cell(c.label) for c in columns]
            places = [blocks[at].location] + [line.location for line in firsts]
            out.append(
                Table(
                    rows=[header] + [[Cell(text) for text in row] for row in rows],
                    location=places[0],
                    row_locations=places,
                    header_rows=1,
                )  # fmt: skip
            )
            at = start + taken
        page.blocks = out
    return document
