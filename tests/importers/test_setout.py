"""Words set out over their cell (均等割り付け) in extracted text are gathered back (importers.setout).

The lines are ``pdftotext -layout`` output of the samples printed by LibreOffice Calc with their
labels and 課 set out, as Japanese offices print them (tests/importers/samplexlsx.py, ``Sheet(
distributed=True)``); the lines that must stay as they are come from the Chromium prints.
"""

from __future__ import annotations

import pytest

from shinchoku.importers.setout import gathered

GATHERED = [
    # 日田市: the label glued to its value (the code stays where it was printed)
    (
        "取           組           番            号1-1-1      取         組        名 オンライン申請",
        "取組番号                                  1-1-1      取組名                  オンライン申請",
    ),
    # 日田市: a set-out 課 after a label, and two 課 of one cell
    (
        "事   業       担       当   課 情報統計課",
        "事業担当課                     情報統計課",
    ),
    ("担       当       課企 画 課       市 民 課", "担当課              企画課 市民課          "),
    # two year headers set out side by side run into each other
    (
        "令   和       5       年   度令    和        6        年   度",
        "令和5年度                    令和6年度                       ",
    ),
    # 伊豆の国市: 評価指標 set out in its narrow cell, 基準値 glued to it and set out over a wide one
    ("評 価 指 標基                準    値 導入割合", "評価指標   基準値                     導入割合"),
    # 延岡市: a label of two letters glued to its value; 各課 set out over a wide cell; KPI set out
    ("区               分市        重点施策5", "区分               市        重点施策5"),
    (
        "担         当     課各                           課            調査・研究",
        "担当課              各課                                       調査・研究",
    ),
    ("K          P    I         —", "KPI                       —"),
    # a label of a layout the dictionary does not hold, opening its line
    ("現  状  ・  課  題  等 国の計画", "現状・課題等           国の計画"),
]

KEPT = [
    "済   済   済",  # one letter a column
    "A  B  C",
    "1  2  3",
    "K P I (オンライン申請件数)",  # 延岡市 spells it so (one blank apart); the readers compare it compact
    "担    当課",  # one letter apart: no set-out word
    "概   要<p>行政手続の",  # 「<」 begins the next cell: no letter of a word
    "取組番    1-1-4 取 組 名 納付書における",  # one blank apart, as 日田市 spells it (the readers compare it compact)
    "          観                                         ン              館",  # wrapped cells' ends
    # 日田市 -layout: the last lines of wrapped cells side by side, in the middle of the line
    "                          施            の          実",
    "                          年           度",  # two wrapped year headers' last lines
]


@pytest.mark.parametrize(("line", "expected"), GATHERED)
def test_a_word_set_out_over_its_cell_is_one_word_in_its_place(line: str, expected: str) -> None:
    assert gathered(line) == expected
    assert len(gathered(line)) == len(line)  # every cell after it keeps its column


@pytest.mark.parametrize("line", KEPT)
def test_letters_that_are_no_set_out_word_stay_apart(line: str) -> None:
    assert gathered(line) == line


def test_lines_of_a_text_are_gathered_each() -> None:
    text = "取  組  名 窓口改革\n済   済   済\n担   当   課 市民課\n"
    assert gathered(text) == "取組名     窓口改革\n済   済   済\n担当課       市民課\n"
