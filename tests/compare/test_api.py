"""/api/v1/compare: the kinds with counts, and one kind across municipalities, paginated."""

from __future__ import annotations

from shinchoku.plans.models import Indicator


def test_kinds_with_counts(client, plans):
    kinds = client.get("/api/v1/compare").json()
    mynumber = next(k for k in kinds if k["slug"] == "mynumber-card")
    assert mynumber == {
        "slug": "mynumber-card",
        "label": "マイナンバーカード交付率・保有率",
        "unit": "%",
        "indicators": 2,
        "municipalities": 2,
    }
    assert len(kinds) >= 12


def test_one_kind_paginated_with_converted_values(client, plans):
    page = client.get("/api/v1/compare/mynumber-card", {"limit": 1}).json()
    assert page["count"] == 2 and page["kind"]["unit"] == "%"
    (shibata,) = page["items"]
    assert (shibata["prefecture"], shibata["municipality"], shibata["name"]) == (
        "新潟県",
        "新発田市",
        "マイナンバーカードの普及率",
    )
    assert [(a["fy"], a["value"], a["original"]) for a in shibata["actuals"]] == [
        (2021, 37.8, "37.8%"),
        (2022, 68.3, "68.3%"),
        (2023, 80.7, "80.7%"),
    ]
    assert shibata["latest"] == {"fy": 2023, "value": 80.7, "original": "80.7%", "reported": False}
    assert shibata["targets"][0]["value"] == 40
    page = client.get("/api/v1/compare/mynumber-card", {"limit": 1, "offset": 1}).json()
    assert page["items"][0]["municipality"] == "延岡市" and page["items"][0]["latest"] is None
    assert Indicator.objects.get(pk=page["items"][0]["indicator_id"]).name == "取得率"


def test_bad_requests_are_json_errors(client, plans):
    response = client.get("/api/v1/compare/no-such-kind")
    assert response.status_code == 404 and "detail" in response.json()
    assert client.get("/api/v1/compare/mynumber-card", {"sort": "x"}).status_code == 422
    assert client.get("/api/v1/compare/mynumber-card", {"limit": 1000}).status_code == 422
