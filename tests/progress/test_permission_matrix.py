"""Every role × every action over HTTP, on 延岡市's open 令和6年度 round.

The roles: anonymous, 延岡市's viewer, the editor of the report's department (市民課), an editor of
another department of 延岡市 (健康増進課), 延岡市's plan office, 新発田市's plan office, the superuser.
Allowed requests answer 200 (pages) or 302 (done, redirected) and change the database; refused
ones answer 404 to those who may not know the round exists (anonymous before publication) and to
every user of another municipality (no id enumeration, even for the public plan), 403 only within
延岡市, change nothing, and show none of the report's text.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Callable
from dataclasses import dataclass, field

import pytest
from django.urls import reverse

from shinchoku.core.logfilters import ClientErrorsWithoutTraceback
from shinchoku.progress import services
from shinchoku.progress.models import PlanRevision, Report, Round, Status

from .conftest import ROLES, World, login, report_post

pytestmark = pytest.mark.django_db

#: Text only the report holds; no refused response may contain it.
SECRET = "市民課だけが知る実績メモ"
SECRET_ISSUE = "未公表の課題メモ"

MEMBERS = {"viewer", "editor", "editor_other", "office", "admin"}
OFFICE = {"office", "admin"}
EDITORS = {"editor", "office", "admin"}
UNSEEN = {"anonymous", "office_other"}  # the round is not published: 404 for them
OTHER_MUNICIPALITY = {"office_other"}  # 新発田市's plan office: 404 for anything of 延岡市


@dataclass
class Action:
    name: str
    request: Callable  # (client, World) -> response
    allowed: set[str]
    hidden: set[str] = field(default_factory=lambda: set(UNSEEN))  # refused with 404, the rest 403
    ok: int = 302
    setup: Callable | None = None  # (World) -> None, run before the request
    done: Callable | None = None  # (World) -> bool: did the action take effect?


def _report(w: World) -> Report:
    return Report.objects.get(pk=w.report.pk)


def _submitted(w: World) -> None:
    report = _report(w)
    services.save_report(report, version=report.version, fields={"status": Status.IN_PROGRESS})
    services.submit_report(report, w.users["editor"])


def _closed(w: World) -> None:
    services.close_round(Round.objects.get(pk=w.round.pk))


def _approved_and_closed(w: World) -> None:
    _submitted(w)
    services.approve_report(_report(w), w.users["office"])
    _closed(w)


def _url(name: str, w: World, obj: str = "report") -> str:
    pk = {"report": w.report.pk, "round": w.round.pk, "plan": w.nobeoka.pk}[obj]
    return reverse(f"progress:{name}", args=[pk])


def _indicator(w: World):
    return w.report.initiative.indicators.get()


ACTIONS = [
    Action(
        "view_round",
        lambda c, w: c.get(_url("round", w, "round")),
        allowed=MEMBERS,
        ok=200,
    ),
    Action(
        "view_report",
        lambda c, w: c.get(_url("report", w)),
        allowed=MEMBERS,
        ok=200,
    ),
    Action(
        "edit_report",
        lambda c, w: c.post(
            _url("report", w), report_post(w.report, _report(w).version, achievements="上書きの試み")
        ),
        allowed=EDITORS,
        done=lambda w: _report(w).achievements == "上書きの試み",
    ),
    Action(
        "submit_report",
        lambda c, w: c.post(
            _url("report", w),
            report_post(w.report, _report(w).version, action="submit", status="in_progress", confirm_missing="1"),
        ),
        allowed=EDITORS,
        done=lambda w: _report(w).state == Report.State.SUBMITTED,
    ),
    Action(
        "approve_report",
        lambda c, w: c.post(_url("report-review", w), {"action": "approve", "comment": ""}),
        allowed=OFFICE,
        setup=_submitted,
        done=lambda w: _report(w).state == Report.State.APPROVED,
    ),
    Action(
        "return_report",
        lambda c, w: c.post(
            _url("report-review", w), {"action": "return", "comment": "根拠を追記してください"}
        ),
        allowed=OFFICE,
        setup=_submitted,
        done=lambda w: _report(w).state == Report.State.RETURNED,
    ),
    Action(
        "override_grade",
        lambda c, w: c.post(_url("report-grade", w), {"grade": "A", "reason": "指標外の成果を考慮"}),
        allowed=OFFICE,
        done=lambda w: _report(w).review_grade == "A",
    ),
    Action(
        "open_round",
        lambda c, w: c.post(
            _url("plan-rounds", w, "plan"),
            {
                "fy": "2025",
                "deadline": "2026-05-31",
                "reminder_days": "7",
                "title": "",
                "past_deadline": "on",
            },
        ),
        allowed=OFFICE,
        hidden=OTHER_MUNICIPALITY,  # the plan is public: 403 for anonymous, 404 for another municipality
        done=lambda w: Round.objects.filter(plan=w.nobeoka, fy=2025).exists(),
    ),
    Action(
        "close_round",
        lambda c, w: c.post(_url("round-close", w, "round"), {"confirm": "1"}),
        allowed=OFFICE,
        done=lambda w: not Round.objects.get(pk=w.round.pk).is_open,
    ),
    Action(
        "send_reminders",
        lambda c, w: c.post(_url("round-remind", w, "round"), {"confirm": "1"}),
        allowed=OFFICE,
    ),
    Action(
        "publish_round",
        lambda c, w: c.post(_url("round-publish", w, "round"), {"choose": "1", "reports": [w.report.pk]}),
        allowed=OFFICE,
        setup=_approved_and_closed,
        done=lambda w: Round.objects.get(pk=w.round.pk).is_published and _report(w).published_at is not None,
    ),
    Action(
        "edit_targets",
        lambda c, w: c.post(
            reverse("progress:targets", args=[_indicator(w).pk]),
            {
                "fy_2021": "8000",
                "fy_2022": "9000",
                "fy_2023": "10000",
                "fy_2024": "11500",
                "fy_2025": "12000",
                "reason": "交付実績を踏まえた見直し",
            },
        ),  # fmt: skip
        allowed=OFFICE,
        hidden=OTHER_MUNICIPALITY,
        done=lambda w: PlanRevision.objects.filter(plan=w.nobeoka).exists(),
    ),
]


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("action", ACTIONS, ids=[a.name for a in ACTIONS])
def test_permission_matrix(action: Action, role: str, w: World, client):
    report = _report(w)
    report.achievements, report.issues = SECRET, SECRET_ISSUE
    report.save()
    if action.setup:
        action.setup(w)
    login(client, w.users[role])

    response = action.request(client, w)

    if role in action.allowed:
        assert response.status_code == action.ok, response.content.decode()[:2000]
        if action.done:
            assert action.done(w)
        if action.name == "view_report":
            assert SECRET in response.content.decode()  # the check below would catch a leak
    else:
        expected = 404 if role in action.hidden else 403
        assert response.status_code == expected
        text = response.content.decode()
        assert SECRET not in text and SECRET_ISSUE not in text
        if action.done:
            assert not action.done(w)
        stored = _report(w)
        assert (stored.achievements, stored.issues) == (SECRET, SECRET_ISSUE)


def test_reports_of_other_departments_are_read_only_for_an_editor(w, client):
    """The round page offers 市民課's editor its own reports only; another department's report has no form."""
    client.force_login(w.users["editor"])
    board = client.get(reverse("progress:round", args=[w.round.pk]), {"mine": "1"}).content.decode()
    own = Report.objects.filter(round=w.round, initiative__department_links__department__name="市民課")
    assert board.count('<span class="tag editable">') == own.count() == 6
    other = Report.objects.filter(round=w.round).exclude(pk__in=own).first()
    page = client.get(reverse("progress:report", args=[other.pk]))
    assert page.status_code == 200 and "報告の入力" not in page.content.decode()
    assert "報告の入力" in client.get(reverse("progress:report", args=[w.report.pk])).content.decode()


def test_refused_save_gives_back_only_the_users_own_text(w, client):
    """健康増進課's editor posting to 市民課's report: 403, their own input echoed, the report's never."""
    report = _report(w)
    report.achievements = SECRET
    report.save()
    client.force_login(w.users["editor_other"])
    response = client.post(reverse("progress:report", args=[report.pk]),
                           report_post(report, report.version, achievements="私の下書き"))  # fmt: skip
    assert response.status_code == 403
    assert "私の下書き" in response.content.decode() and SECRET not in response.content.decode()


def test_a_refusal_is_one_line_in_the_server_log_without_a_traceback(w, client):
    """市民課's editor trying to approve their own report: 403, logged as one line. A traceback in the
    journal reads as a failure of the code; administrators must be able to tell refusals from errors."""
    handler = next(
        h
        for h in logging.getLogger().handlers
        if any(isinstance(f, ClientErrorsWithoutTraceback) for f in h.filters)
    )
    stream = io.StringIO()
    # swapped without setStream, which flushes the stream it replaces: under pytest that may be a
    # capture stream another test has closed already
    previous, handler.stream = handler.stream, stream
    try:
        client.force_login(w.users["editor"])
        url = reverse("progress:report-review", args=[w.report.pk])
        response = client.post(url, {"action": "approve", "version": w.report.version})
        logging.getLogger("django.request").error("Internal Server Error: /x", exc_info=_failure(), extra={
            "status_code": 500})  # fmt: skip
    finally:
        handler.stream = previous
    logged = stream.getvalue()
    assert response.status_code == 403
    assert f"WARNING django.request: Forbidden (Permission denied): {url}\n" in logged
    assert logged.count("Traceback") == 1  # the 500's, which keeps its traceback
    assert logged.index("Traceback") > logged.index("Internal Server Error")


def _failure() -> tuple:
    try:
        raise RuntimeError("壊れた")
    except RuntimeError as exc:
        return (type(exc), exc, exc.__traceback__)
