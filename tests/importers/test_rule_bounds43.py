"""Where batch 43's rules stop (``test_unseen_plans43.py``): each rule read on a small document of its shape, and on the
nearest shape it must leave as it was —

- a row of halves alone under a header of the template's labels (「令和7年度」 over 「上期 | 下期」) is a header two rows
  deep, the generic readers', who read a Gantt chart's filled halves (``template._is_halves_row``);
- a web page whose table merges a cell down (``rowspan``) is read as its own document where the text it renders to
  reads no row its tables lack (``readers._merges_kept``);
- an undated 目標値 whose figure changes sheet by sheet for most 取組 of a workbook kept a sheet a year (this plan's
  years, its last among them) is each sheet's year's target (``tables._targets_by_sheet``) — not a mid-plan revision
  of one 取組, a figure written otherwise, a 前計画's sheet, sheets short of the plan's last year;
- a 「計画」 of no figure and no year on such sheets is the sheet's year's 工程 (``tables._plan_of_the_year``);
- a 施策's sheet's 「担当課 | 市民課」 is the 課 of the one list under it with no 担当課 column (``tables._measure_form``)
  — not past a heading, a page, the next list or a form of no 担当課, and never a 部

— and three documents no rule of the batch may lose a 取組, a schedule or a target of (the cases that broke an earlier
attempt at the batch, held from the start):

- a two-row CSV header 「No | 取組名 | R6 R7 R8 | 成果指標 | 目標値」 with 「R7 R8」 under 目標値: the unlabelled R6–R8
  columns before the 成果指標 are the 工程 (「●」), never targets, and every row keeps its schedule;
- a spaced ``pdftotext -layout`` table whose 開始年度 / 終了年度 stand at the top of tall rows: every row's years kept,
  the last row's too;
- a 取組 titled 「凡例データの標準化」 (a title holding 凡例) is a 取組, no legend.
"""

from __future__ import annotations

import io
from typing import Any

import docx
import openpyxl
from openpyxl.styles import PatternFill

from shinchoku.importers import load_source, parse
from shinchoku.importers.document import Cell, Table
from shinchoku.importers.readers import _merges_kept
from shinchoku.importers.readers.text import read_text
from shinchoku.importers.shapes.tables import _measure_form
from shinchoku.importers.template import _is_halves_row

from .printed_lines import line_at


def _years(item: dict[str, Any]) -> list[int]:
    return [entry["fy"] for entry in item["schedule"]]


def _targets(item: dict[str, Any]) -> list[tuple[str, Any, list[tuple[int, float]]]]:
    return [
        (
            k["name"],
            k["final_target"] and k["final_target"]["value"],
            [(t["fy"], t["value"]) for t in k["targets"]],
        )
        for k in item["indicators"]
    ]


# --- held from the start: what no rule of the batch may lose ------------------------------------------------------

#: 「R6 | R7 | R8」 unlabelled over their 「●」 marks before 「成果指標」, 「目標値」 over 「R7 | R8」 on the second row.
TWO_ROW_CSV = (
    "梢町ＤＸ推進計画（令和６年度～令和８年度）\n"
    "No,取組名,担当課,R6,R7,R8,成果指標,目標値,\n"
    ",,,,,,,R7,R8\n"
    "1,電子申請の拡充,総務課,●,●,●,電子申請できる手続数,40,60\n"
    "2,窓口キャッシュレス化,住民課,,●,●,対応窓口数,2,4\n"
    "3,基幹業務システムの標準化,総務課,●,●,,－,,\n"
    "4,スマホ教室の開催,生涯学習課,,,●,参加者数（年間）,,80\n"
)


def test_two_row_csv_header_keeps_every_schedule_and_target() -> None:
    """The R6–R8 columns before 成果指標 are each row's 工程, the 「R7 | R8」 under 目標値 its targets."""
    plan = parse(TWO_ROW_CSV.encode(), filename="kozue.csv")
    found = {i["code"]: i for i in plan["initiatives"]}
    assert [(c, _years(i)) for c, i in found.items()] == [
        ("1", [2024, 2025, 2026]),
        ("2", [2025, 2026]),
        ("3", [2024, 2025]),
        ("4", [2026]),
    ]
    assert _targets(found["1"]) == [("電子申請できる手続数", 60, [(2025, 40), (2026, 60)])]
    assert _targets(found["2"]) == [("対応窓口数", 4, [(2025, 2), (2026, 4)])]
    assert _targets(found["3"]) == []
    assert _targets(found["4"]) == [("参加者数（年間）", 80, [(2026, 80)])]


#: 開始年度 / 終了年度 printed at the top of rows made tall by a wrapped 内容 (``pdftotext -layout``, blanks apart).
TOP_ALIGNED_YEARS = "\n".join(
    [
        "梢町ＤＸ推進計画（令和６年度～令和10年度）",
        "",
        line_at((0, "No."), (6, "取組名"), (30, "担当課"), (44, "内容"), (76, "開始年度"), (88, "終了年度")),
        "",
        line_at(
            (0, "1"),
            (6, "電子申請の拡充"),
            (30, "総務課"),
            (44, "子育て・介護の手続を中心に"),
            (76, "R6"),
            (88, "R10"),
        ),
        line_at((44, "電子申請できる手続を増やし、")),
        line_at((44, "窓口に来なくても済むようにす")),
        line_at((44, "る。")),
        "",
        line_at(
            (0, "2"),
            (6, "窓口キャッシュレス化"),
            (30, "住民課"),
            (44, "証明書の手数料をキャッシュレ"),
            (76, "R7"),
            (88, "R8"),
        ),
        line_at((44, "スで納められるようにする。")),
        line_at((44, "対応する窓口を順に広げる。")),
        "",
        line_at(
            (0, "3"),
            (6, "スマホ教室の開催"),
            (30, "生涯学習課"),
            (44, "公民館で高齢者向けのスマホ教"),
            (76, "R8"),
            (88, "R10"),
        ),
        line_at((44, "室を開く。参加者の声を聞き、")),
        line_at((44, "内容を見直す。")),
        "",
    ]
)


def test_top_aligned_years_of_tall_rows_are_each_rows() -> None:
    """Every row's 開始年度 to 終了年度, the last row's too."""
    plan = parse(TOP_ALIGNED_YEARS.encode(), filename="kozue.txt")
    found = {i["code"]: i for i in plan["initiatives"]}
    assert [(c, i["title"], _years(i)) for c, i in found.items()] == [
        ("1", "電子申請の拡充", [2024, 2025, 2026, 2027, 2028]),
        ("2", "窓口キャッシュレス化", [2025, 2026]),
        ("3", "スマホ教室の開催", [2026, 2027, 2028]),
    ]


#: A 取組 whose title holds 「凡例」, among a list with a legend of its own.
LEGEND_IN_TITLE = (
    "梢町ＤＸ推進計画（令和７年度～令和９年度）\n"
    "凡例：●実施\n"
    "No.\t取組名\t担当課\tR7\tR8\tR9\n"
    "1\t電子申請の拡充\t総務課\t●\t●\t●\n"
    "2\t凡例データの標準化\t企画課\t●\t●\t\n"
    "3\tスマホ教室の開催\t生涯学習課\t\t●\t●\n"
)


def test_a_title_holding_legend_is_an_initiative() -> None:
    """「凡例データの標準化」 is 取組 2, with its years."""
    plan = parse(LEGEND_IN_TITLE.encode(), filename="kozue.txt")
    assert [(i["code"], i["title"], _years(i)) for i in plan["initiatives"]] == [
        ("1", "電子申請の拡充", [2025, 2026, 2027]),
        ("2", "凡例データの標準化", [2025, 2026]),
        ("3", "スマホ教室の開催", [2026, 2027]),
    ]


# --- a Gantt chart of filled halves under the template's labels (``template._is_halves_row``) -----------------------

_BAR = PatternFill("solid", fgColor="5B9BD5")


def _gantt(
    halves_row: list[str | None], filled: dict[int, list[int]], extra: tuple[str, str, str] | None = None
) -> bytes:
    """「番号 | 取組名 | 担当課 | 指標名 | 基準値 | 目標値」 (and a column ``extra`` = (label, 1's, 2's) after them) then
    「令和7年度」 「令和8年度」 each merged over two columns, ``halves_row`` under them; each 取組's row filled in blue in
    the columns ``filled`` names (0 the first half)."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "工程表"
    sheet["A1"] = "梢村ＤＸ推進計画　工程表（令和７年度～令和８年度）"
    labels = ["番号", "取組名", "担当課", "指標名", "基準値", "目標値", *(extra[:1] if extra else ())]
    for column, label in enumerate(labels, start=1):
        sheet.cell(3, column, label)
        sheet.merge_cells(start_row=3, start_column=column, end_row=4, end_column=column)
    first = len(labels) + 1
    for at, year in enumerate(("令和7年度", "令和8年度")):
        sheet.cell(3, first + 2 * at, year)
        sheet.merge_cells(start_row=3, start_column=first + 2 * at, end_row=3, end_column=first + 1 + 2 * at)
    for column, label in enumerate(halves_row, start=first):
        sheet.cell(4, column, label)
    rows = [
        ("1", "電子申請の拡充", "総務課", "電子申請できる手続数", 20, 60, *(extra[1:2] if extra else ())),
        ("2", "窓口キャッシュレス化", "住民課", "対応窓口数", 0, 4, *(extra[2:] if extra else ())),
    ]
    for offset, values in enumerate(rows):
        for column, value in enumerate(values, start=1):
            sheet.cell(5 + offset, column, value)
        for half in filled[offset]:
            sheet.cell(5 + offset, first + half).fill = _BAR
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _halves(item: dict[str, Any]) -> list[tuple[int, int | None]]:
    return [(entry["fy"], entry["half"]) for entry in item["schedule"]]


def test_filled_halves_of_a_gantt_are_its_schedule() -> None:
    """「上期 | 下期」 under each year, the halves only filled in colour: each filled half the 取組's (first read by the
    template, which reads no fill: no schedule at all)."""
    plan = parse(_gantt(["上期", "下期", "上期", "下期"], {0: [0, 1, 2], 1: [3]}), filename="koutei.xlsx")
    assert [(i["code"], _halves(i)) for i in plan["initiatives"]] == [
        ("1", [(2025, 1), (2025, 2), (2026, 1)]),
        ("2", [(2026, 2)]),
    ]
    assert _targets(plan["initiatives"][0]) == [("電子申請できる手続数", 60, [])]


def test_a_row_under_the_header_is_halves_only_when_every_cell_is_a_half() -> None:
    """Halves alone under the header, nothing under the title: the header's second row. A row with a title, a lone half,
    or a half among other words (「上期 | 計画」) is a row of the template."""
    header = ["番号", "取組名", "担当課", "令和7年度", "", "令和8年度", ""]
    assert _is_halves_row(header, ["", "", "", "上期", "下期", "前期", "後期"])
    assert not _is_halves_row(header, ["1", "電子申請の拡充", "総務課", "上期", "下期"])
    assert not _is_halves_row(header, ["", "", "", "上期"])
    assert not _is_halves_row(header, ["", "", "", "上期", "計画"])


def test_halves_under_a_header_of_the_templates_own_columns_stay_the_templates() -> None:
    """A 「種別」「区分」「印」 or 「階層」 column beside the halves: the template's sheet still (handed to the generic readers
    its 種別 KGI was read as KPI, its 階層 as no 施策, its 区分 and 印 as nothing), its KGI a KGI, its halves unread as
    before the rule."""
    plan = parse(
        _gantt(["上期", "下期", "上期", "下期"], {0: [0, 1], 1: [3]}, ("種別", "KGI", "KPI")),
        filename="koutei.xlsx",
    )
    assert plan["plan"]["source"]["layout"] == "template"
    assert [k["kind"] for i in plan["initiatives"] for k in i["indicators"]] == ["KGI", "KPI"]
    for label in ("区分", "印", "階層"):
        header = ["番号", "取組名", "担当課", label, "令和7年度", "", "令和8年度", ""]
        assert not _is_halves_row(header, ["", "", "", "", "上期", "下期", "上期", "下期"])


def test_the_template_with_a_step_a_half_stays_the_template() -> None:
    """The template's own header with 「工程 R7上期」 labels on one row: read by the template, each step its half."""
    text = (
        "番号,取組名,担当課,工程 R7上期,工程 R7下期\n"
        "1,電子申請の拡充,総務課,検討,導入\n"
        "2,窓口キャッシュレス化,住民課,,検討\n"
    )
    plan = parse(text.encode(), filename="template.csv")
    assert plan["plan"]["source"]["layout"] == "template"
    assert [_halves(i) for i in plan["initiatives"]] == [[(2025, 1), (2025, 2)], [(2025, 2)]]


# --- a web page's cells merged down (``readers._merges_kept``) ------------------------------------------------------

_ROWSPAN_PAGE = """<!doctype html><html lang=ja><meta charset=utf-8><body>
<h1>梢市ＤＸ推進計画（令和７年度～令和10年度）</h1>
<table><tr><th>施策</th><th>No.</th><th>取組名</th><th>担当課</th><th>実施年度</th></tr>
<tr><td rowspan=3>行政手続のデジタル化</td><td>1</td><td>電子申請の拡充</td><td rowspan=2>総務課</td><td>R7～R10</td></tr>
<tr><td>2</td><td>会議のペーパーレス化</td><td>R7～R8</td></tr>
<tr><td>3</td><td>スマホ教室の開催</td><td>生涯学習課</td><td>R8～R10</td></tr></table>
</body></html>"""


def test_a_department_merged_down_a_web_pages_rows_is_each_rows() -> None:
    """「総務課」 merged over 取組 1 and 2 (``rowspan``) is both's (first read as the text: 2 of no 課)."""
    plan = parse(_ROWSPAN_PAGE.encode(), filename="torikumi.html")
    assert [(i["code"], i["departments"], _years(i)) for i in plan["initiatives"]] == [
        ("1", ["総務課"], [2025, 2026, 2027, 2028]),
        ("2", ["総務課"], [2025, 2026]),
        ("3", ["生涯学習課"], [2026, 2027, 2028]),
    ]


def test_a_page_is_read_as_its_text_where_the_text_reads_more() -> None:
    """A rendered row no table of the page holds (lines the text alone reads as a row) keeps the text's reading; a page
    of no cell merged down is read as its text, as before."""
    source = load_source(_ROWSPAN_PAGE.encode(), filename="torikumi.html")
    page = source.document
    rendered = read_text(source.text)
    assert _merges_kept(page, rendered)
    more = Table([[Cell("4"), Cell("オープンデータの公開"), Cell("企画課"), Cell("R9～R10")]])
    rendered.pages[0].blocks.append(more)
    assert not _merges_kept(page, rendered)
    flat = load_source(
        _ROWSPAN_PAGE.replace(" rowspan=2", "").replace(" rowspan=3", "").encode(), filename="t.html"
    )
    assert not _merges_kept(flat.document, read_text(flat.text))


# --- a workbook kept a sheet a year, its 目標値 the year's (``tables._targets_by_sheet``) -------------------------------


def _sheet_a_year(
    targets: dict[int, tuple[str, str]],
    steps: dict[int, tuple[str, str]] | None = None,
    *,
    named: bool = True,
) -> bytes:
    """Sheets 「令和7年度」「令和8年度」 (``named``; else 「総務課分」…), each 「No. | 取組名 | 担当課 | 成果指標 | 基準値（R6） |
    目標値 | 実績」 with 取組 1 and 2, their 目標値 on each sheet ``targets[fy]`` and R7's 実績 — and a 「計画」 column of
    ``steps[fy]`` where given."""
    book = openpyxl.Workbook()
    first = book.active
    assert first is not None
    book.remove(first)
    for at, (fy, (one, two)) in enumerate(targets.items()):
        sheet = book.create_sheet(f"令和{fy - 2018}年度" if named else ("総務課分", "企画課分")[at])
        sheet.append([f"梢町ＤＸ推進計画（令和７年度～令和８年度）　進捗管理表（令和{fy - 2018}年度）"])
        sheet.append([])
        plan = ["計画"] if steps else []
        sheet.append(["No.", "取組名", "担当課", "成果指標", "基準値（R6）", "目標値", "実績", *plan])
        done = ("46手続", "92人") if fy == 2025 else (None, None)
        step = steps[fy] if steps else ()
        sheet.append(
            ["1", "電子申請の拡充", "総務課", "電子申請できる手続数", "20手続", one, done[0], *step[:1]]
        )
        sheet.append(
            ["2", "スマホ教室の開催", "生涯学習課", "参加者数（年間）", "50人", two, done[1], *step[1:]]
        )
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _figures(item: dict[str, Any]) -> list[tuple[Any, ...]]:
    return [
        (
            k["final_target"] and (k["final_target"]["fy"], k["final_target"]["value"]),
            [(t["fy"], t["value"]) for t in k["targets"]],
            [(a["fy"], a["value"]) for a in k["actuals"]],
        )
        for k in item["indicators"]
    ]


def test_a_target_that_changes_sheet_by_sheet_is_each_years() -> None:
    """目標値 40 on 「令和7年度」, 60 on 「令和8年度」: R7's 40 and R8's 60, the plan's last year's the final target (first
    read: the final target R7's 40, R8's 60 left out)."""
    plan = parse(
        _sheet_a_year({2025: ("40手続", "80人"), 2026: ("60手続", "100人")}), filename="shinchoku.xlsx"
    )
    assert [_figures(i) for i in plan["initiatives"]] == [
        [((2026, 60), [(2025, 40), (2026, 60)], [(2025, 46)])],
        [((2026, 100), [(2025, 80), (2026, 100)], [(2025, 92)])],
    ]


def test_a_target_the_same_on_every_sheet_stays_the_final_target() -> None:
    """目標値 60 on both sheets: the final target, no year's own (as read before the rule); sheets not named by a year
    are no sheet a year either."""
    same = _sheet_a_year({2025: ("60手続", "100人"), 2026: ("60手続", "100人")})
    plan = parse(same, filename="shinchoku.xlsx")
    assert _figures(plan["initiatives"][0]) == [((2026, 60), [], [(2025, 46)])]
    book = openpyxl.load_workbook(
        io.BytesIO(_sheet_a_year({2025: ("40手続", "80人"), 2026: ("60手続", "100人")}))
    )
    book["令和7年度"].title, book["令和8年度"].title = "総務課分", "生涯学習課分"
    out = io.BytesIO()
    book.save(out)
    unnamed = parse(out.getvalue(), filename="shinchoku.xlsx")
    assert not any(k["targets"] for i in unnamed["initiatives"] for k in i["indicators"])


_HEAD = ["No.", "取組名", "担当課", "成果指標", "基準値（R5）", "目標値", "実績"]
_ROWS = [
    ["1", "電子申請の拡充", "総務課", "電子申請できる手続数", "20手続"],
    ["2", "スマホ教室の開催", "生涯学習課", "参加者数（年間）", "50人"],
    ["3", "オープンデータの公開", "企画課", "公開データセット数", "6件"],
]
_R6_R9 = "梢町ＤＸ推進計画（令和６年度～令和９年度）　進捗管理表"


def _book(sheets: dict[str, list[list[str]]], title: str = _R6_R9) -> bytes:
    """A sheet a name, each a title, a blank row, 「No. | 取組名 | 担当課 | 成果指標 | 基準値（R5） | 目標値 | 実績」 and
    ``_ROWS``' 取組 with the sheet's 目標値 and 実績 (a row of ``sheets[name]`` a 取組, or a whole row of seven)."""
    book = openpyxl.Workbook()
    first = book.active
    assert first is not None
    book.remove(first)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        sheet.append([f"{title}（{name}）"])
        sheet.append([])
        sheet.append(_HEAD)
        for at, row in enumerate(rows):
            sheet.append(row if len(row) == len(_HEAD) else [*_ROWS[at], *row])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


_FINAL = [
    [((2027, 80), [], [(2024, 35), (2025, 52)])],
    [((2027, 100), [], [(2024, 60), (2025, 75)])],
    [((2027, 30), [], [(2024, 10), (2025, 14)])],
]


def test_a_target_revised_mid_plan_stays_the_final_target() -> None:
    """「R6実績」「R7実績」 of a plan to R9, only 1's 目標値 revised (80 → 100): each 取組's undated 目標値 the final target
    (R9), no year's — one 取組 of three changing is a revision, and no sheet is the plan's last year's."""
    plan = parse(
        _book(
            {
                "R6実績": [["80手続", "35手続"], ["100人", "60人"], ["30件", "10件"]],
                "R7実績": [["100手続", "52手続"], ["100人", "75人"], ["30件", "14件"]],
            }
        ),
        filename="shinchoku.xlsx",
    )
    assert [_figures(i) for i in plan["initiatives"]] == _FINAL
    # every sheet of the plan's years, every 取組's the same but 1's: a revision still, no year's target
    revised = _book(
        {
            f"令和{n}年度": [[t, "35手続"], ["100人", "60人"], ["30件", "10件"]]
            for n, t in ((6, "80手続"), (7, "80手続"), (8, "100手続"), (9, "100手続"))
        }
    )
    assert not any(
        k["targets"]
        for i in parse(revised, filename="shinchoku.xlsx")["initiatives"]
        for k in i["indicators"]
    )


def test_a_target_written_otherwise_is_the_same_figure() -> None:
    """「80手続」 on one sheet, 「８０手続」「80」 or 「80 手続」 on another — and the rest the same — is one figure: the
    final target, no year's."""
    for written in ("８０手続", "80", "80 手続"):
        sheets = {
            f"令和{n}年度": [[written if n == 9 else "80手続", "35手続"], ["100人", "60人"], ["30件", "10件"]]
            for n in (6, 7, 8, 9)
        }
        plan = parse(_book(sheets), filename="shinchoku.xlsx")
        assert [_figures(i)[0][:2] for i in plan["initiatives"]] == [
            ((2027, 80), []),
            ((2027, 100), []),
            ((2027, 30), []),
        ]


def test_a_sheet_of_the_plan_before_dates_no_target() -> None:
    """A 「R2」 or 「R5（前計画）」 sheet beside 「R6」 (its 目標値 the plan before's): each 取組 of this plan keeps its final
    target, the old figures no target of this plan's years; before it, the old sheet dates no target either (the
    first sheet's 目標値 the final target, as read before the rule)."""
    old = [
        ["1", "電子申請の拡充", "総務課", "電子申請できる手続数", "5手続", "20手続", "18手続"],
        ["2", "スマホ教室の開催", "生涯学習課", "参加者数（年間）", "0人", "50人", "48人"],
    ]
    now = [["80手続", "35手続"], ["100人", "60人"], ["30件", "10件"]]
    for name in ("R2", "R5（前計画）"):
        plan = parse(_book({"R6": now, name: old}), filename="shinchoku.xlsx")
        found = {i["title"]: i for i in plan["initiatives"]}
        for title, value in (("電子申請の拡充", 80), ("スマホ教室の開催", 100), ("オープンデータの公開", 30)):
            (kpi,) = found[title]["indicators"]
            assert (kpi["final_target"]["fy"], kpi["final_target"]["value"]) == (2027, value)
            assert kpi["targets"] == []
        plan = parse(_book({name: old, "R6": now}), filename="shinchoku.xlsx")
        assert not any(k["targets"] for i in plan["initiatives"] for k in i["indicators"])


# --- a 施策's sheet: its 担当課 the 取組 listed under it have (``tables._measure_form``) --------------------------------


def _sheets(
    form: list[list[str]], listed_head: list[str], second_form: list[list[str]] | None = None
) -> bytes:
    """Two 施策's sheets as text: each its form's rows, a blank line, its 取組 list under ``listed_head``."""
    lines = ["藤野市ＤＸ推進計画（令和６年度～令和９年度）　施策評価シート", ""]
    lists = [
        [["1-1-1", "電子申請の拡充", "電子申請できる手続数", "300手続", "R6～R9"]],
        [["1-2-1", "窓口予約の導入", "予約の割合", "30％", "R7～R9"]],
    ]
    for at, rows in enumerate((form, second_form or [[c.replace("1-1", "1-2") for c in r] for r in form])):
        lines += ["\t".join(r) for r in rows] + ["", "\t".join(listed_head)]
        lines += ["\t".join(r[: len(listed_head)]) for r in lists[at]] + [""]
    return "\n".join(lines).encode()


_FORM = [
    ["施策番号", "1-1", "施策名", "行政手続のオンライン化"],
    ["担当課", "市民課", "関係課", "デジタル推進課"],
]
_LISTED = ["No.", "取組名", "活動指標", "目標値（R9）", "実施期間"]


def test_a_measures_sheet_gives_its_department_to_its_initiatives() -> None:
    """「担当課 | 市民課」 on 施策 1-1's form is 1-1-1's, 施策 1-2's 「会計課」 1-2-1's; the 関係課 no 担当課 (first read: of
    no 課)."""
    second = [["施策番号", "1-2", "施策名", "窓口の利便性の向上"], ["担当課", "会計課", "関係課", "市民課"]]
    plan = parse(_sheets(_FORM, _LISTED, second), filename="hyoka.txt")
    assert [(i["code"], i["departments"], _years(i)) for i in plan["initiatives"]] == [
        ("1-1-1", ["市民課"], [2024, 2025, 2026, 2027]),
        ("1-2-1", ["会計課"], [2025, 2026, 2027]),
    ]


def test_only_a_form_naming_a_measure_gives_its_department() -> None:
    """A form naming no 施策 (a plan's cover 「計画名 | … | 担当課 | 企画課」) gives no 課; a list with its own 担当課 column
    keeps its own; a form's 関係課 alone is no 担当課."""
    cover = [["計画名", "藤野市ＤＸ推進計画", "担当課", "企画課"]]
    plan = parse(_sheets(cover, _LISTED, cover), filename="hyoka.txt")
    assert [i["departments"] for i in plan["initiatives"]] == [[], []]
    own = _sheets(_FORM, ["No.", "取組名", "担当課", "目標値（R9）", "実施期間"])
    plan = parse(
        own.replace("電子申請できる手続数".encode(), "総務課".encode()).replace(
            "予約の割合".encode(), "住民課".encode()
        ),
        filename="hyoka.txt",
    )
    assert [i["departments"] for i in plan["initiatives"]] == [["総務課"], ["住民課"]]
    related = [["施策番号", "1-1", "施策名", "行政手続のオンライン化"], ["関係課", "デジタル推進課"]]
    plan = parse(_sheets(related, _LISTED), filename="hyoka.txt")
    assert [i["departments"] for i in plan["initiatives"]] == [[], []]


_LIST_HEAD = ["No.", "取組名", "活動指標", "目標値（R9）", "実施期間"]
_LIST_11 = [
    _LIST_HEAD,
    ["1-1-1", "電子申請の拡充", "電子申請できる手続数", "300手続", "R6～R9"],
    ["1-1-2", "キャッシュレス決済の導入", "対応窓口数", "10窓口", "R7～R9"],
]


def _word(*blocks: str | list[list[str]]) -> bytes:
    """A Word document of 藤野市's plan (R6–R9): each block a heading (a text) or a table (its rows)."""
    document = docx.Document()
    document.add_heading("藤野市ＤＸ推進計画（令和６年度～令和９年度）", 1)
    for block in blocks:
        if isinstance(block, str):
            document.add_heading(block, 2)
            continue
        table = document.add_table(rows=len(block), cols=max(len(r) for r in block))
        for i, row in enumerate(block):
            for j, text in enumerate(row):
                table.cell(i, j).text = text
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _departments(data: bytes) -> dict[str, list[str]]:
    return {i["code"]: i["departments"] for i in parse(data, filename="shisaku.docx")["initiatives"]}


def test_a_measures_department_is_the_one_list_under_its_form() -> None:
    """施策 1-1's form 「担当課 | 市民課」 is 1-1-1's and 1-1-2's only: the list under the next 施策's heading, a 基本目標's
    list and a 参考 list of other plans' 取組 have no 課 (first read: 市民課 for each)."""
    later = [_LIST_HEAD, ["1-2-1", "窓口予約の導入", "予約の割合", "30％", "R7～R9"]]
    goal = [_LIST_HEAD, ["2-1-1", "オープンデータの公開", "公開データセット数", "50件", "R6～R9"]]
    found = _departments(
        _word("施策1-1　行政手続のオンライン化", _FORM, _LIST_11, "施策1-2　窓口の利便性の向上", later, goal)
    )
    assert found == {"1-1-1": ["市民課"], "1-1-2": ["市民課"], "1-2-1": [], "2-1-1": []}
    reference = [
        ["No.", "取組名", "計画名", "実施期間"],
        ["参1", "GIGAスクールの推進", "教育振興基本計画", "R6～R9"],
    ]
    found = _departments(_word(_FORM, _LIST_11, "参考　関連する個別計画の取組", reference))
    assert found == {"1-1-1": ["市民課"], "1-1-2": ["市民課"], "参1": []}


def test_a_measures_form_of_no_department_clears_the_one_before() -> None:
    """施策 1-2's form of no 担当課 (「施策の目的」 alone, or 「担当課」 blank): 1-2-1 of no 課, not 1-1's 市民課; 2-1's
    「所管部署 | 生涯学習課」 is 2-1-1's."""
    for second in (["施策の目的", "来庁不要の窓口", "", ""], ["担当課", "", "関係課", ""]):
        found = _departments(
            _word(
                _FORM,
                _LIST_11[:2],
                [["施策番号", "1-2", "施策名", "窓口の利便性の向上"], second],
                [_LIST_HEAD, ["1-2-1", "窓口予約の導入", "予約の割合", "30％", "R7～R9"]],
                [
                    ["施策番号", "2-1", "施策名", "デジタルデバイド対策"],
                    ["所管部署", "生涯学習課", "連携課", "企画課"],
                ],
                [_LIST_HEAD, ["2-1-1", "スマホ教室の開催", "参加者数", "100人", "R6～R9"]],
            )
        )
        assert found == {"1-1-1": ["市民課"], "1-2-1": [], "2-1-1": ["生涯学習課"]}


def test_a_measures_department_is_a_ka_never_a_bu() -> None:
    """「担当部局 | 総務部 | 担当課 | 情報政策課」: the 課 labelled 担当課, 情報政策課; 「担当課 | 総務部 | 情報政策課」 (a 部
    where the 課 is, the 課 unlabelled) and 「担当課 | 全課」 give none (first read: 総務部)."""
    named = ["施策番号", "1-1", "施策名", "行政手続のオンライン化"]
    found = _departments(_word([named, ["担当部局", "総務部", "担当課", "情報政策課"]], _LIST_11))
    assert found == {"1-1-1": ["情報政策課"], "1-1-2": ["情報政策課"]}
    for row in (["担当課", "総務部", "情報政策課", ""], ["担当課", "全課", "関係課", "－"]):
        assert _departments(_word([named, row], _LIST_11)) == {"1-1-1": [], "1-1-2": []}


def _form(*rows: list[str]) -> Table:
    return Table([[Cell(text) for text in row] for row in rows])


def test_a_form_naming_an_initiative_is_no_measures_sheet() -> None:
    """「施策名 | … | 取組名 | …」 is a 取組's own card (its 担当課 its own): no 施策's sheet; a 施策's form with its value merged
    across the row (「施策の目的 | …」) still is."""
    assert _measure_form(_form(*_FORM)) == ["市民課"]
    card = _form(
        ["施策名", "行政手続のオンライン化", "取組名", "電子申請の拡充"],
        ["担当課", "市民課", "関係課", "総務課"],
    )
    assert _measure_form(card) is None
    purpose = Table(
        [
            *_form(*_FORM).rows,
            [Cell("施策の目的"), Cell("来庁せずに済む市役所"), Cell("来庁せずに済む市役所", "left")],
        ]
    )
    assert _measure_form(purpose) == ["市民課"]


# --- a sheet a year's 「計画」: the 工程 of its year (``tables._plan_of_the_year``) ---------------------------------------------

_TARGETS = {2025: ("40手続", "80人"), 2026: ("60手続", "100人")}


def test_a_sheet_a_years_plan_is_its_years_step() -> None:
    """「計画」 「拡大」 on both sheets is 1's R7 and R8, 2's 「－」 on R7's sheet no step that year (first read: no
    schedule)."""
    plan = parse(
        _sheet_a_year(_TARGETS, {2025: ("拡大", "－"), 2026: ("拡大", "開催")}), filename="shinchoku.xlsx"
    )
    assert [_years(i) for i in plan["initiatives"]] == [[2025, 2026], [2026]]


def test_a_plan_column_of_figures_or_of_no_years_sheet_is_no_schedule() -> None:
    """A 「計画」 of figures (a 計画値) is no step; a 「計画」 on sheets named by no year is no year's."""
    figures = parse(
        _sheet_a_year(_TARGETS, {2025: ("40", "80"), 2026: ("60", "100")}), filename="shinchoku.xlsx"
    )
    assert [_years(i) for i in figures["initiatives"]] == [[], []]
    unnamed = _sheet_a_year(_TARGETS, {2025: ("拡大", "開催"), 2026: ("拡大", "開催")}, named=False)
    assert [_years(i) for i in parse(unnamed, filename="shinchoku.xlsx")["initiatives"]] == [[], []]


def test_a_plan_naming_years_or_of_one_years_sheet_is_no_schedule() -> None:
    """A 「計画」 naming years (「R7～R8」「R6検討、R7から導入」「毎年度実施」: the plan's span, no one year's step) is no
    step of the sheet's year; nor is 「拡大」 on a workbook of one sheet named by a year (「令和6年度改定版」: the plan's
    edition) — first read: each a step of R6 or R7."""
    spans = {2025: ("R7～R8", "毎年度実施"), 2026: ("R6検討、R7から導入", "開催")}
    assert [
        _years(i) for i in parse(_sheet_a_year(_TARGETS, spans), filename="shinchoku.xlsx")["initiatives"]
    ] == [
        [],
        [],
    ]
    one = _sheet_a_year({2025: _TARGETS[2025]}, {2025: ("拡大", "開催")})
    assert [_years(i) for i in parse(one, filename="shinchoku.xlsx")["initiatives"]] == [[], []]


def test_a_sheet_named_by_no_year_keeps_its_target_final() -> None:
    """Beside the year's sheets, a 「総括」 sheet's undated 目標値 of 取組 3 is its final target, no year's (the report's
    year, 令和７年度 by the title, dates none of it)."""
    book = openpyxl.load_workbook(io.BytesIO(_sheet_a_year(_TARGETS)))
    book["令和7年度"]["A1"] = "梢町ＤＸ推進計画（令和７年度～令和８年度）　令和７年度 進捗状況"
    summary = book.create_sheet("総括")
    summary.append(["梢町ＤＸ推進計画（令和７年度～令和８年度）　進捗管理表（令和７年度）"])
    summary.append([])
    summary.append(["No.", "取組名", "担当課", "成果指標", "基準値（R6）", "目標値", "実績"])
    summary.append(["3", "オープンデータの公開", "企画課", "公開データセット数", "6件", "30件", None])
    out = io.BytesIO()
    book.save(out)
    found = {i["code"]: i for i in parse(out.getvalue(), filename="shinchoku.xlsx")["initiatives"]}
    assert _figures(found["3"]) == [((2026, 30), [], [])]
    assert _figures(found["1"]) == [((2026, 60), [(2025, 40), (2026, 60)], [(2025, 46)])]
