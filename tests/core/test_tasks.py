"""Background jobs: progress, refusals, failures and the time limit, run by the real worker."""

from __future__ import annotations

import time
from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from shinchoku.core.models import Job
from shinchoku.core.tasks import INTERNAL_ERROR, Progress, Refused, job_task, start
from shinchoku.plans.models import Municipality

pytestmark = pytest.mark.django_db


@job_task
def count_to(progress: Progress, *, n: int) -> dict:
    for i in range(1, n + 1):
        progress.step(f"{i} 件目", done=i, total=n)
    return {"counted": n}


@job_task
def refuse(progress: Progress, *, reason: str) -> dict:
    raise Refused(reason, status=403)


@job_task
def crash(progress: Progress) -> dict:
    Municipality.objects.create(name="途中まで作った市", prefecture="新潟県")
    raise ZeroDivisionError("boom")


@job_task
def linger(progress: Progress, *, seconds: float) -> dict:
    with transaction.atomic():
        Municipality.objects.create(name="時間切れ市", prefecture="新潟県")
        time.sleep(seconds)
    return {}


@pytest.fixture
def user():
    return get_user_model().objects.create_user("keikaku", password="pw-for-tests-only")


def test_a_job_reports_its_progress_and_result(user, run_tasks):
    job = start(count_to, kind="count", user=user, n=3)
    assert job.state == Job.State.QUEUED and job.task_id
    run_tasks()
    job.refresh_from_db()
    assert (job.state, job.step, job.done, job.total, job.percent) == (
        Job.State.DONE,
        "完了しました",
        3,
        3,
        100,
    )
    assert job.result == {"counted": 3} and job.finished_at
    assert DBTaskResult.objects.get(id=job.task_id).status == "SUCCESSFUL"


def test_a_refusal_ends_the_job_with_its_message(user, run_tasks):
    job = start(refuse, kind="refuse", user=user, reason="日田市の計画を取り込む権限がありません。")
    run_tasks()
    job.refresh_from_db()
    assert job.state == Job.State.FAILED
    assert job.error == "日田市の計画を取り込む権限がありません。" and job.result == {"status": 403}


def test_an_unexpected_error_shows_a_japanese_message_and_keeps_the_traceback(user, run_tasks):
    job = start(crash, kind="crash", user=user)
    run_tasks()
    job.refresh_from_db()
    assert job.state == Job.State.FAILED and job.error == INTERNAL_ERROR
    task = DBTaskResult.objects.get(id=job.task_id)
    assert task.status == "FAILED" and "ZeroDivisionError" in task.traceback


def test_a_job_past_its_time_limit_is_stopped_and_rolled_back(user, run_tasks, settings):
    settings.SHINCHOKU_TASK_TIME_LIMIT = 1
    job = start(linger, kind="linger", user=user, seconds=30)
    started = time.monotonic()
    run_tasks()
    assert time.monotonic() - started < 10
    job.refresh_from_db()
    assert job.state == Job.State.FAILED and "制限時間" in job.error
    assert not Municipality.objects.filter(name="時間切れ市").exists()


def test_the_progress_fragment_polls_until_done_and_warns_when_no_worker_runs(user, client, run_tasks):
    client.force_login(user)
    job = start(count_to, kind="count", user=user, n=2)
    url = reverse("job", args=[job.pk])
    fragment = client.get(url).content.decode()
    assert f'hx-get="{url}"' in fragment and "待機中" in fragment
    assert "worker" not in fragment
    Job.objects.filter(pk=job.pk).update(updated_at=timezone.now() - timedelta(minutes=10))
    assert "shinchoku worker" in client.get(url).content.decode()  # queued for 10 minutes: no worker
    run_tasks()
    assert client.get(url)["HX-Refresh"] == "true"


def test_only_the_user_who_started_a_job_sees_it(user, client):
    job = start(count_to, kind="count", user=user, n=1)
    client.force_login(get_user_model().objects.create_user("other", password="pw-for-tests-only"))
    assert client.get(reverse("job", args=[job.pk])).status_code == 404


def test_finished_jobs_are_pruned_after_the_keeping_period(user, run_tasks):
    old = start(count_to, kind="count", user=user, n=1)
    running = start(count_to, kind="count", user=user, n=1)
    run_tasks()
    long_ago = timezone.now() - timedelta(days=31)
    Job.objects.filter(pk=old.pk).update(updated_at=long_ago)
    Job.objects.filter(pk=running.pk).update(state=Job.State.RUNNING, updated_at=long_ago)
    start(count_to, kind="count", user=user, n=1)
    assert not Job.objects.filter(pk=old.pk).exists()
    assert Job.objects.filter(pk=running.pk).exists()  # never a job that has not finished
