"""延岡市情報政策推進計画 アクションプラン: overview table, one card per 施策, 全体工程表.

The plan describes each initiative up to three times: a row of the 施策体系 overview table
(broken by the PDF extraction: cells of merged rows land in the wrong columns), a detail card
(区分 国/市, 重点施策N, 概要, a schedule over the plan years, 担当課, KPI per year) and a row of
the 全体工程表 at the end. The card is the most complete and is what the initiative is built
from; the overview and the roadmap are matched to the cards by title, their other spellings
become ``aliases``, and what they say differently becomes a warning. Rows they have that no
card has still become initiatives, so nothing the plan lists is lost.

The card's table columns are not reliable either: the year header sometimes starts at the first
column or misses a year, and a row whose first label sits right after the department cell is
shifted one column to the left. The rules in ``_year_offset`` read both shapes.

The readers of a column-aligned text (``nobeoka_columns``) and of scattered cells
(``nobeoka_scattered``) are imported when such a text is read: every parse imports this module
to ask ``detect``, and most texts are neither.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import lru_cache
from typing import Any

from . import municipalities
from .cells import Labels
from .errors import USE_THE_PDF, ParseError
from .layout import layout_reader, one_block
from .planjson import (
    Indicator,
    Initiative,
    Plan,
    ScheduleEntry,
    Section,
    Value,
    indicator,
    initiative,
    plan_from,
    section,
    value,
    warn,
)
from .schedule_order import spread
from .text import (
    CIRCLED,
    common_unit,
    compact,
    department_names,
    is_no_value,
    join_broken,
    join_label,
    label_spans,
    lazy_re,
    nfkc,
    parse_number,
    plan_period,
    prose,
    series_direction,
    split_figures,
    squash,
    strip_footnotes,
    wareki,
    year_cell,
    year_month,
)

LAYOUT = "nobeoka"

LEVEL_PROJECT = "プロジェクト"
LEVEL_BASIC = "基本施策"
LEVEL_INDIVIDUAL = "個別施策"

_SCOPES = {"国": "national", "市": "local"}

_FOOTNOTE_LINE = lazy_re(r"^\s*(?:\^\{[^{}]{0,8}\}|※\s?\d{1,3}|\*\d{1,3})\s")
_PARAGRAPH_BREAK = lazy_re(r"</p>\s*<p>")
_TAG = lazy_re(r"</?p>")
_PROJECT = lazy_re(r"^プロジェクト\s*([0-9０-９]{1,2})\s*(.*)$")
_BASIC = lazy_re(r"^基本施策\s*《([^》]{1,80})》")
_CHAPTER = lazy_re(r"^第\s*(\d)\s*章")
_ROADMAP_HEADING = lazy_re(r"^(?:\d{1,2}\s*\.\s*)?全体工程表\s*$")
_PRIORITY = lazy_re(r"^重点施策\s*\d{1,3}$")
_MUNICIPALITY = lazy_re(r"^(\S{1,7}?[市町村区])")
_BEFORE_MARKER = lazy_re(rf"(\S)([{CIRCLED}])")
_KEY_DROP = set(" \t\u3000()（）「」『』【】・、，,.。．-ー‐－—―~～/／:：<>")
_KATAKANA = {code: code - 0x60 for code in range(0x30A1, 0x30F7)}

#: Lowest title similarity at which an overview / roadmap row is taken to mean a card.
_SIMILAR = 0.6


# --------------------------------------------------------------------------- text helpers


def _clean_title(text: str) -> str:
    """A title as written, without footnote marks and extraction blanks between CJK letters.

    A blank before a circled number stays: it separates the sub-items a title lists.
    """
    return _BEFORE_MARKER.sub(r"\1 \2", join_broken(strip_footnotes(text)))


def _clean_label(text: str) -> str:
    """A schedule label without footnote marks, a word the cell wrapped joined (text.join_label)."""
    return join_label(strip_footnotes(text))


def _clean_prose(text: str) -> str | None:
    """概要 text: HTML paragraph tags become line breaks, footnote marks go, prose stays."""
    text = _TAG.sub("", _PARAGRAPH_BREAK.sub("\n", text))
    return prose(strip_footnotes(p) for p in text.split("\n"))


@lru_cache(maxsize=4096)
def _key(text: str) -> str:
    """Matching key: NFKC, no marks, blanks or punctuation, katakana folded to hiragana."""
    folded = nfkc(strip_footnotes(text)).translate(_KATAKANA)
    return "".join(ch for ch in folded if ch not in _KEY_DROP)


def _is_year(cell: str) -> bool:
    return year_cell(cell) is not None


def _marker_only(cell: str) -> bool:
    """A Gantt row label such as "①", "① ②": it names the sub-task of the labels after it."""
    stripped = cell.replace(" ", "").replace("\u3000", "")
    return bool(stripped) and all(ch in CIRCLED for ch in stripped)


# --------------------------------------------------------------------------- intermediate records


class Row:
    """One source line split at tabs; ``line`` is 1-based. Cells are squashed once, here."""

    __slots__ = ("line", "cells", "clean", "texts", "head")

    def __init__(self, line: int, cells: list[str]) -> None:
        self.line = line
        self.cells = cells
        self.clean = [squash(c) for c in cells]
        #: (column, text) of the non-empty cells
        self.texts = [(i, c) for i, c in enumerate(self.clean) if c]
        #: the first cell normalised for matching labels such as "K P I", "区 分"
        self.head = nfkc(self.clean[0]).replace(" ", "") if self.clean and self.clean[0] else ""

    @property
    def first(self) -> str:
        return self.clean[0] if self.clean else ""

    def cell(self, index: int) -> str:
        return self.clean[index] if 0 <= index < len(self.clean) else ""


@dataclass
class Card:
    """A detail card as read, before it becomes an initiative."""

    line: int
    section: str | None
    title: str = ""
    title_line: int | None = None
    summary: list[str] = field(default_factory=list)
    scope: str | None = None
    priority: str | None = None
    has_kubun: bool = False
    departments: list[str] = field(default_factory=list)
    has_dept: bool = False
    schedule: list[tuple[int, str]] = field(default_factory=list)
    #: schedule entries whose year the card's columns leave open (see _schedule_cells)
    uncertain: set[tuple[int, str]] = field(default_factory=set)
    indicators: list[Indicator] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)


@dataclass
class Listed:
    """An initiative as the overview table or the 全体工程表 lists it."""

    line: int
    title: str
    section: str | None
    priority: int | None = None
    schedule: list[tuple[int, str]] = field(default_factory=list)


# --------------------------------------------------------------------------- sections


class Sections:
    """The plan's section tree, shared by the cards, the overview and the roadmap.

    Sections are found again by (parent, level, title key), so the roadmap's 基本施策 headings
    reuse what the cards created and only add what the cards did not have.
    """

    def __init__(self) -> None:
        self.items: list[Section] = []
        self._by_key: dict[tuple[str | None, str, str], str] = {}
        self._by_title: dict[tuple[str, str], str] = {}
        self._parents: dict[str, str | None] = {}
        self._children: dict[str | None, int] = {}

    def get(self, parent: str | None, level: str, code: str | None, title: str) -> str:
        title_key = _key(title)
        lookup = (parent, level, title_key)
        found = self._by_key.get(lookup)
        if found:
            return found
        count = self._children.get(parent, 0) + 1
        self._children[parent] = count
        key = f"{parent}.{count}" if parent else f"s{count}"
        self.items.append(section(key, parent, level, code, title))
        self._by_key[lookup] = key
        self._by_title.setdefault((level, title_key), key)
        self._parents[key] = parent
        return key

    def find(self, level: str, title: str) -> str | None:
        """Key of the first section of ``level`` whose title matches ``title`` (by key)."""
        wanted = _key(title)
        return self._by_title.get((level, wanted)) if wanted else None

    def parent_of(self, key: str | None) -> str | None:
        return self._parents.get(key) if key else None


@dataclass
class Context:
    """Where in the hierarchy the reader is: keys of the current project / 基本施策 / 個別施策."""

    project: str | None = None
    basic: str | None = None
    individual: str | None = None

    def innermost(self) -> str | None:
        return self.individual or self.basic or self.project


def _heading(row: Row, sections: Sections, ctx: Context, with_individual: bool) -> bool:
    """Read a プロジェクト / 基本施策 / 個別施策 heading into ``ctx``; False if it is none."""
    text = row.first
    if len(row.cells) == 1:
        m = _PROJECT.match(text)
        title = join_broken(m.group(2)) if m else ""
        if m and title:
            ctx.project = sections.get(None, LEVEL_PROJECT, nfkc(m.group(1)), title)
            ctx.basic = ctx.individual = None
            return True
        m = _BASIC.match(text)
        title = join_broken(m.group(1)) if m else ""
        if m and title:
            ctx.basic = sections.get(ctx.project, LEVEL_BASIC, None, title)
            ctx.individual = None
            return True
        return False
    if with_individual and text == LEVEL_INDIVIDUAL:
        name = _clean_title(next((t for i, t in row.texts if i > 0), ""))
        if name:
            parent = ctx.basic or ctx.project
            ctx.individual = sections.get(parent, LEVEL_INDIVIDUAL, None, name)
        return True
    return False


# --------------------------------------------------------------------------- splitting the text


def _is_heading(text: str) -> bool:
    """A chapter, 全体工程表 or プロジェクト heading: a line of its own, never a card's title."""
    t = nfkc(text)
    return bool(_CHAPTER.match(t) or _ROADMAP_HEADING.match(t) or _PROJECT.match(text) or _PROJECT.match(t))


def _years_width(cells: list[str], below: list[str]) -> int:
    """How many cells a card's row of years spans: up to its last year, and the empty cells after it where the rows
    under it fill them (a year printed nowhere: 「令和4年度 … 令和7年度」 and an empty cell over five figures) — not
    where they stay empty there too (a copy of a selection wider than the card: each row's empty cells after it)."""
    last = max(at for at, cell in enumerate(cells) if _is_year(cell)) + 1
    filled = max((at + 1 for raw in below for at, cell in enumerate(raw.split("\t")) if cell.strip()), default=0)
    return max(last, min(len(cells), filled))


def _years_in(raw: str) -> int:
    """How many cells of a line are a year (「令和3年度」): most lines have none, told by their 「年」."""
    return sum(1 for cell in raw.split("\t") if _is_year(cell)) if "年" in raw else 0


def _split_regions(lines: list[str]) -> tuple[list[Row], list[Row], list[Row]]:
    """Sort the lines into the overview table, the card pages and the 全体工程表.

    Headings switch regions; so do the table headers themselves, which keeps the split working
    when a heading is missing.
    """
    overview: list[Row] = []
    cards: list[Row] = []
    roadmap: list[Row] = []
    mode = "cards"
    width = 0  # cells of the card's row of years: its rows' empty last years may have lost their tabs
    years = [_years_in(raw) for raw in lines]  # each line's year cells, counted once
    following: list[int | None] = [None] * len(lines)  # the next line with words after each line
    upcoming: int | None = None
    for at in range(len(lines) - 1, -1, -1):
        following[at] = upcoming
        if lines[at].strip():
            upcoming = at
    for number, raw in enumerate(lines, start=1):
        text = raw.strip()
        if not text:
            continue
        cells = raw.split("\t")
        if (
            len(cells) > 1
            and not any(cell.strip() for cell in cells[1:])
            and (mode != "overview" or _is_heading(text) or text.startswith("横断的方針"))
        ):
            # a line of its own, as a sheet's row gives it (its row's empty cells after it); in the 施策体系 a
            # 施策名 the extraction set in the first cell is still a row
            cells = cells[:1]
        next_at = following[number - 1]
        after = lines[next_at].split("\t") if next_at is not None else [""]
        if (
            next_at is not None
            and years[next_at] >= 3
            and (not after[0].strip() or _is_year(after[0]))  # a card's row of years, not 「施策名 | 令和3年度 …」
            and len(cells) < len(after)
            and not _is_heading(text)  # 「プロジェクト2 地域を変えるDX」 a running header printed above the years
        ):
            # the card's title over its row of years (「住民票・…の研究」), its empty cells' tabs dropped
            cells += [""] * (len(after) - len(cells))
        if years[number - 1] >= 3:
            width = _years_width(cells, lines[number : number + 3])
            cells = cells[:width]
        elif width and len(cells) > width and not any(cell.strip() for cell in cells[width:]):
            cells = cells[:width]
        elif 1 < len(cells) < width:
            # 「担当課<TAB>各課<TAB><TAB>調査・研究<TAB>方針決定<TAB>導入・運用」: an editor (or a CSV saved by
            # Excel) dropped the tabs of the empty years at the end; the years are counted from the right
            cells += [""] * (width - len(cells))
        row = Row(number, cells)
        first = row.head
        if len(cells) == 1:
            chapter = _CHAPTER.match(nfkc(text))
            if chapter:
                mode = "cards" if chapter.group(1) == "2" else "other"
            elif _ROADMAP_HEADING.match(nfkc(text)):
                mode = "roadmap"
            elif text.startswith("横断的方針") or "各施策の取組概要" in text:
                mode = "cards"
            elif mode in ("overview", "other") and _PROJECT.match(text):
                mode = "cards"  # the card pages begin with a プロジェクト heading
        elif first == "目指すべきビジョン":
            mode = "overview"
        elif first == "施策名" and _is_year(row.cell(1)):
            mode = "roadmap"
        elif first in ("施策名", "区分") and mode in ("overview", "other"):
            mode = "cards"
        if mode == "overview":
            overview.append(row)
        elif mode == "roadmap":
            roadmap.append(row)
        elif mode == "cards":
            cards.append(row)
    return overview, cards, roadmap


# --------------------------------------------------------------------------- cards


def _year_offset(cells: list[str], n_years: int) -> int:
    """Column of the first plan year in a schedule row of a card.

    A card's rows are [担当課, dept, spacer, Y1..Yn] or, in narrower cards, [担当課, dept,
    Y1..Yn]. When the cell right after the department holds a label, the row is of the narrow
    kind (or shifted left by the extraction, as the KPI row of the same card shows).
    """
    if len(cells) > 2 and cells[2].strip():
        return 2
    return max(2, len(cells) - n_years)


def _schedule_cells(
    row: Row, years: list[int], plan: Plan, uncertain: set[tuple[int, str]]
) -> list[tuple[int, str]]:
    """(fy, label) for the labelled cells of one schedule row; row labels ①② prefix the rest.

    In a wide card (spacer column present) a row that starts right after the department is
    either the narrow kind or two Gantt rows the extraction put side by side, both starting
    in the first year. Its entries go into ``uncertain`` for the 全体工程表 to settle. A label
    continues over the empty year cells after it (text.label_spans).
    """
    start = _year_offset(row.cells, len(years))
    wide_but_shifted = start == 2 and len(row.cells) >= len(years) + 3
    for index in range(start + len(years), len(row.cells)):
        if _clean_label(row.cells[index]):
            warn(plan, row.line, f"工程表の列が年度の範囲を超えています: {_clean_label(row.cells[index])}")
    found: list[tuple[int, str]] = []
    prefix = ""
    spans = label_spans(row.cells[start:], len(years))
    side_by_side = wide_but_shifted and len(spans) > 1
    for first, last in spans:
        label = _clean_label(row.cells[start + first])
        if not label:
            continue
        if _marker_only(label):
            prefix = label.replace(" ", "")
            continue
        for offset in range(first, last + 1):
            found.append((years[offset], f"{prefix} {label}" if prefix else label))
            if side_by_side:
                uncertain.add(found[-1])
    return found


def _indicator_names(cell: str) -> list[str]:
    """Names in "K P I (参加者総数) (事業所総数)": the top-level parenthesised groups."""
    text = cell
    at = nfkc(text).replace(" ", "").find("KPI")
    if at < 0:
        return []
    # skip the letters K, P, I however they were spaced
    seen = 0
    index = 0
    while index < len(text) and seen < 3:
        if text[index] in "KPIＫＰＩ":
            seen += 1
        index += 1
    names: list[str] = []
    depth = 0
    current = ""
    for ch in text[index:]:
        if ch in "(（":
            if depth > 0:
                current += ch
            depth += 1
        elif ch in ")）" and depth > 0:
            depth -= 1
            if depth == 0:
                name = _clean_title(current)
                if name:
                    names.append(name)
                current = ""
            else:
                current += ch
        elif depth > 0:
            current += ch
    return names


def _direction(targets: list[Value]) -> str | None:
    """ "increase" when the yearly numeric targets rise and never fall; otherwise unknown.

    This is text.series_direction kept to its "increase": falling or flat targets do not tell
    which way is better here (9路線 then 5路線 is a plan for fewer routes per year, not a goal
    to reduce), so they stay null.
    """
    numbers = [t["value"] for t in targets if isinstance(t.get("value"), int | float)]
    return "increase" if series_direction(numbers) == "increase" else None


def _names_per_figure(name: str, cells: list[str]) -> list[str]:
    """One indicator name per figure when every filled cell holds the same units in the same
    order ("4,000人 100事業所" under one name -> 「name（人）」「name（事業所）」); else [name]."""
    shapes = set()
    for cell in cells:
        if is_no_value(cell):
            continue
        figures = split_figures(cell)
        shapes.add(tuple((parse_number(f) or (0, ""))[1] for f in figures))
    if len(shapes) != 1:
        return [name]
    (units,) = shapes
    if len(units) < 2 or len(set(units)) != len(units):
        return [name]
    return [f"{name}（{unit}）" for unit in units]


def _read_indicators(row: Row, years: list[int], plan: Plan) -> list[Indicator]:
    """The KPI row: one indicator per name, the last len(years) cells are the yearly targets."""
    names = _indicator_names(row.cells[0] if row.cells else "")
    n = len(years)
    cells = row.cells[1:]
    while len(cells) > n and not squash(cells[-1]):  # empty cells after the last year's (a sheet's columns
        cells = cells[:-1]  # beyond the card: a copy of a wider selection, its page saved from Calc)
    values = cells[-n:] if len(cells) >= n else cells
    columns = years[n - len(values) :]
    if len(cells) < n and any(squash(c) for c in cells):
        warn(plan, row.line, "KPI の年度列が足りません（右詰めで読みました）")
    if not names:
        if any(not is_no_value(squash(c)) for c in values):
            warn(plan, row.line, "KPI の名称がありません（「KPI」として読みました）")
            names = ["KPI"]
        else:
            return []
    if len(names) == 1 and any(" " in squash(c) for c in values):  # most cells: one figure
        names = _names_per_figure(names[0], [squash(c) for c in values])
    per_name: list[list[Value]] = [[] for _ in names]
    units: list[list[str]] = [[] for _ in names]
    for fy, raw in zip(columns, values, strict=False):
        text = squash(raw)
        if is_no_value(text):
            continue
        parts = [text] if len(names) == 1 else split_figures(text)
        if len(parts) != len(names):
            if all(is_no_value(p) for p in parts):
                continue
            warn(plan, row.line, f"KPI の値を指標に振り分けられません: {text}")
            continue
        for slot, slot_units, part in zip(per_name, units, parts, strict=True):
            if is_no_value(part):
                continue
            number = parse_number(part)
            slot.append(value(fy, number[0] if number else None, part))
            if number is not None:
                slot_units.append(number[1])
    return [
        indicator(name, "KPI", unit=common_unit(name_units), direction=_direction(targets), targets=targets)
        for name, targets, name_units in zip(names, per_name, units, strict=True)
    ]


class CardReader:
    """Reads the card pages row by row; one open card at a time."""

    def __init__(self, plan: Plan, sections: Sections, years: list[int] | None) -> None:
        self.plan = plan
        self.sections = sections
        self.years = years
        self.ctx = Context()
        self.cards: list[Card] = []
        self.open: Card | None = None
        self._warned_years = False

    def read(self, rows: list[Row]) -> list[Card]:
        for row in rows:
            with one_block(self.plan, row.line, "施策シートの行"):
                self._row(row)
        self._close()
        return self.cards

    def _close(self) -> None:
        card = self.open
        self.open = None
        if card is None:
            return
        if card.title:
            self.cards.append(card)
        else:
            warn(self.plan, card.line, "施策シートの施策名を読み取れません（このシートは取り込みません）")

    def _start(self, line: int) -> Card:
        self._close()
        self.open = Card(line=line, section=self.ctx.innermost())
        return self.open

    def _row(self, row: Row) -> None:
        if len(row.cells) == 1:
            if _heading(row, self.sections, self.ctx, with_individual=False):
                self._close()
            return
        first = row.head
        if _heading(row, self.sections, self.ctx, with_individual=True):
            self._close()
        elif first == "施策名":
            self._start(row.line)
        elif first == "区分":
            self._kubun(row)
        elif first == "担当課":
            self._department(row)
        elif first.startswith("KPI"):
            self._kpi(row)
        elif all(_is_year(t) for _, t in row.texts):
            return
        elif not row.first:
            self._continuation(row)
        else:
            self._title(row)

    def _kubun(self, row: Row) -> None:
        card = self.open
        if card is None or card.has_kubun or card.has_dept:
            card = self._start(row.line)
        card.has_kubun = True
        card.scope = _SCOPES.get(row.cell(1))
        if card.scope is None and row.cell(1):
            warn(self.plan, row.line, f"区分「{row.cell(1)}」は国・市のどちらでもありません")
        for _, text in (cell for cell in row.texts if cell[0] >= 2):
            if _PRIORITY.match(nfkc(text)):
                card.priority = nfkc(text).replace(" ", "")
            else:
                card.summary.append(text)

    def _title(self, row: Row) -> None:
        card = self.open
        if card is None:
            return  # prose tables outside the cards (目次, 関連計画)
        summary = [t for i, t in row.texts if i > 0 and not _is_year(t)]
        if not card.title:
            card.title = _clean_title(row.first)
            card.title_line = row.line
            card.summary.extend(summary)
        elif not card.has_dept and not summary and len(row.first) < 40:
            card.title = _clean_title(card.title + row.first)  # a title wrapped onto a second row
        else:
            warn(self.plan, row.line, f"施策シートの行を読み取れません: {row.first[:40]}")

    def _department(self, row: Row) -> None:
        card = self.open
        if card is None:
            warn(self.plan, row.line, "担当課の行が施策シートの外にあります")
            return
        card.has_dept = True
        card.departments = department_names(row.cell(1))
        self._schedule(card, row)

    def _continuation(self, row: Row) -> None:
        card = self.open
        if card is None:
            return
        if card.has_dept:
            self._schedule(card, row)
        else:
            card.summary.extend(t for _, t in row.texts if not _is_year(t))

    def _schedule(self, card: Card, row: Row) -> None:
        if self.years is None:
            if any(t for i, t in row.texts if i >= 2) and not self._warned_years:
                warn(self.plan, row.line, "計画期間が読み取れないため工程を年度に割り当てられません")
                self._warned_years = True
            return
        card.schedule.extend(_schedule_cells(row, self.years, self.plan, card.uncertain))

    def _kpi(self, row: Row) -> None:
        card = self.open
        if card is None:
            warn(self.plan, row.line, "KPI の行が施策シートの外にあります")
            return
        if self.years is None:
            warn(self.plan, row.line, "計画期間が読み取れないため KPI を年度に割り当てられません")
        else:
            card.indicators.extend(_read_indicators(row, self.years, self.plan))
        self._close()


# --------------------------------------------------------------------------- overview and roadmap


def _read_overview(rows: list[Row], sections: Sections, plan: Plan) -> tuple[str | None, list[Listed]]:
    """The 施策体系 table: its vision, and (title, priority number) per 施策 row.

    Merged cells make the columns meaningless, so a row's last text cell is taken as the 施策名
    and the text cells before it as the sections it names (matched against the cards'); a
    number after the title is its 重点施策掲載番号.
    """
    vision: str | None = None
    listed: list[Listed] = []
    ctx = Context()
    for row in rows:
        first = row.head
        if first == "目指すべきビジョン":
            vision = join_broken(row.cell(1)) or None
            continue
        if first == LEVEL_PROJECT or len(row.cells) == 1:
            continue
        texts = [(i, t) for i, t in row.texts if not nfkc(t).isdigit()]
        if not texts:
            continue
        title_at, title = texts[-1]
        for _, name in texts[:-1]:
            _overview_context(name, sections, ctx)
        number = next(
            (int(nfkc(t)) for i, t in row.texts if i > title_at and nfkc(t).isdigit() and len(t) <= 3), None
        )
        if _clean_title(title):
            # Only the プロジェクト is trusted: merged cells move 基本施策 / 個別施策 names to
            # the wrong rows (the 医療・介護 heading sits on the 防災 row).
            project = _project_of(ctx.innermost())
            listed.append(Listed(row.line, _clean_title(title), project, priority=number))
    return vision, listed


def _overview_context(name: str, sections: Sections, ctx: Context) -> None:
    """Move the overview's context to the section ``name`` names, if the cards have it."""
    if not name:
        return
    key = sections.find(LEVEL_PROJECT, name)
    if key:
        ctx.project, ctx.basic, ctx.individual = key, None, None
        return
    key = sections.find(LEVEL_BASIC, name)
    if key:
        ctx.project, ctx.basic, ctx.individual = sections.parent_of(key), key, None
        return
    key = sections.find(LEVEL_INDIVIDUAL, name)
    if key:
        ctx.individual = key
        return
    # A section the cards do not have (they were cut off): where the rows below belong is
    # unknown, and no section is better than the previous, wrong one.
    ctx.project = ctx.basic = ctx.individual = None


def _read_roadmap(rows: list[Row], sections: Sections, years: list[int] | None, plan: Plan) -> list[Listed]:
    """The 全体工程表: 施策名 then one cell per year; rows without a name continue the one above."""
    ctx = Context()
    columns: dict[int, int] = {}
    listed: list[Listed] = []
    for row in rows:
        if _heading(row, sections, ctx, with_individual=False) or len(row.cells) == 1:
            continue
        first = row.head
        if first == "施策名":
            columns = {i: fy for i, t in row.texts if (fy := year_cell(t)) is not None}
            continue
        if row.first:
            title = _clean_title(row.first)
            if not title:
                warn(plan, row.line, f"全体工程表の施策名を読み取れません: {row.first[:40]}")
                continue
            listed.append(Listed(row.line, title, ctx.basic or ctx.project))
        elif not listed:
            warn(plan, row.line, "全体工程表の行がどの施策のものか分かりません")
            continue
        if not columns and years:
            columns = {i + 1: fy for i, fy in enumerate(years)}
        listed[-1].schedule.extend(_roadmap_cells(row, columns, plan))
    return listed


def _roadmap_cells(row: Row, columns: dict[int, int], plan: Plan) -> list[tuple[int, str]]:
    """(fy, label) for one row of the 全体工程表; a label continues over the empty year cells
    after it (text.label_spans)."""
    found: list[tuple[int, str]] = []
    prefix = ""
    first_column = min(columns, default=1)
    slots = row.cells[first_column:]
    for index in range(1, first_column):
        if _clean_label(row.cells[index]) and not _marker_only(_clean_label(row.cells[index])):
            warn(plan, row.line, f"全体工程表の列の年度が分かりません: {_clean_label(row.cells[index])}")
        elif index < len(row.cells) and _marker_only(_clean_label(row.cells[index])):
            prefix = _clean_label(row.cells[index]).replace(" ", "")
    width = max(columns, default=0) - first_column + 1
    for index in range(first_column + width, len(row.cells)):
        if _clean_label(row.cells[index]):
            warn(plan, row.line, f"全体工程表の列の年度が分かりません: {_clean_label(row.cells[index])}")
    for first, last in label_spans(slots, width):
        label = _clean_label(slots[first])
        if not label:
            continue
        if _marker_only(label):
            prefix = label.replace(" ", "")
            continue
        for offset in range(first, last + 1):
            fy = columns.get(first_column + offset)
            if fy is None:
                warn(plan, row.line, f"全体工程表の列の年度が分かりません: {label}")
                break
            found.append((fy, f"{prefix} {label}" if prefix else label))
    return found


# --------------------------------------------------------------------------- matching


def _project_of(key: str | None) -> str | None:
    """The プロジェクト a section key belongs to (keys are paths: s2.1.3 -> s2)."""
    return key.split(".")[0] if key else None


def _match(listed: list[Listed], cards: list[Card], sections: Sections) -> dict[int, int]:
    """Pair overview / roadmap rows with cards: same key, then one contains the other, then similar.

    Each card is taken at most once. Similarity is only tried within the same プロジェクト and
    for what the cheaper rules left over, which keeps parsing fast.
    """
    pairs: dict[int, int] = {}
    taken: set[int] = set()
    card_keys = [_key(c.title) for c in cards]
    listed_keys = [_key(item.title) for item in listed]
    by_key: dict[str, list[int]] = {}
    for ci, key in enumerate(card_keys):
        by_key.setdefault(key, []).append(ci)
    for li, key in enumerate(listed_keys):
        free = [ci for ci in by_key.get(key, []) if ci not in taken]
        if key and free:
            pairs[li] = free[0]
            taken.add(free[0])
    for li, key in enumerate(listed_keys):
        if li in pairs or len(key) < 6:
            continue
        best, best_fit = None, 0.0
        for ci, ckey in enumerate(card_keys):
            if ci in taken or len(ckey) < 6:
                continue
            fit = _containment(key, ckey)
            if fit > best_fit:
                best, best_fit = ci, fit
        if best is not None:
            pairs[li] = best
            taken.add(best)
    for li, key in enumerate(listed_keys):
        if li in pairs or not key:
            continue
        project = _project_of(listed[li].section)
        best, best_score = None, _SIMILAR
        for ci, ckey in enumerate(card_keys):
            if ci in taken or (project and _project_of(cards[ci].section) != project):
                continue
            matcher = SequenceMatcher(None, key, ckey, autojunk=False)
            if matcher.quick_ratio() < best_score:
                continue
            score = matcher.ratio()
            if listed[li].priority is not None and cards[ci].priority == f"重点施策{listed[li].priority}":
                score += 0.2
            if score >= best_score:
                best, best_score = ci, score
        if best is not None:
            pairs[li] = best
            taken.add(best)
    return pairs


def _containment(a: str, b: str) -> float:
    """How well one title key contains the other: 1.0 for a title that continues the other
    ("…の推進 ①…②…" after "…の推進"), the length ratio for one inside the other (at least
    0.6, so that "テレワークの推進" is not found inside "…在宅勤務（テレワーク）の推進…")."""
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    if long.startswith(short):
        return 1.0
    if short in long and len(short) >= 0.6 * len(long):
        return len(short) / len(long)
    return 0.0


def _merge_schedule(entries: list[tuple[int, str]]) -> list[ScheduleEntry]:
    """One schedule entry per fiscal year; labels of the same year (two Gantt rows) joined by ／."""
    by_year: dict[int, list[str]] = {}
    for fy, label in entries:
        labels = by_year.setdefault(fy, [])
        if label not in labels:
            labels.append(label)
    return [{"fy": fy, "half": None, "label": "／".join(by_year[fy])} for fy in sorted(by_year)]


def _schedule_key(entries: list[tuple[int, str]]) -> list[tuple[int, str]]:
    return sorted((fy, _key(label)) for fy, label in entries)


def _describe(entries: list[tuple[int, str]]) -> str:
    ordered = sorted(entries, key=lambda entry: entry[0])
    return "、".join(f"{wareki(fy)} {label}" for fy, label in ordered) or "なし"


def _apply_roadmap(card: Card, item: Listed, plan: Plan) -> None:
    """Take the roadmap's schedule where the card has none; say so where the two disagree."""
    if item.title != card.title and item.title not in card.aliases:
        card.aliases.append(item.title)
    if not item.schedule:
        return
    if not card.schedule:
        card.schedule = list(item.schedule)
        return
    if card.uncertain:  # the 全体工程表 says where the bars of side-by-side labels are
        roadmap: dict[str, list[int]] = {}
        for fy, label in item.schedule:
            roadmap.setdefault(_key(label), []).append(fy)
        settled: list[tuple[int, str]] = []
        for fy, label in card.schedule:
            years = roadmap.get(_key(label))
            if (fy, label) not in card.uncertain or years is None:
                settled.append((fy, label))
            elif (years[0], label) not in settled:
                settled.extend((year, label) for year in years)
        card.schedule = settled
    if _schedule_key(card.schedule) != _schedule_key(item.schedule):
        warn(
            plan,
            item.line,
            f"全体工程表の工程が施策シートと異なります（施策シートを採用）: {card.title}: "
            f"全体工程表 {_describe(item.schedule)} / 施策シート {_describe(card.schedule)}",
        )


def _apply_overview(card: Card, item: Listed, plan: Plan) -> None:
    if item.title != card.title and item.title not in card.aliases:
        card.aliases.append(item.title)
    if item.priority is None:
        return
    label = f"重点施策{item.priority}"
    if card.priority is None and not card.has_kubun:
        card.priority = label
    elif card.priority != label:
        warn(
            plan,
            item.line,
            f"施策体系の重点施策掲載番号 {item.priority} が施策シート（{card.priority or 'なし'}）と異なります: {card.title}",
        )


# --------------------------------------------------------------------------- header


def _title_and_municipality(lines: list[str]) -> tuple[str, str]:
    """Plan title from the cover ("…計画 【アクションプラン】" -> "…計画 アクションプラン")
    and the municipality, from the letter-spaced cover line or the title's start."""
    # a cover line alone (in a sheet, with its row's empty cells after it)
    head = [squash(line) for line in lines[:20] if squash(line) and "\t" not in line.rstrip("\t ")]
    title = next((t for t in head if "計画" in t and len(t) <= 60 and "。" not in t and "、" not in t), "")
    if not title:
        title = next(
            (
                squash(x)
                for x in lines
                if "\t" not in x.rstrip("\t ") and "計画" in x and "アクションプラン" in x and len(x) <= 60
            ),
            "",
        )
    title = squash(re.sub(r"【([^】]*)】", r" \1 ", title))
    name = ""
    for text in head:
        joined = join_broken(text)
        if (
            len(joined) <= 6
            and joined.endswith(("市", "町", "村"))
            and (municipalities.lookup(joined)[1] or title.startswith(joined))
        ):
            name = joined
            break
    if not name:
        m = _MUNICIPALITY.match(title)
        name = m.group(1) if m else ""
    if not title:
        raise ParseError("計画名（表紙の「…計画」）が見つかりません。")
    if not name:
        raise ParseError("自治体名が見つかりません。")
    return title, name


def _published(lines: list[str]) -> str | None:
    """Cover date "令和3年12月" as "2021-12" (calendar year, not fiscal year)."""
    candidates = [x for x in lines[:20] if "\t" not in x] + [
        x for x in lines if "策定" in x and "\t" not in x
    ]
    for line in candidates:
        found = year_month(line)
        if found:
            return found
    return None


def _period(text: str, rows: list[Row]) -> tuple[int | None, int | None]:
    """ "令和3年度から令和7年度まで" in the text, else the first year header of a card."""
    for line in text.split("\n"):
        found = plan_period(line) if "から" in line and "まで" in line else None
        if found:
            return found
    for row in rows:
        fys = [fy for _, t in row.texts if (fy := year_cell(t)) is not None]
        if len(fys) >= 2 and fys == list(range(fys[0], fys[0] + len(fys))):
            return fys[0], fys[-1]
    return None, None


def _vision_from_prose(text: str, vision: str | None) -> str | None:
    """The overview cell has extraction blanks ("躍動する eまちのべおか"); the prose quotes the
    vision in 「」 without them. Prefer the prose spelling when it is the same text."""
    m = re.search(r"ビジョン「([^」]{4,120})」", text)
    if not m:
        return vision
    if vision is None or _key(m.group(1)) == _key(vision):
        return m.group(1)
    return vision


# --------------------------------------------------------------------------- entry points


#: The first letters of the labels ``detect`` counts (after NFKC, without blanks).
_CARD_LABEL_STARTS = "区担施K"


def detect(source: Any) -> float:
    """Score the card markers only this layout has: 区分 国/市 rows, 担当課 and K P I rows."""
    text = getattr(source, "text", None)
    if not text:
        return 0.0
    kubun = dept = kpi = header = 0
    # labels at the start of a line, however the cells are separated (tabs, blanks) and the
    # letters written (「K P I」「ＫＰＩ」)
    for line in text.split("\n"):
        first = nfkc(line[:40].lstrip()[:1])
        if first and first[0] not in _CARD_LABEL_STARTS and not first[0].isspace():
            continue  # no label can start the line: spares the NFKC of every line
        key = compact(line[:40])
        if key.startswith(("区分国", "区分市")):
            kubun += 1
        elif key.startswith("担当課"):
            dept += 1
        elif key.startswith("施策名"):
            header += 1
        elif key.startswith("KPI"):
            kpi += 1
    overview = "重点施策掲載番号" in text
    if not kubun and not header and not overview:
        return 0.0
    score = 0.35 * bool(kubun) + 0.15 * bool(header) + 0.15 * bool(dept) + 0.15 * bool(kpi)
    if "全体工程表" in text or overview:
        score += 0.2
    return round(min(score, 1.0), 2)


#: How this layout's card rows start, to restore them in text without tabs.
LABELS = Labels(rows=("個別施策", "施策名", "区分", "担当課", "KPI"), named_steps=True, exact=True)


def parse(source: Any) -> Plan:
    """Read the plan; a column-aligned text (``pdftotext -layout``) gets its cards back as tab
    rows first (nobeoka_columns: each card has columns of its own, which the generic column
    reader cannot find), keeping its line numbers."""
    text = getattr(source, "text", None)
    # The generic rendering of a column-aligned text (source.columns_of) is read from the text
    # itself too: both readings are then the same plan, and importers.parse keeps the one whose
    # line numbers are the file's.
    columns = getattr(source, "columns_of", None) or text
    if columns and "\t" not in columns and "\f" in columns and hasattr(source, "_lines"):
        from .nobeoka_columns import card_rows

        try:
            rows = card_rows(columns)
        except (IndexError, KeyError, ValueError, TypeError):  # unforeseen text: read it as it is
            rows = None
        if rows is not None:
            source = dataclasses.replace(source, text=rows, _lines=None)
    plan = _parse(source)
    if plan["initiatives"]:
        return plan
    # No card read row by row: the cells may have come out scattered (plain pdftotext,
    # pdfminer); the titles are still found with evidence, as a partial plan with a warning.
    scattered = _parse_scattered(source)
    if scattered["initiatives"]:
        return scattered
    raise ParseError(
        "施策（施策シート・全体工程表）が1件も見つかりません。表の読み順が崩れたテキスト"
        "（pdftotext の既定の出力など）は読めません。" + USE_THE_PDF
    )


@layout_reader("延岡市形式", LABELS)
def _parse(source: Any) -> Plan:
    """Read the plan: cards first (they define sections), then the overview and the roadmap."""
    text = source.text
    if not text:
        raise ParseError("テキストがありません。")
    lines: list[str] = source.lines
    title, name = _title_and_municipality(lines)
    overview_rows, card_rows, roadmap_rows = _split_regions(lines)
    period = _period(text, card_rows + roadmap_rows)
    years = list(range(period[0], period[1] + 1)) if period[0] and period[1] else None
    published = _published(lines)
    plan = plan_from(source, LAYOUT, municipality=name, title=title, published=published, period=period)
    sections = Sections()
    cards = CardReader(plan, sections, years).read(card_rows)
    vision, overview = _read_overview(overview_rows, sections, plan)
    plan["plan"]["vision"] = _vision_from_prose(text, vision)
    roadmap = _read_roadmap(roadmap_rows, sections, years, plan)
    extra = _merge(plan, cards, overview, roadmap, sections)
    plan["sections"] = sections.items
    plan["initiatives"] = [_initiative(card) for card in cards] + extra
    plan["warnings"].sort(key=lambda w: w["line"] or 0)
    return plan


@layout_reader("延岡市形式")
def _parse_scattered(source: Any) -> Plan:
    """Read the initiatives of a text whose card cells came out scattered (nobeoka_scattered):
    titles, sections and the 担当課 kept next to its label; the rest is named in one warning."""
    from . import nobeoka_scattered as scattered

    lines: list[str] = source.lines
    title, name = _title_and_municipality(lines)
    period = _period(source.text, [])
    years = list(range(period[0], period[1] + 1)) if period[0] and period[1] else None
    plan = plan_from(
        source, LAYOUT, municipality=name, title=title, published=_published(lines), period=period
    )
    found = scattered.read(lines, len(years) if years else None)
    if not found:
        return plan
    sections = Sections()
    items: list[Initiative] = []
    for item in found:
        parent = None
        if item.project:
            parent = sections.get(None, LEVEL_PROJECT, nfkc(item.project[0]), join_broken(item.project[1]))
        if item.basic:
            parent = sections.get(parent, LEVEL_BASIC, None, join_broken(item.basic))
        indicators: list[Indicator] = []
        if item.kpi and years and len(item.kpi[1]) == len(years) + 1:
            indicators = _read_indicators(Row(*item.kpi), years, plan)
        schedule: list[tuple[int, str]] = []
        if item.steps and years:
            # the steps' years are not in the text: laid over the header's years in their order
            # (schedule_order.spread), each continuing up to the next (text.label_spans)
            for row in spread(item.steps, len(years)):
                schedule.extend(
                    (years[offset], row[first])
                    for first, last in label_spans(row, len(years))
                    for offset in range(first, last + 1)
                )
        items.append(
            initiative(
                None,
                _clean_title(item.title),
                parent,
                departments=item.departments,
                indicators=indicators,
                schedule=_merge_schedule(schedule),
                line=item.line,
            )
        )
    with_departments = sum(bool(item["departments"]) for item in items)
    with_kpi = sum(bool(item["indicators"]) for item in items)
    with_schedule = sum(bool(item["schedule"]) for item in items)
    left_out = (
        "読み取れなかった担当課・KPI・スケジュールは"
        if with_schedule
        else "スケジュールと、読み取れなかった担当課・KPIは"
    )
    estimated = (
        f"スケジュールを{with_schedule}件、全体工程表の各行の工程を見出しの年度に順に割り振って推定しました"
        "（列の位置がテキストに残っていないため、各工程の開始年度は推定です）。"
        if with_schedule
        else ""
    )
    # a title read down a vertical first column is the card's own, not matched to the others
    how = (
        "施策シートの縦書きの列から読み取り"
        if found[0].vertical
        else "全体工程表・施策体系と照合して取り込み"
    )
    warn(
        plan,
        found[0].line,
        f"施策シートの表のセルが読み順どおりに並んでいないテキストです（pdftotext の既定の出力など）。"
        f"施策名{len(items)}件を{how}、担当課を{with_departments}件、"
        f"KPIを{with_kpi}件読み取りました（担当課は施策名の近くの記載から当てはめたため、確認してください）。"
        f"{estimated}{left_out}取り込んでいません。" + USE_THE_PDF,
    )
    plan["sections"] = sections.items
    plan["initiatives"] = items
    return plan


def _merge(
    plan: Plan, cards: list[Card], overview: list[Listed], roadmap: list[Listed], sections: Sections
) -> list[Initiative]:
    """Fold the roadmap and overview rows into the cards; what matches no card stays, once."""
    extra_cards: list[Card] = []
    matched = _match(roadmap, cards, sections)
    for li, ci in matched.items():
        _apply_roadmap(cards[ci], roadmap[li], plan)
    for li, item in enumerate(roadmap):
        if li not in matched:
            warn(plan, item.line, f"施策シートのない施策です（全体工程表から取り込みました）: {item.title}")
            extra_cards.append(
                Card(line=item.line, section=item.section, title=item.title, schedule=list(item.schedule))
            )
    pairs = _match(overview, cards + extra_cards, sections)
    everything = cards + extra_cards
    for li, ci in pairs.items():
        _apply_overview(everything[ci], overview[li], plan)
    for li, item in enumerate(overview):
        if li not in pairs:
            warn(plan, item.line, f"施策シートのない施策です（施策体系から取り込みました）: {item.title}")
            priority = f"重点施策{item.priority}" if item.priority is not None else None
            extra_cards.append(
                Card(line=item.line, section=item.section, title=item.title, priority=priority)
            )
    return [_initiative(card) for card in extra_cards]


def _initiative(card: Card) -> Initiative:
    summary = _clean_prose("\n".join(card.summary)) if card.summary else None
    return initiative(
        None,
        card.title,
        card.section,
        summary=summary,
        departments=card.departments,
        scope=card.scope,
        priority=card.priority,
        schedule=_merge_schedule(card.schedule),
        indicators=card.indicators,
        aliases=card.aliases,
        line=card.line,
    )
