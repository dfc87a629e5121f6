"""The reading pages on the real sample plans: what a municipal user sees and can do."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from shinchoku.plans.models import BudgetEntry, Department, Initiative

pytestmark = pytest.mark.django_db


def text_of(response) -> str:
    """The page's visible text, tags removed and blanks squeezed, for asserting what a user reads."""
    html = response.content.decode()
    html = re.sub(r"<(script|style)[^>]*>.*?</\1>", "", html, flags=re.S)
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def test_home_lists_every_municipality_with_its_plan_and_counts(client, plans):
    page = text_of(client.get(reverse("home")))
    for name in ("延岡市", "大野城市", "日田市", "伊豆の国市", "新発田市"):
        assert name in page
    nobeoka = plans["nobeoka"]
    n_initiatives = nobeoka.initiatives.count()
    assert f"{nobeoka.title}" in page
    assert "令和3年度（2021）〜令和7年度（2025）" in page
    assert re.search(rf"{re.escape(nobeoka.title)} 令和3年度（2021）〜令和7年度（2025） {n_initiatives} ", page)


def test_plan_page_shows_the_section_tree_with_initiatives(client, plans):
    plan = plans["nobeoka"]
    page = text_of(client.get(reverse("plan", args=[plan.pk])))
    assert f"取組 {plan.initiatives.count()}件" in page
    assert "市民にやさしいDX" in page and "行政手続のオンライン化" in page
    assert "マイナポータルからの行政手続のオンライン化" in page
    assert "重点施策1" in page


def test_filters_narrow_the_list_and_stay_in_the_url(client, plans):
    plan = plans["nobeoka"]
    department = Department.objects.get(municipality=plan.municipality, name="市民課")
    url = reverse("plan", args=[plan.pk])
    expected = plan.initiatives.filter(department_links__department=department).count()
    page = text_of(client.get(url, {"department": department.pk}))
    assert f"{plan.initiatives.count()}件中 {expected}件を表示" in page
    assert "窓口業務における窓口番号案内システムの導入" in page
    assert "マイナポータルからの行政手続のオンライン化" not in page  # 情報政策課 only

    national = plan.initiatives.filter(scope="national").count()
    assert f"中 {national}件を表示" in text_of(client.get(url, {"scope": "national"}))


def test_search_accepts_full_width_input(client, plans):
    plan = plans["nobeoka"]
    url = reverse("plan", args=[plan.pk])
    half = text_of(client.get(url, {"q": "DX"}))
    full = text_of(client.get(url, {"q": "ＤＸ"}))
    assert re.search(r"中 (\d+)件を表示", half).group(1) == re.search(r"中 (\d+)件を表示", full).group(1)


def test_htmx_requests_get_only_the_results_fragment(client, plans):
    plan = plans["nobeoka"]
    response = client.get(reverse("plan", args=[plan.pk]), {"scope": "local"}, headers={"HX-Request": "true"})
    body = response.content.decode()
    assert "<html" not in body and "件を表示" in body


def test_initiative_page_shows_schedule_indicator_table_and_chart(client, plans):
    initiative = plans["nobeoka"].initiatives.get(title="マイナポータルからの行政手続のオンライン化")
    response = client.get(reverse("initiative", args=[initiative.pk]))
    page = text_of(response)
    assert "情報政策課" in page and "区分 国" in page
    assert "令和3年度（2021） 標準仕様公開" in page
    assert "オンライン申請可能手続数" in page and "12手続" in page and "26手続" in page
    html = response.content.decode()
    assert '<svg viewBox=' in html and 'role="img"' in html and "<figcaption" in html
    assert "nobeoka.txt" in page and "行目から" in page
    assert all("<caption" in t for t in re.findall(r"(?s)<table\b.*?</table>", html))


def test_every_table_of_an_initiative_with_a_budget_has_a_caption(client, plans):
    """The 年度別経費 table was the one table of the page with no caption (found walking a round)."""
    initiative = Initiative.objects.filter(budget__amount__isnull=False).distinct().first()
    html = client.get(reverse("initiative", args=[initiative.pk])).content.decode()
    tables = re.findall(r"(?s)<table\b.*?</table>", html)
    assert "<caption>年度別経費（計画値）</caption>" in html
    assert len(tables) > 1 and all("<caption" in t for t in tables)


def test_shibata_actuals_are_shown_per_year(client, plans):
    initiative = plans["shibata"].initiatives.get(code="2")
    page = text_of(client.get(reverse("initiative", args=[initiative.pk])))
    assert "Webによる議会報告会の開催" in page
    assert "令和3年度（2021） — 53名" in page
    assert "令和5年度（2023） — 約150名" in page


def test_repost_links_work_in_both_directions(client, plans):
    repost = plans["hita"].initiatives.get(code="2-2-2")
    original = repost.repost_of
    assert original is not None and original.code == "1-3-4"
    assert original.code in text_of(client.get(reverse("initiative", args=[repost.pk])))
    back = text_of(client.get(reverse("initiative", args=[original.pk])))
    assert "再掲先" in back and "2-2-2" in back


def test_roadmap_groups_by_section_and_splits_halves_where_the_plan_does(client, plans):
    izu = plans["izunokuni"]
    page = text_of(client.get(reverse("roadmap", args=[izu.pk])))
    assert "前期" in page and "後期" in page
    nobeoka = plans["nobeoka"]
    response = client.get(reverse("roadmap", args=[nobeoka.pk]))
    page = text_of(response)
    assert "前期" not in page
    assert "令和3年度（2021）" in page and "令和7年度（2025）" in page
    assert "標準仕様公開" in page
    assert "size: A3 landscape" in (response.content.decode() + _stylesheet(client))


def test_printed_pages_leave_out_the_site_search(client, plans):
    """The 全体工程表 printed on A3 for the council carried the header's search box (「取組を検索
    例: 書かない窓口 検索」) above its title: the print rules hid the navigation, not the form."""
    page = client.get(reverse("roadmap", args=[plans["nobeoka"].pk])).content.decode()
    assert 'class="site-search"' in page
    css = _stylesheet(client)
    media = css[css.index("@media print") :]
    hidden = media[: media.index("display: none")]
    assert ".site-search" in hidden


def _stylesheet(client) -> str:
    from django.contrib.staticfiles import finders

    return open(finders.find("shinchoku/css/site.css"), encoding="utf-8").read()


def test_roadmap_filters_by_department(client, plans):
    plan = plans["nobeoka"]
    department = Department.objects.get(municipality=plan.municipality, name="市民課")
    page = text_of(client.get(reverse("roadmap", args=[plan.pk]), {"department": department.pk}))
    assert "窓口業務における窓口番号案内システムの導入" in page
    assert "マイナポータルからの行政手続のオンライン化" not in page


def test_department_page_lists_its_initiatives_across_sections(client, plans):
    plan = plans["nobeoka"]
    department = Department.objects.get(municipality=plan.municipality, name="情報政策課")
    page = text_of(client.get(reverse("department", args=[department.pk])))
    count = Initiative.objects.filter(department_links__department=department).count()
    assert f"担当する取組 {count}件" in page
    assert "マイナポータルからの行政手続のオンライン化" in page
    html = client.get(reverse("department", args=[department.pk])).content.decode()
    assert "<caption>情報政策課が担当する取組（宮崎県延岡市）</caption>" in html  # the table had no caption


def test_budget_page_totals_per_year_and_top_section(client, plans):
    plan = plans["onojo"]
    page = text_of(client.get(reverse("budget", args=[plan.pk])))
    per_year: dict[int, Decimal] = {}
    for entry in BudgetEntry.objects.filter(initiative__plan=plan):
        per_year[entry.fy] = per_year.get(entry.fy, Decimal(0)) + (entry.amount or 0)
    # 大野城市's own 2.4 table: 48,100 / 278,100 / 249,100 / 665,100 千円
    assert per_year == {2022: 48100, 2023: 278100, 2024: 249100, 2025: 665100}
    assert "市民の暮らしを豊かにするスマートシティの実現" in page
    assert "行政運営の高度化・効率化の推進" in page
    for fy, total in per_year.items():
        assert f"{int(total):,}" in page, (fy, total)
    assert f"{int(sum(per_year.values())):,}" in page
    # the totals row: each year's total, then the grand total, in the plan's years order
    years = sorted(per_year)
    totals = " ".join(f"{int(per_year[y]):,}" for y in years)
    assert f"合計 {totals} {int(sum(per_year.values())):,}" in page


def test_unknown_pages_are_404(client, plans):
    assert client.get(reverse("plan", args=[999999])).status_code == 404
    assert client.get(reverse("initiative", args=[999999])).status_code == 404


@pytest.mark.parametrize("page", ["plan", "roadmap", "budget"])
def test_query_count_does_not_grow_with_the_plan(client, plans, page):
    """Same number of queries on the largest sample plan and on a plan 10x larger."""
    from shinchoku.importers import parse
    from shinchoku.plans.generate import multiply
    from shinchoku.plans.loader import load_plan

    from .conftest import SAMPLES

    largest = max(plans.values(), key=lambda p: p.initiatives.count())
    big = load_plan(multiply(parse(SAMPLES / f"{largest.source_layout}.txt"), 10, title_suffix="（10倍）")).plan
    assert big.initiatives.count() == 10 * largest.initiatives.count()
    counts = []
    for plan in (largest, big):
        with CaptureQueriesContext(connection) as ctx:
            assert client.get(reverse(page, args=[plan.pk])).status_code == 200
        counts.append(len(ctx.captured_queries))
    assert counts[0] == counts[1] <= 12, counts


def test_initiative_page_query_count_is_fixed(client, plans):
    counts = []
    for initiative in plans["onojo"].initiatives.all()[:3]:
        with CaptureQueriesContext(connection) as ctx:
            client.get(reverse("initiative", args=[initiative.pk]))
        counts.append(len(ctx.captured_queries))
    # 12 for the initiative itself, 1 for its confirmed national-plan items, 10 for 「他自治体の類似取組」
    # (ranking 3, the candidates' national-plan items 1, the five cards 6).
    assert max(counts) <= 23, counts


def test_roadmap_merges_a_label_that_runs_over_several_years(client, plans):
    """新発田市 prints one R6～R8 plan per initiative: one cell spanning the three years, not three copies."""
    response = client.get(reverse("roadmap", args=[plans["shibata"].pk]))
    html = response.content.decode()
    assert html.count("Webによる議会報告会の視聴者数増加を目指し、周知強化。") == 1
    assert 'colspan="3" class="on">Webによる議会報告会の視聴者数増加を目指し' in html


def test_error_pages_are_japanese_and_keep_the_site_navigation(client, plans):
    missing = client.get("/plans/999999/")
    assert missing.status_code == 404 and "ページが見つかりません" in missing.content.decode()
    from django.contrib.auth import get_user_model

    client.force_login(get_user_model().objects.create_user("viewer-only"))
    refused = client.get(reverse("upload"))
    assert refused.status_code == 403 and "権限がありません" in refused.content.decode()
    assert 'id="main"' in refused.content.decode()


def test_every_value_of_a_kpi_table_is_written_with_its_unit(client, plans):
    """The plan's 令和6年度 actual read 「0」 beside 「4箇所（進捗報告）」: a printed bare number is written
    with the unit like every other value (baseline and final target too)."""
    from shinchoku.plans.models import IndicatorValue, ValueKind
    from shinchoku.web.charts import indicator_view, with_unit

    assert with_unit(0.0, "0", "箇所") == "0箇所" and with_unit(1200.0, "１，２００", "件") == "1,200件"
    assert with_unit(30.0, "30手続", "手続") == "30手続" and with_unit(None, "未集計", "件") == "未集計"
    assert with_unit(5.0, "5", "") == "5"
    initiative = plans["nobeoka"].initiatives.get(title="マイナポータルからの行政手続のオンライン化")
    indicator = initiative.indicators.first()
    indicator.unit, indicator.baseline_value, indicator.baseline_text = "箇所", 2.0, "2"
    indicator.has_baseline = True
    indicator.save()
    IndicatorValue.objects.filter(indicator=indicator, kind=ValueKind.ACTUAL).delete()
    IndicatorValue.objects.create(indicator=indicator, kind=ValueKind.ACTUAL, fy=2024, value=0.0, text="0")
    view = indicator_view(indicator, {2025: (4.0, "")})
    rows = {row.fy: row for row in view.rows}
    assert rows[2024].actuals == ["0箇所"] and rows[2025].actuals == ["4箇所（進捗報告）"]
    assert view.baseline == "2箇所"
    html = client.get(reverse("initiative", args=[initiative.pk])).content.decode()
    kpi = html.split('id="kpi-h"')[1].split("</section>")[0]
    assert re.search(r'<th scope="row">令和6年度（2024）</th><td>[^<]*</td><td>0箇所</td>', kpi)
    assert re.search(r'<th scope="row">基準値[^<]*</th><td colspan="2">2箇所</td>', kpi)


def test_a_value_printed_with_its_own_year_is_not_given_the_year_twice(client, plans):
    """Walking a round over 柿崎町's Word plan: 「基準値（令和5年度（2023）） 1,250件（令和５年度）」 wrote the year
    twice, in two styles. The value's year printed after it is left to the row that names it; another year stays."""
    from shinchoku.web.charts import indicator_view, with_unit

    assert with_unit(1250.0, "1,250件（令和５年度）", "件", 2023) == "1,250件"
    assert with_unit(40.0, "40%(R9)", "%", 2027) == "40%" and with_unit(120.0, "120手続（2023年度）", "手続", 2023) == "120手続"
    assert with_unit(1250.0, "1,250件（令和４年度）", "件", 2023) == "1,250件（令和４年度）"  # not the row's year
    initiative = plans["nobeoka"].initiatives.get(title="マイナポータルからの行政手続のオンライン化")
    indicator = initiative.indicators.first()
    indicator.baseline_fy, indicator.baseline_value, indicator.baseline_text = 2020, 12.0, "12手続（令和２年度末）"
    indicator.has_baseline = True
    indicator.save()
    assert indicator_view(indicator).baseline == "12手続"
    html = client.get(reverse("initiative", args=[initiative.pk])).content.decode()
    assert re.search(r'<th scope="row">基準値（令和2年度（2020））</th><td colspan="2">12手続</td>', html)


def _zero_to_twenty(plans):
    """延岡市's first KPI of マイナポータルからの行政手続のオンライン化 as 那須烏山市 2-2-1 states its own: 0 in R5, 20 in R8,
    no yearly target printed."""
    from shinchoku.plans.models import IndicatorValue

    initiative = plans["nobeoka"].initiatives.get(title="マイナポータルからの行政手続のオンライン化")
    indicator = initiative.indicators.first()
    IndicatorValue.objects.filter(indicator=indicator).delete()
    indicator.baseline_fy, indicator.baseline_value, indicator.has_baseline = 2023, 0.0, True
    indicator.final_target_fy, indicator.final_target_value, indicator.has_final_target = 2026, 20.0, True
    indicator.save()
    return indicator


def test_a_kpi_chart_starts_at_the_baseline(plans):
    """Walked (那須烏山市 2-2-1: 0業務 in R5, 20業務 in R8, 12業務 reported for R7): the chart began at R7, its 目標値 a
    single square at R8 with no line. Both lines start at the 基準値's year and value."""
    from shinchoku.web.charts import indicator_view

    indicator = _zero_to_twenty(plans)
    chart = indicator_view(indicator, {2025: (12.0, "")}).chart
    assert [label for _, label in chart.years] == ["R5", "R7", "R8"]
    (r5, _), (r7, _), (r8, _) = chart.years
    assert round((r7 - r5) / (r8 - r7)) == 2  # two years apart, then one: set apart as the years are
    assert [label for _, _, label in chart.targets.points] == ["0", "20"]
    assert [label for _, _, label in chart.actuals.points] == ["0", "12"]


def test_a_chart_of_counts_has_an_axis_of_whole_numbers(plans):
    """Walked: 鳴海台市's number of teleworking sections (1 in 2024, 3 by 2025) was drawn on an axis of 0, 0.8, 1.6, 2.4
    and 3.2 sections. Counts are drawn on whole numbers; a share of 47.2% keeps its round quarters."""
    from shinchoku.web.charts import indicator_view

    indicator = _zero_to_twenty(plans)
    indicator.final_target_value = 3.0
    indicator.save()
    chart = indicator_view(indicator, {2025: (1.0, "")}).chart
    assert [label for _, label in chart.ticks] == ["0", "1", "2", "3", "4"]
    chart = indicator_view(indicator, {2025: (47.2, "")}).chart
    assert [label for _, label in chart.ticks] == ["0", "15", "30", "45", "60"]


def test_a_reported_year_without_a_printed_target_shows_the_interpolated_one(plans):
    """Walked: the KPI table said 「—」 for 令和6年度's target while the evaluation under it used 「200件（補間）」. The
    table shows the target the evaluation uses, marked 補間 (0 業務 in R5, 20 in R8: R7's is 13)."""
    from shinchoku.web.charts import indicator_view

    indicator = _zero_to_twenty(plans)
    (r7,) = indicator_view(indicator, {2025: (12.0, "")}).rows
    assert (r7.fy, r7.targets) == (2025, [f"13{indicator.unit}（補間）"])


def test_a_municipality_without_a_code_is_listed_with_its_prefecture(client, plans):
    """緑ヶ丘市 (no 団体コード) was listed last on the home page, apart from 新発田市 of its prefecture:
    by prefecture in the official order, then 団体コード, the code-less ones after by name."""
    from shinchoku.plans.models import Municipality, Plan
    from shinchoku.plans.queries import municipalities_with_plans

    midorigaoka = Municipality.objects.create(name="緑ヶ丘市", prefecture="新潟県", code=None)
    Plan.objects.create(municipality=midorigaoka, title="緑ヶ丘市DX推進計画")
    names = [m.name for m in municipalities_with_plans()]
    assert names == ["新発田市", "緑ヶ丘市", "伊豆の国市", "大野城市", "日田市", "延岡市"]
    page = text_of(client.get(reverse("home")))
    assert page.index("新発田市") < page.index("緑ヶ丘市") < page.index("伊豆の国市")
    assert [m.name for m in municipalities_with_plans("新潟県")] == ["新発田市", "緑ヶ丘市"]


def test_the_priority_filter_lists_numbered_priorities_in_number_order(client, plans):
    """The 重点 choices of 延岡市 read 重点施策1, 重点施策10, 重点施策11 … 重点施策19, 重点施策2, 重点施策20:
    sorted as text. They follow the plan's numbers now."""
    plan = plans["nobeoka"]
    html = client.get(reverse("plan", args=[plan.pk])).content.decode()
    select = html.split('name="priority"', 1)[1].split("</select>", 1)[0]
    shown = re.findall(r"<option value=\"([^\"]+)\"", select)
    assert shown[:3] == ["重点施策1", "重点施策2", "重点施策3"], shown
    assert shown.index("重点施策9") + 1 == shown.index("重点施策10")
    assert len(shown) == len(set(shown)) == 21


def test_a_plan_is_offered_only_the_filters_its_initiatives_can_answer(client, plans):
    """Walking a round over a plan read from a Word document: its page offered 区分 「国／町」, 重点 and 印 with
    nothing to choose but 「すべて」 (its 取組 have none). A filter is offered where the plan has values for it."""
    def selects(plan) -> set[str]:
        html = client.get(reverse("plan", args=[plan.pk])).content.decode()
        form = html.split('class="filters"', 1)[1].split("</form>", 1)[0]
        return set(re.findall(r'<select name="(\w+)"', form))

    assert {"scope", "priority", "section", "department", "has_indicators"} <= selects(plans["nobeoka"])
    shibata = plans["shibata"]
    assert not shibata.initiatives.exclude(scope="").exists() and not shibata.initiatives.exclude(priority="").exists()
    assert selects(shibata) & {"scope", "priority"} == set()
    assert {"section", "has_indicators"} <= selects(shibata)
