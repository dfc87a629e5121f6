"""Eight workbooks and a CSV file as municipal staff make them (``other/tabledocs11.py``), written without
reading the readers: 瑠璃ヶ浜市's 進捗管理表 of three rows a 取組 (計画 / 実績 / 評価) with the years across,
萌黄台町's 個別取組シート on its side (the items in rows, one column a 取組), 鈴懸市's sheet of two blocks (前期 /
後期) each with its own header and the 担当課 merged over several 取組, 朧月市's 取組一覧 of Alt+Enter cells
holding 「①…⏎②…」 two indicators, 湯の花町's CSV saved from Excel (Shift_JIS, CRLF, the header on row 4,
施策 and 取組 only on their first rows), 柚葉台市's 取組 and KPI sheets linked by 取組番号 (units only in the
number formats, rates stored 0.35, years as dates shown 「令和7年度」), 紅梅台市's protected 入力シート (hidden
VLOOKUP helper columns, a hidden 課マスタ, the 担当者 in comments) and 菫ヶ丘市's workbook of 目次, 凡例 and one
sheet per 基本目標; each scored with ``scoring.score`` against the plan it states."""

from __future__ import annotations

import pytest

from .other.tabledocs11 import MOEGI_BUDGETS, PLANS, document, expected
from .scoring import Reached, by_title
from .unseen_harness import KANA_OR_KANJI, assert_reads_as_stated, assert_warnings_in, said, sheet_reader

read = sheet_reader(document)


#: Below the bar, with the floor they reach (F1, codes, 担当課, KPI numbers, schedule) and exactly what is misread:
#: none now, all eight exact. As first measured: 紅梅台市 (hidden helper columns warned and skipped, the 担当者
#: comments and the hidden 課マスタ ignored) and 菫ヶ丘市 (目次 and 凡例 no 取組, each 基本目標 sheet's marks its
#: years) were exact.
#: 瑠璃ヶ浜市 was first measured KPI 0: its 計画 row's figures under the years were read as the 工程's labels; a 区分
#: 「計画」 over figures is the year's targets now, 「評価」 the year's grades (tables._PLANNED_OR_GRADED): exact.
#: 柚葉台市 was first measured KPI 0, schedule 0: its years stored as dates shown 「令和6年」「令和10年度」 (a format
#: openpyxl knows no date) were read as serial numbers; a date format of the era is read as shown now, and a unit
#: in a number format (「#,##0"件"」) shows after the figure (readers/xlsx._era_date, format_number): exact.
#: 湯の花町 was first measured F1 0: its CSV 「施策番号 | 施策名 | 取組番号 | 取組名 …」 was taken for the import template,
#: which read the 施策 as the items; a header naming the 番号 or the name twice is no template (template._is_template),
#: and the generic readers read the 施策 as the section of the 取組 beside it: exact.
#: 萌黄台町 was first measured F1 0: its sheet on its side (labels down column A, one 取組 a column) was read as one
#: row, a single item coded 「1-1 1-2 … 3-2」 titled all ten 取組名 run together; such a table is turned upright now
#: (the labels the header, the group merged down A over B's items its first row, sideways.upright): exact.
#: 鈴懸市 was first measured KPI 0.47: a 前期 取組's one target 「目標値（R8）」 (the plan runs to R11) was a 2026 target
#: only; a header's one target with its year and no 実績 beside it is the final target (tables._sole_target): exact.
#: 朧月市 was first measured KPI 0.58: 「①オンライン化した手続数⏎②電子申請の利用率」 in one cell was one indicator with the
#: first line's figures; each numbered line is an indicator now, its figures the same-numbered lines beside it
#: (tables._numbered_lines): exact.
BELOW: dict[str, Reached] = {}


@pytest.mark.parametrize("name", sorted(PLANS))
def test_a_document_reads_as_the_plan_it_states(name: str) -> None:
    assert_reads_as_stated(read(name), expected(name), below=BELOW.get(name), named=PLANS[name][0], valid=True)


@pytest.mark.parametrize("name", sorted(PLANS))
def test_warnings_are_japanese(name: str) -> None:
    assert_warnings_in(read(name), KANA_OR_KANJI)


# --- 瑠璃ヶ浜市 -------------------------------------------------------------------------------------------------


def test_three_rows_a_initiative_give_one_initiative_with_its_actuals() -> None:
    """計画 / 実績 / 評価 rows under merged cells are one 取組; the 実績 row its actuals, 「集計中」 no value."""
    plan = read("ruri-xlsx")
    assert len(plan["initiatives"]) == 12
    assert plan["plan"]["period"] == {"start_fy": 2024, "end_fy": 2027}
    (count,) = by_title(plan, "行政手続のオンライン化")["indicators"]
    assert [(a["fy"], a["value"]) for a in count["actuals"]] == [(2024, 95), (2025, 131)]
    (moved,) = by_title(plan, "基幹業務システム")["indicators"]
    assert [a["value"] for a in moved["actuals"] if a["value"] is not None] == [4]
    assert by_title(plan, "キャッシュレス決済")["departments"] == ["市民課", "会計課"]


def test_the_plan_row_gives_the_targets_and_the_grade_row_the_evaluations() -> None:
    """The 計画 row's figure under a year is that year's target (no 工程: the sheet has none); the 評価 row's
    A / B / C the indicator's evaluations of R6 and R7."""
    plan = read("ruri-xlsx")
    initiative = by_title(plan, "行政手続のオンライン化")
    (count,) = initiative["indicators"]
    assert [(t["fy"], t["value"]) for t in count["targets"]] == [
        (2024, 90),
        (2025, 120),
        (2026, 160),
        (2027, 200),
    ]
    assert initiative["schedule"] == []
    assert [(e["fy"], e["text"]) for e in count.get("evaluations") or []] == [(2024, "A"), (2025, "A")]


# --- 萌黄台町 ---------------------------------------------------------------------------------------------------


def test_a_sheet_on_its_side_gives_a_initiative_per_column_with_its_budget() -> None:
    """Each column from C is a 取組: its 中間目標（R8） a 2026 target, its 工程 years those not 「－」, its 事業費
    by year in 千円."""
    plan = read("moegi-xlsx")
    codes = ["1-1", "1-2", "1-3", "1-4", "2-1", "2-2", "2-3", "2-4", "3-1", "3-2"]
    assert [i["code"] for i in plan["initiatives"]] == codes
    assert plan["plan"]["title"].startswith("萌黄台町デジタル化推進計画")
    first = by_title(plan, "電子申請の拡大")
    assert first["departments"] == ["総務課"]
    (count,) = first["indicators"]
    assert (count["name"], count["unit"], count["baseline"]["fy"], count["baseline"]["value"]) == (
        "電子申請できる手続数",
        "手続",
        2024,
        12,
    )
    assert [(t["fy"], t["value"]) for t in count["targets"]] == [(2026, 40), (2028, 70)]
    assert [(e["fy"], e["label"]) for e in first["schedule"]] == [
        (2025, "拡大"),
        (2026, "拡大"),
        (2027, "拡大"),
        (2028, "運用"),
    ]
    assert by_title(plan, "見守りサービス")["departments"] == ["保健福祉課", "健康推進課"]
    assert not any("※" in i["title"] for i in plan["initiatives"])
    assert [e["fy"] for e in by_title(plan, "おくやみ窓口")["schedule"]] == [2026, 2027, 2028]
    for title, money in MOEGI_BUDGETS.items():
        found = [(b["fy"], b["amount"], b["unit"]) for b in by_title(plan, title)["budget"]]
        assert found == [(fy, amount, "千円") for fy, amount in money], title


# --- 鈴懸市 -----------------------------------------------------------------------------------------------------


def test_two_blocks_each_with_its_header_and_a_department_merged_over_several() -> None:
    """The 後期 block's own header gives its years (R9…R11, 基準値（R8見込）); a 課 merged down over three 取組 is
    each one's; the captions and 「※●は実施年度」 are no 取組."""
    plan = read("suzukake-xlsx")
    assert len(plan["initiatives"]) == 15
    assert plan["plan"]["period"] == {"start_fy": 2024, "end_fy": 2029}
    assert [
        by_title(plan, t)["departments"] for t in ("ガバメントクラウド", "情報セキュリティ", "オープンデータ")
    ] == [["情報政策課"]] * 3
    (sheets,) = by_title(plan, "AI-OCR")["indicators"]
    assert (sheets["baseline"]["fy"], sheets["baseline"]["value"]) == (2026, 12000)
    assert (sheets["final_target"]["fy"], sheets["final_target"]["value"]) == (2029, 40000)
    assert [e["fy"] for e in by_title(plan, "避難所受付")["schedule"]] == [2027]
    assert not any("※" in i["title"] or "前期" in i["title"] for i in plan["initiatives"])


def test_a_blocks_one_target_with_its_year_is_the_final_target() -> None:
    """「目標値（R8）」 of the 前期 block, the header's one target and no 実績 beside it, is the indicator's target of
    2026 and its final target, though the plan runs to R11."""
    plan = read("suzukake-xlsx")
    (count,) = by_title(plan, "電子申請システム")["indicators"]
    assert [(t["fy"], t["value"]) for t in count["targets"]] == [(2026, 150)]
    assert (count["final_target"]["fy"], count["final_target"]["value"]) == (2026, 150)
    (rate,) = by_title(plan, "証明書のコンビニ交付")["indicators"]
    assert (rate["baseline"]["value"], rate["final_target"]["value"], rate["unit"]) == (15.2, 30, "%")


# --- 朧月市 -----------------------------------------------------------------------------------------------------


def test_line_breaks_in_a_cell_give_two_departments_and_the_schedules_years() -> None:
    """「会計課⏎税務課」 is two 課; 「R7～R8：導入⏎R9～：運用」 runs R7 to the plan's end, 「R7～R9：実施」 to R9."""
    plan = read("oborozuki-xlsx")
    assert by_title(plan, "公金のキャッシュレス化")["departments"] == ["会計課", "税務課"]
    assert [e["fy"] for e in by_title(plan, "公金のキャッシュレス化")["schedule"]] == list(range(2025, 2030))
    assert [e["fy"] for e in by_title(plan, "デジタルマーケティング")["schedule"]] == [2025, 2026, 2027]


def test_numbered_lines_in_a_cell_are_indicators_each_with_its_figures() -> None:
    """「①…⏎②…」 in the 成果指標 cell are two indicators, 「①85手続⏎②12.4％」 their baselines, 「①250手続⏎②40％」 their
    targets of R11; a cell of one indicator, unnumbered, stays one."""
    plan = read("oborozuki-xlsx")
    (windows, payments) = by_title(plan, "公金のキャッシュレス化")["indicators"]
    assert (windows["name"], windows["unit"], windows["final_target"]["value"]) == (
        "キャッシュレス対応窓口数",
        "窓口",
        20,
    )
    assert (payments["name"], payments["unit"], payments["baseline"]["value"]) == (
        "キャッシュレス決済の件数",
        "件",
        1500,
    )
    assert [(t["fy"], t["value"]) for t in payments["targets"]] == [(2029, 12000)]
    (only,) = by_title(plan, "書かない窓口")["indicators"]
    assert (only["name"], only["final_target"]["value"]) == ("窓口支援システムで受け付けた件数", 6000)
    (count, rate) = by_title(plan, "行政手続のオンライン化")["indicators"]
    assert (count["name"], count["unit"], count["baseline"]["value"]) == (
        "オンライン化した手続数",
        "手続",
        85,
    )
    assert (rate["name"], rate["baseline"]["value"], rate["final_target"]["value"]) == (
        "電子申請の利用率",
        12.4,
        40,
    )


# --- 湯の花町 ---------------------------------------------------------------------------------------------------


def test_a_csv_of_two_levels_each_numbered_and_named() -> None:
    """「施策番号 | 施策名 | 取組番号 | 取組名」 (Excel's CSV, the header on row 4) is no import template: the 施策 are
    the sections, each 取組 an item, a 取組's second KPI on a row of its own with 取組番号 / 取組名 empty its own."""
    plan = read("yunohana-csv")
    assert plan["plan"]["source"]["layout"] == "generic"
    assert [i["code"] for i in plan["initiatives"][:3]] == ["1-1", "1-2", "1-3"]
    assert len(plan["initiatives"]) == 15
    assert [s["title"] for s in plan["sections"]] == [
        "行政サービスのデジタル化",
        "役場のデジタル化",
        "地域社会のデジタル化",
    ]
    item = by_title(plan, "電子申請の推進")
    assert item["departments"] == ["総務課"]
    (count, uses) = item["indicators"]
    assert (count["name"], count["baseline"]["value"], count["final_target"]["value"]) == (
        "電子申請できる手続数",
        18,
        80,
    )
    assert [(t["fy"], t["value"]) for t in uses["targets"]] == [(2025, 3000), (2026, 4000), (2027, 5000)]
    assert by_title(plan, "キャッシュレス決済")["departments"] == ["会計室", "税務課"]


# --- 柚葉台市 ---------------------------------------------------------------------------------------------------


def test_two_sheets_joined_by_number_and_rates_as_shown() -> None:
    """Each KPI row is its 取組's by 取組番号 (two rows two indicators, D-06 none); a rate stored 0.21 shown 「21%」
    is 21, 0.385 shown 「38.5%」 38.5."""
    plan = read("yuzuha-xlsx")
    assert len(by_title(plan, "電子申請の拡充")["indicators"]) == 2
    assert by_title(plan, "情報セキュリティ対策")["indicators"] == []
    (_, rate) = by_title(plan, "電子申請の拡充")["indicators"]
    assert (rate["baseline"]["value"], rate["final_target"]["value"]) == (21, 50)
    (share,) = by_title(plan, "子育て手続")["indicators"]
    assert [a["value"] for a in share["actuals"]] == [38.5]


def test_dates_shown_as_japanese_years_and_units_in_the_format() -> None:
    """開始年度 2025/4/1 and 終了年度 2026/4/1 shown 「令和7年度」「令和8年度」 are FY2025–2026; 基準年度 shown
    「令和6年」 is 2024; 「#,##0"件"」 makes the unit 件, 「0.0"ha"」 ha."""
    plan = read("yuzuha-xlsx")
    initiative = by_title(plan, "子育て手続")
    assert [e["fy"] for e in initiative["schedule"]] == [2025, 2026]
    (share,) = initiative["indicators"]
    assert (share["baseline"]["fy"], share["final_target"]["fy"]) == (2024, 2026)
    (count, _) = by_title(plan, "電子申請の拡充")["indicators"]
    assert (count["unit"], count["baseline"]["value"], count["final_target"]["value"]) == ("件", 18500, 40000)
    (drones,) = by_title(plan, "農業のスマート化")["indicators"]
    assert (drones["unit"], drones["final_target"]["value"], drones["final_target"]["fy"]) == (
        "ha",
        120,
        2028,
    )
    assert [e["fy"] for e in by_title(plan, "農業のスマート化")["schedule"]] == [2027, 2028]


def test_cell_text_as_the_format_shows_it() -> None:
    """What Excel shows: a date in an era format (stored as a serial openpyxl does not take for a date) in
    that era, a unit in quotes after the figure; a date in a Western format stays YYYY-MM-DD."""
    import datetime

    from shinchoku.importers.readers.xlsx import _era_date, format_number

    assert _era_date(45748, '[$-411]ggge"年度"') == "令和7年度"
    assert _era_date(datetime.datetime(2019, 4, 30), "[$-411]ge.m.d") == "H31.4.30"
    assert _era_date(datetime.datetime(2025, 4, 1), "yyyy/m/d") is None
    assert _era_date(12, "General") is None
    assert format_number(18500, '#,##0"件"') == "18,500件"
    assert format_number(0.385, "0.0%") == "38.5%"
    assert format_number(3, '"第"0"期"') == "第3期"


# --- 紅梅台市 ---------------------------------------------------------------------------------------------------


def test_a_protected_sheet_with_hidden_helpers_and_comments() -> None:
    """The hidden helper columns (部名, 判定, 集計キー) are named in warnings and give nothing; the hidden 課マスタ
    gives no 取組; a comment's 担当者 is no 課; 「集計中」 no actual."""
    plan = read("kobaidai-xlsx")
    assert len(plan["initiatives"]) == 14
    assert said(plan, "部名") and said(plan, "判定") and said(plan, "集計キー")
    assert not any("部" in d or "内線" in d for i in plan["initiatives"] for d in i["departments"])
    (invoices,) = by_title(plan, "会計事務")["indicators"]
    assert [a["value"] for a in invoices["actuals"] if a["value"] is not None] == []


# --- 菫ヶ丘市 ---------------------------------------------------------------------------------------------------


def test_a_contents_sheet_a_legend_and_a_sheet_per_goal() -> None:
    """目次 and 凡例 give no 取組; each mark ◎ ● ○ △ is a year of the 工程, a blank none; the 目次's title is
    the plan's."""
    plan = read("sumire-xlsx")
    assert len(plan["initiatives"]) == 16
    assert plan["plan"]["period"] == {"start_fy": 2025, "end_fy": 2029}
    assert not any(i["title"] in ("凡例", "新規に実施", "目次へ戻る") for i in plan["initiatives"])
    assert [e["fy"] for e in by_title(plan, "シェアサイクル")["schedule"]] == [2027, 2028, 2029]
    assert [e["fy"] for e in by_title(plan, "地域ポイント")["schedule"]] == [2025, 2026, 2027, 2028]
