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
"""

from __future__ import annotations

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
#: - 瑠璃野町 (KPI 0 each way): under 「令和６年度」 the 「上半期実績」 column is taken for the year's 実績, the 下半期 (the
#:   year-end 累計) left out; plain pdftotext the header's years lost (実績 of no year, the 実施期間 a target, no schedule).
#: - 水晶谷町 (KPI 0, schedule 0): the rows of one 取組 are joined but their 「年度」 column is not read — 目標値 and 実績値
#:   of no year, 計画内容 no schedule.
#: - 翡翠原市 through plain pdftotext (KPI 0): the KPI table's cells a line each, a wrapped 成果指標 two indicators.
BELOW: dict[tuple[str, str], Reached] = {
    (RURINO, "upload"): (1.0, 1.0, 1.0, 0.0, 1.0),
    (RURINO_PDF, "pdf"): (1.0, 1.0, 1.0, 0.0, 1.0),
    (RURINO_PDF, "pdftotext -layout"): (1.0, 1.0, 1.0, 0.0, 1.0),
    (RURINO_PDF, "pdftotext"): (1.0, 1.0, 1.0, 0.0, 0.0),
    (SUISHODANI, "upload"): (1.0, 1.0, 1.0, 0.0, 0.0),
    (HISUIHARA_PDF, "pdftotext"): (1.0, 1.0, 1.0, 0.0, 1.0),
}

#: Refused as no plan, as first measured and still: 琥珀野市's .ods — an OpenDocument sheet, refused with the way to save
#: it as .xlsx (``filetypes._refuse_other_zip``); 珊瑚浜市 through plain pdftotext.
REFUSED = {(KOHAKUNO, "upload"), (SANGOHAMA_PDF, "pdftotext")}

MISNAMED: set[tuple[str, str]] = set()
#: The period read otherwise, as first measured and still: 水晶谷町 (no 計画期間 anywhere; the years of its rows not
#: taken for one).
MISPERIOD: set[tuple[str, str]] = {(SUISHODANI, "upload")}
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
BATCH.bind(globals())
