"""API tokens expire (JSON 401 in Japanese) and note their last use at most once a minute."""

from __future__ import annotations

from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import call_command
from django.test import Client
from django.utils import timezone

from shinchoku.api.models import ApiToken
from shinchoku.audit.models import Kind, Result
from shinchoku.core.dates import wareki_time

from .conftest import events

pytestmark = pytest.mark.django_db
URL = "/api/v1/rounds"  # reads with an optional token: the token is checked when sent


def _get(raw: str):
    return Client().get(URL, HTTP_AUTHORIZATION=f"Bearer {raw}")


def test_a_token_expires_after_90_days_by_default(world):
    token, raw = ApiToken.objects.issue(world.users["editor"])
    assert abs(token.expires_at - (timezone.now() + timedelta(days=90))) < timedelta(minutes=1)
    assert _get(raw).status_code == 200


def test_the_expiry_is_configurable(world, settings):
    settings.SHINCHOKU_API_TOKEN_DAYS = 7
    token, _ = ApiToken.objects.issue(world.users["editor"])
    assert abs(token.expires_at - (timezone.now() + timedelta(days=7))) < timedelta(minutes=1)


def test_an_expired_token_is_refused_with_a_japanese_json_401(world):
    token, raw = ApiToken.objects.issue(world.users["editor"])
    ApiToken.objects.filter(pk=token.pk).update(expires_at=timezone.now() - timedelta(seconds=1))
    response = _get(raw)
    assert response.status_code == 401 and response["Content-Type"].startswith("application/json")
    detail = response.json()["detail"]
    token.refresh_from_db()
    assert detail == f"APIトークンの有効期限（{wareki_time(token.expires_at)}）が切れています。新しいトークンを発行してください。"
    assert detail.startswith("APIトークンの有効期限（令和")
    assert response["WWW-Authenticate"] == 'Bearer realm="shinchoku"'
    [refused] = events(Kind.TOKEN_REFUSED)
    assert (refused.username, refused.result, refused.details) == (
        "tanto_shibata", Result.REFUSED, {"reason": "expired"},
    )  # fmt: skip
    assert raw not in str(refused.details) and raw not in refused.object_repr


def test_an_unknown_token_keeps_its_own_message(world):
    response = _get("not-a-token-at-all")
    assert response.status_code == 401
    assert response.json()["detail"] == "APIトークンが正しくないか、失効しています。"


def test_last_use_is_written_at_most_once_a_minute(world, django_assert_num_queries):
    token, raw = ApiToken.objects.issue(world.users["editor"])
    assert token.last_used_at is None
    assert _get(raw).status_code == 200
    first = ApiToken.objects.get(pk=token.pk).last_used_at
    assert first is not None and timezone.now() - first < timedelta(seconds=10)
    assert _get(raw).status_code == 200
    assert ApiToken.objects.get(pk=token.pk).last_used_at == first  # no write within the minute
    ApiToken.objects.filter(pk=token.pk).update(last_used_at=first - timedelta(minutes=2))
    assert _get(raw).status_code == 200
    assert ApiToken.objects.get(pk=token.pk).last_used_at > first - timedelta(seconds=1)


def test_createtoken_prints_the_expiry_and_lists_expiry_and_last_use(world):
    err, out = StringIO(), StringIO()
    call_command("createtoken", "tanto_shibata", "--days", "30", "--name", "集計", stdout=out, stderr=err)
    token = ApiToken.objects.get(user=world.users["editor"])
    expires = wareki_time(token.expires_at)  # 「令和8年3月4日 10:15」, the app's one date style
    assert f"有効期限 {expires}" in err.getvalue()
    assert abs(token.expires_at - (timezone.now() + timedelta(days=30))) < timedelta(minutes=1)
    assert _get(out.getvalue().strip()).status_code == 200
    listing = StringIO()
    call_command("createtoken", "tanto_shibata", "--list", stdout=listing)
    used = wareki_time(ApiToken.objects.get(pk=token.pk).last_used_at)
    assert f"有効（期限 {expires}）" in listing.getvalue() and f"最終利用 {used}" in listing.getvalue()


def test_the_admin_lists_expiry_and_last_use(world, client):
    ApiToken.objects.issue(world.users["editor"], name="集計")
    client.force_login(world.users["admin"])
    page = client.get("/admin/api/apitoken/").content.decode()
    assert "有効期限" in page and "最終利用日時" in page
