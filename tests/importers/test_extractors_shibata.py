"""新発田市's plan printed to PDF and extracted with ``pdftotext -layout`` reads as its text (issue 8).

The PDF is printed by Chromium (samplepdf) on A4 and A3 landscape, with and without a running
header and page numbers, and extracted by poppler's ``pdftotext -layout``; the text goes through
``parse`` as an upload does and is read on pdftotext's character grid (readers/chargrid.py).
Scored against the plan read from the sample text. The KPI floors are a little under the
figures measured when the reader was written (A4 0.94, A3 1.0, A4 without furniture 0.91,
NO set vertically A3 1.0 / A4 0.94): they guard against regressions (see docs/importers.md).

Without ``-layout`` the table is not refused either: pdfplumber's text (a printed line a line,
the cells' pieces one blank apart) is put back into cells by the columns' widths
(readers/spaced_rows.py), and text in reading-flow order (plain ``pdftotext``, pdfminer) is
rebuilt row by row from the NO sequence (shibata_flow.py) as a partial plan with warnings; so is
pypdfium2's text, a cell's wrapped lines after the other with no blank line between two cells,
cut back into cells by the lines' widths.
"""

from __future__ import annotations

from functools import cache
from typing import Any

import pytest

from shinchoku.importers import parse

from ..conftest import SEED_FILES
from .samplepdf import Print, extract, pdftotext, sample_pdf
from .scoring import score

pytestmark = pytest.mark.slow

PRINTS = {
    "A4": Print(paper="A4", running_header="新発田市情報化推進計画", page_numbers=True, merge_columns=2),
    "A3": Print(
        paper="A3 landscape", running_header="新発田市情報化推進計画", page_numbers=True, merge_columns=2
    ),
    "A4 bare": Print(paper="A4"),
    "A3 vertical NO": Print(paper="A3 landscape", page_numbers=True, vertical_first_column=True),
    "A4 vertical NO": Print(
        paper="A4", running_header="新発田市情報化推進計画", merge_columns=3, vertical_first_column=True
    ),
}
#: (F1, KPI numbers) each print reaches at least.
FLOORS = {
    "A4": (0.97, 0.90),
    "A3": (0.97, 0.97),
    "A4 bare": (0.97, 0.88),
    "A3 vertical NO": (0.97, 0.97),
    "A4 vertical NO": (0.97, 0.90),
}


@cache
def _expected() -> dict[str, Any]:
    return parse(SEED_FILES["shibata"])


@cache
def _layout(name: str) -> dict[str, Any]:
    text = pdftotext(sample_pdf(SEED_FILES["shibata"], PRINTS[name]), layout=True)
    return parse(text.encode(), filename="shibata-layout.txt")


@pytest.mark.parametrize("name", list(PRINTS))
def test_pdftotext_layout_reads_as_the_text(name: str) -> None:
    found = _layout(name)
    result = score(found, _expected())
    f1, kpi = FLOORS[name]
    assert result.f1 >= f1, result
    assert result.precision >= 0.95, result
    assert result.codes >= 0.95, result
    assert result.kpi_numbers >= kpi, result
    assert result.schedule >= 0.95, result


@pytest.mark.parametrize("name", ["A4", "A3"])
def test_concrete_values_survive_the_extraction(name: str) -> None:
    items = {item["code"]: item for item in _layout(name)["initiatives"]}
    assert len(items) == 43
    assert items["2"]["title"] == "Webによる議会報告会の開催"
    viewers = items["2"]["indicators"][0]
    assert [(a["fy"], a["value"]) for a in viewers["actuals"]] == [(2021, 53), (2022, 50), (2023, 150)]
    opendata = items["4"]["indicators"][0]
    assert (opendata["final_target"]["fy"], opendata["final_target"]["value"]) == (2026, 15)
    assert [s["fy"] for s in items["1"]["schedule"]] == [2024]  # 令和6年までに手話動画の配信を開始
    assert "完了" in items["11"]["marks"]
    assert (
        items["37"]["title"] == "eLTAX等を活用した税務手続き等の電子化"
    )  # 「37 【新】 市民」: the mark is the key's


def test_the_sections_are_the_samples_on_a3() -> None:
    """Vertical 区分 cells lose or gain a character on the grid; misread names join the right one."""
    expected = [(s["level"], s["title"]) for s in _expected()["sections"]]
    assert sorted((s["level"], s["title"]) for s in _layout("A3")["sections"]) == sorted(expected)


@cache
def _other(extractor: str, name: str) -> dict[str, Any]:
    pdf = sample_pdf(SEED_FILES["shibata"], PRINTS[name])
    if extractor == "pdftotext":
        text = pdftotext(pdf, layout=False)
    elif extractor == "pdfplumber":  # a printed line a line, the cells' pieces one blank apart
        text = extract(pdf, "pdfplumber", pages_joined_by="\n\f")
    else:
        text = extract(pdf, "pdfminer")
    return parse(text.encode(), filename="shibata.txt")


#: (F1, codes, KPI numbers, schedule) each extraction without -layout reaches at least: a little
#: under the figures measured when the readers were written (docs/importers.md). The reading-flow
#: extractions keep every row's number but move cells between rows: their titles, KPI numbers
#: and schedules are partial, and the plan says so. Measured again (KPI / schedule): plain pdftotext
#: A4 0.467 / 0.743, A3 0.240 / 0.500, pdfminer A4 0.233 / 0.500, A3 0.469 / 0.389, all below the
#: issue's bar. Most KPI lost on A4 come from cells whose lines pdftotext interleaves with their
#: neighbours' (「フォロワ」×3 then 「ー数3,360 ー数3,549 ー数3,656 た新たな観光」), each a pattern of
#: one or two rows.
OTHER_FLOORS = {
    ("pdfplumber", "A4"): (0.99, 1.0, 0.90, 0.95),
    ("pdfplumber", "A3"): (0.99, 1.0, 0.84, 0.95),
    ("pdfplumber", "A4 bare"): (0.99, 1.0, 0.90, 0.95),
    ("pdfplumber", "A4 vertical NO"): (0.99, 1.0, 0.90, 0.95),
    ("pdfplumber", "A3 vertical NO"): (0.99, 1.0, 0.81, 0.95),
    # KPI 0.400 → 0.433: a second KPI before the row's schedule is the row's (shibata_flow._counted_again);
    # 0.433 → 0.467: a page's 実績値 in runs of three in its rows' order (shibata_flow._actuals_by_page)
    ("pdftotext", "A4"): (0.95, 0.95, 0.45, 0.72),
    # A3 F1 0.857 → 0.886, schedule 0.500 → 0.533: its first page writes NO 1 right under the header's
    # last label (「NO 区分 施策分」「野」「1」), a paragraph taken for the header's; the number opens the
    # row now (shibata_flow._number_under_header). KPI 0.240 → 0.222: the same six rows right, NO 1 one
    # more matched without its figures. NO 2–5 still take one another's cells (the page writes 4 and 5,
    # and 2 and 3 only after them)
    ("pdftotext", "A3"): (0.87, 0.95, 0.22, 0.51),
    # KPI 0.0 → 0.233 (A4), 0.0 → 0.469 (A3): a page's 実績値 come in runs of three in its rows' order,
    # the cell before a run its first row's これまで, the page's trailing cells or the cell after a
    # row's figures its R6～R8 (shibata_flow._actuals_by_page); A3 F1 0.976 → 0.988 (「1 市民」…「2 市民」
    # split); schedule A4 0.441 → 0.500, A3 0.229 → 0.389
    ("pdfminer", "A4"): (0.90, 0.88, 0.21, 0.48),
    ("pdfminer", "A3"): (0.97, 0.97, 0.44, 0.36),
}


@pytest.mark.parametrize(("extractor", "name"), list(OTHER_FLOORS))
def test_text_without_layout_gives_a_partial_plan_not_a_refusal(extractor: str, name: str) -> None:
    found = _other(extractor, name)
    result = score(found, _expected())
    f1, codes, kpi, schedule = OTHER_FLOORS[(extractor, name)]
    assert result.f1 >= f1 and result.codes >= codes, result
    assert result.kpi_numbers >= kpi and result.schedule >= schedule, result
    assert found["municipality"]["name"] == "新発田市"
    if extractor != "pdfplumber":
        assert any("行番号の後に並ぶ順と内容から推定しました" in w["message"] for w in found["warnings"])


@pytest.mark.parametrize("name", ["A4", "A3"])
def test_pdfplumbers_text_keeps_the_values_of_a_row(name: str) -> None:
    """A row's cells come back whole from the pieces of its lines: the title wrapped over five
    lines of its narrow column, the 実績値 per year, the final target in the R6～R8 text."""
    items = {item["code"]: item for item in _other("pdfplumber", name)["initiatives"]}
    assert len(items) == 43
    assert items["1"]["title"] == "動画を活用した手話通訳での市政情報提供の推進"
    assert items["4"]["title"] == "市政情報の二次利用可能な形式での提供(オープンデータ)の推進"
    viewers = items["2"]["indicators"][0]
    assert [(a["fy"], a["value"]) for a in viewers["actuals"]] == [(2021, 53), (2022, 50), (2023, 150)]
    assert "完了" in items["11"]["marks"]
    assert [s["fy"] for s in items["1"]["schedule"]] == [2024]
    # two years' 実績値 worded alike, each ending in its own figure (「…提案が行われた件数 6件」)
    policies = items["25"]["indicators"][0]
    assert policies["name"] == "EBPMを取り入れた政策立案件数"
    assert [(a["fy"], a["value"]) for a in policies["actuals"]] == [(2021, 3), (2022, 6), (2023, 5)]
    # a row printed one cell short: its figure is 令和5年度's, its prose the R6～R8 schedule
    firms = items["41"]["indicators"][0]
    assert [(a["fy"], a["value"]) for a in firms["actuals"]] == [(2023, 2)]
    assert (firms["final_target"]["fy"], firms["final_target"]["value"]) == (2025, 16)
    # the last page's rows are all one cell short: its columns are measured on them, so the
    # schedule prose is one cell and its year targets are read (令和6年度 10% 令和7年度 15% …)
    cashless = items["43"]["indicators"][0]
    assert [(t["fy"], t["value"]) for t in cashless["targets"]][:2] == [(2024, 10), (2025, 15)]
    # 「令和6年度 7,400」 over 「件 令和7・8年度 12,400件」 (A3), 「令和6年」 over 「度 7,400件」 (A4): the
    # unit and the 度 go back to the cut word's cell, so the year targets are read
    chatbot = items["40"]["indicators"][0]
    assert [(t["fy"], t["value"]) for t in chatbot["targets"]] == [(2024, 7400), (2025, 12400), (2026, 12400)]
    # 「…公開件数10件を達成」 and 「…合わせた形式で」 both full: the line below goes on the one
    # that ended on a particle (A3: the final target was cut in two)
    opendata = items["4"]["indicators"][0]
    assert (opendata["final_target"]["fy"], opendata["final_target"]["value"]) == (2026, 15)
    # 「比較) 519 1,650時間 る。」 (A3): 1,650時間 is 令和5年度's, not a line of the schedule 「…を図」
    hours = items["27"]["indicators"][0]
    assert [(a["fy"], a["value"]) for a in hours["actuals"]] == [(2021, 932), (2022, 519), (2023, 1650)]


@cache
def _pdfium(name: str) -> dict[str, Any]:
    text = extract(sample_pdf(SEED_FILES["shibata"], PRINTS[name]), "pypdfium2")
    return parse(text.encode(), filename="shibata.txt")


#: (F1, codes, KPI numbers, schedule) of pypdfium2's text, a little under the figures measured:
#: a row's cells one after the other, each cell's wrapped lines in turn, no blank line between two
#: cells (「1 市」「民」「向」…「策」「情報」「発」「信・」…). Before, each line was read as a cell: KPI 0.031
#: (A4, A4 bare) and 0.094 (A3), schedule 0.811; now the lines are cut back into cells by their widths
#: and the section names the rows share (shibata_flow._wrapped_rows): A4 0.656 / 0.973, A3 0.625 /
#: 1.0, A4 bare 0.719 / 0.973. Still below the bar: a row cut by a page break keeps only what is
#: before it, and some 実績値 wrapped over two lines (「346名」 over 「（138%）」) run together.
PDFIUM_FLOORS = {
    "A4": (0.99, 1.0, 0.63, 0.95),
    "A3": (0.99, 1.0, 0.60, 0.95),
    "A4 bare": (0.99, 1.0, 0.69, 0.95),
}


@pytest.mark.parametrize("name", list(PDFIUM_FLOORS))
def test_pypdfium2s_text_is_read_cell_by_cell(name: str) -> None:
    found = _pdfium(name)
    result = score(found, _expected())
    f1, codes, kpi, schedule = PDFIUM_FLOORS[name]
    assert result.f1 >= f1 and result.precision >= 0.97 and result.codes >= codes, result
    assert result.kpi_numbers >= kpi and result.schedule >= schedule, result
    assert any("行番号の後に並ぶ順と内容から推定しました" in w["message"] for w in found["warnings"])


@pytest.mark.parametrize("name", ["A4", "A3"])
def test_pypdfium2s_text_keeps_the_figures_of_a_row(name: str) -> None:
    """The 実績値 printed on one line with the next cell's first (「53名 約50名 約150名 Webによ」, on A3
    after the これまで's last: 「…10%達成 8.7% 8.3% 8.6% オンライン予約の」) are three cells, and the
    titles and sections whole (before: every title 「向」, every KPI 「け」 with 実績値 「報」「施」「策」)."""
    items = {item["code"]: item for item in _pdfium(name)["initiatives"]}
    assert items["2"]["title"] == "Webによる議会報告会の開催"
    viewers = items["2"]["indicators"][0]
    assert [(a["fy"], a["value"]) for a in viewers["actuals"]] == [(2021, 53), (2022, 50), (2023, 150)]
    booking = items["9"]["indicators"][0]
    assert booking["name"] == "全体の予約件数に対するオンライン予約の割合"
    assert [(a["fy"], a["value"]) for a in booking["actuals"]] == [(2021, 8.7), (2022, 8.3), (2023, 8.6)]
    assert [(t["fy"], t["value"]) for t in booking["targets"]] == [(2023, 10)]
    cards = items["12"]["indicators"][0]
    assert [(a["fy"], a["value"]) for a in cards["actuals"]] == [(2021, 37.8), (2022, 68.3), (2023, 80.7)]
    assert [s["fy"] for s in items["12"]["schedule"]] == [2024, 2025, 2026]
    assert items["3"]["title"] == "Webアクセシビリティの確保"  # not 「…の強化Webアクセシビリティ」: 「Web」 opens 2 and 3
    assert items["15"]["title"] == "子育てに関する手続きのオンライン化"  # 施策分野 opening 「健」 over 「康・医」
    assert "完了" in items["11"]["marks"]  # 「11」 over 「【完」「了】」
    fields = {s["title"] for s in _pdfium(name)["sections"] if s["level"] == "施策分野"}
    assert {"情報発信・提供の強化", "健康・医療・福祉分野の情報化"} <= fields


@pytest.mark.parametrize("name", ["A4 vertical NO", "A3 vertical NO"])
def test_pdfplumbers_text_with_the_marks_set_vertically(name: str) -> None:
    """A mark set vertically under the NO comes a character a line (「︻」「新」「︼」) between
    the row's lines: it is the NO's, not a piece of the title (before: 「母子手帳アプリの︻運用」,
    「クラウド︻化の完推進了」)."""
    items = {item["code"]: item for item in _other("pdfplumber", name)["initiatives"]}
    assert (items["42"]["title"], items["42"]["marks"]) == ("母子手帳アプリの運用", ["新"])
    assert (items["28"]["title"], items["28"]["marks"]) == ("クラウド化の推進", ["完了"])
    assert (items["19"]["title"], items["19"]["marks"]) == ("商工業・農業のICT活用の支援", ["完了"])


@cache
def _calc(extractor: str, paper: str) -> dict[str, Any]:
    from .samplexlsx import Sheet, sample_pdfs

    sheet = Sheet(paper=paper, running_header="新発田市情報化推進計画", page_numbers=True, merge_columns=2)
    (pdf,) = sample_pdfs([(SEED_FILES["shibata"], sheet)])
    if extractor == "pdftotext":
        text = pdftotext(pdf, layout=False)
    else:
        import pdfplumber

        with pdfplumber.open(pdf) as document:
            text = "\n\f".join(page.extract_text() or "" for page in document.pages)
    return parse(text.encode(), filename="shibata.txt")


#: (F1, titles exactly right) of Calc's prints without -layout (measured 0.94–1.00 / 0.60–0.84):
#: Calc sets the 区分 right after the NO (「1市民向け情報」) and, in pdfplumber's text, some cells
#: without a blank between them; plain pdftotext writes the cells of a printed line side by side
#: (titles before: 0.05 and 0.23).
CALC_FLOORS = {
    ("pdfplumber", "A4"): (0.93, 0.70),
    ("pdfplumber", "A3 landscape"): (0.90, 0.75),
    ("pdftotext", "A4"): (0.97, 0.58),
    ("pdftotext", "A3 landscape"): (0.97, 0.61),
}


@pytest.mark.parametrize(("extractor", "paper"), list(CALC_FLOORS))
def test_calc_prints_without_layout_are_read_not_refused(extractor: str, paper: str) -> None:
    found = _calc(extractor, paper)
    result = score(found, _expected())
    f1, titles = CALC_FLOORS[(extractor, paper)]
    assert result.f1 >= f1 and result.codes == 1.0, result
    expected = {item["code"]: item["title"] for item in _expected()["initiatives"]}
    right = sum(1 for item in found["initiatives"] if expected.get(item["code"]) == item["title"])
    assert right >= titles * len(expected), right


@pytest.mark.parametrize("paper", ["A4", "A3 landscape"])
def test_calc_prints_through_plain_pdftotext_keep_the_cells_of_a_row(paper: str) -> None:
    """Plain pdftotext writes a printed line's cells side by side (「Webによる議会報告 市民の利便性
    の向上や多 youtube等の視聴者 …」) and a page's right-hand cells after its rows: they are dealt
    back to their columns and rows (shibata_flow.py), and the 実績値 years are read in time
    order although the header's labels come 「令和3年度末」「令和5年度末」「令和4年度末」 (KPI numbers
    before: 0.07 and 0.13, schedule 0.49 and 0.51)."""
    found = _calc("pdftotext", paper)
    result = score(found, _expected())
    assert result.kpi_numbers >= 0.24 and result.schedule >= 0.80, result
    items = {item["code"]: item for item in found["initiatives"]}
    assert items["2"]["title"] == "Webによる議会報告会の開催"
    assert (items["11"]["title"], items["11"]["marks"]) == (
        "窓口の更なるワンストップ、ワンズオンリー化",
        ["完了"],
    )
    mourning = items["11"]["indicators"][0]
    assert mourning["name"] == "おくやみ総合窓口の利用者数"
    assert [(a["fy"], a["value"]) for a in mourning["actuals"]] == [(2021, 563), (2022, 653), (2023, 654)]
    cards = items["12"]["indicators"][0]
    assert [(a["fy"], a["value"]) for a in cards["actuals"]] == [(2021, 37.8), (2022, 68.3), (2023, 80.7)]
    assert [s["fy"] for s in items["12"]["schedule"]] == [2024, 2025, 2026]
    assert items["19"]["title"] == "商工業・農業のICT活用の支援"
