"""The plan page states the plan's 事業費の合計 in its summary: each initiative's 事業費 (its printed 事業費の合計,
else its 年度別経費) added up in 千円 (``plans.budget_sum``), with the 年度別経費 per year in 和暦."""

from __future__ import annotations

import pytest
from django.urls import reverse

from shinchoku.plans.budget_sum import plan_budget
from shinchoku.plans.loader import load_plan

from .test_initiative_texts import Terms, _plan

pytestmark = pytest.mark.django_db


def _terms(client, plan) -> dict[str, list[str]]:
    response = client.get(reverse("plan", args=[plan.pk]))
    assert response.status_code == 200
    page = Terms()
    page.feed(response.content.decode())
    return page.terms


def test_the_plan_page_states_the_sum_of_its_initiatives_budgets(client):
    data = _plan()  # 1-1: 12,000千円 printed, 令和7年度 4,000千円; 1-2: 2,400千円 printed; 1-3: none
    data["initiatives"][2]["budget"] = [{"fy": 2025, "amount": 3, "unit": "百万円"}, {"fy": 2026, "amount": 500, "unit": "千円"}]
    plan = load_plan(data).plan
    budget = plan_budget(plan)
    assert (budget.total, budget.counted, budget.without_years, budget.not_added) == (17_900, 3, 1, 0)
    assert budget.year_texts == ["令和7年度 7,000千円", "令和8年度 500千円"]
    (shown,) = _terms(client, plan)["事業費の合計"]
    assert shown.startswith("17,900千円（うち年度別経費：令和7年度 7,000千円、令和8年度 500千円）")
    assert "取組 3 件の事業費の合計（うち年度別経費のない取組 1 件）" in shown


def test_an_amount_of_no_known_size_is_not_added_and_a_plan_with_none_shows_no_sum(client):
    data = _plan()
    data["initiatives"][1]["budget_total"] = {"amount": 3, "unit": "人工"}
    plan = load_plan(data).plan
    (shown,) = _terms(client, plan)["事業費の合計"]
    assert shown.startswith("12,000千円（うち年度別経費：令和7年度 4,000千円）")
    assert "単位を換算できない取組 1 件を除く" in shown

    data = _plan()
    data["municipality"]["name"] = "霞ヶ浦町"
    for item in data["initiatives"]:
        item.pop("budget", None), item.pop("budget_total", None)
    assert "事業費の合計" not in _terms(client, load_plan(data).plan)


def test_the_budget_page_says_where_the_amounts_without_a_year_are(client):
    """北杜市's 事業費（千円） column has no year: the plan page sums it as 事業費の合計, and the 年度別経費 page said
    「この計画には経費の記載がありません。」 (first walked). It says which initiatives' amounts are not by year."""
    data = _plan()
    for item in data["initiatives"]:
        item.pop("budget", None)
    plan = load_plan(data).plan  # 1-1: 12,000千円 printed, 1-2: 2,400千円 printed, no 年度別経費
    page = client.get(reverse("budget", args=[plan.pk])).content.decode()
    assert "経費の記載がありません" not in page
    assert "事業費が年度の記載なしに書かれている取組（2件）は、年度別の表に含めていません。" in page
