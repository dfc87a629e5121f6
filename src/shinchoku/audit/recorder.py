"""Writing audit events: ``record(kind, …)`` fills in who, when and from where from the current request.

The middleware (``middleware.AuditMiddleware``) makes the request being served available here, so a
service deep below the view can record an event with the requester's name and address without being
handed the request. Outside a request (the ``shinchoku`` command) the caller names the actor.

Writes go through the ``audit`` database alias: a second connection in autocommit, so the event is
committed at once and stays when the request's own transaction rolls back. A failure to write is
logged (logger ``shinchoku.audit``) and never turns a user's request into an error.
"""

from __future__ import annotations

import ipaddress
import logging
from contextvars import ContextVar
from typing import Any

from django.conf import settings
from django.db import DatabaseError
from django.http import HttpRequest

from .models import AuditEvent, Kind, Result

logger = logging.getLogger("shinchoku.audit")

#: The database alias of the audit log (see settings/base.py and router.py).
AUDIT_DB = "audit"

_current_request: ContextVar[HttpRequest | None] = ContextVar("shinchoku_audit_request", default=None)


def current_request() -> HttpRequest | None:
    return _current_request.get()


def client_ip(request: HttpRequest | None) -> str | None:
    """The client's address: REMOTE_ADDR, or — only when ``SHINCHOKU_CLIENT_IP_HEADER`` names the header
    the installation's own reverse proxy sets — the address that proxy appended (the last entry).

    Trusting a forwarding header without a proxy that overwrites it would let anyone choose the address
    the log shows and dodge the per-address login lockout, hence off unless configured.
    """
    if request is None:
        return None
    candidate = request.META.get("REMOTE_ADDR") or ""
    header = getattr(settings, "SHINCHOKU_CLIENT_IP_HEADER", "")
    if header:
        forwarded = request.headers.get(header, "")
        if forwarded.strip():
            candidate = forwarded.split(",")[-1].strip()
    try:
        return str(ipaddress.ip_address(candidate))
    except ValueError:
        return None


def _clip(value: Any, limit: int = 1000) -> Any:
    if isinstance(value, str):
        return value if len(value) <= limit else value[:limit] + "…"
    if isinstance(value, dict):
        return {str(k): _clip(v, limit) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_clip(v, limit) for v in value]
    if value is None or isinstance(value, bool | int | float):
        return value
    return _clip(str(value), limit)


def _actor(request: HttpRequest | None, user: Any) -> tuple[int | None, str]:
    if user is None and request is not None:
        user = getattr(request, "user", None)
    if user is None or not getattr(user, "is_authenticated", False):
        return None, ""
    return user.pk, user.get_username()


def record(
    kind: str,
    *,
    result: str = Result.SUCCESS,
    obj: Any = None,
    details: dict[str, Any] | None = None,
    user: Any = None,
    username: str = "",
    request: HttpRequest | None = None,
) -> AuditEvent | None:
    """Write one event now, on the audit connection. Returns it, or None if it could not be written.

    ``user`` defaults to the request's user; ``username`` names someone who is not (yet) a user, such
    as the name typed into a failed login.
    """
    request = request if request is not None else current_request()
    user_id, name = _actor(request, user)
    event = AuditEvent(
        kind=kind,
        result=result,
        user_id=user_id,
        username=(username or name)[:150],
        ip=client_ip(request),
        method=(request.method or "")[:10] if request is not None else "",
        path=request.path[:500] if request is not None else "",
        details=_clip(details or {}),
    )
    if obj is not None:
        event.object_type = obj._meta.model_name[:50]
        event.object_id = str(obj.pk)[:50]
        event.object_repr = str(obj)[:300]
    if request is not None and kind == Kind.REFUSED:
        request._audit_refused = True
    try:
        event.save(using=AUDIT_DB)
    except DatabaseError:
        logger.exception("監査ログを書き込めませんでした: %s %s", kind, event.username)
        return None
    return event


def import_details(plan: Any, result: Any) -> dict[str, Any]:
    """What the audit log keeps of an import: the source file and the counts."""
    return {
        "file": plan.source_filename,
        "sha256": plan.source_sha256,
        "layout": plan.source_layout,
        "created": bool(result.created),
        "added": len(result.added),
        "changed": len(result.changed),
        "retired": len(result.retired),
    }
