"""A table's rows guessed back from text that lists its cells one by one (plain ``pdftotext``, pdfminer).

Without ``-layout`` poppler's ``pdftotext`` — and pdfminer's ``extract_text`` — give a ruled
table as blocks of cells: a column's cells for a few rows, then the next column's, in an order
that follows the page's geometry rather than the rows. Rows cannot be put back cell by cell,
but each kind of cell keeps its rows' order: the codes, the department names and the figures
come in the order of the rows they belong to, and so do the titles. This reader takes the text
after the header's labels as a stream of cells, sorts each cell by its shape (a code, figures,
a grade, department names, a unit, text), and rebuilds what the streams agree on:

- titles: the text cells that are not indicators (an indicator names a quantity: 「…数」
  「…率」「…割合」「…時間」), with wrapped pieces (「の交付率」「（累計）」) joined to the cell
  before; with a section column (施策), the numbered cells of the rarer marker style are sections;
- codes, in order, when there are as many as titles (a bare number is a code when it follows
  the previous one: 1, 2, 3 … or 101, 102, 201 …);
- department names, in order, when there are as many as titles;
- figures, when every run of figures is a band of rows (its length a multiple of the figure
  columns: the columns one after the other, each for the same rows) and the bands add up to one
  row of figures per title; indicators marked in the titles' column (「指標：…」, a KPI list's
  row under its initiative) are each the indicator of the title printed last before it.

When none of codes, department names and figures comes once per title, the titles found are no
rows either (a title set vertically, one character a line, or cut by a narrow cell) and the text
is left to the other readers.

The result is a partial plan with a warning that says what was left out — never a refusal when
titles are found. Nothing here knows a municipality: the columns are the header's labels.

Pure Python; no Django.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..document import Cell, Document, Line, Location, Page, Table
from ..labels import classify, indicator_in_title, initiatives_column, is_funding
from ..text import join_wrapped, nfkc, open_brackets
from .plainrows import _GRADE, _KIND, _NUMBER, _SECTION, _Column, _is_dept, _is_marker, _with_years

#: A year heading under 目標値 / 実績値 (not a bare number: that is a figure or a code).
_YEAR = re.compile(r"^(?:R|令和|H|平成)([0-9]{1,2}|元)(?:年度?)?$|^(?:19|20)([0-9]{2})年度?$")

#: An indicator names a quantity.
_INDICATOR_END = re.compile(
    r"(?:数|率|割合|時間|人数|件数|回数|枚数|量|額|種類|日数|距離|面積|（累計）|\(累計\)|満足度)$"
)
_CODE_SHAPE = re.compile(r"^(?:No\.?|[A-Z]{1,4}[-‐－])?[0-9]{1,4}(?:[-‐－][0-9]{1,3}){1,3}$|^0[0-9]{1,3}$")
_INTEGER = re.compile(r"^[0-9]{1,4}$")
_MARKER_STYLE = re.compile(r"^([(（][0-9]+[)）]|[①-⑳]|[0-9]+[.．]|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ])")


#: Units of money: a 事業費's, never an indicator's figure here.
_MONEY = frozenset({"円", "千円", "万円", "百万円"})

#: A year alone in brackets on a line of its own: the wrapped end of the label above it.
_PAREN_YEAR = re.compile(r"^\(((?:R|令和|H|平成)(?:[0-9]{1,2}|元)(?:年度?)?|(?:19|20)[0-9]{2}年度?)\)$")

#: Roles with a column each, however many (目標値 and 実績値 side by side; a header printed
#: again on the next page names none anew).
_FIGURES = ("target", "actual", "baseline", "budget")


@dataclass
class _Entry:
    kind: str  # code, number, grade, dept, unit, text, section, period; indicator, piece (of the text before)
    text: str
    location: Location
    owner: _Entry | None = None  # the text cell a piece was joined to
    after_labels: bool = False  # printed right after a line of the header's labels or years


def _role(label: str) -> str | None:
    found = classify(label)
    return None if found is None else found.role


def _label(word: str) -> bool:
    if word[0] in "(（" or len(word) > 14 or _YEAR.match(nfkc(word)):
        return False  # 「（令和6年3月31日現在）」: a date line, not a column
    if _SECTION_ALONE.match(nfkc(word)):
        return False  # 「基本方針１」 among the labels: the first section row's number, no column
    found = classify(word)
    return found is not None and found.role != "ignore"


def _header_columns(lines: list[Line]) -> tuple[int, list[_Column]] | None:
    """Where the header's labels start and the columns they name, in the order they come."""
    columns: list[_Column] = []
    years: list[str] = []
    years_at = 0  # how many columns were named when the first year came
    start = None
    roles: set[str] = set()
    taken: set[int] = set()  # lines of years already given to their columns
    for index, line in enumerate(lines):
        words = line.text.split()
        if not words or index in taken:
            continue
        dated = _PAREN_YEAR.match(nfkc(line.text.strip()))
        if dated and columns and columns[-1].kind == "number" and "(" not in columns[-1].label:
            # 「現状値」 then 「（R5）」 on the next line: the year of that column, not one of the
            # schedule's years under it; 「現状値 目標値」 then 「（R6）」「（R11）」 each on a line: one each
            run = _years_in_a_row(lines, index)
            undated = _undated_tail(columns)
            if len(run) > 1 and len(run) == len(undated):
                for at, year in zip(undated, run, strict=True):
                    columns[at] = _Column(f"{columns[at].label}({year})", columns[at].kind)
                taken.update(range(index, index + len(run)))
                continue
            above = columns[-1]
            columns[-1] = _Column(f"{above.label}({dated.group(1)})", above.kind)
            continue
        tails = _dated_tails(columns, words)
        if tails is not None:
            columns = tails
            continue
        if all(_label(w) for w in words):
            for w in words:
                found = classify(w)
                assert found is not None
                if found.role not in roles or (found.role in _FIGURES and _new_column(columns, w)):
                    columns.append(_Column(w, _KIND.get(found.role, "text")))
                roles.add(found.role)
            start = index if start is None else start
        elif start is not None and all(_YEAR.match(nfkc(w)) for w in words):
            years_at = len(columns) if not years else years_at
            years.extend(words)
    labels = [c.label for c in columns]
    if initiatives_column(labels, [r.role if (r := classify(w)) else None for w in labels]) is not None:
        roles.add("title")  # 「番号 施策 担当課 成果指標 …」: the 施策 cells are the initiatives
    if start is None or "title" not in roles or len(roles) < 3:
        return None
    if years:
        runs: list[list[str]] = []
        last = None
        for w in years:
            m = _YEAR.match(nfkc(w))
            digits = m.group(1) or m.group(2) if m else None
            number = 1 if digits is None or digits == "元" else int(digits)
            if last is None or number <= last:
                runs.append([])
            runs[-1].append(w)
            last = number
        if len(runs) == 1:
            columns = _group_over_years(columns, years_at)
        columns = _with_years(*_schedule_and_baseline_years(columns, runs)) or columns
    return start, columns


def _years_in_a_row(lines: list[Line], index: int) -> list[str]:
    """The years alone in brackets on ``lines[index]`` and the lines right after it (「（R6）」「（R11）」)."""
    run: list[str] = []
    for line in lines[index:]:
        dated = _PAREN_YEAR.match(nfkc(line.text.strip()))
        if dated is None:
            break
        run.append(dated.group(1))
    return run


def _undated_tail(columns: list[_Column]) -> list[int]:
    """The header's last figure columns without a year, in order (「現状値」「目標値」 at its end)."""
    at = len(columns)
    while at and columns[at - 1].kind == "number" and "(" not in nfkc(columns[at - 1].label):
        at -= 1
    return list(range(at, len(columns)))


def _group_over_years(columns: list[_Column], years_at: int) -> list[_Column]:
    """A group label over the years printed before the labels left of its years (「目標値」 over
    「令和７年度 令和８年度 令和９年度」, then 「基準値（R5）」 merged down beside them, then the years):
    the group's columns are where its years are printed, after the dated columns between."""
    yearly = [
        i
        for i, c in enumerate(columns)
        if (found := classify(c.label)) is not None and found.role in ("target", "actual", "budget") and found.fy is None
    ]
    if len(yearly) != 1 or yearly[0] >= years_at - 1:
        return columns
    group = yearly[0]
    between = columns[group + 1 : years_at]
    if not all(c.kind == "number" and (f := classify(c.label)) is not None and f.fy is not None for c in between):
        return columns
    return [*columns[:group], *between, columns[group], *columns[years_at:]]


def _new_column(columns: list[_Column], label: str) -> bool:
    """Whether a figure label names a column not named yet: not one printed again on the next page,
    with its date (「目標（R7）」) or without the date its column was given from a line of its own
    (「基準」 of 「基準（令和５年３月）」); 「目標値（R8）」 after 「目標値（R7）」 is another column."""
    if label in {c.label for c in columns}:
        return False
    return bool(re.search(r"[(（]", label)) or label not in {re.split(r"[(（]", c.label)[0] for c in columns}


def _dated_tails(columns: list[_Column], words: list[str]) -> list[_Column] | None:
    """The figure columns dated by the header's wrapped brackets: 「（令和５年３月 （令和９年３月
    （令和７年３月」 under 「基準 目標 実績」, each left open (its 「末）」 printed later, a piece of its
    own), one a column without a date, in order. None when the line is no such line."""
    undated = [i for i, c in enumerate(columns) if c.kind == "number" and "(" not in nfkc(c.label)]
    dated = all(w[0] in "(（" and open_brackets(w) > 0 and _DATE_IN.search(nfkc(w)) for w in words)
    if not words or not dated or len(words) != len(undated):
        return None
    out = list(columns)
    for i, word in zip(undated, words, strict=True):
        out[i] = _Column(f"{columns[i].label}{word}）", "number")
    return out


#: A year in a label's bracket: 「（令和５年３月」「(R5」.
_DATE_IN = re.compile(r"(?:令和|平成|R|H)\s*(?:[0-9]{1,2}|元)|(?:19|20)[0-9]{2}")


def _schedule_and_baseline_years(columns: list[_Column], runs: list[list[str]]) -> tuple[list[_Column], list[list[str]]]:
    """The header's columns and year runs with two things a header three rows deep says taken out:
    a 年次計画 column after the figures has the last run (「R6 R7 R8 R9」: the years of its marks,
    no figures); and a 現状値 without a year right before a yearly column, with the first run of
    more than one year over them both (「現状値 目標値」 over 「R5 R7 R9」), has the first year (a
    baseline is one value, the year before the targets)."""
    roles = [_role(c.label) for c in columns]
    figures = [i for i, c in enumerate(columns) if c.kind == "number"]
    if len(runs) > 1 and figures and "schedule" in roles[figures[-1] + 1 :]:
        runs = runs[:-1]
    for i in range(len(columns) - 1):
        found = classify(columns[i].label)
        if (
            found is not None
            and found.role == "baseline"
            and found.fy is None
            and roles[i + 1] in ("target", "actual")
            and len(runs) >= 1
            and len(runs[0]) > 1
            and sum(1 for r in roles if r in ("target", "actual", "budget")) == len(runs)
        ):
            first, *rest = runs[0]
            columns = [*columns[:i], _Column(f"{columns[i].label}({first})", columns[i].kind), *columns[i + 1 :]]
            runs = [rest, *runs[1:]]
            break
    return columns, runs


#: A note's mark after a cell: 「610件※2」「61.5％※」.
_FOOTNOTE = re.compile(r"※[0-9]*$")


#: A period of years in a cell of its own: 「R6～R9」「令和6年度～令和9年度」「R7-」.
_PERIOD = re.compile(
    r"^(?:R|令和|H|平成)?\s*(?:[0-9]{1,2}|元)(?:年度)?\s*[～~〜]\s*(?:(?:R|令和|H|平成)?\s*(?:[0-9]{1,2}|元)(?:年度)?)?$"
)


def _entries(lines: list[Line], start: int, furniture: list[str], columns: list[_Column]) -> list[_Entry]:
    """The cells after the header, each with its kind."""
    units = any(c.kind == "unit" for c in columns)  # the table has a 単位 column
    funds = any("財源" in c.label for c in columns)  # … and a 財源 column
    labels = {c.label for c in columns}
    out: list[_Entry] = []
    labelled: set[int] = set()  # entries that come right after the header's labels
    for line in lines[start:]:
        text = line.text.strip()
        if not text or text[0] in "※*＊" or text.startswith("注") or ("：" in text and len(text.split()) > 2):
            continue  # a note or a legend
        if any(f.startswith(text) or text.startswith(f) for f in furniture):
            continue  # the title or running header printed again
        words = text.split()
        if all(_label(w) or _YEAR.match(nfkc(w)) for w in words) or _PAREN_YEAR.match(nfkc(text)):
            labelled.add(len(out))
            continue
        if _SECTION.match(nfkc(words[0])):
            out.append(_Entry("section", text, line.location))
            continue
        pending: list[str] = []
        for w in words:
            if w in labels:
                continue  # a header label in a line of its own words (「評価 A：目標を達成」)
            n = _FOOTNOTE.sub("", nfkc(w)) or nfkc(w)  # 「610件※2」: the figure, its note's mark aside
            kind = "text"
            if _CODE_SHAPE.match(n) or (_INTEGER.match(n) and not _is_marker(w)):
                kind = "code?"
            elif _PERIOD.match(n):
                kind = "period"  # 「R6～R9」: a 実施時期 cell, no title
            elif _NUMBER.match(n) and not _is_marker(w):
                kind = "number"
            elif _is_dept(w):
                kind = "dept"
            elif _GRADE.match(n):
                kind = "grade"
            elif len(n) <= 3 and units and not _is_marker(w) and not any(ch.isdigit() for ch in n):
                kind = "unit"
            if kind == "text" and funds and is_funding(n):
                # 「デジタル田園都市国家構想交付金 削減した作業時間」: the 財源 printed on the line of
                # the next column's cell is a cell of its own
                if pending:
                    out.append(_Entry("text", " ".join(pending), line.location))
                    pending = []
                out.append(_Entry("text", w, line.location))
                continue
            if kind == "text":
                if pending and _is_marker(w):  # 「(1) 行政サービス ① 電子申請…」: a marker starts a cell
                    out.append(_Entry("text", " ".join(pending), line.location))
                    pending = []
                pending.append(w)
                continue
            if pending:
                out.append(_Entry("text", " ".join(pending), line.location))
                pending = []
            out.append(_Entry(kind, w, line.location))
        if pending:
            out.append(_Entry("text", " ".join(pending), line.location))
    for i in labelled:
        if i < len(out):
            out[i].after_labels = True
    return out


#: A paragraph of plain ``pdftotext`` is one cell where a blank line parts most cells.
_PARAGRAPHS = 0.6


def _in_paragraphs(lines: list[Line]) -> bool:
    """Whether a blank line parts the text's cells (plain ``pdftotext`` ends each cell's paragraph
    with one; a viewer's copy does not): most lines then follow a blank one."""
    numbers = [line.location.line for line in lines if line.text.strip() and line.location.line]
    gaps = [b - a for a, b in zip(numbers, numbers[1:], strict=False)]
    return len(gaps) >= 10 and sum(1 for g in gaps if g > 1) >= _PARAGRAPHS * len(gaps)


def _alone(entries: list[_Entry], at: int) -> bool:
    """Whether ``entries[at]`` is the only cell printed on its line."""
    line = entries[at].location.line
    return all(
        entries[j].location.line != line for j in (at - 1, at + 1) if 0 <= j < len(entries)
    )


def _dept_list_start(text: str) -> bool:
    """「人事課・デジタル」: a department and the start of the next, a 担当課 cell wrapped in a name."""
    head, sep, _ = nfkc(text).rpartition("・")
    return bool(sep) and _is_dept(head)


def _paragraphs_joined(entries: list[_Entry]) -> list[_Entry]:
    """A cell's wrapped lines joined: where a blank line parts the cells (``_in_paragraphs``), a line
    of text right under a line of text, each the only cell on its line, goes on the cell above
    (「マイナンバーカードの普」「及と利活用」), where the upper line fills the cell (``_FULL_LINE``);
    so too the end of an indicator's name under the last cell of its line (「会計課・市民課 キャッシュ
    レス決済に対応」「した窓口数」: the name is the row's right-most cell). Else two cells on one line (「…オンライン 市民の利用が…」)
    are two columns side by side, and a name cut after 「・」 a 担当課 cell (``_departments_rejoined``):
    neither is joined so."""
    out: list[_Entry] = []
    last_line = ""  # the last line of the cell ``out[-1]``
    for at, entry in enumerate(entries):
        above = out[-1] if out else None
        if (
            above is not None
            and entry.kind == "text"
            and above.kind == "text"
            and above.location.line is not None
            and entry.location.line == above.location.line + 1
            and _alone(entries, at)
            and (
                (_alone(entries, at - 1) and " " not in above.text)
                or (_is_indicator(entry.text) and not _is_indicator(above.text))
            )
            and len(last_line) >= _FULL_LINE
            and len(last_line) + _WIDER >= len(entry.text)
            and not _dept_list_start(above.text)
            and not _MARKER_STYLE.match(nfkc(entry.text))
        ):
            above.text = join_wrapped(above.text, entry.text)
            above.location = entry.location  # the cell ends on the later line
            last_line = entry.text
            continue
        out.append(entry)
        last_line = entry.text
    return out


#: A cell's line that wrapped fills the cell's width: at least this many characters, and hardly
#: fewer than the line under it (「用促進」 over 「くらし」 are the ends of two cells, not one cell;
#: 「伸びていな」 over 「い。広報紙・公式LINEでの…」 one, its Latin letters narrower).
_FULL_LINE = 5
_WIDER = 3


def _without_label_tails(entries: list[_Entry]) -> list[_Entry]:
    """The header's labels wrapped inside their brackets: 「（令和５年３月 （令和９年３月」 on one line
    (each left open) and later the closing pieces 「末）」 one by one; pieces that close a bracket no
    cell opened go as many as the brackets the labels left open."""
    out: list[_Entry] = []
    left_open = 0
    for entry in entries:
        words = entry.text.split()
        if entry.kind == "text" and words and all(w[0] in "(（" and open_brackets(w) > 0 for w in words):
            left_open += len(words)
            continue
        if left_open and entry.kind == "text" and open_brackets(entry.text) < 0 and len(entry.text) <= 10:
            left_open -= 1
            continue
        out.append(entry)
    return out


def _departments_rejoined(entries: list[_Entry]) -> list[_Entry]:
    """A 担当課 cell wrapped inside a name (「市民課・デジタ」 … 「ル推進課」): the piece that starts the
    name and the next department cell after it that ends it, printed a cell or two apart, are one
    cell of two names."""
    out = list(entries)
    for at, entry in enumerate(out):
        if entry.kind != "text" or not _dept_list_start(entry.text):
            continue
        for later in out[at + 1 : at + 4]:
            if later.kind == "dept" and not _dept_list_start(later.text):
                head = nfkc(entry.text).rpartition("・")[2]
                if _is_dept(head + nfkc(later.text)):
                    entry.kind, entry.text = "dept", join_wrapped(entry.text, later.text)
                    out.remove(later)
                break
    return out


#: A department's suffix wrapped onto a line of its own under a narrow 担当課 cell (「企画財政」 over 「課」).
_LONE_SUFFIX = frozenset({"課", "室", "部", "局", "係"})
#: The head of a name so wrapped: a few letters, no bracket, digit or blank (not an indicator's 「…（年間）」).
_NAME_HEAD = re.compile(r"^[^\s0-9()（）［］\[\]「」、。]{2,8}$")


def _suffixes_rejoined(entries: list[_Entry]) -> list[_Entry]:
    """A 担当課 cell wrapped before its suffix (「企画財政」 … 「課」, the cells of the row's other columns printed
    between): the suffix alone goes back to the nearest text before it in the row that it makes a department of
    (「生涯学習」, not the indicator 「教室の参加者数（年間）」 printed between them)."""
    out = list(entries)
    at = 0
    while at < len(out):
        entry = out[at]
        if entry.kind == "text" and nfkc(entry.text) in _LONE_SUFFIX:
            for back in range(at - 1, max(at - 5, -1), -1):
                head = out[back]
                if head.kind in ("code", "section"):
                    break
                name = nfkc(head.text) + nfkc(entry.text)
                if (
                    head.kind == "text"
                    and _NAME_HEAD.match(nfkc(head.text))
                    and not _is_dept(head.text)
                    and not _is_indicator(head.text)
                    and _is_dept(name)
                ):
                    head.kind, head.text = "dept", join_wrapped(head.text, entry.text)
                    del out[at]
                    at -= 1
                    # the wrapped ends printed on the line before the 課, in the columns' order, are the
                    # tails of the cells left of the 担当課 (「観光施設の公衆無線ＬＡＮ整」 … 「備」): the cell
                    # printed right before its name takes them
                    left = out[back - 1] if back else None
                    while left is not None and left.kind == "text" and at > back and _tail_piece(out[at]):
                        left.text = join_wrapped(left.text, out[at].text)
                        del out[at]
                        at -= 1
                    break
        at += 1
    return out


def _tail_piece(entry: _Entry) -> bool:
    """A wrapped cell's last letter or two on a line of its own (「備」「化」)."""
    return entry.kind == "text" and len(entry.text) <= 2 and not _MARKER_STYLE.match(nfkc(entry.text))


def _named_sections(entries: list[_Entry]) -> None:
    """A section's number printed apart from its name (「基本方針２」, the merged cell's name a paragraph
    of its own): the first short text after it that names no quantity, before the next code, is the
    section's name, no title."""
    waiting = False
    for entry in entries:
        if entry.kind == "section":
            waiting = _SECTION_ALONE.match(nfkc(entry.text)) is not None
            continue
        if not waiting:
            continue
        if entry.kind == "code?" and _CODE_SHAPE.match(nfkc(entry.text)):
            waiting = False
        elif (
            entry.kind == "text"
            and len(entry.text) <= 20
            and not re.search(r"[、。]", entry.text)
            and not _is_indicator(entry.text)  # an indicator's cell, printed before the name
        ):
            entry.kind, waiting = "section", False


#: A section's number alone: 「基本方針２」「基本目標 1」.
_SECTION_ALONE = re.compile(r"^(?:基本目標|基本方針|目標|施策|分野|政策|重点|柱|方針)\s*[0-9一二三四五六七八九十ⅠⅡⅢⅣⅤ]{1,2}$")


def _codes(entries: list[_Entry]) -> None:
    """A bare number is a code when it goes on from the previous code and is followed by no figure."""
    last: str | None = None
    bare = [i for i, e in enumerate(entries) if e.kind == "code?" and _INTEGER.match(nfkc(e.text))]
    for i, entry in enumerate(entries):
        if entry.kind != "code?":
            continue
        n = nfkc(entry.text)
        if _CODE_SHAPE.match(n):
            entry.kind, last = "code", n
            continue
        after = entries[i + 1] if i + 1 < len(entries) else None
        follows = after is not None and after.kind not in ("number", "code?", "grade", "unit")
        if after is not None and after.kind == "code?":
            follows = True
        goes_on = last is None or (
            _INTEGER.match(last) is not None
            and not last.startswith("0")
            and (int(n) == int(last) + 1 or (len(n) == len(last) >= 3 and int(n) > int(last)))
        )
        if follows and goes_on:
            entry.kind, last = "code", n
        else:
            entry.kind = "number"
    if any(e.kind == "code" and not _INTEGER.match(nfkc(e.text)) for e in entries):
        # codes of parts (「1-1-1」) beside bare numbers (「1」 then 「便利で身近な市役所」): the bare
        # numbers are the goals' or sections' above the initiatives, the text after each its name
        for i in bare:
            entry = entries[i]
            after = entries[i + 1] if i + 1 < len(entries) else None
            named = (
                after is not None
                and after.kind in ("text", "dept")
                and after.location.line == entry.location.line
            )
            if entry.kind == "code" or named:
                entry.kind = "section"
                if named and after is not None:
                    after.kind = "section"


_TRAILING_NOTE = re.compile(r"[(（][^()（）]{1,8}[)）]$")


def _is_indicator(text: str) -> bool:
    """An indicator's name: a quantity (「…件数」), also with a note after it (「…件数（年間）」)."""
    plain = nfkc(text).rstrip("。.")  # a stray 「。」 of a note printed apart is joined as a piece
    return bool(_INDICATOR_END.search(plain) or _INDICATOR_END.search(_TRAILING_NOTE.sub("", plain)))


#: A line of a sentence: this long with a 「、」 in it (no title is).
_SENTENCE_LINE = 25
#: A sentence written without its 「。」 (「…オンライン申請を順次拡大する」): a verb's end, in a cell this long.
_SENTENCE_END = re.compile(r"(?:する|します|した|しました|します|ます|ている)$")
_SENTENCE_END_LENGTH = 15


def _summaries(entries: list[_Entry]) -> None:
    """A 取組内容 / 概要 column's cells are sentences: one ending in 「。」 (or ending one inside) is no
    title, nor is a long line with a 「、」 (``_SENTENCE_LINE``) or a verb's end (「…を順次拡大する」,
    written without its 「。」), nor one printed just before a sentence's end (its first wrapped line)."""
    for i, entry in enumerate(entries):
        if entry.kind != "text":
            continue
        plain = nfkc(entry.text)
        after = entries[i + 1] if i + 1 < len(entries) else None
        ends = plain.endswith("。") or "。" in plain.rstrip("。")  # a sentence, or one ended inside
        ends = ends or (len(plain) >= _SENTENCE_LINE and "、" in plain)  # a sentence's long first line
        ends = ends or (len(plain) >= _SENTENCE_END_LENGTH and _SENTENCE_END.search(plain) is not None)
        starts = (
            len(plain) >= 20
            and "、" in plain
            and after is not None
            and after.kind == "text"
            and nfkc(after.text).endswith("。")
        )
        if ends or starts:
            entry.kind = "summary"


def _titles(
    entries: list[_Entry], has_section: bool, has_summary: bool = False, has_note: bool = False
) -> list[_Entry]:
    texts: list[_Entry] = []
    previous: _Entry | None = None  # the entry just before, of any kind
    for entry in entries:
        before, previous = previous, entry
        if entry.kind != "text" or entry.text[0] in ":：":
            continue  # 「：目標を達成」: a legend's piece
        mark, colon, _ = nfkc(entry.text).partition(":")
        if colon and _GRADE.match(mark.strip()):
            continue  # 「△：50%以上80%未満」: an entry of the legend, printed on a line of its own
        piece = (entry.text[0] in "の（(をにがへとや・)）" and len(entry.text) <= 8) or len(entry.text) <= 2
        if piece and not _MARKER_STYLE.match(nfkc(entry.text)):
            # the wrapped end of the text cell just before (「の交付率」「化」), or when no text
            # cell is just before, a piece of the header's wrapped labels (「課」「(R4)」)
            entry.kind = "piece"
            if texts and before is texts[-1]:
                texts[-1].text = join_wrapped(texts[-1].text, entry.text)
                entry.owner = previous = texts[-1]
            continue
        texts.append(entry)
    for t in texts:
        if _is_indicator(t.text) or indicator_in_title(t.text) is not None:
            t.kind = "indicator"  # 「指標：オンライン化した手続」 says so whatever it ends with
    if has_summary or has_note:
        _summaries(entries)
    titles = [t for t in texts if t.kind == "text"]
    if has_section:
        styles: dict[str, list[_Entry]] = {}
        for t in titles:
            m = _MARKER_STYLE.match(nfkc(t.text)) or _MARKER_STYLE.match(t.text)
            key = (
                ""
                if m is None
                else (
                    "paren"
                    if m.group(1)[0] in "(（"
                    else "circled"
                    if m.group(1)[0] in "①②③④⑤⑥⑦⑧⑨⑩"
                    else m.group(1)[-1]
                )
            )
            styles.setdefault(key, []).append(t)
        marked = {k: v for k, v in styles.items() if k}
        if len(marked) >= 2:
            rarest = min(marked, key=lambda k: len(marked[k]))
            titles = [t for t in titles if t not in marked[rarest]]
    return titles


def _without_notes(entries: list[_Entry], titles: list[_Entry], columns: list[_Column], codes: int) -> list[_Entry]:
    """The titles without the cells of a 財源 / 備考 column printed right after the figure columns:
    its text (「国庫補助金・一般財源」) has a title's shape, but comes right after a figure (the row's
    last figure before it), or after such a cell (the column's next rows). Taken out only when
    that leaves one title per code; else the titles as they are."""
    roles = [_role(c.label) for c in columns]
    if any("財源" in c.label for c in columns):
        kept = [t for t in titles if not is_funding(nfkc(t.text))]
        if len(kept) == codes:
            return kept
    if not any(r == "note" and i and columns[i - 1].kind == "number" for i, r in enumerate(roles)):
        return titles
    notes: set[int] = set()
    for before, entry in zip(entries, entries[1:], strict=False):
        if entry.kind == "text" and (before.kind == "number" or id(before) in notes):
            notes.add(id(entry))
    kept = [t for t in titles if id(t) not in notes]
    return kept if len(kept) == codes else titles


def _titles_beside_codes(entries: list[_Entry], titles: list[_Entry]) -> list[_Entry] | None:
    """The titles printed on the line of their codes, where every code has one right after it (「1 書かない窓口の導入」:
    Calc prints a row's number up to its title, pdftotext keeps the two on a line) and more text cells passed for
    titles: the 工程's steps and a wrapped 課 (「検討・準備」「住民課、会計」) are no rows. None where a code stands
    without a title after it on its line, or with more cells after the title (a table's line, not a stream of cells):
    the titles are taken by their shape as before."""
    is_title = {id(t) for t in titles}
    found: list[_Entry] = []
    for i, entry in enumerate(entries):
        if entry.kind != "code":
            continue
        after = entries[i + 1] if i + 1 < len(entries) else None
        if after is None or id(after) not in is_title or after.location.line != entry.location.line:
            return None
        beyond = entries[i + 2] if i + 2 < len(entries) else None
        if beyond is not None and beyond.location.line == entry.location.line:
            return None  # (a row's other cells on the line too: a table's line, as -layout prints it, no stream)
        found.append(after)
    return found if 2 <= len(found) < len(titles) else None


def _paired(entries: list[_Entry], titles: list[_Entry]) -> list[_Entry]:
    """The titles in the order of the codes: a run of codes followed at once by as many titles
    (「1-1 電子申請…」 or 「3 4 窓口… 防災…」) pairs them; the other titles fill the other codes
    in the order they come."""
    is_title = {id(t) for t in titles}
    codes = [i for i, e in enumerate(entries) if e.kind == "code"]
    slot: dict[int, _Entry] = {}
    used: set[int] = set()
    i = 0
    while i < len(entries):
        if entries[i].kind != "code":
            i += 1
            continue
        run = i
        while run < len(entries) and entries[run].kind == "code":
            run += 1
        width = run - i
        after = entries[run : run + width]
        if (
            width == 1
            and _INTEGER.match(nfkc(entries[i].text))
            and after
            and after[0].location.line != entries[i].location.line
        ):
            # a lone number on a line of its own (「2」, then 「電子申請の拡充」): a code cell set
            # in the middle of its row may be printed before the row above's title
            i = run
            continue
        if len(after) == width and all(id(e) in is_title for e in after):
            for code_at, title in zip(range(i, run), after, strict=True):
                slot[code_at] = title
                used.add(id(title))
        i = run
    rest = iter(t for t in titles if id(t) not in used)
    return [slot[c] if c in slot else next(rest) for c in codes]


def _with_divisions(entries: list[_Entry]) -> list[str]:
    """The department cells when a 課 is written under its 部 (「総務部」 then 「情報政策課」, the
    cell 「総務部 情報政策課」), and a list of them wrapped after its 「、」 goes on in the next
    name: each 部 printed right before a name that is no 部 is that name's division."""
    cells: list[str] = []
    joined = False  # the last cell takes the next name: a 部, or a name ending its line in 「、」
    for before, entry in zip([None, *entries], entries, strict=False):
        if entry.kind != "dept":
            joined = False
            continue
        name = nfkc(entry.text)
        if joined and before is not None and before.kind == "dept":
            cells[-1] = f"{cells[-1]} {entry.text}"
        else:
            cells.append(entry.text)
        joined = name.endswith("部") or name.endswith(("、", ","))
    return cells


def _departments(entries: list[_Entry], titles: list[_Entry], by_codes: bool = False) -> list[str | None]:
    """The department cells in order, None for a row whose cell is not sure.

    With more names than rows, a cell wrapped (「DX推進課」「市民課」 on two lines). Names on
    consecutive lines are a block of the column printed for a few rows; how many cells a block
    holds is said by the cells printed around it for the same rows — the titles since the block
    before, or the indicators right after it — and the blocks must add up to one cell per title.
    (When every pair of names on consecutive lines has to be one cell, they are, as they come.)
    In a block of fewer cells than names, the names on one line go together where only one way
    is left: a cell names a department once, and one whose names are written with 「、」 on a line
    does not go on with a line break (a wrapped 「、」 list ends its line with the 「、」). With ``by_codes`` (text
    whose cells a blank line parts, each row's after its code) the names between two codes are one cell."""
    rows = len(titles)
    found = [e for e in entries if e.kind == "dept"]
    plain: list[str | None] = [e.text for e in found]
    if len(found) <= rows:
        return plain
    with_divisions = _with_divisions(entries)
    if len(with_divisions) == rows:
        return list(with_divisions)
    in_rows = _departments_by_codes(entries, titles) if by_codes else None
    if in_rows is not None:
        return in_rows
    lines = [e.location.line or 0 for e in found]
    joins = [i for i in range(1, len(found)) if lines[i - 1] and lines[i] == lines[i - 1] + 1]
    if len(joins) == len(found) - rows:  # every pair of names on consecutive lines is one cell
        cells: list[str | None] = []
        for i, entry in enumerate(found):
            if i in joins:
                cells[-1] = f"{cells[-1]}・{entry.text}"
            else:
                cells.append(entry.text)
        return cells
    blocks: list[list[int]] = []
    for i, entry in enumerate(found):
        line = entry.location.line or 0
        if blocks and line and line == (found[blocks[-1][-1]].location.line or 0) + 1:
            blocks[-1].append(i)
        else:
            blocks.append([i])
    is_title = {id(t) for t in titles}
    at = {id(e): i for i, e in enumerate(entries)}
    counts: list[int] = []
    before = 0  # index in entries after the previous block
    for block in blocks:
        first, last = at[id(found[block[0]])], at[id(found[block[-1]])]
        above = sum(1 for e in entries[before:first] if id(e) in is_title)
        after = 0
        for e in entries[last + 1 :]:
            if e.kind != "indicator":
                break
            after += 1
        said = {n for n in (above, after) if 1 <= n <= len(block)}
        if len(said) != 1:
            return plain  # nothing says how many cells (or two things say different numbers)
        counts.append(said.pop())
        before = last + 1
    if sum(counts) != rows:
        return plain
    cells = []
    for block, count in zip(blocks, counts, strict=True):
        names = [found[i].text for i in block]
        cuts = _cells_of(names, count)
        if cuts is None:
            cells.extend([None] * count)
        else:
            cells.extend("・".join(names[a:b]) for a, b in cuts)
    return cells


def _departments_by_codes(entries: list[_Entry], titles: list[_Entry]) -> list[str | None] | None:
    """The department cells of text that gives each row's cells after its code (「3」 「キャッシュレス決済の導入」
    「会計室」 … 「税務課」 「4」): the names between a row's code and the next are that row's cell, however many.
    None unless every title comes right after its own code and no name before the first code."""
    codes = [i for i, e in enumerate(entries) if e.kind == "code"]
    if len(codes) != len(titles) or any(e.kind == "dept" for e in entries[: codes[0] if codes else 0]):
        return None
    at = {id(e): i for i, e in enumerate(entries)}
    bounds = [*codes, len(entries)]
    for k, title in enumerate(titles):
        if not bounds[k] < at[id(title)] < bounds[k + 1]:
            return None
        if any(e.kind in ("dept", "number") for e in entries[bounds[k] + 1 : at[id(title)]]):
            return None  # a row's cells between a code and its title: the cells come otherwise
    cells: list[str | None] = []
    for k in range(len(codes)):
        names = [e.text for e in entries[bounds[k] + 1 : bounds[k + 1]] if e.kind == "dept"]
        cells.append("・".join(names) if names else None)
    return cells


def _ahead_of_titles(entries: list[_Entry], titles: list[_Entry]) -> bool:
    """Whether the department cells printed before the first title skip rows: printed among the
    rows' figures (a row's 担当課, indicator and figures given together), they come after the
    figures of rows without one (「85手続」「300手続」 … then 「会計課・市民課 キャッシュレス決済に対応」:
    the first rows' 担当課, centred in taller cells, are printed elsewhere), so the names are no
    longer in the titles' order. (Where the first of them comes before any figure, row after row
    from the first, they are.)"""
    first = next((i for i, e in enumerate(entries) if e in titles), len(entries))
    ahead = [i for i, e in enumerate(entries[:first]) if e.kind == "dept"]
    if not ahead:
        return False
    return any(e.kind in ("number", "indicator") for e in entries[: ahead[0]])


def _cells_of(names: list[str], count: int) -> list[tuple[int, int]] | None:
    """How ``names`` (a block's lines, in order) make ``count`` cells: the only way that names no
    department twice in a cell and goes on after no 「、」 list; None when several ways are left."""
    ways: list[list[tuple[int, int]]] = []

    def plausible(a: int, b: int) -> bool:
        cell = names[a:b]
        words = [w for name in cell for w in re.split(r"[、，,・/／]", name) if w]
        if len(words) != len(set(words)):
            return False
        listed = all(
            not re.search(r"[、，,]", name) or name.endswith(("、", "，", ",")) for name in cell[:-1]
        )
        return listed and not cell[-1].endswith(("、", "，", ",", "・"))

    def split(start: int, left: int, cut: list[tuple[int, int]]) -> None:
        if len(ways) > 1:
            return
        if left == 1:
            if plausible(start, len(names)):
                ways.append([*cut, (start, len(names))])
            return
        for end in range(start + 1, len(names) - left + 2):
            if plausible(start, end):
                split(end, left - 1, [*cut, (start, end)])

    split(0, count, [])
    return ways[0] if len(ways) == 1 else None


_UNIT = re.compile(r"^[約]?[-+−▲]?[0-9][0-9,.]*")


def _unit(figure: str) -> str:
    """The unit written after a figure: 「1,200件」 → 「件」, 「30」 → 「」."""
    plain = nfkc(figure)
    return "" if _GRADE.match(plain) else _UNIT.sub("", plain).strip()  # 「◎」 in a row of figures: no unit


def _one_unit(rows: list[list[str]]) -> bool:
    """Whether each row's figures share their unit (a KPI's baseline, targets and actuals do)."""
    return all(len({u for u in map(_unit, row) if u}) <= 1 for row in rows)


#: (index in entries, first row, rows) of a band of figures.
_Band = tuple[int, int, int]


def _by_unit(run: list[str], width: int, height: int) -> list[list[str]] | None:
    """The rows of a run that sets rows side by side (pdfminer: 「6,500人 8,000人 10か所 9,000人
    15か所 …」), each row's figures told by their unit: one unit per row, ``width`` figures each,
    the rows in the order their units first come (a 「－」 of no unit the one row a figure short's, in
    its place); None when the units do not tell them apart."""
    rows: dict[str, list[tuple[int, str]]] = {}
    dashes: list[tuple[int, str]] = []
    for at, figure in enumerate(run):
        if _DASH.match(nfkc(figure)):
            dashes.append((at, figure))  # 「－」: no figure, so no unit; a short row's
        else:
            rows.setdefault(_unit(figure), []).append((at, figure))
    short = [row for row in rows.values() if len(row) < width]
    if dashes and len(short) == 1 and len(short[0]) + len(dashes) == width:
        short[0].extend(dashes)  # the one row a figure short: its blank printed 「－」, in its place
        short[0].sort()
    if len(rows) != height or any(len(row) != width for row in rows.values()):
        return None
    return [[figure for _, figure in row] for row in rows.values()]


#: A cell printed for a blank figure.
_DASH = re.compile(r"^[-－―—ー]$")


def _figure_columns(columns: list[_Column]) -> list[_Column]:
    """The columns whose cells are figures: 基準値, 目標値, 実績値 …; and, between two of them, a
    達成率 (「108.0%」) or a 評価 (「◎」) column, whose cells come in the same blocks as theirs
    (「10 4,500 30 | 25 8,000 25 | … | 108.0% 89.0% 92.6% | ◎ ○ ○ | 60 15,000 15」); a 達成率 after
    them too (「12 30 45 60 27 31.3%」: its figures are in the rows' runs)."""
    numbers = [i for i, c in enumerate(columns) if c.kind == "number"]
    if not numbers:
        return []
    return [
        c
        for i, c in enumerate(columns)
        if c.kind == "number"
        or (numbers[0] < i < numbers[-1] and c.kind == "grade")
        or (numbers[0] < i and _role(c.label) == "rate")
    ]


def _figures(entries: list[_Entry], width: int, grades: bool = False) -> tuple[list[list[str]], list[_Band]] | None:
    """Each row's figures (one per figure column) and the bands they came in, when every run of
    figures is a band of rows: its figure columns one after the other for the same rows, or its
    rows one after the other, whichever gives each row one unit; None when any run is neither.
    A run that is no band goes on with the next (the cells printed between belong to other
    columns) while its rows may be set side by side, told apart by their units (``_by_unit``)."""
    if width == 0:
        return None
    out: list[list[str]] = []
    run: list[str] = []

    def band(final: bool) -> bool | None:
        """True when the run is a band (taken), False when it cannot be one, None when it may
        become one with the figures after it."""
        if not run:
            return True
        if len(run) % width == 0:
            height = len(run) // width
            by_column = [[run[c * height + r] for c in range(width)] for r in range(height)]
            by_row = [run[r * width : (r + 1) * width] for r in range(height)]
            # a run gone on over other cells is a band only where units tell its rows apart
            # (figures without units, 「1」「12」 … 「0」「5」「3」, would fit any order)
            found = None if merged else next((b for b in (by_column, by_row) if _one_unit(b)), None)
            if found is None and height > 1:
                found = _by_unit(run, width, height)
            if found is not None:
                bands.append((begin, len(out), height))
                out.extend(found)
                run.clear()
                return True
        return False if final else None

    bands: list[_Band] = []
    begin = 0
    merged = False  # the run went on over other cells
    figure = ("number", "grade") if grades else ("number",)
    for index, entry in enumerate(entries):
        if entry.kind in figure:
            if not run:
                begin, merged = index, False
            elif entries[index - 1].kind not in figure:
                merged = True
            run.append(entry.text)
        elif band(final=False) is False:
            return None
    if not band(final=True):
        return None
    return out, bands


def _owners(entries: list[_Entry], bands: list[_Band], titles: list[_Entry], rows: int) -> list[int | None]:
    """Whose each row of figures is, where an initiative has more than one (a second indicator on
    a row of its own): more rows of figures than titles. The text gives the cells in blocks of a
    few rows, column after column, so a block of titles is followed by figures of its rows; but a
    title merged down over its rows and centred in them is printed after the rows above its
    middle, so a band printed between two titles may be either's. What is sure:

    - a band of as many rows as the titles printed just before it is theirs, one each;
    - otherwise the first row of a band printed right after titles is the first of them's, and
      its last row the last of them's when the next band is printed right after new titles;
    - a band printed after the last title's own band is that title's;
    - the table's first row is the first title's, its last row the last title's (every initiative
      has a row of figures: there are more rows than titles).

    Every other row is None (left out, with a warning); all are None when the titles do not come
    in their order."""
    owners: list[int | None] = [None] * rows
    rank = {id(t): i for i, t in enumerate(titles)}
    starts = {begin: (first, height) for begin, first, height in bands}
    pending: list[int] = []  # the titles since the last band
    seen = 0  # titles before them
    closed = False  # the last title is printed, and its band placed it
    partial: tuple[int, int] | None = None  # (last row, last title) of a band after titles, unplaced
    for index, entry in enumerate(entries):
        if id(entry) in rank:
            pending.append(rank[id(entry)])
        if index not in starts:
            continue
        first, height = starts[index]
        if pending != list(range(seen, seen + len(pending))):
            return [None] * rows  # titles out of their order: nothing is sure
        seen += len(pending)
        if pending and partial is not None:
            owners[partial[0]] = partial[1]  # new titles start here: the band before ended with its last
        partial = None
        if len(pending) == height:
            for row, title in enumerate(pending, start=first):
                owners[row] = title
            closed = seen == len(titles)
        elif pending:
            owners[first] = pending[0]
            partial = (first + height - 1, pending[-1])
            closed = False  # the rows after may be any of these titles'
        elif closed:
            for row in range(first, first + height):
                owners[row] = seen - 1
        pending = []
    if titles:
        owners[0] = 0 if owners[0] is None else owners[0]
        owners[-1] = len(titles) - 1 if owners[-1] is None else owners[-1]
    known = [o for o in owners if o is not None]
    if known != sorted(known) or known[0] != 0 or known[-1] != len(titles) - 1:
        return [None] * rows
    return owners


#: A second (third …) indicator of one 取組: 「②オンライン申請の割合」.
_LATER_NUMBERED = re.compile(r"^(?:[②-⑳]|[(（][2-9][)）])")


def _numbered_owners(entries: list[_Entry], titles: list[_Entry], rows: int) -> list[int | None] | None:
    """Whose each row of figures is when a 取組's indicators are numbered (「①オンライン化した手続の
    数」「②オンライン申請の割合」) and the names come once per row: each row is a title's in turn, but
    a row numbered ② or later is the one before's. None unless that gives every title its rows."""
    indicators = [e for e in entries if e.kind == "indicator"]
    later = [_LATER_NUMBERED.match(nfkc(e.text)) is not None or _LATER_NUMBERED.match(e.text) is not None for e in indicators]
    if len(indicators) != rows or not any(later) or rows - sum(later) != len(titles):
        return None
    owners: list[int | None] = []
    title = -1
    for more in later:
        title += 0 if more else 1
        owners.append(title if title >= 0 else None)
    return None if owners[0] is None else owners


def _rows_of_figures(
    entries: list[_Entry], titles: list[_Entry], width: int, grades: bool = False
) -> tuple[list[list[list[str]]] | None, int]:
    """Each title's rows of figures (its first indicator's, then any other's), each row led by its
    indicator's name when the names come once per row (else by an empty cell), and how many rows
    of figures were left out; None when no figure can be tied to its row."""
    found = _figures(entries, width, grades)
    if found is None or not found[0]:
        return None, 0
    figures, bands = found
    if len(figures) < len(titles):
        return None, 0
    marked = _marked_rows(entries, bands, len(figures))
    owners = None if marked is None else _under_their_titles(entries, titles, marked)
    if marked is not None and owners is not None:
        names = [m.text for m in marked]
    else:
        if not _after_their_indicators(entries, bands, len(figures)):
            return None, 0
        names = [e.text for e in entries if e.kind == "indicator"]
        if len(names) != len(figures):
            names = [""] * len(figures)
    figures = [[name, *row] for name, row in zip(names, figures, strict=True)]
    if owners is None:
        if len(figures) == len(titles):
            return [[row] for row in figures], 0
        owners = _numbered_owners(entries, titles, len(figures)) or _owners(entries, bands, titles, len(figures))
    if all(owner is None for owner in owners):
        return None, 0
    out: list[list[list[str]]] = [[] for _ in titles]
    for row, owner in zip(figures, owners, strict=True):
        if owner is not None:
            out[owner].append(row)
    return out, owners.count(None)


def _by_indicator_units(entries: list[_Entry], columns: list[_Column], titles: list[_Entry]) -> list[list[list[str]]] | None:
    """Each title's row of figures when the figures come in no band but each carries its unit:
    one indicator a title, its figures (現状値, 目標値 …: the figure columns after the 指標
    column, the last ones) printed after its name, perhaps among another indicator's. A figure is
    the first indicator's printed before it whose figures have its unit, else the first one's
    that has none yet (「20手続」 「0窓口」 「150手続」 「10窓口」: two indicators printed one after
    the other, their figures row by row). A figure that could be an indicator's with its unit or
    a new one's is either's: None then, and None unless every indicator gets one figure a column
    and every figure with a unit after the first indicator finds its indicator."""
    indicators = [e for e in entries if e.kind == "indicator"]
    labels = [c.label for c in columns]
    named = next((i for i, c in enumerate(columns) if _role(c.label) == "indicator"), None)
    figure_columns = _figure_columns(columns)
    if named is None or len(indicators) != len(titles) or not figure_columns:
        return None
    own = [c for c in columns[named + 1 :] if c.kind == "number"]
    width = len(own)
    if not width or [c.label for c in figure_columns[-width:]] != [c.label for c in own] or labels.count(own[0].label) != 1:
        return None
    values: list[list[str]] = [[] for _ in indicators]
    units: list[str] = [""] * len(indicators)
    seen = 0
    for entry in entries:
        if entry.kind == "indicator":
            seen += 1
            continue
        if not seen or entry.kind != "number":
            continue
        unit = _unit(entry.text)
        if unit in _MONEY or (not unit and width < len(figure_columns)):
            continue  # a 事業費's cell (the columns before the 指標 have no units)
        if not unit:
            return None  # a figure without a unit could be anyone's
        open_ = [i for i in range(seen) if len(values[i]) < width]
        same = [i for i in open_ if values[i] and units[i] == unit]
        empty = [i for i in open_ if not values[i]]
        if len(same) > 1 or (same and empty) or not (same or empty):
            return None  # 「15か所」 after 「0か所 8か所」 and a new indicator: either's
        mine = same[0] if same else empty[0]
        values[mine].append(entry.text)
        units[mine] = unit
    if any(len(v) != width for v in values):
        return None
    blank = [""] * (len(figure_columns) - width)
    return [[[ind.text, *blank, *v]] for ind, v in zip(indicators, values, strict=True)]


def _row_by_row(
    entries: list[_Entry], titles: list[_Entry], width: int, grades: bool
) -> tuple[list[list[list[str]]], int] | None:
    """Each title's row of figures where the print gives the table row after row (a Calc page:
    「1」「オンライン申請の拡大」「総務課」「オンライン申請できる手続数」「手続」「12」「30」 …): the
    indicator printed right after a title's cell (only its 担当課 or unit between) is that title's,
    and its figures are the ones after it up to the next cell of another kind (a code, a title, an
    indicator). Where each title comes right after its own code, a taller row's cells printed before
    its code (centred lower than the row above's) are the next rows': an indicator with its figures after
    a row's own goes to the next row without one, figures of another unit after a row's own to the next
    row with an indicator but no figures. A title without such an indicator, or whose figures are not
    one a column (a blank cell prints nothing; a row printed elsewhere), is left without, and counted.
    None unless at least half the titles' rows come so."""
    if width == 0 or len(titles) < 2:
        return None
    at = {id(e): i for i, e in enumerate(entries)}
    starts = [at[id(t)] for t in titles]
    if starts != sorted(starts):
        return None
    figure = ("number", "grade") if grades else ("number",)
    out: list[list[list[str]]] = []
    # the next rows' cells printed before their code (taller rows' cells centred lower): an indicator with its
    # figures, or figures alone, each for the next row that lacks them
    groups: list[tuple[str, list[str]]] = []
    ahead: list[list[str]] = []
    codes = [e for e in entries if e.kind == "code"]
    for row, (start, end) in enumerate(zip(starts, [*starts[1:], len(entries)], strict=True)):
        named = start + 1
        while named < end and entries[named].kind in ("dept", "unit", "piece"):
            named += 1
        found = _indicator_runs(entries[named:end], figure)
        if len(codes) != len(titles) or start == 0 or entries[start - 1] is not codes[row]:
            # a title not right after its own code: the cells come in blocks of rows, not row after row — nothing
            # printed ahead is carried to it, nor from it
            groups, ahead, carry = [], [], False
        else:
            carry = True
        own = found.pop(0) if found and named < end and entries[named].kind == "indicator" else None
        if own is None and groups:
            own = groups.pop(0)
        elif own is not None and not own[1] and ahead:
            own = (own[0], ahead.pop(0))
        elif own is not None:
            groups, ahead = [], []  # a row with figures of its own: what was ahead was not the next rows'
        if not carry:
            found = []
        for _, values in ([own] if own else []) + found:
            if _spilled(values, width):
                ahead.append(values[width : 2 * width])
                del values[width:]
        groups.extend((name, values) for name, values in found if len(values) == width)
        out.append([[own[0], *own[1]]] if own is not None and len(own[1]) == width else [])
    placed = sum(1 for own in out if own)
    return (out, len(titles) - placed) if placed * 2 >= len(titles) else None


def _indicator_runs(entries: list[_Entry], figure: tuple[str, ...]) -> list[tuple[str, list[str]]]:
    """Each indicator among a row's cells with the figures printed right after it (up to a cell of another
    kind: a code, a title, another indicator, a section)."""
    runs: list[tuple[str, list[str]]] = []
    for entry in entries:
        if entry.kind == "indicator":
            runs.append((entry.text, []))
        elif entry.kind in ("code", "code?", "text", "section"):
            if runs:
                break
        elif entry.kind in figure and runs:
            runs[-1][1].append(entry.text)
    return runs


def _spilled(values: list[str], width: int) -> bool:
    """Whether a row's run of figures holds the next row's after its own (「1か所」「6か所」 then 「0人」「2,500人」):
    its first ``width`` figures of one unit, the next ``width`` of one other unit, and at most ``width`` more (the
    rows' after, left to nobody)."""
    own, next_ = values[:width], values[width : 2 * width]
    return (
        len(values) > width
        and _one_unit([own])
        and bool(_unit(own[0]))
        and len(next_) == width
        and _one_unit([next_])
        and bool(_unit(next_[0]))
        and _unit(next_[0]) != _unit(own[0])
        and len(values) <= 3 * width
    )


def _marked(entries: list[_Entry], rows: int) -> bool:
    """Whether the indicators are given in the titles' column, one a row of figures, each marked
    so (「指標：電子申請件数（件）」 in the row under its initiative's: a KPI list)."""
    indicators = [e for e in entries if e.kind == "indicator"]
    return len(indicators) == rows and all(indicator_in_title(e.text) is not None for e in indicators)


def _marked_rows(entries: list[_Entry], bands: list[_Band], rows: int) -> list[_Entry] | None:
    """Each row's indicator when they are marked in the titles' column (``_marked``): one printed
    right before a band of one row is that row's (a row printed whole, 「指標：… 15 120 64」); the
    others take the other rows in the order they come. None when the indicators are not marked."""
    if not _marked(entries, rows):
        return None
    fixed = {
        first: entries[begin - 1]
        for begin, first, height in bands
        if height == 1 and begin > 0 and entries[begin - 1].kind == "indicator"
    }
    taken = {id(e) for e in fixed.values()}
    rest = iter([e for e in entries if e.kind == "indicator" and id(e) not in taken])
    return [fixed[r] if r in fixed else next(rest) for r in range(rows)]


def _under_their_titles(entries: list[_Entry], titles: list[_Entry], marked: list[_Entry]) -> list[int | None] | None:
    """Whose each row of figures is when the indicators are in the titles' column (``_marked_rows``
    gives each row's): that column's cells come in their order, so each indicator is the one of
    the title printed last before it. A row whose indicator comes before every title is the last
    title's when the rows' owners stay in order so (else left out, None, but for the last row, the
    last title's); None when the titles are not in their order or the rows' owners would not be."""
    rank = {id(t): i for i, t in enumerate(titles)}
    owner_of: dict[int, int | None] = {}
    current: int | None = None
    for entry in entries:
        if id(entry) in rank:
            if rank[id(entry)] != (-1 if current is None else current) + 1:
                return None
            current = rank[id(entry)]
        elif entry.kind == "indicator":
            owner_of[id(entry)] = current
    owners = [owner_of[id(m)] for m in marked]
    # the titles' column is printed as one block of lines: an indicator printed apart from it,
    # before every title, lies outside its rows — after the last title's, so it is that title's
    # (when the rows' owners then stay in order); else only the last row is
    after_last = [len(titles) - 1 if o is None else o for o in owners]
    if after_last == sorted(after_last):
        return list[int | None](after_last)
    if owners and owners[-1] is None:
        owners[-1] = len(titles) - 1
    known = [o for o in owners if o is not None]
    return owners if known == sorted(known) else None


def _after_their_indicators(entries: list[_Entry], bands: list[tuple[int, int, int]], rows: int) -> bool:
    """Whether the bands of figures go in the rows' order as far as the text shows it: a band
    printed right after indicator names (「キャッシュレス対応窓口数」「防災メール登録者数」) is those
    indicators' figures, so its rows must be theirs (with one indicator per row). A print that sets
    a later row's figures first (Calc's page, read by plain pdftotext) fails here. A band printed
    right after the header's labels (pdfminer gives a column's box with its labels, 「現状値 目標値
    R5 12 8 R7 40 20 …」) starts the figure columns: the names before it are no sign of its rows."""
    indicators = [e for e in entries if e.kind == "indicator"]
    if len(indicators) != rows:
        return True  # nothing to check the bands against
    rank = {id(e): r for r, e in enumerate(indicators)}
    for begin, first, height in bands:
        if entries[begin].after_labels:
            continue  # under its column's labels (「現状値 目標値 R5 12 8 R7 …」): the names before are other rows'
        names: list[_Entry] = []
        i = begin - 1
        while i >= 0 and len(names) < height and entries[i].kind in ("indicator", "piece", "unit"):
            entry = entries[i]
            owner = entry.owner if entry.kind == "piece" else entry
            if entry.kind != "unit" and owner is not None and (not names or names[-1] is not owner):
                names.append(owner)
            i -= 1
        if len(names) == height and [rank[id(n)] for n in reversed(names)] != list(
            range(first, first + height)
        ):
            return False
    return True


#: A page's number left in the text: 「-1/2-」「- 3 -」.
_PAGE_NUMBER = re.compile(r"^[-－―]\s*[0-9]{1,3}\s*(?:/\s*[0-9]{1,3}\s*)?[-－―]$")

#: Two cells side by side on one line, a title and its 取組内容: the title is short, the
#: sentence long (「行政手続のオンライン 市民の利用が多い手続から電子申請に対応し、申請」).
_SIDE_TITLE = 12
_SIDE_SENTENCE = 15
#: The title's wrapped end on the next line, before the sentence's rest (「化」「済の導入」).
_SIDE_TAIL = 6


def _side_by_side(entries: list[_Entry]) -> list[_Entry]:
    """A title and its 取組内容 printed on one line (one paragraph of two cells): two cells, the
    sentence a summary; the short line right under it is the title's wrapped end (the title's
    narrow cell wraps first), the longer ones the sentence's."""
    out: list[_Entry] = []
    tail_of: _Entry | None = None  # the title whose wrapped end may come on the next line
    for entry in entries:
        line = entry.location.line
        if (
            tail_of is not None
            and entry.kind == "text"
            and tail_of.location.line is not None
            and line == tail_of.location.line + 1
            and len(entry.text) <= _SIDE_TAIL
            and " " not in entry.text
        ):
            tail_of.text = join_wrapped(tail_of.text, entry.text)
            tail_of = None
            continue
        tail_of = None
        parts = entry.text.split(" ")
        if (
            entry.kind == "text"
            and len(parts) == 2
            and len(parts[0]) <= _SIDE_TITLE
            and len(parts[1]) >= _SIDE_SENTENCE
            and not _is_indicator(parts[1])
        ):
            title = _Entry("text", parts[0], entry.location)
            out.extend([title, _Entry("summary", parts[1], entry.location)])
            tail_of = title
            continue
        out.append(entry)
    return out


#: More rows of figures left out than this many a title: the figures are not those titles' rows.
_ROWS_A_TITLE = 4


def _title_cells(entries: list[_Entry], columns: list[_Column]) -> list[_Entry]:
    """The title cells among ``entries``: the text cells that are no indicator, and where they
    outnumber the codes, without the page's title before the first code, the notes and sentences
    under the table and a section column's marked cells — each taken out when that leaves one title
    per code."""
    has_section = any(_role(c.label) == "section" for c in columns)
    has_summary = any(_role(c.label) == "summary" for c in columns)
    has_note = any(_role(c.label) == "note" for c in columns)
    titles = _titles(entries, has_section, has_summary, has_note)
    codes_found = sum(1 for e in entries if e.kind == "code")
    if codes_found and len(titles) > codes_found:
        # more titles than codes: text before the first code or section line is the rest of the
        # page's title line (「…令和6」「年度 進捗状況一覧」), not a row
        first = next(i for i, e in enumerate(entries) if e.kind in ("code", "section"))
        before = {id(e) for e in entries[:first]}
        titles = [t for t in titles if id(t) not in before]
    if codes_found and len(titles) > codes_found:
        titles = _without_notes(entries, titles, columns, codes_found)
    if codes_found and len(titles) > codes_found:
        # 「実績値の「－」は、…を示します。」: a note under the table, a sentence no title is
        sentences = [t for t in titles if not nfkc(t.text).endswith("。")]
        titles = sentences if len(sentences) == codes_found else titles
    if codes_found and len(titles) > codes_found and has_section:
        # 「(1) 行政手続のデジタル化」 among titles without a marker: the 施策 column's cells, when
        # the titles left are one per code
        unmarked = [t for t in titles if not _MARKER_STYLE.match(nfkc(t.text))]
        if len(unmarked) == codes_found:
            titles = unmarked
    return titles


def _stream(lines: list[Line], start: int, columns: list[_Column], joined: bool = False) -> list[_Entry]:
    """The cells after the header (at ``start``), each of its kind: the header's wrapped brackets, a
    title beside its sentence and a 担当課 cut inside a name put back (with ``joined``, a cell's
    wrapped lines too: ``_paragraphs_joined``), the sections named, the codes told from the figures."""
    furniture = [line.text.strip() for line in lines[:start] if line.text.strip()]
    entries = [e for e in _entries(lines, start, furniture, columns) if not _PAGE_NUMBER.match(nfkc(e.text))]
    if any(_role(c.label) == "summary" for c in columns):
        entries = _side_by_side(entries)
    if joined:
        entries = _paragraphs_joined(entries)
    entries = _suffixes_rejoined(_departments_rejoined(_without_label_tails(entries)))
    _named_sections(entries)
    _codes(entries)
    return entries


#: A label printed again this often (and at least once for two rows) labels each card, no table's column.
_CARD_LABELS = 3


def _labelled_cards(lines: list[Line], columns: list[_Column], rows: int) -> bool:
    """Whether the 「担当課」 the header was found by labels a card each (a line of its own once per
    取組: cards of label and value, left to the card readers) rather than a table's column, printed
    again only over each page's rows."""
    dept = next((c.label for c in columns if c.kind == "dept"), None)
    if dept is None:
        return False
    printed = sum(1 for line in lines if line.text.strip() == dept)
    return printed >= _CARD_LABELS and printed * 2 >= rows


def read_plain_streams(document: Document) -> Document | None:
    """A table rebuilt from the streams of its cells, or None when there is no header or no title."""
    lines = [b for b in document.blocks() if isinstance(b, Line)]
    found = _header_columns(lines)
    if found is None:
        return None
    start, columns = found
    entries = _stream(lines, start, columns)
    titles = _title_cells(entries, columns)
    codes_found = sum(1 for e in entries if e.kind == "code")
    if codes_found and len(titles) > codes_found and _in_paragraphs(lines[start:]):
        # more titles than codes, in text whose cells a blank line parts: some are one cell's
        # wrapped lines (only then: pdfminer's box of a column's cells is a paragraph too)
        joined = _stream(lines, start, columns, joined=True)
        joined_titles = _title_cells(joined, columns)
        if codes_found <= len(joined_titles) < len(titles):
            entries, titles = joined, joined_titles
    beside = _titles_beside_codes(entries, titles)
    if beside is not None:
        titles = beside
    if not titles:
        return None
    rows = len(titles)
    if _labelled_cards(lines, columns, rows):
        return None
    codes = [e.text for e in entries if e.kind == "code"]
    departments = _departments(entries, titles, by_codes=_in_paragraphs(lines[start:]))
    figure_columns = _figure_columns(columns)
    grades = any(c.kind == "grade" for c in figure_columns)
    label = {c.kind: c.label for c in reversed(columns)}
    labels = [c.label for c in columns]
    named = initiatives_column(labels, [_role(t) for t in labels])
    title_label = next((c.label for c in columns if _role(c.label) == "title"), None) or labels[named or 0]
    header = [title_label]
    use_codes = "code" in label and len(codes) == rows
    use_departments = "dept" in label and len(departments) == rows and not _ahead_of_titles(entries, titles)
    if use_codes:
        titles = _paired(entries, titles)
    figures, unplaced = _rows_of_figures(entries, titles, len(figure_columns), grades)
    if figures is not None and unplaced > _ROWS_A_TITLE * rows:
        figures, unplaced = None, 0  # rows of figures by the hundred tied to no title: no table's rows
    by_units = figures is None and (figures := _by_indicator_units(entries, columns, titles)) is not None
    if (
        figures is None
        and (use_codes or use_departments)  # the titles are the rows: one per code or per 担当課
        and (by_rows := _row_by_row(entries, titles, len(figure_columns), grades)) is not None
    ):
        figures, unplaced = by_rows
    # 「指標：…」 in the titles' column: the indicators' rows are rebuilt under their initiatives
    marked = figures is not None and _marked(entries, sum(len(own) for own in figures) + unplaced)
    if use_codes:
        header.insert(0, label["code"])
    # the 担当課 column stays even when its cells cannot be placed (empty): a table of initiatives
    header.append(label.get("dept", "担当課"))
    if figures is not None:
        indicator = next((c.label for c in columns if _role(c.label) == "indicator"), "指標")
        header.extend([indicator, *(c.label for c in figure_columns)])
    if not (use_codes or use_departments or figures is not None):
        return None  # no other kind of cell comes once per title: the titles are no rows either
    table_rows = [[Cell(text) for text in header]]
    locations = [lines[start].location]
    for i, title in enumerate(titles):
        row = [title.text]
        if use_codes:
            row.insert(0, codes[i])
        row.append((departments[i] or "") if use_departments else "")
        own = figures[i] if figures is not None else []
        if marked:  # the title's row has no figures: each indicator's row is under it, as printed
            row.extend([""] * (len(figure_columns) + 1))
            table_rows.append([Cell(text) for text in row])
            locations.append(title.location)
            for name, *values in own:
                cells = [*([""] if use_codes else []), name, "", "", *values]
                table_rows.append([Cell(text) for text in cells])
                locations.append(title.location)
            continue
        if figures is not None:
            row.extend(own[0] if own else [""] * (len(figure_columns) + 1))
        table_rows.append([Cell(text) for text in row])
        locations.append(title.location)
        for more in own[1:]:  # a second indicator's row: no title of its own
            table_rows.append([Cell(text) for text in [""] * (len(header) - len(more)) + more])
            locations.append(title.location)
    out = Document(kind=document.kind, notes=list(document.notes))
    page = Page(number=1)
    out.pages.append(page)
    page.blocks.extend(lines[:start])
    page.blocks.append(
        Table(rows=table_rows, location=lines[start].location, row_locations=locations, header_rows=1)
    )
    left = [
        what
        for what, used, wanted in (
            ("番号", use_codes, "code" in label),
            ("担当課", use_departments, "dept" in label),
            ("指標の数値", figures is not None, bool(figure_columns)),
        )
        if wanted and not used
    ]
    if by_units and any(_role(c.label) == "budget" for c in figure_columns):
        left.append("事業費")
    if use_departments and None in departments:
        left.append(f"担当課のうち{departments.count(None)}行分")
    if figures is not None and unplaced:
        left.append(f"指標の数値のうち{unplaced}行分")
    message = (
        "表のセルが1つずつ並んだテキスト（PDFから行の区切りなしに取り出したもの）のため、"
        "取組名をセルの形から推定し、番号・担当課・数値はその並び順で各取組に当てました。"
    )
    if left:
        message += f"{'・'.join(left)}は行との対応が確かめられないため読みませんでした。PDFの表のまま取り込むか、Excelに写してください。"
    out.notes.append((lines[start].location, message))
    return out
