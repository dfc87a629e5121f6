"""A third batch of outline, card and prose plans no reader was written against (issue 8).

The documents (tests/importers/other/, expected plans in ``other/unseen3.py``, written by hand before
the readers were changed) are read as a text upload, as a PDF viewer's copy, and printed by Chromium
and read as a PDF and through ``pdftotext`` (slow), and scored with ``scoring.score`` against what
each states, with the bar for unseen documents: F1 ≥ 0.90, KPI numbers ≥ 0.85, 担当課 ≥ 0.85, codes
and schedule where printed. Concrete values are asserted where a user relies on them: a 施策体系 table
does not read its initiatives twice, 「R8～：本格実施」 goes on to the plan's last year, a plan set in two
columns is read column by column.
"""

from __future__ import annotations

from functools import cache
from typing import Any

import pytest

from shinchoku.importers import parse

from .other.unseen import text, viewer_copy
from .other.unseen3 import PLANS, expected
from .samplepdf import Print, pdftotext, print_html, sample_html
from .scoring import by_title, score
from .test_unseen_plans import assert_bar


@cache
def read_text(name: str) -> dict[str, Any]:
    return parse(text(name).encode("utf-8"), filename=name)


@cache
def read_copy(name: str) -> dict[str, Any]:
    copied = viewer_copy(text(name), width=32, page_mark="- {n} -")
    return parse(copied.encode("utf-8"), filename=name.replace(".txt", "_copy.txt"))


@pytest.mark.parametrize("name", sorted(PLANS))
def test_a_document_reads_as_the_plan_it_states(name: str) -> None:
    plan = read_text(name)
    assert_bar(score(plan, expected(name)))
    assert plan["municipality"]["name"] == PLANS[name][0]


@pytest.mark.parametrize("name", sorted(PLANS))
def test_a_viewer_copy_reads_as_the_plan_it_states(name: str) -> None:
    plan = read_copy(name)
    assert_bar(score(plan, expected(name)))
    assert plan["municipality"]["name"] == PLANS[name][0]


def test_a_policy_tree_table_does_not_read_its_initiatives_twice() -> None:
    """星川市's 施策体系 (基本目標 | 施策 | 取組) lists the 取組 the cards after it detail: each is read once,
    from its card."""
    plan = read_text("hoshikawa_taikei.txt")
    assert [i["code"] for i in plan["initiatives"]] == [
        "A-1-1",
        "A-1-2",
        "A-2-1",
        "B-1-1",
        "B-1-2",
        "C-1-1",
        "C-1-2",
    ]
    item = by_title(plan, "電子申請の拡大")
    assert item["departments"] == ["市民課", "情報政策課"]
    (indicator,) = item["indicators"]
    assert (indicator["baseline"]["value"], indicator["final_target"]["value"]) == (3500, 15000)


def test_a_schedule_open_at_its_end_runs_to_the_plans_last_year() -> None:
    """「R6：検討　R7：試行　R8～：本格実施」 in a plan of 令和6～9年度."""
    item = by_title(read_text("kitahama_projects.txt"), "書かない窓口")
    assert [(e["fy"], e["label"]) for e in item["schedule"]] == [
        (2024, "検討"),
        (2025, "試行"),
        (2026, "本格実施"),
        (2027, "本格実施"),
    ]


def test_a_measure_numbered_again_under_each_goal_takes_its_path_as_code() -> None:
    """「施策1」 under 基本目標1, 2 and 3; its bullets' 【担当課】 are its 担当課."""
    plan = read_text("takamori_shisaku.txt")
    assert [i["code"] for i in plan["initiatives"]] == ["1-1", "1-2", "2-1", "2-2", "3-1", "3-2"]
    assert by_title(plan, "行政手続のオンライン化")["departments"] == ["子育て支援課", "情報政策課", "会計課"]


def test_prose_closing_with_its_departments_names_them() -> None:
    item = by_title(read_text("akitsu_prose.txt"), "行政手続のオンライン化")
    assert item["departments"] == ["住民課", "企画課"]
    assert item["summary"].startswith("町では、これまで紙の申請書による手続が中心でした。")


def test_details_after_an_items_sub_items_are_the_items() -> None:
    """(1) 生成AIの活用 > ア … イ … > 実施時期 / 目標 lines: the item's schedule and indicator."""
    item = by_title(read_text("kasugano_roman.txt"), "生成AIの活用")
    assert [e["fy"] for e in item["schedule"]] == [2025, 2026]
    (indicator,) = item["indicators"]
    assert indicator["name"] == "生成AIを利用する職員の割合"
    assert (indicator["baseline"]["fy"], indicator["baseline"]["value"]) == (2024, 10)


def test_a_schedule_without_a_year_is_a_located_warning_in_a_partial_plan() -> None:
    """「検討後に決定」 cannot be placed on the 工程表: the plan is read all the same, the text stays with the
    item's actions, and the warning names the 【スケジュール】 it is under."""
    document = text("kitahama_projects.txt").replace("　R6：検討　R7：試行　R8～：本格実施", "　検討後に決定")
    plan = parse(document.encode("utf-8"), filename="kitahama.txt")
    assert len(plan["initiatives"]) == 7
    item = by_title(plan, "書かない窓口")
    assert item["schedule"] == []
    assert "検討後に決定" in item["actions"]
    line = document.split("\n").index("【スケジュール】") + 1  # the label the value is under
    assert plan["warnings"] == [
        {
            "line": line,
            "message": "取組「書かない窓口の実現」の工程 '検討後に決定' に年度がないため、工程表に載せず取組内容に残しました",
        }
    ]


def test_a_field_line_next_to_a_page_number_is_no_footer() -> None:
    """Two items' 「実施時期：令和７年度～令和１１年度」 each fall at a page's end in the viewer copy: the
    same line beside two page numbers, but a labelled field, not a running footer."""
    plan = read_copy("fujimi_fullwidth.txt")
    for code in ("1.1.2", "3.1.2"):
        (item,) = [i for i in plan["initiatives"] if i["code"] == code]
        assert [e["fy"] for e in item["schedule"]] == [2025, 2026, 2027, 2028, 2029]


# --- printed by Chromium, read as a PDF and through pdftotext -------------------------------------------


def _html(name: str) -> str:
    document = sample_html(text(name), Print(page_numbers=True))
    if name == "oumi_columns.txt":  # 青海市 prints its plan in two columns
        document = document.replace("</style>", "body { column-count: 2; column-gap: 8mm; } </style>")
    return document


@cache
def read_printed(name: str, how: str) -> dict[str, Any]:
    pdf = print_html(_html(name), name.removesuffix(".txt"))
    if how == "pdf":
        return parse(pdf)
    extracted = pdftotext(pdf, layout=how.endswith("-layout"))
    return parse(extracted.encode("utf-8"), filename=name.replace(".txt", ".pdf.txt"))


PRINTED = [
    pytest.param("akitsu_prose.txt", "pdf"),
    pytest.param("akitsu_prose.txt", "pdftotext -layout"),
    pytest.param("fujimi_fullwidth.txt", "pdf"),
    pytest.param("fujimi_fullwidth.txt", "pdftotext"),
    pytest.param("hoshikawa_taikei.txt", "pdf"),
    pytest.param("hoshikawa_taikei.txt", "pdftotext -layout"),
    pytest.param("kasugano_roman.txt", "pdf"),
    pytest.param("kasugano_roman.txt", "pdftotext"),
    pytest.param("kitahama_projects.txt", "pdf"),
    pytest.param("kitahama_projects.txt", "pdftotext -layout"),
    pytest.param("okawa_codes.txt", "pdf"),
    pytest.param("okawa_codes.txt", "pdftotext -layout"),
    pytest.param("oumi_columns.txt", "pdf"),
    pytest.param("oumi_columns.txt", "pdftotext"),
    pytest.param("oumi_columns.txt", "pdftotext -layout"),
    pytest.param("takamori_shisaku.txt", "pdf"),
    pytest.param("takamori_shisaku.txt", "pdftotext"),
    pytest.param("takamori_shisaku.txt", "pdftotext -layout"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("name", "how"), PRINTED)
def test_a_printed_document_reads_as_the_plan_it_states(name: str, how: str) -> None:
    plan = read_printed(name, how)
    assert_bar(score(plan, expected(name)))
    assert plan["municipality"]["name"] == PLANS[name][0]


@pytest.mark.slow
def test_a_page_in_two_columns_is_read_column_by_column() -> None:
    """青海市's page sets 取組1–4 in the left column and 取組4's text, 取組5–7 in the right: each item keeps
    its own text and 担当課, and the line the column broke (「…医療機関のオ」「ンライン診療を支援します。」) is one."""
    plan = read_printed("oumi_columns.txt", "pdf")
    assert [i["code"] for i in plan["initiatives"]] == ["1", "2", "3", "4", "5", "6", "7"]
    item = by_title(plan, "オンライン診療の支援")
    assert item["summary"] == "離島・山間部の住民が受診しやすいよう、医療機関のオンライン診療を支援します。"
    assert item["departments"] == ["健康づくり課"]
    assert [e["fy"] for e in item["schedule"]] == [2024, 2025, 2026, 2027]
    assert by_title(plan, "ペーパーレス会議")["departments"] == ["総務課"]


@pytest.mark.slow
def test_a_page_in_two_columns_side_by_side_is_read_column_by_column() -> None:
    """``pdftotext -layout`` sets 青海市's two columns side by side on each line (「青海市DX推進計画    離島・
    山間部の住民が…」): the page is read left column, then right (before: F1 0.73, 担当課 0, KPI 0.25), and a
    warning names the line of the file (the page number 「-1-」 on line 33, below both columns)."""
    pdf = print_html(_html("oumi_columns.txt"), "oumi_columns")
    extracted = pdftotext(pdf, layout=True)
    assert "青海市DX推進計画" in extracted.split("\n")[0] and "離島" in extracted.split("\n")[0]
    plan = parse(extracted.encode("utf-8"), filename="oumi.txt")
    assert [i["code"] for i in plan["initiatives"]] == ["1", "2", "3", "4", "5", "6", "7"]
    item = by_title(plan, "オンライン診療の支援")
    assert item["summary"] == "離島・山間部の住民が受診しやすいよう、医療機関のオンライン診療を支援します。"
    assert item["departments"] == ["健康づくり課"]
    (indicator,) = item["indicators"]
    assert (indicator["baseline"]["value"], indicator["final_target"]["value"]) == (2, 12)
    assert [e["fy"] for e in by_title(plan, "図書館の電子書籍サービス")["schedule"]] == [2025]
    (note,) = [w for w in plan["warnings"] if "-1-" in w["message"]]
    assert extracted.split("\n")[note["line"] - 1].strip() == "-1-"


@pytest.mark.slow
def test_a_page_given_right_column_first_is_read_in_order() -> None:
    """Plain ``pdftotext`` gives 青海市's page right column first: 取組4's text opens the page, its
    heading closes it, and 「青海市DX推進計画 / 計画期間 … / 第3章」 comes after 取組7's 〈工程〉. The left column
    (from where the numbers go back) is read first, then the opening lines, then the rest (before:
    取組4 without 担当課, KPI or 工程, 取組7's 工程 令和6～9年度 from the 計画期間 line)."""
    extracted = pdftotext(print_html(_html("oumi_columns.txt"), "oumi_columns"), layout=False)
    assert extracted.startswith("離島・山間部の住民が")
    plan = read_printed("oumi_columns.txt", "pdftotext")
    assert [i["code"] for i in plan["initiatives"]] == ["1", "2", "3", "4", "5", "6", "7"]
    item = by_title(plan, "オンライン診療の支援")
    assert item["summary"] == "離島・山間部の住民が受診しやすいよう、医療機関のオンライン診療を支援します。"
    assert item["departments"] == ["健康づくり課"]
    (indicator,) = item["indicators"]
    assert (indicator["baseline"]["value"], indicator["final_target"]["value"]) == (2, 12)
    assert [e["fy"] for e in item["schedule"]] == [2024, 2025, 2026, 2027]
    assert [e["fy"] for e in by_title(plan, "公共施設予約のオンライン化")["schedule"]] == [2025, 2026]
    assert plan["plan"]["period"] == {"start_fy": 2024, "end_fy": 2027}


def test_a_kpi_table_set_before_its_measures_heading_goes_to_that_measure() -> None:
    """Plain pdftotext gives 施策2's KPI table right after 施策1's, before 「施策2 窓口サービスの改善」."""
    plan = read_printed("takamori_shisaku.txt", "pdftotext")
    for title, figures in (
        ("行政手続のオンライン化", [(52, 200), (8400, 30000)]),
        ("窓口サービスの改善", [(28, 10)]),
    ):
        indicators = by_title(plan, title)["indicators"]
        assert [(i["baseline"]["value"], i["final_target"]["value"]) for i in indicators] == figures


@pytest.mark.slow
def test_kpi_tables_under_each_measure_keep_their_rows_through_pdftotext_layout() -> None:
    """「施策2 窓口サービスの改善」 after a KPI table is the next measure, not the table's last row."""
    plan = read_printed("takamori_shisaku.txt", "pdftotext -layout")
    item = by_title(plan, "地域の情報化")
    assert [(i["name"], i["baseline"]["value"], i["final_target"]["value"]) for i in item["indicators"]] == [
        ("公衆無線LANを整備した施設数", 14, 45),
        ("防災アプリの登録者数", 3200, 12000),
    ]


@pytest.mark.slow
def test_a_kpi_table_set_before_its_measures_heading_is_the_measures() -> None:
    """Plain ``pdftotext`` sets 「施策2 デジタルデバイド対策」's KPI table right after 施策1's, before its
    heading and bullets: a second table with the same header, before a heading of the same kind whose
    item has none, is that item's (before: 施策1 with three indicators, 施策2 none; KPI 0.67)."""
    plan = read_printed("takamori_shisaku.txt", "pdftotext")
    assert [i["name"] for i in by_title(plan, "地域の情報化")["indicators"]] == [
        "公衆無線LANを整備した施設数",
        "防災アプリの登録者数",
    ]
    (indicator,) = by_title(plan, "デジタルデバイド対策")["indicators"]
    assert (indicator["name"], indicator["baseline"]["value"], indicator["final_target"]["value"]) == (
        "スマートフォン教室の参加者数",
        180,
        1000,
    )
    assert (indicator["baseline"]["fy"], indicator["final_target"]["fy"]) == (2023, 2028)
