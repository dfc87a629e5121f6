"""The rules batch 26 brought, where they must not apply (each case a reviewer's example read wrong at first): 「名称」
ends no other label, a 区分 row with its own 担当課 and KPI is what it reports, names over columns are a 役割分担
matrix only where they are 課 (and no 担当課 column stands beside them), a 目標時期 with nothing to date is a 工程, and a hidden
sheet is the plan where no sheet in sight holds one."""

from __future__ import annotations

import io

import openpyxl

from shinchoku.importers import parse
from shinchoku.importers.labels import classify


def _csv(text: str) -> dict:
    return parse(text.encode("utf-8"), filename="一覧.csv")


def test_a_label_ending_in_meisho_keeps_its_own_role() -> None:
    assert [getattr(classify(t), "role", None) for t in ("名称", "指標の名称", "担当名称", "区分名称")] == [
        "title",
        "indicator",
        "departments",
        "section",
    ]
    plan = _csv("番号,取組名,担当課,指標の名称,目標値\n1,電子申請の拡充,総務課,電子申請できる手続数,100件\n")
    (item,) = plan["initiatives"]
    assert (item["title"], item["indicators"][0]["name"]) == ("電子申請の拡充", "電子申請できる手続数")


def test_a_measure_row_with_its_own_department_and_kpi_is_read_as_reported() -> None:
    """A 区分 table of 基本目標 and 施策 rows, each 施策 with its 担当課 and KPI: the 施策 are what the plan reports on."""
    plan = _csv(
        "区分,番号,名称,担当課,指標,目標値\n"
        "基本目標,1,便利な暮らし,,,\n"
        "施策,1-1,手続のオンライン化,総務課,電子申請できる手続数,100件\n"
        "施策,1-2,窓口の改善,市民課,窓口の待ち時間,10分\n"
    )
    assert [(i["code"], i["title"], i["departments"]) for i in plan["initiatives"]] == [
        ("1-1", "手続のオンライン化", ["総務課"]),
        ("1-2", "窓口の改善", ["市民課"]),
    ]


def test_names_over_columns_are_a_matrix_only_where_they_are_departments() -> None:
    """「支所 | 出張所」 over ○ (where a service is offered) beside a 担当課 column: no 課 of the 取組."""
    plan = _csv(
        "番号,取組名,担当課,指標,目標値,支所,出張所\n"
        "1,証明書のコンビニ交付,市民課,コンビニ交付率,20%,○,○\n"
        "2,窓口の改善,市民課,待ち時間,10分,○,\n"
        "3,電子申請の拡充,総務課,手続数,100件,,○\n"
    )
    assert [i["departments"] for i in plan["initiatives"]] == [["市民課"], ["市民課"], ["総務課"]]
    assert not any(i.get("departments_others") for i in plan["initiatives"])


def test_a_target_date_with_no_target_to_date_is_the_schedule() -> None:
    plan = _csv(
        "番号,取組名,担当課,目標時期\n1,電子申請の拡充,総務課,令和7年度\n2,窓口の改善,市民課,令和8年度\n"
    )
    assert [[s["fy"] for s in i["schedule"]] for i in plan["initiatives"]] == [[2025], [2026]]


def test_a_plan_kept_on_a_hidden_sheet_behind_a_cover_is_read() -> None:
    """A cover shown, the 取組 sheet hidden (no sheet in sight holds a table): the hidden sheet is the plan."""
    book = openpyxl.Workbook()
    cover = book.active
    assert cover is not None
    cover.title = "表紙"
    cover.append(["桜台市DX推進計画"])
    hidden = book.create_sheet("取組")
    hidden.sheet_state = "hidden"
    for row in (["番号", "取組名", "担当課", "指標", "目標値"], ["1", "電子申請", "総務課", "手続数", "100件"],
                ["2", "窓口改革", "市民課", "待ち時間", "10分"]):  # fmt: skip
        hidden.append(row)
    out = io.BytesIO()
    book.save(out)
    plan = parse(out.getvalue(), filename="桜台市.xlsx")
    assert [i["title"] for i in plan["initiatives"]] == ["電子申請", "窓口改革"]


def test_a_text_far_below_the_row_limit_is_refused_as_too_long() -> None:
    """A cell past empty rows at row 20,000 is as much over the limit as row 10,001 (the reader now reads up to the last
    written row: first, that text was dropped without a word)."""
    import pytest

    from shinchoku.importers import ParseError

    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    for row in (["番号", "取組名", "担当課"], ["1", "電子申請", "総務課"], ["2", "窓口改革", "市民課"]):
        sheet.append(row)
    sheet.cell(20_000, 1, "はみ出し")
    out = io.BytesIO()
    book.save(out)
    with pytest.raises(ParseError, match="行が多すぎます（上限 10,000 行）"):
        parse(out.getvalue(), filename="桜台市.xlsx")
