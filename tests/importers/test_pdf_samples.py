"""The five sample plans printed to PDF read as the same plans as their texts (issue 8).

Each sample is printed by Chromium the way a plan office's software prints it: ruled tables,
section columns merged down (rowspan), a running header with the plan's title and 「- N -」
page numbers; A4, and A3 landscape for the wide tables (新発田市, 延岡市's 全体工程表). The PDF
goes through ``parse`` exactly as an upload does (PDF reader → document → render → layout),
and the plan is scored against the plan read from the sample text with the thresholds of the
issue, plus concrete values from the documents. PDFs are cached (samplepdf), parses per session.
"""

from __future__ import annotations

from functools import cache
from typing import Any

import pytest

from shinchoku.importers import parse

from ..conftest import SEED_FILES
from .samplepdf import Print, sample_pdf
from .scoring import by_title, in_charge, score

pytestmark = pytest.mark.slow

TITLES = {
    "nobeoka": "延岡市情報政策推進計画",
    "onojo": "大野城市DX推進計画",
    "hita": "日田市DX推進計画",
    "izunokuni": "伊豆の国市DX推進計画",
    "shibata": "新発田市情報化推進計画",
}
PRINTS = [
    ("nobeoka", "A4"),
    ("nobeoka", "A3 landscape"),
    ("onojo", "A4"),
    ("hita", "A4"),
    ("izunokuni", "A4"),
    ("shibata", "A4"),
    ("shibata", "A3 landscape"),
]
COUNTS = {"nobeoka": 81, "onojo": 30, "hita": 65, "izunokuni": 31, "shibata": 43}


@cache
def _from_text(name: str) -> dict[str, Any]:
    return parse(SEED_FILES[name])


@cache
def _from_pdf(name: str, paper: str) -> dict[str, Any]:
    how = Print(paper=paper, running_header=TITLES[name], page_numbers=True, merge_columns=2)
    return parse(sample_pdf(SEED_FILES[name], how))


@pytest.mark.parametrize(("name", "paper"), PRINTS)
def test_a_printed_sample_reads_as_its_text(name: str, paper: str) -> None:
    found = _from_pdf(name, paper)
    result = score(found, _from_text(name))
    assert result.f1 >= 0.97, result
    assert result.codes >= 0.95, result
    assert result.departments >= 0.90, result
    assert result.kpi_numbers >= 0.90, result
    assert result.schedule >= 0.80, result
    assert len(found["initiatives"]) == COUNTS[name]
    assert found["municipality"]["name"] == _from_text(name)["municipality"]["name"]


def test_onojo_budget_totals_survive_the_pdf() -> None:
    plan = _from_pdf("onojo", "A4")
    assert {e["fy"]: e["amount"] for e in plan["budget_total"]} == {
        2022: 48100,
        2023: 278100,
        2024: 249100,
        2025: 665100,
    }


def test_concrete_values_from_the_pdfs() -> None:
    hita = _from_pdf("hita", "A4")
    first = hita["initiatives"][0]
    assert (first["code"], first["title"]) == ("1-1-1", "オンライン申請対応手続の拡大")
    assert in_charge(first) == (["情報統計課"], ["関係各課"])

    shibata = _from_pdf("shibata", "A3 landscape")
    gis = by_title(shibata, "市民公開GISによる地図情報提供の拡充")
    assert gis["code"] == "5"
    assert gis["indicators"][0]["final_target"]["value"] == 28000

    nobeoka = _from_pdf("nobeoka", "A4")
    cashless = by_title(nobeoka, "公共料金の支払や納税におけるキャッシュレス決済の促進")
    assert cashless["departments"] == ["収納業務担当課"]  # the cell is cut by a page break in this print
    assert cashless["schedule"][0] == {"fy": 2021, "half": None, "label": "キャッシュレス決済の促進"}

    izunokuni = _from_pdf("izunokuni", "A4")
    seals = by_title(izunokuni, "押印廃止及び電子化")
    # a list of 担当課 wrapped over three lines in its cell keeps its four offices apart
    assert seals["departments"] == ["情報政策課", "行政経営課", "会計課", "財務課(契約室)"]


def test_pdf_warnings_name_pages() -> None:
    plan = _from_pdf("hita", "A4")
    notes = [w for w in plan["warnings"] if "ページ番号" in w["message"]]
    assert notes and notes[0]["page"] == 1
    assert all("page" in w for w in plan["warnings"])


def test_pdf_initiatives_name_their_page_and_the_line_on_it() -> None:
    """The upload preview shows where each initiative starts: in a PDF, its page and the line on
    that page (as the warnings), not a line of the text the PDF is rendered into."""
    hita = _from_pdf("hita", "A4")
    assert [(i["code"], i["page"], i["line"]) for i in hita["initiatives"][:3]] == [
        ("1-1-1", 1, 40), ("1-1-2", 2, 2), ("1-1-3", 2, 7),
    ]  # fmt: skip
    for name, paper in PRINTS:
        pages = [i["page"] for i in _from_pdf(name, paper)["initiatives"]]
        assert pages == sorted(pages) and pages[-1] > 1, (name, paper)


def test_a_card_whose_label_a_print_sets_commas_over_keeps_its_rows() -> None:
    """日田市 4-3-1 printed with its defaults: the sample's cell of commas beside 「取組内容」 prints over the label
    (「取組内 ,容 ,」); the card keeps its 取組内容, 事業担当課 and スケジュール (they were lost, and a re-import of
    the PDF would have taken 長寿福祉課 off the initiative)."""
    plan = parse(sample_pdf(SEED_FILES["hita"]).read_bytes(), filename="hita.pdf")
    (card,) = [i for i in plan["initiatives"] if i["code"] == "4-3-1"]
    assert card["departments"] == ["長寿福祉課"]
    assert [e["fy"] for e in card["schedule"]] == [2023, 2024, 2025, 2026, 2027]
    assert (card["summary"] or "").startswith("心身に不安のある一人暮らしの高齢者")


@pytest.mark.parametrize(("name", "paper"), PRINTS)
def test_a_printed_samples_departments_are_its_texts(name: str, paper: str) -> None:
    """Each initiative of a print (matched by number and title) is given the 担当課 its text gives: importing the PDF
    over the text changes no 担当課. A cell the page break cut ran on under the table (延岡市's 「農業」 / 「畜産」 / 「課」,
    日田市's 「事業担」 / 「当課」) had lost its rest; a narrow cell of two 課 wrapped (「工業振興課」 / 「商業・駅ま」 /
    「ち振興課」) had been one."""
    text = {(i["code"], i["title"]): i["departments"] for i in _from_text(name)["initiatives"]}
    printed = {(i["code"], i["title"]): i["departments"] for i in _from_pdf(name, paper)["initiatives"]}
    assert {key: printed[key] for key in text.keys() & printed.keys() if printed[key] != text[key]} == {}


def test_a_running_header_over_a_cut_row_is_no_part_of_its_cells() -> None:
    """新発田市's running header 「新発田市情報化推進計画」, printed inside the box of a row the page break cut, is the page's
    header: no indicator's name or target holds its pieces (「電子申請で処理できた申請数新発田市情」 was read)."""
    for item in _from_pdf("shibata", "A4")["initiatives"]:
        for ind in item["indicators"]:
            texts = [ind["name"], (ind["final_target"] or {}).get("text") or ""]
            assert not any(piece in t for t in texts for piece in ("新発田市情", "情報化推", "化推進計")), ind
