"""A 取組's 関係課 (who works with the 担当課: a 事業カード's 「関係課」 field) is beside its 担当課 in the committee
report and the 進捗管理表, as on the initiative page (plans/texts.py); a plan that prints none gets no column."""

from __future__ import annotations

from datetime import date

import pytest
from django.contrib.auth.models import AnonymousUser
from django.urls import reverse

from shinchoku.exports import workbooks
from shinchoku.exports.committee import load_round_table
from shinchoku.plans.loader import load_plan
from shinchoku.progress import services

from ..web.test_initiative_texts import Terms, _plan
from .test_workbooks import HEADER, headers, open_xlsx, rows_of

pytestmark = pytest.mark.django_db


def _published_round(data: dict):
    plan = load_plan(data).plan
    round_ = services.open_round(plan, 2025, date(2026, 5, 31))
    services.close_round(round_)
    services.publish_round(round_)
    return round_


def test_the_committee_report_names_the_related_departments_beside_the_departments(client):
    round_ = _published_round(_plan())
    response = client.get(reverse("exports-committee", args=[round_.pk]))  # a citizen: not signed in
    assert response.status_code == 200
    page = Terms()
    page.feed(response.content.decode())
    assert page.terms["担当課"] == ["情報政策課", "市民課", "情報政策課"]
    assert page.terms["関係課"] == ["税務課、住民課"]  # 1-1's only: 1-2's 「ほか」 names none


def test_the_progress_workbook_has_a_related_departments_column_after_the_departments_only_when_printed():
    round_ = _published_round(_plan())
    ws = open_xlsx(workbooks.progress_workbook_bytes(load_round_table(round_, AnonymousUser())))["進捗管理表"]
    col = headers(ws)
    assert col["関係課"] == col["担当課"] + 1 == col["KPI（指標）"] - 1
    (row,) = rows_of(ws, "1-1")
    assert ws.cell(row, col["担当課"]).value == "情報政策課"
    assert ws.cell(row, col["関係課"]).value == "税務課、住民課"
    (row,) = rows_of(ws, "1-2")
    assert ws.cell(row, col["関係課"]).value is None

    data = _plan()
    for item in data["initiatives"]:
        item.pop("departments_others")
    data["municipality"]["name"] = "霞ヶ浦町"
    ws = open_xlsx(
        workbooks.progress_workbook_bytes(load_round_table(_published_round(data), AnonymousUser()))
    )
    titles = [ws["進捗管理表"].cell(HEADER, c).value for c in range(1, ws["進捗管理表"].max_column + 1)]
    assert "担当課" in titles and "関係課" not in titles


def _roadmap(data: dict):
    from shinchoku.plans import queries

    plan = load_plan(data).plan
    initiatives = list(queries.active_initiatives(plan).prefetch_related("schedule"))
    return open_xlsx(workbooks.roadmap_workbook_bytes(plan, initiatives, list(plan.sections.all())))["全体工程表"]


def test_the_roadmap_workbook_has_a_related_departments_column_after_the_departments_only_when_printed():
    data = _plan()
    data["initiatives"][0]["schedule"] = [{"fy": 2024, "label": "システム調査"}]
    ws = _roadmap(data)
    header = [ws.cell(HEADER, c).value for c in range(1, ws.max_column + 1)]
    assert header[:5] == ["番号", "取組", "担当課", "関係課", "令和6年度"]
    rows = {ws.cell(r, 1).value: r for r in range(HEADER + 2, ws.max_row + 1)}
    assert [ws.cell(rows["1-1"], c).value for c in (3, 4, 5)] == ["情報政策課", "税務課、住民課", "システム調査"]
    assert ws.cell(rows["1-1"], 5).fill.fgColor.rgb.endswith("C9DDF2")  # the schedule still starts at its year
    assert ws.cell(rows["1-1"], 4).fill.fgColor.rgb in (None, "00000000")  # 関係課 is no period
    assert ws.cell(rows["1-2"], 4).value is None  # 「ほか」 names none

    data = _plan()
    for item in data["initiatives"]:
        item.pop("departments_others")
    data["municipality"]["name"] = "霞ヶ浦町"
    ws = _roadmap(data)
    assert [ws.cell(HEADER, c).value for c in range(1, 5)] == ["番号", "取組", "担当課", "令和6年度"]
