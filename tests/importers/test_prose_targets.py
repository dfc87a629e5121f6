"""Targets an item's prose states with an arrow from a year's figure to a later year's (issue 8: 千歳原市's Word plan,
鴫野市's slides in ``other/unseen29.py``) — the item's indicators where no table or labelled field names any."""

from __future__ import annotations

from shinchoku.importers.shapes.common import indicators_in_prose


def _read(text: str) -> list[tuple[str, tuple[int, float], tuple[int, float]]]:
    return [
        (
            ind["name"],
            (ind["baseline"]["fy"], ind["baseline"]["value"]),
            (ind["final_target"]["fy"], ind["final_target"]["value"]),
        )
        for ind in indicators_in_prose(text)
    ]


def test_a_sentence_states_its_indicator_with_an_arrow() -> None:
    text = "これにより、電子申請できる手続の割合を令和5年度 40% → 令和9年度 80% に高めます。"
    assert _read(text) == [("電子申請できる手続の割合", (2023, 40), (2027, 80))]


def test_two_indicators_in_one_sentence_are_two() -> None:
    text = (
        "カードを使って受けられるサービスを広げます。マイナンバーカードの交付率は令和5年度 72% → 令和9年度 90%、"
        "コンビニ交付の利用率は令和5年度 15% → 令和9年度 40% を目指します。"
    )
    assert _read(text) == [
        ("マイナンバーカードの交付率", (2023, 72), (2027, 90)),
        ("コンビニ交付の利用率", (2023, 15), (2027, 40)),
    ]


def test_lines_under_a_kpi_heading_each_an_indicator_even_run_together() -> None:
    lines = "主な取組内容\n書かない窓口で受け付ける手続数 令和５年度 0手続 → 令和９年度 30手続\n窓口の平均待ち時間 令和５年度 25分 → 令和９年度 15分"
    expected = [
        ("書かない窓口で受け付ける手続数", (2023, 0), (2027, 30)),
        ("窓口の平均待ち時間", (2023, 25), (2027, 15)),
    ]
    assert _read(lines) == expected
    # the two lines joined as a reader may join them: the target ends in the baseline's unit
    assert _read(lines.replace("30手続\n", "30手続")) == expected


def test_an_arrow_between_figures_without_years_is_no_target() -> None:
    assert _read("申請件数は 40件 → 80件 に増えました。") == []
