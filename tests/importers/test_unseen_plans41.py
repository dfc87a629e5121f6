"""A forty-first batch of plans no reader was written against (``other/unseen41.py``): five workbooks as a 情報政策課 keeps
its DX plan in Excel — 小春野市's 成果指標進捗管理表 (a sheet a 基本目標, 「R6目標 | R6実績 | R6達成率 | R7目標 | …」
interleaved, a 集計 sheet, print titles), 栂池町's ten 事務事業評価シート (a sheet a 事業: 所管課 / 課長名, an 指標 grid of
目標 and 実績 rows, 事業費 by year, 自己評価, 今後の方向性 ticked 「■継続」), 蛍原市's 実施計画 (基本目標 rows merged across and
filled, 担当 as 「部 | 課」, 「→」 and 「▶」 in the years, 備考 「R6 新規」), 槙尾村's 取組一覧 (two 取組 typed in one row's cells
with Alt+Enter, 「同上」) and 栗林町's 進捗管理表 (a filter hiding the 廃止 rows, the header frozen, full-width figures typed
as text, a 計 row) — each read as the .xlsx uploaded and printed by LibreOffice Calc, as the PDF and through
``pdftotext`` in both modes. Each reading is scored with ``scoring.score`` against the plan the document states.

Plain ``pdftotext`` of 小春野市, first refused as no plan, is a partial plan now (F1 0.941, codes 1.0, schedule 1.0; 担当課 / KPI
0): the figures alone over indicator names (「131」「電子申請の利用件数」) are strays of another number shape than the rows' 「1-2」
(``readers/numbered_cells.py``: strays among the numbered lines passed over, the longest run numbered in order taken);
1-1, its number above the header's 「取組名」 and its 基本目標's name after it, is left out.
"""

from __future__ import annotations

from typing import Any

import pytest

from .other import unseen41
from .other.unseen41 import (
    HOTARUHARA,
    HOTARUHARA_PDF,
    KOHARUNO_PDF,
    MAKIO,
    MAKIO_PDF,
    TSUGAIKE,
    TSUGAIKE_PDF,
)
from .scoring import Reached
from .unseen_harness import Batch, batch_readings

#: (document, how): each workbook as uploaded ("upload"), its print each of ``HOWS``.
read, VARIANTS = batch_readings(unseen41)

#: Exact when first measured: 小春野市 as uploaded and as the PDF (the interleaved 「R6目標 | R6実績 | R6達成率 | …」 read
#: a year's target and actual each, the 達成率 no figure, the 集計 sheet no 取組); 栗林町 as uploaded (the rows its filter
#: hides read, as the readers read a hidden row; 「１２０件」 read 120; the 計 row no 取組), as the PDF and through -layout
#: (Calc prints no hidden row: the filtered 廃止 取組 are not on the page).
#:
#: Below the bar when first measured, exact now:
#: - 蛍原市 as uploaded, as the PDF and through -layout (担当課 0; F1, codes, KPI, schedule exact): 担当 written in two
#:   columns headed 「部」 and 「課」 (the 部 merged down over its 取組) gave no 担当課 at all — neither is a label alone. A
#:   header's 「部 | 課」 pair is two department columns now (``tables._split_department``), the 部 saying where the 課
#:   sits as 「担当部 | 担当課」 did. (「部」「課」 as labels of the dictionary had read 蛍原市 right but took a cell broken
#:   mid-name, 「デジタル推進」 over 「課」, for a label: 楓台市's and 霞沢町's texts fell — tried.)
#: - 栂池町 as uploaded (担当課 0, KPI 0.3; F1, codes, schedule exact): the row 「所管課 | 総務課 | 課長名 | 山田　健一」 was
#:   read as three 課 「総務課」「課長名山田」「健一」 — 「課長名」 is no label the dictionary knew, so the 課長's name ran on
#:   into the 担当課 — and of the 指標 grid only the first indicator was read whole: the row 「 | | | | 実績 | 44」 under its
#:   「目標」 row (区分 / 指標名 / 単位 / 基準値 merged down over both) ended the grid, and the second indicator's row was read
#:   as a card's field 「成果指標」 (its unit run into its name 「電子申請の利用件数（年間）件」, no baseline, its 基準値 read as
#:   the final target). 「課長名」 (with 「所属長」「責任者」…) is a field of no department now (``labels``), and a row of
#:   the grid whose only words are 「実績」 (or 「目標」) in the column the header leaves unlabelled and figures under the
#:   years is the indicator above's actuals of those years (``cards._measure_of``, ``_in_kpi_table``).
#: - 栂池町 as the PDF (担当課 0, KPI 0.2, schedule 0.3): as uploaded, and each page's first row 「事業番号 | 1-1-02 | 事業名
#:   | …」 was read AFTER the page's form, so that its 所管課 and 事業期間 went to the 事業 of the page before (1-1-02
#:   「会計課」, 1-2-01 「住民課」): the row, at the page's top, was set apart as a running header because 「証明書コンビニ交付
#:   事業」 stands over an x where the 指標 grid below draws a column rule. Only a rule beside the line counts now
#:   (``readers.pdf._header_over_cut_row``). Then KPI 0.7: 1-2-01's and 2-1-02's indicators, whose targets stop before
#:   R9 (「－」), had no final target, the plan's last year unknown to the readers — the period is only in the sheet's title
#:   「栂池町ＤＸ推進計画（令和６年度～令和９年度）　事務事業評価シート…」, dropped from every page as the running header. A
#:   running header naming the plan with its years states the period now (``generic._period``).
#: - 槙尾村 as uploaded (F1 0.7; the rest exact on the 取組 found): the row typed 「4⏎5」 | 「公共施設予約のオンライン化⏎
#:   施設使用料のキャッシュレス化」 (each cell of the row two lines, a line a 取組) was read as ONE 取組 coded 「4 5」 with
#:   the titles run together and one indicator of the two names run together; 「10⏎11」 too. Such a row is a row a 取組 now
#:   (``tables._rows_typed_in_one``: as many numbers as title lines; a cell of as many lines gives each its line, the one
#:   担当課 and 実施年度 both's). The title wrapped under one No. (「マイナンバーカードの⏎普及促進」) and 「同上」 (twice running,
#:   and under the two-取組 row) were read right from the first.
#:
#: - 栂池町 through -layout (first 担当課 0, KPI 0; 担当課 1.0 by 「課長名」, KPI 0 until now; F1, codes, schedule exact): no
#:   indicator's figures were read with their years. Calc centres a sheet's cells merged down over the grid's 「目標」 and
#:   「実績」 rows, so pdftotext prints the 「目標」 line, then the line of 区分, 指標名, 単位 and 基準値, then the 「実績」 line:
#:   the name read with the 実績 and the targets were the row above's. A line from the table's left edge (its key,
#:   「活動指標」) writing only left of where two measures' words stand one under the other, right between them, goes up
#:   into the 「目標」 line (``columns._measures_centred``);
#:   then the 「目標」「実績」 column the header leaves unlabelled is a column of its own (``columns._measures_unlabelled``,
#:   beside the 基準値 in a row; no label centred over figures takes it, ``_measures_at``), figures right-aligned past a
#:   label stay its (``columns._figures_before``: 「850」 under 「R6」 no 「R7」's), and a 「実績」 line under a 「目標」 is no
#:   row of a KPI box (``columns._measure_under``: a one-indicator sheet's grid is a box, its names a column).
#: - 槙尾村 as the PDF (F1 0.7; the rest exact on the 取組 found): the PDF reader joined a cell's lines — 「4⏎5」 printed on
#:   two lines the cell 「45」, the figures 「0％⏎0件」 「0％0件」 — so no row held two numbers a line each. A row whose first
#:   cell holds numbers rising by one a line each keeps the lines of its cells of as many lines apart
#:   (``readers.pdf._typed_in_one``), as the workbook's cells hold them.
#: - 栗林町 through plain pdftotext (F1 0.444, 担当課 0.5, KPI 0.5): every cell a paragraph, but the header's 「基準値（R5）」
#:   (over two lines) came before 「成果指標」, so no row fit the header's order and the streams read two 取組, the second
#:   with every row's 担当課. A two-line label given before a one-line label of free text is tried the other way round
#:   where the rows fit no other way (``cellrows._reordered``), a row number a few past the next (the rows the filter
#:   hides) starts a row once the row before has every cell (``_next_code``), figures side by side on one line
#:   (「３００時間 １，５００時間」) are two cells (``_side_by_side``) and the 計 row ends the table (``test_rule_bounds_plain2``).
#:
#: Short of exact yet above the bar (F1, codes, 担当課, KPI numbers, schedule), as first measured:
#: - 小春野市 through -layout (KPI 0.889; the rest exact).
#: - 槙尾村 through -layout (担当課 0.818, schedule 0.818; F1, codes, KPI exact): the lines of the two-取組 rows were read a
#:   取組 each with their own indicator, but the second 取組 (5, 11) had no 担当課 — the one 課 of the row printed on its
#:   first line only — and 4's 「R8～R9」 was 5's alone (4 no schedule), 11 none. In a table whose rows a blank line sets
#:   apart, two numbered rows on lines one under the other are one printed row, the 課 the upper one names the lower's
#:   where it names none (``columns._rows_of_one_print``): 担当課 exact now. Schedule 0.818 still: a 実施年度 printed on
#:   one of the two lines is no evidence it is both's (a row under a full one may leave its years blank), and copying it
#:   invented schedules in tables of rows set apart (a first try shared every cell, figures and 備考 included — taken back).
FLOORS: dict[tuple[str, str], Reached] = {
    (KOHARUNO_PDF, "pdftotext -layout"): (1.0, 1.0, 1.0, 0.888, 1.0),
    (MAKIO_PDF, "pdftotext -layout"): (1.0, 1.0, 1.0, 1.0, 0.818),
}

#: Below the bar as first measured (F1, codes, 担当課, KPI numbers, schedule):
#: - 栂池町 through plain pdftotext (KPI 0, schedule 0; F1, codes, 担当課 exact): no indicator's figures are read with
#:   their years (through -layout exact now, see above).
#: - 蛍原市 through plain pdftotext (担当課 0, KPI 0, schedule 0; F1, codes exact): the cells come a column at a time.
#: - 槙尾村 through plain pdftotext (F1 0.625, codes 0.8, 担当課 0.2, KPI 0, schedule 0): cells one by one, misassigned.
#: - 小春野市 through plain pdftotext (first refused): 8 of 9 取組 by number and title (1-1 left out), no 担当課 or figures.
BELOW: dict[tuple[str, str], Reached] = {
    (TSUGAIKE_PDF, "pdftotext"): (1.0, 1.0, 1.0, 0.0, 0.0),
    (HOTARUHARA_PDF, "pdftotext"): (1.0, 1.0, 0.0, 0.0, 0.0),
    (MAKIO_PDF, "pdftotext"): (0.625, 0.8, 0.2, 0.0, 0.0),
    (KOHARUNO_PDF, "pdftotext"): (0.941, 1.0, 0.0, 0.0, 1.0),
}

#: Refused as no plan when first measured (read now, a partial plan: see BELOW): 小春野市 through plain pdftotext — Calc's
#: print comes a cell a line, a column of cells at a time (the 取組 names, the header words, each figure and rate on lines
#: of their own, 1-2's and 1-3's 取組名 and 担当課 after the figures of all of page 1), so no line holds a 取組 with its 担当課.
#: First measured the reader RAISED there (``IndexError`` in ``readers.cellrows._header``: the page headers 「基本目標１」 over
#: 「基本目標１」 taken for a header whose labels, all a section's heading, were all dropped); a header of no label left is
#: none now.
REFUSED: set[tuple[str, str]] = set()  # (小春野市 read now: see BELOW)

#: The municipality read otherwise: none. The period read otherwise: none.
MISNAMED: set[tuple[str, str]] = set()
MISPERIOD: set[tuple[str, str]] = set()
#: Initiatives matched by code read under another title: 槙尾村 through plain pdftotext (3 「マイナンバーカードの」, the
#: wrapped title's first line; 6 the header's words and the row above run together).
MISTITLED = {(MAKIO_PDF, "pdftotext")}

BATCH = Batch.of(
    unseen41,
    read,
    VARIANTS,
    floors=FLOORS,
    below=BELOW,
    refused=REFUSED,
    misnamed=MISNAMED,
    mistitled=MISTITLED,
    misperiod=MISPERIOD,
)
BATCH.bind(globals())


def test_a_department_split_into_bu_and_ka_columns_is_the_ka() -> None:
    """蛍原市's 「部 | 課」: 3's 「市民部 | 税務課、市民課」 is 税務課 and 市民課, the 部 merged down over its 取組 no 課."""
    found = {i["code"]: i["departments"] for i in read(HOTARUHARA, "upload")["initiatives"]}
    assert found["3"] == ["税務課", "市民課"] and found["9"] == ["学校教育課"] and found["6"] == ["行政管理課"]


def test_a_head_of_the_ka_is_no_department() -> None:
    """栂池町's 「所管課 | 総務課 | 課長名 | 山田　健一」: 総務課 alone, the 課長 no 課."""
    found = {i["code"]: i["departments"] for i in read(TSUGAIKE, "upload")["initiatives"]}
    assert found["1-1-01"] == ["総務課"] and found["1-2-01"] == ["会計課"]


def _assert_the_grid_read(plan: dict[str, Any]) -> None:
    """栂池町's 1-1-01: 「活動指標 | … | 25 | 目標 | 40 | 60 | 80 | 100」 over 「 | | | | 実績 | 44」, then 「成果指標 | … | 1,200 |
    目標 | 2,000 …」 over 「 | | | | 実績 | 2,150」 — two indicators, each with its baseline, targets and R6 actual."""
    (first, second) = next(i for i in plan["initiatives"] if i["code"] == "1-1-01")["indicators"]
    assert (first["baseline"]["value"], first["final_target"]["value"], first["actuals"][0]["value"]) == (25, 100, 44)
    assert second["name"] == "電子申請の利用件数（年間）"
    assert [t["value"] for t in second["targets"]] == [2000, 3000, 4000, 5000]
    assert (second["baseline"]["value"], second["actuals"][0]["fy"], second["actuals"][0]["value"]) == (1200, 2024, 2150)


def test_the_actuals_row_under_an_indicators_targets_is_its() -> None:
    """栂池町's 指標 grid as uploaded: the 実績 row is the indicator above's (``_assert_the_grid_read``)."""
    _assert_the_grid_read(read(TSUGAIKE, "upload"))


@pytest.mark.slow
def test_each_printed_evaluation_sheet_is_its_own() -> None:
    """栂池町's print: each page's 事業番号 row its own (1-1-02 住民課, not the next page's 会計課), the period from the running
    header (1-2-01's targets ending in R8, 「－」 in R9: its R8 target the final one), the grid as uploaded."""
    plan = read(TSUGAIKE_PDF, "pdf")
    found = {i["code"]: i for i in plan["initiatives"]}
    assert found["1-1-02"]["departments"] == ["住民課"] and found["1-2-01"]["departments"] == ["会計課"]
    assert [(i["final_target"]["fy"], i["final_target"]["value"]) for i in found["1-2-01"]["indicators"]] == [
        (2026, 6),
        (2026, 15.0),
    ]
    _assert_the_grid_read(plan)


def test_two_initiatives_typed_in_one_row_are_two() -> None:
    """槙尾村's 「4⏎5」 | 「公共施設予約のオンライン化⏎施設使用料のキャッシュレス化」 | 生涯学習課: 4 and 5, each its indicator
    line, both 生涯学習課; 「マイナンバーカードの⏎普及促進」 under one No. one 取組."""
    found = {i["code"]: i for i in read(MAKIO, "upload")["initiatives"]}
    assert [found[c]["title"] for c in ("3", "4", "5")] == [
        "マイナンバーカードの普及促進",
        "公共施設予約のオンライン化",
        "施設使用料のキャッシュレス化",
    ]
    assert found["5"]["departments"] == ["生涯学習課"] and found["6"]["departments"] == ["生涯学習課"]
    assert (found["5"]["indicators"][0]["name"], found["5"]["indicators"][0]["final_target"]["value"]) == (
        "キャッシュレス決済の件数（年間）",
        1200,
    )
