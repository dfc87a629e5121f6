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

Now (after batch 44's rules, ``test_rule_bounds44.py``):

- 朝日ヶ原町 exact as uploaded and as the PDF (first refused as no plan: the seven 重点取組 columns are header cells of no
  role, 10 labels of 17 cells read as no header — two or more side by side over 「●」「○」 and blanks alone are a
  matrix's categories now, counted as no label: ``tables._mark_columns``; not columns of figures, a word or a lone one);
- 茅ヶ原市 exact as uploaded and as the PDF (first codes 0: 「基本情報」, no column's label, merged down from the 取組番号
  row, so the turned table started at 取組名 and left the numbers out — a group merged down from its first row is a
  group now: ``sideways._labels``; and the row 「区分 | 項目 | 取組1 …」 heading the table as printed is no label row where a
  row under it names the titles: ``sideways._past_its_header``);
- 檀原町 exact as the PDF (first codes 0, 担当課 0.667, KPI 0.125: the fields' tab gaps had the page taken for a table
  printed without rules, the two columns' lines paired across — both columns opening their gapped lines with the same
  short labels are fields in two columns now: ``pdf._fields_both_sides``);
- 白露台市 exact as uploaded (first KPI 0: the page's reader skipped each card's SVG chart, the 実績 written only on its
  bars — a chart captioned 「実績の推移」 (or whose own words name 実績 and no 目標) gives each year of its axis the one figure
  straight above it as that year's 実績 now: ``readers.svgchart``; printed, the chart is text the PDF readers do not
  read as a chart, KPI 0 as first measured);
- 白露台市's titles as the PDF (first 「行政手続のオンライン化 順調」: the card's badge printed on the title's line — where
  every card's title closes with a progress word after a blank, a dashboard's, it is the title's grade now:
  ``common.graded_title``, ``common.badged_titles``; through plain pdftotext two titles of seven carry it: as first);
- 檀原町 through plain pdftotext read, a partial plan (first refused as no plan → 1.0, 1.0, 0.667, 0.75, 0.667: each 取組
  headed 「取組１ …」 with its labels a line each under it, then its values — every heading its number and title, and where
  the labels come right under their heading the values whose shape tells them, 「24 手続（R6）」 a dated figure and
  「R7 導入 R8～R10 運用」 steps: ``labelruns.read_headed_cards``, ``test_rule_bounds_plain3.py``).
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

#: Short of exact yet above the bar (F1, codes, 担当課, KPI numbers, schedule), as first measured and still:
#: - 翠ヶ浜市 as the PDF (F1 0.933, codes 0.714, schedule 0.286): the text boxes of a row are read as lines, two rows'
#:   titles run together (「電子申請の拡充書かない窓口」), the footer taken into a code, the chevrons' years mostly lost.
FLOORS: dict[tuple[str, str], Reached] = {
    (MIDORIGAHAMA_PDF, "pdf"): (0.933, 0.714, 1.0, 1.0, 0.286),
}

#: Below the bar (F1, codes, 担当課, KPI numbers, schedule), as first measured and still:
#: - 白露台市 printed (KPI 0): the 実績 stand only in each card's chart (the figure on each bar over 「R6」「R7」), printed
#:   as loose text no PDF reader reads as a chart; the 状況 badge 「順調」 joins the title, -layout two cards to a line,
#:   plain the 担当 lines lose their 取組.
#: - 翠ヶ浜市 through pdftotext (-layout F1 0.125: the boxes' rows read as one table of wrong columns; plain KPI 0 and
#:   schedule 0: every box a line of its own, 「45手続（R6） → 200手続（R10）」 no KPI).
#: - 茅ヶ原市 through pdftotext (-layout F1 0, plain 0.25): the table on its side is text, no cells to turn.
#: - 朝日ヶ原町 through pdftotext (KPI 0, schedule 0): the header four lines deep, the 重点取組 labels wrapped between the
#:   rest; plain its cells a line each.
#: - 檀原町 through plain pdftotext (first refused; 担当課 0.667, KPI 0.75, schedule 0.667 now): the first page's two
#:   columns give 取組１ and 取組５ their headings together, their labels and values after both, and 取組９'s fields run
#:   over the page's footer — those three keep their number and title only.
BELOW: dict[tuple[str, str], Reached] = {
    (MIDORIGAHAMA_PDF, "pdftotext -layout"): (0.125, 1.0, 0.0, 0.0, 0.0),
    (MIDORIGAHAMA_PDF, "pdftotext"): (1.0, 1.0, 1.0, 0.0, 0.0),
    (SHIRATSUYUDAI_PDF, "pdf"): (1.0, 1.0, 1.0, 0.0, 1.0),
    (SHIRATSUYUDAI_PDF, "pdftotext -layout"): (0.727, 1.0, 0.25, 0.0, 0.5),
    (SHIRATSUYUDAI_PDF, "pdftotext"): (1.0, 1.0, 0.143, 0.0, 0.429),
    (KAYAGAHARA_PDF, "pdftotext -layout"): (0.0, 1.0, 1.0, 1.0, 1.0),
    (KAYAGAHARA_PDF, "pdftotext"): (0.25, 0.0, 0.0, 0.0, 0.0),
    (ASAHIGAHARA_PDF, "pdftotext -layout"): (1.0, 1.0, 1.0, 0.0, 0.0),
    (ASAHIGAHARA_PDF, "pdftotext"): (0.933, 1.0, 0.714, 0.0, 0.0),
    (DANBARA_PDF, "pdftotext"): (1.0, 1.0, 0.667, 0.75, 0.667),
}

#: Refused as no plan: none now (檀原町 through plain pdftotext, first refused, is read: see BELOW).
REFUSED: set[tuple[str, str]] = set()

MISNAMED: set[tuple[str, str]] = set()
MISPERIOD: set[tuple[str, str]] = {(ASAHIGAHARA_PDF, "pdftotext")}
#: Initiatives matched by code under another title, as first measured and still: 翠ヶ浜市's PDF (two rows' titles run
#: together, the footer in a code), 白露台市 through pdftotext -layout (two cards in one) and plain pdftotext (the card's
#: 状況 badge 「順調」 in the title of two cards of seven, the others' on a line of their own: no dashboard whose every
#: title closes with its badge, ``common.badged_titles``; as the PDF the badges are no longer in the titles),
#: 茅ヶ原市 through plain pdftotext, 朝日ヶ原町's text (a wrapped title cut; plain: the 担当課 and 「●」 in the title).
MISTITLED: set[tuple[str, str]] = {
    (MIDORIGAHAMA_PDF, "pdf"),
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


def test_a_focus_area_matrix_is_no_schedule() -> None:
    """朝日ヶ原町's 7 「テレワーク環境の整備」: ● under ⑤ and ⑦, ○ under R7 and R8 — its 工程 R7 and R8, its 課 both."""
    found = {i["code"]: i for i in read(ASAHIGAHARA, "upload")["initiatives"]}
    assert [s["fy"] for s in found["7"]["schedule"]] == [2025, 2026]
    assert found["7"]["departments"] == ["総務課", "企画課"]
    (kpi,) = found["7"]["indicators"]
    assert (kpi["baseline"]["value"], kpi["final_target"]["value"]) == (10, 60)


def test_a_charts_bars_are_each_years_actual() -> None:
    """白露台市's 2 「コンビニ交付の推進」: bars 12.5 over R6 and 15.1 over R7 are its 実績; the ticks 0 … 25 and 「目標 25.0」
    none."""
    found = {i["code"]: i for i in read(SHIRATSUYUDAI, "upload")["initiatives"]}
    (kpi,) = found["2"]["indicators"]
    assert [(a["fy"], a["value"]) for a in kpi["actuals"]] == [(2024, 12.5), (2025, 15.1)]
    assert (kpi["baseline"]["value"], kpi["final_target"]["value"]) == (8.2, 25.0)


def test_a_table_on_its_side_keeps_each_columns_number() -> None:
    """茅ヶ原市's columns 「取組1」 … 「取組7」 are numbered 1-1 … 3-1 in the 取組番号 row: 2-2 is 「ＲＰＡ・生成ＡＩの活用」."""
    found = {i["code"]: i for i in read(KAYAGAHARA, "upload")["initiatives"]}
    assert list(found) == ["1-1", "1-2", "1-3", "2-1", "2-2", "2-3", "3-1"]
    assert found["2-2"]["title"] == "ＲＰＡ・生成ＡＩの活用"
    assert found["3-1"]["departments"] == ["生涯学習課", "デジタル推進課"]
