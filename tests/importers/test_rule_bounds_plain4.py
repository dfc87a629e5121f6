"""Where the rules for a header two rows deep given through plain ``pdftotext`` a cell a paragraph stop
(``readers.cellrows``): each rule read on 瑠璃野町's 成果指標進捗管理表 (batch 45, ``other/rurino_hanki_plain.txt``: 「令和６年度」
「令和７年度」 over 「目標 | 上半期実績 | 下半期実績」 twice, given before the labels merged down over both rows) changed to
the nearest shape it must leave as it was —

- the years stand over the groups of value columns (``cellrows._year_groups``) only where the same run of value labels
  comes as many times as there are years, and the years rise: years out of order, a year more than the runs, or runs
  that differ give no figure a year of the groups;
- a span of years is a cell of a 工程 column only where the column is no year itself (``cellrows._period_cell``):
  「実施期間」 takes 「R6～R8」, a year's column 「R7」 does not;
- a cell left empty goes to the latest column of the groups (R7's 下半期実績, still to be written) only in columns under a
  year's group: an empty cell of a table without groups is costed as before, wherever it stands.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from shinchoku.importers import parse
from shinchoku.importers.readers.cellrows import _Column, _cost, _period_cell

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


def test_years_over_their_groups_date_the_figures() -> None:
    """As printed: each year over its run of 目標 | 上半期実績 | 下半期実績, the 下半期 (累計, as the note says) the year's 実績,
    R7's 下半期 left empty and the 実施期間 「R7～R8」 4's schedule."""
    items = _read()
    assert list(items) == ["1", "2", "3", "4", "5", "6"]
    assert _dated(items["1"]) == {("targets", 2024, 40), ("targets", 2025, 70), ("actuals", 2024, 44)}
    (kpi,) = items["4"]["indicators"]
    assert (kpi["baseline"]["value"], kpi["final_target"]["value"]) == (5.0, 25.0)
    assert [s["fy"] for s in items["4"]["schedule"]] == [2025, 2026]


def test_years_out_of_order_group_nothing() -> None:
    """「令和７年度」 before 「令和６年度」: no years a header's groups stand under — no figure is given either year."""
    items = _read(("令和６年度\n\n令和７年度", "令和７年度\n\n令和６年度"))
    assert all(not _dated(item) for item in items.values())


def test_a_year_more_than_the_runs_groups_nothing() -> None:
    """Three years over two runs of value labels: which year stands over which run is not known — none is given."""
    items = _read(("令和７年度\n\n指標名", "令和７年度\n\n令和８年度\n\n指標名"))
    assert all(not _dated(item) for item in items.values())


def test_runs_that_differ_group_nothing() -> None:
    """The second run 「目標 | 上半期実績 | 年間実績」: not the same labels over each year — no group is read."""
    items = _read(("下半期実績\n\n目標値", "年間実績\n\n目標値"))
    assert all(not _dated(item) for item in items.values())


def test_a_span_of_years_is_a_period_columns_cell_only() -> None:
    """「R6～R8」 fits 「実施期間」, not a year's column 「R7」, and a year alone is no span."""
    period = _Column("実施期間", "mark", "schedule")
    assert _period_cell(period, "R6～R8")
    assert _period_cell(period, "令和6年度～令和8年度")
    assert not _period_cell(_Column("R7", "mark", "schedule"), "R6～R8")
    assert not _period_cell(period, "R6")
    assert not _period_cell(_Column("目標値（R8）", "number", "target"), "R6～R8")


def test_an_empty_cell_is_put_late_only_under_a_years_group() -> None:
    """A column under a year's group costs less empty the later it stands; one under no group the same anywhere."""
    plain = _Column("目標", "number", "target")
    grouped = _Column("目標", "number", "target", group="令和６年度")
    assert _cost(plain, 3, []) == _cost(plain, 9, [])
    assert _cost(grouped, 9, []) < _cost(grouped, 3, []) < _cost(plain, 3, [])
