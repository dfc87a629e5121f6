"""延岡市's plan printed to PDF and extracted by poppler's ``pdftotext -layout`` (issue 8).

Each card is a table of its own whose columns a browser sizes to its content, so the generic
column reader cannot see them; ``importers/nobeoka_columns.py`` reads the cards by their labels.
The prints vary the paper, the running header and page numbers, and merged section cells, so
that no one rendering is what the reader was tuned to. Plain ``pdftotext`` (no ``-layout``)
scrambles the cards' cells across cards and is refused, not misread.
"""

from __future__ import annotations

from functools import cache
from typing import Any

import pytest

from shinchoku.importers import ParseError, parse

from ..conftest import SEED_FILES
from .samplepdf import Print, pdftotext, sample_pdf
from .scoring import score

pytestmark = pytest.mark.slow

TITLE = "延岡市情報政策推進計画"
PRINTS = {
    "A4, header, page numbers, merged": Print("A4", TITLE, True, 2),
    "A3 landscape, header, page numbers, merged": Print("A3 landscape", TITLE, True, 2),
    "A4, bare": Print("A4"),
    "A3 landscape, bare": Print("A3 landscape"),
}
#: The first column set vertically: labels and titles one character per line, and pdftotext
#: moves some cards (or the part a page break cut) a few places right.
VERTICAL = {
    "A4, vertical first column, page numbers": Print("A4", None, True, 0, True),
    "A3 landscape, vertical first column": Print("A3 landscape", vertical_first_column=True),
}
PRINTS |= VERTICAL


@cache
def _from_text() -> dict[str, Any]:
    return parse(SEED_FILES["nobeoka"])


@cache
def _from_layout(key: str) -> dict[str, Any]:
    text = pdftotext(sample_pdf(SEED_FILES["nobeoka"], PRINTS[key]), layout=True)
    return parse(text.encode(), filename="nobeoka-layout.txt")


@pytest.mark.parametrize("key", list(PRINTS))
def test_layout_extraction_reads_as_the_text(key: str) -> None:
    found = _from_layout(key)
    assert found["plan"]["source"]["layout"] == "nobeoka"
    assert found["plan"]["period"] == {"start_fy": 2021, "end_fy": 2025}
    result = score(found, _from_text())
    assert result.f1 >= 0.95, result
    assert result.precision >= 0.95, result
    assert result.departments >= 0.85, result
    assert result.kpi_numbers >= 0.85, result
    assert result.schedule >= 0.80, result


@pytest.mark.parametrize("key", list(PRINTS))
def test_layout_extraction_keeps_what_a_user_reads(key: str) -> None:
    items = {item["title"]: item for item in _from_layout(key)["initiatives"]}
    booking = items["公共施設の予約状況確認におけるオンライン化"]
    assert booking["departments"] == ["各課"]
    (facilities,) = booking["indicators"]
    assert facilities["name"] == "対象施設数"
    assert [(t["fy"], t["value"]) for t in facilities["targets"]] == [(2023, 20), (2024, 30), (2025, 40)]
    certificates = items["住民票・税証明書等発行に係るオンライン化の研究"]
    assert certificates["departments"] == ["市民課", "納税課"]
    assert certificates["schedule"][0] == {"fy": 2021, "half": None, "label": "調査・研究"}
    assert certificates["schedule"][-1] == {"fy": 2025, "half": None, "label": "導入方針決定"}
    # the footnote mark of the wrapped title is gone, the title is whole
    assert "マイナポータルからの行政手続のオンライン化" in items


def test_warnings_name_the_lines_of_the_extracted_file() -> None:
    key = "A4, header, page numbers, merged"
    lines = pdftotext(sample_pdf(SEED_FILES["nobeoka"], PRINTS[key]), layout=True).split("\n")
    items = {item["title"]: item for item in _from_layout(key)["initiatives"]}
    line = items["公共施設の予約状況確認におけるオンライン化"]["line"]
    assert "施策名" in lines[line - 1]


@pytest.mark.parametrize(
    "key", ["A4, header, page numbers, merged", "A3 landscape, header, page numbers, merged"]
)
def test_plain_extraction_is_refused_rather_than_misread(key: str) -> None:
    """Plain pdftotext gives the cards' cells one per line in the order of the page's columns,
    neighbouring cards mixed: no card is read from it (a title paired with another card's 担当課
    would be worse than the message)."""
    text = pdftotext(sample_pdf(SEED_FILES["nobeoka"], PRINTS[key]), layout=False)
    with pytest.raises(ParseError) as refused:
        parse(text.encode(), filename="nobeoka-plain.txt")
    assert "見つかりません" in refused.value.message
