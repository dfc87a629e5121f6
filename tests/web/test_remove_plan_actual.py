"""A wrong actual a plan's file states is removed from the initiative page and from the plan's list of its file's
actuals, round open or not: walked, only an open round's report form offered it, so a figure the plan office found on
the plan's pages or between rounds stayed. One rule (``services.remove_plan_actual``): the plan office only, a reason,
the page's version, a numbered plan revision; a department or a citizen is never offered it."""

from __future__ import annotations

import re

from django.urls import reverse

from shinchoku.plans.models import IndicatorValue, ValueKind
from shinchoku.progress import services
from shinchoku.progress.models import PlanRevision, RecordedActual, Report

from ..progress.conftest import report_post, version_in
from ..progress.test_published_figures import KPI, city, page  # noqa: F401 (fixtures)

REASON = "集計方法の誤り（市の公表値を訂正）"
FORM = "計画ファイルの実績値を削除する"


def _page(client, initiative_id: int, user=None):
    if user is None:
        client.logout()
    else:
        client.force_login(user)
    return client.get(reverse("initiative", args=[initiative_id]))


def _initiative_version(html: str, indicator_pk: int) -> int:
    form = html.split(f'action="/indicators/{indicator_pk}/remove-actual/"', 1)[1].split("</form>", 1)[0]
    return int(re.search(r'name="version" value="(\d+)"', form).group(1))


def _post(client, indicator, version, *, fy=2024, reason=REASON, back=""):
    data = {"version": version, "fy": fy, "reason": reason, "back": back}
    return client.post(
        reverse("indicator-remove-actual", args=[indicator.pk]), {k: v for k, v in data.items() if v != ""}
    )


def _row_2024(indicator) -> IndicatorValue:
    return IndicatorValue.objects.get(indicator=indicator, kind=ValueKind.ACTUAL, fy=2024)


def _year_cell(html: str, indicator) -> str:
    """The KPI table's 実績値 cell of 令和6年度 of the indicator's table."""
    table = html.split(f'id="indicator-{indicator.pk}"', 1)[1].split("</table>", 1)[0]
    row = table.split("令和6年度（2024）</th>", 1)[1].split("</tr>", 1)[0]
    return re.sub(r"<[^>]+>", "", row.split("<td>")[2]).strip()


def test_the_plan_office_removes_a_figure_from_the_initiative_page_between_rounds(client, city):  # noqa: F811
    indicator, office, editor = city["indicator"], city["office"], city["editor"]
    services.close_round(city["round"])  # no round open: between rounds
    initiative = indicator.initiative
    # a citizen and the department are not offered it; the plan office is
    assert FORM not in _page(client, initiative.pk).content.decode()
    assert FORM not in _page(client, initiative.pk, editor).content.decode()
    html = _page(client, initiative.pk, office).content.decode()
    assert FORM in html and '<option value="2024">令和6年度（2024）: 912人</option>' in html
    version = _initiative_version(html, indicator.pk)

    # the department's crafted POST and a citizen's are refused, and nothing changes
    client.force_login(editor)
    assert _post(client, indicator, version).status_code == 403
    client.logout()
    assert _post(client, indicator, version).status_code == 403
    # no reason: 400 with its message on the page; nothing removed
    client.force_login(office)
    no_reason = _post(client, indicator, version, reason="　")
    assert no_reason.status_code == 400
    assert "計画ファイルの実績値を削除する理由を入力してください。" in no_reason.content.decode()
    assert _row_2024(indicator).value == 912 and not PlanRevision.objects.exists()
    # a NUL (PostgreSQL cannot store it: a 500) or a reason past the form's 500 characters (published as sent): 400
    for bad in ("誤り\x00です", "あ" * 501):
        refused = _post(client, indicator, version, reason=bad)
        assert refused.status_code == 400
        assert "削除の理由は500文字以内で、制御文字を含めずに入力してください。" in refused.content.decode()
    assert _row_2024(indicator).value == 912 and not PlanRevision.objects.exists()
    assert "公開ページにも表示されます" in html  # the form says the reason is public
    assert 'name="reason" required maxlength="500"' in html  # the form holds what the rule keeps

    done = _post(client, indicator, version)
    assert (
        done.status_code == 302
        and done["Location"] == f"/initiatives/{initiative.pk}/#indicator-{indicator.pk}"
    )
    row = _row_2024(indicator)
    assert (row.value, row.text) == (None, "") and row.history.latest().history_user == office
    revision = PlanRevision.objects.get(plan=city["plan"])
    assert (revision.number, revision.reason, revision.created_by) == (1, REASON, office)
    assert revision.changes[0]["before"] == 912 and revision.changes[0]["fy"] == 2024
    # every reader of the page sees it removed, with why, where it showed nothing before
    said = f"計画ファイルの実績値 912人 を削除済み（理由：{REASON}）"
    assert _year_cell(_page(client, initiative.pk).content.decode(), indicator) == said
    # a second click (its page's version moved on) is done, not a conflict
    client.force_login(office)
    again = _post(client, indicator, version)
    assert again.status_code == 302 and PlanRevision.objects.count() == 1
    assert [str(m) for m in again.wsgi_request._messages] == ["計画ファイルの実績値は削除済みです。"]


def test_a_removal_from_a_page_opened_before_a_change_is_a_conflict(client, city):  # noqa: F811
    indicator, office = city["indicator"], city["office"]
    html = _page(client, indicator.initiative_id, office).content.decode()
    version = _initiative_version(html, indicator.pk)
    other = indicator.initiative.indicators.exclude(pk=indicator.pk).first()
    assert other is not None  # its other figure removed meanwhile: the initiative's version moved on
    fy = next(v.fy for v in other.values.all() if v.kind == ValueKind.ACTUAL and v.value is not None)
    services.remove_plan_actual(other.initiative, other.pk, fy, user=office, version=version, reason=REASON)
    stale = _post(client, indicator, version)
    assert stale.status_code == 409
    assert "この取組は、表示した後に他の人が変更しました。" in stale.content.decode()
    assert _row_2024(indicator).value == 912 and PlanRevision.objects.count() == 1


def test_a_removal_from_the_initiative_page_makes_the_open_reports_form_stale(client, city):  # noqa: F811
    """The department's report form, opened before the plan office removed 912 from the initiative page, still holds
    912 as 「計画ファイル（公表値）」: saved, it would record the removed figure as the department's own."""
    report, indicator, editor, office = city["report"], city["indicator"], city["editor"], city["office"]
    client.force_login(editor)
    url = reverse("progress:report", args=[report.pk])
    opened = version_in(client.get(url))
    html = _page(client, indicator.initiative_id, office).content.decode()
    assert _post(client, indicator, _initiative_version(html, indicator.pk)).status_code == 302
    client.force_login(editor)
    stale = client.post(url, report_post(report, opened, **{f"a{indicator.pk}_value": "912"}))
    assert stale.status_code == 409 and not RecordedActual.objects.filter(report=report).exists()
    assert Report.objects.get(pk=report.pk).version == opened + 1


def test_the_plans_list_of_its_files_actuals_removes_one(client, city):  # noqa: F811
    indicator, office, editor, plan = city["indicator"], city["office"], city["editor"], city["plan"]
    url = reverse("plan-actuals", args=[plan.pk])
    client.force_login(editor)
    assert client.get(url).status_code == 403
    assert (
        "計画ファイルの実績値（誤りの削除）"
        not in client.get(reverse("plan", args=[plan.pk])).content.decode()
    )
    client.force_login(office)
    assert f'href="{url}"' in client.get(reverse("plan", args=[plan.pk])).content.decode()
    html = client.get(url).content.decode()
    row = html.split(f'id="actual-{indicator.pk}"', 1)[1].split("</tr>", 1)[0]
    assert "令和6年度（2024）: 912人" in row and FORM in row
    version = int(re.search(r'name="version" value="(\d+)"', row).group(1))
    done = _post(client, indicator, version, back="plan")
    assert done.status_code == 302 and done["Location"] == f"{url}#actual-{indicator.pk}"
    row = client.get(url).content.decode().split(f'id="actual-{indicator.pk}"', 1)[1].split("</tr>", 1)[0]
    assert (
        f"計画ファイルの実績値 912人 を削除済み（理由：{REASON}）" in row
        and "令和6年度（2024）: 912人" not in row
    )
    assert _row_2024(indicator).value is None
    # refused there, the list says why with its status
    no_reason = _post(client, indicator, version + 1, fy=2023, reason="", back="plan")
    assert (
        no_reason.status_code == 400
        and "計画ファイルの実績値を削除する理由を入力してください。" in no_reason.content.decode()
    )
    assert KPI in no_reason.content.decode()
