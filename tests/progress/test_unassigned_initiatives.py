"""取組 without a 担当課 in a round: walked, a plan imported with no 担当課 on some 取組 opened a round whose reports no
department could fill, and the plan office was told a count once, after opening, with nowhere to act. Now the plan
page says which before opening, the round's page lists them with a form to set each one's 担当課 there (the plan's
edit, in its history), and the plan office may fill and submit such a report itself (domain.md: the plan office
collects progress; a department reports on its own 取組 only)."""

from __future__ import annotations

import re

from django.urls import reverse

from shinchoku.plans.models import Department, InitiativeDepartment
from shinchoku.progress.models import Report

from .conftest import OTHER_DEPARTMENT, OWN_DEPARTMENT, report_post, version_in

HEADING = "担当課が設定されていない取組"


def _orphan(w) -> list[Report]:
    """Take 水道課 off its 取組 (as a plan imported without it), the round's reports of them in plan order."""
    InitiativeDepartment.objects.filter(initiative__plan=w.nobeoka, department__name="水道課").delete()
    reports = list(
        w.round.reports.filter(initiative__department_links__isnull=True).order_by(
            "initiative__position", "pk"
        )
    )
    assert len(reports) >= 2
    return reports


def _orphan_rows(html: str) -> list[str]:
    """The titles of the round page's list of 取組 without a 担当課."""
    section = html.split('id="orphans-h"', 1)[1].split("</section>", 1)[0]
    return [re.sub(r"<[^>]+>", "", m) for m in re.findall(r'<th scope="row">(.*?)</th>', section)]


def test_the_plan_page_says_which_initiatives_have_no_department_before_a_round_opens(w, client):
    _orphan(w)
    client.force_login(w.users["office"])
    html = client.get(reverse("progress:plan-rounds", args=[w.nobeoka.pk])).content.decode()
    notice = html.split('id="unassigned"', 1)[1].split("</div>", 1)[0]
    assert "担当課が設定されていない取組が3件あります。" in notice
    # the one the plan gives 「担当課 各課」 (no department), and 水道課's two taken off: in plan order, each linked
    listed = re.findall(r'<li><a href="/initiatives/(\d+)/">(.*?)</a></li>', notice)
    assert [title for _pk, title in listed] == [
        "公共施設の予約状況確認におけるオンライン化",
        "給水装置工事の各種手続きにおけるオンライン化",
        "毎日水質検査業務における検査結果連絡のオンライン化",
    ]
    assert [w.nobeoka.initiatives.get(pk=pk).title for pk, _title in listed] == [title for _pk, title in listed]
    assert (
        f'href="/municipalities/{w.nobeoka.municipality_id}/departments/?plan={w.nobeoka.pk}#assign"'
        in notice
    )


def test_the_plan_office_sets_a_department_from_the_rounds_page_and_the_department_then_submits(w, client):
    orphans = _orphan(w)
    first, office, editor = orphans[0], w.users["office"], w.users["editor"]
    url = reverse("progress:round", args=[w.round.pk])
    client.force_login(editor)  # a department is not shown the plan office's list
    assert HEADING not in client.get(url).content.decode()
    assert (
        client.post(
            reverse("progress:report", args=[first.pk]), report_post(first, first.version)
        ).status_code
        == 403
    )
    client.force_login(office)
    html = client.get(url).content.decode()
    assert f"{HEADING}（{len(orphans)}件）" in html
    assert _orphan_rows(html) == [str(r.initiative) for r in orphans]
    own = Department.objects.get(municipality=w.nobeoka.municipality, name=OWN_DEPARTMENT)

    done = client.post(
        reverse("progress:round-assign", args=[w.round.pk]), {"report": first.pk, "department": own.pk}
    )
    assert done.status_code == 302
    assert list(first.initiative.department_links.values_list("department__name", flat=True)) == [
        OWN_DEPARTMENT
    ]
    assert first.initiative.history.latest().history_user == office  # the plan's edit, named
    html = client.get(url).content.decode()
    assert _orphan_rows(html) == [str(r.initiative) for r in orphans[1:]]
    # the same form sent again from a page opened before (another tab): no second 担当課 added unseen
    other = Department.objects.get(municipality=w.nobeoka.municipality, name=OTHER_DEPARTMENT)
    stale = client.post(
        reverse("progress:round-assign", args=[w.round.pk]), {"report": first.pk, "department": other.pk}
    )
    assert stale.status_code == 400 and "この取組にはすでに担当課が設定されています。" in stale.content.decode()
    assert list(first.initiative.department_links.values_list("department__name", flat=True)) == [OWN_DEPARTMENT]

    # the department now fills and submits it as any of its own
    client.force_login(editor)
    page = client.get(reverse("progress:report", args=[first.pk]))
    sent = report_post(first, version_in(page), action="submit", status="in_progress", confirm_missing="1")
    assert client.post(reverse("progress:report", args=[first.pk]), sent).status_code == 302
    first.refresh_from_db()
    assert (first.state, first.submitted_by) == (Report.State.SUBMITTED, editor)


def test_the_plan_office_fills_and_submits_a_report_no_department_has(w, client):
    orphans = _orphan(w)
    report, office = orphans[-1], w.users["office"]
    client.force_login(office)
    url = reverse("progress:report", args=[report.pk])
    sent = report_post(report, version_in(client.get(url)), action="submit", status="done", achievements="計画担当が入力",
                       confirm_missing="1")  # fmt: skip
    assert client.post(url, sent).status_code == 302
    report.refresh_from_db()
    assert (report.state, report.submitted_by, report.achievements) == (
        Report.State.SUBMITTED,
        office,
        "計画担当が入力",
    )
    html = client.get(reverse("progress:round", args=[w.round.pk])).content.decode()
    assert str(report.initiative) not in _orphan_rows(html)  # submitted: no longer waiting for anyone


def test_setting_a_department_is_the_plan_offices_and_takes_one_of_the_municipality(w, client):
    orphans = _orphan(w)
    first = orphans[0]
    own = Department.objects.get(municipality=w.nobeoka.municipality, name=OWN_DEPARTMENT)
    foreign = Department.objects.create(municipality=w.shibata.municipality, name="情報政策課")
    assign = reverse("progress:round-assign", args=[w.round.pk])
    client.force_login(w.users["editor"])
    assert client.post(assign, {"report": first.pk, "department": own.pk}).status_code == 403
    client.force_login(w.users["office"])
    refused = client.post(assign, {"report": first.pk, "department": foreign.pk})
    assert refused.status_code == 400 and "設定する担当課を選んでください。" in refused.content.decode()
    assert not first.initiative.department_links.exists()
    # the round closed: nothing is set from it any more
    w.round.state = w.round.State.CLOSED
    w.round.save(update_fields=["state"])
    closed = client.post(assign, {"report": first.pk, "department": own.pk})
    assert closed.status_code == 400 and "この回は締め切られています。" in closed.content.decode()
    assert not first.initiative.department_links.exists()
