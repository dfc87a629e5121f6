"""新発田市's table out of text extracted in reading-flow order (plain ``pdftotext``, pdfminer).

Without ``-layout`` an extractor writes each printed cell as a paragraph of its own, the cells
of a row mostly in the order of the columns, but with no column positions and now and then a
cell moved elsewhere or run together with the same column's cell of the row next to it. What
survives is the NO column: a number that continues the sequence (1, 2, 3 …) on a line of its
own, or before the 区分 it was printed next to (「1 市民」), starts a row. Between two such
numbers the paragraphs are read as the row's cells in the order the header declares them:

- 区分 and 施策分野: the short paragraphs right after the number;
- 具体的な取組: the next short paragraph, 取組方針 the next sentence, KPI the next short one;
- スケジュール (これまで), the three 実績値 and スケジュール (R6～R8) in turn, a figure
  (「53名」「7件」「(未実施)」) going to the 実績値.

A text that writes the cells of a printed line side by side (plain ``pdftotext`` on a
spreadsheet's print) has its pieces dealt back to the columns first, and its paragraphs dealt to
the rows as a stream (``_deal``): a page's right-hand cells come after its rows' left-hand ones.

This is a guess wherever a cell was moved or run together with another; the caller keeps the
rows as a partial plan and says, in a warning, that they were rebuilt from the reading order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .text import compact, display_width, is_no_value, lazy_re, nfkc, page_furniture, squash

#: A row's number on a line of its own, or before the 区分 set next to it (「1 市民」「11 【完」).
_ANCHOR = lazy_re(r"^\s*(\d{1,3})(?:\s+(.*))?$")
#: The letters of the header's labels: a paragraph made of these only is the (repeated) header.
_HEADER_CHARS = frozenset(
    "NO区分施策分野具体的な取組方針KPIスケジュール(これまで)実績値令和年度末R～〜~-0123456789"
)
_HEADER_LABELS = frozenset({"NO", "N", "区分", "区", "分", "野", "KPI"})
_FIGURE = lazy_re(
    r"^[①-⑳]?\s*(?:約|計)?\s*[0-9][0-9,.]*\s*(?:%|件|人|名|社|回|校|円|台|者|個|本|か所|時間|業務|システム|ページ)?"
    r"(?:\s*[①-⑳]\s*[0-9][0-9,.]*\s*(?:%|件|人|名|社|回)?)*$"
)
#: What a KPI names: a count, a rate or a share, not an undertaking (a title ends 「…の推進」「…化」).
_MEASURE = lazy_re(r"(?:数|率|割合|時間)$")
#: A schedule's opening: 「令和5年までに」「R3.9より」.
_DATED = lazy_re(r"^(?:令和|平成|R)\s*(?:元|[0-9]{1,2})")
_MARKS = lazy_re(r"【[^【】]{1,12}】")


@dataclass
class FlowRow:
    """One row rebuilt from the flow: its line (1-based), NO with marks, and its cells in the
    order of the columns after NO."""

    line: int
    key: str
    cells: list[str]
    guessed: list[str] = field(default_factory=list)  # cells not found in the row's place


@dataclass
class _Block:
    line: int  # 1-based line of its first line
    lines: list[str]
    after_figures: bool = False  # the rest of a line of figures: the next column's cell of their row

    @property
    def text(self) -> str:
        return _join(self.lines)


def _join(lines: list[str]) -> str:
    out = ""
    for line in lines:
        line = line.strip()
        if out and re.search(r"[A-Za-z0-9]$", out) and re.match(r"[A-Za-z(]", line):
            out += " "
        out += line
    return out


def _a_cell_a_line(lines: list[str]) -> bool:
    """Whether ``lines`` hold a cell a line with no blank line between the cells (a table copied out
    of a browser or a reading view): no paragraphs to read the cells by, each line is one."""
    filled = sum(1 for line in lines if line.strip())
    blank = len(lines) - filled
    return filled >= 40 and blank * 20 < filled


#: The share of a text's lines one or two letters long (no figure) from which a text without blank
#: lines is read as cells wrapped over lines rather than a cell a line: a narrow column's lines
#: (「市」「民」「向」 under 「1 市」, 「情報」「発」「信・」) — pypdfium2 writes a row's cells one after
#: the other, each cell's wrapped lines in turn, nothing between two cells (1 line in 5 to 3 on the
#: sample's A3 and A4 prints); a viewer's copy a cell a line has a cell's text whole on its line.
_WRAPPED_SHARE = 1 / 8


def _wrapped_without_breaks(lines: list[str]) -> bool:
    """Whether ``lines`` write each cell's wrapped lines one under the other with no blank line
    between two cells (see ``_WRAPPED_SHARE``)."""
    if not _a_cell_a_line(lines):
        return False
    filled = [compact(nfkc(line)) for line in lines if line.strip()]
    narrow = sum(1 for t in filled if len(t) <= 2 and not t.isdigit() and not _is_figure(t))
    return narrow >= _WRAPPED_SHARE * len(filled)


#: What a cell costs in ``_cells_by_width``: a cut is taken where the lines before it would fill
#: less than about half their cell's width otherwise (a narrow column's kinsoku line, 「発」 in a
#: column of two letters, is no cut; 「数」 under 「ロワー」, the KPI's last line, is).
_CUT = 0.4


def _cell_costs(widths: list[int], forced: set[int]) -> list[list[float]]:
    """For each i < j, what lines i..j-1 of ``widths`` cost as one cell in ``_cells_by_width`` (inf
    across an index of ``forced``): their lines but the last short of the widest, a letter of
    slack, as shares of the width, and ``_CUT``. Built a start at a time, the sum made again only
    where a wider line raises the width."""
    n = len(widths)
    inf = float("inf")
    out = [[inf] * (n + 1) for _ in range(n + 1)]
    for i in range(n):
        width = 0
        short = 0  # the sum of (width - w - 1)⁺ over lines i..j-2
        for j in range(i + 1, n + 1):
            if j - 1 > i and j - 1 in forced:
                break
            if widths[j - 1] > width:
                width = widths[j - 1]
                short = sum(max(0, width - w - 1) for w in widths[i : j - 1])
            elif j - 1 > i:
                short += max(0, width - widths[j - 2] - 1)
            out[i][j] = short / (width or 1) + _CUT
    return out


def _cells_by_width(widths: list[int], forced: set[int], most: int) -> tuple[float, list[int]]:
    """Where a run of wrapped lines of ``widths`` is cut into cells (the indices cells start at
    after the first), and what the cut costs: a cell's lines fill its column's width but the last
    (a letter of slack: 「(オー」 is a half letter wider than 「プン」), so a line short of the width
    before the next line, or lines far narrower than the next, end a cell. The cheapest cut
    (dynamic programming) into ``most`` cells at most, a cut before each index of ``forced``."""
    n = len(widths)
    inf = float("inf")
    cost = _cell_costs(widths, forced)

    best = [[inf] * (most + 1) for _ in range(n + 1)]
    back = [[0] * (most + 1) for _ in range(n + 1)]
    best[0][0] = 0.0
    for j in range(1, n + 1):
        for k in range(1, most + 1):
            for i in range(j):
                if best[i][k - 1] < inf:
                    c = best[i][k - 1] + cost[i][j]
                    if c < best[j][k]:
                        best[j][k], back[j][k] = c, i
    if not n:
        return 0.0, []
    k = min(range(1, most + 1), key=lambda k: best[n][k])
    total = best[n][k]
    cuts: list[int] = []
    j = n
    while k > 0 and j > 0:
        j = back[j][k]
        k -= 1
        if j:
            cuts.append(j)
    return total, sorted(cuts)


def _figures_apart(line: str) -> list[tuple[str, bool]]:
    """The cells a line of wrapped cells holds, each (text, opens a cell): a run of two figures or
    more one blank apart (「53名 約50名 約150名 Webによ」, 「…10%達成 8.7% 8.3% 8.6% オンライン予約の」:
    the 実績値 printed on one line) each a cell, the text after them the first line of the next,
    the text before them the last of the cell before; else the line (「youtube 等の視聴」 is one
    cell's, 「①48.2% ②0%」 one cell's list)."""
    tokens = line.split()
    figure = [_is_figure(t) and not re.match(r"[①-⑳]", t) for t in tokens]
    start = next((i for i in range(len(tokens) - 1) if figure[i] and figure[i + 1]), None)
    if start is None:
        return [(line.strip(), False)]
    end = start
    while end < len(tokens) and figure[end]:
        end += 1
    before = [(" ".join(tokens[:start]), False)] if start else []
    after = [(" ".join(tokens[end:]), True)] if end < len(tokens) else []
    return [*before, *((t, True) for t in tokens[start:end]), *after]


def _shared_lines(pieces: list[str], other: list[str]) -> int:
    """How many lines ``pieces`` opens with that ``other`` opens with too (short of their ends)."""
    n = 0
    while n < min(len(pieces), len(other)) - 1 and pieces[n] == other[n]:
        n += 1
    return n


def _row_run(lines: list[str], at: int, end: int, stops: set[int]) -> tuple[str, list[tuple[int, str, bool]]]:
    """A row's marks (「【完」「了】」 under its number) and its lines from index ``at`` (its number's
    line) to ``end``, each (line, text, opens a cell): up to a page break (``stops``: the page's
    furniture, the header repeated) — the rest of its cells after the break come in the order of
    the columns again, which no width tells apart from the row's own."""
    run: list[tuple[int, str, bool]] = []
    m = _ANCHOR.match(nfkc(lines[at]).strip())
    texts = [(at, m.group(2) if m and m.group(2) else "")]
    texts += [(i, lines[i]) for i in range(at + 1, end)]
    marks = ""
    for i, text in texts:
        if i in stops:
            break
        page_break = "\f" in text  # the next page's first line (its running header) after the form feed
        text = text.split("\f")[0]
        if not text.strip():
            if page_break:
                break
            continue
        closes = marks.count("【") > marks.count("】") and "】" in text and len(compact(text)) <= 4
        if not run and (text.strip().startswith("【") or closes):  # 「【完」「了】」, not a page's cells after 「【完」
            marks += text.strip()
            continue
        run += [(i + 1, piece, opens) for piece, opens in _figures_apart(text)]
        if page_break:
            break
    return " ".join(_MARKS.findall(marks)), run


def _cut_run(run: list[tuple[int, str, bool]], shared: list[int]) -> tuple[list[int], int]:
    """Where a row's run of wrapped lines is cut into its cells (the indices cells start at after
    the first): the 区分 and 施策分野 are the lines it shares with the row before or after it
    (``shared``, the cheaper of the two where both differ: two titles may open alike, 「Web」), cut
    in two, the other cells cut by width (``_cells_by_width``); and where the sections end (0: no
    row shares them)."""
    widths = [_width(text) for _, text, _ in run]
    forced = {i for i, (_, _, cut) in enumerate(run) if cut}
    options: list[tuple[float, list[int], int]] = []
    for n in sorted(set(shared)):
        if n < 2:
            continue
        head_cost, head = _cells_by_width(widths[:n], set(), 2)
        rest_cost, rest = _cells_by_width(widths[n:], {f - n for f in forced if f > n}, _CELLS - 2)
        options.append((head_cost + rest_cost, [*head, n, *(n + cut for cut in rest)], n))
    if not options:
        options.append((*_cells_by_width(widths, forced, _CELLS), 0))
    _, cuts, sections = min(options, key=lambda option: option[0])
    return cuts, sections


#: What leaving a column's cell empty costs in ``_cells_in_columns`` (a row one cell short).
_EMPTY = 1.0


def _cells_in_columns(
    widths: list[int], forced: set[int], columns: list[int], starts: dict[int, int] | None = None
) -> list[tuple[int, int]] | None:
    """A row's wrapped lines of ``widths`` dealt to the table's ``columns`` (their widths, measured
    on the rows cut into as many cells as there are columns): each cell (start, column) a run of
    lines none wider than its column and all but the last about as wide, a column left empty at
    a cost; the cheapest (dynamic programming), a cell starting at each index of ``forced``, the
    cell at an index of ``starts`` in the column it names (a row's 施策分野 right after its 区分).
    None when no deal fits."""
    n, k = len(widths), len(columns)
    inf = float("inf")
    after = [min((f for f in forced if f > i), default=n) for i in range(n + 1)]  # the next forced start
    overs, shorts = [], []  # per column, running sums of each line's excess over it and shortfall
    for width in columns:
        slack = max(1, width // 10)
        over, short = [0], [0]
        for w in widths:
            over.append(over[-1] + max(0, w - width - slack))
            short.append(short[-1] + max(0, width - w - slack))
        overs.append(over)
        shorts.append(short)

    def cost(i: int, j: int, column: int) -> float:
        if j > after[i]:
            return inf
        over = (overs[column][j] - overs[column][i]) * 3
        short = shorts[column][j - 1] - shorts[column][i]
        return (over + short) / (columns[column] or 1)

    best = [[inf] * (k + 1) for _ in range(n + 1)]
    back: list[list[tuple[int, int, bool]]] = [[(0, 0, False)] * (k + 1) for _ in range(n + 1)]
    best[0][0] = 0.0
    for c in range(k):
        for i in range(n + 1):
            if best[i][c] == inf:
                continue
            if best[i][c] + _EMPTY < best[i][c + 1]:
                best[i][c + 1], back[i][c + 1] = best[i][c] + _EMPTY, (i, c, False)
            if starts and starts.get(i, c) != c:
                continue
            for j in range(i + 1, n + 1):
                total = best[i][c] + cost(i, j, c)
                if total < best[j][c + 1]:
                    best[j][c + 1], back[j][c + 1] = total, (i, c, True)
    if best[n][k] == inf:
        return None
    cells: list[tuple[int, int]] = []
    j, c = n, k
    while c > 0:
        i, c, filled = back[j][c]
        if filled:
            cells.append((i, c))
        j = i
    return cells[::-1]


def _column_widths(cuts: list[tuple[list[int], list[int]]]) -> list[int] | None:
    """The widths of the table's columns after NO, each the median of its cells' widest line over
    the rows (widths, cuts) cut into as many cells as there are columns; None for fewer than two
    such rows."""
    full = [
        [max(widths[a:b]) for a, b in zip([0, *cut], [*cut, len(widths)], strict=True)]
        for widths, cut in cuts
        if len(cut) == _CELLS - 1
    ]
    if len(full) < 2:
        return None
    return [sorted(column)[len(column) // 2] for column in zip(*full, strict=True)]


def _known_sections(
    texts: list[list[str]], cuts: list[list[int]], sections: list[int], shared: list[list[int]]
) -> list[list[int]]:
    """For each row, where its 区分 ends when it opens with the lines of a 区分 two rows sharing their
    sections with a neighbour had (「市」「民」…「策」), and where its 施策分野 ends: where the lines it
    shares with a neighbour (``shared``) end past the 区分 (the nearer of two: titles may open alike),
    else after the lines of a 施策分野 one such row had. A row whose neighbours have
    other sections, or a 施策分野 that opens with a short line (「健」「康・医」), is cut as the names
    were; [] for a row that opens with no known 区分."""
    firsts: dict[tuple[str, ...], int] = {}
    seconds: set[tuple[str, ...]] = set()
    for row, cut, end in zip(texts, cuts, sections, strict=True):
        if end and cut and cut[0] < end:
            firsts[tuple(row[: cut[0]])] = firsts.get(tuple(row[: cut[0]]), 0) + 1
            seconds.add(tuple(row[cut[0] : end]))
    names = sorted((name for name, count in firsts.items() if count >= 2), key=len, reverse=True)
    out: list[list[int]] = []
    for row, near in zip(texts, shared, strict=True):
        first = next((len(name) for name in names if tuple(row[: len(name)]) == name), 0)
        if not first:
            out.append([])
            continue
        if any(n > first for n in near):  # the sections the row shares with a neighbour
            out.append([first, min(n for n in near if n > first)])
            continue
        second = max(
            (len(name) for name in seconds if tuple(row[first : first + len(name)]) == name and first + len(name) < len(row)),
            default=0,
        )
        out.append([first, first + second] if second else [first])
    return out


def _wrapped_rows(
    rows: list[tuple[_Block, str, list[_Block], str]], lines: list[str]
) -> list[tuple[_Block, str, list[_Block], str]]:
    """Each row of a text of wrapped cells (``_wrapped_without_breaks``) read again from its lines,
    a paragraph a cell: cut by the lines' widths (``_cut_run``), then dealt to the columns whose
    widths the rows cut into all their cells give (``_cells_in_columns``), for each table of the
    text (a header repeated starts the next: a browser sizes each table's columns to its own
    text). A row no deal fits keeps its first cut."""
    furniture = page_furniture(lines)
    headers = {
        i for i, line in enumerate(lines) if compact(nfkc(line)).upper().startswith("NO") and _is_header(line)
    }
    starts = sorted(anchor.line - 1 for anchor, _, _, _ in rows)
    ends = dict(zip(starts, [*starts[1:], len(lines)], strict=True))
    runs = [_row_run(lines, anchor.line - 1, ends[anchor.line - 1], furniture | headers) for anchor, _, _, _ in rows]
    texts = [[text for _, text, _ in run] for _, run in runs]
    widths = [[_width(text) for text in row] for row in texts]
    cuts: list[list[int]] = []
    sections: list[int] = []  # where each row's 区分 and 施策分野 end, 0 where unknown
    nears: list[list[int]] = []  # how many lines each row shares with the row before and after it
    for index, (_, run) in enumerate(runs):
        near = [_shared_lines(texts[index], texts[i]) for i in (index - 1, index + 1) if 0 <= i < len(runs)]
        nears.append(near)
        cut, end = _cut_run(run, near)
        cuts.append(cut)
        sections.append(end)
    fixed: list[set[int]] = []  # each row's cuts the section names give
    for index, known in enumerate(_known_sections(texts, cuts, sections, nears)):
        if len(known) == 2:
            sections[index] = known[-1]
            cuts[index] = sorted({*known, *(c for c in cuts[index] if c > known[-1])})
        fixed.append(set(known))
    table = [sum(1 for h in headers if h < anchor.line - 1) for anchor, _, _, _ in rows]
    out = []
    for index, ((anchor, key, _, _), (marks, run)) in enumerate(zip(rows, runs, strict=True)):
        same = [i for i in range(len(rows)) if table[i] == table[index]]
        columns = _column_widths([(widths[i], cuts[i]) for i in same]) or _column_widths(list(zip(widths, cuts, strict=True)))
        forced = {i for i, (_, _, cut) in enumerate(run) if cut} | {sections[index]} | fixed[index]
        named = {at: column for column, at in enumerate(sorted(fixed[index] | {0}))}
        dealt = _cells_in_columns(widths[index], forced, columns, named) if columns else None
        cells = [""] * _CELLS
        if dealt is None:
            bounds = [0, *sorted((set(cuts[index]) | fixed[index]) - {0, len(run)}), len(run)]
            parts = [_join(texts[index][a:b]) for a, b in zip(bounds, bounds[1:], strict=False)]
            blocks = [_Block(anchor.line, [part]) for part in parts]
        else:
            for (a, column), b in zip(dealt, [*(a for a, _ in dealt[1:]), len(run)][: len(dealt)], strict=True):
                cells[column] = _join(texts[index][a:b])
            blocks = [_Block(anchor.line, [cell]) for cell in cells]
        out.append((anchor, " ".join([key, marks]).strip() if marks and "【" not in key else key, blocks, ""))
    return out


def _blocks(lines: list[str], side_by_side: bool = False) -> list[_Block]:
    furniture = page_furniture(lines)
    blocks: list[_Block] = []
    current: _Block | None = None
    a_line = _a_cell_a_line(lines)
    for index, raw in enumerate(lines):
        line = raw.replace("\f", "")
        if not line.strip() or index in furniture:
            current = None
            continue
        if current is not None and _number_under_header(current.lines[-1], line):
            current = None
        if current is None or a_line:
            current = _Block(index + 1, [])
            blocks.append(current)
        current.lines.append(line)
        after = lines[index + 1] if index + 1 < len(lines) else ""
        if (
            len(compact(line)) >= 4
            and _is_header(line)
            and _ANCHOR.match(nfkc(after))
            and not _is_header(after)
        ):
            current = None  # a header's label (「令和3年度末」) run into the row under it (「16 市民」)
    if a_line:
        return blocks
    split = _side_by_side if side_by_side else _figure_apart
    return [part for block in blocks for part in split(block)]


#: A row's number alone on its line.
_BARE_NO = lazy_re(r"^\s*[0-9]{1,3}\s*$")


def _number_under_header(above: str, line: str) -> bool:
    """Whether ``line`` is a row's number alone right under a label of the header, in its paragraph
    (「NO 区分 施策分」「野」「1」: plain pdftotext writes the first row's NO there): it opens the row,
    never a piece of the header, whose letters digits are too."""
    return bool(_BARE_NO.match(line)) and not _BARE_NO.match(above) and _is_header(above)


#: The share of lines holding three cells side by side or more (「Webによる議会報告 市民の利便性の
#: 向上や多 youtube等の視聴者 …」) from which a text is read as such: plain pdftotext on a ruled
#: table whose cells wrap (a spreadsheet's print: 1 line in 16–21); a print whose cells are narrow
#: and set one under the other, or pdfminer, which spaces a cell's letters, has 1 in 30 or fewer.
_SIDE_BY_SIDE_SHARE = 1 / 25


def _cells_side_by_side(lines: list[str]) -> bool:
    """Whether ``lines`` write the cells of a printed line side by side, one blank apart."""
    filled = [line for line in lines if line.strip()]
    wide = 0
    for line in filled:
        pieces = _pieces(line)
        if len(pieces) >= 3 and not pieces[0].isdigit() and not all(_is_figure(piece) for piece in pieces):
            wide += 1
    return bool(filled) and wide >= _SIDE_BY_SIDE_SHARE * len(filled)


#: A blank between two cells printed side by side: not inside an English phrase (「JIS X」), nor
#: before the next figure of a list (「①48.2% ②0%」) or a note (「99.9%準拠 ※全」).
_CELL_GAP = lazy_re(r"(?<=[^\x00-\x7f])\s+(?=[^①-⑳※])|(?<=[\x21-\x7e])\s+(?=[^\x00-\x7f①-⑳※])")


def _pieces(line: str) -> list[str]:
    return [piece for piece in _CELL_GAP.split(line.strip()) if piece]


def _width(piece: str) -> int:
    """A line's printed width in half-width letters: ASCII letters and digits are proportional,
    narrower than half a full-width letter's box would make them (「件数10件」 fills a line of
    five full-width letters)."""
    return display_width(piece) + sum(ch.isascii() and ch.isalnum() for ch in piece) // 2


def _side_by_side(block: _Block) -> list[_Block]:
    """A paragraph whose first line holds several cells one blank apart as one paragraph a cell.

    A ruled table whose cells wrap is printed line by line across its cells; the extractor joins
    the cells' first lines into one line (「Webによる議会報告 市民の利便性の向上や多 youtube等の
    視聴者 …」) and then writes each printed line's pieces in the order of the columns, a column
    that has ended writing nothing more. The pieces are dealt back to the columns in that order:
    a column ends with a line narrower than its widest (its cell's last line) or with a figure
    (a 実績値 is one line), and a line goes to the next column, left to right, still open."""
    first = _pieces(block.lines[0])
    if len(first) < 2 or _is_figure(" ".join(first)) or _is_header(block.text) or first[1].startswith("【"):
        return [block]  # one cell, the header, or a row's NO with its marks (read by ``read``)
    columns = [[piece] for piece in first]
    widths = [_width(piece) for piece in first]
    open_ = [not _is_figure(piece) for piece in first]
    # a column whose first line is narrower than the line of the same text after it was one line
    at = len(columns)  # the next column in the round of the printed line
    for raw in block.lines[1:]:
        pieces = _pieces(raw)
        while pieces:
            piece = pieces.pop(0)
            width = _width(piece)
            # a line wider than a column's widest is not that column's
            ahead = [c for c in range(len(columns)) if open_[c] and c >= at and width <= widths[c] + 2]
            if not ahead and _is_figure(piece):  # a figure printed lower than the first line
                columns.append([])
                widths.append(0)
                open_.append(True)
                ahead = [len(columns) - 1]
            ahead = (
                ahead
                or [c for c in range(len(columns)) if open_[c] and width <= widths[c] + 2]
                or [c for c in range(len(columns)) if open_[c] and c >= at]
                or [c for c in range(len(columns)) if open_[c]]
            )
            if not ahead:  # every column ended: the widest last line had not
                ahead = [
                    max(
                        range(len(columns)),
                        key=lambda c: (not _is_figure(columns[c][-1]), _width(columns[c][-1]) - widths[c]),
                    )
                ]
            column = ahead[0]
            width = _width(piece)
            # a blank inside a cell's line (「…行っています。 今後新」): the two pieces fill it
            while (
                pieces
                and width < widths[column] - 1
                and abs(width + 1 + _width(pieces[0]) - widths[column]) <= 2
            ):
                piece = f"{piece} {pieces.pop(0)}"
                width = _width(piece)
            columns[column].append(piece)
            if width < widths[column] - 1 or _is_figure(_join(columns[column])):
                open_[column] = False
            widths[column] = max(widths[column], width)
            at = column + 1
    if first[0].isdigit() and len(columns[0]) == 1:  # a row's NO stays before the 区分 beside it
        columns[1][0] = f"{first[0]} {columns[1][0]}"
        del columns[0]
    return [_Block(block.line, lines) for lines in columns]


def _figure_apart(block: _Block) -> list[_Block]:
    """A paragraph whose first line ends in a figure set one blank after its text (「令和5年ま
    7件」) as two: the extractor joined the first 実績値, printed level with the first line of
    the cell before it, to that line; the figure is the next cell. (And one whose first line
    opens with figures, see ``_figures_first``.)"""
    text, _, last = block.lines[0].rstrip().rpartition(" ")
    if not text.strip() or not _is_figure(last) or _is_figure(text):
        return _figures_first(block)
    return [_Block(block.line, [text, *block.lines[1:]]), _Block(block.line, [last])]


#: A year's label of the 実績値 header run onto the figure under it (「令和3年度末38.0%」).
_YEAR_LABEL = lazy_re(r"^\s*(?:令和|平成)\s*[0-9]{1,2}\s*年度末\s*")
#: What goes on a cell's figure rather than starting the next cell: a note, a bracket, a figure.
_NOT_A_CELL = lazy_re(r"^[※(（0-9①-⑳]")
#: A text ending in a figure (「R3投稿件数 82件」): a 実績値's words, not the next cell.
_ENDS_IN_FIGURE = lazy_re(r"[0-9]\s*(?:%|件|人|名|社|回|時間)?[)）]?$")


def _figures_first(block: _Block) -> list[_Block]:
    """A paragraph whose first line is figures followed by text wrapped over the lines below
    (「(未実施) 令和6年ま」「でに手話動画…」, 「14,552件 17,767件 21,345件 令和8年ま」): pdfminer
    joins the 実績値, printed level with the first line of the cell after them, to that line. The
    figures are a cell each, the text the next cell of their row (``after_figures``)."""
    whole = nfkc(_join(block.lines))
    label = _YEAR_LABEL.match(whole)
    if label and whole[label.end() :].strip() and _is_figure(whole[label.end() :]):
        return [_Block(block.line, [whole[label.end() :]])]  # 「令和3年度末」「38.0%」
    words = block.lines[0].split()
    if not words or words[0].isdigit():  # 「1 市民」: a row's number
        return [block]
    if (
        len(block.lines) == 1
        and len(words) >= 2
        and all(_is_figure(w) or _OPENS_WITH_FIGURE.match(nfkc(w)) for w in words)
    ):
        return [_Block(block.line, [word]) for word in words]  # 「数値なし。 数値なし。 数値なし。」
    figures = 0
    while figures < len(words) and _is_figure(words[figures]):
        figures += 1
    rest = " ".join(words[figures:])
    text = _join([rest, *block.lines[1:]])
    if not figures or not rest or _NOT_A_CELL.match(nfkc(rest)) or _ENDS_IN_FIGURE.search(nfkc(text)):
        return [block]
    return [
        *(_Block(block.line, [word]) for word in words[:figures]),
        _Block(block.line, [rest, *block.lines[1:]], after_figures=True),
    ]


def _is_header(text: str) -> bool:
    """A paragraph made only of the header's letters (its labels cut anywhere: 「スケジュー」
    「ル (これま」), three of them at least."""
    letters = compact(nfkc(text)).upper()
    if letters in _HEADER_LABELS:
        return True
    return len(re.sub(r"[0-9]", "", letters)) >= 3 and set(letters) <= _HEADER_CHARS


def _is_sentence(text: str) -> bool:
    return "。" in text or len(compact(text)) >= 40


def _is_figure(text: str) -> bool:
    t = squash(nfkc(text))
    return bool(_FIGURE.match(t)) or is_no_value(t) or t in {"(未実施)", "数値なし", "数値なし。"}


def header_lines(lines: list[str]) -> list[str]:
    """The lines of the table's header (for the years of the 実績値 columns and the range of the
    schedule): from ``lines``' start to its first row, then the header's paragraphs an
    extractor wrote after it."""
    end = len(lines)
    for index, line in enumerate(lines[1:], 1):
        m = _ANCHOR.match(nfkc(line).strip())
        if m and int(m.group(1)) <= 3 and not _is_header(line):
            end = index
            break
    side = _cells_side_by_side(lines)
    later = [line for block in _blocks(lines[end:], side) if _is_header(block.text) for line in block.lines]
    return lines[:end] + later


def read(lines: list[str], start: int = 0) -> list[FlowRow]:
    """The table's rows from line ``start`` on, in the order of their numbers."""
    side = _cells_side_by_side(lines[start:])
    every = [part for b in _blocks(lines, side) if b.line > start for part in _anchors_apart(b)]
    blocks = [b for b in every if not _is_header(b.text)]
    rows: list[tuple[_Block, str, list[_Block], str]] = []  # anchor, key, blocks, 区分 beside the key
    used: set[int] = set()
    marks_open = False
    leading: list[_Block] = []  # paragraphs before the first row (a page's right-hand cells)
    for block in blocks:
        first = nfkc(block.lines[0]).strip()
        m = _ANCHOR.match(first)
        number = int(m.group(1)) if m else None
        if m and number is not None and _continues(number, used):
            used.add(number)
            rest = [m.group(2) or ""] + block.lines[1:]
            key = str(number)
            marks = ""
            while rest and (rest[0].strip().startswith("【") or marks_open):  # 「11|【完|了】」
                marks += rest.pop(0).strip()
                marks_open = marks.count("【") > marks.count("】")
            key = " ".join([key, *_MARKS.findall(marks)])
            rows.append((block, key, [], _join(rest)))
            continue
        if rows:
            rows[-1][2].append(block)
        else:
            leading.append(block)
    _column_major(rows)
    if _wrapped_without_breaks(lines[start:]):
        rows = _wrapped_rows(rows, lines)
    # 区分 and 施策分野 repeat: the names two rows or more have at their start are section names,
    # and a paragraph made of them (one row's, or several rows' run together) is no title
    initial = [_row(anchor, key, found, beside) for anchor, key, found, beside in rows]
    counts: dict[str, int] = {}
    for row in initial:
        for cell in row.cells[:2]:
            if cell:
                counts[compact(cell)] = counts.get(compact(cell), 0) + 1
    names = sorted((name for name, count in counts.items() if count >= 2), key=len, reverse=True)
    if side:  # cells moved between rows: dealt as a stream
        found = _deal(rows, names, [b.text for b in leading])
    else:
        whole = _a_cell_a_line(lines[start:])
        found = [
            FlowRow(anchor.line, key, [b.text for b in blocks])
            if whole and not beside and len(blocks) == _CELLS  # every cell there, one a line
            else _row(anchor, key, blocks, beside, names)
            for anchor, key, blocks, beside in rows
        ]
    read = sorted(found, key=lambda row: int(row.key.split()[0]))
    if not side and not _a_cell_a_line(lines[start:]):  # a cell a line: the rows were read whole
        _actuals_by_page(every, read)
    for before, row in zip(read, read[1:], strict=False):
        if not row.cells[0] and not row.cells[1]:  # its section cells were moved: the row above's
            row.cells[0], row.cells[1] = before.cells[0], before.cells[1]
            row.guessed.append("区分・施策分野")
    for row in read:
        if not row.cells[2]:
            row.cells[2] = f"（NO {row.key.split()[0]} の取組名を読み取れませんでした）"
            row.guessed.append("取組名")
    return read


def _anchors_apart(block: _Block) -> list[_Block]:
    """A row's number and 区分 run on into the next row's (「1 市民」「向け」…「2 市民」 in one
    paragraph, pdfminer, the two cells printed close): split before the line the next number
    opens. Rows with marks (「35 【新】 市民」「36 【新】 市民」「【完了】 向け」) are left as one: plain
    pdftotext writes their cells row after row under them, which the first row reads whole
    (split, the first row got nothing and the second the first's title: codes 0.97 → 0.94)."""
    m = _ANCHOR.match(nfkc(block.lines[0]).strip())
    if not m or not m.group(2):
        return [block]
    after = int(m.group(1)) + 1
    for index, line in enumerate(block.lines[1:], 1):
        n = _ANCHOR.match(nfkc(line).strip())
        if n and n.group(2) and int(n.group(1)) == after and "【" not in "".join(block.lines):
            head = _Block(block.line, block.lines[:index])
            return [head, *_anchors_apart(_Block(block.line + index, block.lines[index:]))]
    return [block]


#: A 実績値 in words ending in its figure (「フォロワー数3,360名」「…DX推進研修:43人」) or opening with
#: one (「99.9%準拠 ※全5,412ページ中…」「932時間 (RPAによる削減時間)」).
_OPENS_WITH_FIGURE = lazy_re(r"^[①-⑳]?\s*(?:約|延べ)?\s*[0-9]")
_ENDS_WITH_FIGURE = lazy_re(r"[0-9][0-9,.]*\s*(?:%|件|人|名|社|回|か所|時間|システム)?[)）]?$")


def _is_actual(text: str) -> bool:
    """Whether ``text`` reads as a 実績値 cell: a figure, or a short text with a figure at its
    start or end that is no schedule (「令和5年までに…」) and no sentence."""
    if _is_figure(text):
        return True
    t = squash(nfkc(re.sub(r"[①-⑳]", " ", text)))  # NFKC makes ① a 1: 「①電子入札の実施数」 is no figure
    head = t.split("※")[0].strip()
    if not head or "。" in head or len(compact(t)) > 80:
        return False
    if _DATED.match(compact(head)) and not _ENDS_WITH_FIGURE.search(head):
        return False  # a schedule (「①令和9年までに…」), not a 実績値 (「令和5年度市長査定案件…6件」)
    return bool(_OPENS_WITH_FIGURE.match(head) or _ENDS_WITH_FIGURE.search(head))


#: The end of a sentence of a 取組方針, written politely (「…を図ります。」); a schedule is not
#: (「…を行う。」「…を開始する。」).
_POLITE = lazy_re(r"(?:ます|です)。?\s*$")


def _actuals_by_page(blocks: list[_Block], rows: list[FlowRow]) -> None:
    """The 実績値 of a page's rows read again from the order pdfminer keeps however it moves the
    other cells: each row's three 実績値 written one after the other, the rows' in their order.
    A page (from one header to the next) whose rows are numbered without a gap and whose first
    実績値 come in runs of three, as many as it has rows, gives each row its three in turn, with the cell right before a run as the
    first row's スケジュール (これまで), and the page's cells after its last run, one a row, or a
    text run onto the line of a row's last figures as its スケジュール (R6～R8); an R6～R8 read
    before is kept only when it is one of the page's paragraphs, no figure nor KPI (not several
    run together). Any other page is left as it was read."""
    by_line = {row.line: row for row in rows}
    pages: list[list[_Block]] = [[]]
    for block in blocks:
        if _is_header(block.text) and compact(nfkc(block.text)).upper().startswith("NO") and pages[-1]:
            pages.append([])
        pages[-1].append(block)
    for page in pages:
        cells = [b for b in page if not _is_header(b.text)]
        anchors = [b for b in cells if b.line in by_line and _ANCHOR.match(nfkc(b.lines[0]).strip())]
        on_page = [by_line[b.line] for b in anchors]
        runs: list[tuple[int, int]] = []  # [start, end) in ``cells``
        at = 0
        while at < len(cells):
            if cells[at] in anchors or not _is_actual(cells[at].text):
                at += 1
                continue
            end = at
            while end < len(cells) and cells[end] not in anchors and _is_actual(cells[end].text):
                end += 1
            runs.append((at, end))
            at = end
        # a row cut by the page's end has its 実績値 on this page and its number on the next: the
        # page's first runs, as many triples as it has rows, are its rows'
        counted = 0
        for index, (start, end) in enumerate(runs):
            if counted >= len(on_page):
                runs = runs[:index]
                break
            counted += (end - start) // 3 if (end - start) % 3 == 0 else len(on_page) + 1
        numbers = sorted(_number(row.key) for row in on_page)
        if not on_page or counted != len(on_page) or numbers != list(range(numbers[0], numbers[-1] + 1)):
            continue  # (a row between not found: the 実績値 cannot be counted off to the rows)
        trailing = [b for b in cells[runs[-1][1] :] if b not in anchors] if runs else []
        if len(trailing) == len(on_page) and not any(_is_actual(b.text) for b in trailing):
            for row, block in zip(on_page, trailing, strict=True):  # the page's R6～R8 column, last
                row.cells[9] = block.text
            trailing = []
        whole_cells = {
            b.text for b in cells if not _is_actual(b.text) and not _MEASURE.search(compact(b.text))
        }
        queue = list(on_page)
        for start, end in runs:
            for first in range(start, end, 3):
                row = queue.pop(0)
                row.cells[6:9] = [cells[i].text for i in range(first, first + 3)]
                before = cells[first - 1] if first == start and start > 0 else None
                if (
                    before is not None
                    and before not in anchors
                    and not before.after_figures
                    and not _MEASURE.search(compact(before.text))
                    and len(compact(before.text)) <= 80
                    and not _POLITE.search(before.text)
                ):
                    row.cells[5] = before.text
                else:
                    row.cells[5] = ""
                after = cells[end] if first + 3 == end and end < len(cells) else None
                starts = {start for start, _ in runs}
                if after is not None and after.after_figures:
                    row.cells[9] = after.text
                elif (
                    trailing
                    and after is not None
                    and after not in anchors
                    and end + 1 not in starts  # the next row's スケジュール (これまで), before its 実績値
                    and not _MEASURE.search(compact(after.text))
                    and not _POLITE.search(after.text)
                ):
                    row.cells[9] = after.text  # the cell right after a row's 実績値: its R6～R8
                elif row.cells[9] not in whole_cells:
                    # several paragraphs run together: the first, when it is one of the page's
                    leads = [t for t in whole_cells if row.cells[9].startswith(f"{t} ")]
                    lead = max(leads, key=len, default="")
                    row.cells[9] = lead


#: Paragraphs a row has before its 取組方針 (区分, 施策分野, 取組) when an extractor writes a page's
#: columns one after the other (pdfminer on a spreadsheet's print).
_LEADING = 3


def _column_major(rows: list[tuple[_Block, str, list[_Block], str]]) -> None:
    """Rows of a page written column by column: each but the last has only its leading cells,
    and the last carries the page's other columns, n paragraphs a column for the n rows. Those
    paragraphs are dealt back to the rows in turn."""
    start = 0
    while start < len(rows):
        end = start
        while (
            end < len(rows) - 1
            and len(rows[end][2]) <= _LEADING
            and not any(_is_sentence(b.text) for b in rows[end][2])
        ):
            end += 1
        run = rows[start : end + 1]
        n = len(run)
        last = run[-1][2]
        lead = next((i for i, b in enumerate(last) if _is_sentence(b.text)), len(last))
        rest = last[lead:]
        if n >= 2 and len(rest) >= 2 * n and all(_is_sentence(b.text) for b in rest[:n]):
            del last[lead:]
            for index, block in enumerate(rest[:n]):  # the 取組方針 column, a row at a time
                run[index][2].append(block)
            for index, chunk in enumerate(_by_actuals(rest[n:], n)):  # then the rows' other cells
                run[index][2].extend(chunk)
        start = end + 1


def _by_actuals(blocks: list[_Block], n: int) -> list[list[_Block]]:
    """``blocks`` as ``n`` rows' cells written row after row: each row's cells end with its three
    実績値 (figures) and the schedule after them; what cannot be split so goes to the last row."""
    chunks: list[list[_Block]] = []
    at = 0
    while len(chunks) < n - 1:
        triple = next(
            (i for i in range(at, len(blocks) - 2) if all(_is_figure(b.text) for b in blocks[i : i + 3])),
            None,
        )
        if triple is None:
            break
        chunks.append(blocks[at : triple + 4])
        at = triple + 4
    chunks.append(blocks[at:])
    return chunks


#: How far a row's number may run ahead of the rows read so far, or lag behind the highest one:
#: an extractor moves a cell a few rows at most.
_REACH = 4


def _continues(number: int, used: set[int]) -> bool:
    """Whether ``number`` is the number of a row not read yet near the rows read so far."""
    if number in used:
        return False
    if not used:
        return number <= 3
    top = max(used)
    return top - _REACH <= number <= top + _REACH and (number > top or number > min(used))


def _of_names(text: str, names: list[str]) -> bool:
    """Whether ``text`` is one or more of ``names`` run together (longest first)."""
    rest = compact(text)
    while rest:
        name = next((name for name in names if rest.startswith(name)), None)
        if name is None:
            return False
        rest = rest[len(name) :]
    return bool(names)


#: A title may be long (「保育園業務の電子化（児童の保育記録等の帳簿作成、…の推進）」, 50 letters)
#: but has no 。; a paragraph longer than this is the policy.
_LONG_TITLE = 60
#: The columns after 区分 and 施策分野, in the header's order.
_ORDER = ("title", "policy", "kpi", "past", "a1", "a2", "a3", "next")
_ACTUALS = ("a1", "a2", "a3")


def _slot_for(text: str, slot: int, *, figures_no_title: bool = False) -> int:
    """The column (index in ``_ORDER``) a paragraph goes to when ``slot`` is the one expected: a
    paragraph that cannot be the expected column's moves on to the one it can be (a sentence is no
    title, what is counted is the KPI, 「令和5年までに…」 the schedule, figures the actuals).
    ``figures_no_title``: a figure where a title or policy is expected is the KPI's."""
    while slot < len(_ORDER):
        role = _ORDER[slot]
        if figures_no_title and role in ("title", "policy") and _is_figure(text):
            slot = _ORDER.index("kpi")  # a figure is no title nor policy
            continue
        if role == "title" and ("。" in text or len(compact(text)) > _LONG_TITLE):
            slot += 1  # the title was moved elsewhere: this is the policy
            continue
        if role in ("title", "policy") and _MEASURE.search(compact(text)):
            slot = _ORDER.index("kpi")  # what is counted (「…の件数」「…の割合」): the KPI
            continue
        if role in ("title", "policy", "kpi") and _DATED.match(compact(text)):
            slot = _ORDER.index("past")  # 「令和5年までに…」: a schedule
            continue
        if role == "policy" and not _is_sentence(text) and not _is_figure(text):
            slot += 1  # the policy was moved elsewhere: this is the KPI
            continue
        if role == "kpi" and _is_figure(text):
            slot += 2  # no KPI text and no past: the figures are the actuals
            continue
        if role == "past" and _is_figure(text):
            slot += 1
            continue
        break
    return slot


class _Cells:
    """One row's cells filled in the order of the columns (see the module), a paragraph at a
    time: ``slot`` is the column the next paragraph is expected in."""

    def __init__(self, anchor: _Block, key: str, sections: list[str]) -> None:
        self.line = anchor.line
        self.key = key
        self.cells = [""] * 10  # 区分, 施策分野, 取組, 取組方針, KPI, これまで, 実績値 ×3, R6～R8
        for n, text in enumerate(sections[:2]):
            self.cells[n] = text
        self.slot = 0

    def _slot_for(self, text: str) -> int:
        return _slot_for(text, self.slot, figures_no_title=True)

    def fits(self, text: str) -> bool:
        """Whether ``text`` is of the kind the row expects next: a 実績値 has a figure (「53名」,
        「…提案が行われた件数 6件」) or says there is none, another cell is not a figure alone,
        and a full row expects nothing."""
        slot = self._slot_for(text)
        if slot >= len(_ORDER):
            return False
        if _ORDER[slot] in _ACTUALS:
            return _is_figure(text) or bool(re.search(r"[0-9０-９]", text))
        return not _is_figure(text)

    def due(self, text: str) -> bool:
        """Whether ``text`` is of the kind of the very column the row expects next (none skipped)."""
        return self.slot < len(_ORDER) and self._slot_for(text) == self.slot and self.fits(text)

    def takes_title(self, text: str) -> bool:
        return _ORDER[self._slot_for(text)] == "title" if self._slot_for(text) < len(_ORDER) else False

    def place(self, text: str) -> None:
        slot = self._slot_for(text)
        if slot >= len(_ORDER):
            self.cells[9] = f"{self.cells[9]} {text}".strip()
        else:
            self.cells[2 + slot] = text
        self.slot = min(slot + 1, len(_ORDER))


def _sections(texts: list[str], beside: str) -> tuple[list[str], int]:
    """A row's 区分 and 施策分野 (the short paragraphs first after its number) and how many of
    ``texts`` they take."""
    sections = [beside] if beside else []
    i = 0
    while len(sections) < 2 and i < len(texts) and not _is_sentence(texts[i]) and not _is_figure(texts[i]):
        if len(compact(texts[i])) > 20:
            break
        sections.append(texts[i])
        i += 1
    return sections, i


#: How many rows back a paragraph out of its row's place may belong to.
_BACK = 6


def _number(key: str) -> int:
    return int(key.split()[0])


def _deal(
    rows: list[tuple[_Block, str, list[_Block], str]], names: list[str], leading: list[str] | None = None
) -> list[FlowRow]:
    """The rows' cells from their paragraphs in reading order. A paragraph goes to the row being
    filled when it is of the kind that row expects next; otherwise to the first row (by number)
    among the few before that expects that kind, which is then the row being filled: an
    extractor writes a page's rows in two runs, their left cells and then their right cells
    (figures after a row that has its 実績値 already, a KPI after a row that is full), each in
    the rows' order."""
    every = {_number(key): _Cells(anchor, key, []) for anchor, key, _, _ in rows}
    seen: set[int] = set()
    pending = [text for text in leading or [] if not _of_names(text, names)]
    for _, key, blocks, beside in rows:
        # cells written before the first row go to the rows read so far that are due them next
        while pending:
            due = next((every[m] for m in sorted(seen) if every[m].due(pending[0])), None)
            if due is None:
                break
            due.place(pending.pop(0))
        texts = [b.text for b in blocks]
        sections, i = _sections(texts, beside)
        n = _number(key)
        current = every[n]
        for index, text in enumerate(sections[:2]):
            current.cells[index] = current.cells[index] or text
        seen.add(n)
        # the rows around: those read so far, and those whose number comes later in the text
        # (「17」「18」 before 「16」), their title perhaps written before their number
        window = [every[m] for m in sorted(every) if n - _BACK <= m <= n and (m in seen or m < n)]
        for text in texts[i:]:
            if _of_names(text, names):
                continue  # the section cells of rows written elsewhere
            waiting = [
                row
                for row in window
                if row.slot == 0
                and (all(row.cells[:2]) or _number(row.key) not in seen)
                and row.takes_title(text)
            ]
            if waiting and not any(
                _number(row.key) > _number(waiting[0].key) and row.slot > 0 for row in window
            ):
                current = waiting[0]  # titles come in the rows' order: the first row still without one
            elif not current.fits(text):
                current = next(
                    (
                        row
                        for row in window
                        if row is not current
                        and _number(row.key) in seen
                        and row.fits(text)
                        and not row.takes_title(text)
                    ),
                    current,
                )
            current.place(text)
    filled = list(every.values())
    return [FlowRow(row.line, row.key, row.cells) for row in filled]


#: A row's cells after its number: 区分, 施策分野, 取組, 取組方針, KPI, これまで, 実績値 ×3, R6～R8.
_CELLS = 10


def _row(
    anchor: _Block, key: str, blocks: list[_Block], beside: str, names: list[str] | None = None
) -> FlowRow:
    """The cells of one row from its paragraphs, in the order of the columns (see the module);
    paragraphs made of section ``names`` after the row's own sections are left out."""
    names = names or []
    texts = [b.text for b in blocks]
    cells = [""] * _CELLS
    sections = [beside] if beside else []
    i = 0
    while len(sections) < 2 and i < len(texts) and not _is_sentence(texts[i]) and not _is_figure(texts[i]):
        if len(compact(texts[i])) > 20:
            break
        sections.append(texts[i])
        i += 1
    for n, text in enumerate(sections[:2]):
        cells[n] = text
    slot = 0
    rest = texts[i:]
    for n, text in enumerate(rest):
        if _of_names(text, names):
            continue  # the section cells of rows written elsewhere
        if _counted_again(text, slot, cells, rest[n + 1] if n + 1 < len(rest) else ""):
            slot = _ORDER.index("kpi")  # the KPI read before was another row's, moved here
        slot = _slot_for(text, slot)
        if slot >= len(_ORDER):
            cells[9] = f"{cells[9]} {text}".strip()
            continue
        cells[2 + slot] = text
        slot += 1
    return FlowRow(anchor.line, key, cells)


def _counted_again(text: str, slot: int, cells: list[str], after: str) -> bool:
    """Whether ``text``, what is counted (「…の割合」), comes right after a KPI of that kind, before
    anything else past it: a row has one KPI cell, so the one read first was another row's (an
    extractor moves a cell down a row or two: 「①電子入札の実施数 … 納付書払いのうち…の割合」 before
    「全体の予約件数に対する…の割合」), and this one, followed by the row's schedule and 実績値 in
    order, is the row's: the paragraph ``after`` it is a schedule (「令和5年までに…」) or a figure.
    (A KPI slot holding something else, a sentence cut from the policy, is left as it is: what
    follows was read by it.)"""
    kpi = _ORDER.index("kpi")
    return (
        slot == kpi + 1
        and bool(_MEASURE.search(compact(cells[2 + kpi])))
        and bool(_MEASURE.search(compact(text)))
        and not re.search(r"[0-9０-９]", text)  # a name, not a 実績値 (「…1,650時間」)
        and (bool(_DATED.match(compact(after))) or _is_figure(after))
    )
