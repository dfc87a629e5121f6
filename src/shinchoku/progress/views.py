"""Pages of the progress round: rounds, the round at a glance, reports, review, targets.

Thin on purpose. Every view asks ``accounts.permissions`` (``require`` / ``can``) before it reads
or changes anything, calls one ``services`` operation for each change, and shows the
``WorkflowError`` message (Japanese, for the user) in the page it re-renders. Nothing here
decides who may do what, and nothing here deletes.
"""

from __future__ import annotations

from smtplib import SMTPException
from typing import Any

from django.contrib import messages
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from shinchoku.accounts.permissions import can, manageable_plans, require
from shinchoku.core.numbers import value_or_text
from shinchoku.core.paging import page_of
from shinchoku.core.params import parse_count, parse_id
from shinchoku.plans.models import Indicator, Plan, PlanKind, ValueKind, current

from . import figures, notifications, presenters, services
from .forms import ExtendForm, GradeOverrideForm, ReasonForm, ReportForm, ReviewForm, RoundForm, TargetsForm
from .models import Report, Round
from .permissions import visible_rounds

# --- helpers -----------------------------------------------------------------------------------------


def _round(pk: int) -> Round:
    return get_object_or_404(Round.objects.select_related("plan__municipality"), pk=pk)


def _report(pk: int) -> Report:
    """The report with everything its page and its evaluation read (a fixed number of queries)."""
    found = get_object_or_404(Report.objects.select_related("round__plan__municipality"), pk=pk)
    return (
        services.reports_for_evaluation(found.round)
        .select_related("initiative__plan", "submitted_by", "reviewed_by")
        .get(pk=pk)
    )


# --- rounds --------------------------------------------------------------------------------------------


def round_list(request: HttpRequest) -> HttpResponse:
    """Every round the user may see (published ones for everybody), and plans they may open rounds for."""
    rounds = (
        visible_rounds(request.user)
        .select_related("plan__municipality")
        .order_by("plan__municipality__code", "plan__municipality__name", "plan__title", "-fy", "pk")
    )
    plans = manageable_plans(request.user).exclude(kind=PlanKind.REFERENCE).select_related("municipality")
    page = page_of(request, rounds)
    context = {"rounds": page.object_list, "page": page, "plans": list(plans)}
    return render(request, "progress/round_list.html", context)


def _default_year(plan: Plan, taken: set[int]) -> int | None:
    """The latest year of the plan without a round that has ended (rounds report on past years)."""
    today = timezone.localdate()
    current = today.year if today.month >= 4 else today.year - 1  # the fiscal year starts in April
    free = [fy for fy in plan.fiscal_years if fy not in taken]
    past = [fy for fy in free if fy < current]
    return max(past) if past else (free[0] if free else None)


@require_http_methods(["GET", "HEAD", "POST"])
def plan_rounds(request: HttpRequest, pk: int) -> HttpResponse:
    """The rounds of one plan; the plan office opens a new one here and sees the plan's revisions."""
    plan = get_object_or_404(Plan.objects.select_related("municipality"), pk=pk)
    require(request.user, "view_plan", plan)
    manage = can(request.user, "manage_rounds", plan)
    taken = set(plan.rounds.values_list("fy", flat=True))
    form, status = None, 200
    if request.method == "POST":
        require(request.user, "manage_rounds", plan)
        form = RoundForm(request.POST, plan=plan, taken=taken)
        if form.is_valid():
            data = form.cleaned_data
            try:
                round_ = services.open_round(
                    plan,
                    data["fy"],
                    data["deadline"],
                    title=data["title"].strip(),
                    reminder_days=data["reminder_days"],
                    user=request.user,
                )
            except services.WorkflowError as exc:
                form.add_error(None, str(exc))
            else:
                messages.success(
                    request,
                    _("「%(title)s」を開始しました（報告 %(n)d件）。")
                    % {"title": round_.title, "n": round_.reports.count()},
                )
                orphans = services.without_department_note(round_)
                if orphans:
                    messages.warning(request, orphans)
                silent = notifications.unreachable(round_) if services.email_configured() else []
                if silent:  # as the reminder button says: the plan office tells them another way
                    messages.warning(
                        request,
                        _(
                            "メールアドレスを登録した担当者がいないため、受付開始のお知らせを送れなかった担当課: "
                            "%(names)s"
                        )
                        % {"names": "、".join(silent)},
                    )
                return redirect("progress:round", pk=round_.pk)
        status = 400
    elif manage and not plan.is_reference:  # a reference plan gets no round (services.open_round says why)
        form = RoundForm(plan=plan, taken=taken, initial={"fy": _default_year(plan, taken)})
    rounds = [
        r for r in plan.rounds.select_related("plan__municipality") if can(request.user, "view_round", r)
    ]
    context: dict[str, Any] = {"plan": plan, "rounds": rounds, "form": form, "manage": manage}
    if form is not None:  # said before the round is opened: whose reports no department will fill
        context["unassigned"] = services.unassigned_initiatives(plan)
    if manage:
        context["revisions"] = list(plan.revisions.select_related("created_by"))
        context["indicators"] = list(
            Indicator.objects.active()
            .filter(current("initiative__"), initiative__plan=plan)
            .select_related("initiative")
            .order_by("initiative__position", "position")
        )
    return render(request, "progress/plan_rounds.html", context, status=status)


def _render_round(
    request: HttpRequest, round_: Round, *, error: str = "", status: int = 200, **forms: Any
) -> HttpResponse:
    context = presenters.round_page(request.user, round_, request.GET)
    context["error"] = error
    if forms:
        context.update(presenters.round_controls(round_, **forms))
    return render(request, "progress/round_detail.html", context, status=status)


def round_detail(request: HttpRequest, pk: int) -> HttpResponse:
    round_ = _round(pk)
    require(request.user, "view_round", round_)
    return _render_round(request, round_)


def _round_action(request: HttpRequest, pk: int, operation: Any, done: str) -> HttpResponse:
    round_ = _round(pk)
    require(request.user, "manage_round", round_)
    try:
        operation(round_)
    except services.WorkflowError as exc:
        round_.refresh_from_db()
        return _render_round(request, round_, error=str(exc), status=400)
    messages.success(request, done)
    return redirect("progress:round", pk=round_.pk)


@require_POST
def round_close(request: HttpRequest, pk: int) -> HttpResponse:
    def close(round_: Round) -> None:
        if request.POST.get("confirm") != "1":  # no closing by a stray click: the warnings first
            raise services.WorkflowError(
                " ".join(
                    services.close_warnings(round_)
                    + [_("確認の欄にチェックを入れてから締め切ってください。")]
                )
            )
        services.close_round(round_, user=request.user)

    return _round_action(request, pk, close, _("締め切りました。各報告の評価を確定しました。"))


@require_POST
def round_publish(request: HttpRequest, pk: int) -> HttpResponse:
    def publish(round_: Round) -> None:
        chosen = None
        if request.POST.get("choose"):
            ids = [n for v in request.POST.getlist("reports") if (n := parse_id(v)) is not None]
            chosen = list(round_.reports.filter(pk__in=ids))
        services.publish_round(round_, reports=chosen, user=request.user)

    return _round_action(request, pk, publish, _("公表しました。公表した報告は誰でも閲覧できます。"))


@require_POST
def round_unpublish(request: HttpRequest, pk: int) -> HttpResponse:
    def unpublish(round_: Round) -> None:
        services.unpublish_round(round_, user=request.user)

    return _round_action(request, pk, unpublish, _("公表を取り消しました。"))


@require_POST
def round_remind(request: HttpRequest, pk: int) -> HttpResponse:
    """「未提出の担当課に督促する」: first a confirmation naming whom it reaches, then (``confirm=1``) the
    mails, to every department with an unsubmitted report now (services.remind_now)."""
    round_ = _round(pk)
    require(request.user, "manage_round", round_)
    if not round_.is_open:
        return _render_round(
            request, round_, error=_("この回は締め切られています。督促できません。"), status=400
        )
    targets = services.reminder_targets(round_)
    if not targets:
        messages.info(request, _("未提出の報告がある担当課はありません。督促は不要です。"))
        if orphans := services.without_department_note(round_):
            messages.warning(request, orphans)
        return redirect("progress:round", pk=round_.pk)
    names = "、".join(name for name, _n, _to in targets)
    if request.POST.get("confirm") != "1":
        context = {
            "round": round_,
            "plan": round_.plan,
            "targets": targets,
            "mail": services.email_configured(),
            # each report once, as the round page counts them (a report of 市民課、情報政策課 is one)
            "reports": round_.reports.filter(state__in=(Report.State.DRAFT, Report.State.RETURNED)).count(),
            "shared": sum(n for _name, n, _to in targets),
            "already": (already := services.reminded_today(round_, [name for name, _n, _to in targets])),
            # those the mail reaches now: an address, and not reminded by this button today
            "reached": sum(1 for name, _n, to in targets if to and name not in already),
            "orphans": services.without_department_note(round_),
        }
        return render(request, "progress/remind_confirm.html", context)
    if not services.email_configured():
        messages.warning(
            request,
            _("メールの送信が設定されていないため、督促メールは送っていません。督促の対象: %(names)s")
            % {"names": names},
        )
        return redirect("progress:round", pk=round_.pk)
    try:
        done = services.remind_now(round_, user=request.user)
    except (OSError, SMTPException) as exc:  # the mail server refused or cannot be reached
        return _render_round(
            request,
            round_,
            error=_("督促メールを送れませんでした（メールサーバーの設定を確認してください）: %(error)s")
            % {"error": exc},
            status=502,
        )
    if done.sent:
        messages.success(
            request,
            _("督促メールを%(n)d課（宛先%(m)d人）に送りました: %(names)s")
            % {
                "n": len(done.sent),
                "m": len({a for to in done.sent.values() for a in to}),
                "names": "、".join(f"{name}（{'、'.join(to)}）" for name, to in done.sent.items()),
            },
        )
    if done.already:
        messages.info(
            request,
            _("本日すでに督促メールを送った担当課には、重ねて送っていません: %(names)s")
            % {"names": "、".join(done.already)},
        )
    if done.unreachable:
        messages.warning(
            request,
            _("メールアドレスを登録した担当者がいないため、督促メールを送れなかった担当課: %(names)s")
            % {"names": "、".join(done.unreachable)},
        )
    return redirect("progress:round", pk=round_.pk)


@require_POST
def round_extend(request: HttpRequest, pk: int) -> HttpResponse:
    """A later deadline for the round, or for one department (the plan office)."""
    round_ = _round(pk)
    require(request.user, "manage_round", round_)
    form = ExtendForm(request.POST, departments=presenters.department_choices(round_))
    if form.is_valid():
        from shinchoku.plans.models import Department

        data = form.cleaned_data
        department = Department.objects.get(pk=data["department"]) if data["department"] else None
        try:
            services.extend_deadline(
                round_, data["deadline"], user=request.user, department=department, reason=data["reason"]
            )
        except services.WorkflowError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, _("提出期限を延長しました。"))
            return redirect("progress:round", pk=round_.pk)
    round_.refresh_from_db()
    return _render_round(
        request, round_, error=_("提出期限を延長できませんでした。"), status=400, extend_form=form
    )


@require_POST
def round_assign(request: HttpRequest, pk: int) -> HttpResponse:
    """「担当課を設定する」 for a report of a 取組 without one, from the round's page (services.assign_report_department):
    the plan office, who may edit the plan's 担当課."""
    round_ = _round(pk)
    require(request.user, "manage_round", round_)
    require(request.user, "edit_municipality", round_.plan.municipality)
    report = round_.reports.select_related("initiative", "round__plan__municipality").filter(
        pk=parse_id(request.POST.get("report", "")) or 0
    ).first()
    department = round_.plan.municipality.departments.filter(pk=parse_id(request.POST.get("department", "")) or 0).first()
    try:
        if report is None:
            raise services.WorkflowError(_("この回の報告が見つかりません。画面を開き直してください。"))
        if department is None:
            raise services.WorkflowError(_("設定する担当課を選んでください。"))
        services.assign_report_department(report, department, user=request.user)
    except services.WorkflowError as exc:
        round_.refresh_from_db()
        return _render_round(request, round_, error=str(exc), status=400)
    messages.success(
        request,
        _("「%(initiative)s」の担当課を%(department)sにしました。%(department)sの担当者が入力できます。")
        % {"initiative": report.initiative, "department": department.name},
    )
    return redirect(reverse("progress:round", args=[round_.pk]) + "#orphans-h")


@require_POST
def round_reopen(request: HttpRequest, pk: int) -> HttpResponse:
    """Open a closed round again with a reason; its published results are withdrawn."""
    round_ = _round(pk)
    require(request.user, "manage_round", round_)
    form = ReasonForm(request.POST, auto_id="reopen-%s")
    if form.is_valid():
        was_published = round_.reports.filter(published_at__isnull=False).exists()
        try:
            services.reopen_round(round_, user=request.user, reason=form.cleaned_data["reason"])
        except services.WorkflowError as exc:
            form.add_error(None, str(exc))
        else:
            withdrawn = _("公表していた結果は、再び公表するまで非公表です。") if was_published else ""
            messages.success(request, _("回を再開しました。") + withdrawn)
            return redirect("progress:round", pk=round_.pk)
    round_.refresh_from_db()
    return _render_round(request, round_, error=_("再開できませんでした。"), status=400, reopen_form=form)


@require_POST
def round_bulk(request: HttpRequest, pk: int) -> HttpResponse:
    """Approve or publish the checked reports at once; each goes through its own locked service call."""
    round_ = _round(pk)
    require(request.user, "manage_round", round_)
    action = request.POST.get("action", "")
    ids = [int(v) for v in request.POST.getlist("reports") if v.isdigit()]
    reports = list(
        round_.reports.filter(pk__in=ids).select_related("initiative", "round__plan__municipality")
    )
    if action not in ("approve", "publish") or not reports:
        return _render_round(request, round_, error=_("報告を選んでから操作してください。"), status=400)
    if action == "approve":
        result = services.approve_many(reports, request.user)
        done = _("%(n)d件を承認しました。")
    else:
        result = services.publish_many(reports, user=request.user)
        done = _("%(n)d件を公表しました。")
    if result.done:
        messages.success(request, done % {"n": len(result.done)})
    if result.already:
        already = _("%(n)d件はすでに承認済みです。") if action == "approve" else _("%(n)d件はすでに公表済みです。")
        messages.info(request, already % {"n": len(result.already)})
    for report, reason in result.refused:
        messages.warning(request, _("「%(title)s」はできませんでした: %(reason)s") % {
            "title": report.initiative.title, "reason": reason})  # fmt: skip
    return redirect("progress:round", pk=round_.pk)


@require_POST
def report_unpublish(request: HttpRequest, pk: int) -> HttpResponse:
    """Withdraw one published report, with a reason."""
    report = _report(pk)
    require(request.user, "manage_round", report.round)
    form = ReasonForm(request.POST)
    if form.is_valid():
        try:
            services.unpublish_report(report, user=request.user, reason=form.cleaned_data["reason"])
        except services.WorkflowError as exc:
            messages.error(request, str(exc))
        else:
            messages.success(request, _("この報告の公表を取り消しました。"))
    else:
        messages.error(request, _("公表を取り消す理由を記入してください。"))
    return redirect("progress:report", pk=report.pk)


# --- reports -------------------------------------------------------------------------------------------


def _render_report(
    request: HttpRequest,
    report: Report,
    *,
    form: ReportForm | None = None,
    review_form: ReviewForm | None = None,
    grade_form: GradeOverrideForm | None = None,
    conflict: Report | None = None,
    status: int = 200,
) -> HttpResponse:
    context = presenters.report_page(
        request.user, report, form=form, review_form=review_form, grade_form=grade_form, conflict=conflict
    )
    return render(request, "progress/report_detail.html", context, status=status)


def _kept_text(post: Any) -> list[tuple[str, str]]:
    """What the user typed, to give back when the save is refused (only their own input)."""
    return [
        (ReportForm.base_fields[name].label, post.get(name, ""))
        for name in ReportForm.NARRATIVE
        if post.get(name)
    ]


@require_http_methods(["GET", "HEAD", "POST"])
def report_detail(request: HttpRequest, pk: int) -> HttpResponse:
    report = _report(pk)
    if request.method != "POST":
        require(request.user, "view_report", report)
        return _render_report(request, report)
    if not can(request.user, "edit_report", report):
        require(request.user, "view_report", report)  # 404 for those who may not know it exists
        if _submitted_already(request, report):  # the submitter's second click: no longer editable, already done
            return _done_already(request, report)
        return render(request, "progress/refused.html", {"kept": _kept_text(request.POST)}, status=403)
    if _submitted_already(request, report):  # the plan office may still edit a submitted report: its second click too
        return _done_already(request, report)
    return _save_report(request, report)


def _done_already(request: HttpRequest, report: Report) -> HttpResponse:
    """「保存して提出する」 sent again with what this user submitted: done, nothing changed (``_submitted_already``)."""
    messages.info(request, _("提出済みです（同じ内容をもう一度送信したため、何も変更していません）。"))
    return redirect("progress:report", pk=report.pk)


def _submitted_already(request: HttpRequest, report: Report) -> bool:
    """Whether this POST is 「保存して提出する」 sent again with what this user already submitted (a second click). Asked
    after the view permission, of a signed-in user who is the report's submitter (``services.repeats_submission``)."""
    if request.POST.get("action") != "submit" or report.state not in (Report.State.SUBMITTED, Report.State.APPROVED):
        return False
    if not request.user.is_authenticated or report.submitted_by_id is None:
        return False
    form = _report_form(request.POST, report, list(report.initiative.indicators.all()))
    return form.is_valid() and services.repeats_submission(report, request.user, form.report_fields(), form.actuals())


def _report_form(data: Any, report: Report, indicators: list[Any]) -> ReportForm:
    """The report form bound to ``data`` against ``report`` as stored now: the one place it is built for a POST (a
    repeated submit, a save, a save after a conflict), so an argument the form takes is passed once."""
    scale = services.scale_for(report.round.plan.municipality)
    return ReportForm(
        data,
        scale=scale,
        indicators=indicators,
        recorded={a.indicator_id: a for a in report.actuals.all()},
        stored=ReportForm.initial_for(report, indicators),
        published=figures.published_figures(indicators, report.round.fy),
        start_grade=figures.start_grade(report, indicators, scale.codes),
    )


def _save_report(request: HttpRequest, report: Report) -> HttpResponse:
    scale = services.scale_for(report.round.plan.municipality)
    indicators = list(report.initiative.indicators.all())
    form = _report_form(request.POST, report, indicators)
    submit = request.POST.get("action") == "submit"
    if not form.is_valid():
        return _render_report(request, report, form=form, status=400)
    # an actual worse than its baseline, entered now with 「保存して提出する」: saved, not submitted yet — once submitted
    # the department could no longer correct what it is asked to check (walked); sent again unchanged, it goes
    held = services.entered_warnings(report, scale, form.actuals(), changed_only=True) if submit else []
    # an indicator of the year left without an actual: saved, not submitted, until the department confirms it
    # (「実績値が未入力のまま提出する」, as a round is closed only once its warnings are confirmed)
    confirmed = request.POST.get("confirm_missing") == "1"
    missing = services.missing_actuals(report, form.actuals()) if submit and not confirmed else []
    submit = submit and not held and not missing
    try:
        with transaction.atomic():  # save and submit succeed together or leave nothing behind
            services.save_report(
                report,
                version=form.cleaned_data["version"],
                fields=form.report_fields(),
                actuals=form.actuals(),
            )
            if submit:
                services.submit_report(report, request.user)
    except services.ConcurrentEditError as exc:
        latest = _report(report.pk)
        if _submitted_already(request, latest):
            return _done_already(request, latest)  # two clicks at one instant: the other one submitted it
        data = request.POST.copy()
        data["version"] = str(latest.version)  # saving again now is a decision taken with the latest in view
        form = _report_form(data, latest, indicators)
        form.is_valid()
        form.add_error(None, str(exc))
        return _render_report(request, latest, form=form, conflict=latest, status=409)
    except services.WorkflowError as exc:
        latest = _report(report.pk)
        if _submitted_already(request, latest):
            return _done_already(request, latest)  # two clicks at one instant: the other one submitted it
        form.add_error(None, str(exc))
        # what the page asked is refused and it was stale (a save the report already holds is no conflict, its submit
        # of a report submitted meanwhile is): 409 as for the conflict, else 400
        stale = latest.version != form.cleaned_data["version"]
        return _render_report(request, latest, form=form, status=409 if stale else 400)
    messages.success(
        request, presenters.submitted_message(request.user, report.round) if submit else _("保存しました。")
    )
    # saved all the same (a decline happens), and the department asked to check it
    for warning in services.actual_warnings(_report(report.pk), scale):
        messages.warning(request, warning)
    if held:
        messages.warning(
            request,
            _("まだ提出していません。実績値を確認し、このままでよければもう一度「保存して提出する」を押してください。"),
        )
    elif missing:
        messages.warning(
            request,
            services.missing_actuals_notice(missing)
            + _("まだ提出していません。実績値を入力するか、このままでよければ「実績値が未入力のまま提出する」にチェックして、"
                "もう一度「保存して提出する」を押してください。"),
        )
    return redirect("progress:report", pk=report.pk)


def _refusal_status(exc: services.WorkflowError) -> int:
    """409 when someone changed the report in the meantime (as the API answers), else 400."""
    return 409 if isinstance(exc, services.ConcurrentEditError) else 400


def _posted_version(request: HttpRequest) -> int | None:
    """The report version the reviewer's page showed (None from an old page without it)."""
    return parse_count(request.POST.get("version", ""))


@require_POST
def report_review(request: HttpRequest, pk: int) -> HttpResponse:
    report = _report(pk)
    require(request.user, "review_report", report)
    action = request.POST.get("action", "")
    form = ReviewForm(request.POST, action=action)
    status = 400
    if form.is_valid():
        comment = form.cleaned_data["comment"]
        try:
            if action == "approve":
                services.approve_report(report, request.user, comment, version=_posted_version(request))
            else:
                services.return_report(report, request.user, comment, version=_posted_version(request))
        except services.WorkflowError as exc:
            if services.repeats_review(_report(report.pk), request.user, action, comment):
                messages.info(request, _("承認済みです。") if action == "approve" else _("差し戻し済みです。"))
                return redirect("progress:report", pk=report.pk)
            form.add_error(None, str(exc))
            status = _refusal_status(exc)
        else:
            done = (
                _("承認しました。")
                if action == "approve"
                else _("差し戻しました。担当課にコメントが表示されます。")
            )
            messages.success(request, done)
            return redirect("progress:report", pk=report.pk)
    return _render_report(request, _report(report.pk), review_form=form, status=status)


@require_POST
def report_remove_actual(request: HttpRequest, pk: int) -> HttpResponse:
    """「計画ファイルの実績値を削除する」: the plan office takes a wrong imported actual away, with a reason
    (services.remove_published_actual); a second click is 「削除済みです」, a refusal is the page with its 400 / 409."""
    report = _report(pk)
    require(request.user, "remove_published_actual", report)
    indicator = parse_id(request.POST.get("indicator", ""))
    try:
        figure = services.remove_published_actual(
            report, indicator, user=request.user, version=_posted_version(request),
            reason=request.POST.get("reason", ""),
        )  # fmt: skip
    except services.WorkflowError as exc:
        messages.error(request, str(exc))
        return _render_report(request, _report(report.pk), status=_refusal_status(exc))
    if figure is None:  # removed already (a second click): done
        messages.info(request, _("計画ファイルの実績値は削除済みです。"))
        return redirect("progress:report", pk=report.pk)
    unit = next((i.unit for i in report.initiative.indicators.all() if i.pk == indicator), "")
    messages.success(
        request,
        _("計画ファイルの実績値（%(figure)s）を削除しました。計画ファイルを取り込み直しても、この削除は保たれます。")
        % {"figure": value_or_text(figure[0], figure[1], unit)},
    )
    return redirect("progress:report", pk=report.pk)


@require_POST
def report_grade(request: HttpRequest, pk: int) -> HttpResponse:
    report = _report(pk)
    require(request.user, "review_report", report)
    scale = services.scale_for(report.round.plan.municipality)
    form = GradeOverrideForm(request.POST, scale=scale)
    status = 400
    if form.is_valid():
        grade, reason = form.cleaned_data["grade"], form.cleaned_data["reason"]
        try:
            services.override_grade(report, request.user, grade, reason, version=_posted_version(request))
        except services.WorkflowError as exc:
            form.add_error(None, str(exc))
            status = _refusal_status(exc)
        else:
            messages.success(
                request, _("評価を変更しました。") if grade else _("算定された評価に戻しました。")
            )
            return redirect("progress:report", pk=report.pk)
    return _render_report(request, _report(report.pk), grade_form=form, status=status)


# --- targets -------------------------------------------------------------------------------------------


@require_http_methods(["GET", "HEAD", "POST"])
def indicator_targets(request: HttpRequest, pk: int) -> HttpResponse:
    """The plan office edits an indicator's yearly targets; after a round exists, as a numbered revision."""
    indicator = get_object_or_404(Indicator.objects.select_related("initiative__plan__municipality"), pk=pk)
    plan = indicator.initiative.plan
    require(request.user, "edit_plan", plan)
    current: dict[int, float | None] = {}
    for value in indicator.values.filter(kind=ValueKind.TARGET, fy__isnull=False).order_by("fy", "position"):
        current[value.fy] = value.value
    years = sorted(set(plan.fiscal_years) | set(current))
    reason_required = plan.rounds.exists()
    kwargs = {"years": years, "current": current, "reason_required": reason_required, "unit": indicator.unit}
    status = 200
    if request.method == "POST":
        form = TargetsForm(request.POST, **kwargs)
        if form.is_valid():
            changes = form.targets()
            if not changes:
                messages.info(request, _("目標値に変更はありません。"))
                return redirect("progress:targets", pk=indicator.pk)
            try:
                revision = services.update_targets(
                    indicator, changes, user=request.user, reason=form.cleaned_data["reason"]
                )
            except services.WorkflowError as exc:
                form.add_error(None, str(exc))
            else:
                if revision is not None:
                    messages.success(
                        request, _("目標値を変更しました（計画の改訂 第%(n)d版）。") % {"n": revision.number}
                    )
                else:
                    messages.success(request, _("目標値を変更しました。"))
                return redirect("progress:plan-rounds", pk=plan.pk)
        status = 400
    else:
        form = TargetsForm(**kwargs)
    context = {
        "indicator": indicator,
        "initiative": indicator.initiative,
        "plan": plan,
        "form": form,
        "revisions": list(plan.revisions.all()[:20]),
    }
    return render(request, "progress/targets.html", context, status=status)


# --- the department page ---------------------------------------------------------------------------


def my_tasks(request: HttpRequest) -> HttpResponse:
    """What the signed-in user has to do now across the open rounds (the page after login)."""
    from django.contrib.auth.views import redirect_to_login

    from .worklist import worklist

    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    return render(request, "progress/my_tasks.html", {"rounds": worklist(request.user)})
