"""A progress report's forms of a 取組 (issue 8, 琴浦村 of batch 19 and the same forms in other shapes): the grade
written after a title (「〔進捗　◎〕」), a 期間 line, an indicator's name over a line of its figures
(「基準値（令和元年度）１２０件　Ｒ６目標４００件　Ｒ６実績５１２件　最終目標（令和８年度）９００件」), full width or half."""

from __future__ import annotations

from typing import Any

import pytest

from shinchoku.importers import parse
from shinchoku.importers.shapes.common import graded_title, indicator_from_text


@pytest.mark.parametrize(
    ("text", "title", "grade"),
    [
        ("電子申請の拡充　　　〔進捗　◎〕", "電子申請の拡充", "◎"),
        ("窓口のキャッシュレス化［評価：Ａ］", "窓口のキャッシュレス化", "Ａ"),
        ("防災情報の配信 (進捗状況:やや遅れ)", "防災情報の配信", "やや遅れ"),
        ("スマホ教室【評価 B】", "スマホ教室", "B"),
        # a bracket of words is the title's own; a grade alone is no title with a grade
        ("書かない窓口（進捗管理システム）", "書かない窓口（進捗管理システム）", None),
        ("〔進捗　◎〕", "〔進捗　◎〕", None),
        ("電子申請の拡充【新規】", "電子申請の拡充【新規】", None),
    ],
)
def test_a_grade_closing_a_title_is_no_part_of_it(text: str, title: str, grade: str | None) -> None:
    assert graded_title(text) == (title, grade)


@pytest.mark.parametrize(
    "text",
    [
        "オンライン申請件数　基準値（令和元年度）１２０件　Ｒ６目標４００件　Ｒ６実績５１２件　最終目標（令和８年度）９００件",
        "オンライン申請件数 基準値（令和元年度）120件 R6目標400件 R6実績512件 最終目標（令和8年度）900件",
    ],
)
def test_a_yearly_target_before_the_final_one_is_that_years(text: str) -> None:
    ind = indicator_from_text(text, 2026)
    assert ind is not None
    figures = (ind["baseline"], ind["targets"], ind["actuals"], ind["final_target"])
    assert [(v["fy"], v["value"]) for v in (figures[0], *figures[1], *figures[2], figures[3])] == [
        (2019, 120), (2024, 400), (2024, 512), (2026, 900)
    ]  # fmt: skip


def test_without_a_final_label_the_latest_target_is_the_final_one() -> None:
    ind = indicator_from_text("窓口数　現状値（R5）0か所　R7目標2か所　R8目標4か所", 2026)
    assert ind is not None and ind["final_target"] is not None
    assert (ind["final_target"]["fy"], ind["final_target"]["value"]) == (2026, 4)
    assert [(t["fy"], t["value"]) for t in ind["targets"]] == [(2025, 2)]


_REPORT = """青葉村情報化計画（令和6年度～令和8年度）　取組状況

■基本方針1　くらしの手続

　1-1　電子申請の拡充　　　　　　［評価：Ａ］
　　担当　　住民課
　　期間　　R6～R8
　　指標　　オンライン申請件数
　　　　　　基準値（令和元年度）120件　R6目標400件　R6実績512件　最終目標（令和8年度）900件
　　状況　　予約をオンライン化した。

　1-2　窓口のキャッシュレス化　　（進捗状況：やや遅れ）
　　担当　　会計室
　　期間　　R7～R8
　　指標　　キャッシュレス対応の窓口数
　　　　　　現状値（R5）0か所　R7目標2か所　R8目標4か所
"""


def _by_code(plan: dict[str, Any]) -> dict[str, Any]:
    return {item["code"]: item for item in plan["initiatives"]}


def test_a_report_in_half_width_reads_as_the_full_width_one() -> None:
    """琴浦村's forms with half-width figures and 「R6～R8」: the grade the indicator's, the 期間 the schedule, the name and
    the figures line one indicator, 状況 a note."""
    items = _by_code(parse(_REPORT.encode(), filename="青葉村.txt"))
    first, second = items["1-1"], items["1-2"]
    assert (first["title"], second["title"]) == ("電子申請の拡充", "窓口のキャッシュレス化")
    assert [e["fy"] for e in first["schedule"]] == [2024, 2025, 2026]
    assert [e["fy"] for e in second["schedule"]] == [2025, 2026]
    (ind,) = first["indicators"]
    assert ind["name"] == "オンライン申請件数"
    assert (ind["final_target"]["fy"], ind["final_target"]["value"]) == (2026, 900)
    assert [(t["fy"], t["value"]) for t in ind["targets"]] == [(2024, 400)]
    assert ind["evaluations"] == [{"fy": 2024, "text": "A"}]  # (the outline reads its items NFKC)
    assert first["notes"] == ["予約をオンライン化した。"]
    (other,) = second["indicators"]
    assert (other["name"], other["final_target"]["value"]) == ("キャッシュレス対応の窓口数", 4)
    assert [e["text"] for e in other["evaluations"]] == ["やや遅れ"]


def test_a_grade_after_the_title_in_a_table_cell_is_the_rows_evaluation() -> None:
    text = (
        "番号\t取組名\t担当課\t指標\t基準値（R5）\t目標値（R8）\n"
        "1\t電子申請の拡充〔進捗　◎〕\t住民課\t申請件数\t120件\t900件\n"
        "2\t窓口のキャッシュレス化　［評価：Ｂ］\t会計室\t窓口数\t0か所\t4か所\n"
        "3\t書かない窓口（進捗管理システム）\t市民課\t手続数\t1\t5\n"
    )
    items = _by_code(parse(text.encode(), filename="青葉村.txt"))
    assert [items[c]["title"] for c in "123"] == ["電子申請の拡充", "窓口のキャッシュレス化", "書かない窓口（進捗管理システム）"]
    assert [[e["text"] for e in items[c]["indicators"][0].get("evaluations", [])] for c in "123"] == [["◎"], ["Ｂ"], []]
