"""Six documents as municipal employees produce them (``other/tabledocs7.py``), written without reading
the readers: 朝凪市's plan workbook (表紙, 体系図 and 取組一覧 sheets), 汐見町's 工程表 by 上期 / 下期, 鳴海市's CSV
exported from a 庁内 system (UTF-8 with a BOM, 出力情報 over the header, one row a KPI), 小松原村's web page
copied out of the browser, 御影市's 実施計画 (dates for 開始 / 終了, 事業費（千円）, formulas with cached values)
and 榛名台市's 件 table (the unit in merged group headers, 備考, 合計, a filter left on); each scored with
``scoring.score`` against the plan it states (a refusal scores 0)."""

from __future__ import annotations

from typing import Any

import pytest

from shinchoku.importers import parse
from shinchoku.importers.errors import ParseError
from shinchoku.importers.planjson import validate

from .other.tabledocs7 import DOCUMENTS7, HARUNADAI_FILTERED, MIKAGE_BUDGETS
from .scoring import by_title, score

#: Read, but not exactly, with what they reach (F1, codes, 担当課, KPI numbers, schedule) and why.
#: Below the bar when first measured, now exact: 汐見町 refused (its only column of words is headed 「取組内容」,
#: not taken for the 取組's names; with it renamed, 「上期」「下期」 under each merged 「令和N年度」 gave whole
#: years, and every mark was 「実施」 though the legend typed over the table names them); 御影市 schedule 0
#: (実施期間 「開始」「終了」 kept as dates gave no schedule); 小松原村 F1 0.375 (the rows under a 分野 cell
#: spanning them, short by that cell in the browser's copy, were read a column to the left).
NEAR: dict[str, tuple[float, float, float, float, float]] = {
}
# Outside the measures, first read wrong, now right: 朝凪市's period 「（令和6年度～令和9年度）」 alone under the title
# on the 表紙 sheet (was guessed 2023–2027 from the KPI years); 鳴海市's preamble 「計画,第2次鳴海市DX推進計画
# （令和5年度～令和9年度）」 names the plan, its period and the municipality (was the file's name).


def read(name: str) -> dict[str, Any]:
    source, _ = DOCUMENTS7[name]
    data, filename = source()
    return parse(data, filename=filename, municipality="試験市")


@pytest.mark.parametrize("name", list(DOCUMENTS7))
def test_document_scores(name: str) -> None:
    _, expected = DOCUMENTS7[name]
    try:
        plan = read(name)
    except ParseError as refused:
        assert "認識できません" in str(refused)
        assert NEAR.get(name) == (0.0, 0.0, 0.0, 0.0, 0.0), f"refused: {refused}"
        return
    validate(plan)
    found = score(plan, expected)
    reached = (found.f1, found.codes, found.departments, found.kpi_numbers, found.schedule)
    assert all(r >= v - 0.001 for r, v in zip(reached, NEAR.get(name, (1, 1, 1, 1, 1)), strict=True)), found


def test_rows_hidden_by_a_filter_are_read_and_the_total_row_is_no_initiative() -> None:
    """榛名台市's sheet was saved filtered to 市民課: the eight rows of the other 課 hidden by the filter are
    the plan's all the same; 「合計」 under the table is no 取組; 「目標値（件）」 over R7 and R9 gives the unit 件
    and two targets; the figure in a 備考 (「当初18,000件」) is no value of the indicator."""
    plan = read("harunadai-xlsx")
    assert [i["code"] for i in plan["initiatives"]] == [str(n) for n in range(1, 12)]
    assert sum(i["departments"] == [HARUNADAI_FILTERED] for i in plan["initiatives"]) == 3
    assert not any("合計" in i["title"] for i in plan["initiatives"])
    (delivery,) = by_title(plan, "コンビニ交付")["indicators"]
    assert delivery["unit"] == "件"
    assert [(t["fy"], t["value"]) for t in delivery["targets"]] == [(2025, 15000), (2027, 22000)]
    assert [(a["fy"], a["value"]) for a in delivery["actuals"]] == [(2024, 10420)]
    assert (delivery["baseline"]["fy"], delivery["baseline"]["value"]) == (2023, 8300)
    values = {
        v["value"]
        for i in plan["initiatives"]
        for k in i["indicators"]
        for v in [k["baseline"], k["final_target"], *k["targets"], *k["actuals"]]
        if v
    }
    assert 18000 not in values and 23100 not in values  # the 備考's figure, the 合計's 現状値


def test_the_money_of_a_formula_workbook_is_its_budget_by_year() -> None:
    """御影市's 実施計画: R6 / R7 / R8 under 「事業費（千円）」 are each 事業's budget in 千円 (the cached values
    of a sheet whose 計 and 合計 are formulas); 計 is no year's budget, the 合計 row no 事業; a rate kept as
    0.2 with a percent format is 20 (%), and the 進捗率 formula gives no figure of the indicator."""
    plan = read("mikage-xlsx")
    assert len(plan["initiatives"]) == len(MIKAGE_BUDGETS)
    for initiative in plan["initiatives"]:
        budget = [(b["fy"], b["amount"]) for b in initiative["budget"]]
        assert budget == MIKAGE_BUDGETS[initiative["title"]], initiative["title"]
        assert {b["unit"] for b in initiative["budget"]} == {"千円"}
    (rate,) = by_title(plan, "公共施設予約")["indicators"]
    assert (rate["unit"], rate["baseline"]["value"], rate["final_target"]["value"]) == ("%", 20, 60)
    (online,) = by_title(plan, "電子申請システム")["indicators"]
    assert [(a["fy"], a["value"]) for a in online["actuals"]] == [(2024, 72)]  # not 進捗率 0.35 / 35


def test_a_structure_sheet_and_a_list_sheet_are_one_plan() -> None:
    """朝凪市's 体系図 lists each 取組 as 「1-1-1 電子申請サービスの拡充」 under its 基本目標 and 施策 (merged down),
    the 取組一覧 sheet gives the same 取組 with their details: each 取組 once, in the 施策 of the 体系図, with
    the 取組内容 of the list as its summary; the 表紙 gives the plan's title."""
    plan = read("asanagi-xlsx")
    assert plan["plan"]["title"] == "朝凪市デジタル・トランスフォーメーション推進計画"
    assert len(plan["initiatives"]) == 10
    sections = {s["key"]: s for s in plan["sections"]}
    assert [(s["code"], s["title"]) for s in plan["sections"] if s["parent"] is None] == [
        ("1", "便利で身近な行政サービス"),
        ("2", "効率的な行政運営"),
        ("3", "地域社会のデジタル化"),
    ]
    reservations = by_title(plan, "窓口予約システム")
    assert sections[reservations["section"]]["title"] == "窓口サービスの改革"
    assert reservations["summary"] == "来庁の日時を予約できるようにし、待ち時間を減らす。"
    assert reservations["departments"] == ["市民課", "税務課"]


def test_a_schedule_by_halves_takes_its_legends_words() -> None:
    """汐見町: 「取組内容」 is the only column of words, so its cells name the 取組; 「令和6⏎年度」 merged over
    「上期 | 下期」 makes each cell a half of that year, and the legend typed over the table (「凡例：○ 予定　● 実施済
    → 継続」) says what each mark means."""
    plan = read("shiomi-xlsx")
    first = by_title(plan, "電子申請の拡充")
    assert [(e["fy"], e["half"], e["label"]) for e in first["schedule"]] == [
        (2024, 1, "実施済"),
        (2024, 2, "実施済"),
        (2025, 1, "予定"),
        (2025, 2, "継続"),
        (2026, 1, "継続"),
        (2026, 2, "継続"),
    ]
    wifi = by_title(plan, "観光Wi-Fiの拡充")  # 「 ○ ○ ○」: every 下期
    assert [(e["fy"], e["half"]) for e in wifi["schedule"]] == [(2024, 2), (2025, 2), (2026, 2)]
    assert [s["title"] for s in plan["sections"]] == ["行政サービスのデジタル化", "行政運営の効率化", "地域のデジタル化"]


def test_the_years_between_start_and_end_dates_are_the_schedule() -> None:
    """御影市: 実施期間 「開始 2024/4/1」「終了 2027/3/31」 is R6 to R8 (a date before April is the fiscal year
    before), 「2025/10/1」 typed as text is R7 all the same."""
    plan = read("mikage-xlsx")
    years = {item["title"]: [e["fy"] for e in item["schedule"]] for item in plan["initiatives"]}
    assert years["電子申請システムの導入"] == [2024, 2025, 2026]
    assert years["窓口キャッシュレス決済の導入"] == [2024, 2025]  # 2024/10/1 to 2025/9/30
    assert years["公共施設予約システムの更新"] == [2025, 2026]  # 「2025/10/1」 as text


def test_rows_under_a_spanning_cell_copied_from_a_web_page_keep_their_columns() -> None:
    """小松原村: the browser copies 「住民サービス」 (rowspan 3) into the first row only; 「2 ⇥ 証明書のコンビニ交付
    ⇥ 住民課 ⇥ …」 under it is 取組 2 of 住民サービス, its 現状 0件 and 目標 800件, and the breadcrumb over the page
    gives the plan's name by its last part."""
    plan = read("komatsubara-txt")
    delivery = by_title(plan, "証明書のコンビニ交付")
    (count,) = delivery["indicators"]
    assert (delivery["code"], delivery["departments"], count["name"]) == ("2", ["住民課"], "コンビニ交付件数")
    assert (count["baseline"]["value"], count["final_target"]["value"]) == (0, 800)
    sections = {s["key"]: s["title"] for s in plan["sections"]}
    assert [sections[i["section"]] for i in plan["initiatives"]] == ["住民サービス"] * 3 + ["行政運営"] * 3 + ["地域づくり"] * 2
    assert plan["plan"]["title"] == "小松原村DX推進計画"  # the page 「…の取組状況」 reports on it


def test_the_plan_is_named_by_a_cover_sheet_and_by_a_csvs_preamble() -> None:
    """朝凪市's 表紙 sets 「（令和6年度～令和9年度）」 on a line of its own under the title; 鳴海市's system export
    opens with 「計画,第2次鳴海市DX推進計画（令和5年度～令和9年度）」 over its header."""
    asanagi = read("asanagi-xlsx")
    assert asanagi["plan"]["period"] == {"start_fy": 2024, "end_fy": 2027}
    assert not any("計画期間" in w["message"] for w in asanagi["warnings"])
    source, _ = DOCUMENTS7["narumi-csv"]
    data, filename = source()
    narumi = parse(data, filename=filename)  # no municipality given: the file says it
    assert narumi["municipality"]["name"] == "鳴海市"
    assert narumi["plan"]["title"] == "第2次鳴海市DX推進計画（令和5年度～令和9年度）"
    assert narumi["plan"]["period"] == {"start_fy": 2023, "end_fy": 2027}
