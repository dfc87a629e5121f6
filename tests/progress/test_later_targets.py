"""A year the plan gives no target for, judged against a later one (docs/evaluation.md, rule 4 「ahead of a deadline」).

Walked with a 町's workbook: 「マイナンバーカード交付率」 基準値 78.5% (no year written), 目標 90% in 令和9年度, the round
of 令和7年度. With 92 the report page's table 「指標の達成状況（令和7年度（2025））」 showed 目標値 「90」 unmarked and
達成率 102.2% (92 ÷ 90), where the formula every page prints gives (92 − 78.5) ÷ (90 − 78.5) = 117.4%; the 進捗管理表
wrote 90 under 「令和7年度（対象年度）」 目標値; with 85 the report form said 「目標値: —」 and nothing more.
"""

from __future__ import annotations

import csv
import io
from datetime import date

import pytest
from django.test import Client
from openpyxl import load_workbook

from shinchoku.accounts.models import Membership, Role
from shinchoku.importers.planjson import indicator, initiative, new_plan, value
from shinchoku.plans.loader import load_plan
from shinchoku.progress import services

pytestmark = pytest.mark.django_db

FY = 2025


def _plan(
    baseline: float = 78.5, final: float = 90, direction: str | None = "increase", unit: str = "%", stated: bool = True,
    in_words: str = "",
) -> dict:
    """The 町's plan; ``stated=False``: its 90 printed as 令和9年度's target, no final one (the last year's is);
    ``in_words``: the final target stated in words (「削減」), the figure printed as 令和9年度's target."""
    plan = new_plan(
        municipality="高千穂町", prefecture="宮崎県", code="454419", title="高千穂町DX推進計画",
        published="2025-03", start_fy=2025, end_fy=2027, vision="", filename="plan.xlsx", data=b"x", layout="generic",
    )  # fmt: skip
    plan["initiatives"] = [
        initiative(
            "1", "マイナンバーカードの普及促進", None, departments=["町民課"],
            indicators=[
                indicator(
                    "マイナンバーカード交付率", unit=unit, direction=direction,
                    baseline=value(None, baseline, f"{baseline}{unit}"),
                    **(
                        {"final_target": value(2027, None, in_words), "targets": [value(2027, final, f"{final}{unit}")]}
                        if in_words else
                        {"final_target": value(2027, final, f"{final}{unit}")}
                        if stated else {"targets": [value(2027, final, f"{final}{unit}")]}
                    ),
                )
            ],
        )
    ]  # fmt: skip
    return plan


@pytest.fixture
def town(django_user_model):
    return _town(django_user_model, _plan())


def _town(users, plan_json: dict):
    plan = load_plan(plan_json).plan
    django_user_model = users
    office = django_user_model.objects.create_user("takachiho-office")
    Membership.objects.create(user=office, role=Role.PLAN_OFFICE, municipality=plan.municipality)
    round_ = services.open_round(plan, FY, date(2026, 5, 31))
    report = round_.reports.get()
    client = Client()
    client.force_login(office)
    return round_, report, report.initiative.indicators.get(), client


def _record(report, ind, actual: float) -> None:
    services.save_report(
        report,
        version=report.version,
        fields={"status": "in_progress"},
        actuals={ind.pk: (actual, f"{actual}%", "")},
    )
    report.refresh_from_db()


def test_a_later_target_met_ahead_is_rated_by_the_printed_formula_and_named_with_its_year(town) -> None:
    round_, report, ind, client = town
    _record(report, ind, 92)
    (result,) = services.evaluate(report, services.scale_for(round_.plan.municipality)).indicators
    assert (result.basis, result.target, result.target_fy) == ("ahead", 90, 2027)
    assert result.rate == pytest.approx((92 - 78.5) / (90 - 78.5))  # 117.4%, not 92 ÷ 90
    page = client.get(f"/reports/{report.pk}/").content.decode()
    assert "117.4%" in page and "102.2%" not in page
    assert "（令和9年度（2027）の目標・期限前に達成）" in page
    # the 進捗管理表: no 90 under 令和7年度's 目標値; the rate and the note say what it was measured against
    book = load_workbook(io.BytesIO(client.get(f"/rounds/{round_.pk}/report.xlsx").content))
    sheet = book.worksheets[0]
    group = {sheet.cell(4, c).value: c for c in range(1, sheet.max_column + 1) if sheet.cell(4, c).value}
    row = 6
    target_column = group["令和7年度（対象年度）"]
    assert sheet.cell(5, target_column).value == "目標値"
    assert sheet.cell(row, target_column).value == "90%（令和9年度（2027）の目標・期限前に達成）"
    assert "後年度の目標を期限前に達成した指標は、その目標に対する達成率" in sheet.cell(3, 1).value
    # the input sheet's 目標値（令和7年度）: the later target, named so
    inputs = load_workbook(io.BytesIO(client.get(f"/rounds/{round_.pk}/input.xlsx").content)).worksheets[0]
    cells = [c.value for row in inputs.iter_rows() for c in row if c.value is not None]
    assert "90%（令和9年度（2027）の目標・期限前に達成）" in cells


def test_a_year_with_no_target_says_which_is_next(town) -> None:
    round_, report, ind, client = town
    _record(report, ind, 85)
    (result,) = services.evaluate(report, services.scale_for(round_.plan.municipality)).indicators
    assert (result.target, result.rate) == (None, None)
    page = client.get(f"/reports/{report.pk}/").content.decode()
    assert "この年度の目標値は計画にありません。令和9年度（2027）の目標 90%" in page


def test_the_input_sheet_names_the_next_target_of_a_year_without_one(town) -> None:
    """Walked: the sheet's 目標値（令和7年度） was empty where the web form names the plan's next target."""
    round_, _report, _ind, client = town
    sheet = load_workbook(io.BytesIO(client.get(f"/rounds/{round_.pk}/input.xlsx").content)).worksheets[0]
    header_row = next(r for r in range(1, 10) if sheet.cell(r, 1).value is not None and any(
        sheet.cell(r, c).value == "指標" for c in range(1, sheet.max_column + 1)
    ))  # fmt: skip
    header = {sheet.cell(header_row, c).value: c for c in range(1, sheet.max_column + 1)}
    row = next(r for r in range(header_row + 1, sheet.max_row + 1) if sheet.cell(r, header["指標"]).value)
    assert sheet.cell(row, header["目標値（令和7年度）"]).value == (
        "—（この年度の目標値は計画にありません。令和9年度（2027）の目標 90%）"
    )


def _published(round_, report, ind, actual: float) -> None:
    """The report recorded with ``actual``, submitted, approved, the round closed and published."""
    _record(report, ind, actual)
    office = Membership.objects.get(municipality=round_.plan.municipality).user
    services.submit_report(report, office)
    report.refresh_from_db()
    services.approve_report(report, office)
    services.close_round(round_, user=office)
    services.publish_round(round_, user=office)


def test_the_initiative_pages_timeline_names_the_next_target_of_a_year_without_one(town) -> None:
    """Walked: the timeline's 目標値 read 「—」 alone where the report page names the plan's next target."""
    round_, report, ind, _client = town
    _published(round_, report, ind, 85)
    page = Client().get(f"/initiatives/{report.initiative_id}/").content.decode()
    timeline = page.split('id="results-h"', 1)[1].split("</section>", 1)[0]
    cell = timeline.split("マイナンバーカード交付率", 1)[1].split("</td>", 1)[0]
    assert cell.endswith('—<span class="note">（この年度の目標値は計画にありません。令和9年度（2027）の目標 90%）</span>')


def test_every_output_says_what_the_grade_rests_on_and_the_bundle_the_later_targets_year(town) -> None:
    """Walked: the basis of a grade (「指標の達成率による」) was on the pages only — not in the open data's reports, the API's
    evaluation, the 進捗管理表 or the bundle — and the bundle's target had no year where the open data and the API give
    2027."""
    from shinchoku.exports.bundle import plan_entry

    round_, report, ind, client = town
    _published(round_, report, ind, 92)
    plan = round_.plan.pk
    body = Client().get(f"/plans/{plan}/opendata/reports.csv").content.decode("utf-8-sig")
    (row,) = list(csv.DictReader(io.StringIO(body)))
    assert (row["算定評価"], row["算定の根拠"]) == ("A", "指標の達成率による")
    (item,) = Client().get(f"/plans/{plan}/opendata/reports.json").json()["rows"]
    assert (item["basis"], item["basis_label"]) == ("indicators", "指標の達成率による")
    api = client.get(f"/api/v1/reports/{report.pk}").json()["evaluation"]
    assert (api["computed_grade"], api["basis"], api["basis_label"]) == ("A", "indicators", "指標の達成率による")
    sheet = load_workbook(io.BytesIO(client.get(f"/rounds/{round_.pk}/report.xlsx").content)).worksheets[0]
    column = next(c for c in range(1, sheet.max_column + 1) if sheet.cell(5, c).value == "算定の根拠")
    assert sheet.cell(6, column).value == "指標の達成率による"
    (result,) = plan_entry(round_.plan)["results"]
    (actual,) = result["actuals"]
    assert (result["basis"], result["basis_label"]) == ("indicators", "指標の達成率による")
    assert (actual["target"], actual["target_fy"], actual["rate"]) == (90, 2027, pytest.approx(117.4 / 100, abs=1e-3))


def test_open_data_names_the_later_targets_year(town) -> None:
    round_, report, ind, client = town
    _record(report, ind, 92)
    office = Membership.objects.get(municipality=round_.plan.municipality).user
    services.submit_report(report, office)
    report.refresh_from_db()
    services.approve_report(report, office)
    services.close_round(round_, user=office)
    services.publish_round(round_, user=office)
    body = Client().get(f"/plans/{round_.plan.pk}/opendata/report_indicators.csv").content.decode("utf-8-sig")
    (row,) = list(csv.DictReader(io.StringIO(body)))
    committee = client.get(f"/rounds/{round_.pk}/committee/").content.decode()
    assert '90%<span class="note">（令和9年度（2027）の目標・期限前に達成）</span>' in committee
    api = client.get(f"/api/v1/reports/{report.pk}").json()
    assert api["evaluation"]["indicators"][0]["target_fy"] == 2027
    assert (row["年度"], row["目標値"], row["目標値の出典"], row["目標値の年度"], row["達成率（%）"]) == (
        "2025", "90", "後年度の目標", "2027", "117.4",
    )  # fmt: skip
    # a round closed before the year was kept: no year said, not the row's own
    report.refresh_from_db()
    report.evaluation["indicators"][0].pop("target_fy")
    report.save(update_fields=["evaluation"])
    body = Client().get(f"/plans/{round_.plan.pk}/opendata/report_indicators.csv").content.decode("utf-8-sig")
    (row,) = list(csv.DictReader(io.StringIO(body)))
    assert (row["目標値の出典"], row["目標値の年度"]) == ("後年度の目標", "")


@pytest.mark.parametrize(
    ("plan", "actual", "rate"),
    [
        # 「100分 → 令和9年度 50分」 with no direction stated: a decrease, told by the baseline without its year — 60
        # is not met yet (judged as an increase it read 「期限前に達成」 at 80%), 40 is: (100 − 40) ÷ (100 − 50)
        ({"baseline": 100, "final": 50, "direction": None, "unit": "分"}, 60, None),
        ({"baseline": 100, "final": 50, "direction": None, "unit": "分"}, 40, 1.2),
        # … 50分 printed as 令和9年度's target, no final one: the last year's target is the final (``final_target``)
        ({"baseline": 100, "final": 50, "direction": None, "unit": "分", "stated": False}, 60, None),
        ({"baseline": 100, "final": 50, "direction": None, "unit": "分", "stated": False}, 40, 1.2),
        # … the final target stated in words (「削減」): the way is the last year's figure's, still a decrease
        ({"baseline": 100, "final": 50, "direction": None, "unit": "分", "in_words": "削減"}, 60, None),
        ({"baseline": 100, "final": 50, "direction": None, "unit": "分", "in_words": "削減"}, 40, 1.2),
        # a baseline past the target (95 → 90 stated as an increase) rates nothing below 100% that the rule calls met
        ({"baseline": 95, "final": 90, "direction": "increase", "unit": "%"}, 92, 92 / 90),
    ],
)
def test_a_later_target_met_ahead_is_rated_the_way_the_plan_goes(
    django_user_model, plan, actual, rate
) -> None:
    round_, report, ind, _ = _town(django_user_model, _plan(**plan))
    _record(report, ind, actual)
    (result,) = services.evaluate(report, services.scale_for(round_.plan.municipality)).indicators
    assert result.rate == (pytest.approx(rate) if rate is not None else None)
    assert result.basis == ("ahead" if rate is not None else "")
