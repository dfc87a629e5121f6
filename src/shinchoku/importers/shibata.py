"""新発田市 layout: one wide tab-separated table whose two header rows repeat on every page.

Columns: NO, 区分, 施策分野, 具体的な取組, 取組方針, KPI, スケジュール (これまで), 実績値 (KPI) with one
column per 年度末, スケジュール (R6～R8). The hierarchy is 区分 > 施策分野 > 取組 (code = NO); marks
such as 【完了】【新】 follow the NO. The 実績値 are the plan's printed actuals that later feed closed
review rounds, so every number read here is taken from its own cell only, and anything ambiguous is
left as text (value null) with a warning rather than guessed.

The PDF extraction damaged the table in three ways this module repairs:

- a row can be broken across lines (a cell holding a newline): continuation lines are joined back;
- some rows are letter-spaced ("情報セキュ リティ対策 の徹底"): spaces inside Japanese words are
  removed for those rows only, so that deliberate spaces elsewhere are kept as written;
- rows of the last pages lack one of the leading columns, so their R6～R8 text sits in the last
  actual column: such rows are read right-aligned, with a warning.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .errors import USE_THE_PDF, ParseError
from .layout import layout_reader, one_block, renumber
from .planjson import Indicator, Plan, Section, Value, indicator, initiative, plan_from, section, value, warn
from .text import (
    UNITS,
    blank_circled,
    circled_value,
    common_unit,
    compact,
    era_year,
    fy_of,
    is_no_value,
    join_broken,
    join_wrapped,
    lazy_re,
    mask_dates,
    nfkc,
    split_circled,
    squash,
    strip_footnotes,
    title_marks,
    to_number,
    wording_direction,
)

if TYPE_CHECKING:
    from . import Source

LAYOUT = "shibata"

#: Header labels (NFKC, blanks removed) -> column role.
_HEADER_ROLES = {
    "NO": "no",
    "区分": "category",
    "施策分野": "field",
    "具体的な取組": "title",
    "取組方針": "policy",
    "KPI": "kpi",
    "スケジュール(これまで)": "past",
    "実績値(KPI)": "actuals",
    "実績値": "actuals",
}
#: Default positions, used for a role the header does not name (a damaged header row).
_DEFAULT_COLUMNS = {
    "no": 0,
    "category": 1,
    "field": 2,
    "title": 3,
    "policy": 4,
    "kpi": 5,
    "past": 6,
    "actuals": 7,
    "next": 10,
}
_DEFAULT_WIDTH = 11
_MAX_LINES = 20000

_ROW_START = lazy_re(r"^\s*(\d{1,3})\s*((?:【[^】\t]{1,12}】\s*)*)$")
_MARK = lazy_re(r"【([^】\t]{1,12})】")
_NUMBER = lazy_re(r"\d[\d,]*(?:\.\d+)?")
_PAREN = lazy_re(r"\([^()]{0,200}\)")
_TOTAL = lazy_re(r"計\s*(\d[\d,]*(?:\.\d+)?)")
_UNITS = UNITS
_SAME_UNITS = ({"人", "名"}, {"か所", "ヶ所", "カ所", "箇所"})
_UNTIL = lazy_re(r"(?:令和|平成|R)\s*(?:元|\d{1,2})\s*年度?\s*末?\s*まで")
_LEADING_UNTIL = lazy_re(
    r"^\s*(?:(?:令和|R)\s*(?:元|\d{1,2})\s*年度?\s*から\s*)?((?:令和|平成|R)\s*(?:元|\d{1,2})\s*年度?\s*末?)\s*まで"
)
_GOAL_VERB = lazy_re(r"達成|とする|にする|支援する")
_TARGET_PAIR = lazy_re(r"(?:令和|R)\s*(\d{1,2}(?:\s*・\s*\d{1,2}){0,3})\s*年度?\s*(\d[\d,]*(?:\.\d+)?)")
_BASELINE = lazy_re(r"現状値\s*(\d[\d,]*(?:\.\d+)?)")
_RANGE = lazy_re(r"R\s*(\d{1,2})\s*[~〜-]\s*R?\s*(\d{1,2})")
_MUNICIPALITY = lazy_re(r"^(.{1,10}?[都道府県市区町村])(?=情報|DX|デジタル|ICT|IT|地域)")
_COMPLETED = lazy_re(r"^【[^】]{0,20}完了[^】]{0,20}】")
_SCHEDULE_WORDS = lazy_re(r"まで|予定|図る|する|開始|導入|目標|目指")


@dataclass
class _Columns:
    """Where each role sits, the fiscal year of each 実績値 column and the R6～R8 years."""

    index: dict[str, int]
    width: int
    actual_years: list[tuple[int, int]] = field(default_factory=list)  # (column, fy)
    next_years: tuple[int, int] | None = None
    next_label: str = "スケジュール"


@dataclass
class _Row:
    """One table row as assembled from one or more source lines."""

    line: int
    cells: list[str]
    number: int
    marks: list[str]


# --------------------------------------------------------------------------- detection


def _norm_label(cell: str) -> str:
    return compact(cell).upper()


def _is_header(cells: list[str]) -> bool:
    if not any("区分" in c for c in cells):
        return False
    labels = {_norm_label(c) for c in cells}
    return "NO" in labels and "区分" in labels and ("具体的な取組" in labels or "取組方針" in labels)


def _header_score(cells: list[str]) -> int:
    labels = {_norm_label(c) for c in cells}
    names = (
        "NO",
        "区分",
        "施策分野",
        "具体的な取組",
        "取組方針",
        "KPI",
        "スケジュール(これまで)",
        "実績値(KPI)",
    )
    return sum(1 for n in names if n in labels)


#: A character of the 区分 label, which every reading of the header holds, and which no other
#: character normalises to (NFKC; asserted by tests/importers/test_text.py): a text without it is
#: told at once, not line by line.
_HEADER_CHAR = "区"


def detect(source: Source) -> float:
    """0.9 when a tab-separated header row with this plan's column names is present; 0.85 for
    the header as ``pdftotext`` prints it (its labels wrapped over lines); else 0."""
    try:
        if source.text is None or _HEADER_CHAR not in source.text:
            return 0.0
        lines = source.lines[:_MAX_LINES]
        for raw in lines:
            if "\t" in raw and "区分" in raw and _header_score(raw.split("\t")) >= 5:
                return 0.9
        if any(_grid_header_size(lines, i) for i in range(len(lines))):
            return 0.85
        at = _flow_header(lines)  # the header in reading flow, its NO set vertically
        if at is not None and all(
            label in compact(nfkc("".join(lines[at : at + 200]))) for label in ("具体的な", "取組方針")
        ):
            return 0.85
    except Exception:  # detection must never fail, whatever the input
        return 0.0
    return 0.0


# --------------------------------------------------------------------------- pdftotext text

#: The header's labels, blanks removed, in the order the columns have them (the 実績値 and
#: スケジュール (R6～R8) columns follow).
_GRID_LABELS = (
    "NO",
    "区分",
    "施策分野",
    "具体的な取組",
    "取組方針",
    "KPI",
    "スケジュール(これまで)",
    "実績値",
)
_GRID_KEY = lazy_re(r"^\d{1,3}(?:\s*【[^】]{0,12}】?)*$")
_GRID_YEAR = lazy_re(r"(?:令和|平成)\s*(?:元|\d{1,2})\s*年度")
_GRID_HEADER_LINES = 24


def _may_open_grid(line: str) -> bool:
    """False for a line that cannot open the header (its first letters are not NO or 区), from
    its first letters alone: detection asks this of every line of a file."""
    head = compact(line.lstrip()[:16]).upper()
    return len(head) < 3 or head.startswith(("NO", "区"))


def _grid_header_size(lines: list[str], at: int) -> int:
    """How many lines the table header starting at line ``at`` takes when ``pdftotext`` printed
    it (「NO 区 施策 具体 取組方針 …」 with each label wrapped over the lines below), 0 when
    none starts there: the first line begins with NO and the lines together hold the labels.

    Japanese Excel centres a cell in its row's height: the one-line labels NO and 区分 then stand
    a line or two below the first line of the two- and three-line ones (「施策分野 具体的な取組 …」
    / 「NO 区分」). Such a header starts at the line above, when the NO line alone is not one."""
    size = _grid_header_from(lines, at, at)
    if size or "\t" in lines[at] or not lines[at].strip():
        return size
    for below in (1, 2):
        opener = at + below
        if opener >= len(lines) or not lines[opener - 1].strip() or "\t" in lines[opener - 1]:
            return 0
        if compact(lines[opener]).upper().startswith("NO") and not _grid_header_from(lines, opener, opener):
            return _grid_header_from(lines, at, opener)
    return 0


def _grid_header_from(lines: list[str], at: int, opener: int) -> int:
    """The header's size when it starts at line ``at`` with its NO on line ``opener``."""
    if "\t" in lines[opener] or not _may_open_grid(lines[opener]):
        return 0
    first = compact(lines[opener]).upper()
    # NO set vertically stands alone above the header, and may be taken for page furniture
    if not first.startswith("NO") and not (first.startswith("区") and "施策" in first):
        return 0
    from .readers.chargrid import key_reach

    reach = key_reach(lines[opener])  # a spreadsheet prints the NO right-aligned
    size = end = 1  # blank lines may stand inside (a first column set vertically: NO alone)
    while at + size < len(lines) and size < _GRID_HEADER_LINES:
        line = lines[at + size]
        if not line.strip() and at + size > opener > at:
            break  # a centred header ends at the blank above its first row, whose cells are centred too
        if line.strip():
            if _GRID_KEY.match(nfkc(line.split()[0])) and len(line) - len(line.lstrip()) <= reach:
                break
            end = size + 1
        size += 1
    size = end
    text = compact("".join(lines[at : at + size])).upper()
    found = sum(1 for label in _GRID_LABELS if all(ch in text for ch in label))
    found += not first.startswith("NO") and "NO" not in text  # NO dropped with the furniture
    return size if found == len(_GRID_LABELS) and "取組方針" in text and "KPI" in text else 0


def _grid_key(cell: str) -> bool:
    return bool(_GRID_KEY.match(nfkc(cell).strip()))


def _grid_no(cell: str) -> str:
    """The NO cell: the number and its whole marks (「11 【完了】」). A mark set vertically next
    to a column of vertical text comes interleaved with it (「34【 民新 向】 情」): what is not a
    whole mark is left out."""
    m = re.match(r"\s*(\d{1,3})(.*)", nfkc(cell))
    if not m:
        return cell
    marks = [mark for mark in re.findall(r"【[^【】]{1,12}】", m.group(2)) if " " not in mark]
    return " ".join([m.group(1), *marks])


def _grid_header(header: list[str], columns: int) -> list[str]:
    """The two header rows as the sample writes them, for a table of ``columns`` columns:
    NO … 実績値 in the order of the layout, the years of the 実績値 columns and the
    スケジュール (R6～R8) range as the printed header gives them."""
    from .readers.chargrid import join_lines, pieces

    labels: list[tuple[int, str]] = []  # the header's own columns: fragments stacked at one start
    for line in header:
        for start, text in pieces(line):
            near = next((i for i, (s, _) in enumerate(labels) if abs(s - start) <= 2), None)
            if near is None:
                labels.append((start, text))
            else:
                labels[near] = (labels[near][0], join_lines(labels[near][1], text))
    years = [nfkc(m.group(0)) + "末" for m in _GRID_YEAR.finditer(" ".join(header))]
    span = next((m for _, text in labels if (m := _RANGE.search(compact(text).upper()))), None)
    actual_count = columns - len(_GRID_LABELS)
    first = list(_GRID_LABELS[:-1]) + ["実績値 (KPI)"] + [""] * (actual_count - 1)
    first.append(f"スケジュール (R{span.group(1)}～R{span.group(2)})" if span else "スケジュール")
    second = [""] * (len(_GRID_LABELS) - 1) + (years + [""] * actual_count)[:actual_count] + [""]
    return ["\t".join(first), "\t".join(second)]


#: The table printed as text without its columns (plain ``pdftotext``: each cell a paragraph,
#: cells of neighbouring rows run together): no row can be told from the next.
_UNALIGNED = (
    "新発田市形式の表が、列の位置のないテキスト（-layout を付けない pdftotext の出力など）になっているため、"
    "行と列を読み取れません。" + USE_THE_PDF
)


#: Said of a plan read from the reading flow: what was guessed, and what reads it whole.
_FLOW_WARNING = (
    "表の列の位置がないテキスト（-layout を付けない pdftotext などの出力）のため、各行のセルを行番号の後に"
    "並ぶ順と内容から推定しました。取組名・指標・実績値の一部が隣の行や列のものになっている場合があります。"
    + USE_THE_PDF
)


def _from_grid(source: Source) -> tuple[Source, list[int]] | None:
    """The table of a ``pdftotext -layout`` text as the tab-separated rows the sample has, and
    for each written line the line it comes from; None when the text has no such table."""
    import dataclasses

    from .readers.chargrid import read_tables

    lines = source.lines[:_MAX_LINES]
    tables, outside = read_tables(lines, _grid_header_size, _grid_key, columns=_DEFAULT_WIDTH)
    if not tables:
        return None
    out: list[str] = []
    where: list[int] = []
    for index in outside:
        if lines[index].strip():
            out.append(lines[index].replace("\f", "").strip())
            where.append(index + 1)
    for table in tables:
        if len(table.starts) < len(_GRID_LABELS) + 2:
            continue
        for header in _grid_header(table.header, len(table.starts)):
            out.append(header)
            where.append(table.header_line + 1)
        for row in table.rows:
            cells = [squash(cell) for cell in row.cells]
            cells[0] = _grid_no(cells[0])
            out.append("\t".join(cells))
            where.append(row.line + 1)
    return dataclasses.replace(source, text="\n".join(out), _lines=None), where


#: 「11 【完了】」: a row's NO with the marks it may carry, at the start of a line; a spreadsheet's
#: print may set the 区分 right after it (「1市民向け情報」).
_SPACED_KEY = lazy_re(r"^(\d{1,3})(?=\s|【|$|[\u3040-\u30ff\u3400-\u9fff\u2e80-\u2fdf](?![\d]))")


def _spaced_header(header: list[str], columns: int) -> list[str]:
    """The two header rows as the sample writes them, from a header printed as lines of pieces."""
    text = nfkc(" ".join(header))
    # 「令和3 令和4 令和5」 over 「年度 年度 年度」: the years' pieces come column by column
    found = dict.fromkeys((m.group(1), m.group(2)) for m in re.finditer(r"(令和|平成)\s*(元|\d{1,2})", text))
    actual_count = columns - len(_GRID_LABELS)
    # the yearly columns run left to right in time, however an extractor ordered their labels
    # (plain pdftotext writes a Calc print's 「令和3年度末」「令和5年度末」「令和4年度末」)
    ordered = sorted(
        list(found)[:actual_count],
        key=lambda year: (year[0] == "令和", 1 if year[1] == "元" else int(year[1])),
    )
    years = [f"{era}{n}年度末" for era, n in ordered]
    # 「(R6」 and 「〜R8)」 on two lines, the pieces of other labels between them
    span = re.search(r"R(\d{1,2})[^R\d]{0,12}?[~〜-][^R\d]{0,12}?R?(\d{1,2})", compact(text).upper())
    first = list(_GRID_LABELS[:-1]) + ["実績値 (KPI)"] + [""] * (actual_count - 1)
    first.append(f"スケジュール (R{span.group(1)}～R{span.group(2)})" if span else "スケジュール")
    second = [""] * (len(_GRID_LABELS) - 1) + (years + [""] * actual_count)[:actual_count] + [""]
    return ["\t".join(first), "\t".join(second)]


def _from_spaced_rows(source: Source) -> tuple[Source, list[int]] | None:
    """The table of a text that writes each printed line once with its cells' pieces one blank
    apart (pdfplumber's text, a viewer's copy) as the tab-separated rows the sample has, and for
    each written line the line it comes from; None when no row can be split into the columns.

    A row starts at a line whose first number continues the NO sequence; the marks set under
    the NO (「【完」「了】」) are the NO's; the pieces are put back into cells by the columns'
    widths (readers/spaced_rows.py)."""
    import dataclasses

    from .readers.spaced_rows import typical_widths
    from .text import page_furniture

    lines = [line.replace("\f", "") for line in source.lines[:_MAX_LINES]]
    furniture = page_furniture(source.lines[:_MAX_LINES])
    columns = _DEFAULT_WIDTH
    tables: list[tuple[list[str], int, list[tuple[int, list[str]]]]] = []  # header, its line, rows
    outside: list[int] = []
    expected: int | None = None
    i = 0
    while i < len(lines):
        size = _grid_header_size(lines, i) if i not in furniture else 0
        for inside in range(i + 1, i + size):  # a row whose 区分 is set right after its NO
            key = _SPACED_KEY.match(lines[inside].strip())
            if key and (int(key.group(1)) == expected or expected is None and int(key.group(1)) <= 3):
                size = inside - i
                break
        if size:
            tables.append((lines[i : i + size], i, []))
            i += size
            continue
        key = _SPACED_KEY.match(lines[i].strip()) if i not in furniture else None
        number = int(key.group(1)) if key else None
        if (
            tables
            and number is not None
            and (expected is None or number == expected)
            and len(lines[i].split()) >= 3
        ):
            tables[-1][2].append((i, [lines[i]]))
            expected = number + 1
        elif tables and tables[-1][2] and i not in furniture and lines[i].strip():
            tables[-1][2][-1][1].append(lines[i])
        elif lines[i].strip() and i not in furniture and not tables:
            outside.append(i)
        i += 1
    peeled = [
        (header, at, [(index, *_peel_marks(row)) for index, row in rows]) for header, at, rows in tables
    ]
    every = [row[0] for _, _, rows in peeled for _, _, _, row in rows]
    typical = typical_widths(every, columns - 1)
    # 区分 and 施策分野 repeat over the rows: a first reading names them (those two rows or more
    # have), a second reads each row knowing them and the names of the rows just above it,
    # which tells where such a cell ends
    known: dict[int, list[str]] = {0: [], 1: []}
    for _ in range(2):
        out, where, found, seen = _spaced_tables(peeled, outside, lines, columns, typical, known)
        known = {column: [name for name, count in seen[column].items() if count >= 2] for column in (0, 1)}
    if not found:
        return None
    return dataclasses.replace(source, text="\n".join(out), _lines=None), where


def _spaced_tables(
    peeled: list[tuple[list[str], int, list[tuple[int, str, list[str], list[str]]]]],
    outside: list[int],
    lines: list[str],
    columns: int,
    typical: list[int] | None,
    known: dict[int, list[str]],
) -> tuple[list[str], list[int], int, dict[int, dict[str, int]]]:
    """The tab-separated text of the tables read as pieces, where each line comes from, how many
    rows were read, and how often each 区分 and 施策分野 name was read."""
    from .readers.spaced_rows import column_widths, row_cells

    out = [lines[index].strip() for index in outside]
    where = [index + 1 for index in outside]
    found = 0
    seen: dict[int, dict[str, int]] = {0: {}, 1: {}}
    recent: dict[int, list[str]] = {0: [], 1: []}  # the names of the rows just above
    for header, header_line, rows_of in peeled:
        # a table's own first lines measure its columns; a column whose first lines hold one
        # character at most there (「-」) is taken as wide as it commonly is
        firsts = [row[0] for _, _, _, row in rows_of]
        widths = column_widths(firsts, columns - 1)
        if widths is None and typical is not None:
            # no first line with a piece in every column: a table whose rows' first lines all
            # lack one piece (rows one cell short, their prose in the last year's column) is
            # measured on the columns before the last
            short = column_widths(firsts, columns - 2)
            whole = short and all(len(first.split()) == columns - 2 for first in firsts)
            widths = [*short, typical[-1]] if short and whole else typical
        if widths is None or typical is None:
            continue
        widths = [own if own > 2 else max(own, common) for own, common in zip(widths, typical, strict=True)]
        for text in _spaced_header(header, columns):
            out.append(text)
            where.append(header_line + 1)
        for index, no, marks, row in rows_of:
            names = {column: known[column] + recent[column][-3:] for column in (0, 1)}
            cells = row_cells(row, widths, names, typical)
            if cells is None:
                continue
            for column in (0, 1):
                name = cells[column].replace(" ", "")
                seen[column][name] = seen[column].get(name, 0) + 1
                recent[column].append(name)
            out.append("\t".join([" ".join([no, *marks]), *(squash(cell) for cell in cells)]))
            where.append(index + 1)
            found += 1
    return out, where, found, seen


def _flow_header(lines: list[str]) -> int | None:
    """The line the header starts on in a reading-flow text: 「NO 区分 施策分」, its labels cut
    over lines and paragraphs (「N」「O」 when the NO column is set vertically)."""
    for i, line in enumerate(lines[:_MAX_LINES]):
        if not line.strip() or line.strip()[0] not in "NnＮ":
            continue
        head = compact(nfkc("".join(other for other in lines[i : i + 8] if other.strip()))).upper()
        if head.startswith("NO区") and "\t" not in line:
            return i
    return next((i for i in range(min(len(lines), _MAX_LINES)) if _grid_header_size(lines, i)), None)


def _from_flow(source: Source) -> tuple[Source, list[int], list[str]] | None:
    """The table of a text in reading-flow order (shibata_flow) as tab-separated rows, for each
    written line the line it comes from, and the rows whose cells were not all in their place;
    None when no row number is found."""
    import dataclasses

    from . import shibata_flow

    lines = source.lines[:_MAX_LINES]
    start = _flow_header(lines)
    if start is None:
        return None
    rows = shibata_flow.read(lines, start)
    if not rows:
        return None
    out = [line.strip() for line in lines[:start] if line.strip() and "\f" not in line]
    where = [i + 1 for i, line in enumerate(lines[:start]) if line.strip() and "\f" not in line]
    for text in _spaced_header(shibata_flow.header_lines(lines[start:]), _DEFAULT_WIDTH):
        out.append(text)
        where.append(start + 1)
    for row in rows:
        out.append("\t".join([row.key, *(squash(cell) for cell in row.cells)]))
        where.append(row.line)
    guessed = [f"NO {row.key.split()[0]}: {'・'.join(row.guessed)}" for row in rows if row.guessed]
    return dataclasses.replace(source, text="\n".join(out), _lines=None), where, guessed


def _peel_marks(row: list[str]) -> tuple[str, list[str], list[str]]:
    """(NO, its marks, the row's lines with the NO and its marks taken off): a mark printed under
    the number, cut over lines (「【完」「了】」), is the first piece of the lines below it."""
    first = row[0].replace("\f", "").strip()
    key = _SPACED_KEY.match(first)
    no = str(int(key.group(1))) if key else ""
    rest_first = first[key.end() :] if key else first
    marks_text = ""
    while rest_first.lstrip().startswith("【"):
        head, _, tail = rest_first.lstrip().partition(" ")
        marks_text += head
        rest_first = tail
    out = [rest_first.strip()]
    for line in row[1:]:
        pieces = line.split()
        head = nfkc(pieces[0]) if pieces else ""
        marks = nfkc(marks_text)
        if head.startswith("【") or (
            marks.count("【") > marks.count("】") and ("】" in head or pieces == [pieces[0][:1]])
        ):
            # one piece a line: the NO column is a mark wide; set vertically (「︻」「新」「︼」),
            # each character is a line of its own between the row's lines
            marks_text += pieces.pop(0)
        out.append(" ".join(pieces))
    return no, re.findall(r"【[^【】]{1,12}】", nfkc(marks_text)), out


def _cjk(ch: str) -> bool:
    return ord(ch) >= 0x2E80


def _despace(text: str) -> str:
    """Remove the blanks letter-spacing left inside Japanese words ("情報セキュ リティ" -> "情報セキュリティ").

    A blank stays where it separates on purpose: after 。」】） and before ・【「（ or a circled
    number; "令和5 年度" and "ICT- BCP" are joined too.
    """
    t = squash(text)
    out: list[str] = []
    for i, ch in enumerate(t):
        if ch == " " and 0 < i < len(t) - 1:
            prev, nxt = t[i - 1], t[i + 1]
            if (
                _cjk(nxt)
                and nxt not in "・【「（("
                and ((_cjk(prev) and prev not in "。」】）") or prev.isdigit())
            ):
                continue
            if prev == "-" and nxt.isascii() and nxt.isalnum():
                continue
        out.append(ch)
    return "".join(out)


def _is_spaced(cells: list[str]) -> bool:
    """A row is letter-spaced when its 区分 / 施策分野 (short fixed names) contain a blank between kanji."""
    for cell in cells[1:3]:
        t = squash(cell)
        for i in range(1, len(t) - 1):
            if t[i] == " " and _cjk(t[i - 1]) and _cjk(t[i + 1]):
                return True
    return False


# --------------------------------------------------------------------------- table layout


def _columns(lines: list[str], header_at: int) -> _Columns:
    """Column roles from the first header row, 年度 of the actual columns from the row below it."""
    cells = lines[header_at].split("\t")
    index: dict[str, int] = {}
    next_label = "スケジュール"
    next_years: tuple[int, int] | None = None
    for i, cell in enumerate(cells):
        label = _norm_label(cell)
        role = _HEADER_ROLES.get(label)
        if role is None and label.startswith("スケジュール") and "これまで" not in label:
            role = "next"
            next_label = squash(cell)
            m = _RANGE.search(label)
            start, end = (era_year("R", m.group(1)), era_year("R", m.group(2))) if m else (None, None)
            if start and end:
                next_years = (start, end)
        if role and role not in index:
            index[role] = i
    for role, default in _DEFAULT_COLUMNS.items():
        index.setdefault(role, default)
    cols = _Columns(index=index, width=max(len(cells), _DEFAULT_WIDTH), next_label=next_label)
    cols.next_years = next_years if next_years and next_years[0] <= next_years[1] else None
    cols.actual_years = _actual_years(lines, header_at, index)
    return cols


def _actual_years(lines: list[str], header_at: int, index: dict[str, int]) -> list[tuple[int, int]]:
    """(column, fy) of each 実績値 column, read from the first sub-header row ("令和3年度末" …)."""
    for raw in lines[header_at + 1 : header_at + 3] + lines:
        cells = raw.split("\t")
        if not _is_subheader(cells):
            continue
        found = []
        for i, cell in enumerate(cells):
            fy = fy_of(cell) if i >= index["actuals"] and i != index["next"] else None
            if fy is not None:
                found.append((i, fy))
        if found:
            return found
    return []


def _is_subheader(cells: list[str]) -> bool:
    filled = [c for c in cells if c.strip()]
    return bool(filled) and not cells[0].strip() and all("年度" in c and len(c) <= 12 for c in filled)


def _cell(cells: list[str], i: int) -> str:
    return cells[i] if 0 <= i < len(cells) else ""


def _row_start(cells: list[str]) -> tuple[int, list[str]] | None:
    """(NO, marks) when ``cells`` begins a table row: "11 【完了】", "区分", … (or a lone NO cell)."""
    if len(cells) != 1 and (len(cells) < 3 or not cells[1].strip()):
        return None
    m = _ROW_START.match(nfkc(cells[0]))
    if not m:
        return None
    return int(m.group(1)), _MARK.findall(m.group(2))


def _rows(lines: list[str], cols: _Columns, plan: Plan, title_line: int | None) -> list[_Row]:
    """Assemble table rows, joining lines that the extraction broke inside a cell."""
    rows: list[_Row] = []
    pending: _Row | None = None
    in_table = False
    for no, raw in enumerate(lines[:_MAX_LINES], 1):
        if not raw.strip() or no == title_line:
            continue
        cells = raw.split("\t")
        if _is_header(cells) or _is_subheader(cells):
            in_table = True
            if pending:
                rows.append(pending)
                pending = None
            continue
        start = _row_start(cells)
        if pending and len(pending.cells) < cols.width:
            fits = len(pending.cells) + len(cells) - 1 <= cols.width
            if start is None or (fits and start[0] != pending.number + 1):
                pending.cells[-1] = join_wrapped(pending.cells[-1], cells[0])
                pending.cells.extend(cells[1:])
                continue
        if start:
            in_table = True
            if pending:
                rows.append(pending)
            pending = _Row(no, cells, start[0], start[1])
        elif pending and len(cells) == 1:
            last = max((i for i, c in enumerate(pending.cells) if c.strip()), default=len(pending.cells) - 1)
            pending.cells[last] = join_wrapped(pending.cells[last], cells[0])
        elif in_table:
            warn(plan, no, f"表の行として読めない行を読み飛ばしました: {squash(raw)[:40]}")
    if pending:
        rows.append(pending)
    for row in rows:  # marks may have been completed by a continuation line
        start = _ROW_START.match(nfkc(row.cells[0]))
        if start:
            row.marks = _MARK.findall(start.group(2))
    return rows


def _normalise_row(row: _Row, cols: _Columns, plan: Plan) -> list[str]:
    """Pad or trim the row to the table width; read a row lacking a leading column right-aligned."""
    cells = list(row.cells)
    if len(cells) > cols.width:
        extra = [c for c in cells[cols.width :] if c.strip()]
        cells = cells[: cols.width]
        if extra:
            cells[-1] = join_wrapped(cells[-1], " ".join(extra))
            warn(plan, row.line, f"NO {row.number}: 列が多すぎるため、余分な列を最後の列に含めました")
    elif len(cells) < cols.width:
        warn(
            plan,
            row.line,
            f"NO {row.number}: 列が足りません（{len(cells)}列）。足りない列は空として読みました",
        )
        cells += [""] * (cols.width - len(cells))
    return _shift_if_short(cells, row, cols, plan)


def _shift_if_short(cells: list[str], row: _Row, cols: _Columns, plan: Plan) -> list[str]:
    """Rows whose last column is empty but whose last actual cell holds schedule prose lack a column.

    The cells after 取組方針/KPI are then right-aligned: the prose is the R6～R8 schedule, the cells
    before it the actuals, and スケジュール (これまで) is missing.
    """
    nxt = cols.index["next"]
    years = [c for c, _ in cols.actual_years]
    if not years or nxt != len(cells) - 1:
        return cells
    last = years[-1]
    past = cols.index["past"]
    if last != nxt - 1 or past != years[0] - 1:
        return cells
    if _lost_in_place(cells, past, years, nxt):
        cells = [*cells[:last], cells[nxt], ""]
    if cells[nxt].strip():
        return cells
    text = squash(cells[last])
    if not text or is_no_value(text):
        return cells
    if len(text) <= 15 and not _SCHEDULE_WORDS.search(text):
        return cells
    shifted = list(cells)
    shifted[nxt] = cells[last]
    for col in reversed(years):
        shifted[col] = cells[col - 1]
    shifted[past] = ""
    warn(
        plan,
        row.line,
        f"NO {row.number}: 列が1つ少ないため右詰めで読みました（右端の文章を「{cols.next_label}」、"
        "その左を実績値とし、「スケジュール (これまで)」は空としました）",
    )
    return shifted


def _lost_in_place(cells: list[str], past: int, years: list[int], nxt: int) -> bool:
    """Whether a row that lacks a column came back with its schedule prose in the R6～R8 cell
    and the last 実績値 empty (text rebuilt from a print puts a cell by its width, and the
    prose is too wide for a year's column): the row is then the short row the print shows,
    its prose in the last year's place. An empty cell between figures is no cell of the
    table's: every cell of the row before it, from スケジュール (これまで) on, holds a figure
    or 「-」, none of them prose."""
    prose = squash(cells[nxt])
    if not prose or cells[years[-1]].strip() or not _SCHEDULE_WORDS.search(prose):
        return False
    before = [squash(cells[c]) for c in (past, *years[:-1])]
    return all(text and (is_no_value(text) or _FIGURE_CELL.match(text)) for text in before)


#: A cell that is one figure with its unit, or none (「2」「14,552件」「(未実施)」).
_FIGURE_CELL = lazy_re(r"^(?:[約計]?\d[\d,.]*\s*[^\d\s]{0,4}|[(（][^()（）]{1,6}[)）])$")


# --------------------------------------------------------------------------- numbers


def _unit_after(t: str, at: int) -> str:
    rest = t[at:].lstrip()
    return next((u for u in _UNITS if rest.startswith(u)), "")


def _tokens(t: str) -> list[tuple[float | int, str, int]]:
    """(value, unit, position) of every number in NFKC text ``t`` that is not part of a date."""
    masked = mask_dates(t)
    found = []
    for m in _NUMBER.finditer(masked):
        number = to_number(m.group(0))
        if number is not None:
            found.append((number, _unit_after(masked, m.end()), m.start()))
    return found


def _read_value(text: str) -> tuple[float | int | None, str, bool]:
    """(value, unit, ambiguous) of an actual cell: "53名" -> 53 名, "99.9%準拠 ※…" -> 99.9 %.

    Remarks after ※ and (parenthesised) details are ignored; "計N" wins; several numbers of the same
    unit without a total cannot be reduced to one value and are reported as ambiguous.
    """
    t = nfkc(blank_circled(text)).split("※", 1)[0]
    total = _TOTAL.search(t)
    if total:
        number = to_number(total.group(1))
        return number, _unit_after(t, total.end()), False
    t = _PAREN.sub(" ", t)
    found = _tokens(t)
    if not found:
        return None, "", False
    if len(found) > 1 and len({u for _, u, _ in found}) == 1:
        return None, found[0][1], True
    return found[0][0], found[0][1], False


def _same_unit(a: str, b: str) -> bool:
    return a == b or any(a in group and b in group for group in _SAME_UNITS)


# --------------------------------------------------------------------------- indicators


def _goals(text: str | None) -> list[tuple[int | None, float | int, str, str]]:
    """Stated goals "令和8年度までに…15件を達成": (fy or None, value, unit, text), one per clause.
    A blank between two Japanese letters is the print's, not the sentence's (a narrow cell through
    ``pdftotext -layout`` spaces 「530件とす る」): it is dropped before the verb is looked for."""
    if not text:
        return []
    found = []
    for clause in join_broken(nfkc(blank_circled(text))).split("。"):
        verb = _GOAL_VERB.search(clause)
        if not verb:
            continue
        until = None
        for m in _UNTIL.finditer(clause[: verb.start()]):
            until = m
        head = clause[until.end() if until else 0 : verb.start()]
        numbers = _tokens(head)
        if not numbers:
            continue
        number, unit, _ = numbers[-1]
        fy = fy_of(until.group(0)) if until else None
        found.append((fy, number, unit, squash(clause)))
    return found


def _year_targets(text: str | None) -> list[tuple[int, float | int, str, str]]:
    """Per-year targets after "目標とする…": "令和6年度 10% 令和7・8年度 15%" -> (fy, value, unit, text)."""
    if not text:
        return []
    t = nfkc(text)
    at = t.find("目標")
    if at < 0:
        return []
    found = []
    for m in _TARGET_PAIR.finditer(t, at):
        number = to_number(m.group(2))
        if number is None:
            continue
        unit = _unit_after(t, m.end())
        label = squash(t[m.start(2) : m.end()] + unit)
        for year in re.split(r"\s*・\s*", m.group(1)):
            fy = era_year("R", year) if year.isdigit() else None
            if fy is not None:
                found.append((fy, number, unit, label))
    return found


def _baseline(text: str | None) -> Value | None:
    if not text:
        return None
    t = nfkc(text)
    m = _BASELINE.search(t)
    if not m:
        return None
    unit = _unit_after(t, m.end())
    return value(None, to_number(m.group(1)), squash(m.group(0) + unit))


@dataclass
class _Sub:
    """One indicator of a row: its name and the cell texts that belong to it."""

    name: str
    marker: int | None
    group: str | None = None
    note: str | None = None


def _subs(kpi: str, note: str | None, actual_texts: list[str]) -> list[_Sub]:
    """The row's indicators: one per ①② in the KPI cell, else one per ①② of the actuals, else one."""
    named = split_circled(kpi)
    if named:
        subs = [_Sub(squash(n) or f"{squash(kpi)} ({m})", m) for m, n in sorted(named.items())]
        refs = {circled_value(ch) for ch in note or ""} & set(named)
        for sub in subs:
            if note and (not refs or sub.marker in refs):
                sub.note = note
        return subs
    split = [split_circled(t) for t in actual_texts if not _TOTAL.search(nfkc(blank_circled(t)))]
    markers = sorted({m for parts in split for m in parts})
    if len(markers) >= 2 and not any(_TOTAL.search(nfkc(blank_circled(t))) for t in actual_texts):
        subs = []
        for m in markers:
            label = next((_label(p[m]) for p in split if _label(p.get(m, ""))), "")
            subs.append(_Sub(label or f"{squash(kpi)} ({m})", m, group=squash(kpi) or None, note=note))
        return subs
    return [_Sub(squash(kpi), None, note=note)]


def _label(part: str) -> str:
    """The words before the number of a part such as "あんしんメール登録者数11,611人"."""
    t = nfkc(part)
    numbers = _tokens(t)
    head = t[: numbers[0][2]] if numbers else ""
    return squash(head).strip(":：、, ")


def _text_for(text: str | None, marker: int | None, count: int) -> str | None:
    """The schedule text that speaks for one indicator: all of it for a single indicator, else its ①② part."""
    if not text or count == 1:
        return text
    return split_circled(text).get(marker) if marker is not None else None


def _part(text: str, marker: int | None) -> str | None:
    """The text of ``marker`` in a cell; the whole cell when it is not numbered."""
    if marker is None:
        return text
    parts = split_circled(text)
    if not parts:
        return text
    return parts.get(marker)


def _build_indicators(
    code: str,
    kpi_cell: str,
    actuals: list[tuple[int, str]],
    past: str | None,
    nxt: str | None,
    line: int,
    plan: Plan,
) -> list[Indicator]:
    """Indicators of one row with their actuals, targets, final target and baseline."""
    if is_no_value(kpi_cell) and all(is_no_value(t) for _, t in actuals):
        return []
    main, _, rest = kpi_cell.partition("※")
    note = ("※" + rest).strip() if rest.strip() else None
    subs = _subs(main, note, [t for _, t in actuals])
    result = []
    for sub in subs:
        result.append(_one_indicator(code, sub, len(subs), actuals, past, nxt, line, plan))
    return result


def _one_indicator(
    code: str,
    sub: _Sub,
    count: int,
    actuals: list[tuple[int, str]],
    past: str | None,
    nxt: str | None,
    line: int,
    plan: Plan,
) -> Indicator:
    values, units_nonzero, units_any = [], [], []
    for fy, text in actuals:
        part = _part(text, sub.marker)
        if part is None or is_no_value(part):
            continue
        number, unit, ambiguous = _read_value(part)
        if ambiguous:
            warn(
                plan, line, f"NO {code}: {fy}年度の実績値に数値が複数あり1つに決められません: {squash(part)}"
            )
        if unit:
            units_any.append(unit)
            if number:
                units_nonzero.append(unit)
        values.append(value(fy, number, squash(part)))
    unit = common_unit(units_nonzero or units_any)

    past_part = _text_for(past, sub.marker, count)
    next_part = _text_for(nxt, sub.marker, count)

    final = None
    for goal_fy, number, u, text in _goals(next_part):
        if _accept(unit, u, code, text, line, plan):
            unit = unit or u
            final = final or value(goal_fy, number, text)
    targets = []
    for target_fy, number, u, text in _year_targets(next_part):
        if _accept(unit, u, code, text, line, plan):
            unit = unit or u
            targets.append(value(target_fy, number, text))
    for past_fy, number, u, text in _goals(past_part):
        if past_fy is None or (final and final["fy"] == past_fy and final["value"] == number):
            continue
        if _accept(unit, u, code, text, line, plan):
            unit = unit or u
            targets.append(value(past_fy, number, text))
    targets.sort(key=lambda v: v["fy"] or 0)
    fields: dict = {
        "unit": unit,
        "direction": wording_direction(sub.name, next_part, past_part),
        "baseline": _baseline(next_part) or _baseline(past_part),
        "targets": targets,
        "actuals": values,
        "final_target": final,
    }
    if sub.group:
        fields["group"] = sub.group
    if sub.note:
        fields["note"] = sub.note
    return indicator(sub.name, "KPI", **fields)


def _accept(unit: str, goal_unit: str, code: str, text: str, line: int, plan: Plan) -> bool:
    """A goal counts as the indicator's target only when it is measured in the indicator's unit."""
    if not unit or _same_unit(unit, goal_unit):
        return True
    warn(plan, line, f"NO {code}: 目標「{text}」は指標の単位（{unit}）と異なるため、目標値にしていません")
    return False


# --------------------------------------------------------------------------- schedule


def _schedule(text: str | None, cols: _Columns) -> list[dict]:
    """The R6～R8 text as the label of each year, up to the year a leading "令和N年度までに" names.

    A completed initiative (【目標達成のため、完了】, 【取組完了】) has no further schedule.
    """
    if not text or is_no_value(text) or cols.next_years is None:
        return []
    t = nfkc(blank_circled(text)).strip()
    if _COMPLETED.match(t):
        return []
    start, end = cols.next_years
    m = _LEADING_UNTIL.match(t)
    if m:
        until = fy_of(m.group(1))
        if until is not None and until >= start:
            end = min(end, until)
    return [{"fy": fy, "half": None, "label": text} for fy in range(start, end + 1)]


# --------------------------------------------------------------------------- plan


def _title_line(lines: list[str]) -> tuple[int | None, str | None]:
    """The plan title: the first single-cell line that names a 計画."""
    for no, raw in enumerate(lines[:_MAX_LINES], 1):
        t = squash(raw)
        if t and "\t" not in raw.strip() and "計画" in t and len(t) <= 80:
            return no, t
    return None, None


@layout_reader("新発田市形式")
def parse(source: Source) -> Plan:
    """Read the 新発田市 table into Plan JSON."""
    if source.text is None:
        raise ParseError("新発田市形式の計画はテキストファイルで読み込んでください。")
    grid: tuple[Source, list[int]] | None = None
    guessed: list[str] | None = None  # the rows of a reading-flow text whose cells were not in place
    if not any("\t" in raw and _is_header(raw.split("\t")) for raw in source.lines[:_MAX_LINES]):
        grid = _from_grid(source)
        filled = [raw for raw in source.lines[:_MAX_LINES] if raw.strip()]
        aligned = sum("  " in raw.strip() for raw in filled) > len(filled) // 5  # -layout: the grid reads it
        spaced = None if aligned else _from_spaced_rows(source)
        if spaced is not None and (grid is None or _rows_in(spaced[0]) > _rows_in(grid[0])):
            grid = spaced
        flow = _from_flow(source) if not aligned or grid is None else None
        if flow is not None and (grid is None or _rows_in(flow[0]) > _rows_in(grid[0])):
            grid, guessed = flow[:2], flow[2]
        if grid is None and any(
            _grid_header_size(source.lines, i) for i in range(min(len(source.lines), _MAX_LINES))
        ):
            raise ParseError(_UNALIGNED)
    if grid is not None:
        source = grid[0]
        if not any(raw[:1].isdigit() and "\t" in raw for raw in source.lines):
            raise ParseError(_UNALIGNED)
    lines = source.lines
    header_at = next(
        (i for i, raw in enumerate(lines[:_MAX_LINES]) if "\t" in raw and _is_header(raw.split("\t"))), None
    )
    if header_at is None:
        raise ParseError("表の見出し行（NO・区分・施策分野・具体的な取組…）が見つかりません。")
    title_no, title = _title_line(lines)
    if not title:
        raise ParseError("計画名（「…計画」の行）が見つかりません。")
    m = _MUNICIPALITY.match(title) or re.match(r"^(.{1,10}?[市区町村])", title)
    if not m:
        raise ParseError(f"計画名から自治体名を読み取れません: {title}")
    name = m.group(1)
    cols = _columns(lines, header_at)
    plan = plan_from(source, LAYOUT, municipality=name, title=title, period=cols.next_years or (None, None))
    if not cols.actual_years:
        warn(plan, header_at + 1, "実績値の年度の見出し（令和3年度末 …）がないため、実績値を読みませんでした")
    if cols.next_years is None:
        warn(
            plan,
            header_at + 1,
            "スケジュールの年度（R6～R8）が見出しにないため、スケジュールを年度に割り当てませんでした",
        )
    sections = _Sections(plan)
    seen: set[str] = set()
    for row in _rows(lines, cols, plan, title_no):
        with one_block(plan, row.line, f"NO {row.number}の行"):
            _add_initiative(plan, row, cols, sections, seen)
    if grid is not None:
        _merge_misread_sections(plan)
        renumber(plan, grid[1])
    if guessed is not None:
        warn(plan, None, _FLOW_WARNING)
        for text in guessed:
            warn(plan, None, f"{text} が行の位置になかったため、前の行のもの・仮の名前にしました")
    return plan


#: How alike two sibling section names must be to be one name misread (「市民向け情施策」 and
#: 「市民向け情報施策」 0.93; 「産業分野の情報化」 and 「教育分野の情報化」, two names, 0.75).
_SAME_NAME = 0.85


def _merge_misread_sections(plan: Plan) -> None:
    """Sections whose names differ by a character or two that the extraction lost or doubled
    (a vertical 区分 cell read from pdftotext's grid) are one: the rarer spelling joins the one
    more rows use, with a warning. Only for text read on the character grid."""
    from difflib import SequenceMatcher

    sections = plan["sections"]
    used: dict[str, int] = {}
    for item in plan["initiatives"]:
        key = item["section"]
        if key is not None:
            used[key] = used.get(key, 0) + 1
    changed = True
    while changed:
        changed = False
        for a in sections:
            for b in sections:
                if a is b or a["parent"] != b["parent"]:
                    continue
                if SequenceMatcher(None, compact(a["title"]), compact(b["title"])).ratio() < _SAME_NAME:
                    continue
                weight = {
                    k: sum(n for key, n in used.items() if key == k or key.startswith(k + "."))
                    for k in (a["key"], b["key"])
                }
                # the spelling more rows use stays; on a tie, the first one
                rare, kept = (a, b) if weight[a["key"]] < weight[b["key"]] else (b, a)
                _merge_section(plan, rare, kept, used)
                changed = True
                break
            if changed:
                break


def _merge_section(plan: Plan, rare: Section, kept: Section, used: dict[str, int]) -> None:
    if rare["title"] != kept["title"]:  # the same name twice: children of two merged parents
        warn(
            plan,
            None,
            f"{rare['level']}「{rare['title']}」は「{kept['title']}」の読み誤りとみなし、まとめました"
            "（抽出で文字が欠けたか重なったため）",
        )
    for item in plan["initiatives"]:
        if item["section"] == rare["key"]:
            item["section"] = kept["key"]
            used[kept["key"]] = used.get(kept["key"], 0) + 1
    used.pop(rare["key"], None)
    for child in plan["sections"]:
        if child["parent"] == rare["key"]:
            child["parent"] = kept["key"]
    sections = plan["sections"]
    at = sections.index(rare)
    if sections.index(kept) > at:  # the kept one takes the earlier place: its children may come before it
        sections.remove(kept)
        sections.insert(at, kept)
    sections.remove(rare)


def _rows_in(source: Source) -> int:
    return sum(1 for raw in source.lines if raw[:1].isdigit() and "\t" in raw)


class _Sections:
    """区分 > 施策分野, created in order of first appearance and matched without blanks."""

    def __init__(self, plan: Plan) -> None:
        self.plan = plan
        self.keys: dict[tuple[str, ...], str] = {}
        self.last: tuple[str, str] = ("", "")

    def key(self, category: str, field_: str) -> str | None:
        category = category or self.last[0]
        field_ = field_ or self.last[1]
        self.last = (category, field_)
        if not category:
            return None
        parent = self._get((compact(category),), None, "区分", category)
        if not field_:
            return parent
        return self._get((compact(category), compact(field_)), parent, "施策分野", field_)

    def _get(self, path: tuple[str, ...], parent: str | None, level: str, title: str) -> str:
        if path not in self.keys:
            if parent is None:
                key = f"s{sum(1 for p in self.keys if len(p) == 1) + 1}"
            else:
                key = f"{parent}.{sum(1 for p in self.keys if len(p) == 2 and p[0] == path[0]) + 1}"
            self.keys[path] = key
            self.plan["sections"].append(section(key, parent, level, None, title))
        return self.keys[path]


def _add_initiative(plan: Plan, row: _Row, cols: _Columns, sections: _Sections, seen: set[str]) -> None:
    code = str(row.number)
    if code in seen:
        warn(plan, row.line, f"NO {code} が重複しているため、2つ目以降を読み飛ばしました")
        return
    cells = _normalise_row(row, cols, plan)
    spaced = _is_spaced(cells)

    def text(role: str) -> str:
        raw = _cell(cells, cols.index[role])
        return _despace(raw) if spaced else squash(raw)

    title, marks_in_title = title_marks(strip_footnotes(text("title")))
    if not title:
        warn(plan, row.line, f"NO {code}: 具体的な取組（名称）が空のため読み飛ばしました")
        return
    seen.add(code)
    marks = list(dict.fromkeys(row.marks + marks_in_title))
    key = sections.key(text("category"), text("field"))
    past = text("past")
    nxt = text("next")
    actuals = []
    for col, fy in cols.actual_years:
        raw = _cell(cells, col)
        actuals.append((fy, _despace(raw) if spaced else squash(raw)))
    summary = strip_footnotes(text("policy")) or None
    plan["initiatives"].append(
        initiative(
            code,
            title,
            key,
            summary=summary,
            marks=marks,
            schedule=_schedule(nxt, cols),
            indicators=_build_indicators(
                code, text("kpi"), actuals, past or None, nxt or None, row.line, plan
            ),
            line=row.line,
            progress_so_far=None if is_no_value(past) else past,
            schedule_text=None if is_no_value(nxt) else nxt,
        )
    )
