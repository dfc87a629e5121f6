"""Makes the request available to ``record`` and logs refusals no permission check recorded itself."""

from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse

from .models import Kind, Result
from .recorder import _current_request, record


class AuditMiddleware:
    """Place right after AuthenticationMiddleware (so ``request.user`` is known)."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        token = _current_request.set(request)
        try:
            response = self.get_response(request)
            if response.status_code == 403 and not getattr(request, "_audit_refused", False):
                # CSRF failures, pages that refuse without accounts.permissions.require, …
                record(Kind.REFUSED, result=Result.REFUSED, request=request, details={"status": 403})
            return response
        finally:
            _current_request.reset(token)
