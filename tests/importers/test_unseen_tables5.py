"""Workbooks as people fill them in (``other/tabledocs5.py``, issue 8): the workbook, one sheet saved as CSV
by Excel, and the workbook printed by LibreOffice Calc with and without rules, read as PDF and through
``pdftotext -layout``; each scored with ``scoring.score`` against the plan it states."""

from __future__ import annotations

import pytest

from shinchoku.importers import parse
from shinchoku.importers.planjson import validate

from .other.tabledocs5 import DOCUMENTS5
from .scoring import by_title, score

#: Read well but not exactly, with what they reach (F1, codes, 担当課, KPI numbers, schedule) and why
#: (none: the 集計 sheet Calc prints after 楠市's plan, 「担当課 | A | B | C | D | 計」, ends the plan's table
#: through ``pdftotext -layout`` too, where the rendering gives both tables as one).
NEAR: dict[str, tuple[float, float, float, float, float]] = {}


@pytest.mark.parametrize(
    "name", [pytest.param(n, marks=[pytest.mark.slow] if "pdf" in n else [], id=n) for n in DOCUMENTS5]
)
def test_document_scores(name: str) -> None:
    source, expected = DOCUMENTS5[name]
    data, filename = source()
    plan = parse(data, filename=filename, municipality="試験市")
    validate(plan)
    found = score(plan, expected)
    reached = (found.f1, found.codes, found.departments, found.kpi_numbers, found.schedule)
    assert all(r >= v - 0.001 for r, v in zip(reached, NEAR.get(name, (1, 1, 1, 1, 1)), strict=True)), found


def test_a_department_written_ditto_is_the_one_above() -> None:
    """「同上」 and 「〃」 in the 担当課 column: the 担当課 of the row above (市民課, 総務課)."""
    source, _ = DOCUMENTS5["kusunoki-xlsx"]
    data, filename = source()
    plan = parse(data, filename=filename)
    assert by_title(plan, "証明書のコンビニ交付")["departments"] == ["市民課"]
    assert by_title(plan, "RPAの拡大")["departments"] == ["総務課"]


def test_rates_kept_as_fractions_are_read_as_shown() -> None:
    """0.12 with a percent format is 12 (％), as the sheet shows it, in the workbook and its CSV."""
    for name in ("kusunoki-xlsx", "kusunoki-csv"):
        source, _ = DOCUMENTS5[name]
        data, filename = source()
        (rate,) = by_title(parse(data, filename=filename), "窓口予約の導入")["indicators"]
        assert [(a["fy"], a["value"]) for a in rate["actuals"]] == [(2024, 12)], name
        assert (rate["final_target"]["fy"], rate["final_target"]["value"]) == (2026, 30), name


def test_rows_named_target_and_actual_under_years_across_are_the_indicators_values() -> None:
    """「区分」 「目標」 / 「実績」 rows under 2024 … 2027: targets of four years and the 2024 actual, no
    schedule and no section named 目標 or 実績."""
    source, _ = DOCUMENTS5["suginamidai-xlsx"]
    data, filename = source()
    plan = parse(data, filename=filename)
    item = by_title(plan, "窓口予約システムの導入")
    (bookings,) = item["indicators"]
    assert [(t["fy"], t["value"]) for t in bookings["targets"]] == [
        (2024, 1000),
        (2025, 3000),
        (2026, 5000),
        (2027, 8000),
    ]
    assert [(a["fy"], a["value"]) for a in bookings["actuals"]] == [(2024, 820)]
    assert item["schedule"] == [] and plan["sections"] == []


@pytest.mark.slow
def test_a_template_example_row_printed_on_its_own_page_is_no_initiative() -> None:
    """The 記入例 sheet printed after the plan (「○-○ | （取組名を記入） | ○○課」) is left out, said in a warning."""
    source, _ = DOCUMENTS5["kusunoki-calc-pdf"]
    data, filename = source()
    plan = parse(data, filename=filename)
    assert not any("記入" in i["title"] for i in plan["initiatives"])
    assert any("記入例の行（（取組名を記入））" in w["message"] for w in plan["warnings"])
