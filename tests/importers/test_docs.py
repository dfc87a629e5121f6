"""docs/importers.md tells a municipality's IT staff how to add a layout, with a whole layout and a
sample plan as its example (issue 8). The example is taken out of the page and run here, as that
reader would run it, so that the page cannot drift from the code it describes."""

from __future__ import annotations

import importlib.util
import re
import sys
import textwrap
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from shinchoku import importers
from shinchoku.importers import detect, load_source, parse

DOC = Path(__file__).resolve().parents[2] / "docs" / "importers.md"


def _block(marker: str) -> str:
    """The fenced block after ``<!-- marker -->`` in docs/importers.md, its indent taken off."""
    text = DOC.read_text(encoding="utf-8")
    found = re.search(rf"<!-- {marker} -->\n( *)```\w*\n(.*?)\n\1```", text, re.S)
    assert found, f"docs/importers.md has no block marked {marker}"
    return textwrap.dedent(found.group(2)) + "\n"


@pytest.fixture
def example_layout(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    """The doc's layout module, registered in LAYOUTS as step 3 says (for this test only)."""
    name = "shinchoku.importers.kitamisawa"
    spec = importlib.util.spec_from_loader(name, loader=None)
    assert spec is not None
    module = importlib.util.module_from_spec(spec)
    module.__package__ = "shinchoku.importers"
    monkeypatch.setitem(sys.modules, name, module)
    exec(compile(_block("layout-example-code"), "docs/importers.md", "exec"), module.__dict__)
    layouts = {key: path for key, path in importers.LAYOUTS.items() if key != importers.FALLBACK}
    layouts["kitamisawa"] = name  # before generic, as the doc says: generic stays the last resort
    layouts[importers.FALLBACK] = importers.LAYOUTS[importers.FALLBACK]
    monkeypatch.setattr(importers, "LAYOUTS", layouts)
    return module


def _sample() -> bytes:
    return _block("layout-example-sample").encode()


def test_the_generic_readers_miss_the_yearly_budget_as_step_0_says() -> None:
    plan = parse(_sample(), filename="kitamisawa.txt")
    assert plan["plan"]["source"]["layout"] == "generic"
    assert [i["title"] for i in plan["initiatives"]] == ["行かない窓口の推進", "書かない窓口の導入"]
    assert [i["departments"] for i in plan["initiatives"]] == [["市民課"], ["市民課", "情報政策課"]]
    assert plan["initiatives"][0]["indicators"][0]["name"] == "オンライン申請手続数"
    assert all(i["budget"] == [] for i in plan["initiatives"])
    assert any(
        "事業費 '1,200 1,500 1,800 1,800 2,000' に年度がない" in w["message"] for w in plan["warnings"]
    )


def test_the_example_layout_is_detected_and_reads_the_sample(example_layout: ModuleType) -> None:
    assert detect(load_source(_sample(), filename="kitamisawa.txt")) == "kitamisawa"
    plan = parse(_sample(), filename="kitamisawa.txt")
    assert plan["plan"]["source"]["layout"] == "kitamisawa"
    assert plan["municipality"]["name"] == "北見沢町"
    assert plan["plan"]["period"] == {"start_fy": 2024, "end_fy": 2028}
    assert [(s["level"], s["code"], s["title"]) for s in plan["sections"]] == [
        ("基本方針", "1", "住民サービスの向上")
    ]
    first, second = plan["initiatives"]
    assert (first["code"], first["title"], first["departments"]) == ("1-1", "行かない窓口の推進", ["市民課"])
    assert second["departments"] == ["市民課", "情報政策課"]
    assert [(b["fy"], b["amount"]) for b in first["budget"]] == [
        (2024, 1200),
        (2025, 1500),
        (2026, 1800),
        (2027, 1800),
        (2028, 2000),
    ]
    assert [b["amount"] for b in second["budget"]] == [3000, 800, 800, 800, 800]
    (kpi,) = first["indicators"]
    assert (kpi["name"], kpi["baseline"]["value"], kpi["final_target"]["value"]) == (
        "オンライン申請手続数",
        35,
        120,
    )
    assert plan["warnings"] == []
    assert first["line"] == 6  # the line of the file: 【事業名】行かない窓口の推進


@pytest.mark.parametrize("cells", ["spaces", "lines"])
def test_the_example_reads_the_plan_copied_out_of_a_pdf_viewer(
    example_layout: ModuleType, cells: str
) -> None:
    # Step 2's labels: the 事業費 table's cells joined by blanks, or one per line
    from .variants import viewer_copy

    text = viewer_copy(_sample().decode(), cells=cells)
    assert "年度\t" not in text
    plan: dict[str, Any] = parse(text.encode(), filename="kitamisawa.txt")
    assert plan["plan"]["source"]["layout"] == "kitamisawa"
    assert [b["amount"] for b in plan["initiatives"][1]["budget"]] == [3000, 800, 800, 800, 800]


def test_the_example_reads_full_width_digits(example_layout: ModuleType) -> None:
    from .variants import other_width

    plan = parse(other_width(_sample().decode(), full=True).encode(), filename="kitamisawa.txt")
    assert [i["code"] for i in plan["initiatives"]] == ["1-1", "1-2"]
    assert plan["initiatives"][0]["budget"][0] == {"fy": 2024, "amount": 1200, "unit": "千円"}
