"""E-mails to the departments: a round opened or reopened, a report returned or approved, the deadline
is extended, near or past; and to the plan office: reports a department submitted.

Each mail names the plan, the round and the deadline in 和暦 with the weekday, lists the
initiatives concerned and links to the page where the work is done (``SHINCHOKU_BASE_URL`` makes
the link absolute: a mail has no request to take the host from). Every mail is recorded under a
key (:class:`~shinchoku.progress.models.SentMail`) before it goes out, in the same transaction, so
a mail is sent once: a restarted worker, a second click or the next day's run finds the key and
sends nothing. A mail the server refused leaves no record, so the next run tries again.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from email.headerregistry import Address
from smtplib import SMTPException
from typing import Any
from urllib.parse import urlencode

from django.conf import settings
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils.translation import gettext as _

from shinchoku.core.dates import deadline_label

from .models import Report, Round, SentMail

logger = logging.getLogger("shinchoku.notifications")


def deliver(send: Callable[..., Any], *args: Any) -> None:
    """Run one notification after a commit: a mail server that is down must not undo the review."""
    from .services import email_configured

    if not email_configured():
        return
    try:
        send(*args)
    except (OSError, SMTPException):
        logger.exception("notification %s%r could not be sent", getattr(send, "__name__", send), args)


def absolute(path: str) -> str:
    """A link a mail reader can follow: ``SHINCHOKU_BASE_URL`` + the page's path."""
    return settings.SHINCHOKU_BASE_URL.rstrip("/") + path


def sender(round_: Round) -> str:
    """From: 「延岡市 DX推進計画 進捗管理 <address>」 (the address from DEFAULT_FROM_EMAIL); a plan
    whose title already names the municipality (延岡市情報政策推進計画) is not prefixed twice."""
    name = settings.SHINCHOKU_MAIL_SENDER_NAME or _("%(plan)s 進捗管理") % {"plan": round_.plan.named()}
    return str(Address(display_name=name, addr_spec=settings.DEFAULT_FROM_EMAIL))


def editors(round_: Round, department: str) -> list[str]:
    """The e-mail addresses of the department's editors (active users with an address)."""
    from shinchoku.accounts.models import Membership, Role

    members = Membership.objects.filter(
        role=Role.EDITOR,
        municipality=round_.plan.municipality,
        departments__name=department,
        user__is_active=True,
    ).select_related("user")
    return sorted({m.user.email for m in members if m.user.email})


def reviewers(round_: Round, *, excluding: Any = None) -> list[str]:
    """The e-mail addresses of those who review the round: its municipality's plan office (active users with an
    address, as ``review_report`` allows them), without ``excluding``'s (the user who acted; an address they share
    with a colleague is theirs too). The installation's administrators review nothing of a municipality's."""
    from shinchoku.accounts.models import Membership, Role

    members = Membership.objects.filter(
        role=Role.PLAN_OFFICE, municipality=round_.plan.municipality, user__is_active=True
    ).select_related("user")
    own = {getattr(excluding, "email", "") or None}
    return sorted(
        {m.user.email for m in members if m.user.email and m.user_id != getattr(excluding, "pk", None)} - own
    )


def _send_once(key: str | list[str], round_: Round, to: list[str], subject: str, body: str) -> bool:
    """Record ``key`` (or every key of a mail about several things) and send; False (nothing sent)
    when it was sent before or nobody can receive it."""
    if not to:
        return False
    keys = [key] if isinstance(key, str) else key
    try:
        with transaction.atomic():
            for k in keys:
                SentMail.objects.create(key=k[:200], round=round_, subject=subject[:300], recipients=to)
            send_mail(subject=subject, message=body, from_email=sender(round_), recipient_list=to)
    except IntegrityError:  # sent before (or being sent by another worker right now)
        return False
    return True


def _approved_list_url(round_: Round, department: str) -> str:
    """The round's list of the department's approved reports: 「担当の仕事」 (/my/), where the bulk
    approval mail led, lists only work still to do and showed none of the reports it named."""
    query = urlencode({"department": department, "state": Report.State.APPROVED})
    return absolute(reverse("progress:round", args=[round_.pk])) + "?" + query


def _signature(round_: Round) -> str:
    return _("%(municipality)s 計画担当（%(plan)s）\n※このメールは shinchoku から自動で送信しています。") % {
        "municipality": round_.plan.municipality.name, "plan": round_.plan.title}  # fmt: skip


def _named(initiative: Any) -> str:
    """An initiative by the number every page and the workbook give it, marked as a number: 「No.1-1-2 書かない窓口の導入」,
    「No.4 職員向けDX研修の実施」. A page sets the number apart (in grey, 「番号 4」 in the committee report); a mail's plain
    text cannot, and a bare one ran into the words before it (「【提出】高千穂町DX推進計画 総務課 4 職員向けDX研修の実施」,
    「・2 町ホームページのリニューアル」; walked). Every mail names an initiative by this."""
    return f"No.{initiative.code} {initiative.title}" if initiative.code else initiative.title


def _list(
    reports: Iterable[Report], comments: bool = True, due: date | None = None, extended: dict[str, date] | None = None
) -> str:
    """One line a report (「・1-1-2 書かない窓口の導入」); a returned one says so, with the plan office's comment unless
    the mail gives it in full below (``comments``; walked: a reminder called it 「未提出」 alone, and the return's own
    mail printed the comment twice). With ``due`` (the deadline the mail gives), a report due later (shared with a
    department given a later deadline: ``services.report_deadline``) says its own."""
    from .services import report_deadline

    lines = []
    for r in reports:
        line = f"・{_named(r.initiative)}"
        if due is not None and (day := report_deadline(r, extended)) != due:
            line += _("（提出期限 %(deadline)s）") % {"deadline": deadline_label(day)}
        if r.state == Report.State.RETURNED and not comments:
            line += _("（差戻し中）")
        elif r.state == Report.State.RETURNED:
            comment = " ".join(r.review_comment.split())
            line += _("（差戻し中。コメント: %(comment)s）") % {"comment": comment} if comment else _("（差戻し中）")
        lines.append(line)
    return "\n".join(lines)


def _by_department(round_: Round, states: tuple[str, ...] | None = None) -> dict[str, list[Report]]:
    """The round's reports per department name (an initiative with two departments goes to both);
    a report withdrawn with its initiative (``Report.State.WITHDRAWN``) is no department's work."""
    reports = round_.reports.select_related("initiative").prefetch_related(
        "initiative__department_links__department"
    )
    if states is not None:
        reports = reports.filter(state__in=states)
    else:
        reports = reports.exclude(state=Report.State.WITHDRAWN)
    grouped: dict[str, list[Report]] = {}
    for report in reports:
        for link in report.initiative.department_links.all():
            grouped.setdefault(link.department.name, []).append(report)
    return grouped


def unreachable(round_: Round) -> list[str]:
    """The departments with reports in the round that no mail reaches: no editor with an address."""
    return [name for name in sorted(_by_department(round_)) if not editors(round_, name)]


def round_opened(round_id: int) -> list[str]:
    """Tell each department's editors that the round is open, with their initiatives; the names told."""
    from .services import department_deadlines, first_due, is_overdue

    round_ = Round.objects.select_related("plan__municipality").get(pk=round_id)
    extended = department_deadlines(round_)
    told = []
    for department, reports in sorted(_by_department(round_).items()):
        day = first_due(round_, department, reports, extended)
        deadline = deadline_label(day)
        subject = _("【進捗報告の依頼】%(plan)s %(title)s（期限 %(deadline)s）") % {
            "plan": round_.plan.title, "title": round_.title, "deadline": deadline}  # fmt: skip
        if is_overdue(day):  # a past year's round: 「…までに」 a date gone by read as time still left
            ask = _("提出期限（%(deadline)s）はすでに過ぎています。次の取組%(n)d件の進捗を、速やかに入力して提出してください。")
        else:
            ask = _("次の取組%(n)d件の進捗を、%(deadline)sまでに入力して提出してください。")
        body = _(
            "%(department)s 御中\n\n%(plan)sの「%(title)s」の受付を始めました。\n"
            "%(ask)s\n\n%(list)s\n\n"
            "入力する画面: %(url)s\n\n%(signature)s"
        ) % {"department": department, "plan": round_.plan.title, "title": round_.title,
             "ask": ask % {"n": len(reports), "deadline": deadline}, "list": _list(reports, due=day, extended=extended),
             "url": absolute(reverse("progress:tasks")), "signature": _signature(round_)}  # fmt: skip
        if _send_once(f"opened:{round_.pk}:{department}", round_, editors(round_, department), subject, body):
            told.append(department)
    return told


def report_reviewed(report_id: int, version: int, only: str | None = None) -> list[str]:
    """Tell the report's departments (or ``only`` that one) that it was returned (with the comment) or
    approved."""
    report = Report.objects.select_related("round__plan__municipality", "initiative").get(pk=report_id)
    round_ = report.round
    if report.state == Report.State.RETURNED:
        subject = _("【差戻し】%(plan)s %(initiative)s（%(title)s）") % {
            "plan": round_.plan.title,
            "initiative": _named(report.initiative),
            "title": round_.title,
        }
        what = _("次の報告を差し戻しました。コメントを確認して、修正のうえ再度提出してください。")
    elif report.state == Report.State.APPROVED:
        subject = _("【承認】%(plan)s %(initiative)s（%(title)s）") % {
            "plan": round_.plan.title,
            "initiative": _named(report.initiative),
            "title": round_.title,
        }
        what = _("次の報告を承認しました。")
    else:
        return []
    comment = (
        _("\n\nコメント:\n%(comment)s") % {"comment": report.review_comment} if report.review_comment else ""
    )
    told = []
    for link in report.initiative.department_links.select_related("department"):
        department = link.department.name
        if only is not None and department != only:
            continue
        if report.state == Report.State.RETURNED:
            what = _returned_what(report)
        body = _(
            "%(department)s 御中\n\n%(plan)sの「%(title)s」について、%(what)s\n\n%(list)s%(comment)s\n\n"
            "報告の画面: %(url)s\n\n%(signature)s"
        ) % {"department": department, "plan": round_.plan.title, "title": round_.title, "what": what,
             "list": _list([report], comments=False), "comment": comment,
             "url": absolute(reverse("progress:report", args=[report.pk])), "signature": _signature(round_)}  # fmt: skip
        key = f"reviewed:{report.pk}:{version}:{department}"
        if _send_once(key, round_, editors(round_, department), subject, body):
            told.append(department)
    return told


def _returned_what(report: Report) -> str:
    """What a department must do with a returned report, by when: the mail named no deadline, and the
    department's own (extended) one may differ from the round's. The report's one deadline
    (``services.report_deadline``), the same in the mail to each of its departments."""
    from .services import is_overdue, report_deadline

    deadline = report_deadline(report)
    if is_overdue(deadline):
        return _(
            "次の報告を差し戻しました。提出期限（%(deadline)s）を過ぎていますので、コメントを確認して修正のうえ、"
            "速やかに再度提出してください。"
        ) % {"deadline": deadline_label(deadline)}
    return _(
        "次の報告を差し戻しました。コメントを確認して修正のうえ、提出期限（%(deadline)s）までに再度提出してください。"
    ) % {"deadline": deadline_label(deadline)}


def reports_approved(reviewed: list[tuple[int, int]]) -> list[str]:
    """One mail per department for reports approved together (``(report id, version)`` pairs).

    The plan office approving a department's reports at once sent one mail per report; the
    department now gets one mail listing them. Each report's key (as :func:`report_reviewed` uses)
    is recorded, so a retry of any of them sends nothing twice.
    """
    versions = dict(reviewed)
    reports = [
        r for r in Report.objects.filter(pk__in=versions, state=Report.State.APPROVED)
        .select_related("round__plan__municipality", "initiative")
        .prefetch_related("initiative__department_links__department").order_by("initiative__position", "pk")
    ]  # fmt: skip
    if len(reports) == 1:
        return report_reviewed(reports[0].pk, versions[reports[0].pk])
    grouped: dict[tuple[int, str], list[Report]] = {}
    for report in reports:
        for link in report.initiative.department_links.all():
            grouped.setdefault((report.round_id, link.department.name), []).append(report)
    told = []
    for (_round_id, department), items in sorted(grouped.items()):
        round_ = items[0].round
        keys = [f"reviewed:{r.pk}:{versions[r.pk]}:{department}" for r in items]
        sent = set(SentMail.objects.filter(key__in=keys).values_list("key", flat=True))
        items = [r for r, k in zip(items, keys, strict=True) if k not in sent]
        if not items:
            continue
        if len(items) == 1:  # this department's own mail only: the report's others may have more in the batch
            told += report_reviewed(items[0].pk, versions[items[0].pk], only=department)
            continue
        subject = _("【承認】%(plan)s %(title)sの報告%(n)d件") % {  # the plan named, as every other mail
            "plan": round_.plan.title, "title": round_.title, "n": len(items)}  # fmt: skip
        body = _(
            "%(department)s 御中\n\n%(plan)sの「%(title)s」について、次の報告%(n)d件を承認しました。\n\n%(list)s\n\n"
            "承認した報告の一覧: %(url)s\n\n%(signature)s"
        ) % {"department": department, "plan": round_.plan.title, "title": round_.title, "n": len(items),
             "list": _list(items), "url": _approved_list_url(round_, department), "signature": _signature(round_)}  # fmt: skip
        keys = [f"reviewed:{r.pk}:{versions[r.pk]}:{department}" for r in items]
        if _send_once(keys, round_, editors(round_, department), subject, body):
            told.append(department)
    return told


def _submitted_by(user: Any, report: Report) -> list[str]:
    """The departments a report was submitted for: those of its 担当課 the submitter works for (an editor of 市民課
    submits 市民課's part of a shared report), else all of them (the plan office submitting for a department)."""
    from shinchoku.accounts.models import Role
    from shinchoku.accounts.permissions import membership

    names = [link.department.name for link in report.initiative.department_links.all()]
    m = membership(user)
    mine = {d.name for d in m.departments.all()} if m is not None and m.role == Role.EDITOR else set()
    return [name for name in names if name in mine] or names


def _departments_named(names: list[str]) -> str:
    """「市民課」「市民課、健康増進課」, or 「市民課ほか3課」 for more than two (a subject names them in one line)."""
    if len(names) <= 2:
        return "、".join(names) or _("（担当課なし）")
    return _("%(first)sほか%(n)d課") % {"first": names[0], "n": len(names) - 1}


def reports_submitted(submissions: list[tuple[int, int, bool]], by: int | None) -> list[str]:
    """Tell the plan office that reports were submitted: one mail for one act of submitting, listing them.

    ``submissions``: (report id, version once submitted, whether it came back after a return), as
    ``services.submit_report`` gives them; ``by``: the user who submitted (never mailed). The plan office
    learnt of a submission only by opening the round's page; a department submitting its Excel sheet of 12
    reports is one mail, not 12. Each report's key (``submitted:<report>:<version>``) is recorded, so a retry
    sends nothing twice. Returns the addresses mailed. No user can turn these off: a plan office user
    without an address gets none (as every mail here).
    """
    from django.contrib.auth import get_user_model

    from shinchoku.core.people import person_name

    versions = {pk: (version, again) for pk, version, again in submissions}
    reports = list(
        Report.objects.filter(pk__in=versions)
        .select_related("round__plan__municipality", "initiative")
        .prefetch_related("initiative__department_links__department")
        .order_by("round_id", "initiative__position", "pk")
    )
    user = get_user_model().objects.filter(pk=by).first() if by is not None else None
    by_round: dict[int, list[Report]] = {}
    for report in reports:
        by_round.setdefault(report.round_id, []).append(report)
    told: list[str] = []
    for items in by_round.values():
        round_ = items[0].round
        keys = {r.pk: f"submitted:{r.pk}:{versions[r.pk][0]}" for r in items}
        sent = set(SentMail.objects.filter(key__in=keys.values()).values_list("key", flat=True))
        items = [r for r in items if keys[r.pk] not in sent]
        if not items:
            continue
        grouped: dict[str, list[Report]] = {}
        for report in items:
            for name in _submitted_by(user, report) or [_("（担当課なし）")]:
                grouped.setdefault(name, []).append(report)
        departments = _departments_named(list(grouped))
        again = sum(1 for r in items if versions[r.pk][1])
        values = {"plan": round_.plan.title, "title": round_.title, "departments": departments, "n": len(items),
                  "again": again, "mark": _("【再提出】") if again == len(items) else _("【提出】")}  # fmt: skip
        if len(items) == 1:
            values["initiative"] = _named(items[0].initiative)
            subject = _("%(mark)s%(plan)s %(departments)s %(initiative)s（%(title)s）") % values
            lead = (_("%(departments)sの次の報告が、差戻し後に修正のうえ再提出されました。") if again
                    else _("%(departments)sの次の報告が提出されました。")) % values  # fmt: skip
            url = absolute(reverse("progress:report", args=[items[0].pk]))
        else:
            subject = _("%(mark)s%(plan)s %(departments)s %(title)sの報告%(n)d件") % values
            lead = _("%(departments)sの次の報告%(n)d件が提出されました。") % values
            if again == len(items):
                lead += _("いずれも差戻し後の再提出です。")
            elif again:
                subject += _("（うち再提出%(again)d件）") % values
                lead += _("うち%(again)d件は差戻し後の再提出です。") % values
            # the reports waiting for review, of the one department that submitted them
            query = {"state": Report.State.SUBMITTED, **({"department": list(grouped)[0]} if len(grouped) == 1 else {})}
            url = absolute(reverse("progress:round", args=[round_.pk])) + "?" + urlencode(query)
        sections = []
        for name, listed in grouped.items():
            lines = "\n".join(
                f"・{_named(r.initiative)}" + (_("（差戻し後の再提出）") if versions[r.pk][1] else "") for r in listed
            )
            sections.append(f"【{name}】\n{lines}" if len(grouped) > 1 else lines)
        who = _("\n提出者: %(name)s") % {"name": person_name(user)} if user is not None else ""
        body = _(
            "計画担当 各位\n\n%(plan)sの「%(title)s」について、%(lead)s%(who)s\n\n%(list)s\n\n"
            "確認・承認する画面: %(url)s\n\n※このメールは shinchoku から自動で送信しています。"
        ) % {"plan": round_.plan.title, "title": round_.title, "lead": lead, "who": who,
             "list": "\n\n".join(sections), "url": url}  # fmt: skip
        to = reviewers(round_, excluding=user)
        if _send_once(list(keys[r.pk] for r in items), round_, to, subject, body):
            told += to
    return told


def deadline_extended(
    round_id: int, department: str | None, deadline_iso: str, reason: str = ""
) -> list[str]:
    """Tell the departments with open reports that their deadline moved (all, or ``department``'s own).

    Departments the plan office had told 【提出期限超過】 otherwise never heard of the extra time.
    A department whose own deadline is still later than the round's new one is not concerned.
    """
    from .services import department_deadlines, report_deadline

    round_ = Round.objects.select_related("plan__municipality").get(pk=round_id)
    if not round_.is_open:
        return []
    new = date.fromisoformat(deadline_iso)
    extended = department_deadlines(round_)
    label = deadline_label(new)
    told = []
    for name, open_reports in sorted(_by_department(round_, (Report.State.DRAFT, Report.State.RETURNED)).items()):
        # the reports the extension moved to ``new``: a department's own, and those it shares with the department
        # extended (a shared report is due at the latest of its departments' deadlines: services.report_deadline)
        reports = [
            r for r in open_reports if report_deadline(r, extended) == new
            and (department is None or department in {link.department.name for link in r.initiative.department_links.all()})
        ]  # fmt: skip
        if not reports:
            continue
        subject = _("【提出期限の延長】%(plan)s %(title)s（期限 %(deadline)s）") % {
            "plan": round_.plan.title, "title": round_.title, "deadline": label}  # fmt: skip
        why = _("\n理由: %(reason)s") % {"reason": reason} if reason else ""
        body = _(
            "%(department)s 御中\n\n%(plan)sの「%(title)s」について、提出期限を%(deadline)sに延長しました。%(why)s\n"
            "次の取組%(n)d件の報告が未提出です。期限までに入力して提出してください。\n\n%(list)s\n\n"
            "入力する画面: %(url)s\n\n%(signature)s"
        ) % {"department": name, "plan": round_.plan.title, "title": round_.title, "deadline": label, "why": why,
             "n": len(reports), "list": _list(reports), "url": absolute(reverse("progress:tasks")),
             "signature": _signature(round_)}  # fmt: skip
        if _send_once(
            f"extended:{round_.pk}:{name}:{deadline_iso}", round_, editors(round_, name), subject, body
        ):
            told.append(name)
    return told


def round_reopened(round_id: int, event_id: int, withdrawn: bool = False) -> list[str]:
    """Tell every department of a reopened round why it was reopened, and which of its reports are open.

    The departments were told nothing when the round closed, so without this mail the one whose
    report is to be corrected did not know it could work again, and the others did not know why
    the published results had gone (``withdrawn``: the reopening took published results down).
    """
    from .models import RoundEvent
    from .services import department_deadlines, first_due

    round_ = Round.objects.select_related("plan__municipality").get(pk=round_id)
    event = RoundEvent.objects.get(pk=event_id)
    if not round_.is_open:
        return []
    extended = department_deadlines(round_)
    told = []
    for department, reports in sorted(_by_department(round_).items()):
        open_reports = [r for r in reports if r.state in (Report.State.DRAFT, Report.State.RETURNED)]
        day = first_due(round_, department, open_reports, extended)
        deadline = deadline_label(day)
        subject = _("【受付の再開】%(plan)s %(title)s（期限 %(deadline)s）") % {
            "plan": round_.plan.title, "title": round_.title, "deadline": deadline}  # fmt: skip
        if open_reports:
            work = _("次の取組%(n)d件の報告が未提出です。%(deadline)sまでに入力して提出してください。\n\n%(list)s") % {
                "n": len(open_reports), "deadline": deadline, "list": _list(open_reports, due=day, extended=extended)}  # fmt: skip
        else:
            work = _(
                "この課の報告はすべて提出済みです。修正が必要な報告は、計画担当から差し戻してお知らせします。"
            )
        body = _(
            "%(department)s 御中\n\n%(plan)sの「%(title)s」は締め切っていましたが、受付を再開しました。\n"
            "理由: %(reason)s\n%(withdrawn)s\n%(work)s\n\n"
            "入力する画面: %(url)s\n\n%(signature)s"
        ) % {"department": department, "plan": round_.plan.title, "title": round_.title, "reason": event.reason,
             "withdrawn": _("公表していた結果は、改めて公表するまで取り下げています。\n") if withdrawn else "",
             "work": work, "url": absolute(reverse("progress:tasks")), "signature": _signature(round_)}  # fmt: skip
        if _send_once(f"reopened:{round_.pk}:{event.pk}:{department}", round_, editors(round_, department), subject,
                      body):  # fmt: skip
            told.append(department)
    return told


@dataclass
class Reminded:
    """What a reminder run did: department -> the addresses mailed, and the departments left out."""

    sent: dict[str, list[str]] = field(default_factory=dict)
    already: list[str] = field(default_factory=list)  # reminded by the button earlier today
    unreachable: list[str] = field(default_factory=list)  # no editor with an address
    #: departments with open reports none of which is due yet (deadline further than the 督促日数), and the first
    #: of their deadlines
    not_yet: dict[str, date] = field(default_factory=dict)

    def why_none(self, round_: Round) -> str:
        """Why a run reminded no department, in words (``manage send_reminders`` printed only 「督促した担当課は
        ありません。」; walked): no report left to submit, none due yet — the reminders begin the round's 督促日数 before
        a deadline, on the day named —, reminded today already, or no address to send to."""
        reasons = []
        if self.not_yet:
            first = min(self.not_yet.values())
            start = first - timedelta(days=round_.reminder_days)
            reasons.append(
                _("督促は提出期限の%(n)d日前から送ります。未提出の報告の提出期限は最も早いもので%(deadline)s、"
                  "督促を送るのは%(start)sからです（今すぐ送るには、回の画面の「督促する」を使います）") % {
                    "n": round_.reminder_days, "deadline": deadline_label(first), "start": deadline_label(start)}
            )  # fmt: skip
        if self.already:
            said = _("今日すでに督促した担当課: %(names)s（同じ担当課へは1日1回まで）")
            reasons.append(said % {"names": "、".join(self.already)})
        if self.unreachable:
            names = "、".join(self.unreachable)
            reasons.append(_("メールアドレスのある担当者がいない担当課: %(names)s") % {"names": names})
        from .services import without_department_note

        # reports of 取組 with no 担当課 are no department's to remind (walked: 43 drafts, and 「…の報告はありません」)
        orphans = without_department_note(round_)
        said = "。".join(reasons) + "。" if reasons else ""
        return (said + orphans) or _("未提出・差戻しの報告はありません。")


def reminder_targets(round_: Round) -> list[tuple[str, int, list[str]]]:
    """(department, its unsubmitted reports, its editors' addresses) for every department with a report
    still to submit (未提出・差戻し): whom the plan office's button reminds, for its confirmation."""
    if not round_.is_open:
        return []
    grouped = _by_department(round_, (Report.State.DRAFT, Report.State.RETURNED))
    return [(name, len(reports), editors(round_, name)) for name, reports in sorted(grouped.items())]


def _manual_key(round_: Round, department: str, today: date) -> str:
    """The record of the button's reminder of ``department`` today: one a department a day."""
    return f"manual:{round_.pk}:{department}:{today.isoformat()}"


def reminded_today(round_: Round, departments: list[str], today: date) -> set[str]:
    """Those of ``departments`` the plan office's button reminded today: a second press sends them nothing."""
    keys = {_manual_key(round_, name, today): name for name in departments}
    return {keys[key] for key in SentMail.objects.filter(key__in=keys).values_list("key", flat=True)}


def remind(round_: Round, today: date, *, manual: bool = False, everyone: bool = False) -> list[str]:
    """Remind the departments with open reports whose deadline is near (reminder_days) or past.

    Automatic reminders go once per department and deadline before it and once after it
    (an extended deadline gets its own); ``manual`` ones once per department a day. ``everyone``
    (the plan office's button, a deliberate act) reminds every department with an open report now,
    however far its deadline. Returns the departments reminded (:func:`remind_now` says more).
    Sent without a user (the daily job, ``manage.py send_reminders``): the round's record names the system.
    """
    return list(reminders(round_, today, manual=manual, everyone=everyone).sent)


def reminders(round_: Round, today: date, *, manual: bool = False, everyone: bool = False) -> Reminded:
    """:func:`remind`, with what it left out and why (``Reminded.why_none``): ``manage send_reminders`` says it."""
    return _remind(round_, today, manual=manual, everyone=everyone)


def remind_now(round_: Round, today: date, *, user: Any = None) -> Reminded:
    """The plan office's 「督促する」: every department with an open report, whatever the 督促日数."""
    return _remind(round_, today, manual=True, everyone=True, user=user)


#: The longest list of departments a reminder's line in the round's record names (``RoundEvent.detail`` holds 200).
_NAMED_IN_RECORD = 150


def _record_reminder(round_: Round, departments: list[str], user: Any) -> None:
    """「督促（2課: 健康増進課、市民課） — 計画 花子」 in the round's record, or 「— システム（自動）」 for a reminder
    nobody sent by hand (walked: the record said nothing of the 督促 the departments had been sent)."""
    from .models import RoundEvent

    named, shown = "", 0
    for name in departments:
        longer = f"{named}、{name}" if named else name
        if len(longer) > _NAMED_IN_RECORD:
            break
        named, shown = longer, shown + 1
    if shown < len(departments):
        named += _("ほか%(n)d課") % {"n": len(departments) - shown}
    detail = _("%(n)d課: %(names)s") % {"n": len(departments), "names": named}
    RoundEvent.objects.create(
        round=round_, kind=RoundEvent.Kind.REMINDED, detail=detail, created_by=user, automatic=user is None
    )


def remind_overdue_at_open(round_id: int, user_id: int | None = None) -> list[str]:
    """A round opened with its deadline already past: the 【提出期限超過】 reminder at once, as the opening form
    promises, recorded as the 督促 of the user who opened it. Under the automatic reminder's key, so the daily
    job sends it no second time (only ``manage send_reminders`` by hand had sent it)."""
    from django.contrib.auth import get_user_model
    from django.utils import timezone

    round_ = Round.objects.select_related("plan__municipality").get(pk=round_id)
    user = get_user_model().objects.filter(pk=user_id).first() if user_id is not None else None
    return list(_remind(round_, timezone.localdate(), manual=False, everyone=False, user=user).sent)


def _remind(round_: Round, today: date, *, manual: bool, everyone: bool, user: Any = None) -> Reminded:
    from .services import department_deadlines, is_overdue, report_deadline

    done = Reminded()
    if not round_.is_open:
        return done
    extended = department_deadlines(round_)
    for department, reports in sorted(
        _by_department(round_, (Report.State.DRAFT, Report.State.RETURNED)).items()
    ):
        # each report by its one deadline (services.report_deadline): a report the department shares with one given a
        # later deadline is not overdue at the department's own, nor reminded of before its own comes near
        due: dict[date, list[Report]] = {}
        for report in reports:
            due.setdefault(report_deadline(report, extended), []).append(report)
        batches = []
        for deadline, group in sorted(due.items()):
            if is_overdue(deadline, today):
                batches.append(("overdue", deadline, group))
            elif (deadline - today).days <= round_.reminder_days:
                batches.append(("due", deadline, group))
            elif everyone:
                batches.append(("request", deadline, group))
        if not batches:
            done.not_yet[department] = min(due)
            continue
        to = editors(round_, department)
        if not to:
            done.unreachable.append(department)
            continue
        for kind, deadline, group in batches:
            label = deadline_label(deadline)
            if kind == "overdue":
                subject = _("【提出期限超過】%(plan)s %(title)s（期限 %(deadline)s）")
                lead = _(
                    "提出期限（%(deadline)s）を過ぎましたが、次の取組%(n)d件の報告が未提出です。至急提出してください。"
                )
            elif kind == "due":
                subject = _("【進捗報告のお願い】%(plan)s %(title)s（期限 %(deadline)s）")
                lead = _("提出期限（%(deadline)s）が近づいています。次の取組%(n)d件の報告が未提出です。")
            else:
                subject = _("【進捗報告のお願い】%(plan)s %(title)s（期限 %(deadline)s）")
                lead = _("次の取組%(n)d件の報告が未提出です。提出期限（%(deadline)s）までに入力して提出してください。")
            values = {"plan": round_.plan.title, "title": round_.title, "deadline": label, "n": len(group)}
            body = _("%(department)s 御中\n\n%(plan)sの「%(title)s」について、%(lead)s\n\n%(list)s\n\n入力する画面: %(url)s\n\n%(signature)s") % {
                "department": department, "plan": round_.plan.title, "title": round_.title, "lead": lead % values,
                "list": _list(group, due=deadline, extended=extended), "url": absolute(reverse("progress:tasks")),
                "signature": _signature(round_)}  # fmt: skip
            key = f"{kind}:{round_.pk}:{department}:{deadline.isoformat()}"
            if manual:  # once a department a day (reminded_today reads the first); a later deadline's its own mail
                key = _manual_key(round_, department, today) + (f":{deadline.isoformat()}" if deadline != batches[0][1] else "")
            if _send_once(key, round_, to, subject % values, body):
                done.sent[department] = to
            elif department not in done.sent and department not in done.already:
                done.already.append(department)
        if department in done.sent and department in done.already:
            done.already.remove(department)
    if done.sent:
        _record_reminder(round_, list(done.sent), user)
    return done


def send_due_reminders(today: date) -> dict[str, list[str]]:
    """The daily job: remind for every open round; round title -> the departments reminded."""
    sent = {}
    for round_ in Round.objects.filter(state=Round.State.OPEN).select_related("plan__municipality"):
        names = remind(round_, today)
        if names:
            sent[round_.title] = names
    return sent
