"""Seven documents in the commonest table shapes, as municipalities publish them on their sites
(``other/tabledocs9.py``), written without reading the readers: 白鳥台市's 進捗状況一覧 (KPI rows merged under
their 取組, the header pasted again a page), 水無瀬市's KPI list exported from a 庁内 system (column names half
English), 朝倉野町's 工程表 by 上期 / 下期, 杜若市's 事業一覧 with its 成果指標 on a second sheet, 蓬莱野村's outline
kept in a sheet, 葵台市's long open-data CSV and 雲母町's table with a header in two languages, dates for 開始 /
終了 and 小計 rows; each scored with ``scoring.score`` against the plan it states."""

from __future__ import annotations

import json
from typing import Any

import pytest

from .other.tabledocs9 import KAKITSUBATA_BUDGETS, KIRARA_BUDGETS, PLANS, document, expected
from .scoring import Reached, by_title
from .unseen_harness import KANA_OR_KANJI, assert_reads_as_stated, assert_warnings_in, sheet_reader

read = sheet_reader(document)


#: Below the bar as first measured, with the floor they reach (F1, codes, 担当課, KPI numbers, schedule) and
#: exactly what is missed.
BELOW: dict[str, Reached] = {}
# First measured below the bar: 蓬莱野村 (1.0, 1.0, 1.0, 0.0, 1.0), an indicator cell 「電子申請できる手続数　5件（R6）→
# 40件（R11）」 read whole as its name (now its figures where the table has no value columns, tables._FIGURES_IN_NAME);
# 水無瀬市 (KPI 0), 「BASE_VALUE」「BASE_FY」「GRADE」 unread (now labels); 雲母町 (KPI 0, schedule 0), each header label
# over its English 「取組名⏎Initiative」 no label (now read by its Japanese, labels._ENGLISH_TAIL), 「合計 / Total」 a 取組
# and 「…アクションプラン（2024年度～2026年度）」 no period (a プラン's line states it too, generic._PLAN_WORDS). All exact.


@pytest.mark.parametrize("name", sorted(PLANS))
def test_a_document_reads_as_the_plan_it_states(name: str) -> None:
    assert_reads_as_stated(read(name), expected(name), below=BELOW.get(name), named=PLANS[name][0], valid=True)


@pytest.mark.parametrize("name", sorted(PLANS))
def test_warnings_are_japanese(name: str) -> None:
    assert_warnings_in(read(name), KANA_OR_KANJI)


def _kept_or_named(plan: dict[str, Any], text: str, column: str) -> bool:
    """``text`` is somewhere in the plan's 取組, or a warning names ``column``."""
    return text in json.dumps(plan["initiatives"], ensure_ascii=False) or any(
        column in w["message"] for w in plan["warnings"]
    )


# --- 白鳥台市 ---------------------------------------------------------------------------------------------------


def test_kpi_rows_merged_under_their_initiative_and_a_pasted_header() -> None:
    """Ten 取組 of two or three KPI each; the header pasted again is no 取組; 評価 A–D kept per indicator; the 達成率
    is no target; a R6目標 in a plan to R10 is no final target; the waiting time falls."""
    plan = read("shiratoridai-xlsx")
    assert [i["code"] for i in plan["initiatives"]] == [str(n) for n in range(1, 11)]
    assert not any(i["title"] == "取組名" for i in plan["initiatives"])
    rpa = by_title(plan, "RPA・AI-OCR")
    assert [[e["text"] for e in k["evaluations"]] for k in rpa["indicators"]] == [["A"], ["A"], ["D"]]
    assert rpa["indicators"][2]["actuals"] == []
    for initiative in plan["initiatives"]:
        for indicator in initiative["indicators"]:
            assert indicator["final_target"] is None
            assert [t["fy"] for t in indicator["targets"]] == [2024]
    (_, waiting) = by_title(plan, "書かない窓口")["indicators"]
    assert waiting["direction"] == "decrease"


def test_the_issues_column_is_kept_or_named() -> None:
    """「課題・今後の方向性」 merged down each 取組 is its 現状・課題 / 今後の取組 text — or a warning says it was not read."""
    plan = read("shiratoridai-xlsx")
    assert _kept_or_named(plan, "シナリオを作り直し", "課題・今後の方向性")


# --- 水無瀬市 ---------------------------------------------------------------------------------------------------


def test_a_system_export_with_half_english_columns() -> None:
    plan = read("minase-csv")
    assert [i["code"] for i in plan["initiatives"]][:3] == ["DX-01-01", "DX-01-02", "DX-01-03"]
    assert by_title(plan, "窓口予約")["departments"] == ["市民課", "税務課"]
    assert [k["name"] for k in by_title(plan, "デジタルデバイド")["indicators"]] == [
        "スマホ講座の受講者数（延べ）",
        "デジタル活用支援員の人数",
    ]
    (rate,) = by_title(plan, "コンビニ交付")["indicators"]
    assert rate["actuals"] == [] and rate["final_target"]["value"] == 40


def test_base_value_and_base_fy_are_the_baseline() -> None:
    (count, rate) = by_title(read("minase-csv"), "行政手続のオンライン化")["indicators"]
    assert (count["baseline"]["fy"], count["baseline"]["value"]) == (2023, 120)
    assert (rate["baseline"]["fy"], rate["baseline"]["value"]) == (2023, 14.2)


def test_grade_is_the_evaluation() -> None:
    (count, _) = by_title(read("minase-csv"), "行政手続のオンライン化")["indicators"]
    assert [e["text"] for e in count["evaluations"]] == ["A"]


def test_a_row_without_a_kpi_gives_no_indicator() -> None:
    assert by_title(read("minase-csv"), "庁内情報システムの最適化")["indicators"] == []


# --- 朝倉野町 ---------------------------------------------------------------------------------------------------


def test_halves_under_merged_years_with_marks_and_phases() -> None:
    """Each marked or covered half is that half; a phase merged over three halves covers all three; a 取組 only
    in 上期 has no 下期; the legend's words label the marks; the 基本方針 rows are sections."""
    plan = read("asakurano-xlsx")
    assert [s["title"] for s in plan["sections"]] == [
        "住民サービスのデジタル化",
        "役場のデジタル化",
        "地域のデジタル化",
    ]
    migration = by_title(plan, "標準化")["schedule"]
    assert [(e["fy"], e["half"], e["label"]) for e in migration][:4] == [
        (2024, 1, "移行準備"),
        (2024, 2, "移行準備"),
        (2025, 1, "移行準備"),
        (2025, 2, "移行"),
    ]
    assert {e["half"] for e in by_title(plan, "スマホ教室")["schedule"]} == {1}
    assert by_title(plan, "電子申請の拡充")["schedule"][0]["label"] == "検討・準備"
    assert not any("凡例" in i["title"] or "上期" in i["title"] for i in plan["initiatives"])


# --- 杜若市 -----------------------------------------------------------------------------------------------------


def test_money_by_year_and_indicators_joined_by_number() -> None:
    """事業費 under R6予算 / R7見込 / R8見込 is each 事業's budget by year (the 合計 column none); the 合計 row is no
    事業; 事業番号 typed as numbers are codes; 101 has two indicators, 103 none, 202's (listed last) joins it."""
    plan = read("kakitsubata-xlsx")
    assert [i["code"] for i in plan["initiatives"]] == [
        str(n) for n in (101, 102, 103, 201, 202, 203, 301, 302)
    ]
    for title, money in KAKITSUBATA_BUDGETS.items():
        found = [(b["fy"], b["amount"], b["unit"]) for b in by_title(plan, title)["budget"]]
        assert found == [(fy, amount, "千円") for fy, amount in money], title
    assert len(by_title(plan, "電子申請システム")["indicators"]) == 2
    assert by_title(plan, "公金収納")["indicators"] == []
    assert [k["name"] for k in by_title(plan, "電子決裁")["indicators"]] == ["電子決裁率"]
    assert not any("合計" in i["title"] for i in plan["initiatives"])


def test_the_funding_column_is_kept_or_named() -> None:
    assert _kept_or_named(read("kakitsubata-xlsx"), "デジタル田園都市国家構想交付金", "財源")


# --- 蓬莱野村 ---------------------------------------------------------------------------------------------------


def test_an_outline_in_columns_gives_the_tree() -> None:
    """基本目標 in A, 施策 in B, 取組 in C: three 基本目標 of two 施策 each, 取組 1-1-1 …, 担当課 from D, a second
    indicator typed alone in E on the next row going with the 取組 above."""
    plan = read("houraino-xlsx")
    assert plan["plan"]["period"] == {"start_fy": 2025, "end_fy": 2029}
    assert [(s["level"], s["title"]) for s in plan["sections"]][:3] == [
        ("基本目標", "便利で身近な村役場"),
        ("施策", "手続のオンライン化"),
        ("施策", "窓口サービスの向上"),
    ]
    assert [i["code"] for i in plan["initiatives"]][:4] == ["1-1-1", "1-1-2", "1-2-1", "1-2-2"]
    assert by_title(plan, "キャッシュレス納付")["departments"] == ["会計室", "住民税務課"]
    assert len(by_title(plan, "電子申請の導入")["indicators"]) == 2
    assert by_title(plan, "おくやみ窓口")["indicators"] == []


def test_an_indicator_cell_with_its_figures() -> None:
    (count, rate) = by_title(read("houraino-xlsx"), "電子申請の導入")["indicators"]
    assert (count["name"], count["unit"]) == ("電子申請できる手続数", "件")
    assert (count["baseline"]["fy"], count["baseline"]["value"]) == (2024, 5)
    assert (count["final_target"]["fy"], count["final_target"]["value"]) == (2029, 40)
    assert (rate["unit"], rate["final_target"]["value"]) == ("%", 50)


# --- 葵台市 -----------------------------------------------------------------------------------------------------


def test_long_open_data_one_row_a_value() -> None:
    """One row per indicator, year and kind: the 2023 実績 is an actual, the targets each year's, an empty 値 no
    value; 「情報政策課,税務課」 quoted is two 課; the plan's missing title is said in Japanese."""
    plan = read("aoidai-csv")
    (count, rate) = by_title(plan, "電子申請の拡充")["indicators"]
    assert [(a["fy"], a["value"]) for a in count["actuals"]] == [(2023, 95), (2024, 142)]
    assert [t["fy"] for t in rate["targets"]] == [2024, 2025, 2026, 2027, 2028]
    (konbini,) = by_title(plan, "コンビニ交付")["indicators"]
    assert [a["fy"] for a in konbini["actuals"]] == [2023]
    assert by_title(plan, "標準化")["departments"] == ["情報政策課", "税務課"]
    assert any("計画名" in w["message"] for w in plan["warnings"])


# --- 雲母町 -----------------------------------------------------------------------------------------------------


def test_subtotals_and_the_total_are_no_initiatives() -> None:
    plan = read("kirara-xlsx")
    assert len(plan["initiatives"]) == 7
    assert not any("計" in i["title"] or "Total" in i["title"] for i in plan["initiatives"])


def test_a_header_in_two_languages_keeps_the_titles() -> None:
    plan = read("kirara-xlsx")
    assert [i["title"] for i in plan["initiatives"]][:2] == ["電子申請の拡充", "キャッシュレス決済の導入"]
    assert plan["plan"]["period"] == {"start_fy": 2024, "end_fy": 2026}


def test_dates_give_fiscal_years_and_money_its_years() -> None:
    """2025/1/15 starts FY2024, 2025/9/30 ends FY2025, 2027/3/31 ends FY2026, 「継続」 runs to the plan's end."""
    plan = read("kirara-xlsx")
    for initiative, wanted in zip(plan["initiatives"], expected("kirara-xlsx")["initiatives"], strict=True):
        assert [e["fy"] for e in initiative["schedule"]] == [e["fy"] for e in wanted["schedule"]], wanted[
            "title"
        ]
    for title, money in KIRARA_BUDGETS.items():
        assert [(b["fy"], b["amount"]) for b in by_title(plan, title)["budget"]] == money, title
