"""Pages for reading plans. Thin: each asks plans.queries for its data and renders a template."""

from __future__ import annotations

from typing import Any

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils.translation import gettext as _

from shinchoku.accounts.permissions import can
from shinchoku.core.paging import page_of
from shinchoku.core.params import query_id
from shinchoku.importers.text import wareki
from shinchoku.national.panel import initiative_panel
from shinchoku.plans import queries
from shinchoku.plans.actuals import file_graded, graded_legend
from shinchoku.plans.budget_sum import plan_budget
from shinchoku.plans.filters import InitiativeFilter
from shinchoku.plans.models import Department, Initiative, Plan
from shinchoku.progress import figures, history, removals, results
from shinchoku.search.service import similar

from .charts import indicator_view, stacked_chart

#: Municipalities per home page (each with its plans and their standing).
HOME_PER_PAGE = 20


def home(request: HttpRequest) -> HttpResponse:
    """Municipalities and their plans, a page at a time, narrowed to one prefecture if asked."""
    prefectures = queries.prefectures_with_plans()
    prefecture = request.GET.get("prefecture", "")
    if prefecture and prefecture not in prefectures:
        prefecture = ""  # an odd value shows everything rather than an empty page
    page = page_of(request, queries.municipalities_with_plans(prefecture), HOME_PER_PAGE)
    municipalities = list(page.object_list)
    queries.with_plans(municipalities)
    standing = results.years_by_plan([p for m in municipalities for p in m.plans.all()])
    for m in municipalities:
        for p in m.plans.all():
            p.standing = standing.get(p.pk, [])
    context = {"municipalities": municipalities, "page": page, "prefectures": prefectures, "prefecture": prefecture}
    return render(request, "shinchoku/home.html", context)


def _plan(pk: int) -> Plan:
    return get_object_or_404(Plan.objects.select_related("municipality"), pk=pk)


def plan_detail(request: HttpRequest, pk: int) -> HttpResponse:
    plan = _plan(pk)
    sections = list(plan.sections.all())
    departments = list(queries.plan_departments(plan))
    filterset = InitiativeFilter(
        request.GET,
        queries.active_initiatives(plan),
        plan=plan,
        sections=sections,
        departments=departments,
    )
    valid = filterset.is_valid()  # a value that is not one of the choices (?department=²) is a 400
    initiatives = list(filterset.qs.distinct()) if valid else []
    filtered = bool(request.GET and any(request.GET.get(f) for f in filterset.filters))
    standing = chart = None
    if not request.headers.get("HX-Request"):
        standing = results.plan_standing(plan)
        years = [(wareki(fy), counts) for fy, _, counts in standing.year_rows]
        hidden = [(wareki(t.fy), t.unpublished) for t in standing.totals]
        chart = stacked_chart(years, standing.grade_columns, standing.grade_classes, hidden)
    context = {
        "plan": plan,
        "standing": standing,
        "standing_chart": chart,
        "budget": plan_budget(plan) if standing is not None else None,  # 事業費の合計, in the summary
        "filter": filterset,
        # unfiltered, a section the plan prints notes for (its 成果指標) is shown even without 取組
        "tree": queries.section_tree(sections, initiatives, keep_noted=valid and not filtered),
        "shown": len(initiatives),
        "total": plan.initiatives.active().count(),
        "filtered": filtered,
        "can_edit": can(request.user, "edit_plan", plan),
        "can_remove_actuals": can(request.user, "remove_plan_actual", plan),
    }
    template = "shinchoku/_plan_results.html" if request.headers.get("HX-Request") else "shinchoku/plan.html"
    return render(request, template, context, status=200 if valid else 400)


def initiative_detail(request: HttpRequest, pk: int) -> HttpResponse:
    try:
        initiative = queries.initiative_detail(pk)
    except Initiative.DoesNotExist:
        raise Http404 from None
    return render(request, "shinchoku/initiative.html", initiative_context(request, initiative))


def _later_targets(entries: list[dict[str, Any]], indicators: list[Any], fy: int) -> list[dict[str, Any]]:
    """A published round's indicator entries, each without a target for the year given the plan's next one
    (``later_target``: 「令和7年度（2025）の目標 20%」, ``figures.next_target``), said beside its 「—」 as the report page
    says it (walked: the timeline's 「—」 alone, the plan's 20% out of sight)."""
    by_pk = {i.pk: i for i in indicators}
    found = []
    for entry in entries:
        indicator = by_pk.get(entry.get("indicator") or 0)
        if indicator is not None and entry.get("target") is None and not entry.get("target_text"):
            entry = {**entry, "later_target": figures.next_target(indicator, fy)}
        found.append(entry)
    return found


def initiative_context(request: HttpRequest, initiative: Initiative) -> dict[str, Any]:
    """What the initiative page shows (``queries.initiative_detail``'s initiative): its page, and the page again with
    a refused removal's message (``removal.remove_actual``)."""
    texts = [
        (_("概要"), initiative.summary),
        (_("現状・課題"), initiative.background),
        (_("目的"), initiative.purpose),
        (_("これまでの取組"), initiative.texts.progress_so_far),
        (_("今後の取組内容"), initiative.actions),
        (_("目指す姿・目標"), initiative.goal),
    ]
    published = results.initiative_results(initiative)
    actuals = results.published_actuals(published, initiative)
    indicators = list(initiative.indicators.all())
    taken = removals.removals(indicators)  # a plan file's actual removed in the app is said to be, with why
    for result in published:  # … in the timeline too, where a round froze it before (its rate and grade the round's)
        result.indicators = removals.marked(result.indicators, taken, result.fy) if taken else result.indicators
        result.indicators = _later_targets(result.indicators, indicators, result.fy)
    for indicator in indicators:  # a year's 計画ファイルの評価 whose figure was removed since: said beside it, with why
        indicator.grade_marks = removals.grade_marks(indicator, taken.get(indicator.pk, {}))
    views = [
        indicator_view(i, actuals.get(i.pk), {fy: r.label(i.unit) for fy, r in taken.get(i.pk, {}).items()})
        for i in indicators
    ]
    # the plan office may remove a wrong actual the plan's file states, here as on the report form (round open or not)
    if can(request.user, "remove_plan_actual", initiative.plan):
        for view in views:
            view.removable = removals.removable(view.indicator)
    return {
        "initiative": initiative,
        "plan": initiative.plan,
        "texts": texts,
        "indicators": views,
        "results": published,
        # what the 公表評価 the file printed beside its indicators mean (「A：目標より進んでいる、…」)
        "grade_legend": graded_legend(initiative.plan.extra, initiative.indicators.all()),
        # the file's grades beside shinchoku's: named apart
        "file_graded": file_graded(initiative.indicators.all()),
        "rule": results.initiative_rule(initiative) if published else None,
        "history": history.initiative_history(initiative, request.user),
        "similar": similar(initiative),
        "national": initiative_panel(initiative, request.user),
        "can_edit": can(request.user, "edit_plan", initiative.plan),
        # a retired initiative's line is of the file it was last read from, not of the plan's latest
        "source": (initiative.extra or {}).get("read_from")
        or {"filename": initiative.plan.source_filename, "layout": initiative.plan.source_layout},
    }


def roadmap(request: HttpRequest, pk: int) -> HttpResponse:
    plan = _plan(pk)
    departments = list(queries.plan_departments(plan))
    initiatives = queries.active_initiatives(plan).prefetch_related("schedule")
    department = query_id(request, "department")
    selected = str(department) if department else ""
    if department is not None:
        initiatives = initiatives.filter(department_links__department_id=department)
    initiatives = list(initiatives)
    columns = queries.roadmap_columns(plan, initiatives)
    queries.attach_roadmap_cells(initiatives, columns)
    status_fy, statuses = results.latest_statuses(plan)
    for initiative in initiatives:
        initiative.roadmap_status = statuses.get(initiative.pk)
    return render(
        request,
        "shinchoku/roadmap.html",
        {
            "plan": plan,
            "departments": departments,
            "selected": selected,
            "columns": columns,
            "status_fy": status_fy,
            "tree": queries.section_tree(list(plan.sections.all()), initiatives),
        },
    )


def department_detail(request: HttpRequest, pk: int) -> HttpResponse:
    department = get_object_or_404(Department.objects.select_related("municipality"), pk=pk)
    initiatives = list(queries.department_initiatives(department))
    return render(
        request, "shinchoku/department.html", {"department": department, "initiatives": initiatives}
    )


def budget(request: HttpRequest, pk: int) -> HttpResponse:
    plan = _plan(pk)
    # the 事業費 printed without a year (the plan page's 事業費の合計 counts them): said here, not 「経費の記載がありません」
    context = {"plan": plan, "table": queries.budget_table(plan), "summed": plan_budget(plan)}
    return render(request, "shinchoku/budget.html", context)
