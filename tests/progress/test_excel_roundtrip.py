"""The Excel round trip of 延岡市's 令和6年度 round (issue 10), as a department does it offline.

市民課 downloads its sheet (「Excelで入力する」), types into it with Excel the way people do —
full-width digits, a percentage, a grade from the list, a cell left blank, a formula — uploads it,
reads the preview (field: old → new), and confirms; the reports then hold the values, with the
history naming 市民課's user. A bad cell is reported with sheet, row and column and nothing is
saved; another department's row is refused; a report changed in the app since the download is a
conflict that is not overwritten unless the user says so.
"""

from __future__ import annotations

import io
import re

import openpyxl
import pytest
from django.contrib.messages import get_messages
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from shinchoku.core import numbers
from shinchoku.progress import services
from shinchoku.progress.models import RecordedActual, Report, Status

from .conftest import CONVENIENCE, OTHER_DEPARTMENT, OWN_DEPARTMENT, login, report_post, version_in

pytestmark = pytest.mark.django_db

MY_NUMBER = "マイナンバーカードの普及促進"  # 市民課, KPI 取得率 (%), target R6 95
COLUMN = {"actual": 11, "actual_text": 12, "actual_note": 13, "status": 14, "self_grade": 15, "achievements": 16,
          "results": 17, "issues": 18, "next_steps": 19}  # fmt: skip


@pytest.fixture(autouse=True)
def _var(settings, tmp_path):
    """Uploads waiting for confirmation are kept under VAR_DIR (input-uploads): the test's own."""
    settings.VAR_DIR = tmp_path


def _client(user) -> Client:
    client = Client()
    login(client, user)
    return client


def _download(client: Client, round_pk: int) -> openpyxl.Workbook:
    response = client.get(reverse("exports-input-xlsx", args=[round_pk]))
    assert response.status_code == 200
    assert response["Cache-Control"] == "private, no-store"
    assert f'filename="shinchoku-round-{round_pk}-input.xlsx"' in response["Content-Disposition"]
    return openpyxl.load_workbook(io.BytesIO(response.content))


def _row(ws, title: str) -> int:
    """The sheet row of an initiative (its first row: the one with the report's fields)."""
    rows = [r for r in range(4, ws.max_row + 1) if str(ws.cell(r, 3).value or "").startswith(title)]
    assert rows, f"{title} not on sheet {ws.title}"
    return rows[0]


def _upload(client: Client, round_pk: int, wb: openpyxl.Workbook):
    buffer = io.BytesIO()
    wb.save(buffer)
    upload = SimpleUploadedFile("入力済み.xlsx", buffer.getvalue())
    # kept for the user and shown on its own page (a bad file: the upload page again, 400)
    return client.post(reverse("exports-input-upload", args=[round_pk]), {"file": upload}, follow=True)


def _confirm(client: Client, round_pk: int, preview_response, **data):
    token = preview_response.context["token"]
    return client.post(reverse("exports-input-confirm", args=[round_pk]), {"token": token, **data})


def _changes(preview, title: str) -> dict[str, tuple[str, str]]:
    planned = next(p for p in preview.changed if p.report.initiative.title.startswith(title))
    return {c.label: (c.old, c.new) for c in planned.changes}


def test_department_sheet_filled_offline_previewed_and_saved(w):
    editor = _client(w.users["editor"])
    wb = _download(editor, w.round.pk)

    # 市民課's own sheet only, with the choices on a hidden sheet
    assert wb.sheetnames == [OWN_DEPARTMENT, "選択肢"]
    assert wb["選択肢"].sheet_state == "hidden"
    ws = wb[OWN_DEPARTMENT]
    assert [ws.cell(3, c).value for c in (2, 3, 7, 9, 10, 11, 12, 14, 15)] == [
        "番号", "取組", "指標", "前年度実績（令和5年度）", "目標値（令和6年度）", "実績値（令和6年度）", "実績値（原文）",
        "進捗状況", "自己評価",
    ]  # fmt: skip
    assert ws.column_dimensions["A"].hidden and ws.protection.sheet
    r = _row(ws, CONVENIENCE)
    assert (ws.cell(r, 7).value, ws.cell(r, 8).value, ws.cell(r, 10).value) == ("証明書交付件数", "件", 11000)
    assert ws.cell(r, 6).value == "システム更改／運用・利用促進"  # this year's 工程
    assert ws.cell(r, 10).protection.locked and not ws.cell(r, COLUMN["actual"]).protection.locked
    assert not ws.cell(r, COLUMN["issues"]).protection.locked
    lists = {str(dv.sqref): dv.formula1 for dv in ws.data_validations.dataValidation}
    assert lists == {"N4:N9": "'選択肢'!$A$1:$A$6", "O4:O9": "'選択肢'!$B$1:$B$4"}
    assert [wb["選択肢"].cell(n, 2).value for n in (1, 4)] == ["A：目標を上回る", "D：評価できない"]
    # 市民課's reports, each once, and no other department's
    ids = [int(ws.cell(n, 1).value.split(".")[0]) for n in range(4, ws.max_row + 1)]
    own = Report.objects.filter(round=w.round, initiative__department_links__department__name=OWN_DEPARTMENT)
    assert sorted(ids) == sorted(own.values_list("pk", flat=True)) and len(ids) == 6

    # filled in as a person does it in Excel
    ws.cell(r, COLUMN["actual"]).value = "１１，５００"  # full-width digits and comma, typed as text
    ws.cell(r, COLUMN["status"]).value = "実施中"
    ws.cell(r, COLUMN["self_grade"]).value = "A：目標を上回る"
    ws.cell(r, COLUMN["achievements"]).value = "コンビニ交付の周知を強化した"
    ws.cell(r, COLUMN["issues"]).value = None  # left blank
    ws.cell(r, COLUMN["next_steps"]).value = "=広報紙で周知を続ける"  # starts like a formula: stays text
    m = _row(ws, MY_NUMBER)
    ws.cell(m, COLUMN["actual"]).value = 0.823  # 「82.3%」 typed: Excel stores 0.823 formatted as %
    ws.cell(m, COLUMN["actual"]).number_format = "0.0%"
    ws.cell(m, COLUMN["status"]).value = "実施中"

    response = _upload(editor, w.round.pk, wb)
    assert response.status_code == 200
    preview = response.context["preview"]
    assert not preview.errors and not preview.refused and not preview.conflicts
    assert len(preview.changed) == 2 and len(preview.unchanged) == 4
    assert _changes(preview, CONVENIENCE) == {
        "実績値（証明書交付件数）": ("（空欄）", "11,500件"),
        "進捗状況": ("（空欄）", "実施中"),
        "自己評価": ("（空欄）", "A：目標を上回る"),
        "進捗状況の説明（取組実績）": ("（空欄）", "コンビニ交付の周知を強化した"),
        "次年度の取組（今後の方向性）": ("（空欄）", "=広報紙で周知を続ける"),
    }
    assert _changes(preview, MY_NUMBER) == {
        "実績値（取得率）": ("（空欄）", "82.3%"),
        "進捗状況": ("（空欄）", "実施中"),
    }
    page = response.content.decode()
    assert "11,500件" in page and "取込内容の確認" in page
    report = Report.objects.get(pk=w.report.pk)
    assert report.version == 0 and not report.status  # nothing saved by the preview

    response = _confirm(editor, w.round.pk, response)
    assert response.status_code == 302
    report = Report.objects.get(pk=w.report.pk)
    assert (report.status, report.self_grade, report.achievements, report.issues, report.next_steps) == (
        "in_progress", "A", "コンビニ交付の周知を強化した", "", "=広報紙で周知を続ける",
    )  # fmt: skip
    assert report.state == Report.State.DRAFT  # saved as a draft: 「提出する」 was not ticked
    actual = RecordedActual.objects.get(report=report)
    assert actual.value == 11500.0
    assert report.history.first().history_user == w.users["editor"]
    assert actual.history.first().history_user == w.users["editor"]
    assert (
        RecordedActual.objects.get(report__initiative__title=MY_NUMBER, report__round=w.round).value == 82.3
    )
    # the saved values are what the app shows and evaluates: 11,500 of 11,000
    page = editor.get(reverse("progress:report", args=[report.pk])).content.decode()
    assert "104.5%" in page

    # the same file uploaded again has nothing left to change
    response = _upload(editor, w.round.pk, wb)
    assert response.status_code == 200 and response.context["preview"].changed == []


def test_a_stored_actual_is_corrected_not_erased_and_its_text_is_kept(w):
    report = Report.objects.get(round=w.round, initiative__title=MY_NUMBER)
    indicator = report.initiative.indicators.get()
    services.save_report(report, version=0, fields={}, actuals={indicator.pk: (None, "集計中", "")})
    services.save_report(w.report, version=0, fields={}, actuals={
        w.report.initiative.indicators.get().pk: (10200.0, "", "窓口集計")})  # fmt: skip
    editor = _client(w.users["editor"])
    wb = _download(editor, w.round.pk)
    ws = wb[OWN_DEPARTMENT]
    r = _row(ws, CONVENIENCE)
    assert ws.cell(r, COLUMN["actual"]).value == 10200  # the stored number, to correct
    assert ws.cell(_row(ws, MY_NUMBER), COLUMN["actual"]).value is None  # a text-only actual: no number
    assert ws.cell(_row(ws, MY_NUMBER), COLUMN["actual_text"]).value == "集計中"  # … and its text, beside it

    ws.cell(r, COLUMN["actual"]).value = None
    response = _upload(editor, w.round.pk, wb)
    assert response.context["preview"].errors == [
        f"シート「市民課」の{r}行目 K列（実績値（令和6年度））: 登録済みの実績値は空にできません。値を訂正するか、実績値（原文）に「未集計」などと記入してください。"
    ]  # and the blank beside 「集計中」 is no error: nothing changes there

    ws.cell(r, COLUMN["actual"]).value = "10,350"
    response = _upload(editor, w.round.pk, wb)
    assert _changes(response.context["preview"], CONVENIENCE) == {
        "実績値（証明書交付件数）": ("10,200件", "10,350件")
    }
    _confirm(editor, w.round.pk, response)
    stored = RecordedActual.objects.get(report=w.report)
    assert (stored.value, stored.note) == (10350.0, "窓口集計")  # the note entered in the app stays
    assert RecordedActual.objects.get(report=report).text == "集計中"


def test_confirm_with_submit_submits_through_the_workflow(w):
    editor = _client(w.users["editor"])
    wb = _download(editor, w.round.pk)
    ws = wb[OWN_DEPARTMENT]
    r = _row(ws, CONVENIENCE)
    ws.cell(r, COLUMN["actual"]).value = 10800
    ws.cell(r, COLUMN["status"]).value = "実施中"
    response = _upload(editor, w.round.pk, wb)
    assert [p.report.pk for p in response.context["preview"].without_status] != []  # the others lack a status
    response = _confirm(editor, w.round.pk, response, submit="1")
    assert response.status_code == 302
    report = Report.objects.get(pk=w.report.pk)
    assert report.state == Report.State.SUBMITTED and report.submitted_by == w.users["editor"]
    assert report.history.first().history_user == w.users["editor"]
    # reports the file leaves untouched and without a 進捗状況 are not submitted: 変更なし, left as drafts
    others = Report.objects.filter(
        round=w.round, initiative__department_links__department__name=OWN_DEPARTMENT
    )
    assert sorted(others.values_list("state", flat=True)) == ["draft"] * 5 + ["submitted"]
    messages = [str(m) for m in response.wsgi_request._messages]
    assert messages == [
        "1件を提出しました。計画担当の確認をお待ちください。",
        "ファイルで変更のなかった報告5件はそのままです（変更なし）。",
    ]


def test_the_plan_office_submitting_for_a_department_is_not_told_to_wait_for_itself(w):
    """The plan office filled a department's row and submitted; it read 「計画担当の確認をお待ちください」,
    a wait for its own approval (found walking a round): it is told where it approves instead."""
    office = _client(w.users["office"])
    wb = _download(office, w.round.pk)
    ws = wb[OWN_DEPARTMENT]
    r = _row(ws, CONVENIENCE)
    ws.cell(r, COLUMN["actual"]).value = 10800
    ws.cell(r, COLUMN["status"]).value = "実施中"
    response = _confirm(office, w.round.pk, _upload(office, w.round.pk, wb), submit="1")
    assert Report.objects.get(pk=w.report.pk).state == Report.State.SUBMITTED
    messages = [str(m) for m in response.wsgi_request._messages]
    assert "1件を提出しました。承認・差戻しはこの回の報告の一覧から行えます。" in messages
    assert not any("お待ちください" in m for m in messages)


def test_the_plan_offices_untouched_rows_are_unchanged_not_refused(w):
    """The plan office filled one row of the round's sheet and submitted: the round page then read
    「N件の報告は保存できませんでした（…）: 進捗状況を選んでから提出してください。」 for every row it had not touched
    (found walking a round). An untouched row is 変更なし; a row it changed without a 進捗状況 is saved as a
    draft and named as not submitted, its changes kept."""
    office = _client(w.users["office"])
    wb = _download(office, w.round.pk)
    ws = wb[OWN_DEPARTMENT]
    r = _row(ws, CONVENIENCE)
    ws.cell(r, COLUMN["actual"]).value = 10800
    ws.cell(r, COLUMN["status"]).value = "実施中"
    m = _row(ws, MY_NUMBER)
    ws.cell(m, COLUMN["achievements"]).value = "交付窓口を増設した"  # changed, and no 進捗状況
    preview = _upload(office, w.round.pk, wb)
    total = Report.objects.filter(round=w.round).count()
    assert len(preview.context["preview"].changed) == 2
    assert len(preview.context["preview"].unchanged) == total - 2
    response = _confirm(office, w.round.pk, preview, submit="1")
    messages = [str(m) for m in response.wsgi_request._messages]
    assert not any("保存できませんでした" in m for m in messages), messages
    assert messages == [
        "1件を提出しました。承認・差戻しはこの回の報告の一覧から行えます。",
        "1件の報告を保存しました（未提出）。",
        f"「{MY_NUMBER}」は進捗状況が選ばれていないため提出していません"
        "（入力した内容は下書きとして保存しました）。進捗状況を選んでから提出してください。",
        f"ファイルで変更のなかった報告{total - 2}件はそのままです（変更なし）。",
    ]
    saved = Report.objects.get(round=w.round, initiative__title=MY_NUMBER)
    assert (saved.state, saved.achievements) == (Report.State.DRAFT, "交付窓口を増設した")
    assert Report.objects.get(pk=w.report.pk).state == Report.State.SUBMITTED
    states = Report.objects.filter(round=w.round).exclude(pk__in=[saved.pk, w.report.pk])
    assert set(states.values_list("state", "version")) == {(Report.State.DRAFT, 0)}  # untouched


def test_an_untouched_report_changed_since_the_preview_is_not_submitted_nor_said_unsaved(w):
    """A report the file leaves as it was, to be submitted with the others, that its department saved after the
    preview: not submitted (no one saw what it holds now), and said so — not 「保存できませんでした」, nothing of the
    file was to be saved in it."""
    other = Report.objects.get(round=w.round, initiative__title=MY_NUMBER)
    services.save_report(other, version=0, fields={"status": "in_progress"})
    office = _client(w.users["office"])
    wb = _download(office, w.round.pk)
    ws = wb[OWN_DEPARTMENT]
    r = _row(ws, CONVENIENCE)
    ws.cell(r, COLUMN["actual"]).value = 10800
    ws.cell(r, COLUMN["status"]).value = "実施中"
    preview = _upload(office, w.round.pk, wb)
    assert [p.report.pk for p in preview.context["preview"].unchanged_to_submit] == [other.pk]
    services.save_report(Report.objects.get(pk=other.pk), version=1, fields={"achievements": "窓口を増設した"})
    response = _confirm(office, w.round.pk, preview, submit="1")
    messages = [str(m) for m in response.wsgi_request._messages]
    assert (
        f"「{MY_NUMBER}」は提出していません: 確認画面の表示後に他の人が変更しました。報告の画面で内容を確認してから提出してください。"
        in messages
    )
    assert not any("保存できませんでした" in m for m in messages), messages
    assert Report.objects.get(pk=other.pk).state == Report.State.DRAFT
    assert Report.objects.get(pk=w.report.pk).state == Report.State.SUBMITTED


def test_reports_submitted_by_a_colleague_after_the_preview(w):
    """A colleague of 市民課 submitted two reports in the app while the preview was open: the one the file leaves as
    it was is 変更なし (it read 「保存できませんでした: あなたが入力できる報告ではありません。」, found walking a round), the
    one it changes is refused saying why — its state, not that it is someone else's."""
    other = Report.objects.get(round=w.round, initiative__title=MY_NUMBER)
    services.save_report(other, version=0, fields={"status": "in_progress"})
    editor = _client(w.users["editor"])
    wb = _download(editor, w.round.pk)
    ws = wb[OWN_DEPARTMENT]
    ws.cell(_row(ws, CONVENIENCE), COLUMN["actual"]).value = 10800
    preview = _upload(editor, w.round.pk, wb)
    services.submit_report(Report.objects.get(pk=other.pk), w.users["editor"])
    services.save_report(Report.objects.get(pk=w.report.pk), version=0, fields={"status": "done"})
    services.submit_report(Report.objects.get(pk=w.report.pk), w.users["editor"])
    response = _confirm(editor, w.round.pk, preview)
    messages = [str(m) for m in response.wsgi_request._messages]
    assert messages == [
        f"「{CONVENIENCE}利用促進」は保存できませんでした: 「提出済」の報告のため変更できません。",
        "ファイルで変更のなかった報告5件はそのままです（変更なし）。",
    ]
    assert not RecordedActual.objects.filter(report=w.report).exists()


def test_bad_cells_are_listed_with_sheet_row_and_column_and_nothing_is_saved(w):
    editor = _client(w.users["editor"])
    wb = _download(editor, w.round.pk)
    ws = wb[OWN_DEPARTMENT]
    r = _row(ws, CONVENIENCE)
    ws.cell(r, COLUMN["actual"]).value = "たくさん"
    ws.cell(r, COLUMN["self_grade"]).value = "S"
    ws.cell(r, COLUMN["achievements"]).value = "正しく入力した欄"
    m = _row(ws, MY_NUMBER)
    ws.cell(m, COLUMN["actual"]).value = "=SUM(J4:J8)"  # a formula is read as what was typed: not a number
    ws.cell(m, COLUMN["status"]).value = "実施中"

    response = _upload(editor, w.round.pk, wb)
    assert response.status_code == 400
    assert response.context["preview"].errors == [
        f"シート「市民課」の{m}行目 K列（実績値（令和6年度））: 数値ではありません（例: 1200、１，２００、37.5%）。「集計中」など数値でない実績は「実績値（原文）」の列に書いてください",
        f"シート「市民課」の{r}行目 K列（実績値（令和6年度））: 数値ではありません（例: 1200、１，２００、37.5%）。「集計中」など数値でない実績は「実績値（原文）」の列に書いてください",
        f"シート「市民課」の{r}行目 O列（自己評価）: この自治体の評価基準にない評価です（A・B・C・D）",
    ]
    page = response.content.decode()
    assert "何も保存していません" in page and "シート「市民課」の8行目 K列（実績値（令和6年度））" in page
    # nothing saved, not even the good cells; and nothing to confirm
    assert Report.objects.filter(round=w.round).exclude(version=0).count() == 0
    assert not RecordedActual.objects.exists()
    response = editor.post(reverse("exports-input-confirm", args=[w.round.pk]), {"token": "x"})
    assert (
        response.status_code == 302 and Report.objects.filter(round=w.round).exclude(version=0).count() == 0
    )


def test_a_grade_the_scale_no_longer_has_is_not_saved_at_the_confirmation(w):
    """The sheet's list and the report form's select offer the scale's grades; the services take no other (the API
    saved 「Z」). A grade read from the file under a scale changed before the confirmation is refused there."""
    from django.contrib.messages import WARNING

    from tests.scales import own_scale

    editor = _client(w.users["editor"])
    wb = _download(editor, w.round.pk)
    ws = wb[OWN_DEPARTMENT]
    r = _row(ws, CONVENIENCE)
    ws.cell(r, COLUMN["self_grade"]).value = "B：目標どおり"
    ws.cell(r, COLUMN["achievements"]).value = "コンビニ交付の周知を強化した"
    response = _upload(editor, w.round.pk, wb)
    assert response.status_code == 200 and not response.context["preview"].errors
    own_scale(w.nobeoka.municipality)
    confirmed = _confirm(editor, w.round.pk, response)
    said = [(m.level, m.message) for m in get_messages(confirmed.wsgi_request)]
    assert (
        WARNING,
        f"「{w.report.initiative.title}」は保存できませんでした: 自己評価: この自治体の評価基準にない評価です（S・A・C・－）。",
    ) in said
    report = Report.objects.get(pk=w.report.pk)
    assert (report.self_grade, report.achievements, report.version) == ("", "", 0)
    # and the report form, whose select offers the scale's grades, refuses another
    url = reverse("progress:report", args=[w.report.pk])
    refused = editor.post(url, report_post(w.report, 0, self_grade="B"))
    assert refused.status_code == 400 and Report.objects.get(pk=w.report.pk).self_grade == ""
    assert editor.post(url, report_post(w.report, 0, self_grade="S")).status_code == 302
    assert Report.objects.get(pk=w.report.pk).self_grade == "S"


def test_a_count_written_with_its_kpis_unit_is_read_and_another_unit_is_refused(w):
    """「40件」 in the 実績値 cell of a KPI counted in 件 was refused as 「数値ではありません」 while 「40%」 is
    read for a KPI in %: staff write the unit of a count as naturally (found walking a round). The
    KPI's own unit after the number is read; another unit is refused with the KPI's unit named."""
    editor = _client(w.users["editor"])
    wb = _download(editor, w.round.pk)
    ws = wb[OWN_DEPARTMENT]
    r = _row(ws, CONVENIENCE)
    ws.cell(r, COLUMN["actual"]).value = "１０，８００ 件"
    ws.cell(r, COLUMN["status"]).value = "実施中"
    response = _upload(editor, w.round.pk, wb)
    assert response.status_code == 200, response.context["preview"].errors
    assert _changes(response.context["preview"], CONVENIENCE)["実績値（証明書交付件数）"] == ("（空欄）", "10,800件")
    _confirm(editor, w.round.pk, response)
    assert RecordedActual.objects.get(report=w.report).value == 10800

    ws.cell(r, COLUMN["actual"]).value = "10800人"
    response = _upload(editor, w.round.pk, wb)
    assert response.status_code == 400
    assert response.context["preview"].errors == [
        f"シート「市民課」の{r}行目 K列（実績値（令和6年度））: この指標の単位は「件」です。"
        "「人」を付けずに、数値だけを入力してください。"
    ]
    # a note after the number is no unit: the cell's 「数値ではありません」, which points to 実績値（原文） (review: it was
    # 「この指標の単位は「件」です。「件(速報値)」を付けずに…」)
    ws.cell(r, COLUMN["actual"]).value = "10800件（速報値）"
    response = _upload(editor, w.round.pk, wb)
    assert response.status_code == 400
    [error] = response.context["preview"].errors
    assert "数値ではありません" in error and "実績値（原文）" in error and "」を付けずに" not in error


def test_one_length_limit_for_a_reports_text_and_an_unchanged_long_text_does_not_stop_an_upload(w):
    """The report form took any length while the Excel upload refused a cell over 10,000 characters: a text
    saved in the form then stopped every upload of the office's whole-round sheet, though no one had changed
    it (found walking a round). One limit (``MAX_REPORT_TEXT``), checked where a cell changes a report."""
    from shinchoku.progress.models import MAX_REPORT_TEXT

    editor = _client(w.users["editor"])
    url = reverse("progress:report", args=[w.report.pk])
    long = "あ" * (MAX_REPORT_TEXT + 1)
    response = editor.post(url, report_post(w.report, w.report.version, achievements=long))
    assert response.status_code == 400
    page = response.content.decode()
    assert "長すぎます（10,000字まで。入力は10,001字）。" in page
    (area,) = re.findall(r'<textarea name="achievements"[^>]*>', page)
    assert "maxlength" not in area  # (a browser cuts a longer paste silently: the page says it is too long instead)
    assert Report.objects.get(pk=w.report.pk).achievements == ""

    # 40,000 characters saved before the limit (the form took any length): longer than an Excel cell holds
    legacy = "あ" * 40_000
    Report.objects.filter(pk=w.report.pk).update(achievements=legacy)
    wb = _download(editor, w.round.pk)
    ws = wb[OWN_DEPARTMENT]
    r, m = _row(ws, CONVENIENCE), _row(ws, MY_NUMBER)
    assert len(ws.cell(r, COLUMN["achievements"]).value) == 32_767  # (openpyxl cuts it)
    ws.cell(m, COLUMN["status"]).value = "実施中"
    response = _upload(editor, w.round.pk, wb)
    assert response.status_code == 200, response.context["preview"].errors  # the long text is left as it is
    assert [p.place for p in response.context["preview"].changed] == [f"シート「市民課」の{m}行目"]
    _confirm(editor, w.round.pk, response)
    assert Report.objects.get(pk=w.report.pk).achievements == legacy
    # and the form saves the report's other fields with the long text in it
    page = editor.get(url)
    data = report_post(w.report, version_in(page), achievements=legacy, issues="課題を追記")
    assert editor.post(url, data).status_code == 302
    assert Report.objects.get(pk=w.report.pk).issues == "課題を追記"
    # a long text saved with LF (the API, the sheet) comes back from a browser with CRLF: still unchanged
    Report.objects.filter(pk=w.report.pk).update(achievements="一行目\n" + legacy)
    page = editor.get(url)
    data = report_post(w.report, version_in(page), achievements="一行目\r\n" + legacy, issues="もう一度追記")
    assert editor.post(url, data).status_code == 302
    assert Report.objects.get(pk=w.report.pk).issues == "もう一度追記"

    wb = _download(editor, w.round.pk)
    ws = wb[OWN_DEPARTMENT]
    ws.cell(r, COLUMN["achievements"]).value = long + "い"
    response = _upload(editor, w.round.pk, wb)
    assert response.status_code == 400
    assert response.context["preview"].errors == [
        f"シート「市民課」の{r}行目 P列（進捗状況の説明（取組実績））: 長すぎます（10,000字まで。入力は10,002字）。"
    ]


def test_a_sheet_downloaded_before_its_indicator_header_was_renamed_is_read(w):
    """The header 「指標（KPI）」 stood over KGI rows (「…（KGI）」); it is 「指標」 now, and a file filled with the old
    header is still taken."""
    editor = _client(w.users["editor"])
    wb = _download(editor, w.round.pk)
    ws = wb[OWN_DEPARTMENT]
    assert ws.cell(3, 7).value == "指標"
    ws.cell(3, 7).value = "指標（KPI）"
    ws.cell(_row(ws, CONVENIENCE), COLUMN["actual"]).value = "10800"
    response = _upload(editor, w.round.pk, wb)
    assert response.status_code == 200, response.context["preview"].errors
    assert _changes(response.context["preview"], CONVENIENCE)["実績値（証明書交付件数）"] == ("（空欄）", "10,800件")


def test_an_actuals_note_is_in_the_sheet_read_back_and_saved_as_the_report_form_saves_it(w):
    """Walked: the input sheet had no 実績値の備考 (the 進捗管理表 prints one), so 市民課, correcting an actual in Excel,
    kept last week's note 「窓口集計」 and could not write when the figure was counted. The column stands after the
    actual, open on every KPI's row; the preview shows old → new and the note is saved as the report form saves it."""
    kpi = w.report.initiative.indicators.get()
    services.save_report(w.report, version=0, fields={}, actuals={kpi.pk: (10200.0, "", "窓口集計")})
    editor = _client(w.users["editor"])
    wb = _download(editor, w.round.pk)
    ws = wb[OWN_DEPARTMENT]
    assert ws.cell(3, COLUMN["actual_note"]).value == "実績値の備考"
    r, m = _row(ws, CONVENIENCE), _row(ws, MY_NUMBER)
    note = ws.cell(r, COLUMN["actual_note"])
    assert (note.value, note.protection.locked, note.number_format) == ("窓口集計", False, "@")
    empty = ws.cell(m, COLUMN["actual_note"])
    assert empty.value is None and not empty.protection.locked

    ws.cell(r, COLUMN["actual"]).value = 10350
    note.value = "令和7年3月末時点（コンビニ交付を含む）"
    ws.cell(m, COLUMN["actual_note"]).value = "速報値"  # a note alone, before the figure is in
    third = next(n for n in range(4, ws.max_row + 1) if n not in (r, m)
                 and not ws.cell(n, COLUMN["actual_note"]).protection.locked)  # fmt: skip
    ws.cell(third, COLUMN["actual_note"]).value = "x" * 2001  # the report form's limit for a 備考
    response = _upload(editor, w.round.pk, wb)
    assert response.context["preview"].errors == [
        f"シート「市民課」の{third}行目 M列（実績値の備考）: 長すぎます（2,000字まで。入力は2,001字）。"
    ]
    ws.cell(third, COLUMN["actual_note"]).value = None
    response = _upload(editor, w.round.pk, wb)
    assert _changes(response.context["preview"], CONVENIENCE) == {
        "実績値（証明書交付件数）": ("10,200件", "10,350件"),
        "実績値の備考（証明書交付件数）": ("窓口集計", "令和7年3月末時点（コンビニ交付を含む）"),
    }
    assert _changes(response.context["preview"], MY_NUMBER) == {"実績値の備考（取得率）": ("（空欄）", "速報値")}
    assert "令和7年3月末時点（コンビニ交付を含む）" in response.content.decode()
    _confirm(editor, w.round.pk, response)
    stored = RecordedActual.objects.get(report=w.report)
    assert (stored.value, stored.note) == (10350.0, "令和7年3月末時点（コンビニ交付を含む）")
    assert stored.history.first().history_user == w.users["editor"]
    alone = RecordedActual.objects.get(report__initiative__title=MY_NUMBER, report__round=w.round)
    assert (alone.value, alone.text, alone.note) == (None, "", "速報値")  # as the form saves a note alone
    page = editor.get(reverse("progress:report", args=[w.report.pk])).content.decode()
    assert "令和7年3月末時点（コンビニ交付を含む）" in page
    assert _upload(editor, w.round.pk, wb).context["preview"].changed == []  # the same file again: nothing


def test_a_date_in_an_actuals_note_is_kept_in_the_apps_one_date_style(w):
    """Walked: 「2026/3/31」 typed in 実績値の備考 (Excel keeps it as a date cell) was stored and published as
    「2026-03-31」 beside 和暦 everywhere else. A date cell of a text column is read as ``core.dates`` writes a day."""
    from datetime import datetime

    editor = _client(w.users["editor"])
    wb = _download(editor, w.round.pk)
    ws = wb[OWN_DEPARTMENT]
    r, m = _row(ws, CONVENIENCE), _row(ws, MY_NUMBER)
    ws.cell(r, COLUMN["actual"]).value = 10350
    ws.cell(r, COLUMN["actual_note"]).value = datetime(2026, 3, 31)
    ws.cell(r, COLUMN["actual_note"]).number_format = "yyyy/m/d"
    ws.cell(m, COLUMN["actual"]).value = 82.3
    ws.cell(m, COLUMN["actual_note"]).value = datetime(2026, 3, 31, 17, 5)  # a moment: to the minute
    response = _upload(editor, w.round.pk, wb)
    assert _changes(response.context["preview"], CONVENIENCE)["実績値の備考（証明書交付件数）"] == (
        "（空欄）", "令和8年3月31日"
    )
    _confirm(editor, w.round.pk, response)
    assert RecordedActual.objects.get(report=w.report).note == "令和8年3月31日"
    assert RecordedActual.objects.get(report__initiative__title=MY_NUMBER, report__round=w.round).note == (
        "令和8年3月31日 17:05"
    )
    page = editor.get(reverse("progress:report", args=[w.report.pk])).content.decode()
    assert "令和8年3月31日" in page and "2026-03-31" not in page
    assert _upload(editor, w.round.pk, wb).context["preview"].changed == []  # the same file again: nothing


def test_a_text_actual_round_trips_through_its_own_column(w):
    """Walked: the input sheet had no 実績値（原文）, and 「集計中」 or 「10,350件（速報値）」 typed into the number cell was
    refused with no place to put it. The column stands after the number, open on every KPI's row, as the report form's
    field: the number cell's refusal names it, the preview shows old → new, the text is saved as the form saves it and
    shown wherever the actual is (the report page, the next download), and a stored number may give way to a text."""
    kpi = w.report.initiative.indicators.get()
    services.save_report(w.report, version=0, fields={}, actuals={kpi.pk: (10200.0, "", "")})
    editor = _client(w.users["editor"])
    wb = _download(editor, w.round.pk)
    ws = wb[OWN_DEPARTMENT]
    assert ws.cell(3, COLUMN["actual_text"]).value == "実績値（原文）"
    assert "数値で表せない実績（「集計中」「72件（速報値）」）は「実績値（原文）」に書きます" in ws.cell(2, 2).value
    r, m = _row(ws, CONVENIENCE), _row(ws, MY_NUMBER)
    text = ws.cell(r, COLUMN["actual_text"])
    assert (text.value, text.protection.locked, text.number_format) == (None, False, "@")

    ws.cell(m, COLUMN["actual"]).value = "集計中"  # in the number cell: refused, naming the column for it
    response = _upload(editor, w.round.pk, wb)
    assert response.context["preview"].errors == [
        f"シート「市民課」の{m}行目 K列（実績値（令和6年度））: 数値ではありません（例: 1200、１，２００、37.5%）。"
        "「集計中」など数値でない実績は「実績値（原文）」の列に書いてください"
    ]
    ws.cell(m, COLUMN["actual"]).value = None
    ws.cell(m, COLUMN["actual_text"]).value = "集計中"
    ws.cell(r, COLUMN["actual"]).value = 10350
    text.value = "10,350件（速報値）"
    response = _upload(editor, w.round.pk, wb)
    assert not response.context["preview"].errors
    assert _changes(response.context["preview"], CONVENIENCE) == {
        "実績値（証明書交付件数）": ("10,200件", "10,350件"),
        "実績値（原文）（証明書交付件数）": ("（空欄）", "10,350件（速報値）"),
    }
    assert _changes(response.context["preview"], MY_NUMBER) == {"実績値（原文）（取得率）": ("（空欄）", "集計中")}
    assert "10,350件（速報値）" in response.content.decode()
    _confirm(editor, w.round.pk, response)
    stored = RecordedActual.objects.get(report=w.report)
    assert (stored.value, stored.text) == (10350.0, "10,350件（速報値）")
    assert stored.history.first().history_user == w.users["editor"]
    alone = RecordedActual.objects.get(report__initiative__title=MY_NUMBER, report__round=w.round)
    assert (alone.value, alone.text) == (None, "集計中")

    page = editor.get(reverse("progress:report", args=[w.report.pk])).content.decode()
    assert "10,350件（速報値）" in page
    again = _download(editor, w.round.pk)[OWN_DEPARTMENT]
    assert (again.cell(r, COLUMN["actual"]).value, again.cell(r, COLUMN["actual_text"]).value) == (
        10350, "10,350件（速報値）"
    )
    assert _upload(editor, w.round.pk, wb).context["preview"].changed == []  # the same file again: nothing

    # the number given up for a text (「未集計」), as the report form allows: not erased, replaced
    again.cell(r, COLUMN["actual"]).value = None
    again.cell(r, COLUMN["actual_text"]).value = "未集計"
    response = _upload(editor, w.round.pk, again.parent)
    assert not response.context["preview"].errors
    _confirm(editor, w.round.pk, response)
    stored.refresh_from_db()
    assert (stored.value, stored.text) == (None, "未集計")


def test_an_actual_below_the_baseline_is_questioned_in_the_preview_and_saved(w):
    """As the report form: 9,330件 under a baseline of 10,000件 (target 11,000件) is named in the preview with its
    rate, and saved when the department confirms."""
    indicator = w.report.initiative.indicators.get()
    indicator.baseline_fy, indicator.baseline_value, indicator.has_baseline = 2023, 10000.0, True
    indicator.save()
    editor = _client(w.users["editor"])
    wb = _download(editor, w.round.pk)
    ws = wb[OWN_DEPARTMENT]
    ws.cell(_row(ws, CONVENIENCE), COLUMN["actual"]).value = 9330
    ws.cell(_row(ws, MY_NUMBER), COLUMN["actual"]).value = 96  # above its target: no word
    response = _upload(editor, w.round.pk, wb)
    preview = response.context["preview"]
    assert not preview.errors
    assert {p.report.initiative.title[:10]: p.warnings for p in preview.changed} == {
        CONVENIENCE[:10]: [
            "証明書交付件数の実績値が基準値を下回っています（達成率 -67.0%）。入力に誤りがないか確認してください。"
        ],
        MY_NUMBER[:10]: [],
    }
    page = response.content.decode()
    assert "証明書交付件数の実績値が基準値を下回っています（達成率 -67.0%）" in page
    assert "このまま保存することもできます。" in page
    _confirm(editor, w.round.pk, response)
    assert RecordedActual.objects.get(report=w.report).value == 9330


def test_a_sheet_downloaded_before_the_note_and_return_columns_is_read_as_it_was(w):
    """A file downloaded before 「差戻しの理由」, 「実績値の備考」 and 「実績値（原文）」 were added, and filled then, is still
    taken (the 原文 entered in the app stays as it was)."""
    editor = _client(w.users["editor"])
    wb = _download(editor, w.round.pk)
    ws = wb[OWN_DEPARTMENT]
    ws.delete_cols(COLUMN["actual_note"])
    ws.delete_cols(COLUMN["actual_text"])
    ws.delete_cols(5)  # 差戻しの理由
    assert ws.cell(3, 10).value == "実績値（令和6年度）" and ws.cell(3, 11).value == "進捗状況"
    r = _row(ws, CONVENIENCE)
    ws.cell(r, 10).value = 10800
    ws.cell(r, 11).value = "実施中"
    response = _upload(editor, w.round.pk, wb)
    assert response.status_code == 200 and not response.context["preview"].errors
    assert _changes(response.context["preview"], CONVENIENCE) == {
        "実績値（証明書交付件数）": ("（空欄）", "10,800件"),
        "進捗状況": ("（空欄）", "実施中"),
    }
    ws.cell(3, 11).value = "状況"  # any other header is still refused
    response = _upload(editor, w.round.pk, wb)
    assert response.context["preview"].errors == [
        "シート「市民課」の3行目: 見出しが様式と違います。この回のページからダウンロードした様式のまま入力してください。"
    ]


def test_a_sheet_without_the_text_column_is_told_where_a_text_actual_goes(w):
    """A sheet downloaded before 「実績値（原文）」 was added (still read): 「集計中」 in its number cell was refused with
    「…は「実績値（原文）」の列に書いてください」, a column that sheet does not have. It is told where the text goes: the
    report's page, or the sheet downloaded again; so is a stored number left blank there."""
    kpi = w.report.initiative.indicators.get()
    services.save_report(w.report, version=0, fields={}, actuals={kpi.pk: (10200.0, "", "")})
    editor = _client(w.users["editor"])
    wb = _download(editor, w.round.pk)
    ws = wb[OWN_DEPARTMENT]
    ws.delete_cols(COLUMN["actual_note"])
    ws.delete_cols(COLUMN["actual_text"])
    assert ws.cell(3, 11).value == "実績値（令和6年度）" and ws.cell(3, 12).value == "進捗状況"
    r, m = _row(ws, CONVENIENCE), _row(ws, MY_NUMBER)
    ws.cell(m, 11).value = "集計中"
    response = _upload(editor, w.round.pk, wb)
    assert response.context["preview"].errors == [
        f"シート「市民課」の{m}行目 K列（実績値（令和6年度））: 数値ではありません（例: 1200、１，２００、37.5%）。"
        "「集計中」など数値でない実績は、この様式には「実績値（原文）」の列がありません。報告の画面の「実績値（原文）」に入力するか、"
        "この回のページから様式をダウンロードし直して「実績値（原文）」の列に書いてください",
    ]
    ws.cell(m, 11).value = None
    ws.cell(r, 11).value = None  # the stored 10,200 left blank
    response = _upload(editor, w.round.pk, wb)
    assert response.context["preview"].errors == [
        f"シート「市民課」の{r}行目 K列（実績値（令和6年度））: 登録済みの実績値は空にできません。値を訂正してください。"
        "「未集計」など数値でない実績は、この様式には「実績値（原文）」の列がありません。報告の画面の「実績値（原文）」に入力するか、"
        "この回のページから様式をダウンロードし直して「実績値（原文）」の列に書いてください。",
    ]


def test_the_years_target_is_shown_as_the_plan_words_it(w):
    """The 目標値 of the sheet follows the rule of every output (``numbers.cell_value``): the plan's 「約11,000件」 where it
    says more than 11000 (the sheet wrote 11000, the initiative page 「約11,000件」); 「11,000件」 leaves the number."""
    indicator = w.report.initiative.indicators.get()
    indicator.values.filter(kind="target", fy=2024).update(text="約11,000件")
    editor = _client(w.users["editor"])
    ws = _download(editor, w.round.pk)[OWN_DEPARTMENT]
    assert ws.cell(3, 10).value == "目標値（令和6年度）"
    assert ws.cell(_row(ws, CONVENIENCE), 10).value == "約11,000件"
    page = editor.get(reverse("progress:report", args=[w.report.pk])).content.decode()
    assert '<p class="help">目標値: 約11,000件</p>' in page  # the report form, as the sheet
    indicator.values.filter(kind="target", fy=2024).update(text="11,000件")
    ws = _download(editor, w.round.pk)[OWN_DEPARTMENT]
    assert ws.cell(_row(ws, CONVENIENCE), 10).value == 11000


def test_a_returned_reports_comment_is_on_its_row_and_never_read_back(w):
    """Walked: a department filling offline saw 「差戻し」 and not why. The plan office's comment stands on the
    report's rows under 「差戻しの理由」, grey (not to be typed in); what is typed there is never imported."""
    services.save_report(w.report, version=0, fields={"status": "in_progress"})
    report = Report.objects.get(pk=w.report.pk)
    services.submit_report(report, w.users["editor"])
    services.return_report(report, w.users["office"], "実績値の集計時点を備考に書いてください。\n件数は年度末の値で。")
    editor = _client(w.users["editor"])
    wb = _download(editor, w.round.pk)
    ws = wb[OWN_DEPARTMENT]
    assert ws.cell(3, 5).value == "差戻しの理由"
    r = _row(ws, CONVENIENCE)
    cell = ws.cell(r, 5)
    assert cell.value == "実績値の集計時点を備考に書いてください。\n件数は年度末の値で。"
    assert cell.protection.locked and ws.cell(r, 4).value == "差戻し"
    assert all(ws.cell(n, 5).value is None for n in range(4, ws.max_row + 1) if n != r)  # only the returned one
    assert "差し戻された報告は「差戻しの理由」に計画担当のコメントがあります" in ws.cell(2, 2).value
    cell.value = "直しました"  # typed over (the sheet's protection has no password)
    ws.cell(r, COLUMN["actual_note"]).value = "令和7年3月末時点"
    response = _upload(editor, w.round.pk, wb)
    assert _changes(response.context["preview"], CONVENIENCE) == {
        "実績値の備考（証明書交付件数）": ("（空欄）", "令和7年3月末時点")
    }
    _confirm(editor, w.round.pk, response)
    assert Report.objects.get(pk=w.report.pk).review_comment.startswith("実績値の集計時点を備考に")


def test_the_files_errors_are_listed_in_the_order_of_its_rows(w):
    """A cell the sheet cannot read (「S」 as 自己評価) and a number in the wrong unit (found only against
    the KPI) were two lists, the unreadable cells first: a lower row came before a higher one (found
    walking a round). One list, row by row, left to right."""
    editor = _client(w.users["editor"])
    wb = _download(editor, w.round.pk)
    ws = wb[OWN_DEPARTMENT]
    r, m = _row(ws, CONVENIENCE), _row(ws, MY_NUMBER)
    assert m < r
    ws.cell(m, COLUMN["actual"]).value = "85人"  # 取得率 is counted in %
    ws.cell(r, COLUMN["actual"]).value = "たくさん"
    ws.cell(r, COLUMN["self_grade"]).value = "S"
    response = _upload(editor, w.round.pk, wb)
    assert response.status_code == 400
    assert response.context["preview"].errors == [
        f"シート「市民課」の{m}行目 K列（実績値（令和6年度））: この指標の単位は「%」です。"
        "「人」を付けずに、数値だけを入力してください。",
        f"シート「市民課」の{r}行目 K列（実績値（令和6年度））: 数値ではありません（例: 1200、１，２００、37.5%）。「集計中」など数値でない実績は「実績値（原文）」の列に書いてください",
        f"シート「市民課」の{r}行目 O列（自己評価）: この自治体の評価基準にない評価です（A・B・C・D）",
    ]


def test_a_unit_opening_with_percent_is_read_as_the_kpis_own(w):
    """「25%減」 in the 実績値 of a KPI counted in 「%減」 was 「数値ではありません」 though the sheet says a KPI's unit may
    be typed (found walking a round)."""
    from shinchoku.plans.models import Indicator

    Indicator.objects.filter(initiative__title=MY_NUMBER, unit="%").update(unit="%減")
    editor = _client(w.users["editor"])
    wb = _download(editor, w.round.pk)
    ws = wb[OWN_DEPARTMENT]
    m = _row(ws, MY_NUMBER)
    ws.cell(m, COLUMN["actual"]).value = "２５％減"
    response = _upload(editor, w.round.pk, wb)
    assert response.status_code == 200, response.context["preview"].errors
    (change,) = [c for c in _changes(response.context["preview"], MY_NUMBER).values()]
    assert change == ("（空欄）", "25%減")


def test_a_percentage_for_a_kpi_not_counted_in_percent_is_refused(w):
    """「８５％」 typed for 証明書交付件数 (件) is a slip, not 85件; for 取得率 (%) it is 85 as before,
    and so is 0.85 in a cell the user formatted as %."""
    editor = _client(w.users["editor"])
    wb = _download(editor, w.round.pk)
    ws = wb[OWN_DEPARTMENT]
    r, m = _row(ws, CONVENIENCE), _row(ws, MY_NUMBER)
    ws.cell(r, COLUMN["actual"]).value = "８５％"
    ws.cell(m, COLUMN["actual"]).value = "８５％"
    response = _upload(editor, w.round.pk, wb)
    assert response.status_code == 400
    assert response.context["preview"].errors == [
        f"シート「市民課」の{r}行目 K列（実績値（令和6年度））: この指標の単位は「件」です。"
        "「%」を付けずに、単位に合わせた数値を入力してください。"
    ]
    assert not RecordedActual.objects.exists()

    ws.cell(r, COLUMN["actual"]).value = 0.85
    ws.cell(r, COLUMN["actual"]).number_format = "0%"
    assert _upload(editor, w.round.pk, wb).status_code == 400  # shown as 85% in Excel: the same slip
    ws.cell(r, COLUMN["actual"]).value = "１２，０００"
    ws.cell(m, COLUMN["actual"]).value = 0.85
    ws.cell(m, COLUMN["actual"]).number_format = "0%"
    preview = _upload(editor, w.round.pk, wb)
    assert preview.status_code == 200
    assert _changes(preview.context["preview"], CONVENIENCE)["実績値（証明書交付件数）"] == (
        "（空欄）",
        "12,000件",
    )
    assert _changes(preview.context["preview"], MY_NUMBER)["実績値（取得率）"] == ("（空欄）", "85%")


def test_formulas_typed_by_the_user_are_text_never_evaluated(w):
    editor = _client(w.users["editor"])
    wb = _download(editor, w.round.pk)
    ws = wb[OWN_DEPARTMENT]
    r = _row(ws, CONVENIENCE)
    ws.cell(r, COLUMN["issues"]).value = '=HYPERLINK("http://example.com","詳細")'
    ws.cell(r, COLUMN["results"]).value = "=1+1"
    response = _upload(editor, w.round.pk, wb)
    assert response.status_code == 200
    assert _changes(response.context["preview"], CONVENIENCE) == {
        "成果": ("（空欄）", "=1+1"),
        "課題": ("（空欄）", '=HYPERLINK("http://example.com","詳細")'),
    }
    _confirm(editor, w.round.pk, response)
    report = Report.objects.get(pk=w.report.pk)
    assert (report.results, report.issues) == ("=1+1", '=HYPERLINK("http://example.com","詳細")')
    # and written back as text cells in the next download, not as formulas
    ws = _download(editor, w.round.pk)[OWN_DEPARTMENT]
    assert ws.cell(r, COLUMN["results"]).data_type == "s" and ws.cell(r, COLUMN["results"]).value == "=1+1"


def test_another_departments_row_is_refused_and_left_alone(w):
    # the plan office's file of the whole round: a sheet per department
    office = _client(w.users["office"])
    wb = _download(office, w.round.pk)
    assert {OWN_DEPARTMENT, OTHER_DEPARTMENT} <= set(wb.sheetnames) and wb.sheetnames[-1] == "選択肢"
    assert len(wb.sheetnames) == 28  # 27 departments of 延岡市's plan and the choices
    theirs = wb[OTHER_DEPARTMENT]
    t = 4
    other = Report.objects.get(round=w.round, pk=int(theirs.cell(t, 1).value.split(".")[0]))
    theirs.cell(t, COLUMN["achievements"]).value = "市民課が書き換えた"
    mine = wb[OWN_DEPARTMENT]
    mine.cell(_row(mine, CONVENIENCE), COLUMN["achievements"]).value = "市民課の入力"

    # 市民課 uploads it: its own row is taken, 健康増進課's is refused
    editor = _client(w.users["editor"])
    response = _upload(editor, w.round.pk, wb)
    assert response.status_code == 200
    preview = response.context["preview"]
    assert [(r.report.pk, r.reason, r.place) for r in preview.refused] == [
        (
            other.pk,
            "あなたが入力できる報告ではありません（他の担当課の報告です）。",
            f"シート「{OTHER_DEPARTMENT}」の4行目",
        )
    ]
    assert [p.report.pk for p in preview.changed] == [w.report.pk]
    # every report of the file is accounted for, once: the other departments' left as they are are counted
    keys = {str(ws.cell(r, 1).value).split(".")[0] for ws in wb.worksheets if ws.title != "選択肢"
            for r in range(4, ws.max_row + 1) if ws.cell(r, 1).value}  # fmt: skip
    counted = len(preview.changed) + len(preview.unchanged) + len(preview.refused) + preview.foreign + preview.kept
    assert preview.foreign > 20 and counted == len(keys)
    assert "他の担当課の報告（変更なし・取り込みません）" in response.content.decode()
    _confirm(editor, w.round.pk, response)
    assert Report.objects.get(pk=other.pk).achievements == "" and Report.objects.get(pk=other.pk).version == 0
    assert Report.objects.get(pk=w.report.pk).achievements == "市民課の入力"


def test_another_departments_submitted_report_is_refused_as_theirs(w):
    """市民課 uploading 健康増進課's file read 「「提出済」の報告のため変更できません」 for the row it changed and counted the
    rest nowhere (found walking a round): the row is refused as another department's, the rest counted."""
    colleague = _client(w.users["editor_other"])
    wb = _download(colleague, w.round.pk)
    theirs = wb[OTHER_DEPARTMENT]
    first = Report.objects.get(round=w.round, pk=int(theirs.cell(4, 1).value.split(".")[0]))
    services.save_report(first, version=first.version, fields={"status": Status.IN_PROGRESS})
    services.submit_report(first, w.users["editor_other"])  # (their file was downloaded before)
    theirs.cell(4, COLUMN["achievements"]).value = "市民課が書き換えた"
    theirs.cell(4, COLUMN["actual"]).value = "99人"  # a slip in a row one cannot change: refused with it, no error
    response = _upload(_client(w.users["editor"]), w.round.pk, wb)
    assert response.status_code == 200, response.context["preview"].errors
    preview = response.context["preview"]
    assert [(r.report.pk, r.reason) for r in preview.refused] == [
        (first.pk, "あなたが入力できる報告ではありません（他の担当課の報告です）。")
    ]
    assert not preview.changed and not preview.unchanged
    keyed = {ws.cell(r, 1).value.split(".")[0] for ws in wb.worksheets if ws.title != "選択肢"
             for r in range(4, ws.max_row + 1) if ws.cell(r, 1).value}  # fmt: skip
    assert preview.foreign == len(keyed) - 1


def test_report_changed_since_the_download_is_a_conflict(w):
    editor = _client(w.users["editor"])
    wb = _download(editor, w.round.pk)
    ws = wb[OWN_DEPARTMENT]
    r = _row(ws, CONVENIENCE)
    ws.cell(r, COLUMN["achievements"]).value = "Excelで書いた実績"

    # meanwhile a colleague saves the report in the app
    services.save_report(
        Report.objects.get(pk=w.report.pk), version=0, fields={"achievements": "アプリで書いた実績"}
    )

    response = _upload(editor, w.round.pk, wb)
    preview = response.context["preview"]
    assert [p.report.pk for p in preview.conflicts] == [w.report.pk]
    assert _changes(preview, CONVENIENCE) == {
        "進捗状況の説明（取組実績）": ("アプリで書いた実績", "Excelで書いた実績")
    }
    assert "ダウンロードした後にアプリで変更されています" in response.content.decode()

    # confirmed without choosing to overwrite: the app's text stays
    response = _confirm(editor, w.round.pk, response)
    assert Report.objects.get(pk=w.report.pk).achievements == "アプリで書いた実績"
    assert any("上書きしませんでした" in str(m) for m in response.wsgi_request._messages)

    # uploaded again, and this time the user chooses to overwrite it
    response = _upload(editor, w.round.pk, wb)
    _confirm(editor, w.round.pk, response, overwrite=str(w.report.pk))
    report = Report.objects.get(pk=w.report.pk)
    assert report.achievements == "Excelで書いた実績" and report.version == 2

    # changed again between the preview and the confirmation: refused by the version check, named
    ws.cell(r, COLUMN["achievements"]).value = "三度目の実績"
    response = _upload(editor, w.round.pk, wb)
    services.save_report(Report.objects.get(pk=w.report.pk), version=2, fields={"results": "その間の保存"})
    response = _confirm(editor, w.round.pk, response, overwrite=str(w.report.pk))
    assert Report.objects.get(pk=w.report.pk).achievements == "Excelで書いた実績"
    assert any("確認画面の表示後に他の人が変更しました" in str(m) for m in response.wsgi_request._messages)


def test_files_that_are_not_the_sheet_get_a_message_and_change_nothing(w):
    editor = _client(w.users["editor"])
    url = reverse("exports-input-upload", args=[w.round.pk])
    response = editor.post(url, {"file": SimpleUploadedFile("x.xlsx", b"PK\x03\x04 not really a zip")})
    assert response.status_code == 400
    assert "Excel ファイル（.xlsx）として読めません" in response.content.decode()
    # saved as Excel 97-2003 (or protected by a password): what it is and what to do, not 「壊れていないか」 (walked)
    old = editor.post(url, {"file": SimpleUploadedFile("x.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)})
    assert old.status_code == 400
    assert "「Excel ブック（*.xlsx）」として保存し直して" in old.content.decode()

    empty = openpyxl.Workbook()
    empty.active["A1"] = "メモ"
    buffer = io.BytesIO()
    empty.save(buffer)
    response = editor.post(url, {"file": SimpleUploadedFile("memo.xlsx", buffer.getvalue())})
    assert response.status_code == 400
    assert "この回の進捗管理表（入力用）のシートがありません" in response.content.decode()

    big = SimpleUploadedFile("big.xlsx", b"PK\x03\x04" + b"\0" * (10 * 1024 * 1024))
    response = editor.post(url, {"file": big})
    assert response.status_code == 400 and "ファイルが大きすぎます（上限 10 MB）" in response.content.decode()

    long = _download(editor, w.round.pk)
    long[OWN_DEPARTMENT].cell(10_001, 2).value = "行を増やした"
    response = _upload(editor, w.round.pk, long)
    assert response.status_code == 400
    assert "「市民課」シートの行が多すぎます（上限 10,000 行）" in response.content.decode()

    # a key changed by hand is a bad cell in column A
    wb = _download(editor, w.round.pk)
    ws = wb[OWN_DEPARTMENT]
    r = _row(ws, CONVENIENCE)
    payload, signature = ws.cell(r, 1).value.split(":", 1)
    report_id, _version, rest = payload.split(".", 2)
    ws.cell(r, 1).value = f"{report_id}.5.{rest}:{signature}"  # an older version typed over the key
    response = _upload(editor, w.round.pk, wb)
    assert response.status_code == 400
    assert response.context["preview"].errors == [
        f"シート「市民課」の{r}行目 A列（キー（変更しないでください））: "
        "キーが変更されています。ダウンロードしたファイルの行を使ってください。"
    ]
    assert Report.objects.filter(round=w.round).exclude(version=0).count() == 0


def test_viewer_gets_no_sheet_and_closed_round_takes_no_upload(w):
    viewer = _client(w.users["viewer"])
    round_page = reverse("progress:round", args=[w.round.pk])
    assert "Excelで入力する" not in viewer.get(round_page).content.decode()
    assert "Excelで入力する" in _client(w.users["editor"]).get(round_page).content.decode()
    assert "Excelで入力する" in _client(w.users["editor"]).get(reverse("progress:tasks")).content.decode()
    response = viewer.get(reverse("exports-input-xlsx", args=[w.round.pk]))
    assert response.status_code == 302  # back to the round page: nothing to fill
    anonymous = Client()
    assert anonymous.get(reverse("exports-input-xlsx", args=[w.round.pk])).status_code == 404

    editor = _client(w.users["editor"])
    wb = _download(editor, w.round.pk)
    services.close_round(w.round)
    response = _upload(editor, w.round.pk, wb)
    assert response.status_code == 400
    assert "この回は締め切られています" in response.content.decode()
    # the page says so before a file is filled in and chosen, and offers neither the form nor the download (walked:
    # both stayed, and only an upload was told)
    page = editor.get(reverse("exports-input-upload", args=[w.round.pk])).content.decode()
    assert "この回は締め切られています。Excelで入力した内容は取り込めません。" in page
    assert 'type="file"' not in page and reverse("exports-input-xlsx", args=[w.round.pk]) not in page


def test_the_sheet_to_fill_prints_at_8_pt_or_more_on_a3(w):
    """Fitted to one A3 page wide, the 16 columns printed the 9 pt text at about 7 pt: it now prints at
    89%, across then down, with 番号・取組 and the header row repeated, as the 進捗管理表 does."""
    ws = _download(_client(w.users["office"]), w.round.pk)[OWN_DEPARTMENT]
    assert int(ws.page_setup.paperSize) == 8 and ws.page_setup.orientation == "landscape"
    assert not ws.sheet_properties.pageSetUpPr.fitToPage and int(ws.page_setup.scale) == 89  # 9 pt × 0.89 ≥ 8
    assert ws.page_setup.pageOrder == "overThenDown"
    assert ws.print_title_rows == "$3:$3" and ws.print_title_cols == "$A:$F"  # up to 工程, the frozen columns
    assert ws.oddFooter.center.text == "&P / &N" and ws.oddHeader.right.text == "&A"  # page and department


def test_the_preview_is_kept_for_its_user_and_found_again_in_another_browser(w, tmp_path):
    """The preview was kept in the browser session: signed in again, in another browser, or after a
    second upload in another tab, 「保存する」 said 「確認画面の有効期限が切れました」 and the department
    uploaded again. It is kept on the server for its user, listed on the upload page until saved or
    cancelled, and applied once; another user gets 404."""
    first = _client(w.users["editor"])
    wb = _download(first, w.round.pk)
    ws = wb[OWN_DEPARTMENT]
    ws.cell(_row(ws, CONVENIENCE), COLUMN["status"]).value = "実施中"
    response = _upload(first, w.round.pk, wb)
    location = response.redirect_chain[-1][0]
    assert response.status_code == 200 and "取込内容の確認" in response.content.decode()
    other_tab = _upload(first, w.round.pk, wb)  # a second upload does not end the first
    assert other_tab.redirect_chain[-1][0] != location

    second = _client(w.users["editor"])  # signed in again elsewhere: a new session
    page = second.get(reverse("exports-input-upload", args=[w.round.pk])).content.decode()
    assert "確認中のファイル" in page and f'href="{location}"' in page and "入力済み.xlsx" in page
    again = second.get(location)
    assert again.status_code == 200 and "取込内容の確認" in again.content.decode()
    assert again.context["preview"].changed and again.context["token"] in location

    outsider = Client()  # another user: the preview is not theirs
    outsider.force_login(w.users["office"])
    assert outsider.get(location).status_code == 404
    assert location not in outsider.get(reverse("exports-input-upload", args=[w.round.pk])).content.decode()
    taken = outsider.post(reverse("exports-input-confirm", args=[w.round.pk]), {"token": again.context["token"]})
    assert taken.status_code == 302 and Report.objects.get(pk=w.report.pk).version == 0

    assert _confirm(second, w.round.pk, again).status_code == 302  # saved in the second browser
    assert Report.objects.get(pk=w.report.pk).status == "in_progress"
    version = Report.objects.get(pk=w.report.pk).version
    late = _confirm(first, w.round.pk, response)  # the first browser's page: used once already
    assert late["Location"] == reverse("exports-input-upload", args=[w.round.pk])
    assert Report.objects.get(pk=w.report.pk).version == version
    assert first.get(location).status_code == 404

    cancel = first.post(
        reverse("exports-input-confirm", args=[w.round.pk]),
        {"token": other_tab.context["token"], "action": "cancel"},
    )
    assert cancel.status_code == 302 and Report.objects.get(pk=w.report.pk).version == version
    page = first.get(reverse("exports-input-upload", args=[w.round.pk]), follow=True).content.decode()
    assert "取込を取り消しました。何も保存していません。" in page and "確認中のファイル" not in page
    assert list((tmp_path / "input-uploads").iterdir()) == []


def test_the_preview_names_the_unchanged_reports_that_submitting_would_submit(w):
    """A department filled two rows and ticked 「保存した上で提出する」: a third report, saved with a
    進捗状況 in the app the week before and not in the file's changes, was submitted too, and the
    page had said only 「ファイルに含まれる報告すべて」 (found walking a round). The box now counts
    what it submits and names the unchanged ones."""
    editor = _client(w.users["editor"])
    saved = Report.objects.get(round=w.round, initiative__title=MY_NUMBER)
    services.save_report(saved, version=saved.version, fields={"status": "in_progress"})
    wb = _download(editor, w.round.pk)
    ws = wb[OWN_DEPARTMENT]
    ws.cell(_row(ws, CONVENIENCE), COLUMN["status"]).value = "実施中"
    response = _upload(editor, w.round.pk, wb)
    page = response.content.decode()
    # not 「…報告すべて: 2件」: the file holds 市民課's six reports to fill, four of them without a 進捗状況
    assert (
        "保存した上で提出する（ファイルに含まれる未提出・差戻しの報告 6件のうち、進捗状況が選ばれている 2件）"
        in page
    )
    assert "進捗状況が選ばれていない報告が4件あります。" in page
    assert "うち、このファイルで変更のない報告 1件も提出します" in page
    assert f"「{MY_NUMBER}」" in page
    response = _confirm(editor, w.round.pk, response, submit="1")
    assert Report.objects.get(pk=saved.pk).state == Report.State.SUBMITTED
    assert Report.objects.get(pk=w.report.pk).state == Report.State.SUBMITTED


def test_a_too_large_actual_is_refused_with_the_report_forms_message(w):
    """「12,345,678,901,234」 or 15000000000000 in the 実績値 cell was 「数値ではありません（例: 1200、…）」 while the
    report form says 「大きすぎる数値です（10兆未満で入力してください）」: one limit (``core.numbers.out_of_range``), one
    message, whether typed as text, as a number cell or with the KPI's unit; nothing is saved."""
    editor = _client(w.users["editor"])
    wb = _download(editor, w.round.pk)
    ws = wb[OWN_DEPARTMENT]
    r, m = _row(ws, CONVENIENCE), _row(ws, MY_NUMBER)
    ws.cell(r, COLUMN["actual"]).value = "12,345,678,901,234"
    ws.cell(m, COLUMN["actual"]).value = 15000000000000

    response = _upload(editor, w.round.pk, wb)
    assert response.status_code == 400
    too_large = "K列（実績値（令和6年度））: 大きすぎる数値です（10兆未満で入力してください）。"
    assert response.context["preview"].errors == [
        f"シート「市民課」の{m}行目 {too_large}", f"シート「市民課」の{r}行目 {too_large}",
    ]  # fmt: skip
    assert not RecordedActual.objects.exists()
    assert "数値ではありません" not in response.content.decode()


def test_a_cell_is_read_as_the_report_form_reads_a_number():
    """The sheet's cells and the report form share one rule (``core.numbers.typed``): 「1e300」 and
    「1_000」 typed as text were numbers to Python's float() and so to the sheet."""
    from shinchoku.exports.input_sheet import number_with_unit, parse_number_cell

    ws = openpyxl.Workbook().active
    for typed, expected in (("１，２００", 1200.0), ("37.5%", 37.5), (1200, 1200.0), ("", None)):
        ws["A1"].value = typed
        assert parse_number_cell(ws["A1"]) == expected
    for bad in ("1e300", "1_000", "12.5.3", "99999999999999999999", 1e20):
        ws["A1"].value = bad
        with pytest.raises(ValueError):
            parse_number_cell(ws["A1"])
    ws["A1"].value = "１，２０４ 人"
    assert number_with_unit(ws["A1"]) == (1204.0, "人")
    ws["A1"].value = "1.2.3人"
    assert number_with_unit(ws["A1"]) is None
    for large in ("15,000,000,000,000", 1e13, -1e300, float("inf")):  # the form's limit, said as the form says it
        ws["A1"].value = large
        with pytest.raises(numbers.TooLarge):
            parse_number_cell(ws["A1"])
    ws["A1"].value = "15,000,000,000,000件"
    with pytest.raises(numbers.TooLarge):
        number_with_unit(ws["A1"])
    ws["A1"].value = 9_999_999_999_999
    assert parse_number_cell(ws["A1"]) == 9_999_999_999_999.0


def test_a_misplaced_comma_in_a_cell_is_refused_and_a_share_over_100_questioned(w):
    """「８０，５％」 typed in the sheet was read as 805: refused as the report form refuses it, naming the cell; 805
    itself for 取得率 (%, target 95) is taken, with the form's warning in the preview."""
    editor = _client(w.users["editor"])
    wb = _download(editor, w.round.pk)
    ws = wb[OWN_DEPARTMENT]
    m, r = _row(ws, MY_NUMBER), _row(ws, CONVENIENCE)
    ws.cell(m, COLUMN["actual"]).value = "８０，５％"
    ws.cell(r, COLUMN["actual"]).value = "1,2345件"
    response = _upload(editor, w.round.pk, wb)
    assert response.context["preview"].errors == [
        f"シート「市民課」の{m}行目 K列（実績値（令和6年度））: 桁区切りのカンマの位置が正しくありません（「80,5」）。"
        "小数なら「80.5」、整数なら「805」と入力してください（カンマは3桁ごと: 12,345）。",
        f"シート「市民課」の{r}行目 K列（実績値（令和6年度））: 桁区切りのカンマの位置が正しくありません（「1,2345」）。"
        "小数なら「1.2345」、整数なら「12,345」と入力してください（カンマは3桁ごと: 12,345）。",
    ]
    assert not RecordedActual.objects.filter(report__round=w.round).exists()

    ws.cell(m, COLUMN["actual"]).value = 805
    ws.cell(r, COLUMN["actual"]).value = "12,345件"  # grouped by three: a number
    response = _upload(editor, w.round.pk, wb)
    preview = response.context["preview"]
    assert not preview.errors
    share = next(p for p in preview.changed if p.report.initiative.title.startswith(MY_NUMBER))
    label = share.report.initiative.indicators.get().label
    assert share.warnings == [f"{label}の実績値が100%を超えています（805%、目標値 95%）。入力に誤りがないか確認してください。"]
    assert f"{label}の実績値が100%を超えています" in response.content.decode()


def test_a_citizen_following_the_workbook_link_is_asked_to_sign_in(w, client):
    """Walked: signed out, 「Excelで入力する」's address led to the round page and left 「Excelで入力できる報告はありません」
    to show on whatever page came next. (A round a citizen may not see is not found, as its page.)"""
    assert client.get(reverse("exports-input-xlsx", args=[w.round.pk])).status_code == 404  # not published
    for report in w.round.reports.all():
        report.state = Report.State.APPROVED
        report.save()
    services.publish_round(services.close_round(w.round))
    assert client.get(reverse("progress:round", args=[w.round.pk])).status_code == 200
    response = client.get(reverse("exports-input-xlsx", args=[w.round.pk]))
    assert response.status_code == 302 and response["Location"].startswith(reverse("login"))
    assert "next=" in response["Location"]
    assert not list(get_messages(response.wsgi_request))


def test_an_interpolated_target_is_italic_and_last_years_baseline_is_last_years_level(w):
    """Walked: the workbook gave 97.5手続 for 令和7年度 unmarked (the web form says ※補間), and left 前年度実績 empty where
    the plan prints 「現状値（R6）0%」. 新発田市's オープンデータ公開件数 (10 in R5, 15 in R8): R6's target 12 is in
    italics and the note says what italics are; a 基準値 of R5 is the R6 round's 前年度実績 where no R5 actual is."""
    from datetime import date, timedelta

    from shinchoku.plans.models import Indicator

    round_ = services.open_round(w.shibata, 2024, date.today() + timedelta(days=30))
    indicator = Indicator.objects.get(initiative__plan=w.shibata, initiative__code="4")
    indicator.values.filter(fy=2023, kind="actual").delete()
    indicator.baseline_fy, indicator.baseline_value, indicator.baseline_text, indicator.has_baseline = 2023, 10.0, "10件", True
    indicator.save()
    wb = _download(_client(w.users["office_other"]), round_.pk)
    ws = next(sheet for sheet in wb.worksheets if any(
        str(sheet.cell(r, 3).value or "").startswith(indicator.initiative.title) for r in range(4, sheet.max_row + 1)))
    r = _row(ws, indicator.initiative.title)
    header = {ws.cell(3, c).value: c for c in range(1, ws.max_column + 1)}
    target = ws.cell(r, header["目標値（令和6年度）"])
    assert (target.value, target.font.italic) == (12, True)
    assert ws.cell(r, header["前年度実績（令和5年度）"]).value == 10
    assert "目標値の斜体は、計画にこの年度の目標値がないため前後の年度の値から補間した値です。" in ws.cell(2, 2).value
    targets = [
        sheet.cell(n, header["目標値（令和6年度）"]) for sheet in wb.worksheets[:-1] for n in range(4, sheet.max_row + 1)
    ]
    figures = [cell for cell in targets if isinstance(cell.value, int | float)]
    assert any(cell.font.italic for cell in figures) and not all(cell.font.italic for cell in figures)  # R6's printed


def test_the_notes_example_is_the_end_of_the_rounds_fiscal_year(w):
    """The note under the title gave 「令和7年3月末時点」 for a 令和7年度 round, a year before that year ends."""
    from datetime import date, timedelta

    note = _download(_client(w.users["office"]), w.round.pk).worksheets[0].cell(2, 2).value
    assert w.round.fy == 2024 and "実績値の備考には集計時点など（「令和7年3月末時点」）を書けます。" in note
    later = services.open_round(w.shibata, 2025, date.today() + timedelta(days=30))
    note = _download(_client(w.users["office_other"]), later.pk).worksheets[0].cell(2, 2).value
    assert "（「令和8年3月末時点」）" in note and "令和7年3月末" not in note


def test_the_upload_page_asks_a_visitor_to_sign_in_as_the_download_does(w, client):
    """Anonymous GET /rounds/4/input/ of a published round answered 200 「Excelで入力した内容の取込 … この回は締め切られて
    います」 while /rounds/4/input.xlsx led to the login page (found walking a round): both ask to sign in; a round
    the visitor may not see is still not found."""
    upload = reverse("exports-input-upload", args=[w.round.pk])
    assert client.get(upload).status_code == 404  # not published
    for report in w.round.reports.all():
        report.state = Report.State.APPROVED
        report.save()
    services.publish_round(services.close_round(w.round))
    for url in (upload, reverse("exports-input-xlsx", args=[w.round.pk])):
        response = client.get(url)
        assert response.status_code == 302 and response["Location"].startswith(reverse("login")), url
        assert "next=" in response["Location"]
    assert "Excelで入力した内容の取込" not in client.get(upload, follow=True).content.decode()


def test_another_rounds_file_is_refused_naming_the_round_it_is_for(w):
    """令和7年度's file uploaded on round 5 gave 「シート「市民課」の3行目: 見出しが様式と違います。…」 (found walking a
    round): the workbook now records the round it was made for (a signed custom document property), and the import
    checks it before any cell. A file made before the mark is told by the year in the title shinchoku gave it."""
    from datetime import timedelta

    from django.utils import timezone

    editor = _client(w.users["editor"])
    wb = _download(editor, w.round.pk)
    assert [p.name for p in wb.custom_doc_props.props] == ["shinchoku_round"]
    later = services.open_round(w.nobeoka, w.round.fy + 1, timezone.localdate() + timedelta(days=30))
    text = _upload(editor, later.pk, wb).content.decode()
    assert (
        f"このファイルは「{w.round.title}」の入力用です（この回は「{later.title}」）。"
        "この回のページの「Excelで入力する」からダウンロードしたファイルに入力してください。"
    ) in text
    assert "見出しが様式と違います" not in text
    # a file of before the mark: its title's year
    del wb.custom_doc_props["shinchoku_round"]
    text = _upload(editor, later.pk, wb).content.decode()
    assert f"このファイルは令和6年度の回の入力用です（この回は「{later.title}」）。" in text
    # its own round reads it as before
    response = _upload(editor, w.round.pk, _download(editor, w.round.pk))
    assert response.status_code == 200 and "入力用です" not in response.content.decode()


def test_the_preview_names_the_reports_it_would_submit_without_an_actual(w):
    """「保存した上で提出する」 submits a report whose indicators of the year the file and the app leave without an actual:
    the preview names each such report and its indicators beside the box, as the report form asks before it submits so
    (the review found the sheet submitting them without a word); a report whose actual the file gives is not named."""
    editor = _client(w.users["editor"])
    wb = _download(editor, w.round.pk)
    ws = wb[OWN_DEPARTMENT]
    ws.cell(_row(ws, MY_NUMBER), COLUMN["status"]).value = "実施中"
    page = _upload(editor, w.round.pk, wb).content.decode()
    report = Report.objects.get(round=w.round, initiative__title=MY_NUMBER)
    names = "、".join(i.label for i in services.missing_actuals(report))
    assert names and "実績値が未入力の指標があるまま提出されます" in page
    assert f"「{MY_NUMBER}」: {names}" in page
    ws.cell(_row(ws, MY_NUMBER), COLUMN["actual"]).value = 0.823
    page = _upload(editor, w.round.pk, wb).content.decode()
    assert "実績値が未入力の指標があるまま提出されます" not in page
