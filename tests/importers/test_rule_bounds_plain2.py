"""Where the rules for plain ``pdftotext`` of a sheet whose every cell is a paragraph stop (``readers.cellrows``, its
``whole`` reading): each rule read on 栗林町's 進捗管理表 (batch 41, ``other/kuribayashi_calc_plain.txt``) changed to the
nearest shape it must leave as it was —

- a label over two lines given before a one-line label of free text (「基準値（R5）」 before 「成果指標」) is taken the other
  way round only where the rows' cells fit no other way (``cellrows._reordered``): a header whose rows give the 基準値
  first keeps its order;
- a number a few past the next (「4」 after 「2」: rows a filter hid) starts a row only once the row before has every cell
  the first row has (``cellrows._next_code``): a small figure among a row's cells (its 事業費 「4」) is no row;
- a 「計」 followed by a figure ends the table (its total row): a 「計」 cell no figure follows (a 状況 「計画」 cut short)
  is a row's cell;
- figures alone on one line, a blank apart, are two cells (``cellrows._side_by_side``): a figure and its unit a blank
  apart (「３０ 手続」) stay one cell.

And on 椿台町's ＫＰＩ一覧 (batch 42, ``other/tsubakidai_calc_plain.txt``): the bare years after a list's 基準値 are each
year's target or 実績 as its note says (``cellrows._targets_by_year``), a 目標値 column after them the final target — not
where no note says which (a 目標値 after them leaves R7 … R9 anyone's guess: no figure is read of them).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from shinchoku.importers import parse

OTHER = Path(__file__).parent / "other"


def _read(*replaced: tuple[str, str]) -> dict[str, dict[str, Any]]:
    text = (OTHER / "kuribayashi_calc_plain.txt").read_text(encoding="utf-8")
    for old, new in replaced:
        assert old in text
        text = text.replace(old, new)
    return {item["code"]: item for item in parse(text.encode(), filename="plan.txt")["initiatives"]}


def _tsubakidai(*replaced: tuple[str, str]) -> dict[str, dict[str, Any]]:
    text = (OTHER / "tsubakidai_calc_plain.txt").read_text(encoding="utf-8")
    for old, new in replaced:
        assert old in text
        text = text.replace(old, new)
    return {item["code"]: item for item in parse(text.encode(), filename="plan.txt")["initiatives"]}


def _figures(item: dict[str, Any]) -> tuple[Any, Any]:
    (kpi,) = item["indicators"]
    return kpi["name"], (kpi["baseline"]["value"], kpi["final_target"]["value"])


def test_a_header_in_the_rows_own_order_is_kept() -> None:
    """Every row gives its 基準値 before its indicator, as the header does: the order given fits and is kept (turned, the
    baseline would be read as the indicator's name)."""
    rows = [
        ("電子申請できる手続数", "３０手続"),
        ("キャッシュレス決済の利用割合", "４．５％"),
        ("マイナンバーカードの保有率", "７１．０％"),
        ("無線ＬＡＮを整備した庁舎数", "１庁舎"),
        ("スマホ教室の参加者数（累計）", "８０人"),
        ("戸別受信機の設置台数", "０台"),
    ]
    turned = [(f"{name}\n\n{figure}", f"{figure}\n\n{name}") for name, figure in rows]
    hours = (
        "ＲＰＡによる削減時間（年間）\n\n３００時間 １，５００時間",
        "３００時間\n\nＲＰＡによる削減時間（年間）\n\n１，５００時間",
    )
    items = _read(*turned, hours)
    assert list(items) == ["1", "2", "4", "5", "6", "8", "9"]
    assert _figures(items["2"]) == ("キャッシュレス決済の利用割合", (4.5, 20.0))
    assert _figures(items["5"]) == ("ＲＰＡによる削減時間（年間）", (300, 1500))


def test_a_small_figure_among_a_rows_cells_is_no_row() -> None:
    """2's 事業費 「4」 then its 状況: a number two past 2, but the row has not yet every cell the first row has — a cell of
    2's, and 4 is the row numbered so after it."""
    items = _read(("800\n\n実施中", "4\n\n実施中"))
    assert list(items) == ["1", "2", "4", "5", "6", "8", "9"]
    assert items["2"]["departments"] == ["会計課"]
    assert items["4"]["title"] == "マイナンバーカードの普及"
    assert _figures(items["4"]) == ("マイナンバーカードの保有率", (71.0, 90.0))


def test_a_total_is_a_total_only_with_its_sum() -> None:
    """2's 状況 「計」 (no figure after it): a cell of 2's, the rows after it read — not the table's end."""
    items = _read(("800\n\n実施中", "800\n\n計"))
    assert list(items) == ["1", "2", "4", "5", "6", "8", "9"]
    assert _figures(items["9"]) == ("戸別受信機の設置台数", (0, 2400))


def test_a_figure_and_its_unit_a_blank_apart_are_one_cell() -> None:
    """「３０ 手続」: one 基準値, not a figure and a cell 「手続」. A bound, not a pin of ``cellrows._spaced_unit``: this text
    reads so with that rule off too (the unit's piece joined by the number cell's own cost); it says the rule, where it
    applies, keeps a figure and its unit one cell."""
    items = _read(("３０手続", "３０ 手続"))
    assert _figures(items["1"]) == ("電子申請できる手続数", (30, 120))
    assert [(a["fy"], a["value"]) for a in items["1"]["indicators"][0]["actuals"]] == [(2024, 58)]


def test_years_no_note_names_are_no_ones_figures() -> None:
    """「基準値（R6） | R7 | R8 | R9 | 目標値（R10）」 with no note over the list: R7 … R9 may be targets or 実績 — none of
    their figures is read as either (the 取組 as before: 10, their 担当課 and 工程)."""
    items = _tsubakidai(
        ("R9\n\nR10\n\nK1-1", "R9\n\n目標値\n（R10）\n\nK1-1"), ("R7～R10は各年度の目標値。", "")
    )
    assert len(items) == 10 and items["3"]["departments"] == ["住民課", "会計室"]
    indicators = [ind for item in items.values() for ind in item["indicators"]]
    assert indicators and not [ind for ind in indicators if ind["actuals"] or len(ind["targets"]) > 1]


def _yearly(items: dict[str, dict[str, Any]]) -> list[tuple[str, int, int]]:
    """Each indicator's name, how many yearly targets and how many 実績 it has."""
    return [
        (ind["name"], len(ind["targets"]), len(ind["actuals"])) for item in items.values() for ind in item["indicators"]
    ]


def test_a_note_naming_both_targets_and_actuals_reads_the_targets() -> None:
    """A note over the ＫＰＩ一覧 naming 目標 and 実績 both (「R7～R10は目標値（R6は実績）」「R7～R10は、R6実績比の目標値」
    「R5～R6は実績、R7～R10は目標」「…目標値（実績は毎年度公表）」): the years are each year's target, the indicators
    read (the 10 the 取組 name) with their four targets — 実績 only where the note names no 目標 at all."""
    for note in (
        "R7～R10は各年度の目標値（実績は毎年度公表）。",
        "R7～R10は目標値（R6は実績）。",
        "R7～R10は、R6実績比の目標値。",
        "R5～R6は実績、R7～R10は目標。",
    ):
        items = _tsubakidai(("R7～R10は各年度の目標値。", note))
        yearly = _yearly(items)
        assert len(yearly) == 10 and all(t == 4 and a == 0 for _, t, a in yearly), note
        assert items["1"]["indicators"][0]["name"] == "電子申請できる手続数"


def test_a_note_whose_target_is_not_recognised_never_makes_the_years_actuals() -> None:
    """「R7～R10は、R6実績を踏まえて設定した各年度の目標値」: the note names 目標 — the years are never 実績 (its 目標 too
    far from the years to be read as theirs: as before, no yearly figure)."""
    items = _tsubakidai(("R7～R10は各年度の目標値。", "R7～R10は、R6実績を踏まえて設定した各年度の目標値。"))
    indicators = [ind for item in items.values() for ind in item["indicators"]]
    assert indicators and not [ind for ind in indicators if ind["actuals"]]


def test_a_small_figure_after_a_full_row_then_a_figure_is_no_row() -> None:
    """栗林町's sheet with its rows numbered 1 … 7 (none hidden), no 状況, its 事業費 in 百万円 (「2」「4」「1」), row 1
    without its 実績: 2's 事業費 「4」 comes after a row as long as the longest so far, but a figure (「3」, the next row's
    number) follows it, no title — a cell of 2's, not a row 4. All 7 rows read, each with its indicator."""
    replaced = [
        ("基準値\n（R5）\n\n成果指標", "成果指標\n\n基準値\n（R5）"),
        ("３００時間 １，５００時間", "３００時間\n\n１，５００時間"),
        ("\n4\n\nマイ", "\n3\n\nマイ"),
        ("\n5\n\nＲＰＡ", "\n4\n\nＲＰＡ"),
        ("\n6\n\n庁内", "\n5\n\n庁内"),
        ("\n8\n\nスマホ", "\n6\n\nスマホ"),
        ("\n9\n\n防災", "\n7\n\n防災"),
        ("計\n\n22,200\n\n", ""),
        ("※状況が「廃止」の取組はフィルタで非表示にしている。\n\n", ""),
        ("状況\n\n", ""),
        ("事業費\n（千円）", "事業費\n（百万円）"),
        ("５８手続\n\n", ""),
        ("2,400", "2"),
        ("\n800\n", "\n4\n"),
        ("1,200", "1"),
        ("1,800", "2"),
        ("5,600", "6"),
        ("\n600\n", "\n1\n"),
        ("9,800", "9"),
    ]
    text = (OTHER / "kuribayashi_calc_plain.txt").read_text(encoding="utf-8")
    for old, new in replaced:
        assert old in text, old
        text = text.replace(old, new)
    text = text.replace("\n\n実施中", "")
    items = {item["code"]: item for item in parse(text.encode(), filename="plan.txt")["initiatives"]}
    assert list(items) == ["1", "2", "3", "4", "5", "6", "7"]
    assert all(len(item["indicators"]) == 1 for item in items.values())
    assert items["5"]["indicators"][0]["name"] == "無線ＬＡＮを整備した庁舎数"


def test_a_sum_without_a_comma_is_no_row() -> None:
    """「計」 then 「950」 (a sum no comma marks): not the number the rows lead to (9 → 10, or a few past after a full row,
    and of the rows' shape) — the table's total row, all 7 rows read as with 「22,200」."""
    items = _read(("22,200", "950"))
    assert list(items) == ["1", "2", "4", "5", "6", "8", "9"]
    assert _figures(items["9"]) == ("戸別受信機の設置台数", (0, 2400))
    assert items["2"]["departments"] == ["会計課"]
