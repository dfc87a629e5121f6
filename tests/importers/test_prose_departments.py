"""A plan that names no 担当課 for any 取組 but says in each 取組's prose which 課 carries it out (胡桃町 of
``other/unseen21``, and the plans below in other words): those 課 are the 担当課, with a warning to check them."""

from __future__ import annotations

from shinchoku.importers import parse

PLAN = """\
桜井村情報化計画

計画期間　令和７年度～令和10年度

１　便利な村役場

（１）オンライン申請の導入
　住民生活課では、村民の皆さんが家から申請できるよう、オンライン申請を始めます。社会福祉協議会や各課と調整し、利用の多い手続から進めます。
　目標：オンライン申請できる手続数　５手続（令和６年度）→　３０手続（令和10年度）

（２）子育て支援アプリ
　子育て応援アプリを配信するため、こども未来課とまちづくり推進課が連携します。スマホ教室は公民館で開きます。
　目標：アプリの登録者数　０人（令和６年度）→　４００人（令和10年度）

（３）庁内会議のペーパーレス化
　会議資料をタブレットで共有します。移行は総務課情報係が担い、議会事務局も協力します。
　目標：会議資料の印刷枚数　１０万枚（令和６年度）→　２万枚（令和10年度）
"""


def _plan(text: str) -> dict:
    return dict(parse(text.encode(), filename="sakurai.txt"))


def test_the_offices_a_prose_names_as_acting_are_the_departments() -> None:
    plan = _plan(PLAN)
    departments = {item["title"]: item["departments"] for item in plan["initiatives"]}
    assert departments == {
        # 「社会福祉協議会や各課と調整し」: a body outside the 役場 and the 課 consulted are not in charge
        "オンライン申請の導入": ["住民生活課"],
        # 「こども」「まちづくり」: kana in an office's name; 「スマホ教室は」 is no office
        "子育て支援アプリ": ["こども未来課", "まちづくり推進課"],
        # the 係 under its 課: the 課
        "庁内会議のペーパーレス化": ["総務課", "議会事務局"],
    }
    (warning,) = [w["message"] for w in plan["warnings"] if "担当課の欄がない" in w["message"]]
    assert "3件の取組の担当課を本文" in warning


def test_a_plan_stating_a_department_keeps_its_prose_to_itself() -> None:
    """One 取組 with its 担当課 stated: the plan has a place for them, so a 課 named in another's prose may only be
    consulted, and no 担当課 is made up from it."""
    stated = PLAN.replace("（１）オンライン申請の導入", "（１）オンライン申請の導入（担当：住民生活課）")
    departments = {item["title"]: item["departments"] for item in _plan(stated)["initiatives"]}
    assert departments["オンライン申請の導入"] == ["住民生活課"]
    assert departments["子育て支援アプリ"] == []
    assert not [w for w in _plan(stated)["warnings"] if "担当課の欄がない" in w["message"]]
