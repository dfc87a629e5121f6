"""Read-side queries for the pages: each returns everything a page needs in a fixed number of queries.

Views call these and render; no view builds its own queryset, so the query bound that the tests
assert (independent of the number of initiatives) holds for every page in one place.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import (
    Case,
    Count,
    F,
    Func,
    IntegerField,
    OuterRef,
    Prefetch,
    QuerySet,
    Subquery,
    Value,
    When,
    prefetch_related_objects,
)

from shinchoku.core.prefectures import PREFECTURES, in_order
from shinchoku.importers.planjson import MAX_SECTION_DEPTH, year_bounds

from .models import (
    BudgetEntry,
    Department,
    Indicator,
    IndicatorValue,
    Initiative,
    InitiativeDepartment,
    Municipality,
    Plan,
    ReferenceResult,
    ScheduleEntry,
    Section,
    current,
)


def code_holder(code: str, name: str) -> Municipality | None:
    """The registered municipality other than ``name`` that holds 団体コード ``code``: the loader finds a municipality
    by its code first, so a plan given that code would go into it."""
    return Municipality.objects.filter(code=code).exclude(name=name).first()


def municipalities_with_plans(prefecture: str = "") -> QuerySet[Municipality]:
    """Home page: municipalities that have a plan (of one prefecture if given), by prefecture in the
    official order, then 団体コード, a municipality without a code after the coded ones of its
    prefecture by name (緑ヶ丘市 without a code was listed last of all, apart from its prefecture).

    Without their plans: the page fetches those (``with_plans``) for the municipalities it shows,
    so the page's cost does not grow with the installation."""
    municipalities = Municipality.objects.filter(plans__isnull=False)
    if prefecture:
        municipalities = municipalities.filter(prefecture=prefecture)
    rank = Case(
        *(When(prefecture=name, then=Value(n)) for n, name in enumerate(PREFECTURES)),
        default=Value(len(PREFECTURES)),  # no prefecture (or not one of the 47): last
        output_field=IntegerField(),
    )
    # nulls_last: those without a code after the coded ones on every database (SQLite would put them first)
    return (
        municipalities.annotate(prefecture_rank=rank)
        .distinct()
        .order_by("prefecture_rank", F("code").asc(nulls_last=True), "name", "pk")
    )


def prefectures_with_plans() -> list[str]:
    """The prefectures the home page can be narrowed to."""
    rows = Municipality.objects.filter(plans__isnull=False).exclude(prefecture="").values_list("prefecture")
    return in_order(p for (p,) in rows.distinct())


def with_plans(municipalities: list[Municipality]) -> None:
    """Give each municipality its plans with their initiative / indicator counts (one query)."""
    plans = Plan.objects.annotate(
        n_initiatives=Count("initiatives", filter=current("initiatives__"), distinct=True),
        n_indicators=Count(
            "initiatives__indicators",
            filter=current("initiatives__") & current("initiatives__indicators__"),
            distinct=True,
        ),
    ).order_by("-start_fy", "title")
    prefetch_related_objects(municipalities, Prefetch("plans", queryset=plans))


def indicator_count() -> Subquery:
    """An initiative's number of current indicators, for ``annotate(n_indicators=…)``.

    A correlated subquery rather than a join with GROUP BY: the database counts only for the rows
    a page returns (a join groups the whole table before LIMIT), and ``count()`` drops it.
    """
    indicators = Indicator.objects.active().filter(initiative=OuterRef("pk")).order_by()
    return Subquery(indicators.annotate(n=Func(F("pk"), function="COUNT")).values("n"))


def active_initiatives(plan: Plan) -> QuerySet[Initiative]:
    """The plan's current initiatives with what list pages show (section, departments, KPI count)."""
    return (
        plan.initiatives.active()
        .select_related("section")
        .prefetch_related(
            Prefetch("department_links", queryset=InitiativeDepartment.objects.select_related("department"))
        )
        .annotate(n_indicators=indicator_count())
        .order_by("position")
    )


@dataclass
class SectionNode:
    """A section with its initiatives and child sections, for rendering the plan's tree."""

    section: Section | None
    initiatives: list[Initiative] = field(default_factory=list)
    children: list[SectionNode] = field(default_factory=list)

    @property
    def count(self) -> int:
        return len(self.initiatives) + sum(child.count for child in self.children)


def section_tree(
    sections: list[Section], initiatives: list[Initiative], *, keep_noted: bool = False
) -> list[SectionNode]:
    """Group initiatives under their sections, keeping the plan's order; empty branches are dropped,
    but for ``keep_noted`` a section of its own notes (a 施策's 成果指標 with no 事業 listed under it,
    ``Section.notes``) and the branch above it: the whole plan's page shows what the plan says of it.

    Initiatives without a section come first under a node whose ``section`` is None.
    """
    nodes = {s.pk: SectionNode(s) for s in sections}
    roots: list[SectionNode] = []
    shown = shown_parent(sections)
    for s in sections:
        parent_id = shown.get(s.pk)
        parent = nodes.get(parent_id) if parent_id else None
        (parent.children if parent else roots).append(nodes[s.pk])
    loose = SectionNode(None)
    for item in initiatives:
        node = nodes.get(item.section_id) if item.section_id else None
        (node or loose).initiatives.append(item)

    def prune(items: list[SectionNode]) -> list[SectionNode]:
        kept = []
        for node in items:
            node.children = prune(node.children)
            if (
                node.count
                or node.children
                or (keep_noted and node.section is not None and node.section.notes)
            ):
                kept.append(node)
        return kept

    tree = prune(roots)
    return ([loose] if loose.initiatives else []) + tree


def shown_parent(sections: list[Section]) -> dict[int, int | None]:
    """Each section's parent in the tree the pages show, at most MAX_SECTION_DEPTH levels deep.

    Imports refuse deeper plans, but pages must render whatever is stored: a section below the
    last level is shown under its ancestor on the level above the last. Iterative, so 3,000 nested
    sections cost no recursion.
    """
    parent_of = {s.pk: s.parent_id for s in sections}
    depth: dict[int, int] = {}
    holder: dict[int, int | None] = {}  # the ancestor on level MAX - 1 (0-based MAX - 2)
    shown: dict[int, int | None] = {}
    for s in sections:
        chain, seen, current = [], set(), s.pk
        while current is not None and current not in depth and current in parent_of and current not in seen:
            chain.append(current)
            seen.add(current)
            current = parent_of[current]
        for pk in reversed(chain):
            parent = parent_of[pk]
            if parent is None or parent not in depth:  # a root, or a parent not in the list (or a cycle)
                depth[pk], shown[pk] = 0, None
            else:
                depth[pk] = depth[parent] + 1
                shown[pk] = parent if depth[pk] < MAX_SECTION_DEPTH else holder[parent]
            holder[pk] = pk if depth[pk] == MAX_SECTION_DEPTH - 2 else holder.get(parent) if parent else None
    return shown


def descendant_ids(sections: list[Section], root_id: int) -> set[int]:
    """The section and all sections below it (a filter by section includes sub-sections)."""
    children: dict[int | None, list[int]] = defaultdict(list)
    for s in sections:
        children[s.parent_id].append(s.pk)
    found, stack = set(), [root_id]
    while stack:
        current = stack.pop()
        if current not in found:
            found.add(current)
            stack.extend(children.get(current, []))
    return found


def initiative_detail(pk: int) -> Initiative:
    """Everything the initiative page shows, in a fixed number of queries.

    Each related list is ordered within the initiative only: the models' default orderings start
    with the initiative, which Django expands into its plan's and municipality's (a join of three
    tables ordered by 団体コード), and on SQLite the planner then read every municipality in code
    order to find one initiative's rows (85 ms a page at 1,741 municipalities, 51 ms at 174)."""
    indicators = (
        Indicator.objects.active()
        .order_by("position", "pk")
        .prefetch_related(
            Prefetch("values", queryset=IndicatorValue.objects.order_by("kind", "fy", "position"))
        )
    )
    initiative = (
        Initiative.objects.select_related("plan__municipality", "section__parent__parent", "repost_of")
        .prefetch_related(
            Prefetch(
                "department_links",
                queryset=InitiativeDepartment.objects.select_related("department").order_by("position", "pk"),
            ),
            Prefetch("schedule", queryset=ScheduleEntry.objects.order_by("fy", "half", "position", "pk")),
            Prefetch("indicators", queryset=indicators),
            Prefetch("budget", queryset=BudgetEntry.objects.order_by("fy", "pk")),
            # no ORDER BY: SQLite would walk every initiative in plan order rather than use the
            # 再掲元 index (29 ms a page at 1,741 municipalities); sorted below
            Prefetch("reposts", queryset=Initiative.objects.active().order_by(), to_attr="repost_list"),
            Prefetch("reference_results", queryset=ReferenceResult.objects.order_by("fy", "pk")),
        )
        .get(pk=pk)
    )
    initiative.repost_list.sort(key=lambda r: (r.plan_id, r.position, r.pk))
    return initiative


def plan_departments(plan: Plan) -> QuerySet[Department]:
    """Departments that own at least one current initiative of the plan, with their counts."""
    return (
        Department.objects.filter(
            current("initiative_links__initiative__"), initiative_links__initiative__plan=plan
        )
        .annotate(n=Count("initiative_links", distinct=True))
        .order_by("name")
    )


@dataclass
class BudgetTable:
    """Totals per fiscal year by top-level section (大野城市's 2.4 table, computed from the data)."""

    years: list[int]
    rows: list[tuple[str, list[Decimal | None], Decimal]]
    totals: list[Decimal]
    grand_total: Decimal
    unit: str


def budget_table(plan: Plan) -> BudgetTable:
    sections = {s.pk: s for s in plan.sections.all()}

    def top(section_id: int | None) -> Section | None:
        section = sections.get(section_id) if section_id else None
        while section is not None and section.parent_id in sections:
            section = sections[section.parent_id]
        return section

    entries = BudgetEntry.objects.filter(
        current("initiative__"), initiative__plan=plan, amount__isnull=False
    ).values_list("initiative__section_id", "fy", "amount", "unit")
    sums: dict[int | None, dict[int, Decimal]] = defaultdict(lambda: defaultdict(Decimal))
    units = set()
    for section_id, fy, amount, unit in entries:
        root = top(section_id)
        sums[root.pk if root else None][fy] += amount
        units.add(unit)
    years = sorted({fy for per_year in sums.values() for fy in per_year})
    order = [s.pk for s in sections.values() if s.parent_id is None] + [None]
    rows = []
    for key in order:
        if key not in sums:
            continue
        label = str(sections[key]) if key else "（体系外）"
        cells = [sums[key].get(y) for y in years]
        rows.append((label, cells, sum((c for c in cells if c), Decimal(0))))
    totals = [sum((sums[k].get(y, Decimal(0)) for k in sums), Decimal(0)) for y in years]
    return BudgetTable(years, rows, totals, sum(totals, Decimal(0)), "・".join(sorted(units)) or "千円")


def roadmap_columns(plan: Plan, initiatives: list[Initiative]) -> list[tuple[int, int | None]]:
    """Columns of the 全体工程表: (fiscal year, half) pairs, split into halves where the plan does.

    The plan period gives the years; schedule entries outside it widen the range rather than vanish.
    """
    entries = [e for i in initiatives for e in i.schedule.all()]
    years = set(plan.fiscal_years) | {e.fy for e in entries}
    if not years:
        return []
    # Never wider than the years a plan may name (a stored year 20230 must not make 18,000 columns).
    low, high = year_bounds(plan.start_fy, plan.end_fy)
    span = range(max(min(years), low), min(max(years), high) + 1)
    if any(e.half for e in entries):
        return [(y, h) for y in span for h in (1, 2)]
    return [(y, None) for y in span]


def roadmap_cells(initiative: Initiative, columns: list[tuple[int, int | None]]) -> list[list[str]]:
    """The schedule labels of an initiative per column; a whole-year entry fills both halves of its year."""
    index = {column: n for n, column in enumerate(columns)}
    cells: list[list[str]] = [[] for _ in columns]
    for entry in initiative.schedule.all():
        for half in [entry.half] if entry.half else [None, 1, 2]:
            n = index.get((entry.fy, half))
            if n is not None and (entry.label or "●") not in cells[n]:
                cells[n].append(entry.label or "●")
    return cells


def roadmap_segments(cells: list[list[str]]) -> list[tuple[list[str], int]]:
    """Adjacent columns with the same labels merged: (labels, span), as a bar on a printed 工程表."""
    segments: list[tuple[list[str], int]] = []
    for labels in cells:
        if segments and labels and segments[-1][0] == labels:
            segments[-1] = (labels, segments[-1][1] + 1)
        else:
            segments.append((labels, 1))
    return segments


def attach_roadmap_cells(initiatives: list[Initiative], columns: list[tuple[int, int | None]]) -> None:
    """Give each initiative ``roadmap_cells``: its (labels, span) segments across the columns."""
    for initiative in initiatives:
        initiative.roadmap_cells = roadmap_segments(roadmap_cells(initiative, columns))


def department_initiatives(department: Department) -> QuerySet[Initiative]:
    """Every current initiative of one 担当課, across plans and sections, in plan order."""
    return (
        Initiative.objects.active()
        .filter(department_links__department=department)
        .select_related("plan", "section")
        .prefetch_related(
            Prefetch("department_links", queryset=InitiativeDepartment.objects.select_related("department"))
        )
        .annotate(n_indicators=indicator_count())
        .order_by("plan__title", "position")
    )
