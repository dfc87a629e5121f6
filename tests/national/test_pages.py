"""Coverage page, national matrix, and the plan office's forms (initiative page and bulk)."""

from __future__ import annotations

import re

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from shinchoku.accounts.models import Membership, Role
from shinchoku.national.models import InitiativeLabel, LabelState


def _text(response) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", response.content.decode()))


@pytest.fixture
def office(plans, client):
    user = get_user_model().objects.create_user("sato", password="pw-123456789", last_name="佐藤")
    Membership.objects.create(user=user, role=Role.PLAN_OFFICE, municipality=plans["izunokuni"].municipality)
    client.force_login(user)
    return user


def test_coverage_page_lists_covering_initiatives_and_uncovered_items(client, plans):
    plan = plans["izunokuni"]
    response = client.get(reverse("national-coverage", args=[plan.pk]))
    assert response.status_code == 200
    html = response.content.decode()
    text = _text(response)
    assert "自治体DX推進計画（第1版）" in text
    row = re.search(r"<th scope=\"row\">自治体の行政手続のオンライン化</th>(.*?)</tr>", html, re.S).group(1)
    assert "行政手続のオンライン化の推進" in row and "候補" in row
    # 伊豆の国市 has no initiative for 都道府県による市区町村支援 nor 計画的な取組 …
    uncovered = html.split('id="uncovered-h"')[1]
    assert "都道府県による市区町村支援" in uncovered
    # … and no bulk form for a reader.
    assert 'name="action"' not in html


def test_uncovered_item_shows_other_municipalities(client, plans):
    """伊豆の国市 viewed against 第2.3版 has no eLTAX initiative: 新発田市's is shown as 「他自治体の取組」."""
    plan = plans["izunokuni"]
    response = client.get(reverse("national-coverage", args=[plan.pk]) + "?edition=2024-02-05")
    uncovered = response.content.decode().split('id="uncovered-h"')[1]
    eltax = uncovered.split("公金収納におけるeLTAXの活用")[1].split("</dd>")[0]
    assert "eLTAX等を活用した税務手続き等の電子化" in eltax and "新発田市" in eltax
    # In 第2.3版 フロントヤード改革 covers 第1版's online procedures.
    html = response.content.decode()
    row = re.search(r"<th scope=\"row\">自治体フロントヤード改革の推進</th>(.*?)</tr>", html, re.S).group(1)
    assert "行政手続のオンライン化の推進" in row


def test_unknown_edition_is_a_400_with_a_message(client, plans):
    response = client.get(reverse("national-coverage", args=[plans["hita"].pk]) + "?edition=1999")
    assert response.status_code == 400
    assert "指定された版はありません" in _text(response)


def test_matrix_counts_per_municipality_and_filters_by_prefecture(client, plans):
    response = client.get(reverse("national-matrix") + "?edition=2020-12-25")
    assert response.status_code == 200
    html = response.content.decode()
    for name in ("日田市", "伊豆の国市", "延岡市", "大野城市", "新発田市"):
        assert name in html
    assert '<th scope="col">セキュリティ対策の徹底</th>' in html
    assert "最も多くの自治体が取り組む項目は" in _text(response)
    only = client.get(reverse("national-matrix") + "?prefecture=静岡県&edition=2020-12-25")
    rows = re.findall(r"<tr><th scope=\"row\">([^<]+)</th>", only.content.decode())
    assert rows == ["静岡県伊豆の国市", "取組のある自治体数"]
    assert client.get(reverse("national-matrix") + "?prefecture=火星").status_code == 400


def test_matrix_counts_izunokuni_security(client, plans):
    """伊豆の国市: one security initiative (its セキュリティポリシー), counted once; none confirmed yet."""
    from shinchoku.national.coverage import matrix
    from shinchoku.national.models import NationalPlanEdition

    edition = NationalPlanEdition.objects.get(key="2020-12-25")
    table = matrix(edition, "静岡県")
    column = [item.code for item in table.items].index("security")
    assert table.rows[0].counts[column] == 1
    assert matrix(edition, "静岡県", confirmed_only=True).rows[0].counts[column] == 0


def test_initiative_page_form_for_the_plan_office(client, plans, office):
    initiative = plans["izunokuni"].initiatives.get(title="行政手続のオンライン化の推進")
    page = client.get(reverse("initiative", args=[initiative.pk])).content.decode()
    box = re.search(r'<input type="checkbox" name="item" value="online"[^>]*>.*?</div>', page, re.S).group(0)
    assert "checked" in box and "候補" in box
    response = client.post(
        reverse("national-initiative-labels", args=[initiative.pk]), {"item": ["online", "mynumber"]}, follow=True
    )
    assert "確定: マイナンバーカードの普及促進、自治体の行政手続のオンライン化" in _text(response)
    label = InitiativeLabel.objects.get(initiative=initiative, item__code="mynumber")
    assert label.state == LabelState.CONFIRMED and label.by == office
    assert label.history.first().history_user == office
    # Shown to everyone once confirmed.
    client.logout()
    text = _text(client.get(reverse("initiative", args=[initiative.pk])))
    assert "国の計画（自治体DX推進計画）の項目" in text and "マイナンバーカードの普及促進" in text
    assert 'name="item"' not in client.get(reverse("initiative", args=[initiative.pk])).content.decode()


def test_initiative_form_refuses_others(client, plans, office):
    hita = plans["hita"].initiatives.first()
    assert client.post(reverse("national-initiative-labels", args=[hita.pk]), {"item": ["security"]}).status_code == 404
    client.logout()
    izu = plans["izunokuni"].initiatives.first()
    response = client.post(reverse("national-initiative-labels", args=[izu.pk]), {"item": ["security"]})
    assert response.status_code in (302, 403) and not InitiativeLabel.objects.filter(state=LabelState.CONFIRMED).exists()


def test_bad_item_changes_nothing(client, plans, office):
    initiative = plans["izunokuni"].initiatives.get(title="テレワークの推進")
    response = client.post(
        reverse("national-initiative-labels", args=[initiative.pk]), {"item": ["telework", "frontyard"]}, follow=True
    )
    assert "国の計画の項目として選べないものがあります: frontyard" in _text(response)
    assert list(InitiativeLabel.objects.filter(initiative=initiative).values_list("state", flat=True)) == ["suggested"]


def test_bulk_confirm_on_the_coverage_page(client, plans, office):
    plan = plans["izunokuni"]
    url = reverse("national-coverage", args=[plan.pk])
    html = client.get(url).content.decode()
    ids = re.findall(r'name="label" value="(\d+)"', html)
    assert len(ids) == InitiativeLabel.objects.filter(initiative__plan=plan).count() > 15
    response = client.post(url, {"label": ids[:3], "action": "confirm"}, follow=True)
    assert "3件の候補を確定しました" in _text(response)
    assert InitiativeLabel.objects.filter(initiative__plan=plan, state=LabelState.CONFIRMED, by=office).count() == 3
    assert client.post(url, {"label": ["x"], "action": "confirm"}).status_code == 400
    other = InitiativeLabel.objects.filter(initiative__plan=plans["hita"]).first().pk
    assert client.post(url, {"label": [str(other)], "action": "confirm"}).status_code == 400
    assert InitiativeLabel.objects.filter(state=LabelState.CONFIRMED).count() == 3


def test_open_data_shows_confirmed_items_only(client, plans, office):
    import csv
    import io

    plan = plans["izunokuni"]
    initiative = plan.initiatives.get(title="マイナンバーカードの利活用の拡大")
    client.post(reverse("national-initiative-labels", args=[initiative.pk]), {"item": ["mynumber", "online"]})
    client.logout()
    response = client.get(reverse("opendata-plan-dataset", args=[plan.pk, "initiatives", "csv"]))
    rows = {r["取組名"]: r for r in csv.DictReader(io.StringIO(response.content.decode("utf-8-sig")))}
    assert rows["マイナンバーカードの利活用の拡大"]["国の計画の項目"] == "マイナンバーカードの普及促進／自治体の行政手続のオンライン化"
    # A suggestion the plan office has not confirmed is not open data.
    assert rows["テレワークの推進"]["国の計画の項目"] == ""


def test_pages_take_a_bounded_number_of_queries(client, plans):
    """The coverage page: fixed queries plus two per uncovered item (at most 13 items); the matrix: fixed."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    counts = {}
    for name in ("izunokuni", "nobeoka"):
        with CaptureQueriesContext(connection) as ctx:
            client.get(reverse("national-coverage", args=[plans[name].pk]))
        counts[name] = len(ctx.captured_queries)
    with CaptureQueriesContext(connection) as ctx:
        client.get(reverse("national-matrix"))
    counts["matrix"] = len(ctx.captured_queries)
    from shinchoku.national.coverage import plan_coverage
    from shinchoku.national.labels import plan_edition

    for name in ("izunokuni", "nobeoka"):
        uncovered = len(plan_coverage(plans[name], plan_edition(plans[name])).uncovered)
        # plan, editions, items, labels (+ the schedule's first year for a plan without dates), then
        # per uncovered item one query for the labels of others and one for their initiatives.
        assert counts[name] <= 6 + 2 * uncovered, (counts, name, uncovered)
    assert counts["matrix"] == 5, counts


def test_matrix_starts_on_the_prefecture_of_a_prefecture_viewer(client, plans):
    user = get_user_model().objects.create_user("shizuoka")
    Membership.objects.create(user=user, role=Role.VIEWER, prefecture="静岡県")
    client.force_login(user)
    html = client.get(reverse("national-matrix")).content.decode()
    rows = re.findall(r"<tr><th scope=\"row\">([^<]+)</th>", html)
    assert rows == ["静岡県伊豆の国市", "取組のある自治体数"]
    everywhere = client.get(reverse("national-matrix") + "?prefecture=").content.decode()
    assert "新潟県新発田市" in everywhere
