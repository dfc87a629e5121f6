"""Where the rules for a header two rows deep given through plain ``pdftotext`` a cell a paragraph stop
(``readers.cellrows``): each rule read on 瑠璃野町's 成果指標進捗管理表 (batch 45, ``other/rurino_hanki_plain.txt``: 「令和６年度」
「令和７年度」 over 「目標 | 上半期実績 | 下半期実績」 twice, given before the labels merged down over both rows) changed to
the nearest shape it must leave as it was —

- the years stand over the groups of value columns (``cellrows._year_groups``) only where the same run of value labels
  comes as many times as there are years, and the years rise: years out of order, a year more than the runs, or runs
  that differ give no figure a year of the groups;
- a span of years is a cell of a 工程 column only where the column is no year itself and the header has years' groups
  and no year read as 工程 (``cellrows._period_columns``, ``_period_cell``): 「実施期間」 takes 「R6～R8」, a year's column
  「R7」 does not, and a header the groups were not read on keeps its 基準値 (2023, 20);
- a row of a header of years' groups with a figure cell empty (R7's 下半期実績 as printed, or the 基準値, R6's 上半期, R7's
  目標, the 目標値) has its figures left unread, with a warning (``cellrows._unplaced_figures``): which cell is empty
  the text does not say; a row whole, or with 「－」 in its empty cells, is dated.

And on 萩ノ台町's cards (batch 34, ``other/haginodai_cards_plain.txt``: each page's labels 【取組名】【概要】【担当課】… a line
each, then each card's values): a 概要's one line naming nothing but 課 is the 取組's 担当課
(``generic._departments_apart_from_label``) only where a card's 【担当課】 stands alone (not a table's header cell 「担当課」),
no 取組 has a 担当課 of its own, and the 概要 has one such line, not two — after a sentence's end, not ending 「、」, naming
課 and no facility (「各支所・公民館」).

And on 白梅市's cards (batch 28, ``other/shiraume_cards_plain.txt``: 「指標」「現状値（R6）」 the name 「目標値（R10）」 then the
figures): a KPI box's labels that name their year are its columns (``measure_lines._dated_box``) only where its cells fill
each row whole — a cell left empty, or a year alone among the labels, leaves the box as it was — and a card's next
heading 「■工程表」 ends the box's run (``measure_lines._card_heading``), a mark alone does not.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from shinchoku.importers import parse
from shinchoku.importers.readers.cellrows import (
    _Column,
    _cost,
    _period_cell,
    _period_columns,
    _unplaced_figures,
)
from shinchoku.importers.readers.measure_lines import _card_heading

OTHER = Path(__file__).parent / "other"


def _read(*replaced: tuple[str, str]) -> dict[str, dict[str, Any]]:
    text = (OTHER / "rurino_hanki_plain.txt").read_text(encoding="utf-8")
    for old, new in replaced:
        assert old in text
        text = text.replace(old, new)
    return {item["code"]: item for item in parse(text.encode(), filename="plan.txt")["initiatives"]}


def _dated(item: dict[str, Any]) -> set[tuple[str, Any, Any]]:
    """The figures of the item's indicator read with a year of the groups (2024 or 2025)."""
    (kpi,) = item["indicators"]
    return {
        (kind, figure["fy"], figure["value"])
        for kind in ("targets", "actuals")
        for figure in kpi[kind]
        if figure["fy"] in (2024, 2025)
    }


#: Row 1's figures as printed, R7's 下半期実績 left empty: 基準値 20, R6 40 | 31 | 44, R7 70 | 58 | (empty), 目標値 100.
_ROW1 = "20\n\n40\n\n31\n\n44\n\n70\n\n58\n\n100\n"
#: Row 1's figures whole, R7's 下半期実績 filled (66): each figure's column known.
_ROW1_WHOLE = "20\n\n40\n\n31\n\n44\n\n70\n\n58\n\n66\n\n100\n"


def _figures(item: dict[str, Any]) -> tuple[Any, Any, list[Any], list[Any]]:
    """The item's indicator's 基準値, 目標値 and targets and actuals, each (fy, value)."""
    (kpi,) = item["indicators"]
    pair = lambda f: f and (f["fy"], f["value"])  # noqa: E731
    return (
        pair(kpi["baseline"]),
        pair(kpi["final_target"]),
        [pair(f) for f in kpi["targets"]],
        [pair(f) for f in kpi["actuals"]],
    )


def _warned(*replaced: tuple[str, str]) -> list[str]:
    text = (OTHER / "rurino_hanki_plain.txt").read_text(encoding="utf-8")
    for old, new in replaced:
        text = text.replace(old, new)
    return [w["message"] for w in parse(text.encode(), filename="plan.txt")["warnings"]]


def test_years_over_their_groups_date_a_whole_rows_figures() -> None:
    """Row 1 with all its cells filled (R7's 下半期実績 66): each year over its run of 目標 | 上半期実績 | 下半期実績, the
    下半期 (累計, as the note says) the year's 実績 — and the 実施期間 「R7～R8」 4's schedule."""
    items = _read((_ROW1, _ROW1_WHOLE))
    assert list(items) == ["1", "2", "3", "4", "5", "6"]
    assert _figures(items["1"]) == (
        (2023, 20),
        (2026, 100),
        [(2024, 40), (2025, 70), (2026, 100)],
        [(2024, 44), (2025, 66)],
    )
    assert [s["fy"] for s in items["4"]["schedule"]] == [2025, 2026]


def test_a_dash_in_an_empty_cell_places_the_rows_figures() -> None:
    """「－」 in row 1's empty R7 下半期実績 (and for its 基準値): the cell is there, every figure in its column."""
    items = _read((_ROW1, "－\n\n40\n\n31\n\n44\n\n70\n\n58\n\n－\n\n100\n"))
    assert _figures(items["1"]) == (None, (2026, 100), [(2024, 40), (2025, 70), (2026, 100)], [(2024, 44)])


def test_a_row_with_a_figure_cell_empty_reads_no_figure() -> None:
    """As printed, R7's 下半期実績 empty in every row: which cell of the row is empty the text does not say — no figure is
    read (none put a column off), each row with a warning; the 実施期間 is still read."""
    items = _read()
    assert all(_figures(item) == (None, None, [], []) for item in items.values())
    assert [s["fy"] for s in items["4"]["schedule"]] == [2025, 2026]
    assert sum("空欄があり" in w for w in _warned()) == 6


def test_an_empty_baseline_or_half_or_target_is_no_figure_of_a_year() -> None:
    """The reviewer's (a)–(e): 基準値 empty (a), R6's 上半期 empty (b), R6's 上半期 empty and R7's 下半期 filled (c — as many
    figures as printed), 目標値 empty (d), R7's 目標 empty (e): no figure of row 1 read, none dated wrongly."""
    for row in (
        "40\n\n31\n\n44\n\n70\n\n58\n\n100\n",
        "20\n\n40\n\n44\n\n70\n\n58\n\n100\n",
        "20\n\n40\n\n44\n\n70\n\n58\n\n66\n\n100\n",
        "20\n\n40\n\n31\n\n44\n\n70\n\n58\n",
        "20\n\n40\n\n31\n\n44\n\n58\n\n100\n",
    ):
        items = _read((_ROW1, row))
        assert _figures(items["1"]) == (None, None, [], []), row


def test_years_out_of_order_group_nothing() -> None:
    """「令和７年度」 before 「令和６年度」: no years a header's groups stand under — no figure is given either year, and the
    基準値 is read as before (the span 「R6～R8」 no 実施期間's cell to shift the row)."""
    items = _read(("令和６年度\n\n令和７年度", "令和７年度\n\n令和６年度"))
    assert all(not _dated(item) for item in items.values())
    assert _figures(items["1"])[0] == (2023, 20)


def test_a_year_more_than_the_runs_groups_nothing() -> None:
    """Three years over two runs of value labels: which year stands over which run is not known — none is given, and
    the 基準値 20 is kept."""
    items = _read(("令和７年度\n\n指標名", "令和７年度\n\n令和８年度\n\n指標名"))
    assert all(not _dated(item) for item in items.values())
    assert _figures(items["1"])[0] == (2023, 20)


def test_runs_that_differ_group_nothing() -> None:
    """The second run 「目標 | 上半期実績 | 年間実績」: not the same labels over each year — no group is read, the 基準値 20
    kept."""
    items = _read(("下半期実績\n\n目標値", "年間実績\n\n目標値"))
    assert all(not _dated(item) for item in items.values())
    assert _figures(items["1"])[0] == (2023, 20)


def test_a_span_of_years_is_a_period_columns_cell_only() -> None:
    """「R6～R8」 fits 「実施期間」 marked a span's column, not a year's column 「R7」, nor 「実施期間」 in a header whose years
    are 工程 columns or that has no years' groups (``_period_columns``), and a year alone is no span."""
    period = _Column("実施期間", "mark", "schedule", span=True)
    assert _period_cell(period, "R6～R8")
    assert _period_cell(period, "令和6年度～令和8年度")
    assert not _period_cell(_Column("R7", "mark", "schedule", span=True), "R6～R8")
    assert not _period_cell(period, "R6")
    assert not _period_cell(period, "R6～")
    assert not _period_cell(_Column("目標値（R8）", "number", "target"), "R6～R8")
    grouped = _Column("目標", "number", "target", group="令和６年度")
    years = [grouped, _Column("実施期間", "mark", "schedule"), _Column("R7", "mark", "schedule")]
    assert not any(c.span for c in _period_columns(years))
    assert _period_columns(years[:2])[1].span
    assert not _period_columns([_Column("目標値（R8）", "number", "target"), years[1]])[1].span  # (no groups)


def test_an_empty_cell_costs_the_same_anywhere() -> None:
    """An empty figure cell costs the same in any column, under a year's group or not: no column is taken as the empty
    one by where it stands (``_unplaced_figures`` leaves such a row unread instead)."""
    plain = _Column("目標", "number", "target")
    grouped = _Column("目標", "number", "target", group="令和６年度")
    assert _cost(plain, 3, []) == _cost(plain, 9, []) == _cost(grouped, 3, []) == _cost(grouped, 9, [])
    assert _unplaced_figures([plain, grouped], ["20", ""])
    assert not _unplaced_figures([plain, grouped], ["20", "－"])
    assert not _unplaced_figures([plain, plain], ["20", ""])  # (no groups: as before)


# --- 萩ノ台町's cards (batch 34, ``other/haginodai_cards_plain.txt``): labels a line each, then each card's values ---


def _cards(*replaced: tuple[str, str]) -> dict[str, list[str]]:
    text = (OTHER / "haginodai_cards_plain.txt").read_text(encoding="utf-8")
    for old, new in replaced:
        assert old in text
        text = text.replace(old, new)
    return {
        item["code"]: item["departments"] for item in parse(text.encode(), filename="plan.txt")["initiatives"]
    }


def test_a_line_of_departments_in_a_cards_summary_is_its_department() -> None:
    """As printed: 【担当課】 alone among the labels, each 概要's one line of 課 alone the 取組's 担当課."""
    found = _cards()
    assert found["1-1"] == ["住民課", "情報政策課"]
    assert found["1-3"] == ["会計課", "住民課"]
    assert found["2-2"] == ["総務課"]
    assert found["2-1"] == []  # (its 概要 broken across the pages holds no such line)


def test_no_department_label_alone_reads_no_department() -> None:
    """The cards' 【担当課】 labels written 【備考】: no 担当課 label stands apart from its value — the lines of 課 in the 概要
    stay text."""
    found = _cards(("【担当課】", "【備考】"))
    assert all(names == [] for names in found.values())


def test_two_lines_of_departments_read_none() -> None:
    """A 概要 with two lines of 課 alone (「住民課」 and 「情報政策課」 apart): which is the 担当課 is not known — none."""
    found = _cards(("住民課、情報政策課", "住民課\n情報政策課"))
    assert found["1-1"] == []
    assert found["1-2"] == ["住民課"]


def test_a_department_stated_anywhere_keeps_the_summaries_as_they_are() -> None:
    """One 取組 whose 担当課 is read as stated (「担当課：住民課」 on its line): the plan states its 担当課, and a line of 課 in
    another 概要 stays text."""
    found = _cards(("住民課、情報政策課\n", "担当課：住民課、情報政策課\n"))
    assert found["1-1"] == ["住民課", "情報政策課"]
    assert found["1-2"] == []


def test_a_line_of_facilities_is_no_department() -> None:
    """1-3's 「会計課・住民課」 written 「各支所・公民館」 (the reviewer's h2): places, not 課 — 1-3 has no 担当課, the others as
    printed."""
    found = _cards(("支所と公民館に広げます。\n会計課・住民課", "次の施設に広げます。\n各支所・公民館"))
    assert found["1-3"] == []
    assert found["1-1"] == ["住民課", "情報政策課"]


def test_a_sentence_wrapped_over_names_of_departments_is_no_department() -> None:
    """A 概要 whose sentence wraps over a line of 課 (「情報政策課が中心となり、」「住民課、税務課、」「福祉課と連携して進めます。」,
    the reviewer's h6) and whose own line is 「全庁」: no line of 課 stands apart — 1-1 has no 担当課."""
    found = _cards(
        (
            "順に電子申請に対応します。\n",
            "順に電子申請に対応します。情報政策課が中心となり、\n住民課、税務課、\n福祉課と連携して進めます。\n",
        ),
        ("住民課、情報政策課\n", "全庁\n"),
    )
    assert found["1-1"] == []
    assert found["1-2"] == ["住民課"]


def test_a_table_headers_department_label_is_no_cards_label() -> None:
    """The labels written without a card's brackets (「担当課」 alone, as a table's header cell comes out of plain
    pdftotext): no card's 担当課 label — the lines of 課 in the 概要 stay text."""
    found = _cards(("【担当課】", "担当課"))
    assert all(names == [] for names in found.values())


# --- 白梅市's cards (batch 28, ``other/shiraume_cards_plain.txt``): a KPI box's labels with the name among them ---


def _boxes(*replaced: tuple[str, str]) -> dict[str, list[tuple[Any, Any]]]:
    text = (OTHER / "shiraume_cards_plain.txt").read_text(encoding="utf-8")
    for old, new in replaced:
        assert old in text
        text = text.replace(old, new)
    items = parse(text.encode(), filename="plan.txt")["initiatives"]
    return {
        item["code"]: [
            ((k["baseline"] or {}).get("value"), (k["final_target"] or {}).get("value"))
            for k in item["indicators"]
        ]
        for item in items
    }


def test_a_boxs_dated_labels_with_its_cells_whole_are_its_columns() -> None:
    """As printed: 「指標」「現状値（R6）」 name 「目標値（R10）」 「140手続」「400手続」 — each card's baseline and target."""
    found = _boxes()
    assert found["1-1"] == [(140, 400)]
    assert found["1-3"] == [(5, 32)]


def test_a_box_with_a_cell_left_empty_is_not_gathered() -> None:
    """1-3's 目標値 left empty (「32施設」 taken out): two cells for three labels — which column 「5施設」 is in is a guess,
    so the labels are not gathered; no figure is read as 1-3's target."""
    found = _boxes(("5施設\n\n32施設", "5施設"))
    assert all(target is None for _, target in found["1-3"])
    assert found["1-1"] == [(140, 400)]


def test_a_bare_year_among_a_boxs_labels_is_no_column() -> None:
    """1-3's 「目標値（R10）」 written 「R10」: a year alone is a card's value as often as a label — the box is left alone and
    no target is read for 1-3."""
    found = _boxes(("オンライン予約できる施設数\n\n目標値（R10）", "オンライン予約できる施設数\n\nR10"))
    assert all(target is None for _, target in found["1-3"])


def test_a_card_heading_ends_a_box_a_mark_alone_does_not() -> None:
    """「■工程表」 ends a box's run; 「●」 alone (a cell) and 「■■」 do not."""
    assert _card_heading("■工程表")
    assert _card_heading("【スケジュール】")
    assert not _card_heading("●")
    assert not _card_heading("■■")
