"""Where batch 40's and 41's rules stop (found by reviewing them): a bracketed line across a table is a 課's row only when
it names 課 alone, two 取組 typed in one row need numbers written alike, a 「前期計画」 is the plan before only where its
years end before this plan's, an unticked year is none however it is typed, a running header's 対象期間 no period."""

from __future__ import annotations

import pytest

from shinchoku.importers import parse
from shinchoku.importers.shapes.common import ticked_years_only
from shinchoku.importers.text import department_row


@pytest.mark.parametrize(
    ("line", "departments"),
    [
        ("【総務部　情報政策課】", ["情報政策課"]),
        ("【会計室】", ["会計室"]),
        ("■市民課", ["市民課"]),
        ("【重点】", []),  # a title's mark
        ("【新規】", []),
        ("センター", []),  # a wrapped title's tail, set apart by nothing
        ("基本目標1　行かなくてもいい市役所", []),
    ],
)
def test_a_line_across_a_table_names_its_departments_only_when_set_apart(line: str, departments: list[str]) -> None:
    assert department_row(line) == departments


def test_a_mark_alone_under_a_title_stays_its_mark() -> None:
    """「【重点】」 on the line under 「電子申請の推進」 in a -layout table had become a row across the table (a heading), the
    title losing its mark."""
    text = (
        "取組名              内容                          担当課        スケジュール\n"
        "電子申請の推進      申請をオンライン化する        情報政策課    R7～R9\n"
        "【重点】\n"
        "窓口予約の導入      来庁予約を受け付ける          市民課        R8～R9\n"
    )
    plan = parse(text.encode(), filename="torikumi.txt", municipality="北杜見市")
    items = {item["title"]: item for item in plan["initiatives"]}
    assert items["電子申請の推進"]["marks"] == ["重点"]
    assert items["窓口予約の導入"]["departments"] == ["市民課"]


@pytest.mark.parametrize(
    ("written", "ticked"),
    [("☑Ｒ５　☐Ｒ７　☐Ｒ８", "R5"), ("☑R6 ☐R7～R8", "R6"), ("☑R5　☑R6　☐R7　☐R8", "R5 R6")],
)
def test_an_unticked_year_is_none_however_it_is_typed(written: str, ticked: str) -> None:
    assert " ".join(ticked_years_only(written).split()) == ticked


FIRST_PART = """北杜見市DX推進計画（令和6年度～令和11年度）

２　前期計画（令和6～8年度）の進捗状況

番号\t取組名\t担当課\t評価
1\t電子申請の拡充\t情報政策課\t順調
2\t窓口予約の導入\t市民課\t遅れ
"""


def test_a_first_part_of_this_plan_is_no_plan_before() -> None:
    """「前期計画（令和6～8年度）」 within a plan of R6–R11 is its own first part: its 取組 are this plan's (first reviewed:
    both set aside as the 前計画's record)."""
    plan = parse(FIRST_PART.encode(), filename="shinchoku.txt")
    assert [item["code"] for item in plan["initiatives"]] == ["1", "2"]


TYPED = """北杜見市DX推進計画（令和6年度～令和9年度）

No.\t取組名\t担当課\t実施年度
"1
(1)"\t"行政手続のオンライン化
電子申請の拡充"\t情報政策課\tR6～R9
"2
3"\t"窓口予約の導入
公金のキャッシュレス化"\t"総務部
会計課"\tR7～R9
"""


def test_numbers_written_otherwise_or_a_department_over_its_part_are_no_two_initiatives() -> None:
    """「1⏎(1)」 is a 施策 over its 取組, one row; 「2⏎3」 are two 取組, and 「総務部⏎会計課」 their one 課 (first reviewed: 2 took
    総務部 and 3 会計課)."""
    plan = parse(TYPED.encode(), filename="torikumi.csv")
    codes = {item["code"]: item for item in plan["initiatives"]}
    assert "(1)" not in codes
    assert codes["2"]["departments"] == codes["3"]["departments"] == ["会計課"]
