"""What a plan prints for a 取組 beyond its columns is shown on the initiative page (plans/texts.py).

The readers keep a card's 関係課, the 担当課's remark, これまでの取組, a schedule printed as words, the 事業費's
total and the items of a 工程 in the initiative's ``extra`` (docs/plan-json.md), and an indicator's 区分 and the
評価 and 達成率 a progress report printed in the indicator's. No page showed them: a plan office that imported
its plan never saw them again. Each is asserted where a reader looks for it, as a term of a list (``<dl>``)."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest
from django.urls import reverse

from shinchoku.importers.planjson import indicator, initiative, new_plan, section, value
from shinchoku.plans.loader import load_plan
from shinchoku.plans.models import Initiative
from shinchoku.plans.texts import indicator_texts, initiative_texts, notes

pytestmark = pytest.mark.django_db


def _plan() -> dict:
    data = new_plan(
        municipality="霧ヶ丘町", prefecture="長野県", code=None, title="霧ヶ丘町DX推進計画", published="2024-04",
        start_fy=2024, end_fy=2028, vision=None, filename="kirigaoka.json", data=b"", layout="planjson",
    )  # fmt: skip
    data["sections"] = [section("s1", None, "基本方針", "1", "行政手続のオンライン化")]
    data["initiatives"] = [
        initiative(
            "1-1", "証明書のコンビニ交付", "s1", departments=["情報政策課"],
            departments_others=["税務課", "住民課"], departments_note="（税務課は令和7年度から参加）",
            progress_so_far="令和5年度に住民票の写しのコンビニ交付を開始した。",
            schedule_text="令和6年度中に検討し、令和7年度以降に順次拡大する。",
            steps=[
                {"label": "システム調査", "fys": [2024, 2025, 2026], "line": 40},
                {"label": "運用開始", "fys": [2026, 2027], "line": 41, "cells": ["2027: 一部実施"]},
            ],
            budget=[{"fy": 2025, "amount": 4000, "unit": "千円"}],
            budget_total={"amount": 12000, "unit": "千円", "text": "12,000千円"},
            notes=["財源：デジタル田園都市国家構想交付金", "財源：一般財源"], note="※国の補助率は未定",
            indicators=[
                indicator(
                    "コンビニ交付の利用率", unit="%", targets=[value(2024, 10, "10%")],
                    actuals=[value(2024, 5.68, "5.68%")], group="窓口",
                    evaluations=[{"fy": 2024, "text": "Ｃ"}],
                    achievement_rates=[{"fy": 2024, "value": 56.8, "text": "56.8%"}],
                    note="令和6年度から集計方法を変更",
                )
            ],
        ),
        initiative(
            "1-2", "窓口の予約システム", "s1", departments=["市民課"], departments_others=True,
            schedule_text="検討後に決定", budget_total={"amount": 2400, "unit": "千円"},
        ),
        initiative("1-3", "電子申請の拡大", "s1", departments=["情報政策課"], departments_others=False),
    ]  # fmt: skip
    return data


class Terms(HTMLParser):
    """Each term of the page's lists (``<dt>``) with its descriptions, and the headings in order."""

    def __init__(self) -> None:
        super().__init__()
        self.terms: dict[str, list[str]] = {}
        self.headings: list[str] = []
        self._in: str | None = None
        self._text: list[str] = []
        self._term = ""
        self._depth = 0  # <dd> inside <dd>: the outer's text holds the inner's

    def handle_starttag(self, tag, attrs):
        if tag in ("dt", "h2", "h3") or (tag == "dd" and self._in is None):
            self._in, self._text = tag, []

    def handle_endtag(self, tag):
        if tag != self._in:
            return
        text = re.sub(r"\s+", " ", "".join(self._text)).strip()
        if tag == "dt":
            self._term = text
        elif tag == "dd":
            self.terms.setdefault(self._term, []).append(text)
        else:
            self.headings.append(text)
        self._in = None

    def handle_data(self, data):
        if self._in:
            self._text.append(data)


def _page(client, code: str) -> tuple[Terms, str]:
    item = Initiative.objects.get(code=code)
    response = client.get(reverse("initiative", args=[item.pk]))
    assert response.status_code == 200
    parsed = Terms()
    html = response.content.decode()
    parsed.feed(html)
    return parsed, re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


@pytest.fixture
def plan():
    return load_plan(_plan()).plan


def test_the_related_departments_and_the_remark_are_beside_the_departments(client, plan):
    page, _text = _page(client, "1-1")
    assert page.terms["担当課"] == ["情報政策課"]
    assert page.terms["関係課"] == ["税務課、住民課"]
    assert page.terms["担当課の注記"] == ["（税務課は令和7年度から参加）"]


def test_a_departments_cell_ending_in_hoka_says_so(client, plan):
    """伊豆の国市's 「市民課 ほか」: others work on it, unnamed — 「ほか」 after the 担当課, no 関係課 of 「True」."""
    page, text = _page(client, "1-2")
    assert page.terms["担当課"] == ["市民課 ほか"]
    assert "関係課" not in page.terms and "True" not in text


def test_what_was_done_so_far_is_a_text_of_the_initiative(client, plan):
    page, text = _page(client, "1-1")
    assert "これまでの取組 令和5年度に住民票の写しのコンビニ交付を開始した。" in text
    assert page.headings.index("これまでの取組") < page.headings.index("工程")


def test_the_schedule_as_printed_and_its_items_are_under_the_schedule(client, plan):
    page, text = _page(client, "1-1")
    at = page.headings.index("工程")
    assert page.headings[at + 1 : at + 3] == ["工程の項目", "工程の記載"]
    assert (
        "工程の項目 システム調査（令和6年度～令和8年度） 運用開始（令和8年度、令和9年度: 一部実施）" in text
    )
    assert "工程の記載 令和6年度中に検討し、令和7年度以降に順次拡大する。" in text
    # a schedule printed in words only is the schedule the plan has: not 「no schedule」
    _page2, text2 = _page(client, "1-2")
    assert "工程の記載 検討後に決定" in text2 and "計画に工程の記載はありません" not in text2
    _page3, text3 = _page(client, "1-3")
    assert "計画に工程の記載はありません" in text3 and "工程の記載 " not in text3


def test_the_total_cost_is_with_the_budget(client, plan):
    page, _text = _page(client, "1-1")
    assert page.terms["事業費の合計"] == ["12,000千円"]
    assert page.headings.index("年度別経費") < page.headings.index("変更履歴")
    page, _text = _page(client, "1-2")  # a total and no year's figure: its amount and unit
    assert page.terms["事業費の合計"] == ["2,400千円"] and "事業費" in page.headings
    page, _text = _page(client, "1-3")
    assert "事業費の合計" not in page.terms and "年度別経費" not in page.headings


def test_the_notes_are_shown_label_by_label(client, plan):
    page, text = _page(client, "1-1")
    assert "計画書の注記（備考・財源など）" in page.headings
    assert page.terms["備考"][0] == "※国の補助率は未定"  # (the indicator's 備考 is the second)
    html = client.get(reverse("initiative", args=[Initiative.objects.get(code="1-1").pk])).content.decode()
    # two texts of one label: a list in its <dd>
    assert "<dt>財源</dt><dd><ul><li>デジタル田園都市国家構想交付金</li><li>一般財源</li></ul></dd>" in html
    page, _text = _page(client, "1-3")
    assert "計画書の注記（備考・財源など）" not in page.headings


def test_the_indicators_group_grade_and_rate_are_with_the_indicator(client, plan):
    page, _text = _page(client, "1-1")
    assert page.terms["指標の区分"] == ["窓口"]
    assert page.terms["計画ファイルの評価"] == ["令和6年度 Ｃ"]
    assert page.terms["達成率"] == ["令和6年度 56.8%"]
    assert page.terms["備考"][-1] == "令和6年度から集計方法を変更"
    assert page.headings.index("KPI: コンビニ交付の利用率 （単位: %）") > page.headings.index("指標")


def test_what_is_not_the_plans_text_is_not_shown():
    """Where it was read, flags and JSON are no text; a number is, and a repeat is shown once."""
    texts = initiative_texts(
        {"line": 40, "page": 3, "departments_others": False, "progress_so_far": ["a", "a"]}
    )
    assert texts.related_departments == [] and not texts.more_departments
    assert texts.progress_so_far == "a" and texts.notes == [] and texts.steps == []
    assert initiative_texts({"budget_total": 1200.0}).budget_total == "1,200"
    assert initiative_texts({"departments_others": "税務課、住民課"}).related_departments == [
        "税務課、住民課"
    ]
    assert notes({"notes": [{"x": 1}, True, "注記だけ"], "note": 12}) == [
        ("備考", ["12"]),
        ("注記", ["注記だけ"]),
    ]
    assert indicator_texts({"line": 3, "evaluations": [{"fy": None, "text": "Ａ"}], "achievement_rates": [{"value": 80}]}) == [
        ("計画ファイルの評価", ["Ａ"]), ("達成率", ["80%"])
    ]  # fmt: skip


def test_every_extra_a_reader_adds_to_an_initiative_is_labelled_and_documented():
    """A reader that adds a field to ``planjson.Initiative`` (or ``Indicator``) gives it a label here and a row in
    docs/plan-json.md's table of what is shown; else a plan office imports it and never sees it again."""
    from pathlib import Path

    from shinchoku.importers import planjson
    from shinchoku.plans.texts import EXTRA_LABELS

    doc = (Path(__file__).resolve().parents[2] / "docs" / "plan-json.md").read_text(encoding="utf-8")
    table = doc.split("### What an initiative's extras are shown as")[1].split("## ")[0]
    where = {"line", "page", "sheet"}  # where it was read, not the plan's text
    for typed in (planjson.Initiative, planjson.Indicator):
        for key in typed.__optional_keys__ - where:
            assert key in EXTRA_LABELS, key
            assert f"`{key}`" in table, key
