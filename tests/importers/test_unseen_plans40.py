"""A fortieth batch (``other/unseen40.py``): four WHOLE plans written as their offices write them and printed by
Chromium — a 県's 施策 with 施策の方向性, 主な取組 bullets and a KPI box (千草県), a 町's plan set in two columns of boxed
cards under Roman chapters (早蕨町), a 取組一覧 grouped under 担当課 rows with each year's target in the row and a
工程表 of coloured bars (楓原市), and a 進捗管理シート a page a 取組 with check boxes (穂高台市) — each read as the PDF,
through ``pdftotext -layout`` and through plain ``pdftotext``, and scored with ``scoring.score`` against the plan it
states (``unseen40.PLANS``).

Plain ``pdftotext`` of 楓原市, first refused as no plan, is a partial plan now (F1 1.0, codes 1.0, 担当課 / KPI / schedule 0):
the 取組一覧's cells scattered, its rows' titles cut, the 工程表 after it numbers every row again in order with its title whole
— the run printed closer together is taken, a 目次's page numbers over its chapters no rows (``readers/numbered_cells.py``
: strays among the numbered lines passed over, the longest run numbered in order taken).
"""

from __future__ import annotations

from .other import unseen40
from .other.unseen40 import CHIGUSA_PDF, HOTAKADAI_PDF, KAEDEHARA_PDF, SAWARABI_PDF
from .scoring import Reached
from .unseen_harness import Batch, batch_readings

read, VARIANTS = batch_readings(unseen40)

#: Exact when first measured: 千草県 as the PDF (each 施策 a 取組 with its 担当課 split and its 部 dropped, the KPI box's
#: 「210手続（R5）」「600手続（R11）」 the baseline and the final target, the 主な取組 bullets no 取組).
#:
#: Exact since (first measured below the bar):
#: - 楓原市 as the PDF (F1 0.857, 担当課 0, KPI 0, schedule 0.75 when first measured): no 取組 took the 課 of the
#:   「【総務部　情報政策課】」 row over it, each indicator had its 基準値 alone — the year columns 2025年度 … 2028年度 read as
#:   the years it is worked on, not each year's target (the bars of the 工程表 read, but every year a target is written
#:   added to them) — and 第２章's 前計画の振り返り 「取組名 | 担当課 | 達成状況」 was read as four 取組. In a table of no
#:   担当課 column, a row across it that names 課 alone (in brackets, a 部 before its 課) gives them to the 取組 under it,
#:   up to the next such row (``tables._department_row``); bare years rising right after a dated 基準値 beside an
#:   indicator, with no target column, every cell under them a figure or 「－」, are each year's target
#:   (``tables._years_after_baseline``; 葵川市's steps on the 取組's row keep its years a 工程's); a table of 取組 and how
#:   each went (an 評価 / 達成状況 column, no indicator, value, 工程 or budget) under a heading or sentence naming the
#:   前計画 is its record, no 取組 (``tables._record_of_the_plan_before``).
#: - 千草県 through -layout (F1 0 when first measured; through plain pdftotext F1 0 → 1.0, see below): no 施策 read —
#:   one 取組 of no code 「の（市町村連携）は市町村と連携して行」, 第３章's note on the bullets' marks 「【主な取組】の（市町村連携）は
#:   市町村と連携して行う取組…」 taken for a card's 取組名 field (主な取組 a title label), the one card found, which kept the
#:   outline (each 「施策１－１　…」 with its 担当課: and KPI box) from being read. A bracketed label followed by a particle
#:   the sentence goes on with is the label named in prose, no field (``cards._PARTICLE_AFTER``). Then KPI 0.636: the
#:   boxes' labels centred over cells printed from their left edge, in display width a long name of wide characters
#:   pushed the figures under the next label (2-2's 現状値 read as its 目標値, 3-1's and 3-4's 目標値 as the 備考). A box
#:   whose every row has its cells under the header's labels in order on pdftotext's grid, and not in display width,
#:   is read on the grid (``columns._labels_over_cells``: a box of three rows or fewer, each a line from the left edge —
#:   too few rows for the alignment tests); there a box of two rows (1-1, 2-2) had its names in two columns, the
#:   header's first label centred over the left edge's column taken for a column of its own, as the rows under the
#:   header were looked for only past the block's first four lines (``columns._label_columns``: in a box,
#:   ``columns._box``, the lines under the header, the left edge a first label's column, a cell one row writes past
#:   its first — 「県・市町村の合計」 under 備考 — a column).
#: - 穂高台市 through -layout (KPI 0.2, F1 0.957, schedule 0.545 when first measured; schedule exact by the ☐ years,
#:   see FLOORS): 8 of the sheets' 成果指標 tables read as an indicator named by the header's labels (「基準値（R4） R5実績
#:   R6実績」) and no figure, or with one actual lost: the table's header a blank line under the card's 「【成果指標】」
#:   alone on its line, centred past the left edge but its rows written from it, its lines read as the card's. A header
#:   right under a card's label alone is a table of its own up to the card's next label at the left edge
#:   (``columns._rows_under_header``). And an extra 取組 「7件3件1件11件」: the 取組 table 「番号  取組名  担当課  評価」 ran
#:   on from the count of grades (「順調  7件」 …) two blank lines above it; a header a blank line under a block that
#:   has none of its own, nor a card's field, starts a table of its own (``columns._header_under_headless``).
#: - 穂高台市 as the PDF (F1 0.957 — P 11/12, schedule 0.545 when first measured): every sheet's 実施年度 「☑R5　☑R6
#:   ☐R7　☐R8」 was read as all four years, the ☐ years too (1-2, 1-4, 2-1, 2-3, 3-3). A year behind an empty ballot box
#:   is no year of the schedule, and the ticks no step's label (``shapes.common.ticked_years_only``; 「□」, a 工程表's
#:   drawn step, is no box). Then 1-1's 「令和６年度の実施状況」 row was read as a 取組: the first sheet's card, right
#:   after the 一覧 of as many columns and no header of its own, went on as the 一覧's rows. A table without a header
#:   whose rows open with labels is a card, no list's rows (``tables._card_rows``).
#: - 千草県 through plain pdftotext (F1 0 when first measured, then 1.0 by ``cards._PARTICLE_AFTER`` as through -layout;
#:   KPI 0.273 → exact): each KPI box came out a cell a line, its labels among its cells in the order of their places
#:   (「指標名」「現状値」「カードを活用した…サービス数」「目標値」「12サービス（R5）」「備考」「40サービス（R11）」), and a
#:   figure with its year in brackets (「210手続（R5）」) was no figure's cell — 1-1, 2-1 and 2-2 took the first row's 現状値
#:   for a second indicator's name, 1-3, 2-3 and 3-2 their 現状値 for a target, 1-2 its target lost, 1-4 no figure read.
#:   From a line 「指標名」 alone, a run of one-piece lines has its KPI labels gathered ahead of its cells, 「備考」 after
#:   them (``measure_lines._labels_gathered``), and a figure with its year in brackets is a figure's cell
#:   (``cellrows.figure_of_year``).
#:
#: Short of exact yet above the bar (F1, codes, 担当課, KPI numbers, schedule), as first measured, or raised to it:
#: - 楓原市 through -layout (F1 0.706, 担当課 0, KPI 0, schedule 0.5 when first measured; then F1 and 担当課 exact, KPI 0,
#:   schedule 0.583; now KPI exact, schedule 0): as the PDF (see above), and the 課 rows read as 取組 (「【総務部
#:   情報政策課】」, 「7【会計室】 コンビニ交付の利用促進」). A line that is one bracketed name is a row across the table however
#:   short (``columns._BRACKETED_LINE``), and a bracket a 課 opens and closes after a blank is one cell
#:   (``columns._name_glued`` had cut 「【総務部」 from 「情報政策課】」). Then the header printed on three lines — 「基準値」 over 「（2023年」
#:   over 「度）」, centred, the years over 「度」 — had its year joined to 「成果指標」 (over the same place in display width),
#:   so the 基準値 was undated and the years stayed 工程 columns (each indicator its 基準値 alone). A label over three
#:   lines takes its two lower lines once they are one tail (``columns._header_tails``: 「（2023年」 and 「度）」 joined, the
#:   line above takes them), and a year ending in 年 its 「度」 (``columns._cut_year``). The schedule's 0.583 was the years
#:   a target is written read as years of work; the 工程表's bars are lost to pdftotext (no text in them), so none is read.
#: - 早蕨町 as the PDF (F1 0 when first measured; now F1, codes, 担当課, schedule exact, KPI 0.9): the two columns'
#:   cards were read as the three 基本方針 (「1 便利で身近な町民サービス」 …), each taking the 担当課 and the first
#:   indicator of the cards under it; no 施策Ⅰ-1 … Ⅲ-3. Each card's 「施策Ⅱ-3」 (its title on the line under it) was no
#:   numbered heading — a heading's word before a Roman numeral and a hyphened number had no number — so the 基本方針
#:   were the outline's lowest level. Such a heading is numbered as 「施策2-3」 is now (``numbering.marker``, as 「Ⅱ-3」
#:   alone is 2-3). Left: 2-3's second indicator (「コピー用紙の購入枚数（年間）」 on a line of its own under the first's
#:   figures) not read, and each indicator named by its 施策 (「指標 電子申請できる手続数」, label and value a blank apart).
#: - 早蕨町 through -layout (F1 0.727, 担当課 0, KPI 0, schedule 0.25 when first measured; now F1 0.9, 担当課 and schedule
#:   exact, KPI 0.889): the headings of every chapter's two columns were read as 取組 (「1-1 計画策定の趣旨」, 「4-1
#:   推進体制」) — the first F1 counted them, matched by their codes alone (8 of 11, every title another's) — the 施策
#:   found only by the 体系 table's 「Ⅰ-2　…」 lines, their cards' fields (the right column's beside the left's on each
#:   line) pooled into 「3-1 施策の体系 書かない窓口の導入」 and 「3-2 施策の内容 …」. With the cards' 「施策Ⅰ-1」 headings
#:   (see the PDF) 6 施策 were read (F1 0.706, 担当課 0.667, KPI 0.5): the pages of cards were not unfolded, their
#:   gutter not found — the left column's wrapped values indented at 8 (「        等にＡＩを…」) started more lines than the
#:   right column at 43, and 「期間      R7～R10」 beside 「現状 64人（R5）→ 目標 200人（R10）」 read as a table's header.
#:   The gutter is looked for past the left column's indent, and a card's field after its label is no header's
#:   (``textcolumns._gutter``, ``_field``). Left: the page of the 体系 table (its cells beside the cards Ⅰ-2 … Ⅱ-1) is no
#:   page of two columns — 1-2 and 2-1 lost, 1-1, 1-3 and 1-4 under other titles (MISTITLED).
FLOORS: dict[tuple[str, str], Reached] = {
    (KAEDEHARA_PDF, "pdftotext -layout"): (1.0, 1.0, 1.0, 1.0, 0.0),
    (SAWARABI_PDF, "pdf"): (1.0, 1.0, 1.0, 0.9, 1.0),
    (SAWARABI_PDF, "pdftotext -layout"): (0.9, 1.0, 1.0, 0.888, 1.0),
}

#: Below the bar as first measured (F1, codes, 担当課, KPI numbers, schedule), still; a reading of F1 0 is held at 0 in
#: every measure (its others 1.0 only as no pair is found):
#: - 早蕨町 through plain pdftotext (F1 0.88, 担当課 0, KPI 0, schedule 0 when first measured; now F1 0.9, 担当課 0.333,
#:   KPI 0.333): the 11 施策 found by the 体系 table's column of 「Ⅰ-1」… (titles cut where a cell wraps: 「キャッシュレス決済
#:   の」, 「ビス」 for Ⅰ-4 — see MISTITLED), none of their cards' fields joined to them, and the three 基本方針 read as 取組
#:   besides. Now the cards' headings read (see the PDF), but plain pdftotext gives the two columns' lines in the order
#:   of their blocks, a card's code apart from its title and fields (3-3 「R7～R10」, 2-3 「指標」 with 3-3's figures).
#: - 穂高台市 through plain pdftotext (KPI 0, schedule 0, 担当課 0.909; F1 0.957): the 取組 read from the 一覧 alone, an
#:   indicator named after each 取組 with no figure; 3-3's 担当課 runs into the page's header (「…商工観光課－令和６年度
#:   進捗管理シート」, see MISTITLED); 「4 取組別進捗管理シート取組別進捗管理シート取組番号」 a 取組.
#: - 楓原市 through plain pdftotext (first refused): the 工程表's rows numbered 1–12 in order, their titles whole; no
#:   担当課, figures or 工程 (the bars lost).
BELOW: dict[tuple[str, str], Reached] = {
    (SAWARABI_PDF, "pdftotext"): (0.9, 1.0, 0.333, 0.333, 0.0),
    (HOTAKADAI_PDF, "pdftotext"): (0.956, 1.0, 0.909, 0.0, 0.0),
    (KAEDEHARA_PDF, "pdftotext"): (1.0, 1.0, 0.0, 0.0, 0.0),
}

#: Refused as no plan when first measured: 楓原市 through plain pdftotext (the 取組一覧 a cell a line, the 工程表 bars
#: lost).
REFUSED: set[tuple[str, str]] = set()  # (楓原市 read now: see BELOW)

#: The municipality read otherwise: none.
MISNAMED: set[tuple[str, str]] = set()
#: The period read otherwise: none.
MISPERIOD: set[tuple[str, str]] = set()
#: Initiatives matched by code read under another title: 早蕨町 through -layout and through plain pdftotext (the 体系
#: table's cells cut or run together), 穂高台市 through plain pdftotext (3-3 run into its 担当課 and the page's header).
MISTITLED = {
    (SAWARABI_PDF, "pdftotext -layout"),
    (SAWARABI_PDF, "pdftotext"),
    (HOTAKADAI_PDF, "pdftotext"),
}

BATCH = Batch.of(
    unseen40,
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


def test_the_documents_are_the_ones_described() -> None:
    """Each plan's HTML is what the batch says: 千草県's KPI boxes and bullets, 早蕨町's two columns of cards numbered
    「施策Ⅱ-3」, 楓原市's 課 rows across its 取組一覧 and its bars of colour with no text, 穂高台市's check boxes."""
    html = {name: build() for name, build in unseen40.CHROMIUM.items()}
    assert "<th>指標名</th><th>現状値</th><th>目標値</th><th>備考</th>" in html[CHIGUSA_PDF]
    assert "<td>210手続（R5）</td><td>600手続（R11）</td>" in html[CHIGUSA_PDF]
    assert "<li>県電子申請システムの市町村との共同利用（市町村連携）</li>" in html[CHIGUSA_PDF]
    assert "column-count: 2" in html[SAWARABI_PDF] and html[SAWARABI_PDF].count('<div class="card">') == 11
    assert '<span class="no">施策Ⅱ-3</span><br>ペーパーレス化の推進' in html[SAWARABI_PDF]
    assert '<td colspan="8" class="ka">【総務部　情報政策課】</td>' in html[KAEDEHARA_PDF]
    assert html[KAEDEHARA_PDF].count('<div class="bar b2"></div>') + html[KAEDEHARA_PDF].count('"bar b1"') == 40
    assert "☑R5　☑R6　☑R7　☐R8" in html[HOTAKADAI_PDF] and "☑順調　☐遅れ" in html[HOTAKADAI_PDF]
