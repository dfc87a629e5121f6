"""A forty-third batch of plans no reader was written against (``other/unseen43.py``): 菫野村's Gantt chart kept in Excel
(the 工程 only the fill of 上期 / 下期 cells under each 年度), 藤ヶ丘市's 施策評価シート (a form a page: 施策名, 担当課, the
施策's 成果指標, its 取組 listed inside with no 担当課 of their own), 青嵐町's 進捗管理表 of a sheet a year (the same 取組 on
each, that year's 目標値, 実績, 計画 and 評価), 鶴見台市's web page whose table merges 施策 and 担当課 down over several 取組
(``rowspan``) and 若杉町's 施策体系図 of merged Word cells (基本目標 → 施策 → 取組) — each as uploaded (.xlsx, .html,
.docx) and printed, read as the PDF, through ``pdftotext -layout`` and through plain ``pdftotext``. Each reading is
scored with ``scoring.score`` against the plan the document states.

First measured, before any change to the readers (F1, codes, 担当課, KPI numbers, schedule):

================================  ==================  =====================================
document                          how                 first
================================  ==================  =====================================
sumireno_gantt.xlsx               upload              1.0, 1.0, 1.0, 1.0, 0.0
seiran_shinchoku_nendo.xlsx       upload              1.0, 1.0, 1.0, 0.0, 0.0
tsurumidai_rowspan.html           upload              1.0, 1.0, 0.6, 1.0, 1.0
wakasugi_taikeizu.docx            upload              1.0, 1.0, 1.0, 1.0, 1.0
fujigaoka_shisaku_hyoka.pdf       pdf                 1.0, 1.0, 0.0, 1.0, 1.0
fujigaoka_shisaku_hyoka.pdf       pdftotext -layout   0.0, 1.0, 1.0, 1.0, 1.0
fujigaoka_shisaku_hyoka.pdf       pdftotext           0.0, 1.0, 1.0, 1.0, 1.0
tsurumidai_rowspan.pdf            pdf                 1.0, 1.0, 1.0, 1.0, 1.0
tsurumidai_rowspan.pdf            pdftotext -layout   0.952, 1.0, 0.5, 1.0, 1.0
tsurumidai_rowspan.pdf            pdftotext           1.0, 1.0, 0.0, 0.0, 0.0
sumireno_gantt.pdf                pdf                 1.0, 1.0, 1.0, 1.0, 1.0
sumireno_gantt.pdf                pdftotext -layout   refused as no plan
sumireno_gantt.pdf                pdftotext           1.0, 1.0, 1.0, 1.0, 0.0
seiran_shinchoku_nendo.pdf        pdf                 1.0, 1.0, 1.0, 0.0, 0.0
seiran_shinchoku_nendo.pdf        pdftotext -layout   1.0, 1.0, 1.0, 0.0, 0.0
seiran_shinchoku_nendo.pdf        pdftotext           1.0, 1.0, 0.0, 0.0, 0.0
wakasugi_taikeizu.pdf             pdf                 1.0, 1.0, 1.0, 1.0, 1.0
wakasugi_taikeizu.pdf             pdftotext -layout   0.727, 0.0, 1.0, 1.0, 0.0
wakasugi_taikeizu.pdf             pdftotext           1.0, 0.0, 1.0, 1.0, 0.0
================================  ==================  =====================================

Now (after batch 43's rules, ``test_rule_bounds43.py``):

- 菫野村 exact as uploaded (first schedule 0: the template's labels 「番号 | 取組名 | 担当課 | 指標名 …」 had the template
  reader take the sheet, which reads its cells as text and no fill — a row of halves alone under the header is a header
  two rows deep now, the generic readers', who read each filled half: ``template._is_halves_row`` — not where the
  header has a column only the template reads, 階層, 区分, 印 or 種別);
- 鶴見台市 exact as uploaded (first 担当課 0.6: the page was read as the text it renders to, a 担当課 merged down over two
  取組 written in the first row alone — the page's own document is read now where a cell is merged down and the text reads
  no row its tables lack: ``readers._merges_kept``);
- 青嵐町 exact as uploaded (first KPI 0: every sheet's undated 目標値 read as one final target, the first sheet's R7 40 —
  a 目標値 whose figure changes sheet by sheet for most 取組, on sheets of the plan's years that reach its last year, is
  the sheet's year's target now, the plan's last year's the final target: ``tables._targets_by_sheet``; one 取組
  revised, a figure written otherwise, a 前計画's sheet or sheets short of the last year leave the final target as
  before) and schedule exact (first 0: 「計画」 alone labels no column — in a workbook of two sheets or more named by
  years, with no 工程 column and no figure or year in it, it is the sheet's year's 工程 now:
  ``tables._plan_of_the_year``);
- 藤ヶ丘市 exact as the PDF (first 担当課 0: the 取組 list of a 施策's sheet has no 担当課 column — the 施策's form 「担当課 |
  市民課」 gives its 課 to the one list under it on its page now, no further: ``tables._measure_form``).

Re-measured after the review's narrowing of these rules (the bounds of ``test_rule_bounds43.py``): every reading as
above, none changed.

Since the -layout rules of ``test_rule_bounds_layout_rows.py``:

- 若杉町 exact through pdftotext -layout (first F1 0.727, codes 0, schedule 0: each 取組 cell 「1-1-1 電子申請の拡充」
  starts a row now, its code and title one blank apart — ``columns._code_cell`` — where all of a 基本目標's 取組 had been
  one row);
- 鶴見台市 through pdftotext -layout F1 1.0, 担当課 0.6 (first 0.952, 0.5: the 施策's 「３」 and 8's 課 no longer go up
  into 7's line over 取組 lines of their own numbers — ``columns._numbered_row`` — and the page's 「お問い合わせ」 line
  under the table's 「※」 note is no 取組 — ``columns._note_under``); still below the bar, see BELOW.
"""

from __future__ import annotations

import pytest

from .other import unseen43
from .other.unseen43 import (
    FUJIGAOKA_PDF,
    SEIRAN,
    SEIRAN_PDF,
    SUMIRENO,
    SUMIRENO_PDF,
    TSURUMIDAI,
    TSURUMIDAI_PDF,
    WAKASUGI_PDF,
)
from .scoring import Reached
from .unseen_harness import Batch, batch_readings

#: (document, how): each workbook / page / Word document as uploaded ("upload"), each print each of ``HOWS``.
read, VARIANTS = batch_readings(unseen43)

#: Short of exact yet above the bar (F1, codes, 担当課, KPI numbers, schedule), as measured now:
#: - 菫野村 through plain pdftotext (schedule 0): the fills print as shading only, no text to read.
#: - 若杉町 through plain pdftotext (codes 0, schedule 0): the cells come one by one, each 取組's 「1-1-1」 read off its
#:   title and no 実施期間 kept.
FLOORS: dict[tuple[str, str], Reached] = {
    (SUMIRENO_PDF, "pdftotext"): (1.0, 1.0, 1.0, 1.0, 0.0),
    (WAKASUGI_PDF, "pdftotext"): (1.0, 0.0, 1.0, 1.0, 0.0),
}

#: Below the bar (F1, codes, 担当課, KPI numbers, schedule), as first measured and still:
#: - 藤ヶ丘市 through pdftotext -layout and plain (F1 0): the text's forms read as the 施策 themselves (「1-1 行政手続の
#:   オンライン化」 with the 施策's 担当課), their 取組 lists left out.
#: - 鶴見台市 through pdftotext -layout (F1 0.952, 担当課 0.5: the merged 担当課 printed once in the middle of its rows;
#:   the footer's 「デジタル推進課 電話 045-…」 read as a 取組) and plain (担当課 0, KPI 0, schedule 0: cells a line).
#:   Through -layout since: F1 1.0, 担当課 0.6 — each merged 担当課 is printed on the first row it covers and read as
#:   that row's alone (2, 4, 7 and 9 have none): the text does not tell a cell merged down from one left empty.
#: - 青嵐町 as the PDF and through pdftotext (KPI 0, schedule 0; plain 担当課 0 too): a print's pages are no sheets named
#:   by a year (the year is only in each page's title line), so the 目標値 is read as the final target as before and the
#:   「計画」 as no 工程.
BELOW: dict[tuple[str, str], Reached] = {
    (FUJIGAOKA_PDF, "pdftotext -layout"): (0.0, 1.0, 1.0, 1.0, 1.0),
    (FUJIGAOKA_PDF, "pdftotext"): (0.0, 1.0, 1.0, 1.0, 1.0),
    (TSURUMIDAI_PDF, "pdftotext -layout"): (1.0, 1.0, 0.6, 1.0, 1.0),
    (TSURUMIDAI_PDF, "pdftotext"): (1.0, 1.0, 0.0, 0.0, 0.0),
    (SEIRAN_PDF, "pdf"): (1.0, 1.0, 1.0, 0.0, 0.0),
    (SEIRAN_PDF, "pdftotext -layout"): (1.0, 1.0, 1.0, 0.0, 0.0),
    (SEIRAN_PDF, "pdftotext"): (1.0, 1.0, 0.0, 0.0, 0.0),
}

#: Refused as no plan, as first measured and still: 菫野村 through pdftotext -layout — its rows stand a line each, but
#: under a header of two lines (「現状値 | 目標値 | 令和7年度 …」 over 「No. | 取組名 | 担当課 | 成果指標 | （R6） | （R10） |
#: 上期 | 下期 …」) no table is found; with the halves blanked out the header is read as a 取組 — the cause not traced
#: further, left for the -layout readers' own batch.
REFUSED = {(SUMIRENO_PDF, "pdftotext -layout")}

#: The municipality read otherwise: none. The period read otherwise: none. Initiatives matched by code under another
#: title: none (藤ヶ丘市's text readings give the 施策 codes 「1-1」 …, no 取組's).
MISNAMED: set[tuple[str, str]] = set()
MISPERIOD: set[tuple[str, str]] = set()
MISTITLED: set[tuple[str, str]] = set()

BATCH = Batch.of(
    unseen43,
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


def test_each_filled_half_is_a_step() -> None:
    """菫野村's 2 「証明書のコンビニ交付」: R7 下期, R8 上期 and 下期 filled — those three halves; 9 R10 上期 alone."""
    found = {i["code"]: i for i in read(SUMIRENO, "upload")["initiatives"]}
    assert [(s["fy"], s["half"]) for s in found["2"]["schedule"]] == [(2025, 2), (2026, 1), (2026, 2)]
    assert [(s["fy"], s["half"]) for s in found["9"]["schedule"]] == [(2028, 1)]


def test_a_department_merged_down_is_each_initiatives() -> None:
    """鶴見台市's page: 「行政改革課、人事課」 merged over 6 and 7 is both's, 「市民課」 over 3 and 4 both's."""
    found = {i["code"]: i for i in read(TSURUMIDAI, "upload")["initiatives"]}
    assert found["7"]["departments"] == ["行政改革課", "人事課"]
    assert found["4"]["departments"] == ["市民課"]


def test_each_sheets_target_is_its_years() -> None:
    """青嵐町's 1: 目標値 40 / 70 / 100 on 令和７・８・９年度's sheets, the R9 100 the final target, R7's 実績 46."""
    found = {i["code"]: i for i in read(SEIRAN, "upload")["initiatives"]}
    (kpi,) = found["1"]["indicators"]
    assert [(t["fy"], t["value"]) for t in kpi["targets"]] == [(2025, 40), (2026, 70), (2027, 100)]
    assert (kpi["final_target"]["fy"], kpi["final_target"]["value"]) == (2027, 100)
    assert [(a["fy"], a["value"]) for a in kpi["actuals"]] == [(2025, 46)]


@pytest.mark.slow
def test_a_measures_department_is_its_initiatives() -> None:
    """藤ヶ丘市's PDF: 2-1's sheet 「担当課 | 行政改革課 | 関係課 | デジタル推進課、人事課」 — 2-1-1 … 2-1-4 are 行政改革課's."""
    found = {i["code"]: i for i in read(FUJIGAOKA_PDF, "pdf")["initiatives"]}
    assert [found[f"2-1-{n}"]["departments"] for n in range(1, 5)] == [["行政改革課"]] * 4
