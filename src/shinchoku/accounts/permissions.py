"""Who may do what: the one place every view, form and API endpoint asks.

``can(user, action, obj)`` answers; ``require(user, action, obj)`` raises Http404 when the user
may not even know the object exists (an unpublished round, or anything of a municipality other than
their own: ids are not to be enumerated) and PermissionDenied (403) only within their own
municipality, when they may see the object but not do this. Every refusal is written to the audit
log. Nothing else in the code base checks roles, so the permission matrix tested in tests/accounts
holds everywhere.

Roles (accounts.models.Role), within the user's one municipality:
- plan office (計画担当): everything about its municipality's plans, rounds, reports and users;
- department editor (担当課): read its municipality's rounds, fill and submit the reports of
  initiatives whose departments include one of theirs while the round is open;
- viewer (閲覧): read its municipality's rounds and reports (a prefecture viewer: all of the
  prefecture's municipalities).
The installation administrator (superuser) may do everything. Anonymous users read published data.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.core.exceptions import PermissionDenied
from django.db.models import Q, QuerySet
from django.http import Http404

from shinchoku.audit.models import Kind, Result
from shinchoku.audit.recorder import record
from shinchoku.plans.models import Municipality, Plan
from shinchoku.progress.models import Report, Round

from .models import Membership, Role


def membership(user: Any) -> Membership | None:
    """The user's role, cached on the user object for the request."""
    if not getattr(user, "is_authenticated", False):
        return None
    if not hasattr(user, "_shinchoku_membership"):
        user._shinchoku_membership = (
            Membership.objects.filter(user=user).select_related("municipality").prefetch_related("departments").first()
        )
    return user._shinchoku_membership


def _member_of(user: Any, municipality: Municipality, roles: tuple[str, ...] = tuple(Role.values)) -> bool:
    m = membership(user)
    if m is None or m.role not in roles:
        return False
    if m.municipality_id is not None:
        return m.municipality_id == municipality.pk
    return bool(m.prefecture) and m.role == Role.VIEWER and m.prefecture == municipality.prefecture


def _is_admin(user: Any) -> bool:
    return bool(getattr(user, "is_superuser", False) and getattr(user, "is_active", False))


def _plan_office(user: Any, municipality: Municipality) -> bool:
    return _is_admin(user) or _member_of(user, municipality, (Role.PLAN_OFFICE,))


def _edits_initiative(user: Any, report: Report) -> bool:
    m = membership(user)
    if m is None or m.role != Role.EDITOR or m.municipality_id != report.round.plan.municipality_id:
        return False
    mine = {d.pk for d in m.departments.all()}
    return any(link.department_id in mine for link in report.initiative.department_links.all())


# --- the rules: action -> predicate(user, obj) ----------------------------------------------------


def _view_round(user: Any, round_: Round) -> bool:
    return round_.is_published or _is_admin(user) or _member_of(user, round_.plan.municipality)


def _view_report(user: Any, report: Report) -> bool:
    if report.round.is_published and report.published_at is not None:
        return True
    return _is_admin(user) or _member_of(user, report.round.plan.municipality)


def _edit_report(user: Any, report: Report) -> bool:
    """Only while the round is open: the plan office always, an editor until the report is submitted."""
    if not report.round.is_open:
        return False
    if _plan_office(user, report.round.plan.municipality):
        return True
    return report.state in (Report.State.DRAFT, Report.State.RETURNED) and _edits_initiative(user, report)


def _review_report(user: Any, report: Report) -> bool:
    return report.round.is_open and _plan_office(user, report.round.plan.municipality)


RULES: dict[str, Callable[[Any, Any], bool]] = {
    "view_plan": lambda user, plan: True,  # plans are public documents
    "import_plan": lambda user, municipality: _plan_office(user, municipality),
    "edit_plan": lambda user, plan: _plan_office(user, plan.municipality),
    # 担当課 (rename, merge, assign) and the grading scale: shared by all plans of the municipality
    "edit_municipality": lambda user, municipality: _plan_office(user, municipality),
    "manage_rounds": lambda user, plan: _plan_office(user, plan.municipality),
    "view_round": _view_round,
    "manage_round": lambda user, round_: _plan_office(user, round_.plan.municipality),
    "view_report": _view_report,
    "edit_report": _edit_report,
    "review_report": _review_report,
    # The history of a report shows drafts and 差戻し comments: the municipality's own people only,
    # even once the report itself is published.
    "view_report_history": lambda user, report: _is_admin(user) or _member_of(user, report.round.plan.municipality),
    "manage_users": lambda user, municipality: _plan_office(user, municipality),
    # A bundle carries every municipality's public data in and out: the installation's administrator only.
    "manage_bundles": lambda user, _: _is_admin(user),
    # Another municipality's published plan as a reference plan: any plan office, or the administrator.
    "import_reference": lambda user, _: can_import_any(user),
}

def can(user: Any, action: str, obj: Any) -> bool:
    """True when ``user`` may do ``action`` on ``obj``; unknown actions are refused."""
    rule = RULES.get(action)
    return bool(rule and rule(user, obj))


def municipality_of(obj: Any) -> Municipality | None:
    """The municipality a municipality, plan, round or report belongs to."""
    if isinstance(obj, Municipality):
        return obj
    if isinstance(obj, Plan):
        return obj.municipality
    if isinstance(obj, Round):
        return obj.plan.municipality
    if isinstance(obj, Report):
        return obj.round.plan.municipality
    return None


def _hidden(user: Any, obj: Any) -> bool:
    """Whether a refusal must not even confirm that ``obj`` exists (404 rather than 403)."""
    if isinstance(obj, Round) and not can(user, "view_round", obj):
        return True
    if isinstance(obj, Report) and not can(user, "view_report", obj):
        return True
    municipality = municipality_of(obj)
    signed_in = bool(getattr(user, "is_authenticated", False))
    return (
        signed_in and municipality is not None and not _is_admin(user) and not _member_of(user, municipality)
    )


def require(user: Any, action: str, obj: Any) -> None:
    """Raise unless ``user`` may do ``action``: 404 when they may not see ``obj`` at all or it belongs to
    another municipality, else 403. The refusal is recorded in the audit log."""
    if can(user, action, obj):
        return
    hidden = _hidden(user, obj)
    record(
        Kind.REFUSED, result=Result.REFUSED, user=user, obj=obj,
        details={"action": action, "status": 404 if hidden else 403},
    )  # fmt: skip
    if hidden:
        raise Http404
    raise PermissionDenied


def can_import_any(user: Any) -> bool:
    """Whether to offer the upload page at all (admin, or a plan office of some municipality)."""
    m = membership(user)
    return _is_admin(user) or (m is not None and m.role == Role.PLAN_OFFICE)


def visible_rounds(user: Any) -> QuerySet[Round]:
    """Rounds the user may see: published ones, and all of their own municipality's."""
    rounds = Round.objects.all()
    if _is_admin(user):
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


def manageable_plans(user: Any) -> QuerySet[Plan]:
    if _is_admin(user):
        return Plan.objects.all()
    m = membership(user)
    if m is None or m.role != Role.PLAN_OFFICE or not m.municipality_id:
        return Plan.objects.none()
    return Plan.objects.filter(municipality_id=m.municipality_id)


def navigation(user: Any) -> dict[str, bool]:
    """Which menu entries to offer the user (each page still checks its own permission)."""
    offices = can_import_any(user)
    return {
        "import_plans": offices, "manage_users": offices, "admin": bool(getattr(user, "is_staff", False)),
        "bundles": can(user, "manage_bundles", None),
    }  # fmt: skip
