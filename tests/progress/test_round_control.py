"""Control of the round over HTTP on 延岡市's 令和6年度 round, with the roles that use it.

Closing warns with the counts; the plan office extends the deadline (all, or one department),
reopens a closed round with a reason and unpublishes one report; bulk approve and publish go
report by report and say what was refused; the department page and the header; the review
screen shows each role its own buttons.
"""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from shinchoku.core.dates import deadline_label, wareki_time
from shinchoku.plans.models import Department
from shinchoku.progress import services
from shinchoku.progress.models import Report, Round, RoundEvent, Status

from .conftest import login, report_post, version_in

pytestmark = pytest.mark.django_db


def _client(user) -> Client:
    client = Client()
    login(client, user)
    return client


def _submit(report: Report, editor) -> None:
    services.save_report(report, version=report.version, fields={"status": Status.IN_PROGRESS})
    services.submit_report(report, editor)


def _civic(round_: Round):
    return round_.reports.filter(initiative__department_links__department__name="市民課").order_by("pk")


def test_closing_warns_with_the_counts_and_asks_to_confirm(w):
    office = _client(w.users["office"])
    url = reverse("progress:round", args=[w.round.pk])
    page = office.get(url).content.decode()
    assert "81件が未提出です。" in page
    assert f"期限前です（{deadline_label(w.round.deadline)}）。" in page
    _submit(w.report, w.users["editor"])
    response = office.post(reverse("progress:round-close", args=[w.round.pk]))  # no confirmation
    text = response.content.decode()
    assert response.status_code == 400
    assert "80件が未提出です" in text and "1件が提出済で、まだ承認していません。" in text
    assert Round.objects.get(pk=w.round.pk).is_open
    # a returned report is counted apart, as the round's page and 担当の仕事 count it (it said 「…（差戻し中を含む）」)
    w.report.refresh_from_db()
    services.return_report(w.report, w.users["office"], "実績値の根拠を添えてください")
    page = office.get(url).content.decode()
    assert "80件が未提出、1件が差戻し中です。" in page and "差戻し中を含む" not in page
    response = office.post(reverse("progress:round-close", args=[w.round.pk]), {"confirm": "1"})
    assert response.status_code == 302 and not Round.objects.get(pk=w.round.pk).is_open


def test_deadline_extended_for_one_department_then_for_all(w):
    office = _client(w.users["office"])
    civic = Department.objects.get(municipality=w.nobeoka.municipality, name="市民課")
    url = reverse("progress:round-extend", args=[w.round.pk])
    original = w.round.deadline
    later = original + timedelta(days=14)

    # a department editor may not; an earlier date is refused in Japanese and changes nothing
    assert _client(w.users["editor"]).post(url, {"deadline": later.isoformat()}).status_code == 403
    response = office.post(url, {"deadline": (original - timedelta(days=1)).isoformat(), "department": ""})
    assert response.status_code == 400 and "今の期限" in response.content.decode()
    assert Round.objects.get(pk=w.round.pk).deadline == original

    response = office.post(
        url, {"deadline": later.isoformat(), "department": str(civic.pk), "reason": "人事異動"}
    )
    assert response.status_code == 302
    round_ = Round.objects.get(pk=w.round.pk)
    assert round_.deadline == original and services.department_deadlines(round_) == {"市民課": later}
    event = RoundEvent.objects.get(round=round_, kind=RoundEvent.Kind.EXTENDED)
    assert event.reason == "人事異動" and event.created_by == w.users["office"]
    assert event.detail == f"市民課の提出期限 {deadline_label(original)} → {deadline_label(later)}"
    # 市民課 sees its own deadline with the weekday on its page; 健康増進課 the round's
    assert deadline_label(later) in _client(w.users["editor"]).get(reverse("progress:tasks")).content.decode()
    other = _client(w.users["editor_other"]).get(reverse("progress:tasks")).content.decode()
    assert deadline_label(original) in other and deadline_label(later) not in other
    # and on the page of each of its reports, where it fills them in (was the round's deadline)
    page = _client(w.users["editor"]).get(reverse("progress:report", args=[_civic(round_).first().pk]))
    assert deadline_label(later) in page.content.decode() and deadline_label(original) not in page.content.decode()
    # and on the round's page (it showed the round's; found walking a round), where the office sees both
    text = _client(w.users["editor"]).get(reverse("progress:round", args=[round_.pk])).content.decode()
    assert f"{deadline_label(later)}<span class=\"muted\">（市民課の延長後の期限。回の期限は{deadline_label(original)}）" in text
    # an editor of both departments: the first due (健康増進課's, the round's), 市民課's named beside it
    from shinchoku.accounts.models import Membership

    both = Membership.objects.get(user=w.users["editor"])
    both.departments.add(Department.objects.get(municipality=w.nobeoka.municipality, name="健康増進課"))
    text = _client(w.users["editor"]).get(reverse("progress:round", args=[round_.pk])).content.decode()
    assert f"{deadline_label(original)}<span class=\"muted\">（市民課は{deadline_label(later)}まで）" in text
    both.departments.remove(Department.objects.get(municipality=w.nobeoka.municipality, name="健康増進課"))
    # the department's sheet of the Excel file says its own deadline too
    import io

    import openpyxl

    sheet = openpyxl.load_workbook(io.BytesIO(
        _client(w.users["editor"]).get(reverse("exports-input-xlsx", args=[round_.pk])).content))["市民課"]  # fmt: skip
    note = next(c.value for row in sheet.iter_rows(max_row=3) for c in row if str(c.value or "").startswith("提出期限"))
    assert note.startswith(f"提出期限 {deadline_label(later)}。")
    other = _client(w.users["editor_other"]).get(reverse("progress:round", args=[round_.pk])).content.decode()
    assert deadline_label(original) in other and deadline_label(later) not in other
    text = office.get(reverse("progress:round", args=[round_.pk])).content.decode()
    assert f"担当課ごとの期限: 市民課 {deadline_label(later)}" in text
    assert f"期限前です（市民課の延長後の期限 {deadline_label(later)}）。" in text
    # on the day after the round's deadline, 市民課 is not late but 健康増進課 is
    board = services.dashboard(round_, today=original + timedelta(days=1))
    assert "健康増進課" in {d.name for d in board.overdue} and "市民課" not in {d.name for d in board.overdue}

    # the whole round moves past 市民課's own date: the department's earlier deadline goes
    latest = original + timedelta(days=30)
    assert office.post(url, {"deadline": latest.isoformat(), "department": ""}).status_code == 302
    round_.refresh_from_db()
    assert round_.deadline == latest and services.department_deadlines(round_) == {}


def test_reopen_with_a_reason_withdraws_the_publication(w):
    office, anonymous = _client(w.users["office"]), Client()
    _submit(w.report, w.users["editor"])
    services.approve_report(w.report, w.users["office"])
    services.close_round(w.round)
    services.publish_round(w.round)
    report_url = reverse("progress:report", args=[w.report.pk])
    assert anonymous.get(report_url).status_code == 200

    url = reverse("progress:round-reopen", args=[w.round.pk])
    response = office.post(url, {"reason": ""})
    assert response.status_code == 400 and "理由を記入してください。" in response.content.decode()
    assert not Round.objects.get(pk=w.round.pk).is_open
    assert _client(w.users["editor"]).post(url, {"reason": "誤り"}).status_code == 403

    response = office.post(url, {"reason": "市民課の実績値に誤りがあったため"})
    assert response.status_code == 302
    round_ = Round.objects.get(pk=w.round.pk)
    assert round_.is_open and round_.published_at is None and round_.closed_at is None
    assert not round_.reports.filter(published_at__isnull=False).exists()
    assert anonymous.get(report_url).status_code == 404  # withdrawn until published again
    event = round_.events.get(kind=RoundEvent.Kind.REOPENED)
    assert (event.reason, event.created_by) == ("市民課の実績値に誤りがあったため", w.users["office"])
    page = office.get(reverse("progress:round", args=[w.round.pk])).content.decode()
    assert "再開: 市民課の実績値に誤りがあったため — t-office" in page
    # the department can correct its approved report again after a return; the next close freezes anew
    services.return_report(w.report, w.users["office"], "実績値を直してください")
    page = _client(w.users["editor"]).get(report_url).content.decode()
    assert page.count(">保存して提出する</button>") == 1  # (the notice of actuals left out names the button too)


def test_the_rounds_record_says_who_closed_published_and_withdrew_it(w):
    """The round's 「回の操作記録」 listed the reopening and the extensions only: who closed the round,
    who published it (and how many reports), and who withdrew the publication were written nowhere
    a reader of the round could see (found walking a round: close, publish, reopen, close, publish)."""
    office = _client(w.users["office"])
    civic = list(_civic(w.round)[:3])
    for report in civic:
        _submit(report, w.users["editor"])
        services.approve_report(report, w.users["office"])
    round_url = reverse("progress:round", args=[w.round.pk])
    office.post(reverse("progress:round-close", args=[w.round.pk]), {"confirm": "1"})
    office.post(
        reverse("progress:round-publish", args=[w.round.pk]), {"choose": "1", "reports": [civic[0].pk, civic[1].pk]}
    )
    office.post(reverse("progress:round-bulk", args=[w.round.pk]), {"action": "publish", "reports": [civic[2].pk]})
    office.post(reverse("progress:round-unpublish", args=[w.round.pk]))
    kinds = list(Round.objects.get(pk=w.round.pk).events.order_by("pk").values_list("kind", "detail", "created_by"))
    me = w.users["office"].pk
    assert kinds == [
        (RoundEvent.Kind.OPENED, f"提出期限 {deadline_label(w.round.deadline)}・報告81件", None),  # opened by the fixture
        (RoundEvent.Kind.CLOSED, "", me),
        # which reports: an auditor reading the record could not tell what is public (walked)
        (RoundEvent.Kind.PUBLISHED, f"報告2件：{civic[0].initiative}、{civic[1].initiative}", me),
        (RoundEvent.Kind.PUBLISHED, f"報告1件：{civic[2].initiative}", me),
        (RoundEvent.Kind.UNPUBLISHED, "報告3件", me),
    ]
    page = office.get(round_url).content.decode()
    for line in ("締切 — t-office", f"公表（報告1件：{civic[2].initiative}） — t-office", "公表の取消し（報告3件） — t-office"):
        assert line in page, line


def test_withdrawing_one_reports_publication_is_in_the_rounds_record_with_why(w):
    """A report withdrawn from the public pages with its reason was in its own history only (walked)."""
    report = _civic(w.round)[0]
    _submit(report, w.users["editor"])
    services.approve_report(report, w.users["office"])
    services.close_round(w.round, user=w.users["office"])
    services.publish_round(w.round, user=w.users["office"])
    services.unpublish_report(report, user=w.users["office"], reason="契約協議中のため記載内容を確認中")
    event = Round.objects.get(pk=w.round.pk).events.order_by("-pk").first()
    assert (event.kind, event.detail, event.reason, event.created_by) == (
        RoundEvent.Kind.UNPUBLISHED,
        f"報告1件：{report.initiative}",
        "契約協議中のため記載内容を確認中",
        w.users["office"],
    )


def _record(page: str) -> list[str]:
    """The lines of the round's 「回の操作記録」 as the plan office reads them, newest first."""
    block = page.split('<ul class="events">', 1)[1].split("</ul>", 1)[0]
    return [re.sub(r"<[^>]+>", "", item).strip() for item in block.split("<li>")[1:]]


def test_the_rounds_record_says_who_opened_it_and_when(w):
    """The record began with the first close or extension: who opened the round, when and with which
    deadline was written nowhere a reader of the round could see (found walking a whole round)."""
    office = _client(w.users["office"])
    deadline = w.round.deadline + timedelta(days=30)
    response = office.post(
        reverse("progress:plan-rounds", args=[w.nobeoka.pk]),
        {"fy": "2025", "deadline": deadline.isoformat(), "reminder_days": "7", "title": ""},
    )
    assert response.status_code == 302
    round_ = Round.objects.get(plan=w.nobeoka, fy=2025)
    (event,) = round_.events.all()
    assert (event.kind, event.created_by, event.automatic) == (RoundEvent.Kind.OPENED, w.users["office"], False)
    assert event.detail == f"提出期限 {deadline_label(deadline)}・報告81件"
    assert _record(office.get(response.url).content.decode()) == [
        f"{wareki_time(event.created_at)} 開始（提出期限 {deadline_label(deadline)}・報告81件） — t-office"
    ]


def test_the_rounds_record_names_who_reminded_the_departments_and_the_system_for_the_daily_reminders(
    w, mailoutbox, django_capture_on_commit_callbacks
):
    """The 督促 were written nowhere in the round's record: the plan office could not tell whether (or when) the
    departments that still had not submitted had been reminded, by a colleague's button or by the daily job."""
    from shinchoku.progress.tasks import daily_reminders

    office = _client(w.users["office"])
    response = office.post(reverse("progress:round-remind", args=[w.round.pk]), {"confirm": "1"})
    assert response.status_code == 302 and len(mailoutbox) == 2
    by_hand = Round.objects.get(pk=w.round.pk).events.get(kind=RoundEvent.Kind.REMINDED)
    assert (by_hand.detail, by_hand.created_by, by_hand.automatic) == (
        "2課: 健康増進課、市民課", w.users["office"], False
    )
    # a second press the same day sends nothing: nothing more is recorded
    office.post(reverse("progress:round-remind", args=[w.round.pk]), {"confirm": "1"})
    assert Round.objects.get(pk=w.round.pk).events.filter(kind=RoundEvent.Kind.REMINDED).count() == 1

    Round.objects.filter(pk=w.round.pk).update(deadline=timezone.localdate() - timedelta(days=1))
    daily_reminders.call()  # what the worker runs each morning: the deadline has passed
    assert len(mailoutbox) == 4 and mailoutbox[-1].subject.startswith("【提出期限超過】")
    automatic = Round.objects.get(pk=w.round.pk).events.filter(kind=RoundEvent.Kind.REMINDED).first()
    assert (automatic.detail, automatic.created_by, automatic.automatic) == ("2課: 健康増進課、市民課", None, True)
    lines = _record(office.get(reverse("progress:round", args=[w.round.pk])).content.decode())
    assert lines[:2] == [
        f"{wareki_time(automatic.created_at)} 督促（2課: 健康増進課、市民課） — システム（自動）",
        f"{wareki_time(by_hand.created_at)} 督促（2課: 健康増進課、市民課） — t-office",
    ]
    daily_reminders.call()  # the next run has nothing to send: nothing is recorded
    assert Round.objects.get(pk=w.round.pk).events.filter(kind=RoundEvent.Kind.REMINDED).count() == 2


def test_a_reminder_of_many_departments_is_one_line_of_the_record(w):
    """「督促（28課: …）」: the names fit the record's line, the rest counted."""
    from shinchoku.progress.notifications import _record_reminder

    names = [f"第{n}デジタル行政推進課" for n in range(1, 29)]
    _record_reminder(w.round, names, w.users["office"])
    event = w.round.events.get(kind=RoundEvent.Kind.REMINDED)
    assert event.detail.startswith("28課: 第1デジタル行政推進課、第2デジタル行政推進課、")
    assert event.detail.endswith("、第12デジタル行政推進課ほか16課") and len(event.detail) <= 200


def test_rounds_opened_before_are_given_their_opening_in_the_record(w):
    """The migration writes the opening of a round opened before the record kept it: when it opened, who opened it
    and the deadline it was opened with (its history's first row), not today's extended one."""
    import importlib

    from django.apps import apps

    migration = importlib.import_module("shinchoku.progress.migrations.0007_round_event_opened_reminded")
    round_ = Round.objects.get(pk=w.round.pk)
    opened_with = round_.deadline
    round_.events.all().delete()  # as before the record kept openings
    Round.history.filter(id=round_.pk, history_type="+").update(history_user=w.users["office"])
    services.extend_deadline(round_, opened_with + timedelta(days=7), user=w.users["office"])
    migration.record_openings(apps, None)
    event = round_.events.get(kind=RoundEvent.Kind.OPENED)
    assert (event.created_at, event.created_by) == (round_.opened_at, w.users["office"])
    assert event.detail == f"提出期限 {deadline_label(opened_with)}"
    migration.record_openings(apps, None)  # run again: nothing twice
    assert round_.events.filter(kind=RoundEvent.Kind.OPENED).count() == 1


def test_unpublish_one_report_with_a_reason(w):
    office, anonymous = _client(w.users["office"]), Client()
    reports = list(_civic(w.round)[:2])
    for report in reports:
        _submit(report, w.users["editor"])
        services.approve_report(report, w.users["office"])
    services.close_round(w.round)
    services.publish_round(w.round)
    kept, withdrawn = reports
    url = reverse("progress:report-unpublish", args=[withdrawn.pk])
    office.post(url, {"reason": ""})
    assert Report.objects.get(pk=withdrawn.pk).published_at is not None
    response = office.post(url, {"reason": "個人情報が含まれていたため"})
    assert response.status_code == 302
    withdrawn.refresh_from_db()
    assert withdrawn.published_at is None and withdrawn.unpublished_reason == "個人情報が含まれていたため"
    assert withdrawn.reviewed_by == w.users["office"]
    assert anonymous.get(reverse("progress:report", args=[withdrawn.pk])).status_code == 404
    assert anonymous.get(reverse("progress:report", args=[kept.pk])).status_code == 200


def test_bulk_approve_says_what_was_done_and_what_was_refused(w):
    office = _client(w.users["office"])
    civic = list(_civic(w.round)[:3])
    for report in civic[:2]:
        _submit(report, w.users["editor"])
    response = office.post(
        reverse("progress:round-bulk", args=[w.round.pk]),
        {"action": "approve", "reports": [str(r.pk) for r in civic]},
        follow=True,
    )
    text = response.content.decode()
    assert "2件を承認しました。" in text
    assert (
        f"「{civic[2].initiative.title}」はできませんでした: 「未提出」の報告にはこの操作はできません。"
        in text
    )
    states = [Report.objects.get(pk=r.pk).state for r in civic]
    assert states == [Report.State.APPROVED, Report.State.APPROVED, Report.State.DRAFT]
    assert Report.objects.get(pk=civic[0].pk).reviewed_by == w.users["office"]
    # a department editor may not
    response = _client(w.users["editor"]).post(
        reverse("progress:round-bulk", args=[w.round.pk]),
        {"action": "approve", "reports": [str(civic[2].pk)]},
    )
    assert response.status_code == 403


def test_bulk_publish_only_approved_reports_of_a_closed_round(w):
    office = _client(w.users["office"])
    civic = list(_civic(w.round)[:2])
    _submit(civic[0], w.users["editor"])
    services.approve_report(civic[0], w.users["office"])
    services.close_round(w.round)
    response = office.post(
        reverse("progress:round-bulk", args=[w.round.pk]),
        {"action": "publish", "reports": [str(r.pk) for r in civic]},
        follow=True,
    )
    text = response.content.decode()
    assert (
        "1件を公表しました。" in text and "承認済の報告だけを公表できます（この報告は「未提出」）。" in text
    )
    assert Report.objects.get(pk=civic[0].pk).published_at is not None
    assert Report.objects.get(pk=civic[1].pk).published_at is None
    assert Round.objects.get(pk=w.round.pk).is_published


def test_department_page_after_login_and_the_header(w):
    editor = w.users["editor"]
    editor.last_name, editor.first_name = "田中", "一郎"
    editor.save()
    returned = w.report
    _submit(returned, editor)
    services.return_report(returned, w.users["office"], "実績値の集計時点を備考に明記してください")
    client = _client(editor)
    page = client.get(reverse("progress:tasks")).content.decode()
    assert "田中 一郎（市民課・担当課）" in page
    assert "差し戻された報告（1件）" in page and "実績値の集計時点を備考に明記してください" in page
    assert "入力して提出する報告（5件）" in page  # 市民課's other five reports
    assert page.count(deadline_label(w.round.deadline)) == 6
    # the table of reports to fill is named for a screen reader (it had no caption)
    assert "<caption class=\"visually-hidden\">令和6年度の実績: 入力して提出する報告と提出期限</caption>" in page
    office_page = _client(w.users["office"]).get(reverse("progress:tasks")).content.decode()
    assert "確認待ち 0件、未提出 80件、差戻し 1件" in office_page and "（延岡市・計画担当）" in office_page
    assert Client().get(reverse("progress:tasks")).status_code == 302  # anonymous: to the login page


def test_review_screen_shows_each_role_its_own_buttons(w):
    url = reverse("progress:report", args=[w.report.pk])
    editor_page = _client(w.users["editor"]).get(url).content.decode()
    assert "保存して提出する" in editor_page and "承認する" not in editor_page
    _submit(w.report, w.users["editor"])
    office_page = _client(w.users["office"]).get(url).content.decode()
    assert "承認する" in office_page and "差し戻す" in office_page and "評価を保存する" in office_page
    assert "保存して提出する" not in office_page


def test_report_form_writes_a_missing_target_without_its_unit(w):
    """「目標値: — 手続」read as a target of dashes counted in 手続; no target is just 「—」."""
    report = w.round.reports.get(initiative__title="マイナポータルからの行政手続のオンライン化")
    page = _client(w.users["office"]).get(reverse("progress:report", args=[report.pk])).content.decode()
    assert '<p class="help">目標値: —</p>' in page
    assert "— 手続" not in page
    convenience = _client(w.users["editor"]).get(reverse("progress:report", args=[w.report.pk])).content.decode()
    assert '<p class="help">目標値: 11,000 件</p>' in convenience


def test_a_report_returned_when_the_round_closed_shows_no_grade(w):
    """Its page said 「算定評価 B 目標どおり（締切時に確定）」 while the workbook and the counts said 差戻し."""
    office = w.users["office"]
    _submit(w.report, w.users["editor"])
    services.return_report(w.report, office, "実績値を記入してください")
    # while the round is open, the plan office's grade form says why it is not counted, in the counts' word
    page = _client(office).get(reverse("progress:report", args=[w.report.pk])).content.decode()
    assert "差し戻し中のため、評価に数えていません（集計では「差戻し」）。" in page
    assert "まだ提出されていないため" not in page and "（集計では「未提出」）" not in page
    services.close_round(Round.objects.get(pk=w.round.pk))
    page = _client(office).get(reverse("progress:report", args=[w.report.pk])).content.decode()
    computed = page.split("<dt>算定評価</dt>")[1].split("</dd>")[0]
    assert "差戻し" in computed and "差戻しのため評価に数えていません" in computed
    # the state as every count calls it (the round's page 「差戻し 1件」, the committee report 「評価 差戻し」)
    assert "未提出" not in computed and "目標どおり" not in computed


def test_the_plan_offices_task_list_counts_a_returned_report_apart_as_the_round_page_does(w):
    """「確認待ち 1件、未提出 4件。」 on 担当の仕事 where the round's page said 「差戻し 1件／未提出 3件」 (found walking a
    round): both read ``services.state_counts``."""
    office = w.users["office"]
    civic = list(_civic(w.round))
    for report in civic[:2]:
        _submit(report, w.users["editor"])
    services.return_report(Report.objects.get(pk=civic[0].pk), office, "実績値を記入してください")
    client = _client(office)
    tasks = client.get(reverse("progress:tasks")).content.decode()
    assert "確認待ち 1件、未提出 79件、差戻し 1件。" in tasks
    round_page = client.get(reverse("progress:round", args=[w.round.pk])).content.decode()
    assert "提出済 1件／承認済 0件／差戻し 1件／未提出 79件" in round_page


def test_the_rounds_publish_form_publishes_approved_reports_only(w):
    """「公表する」 on the round page published a 未提出 report ticked in its list: the initiative page and
    the open data then showed its frozen 「評価 D」 while the committee report called it 未提出 (found
    walking a round). A choice with any report not approved is refused whole, naming it; the list
    offers approved reports only."""
    office = _client(w.users["office"])
    approved, draft = list(_civic(w.round)[:2])
    _submit(approved, w.users["editor"])
    services.approve_report(approved, w.users["office"])
    office.post(reverse("progress:round-close", args=[w.round.pk]), {"confirm": "1"})
    round_url = reverse("progress:round", args=[w.round.pk])
    page = office.get(round_url).content.decode()
    assert f'name="reports" value="{draft.pk}" id="pub-{draft.pk}" disabled>' in page
    assert f'name="reports" value="{approved.pk}" id="pub-{approved.pk}" checked>' in page

    url = reverse("progress:round-publish", args=[w.round.pk])
    response = office.post(url, {"choose": "1", "reports": [approved.pk, draft.pk]})
    assert response.status_code == 400
    assert f"承認済の報告だけを公表できます。承認されていない報告: {draft.initiative}（未提出）" in response.content.decode()
    assert not Round.objects.get(pk=w.round.pk).is_published
    assert not Report.objects.filter(round=w.round, published_at__isnull=False).exists()

    assert office.post(url, {"choose": "1", "reports": [approved.pk]}).status_code == 302
    published = Report.objects.filter(round=w.round, published_at__isnull=False)
    assert list(published.values_list("pk", flat=True)) == [approved.pk]
    assert Client().get(reverse("progress:report", args=[draft.pk])).status_code == 404


def test_a_report_left_out_of_the_rounds_publication_says_so_on_its_page(w):
    """The round published without one approved report: its page showed neither 「公表」 nor 「未公表」 to the plan office
    and its department, where a published one showed 「公表 令和8年12月8日」 (found walking a round)."""
    office = _client(w.users["office"])
    shown, withheld = list(_civic(w.round)[:2])
    for report in (shown, withheld):
        _submit(report, w.users["editor"])
        services.approve_report(Report.objects.get(pk=report.pk), w.users["office"])
    office.post(reverse("progress:round-close", args=[w.round.pk]), {"confirm": "1"})
    before = office.get(reverse("progress:report", args=[withheld.pk])).content.decode()
    assert "未公表" not in before  # the round not published yet: nothing withheld
    publish = reverse("progress:round-publish", args=[w.round.pk])
    assert office.post(publish, {"choose": "1", "reports": [shown.pk]}).status_code == 302
    said = "<dt>公表</dt><dd>未公表（この回の公表に含めていません）</dd>"
    for client in (office, _client(w.users["editor"])):
        assert said in client.get(reverse("progress:report", args=[withheld.pk])).content.decode()
        page = client.get(reverse("progress:report", args=[shown.pk])).content.decode()
        assert "<dt>公表</dt><dd>令和" in page and "未公表" not in page


def test_the_department_page_tells_a_saved_draft_from_an_untouched_report(w):
    """「担当の仕事」 listed a report saved the day before like one never opened (found walking a round): the list of
    reports to fill says which are saved and not yet submitted."""
    editor = w.users["editor"]
    saved, untouched = list(_civic(w.round)[:2])
    services.save_report(saved, version=saved.version, fields={"status": Status.IN_PROGRESS, "achievements": "下書き"})
    page = _client(editor).get(reverse("progress:tasks")).content.decode()
    rows = {m[0]: m[1] for m in re.findall(r'<a href="/reports/(\d+)/">[^<]*</a></th>\s*<td>(.*?)</td>', page)}
    assert "保存済み（未提出）" in rows[str(saved.pk)]
    assert "未入力" in rows[str(untouched.pk)]


def test_a_report_saved_with_nothing_entered_is_still_untouched_on_the_department_page(w):
    """A report form saved as it opened (「保存する」 with every box blank) moved the report's version, and 担当の仕事
    listed it 「保存済み（未提出）」 beside the 「未入力」 ones (walked): what was recorded tells them apart, not the version.
    A 備考 alone or a 自己評価 alone is something recorded."""
    editor = _client(w.users["editor"])
    noted = w.report  # 市民課's コンビニ交付, KPI 証明書交付件数
    blank, graded = list(_civic(w.round).exclude(pk=noted.pk)[:2])
    indicator = noted.initiative.indicators.get()
    for report, fields in ((blank, {}), (noted, {f"a{indicator.pk}_note": "集計は6月末"}), (graded, {"self_grade": "B"})):
        url = reverse("progress:report", args=[report.pk])
        assert editor.post(url, report_post(report, version_in(editor.get(url)), **fields)).status_code == 302
    assert Report.objects.get(pk=blank.pk).version == blank.version + 1  # saved, all the same
    page = editor.get(reverse("progress:tasks")).content.decode()
    rows = {m[0]: m[1] for m in re.findall(r'<a href="/reports/(\d+)/">[^<]*</a></th>\s*<td>(.*?)</td>', page)}
    assert rows[str(blank.pk)] == '<span class="muted">未入力</span>'
    assert rows[str(graded.pk)] == rows[str(noted.pk)] == "保存済み（未提出）"


def test_the_plan_office_task_list_says_what_the_round_page_says_of_the_deadline(w):
    """「提出期限 令和8年11月30日（月）。確認待ち 1件、未提出 80件、差戻し 0件。」 on the plan office's 担当の仕事 with no 期限超過 and
    no word of 市民課's extension, both of which the round's page showed (found walking a round): one rule, one
    fragment (progress/_deadline.html) for both pages."""
    today = timezone.localdate()
    past, later = today - timedelta(days=7), today + timedelta(days=18)
    Round.objects.filter(pk=w.round.pk).update(deadline=past)
    w.round.refresh_from_db()
    civic = Department.objects.get(municipality=w.nobeoka.municipality, name="市民課")
    services.extend_deadline(w.round, later, user=w.users["office"], department=civic)
    office = _client(w.users["office"])
    expected = (
        f'{deadline_label(past)} <strong class="tag late-tag">期限超過</strong> '
        f'<span class="muted">担当課ごとの期限: 市民課 {deadline_label(later)}</span>'
    )
    tasks = office.get(reverse("progress:tasks")).content.decode()
    assert f"提出期限 {expected}。確認待ち 0件、未提出 81件、差戻し 0件。" in tasks
    round_page = office.get(reverse("progress:round", args=[w.round.pk])).content.decode()
    assert expected.replace("</strong> ", "</strong><br>") in round_page
    # a deadline not yet passed: the days left, on both
    Round.objects.filter(pk=w.round.pk).update(deadline=today + timedelta(days=3))
    w.round.refresh_from_db()
    tasks = office.get(reverse("progress:tasks")).content.decode()
    assert f"提出期限 {deadline_label(today + timedelta(days=3))}（あと3日）" in tasks and "期限超過" not in tasks
