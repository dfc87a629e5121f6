"""The Django admin: every changelist loads for the administrator, nothing can be deleted, roles inline."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from django.contrib import admin
from django.contrib.auth import get_user_model
from django.urls import reverse

from shinchoku.accounts.models import Membership, Role
from shinchoku.importers import parse
from shinchoku.plans.loader import load_plan
from shinchoku.plans.models import Indicator, Initiative, Plan
from shinchoku.progress import services
from shinchoku.progress.models import GradeScale, PlanRevision, RecordedActual, Report, Round
from shinchoku.search.models import Posting

from .conftest import PASSWORD

pytestmark = pytest.mark.django_db
SAMPLES = Path(__file__).resolve().parents[2] / "samples" / "plans"
User = get_user_model()


@pytest.fixture
def filled(world):
    """A plan with a round, a report with a recorded actual, a revision and a grade scale."""
    plan = load_plan(parse(SAMPLES / "shibata.txt"), municipality_name="新発田市").plan
    indicator = Indicator.objects.filter(initiative__plan=plan).select_related("initiative").first()
    round_ = services.open_round(plan, 2024, date(2025, 5, 31))
    report = Report.objects.get(round=round_, initiative=indicator.initiative)
    services.save_report(
        report,
        version=report.version,
        fields={"achievements": "実施"},
        actuals={indicator.pk: (1.0, "1", "")},
    )
    services.update_targets(indicator, {2025: 99.0}, user=world.users["office"], reason="見直し")
    GradeScale.objects.create(
        municipality=plan.municipality, grades=[{"code": "A", "label": "順調", "min_rate": 1.0}]
    )
    assert RecordedActual.objects.exists() and PlanRevision.objects.exists()
    return plan


@pytest.fixture
def admin_client(client, world):
    client.force_login(world.users["admin"])
    return client


def _registered():
    return sorted(admin.site._registry.items(), key=lambda item: item[0]._meta.label)


def test_every_changelist_loads_for_the_administrator_with_rows(admin_client, filled):
    labels = {model._meta.label for model, _ in _registered()}
    assert {
        "plans.Plan", "plans.Initiative", "plans.Indicator", "plans.IndicatorValue", "progress.GradeScale",
        "progress.Round", "progress.Report", "progress.RecordedActual", "progress.PlanRevision", "auth.User",
    } <= labels  # fmt: skip
    for model, _ in _registered():
        opts = model._meta
        response = admin_client.get(reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist"))
        assert response.status_code == 200, opts.label
        obj = model._default_manager.first()
        if obj is not None:
            change = admin_client.get(
                reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk])
            )
            assert change.status_code == 200, opts.label


def test_labels_are_japanese(admin_client, filled):
    page = admin_client.get(reverse("admin:index")).content.decode()
    for label in ["進捗管理の回", "進捗報告", "実績値（報告）", "計画の改訂", "評価基準", "取組", "指標"]:
        assert label in page


@pytest.mark.parametrize(
    "model", [Plan, Initiative, Indicator, Round, Report, RecordedActual, PlanRevision, GradeScale, User]
)
def test_nothing_can_be_deleted_from_the_admin(admin_client, filled, model):
    opts = model._meta
    obj = model._default_manager.first()
    before = model._default_manager.count()
    assert (
        admin_client.get(
            reverse(f"admin:{opts.app_label}_{opts.model_name}_delete", args=[obj.pk])
        ).status_code
        == 403
    )
    assert (
        admin_client.post(
            reverse(f"admin:{opts.app_label}_{opts.model_name}_delete", args=[obj.pk]), {"post": "yes"}
        ).status_code
        == 403
    )
    changelist = reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist")
    assert "delete_selected" not in admin_client.get(changelist).content.decode()
    admin_client.post(changelist, {"action": "delete_selected", "_selected_action": [obj.pk], "post": "yes"})
    assert model._default_manager.count() == before
    change = admin_client.get(reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk]))
    assert "deletelink" not in change.content.decode()


def test_inlines_offer_no_delete_checkbox(admin_client, filled):
    initiative = Indicator.objects.filter(initiative__plan=filled).first().initiative
    page = admin_client.get(reverse("admin:plans_initiative_change", args=[initiative.pk])).content.decode()
    assert "schedule-0-DELETE" not in page and "indicators-0-DELETE" not in page


def test_retire_action_keeps_the_initiative_and_records_history(admin_client, filled):
    initiative = filled.initiatives.first()
    assert Posting.objects.filter(initiative=initiative).exists()
    response = admin_client.post(
        reverse("admin:plans_initiative_changelist"),
        {"action": "retire", "_selected_action": [initiative.pk]},
    )
    assert response.status_code == 302
    initiative.refresh_from_db()
    assert initiative.retired_at is not None
    latest = initiative.history.first()
    assert latest.retired_at is not None and latest.history_user.username == "kanrisha"
    assert Report.objects.filter(initiative=initiative).exists()
    # as when the plan office retires it on the plan's page: search and the API find it no more
    assert not Posting.objects.filter(initiative=initiative).exists()


def test_user_admin_shows_and_saves_the_role_inline(admin_client, world):
    user = world.users["editor"]
    url = reverse("admin:auth_user_change", args=[user.pk])
    page = admin_client.get(url).content.decode()
    assert "membership-0-role" in page and "市民課" in page
    assert "日田市" not in page.split('name="membership-0-departments"')[1].split("</select>")[0]
    membership = user.membership
    data = {
        "username": user.username, "is_active": "on", "date_joined_0": "2024-04-01", "date_joined_1": "09:00:00",
        "membership-TOTAL_FORMS": "1", "membership-INITIAL_FORMS": "1", "membership-MIN_NUM_FORMS": "0",
        "membership-MAX_NUM_FORMS": "1", "membership-0-id": membership.pk, "membership-0-user": user.pk,
        "membership-0-role": Role.EDITOR, "membership-0-municipality": world.shibata.pk,
        "membership-0-departments": [world.departments["情報政策課"].pk],
    }  # fmt: skip
    assert admin_client.post(url, data).status_code == 302
    assert [d.name for d in Membership.objects.get(user=user).departments.all()] == ["情報政策課"]

    # A department of another municipality is refused (and not even offered).
    data["membership-0-departments"] = [world.departments["日田市企画課"].pk]
    refused = admin_client.post(url, data)
    assert refused.status_code == 200 and "errorlist" in refused.content.decode()
    # Membership.clean(): a prefecture role is for viewers only.
    data |= {"membership-0-departments": [], "membership-0-role": Role.PLAN_OFFICE, "membership-0-municipality": "",
             "membership-0-prefecture": "新潟県"}  # fmt: skip
    refused = admin_client.post(url, data)
    assert "都道府県単位の役割は閲覧のみです。" in refused.content.decode()
    assert Membership.objects.get(user=user).role == Role.EDITOR


def test_user_admin_deactivates_instead_of_deleting(admin_client, world):
    editor = world.users["editor"]
    admin_client.post(
        reverse("admin:auth_user_changelist"), {"action": "deactivate", "_selected_action": [editor.pk]}
    )
    editor.refresh_from_db()
    assert not editor.is_active
    response = admin_client.post(reverse("login"), {"username": editor.username, "password": PASSWORD})
    assert response.status_code == 200  # the login form again, not a redirect


def test_administrator_adds_a_user_with_a_role_in_the_admin(admin_client, world):
    data = {
        "username": "admin-made", "password1": PASSWORD, "password2": PASSWORD, "usable_password": "true",
        "membership-TOTAL_FORMS": "1", "membership-INITIAL_FORMS": "0", "membership-MIN_NUM_FORMS": "0",
        "membership-MAX_NUM_FORMS": "1", "membership-0-role": Role.VIEWER, "membership-0-prefecture": "大分県",
    }  # fmt: skip
    response = admin_client.post(reverse("admin:auth_user_add"), data)
    assert response.status_code == 302, response.content.decode()[:3000]
    membership = User.objects.get(username="admin-made").membership
    assert (membership.role, membership.prefecture, membership.municipality) == (Role.VIEWER, "大分県", None)


def test_the_third_party_apps_and_djangos_own_words_are_japanese_in_the_admin(admin_client, filled):
    """「Axes」「Access attempts」「Otp_Totp」「TOTP devices」「Tasks Database Backend」「Task Results」 on the admin's
    index and 「Filter by 日時」 over 監査ログ (found walking a round): the apps are installed under Japanese names
    (core/vendor_apps.py) and Django's ja catalog's missing 「Filter by」 is translated (locale/ja)."""
    import re

    from shinchoku.audit.models import AuditEvent

    page = admin_client.get(reverse("admin:index")).content.decode()
    for label in ["ログインの失敗と制限", "ログイン失敗の記録（制限中）", "ログイン失敗の履歴", "ログインの履歴", "二要素認証",
                  "認証アプリ（TOTP）", "バックグラウンド処理", "処理の結果"]:  # fmt: skip
        assert label in page, label
    shown = re.sub(r"<[^>]+>", " ", page)
    for english in ["Axes", "Access attempts", "Access failures", "Access logs", "Otp_Totp", "TOTP devices",
                    "Tasks Database Backend", "Task Results"]:  # fmt: skip
        assert english not in shown, english
    opts = AuditEvent._meta
    audit = admin_client.get(reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist")).content.decode()
    assert re.search(r'id="date-hierarchy-label">日時で絞り込む<', audit), audit[:2000]
    assert "Filter by" not in audit
