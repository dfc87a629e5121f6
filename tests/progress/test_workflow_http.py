"""The whole round over HTTP on 延岡市's plan, as the people who run it would click through it.

Plan office opens 令和5年度 → 市民課 saves and submits → plan office returns it with a comment →
市民課 reads the comment and resubmits → approval → close (evaluation frozen) → a target revision
that leaves the closed round alone → publish → anonymous readers see it. Then the two ways a save
must fail: a concurrent edit (409, the second person's text kept) and invalid input (nothing saved).
"""

from __future__ import annotations

from datetime import date

import pytest
from django.test import Client
from django.urls import reverse

from shinchoku.progress import notifications, services
from shinchoku.progress.models import PlanRevision, RecordedActual, Report, Round

from .conftest import CONVENIENCE, login, report_post, version_in

pytestmark = pytest.mark.django_db


def _client(user) -> Client:
    client = Client()
    login(client, user)
    return client


def test_round_from_opening_to_publication(w):
    office, editor = _client(w.users["office"]), _client(w.users["editor"])

    # the plan office opens 令和5年度 with a deadline
    response = office.post(
        reverse("progress:plan-rounds", args=[w.nobeoka.pk]),
        {"fy": "2023", "deadline": "2024-05-31", "reminder_days": "10", "title": "", "past_deadline": "on"},
    )
    round_ = Round.objects.get(plan=w.nobeoka, fy=2023)
    assert response.status_code == 302 and response["Location"] == reverse("progress:round", args=[round_.pk])
    assert round_.title == "令和5年度の実績" and round_.reminder_days == 10
    assert round_.reports.count() == w.nobeoka.initiatives.count() == 81
    report = round_.reports.get(initiative__title__startswith=CONVENIENCE)
    indicator = report.initiative.indicators.get()  # 証明書交付件数, target R5 10,000
    url = reverse("progress:report", args=[report.pk])

    # 市民課 fills the report: full-width digits are read as a number
    page = editor.get(url)
    assert page.status_code == 200 and "報告の入力" in page.content.decode()
    assert "10,000" in page.content.decode()  # the year's target beside the input
    response = editor.post(url, report_post(
        report, version_in(page), status="in_progress", achievements="コンビニ交付の周知を強化した",
        self_grade="A", **{f"a{indicator.pk}_value": "１０，５００", f"a{indicator.pk}_text": "10,500件",
                           f"a{indicator.pk}_note": "年度末集計"},
    ))  # fmt: skip
    assert response.status_code == 302
    actual = RecordedActual.objects.get(report=report, indicator=indicator)
    assert (actual.value, actual.text, actual.note) == (10500.0, "10,500件", "年度末集計")

    page = editor.get(url)
    assert "105.0%" in page.content.decode()  # 10,500 of 10,000
    response = editor.post(url, report_post(
        report, version_in(page), action="submit", status="in_progress",
        achievements="コンビニ交付の周知を強化した", self_grade="A",
        **{f"a{indicator.pk}_value": "10500", f"a{indicator.pk}_text": "10,500件", f"a{indicator.pk}_note": "年度末集計"},
    ))  # fmt: skip
    assert response.status_code == 302
    report.refresh_from_db()
    assert report.state == Report.State.SUBMITTED and report.submitted_by == w.users["editor"]
    page = editor.get(url)
    assert "報告の入力" not in page.content.decode()  # submitted: read-only for the department

    # the plan office sees the disagreement (self A, computed B at 105%) and returns the report
    board = office.get(reverse("progress:round", args=[round_.pk])).content.decode()
    assert "不一致" in board
    review = reverse("progress:report-review", args=[report.pk])
    response = office.post(review, {"action": "return", "comment": "  "})
    assert response.status_code == 400 and "差し戻す理由を記入してください" in response.content.decode()
    assert Report.objects.get(pk=report.pk).state == Report.State.SUBMITTED
    response = office.post(review, {"action": "return", "comment": "実績値の集計時点を備考に明記してください"})
    assert response.status_code == 302
    assert Report.objects.get(pk=report.pk).state == Report.State.RETURNED

    # the department sees what was returned and why, and resubmits
    page = editor.get(url)
    text = page.content.decode()
    assert "差し戻されています" in text and "実績値の集計時点を備考に明記してください" in text
    assert "報告の入力" in text
    response = editor.post(url, report_post(
        report, version_in(page), action="submit", status="in_progress",
        achievements="コンビニ交付の周知を強化した", self_grade="B",
        **{f"a{indicator.pk}_value": "10500", f"a{indicator.pk}_text": "10,500件",
           f"a{indicator.pk}_note": "令和6年3月31日時点の集計"},
    ))  # fmt: skip
    assert response.status_code == 302
    assert Report.objects.get(pk=report.pk).state == Report.State.SUBMITTED

    # approval, then closing freezes the evaluation
    assert office.post(review, {"action": "approve", "comment": ""}).status_code == 302
    assert Report.objects.get(pk=report.pk).state == Report.State.APPROVED
    close = reverse("progress:round-close", args=[round_.pk])
    response = office.post(close)  # closing cannot be undone: it needs the confirmation box
    assert response.status_code == 400 and "確認の欄にチェック" in response.content.decode()
    assert Round.objects.get(pk=round_.pk).is_open
    response = office.post(close, {"confirm": "1"})
    assert response.status_code == 302
    report.refresh_from_db()
    assert report.round.state == Round.State.CLOSED
    frozen = report.evaluation
    assert frozen["indicators"][0]["target"] == 10000 and frozen["indicators"][0]["rate"] == pytest.approx(1.05)
    assert frozen["computed_grade"] == "B"
    # the 備考 the plan office asked for goes with the actual into every output, not the report page alone (walked)
    assert frozen["indicators"][0]["note"] == "令和6年3月31日時点の集計"
    committee = office.get(reverse("exports-committee", args=[round_.pk])).content.decode()
    assert '10,500件<span class="note">（令和6年3月31日時点の集計）</span>' in committee

    # a later target change is a numbered revision and leaves the closed round alone
    targets = reverse("progress:targets", args=[indicator.pk])
    response = office.post(targets, {"fy_2023": "12000", "reason": ""})
    assert response.status_code == 400 and "改訂理由が必要です" in response.content.decode()
    assert not PlanRevision.objects.exists()
    current = {f"fy_{fy}": str(v) for fy, v in [(2021, 8000), (2022, 9000), (2024, 11000), (2025, 12000)]}
    response = office.post(targets, {**current, "fy_2023": "１２０００", "reason": "国の交付目標の見直し"})
    assert response.status_code == 302
    revision = PlanRevision.objects.get()
    assert revision.number == 1 and revision.created_by == w.users["office"]
    assert revision.changes == [{"indicator": indicator.pk, "name": indicator.name, "fy": 2023,
                                 "before": 10000.0, "after": 12000.0}]  # fmt: skip
    report.refresh_from_db()
    assert report.evaluation == frozen
    page = office.get(url).content.decode()
    assert "10,000" in page and "12,000" not in page and "105.0%" in page
    assert "国の交付目標の見直し" in office.get(reverse("progress:plan-rounds", args=[w.nobeoka.pk])).content.decode()

    # nothing is public before publication; afterwards the approved report is
    anonymous = Client()
    round_url = reverse("progress:round", args=[round_.pk])
    assert anonymous.get(round_url).status_code == 404
    assert anonymous.get(url).status_code == 404
    assert round_.title not in anonymous.get(reverse("progress:rounds")).content.decode()
    response = office.post(reverse("progress:round-publish", args=[round_.pk]), {"choose": "1", "reports": [report.pk]})
    assert response.status_code == 302
    page = anonymous.get(round_url)
    assert page.status_code == 200 and CONVENIENCE in page.content.decode()
    assert "公表された報告だけを表示しています" in page.content.decode()
    public = anonymous.get(url)
    assert public.status_code == 200
    text = public.content.decode()
    assert "コンビニ交付の周知を強化した" in text and "令和6年3月31日時点の集計" in text
    assert "報告の入力" not in text and "計画担当の確認" not in text
    initiative_page = anonymous.get(reverse("initiative", args=[report.initiative_id])).content.decode()
    assert '10,500件<span class="note">（令和6年3月31日時点の集計）</span>' in initiative_page
    unpublished = round_.reports.exclude(pk=report.pk).first()
    assert anonymous.get(reverse("progress:report", args=[unpublished.pk])).status_code == 404
    assert round_.title in anonymous.get(reverse("progress:rounds")).content.decode()
    # a published, closed round cannot be changed by anyone, not even the plan office
    assert office.post(url, report_post(report, report.version, achievements="x")).status_code == 403

    # unpublishing hides it again
    assert office.post(reverse("progress:round-unpublish", args=[round_.pk])).status_code == 302
    assert anonymous.get(round_url).status_code == 404 and anonymous.get(url).status_code == 404


def test_second_concurrent_save_is_refused_and_keeps_its_text(w):
    report, url = w.report, reverse("progress:report", args=[w.report.pk])
    first, second = _client(w.users["editor"]), _client(w.users["office"])
    v1, v2 = version_in(first.get(url)), version_in(second.get(url))
    assert v1 == v2

    indicator = report.initiative.indicators.get()
    assert first.post(url, report_post(
        report, v1, achievements="市民課の入力（先に保存）",
        **{f"a{indicator.pk}_value": "12345", f"a{indicator.pk}_note": "3月末の速報値"},
    )).status_code == 302  # fmt: skip
    response = second.post(url, report_post(
        report, v2, achievements="計画担当の入力（後から保存）", issues="課題の下書き",
        **{f"a{indicator.pk}_value": "9999"},
    ))  # fmt: skip
    assert response.status_code == 409
    text = response.content.decode()
    assert "他の人が保存しました" in text and 'role="alert"' in text
    # the other person's numbers are in the box of their content, beside the texts (they were not)
    latest = text.split('id="conflict-h"')[1].split("</section>")[0]
    assert (
        f"<dt>実績値（{indicator.name}）</dt><dd>12,345{indicator.unit}<br>"
        '<span class="muted">備考:</span> 3月末の速報値</dd>'
    ) in latest
    assert f'name="a{indicator.pk}_value" value="9999"' in text  # the second person's number stays in the form
    # the second person's text is still in the form, the first person's is shown beside it
    assert "計画担当の入力（後から保存）</textarea>" in text and "課題の下書き</textarea>" in text
    assert "市民課の入力（先に保存）" in text
    stored = Report.objects.get(pk=report.pk)
    assert stored.achievements == "市民課の入力（先に保存）" and stored.issues == ""

    # saving again now, with the latest in view, is a deliberate decision and goes through
    assert version_in(response) == stored.version
    again = second.post(url, report_post(
        report, version_in(response), achievements="統合した内容", **{f"a{indicator.pk}_value": "12345"}
    ))  # fmt: skip
    assert again.status_code == 302 and Report.objects.get(pk=report.pk).achievements == "統合した内容"


def test_conflict_page_shows_a_saved_actual_with_its_text_as_every_output_does(w):
    """A saved actual with a number and a text (12,345 and 「12,345件（速報値）」) is shown on the 409 page as the
    report page, the public page and the committee report show it: the text (it showed 「12,345件」 alone)."""
    report, url = w.report, reverse("progress:report", args=[w.report.pk])
    first, second = _client(w.users["editor"]), _client(w.users["office"])
    v1, v2 = version_in(first.get(url)), version_in(second.get(url))
    indicator = report.initiative.indicators.get()
    assert first.post(url, report_post(
        report, v1, **{f"a{indicator.pk}_value": "12345", f"a{indicator.pk}_text": "12,345件（速報値）"},
    )).status_code == 302  # fmt: skip
    response = second.post(url, report_post(report, v2, **{f"a{indicator.pk}_value": "9999"}))
    assert response.status_code == 409
    latest = response.content.decode().split('id="conflict-h"')[1].split("</section>")[0]
    assert f"<dt>実績値（{indicator.name}）</dt><dd>12,345件（速報値）</dd>" in latest


def test_failed_save_leaves_the_database_as_it_was(w):
    report, url = w.report, reverse("progress:report", args=[w.report.pk])
    indicator = report.initiative.indicators.get()
    editor = _client(w.users["editor"])
    page = editor.get(url)
    version = version_in(page)
    before = Report.objects.filter(pk=report.pk).values().get()

    # an actual that is not a number: form error, the text stays in the form, nothing saved
    response = editor.post(url, report_post(
        report, version, status="done", achievements="保存されないはずの実績",
        **{f"a{indicator.pk}_value": "たくさん", f"a{indicator.pk}_note": "概数"},
    ))  # fmt: skip
    assert response.status_code == 400
    text = response.content.decode()
    assert "数値で入力してください" in text and "保存されないはずの実績</textarea>" in text
    assert f'href="#id_a{indicator.pk}_value"' in text  # the error summary links to the field
    assert Report.objects.filter(pk=report.pk).values().get() == before
    assert not RecordedActual.objects.filter(report=report).exists()

    # submitting without a status: the save that came with it is rolled back too
    response = editor.post(url, report_post(
        report, version, action="submit", achievements="保存されないはずの実績",
        **{f"a{indicator.pk}_value": "9000"},
    ))  # fmt: skip
    assert response.status_code == 400 and "進捗状況を選んでから提出してください" in response.content.decode()
    assert Report.objects.filter(pk=report.pk).values().get() == before
    assert not RecordedActual.objects.filter(report=report).exists()

    # and the same form, corrected, saves with the version it carried
    response = editor.post(url, report_post(report, version, status="done", achievements="保存される実績"))
    assert response.status_code == 302 and Report.objects.get(pk=report.pk).achievements == "保存される実績"


def test_post_without_csrf_token_is_refused(w):
    url = reverse("progress:report", args=[w.report.pk])
    client = Client(enforce_csrf_checks=True)
    client.force_login(w.users["editor"])
    page = client.get(url)
    body = report_post(w.report, version_in(page), achievements="CSRFなし")
    assert client.post(url, body).status_code == 403
    for name, args in [("round-close", [w.round.pk]), ("report-review", [w.report.pk]),
                       ("plan-rounds", [w.nobeoka.pk])]:  # fmt: skip
        assert client.post(reverse(f"progress:{name}", args=args), {"action": "approve"}).status_code == 403
    assert Report.objects.get(pk=w.report.pk).achievements == ""
    # with the token the page carries, the same request goes through
    token = page.content.decode().split('name="csrfmiddlewaretoken" value="')[1].split('"')[0]
    assert client.post(url, {**body, "csrfmiddlewaretoken": token}).status_code == 302
    assert Report.objects.get(pk=w.report.pk).achievements == "CSRFなし"


def test_reminders_from_the_round_page(w, mailoutbox):
    """The button sent nothing until 督促日数 before the deadline: it is a deliberate act and sends now,
    after a confirmation naming whom it reaches, and says how many went to whom."""
    office = _client(w.users["office"])
    url = reverse("progress:round-remind", args=[w.round.pk])
    assert (w.round.deadline - date.today()).days > w.round.reminder_days  # far from the deadline
    confirm = office.post(url)  # first the confirmation: nothing sent yet
    page = confirm.content.decode()
    assert confirm.status_code == 200 and mailoutbox == []
    assert "督促メールの送信の確認" in page and "市民課" in page and "shimin@city.nobeoka.example" in page
    assert "メールアドレスを登録した担当者がいません" in page  # departments no mail reaches are named
    assert 'name="confirm" value="1"' in page
    # the lead counts the departments the mail reaches (it said 「次の28課に」 with 26 of them unreachable)
    departments = len(services.reminder_targets(w.round))
    assert f"次の{departments}課のうち、2課に今すぐ督促メールを送ります。" in page
    response = office.post(url, {"confirm": "1"}, follow=True)
    text = response.content.decode()
    assert "督促メールを2課（宛先2人）に送りました: " in text
    assert "市民課（shimin@city.nobeoka.example）" in text and "健康増進課（kenko@city.nobeoka.example）" in text
    assert "送れなかった担当課" in text
    assert sorted(m.to[0] for m in mailoutbox) == ["kenko@city.nobeoka.example", "shimin@city.nobeoka.example"]
    assert "の報告が未提出です。提出期限（" in mailoutbox[0].body and "までに入力して提出してください" in mailoutbox[0].body
    # pressed again the same day: nothing twice, and it says so
    text = office.post(url, {"confirm": "1"}, follow=True).content.decode()
    assert len(mailoutbox) == 2 and "本日すでに督促メールを送った担当課には、重ねて送っていません" in text
    page = office.post(url).content.decode()  # and the confirmation says so before a third press
    # (walked: 「…のうち、0課に今すぐ督促メールを送ります。」 over a button that sent nothing)
    assert f"次の{departments}課には、いま送れる督促メールはありません。本日すでに送った担当課へは重ねて送りません。" in page
    assert page.count("本日すでに送りました（重ねて送りません）") == 2 and 'name="confirm" value="1"' not in page
    # the automatic reminders keep the 督促日数 rule: nothing due yet
    assert notifications.send_due_reminders(date.today()) == {}


def test_the_reminder_confirmation_counts_each_report_once(w, mailoutbox):
    """The confirmation said 「未提出の報告（差戻しを含む 75件）」 while the round page said 「74件が未提出です」:
    a report of 市民課、情報政策課 was counted once per department. It counts reports as the round
    page does, and says that the table counts a shared report under each of its departments."""
    office = _client(w.users["office"])
    open_reports = Report.objects.filter(round=w.round, state__in=(Report.State.DRAFT, Report.State.RETURNED))
    per_department = sum(n for _name, n, _to in services.reminder_targets(w.round))
    assert per_department > open_reports.count()  # 延岡市 has initiatives of two departments
    page = office.post(reverse("progress:round-remind", args=[w.round.pk])).content.decode()
    assert f"差戻しを含む {open_reports.count()}件" in page
    assert "複数の担当課がある取組は、それぞれの担当課に数えています。" in page
    board = office.get(reverse("progress:round", args=[w.round.pk])).content.decode()
    assert f"{open_reports.count()}件が未提出です" in board
