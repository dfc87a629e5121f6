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
from django.db.models import QuerySet
from django.http import Http404

from shinchoku.audit.models import Kind, Result
from shinchoku.audit.recorder import record
from shinchoku.plans.models import Municipality, Plan

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


def member_of(user: Any, municipality: Municipality, roles: tuple[str, ...] = tuple(Role.values)) -> bool:
    m = membership(user)
    if m is None or m.role not in roles:
        return False
    if m.municipality_id is not None:
        return m.municipality_id == municipality.pk
    return bool(m.prefecture) and m.role == Role.VIEWER and m.prefecture == municipality.prefecture


def is_admin(user: Any) -> bool:
    return bool(getattr(user, "is_superuser", False) and getattr(user, "is_active", False))


def plan_office(user: Any, municipality: Municipality) -> bool:
    return is_admin(user) or member_of(user, municipality, (Role.PLAN_OFFICE,))


# --- the rules: action -> predicate(user, obj) ----------------------------------------------------


RULES: dict[str, Callable[[Any, Any], bool]] = {
    "view_plan": lambda user, plan: True,  # plans are public documents
    "import_plan": lambda user, municipality: plan_office(user, municipality),
    "edit_plan": lambda user, plan: plan_office(user, plan.municipality),
    # 担当課 (rename, merge, assign) and the grading scale: shared by all plans of the municipality
    "edit_municipality": lambda user, municipality: plan_office(user, municipality),
    "manage_rounds": lambda user, plan: plan_office(user, plan.municipality),
    "manage_users": lambda user, municipality: plan_office(user, municipality),
    # A bundle carries every municipality's public data in and out: the installation's administrator only.
    "manage_bundles": lambda user, _: is_admin(user),
    # Another municipality's published plan as a reference plan: any plan office, or the administrator.
    "import_reference": lambda user, _: can_import_any(user),
}

#: Objects of the apps above (progress: a round, a report) -> the municipality they belong to, and
#: the action without which a refusal must not confirm they exist. Filled by ``register``.
OWNERS: dict[type, Callable[[Any], Municipality]] = {}
SEEING: dict[type, str] = {}


def register(
    rules: dict[str, Callable[[Any, Any], bool]],
    *,
    model: type | None = None,
    owner: Callable[[Any], Municipality] | None = None,
    seeing: str = "",
) -> None:
    """Add an app's rules to the one table ``can`` asks. An app above accounts (progress) keeps the
    rules about its own objects next to them and registers them when Django starts (its
    ``AppConfig.ready``), so accounts needs no import of it; ``model`` with ``owner`` and ``seeing``
    tells ``require`` whose object it is and whether a refusal may confirm it exists."""
    clash = set(rules) & set(RULES)
    if clash and any(RULES[name] is not rules[name] for name in clash):
        raise ValueError(f"permission rules registered twice: {sorted(clash)}")
    RULES.update(rules)
    if model is not None and owner is not None:
        OWNERS[model] = owner
    if model is not None and seeing:
        SEEING[model] = seeing


def can(user: Any, action: str, obj: Any) -> bool:
    """True when ``user`` may do ``action`` on ``obj``; unknown actions are refused."""
    rule = RULES.get(action)
    return bool(rule and rule(user, obj))


def municipality_of(obj: Any) -> Municipality | None:
    """The municipality a municipality, plan (or an object an app above registered) belongs to."""
    if isinstance(obj, Municipality):
        return obj
    if isinstance(obj, Plan):
        return obj.municipality
    owner = OWNERS.get(type(obj))
    return owner(obj) if owner is not None else None


def _hidden(user: Any, obj: Any) -> bool:
    """Whether a refusal must not even confirm that ``obj`` exists (404 rather than 403)."""
    seeing = SEEING.get(type(obj))
    if seeing is not None and not can(user, seeing, obj):
        return True
    municipality = municipality_of(obj)
    signed_in = bool(getattr(user, "is_authenticated", False))
    return (
        signed_in and municipality is not None and not is_admin(user) and not member_of(user, municipality)
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
    return is_admin(user) or (m is not None and m.role == Role.PLAN_OFFICE)


def manageable_plans(user: Any) -> QuerySet[Plan]:
    if is_admin(user):
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
