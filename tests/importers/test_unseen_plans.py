"""Outline- and card-shaped plans no reader was written against, as text and as copied out of a PDF viewer.

The documents (tests/importers/other/, expected plans in ``other/unseen.py``) are read by ``parse`` as an
upload is, and scored with ``scoring.score`` against what the document states, with the bar of issue 8 for
documents no reader was written against: F1 ≥ 0.90, KPI numbers ≥ 0.85, 担当課 ≥ 0.85 (and codes and
schedule where the document prints them). Concrete values are asserted where a user relies on them: the
目次 of a copied document is no initiative, a 再掲 entry points to its original, a card's page number is no
KPI value.
"""

from __future__ import annotations

from functools import cache
from typing import Any

import pytest

from shinchoku.importers import parse

from .other.unseen import PLANS, expected, text, viewer_copy
from .scoring import Score, by_title, score

#: Documents as text, and as a PDF viewer's copy (page mark style, line width).
VIEWER_COPIES = {
    "asagiri_outline.txt": ("- {n} -", 34),
    "kitano_houshin.txt": ("{n} / {total}", 30),
    "higashiura_kana.txt": ("- {n} -", 28),
    "nishiyama_cards.txt": ("{n} / {total}", 36),
    "kawaguchi_items.txt": ("- {n} -", 26),
    "yamabuki_prose.txt": ("{n} / {total}", 32),
    "minamioka_card_tables.txt": ("- {n} -", 40),
}


@cache
def read_text(name: str) -> dict[str, Any]:
    return parse(text(name).encode("utf-8"), filename=name)


@cache
def read_copy(name: str) -> dict[str, Any]:
    mark, width = VIEWER_COPIES[name]
    copied = viewer_copy(text(name), width=width, page_mark=mark)
    return parse(copied.encode("utf-8"), filename=name.replace(".txt", "_copy.txt"))


def assert_bar(result: Score, *, schedule: float = 0.8) -> None:
    assert result.f1 >= 0.90, result
    assert result.kpi_numbers >= 0.85, result
    assert result.departments >= 0.85, result
    assert result.codes >= 0.90, result
    assert result.schedule >= schedule, result


@pytest.mark.parametrize("name", sorted(PLANS))
def test_a_document_reads_as_the_plan_it_states(name: str) -> None:
    plan = read_text(name)
    assert_bar(score(plan, expected(name)))
    assert plan["municipality"]["name"] == PLANS[name][0]


@pytest.mark.parametrize("name", sorted(VIEWER_COPIES))
def test_a_viewer_copy_reads_as_the_plan_it_states(name: str) -> None:
    plan = read_copy(name)
    assert_bar(score(plan, expected(name)))
    assert plan["municipality"]["name"] == PLANS[name][0]


def test_a_table_of_contents_is_no_initiative() -> None:
    plan = read_text("wakaba_viewer.txt")
    assert [i["code"] for i in plan["initiatives"]] == ["1-1-1", "1-1-2", "1-2-1", "2-1-1", "2-1-2", "2-1-3"]
    assert plan["plan"]["period"] == {"start_fy": 2024, "end_fy": 2027}


def test_a_repost_points_to_its_original() -> None:
    plan = read_text("wakaba_viewer.txt")
    (repost,) = [i for i in plan["initiatives"] if i["code"] == "2-1-3"]
    assert repost["repost_of"] == "1-2-1"
    assert "再掲" in repost["marks"]


def test_a_line_broken_mid_number_keeps_its_number() -> None:
    """「目標値 ２\\n００手続（Ｒ９）」 is 200, not 2."""
    item = by_title(read_text("wakaba_viewer.txt"), "電子申請の拡充")
    (indicator,) = item["indicators"]
    assert indicator["final_target"]["value"] == 200
    assert indicator["baseline"] == {"fy": 2023, "value": 62, "text": indicator["baseline"]["text"]}


def test_page_numbers_are_no_values() -> None:
    plan = read_text("nishiyama_cards.txt")
    item = by_title(plan, "公用パソコン")
    assert [i["final_target"]["value"] for i in item["indicators"]] == [100]
    assert item["budget"] == [{"fy": 2024, "amount": 48000, "unit": "千円"}]


def test_an_unreadable_part_is_a_located_warning_in_a_partial_plan() -> None:
    """A 事業費 without a year cannot be placed: the plan is read all the same, and the warning names
    the line."""
    document = text("asagiri_outline.txt").replace(
        "［事業費］令和7年度 12,000千円", "［事業費］総額 12,000千円"
    )
    plan = parse(document.encode("utf-8"), filename="asagiri.txt")
    assert len(plan["initiatives"]) == 6
    line = document.split("\n").index("［事業費］総額 12,000千円") + 1
    assert {
        "line": line,
        "message": "取組「書かない窓口の導入」の事業費 '総額 12,000千円' に年度がないため読み飛ばしました",
    } in plan["warnings"]
    assert by_title(plan, "書かない窓口")["budget"] == []


def test_a_kpi_table_under_an_outline_item_gives_its_indicators() -> None:
    item = by_title(read_text("sakuragawa_kpi_tables.txt"), "オンライン手続の拡大")
    assert [(i["name"], i["baseline"]["value"], i["final_target"]["value"]) for i in item["indicators"]] == [
        ("オンライン化した手続数", 15, 100),
        ("オンライン申請の割合", 3.2, 30),
    ]
    assert [e["fy"] for e in item["schedule"]] == [2024, 2025, 2026, 2027, 2028]


@pytest.mark.parametrize(
    ("line", "baseline", "final"),
    [
        ("オンライン手続数 100手続（令和9年度）", None, (2027, 100)),
        ("令和9年度までにオンライン手続数を100手続にする", None, (2027, 100)),
        ("電子申請率 R5 10% / R9 50%", (2023, 10), (2027, 50)),
        ("電子申請件数（R5: 350件 → R8: 1,500件）", (2023, 350), (2026, 1500)),
        ("待ち時間　令和５年度 ２０分 → 令和１０年度 １０分", (2023, 20), (2028, 10)),
    ],
)
def test_an_indicator_line_in_an_outline_keeps_its_values_and_years(
    line: str, baseline: tuple[int, float] | None, final: tuple[int, float]
) -> None:
    document = f"架空市DX推進計画\n計画期間：令和6年度～令和9年度\n① 電子申請の推進【担当課：総務課】\n［指標］{line}\n"
    (item,) = parse(document.encode("utf-8"), filename="kakuu.txt")["initiatives"]
    (indicator,) = item["indicators"]
    got = indicator["baseline"]
    assert ((got["fy"], got["value"]) if got else None) == baseline
    assert (indicator["final_target"]["fy"], indicator["final_target"]["value"]) == final
