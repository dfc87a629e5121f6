"""A plan re-imported with another actual for a year a published round reported: the reported one stays the year's.

Walked: 市民課 reported 16分 for 令和7年度 on 1-1-3 (窓口での平均待ち時間); the round was approved, closed, published; the
plan office re-imported the plan with 実績 R7 = 17. The preview said 「（なし） → 17分」, the initiative page's KPI table
and chart then gave 17分 while its timeline said 16分, and the open data gave both. One rule
(``plans.actuals.year_actuals``, docs/evaluation.md 「Which actual」) for all of them.
"""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

from django.urls import reverse

from shinchoku.importers import parse
from shinchoku.plans.actuals import YearActual, year_actuals
from shinchoku.plans.loader import load_plan
from shinchoku.progress import services
from shinchoku.progress.models import Report

EXAMPLE = Path(__file__).resolve().parents[2] / "samples" / "templates" / "example.csv"
KPI = "窓口での平均待ち時間"


def _published_16(plan, actual=(16.0, "", "")):
    round_ = services.open_round(plan, 2025, date(2026, 5, 31))
    report = round_.reports.get(initiative__code="1-1-3")
    indicator = report.initiative.indicators.get(name=KPI)
    services.save_report(report, version=report.version, fields={"status": "in_progress"},
                         actuals={indicator.pk: actual})  # fmt: skip
    Report.objects.filter(pk=report.pk).update(state=Report.State.APPROVED)
    services.close_round(round_)
    services.publish_round(round_)
    return report.initiative


def _indicator_rows(client, municipality) -> list[tuple[str, str, str]]:
    response = client.get(reverse("opendata-dataset", args=[municipality.pk, "indicators", "csv"]))
    rows = csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"), newline=""))
    return [(r["年度"], r["値"], r["出典"]) for r in rows if r["指標名"] == KPI and r["値の種類"] == "実績値"]


def test_the_rule_the_reported_actual_wins_and_the_plans_other_figure_is_kept_apart():
    printed = [(2024, 21.0, "21"), (2025, 17.0, "17"), (2026, 12.0, "12")]
    assert year_actuals(printed, {2025: (16.0, ""), 2026: (12.0, "12分")}) == {
        2024: YearActual(21.0, "21", reported=False),
        2025: YearActual(16.0, "", reported=True, printed=(17.0, "17")),
        2026: YearActual(12.0, "12分", reported=True),
    }
    assert year_actuals([(2025, None, "")], {2025: (None, "")}) == {}  # neither is an actual


def test_a_reimported_plans_actual_does_not_replace_the_published_one(client, db):
    plan = load_plan(parse(EXAMPLE)).plan
    initiative = _published_16(plan)
    before = _indicator_rows(client, plan.municipality)
    assert before == [("2024", "21", "計画"), ("2025", "16", "進捗報告")]

    revised = EXAMPLE.read_text(encoding="utf-8").replace(',21,,,10,令和8年度,"8,000"', ',21,17,,10,令和8年度,"8,000"')
    data = parse(revised.encode("utf-8"), filename="example.csv", layout="template")
    preview = load_plan(data, into=plan, dry_run=True)
    said = [line for lines in preview.details.values() for line in lines if KPI in line]
    assert said == [
        f"指標「{KPI}」令和7年度 実績値: ファイルの 17分 は、進捗報告で公表済みの実績値 16分 とは異なります"
        "（実績値は公表済みの 16分 のまま。ファイルの値は計画書の記載として示します）"
    ]
    load_plan(data, into=plan)

    response = client.get(reverse("initiative", args=[initiative.pk]))
    view = next(v for v in response.context["indicators"] if v.indicator.name == KPI)
    rows = {row.fy: (row.targets, row.actuals) for row in view.rows}
    assert rows[2024] == (["20分"], ["21分"])
    assert rows[2025] == (["15分"], ["16分（進捗報告）", "17分（計画書の記載）"])
    assert [label for _x, _y, label in view.chart.actuals.points] == ["25", "21", "16"]  # 基準値 R5, R6, R7
    kpi = response.content.decode().split('id="kpi-h"')[1].split("</section>")[0]
    assert '<th scope="row">令和7年度（2025）</th><td>15分</td><td>16分（進捗報告）／17分（計画書の記載）</td>' in kpi
    # the open data: one 実績値 a year, by the same rule
    assert _indicator_rows(client, plan.municipality) == [("2024", "21", "計画"), ("2025", "16", "進捗報告")]


def test_a_reimported_actual_that_agrees_with_the_published_one_is_shown_as_the_plan_prints_it(client, db):
    plan = load_plan(parse(EXAMPLE)).plan
    initiative = _published_16(plan)
    revised = EXAMPLE.read_text(encoding="utf-8").replace(',21,,,10,令和8年度,"8,000"', ',21,16,,10,令和8年度,"8,000"')
    data = parse(revised.encode("utf-8"), filename="example.csv", layout="template")
    preview = load_plan(data, into=plan, dry_run=True)
    assert [line for lines in preview.details.values() for line in lines if KPI in line] == [
        f"指標「{KPI}」令和7年度 実績値: （なし） → 16分"
    ]
    load_plan(data, into=plan)
    view = next(
        v for v in client.get(reverse("initiative", args=[initiative.pk])).context["indicators"] if v.indicator.name == KPI
    )
    assert {row.fy: row.actuals for row in view.rows}[2025] == ["16分"]
    assert _indicator_rows(client, plan.municipality) == [("2024", "21", "計画"), ("2025", "16", "進捗報告")]


def test_a_published_note_alone_is_no_actual_the_reimport_differs_from(client, db):
    """A round that published a 備考 alone for the year (no figure) reported no actual: the re-imported plan's 17分 is the
    year's actual, and the preview says it is added — not that it differs from a published 「（なし）」 kept as the actual
    (the page, the open data and the evaluation show the 17分)."""
    plan = load_plan(parse(EXAMPLE)).plan
    _published_16(plan, actual=(None, "", "集計方法を見直し中"))
    revised = EXAMPLE.read_text(encoding="utf-8").replace(',21,,,10,令和8年度,"8,000"', ',21,17,,10,令和8年度,"8,000"')
    data = parse(revised.encode("utf-8"), filename="example.csv", layout="template")
    preview = load_plan(data, into=plan, dry_run=True)
    assert [line for lines in preview.details.values() for line in lines if KPI in line] == [
        f"指標「{KPI}」令和7年度 実績値: （なし） → 17分"
    ]
    load_plan(data, into=plan)
    assert _indicator_rows(client, plan.municipality) == [("2024", "21", "計画"), ("2025", "17", "計画")]
