"""事務事業評価シート, one sheet a 事業, as another municipality publishes them (``other/hyoka_sheets.py``): 朝凪町's sheets as
``pdftotext -layout`` gives their print (a page a sheet, 「1 / 4」 at the foot) and as the workbook they are kept in (a
sheet a 事業). Each is read as the plan it states (``scoring.score`` exact), and what a sheet holds beside its 事業 is no
part of the plan: its 担当者 no department, its own parts (「■ 成果指標・活動指標」「■ 事業費（千円）」) no section.

First measured, before the readers knew the shape (F1, codes, 担当課, KPI numbers, schedule): the text 1.0 / 0 / 0 / 0 /
1.0 (each code read 「1-1-01 所管課 住民課・企画政策課」, the sheet's title and form one table; each indicator named by its
first row's words and the first figure taken for its final target), the workbook 1.0 / 1.0 / 0 / 0 / 1.0 (担当者
「住民係長」 read as a department, the 目標値 / 実績値 rows under the years read as no indicator's values).
"""

from __future__ import annotations

from typing import Any

import pytest

from shinchoku.importers import parse

from .other.hyoka_sheets import ASANAGI, PERIOD, asanagi_layout_text, asanagi_workbook
from .unseen_harness import (
    HIRAGANA_TO_KANJI,
    assert_period,
    assert_reads_as_stated,
    assert_warnings_in,
    by_code,
)

#: name → (bytes, the file name it is uploaded under)
DOCUMENTS = {
    "pdftotext -layout": lambda: (asanagi_layout_text().encode("utf-8"), "事務事業評価シート（令和６年度）.txt"),
    "workbook": lambda: (asanagi_workbook(), "事務事業評価シート（令和６年度）.xlsx"),
}

_READ: dict[str, Any] = {}


def read(name: str) -> Any:
    """The document ``name`` as uploaded, read once."""
    if name not in _READ:
        data, filename = DOCUMENTS[name]()
        _READ[name] = parse(data, filename=filename)
    return _READ[name]


@pytest.mark.parametrize("name", list(DOCUMENTS))
def test_the_sheets_read_as_the_plan_they_state(name: str) -> None:
    assert_reads_as_stated(read(name), ASANAGI, named="朝凪町", valid=True)
    assert_period(read(name), PERIOD)
    assert_warnings_in(read(name), HIRAGANA_TO_KANJI)


@pytest.mark.parametrize("name", list(DOCUMENTS))
def test_an_indicator_takes_its_target_and_actual_rows(name: str) -> None:
    """「活動指標 | 講座の開催回数 | 回 | 目標値 | 12 | 24 | 24 | 24」 over 「 | | | 実績値 | 10 | 25 | － | －」: one indicator, its
    unit, each year's 目標値 and 実績値 (「－」 none), the 目標値 of the plan's last year its final target."""
    (count, _) = by_code(read(name))["3-1-01"]["indicators"]
    assert (count["name"], count["unit"]) == ("講座の開催回数", "回")
    assert [(t["fy"], t["value"]) for t in count["targets"]] == [(2023, 12), (2024, 24), (2025, 24), (2026, 24)]
    assert [(a["fy"], a["value"]) for a in count["actuals"]] == [(2023, 10), (2024, 25)]
    assert (count["final_target"]["fy"], count["final_target"]["value"]) == (2026, 24)


@pytest.mark.parametrize("name", list(DOCUMENTS))
def test_what_a_sheet_holds_beside_its_work_is_no_part_of_the_plan(name: str) -> None:
    """担当者 「行政係長」 names a person, no department; the sheet's own parts (■ 成果指標・活動指標, ■ 事業費（千円）, ■ 評価)
    are no sections, and no indicator's figure takes the line after it; its 事業費 by year is the 事業's budget."""
    plan = read(name)
    assert all("係長" not in d for item in plan["initiatives"] for d in item["departments"])

    def titles(sections: list[Any]) -> list[str]:
        return [t for s in sections for t in (s["title"], *titles(s.get("children") or []))]

    assert not [t for t in titles(plan["sections"]) if "■" in t or "事業費" in t or "指標" in t]
    texts = [v["text"] for i in plan["initiatives"] for k in i["indicators"] for v in k["targets"] + k["actuals"]]
    assert all("■" not in text for text in texts)
    budget = by_code(plan)["2-1-03"]["budget"]
    stated = [(2023, 3200, "千円"), (2024, 2800, "千円"), (2025, 2800, "千円")]
    assert [(b["fy"], b["amount"], b["unit"]) for b in budget] == stated
