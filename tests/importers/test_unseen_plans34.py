"""A thirty-fourth batch of plans no reader was written against (``other/unseen34.py``): five plans made in Excel or
Word and printed to PDF by LibreOffice, as most municipalities publish them — 鶉野市's A3 実施工程表 (the 施策 merged down,
the years of work shaded, a word in some), 萩ノ台町's 取組 as two-column table cards one after another (【取組名】【概要】
【担当課】【KPI】【年度別計画】, cards breaking across pages), 梓川町's 成果指標一覧 (取組番号 / 取組名 / 担当課 merged down over
the indicators, 基準値（R5） | R6 … R9 | 目標値（R10）, ※ notes), 樅山村's list Word numbers itself (「（1）」 in no
paragraph's text) with each 担当課 at a right tab stop behind a dot leader, and 葵野市's plan pasted into one column of a
sheet. Each is read as the .xlsx / .docx uploaded and as its PDF each of ``HOWS``; each reading is scored with
``scoring.score`` against the plan the printed page states.

Plain ``pdftotext`` of 梓川町, first refused as no plan, is a partial plan now (F1 0.75, codes 1.0;
``readers/numbered_cells.py``: strays among the numbered lines passed over, the longest run numbered in order taken).
"""

from __future__ import annotations

from typing import Any

import pytest

from shinchoku.importers import ParseError

from .other import unseen34
from .other.unseen34 import (
    AOINO,
    AOINO_PDF,
    AZUSAGAWA,
    AZUSAGAWA_PDF,
    HAGINODAI_PDF,
    MOMIYAMA,
    MOMIYAMA_PDF,
    PDFS,
    PERIODS,
    PLANS,
    SHEETS,
    UZURANO,
    UZURANO_PDF,
    expected,
)
from .scoring import Reached
from .unseen_harness import HOWS, Batch, by_code, printed_reader, sheet_reader

_read_sheet = sheet_reader(unseen34.sheet)
_read_printed = printed_reader(unseen34.pdf)

#: (document, how): a file as uploaded ("upload"), a PDF each of ``HOWS``.
VARIANTS = [(n, "upload") for n in SHEETS] + [(n, how) for n in PDFS for how in HOWS]


def read(name: str, how: str) -> Any:
    """Document ``name`` read ``how``: a PDF each of ``HOWS``, a file as uploaded (``None``: refused as no plan)."""
    if name in PDFS:
        return _read_printed(name, how)
    try:
        return _read_sheet(name)
    except ParseError:
        return None


#: Exact when first measured: 鶉野市 as uploaded (the shaded cells each a year of work, with or without a word; the
#: 施策 merged down no 取組; 「企画部デジタル推進課」 the 課), 萩ノ台町 as uploaded and as the PDF (each card a 取組, the cards
#: broken across pages joined, 1-3's ① ② two indicators), 梓川町 as uploaded and as the PDF (R6 … R9 each year's target,
#: 目標値（R10） that year's and the final one, 「－」 none; the merged 取組番号 / 取組名 / 担当課 read once over their
#: indicators), 葵野市 as the PDF and through -layout.
#:
#: Below the bar when first measured, exact now: 樅山村 as uploaded, as the PDF and through -layout. As uploaded (F1 0.5, 担当課 0, KPI 0,
#: schedule 0.667) the numbered lines 「（1）　電子申請の拡充<TAB>総務課」 were each a table of one row, no 取組, and the three
#: 基本方針 over them were read as 取組 1–3 with their indicators and years; such a row standing alone among lines is a
#: line now (``readers.text._title_then_office``: two cells, the second 課 only, the first no label). As the PDF and
#: through -layout (担当課 0) each title ran on through the dot leader, printed as ASCII dots, to its 課 (1 「電子申請の
#: 拡充.......総務課」); a 課 at a title's end behind a dot leader or a tab is its 担当課 now
#: (``shapes.common.leader_departments``, read by ``fields.title_parts``; a 目次 entry, its leader ending in a page
#: number, stays none).
#: Exact since (first measured below the bar, or short of exact above it):
#: - 葵野市 as uploaded (担当課 0, KPI 0, schedule 0; F1, codes exact): the sheet, one column of text lines, was read as a
#:   table one column wide, whose 「取組1　電子申請の拡充」 rows were the 取組 and whose 「担当課：…」「内容：…」「指標：…」
#:   「スケジュール：…」 rows under them were read as nothing of theirs (no cell beside a label; not the merges — the same
#:   lines as a .txt read exact, and split at 「：」 into A | B the sheet read exact). A sheet one column wide is its rows
#:   as lines now (``readers.xlsx._sheet_blocks``), read by the outline reader as the .txt's are;
#: - 鶉野市 as the PDF (schedule 0.909): 9 「デジタル活用支援」 had the schedule 2024 alone where its row is shaded R6–R10
#:   (「実施」 in R6, the four cells after it shaded and empty). Calc draws the shading of two rows shaded alike in the same
#:   columns as one rectangle: 8 「テレワーク環境の整備」 (shaded R6–R10, no word) and 9 are one grey box two rows tall,
#:   which was read as the background of the row its middle falls in alone (shading 8 from R7 only, so that the two boxes
#:   differ, read 9 right). A fill behind several rows shades each row it covers for most of its height now
#:   (``readers.pdf._rows_behind``), as a box over one row does.
#:
#: Short of exact yet above the bar (F1, codes, 担当課, KPI numbers, schedule), as first measured:
#: - 鶉野市 through -layout (schedule 0; F1, codes, 担当課 exact): the shading is not in the text, so each 取組's schedule is
#:   only the years whose cells hold a word (1: 2024–2025 「検討」「実施」 of 2024–2028; 8, no word in any cell, none). A mark
#:   in every shaded cell (「→」 or 「実施」) reads it exact (tried).
#: - 鶉野市 through plain pdftotext (schedule 0 — none at all; F1, codes, 担当課 exact): pdftotext gives the table column by
#:   column (the 取組 with their No., then the years' words, then the 担当課), so no year's word stands by its 取組; 6's
#:   title is read 「ＡＩ・ＲＰＡの活用検討」 (the 「検討」 of its R6 cell joined to it: see MISTITLED), and the period is not read
#:   (see MISPERIOD).
#: - 萩ノ台町 through -layout (KPI 0.857, schedule 0.625; F1, codes, 担当課 exact): 2-1 「基幹業務システムの標準化」 keeps its
#:   indicator's name but no figures (its card broken across pages 1 and 2 just under 【取組名】; the 現状値 / 目標値 lines on
#:   page 2 are set one blank less deep than every other card's), and the second line of three cards' 【年度別計画】 is
#:   lost — 2-1 「令和８年度～令和 10 年度 運用・検証」, 2-2 「令和７年度～令和 10 年度 導入・拡大」, 3-2 「令和８年度～令和 10
#:   年度 運用」 — where the other cards' are read (1-1, 1-2, 1-3). What does it is 1-3's 「① …」「② …」: without the two
#:   marks (the indicators' names on their lines as in the other cards) every schedule is read, and 2-1's figures too
#:   (then 1-3's ② name is joined to ①'s 目標値 text, KPI 0.857 still); without 1-3's card every other card reads right
#:   (tried on the text). 1-1, 2-2 and 3-2 each alone read right.
#: - 葵野市 through plain pdftotext (KPI 0.857): 3 「オンライン相談」 has no 目標値. Calc prints the 指標 line's two halves
#:   apart (the full-width blank between 「現状値 12件（R6）」 and 「目標値 200件（R10）」 a wide gap), and plain pdftotext gives
#:   the second half as a block of its own after the lines that follow, here under 「基本方針２」 — so it is no line of 3's.
#:   4's 「目標値 20業務（R10）」 is set apart the same way but falls before 取組5, and is read as 4's.
FLOORS: dict[tuple[str, str], Reached] = {
    (UZURANO_PDF, "pdftotext -layout"): (1.0, 1.0, 1.0, 1.0, 0.0),
    (UZURANO_PDF, "pdftotext"): (1.0, 1.0, 1.0, 1.0, 0.0),
    (HAGINODAI_PDF, "pdftotext -layout"): (1.0, 1.0, 1.0, 0.857, 0.625),
    (AOINO_PDF, "pdftotext"): (1.0, 1.0, 1.0, 0.857, 1.0),
}

#: Below the bar as first measured (F1, codes, 担当課, KPI numbers, schedule):
#: - 萩ノ台町 through plain pdftotext (担当課 0, KPI 0.714, schedule 0; F1, codes exact): pdftotext gives each page's label
#:   column first (【取組名】【概要】【担当課】【KPI】【年度別計画】 of every card on the page, one under another) and then the
#:   values, so a card's values stand with no label: the 取組 are found by 「1-1 電子申請の拡充」 and their KPI by 「現状値：」
#:   「目標値：」, but no 担当課 (「住民課、情報政策課」 a bare line) and no schedule (「令和６年度 対象手続の選定」 bare) is read;
#:   1-3 keeps only ① (② 「手数料のキャッシュレス決済の割合」 lost) and 2-1, broken across the pages, has no figures. With
#:   【担当課】 and 【年度別計画】 put back before their values (tried on the text) 担当課 reads 0.875 and schedule 0.875.
#:   Now 担当課 0.875 (KPI 0.714, schedule 0 still): where no 取組 has a 担当課 and a card's 【担当課】 stands on a line of its
#:   own, a 概要's one line naming nothing but 課 (after a sentence's end, no facility) is the 取組's 担当課
#:   (``generic._departments_apart_from_label``, with a warning; ``test_rule_bounds_plain4.py``); 2-1's 概要, broken across
#:   the pages, has none.
#: - 梓川町 through -layout (KPI 0; F1, codes, 担当課 exact, schedule vacuous — but see below): the header is three lines
#:   (「取組」 / 「番号」, 「基準値」 / 「（R5）」, 「目標値」 / 「（R10）」 wrapped; 「年度別目標値」 on the first line, 「R6 R7 R8
#:   R9」 on the third) and the figures, right-aligned in their cells, end under the next column's word; each 取組's No. /
#:   取組名 / 担当課, merged down over its indicators, is printed on the middle line between them. So the indicators go to the
#:   wrong 取組 and the wrong years: 1 has one indicator named 「電子申請できる手続数電子申請の利用件数（年間）」 with the
#:   baseline 2,400 and the 目標値 35 (the R5 figure of the line above); 2 has its own two indicators with their 基準値 as
#:   目標値 (2, 6.5) and 3's first (交付率, baseline 72.3); the year figures are read as schedule steps (1: 2025–2028
#:   labelled 「4,000」「5,500」「7,000」「150」; 2, 3, 5: 2028). Figures centred in their cells read 1's two indicators'
#:   baselines right and the R6 figure as the final target (2024), R7 … R10 lost; the header cells unwrapped
#:   (「取組番号」「基準値（R5）」「目標値（R10）」 on one line; 担当課 0 too) or the merged cells set at the top of their rows
#:   (printed on the first indicator's line) leave KPI 0 (all tried: no one change found that reads it). Now KPI 0.4:
#:   the third line 「番号  （R5）  R6 …」 cut the header off as a form's next field (「年度別目標値」 no label of the
#:   dictionary, so the two lines above it were not labels only); it goes on the header now (``columns._leaves_table``,
#:   ``test_rule_bounds_layout.py``), and 1 and 4 read exact. Then KPI 0.8: 3's first indicator (交付率), printed a blank
#:   line over 3's middle line as 3's last is under it, was 2's third — runs of lines around a number alone on its run,
#:   as many over it as under it, are its row's where the table's rows are centred (``columns._centred_runs``). Exact
#:   since: 5's second indicator's R10 「18」, right-aligned a place past where the 備考's notes begin, was its 備考 — a
#:   figure alone in a column of notes, beside the column of figures its row leaves empty, is that column's
#:   (``columns._figures_out_of_notes``).
#: - 樅山村 through plain pdftotext (F1 0.5 — P 3/3, R 3/9; 担当課 0, KPI 0, schedule 0.333): pdftotext gives each Word
#:   number 「（1）」 on a line of its own, which is taken for a page number and dropped (a warning 「ページ番号「（1）」など
#:   を各ページから除きました。」), the 取組名 lines with their leaders are no 取組 and the indicators' 「12 手続（R5）→60 手続
#:   （R9）」 are set after the next number; the three 基本方針 are the only 取組. Kept as no page numbers (nine on one page,
#:   tried) it reads the same: a 「（1）」 alone is no item's number, and the line after 「（2）」 is 1's figures, not 2's
#:   title. The PDF and -layout, each number on its 取組's line, read exact.
#: - 梓川町 through plain pdftotext (first refused): 3 of 5 numbered rows, no 担当課 or figures.
BELOW: dict[tuple[str, str], Reached] = {
    (HAGINODAI_PDF, "pdftotext"): (1.0, 1.0, 0.875, 0.714, 0.0),
    (MOMIYAMA_PDF, "pdftotext"): (0.5, 1.0, 0.0, 0.0, 0.333),
    (AZUSAGAWA_PDF, "pdftotext"): (0.75, 1.0, 0.0, 0.0, 1.0),
}

#: Refused as no plan when first measured (read now, a partial plan: see BELOW): 梓川町 through plain pdftotext
#: (「計画ファイルとして認識できません。…」): pdftotext gives Calc's print in two blocks — first the merged 取組番号 / 取組名 / 担当課 of every 取組
#: (「1」「電子申請の拡充」「総務課」「2」 …, 4 and 5 interleaved), then the indicators, name, unit and each figure a line of their own,
#: the header words among them — so no line holds a 取組 with its 担当課 or an indicator with its 取組.
REFUSED: set[tuple[str, str]] = set()  # (梓川町 read now: see BELOW)

#: The municipality read otherwise than the document's: none.
MISNAMED: set[tuple[str, str]] = set()
#: The period read otherwise: 鶉野市 through plain pdftotext (None): the title cell 「鶉野市ＤＸ推進計画　実施工程表」 comes
#: out as two lines, and 「計画期間：令和６年度～令和10年度」 under the line 「実施工程表」 is not read; the 計画期間 line
#: moved above 「実施工程表」, or 「実施工程表」 taken out, reads the period (tried on the text; in -layout text the title is one
#: line and the period is read).
MISPERIOD = {(UZURANO_PDF, "pdftotext")}
#: Initiatives matched by code read under another title: 鶉野市 through plain pdftotext (6 「ＡＩ・ＲＰＡの活用検討」); 樅山村
#: through plain pdftotext (1–3 the 基本方針). (樅山村 as uploaded — 1–3 the 基本方針 — and as the PDF and through -layout —
#: each 取組名 with its dot leader and 担当課 — read their titles now: see above.)
MISTITLED = {
    (UZURANO_PDF, "pdftotext"),
    (MOMIYAMA_PDF, "pdftotext"),
}

BATCH = Batch(
    read,
    expected,
    VARIANTS,
    {name: plan[0] for name, plan in PLANS.items()},
    PERIODS,
    slow=frozenset(PDFS),
    floors=FLOORS,
    below=BELOW,
    refused=frozenset(REFUSED),
    misnamed=frozenset(MISNAMED),
    mistitled=frozenset(MISTITLED),
    misperiod=frozenset(MISPERIOD),
)
BATCH.bind(globals())


def test_shaded_cells_are_years_of_work() -> None:
    """鶉野市's 工程表 as uploaded: a shaded cell is a year of work whether or not a word is in it (8, shaded R6–R10 with
    no word, runs 2024–2028; 5 「実施」 R6 and a shaded R7)."""
    items = by_code(read(UZURANO, "upload"))
    assert [s["fy"] for s in items["8"]["schedule"]] == list(range(2024, 2029))
    assert sorted(s["fy"] for s in items["5"]["schedule"]) == [2024, 2025]


@pytest.mark.slow
def test_one_fill_behind_two_rows_shades_both() -> None:
    """鶉野市 as the PDF: Calc draws 8's and 9's shading (both R6–R10) as one grey box two rows tall; each row is shaded
    by it — 8 「テレワーク環境の整備」 2024–2028 with no word, 9 「デジタル活用支援」 2024 「実施」 and 2025–2028 after it —
    and 7 above and 10 below keep their own years (2025–2027, 2025–2028)."""
    items = by_code(read(UZURANO_PDF, "pdf"))
    assert [s["fy"] for s in items["8"]["schedule"]] == list(range(2024, 2029))
    assert [(s["fy"], s["label"]) for s in items["9"]["schedule"]][:2] == [(2024, "実施"), (2025, "実施")]
    assert [s["fy"] for s in items["9"]["schedule"]] == list(range(2024, 2029))
    assert [s["fy"] for s in items["7"]["schedule"]] == [2025, 2026, 2027]
    assert [s["fy"] for s in items["10"]["schedule"]] == [2025, 2026, 2027, 2028]


def test_yearly_targets_under_a_merged_initiative() -> None:
    """梓川町 as uploaded: 2's first indicator has targets R6 4, R7 8 (R8, R9 「－」 none) and R10 12, the final one."""
    (first, _) = by_code(read(AZUSAGAWA, "upload"))["2"]["indicators"]
    assert [(t["fy"], t["value"]) for t in first["targets"]] == [(2024, 4), (2025, 8), (2028, 12)]
    assert first["final_target"]["value"] == 12


def test_cards_broken_across_pages_read_whole() -> None:
    """萩ノ台町 as the PDF: 2-1, its card broken across pages 1 and 2, keeps its figures and both phases of its plan."""
    item = by_code(read(HAGINODAI_PDF, "pdf"))["2-1"]
    assert [(i["baseline"]["value"], i["final_target"]["value"]) for i in item["indicators"]] == [(0, 20)]
    assert sorted(s["fy"] for s in item["schedule"]) == list(range(2024, 2029))


def test_a_sheet_of_one_column_is_read_as_its_text() -> None:
    """葵野市 as uploaded, its plan pasted into column A a line a row: 1 「電子申請の拡充」 keeps the 「担当課：」「指標：」
    「スケジュール：」 lines under it (市民課, デジタル推進課; 30 手続 in R6 → 120 in R10; R7 準備, R8–R10 運用), and every 取組
    reads as the same lines do as a .txt."""
    from shinchoku.importers import parse

    items = by_code(read(AOINO, "upload"))
    first = items["1"]
    assert first["departments"] == ["市民課", "デジタル推進課"]
    (indicator,) = first["indicators"]
    assert (indicator["baseline"]["fy"], indicator["baseline"]["value"]) == (2024, 30)
    assert (indicator["final_target"]["fy"], indicator["final_target"]["value"]) == (2028, 120)
    assert [(s["fy"], s["label"]) for s in first["schedule"]] == [
        (2025, "準備"), (2026, "運用"), (2027, "運用"), (2028, "運用")
    ]
    text = by_code(parse("\n".join(unseen34._aoino_lines()).encode(), filename="葵野市DX計画.txt"))
    fields = ("title", "departments", "indicators", "schedule")
    assert {code: [item[f] for f in fields] for code, item in items.items()} == {
        code: [item[f] for f in fields] for code, item in text.items()
    }


def test_the_documents_are_the_ones_described() -> None:
    """樅山村's nine 取組 are numbered by Word (no 「（1）」 in any paragraph's text, the 担当課 after a tab); 葵野市's sheet
    is one column of text."""
    import io

    import docx
    import openpyxl

    document = docx.Document(io.BytesIO(unseen34.momiyama_docx()))
    numbered = [p.text for p in document.paragraphs if p._p.pPr is not None and p._p.pPr.numPr is not None]
    assert len(numbered) == 9 and all("\t" in text and "（" not in text for text in numbered)
    sheet = openpyxl.load_workbook(io.BytesIO(unseen34.aoino_xlsx())).active
    assert sheet is not None
    assert {cell.column for row in sheet.iter_rows() for cell in row if cell.value is not None} == {1}


def test_a_department_behind_a_leader_is_the_initiatives() -> None:
    """A 課 at a title's end behind a dot leader (「……」「.....」「・・・」) or a tab is the 取組's 担当課, the title the words
    before it (樅山村's list); a 目次 entry, its leader ending in a page number, is none — and no 取組."""
    from shinchoku.importers import parse
    from shinchoku.importers.shapes.common import leader_departments

    assert leader_departments("（1）電子申請の拡充……………総務課") == ("（1）電子申請の拡充", ["総務課"])
    assert leader_departments("証明書のコンビニ交付.......... 住民課・会計室") == ("証明書のコンビニ交付", ["住民課", "会計室"])
    assert leader_departments("会議のペーパーレス化\t総務課、議会事務局") == ("会議のペーパーレス化", ["総務課", "議会事務局"])
    assert leader_departments("第２章　取組の一覧 ……………… 12") is None
    assert leader_departments("電子申請の拡充……………令和７年度") is None
    text = "\n".join(
        [
            "柚木村デジタル化推進計画",
            "目次",
            "第１章　計画の概要 ……………………………… 1",
            "（1）電子申請の拡充 ……………………………… 3",
            "第２章　取組の一覧",
            "基本方針１　行かなくてよい役場",
            "（1）電子申請の拡充……………………………………総務課",
            "（2）証明書のコンビニ交付..........................住民課・会計室",
            "基本方針２　つながる村",
            "（3）スマホ相談会の開催・・・・・・・・・・・・保健福祉課",
            "（4）会議のペーパーレス化\t総務課、議会事務局",
        ]
    )
    plan = parse(text.encode(), filename="柚木村.txt")
    assert [(i["code"], i["title"], i["departments"]) for i in plan["initiatives"]] == [
        ("1", "電子申請の拡充", ["総務課"]),
        ("2", "証明書のコンビニ交付", ["住民課", "会計室"]),
        ("3", "スマホ相談会の開催", ["保健福祉課"]),
        ("4", "会議のペーパーレス化", ["総務課", "議会事務局"]),
    ]


def test_word_list_with_its_department_at_a_tab_stop() -> None:
    """樅山村 as uploaded: each line Word numbers 「（1）」 is a 取組, its 担当課 the 課 after the tab (not the 基本方針 over
    them, as first read)."""
    items = by_code(read(MOMIYAMA, "upload"))
    assert [(items[c]["title"], items[c]["departments"]) for c in ("1", "3", "9")] == [
        ("電子申請の拡充", ["総務課"]),
        ("手数料のキャッシュレス化", ["住民課", "会計室"]),
        ("見守りセンサーの設置", ["保健福祉課", "企画課"]),
    ]
