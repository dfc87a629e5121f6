"""The plan office's edit pages (「計画を編集」). Thin: permission, form, one service call, render.

Refusals: another municipality's plan 404, a department user or viewer 403
(``accounts.permissions.require``); someone else saved meanwhile 409 with the user's input kept;
bad input 400 with a Japanese message per field or cell, nothing saved.
"""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render

from shinchoku.accounts.permissions import require
from shinchoku.core.params import query_id
from shinchoku.plans import editing
from shinchoku.plans.models import (
    Department,
    Indicator,
    IndicatorValue,
    Initiative,
    Municipality,
    Plan,
    ValueKind,
    current,
)
from shinchoku.progress import evaluation, scales, services

from .edit_forms import InitiativeForm, NewInitiativeForm, ScaleForm, TargetsGridForm


def _status(exc: Exception) -> int:
    return 409 if isinstance(exc, editing.EditConflict | services.ConcurrentEditError) else 400


def _plan(request: HttpRequest, pk: int) -> Plan:
    plan = get_object_or_404(Plan.objects.select_related("municipality"), pk=pk)
    require(request.user, "edit_plan", plan)
    return plan


def plan_edit(request: HttpRequest, pk: int) -> HttpResponse:
    """The plan's initiatives by section, with links to edit each; a form to add one."""
    plan = _plan(request, pk)
    status = 200
    form = NewInitiativeForm(request.POST or None, plan=plan)
    if request.method == "POST":
        if form.is_valid():
            d = form.cleaned_data
            try:
                initiative = editing.add_initiative(
                    plan, d["section"], user=request.user, title=d["title"], summary=d["summary"], code=d["code"],
                    departments=list(d["departments"]),
                )  # fmt: skip
            except editing.EditError as exc:
                form.add_error(None, str(exc))
            else:
                messages.success(request, f"取組「{initiative.title}」を追加しました。")
                return redirect("initiative-edit", pk=initiative.pk)
        status = 400
    initiatives = list(
        plan.initiatives.select_related("section").prefetch_related("department_links__department").order_by("position")
    )
    sections = list(plan.sections.all())
    by_section: dict[int | None, list[Initiative]] = {}
    for i in initiatives:
        by_section.setdefault(i.section_id, []).append(i)
    groups = [(s, by_section.get(s.pk, [])) for s in sections] + [(None, by_section.get(None, []))]
    # a section the plan prints notes for (its 成果指標) is shown even without 取組
    shown = [(s, items) for s, items in groups if items or (s is not None and s.notes)]
    context = {"plan": plan, "groups": shown, "form": form}
    return render(request, "shinchoku/edit/plan.html", context, status=status)


def initiative_edit(request: HttpRequest, pk: int) -> HttpResponse:
    initiative = get_object_or_404(Initiative.objects.select_related("plan__municipality"), pk=pk)
    plan = initiative.plan
    require(request.user, "edit_plan", plan)
    status = 200
    if request.method == "POST":
        form = InitiativeForm(request.POST, initiative=initiative)
        if form.is_valid():
            try:
                changed = editing.edit_initiative(
                    initiative, version=form.cleaned_data["version"], user=request.user,
                    fields={k: form.cleaned_data[k].strip() for k in ("code", "title", "summary")},
                    departments=form.edited_departments(), schedule=form.edited_schedule(),
                    indicators=form.edited_indicators(),
                )  # fmt: skip
            except editing.EditError as exc:
                form.add_error(None, str(exc))
                status = _status(exc)
            else:
                if changed:
                    messages.success(request, "保存しました（" + "、".join(changed) + "）。")
                else:
                    messages.info(request, "変更はありません。")
                return redirect("initiative-edit", pk=initiative.pk)
        else:
            status = 400
    else:
        form = InitiativeForm(initiative=initiative)
    return render(request, "shinchoku/edit/initiative.html", {"initiative": initiative, "plan": plan, "form": form},
                  status=status)  # fmt: skip


def initiative_retire(request: HttpRequest, pk: int) -> HttpResponse:
    initiative = get_object_or_404(Initiative.objects.select_related("plan__municipality"), pk=pk)
    require(request.user, "edit_plan", initiative.plan)
    if request.method != "POST":
        return redirect("initiative-edit", pk=pk)
    try:
        version = int(request.POST.get("version", ""))
    except ValueError:
        version = None
    try:
        editing.retire_initiative(initiative, version=version, user=request.user)
    except editing.EditError as exc:
        messages.error(request, str(exc))
        return render(request, "shinchoku/edit/refused.html", {"plan": initiative.plan, "message": str(exc)},
                      status=_status(exc))  # fmt: skip
    messages.success(request, f"取組「{initiative.title}」を計画から外しました（報告と履歴は残ります）。")
    return redirect("plan-edit", pk=initiative.plan_id)


def targets_grid(request: HttpRequest, pk: int) -> HttpResponse:
    """Every indicator × fiscal year of the plan: the targets, one save, only changed cells written."""
    plan = _plan(request, pk)
    indicators = list(
        Indicator.objects.active().filter(current("initiative__"), initiative__plan=plan)
        .select_related("initiative").order_by("initiative__position", "position", "pk")
    )  # fmt: skip
    targets: dict[tuple[int, int], float | None] = {}
    values = IndicatorValue.objects.filter(indicator__in=indicators, kind=ValueKind.TARGET, fy__isnull=False)
    for value in values.order_by("position", "pk"):
        targets.setdefault((value.indicator_id, value.fy), value.value)
    kwargs: dict[str, Any] = {"plan": plan, "indicators": indicators, "current": targets,
                              "reason_required": plan.rounds.exists()}  # fmt: skip
    status = 200
    if request.method == "POST":
        form = TargetsGridForm(request.POST, **kwargs)
        if form.is_valid():
            changes = form.changes()
            if not changes:
                messages.info(request, "目標値に変更はありません。")
                return redirect("plan-targets", pk=plan.pk)
            try:
                revision = services.update_plan_targets(
                    plan, changes, user=request.user, reason=form.cleaned_data["reason"], shown=form.shown()
                )
            except services.WorkflowError as exc:
                form.add_error(None, str(exc))
                status = _status(exc)
            else:
                cells = sum(len(v) for v in changes.values())
                note = f"（計画の改訂 第{revision.number}版）" if revision else ""
                messages.success(request, f"目標値を{cells}件変更しました{note}。")
                return redirect("plan-targets", pk=plan.pk)
        else:
            status = 400
    else:
        form = TargetsGridForm(**kwargs)
    return render(request, "shinchoku/edit/targets.html", {"plan": plan, "form": form}, status=status)


# --- the municipality: departments and grading scale ------------------------------------------------


def _municipality(request: HttpRequest, pk: int) -> Municipality:
    municipality = get_object_or_404(Municipality, pk=pk)
    require(request.user, "edit_municipality", municipality)
    return municipality


def _department(municipality: Municipality, raw: str | None) -> Department | None:
    if not raw or not raw.isascii() or not raw.isdigit() or len(raw) > 18:
        return None
    return Department.objects.filter(municipality=municipality, pk=int(raw)).first()


def departments(request: HttpRequest, pk: int) -> HttpResponse:
    """Rename, merge, add 担当課; assign one to initiatives chosen with checkboxes."""
    municipality = _municipality(request, pk)
    plans = list(municipality.plans.order_by("-start_fy", "title"))
    plan_id = query_id(request, "plan")
    plan = next((p for p in plans if p.pk == plan_id), plans[0] if plans else None)
    status, error = 200, ""
    if request.method == "POST":
        try:
            done = _department_action(request, municipality)
        except editing.EditError as exc:
            status, error = _status(exc), str(exc)
        else:
            messages.success(request, done)
            return redirect(request.get_full_path())
    all_departments = list(
        Department.objects.filter(municipality=municipality).order_by("name").prefetch_related("initiative_links")
    )
    initiatives = []
    if plan is not None:
        initiatives = list(
            plan.initiatives.active().select_related("section")
            .prefetch_related("department_links__department").order_by("position")
        )  # fmt: skip
    history = list(Department.history.filter(municipality_id=municipality.pk).exclude(history_change_reason=None)
                   .select_related("history_user").order_by("-history_id")[:20])  # fmt: skip
    context = {
        "municipality": municipality, "departments": all_departments, "plans": plans, "plan": plan,
        "initiatives": initiatives, "error": error, "posted": request.POST if status != 200 else {},
        "history": history,
    }  # fmt: skip
    return render(request, "shinchoku/edit/departments.html", context, status=status)


def _department_action(request: HttpRequest, municipality: Municipality) -> str:
    post, user = request.POST, request.user
    action = post.get("action")
    if action == "rename":
        department = _department(municipality, post.get("department"))
        if department is None:
            raise editing.EditConflict("この担当課はもうありません（他の人が統合した可能性があります）。画面を開き直してください。")
        old = post.get("expected", "")
        renamed = editing.rename_department(department, name=post.get("name", ""), expected=old, user=user)
        return f"「{old}」を「{renamed.name}」に変更しました。"
    if action == "merge":
        source = _department(municipality, post.get("source"))
        target = _department(municipality, post.get("target"))
        if source is None or target is None:
            raise editing.EditError("統合する担当課と統合先の担当課を選んでください。")
        result = editing.merge_departments(source, target, user=user)
        return (f"「{source.name}」を「{target.name}」に統合しました（取組 {result.initiatives}件、"
                f"利用者 {result.users}人を移しました）。")  # fmt: skip
    if action == "create":
        created = editing.create_department(municipality, post.get("name", ""), user=user)
        return f"担当課「{created.name}」を追加しました。"
    if action == "assign":
        department = _department(municipality, post.get("department"))
        if department is None:
            raise editing.EditError("割り当てる担当課を選んでください。")
        ids = [int(v) for v in post.getlist("initiatives") if v.isascii() and v.isdigit() and len(v) < 18]
        chosen = list(Initiative.objects.filter(pk__in=ids, plan__municipality=municipality))
        if len(chosen) != len(set(ids)):
            raise editing.EditError("選んだ取組が見つかりません。画面を開き直してください。")
        added = editing.assign_department(municipality, chosen, department, user=user)
        return f"{len(chosen)}件の取組に「{department.name}」を割り当てました（新たに割り当てたもの {added}件）。"
    raise editing.EditError("操作を選んでください。")


def grade_scale(request: HttpRequest, pk: int) -> HttpResponse:
    """The municipality's grades (letter, label, lowest achievement rate) used by evaluation."""
    municipality = _municipality(request, pk)
    scale = services.scale_for(municipality)
    kwargs = {"grades": scales.rows(scale), "not_evaluable": scale.not_evaluable,
              "expected": scales.fingerprint(municipality)}  # fmt: skip
    status = 200
    if request.method == "POST":
        form = ScaleForm(request.POST, **kwargs)
        if form.is_valid():
            try:
                scales.save_scale(
                    municipality, form.grades(), not_evaluable_label=form.cleaned_data["not_evaluable_label"],
                    user=request.user, expected=form.cleaned_data["expected"],
                )  # fmt: skip
            except services.WorkflowError as exc:
                form.add_error(None, str(exc))
                status = _status(exc)
            else:
                messages.success(request, "評価基準を保存しました。")
                return redirect("grade-scale", pk=municipality.pk)
        else:
            status = 400
    else:
        form = ScaleForm(**kwargs)
    context = {"municipality": municipality, "form": form, "scale": scale,
               "rule": evaluation.rule_text(scale)}  # fmt: skip
    return render(request, "shinchoku/edit/scale.html", context, status=status)
