"""A form sent twice (a double click, a reload) answers as done when its first sending took effect, not as an error.

Walked: 「保存して提出する」 posted twice answered 「提出しました」 then 403 「この報告は現在変更できません … 入力内容は
保存していません。」; 「承認する」 twice 409 「この報告は、表示した後に他の人が変更しました」 though the same user; a bulk
approval with approved reports ticked listed each 「…はできませんでした: 「承認済」の報告にはこの操作はできません。」.
"""

from __future__ import annotations

import pytest
from django.contrib.messages import get_messages
from django.test import Client
from django.urls import reverse

from shinchoku.progress import services
from shinchoku.progress.models import Report

from .conftest import login, report_post, version_in

pytestmark = pytest.mark.django_db


def _client(user) -> Client:
    client = Client()
    login(client, user)
    return client


def _said(response) -> list[str]:
    return [str(m) for m in get_messages(response.wsgi_request)]


def _submitted(w) -> tuple[Client, str, dict]:
    """市民課 submits its report; the client, the report's address and the body it posted."""
    editor = _client(w.users["editor"])
    url = reverse("progress:report", args=[w.report.pk])
    indicator = w.report.initiative.indicators.get()
    body = report_post(
        w.report, version_in(editor.get(url)), action="submit", status="in_progress", achievements="周知を強化した",
        **{f"a{indicator.pk}_value": "10500", f"a{indicator.pk}_text": "", f"a{indicator.pk}_note": "年度末"},
    )  # fmt: skip
    first = editor.post(url, body)
    assert first.status_code == 302 and _said(first)[0].startswith("提出しました。")
    return editor, url, body


def test_the_report_form_submitted_twice_answers_that_it_is_submitted(w):
    editor, url, body = _submitted(w)
    version = Report.objects.get(pk=w.report.pk).version
    again = editor.post(url, body)
    assert again.status_code == 302 and again["Location"] == url
    assert _said(again)[-1] == "提出済みです（同じ内容をもう一度送信したため、何も変更していません）。"
    assert Report.objects.get(pk=w.report.pk).version == version  # nothing written


def test_other_content_sent_to_a_submitted_report_is_still_refused(w):
    editor, url, body = _submitted(w)
    changed = editor.post(url, {**body, "achievements": "周知を強化し、出張窓口も開いた"})
    assert changed.status_code == 403 and "入力内容は保存していません" in changed.content.decode()
    assert Report.objects.get(pk=w.report.pk).achievements == "周知を強化した"


def test_another_users_repeat_is_not_taken_for_this_ones(w):
    _editor, url, body = _submitted(w)
    office = _client(
        w.users["office"]
    )  # the plan office may edit a submitted report: a stale page is a conflict
    assert office.post(url, body).status_code == 409


def test_approving_twice_answers_that_it_is_approved(w):
    _submitted(w)
    office = _client(w.users["office"])
    page = office.get(reverse("progress:report", args=[w.report.pk]))
    review = reverse("progress:report-review", args=[w.report.pk])
    body = {"action": "approve", "comment": "確認しました", "version": str(version_in(page))}
    assert office.post(review, body).status_code == 302
    again = office.post(review, body)
    assert again.status_code == 302 and _said(again)[-1] == "承認済みです。"
    # another reviewer's approval is still the change they did not see
    admin = _client(w.users["admin"])
    assert admin.post(review, body).status_code == 409


def test_a_bulk_approval_counts_the_reports_already_approved(w):
    _submitted(w)
    office = _client(w.users["office"])
    services.approve_report(Report.objects.get(pk=w.report.pk), w.users["office"])
    draft = w.round.reports.exclude(pk=w.report.pk).first()
    response = office.post(
        reverse("progress:round-bulk", args=[w.round.pk]),
        {"action": "approve", "reports": [w.report.pk, draft.pk]},
    )
    said = _said(response)
    assert "1件はすでに承認済みです。" in said
    assert not any(w.report.initiative.title in m for m in said)  # not listed as a refusal
    assert any(draft.initiative.title in m and "できませんでした" in m for m in said)  # a draft still is


def test_a_bulk_publication_counts_the_reports_already_published(w):
    _submitted(w)
    office = _client(w.users["office"])
    services.approve_report(Report.objects.get(pk=w.report.pk), w.users["office"])
    services.close_round(w.round)
    bulk = reverse("progress:round-bulk", args=[w.round.pk])
    assert (
        _said(office.post(bulk, {"action": "publish", "reports": [w.report.pk]}))[-1] == "1件を公表しました。"
    )
    again = _said(office.post(bulk, {"action": "publish", "reports": [w.report.pk]}))
    assert again[-1] == "1件はすでに公表済みです。" and not any("できませんでした" in m for m in again)


def test_an_anonymous_post_to_a_published_report_whose_submitter_is_gone_is_refused(w):
    """Review: with the submitter deleted (submitted_by SET_NULL), an anonymous visitor — pk None too — posting what the
    report holds was answered 302 「提出済みです」. The permission is asked first, and only real users compared."""
    _editor, url, body = _submitted(w)
    services.approve_report(Report.objects.get(pk=w.report.pk), w.users["office"])
    services.close_round(w.round)
    services.publish_many([Report.objects.get(pk=w.report.pk)], user=w.users["office"])
    w.users["editor"].delete()
    report = Report.objects.get(pk=w.report.pk)
    assert report.submitted_by_id is None
    response = Client().post(url, body)
    assert response.status_code in (403, 404)
    assert not any("提出済み" in m for m in _said(response))
    assert Report.objects.get(pk=w.report.pk).version == report.version
    from django.contrib.auth.models import AnonymousUser

    assert not services.repeats_submission(report, AnonymousUser(), {}, {})


def test_the_plan_offices_own_submission_sent_twice_answers_that_it_is_submitted(w):
    """The plan office may still edit a submitted report, so its second click went to the save and the submit: 409
    「他の人が保存しました」 for its own first click. Now 「提出済みです」, as the department's."""
    office = _client(w.users["office"])
    url = reverse("progress:report", args=[w.report.pk])
    body = report_post(w.report, version_in(office.get(url)), action="submit", status="done", achievements="完了した")
    body["confirm_missing"] = "1"
    first = office.post(url, body)
    assert first.status_code == 302 and Report.objects.get(pk=w.report.pk).state == Report.State.SUBMITTED
    version = Report.objects.get(pk=w.report.pk).version
    again = office.post(url, body)
    assert again.status_code == 302 and _said(again)[-1] == "提出済みです（同じ内容をもう一度送信したため、何も変更していません）。"
    assert Report.objects.get(pk=w.report.pk).version == version


def test_saving_twice_is_saved_once_and_other_content_on_the_old_page_is_still_a_conflict(w):
    """「保存する」 clicked twice sends the version the first click moved on: the second was the conflict page
    「この報告は、あなたが開いた後に他の人が保存しました」 though nothing differed (services.holds)."""
    editor = _client(w.users["editor"])
    url = reverse("progress:report", args=[w.report.pk])
    body = report_post(w.report, version_in(editor.get(url)), status="in_progress", achievements="周知を強化した")
    assert editor.post(url, body).status_code == 302
    version = Report.objects.get(pk=w.report.pk).version
    again = editor.post(url, body)
    assert again.status_code == 302 and _said(again)[-1] == "保存しました。"
    assert Report.objects.get(pk=w.report.pk).version == version
    other = editor.post(url, {**body, "achievements": "周知を強化し、出張窓口も開いた"})
    assert other.status_code == 409 and "他の人が保存しました" in other.content.decode()
    assert Report.objects.get(pk=w.report.pk).achievements == "周知を強化した"


def test_two_clicks_at_one_instant_answer_the_second_that_it_is_submitted(w, monkeypatch):
    """Walked: two 「保存して提出する」 sent at the same instant — the second passed the repeat check while the report was
    still a draft, then met the first's submission in the save: 409 with no word. Now 「提出済みです」. (The instant is
    made here by the first click committing between the second's check and its save.)"""
    from shinchoku.progress import views

    office = _client(w.users["office"])  # (its report stays editable once submitted, so the click reaches the save)
    url = reverse("progress:report", args=[w.report.pk])
    body = report_post(w.report, version_in(office.get(url)), action="submit", status="done", achievements="完了した")
    body["confirm_missing"] = "1"
    assert office.post(url, body).status_code == 302
    version = Report.objects.get(pk=w.report.pk).version
    check = views._submitted_already
    asked: list[bool] = []

    def as_before_the_first_committed(request, report):
        if not asked:  # the second click's first look: the report was a draft then
            asked.append(False)
            return False
        return check(request, report)

    monkeypatch.setattr(views, "_submitted_already", as_before_the_first_committed)
    second = office.post(url, body)
    assert asked, "the repeat check was not asked"
    assert second.status_code == 302 and second["Location"] == url
    assert _said(second)[-1] == "提出済みです（同じ内容をもう一度送信したため、何も変更していません）。"
    assert Report.objects.get(pk=w.report.pk).version == version  # nothing written
