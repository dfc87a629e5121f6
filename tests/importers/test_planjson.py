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
