"""A twenty-second batch of plans no reader was written against (``other/unseen22.py``, texts in ``other/plans22/``), in
the shapes a PDF's text takes copied out or converted, a table's cells apart by tabs as the seed plans' are: 萩原市's
施策体系 table before a card a 取組 (running headers and 「- 3 -」 between), 潮見町's 成果指標一覧 over two pages (its
two-row header repeated, wrapped cells on rows of their own, R6 … R9 targets, 評価 letters, a 再掲 row), 千草村's
outline of 【主管課：…】 and ● under the years, 桔梗市's table converted to markdown (each wrapped line of a cell a
row of its own), 楓台市's cards with a wrapped value's lines apart by tabs and its baselines' year said in the prose
alone, and 藤ヶ丘町's 事業シート as the seed 伊豆の国市's. Each is scored with ``scoring.score`` against the plan it states."""

from __future__ import annotations

from typing import Any

import pytest

from shinchoku.importers import parse

from . import variants
from .other import samplevariants2, unseen22
from .other.unseen22 import FUJIGAOKA_TXT, KAEDEIDAI_TXT, SHIOMI_TXT, TEXTS, expected
from .scoring import Reached, score
from .unseen_harness import Batch, batch_readings

#: (document, how): each text read as uploaded.
read, VARIANTS = batch_readings(unseen22)


#: Exact when first measured: 萩原市, 潮見町, 千草村, 桔梗市 and 藤ヶ丘町 (with a warning 「スケジュールの年度を特定できません」 for
#: each step, its bar taken on into the blank cell closing the header row: it stops there now, unsaid). 楓台市 first
#: measured KPI 0.2: the baselines, written without a year, were of none; the prose's 「現状値は令和５年度」 dates them now
#: (generic._baseline_year_from_prose), with a warning.
FLOORS: dict[tuple[str, str], Reached] = {}
BELOW: dict[tuple[str, str], Reached] = {}

BATCH = Batch.of(
    unseen22,
    read,
    VARIANTS,
    floors=FLOORS,
    below=BELOW,
)
BATCH.bind(globals())


def test_a_list_of_yearly_targets_over_two_pages() -> None:
    """潮見町's list: the header repeated on the second page is no row, a wrapped 指標 is one name, each R6 … R9 column
    that year's target and the 評価 letter none of them."""
    plan = read(SHIOMI_TXT, "upload")
    by_code = {item["code"]: item for item in plan["initiatives"]}
    assert list(by_code) == [str(n) for n in range(1, 10)]
    (telework,) = by_code["6"]["indicators"]
    assert telework["name"] == "テレワークを実施した職員数（年間）"
    assert [(t["fy"], t["value"]) for t in telework["targets"]] == [
        (2024, 15),
        (2025, 25),
        (2026, 35),
        (2027, 40),
    ]
    assert by_code["2"]["title"] == "キャッシュレス決済の導入"


def test_baselines_dated_by_the_prose_alone() -> None:
    """楓台市's cards write 「現状値 | 50手続」 with no year; the prose before them says 「各事業の現状値は令和５年度」: each is
    of 2023, and the warning says where the year came from. 「－」 stays no baseline."""
    plan = read(KAEDEIDAI_TXT, "upload")
    baselines = [i["indicators"][0]["baseline"] for i in plan["initiatives"]]
    assert [(b["fy"], b["value"]) if b else None for b in baselines] == [
        (2023, 50),
        (2023, 2),
        (2023, 800),
        (2023, 0),
        None,
    ]
    assert any("本文の「現状値は令和５年度」に従って令和5年度の値" in w["message"] for w in plan["warnings"])


def test_a_sheets_steps_under_a_header_ending_blank() -> None:
    """藤ヶ丘町's schedule header ends in a blank cell: each step's bar stops at the last year, no warning about it; a
    step on two rows (「運用」 from R8, again from R9) is once a year."""
    plan = read(FUJIGAOKA_TXT, "upload")
    assert not [w for w in plan["warnings"] if "スケジュールの年度" in w["message"]]
    meeting = plan["initiatives"][2]
    assert [(s["fy"], s["label"]) for s in meeting["schedule"]] == [
        (2025, "試行"),
        (2026, "試行"),
        (2027, "試行"),
        (2026, "運用"),
        (2027, "運用"),
    ]


def _assert_exact(found: Any, name: str) -> None:
    """Every initiative found, with its code, 担当課, KPI figures and schedule as the text states them."""
    result = score(found, expected(name))
    assert min(result.f1, result.codes, result.departments, result.kpi_numbers, result.schedule) == 1, result


@pytest.mark.parametrize("how", ["xlsx", "csv"])
@pytest.mark.parametrize("name", TEXTS)
def test_each_text_pasted_into_excel_reads_the_same(name: str, how: str) -> None:
    """Each text pasted into an Excel sheet (a line a row of column A, a tab row's cells across) and saved, as a
    workbook or as Excel's CSV (CP932): the same plan. First measured, 千草村's outline was refused both ways (the sheet
    read as one table, its headings no lines: now a sheet whose rows are mostly column A alone is read as the text it
    is, ``readers.xlsx.pasted_document``) and 楓台市's baselines were of no year (the prose giving it in a cell)."""
    text = unseen22.document(name).decode()
    data = (
        samplevariants2.pasted_workbook(text) if how == "xlsx" else samplevariants2.saved_csv(text, "cp932")
    )
    found = parse(data, filename=name.replace(".txt", f".{how}"))
    _assert_exact(found, name)


@pytest.mark.parametrize(("style", "every"), [("dash", 17), ("of", 11), ("p", 13)])
@pytest.mark.parametrize("name", TEXTS)
def test_each_text_with_page_breaks_anywhere_reads_the_same(name: str, style: str, every: int) -> None:
    """Each text with a page break every few lines, wherever it falls (between a card's row of years and its 工程 too):
    the office's footer, 「― 4 ―」「4/9」「P.4」 and the running header naming the chapter. First measured with 「P.4」 and
    the blank line pdftotext leaves at a page's top, 萩原市, 千草村 and 楓台市 lost the schedule of each card the break
    cut (the blank parted its table): that blank is no end of the table now, unless a header printed before follows."""
    text = samplevariants2.with_page_furniture(
        unseen22.document(name).decode(), style=style, title="計画", office="情報政策課", every=every
    )
    found = parse(text.encode(), filename=name)
    _assert_exact(found, name)


@pytest.mark.parametrize("tab", [4, 8])
@pytest.mark.parametrize("name", TEXTS)
def test_each_text_with_its_tabs_turned_to_blanks_reads_the_same(name: str, tab: int) -> None:
    """Each text saved by an editor that turns a tab into the blanks up to the next stop (every 4 or 8 columns, a
    full-width character two): the same plan. First measured (stops of 4 / 8): 萩原市 KPI and schedule 0, 潮見町 F1 0.36
    / 1.0 with 担当課 and KPI 0, 千草村 schedule 0, 楓台市 KPI 0.4 / 0.2 and schedule 0, 藤ヶ丘町 F1 0.75 (the text read as
    columns aligned by position); the tabs are put back where the stops say now (``readers.tabstops``)."""
    text = samplevariants2.untabified(unseen22.document(name).decode(), tab)
    _assert_exact(parse(text.encode(), filename=name), name)


@pytest.mark.parametrize("name", [n for n in TEXTS if n != SHIOMI_TXT])
def test_each_text_copied_out_of_a_pdf_viewer_reads_the_same(name: str) -> None:
    """Each text as a PDF viewer's copy gives it: a table row a line, its cells joined by single blanks (an empty cell
    two). First measured: 萩原市 and 千草村 schedule 0 (a 工程's years and steps two lines of text: now rows again,
    ``readers.year_rows``), 楓台市 担当課, KPI and schedule 0 (「所 管 課」 spread letter by letter, 「市民課、情 報政策課」
    wrapped inside a name, 「指標」 too short a label to be taken without the figures after it: each read now)."""
    text = variants.viewer_copy(unseen22.document(name).decode(), cells="spaces")
    _assert_exact(parse(text.encode(), filename=name), name)
