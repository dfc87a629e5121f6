"""A forty-fourth batch of plans no reader was written against (``other/unseen44.py``): 茅ヶ原市's 取組別計画一覧 laid on its
side (a column a 取組, a row a 項目, 区分 merged down), 朝日ヶ原町's 取組一覧 with a matrix of the national 重点取組
(「①フロントヤード改革」 … 「⑦テレワーク」 marked 「●」 beside 「実施年度」 marked 「○」), 翠ヶ浜市's 概要版 slides whose 取組一覧 is
text boxes, not a table (chevrons over year columns), 檀原町's Word document set in two columns with lines laid by a tab
stop, and 白露台市's 進捗ダッシュボード (cards two abreast, an SVG chart of the 実績 in each) — each as uploaded (.xlsx,
.docx, .html) and printed, read as the PDF, through ``pdftotext -layout`` and through plain ``pdftotext``. Each reading
is scored with ``scoring.score`` against the plan the document states.

First measured, before any change to the readers (F1, codes, 担当課, KPI numbers, schedule):

================================  ==================  =====================================
document                          how                 first
================================  ==================  =====================================
kayagahara_yoko.xlsx              upload              1.0, 0.0, 1.0, 1.0, 1.0
asahigahara_juten.xlsx            upload              refused as no plan
danbara_nidan.docx                upload              1.0, 1.0, 1.0, 1.0, 1.0
shiratsuyudai_dashboard.html      upload              1.0, 1.0, 1.0, 0.0, 1.0
midorigahama_slides.pdf           pdf                 0.933, 0.714, 1.0, 1.0, 0.286
midorigahama_slides.pdf           pdftotext -layout   0.125, 1.0, 0.0, 0.0, 0.0
midorigahama_slides.pdf           pdftotext           1.0, 1.0, 1.0, 0.0, 0.0
shiratsuyudai_dashboard.pdf       pdf                 1.0, 1.0, 1.0, 0.0, 1.0
shiratsuyudai_dashboard.pdf       pdftotext -layout   0.727, 1.0, 0.25, 0.0, 0.5
shiratsuyudai_dashboard.pdf       pdftotext           1.0, 1.0, 0.143, 0.0, 0.429
kayagahara_yoko.pdf               pdf                 1.0, 0.0, 1.0, 1.0, 1.0
kayagahara_yoko.pdf               pdftotext -layout   0.0, 1.0, 1.0, 1.0, 1.0
kayagahara_yoko.pdf               pdftotext           0.25, 0.0, 0.0, 0.0, 0.0
asahigahara_juten.pdf             pdf                 refused as no plan
asahigahara_juten.pdf             pdftotext -layout   1.0, 1.0, 1.0, 0.0, 0.0
asahigahara_juten.pdf             pdftotext           0.933, 1.0, 0.714, 0.0, 0.0
danbara_nidan.pdf                 pdf                 1.0, 0.0, 0.667, 0.125, 0.667
danbara_nidan.pdf                 pdftotext -layout   1.0, 1.0, 1.0, 1.0, 1.0
danbara_nidan.pdf                 pdftotext           refused as no plan
================================  ==================  =====================================
"""

from __future__ import annotations

from .other import unseen44
from .other.unseen44 import (
    ASAHIGAHARA,
    ASAHIGAHARA_PDF,
    DANBARA_PDF,
    KAYAGAHARA,
    KAYAGAHARA_PDF,
    MIDORIGAHAMA_PDF,
    SHIRATSUYUDAI,
    SHIRATSUYUDAI_PDF,
)
from .scoring import Reached
from .unseen_harness import Batch, batch_readings

#: (document, how): each workbook / page / Word document as uploaded ("upload"), each print each of ``HOWS``.
read, VARIANTS = batch_readings(unseen44)

#: Short of exact yet above the bar (F1, codes, 担当課, KPI numbers, schedule), as first measured:
#: - 茅ヶ原市 as uploaded and as the PDF (codes 0): the 取組番号 row 「1-1 | 1-2 | …」 is not read as the codes.
#: - 翠ヶ浜市 as the PDF (F1 0.933, codes 0.714, schedule 0.286).
FLOORS: dict[tuple[str, str], Reached] = {
    (KAYAGAHARA, "upload"): (1.0, 0.0, 1.0, 1.0, 1.0),
    (KAYAGAHARA_PDF, "pdf"): (1.0, 0.0, 1.0, 1.0, 1.0),
    (MIDORIGAHAMA_PDF, "pdf"): (0.933, 0.714, 1.0, 1.0, 0.286),
}

#: Below the bar (F1, codes, 担当課, KPI numbers, schedule), as first measured.
BELOW: dict[tuple[str, str], Reached] = {
    (SHIRATSUYUDAI, "upload"): (1.0, 1.0, 1.0, 0.0, 1.0),
    (MIDORIGAHAMA_PDF, "pdftotext -layout"): (0.125, 1.0, 0.0, 0.0, 0.0),
    (MIDORIGAHAMA_PDF, "pdftotext"): (1.0, 1.0, 1.0, 0.0, 0.0),
    (SHIRATSUYUDAI_PDF, "pdf"): (1.0, 1.0, 1.0, 0.0, 1.0),
    (SHIRATSUYUDAI_PDF, "pdftotext -layout"): (0.727, 1.0, 0.25, 0.0, 0.5),
    (SHIRATSUYUDAI_PDF, "pdftotext"): (1.0, 1.0, 0.143, 0.0, 0.429),
    (KAYAGAHARA_PDF, "pdftotext -layout"): (0.0, 1.0, 1.0, 1.0, 1.0),
    (KAYAGAHARA_PDF, "pdftotext"): (0.25, 0.0, 0.0, 0.0, 0.0),
    (ASAHIGAHARA_PDF, "pdftotext -layout"): (1.0, 1.0, 1.0, 0.0, 0.0),
    (ASAHIGAHARA_PDF, "pdftotext"): (0.933, 1.0, 0.714, 0.0, 0.0),
    (DANBARA_PDF, "pdf"): (1.0, 0.0, 0.667, 0.125, 0.667),
}

#: Refused as no plan, as first measured.
REFUSED = {(ASAHIGAHARA, "upload"), (ASAHIGAHARA_PDF, "pdf"), (DANBARA_PDF, "pdftotext")}

MISNAMED: set[tuple[str, str]] = set()
MISPERIOD: set[tuple[str, str]] = {(ASAHIGAHARA_PDF, "pdftotext")}
#: Initiatives matched by code under another title, as first measured: 翠ヶ浜市's PDF (two rows' titles run together,
#: the footer in a code), 白露台市's prints (the card's 状況 badge 「順調」 in the title; -layout two cards in one),
#: 茅ヶ原市 through plain pdftotext, 朝日ヶ原町's text (a wrapped title cut; plain: the 担当課 and 「●」 in the title).
MISTITLED: set[tuple[str, str]] = {
    (MIDORIGAHAMA_PDF, "pdf"),
    (SHIRATSUYUDAI_PDF, "pdf"),
    (SHIRATSUYUDAI_PDF, "pdftotext -layout"),
    (SHIRATSUYUDAI_PDF, "pdftotext"),
    (KAYAGAHARA_PDF, "pdftotext"),
    (ASAHIGAHARA_PDF, "pdftotext -layout"),
    (ASAHIGAHARA_PDF, "pdftotext"),
}

BATCH = Batch.of(
    unseen44,
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
