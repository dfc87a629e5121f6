"""Reading the API anonymously: published data only, filters, pagination, conditional GET, JSON errors."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from django.test import Client
from django.utils import timezone

from shinchoku.progress import services
from shinchoku.progress.models import Round

from .conftest import API


def get(client, path: str, **params):
    response = client.get(API + path, params)
    assert response["Content-Type"].startswith("application/json"), response.content[:200]
    return response


def all_items(client, path: str, limit: int, **params) -> list[dict]:
    items, offset = [], 0
    while True:
        page = get(client, path, limit=limit, offset=offset, **params).json()
        items += page["items"]
        offset += limit
        if offset >= page["count"]:
            return items


# --- municipalities and plans -------------------------------------------------------------------------


def test_municipalities_and_their_plans(client, samples):
    page = get(client, "/municipalities").json()
    assert page["count"] == 2
    shibata = next(m for m in page["items"] if m["code"] == "152064")
    assert shibata["name"] == "新発田市" and shibata["prefecture"] == "新潟県"
    detail = get(client, f"/municipalities/{shibata['id']}").json()
    assert [p["title"] for p in detail["plans"]] == ["新発田市情報化推進計画（個別取組）"]

    plans = get(client, "/plans", municipality=shibata["id"]).json()
    assert plans["count"] == 1 and plans["items"][0]["id"] == samples.shibata.pk
    assert plans["items"][0]["municipality"]["code"] == "152064"


def test_plan_has_last_modified_and_honours_if_modified_since(client, samples):
    response = get(client, f"/plans/{samples.shibata.pk}")
    assert response.status_code == 200
    assert response.json()["title"] == "新発田市情報化推進計画（個別取組）"
    last_modified = response["Last-Modified"]
    again = client.get(f"{API}/plans/{samples.shibata.pk}", headers={"if-modified-since": last_modified})
    assert again.status_code == 304


def test_sections_form_the_plan_tree_in_plan_order(client, samples):
    sections = all_items(client, f"/plans/{samples.shibata.pk}/sections", limit=100)
    assert len(sections) == 14
    top = [s for s in sections if s["parent"] is None]
    assert [s["title"] for s in top] == ["市民向け情報施策", "庁内向け情報施策", "基盤となる情報施策"]
    assert [s["position"] for s in sections] == sorted(s["position"] for s in sections)


# --- initiatives and indicators --------------------------------------------------------------------


def test_keyword_search_finds_the_mynumber_initiative(client, samples):
    page = get(client, "/initiatives", plan=samples.shibata.pk, q="マイナンバー").json()
    assert samples.mynumber.pk in [i["id"] for i in page["items"]]
    assert all("マイナンバー" in i["title"] + i["summary"] for i in page["items"])
    # the same normalisation as the plan page: half-width katakana finds it too
    halfwidth = get(client, "/initiatives", plan=samples.shibata.pk, q="ﾏｲﾅﾝﾊﾞｰ").json()
    assert [i["id"] for i in halfwidth["items"]] == [i["id"] for i in page["items"]]


@pytest.mark.parametrize("keyword", ["マイナンバー", "ﾏｲﾅﾝﾊﾞｰ", "窓口"])
def test_keyword_across_every_plan_is_matched_by_the_search_index(
    client, samples, keyword, django_assert_max_num_queries
):
    """Without a plan the keyword's words are looked up in the search index: every initiative whose
    title or summary contains it is found, and every one found has it in its indexed text."""
    import unicodedata

    from django.db.models import Q

    from shinchoku.plans.models import Initiative

    text = unicodedata.normalize("NFKC", keyword)
    current = Initiative.objects.filter(retired_at__isnull=True)
    in_title_or_summary = set(
        current.filter(Q(title__icontains=text) | Q(summary__icontains=text)).values_list("pk", flat=True)
    )
    assert in_title_or_summary  # the samples have such initiatives: the test can fail
    with django_assert_max_num_queries(3):  # page, count, 担当課
        page = get(client, "/initiatives", q=keyword, limit=100).json()
    found = {i["id"] for i in page["items"]}
    assert page["count"] == len(found) < current.count()
    assert in_title_or_summary <= found
    for initiative in current.filter(pk__in=found).prefetch_related(
        "indicators", "department_links__department"
    ):
        indexed = " ".join(
            [initiative.title, initiative.summary, initiative.actions]
            + [i.name for i in initiative.indicators.all()]
            + [link.department.name for link in initiative.department_links.all()]
        )
        assert text in unicodedata.normalize("NFKC", indexed), initiative.title


def test_keyword_with_no_indexed_word_matches_nothing(client, samples):
    assert get(client, "/initiatives", q="ゾゾゾゾゾ").json()["count"] == 0


def test_section_filter_includes_sub_sections(client, samples):
    citizens = samples.shibata.sections.get(title="市民向け情報施策", parent=None)
    items = all_items(client, "/initiatives", limit=10, section=citizens.pk)
    assert len(items) == 7 + 9 + 4 + 1 + 3 + 2 + 4 + 2
    assert {i["plan"] for i in items} == {samples.shibata.pk}


def test_marks_scope_priority_department_and_indicator_filters(client, samples):
    done = get(client, "/initiatives", plan=samples.shibata.pk, mark="完了").json()
    assert done["count"] == 6 and all("完了" in i["marks"] for i in done["items"])

    national = get(client, "/initiatives", plan=samples.nobeoka.pk, scope="national").json()
    assert national["count"] == 12
    local = get(client, "/initiatives", plan=samples.nobeoka.pk, scope="local").json()
    assert national["count"] + local["count"] <= samples.nobeoka.initiatives.count()

    office = samples.nobeoka.municipality.departments.get(name="情報政策課")
    mine = all_items(client, "/initiatives", limit=100, department=office.pk)
    assert len(mine) == 22 and all("情報政策課" in [d["name"] for d in i["departments"]] for i in mine)

    priorities = {i.priority for i in samples.nobeoka.initiatives.exclude(priority="")}
    priority = sorted(priorities)[0]
    prioritised = all_items(client, "/initiatives", limit=100, plan=samples.nobeoka.pk, priority=priority)
    assert prioritised and all(i["priority"] == priority for i in prioritised)

    with_kpi = get(client, "/initiatives", plan=samples.shibata.pk, has_indicators="true").json()
    without = get(client, "/initiatives", plan=samples.shibata.pk, has_indicators="false").json()
    assert with_kpi["count"] + without["count"] == 43
    assert all(i["n_indicators"] > 0 for i in with_kpi["items"])


def test_filters_combine_and_plan_is_optional(client, samples):
    everything = get(client, "/initiatives").json()
    assert everything["count"] == samples.shibata.initiatives.count() + samples.nobeoka.initiatives.count()
    none = get(
        client, "/initiatives", plan=samples.nobeoka.pk, q="マイナンバーカードの普及率", mark="完了"
    ).json()
    assert none == {"items": [], "count": 0}


def test_pagination_is_stable_and_bounded(client, samples):
    whole = get(client, "/initiatives", limit=100, plan=samples.nobeoka.pk).json()["items"]
    paged = all_items(client, "/initiatives", limit=7, plan=samples.nobeoka.pk)
    assert [i["id"] for i in paged] == [i["id"] for i in whole]
    assert [i["position"] for i in whole] == sorted(i["position"] for i in whole)
    assert get(client, "/initiatives", limit=100, plan=samples.nobeoka.pk).json()["items"] == whole

    too_many = get(client, "/initiatives", limit=1000)
    assert too_many.status_code == 422
    body = too_many.json()
    assert body["detail"].startswith("入力が正しくありません") and body["errors"][0]["loc"] == [
        "query",
        "limit",
    ]


def test_initiative_with_schedule_and_indicators_with_targets_and_actuals(client, samples):
    data = get(client, f"/initiatives/{samples.mynumber.pk}").json()
    assert data["code"] == "12" and data["plan"] == samples.shibata.pk
    assert data["plan_ref"]["municipality"]["name"] == "新発田市"
    assert [s["title"] for s in data["section_path"]][0] == "市民向け情報施策"
    [indicator] = [i for i in data["indicators"] if i["name"] == "マイナンバーカードの普及率"]
    assert indicator["unit"] == "%"
    assert [(a["fy"], a["value"], a["source"]) for a in indicator["actuals"]] == [
        (2021, 37.8, "plan"),
        (2022, 68.3, "plan"),
        (2023, 80.7, "plan"),
    ]
    assert [(t["fy"], t["value"]) for t in indicator["targets"]] == [(2023, 40.0)]

    alone = get(client, f"/indicators/{indicator['id']}").json()
    assert alone == indicator


def test_a_retired_initiative_is_not_listed_but_answers_saying_it_left_the_plan(client, samples):
    """A revised import retires an initiative a published report still names: the report's link answers, as the
    web page does (「この取組は改訂後の計画に含まれていません」), saying it left the plan; the list leaves it out."""
    initiative = samples.mynumber
    before = get(client, f"/initiatives/{initiative.pk}").json()
    assert (before["in_plan"], before["retired_at"]) == (True, None)
    initiative.retired_at = timezone.now()
    initiative.save()
    ids = [i["id"] for i in all_items(client, "/initiatives", limit=100, plan=samples.shibata.pk)]
    assert initiative.pk not in ids and len(ids) == 42

    [r5] = [r for r in get(client, "/rounds", plan=samples.shibata.pk).json()["items"] if r["fy"] == 2023]
    [named] = [r["initiative"] for r in all_items(client, f"/rounds/{r5['id']}/reports", limit=50)
               if r["initiative"]["id"] == initiative.pk]  # fmt: skip
    assert named == {"id": initiative.pk, "code": initiative.code, "title": initiative.title, "in_plan": False}
    response = get(client, f"/initiatives/{named['id']}")
    assert response.status_code == 200
    detail = response.json()
    assert (detail["title"], detail["in_plan"]) == (initiative.title, False)
    assert detail["retired_at"].startswith(str(timezone.localdate(initiative.retired_at).year))
    indicator = detail["indicators"][0]
    assert get(client, f"/indicators/{indicator['id']}").json()["name"] == indicator["name"]
    # the page says the same
    assert "この取組は改訂後の計画に含まれていません" in client.get(f"/initiatives/{initiative.pk}/").content.decode()


# --- rounds and reports ------------------------------------------------------------------------------


def test_times_are_written_at_japan_time_as_the_pages_and_open_data_write_them(client, samples):
    """published_at read 「2026-12-06T21:12:30.871Z」 (UTC) where the pages say 06:12 the next morning; then
    「…T06:12:30.871000+09:00」, microseconds docs/opendata.md does not show (walked): to the second."""
    r5 = Round.objects.get(plan=samples.shibata, fy=2023)
    moment = datetime(2026, 12, 6, 21, 12, 30, 871000, tzinfo=UTC)
    Round.objects.filter(pk=r5.pk).update(published_at=moment, closed_at=moment)
    body = get(client, f"/rounds/{r5.pk}").json()
    assert body["published_at"] == body["closed_at"] == "2026-12-07T06:12:30+09:00"
    plan = get(client, f"/plans/{samples.shibata.pk}").json()
    assert plan["imported_at"].endswith("+09:00") and not plan["imported_at"].endswith("Z")


def test_published_rounds_with_frozen_evaluations(client, samples):
    rounds = get(client, "/rounds", plan=samples.shibata.pk).json()
    assert [(r["fy"], r["state"]) for r in rounds["items"]] == [
        (2021, "closed"),
        (2022, "closed"),
        (2023, "closed"),
    ]
    r5 = rounds["items"][-1]
    assert r5["title"] == "令和5年度の実績" and r5["published_at"]

    detail = get(client, f"/rounds/{r5['id']}").json()
    assert detail["n_reports"] == 34  # 【新】 initiatives join from their first printed actual
    assert detail["n_unpublished"] == 0
    assert detail["grades"] == {"A": 4, "B": 26, "C": 2, "D": 2}

    reports = all_items(client, f"/rounds/{r5['id']}/reports", limit=20)
    assert len(reports) == 34
    [mine] = [r for r in reports if r["initiative"]["id"] == samples.mynumber.pk]
    assert mine["final_grade"] == "A" and mine["state"] == "approved"
    [evaluated] = mine["evaluation"]["indicators"]
    assert (evaluated["target"], evaluated["actual"], evaluated["rate"]) == (
        40.0,
        80.7,
        pytest.approx(2.0175),
    )
    assert mine["evaluation"]["computed_label"] == "目標を上回る"
    assert get(client, f"/reports/{mine['id']}").json() == mine


def test_unpublished_and_open_rounds_are_404_to_anonymous(client, samples):
    r5 = Round.objects.get(plan=samples.shibata, fy=2023)
    report = r5.reports.first()
    services.unpublish_round(r5)
    assert get(client, f"/rounds/{r5.pk}").status_code == 404
    assert get(client, f"/rounds/{r5.pk}/reports").status_code == 404
    assert get(client, f"/reports/{report.pk}").status_code == 404
    assert [r["fy"] for r in get(client, "/rounds", plan=samples.shibata.pk).json()["items"]] == [2021, 2022]

    r6 = services.open_round(samples.shibata, 2024, date(2025, 5, 31))
    assert get(client, f"/rounds/{r6.pk}").status_code == 404
    assert get(client, f"/reports/{r6.reports.first().pk}").json()["detail"].startswith("見つかりません")


def test_a_url_with_a_closing_slash_is_told_so(client, samples):
    """Walked: 「/api/v1/plans/」 answered 「公表されていないか、存在しません」, as if nothing were published."""
    response = client.get(f"{API}/plans/")
    assert response.status_code == 404
    assert response.json()["detail"] == f"見つかりません。URL の末尾に「/」は付けません: {API}/plans"
    assert client.get(f"{API}/nothing/").json()["detail"] == "見つかりません。公表されていないか、存在しません。"


@pytest.mark.parametrize("method", ["put", "post", "patch", "delete"])
def test_a_write_to_a_wrong_url_gets_the_json_404_a_get_gets(samples, method):
    """Walked: 「PUT /api/v1/reports/140/」 (a closing slash) and 「/api/v1/nothing」 were answered Django's HTML CSRF page
    「送信を受け付けられませんでした…」 (403), where a GET gets the JSON 404. The API authenticates by token: every
    method gets JSON, with the CSRF check on as in a browser."""
    browser = Client(enforce_csrf_checks=True)
    send = getattr(browser, method)
    slash = send(f"{API}/reports/140/", '{"version": 2}', content_type="application/json")
    assert (slash.status_code, slash["Content-Type"]) == (404, "application/json")
    assert slash.json() == {"detail": f"見つかりません。URL の末尾に「/」は付けません: {API}/reports/140"}
    nothing = send(f"{API}/nothing", '{"version": 2}', content_type="application/json")
    assert (nothing.status_code, nothing.json()) == (404, {"detail": "見つかりません。公表されていないか、存在しません。"})
    # the index, the schema and the docs answer GET (and HEAD) only, in JSON
    for page in ("/", "/openapi.json", "/docs"):
        refused = send(f"{API}{page}")
        assert (refused.status_code, refused["Allow"]) == (405, "GET, HEAD")
        assert refused.json() == {"detail": f"このURLでは {method.upper()} は使えません（使えるのは GET, HEAD）。"}
    assert browser.get(f"{API}/").json()["title"] == "shinchoku API"
    assert browser.get(f"{API}/openapi.json").json()["info"]["title"] == "shinchoku API"


def test_a_round_says_how_many_reports_it_leaves_unpublished_as_the_public_pages_do(client, samples, make_user):
    """The plan page says 「公表した取組 33件（計画の取組 34件のうち）、未公表 1件」; the API gave
    n_reports 33 and the grades of 33 as if the round had 33 initiatives."""
    from shinchoku.accounts.models import Role
    from shinchoku.progress.models import Report

    r5 = Round.objects.get(plan=samples.shibata, fy=2023)
    Report.objects.filter(round=r5, initiative=samples.mynumber).update(published_at=None)
    detail = get(client, f"/rounds/{r5.pk}").json()
    assert (detail["n_reports"], detail["n_unpublished"]) == (33, 1)
    assert detail["grades"] == {"A": 3, "B": 26, "C": 2, "D": 2}
    reports = all_items(client, f"/rounds/{r5.pk}/reports", limit=50)
    assert len(reports) == 33 and samples.mynumber.pk not in {r["initiative"]["id"] for r in reports}

    _, raw = make_user("shibata-office-api", Role.PLAN_OFFICE, samples.shibata.municipality)
    own = client.get(f"{API}/rounds/{r5.pk}", HTTP_AUTHORIZATION=f"Bearer {raw}").json()
    assert (own["n_reports"], own["n_unpublished"]) == (34, 0)  # the plan office sees every report


# --- conditional GET and errors ----------------------------------------------------------------------


def test_etag_gives_304_until_the_data_changes(client, samples):
    path = f"{API}/initiatives/{samples.mynumber.pk}"
    first = client.get(path)
    etag = first["ETag"]
    assert etag and "Authorization" in first["Vary"] and first["Cache-Control"] == "no-cache"
    unchanged = client.get(path, headers={"if-none-match": etag})
    assert unchanged.status_code == 304 and unchanged.content == b""

    lists = client.get(f"{API}/initiatives", {"plan": samples.shibata.pk})
    assert (
        client.get(
            f"{API}/initiatives", {"plan": samples.shibata.pk}, headers={"if-none-match": lists["ETag"]}
        ).status_code
        == 304
    )

    initiative = samples.mynumber
    initiative.summary = "改訂された概要"
    initiative.save()
    changed = client.get(path, headers={"if-none-match": etag})
    assert changed.status_code == 200 and changed["ETag"] != etag


@pytest.mark.parametrize(
    "path",
    ["/municipalities/999999", "/plans/999999", "/plans/999999/sections", "/initiatives/999999",
     "/indicators/999999", "/rounds/999999", "/rounds/999999/reports", "/reports/999999", "/nothing/here"],
)  # fmt: skip
def test_not_found_is_json(client, samples, path):
    response = get(client, path)
    assert response.status_code == 404
    assert response.json() == {"detail": "見つかりません。公表されていないか、存在しません。"}


@pytest.mark.parametrize(
    "query",
    ["limit=0", "offset=-1", "plan=abc", "scope=world", "q=" + "x" * 201, "plan=99999999999999999999"],
)
def test_invalid_input_is_422_json(client, samples, query):
    response = client.get(f"{API}/initiatives?{query}")
    assert response.status_code == 422
    assert response.json()["detail"].startswith("入力が正しくありません")


def test_unexpected_errors_are_json_500_without_traceback(client, samples, monkeypatch, caplog):
    from shinchoku.api.routers import plans

    class Broken:
        @property
        def objects(self):
            raise RuntimeError("database exploded: secret detail")

    monkeypatch.setattr(plans, "Municipality", Broken())
    response = client.get(f"{API}/municipalities")
    assert response.status_code == 500
    assert response["Content-Type"].startswith("application/json")
    assert response.json() == {
        "detail": "サーバーで予期しないエラーが起きました。時間をおいてやり直すか、管理者に連絡してください。"
    }
    assert b"secret" not in response.content and b"Traceback" not in response.content
    assert "database exploded" in caplog.text


def test_unsupported_methods_are_json_405(client, samples):
    response = client.delete(f"{API}/initiatives/{samples.mynumber.pk}")
    assert response.status_code == 405 and response["Allow"] == "GET"
    assert response.json()["detail"] == "このURLでは DELETE は使えません（使えるのは GET）。"


def test_head_is_get_without_a_body(client, samples):
    got = client.get(f"{API}/initiatives/{samples.mynumber.pk}")
    head = client.head(f"{API}/initiatives/{samples.mynumber.pk}")
    assert head.status_code == 200 and head.content == b""
    assert head["ETag"] == got["ETag"] and head["Content-Length"] == str(len(got.content))
    assert (
        client.head(
            f"{API}/initiatives/{samples.mynumber.pk}", headers={"if-none-match": got["ETag"]}
        ).status_code
        == 304
    )
    assert client.head(f"{API}/reports/1/submit").status_code == 405


def test_index_points_to_the_schema(client):
    assert get(client, "/").json()["openapi"] == "/api/v1/openapi.json"


def test_openapi_schema(client):
    schema = client.get(f"{API}/openapi.json").json()
    assert schema["info"]["title"] == "shinchoku API" and schema["info"]["version"] == "1"
    assert {"/api/v1/initiatives", "/api/v1/reports/{id}", "/api/v1/reports/{id}/submit"} <= set(
        schema["paths"]
    )
    put = schema["paths"]["/api/v1/reports/{id}"]["put"]
    assert put["security"] == [{"ApiTokenAuth": []}] and {"401", "403", "404", "409", "422"} <= set(
        put["responses"]
    )
    assert schema["paths"]["/api/v1/rounds"]["get"]["security"] == [{"ApiTokenAuth": []}, {}]
    assert schema["paths"]["/api/v1/initiatives"]["get"]["summary"] == "取組の一覧・検索"
