"""The plan office edits its plan in the app (issue 10): departments renamed and merged, initiatives
edited, added and retired, targets in one grid, the grading scale; every edit named in the history,
kept by a re-import of the plan file, refused with a Japanese message on bad input or a lost update."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest

from shinchoku.importers import parse
from shinchoku.plans import editing
from shinchoku.plans.loader import load_plan
from shinchoku.plans.models import Department, Indicator, IndicatorValue, Initiative, ValueKind
from shinchoku.progress import scales, services
from shinchoku.progress.evaluation import grade_for_rate
from shinchoku.progress.history import initiative_history

from .conftest import SAMPLES, form_inputs

SEALS = "申請、届出、納付手続等の押印廃止及び電子化"  # 財務課(契約室) among four departments
E_APPROVAL = "電子決裁（事務文書、財務会計）の導入"  # 行政経営課 会計課 財務課
CONVENIENCE = "マイナンバーカードを利用した証明書等のコンビニ交付サービスの"  # 延岡市, KPI 証明書交付件数


def _departments(initiative: Initiative) -> list[str]:
    return [link.department.name for link in initiative.department_links.order_by("position")]


# --- departments: rename and merge ------------------------------------------------------------------


def test_merge_moves_initiatives_reports_and_users_and_history_names_the_user(
    ew, client, django_capture_on_commit_callbacks
):
    from shinchoku.audit.models import AuditEvent, Kind

    izu = ew.izunokuni
    office, zaimu_editor = ew.users["izu_office"], ew.users["izu_zaimu"]
    round_ = services.open_round(izu, 2024, date.today() + timedelta(days=30))
    approval = izu.initiatives.get(title=E_APPROVAL)
    report = round_.reports.get(initiative=approval)
    source = Department.objects.get(municipality=izu.municipality, name="財務課")
    target = Department.objects.get(municipality=izu.municipality, name="財務課(契約室)")

    client.force_login(office)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"/municipalities/{izu.municipality_id}/departments/",
            {"action": "merge", "source": source.pk, "target": target.pk},
        )
    assert response.status_code == 302
    moved = AuditEvent.objects.get(kind=Kind.USER_CHANGED, object_id=str(target.pk))
    assert (moved.user_id, moved.details["users"]) == (office.pk, ["e-izu_zaimu"])

    assert not Department.objects.filter(pk=source.pk).exists()
    assert _departments(approval) == ["行政経営課", "会計課", "財務課(契約室)"]
    assert set(target.initiatives.values_list("title", flat=True)) == {SEALS, E_APPROVAL}
    # 財務課's editor now works for 財務課(契約室), and so may still fill in the report
    assert list(zaimu_editor.membership.departments.values_list("name", flat=True)) == ["財務課(契約室)"]
    client.force_login(zaimu_editor)
    assert client.get(f"/reports/{report.pk}/").status_code == 200
    assert "財務課(契約室)" in client.get("/my/").content.decode()

    deleted = Department.history.filter(id=source.pk, history_type="-").get()
    assert deleted.history_user == office
    assert deleted.history_change_reason == "「財務課(契約室)」に統合"
    link_changes = [e for e in initiative_history(approval, office) if e.subject == "担当課"]
    assert {(e.action, e.summary, e.who) for e in link_changes} >= {
        ("削除", "財務課", "izu_office"),
        ("追加", "財務課(契約室)", "izu_office"),
    }
    client.force_login(office)
    page = client.get(f"/municipalities/{izu.municipality_id}/departments/").content.decode()
    assert "「財務課(契約室)」に統合" in page


def test_merge_keeps_the_later_extended_deadline_of_the_two(ew):
    """Deadlines live in progress, below which plans cannot see: the merge moves them through
    ``department_merging``. 財務課 had until 7月31日, 財務課(契約室) until 7月15日: the merged one keeps
    7月31日 in that round, and 財務課's extension of another round moves as it is."""
    from shinchoku.progress.models import DepartmentDeadline

    izu = ew.izunokuni
    office = ew.users["izu_office"]
    source = Department.objects.get(municipality=izu.municipality, name="財務課")
    target = Department.objects.get(municipality=izu.municipality, name="財務課(契約室)")
    r6 = services.open_round(izu, 2024, date(2025, 6, 30))
    r7 = services.open_round(izu, 2025, date(2026, 6, 30))
    services.extend_deadline(r6, date(2025, 7, 31), user=office, department=source, reason="決算の確定待ち")
    services.extend_deadline(r6, date(2025, 7, 15), user=office, department=target, reason="人事異動")
    services.extend_deadline(r7, date(2026, 7, 10), user=office, department=source, reason="システム更新")

    editing.merge_departments(source, target, user=office)

    assert not DepartmentDeadline.objects.filter(department_id=source.pk).exists()
    kept = {(d.round_id, d.deadline) for d in DepartmentDeadline.objects.filter(department=target)}
    assert kept == {(r6.pk, date(2025, 7, 31)), (r7.pk, date(2026, 7, 10))}


def test_renamed_and_merged_departments_survive_a_reimport(ew):
    izu = ew.izunokuni
    office = ew.users["izu_office"]
    source = Department.objects.get(municipality=izu.municipality, name="財務課")
    target = Department.objects.get(municipality=izu.municipality, name="財務課(契約室)")
    editing.merge_departments(source, target, user=office)
    renamed = editing.rename_department(target, name="契約管財課", expected="財務課(契約室)", user=office)
    assert renamed.aliases == ["財務課", "財務課(契約室)"]
    assert Department.history.filter(id=target.pk).latest("history_id").history_user == office

    load_plan(parse(SAMPLES / "izunokuni.txt"), user=office)

    names = set(Department.objects.filter(municipality=izu.municipality).values_list("name", flat=True))
    assert "財務課" not in names and "財務課(契約室)" not in names
    assert _departments(izu.initiatives.get(title=E_APPROVAL)) == ["行政経営課", "会計課", "契約管財課"]
    assert _departments(izu.initiatives.get(title=SEALS)) == ["情報政策課", "行政経営課", "会計課", "契約管財課"]


def test_department_refusals_change_nothing(ew, client):
    izu = ew.izunokuni
    client.force_login(ew.users["izu_office"])
    target = Department.objects.get(municipality=izu.municipality, name="財務課(契約室)")
    url = f"/municipalities/{izu.municipality_id}/departments/"

    same = client.post(url, {"action": "merge", "source": target.pk, "target": target.pk})
    assert same.status_code == 400
    assert "同じ担当課には統合できません" in same.content.decode()

    taken = client.post(url, {"action": "rename", "department": target.pk, "expected": target.name, "name": "会計課"})
    assert taken.status_code == 400
    assert "「会計課」はすでにあります" in taken.content.decode()

    stale = client.post(url, {"action": "rename", "department": target.pk, "expected": "財務課", "name": "契約課"})
    assert stale.status_code == 409
    assert "他の人が「財務課(契約室)」に変更しました" in stale.content.decode()

    other_town = Department.objects.filter(municipality=ew.nobeoka.municipality).first()
    foreign = client.post(url, {"action": "merge", "source": other_town.pk, "target": target.pk})
    assert foreign.status_code == 400
    target.refresh_from_db()
    assert target.name == "財務課(契約室)" and Department.objects.filter(pk=other_town.pk).exists()


# --- 新発田市: a plan that names no 担当課 -----------------------------------------------------------


def test_shibata_bulk_assignment_lets_a_department_editor_work(ew, client):
    from django.contrib.auth import get_user_model

    from shinchoku.accounts.models import Membership, Role

    shibata, office = ew.shibata, ew.users["shibata_office"]
    assert not shibata.municipality.departments.exists()
    chosen = list(shibata.initiatives.order_by("position")[:3])
    client.force_login(office)
    url = f"/municipalities/{shibata.municipality_id}/departments/?plan={shibata.pk}"
    assert client.post(url, {"action": "create", "name": "情報政策課"}).status_code == 302
    department = Department.objects.get(municipality=shibata.municipality, name="情報政策課")
    response = client.post(url, {"action": "assign", "department": department.pk,
                                 "initiatives": [i.pk for i in chosen]})  # fmt: skip
    assert response.status_code == 302
    assert sorted(department.initiatives.values_list("pk", flat=True)) == sorted(i.pk for i in chosen)

    round_ = services.open_round(shibata, 2024, date.today() + timedelta(days=30))
    editor = get_user_model().objects.create_user("e-shibata-joho")
    Membership.objects.create(user=editor, role=Role.EDITOR, municipality=shibata.municipality).departments.add(
        department
    )
    mine = round_.reports.get(initiative=chosen[0])
    not_mine = round_.reports.exclude(initiative__in=chosen).first()
    client.force_login(editor)
    tasks = client.get("/my/").content.decode()
    assert chosen[0].title in tasks and not_mine.initiative.title not in tasks
    page = client.get(f"/reports/{mine.pk}/")
    version = int(__import__("re").search(r'name="version" value="(\d+)"', page.content.decode()).group(1))
    saved = client.post(f"/reports/{mine.pk}/", {"version": version, "action": "save", "status": "in_progress",
                                                 "achievements": "手話動画を12本公開", "results": "", "issues": "",
                                                 "next_steps": "", "self_grade": ""})  # fmt: skip
    assert saved.status_code == 302
    mine.refresh_from_db()
    assert mine.achievements == "手話動画を12本公開"
    assert client.post(f"/reports/{not_mine.pk}/", {"version": 0, "action": "save"}).status_code in (403, 404)

    # the plan file names no 担当課: a re-import keeps the assignment
    load_plan(parse(SAMPLES / "shibata.txt"))
    assert _departments(Initiative.objects.get(pk=chosen[0].pk)) == ["情報政策課"]


# --- one initiative ------------------------------------------------------------------------------------


def test_edit_initiative_is_kept_by_a_reimport_and_listed_as_conflicts(ew, client):
    plan, office = ew.nobeoka, ew.users["office"]
    initiative = plan.initiatives.get(title__startswith=CONVENIENCE)
    indicator = initiative.indicators.get()
    client.force_login(office)
    url = f"/initiatives/{initiative.pk}/edit/"
    data = form_inputs(client.get(url).content.decode())
    data["title"] = "コンビニ交付サービスの利用促進（改訂）"
    data["summary"] = initiative.summary
    data["departments"] = [Department.objects.get(municipality=plan.municipality, name=n).pk for n in ("市民課", "情報政策課")]
    data["s2025_0"] = "運用・利用促進\n多言語案内の追加"
    data[f"i{indicator.pk}_unit"] = "件／年"
    data[f"i{indicator.pk}_final_value"] = "１３，０００"
    response = client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:2000]

    initiative.refresh_from_db()
    indicator.refresh_from_db()
    assert initiative.title == "コンビニ交付サービスの利用促進（改訂）"
    assert _departments(initiative) == ["市民課", "情報政策課"]
    assert list(initiative.schedule.filter(fy=2025).values_list("label", flat=True)) == ["運用・利用促進", "多言語案内の追加"]
    assert (indicator.unit, indicator.final_target_value) == ("件／年", 13000.0)
    assert Initiative.history.filter(id=initiative.pk).latest("history_id").history_user == office
    assert any(e.subject == "取組" and e.who == "office" for e in initiative_history(initiative, office))

    preview = load_plan(parse(SAMPLES / "nobeoka.txt"), dry_run=True)
    assert any("取組名: アプリで改訂した「コンビニ交付サービスの利用促進（改訂）」を保持" in c for c in preview.conflicts)
    assert any("担当課: アプリで改訂した「市民課、情報政策課」" in c for c in preview.conflicts)
    load_plan(parse(SAMPLES / "nobeoka.txt"))
    initiative.refresh_from_db()
    indicator.refresh_from_db()
    assert initiative.title == "コンビニ交付サービスの利用促進（改訂）" and initiative.retired_at is None
    assert _departments(initiative) == ["市民課", "情報政策課"]
    assert "多言語案内の追加" in initiative.schedule.values_list("label", flat=True)
    assert indicator.final_target_value == 13000.0 and indicator.retired_at is None


def test_stale_or_bad_initiative_edit_changes_nothing(ew, client):
    plan = ew.nobeoka
    initiative = plan.initiatives.get(title__startswith=CONVENIENCE)
    client.force_login(ew.users["office"])
    url = f"/initiatives/{initiative.pk}/edit/"
    data = form_inputs(client.get(url).content.decode())
    data["summary"] = initiative.summary
    data["departments"] = [link.department_id for link in initiative.department_links.all()]
    # someone else saves first
    editing.edit_initiative(initiative, version=initiative.version, user=ew.users["office"],
                            fields={"summary": "他の人の変更"})  # fmt: skip
    stale = client.post(url, {**data, "title": "上書きしようとした名称"})
    assert stale.status_code == 409
    assert "他の人が変更しました" in stale.content.decode()
    assert "上書きしようとした名称" in stale.content.decode()  # the user's text kept in the form
    initiative.refresh_from_db()
    assert initiative.summary == "他の人の変更" and initiative.title.startswith(CONVENIENCE)

    fresh = form_inputs(client.get(url).content.decode())
    indicator = initiative.indicators.get()
    bad = client.post(url, {**fresh, "summary": "x", "title": "", f"i{indicator.pk}_baseline_value": "たくさん"})
    assert bad.status_code == 400
    body = bad.content.decode()
    assert "このフィールドは必須です" in body or "必須" in body
    assert "数値で入力してください" in body
    initiative.refresh_from_db()
    assert initiative.summary == "他の人の変更"


def test_add_and_retire_initiative_keep_reports_and_survive_reimport(ew, client):
    plan, office = ew.nobeoka, ew.users["office"]
    section = plan.sections.order_by("position").first()
    citizen = Department.objects.get(municipality=plan.municipality, name="市民課")
    client.force_login(office)
    response = client.post(f"/plans/{plan.pk}/edit/", {"section": section.pk, "title": "窓口予約システムの導入",
                                                      "summary": "来庁予約をオンラインで", "departments": [citizen.pk]})  # fmt: skip
    assert response.status_code == 302
    added = plan.initiatives.get(title="窓口予約システムの導入")
    assert added.section == section and _departments(added) == ["市民課"]

    round_ = services.open_round(plan, 2024, date.today() + timedelta(days=30))
    retired = plan.initiatives.get(title__startswith=CONVENIENCE)
    report = round_.reports.get(initiative=retired)
    response = client.post(f"/initiatives/{retired.pk}/retire/", {"version": retired.version})
    assert response.status_code == 302
    retired.refresh_from_db()
    assert retired.retired_at is not None
    assert Initiative.objects.filter(pk=retired.pk).exists() and round_.reports.filter(pk=report.pk).exists()

    result = load_plan(parse(SAMPLES / "nobeoka.txt"), dry_run=True)
    assert any("アプリで計画から外した取組がファイルにあります" in c for c in result.conflicts)
    load_plan(parse(SAMPLES / "nobeoka.txt"))
    added.refresh_from_db()
    retired.refresh_from_db()
    assert added.retired_at is None  # added in the app: not retired because the file lacks it
    assert retired.retired_at is not None  # retired in the app: stays retired


# --- targets grid ------------------------------------------------------------------------------------------


def _grid(client, plan) -> dict[str, str]:
    response = client.get(f"/plans/{plan.pk}/edit/targets/")
    assert response.status_code == 200
    return form_inputs(response.content.decode())


def test_targets_grid_saves_two_changed_cells_only_and_reimport_keeps_them(ew, client):
    plan, office = ew.nobeoka, ew.users["office"]
    indicator = Indicator.objects.get(initiative__plan=plan, initiative__title__startswith=CONVENIENCE)
    targets = lambda: dict(  # noqa: E731
        indicator.values.filter(kind=ValueKind.TARGET).values_list("fy", "value")
    )
    before = targets()
    assert before[2023] == 10000 and before[2024] == 11000
    untouched = IndicatorValue.objects.filter(indicator__initiative__plan=plan).exclude(indicator=indicator)
    untouched_before = sorted(untouched.values_list("pk", "value", "revised_at"))
    history_before = IndicatorValue.history.count()

    client.force_login(office)
    data = _grid(client, plan)
    data[f"t{indicator.pk}_2024"] = "１１，５００"  # full-width digits and comma
    data[f"t{indicator.pk}_2025"] = "12500件"  # the unit as 延岡市's plan prints it (first: refused as no number)
    response = client.post(f"/plans/{plan.pk}/edit/targets/", data)
    assert response.status_code == 302

    after = targets()
    assert (after[2024], after[2025]) == (11500, 12500) and after[2023] == before[2023]
    revised = IndicatorValue.objects.filter(indicator__initiative__plan=plan, revised_at__isnull=False)
    assert sorted(revised.values_list("fy", flat=True)) == [2024, 2025]
    assert sorted(untouched.values_list("pk", "value", "revised_at")) == untouched_before
    assert IndicatorValue.history.count() == history_before + 2
    assert {h.history_user for h in IndicatorValue.history.order_by("-history_id")[:2]} == {office}

    preview = load_plan(parse(SAMPLES / "nobeoka.txt"), dry_run=True)
    assert any("令和6年度の目標値: アプリで改訂した 11,500件 を保持（ファイルでは 11,000件）" in c for c in preview.conflicts)
    load_plan(parse(SAMPLES / "nobeoka.txt"))
    assert targets()[2024] == 11500 and targets()[2025] == 12500


def test_targets_grid_bad_cell_saves_nothing_and_stale_cell_is_a_conflict(ew, client):
    plan = ew.nobeoka
    indicator = Indicator.objects.get(initiative__plan=plan, initiative__title__startswith=CONVENIENCE)
    client.force_login(ew.users["office"])
    data = _grid(client, plan)
    bad = client.post(f"/plans/{plan.pk}/edit/targets/",
                      {**data, f"t{indicator.pk}_2024": "11500", f"t{indicator.pk}_2025": "約一万件"})  # fmt: skip
    assert bad.status_code == 400
    body = bad.content.decode()
    assert "数値で入力してください" in body and "約一万件" in body
    cleared = client.post(f"/plans/{plan.pk}/edit/targets/", {**data, f"t{indicator.pk}_2024": ""})
    assert cleared.status_code == 400 and "目標値は削除できません" in cleared.content.decode()
    assert not IndicatorValue.objects.filter(indicator__initiative__plan=plan, revised_at__isnull=False).exists()

    # someone else changes 令和6年度 after this page was opened
    services.update_plan_targets(plan, {indicator.pk: {2024: 11200.0}}, user=ew.users["office"], reason="")
    stale = client.post(f"/plans/{plan.pk}/edit/targets/", {**data, f"t{indicator.pk}_2024": "11500"})
    assert stale.status_code == 409
    assert "他の人が変更しました" in stale.content.decode()
    assert indicator.values.get(kind=ValueKind.TARGET, fy=2024).value == 11200


def test_targets_grid_after_a_round_needs_a_reason_and_is_a_revision(ew, client):
    plan = ew.nobeoka
    services.open_round(plan, 2024, date.today() + timedelta(days=30))
    indicator = Indicator.objects.get(initiative__plan=plan, initiative__title__startswith=CONVENIENCE)
    client.force_login(ew.users["office"])
    data = {**_grid(client, plan), f"t{indicator.pk}_2025": "12500"}
    refused = client.post(f"/plans/{plan.pk}/edit/targets/", data)
    assert refused.status_code == 400 and "改訂理由が必要です" in refused.content.decode()
    done = client.post(f"/plans/{plan.pk}/edit/targets/", {**data, "reason": "交付実績の伸びを反映"})
    assert done.status_code == 302
    revision = plan.revisions.get()
    assert revision.reason == "交付実績の伸びを反映"
    assert revision.changes == [{"indicator": indicator.pk, "name": indicator.name, "fy": 2025,
                                 "before": 12000.0, "after": 12500.0}]  # fmt: skip


def test_a_target_of_the_final_years_changed_in_the_grid_is_the_final_target_and_shows_its_unit(ew, client):
    """令和8年度's target raised to 30,000 in the grid left 最終目標 at 28,000件 and showed 「30000」 without 件."""
    plan = ew.shibata
    indicator = Indicator.objects.get(initiative__plan=plan, name="市民公開GISの閲覧者数")
    assert (indicator.final_target_fy, indicator.final_target_value, indicator.unit) == (2026, 28000, "件")
    client.force_login(ew.users["shibata_office"])
    data = {**_grid(client, plan), f"t{indicator.pk}_2026": "30000"}
    assert client.post(f"/plans/{plan.pk}/edit/targets/", data).status_code == 302

    indicator.refresh_from_db()
    assert (indicator.final_target_fy, indicator.final_target_value, indicator.final_target_text) == (2026, 30000, "")
    assert indicator.history.first().history_user == ew.users["shibata_office"]
    page = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", client.get(f"/initiatives/{indicator.initiative_id}/").content.decode()))
    assert "令和8年度（2026） 30,000件 —" in page
    assert "最終目標（令和8年度（2026）） 30,000件" in page

    # a re-import keeps both, and says that the file's final target differs from the one revised
    preview = load_plan(parse(SAMPLES / "shibata.txt"), dry_run=True)
    assert preview.conflicts == [
        "5 指標「市民公開GISの閲覧者数」の最終目標: アプリで改訂した「30,000件（令和8年度）」を保持（ファイルでは「28,000件（令和8年度）」）"
    ]
    load_plan(parse(SAMPLES / "shibata.txt"))
    indicator.refresh_from_db()
    assert indicator.final_target_value == 30000
    assert indicator.values.get(kind=ValueKind.TARGET, fy=2026).value == 30000


# --- grading scale ----------------------------------------------------------------------------------------


def test_grade_scale_is_edited_and_used_by_evaluation(ew, client):
    municipality = ew.nobeoka.municipality
    client.force_login(ew.users["office"])
    url = f"/municipalities/{municipality.pk}/grade-scale/"
    data = form_inputs(client.get(url).content.decode())
    assert (data["g0_code"], data["g0_rate"], data["g1_rate"]) == ("A", "110", "90")
    data.update(g0_code="S", g0_label="大きく上回る", g0_rate="１２０", g1_code="A", g1_label="目標どおり", g1_rate="100",
                g2_code="B", g2_label="やや遅れ", g2_rate="80", g3_code="C", g3_label="遅れている", g3_rate="")  # fmt: skip
    assert client.post(url, data).status_code == 302
    scale = services.scale_for(type(municipality).objects.get(pk=municipality.pk))
    assert [(g.code, g.min_rate) for g in scale.grades] == [("S", 1.2), ("A", 1.0), ("B", 0.8), ("C", None)]
    assert grade_for_rate(0.95, scale).code == "B"
    assert municipality.grade_scale.history.latest().history_user == ew.users["office"]

    stale = client.post(url, data)  # the page's fingerprint is the old scale now
    assert stale.status_code == 409
    fresh = form_inputs(client.get(url).content.decode())
    unordered = client.post(url, {**fresh, "g1_rate": "130"})
    assert unordered.status_code == 400
    assert "上の区分ほど高くなるように" in unordered.content.decode()
    assert scales.fingerprint(municipality) == fresh["expected"]


# --- who may edit --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("who, status", [("editor", 403), ("izu_office", 404), (None, 403)])
def test_only_the_plan_office_reaches_the_edit_pages(ew, client, who, status):
    plan = ew.nobeoka
    if who:
        client.force_login(ew.users[who])
    initiative = plan.initiatives.first()
    urls = [
        f"/plans/{plan.pk}/edit/", f"/plans/{plan.pk}/edit/targets/", f"/initiatives/{initiative.pk}/edit/",
        f"/municipalities/{plan.municipality_id}/departments/", f"/municipalities/{plan.municipality_id}/grade-scale/",
    ]  # fmt: skip
    for url in urls:
        assert client.get(url).status_code == status, url
    assert client.post(f"/initiatives/{initiative.pk}/retire/", {"version": 0}).status_code == status
    initiative.refresh_from_db()
    assert initiative.retired_at is None
    page = client.get(f"/plans/{plan.pk}/").content.decode()
    assert "計画を編集" not in page
    client.force_login(ew.users["office"])
    assert "計画を編集" in client.get(f"/plans/{plan.pk}/").content.decode()


def test_search_follows_an_edit_in_the_app(ew):
    from shinchoku.search.service import search

    initiative = ew.nobeoka.initiatives.get(title__startswith=CONVENIENCE)
    found = lambda: [card.initiative.pk for card in search("ふくろう便").results]  # noqa: E731
    assert found() == []
    editing.edit_initiative(initiative, version=initiative.version, user=ew.users["office"],
                            fields={"summary": "証明書をふくろう便でお届けする"})  # fmt: skip
    assert found() == [initiative.pk]
    editing.retire_initiative(initiative, version=initiative.version, user=ew.users["office"])
    assert found() == []


def test_a_renamed_indicator_is_still_the_plans_indicator_after_a_reimport(ew):
    initiative = ew.nobeoka.initiatives.get(title__startswith=CONVENIENCE)
    indicator = initiative.indicators.get()
    printed = indicator.name
    edit = editing.IndicatorEdit(
        pk=indicator.pk, name="コンビニ交付件数（年間）", unit=indicator.unit,
        baseline_fy=indicator.baseline_fy, baseline_value=indicator.baseline_value,
        final_target_fy=indicator.final_target_fy, final_target_value=indicator.final_target_value,
    )  # fmt: skip
    changed = editing.edit_initiative(initiative, version=initiative.version, user=ew.users["office"], fields={},
                                      indicators=[edit])  # fmt: skip
    assert changed == ["指標「コンビニ交付件数（年間）」"]
    result = load_plan(parse(SAMPLES / "nobeoka.txt"))
    assert any(f"指標「コンビニ交付件数（年間）」の指標名: アプリで改訂した「コンビニ交付件数（年間）」を保持（ファイルでは「{printed}」）" in c
               for c in result.conflicts)  # fmt: skip
    assert list(initiative.indicators.values_list("name", "retired_at")) == [("コンビニ交付件数（年間）", None)]


def test_a_final_target_changed_on_the_edit_page_is_its_years_target_too(ew, client):
    """笠間市's マイナンバーカード交付率: its 目標値（R8） 90.0% is the 令和8年度 target and the final target. Raised to 95
    on the initiative's edit page, the 令和8年度 target stayed 90.0% — the page showed 90.0% and 95% for one year. The
    year's target follows, revised (a re-import keeps it), and the page shows one figure."""
    from shinchoku.importers.planjson import indicator as an_indicator
    from shinchoku.importers.planjson import initiative as an_initiative
    from shinchoku.importers.planjson import new_plan, value

    data = new_plan(
        municipality="延岡市", prefecture="宮崎県", code="452033", title="進捗状況一覧", published=None,
        start_fy=2023, end_fy=2026, vision=None, filename="kasama.csv", data=b"x", layout="generic",
    )  # fmt: skip
    rate = an_indicator("マイナンバーカード交付率", unit="%", direction="increase", baseline=value(2022, 52.3, "52.3%"),
                        targets=[value(2026, 90, "90.0%")], final_target=value(2026, 90, "90.0%"))  # fmt: skip
    data["initiatives"] = [an_initiative("1-1-2", "マイナンバーカードの普及促進", None, departments=["市民課"], indicators=[rate])]
    plan = load_plan(data).plan
    initiative = plan.initiatives.get()
    indicator = initiative.indicators.get()
    edit = editing.IndicatorEdit(
        pk=indicator.pk, name=indicator.name, unit=indicator.unit,
        baseline_fy=indicator.baseline_fy, baseline_value=indicator.baseline_value,
        final_target_fy=2026, final_target_value=95,
    )  # fmt: skip
    editing.edit_initiative(initiative, version=initiative.version, user=ew.users["office"], fields={}, indicators=[edit])
    target = indicator.values.get(kind=ValueKind.TARGET, fy=2026)
    assert target.value == 95 and target.revised_at is not None
    client.force_login(ew.users["office"])
    page = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", client.get(f"/initiatives/{initiative.pk}/").content.decode()))
    table = page[page.index("基準値（令和4年度（2022））") : page.index("の推移")]
    assert "令和8年度（2026） 95% — 最終目標（令和8年度（2026）） 95%" in table and "90" not in table
    load_plan(data)
    assert indicator.values.get(kind=ValueKind.TARGET, fy=2026).value == 95
