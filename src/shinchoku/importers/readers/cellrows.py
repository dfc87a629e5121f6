"""Table rows back from text that gives each row's cells one after another, each wrapped line apart.

pypdfium2's text of a Word or browser-made PDF follows the page's drawing order: a table row's
cells come one after the other, left to right, and every line a cell wrapped onto is a line of
its own; only when a cell starts on the line where the cell before it ended do the two share a
text line, one blank apart::

    1-1 マイナンバーカードを          ← the code, and the title's first line
    活用した行政サービス              ← the title wrapped
    の推進
    市民課                            ← the 担当課 cell, two names
    情報政策課
    カードを利用できるサ              ← the indicator, wrapped
    ービス数
    3サービス 12サービ                ← 現状値, 目標値 (its unit wrapped)
    ス
    ● ● ● ●                           ← one mark a year

Neither ``plainrows`` (a printed line a line) nor ``plainstreams`` (a column's cells for a few
rows, then the next column's) reads that. Here the header's labels are read over its lines (a
bracketed tail, 「（R5）」, belongs to the label before it), a row starts at a line opening with a
code, and the row's pieces are cut into the header's columns, in order, by the cheapest
assignment (dynamic programming): a piece at the start of a text line may go on the cell before
it (a wrapped line) or start the next cell, a piece after a blank starts the next cell; each
cell is costed by its shape as in ``plainrows`` (a code, figures with their unit, department
names, marks, free text). A row that fits no shape costs only itself (left out, with a warning);
the table is read when most rows fit.

Nothing knows a municipality: the columns are the header's labels, the cells' shapes those every
plan writes. Pure Python; no Django.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..document import Block, Document, Line, Location, Page, Table
from ..labels import INDICATOR_CODE, INDICATOR_NUMBER, classify, initiatives_column, key
from ..text import BRACKETED_UNITS, DEPARTMENT_SUFFIXES, is_department, is_schedule_step, join_wrapped, nfkc
from . import plainrows
from .plainrows import (
    _CODE,
    _GRADE,
    _KIND,
    _NUMBER,
    _SECTION,
    GUESSED_YEARS,
    _is_dept,
    _is_marker,
    with_table,
)

#: A header's bracketed tail on a line of its own or after its label: 「（R5）」「(千円)」.
_TAIL = re.compile(r"^[(（][^()（）]{1,10}[)）]$")
#: What cannot start a cell (a line break inside a word put it there): 「ービス数」「）」「、」.
_NO_START = re.compile(r"^[ーぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ）)」』、。，．・％%]")
#: A particle or verb ending a line rarely starts a cell with: 「の推進」「を活用」.
_PARTICLE = re.compile(r"^[のをにがへとやでる]")
#: A schedule cell: a mark, or a short word (実施, 検討, →).
_MARK = re.compile(r"^(?:[●○◎〇◯△▲■□◆◇★☆→⇒―ー－-]+|[^0-9]{1,4})$")
#: An indicator names a quantity: 「…件数」「…率」「…割合」.
_QUANTITY = re.compile(r"(?:数|率|割合|時間|量|額|人|件)(?:[(（][^()（）]*[)）])?$")

#: A section's heading over its rows written in brackets: 「【基本目標１】市民の利便性向上」.
_BRACKET_HEADING = re.compile(r"^【[^】]{1,20}】")

_DIGITS = re.compile(r"[0-9]+")
_DASHES = ("―", "－", "-", "ー", "—")
#: Figures each after its year in one cell: 「R5:24手続　R6:38手続」「R5:― R6:1,350件」.
_DATED_FIGURES = re.compile(r"(?:(?:R|H|令和|平成)?[0-9]{1,4}(?:年度)?:\s*\S+\s*){1,6}")
#: A figure followed by its year in brackets (「210手続（R5）」「8.2万人（R5）」, a KPI box's 現状値 and 目標値 cells).
_FIGURE_OF_YEAR = re.compile(r"(\S+?)\s*\((?:R|H|令和|平成)?[0-9]{1,4}(?:年度?)?(?:末)?\)")


def figure_of_year(text: str) -> bool:
    """Whether ``text`` (NFKC) is a figure with its year in brackets after it: a figure's cell as 「210手続」 is."""
    found = _FIGURE_OF_YEAR.fullmatch(text)
    return found is not None and bool(_NUMBER.match(found.group(1)))
#: Columns whose cells are sentences (「取組の概要」「今後の方向性」).
_SENTENCES = ("summary", "purpose", "actions", "background", "note", "evaluation")

#: A row has at most this many pieces (more is prose, and the cut costs their square).
_MAX_PIECES = 60
#: How many pieces one cell may hold (wrapped lines).
_MAX_CELL = 8
#: A row costing more than this per piece fits no shape.
_MAX_COST_PER_PIECE = 1.0
_MISFIT = 5.0
_BLANK = {"code": 1.0, "dept": 1.5, "number": 1.0, "grade": 1.0, "unit": 1.0, "text": 1.0, "mark": 0.3}


@dataclass
class _Column:
    label: str
    kind: str
    role: str


@dataclass(frozen=True)
class _Piece:
    text: str
    opens_line: bool  # the first word on its text line (else after a blank on the line)


def unit_cell(text: str) -> bool:
    """Whether ``text`` is a unit's cell (「手続」「件」「％」「時間」「㎡」「人／年」「パーセント」), not a figure, a grade
    or an indicator's name."""
    plain = nfkc(text).strip()
    if plain in BRACKETED_UNITS or plain == "パーセント":
        return True
    if not plain or plain[0].isdigit() or _NUMBER.match(plain) or _GRADE.match(plain) or any(c in "。、" for c in plain):
        return False
    per, _, period = plain.partition("/")  # 「人/年」: so many a year
    return 0 < len(per) <= 4 and len(period) <= 2 and not any(c.isdigit() for c in per.rstrip("2²³"))


def _spaced_unit(plain: str) -> bool:
    """Whether ``plain`` (NFKC) is a figure and its unit a blank apart (「30 手続」「4.5 ％」「0 窓口」), one cell — not a
    row's number and its 課 (「2 市民課」), a year (「2025 年度」; 「R7」 is none either) or a number and a step (「3 導入」),
    short words a unit's cell would take too."""
    figure, blank, unit = plain.partition(" ")
    if not (blank and _NUMBER.match(figure) and figure[0].isdigit() and unit_cell(unit)):
        return False
    dated = unit in _DATE_WORDS or (unit == "年" and len(figure) == 4)  # (「5 年」 may count years; 「2025 年」 is one)
    return not dated and not _names_a_department(unit) and not is_schedule_step(unit)


def _names_a_department(unit: str) -> bool:
    """Whether a word after a number is a 課's name (「市民課」「総務部」: a name of two characters or more before the
    suffix), not a bare unit that ends like one (「か所」「箇所」「部」「館」「センター」 count places and copies)."""
    suffix = next((end for end in DEPARTMENT_SUFFIXES if unit.endswith(end)), None)
    return suffix is not None and is_department(unit) and len(unit) - len(suffix) >= 2


#: What follows a number that dates it, never a figure's unit: 「7 年度」「3 月末」.
_DATE_WORDS = frozenset(("年度", "月末"))


def _kind(role: str) -> str:
    return "mark" if role == "schedule" else _KIND.get(role, "text")


def _header(
    lines: list[Line], at: int, viewer: bool = False, notes: bool = False
) -> tuple[list[_Column], int] | None:
    """The columns named by the header starting at ``lines[at]`` (its labels over one or more
    lines, bracketed tails joined to the label before, years as columns of their own) and the
    index of the line after it; None when the lines there are no such header. ``notes``: a sheet's cells a paragraph
    each (``read_cell_paragraphs``' ``whole``), where a sheet's title or a note printed beside the header comes among
    its labels."""
    words: list[str] = []
    end = at
    skipped = 0
    while end < len(lines):
        line_words = lines[end].text.split()
        if not line_words or "  " in lines[end].text.strip():
            break  # a header with wide gaps is column-aligned text: readers.columns reads it
        if (
            words
            and INDICATOR_NUMBER.fullmatch(key(words[0]))
            and INDICATOR_CODE.fullmatch(nfkc(line_words[0]))
            and not _year(line_words[0])
        ):
            break  # 「KPI1」 under 「ＫＰＩ番号」 … 「R10」: the first row's number, no label (a label 「KPI」 numbered)
        if not all(_TAIL.match(w) or _is_label(w) for w in line_words) or (notes and _list_title(lines[end].text)):
            if notes and words and skipped < _NOTES_AMONG_LABELS and _note_like(lines[end].text) and _labels_go_on(
                lines, end
            ):
                # a sheet's title or a note printed beside the header (「取組一覧」, 「関連ＫＰＩは「ＫＰＩ一覧」シートの
                # 番号」), which plain pdftotext writes among its labels: no column's
                skipped += 1
                end += 1
                continue
            break
        words.extend(line_words)
        end += 1
    if end - at < 2 or not words or _TAIL.match(words[0]):
        return None  # a header on one line is a printed line: plainrows reads it
    labels = (viewer and _two_rows(words)) or _one_row(words)
    # 「基本方針１」 among the labels: the heading of the first rows' section, printed in the header's stream (plain
    # pdftotext of 鏡原市's Calc print), no column's label
    labels = [label for label in labels if not (_SECTION.match(nfkc(label)) and any(ch.isdigit() for ch in nfkc(label)))]
    if not labels:
        return None  # every line a section's heading (「基本目標１」 over 「基本目標２」: 小春野市's 集計 sheet), no header
    roles = [_role(label) or "ignore" for label in labels]
    if INDICATOR_NUMBER.fullmatch(key(labels[0])):
        roles[0] = "code"  # 「ＫＰＩ番号」 opening a list of indicators under their numbers (「K1-1」): the rows' number
    columns = [_Column(label, _kind(role), role) for label, role in zip(labels, roles, strict=True)]
    named = initiatives_column(labels, list(roles))
    if named is not None:
        columns[named] = _Column(labels[named], "text", "title")
    found = {c.role for c in columns}
    numbered = viewer and columns[0].role == "title"  # 「取組項目」 whose cells are numbered: 「1．行政手続の…」
    # a list of indicators by their 取組's number (「No. | 成果指標 | 現状値（R5） | 目標値（R11）」) has no title column
    measured = "indicator" in found and bool(found & {"baseline", "target"})
    if ("title" not in found and not measured) or len(found) < 3 or (columns[0].kind != "code" and not numbered):
        return None
    above = " ".join(line.text for line in lines[max(0, at - 3) : at])
    return _targets_by_year(columns, found, above), end


def _targets_by_year(columns: list[_Column], found: set[str], above: str) -> list[_Column]:
    """A list of indicators (no title column) whose 基準値 the years follow, no 工程 named (「ＫＰＩ番号 | 指標名 | 単位 |
    基準値（R6） | R7 | R8 | R9 | R10」), where the note over it says what the years are (``above``): 「R7～R10は各年度の
    目標値」 — each year's target — or 「R7～R10は各年度の実績値」 — each year's 実績 (a list kept to record progress); figures
    in each row, not a 工程's marks. A 目標値 column after the years (「… | R9 | 目標値（R10）」) stays the final target.
    The years are 実績 only where the note names no 目標 at all: a note naming both (「R7～R10は目標値（R6は実績）」
    「R7～R10は、R6実績比の目標値」) is read for its targets, and one whose 目標 is not recognised as the years' leaves them
    as they were (「R7～R10は、R6実績を踏まえて設定した各年度の目標値」: never 実績). Without such a note they stay as
    they were: nothing says what the figures are."""
    if "title" in found or "baseline" not in found:
        return columns
    note = nfkc(above)
    targets = bool(_YEARS_ARE_TARGETS.search(note))
    actuals = not targets and "目標" not in note and bool(_YEARS_ARE_ACTUALS.search(note))
    if not (targets or actuals):
        return columns
    base = next(k for k, c in enumerate(columns) if c.role == "baseline")
    years = [k for k, c in enumerate(columns) if c.role == "schedule"]
    if (
        not years
        or years[0] < base
        or years != list(range(years[0], years[-1] + 1))
        or any(c.role == "schedule" and c.label != _bare_year(c.label) for c in columns)
        or any(c.role == "target" and k < years[-1] for k, c in enumerate(columns))
    ):
        return columns
    label, role = ("目標値", "target") if targets else ("実績", "actual")
    return [
        _Column(f"{label}（{c.label}）", "number", role) if k in years else c for k, c in enumerate(columns)
    ]


#: A note saying a run of years are targets: 「R7～R10は各年度の目標値」「令和7年度から令和10年度は目標」.
_YEARS_ARE_TARGETS = re.compile(r"(?:R|令和)\s*[0-9]{1,2}\S{0,4}[～~〜\-]\s*(?:R|令和)?\s*[0-9]{1,2}[^。]{0,12}目標")
#: A note saying a run of years are 実績: 「R7～R10は各年度の実績値」「令和7年度から令和10年度は実績」.
_YEARS_ARE_ACTUALS = re.compile(
    r"(?:R|令和)\s*[0-9]{1,2}\S{0,4}[～~〜\-]\s*(?:R|令和)?\s*[0-9]{1,2}[^。]{0,12}実績"
)


def _list_title(text: str) -> bool:
    """A sheet's or a list's title (「取組一覧」「ＫＰＩ一覧」): short, ending in 一覧."""
    text = text.strip()
    return text.endswith("一覧") and len(text) <= _LIST_TITLE


def _note_like(text: str) -> bool:
    """A line printed beside a header that is no column's label: a list's title, or a note (a sentence, a quotation)."""
    return _list_title(text) or "。" in text or "「" in text


def _bare_year(label: str) -> str:
    """``label`` where it is a year alone (「R7」「令和7年度」), else ""."""
    return label if plainrows._YEAR.match(nfkc(label)) else ""


#: How many lines of no label a header's labels may come around (a sheet's title, a note beside the header).
_NOTES_AMONG_LABELS = 2


def _labels_go_on(lines: list[Line], at: int) -> bool:
    """Whether the header's labels go on right after ``lines[at]`` (a line of labels next)."""
    following = lines[at + 1].text.split() if at + 1 < len(lines) else []
    return bool(following) and all(_TAIL.match(w) or _is_label(w) for w in following)


def _two_rows(words: list[str]) -> list[str] | None:
    """The labels of a header two rows deep given a cell a line, or None: its second row's cells
    — years, bracketed years, a first label's wrapped end (「取組」 over 「番号」) — come after
    all of the first row's (「… 基準値 実績値 目標値 担当課」 then 「R5 R6 R7 R8 R9」), and are
    spread over the first row's columns as ``plainrows`` spreads a second header line."""
    def dated(word: str) -> bool:  # 「R6」「令和7年度」「（R5）」, not 「工程」 (a schedule's label)
        return bool(plainrows._YEAR.match(nfkc(word)) or _TAIL.match(word))

    cut = len(words)
    while cut > 0 and dated(words[cut - 1]):
        cut -= 1
    if cut < len(words) and cut > 3 and (joined := classify(words[0] + words[cut - 1])) and joined.role == "code":
        cut -= 1  # 「取組 … 工程」 over 「番号 （令和5年度末） … R6」
    if cut == len(words) or cut < 3 or any(dated(w) for w in words[:cut]):
        return None  # (「現状値」「（R5）」「目標値」「（R9）」: a label's year under it, one row deep)
    first = plainrows._header(words[:cut])
    if first is None:
        return None
    second = plainrows._second_header_line(first, words[cut:])
    if second is None and (runs := plainrows._years(words[cut:])) is not None:
        second = plainrows._spread_runs(first, runs) or plainrows.one_each(first, runs) or plainrows._with_years(first, runs)
    return None if second is None else [column.label for column in second]


def _one_row(words: list[str]) -> list[str]:
    """The labels of a header one row deep given a cell a line: a bracketed tail belongs to the label before it."""
    tails = len(words)
    while tails > 0 and _TAIL.match(words[tails - 1]):
        tails -= 1
    k = len(words) - tails
    if 2 <= k < tails and not any(w[-1] in ")）" for w in words[tails - k : tails]):
        # 「基準値」「中間目標」「目標値」 then 「（R5）」「（R9）」「（R11）」: the header's second row, a tail under each label
        return words[: tails - k] + [w + tail for w, tail in zip(words[tails - k : tails], words[tails:], strict=True)]
    labels: list[str] = []
    for w in words:
        if _TAIL.match(w) and not _year(w):
            labels[-1] += w
        elif _TAIL.match(w) and labels and not _year(labels[-1]) and _role(labels[-1]) != "schedule":
            labels[-1] += w  # 「現状値」「（R5）」: the year of the label before
        else:
            labels.append(w)
    return labels


def _role(label: str) -> str | None:
    found = classify(label)
    return None if found is None else found.role


def _year(word: str) -> bool:
    return _role(word) == "schedule"


def _is_label(word: str) -> bool:
    found = classify(word)
    return found is not None and found.role != "ignore" and len(word) <= 14


def _starts_row(line: Line, numbered: bool = False, lettered: bool = False) -> bool:
    """Whether ``line`` opens a row: with its number (or, ``numbered``: a table whose titles open with theirs, with a
    numbered title; ``lettered``: a list of indicators under numbers of their own, with such a number — 「KPI1」 as much
    as 「K1-1」)."""
    if numbered:
        return _numbered(line) is not None
    words = line.text.split()
    if not words or _year(words[0]):
        return False
    return bool(_CODE.match(nfkc(words[0]))) or (lettered and bool(INDICATOR_CODE.fullmatch(nfkc(words[0]))))


def _lettered(column: _Column) -> bool:
    """Whether ``column`` numbers indicators (「ＫＰＩ番号」): its rows start at an indicator's own number (「KPI1」)."""
    return column.kind == "code" and bool(INDICATOR_NUMBER.fullmatch(key(column.label)))


#: A title opening with its number, in a table without a number column: 「1．行政手続のオンライン化」.
_NUMBERED = re.compile(r"^([0-9]{1,3})[.、)]\s*(?=[^\s0-9.,%])")


def _numbered(line: Line) -> str | None:
    """The number a numbered title opens with (「1．行政手続のオンライン化」 → "1"), else None."""
    found = _NUMBERED.match(nfkc(line.text.strip()))
    return None if found is None else found.group(1)


def _section(line: Line) -> bool:
    """Whether ``line`` is a section's heading between the table's rows (「基本方針１　誰もが便利な市役所」,
    「【基本目標１】市民の利便性向上」): a row of its own, its text in the first cell, as a table printed
    with tabs has it."""
    words = line.text.split()
    if not words or _starts_row(line):
        return False
    first = nfkc(words[0])
    return bool(_SECTION.match(first) or _BRACKET_HEADING.match(first))


def _next_code(rows: list[list[Line]], line: Line, whole: bool = False, title_next: bool = True) -> bool:
    """Whether ``line``'s number starts the next row: a bare number is a figure as well (a row's
    「6」「14」「25」 a line each, copied a cell a line), so after a row numbered 1 it is only 2, and
    only once that row has a few cells, and a number of another shape is none; a section's heading
    starts the numbers again. ``whole`` (every cell a paragraph of its own): a number a few past the next (「4」 after
    「2」: rows a filter hid, a number struck out) where the row before has as many cells as the longest row so far —
    every cell of that row given, a figure after them is no cell of its — and a title follows it (``title_next``: the
    next line no figure, as ``_figure_next`` asks; a small 事業費 「4」 then the next row's 「3」 is a figure)."""
    word = _numbered(line) or nfkc(line.text.split()[0])
    if not rows or _section(rows[-1][0]):
        return True
    last = _numbered(rows[-1][0]) or nfkc(rows[-1][0].text.split()[0])
    if _DIGITS.sub("9", word) != _DIGITS.sub("9", last):
        return False  # 「12.6」 under rows numbered 「4」: a figure (a table's numbers have one shape)
    if not word.isdigit():
        return True
    if whole and last.isdigit() and int(last) + 1 < int(word) <= int(last) + _MOST_SKIPPED:
        longest = max(len(_pieces(row, True, True)) for row in rows if not _section(row[0]))
        return title_next and len(_pieces(rows[-1], True, True)) >= longest >= 3
    return int(word) == int(last) + 1 and len(_pieces(rows[-1])) >= 3


#: How many numbers a list of cells a paragraph each may skip between two rows (rows a filter hid, 「3」 and 「7」).
_MOST_SKIPPED = 3


def _pieces(lines: list[Line], whole: bool = False, figures: bool = False) -> list[_Piece]:
    """The pieces of a row's lines: each word (pypdfium2 sets two cells on a line one blank apart), or with ``whole``
    each line (a viewer's copy a cell a line: 「R5:24手続　R6:38手続」 is one cell). ``figures``: every cell a paragraph
    of its own (``read_cell_paragraphs``' ``whole``), where a line of figures alone is the cells of figures side by side
    (``_side_by_side``)."""
    if whole:
        texts = [line.text.strip() for line in lines if line.text.strip()]
        if texts and all(len(text.split()) == 1 for text in texts[1:]):
            return [piece for text in texts[:1] for piece in _coded_line(text)] + [_Piece(t, True) for t in texts[1:]]
        if figures:
            return [piece for text in texts for piece in _side_by_side(text)]
        return [_Piece(text, True) for text in texts]
    return [_Piece(w, k == 0) for line in lines for k, w in enumerate(line.text.split())]


#: How many figures one line of a sheet's cells may set side by side (「300時間 1,500時間」: 基準値 and 目標値).
_MOST_SIDE_BY_SIDE = 3


def _side_by_side(text: str) -> list[_Piece]:
    """A paragraph of a sheet's cells as its cells: figures alone, one blank apart (「３００時間 １，５００時間」), are the
    cells of two columns side by side whose text plain pdftotext wrote on one line (a wide figure nearly meets the next
    column's), each a cell of its own; any other paragraph one cell. A figure and its unit (「24 手続」) or a year
    (「R7 導入」) is one cell: not every word a figure with digits."""
    words = text.split()
    if not 2 <= len(words) <= _MOST_SIDE_BY_SIDE or not all(_figure_alone(word) for word in words):
        return [_Piece(text, True)]
    return [_Piece(word, k == 0) for k, word in enumerate(words)]


def _figure_alone(word: str) -> bool:
    """Whether ``word`` is a figure, with its unit or without, and nothing else (「1,500時間」「4.5％」「2,400」), not a
    mark (「1.」「①」) or a dash."""
    plain = nfkc(word)
    return bool(_NUMBER.match(plain)) and plain[0].isdigit() and not _is_marker(word)


def _field_label(text: str, columns: list[_Column]) -> bool:
    """Whether a line is a label alone of a role the table's columns have, a card's field (「取組番号」 under a list
    「番号 | 取組名 | 担当課」), not a cell of a row."""
    found = classify(text) if len(text) <= 8 and " " not in text else None
    return found is not None and found.role in {c.role for c in columns if c.role in ("code", "title", "departments")}


def _coded_line(text: str) -> list[_Piece]:
    """A line of a copy a cell a line as its cells: one cell, but a row's code and its title printed on one line
    (plain pdftotext of a list whose cells share a baseline: 「1-1 電子申請の拡充」 over 「総務課」, 「3-3 鳥獣被害対策への
    ＩＣＴ活用 産業建設課」) the code, the text and a 課 closing it."""
    words = text.split()
    if len(words) < 2 or not _CODE.match(nfkc(words[0])) or _year(words[0]):
        return [_Piece(text, True)]
    rest = text[len(words[0]) :].strip()
    pieces = [_Piece(words[0], True)]
    if len(words) > 2 and _is_dept(words[-1]) and not _is_dept(words[-2]):
        return [*pieces, _Piece(rest[: -len(words[-1])].strip(), True), _Piece(words[-1], True)]
    return [*pieces, _Piece(rest, True)]


def _join(kind: str, pieces: list[_Piece]) -> tuple[str, float] | None:
    """The cell made of ``pieces`` in a column of ``kind``, and what its joins cost; None when
    they cannot be one cell (a piece after a blank goes on only in free text)."""
    text = pieces[0].text
    cost = 0.0
    names: list[str] = []
    for piece in pieces[1:]:
        if not piece.opens_line:
            if kind not in ("text", "dept"):
                return None
            cost += 0.5
        if kind == "dept":
            if _is_dept(text):  # 「市民課」「情報政策課」: two names, one a line
                names.append(text)
                text = piece.text
                cost += 0.2
                continue
            text = join_wrapped(text, piece.text)  # 「DX推進」「課」: rarer than a name a line
            cost += 1.0
            continue
        text = join_wrapped(text, piece.text) if piece.opens_line else f"{text} {piece.text}"
    if kind == "dept":
        names.append(text)
        return "・".join(names), cost if all(_is_dept(n) for n in names) else cost + _MISFIT * len(names)
    return text, cost


def _cost(column: _Column, index: int, pieces: list[_Piece]) -> float:
    """What putting ``pieces`` (possibly none) in ``column`` costs, by the shape of the cell."""
    kind = column.kind
    if not pieces:
        # a year left without a mark: nothing in the text says which, the earlier ones are taken
        # (a phase that runs to the plan's last year), as ``plainrows`` takes them
        return _BLANK[kind] + (0.1 * index if kind == "text" else 0.001 * index if kind == "mark" else 0.0)
    joined = _join(kind, pieces)
    if joined is None:
        return _MISFIT * len(pieces)
    text, cost = joined
    plain = nfkc(text)
    first = pieces[0].text
    if pieces[0].opens_line and _NO_START.match(first) and kind != "unit":
        cost += 2.0  # 「ービス数」 at a line's start goes on the cell before it
    elif pieces[0].opens_line and _PARTICLE.match(first):
        cost += 1.0  # 「の推進」: most likely the cell before it wrapped
    if kind == "code":
        coded = _CODE.match(plain) or (_lettered(column) and INDICATOR_CODE.fullmatch(plain))
        return cost + (0.0 if len(pieces) == 1 and coded else _MISFIT * len(pieces))
    if kind == "mark":
        return cost + (0.0 if len(pieces) == 1 and (_MARK.match(plain) or _GRADE.match(plain)) else _MISFIT)
    if kind == "number":
        head = nfkc(first)
        if len(pieces) == 1 and (_DATED_FIGURES.fullmatch(plain) or figure_of_year(plain)):
            return cost  # 「R5:24手続 R6:38手続」: each year's figure, as the table printed them in one cell
        if len(pieces) == 1 and _spaced_unit(plain):
            return cost  # 「30 手続」: a figure and its unit a blank apart, one cell (a line of its own)
        if not _NUMBER.match(head) or _is_marker(first):
            return cost + _MISFIT * len(pieces)
        # a figure's unit wrapped (「12サービ」「ス」): short pieces without digits
        rest = pieces[1:]
        if any(any(ch.isdigit() for ch in p.text) or len(p.text) > 3 for p in rest):
            return cost + _MISFIT * len(pieces)
        return cost + 0.3 * len(rest)
    if kind == "grade":  # (a dash: no grade given, 「―」)
        return cost + (0.0 if len(pieces) == 1 and (_GRADE.match(plain) or plain in _DASHES) else _MISFIT)
    if kind == "unit":
        return cost + (0.0 if len(pieces) == 1 and unit_cell(plain) else _MISFIT)
    if kind == "dept":
        return cost
    # free text: a title, an indicator, a section
    for piece in pieces:
        n = nfkc(piece.text)
        if _NUMBER.match(n) and not _is_marker(piece.text):
            cost += 2.0
    if _is_dept(text) or _GRADE.match(plain):
        cost += 0.6
    if len(pieces) > 1:  # a department's name, a line of its own, is no line of a title
        cost += sum(1.0 for piece in pieces if _is_dept(piece.text))
    if column.role == "indicator" and not _QUANTITY.search(plain):
        cost += 0.3
    if column.role == "title" and _QUANTITY.search(plain):
        cost += 0.3
    return cost


def _fit(pieces: list[_Piece], columns: list[_Column]) -> tuple[float, list[list[_Piece]]]:
    """The cheapest cut of ``pieces`` into ``columns``, in order: (cost, pieces of each column)."""
    return _Cuts(pieces, columns).fit(0, len(pieces), 0)


#: What one more row of an initiative's (a second indicator's) costs: a row is split only where it fits much better.
_SUB_ROW = 1.0


def _fit_rows(pieces: list[_Piece], columns: list[_Column], depth: int = 2) -> tuple[float, list[list[list[_Piece]]]]:
    """The cheapest cut of ``pieces`` into one row or, where an initiative has two indicators (「5 … 窓口数 か所 3 …
    20 会計課」 and then 「市税のキャッシュレス納付率 ％ 12.4 …」), a row and rows under it from its indicator
    column on, their first cells empty as the table prints them."""
    return _Cuts(pieces, columns).rows(0, 0, depth)


class _Cuts:
    """The cuts of one row's ``pieces`` into ``columns`` (or the columns from an offset on, a row under it), each cell
    costed once and each cut's table kept: trying a row under it at every line cut each head and each tail again, the
    same cells costed millions of times (a card of 46 pieces read through plain pdftotext: 9 s, its document 25 s).

    A table is the dynamic programme from a start over the columns from an offset: its entry for an end is the cheapest
    cut of the pieces between, the same as a programme over those pieces alone (an entry depends on none after it)."""

    def __init__(self, pieces: list[_Piece], columns: list[_Column]) -> None:
        self.pieces, self.columns = pieces, columns
        self._costs: dict[tuple[int, int, int, int], float] = {}
        self._tables: dict[tuple[int, int], tuple[list[list[float]], list[list[int]]]] = {}
        self._rows: dict[tuple[int, int, int], tuple[float, list[list[list[_Piece]]]]] = {}

    def _cost(self, offset: int, j: int, start: int, end: int) -> float:
        key = (offset, j, start, end)
        found = self._costs.get(key)
        if found is None:
            found = self._costs[key] = _cost(self.columns[offset + j], j, self.pieces[start:end])
        return found

    def _table(self, start: int, offset: int) -> tuple[list[list[float]], list[list[int]]]:
        key = (start, offset)
        if key in self._tables:
            return self._tables[key]
        n, m = len(self.pieces) - start, len(self.columns) - offset
        inf = float("inf")
        best = [[inf] * (m + 1) for _ in range(n + 1)]
        back = [[0] * (m + 1) for _ in range(n + 1)]
        best[0][0] = 0.0
        for j in range(m):
            for i in range(n + 1):
                if best[i][j] == inf:
                    continue
                for k in range(i, min(n, i + _MAX_CELL) + 1):
                    cost = best[i][j] + self._cost(offset, j, start + i, start + k)
                    if cost < best[k][j + 1]:
                        best[k][j + 1] = cost
                        back[k][j + 1] = i
        self._tables[key] = best, back
        return best, back

    def fit(self, start: int, end: int, offset: int) -> tuple[float, list[list[_Piece]]]:
        """The cheapest cut of the pieces from ``start`` to ``end`` into the columns from ``offset`` on."""
        best, back = self._table(start, offset)
        m = len(self.columns) - offset
        cells: list[list[_Piece]] = [[] for _ in range(m)]
        i = end - start
        for j in range(m, 0, -1):
            first = back[i][j]
            cells[j - 1] = self.pieces[start + first : start + i]
            i = first
        return best[end - start][m], cells

    def rows(self, start: int, offset: int, depth: int) -> tuple[float, list[list[list[_Piece]]]]:
        """The cheapest cut of the pieces from ``start`` on into a row of the columns from ``offset`` and, ``depth``
        times at most, a row under it from its indicator column on (``_fit_rows``)."""
        key = (start, offset, depth)
        if key in self._rows:
            return self._rows[key]
        columns, n = self.columns[offset:], len(self.pieces)
        cost, cells = self.fit(start, n, offset)
        k = next((j for j, c in enumerate(columns) if c.role == "indicator"), None)
        best = (cost, [cells])
        if k is not None and depth > 0 and n - start > len(columns):
            for i in range(start + len(columns) // 2, n - 1):
                if not self.pieces[i].opens_line:
                    continue
                head, head_cells = self.fit(start, i, offset)
                if head + _SUB_ROW >= best[0]:
                    continue
                tail, tail_rows = self.rows(i, offset + k, depth - 1)
                if head + tail + _SUB_ROW < best[0]:
                    best = (head + tail + _SUB_ROW, [head_cells] + [[[] for _ in range(k)] + row for row in tail_rows])
        self._rows[key] = best
        return best


def _section_name(line: Line, header: list[Line]) -> bool:
    """Whether ``line``, right under a header that has a section's number among its labels (「基本方針１」), is that
    section's name (「市民の利便性の向上」): short words, no label, no sentence."""
    text = line.text.strip()
    return (
        any(_section(h) for h in header)
        and 0 < len(text) <= 30
        and "。" not in text
        and not _is_label(text)
        and not _starts_row(line)
    )


def _rows_after(lines: list[Line], end: int, rows: list[list[Line]]) -> bool:
    """Whether a row seems to start after the table's end: a number alone, then a title (no figure) — the table read
    stopped short of its rows. Not a number of another shape than the rows' (「K1-1」 after rows 1 … 10): the rows of
    the next table (椿台町's ＫＰＩ一覧 after its 取組一覧, a sheet each, printed by Calc), nor a 「計」's sum (「計」
    「950」: the total row the table ended at)."""
    shapes = {_shape(row[0].text) for row in rows}
    return any(
        _starts_row(line)
        and len(line.text.split()) == 1
        and not (at > 0 and nfkc(lines[at - 1].text.strip()) in _TOTALS)
        and not _figure_next(lines, at)
        and at + 1 < len(lines)
        and _shape(line.text) in shapes
        and not _CODE_LIKE.fullmatch(nfkc(lines[at + 1].text.strip()))  # (「100」 then 「K1-2」: a row's last
        # figure, then the next row's number)
        for at, line in enumerate(lines[end:], start=end)
    )


#: A row's number of any table: 「1」「1-2」「K1-2」「A-3」.
_CODE_LIKE = re.compile(r"[A-Za-z]{0,4}[-‐]?[0-9]{1,4}(?:[-‐.][0-9]{1,4}){0,3}")


def _shape(text: str) -> str:
    """A row number's shape: its digits and its letters each a mark (「10」 → 「9」, 「K1-1」 → 「A9-9」, 「1-2」 → 「9-9」)."""
    return re.sub(r"[A-Za-z]+", "A", re.sub(r"[0-9]+", "9", nfkc(text.strip().split()[0]) if text.strip() else ""))


def _figure_next(lines: list[Line], at: int) -> bool:
    """Whether the line after ``lines[at]`` is a figure: a number before a figure (「6」 then 「40」) is a row's value
    (its 基準値), not the next row's number, which a title follows."""
    following = lines[at + 1].text.strip() if at + 1 < len(lines) else ""
    return bool(following) and bool(_NUMBER.match(nfkc(following.split()[0])))


def _sum_next(lines: list[Line], at: int, rows: list[list[Line]]) -> bool:
    """Whether the line after ``lines[at]`` (「計」) is a sum: a figure, not the next row's number — the number ``rows``
    lead to (``_next_code``: the next, or a few past it after a full row) with a title after it (「計」 a cell of a row,
    then 「4」 「マイナンバーカードの普及」); 「950」 after rows numbered up to 9 is a sum."""
    if not _figure_next(lines, at):
        return False
    following = lines[at + 1]
    title_next = not _figure_next(lines, at + 1)
    cell = [*rows[:-1], [*rows[-1], lines[at]]]  # (the 「計」 a cell of the last row, were it one)
    return not (_starts_row(following) and title_next and _next_code(cell, following, True, title_next))


#: A plan's numbered part: 「８ 施策の体系図」「2.1 財政状況」 — a number, a blank, a few words with no figure.
_PART = re.compile(r"([0-9]{1,2}(?:\.[0-9]{1,2})?)\s+[^0-9\s][^0-9]{0,30}")


def _part_number(text: str) -> tuple[int, ...] | None:
    """The number of a plan's numbered part heading ``text`` (「８ 施策の体系図」 → (8,), 「2.1 財政状況」 → (2, 1))."""
    found = _PART.fullmatch(nfkc(text.strip()))
    return None if found is None else tuple(int(n) for n in found.group(1).split("."))


def _next_part(lines: list[Line], at: int) -> tuple[int, ...] | None:
    """The number the plan's next part takes, where the table's header at ``lines[at]`` stands a line or two under a
    numbered part's heading (「８ 施策の体系図」, then 「基本目標」 — a label no column was read from — over 「No.」): 9."""
    for line in reversed(lines[max(0, at - 2) : at]):
        number = _part_number(line.text)
        if number is not None:
            return (*number[:-1], number[-1] + 1)
        if not _is_label(line.text.strip()):
            return None
    return None


def _numbers_rows(rows: list[list[Line]], number: tuple[int, ...]) -> bool:
    """Whether ``number`` goes on from the numbers of the rows above (a table numbered 「1」「2」 under 「１ 取組一覧」: its
    row 「2 …」 is no part's heading)."""
    before = (*number[:-1], number[-1] - 1)
    code = ".".join(map(str, before))
    return any(_part_number(row[0].text) == before or nfkc(row[0].text.split()[0]) == code for row in rows)


def _group_cell(row: list[Line], rows: list[list[Line]]) -> bool:
    """Whether ``row`` is the cell of a first column merged down over a group of rows, its label over the header's
    (「基本目標」 over 「No.」「主な取組」「担当課」, no column of the rows read from it): a part's heading alone on its line
    (「１ 県民サービスの向上」) whose number heads the codes of other rows (「1-1」「1-2」)."""
    number = _part_number(row[0].text) if len(row) == 1 else None
    if number is None or len(number) != 1:
        return False
    heads = (f"{number[0]}-", f"{number[0]}－", f"{number[0]}.")
    return any(nfkc(other[0].text.split()[0]).startswith(heads) for other in rows if other is not row)


def _gaps(lines: list[Line]) -> int:
    """How many times an empty line (or a page's furniture) stands among ``lines``: their line numbers skip."""
    numbers = [line.location.line for line in lines if line.location.line is not None]
    return sum(1 for a, b in zip(numbers, numbers[1:], strict=False) if b - a > 1)


def read_cell_paragraphs(document: Document, *, whole: bool = False) -> Document | None:
    """``document`` with a table whose cells are each a paragraph, row after row (plain ``pdftotext`` of a table Calc
    printed: 「No.」「取組名」「担当課」 … 「基準値（R4）」 over two lines, then 「1」「行政手続のオンライン化」「デジタル推進課」
    「48」 …, an empty line between two cells, a cell's wrapped lines together), rebuilt as a viewer's copy a cell a line
    is: each paragraph one line, read by ``read_cell_rows``. 鏡原市 (batch 23) had only its numbered titles read
    (``numbered_cells``). A text whose paragraphs are a column's cells for a few rows at a time (plain pdftotext of
    other tables) fits no row and is left to ``plainstreams``."""
    lines = [b for b in document.blocks() if isinstance(b, Line)]
    paragraphs: list[tuple[Line, int | None]] = []  # each paragraph, and the number of its last line
    for line in lines:
        text = line.text.strip()
        if (
            paragraphs
            and paragraphs[-1][1] is not None
            and line.location.line == paragraphs[-1][1] + 1
            and not (_is_label(text) and not _TAIL.match(text))  # 「No.」 right under the page's last line
        ):
            last = paragraphs[-1][0]
            paragraphs[-1] = (Line(join_wrapped(last.text.strip(), text), last.location), line.location.line)
            continue
        paragraphs.append((Line(text, line.location), line.location.line))
    if len(paragraphs) == len(lines) and not _a_cell_a_paragraph(lines):
        return None  # no cell over two lines or more: nothing here the readers before did not read
    blocks: list[Block] = [part for paragraph, _ in paragraphs for part in _note_and_label(paragraph)]
    out = Document(kind=document.kind, pages=[Page(number=1, blocks=blocks)], notes=list(document.notes))
    found = read_cell_rows(out, gapless=True, paragraphs=True, whole=whole)
    for _ in range(_MOST_TABLES):  # the next sheet's table after the first (取組一覧, then ＫＰＩ一覧)
        if found is None or (more := _next_table(found, whole)) is None:
            break
        found = more
    return found


#: The longest title of a list (「ＫＰＩ一覧」「取組一覧」) that ends a table of cells a paragraph each.
_LIST_TITLE = 12
#: How many tables one text of cells a paragraph each is read for (a workbook's sheets printed one after another).
_MOST_TABLES = 8


def a_cell_a_paragraph(document: Document) -> bool:
    """Whether ``document``'s lines are each a paragraph (``_a_cell_a_paragraph``): its cells are read as
    ``read_cell_paragraphs`` reads them before a column's cells for a few rows are guessed (``plainstreams``)."""
    return _a_cell_a_paragraph([b for b in document.blocks() if isinstance(b, Line)])


def _a_cell_a_paragraph(lines: list[Line]) -> bool:
    """Whether every line stands apart from the next by an empty line (plain pdftotext of a sheet whose cells each fit
    on a line: 「No.」, 「取組名」 … then 「1」, 「電子申請の拡充」 …), for most of the text."""
    numbers = [line.location.line for line in lines]
    apart = sum(1 for a, b in zip(numbers, numbers[1:], strict=False) if a is None or b is None or b != a + 1)
    return len(lines) >= 8 and apart * 10 >= 9 * (len(lines) - 1)


def _labels_ahead(lines: list[Line], at: int) -> bool:
    """Whether a header's labels follow ``lines[at]`` within a few lines (the next sheet's, under its title)."""
    return any(_header(lines, k, True, notes=True) is not None for k in range(at + 1, min(at + 4, len(lines))))


def _note_and_label(paragraph: Line) -> list[Line]:
    """A paragraph that ends a note with the header's first label (「基準値は令和６年度の実績。… ＫＰＩ番号」: plain
    pdftotext writes a note printed by the header, and the label on its line, as one): the note, then the label."""
    head, _, last = paragraph.text.rpartition(" ")
    if head.rstrip().endswith("。") and _is_label(last) and (found := classify(last)) is not None and (
        found.role == "code"
    ):
        return [Line(head.rstrip(), paragraph.location), Line(last, paragraph.location)]
    return [paragraph]


def _next_table(document: Document, whole: bool) -> Document | None:
    """``document`` (a table read from cells a paragraph each) with the table the lines after it hold read too, else
    None."""
    blocks = document.pages[0].blocks
    last = max(k for k, block in enumerate(blocks) if isinstance(block, Table))
    rest = [block for block in blocks[last + 1 :] if isinstance(block, Line)]
    if len(rest) < 4:
        return None
    more = read_cell_rows(Document(kind=document.kind, pages=[Page(number=1, blocks=list(rest))]), gapless=True,
                          paragraphs=True, whole=whole)  # fmt: skip
    if more is None:
        return None
    out = Document(kind=document.kind, pages=[Page(number=1, blocks=[*blocks[: last + 1], *more.pages[0].blocks])])
    out.notes = [*document.notes, *more.notes]
    return out


#: A table's total row, its sum beside it (「計」「合計」, a figure after it): no row of an initiative.
_TOTALS = frozenset({"計", "合計", "総計"})


@dataclass
class _RowsCut:
    """The rows of a table cut into its columns: each row's cells and where it stands, the rows that fit no cut (left
    out, with a warning) and those whose 工程 marks are fewer than its years (guessed)."""

    table: list[list[str]]
    locations: list[Location]
    left_out: list[Location]
    guessed: list[Location]


def _cut_rows(
    rows: list[list[Line]], columns: list[_Column], *, gapless: bool, whole: bool, merged: bool
) -> _RowsCut:
    """``rows`` (each its lines) cut into ``columns`` (``read_cell_rows``): a section's heading a row of its first cell,
    every other row the cheapest cut of its pieces, left out where it fits none — or, ``whole`` (every cell a paragraph
    of its own), where a cell would hold two paragraphs."""
    out = _RowsCut([], [], [], [])
    marks = [j for j, c in enumerate(columns) if c.kind == "mark"]
    for row in rows:
        if (gapless and _section(row[0])) or (merged and _group_cell(row, rows)):
            out.table.append([" ".join(line.text.strip() for line in row)] + [""] * (len(columns) - 1))
            out.locations.append(row[0].location)
            continue
        pieces = _pieces(row, whole=gapless, figures=whole)
        cost, cut = (
            (float("inf"), [])
            if len(pieces) > _MAX_PIECES
            else _fit_rows(pieces, columns, 2 if gapless else 0)
        )
        if cost > _MAX_COST_PER_PIECE * len(pieces) or (
            whole and any(len(cell) > 1 for cells in cut for cell in cells)
        ):
            out.left_out.append(row[0].location)
            continue
        for cells in cut:
            texts = [
                (_join(c.kind, cell) or ("", 0.0))[0] if cell else ""
                for c, cell in zip(columns, cells, strict=True)
            ]
            if marks and 0 < sum(1 for j in marks if texts[j]) < len(marks):
                out.guessed.append(row[0].location)
            out.table.append(texts)
            out.locations.append(row[0].location)
    return out


def _reordered(columns: list[_Column]) -> list[list[_Column]]:
    """The orders a header of cells a paragraph each may stand in besides the one plain pdftotext gave: a label over two
    lines (「基準値」 over 「（R5）」, read as 「基準値（R5）」) set right of a one-line label of free text (「成果指標」) is
    often given before it — its first line stands higher than the one-line label, set at the foot of the header's row
    (Calc's default) — so each two-line label before a one-line label of free text the other way round. The rows' cells, in their own order, say which is right."""
    orders = []
    for j in range(1, len(columns)):
        left, right = columns[j - 1], columns[j]
        if (
            _two_lines(left.label)
            and not _two_lines(right.label)
            and right.role in ("indicator", "title")
            and left.kind == "number"
        ):
            orders.append([*columns[: j - 1], right, left, *columns[j + 1 :]])
    return orders


def _two_lines(label: str) -> bool:
    """Whether a header's label was printed over two lines, its bracketed tail under it (「基準値（R5）」)."""
    head, bracket, tail = label.partition("（")
    if not bracket:
        head, bracket, tail = label.partition("(")
    return bool(head) and bool(bracket) and bool(_TAIL.match(bracket + tail))


def read_cell_rows(
    document: Document, *, gapless: bool = False, paragraphs: bool = False, whole: bool = False
) -> Document | None:
    """``document`` with a table whose rows give their cells one after another (each wrapped line
    apart) rebuilt, or None when it has no such table. ``gapless``: only a table without an empty
    line among its rows (a PDF viewer's copy a cell a line, read before ``plainstreams``, whose
    blocks of a column's cells stand apart by empty lines). ``paragraphs``: each line a cell that was a paragraph
    (``read_cell_paragraphs``), the empty lines between them no sign of a column's cells; ``whole``: each of those
    paragraphs a whole cell (every cell on a line of its own), no two in one cell."""
    lines = [b for b in document.blocks() if isinstance(b, Line)]
    for at in range(len(lines)):
        found = _header(lines, at, gapless, notes=whole)
        if found is None:
            continue
        first = found[1]
        while gapless and first < len(lines) and _section(lines[first]) and first - found[1] < 2:
            first += 1  # a section's heading over the first rows
        if paragraphs and first < len(lines) and _section_name(lines[first], lines[at:first]):
            first += 1  # 「市民の利便性の向上」, the name of a section whose 「基本方針１」 came among the header's labels
        if first < len(lines) and _starts_row(
            lines[first], found[0][0].kind != "code", _lettered(found[0][0])
        ):
            columns, start = found
            if paragraphs:
                start = first  # (the section's name under the header: no row's)
            break
    else:
        return None
    header_texts = {line.text.strip() for line in lines[at:start]}
    numbered = columns[0].kind != "code"  # (a viewer's copy only: ``_header``)
    lettered = _lettered(columns[0])
    prose = any(c.role in _SENTENCES for c in columns)
    rows: list[list[Line]] = []
    end = start
    next_part = _next_part(lines, at)
    for line in lines[start:]:
        text = line.text.strip()
        if not text or text in header_texts:
            end += 1
            continue  # the header printed again on the next page
        lead = nfkc(text.split()[0])
        if lead[0] in "※*＊" or lead.startswith("注") or ("。" in text and not (gapless and prose and rows)):
            break  # a note or prose below the table (a sentence is a cell where a column holds sentences)
        if whole and rows and _list_title(text) and _labels_ahead(lines, end):
            break  # 「ＫＰＩ一覧」: the next sheet's title (the cells of a workbook's sheets printed one after another)
        if whole and rows and nfkc(text) in _TOTALS and _sum_next(lines, end, rows):
            break  # 「計」 under the rows, its sum after it: the table's total row, no 取組's
        if next_part is not None and _part_number(text) == next_part and not _numbers_rows(rows, next_part):
            break  # 「９ 主な取組の目標」 under the table 「８ 施策の体系図」 heads: the plan's next part
        if gapless and rows and _field_label(text, columns):
            # 「取組番号」 alone under the list's rows: a card's label (its fields come out label after label), the list
            # has ended — and the section's heading over that card (「基本方針１ 便利な役場」) is the card's
            if len(rows) > 1 and _section(rows[-1][0]) and len(rows[-1]) == 1:
                heading = rows.pop()[0]
                end = next(k for k in range(end, -1, -1) if lines[k] is heading)
            break
        if (gapless and _section(line)) or (
            _starts_row(line, numbered, lettered)
            and (not gapless or _next_code(rows, line, whole, not _figure_next(lines, end)))
            and not (paragraphs and _figure_next(lines, end))
        ):
            rows.append([line])
        elif rows:
            rows[-1].append(line)
        else:
            break
        end += 1
    merged = at > 0 and _role(lines[at - 1].text.strip()) == "section"
    cut = _cut_rows(rows, columns, gapless=gapless, whole=whole, merged=merged)
    if whole and cut.left_out:
        # (every cell a paragraph: two in one cell, 「電子申請できる手続数」 and its 「15手続」, say the header's labels are
        # not in the rows' order — a label over two lines may come before the one to its left, ``_reordered``)
        for other in _reordered(columns):
            alternative = _cut_rows(rows, other, gapless=gapless, whole=whole, merged=merged)
            if len(alternative.left_out) < len(cut.left_out):
                columns, cut = other, alternative
    table: list[list[str]] = [[c.label for c in columns], *cut.table]
    locations = [lines[at].location, *cut.locations]
    left_out, guessed = cut.left_out, cut.guessed
    if gapless and not paragraphs and _gaps(lines[start:end]) * 3 > len(rows):
        return None  # empty lines between every few cells: blocks of a column's cells, ``plainstreams``
    if gapless and len(rows) > 1 and len(_pieces(rows[-1])) == 1 and not _section(rows[-2][0]):
        rows[-2].extend(rows.pop())  # a number ending the table is the last row's last figure, not a row
    items = [row for row in rows if not _section(row[0])]
    if gapless and any(len(_pieces(row)) == 1 for row in items):
        return None  # a number alone and the next right under it (「1-3」「2-1」): a column's cells, ``plainstreams``
    if len(items) - len(left_out) < 2 or len(left_out) * 2 > len(items):
        return None
    if paragraphs and (len(left_out) * 6 > len(items) or _rows_after(lines, end, items)):
        return None  # rows that fit the header only here and there: a column's cells for a few rows (``numbered_cells``)
    if whole and left_out:
        # every cell a paragraph of its own, read before the streams: a row that fits no cut (a page's break running two
        # rows' cells together, 「1,200回 1,480回 A」) is the streams' to read, which may place it — not to be lost here
        return None
    if sum(1 for row in items if len(row) > 1) * 2 < len(items):
        return None  # most rows a line each: a printed line a line (``plainrows``), not cells one by one
    how = (
        "表のセルが1つずつ段落になって行の順に並んでいたため（PDFを「pdftotext」で -layout なしに書き出したテキストなど）"
        if paragraphs
        else "表の各行のセルが1つずつ、折り返した行ごとに改行されて並んでいたため"
    )
    out = with_table(
        document, lines, at, end, table, locations,
        f"{how}、番号で始まる行ごとに、見出しの列の順と値の形（番号・数値・課名・印）からセルを推定しました。",
    )
    out.notes.extend(
        (
            where,
            "この行は見出しの列に当てはまらないため読みませんでした。PDFの表のまま取り込むか、Excelに写してください。",
        )
        for where in left_out
    )
    out.notes.extend((where, GUESSED_YEARS) for where in guessed)
    return out
