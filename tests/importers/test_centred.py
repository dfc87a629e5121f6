"""Rows centred in their height through ``pdftotext -layout`` (importers/readers/centred.py)."""

from __future__ import annotations

from collections.abc import Callable

from shinchoku.importers.readers.centred import lines_above

#: Japanese Excel's print: each label in the middle of its row, blank lines between rows.
CENTRED = [
    "          市税等の納付について、スマホ",  # 0
    "取組内容  アプリでの対応に加え、地方税",  # 1
    "          統一QRの活用を検討するもの。",  # 2
    "",
    "          情報統計課、まちづくり推進課、",  # 4
    "事業担当課",  # 5
    "          社会福祉課、都市整備課",  # 6
    "",
    "          納付書における公",  # 8
    "取組番号  金収納のキャッシュレス化",  # 9
]
#: The same rows top-aligned: each label opens its row, whatever blank lines stand inside.
TOP = [
    "取組内容  市税等の納付について、スマホ",
    "          アプリでの対応に加え、地方税",
    "",
    "          統一QRの活用を検討するもの。",
    "事業担当課 情報統計課、まちづくり推進課、",
    "          社会福祉課、都市整備課",
    "",
    "取組番号  納付書における公",
    "          金収納のキャッシュレス化",
]


def _labels(lines: list[str]) -> set[int]:
    return {i for i, line in enumerate(lines) if line[:1].strip()}


def _fits(lines: list[str]) -> Callable[[int, int], bool]:
    return lambda first, n: not lines[n][:1].strip()


def test_the_lines_above_a_centred_label_are_its_rows() -> None:
    assert lines_above(CENTRED, _labels(CENTRED), 0, _fits(CENTRED)) == {1: [0], 5: [4], 9: [8]}


def test_a_top_aligned_table_keeps_its_lines() -> None:
    """「統一QRの…」 after a blank line inside the 取組内容 row stays that row's: no label but one
    has lines above it."""
    assert lines_above(TOP, _labels(TOP), 0, _fits(TOP)) == {}


def test_rows_no_blank_line_parts_keep_as_many_lines_below_their_label_as_above() -> None:
    lines = [
        "          オンライン申請件数 100件",  # 0
        "評価指標  基準値",  # 1
        "          令和4年度",  # 2
        "          令和5年度 令和6年度",  # 3: the next row's, set above its label
        "工程表    検討",  # 4
        "          導入",  # 5
        "",
        "          申請件数 30件",  # 7
        "目標      令和7年度",  # 8
    ]
    assert lines_above(lines, _labels(lines), 0, _fits(lines)) == {1: [0], 4: [3], 8: [7]}
    # a row that takes lines only where a blank line sets them apart (a card's first)
    assert lines_above(lines, _labels(lines), 0, _fits(lines), apart={4}) == {1: [0], 8: [7]}
