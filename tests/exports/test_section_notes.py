"""A section's own notes in the exports: 鹿ノ台市's 施策-level 【成果指標】 (kept as notes of the 施策's section) are in
the committee report under the 施策's heading, and go through Plan JSON export → import unchanged."""

from __future__ import annotations

import json
from datetime import date

import pytest
from django.urls import reverse

from shinchoku.exports.planjson import export_plan
from shinchoku.importers import parse
from shinchoku.plans.loader import load_plan
from shinchoku.plans.models import Plan
from shinchoku.progress import services

from ..web.test_section_notes import DIGITAL, FINANCE, OPEN, SHIKANODAI, notes_by_heading

pytestmark = pytest.mark.django_db


def _parsed() -> dict:
    return parse(SHIKANODAI.read_bytes(), filename=SHIKANODAI.name)


def test_the_public_committee_report_shows_each_shisakus_indicators_under_its_heading(client):
    plan = load_plan(_parsed()).plan
    round_ = services.open_round(plan, 2025, date(2026, 5, 31))
    services.close_round(round_)
    services.publish_round(round_)
    response = client.get(reverse("exports-committee", args=[round_.pk]))  # a citizen: not signed in
    assert response.status_code == 200
    shown = notes_by_heading(response.content.decode())
    assert shown["2 施策 3-3 効率的な行財政運営"] == [("成果指標", FINANCE)]
    assert shown["3 施策 3-4 行政のデジタル化の推進"] == [("成果指標", DIGITAL)]
    assert shown["4 施策 3-5 開かれた市政と広報・広聴の充実"] == [("成果指標", OPEN)]


def test_a_lower_sections_notes_are_under_its_own_heading_in_the_committee_report(client):
    """A 施策 under a 基本目標: the report's chapters are the 基本目標; the 施策's notes are headed by its name."""
    parsed = _parsed()
    parsed["sections"].insert(0, {"key": "g3", "parent": None, "level": "基本目標", "code": "3",
                                  "title": "持続可能な行財政運営のまち", "notes": ["目標：市民満足度の向上"]})  # fmt: skip
    for section in parsed["sections"][1:]:
        section["parent"] = "g3"
    plan = load_plan(parsed).plan
    round_ = services.open_round(plan, 2025, date(2026, 5, 31))
    services.close_round(round_)
    services.publish_round(round_)
    html = client.get(reverse("exports-committee", args=[round_.pk])).content.decode()
    shown = notes_by_heading(html)
    # the report's chapter 2 is the plan's 基本目標 3, its number beside its name as the 施策's below (walked: 「2 基本目標
    # 持続可能な…」 read as the plan's 基本目標 2)
    assert shown["2 基本目標 3 持続可能な行財政運営のまち"] == [("目標", ["市民満足度の向上"])]
    assert shown["施策 3-4 行政のデジタル化の推進"] == [("成果指標", DIGITAL)]
    assert html.index("90.0％以下") < html.index("450手続") < html.index("65.0％")


def test_notes_go_through_plan_json_export_and_import():
    original = _parsed()
    plan = load_plan(original).plan
    exported = export_plan(plan)
    sections = {s["title"]: s for s in exported["sections"]}
    assert sections["行政のデジタル化の推進"]["notes"] == [f"成果指標：{text}" for text in DIGITAL]
    again = parse(json.dumps(exported, ensure_ascii=False).encode(), filename="export.json")
    assert again["sections"] == original["sections"]
    assert not load_plan(again).has_changes  # into the same plan: nothing changes, nothing is lost
    Plan.objects.all().delete()
    copy = load_plan(again).plan  # into an installation that has not got it
    assert copy.sections.get(title="行政のデジタル化の推進").notes == [("成果指標", DIGITAL)]
