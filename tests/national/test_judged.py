"""The keyword rules against the hand-judged set (judged.json): share of acceptable suggestions.

伊豆の国市 and 新発田市 are the set the rules were written on; 大野城市 is held out.

Pure Python, no database: the sample plans are parsed, each plan's edition is chosen the way the app
chooses it, and the rules suggest items of that edition from title and summary. A suggestion is
acceptable when every suggested item is one the judge accepted and, when it suggests nothing, the
judge said no label is acceptable too ("none") or no accepted item exists in that edition.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from shinchoku.importers import parse
from shinchoku.national.editions import edition_for, plan_date
from shinchoku.national.rules import suggest

HERE = Path(__file__).resolve().parent
SAMPLES = HERE.parents[1] / "samples" / "plans"
JUDGED = json.loads((HERE / "judged.json").read_text(encoding="utf-8"))
FILES = {"伊豆の国市": "izunokuni.txt", "新発田市": "shibata.txt", "大野城市": "onojo.txt"}
HELD_OUT = {"大野城市"}


def _plan_edition(data: dict):
    period = data["plan"].get("period") or {}
    years = [s["fy"] for i in data["initiatives"] for s in i.get("schedule", []) if s.get("fy")]
    written = plan_date(data["plan"].get("published") or "", period.get("start_fy"), min(years, default=None))
    return edition_for(written)


def acceptable(suggested: set[str], judged: set[str], codes: set[str]) -> bool:
    possible = judged & codes
    if suggested:
        return suggested <= possible
    return "none" in judged or not possible


def judged_outcomes() -> list[tuple[str, str, set[str], set[str], bool]]:
    """(municipality, title, suggested codes, accepted codes, acceptable?) for every judged initiative."""
    rows = []
    for municipality, judged in JUDGED.items():
        if municipality.startswith("_"):
            continue
        data = parse(SAMPLES / FILES[municipality])
        edition = _plan_edition(data)
        codes = {item.code for item in edition.items}
        by_title = {i["title"]: i for i in data["initiatives"]}
        for title, accepted in judged.items():
            initiative = by_title[title]
            suggested = {code for code, _ in suggest(title, initiative.get("summary") or "", codes)}
            rows.append((municipality, title, suggested, set(accepted), acceptable(suggested, set(accepted), codes)))
    return rows


@pytest.fixture(scope="module")
def outcomes() -> list[tuple[str, str, set[str], set[str], bool]]:
    return judged_outcomes()


def test_the_judged_set_covers_two_editions_and_at_least_40_initiatives(outcomes):
    assert len(outcomes) == 104
    assert _plan_edition(parse(SAMPLES / "izunokuni.txt")).key == "2020-12-25"  # schedule from 令和5年度
    assert _plan_edition(parse(SAMPLES / "shibata.txt")).key == "2024-02-05"  # period 令和6〜8年度


def test_share_of_acceptable_suggestions(outcomes):
    good = sum(1 for *_, ok in outcomes if ok)
    share = good / len(outcomes)
    misses = [(m, t, sorted(s), sorted(a)) for m, t, s, a, ok in outcomes if not ok]
    # Measured: 103 of 104 (0.99); the rules were written looking at 伊豆の国市 and 新発田市.
    assert share >= 0.95, (share, misses)


def test_share_on_the_held_out_plan(outcomes):
    """大野城市 was judged after the rules were written and never tuned on: 29 of 30 (0.97)."""
    held = [row for row in outcomes if row[0] in HELD_OUT]
    assert len(held) == 30
    assert sum(1 for *_, ok in held if ok) / len(held) >= 0.9


def test_most_judged_initiatives_get_a_suggestion(outcomes):
    """Not a rule that says nothing: most initiatives with an acceptable item get one."""
    labelled = [row for row in outcomes if row[2]]
    assert len(labelled) >= 0.6 * len(outcomes)


def test_izunokuni_online_procedures_and_a_security_initiative():
    """The issue's examples, from the rules alone (第1版's items for 伊豆の国市)."""
    first = {item.code for item in edition_for(plan_date(first_fy=2023)).items}
    assert suggest("行政手続のオンライン化の推進", "", first)[0][0] == "online"
    assert [c for c, _ in suggest("国のガイドラインを踏まえた「伊豆の国市セキュリティポリシー」の見直し", "", first)] == [
        "security"
    ]
    # In 第2.3版 online procedures are part of フロントヤード改革.
    latest = {item.code for item in edition_for(None).items}
    assert [c for c, _ in suggest("行政手続のオンライン化の推進", "", latest)] == ["frontyard"]


def test_negative_words_and_summary_weight():
    """A word in the summary alone counts less: テレワーク's summary naming 情報セキュリティ is not a
    security initiative; 障がい者の在宅勤務 is not the staff's テレワーク."""
    codes = {item.code for item in edition_for(None).items}
    found = dict(suggest("テレワーク（モバイルワーク、在宅勤務）の検討", "情報セキュリティを確保しつつ", codes))
    assert set(found) == {"telework"}
    assert "telework" not in dict(suggest("障がい者の在宅勤務（テレワーク）の推進による自立支援", "", codes))
