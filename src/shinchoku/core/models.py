"""The progress record of a background job, which the page that started it polls.

Django's task result (``django_tasks_db``'s ``DBTaskResult``) says only whether a task is queued,
running or finished, and holds a traceback when it failed. A user needs more: which step it is
on, how far along, the result to show, and — when the input was refused — a Japanese message
naming the page or line. That is this record; the task updates it, the page reads it.
"""

from __future__ import annotations

import uuid
from datetime import timedelta

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Job(models.Model):
    """One piece of background work started by a user (or by the system, with no user)."""

    class State(models.TextChoices):
        QUEUED = "queued", _("待機中")
        RUNNING = "running", _("処理中")
        DONE = "done", _("完了")
        FAILED = "failed", _("失敗")

    #: Unguessable: it appears in URLs, and only the job's user may read it anyway.
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    kind = models.CharField(_("種類"), max_length=40)
    #: What the job works on, for finding it again (e.g. the upload token).
    key = models.CharField(_("対象"), max_length=80, blank=True, db_index=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    state = models.CharField(_("状態"), max_length=10, choices=State.choices, default=State.QUEUED)
    step = models.CharField(_("処理内容"), max_length=200, blank=True)
    done = models.PositiveIntegerField(default=0)
    total = models.PositiveIntegerField(default=0)
    #: What the finished job hands to its page (JSON only: counts, titles, an id to redirect to).
    result = models.JSONField(default=dict, blank=True)
    #: The Japanese message shown when the job failed (a refused file says why and where).
    error = models.TextField(_("エラー"), blank=True)
    task_id = models.CharField(max_length=64, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(default=timezone.now)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("バックグラウンド処理")
        verbose_name_plural = _("バックグラウンド処理")
        indexes = [models.Index(fields=["state", "updated_at"])]

    def __str__(self) -> str:
        return f"{self.kind} {self.key} ({self.get_state_display()})"

    @property
    def finished(self) -> bool:
        return self.state in (self.State.DONE, self.State.FAILED)

    @property
    def percent(self) -> int | None:
        return min(100, self.done * 100 // self.total) if self.total else None

    def stalled(self, now=None) -> bool:
        """A job queued or running far past its time limit: the worker is not running or was killed."""
        if self.finished:
            return False
        now = now or timezone.now()
        limit = settings.SHINCHOKU_TASK_TIME_LIMIT if self.state == self.State.RUNNING else 0
        return now - self.updated_at > timedelta(seconds=limit + settings.SHINCHOKU_TASK_STALL_AFTER)
