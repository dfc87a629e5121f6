"""Load Plan JSON into the database: the one place where a plan is inserted or updated.

The rules, all in one transaction:

- the municipality is found by 団体コード, else by prefecture and name;
- the plan by municipality and title (or the plan given as ``into``);
- sections by their Plan JSON key; initiatives by code, else by title, else by a similar title
  (a reworded title or a mark added to it keeps its initiative and history); indicators by name;
- plan-document content (fields, schedule, targets, printed actuals, budget) is replaced by the
  new file's, except what the file is silent on: an actual, a printed 評価 or 達成率, or a 事業費 of a year the
  file does not give is kept (next year's 進捗状況一覧 reports its own year; each actual kept so is listed in
  ``LoadResult.kept_actuals``, which the preview and ``import`` show), a period the file names part of, a title the
  document does not state (``title_from``), a title the plan office typed in a preview (``title_typed``) and, from a file of no sections, each initiative's section are the
  stored plan's; anything recorded in shinchoku (progress reports and their actuals, history) is
  never touched, and an initiative or indicator the revised plan no longer lists is retired, not deleted;
- a target revised in the app (``IndicatorValue.revised_at``) is kept: where the file says
  something else the difference is a *conflict*, listed in the result (the preview shows it) and
  applied only when the plan office chooses the file's values (``overwrite_revised=True``);
  the same holds for what the plan office edited in the app (``app_revisions`` of initiatives and
  indicators, plans/editing.py): edited fields, 担当課 and 工程 are kept, an initiative or
  indicator added in the app is not retired, one retired in the app stays retired; a department
  renamed or merged in the app is found by its former names (``Department.aliases``);
- every row written names who wrote it (``user``) in the history;
- a row is saved only when something in it changed, so importing the same file twice changes
  nothing (no writes, no history entries); a moved source line or position alone is saved but is
  not a change;
- what differs only by extraction noise is no change either (``same``): the same plan read from
  its PDF and from its text differs in blanks and line breaks inside a cell, full / half width
  and the source lines kept in ``extra``; the stored wording is kept, a reworded text is a change;
- what changes is described old → new per initiative (``LoadResult.details``) for the preview, and what it
  takes away of an initiative already registered — its 担当課, a target, an indicator, its whole 工程 — once more
  apart (``LoadResult.losses``), with the added initiatives whose titles read as pieces of one
  (``LoadResult.fragments``): the preview names them above everything else, however few.

``load_plan(plan, dry_run=True)`` runs the same code and rolls back, which is how the upload
preview knows what would be added, changed and kept.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from difflib import SequenceMatcher
from typing import Any

from django.db import models, transaction
from django.dispatch import Signal
from django.utils import timezone
from simple_history.utils import bulk_update_with_history

from shinchoku.core import numbers
from shinchoku.core.bulk import insert_rows, reserve_ids
from shinchoku.core.dates import wareki_month
from shinchoku.importers.errors import ParseError
from shinchoku.importers.legends import names_every, plan_grades
from shinchoku.importers.planjson import Plan as PlanJSON
from shinchoku.importers.planjson import validate
from shinchoku.importers.text import parse_number
from shinchoku.importers.text import wareki as fy_label

from .actuals import is_figure, legend_text, removed, reported_actuals, same_figure
from .history import acting_user, bulk_delete_with_history, history_user, insert_with_history
from .models import (
    BudgetEntry,
    Department,
    Indicator,
    IndicatorValue,
    Initiative,
    InitiativeDepartment,
    Municipality,
    Plan,
    PlanKind,
    ScheduleEntry,
    Section,
    ValueKind,
)
from .reference import MAX_SOURCE, ReferenceInfo
from .texts import EXTRA_LABELS, by_year

#: Rows per INSERT statement in bulk loads.
BATCH = 500

#: Initiative keys stored in their own columns; every other key goes to ``extra``.
INITIATIVE_CORE = {
    "code", "title", "section", "summary", "background", "purpose", "actions", "goal", "effects",
    "departments", "scope", "priority", "urgency", "importance", "marks", "repost_of", "schedule",
    "indicators", "budget", "line",
}  # fmt: skip
INDICATOR_CORE = {"name", "kind", "unit", "direction", "baseline", "targets", "actuals", "final_target"}
PLAN_CORE = {"title", "published", "period", "vision", "source"}
DOCUMENT_CORE = {"format", "municipality", "plan", "sections", "initiatives", "warnings"}
SECTION_CORE = {"key", "parent", "level", "code", "title"}


@dataclass
class LoadResult:
    """What a load did (or, for a dry run, would do), initiative by initiative."""

    plan: Plan
    created: bool = False
    added: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    retired: list[str] = field(default_factory=list)
    #: Values revised in the app that the file would change (kept unless overwrite_revised).
    conflicts: list[str] = field(default_factory=list)
    #: For each changed initiative (by its label in ``changed``): "what: old → new" lines.
    details: dict[str, list[str]] = field(default_factory=dict)
    #: What the file changes of the plan itself (its title, period …): "what: old → new" lines.
    plan_changes: list[str] = field(default_factory=list)
    #: For each changed initiative that would lose what it has (by its label in ``changed``): the lines of ``details``
    #: that empty its 担当課, take a target, a baseline or an indicator away, or clear its 工程.
    losses: dict[str, list[str]] = field(default_factory=dict)
    #: Added initiatives (labels as in ``added``) whose titles read as a piece of one (``fragment_title``).
    fragments: list[str] = field(default_factory=list)
    #: Actuals an earlier import stored that this file no longer states, kept (``_values``): a year's 実績 next year's
    #: 進捗状況一覧 does not print again — or a figure a wrong file put there (walked: a round's input workbook imported
    #: as the plan left 「令和6年度 12手続」, its 基準値, as an actual, and re-importing the plan said nothing of it).
    kept_actuals: list[str] = field(default_factory=list)

    @property
    def has_changes(self) -> bool:
        return self.created or bool(self.added or self.changed or self.retired or self.plan_changes)

    @property
    def sweeping(self) -> tuple[int, int, int] | None:
        """(initiatives registered, those leaving the plan, those whose 担当課, 工程 or 指標 would be emptied) when a
        revision would take a third of the plan or more away; None otherwise. A file read badly — the plan's PDF where
        its text was imported, a print whose cards did not read — looks so (walked: 10 of 31 取組 to leave the plan and
        21 to lose their 担当課 and 工程, offered like any preview); a real revision seldom does."""
        if self.created:
            return None
        registered = len(self.changed) + len(self.unchanged) + len(self.retired)
        emptied = len(self.losses)
        if registered < 4 or (len(self.retired) + emptied) * 3 < registered:
            return None
        return registered, len(self.retired), emptied


#: Words that join a title to what comes before or after it: a title that opens or ends with one was cut.
_JOINING = ("及び", "並びに", "又は", "もしくは", "ための", "による", "における", "に関する", "について")
_PARTICLES = "のをにへとがはやもで"
#: Particles no title ends with (「…の」「…を」); not 「に」「で」, with which a plan's slogan may end (「証明書をコンビニで」).
_ENDING = "のをへとがはや"
_OPENING = "（(「『【［[〔"
_CLOSING = "）)」』】］]〕"


def fragment_title(title: str) -> bool:
    """Whether an initiative's title reads as a piece of one: a file read badly cuts a title over two rows or
    cells, and each piece comes in as an initiative of its own (「マイナンバーカードを活用した」 and 「窓口の
    推進」), which a revision then adds beside the one it should have kept. So: a title of three letters or
    fewer, one that opens with a closing bracket, a comma or a particle (「の推進」; 「にぎわい」, the particle
    followed by kana, is a word), one that ends with a particle (``_ENDING``), a comma, an opening bracket or a joining word
    (「…を活用した」 is a whole phrase only with what follows; 「…の」, 「…及び」 are cut), and one whose brackets do
    not close. Only flagged in the preview, never refused: a plan may title an initiative oddly."""
    text = re.sub(r"\s+", "", unicodedata.normalize("NFKC", title or ""))
    text = re.sub(r"^[【\[(（]?[0-9０-９.\-]+[】\])）]?", "", text)  # a number the title kept (「(1)」「1-2」)
    if len(text) <= 3:
        return True
    first, second, last = text[0], text[1], text[-1]
    if first in _CLOSING or first in "、，,・。" or last in _OPENING or last in "、，,・":
        return True
    if first in _PARTICLES and not ("\u3041" <= second <= "\u309f"):
        return True
    if last in _ENDING or text.endswith(_JOINING) or text.endswith("した"):
        return True
    pairs = zip(_OPENING, _CLOSING, strict=True)
    return any(text.count(opening) != text.count(closing) for opening, closing in pairs)


#: Sent inside the import's transaction once a plan is stored (not for a dry run), with ``plan`` and
#: ``result``: the search index listens, so the index changes with the import or not at all.
plan_loaded = Signal()


class _DryRun(Exception):
    """Raised inside the transaction to roll a dry run back."""


def norm(text: str | None) -> str:
    """Matching key for titles and names: NFKC, no blanks, so re-extracted text still matches."""
    return "".join(unicodedata.normalize("NFKC", text or "").split())


#: 【新規】【完了】(再掲) … : marks a revision adds to or removes from a title.
_TITLE_MARKS = re.compile(r"[【\[（(][^】\]）)]{1,8}[】\]）)]")
#: How alike two titles must be (difflib ratio of their matching keys) to be the same initiative.
SIMILAR_TITLE = 0.75


#: Keys that say where something was read (a line of the file, a page, a workbook's sheet), not what
#: the plan says: the same plan read from its workbook and from its PDF is no change.
SOURCE_KEYS = frozenset({"line", "page", "sheet"})


def noise_free(value: Any) -> Any:
    """What a value says, without what the extraction alone decides: texts as ``norm`` (NFKC, no
    blanks or line breaks), dicts without their source positions; anything else as it is."""
    if isinstance(value, str):
        return norm(value)
    if isinstance(value, dict):
        return {k: noise_free(v) for k, v in value.items() if k not in SOURCE_KEYS}
    if isinstance(value, list | tuple):
        return [noise_free(v) for v in value]
    return value


def same(old: Any, new: Any) -> bool:
    """Whether two values say the same thing to a reader of the plan (see ``noise_free``)."""
    return old == new or noise_free(old) == noise_free(new)


def similar_title_key(text: str | None) -> str:
    """Title key for similarity: ``norm`` without bracketed marks and punctuation."""
    key = _TITLE_MARKS.sub("", unicodedata.normalize("NFKC", text or ""))
    return "".join(ch for ch in key if ch.isalnum())


def title_similarity(a: str | None, b: str | None) -> float:
    left, right = similar_title_key(a), similar_title_key(b)
    if not left or not right:
        return 0.0
    if left == right:
        return 1.0
    return SequenceMatcher(None, left, right, autojunk=False).ratio()


def load_plan(
    data: PlanJSON,
    *,
    municipality_name: str | None = None,
    into: Plan | None = None,
    dry_run: bool = False,
    overwrite_revised: bool = False,
    user: Any = None,
    reference: ReferenceInfo | None = None,
) -> LoadResult:
    """Insert or update the plan ``data`` (Plan JSON); see the module docstring for the rules.

    With ``reference`` the plan is a reference plan (参考計画) of the municipality the file names:
    its source and licence are recorded; a plan of the municipality's own is never turned into one.
    """
    validate(data)
    if into is not None and (why := revision_refusal(data, into, municipality_name, reference=reference is not None)):
        raise ParseError(why)
    try:
        with transaction.atomic(), acting_user(user):
            loader = _Loader(data, municipality_name, into, overwrite_revised, history_user(user))
            loader.reference = reference
            result = loader.run()
            if dry_run:
                raise _DryRun(result)
            plan_loaded.send(sender=Plan, plan=result.plan, result=result)
    except _DryRun as rollback:
        return rollback.args[0]
    return result


def match_municipality(data: PlanJSON, municipality_name: str | None = None) -> Municipality | None:
    """The stored municipality a plan belongs to: by 団体コード, else by prefecture and name.

    A file that names no prefecture (a 進捗状況一覧 rarely does) belongs to the one municipality of
    that name stored here, whatever its prefecture; when two share the name (府中市), to neither.
    """
    info = data["municipality"]
    code = info.get("code") or None
    if code and (found := Municipality.objects.filter(code=code).first()):
        return found
    name = (municipality_name or info["name"]).strip()
    prefecture = (info.get("prefecture") or "").strip()
    if found := Municipality.objects.filter(name=name, prefecture=prefecture).first():
        return found
    if prefecture:
        # registered before its prefecture was known (a file that did not name it): the one of that name with none is
        # this one — walked: 高千穂町, registered without 宮崎県, could not import its own file once 宮崎県 was read
        named = list(Municipality.objects.filter(name=name)[:2])
        return named[0] if len(named) == 1 and not named[0].prefecture else None
    named = list(Municipality.objects.filter(name=name)[:2])
    return named[0] if len(named) == 1 else None


#: The share of a file's initiatives a registered plan must hold (by code or title) to be taken for its earlier edition.
EDITION_SHARE = 0.5


def likely_edition(data: PlanJSON, candidates: Iterable[Plan]) -> Plan | None:
    """The plan of ``candidates`` (those the file may revise) the file is most likely a new edition of: the one holding
    most of its initiatives — by code, else by title — when that is at least half of them. A file that would register a
    second plan beside its earlier edition (next year's 進捗状況一覧 titled 「…（令和7年度実績）」) was previewed as a new
    plan, and 「取り込む」 made the duplicate."""
    items = data["initiatives"]
    if not items:
        return None
    best: tuple[int, Plan] | None = None
    for candidate in candidates:
        stored = list(candidate.initiatives.values_list("code", "title"))
        by_code = {norm(code): title for code, title in stored if code}
        titles = {norm(title) for _, title in stored}
        # a number alone is no match: every plan numbers its 取組 「1」「1-1」 (walked: a two-row list was guessed to be
        # another plan's next edition, to retire five of its 取組 and retitle one)
        held = sum(
            1
            for item in items
            if norm(item["title"]) in titles
            or (
                item.get("code")
                and norm(item["code"]) in by_code
                and title_similarity(item["title"], by_code[norm(item["code"])]) >= SIMILAR_TITLE
            )
        )
        if best is None or held > best[0]:
            best = (held, candidate)
    return best[1] if best is not None and best[0] >= len(items) * EDITION_SHARE else None


def kept_title(info: dict[str, Any], plan: Plan | None, *, revising: bool) -> str | None:
    """The title of ``plan`` that stays its own though a file names it otherwise, or None where the file's title is
    the plan's: a title the file does not state (``title_from``: its file name, 「…市 計画」) is no new title of the
    plan it revises, and a title the plan office typed in an earlier preview (``title_typed``) is renamed only by
    one typed again (walked: next year's file proposed the heading the office had corrected). The loader keeps it;
    the upload preview says so."""
    if plan is None or info.get("title_typed"):
        return None
    if (revising and info.get("title_from")) or (plan.extra or {}).get("title_typed"):
        return plan.title
    return None


def revision_refusal(
    data: PlanJSON, into: Plan, municipality_name: str | None = None, *, reference: bool = False
) -> str | None:
    """Why the file cannot be imported as a new edition of ``into``, or None: the one rule the
    upload's 取込先 and ``shinchoku import --into`` share (``load_plan`` applies it too).

    A file is next year's edition of a plan of its own municipality only: one municipality's file
    read into another's plan would retire every initiative of that plan and put the file's in its
    place, under the other municipality's name. A reference plan (参考計画) is revised by a
    reference import only, and a municipality's own plan never by one.
    """
    found = match_municipality(data, municipality_name)
    if found is None or found.pk != into.municipality_id:
        info = data["municipality"]
        named = str(found) if found is not None else (
            (info.get("prefecture") or "").strip() + (municipality_name or info["name"]).strip()
        )
        return (
            f"このファイルは{named}の計画です。{into.municipality}の計画「{into.title}」（ID {into.pk}）の"
            "改訂版としては取り込めません。"
        )
    if into.is_reference != reference:
        kind = "参考計画" if into.is_reference else "この自治体の計画"
        return f"「{into.title}」（ID {into.pk}）は{kind}です。{'自治体の計画' if into.is_reference else '参考計画'}としては改訂できません。"
    return None


def _read_from(plan: Plan) -> dict[str, str]:
    """The file a plan was read from, as an initiative retired from it keeps it (``_Loader._keep_source``)."""
    return {"filename": plan.source_filename, "layout": plan.source_layout, "sha256": plan.source_sha256}


def _period_label(start: int | None, end: int | None) -> str:
    if start is None and end is None:
        return "（なし）"
    return f"{fy_label(start) if start else '？'}〜{fy_label(end) if end else '？'}"


def _within(plan: Plan, values: dict[str, Any]) -> bool:
    """Whether the file's period is a part of the stored plan's and shorter (a file that names fewer
    years, not a plan revised to fewer)."""
    start, end = values.get("start_fy"), values.get("end_fy")
    if None in (plan.start_fy, plan.end_fy, start, end):
        return False
    return plan.start_fy <= start <= end <= plan.end_fy and (start, end) != (plan.start_fy, plan.end_fy)


def _plan_changes(plan: Plan, values: dict[str, Any]) -> list[str]:
    """What a new edition of the file changes of the plan itself, as the preview and the CLI say it:
    next year's file often carries a new title or period, which the initiatives' changes do not show."""
    notes = []
    if plan.title != values["title"]:
        notes.append(f"計画名: 「{plan.title}」 → 「{values['title']}」")
    if (plan.start_fy, plan.end_fy) != (values["start_fy"], values["end_fy"]):
        notes.append(
            f"計画期間: {_period_label(plan.start_fy, plan.end_fy)} → "
            f"{_period_label(values['start_fy'], values['end_fy'])}"
        )
    if plan.published != values["published"]:
        notes.append(
            f"公表年月: {wareki_month(plan.published) or '（なし）'} → {wareki_month(values['published']) or '（なし）'}"
        )
    if plan.vision != values["vision"]:
        notes.append("将来像・基本理念の文章が変わります")
    if (was := legend_text(plan.extra)) != (now := legend_text(values["extra"])):
        notes.append(f"評価の区分: {was or '（なし）'} → {now or '（なし）'}")
    return notes


def _assign(obj: Any, values: dict[str, Any]) -> bool:
    """Set attributes that differ; True when any did (so the caller knows whether to save)."""
    changed = False
    for name, value in values.items():
        if getattr(obj, name) != value:
            setattr(obj, name, value)
            changed = True
    return changed


def _update(obj: Any, values: dict[str, Any]) -> tuple[bool, bool]:
    """Set what the new values change; (changed, refreshed).

    A value that differs only by extraction noise (``same``) is no change: a text keeps its stored
    wording, a dict (``extra``) takes the new one with its source positions, which is saved
    (``refreshed``) but, like a moved source line, is not a change.
    """
    changed = refreshed = False
    for name, value in values.items():
        old = getattr(obj, name)
        if old == value:
            continue
        if same(old, value):
            if isinstance(value, dict):
                setattr(obj, name, value)
                refreshed = True
            continue
        setattr(obj, name, value)
        changed = True
    return changed, refreshed


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def _decimal(value: Any) -> Decimal | None:
    return None if value is None else Decimal(str(value)).quantize(Decimal("0.01"))


class _Loader:
    def __init__(
        self,
        data: PlanJSON,
        municipality_name: str | None,
        into: Plan | None,
        overwrite_revised: bool,
        user: Any = None,
    ) -> None:
        self.data = data
        self.user = user
        self.overwrite_revised = overwrite_revised
        self.municipality_name = municipality_name
        self.into = into
        #: (indicator, fy, kept, file) of each final target revised in the app that the file states otherwise: the
        #: target of that year, revised with it (the grid's), is the same conflict, listed once
        self.final_conflicts: set[tuple[int, int | None, Any, Any]] = set()
        self.sections: dict[str, Section] = {}
        self.section_by_pk: dict[int, Section] = {}
        #: "what: old → new" lines of the initiative being loaded.
        self.notes: list[str] = []
        #: Those of ``notes`` that take away what the initiative has (``LoadResult.losses``).
        self.losses: list[str] = []
        #: The municipality's departments by name, read once (a plan names each many times).
        self.departments: dict[str, Department] = {}
        # Writes of a re-import, collected while comparing and sent in bulk by ``_flush``.
        self.saves: dict[type[models.Model], dict[int, Any]] = defaultdict(dict)
        self.deletes: dict[type[models.Model], list[Any]] = defaultdict(list)
        #: Rows to insert: column values by attribute name (InitiativeDepartment: plain tuples).
        self.creates: dict[type[models.Model], list[Any]] = defaultdict(list)
        #: Indicators new to a stored plan, each with the value rows to insert once it has a key.
        self.new_indicators: list[tuple[dict[str, Any], list[tuple]]] = []
        #: The stored rows of the plan, read once per table (``_prefetch``), by initiative / indicator.
        self.stored: dict[str, dict[int, list[Any]]] = {}
        self.reference: ReferenceInfo | None = None
        #: The file the stored plan was read from before this import (``_keep_source``).
        self.read_from: dict[str, str] = {}

    def run(self) -> LoadResult:
        municipality = self._municipality()
        # every department of the municipality once, by its name and by its former names (a
        # department renamed or merged in the app keeps the plan's name as an alias)
        departments = list(Department.objects.filter(municipality=municipality))
        self.departments = {alias: d for d in departments for alias in d.aliases or []}
        self.departments.update({d.name: d for d in departments})
        self.plan_changes: list[str] = []
        plan, created = self._plan(municipality)
        self.result = LoadResult(plan=plan, created=created, plan_changes=self.plan_changes)
        self._sections(plan)
        if created:
            self._insert_initiatives(plan)
        else:
            self._initiatives(plan)
        return self.result

    # --- a new plan: every row inserted in bulk, with its history --------------------------------

    def _insert(self, model: type[models.Model], rows: list[dict[str, Any]]) -> list[int]:
        """Insert ``rows`` (column values by attribute name) with the 「追加」 history row of each
        naming the user (``history.insert_with_history``); their new primary keys, in order."""
        return insert_with_history(model, rows, self.user)

    def _insert_links(self, links: list[tuple[int, int, int]]) -> None:
        """(initiative, department, position) rows: 担当課 links are written without history, as ever."""
        insert_rows(
            InitiativeDepartment._meta.db_table, ["initiative_id", "department_id", "position"], links
        )

    def _insert_initiatives(self, plan: Plan) -> None:
        """All rows of a new plan as plain values, a few statements per table, no model instance
        (a national load imports thousands of plans: the instances and Django's bulk INSERT were
        most of a new plan's load). The keys come first (``core.bulk.reserve_ids``), so the 再掲
        links and the indicators' values are written with their rows."""
        items = self.data["initiatives"]
        ids = reserve_ids(Initiative._meta.db_table, "id", len(items))
        rows: list[dict[str, Any]] = []
        by_code: dict[str, int] = {}
        for pk, (position, item) in zip(ids, enumerate(items), strict=True):
            values = initiative_values(
                item, self.sections.get(item["section"]) if item.get("section") else None
            )
            section = values.pop("section")
            values.update(
                id=pk, plan_id=plan.pk, section_id=section.pk if section else None,
                position=position, source_line=source_line(item),
            )  # fmt: skip
            rows.append(values)
            if values["code"]:
                by_code.setdefault(values["code"], pk)
        for row, item in zip(rows, items, strict=True):
            original = by_code.get(_text(item.get("repost_of"))) if item.get("repost_of") else None
            if original is not None and original != row["id"]:
                row["repost_of_id"] = original
        self._insert(Initiative, rows)
        links: list[tuple[int, int, int]] = []
        schedule: list[dict[str, Any]] = []
        budget: list[dict[str, Any]] = []
        indicators: list[dict[str, Any]] = []
        indicator_values_of: list[list[tuple]] = []
        names_of = [department_names(item.get("departments") or []) for item in items]
        self._ensure_departments(plan.municipality, [name for names in names_of for name in names])
        for item, pk, names in zip(items, ids, names_of, strict=True):
            links += [(pk, self.departments[name].pk, i) for i, name in enumerate(names)]
            schedule += schedule_dicts(pk, schedule_rows(item.get("schedule") or []))
            budget += budget_dicts(pk, budget_rows(item.get("budget") or []))
            for position, indicator in enumerate(item.get("indicators") or []):
                indicators.append({"initiative_id": pk, **indicator_values(indicator, position)})
                indicator_values_of.append(
                    value_rows(indicator.get("targets") or [], indicator.get("actuals") or [])
                )
        self._insert_links(links)
        self._insert(ScheduleEntry, schedule)
        self._insert(BudgetEntry, budget)
        values = []
        for indicator_id, wanted in zip(
            self._insert(Indicator, indicators), indicator_values_of, strict=True
        ):
            values += value_dicts(indicator_id, wanted)
        self._insert(IndicatorValue, values)
        self.result.added = [f"{_text(item.get('code'))} {item['title']}".strip() for item in items]
        self.result.fragments = [
            label for label, item in zip(self.result.added, items, strict=True) if fragment_title(item["title"])
        ]

    # --- municipality and plan -------------------------------------------------------------

    def _municipality(self) -> Municipality:
        if self.into is not None:
            return self.into.municipality
        info = self.data["municipality"]
        name = (self.municipality_name or info["name"]).strip()
        prefecture = (info.get("prefecture") or "").strip()
        code = info.get("code") or None
        found = match_municipality(self.data, self.municipality_name)
        if found is None:
            return Municipality.objects.create(name=name, prefecture=prefecture, code=code)
        fill = {}
        if code and not found.code:
            fill["code"] = code
        if prefecture and not found.prefecture:
            fill["prefecture"] = prefecture
        if _assign(found, fill):
            found.save()
        return found

    def _plan(self, municipality: Municipality) -> tuple[Plan, bool]:
        info = self.data["plan"]
        period = info.get("period") or {}
        source = info.get("source") or {}
        values = {
            "title": info["title"].strip(),
            "published": _text(info.get("published")),
            "start_fy": period.get("start_fy"),
            "end_fy": period.get("end_fy"),
            "vision": _text(info.get("vision")),
            "source_filename": _text(source.get("filename"))[:255],
            "source_sha256": _text(source.get("sha256"))[:64],
            "source_layout": _text(source.get("layout"))[:50],
            "warnings": self.data.get("warnings", []),
            "extra": {k: v for k, v in info.items() if k not in PLAN_CORE},
            "document_extra": {k: v for k, v in self.data.items() if k not in DOCUMENT_CORE},
        }
        values["extra"].pop("title_from", None)
        plan = (
            self.into
            or Plan.objects.filter(municipality=municipality, title=values["title"]).first()
            or _stored_under_its_report(municipality, values["title"])
        )
        if (kept := kept_title(info, plan, revising=self.into is not None)) is not None:
            values["title"] = kept
            if (plan.extra or {}).get("title_typed"):
                values["extra"]["title_typed"] = True
        if self.reference is not None:
            if plan is not None and not plan.is_reference:
                raise ParseError(
                    f"{municipality}「{plan.title}」はこの自治体の計画として登録されています。参考計画としては取り込めません。"
                )
            values.update(self._reference_values(municipality, values["title"], plan))
        if plan is None:
            return Plan.objects.create(municipality=municipality, **values), True
        self.read_from = _read_from(plan)
        if "grade_legend" not in values["extra"] and (legend := (plan.extra or {}).get("grade_legend")):
            # the grades an earlier file printed are kept (``kept_years``), and so are the words they were printed in —
            # not where this file grades in others (◎○△× after A–D: the old words would be read as the new grades')
            grades = plan_grades(self.data)
            if not grades or names_every(legend, grades):
                values["extra"]["grade_legend"] = legend
        if _within(plan, values):
            # next year's list read without its plan's period (the years it names are 令和7〜9年度):
            # the plan's stated period stands
            values["start_fy"], values["end_fy"] = plan.start_fy, plan.end_fy
        self.plan_changes = _plan_changes(plan, values)
        if _assign(plan, values):
            plan.save()
        return plan, False

    def _reference_values(self, municipality: Municipality, title: str, plan: Plan | None) -> dict[str, Any]:
        """The reference plan's kind, source and licence; who added it and when stay as first recorded."""
        assert self.reference is not None
        license = self.reference.license_for(municipality, title)
        values: dict[str, Any] = {
            "kind": PlanKind.REFERENCE,
            "reference_source": self.reference.source[:MAX_SOURCE],
            "license_name": license["name"],
            "license_url": license["url"],
            "license_attribution": license["attribution"],
        }
        if plan is None or plan.reference_added_at is None:
            values["reference_added_at"] = timezone.now()
            values["reference_added_by"] = self.user
        return values

    # --- sections ----------------------------------------------------------------------------

    def _sections(self, plan: Plan) -> None:
        """Sections by their key; new ones inserted level by level (a parent needs its key first)."""
        existing = {s.key: s for s in plan.sections.all()}
        # Each stored section's parent from the same rows, so comparing it costs no query.
        by_pk = {s.pk: s for s in existing.values()}
        for section in existing.values():
            if section.parent_id in by_pk:
                section.parent = by_pk[section.parent_id]
        seen: set[str] = set()
        depth: dict[str, int] = {}
        parents: dict[str, str | None] = {}
        for item in self.data["sections"]:
            parent = item.get("parent") if item.get("parent") in seen else None
            parents[item["key"]] = parent
            depth[item["key"]] = depth[parent] + 1 if parent else 0
            seen.add(item["key"])
        order = sorted(range(len(self.data["sections"])), key=lambda i: depth[self.data["sections"][i]["key"]])
        level: int | None = None
        new: list[Section] = []
        for position in order:
            item = self.data["sections"][position]
            if depth[item["key"]] != level:
                Section.objects.bulk_create(new, batch_size=BATCH)
                new, level = [], depth[item["key"]]
            parent_key = parents[item["key"]]
            values = {
                "parent": self.sections[parent_key] if parent_key else None,
                "level": _text(item.get("level"))[:50],
                "code": _text(item.get("code"))[:50],
                "title": item["title"],
                "depth": depth[item["key"]],
                "position": position,
                "extra": {k: v for k, v in item.items() if k not in SECTION_CORE},
            }
            section = existing.pop(item["key"], None)
            if section is None:
                section = Section(plan=plan, key=item["key"], **values)
                new.append(section)
            else:
                # what the plan says of the section itself (a 施策's 成果指標, ``Section.notes``)
                # changing is a change of the plan the preview names, as a new title or period is
                self.plan_changes += _describe_section(section, values["extra"])
                if any(_update(section, values)):
                    section.save()
            self.sections[item["key"]] = section
        Section.objects.bulk_create(new, batch_size=BATCH)
        # Sections the revised plan dropped: kept while a (retired) initiative still points at them.
        for section in existing.values():
            if not section.initiatives.exists() and not section.children.exists():
                section.delete()

    # --- initiatives -------------------------------------------------------------------------

    def _prefetch(self, plan: Plan) -> None:
        """Every stored row of the plan, one query per table, grouped by its initiative or indicator:
        comparing a plan of a few hundred initiatives row by row cost several queries per initiative."""

        def grouped(rows: Any, key: str) -> dict[int, list[Any]]:
            found: dict[int, list[Any]] = defaultdict(list)
            for row in rows:
                found[getattr(row, key)].append(row)
            return found

        mine = {"initiative__plan": plan}
        self.stored = {
            "links": grouped(
                InitiativeDepartment.objects.filter(**mine).select_related("department")
                .order_by("initiative_id", "position", "pk"), "initiative_id"
            ),
            "schedule": grouped(ScheduleEntry.objects.filter(**mine).order_by("initiative_id", "position", "pk"), "initiative_id"),
            "budget": grouped(BudgetEntry.objects.filter(**mine).order_by("initiative_id", "pk"), "initiative_id"),
            "indicators": grouped(Indicator.objects.filter(**mine).order_by("initiative_id", "position", "pk"), "initiative_id"),
            "values": grouped(
                IndicatorValue.objects.filter(indicator__initiative__plan=plan)
                .order_by("indicator_id", "kind", "position", "pk"), "indicator_id"
            ),
        }  # fmt: skip
        # the actuals published rounds reported (``plans.actuals``): a file's other figure for such a year is said to
        # differ from it, not to add an actual (walked: 「（なし） → 17分」 beside a published 16分)
        self.reported = reported_actuals([i.pk for rows in self.stored["indicators"].values() for i in rows])

    def _initiatives(self, plan: Plan) -> None:
        items = self.data["initiatives"]
        # a file of no 施策体系 keeps each initiative's (``_initiative``): read with it, not a query each
        existing = list(plan.initiatives.all() if self.data["sections"] else plan.initiatives.select_related("section"))
        self._prefetch(plan)
        # Each initiative's section from the plan's sections, so comparing it costs no query.
        self.section_by_pk = {s.pk: s for s in self.sections.values()}
        for initiative in existing:
            if initiative.section_id in self.section_by_pk:
                initiative.section = self.section_by_pk[initiative.section_id]
        matches = self._match(existing, items)
        states: dict[int, str] = {}
        by_code: dict[str, Initiative] = {}
        stored: list[Initiative] = []
        for position, (item, match) in enumerate(zip(items, matches, strict=True)):
            initiative, states[position] = self._initiative(plan, match, item, position)
            stored.append(initiative)
            if initiative.code:
                by_code.setdefault(initiative.code, initiative)

        # 再掲 links point at codes, which exist only once every initiative is stored.
        for position, (item, initiative) in enumerate(zip(items, stored, strict=True)):
            original = by_code.get(_text(item.get("repost_of"))) if item.get("repost_of") else None
            original_id = original.pk if original is not None and original.pk != initiative.pk else None
            if initiative.repost_of_id != original_id:
                initiative.repost_of_id = original_id
                self._save(initiative)
                if states[position] == "unchanged":
                    states[position] = "changed"

        for position, item in enumerate(items):
            label = f"{_text(item.get('code'))} {item['title']}".strip()
            getattr(self.result, states[position]).append(label)
            if states[position] == "added" and fragment_title(item["title"]):
                self.result.fragments.append(label)

        seen = {i.pk for i in stored}
        now = timezone.now()
        for initiative in existing:
            if initiative.pk in seen:
                continue
            added_in_app = "added" in (initiative.app_revisions or {}) and not self.overwrite_revised
            retiring = initiative.retired_at is None and not added_in_app
            if retiring:
                initiative.retired_at = now
                self._save(initiative)
                self.result.retired.append(str(initiative))
            self._keep_source(initiative, retiring)
        self._flush()

    def _keep_source(self, initiative: Initiative, retiring: bool) -> None:
        """A retired initiative keeps the file it was last read from (``extra["read_from"]``): its
        source line and page are that file's, and the plan names the new file, where the line is
        another initiative's (「hoshimidai_v2.pdf、1ページ 20行目」 for a line of v1). Written once:
        when the import retires it, or when the plan's file changes under one retired in the app.
        One back in the plan takes the new file's ``extra`` again."""
        extra = initiative.extra or {}
        if initiative.retired_at is None or "read_from" in extra:
            return
        if initiative.source_line is None and "page" not in extra:
            return  # added in the app: never read from a file
        if retiring or self.read_from != _read_from(self.result.plan):
            initiative.extra = {**extra, "read_from": self.read_from}
            self._save(initiative)

    # --- the writes of a re-import, in bulk ------------------------------------------------------

    def _save(self, obj: Any) -> None:
        """Save ``obj`` (with its history row) at the end, with the other changed rows of its table."""
        self.saves[type(obj)][obj.pk] = obj

    def _replace(self, model: type[models.Model], old: list[Any], new: list[Any]) -> None:
        """Delete ``old`` and insert ``new`` at the end (the history shows the pair as one change)."""
        self.deletes[model] += old
        self.creates[model] += new

    def _flush(self) -> None:
        """Send the collected writes: a few statements per table, whatever the number of changed rows.

        Deletions with their 「削除」 history rows in bulk (``bulk_delete_with_history``), saves through
        ``bulk_update_with_history`` and inserts with their history rows through ``_insert``
        (``history.insert_with_history``), all naming the user. Nothing is sent for an unchanged plan.
        """
        links = [link.pk for link in self.deletes.get(InitiativeDepartment, [])]
        for start in range(0, len(links), BATCH):  # no history, no signals: one DELETE
            InitiativeDepartment.objects.filter(pk__in=links[start : start + BATCH]).delete()
        for model in (ScheduleEntry, BudgetEntry, IndicatorValue):
            bulk_delete_with_history(model, self.deletes.get(model, []), self.user)
        for model, fields in ((Initiative, INITIATIVE_SAVED), (Indicator, INDICATOR_SAVED)):
            if changed := list(self.saves.get(model, {}).values()):
                bulk_update_with_history(changed, model, fields, batch_size=BATCH, default_user=self.user)
        self._insert_links(self.creates.get(InitiativeDepartment, []))
        self._insert(ScheduleEntry, self.creates.get(ScheduleEntry, []))
        self._insert(BudgetEntry, self.creates.get(BudgetEntry, []))
        created = self._insert(Indicator, [indicator for indicator, _ in self.new_indicators])
        values = self.creates.get(IndicatorValue, [])
        for indicator_id, (_, rows) in zip(created, self.new_indicators, strict=True):
            values += value_dicts(indicator_id, rows)
        self._insert(IndicatorValue, values)

    @staticmethod
    def _match(existing: list[Initiative], items: list[dict[str, Any]]) -> list[Initiative | None]:
        """Pair each new initiative with a stored one: by code first, then by title, each used once."""
        free = {i.pk: i for i in existing}
        by_code: dict[str, Initiative] = {}
        for initiative in existing:
            if initiative.code:
                by_code.setdefault(initiative.code, initiative)
        matches: list[Initiative | None] = []
        for item in items:
            found = by_code.get(_text(item.get("code"))) if item.get("code") else None
            if found is not None and found.pk in free:
                matches.append(free.pop(found.pk))
            else:
                matches.append(None)
        by_title: dict[str, list[Initiative]] = {}
        for initiative in free.values():
            by_title.setdefault(norm(initiative.title), []).append(initiative)
            printed = (initiative.app_revisions or {}).get("title")  # retitled in the app
            if isinstance(printed, str) and norm(printed) != norm(initiative.title):
                by_title.setdefault(norm(printed), []).append(initiative)
        for index, item in enumerate(items):
            if matches[index] is None:
                candidates = [c for c in by_title.get(norm(item["title"])) or [] if c.pk in free]
                if candidates:
                    matches[index] = candidates[0]
                    by_title[norm(item["title"])].remove(candidates[0])
                    free.pop(matches[index].pk)
        # A reworded title: the most similar pairs first, each side used once.
        unmatched = [index for index, found in enumerate(matches) if found is None]
        if unmatched and free:
            pairs = sorted(
                (
                    (title_similarity(items[index]["title"], initiative.title), index, initiative.pk)
                    for index in unmatched
                    for initiative in free.values()
                ),
                key=lambda pair: (-pair[0], pair[1], pair[2]),
            )
            for ratio, index, pk in pairs:
                if ratio < SIMILAR_TITLE:
                    break
                if matches[index] is None and pk in free:
                    matches[index] = free.pop(pk)
        return matches

    def _initiative(self, plan: Plan, initiative: Initiative | None, item: dict[str, Any], position: int):
        section = self.sections.get(item["section"]) if item.get("section") else None
        values = initiative_values(item, section)
        if initiative is not None and not self.data["sections"]:
            values["section"] = initiative.section  # a file of no 施策体系 (a list of 取組 alone) says nothing of it
        line = source_line(item)
        self.notes, self.losses = [], []
        kept: set[str] = set()
        if initiative is None:
            initiative = Initiative.objects.create(plan=plan, position=position, source_line=line, **values)
            state = "added"
        else:
            kept = self._keep_app_edits(initiative, values, item)
            self.notes = self._describe(initiative, values)
            changed, refreshed = _update(initiative, values)
            state = "changed" if changed else "unchanged"
            # A move within the plan or the document is saved but is not a change of the initiative.
            moved = _assign(initiative, {"position": position, "source_line": line})
            if changed or refreshed or moved:
                self._save(initiative)
        changed = False
        if "departments" not in kept:
            changed |= self._departments(initiative, item.get("departments") or [])
        if "schedule" not in kept:
            changed |= self._schedule(initiative, item.get("schedule") or [])
        changed |= self._indicators(initiative, item.get("indicators") or [])
        changed |= self._budget(initiative, item.get("budget") or [])
        if changed and state == "unchanged":
            state = "changed"
        if state == "changed":
            label = f"{_text(item.get('code'))} {item['title']}".strip()
            self.result.details[label] = self.notes
            if self.losses:
                self.result.losses[label] = self.losses
        return initiative, state

    def _describe(self, initiative: Initiative, values: dict[str, Any]) -> list[str]:
        """``_describe`` with the stored section found among the plan's (no query per initiative);
        a section the revised plan dropped is read on its own."""
        section = self.section_by_pk.get(initiative.section_id) if initiative.section_id else None
        return _describe(initiative, values, section or initiative.section)

    def _ensure_departments(self, municipality: Municipality, names: list[str]) -> None:
        """The departments a plan names, the missing ones inserted in one statement."""
        missing = [name for name in dict.fromkeys(names) if name not in self.departments]
        for department in Department.objects.bulk_create(
            [Department(municipality=municipality, name=name) for name in missing], batch_size=BATCH
        ):
            self.departments[department.name] = department

    def _note(self, note: str, *, lost: bool = False) -> None:
        """A line of what changes; ``lost``: it takes away what the initiative has (``LoadResult.losses``)."""
        self.notes.append(note)
        if lost:
            self.losses.append(note)

    def _conflict(self, initiative: Initiative, what: str, kept: str, file: str) -> None:
        self.result.conflicts.append(
            f"{initiative.code or initiative.title} {what}: アプリで改訂した「{_short(kept)}」を保持（ファイルでは「{_short(file)}」）"
        )

    def _keep_app_edits(self, initiative: Initiative, values: dict[str, Any], item: dict[str, Any]) -> set[str]:
        """Take out of ``values`` what the plan office edited in the app (conflicts listed); return
        which parts (departments, schedule) the caller must keep too. With overwrite_revised the
        file wins and the initiative no longer counts as edited."""
        revisions = initiative.app_revisions or {}
        if not revisions:
            return set()
        if self.overwrite_revised:
            initiative.app_revisions = {}
            initiative.save(update_fields=["app_revisions"])
            return set()
        for name in [n for n in revisions if n in values]:
            if values[name] != getattr(initiative, name):
                self._conflict(initiative, _DESCRIBED.get(name, name), getattr(initiative, name), values[name])
            del values[name]
        if "retired" in revisions:
            values["retired_at"] = initiative.retired_at
            self.result.conflicts.append(
                f"{initiative.code or initiative.title}: アプリで計画から外した取組がファイルにあります（外したまま）"
            )
        kept = {name for name in ("departments", "schedule") if name in revisions}
        names = [n.strip() for n in item.get("departments") or [] if n.strip()]
        current = [link.department.name for link in initiative.department_links.select_related("department")]
        if "departments" in kept and names != current:
            self._conflict(initiative, "担当課", "、".join(current), "、".join(names))
        wanted = schedule_rows(item.get("schedule") or [])
        if "schedule" in kept:  # a 工程 added in the app to a file without one differs from it too
            have = [(s.fy, s.half, s.label) for s in initiative.schedule.order_by("fy", "half", "position", "pk")]
            if sorted(have, key=_period) != sorted([w[:3] for w in wanted], key=_period):
                self._conflict(initiative, "工程", _schedule_text(have), _schedule_text([w[:3] for w in wanted]))
        return kept

    def _departments(self, initiative: Initiative, names: list[str]) -> bool:
        names = department_names(names)
        links = self.stored["links"].get(initiative.pk, [])
        if same([link.department.name for link in links], names):
            return False  # 「市民課 ほか」 read as 「市民課ほか」 is the same 担当課: no new department
        self._ensure_departments(initiative.plan.municipality, names)  # only now: noise adds no department
        wanted = [self.departments[n] for n in names]
        if [link.department_id for link in links] == [d.pk for d in wanted]:
            return False
        if links:
            before = "、".join(link.department.name for link in links)
            self._note(f"担当課: {before} → {'、'.join(d.name for d in wanted) or '（なし）'}", lost=not wanted)
        self._replace(InitiativeDepartment, links, [(initiative.pk, d.pk, i) for i, d in enumerate(wanted)])
        return True

    def _schedule(self, initiative: Initiative, entries: list[dict[str, Any]]) -> bool:
        wanted = schedule_rows(entries)
        rows = self.stored["schedule"].get(initiative.pk, [])
        current = [(s.fy, s.half, s.label, s.position) for s in rows]
        if same(current, wanted):
            return False
        old = {(fy, half): label for fy, half, label, _ in current}
        new = {(fy, half): label for fy, half, label, _ in wanted}
        for key in sorted(set(old) | set(new), key=lambda k: (k[0], k[1] or 0)):
            if current and old.get(key) != new.get(key):
                year = fy_label(key[0]) + ({1: "前期", 2: "後期"}.get(key[1] or 0, ""))
                self.notes.append(f"工程 {year}: {old.get(key) or '（なし）'} → {new.get(key) or '（なし）'}")
        if current and not wanted:  # every year's 工程 gone: a year of it going is a revision, all of it a loss
            self.losses.append(f"工程: {_short(_schedule_text([row[:3] for row in current]), 60)} → （なし）")
        self._replace(ScheduleEntry, rows, schedule_dicts(initiative.pk, wanted))
        return True

    def _budget(self, initiative: Initiative, entries: list[dict[str, Any]]) -> bool:
        wanted = budget_rows(entries)
        rows = self.stored["budget"].get(initiative.pk, [])
        current = [(b.fy, b.amount, b.unit, b.extra) for b in rows]
        given = {row[0] for row in wanted}
        # a year the file gives no 事業費 for keeps the one stored: next year's list states its own year, a KPI list
        # none (walked: importing next year's list deleted last year's 年度別経費, and the preview did not say so)
        wanted = sorted(wanted + [row for row in current if row[0] not in given], key=lambda row: row[0])
        if same(current, wanted):
            return False
        old_amounts = {fy: amount for fy, amount, _, _ in current}
        for fy, amount, unit, _ in wanted:
            if current and old_amounts.get(fy) != amount:
                self.notes.append(
                    f"事業費 {fy_label(fy)}: {_number(old_amounts.get(fy))} → {_number(amount)} {unit}"
                )
        self._replace(BudgetEntry, rows, budget_dicts(initiative.pk, wanted))
        return True

    # --- indicators ----------------------------------------------------------------------------

    def _indicators(self, initiative: Initiative, items: list[dict[str, Any]]) -> bool:
        existing = self.stored["indicators"].get(initiative.pk, [])
        by_name: dict[tuple[str, str], Indicator] = {}
        for ind in existing:
            by_name.setdefault((ind.kind, norm(ind.name)), ind)
        for ind in existing:  # renamed in the app: still the plan's indicator of its printed name
            printed = (ind.app_revisions or {}).get("name")
            if isinstance(printed, str):
                by_name.setdefault((ind.kind, norm(printed)), ind)
        changed = False
        seen: set[int] = set()
        for position, item in enumerate(items):
            values = indicator_values(item, position)
            indicator = by_name.get((values["kind"], norm(item["name"])))
            if indicator is not None and indicator.pk in seen:
                indicator = None
            if indicator is None:
                self.new_indicators.append(
                    (
                        {"initiative_id": initiative.pk, **values},
                        value_rows(item.get("targets") or [], item.get("actuals") or []),
                    )
                )
                if existing:
                    self.notes.append(f"指標を追加: {item['name']}")
                changed = True
                continue
            self._keep_indicator_edits(initiative, indicator, values)
            values["extra"] = kept_years(indicator.extra, values["extra"])
            if existing:
                self.notes += _describe_indicator(indicator, values, item.get("targets") or [], self.losses)
            old_unit = indicator.unit
            edited, refreshed = _update(indicator, values)
            if edited or refreshed:
                self._save(indicator)
            changed |= edited
            seen.add(indicator.pk)
            targets, actuals = item.get("targets") or [], item.get("actuals") or []
            changed |= self._values(initiative, indicator, targets, actuals, old_unit)
        for indicator in existing:
            if "added" in (indicator.app_revisions or {}) and not self.overwrite_revised:
                continue
            if indicator.pk not in seen and indicator.retired_at is None:
                self._note(f"指標を計画から外す: {indicator.name}", lost=True)
                indicator.retired_at = timezone.now()
                self._save(indicator)
                changed = True
        return changed

    def _keep_indicator_edits(self, initiative: Initiative, indicator: Indicator, values: dict[str, Any]) -> bool:
        """Take the fields edited in the app out of ``values`` (a conflict each where the file differs)."""
        from .editing import INDICATOR_FIELDS

        revisions = indicator.app_revisions or {}
        if revisions and self.overwrite_revised:
            indicator.app_revisions = {}
            indicator.save(update_fields=["app_revisions"])
        elif revisions:
            for name, columns in INDICATOR_FIELDS.items():
                if name not in revisions:
                    continue
                if any(values[c] != getattr(indicator, c) for c in columns[:2]):
                    label = {"name": "指標名", "unit": "単位", "baseline": "基準値", "final_target": "最終目標"}[name]
                    mine = getattr(indicator, columns[1] if len(columns) > 1 else columns[0])
                    theirs = values[columns[1] if len(columns) > 1 else columns[0]]
                    if len(columns) > 1:
                        # a dated figure: with its unit and year (「85%（令和10年度）」), as the targets' conflicts say them
                        fy = getattr(indicator, columns[0])
                        if name == "final_target":
                            self.final_conflicts.add((indicator.pk, fy, mine, theirs))
                        mine = _dated(mine, fy, indicator.unit)
                        theirs = _dated(theirs, values[columns[0]], values.get("unit") or indicator.unit)
                    self._conflict(initiative, f"指標「{indicator.name}」の{label}", _plain(mine), _plain(theirs))
                for c in columns:
                    del values[c]
            if "retired" in revisions:
                values["retired_at"] = indicator.retired_at
        return True

    def _values(
        self, initiative: Initiative, indicator: Indicator, targets: list[dict], actuals: list[dict], old_unit: str = ""
    ) -> bool:
        """Replace the plan-printed targets and actuals (recorded actuals live elsewhere).

        A change is noted with the indicator's unit (「目標値: 150件 → 160件」, the old value with the
        unit it was stored with): a bare 「150 → 160」 left the plan office to look up whether the
        figure was a count, a percentage or a sum of yen.

        Values revised in the app are kept, and a file value that differs from one is a conflict,
        unless the plan office chose the file's values.
        """
        wanted = value_rows(targets, actuals)
        rows = self.stored["values"].get(indicator.pk, [])
        revised = {(v.kind, v.fy): v for v in rows if v.revised_at is not None}
        if revised and not self.overwrite_revised:
            for kind, fy, value, text, _ in wanted:
                kept = revised.get((kind, fy))
                # an actual removed in the app stays removed whatever the file states
                removal = kept is not None and removed(kept)
                if kept is None or (kept.value == value and not removal) or (removal and not is_figure(value, text)):
                    continue
                if kind == ValueKind.TARGET and (indicator.pk, fy, kept.value, value) in self.final_conflicts:
                    continue  # the final target's year: its conflict says it
                year = fy_label(fy) if fy else ""
                held = "アプリで削除したままにします" if removal else f"アプリで改訂した {_number(kept.value, indicator.unit)} を保持"
                self.result.conflicts.append(
                    f"{initiative.code or initiative.title} {indicator.name} "
                    f"{year}の{kept.get_kind_display()}: {held}"
                    f"（ファイルでは {_shown(value, text, indicator.unit) if removal else _number(value, indicator.unit)}）"
                )
            wanted = [w for w in wanted if (w[0], w[1]) not in revised]
            rows = [v for v in rows if v.revised_at is None]
        # an actual of a year the file does not give is kept: next year's 進捗状況一覧 reports its own
        # year, and last year's figure printed in last year's file is no less true for that
        given = {(kind, fy) for kind, fy, *_ in wanted}
        last = max((w[4] for w in wanted if w[0] == ValueKind.ACTUAL), default=-1)
        kept: set[tuple[str, int | None]] = set()  # marked ``IndicatorValue.kept``: not a figure this file states
        for v in sorted(rows, key=lambda v: (v.fy or 0, v.position)):
            if v.kind == ValueKind.ACTUAL and (v.kind, v.fy) not in given:
                last += 1
                wanted.append((v.kind, v.fy, v.value, v.text, last))
                kept.add((v.kind, v.fy))
                year = fy_label(v.fy) if v.fy else ""
                self.result.kept_actuals.append(
                    f"{initiative} 指標「{indicator.name}」{year} 実績値 {_shown(v.value, v.text, indicator.unit)}"
                )
        current = [(v.kind, v.fy, v.value, v.text, v.position) for v in rows]
        if same(_year_by_year(current), _year_by_year(wanted)):
            # the same figures in another order (last year's report again after this year's: its year first, the kept
            # year after it) are no change (walked: all seven 取組 listed as changed, with nothing under them)
            if any(v.kept != ((v.kind, v.fy) in kept) for v in rows):  # stated again, or no longer: marked, no change
                self._replace(IndicatorValue, rows, value_dicts(indicator.pk, wanted, kept))
            return False
        if rows or wanted:  # a first actual of an indicator of no printed value (its final target alone) is news
            old_values = {(v.kind, v.fy): v.value for v in rows}
            new_values = {(kind, fy): value for kind, fy, value, _, _ in wanted}
            old_texts = {(v.kind, v.fy): v.text for v in rows}
            new_texts = {(kind, fy): text for kind, fy, _, text, _ in wanted}
            labels = dict(ValueKind.choices)
            for key in sorted(set(old_values) | set(new_values), key=lambda k: (k[0], k[1] or 0)):
                year = fy_label(key[1]) if key[1] else ""
                what = f"指標「{indicator.name}」{year} {labels.get(key[0], key[0])}"
                lost = key[0] == ValueKind.TARGET and key not in new_values  # a target the file no longer gives
                published = self.reported.get(indicator.pk, {}).get(key[1]) if key[0] == ValueKind.ACTUAL else None
                if old_values.get(key) != new_values.get(key):
                    before = _shown(old_values.get(key), old_texts.get(key), old_unit)
                    after = _shown(new_values.get(key), new_texts.get(key), indicator.unit)
                    figure = (new_values.get(key), new_texts.get(key) or "")
                    if published is not None and is_figure(*figure) and not same_figure(published, figure):
                        # the reported actual stays the year's (docs/evaluation.md 「Which actual」): the file's is the
                        # plan document's figure, a difference to check rather than an actual added
                        shown = _shown(published[0], published[1], indicator.unit)
                        was = "" if old_values.get(key) is None and not old_texts.get(key) else f"（計画書の記載 {before} から）"
                        self._note(
                            f"{what}: ファイルの {after}{was} は、進捗報告で公表済みの実績値 {shown} とは異なります"
                            f"（実績値は公表済みの {shown} のまま。ファイルの値は計画書の記載として示します）"
                        )
                    else:
                        self._note(f"{what}: {before} → {after}", lost=lost)
                elif not same(old_texts.get(key), new_texts.get(key)):
                    # the same number in other words (「100%」 → 「100%（維持）」): still what changes
                    before, after = _short(old_texts.get(key)), _short(new_texts.get(key))
                    self._note(f"{what}: 「{before}」 → 「{after}」", lost=lost)
        self._replace(IndicatorValue, rows, value_dicts(indicator.pk, wanted, kept))
        return True


#: What an indicator's ``extra`` holds year by year as a progress report printed it (its 評価, its 達成率).
YEARLY_EXTRAS = ("evaluations", "achievement_rates")


def kept_years(old: Any, new: dict[str, Any]) -> dict[str, Any]:
    """``new`` (an indicator's ``extra`` read from the file) with the years of ``old`` it does not give kept in
    ``YEARLY_EXTRAS``, as an actual of such a year is kept (``_values``): next year's 進捗状況一覧 prints its own
    year's 評価, and last year's grade printed in last year's file is no less true for that."""
    old = old if isinstance(old, dict) else {}
    out = dict(new)
    for key in YEARLY_EXTRAS:
        before = [e for e in old.get(key) or [] if isinstance(e, dict)]
        after = [e for e in new.get(key) or [] if isinstance(e, dict)]
        given = {e.get("fy") for e in after}
        kept = [e for e in before if e.get("fy") not in given]
        if kept:
            out[key] = sorted([*kept, *after], key=lambda e: (e.get("fy") is None, e.get("fy") or 0))
    return out


def indicator_values(item: dict[str, Any], position: int) -> dict[str, Any]:
    """The Indicator columns of one Plan JSON indicator."""
    baseline = item.get("baseline")
    final = item.get("final_target")
    return {
        "name": item["name"],
        "kind": item.get("kind") or "KPI",
        "unit": _text(item.get("unit"))[:50],
        "direction": item.get("direction") or "",
        "has_baseline": baseline is not None,
        "baseline_fy": (baseline or {}).get("fy"),
        "baseline_value": (baseline or {}).get("value"),
        "baseline_text": _text((baseline or {}).get("text")),
        "has_final_target": final is not None,
        "final_target_fy": (final or {}).get("fy"),
        "final_target_value": (final or {}).get("value"),
        "final_target_text": _text((final or {}).get("text")),
        "position": position,
        "extra": {k: v for k, v in item.items() if k not in INDICATOR_CORE},
        "retired_at": None,
    }


def initiative_values(item: dict[str, Any], section: Section | None) -> dict[str, Any]:
    """The Initiative columns of one Plan JSON initiative (position and source line apart)."""
    return {
        "section": section,
        "code": _text(item.get("code"))[:50],
        "title": item["title"].strip(),
        "summary": _text(item.get("summary")),
        "background": _text(item.get("background")),
        "purpose": _text(item.get("purpose")),
        "actions": _text(item.get("actions")),
        "goal": _text(item.get("goal")),
        "effects": item.get("effects") or [],
        "scope": item.get("scope") or "",
        "priority": _text(item.get("priority"))[:100],
        "urgency": item.get("urgency"),
        "importance": item.get("importance"),
        "marks": item.get("marks") or [],
        "extra": {k: v for k, v in item.items() if k not in INITIATIVE_CORE},
        "retired_at": None,
    }


#: Initiative columns a re-import may change (what ``bulk_update_with_history`` writes).
INITIATIVE_SAVED = [
    "section", "code", "title", "summary", "background", "purpose", "actions", "goal", "effects", "scope",
    "priority", "urgency", "importance", "marks", "extra", "retired_at", "position", "source_line", "repost_of",
]  # fmt: skip
#: Indicator columns a re-import may change.
INDICATOR_SAVED = [
    "name", "kind", "unit", "direction", "has_baseline", "baseline_fy", "baseline_value", "baseline_text",
    "has_final_target", "final_target_fy", "final_target_value", "final_target_text", "position", "extra",
    "retired_at",
]  # fmt: skip


def department_names(names: list[str]) -> list[str]:
    """The 担当課 of an initiative as stored: trimmed, at most 100 characters, each once, in order."""
    return list(dict.fromkeys(n.strip()[:100] for n in names if n.strip()))


def source_line(item: dict[str, Any]) -> int | None:
    line = item.get("line")
    return line if isinstance(line, int) and line > 0 else None


def schedule_rows(entries: list[dict[str, Any]]) -> list[tuple[int, int | None, str, int]]:
    return [(e["fy"], e.get("half"), _text(e.get("label")), i) for i, e in enumerate(entries)]


def budget_rows(entries: list[dict[str, Any]]) -> list[tuple[int, Decimal | None, str, dict[str, Any]]]:
    return [
        (e["fy"], _decimal(e.get("amount")), (_text(e.get("unit")) or "千円")[:10],
         {k: v for k, v in e.items() if k not in ("fy", "amount", "unit")})
        for e in entries
    ]  # fmt: skip


def value_rows(targets: list[dict], actuals: list[dict]) -> list[tuple[str, Any, Any, str, int]]:
    return [
        (kind, v.get("fy"), v.get("value"), _text(v.get("text")), i)
        for kind, values in ((ValueKind.TARGET, targets), (ValueKind.ACTUAL, actuals))
        for i, v in enumerate(values)
    ]


def schedule_dicts(initiative_id: int, rows: list[tuple[int, int | None, str, int]]) -> list[dict[str, Any]]:
    """ScheduleEntry rows of ``schedule_rows`` (what ``_Loader._insert`` writes)."""
    return [
        {"initiative_id": initiative_id, "fy": fy, "half": half, "label": label, "position": position}
        for fy, half, label, position in rows
    ]


def budget_dicts(initiative_id: int, rows: list[tuple]) -> list[dict[str, Any]]:
    return [
        {"initiative_id": initiative_id, "fy": fy, "amount": amount, "unit": unit, "extra": extra}
        for fy, amount, unit, extra in rows
    ]


def value_dicts(
    indicator_id: int, rows: list[tuple[str, Any, Any, str, int]], kept: Collection[tuple[str, Any]] = ()
) -> list[dict[str, Any]]:
    """IndicatorValue rows of ``value_rows``; ``kept``: the (kind, fy) of actuals kept from an earlier import."""
    return [
        {
            "indicator_id": indicator_id,
            "kind": kind,
            "fy": fy,
            "value": value,
            "text": text,
            "position": position,
            "kept": (kind, fy) in kept,
        }
        for kind, fy, value, text, position in rows
    ]


def _number(value: float | Decimal | None, unit: str = "") -> str:
    """``value`` as staff write it, followed by ``unit`` (「150件」); 「（なし）」 for no value."""
    if value is None:
        return "（なし）"
    return numbers.written(value) + (unit or "")


def _shown(value: float | Decimal | None, text: str | None, unit: str = "") -> str:
    """A value as the plan printed it (「97.0%」, not 「97%」) where its text holds that number, else ``_number``."""
    found = parse_number(text) if text else None
    if value is None or found is None or Decimal(str(found[0])) != Decimal(str(value)):
        return _number(value, unit)
    # a bare figure (「80」, its unit in a column of its own) is written with the indicator's unit
    return str(text).strip() if found[1] or not unit else _number(value, unit)


#: Initiative fields described old → new in a preview, with the name the plan office knows.
_DESCRIBED = {
    "title": "取組名", "code": "番号", "summary": "概要", "background": "現状・課題", "purpose": "目的",
    "actions": "今後の取組内容", "goal": "目指す姿", "scope": "区分", "priority": "重点", "marks": "印",
}  # fmt: skip


def _dated(value: Any, fy: int | None, unit: str) -> Any:
    """A figure with its unit and year (「85%（令和10年度）」); a value that is no figure as it is."""
    if not isinstance(value, float | int | Decimal):
        return value
    return _number(value, unit) + (f"（{fy_label(fy)}）" if fy else "")


def _plain(value: Any) -> str:
    return _number(value) if isinstance(value, float | int | Decimal) else _text(value)


def _period(row: tuple) -> tuple:
    return (row[0], row[1] or 0)


def _schedule_text(rows: list[tuple]) -> str:
    return "、".join(f"{fy_label(fy)}{ {1: '前期', 2: '後期'}.get(half or 0, '')} {label}" for fy, half, label in rows)


def _short(value: Any, limit: int = 40) -> str:
    text = "、".join(map(str, value)) if isinstance(value, list) else _text(value)
    text = " ".join(text.split())
    return (text[: limit - 1] + "…" if len(text) > limit else text) or "（なし）"


def _valued(fy: int | None, value: float | None, unit: str = "") -> str:
    return _number(value, unit) + (f"（{fy_label(fy)}）" if fy else "")


def _describe_indicator(
    indicator: Indicator, values: dict[str, Any], targets: list[dict], losses: list[str] | None = None
) -> list[str]:
    """「指標「…」基準値: 12件（令和5年度） → 40件（令和5年度）」 for the indicator's own fields a revision
    changes: next year's 進捗管理表 restates the 現状値, and a preview that counted the initiative
    as changed without saying what left the plan office to compare the files by hand. A final
    target that is also one of the dated targets is described with them (``_values``), not twice.
    A baseline or final target the file no longer gives is added to ``losses`` too.
    """
    notes = []
    dated = {t.get("fy") for t in targets}
    new_unit = values.get("unit", indicator.unit)
    for label, fy, value in (
        ("基準値", "baseline_fy", "baseline_value"),
        ("最終目標", "final_target_fy", "final_target_value"),
    ):
        if value not in values or (fy == "final_target_fy" and values[fy] in dated and values[fy]):
            continue  # edited in the app (a conflict instead), or described as a dated target
        old, new = (getattr(indicator, fy), getattr(indicator, value)), (values[fy], values[value])
        if _valued(*old) != _valued(*new):
            notes.append(
                f"指標「{indicator.name}」{label}: {_valued(*old, indicator.unit)} → {_valued(*new, new_unit)}"
            )
            if losses is not None and old[1] is not None and new[1] is None:
                losses.append(notes[-1])
    if "unit" in values and not same(indicator.unit, values["unit"]):
        notes.append(
            f"指標「{indicator.name}」単位: {indicator.unit or '（なし）'} → {values['unit'] or '（なし）'}"
        )
    if "extra" in values:
        notes += _describe_extra(indicator.extra, values["extra"], prefix=f"指標「{indicator.name}」")
    return notes


def _describe(initiative: Initiative, values: dict[str, Any], section: Section | None) -> list[str]:
    """"取組名: 旧 → 新" for each described field that the new values change (``section``: the
    initiative's stored section, passed in so that describing costs no query)."""
    notes = []
    if initiative.retired_at is not None and values.get("retired_at", initiative.retired_at) is None:
        # listed as changed, and nothing said why: it is back in the plan
        notes.append("計画に戻す（前の取込で計画から外れていた取組）")
    for name, label in _DESCRIBED.items():
        if name not in values:  # edited in the app: kept, listed as a conflict instead
            continue
        old, new = getattr(initiative, name), values[name]
        if not same(old, new):
            notes.append(f"{label}: {_short(old)} → {_short(new)}")
    if (values["section"].pk if values["section"] else None) != initiative.section_id:
        old_section = section.title if section else None
        new_section = values["section"].title if values["section"] else None
        notes.append(f"施策体系: {_short(old_section)} → {_short(new_section)}")
    if "extra" in values:
        notes += _describe_extra(initiative.extra, values["extra"])
    return notes


#: Keys of ``extra`` that say where or from which file something was read, not what the plan says.
_EXTRA_UNDESCRIBED = SOURCE_KEYS | {"read_from"}


def _extra_text(value: Any) -> Any:
    """An extra value as a reader knows it: a step or an entry by its label or text, not its JSON."""
    if isinstance(value, list) and value and all(isinstance(v, dict) and "fy" in v for v in value):
        return by_year(value)  # 「令和6年度 B」: a grade, a rate the plan printed year by year
    if isinstance(value, list):
        return [_extra_text(v) for v in value]
    if isinstance(value, dict):
        return next((str(value[k]) for k in ("label", "text", "name") if value.get(k)), "")
    if isinstance(value, bool):  # 「関係課」 said without names (a 担当課 cell ending 「ほか」): there or not, never 「True」
        return "あり" if value else None
    return value


def extra_changes(old: Any, new: Any) -> list[tuple[str, Any, Any]]:
    """(label, old, new) for each key of ``extra`` whose content differs, in words a plan office
    knows (「注記」, not ``notes``); where and from which file it was read is left out. Also the
    history's (``progress.history``): an ``extra`` is never shown as its JSON."""
    old = old if isinstance(old, dict) else {}
    new = new if isinstance(new, dict) else {}
    return [
        (EXTRA_LABELS.get(key, f"その他の記載（{key}）"), _extra_text(old.get(key)), _extra_text(new.get(key)))
        for key in [*old, *(k for k in new if k not in old)]
        if key not in _EXTRA_UNDESCRIBED and not same(old.get(key), new.get(key))
    ]


def _describe_section(section: Section, extra: dict[str, Any]) -> list[str]:
    """「施策体系「3-4 行政のデジタル化の推進」の注記: 旧 → 新」 for what a revision changes of the section's
    own notes (a 施策's 成果指標): of a list, the entries that differ, so that the figure that changed is in
    the line rather than cut off after the first of them."""
    lines = []
    for label, before, after in extra_changes(section.extra, extra):
        if isinstance(before, list) and isinstance(after, list):
            gone, added = [v for v in before if v not in after], [v for v in after if v not in before]
            if gone or added:
                before, after = gone, added
        lines.append(f"施策体系「{section}」の{label}: {_short(before, 80)} → {_short(after, 80)}")
    return lines


def _describe_extra(old: dict[str, Any] | None, new: dict[str, Any] | None, prefix: str = "") -> list[str]:
    """「注記: 旧 → 新」 for each key of ``extra`` whose content the new values change; of a list by year (a 評価
    each year), the years that differ (「公表評価: （なし） → 令和7年度 B」, not 「B → B」)."""
    lines = []
    for label, before, after in extra_changes(old, new):
        if isinstance(before, list) and isinstance(after, list) and all(isinstance(v, str) for v in [*before, *after]):
            before, after = [v for v in before if v not in after], [v for v in after if v not in before]
        lines.append(f"{prefix}{label}: {_short(before)} → {_short(after)}")
    return lines


def _stored_under_its_report(municipality: Municipality, title: str) -> Plan | None:
    """The plan imported under the title of a yearly report on it (「北杜見市DX推進計画 進捗状況一覧」) before such a title
    was read as the plan's name (``importers.titles.plan_name``): next year's report, named 「北杜見市DX推進計画」, revises it
    rather than making a second plan beside it."""
    from shinchoku.importers.titles import plan_name

    stored = Plan.objects.filter(municipality=municipality, title__contains=title).exclude(title=title)
    return next((plan for plan in stored.only("pk", "title") if plan_name(plan.title) == title), None)


def _year_by_year(values: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    """(kind, fy, value, text) rows in the order of their kind and year, each year's in their order: what a plan prints of
    an indicator's values, whatever place each was stored at."""
    ordered = sorted(values, key=lambda v: (v[0], v[1] or 0, v[4]))
    return [tuple(v[:4]) for v in ordered]
