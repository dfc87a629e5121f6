"""A 工程表 whose columns the extraction lost (schedule_order): the header's periods out of its
pieces, and the steps laid over them in their order."""

from __future__ import annotations

from shinchoku.importers.schedule_order import header_periods, is_header_piece, spread, without_leading_years
from shinchoku.importers.text import label_spans


def test_header_periods_from_pieces_a_flow_scattered() -> None:
    # a year set vertically comes one character a line; its pieces still spell it
    assert header_periods(
        ["令和5年度(前期)", "令和5年度(後期)", "令和", "6", "年度", "令和7年度", "令和8年度"]
    ) == [
        (2023, 1),
        (2023, 2),
        (2024, None),
        (2025, None),
        (2026, None),
    ]
    # years the pieces garbled (「令和7年 令和度 8年度」) between two read ones are filled in
    assert header_periods(["令和5年度", "令和7年 令和度", "令和8年度"]) == [
        (2023, None),
        (2024, None),
        (2025, None),
        (2026, None),
    ]
    # years set vertically beside the others, their characters interleaved line by line
    # (「令和5年度 令 令和7年度 令」「和 和」「6 8」「年 年」「度 度」)
    assert header_periods(["令和5年度 令 令和7年度 令", "和 和", "6 8", "年 年", "度 度"]) == [
        (2023, None),
        (2024, None),
        (2025, None),
        (2026, None),
    ]
    assert header_periods(["2024年度", "2026年度"]) == [(2024, None), (2025, None), (2026, None)]
    assert header_periods(["オンライン申請件数"]) == []
    assert header_periods(["平成20年度", "令和8年度"]) == []  # no chart spans 18 years


def test_header_pieces_and_labels_the_flow_ran_together() -> None:
    assert is_header_piece("令和5年度(後期)") and is_header_piece("年度") and is_header_piece("令和")
    assert not is_header_piece("12")  # a 管理番号
    assert not is_header_piece("導入済み")
    assert without_leading_years("令和7年 令和度 8年度スモール運用開始") == "スモール運用開始"
    assert without_leading_years("(前期)【RPA】導入済み") == "【RPA】導入済み"
    assert without_leading_years("5年後の見直し") == "5年後の見直し"


def _covered(rows: list[list[str]], width: int) -> dict[str, set[int]]:
    out: dict[str, set[int]] = {}
    for row in rows:
        for first, last in label_spans(row, width):
            out.setdefault(row[first], set()).update(range(first, last + 1))
    return out


def test_steps_laid_over_the_period_in_order() -> None:
    # a milestone takes one period; the steps share the rest, together covering the chart
    rows = spread(["導入済み", "利用実績の拡大"], 5)
    assert _covered(rows, 5) == {"導入済み": {0}, "利用実績の拡大": {1, 2, 3, 4}}
    rows = spread(["調査", "導入", "運用"], 5)
    assert _covered(rows, 5) == {"調査": {0, 1}, "導入": {2, 3}, "運用": {4}}
    # more steps than periods: later steps start no earlier, every period covered
    rows = spread(["a", "b", "c", "d"], 3)
    covered = _covered(rows, 3)
    assert set().union(*covered.values()) == {0, 1, 2}
    assert min(covered["a"]) <= min(covered["b"]) <= min(covered["c"]) <= min(covered["d"])
