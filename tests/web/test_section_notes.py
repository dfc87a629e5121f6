"""A section's own notes are shown where the plan is read: 鹿ノ台市's 第６次総合計画 実施計画 prints, under each 施策,
a 【成果指標】 table (「指標名 | 現状値（R5） | 目標値（R9）」) that measures the 施策, no 事業 — the reader keeps its rows
as notes of the 施策's section (docs/plan-json.md), and the plan page (citizens' and staff's) and the plan office's edit
page show them under the 施策's heading, as a list of terms and their text."""

from __future__ import annotations

import copy
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model

from shinchoku.accounts.models import Membership, Role
from shinchoku.importers import parse
from shinchoku.plans.loader import load_plan
from shinchoku.plans.models import Plan, Section
from shinchoku.plans.texts import notes as section_notes

pytestmark = pytest.mark.django_db

SHIKANODAI = Path(__file__).resolve().parents[1] / "importers" / "other" / "shikanodai_jisshi_jigyohi.txt"

#: 施策３－４ 行政のデジタル化の推進's 【成果指標】, as the plan prints them.
DIGITAL = [
    "電子申請に対応した手続数（現状値（R5） 156手続、目標値（R9） 450手続）",
    "ＲＰＡ等による業務削減時間（年間）（現状値（R5） 3,200時間、目標値（R9） 12,000時間）",
]
#: 施策３－３ 効率的な行財政運営's, and 施策３－５ 開かれた市政と広報・広聴の充実's.
FINANCE = [
    "経常収支比率（現状値（R5） 93.8％、目標値（R9） 90.0％以下）",
    "公共施設の延床面積（現状値（R5） 312,400㎡、目標値（R9） 298,000㎡）",
]
OPEN = ["市の情報が入手しやすいと感じる市民の割合（現状値（R5） 54.2％、目標値（R9） 65.0％）"]


def _parsed() -> dict:
    return parse(SHIKANODAI.read_bytes(), filename=SHIKANODAI.name)


@pytest.fixture
def shikanodai() -> Plan:
    return load_plan(_parsed()).plan


class Notes(HTMLParser):
    """Each section's heading text and the terms and texts of the ``section-notes`` list that follows it."""

    def __init__(self) -> None:
        super().__init__()
        self.sections: list[tuple[str, list[tuple[str, list[str]]]]] = []
        self._in: str | None = None  # "h", "dt", "dd"
        self._text: list[str] = []
        self._notes = False
        self._items: list[str] = []

    def handle_starttag(self, tag, attrs):
        classes = (dict(attrs).get("class") or "").split()
        if re.fullmatch(r"h[2-6]", tag):
            self._in, self._text = "h", []
        elif tag == "dl" and "section-notes" in classes:
            self._notes = True
        elif self._notes and tag in ("dt", "dd"):
            self._in, self._text, self._items = tag, [], []
        elif self._notes and tag == "li":
            self._text = []

    def handle_endtag(self, tag):
        text = re.sub(r"\s+", " ", "".join(self._text)).strip()
        if re.fullmatch(r"h[2-6]", tag) and self._in == "h":
            self.sections.append((text, []))
            self._in = None
        elif tag == "dl" and self._notes:
            self._notes = False
        elif self._notes and tag == "dt":
            self.sections[-1][1].append((text, []))
            self._in = None
        elif self._notes and tag == "li":
            self._items.append(text)
        elif self._notes and tag == "dd":
            self.sections[-1][1][-1][1].extend(self._items or [text])
            self._in = None

    def handle_data(self, data):
        if self._in is not None:
            self._text.append(data)


def notes_by_heading(html: str) -> dict[str, list[tuple[str, list[str]]]]:
    parser = Notes()
    parser.feed(html)
    return {heading: notes for heading, notes in parser.sections}


def test_the_reader_keeps_each_shisakus_indicators_as_notes_of_its_section(shikanodai):
    sections = {s.title: s for s in shikanodai.sections.all()}
    assert sections["行政のデジタル化の推進"].notes == [("成果指標", DIGITAL)]
    assert sections["効率的な行財政運営"].notes == [("成果指標", FINANCE)]
    assert sections["開かれた市政と広報・広聴の充実"].notes == [("成果指標", OPEN)]


def test_the_public_plan_page_shows_each_shisakus_indicators_under_its_heading(client, shikanodai):
    response = client.get(f"/plans/{shikanodai.pk}/")
    assert response.status_code == 200
    html = response.content.decode()
    shown = notes_by_heading(html)
    assert shown["施策 3-4 行政のデジタル化の推進 （10）"] == [("成果指標", DIGITAL)]
    assert shown["施策 3-3 効率的な行財政運営 （5）"] == [("成果指標", FINANCE)]
    assert shown["施策 3-5 開かれた市政と広報・広聴の充実 （4）"] == [("成果指標", OPEN)]
    # under the 施策's heading, before its 事業
    tree = html[html.index('<div class="tree">') :]
    digital = tree.index("行政のデジタル化の推進")
    assert (
        digital
        < tree.index("450手続")
        < tree.index("電子申請推進事業")
        < tree.index("開かれた市政と広報・広聴の充実")
    )
    # as text: a term and its description, each figure as the plan writes it
    assert "<dt>成果指標</dt>" in html
    for figure in ("156手続", "450手続", "3,200時間", "12,000時間", "90.0％以下", "312,400㎡"):
        assert figure in html


def test_a_filtered_page_shows_the_notes_of_the_sections_it_lists_only(client, shikanodai):
    section = shikanodai.sections.get(title="行政のデジタル化の推進")
    html = client.get(f"/plans/{shikanodai.pk}/", {"section": section.pk}).content.decode()
    assert "450手続" in html
    assert "90.0％以下" not in html and "65.0％" not in html
    partial = client.get(f"/plans/{shikanodai.pk}/", {"q": "電子申請"}, headers={"HX-Request": "true"})
    assert "450手続" in partial.content.decode()


def test_a_section_of_notes_alone_is_on_the_whole_plans_page(client):
    """A 施策 whose 事業 are all left out of the file still shows its 成果指標 (the plan prints them), unfiltered."""
    parsed = _parsed()
    key = next(s["key"] for s in parsed["sections"] if s["title"] == "開かれた市政と広報・広聴の充実")
    parsed["initiatives"] = [i for i in parsed["initiatives"] if i["section"] != key]
    plan = load_plan(parsed).plan
    html = client.get(f"/plans/{plan.pk}/").content.decode()
    assert notes_by_heading(html)["施策 3-5 開かれた市政と広報・広聴の充実 （0）"] == [("成果指標", OPEN)]
    assert "65.0％" not in client.get(f"/plans/{plan.pk}/", {"q": "電子申請"}).content.decode()


def test_the_plan_offices_edit_page_shows_them_too(client, shikanodai):
    user = get_user_model().objects.create_user("office-shikanodai")
    Membership.objects.create(user=user, role=Role.PLAN_OFFICE, municipality=shikanodai.municipality)
    client.force_login(user)
    html = client.get(f"/plans/{shikanodai.pk}/edit/").content.decode()
    assert notes_by_heading(html)["3-4 行政のデジタル化の推進"] == [("成果指標", DIGITAL)]
    # the signed-in plan page is rendered afresh, with the same notes
    assert notes_by_heading(client.get(f"/plans/{shikanodai.pk}/").content.decode())[
        "施策 3-4 行政のデジタル化の推進 （10）"
    ] == [("成果指標", DIGITAL)]


def test_notes_are_escaped_text(client, shikanodai):
    section = shikanodai.sections.get(title="行政のデジタル化の推進")
    section.extra = {"notes": ["成果指標：<script>alert(1)</script>"]}
    section.save()
    html = client.get(f"/plans/{shikanodai.pk}/").content.decode()
    assert "<script>alert(1)</script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html


@pytest.mark.parametrize(
    ("extra", "shown"),
    [
        ({"notes": [f"成果指標：{DIGITAL[0]}", "再掲（施策３－３）"]}, [("成果指標", DIGITAL[:1]), ("注記", ["再掲（施策３－３）"])]),
        # a 概要 first, a 備考, a repeat once; a colon inside a sentence is no label
        (
            {"summary": "手続のオンライン化を進める。", "note": "今後検討する取組: 計画の取組ではありません。",
             "notes": ["今後検討する取組: 計画の取組ではありません。", "令和７年度から、次のとおり進めます：電子申請"]},
            [("概要", ["手続のオンライン化を進める。"]), ("備考", ["今後検討する取組: 計画の取組ではありません。"]),
             ("注記", ["令和７年度から、次のとおり進めます：電子申請"])],
        ),
        # what is not a text (where it was read, scores, 経費) is not shown
        ({"line": 12, "urgency": 80, "budget": [{"fy": 2025, "amount": 10}], "notes": [None, {"a": 1}, True, " "]}, []),
        ("not a dict", []),
    ],
)  # fmt: skip
def test_section_notes_are_the_texts_by_label(extra, shown):
    assert section_notes(extra) == shown
    assert Section(extra=extra if isinstance(extra, dict) else {}).notes == (
        shown if isinstance(extra, dict) else []
    )


def test_a_long_label_or_an_empty_text_is_no_label():
    assert section_notes({"notes": ["とても長い見出しのように見えるがそうではない文：本文"]})[0][0] == "注記"
    assert section_notes({"notes": ["成果指標："]}) == [("注記", ["成果指標："])]


def test_notes_of_a_reimport_are_kept_and_a_changed_note_is_named_in_the_preview(shikanodai):
    again = load_plan(_parsed())
    assert not again.has_changes
    section = shikanodai.sections.get(title="行政のデジタル化の推進")
    assert section.notes == [("成果指標", DIGITAL)]
    revised = copy.deepcopy(_parsed())
    for item in revised["sections"]:
        if item["title"] == "行政のデジタル化の推進":
            item["notes"][0] = item["notes"][0].replace("450手続", "500手続")
    result = load_plan(revised)
    assert result.has_changes
    (change,) = result.plan_changes
    # the entry that changed, whole: the old and the new figure are both in the line
    assert change == (
        "施策体系「3-4 行政のデジタル化の推進」の注記: 成果指標：電子申請に対応した手続数（現状値（R5） 156手続、目標値（R9） 450手続）"
        " → 成果指標：電子申請に対応した手続数（現状値（R5） 156手続、目標値（R9） 500手続）"
    )
    section.refresh_from_db()
    assert "電子申請に対応した手続数（現状値（R5） 156手続、目標値（R9） 500手続）" in section.notes[0][1]
