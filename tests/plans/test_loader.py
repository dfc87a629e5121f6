"""Loading Plan JSON: first import, idempotent re-import, revised plans, dry runs, failures."""

from __future__ import annotations

import copy
import re
from datetime import date
from decimal import Decimal
from unittest import mock

import pytest

from shinchoku.importers import ParseError
from shinchoku.importers.planjson import indicator, initiative, new_plan, section, value
from shinchoku.plans import loader
from shinchoku.plans.loader import load_plan
from shinchoku.plans.models import (
    BudgetEntry,
    Indicator,
    IndicatorValue,
    Initiative,
    Municipality,
    Plan,
    Section,
    ValueKind,
)
from shinchoku.progress.models import RecordedActual, Report, Round

pytestmark = pytest.mark.django_db


def small_plan() -> dict:
    plan = new_plan(
        municipality="延岡市", prefecture="宮崎県", code="452033", title="延岡市情報政策推進計画 アクションプラン",
        published="2021-12", start_fy=2021, end_fy=2025, vision="市民がまんなか", filename="nobeoka.txt",
        data=b"x", layout="nobeoka",
    )  # fmt: skip
    plan["sections"] = [
        section("s1", None, "プロジェクト", "1", "市民にやさしいDX"),
        section("s1.1", "s1", "基本施策", None, "市民目線のデジタル化"),
    ]
    plan["initiatives"] = [
        initiative(
            "1", "マイナンバー(ぴったりサービス)からの行政手続のオンライン化", "s1.1",
            departments=["情報政策課", "市民課"], scope="national", priority="重点施策1", line=120,
            schedule=[{"fy": 2021, "half": None, "label": "標準仕様公開"}, {"fy": 2022, "half": None, "label": "運用"}],
            indicators=[
                indicator(
                    "オンライン申請可能手続数", unit="手続", direction="increase",
                    baseline=value(2020, 5, "5手続"),
                    targets=[value(2021, 12, "12手続"), value(2022, 30, "30手続")],
                    actuals=[value(2021, 15, "15手続")],
                    final_target=value(2025, 112, "112 手続"),
                )
            ],
            budget=[{"fy": 2022, "amount": 4000, "unit": "千円"}],
        ),
        initiative("2", "窓口番号案内システムの導入", "s1.1", departments=["市民課"], scope="local"),
        initiative(None, "スマホ教室の開催", "s1", departments=["情報政策課"]),
    ]  # fmt: skip
    return plan


def test_first_load_stores_every_part_of_the_plan():
    result = load_plan(small_plan())
    assert result.created and len(result.added) == 3
    plan = Plan.objects.get()
    assert (plan.municipality.name, plan.municipality.code) == ("延岡市", "452033")
    assert (plan.start_fy, plan.end_fy, plan.fiscal_years[-1]) == (2021, 2025, 2025)
    assert [s.depth for s in plan.sections.all()] == [0, 1]
    first = plan.initiatives.get(code="1")
    assert first.section.title == "市民目線のデジタル化"
    assert [link.department.name for link in first.department_links.all()] == ["情報政策課", "市民課"]
    assert (first.scope, first.priority, first.source_line) == ("national", "重点施策1", 120)
    assert [(s.fy, s.label) for s in first.schedule.all()] == [(2021, "標準仕様公開"), (2022, "運用")]
    kpi = first.indicators.get()
    assert (kpi.baseline_value, kpi.final_target_value, kpi.final_target_fy) == (5, 112, 2025)
    assert [(v.fy, v.value) for v in kpi.values.filter(kind=ValueKind.TARGET)] == [(2021, 12), (2022, 30)]
    assert first.budget.get().amount == Decimal("4000")
    # departments are shared by the municipality's initiatives
    assert plan.municipality.departments.count() == 2


def test_loading_the_same_plan_again_changes_nothing():
    load_plan(small_plan())
    history_before = Initiative.history.count() + IndicatorValue.history.count() + Indicator.history.count()
    ids_before = sorted(IndicatorValue.objects.values_list("pk", flat=True))
    result = load_plan(small_plan())
    assert not result.has_changes
    assert len(result.unchanged) == 3
    assert Initiative.history.count() + IndicatorValue.history.count() + Indicator.history.count() == history_before
    assert sorted(IndicatorValue.objects.values_list("pk", flat=True)) == ids_before


def test_a_revised_plan_updates_in_place_and_keeps_recorded_progress():
    load_plan(small_plan())
    first = Initiative.objects.get(code="1")
    kpi = first.indicators.get()
    round_ = Round.objects.create(plan=first.plan, fy=2022, title="令和4年度の実績", deadline=date(2023, 5, 31))
    report = Report.objects.create(round=round_, initiative=first, achievements="対象手続を拡大した")
    recorded = RecordedActual.objects.create(report=report, indicator=kpi, value=33, text="33手続")
    revised = small_plan()
    revised["initiatives"][0]["title"] = "マイナポータルからの行政手続のオンライン化"  # retitled, same code
    revised["initiatives"][0]["indicators"][0]["targets"][1] = value(2022, 40, "40手続")
    del revised["initiatives"][1]  # 窓口番号案内 dropped from the plan
    revised["initiatives"].append(initiative("9", "AI議事録の導入", "s1", departments=["総務課"]))

    result = load_plan(revised)
    assert not result.created
    assert result.added == ["9 AI議事録の導入"]
    assert result.changed == ["1 マイナポータルからの行政手続のオンライン化"]
    assert result.retired == ["2 窓口番号案内システムの導入"]
    first.refresh_from_db()
    assert first.title == "マイナポータルからの行政手続のオンライン化"
    assert first.indicators.get().pk == kpi.pk
    recorded.refresh_from_db()
    assert (recorded.indicator_id, recorded.value, recorded.report.initiative_id) == (kpi.pk, 33, first.pk)
    assert Report.objects.get(pk=report.pk).achievements == "対象手続を拡大した"
    assert kpi.values.get(kind=ValueKind.TARGET, fy=2022).value == 40
    retired = Initiative.objects.get(code="2")
    assert retired.retired_at is not None
    assert first.history.count() == 2  # created, then retitled: who/when/before/after kept


def test_a_revision_imported_while_a_round_is_open_gives_reports_to_added_initiatives_and_withdraws_retired_ones(
    django_user_model,
):
    """The round opened before the re-import gave no report to an initiative the file added, and an
    initiative the file dropped stayed 「入力可」, counted 未提出 and reminded of."""
    from shinchoku.progress import services

    sato = django_user_model.objects.create_user("sato", last_name="佐藤")
    plan = load_plan(small_plan()).plan
    round_ = services.open_round(plan, 2022, date(2023, 5, 31))
    dropped = round_.reports.get(initiative__code="2")
    dropped.achievements = "案内表示を試行した"  # written, not submitted
    dropped.save()
    round_.reports.filter(initiative__title="スマホ教室の開催").update(state=Report.State.SUBMITTED)
    revised = small_plan()
    del revised["initiatives"][1:]  # 窓口番号案内 and スマホ教室 dropped
    revised["initiatives"].append(initiative("9", "AI議事録の導入", "s1", departments=["総務課"]))

    preview = load_plan(revised, dry_run=True)
    assert services.round_notes(plan, added=preview.added, retired=preview.retired, changed=preview.changed) == [
        "受付中の進捗管理の回「令和4年度の実績」（提出期限 令和5年5月31日（水））があります。"
        "追加される取組1件の報告をこの回に作ります（担当課が入力できるようになります）。"
        "計画から外れる取組1件の未提出の報告は、督促と未提出の集計から外します（入力済みの内容は消さずに残します）。"
        "計画から外れる取組1件の報告は提出済みのため、そのまま残します。"
    ]
    assert round_.reports.count() == 3  # the preview wrote nothing

    load_plan(revised, user=sato)
    states = {str(r.initiative): r.state for r in round_.reports.select_related("initiative")}
    assert states == {
        "1 マイナンバー(ぴったりサービス)からの行政手続のオンライン化": "draft",
        "2 窓口番号案内システムの導入": "withdrawn",
        "スマホ教室の開催": "submitted",
        "9 AI議事録の導入": "draft",
    }
    dropped.refresh_from_db()
    assert dropped.achievements == "案内表示を試行した"
    assert dropped.history.first().history_user == sato
    assert services.open_count(round_) == 2
    assert services.close_warnings(round_, today=date(2023, 6, 1))[0] == "2件が未提出です。"
    board = services.dashboard(round_, today=date(2023, 6, 1))
    assert {d.name: d.open for d in board.departments} == {"情報政策課": 1, "市民課": 1, "総務課": 1}

    load_plan(small_plan(), user=sato)  # back as it was: 窓口番号案内 open again, AI議事録 withdrawn
    dropped.refresh_from_db()
    assert (dropped.state, dropped.achievements) == ("draft", "案内表示を試行した")
    assert round_.reports.get(initiative__code="9").state == "withdrawn"


def test_a_retired_initiative_keeps_the_file_page_and_line_it_was_last_read_from(client, django_user_model):
    """After v2 without initiative 2, its page said 「ファイル hoshimidai_v2.pdf…、1ページ 20行目から」: line
    20 of v2 is another initiative."""
    from shinchoku.plans import editing

    def edition(filename: str) -> dict:
        data = small_plan()
        data["plan"]["source"].update(filename=filename, layout="generic")
        for item, line in zip(data["initiatives"], (12, 20, 31), strict=True):
            item.update(line=line, page=1)
        return data

    load_plan(edition("hoshimidai_v1.pdf"))
    dropped = Initiative.objects.get(code="2")
    by_app = editing.retire_initiative(
        Initiative.objects.get(title="スマホ教室の開催"), version=None, user=django_user_model.objects.create_user("sato")
    )
    v2 = edition("hoshimidai_v2.pdf")
    v2["initiatives"] = [v2["initiatives"][0], initiative("9", "AI議事録の導入", "s1", line=20, page=1)]
    load_plan(v2)

    def source(pk: int) -> str:
        page = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", client.get(f"/initiatives/{pk}/").content.decode()))
        return page[page.index("出典 ") :].split(" shinchoku — ")[0].strip()

    layout = "一般的な形式（取組の表・番号付きの一覧・取組ごとの記述）"
    assert source(dropped.pk) == f"出典 ファイル hoshimidai_v1.pdf（レイアウト: {layout}）、1ページ 20行目から"
    assert source(by_app.pk) == f"出典 ファイル hoshimidai_v1.pdf（レイアウト: {layout}）、1ページ 31行目から"
    added = Initiative.objects.get(code="9")
    assert source(added.pk) == f"出典 ファイル hoshimidai_v2.pdf（レイアウト: {layout}）、1ページ 20行目から"
    assert not load_plan(v2).has_changes  # kept once: the same file again writes nothing

    load_plan(edition("hoshimidai_v3.pdf"))  # 2 is back in the plan: the new file's line
    assert source(dropped.pk) == f"出典 ファイル hoshimidai_v3.pdf（レイアウト: {layout}）、1ページ 20行目から"


def test_initiatives_without_code_are_matched_by_title():
    load_plan(small_plan())
    original = Initiative.objects.get(title="スマホ教室の開催")
    revised = small_plan()
    revised["initiatives"][2]["summary"] = "高齢者向けに年10回開催"
    load_plan(revised)
    original.refresh_from_db()
    assert original.summary == "高齢者向けに年10回開催"
    assert Initiative.objects.filter(title="スマホ教室の開催").count() == 1


def test_repost_links_point_at_the_original_initiative():
    data = small_plan()
    data["initiatives"].append(
        initiative("3", "窓口番号案内システムの導入", "s1", marks=["再掲"], repost_of="2")
    )
    load_plan(data)
    repost = Initiative.objects.get(code="3")
    assert repost.repost_of.code == "2"
    assert list(Initiative.objects.get(code="2").reposts.all()) == [repost]


def test_dry_run_reports_the_changes_and_writes_nothing():
    result = load_plan(small_plan(), dry_run=True)
    assert result.created and len(result.added) == 3
    assert not Plan.objects.exists() and not Municipality.objects.exists()


def test_a_new_edition_names_what_it_changes_of_the_plan_itself():
    """Next year's file: a new title and period are shown before the import, not changed silently."""
    plan = load_plan(small_plan()).plan
    edition = small_plan()
    edition["plan"]["title"] += "（改訂版）"
    edition["plan"]["period"] = {"start_fy": 2025, "end_fy": 2029}
    result = load_plan(edition, into=plan, dry_run=True)
    assert result.plan_changes == [
        "計画名: 「延岡市情報政策推進計画 アクションプラン」 → 「延岡市情報政策推進計画 アクションプラン（改訂版）」",
        "計画期間: 令和3年度〜令和7年度 → 令和7年度〜令和11年度",
    ]
    assert result.has_changes and not result.changed
    plan.refresh_from_db()
    assert plan.title == "延岡市情報政策推進計画 アクションプラン"  # a dry run wrote nothing
    assert load_plan(small_plan(), into=plan, dry_run=True).plan_changes == []


def test_an_invalid_plan_is_refused_before_anything_is_written():
    data = small_plan()
    data["initiatives"][0]["section"] = "does-not-exist"
    with pytest.raises(ParseError, match="section"):
        load_plan(data)
    assert not Plan.objects.exists()


def test_a_failure_half_way_leaves_the_database_as_it_was():
    load_plan(small_plan())
    snapshot = (Initiative.objects.count(), Section.objects.count(), BudgetEntry.objects.count())
    titles = sorted(Initiative.objects.values_list("title", flat=True))
    revised = copy.deepcopy(small_plan())
    revised["initiatives"][0]["title"] = "変更後の名称"
    revised["initiatives"].append(initiative("10", "新しい取組", "s1"))
    with (
        mock.patch.object(loader._Loader, "_budget", side_effect=RuntimeError("disk full")),
        pytest.raises(RuntimeError),
    ):
        load_plan(revised)
    assert (Initiative.objects.count(), Section.objects.count(), BudgetEntry.objects.count()) == snapshot
    assert sorted(Initiative.objects.values_list("title", flat=True)) == titles


def test_municipality_name_can_be_overridden():
    data = small_plan()
    data["municipality"].update(code=None, prefecture=None)
    load_plan(data, municipality_name="テスト市")
    assert Municipality.objects.get().name == "テスト市"


def test_a_file_without_prefecture_belongs_to_the_one_municipality_of_its_name():
    """A 進捗状況一覧 names 北杜見市 but not 山梨県: it is the registered 北杜見市's, not a second one."""
    home = Municipality.objects.create(name="北杜見市", prefecture="山梨県")
    data = small_plan()
    data["municipality"].update(name="北杜見市", code=None, prefecture=None)
    result = load_plan(data)
    assert result.plan.municipality == home
    assert list(Municipality.objects.values_list("prefecture", "name")) == [("山梨県", "北杜見市")]


def test_a_file_without_prefecture_does_not_pick_one_of_two_municipalities_of_its_name():
    Municipality.objects.create(name="府中市", prefecture="東京都")
    Municipality.objects.create(name="府中市", prefecture="広島県")
    data = small_plan()
    data["municipality"].update(name="府中市", code=None, prefecture=None)
    assert loader.match_municipality(data) is None
    data["municipality"]["prefecture"] = "広島県"
    assert loader.match_municipality(data).prefecture == "広島県"


def test_next_years_list_keeps_last_years_actuals_and_the_plans_period():
    """The 令和4年度 list imported into the plan: it prints only its own year's actual and names the years
    令和4〜7年度 only. The 2021 actual printed last year stays (nothing said it was wrong), the 2022 one is
    added, and the plan's 令和3〜7年度 stands; a changed actual of a year the file gives is changed."""
    plan = load_plan(small_plan()).plan
    edition = small_plan()
    edition["plan"]["period"] = {"start_fy": 2022, "end_fy": 2025}
    (kpi,) = edition["initiatives"][0]["indicators"]
    kpi["actuals"] = [value(2022, 31, "31手続")]
    result = load_plan(edition, into=plan)
    assert result.plan_changes == []
    notes = [note for notes in result.details.values() for note in notes]
    assert notes == ["指標「オンライン申請可能手続数」令和4年度 実績値: （なし） → 31手続"]
    stored = Indicator.objects.get(name="オンライン申請可能手続数")
    actuals = stored.values.filter(kind=ValueKind.ACTUAL).order_by("fy")
    assert [(v.fy, v.value) for v in actuals] == [(2021, Decimal(15)), (2022, Decimal(31))]
    plan.refresh_from_db()
    assert (plan.start_fy, plan.end_fy) == (2021, 2025)
    kpi["actuals"] = [value(2021, 16, "16手続"), value(2022, 31, "31手続")]  # last year's corrected
    load_plan(edition, into=plan)
    assert [(v.fy, v.value) for v in stored.values.filter(kind=ValueKind.ACTUAL).order_by("fy")] == [
        (2021, Decimal(16)),
        (2022, Decimal(31)),
    ]


def test_next_years_list_keeps_last_years_printed_grades_and_rates():
    """笠間市's 進捗状況一覧 of 令和6年度 printed 評価 B and 達成率 78.6%; next year's list prints 令和7年度's A and
    84.1%. Both years stay, as both years' actuals do (first walked: 令和6年度's grade gone, the preview saying only
    「評価: B → B」); the preview names the year that is added; a corrected grade of a year is changed."""
    first = small_plan()
    (kpi,) = first["initiatives"][0]["indicators"]
    kpi["evaluations"] = [{"fy": 2024, "text": "B"}]
    kpi["achievement_rates"] = [{"fy": 2024, "value": 78.6, "text": "78.6%"}]
    plan = load_plan(first).plan
    edition = copy.deepcopy(first)
    (kpi,) = edition["initiatives"][0]["indicators"]
    kpi["evaluations"] = [{"fy": 2025, "text": "B"}]
    kpi["achievement_rates"] = [{"fy": 2025, "value": 84.1, "text": "84.1%"}]
    result = load_plan(edition, into=plan)
    notes = [note for notes in result.details.values() for note in notes]
    assert notes == [
        "指標「オンライン申請可能手続数」計画ファイルの評価: （なし） → 令和7年度 B",
        "指標「オンライン申請可能手続数」達成率: （なし） → 令和7年度 84.1%",
    ]
    stored = Indicator.objects.get(name="オンライン申請可能手続数")
    assert stored.extra["evaluations"] == [{"fy": 2024, "text": "B"}, {"fy": 2025, "text": "B"}]
    assert [e["text"] for e in stored.extra["achievement_rates"]] == ["78.6%", "84.1%"]
    kpi["evaluations"] = [{"fy": 2024, "text": "C"}, {"fy": 2025, "text": "B"}]  # last year's corrected
    result = load_plan(edition, into=plan)
    assert [n for notes in result.details.values() for n in notes] == [
        "指標「オンライン申請可能手続数」計画ファイルの評価: 令和6年度 B → 令和6年度 C"
    ]
    stored.refresh_from_db()
    assert stored.extra["evaluations"] == [{"fy": 2024, "text": "C"}, {"fy": 2025, "text": "B"}]


def test_a_list_of_no_title_nor_sections_keeps_the_plans_own():
    """笠間市's next 進捗状況一覧 saved as CSV from its sheet alone: no title line (the reader names it 「笠間市 計画」) and
    no 基本目標 rows. Imported into the plan it revises, the plan keeps its title and every initiative its 施策体系 —
    the file says nothing of either (first walked: the preview proposed 「計画名: … → 笠間市 計画」 and 「施策体系: … →
    （なし）」 for every initiative); what it does say (a new actual) is still taken."""
    plan = load_plan(small_plan()).plan
    edition = small_plan()
    edition["plan"]["title"], edition["plan"]["title_from"] = "延岡市 計画", "municipality"
    edition["sections"] = []
    for item in edition["initiatives"]:
        item["section"] = None
    (kpi,) = edition["initiatives"][0]["indicators"]
    kpi["actuals"] = [*kpi["actuals"], value(2022, 31, "31手続")]
    preview = load_plan(edition, into=plan, dry_run=True)
    assert preview.plan_changes == []
    assert [n for notes in preview.details.values() for n in notes] == [
        "指標「オンライン申請可能手続数」令和4年度 実績値: （なし） → 31手続"
    ]
    load_plan(edition, into=plan)
    plan.refresh_from_db()
    assert plan.title == "延岡市情報政策推進計画 アクションプラン" and "title_from" not in (plan.extra or {})
    assert [i.section.title for i in plan.initiatives.select_related("section").order_by("position")] == [
        "市民目線のデジタル化",
        "市民目線のデジタル化",
        "市民にやさしいDX",
    ]


def test_a_changed_value_is_described_as_the_file_prints_it():
    """笠間市's 実績値 「97.0%」 was described 「（なし） → 97%」: a figure is shown as written where its text holds it."""
    plan = load_plan(small_plan()).plan
    edition = small_plan()
    (kpi,) = edition["initiatives"][0]["indicators"]
    kpi["unit"] = "%"
    kpi["actuals"] = [*kpi["actuals"], value(2022, 97.0, "97.0%")]
    notes = [n for notes in load_plan(edition, into=plan, dry_run=True).details.values() for n in notes]
    assert "指標「オンライン申請可能手続数」令和4年度 実績値: （なし） → 97.0%" in notes


def test_a_schedule_added_in_the_app_to_an_initiative_the_file_gives_none_is_a_conflict(django_user_model):
    """窓口番号案内システム has no 工程 in the file; the plan office adds 令和7年度 「全庁展開」 in the app. The
    preview lists it among the app's revisions (so 「上書きする」 says what it would undo) and a re-import keeps it."""
    from shinchoku.plans.editing import edit_initiative

    load_plan(small_plan())
    office = django_user_model.objects.create_user("office")
    counter = Initiative.objects.get(code="2")
    edit_initiative(counter, version=counter.version, user=office, fields={}, schedule={(2025, None): ["全庁展開"]})
    preview = load_plan(small_plan(), dry_run=True)
    assert "2 工程: アプリで改訂した「令和7年度 全庁展開」を保持（ファイルでは「（なし）」）" in preview.conflicts
    load_plan(small_plan())
    assert list(counter.schedule.values_list("fy", "label")) == [(2025, "全庁展開")]


def test_an_upgrade_forgets_the_level_names_the_readers_made_up():
    """Plans imported before a level the plan does not name was left unnamed kept 「第2階層」: the migration blanks
    it, and only it (a level the plan names, 「第2章」 or 「基本施策」, stays)."""
    import importlib

    from django.apps import apps

    load_plan(small_plan())
    Section.objects.filter(title="市民目線のデジタル化").update(level="第2階層")
    Section.objects.filter(title="市民にやさしいDX").update(level="第2章")
    importlib.import_module("shinchoku.plans.migrations.0011_unnamed_section_levels").forget_made_up_levels(apps, None)
    assert dict(Section.objects.values_list("title", "level")) == {"市民目線のデジタル化": "", "市民にやさしいDX": "第2章"}


def test_next_years_list_keeps_the_budget_of_the_years_it_does_not_give():
    """Last year's file gave 令和4年度 4,000 千円; next year's gives 令和5年度 5,200 千円 only, and a KPI list none: each
    year the file is silent on keeps its 事業費 (walked: the import deleted last year's, the preview did not say so); a
    year it gives is changed and said."""
    load_plan(small_plan())
    following = small_plan()
    following["initiatives"][0]["budget"] = [{"fy": 2023, "amount": 5200, "unit": "千円"}]
    preview = load_plan(following, dry_run=True)
    assert preview.details == {
        "1 マイナンバー(ぴったりサービス)からの行政手続のオンライン化": ["事業費 令和5年度: （なし） → 5,200 千円"]
    }
    load_plan(following)
    first = Plan.objects.get().initiatives.get(code="1")
    assert [(b.fy, b.amount) for b in first.budget.order_by("fy")] == [(2022, Decimal("4000")), (2023, Decimal("5200"))]
    silent = small_plan()
    silent["initiatives"][0]["budget"] = []
    assert not load_plan(silent, dry_run=True).changed
    load_plan(silent)
    assert first.budget.count() == 2


def test_a_final_years_target_revised_in_the_app_is_one_conflict_with_its_unit_and_year(django_user_model):
    """The grid's 令和10年度 target of オンライン予約率 raised from 80% to 85% (the final target follows): a re-import of a
    file saying 90% listed it twice — 「指標「オンライン予約率」の最終目標: アプリで改訂した「85」を保持（ファイルでは「90」）」 and
    「オンライン予約率 令和10年度の目標値: アプリで改訂した 85% を保持（ファイルでは 90%）」 — the first without its unit."""
    from shinchoku.progress.services import update_plan_targets

    def edition(target: int) -> dict:
        plan = new_plan(
            municipality="遠野市", prefecture="岩手県", code=None, title="遠野市DX推進計画", published=None,
            start_fy=2024, end_fy=2028, vision=None, filename="tono.pdf", data=b"x", layout="generic",
        )  # fmt: skip
        kpi = indicator(
            "オンライン予約率", unit="%", baseline=value(2023, 20, "20%"),
            targets=[value(2028, target, f"{target}%")], final_target=value(2028, target, f"{target}%"),
        )  # fmt: skip
        plan["initiatives"] = [
            initiative("2-1", "公共施設予約システムの更新", None, departments=["生涯学習課"], indicators=[kpi])
        ]
        return plan

    loaded = load_plan(edition(80))
    rate = Indicator.objects.get(name="オンライン予約率")
    office = django_user_model.objects.create_user("tono")
    update_plan_targets(loaded.plan, {rate.pk: {2028: 85}}, user=office, reason="")
    rate.refresh_from_db()
    assert (rate.final_target_fy, rate.final_target_value) == (2028, 85)
    assert load_plan(edition(90), dry_run=True).conflicts == [
        "2-1 指標「オンライン予約率」の最終目標: アプリで改訂した「85%（令和10年度）」を保持（ファイルでは「90%（令和10年度）」）"
    ]
    load_plan(edition(90))
    rate.refresh_from_db()
    assert rate.final_target_value == 85 and rate.values.get(kind=ValueKind.TARGET, fy=2028).value == 85


def test_a_plan_stored_under_its_reports_title_is_revised_by_next_years_report():
    """A plan imported under its 進捗状況一覧's heading (「北杜見市DX推進計画 進捗状況一覧」, as titles were read before a
    report's title named its plan) is the plan next year's list reports on (named 「北杜見市DX推進計画」 now): revised, and
    renamed, not a second plan beside it."""
    from shinchoku.importers import parse

    csv = (
        "北杜見市DX推進計画 進捗状況一覧{year}\r\n\r\n番号,施策,取組名,担当課,成果指標,現状値,目標値（令和8年度）\r\n"
        "1-1,1 行政手続のオンライン化,電子申請の拡充,情報政策課,電子申請可能な手続数,35,{target}\r\n"
    )
    old = parse(csv.format(year="", target=120).encode("cp932"), filename="r7.csv")
    old["plan"]["title"] = "北杜見市DX推進計画 進捗状況一覧"  # as it was stored
    first = load_plan(old).plan
    new = parse(csv.format(year="（令和8年度）", target=130).encode("cp932"), filename="r8.csv")
    assert new["plan"]["title"] == "北杜見市DX推進計画"
    result = load_plan(new)
    assert not result.created and result.plan.pk == first.pk
    assert Plan.objects.get().title == "北杜見市DX推進計画"


def test_a_town_registered_without_its_prefecture_is_the_one_a_file_naming_it_belongs_to():
    """高千穂町 registered from a file that named no prefecture: its next file, read as 「宮崎県高千穂町」, is its own
    (walked: the town's 計画担当 was refused 「高千穂町の計画を取り込む権限がありません」, the admin offered a second
    高千穂町); where another 高千穂町 has a prefecture of its own, neither is guessed."""
    from shinchoku.plans.loader import match_municipality

    town = Municipality.objects.create(name="高千穂町", prefecture="")
    data = small_plan()
    data["municipality"] = {"name": "高千穂町", "prefecture": "宮崎県", "code": None}
    assert match_municipality(data) == town
    Municipality.objects.create(name="高千穂町", prefecture="熊本県")
    assert match_municipality(data) is None
