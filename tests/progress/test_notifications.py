"""E-mails to the departments of 延岡市 (Django's locmem backend): who gets what, once.

A round opens → each department's editors; a report returned or approved → its department;
reminders before and after the deadline from the daily job the worker runs by itself.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from urllib.parse import quote
from zoneinfo import ZoneInfo

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from shinchoku.core.dates import deadline_label
from shinchoku.core.tasks import schedule_all
from shinchoku.plans.models import Department, Initiative, Municipality, Plan
from shinchoku.progress import notifications, services
from shinchoku.progress.models import Report, Round, SentMail, Status
from shinchoku.progress.tasks import daily_reminders, next_run

from .conftest import CONVENIENCE, login

pytestmark = pytest.mark.django_db

SENDER = "延岡市情報政策推進計画 アクションプラン 進捗管理"  # not 「延岡市 延岡市情報政策…」


@pytest.fixture(autouse=True)
def base_url(settings):
    settings.SHINCHOKU_BASE_URL = "https://dx.city.nobeoka.example/"


def test_opening_a_round_tells_each_department_its_initiatives(
    w, mailoutbox, django_capture_on_commit_callbacks
):
    office = Client()
    login(office, w.users["office"])
    deadline = timezone.localdate() + timedelta(days=40)  # ahead: a past one is the next test's
    with django_capture_on_commit_callbacks(execute=True):
        response = office.post(
            reverse("progress:plan-rounds", args=[w.nobeoka.pk]),
            {"fy": "2023", "deadline": deadline.isoformat(), "reminder_days": "7", "title": ""},
        )
    assert response.status_code == 302
    by_address = {m.to[0]: m for m in mailoutbox}
    assert set(by_address) == {"shimin@city.nobeoka.example", "kenko@city.nobeoka.example"}
    # the departments no mail reaches are named to the plan office, as the reminder button does
    # (it was told only 「開始しました」 and learnt of them when the reminders failed)
    page = office.get(response.url).content.decode()
    notice = page[page.index("受付開始のお知らせを送れなかった担当課: ") :]
    notice = notice[: notice.index("<")]
    assert "情報政策課" in notice and "市民課" not in notice and "健康増進課" not in notice
    mail = by_address["shimin@city.nobeoka.example"]
    assert (
        mail.subject
        == f"【進捗報告の依頼】延岡市情報政策推進計画 アクションプラン 令和5年度の実績（期限 {deadline_label(deadline)}）"
    )
    assert mail.from_email == f"{SENDER} <shinchoku@localhost>"
    assert mail.body.startswith(
        "市民課 御中\n\n延岡市情報政策推進計画 アクションプランの「令和5年度の実績」の受付を始めました。"
    )
    assert f"次の取組6件の進捗を、{deadline_label(deadline)}までに入力して提出してください。" in mail.body
    assert f"・{CONVENIENCE}" in mail.body
    assert "入力する画面: https://dx.city.nobeoka.example/my/" in mail.body
    # sent once: asking again (a restart, a retry) sends nothing
    round_ = Round.objects.get(plan=w.nobeoka, fy=2023)
    assert notifications.round_opened(round_.pk) == [] and len(mailoutbox) == 2
    assert SentMail.objects.filter(round=round_, key__startswith="opened:").count() == 2


def test_a_round_opened_with_a_past_deadline_reminds_at_once(w, client, mailoutbox, django_capture_on_commit_callbacks):
    """「過ぎた日付の提出期限で開始する」 promised 「開始するとすぐに、未提出の担当課へ期限超過の督促が送られます。」, but only
    the requests went out, telling the departments to submit 「令和8年11月30日（月）までに」, a date gone by; the
    【提出期限超過】 mail came when ``send_reminders`` ran by hand, and the round's record said only 「開始」
    (found walking a round). Now the request says the deadline has passed, the overdue reminder goes at once,
    and the record names the plan office user who opened the round as the one who reminded."""
    from django.contrib.auth import get_user_model

    office = w.users["office"]
    get_user_model().objects.filter(pk=office.pk).update(last_name="計画", first_name="花子")
    login(client, office)
    past = timezone.localdate() - timedelta(days=7)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("progress:plan-rounds", args=[w.nobeoka.pk]),
            {"fy": "2023", "deadline": past.isoformat(), "reminder_days": "7", "title": "", "past_deadline": "on"},
        )
    assert response.status_code == 302
    to_shimin = [m for m in mailoutbox if m.to == ["shimin@city.nobeoka.example"]]
    assert [m.subject[: m.subject.index("】") + 1] for m in to_shimin] == ["【進捗報告の依頼】", "【提出期限超過】"]
    request, overdue = to_shimin
    assert f"提出期限（{deadline_label(past)}）はすでに過ぎています。次の取組6件の進捗を、速やかに入力して提出してください。" in (
        request.body
    )
    assert "までに入力して提出してください" not in request.body
    assert f"提出期限（{deadline_label(past)}）を過ぎましたが、次の取組6件の報告が未提出です。" in overdue.body
    assert {m.to[0] for m in mailoutbox if m.subject.startswith("【提出期限超過】")} == {
        "shimin@city.nobeoka.example", "kenko@city.nobeoka.example"}  # fmt: skip
    page = client.get(response.url).content.decode()
    record = page[page.index("回の操作記録") :]
    assert "督促（2課: 健康増進課、市民課） — 計画 花子" in record
    assert "開始（提出期限 " in record
    # the daily job does not send the same reminder a second time
    round_ = Round.objects.get(plan=w.nobeoka, fy=2023)
    sent = len(mailoutbox)
    assert notifications.remind(round_, timezone.localdate()) == [] and len(mailoutbox) == sent


def test_a_department_given_an_initiative_mid_round_is_asked_for_its_report(
    w, mailoutbox, django_capture_on_commit_callbacks
):
    """The office assigned II-4-2 to 情報政策課 during the round and no mail told the department: it learnt of the
    report from a reminder (found walking a round). The round's request goes to it once; no one else is mailed again."""
    from django.contrib.auth import get_user_model

    from shinchoku.accounts.models import Membership, Role
    from shinchoku.plans.editing import assign_department

    notifications.round_opened(w.round.pk)  # the departments told when the round opened
    told = len(mailoutbox)
    digital = Department.objects.create(municipality=w.nobeoka.municipality, name="デジタル推進課")
    user = get_user_model().objects.create_user("t-digital", email="digital@city.nobeoka.example")
    Membership.objects.create(user=user, role=Role.EDITOR, municipality=w.nobeoka.municipality).departments.set(
        [digital]
    )
    initiative = w.report.initiative
    with django_capture_on_commit_callbacks(execute=True):
        assert assign_department(w.nobeoka.municipality, [initiative], digital, user=w.users["office"]) == 1
    (mail,) = mailoutbox[told:]
    assert mail.to == ["digital@city.nobeoka.example"] and mail.subject.startswith("【進捗報告の依頼】")
    assert mail.body.startswith("デジタル推進課 御中") and f"・{CONVENIENCE}" in mail.body
    with django_capture_on_commit_callbacks(execute=True):  # another edit: nobody is asked twice
        assign_department(w.nobeoka.municipality, [w.nobeoka.initiatives.exclude(pk=initiative.pk).first()],
                          digital, user=w.users["office"])  # fmt: skip
    assert len(mailoutbox) == told + 1


def test_return_and_approval_tell_the_department(w, mailoutbox, django_capture_on_commit_callbacks):
    editor, office = w.users["editor"], w.users["office"]
    # a plan numbering its initiatives 1, 2 …: the number marked as one in the subject (「…総務課 4 職員向け…」; walked)
    Initiative.objects.filter(pk=w.report.initiative_id).update(code="4")
    services.save_report(w.report, version=w.report.version, fields={"status": Status.IN_PROGRESS})
    services.submit_report(w.report, editor)
    client = Client()
    login(client, office)
    review = reverse("progress:report-review", args=[w.report.pk])
    with django_capture_on_commit_callbacks(execute=True):
        client.post(review, {"action": "return", "comment": "実績値の集計時点を備考に明記してください"})
    assert [m.to for m in mailoutbox] == [["shimin@city.nobeoka.example"]]
    returned = mailoutbox[0]
    # the plan and the 取組番号 named, as the bulk mail names the plan (walked: the subject named neither)
    named = f"No.4 {w.report.initiative.title}"
    assert returned.subject == f"【差戻し】{w.nobeoka.title} {named}（令和6年度の実績）"
    assert "コメント:\n実績値の集計時点を備考に明記してください" in returned.body
    # the comment once, in full under the list (walked: the list's line repeated it)
    assert returned.body.count("実績値の集計時点を備考に明記してください") == 1
    assert f"・{named}（差戻し中）" in returned.body
    # by when: the mail named no deadline
    assert (
        f"修正のうえ、提出期限（{deadline_label(w.round.deadline)}）までに再度提出してください。"
        in returned.body
    )
    assert f"報告の画面: https://dx.city.nobeoka.example/reports/{w.report.pk}/" in returned.body

    services.submit_report(w.report, editor)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(review, {"action": "approve", "comment": ""})
    assert len(mailoutbox) == 2 and mailoutbox[1].subject.startswith("【承認】")
    assert "次の報告を承認しました。" in mailoutbox[1].body

    # a review that is refused (nothing changed) sends nothing
    with django_capture_on_commit_callbacks(execute=True):
        client.post(review, {"action": "approve", "comment": ""})
    assert len(mailoutbox) == 2


def test_reminders_before_and_after_the_deadline_go_once_each(w, mailoutbox):
    deadline = w.round.deadline
    before = deadline - timedelta(days=w.round.reminder_days)
    assert notifications.send_due_reminders(before - timedelta(days=1)) == {}  # too early
    sent = notifications.send_due_reminders(before)
    assert sent == {"令和6年度の実績": ["健康増進課", "市民課"]}
    civic = next(m for m in mailoutbox if m.to == ["shimin@city.nobeoka.example"])
    assert civic.subject == (
        f"【進捗報告のお願い】延岡市情報政策推進計画 アクションプラン 令和6年度の実績（期限 {deadline_label(deadline)}）"
    )
    assert "が近づいています。次の取組6件の報告が未提出です。" in civic.body
    assert notifications.send_due_reminders(before + timedelta(days=1)) == {}  # not every day
    assert len(mailoutbox) == 2

    late = notifications.send_due_reminders(deadline + timedelta(days=1))
    assert late == {"令和6年度の実績": ["健康増進課", "市民課"]} and len(mailoutbox) == 4
    assert mailoutbox[-1].subject.startswith("【提出期限超過】")
    assert notifications.send_due_reminders(deadline + timedelta(days=2)) == {}

    # a department that submitted everything is not reminded; an extended deadline gets its own reminder
    civic_dept = w.nobeoka.municipality.departments.get(name="市民課")
    services.extend_deadline(
        Round.objects.get(pk=w.round.pk),
        deadline + timedelta(days=10),
        user=w.users["office"],
        department=civic_dept,
    )
    again = notifications.send_due_reminders(deadline + timedelta(days=3))
    assert again == {"令和6年度の実績": ["市民課"]}
    assert deadline_label(deadline + timedelta(days=10)) in mailoutbox[-1].body


def test_a_reminder_names_each_report_by_its_number_and_a_returned_one_with_its_comment(w, mailoutbox):
    """Walked: a 課 whose only open report was returned was told 「次の取組1件の報告が未提出です」 without the return or
    its comment, and the initiative by its name alone where every page and the workbook give its number."""
    civic = list(w.round.reports.filter(initiative__department_links__department__name="市民課").order_by("pk"))
    returned, draft = civic[0], civic[1]
    Report.objects.filter(pk=returned.pk).update(state=Report.State.RETURNED, review_comment="実績値の根拠を\n書いてください。")
    from shinchoku.plans.models import Initiative

    Initiative.objects.filter(pk=draft.initiative_id).update(code="2")
    assert notifications.send_due_reminders(w.round.deadline) == {"令和6年度の実績": ["健康増進課", "市民課"]}
    body = next(m for m in mailoutbox if m.to == ["shimin@city.nobeoka.example"]).body
    assert f"・{returned.initiative.title}（差戻し中。コメント: 実績値の根拠を 書いてください。）" in body
    # a number marked as one (「・2 町ホームページのリニューアル」 read as part of the title; walked)
    assert f"・No.2 {draft.initiative.title}\n" in body


def test_the_worker_schedules_the_daily_job_once_and_it_schedules_the_next(w, mailoutbox, settings):
    queued = DBTaskResult.objects.filter(task_path=daily_reminders.module_path)
    assert schedule_all() == ["shinchoku.progress.tasks.daily_reminders"]
    assert schedule_all() == []  # a restarted worker does not queue a second one
    assert queued.count() == 1
    queued.delete()

    Round.objects.filter(pk=w.round.pk).update(deadline=date.today() + timedelta(days=2))
    daily_reminders.call()  # what the worker runs
    assert {m.to[0] for m in mailoutbox} == {"shimin@city.nobeoka.example", "kenko@city.nobeoka.example"}
    following = queued.get()
    tokyo = following.run_after.astimezone(ZoneInfo("Asia/Tokyo"))
    assert (tokyo.hour, tokyo.minute) == (8, 0) and following.run_after > datetime.now(ZoneInfo("UTC"))
    daily_reminders.call()  # run again (a restart): nothing is sent twice, still one run queued
    assert len(mailoutbox) == 2 and queued.filter(status="READY").count() == 1


def test_next_run_is_the_next_morning_in_tokyo():
    tokyo = ZoneInfo("Asia/Tokyo")
    assert next_run(datetime(2026, 12, 4, 7, 59, tzinfo=tokyo)) == datetime(2026, 12, 4, 8, 0, tzinfo=tokyo)
    assert next_run(datetime(2026, 12, 4, 8, 0, tzinfo=tokyo)) == datetime(2026, 12, 5, 8, 0, tzinfo=tokyo)
    # 23:30 UTC on the 4th is 08:30 on the 5th in Tokyo: the next run is on the 6th
    assert next_run(datetime(2026, 12, 4, 23, 30, tzinfo=ZoneInfo("UTC"))) == datetime(
        2026, 12, 6, 8, 0, tzinfo=tokyo
    )


def test_the_worker_command_queues_the_daily_job_at_start(monkeypatch):
    from shinchoku.core.server import work

    started = []
    monkeypatch.setattr("django.core.management.call_command", lambda *args, **kwargs: started.append(args))
    work()  # what `shinchoku worker` (and so `make run`) runs
    work()  # restarted: still one run waiting
    work(batch=True)  # a one-off batch run does not schedule
    assert started == [("db_worker",)] * 3
    waiting = DBTaskResult.objects.filter(task_path=daily_reminders.module_path, status="READY")
    assert waiting.count() == 1


def test_bulk_approval_sends_each_department_one_mail_listing_its_reports(
    w, mailoutbox, django_capture_on_commit_callbacks
):
    """Approving 9 reports at once sent 市民課 one mail per report (found walking a round)."""
    editor = w.users["editor"]
    civic = list(
        w.round.reports.filter(initiative__department_links__department__name="市民課").order_by("pk")[:3]
    )
    for report in civic:
        services.save_report(report, version=report.version, fields={"status": Status.IN_PROGRESS})
        services.submit_report(report, editor)
    office = Client()
    login(office, w.users["office"])
    with django_capture_on_commit_callbacks(execute=True):
        office.post(
            reverse("progress:round-bulk", args=[w.round.pk]),
            {"action": "approve", "reports": [str(r.pk) for r in civic]},
        )
    assert [m.to for m in mailoutbox] == [["shimin@city.nobeoka.example"]]
    mail = mailoutbox[0]
    # the plan named as in every other mail (「【承認】令和6年度の実績の報告3件」 named none)
    assert mail.subject == f"【承認】{w.nobeoka.title} 令和6年度の実績の報告3件"
    assert "次の報告3件を承認しました。" in mail.body
    for report in civic:
        assert f"・{report.initiative.title}" in mail.body
    assert f"承認した報告の一覧: https://dx.city.nobeoka.example/rounds/{w.round.pk}/?department=" in mail.body
    # each report counts as told: a retry of one of them sends nothing more
    report = Report.objects.get(pk=civic[0].pk)
    assert notifications.report_reviewed(report.pk, report.version) == []
    assert len(mailoutbox) == 1


def test_the_bulk_approval_mail_links_to_the_approved_reports_not_an_empty_task_list(
    w, mailoutbox, django_capture_on_commit_callbacks
):
    """「報告の画面: …/my/」 in the mail for reports approved at once led 市民課 to 「担当の仕事」, which lists
    only work still to do: none of the reports the mail named. The link opens the round's list of
    the department's approved reports, and each named report is on it."""
    from urllib.parse import urlsplit

    editor = w.users["editor"]
    civic = list(
        w.round.reports.filter(initiative__department_links__department__name="市民課").order_by("pk")[:3]
    )
    for report in civic:
        services.save_report(report, version=report.version, fields={"status": Status.IN_PROGRESS})
        services.submit_report(report, editor)
    office = Client()
    login(office, w.users["office"])
    with django_capture_on_commit_callbacks(execute=True):
        office.post(
            reverse("progress:round-bulk", args=[w.round.pk]),
            {"action": "approve", "reports": [str(r.pk) for r in civic]},
        )
    link = mailoutbox[0].body.split("承認した報告の一覧: ", 1)[1].split()[0]
    assert "/my/" not in link
    department = Client()
    login(department, editor)
    url = urlsplit(link)
    page = department.get(url.path + "?" + url.query).content.decode()
    assert "3件を表示" in page, page
    for report in civic:
        assert report.initiative.title in page


def test_bulk_approval_sends_one_mail_to_a_department_sharing_a_report_with_another(
    w, mailoutbox, django_capture_on_commit_callbacks
):
    """A report shared with a department that had only it in the batch went out alone to every one of its
    departments, so 市民課 got 「【承認】<one report>」 and then 「報告2件」 for one click (found walking a round).
    会計課 sorts before 市民課, so its one-report mail is sent first."""
    from django.contrib.auth import get_user_model

    from shinchoku.accounts.models import Membership, Role
    from shinchoku.plans.models import InitiativeDepartment

    editor = w.users["editor"]
    civic = list(
        w.round.reports.filter(initiative__department_links__department__name="市民課").order_by("pk")[:3]
    )
    accounting = Department.objects.create(municipality=w.nobeoka.municipality, name="会計課")
    InitiativeDepartment.objects.create(initiative=civic[1].initiative, department=accounting, position=9)
    clerk = get_user_model().objects.create_user("t-kaikei", email="kaikei@city.nobeoka.example")
    Membership.objects.create(user=clerk, role=Role.EDITOR, municipality=w.nobeoka.municipality)
    clerk.membership.departments.set([accounting])
    for report in civic:
        services.save_report(report, version=report.version, fields={"status": Status.IN_PROGRESS})
        services.submit_report(report, editor)
    office = Client()
    login(office, w.users["office"])
    with django_capture_on_commit_callbacks(execute=True):
        office.post(
            reverse("progress:round-bulk", args=[w.round.pk]),
            {"action": "approve", "reports": [str(r.pk) for r in civic]},
        )
    by_address = {}
    for mail in mailoutbox:
        by_address.setdefault(mail.to[0], []).append(mail.subject)
    assert by_address == {
        "kaikei@city.nobeoka.example": [
            f"【承認】{w.nobeoka.title} {civic[1].initiative.title}（令和6年度の実績）"  # (延岡市's 取組 have no number)
        ],
        "shimin@city.nobeoka.example": [f"【承認】{w.nobeoka.title} 令和6年度の実績の報告3件"],
    }
    assert "会計課 御中" in mailoutbox[0].body and "市民課 御中" not in mailoutbox[0].body


def test_an_extended_deadline_is_told_to_the_departments_with_open_reports(
    w, mailoutbox, django_capture_on_commit_callbacks
):
    """Departments told 【提出期限超過】 never heard that the plan office gave them more time."""
    office = Client()
    login(office, w.users["office"])
    later = w.round.deadline + timedelta(days=14)
    with django_capture_on_commit_callbacks(execute=True):
        response = office.post(
            reverse("progress:round-extend", args=[w.round.pk]),
            {"deadline": later.isoformat(), "department": "", "reason": "システム障害のため"},
        )
    assert response.status_code == 302
    assert sorted(m.to[0] for m in mailoutbox) == [
        "kenko@city.nobeoka.example",
        "shimin@city.nobeoka.example",
    ]
    civic = next(m for m in mailoutbox if m.to == ["shimin@city.nobeoka.example"])
    assert civic.subject == (
        f"【提出期限の延長】延岡市情報政策推進計画 アクションプラン 令和6年度の実績（期限 {deadline_label(later)}）"
    )
    assert f"提出期限を{deadline_label(later)}に延長しました。" in civic.body
    assert "理由: システム障害のため" in civic.body and "次の取組6件の報告が未提出です。" in civic.body
    # one department's own deadline: only that department hears of it
    civic_department = Department.objects.get(municipality=w.nobeoka.municipality, name="市民課")
    latest = later + timedelta(days=7)
    with django_capture_on_commit_callbacks(execute=True):
        office.post(
            reverse("progress:round-extend", args=[w.round.pk]),
            {"deadline": latest.isoformat(), "department": str(civic_department.pk), "reason": ""},
        )
    assert len(mailoutbox) == 3 and mailoutbox[-1].to == ["shimin@city.nobeoka.example"]
    assert deadline_label(latest) in mailoutbox[-1].subject and "理由:" not in mailoutbox[-1].body


def test_reopening_a_closed_round_tells_every_department_why(
    w, mailoutbox, django_capture_on_commit_callbacks
):
    """A reopened round was silent: the department whose report was wrong never knew it could work
    again. Each department hears the reason, and those with open reports get their list."""
    report = Report.objects.get(pk=w.report.pk)
    services.save_report(report, version=report.version, fields={"status": Status.DONE})
    services.submit_report(report, None)
    services.approve_report(report, None)
    services.close_round(w.round)
    office = Client()
    login(office, w.users["office"])
    with django_capture_on_commit_callbacks(execute=True):
        response = office.post(
            reverse("progress:round-reopen", args=[w.round.pk]),
            {"reason": "市民課の実績値に誤りがあったため"},
        )
    assert response.status_code == 302
    assert sorted(m.to[0] for m in mailoutbox) == [
        "kenko@city.nobeoka.example",
        "shimin@city.nobeoka.example",
    ]
    civic = next(m for m in mailoutbox if m.to == ["shimin@city.nobeoka.example"])
    label = deadline_label(w.round.deadline)
    assert (
        civic.subject
        == f"【受付の再開】延岡市情報政策推進計画 アクションプラン 令和6年度の実績（期限 {label}）"
    )
    assert (
        "受付を再開しました。\n理由: 市民課の実績値に誤りがあったため\n\n次の取組" in civic.body
    )  # never published
    assert f"次の取組5件の報告が未提出です。{label}までに入力して提出してください。" in civic.body
    assert CONVENIENCE not in civic.body  # submitted: not in the list of open reports
    assert civic.body.rstrip().endswith("※このメールは shinchoku から自動で送信しています。")
    # a second reopen after another close is a new message; the same one is never sent twice
    services.close_round(Round.objects.get(pk=w.round.pk))
    services.publish_round(Round.objects.get(pk=w.round.pk))
    with django_capture_on_commit_callbacks(execute=True):
        office.post(reverse("progress:round-reopen", args=[w.round.pk]), {"reason": "再度の確認のため"})
    assert len(
        mailoutbox
    ) == 4 and "理由: 再度の確認のため\n公表していた結果は、改めて公表するまで取り下げています。\n" in (
        mailoutbox[-1].body
    )
    event = w.round.events.filter(kind="reopened").first()
    assert notifications.round_reopened(w.round.pk, event.pk) == []


def test_the_sender_names_the_municipality_once(settings):
    """From: 「延岡市 延岡市情報政策推進計画…」 read as a typo; a title without the name still gets it."""
    settings.DEFAULT_FROM_EMAIL = "dx@city.example"
    settings.SHINCHOKU_MAIL_SENDER_NAME = ""

    def round_of(municipality: str, title: str) -> Round:
        return Round(plan=Plan(title=title, municipality=Municipality(name=municipality)))

    assert (
        notifications.sender(round_of("延岡市", "延岡市情報政策推進計画"))
        == "延岡市情報政策推進計画 進捗管理 <dx@city.example>"
    )
    assert notifications.sender(round_of("日田市", "第4次日田市情報化基本計画")) == (
        "日田市 第4次日田市情報化基本計画 進捗管理 <dx@city.example>"
    )


# --- the plan office told of submissions ------------------------------------------------------------


@pytest.fixture
def reviewers(w):
    """延岡市's plan office with addresses: the fixture's 計画担当 and a colleague; one who left (inactive), 新発田市's
    計画担当 and the installation's administrator are no reviewers of this round."""
    from django.contrib.auth import get_user_model

    from shinchoku.accounts.models import Membership, Role

    User = get_user_model()
    office = w.users["office"]
    office.email = "joho@city.nobeoka.example"
    office.save()
    colleague = User.objects.create_user("t-office2", email="joho2@city.nobeoka.example", last_name="計画", first_name="次郎")
    Membership.objects.create(user=colleague, role=Role.PLAN_OFFICE, municipality=w.nobeoka.municipality)
    gone = User.objects.create_user("t-office-gone", email="gone@city.nobeoka.example", is_active=False)
    Membership.objects.create(user=gone, role=Role.PLAN_OFFICE, municipality=w.nobeoka.municipality)
    w.users["office_other"].email = "joho@city.shibata.example"
    w.users["office_other"].save()
    editor = w.users["editor"]
    editor.last_name, editor.first_name = "市民", "花子"
    editor.save()
    return ["joho2@city.nobeoka.example", "joho@city.nobeoka.example"]


def _named(report: Report) -> str:
    initiative = report.initiative
    return f"No.{initiative.code} {initiative.title}" if initiative.code else initiative.title


def test_a_department_submitting_a_report_tells_the_plan_office(
    w, reviewers, mailoutbox, django_capture_on_commit_callbacks
):
    """The plan office learnt of a submission only by opening the round's page (found walking a whole round)."""
    from .conftest import report_post, version_in

    editor = Client()
    login(editor, w.users["editor"])
    url = reverse("progress:report", args=[w.report.pk])
    with django_capture_on_commit_callbacks(execute=True):  # no 進捗状況: refused, nothing submitted, no mail
        editor.post(url, report_post(w.report, version_in(editor.get(url)), action="submit"))
    assert mailoutbox == []
    with django_capture_on_commit_callbacks(execute=True):
        response = editor.post(url, report_post(w.report, version_in(editor.get(url)), action="submit",
                                                status=Status.IN_PROGRESS, confirm_missing="1"))  # fmt: skip
    assert response.status_code == 302
    (mail,) = mailoutbox
    assert mail.to == reviewers  # the round's reviewers only, the one who left not
    assert mail.subject == f"【提出】{w.nobeoka.title} 市民課 {_named(w.report)}（令和6年度の実績）"
    assert mail.body == (
        f"計画担当 各位\n\n{w.nobeoka.title}の「令和6年度の実績」について、市民課の次の報告が提出されました。\n"
        f"提出者: 市民 花子\n\n・{_named(w.report)}\n\n"
        f"確認・承認する画面: https://dx.city.nobeoka.example/reports/{w.report.pk}/\n\n"
        "※このメールは shinchoku から自動で送信しています。"
    )
    # sent once: a retry of the same submission sends nothing
    report = Report.objects.get(pk=w.report.pk)
    assert notifications.reports_submitted([(report.pk, report.version, False)], w.users["editor"].pk) == []
    assert len(mailoutbox) == 1


def test_a_report_resubmitted_after_a_return_says_so(w, reviewers, mailoutbox, django_capture_on_commit_callbacks):
    services.save_report(w.report, version=w.report.version, fields={"status": Status.IN_PROGRESS})
    services.submit_report(w.report, w.users["editor"], notify=False)
    services.return_report(w.report, w.users["office"], "実績値の根拠を書いてください")
    with django_capture_on_commit_callbacks(execute=True):
        services.submit_report(w.report, w.users["editor"])
    (mail,) = mailoutbox
    assert mail.subject == f"【再提出】{w.nobeoka.title} 市民課 {_named(w.report)}（令和6年度の実績）"
    assert "市民課の次の報告が、差戻し後に修正のうえ再提出されました。" in mail.body
    assert f"・{_named(w.report)}（差戻し後の再提出）\n" in mail.body


def test_a_sheet_of_reports_submitted_at_once_is_one_mail_listing_them(
    w, reviewers, mailoutbox, django_capture_on_commit_callbacks, settings, tmp_path
):
    """市民課 submitting its Excel sheet is one act: one mail naming each report, not one mail a report; the
    returned one it corrected is marked as resubmitted, and the link opens the department's reports to review."""
    from .test_excel_roundtrip import COLUMN, _confirm, _download, _row, _upload

    settings.VAR_DIR = tmp_path
    civic = list(w.round.reports.filter(initiative__department_links__department__name="市民課").order_by("pk"))
    returned = civic[1]
    services.save_report(returned, version=returned.version, fields={"status": Status.DONE})
    services.submit_report(returned, w.users["editor"], notify=False)
    services.return_report(returned, w.users["office"], "成果を書いてください")
    editor = Client()
    login(editor, w.users["editor"])
    wb = _download(editor, w.round.pk)
    ws = wb["市民課"]
    for report in civic[:3]:
        ws.cell(_row(ws, report.initiative.title), COLUMN["status"]).value = "実施中"
    with django_capture_on_commit_callbacks(execute=True):
        response = _confirm(editor, w.round.pk, _upload(editor, w.round.pk, wb), submit="1")
    assert response.status_code == 302
    assert sorted(Report.objects.filter(pk__in=[r.pk for r in civic]).values_list("state", flat=True)) == (
        ["draft"] * 3 + ["submitted"] * 3
    )
    (mail,) = mailoutbox
    assert mail.to == reviewers
    assert mail.subject == f"【提出】{w.nobeoka.title} 市民課 令和6年度の実績の報告3件（うち再提出1件）"
    assert "市民課の次の報告3件が提出されました。うち1件は差戻し後の再提出です。\n提出者: 市民 花子\n\n" in mail.body
    listed = mail.body.split("\n\n")[2].splitlines()  # in the plan's order
    in_order = sorted(civic[:3], key=lambda r: r.initiative.position)
    assert listed == [f"・{_named(r)}" + ("（差戻し後の再提出）" if r.pk == returned.pk else "") for r in in_order]
    link = f"https://dx.city.nobeoka.example/rounds/{w.round.pk}/?state=submitted&department=%E5%B8%82%E6%B0%91%E8%AA%B2"
    assert f"確認・承認する画面: {link}\n" in mail.body
    # the link shows the plan office the three reports waiting for its review
    office = Client()
    login(office, w.users["office"])
    page = office.get(link.removeprefix("https://dx.city.nobeoka.example")).content.decode()
    assert "3件を表示" in page and all(r.initiative.title in page for r in civic[:3])


def test_the_plan_office_submitting_for_departments_is_not_mailed_itself(
    w, reviewers, mailoutbox, django_capture_on_commit_callbacks
):
    """The 計画担当 who submitted (for two departments at once, from the whole round's sheet) knows it: its colleague is
    told, each department's reports under its name."""
    from django.db.models import Count

    def only(department: str) -> Report:
        """The first report of the department's alone (a shared one would be listed under both)."""
        reports = w.round.reports.annotate(n=Count("initiative__department_links")).filter(n=1)
        return reports.filter(initiative__department_links__department__name=department).order_by("pk").first()

    civic, health = only("市民課"), only("健康増進課")
    submitted = []
    with django_capture_on_commit_callbacks(execute=True):
        for report in (civic, health):
            services.save_report(report, version=report.version, fields={"status": Status.IN_PROGRESS})
            submitted.append(services.submit_report(report, w.users["office"], notify=False))
        services.notify_submitted(submitted, w.users["office"])
    (mail,) = mailoutbox
    assert mail.to == ["joho2@city.nobeoka.example"]
    # in the plan's order, each department's reports under its name
    first, second = sorted([(civic, "市民課"), (health, "健康増進課")], key=lambda x: x[0].initiative.position)
    assert mail.subject == f"【提出】{w.nobeoka.title} {first[1]}、{second[1]} 令和6年度の実績の報告2件"
    assert f"\n\n【{first[1]}】\n・{_named(first[0])}\n\n【{second[1]}】\n・{_named(second[0])}\n\n" in mail.body
    assert f"確認・承認する画面: https://dx.city.nobeoka.example/rounds/{w.round.pk}/?state=submitted\n" in mail.body


def test_a_mails_link_opened_before_logging_in_leads_through_the_login_to_the_page(
    w, reviewers, mailoutbox, django_capture_on_commit_callbacks
):
    """A mail read in a browser with no session (the mail client's, or the session expired) opened 「ページが見つかりません」
    with no way on (walked): the page says to log in, and the login returns to the link, its query kept."""
    services.save_report(w.report, version=w.report.version, fields={"status": Status.IN_PROGRESS})
    with django_capture_on_commit_callbacks(execute=True):
        services.submit_report(w.report, w.users["editor"])
    (mail,) = mailoutbox
    link = next(line for line in mail.body.splitlines() if line.startswith("確認・承認する画面: "))
    path = link.removeprefix("確認・承認する画面: https://dx.city.nobeoka.example") + "?from=mail"
    page = Client().get(path)
    assert page.status_code == 404  # whether it exists is no stranger's to know
    html = page.content.decode()
    login_url = f"{reverse('login')}?next={quote(path)}"
    assert "ログインすると表示されます" in html and f'href="{login_url}"' in html.replace("&amp;", "&")
    office = Client()
    login(office, w.users["office"])  # (Django's login view goes on to ``next``)
    assert office.get(path).status_code == 200


def test_a_report_shared_by_two_departments_has_one_deadline_the_latest_of_theirs(
    w, mailoutbox, django_capture_on_commit_callbacks
):
    """Walked: the round due 令和9年5月31日, 市民課 given 6月30日 (/rounds/<pk>/extend/), then 1-1-3 (市民課 and 情報政策課)
    returned: the 【差戻し】 mail to 市民課 said 「提出期限（令和9年6月30日（水））までに再度提出」 and the one to 情報政策課 for
    the same report 「（令和9年5月31日（月））」, as did their task lists. A report is due at the latest of its departments'
    deadlines (services.report_deadline): in both mails, both task lists, the reminders, the round's page and the sheet."""
    import io

    import openpyxl
    from django.contrib.auth import get_user_model

    from shinchoku.accounts.models import Membership, Role
    from shinchoku.progress.worklist import worklist

    municipality = w.nobeoka.municipality
    civic = Department.objects.get(municipality=municipality, name="市民課")
    joho = Department.objects.get(municipality=municipality, name="情報政策課")
    user = get_user_model().objects.create_user("t-joho", email="joho@city.nobeoka.example")
    Membership.objects.create(user=user, role=Role.EDITOR, municipality=municipality).departments.set([joho])
    Round.objects.filter(pk=w.round.pk).update(deadline=date(2027, 5, 31))
    round_ = Round.objects.get(pk=w.round.pk)
    both = [
        r for r in round_.reports.order_by("initiative__position")
        if {link.department.name for link in r.initiative.department_links.all()} == {"市民課", "情報政策課"}
    ]  # fmt: skip
    assert len(both) == 2  # 1-1-3 and another
    shared = both[0]
    joho_own = round_.reports.filter(initiative__department_links__department=joho).exclude(
        initiative__department_links__department=civic
    )
    assert joho_own.exists()
    with django_capture_on_commit_callbacks(execute=True):
        services.extend_deadline(round_, date(2027, 6, 30), user=w.users["office"], department=civic)
    # 情報政策課 is told too, of the reports it shares with 市民課 only
    told = next(m for m in mailoutbox if m.to == ["joho@city.nobeoka.example"])
    assert "提出期限を令和9年6月30日（水）に延長しました。\n次の取組2件の報告が未提出です。" in told.body
    assert all(f"・{notifications._named(r.initiative)}" in told.body for r in both)
    assert not any(f"・{notifications._named(r.initiative)}\n" in told.body for r in joho_own)
    assert services.report_deadline(shared) == date(2027, 6, 30)
    assert services.report_deadline(joho_own.first()) == date(2027, 5, 31)

    shared = Report.objects.get(pk=shared.pk)
    services.save_report(shared, version=shared.version, fields={"status": Status.IN_PROGRESS})
    services.submit_report(shared, w.users["editor"], notify=False)
    mailoutbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        services.return_report(Report.objects.get(pk=shared.pk), w.users["office"], "実績値を確認してください")
    returned = {m.to[0]: m.body for m in mailoutbox if m.subject.startswith("【差戻し】")}
    assert set(returned) == {"shimin@city.nobeoka.example", "joho@city.nobeoka.example"}
    for body in returned.values():
        assert "提出期限（令和9年6月30日（水））までに再度提出してください。" in body
        assert "令和9年5月31日" not in body

    # /my/: the same date for the same report, whichever department reads it
    for editor in (w.users["editor"], user):
        tasks = [t for entry in worklist(editor, today=date(2027, 5, 1)) for t in entry.returned]
        assert [(t.report.pk, t.deadline, t.overdue) for t in tasks] == [(shared.pk, date(2027, 6, 30), False)]
        page = Client()
        login(page, editor)
        text = page.get(reverse("progress:tasks")).content.decode()
        row = text[text.index(shared.initiative.title):][:400]
        assert "令和9年6月30日（水）" in row and "令和9年5月31日" not in row

    # 1 June: 情報政策課 is late with its own reports, not with the shared one; 市民課 is not late
    board = services.dashboard(round_, today=date(2027, 6, 1))
    assert {d.name: d.deadline for d in board.departments}["情報政策課"] == date(2027, 5, 31)
    assert {d.name for d in board.overdue} >= {"情報政策課"} and "市民課" not in {d.name for d in board.overdue}
    mailoutbox.clear()
    notifications.remind(round_, date(2027, 6, 1))
    late = {m.to[0]: m for m in mailoutbox if m.subject.startswith("【提出期限超過】")}
    assert "joho@city.nobeoka.example" in late and "shimin@city.nobeoka.example" not in late  # 健康増進課's, the round's
    assert "令和9年5月31日（月）" in late["joho@city.nobeoka.example"].subject
    assert f"・{notifications._named(shared.initiative)}" not in late["joho@city.nobeoka.example"].body
    # a week before 30 June, both departments are reminded of it, at that date
    mailoutbox.clear()
    notifications.remind(round_, date(2027, 6, 25))
    near = {m.to[0]: m for m in mailoutbox if "令和9年6月30日（水）" in m.subject}
    assert set(near) == {"shimin@city.nobeoka.example", "joho@city.nobeoka.example"}
    assert all(f"・{notifications._named(shared.initiative)}" in m.body for m in near.values())
    # the plan office's button: 情報政策課 hears of its own reports past 31 May, and of the shared one by 30 June
    mailoutbox.clear()
    notifications.remind_now(round_, date(2027, 6, 1))
    button = [m for m in mailoutbox if m.to == ["joho@city.nobeoka.example"]]
    assert ["令和9年5月31日（月）" in m.subject for m in button] == [True, False]
    assert "令和9年6月30日（水）" in button[1].subject and "次の取組2件の報告が未提出です。" in button[1].body
    assert f"・{notifications._named(shared.initiative)}（差戻し中。コメント: 実績値を確認してください）" in button[1].body
    assert f"・{notifications._named(shared.initiative)}" not in button[0].body
    assert notifications.reminded_today(round_, ["情報政策課"], date(2027, 6, 1)) == {"情報政策課"}
    mailoutbox.clear()
    notifications.remind_now(round_, date(2027, 6, 1))  # pressed again: nothing more
    assert not [m for m in mailoutbox if m.to == ["joho@city.nobeoka.example"]]

    # 情報政策課's input sheet names the shared report's later date beside its own
    page = Client()
    login(page, user)
    book = openpyxl.load_workbook(io.BytesIO(page.get(reverse("exports-input-xlsx", args=[round_.pk])).content))
    note = next(c.value for row in book["情報政策課"].iter_rows(max_row=3) for c in row
                if str(c.value or "").startswith("提出期限"))  # fmt: skip
    assert note.startswith("提出期限 令和9年5月31日（月）（") and f"{shared.initiative.code or shared.initiative.title}は令和9年6月30日（水）まで" in note
