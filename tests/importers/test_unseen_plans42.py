"""A forty-second batch of plans no reader was written against (``other/unseen42.py``): 伊吹県's 市町村ＤＸ支援アクションプラン
(a column a 市町村 of ◎ / ○ marks between the 県's 担当課 and the indicator), 若桐町's 中間見直し (「当初目標値（R9） |
見直し後目標値（R9）」 side by side, 「同左」), 椿台町's 取組一覧 and ＫＰＩ一覧 on two sheets joined by the KPI's code
(「関連ＫＰＩ | K2-1、K2-2」), 桐ヶ谷市's 進捗管理表 of two rows a 取組 (区分 「計画」 over 「実績」) and 白樫町's Word document of
numbered paragraphs (the KPI in a sentence, a 工程 table a 施策 naming its 取組 by number) — each read as the PDF, through
``pdftotext`` in both modes, and the .xlsx / .docx as uploaded. Each reading is scored with ``scoring.score`` against the
plan the document states.

First measured, before any change to the readers (F1, codes, 担当課, KPI numbers, schedule):

================================  ==================  =====================================
document                          how                 first
================================  ==================  =====================================
tsubakidai_kpi_bangou.xlsx        upload              1.0, 1.0, 1.0, 0.0, 1.0
shirakashi_danraku_koutei.docx    upload              1.0, 1.0, 1.0, 0.889, 0.0
ibuki_ken_shichoson_retsu.pdf     pdf / -layout / plain  refused as no plan
wakagiri_chukan_minaoshi.pdf      pdf                 1.0, 1.0, 1.0, 0.556, 1.0
wakagiri_chukan_minaoshi.pdf      pdftotext -layout   1.0, 1.0, 0.8, 0.0, 1.0
wakagiri_chukan_minaoshi.pdf      pdftotext           0.889, 1.0, 0.75, 0.0, 1.0
kirigaya_keikaku_jisseki.pdf      pdf                 1.0, 1.0, 1.0, 0.2, 1.0
kirigaya_keikaku_jisseki.pdf      pdftotext -layout   1.0, 1.0, 1.0, 0.2, 0.182
kirigaya_keikaku_jisseki.pdf      pdftotext           0.308, 1.0, 0.0, 0.0, 0.0
tsubakidai_kpi_bangou.pdf         pdf                 0.667, 1.0, 1.0, 0.0, 1.0
tsubakidai_kpi_bangou.pdf         pdftotext -layout   0.6, 1.0, 1.0, 0.0, 1.0
tsubakidai_kpi_bangou.pdf         pdftotext           refused as no plan
shirakashi_danraku_koutei.pdf     pdf                 1.0, 1.0, 1.0, 0.889, 0.0
shirakashi_danraku_koutei.pdf     pdftotext -layout   1.0, 1.0, 1.0, 0.889, 0.3
shirakashi_danraku_koutei.pdf     pdftotext           1.0, 1.0, 1.0, 0.889, 0.0
================================  ==================  =====================================

No reading exact at first; none of 伊吹県's read at all.
"""

from __future__ import annotations

from .other import unseen42
from .other.unseen42 import (
    IBUKI_PDF,
    KIRIGAYA_PDF,
    SHIRAKASHI,
    SHIRAKASHI_PDF,
    TSUBAKIDAI,
    TSUBAKIDAI_PDF,
    WAKAGIRI_PDF,
)
from .scoring import Reached
from .unseen_harness import Batch, batch_readings

#: (document, how): each workbook / Word document as uploaded ("upload"), each print each of ``HOWS``.
read, VARIANTS = batch_readings(unseen42)

#: Short of exact yet above the bar (F1, codes, 担当課, KPI numbers, schedule), as first measured:
FLOORS: dict[tuple[str, str], Reached] = {
    (SHIRAKASHI, "upload"): (1.0, 1.0, 1.0, 0.888, 0.0),
    (SHIRAKASHI_PDF, "pdf"): (1.0, 1.0, 1.0, 0.888, 0.0),
    (SHIRAKASHI_PDF, "pdftotext -layout"): (1.0, 1.0, 1.0, 0.888, 0.3),
    (SHIRAKASHI_PDF, "pdftotext"): (1.0, 1.0, 1.0, 0.888, 0.0),
}

#: Below the bar as first measured (F1, codes, 担当課, KPI numbers, schedule) — see each entry's diagnosis:
BELOW: dict[tuple[str, str], Reached] = {
    (TSUBAKIDAI, "upload"): (1.0, 1.0, 1.0, 0.0, 1.0),
    (WAKAGIRI_PDF, "pdf"): (1.0, 1.0, 1.0, 0.555, 1.0),
    (WAKAGIRI_PDF, "pdftotext -layout"): (1.0, 1.0, 0.8, 0.0, 1.0),
    (WAKAGIRI_PDF, "pdftotext"): (0.888, 1.0, 0.75, 0.0, 1.0),
    (KIRIGAYA_PDF, "pdf"): (1.0, 1.0, 1.0, 0.2, 1.0),
    (KIRIGAYA_PDF, "pdftotext -layout"): (1.0, 1.0, 1.0, 0.2, 0.181),
    (KIRIGAYA_PDF, "pdftotext"): (0.307, 1.0, 0.0, 0.0, 0.0),
    (TSUBAKIDAI_PDF, "pdf"): (0.666, 1.0, 1.0, 0.0, 1.0),
    (TSUBAKIDAI_PDF, "pdftotext -layout"): (0.6, 1.0, 1.0, 0.0, 1.0),
}

#: Refused as no plan when first measured.
REFUSED = {
    (IBUKI_PDF, "pdf"),
    (IBUKI_PDF, "pdftotext -layout"),
    (IBUKI_PDF, "pdftotext"),
    (TSUBAKIDAI_PDF, "pdftotext"),
}

#: The municipality read otherwise: none. The period read otherwise: none.
MISNAMED: set[tuple[str, str]] = set()
MISPERIOD: set[tuple[str, str]] = set()
#: Initiatives matched by code read under another title: 若桐町 through both pdftotext modes, 桐ヶ谷市 through plain
#: pdftotext.
MISTITLED = {(WAKAGIRI_PDF, "pdftotext -layout"), (WAKAGIRI_PDF, "pdftotext"), (KIRIGAYA_PDF, "pdftotext")}

BATCH = Batch.of(
    unseen42,
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
