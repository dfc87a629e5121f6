"""A card copied out of a PDF viewer: its table's cells joined by single blanks, an empty cell two blanks, the label
spread over its cell still letter by letter (楓台市 of batch 22). Its 工程's years and steps are rows again
(``readers.year_rows``), its labels and wrapped 担当課 are read as the print has them (``shapes.cards``)."""

from __future__ import annotations

from shinchoku.importers.document import Table
from shinchoku.importers.readers.text import read_text
from shinchoku.importers.readers.year_rows import with_year_rows
from shinchoku.importers.shapes.cards import label_value


def _blocks(text: str) -> list[list[str] | str]:
    """The blocks of ``text`` read as a PDF viewer's copy is: a table its rows of cell texts, a line its text."""
    document = with_year_rows(read_text(text), text)
    return [
        [[cell.text for cell in row] for row in block.rows] if isinstance(block, Table) else block.text  # type: ignore[misc]
        for block in document.blocks()
    ]


def test_a_row_of_years_and_the_steps_under_it_are_rows() -> None:
    text = "\n".join(
        [
            "指標 電子決裁率 現状値 0％ 目標値 85％",
            " 令和6年度 令和7年度 令和8年度 令和9年度",
            "工程  構築 運用 運用",
            "",
            " R6 R7 R8 R9",
            "  ● ●",
        ]
    )
    assert _blocks(text) == [
        "指標 電子決裁率 現状値 0％ 目標値 85％",
        [["", "令和6年度", "令和7年度", "令和8年度", "令和9年度"], ["工程", "", "構築", "運用", "運用"]],
        [["", "R6", "R7", "R8", "R9"], ["", "", "●", "●", ""]],
    ]


def test_page_furniture_between_the_years_and_the_steps_is_skipped() -> None:
    text = " 令和6年度 令和7年度 令和8年度\n- 4 -\n工程 検討 導入 運用\n"
    assert _blocks(text) == [[["", "令和6年度", "令和7年度", "令和8年度"], ["工程", "検討", "導入", "運用"]]]


def test_prose_under_a_row_of_years_and_a_labelled_row_of_years_are_lines() -> None:
    """More pieces than the years have cells, a sentence, or a row of years with its label first (the card reader
    reads 「スケジュール Ｒ６ Ｒ７ Ｒ８ Ｒ９」 over 「導入 運用 → →」 as lines): no table."""
    lines = [
        " R6 R7 R8",
        "R6 年度 から 順次 拡大 します",
        "",
        " 令和6年度 令和7年度 令和8年度",
        "電子申請の手続を増やし、窓口の混雑を減らします。 検討",
        "",
        "スケジュール Ｒ６ Ｒ７ Ｒ８ Ｒ９",
        "導入 運用 → →",
    ]
    assert _blocks("\n".join(lines)) == [line.strip() for line in lines if line]


def test_a_label_spread_letter_by_letter() -> None:
    assert label_value("事 業 概 要 申請件数の多い手続から順に") == ("summary", "申請件数の多い手続から順に")
    assert label_value("所 管 課 総務課") == ("departments", "総務課")
    assert label_value("K P I 電子申請の件数") == ("indicator", "電子申請の件数")


def test_department_names_the_cell_wrapped_inside() -> None:
    """「市民課、情 報政策課」: the cell wrapped inside 情報政策課; two whole names a blank apart stay two."""
    assert label_value("所 管 課 市民課、情 報政策課") == ("departments", "市民課、情報政策課")
    assert label_value("所管課 行政改革 課") == ("departments", "行政改革課")
    assert label_value("担当課 総務課 企画課") == ("departments", "総務課 企画課")


def test_a_short_indicator_label_with_its_figures() -> None:
    """「指標」 is short (a sentence may begin with it), but the figures' labels after the name say it is the field."""
    assert label_value("指標 電子申請できる手続数 現状値 50手続 目標値 220手続") == (
        "indicator",
        "電子申請できる手続数 現状値 50手続 目標値 220手続",
    )
    assert label_value("指標 の見直しは毎年度行います。") is None
