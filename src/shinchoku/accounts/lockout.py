"""Login lockout (django-axes) with two thresholds.

AXES_LOCKOUT_PARAMETERS lists two groups of attempts: (username, address) and address alone. Axes has
one failure limit; this handler compares each group with its own — AXES_FAILURE_LIMIT for a username
from one address (someone guessing one account's password), SHINCHOKU_ADDRESS_FAILURE_LIMIT for an
address whatever the usernames (someone trying one password across many accounts) — and reports the
worst of them in AXES_FAILURE_LIMIT units, so axes' own comparison ``failures >= limit`` decides.

A successful login clears only that username's failures from that address: logging into one's own
account must not wipe the record of guessing at others' from the same machine.
"""

from __future__ import annotations

from typing import Any

from axes.handlers.database import AxesDatabaseHandler
from axes.helpers import get_client_username
from axes.models import AccessAttempt
from django.conf import settings
from django.db.models import Sum


def _limits() -> list[int]:
    return [settings.AXES_FAILURE_LIMIT, settings.SHINCHOKU_ADDRESS_FAILURE_LIMIT]


class LockoutHandler(AxesDatabaseHandler):
    def get_failures(self, request: Any, credentials: dict | None = None) -> int:
        unit = settings.AXES_FAILURE_LIMIT
        worst = 0
        for attempts, limit in zip(self.get_user_attempts(request, credentials), _limits(), strict=False):
            failures = attempts.aggregate(n=Sum("failures_since_start"))["n"] or 0
            worst = max(worst, failures * unit // max(limit, 1))
        return worst

    def reset_user_attempts(self, request: Any, credentials: dict | None = None) -> int:
        username = get_client_username(request, credentials)
        deleted, _ = AccessAttempt.objects.filter(
            username=username, ip_address=request.axes_ip_address
        ).delete()
        return deleted
