"""Nothing recorded or revised in the app is lost to an import or a restart of the demo.

延岡市's sample plan: 証明書交付件数 of the コンビニ交付 initiative prints 令和6年度 11,000. The plan
office revises it to 12,500 in the app after a round opened; importing the same (older) file again
must keep 12,500 and say so, and only the plan office's explicit choice applies the file's value.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model

from shinchoku import demo
from shinchoku.importers import parse
from shinchoku.plans.loader import load_plan
from shinchoku.plans.models import Indicator, IndicatorValue, Plan, ValueKind
from shinchoku.progress import services

pytestmark = pytest.mark.django_db

SAMPLES = Path(__file__).resolve().parents[2] / "samples" / "plans"
CONVENIENCE = "マイナンバーカードを利用した証明書等のコンビニ交付サービスの"


@pytest.fixture
def nobeoka():
    plan = load_plan(parse(SAMPLES / "nobeoka.txt")).plan
    office = get_user_model().objects.create_user("tanaka", last_name="田中", first_name="一郎")
    indicator = Indicator.objects.get(initiative__plan=plan, initiative__title__startswith=CONVENIENCE)
    services.open_round(plan, 2024, date(2025, 5, 31))
    services.update_targets(indicator, {2024: 12500}, user=office, reason="交付実績の伸びに合わせて上方修正")
    return plan, indicator, office


def target(indicator: Indicator, fy: int) -> float | None:
    return IndicatorValue.objects.get(indicator=indicator, kind=ValueKind.TARGET, fy=fy).value


def test_reimporting_the_plan_keeps_a_target_revised_in_the_app_and_lists_the_conflict(nobeoka):
    plan, indicator, _ = nobeoka
    assert target(indicator, 2023) == 10000  # as printed
    result = load_plan(parse(SAMPLES / "nobeoka.txt"))
    assert target(indicator, 2024) == 12500
    assert target(indicator, 2023) == 10000
    assert len(result.conflicts) == 1
    assert (
        "証明書交付件数 令和6年度の目標値: アプリで改訂した 12,500件 を保持（ファイルでは 11,000件）"
        in result.conflicts[0]
    )
    # nothing else differs, so the plan itself is unchanged
    assert not result.has_changes


def test_the_plan_office_can_choose_the_files_value(nobeoka):
    plan, indicator, office = nobeoka
    preview = load_plan(parse(SAMPLES / "nobeoka.txt"), overwrite_revised=True, dry_run=True)
    assert preview.conflicts == [] and preview.changed  # the change is shown before it is made
    assert target(indicator, 2024) == 12500
    load_plan(parse(SAMPLES / "nobeoka.txt"), overwrite_revised=True, user=office)
    assert target(indicator, 2024) == 11000
    row = IndicatorValue.objects.get(indicator=indicator, kind=ValueKind.TARGET, fy=2024)
    assert row.revised_at is None  # the document's value again
    # the rows the import wrote name who imported
    assert row.history.latest().history_user == office


def test_an_import_names_its_user_in_the_history():
    office = get_user_model().objects.create_user("suzuki")
    plan = load_plan(parse(SAMPLES / "shibata.txt"), user=office).plan
    initiative = plan.initiatives.get(code="1")
    assert initiative.history.get().history_user == office
    assert {h.history_user for h in IndicatorValue.history.filter(indicator__initiative=initiative)} == {
        office
    }


def test_restarting_the_demo_never_imports_a_sample_over_a_plan_the_office_revised(nobeoka):
    plan, indicator, _ = nobeoka
    # the plan office uploads its own revised edition: the plan no longer carries the sample's hash
    Plan.objects.filter(pk=plan.pk).update(source_sha256="0" * 64, source_filename="延岡市_改訂版.pdf")
    messages = list(demo.load_samples())
    assert not any("延岡市" in m for m in messages)
    plan.refresh_from_db()
    assert plan.source_filename == "延岡市_改訂版.pdf"
    assert target(indicator, 2024) == 12500
    assert Plan.objects.filter(municipality=plan.municipality).count() == 1


# --- a revised edition of 延岡市's plan (no numbers: initiatives are matched by title) ----------------------


def revised_nobeoka() -> dict:
    data = parse(SAMPLES / "nobeoka.txt")
    for item in data["initiatives"]:
        item["line"] = (item.get("line") or 0) + 40  # the revision adds two pages before the cards
    first, second = data["initiatives"][0], data["initiatives"][1]
    assert first["title"] == "マイナポータルからの行政手続のオンライン化"
    first["title"] = "マイナポータルを活用した行政手続のオンライン化【拡充】"
    assert second["title"] == "窓口業務における窓口番号案内システムの導入"
    second["title"] = "【完了】窓口業務における窓口番号案内システムの導入"
    return data


def test_a_reworded_or_marked_title_keeps_its_initiative_and_history():
    plan = load_plan(parse(SAMPLES / "nobeoka.txt")).plan
    first = plan.initiatives.get(title="マイナポータルからの行政手続のオンライン化")
    second = plan.initiatives.get(title="窓口業務における窓口番号案内システムの導入")
    count = plan.initiatives.count()
    result = load_plan(revised_nobeoka())
    assert plan.initiatives.count() == count and result.added == [] and result.retired == []
    first.refresh_from_db()
    second.refresh_from_db()
    assert first.title == "マイナポータルを活用した行政手続のオンライン化【拡充】"
    assert second.title == "【完了】窓口業務における窓口番号案内システムの導入"
    assert first.history.count() == 2  # created, then retitled: one history
    assert result.details["マイナポータルを活用した行政手続のオンライン化【拡充】"] == [
        "取組名: マイナポータルからの行政手続のオンライン化 → マイナポータルを活用した行政手続のオンライン化【拡充】"
    ]


def test_a_moved_source_line_alone_is_not_a_change():
    plan = load_plan(parse(SAMPLES / "nobeoka.txt")).plan
    data = parse(SAMPLES / "nobeoka.txt")
    for item in data["initiatives"]:
        item["line"] = (item.get("line") or 0) + 40
    result = load_plan(data)
    assert result.changed == [] and not result.has_changes
    assert plan.initiatives.get(title="マイナポータルからの行政手続のオンライン化").source_line == 141 + 40


def test_the_preview_shows_old_and_new_values():
    load_plan(parse(SAMPLES / "nobeoka.txt"))
    data = parse(SAMPLES / "nobeoka.txt")
    item = next(i for i in data["initiatives"] if i["title"].startswith(CONVENIENCE))
    kpi = item["indicators"][0]
    target_2024 = next(v for v in kpi["targets"] if v["fy"] == 2024)
    target_2024["value"], target_2024["text"] = 11500, "11,500件"
    item["departments"] = item["departments"] + ["情報政策課"]
    preview = load_plan(data, dry_run=True)
    label = next(label for label in preview.changed if label.startswith(CONVENIENCE))
    assert preview.details[label] == [
        "担当課: 市民課 → 市民課、情報政策課",
        "指標「証明書交付件数」令和6年度 目標値: 11,000件 → 11,500件",
    ]
    assert len(preview.changed) == 1


def test_a_revised_unit_shows_each_value_with_the_unit_it_is_written_in():
    """A revision that counts in 通 instead of 件: the old value keeps 件, the new one takes 通."""
    load_plan(parse(SAMPLES / "nobeoka.txt"))
    data = parse(SAMPLES / "nobeoka.txt")
    item = next(i for i in data["initiatives"] if i["title"].startswith(CONVENIENCE))
    kpi = item["indicators"][0]
    kpi["unit"] = "通"
    target_2024 = next(v for v in kpi["targets"] if v["fy"] == 2024)
    target_2024["value"], target_2024["text"] = 11500, "11,500通"
    preview = load_plan(data, dry_run=True)
    label = next(label for label in preview.changed if label.startswith(CONVENIENCE))
    assert preview.details[label] == [
        "指標「証明書交付件数」単位: 件 → 通",
        "指標「証明書交付件数」令和6年度 目標値: 11,000件 → 11,500通",
    ]
    assert Indicator.objects.get(initiative__title__startswith=CONVENIENCE).unit == "件"
