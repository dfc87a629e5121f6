"""A town's name written after its 郡 and prefecture (「宮崎県西臼杵郡高千穂町」), a city whose name holds 郡 (大和郡山市), and
another place's name opening a sentence of the plan (「東京都府中市　との連携協定」): the plan's municipality is read as
written — a town in a 郡 was read as 「西臼杵郡」, 大和郡山市 as 「大和」, and a partner city's prefecture taken for the
plan's own."""

from __future__ import annotations

import pytest

from shinchoku.importers import parse
from shinchoku.importers.titles import of_title, prefecture_before


def _plan(first_lines: str) -> dict:
    table = (
        "番号\t取組名\t担当課\t指標\t基準値\t目標値（令和9年度）\n"
        "1\t書かない窓口の導入\t町民課\t窓口申請のデジタル化手続数\t0件\t20件\n"
        "2\t町ホームページのリニューアル\t総務課\tホームページ閲覧数\t120,000件\t150,000件\n"
    )
    return parse((first_lines + "\n" + table).encode(), filename="torikumi.txt")


@pytest.mark.parametrize(
    ("title", "name", "prefecture"),
    [
        ("宮崎県西臼杵郡高千穂町DX推進計画", "高千穂町", "宮崎県"),
        ("西臼杵郡高千穂町DX推進計画", "高千穂町", None),
        ("北海道茅部郡森町 地域情報化計画", "森町", "北海道"),
        ("奈良県大和郡山市DX推進計画", "大和郡山市", "奈良県"),
        ("大和郡山市DX推進計画", "大和郡山市", None),
        ("福島県郡山市DX推進計画", "郡山市", "福島県"),
        # a 町 or 村 after the 市 is no town in a 郡: the city's name stays whole
        ("大和郡山市町内会DX推進計画", "大和郡山市", None),
        ("福岡県小郡市町村連携DX推進計画", "小郡市", "福岡県"),
    ],
)
def test_the_title_names_the_town_not_its_county(title: str, name: str, prefecture: str | None) -> None:
    naming = of_title(title)
    assert naming is not None
    assert (naming.municipality, naming.prefecture) == (name, prefecture)


def test_a_town_under_its_county_is_the_plans_municipality() -> None:
    plan = _plan("宮崎県西臼杵郡高千穂町DX推進計画　取組一覧")
    assert plan["municipality"]["name"] == "高千穂町"
    assert plan["municipality"].get("prefecture") == "宮崎県"
    assert [i["title"] for i in plan["initiatives"]] == ["書かない窓口の導入", "町ホームページのリニューアル"]


def test_the_prefecture_line_under_the_title_may_name_the_county() -> None:
    plan = _plan("高千穂町DX推進計画　取組一覧\n宮崎県西臼杵郡高千穂町　計画期間：令和7年度～令和9年度")
    assert plan["municipality"]["name"] == "高千穂町"
    assert plan["municipality"].get("prefecture") == "宮崎県"


@pytest.mark.parametrize(
    ("line", "municipality", "prefecture"),
    [
        ("宮崎県西臼杵郡高千穂町　計画期間：令和7年度～令和9年度", "高千穂町", "宮崎県"),
        ("広島県府中市　DX推進計画", "府中市", "広島県"),
        ("奈良県大和郡山市", "大和郡山市", "奈良県"),
        # a sentence about another place of the same name: not the plan's prefecture
        ("東京都府中市　との連携協定により、オンライン申請の共同利用を進めます", "府中市", None),
        ("東京都府中市の事例を参考に", "府中市", None),
        ("東京都府中市　と共に進める", "府中市", None),
        # a heading after the blank opening with kana is no particle: the plan's own prefecture
        ("宮崎県高千穂町　のびのびDX推進計画", "高千穂町", "宮崎県"),
        ("宮崎県高千穂町　にぎわいと安心のまちづくり", "高千穂町", "宮崎県"),
        ("宮崎県高千穂町　はじめに", "高千穂町", "宮崎県"),
        ("宮崎県高千穂町　より良い暮らしへ", "高千穂町", "宮崎県"),
        # another town of the county, or the county alone
        ("宮崎県西臼杵郡日之影町", "高千穂町", None),
        ("宮崎県西臼杵郡", "高千穂町", None),
    ],
)
def test_a_prefecture_before_the_name(line: str, municipality: str, prefecture: str | None) -> None:
    assert prefecture_before(line, municipality) == prefecture
