"""Where batch 44's rules stop (``test_unseen_plans44.py``): each rule read on a small document of its shape, and on the
nearest shape it must leave as it was —

- header cells of no role over a matrix of 「●」「○」 — two or more side by side, under a group label (the national
  重点取組 a 取組 serves) — leave the header one (``tables._mark_columns``): not columns of figures (a 地区's counts, whose
  figures would be lost: the sheet is refused as before), not a column with a word in it, not a lone column;
- a table on its side whose first group of labels (「基本情報」) names no column of its own but is merged down from its
  first row over 「取組番号」「取組名」… is turned the right way up from that row (``sideways._labels``), and the row that
  heads it as printed (「区分 | 項目 | 取組1 | 取組2 …」) is no label row where a row under it names the titles
  (``sideways._past_its_header``) — not a one-取組 sheet of label | value, not a table whose only title row is 「項目」;
- a page set in two columns whose lines are fields laid by a tab stop (「担当課→総務課」) is read a column after the other
  (``pdf._fields_both_sides``) — not a table printed without rules whose middle gap falls in the page's middle: its
  halves open their lines with a 取組's code or title and an indicator's name, never the same labels;
- a web page's SVG bar chart gives the figure over each year of its axis as that year's 実績 where the chart says its
  bars are 実績 (``readers.svgchart``) — not a chart of 目標, of two series, one turned or hidden, nor an icon;
- a progress word set after a blank at the end of a title (a card's badge 「順調」) is its grade, no word of the title
  (``common.graded_title``) — not one joined to the title's last word, nor one inside it.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import Any

import openpyxl
import pytest

from shinchoku.importers import ParseError, parse
from shinchoku.importers.document import Cell, Table
from shinchoku.importers.readers.html import read_html
from shinchoku.importers.readers.pdf import _fields_both_sides
from shinchoku.importers.render import render
from shinchoku.importers.shapes.common import graded_title
from shinchoku.importers.shapes.tables import _mark_columns

from .other import unseen44


def _years(item: dict[str, Any]) -> list[int]:
    return [entry["fy"] for entry in item["schedule"]]


def _figures(item: dict[str, Any]) -> list[tuple[Any, Any]]:
    return [
        ((k["baseline"] or {}).get("value"), (k["final_target"] or {}).get("value"))
        for k in item["indicators"]
    ]


def _saved(book: openpyxl.Workbook) -> bytes:
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


# --- a matrix of marks under a group label: the header's cells of no role -----------------------------------------

_FOCUS = (
    "①フロントヤード改革",
    "②システム標準化",
    "③公金収納",
    "④マイナンバーカード",
    "⑤セキュリティ",
    "⑥ＡＩ・ＲＰＡ",
    "⑦テレワーク",
)
#: (No., 取組名, 担当課, the 重点取組 marked (0-based), 成果指標, 現状値（R5）, 目標値（R9）, 実施年度 R6–R9 「○」 or blank).
_ROWS = [
    ("1", "電子申請の拡充", "総務課", {0, 3}, "電子申請できる手続数", "18手続", "120手続", "○○○○"),
    ("2", "基幹業務システムの標準化", "総務課", {1}, "－", "－", "－", "○○  "),
    ("3", "ＲＰＡの活用", "企画課", {5}, "自動化した業務数", "3業務", "20業務", " ○○○"),
    ("4", "テレワーク環境の整備", "総務課、企画課", {4, 6}, "テレワーク端末の台数", "10台", "60台", " ○○ "),
]


def _matrix(mark: Callable[[int, int], str] = lambda row, at: "●") -> bytes:
    """梢野町's 取組一覧: 「国の重点取組との関係」 merged over seven columns, 「実施年度」 over R6 … R9; ``mark(row, at)`` what
    a row writes in the 重点取組 column ``at`` it serves."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet["A1"] = "梢野町ＤＸ推進計画　取組一覧（令和６年度～令和９年度）"
    down = {1: "No.", 2: "取組名", 3: "担当課", 11: "成果指標", 12: "現状値（R5）", 13: "目標値（R9）"}
    for column, label in down.items():
        sheet.cell(3, column, label)
        sheet.merge_cells(start_row=3, start_column=column, end_row=4, end_column=column)
    sheet.cell(3, 4, "国の重点取組との関係")
    sheet.merge_cells(start_row=3, start_column=4, end_row=3, end_column=10)
    sheet.cell(3, 14, "実施年度")
    sheet.merge_cells(start_row=3, start_column=14, end_row=3, end_column=17)
    for at, focus in enumerate(_FOCUS):
        sheet.cell(4, 4 + at, focus)
    for at, year in enumerate(("R6", "R7", "R8", "R9")):
        sheet.cell(4, 14 + at, year)
    for row, (no, title, office, focus, name, base, goal, years) in enumerate(_ROWS, start=5):
        values = [
            no,
            title,
            office,
            *(mark(row, at) if at in focus else None for at in range(7)),
            name,
            base,
            goal,
        ]
        values += [year if year.strip() else None for year in years]
        for column, value in enumerate(values, start=1):
            sheet.cell(row, column, value)
    return _saved(book)


def test_a_matrix_of_national_focus_areas_is_read_beside_its_years() -> None:
    """The 取組 are read, each 取組's 工程 the years marked 「○」 under 実施年度 alone (the 「●」 of 重点取組 no year), its
    figures its own (first: 10 labels of 17 header cells, the sheet refused as no plan)."""
    plan = parse(_matrix(), filename="kozueno.xlsx")
    found = {i["code"]: i for i in plan["initiatives"]}
    assert [(code, i["title"], _years(i)) for code, i in found.items()] == [
        ("1", "電子申請の拡充", [2024, 2025, 2026, 2027]),
        ("2", "基幹業務システムの標準化", [2024, 2025]),
        ("3", "ＲＰＡの活用", [2025, 2026, 2027]),
        ("4", "テレワーク環境の整備", [2025, 2026]),
    ]
    assert _figures(found["1"]) == [(18, 120)]
    assert found["4"]["departments"] == ["総務課", "企画課"]


def test_columns_of_figures_under_a_group_label_are_no_matrix() -> None:
    """A 地区's counts under those seven columns (「10」「13」) are figures the reader would lose: refused as before."""
    with pytest.raises(ParseError):
        parse(_matrix(lambda row, at: str(10 + at)), filename="kozueno.xlsx")


def _table(rows: list[list[str]]) -> Table:
    return Table([[Cell(text) for text in row] for row in rows])


_HEAD = ["No.", "取組名", "担当課", "①フロントヤード改革", "②システム標準化", "③公金収納", "成果指標"]


def test_only_columns_of_marks_side_by_side_are_a_matrix() -> None:
    """A column where one cell writes a word (「済」) is no column of marks, and a lone column of marks is none: of
    「① | ② | ③」 with 「済」 under ③, ① and ② are; of ① alone, with figures under ② and ③, none is."""
    from shinchoku.importers.shapes.tables import _header_columns

    marked = _table(
        [
            _HEAD,
            ["1", "電子申請", "総務課", "●", "", "済", "手続数"],
            ["2", "窓口", "町民課", "", "●", "●", "件数"],
        ]
    )
    assert _mark_columns(marked, 0, _HEAD, _header_columns(_HEAD, None, None)) == [3, 4]
    lone = _table(
        [
            _HEAD,
            ["1", "電子申請", "総務課", "●", "12", "30", "手続数"],
            ["2", "窓口", "町民課", "●", "8", "", "件数"],
        ]
    )
    assert _mark_columns(lone, 0, _HEAD, _header_columns(_HEAD, None, None)) == []


def test_years_marked_are_the_schedules_not_a_matrix() -> None:
    """Years over 「○」 have a role (the 工程): they are never counted among a matrix's columns of no role."""
    from shinchoku.importers.shapes.tables import _header_columns

    head = ["No.", "取組名", "担当課", "R6", "R7", "R8"]
    table = _table([head, ["1", "電子申請", "総務課", "○", "○", ""], ["2", "窓口", "町民課", "", "○", "○"]])
    assert _mark_columns(table, 0, head, _header_columns(head, None, None)) == []


# --- a table on its side: a group merged down from its first row, and the row heading it as printed ---------------


def _side(first: str, *, grouped: bool = False, header: bool = False) -> bytes:
    """梢野町's 取組別計画, a column a 取組: ``first`` the title row's label; ``grouped``: 「基本情報」 merged down column A over
    the rows of column B's labels; ``header``: a row 「区分 | 項目 | 取組1 | 取組2 | 取組3」 over them."""
    rows = [
        (first, "電子申請の拡充", "窓口のキャッシュレス化", "ＲＰＡの活用"),
        ("取組番号", "1-1", "1-2", "2-1"),
        ("担当課", "総務課", "町民課", "企画課"),
        ("成果指標", "電子申請できる手続数", "対応窓口数", "自動化した業務数"),
        ("現状値（R5）", "18手続", "2窓口", "3業務"),
        ("目標値（R9）", "120手続", "10窓口", "20業務"),
    ]
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet["A1"] = "梢野町ＤＸ推進計画　取組別計画（令和６年度～令和９年度）"
    top = 3
    if header:
        for column, text in enumerate(("区分", "項目", "取組1", "取組2", "取組3"), start=1):
            sheet.cell(top, column, text)
        top += 1
    shift = 2 if grouped else 1
    for r, row in enumerate(rows, start=top):
        for column, text in enumerate(row, start=shift):
            sheet.cell(r, column, text)
    if grouped:
        sheet.cell(top, 1, "基本情報")
        sheet.merge_cells(start_row=top, start_column=1, end_row=top + len(rows) - 1, end_column=1)
    return _saved(book)


def _read(data: bytes) -> list[tuple[Any, ...]]:
    plan = parse(data, filename="kozueno.xlsx")
    return [(i["code"], i["title"], i["departments"], _figures(i)) for i in plan["initiatives"]]


_SIDE_READ = [
    ("1-1", "電子申請の拡充", ["総務課"], [(18, 120)]),
    ("1-2", "窓口のキャッシュレス化", ["町民課"], [(2, 10)]),
    ("2-1", "ＲＰＡの活用", ["企画課"], [(3, 20)]),
]


def test_a_group_merged_down_from_the_first_label_row_is_turned_whole() -> None:
    """「基本情報」 (no column's label) merged down from the 取組名 row: every 取組 has its code, 課 and figures — and the
    row 「区分 | 項目 | 取組1 …」 over it titles none of them 「取組1」."""
    assert _read(_side("取組名", grouped=True, header=True)) == _SIDE_READ


def test_a_table_titled_by_its_item_row_keeps_its_titles() -> None:
    """Where 「項目」 labels the titles themselves (no 取組名 row under it), its row is the title row as before."""
    assert _read(_side("項目")) == _SIDE_READ


def test_a_one_initiative_sheet_with_a_group_merged_down_is_no_table_on_its_side() -> None:
    """A 取組シート of label | value, 「基本情報」 merged down beside its labels: one value column, one 取組, read as a card."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet["A1"] = "梢野町ＤＸ推進計画　取組シート（令和６年度～令和９年度）"
    rows = [
        ("取組番号", "1-1"),
        ("取組名", "電子申請の拡充"),
        ("担当課", "総務課"),
        ("成果指標", "電子申請できる手続数"),
        ("現状値（R5）", "18手続"),
        ("目標値（R9）", "120手続"),
    ]
    for r, (label, value) in enumerate(rows, start=3):
        sheet.cell(r, 2, label)
        sheet.cell(r, 3, value)
    sheet.cell(3, 1, "基本情報")
    sheet.merge_cells("A3:A5")
    sheet.cell(6, 1, "成果指標")
    sheet.merge_cells("A6:A8")
    assert _read(_saved(book)) == [_SIDE_READ[0]]


# --- a page in two columns of fields laid by a tab stop ---------------------------------------------------------------


def _line(y: float, x: float, *pieces: tuple[float, str]) -> list[dict[str, Any]]:
    """A printed line's characters, 10 pt each: each piece's text from its x (past ``x``, the side's left edge)."""
    out = []
    for at, text in pieces:
        for i, ch in enumerate(text):
            left = x + at + i * 10.0
            out.append(
                {"text": ch, "x0": left, "x1": left + 10.0, "top": y, "bottom": y + 10.0, "size": 10.0}
            )
    return out


def _side_of(x: float, lines: list[tuple[str, str]]) -> list[list[dict[str, Any]]]:
    return [_line(100.0 + 14.0 * n, x, (0.0, label), (60.0, value)) for n, (label, value) in enumerate(lines)]


_FIELDS_LEFT = [
    ("担当課", "総務課"),
    ("内容", "電子申請"),
    ("指標", "手続数"),
    ("現状値", "24手続"),
    ("目標値", "100手続"),
]
_FIELDS_RIGHT = [
    ("担当課", "町民課"),
    ("指標", "利用割合"),
    ("現状値", "6.0％"),
    ("目標値", "20.0％"),
    ("工程", "R7 導入"),
]


def test_fields_laid_by_a_tab_stop_in_two_columns_are_read_a_column_after_the_other() -> None:
    """Both columns open their lines with 担当課 / 指標 / 現状値 / 目標値: fields, the page two columns of them."""
    assert _fields_both_sides([_side_of(50.0, _FIELDS_LEFT), _side_of(320.0, _FIELDS_RIGHT)], 10.0)


def test_a_table_cut_down_its_middle_is_no_two_columns_of_fields() -> None:
    """A table printed without rules, its middle gap in the page's middle: its halves open their lines with a 取組's code
    and an indicator's name (「1 | 電子申請」 … 「手続数 | 100」), never the same labels."""
    left = [
        (str(n), title)
        for n, title in enumerate(("電子申請", "窓口改革", "標準化", "ＲＰＡ", "研修"), start=1)
    ]
    right = [("手続数", "100"), ("件数", "8000"), ("業務数", "20"), ("割合", "60％"), ("人数", "150")]
    assert not _fields_both_sides([_side_of(50.0, left), _side_of(320.0, right)], 10.0)


def test_two_labels_shared_are_too_few_to_be_fields() -> None:
    """Sides sharing only 「担当課」 and 「目標値」 among their heads: no two columns of fields."""
    right = [
        ("担当課", "町民課"),
        ("区分", "継続"),
        ("予算", "1,200"),
        ("目標値", "20.0％"),
        ("備考", "新規"),
    ]
    left = [
        ("担当課", "総務課"),
        ("内容", "電子申請"),
        ("指標", "手続数"),
        ("目標値", "100手続"),
        ("時期", "R7"),
    ]
    assert not _fields_both_sides([_side_of(50.0, left), _side_of(320.0, right)], 10.0)


@pytest.mark.slow
def test_a_word_page_in_two_columns_reads_each_initiatives_fields() -> None:
    """檀原町's PDF: 取組３ 「書かない窓口の導入」 is 町民課's, 1,200件（R6） → 8,000件（R10）, R7–R10 — no field of the
    column beside it (first: 担当課 and figures paired across the columns line by line)."""
    printed = unseen44.pdf(unseen44.DANBARA_PDF)
    plan = parse(printed.read_bytes(), filename=unseen44.DANBARA_PDF)
    found = {i["code"]: i for i in plan["initiatives"]}
    assert found["3"]["title"] == "書かない窓口の導入"
    assert found["3"]["departments"] == ["町民課"]
    assert _figures(found["3"]) == [(1200, 8000)]
    assert _years(found["3"]) == [2025, 2026, 2027, 2028]
    assert found["8"]["departments"] == ["生涯学習課"]


# --- a dashboard's SVG chart: the 実績 on its bars -------------------------------------------------------------------


def _bars(values: dict[str, list[str]], *, ticks: bool = True, legend: str = "", transform: str = "") -> str:
    """An SVG bar chart: each year's label on the axis (y 140), its figures straight above it (one a series), the
    axis's ticks at the left (x 30), a ``legend`` in a corner, the whole under ``transform``."""
    parts = [
        f"<svg width='300' height='150'><g transform='{transform}'>"
        if transform
        else "<svg width='300' height='150'>"
    ]
    for y, tick in ((130, "0"), (90, "100"), (50, "200")) if ticks else ():
        parts.append(f"<text x='30' y='{y}' text-anchor='end'>{tick}</text>")
    for at, (year, figures) in enumerate(values.items()):
        x = 70 + at * 60
        parts.append(f"<text x='{x}' y='140' text-anchor='middle'>{year}</text>")
        for n, figure in enumerate(figures):
            parts.append(f"<rect x='{x - 10 + n * 4}' y='60' width='20' height='70'/>")
            parts.append(f"<text x='{x + n * 4}' y='{55 - n * 12}' text-anchor='middle'>{figure}</text>")
    if legend:
        parts.append(f"<text x='250' y='12'>{legend}</text>")
    parts.append("</g></svg>" if transform else "</svg>")
    return "".join(parts)


def _dashboard(caption: str, chart: str, *, hidden: bool = False) -> bytes:
    """梢野町's 進捗 page: one 取組 card, its KPI line, a ``caption`` and the ``chart`` under it."""
    style = " style='display:none'" if hidden else ""
    return (
        "<!doctype html><html lang=ja><meta charset=utf-8><body><main><h1>梢野町ＤＸ推進計画　進捗状況</h1>"
        "<p>計画期間：令和６年度～令和９年度</p>"
        "<h3>取組１　電子申請の拡充</h3><p>担当：総務課</p><p>電子申請できる手続数<br>"
        "基準値 72手続（R5） → 目標値 260手続（R9）</p>"
        f"<p>{caption}</p><div{style}>{chart}</div></main></body></html>"
    ).encode()


def _actuals(page: bytes) -> list[tuple[int, float]]:
    plan = parse(page, filename="shinchoku.html")
    (item,) = plan["initiatives"]
    (kpi,) = item["indicators"]
    assert (kpi["baseline"]["value"], kpi["final_target"]["value"]) == (72, 260)
    return [(a["fy"], a["value"]) for a in kpi["actuals"]]


_TWO_YEARS = {"R6": ["118"], "R7": ["163"], "R8": [], "R9": []}


def test_a_charts_figures_over_its_years_are_the_actuals() -> None:
    """Under 「実績の推移」, the figure on each year's bar is that year's 実績 — the ticks 0 / 100 / 200 none."""
    assert _actuals(_dashboard("実績の推移", _bars(_TWO_YEARS))) == [(2024, 118), (2025, 163)]


def test_a_chart_whose_legend_says_actuals_is_read_without_a_caption() -> None:
    """No caption, its legend 「実績」 (and no 目標): its bars are the 実績; translated groups are followed."""
    chart = _bars(_TWO_YEARS, legend="■実績", transform="translate(10, 5)")
    assert _actuals(_dashboard("グラフ", chart)) == [(2024, 118), (2025, 163)]


def test_a_chart_of_targets_two_series_or_turned_gives_no_actuals() -> None:
    """Bars under 「目標値の推移」, two figures over a year (目標 and 実績 side by side), an axis turned (``rotate``), a
    chart hidden: no figure is taken for an actual."""
    assert _actuals(_dashboard("目標値の推移", _bars(_TWO_YEARS))) == []
    assert _actuals(_dashboard("実績の推移", _bars({"R6": ["150", "118"], "R7": ["200", "163"]}))) == []
    assert _actuals(_dashboard("実績の推移", _bars(_TWO_YEARS, transform="rotate(-30)"))) == []
    assert _actuals(_dashboard("実績の推移", _bars(_TWO_YEARS), hidden=True)) == []


def test_an_icon_drawn_in_svg_adds_no_line() -> None:
    """An icon's ``<text>`` (no years on an axis) is none of the page's text, as before."""
    icon = "<svg width='16' height='16'><text x='2' y='12'>PDF 12</text></svg>"
    page = _dashboard("実績の推移", icon)
    assert _actuals(page) == []
    assert "PDF" not in render(read_html(page))


# --- a card's progress badge on its title's line ---------------------------------------------------------------------


def test_a_progress_badge_after_a_title_is_no_word_of_it() -> None:
    """「行政手続のオンライン化 順調」 (the badge printed after a blank): the title, graded 順調; 「… やや遅れ」 too."""
    assert graded_title("行政手続のオンライン化 順調", badge=True) == ("行政手続のオンライン化", "順調")
    assert graded_title("地域ポイントアプリの運用　やや遅れ", badge=True) == ("地域ポイントアプリの運用", "やや遅れ")


def test_a_progress_word_of_the_title_itself_stays() -> None:
    """A word joined to the title (「システム移行完了」), in its middle (「遅れ対策の強化」) or the title alone: as written."""
    assert graded_title("基幹システム移行完了", badge=True) == ("基幹システム移行完了", None)
    assert graded_title("手続の遅れ 対策の強化", badge=True) == ("手続の遅れ 対策の強化", None)
    assert graded_title("順調", badge=True) == ("順調", None)
    # review: after a year it is the 工程's word (「R7 完了」); no card's title, no badge at all
    assert graded_title("基幹システムの移行 R7 完了", badge=True) == ("基幹システムの移行 R7 完了", None)
    assert graded_title("行政手続のオンライン化 順調") == ("行政手続のオンライン化 順調", None)


# --- review of batch 44: where the rules gave a figure or a grade to the wrong 取組 --------------------------------------


def _cards(*cards: str) -> bytes:
    """A 進捗 page of 取組 cards (``<article>``), each written as given."""
    return (
        "<!doctype html><html lang=ja><meta charset=utf-8><body><main><h1>梢野町ＤＸ推進計画　進捗状況</h1>"
        "<p>計画期間：令和６年度～令和９年度</p><div class=grid>" + "".join(cards) + "</div></main></body></html>"
    ).encode()


def _card(title: str, kpi: str, chart: str, *, chart_first: bool = False, caption: str = "実績の推移") -> str:
    head = f"<h3>{title}</h3><p>担当：総務課</p><p>{kpi}<br>基準値 72手続（R5） → 目標値 260手続（R9）</p>"
    figure = f"<p>{caption}</p>{chart}"
    return f"<article class=card>{figure + head if chart_first else head + figure}</article>"


def _card_actuals(page: bytes) -> dict[str, list[tuple[int, float]]]:
    plan = parse(page, filename="shinchoku.html")
    return {
        item["title"]: [(a["fy"], a["value"]) for kpi in item["indicators"] for a in kpi.get("actuals") or []]
        for item in plan["initiatives"]
    }


def test_a_chart_above_its_cards_title_gives_no_actuals_to_the_card_before() -> None:
    """Review (d3): each card's chart printed above its <h3> — the second card's 実績 were the first's. A chart with no
    title before it in its card gives nothing (which 取組 it is of is not known as the page is read)."""
    first = _card("取組１　電子申請の拡充", "電子申請できる手続数", _bars(_TWO_YEARS), chart_first=True)
    second = _card("取組２　窓口予約の導入", "予約件数", _bars({"R6": ["40"], "R7": ["55"]}), chart_first=True)
    assert _card_actuals(_cards(first, second)) == {"電子申請の拡充": [], "窓口予約の導入": []}
    # after its title in the card, as 白露台市's: each card its own
    first = _card("取組１　電子申請の拡充", "電子申請できる手続数", _bars(_TWO_YEARS))
    second = _card("取組２　窓口予約の導入", "予約件数", _bars({"R6": ["40"], "R7": ["55"]}))
    assert _card_actuals(_cards(first, second)) == {
        "電子申請の拡充": [(2024, 118), (2025, 163)],
        "窓口予約の導入": [(2024, 40), (2025, 55)],
    }


def test_a_legend_naming_targets_vetoes_a_caption_naming_actuals() -> None:
    """Review (d1): 「実績と目標の推移」 over bars whose legend is 「■実績 ■目標」 — the bar over R9 is the 目標 260, no
    実績: nothing. A caption naming both is no caption of 実績 either; a target line's label 「目標 260」 vetoes nothing."""
    with_target = _bars({"R6": ["118"], "R7": ["163"], "R8": [], "R9": ["260"]}, legend="■実績 ■目標")
    assert _actuals(_dashboard("実績と目標の推移", with_target)) == []
    assert _actuals(_dashboard("実績と目標の推移", _bars(_TWO_YEARS))) == []
    assert _actuals(_dashboard("実績の推移", _bars(_TWO_YEARS, legend="目標 260"))) == [(2024, 118), (2025, 163)]


def test_a_field_line_naming_actuals_is_no_caption_of_a_chart_of_targets() -> None:
    """Review (d2): the card's field 「実績値：118手続（R6）」 just before a chart titled 「年度別目標（手続）」: the 目標 by
    year are no 実績 — the field's own 実績 is read, the chart's figures are not."""
    targets = _bars({"R7": ["150"], "R8": ["200"], "R9": ["260"]}, legend="年度別目標（手続）")
    assert _actuals(_dashboard("実績値：118手続（R6）", targets)) == [(2024, 118)]
    # a field line is no caption even with no word of 目標 in the chart
    assert _actuals(_dashboard("実績値：118手続（R6）", _bars({"R7": ["150"], "R8": ["200"]}))) == [(2024, 118)]


def test_numbers_at_both_sides_are_no_labels_of_fields() -> None:
    """Review (c_probe): a table's rows numbered 1… at the left and figures at the right are no two columns of fields."""
    left = [("1", "電子申請の拡充"), ("2", "窓口改革"), ("3", "ＲＰＡの活用"), ("4", "テレワーク推進"), ("5", "無線ＬＡＮ")]
    right = [("2", "5"), ("1", "4"), ("3", "6"), ("4", "8"), ("5", "9")]
    assert not _fields_both_sides([_side_of(50.0, left), _side_of(320.0, right)], 10.0)


_BASE = [("1", "電子申請の拡充", "総務課"), ("2", "基幹業務システムの標準化", "企画課"), ("3", "ＲＰＡの活用", "企画課")]


def _marked_sheet(header: list[str], marks: list[list[str]], group: list[str] | None = None) -> bytes:
    """若葉町's 取組一覧: No. | 取組名 | 担当課 and columns of 「●」 under ``header`` (a ``group`` label row above)."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["若葉町DX推進計画（令和6年度～令和9年度） 取組一覧"])
    sheet.append([])
    if group:
        sheet.append(group)
        sheet.merge_cells(start_row=3, start_column=4, end_row=3, end_column=len(group))
    sheet.append(header)
    for base, row in zip(_BASE, marks, strict=True):
        sheet.append([*base, *row])
    return _saved(book)


@pytest.mark.parametrize(
    ("header", "group"),
    [
        (["短期", "中期", "長期"], None),  # periods: the 工程
        (["1年目", "2年目", "3年目"], None),
        (["4月", "5月", "6月"], None),
        (["前期", "後期", "完了後"], ["", "", "", "実施時期", "", ""]),
        (["新規", "継続", "拡充"], None),  # kinds: the 区分
        (["A", "B", "C"], ["", "", "", "評価", "", ""]),  # grades under a label of a role
        (["順調", "遅れ", "完了"], ["", "", "", "進捗状況", "", ""]),
    ],
)
def test_periods_grades_and_kinds_marked_are_no_matrix_of_categories(header: list[str], group: list[str] | None) -> None:
    """Review (a/): any header cells of no role over 「●」 were taken for a matrix's categories, the sheet read with its
    工程, 区分 or 評価 silently dropped. Only numbered categories (「①フロントヤード改革」) or the national 重点取組 are:
    these sheets are refused as before (their columns a reader must be told, not lose)."""
    marks = [["●", "●", ""], ["●", "", ""], ["", "●", "●"]]
    head = ["No.", "取組名", "担当課", *header]
    with pytest.raises(ParseError):
        parse(_marked_sheet(head, marks, group), filename="wakaba.xlsx")
    # the national 重点取組, numbered or named, are categories: read
    for areas in (["①フロントヤード改革", "②システム標準化", "③公金収納"], ["フロントヤード改革", "テレワーク", "セキュリティ対策"]):
        plan = parse(_marked_sheet(["No.", "取組名", "担当課", *areas], marks), filename="wakaba.xlsx")
        assert [i["title"] for i in plan["initiatives"]] == [title for _, title, _ in _BASE]


def test_a_progress_word_in_a_plans_card_is_no_grade_and_a_bare_completion_its_mark() -> None:
    """Review (e/kawabe_badge.txt): a plan's 「取組名：…」 sheets, two titles of four closing with 「完了」「順調」 — no
    dashboard: 「完了」 is the 取組's mark (as 【完了】), no evaluation of no year; 「順調」 stays as written (main's reading)."""
    text = "\n".join(
        [
            "川辺村 情報化推進計画 個別取組シート",
            "",
            "取組名：マイナンバーカードの普及促進　完了",
            "担当課：住民課",
            "指標：マイナンバーカード交付率",
            "基準値：68.5%（令和5年度）",
            "目標値：95%（令和8年度）",
            "",
            "取組名：防災情報の多様な発信 順調",
            "担当課：総務課",
            "指標：防災アプリの登録者数",
            "基準値：450人（令和5年度）",
            "目標値：1,500人（令和8年度）",
            "",
            "取組名：庁内ネットワークの無線化",
            "担当課：総務課",
            "指標：無線LANを利用できる会議室数",
            "基準値：1室（令和5年度）",
            "目標値：8室（令和8年度）",
        ]
    )
    plan = parse(text.encode(), filename="kawabe.txt")
    found = [(i["title"], i["marks"], [k.get("evaluations") for k in i["indicators"]]) for i in plan["initiatives"]]
    assert found == [
        ("マイナンバーカードの普及促進", ["完了"], [None]),
        ("防災情報の多様な発信 順調", [], [None]),
        ("庁内ネットワークの無線化", [], [None]),
    ]


def test_a_badge_after_a_title_in_a_table_adds_no_grade_beside_the_evaluation_column() -> None:
    """Review (e/sak_badge.csv): 「行政手続のオンライン化 遅れ」 in a table whose 評価 column says B — one grade, B."""
    csv = (
        "桜台市DX推進計画（令和4年度～令和7年度） 令和5年度 進捗状況一覧,,,,,,,,\n"
        "番号,取組名,担当課,指標,基準値（令和3年度）,目標値（令和7年度）,実績値（令和5年度）,達成率,評価\n"
        "1-1-1,行政手続のオンライン化 遅れ,デジタル推進課,オンライン化した手続数,24手続,150手続,96手続,64.0%,B\n"
        "1-1-2,書かない窓口の導入 完了,市民課,窓口での平均待ち時間,25分,10分,18分,46.7%,C\n"
        "1-2-1,キャッシュレス決済の拡大,会計課,キャッシュレス対応窓口数,2か所,20か所,14か所,66.7%,B\n"
    )
    plan = parse(csv.encode(), filename="sakuradai.csv")
    grades = [[k.get("evaluations") for k in i["indicators"]] for i in plan["initiatives"]]
    assert grades == [[[{"fy": 2023, "text": "B"}]], [[{"fy": 2023, "text": "C"}]], [[{"fy": 2023, "text": "B"}]]]
