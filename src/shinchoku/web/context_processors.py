"""Template context shared by every page."""

from __future__ import annotations

from django.http import HttpRequest

from shinchoku.accounts.permissions import navigation


def nav(request: HttpRequest) -> dict[str, dict[str, bool]]:
    """``nav``: the menu entries this user may use, decided by accounts.permissions."""
    return {"nav": navigation(request.user)}
