"""Bundles between installations: 新発田市 with its published rounds goes out, comes back as a reference plan.

The round trip is the real path: export from one installation, flush every row, import into the
"other" installation (the same test database, emptied), and compare what a reader sees.
"""

from __future__ import annotations

import json
import re
import zipfile
from pathlib import Path

import pytest
from django.urls import reverse

from shinchoku.accounts.models import Membership
from shinchoku.cli import main
from shinchoku.demo import build_demo_rounds
from shinchoku.exports.bundle import BundleError, export_bundle, import_bundle, read_bundle
from shinchoku.importers import parse
from shinchoku.national.labels import decide
from shinchoku.national.models import InitiativeLabel, LabelState
from shinchoku.plans import uploads
from shinchoku.plans.loader import load_plan
from shinchoku.plans.models import IndicatorValue, Initiative, Municipality, Plan, ReferenceResult
from shinchoku.progress.models import Report, Round
from tests.committed import clear_database

SAMPLES = Path(__file__).resolve().parents[2] / "samples" / "plans"
ACHIEVED = "休日窓口と出張申請受付を実施した"


def _flush() -> None:
    """Another installation: nothing of the first one left."""
    Round.objects.all().delete()
    InitiativeLabel.objects.all().delete()
    Plan.objects.all().delete()
    Membership.objects.all().delete()
    Municipality.objects.all().delete()


@pytest.fixture
def exported(db, tmp_path):
    """新発田市 (three published rounds, one report unpublished, one label confirmed) and 大野城市, exported."""
    return _export(tmp_path / "bundle.zip")


@pytest.fixture(scope="module")
def members(django_db_setup, django_db_blocker, tmp_path_factory) -> dict[str, bytes]:
    """The files of ``exported``'s bundle, made once for the tests that only take it apart (their database empty)."""
    with django_db_blocker.unblock():
        clear_database()
        path, _ = _export(tmp_path_factory.mktemp("bundle") / "bundle.zip")
        clear_database()
    return _members(path)


def _export(path: Path) -> tuple[Path, dict]:
    shibata = load_plan(parse(SAMPLES / "shibata.txt")).plan
    load_plan(parse(SAMPLES / "onojo.txt"))
    list(build_demo_rounds())
    mynumber = shibata.initiatives.get(code="12")
    decide(mynumber, ["mynumber"], user=None)  # マイナンバーカードの普及促進
    # a department's 取組実績 (the demo writes none), carried with the published result
    Report.objects.filter(round__plan=shibata, round__fy=2023, initiative=mynumber).update(achievements=ACHIEVED)
    hidden = Report.objects.get(round__plan=shibata, round__fy=2023, initiative__code="10")
    hidden.achievements = "未公表の下書き：内部の検討メモ"
    hidden.published_at = None
    hidden.save()
    manifest = export_bundle(path)
    return path, manifest


def test_manifest_counts_and_licence(exported):
    path, manifest = exported
    assert manifest["format"] == "shinchoku-bundle" and manifest["version"] == 1
    assert manifest["counts"]["plans"] == 2
    shibata = Plan.objects.get(municipality__code="152064")
    published = Report.objects.filter(round__plan=shibata, published_at__isnull=False).count()
    assert manifest["counts"]["results"] == published and published > 60
    assert "CC BY 4.0" in manifest["license_notes"]
    with zipfile.ZipFile(path) as archive:
        names = sorted(archive.namelist())
        assert names == ["manifest.json", "plans/0001.json", "plans/0002.json"]
        text = "".join(archive.read(n).decode() for n in names)
    assert "未公表の下書き" not in text  # an unpublished report never leaves the installation
    assert "password" not in text and "demo@example.jp" not in text


def test_round_trip_as_reference_plans(exported, client):
    path, _ = exported
    before = Plan.objects.get(municipality__code="152064")
    initiatives = before.initiatives.filter(retired_at__isnull=True).count()
    values = IndicatorValue.objects.filter(indicator__initiative__plan=before).count()
    _flush()
    result = import_bundle(path)
    assert len(result.imported) == 2 and not result.skipped
    shibata = Plan.objects.get(municipality__code="152064")
    assert shibata.is_reference and shibata.title == before.title
    assert shibata.initiatives.count() == initiatives
    assert IndicatorValue.objects.filter(indicator__initiative__plan=shibata).count() == values
    assert shibata.license_name == "CC BY 4.0"
    assert "新潟県新発田市" in shibata.license_attribution
    assert shibata.reference_source == "shinchoku「shinchoku」の公表データ"
    assert not Round.objects.exists()  # results come back read-only, not as rounds
    mynumber = shibata.initiatives.get(code="12")
    r5 = ReferenceResult.objects.get(initiative=mynumber, fy=2023)
    assert r5.data["grade"] == "A" and r5.data["grade_label"] == "目標を上回る"
    assert r5.data["actuals"][0]["actual"] == 80.7
    # the target with the plan's words for it (its number, 40, gave the rate), shown as at home
    assert (r5.data["actuals"][0]["target"], r5.data["actuals"][0]["target_text"]) == (
        40, "令和5年度までにマイナンバーカード普及率40%を達成"
    )
    assert r5.data["achievements"] == ACHIEVED
    assert sorted(mynumber.reference_results.values_list("fy", flat=True)) == [2021, 2022, 2023]
    chief = shibata.initiatives.get(code="10")
    assert sorted(chief.reference_results.values_list("fy", flat=True)) == [2021, 2022]  # 2023 unpublished
    assert (
        InitiativeLabel.objects.get(initiative=mynumber, item__code="mynumber").state == LabelState.CONFIRMED
    )
    onojo = Plan.objects.get(municipality__name="大野城市")
    assert onojo.is_reference and not ReferenceResult.objects.filter(initiative__plan=onojo).exists()
    html = client.get(reverse("initiative", args=[mynumber.pk])).content.decode()
    assert "公表された進捗（出典: shinchoku「shinchoku」の公表データ）" in html
    assert "80.7" in html and "目標を上回る" in html
    published = html.split("令和5年度（2023）の指標（公表された値）")[1].split("</table>")[0]
    assert '<td class="num">令和5年度までにマイナンバーカード普及率40%を達成</td><td class="num">80.7%</td>' in published
    assert "参考計画" in client.get(reverse("plan", args=[shibata.pk])).content.decode()


def test_reimporting_the_same_bundle_changes_nothing(exported):
    path, _ = exported
    _flush()
    import_bundle(path)
    counts = {
        m.__name__: m.objects.count()
        for m in (Plan, Initiative, IndicatorValue, ReferenceResult, InitiativeLabel)
    }
    history = Initiative.history.count() + Plan.history.count() + InitiativeLabel.history.count()
    again = import_bundle(path)
    assert not again.changed and all(line.split(": ")[1].startswith("変更なし") for line in again.imported)
    assert counts == {
        m.__name__: m.objects.count()
        for m in (Plan, Initiative, IndicatorValue, ReferenceResult, InitiativeLabel)
    }
    assert history == Initiative.history.count() + Plan.history.count() + InitiativeLabel.history.count()


def test_own_municipality_is_skipped_with_a_note(exported):
    path, _ = exported
    Round.objects.all().delete()
    Plan.objects.filter(municipality__name="大野城市").delete()  # 新発田市 stays: this installation's own
    result = import_bundle(path)
    assert len(result.imported) == 1 and "大野城市" in result.imported[0]
    assert "新発田市" in result.skipped[0] and "取り込みませんでした" in result.skipped[0]
    assert not Plan.objects.get(municipality__code="152064").is_reference


def _bundle(tmp_path: Path, members: dict[str, bytes], name: str = "bad.zip") -> Path:
    path = tmp_path / name
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for member, data in members.items():
            archive.writestr(member, data)
    return path


def _members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {n: archive.read(n) for n in archive.namelist()}


@pytest.mark.parametrize(
    "mutate, message",
    [
        (lambda m: {**m, "../../etc/passwd": b"x"}, "想定外のファイル名があります: ../../etc/passwd"),
        (lambda m: {**m, "plans/0001.json": b"{not json"}, "plans/0001.json: JSON として読めません（1行目"),
        (lambda m: {**m, "plans/0001.json": b"0" * (21 * 1024 * 1024)}, "plans/0001.json: 大きすぎます"),
        (lambda m: {k: v for k, v in m.items() if k != "manifest.json"}, "manifest.json がありません"),
        (
            lambda m: {**m, "manifest.json": b'{"format": "shinchoku-backup"}'},
            "バンドルファイルではありません",
        ),
        (
            lambda m: {**m, "plans/0001.json": b'{"plan": {"format": "x"}}'},
            "plans/0001.json: 計画を読み取れません",
        ),
        (lambda m: {**m, "plans/0001.json": b'{"plan": NaN}'}, "NaN は数値として使えません"),
        (lambda m: {**m, "plans/0001.json": b'{"plan": ' + b"9" * 5000 + b"}"}, "JSON として読めない値があります"),
    ],
    ids=["traversal", "bad-json", "bomb", "no-manifest", "backup", "bad-plan", "nan", "huge-figure"],
)
def test_hostile_bundles_are_refused_and_change_nothing(members, db, tmp_path, mutate, message):
    bad = _bundle(tmp_path, mutate(members))
    with pytest.raises(BundleError) as refused:
        import_bundle(bad)
    assert message in str(refused.value)
    # no sentence of the library's (「Expecting value」「Exceeds the limit …」) shown
    assert not re.search(r"[A-Za-z][a-z]+ [a-z]+", str(refused.value)), refused.value
    assert not Plan.objects.exists() and not Municipality.objects.exists()


def test_a_result_pointing_outside_the_plan_is_refused(members, db, tmp_path):
    entry = json.loads(members["plans/0001.json"])  # 新発田市 (団体コード 152064 sorts first)
    assert entry["plan"]["municipality"]["name"] == "新発田市"
    entry["results"][0]["initiative"] = 10_000
    with pytest.raises(BundleError, match="公表された進捗 1件目: 取組の番号"):
        read_bundle(_bundle(tmp_path, {**members, "plans/0001.json": json.dumps(entry).encode()}))
    assert not Plan.objects.exists()


def test_members_that_decompress_beyond_the_total_are_refused(members, db, tmp_path, monkeypatch):
    from shinchoku.exports import bundle

    size = sum(len(data) for data in members.values())
    monkeypatch.setattr(bundle, "MAX_TOTAL_BYTES", size - 1)  # counted as read, whatever the headers say
    with pytest.raises(BundleError, match="展開すると大きすぎます"):
        import_bundle(_bundle(tmp_path, members, "bundle.zip"))
    assert not Plan.objects.exists()


def test_not_a_zip(tmp_path, db):
    bad = tmp_path / "plan.zip"
    bad.write_bytes(b"PK\x03\x04 broken")
    with pytest.raises(BundleError, match="バンドルファイル（zip）ではありません"):
        import_bundle(bad)


def test_command_line_export_and_import(exported, tmp_path, capsys):
    path = tmp_path / "cli.zip"
    assert main(["bundle", "export", str(path)]) == 0
    assert "計画 2 件" in capsys.readouterr().out
    _flush()
    assert main(["bundle", "import", str(path)]) == 0
    out = capsys.readouterr().out
    assert "参考計画 新潟県新発田市" in out and Plan.objects.filter(kind="reference").count() == 2
    bad = tmp_path / "bad.zip"
    bad.write_text("no")
    assert main(["bundle", "import", str(bad)]) == 2
    assert "バンドルファイル（zip）ではありません" in capsys.readouterr().err


def test_admin_download_and_upload(exported, client, django_user_model, tmp_path, run_tasks, settings):
    settings.VAR_DIR = tmp_path / "var"
    admin = django_user_model.objects.create_superuser("root", "root@example.jp", "correct-horse-battery")
    client.force_login(admin)
    assert f'href="{reverse("bundle")}"' in client.get(reverse("home")).content.decode()  # in the menu
    response = client.get(reverse("bundle-download"))
    assert response.status_code == 200 and response["Content-Type"] == "application/zip"
    data = b"".join(response.streaming_content)
    _flush()
    upload = tmp_path / "up.zip"
    upload.write_bytes(data)
    with upload.open("rb") as f:
        posted = client.post(reverse("bundle"), {"file": f})
    # the request only keeps the file and queues the import; the page shows the job's progress
    assert posted.status_code == 302 and not Plan.objects.exists()
    waiting = client.get(posted["Location"]).content.decode()
    assert 'role="status"' in waiting and "待機中" in waiting
    run_tasks()
    page = client.get(posted["Location"]).content.decode()
    assert "「shinchoku」のバンドルを取り込みました" in page and "参考計画 新潟県新発田市" in page
    assert Plan.objects.filter(kind="reference").count() == 2
    assert not any(uploads.store().iterdir())  # the uploaded file is gone once imported
    with (tmp_path / "x.zip").open("wb") as f:
        f.write(b"not a zip")
    with (tmp_path / "x.zip").open("rb") as f:
        posted = client.post(reverse("bundle"), {"file": f})
    run_tasks()
    refused = client.get(posted["Location"])
    assert refused.status_code == 400 and "バンドルファイル（zip）ではありません" in refused.content.decode()
    assert "何も変更していません" in refused.content.decode()
    # another administrator's job, or no job at all, is not shown
    other = django_user_model.objects.create_superuser("root2", "root2@example.jp", "correct-horse-battery")
    client.force_login(other)
    assert client.get(posted["Location"]).status_code == 404
    assert client.get(reverse("bundle"), {"job": "not-a-uuid"}).status_code == 404


def test_only_an_administrator_reaches_the_bundle_pages(client, django_user_model, db):
    user = django_user_model.objects.create_user("sato", "sato@example.jp", "correct-horse-battery")
    client.force_login(user)
    assert f'href="{reverse("bundle")}"' not in client.get(reverse("home")).content.decode()
    assert client.get(reverse("bundle")).status_code in (403, 404)
    assert client.get(reverse("bundle-download")).status_code in (403, 404)


def test_results_a_bundle_brings_feed_the_kpi_chart_and_the_comparison(exported, client):
    """新発田市 as another installation publishes it a year later: its 令和6年度 actual of the card rate,
    which the printed plan does not have, reaches the initiative's KPI table and chart and the
    comparison of マイナンバーカード交付率 across municipalities, marked as reported, not printed."""
    path, _ = exported
    _flush()
    import_bundle(path)
    shibata = Plan.objects.get(municipality__code="152064")
    mynumber = shibata.initiatives.get(code="12")
    indicator = mynumber.indicators.get(name="マイナンバーカードの普及率")
    assert not indicator.values.filter(kind="actual", fy=2024).exists()
    r6 = {"round": "令和6年度 進捗管理", "grade": "A", "actuals": [
        {"name": "マイナンバーカードの普及率", "unit": "%", "target": 40, "actual": 84.6, "actual_text": "", "rate": 2.1},
        {"name": "どこにもない指標", "unit": "件", "actual": 5},  # names no indicator here: left out
    ]}  # fmt: skip
    ReferenceResult.objects.create(initiative=mynumber, fy=2024, data=r6, source="shinchoku「新潟県」")
    html = client.get(reverse("initiative", args=[mynumber.pk])).content.decode()
    assert "84.6%（進捗報告）" in html  # the KPI table (with its unit), the chart's text equivalent
    assert re.search(r"<polyline[^>]*points=\"[^\"]*\"", html)  # printed R3–R5 and the reported R6 plotted
    compare = client.get(reverse("compare_kind", args=["mynumber-card"])).content.decode()
    assert "<li>新潟県新発田市：84.6%（令和6年度）</li>" in compare  # the chart's latest actual
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", compare))
    assert re.search(r"R5: 80\.7% R6: 84\.6% ?（進捗報告）", text), text[text.find("新発田市") :][:600]
