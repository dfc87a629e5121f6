"""Passwords of at least 12 characters everywhere; lockout per account and, higher, per address."""

from __future__ import annotations

import os
from io import StringIO

import pytest
from django.conf import settings as django_settings
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.test import Client
from django.urls import reverse

from shinchoku.accounts.models import Role
from shinchoku.audit.models import Kind

from .conftest import PASSWORD, events

pytestmark = pytest.mark.django_db
User = get_user_model()

ELEVEN = "Umi-to-Yama7"[:11]  # 11 characters, otherwise a fine password
TWELVE = "Umi-to-Yama7"  # 12


def test_twelve_characters_is_the_minimum_on_the_user_management_page(world, client):
    client.force_login(world.users["office"])
    url = reverse("user-create", args=[world.shibata.pk])
    data = {"username": "mijikai", "role": Role.VIEWER, "email": "", "password1": ELEVEN, "password2": ELEVEN}
    refused = client.post(url, data)
    assert refused.status_code == 200 and not User.objects.filter(username="mijikai").exists()
    assert "12 文字以上" in refused.content.decode() or "12文字以上" in refused.content.decode()
    data.update(password1=TWELVE, password2=TWELVE)
    assert client.post(url, data).status_code == 302
    assert User.objects.get(username="mijikai").check_password(TWELVE)


def test_createuser_obeys_the_same_minimum(world, monkeypatch):
    monkeypatch.setitem(os.environ, "SHINCHOKU_PASSWORD", ELEVEN)
    with pytest.raises(CommandError) as refused:
        call_command(
            "createuser", "mijikai", "--role", "viewer", "--municipality", "152064", stdout=StringIO()
        )
    assert refused.value.returncode == 2 and "12" in str(refused.value)
    assert not User.objects.filter(username="mijikai").exists()
    monkeypatch.setitem(os.environ, "SHINCHOKU_PASSWORD", TWELVE)
    call_command("createuser", "mijikai", "--role", "viewer", "--municipality", "152064", stdout=StringIO())
    assert User.objects.get(username="mijikai").check_password(TWELVE)


def test_password_change_obeys_the_minimum(world, client):
    client.force_login(world.users["editor"])
    data = {"old_password": PASSWORD, "new_password1": ELEVEN, "new_password2": ELEVEN}
    assert client.post(reverse("password_change"), data).status_code == 200
    assert User.objects.get(pk=world.users["editor"].pk).check_password(PASSWORD)


def _login(client: Client, username: str, password: str, ip: str):
    return client.post(reverse("login"), {"username": username, "password": password}, REMOTE_ADDR=ip)


def test_guessing_across_accounts_from_one_address_locks_the_address(world):
    """19 wrong passwords spread over many names: still open; the 20th locks that address for everyone."""
    limit = django_settings.SHINCHOKU_ADDRESS_FAILURE_LIMIT
    assert limit == 20 and django_settings.AXES_FAILURE_LIMIT == 5
    attacker, colleague = Client(), Client()
    names = [f"guess{i:02d}" for i in range(limit)]
    for name in names[:-1]:
        assert _login(attacker, name, "Password123!", "203.0.113.50").status_code == 200
    # A real user on the same address still gets in before the limit, and that does not wipe the count.
    assert _login(Client(), "etsuran_shibata", PASSWORD, "203.0.113.50").status_code == 302
    assert _login(attacker, names[-1], "Password123!", "203.0.113.50").status_code == 429
    # Now nobody logs in from that address, not even with a right password …
    locked = _login(Client(), "tanto_shibata", PASSWORD, "203.0.113.50")
    assert locked.status_code == 429 and "ログインを一時停止しています" in locked.content.decode()
    # … while the same account from another address is fine.
    assert _login(colleague, "tanto_shibata", PASSWORD, "198.51.100.20").status_code == 302
    assert [e.ip for e in events(Kind.LOCKOUT)][:1] == ["203.0.113.50"]


def test_one_account_locks_after_five_failures_from_one_address_only(world):
    for _ in range(5):
        _login(Client(), "keikaku_shibata", "wrong-guess", "192.0.2.30")
    assert _login(Client(), "keikaku_shibata", PASSWORD, "192.0.2.30").status_code == 429
    assert _login(Client(), "etsuran_shibata", PASSWORD, "192.0.2.30").status_code == 302
    assert _login(Client(), "keikaku_shibata", PASSWORD, "192.0.2.31").status_code == 302
