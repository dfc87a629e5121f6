"""One-row-per-initiative (or per-indicator) tables: 進捗状況一覧, KPI lists, a table pasted into Excel.

The header row is the row whose cells are labels of the dictionary (``importers.labels``):
a title column (取組名 / 事業名 / 具体的な取組 …) and at least one other known column; a
second header row below it (years under 工程, 指標名 / 目標値 under 指標) is merged into it.
Below the header:

- a row that repeats the header (a PDF page break, a table pasted twice) is skipped;
- a row whose only text spans the table (「基本目標1 …」) is a section heading;
- section columns (区分 / 分野 / 基本目標 / 施策) give the section tree; a blank or merged cell
  continues the value above;
- consecutive rows of one initiative (merged or blank title, or the same code and title)
  add indicators to it; every other row with a title is an initiative;
- 目標値 without a year is the final target (for the plan's last year, or the year written in
  the cell); a year in the header makes the column a yearly target / actual / budget / schedule;
- a code Excel turned into a date is repaired when the other codes have that shape.

A table without a header row that is as wide as the table before it continues that table
(a PDF table split over pages).
"""

from __future__ import annotations

import copy
import dataclasses
import functools
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from ..document import Cell, Document, Line, Location, Table, column_letter
from ..labels import (
    IN_PLAN_LABELS,
    INDICATOR_CODE,
    INDICATOR_NUMBER,
    NOT_PLAN_SHEET_WORDS,
    SINGLE,
    SURFACE,
    TOTAL_WORDS,
    YEARLY,
    Column,
    classify,
    dated_by_day,
    generic_title,
    half_of,
    half_value,
    indicator_in_title,
    initiatives_column,
    is_group_row,
    is_known,
    is_quarter,
    is_record_field,
    key,
    measure_of,
    row_kind_of,
    supersedes,
    year_half,
    year_in,
    years_again,
)
from ..planjson import Indicator, Initiative, ScheduleEntry, indicator, initiative
from ..repairs import date_code, is_date_text
from ..text import (
    BRACKETED_UNITS,
    PARENT_SUFFIXES,
    circled_value,
    compact,
    department_row,
    excel_error,
    fy_of,
    is_department,
    is_no_value,
    is_title_text,
    join_wrapped,
    lazy_re,
    names_a_group,
    names_a_member,
    nfkc,
    open_brackets,
    parse_number,
    plain_code,
    split_departments,
    squash,
)
from ..titles import of_cells
from .common import (
    ENTRY_NUMBER,
    Collector,
    add_dated,
    add_departments,
    add_note,
    add_related,
    add_text,
    dated_parts,
    finish_indicator,
    graded_title,
    indicator_from_text,
    is_arrow,
    name_before_number,
    priority_of,
    schedule_label,
    schedule_legend,
    title_and_marks,
    where,
    written_value,
)
from .numbering import marker, names_a_list, split_numbered

#: A title has at least one letter (not only digits, marks and blanks).
_LETTER = lazy_re(r"[^\W\d_]")
#: A title cell holding a figure (a row number or a value in the wrong column): left out quietly.
_FIGURE = lazy_re(r"[\d\s.,/()%+\-]*")

#: How many rows of a table may precede its header row (a title, plan metadata, notes).
HEADER_SEARCH_ROWS = 40


@dataclass
class Header:
    """The columns of a table, found by the labels of its header row(s)."""

    columns: dict[int, Column]
    row: int  # index of the (first) header row
    height: int  # 1 or 2 header rows
    texts: list[list[str]]  # the header rows' cells in matching form, for spotting repeats
    labels: dict[int, str] = field(default_factory=dict)  # the header text of each column
    #: The columns of a year's second half (「下半期実績」 under 「令和６年度」), notes until the plan says they are 累計, and
    #: what each then is (the year's 実績 or 目標: ``_halves_of_years``); a 実績 left a note is said in a warning.
    halves: dict[int, Column] = field(default_factory=dict)
    #: A table in long form: one 取組 (its number or title) on two rows or more of different 年度 (``_long_form``).
    long_form: bool = False

    @functools.cached_property
    def raw(self) -> set[str]:
        """The header texts as written (for spotting a repeated header row quickly)."""
        return set(self.labels.values()) | {t for t in self.labels.values() for t in t.split(" ")}

    @functools.cached_property
    def short_raw(self) -> frozenset[str]:
        """The header texts of at most 24 characters (those ``_is_repeat`` looks for), for one set
        operation per row."""
        return frozenset(t for t in self.raw if t and len(t) <= 24)

    @functools.cached_property
    def superseded(self) -> dict[int, int]:
        """Each column of a value a review put in place of another's, and the column of the one it replaced (「当初目標値（R9）
        | 見直し後目標値（R9）」: ``labels.supersedes``; the first read as a note by ``_header_columns``)."""
        found: dict[int, int] = {}
        notes = [j for j, column in self.columns.items() if column.role == "note" and self.labels.get(j)]
        if not notes:
            return found
        for i, column in self.columns.items():
            if column.role not in YEARLY:
                continue
            for j in notes:
                first = classify(self.labels[j]) if j < i else None
                if (
                    first is not None
                    and (first.role, first.fy) == (column.role, column.fy)
                    and supersedes(self.labels[j], self.labels.get(i, ""))
                ):
                    found[i] = j
        return found

    @functools.cached_property
    def keys(self) -> set[str]:
        return {k for texts in self.texts for k in texts if k}

    @functools.cached_property
    def indicator_under_title(self) -> bool:
        """The title's header over an indicator's (「取組名」 over 「成果指標（単位）」): each 取組's row is
        followed by its indicators' rows, their names in the title column and no number of their own."""
        at = self.first("title")
        at = self.first("indicator") if at is None else at  # the two labels read as the lower one's
        if self.height < 2 or at is None or len(self.texts) < 2 or at >= len(self.texts[1]):
            return False
        upper, lower = (classify(t, loose=False) if t else None for t in (self.texts[0][at], self.texts[1][at]))
        return upper is not None and upper.role == "title" and lower is not None and lower.role == "indicator"

    def first(self, role: str) -> int | None:
        return self.by_role()[1].get(role)

    def of(self, role: str) -> list[int]:
        return list(self.by_role()[2].get(role, ()))

    def ordered(self) -> list[tuple[int, Column]]:
        """The columns left to right."""
        return self.by_role()[0]

    def by_role(self) -> tuple[list[tuple[int, Column]], dict[str, int], dict[str, list[int]]]:
        """(columns in order, first column of each role without a year, all columns of each role),
        worked out once per set of columns: every row of the table asks (the mapping of a
        preview replaces ``columns`` as a whole, which starts afresh)."""
        cached = self.__dict__.get("_by_role")
        if cached is not None and cached[0] is self.columns:
            found: tuple[list[tuple[int, Column]], dict[str, int], dict[str, list[int]]] = cached[1]
            return found
        ordered = sorted(self.columns.items())
        first: dict[str, int] = {}
        of: dict[str, list[int]] = {}
        for i, c in ordered:
            of.setdefault(c.role, []).append(i)
            if c.fy is None or c.role == "indicator":  # 「KPI（令和9年度）」 is the indicator's column
                first.setdefault(c.role, i)
        found = (ordered, first, of)
        self.__dict__["_by_role"] = (self.columns, found)
        return found

    @property
    def signature(self) -> str:
        return "|".join(self.labels.get(i, "") for i in range(max(self.labels, default=-1) + 1))


#: A name in English: two words or more of Latin letters (「Online Administrative Procedures」「Open Data」).
_ENGLISH_NAME = lazy_re(r"[A-Za-z][A-Za-z0-9'’&/\-]*(?:[ ,.]+[A-Za-z0-9'’&/\-]+)+\.?")


#: The arrow between a baseline and its target in a progression cell: 「120手続→400手続」.
_PROGRESSION_ARROW = lazy_re(r"\s*[→⇒➡]\s*")


#: A part of the plan named in brackets after the plan's title: 「…進捗管理表　【基本目標1】便利で身近な行政サービス」.
#: A 基本目標 named alone in a cell: 「基本目標１　誰もが使いやすい行政サービス」.
_PART_ALONE = lazy_re(
    r"(?P<word>基本目標|基本方針|基本施策|施策|分野|重点取組|重点プロジェクト)\s*(?P<number>[0-9０-９]{1,2}|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨ])"
    r"[\s　:：.．、]+(?P<rest>\S.{0,60})"
)
_TITLED_PART = lazy_re(
    r"[【［\[](?P<word>基本目標|基本方針|基本施策|施策|分野|重点取組|重点プロジェクト)\s*(?P<number>[0-9０-９]{1,2}|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨ])"
    r"[】］\]]\s*(?P<rest>.*)$"
)


def _paint_legend(table: Table) -> dict[str, str]:
    """What each colour means, by a 凡例 row of the table (「凡例 | ■ | 実施 | ■ | 検討・準備」, each colour an empty
    painted cell before its words): colour → words."""
    found: dict[str, str] = {}
    for row in table.rows:
        if not any("凡例" in cell.own_text for cell in row):
            continue
        for cell, after in itertools.pairwise(row):
            words = after.own_text.strip()
            if cell.paint and not cell.text.strip() and words and "凡例" not in words and len(words) <= 12:
                found.setdefault(cell.paint, words)
    return found


def _years_without_figures(table: Table, header: Header) -> list[int]:
    """The year columns of a 工程表 (「R6 | R7 | R8」) with no figure in any row under the header: a column of figures
    under a year holds that year's values (菱川市's 目標値 and 実績値 rows under R5 … R9), not a 工程 drawn in fills (first
    read: 「工程表の年度の欄に文字がありません」 warned of it)."""
    rows = [_texts(row) for row in table.rows[header.row + header.height :]]
    return [
        at
        for at, column in header.columns.items()
        if column.role == "schedule"
        and column.fy
        and not any(at < len(cells) and parse_number(cells[at]) is not None for cells in rows)
    ]


#: Columns only a plan's 取組 have: a table with one of these is a table of 取組 whatever its title column is headed.
_INITIATIVE_ROLES = frozenset(
    ("code", "indicator", "baseline", "target", "actual", "rate", "evaluation", "budget", "priority", "in_plan",
     "start", "end")
)  # fmt: skip


def carries_initiatives(table: Table, header: Header) -> bool:
    """Whether a table whose title column is headed by a word any table may have (``labels.generic_title``: 「項目」
    「取組」「名称」「質問項目」) is one of 取組: its rows carry what 取組 carry — a column of numbers or indicators and
    their figures, a 担当課 column naming a 課, a word or a mark (no figure) under a year, or titles numbered 「1-1」.
    Batch 35 wrote the noise such a header is over, around the plan's own table: 白鷺台市's 調査の概要 「項目 | 内容」
    (調査対象, 調査期間) and 施策の体系 「基本理念 | 基本方針 | 取組」 (titles joined by 「／」), 琴浦野村's 「項目 | 平成25年度 |
    平成30年度 | 令和５年度」 of 人口 and 職員数 (figures under the years: it had refused the plan for a 工程 in 2013),
    萩ノ台市's 国の主な計画等 「策定・改定時期 | 名称 | 所管」 (所管 a 省庁, no 課). A header of a 取組 label of its own
    (「取組名」「事業名」) is a table of 取組 as it is, and so is a header whose rows the text set apart from it (萱野町's
    「取組 | 内容 | R6 | R7 | R8 | 所管」 over a blank line, batch 31: its rows are read as the table going on)."""
    title_at = header.first("title")
    if title_at is None or not generic_title(header.labels.get(title_at, "")):
        return True
    if any(column.role in _INITIATIVE_ROLES for column in header.columns.values()):
        return True
    rows = table.rows[header.row + header.height :]
    if not any(cell.text.strip() for row in rows for cell in row):
        return True
    if key(header.labels.get(title_at, "")) == "取組" and any(c.role == "summary" for c in header.columns.values()):
        return True  # 「取組 | 内容 | …」: the 取組 and what each does (a survey's 「項目 | 内容」 is no such table)
    for row in rows:
        cells = _texts(row)
        for at, column in header.columns.items():
            text = cells[at] if at < len(cells) else ""
            if not text:
                continue
            if column.role == "departments" and any(
                is_department(name) or names_a_group(name) for name in split_departments(text)
            ):
                return True  # (「全庁」「各課」 too: who carries a 取組 out)
            if column.role == "schedule" and _worded_step(text, column.fy):
                return True
            if column.role == "title" and _code_in_title(text)[0] is not None:
                return True
    return False


#: What a value column is called where its header cell says nothing (a note the plan office reads).
_ROLE_WORDS = {"baseline": "現状値", "target": "目標値", "actual": "実績値", "unit": "単位"}

#: The roles of a column whose year says when the work or its figures are (a baseline's year is before the plan's; a
#: budget's is the year the plan was drafted in).
_DATED_ROLES = frozenset({"schedule", "target", "actual"})


def _before_the_plan(header: Header, plan_start: int | None) -> bool:
    """Whether a table's columns of years — its 工程, targets, actuals, 事業費 — are all years before the plan's first
    (「取組名 | 担当課 | R2 | R3 | R4 | R5 | 状況」 in a plan of R7–R10, 「目標値（2024） | 実績値（2023）」 in one of
    2025–2029): a record of the 前計画, whose rows are none of this plan's 取組. Batch 38 wrote them (白藤市, 菫野市)."""
    if plan_start is None or header.first("title") is None:
        return False  # (a table of indicators alone is a 施策's or a record's, ``section_indicators`` says which)
    years = {column.fy for column in header.columns.values() if column.role in _DATED_ROLES and column.fy}
    # two years or more: one column of the drafting year's budget (「事業費（R6予算）」 in a plan of R7–R10) or of a
    # target (「R5」) beside a 取組一覧 is no record of the years before
    return len(years) >= 2 and max(years) < plan_start


#: What names the plan before this one in a heading or the sentence over a table: 「２　前計画の振り返り」「前計画の主な取組の
#: 達成状況は次のとおりです。」.
_PLAN_BEFORE = lazy_re(r"前計画|前プラン|旧計画|前回の計画")


def _names_the_plan_before(line: str, plan_start: int | None) -> bool:
    """Whether a line names the plan before this one: 「前計画」, or a 「前期計画」 of years all before this plan's first (a
    「前期計画（令和6～8年度）の進捗状況」 within a plan of R6–R11 is this plan's own first part)."""
    if _PLAN_BEFORE.search(line):
        return True
    if "前期計画" not in line or plan_start is None:
        return False
    years = [fy for fy, _, _ in dated_parts(line)]
    return bool(years) and max(years) < plan_start


def _record_of_the_plan_before(header: Header, above: list[str], plan_start: int | None) -> bool:
    """Whether a table lists the 前計画's 取組 and how each went — a title and an 評価 / 達成状況 column, no indicator,
    value, 工程 or budget of this plan's (「取組名 | 担当課 | 達成状況」 of 「達成」「一部達成」) — under a heading or a sentence
    that names the plan before (楓原市's 「２　前計画の振り返り」): a record of what was done, none of this plan's 取組. A
    進捗状況報告書's 「番号 | 取組名 | 担当課 | 評価」 is its own plan's (no such heading over it)."""
    if header.first("title") is None or header.first("evaluation") is None:
        return False
    if any(header.first(role) is not None for role in ("indicator", "baseline", "target", "actual", "schedule", "budget")):
        return False
    return any(_names_the_plan_before(line, plan_start) for line in above)


def _worded_step(text: str, fy: int | None) -> bool:
    """Whether a schedule column's cell is a step of work: under a year a word or a mark, no figure and no 「－」 (琴浦野村's
    人口 「3,420人」 under 令和５年度 is a statistic; so is a 「－」 where one is missing); in a column of no year (「実施時期」)
    the years the work runs (「令和7年度」「R7～R9」)."""
    if fy:
        return parse_number(text) is None and not is_no_value(text)
    return fy_of(text) is not None


def _indicators_alone(header: Header) -> bool:
    """Whether a header names indicators and their figures only (「指標名 | 現状値（R5） | 目標値（R9）」): no 取組, 番号,
    担当課, 工程 or 事業費 column."""
    roles = {column.role for column in header.columns.values()}
    return "indicator" in roles and not roles & {"title", "code", "departments", "schedule", "budget", "section"}


#: Numberings of a heading line under a 基本目標 / Ⅰ heading, above the tables of its rows (「１．行政手続のオンライン化」
#: 「（１）窓口改革」).
_INNER_HEADINGS = frozenset({"decimal", "paren", "dotted"})
#: The longest line an inner heading is (a numbered sentence of prose between the tables is none).
_INNER_HEADING_CHARS = 40


def _outer_headings(outer: tuple[str, ...], text: str) -> tuple[str, ...]:
    """The numbered headings above the tables that follow the line ``text``: 「基本目標1 …」 or 「Ⅰ　住民サービスの向上」
    starts them afresh; a heading numbered otherwise under it (「１．行政手続のオンライン化と窓口改革」, a table of ①②③
    under each) is the level under it, the next such heading in its place — the rows sit under both (楡木町's ① of
    「Ⅰ」 > 「１．」 is 1-1-1; first read: ① of every table under Ⅰ, a code repeated). A numbered line before any such
    heading (「１．策定の趣旨」 of a chapter of prose) is none. A heading that names a list (「4.1　取組一覧」, 「Ⅳ　取組一覧」)
    is no level of the plan: under it the tables sit under the 基本目標 above it, or under none where it is one of the
    outer headings' own numbering (a new chapter's ``_chapter``)."""
    found = marker(text)
    if found is None:
        return outer
    if names_a_list(found) and not found.kind.startswith("word:"):
        return () if found.kind == "roman" else outer[:1]
    if found.kind.startswith("word:") or found.kind == "roman":
        return (_without_english(text),)
    heading = squash(text)
    if outer and found.kind in _INNER_HEADINGS and len(heading) <= _INNER_HEADING_CHARS and not heading.endswith("。"):
        return (outer[0], heading)
    return outer


def _chapter(text: str) -> str | None:
    """The number of the chapter a line heads (「第４章　取組」 → 第4章; a 部 or 編 too, not a 節), else None. A new
    chapter starts the tables' outer headings afresh: 第３章's 「基本方針３　誰一人取り残さないまち」, where the policies
    are described, is no heading of 第４章's tables (first read: 朱鷺ノ森市's 基本方針 1–3 nested under 「基本方針３」 >
    「4.1　取組一覧」); the same chapter's heading again (a running header naming it on every page) is no new one."""
    found = marker(text)
    if found is None or found.kind != "chapter" or found.number.endswith("節"):
        return None
    return found.number


def _without_english(heading: str) -> str:
    """A heading without the English it closes with, set apart by a wide blank: 「Policy 1　市民サービスのDX　Citizen-Centric
    Services」 → 「Policy 1 市民サービスのDX」 (a bilingual plan names each heading twice)."""
    parts = _WIDE_BLANK.split(heading.strip())
    if len(parts) > 1 and _ENGLISH_NAME.fullmatch(parts[-1]) and not "".join(parts[:-1]).isascii():
        parts.pop()
    return squash(" ".join(parts))


#: A blank that parts the pieces of a heading: an ideographic space, or two blanks.
_WIDE_BLANK = lazy_re(r"\u3000+|\s{2,}")


#: An indicator cell that only points to the row a 再掲 row repeats (「（再掲）」「※再掲（1-3）」「【再掲：2-1】」): no
#: indicator of its own. What follows 再掲 is set apart from it (「再掲：基本目標1」「※再掲（取組1-3参照）」): 「再掲載記事数」 is an
#: indicator.
_REPOSTED = lazy_re(r"[※*]?\s*[(〔【]?\s*再掲(?:[\s:(、,\[].{0,20}|[)〕】])?")


def _heading_of(text: str) -> str:
    """A section cell's heading with its lines joined as they were typed: the number on a line of its own stays apart
    from the name, the name's lines are one (「基本目標１⏎くらしの手続を⏎もっと便利に」 → 「基本目標１ くらしの手続をもっと便利に」;
    joined with blanks the plan's 基本目標 was named 「くらしの手続を もっと便利に」 on every page)."""
    lines = [line for line in (part.strip() for part in text.split("\n")) if line]
    if len(lines) < 2:
        return squash(text)
    first = lines[0]
    if split_numbered(first)[1] is not None and not split_numbered(first)[2]:
        return squash(first + " " + functools.reduce(join_wrapped, lines[1:]))
    return squash(functools.reduce(join_wrapped, lines))


#: The marks a 「DX」 column puts on the plan's rows.
_PLAN_MARKS = frozenset({"●", "○", "◎", "〇", "◯", "✓", "✔", "★", "☆", "■", "レ", "TRUE", "有", "該当", "対象"})


def _texts(row: list[Cell]) -> list[str]:
    return [squash(c.text.replace("\n", " ")) for c in row]


#: 担当 split over two header cells: the 部's labels, then the 課's.
_DIVISIONS = frozenset({"部", "部名", "部局"})
_OFFICES = frozenset({"課", "課名", "課等"})


def _split_department(cells: list[str], i: int) -> bool:
    """Whether header cell ``i`` is one of 担当 split into 「部 | 課」 (蛍原市's 実施計画, batch 41: no 担当課 had been read):
    both department columns, the 部 saying where the 課 sits (as 「担当部 | 担当課」), the 課 the department. Alone, 「部」
    or 「課」 is no label: a cell broken mid-name (「デジタル推進」 over 「課」) holds one."""
    here = key(cells[i])
    if here in _DIVISIONS:
        return i + 1 < len(cells) and key(cells[i + 1]) in _OFFICES
    return here in _OFFICES and i > 0 and key(cells[i - 1]) in _DIVISIONS


def _header_columns(cells: list[str], parents: list[str] | None, overrides: Any) -> dict[int, Column]:
    columns: dict[int, Column] = {}
    seen: dict[tuple[str, int | None, str | None], int] = {}
    for i, text in enumerate(cells):
        parent = parents[i] if parents and i < len(parents) else None
        if not text and not parent:
            continue
        column = classify(text, overrides, parent=parent or None)
        if column is None and not parent and _split_department(cells, i):
            column = Column("departments")
        if column is None and key(text or parent or "") in IN_PLAN_LABELS and (not parent or key(parent) in IN_PLAN_LABELS):
            column = Column("in_plan")  # 「DX」 over the ● of the plan's rows (``TableReader._outside_the_plan``)
        if column is None or column.role == "ignore":
            continue
        ident = (column.role, column.fy if column.ago is None else -column.ago, column.name)
        if column.role in YEARLY and ident in seen and supersedes(cells[seen[ident]], text):
            # 「当初目標値（R9） | 見直し後目標値（R9）」: the revised value is the column's, the first kept as a note
            # (「同左」 under the revised one is the first's value: ``_left_dittos``)
            columns[seen[ident]] = Column("note")
            seen[ident] = i
            columns[i] = column
            continue
        if column.role in SINGLE and ident in seen:
            outer = column.role in ("title", "code") and _OUTER_PAIR.match(nfkc(cells[seen[ident]])) is not None
            if outer and column.role == "title":
                # 「施策番号 | 施策名 | 取組番号 | 取組名」: the 施策 the section of the 取組 beside it
                columns[seen[ident]] = Column("section")
                seen[ident] = i
                columns[i] = column
                continue
            if (
                (column.role == "departments" and _DIVISION_LABEL.search(nfkc(cells[seen[ident]])))
                or (column.role == "code" and key(cells[seen[ident]]) in _ROW_NUMBER_LABELS)
                or (
                    column.role in ("indicator", "code")
                    and INDICATOR_NUMBER.fullmatch(key(cells[seen[ident]]))
                    and not INDICATOR_NUMBER.fullmatch(key(text))
                )
                or outer
            ):
                # 「担当部 | 担当課」: the 課 is the department, the 部 says where it sits; 「No. | 事業番号」:
                # the No. counts the rows, the 事業番号 is the number the plan gives; 「KPI番号 | 取組番号 | 指標名」:
                # the KPI番号 numbers the indicators, neither the 取組's number nor the indicator's name
                del columns[seen[ident]]
                seen[ident] = i
                columns[i] = column
            continue
        seen[ident] = i
        columns[i] = column
    _years_into_target(columns)
    named = [i for i, c in columns.items() if c.role == "indicator" and c.fy is None]
    for i, column in list(columns.items()):
        if named and column.role == "indicator" and column.fy is not None:
            # 「KPI | Baseline (FY2023) | KPI (FY2030)」: beside the column naming the indicator, the dated one
            # holds its target of that year
            columns[i] = Column("target", column.fy, column.unit)
    roles = {c.role for c in columns.values()}
    for i, column in list(columns.items()):
        if column.role == "year" and column.of not in roles and dated_by_day(cells[i]):
            # 「目標時期」 with no 目標値 to date: when the work is to be done, as it read before (a 工程)
            columns[i] = Column("schedule")
    _matrix_departments(cells, columns)
    return columns


def _years_into_target(columns: dict[int, Column]) -> None:
    """Bare years running into a dated target (「基準値（R5） | R7 | R8 | R9 | R10（目標）」): each year's target, no 工程 —
    the years before the target's, one a column, the last right beside it."""
    for at, column in sorted(columns.items()):
        if column.role != "target" or column.fy is None:
            continue
        run, fy, j = [], column.fy - 1, at - 1
        while (before := columns.get(j)) is not None and before.role == "schedule" and before.fy == fy and before.half is None:
            run.append(j)
            fy, j = fy - 1, j - 1
        if len(run) >= 2:
            for j in run:
                columns[j] = Column("target", columns[j].fy, column.unit)


#: The brackets or mark a row naming a 課 is set off by: 「【総務部　情報政策課】」「■会計室」.
def _department_row(text: str, header: Header, *, across: bool) -> list[str]:
    """The 課 a row written across a 取組 table names (``text.department_row``), in a table of no 担当課 column: the 取組
    grouped under the 課 in charge of them, each the 課's up to the next such row. A row merged across the table may name
    its 課 bare; one cell of its own must set it apart (「【会計室】」: 「センター」 alone is a wrapped title's tail)."""
    if header.first("departments") is not None:
        return []
    return department_row(text, marked=not across)


def _years_after_baseline(table: Table, header: Header) -> Header:
    """Bare years rising right after a dated 基準値 beside an indicator, in a table with no target column of its own,
    whose every cell under them is a figure or 「－」 (「成果指標 | 基準値（2023年度） | 2025年度 | … | 2028年度」 over 「120 |
    180 | 240 | 300 | 360」): each year's target of the indicator, no 工程 — where it is to stand each year, the last the
    final target (such a plan draws its 工程 apart). A step under any of them (葵川市's 「対象手続の拡大」 on the 取組's row,
    its figures on the indicator's row under it) leaves them the 工程's years. The header as it reads, a new one where
    the years are targets (a header's lookups are kept once made)."""
    columns = dict(header.columns)
    roles = {c.role for c in columns.values()}
    if "indicator" not in roles or "target" in roles:
        return header
    for at, column in sorted(columns.items()):
        if column.role != "baseline" or column.fy is None:
            continue
        run: list[int] = []
        fy = column.fy
        while (
            (after := columns.get(at + 1 + len(run))) is not None
            and after.role == "schedule"
            and after.half is None
            and after.fy is not None
            and after.fy > fy
        ):
            run.append(at + 1 + len(run))
            fy = after.fy
        below = table.rows[header.row + header.height :]
        # (the cells each row writes itself: a row across the table covers them with its heading)
        written = [text for row in below for j in run if j < len(row) and row[j].origin == "own" and (text := squash(row[j].text))]
        # (a bar drawn or a cell painted under one of them — the 取組's row of a 工程表 over the indicator's figures — leaves
        # them the 工程's years)
        drawn = any(
            row[j].bar or (row[j].paint and not row[j].text.strip()) for row in below for j in run if j < len(row)
        )
        if len(run) >= 2 and written and not drawn and all(parse_number(w) is not None or is_no_value(w) for w in written):
            for j in run:
                columns[j] = Column("target", columns[j].fy)
            return dataclasses.replace(header, columns=columns)
    return header


#: A number or name of the level above the 取組 (「施策番号」「施策名」「基本目標」), beside the 取組's own.
_OUTER_PAIR = lazy_re(r"^(?:施策|基本目標|基本方針|政策|分野)")
#: Code labels that may only count a table's rows, beside a column of the plan's own numbers.
_ROW_NUMBER_LABELS = frozenset(
    key(label) for label in ("No", "No.", "NO", "NO.", "№", "番号", "項番", "連番")
)
#: A department column that names the 部 only (「担当部」「所管部局」「部名」), beside one naming the 課.
_DIVISION_LABEL = lazy_re(r"部(?:局|名)?$")


def _one_value(label: str) -> bool:
    """Whether a header label names a value of one year (基準値, 現状値): never a group over several columns."""
    column = classify(label, loose=False) if label else None
    return column is not None and column.role == "baseline"


def _spread(parents: list[str], below: list[str]) -> list[str]:
    """The first header row as it spans the second: a group label written in its first cell only
    (a CSV or text of 「目標値」 over 「R5 | R6 | R7」, where the workbook had merged it) covers
    the blank cells to its right that have a label below."""
    out = list(parents)
    for i in range(1, len(out)):
        if not out[i] and i < len(below) and below[i] and (i - 1 < len(below) and below[i - 1]):
            if _one_value(out[i - 1]) or _BRACKETED_YEAR.fullmatch(nfkc(below[i - 1])):
                continue  # 「基準値」 over 「（H30）」, 「目標値」 over 「（R9）」: a value of one year, the next column not its
            if years_again(below[i - 1], below[i]):
                continue  # 「目標値」 over R7 … R10, then 「工程」 centred over its R7 … R10: the years start again, a group ends
            out[i] = out[i - 1]
    # a label centred over its years (「実績値」 over 「R1 | R2 | R3 | R4 | R5」, set over R3 by pdftotext -layout) covers
    # the years left of it too, up to a cell of its own above
    for i in range(len(out) - 1, 0, -1):
        if not parents[i] or i >= len(below) or year_in(below[i]) is None:
            continue
        j = i - 1
        while j >= 0 and not parents[j] and j < len(below) and year_in(below[j]) is not None and not out[j]:
            out[j] = parents[i]
            j -= 1
    return out


#: A year in brackets under a label (「（R9）」 under 「目標値」): the label's one year, never the first of a group's years.
_BRACKETED_YEAR = lazy_re(r"[(（]\s*(?:[RHSrh]|令和|平成)?\s*(?:\d{1,2}|元|\d{4})\s*(?:年度?)?(?:末)?\s*[)）]")

#: A cell that is a number of the plan: 「2」「1-2」「A-3」「DX-01」 (NFKC text).
_CODE_CELL = lazy_re(r"[A-Za-z]{0,3}-?\d{1,3}(?:[-.]\d{1,3})*")


def _under_spanned(
    row: list[Cell], cells: list[str], header: Header, above: list[Cell]
) -> tuple[list[Cell], list[str]] | None:
    """A row copied out of a web page under a 分野 cell spanning several rows (``rowspan``): the
    browser gives that cell in the group's first row only, so the rows under it are short by the
    spanned columns at the left and their 番号 stands in the 分野 column. Their cells moved right,
    the spanned columns taken from the row above; None for any other row."""
    width = len(cells)
    short = next((n for n in range(width) if cells[width - 1 - n]), width)  # empty cells at the end
    if not 1 <= short <= 2:
        return None
    spanned = [header.columns.get(i) for i in range(short)]
    code = header.columns.get(short)
    if not all(c is not None and c.role == "section" for c in spanned) or code is None or code.role != "code":
        return None
    if not _CODE_CELL.fullmatch(nfkc(cells[0])) or any(not above[i].text.strip() for i in range(short)):
        return None
    moved = [Cell(above[i].text, "above") for i in range(short)] + row[: width - short]
    return moved, _texts(moved)


def _loose_lines(document: Document) -> Iterator[str]:
    """The text lines of ``document`` and the rows of one cell in its tables (a legend typed in a
    row of a sheet, over or under the table)."""
    for block in document.blocks():
        if isinstance(block, Line):
            yield block.text
        elif isinstance(block, Table):
            for row in block.rows:
                filled = [cell.own_text for cell in row if cell.own_text.strip()]
                if len(filled) == 1:
                    yield filled[0]


def _slot(entry: ScheduleEntry) -> tuple[int | None, int | None]:
    """(fiscal year, half) of a schedule entry."""
    return entry["fy"], entry["half"]


#: A span's first year and its 「～」, its last year wrapped away: 「R7～」「令和7年度～」 (NFKC).
_OPEN_SPAN = lazy_re(r"(?:[RHrh]|令和|平成)?\s*[0-9]{1,4}\s*(?:年度?)?\s*[～〜~]")


def _span_opened_left(cells: list[str], at: int, header: Header) -> str:
    """The first year of a span the cell ``at`` closes, where the extraction set it in the unlabelled column to its left:
    「R7～」 | 「R10」 under 「実施時期」 (pdftotext -layout puts a wrapped 「R7～⏎R10」 in two columns when the label itself
    wrapped further right, 「実施時⏎期」: 伊吹県, batch 42, first read R10 alone). Else nothing — also where the cell is more
    than one year (「R8～R10」「～R10」「R9、R10」: its own span or years, which a first year before would garble)."""
    left = at - 1
    if left < 0 or left in header.columns or not cells[left] or not _OPEN_SPAN.fullmatch(nfkc(cells[left]).strip()):
        return ""
    text = nfkc(cells[at])
    if _MORE_THAN_A_YEAR.search(text) or len(_A_YEAR.findall(text)) > 1:
        return ""
    return cells[left] if fy_of(cells[at]) is not None or year_in(text) is not None else ""


#: What joins years in a cell of more than one (NFKC): 「R8～R10」「～R10」「R9、R10」.
_MORE_THAN_A_YEAR = lazy_re(r"[～〜~、,・]")
#: A year's number in a 実施時期 cell (NFKC): 「R10」「令和10年度」「2028」.
_A_YEAR = lazy_re(r"[0-9]{1,4}")


def _scheduled(item: Initiative, column: Column) -> bool:
    """Whether ``item`` has a schedule entry for the year (or half) of ``column`` already."""
    return any(e["fy"] == column.fy and e["half"] in (None, column.half) for e in item["schedule"])


def _title_from_section(columns: dict[int, Column], cells: list[str]) -> dict[int, Column]:
    """``columns`` with a 施策 column as the title column where no column names the initiatives
    (``labels.initiatives_column``)."""
    roles = [columns[i].role if i in columns else None for i in range(len(cells))]
    at = initiatives_column(cells, roles)
    return columns if at is None else {**columns, at: Column("title")}



#: How the name of a 課 over a 役割分担 matrix's column ends (not 「支所」「内部」: a 部 or 所 names no 課 that marks a row).
_OFFICE = ("課", "室", "局", "センター", "委員会")
#: The marks of a 役割分担 matrix (「◎：主担当課　○：関係課」): who is in charge, and who works with them.
_IN_CHARGE = frozenset("◎●★")
_WORKS_WITH = frozenset("○〇◯△")


def _matrix_departments(cells: list[str], columns: dict[int, Column]) -> None:
    """A header whose cells after the title name 課 one a column (「No. | 取組 | 総務課 | 企画課 | 住民課 | … | 成果指標」, a
    役割分担 matrix marked ◎ / ○ under them): each such column is the 担当課 column of its 課 (``Column.name``), two of them
    side by side at least (first read: the header taken for no header, one 取組 titled with the 課 names)."""
    roles = {c.role for c in columns.values()}
    if "title" not in roles or "departments" in roles:
        return  # beside a 担当課 column of its own, names over columns are something else (支所, 地区)
    named = [
        i
        for i, text in enumerate(cells)
        if i not in columns and 3 <= len(text) <= 12 and "\n" not in text and squash(nfkc(text)).endswith(_OFFICE)
    ]
    runs = [i for i in named if i - 1 in named or i + 1 in named]
    if len(runs) >= 2:
        for i in runs:
            columns[i] = Column("departments", name=squash(nfkc(cells[i])))
        ordered = sorted(columns.items())
        columns.clear()
        columns.update(ordered)  # left to right, as the header's other columns


#: A word for a kind of municipality, not one's name: 「市町村」「都市」「中核市」「各市町村」「構成市町」 (NFKC).
_MUNICIPALITY_KIND = lazy_re(r"(?:各|全|他|都|中核|政令|指定都|特例|周辺|近隣|構成|関係|対象|県内|管内)?(?:市町村|市町|町村|市|町|村)")


def _member_columns(cells: list[str], columns: dict[int, Column]) -> list[int]:
    """The header's cells that name the 市町村 a 県's 取組 is carried out with, a column each (「県の担当課 | 伊吹市 | 大原市 |
    白浜町 | … | 成果指標」, ◎ / ○ under them): two or more side by side, each a municipality's whole name and no label. They
    are header cells of no role — who takes part, never the 担当課 — so that five of them leave the header one (first
    read: 7 labels of 12 cells, no header, the plan refused); a lone 「伊吹市」 among labels is not such a run, nor a word for
    a kind of municipality (「市町村」「都市」「中核市」, ``_MUNICIPALITY_KIND``), which is no one municipality's name."""
    named = [
        i
        for i, text in enumerate(cells)
        if i not in columns
        and names_a_member(name := squash(nfkc(text)))
        and not _MUNICIPALITY_KIND.fullmatch(name)
    ]
    return [i for i in named if i - 1 in named or i + 1 in named]


#: The marks a matrix writes in its cells (「●」 related, 「○」 partly): no figure, no word, no year.
_MATRIX_MARKS = frozenset("●○◎〇△▲■□◆◇✓✔")
#: How many rows under a header are looked at to tell a column of marks.
_MATRIX_ROWS = 60


def _mark_columns(table: Table, r: int, cells: list[str], columns: dict[int, Column]) -> list[int]:
    """The header's cells of no role over a matrix of marks: two or more side by side, each over 「●」「○」 and blanks
    alone (under a sub-label row at most), such as the national 重点取組 a 取組 serves (「①フロントヤード改革 | … |
    ⑦テレワーク」 under 「国の重点取組との関係」) or the SDGs goals. They are header cells that name no field of a 取組 — a
    category it belongs to — so that seven of them leave the header one (first read: 10 labels of 17 cells, no header,
    the plan refused). A column where any cell writes a figure or a word is no such column, nor a lone one."""
    below = table.rows[r + 1 : r + 1 + _MATRIX_ROWS]
    unnamed = [i for i, text in enumerate(cells) if text and i not in columns]
    # a row of sub-labels under a group label merged across (「①…」 under 「国の重点取組との関係」): a word in each cell
    labelled = bool(below) and all(
        i < len(below[0]) and below[0][i].text.strip() and not _is_mark(below[0][i].text) for i in unnamed
    )
    found: list[int] = []
    for i in unnamed:
        # each a numbered category (「①フロントヤード改革」) or one of the national 重点取組: no period (「短期」「1年目」
        # 「4月」「前期」), grade (「A」), state (「順調」) or kind (「新規」) — columns whose marks the plan needs
        name = below[0][i].text if labelled else cells[i]
        if not _focus_area(name):
            continue
        rows = below[1:] if labelled else below
        written = [row[i] for row in rows if i < len(row) and row[i].text.strip()]
        marks = [cell for cell in written if cell.origin == "own"]  # (a note merged across the table is no mark)
        if marks and all(_is_mark(cell.text) for cell in marks):
            found.append(i)
    return [i for i in found if i - 1 in found or i + 1 in found]


#: A header naming a category of a matrix: opened by a circled number (「①」…「⑳」「❶」…), or one of the national
#: 重点取組 of the 自治体ＤＸ推進計画 named.
_CIRCLED_HEAD = lazy_re(r"\s*[\u2460-\u2473\u3251-\u325f\u32b1-\u32bf\u2776-\u277f\u24eb-\u24f4]\s*\S")
_FOCUS_AREA = lazy_re(
    r"\s*(?:フロントヤード|自治体システム|システムの?標準化|公金収納|マイナンバーカード|セキュリティ|テレワーク|"
    r"AI・?RPA|RPA・?AI|BPR)\S*\s*"
)


def _focus_area(text: str) -> bool:
    """Whether a header names a category of a matrix (「①フロントヤード改革」「テレワーク」) — no year (「①R6」)."""
    if not text or year_in(text) is not None:
        return False
    return _CIRCLED_HEAD.match(text) is not None or _FOCUS_AREA.fullmatch(nfkc(text)) is not None


def _is_mark(text: str) -> bool:
    return nfkc(text).strip() in _MATRIX_MARKS


def _acceptable(columns: dict[int, Column], filled: int) -> bool:
    roles = {c.role for c in columns.values()}
    if "title" not in roles and not ("indicator" in roles and roles & {"departments", "target", "actual"}):
        return False
    # most cells of a header are labels: a row 「取組番号 | 1-1-1 | 取組名 | …」 is a card, not a header
    return len(roles) >= 2 and len(columns) * 3 >= filled * 2


_OPENING = lazy_re(r"\s*[（(]")


def _rebracketed(cells: list[str]) -> list[str]:
    """A header whose second line of brackets went to the wrong cells: 「基準／（令和５年３月／末）」 stacked in three
    columns, printed at their width, read as 「ＫＰＩ（令和５年３月 （令和９年３月 （令和７年３月」 | 「基準末）」 | 「目標末）」 |
    「実績末）」 (pdftotext -layout); each open bracket goes back to the label whose closing it lacks:
    「基準（令和５年３月末）」. Any other row is as it was."""
    for i, cell in enumerate(cells):
        if open_brackets(cell) < 2:
            continue
        head, *pieces = _OPENING.split(cell)
        takers = [j for j in range(i + 1, len(cells)) if open_brackets(cells[j]) < 0]
        if takers and len(takers) + 1 == len(pieces):
            # read on pdftotext's grid the brackets went to the first of the labels, which closes the last:
            # 「基準（令和５年３月 （令和９年３月 （令和７年３月末）」 | 「目標末）」 | 「実績末）」 — the first is its own
            head, pieces = _own_bracket(head, pieces, cells[takers[0]])
        if len(takers) != len(pieces):
            continue
        out = list(cells)
        out[i] = head.strip()
        for j, piece in zip(takers, pieces, strict=True):
            text = cells[j]
            cut = next((k for k in range(len(text) - 1, 0, -1) if classify(text[:k], loose=False)), None)
            if cut is None:
                return cells
            out[j] = f"{text[:cut]}（{piece.strip()}{text[cut:]}"
        return out
    return cells


def _own_bracket(head: str, pieces: list[str], taker: str) -> tuple[str, list[str]]:
    """A label and the bracketed pieces after it, the first piece its own, where the last piece ends with the closing
    the other labels have (「末）」 after 「目標」): the label with its bracket closed, the other pieces without that
    closing. As they were where the last piece ends otherwise."""
    cut = next((k for k in range(len(taker) - 1, 0, -1) if classify(taker[:k], loose=False)), None)
    closing = taker[cut:] if cut is not None else ""
    last = pieces[-1].strip()
    if not closing or not last.endswith(closing) or len(last) == len(closing):
        return head, pieces
    rest = [*pieces[1:-1], last[: -len(closing)]]
    return f"{head.strip()}（{pieces[0].strip()}{closing}", rest


def _labels_over_years(above: list[str], cells: list[str]) -> bool:
    """Whether a row holds labels of values only, each over a year of the header under it (「基準値」 alone over 「（R5）」:
    a label printed on a line of its own over its cell's year), so the years are its values' (``find_header``)."""
    filled = [i for i, text in enumerate(above) if text.strip()]
    return bool(filled) and all(
        (found := classify(above[i], loose=False)) is not None
        and found.role in ("baseline", "target", "actual")  # (not 「実施年度」 over the 工程's years)
        and i < len(cells)
        and year_cell_fy(cells[i]) is not None
        for i in filled
    )


def find_header(
    table: Table, start: int = 0, overrides: Any = None, limit: int = HEADER_SEARCH_ROWS
) -> Header | None:
    """The first header row at or after ``start`` (within ``limit`` rows), or None."""
    rows = table.rows
    for r in range(start, min(len(rows), start + limit)):
        cells = _rebracketed(_texts(rows[r]))
        filled = sum(1 for c in cells if c)
        if filled < 2 or any(len(c) > 30 for c in cells):
            continue
        if overrides is None and not any(is_known(c) for c in cells if c):
            continue  # no cell is a label of the dictionary as it stands: a data row
        columns = _title_from_section(_header_columns(cells, None, overrides), cells)
        # a system's 作成者 / 更新日時 columns are header cells, though of no role, and so are a 県's 市町村 columns
        marks = _mark_columns(table, r, cells, columns)
        unnamed = sum(1 for c in cells if c and is_record_field(c)) + len(_member_columns(cells, columns)) + len(marks)
        if not _acceptable(columns, filled - unnamed):
            continue
        above = _texts(rows[r - 1]) if r > start else []
        as_printed = cells
        if above and is_group_row(above):
            cells = _under_groups(above, cells, _texts(rows[r + 1]) if r + 1 < len(rows) else [])
        if any(not c and i < len(above) and above[i] for i, c in enumerate(cells)) and is_group_row(above):
            # 「担当」 merged down beside 「取組」 over 「番号 | 取組名」: the empty cell is named above it
            grouped = _title_from_section(_header_columns(cells, above, overrides), cells)
            if _acceptable(grouped, filled):
                columns = grouped
        elif (is_group_row(above) or _labels_over_years(above, cells)) and any(
            c and year_cell_fy(c) and i < len(above) for i, c in enumerate(cells)
        ):
            # 「基準値 | 目標値 | 工程」 over 「（R5） | （R9） | R6 … R9」, the row under a row the readers took for no
            # header (no 取組 label in it): each year is its group's (first: every one a year of the 工程)
            grouped = _title_from_section(_header_columns(cells, _spread(above, as_printed), overrides), cells)
            if _acceptable(grouped, filled):
                columns = grouped
        header = Header(columns, r, 1, [[key(c) for c in cells]], {i: c for i, c in enumerate(cells)})
        _unlabelled_codes(table, header)
        if r + 1 < len(rows) and _unit_row(header, _texts(rows[r + 1])):
            return _long_form(table, _steps_under_a_group(table, header))  # 「, , 手続, 手続, ％」 under the header: each column's unit, the header's row
        if r + 1 < len(rows):
            below = _texts(rows[r + 1])
            below_filled = [i for i, c in enumerate(below) if c]
            # (a label merged down over both rows is the same text, however long: 「現状値（R5） Baseline FY2023」)
            if below_filled and all(len(below[i]) <= 20 for i in below_filled if i >= len(cells) or below[i] != cells[i]):
                spread = _spread(cells, below)
                known = [
                    i
                    for i in below_filled
                    if classify(below[i], overrides, loose=False)
                    # 「上期 | 下期」 (or 「上半期実績 | 下半期実績」) under 「令和6年度」 merged over both
                    or (
                        (half_of(below[i]) or is_quarter(below[i]) or half_value(below[i]))
                        and i < len(spread)
                        and year_in(spread[i]) is not None
                    )
                    or i in marks  # 「①フロントヤード改革」 under 「国の重点取組との関係」: a matrix's categories
                ]
                if r + 2 < len(rows) and len(known) < len(below_filled):
                    # 「前期」「後期」 over years in a third header row: group labels of those years — not two rows of
                    # figures dated by their years (「210手続（R5）」 over 「38手続（R5）」: a KPI table's first two rows,
                    # read as a header of two rows and its first indicator lost from the preview's columns)
                    third = _texts(rows[r + 2])
                    known += [
                        i
                        for i in below_filled
                        if i not in known
                        and i < len(third)
                        and year_in(third[i]) is not None
                        and parse_number(third[i]) is None
                        and parse_number(below[i]) is None
                    ]
                title_at = header.first("title")
                # a title under the header's 取組名 is a row's — not the label merged down from it (「取組・指標」)
                data_like = (
                    title_at is not None
                    and below[title_at]
                    and below[title_at] != cells[title_at]
                    and title_at not in known
                )
                if len(known) >= 2 and len(known) * 3 >= len(below_filled) * 2 and not data_like:
                    merged = _title_from_section(_header_columns(below, spread, overrides), cells)
                    if _acceptable(merged, max(filled, len(below_filled)) - len(marks)):
                        header.columns = merged
                        header.height = 2
                        header.texts.append([key(c) for c in below])
                        header.labels = {
                            i: " ".join(dict.fromkeys(p for p in (cells[i], below[i]) if p))
                            for i in range(max(len(cells), len(below)))
                        }
                        _third_row(table, header, cells, below, overrides)
                        _halves_of_years(table, header, below, spread, overrides)
        return _long_form(table, _steps_under_a_group(table, header))
    return None


def _halves_of_years(
    table: Table, header: Header, below: list[str], spread: list[str], overrides: Any = None
) -> None:
    """A year's 目標 or 実績 split into halves (「令和６年度」 over 「上半期実績 | 下半期実績」, each a note: ``labels.year_half``):
    the second half's is the year's figure where the year has no whole-year column of it (「年間実績」 beside the halves
    is the year's) and the plan says its figures are 累計, the year-end total: its header, a note above the table or one
    marked 「※」 (``_running_note``) below it or elsewhere in the document (``TableReader.header_of``). Until then those
    columns wait in ``Header.halves`` and stay notes of their 取組 (a half's count is no year's 実績)."""
    halves: dict[int, Column] = {}
    whole = {(c.role, c.fy) for c in header.columns.values() if c.fy is not None and c.half is None}
    for i, text in enumerate(below):
        found = year_half(text, spread[i] if i < len(spread) else None, overrides) if text else None
        if found is None or found[1] != 2 or header.columns.get(i, Column("")).role != "note":
            continue
        if (found[2], found[0]) not in whole:  # 「年間実績」 beside the halves: the year's own
            halves[i] = Column(found[2], found[0])
    header.halves = halves
    above = [t for row in table.rows[: header.row] for t in _texts(row) if t]
    below_rows = [t for row in table.rows[header.row + header.height :] for t in _texts(row) if t]
    if any("累計" in t for t in [*header.labels.values(), *above]) or any(_running_note(t) for t in below_rows):
        promote_halves(header)


def _running_note(text: str) -> bool:
    """Whether a line is a note that the figures are running totals (「※実績は９月末・３月末時点の累計値」)."""
    return "累計" in text and nfkc(text).lstrip().startswith(("※", "注", "*"))


def promote_halves(header: Header) -> None:
    """The year's second half's figures (``Header.halves``) the year's: the plan says they are 累計."""
    header.columns = header.columns | header.halves  # (a new dict: ``Header.by_role`` keeps the one it worked out)
    header.halves = {}


def _steps_under_a_group(table: Table, header: Header) -> Header:
    """The header, its target years whose labels name no measure the 工程 where the header names its 目標値 in a column
    of its own and every row writes a step under those years (「検討」「導入」「→」), none a figure: 「成果指標」 over 「指標名 |
    R7 | R8 | R9」 beside 「目標値」 over R10 (雪見台町's 工程表; first: the steps read as targets of no value, the schedule
    lost). Years under 「目標」 itself stay targets whatever their rows write (a qualitative target; 「目標」 set at the
    left of its years, over the first, is theirs), and so do an indicator's years where the header names no 目標値 of
    its own after them, or where a row writes a figure under one of them."""
    rows = [_texts(row) for row in table.rows[header.row + header.height :]]
    bare: list[int] = []
    named: list[int] = []
    for at, column in header.columns.items():
        if column.role != "target" or not column.fy:
            continue
        dated = year_in(header.labels.get(at, ""))
        (bare if dated is not None and measure_of(dated[1]) is None else named).append(at)
    written = [cells[at] for at in bare for cells in rows if at < len(cells) and cells[at]]
    # (the 目標値 after the years: 「目標」 left of them, over the first, is theirs — a group's label set at its left)
    if not named or not bare or max(bare) > min(named) or len(written) < 2:
        return header
    if not all(_worded_step(text, 1) for text in written):
        return header
    steps = {at: dataclasses.replace(header.columns[at], role="schedule", name=None) for at in bare}
    header.columns = header.columns | steps  # (a new dict: ``Header.by_role`` keeps the one it worked out)
    return header


def _unlabelled_codes(table: Table, header: Header) -> None:
    """A column left of the titles with no label over it, whose cells are numbers (「1-1」「2-3」), is the code
    column: a ロードマップ's 「取組」 over both its numbers and its titles (瑞鳳市 through pdftotext -layout, batch 24: its
    rows were no 取組 of the cards of those numbers, their 工程 lost)."""
    # (read from ``columns`` itself: ``by_role`` worked out now would be stale once ``_unit_row`` sets the units)
    roles = {column.role: i for i, column in sorted(header.columns.items(), reverse=True)}
    title_at = roles.get("title")
    if title_at is None or "code" in roles:
        return
    rows = table.rows[header.row + 1 :]
    for i in range(title_at):
        if i in header.columns or header.labels.get(i):
            continue
        values = [squash(nfkc(row[i].own_text)) for row in rows if i < len(row) and row[i].own_text.strip()]
        if len(values) >= 2 and sum(1 for v in values if _CODE_SHAPE.match(v)) * 3 >= len(values) * 2:
            header.columns = {**header.columns, i: Column("code")}  # (a new dict: ``by_role`` starts afresh)
            return


def _under_groups(above: list[str], cells: list[str], below: list[str]) -> list[str]:
    """A header's labels under a row of group labels the readers took for no header (no 取組 label in it): a year in
    brackets is its group's one year (「基準値」 over 「（R5）」: 「基準値（R5）」), and an empty cell over a year of the
    row below is its group's (「工程」 centred over 「R6 … R9」 two rows down). First each was a year of the 工程: the
    baseline and target figures read as steps (梓ヶ丘市 through pdftotext -layout, batch 24)."""
    lower = [c or (below[i] if i < len(below) else "") for i, c in enumerate(cells)]
    upper = _spread(above, lower)
    out = list(cells)
    for i, text in enumerate(cells):
        group = upper[i] if i < len(upper) else ""
        if not group:
            continue
        if text and _BRACKETED_YEAR.fullmatch(nfkc(text)):
            out[i] = f"{group}{text}"
        elif not text and i < len(below) and below[i] and year_cell_fy(below[i]):
            out[i] = group
    return out


def _unit_row(header: Header, below: list[str]) -> bool:
    """Whether the row under a header is the units of its value columns (a CSV's second header line
    「,,,,手続,手続,手続,％,％,％,」): then each of those columns takes its unit and the header is two rows."""
    filled = {i: c for i, c in enumerate(below) if c}
    if len(filled) < 2 or not all(
        nfkc(c).strip() in BRACKETED_UNITS and i in header.columns and header.columns[i].role in YEARLY
        for i, c in filled.items()
    ):
        return False
    for i, unit in filled.items():
        header.columns[i] = dataclasses.replace(header.columns[i], unit=nfkc(unit).strip())
    header.height = 2
    return True


def _third_row(table: Table, header: Header, top: list[str], middle: list[str], overrides: Any) -> None:
    """A header three rows deep (大項目 「成果指標」 / 中項目 「現状値」「目標値」「前期」 / the years
    「R5」「R7」「R9」「R6」…, merged cells): the third row, when it is labels and years, is read
    under the two above it — each cell's parent is the nearest label above it (the middle row's,
    else the top's), so 「R7」 under 「目標値」 is the target of 2025 and 「R6」 under 「前期」 (under
    「年次計画」) a schedule year."""
    at = header.row + 2
    if at >= len(table.rows):
        return
    below = _texts(table.rows[at])
    filled = [i for i, c in enumerate(below) if c]
    if len(filled) < 2 or any(len(below[i]) > 20 for i in filled):
        return
    width = max(len(top), len(middle), len(below))
    nearest = [
        (middle[i] if i < len(middle) and middle[i] else "") or (top[i] if i < len(top) else "")
        for i in range(width)
    ]
    nearest = _spread(nearest, below + [""] * (width - len(below)))
    parts = [i for i in filled if _part_of_year(below[i], nearest[i])]
    known = [i for i in filled if i in parts or classify(below[i], overrides, loose=False)]
    title_at = header.first("title")
    if title_at is not None and title_at < len(below) and below[title_at] and title_at not in known:
        return  # a data row: its title is no label
    if len(known) < 2 or len(known) * 3 < len(filled) * 2 or not any(year_in(below[i]) for i in filled) and not parts:
        return
    columns = _title_from_section(_header_columns(below, nearest, overrides), top)
    if not _acceptable(columns, len(filled)):
        return
    header.columns = columns
    header.height = 3
    header.texts.append([key(c) for c in below])
    header.labels = {
        i: " ".join(
            dict.fromkeys(p for p in (header.labels.get(i, ""), below[i] if i < len(below) else "") if p)
        )
        for i in range(width)
    }


def _part_of_year(text: str, above: str) -> bool:
    """Whether a header cell names a part of the year written over it: 「上期」「第2四半期」「4～6月」 under
    「令和7年度」 (a 工程表 by halves or quarters, a third header row under the years)."""
    return bool(text) and (half_of(text) is not None or is_quarter(text)) and year_in(above) is not None


def _is_repeat(cells: list[str], header: Header) -> bool:
    """A row that repeats a header row (most of its cells equal the header's) — unless it names another year
    in a column of the header's (「実績（R7）」 where the header has 「実績（R6）」): that is the header of a new block,
    the table pasted again a year on under its own columns, no repeat (``_new_year``)."""
    if header.short_raw.isdisjoint(cells):
        header_keys = header.keys
        for c in cells[:3]:
            if c and len(c) <= 24 and key(c) in header_keys:
                break
        else:
            return False  # quick: no cell is one of the header's texts
    keys = [key(c) if len(c) <= 40 else c for c in cells]
    filled = [i for i, k in enumerate(keys) if k]
    if len(filled) < 2:
        return False
    for texts in header.texts:
        same = sum(1 for i in filled if i < len(texts) and texts[i] == keys[i])
        if same * 2 > len(filled) and same >= 2:
            return not _new_year(cells, header)
    return False


def _new_year(cells: list[str], header: Header) -> bool:
    """A row like the header's whose cell labels a column of the header's role for another year (「実績（R7）」 under
    the header's 「実績（R6）」): a 進捗管理表 pasted again on the same sheet a year on, whose columns are the new
    header's (駒形町: the second block's header taken for a repeat, its R7 actuals read as 2024's or lost)."""
    for i, column in header.columns.items():
        if column.fy is None or i >= len(cells) or not cells[i] or len(cells[i]) > 24:
            continue
        found = classify(cells[i], loose=False)
        if found is not None and found.role == column.role and found.fy is not None and found.fy != column.fy:
            return True
    return False


#: A legend's entries: 「A：達成」「◎：目標達成」「B 順調」 (a mark or letter, then its meaning).
_LEGEND = lazy_re(r"(?:^|\s)[A-EＡ-Ｅ◎○〇△×▲●]\s*[:：=＝]?\s*\S")
#: The title of a filled-in example row: 「（例）〇〇システムの導入」「記入例：…」.
_EXAMPLE = lazy_re(r"\s*(?:[(\[【〔]\s*(?:記入|入力|記載)?例\s*[)\]】〕]|(?:記入|入力|記載)例\s*[:：)]?)")
#: A year cell's mark saying the 取組 is not worked on that year (「〇 実施　△ 検討・準備　× 実施しない」): no step.
_NOT_THIS_YEAR = frozenset("×✕✖╳")

#: A template's blank to fill in, kept in an example row: 「○○の推進」「××課」.
_PLACEHOLDER = lazy_re(r"([○〇●◯×✕□△])\1")
#: A code or title a template leaves to be filled: 「○-○」, 「（取組名を記入）」「（指標名を入力）」.
_BLANK_CODE = lazy_re(r"[○〇◯●×✕□△]+(?:[-－.．][○〇◯●×✕□△]+)*")
_INSTRUCTION = lazy_re(r"[(（][^()（）]*を(?:記入|入力|記載)[^()（）]*[)）]")
#: A cell of a form's 記入要領 row: how to fill its column in, bracketed whole (「（半角数字）」「（20字以内）」「（課名まで）」).
_GUIDE_CELL = lazy_re(r"\([^()]+\)")


def _is_guide_row(cells: list[str]) -> bool:
    """Whether a row is a form's 記入要領, kept under the header (a 県's 調査票: 「（半角数字） | （プルダウンから選択） |
    （20字以内） | （課名まで） …」): two cells or more filled, each a bracketed note on how to fill its column in — no 取組,
    though its title cell holds words."""
    filled = [nfkc(c).strip() for c in cells if c.strip()]
    return len(filled) >= 2 and all(_GUIDE_CELL.fullmatch(c) for c in filled)


def _is_note(text: str, header: Header) -> bool:
    """A note under a table (「※…」「注1」, a long sentence) or the legend of its marks (「進捗
    A：達成 B：順調 …」「評価 ◎：目標達成 ○：順調」: a header's label, then marks and meanings)."""
    if text.startswith(("※", "注", "(注", "（注", "*")) or len(text) > 60:
        return True
    words = nfkc(text).replace("：", " ").replace(":", " ").split()
    if len(words) < 3 or key(words[0]) not in header.keys:
        return False
    return len(_LEGEND.findall(" " + " ".join(words[1:]))) >= 2


#: Two department names a text extraction glued together (a cell's lines joined without a
#: blank: 「DX推進課」「市民課」 → 「DX推進課市民課」): a 課/室 ending, then a whole second name.
_GLUED = lazy_re(r"(?<=[^\s、・,，/／]{2}[課室])(?=[^\s、・,，/／課室]{2,8}[課室](?:[\s、・,，/／]|$))")


def _unglued(text: str) -> str:
    """A 担当課 cell with glued names parted by a blank (「総務部総務課」 has one 課 and stays)."""
    return _GLUED.sub(" ", text)


#: Numberings a title cell may begin with when the table has no code of its own.
_TITLE_NUMBERING = ("hyphen3", "hyphen2", "dotted3", "dotted", "decimal", "paren", "circled")


def _code_in_title(title: str) -> tuple[str | None, str]:
    """(code, title) of a title cell that begins with its number (「1-1 電子申請の拡充」「①AIの活用」
    「(2) 窓口改革」): the number is the code, the rest the title."""
    found = marker(title)
    if found is None or found.kind not in _TITLE_NUMBERING or not _LETTER.search(found.rest):
        return None, title
    if found.kind == "circled":
        value = circled_value(found.number)
        return (str(value) if value is not None else found.number), found.rest
    return found.number.strip("().．"), found.rest


def junk_title(title: str) -> str:
    """The warning for a row whose title cell holds no words (marks, Excel's error value); the
    template's rows are told the same."""
    if excel_error(title):
        return f"取組名のセルが Excel のエラー値「{title}」のため、この行を取組として読みませんでした"
    return f"取組名「{title}」に文字がないため、この行を取組として読みませんでした"


def error_value(label: str, text: str) -> str:
    """The warning for a cell holding Excel's error value (「#N/A」「#DIV/0!」「#####」)."""
    return f"「{label}」のセルが Excel のエラー値「{text}」のため、値なしとしました"


def _is_total(cells: list[str], header: Header) -> bool:
    """A 合計 / 小計 row: the title or code cell (or the first cell) says so."""
    first = header.by_role()[1]
    return any(
        i is not None and i < len(cells) and is_total_text(cells[i])
        for i in (first.get("title"), first.get("code"), 0)
    )


def is_total_text(text: str) -> bool:
    """Whether a cell says its row is a 合計 / 小計 (the template's rows are asked too)."""
    # 「合計」 spaced or bracketed (「【 合 計 】」) is short: a title is not looked at further; 「合計 / Total」 too
    if len(text) > 20:
        return False
    return key(text) in TOTAL_WORDS or key(_BILINGUAL.split(text)[0]) in TOTAL_WORDS


#: An indicator cell holding its figures: a number, then an arrow, then a number.
_FIGURES_IN_NAME = lazy_re(r"\d\S*\s*(?:→|⇒|->)\s*\S*\d")
#: Where a bilingual cell's English begins: 「合計 / Total」.
_BILINGUAL = lazy_re(r"\s*[/／]\s*(?=[A-Za-z])")


@dataclass
class _State:
    header: Header
    sections: dict[int, str] = field(default_factory=dict)  # section column → its current text
    heading: str | None = None  # a heading row's text above the rows
    outer: tuple[str, ...] = ()  # the numbered heading lines above the table (「基本目標1 …」, 「Ⅰ …」 > 「１．…」)
    current: Initiative | None = None
    current_indicator: Indicator | None = None
    left_out: bool = False  # under a header the user's mapping leaves out (``"skip": true``)
    # a 区分 column naming each row's level (「基本目標」「施策」 over 「取組」): each level's heading as the rows named it,
    # outer first (``TableReader.level_row``)
    levels: dict[str, str] = field(default_factory=dict)
    above: list[str] | None = None  # the cells of the row read before (``TableReader.wraps_above``)
    in_charge: list[str] = field(default_factory=list)  # the 課 a row across names over its 取組 (``_department_row``)
    numbers: list[str] = field(default_factory=list)  # the code column's cells of this table (``numbered_within``)
    # ``current`` found by its number from a table of no title (「取組番号 | 成果指標 | …」): a row of no number under it is
    # its second indicator (``TableReader.row``)
    joined: bool = False


def _left_dittos(row: list[Cell], cells: list[str]) -> tuple[list[Cell], list[str]]:
    """The row with each 「同左」 cell holding the text of the nearest written cell left of it: 「同左」 says the value is
    the one beside it (紅葉台市's 「変更前 | 変更後」 of a 中間見直し, 「200 | 320」 and 「30 | 同左」: the target kept at 30;
    first read: no target where the 変更後 said 「同左」)."""
    row, cells = list(row), list(cells)
    for i, text in enumerate(cells):
        if text != "同左":
            continue
        left = next((j for j in range(i - 1, -1, -1) if cells[j] and cells[j] != "同左"), None)
        if left is not None:
            row[i] = dataclasses.replace(row[i], text=row[left].text)
            cells[i] = cells[left]
    return row, cells


def _unrevised(row: list[Cell], cells: list[str], header: Header) -> tuple[list[Cell], list[str]]:
    """The row with each blank or 「－」 cell of a revised value (``Header.superseded``) holding the value it would have
    replaced: a review that left a target as it was writes nothing there, as it writes 「同左」 (``_left_dittos``; 若桐町's
    見直し後目標値, batch 42: a blank first read as no target at all, the 当初 80 a note)."""
    row, cells = list(row), list(cells)
    for i, j in header.superseded.items():
        if i < len(cells) and j < len(cells) and cells[j] and _no_figure_written(cells[i]):
            row[i] = dataclasses.replace(row[i], text=row[j].text)
            cells[i] = cells[j]
    return row, cells


def _no_figure_written(text: str) -> bool:
    """Whether a cell is blank or a dash (「－」「…」), not a word (「未定」「廃止」 say something of their own)."""
    return is_no_value(text) and not any(c.isalpha() for c in text)


#: A number alone in a cell, bracketed or not (NFKC: 「①」 is 「1」): 「1」「(1)」「１」.
_BARE_NUMBER = lazy_re(r"\(?([0-9]{1,3})\)?")

#: A cell that repeats the one above it: 「同上」「〃」「″」「〃〃」.
_DITTO = lazy_re(r"同\s*上|[〃″]+")


class TableReader:
    """Reads the tables of a document into a Collector."""

    def __init__(
        self,
        collector: Collector,
        *,
        plan_end: int | None = None,
        review_fy: int | None = None,
        overrides: Any = None,
        mapping: Any = None,
        plan_start: int | None = None,
    ) -> None:
        self.out = collector
        self.plan_end = plan_end
        self.plan_start = plan_start
        #: A table of the years before the plan's read as none (its location), said once.
        self.records: list[Location] = []
        self.review_fy = review_fy
        self.overrides = overrides
        self.mapping = mapping
        #: Every code of each code column (by column index), to repair a code Excel made a date by
        #: the shape of the others.
        self.codes: dict[int, list[str]] = {}
        #: The initiatives read so far by their code (a KPI table keyed by 番号 finds them).
        self.coded: dict[str | None, list[Initiative]] = {}
        #: The 担当課 of the row above, for a cell that says 「同上」 or 「〃」.
        self.above: list[str] = []
        #: What each mark of the 工程表s says, by the document's 凡例 (common.schedule_legend).
        self.legend: dict[str, str] = {}
        #: Rows join initiatives read elsewhere by their number, and make none of their own.
        self.join_only = False
        #: The document has a table of the initiatives (a title column): a table of indicators alone is a 施策's.
        self.titled = False
        #: What each fill colour of a 工程表 means, by the 凡例 row painted beside its words (``_paint_legend``).
        self.paints: dict[str, str] = {}
        #: The rows of a list whose 「DX」 column marks the DX plan's (a 総合計画's 事業一覧): each item, whether marked,
        #: and the column's label; a text in the column (no mark) makes it no such column.
        self.in_plan: dict[int, tuple[Initiative, bool, str, Location]] = {}
        self.in_plan_text = False
        #: The years of a workbook kept a sheet a year whose undated 目標値 is each sheet's year's (``_targets_by_sheet``),
        #: and the year of the sheet read (``sheet_year``: None on a sheet named by no year, a PDF's or a text's page).
        self.targets_by_sheet: frozenset[int] = frozenset()
        self.sheet_fy: int | None = None
        #: Whether the workbook has two sheets or more named by different years (a sheet a year: ``_plan_of_the_year``).
        self.year_sheets = False
        #: Whether the warning that a year's halves were read as no 実績 of the year has been given (``_halves_of_years``).
        self.halves_warned = False
        #: Whether a line of the document says the figures are running totals (``_running_note``).
        self.running_total = False

    # -- headers (with the user's column mapping applied)

    def header_of(self, table: Table, start: int = 0, limit: int = HEADER_SEARCH_ROWS) -> Header | None:
        header = find_header(table, start, self.overrides, limit)
        if self.mapping is not None:
            header = self.mapping.apply(table, header)
        elif header is not None:
            header = _years_after_baseline(table, header)
        if header is not None and header.halves and self.running_total:
            promote_halves(header)  # 「※実績は…時点の累計値」 in a line of the document (a PDF's note under its title)
        return header

    def read(self, document: Document) -> int:
        """Read every table; the number of initiatives found."""
        before = len(self.out.initiatives)
        self.legend = schedule_legend(list(_loose_lines(document)))
        self.running_total = any(_running_note(line.text) for line in document.lines())
        for table in document.tables():
            self.paints.update(_paint_legend(table))
        # a table of the initiatives (a 取組名 or 事業名 column) somewhere: a table of indicators alone is a 施策's
        self.titled = self.mapping is None and any(
            (h := find_header(t, 0, self.overrides)) is not None
            and h.first("title") is not None
            and carries_initiatives(t, h)
            for t in document.tables()
        )
        self.year_sheets = len({sheet_year(page.name) for page in document.pages} - {None}) >= 2
        if self.mapping is None:
            self.targets_by_sheet = _targets_by_sheet(document, self.header_of, self.plan_start, self.plan_end)
        self.tables(document)
        if self.records and self.out.initiatives[before:]:
            self.out.warn(
                self.records[0],
                "計画期間より前の年度だけを記した表（前計画の取組や実績など）は、この計画の取組ではないため読みませんでした",
            )
        self._outside_the_plan()
        for item in self.out.initiatives[before:]:
            for ind in item["indicators"]:
                finish_indicator(ind)
        self._unwritten_years(document, self.out.initiatives[before:])
        return len(self.out.initiatives) - before

    def _outside_the_plan(self) -> None:
        """A list of more than the plan (a 総合計画 実施計画's 事業一覧) whose 「DX」 column marks the plan's rows (●): the
        rows it leaves unmarked are no 取組 of the plan, left out and named in a warning. A list that marks every row, or
        none, or writes words in the column, is the plan as it is."""
        marked = [entry for entry in self.in_plan.values() if entry[1]]
        left = [entry for entry in self.in_plan.values() if not entry[1]]
        if not marked or not left or self.in_plan_text:
            return
        dropped = {id(item) for item, _, _, _ in left}
        self.out.initiatives[:] = [item for item in self.out.initiatives if id(item) not in dropped]
        label, where = left[0][2], left[0][3]
        names = "、".join(f"{item['code'] or ''} {item['title']}".strip() for item, _, _, _ in left[:10])
        more = f" ほか{len(left) - 10}件" if len(left) > 10 else ""
        self.out.warn(
            where,
            f"「{label}」欄に印のない{len(left)}件（{names}{more}）は、この計画の取組ではないものとして取り込みませんでした"
            f"（印のある{len(marked)}件を取り込みました）。",
        )

    def _unwritten_years(self, document: Document, items: list[Initiative]) -> None:
        """A 工程表 whose year columns hold no word in any row, in text (a PDF's fills or drawn bars, which no
        extractor writes): the schedule is not in the file, and the warning says where it is."""
        if document.kind != "text" or not items or any(item["schedule"] for item in items):
            return
        for table in document.tables():
            header = find_header(table, 0, self.overrides)
            if header is not None and len(_years_without_figures(table, header)) >= 2:
                self.out.warn(
                    table.location,
                    "工程表の年度の欄に文字がありません。色や線で描かれた工程はテキストには残らないため、"
                    "スケジュールは取り込んでいません。PDF のまま取り込むと読み取れます。",
                )
                return

    def tables(self, document: Document) -> None:
        previous: _State | None = None
        outer: tuple[str, ...] = ()
        chapter: str | None = None
        said: list[str] = []  # the last two lines before the next table (its heading, the sentence over it)
        record: Any = None  # the header of the 前計画's record just set aside (``_record_of_the_plan_before``)
        in_charge: list[str] = []  # the 担当課 the last 施策's sheet states (``_measure_form``)
        reported = self.review_fy
        for page in document.pages:
            in_charge = []  # (a 施策's form is its page's, its sheet's)
            if self.mapping is not None and self.mapping.skips(page.name):
                continue
            # a workbook kept a sheet a year (「R5実績」「R6実績」): the sheet's year dates its undated 実績値, 評価, 達成率
            # and 事業費, and each sheet's rows add their year to the initiatives (``generic._once``)
            self.sheet_fy = sheet_year(page.name)
            self.review_fy = self.sheet_fy or reported
            if page.name and len(document.pages) > 1 and any(w in page.name for w in NOT_PLAN_SHEET_WORDS):
                if any(isinstance(b, Table) and find_header(b, 0, self.overrides) for b in page.blocks):
                    self.out.warn(
                        Location(sheet=page.name),
                        "このシートは計画の取組ではない（記入例など）と見なし、読みませんでした",
                    )
                continue
            for block in page.blocks:
                if isinstance(block, Line):
                    if (heads := _chapter(block.text)) is not None:
                        outer = () if heads != chapter else outer
                        chapter = heads
                        in_charge = []  # a new 基本目標's heading: the 施策's form before is none of its
                    elif (outer_now := _outer_headings(outer, block.text)) != outer:
                        outer, in_charge = outer_now, []
                    said = [*said[-1:], block.text]
                    continue
                if not isinstance(block, Table) or not block.rows:
                    continue
                above, said = said, []
                header = self.header_of(block)
                if (
                    header is not None
                    and self.mapping is None
                    and (
                        _record_of_the_plan_before(header, above, self.plan_start)
                        or (header.texts == record and not any(marker(line) for line in above))
                    )
                ):
                    # (the record goes on over a page break, its header printed again: 「（つづき）」 over it)
                    if header.texts != record:
                        self.out.warn(
                            block.location, "前計画の取組とその結果を記した表は、この計画の取組ではないため読みませんでした"
                        )
                    record, previous = header.texts, None
                    continue
                record = None
                if header is not None and self.mapping is not None and self.mapping.leaves_out(block, header):
                    previous = None  # left out by the user: its rows are read as nothing else either
                    continue
                if header is not None and self.mapping is None and not carries_initiatives(block, header):
                    previous = None  # a survey's, a 体系's table: no 取組, nor the rows of the table before
                    continue
                if header is not None and self.mapping is None and _before_the_plan(header, self.plan_start):
                    # 「取組名 | 担当課 | R2 | R3 | R4 | R5 | 状況」 of a plan of R7–R10: the 前計画's record, no 取組 of this
                    # plan (nor its 「取組名 | 指標 | 目標値（2024） | 実績値（2023）」)
                    self.records.append(block.location)
                    previous = None
                    continue
                if header is None:
                    if (form := _measure_form(block)) is not None:
                        in_charge = form  # a 施策's sheet: its 担当課 the 取組 listed under it have
                    if (
                        previous is not None
                        and block.width == len(previous.header.texts[0])
                        and page.name is None
                        and not _years_row(_texts(block.rows[0]))
                        and not _card_rows(block)
                    ):
                        if previous.outer != outer:
                            previous.outer, previous.heading = outer, None
                            previous.sections.clear()
                        self.rows(block, previous, 0)
                    continue
                if (
                    header.row > 0
                    and previous is not None
                    and previous.header.texts == header.texts
                    and block.width == len(previous.header.texts[0])
                    and page.name is None
                ):
                    # rows going on under the header before, then that header printed again over the next page (a PDF
                    # table its reader joined over the break): one table, read on from its first row (梓ヶ丘市's 6–10
                    # above page 2's print titles were lost)
                    if previous.outer != outer:
                        previous.outer, previous.heading = outer, None
                        previous.sections.clear()
                    self.rows(block, previous, 0)
                    continue
                if header.first("related") is not None and header.first("title") is None and _indicators_alone(header):
                    self.related_indicators(block, header)
                    previous = None
                    continue
                if self.titled and _indicators_alone(header):
                    self.section_indicators(block, header, outer)
                    previous = None
                    continue
                part = self.meta_rows(block, header.row)
                if part is not None and page.name is not None:
                    outer = (part,)  # a sheet a 基本目標: its title names it
                header = _plan_of_the_year(block, header, self.sheet_fy if self.year_sheets else None)
                state = _State(header, outer=outer)
                if header.first("departments") is None:
                    state.in_charge = list(in_charge)
                # a 施策's form gives its 課 to the one list under it: the next (another 施策's, a 参考's, a list with
                # its own 担当課 column) has none of it
                in_charge = []
                if previous is not None and previous.header.texts == header.texts and previous.outer == outer:
                    # the header printed again over the next page: a row without its own number at the
                    # page's top (a second indicator) is the initiative's above the break
                    state.current, state.current_indicator = previous.current, previous.current_indicator
                    state.sections = dict(previous.sections)
                    state.heading = previous.heading  # 「基本目標3 …」 a row above the break: its rows go on under it
                self.rows(block, state, header.row + header.height)
                previous = state
        self.review_fy = reported

    def related_indicators(self, table: Table, header: Header) -> None:
        """A 数値目標 table apart from the 取組's, each row naming the 取組 its indicator measures (「指標 | 関連する取組 |
        現状値（R5） | 目標値（R8）」 under a 取組 | 内容 | R6 … table): each row's indicator is that 取組's, found by its
        title; a row naming no 取組 read is said in a warning (first read: the table dropped, no 取組 of any KPI)."""
        at = header.first("related")
        assert at is not None
        state = _State(header)
        for r in range(header.row + header.height, len(table.rows)):
            row = table.rows[r]
            cells = _texts(row)
            named = cells[at].strip() if at < len(cells) else ""
            if not named or _is_repeat(cells, header):
                continue
            found = self.by_title(named)
            if found is None:
                self.out.warn(
                    table.row_location(r), f"指標の表の行が測る取組「{squash(named)}」が見つからないため、この行を読みませんでした"
                )
                continue
            state.current, state.current_indicator = found, None
            self.fill(found, row, cells, table.row_location(r), state, None)

    def by_title(self, title: str) -> Initiative | None:
        """The one initiative read before under ``title`` (blanks, full-width forms and marks aside), if one has it."""
        wanted = compact(title_and_marks(title)[0])
        found = [item for item in self.out.initiatives if compact(item["title"]) == wanted]
        return found[0] if len(found) == 1 else None

    def section_note(self, code: str | None, cells: list[str], header: Header) -> bool:
        """A row of a KPI table keyed by number whose number is no 取組's but a section's (「施策 | 成果指標 | 現状値（R5） |
        目標値（R10）」 of 「１－１」 beside 取組 numbered 「101」: 白藤市, batch 38): the 施策's own indicator, kept as a note of
        that section (as ``section_indicators`` keeps a 施策's 【成果指標】) — whether one was kept."""
        at = header.first("indicator")
        if not code or at is None or at >= len(cells) or not cells[at]:
            return False
        section = next((s for s in self.out.sections if plain_code(s.get("code") or "") == code), None)
        if section is None:
            return False
        values = [
            f"{squash(header.labels.get(i) or _ROLE_WORDS[column.role])} {cells[i]}"
            for i, column in header.ordered()
            if i != at and i < len(cells) and cells[i] and column.role in ("baseline", "target", "actual", "unit")
        ]
        note = f"成果指標：{cells[at]}" + (f"（{'、'.join(values)}）" if values else "")
        kept = section.setdefault("notes", [])
        if note not in kept:
            kept.append(note)
        return True

    def section_indicators(self, table: Table, header: Header, outer: tuple[str, ...]) -> None:
        """A 施策's 【成果指標】 table (「指標名 | 現状値（R5） | 目標値（R9）」) in a plan whose 取組 or 事業 are listed in
        tables of their own: its rows measure the 施策, no 取組 — kept as notes of the 施策's section (no initiative
        made of them), the user told where no heading names the 施策."""
        at = header.first("indicator")
        assert at is not None
        notes: list[str] = []
        for r in range(header.row + header.height, len(table.rows)):
            cells = _texts(table.rows[r])
            if at >= len(cells) or not cells[at] or _is_repeat(cells, header):
                continue
            values = [
                f"{squash(header.labels.get(i) or column.role)} {cells[i]}"
                for i, column in header.ordered()
                if i != at and i < len(cells) and cells[i] and column.role in ("baseline", "target", "actual", "unit")
            ]
            notes.append(f"成果指標：{cells[at]}" + (f"（{'、'.join(values)}）" if values else ""))
        if not notes:
            return
        key = self.out.section_path(list(outer)) if outer else None
        section = next((s for s in self.out.sections if s["key"] == key), None)
        if section is not None:
            kept = section.setdefault("notes", [])
            kept += [note for note in notes if note not in kept]
            return
        self.out.warn(table.row_location(header.row), _apart_indicators(len(notes)))

    def meta_rows(self, table: Table, until: int) -> str | None:
        """自治体名 / 計画名 / 都道府県 rows above the header (「山梨県 | 北杜見市」 too), and a title line
        naming the plan; the part of the plan a sheet's title names after the plan's (「千種台市DX推進計画　進捗管理表
        【基本目標1】便利で身近な行政サービス」, a sheet a 基本目標): the section of the sheet's rows, no part of the
        plan's title."""
        part: str | None = None
        for row in table.rows[:until]:
            cells = [c for c in _texts(row) if c]
            if cells and (found := _TITLED_PART.search(cells[0])) is not None and found.start() > 0:
                part = squash(f"{found.group('word')}{found.group('number')} {found.group('rest')}")
                cells[0] = cells[0][: found.start()].rstrip()
            elif len(cells) == 1 and (found := _PART_ALONE.fullmatch(squash(cells[0]))) is not None:
                # a sheet's title that is its 基本目標 alone, over its table (楠見町: sheets 「基本目標1」…, A1 「基本目標１
                # 誰もが使いやすい行政サービス」; walked: 施策体系 0)
                part = squash(f"{found.group('word')}{nfkc(found.group('number'))} {found.group('rest')}")
            named = of_cells(cells)
            for role in ("municipality", "prefecture", "title"):
                if getattr(named, role):
                    self.out.meta.setdefault(role, getattr(named, role))
            if cells and not (named.municipality or named.prefecture or named.title):
                self.out.meta.setdefault("heading", cells[0])
        return part

    # -- rows

    def rows(self, table: Table, state: _State, start: int, end: int | None = None) -> None:
        table = _units_wrapped(_rows_typed_in_one(table, state.header, start), state.header, start)
        if (at := state.header.first("code")) is not None:
            # (a No. merged down over a 取組's rows of indicators is its number once: only the cells that start there)
            state.numbers = [
                squash(nfkc(row[at].text)) for row in table.rows[start:] if at < len(row) and row[at].origin == "own"
            ]
        r = start
        rows = table.rows
        above: list[Cell] | None = None  # the row read before, as read
        stop = len(rows) if end is None else min(end, len(rows))
        while r < stop:
            row = rows[r]
            cells = _texts(row)
            location = table.row_location(r)
            r += 1
            filled = [i for i, c in enumerate(cells) if c]
            if not filled:
                continue
            if above is not None and (spanned := _under_spanned(row, cells, state.header, above)) is not None:
                row, cells = spanned
                filled = [i for i, c in enumerate(cells) if c]
            above = row
            if "同左" in cells:
                row, cells = _left_dittos(row, cells)
            if state.header.superseded:
                row, cells = _unrevised(row, cells, state.header)
            if _is_repeat(cells, state.header):
                continue
            if _tally_header(cells):
                state.left_out = (
                    True  # 「担当課 | A | B | C | D | 計」: a count of grades, no more of the plan
                )
                continue
            labelled = not SURFACE.isdisjoint(cells) or bool(self.mapping)
            new_header = (
                self.header_of(table, r - 1, limit=1) if labelled and r - 1 > state.header.row else None
            )
            if new_header is not None and new_header.row == r - 1:
                if _new_year(cells, state.header):
                    # the table pasted again a year on (「実績（R7）」 after 「実績（R6）」): its undated 進捗 and 評価 are
                    # of the year its 実績 column reports on (駒形町's second block's 進捗 read as 2024's)
                    reported = [c.fy for c in new_header.columns.values() if c.role == "actual" and c.fy]
                    self.review_fy = max(reported, default=self.review_fy)
                state.header = new_header
                state.sections.clear()
                state.current = None
                state.left_out = self.mapping is not None and self.mapping.leaves_out(table, new_header)
                r = max(r, new_header.row + new_header.height)
                continue
            if not self.join_only and _opens_indicator_list(cells):
                # 「ＫＰＩ番号 | 指標名 | 単位 | 基準値（R6） | R7 …」 on under the 取組's rows (a print's next page, or a
                # sub-list after each 取組): a list of indicators by their own numbers — joined to the 取組 naming them
                # after (``_join_named_indicators``; first read: each indicator a 取組 coded 「K1-1」, its 単位 the 担当課).
                # Only its own rows are left out: the 取組 rows after it are read (a list the join refuses is read as rows)
                # (a list the join refuses, its header's labels on two lines: its rows left out still, and said)
                listed = _indicator_rows(table, r - 1)
                if listed is not None:
                    if not any(found.row == r - 1 for found, _, _ in _indicator_lists(table)):
                        self.out.warn(
                            location,
                            f"指標の一覧（{cells[listed[0]]}）の基準値・目標値の列が読み取れず、"
                            "取組に結び付けられなかったため、その行を読みませんでした",
                        )
                    r = listed[1]
                    continue
            if state.left_out:
                continue
            own = [i for i in filled if row[i].origin == "own"]
            if len(own) == 1 and _is_note(cells[own[0]], state.header):
                continue  # a note or a legend under the table (「※…」「進捗 ◎：達成 ○：順調」)
            if _is_total(cells, state.header):
                continue  # 合計 / 小計: a sum of the rows above, not an initiative
            if self.level_row(row, cells, state):
                continue
            if len(own) == 1 and not self.has_values(row, state.header):
                text = cells[own[0]]
                column = state.header.columns.get(own[0])
                across = any(row[i].origin == "left" for i in filled)
                if column is not None and column.role == "section":
                    self.section_of(row, cells, state)
                    state.current = None
                    continue
                code_like = len(nfkc(text)) <= 8 or text.isascii()
                if (across or column is None or own[0] == 0) and (
                    named := _department_row(text, state.header, across=across)
                ):
                    state.in_charge = named  # 「【総務部　情報政策課】」 over the 課's 取組
                    state.current = None
                    continue
                if across or column is None or (column.role == "code" and not code_like):
                    state.heading = text  # 「基本目標1 …」 written across the table
                    state.sections.clear()
                    state.current = None
                    continue
            self.row(row, cells, location, state)
            if state.in_charge and state.current is not None and not state.current["departments"]:
                add_departments(state.current, "、".join(state.in_charge))
            state.above = cells

    def level_row(self, row: list[Cell], cells: list[str], state: _State) -> bool:
        """Whether the row is a heading of its 区分 cell's level (「区分 | 番号 | 名称」 rows of 「基本目標 | 1 | 市民サービスの
        向上」, 「施策 | 1-1 | …」 over 「取組 | 1-1-1 | …」): the code and title are the heading's, the sum of its 事業費
        beside them no figure of its own (first read: every 基本目標 and 施策 a 取組, sections named 「基本目標」「施策」)."""
        header = state.header
        title_at = header.first("title")
        if title_at is None or title_at >= len(cells) or not cells[title_at] or is_known(cells[title_at]):
            return False  # (the header printed again: 「基本目標 | 番号 | 取組名」)
        if any(
            j < len(cells) and cells[j] and not is_no_value(cells[j])
            for role in ("departments", "indicator")
            for j in header.of(role)
        ):
            return False  # a 施策 with its own 担当課 or KPI (a plan whose lowest level is the 施策) is what it reports
        for i in header.of("section"):
            word = cells[i].strip() if i < len(cells) else ""
            if not word or len(word) > 6 or row[i].origin != "own" or row_kind_of(word) is not None:
                continue  # (a 「基本目標」 label merged down from a header printed again is no row's level)
            column = classify(word, loose=False)
            if column is None or column.role != "section" or column.fy is not None:
                continue
            code_at = header.first("code")
            code = cells[code_at] if code_at is not None and code_at < len(cells) else ""
            if word in state.levels:
                # a heading of a level seen before: the levels inside it start afresh
                kept = list(state.levels)[: list(state.levels).index(word)]
                state.levels = {k: state.levels[k] for k in kept}
            state.levels[word] = " ".join(filter(None, [code, _heading_of(cells[title_at])]))
            state.current = None
            return True
        return False

    def has_values(self, row: list[Cell], header: Header) -> bool:
        """True when a row has text in a column other than title, code and sections."""
        for i, column in header.columns.items():
            if (
                column.role not in ("title", "code", "section")
                and i < len(row)
                and row[i].origin == "own"
                and row[i].text.strip()
            ):
                return True
        return False

    def section_of(self, row: list[Cell], cells: list[str], state: _State) -> str | None:
        path = [h for h in (*state.outer, state.heading) if h]
        levels = ["" for _ in path]
        for word, heading in state.levels.items():
            path.append(heading)
            levels.append(word)
        for i in state.header.of("section"):
            text = cells[i] if i < len(cells) else ""
            if text and (_row_measure(state.header, cells) is not None or row_kind_of(text) is not None):
                continue  # 「目標」「実績」「取組」「指標」 in 区分: what the row is, no section
            if text:
                state.sections[i] = _heading_of(row[i].text)
                for j in list(state.sections):
                    if j > i and not (j < len(cells) and cells[j]):
                        state.sections.pop(j)  # a new outer section starts its inner ones afresh
            if state.sections.get(i):
                path.append(state.sections[i])
                levels.append(state.header.labels.get(i, ""))
        return self.out.section_path(path, levels) if path else None

    def code_of(self, table_codes: list[str], text: str, location: Location) -> str | None:
        code = squash(nfkc(text))
        if is_no_value(code):
            return None
        if is_date_text(code):
            repaired = date_code(code, table_codes)
            if repaired:
                self.out.warn(
                    location, f"番号 '{code}' は Excel で日付に変換されていたため {repaired} として読みました"
                )
                return repaired
        return code[:-2] if code.endswith(".0") and code[:-2].isdigit() else code

    def numbered_within(self, code: str | None, state: _State) -> str | None:
        """The number of a 取組 written across the table's section columns and its own: 「基本目標 | 施策 | No.」 holding
        「1 | (1) | ①」 is 1-1-1, as 「1-(1)-①」 is — where the section cells hold a number alone (no name) and the No.
        column counts afresh in each section (a number seen twice in its table); None for any other code (first read:
        the No. alone, eight 取組 coded 1, 2, 1, 2 …)."""
        bare = _BARE_NUMBER.fullmatch(code or "")
        if bare is None or sum(_BARE_NUMBER.fullmatch(n) is not None and n.strip("()") == bare[1]
                               for n in state.numbers) < 2:
            return None
        numbers = []
        for i in state.header.of("section"):
            written = _BARE_NUMBER.fullmatch(squash(nfkc(state.sections.get(i) or "")))
            if written is None:
                return None
            numbers.append(written[1])
        return "-".join([*numbers, bare[1]]) if numbers else None

    def row(self, row: list[Cell], cells: list[str], location: Location, state: _State) -> None:
        header = state.header
        first = header.by_role()[1]  # every row asks: looked up once
        title_at = first.get("title")
        code_at = first.get("code")
        indicator_at = first.get("indicator")
        if title_at is None and indicator_at is not None:
            title_at = indicator_at
        title_cell = row[title_at] if title_at is not None and title_at < len(row) else Cell("")
        raw_title = title_cell.text.strip()
        code_text = cells[code_at] if code_at is not None and code_at < len(cells) else ""
        section_key = self.section_of(row, cells, state)
        current = state.current
        # the title as read (marks and a leading number taken off), once for both uses below
        title, marks = title_and_marks(raw_title) if raw_title else ("", [])
        numbered, title = _code_in_title(title) if title else (None, title)
        # 「指標：…」 in the title column under an initiative: that initiative's indicator
        named = indicator_in_title(raw_title) if current is not None and not code_text else None
        if (
            named is None
            and current is not None
            and raw_title
            and (not code_text or code_text == current["code"])
            and _row_kind(header, cells) == "indicator"
        ):
            named = squash(raw_title.replace("\n", " "))  # 「指標 | オンライン手続の数（手続）」 under its 「取組」 row
            if is_no_value(named):
                return  # 「－」: the 取組 has no indicator
        continued = current is not None and (
            named is not None
            or ((self.join_only or state.joined) and not code_text)  # a second indicator of the number above
            or (title_cell.origin == "above" and raw_title)
            or (not raw_title and not code_text)
            or (
                raw_title
                and title == current["title"]
                and (not code_text or current["code"] in (None, code_text))
            )
        )
        if (
            current is not None
            and not code_text
            and (
                (raw_title and is_title_text(title) and not excel_error(title) and not _FIGURE.fullmatch(nfkc(title)))
                or (not raw_title and current["indicators"])
            )
            and self.wraps_above(row, cells, state)
        ):
            # 「3 | マイナンバーカードを活用した | 市民課 | カードで利用できる市独自 | 2サービス …」 over 「 | 行政サービスの拡充 | |
            # サービスの数 | | …」: the cells of the row above, wrapped onto a line of their own by the extraction
            if raw_title and _ENGLISH_NAME.fullmatch(title) and not current["title"].isascii():
                # 「行政手続のオンライン化」 over 「Online Administrative Procedures」 (a bilingual table): its name
                # in English, kept with its notes, not more of its title
                add_note(current, title, "英語名")
            elif raw_title:
                current["title"] = join_wrapped(current["title"], title)
            self.join_wrapped_cells(current, row, cells, header)
            return
        if not continued and not raw_title:
            if self.join_only and code_text and (known := self.by_code(plain_code(code_text))) is not None:
                # 「1-1-1 | 拡大 | → | …」 of a 工程 table keyed by number alone (``coded_kpi_header``): that 取組's years
                state.current, state.current_indicator = known, None
                self.fill(known, row, cells, location, state, named)
                return
            if self.has_values(row, header):
                self.out.warn(location, "取組名がなく、前に取組の行もないため、この行を読み飛ばしました")
            return
        if continued:
            assert current is not None
            item = current
        else:
            codes = self.codes.get(code_at, []) if code_at is not None else []
            code = self.code_of(codes, code_text, location) if code_text else None
            code = self.numbered_within(code, state) or code or numbered
            if not title or is_known(title):
                return  # a label where a title belongs: not an initiative
            if not is_title_text(title):
                if not _FIGURE.fullmatch(nfkc(title)):
                    self.out.warn(location, junk_title(title))
                    state.current = None  # the rows under it are not the initiative above's
                return  # 「★★★」「#REF!」, or a number, where a title belongs: not an initiative
            if _is_guide_row(cells):
                self.out.warn(location, f"記入要領の行（取組名の欄「{title}」）は取組として読みませんでした")
                return
            if (
                _EXAMPLE.match(nfkc(title))
                or _EXAMPLE.match(nfkc(code_text or ""))
                or _PLACEHOLDER.search(title)
                or _INSTRUCTION.fullmatch(title.strip())
                or _BLANK_CODE.fullmatch(nfkc(code_text or "").strip())
            ):
                self.out.warn(location, f"記入例の行（{title}）は取組として読みませんでした")
                return
            joined = plain_code(code) if self.join_only and code else code
            known = self.by_code(joined) if "title" not in first else None
            if known is None and self.join_only and self.section_note(joined, cells, header):
                state.current = None  # 「施策 | 成果指標 | …」 of 「１－１」: the 施策's own indicator, a note of its section
                return
            if known is None and self.join_only:
                self.out.warn(location, f"成果指標の表の番号「{code_text}」の取組が見つからないため、この行を読みませんでした")
                state.current = None
                return
            if known is not None:
                # a KPI table keyed by the 番号 of the initiatives listed before it (「番号 | 指標 |
                # 現状値 | 目標値」 after 「番号 | 取組名 | 担当課」): its rows are those initiatives' (a row of no number
                # under one its second indicator: 朱鷺野市's 成果指標一覧, 1-2-1's 「窓口の平均待ち時間」)
                state.current, state.current_indicator, state.joined = known, None, True
                self.fill(known, row, cells, location, state, named)
                return
            item = self.out.new_initiative(code, title, section_key, location)
            item["marks"] = marks
            self.coded.setdefault(code, []).append(item)
            if current is not None:
                # no row adds to an initiative once another has begun: its indicators are finished
                # now, while their values' readings are still in parse_number's cache
                for ind in current["indicators"]:
                    finish_indicator(ind)
            state.current = item
            state.current_indicator = None
            state.joined = False
        self.fill(item, row, cells, location, state, named)
        if not continued:
            self.grade_of_title(item, raw_title)

    def grade_of_title(self, item: Initiative, raw_title: str) -> None:
        """The evaluation a report wrote after the title in its cell (「電子申請の拡充〔進捗　◎〕」, ``graded_title``; the
        title read without it): the grade of the row's first indicator, of the year reported on — else a note of the
        item, as a card's 「評価　Ａ」 with no indicator to grade is."""
        _, grade = graded_title(raw_title.replace("\n", ""))
        if grade is None:
            return
        if not item["indicators"]:
            add_note(item, grade, "評価")
            return
        ind = item["indicators"][0]
        latest = max((a["fy"] for a in ind["actuals"] if a["fy"]), default=None)
        rated: dict[str, Any] = {"fy": self.review_fy or latest, "text": grade}
        if rated not in ind.setdefault("evaluations", []):
            ind["evaluations"].append(rated)

    #: The columns a wrapped line of the row above may hold: text, no figure, no year's cell.
    _WRAPPING = ("title", "indicator", "departments", "summary", "section")

    def wraps_above(self, row: list[Cell], cells: list[str], state: _State) -> bool:
        """Whether a row without a number is the wrapped rest of the row above: in a numbered table (the
        row above had its number), it holds only text columns — no value, mark or step, not even 「－」."""
        header = state.header
        code_at = header.first("code")
        if state.current is None or header.indicator_under_title:
            return False
        if code_at is None:
            if header.first("title") is None or not _rest_of_above(row, cells, state.above, header):
                return False
        elif not state.current["code"]:
            return False
        if _row_kind(header, cells) is not None:
            return False
        for i, cell in enumerate(cells):
            column = header.columns.get(i)
            if cell and row[i].origin == "own" and (column is None or column.role not in self._WRAPPING):
                return False
        return True

    def join_wrapped_cells(self, item: Initiative, row: list[Cell], cells: list[str], header: Header) -> None:
        """The wrapped rest of an indicator's name and of the 担当課 added to the row above's."""
        at = header.first("indicator")
        if at is not None and at < len(cells) and cells[at] and at != header.first("title") and item["indicators"]:
            last = item["indicators"][-1]
            last["name"] = join_wrapped(last["name"], cells[at])
        at = header.first("departments")
        if at is not None and at < len(cells) and cells[at]:
            names = item["departments"]
            if names and not is_department(names[-1]) and not names_a_member(names[-1]):
                # 「市民課・デジタ」 over 「ル推進課」; 「市民」 over 「課、税務課」: the name's rest and a 課 more
                add_departments(item, join_wrapped(names.pop(), cells[at]))
            else:
                _add_under_parent(item, cells[at])

    def kind_indicator(self, item: Initiative, header: Header, cells: list[str], name: str) -> Indicator:
        """The row's indicator a column names: its own name (「手続数」 of 「手続数・基準値(R5)」), or a kind whose 名 column
        names it on the row (「成果指標」 of 「成果指標基準値（R4）」, by the 「成果指標名」 cell); made when not read yet."""
        named = next(
            (
                squash(cells[j])
                for j, c in header.columns.items()
                if c.role == "indicator" and c.name == name and j < len(cells) and cells[j].strip()
            ),
            name,
        )
        found = next((i for i in item["indicators"] if i["name"] == named), None)
        if found is None:
            found = indicator(named)
            item["indicators"].append(found)
        return found

    def by_code(self, code: str | None) -> Initiative | None:
        """The initiative read before with ``code``, if exactly one has it — or one listed twice under one title (a
        施策体系 copied as lines, then the item detailed: one initiative once, ``generic._once``), its last listing."""
        found = self.coded.get(code) if code else None
        if not found or len({"".join(nfkc(item["title"]).split()) for item in found}) != 1:
            return None
        return found[-1]

    def fill(
        self,
        item: Initiative,
        row: list[Cell],
        cells: list[str],
        location: Location,
        state: _State,
        named: str | None = None,
    ) -> None:
        header = state.header
        unread = sorted({c.fy for c in header.halves.values() if c.role == "actual" and c.fy is not None})
        if unread and not self.halves_warned:
            self.halves_warned = True
            years = "、".join(f"{fy}年度" for fy in unread)
            self.out.warn(
                location,
                f"上半期・下半期の実績は年度の実績として読みませんでした（累計かどうか分からないため。{years}）。"
                "各取組の備考に残しています。",
            )
        parts = _numbered_lines(row, header) if named is None else None
        if parts is not None:
            # 「①オンライン化した手続数⏎②電子申請の利用率」 over 「①85手続⏎②12.4％」: each numbered line an indicator
            for part in parts:
                self.fill(item, part, _texts(part), location, state)
            return
        ind: Indicator | None = None
        first = header.by_role()[1]
        indicator_at = first.get("indicator")
        if (plan_column := first.get("in_plan")) is not None and id(item) not in self.in_plan:
            # unmarked until a row of it says otherwise (``_outside_the_plan``)
            self.in_plan[id(item)] = (item, False, squash(header.labels.get(plan_column) or "DX"), location)
        if named is not None:  # the indicator's row under its initiative (「指標：…」)
            ind = next((i for i in item["indicators"] if i["name"] == named), None)
            if ind is None:
                ind = indicator(named)
                item["indicators"].append(ind)
        elif (
            indicator_at is not None
            and indicator_at != first.get("title")
            and indicator_at < len(row)
            and not (header.indicator_under_title and _row_kind(header, cells) == "title")  # the 取組's own row
        ):
            cell = row[indicator_at]
            # 「申請書を書かずに⏎済んだ件数」 typed over two lines (Alt+Enter) is one name; 「②オンライン申請の割合」
            name = ENTRY_NUMBER.sub("", squash(functools.reduce(join_wrapped, cell.text.split("\n"))))
            current = state.current_indicator
            if cell.origin == "above" and current is not None:
                ind = current
            elif (
                not name
                and current is not None
                and any(i is current for i in item["indicators"])
                and _row_measure(header, cells) is not None
            ):
                # 「実績 | 192 | 271」 under its indicator's 「目標」 row, the name not merged down over both (a text's
                # table): the 区分 cell's measure of the indicator above
                ind = current
            elif name and not is_no_value(name) and not excel_error(name) and not _REPOSTED.fullmatch(nfkc(name)):
                column = header.columns[indicator_at]
                whole = (
                    indicator_from_text(name, column.fy or self.plan_end)
                    if (column.fy is not None and "target" not in first)
                    # 「電子申請できる手続数　5件（R6）→40件（R11）」 in a table with no value columns: its figures
                    or (not {"baseline", "target"} & set(first) and _FIGURES_IN_NAME.search(name))
                    else None
                )
                if whole is not None and whole["final_target"] is not None and whole["name"] != name:
                    # 「対応窓口 25か所」 under 「KPI（令和9年度）」: the indicator and its target
                    item["indicators"].append(whole)
                    ind = whole
                else:
                    ind = next((i for i in item["indicators"] if i["name"] == name), None)
                    if ind is None:
                        ind = indicator(name)
                        item["indicators"].append(ind)
        elif indicator_at is not None and indicator_at == first.get("title"):
            ind = item["indicators"][0] if item["indicators"] else None
            if ind is None:
                ind = indicator(item["title"])
                item["indicators"].append(ind)
        dated = _row_years(header, cells)
        measure = _row_measure(header, cells)
        unit: str | None = None
        span: dict[str, int] = {}  # the 開始 and 終了 years of the work
        unnamed: Indicator | None = None  # made for a row that names no indicator in the indicator column
        for i, column in header.ordered():
            if i >= len(row):
                continue
            if measure is not None and column.role in ("schedule", "target", "actual") and column.fy is not None:
                if row[i].origin == "above":
                    # 「目標値（R9）」 merged down over a 取組's 「計画」 and 「実績」 rows (桐ヶ谷市's 進捗管理表, batch 42): the
                    # figure is the row above's, read there, no actual of its year (first read: the R9 target an R9 actual)
                    continue
                # a 目標 / 実績 row under years across (「区分 | 2024 | 2025」): that year's value — also under a group
                # header naming both (「年度別の目標・実績」 over 「R6 | R7」, read as 実績 for the label's last word)
                column = Column(measure, column.fy)
            elif column.role == "value":
                if measure is None:
                    continue
                # open data, a row a figure (「年度 | 区分 | 値」 2024 | 実績値 | 1230): the 区分's measure of the
                # row's year
                column = Column(measure, dated.get("any"))
            elif _dated_by_row(column, dated) and _figures_dated_by_row(header, dated):
                # a table in long form, a row a 取組 a year (「取組ID | 年度 | 計画内容 | 目標値 | 実績値」: 水晶谷町's export,
                # batch 45 — first read one final target and 実績 of no year): the row's 年度 dates its figures
                column = Column(column.role, dated["any"], column.unit)
            written = cells[i]  # the cell's text on one line, blanks squashed
            if not written and row[i].bar and column.role == "schedule" and column.fy is not None:
                # an empty year cell a bar covers (drawn in a PDF, shaded in a workbook): a year of
                # the schedule, the label of the year before carried on as an arrow carries it
                if not _scheduled(item, column):
                    before = item["schedule"][-1] if item["schedule"] else None
                    carried = (
                        before["label"]
                        if before is not None and _slot(before) == column.slot_before()
                        else None
                    )
                    # 「凡例 ■ 実施 ■ 検討・準備」: the colour's words, else the label of the year before carried on
                    painted = self.paints.get(row[i].paint or "")
                    item["schedule"].append({"fy": column.fy, "half": column.half, "label": painted or carried})
                continue
            if not written or is_no_value(written):
                continue
            if excel_error(written):
                if row[i].origin == "own":
                    self.out.warn(location, error_value(header.labels.get(i) or column.role, written))
                continue
            cell = row[i]
            text = cell.text.strip()
            role = column.role
            if role == "departments" and column.name is not None:
                # a 役割分担 matrix: ◎ the 課 in charge, ○ one working with them (in charge where the row marks none ◎)
                mark = nfkc(written).strip()
                if mark in _IN_CHARGE or (mark in _WORKS_WITH and not _marks_in_charge(header, cells)):
                    add_departments(item, column.name)
                elif mark in _WORKS_WITH:
                    add_related(item, [column.name])
                continue
            if role == "departments" and (
                cell.origin == "own" or (cell.origin == "above" and not item["departments"])
            ):
                # a 担当課 merged down over two initiatives' rows is each one's
                if _DITTO.fullmatch(written):  # 「同上」「〃」: the 担当課 of the row above
                    item["departments"] += [name for name in self.above if name not in item["departments"]]
                elif (at := header.first("title")) is not None and not (cells[at] if at < len(cells) else ""):
                    _add_under_parent(item, _unglued(text))  # a row of the 取組 above, no title of its own
                else:
                    add_departments(item, _unglued(text))
                self.above = list(item["departments"])
            elif role in ("summary", "purpose", "background", "actions") and cell.origin == "own":
                add_text(item, role, text)
                if role == "summary" and "any" in dated and _figures_dated_by_row(header, dated):
                    # the 計画内容 of a long form's row: that year's step (a 「－」 year none: left out above)
                    fy_step = Column("schedule", dated["any"])
                    if not _scheduled(item, fy_step):
                        item["schedule"].append({"fy": dated["any"], "half": None, "label": schedule_label(text)})
            elif role == "in_plan":
                mark = nfkc(written).strip()
                if mark in _PLAN_MARKS:
                    self.in_plan[id(item)] = (item, True, squash(header.labels.get(i) or "DX"), location)
                else:
                    self.in_plan_text = True  # words in the column: no marks of the plan's rows
            elif role == "priority" and cell.origin == "own" and not item["priority"]:
                # 「★」 in a 重点 column: the column's word says what it is (a rank 「A」「1」 is its own)
                item["priority"] = priority_of(written, squash(header.labels.get(i) or "重点"))
            elif role == "note" and cell.origin == "own":
                add_note(item, text, squash(nfkc(header.labels.get(i) or "").replace("\n", "")) or None)
            elif role == "schedule" and column.fy is not None:
                if written.upper() == "FALSE":
                    continue  # a checkbox left unticked (a spreadsheet's TRUE / FALSE): no step that year
                if nfkc(written).strip() in _NOT_THIS_YEAR:
                    continue  # 「〇 | △ | ×」 a year: 「×」 the year it is not worked on (凡例 「× 実施しない」)
                explained = self.legend.get(nfkc(text).replace(" ", ""))  # 「━」 with 「凡例 ━：検討・準備」
                label: str | None = explained or schedule_label(text)
                if (
                    explained is None
                    and is_arrow(text)
                    and item["schedule"]
                    and _slot(item["schedule"][-1]) == column.slot_before()
                ):
                    label = item["schedule"][-1]["label"]  # 「導入 →」: the arrow carries the label on
                if not _scheduled(item, column):
                    item["schedule"].append({"fy": column.fy, "half": column.half, "label": label})
            elif role == "schedule" and cell.origin == "own" and is_date_text(text) and (fy := fy_of(text)):
                # 実施期間 as dates in cells of their own (2025/10/1 | 〜 | 2027/3/31): the first starts the
                # work, the last ends it; one date alone is that year
                span.setdefault("start", fy)
                span["end"] = fy
            elif role == "schedule" and cell.origin == "own":
                from .common import schedule_from_text

                schedule_from_text(item, _span_opened_left(cells, i, header) + text, self.plan_end)
            elif role == "budget" and cell.origin == "own":
                self.budget(item, column, text, location)
            elif role == "municipality":
                self.out.meta.setdefault(
                    "municipality", written
                )  # 「市区町村名」 of open data: the same on every row
            elif role == "plan_name" and written:
                self.out.meta.setdefault("plan_name", written)  # 「計画名」 of a system's export: on every row
            elif role == "unit" and column.name is not None and cell.origin != "left":
                # 「成果指標単位」: the unit of the row's indicator of that kind
                of = self.kind_indicator(item, header, cells, column.name)
                of["unit"] = of["unit"] or written
            elif role == "unit" and cell.origin != "left":
                unit = written  # 「件」「%」: given to the row's indicator once the row is read
            elif role in ("start", "end") and cell.origin == "own" and (fy := _span_year(written)) is not None:
                span[role] = fy
            elif column.name is not None and role == "indicator":
                continue  # 「成果指標名」: the name its kind's value columns find their indicator by
            elif column.name is not None and cell.origin != "left":
                # 「手続数・基準値(R5)」: the value of the indicator its column names, this row's initiative's (or of the
                # indicator of its kind the row names: 「成果指標基準値（R4）」 of the 「成果指標名」 cell's)
                of = self.kind_indicator(item, header, cells, column.name)
                self.value(of, column, text, written, dated.get(role))
                if column.unit and not of["unit"]:
                    of["unit"] = column.unit
            elif role == "progression" and cell.origin != "left":
                # 「120手続→400手続」 under 「現状値（R5）→目標値（R10）」: the baseline, then the target
                if ind is None:
                    if cell.origin == "above":
                        continue
                    ind = self.unnamed_indicator(item, header, "target", text)
                    state.current_indicator = ind
                for part, value_column in zip(
                    _PROGRESSION_ARROW.split(written, maxsplit=1),
                    (Column("baseline", column.fy), Column("target", column.until)),
                    strict=False,
                ):
                    if part.strip() and not is_no_value(part.strip()):
                        self.value(ind, value_column, part.strip(), part.strip())
                if ind["final_target"] is None and ind["targets"]:
                    ind["final_target"] = ind["targets"][-1].copy()  # the one target the column states
                unit = unit or column.unit
            elif role in ("baseline", "target", "actual", "rate", "evaluation") and cell.origin != "left":
                if ind is None:
                    if cell.origin == "above":
                        continue
                    held = len(item["indicators"])
                    ind = self.unnamed_indicator(item, header, role, text)
                    if indicator_at is not None and len(item["indicators"]) > held:
                        unnamed = ind  # a row whose indicator column is empty: kept only for its figures
                    state.current_indicator = ind
                self.value(ind, column, text, written, dated.get(role))
                if role == "target" and ind["final_target"] is None and _sole_target(header) == i:
                    # 「目標値（R8）」 the table's one target, no 実績 beside it: the indicator's final target (a
                    # 前期 block's, its plan running on to R11)
                    ind["final_target"] = next((t.copy() for t in ind["targets"] if t["fy"] == column.fy), None)
                if column.unit and not column.unit.endswith("円") and role != "rate":
                    unit = unit or column.unit  # 「目標値(R9)（件）」: the header gives the unit
        if "start" in span:
            # 開始 2024/4/1, 終了 2027/3/31: the work runs R6 to R8 (to the plan's end when no 終了 is written)
            last = span.get("end", self.plan_end or span["start"])
            for fy in range(span["start"], min(last, span["start"] + 15) + 1):
                if not any(e["fy"] == fy for e in item["schedule"]):
                    item["schedule"].append({"fy": fy, "half": None, "label": "実施"})
        if unnamed is not None and not _has_figures(unnamed):
            # the KPI columns of a 取組 without KPI left empty but its 状況 (「planned」): no indicator
            item["indicators"].remove(unnamed)
            ind = None if ind is unnamed else ind
            if state.current_indicator is unnamed:
                state.current_indicator = None
        if ind is not None:
            state.current_indicator = ind
            if unit is not None and not ind["unit"]:
                ind["unit"] = unit  # the 単位 column says it: not guessed from the values
            if ind["targets"] and _figures_dated_by_row(header, dated):
                # a long form's rows, each a year's target: the latest is the final one, as each row comes
                ind["final_target"] = max(ind["targets"], key=lambda t: t["fy"] or 0).copy()
            if ind["final_target"] is None and ind["targets"] and _targets_to_plan_end(header, self.plan_end):
                # 「R7目標 | R8目標 | R9目標」 of 「20 | 15 | －」 (the 取組 ends in R8): the last target stated is the final
                # one, as the plan's last year's is for the others (first read: no final target)
                ind["final_target"] = max(ind["targets"], key=lambda t: t["fy"] or 0).copy()

    def unnamed_indicator(self, item: Initiative, header: Header, role: str, text: str) -> Indicator:
        """A KPI list without an indicator column: the target's words name the indicator."""
        name = item["title"]
        if role in ("target", "baseline", "actual"):
            name = name_before_number(text) or name
        ind = next((i for i in item["indicators"] if i["name"] == name), None)
        if ind is None:
            ind = indicator(name)
            item["indicators"].append(ind)
        return ind

    def value(
        self, ind: Indicator, column: Column, text: str, written: str, row_fy: int | None = None
    ) -> None:
        """Add a value cell to ``ind``: ``text`` as written (stripped), ``written`` the row's cleaned
        text of it (on one line, blanks squashed; not a no-value: ``fill`` left those out);
        ``row_fy`` the year the row gives the value in a column of its own (目標年度, TARGET_FY)."""
        role = column.role
        if column.ago is not None and self.review_fy is not None:
            column = Column(role, self.review_fy - column.ago, column.unit)  # 「前年度評価」 of a 令和６年度 report: 2023's
        if role in ("evaluation", "rate"):
            latest: int | None = None  # the latest year with an actual (a loop: asked of every row's marks)
            for actual in ind["actuals"]:
                fy = actual["fy"]
                if fy and (latest is None or fy > latest):
                    latest = fy
        if role == "evaluation":
            ind.setdefault("evaluations", [])
            rated: dict[str, Any] = {"fy": column.fy or self.review_fy or latest, "text": squash(text)}
            if rated not in ind["evaluations"]:
                ind["evaluations"].append(rated)
            return
        if role == "rate":
            found = parse_number(text)
            ind.setdefault("achievement_rates", [])
            rate: dict[str, Any] = {
                "fy": column.fy or self.review_fy or latest,
                "value": found[0] if found else None,
                "text": squash(text),
            }
            if rate not in ind["achievement_rates"]:
                ind["achievement_rates"].append(rate)
            return
        if role == "baseline":
            if ind["baseline"] is None:
                ind["baseline"] = written_value(written, column.fy or row_fy)
            return
        if role == "target" and column.fy is None and self.sheet_fy in self.targets_by_sheet:
            column = Column(role, self.sheet_fy, column.unit)  # a sheet a year's 目標値: that year's target
        if role == "target":
            if column.fy is None:
                if ind["final_target"] is None:
                    ind["final_target"] = written_value(written, row_fy or self.plan_end)
                return
            entry = written_value(written, column.fy)
            if entry is not None:
                entry["fy"] = column.fy
                add_dated(ind["targets"], entry)
                if column.fy == self.plan_end and ind["final_target"] is None:
                    ind["final_target"] = entry.copy()
            return
        yearly = dated_parts(written) if column.fy is None else []
        if len(yearly) >= 2 and all(parse_number(rest) or is_no_value(rest) for _, _, rest in yearly):
            # 「R5:24手続　R6:38手続」 in one 実績 cell: each year's actual (「R5:―」 none that year)
            for fy, _half, rest in yearly:
                if not is_no_value(rest) and (each := written_value(rest, fy)) is not None:
                    each["fy"] = fy
                    add_dated(ind["actuals"], each)
            return
        entry = written_value(written, column.fy or row_fy or self.review_fy)
        if entry is not None:
            if column.fy is not None:
                entry["fy"] = column.fy
            add_dated(ind["actuals"], entry)

    def budget(self, item: Initiative, column: Column, text: str, location: Location) -> None:
        found = parse_number(text)
        if found is None:
            return
        amount, unit = found
        fy = column.fy
        if fy is None:
            from .common import budget_from_text

            if budget_from_text(item, text, column.unit):
                return
            fy = self.review_fy
        if fy is None:
            item.setdefault(
                "budget_total",
                {
                    "amount": amount,
                    "unit": unit if unit.endswith("円") else column.unit or "千円",
                    "text": squash(text),
                },
            )
            return
        if not any(b["fy"] == fy for b in item["budget"]):
            item["budget"].append(
                {"fy": fy, "amount": amount, "unit": unit if unit.endswith("円") else column.unit or "千円"}
            )


#: The column heads of a table counting grades (a 集計 under or after the plan's table).
_TALLY_HEADS = frozenset(("A", "B", "C", "D", "E", "S", "◎", "○", "△", "×", "計", "合計"))


#: A cell's line that is one entry of a numbered list: 「①85手続」 (its number, its text).
_NUMBERED_LINE = lazy_re(r"\s*([①-⑳])\s*(.*\S)\s*")
#: A cell's line that is one entry of a list of 「・」 bullets (Alt+Enter in one cell): 「・45手続」 (its text).
_BULLETED_LINE = lazy_re(r"\s*[・･•◦▪]\s*(.*\S)\s*")
#: The numbers of a list's entries, in order.
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
#: The columns a numbered line of an indicator's cell has its own line in: its figures and unit.
_PER_INDICATOR = frozenset(("indicator", "unit", "baseline", "target", "actual", "rate", "evaluation"))


def _numbered_lines(row: list[Cell], header: Header) -> list[list[Cell]] | None:
    """A row whose indicator cell lists two indicators or more a line each, numbered 「①…⏎②…」 or bulleted 「・…⏎・…」
    (Alt+Enter in one cell), as a row per indicator: the first the row with each indicator's column (name, unit, figures)
    holding its first line, the others those columns only, each its same-numbered line (a figure cell of one
    line, unnumbered, is the first indicator's). None for any other row."""
    at = header.first("indicator")
    if at is None or at >= len(row) or at == header.first("title") or row[at].origin != "own":
        return None
    lines = [line for line in row[at].text.split("\n") if line.strip()]
    found = [_NUMBERED_LINE.fullmatch(line) for line in lines]
    numbers = [m.group(1) for m in found if m is not None]
    bulleted = False
    if len(numbers) < 2 or len(numbers) != len(lines) or "".join(numbers) != _CIRCLED[: len(numbers)]:
        # 「・電子申請できる手続数⏎・電子申請の利用件数」 over 「・45手続⏎・3,200件」: a line each in the same order
        if not 2 <= len(lines) <= len(_CIRCLED) or not all(_BULLETED_LINE.fullmatch(line) for line in lines):
            return None
        numbers, bulleted = list(_CIRCLED[: len(lines)]), True
    parts = [list(row)] + [[Cell("") for _ in row] for _ in numbers[1:]]
    for i, column in header.columns.items():
        if column.role not in _PER_INDICATOR or i >= len(row) or row[i].origin != "own":
            continue
        texts = [line for line in row[i].text.split("\n") if line.strip()]
        if bulleted:
            texts = [m.group(1) if (m := _BULLETED_LINE.fullmatch(line)) else line.strip() for line in texts]
            each = {numbers[0]: texts[0] if len(texts) == 1 else row[i].text}
        else:
            each = {m.group(1): m.group(2) for line in texts if (m := _NUMBERED_LINE.fullmatch(line))}
            if len(each) != len(texts):  # unnumbered: a line each in order, or one figure the first indicator's
                each = {numbers[0]: row[i].text}
        if len(texts) == len(numbers) and (bulleted or len(each) != len(texts)):
            each = dict(zip(numbers, texts, strict=True))
        for number, part in zip(numbers, parts, strict=True):
            part[i] = Cell(each.get(number, ""))
    return parts


def _targets_to_plan_end(header: Header, plan_end: int | None) -> bool:
    """Whether a header has a target column a year, two years or more one after another, up to the plan's last year
    (「R7目標 | R8目標 | R9目標」 of a plan to R9), each the row's indicator's (not one kind's of two: 活動指標 目標（R6）
    beside 成果指標 目標（R8））."""
    columns = [header.columns[i] for i in header.by_role()[2].get("target", ())]
    years = sorted({c.fy for c in columns if c.fy is not None})
    return (
        plan_end is not None
        and len(years) >= 2
        and years[-1] == plan_end
        and years == list(range(years[0], plan_end + 1))
        and all(c.name is None for c in columns)
    )


def _sole_target(header: Header) -> int | None:
    """The column of a header's one target, when it names its year and the header has no 実績 (「指標 | 単位 |
    現状値（R5） | 目標値（R8）」): the figure the indicator is to reach, its final target whatever the plan's last
    year; None for a header of yearly targets, or of a year's target beside its 実績 (a year's progress)."""
    roles = header.by_role()[2]
    targets = roles.get("target", ())
    if len(targets) != 1 or roles.get("actual") or header.columns[targets[0]].fy is None:
        return None
    if any(c.role == "actual" for c in header.halves.values()):
        return None  # 「目標 | 上半期実績 | 下半期実績」 under a year, the halves left notes: a year's progress all the same
    return targets[0]


def _card_rows(table: Table) -> bool:
    """Whether a table without a header is a card of label | value rows, most of its rows opening with a label of the
    dictionary (「取組番号 | 1-1 | 担当課 | デジタル推進課」 「取組名 | …」 「実施年度 | …」, a sheet a 取組): no rows going on
    with the list before it, however as wide (穂高台市's first sheet, right after its 一覧 of four columns, had had its
    「令和６年度の実施状況」 row read as a 取組 of the list)."""
    firsts = [cells[0].strip() for row in table.rows if (cells := _texts(row)) and cells[0].strip()]
    labelled = [text for text in firsts if classify(text, loose=False) is not None]
    return len(firsts) >= 3 and len(labelled) * 3 >= len(firsts) * 2


def _years_row(cells: list[str]) -> bool:
    """A row of years only (「R7 | R8 | R9 | R10」): the head of a small 工程表 of its own, not rows that
    go on with the table before it."""
    filled = [c for c in cells if c]
    return len(filled) >= 2 and all(year_cell_fy(c) is not None for c in filled)


def _tally_header(cells: list[str]) -> bool:
    """Whether a row is the header of a count of grades: 「担当課 | A | B | C | D | 計」 (three grade
    letters or marks and a 計), which a print of a workbook may set right under the plan's rows."""
    if not any(c.endswith("計") for c in cells):
        return False  # asked of every row: most have no 計 at all
    words = [w for c in cells for w in nfkc(c).split()]
    heads = [w for w in words if w in _TALLY_HEADS]
    return len(heads) >= 4 and any(w in ("計", "合計") for w in heads) and len(heads) * 2 >= len(words)


def _row_measure(header: Header, cells: list[str]) -> str | None:
    """The role a row's figures have when a 区分 cell says it (「目標」「実績値」) and the header's
    years are across (「区分 | 2024 | 2025 | 2026」: each row one measure of the indicator); a row
    the 区分 says is an indicator's (「指標」 under a 「取組」 row) gives that year's targets."""
    for i in header.by_role()[2].get("section", ()):
        if i < len(cells) and (found := measure_of(cells[i])) is not None:
            return found
        if i < len(cells) and (found := _PLANNED_OR_GRADED.get(nfkc(cells[i]).strip())) is not None:
            years = [cells[j] for j in header.of("schedule") if j < len(cells) and cells[j] and header.columns[j].fy]
            if found == "evaluation" or (years and all(parse_number(y) or is_no_value(y) for y in years)):
                return found  # 「計画 | 90 | 120」 the year's targets, 「評価 | A | A」 its grades; 「計画 | 検討」 steps
    return "target" if _row_kind(header, cells) == "indicator" else None


#: A 区分 cell of a row of the years: 「計画」 (the planned figures) and 「評価」 (each year's grade).
_PLANNED_OR_GRADED = {"計画": "target", "評価": "evaluation", "進捗": "evaluation"}


def _marks_in_charge(header: Header, cells: list[str]) -> bool:
    """Whether a row of a 役割分担 matrix marks a 課 in charge (◎), its ○ then the 課 working with it."""
    return any(
        column.role == "departments" and column.name is not None and i < len(cells) and nfkc(cells[i]).strip() in _IN_CHARGE
        for i, column in header.columns.items()
    )


def _add_under_parent(item: Initiative, text: str) -> None:
    """The 担当課 of a row continuing the row above added to the item's: under a 部 or 委員会 the row above ended with,
    the 課 where it sits (「教育委員会」 over 「学校教育課」 is 学校教育課, as the two lines in one cell are; 萱野町's
    小中学校のＩＣＴ教育 had been given both), else a 課 more (「総務課、」 over 「議会事務局」)."""
    names = item["departments"]
    if names and names[-1].endswith(PARENT_SUFFIXES):
        text = names.pop() + "\n" + text
    add_departments(item, text)


def _rest_of_above(row: list[Cell], cells: list[str], above: list[str] | None, header: Header) -> bool:
    """For ``TableReader.wraps_above`` in a table without numbers: whether a row of text is the rest of the row above's
    cells — each cell it writes is one the row above writes too, and one of them stops short there (「キャッシュレス決済の」
    over 「導入」, 「会計室、」 over 「住民課」, 「…手数料等に」 over 「…を導入します。」), or it writes the 取組名 alone
    under a row that wrote more (「電子決裁・文書管理」 over 「システムの導入」: a 取組 of its own has its 内容 or 所管)."""
    if above is None:
        return False
    written = [i for i, text in enumerate(cells) if text.strip() and row[i].origin == "own"]
    if not written or any(i >= len(above) or not above[i].strip() for i in written):
        return False
    title_at = header.first("title")
    if title_at is not None and written == [title_at]:
        own = [i for i, column in header.columns.items() if column.role in ("departments", "schedule", "summary")]
        return (
            any(i < len(above) and above[i].strip() for i in own)
            and not is_known(cells[title_at])
            and marker(cells[title_at]) is None
        )
    prose = {i for i, column in header.columns.items() if column.role == "summary"}
    return any((_PROSE_GOES_ON if i in prose else _STOPS_SHORT).search(above[i].strip()) for i in written)


#: A cell's line that stops short of its end: after a particle, a comma or a 中黒.
_STOPS_SHORT = lazy_re(r"[のをにとやへ、，,・]$")
#: A line of prose that stops mid-sentence.
_PROSE_GOES_ON = lazy_re(r"[^。．.）)」』]$")


def _units_wrapped(table: Table, header: Header, start: int) -> Table:
    """A numbered table whose every wrapped line of a cell is a row of its own (a PDF's cell lines extracted as rows:
    「1 | 電子申請の | … | デジタル推 | 電子申請で | 45 | 200 | R6～」 over 「 | 拡充 | … | 進課 | きる手続数 | 手続 | 手続 |
    R10」), with the rows below its number joined to it where they carry a figure's unit under the figure (「45」 over
    「手続」) or the end of a span under its start (「R6～」 over 「R10」): a row of text alone is left to
    ``TableReader.wraps_above``, but such a row, whose cells are the same cells' rest, is no row of its own."""
    code_at = header.first("code")
    if code_at is None:
        return table
    rows: list[list[Cell]] = []
    locations: list[Location] = []
    for r, row in enumerate(table.rows):
        if r > start and rows and _unit_rest(rows[-1], row, header, code_at):
            rows[-1] = [
                dataclasses.replace(a, text=_rest_joined(a.text, b.text, header.columns.get(i)))
                if b.origin == "own" and b.text.strip()
                else a
                for i, (a, b) in enumerate(zip(rows[-1], row, strict=False))
            ] + rows[-1][len(row) :]
            continue
        rows.append(list(row))
        locations.append(table.row_location(r))
    if len(rows) == len(table.rows):
        return table
    return dataclasses.replace(table, rows=rows, row_locations=locations)


_DIGITS = lazy_re(r"\d+")
#: One number of a 取組 as a No. cell writes it: 「4」「10」「1-2」「(3)」「③」.
_ONE_NUMBER = lazy_re(r"^(?:\(?\d+(?:-\d+)*\)?|[①-⑳])$")


def _rows_typed_in_one(table: Table, header: Header, start: int) -> Table:
    """A row whose No. cell holds two numbers or more, a line each (「4⏎5」 typed with Alt+Enter), and whose title cell
    as many lines is that many 取組 typed in one row — a person adding a 取組 to the row of a like one (槙尾村's
    「公共施設予約のオンライン化⏎施設使用料のキャッシュレス化」, batch 41: read as one 取組 「4 5」 of both titles run
    together): a row each, a cell of as many lines giving each its line (the indicators and their figures), any other
    cell (one 担当課 for both, a 実施年度) shared. A title wrapped under one number stays one 取組, and so does a 施策 over
    its 取組 (「1⏎(1)」: numbers written otherwise); a 部 over its 課 in the 担当課 cell (「総務部⏎情報政策課」) is both's."""
    code_at, title_at = header.first("code"), header.first("title")
    if code_at is None or title_at is None:
        return table
    departments = {i for i, column in header.columns.items() if column.role == "departments"}
    rows: list[list[Cell]] = []
    locations: list[Location] = []
    for r, row in enumerate(table.rows):
        parts = _typed_rows(row, code_at, title_at, departments) if r >= start else None
        rows.extend(parts or [row])
        locations.extend([table.row_location(r)] * len(parts or [row]))
    if len(rows) == len(table.rows):
        return table
    return dataclasses.replace(table, rows=rows, row_locations=locations)


def _typed_rows(row: list[Cell], code_at: int, title_at: int, departments: set[int]) -> list[list[Cell]] | None:
    """The 取組 typed in one ``row`` a row each (``_rows_typed_in_one``), or None where the row is one 取組."""
    if max(code_at, title_at) >= len(row) or row[code_at].origin != "own" or row[title_at].origin != "own":
        return None
    codes = [nfkc(line.strip()) for line in row[code_at].text.split("\n") if line.strip()]
    titles = [line for line in row[title_at].text.split("\n") if line.strip()]
    if len(codes) < 2 or len(titles) != len(codes) or not all(_ONE_NUMBER.match(code) for code in codes):
        return None
    if len({_DIGITS.sub("0", code) for code in codes}) > 1:
        return None  # 「1⏎(1)」: a 施策 and its 取組, one over the other
    out = []
    for k in range(len(codes)):
        cells = []
        for i, cell in enumerate(row):
            lines = [line.strip() for line in cell.text.split("\n") if line.strip()]
            stacked = i in departments and any(nfkc(line).endswith("部") for line in lines[:-1])
            own = cell.origin == "own" and len(lines) == len(codes) and not stacked
            cells.append(dataclasses.replace(cell, text=lines[k]) if own else cell)
        out.append(cells)
    return out


def _unit_rest(above: list[Cell], row: list[Cell], header: Header, code_at: int) -> bool:
    """Whether ``row`` is the wrapped rest of ``above``'s cells with a unit or a span's end among them (``_units_wrapped``)."""
    if code_at >= len(row) or row[code_at].text.strip() or code_at >= len(above) or not above[code_at].text.strip():
        return False
    rest = False
    for i, cell in enumerate(row):
        text = cell.text.strip()
        if not text or cell.origin != "own":
            continue
        column = header.columns.get(i)
        if column is None or i >= len(above) or not above[i].text.strip():
            return False  # (a cell the row above leaves empty: the row's own)
        if column.role in ("baseline", "target", "actual"):
            if _DIGIT.search(nfkc(text)) or len(text) > 4 or not _DIGIT.search(nfkc(above[i].text)):
                return False  # a figure of its own: a second indicator's
            rest = True
        elif column.role == "schedule":
            if column.fy is not None or not _SPAN_OPEN.search(above[i].text.strip()) or year_in(text) is None:
                return False  # a year's mark, or a step of its own
            rest = True
        elif column.role not in TableReader._WRAPPING:
            return False
    return rest


#: A span of years left open at a cell's line end: 「R6～」「令和6年度から」.
_SPAN_OPEN = lazy_re(r"(?:[～〜~\-－‐]|から)$")
_DIGIT = lazy_re(r"[0-9]")


def _rest_joined(text: str, rest: str, column: Column | None) -> str:
    """A cell's text with its wrapped rest: two 課 names on two lines stay two (「総務課」 over 「財政課」)."""
    if column is not None and column.role == "departments" and is_department(text.split()[-1] if text.split() else ""):
        return f"{text}\n{rest}"
    return join_wrapped(text, rest)


def _row_kind(header: Header, cells: list[str]) -> str | None:
    """``title`` or ``indicator`` when a 区分 cell names the row's kind (「取組」「事業」「指標」「成果指標」),
    or the header says a row without a number under a 取組's is its indicator's."""
    for i in header.by_role()[2].get("section", ()):
        if i < len(cells) and (kind := row_kind_of(cells[i])) is not None:
            return kind
    if header.indicator_under_title and (code := header.first("code")) is not None:
        return "title" if code < len(cells) and cells[code] else "indicator"
    return None




def year_cell_fy(text: str) -> int | None:
    """The fiscal year of a 年度 cell: 「2024」「令和6年度」「R6」."""
    t = nfkc(text).strip()
    if t.isdigit() and len(t) == 4:
        return int(t)
    found = year_in(t)
    return found[0] if found is not None and not found[1].strip("()（）末") else None


def _has_figures(ind: Indicator) -> bool:
    """Whether an indicator has a figure: a baseline, target or actual with a value."""
    values = [ind["baseline"], ind["final_target"], *ind["targets"], *ind["actuals"]]
    return any(v is not None and v["value"] is not None for v in values)


def _span_year(text: str) -> int | None:
    """The year a 開始 / 終了 cell gives: 「令和7年度」「2024/4/1」 (its fiscal year), or a bare 「2025」 of an export's
    start_fy / end_fy."""
    return fy_of(text) or year_cell_fy(text)


def _long_form(table: Table, header: Header) -> Header:
    """The header, ``long_form`` set where a bare 「年度」 column dates the rows and one 取組 — the same number, or the same
    title where there is no number — stands on two rows or more of different years (「K-1 | 令和6年度」「K-1 | 令和7年度」:
    a 進捗管理システム's export). A table of a row a 取組 (「番号 | 取組名 | 年度 | 目標値」, a report of one year with
    「令和6年度」 on every row) is none: its 年度 is the 取組's year, its figures as before."""
    years = [i for i in header.of("year") if header.columns[i].of is None]
    at = header.first("code")
    at = header.first("title") if at is None else at
    if not years or at is None:
        return header
    seen: dict[str, set[int]] = {}
    for row in table.rows[header.row + header.height :]:
        cells = _texts(row)
        fy = year_cell_fy(cells[years[0]]) if years[0] < len(cells) else None
        if fy is None or at >= len(cells) or not cells[at].strip():
            continue
        held = seen.setdefault(nfkc(cells[at]).strip(), set())
        held.add(fy)
        if len(held) >= 2:
            header.long_form = True
            break
    return header


def _figures_dated_by_row(header: Header, dated: dict[str, int]) -> bool:
    """Whether a row's figures are of the year its own 年度 cell gives: a table in long form, a row a 取組 a year
    (「取組ID | 年度 | 目標値 | 実績値」) — a 年度 column that dates no one role (not 基準年度 / 目標年度), a year in this row's,
    and no value column that names its own year (「R6目標」: a table of years across, whose 年度 cell is something else)."""
    if "any" not in dated or not header.long_form:
        return False
    return not any(c.fy is not None for c in header.columns.values() if c.role in ("target", "actual", "baseline"))


def _dated_by_row(column: Column, dated: dict[str, int]) -> bool:
    """Whether ``column``'s figure in a row is of the row's own 年度 (``_figures_dated_by_row`` asked of the header
    first): a 目標値 / 実績値 / 評価 column of no year and no indicator of its own kind."""
    return (
        "any" in dated
        and column.fy is None
        and column.name is None
        and column.role in ("target", "actual", "evaluation")
    )


def _row_years(header: Header, cells: list[str]) -> dict[str, int]:
    """The fiscal years a row gives in columns of their own (基準年度 | 目標年度, BASE_FY), by the
    role of the values they date."""
    out: dict[str, int] = {}
    columns = header.columns
    for i in header.by_role()[2].get("year", ()):  # the year columns, left to right
        column = columns[i]
        if column.of is None and i < len(cells) and (fy := year_cell_fy(cells[i])) is not None:
            out.setdefault("any", fy)  # 「年度」 of a row a figure: the year of whatever the row gives
            continue
        if column.of and i < len(cells) and cells[i]:
            if is_date_text(cells[i]):  # a date Excel stored (「2028/3/31」): its fiscal year, April to March
                dated = fy_of(cells[i])
                if dated is not None:
                    out[column.of] = dated
                continue
            found = year_in(cells[i])
            if found is not None and not found[1].strip("()（）末"):
                out[column.of] = found[0]
            elif _DAY.search(cells[i]) and (dated := fy_of(cells[i])) is not None:
                out[column.of] = dated  # 「令和6年3月31日」 (基準日, 目標時期): the fiscal year the day falls in
    return out


#: A date to the month or the day (「令和6年3月31日」「2024年3月末」「2028年3月」「2024/3/31」「R6.3.31」): the fiscal year
#: it falls in.
_DAY = lazy_re(r"[0-9０-９]{1,2}\s*月|[0-9]{4}/[0-9]{1,2}/[0-9]{1,2}|[RH][0-9]{1,2}\.[0-9]{1,2}\.[0-9]{1,2}")


#: An initiative's number as a KPI table keys its rows by it: 「1-1」「2-3-1」「A-2」「１．２」 (NFKC).
_CODE_SHAPE = lazy_re(r"^[A-Za-z]?[0-9]{1,2}(?:\s*[-‐－ー.．]\s*[0-9]{1,3}){1,3}$")


def coded_kpi_header(table: Table, plan_start: int | None = None, plan_end: int | None = None) -> Header | None:
    """The header of a KPI table keyed by the numbers of initiatives detailed elsewhere (「施策 | 成果指標 |
    現状値（令和５年度） | 目標値（令和11年度）」 over 「1-1 | オンライン申請できる手続数 | 86手続 | 250手続」 at the end of a
    chapter) — or of a 工程 table keyed so (「取組 | R7 | … | R10」 over 「1-1-1 | 拡大 | → | …」) — its number column as
    the code; None for any other table (one with a title column is a plan's table of its own)."""
    header = find_header(table)
    if header is None:
        return None
    figures = header.first("indicator") is not None and any(header.of(role) for role in ("baseline", "target", "actual"))
    # 「取組 | R7 | R8 | R9 | R10」 over 「1-1-1 | 拡大 | → | …」: a 施策's 工程 table naming its 取組 by number alone (白樫町's
    # Word plan, batch 42: first read no schedule at all), the years those 取組's
    steps = (
        header.first("indicator") is None
        and len(header.of("schedule")) >= 2
        and _steps_drawn(table, header, plan_start, plan_end)
    )
    if not figures and not steps:
        return None
    rows = table.rows[header.row + header.height :]
    for i, column in header.ordered():
        if column.role not in ("code", "section", "title"):
            continue  # 「施策」 over numbers is taken for the titles where no column names them
        values = [squash(nfkc(row[i].own_text)) for row in rows if i < len(row) and row[i].own_text.strip()]
        if not values or sum(1 for v in values if _CODE_SHAPE.match(v)) * 3 < len(values) * 2:
            return None
        if any(c.role == "title" for j, c in header.columns.items() if j != i):
            return None  # 「番号 | 取組名 | 指標 …」: the plan's own table, its titles beside the numbers
        return dataclasses.replace(header, columns={**header.columns, i: Column("code")})
    return None


def _steps_drawn(table: Table, header: Header, plan_start: int | None, plan_end: int | None) -> bool:
    """Whether the cells under a table's years are a 工程's steps — words, arrows, ● — not amounts (a 事業費 table 「取組 |
    R7 | R8」 over 「1-1-1 | 1,200 | 800」), and its years within the plan's period where it is known (not a 前計画's R4–R6
    in a plan of R7–R10): batch 42's review, a 工程 table by number first taken from either."""
    at = header.of("schedule")
    years = [header.columns[i].fy for i in at]
    if any(fy is not None and ((plan_start and fy < plan_start) or (plan_end and fy > plan_end)) for fy in years):
        return False
    below = table.rows[header.row + header.height :]
    written = [text for row in below for i in at if i < len(row) and (text := squash(nfkc(row[i].own_text)))]
    return bool(written) and not any(_FIGURE.fullmatch(text) and any(c.isdigit() for c in text) for text in written)


def sheet_year(name: str | None) -> int | None:
    """The fiscal year a sheet's name gives it (「R5実績」「令和6年度」「2024年度」), None for a name of no year or of two
    (「R5-R9」)."""
    if not name:
        return None
    found = year_in(name)
    if found is None or year_in(found[1]) is not None:
        return None
    return found[0]


def _plan_of_the_year(table: Table, header: Header, fy: int | None) -> Header:
    """A workbook kept a sheet a year: its 「計画」 column (that year's step, 「拡大」「周知」, 「－」 none) is the 工程 of the
    sheet's year ``fy`` (青嵐町's 進捗管理表, batch 43: first no schedule; None for a sheet of a workbook of fewer than two
    sheets named by a year — one 「令和６年度改定版」 sheet is the plan's edition, its 「計画」 the plan's whole). 「計画」
    alone labels no column elsewhere — it heads a 計画値 or the 計画 of a 計画 | 実績 pair as often — so only in a table
    of no 工程 column of its own, and only where no cell of it is a figure (a 計画値 is no step) or names a year (「R6～R9」
    「R6検討、R7から導入」「毎年度実施」: the whole plan's span, no one year's step)."""
    if fy is None or header.of("schedule"):
        return header
    at = [i for i, label in header.labels.items() if key(label) == key("計画") and i not in header.columns]
    if len(at) != 1:
        return header
    written = [
        text
        for row in table.rows[header.row + header.height :]
        if at[0] < len(row) and row[at[0]].origin == "own" and (text := squash(row[at[0]].text))
    ]
    if any(parse_number(text) is not None or year_in(text) is not None or "年度" in text for text in written):
        return header
    return dataclasses.replace(header, columns={**header.columns, at[0]: Column("schedule", fy)})


def _measure_form(table: Table) -> list[str] | None:
    """The 担当課 a 施策's sheet states, a form of label | value pairs (「施策番号 | 1-1 | 施策名 | … 」 over 「担当課 | 市民課 |
    関係課 | …」): the 課 in charge of the 施策, whose 取組 it lists under it with no 担当課 of their own (藤ヶ丘市's
    施策評価シート, batch 43: first read of no 課). Only a form naming a 施策 (its 施策名 or 施策番号) — a plan's cover
    of 「計画名 | … | 担当課 | 企画課」 names who wrote the plan, no 課 of its 取組 — and the 担当課 field, not the 関係課 or
    連携課 (a 課 working with it); a form naming a 取組 too (「取組名 | …」: a 取組's own card) is none. A field labelled
    「担当課」 itself is taken before another of the role (「担当部局 | 総務部 | 担当課 | 情報政策課」: 情報政策課), and only a
    value naming 課 (or 室) alone — 「総務部」 is a 部 over many 課, no 取組's 課. A 施策's form of no such field is [] (its
    取組 have no 課 from it, nor the 課 of the 施策 before); any other table None."""
    named = False
    found: list[tuple[bool, str]] = []  # (labelled 「担当課」 itself, the value) of each 担当課 field
    for row in table.rows:
        # (a form's cells of their own: a label, its value, a label …; a value merged across the row is one cell)
        cells = [text for cell in row if cell.origin == "own" and (text := " ".join(cell.text.split()))]
        for label, written in zip(cells[::2], cells[1::2], strict=False):
            column = classify(label, loose=False) if label else None
            if column is None:
                continue
            if column.role in ("title", "code"):
                if not nfkc(label).startswith("施策"):
                    return None  # the 取組's own card: its 担当課 is its own, read with it
                named = True
            elif column.role == "departments" and not any(w in label for w in ("関係", "連携")) and _names_ka(written):
                found.append((key(label) == key("担当課"), written))
    if not named:
        return None
    found.sort(key=lambda field: not field[0])  # (a stable sort: the 「担当課」 field first, else the first field)
    return [found[0][1]] if found else []


def _names_ka(written: str) -> bool:
    """Whether a form's value names 課 alone (「市民課」「市民課、会計課」「デジタル推進室」), no 部 or 「全課」「－」."""
    names = [n for n in re.split(r"[、，,・/／\s]+", nfkc(written)) if n]
    return bool(names) and all(n.endswith(("課", "室")) and n != "全課" for n in names)


def _targets_by_sheet(
    document: Document, header_of: Any, plan_start: int | None, plan_end: int | None
) -> frozenset[int]:
    """The years of a workbook kept a sheet a year (「令和７年度」「令和８年度」: ``sheet_year``) whose one undated 目標値
    column gives each sheet's year's target — none (an empty set) where the 目標値 is the plan's final target, read on
    every sheet as before (青嵐町's 進捗管理表, batch 43: every sheet's target was read as R7's, the final target the
    first sheet's 40).

    A final target is one figure however many years report on it, and is revised now and then, so only where MOST 取組
    seen on two sheets or more have a different figure on each (compared as figures: 「80手続」「８０手続」「80 手続」「80」
    are one) is the 目標値 the year's. Only sheets of this plan's years count (a 「R2」 or 「R5（前計画）」 sheet is the plan
    before's record, its targets no year's of this plan), and only where one of them is the plan's last year's — sheets
    of the first years alone (「R6実績」「R7実績」 mid-plan) leave the undated 目標値 the final target it is there, and a
    plan of no period read dates none. ``header_of`` is the table reader's own (the header it reads the sheet by)."""
    if plan_start is None or plan_end is None:
        return frozenset()
    years: set[int] = set()
    figures: dict[str, dict[int, float]] = {}  # a 取組's title → its 目標値's figure on each sheet's year
    for page in document.pages:
        fy = sheet_year(page.name)
        if fy is None or not plan_start <= fy <= plan_end or "前" in (page.name or ""):
            continue
        for block in page.blocks:
            if not isinstance(block, Table):
                continue
            header = header_of(block)
            if header is None or (title_at := header.first("title")) is None:
                continue
            targets = header.of("target")
            if len(targets) != 1 or header.columns[targets[0]].fy is not None:
                continue
            years.add(fy)
            for row in block.rows[header.row + header.height :]:
                cells = _texts(row)
                title, target = (cells[at] if at < len(cells) else "" for at in (title_at, targets[0]))
                if title and (found := parse_number(target)) is not None:
                    figures.setdefault(title, {})[fy] = found[0]
    if len(years) < 2 or plan_end not in years:
        return frozenset()
    seen = [by_year for by_year in figures.values() if len(by_year) >= 2]
    changed = [by_year for by_year in seen if len(set(by_year.values())) >= 2]
    return frozenset(years) if seen and 2 * len(changed) > len(seen) else frozenset()


def join_coded_kpi(
    document: Document, collector: Collector, *, plan_end: int | None = None, plan_start: int | None = None
) -> None:
    """Add the rows of the KPI tables keyed by number (``coded_kpi_header``) to the initiatives of those
    numbers in ``collector`` (read from the text: cards, an outline); a row whose number no initiative
    has is said in a warning, not made an initiative of its indicator."""
    reader = TableReader(collector, plan_end=plan_end)
    reader.join_only = True
    for item in collector.initiatives:
        if item["code"]:
            reader.coded.setdefault(plain_code(item["code"]), []).append(item)
    for table in document.tables():
        header = coded_kpi_header(table, plan_start, plan_end)
        if header is None:
            _join_named_indicators(table, collector, reader)
            continue
        record = header.first("target") is None and _before(table.location, collector.initiatives)
        stated = {id(item): copy.deepcopy(item["indicators"]) for item in collector.initiatives if item["indicators"]}
        reader.rows(table, _State(header), header.row + header.height)
        if record:
            _only_their_own(collector, stated, table.location)
    for item in collector.initiatives:
        for ind in item["indicators"]:
            finish_indicator(ind)


#: What stands between the numbers of a 取組's 関連ＫＰＩ cell: 「K2-1、K2-2」「K2-1,K2-2」「K2-1 K2-2」.
_CODE_LIST = lazy_re(r"[、,，・/／\s]+")


def _indicator_lists(table: Table) -> list[tuple[Header, int, int]]:
    """The lists of indicators each under a number of its own in ``table`` (「ＫＰＩ番号 | 指標名 | 単位 | 基準値（R6） | R7 |
    … | R10」, 椿台町's ＫＰＩ一覧, batch 42): each list's header, its number column and the row after its last — a column
    labelled as the indicators' number (``INDICATOR_NUMBER``) beside the indicator's name and its figures, its rows those
    whose number has letters first (``INDICATOR_CODE``), up to the first row numbered otherwise (a 取組's 「2」 after its
    own sub-list: a print may set a list under each 取組's row, or all under the 取組's rows, as one table; ``_indicator_rows``)
    and its header naming the baseline or targets."""
    found: list[tuple[Header, int, int]] = []
    for r, row in enumerate(table.rows):
        labels = _texts(row)
        if (rows := _indicator_rows(table, r)) is None:
            continue
        at, end = rows
        columns = _header_columns(labels, None, None)
        roles = {c.role for c in columns.values()}
        if at in columns or "indicator" not in roles or "title" in roles:
            continue
        # (bare years after the 基準値: each year's target, ``_years_after_baseline`` — by the list's own rows)
        own = dataclasses.replace(table, rows=table.rows[:end])
        header = _years_after_baseline(own, Header(columns, r, 1, [[key(c) for c in labels]], dict(enumerate(labels))))
        if any(header.of(role) for role in ("baseline", "target")):
            found.append((header, at, end))
    return found


def _indicator_rows(table: Table, r: int) -> tuple[int, int] | None:
    """The number column of a list of indicators whose header is row ``r`` (``_opens_indicator_list``) and the row after
    its last: the rows numbered with letters first (``INDICATOR_CODE``) up to the first numbered otherwise. None where
    no row under it is so numbered (「1-1」「2-1」: a 取組's numbers as much as an indicator's)."""
    labels = _texts(table.rows[r])
    if not _opens_indicator_list(labels):
        return None
    at = next(i for i, text in enumerate(labels) if text and INDICATOR_NUMBER.fullmatch(key(text)))
    end = coded = r + 1
    while end < len(table.rows):
        number = squash(nfkc(table.rows[end][at].own_text)) if at < len(table.rows[end]) else ""
        if number and not INDICATOR_CODE.fullmatch(number):
            break
        coded += bool(number)
        end += 1
    return (at, end) if coded > r + 1 else None


def _opens_indicator_list(cells: list[str]) -> bool:
    """Whether a row is the header of a list of indicators under numbers of their own: a cell labelled as the indicators'
    number (「ＫＰＩ番号」「指標番号」) and another naming the indicator (「指標名」), no title (``_indicator_lists``)."""
    keys = [key(text) for text in cells if text and len(text) <= 24]
    if not any(INDICATOR_NUMBER.fullmatch(k) for k in keys):
        return False
    roles = [column.role for text in cells if text and len(text) <= 24 and (column := classify(text)) is not None]
    return roles.count("indicator") >= 2 and "title" not in roles


def _join_named_indicators(table: Table, collector: Collector, reader: TableReader) -> None:
    """The indicators of the lists keyed by their own numbers (``_indicator_lists``) given to the 取組 that name them by
    those numbers (「関連ＫＰＩ | K2-1、K2-2」 in the 取組's table, read as an indicator named 「K2-1、K2-2」): each such
    stand-in becomes the indicators of its numbers, with their figures (first read: ten 取組 of indicators named 「K1-1」
    and no figure). An indicator two 取組 name is each one's (a copy); a stand-in naming a number the list lacks, or one
    the list's rows gave nothing, stays as it was."""
    lists = _indicator_lists(table)
    if not lists:
        return
    listed = {
        plain_code(squash(nfkc(row[at].own_text)))
        for header, at, end in lists
        for row in table.rows[header.row + header.height : end]
        if at < len(row) and row[at].own_text.strip()
    }
    stand_ins: list[tuple[Initiative, Indicator, list[str | None]]] = []
    for item in collector.initiatives:
        for ind in item["indicators"]:
            codes = [c for c in _CODE_LIST.split(squash(nfkc(ind["name"]))) if c]
            if not codes or _has_figures(ind) or not all(INDICATOR_CODE.fullmatch(c) for c in codes):
                continue
            if all(plain_code(c) in listed for c in codes):
                stand_ins.append((item, ind, [plain_code(c) for c in codes]))
    if not stand_ins:
        return
    # each number read once, into an initiative of its own (a number two 取組 name is no one 取組's: ``by_code``)
    holders = {code: initiative(code, code or "", None) for _, _, codes in stand_ins for code in codes}
    saved = reader.coded
    reader.coded = {code: [holder] for code, holder in holders.items()}
    for header, at, end in lists:
        keyed = dataclasses.replace(header, columns={**header.columns, at: Column("code")})
        reader.rows(table, _State(keyed), header.row + header.height, end)
    reader.coded = saved
    joined: set[str | None] = set()
    for item, ind, codes in stand_ins:
        if not all(holders[code]["indicators"] for code in codes):
            continue  # never remove a stand-in its numbers gave nothing for
        place = next(i for i, other in enumerate(item["indicators"]) if other is ind)
        item["indicators"][place : place + 1] = [copy.deepcopy(k) for code in codes for k in holders[code]["indicators"]]
        joined.update(codes)
    for header, at, end in lists:
        numbers = {
            plain_code(squash(nfkc(row[at].own_text)))
            for row in table.rows[header.row + header.height : end]
            if at < len(row) and row[at].own_text.strip()
        }
        if numbers & joined:  # (a list no 取組 named: its warning stands)
            _said_joined(collector, table, header)


def _apart_indicators(count: int) -> str:
    """The warning for a table of indicators apart from the 取組's that no 取組 was given (``section_indicators``)."""
    return f"取組の表とは別の成果指標の表（{count}件）は取組の指標として読みませんでした"


#: ``_apart_indicators``'s warning, whatever its count (a sheet's name before it).
_APART = lazy_re(r"取組の表とは別の成果指標の表（[0-9]+件）は取組の指標として読みませんでした")


def _said_joined(collector: Collector, table: Table, header: Header) -> None:
    """Take back what ``section_indicators`` said of a list of indicators under numbers of their own, read before the
    取組 naming them were joined to it (``_join_named_indicators``): its rows are the 取組's indicators now (椿台町's
    ＫＰＩ一覧 through plain pdftotext, joined by 関連ＫＰＩ, first warned 「…成果指標の表（10件）は取組の指標として
    読みませんでした」); a number no 取組 names is said by the join (「成果指標の表の番号「K3-3」の取組が見つからない…」)."""
    location = table.row_location(header.row)
    said = where(location)
    # the sheet is named in the message only (``Collector.warn``): another sheet's table at the same row keeps its own
    prefix = f"{location}: " if location.sheet else ""
    for warning in [
        w
        for w in collector.warnings
        if (w.get("page"), w.get("line")) == (said.get("page"), said.get("line"))
        and w["message"].startswith(prefix)
        and _APART.fullmatch(w["message"][len(prefix) :])
    ]:
        collector.warnings.remove(warning)


def _before(location: Location, items: list[Initiative]) -> bool:
    """Whether a table stands before every 取組 (page and line; unknown: no)."""
    at = (location.page or 0, location.line)
    if at[1] is None:
        return False
    lines = [(item.get("page") or 0, item.get("line")) for item in items]
    return bool(lines) and all(line[1] is not None and at < line for line in lines)


def _only_their_own(collector: Collector, stated: dict[int, list[Indicator]], location: Location) -> None:
    """Undo what a table of no target, before the 取組, did to 取組 that state their own indicators (``stated``: theirs
    before it was read): such a table (「取組 | 成果指標 | 策定時（R3） | 実績（R5） | 評価」 in a 中間見直し's 第２章)
    records how the plan's first years went — some of its indicators the review replaced (竜胆台市's 1-3 「キャッシュレス
    対応窓口数」, now 「キャッシュレス納付の割合」) — and is no part of the 取組 as the plan states them; one warning says
    so. After the 取組 such a table is their progress (「番号 | 成果指標 | 基準値 | 実績（R5）」) and is read whole (the
    review's case), as it is for 取組 that state no indicator."""
    changed = False
    for item in collector.initiatives:
        own = stated.get(id(item))
        if own is not None and item["indicators"] != own:
            item["indicators"] = own
            changed = True
    if changed:
        collector.warn(
            location,
            "取組より前にある成果指標の表（目標値の列がない表）は、これまでの実績の記録として、"
            "取組ごとに書かれた成果指標には取り込みませんでした",
        )


def read_tables(document: Document, collector: Collector, **options: Any) -> int:
    """Read every one-row-per-initiative table of ``document`` into ``collector``; how many initiatives."""
    reader = TableReader(collector, **options)
    for table in document.tables():
        header = find_header(table, 0, options.get("overrides"))
        at = header.first("code") if header else None
        if header is not None and at is not None:
            column = reader.codes.setdefault(at, [])
            for row in table.rows[header.row + header.height :]:
                if at < len(row) and row[at].text.strip():
                    column.append(squash(nfkc(row[at].text)))
    return reader.read(document)


def column_letter_of(index: int) -> str:
    return column_letter(index + 1)
