"""A thirty-ninth batch of plans no reader was written against (``other/unseen39.py``): six workbooks and a CSV as a
town's 情報政策課 keeps its DX plan in Excel, filled by hand, in shapes the batches before lack — 榛名台市's 取組 numbered
across three columns 「基本目標 | 施策 | No.」 (「1」「(1)」「①」), units in number formats, 〇 / △ / × a year and a 凡例 beside
the table; 霧ヶ丘町's 「・」 lists typed with Alt+Enter, two indicators in one row's cells, 開始 / 完了予定 as date cells;
朝霞野市's sheet a 基本目標 with the 取組番号 a formula and a 集計 sheet, saved by Excel (cached values) and as a program
writes it (no cached value); 宇奈月村's CSV in CP932 with 「="001"」 codes and full-width figures typed by hand, 「同上」;
杉ノ沢市's KPI table under the 取組 table on the same sheet, keyed by No. Each reading is scored with ``scoring.score``
against the plan the document states."""

from __future__ import annotations

from .other import unseen39
from .other.unseen39 import ASAKANO_RAW, HARUNA, KIRIGAOKA, SUGINOSAWA, UNAZUKI
from .scoring import Reached
from .unseen_harness import Batch, batch_readings

#: (document, how): each file as uploaded ("upload").
read, VARIANTS = batch_readings(unseen39)


#: Exact when first measured: 朝霞野市 as Excel saves it (the 取組番号 formulas read by their cached 「1-1」 …, the 集計
#: sheet's COUNTA / SUMPRODUCT / AVERAGE rows no 取組, the 達成率 column no figure of the KPI).
#:
#: Short of exact yet above the bar (F1, codes, 担当課, KPI numbers, schedule), as first measured:
#: - 榛名台市 (codes 0, schedule 0.75; F1, 担当課, KPI exact): each 取組's code is its No. column alone, 「①」 → 「1」,
#:   「②」 → 「2」 — eight 取組 coded 1, 2, 1, 2, 1, 2, 1, 1 — where the number is written across the three columns
#:   「基本目標 | 施策 | No.」 (「1」 | 「(1)」 | 「①」: 1-1-1), the first two merged down their 取組. And a year marked 「×」
#:   is read as a year of the schedule: 2-1-2 「×△〇〇」 read 2025–2028 (stated 2026–2028), 2-2-1 「〇〇××」 read 2025–2028
#:   (stated 2025–2026), though the 凡例 beside the table says 「× | 実施しない」. The 凡例 itself (in the rows of the first
#:   取組, after a blank column) is no field of those 取組; percent cells (0.12 as 「0.0%」) and units in the format
#:   (「#,##0"件"」) are read right.
#: - 朝霞野市 as a program writes it (codes 0; the rest exact): the 取組番号 cells 「=$B$2&"-"&A5」 have no cached value and
#:   are read as empty — every 取組 has ``code`` None, where Excel shows 「1-1」 … 「3-2」 when it opens the book. (No
#:   formula is read as its text: the 達成率 and the 集計 sheet's formulas are no value.)
#: - 宇奈月村 (codes 0; the rest exact): the codes are 「="001"」 … 「="007"」 as written in the CSV — Excel's way of keeping
#:   a code's leading zeros, which Excel opens as 「001」. Full-width figures 「１，２００件」「７２．４％」, 「Ｒ７」 … 「Ｒ１０」
#:   and 「同上」 are read right.
FLOORS: dict[tuple[str, str], Reached] = {
    (HARUNA, "upload"): (1.0, 0.0, 1.0, 1.0, 0.75),
    (ASAKANO_RAW, "upload"): (1.0, 0.0, 1.0, 1.0, 1.0),
    (UNAZUKI, "upload"): (1.0, 0.0, 1.0, 1.0, 1.0),
}

#: Below the bar as first measured (F1, codes, 担当課, KPI numbers, schedule):
#: - 霧ヶ丘町 (KPI 0.4; F1, codes, 担当課, schedule exact): a row whose 成果指標 cell is a 「・」 list of two indicators
#:   typed with Alt+Enter (「・電子申請できる手続数⏎・電子申請の利用件数（年間）」, the 現状値 「・45手続⏎・3,200件」 and the
#:   目標値 「・120手続⏎・9,000件」 lists in the same order) is read as ONE indicator named by the lines run together
#:   (「・電子申請できる手続数・電子申請の利用件数（年間）」) with the first line's figures only (45 → 120): 1, 4 and 6 lose
#:   their second indicator; a list of one line keeps its 「・」 in the name. The 開始 / 完了予定 date cells are each
#:   fiscal year between (3's 2025/4/1 – 2026/3/31 the one year 2025), the comment on a cell no field.
#: - 杉ノ沢市 (KPI 0.8; F1, codes, 担当課, schedule exact): the KPI table under the 取組 table on the same sheet is read and
#:   keyed by No. (3's two indicators, 5 none), but 2 「窓口の平均待ち時間」, whose R9目標 is 「－」 (the 取組 ends in R8),
#:   has no final target, where its last target, 15 (R8), is (as for every other indicator, whose R9目標 is read so).
BELOW: dict[tuple[str, str], Reached] = {
    (KIRIGAOKA, "upload"): (1.0, 1.0, 1.0, 0.4, 1.0),
    (SUGINOSAWA, "upload"): (1.0, 1.0, 1.0, 0.8, 1.0),
}

#: The municipality read otherwise: none. The period read otherwise: none.
MISNAMED: set[tuple[str, str]] = set()
MISPERIOD: set[tuple[str, str]] = set()
#: Initiatives matched by code read under another title: none.
MISTITLED: set[tuple[str, str]] = set()

BATCH = Batch.of(
    unseen39,
    read,
    VARIANTS,
    floors=FLOORS,
    below=BELOW,
    misnamed=MISNAMED,
    mistitled=MISTITLED,
    misperiod=MISPERIOD,
)
BATCH.bind(globals())
