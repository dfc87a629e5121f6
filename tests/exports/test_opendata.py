"""Open data on the five sample plans and 新発田市's demo rounds: what a citizen downloads and reads."""

from __future__ import annotations

import csv
import io
import json
import re
from collections import defaultdict
from datetime import date
from decimal import Decimal
from pathlib import Path
from urllib.parse import unquote

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from shinchoku.demo import build_demo_rounds
from shinchoku.exports import opendata
from shinchoku.importers import parse
from shinchoku.plans.generate import multiply
from shinchoku.plans.loader import load_plan
from shinchoku.plans.models import Indicator, Plan
from shinchoku.progress import services
from shinchoku.progress.models import Report
from tests.committed import clear_database

pytestmark = pytest.mark.django_db
ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "samples" / "plans"
BOM = b"\xef\xbb\xbf"
DATASETS = list(opendata.DATASETS)




@pytest.fixture(scope="module")
def seeded(django_db_setup, django_db_blocker):
    """{layout: Plan} for the five samples, with 新発田市's published demo rounds (2021–2023)."""
    with django_db_blocker.unblock():
        clear_database()
        plans = {path.stem: load_plan(parse(path)).plan for path in sorted(SAMPLES.glob("*.txt"))}
        list(build_demo_rounds())
        yield plans
        clear_database()


@pytest.fixture
def plans(seeded, db):
    return seeded


def download(client, municipality_or_plan, dataset: str, fmt: str, **headers):
    if isinstance(municipality_or_plan, Plan):
        url = reverse("opendata-plan-dataset", args=[municipality_or_plan.pk, dataset, fmt])
    else:
        url = reverse("opendata-dataset", args=[municipality_or_plan.pk, dataset, fmt])
    return client.get(url, **headers)


def read_csv(response) -> list[dict[str, str]]:
    """Rows keyed by the Japanese header, after checking the BOM and the CRLF line ends."""
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    body = response.content
    assert body.startswith(BOM)
    text = body[len(BOM) :].decode("utf-8")
    assert text.endswith("\r\n")
    return list(csv.DictReader(io.StringIO(text, newline="")))


def read_json(response) -> dict:
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json; charset=utf-8"
    return json.loads(response.content.decode("utf-8"))


def rows_of(client, target, dataset: str) -> list[dict[str, str]]:
    return read_csv(download(client, target, dataset, "csv"))


# --- format -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("dataset", DATASETS)
def test_csv_is_excel_friendly_with_japanese_headers(client, plans, dataset):
    municipality = plans["onojo" if dataset == "budget" else "shibata"].municipality
    response = download(client, municipality, dataset, "csv")
    body = response.content
    assert body.startswith(BOM)
    text = body[3:].decode("utf-8")
    header_line = text.split("\r\n", 1)[0]
    assert next(csv.reader([header_line])) == [c.header for c in opendata.DATASETS[dataset].columns]
    # every record ends with CRLF (line breaks inside quoted cells are the cells' own)
    assert text.endswith("\r\n")
    assert len(read_csv(response)) > 0
    assert response["Content-Disposition"] == f'attachment; filename="{municipality.code}_{dataset}.csv"'
    assert response["Link"] == '<https://creativecommons.org/licenses/by/4.0/deed.ja>; rel="license"'
    assert response["Access-Control-Allow-Origin"] == "*"


@pytest.mark.parametrize("layout", ["nobeoka", "onojo", "hita", "izunokuni", "shibata"])
def test_json_has_the_csv_rows_with_english_keys(client, plans, layout):
    municipality = plans[layout].municipality
    for dataset in DATASETS:
        columns = opendata.DATASETS[dataset].columns
        rows = rows_of(client, municipality, dataset)
        data = read_json(download(client, municipality, dataset, "json"))
        assert data["dataset"] == dataset
        assert data["municipality"]["name"] == municipality.name
        assert data["license"] == {
            "name": "CC BY 4.0",
            "url": "https://creativecommons.org/licenses/by/4.0/deed.ja",
        }
        assert [c["key"] for c in data["columns"]] == [c.key for c in columns]
        assert len(data["rows"]) == len(rows), dataset
        for csv_row, json_row in zip(rows, data["rows"], strict=True):
            assert list(json_row) == [c.key for c in columns]
            for column in columns:
                value, cell = json_row[column.key], csv_row[column.header]
                if column.type in ("integer", "number"):
                    assert value is None or isinstance(value, int | float), (dataset, column.key, value)
                    assert cell == (
                        "" if value is None else (str(value) if isinstance(value, int) else repr(value))
                    )
                else:
                    assert isinstance(value, str), (dataset, column.key)
                    assert cell in (value, "'" + value)


def test_csv_cells_that_a_spreadsheet_would_run_as_formulas_are_quoted():
    dataset = opendata.DATASETS["budget"]
    row = {
        "initiative_title": '=HYPERLINK("http://example.com")',
        "plan_title": "-",
        "amount": -5.0,
        "fy": 2024,
    }
    text = opendata.write_csv(dataset, [row]).decode("utf-8-sig")
    record = next(csv.DictReader(io.StringIO(text, newline="")))
    assert record["取組名"] == '\'=HYPERLINK("http://example.com")'
    assert record["計画名"] == "-"  # a lone dash is a blank as plans write it, not a formula
    assert record["金額"] == "-5" and record["年度"] == "2024"


# --- concrete values from the samples ------------------------------------------------------------------


def test_shibata_indicators_have_the_printed_actuals(client, plans):
    rows = rows_of(client, plans["shibata"].municipality, "indicators")
    mynumber = [r for r in rows if r["指標名"] == "マイナンバーカードの普及率"]
    actual_2023 = [r for r in mynumber if r["値の種類"] == "実績値" and r["年度"] == "2023"]
    assert len(actual_2023) == 1
    row = actual_2023[0]
    assert row["値"] == "80.7" and row["原文"] == "80.7%" and row["単位"] == "%" and row["出典"] == "計画"
    assert row["年度（和暦）"] == "令和5年度"
    assert row["団体コード"] == "152064" and row["自治体名"] == "新発田市" and row["番号"] == "12"
    target = [r for r in mynumber if r["値の種類"] == "目標値" and r["年度"] == "2023"]
    assert [r["値"] for r in target] == ["40"]
    # one fact per row: kind, year and value identify it
    keys = [
        (r["指標ID"], r["値の種類"], r["年度"], r["出典"])
        for r in rows
        if r["値の種類"] in ("目標値", "実績値")
    ]
    assert len(keys) == len(set(keys))


def test_nobeoka_yearly_targets_alone_give_the_last_years_target_as_the_final_marked_so(client, plans):
    """延岡市's plan prints 証明書交付件数 year by year (令和3–7年度, 12,000件 in 令和7年度) and no final target: the
    initiative page, the 進捗管理表 and the API show 12,000件（令和7年度）, the open data had no 最終目標 row. Same
    rule (``plans.models.final_target``); the row's 出典 says it is the last year's target, as the page notes it."""
    plan = plans["nobeoka"]
    rows = rows_of(client, plan.municipality, "indicators")
    convenience = [
        r for r in rows
        if r["指標名"] == "証明書交付件数" and r["取組名"].startswith("マイナンバーカードを利用した証明書等のコンビニ交付")
    ]  # fmt: skip
    targets = [(r["年度"], r["値"], r["出典"]) for r in convenience if r["値の種類"] == "目標値"]
    assert targets == [("2021", "8000", "計画"), ("2022", "9000", "計画"), ("2023", "10000", "計画"),
                       ("2024", "11000", "計画"), ("2025", "12000", "計画")]  # fmt: skip
    finals = [r for r in convenience if r["値の種類"] == "最終目標"]
    assert [(r["年度"], r["年度（和暦）"], r["値"], r["原文"], r["単位"], r["出典"]) for r in finals] == [
        ("2025", "令和7年度", "12000", "12,000件", "件", "最後の年度の目標値")
    ]
    assert convenience[-1] is finals[0]  # last of the indicator's facts, as ever
    terminal = [r for r in rows if r["指標名"] == "証明書交付件数" and r["取組名"] == "自動証明書交付端末の導入"]
    assert [(r["年度"], r["値"], r["出典"]) for r in terminal if r["値の種類"] == "最終目標"] == [
        ("2025", "360", "最後の年度の目標値")
    ]
    document = read_json(download(client, plan.municipality, "indicators", "json"))
    final = next(
        r for r in document["rows"] if r["indicator_id"] == finals[0]["指標ID"] and r["value_kind"] == "最終目標"
    )
    assert (final["fy"], final["value"], final["text"], final["source"]) == (2025, 12000, "12,000件", "最後の年度の目標値")

    # every indicator: the 最終目標 the page and the API show (Indicator.final_target), none where they show none
    shown = {}
    for indicator in Indicator.objects.filter(initiative__plan=plan).prefetch_related("values"):
        key = opendata.indicator_key(plan.pk, indicator.initiative_id, indicator.pk)
        if (final_target := indicator.final_target) is not None:
            origin = "計画" if final_target.stated else "最後の年度の目標値"
            shown[key] = (str(final_target.fy or ""), final_target.text, origin)
    written = {r["指標ID"]: (r["年度"], r["原文"], r["出典"]) for r in rows if r["値の種類"] == "最終目標"}
    assert written == {key: value for key, value in shown.items() if key in {r["指標ID"] for r in rows}}
    assert len([r for r in rows if r["値の種類"] == "最終目標"]) == len(written)  # one per indicator
    assert {origin for _, _, origin in written.values()} == {"最後の年度の目標値"}  # 延岡市's plan states none
    # a final the plan states keeps 出典 計画: 新発田市's オープンデータ公開件数 (10件 in 令和5年, 15件 by 令和8年度)
    stated = [
        r for r in rows_of(client, plans["shibata"].municipality, "indicators")
        if r["指標名"] == "オープンデータ公開件数" and r["値の種類"] == "最終目標"
    ]  # fmt: skip
    assert [(r["年度"], r["原文"], r["出典"]) for r in stated] == [
        ("2026", "令和8年度までに、推奨データセットに合わせた形式で公開件数15件を達成", "計画")
    ]


def test_onojo_budget_totals_per_year_equal_the_plans_table(client, plans):
    rows = rows_of(client, plans["onojo"].municipality, "budget")
    per_year: dict[int, Decimal] = defaultdict(Decimal)
    for row in rows:
        assert row["単位"] == "千円"
        if row["金額"]:
            per_year[int(row["年度"])] += Decimal(row["金額"])
    # 大野城市 2.4 取組に係る経費, 計 row: R4 48,100 / R5 278,100 / R6 249,100 / R7 665,100 (千円)
    assert dict(per_year) == {2022: 48100, 2023: 278100, 2024: 249100, 2025: 665100}
    assert sum(per_year.values()) == 1240400


def test_nobeoka_initiatives_have_stable_ids_though_the_plan_numbers_none(client, plans):
    plan = plans["nobeoka"]
    rows = rows_of(client, plan.municipality, "initiatives")
    assert len(rows) == 81
    assert all(r["番号"] == "" for r in rows)
    assert len({r["取組ID"] for r in rows}) == 81
    assert [r["表示順"] for r in rows] == [str(n) for n in range(1, 82)]
    first = rows[0]
    assert first["取組ID"] == f"P{plan.pk}-I{plan.initiatives.order_by('position').first().pk}"
    assert any(r["担当課"] == "情報政策課" for r in rows)
    assert any("／" in r["担当課"] for r in rows), "several departments are joined with ／"
    assert {r["区分"] for r in rows} <= {"国", "市", ""} and {"国", "市"} <= {r["区分"] for r in rows}
    assert any(r["重点"].startswith("重点施策") for r in rows)
    assert all(" > " in r["施策体系"] for r in rows if r["施策体系"].count(">") > 0)


def test_a_towns_own_initiatives_are_marked_as_its_plan_and_pages_mark_them(client, plans):
    """区分 as the plan says it: a 町 that publishes 延岡市's kind of plan marks its own initiatives 「町」."""
    plan = parse(SAMPLES / "nobeoka.txt")
    plan["municipality"] = {"name": "高千穂町", "code": None}
    town = load_plan(plan).plan
    assert town.municipality.name == "高千穂町"
    rows = rows_of(client, town.municipality, "initiatives")
    assert {r["区分"] for r in rows} == {"国", "町"}
    assert sum(r["区分"] == "町" for r in rows) == sum(r["区分"] == "市" for r in rows_of(client, plans["nobeoka"].municipality, "initiatives"))


def test_hita_reposts_point_at_the_original_initiative(client, plans):
    rows = rows_of(client, plans["hita"].municipality, "initiatives")
    ids = {r["取組ID"] for r in rows}
    reposts = [r for r in rows if r["再掲元の取組ID"]]
    assert reposts, "日田市 lists initiatives again (再掲)"
    assert all(r["再掲元の取組ID"] in ids for r in reposts)


def test_izunokuni_schedule_keeps_half_years(client, plans):
    rows = rows_of(client, plans["izunokuni"].municipality, "schedule")
    assert {r["半期"] for r in rows} >= {"前期", "後期"}
    assert all(re.fullmatch(r"20\d\d", r["年度"]) for r in rows)


# --- keys stay stable --------------------------------------------------------------------------------


def test_keys_are_stable_across_exports_and_reimports(client, plans):
    plan = plans["shibata"]
    municipality = plan.municipality
    before = {d: download(client, municipality, d, "csv").content for d in DATASETS}
    again = {d: download(client, municipality, d, "csv").content for d in DATASETS}
    assert before == again

    assert not load_plan(parse(SAMPLES / "shibata.txt")).has_changes
    assert {d: download(client, municipality, d, "csv").content for d in DATASETS} == before

    # a revision that drops the first initiative and reverses the order: the others keep their ids
    original = parse(SAMPLES / "shibata.txt")
    ids = {r["番号"]: r["取組ID"] for r in read_csv(download(client, municipality, "initiatives", "csv"))}
    revised = dict(original, initiatives=list(reversed(original["initiatives"][1:])))
    load_plan(revised)
    rows = rows_of(client, municipality, "initiatives")
    assert len(rows) == len(ids) - 1
    assert all(ids[r["番号"]] == r["取組ID"] for r in rows)
    dropped = original["initiatives"][0]["code"]
    assert dropped not in {r["番号"] for r in rows}, "retired initiatives are not in the current plan"
    # ... but its published reports stay published, under the same id
    reports = rows_of(client, municipality, "reports")
    assert {r["取組ID"] for r in reports if r["番号"] == dropped} == {ids[dropped]}
    indicator_ids = {r["指標ID"] for r in rows_of(client, municipality, "indicators")}
    assert all(i.startswith(tuple(r["取組ID"] + "-K" for r in rows)) for i in indicator_ids)


def test_nobeoka_ids_survive_a_reimport_matched_by_title(client, plans):
    municipality = plans["nobeoka"].municipality
    before = rows_of(client, municipality, "initiatives")
    original = parse(SAMPLES / "nobeoka.txt")
    load_plan(dict(original, initiatives=original["initiatives"][::-1]))
    after = {r["取組名"]: r["取組ID"] for r in rows_of(client, municipality, "initiatives")}
    assert {r["取組名"]: r["取組ID"] for r in before} == after


# --- only published progress ----------------------------------------------------------------------------


def test_reports_of_the_demo_rounds_with_the_computed_grade(client, plans):
    municipality = plans["shibata"].municipality
    reports = rows_of(client, municipality, "reports")
    assert len(reports) == 32 + 32 + 34  # 【新】 initiatives only from their first printed actual
    assert {r["年度"] for r in reports} == {"2021", "2022", "2023"}
    mine = [r for r in reports if r["年度"] == "2023" and r["番号"] == "12"]
    assert len(mine) == 1
    row = mine[0]
    assert (row["評価"], row["算定評価"], row["評価の名称"], row["進捗状況"]) == (
        "A",
        "A",
        "目標を上回る",
        "実施中",
    )
    assert row["回の名称"] == "令和5年度の実績" and re.fullmatch(r"\d{4}-\d\d-\d\d", row["公表日"])

    rates = rows_of(client, municipality, "report_indicators")
    rate = [r for r in rates if r["年度"] == "2023" and r["指標名"] == "マイナンバーカードの普及率"]
    assert len(rate) == 1
    assert (rate[0]["目標値"], rate[0]["実績値"], rate[0]["達成率（%）"]) == ("40", "80.7", "201.8")
    assert rate[0]["目標値の出典"] == "計画" and rate[0]["実績値の出典"] == "計画"
    assert rate[0]["指標ID"] == next(
        r["指標ID"]
        for r in rows_of(client, municipality, "indicators")
        if r["指標名"] == "マイナンバーカードの普及率"
    )


def test_unpublished_rounds_and_reports_are_not_open_data(client, plans):
    plan = plans["shibata"]
    municipality = plan.municipality
    # an open round (2024), with a report written but nothing published
    open_round = services.open_round(plan, 2024, date(2025, 5, 31))
    report = open_round.reports.order_by("pk").first()
    report.status, report.achievements = "in_progress", "秘密の下書き"
    report.save()
    # a closed round (2025) where only one report was published
    closed = services.open_round(plan, 2025, date(2026, 5, 31))
    Report.objects.filter(round=closed).update(state=Report.State.APPROVED, achievements="公表前の内容")
    services.close_round(closed)
    chosen = closed.reports.order_by("pk").first()
    services.publish_round(closed, reports=[chosen])
    # and 2021 taken back
    services.unpublish_round(plan.rounds.get(fy=2021))

    reports = rows_of(client, municipality, "reports")
    years = defaultdict(int)
    for row in reports:
        years[row["年度"]] += 1
    assert dict(years) == {"2022": 32, "2023": 34, "2025": 1}
    text = download(client, municipality, "reports", "csv").content.decode("utf-8-sig")
    assert "秘密の下書き" not in text
    assert text.count("公表前の内容") == 1
    assert {r["年度"] for r in rows_of(client, municipality, "report_indicators")} <= {"2022", "2023", "2025"}
    recorded = [r for r in rows_of(client, municipality, "indicators") if r["出典"] == "進捗報告"]
    assert recorded == []
    page = client.get(reverse("opendata", args=[municipality.pk])).content.decode()
    assert "秘密の下書き" not in page


def test_actuals_recorded_in_published_reports_join_the_indicator_facts(client, plans):
    plan = plans["shibata"]
    round_ = services.open_round(plan, 2024, date(2025, 5, 31))
    report = round_.reports.get(initiative__code="12")
    indicator = report.initiative.indicators.get(name="マイナンバーカードの普及率")
    services.save_report(report, version=report.version, fields={"status": "in_progress"},
                         actuals={indicator.pk: (85.2, "85.2%", "")})  # fmt: skip
    Report.objects.filter(pk=report.pk).update(state=Report.State.APPROVED)
    services.close_round(round_)
    rows = [
        r
        for r in rows_of(client, plan.municipality, "indicators")
        if r["指標名"] == "マイナンバーカードの普及率"
    ]
    assert not [r for r in rows if r["年度"] == "2024" and r["値の種類"] == "実績値"]  # closed, not published
    services.publish_round(round_)
    rows = [
        r
        for r in rows_of(client, plan.municipality, "indicators")
        if r["指標名"] == "マイナンバーカードの普及率"
    ]
    recorded = [r for r in rows if r["年度"] == "2024" and r["値の種類"] == "実績値"]
    assert [(r["値"], r["原文"], r["出典"]) for r in recorded] == [("85.2", "85.2%", "進捗報告")]
    rates = rows_of(client, plan.municipality, "report_indicators")
    mine = [r for r in rates if r["年度"] == "2024" and r["指標名"] == "マイナンバーカードの普及率"]
    assert mine[0]["実績値の出典"] == "進捗報告"


# --- per plan, Plan JSON ---------------------------------------------------------------------------------


def test_plan_datasets_hold_only_that_plan(client, plans):
    onojo = plans["onojo"]
    extra = load_plan(multiply(parse(SAMPLES / "onojo.txt"), 1, title_suffix="（改訂版）")).plan
    all_rows = rows_of(client, onojo.municipality, "initiatives")
    assert len(all_rows) == onojo.initiatives.count() + extra.initiatives.count()
    mine = rows_of(client, onojo, "initiatives")
    assert {r["計画ID"] for r in mine} == {str(onojo.pk)}
    assert len(mine) == onojo.initiatives.count()
    response = download(client, onojo, "budget", "json")
    assert read_json(response)["plan"] == {"id": onojo.pk, "title": onojo.title}
    # its last change at Japan's local time, as every date of the data (it was written in UTC, 「+00:00」)
    # to the second, as docs/opendata.md shows it (「2025-06-01T10:15:00+09:00」; it carried microseconds)
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+09:00", read_json(response)["last_modified"])
    assert response["Content-Disposition"] == f'attachment; filename="402192_plan{onojo.pk}_budget.json"'


@pytest.mark.parametrize("layout", ["nobeoka", "onojo", "hita", "izunokuni", "shibata"])
def test_plan_json_download_parses_back_to_the_plan(client, plans, layout):
    plan = plans[layout]
    response = client.get(reverse("plan-json", args=[plan.pk]))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json; charset=utf-8"
    disposition = response["Content-Disposition"]
    assert disposition.startswith(f"attachment; filename=\"plan-{plan.pk}.json\"; filename*=UTF-8''")
    name = unquote(disposition.split("filename*=UTF-8''", 1)[1])
    assert name == f"{plan.named('_')}.json".replace("/", "_")
    assert not name.startswith(f"{plan.municipality.name}_{plan.municipality.name}")  # the name once
    again = parse(response.content, filename="download.json")
    read_from = again["plan"]["source"].pop("file")  # the file read names itself beside the plan's own document
    assert (read_from["filename"], read_from["layout"]) == ("download.json", "planjson")
    assert again == parse(SAMPLES / f"{layout}.txt")


# --- the page -----------------------------------------------------------------------------------------------


def text_of(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def test_page_lists_every_dataset_with_counts_licence_and_update(client, plans):
    municipality = plans["shibata"].municipality
    response = client.get(reverse("opendata", args=[municipality.pk]))
    assert response.status_code == 200
    html = response.content.decode()
    page = text_of(html)
    assert "新発田市" in page and "152064" in page
    for key, dataset in opendata.DATASETS.items():
        n = len(rows_of(client, municipality, key))
        assert re.search(rf"{re.escape(dataset.title)} {key} .*? {n:,} ", page), key
        for fmt in ("csv", "json"):
            assert f'href="{reverse("opendata-dataset", args=[municipality.pk, key, fmt])}"' in html
            assert f'href="{reverse("opendata-plan-dataset", args=[plans["shibata"].pk, key, fmt])}"' in html
    assert f'href="{reverse("plan-json", args=[plans["shibata"].pk])}"' in html
    # licence with its link, attribution and the last update in 和暦 and 西暦
    assert '<a href="https://creativecommons.org/licenses/by/4.0/deed.ja" rel="license">CC BY 4.0</a>' in html
    assert "出典：新潟県新発田市「計画と進捗のオープンデータ」（http://testserver/municipalities/" in page
    assert re.search(r"最終更新 令和\d+年\d+月\d+日（\d{4}-\d\d-\d\d）", page)


def test_page_is_accessible(client, plans):
    html = client.get(reverse("opendata", args=[plans["onojo"].municipality.pk])).content.decode()
    assert '<html lang="ja">' in html
    assert html.count("<h1>") == 1
    tables = re.findall(r"<table.*?</table>", html, flags=re.S)
    assert tables
    for table in tables:
        assert "<caption" in table
        assert '<th scope="col"' in table and '<th scope="row"' in table
    # every download link names its dataset for screen readers
    for link in re.findall(r'<a href="[^"]+\.(?:csv|json)"[^>]*>(.*?)</a>', html, flags=re.S):
        assert re.search(r'<span class="visually-hidden">（.+）</span>', link), link
    for region in re.findall(r'role="region"[^>]*', html):
        assert "aria-label" in region


def test_licence_comes_from_the_settings_and_may_differ_per_municipality(client, plans, settings):
    settings.SHINCHOKU_OPEN_DATA_LICENSE = {
        "name": "公共データ利用規約（第1.0版）",
        "url": "https://example.jp/terms",
    }
    settings.SHINCHOKU_OPEN_DATA_LICENSES = {"402192": {"name": "CC0 1.0", "url": "https://creativecommons.org/publicdomain/zero/1.0/deed.ja", "attribution": "{municipality}のデータ"}}  # fmt: skip
    shibata, onojo = plans["shibata"].municipality, plans["onojo"].municipality
    html = client.get(reverse("opendata", args=[shibata.pk])).content.decode()
    assert '<a href="https://example.jp/terms" rel="license">公共データ利用規約（第1.0版）</a>' in html
    assert (
        read_json(download(client, shibata, "initiatives", "json"))["license"]["name"]
        == "公共データ利用規約（第1.0版）"
    )
    data = read_json(download(client, onojo, "initiatives", "json"))
    assert data["license"]["name"] == "CC0 1.0" and data["attribution"] == "福岡県大野城市のデータ"
    assert "CC0 1.0" in client.get(reverse("opendata", args=[onojo.pk])).content.decode()


def test_unknown_things_are_404(client, plans):
    municipality = plans["shibata"].municipality
    assert client.get(f"/municipalities/{municipality.pk}/opendata/nothing.csv").status_code == 404
    assert client.get(f"/municipalities/{municipality.pk}/opendata/initiatives.xml").status_code == 404
    assert client.get("/municipalities/999999/opendata/").status_code == 404
    assert client.get("/municipalities/999999/opendata/initiatives.csv").status_code == 404
    assert client.get("/plans/999999/opendata/initiatives.csv").status_code == 404
    assert client.get("/plans/999999/plan.json").status_code == 404
    assert client.post(f"/municipalities/{municipality.pk}/opendata/initiatives.csv").status_code == 405


# --- conditional GET and query counts ------------------------------------------------------------------------


@pytest.mark.parametrize("dataset", ["initiatives", "reports"])
def test_conditional_get_answers_304_until_the_data_changes(client, plans, dataset):
    municipality = plans["shibata"].municipality
    first = download(client, municipality, dataset, "csv")
    etag, modified = first["ETag"], first["Last-Modified"]
    assert etag and modified
    assert download(client, municipality, dataset, "csv", HTTP_IF_NONE_MATCH=etag).status_code == 304
    assert download(client, municipality, dataset, "csv", HTTP_IF_MODIFIED_SINCE=modified).status_code == 304
    other_format = download(client, municipality, dataset, "json", HTTP_IF_NONE_MATCH=etag)
    assert other_format.status_code == 200
    head = client.head(reverse("opendata-dataset", args=[municipality.pk, dataset, "csv"]))
    assert head.status_code == 200 and head["ETag"] == etag

    original = parse(SAMPLES / "shibata.txt")
    first_item = original["initiatives"][0]
    load_plan(
        dict(
            original,
            initiatives=[
                dict(first_item, title=first_item["title"] + "（改）"),
                *original["initiatives"][1:],
            ],
        )
    )
    changed = download(client, municipality, dataset, "csv", HTTP_IF_NONE_MATCH=etag)
    assert changed.status_code == 200 and changed["ETag"] != etag
    assert "（改）" in changed.content.decode("utf-8-sig")


def test_plan_json_answers_304(client, plans):
    url = reverse("plan-json", args=[plans["hita"].pk])
    first = client.get(url)
    assert client.get(url, HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 304


def _publish_a_round(plan: Plan, fy: int) -> None:
    round_ = services.open_round(plan, fy, date(fy + 1, 5, 31))
    round_.reports.update(state=Report.State.APPROVED, status="in_progress")
    services.close_round(round_)
    services.publish_round(round_)


def _queries(client, url: str) -> int:
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(url).status_code == 200
    return len(ctx.captured_queries)


def test_downloads_take_a_fixed_number_of_queries(client, plans):
    """新発田市 (KPIs with printed actuals), given a budget and a published round, against itself × 10."""
    municipality = plans["shibata"].municipality
    municipality_urls = [reverse("opendata", args=[municipality.pk])] + [
        reverse("opendata-dataset", args=[municipality.pk, d, fmt])
        for d in DATASETS
        for fmt in ("csv", "json")
    ]
    before = [_queries(client, url) for url in municipality_urls]

    data = parse(SAMPLES / "shibata.txt")
    for n, item in enumerate(data["initiatives"]):
        item["budget"] = [{"fy": 2024, "amount": 1000 + n, "unit": "千円"}]
    sample = load_plan(multiply(data, 1, title_suffix="（経費つき）")).plan
    big = load_plan(multiply(data, 10, title_suffix="（10倍）")).plan
    assert big.initiatives.count() == 10 * sample.initiatives.count()
    _publish_a_round(sample, 2023)
    _publish_a_round(big, 2023)
    for dataset in DATASETS:
        for fmt in ("csv", "json"):
            counts = []
            for plan in (sample, big):
                with CaptureQueriesContext(connection) as ctx:
                    response = download(client, plan, dataset, fmt)
                assert response.status_code == 200 and len(response.content) > 500, (dataset, plan)
                counts.append(len(ctx.captured_queries))
            assert counts[0] == counts[1] <= 10, (dataset, fmt, counts)
    # the municipality's files and page: as many queries with three plans (43 + 43 + 430 initiatives) as with one
    assert [_queries(client, url) for url in municipality_urls] == before
    assert before[0] <= 20


# --- helpers ---------------------------------------------------------------------------------------------------


def test_the_field_dictionary_documents_every_column():
    doc = (ROOT / "docs" / "opendata.md").read_text(encoding="utf-8")
    sections = re.split(r"^## ", doc, flags=re.M)
    for key, dataset in opendata.DATASETS.items():
        section = next(
            (s for s in sections if s.startswith(f"`{key}`") or f"`{key}.csv`" in s.split("\n")[0]), None
        )
        assert section is not None, f"docs/opendata.md has no section for {key}"
        for column in dataset.columns:
            assert re.search(
                rf"^\| {re.escape(column.header)} \| `{column.key}` \| {column.type} \|", section, re.M
            ), (
                key,
                column.key,
            )
    assert "SHINCHOKU_OPEN_DATA_LICENSE" in doc and "SHINCHOKU_OPEN_DATA_LICENSES" in doc
