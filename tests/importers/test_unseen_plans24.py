"""A twenty-fourth batch of plans no reader was written against (``other/unseen24.py``): eight documents in shapes the
batches before lack — 芦ノ原町's 事業シート on Excel 方眼紙 (a sheet a 事業 after a blank 様式), 篠宮市's 工程表 whose steps are
shapes drawn over empty year cells (also as Calc prints it), 若草台市's Google スプレッドシート downloaded as CSV (checkboxes
TRUE / FALSE, header cells with line breaks, a 再掲 row), 白萩町's 進捗管理表 of a sheet a year, 柊町's Word document whose
担当 / ＫＰＩ / 工程 stand in text boxes (also as Writer exports it), and three PDFs: 瑞鳳市's 概要版 slides (cards and a
ロードマップ of bars laid over a grid), 清水原町's Word-like plan (a 施策体系図 of boxes, then a 「項目 | 内容」 table a 取組)
and 梓ヶ丘市's 取組一覧 printed by Calc at 100 % (the right-hand columns on pages of their own) — each PDF also as
``pdftotext`` in both modes. Each reading is scored with ``scoring.score`` against the plan the document states.

Plain ``pdftotext`` of 梓ヶ丘市, first refused as no plan, reads every 取組 by number and title now (F1 1.0, 担当課 / KPI /
schedule 0; ``readers/numbered_cells.py``: strays among the numbered lines passed over, the longest run numbered in
order taken).
"""

from __future__ import annotations

from typing import Any

import pytest

from .other import unseen24
from .other.unseen24 import (
    ASHINOHARA,
    AZUSAGAOKA,
    HIIRAGI,
    HIIRAGI_PDF,
    SHIMIZUHARA,
    SHINOMIYA,
    SHINOMIYA_PDF,
    SHIRAHAGI,
    WAKAKUSADAI,
    ZUIHO,
    expected,
)
from .scoring import Reached
from .unseen_harness import Batch, batch_readings, by_code

#: (document, how): a file as uploaded ("upload"), a PDF each of ``HOWS``.
read, VARIANTS = batch_readings(unseen24)


#: Exact when first measured: 芦ノ原町's 方眼紙 and 白萩町's sheets of two years as uploaded; 清水原町 and 柊町 as the PDF, 柊町
#: through -layout too. Short of exact (F1, codes, 担当課, KPI numbers, schedule):
#: - 篠宮市 as uploaded (schedule 0: the shapes drawn over the empty year cells were not read, no 取組 had a step;
#:   exact now, ``readers.xlsx_shapes``) and as Calc printed it (the PDF 0.18, -layout 0.54: a shape's word is read as the step of the year it is printed under —
#:   「順次拡大」 centred over R7–R10 gives 2026–2027 as the PDF, 2026–2028 through -layout; 「移行」 over R7 alone runs
#:   on to R10 through -layout; the text-less arrow of 11 gives nothing, or R10 alone);
#: - 若草台市 as uploaded (schedule 0.58: a checkbox FALSE was read as a step like TRUE — every 取組 ran R7–R10, the
#:   step's label 「FALSE」; exact now);
#: - 柊町 through plain pdftotext (KPI 0.88, schedule 0.9: 取組６'s 【ＫＰＩ】 line wrapped in its box, its figures printed
#:   after the 【工程】 line, lost; its schedule from 2023).
FLOORS: dict[tuple[str, str], Reached] = {
    # the shapes printed as filled polygons are drawn bars now (0.18 as first measured): 11's bare arrow, a thin line,
    # is still no step
    (SHINOMIYA_PDF, "pdf"): (1.0, 1.0, 1.0, 1.0, 0.9),
    (SHINOMIYA_PDF, "pdftotext -layout"): (1.0, 1.0, 1.0, 1.0, 0.54),
    (HIIRAGI_PDF, "pdftotext"): (1.0, 1.0, 1.0, 0.88, 0.9),
    # first below (KPI 0, schedule 0: see BELOW's note on 梓ヶ丘市)
    (AZUSAGAOKA, "pdftotext -layout"): (1.0, 1.0, 1.0, 0.92, 0.71),
    # first below (F1 0.85, codes 0.64, 担当課 0.29): the rows listed again on the right-hand pages are the same 取組, no
    # numbering started anew (``generic._restarted_numbers``); rows 6–10 above page 2's print titles, joined to page 1's
    # table, are read on under its header (``TableReader.tables``). Left: 2's second indicator's figures (page 3's row
    # under 2, no name) are not its (KPI 0.93).
    (AZUSAGAOKA, "pdf"): (1.0, 1.0, 1.0, 0.92, 1.0),
    # first below (担当課 0.09, KPI 0, schedule 0: see BELOW's note on 瑞鳳市): the cards side by side are unfolded one
    # after the other (``readers.sidecards``), a KPI box's name over its 「KPI   80手続（R6） ⇒ 250手続（R11）」 line is the
    # indicator's, the ロードマップ read as a table by the cards' numbers (a number column with no label:
    # ``tables._unlabelled_codes``; its page no part of the card before it: ``columns._header_ahead``). Left: each step
    # is the year its word is printed under, centred over a bar the text does not show (1-1 「順次拡大」 R9 alone).
    (ZUIHO, "pdftotext -layout"): (1.0, 1.0, 1.0, 1.0, 0.09),
}

#: Below the bar as first measured:
#: - 瑞鳳市 as the PDF (担当課 0, KPI 0; exact since — cards drawn side by side are read card by card, their outlines no
#:   table's rules, the 「KPI」 tag beside the indicator's name over its figures its label): only the ロードマップ slides
#:   are read — each 取組's title and steps (every year right; labels cut, 「運」「用」) — the cards with their 「担当：…」
#:   and the KPI boxes laid over them give nothing;
#:   through -layout (担当課 0.09, KPI 0, schedule 0) two cards side by side are one row: 「電子申請の拡充 1-2 書かない
#:   窓口」 one title with 担当課 「市民課、デジタル推進課、担当：市民課」 and one indicator named 「80手続（R6） ⇒ 250手続
#:   （R11） KPI 25分（R6） ⇒ 10分以内（R11）」 without figures, the right-hand cards' 取組 then read again from the
#:   ロードマップ as 「書かない窓口 検討 試行 本格運用」 without steps; through plain pdftotext (担当課 0, KPI 0, schedule 0)
#:   the titles are the lines after each badge (1-2 「● 申請件数の多い手続から順にオンライン化」, 1-3 「電子申請できる
#:   手続数」);
#: - 清水原町 through -layout (KPI 0.82, schedule 0.75): in 1-2-①'s card the label 「ＫＰＩ」 stands between its two
#:   indicators (centred in the cell): 1-2-① is read with no KPI and no schedule, 1-2-② with 1-2-①'s 「②窓口の平均所要時間
#:   20分 → 10分以内」 and R7–R10; 「R8～：導入・運用」 (1-1-②) read as R8 alone (exact since: a card whose labels stand
#:   in the middle of their values' lines has each label moved up to its value's first line, ``columns._labels_lifted``;
#:   its label column read on pdftotext's grid with the labels a character or two in, ``columns._card_on_grid``; the
#:   「内容」 of 「項目 | 内容」 in the value column, ``columns._labels_only_column``); through plain pdftotext (担当課 0.67, KPI 0.91,
#:   schedule 0.33) every title was 「取組名」 (the label printed after the code: skipped now, ``outline._title_label``), 課 are lost (1-1-①'s 「総務課（情報係）」 over
#:   「、住民課」, a cell wrapped before its 「、」; 2-2-①/② 「総務課（情報係）」; 3-1-① 「生涯学習課」), the next card's 「項目 内容 取組番号」 runs into a step's label, 1-2-①'s second
#:   indicator is lost;
#: - 篠宮市 through plain pdftotext (F1 0.43; 担当課, KPI and schedule 0): three 取組, titled 「担当課」「令和７年度」
#:   「令和８年度」 (the header's cells, the shapes' words and the titles a line each), 1's indicators named 「導入」「対象
#:   拡大」「構築」 with the 現状値 and 目標値 of other rows;
#: - 梓ヶ丘市 as the PDF (F1 0.85, codes 0.64, 担当課 0.29, KPI 0.93): the right-hand pages are read as a table of their
#:   own — 取組 1–5 twice (「1-1 電子申請の拡充」 with its 課 and indicator names but no figures from page 1, 「3-1-1
#:   電子申請の拡充」 with figures and steps but no 課 from page 3, numbered as if under 基本目標３, the heading read
#:   last on page 2), 6–10 only from page 3 (no 課), 2's second indicator lost; through -layout (KPI 0, schedule 0) the rows are
#:   joined by No. (every 課 right) but the figures are left out and each schedule runs from 2023 (the 基準値's
#:   「（R5）」 taken, it seems, for a year of the 工程). Now KPI 0.93, schedule 0.71: 「基準値」 over 「（R5）」 is the
#:   baseline of R5 (``tables._under_groups``), the figures on pages 3–4 go to the indicators named on pages 1–2
#:   (``generic._once``); left: page 4's header set one column left of its rows (11–14 lose R8), 1-2's first
#:   indicator's name printed above its row's number read into 1-1's.
#: - 梓ヶ丘市 through plain pdftotext (first refused): every numbered row and its title, no 担当課, figures or 工程.
BELOW: dict[tuple[str, str], Reached] = {
    (ZUIHO, "pdftotext"): (1.0, 1.0, 0.0, 0.0, 0.0),
    # (担当課 0.83 since a 課 with its 係 in brackets, 「総務課（情報係）」, is a department: text.is_department)
    (SHIMIZUHARA, "pdftotext"): (1.0, 1.0, 0.83, 0.9, 0.33),
    (SHINOMIYA_PDF, "pdftotext"): (0.42, 1.0, 0.0, 0.0, 0.0),
    (AZUSAGAOKA, "pdftotext"): (1.0, 1.0, 0.0, 0.0, 0.0),
}

#: Refused as no plan when first measured (read now, a partial plan: see BELOW): 梓ヶ丘市 through plain pdftotext (a cell a
#: line, the pages of the right-hand columns after those of the left). (柊町's Word document was too — its headings and
#: prose hold no 担当課, KPI or 工程, those stand in text boxes, which were not read; exact now: ``readers.docx._text_boxes``
#: .)
REFUSED: set[tuple[str, str]] = set()  # (梓ヶ丘市 read now: see BELOW)

#: Documents whose initiatives, matched by code, are read under another title (first measured): 瑞鳳市 through both
#: pdftotext modes (through -layout right now) and 篠宮市 through plain pdftotext (above; 清水原町's titles are right now).
MISTITLED = {
    (ZUIHO, "pdftotext"),
    (SHINOMIYA_PDF, "pdftotext"),
}

BATCH = Batch.of(
    unseen24,
    read,
    VARIANTS,
    floors=FLOORS,
    below=BELOW,
    refused=REFUSED,
    mistitled=MISTITLED,
)
BATCH.bind(globals())


def _years(initiative: dict[str, Any]) -> list[int]:
    return [step["fy"] for step in initiative["schedule"]]


def _figures(indicator: dict[str, Any], kind: str) -> list[tuple[int, float]]:
    return sorted((value["fy"], value["value"]) for value in indicator[kind])


def test_a_row_listed_again_is_the_same_initiative() -> None:
    """若草台市's sheet lists 1-3 again under 基本目標 3 with its No. (「マイナンバーカードの利活用促進（再掲）」, 成果指標
    「（再掲）」, no figures): one 取組 1-3, titled and measured as its own row states."""
    plan = read(WAKAKUSADAI, "upload")
    (found,) = [i for i in plan["initiatives"] if i["code"] == "1-3"]
    assert found["title"] == "マイナンバーカードの利活用促進"
    measured = [
        (i["name"], i["baseline"]["value"], i["final_target"]["value"])
        for i in found["indicators"]
        if i["baseline"]
    ]
    assert measured == [("マイナンバーカード保有率", 74.2, 90)]


def test_a_row_listed_again_adds_no_indicator() -> None:
    """The 再掲 row's 成果指標 cell says 「（再掲）」: a pointer to the row above, no indicator of its own (first measured:
    kept as a second indicator of 1-3, without figures)."""
    items = by_code(read(WAKAKUSADAI, "upload"))
    assert [i["name"] for i in items["1-3"]["indicators"]] == ["マイナンバーカード保有率"]


def test_an_unticked_checkbox_is_no_year() -> None:
    """若草台市's years are Google スプレッドシート checkboxes, downloaded as TRUE / FALSE: 2-1 is ticked under R7 only,
    1-2 under R8 … R10 (first measured: FALSE read as a year like TRUE, labelled 「FALSE」)."""
    items = by_code(read(WAKAKUSADAI, "upload"))
    assert (_years(items["2-1"]), _years(items["1-2"])) == ([2025], [2026, 2027, 2028])


def test_the_blank_form_sheet_holds_no_initiative() -> None:
    """芦ノ原町's workbook opens with the blank 「様式」 sheet the 事業シート are copied from: its labels are no 取組."""
    plan = read(ASHINOHARA, "upload")
    assert [i["code"] for i in plan["initiatives"]] == [
        i["code"] for i in expected(ASHINOHARA)["initiatives"]
    ]


def test_the_sheets_of_two_years_are_one_plan() -> None:
    """白萩町's 「令和６年度」 and 「令和７年度」 sheets list the same 取組: each is read once, with the R6 target and actual of
    the first and the R7 target of the second; the one finished in R6 (2-3) and the one begun in R7 (3-3) are both
    there."""
    plan = read(SHIRAHAGI, "upload")
    items = by_code(plan)
    assert len(plan["initiatives"]) == 11 and {"2-3", "3-3"} <= set(items)
    first = items["1-1"]["indicators"][0]
    assert _figures(first, "targets") == [(2024, 35), (2025, 50), (2027, 80)]
    assert _figures(first, "actuals") == [(2024, 41)]


def test_steps_drawn_as_shapes_are_the_schedule() -> None:
    """篠宮市's year cells are empty: each step is an arrow shape drawn over them (「監査」 over R7 and again over R9, a
    line with an arrowhead over R7–R10; first measured: the shapes not read, no 取組 with a schedule)."""
    items = by_code(read(SHINOMIYA, "upload"))
    assert (_years(items["8"]), _years(items["11"])) == ([2025, 2027], [2025, 2026, 2027, 2028])


def test_the_particulars_in_text_boxes_are_read() -> None:
    """柊町's 担当, ＫＰＩ and 工程 stand in a text box under each 取組's heading (as its PDF shows them; first measured:
    refused as no plan, the text boxes not read)."""
    plan = read(HIIRAGI, "upload")
    assert plan is not None
    items = by_code(plan)
    assert (items["1"]["departments"], _years(items["5"])) == (["住民課", "総務課"], [2024, 2025])


def test_a_group_row_over_years_names_each_years_measure() -> None:
    """梓ヶ丘市's right-hand page as tab-separated text: 「基準値 | 目標値 | 工程」 over 「（R5） | （R9） | R6 … R9」 (the upper row
    names no 取組, so it was taken for no header: the figures were read as steps of 2023 and 2027)."""
    from shinchoku.importers import parse

    text = (
        "梓ヶ丘市ＤＸ推進計画　取組一覧\n計画期間：令和６年度～令和９年度\n"
        "\t\t\t基準値\t目標値\t\t工程\t\t\t\n"
        "No.\t取組名\t単位\t（R5）\t（R9）\tR6\tR7\tR8\tR9\t備考\n"
        "1\t電子申請の拡充\t手続\t95\t300\t●\t●\t●\t●\t\n"
        "2\t書かない窓口の導入\t手続\t0\t40\t○\t●\t●\t●\t令和７年10月に本庁舎で運用開始予定\n"
    )
    plan = parse(text.encode(), filename="取組一覧.txt")
    first = by_code(plan)["1"]
    kpi = first["indicators"][0]
    assert (kpi["unit"], kpi["baseline"], kpi["final_target"]) == (
        "手続",
        {"fy": 2023, "value": 95, "text": "95"},
        {"fy": 2027, "value": 300, "text": "300"},
    )
    assert _years(first) == [2024, 2025, 2026, 2027]


def test_a_step_drawn_over_years_is_each_years_step() -> None:
    """篠宮市's 「順次拡大」 is one arrow over R7–R10: each of those years' step, not 「→」 after the first (walked: 「令和8年度
    →」 on the initiative's page, the round's reports and the committee report)."""
    items = by_code(read(SHINOMIYA, "upload"))
    assert [(s["fy"], s["label"]) for s in items["1"]["schedule"]] == [
        (2025, "順次拡大"),
        (2026, "順次拡大"),
        (2027, "順次拡大"),
        (2028, "順次拡大"),
    ]
    assert [(s["fy"], s["label"]) for s in items["2"]["schedule"]] == [
        (2025, "検討"),
        (2026, "導入"),
        (2027, "運用"),
        (2028, "運用"),
    ]


@pytest.mark.slow
def test_a_step_drawn_over_years_and_printed_is_each_years_step() -> None:
    """篠宮市's 工程表 as Calc prints it: each arrow a filled polygon and its outline, its word centred over the years it
    covers. The outline was read as ruling lines (the bar a row of its own, no bar) and the word split at the years'
    borders (「順次拡」「大」, schedule 0.18 as first measured)."""
    items = by_code(read(SHINOMIYA_PDF, "pdf"))
    assert [(s["fy"], s["label"]) for s in items["1"]["schedule"]] == [(fy, "順次拡大") for fy in range(2025, 2029)]
    assert [(s["fy"], s["label"]) for s in items["9"]["schedule"]] == [
        (fy, "スマホ講座・相談会") for fy in range(2025, 2029)
    ]
    assert [(s["fy"], s["label"]) for s in items["8"]["schedule"]] == [(2025, "監査"), (2027, "監査")]


def test_a_goal_written_across_the_table_is_the_section_of_the_rows_under_it() -> None:
    """篠宮市's 「基本方針１　市民サービスの向上」 rows are merged across the table (walked: skipped as 「番号だけで取組名がない」,
    施策体系 0, every 取組 「（体系外）」)."""
    plan = read(SHINOMIYA, "upload")
    sections = {s["key"]: (s["level"], s["code"], s["title"]) for s in plan["sections"]}
    assert list(sections.values()) == [
        ("基本方針", "1", "市民サービスの向上"),
        ("基本方針", "2", "行政運営の効率化"),
        ("基本方針", "3", "地域社会のデジタル化"),
    ]
    assert [sections[i["section"]][1] for i in plan["initiatives"]] == ["1"] * 4 + ["2"] * 4 + ["3"] * 3
    assert not any("番号だけで" in w["message"] for w in plan["warnings"])


def test_a_word_plan_read_as_an_outline_has_its_sections_once() -> None:
    """柊町's headings 「第２章 > 基本方針１ > 取組１」: the outline's 基本方針 hold the 取組, and no second, empty tree of
    the same headings is left beside them (walked: 施策体系 17, filtering by 「第２章」 showed 「10件中 0件」)."""
    plan = read(HIIRAGI, "upload")
    assert [(s["parent"], s["level"], s["code"]) for s in plan["sections"]] == [
        (None, "基本方針", "1"),
        (None, "基本方針", "2"),
        (None, "基本方針", "3"),
    ]
    held = {item["section"] for item in plan["initiatives"]}
    assert held == {s["key"] for s in plan["sections"]}


def test_a_period_stated_in_one_cell_under_the_title_is_the_plans() -> None:
    """篠宮市's A2 reads 「計画期間：令和７年度～令和10年度」 (walked: 「計画期間が文書にないため…」, the period guessed from the
    figures' years)."""
    plan = read(SHINOMIYA, "upload")
    assert plan["plan"]["period"] == {"start_fy": 2025, "end_fy": 2028}
    assert not any("計画期間" in w["message"] for w in plan["warnings"])


def test_a_roadmap_bars_word_is_the_whole_bars() -> None:
    """瑞鳳市's ロードマップ: each step a bar laid over the years off the grid's edges, its word centred on it — the word
    whole, every year of its bar (walked: 「運」「用」 in two years, 「本格運用」 centred in R10 left R9 to 「試行」)."""
    items = by_code(read(ZUIHO, "pdf"))

    def steps(code: str) -> list[tuple[int, str | None]]:
        return [(s["fy"], s["label"]) for s in items[code]["schedule"]]

    assert steps("1-2") == [(2025, "検討"), (2026, "試行"), (2027, "本格運用"), (2028, "本格運用"), (2029, "本格運用")]
    assert steps("1-4") == [(2026, "構築"), (2027, "構築"), (2028, "運用"), (2029, "運用")]
    assert steps("2-3") == [(2025, "本庁舎で実施"), (2026, "本庁舎で実施"), (2027, "支所へ拡大"), (2028, "支所へ拡大"),
                            (2029, "支所へ拡大")]  # fmt: skip
