"""A numbered outline printed to PDF whose field lines set their items apart with full-width blanks (那須烏山市's
アクションプラン: 「［指標］オンライン申請可能な手続数　現状値（R5）45手続　目標値（R9）150手続」, 「［事業費］R7 1,200千円
R8 1,500千円　R9 1,500千円」), as Word and HTML authors type them. First walked: a 事業費 line (「R8 1,500千円」 set
without its blank, 「R81,500千円」, a header's label for the table finder) made the page a table of columns — 3 of
10 取組 read, one of them a 施策's heading, and no warning; a field line reaching the margin took the next field
(「目標値（R9）60,000枚［工程］R7検討」) and its 工程 was lost."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import pytest

from shinchoku.importers import parse

from .samplepdf import print_html

pytestmark = pytest.mark.slow

HTML = Path(__file__).parent / "other" / "nasukarasuyama_outline.html"


@cache
def _plan() -> dict[str, Any]:
    return parse(
        print_html(HTML.read_text(encoding="utf-8"), "nasukarasuyama_outline").read_bytes(), filename="ap.pdf"
    )


def test_every_item_of_the_outline_is_read_with_its_fields() -> None:
    items = {item["code"]: item for item in _plan()["initiatives"]}
    assert list(items) == [
        "1-1-1",
        "1-1-2",
        "1-1-3",
        "1-2-1",
        "2-1-1",
        "2-1-2",
        "2-1-3",
        "2-2-1",
        "3-1-1",
        "3-1-2",
    ]
    online = items["1-1-1"]
    assert online["departments"] == ["総務課"]
    (count,) = online["indicators"]
    assert (count["baseline"]["fy"], count["baseline"]["value"]) == (2023, 45)
    assert (count["final_target"]["fy"], count["final_target"]["value"]) == (2027, 150)
    assert [(b["fy"], b["amount"]) for b in online["budget"]] == [(2025, 1200), (2026, 1500), (2027, 1500)]
    assert items["1-1-2"]["departments"] == ["市民課", "情報政策課"]


def test_a_field_line_at_the_margin_leaves_the_next_field_its_own() -> None:
    paperless = {item["code"]: item for item in _plan()["initiatives"]}["2-1-3"]
    (sheets,) = paperless["indicators"]
    assert sheets["final_target"]["value"] == 60000 and "工程" not in sheets["final_target"]["text"]
    assert [(e["fy"], e["label"]) for e in paperless["schedule"]] == [
        (2025, "検討"),
        (2026, "導入"),
        (2027, "運用"),
    ]
    assert [(b["fy"], b["amount"]) for b in paperless["budget"]] == [(2026, 4800)]

