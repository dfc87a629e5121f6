"""A plan kept in a ticket system, read from its export: Backlog's 課題 or Redmine's チケット as CSV (or a sheet).

A municipality that keeps its plan as a Backlog or Redmine project makes each 取組 a ticket (a 課題 of 種別 「取組」, a
チケット of トラッカー 「取組」) and each of its steps a ticket under it (a 子課題 / 子チケット whose 親課題キー / 親チケット
names the parent's キー / #), dated by its 開始日 and 期限日 (期日). The export is one table of every ticket, parents
and children mixed (newest first), the system's columns (ID, キー, 状態, 優先度, 担当者 — a person —, 登録日, 更新日 …)
beside the plan's (件名, 詳細, the project's own fields: 取組番号, 指標名, 目標値 …). Read as a plain table its header was
no header (most of its labels are the system's, and 件名 is no title elsewhere), and each ticket a row of its own.

``fold`` turns such a table — one whose header has a parent column beside 件名 / 題名 and a key column
(``labels.TICKET_FIELDS``) — into the table a plan's list is, so that the table reader reads it as any 取組一覧:

- the 取組 are the rows with a 取組番号, else the rows of no parent that are of the kind those rows are (or, where no
  row has a number, of the kind the parents of other rows are): a ticket of another kind at the top (「令和６年度進捗状況
  の取りまとめ」, 種別 「その他」: the office's own task) is no 取組, and a warning names it;
- each 取組 row keeps its 件名 as the title, its 詳細 / 説明 as the summary, the project's own columns as they are, the
  プロジェクト名 as the 計画名 (the plan's name, the same on every row: it names the municipality, not the file name);
  its カテゴリー is its 担当課 where the category's values are 課 (「デジタル推進課」, two on two lines), judged by the values
  (``_offices``) and only where no column of the project's own is a 担当課 — a category of 「電子申請」「窓口」 is none;
- the system's columns are left out: neither a title nor a 担当課 nor a figure (``TICKET_FIELDS["system"]``);
- a row above 取組 (a 施策 ticket whose children are the 取組) is the section of its 取組.

``join_steps`` gives each 取組 read from the folded table the steps of the tickets under it: a step's label its 件名
without the 取組's title before it (「電子申請の拡充：対象手続の選定」 → 「対象手続の選定」), its years every fiscal year
(April to March) its 開始日–期限日 span — a step within one half of a year that half (from 2025-10-01 to 2026-03-31:
2025's second half) —; a 取組 with no step under it has its own dates as its schedule. A milestone or version every 取組
shares that states years (「第２期計画（R7～R10）」) is the plan's period. A parent named that no row of the file is
(the export filtered) leaves its child a 取組 if it is one, else unread, with a warning either way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .document import Cell, Document, Location, Page, Table
from .labels import classify, key, ticket_field
from .shapes.common import Collector
from .text import (
    is_department,
    is_no_value,
    lazy_re,
    nfkc,
    plan_period,
    split_departments,
    squash,
    year_month,
)

#: How many rows of a table are looked at for the export's header (a sheet may have a title over it).
_HEADER_ROWS = 40
#: The labels the folded table's columns are given, each one the table reader knows for that role.
_FOLDED = {
    "section": "施策",
    "title": "取組名",
    "summary": "概要",
    "departments": "担当課",
    "project": "計画名",
}
#: A date to the day: 「2025-04-01」「2025/4/1」「2025.04.01」 (an export's), its calendar year and month.
_DATE = lazy_re(r"((?:19|20)\d{2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*\d{1,2}")
#: What stands between a parent's title and its child's own words in a child's 件名: 「電子申請の拡充：対象手続の選定」
#: 「【電子申請の拡充】対象手続の選定」「電子申請の拡充 - 対象手続の選定」.
_JOINS = " \u3000:：・-－―‐/／>＞】］]」』）)"
_OPENINGS = "【［[「『（("
#: The years a step may span: a date far apart is a typing error, not a schedule.
_MOST_YEARS = 15


@dataclass
class _Ticket:
    """One row of the export, as the plan needs it."""

    at: int  # the row's index in the table
    key: str
    parent: str
    kind: str
    code: str
    title: str
    start: tuple[int, int] | None  # (calendar year, month)
    end: tuple[int, int] | None
    milestone: str


@dataclass
class Tickets:
    """What ``fold`` set apart of one export: each 取組 row's steps (fiscal year, half, label) by where the row is, the
    rows read as no 取組 with why, and the plan period the 取組's milestone states."""

    steps: dict[tuple[str | None, int | None], list[tuple[int, int | None, str | None]]] = field(
        default_factory=dict
    )
    warnings: list[tuple[Location, str]] = field(default_factory=list)
    period: str | None = None


def _ref(text: str) -> str:
    """A ticket's key as another row names it: 「#12」 and 「12」 are one (Redmine writes either), blanks dropped."""
    return squash(nfkc(text)).replace(" ", "").lstrip("#")


def _cell(row: list[Cell], at: int | None) -> str:
    return row[at].text.strip() if at is not None and at < len(row) else ""


def _header(table: Table) -> tuple[int, list[str], dict[str, int]] | None:
    """(row, its cells, the column of each ticket field) of the export's header: a parent column, a 件名 / 題名 column and
    a key column (キー / # — else ID — for the parent column to name); None for any other table."""
    for r, row in enumerate(table.rows[:_HEADER_ROWS]):
        texts = [squash(cell.text.replace("\n", " ")) for cell in row]
        fields: dict[str, int] = {}
        for i, text in enumerate(texts):
            role = ticket_field(text) if text and len(text) <= 30 else None
            if role is not None and role != "system":
                fields.setdefault(role, i)
        if "key" not in fields:
            number = next((i for i, text in enumerate(texts) if key(text) == "id"), None)
            if number is not None:
                fields["key"] = number
        if {"parent", "title", "key"} <= fields.keys():
            return r, texts, fields
    return None


def _day(text: str) -> tuple[int, int] | None:
    """(calendar year, month) of a date cell: 「2025-04-01」「2025/4/1」, 「令和7年4月1日」 too; None for anything else."""
    t = nfkc(text).strip()
    found = _DATE.match(t)
    if found is not None:
        month = int(found.group(2))
        return (int(found.group(1)), month) if 1 <= month <= 12 else None
    written = year_month(t, whole=True) or (year_month(t) if t.endswith("日") else None)
    return (int(written[:4]), int(written[5:])) if written else None


def _fy(day: tuple[int, int]) -> int:
    return day[0] if day[1] >= 4 else day[0] - 1


def _half(day: tuple[int, int]) -> int:
    """1 for April to September, 2 for October to March (the halves of a fiscal year)."""
    return 1 if 4 <= day[1] <= 9 else 2


def slots(start: tuple[int, int] | None, end: tuple[int, int] | None) -> list[tuple[int, int | None]]:
    """The (fiscal year, half) a ticket from ``start`` to ``end`` covers: each fiscal year of the span, whole, but the
    first from its second half where the work starts in October to March and the last to its first half where it ends
    in April to September (2025-10-01 to 2026-03-31: 2025's second half). One date alone is its year."""
    if start is None or end is None:
        day = start or end
        return [(_fy(day), None)] if day is not None else []
    first, last = _fy(start), _fy(end)
    if last < first:
        return [(first, None)]  # the dates the wrong way round: the year it starts
    out: list[tuple[int, int | None]] = []
    for fy in range(first, min(last, first + _MOST_YEARS) + 1):
        upper = fy > first or _half(start) == 1
        lower = fy < last or _half(end) == 2
        out.append((fy, None if upper and lower else 1 if upper else 2))
    return out


def step_label(title: str, *parents: str) -> str:
    """A child's 件名 without the title of the ticket over it it repeats (「電子申請の拡充：対象手続の選定」 →
    「対象手続の選定」); the 件名 whole where it repeats none."""
    text = squash(title)
    for parent in parents:
        whole = squash(parent)
        if not whole:
            continue
        for written, over in ((text, whole), (nfkc(text), nfkc(whole))):
            bare = written.lstrip(_OPENINGS)
            if bare.startswith(over) and (rest := bare[len(over) :].lstrip(_JOINS).strip()):
                return rest
    return text


def _offices(values: list[str]) -> bool:
    """Whether a category's values are 課 (「デジタル推進課」「会計課⏎市民課」): four in five of its filled cells name only
    departments (a name ending in 課, 室, 局, センター …), so a category of 「電子申請」「窓口」 is none."""
    filled = [v for v in values if v and not is_no_value(v)]
    if not filled:
        return False
    named = [
        v
        for v in filled
        if (names := split_departments(v.replace("\n", " "))) and all(map(is_department, names))
    ]
    return len(named) * 5 >= len(filled) * 4


def _natural(text: str) -> tuple[tuple[int, ...], str]:
    """A code or key sorted as people number: 1-2 before 1-10, YDX-2 before YDX-10."""
    return tuple(int(n) for n in re.findall(r"\d+", nfkc(text))), text


def _place(location: Location) -> tuple[str | None, int | None]:
    """Where a row is, as the initiative read from it says (``Collector.new_initiative``: its sheet and line)."""
    return location.sheet, location.line if location.line is not None else location.row


class _Export:
    """One export table being folded."""

    def __init__(self, table: Table, header: int, texts: list[str], fields: dict[str, int]) -> None:
        self.table, self.header, self.texts, self.fields = table, header, texts, fields
        self.word = "チケット" if "チケット" in texts[fields["parent"]] else "課題"
        # the project's own columns: a role of the dictionary, not the system's
        self.own: dict[int, str] = {}
        for i, text in enumerate(texts):
            if not text or ticket_field(text) is not None:
                continue
            column = classify(text)
            if column is not None and column.role not in ("ignore", "title"):
                self.own[i] = column.role
        self.code = next((i for i, role in self.own.items() if role == "code"), None)
        self.tickets = [t for r in range(header + 1, len(table.rows)) if (t := self._ticket(r)) is not None]
        self.by_key = {t.key: t for t in self.tickets if t.key}
        self.found = Tickets()

    def _ticket(self, r: int) -> _Ticket | None:
        row = self.table.rows[r]
        get = self.fields.get
        title = squash(_cell(row, get("title")).replace("\n", " "))
        if not title:
            return None
        return _Ticket(
            r,
            _ref(_cell(row, get("key"))),
            _ref(_cell(row, get("parent"))),
            squash(_cell(row, get("kind"))),
            _cell(row, self.code) if not is_no_value(_cell(row, self.code)) else "",
            title,
            _day(_cell(row, get("start"))),
            _day(_cell(row, get("end"))),
            squash(_cell(row, get("milestone"))),
        )

    def parent_of(self, ticket: _Ticket) -> _Ticket | None:
        found = self.by_key.get(ticket.parent) if ticket.parent else None
        return found if found is not ticket else None

    def ancestors(self, ticket: _Ticket) -> list[_Ticket]:
        """The tickets over ``ticket``, nearest first (a loop of parents cut where it closes)."""
        out: list[_Ticket] = []
        seen = {id(ticket)}
        at = self.parent_of(ticket)
        while at is not None and id(at) not in seen:
            out.append(at)
            seen.add(id(at))
            at = self.parent_of(at)
        return out

    def numbered(self, ticket: _Ticket) -> bool:
        """Whether a ticket has a 取組番号 of its own: a child given its parent's (a custom field copied down) has not."""
        over = self.parent_of(ticket)
        return bool(ticket.code) and (over is None or over.code != ticket.code)

    def items(self) -> list[_Ticket]:
        """The 取組: the rows with a number, else the rows of no parent of the kind the numbered rows are — or, where no
        row has a number, of the kind the parents of other rows are; every row of no parent where nothing tells."""
        parents = {id(p) for t in self.tickets if (p := self.parent_of(t)) is not None}
        numbered = [t for t in self.tickets if self.numbered(t)]
        if numbered:
            kinds = {t.kind for t in numbered}
        else:
            kinds = {t.kind for t in self.tickets if id(t) in parents and self.parent_of(t) is None}
        told = "kind" in self.fields and bool(kinds - {""})
        return [
            t
            for t in self.tickets
            if self.numbered(t) or (self.parent_of(t) is None and (not told or t.kind in kinds))
        ]

    def fold(self) -> Table:
        items = self.items()
        chosen = {id(t) for t in items}
        # the 取組's sections: a row over 取組 that is none itself (a 施策 ticket)
        sections = {
            id(t): over.title
            for t in items
            if (over := self.parent_of(t)) is not None and id(over) not in chosen
        }
        heads = {
            id(over) for t in items if (over := self.parent_of(t)) is not None and id(over) not in chosen
        }
        steps: dict[int, list[_Ticket]] = {id(t): [] for t in items}
        for t in self.tickets:
            if t.parent and self.parent_of(t) is None:
                read = "を取組として読みました" if id(t) in chosen else "を読みませんでした"
                self._warn(
                    t, f"親{self.word}「{t.parent}」がこのファイルにないため、{self.word}「{t.title}」{read}"
                )
            if id(t) in chosen or id(t) in heads:
                continue
            lineage = self.ancestors(t)
            owner = next((a for a in lineage if id(a) in chosen), None)
            if owner is not None:
                steps[id(owner)].append(t)
            elif not t.parent:
                kind = (
                    f"{self.texts[self.fields['kind']]}「{t.kind}」の"
                    if t.kind and "kind" in self.fields
                    else ""
                )
                self._warn(
                    t,
                    f"{kind}{self.word}「{t.title}」は取組ではないと見なし、読みませんでした"
                    f"（取組番号も親{self.word}もありません）",
                )
            elif self.parent_of(t) is not None:
                self._warn(t, f"{self.word}「{t.title}」は上に取組の{self.word}がないため、読みませんでした")
        if items and all(t.code for t in items):
            items.sort(key=lambda t: _natural(t.code))
        else:
            items.sort(key=lambda t: _natural(t.key))
        for t in items:
            self.found.steps[_place(self.table.row_location(t.at))] = self._schedule(t, steps[id(t)])
        marked = {t.milestone for t in items}
        if len(marked) == 1 and (stated := marked.pop()) and plan_period(stated):
            self.found.period = stated
        return self._table(items, sections)

    def _schedule(self, item: _Ticket, under: list[_Ticket]) -> list[tuple[int, int | None, str | None]]:
        if not under:
            return [(fy, half, "実施") for fy, half in slots(item.start, item.end)]
        out: list[tuple[int, int | None, str | None]] = []
        for t in sorted(under, key=lambda t: (t.start or t.end or (9999, 12), _natural(t.key))):
            label = step_label(t.title, *[a.title for a in self.ancestors(t)])
            out += [(fy, half, label) for fy, half in slots(t.start, t.end)]
        return out

    def _table(self, items: list[_Ticket], sections: dict[int, str]) -> Table:
        fields = self.fields
        columns: list[tuple[str, int | None]] = []  # (label, the export's column; None: the section)
        if sections:
            columns.append((_FOLDED["section"], None))
        if self.code is not None:
            columns.append((self.texts[self.code], self.code))
        columns.append((_FOLDED["title"], fields["title"]))
        if "summary" in fields:
            columns.append((_FOLDED["summary"], fields["summary"]))
        category = fields.get("category")
        if (
            category is not None
            and "departments" not in self.own.values()
            and _offices([_cell(self.table.rows[t.at], category) for t in items])
        ):
            columns.append((_FOLDED["departments"], category))
        if "project" in fields:
            columns.append((_FOLDED["project"], fields["project"]))
        columns += [(self.texts[i], i) for i in sorted(self.own) if i != self.code]
        rows = [[Cell(label) for label, _ in columns]]
        places = [self.table.row_location(self.header)]
        for t in items:
            row = self.table.rows[t.at]
            rows.append([Cell(sections.get(id(t), "")) if at is None else row[at] for _, at in columns])
            places.append(self.table.row_location(t.at))
        return Table(rows, self.table.location, places)

    def _warn(self, ticket: _Ticket, message: str) -> None:
        self.found.warnings.append((self.table.row_location(ticket.at), message))


def fold(document: Document) -> tuple[Document, list[Tickets]]:
    """``document`` with each ticket export's table (``_header``) folded into a table of its 取組 (the module's
    docstring), and what each set apart for ``join_steps``; the document as it is where it has none."""
    found: list[Tickets] = []
    folded: dict[int, Table] = {}
    for table in document.tables():
        header = _header(table)
        if header is None:
            continue
        export = _Export(table, *header)
        folded[id(table)] = export.fold()
        found.append(export.found)
    if not found:
        return document, []
    pages = [
        Page(page.number, [folded.get(id(block), block) for block in page.blocks], page.name)
        for page in document.pages
    ]
    return Document(document.kind, pages, document.notes, document.by_page, document.running), found


def join_steps(found: list[Tickets], collector: Collector) -> None:
    """Each 取組 read from a folded export given its steps (``Tickets.steps``, one entry a year or half, the labels of
    steps of one slot joined with 「、」), the rows read as no 取組 said, the plan period its milestone states kept as
    the plan's (``meta["plan_period"]``)."""
    by_place = {(item.get("sheet"), item.get("line")): item for item in collector.initiatives}
    for tickets in found:
        for location, message in tickets.warnings:
            collector.warn(location, message)
        if tickets.period:
            collector.meta.setdefault("plan_period", tickets.period)
        for place, steps in tickets.steps.items():
            item = by_place.get(place)
            if item is None:
                continue
            for fy, half, label in steps:
                entry = next((e for e in item["schedule"] if (e["fy"], e["half"]) == (fy, half)), None)
                if entry is None:
                    item["schedule"].append({"fy": fy, "half": half, "label": label})
                elif label and label not in (entry["label"] or "").split("、"):
                    entry["label"] = "、".join(filter(None, [entry["label"], label]))
            item["schedule"].sort(key=lambda e: (e["fy"], e["half"] or 0))
