"""A table of ``pdftotext -layout`` text read on pdftotext's own character grid.

``pdftotext -layout`` places every word at the character column its x position gives, one
character per grid column whatever its width: a kanji takes one column of the text, as a
Latin letter does. Counted that way (character index, not display width), the cells of a
table start at about the same index on every line of one printed table, even where a narrow
column wraps its text after two kanji. The grid is not exact, and this module copes:

- columns: each printed table (from one header to the next) gets its own starts, the indexes
  a third of its rows start a fragment at (once per row, so that a cell of many lines or one
  row pushed right does not outweigh the others); where there are more than the layout's
  columns, those the header's labels name come first; a column empty in every row is taken
  from the header; the key column starts where the rows' keys do;
- rows: every cell's text begins on a row's first line, so a first line with a cell in every
  column gives the row its own starts, wherever pdftotext pushed them (a key set vertically
  stands alone: the next line gives them); other lines go to the nearest start;
- cells printed one blank apart (「令和6年ま (未実施)」): a fragment is cut at a blank where it
  runs into the next column, or where a full line of a wide column is followed by more;
- a row cut by a page break: lines before the first row of a table continue the row above.

The caller (a layout) says where its tables start (its header), how a row starts (its key
cell) and how many columns its tables have. Nothing here knows a municipality.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import combinations

from ..text import CIRCLED
from .centred import lines_above

#: A fragment: text whose words are at most one blank apart.
_PIECE = re.compile(r"\S+(?: \S+)*")
_ASCII_END = re.compile(r"[A-Za-z0-9,.)%]$")
_ASCII_START = re.compile(r"^[A-Za-z0-9(]")
#: A number without its unit, and a figure with one (「5件」「37.8%」).
_BARE = re.compile(r"^\d[\d,.]*$")
_UNITED = re.compile(r"^\d[\d,.]*[^\d,.\s]")
#: Starts closer than this (in characters) are one column.
_TOLERANCE = 2
#: A column this wide (in characters) seldom ends a line at a blank of its own text.
_WIDE = 10
#: How much further right than its header pdftotext may lay out a later page of a table.
_PAGE_SHIFT = 2 * _TOLERANCE


def pieces(line: str) -> list[tuple[int, str]]:
    """(character index, text) of each fragment of ``line`` (runs of ≥ 2 blanks separate them)."""
    return [(m.start(), m.group()) for m in _PIECE.finditer(line.replace("\f", " "))]


def _word_starts(line: str) -> set[int]:
    """Where each fragment of ``line``, and each word after a single blank, starts."""
    return {m.start() for m in re.finditer(r"(?<!\S)\S", line.replace("\f", " "))}


def _row_starts(group: list[str]) -> set[int]:
    """Where a row's fragments start, and on its first line (where every cell's text begins,
    close together) each word after a single blank too."""
    found = {start for line in group[1:] for start, _ in pieces(line)}
    return found | _word_starts(group[0]) if group else found


def column_starts(groups: list[list[str]]) -> list[int]:
    """The character indexes where a table's columns start, from its rows (``groups``: the lines
    of each row, and of the header).

    A start counts once per row that has one there (±1: pdftotext's positions drift by one),
    so a long cell's many lines, or one row pushed right by a long line, do not outweigh the
    other rows; the starts a third of the rows share are columns, the most shared first, none
    within two characters of one already taken.
    """
    counts: Counter[int] = Counter()
    for group in groups:
        counts.update(_row_starts(group))
    if not counts:
        return []
    smooth = {p: counts[p - 1] + counts[p] + counts[p + 1] for p in counts}
    need = max(2, len(groups) // 3)
    starts: list[int] = []
    for position in sorted(smooth, key=lambda p: (-smooth[p], -counts[p], p)):
        if smooth[position] < need:
            break
        if all(abs(position - taken) > _TOLERANCE for taken in starts):
            starts.append(position)
    return sorted(starts)


def _fill(starts: list[int], header: list[str], columns: int) -> list[int]:
    """Starts a table's rows leave empty (a column blank in every row) taken from its header,
    up to the number of columns the layout knows."""
    labels = sorted({start for line in header for start, _ in pieces(line)})
    for label in labels:
        if len(starts) >= columns:
            break
        if all(abs(label - start) > _TOLERANCE for start in starts):
            starts = sorted([*starts, label])
    return starts


def _last_from_header(starts: list[int], header: list[str]) -> list[int]:
    """The starts with the header's last labels added where no row starts text that far right
    (the last column empty in every row of the page: rows printed one cell short), so that the
    header names that column rather than a start a few rows drift to is kept as one."""
    labels = sorted({start for line in header for start, _ in pieces(line)})
    return sorted([*starts, *(label for label in labels if label > starts[-1] + _WIDE)])


def _nearest(starts: list[int], position: int) -> int:
    return min(range(len(starts)), key=lambda i: (abs(starts[i] - position), i))


def column_widths(lines: list[str], starts: list[int]) -> list[int]:
    """The longest clean line (one word, no blank) of each column, in characters: a fragment
    longer than that holds the next column's text too."""
    widths = [0] * len(starts)
    for line in lines:
        for start, text in pieces(line):
            if " " not in text:
                index = _nearest(starts, start)
                widths[index] = max(widths[index], len(text))
    for index, width in enumerate(widths):
        if width == 0:
            following = starts[index + 1] if index + 1 < len(starts) else starts[index] + 40
            widths[index] = following - starts[index]
    return widths


def cells_of(line: str, starts: list[int], widths: list[int]) -> list[str]:
    """The text of ``line`` in each column (empty where the line has none).

    A fragment is cut at a blank where two cells were printed one blank apart: where it runs
    into the next column and is longer than any clean line of its column, or its next word
    starts at that column, or a full line of a wide column is followed by more.
    """
    cells: list[list[str]] = [[] for _ in starts]
    for start, text in pieces(line):
        index = _nearest(starts, start)
        if index == 0 and start > starts[0] + 1 and len(starts) > 1:
            index = 1  # nothing stands before the first column: its text is never pushed
        words = text.split(" ")
        current: list[str] = []
        begin = start
        held = False  # a cut put off past a bare number
        for at, word in enumerate(words):
            cut = bool(current) and index + 1 < len(starts)
            cut = cut and (
                held
                or _cut(current, words[at:], begin, index, starts, widths)
                or _repeats(current, word, start, text, starts[index + 1])
            )
            # a bare number before a figure with its unit (「…件数 6 5件」, 「件」 wrapped below the
            # 6) ends this cell: the figure is the next one's
            held = cut and not held and bool(_BARE.match(word)) and at + 1 < len(words) and bool(_UNITED.match(words[at + 1]))
            if cut and not held:
                cells[index].append(" ".join(current))
                begin += len(" ".join(current)) + 1
                index, current = index + 1, []
            current.append(word)
        cells[index].append(" ".join(current))
    return [" ".join(parts) for parts in cells]


def _repeats(current: list[str], word: str, start: int, text: str, following: int) -> bool:
    """Whether ``word`` opens the next cell as ``current`` opened its own, in a fragment that runs
    into the next column (cells one blank apart, side by side years worded alike: 「100% R3投稿件数
    100% R4投稿件数」, 「0% ※計画を… 0% ※計画を…」), or repeats a circled number the cell has
    (「①36か所… ①38か所…」): a cell's list counts ① ② ③ once."""
    if start + len(text) <= following - _TOLERANCE:
        return False
    if word == current[0]:
        return True
    return word[0] in CIRCLED and word[0] in "".join(current)


def _cut(current: list[str], rest: list[str], begin: int, index: int, starts: list[int], widths: list[int]) -> bool:
    """Whether the words ``rest`` after ``current`` (at ``begin``, in column ``index``) are the
    next column's."""
    before = len(" ".join(current))
    end = begin + before + 1 + len(rest[0])
    # a blank inside a cell's line is set narrower than a letter but takes a whole position
    # on the grid: a line with blanks may run that many positions past the column's width
    blanks = len(current)
    if end > starts[index + 1] - _TOLERANCE and (
        end - begin - blanks > widths[index] or begin + before + 1 >= starts[index + 1] - 1
    ):
        return True
    # a full line of a wide column (one word: no blank of its own) ends at the cell's edge
    return len(current) == 1 and widths[index] >= _WIDE and before >= widths[index] - 1


def join_lines(left: str, right: str) -> str:
    """A cell's wrapped lines joined back: Japanese without a blank, Latin words with one."""
    if not left:
        return right
    if not right:
        return left
    if _ASCII_END.search(left) and _ASCII_START.match(right):
        return f"{left} {right}"
    return left + right


@dataclass
class GridRow:
    """One table row: its cells and the (0-based) index of the line it starts on."""

    line: int
    cells: list[str]


@dataclass
class GridTable:
    """One printed table: the lines of its header and its rows."""

    header: list[str]
    header_line: int
    starts: list[int]
    widths: list[int] = field(default_factory=list)
    rows: list[GridRow] = field(default_factory=list)


def read_tables(
    lines: list[str],
    header_at: Callable[[list[str], int], int],
    row_key: Callable[[str], bool],
    columns: int | None = None,
) -> tuple[list[GridTable], list[int]]:
    """The tables of a ``pdftotext -layout`` text, and the indexes of the lines outside them.

    ``header_at(lines, i)`` is the number of header lines starting at line i (0 when none);
    ``row_key(cell)`` says whether a first cell opens a row (「12」「11 【完了】」). ``columns``,
    when the layout knows it, is how many columns its tables have: a table whose own starts
    are fewer keeps the starts of the table before it (a table cut by a page break goes on).
    """
    tables: list[GridTable] = []
    outside: list[int] = []
    index = 0
    while index < len(lines):
        size = header_at(lines, index)
        if not size:
            if not tables:
                outside.append(index)
            elif lines[index].strip() and tables[-1].rows:
                _continue(tables[-1], lines[index])
            index += 1
            continue
        end = index + size
        while end < len(lines) and not header_at(lines, end):
            end += 1
        lines = lines[: index + size] + _keys_left(lines[index + size : end], lines[index], row_key) + lines[end:]
        body = [line for line in lines[index + size : end] if line.strip()]
        groups: list[list[str]] = [lines[index : index + size]]
        for line in body:
            if _key_start(line, row_key):
                groups.append([])
            groups[-1].append(line)
        keys = [_key_span(group[0], row_key) for group in groups[1:] if _key_start(group[0], row_key)]
        starts = column_starts(groups)
        if keys:  # the key column starts where the rows' keys do; their marks are no column
            first = min(start for start, _ in keys)
            inside = {position for start, end in keys for position in range(start, end + 1)}
            starts = [first] + [s for s in starts if s > first + _TOLERANCE and s not in inside]
        if columns and len(starts) < columns:
            starts = _fill(starts, groups[0], columns)
        elif columns and starts:
            starts = _last_from_header(starts, groups[0])
        if tables and columns and len(starts) < columns <= len(tables[-1].starts):
            starts = tables[-1].starts
        if columns and len(starts) > columns:
            starts = starts[:1] + _strongest(groups, starts[1:], columns - 1)
            if len(starts) < columns:
                starts = _fill(starts, groups[0], columns)
        widths = column_widths(body, starts) if starts else []
        table = GridTable(lines[index : index + size], index, starts, widths)
        pending: list[tuple[int, str]] = []
        ahead = _centred_above(lines, index + size, end, row_key)
        above: list[str] = []  # lines of the next row printed above its key (centred on it)
        row_starts, row_widths, alone, closed = starts, widths, False, False
        for number in range(index + size, end):
            line = lines[number]
            if not line.strip() or not starts:
                continue
            closed = closed or (bool(table.rows) and _prose(line, starts, widths))
            if closed:  # a note under the table: no row's
                outside.append(number)
                continue
            if number in ahead:
                above.append(line)
                continue
            cells = cells_of(line, starts, widths)
            # a page break may lie above: a blank line (the furniture taken out) or a form feed
            gap = "\f" in line or (number > 0 and not lines[number - 1].strip())
            if _key_start(line, row_key):
                row_starts = (
                    _own_starts(line, len(starts), row_key)
                    or (ahead and _centred_starts(_row_lines(lines, number, end, ahead, above, row_key), len(starts), row_key))
                    or (gap and _refit(line, starts, row_key))
                    or starts
                )
                row_widths = _spans(row_starts, widths) if row_starts is not starts else widths
                alone = len(pieces(line)) == 1  # the key set vertically: the cells begin below
                cells = cells_of(line, row_starts, row_widths)
                key, _, rest = cells[0].partition(" ")
                if rest and not row_key(cells[0]) and len(cells) > 1:  # 「25 庁」: the next cell's
                    cells[0], cells[1] = key, f"{rest} {cells[1]}".strip()
                for upper in reversed(above):
                    cells = [join_lines(a, b) for a, b in zip(cells_of(upper, row_starts, row_widths), cells, strict=True)]
                above = []
                table.rows.append(GridRow(number, cells))
            elif table.rows:
                if alone:  # a mark under the key may stand in the key column of this line
                    own = _own_starts(line, len(starts) - 1, row_key)
                    full = _own_starts(line, len(starts), row_key)
                    if own and own[0] > starts[0] + 1:
                        row_starts = [starts[0], *own]
                    elif full and full[0] <= starts[0] + 1:
                        row_starts = full
                    else:
                        refit = _refit(line, starts[1:], row_key)
                        row_starts = [starts[0], *refit] if refit and refit[0] > starts[0] + 1 else starts
                    alone = False
                    row_widths = _spans(row_starts, widths) if row_starts is not starts else widths
                cells = cells_of(line, row_starts, row_widths)
                table.rows[-1].cells = [join_lines(a, b) for a, b in zip(table.rows[-1].cells, cells, strict=True)]
            else:
                pending.append((number, line))
        if pending and tables and tables[-1].rows:
            for _, line in pending:
                _continue(tables[-1], line)
        tables.append(table)
        index = end
    return tables, outside


def _centred_above(lines: list[str], start: int, end: int, row_key: Callable[[str], bool]) -> set[int]:
    """The lines of a table body (``start`` to ``end``) printed above their row's key line, its
    cells centred in its height (readers/centred.py): none writes in the key's column, and no
    key standing alone (set vertically: its row's cells follow it) has any."""
    keys = {n for n in range(start, end) if lines[n].strip() and _key_start(lines[n], row_key)}

    def fits(key: int, n: int) -> bool:
        return len(pieces(lines[key])) > 1 and pieces(lines[n])[0][0] > _key_span(lines[key], row_key)[1] + 1

    return {n for run in lines_above(lines, keys, start, fits).values() for n in run}


def _row_lines(
    lines: list[str], key: int, end: int, ahead: set[int], above: list[str], row_key: Callable[[str], bool]
) -> list[str]:
    """The lines of the row whose key stands on line ``key`` of a centred table: ``above`` it,
    its key line and those below up to the next row's (its key, or the lines printed above it)."""
    below = key + 1
    while below < end and below not in ahead and not _key_start(lines[below], row_key):
        below += 1
    return [*above, *(line for line in lines[key:below] if line.strip())]


def _centred_starts(row: list[str], columns: int, row_key: Callable[[str], bool]) -> list[int] | None:
    """A centred row's own column starts, from all its lines (``row[0]`` … the key line …): its
    key line holds only its one-line cells, but every line of a cell starts where the cell does,
    so the fragments' starts over the row (and the words' that two lines share) fall into one
    cluster a column, wherever pdftotext laid the page out."""
    key = next(line for line in row if _key_start(line, row_key))
    first, last = _key_span(key, row_key)
    # a cell printed one blank after the one before starts a word on each of its lines
    words = Counter(start for line in row for start in _word_starts(line))
    shared = {start for line in row for start, _ in pieces(line)} | {s for s, n in words.items() if n > 1}
    found = sorted(start for start in shared if not first < start <= last)
    clusters: list[list[int]] = []
    for start in found:
        if clusters and start - clusters[-1][-1] <= _TOLERANCE:
            clusters[-1].append(start)
        else:
            clusters.append([start])
    return [cluster[0] for cluster in clusters] if len(clusters) == columns else None


def _spans(starts: list[int], widths: list[int]) -> list[int]:
    """The widths of a row read with its own starts: the table's widths were measured on the
    table's starts, which this row's cells do not keep (pdftotext pushes a row's characters
    along by the mix of its letters); a cell runs up to the blank before the next one."""
    return [
        max(width, starts[i + 1] - starts[i] - 1) if i + 1 < len(starts) else width
        for i, width in enumerate(widths)
    ]


def _prose(line: str, starts: list[int], widths: list[int]) -> bool:
    """A line of running text below the table (「※ 実績値は各年度末時点」): one fragment from the
    left margin, longer than the first two columns' lines could be."""
    found = pieces(line)
    return (
        len(found) == 1
        and found[0][0] <= starts[0] + 1
        and len(starts) > 1
        and len(found[0][1]) > widths[0] + widths[1] + 4
    )


def _refit(line: str, starts: list[int], row_key: Callable[[str], bool]) -> list[int] | None:
    """The starts of a row on a page pdftotext laid out narrower than the table's first page
    (a row cut off by a page break): its first line lacks the last one or two cells (empty)
    and lies well off the table's starts; its cells then take its own starts, the missing last
    columns placed beyond the line."""
    for missing in (1, 2):
        own = _own_starts(line, len(starts) - missing, row_key)
        if not own:
            continue
        # whichever columns are the empty ones, the table's starts must lie well off the row's
        for empty in combinations(range(len(starts)), missing):
            kept = [start for i, start in enumerate(starts) if i not in empty]
            if max(abs(a - b) for a, b in zip(own, kept, strict=True)) <= 2 * _TOLERANCE:
                return None
        return own + [len(line) + 40 * (i + 1) for i in range(missing)]
    return None


def _key_span(line: str, row_key: Callable[[str], bool]) -> tuple[int, int]:
    """Where the key cell of a row's first line starts and ends (「35 【新】」: its marks too)."""
    start, text = pieces(line)[0]
    words = text.split(" ")
    key = max(j for j in range(1, len(words) + 1) if row_key(" ".join(words[:j])) or j == 1)
    return start, start + len(" ".join(words[:key])) - 1


def _own_starts(line: str, columns: int, row_key: Callable[[str], bool]) -> list[int] | None:
    """A row's own column starts, where its first line has a cell in every column: every cell's
    text begins on a row's first line, so there one fragment (or one word, cells printed one
    blank apart) per column says where this row's columns are, wherever pdftotext pushed them.
    The words of the key cell (「35 【新】」) are one cell."""
    found = pieces(line)
    if len(found) == columns:
        return [start for start, _ in found]
    words = [start for start in sorted(_word_starts(line)) if not _mark_of_figure(line, start)]
    if found and row_key(found[0][1].split(" ")[0]):
        first = found[0][1].split(" ")
        key = max(j for j in range(1, len(first) + 1) if row_key(" ".join(first[:j])))
        inside = {found[0][0] + len(" ".join(first[:j])) + 1 for j in range(1, key)}
        words = [start for start in words if start not in inside]
    return words if len(words) == columns else None


#: A figure (「0%」「12件」) and a reference mark alone after it, one blank apart: 「0% ※」.
_FIGURE_MARK = re.compile(r"(?<!\S)\d[\d,.]*\S{0,3} ※(?!\S)")


def _mark_of_figure(line: str, start: int) -> bool:
    """Whether the word at ``start`` is a 「※」 alone after a figure one blank before it: the
    figure's note mark (「0% ※」 over 「計画を令和5年度と…」, the note wrapped below), which opens
    no cell of its own."""
    return line[start : start + 1] == "※" and any(
        m.end() == start + 1 for m in _FIGURE_MARK.finditer(line, max(0, start - 16), start + 2)
    )


def _continue(table: GridTable, line: str) -> None:
    """A line of a row cut by a page break, read with the columns of the row's table."""
    if not table.starts:
        return
    cells = cells_of(line, table.starts, table.widths)
    last = table.rows[-1]
    last.cells = [join_lines(a, b) for a, b in zip(last.cells, cells, strict=True)]


def key_reach(header: str) -> int:
    """How far right a row key may start under a table's header line: up to its second label (a
    number right-aligned in the key column ends there); the margin when there is none."""
    words = sorted(_word_starts(header))
    return max(_TOLERANCE, words[1] + 1) if len(words) >= 2 else _TOLERANCE


def _keys_left(body: list[str], header: str, row_key: Callable[[str], bool]) -> list[str]:
    """The lines of a table with its row keys moved to the left margin where they were printed
    right-aligned (a spreadsheet aligns a number to the right of its cell: 「          1 市民向け」,
    the key just before the second column's text). A key counts when it starts no further right
    than the header's second label, or a few places past it (``_PAGE_SHIFT``: pdftotext may lay a
    later page of the table out further right than the header's, 「          8 市民向け情報」 under
    「NO    区分」); the text after it keeps its character column."""
    limit = key_reach(header)
    if limit <= _TOLERANCE:
        return body
    out = []
    for line in body:
        found = pieces(line)
        if found and _TOLERANCE < found[0][0] <= limit + _PAGE_SHIFT:
            start, text = found[0]
            key = text.split(" ")[0]
            if row_key(key):
                line = key + " " * (start + 1) + line[start + len(key) + 1 :]
        out.append(line)
    return out


def _key_start(line: str, row_key: Callable[[str], bool]) -> bool:
    found = pieces(line)
    return bool(found) and found[0][0] <= _TOLERANCE and row_key(found[0][1].split(" ")[0])


def _strongest(groups: list[list[str]], starts: list[int], columns: int) -> list[int]:
    """The ``columns`` starts to keep, in order: the starts the header's words (``groups[0]``)
    name first (each word the nearest free start: pdftotext seldom pushes the header's short
    labels), then the starts most rows use, but none a few places from a named one (that
    column's rows drifted: the caller fills the place from the header's other labels)."""
    counts: Counter[int] = Counter()
    for group in groups[1:]:
        counts.update(_row_starts(group))
    score = {s: counts[s - 1] + counts[s] + counts[s + 1] for s in starts}
    header = groups[0] if groups else []
    # the header's labels: where its fragments start, and each word of its first line (the
    # labels' first words, printed one blank apart: 「NO 区 施策」) but a bracketed one, which
    # qualifies the label before it (「実績値 (KPI)」「スケジュール (R6～R8)」); not the words
    # of a label wrapped below (「ル (これま (KPI)」)
    words = _word_starts(header[0]) if header else set()
    words = {start for start in words if header[0][start] not in "(（"}
    labels = {start for line in header for start, _ in pieces(line)} | words
    pairs = sorted((abs(s - label), -score[s], s, label) for s in starts for label in labels)
    named: set[int] = set()
    used: set[int] = set()
    for distance, _, start, label in pairs:  # each label names one start, the nearest free one
        if distance <= _TOLERANCE and start not in named and label not in used:
            named.add(start)
            used.add(label)
    # a start a few places from one the header names is that column's, drifted (rows whose
    # cells are one blank apart): the header's other labels fill its place (``_fill``)
    kept = [s for s in starts if s in named or all(abs(s - n) > _TOLERANCE + 1 for n in named)]
    return sorted(sorted(kept, key=lambda s: (s not in named, -score[s]))[:columns])
