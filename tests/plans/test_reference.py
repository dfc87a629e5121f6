"""Reference plans (参考計画): other municipalities' plans, imported like any plan, read and searched, never managed.

新発田市 is this installation's own municipality (its plan, its plan office); 大野城市's and 日田市's
published plans are added as reference plans from the command line and from the upload page.
"""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from django.urls import reverse

from shinchoku.accounts.models import Membership, Role
from shinchoku.cli import main
from shinchoku.importers import ParseError, parse
from shinchoku.plans.loader import load_plan
from shinchoku.plans.models import Plan
from shinchoku.plans.reference import ReferenceInfo
from shinchoku.progress import services
from shinchoku.progress.models import Round
from shinchoku.search.service import search, similar

pytestmark = pytest.mark.django_db
SAMPLES = Path(__file__).resolve().parents[2] / "samples" / "plans"
ONOJO_URL = "https://www.city.onojo.fukuoka.jp/s012/010/020/020/dxplan.html"


def text_of(response) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", response.content.decode()))


@pytest.fixture
def office(db):
    """新発田市's plan and its plan office."""
    shibata = load_plan(parse(SAMPLES / "shibata.txt")).plan
    user = get_user_model().objects.create_user("shibata-office", password="pw-for-tests-only")
    Membership.objects.create(user=user, role=Role.PLAN_OFFICE, municipality=shibata.municipality)
    return user


def test_command_line_imports_a_reference_plan_with_source_and_licence(office, capsys):
    assert (
        main(
            [
                "import",
                "--reference",
                "--source",
                ONOJO_URL,
                "--user",
                "shibata-office",
                str(SAMPLES / "onojo.txt"),
            ]
        )
        == 0
    )
    assert "参考計画 福岡県大野城市" in capsys.readouterr().out
    onojo = Plan.objects.get(municipality__name="大野城市")
    assert onojo.is_reference and onojo.get_kind_display() == "参考計画"
    assert onojo.reference_source == ONOJO_URL
    assert onojo.reference_added_by == office and onojo.reference_added_at is not None
    assert onojo.license_name == "CC BY 4.0"
    assert onojo.license_attribution == f"出典：福岡県大野城市「{onojo.title}」（{ONOJO_URL}）"
    assert onojo.initiatives.count() == 30  # as the sample prints them
    added_at = onojo.reference_added_at
    # the same file again: nothing changes, and who added it and when stay as first recorded
    history = Plan.history.filter(id=onojo.pk).count()
    assert main(["import", "--reference", "--source", ONOJO_URL, str(SAMPLES / "onojo.txt")]) == 0
    assert "追加 0 / 変更 0" in capsys.readouterr().out
    onojo.refresh_from_db()
    assert onojo.reference_added_at == added_at and Plan.history.filter(id=onojo.pk).count() == history


def test_source_without_reference_is_refused(office, capsys):
    assert main(["import", "--source", ONOJO_URL, str(SAMPLES / "onojo.txt")]) == 2
    assert (
        "--reference" in capsys.readouterr().err
        and not Plan.objects.filter(municipality__name="大野城市").exists()
    )


def test_an_own_plan_is_never_turned_into_a_reference_plan(office):
    shibata = Plan.objects.get(municipality__code="152064")
    with pytest.raises(ParseError, match="この自治体の計画として登録されています"):
        load_plan(parse(SAMPLES / "shibata.txt"), reference=ReferenceInfo(source="shibata.txt"))
    shibata.refresh_from_db()
    assert not shibata.is_reference and shibata.reference_source == ""


def test_a_reference_plan_cannot_get_a_round(office, client):
    onojo = load_plan(parse(SAMPLES / "onojo.txt"), reference=ReferenceInfo(source=ONOJO_URL)).plan
    with pytest.raises(
        services.WorkflowError, match="参考計画（他の自治体の計画）には進捗管理の回を開けません"
    ):
        services.open_round(onojo, 2024, date(2025, 5, 31))
    assert not Round.objects.filter(plan=onojo).exists()
    admin = get_user_model().objects.create_superuser("root", password="pw-for-tests-only")
    client.force_login(admin)
    page = client.get(reverse("progress:plan-rounds", args=[onojo.pk]))
    assert "進捗管理の回は開始できません" in text_of(page) and "回を開始する" not in text_of(page)
    posted = client.post(reverse("progress:plan-rounds", args=[onojo.pk]), {"fy": 2024, "deadline": "2025-05-31",
                                                                            "title": "", "reminder_days": 7})  # fmt: skip
    assert posted.status_code == 400 and not Round.objects.filter(plan=onojo).exists()
    listing = text_of(client.get(reverse("progress:rounds")))
    assert "新発田市" in listing and "大野城市" not in listing  # 「回を開始できる計画」 leaves it out
    shibata_page = text_of(
        client.get(reverse("progress:plan-rounds", args=[Plan.objects.get(municipality__code="152064").pk]))
    )
    assert "回を開始する" in shibata_page


def test_pages_show_the_badge_source_and_licence(office, client):
    onojo = load_plan(parse(SAMPLES / "onojo.txt"), reference=ReferenceInfo(source=ONOJO_URL)).plan
    home = text_of(client.get(reverse("home")))
    assert f"{onojo.title} 参考計画 出典: {ONOJO_URL}（CC BY 4.0）" in home
    plan_html = client.get(reverse("plan", args=[onojo.pk])).content.decode()
    assert (
        f'<a href="{ONOJO_URL}" rel="noopener">' in plan_html
        and 'rel="license noopener">CC BY 4.0</a>' in plan_html
    )
    assert (
        reverse("progress:plan-rounds", args=[onojo.pk]) not in plan_html
    )  # no 進捗管理 for a reference plan
    initiative = onojo.initiatives.order_by("position").first()
    assert "参考計画" in text_of(client.get(reverse("initiative", args=[initiative.pk])))
    shibata = Plan.objects.get(municipality__code="152064")
    assert "参考計画" not in text_of(client.get(reverse("plan", args=[shibata.pk])))


def test_reference_plans_are_searched_and_shown_as_similar(office, client):
    hita = load_plan(parse(SAMPLES / "hita.txt"), reference=ReferenceInfo(source="hita.txt")).plan
    found = search("マイナンバーカード")
    assert hita.pk in {card.plan.pk for card in found.results}
    shibata = Plan.objects.get(municipality__code="152064")
    mynumber = shibata.initiatives.get(code="12")
    cards = similar(mynumber)
    assert any(card.plan.pk == hita.pk for card in cards)
    page = client.get(reverse("search") + "?q=マイナンバーカード").content.decode()
    assert 'class="tag reference">参考計画' in page


def test_a_plan_office_uploads_another_municipalitys_plan_as_a_reference_plan(
    office, client, settings, tmp_path, run_tasks
):
    settings.VAR_DIR = tmp_path
    client.force_login(office)
    form = {
        "file": SimpleUploadedFile("onojo.txt", (SAMPLES / "onojo.txt").read_bytes()),
        "layout": "", "reference": "on", "reference_municipality": "大野城市", "reference_prefecture": "福岡県",
        "reference_source": ONOJO_URL,
    }  # fmt: skip
    location = client.post(reverse("upload"), form)["Location"]
    run_tasks()
    preview = text_of(client.get(location))
    assert "取込内容の確認" in preview and f"参考計画 出典: {ONOJO_URL}" in preview
    assert not Plan.objects.filter(municipality__name="大野城市").exists()  # nothing before confirming
    assert client.post(location, {"action": "confirm"})["Location"] == location
    run_tasks()
    done = client.get(location)
    onojo = Plan.objects.get(municipality__name="大野城市", municipality__prefecture="福岡県")
    assert done["Location"] == reverse("plan", args=[onojo.pk])
    assert onojo.is_reference and onojo.reference_source == ONOJO_URL and onojo.reference_added_by == office
    # 新発田市's own plan cannot come in as a reference plan, even by the administrator's upload form
    form = {"file": SimpleUploadedFile("shibata.txt", (SAMPLES / "shibata.txt").read_bytes()), "layout": "",
            "reference": "on", "reference_municipality": "", "reference_prefecture": "", "reference_source": ""}  # fmt: skip
    refused = client.get(_follow(client, run_tasks, form))
    assert refused.status_code == 400 and "このインストールで管理しています" in text_of(refused)
    assert not Plan.objects.get(municipality__code="152064").is_reference


def _follow(client, run_tasks, form) -> str:
    location = client.post(reverse("upload"), form)["Location"]
    run_tasks()
    return location


def test_without_the_box_a_plan_office_still_imports_only_its_own(
    office, client, settings, tmp_path, run_tasks
):
    settings.VAR_DIR = tmp_path
    client.force_login(office)
    form = {"file": SimpleUploadedFile("onojo.txt", (SAMPLES / "onojo.txt").read_bytes()), "layout": ""}
    assert client.get(_follow(client, run_tasks, form)).status_code == 403


def test_no_user_belongs_to_a_reference_plans_municipality(office):
    from shinchoku.accounts.services import AccountError, create_user

    onojo = load_plan(parse(SAMPLES / "onojo.txt"), reference=ReferenceInfo(source=ONOJO_URL)).plan
    with pytest.raises(AccountError, match="大野城市の計画は参考計画だけです"):
        create_user("onojo-office", "pw-for-tests-only-long", role=Role.PLAN_OFFICE, municipality=onojo.municipality)
    assert not get_user_model().objects.filter(username="onojo-office").exists()
    shibata = Plan.objects.get(municipality__code="152064").municipality
    assert create_user("shibata-viewer", "pw-for-tests-only-long", role=Role.VIEWER, municipality=shibata).pk


@override_settings(SHINCHOKU_OPEN_DATA_LICENSE={"name": "独自ライセンス", "url": "https://example.jp/license"})
def test_open_data_of_a_reference_plan_keeps_the_licence_it_was_published_under(office, client):
    """The installation's own licence (here not CC BY) is not ours to give another municipality's plan."""
    licence = {"name": "CC BY 4.0", "url": "https://creativecommons.org/licenses/by/4.0/deed.ja"}
    onojo = load_plan(
        parse(SAMPLES / "onojo.txt"), reference=ReferenceInfo(source=ONOJO_URL, license=licence)
    ).plan
    data = client.get(reverse("opendata-plan-dataset", args=[onojo.pk, "initiatives", "json"])).json()
    assert "CC BY 4.0" in json.dumps(data, ensure_ascii=False)
    assert "独自ライセンス" not in json.dumps(data, ensure_ascii=False)
    shibata = Plan.objects.get(municipality__code="152064")
    own = client.get(reverse("opendata-plan-dataset", args=[shibata.pk, "initiatives", "json"])).json()
    assert "独自ライセンス" in json.dumps(own, ensure_ascii=False)


def test_open_data_and_api_say_which_plan_is_a_reference_plan_and_where_it_came_from(office, client):
    """A reuser of the open data or the API must not take 大野城市's published plan, copied here, for a
    plan this installation manages: each row and each plan carries its kind and its source."""
    onojo = load_plan(parse(SAMPLES / "onojo.txt"), reference=ReferenceInfo(source=ONOJO_URL)).plan
    shibata = Plan.objects.get(municipality__code="152064")
    url = reverse("opendata-dataset", args=[onojo.municipality.pk, "initiatives", "json"])
    rows = json.loads(client.get(url).content.decode())["rows"]
    assert len(rows) == 30
    assert {(r["plan_kind"], r["plan_source"]) for r in rows} == {("参考計画", ONOJO_URL)}
    own = json.loads(
        client.get(reverse("opendata-dataset", args=[shibata.municipality.pk, "initiatives", "json"])).content
    )["rows"]
    assert {(r["plan_kind"], r["plan_source"]) for r in own} == {("自治体の計画", "")}
    plans = {p["id"]: p for p in client.get("/api/v1/plans").json()["items"]}
    assert (plans[onojo.pk]["kind"], plans[onojo.pk]["reference_source"]) == ("reference", ONOJO_URL)
    assert (plans[shibata.pk]["kind"], plans[shibata.pk]["reference_source"]) == ("own", "")
    assert client.get(f"/api/v1/plans/{onojo.pk}").json()["kind"] == "reference"
