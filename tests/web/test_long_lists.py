"""Lists that grow with the installation are shown a page at a time (issue 11): a national
installation has 1,741 municipalities and thousands of rounds, and the home page listed them all."""

from __future__ import annotations

from datetime import date

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from shinchoku.core.prefectures import in_order
from shinchoku.plans.models import Municipality, Plan
from shinchoku.progress.models import Round

from .test_pages import text_of

pytestmark = pytest.mark.django_db


def _municipalities(n: int, prefecture: str = "福岡県") -> list[Plan]:
    plans = []
    start = Municipality.objects.count()
    for k in range(n):
        municipality = Municipality.objects.create(
            name=f"試験町{k:03d}", prefecture=prefecture, code=f"{400000 + start + k}"
        )
        plans.append(Plan.objects.create(municipality=municipality, title=f"試験町{k:03d}DX推進計画"))
    return plans


def test_home_shows_twenty_municipalities_a_page_with_links_to_the_rest(client):
    _municipalities(45)
    first = text_of(client.get(reverse("home")))
    assert "試験町000" in first and "試験町019" in first and "試験町020" not in first
    assert "45件中 1〜20件目" in first
    third = client.get(reverse("home"), {"page": "3"})
    assert "試験町044" in text_of(third) and "試験町019" not in text_of(third)
    assert 'aria-current="page">3<' in third.content.decode()
    # a hand-edited address never fails: too large, not a number, full-width digits
    assert "試験町044" in text_of(client.get(reverse("home"), {"page": "999"}))
    assert "試験町000" in text_of(client.get(reverse("home"), {"page": "abc"}))
    assert "試験町020" in text_of(client.get(reverse("home"), {"page": "２"}))


def test_home_page_cost_does_not_grow_with_the_municipalities(client):
    _municipalities(5)
    with CaptureQueriesContext(connection) as small:
        client.get(reverse("home"))
    _municipalities_more = [
        Plan.objects.create(
            municipality=Municipality.objects.create(name=f"追加村{k:03d}", prefecture="長野県"), title="計画"
        )
        for k in range(60)
    ]
    assert len(_municipalities_more) == 60
    with CaptureQueriesContext(connection) as large:
        response = client.get(reverse("home"))
    assert len(large.captured_queries) == len(small.captured_queries)
    assert text_of(response).count("のオープンデータ") == 20


def test_home_is_narrowed_to_one_prefecture_listed_in_official_order(client):
    _municipalities(3, "福岡県")
    Plan.objects.create(municipality=Municipality.objects.create(name="札幌市", prefecture="北海道"), title="計画")
    Plan.objects.create(municipality=Municipality.objects.create(name="那覇市", prefecture="沖縄県"), title="計画")
    page = client.get(reverse("home"))
    options = page.content.decode().split('<select id="prefecture"')[1].split("</select>")[0]
    assert options.index("北海道") < options.index("福岡県") < options.index("沖縄県")
    narrowed = text_of(client.get(reverse("home"), {"prefecture": "北海道"}))
    assert "札幌市" in narrowed and "那覇市" not in narrowed and "試験町000" not in narrowed
    _municipalities(30, "北海道")
    paged = client.get(reverse("home"), {"prefecture": "北海道"}).content.decode()
    assert "?prefecture=%E5%8C%97%E6%B5%B7%E9%81%93&amp;page=2" in paged  # the next page keeps the prefecture
    # an unknown prefecture shows everything instead of an empty page
    everything = text_of(client.get(reverse("home")))
    assert "35件中 1〜20件目" in everything
    assert "35件中 1〜20件目" in text_of(client.get(reverse("home"), {"prefecture": "<script>"}))


def test_prefectures_are_ordered_as_japanese_forms_list_them():
    assert in_order(["沖縄県", "東京都", "北海道", "東京都", "架空県"]) == ["北海道", "東京都", "沖縄県", "架空県"]


def test_round_list_is_paged(client):
    for plan in _municipalities(60):
        Round.objects.create(
            plan=plan, fy=2024, title="令和6年度の実績", deadline=date(2025, 5, 31), published_at="2025-06-30T00:00Z"
        )
    first = client.get(reverse("progress:rounds"))
    assert "60件中 1〜50件目" in text_of(first)
    assert text_of(first).count("令和6年度の実績") == 50
    second = text_of(client.get(reverse("progress:rounds"), {"page": "2"}))
    assert second.count("令和6年度の実績") == 10 and "試験町059" in second


def test_the_site_icon_is_served_from_our_own_static_files(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 301 and response["Location"].endswith("shinchoku/img/favicon.svg")
    assert 'rel="icon" href="/static/shinchoku/img/favicon.svg"' in client.get(reverse("home")).content.decode()
