"""TOTP two-factor authentication: set up, asked at login, required per municipality."""

from __future__ import annotations

import re

import pytest
from django.test import Client
from django.urls import reverse
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from shinchoku.audit.models import Kind

from .conftest import PASSWORD, events

pytestmark = pytest.mark.django_db


def code(device: TOTPDevice, *, offset: int = 0) -> str:
    """The code an authenticator app shows now (django_otp's own RFC 6238 implementation)."""
    return f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits, drift=offset):06d}"


def _login(client: Client, username: str) -> None:
    response = client.post(reverse("login"), {"username": username, "password": PASSWORD})
    assert response.status_code == 302


def _set_up(client: Client, username: str) -> TOTPDevice:
    page = client.get(reverse("mfa-setup"))
    assert page.status_code == 200
    device = TOTPDevice.objects.get(user__username=username, confirmed=False)
    assert client.post(reverse("mfa-setup"), {"token": code(device)}).status_code == 302
    device.refresh_from_db()
    assert device.confirmed
    return device


def test_setup_shows_the_secret_uri_and_qr_code_and_a_right_code_confirms(world, client, settings):
    settings.OTP_TOTP_THROTTLE_FACTOR = 0  # a wrong code delays the next try; not what this test is about
    _login(client, "tanto_shibata")
    page = client.get(reverse("mfa-setup")).content.decode()
    device = TOTPDevice.objects.get(user=world.users["editor"])
    assert not device.confirmed
    from base64 import b32encode

    secret = b32encode(device.bin_key).decode()
    shown = re.search(r'<code id="mfa-secret">([A-Z2-7 ]+)</code>', page).group(1)
    assert shown.replace(" ", "") == secret
    assert f"otpauth://totp/shinchoku%3Atanto_shibata?secret={secret}" in page.replace("&amp;", "&")
    assert "<svg" in page and "QRコード" in page
    wrong = client.post(reverse("mfa-setup"), {"token": f"{(int(code(device)) + 1) % 10**6:06d}"})
    assert wrong.status_code == 400 and "確認コードが正しくありません" in wrong.content.decode()
    assert client.post(reverse("mfa-setup"), {"token": code(device)}).status_code == 302
    device.refresh_from_db()
    assert device.confirmed
    assert [e.username for e in events(Kind.MFA_SETUP)] == ["tanto_shibata"]


def test_login_asks_for_the_code_when_the_user_has_a_device(world, settings):
    settings.OTP_TOTP_THROTTLE_FACTOR = 0
    first = Client()
    _login(first, "tanto_shibata")
    device = _set_up(first, "tanto_shibata")

    client = Client()
    _login(client, "tanto_shibata")
    page = client.get(reverse("users"))
    assert page.status_code == 302 and page["Location"].startswith(reverse("mfa-verify"))
    assert client.get(reverse("home")).status_code == 302  # every page waits for the code
    wrong = client.post(reverse("mfa-verify"), {"token": "000000" if code(device) != "000000" else "111111"})
    assert wrong.status_code == 400 and "確認コードが正しくありません" in wrong.content.decode()
    device.refresh_from_db()
    right = client.post(reverse("mfa-verify"), {"token": code(device, offset=1), "next": "/rounds/"})
    assert right.status_code == 302 and right["Location"] == "/rounds/"
    assert client.get(reverse("home")).status_code == 200
    assert len(events(Kind.MFA_FAILED)) == 1 and len(events(Kind.MFA_VERIFIED)) == 1


def test_a_municipality_can_require_it(world):
    world.shibata.mfa_required = True
    world.shibata.save()
    client = Client()
    _login(client, "etsuran_shibata")
    response = client.get(reverse("home"))
    assert response.status_code == 302 and response["Location"].startswith(reverse("mfa-setup"))
    assert "必須" in client.get(reverse("mfa-setup")).content.decode()
    _set_up(client, "etsuran_shibata")
    assert client.get(reverse("home")).status_code == 200
    # 日田市 does not require it: its users go straight in.
    other = Client()
    _login(other, "tanto_hita")
    assert other.get(reverse("home")).status_code == 200


def test_the_api_is_not_affected(world):
    from shinchoku.api.models import ApiToken

    world.shibata.mfa_required = True
    world.shibata.save()
    _, raw = ApiToken.objects.issue(world.users["viewer"])
    assert Client().get("/api/v1/rounds", HTTP_AUTHORIZATION=f"Bearer {raw}").status_code == 200


def test_a_next_url_to_another_site_is_ignored(world):
    world.shibata.mfa_required = True
    world.shibata.save()
    client = Client()
    _login(client, "etsuran_shibata")
    client.get(reverse("mfa-setup"))
    device = TOTPDevice.objects.get(user=world.users["viewer"])
    response = client.post(reverse("mfa-setup"), {"token": code(device), "next": "https://evil.example/"})
    assert response.status_code == 302 and response["Location"] == reverse("home")


def test_wrong_codes_slow_down_the_next_tries(world):
    first = Client()
    _login(first, "tanto_shibata")
    device = _set_up(first, "tanto_shibata")
    client = Client()
    _login(client, "tanto_shibata")
    client.post(reverse("mfa-verify"), {"token": "000000" if code(device) != "000000" else "111111"})
    device.refresh_from_db()
    throttled = client.post(reverse("mfa-verify"), {"token": code(device, offset=1)})
    assert throttled.status_code == 400 and "しばらく待ってから" in throttled.content.decode()
    assert client.get(reverse("home")).status_code == 302
