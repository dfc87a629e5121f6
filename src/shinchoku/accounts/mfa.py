"""Multi-factor authentication (TOTP, django-otp): who must give a code, and the middleware that asks.

A user with a confirmed TOTP device gives a code after the password before reaching any page; a user
of a municipality whose ``mfa_required`` is set and who has no device yet is sent to set one up first.
Until then only the code pages, logout and static files answer. The API is not affected: it takes
tokens, not sessions.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import urlencode
from django_otp.plugins.otp_totp.models import TOTPDevice

from .permissions import membership


def confirmed_device(user: Any) -> TOTPDevice | None:
    return TOTPDevice.objects.filter(user=user, confirmed=True).first()


def mfa_required(user: Any) -> bool:
    """The user's municipality requires a second factor."""
    m = membership(user)
    return bool(m is not None and m.municipality is not None and m.municipality.mfa_required)


def _open_paths() -> tuple[str, ...]:
    return (
        reverse("mfa-verify"),
        reverse("mfa-setup"),
        reverse("logout"),
        reverse("login"),
        "/" + settings.STATIC_URL.lstrip("/"),
        "/api/",
    )


class MFAMiddleware:
    """After django_otp's OTPMiddleware: sends signed-in users to the code or setup page when needed."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = getattr(request, "user", None)
        if (
            user is not None
            and user.is_authenticated
            and not user.is_verified()
            and not request.path.startswith(_open_paths())
        ):
            target = None
            if confirmed_device(user) is not None:
                target = "mfa-verify"
            elif mfa_required(user):
                target = "mfa-setup"
            if target:
                return redirect(f"{reverse(target)}?{urlencode({'next': request.get_full_path()})}")
        return self.get_response(request)
