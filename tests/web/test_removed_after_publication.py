"""A plan file's actual removed after its round was closed and published is said to be removed wherever the round's
figure shows, with why.

Walked (新発田市's 令和5年度, GIS 21,345件 removed from the initiative page): the KPI table said 「計画ファイルの実績値
21,345件 を削除済み（理由：…）」, but the timeline 「年度ごとの進捗（公表済み）」 still read 「21,345件 266.8%」, the committee
report 「21,345件（計画ファイル（公表値））」, the report page 「（計画ファイル（公表値））」, the bundle carried 21345
unmarked and the 変更履歴 said only 「値: 21,345 → （なし）」. The round's rate and grade stay as it froze them (by design);
every place now says beside them that the figure was removed, and why (``removals.marked``).
"""

from __future__ import annotations

import re

from django.urls import reverse

from shinchoku.exports.bundle import plan_entry
from shinchoku.progress import services
from shinchoku.progress.models import Report

from ..progress.test_published_figures import KPI, _workbook_kpi, city, page  # noqa: F401 (fixtures)

REASON = "取込元の集計誤り"
SAID = f"計画ファイルの実績値 912人 を削除済み（理由：{REASON}）"


def _text(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def _published_then_removed(city) -> Report:  # noqa: F811
    """The KPI's report submitted as the form started (912人 the plan file's, not recorded), approved, the round closed
    and published; then the plan office removes 912 from the initiative page."""
    report, office = city["report"], city["office"]
    Report.objects.filter(pk=report.pk).update(status="in_progress")
    services.submit_report(Report.objects.get(pk=report.pk), city["editor"])
    services.approve_report(Report.objects.get(pk=report.pk), office)
    services.close_round(city["round"])
    services.publish_round(city["round"])
    initiative = report.initiative
    initiative.refresh_from_db()
    services.remove_plan_actual(
        initiative, city["indicator"].pk, 2024, user=office, version=initiative.version, reason=REASON
    )
    return Report.objects.get(pk=report.pk)


def test_every_place_says_the_frozen_figure_was_removed(client, city):  # noqa: F811
    report = _published_then_removed(city)
    assert report.evaluation["indicators"][0]["published_actual"] == 912  # frozen as judged: 114.0%

    # the initiative page's timeline: in the figure's place, its rate the round's
    client.logout()
    html = client.get(reverse("initiative", args=[report.initiative_id])).content.decode()
    timeline = _text(html.split('id="results-h"', 1)[1].split("</section>", 1)[0])
    assert f"{KPI} 800人/年 {SAID} 114.0%" in timeline
    assert "912人 114.0%" not in timeline

    # the committee report (public): the same words in the actual's cell, no 「計画ファイル（公表値）」
    committee = client.get(reverse("exports-committee", args=[report.round_id])).content.decode()
    row = next(tr for tr in committee.split("<tr>") if KPI in tr).split("</tr>")[0]
    cells = [_text(cell).strip() for cell in re.split(r"</t[hd]>", row)][:-1]
    assert cells[2:4] == [SAID, "114.0%"]

    # the report page, for the office and the department alike
    for user in (city["office"], city["editor"]):
        client.force_login(user)
        page_html = client.get(reverse("progress:report", args=[report.pk])).content.decode()
        kpi_row = _text(page_html.split(f'<tr><th scope="row">{KPI}', 1)[1].split("</tr>", 1)[0])
        assert SAID in kpi_row and "（計画ファイル（公表値））" not in kpi_row and "114.0%" in kpi_row

    # the 進捗管理表: the figure judged, its 出典 saying it was removed, with why
    cells = _workbook_kpi(client, report.round)
    assert (cells["令和6年度（対象年度）/実績値"], cells["実績値の出典"]) == (912, SAID)

    # the 変更履歴: a 削除, with what and why
    client.force_login(city["office"])
    html = client.get(reverse("initiative", args=[report.initiative_id])).content.decode()
    history = _text(html.split('id="history-h"', 1)[1].split("</section>", 1)[0])
    assert f"削除: {SAID}" in history and "→ 変更後 （なし）" not in history

    # the bundle: the figure as judged, marked removed with why
    results = plan_entry(city["plan"])["results"]
    result = next(r for r in results if any(a["name"] == KPI for a in r["actuals"]))
    actual = next(a for a in result["actuals"] if a["name"] == KPI)
    assert (actual["actual"], actual["removed_actual"], actual["removed_reason"]) == (912, 912, REASON)
