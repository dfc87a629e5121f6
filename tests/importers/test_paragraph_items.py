"""Measures written as paragraphs (a 二段組 plan's text, a Word plan's): 「１　名前　何をするか。（担当：…）」 then 「目標　…」
「時期　…」 lines — the rules that read them (``shapes/fields.lead_and_prose``, ``shapes/cards._spaced``,
``shapes/common.indicator_from_text``), and where they stop."""

from __future__ import annotations

from typing import Any

from shinchoku.importers import parse
from shinchoku.importers.shapes.common import indicator_from_text
from shinchoku.importers.shapes.fields import lead_and_prose

_PLAN = """\
萩野台町デジタル化推進計画
計画期間　令和７年度～令和11年度
基本方針１　暮らしの手続を便利に
１　電子申請の拡充　町民の利用が多い手続から順に、スマートフォンで申請できるようにします。（担当：住民課、総務課）
目標　キャッシュレス決済ができる窓口・施設の数0か所（令和５年度）→ 10か所（令和11年度）
時期　令和７年度～令和11年度
２　窓口 DX の推進（担当：市民課）
目標　－
時期　令和８年度以降
３　図書館の電子書籍　蔵書を増やす
目標　電子書籍の貸出数 1,200冊（令和５年度）→ 3,000冊（令和11年度）
時期　令和７年度（検討）、令和８年度～令和９年度（導入）
"""


def _items() -> dict[str, Any]:
    plan = parse(_PLAN.encode(), filename="haginodai.txt")
    return {item["code"]: item for item in plan["initiatives"]}


def test_a_paragraphs_lead_is_its_title_and_its_sentences_its_summary() -> None:
    first = _items()["1-1"]
    assert (first["title"], first["departments"]) == ("電子申請の拡充", ["住民課", "総務課"])
    assert first["summary"] == "町民の利用が多い手続から順に、スマートフォンで申請できるようにします。"


def test_a_title_with_a_blank_and_no_sentence_stays_whole() -> None:
    items = _items()
    assert items["1-2"]["title"] == "窓口 DX の推進"
    assert items["1-3"]["title"] == "図書館の電子書籍 蔵書を増やす"  # no 「。」: no sentence after a lead
    assert lead_and_prose("電子申請の拡充 町民の") == ("電子申請の拡充 町民の", "")
    assert lead_and_prose("窓口の改善、相談の充実 窓口の待ち時間を減らします。") == (
        "窓口の改善、相談の充実 窓口の待ち時間を減らします。",
        "",
    )  # a lead with a comma in it is a sentence's start, not a name


def test_a_schedule_line_after_its_label_and_a_blank_is_the_schedule() -> None:
    items = _items()
    assert [s["fy"] for s in items["1-1"]["schedule"]] == [2025, 2026, 2027, 2028, 2029]
    assert [s["fy"] for s in items["1-2"]["schedule"]] == [2026, 2027, 2028, 2029]
    assert [(s["fy"], s["label"]) for s in items["1-3"]["schedule"]] == [
        (2025, "(検討)"),
        (2026, "(導入)"),
        (2027, "(導入)"),
    ]


def test_a_dash_after_the_target_label_is_no_indicator() -> None:
    assert _items()["1-2"]["indicators"] == []


def test_a_baseline_glued_to_the_name_before_its_arrow_is_the_baseline() -> None:
    (seats,) = _items()["1-1"]["indicators"]
    assert seats["name"] == "キャッシュレス決済ができる窓口・施設の数"
    assert (seats["baseline"]["fy"], seats["baseline"]["value"]) == (2023, 0)
    assert (seats["final_target"]["fy"], seats["final_target"]["value"]) == (2029, 10)
    # a figure inside the name is no baseline: only the figure right before the dated bracket and the arrow is
    five_g = indicator_from_text("5G対応の公共施設数10か所（R5）→20か所（R9）", 2029)
    assert five_g is not None and five_g["name"] == "5G対応の公共施設数"
    assert five_g["baseline"] is not None and five_g["baseline"]["value"] == 10
