"""「指標の比較」 with the sample plans: which KPIs meet, their values, conversions, what stays hidden."""

from __future__ import annotations

import datetime as dt
import importlib
import io
import re

from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from shinchoku.importers import parse
from shinchoku.plans.loader import load_plan
from shinchoku.plans.models import Indicator
from shinchoku.progress.models import RecordedActual, Report, Round

from .conftest import SAMPLES


def _text(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def _table(html: str) -> str:
    return html.split('<table class="compare">')[1].split("</table>")[0]


def _rows(html: str) -> list[str]:
    return [_text(row).strip() for row in re.findall(r"<tr>(.*?)</tr>", _table(html), re.S)[1:]]


def test_sample_kpis_classified_at_import(plans):
    mynumber = Indicator.objects.filter(compare_kind="mynumber-card").select_related(
        "initiative__plan__municipality"
    )
    assert {(i.initiative.plan.municipality.name, i.name) for i in mynumber} == {
        ("新発田市", "マイナンバーカードの普及率"),
        ("延岡市", "取得率"),
    }
    online = Indicator.objects.filter(compare_kind="online-procedures").values_list("name", flat=True)
    assert sorted(online) == [
        "オンライン申請できる手続数（累計）",  # 大野城市: its KGI (112手続 by R7) …
        "オンライン申請できる手続数（累計）",  # … and its KPI (40, 64, 88, 112手続)
        "オンライン申請化された手続件数",  # 伊豆の国市 (in 件)
        "オンライン申請可能手続数",  # 延岡市
    ]


def test_index_lists_every_kind_with_counts(client, plans):
    html = client.get(reverse("compare")).content.decode()
    text = _text(html)
    assert "指標の比較" in text
    # マイナンバーカード: 新発田市 and 延岡市, one indicator each; the unit compared is %.
    assert "マイナンバーカード交付率・保有率 % 2 2" in text
    assert 'href="/compare/mynumber-card/"' in html
    assert html.count('<th scope="row">') == 24  # every kind, with or without indicators
    assert '<a href="/compare/">指標の比較</a>' in client.get(reverse("home")).content.decode()  # in the menu


def test_mynumber_card_page_shows_baseline_targets_actuals_and_chart(client, plans):
    html = client.get(reverse("compare_kind", args=["mynumber-card"])).content.decode()
    rows = _rows(html)
    assert len(rows) == 2
    shibata, nobeoka = rows  # JIS order: 新潟県 before 宮崎県
    assert shibata.startswith("新潟県 新発田市")
    assert "マイナンバーカードの普及率" in shibata
    assert "R3: 37.8% R4: 68.3% R5: 80.7%" in shibata  # actuals the plan prints
    assert "R5: 40%" in shibata  # the target, converted; the sentence is the original
    assert "原文: 令和5年度までにマイナンバーカード普及率40%を達成" in shibata
    assert nobeoka.startswith("宮崎県 延岡市") and "取得率" in nobeoka
    assert "R3: 50% R4: 75% R5: 80% R6: 95% R7: 100%" in nobeoka
    # the chart: one bar per municipality with a comparable actual, and a sentence per bar
    assert re.findall(r"<rect [^>]*class=\"bar\"", html).__len__() == 1
    assert "<li>新潟県新発田市：80.7%（令和5年度）</li>" in html
    assert 'aria-labelledby="compare-chart-caption"' in html


def test_prefecture_filter_and_sort_by_latest_actual(client, plans):
    url = reverse("compare_kind", args=["mynumber-card"])
    html = client.get(url, {"pref": "宮崎県"}).content.decode()
    rows = _rows(html)
    assert "sort=latest\">最新の実績値</a>" in html  # the column header sorts by it
    assert len(rows) == 1 and rows[0].startswith("宮崎県 延岡市")
    rows = _rows(client.get(url, {"pref": "どこか", "sort": "x"}).content.decode())
    assert len(rows) == 2  # an unknown prefecture or sort shows everything
    # 研修受講者数: the rows with a latest actual come first, highest first, then those without.
    html = client.get(reverse("compare_kind", args=["digital-training"]), {"sort": "latest"}).content.decode()
    latest = re.findall(r'<td class="num">(?:<span title="[^"]*">([\d,.]+)人</span>|—)', _table(html))
    values = [float(v.replace(",", "")) for v in latest if v]
    assert len(values) >= 2 and values == sorted(values, reverse=True)
    assert latest[: len(values)] == [v for v in latest if v]  # no row without a value in between


def test_units_are_converted_where_the_unit_says_how(client, plans):
    """A plan printing the card rate in 割 appears in % beside the others, its original kept."""
    data = parse(SAMPLES / "shibata.txt")
    data["municipality"] = {"name": "割市", "prefecture": "新潟県"}
    for initiative in data["initiatives"]:
        for indicator in initiative.get("indicators", []):
            if indicator["name"] == "マイナンバーカードの普及率":
                indicator["unit"] = "割"
                for actual in indicator["actuals"]:
                    actual["value"] = round(actual["value"] / 10, 3)
                    actual["text"] = f"{actual['value']}割"
    load_plan(data)
    html = client.get(reverse("compare_kind", args=["mynumber-card"]), {"sort": "latest"}).content.decode()
    waribiki = next(row for row in _rows(html) if "割市" in row)
    assert "R5: 80.7% （原文: 8.07割）" in waribiki
    assert "<li>新潟県割市：80.7%（令和5年度）</li>" in html


def test_a_value_whose_unit_cannot_be_converted_is_shown_as_printed(client, plans):
    html = client.get(reverse("compare_kind", args=["smartphone-class-participants"])).content.decode()
    row = _rows(html)[0]
    assert "スマホ操作教室の参加人数" in row and "%増" in row


def test_hidden_reported_actual_never_shown_until_published(client, plans):
    nobeoka = plans["nobeoka"]
    indicator = Indicator.objects.get(initiative__plan=nobeoka, compare_kind="mynumber-card")
    round_ = Round.objects.create(plan=nobeoka, fy=2023, title="令和5年度", deadline=dt.date(2024, 5, 31))
    report = Report.objects.create(round=round_, initiative=indicator.initiative, state="approved")
    RecordedActual.objects.create(report=report, indicator=indicator, value=77.5, text="77.5%")
    url = reverse("compare_kind", args=["mynumber-card"])
    html = client.get(url).content.decode()
    assert "77.5" not in html
    assert client.get(reverse("api:compare_kind", args=["mynumber-card"])).content.decode().count("77.5") == 0
    Round.objects.filter(pk=round_.pk).update(published_at=timezone.now())
    assert "77.5" not in client.get(url).content.decode()  # the report itself is not published yet
    Report.objects.filter(pk=report.pk).update(published_at=timezone.now())
    html = client.get(url).content.decode()
    nobeoka_row = next(row for row in _rows(html) if "延岡市" in row)
    assert "R5: 77.5% （進捗報告）" in nobeoka_row
    assert "<li>宮崎県延岡市：77.5%（令和5年度）</li>" in html


def test_query_count_does_not_grow_with_municipalities(client, plans, django_assert_max_num_queries):
    url = reverse("compare_kind", args=["mynumber-card"])
    client.get(url)
    with CaptureQueriesContext(connection) as few:
        assert client.get(url).status_code == 200
    data = parse(SAMPLES / "shibata.txt")
    for n in range(6):
        data["municipality"] = {"name": f"比較{n}市", "prefecture": "新潟県"}
        load_plan(data)
    with CaptureQueriesContext(connection) as many:
        html = client.get(url).content.decode()
    assert len(_rows(html)) == 8
    assert len(many) == len(few) <= 12


def test_initiative_page_links_to_the_comparison(client, plans):
    indicator = Indicator.objects.get(initiative__plan=plans["nobeoka"], compare_kind="mynumber-card")
    html = client.get(reverse("initiative", args=[indicator.initiative_id])).content.decode()
    assert '<a href="/compare/mynumber-card/">他自治体の同じ指標と比べる</a>' in html
    # 延岡市's 診断距離 (km, ICTを活用した道路診断): no kind, so no link on its page
    plain = Indicator.objects.get(initiative__plan=plans["nobeoka"], name="診断距離")
    assert plain.compare_kind == ""
    html = client.get(reverse("initiative", args=[plain.initiative_id])).content.decode()
    assert "他自治体の同じ指標と比べる" not in html and "診断距離" in html


def test_reimport_and_command_keep_the_kind_in_step(plans):
    data = parse(SAMPLES / "shibata.txt")
    for initiative in data["initiatives"]:
        for indicator in initiative.get("indicators", []):
            if indicator["name"] == "マイナンバーカードの普及率":
                indicator["name"] = "マイナンバーカードの交付枚数"  # no longer a rate
    load_plan(data, into=plans["shibata"])
    renamed = Indicator.objects.get(initiative__plan=plans["shibata"], name="マイナンバーカードの交付枚数")
    assert renamed.compare_kind == ""
    history_kinds = renamed.history.values_list("name", flat=True)
    assert "マイナンバーカードの交付枚数" in history_kinds  # the rename is history; the kind is not
    Indicator.objects.update(compare_kind="")
    out = io.StringIO()
    call_command("classify_kpis", stdout=out)
    assert "種類あり" in out.getvalue()
    active = Indicator.objects.filter(retired_at__isnull=True)
    assert list(active.filter(compare_kind="mynumber-card").values_list("name", flat=True)) == ["取得率"]


def test_unknown_kind_is_404(client, plans):
    assert client.get("/compare/no-such-kind/").status_code == 404
    assert client.get(reverse("compare_kind", args=["mynumber-card"]), {"page": "99"}).status_code == 200


def test_migration_classifies_an_upgraded_installation(plans):
    """Indicators stored before the column existed get their kind when the migration runs."""
    from django.apps import apps

    migration = importlib.import_module("shinchoku.plans.migrations.0008_indicator_compare_kind")
    Indicator.objects.update(compare_kind="")
    migration.classify_existing(apps, None)
    active = Indicator.objects.filter(retired_at__isnull=True, compare_kind="mynumber-card")
    assert sorted(active.values_list("name", flat=True)) == ["マイナンバーカードの普及率", "取得率"]
