"""A plan imported from the progress report a municipality published carries its actuals and grades into the round.

Walked: 鳴海台市's KPI page (``tests/importers/other/narumidai_kpi_web.html``: 「DX研修の受講者数」 実績 912人, 進捗 A for
2024) imported with its actuals and grades, and the round opened for 2024 ignored them: the report form was empty, the
committee report printed 「—」 and 「未提出」 where the 進捗管理表 printed 912, and the Excel input sheet was empty — the
department retyped what the city had published. One rule now (``progress.figures``, docs/evaluation.md 「What the
municipality published」): the form starts from the published figure and grade, marked 「計画ファイル（公表値）」; every
output shows the same figure for the same indicator and year; a department's other figure is its change (who), and the
outputs show it once the report is a result, the published one named beside it.
"""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import date
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from openpyxl import load_workbook

from shinchoku.accounts.models import Membership, Role
from shinchoku.compare.kinds import catalogue
from shinchoku.compare.queries import compare, fill
from shinchoku.importers import parse
from shinchoku.importers.planjson import value as plan_value
from shinchoku.plans.loader import load_plan
from shinchoku.plans.models import Department, Indicator, IndicatorValue, InitiativeDepartment, ValueKind
from shinchoku.progress import services
from shinchoku.progress.models import PlanRevision, RecordedActual, Report
from shinchoku.search.service import Filters, filtered_initiatives

from ..plans.test_loader import small_plan
from .conftest import report_post, version_in

PAGE = Path(__file__).resolve().parents[1] / "importers" / "other" / "narumidai_kpi_web.html"
KPI = "DX研修の受講者数"
DEPARTMENT = "情報政策課"


@pytest.fixture(scope="module")
def page() -> dict:
    return parse(PAGE)


@pytest.fixture
def city(page, db):
    """The plan as imported, one 課 on every 取組 (the page names none), its editor and the plan office; the round of
    2024 open."""
    plan = load_plan(page).plan
    department = Department.objects.create(municipality=plan.municipality, name=DEPARTMENT)
    for initiative in plan.initiatives.all():
        InitiativeDepartment.objects.create(initiative=initiative, department=department)
    User = get_user_model()
    editor = User.objects.create_user("narumidai-editor")
    Membership.objects.create(user=editor, role=Role.EDITOR, municipality=plan.municipality).departments.set(
        [department]
    )
    office = User.objects.create_user("narumidai-office")
    Membership.objects.create(user=office, role=Role.PLAN_OFFICE, municipality=plan.municipality)
    round_ = services.open_round(plan, 2024, date(2025, 5, 31))
    report = round_.reports.get(initiative__title="職員のデジタル意識の改革")
    indicator = report.initiative.indicators.get(name=KPI)
    return {
        "plan": plan,
        "round": round_,
        "report": report,
        "indicator": indicator,
        "editor": editor,
        "office": office,
    }


def _form_values(html: str, indicator_pk: int) -> tuple[str, str]:
    value = re.search(rf'name="a{indicator_pk}_value"[^>]*value="([^"]*)"', html)
    grade = re.search(r'<option value="([^"]*)"[^>]*selected', html.split('name="self_grade"')[1])
    return (value.group(1) if value else "", grade.group(1) if grade else "")


def _committee_kpi(client, round_) -> list[str]:
    """The committee report's row of the KPI: its cells' texts."""
    html = client.get(reverse("exports-committee", args=[round_.pk])).content.decode()
    row = next(tr for tr in html.split("<tr>") if KPI in tr).split("</tr>")[0]
    return [re.sub(r"<[^>]+>", "", cell).strip() for cell in re.split(r"</t[hd]>", row)][:-1]


def _workbook_kpi(client, round_) -> dict[str, object]:
    """The 進捗管理表's row of the KPI: header (「評価/評価」 under its group) -> value."""
    data = client.get(reverse("exports-progress-xlsx", args=[round_.pk])).content
    ws = load_workbook(io.BytesIO(data))["進捗管理表"]
    header, group = {}, ""
    for c in range(1, ws.max_column + 1):
        top, sub = ws.cell(4, c).value, ws.cell(5, c).value
        group = top if top and sub else group
        header[f"{group}/{sub}" if sub else top] = c
    row = next(
        r for r in range(6, ws.max_row + 1) if KPI in str(ws.cell(r, header["KPI（指標）"]).value or "")
    )
    return {name: ws.cell(row, c).value for name, c in header.items() if name}


def test_the_form_starts_from_the_published_actual_and_grade(client, city):
    client.force_login(city["editor"])
    html = client.get(reverse("progress:report", args=[city["report"].pk])).content.decode()
    assert _form_values(html, city["indicator"].pk)[0] == "912"
    assert "計画ファイル（公表値）" in html
    # the city graded the initiative's two 目標 A and B: no 自己評価 is made up for it, each grade is shown
    assert _form_values(html, city["indicator"].pk)[1] == ""
    assert "計画ファイル（公表値）: 912人・計画ファイルの評価 A" in html
    assert "計画ファイルの評価 B" in html


def test_an_initiative_graded_once_starts_with_that_grade(client, city):
    report = city["round"].reports.get(initiative__title="AI・RPAの活用")  # B and D: none
    assert _form_values(client_get(client, city, report), 0)[1] == ""
    report = city["round"].reports.get(initiative__title="ペーパーレス化の推進")  # one 目標, graded B
    indicator = report.initiative.indicators.get()
    assert _form_values(client_get(client, city, report), indicator.pk) == ("76", "B")


def client_get(client, city, report) -> str:
    client.force_login(city["editor"])
    return client.get(reverse("progress:report", args=[report.pk])).content.decode()


def test_the_committee_report_and_the_workbooks_show_the_published_figure_of_an_unsubmitted_report(
    client, city
):
    client.force_login(city["office"])
    assert _committee_kpi(client, city["round"]) == [
        KPI,
        "800人/年",
        "912人（計画ファイル（公表値））",
        "114.0%",
        "A",
    ]
    html = client.get(reverse("exports-committee", args=[city["round"].pk])).content.decode()
    assert (
        "計画ファイルの評価（自治体の区分）は取り込んだ計画ファイル（自治体が公表した進捗）に指標ごとに記載された評価、"
        "算定評価（このアプリで算定）は指標の達成率（なければ工程と進捗状況・自己評価）から取組ごとに算定した評価で、両者は別の区分です" in html
    )
    cells = _workbook_kpi(client, city["round"])
    assert (
        cells["令和6年度（対象年度）/実績値"], cells["実績値の出典"], cells["達成率（令和6年度）"], cells["評価/計画ファイルの評価"],
        cells["評価/評価"],
    ) == (912, "計画ファイル（公表値）", pytest.approx(1.14), "A", "未提出")  # fmt: skip


def _input_sheet_kpi(client, round_) -> dict[str, object]:
    """The Excel 入力用's row of the KPI and its initiative's: header -> value."""
    ws = load_workbook(
        io.BytesIO(client.get(reverse("exports-input-xlsx", args=[round_.pk])).content)
    ).worksheets[0]
    header_row = next(
        r for r in range(1, 10) if any(ws.cell(r, c).value == "指標" for c in range(1, ws.max_column + 1))
    )
    header = {ws.cell(header_row, c).value: c for c in range(1, ws.max_column + 1)}
    row = next(r for r in range(header_row + 1, ws.max_row + 1) if ws.cell(r, header["指標"]).value == KPI)
    return {name: ws.cell(row, c).value for name, c in header.items() if name}


def test_the_input_sheet_starts_from_the_published_figures(client, city):
    client.force_login(city["editor"])
    cells = _input_sheet_kpi(client, city["round"])
    assert cells["実績値（令和6年度）"] == 912 and cells["実績値（原文）"] is None


def test_a_department_overwriting_the_published_figure_is_its_change_shown_once_approved(client, city):
    report, indicator, editor = city["report"], city["indicator"], city["editor"]
    client.force_login(editor)
    page = client.get(reverse("progress:report", args=[report.pk]))
    fields = {f"a{indicator.pk}_value": "950", "status": "in_progress"}
    response = client.post(
        reverse("progress:report", args=[report.pk]), report_post(report, version_in(page), **fields)
    )
    assert response.status_code == 302
    recorded = RecordedActual.objects.get(report=report, indicator=indicator)
    assert (
        recorded.value == 950 and recorded.history.get().history_user == editor
    )  # the department's change: who
    # a draft: the committee report keeps the published figure, the office's working sheet says whose 950 it is
    client.force_login(city["office"])
    assert _committee_kpi(client, city["round"])[2] == "912人（計画ファイル（公表値））"
    cells = _workbook_kpi(client, city["round"])
    assert (cells["令和6年度（対象年度）/実績値"], cells["実績値の出典"]) == (950, "担当課の報告（下書き）")

    services.submit_report(Report.objects.get(pk=report.pk), editor)
    services.approve_report(Report.objects.get(pk=report.pk), city["office"])
    assert _committee_kpi(client, city["round"])[2:4] == ["950人（計画ファイル（公表値） 912人）", "118.8%"]
    cells = _workbook_kpi(client, city["round"])
    assert (cells["令和6年度（対象年度）/実績値"], cells["実績値の出典"], cells["評価/計画ファイルの評価"]) == (
        950,
        "担当課の報告",
        "A",
    )


def test_the_department_sees_the_published_figure_it_overwrote_and_may_restore_it(client, city):
    report, indicator = city["report"], city["indicator"]
    services.save_report(report, version=report.version, fields={}, actuals={indicator.pk: (950.0, "", "")})
    client.force_login(city["editor"])
    page = client.get(reverse("progress:report", args=[report.pk]))
    html = page.content.decode()
    assert (
        _form_values(html, indicator.pk)[0] == "950" and "計画ファイル（公表値）: 912人・計画ファイルの評価 A" in html
    )
    assert "（計画ファイル（公表値） 912人）" in html  # beside the 950 in the table of the year's figures
    assert f"指標『{KPI}』の実績値を計画ファイル（公表値）の 912人 に戻す" in html
    fields = {f"a{indicator.pk}_value": "950", f"a{indicator.pk}_restore": "on"}
    client.post(reverse("progress:report", args=[report.pk]), report_post(report, version_in(page), **fields))
    assert RecordedActual.objects.get(report=report, indicator=indicator).value == 912


def test_a_closed_and_published_round_keeps_the_published_figure_and_grade_in_the_open_data(client, city):
    """The grade the city published is frozen with the evaluation and given in the open data beside the app's."""
    round_ = city["round"]
    report = round_.reports.get(initiative__title="ペーパーレス化の推進")
    services.save_report(report, version=report.version, fields={"status": "in_progress"})
    services.submit_report(report, city["editor"])
    services.approve_report(report, city["office"])
    services.close_round(round_)
    services.publish_round(round_, reports=[report])
    (entry,) = Report.objects.get(pk=report.pk).evaluation["indicators"]
    assert (entry["actual"], entry["recorded"], entry["published_actual"], entry["published_grade"]) == (
        76,
        False,
        76,
        "B",
    )
    url = reverse("opendata-plan-dataset", args=[city["plan"].pk, "report_indicators", "csv"])
    rows = list(csv.DictReader(io.StringIO(client.get(url).content.decode("utf-8-sig"))))
    assert [(r["指標名"], r["実績値"], r["実績値の出典"], r["公表評価"]) for r in rows] == [
        ("庁内会議のペーパーレス実施率", "76", "計画", "B")
    ]


def test_a_published_actual_in_words_starts_the_forms_text_on_one_line(client, city):
    """鳴海台市's 「実績」 of a 目標 of no figure is a list of lines; the form's 実績値（原文） is one line (an input)."""
    report = city["round"].reports.get(initiative__title="庁内ネットワークの再構築")
    network = report.initiative.indicators.get(name="無線LANの整備、ネットワーク分離方式の見直し")
    html = client_get(client, city, report)
    text = re.search(rf'name="a{network.pk}_text"[^>]*value="([^"]*)"', html)
    assert (
        text is not None and text.group(1) == "本庁舎の無線LAN整備を完了 ・分離方式の見直しに向けて調査を実施"
    )


def _uploaded(client, city, user, title: str, **cells) -> tuple:
    """The round's input sheet as ``user`` downloads it, ``cells`` (header -> value) set on the row of ``title``,
    uploaded: (the row's cells as downloaded, the preview's response)."""
    client.force_login(user)
    response = client.get(reverse("exports-input-xlsx", args=[city["round"].pk]))
    wb = load_workbook(io.BytesIO(response.content))
    ws = wb.worksheets[0]
    header = {ws.cell(3, c).value: c for c in range(1, ws.max_column + 1)}
    row = next(r for r in range(4, ws.max_row + 1) if ws.cell(r, header["取組"]).value == title)
    downloaded = {name: ws.cell(row, c).value for name, c in header.items() if name}
    for name, value in cells.items():
        ws.cell(row, header[name]).value = value
    buffer = io.BytesIO()
    wb.save(buffer)
    upload = SimpleUploadedFile("入力済み.xlsx", buffer.getvalue())
    return downloaded, client.post(
        reverse("exports-input-upload", args=[city["round"].pk]), {"file": upload}, follow=True
    )


def test_the_input_sheet_uploaded_as_it_came_records_nothing_it_was_written_with(client, city, settings, tmp_path):
    """Review: the plan office set 進捗状況 on one row of the sheet and uploaded it; every row nobody touched got the
    published 912 and 41 recorded as narumidai-office's, 自己評価 「（空欄）→ B」, every report's version moved (a
    department with its form open got 409) and the preview listed 「912人（計画ファイル（公表値）） → 912人」. A cell still
    holding what the sheet was written with is no change: nothing recorded, no version moved, nothing in the preview."""
    settings.VAR_DIR = tmp_path
    downloaded, preview = _uploaded(client, city, city["office"], "ペーパーレス化の推進", 進捗状況="実施中")
    assert (downloaded["実績値（令和6年度）"], downloaded["自己評価"]) == (76, "B：目標どおり")
    changed = {p.report.initiative.title: [c.label for c in p.changes] for p in preview.context["preview"].changed}
    assert changed == {"ペーパーレス化の推進": ["進捗状況"]}
    client.post(reverse("exports-input-confirm", args=[city["round"].pk]), {"token": preview.context["token"]})
    assert not RecordedActual.objects.filter(report__round=city["round"]).exists()
    untouched = Report.objects.get(pk=city["report"].pk)
    assert (untouched.version, untouched.self_grade) == (0, "")
    paperless = city["round"].reports.get(initiative__title="ペーパーレス化の推進")
    assert (paperless.status, paperless.self_grade) == ("in_progress", "")
    # the published grade is still where its form starts, and what its evaluation judges by
    indicator = paperless.initiative.indicators.get()
    assert _form_values(client_get(client, city, paperless), indicator.pk) == ("76", "B")


def test_a_figure_changed_on_the_input_sheet_is_the_uploaders(client, city, settings, tmp_path):
    settings.VAR_DIR = tmp_path
    _, preview = _uploaded(client, city, city["editor"], "ペーパーレス化の推進", **{"実績値（令和6年度）": 80})
    planned = next(p for p in preview.context["preview"].changed)
    assert [(c.label, c.old, c.new) for c in planned.changes] == [
        ("実績値（庁内会議のペーパーレス実施率）", "76%（計画ファイル（公表値））", "80%")
    ]
    client.post(reverse("exports-input-confirm", args=[city["round"].pk]), {"token": preview.context["token"]})
    recorded = RecordedActual.objects.get(report__round=city["round"])
    assert (recorded.value, recorded.history.get().history_user) == (80, city["editor"])


def _post_as_shown(client, report, **fields):
    """The report form posted back as a browser does: every field as the page filled it, ``fields`` changed."""
    page = client.get(reverse("progress:report", args=[report.pk]))
    html = page.content.decode()
    data = report_post(report, version_in(page))
    for name, value in re.findall(r'name="(a\d+_(?:value|text))"[^>]*value="([^"]*)"', html):
        data[name] = value
    grade = re.search(r'<option value="([^"]*)"[^>]*selected', html.split('name="self_grade"')[1])
    data["self_grade"] = grade.group(1) if grade else ""
    data.update(fields)
    return client.post(reverse("progress:report", args=[report.pk]), data)


def test_the_form_saved_as_it_started_records_nothing_of_the_published_figures(client, city, tmp_path):
    """Review: the form posted back with its prefilled 912 recorded it as the department's; the city's re-import then
    corrected its published figure to 915 and the committee report printed 「912人（計画ファイル（公表値） 915人）」.
    Only a value that differs from the published one is the department's (the form's 「変更した値は担当課の報告として
    記録されます」)."""
    report, editor = city["report"], city["editor"]
    client.force_login(editor)
    assert _post_as_shown(client, report, status="in_progress").status_code == 302
    assert not RecordedActual.objects.filter(report=report).exists()
    corrected = tmp_path / "narumidai_915.html"
    corrected.write_text(PAGE.read_text(encoding="utf-8").replace("<td>912人</td>", "<td>915人</td>"), encoding="utf-8")
    load_plan(parse(corrected))
    services.submit_report(Report.objects.get(pk=report.pk), editor)
    services.approve_report(Report.objects.get(pk=report.pk), city["office"])
    client.force_login(city["office"])
    assert _committee_kpi(client, city["round"])[2] == "915人（計画ファイル（公表値））"


def test_the_published_grade_left_as_it_started_is_no_ones(client, city):
    report = city["round"].reports.get(initiative__title="ペーパーレス化の推進")
    indicator = report.initiative.indicators.get()
    client.force_login(city["editor"])
    assert _post_as_shown(client, report, status="in_progress").status_code == 302
    report = Report.objects.get(pk=report.pk)
    assert (report.version, report.self_grade, report.actuals.exists()) == (1, "", False)
    # still offered after a save (the version moved): no grade was ever chosen
    assert _form_values(client_get(client, city, report), indicator.pk) == ("76", "B")
    assert services.evaluate(report, services.scale_for(report.round.plan.municipality)).grade.code == "B"
    # a grade chosen is the department's
    assert _post_as_shown(client, report, self_grade="A").status_code == 302
    assert Report.objects.get(pk=report.pk).self_grade == "A"


def test_a_grade_chosen_and_cleared_stays_blank(client, city):
    """The published grade is where the report starts while no one chose a grade, not a value put back each time."""
    report = city["round"].reports.get(initiative__title="ペーパーレス化の推進")
    indicator = report.initiative.indicators.get()
    assert _form_values(client_get(client, city, report), indicator.pk)[1] == "B"
    services.save_report(report, version=report.version, fields={"self_grade": "A"})
    report = Report.objects.get(pk=report.pk)
    services.save_report(report, version=report.version, fields={"self_grade": ""})
    assert _form_values(client_get(client, city, report), indicator.pk) == ("76", "")


def _small_plan_with_actuals(actuals: list) -> dict:
    plan = small_plan()
    plan["initiatives"][0]["indicators"][0]["actuals"] = actuals
    return plan


def test_an_actual_the_current_file_no_longer_states_is_not_the_published_figure(client, db):
    """Review: a re-import keeps an actual an earlier import stored that the new file no longer states (a round's
    input workbook imported as the plan left 「令和6年度 5手続」); the round's form started from it, marked
    「計画ファイル（公表値）」, and the committee report printed it as such. Only what the current file states is
    published (``IndicatorValue.kept`` marks the rest); stated again, it is published again."""
    load_plan(_small_plan_with_actuals([plan_value(2024, 5, "5手続")]))
    plan = load_plan(_small_plan_with_actuals([])).plan
    kept = IndicatorValue.objects.get(kind=ValueKind.ACTUAL)
    assert (kept.fy, kept.value, kept.kept) == (2024, 5, True)  # still there: nothing lost
    round_ = services.open_round(plan, 2024, date(2025, 5, 31))
    report = round_.reports.get(initiative__indicators__name="オンライン申請可能手続数")
    indicator = report.initiative.indicators.get(name="オンライン申請可能手続数")
    client.force_login(get_user_model().objects.create_superuser("s", password="pw-for-tests-only"))
    html = client.get(reverse("progress:report", args=[report.pk])).content.decode()
    assert _form_values(html, indicator.pk)[0] == ""
    assert "計画ファイル（公表値）: 5手続" not in html
    committee = client.get(reverse("exports-committee", args=[round_.pk])).content.decode()
    assert "（計画ファイル（公表値））" not in committee
    assert services.evaluate(report, services.scale_for(plan.municipality)).indicators[0].actual is None
    # the file states it again: published again
    load_plan(_small_plan_with_actuals([plan_value(2024, 5, "5手続")]))
    assert not IndicatorValue.objects.get(kind=ValueKind.ACTUAL).kept
    html = client.get(reverse("progress:report", args=[report.pk])).content.decode()
    assert _form_values(html, indicator.pk)[0] == "5"


def test_a_second_click_of_submit_after_restoring_is_done(client, city):
    """The form a department submits with 「…に戻す」 ticked, sent twice (a double click): the second is 「提出済みです」,
    not 403 (the repeat was compared against a form built without the published figures)."""
    report, indicator = city["report"], city["indicator"]
    services.save_report(
        report,
        version=report.version,
        fields={"status": "in_progress"},
        actuals={indicator.pk: (950.0, "", "")},
    )
    client.force_login(city["editor"])
    page_ = client.get(reverse("progress:report", args=[report.pk]))
    data = report_post(
        report,
        version_in(page_),
        action="submit",
        status="in_progress",
        **{f"a{indicator.pk}_value": "950", f"a{indicator.pk}_restore": "on"},
    )
    # other indicators keep their prefilled published figures as a browser would post them
    html = page_.content.decode()
    for m in re.finditer(r'name="(a\d+_(?:value|text))"[^>]*value="([^"]*)"', html):
        if not data.get(m.group(1)):
            data[m.group(1)] = m.group(2)
    data[f"a{indicator.pk}_value"] = "950"
    first = client.post(reverse("progress:report", args=[report.pk]), data)
    assert first.status_code == 302
    second = client.post(reverse("progress:report", args=[report.pk]), data)
    assert second.status_code == 302


def test_a_rounds_evaluation_asks_no_query_a_report_for_the_published_grade(city, django_assert_max_num_queries):
    """Whether anyone ever chose a 自己評価 (the published grade is offered until then) is read with the round's
    reports, not a query a report: the round page, the committee report and the workbooks evaluate every report."""
    round_ = city["report"].round
    scale = services.scale_for(round_.plan.municipality)
    reports = list(services.reports_for_evaluation(round_))
    assert len(reports) == 7
    with django_assert_max_num_queries(0):
        grades = [services.evaluate(report, scale).grade.code for report in reports]
    assert "A" in grades


LEGEND = "A：目標より進んでいる、B：目標どおり進んでいる、C：目標より遅れている、D：評価できない"


def test_every_page_says_what_the_citys_grades_mean(client, city):
    """鳴海台市 prints 「A:目標より進んでいる、B:目標どおり進んでいる…」 over its KPI; the pages showed a bare 「A」, which
    another city's legend would read as 「目標を達成」. The grade is shown with the city's words (the form), or the legend
    beside the grades (committee report, 進捗管理表, initiative page, open data)."""
    html = client_get(client, city, city["report"])
    assert "計画ファイル（公表値）: 912人・計画ファイルの評価 A（目標より進んでいる）" in html
    assert "計画ファイルの評価 B（目標どおり進んでいる）" in html
    client.force_login(city["office"])
    committee = client.get(reverse("exports-committee", args=[city["round"].pk])).content.decode()
    assert f"（計画ファイルの区分：{LEGEND}）" in committee
    assert _committee_kpi(client, city["round"])[-1] == "A"  # the table's cell stays the grade
    data = client.get(reverse("exports-progress-xlsx", args=[city["round"].pk])).content
    note = load_workbook(io.BytesIO(data))["進捗管理表"].cell(3, 1).value
    assert f"（計画ファイルの区分：{LEGEND}）" in note
    page = client.get(reverse("initiative", args=[city["report"].initiative.pk])).content.decode()
    assert f"計画ファイルの評価（自治体の区分）の凡例：{LEGEND}" in page


def test_the_open_data_gives_the_meaning_of_each_published_grade(client, city):
    round_ = city["round"]
    report = round_.reports.get(initiative__title="ペーパーレス化の推進")
    services.save_report(report, version=report.version, fields={"status": "in_progress"})
    services.submit_report(report, city["editor"])
    services.approve_report(report, city["office"])
    services.close_round(round_)
    services.publish_round(round_, reports=[report])
    (entry,) = Report.objects.get(pk=report.pk).evaluation["indicators"]
    assert entry["published_grade_meaning"] == "目標どおり進んでいる"  # frozen with the grade
    url = reverse("opendata-plan-dataset", args=[city["plan"].pk, "report_indicators", "csv"])
    (row,) = csv.DictReader(io.StringIO(client.get(url).content.decode("utf-8-sig")))
    assert (row["公表評価"], row["公表評価の意味"]) == ("B", "目標どおり進んでいる")


def test_a_reimport_without_the_legend_keeps_it_and_a_new_legend_is_named(city, page):
    """Next year's file may print its table alone: the grades it no longer prints are kept, and so are their words; a
    file with other words for them says so in the preview."""
    plain = {**page, "plan": {k: v for k, v in page["plan"].items() if k != "grade_legend"}}
    result = load_plan(plain, into=city["plan"])
    assert not [note for note in result.plan_changes if "評価の区分" in note]
    city["plan"].refresh_from_db()
    assert city["plan"].extra["grade_legend"][0] == {"grade": "A", "meaning": "目標より進んでいる"}
    other = {**page, "plan": {**page["plan"], "grade_legend": [{"grade": "A", "meaning": "目標を達成"}]}}
    preview = load_plan(other, into=city["plan"], dry_run=True)
    assert f"評価の区分: {LEGEND} → A：目標を達成" in preview.plan_changes


def test_a_reimport_grading_in_other_marks_drops_the_old_words(city, page):
    """Next year's file grades ◎○△× and prints no legend: the A–D words are not the new grades', and the preview says
    the legend goes."""
    symbols = {"A": "◎", "B": "○", "C": "△", "D": "×"}
    plain = json.loads(json.dumps({**page, "plan": {k: v for k, v in page["plan"].items() if k != "grade_legend"}}))
    for item in plain["initiatives"]:
        for ind in item["indicators"]:
            for entry in ind.get("evaluations") or []:
                entry["text"] = symbols[entry["text"]]
    preview = load_plan(plain, into=city["plan"], dry_run=True)
    assert f"評価の区分: {LEGEND} → （なし）" in preview.plan_changes
    city["plan"].refresh_from_db()  # (the preview's plan as the upload's next request reads it)
    load_plan(plain, into=city["plan"])
    city["plan"].refresh_from_db()
    assert "grade_legend" not in city["plan"].extra


def test_a_closed_rounds_note_keeps_the_words_its_grades_were_frozen_with(client, city, page):
    round_ = city["round"]
    report = round_.reports.get(initiative__title="ペーパーレス化の推進")  # graded B
    services.save_report(report, version=report.version, fields={"status": "in_progress"})
    services.submit_report(report, city["editor"])
    services.approve_report(report, city["office"])
    services.close_round(round_)
    services.publish_round(round_, reports=[report])
    reworded = {**page, "plan": {**page["plan"], "grade_legend": [{"grade": "A", "meaning": "目標を達成"},
                                                                  {"grade": "B", "meaning": "概ね達成"}]}}  # fmt: skip
    load_plan(reworded, into=city["plan"])
    client.force_login(city["office"])
    committee = client.get(reverse("exports-committee", args=[round_.pk])).content.decode()
    assert "B：目標どおり進んでいる" in committee and "B：概ね達成" not in committee


REASON = "取込元の集計誤り（正しい値は担当課が報告）"


def _remove(client, report, indicator, version=None, reason=REASON):
    if version is None:
        version = version_in(client.get(reverse("progress:report", args=[report.pk])))
    data = {"version": version, "indicator": indicator.pk, "reason": reason}
    return client.post(reverse("progress:report-remove-actual", args=[report.pk]), {k: v for k, v in data.items() if v != ""})


def _last_message(response) -> str:
    return [str(m) for m in response.wsgi_request._messages][-1]


def test_a_wrong_published_actual_is_removed_and_a_reimport_keeps_it_removed(client, city, page):
    """Walked: an actual imported from a plan file could not be taken away in the app (the form's box emptied came
    back as 「計画ファイル（公表値）」): a wrong one stayed until a file stated that year again. The plan office removes
    it, with a reason, as a numbered revision of the plan; the change is its own (history), shown as removed, and a
    re-import of the file that still states 912 keeps the removal, saying so in the preview's differences."""
    report, indicator, editor, office = city["report"], city["indicator"], city["editor"], city["office"]
    client.force_login(editor)
    url = reverse("progress:report", args=[report.pk])
    before = client.get(url)
    html = before.content.decode()
    # the department changes no public plan data: it is told whom to ask
    assert "計画ファイルの実績値を削除する" not in html
    assert "計画ファイルの実績値が誤っている場合は、計画担当課に削除を依頼してください。" in html
    version = version_in(before)
    client.force_login(office)
    assert 'name="reason" required' in client.get(url).content.decode()
    done = _remove(client, report, indicator, version)
    assert done.status_code == 302
    assert _last_message(done) == (
        "計画ファイルの実績値（912人）を削除しました。計画ファイルを取り込み直しても、この削除は保たれます。"
    )
    row = IndicatorValue.objects.get(indicator=indicator, kind=ValueKind.ACTUAL, fy=2024)
    assert (row.value, row.text) == (None, "") and row.revised_at is not None
    assert row.history.latest().history_user == office  # who removed it
    assert [h.value for h in row.history.order_by("history_id")] == [912, None]  # nothing lost
    # the plan's revision history says who, why and what, as a target revised during a round
    revision = PlanRevision.objects.get(plan=city["plan"])
    assert (revision.number, revision.reason, revision.created_by) == (1, REASON, office)
    assert revision.changes == [{"kind": "actual", "indicator": indicator.pk, "name": KPI, "fy": 2024,
                                 "before": 912, "before_text": "912人", "after": None}]  # fmt: skip
    rounds = client.get(reverse("progress:plan-rounds", args=[city["plan"].pk])).content.decode()
    assert f"{KPI} 令和6年度（2024） 実績値（計画ファイル）: 912 → 削除" in rounds and REASON in rounds
    html = client.get(url).content.decode()
    assert _form_values(html, indicator.pk)[0] == ""
    assert "計画ファイルの実績値 912人 を削除済み" in html
    assert services.evaluate(Report.objects.get(pk=report.pk), services.scale_for(city["plan"].municipality)).indicators[
        0
    ].actual is None
    # a second click: done, not a conflict
    again = _remove(client, report, indicator, version)
    assert again.status_code == 302 and _last_message(again) == "計画ファイルの実績値は削除済みです。"
    assert PlanRevision.objects.count() == 1
    # the department's page opened before the removal, its box still holding 912, is a conflict, not its 912
    client.force_login(editor)
    stale = client.post(url, report_post(report, version, **{f"a{indicator.pk}_value": "912"}))
    assert stale.status_code == 409 and not RecordedActual.objects.filter(report=report).exists()
    # the office's 進捗管理表 and committee report say it was removed
    client.force_login(office)
    cells = _workbook_kpi(client, city["round"])
    said = f"計画ファイルの実績値 912人 を削除済み（理由：{REASON}）"  # with why, as the initiative page's KPI table
    assert (cells["令和6年度（対象年度）/実績値"], cells["実績値の出典"]) == (None, said)
    assert _committee_kpi(client, city["round"])[2] == f"—（{said}）"

    # the same file imported again: 912 is not restored over the removal, and the preview says so
    result = load_plan(page)
    assert any(c.endswith(f"{KPI} 令和6年度の実績値: アプリで削除したままにします（ファイルでは 912人）") for c in result.conflicts), (
        result.conflicts
    )
    row.refresh_from_db()
    assert (row.value, row.text) == (None, "")
    html = client.get(url).content.decode()  # the plan office's (the page names no 担当課: the re-import dropped them)
    assert _form_values(html, indicator.pk)[0] == "" and "計画ファイルの実績値 912人 を削除済み" in html


def test_a_removal_needs_the_plan_office_a_reason_and_the_pages_version(client, city):
    """Removing a published actual changes the plan's public data: a department's crafted POST is refused, and so is
    one without a reason or without the version of the page it was sent from (it would remove over a change unseen)."""
    report, indicator = city["report"], city["indicator"]
    client.force_login(city["editor"])  # its report is open: it may edit the report, not the plan's figure
    assert _remove(client, report, indicator).status_code == 403
    client.force_login(city["office"])
    page_ = client.get(reverse("progress:report", args=[report.pk])).content.decode()
    assert 'name="reason" required maxlength="500"' in page_  # the one rule's limit (services.REMOVAL_REASON_LIMIT)
    no_reason = _remove(client, report, indicator, reason="  ")
    assert no_reason.status_code == 400
    assert "計画ファイルの実績値を削除する理由を入力してください。" in no_reason.content.decode()
    no_version = client.post(
        reverse("progress:report-remove-actual", args=[report.pk]), {"indicator": indicator.pk, "reason": REASON}
    )
    assert no_version.status_code == 400
    assert "画面を開き直してから、もう一度操作してください。" in no_version.content.decode()
    row = IndicatorValue.objects.get(indicator=indicator, kind=ValueKind.ACTUAL, fy=2024)
    assert (row.value, row.revised_at) == (912, None) and not PlanRevision.objects.exists()


def test_the_plan_office_removes_a_published_actual_of_a_submitted_report_and_others_may_not(client, city):
    report, indicator = city["report"], city["indicator"]
    services.save_report(report, version=report.version, fields={"status": "in_progress"})
    services.submit_report(Report.objects.get(pk=report.pk), city["editor"])
    client.force_login(city["editor"])
    assert _remove(client, report, indicator, Report.objects.get(pk=report.pk).version).status_code == 403
    client.force_login(city["office"])
    assert _remove(client, report, indicator).status_code == 302
    row = IndicatorValue.objects.get(indicator=indicator, kind=ValueKind.ACTUAL, fy=2024)
    assert row.value is None and row.history.latest().history_user == city["office"]
    # the report is a result: the approved outputs show no actual, the removed one named, with why
    assert _committee_kpi(client, city["round"])[2] == f"—（計画ファイルの実績値 912人 を削除済み（理由：{REASON}））"


def test_the_figure_reported_after_a_removal_is_the_years_on_every_public_page(client, city):
    """Walked: 912 removed, the department reported 900 and the round was published; the initiative page's table said
    「—」 beside a chart of 900, the comparison skipped 900, the API gave an empty 「plan」 figure beside it, and the
    search's 「実績あり」 found an initiative whose only actual was the removed one. A removed actual states nothing
    (``plans.actuals.removed``), for every reader."""
    report, indicator, round_ = city["report"], city["indicator"], city["round"]
    client.force_login(city["office"])
    assert _remove(client, report, indicator).status_code == 302
    other = round_.reports.get(initiative__title="ペーパーレス化の推進")  # its only actual removed, nothing reported
    assert _remove(client, other, other.initiative.indicators.get()).status_code == 302
    report = Report.objects.get(pk=report.pk)
    services.save_report(report, version=report.version, fields={"status": "in_progress"},
                         actuals={indicator.pk: (900, "", "")})  # fmt: skip
    services.submit_report(Report.objects.get(pk=report.pk), city["editor"])
    services.approve_report(Report.objects.get(pk=report.pk), city["office"])
    services.close_round(round_)
    services.publish_round(round_, reports=[Report.objects.get(pk=report.pk)])
    client.logout()

    html = client.get(reverse("initiative", args=[report.initiative_id])).content.decode()
    year = html.split("令和6年度（2024）</th>", 1)[1].split("</tr>", 1)[0]
    assert "900人（進捗報告）" in year and "—" not in year

    Indicator.objects.filter(pk=indicator.pk).update(compare_kind="telework-staff")
    comparison = compare(catalogue().get("telework-staff"))
    (row,) = [r for r in comparison.rows if r.indicator_id == indicator.pk]
    assert (row.latest.fy, row.latest.raw) == (2024, 900)
    fill([row], comparison.kind)
    assert [(v.fy, v.raw) for v in row.actuals if v.fy == 2024] == [(2024, 900)]

    actuals = client.get(f"/api/v1/indicators/{indicator.pk}").json()["actuals"]
    assert [(a["fy"], a["value"], a["source"]) for a in actuals if a["fy"] == 2024] == [(2024, 900, "report")]

    found = filtered_initiatives(Filters(has_results=True))
    assert found.filter(pk=report.initiative_id).exists()  # its reported 900
    assert not found.filter(pk=other.initiative_id).exists()  # its only actual was removed


def test_evaluating_a_report_asks_no_more_queries_for_more_removed_figures(city):
    """The removed figures and their reasons are read once a report (``removals.removals``), not twice a removed
    figure: the round page, the committee report and the workbooks evaluate every report of the round."""
    report = city["report"]
    scale = services.scale_for(report.round.plan.municipality)

    def remove(name: str) -> None:
        initiative = Report.objects.get(pk=report.pk).initiative
        services.remove_plan_actual(
            initiative, initiative.indicators.get(name=name).pk, 2024, user=city["office"],
            version=initiative.version, reason=REASON,
        )  # fmt: skip

    def evaluated() -> tuple[int, dict[str, tuple[object, str]]]:
        (mine,) = [r for r in services.reports_for_evaluation(report.round) if r.pk == report.pk]
        with CaptureQueriesContext(connection) as queries:
            results = services.evaluate(mine, scale).indicators
        return len(queries), {r.indicator.name: (r.removed, r.removed_reason) for r in results if r.removed}

    remove(KPI)
    one, removed = evaluated()
    assert removed == {KPI: ((912, "912人"), REASON)}
    remove("DX推進リーダーの育成")
    two, removed = evaluated()
    assert set(removed) == {KPI, "DX推進リーダーの育成"} and removed[KPI] == ((912, "912人"), REASON)
    assert two == one


BASIS = f"根拠の実績値 912人 を削除済み（理由：{REASON}）"


def test_the_citys_grade_resting_on_a_removed_figure_says_so_with_the_reason_wherever_it_shows(client, city):
    """Walked: 912人 removed (its reason kept as a plan revision), the city's grade A given with it still stood bare on the
    report page and form, the committee report, the 進捗管理表, the initiative page and the open data — only the rounds
    page's 改訂履歴 (the plan office's) gave the removal and why. Wherever the grade shows, it says what it rested on."""
    report, indicator, round_ = city["report"], city["indicator"], city["round"]
    client.force_login(city["office"])
    assert _remove(client, report, indicator).status_code == 302
    said = f"計画ファイルの評価 A（目標より進んでいる）— {BASIS}"
    assert said in client.get(reverse("progress:report", args=[report.pk])).content.decode()  # the grades, the office's
    assert said in client_get(client, city, report)  # the department's form
    client.force_login(city["office"])
    assert _committee_kpi(client, round_)[-1] == f"A — {BASIS}"
    assert _workbook_kpi(client, round_)["評価/計画ファイルの評価"] == f"A — {BASIS}"
    # the department reports 900 since, the round closes and is published: the grade the city gave with 912 still says so
    report = Report.objects.get(pk=report.pk)
    services.save_report(report, version=report.version, fields={"status": "in_progress"},
                         actuals={indicator.pk: (900, "", "")})  # fmt: skip
    services.submit_report(Report.objects.get(pk=report.pk), city["editor"])
    services.approve_report(Report.objects.get(pk=report.pk), city["office"])
    assert _committee_kpi(client, round_)[2:] == ["900人", "112.5%", f"A — {BASIS}"]
    services.close_round(round_)
    services.publish_round(round_, reports=[Report.objects.get(pk=report.pk)])
    entry = next(e for e in Report.objects.get(pk=report.pk).evaluation["indicators"] if e["name"] == KPI)
    assert (entry["removed_actual"], entry["removed_reason"]) == (912, REASON)  # frozen with the grade
    client.logout()
    assert _committee_kpi(client, round_)[-1] == f"A — {BASIS}"
    page = client.get(reverse("initiative", args=[report.initiative_id])).content.decode()
    assert f"令和6年度 A — {BASIS}" in page
    url = reverse("opendata-plan-dataset", args=[city["plan"].pk, "report_indicators", "csv"])
    rows = {r["指標名"]: r for r in csv.DictReader(io.StringIO(client.get(url).content.decode("utf-8-sig")))}
    kpi = rows[KPI]
    assert (kpi["実績値"], kpi["公表評価"], kpi["削除した計画ファイルの実績値"], kpi["実績値を削除した理由"]) == (
        "900", "A", "912人", REASON
    )  # fmt: skip
    other = rows["DX推進リーダーの育成"]  # graded B on a figure still standing: nothing removed
    assert (other["公表評価"], other["削除した計画ファイルの実績値"], other["実績値を削除した理由"]) == ("B", "", "")


def test_the_citys_grade_and_shinchokus_are_named_apart_wherever_both_show(client, city):
    """Walked: 「公表評価 B」 (the city's, from its file) stood beside 「算定 C」 (shinchoku's) and readers took them for
    one scale — 「公表評価」 also reads as 「公表済みの評価」, the app's grades of published reports. They are named apart
    (``plans.texts.GRADE_NAMES``), and where both show a note says they are two scales."""
    round_ = city["round"]
    report = round_.reports.get(initiative__title="AI・RPAの活用")  # the city graded its 目標 B and D
    services.save_report(report, version=report.version, fields={"status": "in_progress"})
    services.submit_report(Report.objects.get(pk=report.pk), city["editor"])
    client.force_login(city["office"])
    page = client.get(reverse("progress:report", args=[report.pk])).content.decode()
    assert "<dt>計画ファイルの評価（自治体の区分）</dt>" in page and "<dt>算定評価（このアプリで算定）</dt>" in page
    assert "両者は別の区分です" in page
    committee = client.get(reverse("exports-committee", args=[round_.pk])).content.decode()
    assert '<th scope="col">計画ファイルの評価</th>' in committee and "両者は別の区分です" in committee
    block = committee.split("AI・RPAの活用</h3>")[1].split("</article>")[0]
    assert re.search(r"（算定評価 [A-D]：", " ".join(re.sub(r"<[^>]+>", " ", block).split()))  # the 取組's, named
    data = client.get(reverse("exports-progress-xlsx", args=[round_.pk])).content
    ws = load_workbook(io.BytesIO(data))["進捗管理表"]
    headers = {ws.cell(5, c).value for c in range(1, ws.max_column + 1)}
    assert {"計画ファイルの評価", "算定評価"} <= headers and "公表評価" not in headers and "評価（算定）" not in headers
    assert "両者は別の区分です" in ws.cell(3, 1).value
    initiative = client.get(reverse("initiative", args=[report.initiative_id])).content.decode()
    assert "計画ファイルの評価" in initiative and "両者は別の区分です" in initiative
    for html in (page, committee, initiative):
        assert "公表評価" not in html


def test_the_note_gives_the_citys_whole_legend_not_only_the_grades_the_reader_sees(client, city):
    """Walked: published without its D row (「未公表」), the public committee report's note listed 「A：…、B：…」 only — the
    D of the city's legend missing, as if it had none. The note gives the plan file's legend whole (``grade_legend``)."""
    round_ = city["round"]
    report = round_.reports.get(initiative__title="ペーパーレス化の推進")  # B
    services.save_report(report, version=report.version, fields={"status": "in_progress"})
    services.submit_report(report, city["editor"])
    services.approve_report(report, city["office"])
    services.close_round(round_)
    services.publish_round(round_, reports=[report])  # AI・RPAの活用 (its D) and the others stay 「未公表」
    client.logout()
    committee = client.get(reverse("exports-committee", args=[round_.pk])).content.decode()
    assert "未公表" in committee and f"（計画ファイルの区分：{LEGEND}）" in committee
    data = client.get(reverse("exports-progress-xlsx", args=[round_.pk])).content
    assert f"（計画ファイルの区分：{LEGEND}）" in load_workbook(io.BytesIO(data))["進捗管理表"].cell(3, 1).value


def test_the_progress_sheet_gives_an_initiatives_grades_once_not_on_each_indicators_row(client, city):
    """Walked: the 進捗管理表 repeated the 取組's 算定 grade on each of its indicators' rows, beside each indicator's own
    計画ファイルの評価 (A, then B): the 取組's grade read as each indicator's. It is on the 取組's first row only."""
    report = city["report"]  # 職員のデジタル意識の改革: two 目標, graded A and B by the city
    services.save_report(report, version=report.version, fields={"status": "in_progress", "self_grade": "B"})
    services.submit_report(Report.objects.get(pk=report.pk), city["editor"])
    client.force_login(city["office"])
    data = client.get(reverse("exports-progress-xlsx", args=[city["round"].pk])).content
    ws = load_workbook(io.BytesIO(data))["進捗管理表"]
    col = {}
    for c in range(1, ws.max_column + 1):
        col.setdefault(ws.cell(5, c).value or ws.cell(4, c).value, c)
    rows = [r for r in range(6, ws.max_row + 1) if ws.cell(r, col["具体的な取組"]).value == "職員のデジタル意識の改革"]
    grades = [tuple(ws.cell(r, col[h]).value for h in ("計画ファイルの評価", "算定評価", "自己評価", "評価")) for r in rows]
    assert grades == [("A", "A", "B", "A"), ("B", None, None, None)]
    assert ws.cell(rows[1], col["進捗状況"]).value == "実施中"  # the 取組's short columns still repeat (the filter)
    assert "取組の評価（算定評価・自己評価・評価）はその取組の最初の行だけ" in ws.cell(3, 1).value
