"""A thirty-ninth batch of plans no reader was written against (``other/unseen39.py``): six workbooks and a CSV as a
town's 情報政策課 keeps its DX plan in Excel, filled by hand, in shapes the batches before lack — 榛名台市's 取組 numbered
across three columns 「基本目標 | 施策 | No.」 (「1」「(1)」「①」), units in number formats, 〇 / △ / × a year and a 凡例 beside
the table; 霧ヶ丘町's 「・」 lists typed with Alt+Enter, two indicators in one row's cells, 開始 / 完了予定 as date cells;
朝霞野市's sheet a 基本目標 with the 取組番号 a formula and a 集計 sheet, saved by Excel (cached values) and as a program
writes it (no cached value); 宇奈月村's CSV in CP932 with 「="001"」 codes and full-width figures typed by hand, 「同上」;
杉ノ沢市's KPI table under the 取組 table on the same sheet, keyed by No. Each reading is scored with ``scoring.score``
against the plan the document states."""

from __future__ import annotations

from typing import Any

from shinchoku.importers import parse

from .other import unseen39
from .other.unseen39 import ASAKANO_RAW, HARUNA, KIRIGAOKA, MIZUKI, SHIRASE, SUGINOSAWA, UNAZUKI
from .scoring import Reached
from .unseen_harness import Batch, batch_readings, by_code

#: (document, how): each file as uploaded ("upload").
read, VARIANTS = batch_readings(unseen39)


#: Exact when first measured: 朝霞野市 as Excel saves it (the 取組番号 formulas read by their cached 「1-1」 …, the 集計
#: sheet's COUNTA / SUMPRODUCT / AVERAGE rows no 取組, the 達成率 column no figure of the KPI).
#:
#: Short of exact yet above the bar (F1, codes, 担当課, KPI numbers, schedule), as first measured:
#: - 榛名台市 (codes 0, schedule 0.75; F1, 担当課, KPI exact): each 取組's code is its No. column alone, 「①」 → 「1」,
#:   「②」 → 「2」 — eight 取組 coded 1, 2, 1, 2, 1, 2, 1, 1 — where the number is written across the three columns
#:   「基本目標 | 施策 | No.」 (「1」 | 「(1)」 | 「①」: 1-1-1), the first two merged down their 取組. And a year marked 「×」
#:   is read as a year of the schedule: 2-1-2 「×△〇〇」 read 2025–2028 (stated 2026–2028), 2-2-1 「〇〇××」 read 2025–2028
#:   (stated 2025–2026), though the 凡例 beside the table says 「× | 実施しない」. The 凡例 itself (in the rows of the first
#:   取組, after a blank column) is no field of those 取組; percent cells (0.12 as 「0.0%」) and units in the format
#:   (「#,##0"件"」) are read right. Exact since: a 取組 numbered across the section columns and its own — 「1」 |
#:   「(1)」 | 「①」, the section cells a number alone and the No. counting afresh in each (a number seen twice in the
#:   table) — is coded by them all, 1-1-1 (``tables.TableReader.numbered_within``); 「×」 in a year's cell is no step
#:   (``tables._NOT_THIS_YEAR``).
#: - 朝霞野市 as a program writes it (codes 0; the rest exact): the 取組番号 cells 「=$B$2&"-"&A5」 have no cached value and
#:   are read as empty — every 取組 has ``code`` None, where Excel shows 「1-1」 … 「3-2」 when it opens the book. (No
#:   formula is read as its text: the 達成率 and the 集計 sheet's formulas are no value.) Exact since: a formula saved
#:   without its value that joins texts (references, quoted texts, numbers and 「&」) is read as Excel shows it when it
#:   opens the book (``readers.xlsx_formulas``); a function or arithmetic stays empty.
#: - 宇奈月村 (codes 0; the rest exact): the codes are 「="001"」 … 「="007"」 as written in the CSV — Excel's way of keeping
#:   a code's leading zeros, which Excel opens as 「001」. Full-width figures 「１，２００件」「７２．４％」, 「Ｒ７」 … 「Ｒ１０」
#:   and 「同上」 are read right. Exact since: a CSV cell 「="001"」 is the text Excel shows, 001
#:   (``readers.delimited._excel_text``, for the template's CSV too).
#: - 白瀬町 (schedule 0; F1, codes, 担当課, KPI exact — read by the template reader): each step is typed once in its first
#:   year's cell and set 「選択範囲内で中央」 (``centerContinuous``) across the empty cells of the years it runs, as Excel shows
#:   it centred over them; only the year it is typed in is read — 1 「順次拡大」 R8–R10 is 2026 alone, 6 「防災アプリの
#:   導入・運用」 across R7–R10 2025 alone (every 取組 short of years). Exact since: the empty cells right of a text that
#:   are aligned 「選択範囲内で中央」 too show it, and are read as its (a step each year; ``readers.xlsx.centred_across``).
FLOORS: dict[tuple[str, str], Reached] = {}

#: Below the bar as first measured (F1, codes, 担当課, KPI numbers, schedule):
#: - 霧ヶ丘町 (KPI 0.4; F1, codes, 担当課, schedule exact): a row whose 成果指標 cell is a 「・」 list of two indicators
#:   typed with Alt+Enter (「・電子申請できる手続数⏎・電子申請の利用件数（年間）」, the 現状値 「・45手続⏎・3,200件」 and the
#:   目標値 「・120手続⏎・9,000件」 lists in the same order) is read as ONE indicator named by the lines run together
#:   (「・電子申請できる手続数・電子申請の利用件数（年間）」) with the first line's figures only (45 → 120): 1, 4 and 6 lose
#:   their second indicator; a list of one line keeps its 「・」 in the name. The 開始 / 完了予定 date cells are each
#:   fiscal year between (3's 2025/4/1 – 2026/3/31 the one year 2025), the comment on a cell no field. Exact since: an
#:   indicator cell of two 「・」 lines or more is an indicator a line, the figure cells' lines each its own in order
#:   (``tables._numbered_lines``, which read 「①…⏎②…」 so already).
#: - 杉ノ沢市 (KPI 0.8; F1, codes, 担当課, schedule exact): the KPI table under the 取組 table on the same sheet is read and
#:   keyed by No. (3's two indicators, 5 none), but 2 「窓口の平均待ち時間」, whose R9目標 is 「－」 (the 取組 ends in R8),
#:   has no final target, where its last target, 15 (R8), is (as for every other indicator, whose R9目標 is read so).
#:   Exact since: under target columns a year up to the plan's last (「R7目標 | R8目標 | R9目標」), an indicator whose
#:   targets stop before it has its last target for the final one (``tables._targets_to_plan_end``).
#: - 水城市 (担当課 0; F1, codes, KPI, schedule exact): the 担当課 cell 「◎総務課⏎○住民課」 under 「担当課⏎（◎主担当　○関係課）」
#:   is read as two 課 named 「◎総務課」 and 「○住民課」 — the marks kept in the names, the 関係課 (○) a 担当課 — where the
#:   課 in charge is the one marked ◎ (as batch 26's matrix of marks reads them). The year headers typed as numbers and
#:   shown 「2025年度」 by their format 「0"年度"」, merged over 「目標 | 実績 | 達成率」, are read right; the 2024年度
#:   columns a person hid are not read (two warnings), the 達成率 「#VALUE!」 none (a warning), 「集計中」 no actual. Exact
#:   since: a 担当課 cell whose every 課 is opened by a mark, one ◎ at least, has the ◎ ones in charge and the ○ ones
#:   their 関係課 (``common.marked_in_charge``).
BELOW: dict[tuple[str, str], Reached] = {}

#: The municipality read otherwise: none. The period read otherwise: none.
MISNAMED: set[tuple[str, str]] = set()
MISPERIOD: set[tuple[str, str]] = set()
#: Initiatives matched by code read under another title: none.
MISTITLED: set[tuple[str, str]] = set()

BATCH = Batch.of(
    unseen39,
    read,
    VARIANTS,
    floors=FLOORS,
    below=BELOW,
    misnamed=MISNAMED,
    mistitled=MISTITLED,
    misperiod=MISPERIOD,
)
BATCH.bind(globals())


def test_a_number_across_three_columns_is_one_code() -> None:
    """榛名台市's 「1 | (1) | ①」 under 「基本目標 | 施策 | No.」 is 1-1-1; 「×」 a year not worked on."""
    items = by_code(read(HARUNA, "upload"))
    assert sorted(items) == ["1-1-1", "1-1-2", "1-2-1", "1-2-2", "2-1-1", "2-1-2", "2-2-1", "3-1-1"]
    assert [s["fy"] for s in items["2-2-1"]["schedule"]] == [2025, 2026]


def test_a_bulleted_list_of_indicators_is_an_indicator_a_line() -> None:
    """霧ヶ丘町's 「・電子申請できる手続数⏎・電子申請の利用件数（年間）」 over 「・45手続⏎・3,200件」: two indicators."""
    found = by_code(read(KIRIGAOKA, "upload"))["1"]["indicators"]
    assert [(i["name"], i["baseline"]["value"], i["final_target"]["value"]) for i in found] == [
        ("電子申請できる手続数", 45, 120),
        ("電子申請の利用件数（年間）", 3200, 9000),
    ]


def test_a_formula_without_its_value_reads_as_excel_shows_it() -> None:
    """朝霞野市's 取組番号 「=$B$2&"-"&A5」 saved with no value is 「1-1」; no formula is read as its text."""
    plan = read(ASAKANO_RAW, "upload")
    assert [i["code"] for i in plan["initiatives"]] == ["1-1", "1-2", "1-3", "2-1", "2-2", "3-1", "3-2"]
    assert not any(word in str(plan) for word in ("=$B$2", "IFERROR", "COUNTA", "SUMPRODUCT"))


def test_a_csv_code_written_as_a_text_formula_is_its_text() -> None:
    """宇奈月村's 「="001"」 is the code 001, as Excel opens it."""
    assert [i["code"] for i in read(UNAZUKI, "upload")["initiatives"]] == [f"00{n}" for n in range(1, 8)]


def test_targets_that_stop_early_end_at_their_last() -> None:
    """杉ノ沢市's 2 「窓口の平均待ち時間」 of R7目標 20, R8目標 15 and R9目標 「－」: its final target is 15 (R8)."""
    (found,) = by_code(read(SUGINOSAWA, "upload"))["2"]["indicators"]
    assert (found["final_target"]["fy"], found["final_target"]["value"]) == (2026, 15)


def test_a_step_centred_across_its_years_is_each_years() -> None:
    """白瀬町's 「順次拡大」 typed in R8 and centred across R8–R10 (「選択範囲内で中央」) is the step of each of those years —
    read as the template (as uploaded) and by the generic readers."""
    data, filename = unseen39.sheet(SHIRASE)
    for plan in (read(SHIRASE, "upload"), parse(data, filename=filename, layout="generic")):
        steps = by_code(plan)["1"]["schedule"]
        assert [(s["fy"], s["label"]) for s in steps] == [
            (2025, "対象手続の選定"),
            (2026, "順次拡大"),
            (2027, "順次拡大"),
            (2028, "順次拡大"),
        ]


def test_the_ka_marked_double_circle_is_in_charge() -> None:
    """水城市's 「◎企画課⏎○総務課⏎○税務課」: 企画課 in charge, 総務課 and 税務課 working with it."""
    found = by_code(read(MIZUKI, "upload"))["3"]
    assert (found["departments"], found["departments_others"]) == (["企画課"], ["総務課", "税務課"])


def test_only_formulas_that_join_texts_are_computed() -> None:
    """A formula saved without its value is computed only where it joins cells, texts and numbers with 「&」: one that
    refers to itself, to no cell of a sheet or to no sheet, or calls a function, stays empty."""
    import io

    import openpyxl

    from shinchoku.importers.readers.xlsx import read_xlsx

    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "取組"
    sheet.append(["番号", "取組名", "担当課"])
    sheet.append([1, "電子申請の拡充", "総務課"])
    formulas = ['=B2&"（"&C2&"）"', '="R"&7', "=D2", "=G2&1", '=A0&"x"', '=XFE2&"x"', '=他!A1&"x"', "=SUM(A1:A3)"]
    for column, formula in enumerate(formulas, start=4):
        sheet.cell(2, column, formula)
    out = io.BytesIO()
    book.save(out)
    (table,) = read_xlsx(out.getvalue()).pages[0].blocks
    texts = [cell.text for cell in table.rows[1][3:]]
    assert texts[:3] == ["電子申請の拡充（総務課）", "R7", "電子申請の拡充（総務課）"]
    assert not any(texts[3:])


def _book_of(cells: dict[str, str], *, chart: bool = False) -> bytes:
    import io

    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "取組"
    for coordinate, value in cells.items():
        sheet[coordinate] = value
    if chart:
        from openpyxl.chart import BarChart, Reference

        bars = BarChart()
        bars.add_data(Reference(sheet, min_col=1, min_row=1, max_row=2))
        book.create_chartsheet("グラフ").add_chart(bars)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _computed(data: bytes, sheet: str = "取組") -> Any:
    """The book's 「取組」 sheet with its formulas saved without values computed (``xlsx_formulas``)."""
    from shinchoku.importers.readers.xlsx import open_workbook, reading
    from shinchoku.importers.readers.xlsx_formulas import compute_joined_texts

    with reading(open_workbook(data, read_only=False)) as values, reading(
        open_workbook(data, read_only=False, formulas=True)
    ) as formulas:
        compute_joined_texts(values, formulas)
        return values[sheet]


def test_formulas_of_a_hostile_book_are_bounded() -> None:
    """The review's hostile books (each had been gigabytes, minutes or a refusal): a column of 「=A1&A1」 doubling a text
    a row stops at Excel's longest text (32,767 characters, 「#VALUE!」 past it); one cell at XFD2000 beside a formula
    makes no empty cells up to it (the sheet's written cells only are walked); a formula naming a chart sheet is a
    reference to nothing, not a refused book; a chain of references longer than the depth followed is computed from its
    end."""
    doubling = {"A1": "行政DX"} | {f"A{row}": f"=A{row - 1}&A{row - 1}" for row in range(2, 26)}
    sheet = _computed(_book_of(doubling))
    lengths = [len(sheet[f"A{row}"].value or "") for row in range(1, 26)]
    assert lengths[:4] == [4, 8, 16, 32] and lengths[12] == 16_384 and lengths[13:] == [0] * 12

    far = _computed(_book_of({"A1": "行政", "B1": '=A1&"DX"', "XFD2000": "x"}))
    assert far["B1"].value == "行政DX" and len(far._cells) == 3  # no empty cell made up to XFD2000

    charted = _computed(_book_of({"A1": "行政", "B1": "=グラフ!A1&A1"}, chart=True))
    assert charted["B1"].value is None

    chain = {"A1": "施策"} | {f"A{row}": f"=A{row + 1}" for row in range(2, 60)} | {"A60": "行政DX"}
    sheet = _computed(_book_of(chain))
    assert {sheet[f"A{row}"].value for row in range(2, 61)} == {"行政DX"}


def test_a_number_merged_down_over_its_indicators_is_no_number_counting_afresh() -> None:
    """A No. merged down over a 取組's two indicator rows is its number once (the review's case: 2 over two rows had been
    taken for numbering that starts afresh in each 基本目標, and coded 1-2 among 1, 3 and 4)."""
    import io

    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["花園市DX推進計画（令和7年度～令和10年度）"])
    sheet.append(["基本目標", "No.", "取組名", "担当課", "指標", "目標値（R10）"])
    for row in [
        ("1", 1, "電子申請の拡充", "総務課", "電子申請手続数", "100"),
        ("1", 2, "キャッシュレス決済の導入", "会計課", "導入窓口数", "10"),
        ("1", None, None, None, "利用件数", "500"),
        ("2", 3, "テレワークの推進", "人事課", "利用職員数", "200"),
        ("2", 4, "RPAの活用", "情報政策課", "削減時間", "1000"),
    ]:
        sheet.append(list(row))
    for column in "BCD":
        sheet.merge_cells(f"{column}4:{column}5")
    sheet.merge_cells("A3:A5")
    sheet.merge_cells("A6:A7")
    out = io.BytesIO()
    book.save(out)
    plan = parse(out.getvalue(), filename="plan.xlsx", municipality="花園市")
    assert [(i["code"], len(i["indicators"])) for i in plan["initiatives"]] == [("1", 1), ("2", 2), ("3", 1), ("4", 1)]
