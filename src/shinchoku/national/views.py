"""Pages: the coverage of one plan, the national matrix, and the plan office's label forms. Thin:
coverage.py reads, labels.py decides, permissions are asked of accounts.permissions."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.views.decorators.http import require_http_methods, require_POST

from shinchoku.accounts.permissions import can, membership, require
from shinchoku.plans.models import Initiative, Plan

from . import coverage, forms, labels
from .models import LabelState, NationalPlanEdition


def _edition(request: HttpRequest, default: NationalPlanEdition | None) -> tuple[NationalPlanEdition | None, bool]:
    """The edition chosen in the URL (?edition=2024-02-05), else ``default``; False when the choice is unknown."""
    key = request.GET.get("edition", "")
    if not key:
        return default, True
    found = next((e for e in labels.all_editions() if e.key == key), None)
    return (found, True) if found else (default, False)


@require_http_methods(["GET", "HEAD", "POST"])
def plan_coverage(request: HttpRequest, pk: int) -> HttpResponse:
    plan = get_object_or_404(Plan.objects.select_related("municipality"), pk=pk)
    own = labels.plan_edition(plan)
    edition, known = _edition(request, own)
    status = 200 if known else 400
    if not known:
        messages.error(request, "指定された版はありません。計画の版で表示しています。")
    if request.method == "POST":
        require(request.user, "edit_plan", plan)
        try:
            state = forms.posted_state(request.POST)
            changed = labels.decide_many(plan, forms.posted_label_ids(request.POST), state, request.user)
        except labels.LabelError as exc:
            messages.error(request, str(exc))
            status = 400
        else:
            verb = "確定しました" if state == LabelState.CONFIRMED else "該当しないにしました"
            messages.success(request, f"{changed}件の候補を{verb}。")
            query = f"?edition={edition.key}" if edition and edition != own else ""
            return HttpResponseRedirect(reverse("national-coverage", args=[plan.pk]) + query)
    context = {
        "plan": plan,
        "report": coverage.plan_coverage(plan, edition),
        "editions": labels.all_editions(),
        "plan_edition": own,
        "editable": can(request.user, "edit_plan", plan),
    }
    return render(request, "national/coverage.html", context, status=status)


def national_matrix(request: HttpRequest) -> HttpResponse:
    editions = labels.all_editions()
    edition, known = _edition(request, editions[-1] if editions else None)
    prefectures = coverage.prefectures()
    # A prefecture viewer starts on its prefecture; everyone may choose any (plans are public).
    viewer = membership(request.user)
    default = viewer.prefecture if viewer is not None and viewer.prefecture else ""
    prefecture = request.GET.get("prefecture", default)
    status = 200
    if not known:
        messages.error(request, "指定された版はありません。最新の版で表示しています。")
        status = 400
    if prefecture and prefecture not in prefectures:
        messages.error(request, "指定された都道府県の計画はありません。全国で表示しています。")
        prefecture, status = "", 400
    confirmed_only = request.GET.get("confirmed") == "1"
    context = {
        "matrix": coverage.matrix(edition, prefecture, confirmed_only),
        "editions": editions,
        "prefectures": prefectures,
        "prefecture": prefecture,
    }
    return render(request, "national/matrix.html", context, status=status)


@require_POST
def initiative_labels(request: HttpRequest, pk: int) -> HttpResponse:
    """The initiative page's form: the ticked items are confirmed, the unticked ones rejected."""
    initiative = get_object_or_404(Initiative.objects.active().select_related("plan__municipality"), pk=pk)
    require(request.user, "edit_plan", initiative.plan)
    try:
        decision = labels.decide(initiative, forms.posted_codes(request.POST), request.user)
    except labels.LabelError as exc:
        messages.error(request, str(exc))
    else:
        if decision.changed:
            parts = []
            if decision.confirmed:
                parts.append("確定: " + "、".join(decision.confirmed))
            if decision.rejected:
                parts.append("該当しない: " + "、".join(decision.rejected))
            messages.success(request, "国の計画の項目を保存しました（" + "／".join(parts) + "）。")
        else:
            messages.info(request, "国の計画の項目は変わりませんでした。")
    return HttpResponseRedirect(reverse("initiative", args=[pk]) + "#national-h")
