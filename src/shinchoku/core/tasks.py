"""Background work, one setup for every app: Django's Tasks framework with a database-backed worker.

A job is a Django task whose first argument is the id of a :class:`~shinchoku.core.models.Job`,
the progress record its page polls. Write one with :func:`job_task` and start it with
:func:`start`::

    @job_task
    def rebuild_index(progress: Progress, *, plan_id: int) -> dict:
        progress.step("索引を作成しています", total=n)
        ...
        return {"url": reverse("plan", args=[plan_id])}   # handed to the page as job.result

    job = start(rebuild_index, kind="index", user=request.user, plan_id=plan.pk)

The worker (``shinchoku worker``, i.e. django-tasks-db's ``db_worker``) runs the tasks in the
order they were queued. A task that raises :class:`Refused` ends the job with that Japanese
message (bad input: expected, no traceback); any other exception ends it with a generic message
for the user and the traceback in the log and the task result. Every job runs under
``SHINCHOKU_TASK_TIME_LIMIT`` seconds (see :func:`time_limit`).
"""

from __future__ import annotations

import functools
import logging
import signal
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import timedelta
from typing import Any

from django.conf import settings
from django.tasks import task
from django.utils import timezone
from django.utils.translation import gettext as _

from .models import Job

logger = logging.getLogger("shinchoku.tasks")

INTERNAL_ERROR = "内部エラーのため処理を完了できませんでした。時間をおいてもう一度試し、続く場合はシステム管理者に連絡してください。"


class Refused(Exception):
    """The job cannot be done for a reason the user can fix; the message is shown as is.

    ``status`` is the HTTP status the job's page answers with (400 bad input, 403 not allowed).
    """

    def __init__(self, message: str, status: int = 400) -> None:
        super().__init__(message)
        self.status = status


class TimeLimitExceeded(BaseException):
    """Raised inside a job that ran past its time limit (a BaseException: no handler swallows it)."""


class Progress:
    """What a running task tells its page: the current step and how far along it is."""

    def __init__(self, job: Job) -> None:
        self.job = job

    def _save(self, **fields: Any) -> None:
        fields["updated_at"] = timezone.now()
        for name, value in fields.items():
            setattr(self.job, name, value)
        # One UPDATE, committed at once: callers report progress between steps, never inside an
        # atomic block, so the polling page sees it immediately.
        Job.objects.filter(pk=self.job.pk).update(**fields)

    def step(self, text: str, *, done: int = 0, total: int = 0) -> None:
        self._save(step=text[:200], done=done, total=total)

    def advance(self, done: int) -> None:
        self._save(done=done)


def _finish(progress: Progress, state: str, **fields: Any) -> None:
    progress._save(state=state, finished_at=timezone.now(), **fields)


@contextmanager
def time_limit(seconds: int) -> Iterator[None]:
    """Interrupt the block after ``seconds`` (POSIX, main thread: the worker runs tasks there).

    Elsewhere (Windows, or a task run inside a request thread) the block runs unbounded; the
    steps that handle untrusted files bound themselves (``importers.isolated`` runs the parse in
    a child process with its own time and memory limit).
    """
    if (
        not seconds
        or not hasattr(signal, "setitimer")
        or threading.current_thread() is not threading.main_thread()
    ):
        yield
        return

    def expire(signum: int, frame: object) -> None:
        raise TimeLimitExceeded

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def job_task(func: Callable[..., dict | None]) -> Any:
    """Make ``func(progress, **kwargs) -> result`` a Django task that keeps its Job up to date."""

    @functools.wraps(func)
    def run(job_id: str, **kwargs: Any) -> dict | None:
        job = Job.objects.get(pk=job_id)
        progress = Progress(job)
        progress._save(state=Job.State.RUNNING, step=_("処理を始めました"))
        limit = settings.SHINCHOKU_TASK_TIME_LIMIT
        try:
            with time_limit(limit):
                result = func(progress, **kwargs) or {}
        except Refused as exc:
            _finish(progress, Job.State.FAILED, error=str(exc), result={"status": exc.status})
            return {"refused": str(exc)}
        except TimeLimitExceeded:
            message = _(
                "処理が制限時間（%(minutes)s分）内に終わらなかったため中止しました。データベースは変更していません。"
            ) % {"minutes": f"{limit / 60:g}"}
            _finish(progress, Job.State.FAILED, error=message)
            logger.error("job %s (%s) exceeded its time limit of %s s", job_id, job.kind, limit)
            return {"refused": message}
        except Exception:
            logger.exception("job %s (%s) failed", job_id, job.kind)
            _finish(progress, Job.State.FAILED, error=_(INTERNAL_ERROR))
            raise  # the task result keeps the traceback for the administrator
        _finish(progress, Job.State.DONE, result=result, step=_("完了しました"))
        return result

    return task(run)


def start(job_task_: Any, *, kind: str, key: str = "", user: Any = None, **kwargs: Any) -> Job:
    """Record a job and queue its task; the caller shows the job's progress page.

    Finished jobs older than SHINCHOKU_JOB_KEEP_DAYS go on the way (their pages are long gone).
    """
    cutoff = timezone.now() - timedelta(days=settings.SHINCHOKU_JOB_KEEP_DAYS)
    Job.objects.filter(state__in=(Job.State.DONE, Job.State.FAILED), updated_at__lt=cutoff).delete()
    job = Job.objects.create(kind=kind, key=key, user=user if getattr(user, "pk", None) else None)
    result = job_task_.enqueue(str(job.pk), **kwargs)
    Job.objects.filter(pk=job.pk).update(task_id=str(result.id)[:64])
    job.refresh_from_db()
    return job


def run_queued(max_tasks: int | None = None) -> None:
    """Run every queued task in this process with django-tasks-db's own worker, then return.

    The tests use it to run the real path (queued in the database, claimed, run, recorded); it
    leaves the process's signal handlers alone, unlike the ``db_worker`` command, and the
    database connection too: the worker closes connections it considers stale (any connection
    inside a transaction), which in this process is the caller's, e.g. a test's transaction.
    """
    from unittest import mock

    from django.tasks import DEFAULT_TASK_BACKEND_ALIAS
    from django_tasks_db.management.commands import db_worker

    worker = db_worker.Worker(
        queue_names=["*"],
        interval=0,
        batch=True,
        backend_name=DEFAULT_TASK_BACKEND_ALIAS,
        startup_delay=False,
        max_tasks=max_tasks,
        worker_id="in-process",
        excluded_queue_names=[],
    )
    with mock.patch.object(db_worker, "close_old_connections", lambda: None):
        worker.run()


def schedule_periodic(task_: Any, *, run_after: Any = None, replace_running: bool = False) -> bool:
    """Queue ``task_`` unless a run of it is already waiting; True when one was queued.

    A periodic task calls this at its end with its next ``run_after`` (``replace_running``: its own
    running row does not count); the worker calls :func:`schedule_all` at start, so a restart
    neither loses the schedule nor doubles it.
    """
    from django.tasks import TaskResultStatus
    from django_tasks_db.models import DBTaskResult

    states = [TaskResultStatus.READY] if replace_running else [TaskResultStatus.READY, TaskResultStatus.RUNNING]
    if DBTaskResult.objects.filter(task_path=task_.module_path, status__in=states).exists():
        return False
    (task_.using(run_after=run_after) if run_after is not None else task_).enqueue()
    return True


def schedule_all() -> list[str]:
    """Queue each task of ``SHINCHOKU_PERIODIC_TASKS`` (dotted paths) that has no run waiting."""
    from django.utils.module_loading import import_string

    return [path for path in settings.SHINCHOKU_PERIODIC_TASKS if schedule_periodic(import_string(path))]
