"""The progress round's domain operations: the only code that changes rounds and reports.

Views and the API call these after ``accounts.permissions.require``; each operation is atomic and
refuses transitions that the workflow does not allow (``WorkflowError``, with a Japanese message).

Workflow of a report: draft (未提出) → submitted (提出済) → approved (承認済), or → returned
(差戻し, with a comment) → submitted again. Closing the round freezes every report's evaluation.
"""

from __future__ import annotations

import functools
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from django.conf import settings
from django.db import transaction
from django.db.models import Count, Exists, F, OuterRef, Prefetch, Q
from django.utils import timezone
from django.utils.translation import gettext as _
from simple_history.utils import bulk_create_with_history

from shinchoku.core import numbers
from shinchoku.core.dates import deadline_label
from shinchoku.importers.text import wareki
from shinchoku.plans.actuals import Figure, grade_meaning, is_figure, legend_pairs, printed_grade, removed
from shinchoku.plans.history import acting_user
from shinchoku.plans.models import (
    Indicator,
    IndicatorValue,
    Initiative,
    InitiativeDepartment,
    Municipality,
    Plan,
    ValueKind,
)

if TYPE_CHECKING:
    from .notifications import Reminded

from . import evaluation, figures, removals
from .models import (
    MAX_NOTE,
    DepartmentDeadline,
    GradeScale,
    PlanRevision,
    RecordedActual,
    Report,
    Round,
    RoundEvent,
    Status,
    length_error,
    text_changed,
)


class WorkflowError(Exception):
    """A transition the workflow does not allow; the message is for the user."""


class ConcurrentEditError(WorkflowError):
    """Someone else saved the report since this user opened it."""


class InvalidValue(WorkflowError):
    """A value a report's field cannot take (a 自己評価 outside the municipality's scale): ``field`` names the
    field, ``reason`` says why (the API answers it 422 at the field; ``str()`` names the field for a page)."""

    def __init__(self, field: str, label: str, reason: str) -> None:
        super().__init__(f"{label}: {reason}")
        self.field, self.reason = field, reason


# --- scales ----------------------------------------------------------------------------------------


def scale_for(municipality: Municipality) -> evaluation.Scale:
    """The municipality's grading scale, or the default A–D scale."""
    try:
        stored = municipality.grade_scale
    except GradeScale.DoesNotExist:
        return evaluation.DEFAULT_SCALE
    return evaluation.Scale(
        grades=tuple(evaluation.Grade(g["code"], g["label"], g.get("min_rate")) for g in stored.grades),
        not_evaluable=evaluation.Grade(stored.not_evaluable_code, stored.not_evaluable_label),
        lifecycle=dict(stored.lifecycle or {}),
        maintain_tolerance=stored.maintain_tolerance,
    )


# --- rounds ----------------------------------------------------------------------------------------


@transaction.atomic
def open_round(
    plan: Plan, fy: int, deadline: date, *, title: str = "", reminder_days: int = 7, user: Any = None
) -> Round:
    """Open the round for ``fy``: every current initiative of the plan gets an empty report.

    The round's record starts with who opened it, with the deadline and the number of reports (its
    record began with the first close or extension: who opened the round was written nowhere).
    A reference plan (参考計画) is another municipality's plan: nobody here reports on it.
    A deadline already past (a past year's round recorded late) sends the overdue reminder right after the
    request, recorded as ``user``'s 督促: the form promised it, and only a reminder run by hand sent it.
    """
    if plan.is_reference:
        raise WorkflowError(_("参考計画（他の自治体の計画）には進捗管理の回を開けません。"))
    if Round.objects.filter(plan=plan, fy=fy).exists():
        raise WorkflowError(_("%(year)sの回はすでにあります。") % {"year": wareki(fy)})
    round_ = Round.objects.create(
        plan=plan, fy=fy, deadline=deadline, reminder_days=reminder_days,
        title=title or _("%(year)sの実績") % {"year": wareki(fy)},
    )  # fmt: skip
    initiatives = plan.initiatives.active()
    # with history: the first edit of a report then shows what it changed from
    reports = bulk_create_with_history([Report(round=round_, initiative=i) for i in initiatives], Report)
    RoundEvent.objects.create(
        round=round_, kind=RoundEvent.Kind.OPENED, created_by=user,
        detail=_("提出期限 %(deadline)s・報告%(n)d件") % {"deadline": deadline_label(deadline), "n": len(reports)},
    )  # fmt: skip
    from . import notifications

    transaction.on_commit(lambda: notifications.deliver(notifications.round_opened, round_.pk))
    if is_overdue(deadline):  # as the form's 「過ぎた日付の提出期限で開始する」 promises: the 督促 goes at once
        by = getattr(user, "pk", None)
        transaction.on_commit(lambda: notifications.deliver(notifications.remind_overdue_at_open, round_.pk, by))
    return round_


def _lock_round(round_: Round) -> Round:
    """Lock the round's row and bring ``round_`` up to date with it (state, publication)."""
    locked = Round.objects.select_for_update().get(pk=round_.pk)
    round_.state, round_.closed_at, round_.published_at = locked.state, locked.closed_at, locked.published_at
    return round_


def _require_open(round_: Round) -> None:
    if not round_.is_open:
        raise WorkflowError(_("この回は締め切られています。変更できません。"))


@transaction.atomic
def close_round(round_: Round, *, user: Any = None) -> Round:
    """Close the round and freeze each report's evaluation (targets, actuals, rates, grade).

    The round's row and then its reports are locked first, so a save that is under way finishes
    before the evaluation is read, and a save that comes later sees the round closed.
    """
    _require_open(_lock_round(round_))
    list(round_.reports.select_for_update().values_list("pk", flat=True))
    scale = scale_for(round_.plan.municipality)
    for report in reports_for_evaluation(round_):
        report.evaluation = evaluate(report, scale).as_json()
        report.save(update_fields=["evaluation"])
    round_.state = Round.State.CLOSED
    round_.closed_at = timezone.now()
    round_.save(update_fields=["state", "closed_at"])
    RoundEvent.objects.create(round=round_, kind=RoundEvent.Kind.CLOSED, created_by=user)
    return round_


@transaction.atomic
def publish_round(round_: Round, *, reports: list[Report] | None = None, user: Any = None) -> Round:
    """Publish the round, with the given reports (default: every approved report).

    Only approved reports are published, as one by one (``publish_many``): a 未提出 report
    published through the round's form showed its frozen grade 「D」 on the initiative page and in
    the open data while the committee report called it 未提出. A choice naming any other report
    is refused whole, with their names, and publishes nothing.
    """
    _lock_round(round_)
    if round_.is_open:
        raise WorkflowError(_("公表できるのは締め切った回だけです。"))
    now = timezone.now()
    approved = round_.reports.filter(state=Report.State.APPROVED)
    if reports is not None:
        chosen = round_.reports.filter(pk__in=[r.pk for r in reports])
        others = list(chosen.exclude(state=Report.State.APPROVED))
        if others:
            named = "、".join(f"{r.initiative}（{r.get_state_display()}）" for r in others[:3])
            if len(others) > 3:
                named += _("ほか%(n)d件") % {"n": len(others) - 3}
            message = _("承認済の報告だけを公表できます。承認されていない報告: %(named)s")
            raise WorkflowError(message % {"named": named})
        approved = approved.filter(pk__in=[r.pk for r in reports])
    unpublished = approved.filter(published_at__isnull=True)
    newly = list(unpublished.order_by("initiative__position", "pk"))
    added = unpublished.update(published_at=now)
    first = round_.published_at is None
    if first:
        round_.published_at = now
        round_.save(update_fields=["published_at"])
    if first or added:
        detail = _event_detail(newly, added, added=not first)
        RoundEvent.objects.create(round=round_, kind=RoundEvent.Kind.PUBLISHED, detail=detail, created_by=user)
    return round_


@transaction.atomic
def unpublish_round(round_: Round, *, user: Any = None) -> Round:
    _lock_round(round_)
    was_published = round_.published_at is not None
    round_.published_at = None
    round_.save(update_fields=["published_at"])
    withdrawn = round_.reports.filter(published_at__isnull=False).update(published_at=None)
    if was_published or withdrawn:
        RoundEvent.objects.create(
            round=round_,
            kind=RoundEvent.Kind.UNPUBLISHED,
            detail=_("報告%(n)d件") % {"n": withdrawn},
            created_by=user,
        )
    return round_


# --- control of the round: warnings before closing, deadlines, reopening, unpublishing ---------------


def open_count(round_: Round) -> int:
    """Reports not (or no longer) submitted: drafts and returned ones."""
    return round_.reports.filter(state__in=(Report.State.DRAFT, Report.State.RETURNED)).count()


def is_overdue(deadline: date, today: date | None = None) -> bool:
    """Whether a deadline has passed (local time, Asia/Tokyo): from the day after it, the deadline day itself
    being still in time. The one rule the round's page, 担当の仕事, the mails and the reminders use (the plan
    office's task list flagged nothing the round's page marked 期限超過)."""
    return (today or timezone.localdate()) > deadline


def department_deadlines(round_: Round) -> dict[str, date]:
    """Department name -> its own later deadline, for the departments given one."""
    return {d.department.name: d.deadline for d in round_.department_deadlines.select_related("department")}


def deadline_for(round_: Round, departments: list[str], extended: dict[str, date] | None = None) -> date:
    """The deadline that applies to a report of these departments (the latest of their deadlines)."""
    extended = department_deadlines(round_) if extended is None else extended
    return max([extended.get(name, round_.deadline) for name in departments] or [round_.deadline])


def report_deadline(report: Report, extended: dict[str, date] | None = None) -> date:
    """A report's one deadline: the latest of all its departments' (``deadline_for``). A report shared by 市民課 and
    情報政策課 is due at 市民課's extension when 市民課 is given one, for both: the 【差戻し】 mail to 市民課 said
    令和9年6月30日（水） and the one to 情報政策課 for the same report 令和9年5月31日（月）, as did their task lists (found
    walking a round). The rule of the mails, 担当の仕事, the round's page, the reminders and the input sheet. Reads the
    initiative's department links (prefetch ``initiative__department_links__department`` for many reports)."""
    names = [link.department.name for link in report.initiative.department_links.all()]
    return deadline_for(report.round, names, extended)


def first_due(
    round_: Round, department: str, reports: Iterable[Report], extended: dict[str, date] | None = None
) -> date:
    """The first deadline of ``department``'s ``reports`` (each by ``report_deadline``: a shared one may be due later
    than the department's own), else the department's own."""
    extended = department_deadlines(round_) if extended is None else extended
    return min((report_deadline(r, extended) for r in reports), default=deadline_for(round_, [department], extended))


def without_department_reports(round_: Round) -> Any:
    """The round's open reports (未提出・差戻し) no department can fill or be reminded of (their initiative has no
    担当課), in plan order: the round's page lists them for the plan office to set one, or to fill them itself."""
    return (
        round_.reports.filter(state__in=(Report.State.DRAFT, Report.State.RETURNED))
        .filter(initiative__department_links__isnull=True)
        .select_related("initiative")
        .order_by("initiative__position", "pk")
    )


def unassigned_initiatives(plan: Plan) -> list[Initiative]:
    """The plan's 取組 without a 担当課, in plan order: the plan's rounds page names them before a round is opened,
    whose reports no department could fill (:func:`without_department_reports` once it is open)."""
    return list(plan.initiatives.active().filter(department_links__isnull=True).order_by("position", "pk"))


def without_department(round_: Round) -> int:
    """How many of the round's open reports no department can fill (:func:`without_department_reports`): said when the
    round opens, so the plan office sets one (22 of 大野城市's went unsaid; found walking a round), and before a
    reminder (:func:`without_department_note`)."""
    return without_department_reports(round_).count()


@transaction.atomic
def assign_report_department(report: Report, department: Any, *, user: Any) -> int:
    """Give the initiative of a report of an open round ``department`` as its 担当課, from the round's page (the plan
    office, who learnt of a 取組 without one only when no one could fill it): the plan's edit
    (``plans.editing.assign_department``: history, kept over a re-import), then the round's request goes by e-mail
    to the departments it had not told yet. Returns 1 where the 取組 gained it, 0 where it had it."""
    from shinchoku.plans.editing import EditError, assign_department

    _require_open(_lock_round(report.round))
    if report.initiative.department_links.exists():
        # a page opened before someone set it (another tab, the 担当課 page): no second 担当課 added unseen
        raise WorkflowError(
            _("この取組にはすでに担当課が設定されています。画面を開き直して確認してください。担当課の変更は計画の担当課の画面で行えます。")
        )
    try:
        added = assign_department(report.round.plan.municipality, [report.initiative], department, user=user)
    except EditError as exc:
        raise WorkflowError(str(exc)) from exc
    from . import notifications

    pk = report.round_id
    transaction.on_commit(lambda: notifications.deliver(notifications.round_opened, pk))
    return added


def without_department_note(round_: Round) -> str:
    """What the plan office is told of those reports, the same words when the round opens and before 「未提出の担当課に
    督促する」 (whose confirmation listed 「次の25課」 and left the report with no 担当課 out without a word); empty when
    there are none."""
    n = without_department(round_)
    if not n:
        return ""
    return _(
        "担当課が設定されていない取組が%(n)d件あります。その報告は担当課が入力できず、督促もされません。"
        "回のページの「担当課が設定されていない取組」で担当課を設定するか、計画担当が入力して提出してください。"
    ) % {"n": n}


def close_warnings(round_: Round, today: date | None = None) -> list[str]:
    """What the plan office should know before closing: counts not yet done, a deadline not yet passed."""
    today = today or timezone.localdate()
    counts = state_counts(round_)
    warnings = []
    # 未提出 and 差戻し apart, as the round's page and 担当の仕事 count them (it said 「…未提出です（差戻し中を含む）」)
    drafts, returned = counts[Report.State.DRAFT], counts[Report.State.RETURNED]
    if drafts and returned:
        warnings.append(_("%(n)d件が未提出、%(m)d件が差戻し中です。") % {"n": drafts, "m": returned})
    elif drafts:
        warnings.append(_("%(n)d件が未提出です。") % {"n": drafts})
    elif returned:
        warnings.append(_("%(m)d件が差戻し中です。") % {"m": returned})
    if counts[Report.State.SUBMITTED]:
        warnings.append(
            _("%(n)d件が提出済で、まだ承認していません。") % {"n": counts[Report.State.SUBMITTED]}
        )
    extended = department_deadlines(round_)
    latest = max([round_.deadline, *extended.values()])
    later = "、".join(sorted(name for name, day in extended.items() if day == latest > round_.deadline))
    if today <= latest and later:  # said beside the round's own deadline: whose it is
        warnings.append(_("期限前です（%(names)sの延長後の期限 %(deadline)s）。")
                        % {"names": later, "deadline": deadline_label(latest)})  # fmt: skip
    elif today <= latest:
        warnings.append(_("期限前です（%(deadline)s）。") % {"deadline": deadline_label(latest)})
    return warnings


@transaction.atomic
def extend_deadline(
    round_: Round, deadline: date, *, user: Any, department: Any = None, reason: str = ""
) -> Round:
    """Move the deadline of the whole round, or give one department a later one (stored on the round).

    Reminders already sent for the old deadline are not repeated; the new deadline gets its own.
    The departments concerned with open reports are told by e-mail after the commit.
    """
    _require_open(_lock_round(round_))
    if department is None:
        if deadline <= round_.deadline:
            raise WorkflowError(_("新しい提出期限は、今の期限（%(d)s）より後の日にしてください。")
                                % {"d": deadline_label(round_.deadline)})  # fmt: skip
        detail = _("提出期限 %(old)s → %(new)s") % {
            "old": deadline_label(round_.deadline), "new": deadline_label(deadline)}  # fmt: skip
        round_.deadline = deadline
        round_.save(update_fields=["deadline"])
        # a department's own deadline earlier than the new one would shorten it: it goes
        round_.department_deadlines.filter(deadline__lte=deadline).delete()
    else:
        if department.municipality_id != round_.plan.municipality_id:
            raise WorkflowError(_("この計画の担当課ではありません。"))
        current = deadline_for(round_, [department.name])
        if deadline <= current:
            raise WorkflowError(_("新しい提出期限は、%(name)sの今の期限（%(d)s）より後の日にしてください。")
                                % {"name": department.name, "d": deadline_label(current)})  # fmt: skip
        DepartmentDeadline.objects.update_or_create(
            round=round_, department=department, defaults={"deadline": deadline}
        )
        detail = _("%(name)sの提出期限 %(old)s → %(new)s") % {
            "name": department.name, "old": deadline_label(current), "new": deadline_label(deadline)}  # fmt: skip
    RoundEvent.objects.create(
        round=round_, kind=RoundEvent.Kind.EXTENDED, reason=reason.strip(), detail=detail, created_by=user
    )
    from . import notifications

    pk, name, day, why = (
        round_.pk,
        department.name if department else None,
        deadline.isoformat(),
        reason.strip(),
    )
    transaction.on_commit(lambda: notifications.deliver(notifications.deadline_extended, pk, name, day, why))
    return round_


@transaction.atomic
def reopen_round(round_: Round, *, user: Any, reason: str) -> Round:
    """Open a closed round again, with a reason (recorded with who and when).

    Published results are withdrawn until the plan office publishes again; the frozen evaluations
    stay until the next close computes them anew. Every department is told by e-mail after the commit.
    """
    if not reason.strip():
        raise WorkflowError(_("再開する理由を記入してください。"))
    _lock_round(round_)
    if round_.is_open:
        raise WorkflowError(_("この回は受付中です。再開できるのは締め切った回だけです。"))
    round_.state, round_.closed_at, round_.published_at = Round.State.OPEN, None, None
    round_.save(update_fields=["state", "closed_at", "published_at"])
    withdrawn = round_.reports.filter(published_at__isnull=False).update(published_at=None) > 0
    event = RoundEvent.objects.create(
        round=round_, kind=RoundEvent.Kind.REOPENED, reason=reason.strip(), created_by=user
    )
    from . import notifications

    pk, event_pk = round_.pk, event.pk
    transaction.on_commit(
        lambda: notifications.deliver(notifications.round_reopened, pk, event_pk, withdrawn)
    )
    return round_


@transaction.atomic
def unpublish_report(report: Report, *, user: Any, reason: str) -> Report:
    """Withdraw one published report from the public pages, with a reason kept in its history."""
    if not reason.strip():
        raise WorkflowError(_("公表を取り消す理由を記入してください。"))
    locked = Report.objects.select_for_update().get(pk=report.pk)
    if locked.published_at is None:
        raise WorkflowError(_("この報告は公表されていません。"))
    locked.published_at = None
    locked.unpublished_reason = reason.strip()
    with acting_user(user):  # named in the history; 確認日時 stays the approval's (the report page shows it)
        _write(locked, report)
    # the round's record says what was withdrawn and why (walked: an auditor could not tell what is public)
    RoundEvent.objects.create(
        round_id=locked.round_id, kind=RoundEvent.Kind.UNPUBLISHED, detail=_event_detail([locked], 1),
        reason=reason.strip(), created_by=user,
    )  # fmt: skip
    return report


def _event_detail(reports: list[Report], n: int, added: bool = False) -> str:
    """「報告2件：1-1 電子申請の拡充、1-2 書かない窓口」: the number, and the 取組 by number and title (three at most, cut
    to the record's line)."""
    head = (_("報告%(n)d件を追加") if added else _("報告%(n)d件")) % {"n": n}
    ids = [r.initiative_id for r in reports[:3]]
    named = {i.pk: str(i) for i in Initiative.objects.filter(pk__in=ids)}
    listed = "、".join(named[i] for i in ids if i in named)
    if len(reports) > 3:
        listed += _("ほか%(n)d件") % {"n": len(reports) - 3}
    text = f"{head}：{listed}" if listed else head
    field = RoundEvent._meta.get_field("detail")
    return text if len(text) <= field.max_length else text[: field.max_length - 1] + "…"


# --- many reports at once ------------------------------------------------------------------------------


@dataclass
class BulkResult:
    """What a bulk action did: the reports done, and those refused with the reason."""

    done: list[Report] = field(default_factory=list)
    refused: list[tuple[Report, str]] = field(default_factory=list)
    #: Reports that were already what the action makes them (approved, published): told as a number, not as
    #: refusals (walked: each ticked report already approved was listed 「…はできませんでした」).
    already: list[Report] = field(default_factory=list)


def approve_many(reports: list[Report], user: Any) -> BulkResult:
    """Approve each report through ``approve_report`` (its own lock and transaction); refusals are listed.

    Each department is told once, in one mail listing its approved reports (not one mail a report).
    """
    from . import notifications

    result = BulkResult()
    for report in reports:
        try:
            approve_report(report, user, notify=False)
        except WorkflowError as exc:
            _refused_or_already(result, report, str(exc))
        else:
            result.done.append(report)
    reviewed = [(r.pk, r.version) for r in result.done]
    if reviewed:
        transaction.on_commit(lambda: notifications.deliver(notifications.reports_approved, reviewed))
    return result


def _refused_or_already(result: BulkResult, report: Report, reason: str, *, published: bool = False) -> None:
    """A report a bulk action could not act on: already what the action makes it — approved, or approved and
    published — read again (another tab or user may have done it meanwhile), else refused with ``reason``."""
    now = Report.objects.filter(pk=report.pk).values("state", "published_at").get()
    if now["state"] == Report.State.APPROVED and (not published or now["published_at"] is not None):
        result.already.append(report)
    else:
        result.refused.append((report, reason))


@transaction.atomic
def _publish_one(report: Report, now: Any) -> None:
    _lock_round(report.round)
    if report.round.is_open:
        raise WorkflowError(_("公表できるのは締め切った回だけです。"))
    locked = Report.objects.select_for_update().get(pk=report.pk)
    if locked.state != Report.State.APPROVED:
        raise WorkflowError(_("承認済の報告だけを公表できます（この報告は「%(state)s」）。")
                            % {"state": locked.get_state_display()})  # fmt: skip
    if locked.published_at is not None:
        raise WorkflowError(_("すでに公表しています。"))
    locked.published_at = now
    locked.unpublished_reason = ""
    _write(locked, report)
    if report.round.published_at is None:
        report.round.published_at = now
        report.round.save(update_fields=["published_at"])


def publish_many(reports: list[Report], *, user: Any = None) -> BulkResult:
    """Publish each approved report of a closed round (the round too, if not yet); refusals are listed.
    Each round's record gets one 「公表」 with the number published."""
    result = BulkResult()
    now = timezone.now()
    for report in reports:
        try:
            _publish_one(report, now)
        except WorkflowError as exc:
            _refused_or_already(result, report, str(exc), published=True)
        else:
            result.done.append(report)
    for round_id, n in Counter(r.round_id for r in result.done).items():
        RoundEvent.objects.create(
            round_id=round_id,
            kind=RoundEvent.Kind.PUBLISHED,
            detail=_event_detail([r for r in result.done if r.round_id == round_id], n),
            created_by=user,
        )
    return result


# --- reports ---------------------------------------------------------------------------------------

REPORT_FIELDS = ("status", "achievements", "results", "issues", "next_steps", "self_grade")


def grade_error(scale: evaluation.Scale, code: str) -> str | None:
    """Why ``code`` cannot be a report's 自己評価: only the grades of the municipality's scale (what the report
    form's select and the Excel sheet's list offer) or none. (Walked: the API saved 「Z」, and the public pages,
    the committee report, reports.csv and the 進捗管理表 showed it.)"""
    if not code or code in scale.codes:
        return None
    return _("この自治体の評価基準にない評価です（%(codes)s）。") % {"codes": "・".join(scale.codes)}


def empties_actual(existing: RecordedActual | None, value: float | None, text: str) -> bool:
    """Whether saving ``value`` / ``text`` would empty a recorded actual (a number or the words 「集計中」): refused
    wherever a report is saved — the form, the Excel sheet, the API. A recorded figure is corrected, or replaced by
    words such as 「未集計」, never erased (the API emptied what the form and the sheet refused; found walking a
    round). An 実績値の備考 alone is not an actual."""
    had = existing is not None and (existing.value is not None or bool(existing.text.strip()))
    return had and value is None and not text.strip()


def emptied_actual_error(instead: str = "") -> str:
    """The one message for :func:`empties_actual`; ``instead`` says where the place in hand takes a correction."""
    return _("登録済みの実績値は空にできません。") + (
        instead or _("値を訂正するか、実績値（原文）に「未集計」などと記入してください。")
    )


@transaction.atomic
def save_report(
    report: Report,
    *,
    version: int,
    fields: dict[str, Any],
    actuals: dict[int, tuple[float | None, str, str]] | None = None,
) -> Report:
    """Save a report's fields and actuals if nobody saved it since ``version`` was read.

    ``actuals`` maps indicator id -> (value, text, note). A stale ``version`` raises
    ConcurrentEditError and changes nothing, so the caller can keep the user's text in the form, unless the report
    already holds what is sent (:func:`holds`): the same save sent again (a double click, an API client retrying after
    a timeout) or what another user saved meanwhile is no conflict, and is done with nothing written; an actual
    emptied (:func:`empties_actual`) or out of range (``core.numbers.out_of_range``: 10兆 or more, as the form and the
    sheet refuse it) raises InvalidValue (the API's 422) and changes nothing either.
    """
    try:
        locked = _lock(
            report,
            version,
            _(
                "この報告は、あなたが開いた後に他の人が保存しました。入力内容はそのまま残しています。最新の内容を確認してから保存し直してください。"
            ),
        )
    except ConcurrentEditError:
        latest = _lock(report, None)
        if not holds(latest, {n: v for n, v in fields.items() if n in REPORT_FIELDS}, actuals or {}):
            raise
        for f in Report._meta.concrete_fields:  # a repeat: nothing to write, the caller sees the report as it is
            setattr(report, f.attname, getattr(latest, f.attname))
        return report
    for name in REPORT_FIELDS:
        if name in fields:
            new = fields[name] or ""
            # a grade kept from a scale changed since is left as it is; a new one is the scale's
            if (
                name == "self_grade"
                and new != locked.self_grade
                and (error := grade_error(scale_for(report.round.plan.municipality), new))
            ):
                raise InvalidValue(name, str(Report._meta.get_field(name).verbose_name), error)
            if text_changed(getattr(locked, name), new) and (error := length_error(new)):  # the form's, the sheet's rule
                raise WorkflowError(f"{Report._meta.get_field(name).verbose_name}: {error}")
            setattr(locked, name, new)
    indicators = {i.pk: i for i in report.initiative.indicators.active()}
    stored = {a.indicator_id: a for a in RecordedActual.objects.filter(report=report)}
    for indicator_id, (value, text, note) in (actuals or {}).items():
        existing = stored.get(indicator_id)
        changed = text_changed(existing.note if existing else None, note)
        if indicator_id in indicators and changed and (error := length_error(note, MAX_NOTE)):
            raise WorkflowError(f"{indicators[indicator_id].label}の備考: {error}")
        if indicator_id in indicators and empties_actual(existing, value, text):
            raise InvalidValue("actuals", indicators[indicator_id].label, emptied_actual_error())
        if indicator_id in indicators and numbers.out_of_range(value):  # the form's and the sheet's limit
            raise InvalidValue("actuals", indicators[indicator_id].label, numbers.TOO_LARGE)
    _write(locked, report)
    for indicator_id, (value, text, note) in (actuals or {}).items():
        if indicator_id not in indicators:
            continue
        existing = RecordedActual.objects.filter(report=report, indicator_id=indicator_id).first()
        if existing is None and value is None and not text and not note:
            continue
        # a recorded actual is never emptied (empties_actual, refused above); nothing is hard-deleted
        if existing is None:
            RecordedActual.objects.create(
                report=report, indicator_id=indicator_id, value=value, text=text, note=note
            )
        elif (existing.value, existing.text, existing.note) != (value, text, note):
            existing.value, existing.text, existing.note = value, text, note
            existing.save()
    return report


def _lock(report: Report, version: int | None, stale: str = "") -> Report:
    """The report's row, locked until the transaction ends and re-read after the lock was taken.

    Every write of a report goes through here, so two writers never both act on what they read
    before the other wrote (the lost update of issue 9): the second one waits for the lock, then
    sees the first one's version and is refused (``ConcurrentEditError``, a 409) unless it acted
    without a version, in which case it works on the latest row. On PostgreSQL this is
    ``SELECT … FOR UPDATE``; SQLite ignores it, but its transactions start with ``BEGIN
    IMMEDIATE`` (settings), which serialises writers the same way. The round is re-read too:
    a round closed while this request waited is not written to.
    """
    locked = Report.objects.select_for_update().get(pk=report.pk)
    if version is not None and locked.version != version:
        raise ConcurrentEditError(
            stale
            or _(
                "この報告は、表示した後に他の人が変更しました。最新の内容を確認してから操作し直してください。"
            )
        )
    state = Round.objects.filter(pk=locked.round_id).values_list("state", flat=True).get()
    if state != Round.State.OPEN:
        raise WorkflowError(_("この回は締め切られています。変更できません。"))
    return locked


def _write(locked: Report, report: Report) -> None:
    """Save the locked row with a new version and show the result in the caller's instance."""
    locked.version += 1
    locked.save()
    for f in Report._meta.concrete_fields:
        setattr(report, f.attname, getattr(locked, f.attname))


def _transition(
    report: Report,
    allowed: tuple[str, ...],
    state: str,
    version: int | None = None,
    *,
    needs_status: bool = False,
    **changes: Any,
) -> str:
    """Move the report to ``state`` if its current (locked, re-read) state allows it; the state it had."""
    locked = _lock(report, version)
    if needs_status and not locked.status:
        raise WorkflowError(_("進捗状況を選んでから提出してください。"))
    if locked.state not in allowed:
        raise WorkflowError(
            _("「%(state)s」の報告にはこの操作はできません。") % {"state": locked.get_state_display()}
        )
    before = locked.state
    locked.state = state
    for name, value in changes.items():
        setattr(locked, name, value)
    _write(locked, report)
    return before


#: A report's submission as the plan office is told of it: (report id, its version once submitted, whether it
#: came back after a return).
Submission = tuple[int, int, bool]


@transaction.atomic
def submit_report(
    report: Report, user: Any, *, version: int | None = None, notify: bool = True
) -> Submission:
    """Submit the report for the plan office's review; the plan office is told by e-mail after the commit.

    ``notify=False`` when the caller submits several at once and tells the plan office of them in one
    mail (:func:`notify_submitted`): an Excel sheet of 12 reports is one submission, not 12 mails.
    """
    before = _transition(
        report, (Report.State.DRAFT, Report.State.RETURNED), Report.State.SUBMITTED, version,
        needs_status=True, submitted_at=timezone.now(), submitted_by=user,
    )  # fmt: skip
    submission = (report.pk, report.version, before == Report.State.RETURNED)
    if notify:
        notify_submitted([submission], user)
    return submission


def notify_submitted(submissions: list[Submission], user: Any) -> None:
    """Tell the plan office, once the transaction is committed, of reports ``user`` submitted in one act: one
    mail listing them (``notifications.reports_submitted``); a rolled-back submission sends nothing."""
    from . import notifications

    if not submissions:
        return
    done, by = list(submissions), getattr(user, "pk", None)
    transaction.on_commit(lambda: notifications.deliver(notifications.reports_submitted, done, by))


def _notify_reviewed(report: Report, *, notify: bool = True) -> None:
    """Tell the department, once the transaction is committed (a rolled-back review sends nothing);
    ``notify=False`` when the caller tells the departments itself (one mail for a bulk approval)."""
    from . import notifications

    if not notify:
        return
    pk, version = report.pk, report.version
    transaction.on_commit(lambda: notifications.deliver(notifications.report_reviewed, pk, version))


@transaction.atomic
def return_report(report: Report, user: Any, comment: str, *, version: int | None = None) -> Report:
    if not comment.strip():
        raise WorkflowError(_("差し戻す理由を記入してください。"))
    _transition(
        report, (Report.State.SUBMITTED, Report.State.APPROVED), Report.State.RETURNED, version,
        review_comment=comment.strip(), reviewed_at=timezone.now(), reviewed_by=user,
    )  # fmt: skip
    _notify_reviewed(report)
    return report


@transaction.atomic
def approve_report(
    report: Report, user: Any, comment: str = "", *, version: int | None = None, notify: bool = True
) -> Report:
    _transition(
        report, (Report.State.SUBMITTED,), Report.State.APPROVED, version,
        review_comment=comment.strip(), reviewed_at=timezone.now(), reviewed_by=user,
    )  # fmt: skip
    _notify_reviewed(report, notify=notify)
    return report


def repeats_review(report: Report, user: Any, action: str, comment: str) -> bool:
    """Whether approving or returning (``action``) ``report`` with ``comment`` is what already took effect: the report
    is in that state by this user's review with that comment. A second click sends the version the first one moved
    on, and was answered 「表示した後に他の人が変更しました」 (409) though it was the same user's own (walked)."""
    state = {"approve": Report.State.APPROVED, "return": Report.State.RETURNED}.get(action)
    return (
        state is not None
        and report.state == state
        and report.reviewed_by_id == getattr(user, "pk", None)
        and not text_changed(report.review_comment, comment)
    )


def repeats_submission(
    report: Report, user: Any, fields: dict[str, Any], actuals: Mapping[int, tuple[float | None, str, str]]
) -> bool:
    """Whether submitting ``fields`` and ``actuals`` as ``user`` is what already took effect: the report is submitted
    (or approved since) by this user and holds exactly these. The form posted twice was answered 「この報告は現在変更
    できません … 入力内容は保存していません」 (403) after 「提出しました」 (walked); different content is still refused."""
    if report.state not in (Report.State.SUBMITTED, Report.State.APPROVED):
        return False
    # both real: a submitter since deleted (SET_NULL) is no one, and no one (an anonymous visitor) submitted nothing
    if not getattr(user, "is_authenticated", False) or report.submitted_by_id is None:
        return False
    if report.submitted_by_id != user.pk:
        return False
    return holds(report, fields, actuals)


def holds(report: Report, fields: Mapping[str, Any], actuals: Mapping[int, tuple[float | None, str, str]]) -> bool:
    """Whether ``report`` already holds ``fields`` and ``actuals`` (indicator id -> (value, text, note)): saving them
    would change nothing. A repeated submission (:func:`repeats_submission`) and a repeated save on the version it
    moved on (:func:`save_report`) are told from a conflicting one by it. Reads ``report.actuals``."""
    if any(text_changed(getattr(report, name), value) for name, value in fields.items()):
        return False
    stored = {a.indicator_id: a for a in report.actuals.all()}
    for indicator_id, (value, text, note) in actuals.items():
        had = stored.get(indicator_id)
        if had is None and (value is not None or text.strip() or note.strip()):
            return False
        if had is not None and (had.value != value or text_changed(had.text, text) or text_changed(had.note, note)):
            return False
    return True


class ReasonRequired(WorkflowError):
    """A change of the plan's public data sent without its reason: the request's own fault (400), not a conflict."""


#: The longest reason a removal keeps (the forms' maxlength): it is published with the removal.
REMOVAL_REASON_LIMIT = 500


def _done_if_removed_already(remove: Callable[..., Figure]) -> Callable[..., Figure | None]:
    """``remove`` answering None where it is refused and the figure is removed already (:func:`removed_already`): a
    second click of 「削除する」 or a client's retry is done, whatever else the request got wrong — the one place of
    this rule, not each caller."""

    @functools.wraps(remove)
    def removing(initiative: Initiative, indicator_id: int | None, fy: int, **given: Any) -> Figure | None:
        try:
            return remove(initiative, indicator_id, fy, **given)
        except WorkflowError:
            if removed_already(initiative.pk, indicator_id, fy):
                return None
            raise

    return removing


@_done_if_removed_already
@transaction.atomic
def remove_plan_actual(
    initiative: Initiative,
    indicator_id: int | None,
    fy: int,
    *,
    user: Any,
    version: int | None,
    reason: str,
    report: Report | None = None,
) -> Figure:
    """Remove the actual the plan's file states for ``fy`` (「計画ファイル（公表値）」) of one of the initiative's
    indicators: a wrong figure imported stayed until a file stated the year again. Returns the figure removed; None
    where it is removed already (:func:`_done_if_removed_already`: a second click of 「削除する」, a client's retry) —
    done, nothing changed, whatever else the request got wrong. The one rule of every place that offers it: the report form
    of an open round (``report``), the initiative page, the plan's list of its file's actuals (between rounds too)
    and the API.

    The plan's value rows are emptied and marked revised in the app (``plans.actuals.removed``): nothing is deleted,
    their history keeps the figure and names ``user``; the evaluation, the report form, the input sheet and every
    output then have no published figure for the year and say it was removed; a re-import of a file that still states
    it keeps the removal (the loader keeps what was revised in the app and lists the file's figure as a difference).
    Who may: the plan office (``remove_plan_actual``): it changes the plan's public data, so it is the plan's change —
    a reason, and a numbered ``PlanRevision`` naming who, as a target revised during a round.

    ``version`` is that of the page it was sent from, required (a request without one would remove over a change it
    never saw): the report's where ``report`` is given, else the initiative's. Both move on, and so does the report of
    the year's open round: a report form opened before (its box still holding the figure) is a conflict, not a save of
    it as the department's own."""
    if version is None:
        raise WorkflowError(_("画面を開き直してから、もう一度操作してください。"))
    reason = reason.strip()
    if not reason:
        raise ReasonRequired(_("計画ファイルの実績値を削除する理由を入力してください。"))
    if len(reason) > REMOVAL_REASON_LIMIT or "\x00" in reason:
        # the web forms as the API (a NUL PostgreSQL cannot store was a 500; 20,000 characters were published)
        raise ReasonRequired(
            _("削除の理由は%(n)d文字以内で、制御文字を含めずに入力してください。") % {"n": REMOVAL_REASON_LIMIT}
        )
    plan = Plan.objects.select_for_update().get(pk=initiative.plan_id)  # one revision number at a time
    locked_report = _lock(report, version) if report is not None else None
    current = Initiative.objects.select_for_update().values_list("version", flat=True).get(pk=initiative.pk)
    if report is None and current != version:
        raise ConcurrentEditError(
            _("この取組は、表示した後に他の人が変更しました。最新の内容を確認してから操作し直してください。")
        )
    indicator = initiative.indicators.active().filter(pk=indicator_id).first() if indicator_id else None
    if indicator is None:
        raise WorkflowError(_("この取組の指標ではありません。画面を開き直してください。"))
    rows = [
        v
        for v in IndicatorValue.objects.select_for_update()
        .filter(indicator=indicator, kind=ValueKind.ACTUAL, fy=fy, kept=False)
        .order_by("position", "pk")
        if is_figure(v.value, v.text)
    ]
    if not rows:
        raise WorkflowError(
            _("%(name)sの%(year)sには、削除できる計画ファイルの実績値がありません。")
            % {"name": indicator.label, "year": wareki(fy)}
        )
    figure = (rows[0].value, rows[0].text or "")
    now = timezone.now()
    with acting_user(user):
        for v in rows:
            v.value, v.text, v.revised_at = None, "", now
            v.save()
        if locked_report is not None and report is not None:
            _write(locked_report, report)
    # a page opened before, of the initiative or of the year's open report, is stale (a version, no history entry)
    Initiative.objects.filter(pk=initiative.pk).update(version=F("version") + 1)
    initiative.version = current + 1
    Report.objects.filter(
        initiative=initiative, round__fy=fy, round__state=Round.State.OPEN
    ).exclude(pk=getattr(report, "pk", None)).update(version=F("version") + 1)
    change = {"kind": ValueKind.ACTUAL.value, "indicator": indicator.pk, "name": indicator.name, "fy": fy,
              "before": figure[0], "before_text": figure[1], "after": None}  # fmt: skip
    _revise(plan, reason, [change], user)
    return figure


def remove_published_actual(
    report: Report, indicator_id: int | None, *, user: Any, version: int | None, reason: str
) -> Figure | None:
    """:func:`remove_plan_actual` from an open round's report form: the report's year, the report's ``version``."""
    return remove_plan_actual(
        report.initiative, indicator_id, report.round.fy, user=user, version=version, reason=reason, report=report
    )


def removed_already(initiative_id: int, indicator_id: int | None, fy: int) -> bool:
    """Whether the plan actual of the indicator for ``fy`` is removed and none published again: a second click of
    「削除する」 (its page's version moved on) or a client's retry is done, not a conflict."""
    indicator = (
        Indicator.objects.prefetch_related("values").filter(pk=indicator_id, initiative=initiative_id).first()
        if indicator_id
        else None
    )
    return (
        indicator is not None
        and figures.published_figure(indicator, fy) is None
        and any(v.fy == fy and removed(v) for v in indicator.values.all())
    )


@transaction.atomic
def override_grade(
    report: Report, user: Any, grade: str, reason: str, *, version: int | None = None
) -> Report:
    """The reviewer's grade replaces the computed one, only with a written reason."""
    scale = scale_for(report.round.plan.municipality)
    if grade and grade not in scale.codes and grade not in scale.lifecycle.values():
        raise WorkflowError(_("評価「%(grade)s」はこの自治体の評価基準にありません。") % {"grade": grade})
    if grade and not reason.strip():
        raise WorkflowError(_("評価を変更する理由を記入してください。"))
    locked = _lock(report, version)
    locked.review_grade = grade
    locked.review_reason = reason.strip() if grade else ""
    # the change is the history's (who, when): the approval's time and approver stay as they were (「承認
    # 05:20」 read 05:21 after a grade changed at 05:21; found walking a round)
    with acting_user(user):
        _write(locked, report)
    return report


# --- evaluation ------------------------------------------------------------------------------------


@dataclass
class IndicatorResult:
    indicator: Indicator
    target: float | None
    interpolated: bool
    actual: float | None
    actual_text: str
    recorded: bool
    rate: float | None
    basis: str = ""  # the rule that judged it (evaluation.judge_indicator)
    compared: float | None = None  # what was compared with the target (a cumulative target: the sum)
    #: the year's target as the plan words it where it gives no number (「導入を決定した全窓口」): shown where the
    #: target is, so no one reports against a 「—」 (found walking a round); beside the year's own number, the plan's
    #: words for it (「約4,000人」: ``evaluation.target_words``), shown by ``core.numbers.value_or_text``
    target_text: str = ""
    #: the department's 備考 on its actual (「令和8年3月末時点」): printed with the actual wherever it is (walked: the report
    #: page alone showed it, though the plan office had asked for it)
    note: str = ""
    #: what the plan file prints for the year, the municipality's published actual and grade (鳴海台市's 「912人」
    #: 「A」): kept beside the department's own, and the one every output shows while the report is no result
    #: (``figures.shown``)
    published: Figure | None = None
    published_grade: str = ""
    #: what the plan file's legend says that grade means (「目標より進んでいる」), frozen with it
    published_grade_meaning: str = ""
    #: the plan file's figure for the year someone removed in the app (``remove_published_actual``): shown as removed
    removed: Figure | None = None
    #: the year of a later deadline's target compared ahead of it (``evaluation.Judged.target_fy``)
    target_fy: int | None = None
    #: why the plan office removed it (its plan revision's reason), frozen with it: the plan file's grade for the year
    #: is shown as resting on a removed figure, with why, wherever it shows
    removed_reason: str = ""

    def as_json(self) -> dict[str, Any]:
        published = self.published or (None, "")
        removed = (
            {"removed_actual": self.removed[0], "removed_text": self.removed[1], "removed_reason": self.removed_reason}
            if self.removed
            else {}
        )
        return removed | {
            "indicator": self.indicator.pk, "name": self.indicator.name, "unit": self.indicator.unit,
            "kind": self.indicator.kind, "target": self.target, "target_text": self.target_text,
            "interpolated": self.interpolated, "actual": self.actual,
            "actual_text": self.actual_text, "recorded": self.recorded, "rate": self.rate,
            "basis": self.basis, "compared": self.compared, "note": self.note, "target_fy": self.target_fy,
            "published_actual": published[0], "published_text": published[1],
            "published_grade": self.published_grade, "published_grade_meaning": self.published_grade_meaning,
        }  # fmt: skip


@dataclass
class Evaluation:
    indicators: list[IndicatorResult] = field(default_factory=list)
    grade: evaluation.Grade = evaluation.DEFAULT_SCALE.not_evaluable
    basis: str = "none"  # the rule that gave the grade (evaluation.judge_initiative)
    #: the plan file's legend (grade, meaning) where it grades one of the indicators' year: frozen with a closed round,
    #: the committee report's and the 進捗管理表's note gives the whole of it (``RoundTable.published_note``)
    grade_legend: list[tuple[str, str]] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        legend = {"grade_legend": [list(pair) for pair in self.grade_legend]} if self.grade_legend else {}
        return {
            "indicators": [r.as_json() for r in self.indicators],
            "computed_grade": self.grade.code,
            "computed_label": self.grade.label,
            "basis": self.basis,
        } | legend


def reports_for_evaluation(round_: Round):
    """The round's reports with everything evaluation reads, in a fixed number of queries (``ever_graded``: whether
    anyone ever chose a 自己評価, ``figures.start_grade``)."""
    indicators = Indicator.objects.active().prefetch_related(
        Prefetch("values", queryset=IndicatorValue.objects.order_by("kind", "fy", "position"))
    )
    graded = Report.history.model.objects.filter(id=OuterRef("pk")).exclude(self_grade="")
    return round_.reports.annotate(ever_graded=Exists(graded)).select_related(
        "initiative__section", "round__plan__municipality"
    ).prefetch_related(
        Prefetch("initiative__indicators", queryset=indicators),
        Prefetch(
            "initiative__department_links", queryset=InitiativeDepartment.objects.select_related("department")
        ),
        "initiative__schedule",
        "actuals",
    )


def evaluate(
    report: Report, scale: evaluation.Scale, *, entered: Mapping[int, float | None] | None = None
) -> Evaluation:
    """Evaluate a report for its round's year (recorded actuals first, else the plan's printed ones).

    The rules are ``evaluation.judge_indicator`` per indicator and ``evaluation.judge_initiative``
    (indicators, else the year's 工程 with the department's self-grade); docs/evaluation.md. ``entered``: actuals
    not saved yet (an upload's preview) taken as recorded in place of the stored ones.
    """
    fy = report.round.fy
    recorded = {a.indicator_id: a for a in report.actuals.all()}
    # the plan file's figures removed in the app, with why: one query a report, not two a removed figure
    taken_away = removals.removals(report.initiative.indicators.all())
    results = []
    for indicator in report.initiative.indicators.all():
        targets: dict[int, float] = {}
        printed: dict[int, float] = {}
        for v in indicator.values.all():
            if v.kind == ValueKind.TARGET and v.fy is not None and v.value is not None:
                targets.setdefault(v.fy, v.value)
            elif v.kind == ValueKind.ACTUAL and v.fy is not None and v.value is not None and v.fy < fy:
                printed.setdefault(v.fy, v.value)
        # the year's actual as the plan file prints it (the municipality's published one): the actual where no one
        # recorded one (docs/evaluation.md 「Which actual」), and kept beside a recorded one
        published = figures.published_figure(indicator, fy)
        baseline = (
            (indicator.baseline_fy, indicator.baseline_value)
            if indicator.baseline_fy and indicator.baseline_value is not None else None
        )  # fmt: skip
        final = (
            (indicator.final_target_fy, indicator.final_target_value)
            if indicator.final_target_fy and indicator.final_target_value is not None else None
        )  # fmt: skip
        mine = recorded.get(indicator.pk)
        if entered is not None and indicator.pk in entered:
            actual, text, is_recorded = entered[indicator.pk], "", True
        elif mine is not None and is_figure(mine.value, mine.text):  # an 実績値の備考 alone is not an actual
            actual, text, is_recorded = mine.value, mine.text, True
        elif published is not None:
            actual, text, is_recorded = published[0], published[1], False
        else:
            actual, text, is_recorded = None, "", False
        plan_targets = [(v.fy, v.value, v.text) for v in indicator.values.all() if v.kind == ValueKind.TARGET]
        plan_final = (indicator.final_target_fy, indicator.final_target_value, indicator.final_target_text)
        target_text = evaluation.target_words(fy, plan_targets, plan_final)
        direction = indicator.direction or None
        if direction is None and indicator.has_baseline and baseline is None and indicator.baseline_value is not None:
            # a baseline without a year still tells the way (「100分 → 50分」: a decrease; judged as an increase, 60
            # against 50 read as 「期限前に達成」): from it to the plan's final target (``plans.models.final_target``,
            # the one rule: the stated one, else the last year's) — one in words (「削減」): the last year's figure
            ending = indicator.final_target
            last = ending.value if ending and ending.value is not None else (targets[max(targets)] if targets else None)
            direction = evaluation.infer_direction(None, indicator.baseline_value, last)
        if target_text:  # the year's target in words: no number interpolated over them
            judged = evaluation.Judged(None, None, actual=actual)
        else:
            judged = evaluation.judge_indicator(
                fy, actual, targets=targets, actuals=printed, direction=direction,
                baseline=baseline if indicator.has_baseline else None, final=final,
                final_text=indicator.final_target_text, tolerance=indicator.tolerance,
                maintain_tolerance=scale.maintain_tolerance,
            )  # fmt: skip
        if indicator.has_baseline and baseline is None and indicator.baseline_value is not None:
            # a baseline without a year still anchors the rate (not the interpolation)
            judged = _with_yearless_baseline(judged, actual, indicator, scale, direction)
        if judged.target is not None:
            # the plan's words beside the year's own number (「約4,000人」): shown by the rule of every output, as the
            # plan's table on the initiative page shows them (the evaluation, the report and the workbooks wrote 4,000人)
            own = judged.basis == "year" and not judged.interpolated
            target_text = evaluation.target_words(fy, plan_targets, plan_final, judged.target) if own else ""
        grade = printed_grade(indicator.extra, fy)
        taken = taken_away.get(indicator.pk, {}).get(fy) if published is None else None
        results.append(
            IndicatorResult(
                indicator, judged.target, judged.interpolated, actual, text, is_recorded, judged.rate,
                judged.basis, judged.actual, target_text,
                note=mine.note.strip() if mine is not None else "",
                published=published,
                published_grade=grade,
                published_grade_meaning=grade_meaning(report.round.plan.extra, grade),
                removed=taken.figure if taken else None,
                removed_reason=taken.reason if taken else "",
                target_fy=judged.target_fy,
            )
        )  # fmt: skip
    scheduled = [entry.label or "●" for entry in report.initiative.schedule.all() if entry.fy == fy]
    # a year's target (printed or interpolated) and no number for it: the grade waits for the actual
    awaiting = [r for r in results if r.target is not None and r.actual is None and r.basis in ("year", "interpolated")]
    verdict = evaluation.judge_initiative(
        [r.rate for r in results], report.status, scale, scheduled=scheduled,
        # the department's grade, else the one the report form starts from (the published one, recorded as no one's)
        self_grade=figures.start_grade(report, report.initiative.indicators.all(), scale.codes),
        awaiting=bool(awaiting), in_words=bool(awaiting) and all(r.actual_text.strip() for r in awaiting),
    )  # fmt: skip
    graded = any(r.published_grade for r in results)
    return Evaluation(results, verdict.grade, verdict.basis, legend_pairs(report.round.plan.extra) if graded else [])


def actual_warnings(
    report: Report, scale: evaluation.Scale, *, entered: Mapping[int, float | None] | None = None
) -> list[str]:
    """「取得率の実績値が基準値を下回っています（達成率 -67.0%）。…」 for each KPI whose recorded actual (or
    the one ``entered``, of those only) gives a negative rate (``evaluation.decline_warning``), and 「…100%を超えて
    います…」 for a percentage over 100 against a target of 100% or less (``evaluation.over_hundred_warning``:
    「80,5」 once became 805%): told where a department enters actuals — after the report form's save, in an
    upload's preview, in the API's answer — never a refusal."""
    warnings = []
    for result in evaluate(report, scale, entered=entered).indicators:
        indicator = result.indicator
        if not result.recorded or (entered is not None and indicator.pk not in entered):
            continue
        direction = evaluation.infer_direction(indicator.direction or None, indicator.baseline_value, result.target)
        baseline = indicator.has_baseline and indicator.baseline_value is not None
        texts = [
            evaluation.decline_warning(result.rate, direction, baseline=baseline, name=indicator.label),
            evaluation.over_hundred_warning(result.actual, indicator.unit, result.target, name=indicator.label),
        ]
        warnings += [text for text in texts if text]
    return warnings


def entered_warnings(
    report: Report,
    scale: evaluation.Scale,
    actuals: Mapping[int, tuple[float | None, str, str]],
    *,
    changed_only: bool = False,
) -> list[str]:
    """``actual_warnings`` for the actuals a department sends (indicator → (value, text, note)), of them only — with
    ``changed_only``, of those that differ from the ones recorded: the report form holds a submission back for an
    actual worse than its baseline entered just now, and lets it go when it is sent again unchanged."""
    before = {a.indicator_id: a.value for a in report.actuals.all()} if changed_only else {}
    entered = {
        pk: value
        for pk, (value, _, _) in actuals.items()
        if value is not None and not (changed_only and before.get(pk) == value)
    }
    return actual_warnings(report, scale, entered=entered) if entered else []


def missing_actuals(report: Report, actuals: Mapping[int, tuple[float | None, str, str]] | None = None) -> list[Indicator]:
    """The report's indicators with no actual for its round's year once ``actuals`` (indicator → (value, text, note),
    a form's; the recorded ones where it gives none) are saved: neither a number nor words (「集計中」), and none the
    plan prints for the year (the evaluation takes that one: docs/evaluation.md 「Which actual」). A report submitted
    so was taken without a word (walked): the report form asks first (:func:`missing_actuals_notice`)."""
    fy = report.round.fy
    recorded = {a.indicator_id: (a.value, a.text) for a in report.actuals.all()}
    given = actuals or {}
    missing = []
    for indicator in report.initiative.indicators.active():
        value, text = given[indicator.pk][:2] if indicator.pk in given else recorded.get(indicator.pk, (None, ""))
        if is_figure(value, text):
            continue
        if figures.published_figure(indicator, fy) is not None:
            continue
        missing.append(indicator)
    return missing


def missing_actuals_notice(missing: list[Indicator]) -> str:
    """「実績値が未入力の指標があります：窓口での平均待ち時間。このまま提出しますか。」 for :func:`missing_actuals`."""
    return _("実績値が未入力の指標があります：%(names)s。このまま提出しますか。") % {
        "names": "、".join(i.label for i in missing)
    }


def shown_evaluation(report: Report, scale: evaluation.Scale) -> dict[str, Any]:
    """A report's evaluation wherever it is shown (its page, the workbook): live while its round is
    open — actuals and targets may still change — and after closing the one frozen then, so that a
    closed round's grades never move (a report closed without one is evaluated as it stands); a plan file's figure
    removed since is marked so, with why (``removals.marked``), its rate and grade the round's."""
    if report.round.is_open or not report.evaluation:
        return evaluate(report, scale).as_json()
    entries = report.evaluation.get("indicators") or []
    taken = removals.removals(report.initiative.indicators.all()) if entries else {}
    return {**report.evaluation, "indicators": removals.marked(entries, taken, report.round.fy)} if taken else report.evaluation


def _with_yearless_baseline(
    judged: evaluation.Judged,
    actual: float | None,
    indicator: Indicator,
    scale: evaluation.Scale,
    direction: str | None,
) -> evaluation.Judged:
    """A baseline printed without its year: the year's target — or a later deadline's met ahead of it, by the formula
    the pages print — is judged from it as before."""
    if judged.basis not in ("year", "interpolated", "ahead"):
        return judged
    base = indicator.baseline_value
    if judged.basis == "ahead" and judged.target is not None:
        way = evaluation.infer_direction(direction, base, judged.target)
        base = evaluation.ahead_baseline(base, judged.target, way)
    rate = evaluation.achievement(
        actual, judged.target, direction=direction, baseline=base,
        tolerance=indicator.tolerance, maintain_tolerance=scale.maintain_tolerance,
    )  # fmt: skip
    return evaluation.Judged(rate, judged.target, judged.interpolated, judged.basis, judged.actual, judged.target_fy)


# --- the round at a glance ---------------------------------------------------------------------------


@dataclass
class DepartmentProgress:
    name: str
    counts: Counter = field(default_factory=Counter)  # Report.State -> n
    total: int = 0
    deadline: date | None = None  # the first deadline of its open reports (report_deadline), else its own

    @property
    def open(self) -> int:
        return self.counts[Report.State.DRAFT] + self.counts[Report.State.RETURNED]


@dataclass
class Dashboard:
    departments: list[DepartmentProgress]
    overdue: list[DepartmentProgress]
    due_soon: list[DepartmentProgress]
    grades_by_section: list[tuple[str, Counter]]
    behind_schedule: list[Report]
    state_counts: Counter
    grade_codes: list[str]
    rows: list[tuple[Report, Evaluation]]


BEHIND = {Status.NOT_STARTED, Status.POSTPONED, Status.CONSIDERING}


def state_counts(round_: Round) -> Counter:
    """How many of the round's reports are in each state (``Report.State``: 未提出, 提出済, 差戻し, 承認済 …).

    The one count the round's page (提出状況) and the plan office's 担当の仕事 read: 担当の仕事 had added the
    returned reports to 未提出 (「未提出 4件」 where the round's page said 「差戻し 1件／未提出 3件」)."""
    counts = round_.reports.order_by().values("state").annotate(n=Count("pk")).values_list("state", "n")
    return Counter(dict(counts))


def dashboard(round_: Round, today: date | None = None) -> Dashboard:
    """Submitted / returned / not started per department, overdue ones, grades per section, laggards."""
    today = today or timezone.localdate()
    scale = scale_for(round_.plan.municipality)
    by_department: dict[str, DepartmentProgress] = {}
    grades: dict[int | None, Counter] = defaultdict(Counter)
    section_labels: dict[int | None, str] = {None: _("（体系外）")}
    behind, rows = [], []
    extended = department_deadlines(round_)
    due: dict[str, list[date]] = defaultdict(list)  # department -> its open reports' deadlines
    for report in reports_for_evaluation(round_):
        names = [link.department.name for link in report.initiative.department_links.all()] or [
            _("（担当課なし）")
        ]
        for name in names:
            entry = by_department.setdefault(name, DepartmentProgress(name))
            entry.counts[report.state] += 1
            entry.total += 1
            if report.state in (Report.State.DRAFT, Report.State.RETURNED):
                # the report's one deadline (report_deadline's rule, on the names at hand)
                due[name].append(deadline_for(round_, names, extended))
        result = evaluate(report, scale) if round_.is_open else None
        code = report.review_grade or (
            report.evaluation.get("computed_grade") if not round_.is_open else result.grade.code
        )
        section = report.initiative.section
        if section is not None:
            section_labels[section.pk] = str(section)
        if evaluation.is_result(report.state):  # a draft is 「未提出」, not a grade
            grades[section.pk if section else None][code] += 1
        else:
            grades.setdefault(section.pk if section else None, Counter())
        # the year's 工程 not reached, by the rule the grade uses: 検討中 in a year whose step is 「検討」 is on schedule
        steps = [entry.label for entry in report.initiative.schedule.all() if entry.fy == round_.fy]
        reached = evaluation.milestone_reached(report.status, steps)
        if steps and report.status in BEHIND and reached is False and report.state != Report.State.WITHDRAWN:
            behind.append(report)
        rows.append((report, result))
    departments = sorted(by_department.values(), key=lambda d: (-d.open, d.name))
    for d in departments:
        # the first deadline of its open reports: a report it shares with a department given a later deadline is
        # due at that one, and not overdue at its own (services.report_deadline)
        d.deadline = min(due[d.name], default=deadline_for(round_, [d.name], extended))
    open_departments = [d for d in departments if d.open and round_.is_open]
    return Dashboard(
        departments=departments,
        overdue=[d for d in open_departments if is_overdue(d.deadline, today)],
        due_soon=[d for d in open_departments if 0 <= (d.deadline - today).days <= round_.reminder_days],
        grades_by_section=[(section_labels[key], counts) for key, counts in grades.items()],
        behind_schedule=behind,
        state_counts=state_counts(round_),
        grade_codes=scale.codes,
        rows=rows,
    )


def email_configured() -> bool:
    """Whether Django has a mailer to send through (production without SMTP has none)."""
    mailers = getattr(settings, "MAILERS", None)
    if mailers is not None:
        return "default" in mailers
    return bool(getattr(settings, "EMAIL_BACKEND", ""))


def send_reminders(round_: Round, today: date | None = None) -> list[str]:
    """E-mail the editors of departments with open reports whose deadline is within the round's
    督促日数 or past (``manage.py send_reminders``), at most once a department a day.

    Returns the department names reminded; none when no e-mail backend is configured. The daily
    job sends the same reminders by itself (``notifications.send_due_reminders``).
    """
    return list(reminders(round_, today).sent)


def reminders(round_: Round, today: date | None = None) -> Reminded:
    """:func:`send_reminders`, with the departments left out and why (``Reminded.why_none``), for the command to say."""
    from . import notifications

    if not email_configured():
        return notifications.Reminded()
    return notifications.reminders(round_, today or timezone.localdate(), manual=True)


def reminder_targets(round_: Round) -> list[tuple[str, int, list[str]]]:
    """Whom the plan office's 「督促する」 reaches: (department, unsubmitted reports, addresses)."""
    from . import notifications

    return notifications.reminder_targets(round_)


def reminded_today(round_: Round, departments: list[str], today: date | None = None) -> set[str]:
    """Those of ``departments`` 「督促する」 already reminded today (a second press skips them)."""
    from . import notifications

    return notifications.reminded_today(round_, departments, today or timezone.localdate())


def remind_now(round_: Round, today: date | None = None, *, user: Any = None) -> Reminded:
    """The plan office's 「督促する」 button: a deliberate act, so every department with an unsubmitted
    (or returned) report is reminded now, whatever the 督促日数 — which rules the automatic reminders
    only. At most once a department a day (a second press the same day sends nothing twice).
    Returns ``notifications.Reminded`` (who got it at which addresses, who had it today, who has no
    address); nothing is sent when no e-mail backend is configured (the caller says so). The round's
    record names ``user`` as the one who reminded.
    """
    from . import notifications

    if not email_configured():
        return notifications.Reminded()
    return notifications.remind_now(round_, today or timezone.localdate(), user=user)


# --- targets after a round started -------------------------------------------------------------------


@transaction.atomic
def update_targets(
    indicator: Indicator, targets: dict[int, float | None], *, user: Any, reason: str
) -> PlanRevision | None:
    """Change an indicator's yearly targets; once the plan has a round, this is a numbered revision.

    A cleared target keeps its row with no value (history shows what it was). Closed rounds are
    unaffected: their evaluation was frozen when they closed.
    """
    return update_plan_targets(indicator.initiative.plan, {indicator.pk: targets}, user=user, reason=reason)


class TargetConflict(ConcurrentEditError):
    """A target the user changed was changed by someone else since the grid was opened."""


@transaction.atomic
def update_plan_targets(
    plan: Plan,
    targets: dict[int, dict[int, float | None]],
    *,
    user: Any,
    reason: str,
    shown: dict[tuple[int, int], float | None] | None = None,
) -> PlanRevision | None:
    """Change yearly targets of the plan's indicators (indicator id -> {fy: value}) in one step.

    Only values that differ are written, each marked ``revised_at`` so that a re-import keeps it; a
    target of the final target's year changes the final target too (``editing.final_target_follows``).
    Once the plan has a round the change needs a reason and is one numbered ``PlanRevision``.
    The plan's row is locked first and the targets re-read: when ``shown`` (what the user's page
    showed, per (indicator, fy)) no longer matches a cell the user changed, someone else changed it
    meanwhile and nothing is written (``TargetConflict``).
    """
    from shinchoku.plans.editing import final_target_follows

    Plan.objects.select_for_update().get(pk=plan.pk)
    has_round = Round.objects.filter(plan=plan).exists()
    if has_round and not reason.strip():
        raise WorkflowError(_("進捗管理の開始後に目標値を変更するには、改訂理由が必要です。"))
    indicators = {i.pk: i for i in Indicator.objects.filter(initiative__plan=plan, pk__in=list(targets))}
    unknown = set(targets) - set(indicators)
    if unknown:
        raise WorkflowError(_("この計画の指標ではないものが含まれています。画面を開き直してください。"))
    current: dict[tuple[int, int], IndicatorValue] = {}
    for v in IndicatorValue.objects.filter(
        indicator_id__in=list(targets), kind=ValueKind.TARGET, fy__isnull=False
    ).order_by("position", "pk"):
        current.setdefault((v.indicator_id, v.fy), v)
    stale = []
    for indicator_id, years in targets.items():
        for fy in years:
            key = (indicator_id, fy)
            if shown is not None and key in shown:
                now_value = current[key].value if key in current else None
                if now_value != shown[key]:
                    stale.append(f"{indicators[indicator_id].name}（{wareki(fy)}）")
    if stale:
        raise TargetConflict(
            _(
                "次の目標値は、表示した後に他の人が変更しました: %(cells)s。入力内容はそのまま残しています。最新の値を確認してから保存し直してください。"
            )
            % {"cells": "、".join(stale)}
        )
    now = timezone.now()
    changes = []
    with acting_user(user):
        for indicator_id, years in targets.items():
            indicator = indicators[indicator_id]
            for fy, value in sorted(years.items()):
                old = current.get((indicator_id, fy))
                if old is not None and old.value == value:
                    continue
                changes.append({"indicator": indicator.pk, "name": indicator.name, "fy": fy,
                                "before": old.value if old else None, "after": value})  # fmt: skip
                if old is None:
                    IndicatorValue.objects.create(
                        indicator=indicator,
                        kind=ValueKind.TARGET,
                        fy=fy,
                        value=value,
                        text="",
                        revised_at=now,
                    )
                else:
                    old.value, old.text, old.revised_at = value, "", now
                    old.save()
                if final_target_follows(indicator, fy, value):
                    indicator.save()
    if not changes or not has_round:
        return None
    return _revise(plan, reason, changes, user)


def _revise(plan: Plan, reason: str, changes: list[dict[str, Any]], user: Any) -> PlanRevision:
    """The plan's next numbered revision (its row locked by the caller): who changed its data during a round, and why."""
    number = (plan.revisions.order_by("-number").values_list("number", flat=True).first() or 0) + 1
    return PlanRevision.objects.create(
        plan=plan, number=number, reason=reason.strip(), changes=changes, created_by=user
    )


def initiative_reports(initiative: Initiative, user: Any) -> list[Report]:
    """The reports of an initiative the user may see, newest round first."""
    from shinchoku.accounts.permissions import can

    reports = initiative.reports.select_related("round__plan__municipality").order_by("-round__fy")
    return [r for r in reports if can(user, "view_report", r)]


# --- the plan changes while a round is open ----------------------------------------------------------

#: Reports still to fill: what reminders go out for and what is counted 未提出.
OPEN_STATES = (Report.State.DRAFT, Report.State.RETURNED)


@dataclass
class Followed:
    """What ``follow_plan`` did in one open round."""

    round: Round
    added: int = 0
    withdrawn: int = 0
    restored: int = 0


def _state_before_withdrawal(report: Report) -> str:
    """The open state a withdrawn report had (a returned report is still to correct, with its comment)."""
    before = (
        report.history.exclude(state=Report.State.WITHDRAWN)
        .order_by("-history_date", "-history_id")
        .values_list("state", flat=True)
        .first()
    )
    return before if before in OPEN_STATES else Report.State.DRAFT


@transaction.atomic
def follow_plan(plan: Plan) -> list[Followed]:
    """Bring the plan's open rounds up to date with its current initiatives, after a re-import.

    A round gives every initiative of the plan a report when it opens (``open_round``); a revised
    plan imported while the round is open adds and retires initiatives. Without this an added
    initiative had no report to fill, and a retired one stayed 「入力可」, counted 未提出 and
    reminded of until the round closed. Now an added initiative gets its empty report; a report
    still to fill of a retired initiative is withdrawn (``Report.State.WITHDRAWN``: no reminder, not
    未提出, not editable), never deleted, with whatever it holds; one the department submitted
    stays as it is, for the plan office to judge; a withdrawn report whose initiative is back in the
    plan is open again. Departments the round had not told yet (a 担当課 new to the plan) get the
    round's request by e-mail after the commit. Closed rounds are not touched: they are frozen.
    """
    done = []
    for round_ in Round.objects.filter(plan=plan, state=Round.State.OPEN).select_for_update().order_by("fy"):
        followed = Followed(round_)
        missing = plan.initiatives.active().exclude(reports__round=round_).order_by("position", "pk")
        created = bulk_create_with_history([Report(round=round_, initiative=i) for i in missing], Report)
        followed.added = len(created)
        changing = round_.reports.filter(
            Q(state__in=OPEN_STATES, initiative__retired_at__isnull=False)
            | Q(state=Report.State.WITHDRAWN, initiative__retired_at__isnull=True)
        )
        for report in changing.select_related("initiative").select_for_update(of=("self",)):
            if report.initiative.retired_at is None:
                report.state = _state_before_withdrawal(report)
                followed.restored += 1
            else:
                report.state = Report.State.WITHDRAWN
                followed.withdrawn += 1
            report.version += 1  # a department's page opened before is refused, not saved over
            report.save(update_fields=["state", "version"])
        if followed.added or followed.withdrawn or followed.restored:
            done.append(followed)
        if followed.added:
            from . import notifications

            pk = round_.pk
            transaction.on_commit(lambda pk=pk: notifications.deliver(notifications.round_opened, pk))
    return done


def round_notes(plan: Plan | None, *, added: list[str], retired: list[str], changed: list[str]) -> list[str]:
    """What importing a revised plan will do to its open rounds, for the preview (before 「取り込む」).

    ``added``, ``retired``, ``changed``: the labels of a dry run of the import (``LoadResult``); a
    label is the initiative as ``str`` prints it, so the plan's stored initiatives are found by it.
    The plan office is told that a round is open and what ``follow_plan`` will do in it.
    """
    if plan is None or plan.pk is None:
        return []
    notes = []
    for round_ in Round.objects.filter(plan=plan, state=Round.State.OPEN).order_by("fy"):
        head = _("受付中の進捗管理の回「%(title)s」（提出期限 %(deadline)s）があります。") % {
            "title": round_.title, "deadline": deadline_label(round_.deadline)}  # fmt: skip
        states: Counter = Counter()
        back = 0
        for report in round_.reports.select_related("initiative"):
            label = str(report.initiative)
            if report.initiative.retired_at is None and label in retired:
                states[report.state] += 1
            elif report.state == Report.State.WITHDRAWN and label in changed:
                back += 1
        parts = []
        if added:
            parts.append(
                _("追加される取組%(n)d件の報告をこの回に作ります（担当課が入力できるようになります）。") % {"n": len(added)}
            )
        withdrawn = sum(states[s] for s in OPEN_STATES)
        if withdrawn:
            parts.append(
                _(
                    "計画から外れる取組%(n)d件の未提出の報告は、督促と未提出の集計から外します（入力済みの内容は消さずに残します）。"
                ) % {"n": withdrawn}
            )
        kept = states[Report.State.SUBMITTED] + states[Report.State.APPROVED]
        if kept:
            parts.append(
                _("計画から外れる取組%(n)d件の報告は提出済みのため、そのまま残します。") % {"n": kept}
            )
        if back:
            parts.append(_("計画に戻る取組%(n)d件の報告は、再び入力できるようにします。") % {"n": back})
        notes.append(head + ("".join(parts) or _("この取込で回の報告は変わりません。")))
    return notes
