"""事務事業評価シート, one sheet a 事業, as another municipality publishes them (``other/hyoka_sheets.py``): 朝凪町's sheets as
``pdftotext -layout`` gives their print (a page a sheet, 「1 / 4」 at the foot) and as the workbook they are kept in (a
sheet a 事業); slow, printed by Chromium and by LibreOffice Calc, each PDF and its ``pdftotext -layout`` text. Each is read as the plan it states (``scoring.score`` exact), and what a sheet holds beside its 事業 is no
part of the plan: its 担当者 no department, its own parts (「■ 成果指標・活動指標」「■ 事業費（千円）」) no section.

First measured, before the readers knew the shape (F1, codes, 担当課, KPI numbers, schedule): the text 1.0 / 0 / 0 / 0 /
1.0 (each code read 「1-1-01 所管課 住民課・企画政策課」, the sheet's title and form one table; each indicator named by its
first row's words and the first figure taken for its final target), the workbook 1.0 / 1.0 / 0 / 0 / 1.0 (担当者
「住民係長」 read as a department, the 目標値 / 実績値 rows under the years read as no indicator's values). Printed (slow):
Chromium's PDF 1.0 / 1.0 / 0 / 0 / 1.0 and named after the file, Calc's PDF 1.0 / 1.0 / 0 / 0 / 1.0 (both exact now);
through ``pdftotext -layout`` Chromium's 0.857 / 0 / 0 / 0 / 1.0 and Calc's 1.0 / 0 / 0 / 0 / 1.0 (now at ``BELOW``).
"""

from __future__ import annotations

from typing import Any

import pytest

from shinchoku.importers import parse

from .other.hyoka_sheets import (
    ASANAGI,
    PERIOD,
    asanagi_calc_pdf,
    asanagi_layout_text,
    asanagi_pdf,
    asanagi_workbook,
)
from .samplepdf import pdftotext
from .scoring import Reached
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

#: The sheets printed by Chromium (ruled tables, a sheet an A4 page, 「- n -」 at the foot) and the workbook printed by
#: LibreOffice Calc: each PDF, and its text through ``pdftotext -layout`` (slow: Chromium and Calc print them).
PRINTED = {
    "pdf": lambda: (asanagi_pdf().read_bytes(), "事務事業評価シート（令和６年度）.pdf"),
    "pdf through pdftotext -layout": lambda: (
        pdftotext(asanagi_pdf(), layout=True).encode("utf-8"),
        "事務事業評価シート（令和６年度）.txt",
    ),
    "calc pdf": lambda: (asanagi_calc_pdf().read_bytes(), "事務事業評価シート（令和６年度）.pdf"),
    "calc pdf through pdftotext -layout": lambda: (
        pdftotext(asanagi_calc_pdf(), layout=True).encode("utf-8"),
        "事務事業評価シート（令和６年度）.txt",
    ),
}

#: Below exact as first measured (F1, codes, 担当課, KPI numbers, schedule), with what is misread: the print through
#: ``pdftotext -layout`` (KPI 0) — pdftotext sets the narrow indicator table's cells one blank apart (「令和５年度 令和６年度
#: 令和７年度 令和８年度」 in one header cell, 「活動指標 オンライン申請できる手続数 手続 目標値」 in one row cell and the 実績値
#: row's figures joined to the 目標値 row's), so no year's column is told and each indicator is named with no figure of a
#: year (its first figure read as the final target); the form, the 所管課 and the 実施期間 are read right.
#: The Calc print through ``pdftotext -layout`` (KPI 0.5): 1-1-01's indicators are named with their unit glued on
#: (「オンライン申請できる手続数手続」) and given no year's figure (the 実績値 row's 「71 －」 set one blank apart, the first
#: figure read as the final target); 3-1-01's figures are read a year late (its R5 目標値 12 as 2024's), and 2-1-03's and
#: 3-1-01's units as 「-」; 1-2-02 and 2-1-03 are right.
BELOW: dict[str, Reached] = {
    "pdf through pdftotext -layout": (1.0, 1.0, 1.0, 0.0, 1.0),
    "calc pdf through pdftotext -layout": (1.0, 1.0, 1.0, 0.5, 1.0),
}

_READ: dict[str, Any] = {}


def read(name: str) -> Any:
    """The document ``name`` as uploaded, read once."""
    if name not in _READ:
        data, filename = {**DOCUMENTS, **PRINTED}[name]()
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


@pytest.mark.slow
@pytest.mark.parametrize("name", list(PRINTED))
def test_the_printed_sheets_read_as_the_plan_they_state(name: str) -> None:
    """The PDFs exact (their ruled tables read as the workbook's cells are; Chromium's named by its running header 「（朝凪町ＤＸ推進計画
    令和５年度～令和８年度）　朝凪町」, no line of a page naming it — first measured: named after the file); through
    ``pdftotext -layout`` at least the floor of ``BELOW``."""
    assert_reads_as_stated(read(name), ASANAGI, below=BELOW.get(name), named="朝凪町", valid=True)
    assert_period(read(name), PERIOD)


@pytest.mark.parametrize("name", list(DOCUMENTS))
def test_the_sheets_seisaku_taikei_is_the_sections_path(name: str) -> None:
    """「施策体系　２　行政運営の効率化　＞　２－１　業務の効率化」: the 事業 under 2-1, itself under 2 — one level a step of the
    field, not one section named by the whole line."""
    plan = read(name)
    sections = {s["key"]: s for s in plan["sections"]}
    under = sections[by_code(plan)["2-1-03"]["section"]]
    assert (under["code"], under["title"]) == ("2-1", "業務の効率化")
    assert (sections[under["parent"]]["code"], sections[under["parent"]]["title"]) == ("2", "行政運営の効率化")
