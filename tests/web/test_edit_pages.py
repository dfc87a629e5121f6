"""The plan office's edit pages on the sample plans: what they show, in Japanese and accessibly, and
that a half-year schedule (伊豆の国市) or a wide targets grid (大野城市) is edited cell by cell."""

from __future__ import annotations

import re

import pytest
from django.contrib.auth import get_user_model

from shinchoku.accounts.models import Membership, Role
from shinchoku.plans.models import Indicator

from ..plans.conftest import form_inputs


@pytest.fixture
def office_of(plans, client):
    def login(layout: str):
        plan = plans[layout]
        user = get_user_model().objects.create_user(f"office-{layout}")
        Membership.objects.create(user=user, role=Role.PLAN_OFFICE, municipality=plan.municipality)
        client.force_login(user)
        return plan

    return login


def test_half_year_schedule_is_edited_per_half_and_other_periods_are_untouched(office_of, client):
    plan = office_of("izunokuni")
    initiative = plan.initiatives.get(code="1")
    url = f"/initiatives/{initiative.pk}/edit/"
    page = client.get(url).content.decode()
    assert '<label for="id_s2023_1">令和5年度前期（2023）' in page
    assert '<label for="id_s2023_2">令和5年度後期（2023）' in page
    first_half = list(initiative.schedule.filter(fy=2023).values_list("pk", "half", "label"))
    data = form_inputs(page)
    data["title"], data["summary"] = initiative.title, initiative.summary
    data["departments"] = [link.department_id for link in initiative.department_links.all()]
    for fy, half in ((2023, 1), (2023, 2), (2024, 0), (2025, 0), (2026, 0), (2027, 0)):
        labels = initiative.schedule.filter(fy=fy, half=half or None).order_by("position")
        data[f"s{fy}_{half}"] = "\n".join(labels.values_list("label", flat=True))
    data["s2024_0"] = "電子申請の対象手続を拡大"
    response = client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:3000]
    assert list(initiative.schedule.filter(fy=2023).values_list("pk", "half", "label")) == first_half
    assert list(initiative.schedule.filter(fy=2024).values_list("label", flat=True)) == ["電子申請の対象手続を拡大"]


def test_targets_grid_is_a_labelled_table_of_every_indicator_and_year(office_of, client):
    plan = office_of("onojo")
    page = client.get(f"/plans/{plan.pk}/edit/targets/").content.decode()
    indicators = Indicator.objects.filter(initiative__plan=plan, retired_at__isnull=True).count()
    assert indicators == 60
    assert "<caption>指標ごと・年度ごとの目標値</caption>" in page
    for label in ("令和4年度", "令和5年度", "令和6年度", "令和7年度"):
        assert f'<th scope="col">{label}' in page
    cells = re.findall(r'<input type="text" name="t\d+_\d+"[^>]*aria-label="([^"]+)"', page)
    assert len(cells) == 60 * 4
    assert "オンライン申請できる手続数（累計）　令和7年度" in cells


def test_edit_pages_link_to_each_other_and_list_the_plan(office_of, client):
    plan = office_of("hita")
    page = client.get(f"/plans/{plan.pk}/edit/").content.decode()
    for link in (f"/plans/{plan.pk}/edit/targets/", f"/municipalities/{plan.municipality_id}/departments/",
                 f"/municipalities/{plan.municipality_id}/grade-scale/"):  # fmt: skip
        assert link in page
    first = plan.initiatives.order_by("position").first()
    assert f'href="/initiatives/{first.pk}/edit/"' in page
    assert "取組を追加" in page
    scale = client.get(f"/municipalities/{plan.municipality_id}/grade-scale/").content.decode()
    assert "A 目標を上回る（達成率110%以上）" in scale


def test_the_plan_edit_page_names_each_sections_table(office_of, client):
    """Each section's table of initiatives had a heading above it but no caption (found walking a round)."""
    plan = office_of("onojo")
    page = client.get(f"/plans/{plan.pk}/edit/").content.decode()
    tables = re.findall(r"(?s)<table\b.*?</table>", page)
    assert len(tables) > 1 and all("<caption>" in t for t in tables)
    named = re.findall(r"<h2>([^<]+)</h2>\s*<table>\s*<caption>([^<]+)</caption>", page)
    assert len(named) == len(tables) and all(caption == f"{heading}の取組" for heading, caption in named)


def test_every_table_of_the_departments_page_has_a_caption(office_of, client):
    """The 担当課 table of the departments page had no caption (WCAG 2.1 AA: a table is named)."""
    plan = office_of("nobeoka")
    page = client.get(f"/municipalities/{plan.municipality_id}/departments/?plan={plan.pk}").content.decode()
    tables = re.findall(r"(?s)<table\b.*?</table>", page)
    assert len(tables) == 2 and all(re.search(r"<table>\s*<caption>[^<]+</caption>", t) for t in tables)
    assert f"<caption>{plan.municipality}の担当課（名称・取組数・旧名称と名称変更）</caption>" in page
    assert f"<caption>{plan.title}の取組と現在の担当課</caption>" in page


def test_a_plan_without_yearly_targets_says_where_its_targets_are_edited(office_of, client):
    """伊豆の国市 states no plan period and only final targets (「250件／令和7年度」): the grid showed
    28 indicators without a single input, and a save button that saved nothing."""
    plan = office_of("izunokuni")
    page = client.get(f"/plans/{plan.pk}/edit/targets/").content.decode()
    assert "年度ごとの目標値がありません" in page
    assert "この取組を編集" in page or "取組の編集" in page
    assert "目標値を保存する" not in page and 'name="t' not in page
