"""Uploading a plan: preview first, nothing written until confirmed, clear messages for bad files."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from shinchoku.importers import parse
from shinchoku.plans.models import Initiative, Plan

pytestmark = pytest.mark.django_db
SAMPLES = Path(__file__).resolve().parents[2] / "samples" / "plans"


@pytest.fixture
def staff(client, settings, tmp_path):
    settings.VAR_DIR = tmp_path
    user = get_user_model().objects.create_superuser("keikaku", password="pw-for-tests-only")
    client.force_login(user)
    return client


def _upload(client, name: str, data: bytes):
    return client.post(reverse("upload"), {"file": SimpleUploadedFile(name, data), "layout": ""})


def text_of(response) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", response.content.decode()))


def test_upload_shows_a_preview_and_writes_nothing_until_confirmed(staff):
    response = _upload(staff, "shibata.txt", (SAMPLES / "shibata.txt").read_bytes())
    assert response.status_code == 302
    preview = staff.get(response["Location"])
    page = text_of(preview)
    expected = parse(SAMPLES / "shibata.txt")
    assert "新発田市" in page and "新発田市情報化推進計画（個別取組）" in page
    assert f"取組 {len(expected['initiatives'])}" in page
    assert f"施策体系 {len(expected['sections'])}" in page
    assert "新しい計画として取り込みます" in page
    if expected["warnings"]:
        first = expected["warnings"][0]
        assert f"{first['line']} {first['message']}" in page
    assert not Plan.objects.exists()

    confirmed = staff.post(response["Location"], {"action": "confirm"})
    plan = Plan.objects.get()
    assert confirmed["Location"] == reverse("plan", args=[plan.pk])
    assert plan.initiatives.count() == len(expected["initiatives"])
    assert staff.get(response["Location"]).status_code == 404  # a preview is used once


def test_cancel_discards_the_upload(staff):
    response = _upload(staff, "hita.txt", (SAMPLES / "hita.txt").read_bytes())
    staff.post(response["Location"], {"action": "cancel"})
    assert not Plan.objects.exists()
    assert staff.get(response["Location"]).status_code == 404


def test_reimport_preview_lists_added_changed_and_kept(staff):
    plan = parse(SAMPLES / "shibata.txt")
    staff.post(_upload(staff, "shibata.json", json.dumps(plan).encode())["Location"], {"action": "confirm"})
    plan["initiatives"][0]["summary"] = "改訂後の取組方針"
    plan["initiatives"].pop()
    page = text_of(staff.get(_upload(staff, "shibata-r7.json", json.dumps(plan).encode())["Location"]))
    assert "登録済みの計画を更新します" in page
    assert re.search(r"変更 1 ", page) and re.search(r"計画から外れる（削除せず保持） 1 ", page)
    assert re.search(rf"変更なし（そのまま保持） {len(plan['initiatives']) - 1} ", page)


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("empty.txt", b"", "空"),
        ("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00", "バイナリ"),
        ("memo.txt", "買い物メモ\n牛乳".encode(), "認識できません"),
    ],
)
def test_bad_files_get_a_japanese_message_and_change_nothing(staff, name, data, message):
    response = _upload(staff, name, data)
    assert response.status_code == 400
    assert message in text_of(response)
    assert 'role="alert"' in response.content.decode()
    assert not Plan.objects.exists()


def test_a_plan_office_imports_only_its_own_municipalitys_plans(client, settings, tmp_path):
    from shinchoku.accounts.models import Membership, Role
    from shinchoku.plans.loader import load_plan

    settings.VAR_DIR = tmp_path
    shibata = load_plan(parse(SAMPLES / "shibata.txt")).plan
    load_plan(parse(SAMPLES / "hita.txt"))
    user = get_user_model().objects.create_user("shibata-office", password="pw-for-tests-only")
    Membership.objects.create(user=user, role=Role.PLAN_OFFICE, municipality=shibata.municipality)
    client.force_login(user)
    own = _upload(client, "shibata.txt", (SAMPLES / "shibata.txt").read_bytes())
    assert own.status_code == 302
    other = _upload(client, "hita.txt", (SAMPLES / "hita.txt").read_bytes())
    assert other.status_code == 403 and "日田市の計画を取り込む権限がありません" in text_of(other)
    new = _upload(client, "onojo.txt", (SAMPLES / "onojo.txt").read_bytes())
    assert new.status_code == 403  # a municipality not yet in the database: administrator only


def test_upload_needs_login_and_permission(client):
    response = client.get(reverse("upload"))
    assert response.status_code == 302 and reverse("login") in response["Location"]
    client.force_login(get_user_model().objects.create_user("viewer", password="pw-for-tests-only"))
    assert client.get(reverse("upload")).status_code == 403


def test_another_session_cannot_confirm_my_upload(staff, client):
    location = _upload(staff, "shibata.txt", (SAMPLES / "shibata.txt").read_bytes())["Location"]
    other = get_user_model().objects.create_superuser("other", password="pw-for-tests-only")
    from django.test import Client

    intruder = Client()
    intruder.force_login(other)
    assert intruder.post(location, {"action": "confirm"}).status_code == 404
    assert not Plan.objects.exists()


def test_html_in_imported_text_is_rendered_inert(client):
    from shinchoku.importers.planjson import initiative, new_plan, section
    from shinchoku.plans.loader import load_plan

    evil = '<script>alert("x")</script><img src=x onerror=alert(1)>'
    data = new_plan(
        municipality="テスト市" + evil, prefecture=None, code=None, title="計画" + evil, published=None,
        start_fy=2024, end_fy=2026, vision=evil, filename="evil.json", data=b"", layout="planjson",
    )  # fmt: skip
    data["sections"] = [section("s1", None, "基本方針", "1", "体系" + evil)]
    data["initiatives"] = [
        initiative("1", "取組" + evil, "s1", summary=evil, departments=["課" + evil], marks=[evil],
                   schedule=[{"fy": 2024, "half": None, "label": evil}])
    ]  # fmt: skip
    plan = load_plan(data).plan
    item = Initiative.objects.get()
    department = item.departments.get()
    urls = [
        reverse("home"), reverse("plan", args=[plan.pk]), reverse("initiative", args=[item.pk]),
        reverse("roadmap", args=[plan.pk]), reverse("department", args=[department.pk]),
    ]  # fmt: skip
    for url in urls:
        html = client.get(url).content.decode()
        assert "<script>alert" not in html and "<img src=x" not in html, url
        assert "&lt;script&gt;alert" in html, url
