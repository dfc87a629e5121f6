"""Table rows back from text whose cells are joined by single blanks (text copied out of a PDF viewer).

pdfplumber's ``extract_text`` — and what a PDF viewer puts on the clipboard — gives each printed
line of a ruled table on one line, its cells joined by one blank, with no tab and no column
alignment: 「1-1 電子申請サービスの拡充 情報政策課・市民課 電子申請できる手続数 45件 200件 132件 B」.
The text reader sees only lines, and the table readers find no table.

This reader finds the header line by its labels (the dictionary of ``importers.labels``: a title
column and at least two other known columns), and cuts every line below it into the header's
columns by the shapes of its words: a code (「1-1」「01」「①」), figures with units
(「1,200件」「12.5%」), a grade (A–D, ◎○△×, 達成 / 順調 / 遅れ …), a unit (「件」), department
names (ending in 課 / 室 / 部 / センター …), and free text for the title, the indicator and the
section columns. The cut is the cheapest assignment of the line's words, in order, to the
columns, in order (dynamic programming over word spans); a column left blank costs a little, and
a text column further left costs less to leave blank (the cells a row shares with the row above —
the title of an initiative's second indicator — are the left ones). A row of years under the
header (「R5 R6 R7 R5 R6」) gives the columns of 目標値 / 実績値 their years. A line of section
text (「基本目標1 …」) becomes a section row; a short line with nothing but text or department
names is the wrapped rest of the row above; a line that repeats the header (a page break) is
skipped. A table that runs to the end of a page goes on with the next page's rows, below its
running header, whether the header is printed again there or was taken out with the page
furniture. Every guess is noted with its line.

Nothing here knows a municipality: the columns are the header's labels, the cells' shapes are
those every plan writes. Pure Python; no Django.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..document import Cell, Document, Line, Location, Page, Table
from ..labels import classify, initiatives_column
from ..text import PARENT_SUFFIXES, is_chapter_heading, join_wrapped, nfkc, open_brackets

#: What a column holds, by its header's role.
_KIND = {
    "code": "code",
    "departments": "dept",
    "baseline": "number",
    "target": "number",
    "actual": "number",
    "budget": "number",
    "evaluation": "grade",
    "unit": "unit",
}
_YEARLY = ("target", "actual", "budget")


def _kind(role: str) -> str:
    """What a column of ``role`` holds: a 工程's column (「年次計画」 over R7 R8 R9, 「R6」) its steps or marks, short words
    (「検討」「○」), never a sentence of the row's 内容."""
    return "step" if role == "schedule" else _KIND.get(role, "text")


_CODE = re.compile(
    r"^(?:No\.?)?[0-9]{1,4}(?:[-‐－.][0-9]{1,3}){0,3}$|^[(][0-9]{1,2}[)]$|^[①-⑳]$|^[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]$"
    r"|^[A-Z]{1,2}[-‐－][0-9]{1,3}(?:[-‐－.][0-9]{1,3}){0,2}$"  # lettered by the pillar: 「A-1」「DX-2-1」
    r"|^[A-Z]{1,3}[0-9]{1,3}(?:[-‐－][0-9]{1,3}){1,3}$"  # an indicator's number: 「K1-1」「KPI2-3」 (not 「R7」, 「R7.4」)
)
#: A figure with its year before it, 「R5:24手続」「令和6年度：38手続」: a cell of yearly figures holds several.
_DATED = re.compile(r"^(?:R|H|令和|平成)?(?:[0-9]{1,2}|元)(?:年度?)?:\S")
#: A code of several numbers (「1-1-2」「2.1」): never a word of a title or a section's text.
_PATH_CODE = re.compile(r"^[0-9]{1,4}(?:[-‐－.][0-9]{1,3}){1,3}$")
_NUMBER = re.compile(r"^[約]?[-+−▲]?[0-9][0-9,.]*[^\s0-9()]{0,4}$|^[-－―—ー]$|^(?:集計中|未集計|調査中|算定中|未確定)$")
_MARKER = re.compile(r"^(?:[(][0-9]{1,2}[)]|[①-⑳]|[0-9]{1,2}[.)]|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ])$")
_GRADE = re.compile(
    r"^(?:[A-ES]|[◎○〇△×▲●◯]|達成|未達成|概ね達成|一部達成|順調|概ね順調|やや遅れ|遅れ|完了|"
    r"未着手|着手|実施中|実施|未実施|継続|拡充|見直し|中止|改善)$"
)
#: How an indicator's name ends: 「…の交付率」「…件数」「…の割合」.
_QUANTITY = re.compile(r"(?:数|率|割合|時間|量|額)[)）]?$")


def _unfinished(text: str) -> bool:
    """A cell's text cut off inside a bracket: 「窓口業務改革（書かな」."""
    return open_brackets(text) > 0


_BRACKETED = re.compile(r"^[(（][^()（）]{1,8}[)）]$")
_DEPT = re.compile(r"(?:課|室|部|局|センター|事務局|所|館|係|グループ|班|委員会)$")
_DEPT_JOIN = re.compile(r"[・、,/]")
_SECTION = re.compile(
    r"^(?:基本目標|基本方針|目標|施策|分野|政策|重点|柱|方針|第)\s*[0-9一二三四五六七八九十ⅠⅡⅢⅣⅤ]"
)
_YEAR = re.compile(r"^(?:R|令和|H|平成)?([0-9]{1,4}|元)(?:年度?)?$")
#: A heading in lenticular brackets before its title, 「【柱２】住民サービスのデジタル化」: in a table whose rows start
#: with their numbers, a section's row (no row's rest).
_BRACKETED_HEAD = re.compile(r"^【[^】]{1,12}】\S")
#: A chapter's heading: 「第5章」 (NFKC), never a row or a section of a table.

#: How a cell's wrapped rest starts, never a cell of its own: a small kana, a closing mark, a particle, a verb's ending.
_CONTINUED = re.compile(r"^(?:[ーぁぃぅぇぉっゃゅょゎ）)」』、。，．・]|[のをにがへとやで][^\s]|し[たて]|され|する)")

#: Costs of the assignment: a blank cell, a word that does not have the column's shape.
_BLANK = {"code": 1.0, "dept": 1.5, "number": 1.0, "grade": 1.0, "unit": 1.0, "text": 1.0, "step": 1.0}
#: A 工程's step is a few words (「システム構築」「本庁で運用」), not a sentence (「…電子決裁を」「…する。」).
_SENTENCE = re.compile(r"[、。，．]|.{13,}")
_MISFIT = 5.0
#: A row has at most this many words (a wider line is prose).
_MAX_WORDS = 80
#: Short lines (a running header) at the top of a page before a table's rows go on.
_RUNNING_LINES = 3
#: A line this costly per word is not a row of the table.
_MAX_COST_PER_WORD = 1.2


#: A row of a 工程表 whose marks (「● ● ●」 under R6–R9) are fewer than its years, printed without
#: their positions: which years is a guess (the last ones), and the user is told so.
GUESSED_YEARS = (
    "この行の実施年度の印は年度の列より少なく、どの年度の印かテキストからは分からないため、"
    "最終年度までの続きとして読みました。工程を確かめてください。"
)


@dataclass
class _Column:
    label: str
    kind: str


def _words(text: str) -> list[str]:
    return text.split()


def _is_marker(word: str) -> bool:
    """「①」「(1)」「1.」「Ⅱ」: what starts a numbered cell (NFKC would make 「①」 a bare 1)."""
    return bool(_MARKER.match(word) or _MARKER.match(nfkc(word)))


#: A department's team after its name: 「学校教育課（指導係）」, also before the next name (「収納課（収納係）、会計課」).
_TEAM = re.compile(r"[(（][^()（）]{1,8}[)）](?=$|[、・／/，,])")


def _is_dept(word: str) -> bool:
    """A department's name, or several joined by 「・」: ends in 課 / 室 / 部 … (but a 「スマホ教室」 is a
    class, not an office); a team in brackets after a name (「情報政策課（電子自治体係）」) is the department's."""
    parts = [p for p in _DEPT_JOIN.split(_TEAM.sub("", nfkc(word))) if p]
    return bool(parts) and all(_DEPT.search(p) and 2 <= len(p) <= 12 and not p.endswith("教室") for p in parts)


def _fits(kind: str, word: str) -> bool:
    w = nfkc(word)
    if kind == "code":
        return bool(_CODE.match(w))
    if kind == "number":
        return bool(_NUMBER.match(w))
    if kind == "grade":
        return bool(_GRADE.match(w)) or w in ("―", "-", "ー", "—")  # 「―」: not graded (an actual not counted yet)
    if kind == "unit":
        return len(w) <= 4 and not any(ch.isdigit() for ch in w) and "：" not in word
    if kind == "dept":
        return _is_dept(word)
    return True


def _span_cost(kind: str, words: list[str], index: int) -> float:
    """Cost of ``words`` (possibly none) in a column of ``kind``, the ``index``-th column."""
    if not words:
        return _BLANK[kind] + (0.1 * index if kind == "text" else 0.0)
    if kind == "text":
        cost = 0.0
        if len(words) == 1 and _is_marker(words[0]):
            cost += 3.0  # a marker alone is the start of a cell, not a cell
        for w in words[1:]:
            if _is_marker(w):
                cost += 3.0  # a marker starts the next cell
        for w in words:
            n = nfkc(w)
            if (_NUMBER.match(n) and not _is_marker(w)) or _PATH_CODE.match(n):
                cost += 2.0  # a figure, or a code 「1-1-2」: a cell of its own
            elif _is_dept(w) or _GRADE.match(n):
                cost += 0.6
        return cost
    if kind == "dept":
        return sum(0.0 if _is_dept(w) else _MISFIT for w in words) + 0.2 * (len(words) - 1)
    if kind == "step":
        return sum(_step_cost(nfkc(w)) for w in words) + 0.2 * (len(words) - 1)
    if kind == "number" and all(_DATED.match(nfkc(w)) for w in words):
        return 0.2 * (len(words) - 1)  # 「R5:24手続 R6:38手続」: a 実績 cell of a figure a year
    if len(words) > 1:
        return _MISFIT * len(words)
    return 0.0 if _fits(kind, words[0]) else _MISFIT


def _step_cost(word: str) -> float:
    """Cost of a word (NFKC) in a 工程's column: a sentence's piece does not fit, a figure (「6手続」) is most likely its
    row's 現状値 or 目標値 (as in a text column), a mark or a step's words fit."""
    if _SENTENCE.search(word):
        return _MISFIT
    return 2.0 if _NUMBER.match(word) and any(ch.isdigit() for ch in word) else 0.0


def fit(words: list[str], columns: list[_Column]) -> tuple[float, list[list[str]]]:
    """The cheapest cut of ``words`` into ``columns`` (in order): (cost, words of each column)."""
    n, m = len(words), len(columns)
    inf = float("inf")
    best = [[inf] * (m + 1) for _ in range(n + 1)]
    back = [[0] * (m + 1) for _ in range(n + 1)]
    best[0][0] = 0.0
    for j in range(m):
        kind = columns[j].kind
        longest = n if kind in ("text", "dept", "step", "number") else 1
        for i in range(n + 1):
            if best[i][j] == inf:
                continue
            # a cell started after another on the line by how a wrapped cell's rest starts (「…を活用 した手続の拡大」) is
            # most likely that rest, joined with a blank (a line's first word may be: the row above wrapped)
            rest = 1.5 if 0 < i < n and kind == "text" and _CONTINUED.match(words[i]) else 0.0
            for k in range(i, min(n, i + longest) + 1):
                cost = best[i][j] + _span_cost(kind, words[i:k], j) + (rest if k > i else 0.0)
                if cost < best[k][j + 1]:
                    best[k][j + 1] = cost
                    back[k][j + 1] = i
    cells: list[list[str]] = [[] for _ in range(m)]
    i = n
    for j in range(m, 0, -1):
        start = back[i][j]
        cells[j - 1] = words[start:i]
        i = start
    return best[n][m], cells


def _header(words: list[str]) -> list[_Column] | None:
    """The columns of a header line, or None when the line is not one."""
    if len(words) < 3 or any(len(w) > 20 for w in words):
        return None
    columns: list[_Column] = []
    roles: list[str | None] = []
    unknown = 0
    for at, w in enumerate(words):
        found = classify(w)
        inner = 0 < at < len(words) - 1 and 2 <= len(w) <= 8  # (not 「令」 of 「令和9年度」 broken at the line's end)
        if found is None and inner and not any(c.isdigit() for c in w) and not unknown:
            unknown += 1  # one label the dictionary does not know among known ones (「前年度比」): a figure's column,
            roles.append(None)  # read as one word and left out of the plan
            columns.append(_Column(w, "number"))
            continue
        if found is None or found.role == "ignore":
            return None
        roles.append(found.role)
        columns.append(_Column(w, _kind(found.role)))
    figures = sum(1 for column in columns if column.kind == "number")
    if coded_measures(roles) and figures >= 2:
        # a chapter's KPI table by the numbers of the items detailed before it (「施策 成果指標 現状値（令和５年度） 目標値
        # （令和11年度）」 over 「1-1 オンライン申請できる手続数 86手続 250手続」): its first column the items' numbers
        columns[0] = _Column(columns[0].label, "code")
        return columns
    if initiatives_column(words, roles) is not None:
        roles.append("title")  # 「番号 施策 担当課 成果指標 …」: the 施策 cells are the initiatives
    measures = roles[0] == "indicator" and roles.count("indicator") == 1 and figures >= 2
    if "title" not in roles and not measures:
        return None  # (a card's KPI table: 「指標名 基準値（2022年度） 実績値（2024年度） … 評価」, its names first)
    if len({role for role in roles if role is not None}) < 3 + unknown:
        return None
    return columns


def _years(words: list[str]) -> list[list[str]] | None:
    """A row of year headings cut into runs of rising years: 「R5 R6 R7 R5 R6」 → two runs."""
    if not words or not all(_YEAR.match(nfkc(w)) for w in words):
        return None
    runs: list[list[str]] = []
    last = None
    for w in words:
        m = _YEAR.match(nfkc(w))
        number = 1 if m is None or m.group(1) == "元" else int(m.group(1))
        if last is None or number <= last:
            runs.append([])
        runs[-1].append(w)
        last = number
    return runs


def _under_groups(columns: list[_Column], words: list[str]) -> list[_Column] | None:
    """A header's second line naming the columns under a group label of the first (「成果指標」 over
    「指標名 現状値 目標値」, pdfplumber joining a header three rows deep line by line): the first
    line's columns with the group replaced by the labels under it. The second line starts under a
    group whose role its first label has (成果指標 and 指標名 name the indicator) and has figure
    columns; its words after its labels (「前期 後期」 under 年次計画) are the next group's. None
    when the line is no such line."""
    labels: list[_Column] = []
    for w in words:
        found = classify(w)
        if found is None or found.role == "ignore":
            break
        labels.append(_Column(w, _kind(found.role)))
    if len(labels) < 2 or not any(c.kind == "number" for c in labels) or any(c.kind == "number" for c in columns):
        return None
    if any(_NUMBER.match(nfkc(w)) or _CODE.match(nfkc(w)) for w in words):
        return None
    first = classify(labels[0].label)
    group = next(
        (i for i, c in enumerate(columns) if first is not None and (g := classify(c.label)) and g.role == first.role),
        None,
    )
    if group is None:
        return None
    return [*columns[:group], *labels, *columns[group + 1 :]]


def _with_years(columns: list[_Column], runs: list[list[str]]) -> list[_Column] | None:
    """The header's columns with the yearly ones (目標値 / 実績値 without a year) spread over the
    years below them, the last columns taking the last runs."""
    yearly = [
        i
        for i, c in enumerate(columns)
        if (found := classify(c.label)) is not None and found.role in _YEARLY and found.fy is None
    ]
    if len(yearly) < len(runs):
        return None
    spread = dict(zip(yearly[len(yearly) - len(runs) :], runs, strict=True))
    out: list[_Column] = []
    for i, column in enumerate(columns):
        if i in spread:
            out.extend(_Column(f"{column.label}({year})", column.kind) for year in spread[i])
        else:
            out.append(column)
    return out


def one_each(columns: list[_Column], runs: list[list[str]]) -> list[_Column] | None:
    """「基準値 実績値 目標値」 over one run 「R5 R6 R7 R8 R9」: each undated figure column a year in
    order, the last the rest (a merged cell over the later years, as 白銀台市 prints its targets).
    None unless there is one run and more years than such columns."""
    figures = [j for j, c in enumerate(columns) if c.kind == "number" and _undated(c, ("baseline", *_YEARLY))]
    if len(runs) != 1 or len(figures) < 2 or len(runs[0]) <= len(figures):
        return None
    years = dict(zip(figures, ([year] for year in runs[0]), strict=False))
    years[figures[-1]] = runs[0][len(figures) - 1 :]
    return [
        piece
        for j, column in enumerate(columns)
        for piece in ([_Column(f"{column.label}({y})", column.kind) for y in years[j]] if j in years else [column])
    ]


_GAP = re.compile(r"(?<=\S) +(?=\S)")


def _aligned(text: str) -> bool:
    """Whether a line's words stand apart by wide gaps (column-aligned text, ``pdftotext -layout``: readers.columns
    reads it), not by single blanks with an empty cell's two here and there (「目標値    担当課」)."""
    gaps = [len(gap) for gap in _GAP.findall(text)]
    return sum(1 for gap in gaps if gap >= 2) * 3 > len(gaps)


def coded_measures(roles: list[str | None]) -> bool:
    """Whether a header's roles are a KPI table's keyed by the items' numbers (「施策 | 成果指標 | 現状値 | 目標値」)."""
    return roles[:2] in (["section", "indicator"], ["code", "indicator"]) and roles.count("indicator") == 1 and (
        "title" not in roles
    )


def _measures(columns: list[_Column]) -> bool:
    """Whether a header is a card's KPI table's: no titles' column (neither a 取組名 nor a 施策 over the items), or one
    keyed by the items' numbers (``coded_measures``)."""
    labels = [c.label for c in columns]
    roles = [(f.role if (f := classify(label)) is not None else None) for label in labels]
    if columns[0].kind == "code" and coded_measures(roles):
        return True
    return "title" not in roles and initiatives_column(labels, roles) is None


def _undated(column: _Column, roles: tuple[str, ...]) -> bool:
    """Whether ``column`` is one of ``roles`` with no year in its label."""
    found = classify(column.label)
    return found is not None and found.role in roles and found.fy is None


def _spread_runs(columns: list[_Column], runs: list[list[str]]) -> list[_Column] | None:
    """The header's columns with its undated 工程 / スケジュール and yearly figure columns each spread over a run of
    years, in order (「スケジュール … 現状値 目標値」 over 「R7 R8 R9 R5 R7 R8 R9」); an undated 現状値 right before a
    yearly column takes its run's first year (the year before the targets). None where the runs are not one a group."""
    groups = [j for j, c in enumerate(columns) if _undated(c, ("schedule", *_YEARLY))]
    if len(groups) != len(runs):
        return None
    out = list(columns)
    spread: dict[int, list[str]] = {}
    for j, run in zip(groups, runs, strict=True):
        if j and _undated(columns[j - 1], ("baseline",)) and columns[j].kind == "number" and len(run) > 1:
            out[j - 1] = _Column(f"{columns[j - 1].label}({run[0]})", "number")
            run = run[1:]
        spread[j] = run
    return [
        piece
        for j, column in enumerate(out)
        for piece in ([_Column(f"{column.label}({year})", column.kind) for year in spread[j]] if j in spread else [column])
    ]


def _second_header_line(columns: list[_Column], words: list[str]) -> list[_Column] | None:
    """The header's columns completed by its second line, a header two rows deep joined by blanks: the first label's
    wrapped end (「取組」 over 「番号」: 取組番号), the figure columns' years in brackets (「（令和5年度末）」「（R5）」,
    in order) and a run of years for each undated 工程 or yearly figure column (「R6 R7 R8 R9 R10」 under 工程). None
    for a line that is not one."""
    out, rest, used = list(columns), list(words), False
    joined = classify(out[0].label + rest[0]) if rest and out[0].kind != "code" else None
    if joined is not None and joined.role == "code":
        out[0], rest, used = _Column(out[0].label + rest[0], "code"), rest[1:], True
    undated = [j for j, c in enumerate(out) if c.kind == "number" and _undated(c, ("baseline", *_YEARLY))]
    tails = 0
    while tails < len(rest) and _BRACKETED.match(rest[tails]) and _YEAR.match(nfkc(rest[tails])[1:-1].rstrip("末")):
        tails += 1
    if 0 < tails <= len(undated):
        for j, word in zip(undated, rest[:tails], strict=False):
            out[j] = _Column(out[j].label + word, "number")
        rest, used = rest[tails:], True
    if rest:
        runs = _years(rest)
        spread = _spread_runs(out, runs) if runs is not None else None
        if spread is None:
            return None
        out, used = spread, True
    return out if used else None


class _Builder:
    """One table being rebuilt: its columns, rows, and the locations of its rows."""

    def __init__(self, columns: list[_Column], location: Location) -> None:
        self.columns = columns
        self.header = [c.label for c in columns]
        self.rows: list[list[str]] = [list(self.header)]
        self.locations = [location]
        self.wrapped: list[Location] = []
        self.anchors = {c.kind for c in columns} & {"code", "number"}
        self.header_rest: set[str] = set()  # the header's wrapped second line
        # the year columns of a 工程表 (R6 R7 …): a row with fewer marks than years does not say which
        self.years = [j for j, c in enumerate(columns) if (f := classify(c.label)) and f.role == "schedule"]
        self.guessed: list[Location] = []
        self.unmarked = 0  # rows without a mark or step under any year
        self.last_line = location.line  # the line of the last row, wrapped rest or header taken
        self.sections: set[int] = set()  # the rows that are section headings (「基本目標２　…」)
        # a card's KPI table (no titles' column): its rows are figures' lines, and the first line that is none ends it
        self.measures = _measures(columns)

    def add(self, line: Line, wrap: bool = True) -> bool:
        """Take ``line`` as a row, a section row or the rest of the row above; False when the
        line is no part of the table (or, with ``wrap`` False, would be the rest of the row above:
        at the top of a page, a short line is the running header, not a cell's wrapped text)."""
        taken = self._add(line, wrap)
        if taken and line.location.line is not None:
            self.last_line = line.location.line
        return taken

    def _add(self, line: Line, wrap: bool) -> bool:
        words = _words(line.text)
        if not words:
            return True
        if len(words) > _MAX_WORDS:
            return False  # prose, not a row (and the cut costs the square of the words)
        if words == [c.label.split("(")[0] for c in self.columns][: len(words)] or _years(words):
            return True  # the header printed again on a new page, or its row of years
        if line.text.strip() in self.header_rest:
            return True  # the header's wrapped labels printed again on a new page
        first = nfkc(words[0])
        if first[0] in "※*＊" or first.startswith("注") or is_chapter_heading(first):
            return False  # a note below the table, or the next chapter's heading (「第５章　推進体制」)
        if (
            _CODE.match(first)
            and line.text.strip()[len(words[0]) : len(words[0]) + 1] == "\u3000"
            and not any(self._shape(w) in ("number", "dept", "grade") for w in words[1:])
        ):
            return False  # 「４　各取組の内容」: the next part's heading, its number apart by a full-width blank (no row's)
        if sum(1 for w in words if w in self.header) >= 2:
            return False  # 「取組番号 1-1-1 取組名 電子申請の拡充」: a card's fields after the table, labels and values
        kinds = [self._shape(w) for w in words]
        if self.measures and "number" not in kinds:
            return False  # 「■ 今後の方向性」 after a card's KPI rows: the card goes on
        if (
            _SECTION.match(first) or ("code" in self.anchors and _BRACKETED_HEAD.match(first) and "dept" not in kinds)
        ) and not any(k in ("number", "grade") for k in kinds[1:]):
            self.rows.append([line.text.strip()] + [""] * (len(self.columns) - 1))
            self.locations.append(line.location)
            self.sections.add(len(self.rows) - 1)
            return True
        _, cells = fit(words, self.columns)
        own = sum(_span_cost(self.columns[j].kind, c, j) for j, c in enumerate(cells) if c)
        if own > _MAX_COST_PER_WORD * len(words):
            return False
        filled = {self.columns[j].kind for j, c in enumerate(cells) if c}
        if wrap and self._unmarked_rest(cells, line, filled):
            # every row so far has its 工程's marks: a line with none is the rest of the row above (「導入する。 総務課」)
            if not self._wrap_cells(words, line.location):
                self._wrap(words, line.location)
            return True
        if len(self.rows) == 1 and not filled & {"code", "number"} and not self._names_or_marks(cells):
            self.header_rest.add(line.text.strip())
            self._header_tails(words)
            return True  # the header's labels that wrapped (「課 (R4) （令和7年度）」)
        # a row has a code or a figure (a grade alone is a legend: 「進捗：A 達成 B 順調」); in a
        # table without either, its 担当課
        # (in a table of neither codes nor figures, its 担当課 or its 工程's marks tell a row: 「電子決裁の導入 … ○ ○」)
        if not filled & (self.anchors or {"dept"}) and (self.anchors or not self._names_or_marks(cells)):
            # (the rest of a cell is on the next line: after an empty one the table has ended, 「【プロジェクトの目標】」)
            if wrap and len(self.rows) > 1 and not any(":" in nfkc(w) for w in words) and self._next_to(line):
                if self._wrap_cells(words, line.location):
                    return True
                if len(words) <= 3:
                    self._wrap(words, line.location)
                    return True
            return False
        self.rows.append([" ".join(c) for c in cells])
        self.locations.append(line.location)
        self.unmarked += not any(cells[j] for j in self.years)
        marked = [w for j in self.years for w in cells[j]]
        fewer = 0 < sum(1 for j in self.years if cells[j]) < len(self.years)
        if len(self.years) > 1 and fewer and not any(_NUMBER.match(nfkc(w)) for w in marked):
            self.guessed.append(line.location)  # marks (not a year's figures) fewer than the years
        return True

    def _unmarked_rest(self, cells: list[list[str]], line: Line, filled: set[str]) -> bool:
        """Whether a short line without codes or figures and without a mark under any year follows rows that each
        have their marks (a 工程表 of ○ under R7 R8 R9): the rest of the row above, wrapped in its cells."""
        words = _words(line.text)
        return (
            bool(self.years)
            and len(self.rows) > 1
            and not self.unmarked
            # a sentence's end (「導入する。 総務課」), not a row of its own without marks (「電子契約の導入 契約課」)
            and (any(w.endswith(("。", ".")) for w in words) or bool(_CONTINUED.match(words[0])))
            and not filled & {"code", "number"}
            and not any(cells[j] for j in self.years)
            and sum(len(c) for c in cells) <= 4
            and self._next_to(line)
        )

    def _next_to(self, line: Line) -> bool:
        """Whether ``line`` comes right after the table's last line taken (no empty line between them)."""
        return line.location.line is None or self.last_line is None or line.location.line <= self.last_line + 1

    def _names_or_marks(self, cells: list[list[str]]) -> bool:
        """Whether a line cut into the columns has a department's name (「総務課」, no label as 「課」 or 「担当課」) or a
        工程's mark under a year (「○」): a row, though the table has neither codes nor figures to tell its rows by."""
        for j, words in enumerate(cells):
            kind = self.columns[j].kind
            if kind == "dept" and any(_is_dept(w) and classify(w) is None for w in words):
                return True
            if j in self.years and any(_GRADE.match(nfkc(w)) for w in words):
                return True
        return False

    @staticmethod
    def _shape(word: str) -> str:
        w = nfkc(word)
        if _NUMBER.match(w) and not _is_marker(word):
            return "number"
        if _is_dept(word):
            return "dept"
        if _GRADE.match(w):
            return "grade"
        return "text"

    def _header_tails(self, words: list[str]) -> None:
        """「（R5） （R9）」 under 「現状値 目標値」: the wrapped tails of the value columns' labels,
        one each, in order (they carry the columns' years)."""
        values = [j for j, column in enumerate(self.columns) if column.kind == "number"]
        if len(words) != len(values) or not all(_BRACKETED.match(w) for w in words):
            return
        for j, word in zip(values, words, strict=True):
            self.columns[j] = _Column(self.columns[j].label + word, "number")
            self.rows[0][j] = self.columns[j].label

    def _wrap_cells(self, words: list[str], where: Location) -> bool:
        """The rest of the row above wrapped in several of its cells at once (a Word table's narrow
        columns: 「活用した行政サービス 情報政策課 ービス数 ス」): each piece joins the cell above
        it, when every piece falls under a cell the row above filled; False otherwise."""
        row = self.rows[-1]
        # the pieces go to the text cells the row above filled (not to its marks or figures)
        named = any(_is_dept(w) for w in words)
        into = [
            j
            for j, column in enumerate(self.columns)
            if column.kind in ("text", "dept", "step")
            and (
                (row[j] and self._shape(row[j].split(" ")[-1]) in ("text", "dept"))
                or (column.kind == "dept" and named)  # its 担当課 wrapped whole below (「導入する。 総務課」)
            )
        ]
        if len(words) < 2 or len(into) < 2:
            return False
        _, fitted = fit(words, [self.columns[j] for j in into])
        for k in range(len(fitted) - 1):
            # 「財務部 財政課」: the 課 after a 部 is under it, in the 担当課 cell with it
            if self.columns[into[k]].kind == "dept" and fitted[k] and fitted[k][-1].endswith(PARENT_SUFFIXES):
                while fitted[k + 1] and _is_dept(fitted[k + 1][0]):
                    fitted[k].append(fitted[k + 1].pop(0))
        pieces = [(into[k], cell) for k, cell in enumerate(fitted) if cell]
        for j, cell in pieces:
            if self.columns[j].kind == "dept":
                row[j] = " ".join([row[j], *cell])  # a blank: 「財務部 財政課」 stays a 部 and its 課
            else:
                row[j] = join_wrapped(row[j], "".join(cell))
        self.wrapped.append(where)
        return True

    def _wrap(self, words: list[str], where: Location) -> None:
        """The rest of the row above, which wrapped in its cells: department names go to its
        department column, other words to the last text column it filled."""
        row = self.rows[-1]
        dept = next((j for j, c in enumerate(self.columns) if c.kind == "dept"), None)
        texts = [
            j
            for j, c in enumerate(self.columns)
            if c.kind == "text" and row[j] and self._shape(row[j].split(" ")[-1]) == "text"
        ]
        text_to = texts[-1] if texts else next((j for j, c in enumerate(self.columns) if c.kind == "text"), 0)
        if len(texts) > 1 and not any(_is_dept(w) for w in words) and not _QUANTITY.search(words[-1]):
            # one piece wrapped, not an indicator's end (「の交付率」): the cell left unfinished (a
            # bracket open, 「書かな」) or else the longest goes on (a title wraps more than the
            # indicator beside it)
            text_to = max(texts, key=lambda j: (_unfinished(row[j]), len(row[j]), j))
        for word in words:
            if dept is not None and _is_dept(word):
                row[dept] = f"{row[dept]} {word}" if row[dept] else word  # as printed, blank apart
            else:
                row[text_to] = join_wrapped(row[text_to], word) if row[text_to] else word
        self.wrapped.append(where)

    def close(self) -> tuple[Table, list[Line]]:
        """The table, and the section headings it ended with as lines: with no row under them in the table, they
        head what follows it (「施策３－４　…」 over the next part's 【施策の目標】 and its own table)."""
        after: list[Line] = []
        while len(self.rows) > 2 and len(self.rows) - 1 in self.sections:
            self.sections.discard(len(self.rows) - 1)
            after.insert(0, Line(self.rows.pop()[0], self.locations.pop()))
        return self.table(), after

    def table(self) -> Table:
        width = len(self.columns)
        return Table(
            rows=[[Cell(text) for text in row + [""] * (width - len(row))] for row in self.rows],
            location=self.locations[0],
            row_locations=list(self.locations),
            header_rows=1,
        )


def read_plain_rows(document: Document) -> Document | None:
    """``document`` (lines only, as the text reader made it) with the tables whose cells were
    joined by blanks rebuilt, or None when no header line is found."""
    lines = [block for block in document.blocks() if isinstance(block, Line)]
    out = Document(kind=document.kind, notes=list(document.notes))
    found = False
    wrapped: list[Location] = []
    guessed: list[Location] = []  # rows with fewer marks than year columns
    # a table that runs to the end of a page goes on at the top of the next, whether or not the
    # header is printed again there (the page furniture may have taken the repeated header out):
    # its rows join the table on the page where it started, after at most a few short lines
    # (the running header) that are not rows
    builder: _Builder | None = None
    home = Page(number=0)  # the page where ``builder``'s table started
    for page in document.pages:
        rebuilt = Page(number=page.number, name=page.name)
        out.pages.append(rebuilt)
        carried = builder is not None
        skipped = 0
        blocks = page.blocks
        i = 0
        while i < len(blocks):
            block = blocks[i]
            i += 1
            if not isinstance(block, Line):
                rebuilt.blocks.append(block)
                continue
            if builder is not None and builder.add(block, wrap=not carried):
                carried = False
                continue
            if (
                builder is not None
                and carried
                and skipped < _RUNNING_LINES
                and len(_words(block.text)) <= 3
                and _header(_words(block.text)) is None
            ):
                skipped += 1  # the next page's running header above the table's next rows
                rebuilt.blocks.append(block)
                continue
            if builder is not None:
                table, after = builder.close()
                home.blocks.append(table)
                rebuilt.blocks.extend(after)
                wrapped.extend(builder.wrapped)
                guessed.extend(builder.guessed)
                builder = None
            # a header with wide gaps is column-aligned text (``pdftotext -layout``): readers.columns reads it
            columns = None if _aligned(block.text) else _header(_words(block.text))
            if columns is not None:
                following = blocks[i] if i < len(blocks) else None
                if isinstance(following, Line) and (deeper := _under_groups(columns, _words(following.text))):
                    columns = deeper  # 「成果指標」 over 「指標名 現状値 目標値」: the second line's labels
                    i += 1
                    following = blocks[i] if i < len(blocks) else None
                    if isinstance(following, Line) and (runs := _years(_words(following.text))):
                        from .plainstreams import _schedule_and_baseline_years

                        columns = _with_years(*_schedule_and_baseline_years(columns, runs)) or columns
                        i += 1
                        following = None
                if isinstance(following, Line) and (runs := _years(_words(following.text))):
                    spread = one_each(columns, runs) or _with_years(columns, runs)
                    if spread is not None:
                        columns = spread
                        i += 1
                        following = None
                repeated = None
                if isinstance(following, Line) and (second := _second_header_line(columns, _words(following.text))):
                    columns = second  # 「取組 … 目標値 工程」 over 「番号 （令和5年度末） （令和10年度） R6 R7 R8 R9 R10」
                    repeated = following.text.strip()
                    i += 1
                builder = _Builder(columns, block.location)
                if repeated is not None:
                    builder.header_rest.add(repeated)  # printed again under the header on the next page
                home = rebuilt
                found = True
                continue
            rebuilt.blocks.append(block)
    if builder is not None:
        table, after = builder.close()
        home.blocks.append(table)
        out.pages[-1].blocks.extend(after)
        wrapped.extend(builder.wrapped)
        guessed.extend(builder.guessed)
    if not found or not lines or not any(len(t.rows) > 1 for t in out.tables()):
        return None
    # (a heading's number stands before its title with a full-width blank, 「１－１　行政手続のオンライン化」: no row's)
    keyed = sum(
        1
        for line in lines
        if (words := _words(line.text)) and _CODE.match(nfkc(words[0])) and "\u3000" not in line.text.strip()[:12]
    )
    if keyed >= 4 and sum(len(t.rows) - 1 for t in out.tables()) * 2 < keyed:
        return None  # most numbered lines made no row: the cells come one by one, not as rows
    out.notes.append(
        (
            next(t.location for t in out.tables()),
            "表の各行が空白区切りの1行になっていたため、見出しの列名と値の形（番号・数値・評価・課名）から列を推定しました。",
        )
    )
    out.notes.extend(
        (
            where,
            "この行は上の行の続き（セルの折り返し）と見て、課名は担当課に、ほかは上の行の文に続けました。",
        )
        for where in wrapped
    )
    out.notes.extend((where, GUESSED_YEARS) for where in guessed)
    return out


def with_table(
    document: Document, lines: list[Line], at: int, end: int, rows: list[list[str]],
    locations: list[Location], note: str,
) -> Document:
    """``document`` as one page: the lines before ``at``, the table rebuilt from ``lines[at:end]``
    (its first row the header), the lines from ``end``, and a note at the header saying how the
    rows were rebuilt — the result every reader of rows given as plain lines returns."""
    out = Document(kind=document.kind, notes=list(document.notes))
    page = Page(number=1)
    out.pages.append(page)
    page.blocks.extend(lines[:at])
    page.blocks.append(
        Table(
            rows=[[Cell(text) for text in row] for row in rows],
            location=lines[at].location,
            row_locations=locations,
            header_rows=1,
        )
    )
    page.blocks.extend(lines[end:])
    out.notes.append((lines[at].location, note))
    return out
