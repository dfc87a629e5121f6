"""A plan copied out of a PDF viewer: a table's cells joined by single blanks (an empty cell two, or none). A card's
工程 years and steps are rows again (``readers.year_rows``), a label spread letter by letter over its cell and a 担当課
wrapped inside a name are read as the print has them (``shapes.cards``, 楓台市 of batch 22); a table's header two rows
deep is read as its two lines say together (``readers.plainrows``)."""

from __future__ import annotations

import re
from typing import Any

import pytest

from shinchoku.importers import parse
from shinchoku.importers.document import Line, Table
from shinchoku.importers.readers.text import read_text
from shinchoku.importers.readers.year_rows import with_year_rows
from shinchoku.importers.shapes.cards import label_value, years_over_steps

from . import variants
from .other import unseen8, unseen9, unseen13t, unseen22
from .scoring import score


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
    assert label_value("K P I (Web") is None  # a label with its indicator's name in it: not 「KPI」 and a value


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


def _copied(module: Any, name: str, *, blanks: str) -> dict[str, Any]:
    """``name`` of a batch as a PDF viewer copies it: a table row a line, its cells one blank apart (``blanks="kept"``:
    an empty cell two blanks; ``"single"``: no trace of it, as most viewers give it)."""
    raw = module.document(name)
    copied = variants.viewer_copy(raw.decode() if isinstance(raw, bytes) else raw, cells="spaces")
    if blanks == "single":
        copied = "\n".join(re.sub(r" {2,}", " ", line).strip() for line in copied.split("\n"))
    return parse(copied.encode(), filename=name)


@pytest.mark.parametrize("blanks", ["single", "kept"])
def test_a_header_two_rows_deep_names_the_columns(blanks: str) -> None:
    """真砂市's 工程表: 「取組 取組名 担当課 成果指標 現状値 目標値 工程」 over 「番号 （令和5年度末） （令和10年度） R6 R7 R8 R9
    R10」. The second line completes the first (取組番号, each figure's year, a column a year under 工程): first
    measured F1 0 (「取組」 taken for the titles' column, only the 基本目標 rows read), now every 取組 with its figures;
    「第５章　推進体制」 after the table is no row of it."""
    plan = _copied(unseen13t, "masago_kouteihyou_nendo.txt", blanks=blanks)
    result = score(plan, unseen13t.expected("masago_kouteihyou_nendo.txt"))
    assert (result.f1, result.codes, result.departments, result.kpi_numbers) == (1, 1, 1, 1), result
    by_code = {item["code"]: item for item in plan["initiatives"]}
    (kpi,) = by_code["1-1-1"]["indicators"]
    assert (kpi["baseline"]["fy"], kpi["baseline"]["value"]) == (2023, 3400)
    assert (kpi["final_target"]["fy"], kpi["final_target"]["value"]) == (2028, 15000)
    assert [s["fy"] for s in by_code["1-2-1"]["schedule"]] == list(range(2024, 2029))  # ● in every year


@pytest.mark.parametrize("blanks", ["single", "kept"])
def test_yearly_targets_under_a_header_printed_again(blanks: str) -> None:
    """潮見町's 成果指標一覧: 「（R5） R6 R7 R8 R9」 under 「基準値 目標値」 dates the baseline and spreads 目標値 over four
    years; printed again after the page break (its first line taken out as a running header) it is no part of 4's
    cells. First measured: refused with an empty cell's blanks kept, KPI 0 without."""
    plan = _copied(unseen22, unseen22.SHIOMI_TXT, blanks=blanks)
    result = score(plan, unseen22.expected(unseen22.SHIOMI_TXT))
    assert min(result.f1, result.codes, result.departments, result.kpi_numbers) == 1, result
    apps = next(item for item in plan["initiatives"] if item["code"] == "4")
    (kpi,) = apps["indicators"]
    assert kpi["name"] == "防災アプリの登録者数"
    assert [(t["fy"], t["value"]) for t in kpi["targets"]] == [
        (2024, 2500),
        (2025, 3200),
        (2026, 4000),
        (2027, 5000),
    ]


def test_a_schedule_and_figures_each_over_their_years() -> None:
    """浅見町: 「スケジュール … 現状値 目標値」 over 「R7 R8 R9 R5 R7 R8 R9」: the first run of years the schedule's, R5 the
    baseline's, the rest the targets' (first measured F1 0.47, codes 0). A row of fewer marks than years is warned."""
    plan = _copied(unseen8, "asami_two_row_header.txt", blanks="single")
    result = score(plan, unseen8.expected("asami_two_row_header.txt"))
    assert min(result.f1, result.codes, result.departments, result.kpi_numbers) == 1, result
    assert any("実施年度の印は年度の列より少なく" in w["message"] for w in plan["warnings"])


def test_years_and_steps_of_a_copy_that_keeps_no_empty_cell() -> None:
    """Most viewers leave no trace of an empty cell: 「令和6年度 … 令和10年度」 over 「工程 対象手続の選定 順次拡大 …」 is
    still the 工程 (萩原市: schedule 0 → exact). Where a row has fewer steps than years (「工程 検討 導入 拡大」) which
    years the text does not say: laid from the first year, and the note says so."""
    plan = _copied(unseen22, unseen22.HAGIWARA_TXT, blanks="single")
    result = score(plan, unseen22.expected(unseen22.HAGIWARA_TXT))
    assert min(result.f1, result.codes, result.departments, result.kpi_numbers, result.schedule) == 1, result
    cashless = next(item for item in plan["initiatives"] if item["code"] == "1-1-2")
    assert [(s["fy"], s["label"]) for s in cashless["schedule"]] == [
        (2024, "検討"),
        (2025, "導入"),
        (2026, "拡大"),
    ]
    assert any("最初の年度から順に読みました" in w["message"] for w in plan["warnings"])


def test_a_card_copied_a_cell_a_line() -> None:
    """Chrome's and Edge's viewers copy a table a cell a line: 萩原市's card is 「取組番号」「1-1-1」「取組名」… then its
    工程's years a line each, 「工程」 and a step a line (first measured F1 0.67, 担当課, KPI and schedule 0: the years and
    steps left the labels' pairing a line over)."""
    text = variants.viewer_copy(unseen22.document(unseen22.HAGIWARA_TXT).decode(), cells="lines")
    plan = parse(text.encode(), filename=unseen22.HAGIWARA_TXT)
    result = score(plan, unseen22.expected(unseen22.HAGIWARA_TXT))
    assert min(result.f1, result.codes, result.departments, result.kpi_numbers, result.schedule) == 1, result


def test_years_a_line_each_over_steps() -> None:
    def texts(lines: list[str]) -> list[str]:
        return [block.text for block in years_over_steps([Line(line) for line in lines])]

    assert texts(
        ["担当課", "市民課", "令和6年度", "令和7年度", "令和8年度", "工程", "検討", "導入", "取組番号"]
    ) == [
        "担当課",
        "市民課",
        "工程：令和6年度：検討　令和7年度：導入",
        "取組番号",
    ]
    # a table's header of years over its first row (山桜町): the title after R9 is no step, the row's text follows
    header = [
        "年次計画",
        "R7",
        "R8",
        "R9",
        "電子申請の拡充",
        "子育て・介護・税の手続を中心に、電子",
        "総務課",
    ]
    assert texts(header) == header


def test_a_cards_kpi_table_copied_with_single_blanks() -> None:
    """早瀬市's 進捗評価シート: under each 施策 「指標名 基準値（2022年度） 実績値（2024年度） 前年度比 目標値（2027年度） 評価」
    over its rows — a KPI table with no titles' column (the card is the 取組), one label the dictionary does not know
    (前年度比: a figure's column, left out). First measured KPI 0 (no header without a 取組名), then every card's
    lines taken into the first table; now each card's rows end at its 「■ 今後の方向性」."""
    plan = _copied(unseen8, "hayase_hyoka.txt", blanks="single")
    result = score(plan, unseen8.expected("hayase_hyoka.txt"))
    assert min(result.f1, result.codes, result.departments, result.kpi_numbers) == 1, result
    (kpi,) = plan["initiatives"][0]["indicators"]
    assert (kpi["baseline"]["value"], kpi["actuals"][0]["value"], kpi["final_target"]["value"]) == (
        45,
        102,
        200,
    )


def test_two_department_fields_on_a_line_and_a_figure_not_yet_counted() -> None:
    """東峰市's 施策評価シート: 「主管課 デジタル推進課 関係課 市民課、税務課、こども家庭課」 is two fields (関係課 no
    department of its own, 「関係課 －」 none), and 「集計中」 in a figure column keeps the figures after it in their
    columns (4,500 the R7 target). First measured 担当課 0, KPI 0.89."""
    plan = _copied(unseen9, "higashimine_shisaku_hyoka.txt", blanks="single")
    result = score(plan, unseen9.expected("higashimine_shisaku_hyoka.txt"))
    assert min(result.f1, result.codes, result.departments, result.kpi_numbers) == 1, result
    assert label_value("主管課 デジタル推進課 関係課 －") == ("departments", "デジタル推進課")
