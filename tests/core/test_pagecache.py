"""Public pages kept in memory for citizens (core.pagecache), with real commits: a kept page is
answered without a query, and is never shown once anything on it has changed."""

from __future__ import annotations

import os

import pytest
from django.core.cache import cache
from django.db import connection, transaction
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from shinchoku.core import pagecache
from shinchoku.plans.models import Initiative, Municipality, Plan

pytestmark = [pytest.mark.django_db(transaction=True)]


@pytest.fixture(autouse=True)
def kept_pages():
    cache.clear()
    with override_settings(SHINCHOKU_PAGE_CACHE_SECONDS=60):
        yield
    cache.clear()


@pytest.fixture
def initiative() -> Initiative:
    municipality = Municipality.objects.create(name="試験市", prefecture="福岡県")
    plan = Plan.objects.create(municipality=municipality, title="試験市DX推進計画")
    return Initiative.objects.create(plan=plan, code="1", title="書かない窓口の導入", position=0)


def _get(client, url: str) -> tuple[str, int]:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return response.content.decode(), len(queries.captured_queries)


def test_a_citizen_is_answered_from_memory_the_second_time(client, initiative):
    url = reverse("initiative", args=[initiative.pk])
    first, queries = _get(client, url)
    assert "書かない窓口の導入" in first and queries > 3
    again, queries = _get(client, url)
    assert (again, queries) == (first, 0)


def test_a_saved_change_shows_at_once(client, initiative):
    url = reverse("plan", args=[initiative.plan.pk])
    assert "書かない窓口の導入" in _get(client, url)[0]
    initiative.title = "書かない窓口の全庁展開"
    initiative.save()
    assert "書かない窓口の全庁展開" in _get(client, url)[0]


def test_a_bulk_update_shows_at_once(client, initiative):
    url = reverse("initiative", args=[initiative.pk])
    _get(client, url)
    Initiative.objects.filter(pk=initiative.pk).update(title="窓口のオンライン化")
    assert "窓口のオンライン化" in _get(client, url)[0]


def test_the_version_moves_on_again_when_the_transaction_commits(initiative):
    with transaction.atomic():
        Initiative.objects.filter(pk=initiative.pk).update(title="改題")
        inside = pagecache._version
    assert pagecache._version > inside


def test_pages_of_signed_in_users_are_neither_kept_nor_shown_to_citizens(client, admin_client, initiative):
    url = reverse("plan", args=[initiative.plan.pk])
    assert "ログアウト" in admin_client.get(url).content.decode()
    page, queries = _get(client, url)
    assert "ログアウト" not in page and queries > 0
    assert _get(admin_client, url)[1] > 0  # always rendered for a signed-in user


def test_a_request_carrying_a_message_is_not_kept(client, initiative):
    url = reverse("home")
    client.cookies["messages"] = "x"  # e.g. 「ログアウトしました」 waiting to be shown
    _get(client, url)
    del client.cookies["messages"]
    assert _get(client, url)[1] > 0  # nothing was kept from the request with a message


def _api_list(client, url: str) -> tuple[int, list[str]]:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    body = response.json()
    counts = [q["sql"] for q in queries.captured_queries if "COUNT(*)" in q["sql"]]
    return body["count"], counts


@override_settings(SHINCHOKU_COUNT_CACHE_SECONDS=60)
def test_an_api_list_counts_once_for_every_page_and_again_after_a_change(client, initiative):
    """A client reading every initiative a page at a time asks for the same total on each page."""
    Initiative.objects.create(plan=initiative.plan, code="2", title="電子申請の拡充", position=1)
    assert _api_list(client, "/api/v1/initiatives?limit=1")[0] == 2
    count, counted = _api_list(client, "/api/v1/initiatives?limit=1&offset=1")
    assert (count, counted) == (2, [])  # the second page: no COUNT
    # another filter is another total
    assert _api_list(client, f"/api/v1/initiatives?plan={initiative.plan_id}&q=電子申請")[0] == 1
    Initiative.objects.create(plan=initiative.plan, code="3", title="窓口のキャッシュレス化", position=2)
    count, counted = _api_list(client, "/api/v1/initiatives?limit=1&offset=1")
    assert count == 3 and len(counted) == 1


@override_settings(SHINCHOKU_COUNT_CACHE_SECONDS=60)
def test_a_list_no_row_can_match_is_counted_too(client, initiative):
    """A filter Django answers without SQL (a mark no initiative has: 「pk IN ()」) has no SQL to key on."""
    assert _api_list(client, "/api/v1/initiatives?mark=完了")[0] == 0
    assert _api_list(client, "/api/v1/initiatives?mark=完了")[0] == 0


@override_settings(SHINCHOKU_COUNT_CACHE_SECONDS=60)
def test_the_search_forms_options_are_read_from_every_plan_once_until_a_plan_changes(client, initiative):
    """The fiscal years and prefectures offered come from every plan: read once, again after a write."""
    initiative.plan.start_fy, initiative.plan.end_fy = 2024, 2026
    initiative.plan.save()

    def years_offered() -> tuple[list[str], int]:
        with CaptureQueriesContext(connection) as queries:
            page = client.get(reverse("search")).content.decode()
        offered = [y for y in ("令和6年度", "令和7年度", "令和8年度", "令和9年度") if f">{y}（" in page]
        return offered, sum("start_fy" in q["sql"] for q in queries.captured_queries)

    assert years_offered() == (["令和6年度", "令和7年度", "令和8年度"], 1)
    assert years_offered() == (["令和6年度", "令和7年度", "令和8年度"], 0)
    initiative.plan.end_fy = 2027
    initiative.plan.save()
    assert years_offered() == (["令和6年度", "令和7年度", "令和8年度", "令和9年度"], 1)


def test_a_write_another_process_commits_shows_at_once(client, initiative, settings, tmp_path):
    """The worker imports a plan in a process of its own: the server's version never moved (walked: citizens saw
    the plan as it was for a minute after the import, the plan office's pages were right)."""
    settings.VAR_DIR = tmp_path
    url = reverse("initiative", args=[initiative.pk])
    assert "書かない窓口の導入" in _get(client, url)[0]
    seen = pagecache._version
    with transaction.atomic():  # as the worker's import: one transaction
        Initiative.objects.filter(pk=initiative.pk).update(title="窓口のオンライン化")
    pagecache._version = seen  # this process did not see it: only the shared file tells
    page, queries = _get(client, url)
    assert "窓口のオンライン化" in page and queries > 0
    assert _get(client, url) == (page, 0)  # and kept again


def test_a_write_outside_a_transaction_tells_other_processes_too(client, initiative, settings, tmp_path):
    settings.VAR_DIR = tmp_path
    url = reverse("initiative", args=[initiative.pk])
    _get(client, url)
    seen = pagecache._version
    Initiative.objects.filter(pk=initiative.pk).update(title="窓口のオンライン化")
    pagecache._version = seen
    assert "窓口のオンライン化" in _get(client, url)[0]


def test_the_shared_file_held_open_by_a_reader_is_written_a_moment_later(settings, tmp_path, monkeypatch):
    """Windows Server (docs/deploy.md): renaming over a file another process reads fails with PermissionError. It was
    logged once and given up — other processes kept showing old pages for up to a minute, and
    page-version.<pid>.<tid> files were left in VAR_DIR."""
    settings.VAR_DIR = tmp_path
    real, refusals = os.replace, []

    def held_open(src, dst):
        if len(refusals) < 2:
            refusals.append(dst)
            raise PermissionError(13, "アクセスが拒否されました。")
        real(src, dst)

    monkeypatch.setattr(pagecache.os, "replace", held_open)
    before = pagecache.shared_version()
    pagecache._bump_shared()
    assert len(refusals) == 2 and pagecache.shared_version() not in ("", before)
    assert sorted(p.name for p in tmp_path.iterdir()) == [pagecache.SHARED_VERSION]


def test_the_shared_file_never_written_leaves_no_file_behind(settings, tmp_path, monkeypatch, caplog):
    settings.VAR_DIR = tmp_path
    monkeypatch.setattr(pagecache, "_REPLACE_WAITS", (0, 0))

    def refused(src, dst):
        raise PermissionError(13, "アクセスが拒否されました。")

    monkeypatch.setattr(pagecache.os, "replace", refused)
    pagecache._bump_shared()
    assert list(tmp_path.iterdir()) == []
    assert "公開ページの版を書けません" in caplog.text
