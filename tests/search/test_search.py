"""Search and similar initiatives over the five sample plans: index upkeep, pages, API, command line."""

from __future__ import annotations

import copy
from datetime import date, timedelta

import pytest
from django.core.management import call_command
from django.db import connection
from django.db.models import Count, Sum
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from shinchoku.importers import parse
from shinchoku.plans.loader import load_plan
from shinchoku.plans.models import Initiative
from shinchoku.progress import services
from shinchoku.progress.models import Report
from shinchoku.search import indexer
from shinchoku.search.models import IndexStats, Posting, SearchDocument
from shinchoku.search.service import Filters, search, similar
from tests.web.conftest import SAMPLES

pytestmark = pytest.mark.django_db


def initiative(municipality: str, title: str) -> Initiative:
    return Initiative.objects.select_related("plan").get(plan__municipality__name=municipality, title=title)


def similar_titles(item: Initiative) -> list[tuple[str, str]]:
    return [(c.municipality.name, c.initiative.title) for c in similar(item)]


# --- the index -------------------------------------------------------------------------------------


def test_import_indexes_every_current_initiative(plans):
    assert SearchDocument.objects.count() == Initiative.objects.filter(retired_at__isnull=True).count() == 250
    stats = IndexStats.objects.get(pk=1)
    assert stats.documents == 250
    # Title words weigh three times, summary words twice.
    item = initiative("日田市", "書かない窓口の推進")
    tf = dict(Posting.objects.filter(initiative=item).values_list("term", "tf"))
    assert tf["書く"] == 3 and tf["窓口"] == 3 + 2 * 1


def test_reimporting_an_unchanged_plan_reindexes_nothing(plans):
    assert indexer.index_plan(plans["hita"].pk).indexed == 0
    report = indexer.index_plan(plans["hita"].pk)
    assert (report.indexed, report.unchanged, report.removed) == (0, 65, 0)


def test_reimport_reindexes_only_the_changed_initiative_and_drops_retired_ones(plans):
    data = parse(SAMPLES / "hita.txt")
    before = dict(
        SearchDocument.objects.filter(initiative__plan=plans["hita"]).values_list("pk", "indexed_at")
    )
    changed = copy.deepcopy(data)
    target = next(i for i in changed["initiatives"] if i["title"] == "ペーパーレス化の推進")
    target["summary"] += "会議資料を電子化し、紙の使用量を半減させる。"
    dropped = changed["initiatives"].pop(
        next(n for n, i in enumerate(changed["initiatives"]) if i["code"] == "4-4-1")
    )
    load_plan(changed)

    after = dict(
        SearchDocument.objects.filter(initiative__plan=plans["hita"]).values_list("pk", "indexed_at")
    )
    paperless = initiative("日田市", "ペーパーレス化の推進")
    open_data = initiative("日田市", dropped["title"])
    assert {pk for pk in after if after[pk] != before.get(pk)} == {paperless.pk}
    assert open_data.pk not in after and open_data.retired_at is not None
    assert Posting.objects.filter(initiative=paperless, term="半減").exists()
    assert not Posting.objects.filter(initiative=open_data).exists()
    assert (("日田市", "オープンデータの推進") not in
            [(c.municipality.name, c.initiative.title) for c in search("オープンデータ", limit=20).results])  # fmt: skip
    assert IndexStats.objects.get(pk=1).documents == 249


def test_the_collection_statistics_move_with_every_import_edit_and_deletion_as_a_recount_says(plans):
    """N and the summed length BM25 reads are moved by each change, not recounted from every document
    after each plan (a national load); after a re-import, an edit and a plan deleted they are the recount."""

    def recounted() -> tuple[int, int]:
        totals = SearchDocument.objects.aggregate(n=Count("pk"), total=Sum("length"))
        return totals["n"], totals["total"]

    def kept() -> tuple[int, int]:
        stats = IndexStats.objects.get(pk=1)
        return stats.documents, stats.total_length

    assert kept() == recounted() and kept()[0] == 250
    changed = parse(SAMPLES / "hita.txt")
    target = next(i for i in changed["initiatives"] if i["title"] == "ペーパーレス化の推進")
    target["summary"] += "会議資料を電子化し、紙の使用量を半減させる。"
    changed["initiatives"] = [i for i in changed["initiatives"] if i["code"] != "4-4-1"]
    with CaptureQueriesContext(connection) as queries:
        load_plan(changed)
    documents = SearchDocument._meta.db_table
    assert not [q for q in queries.captured_queries if "SUM(" in q["sql"] and documents in q["sql"]]
    assert kept() == recounted() and kept()[0] == 249
    plans["onojo"].delete()
    assert kept() == recounted() and kept()[0] == 249 - 30


def test_a_dry_run_leaves_the_index_alone(plans):
    data = parse(SAMPLES / "onojo.txt")
    data["initiatives"][0]["title"] = "量子コンピュータの検討"
    load_plan(data, dry_run=True)
    assert not Posting.objects.filter(term="量子").exists()


def test_reindex_command_rebuilds_the_index(plans, capsys):
    Posting.objects.all().delete()
    SearchDocument.objects.all().delete()
    assert search("テレワーク").total == 0
    call_command("reindex")
    assert "索引を更新: 250 件" in capsys.readouterr().out
    assert search("テレワーク").total == 7


# --- search ----------------------------------------------------------------------------------------


def test_filters_narrow_the_results(plans):
    everywhere = search("窓口", limit=50)
    assert {c.municipality.name for c in everywhere.results} == {
        "日田市",
        "伊豆の国市",
        "延岡市",
        "大野城市",
        "新発田市",
    }
    fukuoka = search("窓口", Filters(prefecture="福岡県"), limit=50)
    assert {c.municipality.name for c in fukuoka.results} == {"大野城市"}
    with_kpi = search("窓口", Filters(has_kpi=True), limit=50)
    assert with_kpi.total < everywhere.total and all(c.kpis for c in with_kpi.results)
    municipality = plans["shibata"].municipality_id
    assert {
        c.municipality.name for c in search("窓口", Filters(municipality=municipality), limit=50).results
    } == {"新発田市"}
    # Plan periods: 日田市 2023–2027, 新発田市 2024–2026, 大野城市 2022–2025, 延岡市 2021–2025, 伊豆の国市 none.
    in_2026 = {c.municipality.name for c in search("窓口", Filters(fiscal_year=2026), limit=50).results}
    assert in_2026 == {"日田市", "新発田市"}


def test_has_results_finds_plan_printed_actuals(plans):
    """新発田市's plan prints actuals (R3, R4) for its KPIs: those initiatives have results."""
    page = search("オンライン", Filters(has_results=True), limit=50)
    assert page.results and {c.municipality.name for c in page.results} <= {
        "新発田市",
        "伊豆の国市",
        "延岡市",
        "大野城市",
        "日田市",
    }
    assert all(any(k.actual for k in c.kpis) for c in page.results)


def test_results_show_municipality_plan_departments_and_kpis(plans):
    card = next(c for c in search("コンビニ交付", limit=10).results if c.municipality.name == "延岡市")
    assert card.plan.title == "延岡市情報政策推進計画 アクションプラン"
    assert card.departments == ["市民課"]
    kpi = card.kpis[0]
    assert kpi.name == "証明書交付件数"
    assert kpi.target is not None and kpi.target.text


def test_only_published_reports_show_actuals_and_grades(plans):
    nobeoka = plans["nobeoka"]
    round_ = services.open_round(nobeoka, 2024, date.today() + timedelta(days=30))
    report = round_.reports.get(
        initiative__title__startswith="マイナンバーカードを利用した証明書等のコンビニ交付"
    )
    indicator = report.initiative.indicators.get()
    services.save_report(report, version=report.version, fields={"status": "in_progress"},
                         actuals={indicator.pk: (12345.0, "", "")})  # fmt: skip

    def card():
        return next(
            c for c in search("コンビニ交付", limit=10).results if c.initiative.pk == report.initiative_id
        )

    assert card().kpis[0].actual is None or card().kpis[0].actual.text != "12,345件"
    assert card().grade is None
    services.close_round(round_)
    report.refresh_from_db()
    report.review_grade, report.state = "A", Report.State.APPROVED  # submitted and approved: only then published
    report.save(update_fields=["review_grade", "state"])
    assert card().grade is None  # closed, not yet published
    services.publish_round(round_, reports=[report])
    shown = card()
    assert (shown.kpis[0].actual.fy, shown.kpis[0].actual.text) == (2024, "12,345件")
    assert (shown.grade.fy, shown.grade.code) == (2024, "A")
    assert search("コンビニ交付", Filters(has_results=True), limit=50).total >= 1


def test_pagination_covers_every_result_once(plans):
    first = search("システム", limit=20)
    second = search("システム", limit=20, offset=20)
    assert first.total == second.total > 40
    assert not {c.initiative.pk for c in first.results} & {c.initiative.pk for c in second.results}
    beyond = search("システム", limit=20, offset=10_000)
    assert beyond.results == [] and beyond.total == first.total


def test_nothing_to_search_for_finds_nothing(plans):
    assert search("").total == 0
    assert search("。、の").total == 0
    assert search("量子コンピュータ").total == 0


# --- similar initiatives ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("source", "expected_top"),
    [
        # GIGAスクール: 日田市's school tablets share words with every tablet-for-staff initiative.
        (("日田市", "ICT教育環境の整備"), ("延岡市", "教職員のICT活用指導力の向上")),
        # デジタルデバイド: "デジタル" is in half the plans' titles.
        (("伊豆の国市", "デジタルデバイドの解消"), ("延岡市", "スマホ教室及びデジタル相談会の開催")),
        (
            ("日田市", "デジタル技術を活用するための利用者支援の実施"),
            ("伊豆の国市", "デジタルデバイドの解消"),
        ),
        # 公衆Wi-Fi: 公衆無線LAN in one plan, Wi-Fi in another.
        (("新発田市", "防災拠点等における公衆無線LAN環境の整備"), ("延岡市", "公衆無線LANの整備拡大")),
        # ペーパーレス: tablets again.
        (
            ("日田市", "ペーパーレス化の推進"),
            ("延岡市", "タブレット・PCの活用やネット環境の整備によるペーパーレス化の推進"),
        ),
    ],
)
def test_the_most_similar_initiative_of_another_municipality_is_on_the_same_theme(
    plans, source, expected_top
):
    assert similar_titles(initiative(*source))[0] == expected_top


def test_similar_initiatives_are_five_of_other_municipalities(plans):
    item = initiative("日田市", "公共施設等へのWi-Fi環境の整備")
    found = similar(item)
    assert len(found) == 5
    assert all(c.municipality.name != "日田市" for c in found)
    titles = [(c.municipality.name, c.initiative.title) for c in found]
    assert ("延岡市", "公衆無線LANの整備拡大") in titles
    assert ("新発田市", "防災拠点等における公衆無線LAN環境の整備") in titles


# --- pages -----------------------------------------------------------------------------------------


def test_every_page_has_the_search_box(client, plans):
    html = client.get(reverse("home")).content.decode()
    assert 'role="search"' in html and '<label for="site-search-q">取組を検索</label>' in html


def test_search_page_lists_results_with_filters_and_pages(client, plans):
    response = client.get(reverse("search"), {"q": "システム"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "「システム」: " in html and "（1〜20件目）" in html
    assert '<ol class="cards" start="1">' in html
    assert '<label for="id_prefecture">都道府県</label>' in html
    assert 'rel="next"' in html and "page=2" in html
    second = client.get(reverse("search"), {"q": "システム", "page": 2}).content.decode()
    assert "（21〜40件目）" in second and '<ol class="cards" start="21">' in second


def test_search_page_shows_kpi_target_and_department(client, plans):
    html = client.get(reverse("search"), {"q": "マイナンバーカード 取得率"}).content.decode()
    assert "担当課: 市民課" in html
    assert '<th scope="row">取得率（%）</th>' in html


def test_bad_filter_values_get_a_japanese_message_not_an_error(client, plans):
    response = client.get(reverse("search"), {"q": "窓口", "municipality": "abc", "fy": "9999", "page": "-1"})
    assert response.status_code == 200
    assert "正しく選択してください" in response.content.decode()
    # A municipality is chosen within a prefecture.
    shibata = plans["shibata"].municipality
    response = client.get(
        reverse("search"), {"q": "窓口", "prefecture": "新潟県", "municipality": shibata.pk}
    )
    html = response.content.decode()
    assert f'<option value="{shibata.pk}" selected>新潟県新発田市</option>' in html
    mentions = [
        i for i in Initiative.objects.filter(plan=plans["shibata"]).prefetch_related("indicators")
        if "窓口" in i.title + i.summary + i.actions + "".join(k.name for k in i.indicators.all())
    ]  # fmt: skip
    assert len(mentions) >= 4
    assert f"「窓口」: {len(mentions)}件" in html


def test_initiative_page_shows_similar_initiatives_of_other_municipalities(client, plans):
    item = initiative("伊豆の国市", "デジタルデバイドの解消")
    html = client.get(reverse("initiative", args=[item.pk])).content.decode()
    assert "他自治体の類似取組" in html
    top = initiative("延岡市", "スマホ教室及びデジタル相談会の開催")
    assert f'href="{reverse("initiative", args=[top.pk])}"' in html


# --- API and command line --------------------------------------------------------------------------


def test_api_search_is_paginated_and_names_plan_and_municipality(client, plans):
    body = client.get("/api/v1/search", {"q": "書かない窓口", "limit": 3}).json()
    assert body["count"] >= 5 and len(body["items"]) == 3
    top = {(i["municipality"]["name"], i["title"]) for i in body["items"]}
    assert ("日田市", "書かない窓口の推進") in top
    item = next(i for i in body["items"] if i["title"] == "書かない窓口の推進")
    assert item["plan"]["title"] == "第4次日田市情報化基本計画 年次計画編"
    assert item["departments"] and set(item) >= {"id", "summary", "kpis", "grade", "score"}
    more = client.get("/api/v1/search", {"q": "書かない窓口", "limit": 3, "offset": 3}).json()
    assert not {i["id"] for i in body["items"]} & {i["id"] for i in more["items"]}


def test_api_search_refuses_bad_input_in_japanese(client, plans):
    response = client.get("/api/v1/search", {"q": "", "limit": 1000})
    assert response.status_code == 422
    assert response.json()["detail"].startswith("入力が正しくありません")


def test_api_similar(client, plans):
    item = initiative("新発田市", "防災拠点等における公衆無線LAN環境の整備")
    body = client.get(f"/api/v1/initiatives/{item.pk}/similar").json()
    assert len(body) == 5
    assert (body[0]["municipality"]["name"], body[0]["title"]) == ("延岡市", "公衆無線LANの整備拡大")
    assert client.get("/api/v1/initiatives/999999999/similar").status_code == 404


def test_api_similar_answers_for_an_initiative_that_left_the_plan_as_its_page_does(client, plans):
    """GET /initiatives/{id} answers for a retired initiative (in_plan false); its similar initiatives answered 404.
    They answer as its web page shows them: none, it having left the search index."""
    data = parse(SAMPLES / "hita.txt")
    dropped = data["initiatives"].pop(next(n for n, i in enumerate(data["initiatives"]) if i["code"] == "4-4-1"))
    load_plan(data)
    retired = initiative("日田市", dropped["title"])
    assert retired.retired_at is not None
    assert client.get(f"/api/v1/initiatives/{retired.pk}").json()["in_plan"] is False
    response = client.get(f"/api/v1/initiatives/{retired.pk}/similar")
    assert response.status_code == 200 and response.json() == []
    page = client.get(reverse("initiative", args=[retired.pk])).content.decode()
    assert "他の自治体の計画に類似する取組は見つかりませんでした。" in page


def test_search_command(plans, capsys):
    call_command("search", "書かない窓口", "--limit", "3")
    out = capsys.readouterr().out
    assert out.startswith("「書かない窓口」: ")
    assert "日田市 「第4次日田市情報化基本計画 年次計画編」 1-2-1 書かない窓口の推進" in out


def test_similar_costs_a_fixed_number_of_queries(plans):
    counts = []
    for title in ("ICT教育環境の整備", "オンライン申請対応手続の拡大"):
        item = initiative("日田市", title)
        with CaptureQueriesContext(connection) as ctx:
            similar(item)
        counts.append(len(ctx.captured_queries))
    # ranking 3, the national-plan items of the candidates 1, the five cards 6
    assert counts[0] == counts[1] <= 10, counts


def test_cards_show_actuals_with_their_unit_and_a_changed_grade_with_its_label(client, plans):
    """A walk of a round: the cards showed 「9,350（R6）」 beside 「12,000件（R7）」, and a grade the plan office changed
    (C→B, with a reason) as a bare 「B」 (the API's ``"label": ""``) — in the results, the similar box and the API."""
    round_ = services.open_round(plans["nobeoka"], 2024, date.today() + timedelta(days=30))
    report = round_.reports.get(
        initiative__title__startswith="マイナンバーカードを利用した証明書等のコンビニ交付"
    )
    indicator = report.initiative.indicators.get()
    assert indicator.unit == "件"
    services.save_report(report, version=report.version, fields={"status": "in_progress"},
                         actuals={indicator.pk: (9350.0, "", "")})  # fmt: skip
    report.refresh_from_db()
    services.override_grade(report, None, "B", "年度末の申請増を考慮")
    services.close_round(round_)
    report.refresh_from_db()
    assert (report.evaluation["computed_grade"], report.final_grade) == ("C", "B")
    report.state = Report.State.APPROVED
    report.save(update_fields=["state"])
    services.publish_round(round_, reports=[report])

    card = next(c for c in search("コンビニ交付", limit=10).results if c.initiative.pk == report.initiative_id)
    assert (card.kpis[0].actual.fy, card.kpis[0].actual.text) == (2024, "9,350件")
    assert (card.grade.code, card.grade.label) == ("B", "目標どおり")

    html = client.get(reverse("search"), {"q": "コンビニ交付"}).content.decode()
    assert "9,350件（R6）" in html and "令和6年度（2024）の評価: B（目標どおり）" in html

    other = next(
        c.initiative
        for c in search("コンビニ交付", limit=20).results
        if c.municipality.name != "延岡市" and report.initiative_id in {s.initiative.pk for s in similar(c.initiative)}
    )
    html = client.get(reverse("initiative", args=[other.pk])).content.decode()
    assert "他自治体の類似取組" in html and "9,350件（R6）" in html and "B（目標どおり）" in html

    body = client.get("/api/v1/search", {"q": "コンビニ交付", "limit": 20}).json()
    item = next(i for i in body["items"] if i["id"] == report.initiative_id)
    assert item["kpis"][0]["latest_actual"] == {"fy": 2024, "text": "9,350件"}
    assert item["grade"] == {"fy": 2024, "code": "B", "label": "目標どおり"}
