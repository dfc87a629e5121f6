"""Cards printed two abreast, as ``pdftotext -layout`` writes them, read one after the other (``readers.sidecards``)."""

from __future__ import annotations

from shinchoku.importers import parse
from shinchoku.importers.readers.sidecards import unfold_cards

#: A 概要版 slide's two cards through ``pdftotext -layout``: the right card starts at a different place on each line.
PAIR = [
    "基本方針１ どこでも手続ができるまち",
    "",
    "   1-1    電子申請の拡充                               1-2    書かない窓口",
    "  ● 申請件数の多い手続から順にオンライン化                         ● 申請書を書かずに済む窓口を導入",
    "                               担当：市民課・デジタル推進課                                   担当：市民課",
    "          電子申請できる手続数                                   窓口での平均待ち時間",
    "    KPI   80手続（R6） ⇒ 250手続（R11）                  KPI   25分（R6） ⇒ 10分以内（R11）",
    "瑞鳳市ＤＸ推進計画【概要版】                                                    2",
]


def test_the_right_card_follows_the_left_one_whole() -> None:
    unfolded = [line.strip() for _, line in unfold_cards(PAIR) or [] if line.strip()]
    assert unfolded == [
        "基本方針１ どこでも手続ができるまち",
        "1-1    電子申請の拡充",
        "● 申請件数の多い手続から順にオンライン化",
        "担当：市民課・デジタル推進課",
        "電子申請できる手続数",
        "KPI   80手続（R6） ⇒ 250手続（R11）",
        "1-2    書かない窓口",
        "● 申請書を書かずに済む窓口を導入",
        "担当：市民課",
        "窓口での平均待ち時間",
        "KPI   25分（R6） ⇒ 10分以内（R11）",
        "瑞鳳市ＤＸ推進計画【概要版】                                                    2",
    ]


def test_a_page_of_one_card_a_row_is_left_as_it_is() -> None:
    assert unfold_cards([line for line in PAIR if "1-2" not in line][:3]) is None


def test_each_card_of_a_pair_keeps_its_own_department_and_kpi() -> None:
    """Two pairs on a page as pdftotext writes them: each card's 担当 and KPI are its own, not the left card's both."""
    second = [
        line.replace("1-1    電子申請の拡充", "1-3    キャッシュレス納付")
        .replace("1-2    書かない窓口", "1-4    子育てアプリ")
        .replace("市民課・デジタル推進課", "納税課・会計課")
        .replace("80手続", "32％")
        .replace("250手続", "60％")
        for line in PAIR[2:-1]
    ]
    text = "\n".join(
        [
            "瑞鳳市ＤＸ推進計画【概要版】",
            "  計画期間 令和７年度～令和11年度",
            "\f" + PAIR[0],
            *PAIR[1:-1],
            "",
            *second,
            PAIR[-1],
        ]
    )
    plan = parse(text.encode(), filename="zuiho.txt")
    read = {
        (i["code"], tuple(i["departments"]), i["indicators"][0]["final_target"]["value"])
        for i in plan["initiatives"]
    }
    assert read == {
        ("1-1", ("市民課", "デジタル推進課"), 250),
        ("1-2", ("市民課",), 10),
        ("1-3", ("納税課", "会計課"), 60),
        ("1-4", ("市民課",), 10),
    }
