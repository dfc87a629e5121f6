"""The progress pages on the sample plans: what each shows, to whom, and how input is checked."""

from __future__ import annotations

import re
from datetime import date, timedelta
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.urls import reverse
from django.utils import timezone

from shinchoku.core.dates import deadline_label
from shinchoku.plans.models import IndicatorValue, ValueKind
from shinchoku.progress import services
from shinchoku.progress.forms import parse_number
from shinchoku.progress.models import RecordedActual, Report, Round, SentMail, Status

from .conftest import report_post, version_in

pytestmark = pytest.mark.django_db


def _page(client, user, url, **params) -> str:
    client.force_login(user)
    response = client.get(url, params)
    assert response.status_code == 200
    return response.content.decode()


def _reports(round_, department: str):
    return Report.objects.filter(
        round=round_, initiative__department_links__department__name=department
    ).order_by("initiative__position")


def test_full_width_and_grouped_numbers_are_read():
    assert parse_number("１，２００．５") == 1200.5
    assert parse_number(" 37.8 ") == 37.8
    assert parse_number("\u22123") == -3 and parse_number("－3") == -3
    assert parse_number("") is None and parse_number("　") is None
    for bad in ("たくさん", "10件", "inf", "nan", "1e999"):
        with pytest.raises(Exception, match="数値で入力してください"):
            parse_number(bad)
    # Python's float() took these from the report form: 1e300 shown with 301 digits, 1_000 as 1000
    for bad in ("1e300", "1E3", "1_000", "12.5.3", "0x10", "--5"):
        with pytest.raises(Exception, match="数値で入力してください"):
            parse_number(bad)
    # a figure of Plan JSON's limit or more was stored as 1e+20; 9,999,999,999,999 is the largest
    assert parse_number("9,999,999,999,999") == 9_999_999_999_999
    for big in ("99999999999999999999", "10000000000000", "-10000000000000"):
        with pytest.raises(Exception, match="大きすぎる数値です（10兆未満で入力してください）"):
            parse_number(big)


def test_a_misplaced_comma_in_an_actual_is_refused_and_a_share_over_100_questioned(w, client):
    """Walked: 実績値 「80,5」 was saved as 805 (達成率 847.4%, A), 「1,2345」 as 12,345, without a word. A comma not
    in groups of three is refused with what to type; 805 for 取得率 (%, target 95) is saved and questioned."""
    client.force_login(w.users["editor"])
    report = next(r for r in _reports(w.round, "市民課") if r.initiative.indicators.filter(unit="%").exists())
    share = report.initiative.indicators.get(unit="%")
    url = reverse("progress:report", args=[report.pk])
    post = report_post(report, version_in(client.get(url)), status=Status.IN_PROGRESS)
    response = client.post(url, {**post, f"a{share.pk}_value": "80,5"})
    page = response.content.decode()
    assert response.status_code == 400
    assert "桁区切りのカンマの位置が正しくありません（「80,5」）。小数なら「80.5」、整数なら「805」と入力してください" in page
    count = w.report.initiative.indicators.get()
    count_url = reverse("progress:report", args=[w.report.pk])
    post = report_post(w.report, version_in(client.get(count_url)), status=Status.IN_PROGRESS)
    response = client.post(count_url, {**post, f"a{count.pk}_value": "1,2345"})
    assert response.status_code == 400 and "（「1,2345」）" in response.content.decode()
    assert not RecordedActual.objects.filter(report__in=[report, w.report]).exists()

    post = report_post(report, version_in(client.get(url)), status=Status.IN_PROGRESS)
    response = client.post(url, {**post, f"a{share.pk}_value": "805"}, follow=True)
    messages = [(m.level_tag, str(m)) for m in response.context["messages"]]
    assert messages == [
        ("success", "保存しました。"),
        ("warning", f"{share.label}の実績値が100%を超えています（805%、目標値 95%）。入力に誤りがないか確認してください。"),
    ]
    assert RecordedActual.objects.get(report=report, indicator=share).value == 805  # saved: a warning, not a refusal
    post = report_post(report, version_in(client.get(url)), status=Status.IN_PROGRESS)
    response = client.post(url, {**post, f"a{share.pk}_value": "80.5"}, follow=True)
    assert [str(m) for m in response.context["messages"]] == ["保存しました。"]


def test_a_malformed_correction_of_a_recorded_actual_gets_one_message(w, client):
    """「12.5.3」 typed over a recorded actual read 「数値で入力してください」 and also 「登録済みの実績値は空に
    できません」: the second sent the user to look for a field they had not emptied."""
    url = reverse("progress:report", args=[w.report.pk])
    client.force_login(w.users["editor"])
    indicator = w.report.initiative.indicators.get()
    post = report_post(w.report, version_in(client.get(url)), status=Status.IN_PROGRESS)
    assert client.post(url, {**post, f"a{indicator.pk}_value": "10800"}).status_code == 302
    post = report_post(w.report, version_in(client.get(url)), status=Status.IN_PROGRESS)
    response = client.post(url, {**post, f"a{indicator.pk}_value": "12.5.3"})
    text = response.content.decode()
    assert response.status_code == 400 and "数値で入力してください" in text
    assert "登録済みの実績値は空にできません" not in text
    assert RecordedActual.objects.get(report=w.report, indicator=indicator).value == 10800


def test_an_actual_below_the_baseline_is_saved_with_a_warning_and_its_negative_rate_shown(w, client):
    """Walked: 9,330件 against a baseline of 10,000件 and a target of 11,000件 was saved without a word and the page
    read 達成率 -67.0%. It is saved (a decline happens) and the department is asked to check it; the rate stays as
    it is, not 0%."""
    indicator = w.report.initiative.indicators.get()
    indicator.baseline_fy, indicator.baseline_value, indicator.has_baseline = 2023, 10000.0, True
    indicator.save()
    url = reverse("progress:report", args=[w.report.pk])
    client.force_login(w.users["editor"])
    post = report_post(w.report, version_in(client.get(url)), status=Status.IN_PROGRESS)
    response = client.post(url, {**post, f"a{indicator.pk}_value": "9330"}, follow=True)
    assert response.status_code == 200
    messages = [(m.level_tag, str(m)) for m in response.context["messages"]]
    assert messages == [
        ("success", "保存しました。"),
        ("warning", "証明書交付件数の実績値が基準値を下回っています（達成率 -67.0%）。入力に誤りがないか確認してください。"),
    ]
    assert RecordedActual.objects.get(report=w.report, indicator=indicator).value == 9330
    assert "-67.0%" in response.content.decode()
    post = report_post(w.report, version_in(client.get(url)), status=Status.IN_PROGRESS)
    response = client.post(url, {**post, f"a{indicator.pk}_value": "10500"}, follow=True)  # above it: 50.0%
    assert [str(m) for m in response.context["messages"]] == ["保存しました。"]


def test_submitting_an_actual_below_the_baseline_holds_the_submission_once(w, client):
    """Walked: with 「保存して提出する」 the warning came once the report was locked — the department could not correct
    what it was asked to check. Entered so, the report is saved, not submitted, with the warning; submitted again
    unchanged, it goes."""
    indicator = w.report.initiative.indicators.get()
    indicator.baseline_fy, indicator.baseline_value, indicator.has_baseline = 2023, 10000.0, True
    indicator.save()
    url = reverse("progress:report", args=[w.report.pk])
    client.force_login(w.users["editor"])
    post = report_post(w.report, version_in(client.get(url)), status=Status.IN_PROGRESS)
    response = client.post(url, {**post, f"a{indicator.pk}_value": "9330", "action": "submit"}, follow=True)
    messages = [(m.level_tag, str(m)) for m in response.context["messages"]]
    assert messages == [
        ("success", "保存しました。"),
        ("warning", "証明書交付件数の実績値が基準値を下回っています（達成率 -67.0%）。入力に誤りがないか確認してください。"),
        ("warning", "まだ提出していません。実績値を確認し、このままでよければもう一度「保存して提出する」を押してください。"),
    ]
    w.report.refresh_from_db()
    assert w.report.state == Report.State.DRAFT
    assert RecordedActual.objects.get(report=w.report, indicator=indicator).value == 9330
    post = report_post(w.report, version_in(client.get(url)), status=Status.IN_PROGRESS)
    response = client.post(url, {**post, f"a{indicator.pk}_value": "9330", "action": "submit"}, follow=True)
    w.report.refresh_from_db()
    assert w.report.state == Report.State.SUBMITTED


def test_submitting_without_an_actual_of_the_year_asks_first(w, client):
    """A report submitted with a status and no 実績値 for an indicator of the year was taken without a word (walked). The
    form names the indicators without one beside 「保存して提出する」 with a box to confirm; submitted unconfirmed, the
    report is saved, not submitted, and the notice says so; confirmed, or with the actual entered, it goes."""
    indicator = w.report.initiative.indicators.get()
    url = reverse("progress:report", args=[w.report.pk])
    client.force_login(w.users["editor"])
    page = client.get(url).content.decode()
    notice = page.split('id="missing-actuals"')[1].split("</div>")[0]
    assert f"実績値が未入力の指標があります</strong>：{indicator.label}" in notice
    assert ('<input type="checkbox" name="confirm_missing" value="1" id="confirm-missing" '
            'aria-describedby="missing-actuals missing-help"> <label for="confirm-missing">実績値が未入力のまま提出する</label>') in page
    post = report_post(w.report, version_in(client.get(url)), "submit", status=Status.IN_PROGRESS)
    response = client.post(url, post, follow=True)
    assert [(m.level_tag, str(m)) for m in response.context["messages"]] == [
        ("success", "保存しました。"),
        ("warning", f"実績値が未入力の指標があります：{indicator.label}。このまま提出しますか。まだ提出していません。実績値を入力するか、"
                    "このままでよければ「実績値が未入力のまま提出する」にチェックして、もう一度「保存して提出する」を押してください。"),
    ]  # fmt: skip
    report = Report.objects.get(pk=w.report.pk)
    assert (report.state, report.status) == (Report.State.DRAFT, Status.IN_PROGRESS)
    post = report_post(w.report, version_in(client.get(url)), "submit", status=Status.IN_PROGRESS, confirm_missing="1")
    client.post(url, post)
    assert Report.objects.get(pk=w.report.pk).state == Report.State.SUBMITTED


def test_an_actual_entered_or_written_in_words_needs_no_confirmation(w, client):
    indicator = w.report.initiative.indicators.get()
    url = reverse("progress:report", args=[w.report.pk])
    client.force_login(w.users["editor"])
    post = report_post(w.report, version_in(client.get(url)), "submit", status=Status.IN_PROGRESS,
                       **{f"a{indicator.pk}_text": "集計中"})  # fmt: skip
    client.post(url, post)
    assert Report.objects.get(pk=w.report.pk).state == Report.State.SUBMITTED
    assert 'id="missing-actuals"' not in client.get(url).content.decode()


def test_round_list_shows_each_role_its_rounds(w, client):
    rounds = reverse("progress:rounds")
    assert w.round.title not in client.get(rounds).content.decode()  # anonymous: nothing unpublished
    office = _page(client, w.users["office"], rounds)
    assert w.round.title in office and "回を開始できる計画" in office
    assert w.nobeoka.title in office and w.shibata.title not in office
    editor = _page(client, w.users["editor"], rounds)
    assert w.round.title in editor and "回を開始できる計画" not in editor
    other = _page(client, w.users["office_other"], rounds)
    assert w.round.title not in other and w.shibata.title in other


def test_opening_a_round_checks_its_input(w, client):
    url = reverse("progress:plan-rounds", args=[w.nobeoka.pk])
    page = _page(client, w.users["office"], url)
    assert "新しい回を開始する" in page and 'name="deadline"' in page
    assert '<option value="2024">令和6年度（2024）・作成済み</option>' in page
    future = (timezone.localdate() + timedelta(days=30)).isoformat()
    response = client.post(url, {"fy": "2024", "deadline": future, "reminder_days": "7"})
    assert response.status_code == 400 and "令和6年度の回はすでにあります" in response.content.decode()
    response = client.post(url, {"fy": "2023", "deadline": "来年", "reminder_days": "七"})
    text = response.content.decode()
    assert response.status_code == 400 and 'role="alert"' in text and 'href="#id_deadline"' in text
    assert Round.objects.filter(plan=w.nobeoka).count() == 1
    assert "新しい回を開始する" not in _page(client, w.users["viewer"], url)


def test_opening_a_round_says_how_many_initiatives_no_department_can_fill(w, client):
    """大野城市's round opened with 22 reports no department could fill or be reminded of, and nothing said so (found
    walking a round)."""
    from shinchoku.plans.models import InitiativeDepartment

    InitiativeDepartment.objects.filter(initiative__plan=w.nobeoka, department__name="水道課").delete()
    orphans = w.nobeoka.initiatives.filter(department_links__isnull=True).count()
    assert orphans > 0
    url = reverse("progress:plan-rounds", args=[w.nobeoka.pk])
    _page(client, w.users["office"], url)
    future = (timezone.localdate() + timedelta(days=30)).isoformat()
    response = client.post(url, {"fy": "2023", "deadline": future, "reminder_days": "7"}, follow=True)
    assert f"担当課が設定されていない取組が{orphans}件あります。" in response.content.decode()


def test_round_page_at_a_glance(w, client):
    round_ = w.round
    office, editor = w.users["office"], w.users["editor"]
    civic = list(_reports(round_, "市民課"))
    assert len(civic) == 6
    # 市民課: one submitted, one returned, one approved, three not started
    convenience = next(r for r in civic if r.pk == w.report.pk)
    indicator = convenience.initiative.indicators.get()
    services.save_report(convenience, version=convenience.version, fields={"status": Status.IN_PROGRESS,
                         "self_grade": "B"}, actuals={indicator.pk: (12500.0, "", "")})  # fmt: skip
    services.submit_report(convenience, editor)  # 12,500 of 11,000: computed A, self B
    returned, approved = [r for r in civic if r.pk != convenience.pk][:2]
    for report in (returned, approved):
        services.save_report(report, version=report.version, fields={"status": Status.IN_PROGRESS})
        services.submit_report(report, editor)
    services.return_report(returned, office, "数値を確認してください")
    services.approve_report(approved, office)
    # 水道課's 給水装置工事 is scheduled for 令和6年度 but not started: behind schedule
    water = _reports(round_, "水道課").get(initiative__title__startswith="給水装置工事")
    assert water.initiative.schedule.filter(fy=2024).exists()
    services.save_report(water, version=water.version, fields={"status": Status.NOT_STARTED})
    Round.objects.filter(pk=round_.pk).update(deadline=date.today() - timedelta(days=1))

    text = _page(client, office, reverse("progress:round", args=[round_.pk]))
    row = re.search(
        r'<tr class="late"><th scope="row">市民課 <span class="tag late-tag">期限超過</span></th>(.*?)</tr>',
        text,
    )
    assert row, "市民課 is overdue and marked so in words"
    assert re.findall(r'<td class="num">(\d+)</td>', row.group(1)) == ["3", "1", "1", "1", "6"]
    assert "提出期限を過ぎて未提出の担当課" in text and "市民課（4件）" in text
    assert "給水装置工事" in text.split('id="behind-h"')[1].split("</section>")[0]
    grades = text.split('id="grade-h"')[1].split("</table>")[0]
    mynumber = re.search(
        r"<th scope=\"row\">マイナンバーカードの普及・活用促進</th>(.*?)</tr>", grades
    ).group(1)
    # A B C D total: the three drafts are 「未提出」, not D
    assert re.findall(r'<td class="num">(\d+)</td>', mynumber) == ["1", "0", "0", "0", "1"]
    assert "提出状況：提出済 1件／承認済 1件／差戻し 1件／未提出 78件" in text
    listed = text.split('id="reports-h"')[1]
    convenience_row = re.search(rf'<tr class="disagree">\s*<th scope="row"><a href="/reports/{convenience.pk}/">.*?</tr>',
                                listed, re.S).group(0)  # fmt: skip
    assert "⚠ 不一致" in convenience_row  # said in words, not only by colour
    assert "締め切る" in text and "未提出の担当課に督促する" in text

    # filters: only the disagreements; only what the editor may fill in
    only = _page(client, office, reverse("progress:round", args=[round_.pk]), disagree="1")
    assert "1件を表示（全81件）" in only
    mine = _page(client, editor, reverse("progress:round", args=[round_.pk]), mine="1")
    assert "4件を表示（全81件）" in mine  # 3 drafts + the returned one; submitted/approved are locked
    assert "締め切る" not in mine and "公表する" not in mine


def test_report_page_marks_interpolated_targets(w, client):
    """新発田市's オープンデータ公開件数 has 10 in R5 and 15 in R8: R6's target 12 (11.67, written whole as the plan
    writes its figures) is interpolated."""
    round_ = services.open_round(w.shibata, 2024, date.today() + timedelta(days=30))
    report = round_.reports.get(initiative__code="4")
    text = _page(client, w.users["office_other"], reverse("progress:report", args=[report.pk]))
    assert re.search(r'<td class="num">12 <span class="interpolated">※補間</span></td>', text)
    assert "前後の年度の目標値" in text
    fixed = round_.reports.get(initiative__code="12")  # マイナンバーカードの普及率: a printed R6 target
    assert "※補間</span>" not in _page(
        client, w.users["office_other"], reverse("progress:report", args=[fixed.pk])
    )


def test_grade_override_needs_a_written_reason(w, client):
    url = reverse("progress:report-grade", args=[w.report.pk])
    client.force_login(w.users["office"])
    response = client.post(url, {"grade": "B", "reason": " "})
    assert response.status_code == 400 and "評価を変更する理由を記入してください" in response.content.decode()
    assert Report.objects.get(pk=w.report.pk).review_grade == ""
    response = client.post(url, {"grade": "S", "reason": "特に優れている"})
    assert response.status_code == 400 and Report.objects.get(pk=w.report.pk).review_grade == ""
    assert (
        client.post(url, {"grade": "B", "reason": "指標外の成果（窓口混雑の解消）を考慮"}).status_code == 302
    )
    page = client.get(reverse("progress:report", args=[w.report.pk])).content.decode()
    assert "計画担当の評価" in page and "指標外の成果（窓口混雑の解消）を考慮" in page
    assert Report.objects.get(pk=w.report.pk).final_grade == "B"
    # the editor reads the grade and its reason but has no form to change it
    editor = _page(client, w.users["editor"], reverse("progress:report", args=[w.report.pk]))
    assert "指標外の成果（窓口混雑の解消）を考慮" in editor and "評価を保存する" not in editor


def test_the_grade_override_says_what_it_replaces_and_when_it_counts(w, client):
    """The form said only 「算定された評価は D（評価できない）です」 even for a draft, which counts
    nowhere until submitted; it now says so, and what the chosen grade is used for."""
    client.force_login(w.users["office"])
    url = reverse("progress:report", args=[w.report.pk])
    draft = _text(client.get(url).content.decode())
    assert "この報告はまだ提出されていないため、評価に数えていません（集計では「未提出」）。" in draft
    assert (
        "委員会報告・公表・集計には算定評価の代わりにその評価が使われます。選ばなければ算定評価のままです。"
        in draft
    )
    assert "（変更しない:算定評価を使う）" in draft
    # nothing entered yet: no 「D 評価できない」 on an empty draft
    assert (
        "算定評価未算定（進捗状況・実績値を入力すると算定します）" in draft and "D評価できない（" not in draft
    )
    assert "算定評価はまだありません（進捗状況・実績値が未入力）。" in draft
    report = Report.objects.get(pk=w.report.pk)
    services.save_report(
        report, version=report.version, fields={"status": Status.IN_PROGRESS},
        actuals={report.initiative.indicators.first().pk: (11000.0, "", "")},
    )  # fmt: skip
    services.submit_report(report, None)
    submitted = _text(client.get(url).content.decode())
    assert "算定評価はB（目標どおり）です。" in submitted and "評価に数えていません" not in submitted


def _text(html: str) -> str:
    return re.sub(r"\s+", "", re.sub(r"<[^>]+>", "", html)).replace("&quot;", '"')


def test_a_recorded_actual_is_corrected_never_erased(w, client):
    report, url = w.report, reverse("progress:report", args=[w.report.pk])
    indicator = report.initiative.indicators.get()
    services.save_report(report, version=report.version, fields={}, actuals={indicator.pk: (9800.0, "", "")})
    client.force_login(w.users["editor"])
    version = version_in(client.get(url))
    response = client.post(url, report_post(report, version, achievements="実績値を消したい"))
    assert response.status_code == 400 and "登録済みの実績値は空にできません" in response.content.decode()
    assert RecordedActual.objects.get(report=report).value == 9800
    response = client.post(url, report_post(report, version, **{f"a{indicator.pk}_value": "9,850"}))
    assert response.status_code == 302 and RecordedActual.objects.get(report=report).value == 9850


def test_targets_cannot_be_cleared_from_the_form(w, client):
    indicator = w.report.initiative.indicators.get()
    url = reverse("progress:targets", args=[indicator.pk])
    client.force_login(w.users["office"])
    response = client.post(url, {"fy_2021": "8000", "fy_2022": "9000", "fy_2023": "", "fy_2024": "11000",
                                 "fy_2025": "12000", "reason": "誤り"})  # fmt: skip
    assert response.status_code == 400 and "目標値は削除できません" in response.content.decode()
    assert IndicatorValue.objects.filter(
        indicator=indicator, kind=ValueKind.TARGET, fy=2023, value=10000
    ).exists()
    unchanged = {
        "fy_2021": "8000",
        "fy_2022": "9000",
        "fy_2023": "10000",
        "fy_2024": "11000",
        "fy_2025": "12000",
    }
    response = client.post(url, {**unchanged, "reason": ""}, follow=True)
    assert "目標値に変更はありません" in response.content.decode()


def test_closed_round_is_frozen_in_the_pages(w, client):
    services.close_round(Round.objects.get(pk=w.round.pk))
    report_url = reverse("progress:report", args=[w.report.pk])
    assert "報告の入力" not in _page(client, w.users["editor"], report_url)
    office = _page(client, w.users["office"], report_url)
    assert "報告の入力" not in office and "評価を保存する" not in office and "締切時に確定" in office
    board = _page(client, w.users["office"], reverse("progress:round", args=[w.round.pk]))
    assert "締め切る" not in board and "公表する" in board
    # the grade table's caption: two sentences, not 「…の件数提出済・承認済…」 run together
    assert "評価（計画担当の評価、なければ締切時に確定した評価）の件数。提出済・承認済の報告だけを数えます。" in board
    client.force_login(w.users["office"])
    response = client.post(reverse("progress:round-close", args=[w.round.pk]), {"confirm": "1"})
    assert response.status_code == 400 and "締め切られています" in response.content.decode()
    response = client.post(
        reverse("progress:report", args=[w.report.pk]), report_post(w.report, 1, achievements="x")
    )
    assert response.status_code == 403


def test_a_closed_round_does_not_offer_reminders(w, client):
    """A closed round's page still said 「督促: 自動の督促は期限の7日前から（「督促する」ボタンはいつでも
    送れます）」 where no such button is left and no reminder goes out any more."""
    url = reverse("progress:round", args=[w.round.pk])
    assert "「督促する」ボタンはいつでも送れます" in _page(client, w.users["office"], url)
    services.close_round(Round.objects.get(pk=w.round.pk))
    board = _page(client, w.users["office"], url)
    assert "督促する" not in board and "自動の督促" not in board


def test_post_only_endpoints_refuse_other_methods(w, client):
    client.force_login(w.users["office"])
    for name in ("round-close", "round-publish", "round-unpublish", "round-remind"):
        assert client.get(reverse(f"progress:{name}", args=[w.round.pk])).status_code == 405
    for name in ("report-review", "report-grade"):
        assert client.get(reverse(f"progress:{name}", args=[w.report.pk])).status_code == 405
    assert client.delete(reverse("progress:report", args=[w.report.pk])).status_code == 405
    assert Report.objects.filter(pk=w.report.pk).exists()


def test_a_buttons_address_opened_says_so_in_japanese(w, client):
    """Reloading the reminder confirmation (or opening /rounds/N/reminders/ from the history) showed
    the browser's own 「HTTP ERROR 405」, an empty answer: a page in Japanese now says nothing was
    done and links back to the round; the status and Allow stay, and the API answers for itself."""
    client.force_login(w.users["office"])
    response = client.get(reverse("progress:round-remind", args=[w.round.pk]))
    page = response.content.decode()
    assert response.status_code == 405 and response["Allow"] == "POST"
    assert "この操作はボタンから行います" in page and "何も変更していません" in page
    assert f'href="{reverse("progress:round", args=[w.round.pk])}"' in page
    response = client.get(reverse("progress:report-review", args=[w.report.pk]))
    assert response.status_code == 405
    assert f'href="{reverse("progress:report", args=[w.report.pk])}"' in response.content.decode()
    assert "この操作はボタンから行います" not in client.delete("/api/v1/").content.decode()


def test_send_reminders_command(w, mailoutbox):
    out = StringIO()
    Round.objects.filter(pk=w.round.pk).update(deadline=date.today() + timedelta(days=30), reminder_days=7)
    call_command("send_reminders", stdout=out)
    # why none: it printed 「督促した担当課はありません。」 alone (walked)
    deadline, start = date.today() + timedelta(days=30), date.today() + timedelta(days=23)
    assert (
        f"督促した担当課はありません。督促は提出期限の7日前から送ります。未提出の報告の提出期限は最も早いもので"
        f"{deadline_label(deadline)}、督促を送るのは{deadline_label(start)}からです（今すぐ送るには、回の画面の「督促する」を使います）。"
    ) in out.getvalue()
    assert mailoutbox == []
    Round.objects.filter(pk=w.round.pk).update(deadline=date.today() + timedelta(days=2))
    out = StringIO()
    call_command("send_reminders", "--round", str(w.round.pk), stdout=out)
    assert "令和6年度の実績" in out.getvalue() and "督促しました:" in out.getvalue()
    assert "市民課" in out.getvalue() and "健康増進課" in out.getvalue()
    assert {m.to[0] for m in mailoutbox} == {"shimin@city.nobeoka.example", "kenko@city.nobeoka.example"}
    assert "次の取組6件の報告が未提出です" in next(
        m.body for m in mailoutbox if m.to == ["shimin@city.nobeoka.example"]
    )
    out = StringIO()
    call_command("send_reminders", "--round", str(w.round.pk), stdout=out)  # the same day again
    again = "督促した担当課はありません。今日すでに督促した担当課: 健康増進課、市民課（同じ担当課へは1日1回まで）。"
    assert again in out.getvalue()
    services.close_round(Round.objects.get(pk=w.round.pk))
    with pytest.raises(CommandError, match="締め切られています"):
        call_command("send_reminders", "--round", str(w.round.pk))
    with pytest.raises(CommandError, match="ありません"):
        call_command("send_reminders", "--round", "999999")
    out = StringIO()
    call_command("send_reminders", stdout=out)
    assert "受付中の回はありません" in out.getvalue()


def test_pages_need_a_fixed_number_of_queries(w, client, django_assert_max_num_queries):
    """81 reports, each checked against the user's permissions: no query per report."""
    client.force_login(w.users["editor"])
    for url in (reverse("progress:round", args=[w.round.pk]), reverse("progress:report", args=[w.report.pk])):
        with django_assert_max_num_queries(16):
            assert client.get(url).status_code == 200


def test_reminders_without_a_configured_mailer_list_the_departments_only(w, client, mailoutbox, settings):
    settings.MAILERS = {}  # production without SMTP: no mailer
    Round.objects.filter(pk=w.round.pk).update(deadline=date.today() - timedelta(days=3))
    client.force_login(w.users["office"])
    url = reverse("progress:round-remind", args=[w.round.pk])
    text = client.post(url, {"confirm": "1"}, follow=True).content.decode()
    assert "メールの送信が設定されていないため" in text and "市民課" in text and mailoutbox == []
    out = StringIO()
    call_command("send_reminders", stdout=out)
    assert "督促の対象:" in out.getvalue() and "市民課" in out.getvalue() and mailoutbox == []


def test_report_page_says_how_a_grade_without_a_numeric_kpi_was_reached(w, client):
    # 水道課's 給水装置工事: no numeric target for 令和6年度, a step scheduled in it
    water = _reports(w.round, "水道課").get(initiative__title__startswith="給水装置工事")
    assert water.initiative.schedule.filter(fy=2024).exists()
    services.save_report(
        water, version=water.version, fields={"status": Status.NOT_STARTED, "self_grade": "A"}
    )
    text = _page(client, w.users["office"], reverse("progress:report", args=[water.pk]))
    # the step missed: the lowest grade whatever the self-grade (A), and the basis says the 工程, not the self-grade
    assert re.search(
        r'<span class="grade">C</span> 遅れている <span class="muted">（工程による（年度の工程に達していない））</span>', text
    )
    water.refresh_from_db()
    services.save_report(water, version=water.version, fields={"status": Status.IN_PROGRESS})
    services.submit_report(water, w.users["office"])
    text = _page(client, w.users["office"], reverse("progress:report", args=[water.pk]))
    # its KPI's target for the year (interpolated) has no actual: the step reached does not stand in for it
    # (a department earned B by leaving the actual blank; found walking a round)
    assert '<span class="grade">D</span> 評価できない <span class="muted">（指標の実績値が未入力）</span>' in text

    # with nothing to measure this year the step and the self-grade judge, as before
    from shinchoku.plans.models import IndicatorValue

    IndicatorValue.objects.filter(indicator__initiative=water.initiative).delete()
    text = _page(client, w.users["office"], reverse("progress:report", args=[water.pk]))
    assert (
        '<span class="grade">A</span> 目標を上回る <span class="muted">（工程と自己評価による）</span>'
        in text
    )


def test_an_actual_in_words_only_is_said_not_to_be_a_number_not_missing(w, client):
    """「集計中（4月に確定）」 as the actual, no number: the page showed it as the 実績値 and the grade said
    「D 評価できない（指標の実績値が未入力）」 beside it (found walking a round)."""
    water = _reports(w.round, "水道課").get(initiative__title__startswith="給水装置工事")
    indicator = water.initiative.indicators.get()
    services.save_report(water, version=water.version, fields={"status": Status.IN_PROGRESS},
                         actuals={indicator.pk: (None, "集計中（4月に確定）", "")})  # fmt: skip
    services.submit_report(water, w.users["office"])
    text = _page(client, w.users["office"], reverse("progress:report", args=[water.pk]))
    assert "集計中（4月に確定）" in text
    assert (
        '<span class="grade">D</span> 評価できない <span class="muted">（実績値が数値でないため算定できません）</span>'
        in text
    )
    assert "指標の実績値が未入力" not in text
    # words recorded are corrected, never emptied (services.empties_actual)
    water.refresh_from_db()
    with pytest.raises(services.InvalidValue):
        services.save_report(water, version=water.version, fields={}, actuals={indicator.pk: (None, "", "")})


def test_a_past_deadline_is_asked_about_before_the_round_opens(w, client, mailoutbox):
    """A typo in the year opened a round already overdue: the first mail each department got was
    【提出期限超過】. A past deadline now needs a tick (recording a past year's round is still possible)."""
    url = reverse("progress:plan-rounds", args=[w.nobeoka.pk])
    _page(client, w.users["office"], url)
    yesterday = timezone.localdate() - timedelta(days=1)
    response = client.post(url, {"fy": "2023", "deadline": yesterday.isoformat(), "reminder_days": "7"})
    text = response.content.decode()
    assert response.status_code == 400
    assert f"提出期限（{deadline_label(yesterday)}）は過ぎた日付です。" in text
    assert not Round.objects.filter(plan=w.nobeoka, fy=2023).exists()
    response = client.post(
        url, {"fy": "2023", "deadline": yesterday.isoformat(), "reminder_days": "7", "past_deadline": "on"}
    )
    assert response.status_code == 302 and Round.objects.filter(plan=w.nobeoka, fy=2023).exists()
    today = client.post(
        url, {"fy": "2022", "deadline": timezone.localdate().isoformat(), "reminder_days": "7"}
    )
    assert today.status_code == 302  # today is not past


def test_people_are_named_family_name_first(w, client):
    """「花子 計画がダウンロード」 (Django's given-name-first full name) and 「— t-office」 (the login
    name) on the round's record: a colleague is 「計画 花子」 on pages and in files."""
    import io

    import openpyxl
    from django.contrib.auth import get_user_model

    office = w.users["office"]
    get_user_model().objects.filter(pk=office.pk).update(last_name="計画", first_name="花子")
    client.force_login(get_user_model().objects.get(pk=office.pk))
    later = (w.round.deadline + timedelta(days=7)).isoformat()
    client.post(reverse("progress:round-extend", args=[w.round.pk]), {"deadline": later, "department": ""})
    page = client.get(reverse("progress:round", args=[w.round.pk])).content.decode()
    assert "— 計画 花子</li>" in page and "計画 花子（延岡市・計画担当）" in page
    # the round's record has the time of day (a reopening and an extension on the same day), local time
    assert re.search(r"<li>令和\d+年\d+月\d+日 \d{1,2}:\d{2} 期限の延長（提出期限 ", page)
    sheet = openpyxl.load_workbook(
        io.BytesIO(client.get(reverse("exports-input-xlsx", args=[w.round.pk])).content)
    )
    assert sheet.worksheets[0].cell(2, 2).value.endswith("（計画 花子がダウンロード）")


def test_a_report_page_names_who_submitted_and_approved_it_to_its_staff(w, client):
    """The report page said 「提出 令和8年12月4日 23:43」 and nothing of who: the plan office reviewing
    it could not tell which colleague of 市民課 submitted it, nor after approval who approved it. The
    municipality's staff see both names; the public page of the published report names nobody."""
    from django.contrib.auth import get_user_model

    get_user_model().objects.filter(pk=w.users["office"].pk).update(last_name="計画", first_name="花子")
    report = Report.objects.get(pk=w.report.pk)
    services.save_report(report, version=report.version, fields={"status": Status.IN_PROGRESS})
    services.submit_report(report, w.users["editor"])
    url = reverse("progress:report", args=[w.report.pk])
    page = _page(client, w.users["office"], url)
    assert re.search(r"<dt>提出</dt><dd>令和\d+年\d+月\d+日 \d{1,2}:\d{2}　t-editor</dd>", page), page
    services.approve_report(Report.objects.get(pk=w.report.pk), get_user_model().objects.get(pk=w.users["office"].pk))
    page = _page(client, w.users["editor"], url)
    assert re.search(r"<dt>承認</dt><dd>令和\d+年\d+月\d+日 \d{1,2}:\d{2}　計画 花子</dd>", page), page
    round_ = Round.objects.get(pk=w.round.pk)
    services.close_round(round_)
    services.publish_round(round_)
    client.logout()
    public = client.get(url).content.decode()
    assert "<dt>提出</dt>" in public and "t-editor" not in public and "計画 花子" not in public
    assert "<dt>承認</dt>" not in public


def test_who_submits_a_report_is_told_what_comes_next(w, client):
    """A department waits for the plan office; the plan office submitting a department's report on its
    page read 「計画担当の確認をお待ちください」 too, a wait for itself (found walking a round)."""
    url = reverse("progress:report", args=[w.report.pk])
    client.force_login(w.users["office"])
    version = version_in(client.get(url))
    response = client.post(url, report_post(w.report, version, "submit", status=Status.IN_PROGRESS, confirm_missing="1"),
                           follow=True)
    page = response.content.decode()
    assert Report.objects.get(pk=w.report.pk).state == Report.State.SUBMITTED
    assert "提出しました。承認・差戻しはこの画面の「計画担当の確認」から行えます。" in page
    assert "お待ちください" not in page and "計画担当の確認" in page
    services.return_report(Report.objects.get(pk=w.report.pk), w.users["office"], comment="根拠を記入してください。")
    client.force_login(w.users["editor"])
    version = version_in(client.get(url))
    response = client.post(url, report_post(w.report, version, "submit", status=Status.IN_PROGRESS, confirm_missing="1"),
                           follow=True)
    assert "提出しました。計画担当の確認をお待ちください。" in response.content.decode()


def test_a_kpi_in_percent_less_and_a_small_number_are_read_back_as_typed(w, client):
    """「25%減」 for a KPI counted in 「%減」 was refused although the form says units may be typed; 0.000001 came
    back in its field as 「1e-06」, which the same form then refused, so nothing else could be saved (found
    walking a round)."""
    client.force_login(w.users["editor"])
    report = next(r for r in _reports(w.round, "市民課") if r.initiative.indicators.filter(unit="%").exists())
    indicator = report.initiative.indicators.filter(unit="%").first()
    type(indicator).objects.filter(pk=indicator.pk).update(unit="%減")
    url = reverse("progress:report", args=[report.pk])
    page = client.get(url)
    assert "全角数字と単位（%減）も入力できます" in page.content.decode()
    response = client.post(url, report_post(report, version_in(page), **{f"a{indicator.pk}_value": "２５％減"}))
    assert response.status_code == 302
    assert RecordedActual.objects.get(report=report, indicator=indicator).value == 25

    page = client.get(url)
    response = client.post(url, report_post(report, version_in(page), **{f"a{indicator.pk}_value": "0.000001"}))
    assert response.status_code == 302
    page = client.get(url).content.decode()
    assert f'name="a{indicator.pk}_value" value="0.000001"' in page
    assert '<td class="num">0.000001</td>' in page  # the table too (it showed 「0」)
    again = client.post(url, report_post(
        report, version_in(client.get(url)), issues="課題だけ直す", **{f"a{indicator.pk}_value": "0.000001"}
    ))  # fmt: skip
    assert again.status_code == 302


def test_a_percent_kpi_takes_the_percent_sign_as_the_excel_sheet_does(w, client):
    """「72.5%」 typed for a KPI in % was refused on the page (「数値で入力してください」) while the
    Excel sheet reads it; a 「%」 for a count stays refused on both."""
    client.force_login(w.users["editor"])
    report = next(r for r in _reports(w.round, "市民課") if r.initiative.indicators.filter(unit="%").exists())
    indicator = report.initiative.indicators.filter(unit="%").first()
    url = reverse("progress:report", args=[report.pk])
    page = client.get(url)
    assert "全角数字と単位（%）も入力できます" in page.content.decode()
    typed = {f"a{indicator.pk}_value": "７２．５％"}
    response = client.post(url, report_post(report, version_in(page), **typed))
    assert response.status_code == 302
    assert RecordedActual.objects.get(report=report, indicator=indicator).value == 72.5

    count = w.report.initiative.indicators.get()
    assert "%" not in count.unit
    url = reverse("progress:report", args=[w.report.pk])
    typed = {f"a{count.pk}_value": "85%"}
    response = client.post(url, report_post(w.report, version_in(client.get(url)), **typed))
    said = "この指標の単位は「件」です。「%」を付けずに、単位に合わせた数値を入力してください。"  # as the sheet says it
    assert response.status_code == 400 and said in response.content.decode()
    assert not RecordedActual.objects.filter(report=w.report).exists()


def test_a_count_typed_with_its_kpis_unit_is_read_on_the_page(w, client):
    """「12,345件」 typed for 証明書交付件数 (件) was refused on the report page (「数値で入力してください」)
    while the same with 「%」 is read for a KPI in %: the KPI's own unit is read, another is not."""
    url = reverse("progress:report", args=[w.report.pk])
    client.force_login(w.users["editor"])
    indicator = w.report.initiative.indicators.get()
    page = client.get(url).content.decode()
    assert "数値のみ。全角数字と単位（件）も入力できます。" in page
    version = version_in(client.get(url))
    post = report_post(w.report, version, status=Status.IN_PROGRESS)
    response = client.post(url, {**post, f"a{indicator.pk}_value": "１２，３４５件"})
    assert response.status_code == 302
    assert RecordedActual.objects.get(report=w.report, indicator=indicator).value == 12345
    version = version_in(client.get(url))
    post = report_post(w.report, version, status=Status.IN_PROGRESS)
    response = client.post(url, {**post, f"a{indicator.pk}_value": "12345人"})
    said = "この指標の単位は「件」です。「人」を付けずに、数値だけを入力してください。"
    assert response.status_code == 400 and said in response.content.decode()


def test_each_actual_field_names_its_indicator(w, client):
    """Two KPIs in one unit were both labelled 「実績値（数値）（%）」: the error did not say which was
    wrong, and a screen reader heard the same label for both."""
    client.force_login(w.users["office"])
    report = next(
        r for r in w.round.reports.select_related("initiative") if r.initiative.indicators.count() >= 2
    )
    first, second = list(report.initiative.indicators.order_by("position", "pk"))[:2]
    url = reverse("progress:report", args=[report.pk])
    page = client.get(url)
    html = page.content.decode()
    unit = f"（{second.unit}）" if second.unit else "（数値）"
    labels = re.findall(r'<label for="id_a\d+_value">([^<]*)</label>', html)
    assert f"指標『{first.name}』の実績値" + (f"（{first.unit}）" if first.unit else "（数値）") in labels
    assert f"指標『{second.name}』の実績値{unit}" in labels and len(set(labels)) == len(labels)
    assert f"指標『{second.name}』の実績値（原文）" in html and f"指標『{second.name}』の備考" in html
    response = client.post(url, report_post(report, version_in(page), **{f"a{second.pk}_value": "たくさん"}))
    text = response.content.decode()
    assert response.status_code == 400
    assert f'<a href="#id_a{second.pk}_value">指標『{second.name}』の実績値{unit}: 数値で入力してください' in text


def test_the_review_internals_stay_off_the_public_pages(w, client):
    """The public report page showed 「⚠ 不一致: 自己評価（B）と算定評価（A）」 and the public round page the
    per-課 submission table: both are the plan office's review, not the published evaluation."""
    convenience = Report.objects.get(pk=w.report.pk)
    indicator = convenience.initiative.indicators.get()
    services.save_report(convenience, version=convenience.version, fields={"status": Status.IN_PROGRESS,
                         "self_grade": "B"}, actuals={indicator.pk: (12500.0, "", "")})  # fmt: skip
    services.submit_report(convenience, w.users["editor"])  # 12,500 of 11,000: computed A, self B
    services.approve_report(convenience, w.users["office"])
    round_ = Round.objects.get(pk=w.round.pk)
    services.close_round(round_)
    # every report approved: the page is complete
    round_.reports.exclude(pk=convenience.pk).update(state=Report.State.APPROVED)
    services.publish_round(round_)
    round_url, report_url = reverse("progress:round", args=[round_.pk]), reverse("progress:report", args=[w.report.pk])

    client.logout()
    board = client.get(round_url).content.decode()
    report = client.get(report_url).content.decode()
    assert "不一致" not in board and "不一致" not in report and 'class="disagree"' not in board
    assert "担当課ごとの提出状況" not in board and "担当課ごとの報告数" not in board
    assert "自己評価と算定評価が異なるもののみ" not in board
    assert "施策体系ごとの評価の分布" in board  # the published evaluation stays
    assert "目標を上回る" in report and "12,500" in report
    assert "81件を表示（全81件）" in client.get(round_url, {"disagree": "1"}).content.decode()  # no such filter

    for user in ("viewer", "office"):
        client.force_login(w.users[user])
        board = client.get(round_url).content.decode()
        report = client.get(report_url).content.decode()
        office = user == "office"
        assert ("不一致" in board) is office and ("不一致" in report) is office
        assert ("担当課ごとの提出状況" in board) is office


def _plain(response) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", response.content.decode()))


def test_a_bad_or_missing_deadline_and_reminder_days_say_what_to_enter(w, client):
    """The open-round form said Django's 「日付を正しく入力してください。」 for a deadline typed
    「2026/12/25」 or 「令和8年12月25日」 and 「このフィールドは必須です。」 for an empty 督促を始める日数:
    neither which field nor in what form. Each now says what to enter; nothing is opened."""
    url = reverse("progress:plan-rounds", args=[w.nobeoka.pk])
    _page(client, w.users["office"], url)
    response = client.post(url, {"fy": "2023", "deadline": "来年の3月", "reminder_days": ""})
    text = _plain(response)
    assert response.status_code == 400
    assert "提出期限を 令和8年12月25日 または 2026-12-25 の形で入力してください。" in text
    assert "督促を始める日数を入力してください（提出期限の何日前から督促するか。0〜90 の数字、例: 7）。" in text
    assert "日付を正しく入力してください" not in text and "このフィールドは必須です" not in text
    response = client.post(url, {"fy": "2023", "deadline": "", "reminder_days": "100"})
    text = _plain(response)
    assert "提出期限を入力してください（例: 令和8年12月25日 または 2026-12-25）。" in text
    assert "督促を始める日数は 0〜90 の数字で入力してください（例: 7）。" in text
    assert not Round.objects.filter(plan=w.nobeoka, fy=2023).exists()

    # the ways staff write a day are read (the year after next: never a past date)
    year = timezone.localdate().year + 2
    for fy, typed in ((2023, f"令和{year - 2018}年12月25日（金）"), (2022, f"{year}/12/25")):
        response = client.post(url, {"fy": str(fy), "deadline": typed, "reminder_days": "７"})
        assert response.status_code == 302, _plain(response)
        round_ = Round.objects.get(plan=w.nobeoka, fy=fy)
        assert round_.deadline == date(year, 12, 25) and round_.reminder_days == 7


def test_a_bad_extended_deadline_says_what_to_enter(w, client):
    client.force_login(w.users["office"])
    before = Round.objects.get(pk=w.round.pk).deadline
    response = client.post(reverse("progress:round-extend", args=[w.round.pk]), {"deadline": "12/25", "department": ""})
    text = _plain(response)
    assert response.status_code == 400
    assert "新しい提出期限を 令和8年12月25日 または 2026-12-25 の形で入力してください。" in text
    assert "日付を正しく入力してください" not in text
    assert Round.objects.get(pk=w.round.pk).deadline == before


def test_a_target_the_plan_words_is_shown_where_the_target_is(w, client):
    """大野城市's 「導入を決定した全窓口」 (a 令和7年度 target in words) was 「—」 on the report the department fills, in the
    committee report and on the public page, and empty in the open data (found walking a round)."""
    from tests.exports.test_opendata import rows_of

    indicator = w.report.initiative.indicators.get()
    IndicatorValue.objects.filter(indicator=indicator, kind=ValueKind.TARGET, fy=w.round.fy).update(
        value=None, text="全窓口に導入"
    )
    client.force_login(w.users["editor"])
    url = reverse("progress:report", args=[w.report.pk])
    page = client.get(url).content.decode()
    assert "目標値: 全窓口に導入</p>" in page  # beside the input, without the KPI's unit
    version = version_in(client.get(url))
    response = client.post(url, report_post(
        w.report, version, "submit", status=Status.IN_PROGRESS, **{f"a{indicator.pk}_value": "10800"}
    ))  # fmt: skip
    assert response.status_code == 302
    services.approve_report(Report.objects.get(pk=w.report.pk), w.users["office"])
    client.force_login(w.users["office"])
    committee = client.get(reverse("exports-committee", args=[w.round.pk])).content.decode()
    assert '<td class="num">全窓口に導入</td>' in committee
    services.close_round(w.round)
    services.publish_round(w.round)
    client.logout()
    public = client.get(reverse("initiative", args=[w.report.initiative.pk])).content.decode()
    assert '<td class="num">全窓口に導入</td>' in public
    (row,) = [r for r in rows_of(client, w.nobeoka.municipality, "report_indicators")
              if r["指標名"] == indicator.name]  # fmt: skip
    assert (row["目標値"], row["目標値（原文）"], row["目標値の出典"], row["実績値"]) == ("", "全窓口に導入", "計画", "10800")


def test_a_kgi_and_a_kpi_of_one_name_are_told_apart(w, client):
    """大野城市 gives each initiative a KGI and a KPI of the same name: the report form, the Excel sheet and the committee
    report showed two identical 「オンライン申請できる手続数（累計）」 (the office returned a report over it; found walking a
    round). A KGI says so wherever figures are entered and read; the open data names each one's kind."""
    import io

    import openpyxl

    from shinchoku.plans.models import Indicator
    from tests.exports.test_opendata import rows_of

    kpi = w.report.initiative.indicators.get()
    kgi = Indicator.objects.create(initiative=kpi.initiative, name=kpi.name, unit=kpi.unit, kind="KGI", position=9)
    client.force_login(w.users["editor"])
    url = reverse("progress:report", args=[w.report.pk])
    page = client.get(url).content.decode()
    assert f"<legend>実績値: {kpi.name}（KGI）</legend>" in page and f"<legend>実績値: {kpi.name}</legend>" in page
    sheet = openpyxl.load_workbook(io.BytesIO(client.get(reverse("exports-input-xlsx", args=[w.round.pk])).content))
    names = [c.value for row in sheet["市民課"].iter_rows() for c in row if str(c.value or "").startswith(kpi.name)]
    assert names[:2] == [kpi.name, f"{kpi.name}（KGI）"]  # (the next initiative counts 証明書交付件数 too)
    # and the preview of the filled sheet says which figure is which
    from django.core.files.uploadedfile import SimpleUploadedFile

    rows = [r for r in range(4, sheet["市民課"].max_row + 1) if sheet["市民課"].cell(r, 7).value == f"{kpi.name}（KGI）"]
    sheet["市民課"].cell(rows[0], 11).value = 54000
    buffer = io.BytesIO()
    sheet.save(buffer)
    upload = SimpleUploadedFile("入力済み.xlsx", buffer.getvalue())
    preview = client.post(reverse("exports-input-upload", args=[w.round.pk]), {"file": upload}, follow=True)
    assert f"実績値（{kpi.name}（KGI））" in preview.content.decode()
    response = client.post(url, report_post(w.report, version_in(client.get(url)), "submit", status=Status.DONE, **{
        f"a{kpi.pk}_value": "10800", f"a{kgi.pk}_value": "54000"}))  # fmt: skip
    assert response.status_code == 302
    services.approve_report(Report.objects.get(pk=w.report.pk), w.users["office"])
    client.force_login(w.users["office"])
    committee = client.get(reverse("exports-committee", args=[w.round.pk])).content.decode()
    assert committee.count(f"{kpi.name}（KGI）") == 1 and f">{kpi.name}<" in committee  # the KPI unmarked
    history = client.get(reverse("initiative", args=[kpi.initiative.pk])).content.decode()
    assert f"報告された実績値（{w.round.title}・{kpi.name}（KGI））" in history
    services.close_round(w.round)
    services.publish_round(w.round)
    client.logout()
    public = client.get(reverse("initiative", args=[kpi.initiative.pk])).content.decode()
    assert f'<th scope="row">{kpi.name}（KGI）</th>' in public and f'<th scope="row">{kpi.name}</th>' in public
    api = client.get(f"/api/v1/reports/{w.report.pk}").json()
    assert sorted((i["kind"], i["actual"]) for i in api["evaluation"]["indicators"]) == [("KGI", 54000), ("KPI", 10800)]
    rows = [r for r in rows_of(client, w.nobeoka.municipality, "report_indicators") if r["指標名"] == kpi.name]
    assert sorted((r["指標の種別"], r["実績値"]) for r in rows) == [("KGI", "54000"), ("KPI", "10800")]


def test_evaluations_frozen_before_they_named_kind_and_worded_target_are_given_them(w, client):
    """A round closed before the evaluation said each indicator's kind and worded target kept showing 「—」 and no
    KGI mark (the review of the walk's fixes): the migration adds those display keys, no figure changes."""
    import importlib

    from django.apps import apps

    migration = importlib.import_module("shinchoku.progress.migrations.0005_evaluation_display_keys")
    indicator = w.report.initiative.indicators.get()
    IndicatorValue.objects.filter(indicator=indicator, kind=ValueKind.TARGET, fy=w.round.fy).update(
        value=None, text="全窓口に導入"
    )
    services.save_report(w.report, version=w.report.version, fields={"status": Status.IN_PROGRESS})
    services.submit_report(w.report, w.users["editor"])
    services.close_round(w.round)
    frozen = Report.objects.get(pk=w.report.pk).evaluation
    for item in frozen["indicators"]:
        del item["kind"], item["target_text"]  # as frozen before
    Report.objects.filter(pk=w.report.pk).update(evaluation=frozen)

    migration.add_display_keys(apps, None)
    (item,) = Report.objects.get(pk=w.report.pk).evaluation["indicators"]
    assert (item["kind"], item["target_text"], item["target"], item["rate"]) == ("KPI", "全窓口に導入", None, None)
    client.force_login(w.users["office"])
    page = client.get(reverse("progress:report", args=[w.report.pk])).content.decode()
    assert '<td class="num">全窓口に導入</td>' in page


def test_evaluations_frozen_before_they_carried_the_actuals_note_are_given_it(w, client):
    """A round closed before the evaluation carried each actual's 備考 printed none in the committee report and the open
    data while the report page showed it (the review of the walk's fix): the migration copies the recorded note."""
    import importlib

    from django.apps import apps

    from tests.exports.test_opendata import rows_of

    migration = importlib.import_module("shinchoku.progress.migrations.0006_evaluation_actual_notes")
    indicator = w.report.initiative.indicators.get()
    services.save_report(w.report, version=w.report.version, fields={"status": Status.IN_PROGRESS},
                         actuals={indicator.pk: (10800.0, "", "令和6年3月末時点")})  # fmt: skip
    services.submit_report(w.report, w.users["editor"])
    services.approve_report(Report.objects.get(pk=w.report.pk), w.users["office"])
    services.close_round(w.round)
    frozen = Report.objects.get(pk=w.report.pk).evaluation
    for item in frozen["indicators"]:
        del item["note"]  # as frozen before
    Report.objects.filter(pk=w.report.pk).update(evaluation=frozen)

    migration.add_notes(apps, None)
    (item,) = Report.objects.get(pk=w.report.pk).evaluation["indicators"]
    assert (item["note"], item["actual"]) == ("令和6年3月末時点", 10800)
    services.publish_round(w.round)
    rows = [r for r in rows_of(client, w.nobeoka.municipality, "report_indicators") if r["指標名"] == indicator.name]
    assert [r["実績値の備考"] for r in rows] == ["令和6年3月末時点"]


def test_approving_a_report_whose_grade_the_office_changed_says_so(w, client):
    """A report returned and corrected was approved and published with the office's earlier grade (C) and reason
    though its computed grade was B again, and nothing said the override was still there (found walking a round)."""
    report = Report.objects.get(pk=w.report.pk)
    indicator = report.initiative.indicators.get()
    services.save_report(report, version=report.version, fields={"status": Status.IN_PROGRESS},
                         actuals={indicator.pk: (11000.0, "", "")})  # fmt: skip
    services.submit_report(report, None)
    services.override_grade(report, w.users["office"], "C", "周知が不十分なため")
    services.return_report(report, w.users["office"], "実績値を確認してください")
    services.save_report(report, version=report.version, actuals={indicator.pk: (11500.0, "", "")}, fields={})
    services.submit_report(report, None)
    client.force_login(w.users["office"])
    page = _text(client.get(reverse("progress:report", args=[report.pk])).content.decode())
    assert "承認すると、算定評価（B）ではなく計画担当の評価（C）で公表されます。" in page


def test_a_departments_task_page_links_the_reports_it_submitted(w, client):
    """Walked: after submitting, /my/ said only 「提出済で計画担当の確認を待っている報告: 4件」, with no way back to them."""
    civic = list(w.round.reports.filter(initiative__department_links__department__name="市民課").order_by("pk"))
    for report in civic[:2]:
        report.state = Report.State.SUBMITTED
        report.save()
    page = _page(client, w.users["editor"], reverse("progress:tasks"))
    waiting = page[page.index("提出済で計画担当の確認を待っている報告: 2件") :]
    waiting = waiting[: waiting.index("</details>")]
    for report in civic[:2]:
        assert f'<a href="{reverse("progress:report", args=[report.pk])}">{report.initiative}</a>' in waiting


def test_send_reminders_says_when_its_links_use_the_default_address(w, mailoutbox, settings):
    """No SHINCHOKU_BASE_URL and no address recorded by demo / serve: the mails linked to :8000 without a word
    (found walking a round). The command now warns; with the served address recorded, the links use it."""
    Round.objects.filter(pk=w.round.pk).update(deadline=date.today() + timedelta(days=2))
    settings.SHINCHOKU_BASE_URL, settings.SHINCHOKU_BASE_URL_SOURCE = "http://127.0.0.1:8000", "default"
    out, err = StringIO(), StringIO()
    call_command("send_reminders", stdout=out, stderr=err)
    assert "注意: メールのリンクは既定のアドレス http://127.0.0.1:8000 で始まります" in err.getvalue()
    assert "SHINCHOKU_BASE_URL を設定してください" in err.getvalue() and "督促しました:" in out.getvalue()
    mailoutbox.clear()
    SentMail.objects.all().delete()
    settings.SHINCHOKU_BASE_URL, settings.SHINCHOKU_BASE_URL_SOURCE = "http://127.0.0.1:8742", "recorded"
    err = StringIO()
    call_command("send_reminders", stdout=StringIO(), stderr=err)
    assert err.getvalue() == ""
    assert "入力する画面: http://127.0.0.1:8742/my/" in mailoutbox[0].body


def test_the_reminder_confirmation_names_the_reports_no_department_is_reminded_of(w, client):
    """Round 4's 「未提出の担当課に督促する」 said 「…次の25課」 and left the report with no 担当課 out without a word,
    where 「回を開始」 had said 「担当課が設定されていない取組が1件あります…督促もされません」 (found walking a round): the
    confirmation says the same, in the same words."""
    from shinchoku.plans.models import InitiativeDepartment

    InitiativeDepartment.objects.filter(initiative__plan=w.nobeoka, department__name="水道課").delete()
    orphans = w.round.reports.filter(initiative__department_links__isnull=True).count()
    assert orphans > 0
    client.force_login(w.users["office"])
    text = client.post(reverse("progress:round-remind", args=[w.round.pk])).content.decode()
    assert "督促メールを送る担当課" in text
    assert (
        f"担当課が設定されていない取組が{orphans}件あります。その報告は担当課が入力できず、督促もされません。"
        "回のページの「担当課が設定されていない取組」で担当課を設定するか、計画担当が入力して提出してください。"
    ) in text
    # opening a round says it in the very same words
    future = (timezone.localdate() + timedelta(days=30)).isoformat()
    opened = client.post(reverse("progress:plan-rounds", args=[w.nobeoka.pk]),
                         {"fy": "2023", "deadline": future, "reminder_days": "7"}, follow=True)  # fmt: skip
    assert services.without_department_note(Round.objects.get(plan=w.nobeoka, fy=2023)) in opened.content.decode()


def test_a_target_is_typed_as_the_plan_prints_it(w, client):
    """「１２，５００件」 for a KPI counted in 件 was refused (「数値で入力してください」) although the report form takes
    the same figure: a target, a cell of the plan's 目標値 grid and a 基準値 are typed with their unit too."""
    indicator = w.report.initiative.indicators.get()
    indicator.unit = "件"
    indicator.save()
    client.force_login(w.users["office"])
    url = reverse("progress:targets", args=[indicator.pk])
    typed = {"fy_2021": "8000", "fy_2022": "9000", "fy_2023": "10000", "fy_2024": "11000", "fy_2025": "１２，５００件"}
    response = client.post(url, {**typed, "reason": "国の方針変更"})
    assert response.status_code == 302, response.content.decode()
    assert IndicatorValue.objects.get(indicator=indicator, kind=ValueKind.TARGET, fy=2025).value == 12500
    response = client.post(url, {**typed, "fy_2025": "12500人", "reason": "誤り"})
    said = "この指標の単位は「件」です。「人」を付けずに、数値だけを入力してください。"
    assert response.status_code == 400 and said in response.content.decode()


def test_send_reminders_says_reports_of_initiatives_without_a_department_are_no_ones_to_remind(w):
    """新発田市's round: 43 drafts, no 取組 with a 担当課 — the command said 「未提出・差戻しの報告はありません。」 (review)."""
    round_ = services.open_round(w.shibata, 2024, date.today() + timedelta(days=3))
    out = StringIO()
    call_command("send_reminders", "--round", str(round_.pk), stdout=out)
    count = round_.reports.count()
    assert f"担当課が設定されていない取組が{count}件あります。その報告は担当課が入力できず、督促もされません。" in out.getvalue()
    assert "未提出・差戻しの報告はありません" not in out.getvalue()
