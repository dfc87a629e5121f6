"""User management pages over HTTP: who may do what, creating, editing, deactivating (never deleting)."""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from shinchoku.accounts.models import Role

from .conftest import PASSWORD

pytestmark = pytest.mark.django_db
User = get_user_model()

#: Names of 新発田市's users: none may appear on a page refused to someone.
SHIBATA_NAMES = ["keikaku_shibata", "tanto_shibata", "etsuran_shibata"]


def _urls(world) -> dict[str, tuple[str, str]]:
    editor = world.users["editor"]
    return {
        "list": ("get", reverse("municipality-users", args=[world.shibata.pk])),
        "create": ("get", reverse("user-create", args=[world.shibata.pk])),
        "edit": ("get", reverse("user-edit", args=[editor.pk])),
        "deactivate": ("post", reverse("user-active", args=[editor.pk])),
    }


@pytest.mark.parametrize("page", ["list", "create", "edit", "deactivate"])
@pytest.mark.parametrize(
    ("who", "expected"),
    [
        ("admin", {200, 302}),
        ("office", {200, 302}),
        # Another municipality's users are not even confirmed to exist (no id enumeration): 404.
        ("hita_office", {404}),
        ("hita_editor", {404}),
        ("norole", {404}),
        # Within one's own municipality, a role that may not manage users: 403.
        ("editor", {403}),
        ("viewer", {403}),
    ],
)
def test_permission_matrix(client, world, page, who, expected):
    method, url = _urls(world)[page]
    client.force_login(world.users[who])
    response = getattr(client, method)(url, {"active": "0"} if method == "post" else None)
    assert response.status_code in expected, (who, page, response.status_code)
    if response.status_code == 302:
        assert page == "deactivate"
    if response.status_code in (403, 404):
        body = response.content.decode().split('<main id="main"')[-1]  # the header names the user themself
        assert not any(name in body for name in SHIBATA_NAMES), body
        assert User.objects.get(username="tanto_shibata").is_active


@pytest.mark.parametrize("page", ["list", "create", "edit", "deactivate"])
def test_anonymous_users_are_sent_to_login(client, world, page):
    method, url = _urls(world)[page]
    response = getattr(client, method)(url, {"active": "0"} if method == "post" else None)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login") + "?next=")
    assert not any(name in response["Location"] for name in SHIBATA_NAMES)
    assert User.objects.get(username="tanto_shibata").is_active


def test_unknown_municipality_and_user_are_404(client, world):
    client.force_login(world.users["office"])
    assert client.get(reverse("municipality-users", args=[999999])).status_code == 404
    assert client.get(reverse("user-edit", args=[999999])).status_code == 404


def test_index_sends_a_plan_office_to_its_municipality_and_refuses_others(client, world):
    client.force_login(world.users["office"])
    response = client.get(reverse("users"))
    assert response.status_code == 302 and response["Location"] == reverse(
        "municipality-users", args=[world.shibata.pk]
    )
    for who in ("editor", "viewer", "norole"):
        client.force_login(world.users[who])
        assert client.get(reverse("users")).status_code == 403


def test_administrator_index_lists_every_municipality(client, world):
    client.force_login(world.users["admin"])
    page = client.get(reverse("users")).content.decode()
    assert "新潟県新発田市" in page and "大分県日田市" in page and "yakuwari_nashi" in page


def test_list_shows_own_municipality_users_with_roles_and_departments(client, world):
    client.force_login(world.users["office"])
    page = client.get(reverse("municipality-users", args=[world.shibata.pk])).content.decode()
    for name in SHIBATA_NAMES:
        assert name in page
    assert "担当課" in page and "市民課" in page and "計画担当" in page and "閲覧" in page
    assert "keikaku_hita" not in page and "tanto_hita" not in page and "kanrisha" not in page


def test_nav_links_for_logged_in_users(client, world):
    client.force_login(world.users["office"])
    page = client.get(reverse("home")).content.decode()
    assert "利用者管理" in page and "パスワード変更" in page
    client.force_login(world.users["editor"])
    page = client.get(reverse("home")).content.decode()
    assert "利用者管理" not in page and "パスワード変更" in page


def _create(client, world, **overrides):
    data = {
        "username": "shinnin",
        "email": "shinnin@example.jp",
        "role": Role.EDITOR,
        "departments": [world.departments["情報政策課"].pk],
        "password1": PASSWORD,
        "password2": PASSWORD,
    } | overrides
    return client.post(reverse("user-create", args=[world.shibata.pk]), data)


def test_plan_office_creates_an_editor_who_can_log_in(client, world):
    client.force_login(world.users["office"])
    response = _create(client, world)
    assert response.status_code == 302
    user = User.objects.get(username="shinnin")
    assert user.membership.municipality == world.shibata and user.membership.role == Role.EDITOR
    assert [d.name for d in user.membership.departments.all()] == ["情報政策課"]
    assert user.email == "shinnin@example.jp" and not user.is_staff and not user.is_superuser
    client.logout()
    login = client.post(reverse("login"), {"username": "shinnin", "password": PASSWORD})
    assert login.status_code == 302


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"password1": "12345678", "password2": "12345678"}, "パスワード"),
        ({"password2": PASSWORD + "x"}, "一致しません"),
        ({"username": "tanto_hita"}, "すでに使われています"),
        ({"username": "TANTO_HITA"}, "すでに使われています"),
        ({"departments": []}, "担当課を1つ以上"),
        ({"role": Role.VIEWER}, "担当課を選べるのは"),
        ({"role": "superuser"}, "role"),
        ({"username": "bad name!"}, "ユーザー名"),
    ],
)
def test_creation_is_validated(client, world, overrides, message):
    client.force_login(world.users["office"])
    before = User.objects.count()
    response = _create(client, world, **overrides)
    assert response.status_code == 200
    body = response.content.decode()
    assert "error-summary" in body
    if message != "role":
        assert message in body
    assert User.objects.count() == before


def test_departments_of_another_municipality_cannot_be_given(client, world):
    client.force_login(world.users["office"])
    page = client.get(reverse("user-create", args=[world.shibata.pk])).content.decode()
    assert "市民課" in page and "企画課" not in page
    response = _create(client, world, departments=[world.departments["日田市企画課"].pk])
    assert response.status_code == 200 and not User.objects.filter(username="shinnin").exists()


def test_edit_role_and_departments(client, world):
    client.force_login(world.users["office"])
    editor = world.users["editor"]
    url = reverse("user-edit", args=[editor.pk])
    data = {
        "role": Role.EDITOR,
        "departments": [world.departments["情報政策課"].pk, world.departments["市民課"].pk],
    }
    assert client.post(url, data).status_code == 302
    assert editor.membership.departments.count() == 2
    assert client.post(url, {"role": Role.VIEWER, "departments": []}).status_code == 302
    editor.membership.refresh_from_db()
    assert editor.membership.role == Role.VIEWER and editor.membership.departments.count() == 0
    refused = client.post(url, {"role": Role.EDITOR})
    assert refused.status_code == 200 and "担当課を1つ以上" in refused.content.decode()


def test_users_are_deactivated_not_deleted_and_can_come_back(client, world):
    client.force_login(world.users["office"])
    editor = world.users["editor"]
    url = reverse("user-active", args=[editor.pk])
    assert client.get(url).status_code == 405
    assert client.post(url, {"active": "0"}).status_code == 302
    editor.refresh_from_db()
    assert not editor.is_active and User.objects.filter(pk=editor.pk).exists()
    page = client.get(reverse("municipality-users", args=[world.shibata.pk])).content.decode()
    assert "利用停止中" in page and "tanto_shibata" in page and "削除" not in page.replace("削除せず", "")

    other = client.__class__()
    assert (
        other.post(reverse("login"), {"username": editor.username, "password": PASSWORD}).status_code == 200
    )

    assert client.post(url, {"active": "1"}).status_code == 302
    editor.refresh_from_db()
    assert editor.is_active
    assert (
        other.post(reverse("login"), {"username": editor.username, "password": PASSWORD}).status_code == 302
    )


def test_a_deactivated_users_open_session_ends(client, world):
    editor = world.users["editor"]
    client.force_login(editor)
    assert client.get(reverse("password_change")).status_code == 200
    editor.is_active = False
    editor.save()
    assert client.get(reverse("password_change")).status_code == 302


def test_plan_office_cannot_change_itself_or_the_administrator(client, world):
    office = world.users["office"]
    admin = world.users["admin"]
    from shinchoku.accounts.models import Membership

    Membership.objects.create(user=admin, role=Role.PLAN_OFFICE, municipality=world.shibata)
    client.force_login(office)
    listing = client.get(reverse("municipality-users", args=[world.shibata.pk])).content.decode()
    assert "kanrisha" not in listing
    assert client.get(reverse("user-edit", args=[admin.pk])).status_code == 404
    assert client.post(reverse("user-active", args=[admin.pk]), {"active": "0"}).status_code == 404
    admin.refresh_from_db()
    assert admin.is_active

    client.post(reverse("user-active", args=[office.pk]), {"active": "0"})
    office.refresh_from_db()
    assert office.is_active
    response = client.post(reverse("user-edit", args=[office.pk]), {"role": Role.VIEWER})
    assert response.status_code == 302
    office.membership.refresh_from_db()
    assert office.membership.role == Role.PLAN_OFFICE


def test_administrator_manages_any_municipality(client, world):
    client.force_login(world.users["admin"])
    hita_editor = world.users["hita_editor"]
    assert client.post(reverse("user-active", args=[hita_editor.pk]), {"active": "0"}).status_code == 302
    hita_editor.refresh_from_db()
    assert not hita_editor.is_active


def test_the_username_help_says_what_is_taken(client, world):
    """The form said 「英数字と @ . + - _ が使えます」 and took 「たなか」 (walked): it says what the validator takes."""
    client.force_login(world.users["office"])
    page = client.get(reverse("user-create", args=[world.shibata.pk])).content.decode()
    assert "ログインに使います。文字（英字・ひらがな・カタカナ・漢字）、数字と @ . + - _ が使えます（空白は使えません）。" in page
    assert _create(client, world, username="たなか.タロウ_1").status_code == 302
    assert _create(client, world, username="田中 太郎").status_code == 200
    assert not User.objects.filter(username="田中 太郎").exists()
