"""The daily reminder job the background worker runs by itself.

``daily_reminders`` sends the reminders that are due (``notifications.send_due_reminders``) and
queues its own next run for the next morning (``run_after``), so one queued run always exists
while a worker runs. ``shinchoku worker`` (and so ``make run``) queues the first run at start if
none is waiting (``core.tasks.schedule_periodic``, the tasks named in ``SHINCHOKU_PERIODIC_TASKS``).
Sending twice is impossible whatever the timing: every mail is recorded under its key first.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta

from django.tasks import task
from django.utils import timezone

#: The local time the reminders go out (before the working day starts).
SEND_AT = time(8, 0)


def next_run(now: datetime | None = None) -> datetime:
    """The next SEND_AT in local time (Asia/Tokyo) after ``now``."""
    local = timezone.localtime(now or timezone.now())
    candidate = local.replace(hour=SEND_AT.hour, minute=SEND_AT.minute, second=0, microsecond=0)
    return candidate if candidate > local else candidate + timedelta(days=1)


@task
def daily_reminders() -> dict[str, list[str]]:
    """Send today's reminders, then queue tomorrow's run."""
    from shinchoku.core.tasks import schedule_periodic

    from . import notifications
    from .services import email_configured

    try:
        sent = notifications.send_due_reminders(timezone.localdate()) if email_configured() else {}
    finally:
        schedule_periodic(daily_reminders, run_after=next_run(), replace_running=True)
    return sent
