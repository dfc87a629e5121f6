"""Removing a wrong actual a plan's file states, from the initiative page or the plan's list of its file's actuals.

The report form of an open round offered it alone, so a wrong figure the plan office found on the plan's pages or
between rounds stayed (walked). Thin: the plan office's permission (``remove_plan_actual``), then the one rule
(``progress.services.remove_plan_actual``) the report form and the API call too; a refusal is the page it came from
again with its message (400, or 409 for a page opened before someone changed the initiative).
"""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from shinchoku.accounts.permissions import require
from shinchoku.core.numbers import value_or_text
from shinchoku.core.params import parse_count
from shinchoku.plans import queries
from shinchoku.plans.models import Indicator, Plan, ValueKind, current
from shinchoku.progress import removals, services

from .views import initiative_context


def _status(exc: services.WorkflowError) -> int:
    """409 when the page was stale (someone changed the initiative meanwhile), else 400: the report form's answer."""
    return 409 if isinstance(exc, services.ConcurrentEditError) else 400


@require_POST
def remove_actual(request: HttpRequest, pk: int) -> HttpResponse:
    """「計画ファイルの実績値を削除する」 for one indicator's year, with a reason and the initiative's version."""
    indicator = get_object_or_404(Indicator.objects.select_related("initiative__plan__municipality"), pk=pk)
    initiative = indicator.initiative
    require(request.user, "remove_plan_actual", initiative.plan)
    from_plan = request.POST.get("back") == "plan"
    fy = parse_count(request.POST.get("fy", ""))
    try:
        if fy is None:
            raise services.WorkflowError(_("削除する実績値の年度を選んでください。"))
        figure = services.remove_plan_actual(
            initiative, indicator.pk, fy, user=request.user, version=parse_count(request.POST.get("version", "")),
            reason=request.POST.get("reason", ""),
        )  # fmt: skip
    except services.WorkflowError as exc:
        if from_plan:
            return _render_plan_actuals(request, initiative.plan, error=str(exc), status=_status(exc))
        context = initiative_context(request, queries.initiative_detail(initiative.pk))
        context["removal_error"] = str(exc)
        return render(request, "shinchoku/initiative.html", context, status=_status(exc))
    if figure is None:  # removed already (a second click): done
        messages.info(request, _("計画ファイルの実績値は削除済みです。"))
        return redirect(_back(indicator, from_plan))
    messages.success(
        request,
        _(
            "計画ファイルの実績値（%(figure)s）を削除しました。計画ファイルを取り込み直しても、この削除は保たれます。"
        )
        % {"figure": value_or_text(figure[0], figure[1], indicator.unit)},
    )
    return redirect(_back(indicator, from_plan))


def _back(indicator: Indicator, from_plan: bool) -> str:
    if from_plan:
        return reverse("plan-actuals", args=[indicator.initiative.plan_id]) + f"#actual-{indicator.pk}"
    return reverse("initiative", args=[indicator.initiative_id]) + f"#indicator-{indicator.pk}"


def plan_actuals(request: HttpRequest, pk: int) -> HttpResponse:
    """Every actual the plan's file states, indicator by indicator, each with its removal; those removed, with why."""
    plan = get_object_or_404(Plan.objects.select_related("municipality"), pk=pk)
    require(request.user, "remove_plan_actual", plan)
    return _render_plan_actuals(request, plan)


def _render_plan_actuals(
    request: HttpRequest, plan: Plan, *, error: str = "", status: int = 200
) -> HttpResponse:
    if plan.is_reference:
        raise Http404
    indicators = list(
        Indicator.objects.active()
        .filter(current("initiative__"), initiative__plan=plan, values__kind=ValueKind.ACTUAL)
        .distinct()
        .select_related("initiative")
        .prefetch_related("values")
        .order_by("initiative__position", "initiative__pk", "position", "pk")
    )
    taken = removals.removals(indicators)
    rows: list[dict[str, Any]] = [
        {
            "indicator": i,
            "initiative": i.initiative,
            "removable": removals.removable(i),
            "removed": [r.label(i.unit) for _fy, r in sorted(taken.get(i.pk, {}).items())],
        }
        for i in indicators
    ]
    rows = [r for r in rows if r["removable"] or r["removed"]]
    context = {"plan": plan, "rows": rows, "error": error}
    return render(request, "shinchoku/plan_actuals.html", context, status=status)
