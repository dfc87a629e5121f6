"""The accounts world (新発田市 and 日田市, one user per role) and helpers to read the audit log."""

from __future__ import annotations

import pytest

from shinchoku.audit.models import AuditEvent
from tests.accounts.conftest import PASSWORD, World, make_user, world  # noqa: F401  (fixture)

__all__ = ["PASSWORD", "World", "events", "make_user"]


def events(kind: str | None = None, **filters) -> list[AuditEvent]:
    """Audit events, oldest first, read through the audit alias as the admin does."""
    queryset = AuditEvent.objects.all()
    if kind:
        queryset = queryset.filter(kind=kind)
    return list(queryset.filter(**filters).order_by("created_at", "pk"))


@pytest.fixture
def login(client):
    from django.urls import reverse

    def post(username: str, password: str, **extra):
        return client.post(reverse("login"), {"username": username, "password": password}, **extra)

    return post


@pytest.fixture(autouse=True)
def _own_audit_log(request):
    """Each test reads only the events it caused: events that other tests committed (servers run in
    other processes, transactional tests) are removed inside this test's transaction, which rolls
    the removal back afterwards."""
    if request.node.get_closest_marker("django_db") is None:
        return
    AuditEvent.objects.all().delete()
