"""Template context shared by every page."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from django.utils.translation import gettext as _

from shinchoku.accounts.permissions import membership, navigation
from shinchoku.core.people import person_name


def signed_in_as(user: Any) -> str:
    """「田中 一郎（情報政策課・計画担当）」: who is signed in and in which role, for the header."""
    if not getattr(user, "is_authenticated", False):
        return ""
    name = person_name(user)
    m = membership(user)
    if m is None:
        return f"{name}（{_('システム管理者')}）" if user.is_superuser else name
    where = "・".join(d.name for d in m.departments.all()) or (
        m.municipality.name if m.municipality else m.prefecture
    )
    return f"{name}（{where}・{m.get_role_display()}）"


def nav(request: HttpRequest) -> dict[str, Any]:
    """``nav``: the menu entries this user may use, decided by accounts.permissions; ``signed_in_as``."""
    return {"nav": navigation(request.user), "signed_in_as": signed_in_as(request.user)}
