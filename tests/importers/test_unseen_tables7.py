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
NEAR: dict[str, tuple[float, float, float, float, float]] = {
    # refused (「計画ファイルとして認識できません」): the title column is headed 「取組内容」, which is not taken
    # for the 取組's name, so no table with a 取組名 and a 担当課 is found. With the header renamed 「取組名」
    # every row is read (codes, 担当課 「会計課・住民課」 split, the three （１）… group rows as sections) but
    # each 「令和N\n年度」 merged over 「上期」「下期」 gives whole years, (2024, None) …, never (2024, 1) /
    # (2024, 2) (schedule 0; the same with 前期 / 後期 or 「R6上期」 in the lower row), and every mark is
    # labelled 「実施」 although the legend typed above the table says ○ 予定 ● 実施済 → 継続
    "shiomi-xlsx": (0.0, 0.0, 0.0, 0.0, 0.0),
    # the 取組 table's 分野 cell spans its rows on the page, so the browser's copy gives it only in the first
    # row of each 分野 (1, 4, 7 read exactly); the other five rows have six cells under a seven-column header
    # and are read one column to the left: 番号 「2」 as the 分野 (a section 「2」), the title as the code, the
    # 担当 as the title, the 指標 as the 担当課, 現状 「0件」 as the KPI's name and 目標 「800件」 as its 基準値
    # (R5), no target. (The breadcrumb 「ホーム > 村政情報 > …」 is taken as the plan's title.)
    "komatsubara-txt": (0.375, 1.0, 1.0, 1.0, 1.0),
    # 実施期間 「開始」「終了」 (dates 2024/4/1 … 2027/3/31 kept as dates, one typed as text 「2025/10/1」) give
    # no schedule and no warning: every 事業's schedule is empty (the same with R6 / R8 typed in 開始年度 /
    # 終了年度, or 「2024/4/1～2027/3/31」 in one cell). Everything else is read: the budget, the figures.
    "mikage-xlsx": (1.0, 1.0, 1.0, 1.0, 0.0),
}
# Outside the measures, as read today: 朝凪市's period 「（令和6年度～令和9年度）」 on the 表紙 sheet is not
# found (period 2023–2027 guessed from the KPI years, with a warning), and each 取組 is given sheet 「体系図」
# though its details are the 取組一覧's; 鳴海市's preamble 「計画,第2次鳴海市DX推進計画（令和5年度～令和9年度）」
# gives neither the plan's name nor its period nor the municipality (read without one, the municipality is
# the file's name 「sesaku_kpi_20240510」 and the period 2025–2027).


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
