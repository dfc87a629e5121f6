"""Who may see and do what with rounds and reports: the review's rules, in one place.

The table every view asks (``accounts.permissions.can`` / ``require``) lives in accounts, below
this app; the rules about rounds and reports live here, next to the models they read, and are
added to that table when Django starts (``ProgressConfig.ready`` calls :func:`register`). Which
reports a user may see as a queryset — ``public_reports``, ``published_through``, ``visible_rounds``
— agrees with ``can(user, "view_report", …)`` (tested in tests/accounts).
"""

from __future__ import annotations

from typing import Any

from django.db.models import Q, QuerySet

from shinchoku.accounts import permissions
from shinchoku.accounts.models import Role
from shinchoku.accounts.permissions import is_admin, member_of, membership, plan_office
from shinchoku.plans.models import Plan

from .models import Report, Round


def _edits_initiative(user: Any, report: Report) -> bool:
    m = membership(user)
    if m is None or m.role != Role.EDITOR or m.municipality_id != report.round.plan.municipality_id:
        return False
    mine = {d.pk for d in m.departments.all()}
    return any(link.department_id in mine for link in report.initiative.department_links.all())


# --- the rules: action -> predicate(user, obj) ----------------------------------------------------


def _view_round(user: Any, round_: Round) -> bool:
    return round_.is_published or is_admin(user) or member_of(user, round_.plan.municipality)


def _view_report(user: Any, report: Report) -> bool:
    if report.round.is_published and report.published_at is not None:
        return True
    return is_admin(user) or member_of(user, report.round.plan.municipality)


def _edit_report(user: Any, report: Report) -> bool:
    """Only while the round is open: the plan office always, an editor until the report is submitted;
    nobody a report withdrawn with its initiative (it is out of the plan, kept as it was written)."""
    if not report.round.is_open or report.state == Report.State.WITHDRAWN:
        return False
    if plan_office(user, report.round.plan.municipality):
        return True
    return report.state in (Report.State.DRAFT, Report.State.RETURNED) and _edits_initiative(user, report)


def _remove_plan_actual(user: Any, plan: Plan) -> bool:
    """Taking a plan file's published actual away changes the plan's public data: the plan office's (a department asks
    the plan office), wherever it is offered (``services.remove_plan_actual``); a reference plan is another
    municipality's."""
    return plan_office(user, plan.municipality) and not plan.is_reference


def _remove_published_actual(user: Any, report: Report) -> bool:
    """The same from a report's page: while the report may be edited (its round open)."""
    return _edit_report(user, report) and _remove_plan_actual(user, report.round.plan)


def _fill_report(user: Any, report: Report) -> bool:
    """Whose report it is to fill, whatever its state now: the plan office, an editor of its 担当課 (the Excel
    upload tells a report of another department from one already submitted)."""
    return plan_office(user, report.round.plan.municipality) or _edits_initiative(user, report)


def _review_report(user: Any, report: Report) -> bool:
    return report.round.is_open and plan_office(user, report.round.plan.municipality)


def _view_report_history(user: Any, report: Report) -> bool:
    """The history of a report shows drafts and 差戻し comments: the municipality's own people only,
    even once the report itself is published."""
    return is_admin(user) or member_of(user, report.round.plan.municipality)


def _manage_round(user: Any, round_: Round) -> bool:
    return plan_office(user, round_.plan.municipality)


def _round_owner(round_: Round) -> Any:
    return round_.plan.municipality


def _report_owner(report: Report) -> Any:
    return report.round.plan.municipality


def register() -> None:
    """Add the rules about rounds and reports to ``accounts.permissions`` (at start; again is a no-op)."""
    permissions.register(
        {"view_round": _view_round, "manage_round": _manage_round},
        model=Round, owner=_round_owner, seeing="view_round",
    )  # fmt: skip
    permissions.register({"remove_plan_actual": _remove_plan_actual})
    permissions.register(
        {"view_report": _view_report, "edit_report": _edit_report, "fill_report": _fill_report,
         "remove_published_actual": _remove_published_actual,
         "review_report": _review_report, "view_report_history": _view_report_history},
        model=Report, owner=_report_owner, seeing="view_report",
    )  # fmt: skip


# --- which rounds and reports, as querysets ----------------------------------------------------------


def visible_rounds(user: Any) -> QuerySet[Round]:
    """Rounds the user may see: published ones, and all of their own municipality's."""
    rounds = Round.objects.all()
    if is_admin(user):
        return rounds
    query = Q(published_at__isnull=False)
    m = membership(user)
    if m is not None and m.municipality_id:
        query |= Q(plan__municipality_id=m.municipality_id)
    elif m is not None and m.prefecture:
        query |= Q(plan__municipality__prefecture=m.prefecture)
    return rounds.filter(query)


def public_reports() -> QuerySet[Report]:
    """Reports anyone may read, as a queryset: ``view_report`` for an anonymous user (tested to agree)."""
    return Report.objects.filter(published_through(""))


def published_through(path: str) -> Q:
    """The same rule seen from a related row: ``published_through("report__")`` keeps recorded
    actuals of public reports with a join, where ``report__in=public_reports()`` made the database
    list every public report of the installation first."""
    return Q(**{f"{path}round__published_at__isnull": False, f"{path}published_at__isnull": False})
