"""The 進捗管理表 and 全体工程表 workbooks, opened with openpyxl, on the sample plans."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path
from urllib.parse import unquote

import openpyxl
import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import AnonymousUser
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from shinchoku.accounts.models import Membership, Role
from shinchoku.demo import build_demo_rounds
from shinchoku.exports import workbooks
from shinchoku.exports.committee import load_round_table
from shinchoku.importers import parse
from shinchoku.plans import queries
from shinchoku.plans.generate import multiply
from shinchoku.plans.loader import load_plan
from shinchoku.progress import services
from shinchoku.progress.models import Report, Status

pytestmark = pytest.mark.django_db
SAMPLES = Path(__file__).resolve().parents[2] / "samples" / "plans"
HEADER = workbooks.HEADER_ROW


@pytest.fixture
def shibata():
    plan = load_plan(parse(SAMPLES / "shibata.txt")).plan
    list(build_demo_rounds())
    return plan


@pytest.fixture
def nobeoka():
    return load_plan(parse(SAMPLES / "nobeoka.txt")).plan


def open_xlsx(content: bytes) -> openpyxl.Workbook:
    return openpyxl.load_workbook(io.BytesIO(content))


def progress(round_, user=None) -> openpyxl.Workbook:
    table = load_round_table(round_, user or AnonymousUser())
    return open_xlsx(workbooks.progress_workbook_bytes(table))


def headers(ws) -> dict[str, int]:
    """'具体的な取組' -> column, '令和5年度（対象年度）/実績値' -> column (group/sub-header)."""
    found, group = {}, ""
    for col in range(1, ws.max_column + 1):
        top, sub = ws.cell(HEADER, col).value, ws.cell(HEADER + 1, col).value
        if top and sub:
            group = top
        if sub:
            found[f"{group}/{sub}"] = col
        elif top:
            found[top] = col
    return found


def rows_of(ws, code) -> list[int]:
    return [r for r in range(HEADER + 2, ws.max_row + 1) if ws.cell(r, 1).value == code]


def test_progress_workbook_of_shibata_r5_has_the_printed_actuals_and_grades(shibata):
    r5 = shibata.rounds.get(fy=2023)
    wb = progress(r5)
    assert wb.sheetnames == ["進捗管理表", "集計"]
    ws = wb["進捗管理表"]
    assert ws["A1"].value == "新発田市情報化推進計画（個別取組）　進捗管理表（令和5年度）"
    assert (
        "A 目標を上回る（達成率110%以上）" in ws["A2"].value
        and "C 遅れている（達成率90%未満）" in ws["A2"].value
    )
    col = headers(ws)
    # the layout staff know: NO, 区分, 施策分野, 具体的な取組, 取組方針, KPI, then the years
    assert [ws.cell(HEADER, c).value for c in range(1, 8)] == [
        "番号", "区分", "施策分野", "具体的な取組", "取組方針", "担当課", "KPI（指標）"
    ]  # fmt: skip
    for year in ("令和3年度", "令和4年度"):
        assert f"{year}/目標値" in col and f"{year}/実績値" in col
    assert "令和6年度/目標値" not in col  # years after the round's are not reported on
    r5_target, r5_actual = col["令和5年度（対象年度）/目標値"], col["令和5年度（対象年度）/実績値"]

    (row,) = rows_of(ws, 12)
    assert ws.cell(row, col["具体的な取組"]).value == "マイナンバーカードの取得率及び利便性向上"
    assert ws.cell(row, col["区分"]).value == "市民向け情報施策"
    assert ws.cell(row, col["施策分野"]).value == "窓口業務の高度化"
    assert ws.cell(row, col["KPI（指標）"]).value == "マイナンバーカードの普及率"
    assert ws.cell(row, col["単位"]).value == "%"
    assert ws.cell(row, col["令和3年度/実績値"]).value == 37.8
    assert ws.cell(row, col["令和4年度/実績値"]).value == 68.3
    # the plan's words for its 令和5年度 (final) target, as the initiative page shows them (the rule of every output:
    # ``numbers.cell_value``); the rate is of the number, 40
    assert ws.cell(row, r5_target).value == "令和5年度までにマイナンバーカード普及率40%を達成"
    actual = ws.cell(row, r5_actual)
    assert actual.value == 80.7 and actual.data_type == "n" and actual.number_format == "#,##0.0"
    rate = ws.cell(row, col["達成率（令和5年度）"])
    assert rate.value == pytest.approx(80.7 / 40) and rate.number_format == "0.0%"
    assert [ws.cell(row, col[f"評価/{h}"]).value for h in ("算定評価", "自己評価", "評価")] == [
        "A",
        "A",
        "A",
    ]
    assert ws.cell(row, col["進捗状況"]).value == "実施中"
    assert ws.cell(row, col["提出状況"]).value == "承認済"
    later = "令和6年度～令和8年度：更なるマイナンバーカード普及率の向上（施設への働きかけ等の実施）"
    assert ws.cell(row, col["スケジュール（今後）"]).value == later
    # the demo writes no 取組実績 (a copy of the KPI table it was): the column stays the department's
    assert ws.cell(row, col["取組実績"]).value is None

    (row,) = rows_of(ws, 4)  # オープンデータ公開件数: 7 against 10, final target 15 in 令和8年度
    assert (ws.cell(row, r5_target).value, ws.cell(row, r5_actual).value) == (
        "令和5年までに推奨データセットに合わせた形式で公開件数10件を達成", 7
    )  # the target as the plan words it (its number, 10, gives the rate)
    assert ws.cell(row, col["最終目標/最終目標値"]).value == "令和8年度までに、推奨データセットに合わせた形式で公開件数15件を達成"
    assert ws.cell(row, col["最終目標/目標年度"]).value == "令和8年度"
    assert ws.cell(row, col["達成率（令和5年度）"]).value == pytest.approx(0.7)
    assert ws.cell(row, col["評価/評価"]).value == "C"

    (row,) = rows_of(ws, 1)  # no number printed: the text, not a number
    assert ws.cell(row, r5_actual).value == "(未実施)"
    assert ws.cell(row, col["評価/評価"]).value == "D"  # 未着手 with no step scheduled in 令和5年度

    rows = rows_of(ws, 7)  # three indicators: one row each, the initiative's short columns repeated
    assert len(rows) == 3
    assert [ws.cell(r, col["KPI（指標）"]).value for r in rows] == [
        "①電子入札の実施数", "②入札参加資格審査の電子申請数", "③電子契約の件数"
    ]  # fmt: skip
    assert {ws.cell(r, col["具体的な取組"]).value for r in rows} == {"入札事務の電子化、オンライン化の推進"}
    assert ws.cell(rows[0], r5_actual).value == 39.3 and ws.cell(rows[1], r5_actual).value == 0
    assert ws.cell(rows[0], col["取組方針"]).value and ws.cell(rows[1], col["取組方針"]).value is None

    (row,) = rows_of(ws, 11)  # 【完了】: the lifecycle status
    assert ws.cell(row, col["進捗状況"]).value == "完了"
    numbers = {ws.cell(r, 1).value for r in range(HEADER + 2, ws.max_row + 1)}
    assert numbers == set(range(1, 33)) | {36, 41}  # 【新】 ones with an actual by 令和5年度


def test_progress_workbook_is_set_up_for_filtering_and_printing(shibata):
    ws = progress(shibata.rounds.get(fy=2023))["進捗管理表"]
    col = headers(ws)
    first = HEADER + 2
    assert ws.freeze_panes == f"{openpyxl.utils.get_column_letter(col['具体的な取組'] + 1)}{first}"
    assert (
        ws.auto_filter.ref == f"A{HEADER + 1}:{openpyxl.utils.get_column_letter(ws.max_column)}{ws.max_row}"
    )
    assert ws.page_setup.orientation == "landscape" and int(ws.page_setup.paperSize) == 8  # A3
    # too wide for one A3 page at 8 pt: printed at 89%, across then down, the key columns repeated
    assert not ws.sheet_properties.pageSetUpPr.fitToPage and int(ws.page_setup.scale) == 89
    assert ws.page_setup.pageOrder == "overThenDown"
    assert ws.print_title_cols == f"$A:${openpyxl.utils.get_column_letter(col['具体的な取組'])}"
    assert ws.print_title_rows == f"${HEADER}:${HEADER + 1}"
    summary = progress(shibata.rounds.get(fy=2023))["集計"]  # narrow: one page wide
    assert summary.sheet_properties.pageSetUpPr.fitToPage and int(summary.page_setup.fitToWidth) == 1
    assert ws.cell(first, col["取組方針"]).alignment.wrap_text
    assert ws.cell(HEADER, col["令和5年度（対象年度）/目標値"]).value == "令和5年度（対象年度）"
    assert ws.cell(HEADER, col["令和5年度（対象年度）/実績値"]).value is None  # the year spans both columns
    assert f"{openpyxl.utils.get_column_letter(col['令和5年度（対象年度）/目標値'])}{HEADER}" in {
        str(m).split(":")[0] for m in ws.merged_cells.ranges
    }


def test_summary_sheet_counts_status_and_grades_per_section(shibata):
    ws = progress(shibata.rounds.get(fy=2023))["集計"]
    col = headers(ws)
    assert "進捗状況（取組数）/実施中" in col and "評価（取組数）/A 目標を上回る" in col
    rows = {ws.cell(r, 1).value: r for r in range(HEADER + 2, ws.max_row + 1)}
    total = rows["合計"]
    assert ws.cell(total, col["取組数"]).value == 34
    assert (
        ws.cell(total, col["提出状況（取組数）/提出"]).value,
        ws.cell(total, col["提出状況（取組数）/未提出"]).value,
    ) == (34, 0)
    grades = {
        h.split("/")[1]: ws.cell(total, c).value for h, c in col.items() if h.startswith("評価（取組数）")
    }
    assert (grades["A 目標を上回る"], grades["B 目標どおり"], grades["C 遅れている"]) == (4, 26, 2)
    assert sum(grades.values()) == 34
    assert sum(ws.cell(total, c).value for h, c in col.items() if h.startswith("進捗状況")) == 34
    section = rows["市民向け情報施策 ＞ 窓口業務の高度化"]
    assert (
        ws.cell(section, col["取組数"]).value
        == shibata.initiatives.filter(section__title="窓口業務の高度化").count()
        - 1  # 43 is 【新】 from 令和6年度
    )
    assert ws.cell(section, col["評価（取組数）/A 目標を上回る"]).value >= 1  # NO 12
    assert "凡例" in ws["A2"].value


def test_open_round_is_evaluated_live_with_recorded_actuals_and_earlier_rounds_frozen(nobeoka):
    """An open round shows today's evaluation; the years of closed rounds show what they froze."""
    r3 = services.open_round(nobeoka, 2021, date(2022, 5, 31))
    report = r3.reports.get(initiative__title="マイナポータルからの行政手続のオンライン化")
    indicator = report.initiative.indicators.get()
    services.save_report(report, version=report.version, fields={"status": Status.IN_PROGRESS},
                         actuals={indicator.pk: (12.0, "12手続", "")})  # fmt: skip
    services.close_round(r3)
    r4 = services.open_round(nobeoka, 2022, date(2023, 5, 31))
    report = r4.reports.get(initiative=report.initiative)
    services.save_report(report, version=report.version, fields={"status": Status.IN_PROGRESS},
                         actuals={indicator.pk: (20.0, "20手続", "")})  # fmt: skip
    member = get_user_model().objects.create_user("office")
    Membership.objects.create(user=member, role=Role.PLAN_OFFICE, municipality=nobeoka.municipality)

    ws = progress(r4, member)["進捗管理表"]
    col = headers(ws)
    row = next(r for r in range(HEADER + 2, ws.max_row + 1)
               if ws.cell(r, col["具体的な取組"]).value == "マイナポータルからの行政手続のオンライン化")  # fmt: skip
    assert ws.cell(row, col["令和3年度/実績値"]).value == 12  # frozen when 令和3年度 closed
    assert ws.cell(row, col["令和4年度（対象年度）/目標値"]).value == 26
    assert ws.cell(row, col["令和4年度（対象年度）/実績値"]).value == 20
    assert ws.cell(row, col["達成率（令和4年度）"]).value == pytest.approx(20 / 26)
    # a draft is not a result: 「未提出」, never a grade
    assert ws.cell(row, col["評価/算定評価"]).value is None
    assert ws.cell(row, col["評価/評価"]).value == "未提出"
    assert ws.cell(row, col["担当課"]).value == "情報政策課"
    assert ws.cell(row, col["提出状況"]).value == "未提出"
    assert "暫定" in ws["A3"].value and "提出 0件／差戻し 0件／未提出 81件" in ws["A3"].value

    services.submit_report(report, member)
    ws = progress(r4, member)["進捗管理表"]
    assert (ws.cell(row, col["評価/算定評価"]).value, ws.cell(row, col["評価/評価"]).value) == ("C", "C")
    assert "提出 1件／差戻し 0件／未提出 80件" in ws["A3"].value


def test_the_note_a_department_wrote_beside_an_actual_is_its_own_column(nobeoka):
    """「令和5年3月末時点」 beside the actual is printed beside it, as in the committee report; a round whose actuals
    carry no note has no such column (an empty one reads as a fault)."""
    r4 = services.open_round(nobeoka, 2022, date(2023, 5, 31))
    member = get_user_model().objects.create_user("office")
    Membership.objects.create(user=member, role=Role.PLAN_OFFICE, municipality=nobeoka.municipality)
    assert "実績値の備考" not in headers(progress(r4, member)["進捗管理表"])
    report = r4.reports.get(initiative__title="マイナポータルからの行政手続のオンライン化")
    indicator = report.initiative.indicators.get()
    services.save_report(report, version=report.version, fields={"status": Status.IN_PROGRESS},
                         actuals={indicator.pk: (20.0, "20手続", "令和5年3月末時点")})  # fmt: skip
    ws = progress(r4, member)["進捗管理表"]
    col = headers(ws)
    row = next(r for r in range(HEADER + 2, ws.max_row + 1)
               if ws.cell(r, col["具体的な取組"]).value == "マイナポータルからの行政手続のオンライン化")  # fmt: skip
    assert ws.cell(row, col["令和4年度（対象年度）/実績値"]).value == 20
    assert ws.cell(row, col["実績値の備考"]).value == "令和5年3月末時点"
    assert col["実績値の備考"] == col["令和4年度（対象年度）/実績値"] + 1  # beside the year's actual it remarks on


def test_progress_workbook_takes_a_fixed_number_of_queries():
    small = load_plan(parse(SAMPLES / "shibata.txt")).plan
    big = load_plan(multiply(parse(SAMPLES / "shibata.txt"), 10, title_suffix="（10倍）")).plan
    counts = []
    for plan in (small, big):
        for closed in (False, True):
            round_ = services.open_round(plan, 2023 if closed else 2024, date(2024, 5, 31))
            if closed:
                services.close_round(round_)
            with CaptureQueriesContext(connection) as ctx:
                table = load_round_table(
                    round_, AnonymousUser() if closed else get_user_model()(is_superuser=True)
                )
                content = workbooks.progress_workbook_bytes(table)
            counts.append(len(ctx.captured_queries))
            rows = len(open_xlsx(content)["進捗管理表"]["A"]) - HEADER - 1
            assert rows >= plan.initiatives.count() or (closed and not round_.is_published)
    assert counts[0] == counts[2] and counts[1] == counts[3], counts
    assert max(counts) <= 12, counts


def test_download_needs_view_round_and_shows_only_published_reports_to_the_public(client, shibata):
    r5 = shibata.rounds.get(fy=2023)
    url = reverse("exports-progress-xlsx", args=[r5.pk])
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == workbooks.XLSX_CONTENT_TYPE
    disposition = response["Content-Disposition"]
    # the ASCII name for clients without RFC 5987 was what survived of the Japanese one: 「5.xlsx」
    assert disposition.startswith(f'attachment; filename="shinchoku-round-{r5.pk}-progress.xlsx"')
    encoded = disposition.split("filename*=UTF-8''")[1]
    assert unquote(encoded) == "新発田市_令和5年度_進捗管理表.xlsx"

    hidden = r5.reports.get(initiative__code="12")
    Report.objects.filter(pk=hidden.pk).update(published_at=None)
    ws = open_xlsx(client.get(url).content)["進捗管理表"]
    # the unpublished report keeps its initiative's row, 「未公表」 without its figures
    col = headers(ws)
    [row] = rows_of(ws, 12)
    assert ws.cell(row, col["提出状況"]).value == "未公表" and ws.cell(row, col["評価/評価"]).value == "未公表"
    assert ws.cell(row, col["令和5年度（対象年度）/実績値"]).value is None
    assert ws.cell(row, col["KPI（指標）"]).value is None and ws.cell(row, col["取組実績"]).value is None
    assert rows_of(ws, 4)

    member = get_user_model().objects.create_user("viewer")
    Membership.objects.create(user=member, role=Role.VIEWER, municipality=shibata.municipality)
    client.force_login(member)
    assert rows_of(open_xlsx(client.get(url).content)["進捗管理表"], 12)
    client.logout()

    r5.published_at = None
    r5.save(update_fields=["published_at"])
    assert client.get(url).status_code == 404
    client.force_login(member)
    response = client.get(url)
    assert response.status_code == 200 and "no-store" in response["Cache-Control"]
    assert client.post(url).status_code == 405


def test_a_report_whose_publication_was_taken_back_is_said_so(client, shibata):
    """Walked: a report withdrawn from the published round (「公表を取り消す」, with a reason) read 「未公表（この回の公表に
    含めていません）」 on its page, and the public 進捗管理表 and committee report showed it as a row never published.
    The withdrawal's form does not say the reason is public: the public outputs say it was taken back, without it."""
    r5 = shibata.rounds.get(fy=2023)
    office = get_user_model().objects.create_user("shibata-office")
    Membership.objects.create(user=office, role=Role.PLAN_OFFICE, municipality=shibata.municipality)
    withdrawn = r5.reports.get(initiative__code="12")
    reason = "委員会での確認後に再公表するため"
    services.unpublish_report(withdrawn, user=office, reason=reason)

    ws = open_xlsx(client.get(reverse("exports-progress-xlsx", args=[r5.pk])).content)["進捗管理表"]
    col = headers(ws)
    [row] = rows_of(ws, 12)
    assert ws.cell(row, col["提出状況"]).value == "未公表（公表を取り消しました）"
    assert ws.cell(row, col["評価/評価"]).value == "未公表（公表を取り消しました）"
    [other] = rows_of(ws, 4)
    assert ws.cell(other, col["提出状況"]).value != "未公表（公表を取り消しました）"
    committee = client.get(reverse("exports-committee", args=[r5.pk])).content.decode()
    block = committee.split(f'id="initiative-{withdrawn.pk}"', 1)[1].split("</article>", 1)[0]
    assert '<span class="grade none">未公表</span> <span class="muted">（公表を取り消しました）</span>' in block
    assert reason not in committee

    client.force_login(office)
    page = client.get(reverse("progress:report", args=[withdrawn.pk])).content.decode()
    assert f"<dt>公表</dt><dd>公表を取り消しました（理由：{reason}）</dd>" in page
    assert "未公表（この回の公表に含めていません）" not in page


def test_roadmap_workbook_of_nobeoka(client, nobeoka):
    response = client.get(reverse("exports-roadmap-xlsx", args=[nobeoka.pk]))
    assert response.status_code == 200
    name = unquote(response["Content-Disposition"].split("filename*=UTF-8''")[1])
    assert name == "延岡市情報政策推進計画_アクションプラン_全体工程表.xlsx"  # the name once
    assert f'filename="shinchoku-plan-{nobeoka.pk}-roadmap.xlsx"' in response["Content-Disposition"]
    ws = open_xlsx(response.content)["全体工程表"]
    assert ws["A1"].value == "延岡市情報政策推進計画 アクションプラン　全体工程表"
    header = [ws.cell(HEADER, c).value for c in range(1, ws.max_column + 1)]
    # 延岡市 does not number its initiatives: no NO column (an empty one was taken for a fault)
    # (関係課: 「各課」, the 担当課 some of its cards name)
    assert header == ["取組", "担当課", "関係課", "令和3年度", "令和4年度", "令和5年度", "令和6年度", "令和7年度"]
    titles = {ws.cell(r, 1).value: r for r in range(HEADER + 2, ws.max_row + 1)}
    assert "【プロジェクト】1 市民にやさしいDX" in titles and "【個別施策】行政手続のオンライン化" in titles
    row = titles["マイナポータルからの行政手続のオンライン化"]
    assert row > titles["【個別施策】行政手続のオンライン化"]
    assert [ws.cell(row, c).value for c in range(2, 7)] == [
        "情報政策課",
        None,
        "標準仕様公開",
        "システム改修",
        "運用・対象拡大",
    ]
    assert ws.cell(row, 4).fill.fgColor.rgb.endswith("C9DDF2")
    booking = titles["公共施設の予約状況確認におけるオンライン化"]
    assert [ws.cell(booking, c).value for c in (2, 3)] == [None, "各課"]
    initiatives = [r for r in titles.values() if not ws.cell(r, 1).value.startswith("【")]
    assert len(initiatives) == nobeoka.initiatives.count() == 81
    assert ws.page_setup.orientation == "landscape" and int(ws.page_setup.fitToWidth) == 1
    assert ws.print_title_rows == f"${HEADER}:${HEADER + 1}" and ws.freeze_panes == f"B{HEADER + 2}"


def test_the_roadmap_and_progress_workbooks_number_rows_as_the_plan_does(client, shibata, nobeoka):
    """番号 holds the plan's own numbers (新発田市's 1…); a plan without numbers has no 番号 column in either workbook. It is
    headed 「番号」 as the input sheet and the committee report head it (both workbooks said 「NO」; walked)."""
    ws = open_xlsx(client.get(reverse("exports-roadmap-xlsx", args=[shibata.pk])).content)["全体工程表"]
    assert ws.cell(HEADER, 1).value == "番号" and ws.freeze_panes == f"C{HEADER + 2}"
    twelve = shibata.initiatives.get(code="12")
    (row,) = [r for r in range(HEADER + 2, ws.max_row + 1) if ws.cell(r, 2).value == twelve.title]
    assert ws.cell(row, 1).value == 12
    ws = progress(shibata.rounds.get(fy=2023))["進捗管理表"]
    assert ws.cell(HEADER, 1).value == "番号" and rows_of(ws, 12)
    round_ = services.open_round(nobeoka, 2022, date(2023, 5, 31))
    ws = progress(round_, get_user_model()(is_superuser=True))["進捗管理表"]
    assert "番号" not in headers(ws) and "NO" not in headers(ws)
    assert ws.cell(HEADER, 1).value == "プロジェクト"


def test_roadmap_workbook_splits_halves_where_the_plan_does():
    plan = load_plan(parse(SAMPLES / "izunokuni.txt")).plan
    initiatives = list(queries.active_initiatives(plan).prefetch_related("schedule"))
    ws = workbooks.roadmap_workbook(plan, initiatives, list(plan.sections.all())).active
    # 取組, 担当課, 関係課 (「窓口がある課」「全課」), then the halves
    assert ws.cell(HEADER + 1, 5).value == "前期" and ws.cell(HEADER + 1, 6).value == "後期"
    assert ws.cell(HEADER, 5).value.startswith("令和") and ws.cell(HEADER, 6).value is None


def test_closed_round_is_never_evaluated_again(shibata, monkeypatch):
    r5 = shibata.rounds.get(fy=2023)
    monkeypatch.setattr(services, "evaluate", lambda *a, **k: pytest.fail("a closed round was re-evaluated"))
    report = r5.reports.get(initiative__code="12")
    frozen = dict(report.evaluation)
    frozen["indicators"] = [dict(frozen["indicators"][0], actual=99.0, actual_text="99%", rate=99.0 / 40)]
    Report.objects.filter(pk=report.pk).update(evaluation=frozen)
    ws = progress(r5)["進捗管理表"]
    col = headers(ws)
    (row,) = rows_of(ws, 12)
    assert ws.cell(row, col["令和5年度（対象年度）/実績値"]).value == 99


def test_a_municipality_scale_gives_the_legend_and_the_summary_columns(nobeoka):
    from shinchoku.progress.models import GradeScale

    GradeScale.objects.create(
        municipality=nobeoka.municipality,
        grades=[{"code": "◎", "label": "順調", "min_rate": 1.0}, {"code": "○", "label": "概ね順調", "min_rate": 0.8},
                {"code": "△", "label": "遅れ", "min_rate": None}],
        not_evaluable_code="－", not_evaluable_label="評価不能", lifecycle={"done": "完"},
    )  # fmt: skip
    round_ = services.open_round(nobeoka, 2022, date(2023, 5, 31))
    report = round_.reports.get(initiative__title="マイナポータルからの行政手続のオンライン化")
    services.save_report(report, version=report.version, fields={"status": Status.DONE})
    services.submit_report(report, None)
    wb = progress(round_, get_user_model()(is_superuser=True))
    legend = wb["進捗管理表"]["A2"].value
    assert "◎ 順調（達成率100%以上）／○ 概ね順調（達成率80%以上）／△ 遅れ（達成率80%未満）" in legend
    assert "－ 評価不能" in legend and "完了→完" in legend
    ws = wb["集計"]
    col = headers(ws)
    total = next(r for r in range(HEADER + 2, ws.max_row + 1) if ws.cell(r, 1).value == "合計")
    assert ws.cell(total, col["評価（取組数）/完"]).value == 1
    assert ws.cell(total, col["進捗状況（取組数）/完了"]).value == 1
    assert ws.cell(total, col["取組数"]).value == nobeoka.initiatives.count()


def test_number_formats_and_download_names():
    from shinchoku.exports.report_views import attachment

    assert workbooks.number_format(40) == "#,##0" and workbooks.number_format(80.7) == "#,##0.0"
    assert workbooks.number_format(0.125) == "#,##0.000" and workbooks.number_format(1 / 3) == "#,##0.0000"
    assert workbooks.number_format(0.000001) == "#,##0.000000"  # it read 「0.0」 (found walking a round)
    header = attachment('市/計画 "案".xlsx')
    assert header.startswith("attachment; filename=\"download.xlsx\"; filename*=UTF-8''")
    assert unquote(header.split("''")[1]) == "市_計画_案_.xlsx"
    assert workbooks.year_span([2024, 2025, 2026, 2028]) == "令和6年度～令和8年度、令和10年度"


def test_a_plan_is_named_with_its_municipality_once():
    """「延岡市　延岡市情報政策推進計画」 on every title, file name and mail read as a typo."""
    from shinchoku.plans.models import Municipality, Plan

    assert (
        Plan(title="延岡市情報政策推進計画", municipality=Municipality(name="延岡市")).named()
        == "延岡市情報政策推進計画"
    )
    assert Plan(title="第4次日田市情報化基本計画", municipality=Municipality(name="日田市")).named("_") == (
        "日田市_第4次日田市情報化基本計画"
    )


def test_the_public_workbook_says_what_it_leaves_unpublished(shibata):
    """8 of 9 published read 「提出 8件／差戻し 0件／未提出 0件」 as if the plan had 8 initiatives."""
    r5 = shibata.rounds.get(fy=2023)
    Report.objects.filter(round=r5, initiative__code="12").update(published_at=None)
    wb = progress(r5)
    note = wb["進捗管理表"]["A3"].value
    assert "公表状況 公表 33件／未公表 1件（評価は公表した報告のみ）" in note and "未提出" not in note
    assert "公表した取組 33件（計画の取組 34件のうち）" in note
    ws = wb["集計"]
    col = headers(ws)
    total = {ws.cell(r, 1).value: r for r in range(HEADER + 2, ws.max_row + 1)}["合計"]
    assert ws.cell(total, col["取組数"]).value == 34
    assert ws.cell(total, col["公表状況（取組数）/公表"]).value == 33
    assert ws.cell(total, col["公表状況（取組数）/未公表"]).value == 1
    assert not any(h.startswith("提出状況") for h in col)  # the withheld reports' states are not the public's to know
    assert sum(ws.cell(total, c).value for h, c in col.items() if h.startswith("評価（取組数）")) == 33

    member = get_user_model().objects.create_user("office")
    Membership.objects.create(user=member, role=Role.PLAN_OFFICE, municipality=shibata.municipality)
    own = progress(r5, member)  # the plan office's own table is unchanged: every report, no 「未公表」
    assert "未公表" not in own["進捗管理表"]["A3"].value
    assert "提出状況（取組数）/未公表" not in headers(own["集計"])


def test_the_publication_day_is_written_as_the_committee_report_writes_it(shibata):
    """The note said 「公表日 令和7年6月2日 (2025-06-02)」 where the committee report says 「令和7年6月2日」."""
    from shinchoku.core.dates import local_date, wareki_date

    r5 = shibata.rounds.get(fy=2023)
    note = progress(r5)["進捗管理表"]["A3"].value
    assert f"公表日 {wareki_date(local_date(r5.published_at))}。" in note
    assert "公表日 令和" in note and "(20" not in note


def test_the_summary_sheet_counts_statuses_of_results_only(nobeoka):
    """A draft's 「検討中」 was counted in the 集計 sheet's 進捗状況 while the committee report counts results only
    (found walking a round): the draft is 未提出 there, nothing else."""
    round_ = services.open_round(nobeoka, 2022, date(2023, 5, 31))
    draft, done = round_.reports.all()[:2]
    services.save_report(draft, version=draft.version, fields={"status": Status.CONSIDERING})
    services.save_report(done, version=done.version, fields={"status": Status.DONE})
    services.submit_report(done, None)
    ws = progress(round_, get_user_model()(is_superuser=True))["集計"]
    col = headers(ws)
    total = next(r for r in range(HEADER + 2, ws.max_row + 1) if ws.cell(r, 1).value == "合計")
    assert ws.cell(total, col["進捗状況（取組数）/完了"]).value == 1
    assert ws.cell(total, col["進捗状況（取組数）/検討中"]).value == 0
    assert ws.cell(total, col["提出状況（取組数）/未提出"]).value == nobeoka.initiatives.count() - 1
    assert "進捗状況・評価は提出済・承認済の報告だけを数えています" in ws["A3"].value
    sheet = progress(round_, get_user_model()(is_superuser=True))["進捗管理表"]
    col = headers(sheet)
    statuses = {sheet.cell(r, col["進捗状況"]).value for r in range(HEADER + 2, sheet.max_row + 1)}
    assert {"検討中（下書き）", "完了"} <= statuses and "検討中" not in statuses


def test_the_roadmap_workbook_has_the_web_pages_status_column(client, shibata):
    """The 全体工程表 page shows 「R5の状況」 (the latest published round's 進捗状況 and 評価) beside each initiative; the
    workbook downloaded from it had no such column (found walking a round)."""
    from shinchoku.progress.results import latest_statuses

    fy, statuses = latest_statuses(shibata)
    assert fy == 2023 and statuses
    response = client.get(reverse("exports-roadmap-xlsx", args=[shibata.pk]))
    ws = open_xlsx(response.content)["全体工程表"]
    header = [ws.cell(HEADER, c).value for c in range(1, ws.max_column + 1)]
    column = header.index("令和5年度の状況") + 1
    twelve = shibata.initiatives.get(code="12")
    (row,) = [r for r in range(HEADER + 2, ws.max_row + 1) if ws.cell(r, 2).value == twelve.title]
    status, grade = statuses[twelve.pk]
    assert ws.cell(row, column).value == (f"{status or '未記入'}\n評価 {grade}" if grade else status or "未記入")
    # a plan with nothing published has no such column
    plain = load_plan(parse(SAMPLES / "nobeoka.txt")).plan
    ws = open_xlsx(client.get(reverse("exports-roadmap-xlsx", args=[plain.pk])).content)["全体工程表"]
    assert not any("の状況" in str(ws.cell(HEADER, c).value or "") for c in range(1, ws.max_column + 1))


ONLINE = "マイナポータルからの行政手続のオンライン化"  # 延岡市's 取組 of one KPI (手続, 令和4年度 target 26)


def _published_with(nobeoka, actual: float, text: str = ""):
    """延岡市's 令和4年度 round opened, 「マイナポータル…」 reported with ``actual`` (and its 原文 ``text``), approved,
    closed and published: the round."""
    r4 = services.open_round(nobeoka, 2022, date(2023, 5, 31))
    report = r4.reports.get(initiative__title=ONLINE)
    indicator = report.initiative.indicators.get()
    services.save_report(report, version=report.version, fields={"status": Status.IN_PROGRESS},
                         actuals={indicator.pk: (actual, text, "")})  # fmt: skip
    Report.objects.filter(pk=report.pk).update(state=Report.State.APPROVED)
    services.close_round(r4)
    services.publish_round(r4)
    return r4


def _online_row(r4):
    """The 進捗管理表 of ``r4``, its columns by header, and the row of 「マイナポータル…」."""
    ws = progress(r4)["進捗管理表"]
    col = headers(ws)
    row = next(r for r in range(HEADER + 2, ws.max_row + 1) if ws.cell(r, col["具体的な取組"]).value == ONLINE)
    return ws, col, row


def test_an_actual_with_a_number_and_a_text_reads_the_same_in_every_output(client, nobeoka):
    """A department reports 20 and 「20手続（速報値）」: the public page, the committee report and the 進捗管理表 all
    show 「20手続（速報値）」 (what it wrote: ``numbers.value_or_text``); the number stays where a column needs a number
    (the rate, the open data's 実績値 beside its 実績値（原文）). The workbook read 20 where the others read the text."""
    r4 = _published_with(nobeoka, 20.0, "20手続（速報値）")
    report = r4.reports.get(initiative__title=ONLINE)
    ws, col, row = _online_row(r4)
    assert ws.cell(row, col["令和4年度（対象年度）/実績値"]).value == "20手続（速報値）"
    assert ws.cell(row, col["達成率（令和4年度）"]).value == pytest.approx(20 / 26)

    committee = client.get(reverse("exports-committee", args=[r4.pk])).content.decode()
    assert "20手続（速報値）" in committee
    page = client.get(reverse("initiative", args=[report.initiative.pk])).content.decode()
    assert "20手続（速報値）" in page

    csv = client.get(reverse("opendata-plan-dataset", args=[nobeoka.pk, "report_indicators", "csv"]))
    [line] = [r for r in csv.content.decode("utf-8-sig").splitlines() if "20手続（速報値）" in r]
    assert ",20,20手続（速報値）," in line  # 実績値, 実績値（原文）


def test_a_target_with_a_number_and_a_text_reads_the_same_in_every_output(client, nobeoka):
    """The plan prints the 令和4年度 target as 「26手続（全手続）」 (26) and the final one as 「約40手続」 (40): the
    initiative page's table showed the text, while the 進捗管理表 wrote 26 and 40, and the evaluation table, the report
    page and the committee report 「26手続」. Every output now shows the target by the actual's rule
    (``numbers.value_or_text``); a text that says no more than its number (「12手続」) leaves the number in its cell;
    the open data keeps the number in 目標値 and the words in 目標値（原文）."""
    indicator = nobeoka.initiatives.get(title=ONLINE).indicators.get()
    indicator.values.filter(kind="target", fy=2022).update(text="26手続（全手続）")
    indicator.final_target_fy, indicator.final_target_value, indicator.final_target_text = 2025, 40.0, "約40手続"
    indicator.has_final_target = True
    indicator.save()
    r4 = _published_with(nobeoka, 20.0)
    report = r4.reports.get(initiative__title=ONLINE)
    ws, col, row = _online_row(r4)
    assert ws.cell(row, col["令和4年度（対象年度）/目標値"]).value == "26手続（全手続）"
    assert ws.cell(row, col["令和3年度/目標値"]).value == 12  # 「12手続」 says no more than 12
    assert ws.cell(row, col["最終目標/最終目標値"]).value == "約40手続"
    assert ws.cell(row, col["達成率（令和4年度）"]).value == pytest.approx(20 / 26)  # the number judges

    committee = client.get(reverse("exports-committee", args=[r4.pk])).content.decode()
    assert '<td class="num">26手続（全手続）</td>' in committee
    page = client.get(reverse("initiative", args=[report.initiative.pk])).content.decode()
    evaluated = page.split("令和4年度（2022）の指標の評価")[1].split("</table>")[0]
    assert '<td class="num">26手続（全手続）</td><td class="num">20手続</td>' in evaluated
    report_page = client.get(reverse("progress:report", args=[report.pk])).content.decode()
    assert '<td class="num">26手続（全手続）</td>' in report_page

    csv = client.get(reverse("opendata-plan-dataset", args=[nobeoka.pk, "report_indicators", "csv"]))
    [line] = [r for r in csv.content.decode("utf-8-sig").splitlines() if f",{ONLINE}," in r]
    # 目標値, 目標値（原文）, 目標値の出典, 目標値の年度, 実績値, 実績値（原文）
    assert ",26,26手続（全手続）,計画,2022,20,," in line


def test_a_frozen_evaluation_gets_the_plans_words_for_its_target(client, nobeoka):
    """A round closed before evaluations carried the target's words (``target_text`` empty beside 26) is given them by
    migration 0008, as the evaluation now gives them; an interpolated target gets none."""
    import importlib

    from django.apps import apps

    migration = importlib.import_module("shinchoku.progress.migrations.0008_evaluation_printed_targets")
    indicator = nobeoka.initiatives.get(title=ONLINE).indicators.get()
    indicator.values.filter(kind="target", fy=2022).update(text="26手続（全手続）")
    r4 = services.open_round(nobeoka, 2022, date(2023, 5, 31))
    report = r4.reports.get(initiative__title=ONLINE)
    services.save_report(report, version=report.version, fields={}, actuals={indicator.pk: (20.0, "", "")})
    services.close_round(r4)
    report.refresh_from_db()
    [entry] = report.evaluation["indicators"]
    assert (entry["target"], entry["target_text"], entry["basis"]) == (26.0, "26手続（全手続）", "year")
    entry["target_text"] = ""  # as frozen before
    Report.objects.filter(pk=report.pk).update(evaluation=report.evaluation)

    migration.add_printed_targets(apps, None)
    report.refresh_from_db()
    assert report.evaluation["indicators"][0]["target_text"] == "26手続（全手続）"
    assert report.evaluation["indicators"][0]["target"] == 26.0  # the figure as frozen


def test_a_baseline_with_a_number_and_a_text_reads_as_the_page_shows_it(client, nobeoka):
    """The 基準値 goes by the targets' rule: the plan's 「約5手続」 beside 5 was written 5 in the 進捗管理表 while the
    initiative page shows the words; a bare 「5」 leaves the number in its cell."""
    indicator = nobeoka.initiatives.get(title=ONLINE).indicators.get()
    indicator.baseline_fy, indicator.baseline_value, indicator.has_baseline = 2020, 5.0, True
    indicator.baseline_text = "約5手続"
    indicator.save()
    r4 = _published_with(nobeoka, 20.0)
    page = client.get(reverse("initiative", args=[indicator.initiative_id])).content.decode()
    assert '<th scope="row">基準値（令和2年度（2020））</th><td colspan="2">約5手続</td>' in page

    def baseline_cell():
        ws, col, row = _online_row(r4)
        return ws.cell(row, col["基準値"]).value

    assert baseline_cell() == "約5手続"
    indicator.baseline_text = "5"
    indicator.save()
    assert baseline_cell() == 5


def test_an_indicator_with_yearly_targets_alone_has_its_last_years_target_as_its_final_everywhere(client, nobeoka):
    """Walked: 延岡市's plan prints 証明書交付件数 year by year (令和3–7年度, 12,000件 in 令和7年度) and no final target of
    its own. The upload preview showed 「— → 12,000件（令和7年度）」, while the 進捗管理表's 最終目標値 and 目標年度
    were blank on every row and the API said ``final_target: null``. One rule (``plans.models.final_target``): the
    plan's final target, else its last year's target — in the workbook, on the initiative page and in the API."""
    from shinchoku.plans.models import Indicator

    round_ = services.open_round(nobeoka, 2024, date(2025, 5, 31))
    office = get_user_model().objects.create_user("keikaku")
    Membership.objects.create(user=office, role=Role.PLAN_OFFICE, municipality=nobeoka.municipality)
    ws = progress(round_, office)["進捗管理表"]
    col = headers(ws)
    kpi, target = col["KPI（指標）"], col["令和6年度（対象年度）/目標値"]
    rows = [r for r in range(HEADER + 2, ws.max_row + 1) if ws.cell(r, kpi).value == "証明書交付件数"]
    assert [ws.cell(r, col["最終目標/最終目標値"]).value for r in rows] == [12000, 360]  # コンビニ交付, 自動交付端末
    assert [ws.cell(r, col["最終目標/目標年度"]).value for r in rows] == ["令和7年度", "令和7年度"]
    targeted = [r for r in range(HEADER + 2, ws.max_row + 1) if ws.cell(r, target).value is not None]
    assert targeted and all(ws.cell(r, col["最終目標/目標年度"]).value for r in targeted)  # no row left blank

    indicator = Indicator.objects.get(
        name="証明書交付件数", initiative__title__startswith="マイナンバーカードを利用した証明書等のコンビニ交付"
    )
    assert not indicator.has_final_target  # the plan states none: nothing stored, the rule reads it
    page = client.get(reverse("initiative", args=[indicator.initiative_id])).content.decode()
    assert '<tr><th scope="row">最終目標（令和7年度（2025））</th><td colspan="2">12,000件' in page
    assert "（計画に最終目標の記載がないため、最後の年度の目標値）" in page
    api = client.get(f"/api/v1/indicators/{indicator.pk}").json()
    assert api["final_target"] == {"fy": 2025, "value": 12000.0, "text": "12,000件"}
