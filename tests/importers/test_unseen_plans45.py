"""A forty-fifth batch of plans no reader was written against (``other/unseen45.py``): 琥珀野市's 取組一覧 kept in
LibreOffice Calc and saved as .ods (a 廃止 row hidden), 瑠璃野町's 進捗管理表 whose 実績 are split 「上半期実績 | 下半期実績」
under each year (累計 at each half's end), 翡翠原市's Word document whose 取組 Word numbers itself, each followed by a KPI
table, years in 西暦 and 令和 in places, 珊瑚浜市's CMS page of one table a 基本目標 named by its ``<caption>``, and
水晶谷町's CSV export in long form (UTF-8 with a BOM, a row a 取組 a 年度, 計画内容 of several lines quoted) — each as
uploaded (.ods, .xlsx, .docx, .html, .csv) and, where an office prints it, printed and read as the PDF, through
``pdftotext -layout`` and through plain ``pdftotext``. Each reading is scored with ``scoring.score`` against the plan the
document states.

First measured, before any change to the readers (F1, codes, 担当課, KPI numbers, schedule):

================================  ==================  =====================================
document                          how                 first
================================  ==================  =====================================
kohakuno_ichiran.ods              upload              refused (「OpenDocument 形式（.ods）の表は読めません。…」)
rurino_hanki.xlsx                 upload              1.0, 1.0, 1.0, 0.0, 1.0
hisuihara_seireki.docx            upload              1.0, 1.0, 1.0, 1.0, 1.0
sangohama_cms.html                upload              1.0, 1.0, 1.0, 1.0, 1.0
suishodani_export.csv             upload              1.0, 1.0, 1.0, 0.0, 0.0
sangohama_cms.pdf                 pdf                 1.0, 1.0, 1.0, 1.0, 1.0
sangohama_cms.pdf                 pdftotext -layout   1.0, 1.0, 0.875, 1.0, 1.0
sangohama_cms.pdf                 pdftotext           refused as no plan
rurino_hanki.pdf                  pdf                 1.0, 1.0, 1.0, 0.0, 1.0
rurino_hanki.pdf                  pdftotext -layout   1.0, 1.0, 1.0, 0.0, 1.0
rurino_hanki.pdf                  pdftotext           1.0, 1.0, 1.0, 0.0, 0.0
hisuihara_seireki.pdf             pdf                 1.0, 1.0, 1.0, 1.0, 1.0
hisuihara_seireki.pdf             pdftotext -layout   1.0, 1.0, 1.0, 1.0, 1.0
hisuihara_seireki.pdf             pdftotext           1.0, 1.0, 1.0, 0.0, 1.0
================================  ==================  =====================================

Now (after batch 45's rules, ``test_rule_bounds45.py``):

- 琥珀野市 exact as uploaded (first refused: 「OpenDocument 形式（.ods）の表は読めません。…保存し直して…」 — an .ods is
  read as the .xlsx Calc saves it to now: ``readers.ods``; its hidden 【廃止】 row read as a hidden row of an .xlsx is);
- 瑠璃野町 exact as uploaded and as the PDF (first KPI 0: under 「令和６年度」 the 「上半期実績」 column was read as the
  year's 実績 and the 下半期 one, the year-end 累計, dropped — a value label of a year's first half under the year is a
  note now, the second half's the year's: ``labels.half_value``; and such labels are known in a header's second row:
  ``tables.find_header``);
- 水晶谷町 exact (first KPI 0, schedule 0: the rows of one 取組 were joined but their 「年度」 not read, one final target
  and 実績 of no year — a table in long form, a 年度 a row and no value column of its own year, dates each row's
  目標値 / 実績値 / 進捗 and its 計画内容 (that year's step) by the row's 年度, the latest target the final one:
  ``tables._figures_dated_by_row``; its period R6–R8, first not read, is its rows' years now).

- 瑠璃野町 through plain pdftotext: schedule 0 → 1.0 (KPI 0 still): the header's first row (「令和６年度」「令和７年度」)
  came before the labels merged down over both rows and the second row's 「目標 | 上半期実績 | 下半期実績」 twice, and was read
  as two 工程 columns — every figure a column off, none dated, 「R6～R8」 the final target. The years stand over the
  groups of the same value labels as many as they are now (``cellrows._year_groups``: the i-th year over the i-th run,
  the two header rows given to ``tables`` as the sheet has them) and 「R6～R8」 is the 実施期間's cell where no year is a
  工程 column (``cellrows._period_columns``). But every row leaves R7's 下半期実績 empty, and which of its eight figure
  cells is the empty one the text does not say (R6's 上半期 or the 基準値 empty reads the same): each row's figures are
  left unread with a warning (``cellrows._unplaced_figures``), none put a column off — ``test_rule_bounds_plain4.py``.

What stays below is read through ``pdftotext`` (``readers/columns.py``, ``plainrows.py``, ``plainstreams.py``: other
branches' work this batch leaves alone) — see ``BELOW``, ``FLOORS`` and ``REFUSED``.
"""

from __future__ import annotations

import dataclasses

import pytest

from .other import unseen45
from .other.unseen45 import (
    HISUIHARA_PDF,
    KOHAKUNO,
    RURINO,
    RURINO_PDF,
    SANGOHAMA_PDF,
    SUISHODANI,
)
from .scoring import Reached
from .unseen_harness import Batch, batch_readings

#: (document, how): each workbook / page / Word document / CSV as uploaded ("upload"), each print each of ``HOWS``.
read, VARIANTS = batch_readings(unseen45)

#: Short of exact yet above the bar (F1, codes, 担当課, KPI numbers, schedule), as first measured and still:
#: - 珊瑚浜市 through pdftotext -layout (担当課 0.875): 4's 担当課 「デジタル推進課」 wrapped in its cell beside the 指標's
#:   「－」, read 「デジタル推」「－進課」.
FLOORS: dict[tuple[str, str], Reached] = {
    (SANGOHAMA_PDF, "pdftotext -layout"): (1.0, 1.0, 0.875, 1.0, 1.0),
}

#: Below the bar (F1, codes, 担当課, KPI numbers, schedule), as first measured and still:
#: - 瑠璃野町 through pdftotext (KPI 0): -layout the three header lines (the years over 「目標 | 上半期実績 | 下半期実績」,
#:   「基準値」 over 「（R5）」) not joined, the 実績 of no year; plain a figure cell empty in every row (R7's 下半期実績),
#:   which the text does not place: the figures left unread (its schedule, first 0, read now).
#: - 翡翠原市 through plain pdftotext (KPI 0): the KPI table's cells a line each, a wrapped 成果指標 two indicators.
BELOW: dict[tuple[str, str], Reached] = {
    (RURINO_PDF, "pdftotext -layout"): (1.0, 1.0, 1.0, 0.0, 1.0),
    (RURINO_PDF, "pdftotext"): (1.0, 1.0, 1.0, 0.0, 1.0),
    (HISUIHARA_PDF, "pdftotext"): (1.0, 1.0, 1.0, 0.0, 1.0),
}

#: Refused as no plan, as first measured and still: 珊瑚浜市 through plain pdftotext — each table's cells a line each, the
#: caption 「基本目標１　…」 and the header's labels among them, three tables' worth of one header.
REFUSED = {(SANGOHAMA_PDF, "pdftotext")}

MISNAMED: set[tuple[str, str]] = set()
MISPERIOD: set[tuple[str, str]] = set()
MISTITLED: set[tuple[str, str]] = set()

BATCH = Batch.of(
    unseen45,
    read,
    VARIANTS,
    floors=FLOORS,
    below=BELOW,
    refused=REFUSED,
    misnamed=MISNAMED,
    mistitled=MISTITLED,
    misperiod=MISPERIOD,
)
#: 琥珀野市's .ods is saved by LibreOffice Calc (``unseen45.kohakuno_ods``): slow as a print is.
BATCH = dataclasses.replace(BATCH, slow=BATCH.slow | {KOHAKUNO})
BATCH.bind(globals())


@pytest.mark.slow
def test_a_calc_sheet_saved_as_ods_is_read() -> None:
    """琥珀野市's .ods: 2-2 「生成ＡＩの活用」 300時間 → 5,000時間, 「○」 written once for R7–R10 each a year of its 工程,
    the 基本目標 rows merged across no 取組, the hidden 【廃止】 row read as a hidden row is."""
    found = {i["code"]: i for i in read(KOHAKUNO, "upload")["initiatives"]}
    assert list(found) == ["1-1", "1-2", "1-3", "1-4", "2-1", "2-2", "2-3", "3-1"]
    (kpi,) = found["2-2"]["indicators"]
    assert (kpi["baseline"]["value"], kpi["final_target"]["value"]) == (300, 5000)
    assert [s["fy"] for s in found["1-4"]["schedule"]] == [2025, 2026, 2027, 2028]
    assert found["1-1"]["departments"] == ["市民課", "デジタル推進課"]


def test_the_second_half_is_the_years_actual() -> None:
    """瑠璃野町's 4 「窓口キャッシュレス決済」: R6 目標 10.0, 上半期 7.5, 下半期 9.1 — the year's 実績 9.1; R7's 下半期 blank,
    its 上半期 12.2 no 実績 of R7."""
    found = {i["code"]: i for i in read(RURINO, "upload")["initiatives"]}
    (kpi,) = found["4"]["indicators"]
    assert [(a["fy"], a["value"]) for a in kpi["actuals"]] == [(2024, 9.1)]
    assert [(t["fy"], t["value"]) for t in kpi["targets"]] == [(2024, 10.0), (2025, 15.0), (2026, 25.0)]


def test_a_long_forms_rows_give_each_year() -> None:
    """水晶谷町's S-04 「町公式アプリの導入」, three rows: 目標値 500 / 1,500 / 2,500 by 令和6–8年度, 実績 620 of 令和6年度,
    each year's 計画内容 its step."""
    found = {i["code"]: i for i in read(SUISHODANI, "upload")["initiatives"]}
    (kpi,) = found["S-04"]["indicators"]
    assert [(t["fy"], t["value"]) for t in kpi["targets"]] == [(2024, 500), (2025, 1500), (2026, 2500)]
    assert [(a["fy"], a["value"]) for a in kpi["actuals"]] == [(2024, 620)]
    assert [(s["fy"], s["label"]) for s in found["S-04"]["schedule"]] == [
        (2024, "アプリの選定・構築"),
        (2025, "防災・ごみ情報の配信"),
        (2026, "機能の追加"),
    ]
