"""The audit log: what is recorded, with who / when / from where / result; never lost with a failed request."""

from __future__ import annotations

from datetime import timedelta
from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db import transaction
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from shinchoku.accounts import services
from shinchoku.accounts.models import Role
from shinchoku.api.models import ApiToken
from shinchoku.audit.models import AuditEvent, Kind, Result

from .conftest import PASSWORD, events

pytestmark = pytest.mark.django_db
User = get_user_model()


def test_login_failure_lockout_and_logout_are_recorded_with_address_and_result(world, login, client):
    login("tanto_shibata", "guess-1", REMOTE_ADDR="192.0.2.15")
    login("nobody_at_all", "guess-2", REMOTE_ADDR="192.0.2.15")
    failed = events(Kind.LOGIN_FAILED)
    assert [(e.username, e.ip, e.result, e.user_id) for e in failed] == [
        ("tanto_shibata", "192.0.2.15", Result.FAILURE, None),
        ("nobody_at_all", "192.0.2.15", Result.FAILURE, None),  # the name typed, though no such user
    ]
    assert login("tanto_shibata", PASSWORD, REMOTE_ADDR="192.0.2.15").status_code == 302
    [ok] = events(Kind.LOGIN)
    assert (ok.username, ok.user_id, ok.ip, ok.path) == (
        "tanto_shibata", world.users["editor"].pk, "192.0.2.15", reverse("login"),
    )  # fmt: skip
    client.post(reverse("logout"), REMOTE_ADDR="192.0.2.15")
    assert [e.username for e in events(Kind.LOGOUT)] == ["tanto_shibata"]
    for _ in range(5):
        login("keikaku_shibata", "wrong-guess", REMOTE_ADDR="198.51.100.7")
    [locked] = events(Kind.LOCKOUT)
    assert (locked.username, locked.ip, locked.result) == ("keikaku_shibata", "198.51.100.7", Result.REFUSED)


def test_the_time_is_aware_and_shown_in_japan_time(world, login, admin_client):
    login("tanto_shibata", "guess-1")
    [event] = events(Kind.LOGIN_FAILED)
    assert timezone.is_aware(event.created_at) and abs(timezone.now() - event.created_at) < timedelta(
        minutes=1
    )
    page = admin_client.get(reverse("admin:audit_auditevent_changelist")).content.decode()
    assert f"{timezone.localtime(event.created_at):%Y-%m-%d %H:%M}" in page
    assert "日時（日本時間）" in page and "ログイン失敗" in page


def test_forwarded_for_is_ignored_unless_a_trusted_proxy_header_is_configured(world, login, settings):
    login("tanto_shibata", "guess", REMOTE_ADDR="10.0.0.5", HTTP_X_FORWARDED_FOR="203.0.113.9")
    settings.SHINCHOKU_CLIENT_IP_HEADER = "X-Forwarded-For"
    # The proxy appends the address it saw; whatever the client put first is not believed.
    login("tanto_shibata", "guess", REMOTE_ADDR="10.0.0.5", HTTP_X_FORWARDED_FOR="1.2.3.4, 203.0.113.9")
    assert [e.ip for e in events(Kind.LOGIN_FAILED)] == ["10.0.0.5", "203.0.113.9"]


def test_refusals_are_recorded_with_the_action_and_the_status(world, client):
    client.force_login(world.users["viewer"])
    assert client.get(reverse("municipality-users", args=[world.shibata.pk])).status_code == 403
    client.force_login(world.users["hita_office"])
    assert client.get(reverse("municipality-users", args=[world.shibata.pk])).status_code == 404
    refused = events(Kind.REFUSED)
    assert [(e.username, e.details["action"], e.details["status"], e.object_repr) for e in refused] == [
        ("etsuran_shibata", "manage_users", 403, "新潟県新発田市"),
        ("keikaku_hita", "manage_users", 404, "新潟県新発田市"),
    ]
    assert {e.result for e in refused} == {Result.REFUSED}


def test_a_refusal_without_a_permission_rule_is_recorded_by_the_middleware(world):
    client = Client(enforce_csrf_checks=True)
    client.force_login(world.users["office"])
    response = client.post(reverse("user-active", args=[world.users["editor"].pk]), {"active": "0"})
    assert response.status_code == 403  # no CSRF token
    [event] = events(Kind.REFUSED)
    assert (event.username, event.method, event.details) == ("keikaku_shibata", "POST", {"status": 403})


def test_user_and_role_changes_are_recorded(world, client):
    client.force_login(world.users["office"])
    data = {"username": "shinnin_shibata", "role": Role.VIEWER, "email": "",
            "password1": PASSWORD, "password2": PASSWORD}  # fmt: skip
    assert client.post(reverse("user-create", args=[world.shibata.pk]), data).status_code == 302
    new = User.objects.get(username="shinnin_shibata")
    edit = {"role": Role.EDITOR, "departments": [world.departments["市民課"].pk], "email": ""}
    assert client.post(reverse("user-edit", args=[new.pk]), edit).status_code == 302
    assert client.post(reverse("user-active", args=[new.pk]), {"active": "0"}).status_code == 302
    [created] = events(Kind.USER_CREATED)
    assert (created.username, created.object_repr) == ("keikaku_shibata", "shinnin_shibata")
    assert created.details["role"] == "viewer" and created.details["municipality"] == "新潟県新発田市"
    changed = events(Kind.USER_CHANGED)
    assert changed[0].details["before"]["role"] == "viewer"
    assert changed[0].details["after"]["departments"] == ["市民課"]
    assert changed[1].details == {"username": "shinnin_shibata", "is_active": False}
    assert {e.username for e in changed} == {"keikaku_shibata"}


def test_password_change_is_recorded(world, client):
    client.force_login(world.users["editor"])
    new = "Hoshi-no-Kame-77"
    data = {"old_password": PASSWORD, "new_password1": new, "new_password2": new}
    assert client.post(reverse("password_change"), data).status_code == 302
    [event] = events(Kind.PASSWORD_CHANGED)
    assert event.username == "tanto_shibata" and event.object_id == str(world.users["editor"].pk)


def test_token_issue_and_revoke_are_recorded_from_the_command_line(world):
    call_command("createtoken", "tanto_shibata", "--name", "集計", stdout=StringIO(), stderr=StringIO())
    token = ApiToken.objects.get(user=world.users["editor"])
    call_command("createtoken", "tanto_shibata", "--revoke", token.prefix, stdout=StringIO())
    [issued] = events(Kind.TOKEN_CREATED)
    [revoked] = events(Kind.TOKEN_REVOKED)
    assert issued.object_repr == revoked.object_repr == f"{token.prefix}… (tanto_shibata)"
    assert (
        issued.details["owner"] == "tanto_shibata" and issued.username == ""
    )  # no one signed in at a terminal


def test_token_revoked_in_the_admin_is_recorded_per_token(world, client):
    tokens = [ApiToken.objects.issue(world.users["editor"], name=n)[0] for n in ("a", "b")]
    client.force_login(world.users["admin"])
    response = client.post(
        reverse("admin:api_apitoken_changelist"),
        {"action": "revoke", "_selected_action": [t.pk for t in tokens]},
    )
    assert response.status_code == 302
    assert sorted(e.object_id for e in events(Kind.TOKEN_REVOKED)) == sorted(str(t.pk) for t in tokens)
    assert {e.username for e in events(Kind.TOKEN_REVOKED)} == {"kanrisha"}


def test_server_errors_are_recorded_with_the_exception_with_debug_off(world, monkeypatch, settings):
    settings.DEBUG = False

    def broken(*args, **kwargs):
        raise RuntimeError("集計表の列が見つかりません")

    monkeypatch.setattr(services, "manageable_users", broken)
    client = Client(raise_request_exception=False)
    client.force_login(world.users["office"])
    response = client.get(reverse("municipality-users", args=[world.shibata.pk]))
    assert response.status_code == 500 and "集計表の列" not in response.content.decode()
    [event] = events(Kind.SERVER_ERROR)
    assert event.details["exception"] == "builtins.RuntimeError"
    assert event.details["message"] == "集計表の列が見つかりません"
    assert (event.username, event.result, event.path) == (
        "keikaku_shibata", Result.ERROR, reverse("municipality-users", args=[world.shibata.pk]),
    )  # fmt: skip


def test_api_server_errors_are_recorded_too(world, monkeypatch):
    from shinchoku.plans.models import Municipality

    def broken(*args, **kwargs):
        raise ValueError("壊れた計画")

    monkeypatch.setattr(Municipality.objects, "order_by", broken)
    response = Client(raise_request_exception=False).get("/api/v1/municipalities")
    assert response.status_code == 500 and "壊れた計画" not in response.content.decode()
    [event] = events(Kind.SERVER_ERROR)
    assert event.details["exception"] == "builtins.ValueError" and event.details["message"] == "壊れた計画"


@pytest.mark.django_db(transaction=True, databases=["default", "audit"])
def test_an_event_recorded_in_a_request_that_then_fails_is_kept(world, monkeypatch):
    """The user creation rolls back with the failing request; its audit event and the error stay."""
    real_create = services.create_user

    def create_then_fail(*args, **kwargs):
        with transaction.atomic():
            real_create(*args, **kwargs)  # records USER_CREATED inside this transaction
            raise RuntimeError("ディスクがいっぱいです")

    monkeypatch.setattr(services, "create_user", create_then_fail)
    client = Client(raise_request_exception=False)
    client.force_login(world.users["office"])
    data = {
        "username": "kieru_shibata",
        "role": Role.VIEWER,
        "email": "",
        "password1": PASSWORD,
        "password2": PASSWORD,
    }
    response = client.post(reverse("user-create", args=[world.shibata.pk]), data)
    assert response.status_code == 500
    assert not User.objects.filter(username="kieru_shibata").exists()  # the request's writes are gone
    [created] = events(Kind.USER_CREATED)
    assert created.object_repr == "kieru_shibata" and created.username == "keikaku_shibata"
    [error] = events(Kind.SERVER_ERROR)
    assert error.details["message"] == "ディスクがいっぱいです"


def test_prune_deletes_events_older_than_the_retention(world, settings):
    now = timezone.now()
    for days in (1, 399, 401, 800):
        AuditEvent.objects.create(kind=Kind.LOGIN, username=f"u{days}", created_at=now - timedelta(days=days))
    settings.SHINCHOKU_AUDIT_RETENTION_DAYS = 400
    out = StringIO()
    call_command("prune_audit", "--dry-run", stdout=out)
    assert "2 件を削除します" in out.getvalue() and AuditEvent.objects.count() == 4
    call_command("prune_audit", stdout=out)
    assert sorted(e.username for e in AuditEvent.objects.all()) == ["u1", "u399"]
    call_command("prune_audit", "--days", "30", stdout=out)
    assert [e.username for e in AuditEvent.objects.all()] == ["u1"]


def test_only_the_installation_administrator_reads_the_log_and_nobody_edits_it(world, client, admin_client):
    event = AuditEvent.objects.create(kind=Kind.LOGIN_FAILED, username="guess-who", ip="192.0.2.1")
    listing = admin_client.get(reverse("admin:audit_auditevent_changelist"), {"kind": Kind.LOGIN_FAILED})
    assert listing.status_code == 200 and "guess-who" in listing.content.decode()
    assert "監査ログ" in listing.content.decode()
    assert admin_client.get(reverse("admin:audit_auditevent_add")).status_code == 403
    change = admin_client.post(reverse("admin:audit_auditevent_change", args=[event.pk]), {"username": "x"})
    assert AuditEvent.objects.get(pk=event.pk).username == "guess-who" and change.status_code in (200, 403)
    assert admin_client.post(reverse("admin:audit_auditevent_delete", args=[event.pk])).status_code == 403
    staff = world.users["office"]
    staff.is_staff = True
    staff.save()
    client.force_login(staff)
    assert client.get(reverse("admin:audit_auditevent_changelist")).status_code == 403


def test_a_token_prefix_never_looks_like_an_option(monkeypatch):
    """「createtoken --revoke -Ab3…」 failed as an unknown option: a secret starting with 「-」 is drawn again."""
    from shinchoku.api import models as token_models

    drawn = iter(["-starts-with-a-dash" + "x" * 30, "Ab3" + "y" * 40])
    monkeypatch.setattr(token_models.secrets, "token_urlsafe", lambda n: next(drawn))
    raw, prefix, _ = token_models.new_secret()
    assert raw.startswith("Ab3") and prefix == raw[:8]
