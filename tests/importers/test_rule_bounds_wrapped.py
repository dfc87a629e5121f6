"""Where the rules reading a 新発田市-style table's wrapped cells stop (``shibata_flow._wrapped_rows``, for
pypdfium2's text: a row's cells one after the other, each cell's wrapped lines in turn, nothing between two cells) —
each rule on the shape it reads and on the nearest shape it must leave as it was:

- a text is read as wrapped cells only where many of its lines are one or two letters long (a narrow column's) —
  not a viewer's copy a cell a line (the sample's cells each whole on a line, read a line a cell as before), not a
  text with blank lines between its cells (plain pdftotext, read a paragraph a cell as before);
- figures one blank apart on a line are cells of their own (「53名 約50名 約150名 Webによ」) — not a cell's list
  (「①48.2% ②0% ③0%」), not a blank inside a cell's text (「youtube 等の視聴」, 「3:2016) の適合レ」);
- a line short of its cell's width ends the cell — not a line a letter short in a narrow column (kinsoku:
  「情報」「発」「信・」 in a column two letters wide).
"""

from __future__ import annotations

from shinchoku.importers import parse
from shinchoku.importers.shibata_flow import _cells_by_width, _figures_apart, _wrapped_without_breaks

from ..conftest import SEED_FILES
from .scoring import score


def _cell_a_line() -> list[str]:
    """The sample's table as a viewer copies it a cell a line (empty cells left out)."""
    text = SEED_FILES["shibata"].read_text(encoding="utf-8")
    return [cell for cell in text.replace("\t", "\n").split("\n") if cell.strip()]


def test_a_viewers_copy_a_cell_a_line_is_not_read_as_wrapped_cells() -> None:
    lines = _cell_a_line()
    assert not _wrapped_without_breaks(lines)
    found = parse("\n".join(lines).encode(), filename="shibata.txt")
    items = {item["code"]: item for item in found["initiatives"]}
    viewers = items["2"]["indicators"][0]
    assert [(a["fy"], a["value"]) for a in viewers["actuals"]] == [(2021, 53), (2022, 50), (2023, 150)]
    assert score(found, parse(SEED_FILES["shibata"])).f1 >= 0.97


def test_a_text_with_blank_lines_between_its_cells_is_not_read_as_wrapped_cells() -> None:
    cells = ["1", "市", "民", "向", "け", "情報", "発", "信・", "提供", "の強", "化"] * 8
    assert _wrapped_without_breaks(cells)  # the shape the rule reads
    assert not _wrapped_without_breaks([line for cell in cells for line in (cell, "")])


def test_figures_one_blank_apart_are_cells_a_cells_list_and_its_blanks_are_not() -> None:
    assert _figures_apart("53名 約50名 約150名 Webによ") == [
        ("53名", True),
        ("約50名", True),
        ("約150名", True),
        ("Webによ", True),
    ]
    assert _figures_apart("10%達成 8.7% 8.3% 8.6% オンライン予約の") == [
        ("10%達成", False),
        ("8.7%", True),
        ("8.3%", True),
        ("8.6%", True),
        ("オンライン予約の", True),
    ]
    for line in ("①48.2% ②0% ③0%", "youtube 等の視聴", "3:2016) の適合レ", "53名 (Web"):
        assert _figures_apart(line) == [(line, False)]


def test_a_short_line_ends_a_cell_a_narrow_columns_kinsoku_line_does_not() -> None:
    # 「情報」「発」「信・」「提供」「の強」「化」: one cell of a column two letters wide
    assert _cells_by_width([4, 2, 4, 4, 4, 2], set(), 3)[1] == []
    # 「市観光」…「ロワー」「数」 then 「令和5」「年まで」「にICT」: the KPI's last line ends it
    assert _cells_by_width([6, 6, 6, 6, 6, 2, 5, 6, 6, 6], set(), 3)[1] == [6]
