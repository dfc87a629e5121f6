"""Login, lockout after repeated failures, CSRF, session expiry, password change."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.conf import settings as django_settings
from django.contrib.auth import get_user_model
from django.contrib.sessions.models import Session
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from shinchoku.accounts.models import Role

from .conftest import PASSWORD

pytestmark = pytest.mark.django_db
User = get_user_model()


def _login(client, username: str, password: str):
    return client.post(reverse("login"), {"username": username, "password": password})


def test_real_login_and_logout(client, world):
    response = _login(client, "tanto_shibata", PASSWORD)
    assert response.status_code == 302 and response["Location"] == reverse("progress:tasks")
    assert client.session["_auth_user_id"] == str(world.users["editor"].pk)
    assert "ログアウト" in client.get(reverse("home")).content.decode()
    assert client.post(reverse("logout")).status_code == 302
    assert "_auth_user_id" not in client.session


def test_wrong_password_shows_the_form_again_in_japanese(client, world):
    response = _login(client, "tanto_shibata", "wrong-password")
    assert response.status_code == 200
    assert "ユーザー名またはパスワードが正しくありません。" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_five_failures_lock_the_account_even_for_the_right_password(client, world):
    for _ in range(django_settings.AXES_FAILURE_LIMIT - 1):
        assert _login(client, "tanto_shibata", "guess").status_code == 200
    fifth = _login(client, "tanto_shibata", "guess")
    assert fifth.status_code in (403, 429)
    sixth = _login(client, "tanto_shibata", PASSWORD)
    assert sixth.status_code in (403, 429)
    page = sixth.content.decode()
    assert "ログインを一時停止しています" in page and "15分" in page
    assert "_auth_user_id" not in client.session
    # Another user from the same address is not locked out (lockout is per username and address).
    assert _login(client, "etsuran_shibata", PASSWORD).status_code == 302


def test_lockout_covers_the_admin_login_too(client, world):
    for _ in range(django_settings.AXES_FAILURE_LIMIT):
        client.post(reverse("admin:login"), {"username": "kanrisha", "password": "guess"})
    response = client.post(reverse("admin:login"), {"username": "kanrisha", "password": PASSWORD})
    assert response.status_code in (403, 429)
    assert "_auth_user_id" not in client.session


def test_login_without_csrf_token_is_refused(world):
    client = Client(enforce_csrf_checks=True)
    response = client.post(reverse("login"), {"username": "tanto_shibata", "password": PASSWORD})
    assert response.status_code == 403
    assert "_auth_user_id" not in client.session


def test_user_creation_without_csrf_token_is_refused(world):
    client = Client(enforce_csrf_checks=True)
    client.force_login(world.users["office"])
    data = {"username": "shinnin", "role": Role.VIEWER, "password1": PASSWORD, "password2": PASSWORD}
    response = client.post(reverse("user-create", args=[world.shibata.pk]), data)
    assert response.status_code == 403
    assert not User.objects.filter(username="shinnin").exists()
    # a Japanese page that says nothing was saved and what to do (Django's own spoke of cookies and Referer)
    page = response.content.decode()
    assert "<title>送信を受け付けられませんでした｜" in page and "入力した内容は保存されていません。" in page
    assert "Referer" not in page
    deactivate = client.post(reverse("user-active", args=[world.users["editor"].pk]), {"active": "0"})
    assert deactivate.status_code == 403
    assert User.objects.get(username="tanto_shibata").is_active


def test_session_lasts_session_cookie_age_and_ends_with_the_browser(client, world):
    response = _login(client, "keikaku_shibata", PASSWORD)
    assert django_settings.SESSION_COOKIE_AGE == 8 * 60 * 60
    assert client.session.get_expiry_age() == django_settings.SESSION_COOKIE_AGE
    cookie = response.cookies[django_settings.SESSION_COOKIE_NAME]
    assert cookie["max-age"] == "" and cookie["expires"] == ""  # a browser-session cookie
    assert cookie["httponly"]
    stored = Session.objects.get(session_key=client.session.session_key)
    expected = timezone.now() + timedelta(seconds=django_settings.SESSION_COOKIE_AGE)
    assert abs((stored.expire_date - expected).total_seconds()) < 60


def test_session_cookie_age_setting_is_honoured(client, world, settings):
    settings.SESSION_COOKIE_AGE = 90
    _login(client, "keikaku_shibata", PASSWORD)
    stored = Session.objects.get(session_key=client.session.session_key)
    assert abs((stored.expire_date - timezone.now()).total_seconds() - 90) < 10


def test_an_expired_session_is_logged_out(client, world):
    _login(client, "keikaku_shibata", PASSWORD)
    assert client.get(reverse("users")).status_code == 302  # to the municipality's list
    Session.objects.filter(session_key=client.session.session_key).update(
        expire_date=timezone.now() - timedelta(seconds=1)
    )
    response = client.get(reverse("users"))
    assert response.status_code == 302 and response["Location"].startswith(reverse("login"))


def test_password_change(client, world):
    _login(client, "tanto_shibata", PASSWORD)
    url = reverse("password_change")
    page = client.get(url).content.decode()
    assert "パスワード変更" in page and "現在のパスワード" in page
    wrong = client.post(
        url,
        {"old_password": "nope", "new_password1": "Hoshi-no-Kame-77", "new_password2": "Hoshi-no-Kame-77"},
    )
    assert wrong.status_code == 200 and "error-summary" in wrong.content.decode()
    weak = client.post(
        url, {"old_password": PASSWORD, "new_password1": "12345678", "new_password2": "12345678"}
    )
    assert weak.status_code == 200 and "数字しか使われていません" in weak.content.decode()
    done = client.post(
        url,
        {"old_password": PASSWORD, "new_password1": "Hoshi-no-Kame-77", "new_password2": "Hoshi-no-Kame-77"},
    )
    assert done.status_code == 302 and done["Location"] == reverse("password_change_done")
    assert "パスワードを変更しました" in client.get(done["Location"]).content.decode()
    assert client.get(url).status_code == 200  # still logged in
    fresh = Client()
    assert _login(fresh, "tanto_shibata", PASSWORD).status_code == 200
    assert _login(fresh, "tanto_shibata", "Hoshi-no-Kame-77").status_code == 302


def test_password_change_needs_login(client, world):
    response = client.get(reverse("password_change"))
    assert response.status_code == 302 and response["Location"].startswith(reverse("login"))


def test_there_is_no_sign_up_page(client, world):
    for path in ["/accounts/signup/", "/accounts/register/", "/signup/"]:
        assert client.get(path).status_code == 404
