"""The template as a real person fills it: what Excel and copy-paste do to it (issue 8).

A header row pasted again is not an initiative; 「目標値 (令和6年度)」 is that year's target, not
the final target; a 「記入例」 sheet is left out with a warning; a code Excel made a date is
repaired by the shape of the other codes; a CSV saved from the 取組 sheet alone is accepted.
"""

from __future__ import annotations

import datetime
import io
from pathlib import Path

import openpyxl

from shinchoku.importers import parse

EXAMPLE_CSV = Path(__file__).parents[2] / "samples" / "templates" / "example.csv"

HEADER = [
    "番号",
    "取組名",
    "担当課",
    "指標名",
    "基準値",
    "目標値 (令和6年度)",
    "目標値 (令和7年度)",
    "最終目標",
]
ROWS = [
    ["1-1-1", "行政手続のオンライン化", "情報政策課", "オンライン手続数", "42", "80", "120", "150"],
    ["1-1-2", "書かない窓口の導入", "市民課", "平均待ち時間", "25分", "20分", "15分", "10分"],
    ["1-2-1", "スマートフォン教室", "生涯学習課", "受講者数", "320人", "500人", "700人", "900人"],
]


def _book() -> bytes:
    book = openpyxl.Workbook()
    plan = book.active
    plan.title = "計画"
    plan.append(["自治体名", "緑ヶ丘市"])
    plan.append(["計画名", "緑ヶ丘市DX推進計画"])
    sheet = book.create_sheet("取組")
    sheet.append(HEADER)
    sheet.append(ROWS[0])
    sheet.append(ROWS[1])
    sheet.append(HEADER)  # the header pasted again with the next block
    sheet.append(ROWS[2])
    sheet["A2"] = datetime.datetime(2001, 1, 1)  # 「1-1-1」 as Excel stores it
    example = book.create_sheet("記入例")
    example.append(HEADER)
    example.append(["9-9-9", "（例）〇〇の推進", "〇〇課", "〇〇件数", "1", "2", "3", "4"])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def test_filled_workbook():
    plan = parse(_book(), filename="緑ヶ丘市.xlsx")
    assert plan["plan"]["source"]["layout"] == "template"
    assert [(i["code"], i["title"]) for i in plan["initiatives"]] == [
        ("1-1-1", "行政手続のオンライン化"),
        ("1-1-2", "書かない窓口の導入"),
        ("1-2-1", "スマートフォン教室"),
    ]
    ind = plan["initiatives"][1]["indicators"][0]
    assert [(t["fy"], t["value"]) for t in ind["targets"]] == [(2024, 20), (2025, 15)]
    assert ind["final_target"]["value"] == 10
    messages = [w["message"] for w in plan["warnings"]]
    assert any("2001-01-01" in m and "1-1-1 として読みました" in m for m in messages), messages
    assert any("「記入例」シート" in m and "読みませんでした" in m for m in messages), messages


def test_month_day_code_stays_month_day_beside_two_part_codes():
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "取組"
    sheet.append(["番号", "取組名", "担当課"])
    sheet.append([datetime.datetime(2025, 1, 2), "窓口改革", "市民課"])  # 「1-2」 typed in 2025
    sheet.append(["1-3", "電子申請", "情報政策課"])
    book.create_sheet("計画").append(["自治体名", "緑ヶ丘市"])
    book["計画"].append(["計画名", "緑ヶ丘市DX推進計画"])
    buffer = io.BytesIO()
    book.save(buffer)
    plan = parse(buffer.getvalue(), filename="x.xlsx")
    assert [i["code"] for i in plan["initiatives"]] == ["1-2", "1-3"]


def test_csv_of_the_initiative_sheet_alone():
    """Saved from the 取組 sheet only: no 自治体名 or 計画名 rows above the header."""
    lines = EXAMPLE_CSV.read_text(encoding="utf-8").split("\n")
    header_at = next(i for i, line in enumerate(lines) if line.startswith("階層,"))
    data = "\n".join(lines[header_at:]).encode("utf-8")
    hinted = parse(data, filename="取組.csv", municipality="緑ヶ丘市")
    assert hinted["plan"]["source"]["layout"] == "template"
    assert hinted["municipality"]["name"] == "緑ヶ丘市"
    assert hinted["plan"]["title"] == "緑ヶ丘市 計画"
    assert len(hinted["initiatives"]) == 9
    assert any("自治体名の行がない" in w["message"] for w in hinted["warnings"])
    from_name = parse(data, filename="緑ヶ丘市_取組.csv")
    assert from_name["municipality"]["name"] == "緑ヶ丘市"


def test_repeated_header_in_csv_is_not_an_initiative():
    lines = EXAMPLE_CSV.read_text(encoding="utf-8").split("\n")
    header = next(line for line in lines if line.startswith("階層,"))
    at = len(lines) - 3
    text = "\n".join([*lines[:at], header, *lines[at:]])
    plan = parse(text.encode("utf-8"), filename="example.csv")
    assert len(plan["initiatives"]) == 9
    assert all(i["title"] != "取組名" for i in plan["initiatives"])


def test_a_year_typed_far_off_the_plan_is_one_cells_warning_not_the_whole_template() -> None:
    """The example template with 最終目標年度 「令和20年度」 in a plan of 令和6〜8年度 (a slip of the hand): the template is
    still read as the template, that final target left out with a warning naming its row; the file was read by
    the generic readers instead, its period running to 2038, with advice about pdftotext."""

    text = EXAMPLE_CSV.read_text(encoding="utf-8")
    slipped = text.replace('150,令和8年度,"4,500"', '150,令和20年度,"4,500"', 1)
    assert slipped != text
    plan = parse(slipped.encode(), filename="example.csv")
    assert plan["plan"]["source"]["layout"] == "template"
    assert plan["plan"]["period"] == {"start_fy": 2024, "end_fy": 2026}
    (first,) = [i for i in plan["initiatives"] if i["code"] == "1-1-1"]
    assert first["indicators"][0]["final_target"] is None
    (warning,) = [w for w in plan["warnings"] if "離れすぎている" in w["message"]]
    assert warning["line"] == 12 and "令和20年度" in warning["message"]


def test_a_department_with_its_related_ones_in_brackets():
    """「市民課（情報政策課）」 in the template's 担当課: 市民課 is in charge, 情報政策課 works with it; a 課 named twice is kept
    once, and one in charge is no 関係課 of its own row."""
    text = "\n".join(
        [
            "自治体名,緑ヶ丘市",
            "計画名,緑ヶ丘市DX推進計画",
            "",
            ",".join(HEADER[:3]),
            "1-1-1,行政手続のオンライン化,市民課（情報政策課）",
            "1-1-2,書かない窓口の導入,市民課（情報政策課・市民課）",
        ]
    )
    plan = parse(text.encode(), filename="緑ヶ丘市.csv")
    assert plan["plan"]["source"]["layout"] == "template"
    found = [(i["departments"], i.get("departments_others")) for i in plan["initiatives"]]
    assert found == [(["市民課"], ["情報政策課"]), (["市民課"], ["情報政策課"])]


def _with_hidden_sheet(*, shown_table: bool) -> bytes:
    """The template with last year's 取組 sheet kept, hidden (「シートの非表示」), beside this year's — or, with
    ``shown_table`` False, the 取組 sheet itself hidden behind the 計画 sheet."""
    book = openpyxl.load_workbook(io.BytesIO(_book()))
    del book["記入例"]
    if not shown_table:
        book["取組"].sheet_state = "hidden"
    old = book.create_sheet("R5取組")
    old.append(HEADER)
    old.append(["1-3-1", "FAXの廃止（令和5年度で終了）", "総務課", "FAX受付件数", "1200", "600", "0", "0"])
    old.sheet_state = "hidden"
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def test_a_hidden_sheet_of_the_template_is_not_the_plan():
    """A filled template with last year's sheet hidden: its 取組 (the FAX one the plan dropped) is not imported, and
    the preview says the hidden sheet was not read, as the generic readers say it."""
    plan = parse(_with_hidden_sheet(shown_table=True), filename="緑ヶ丘市.xlsx")
    assert plan["plan"]["source"]["layout"] == "template"
    assert [i["code"] for i in plan["initiatives"]] == ["1-1-1", "1-1-2", "1-2-1"]
    messages = [w["message"] for w in plan["warnings"]]
    assert "非表示のシート「R5取組」は読みませんでした。取り込む場合はシートを再表示してから保存してください" in messages


def test_hidden_sheets_are_read_when_no_table_is_in_sight():
    """Every table hidden (a cover sheet shown): the hidden sheets are the plan, as the generic readers take them."""
    plan = parse(_with_hidden_sheet(shown_table=False), filename="緑ヶ丘市.xlsx")
    assert [i["code"] for i in plan["initiatives"]] == ["1-1-1", "1-1-2", "1-2-1", "1-3-1"]


def test_year_columns_left_blank_stay_the_templates():
    """The template filled before anything is scheduled: its year columns blank, nothing shaded, under a title naming
    the 町 — read as the template (its 区分 国 / 町 each 取組's scope), not left to the generic readers, which read the
    区分 as sections (review: the rule for a 工程表 of fills took any blank years)."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "取組一覧"
    sheet.append(["高千穂町DX推進計画 取組一覧"])
    sheet.append(["番号", "取組名", "担当課", "区分", "指標名", "基準値", "最終目標", "令和7年度", "令和8年度"])
    sheet.append(["1-1", "書かない窓口の導入", "町民課", "国", "手続数", "0件", "20件"])
    sheet.append(["1-2", "町ホームページのリニューアル", "総務課", "町", "閲覧数", "120,000件", "150,000件"])
    out = io.BytesIO()
    book.save(out)
    plan = parse(out.getvalue(), filename="取組一覧.xlsx")
    assert plan["plan"]["source"]["layout"] == "template"
    assert [(i["code"], i["scope"]) for i in plan["initiatives"]] == [("1-1", "national"), ("1-2", "local")]
