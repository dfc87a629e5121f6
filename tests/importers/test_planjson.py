"""planjson.plan_from: the plan header every importer builds the same way."""

import hashlib

from shinchoku.importers import Source
from shinchoku.importers.planjson import FORMAT, fill_period, plan_from, validate


def test_prefecture_and_code_are_looked_up_from_the_municipality():
    source = Source(filename="onojo.txt", data="大野城市DX推進計画".encode())
    plan = plan_from(
        source,
        "onojo",
        municipality="大野城市",
        title="大野城市DX推進計画",
        published="2022-08",
        period=(2022, 2025),
        vision="ビジョン",
    )
    assert plan["format"] == FORMAT
    assert plan["municipality"] == {"name": "大野城市", "prefecture": "福岡県", "code": "402192"}
    assert plan["plan"]["published"] == "2022-08"
    assert plan["plan"]["period"] == {"start_fy": 2022, "end_fy": 2025}
    assert plan["plan"]["vision"] == "ビジョン"
    assert plan["plan"]["source"] == {
        "filename": "onojo.txt",
        "sha256": hashlib.sha256(source.data).hexdigest(),
        "layout": "onojo",
    }
    assert plan["sections"] == plan["initiatives"] == plan["warnings"] == []


def test_what_the_document_states_wins_over_the_lookup():
    source = Source(filename="t.csv", data=b"x")
    plan = plan_from(source, "template", municipality="新発田市", title="計画", prefecture="宮崎県", code="452033")
    assert plan["municipality"] == {"name": "新発田市", "prefecture": "宮崎県", "code": "452033"}
    plan = plan_from(source, "template", municipality="新発田市", title="計画", prefecture="", code=None)
    assert plan["municipality"] == {"name": "新発田市", "prefecture": "新潟県", "code": "152064"}
    plan = plan_from(source, "template", municipality="緑ヶ丘市", title="計画", prefecture="静岡県")
    assert plan["municipality"] == {"name": "緑ヶ丘市", "prefecture": "静岡県", "code": None}


def test_an_unknown_municipality_has_no_prefecture_or_code_and_the_rest_is_empty():
    plan = plan_from(Source(filename="x.txt", data=b"x"), "hita", municipality="架空市", title="架空市計画")
    assert plan["municipality"] == {"name": "架空市", "prefecture": None, "code": None}
    assert plan["plan"]["published"] is None and plan["plan"]["vision"] is None
    assert plan["plan"]["period"] == {"start_fy": None, "end_fy": None}
    plan["initiatives"].append({"title": "取組", "section": None})
    validate(plan)


def test_without_a_stated_period_the_years_of_the_tables_are_the_period():
    source = Source(filename="hita.txt", data=b"x")
    plan = plan_from(source, "hita", municipality="日田市", title="計画")
    fill_period(plan, [2025, 2023, 2027, 2024])
    assert plan["plan"]["period"] == {"start_fy": 2023, "end_fy": 2027}
    stated = plan_from(source, "hita", municipality="日田市", title="計画", period=(2023, 2026))
    fill_period(stated, [2021, 2030])
    assert stated["plan"]["period"] == {"start_fy": 2023, "end_fy": 2026}
    empty = plan_from(source, "hita", municipality="日田市", title="計画")
    fill_period(empty, [])
    assert empty["plan"]["period"] == {"start_fy": None, "end_fy": None}


def _plan_with(change):
    """A valid one-initiative plan (2024–2027) with ``change`` applied to its initiative."""
    from shinchoku.importers.planjson import indicator, initiative, value

    plan = plan_from(Source(filename="t.csv", data=b"x"), "generic", municipality="桜台市", title="計画")
    plan["plan"]["period"] = {"start_fy": 2024, "end_fy": 2027}
    item = initiative("1-1", "電子申請の拡充", None, line=3)
    item["departments"] = ["情報政策課"]
    item["schedule"] = [{"fy": 2025, "half": None, "label": "実施"}]
    item["budget"] = [{"fy": 2025, "amount": 1000, "unit": "千円"}]
    ind = indicator("電子申請件数")
    ind["baseline"] = value(2023, 1200, "1,200件")
    ind["targets"] = [value(2026, 2000, "2,000件")]
    item["indicators"] = [ind]
    change(item)
    plan["initiatives"] = [item]
    return plan


def test_each_limit_of_an_initiative_is_refused_by_its_name_and_field():
    """The quick pass over a large plan's initiatives refuses what the named checks refuse."""
    import pytest

    from shinchoku.importers.errors import ParseError

    validate(_plan_with(lambda item: None))
    cases = {
        "取組 1-1 の名称": lambda item: item.update(title="長" * 1001),
        "取組 1-1 の工程: 年度 2040": lambda item: item["schedule"].append(
            {"fy": 2040, "half": None, "label": "x"}
        ),
        "取組 1-1 の予算（2025年度）: 1e+14 は大きすぎます": lambda item: item["budget"][0].update(
            amount=1e14
        ),
        "取組 1-1 の担当課: 3 は文字列ではありません": lambda item: item["departments"].append(3),
        "取組 1-1 の担当課が 501 件": lambda item: item.update(departments=[f"課{i}" for i in range(501)]),
        "取組 1-1 の重要度: nan は数値として扱えません": lambda item: item.update(importance=float("nan")),
        "取組 1-1 の指標「電子申請件数」の基準値: 年度 1990": lambda item: item["indicators"][0][
            "baseline"
        ].update(fy=1990),
        "取組 1-1 の指標「電子申請件数」の目標値: inf は数値として扱えません": (
            lambda item: item["indicators"][0]["targets"][0].update(value=float("inf"))
        ),
        "取組 1-1 の指標「電子申請件数」の目標値: text が文字列ではありません": (
            lambda item: item["indicators"][0]["targets"][0].update(text=5)
        ),
        "取組 1-1 の概要: NUL 文字": lambda item: item.update(summary="a\x00b"),
    }
    for message, change in cases.items():
        with pytest.raises(ParseError) as refused:
            validate(_plan_with(change))
        assert message in str(refused.value), (message, str(refused.value))


def test_a_group_of_departments_is_moved_out_of_a_read_plan_but_not_out_of_plan_json():
    """伊豆の国市's 「ノーコードツールの活用」 names 「全課」 as its 担当課: read from the plan, no 課 is in charge (the plan
    office is told to set one) and 「全課」 is its 関係課; a Plan JSON file that names 「全課」 a 担当課 means it."""
    import json
    from pathlib import Path

    from shinchoku.importers import parse

    text = (Path(__file__).parents[2] / "samples" / "plans" / "izunokuni.txt").read_bytes()
    read = parse(text, filename="izunokuni.txt")
    [nocode] = [item for item in read["initiatives"] if item["code"] == "22"]
    assert (nocode["departments"], nocode["departments_others"]) == ([], ["全課"])
    nocode["departments"], nocode["departments_others"] = ["全課"], []
    again = parse(json.dumps(read, ensure_ascii=False).encode(), filename="izunokuni.json")
    [kept] = [item for item in again["initiatives"] if item["code"] == "22"]
    assert (kept["departments"], kept["departments_others"]) == (["全課"], [])
