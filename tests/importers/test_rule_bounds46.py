"""Where batch 46's rules stop (``test_unseen_plans46.py``): each rule read on a small document of its shape, and on the
nearest shape it must leave as it was —

- a table ruled inside another's cell is a table of its own after the row (``readers.pdf._unnested``) — not two tables
  side by side or one under the other, not a table as large as the cell it stands in, not a 取組一覧 whose every row
  holds a table (only a card — one cell holding a table — is cut);
- a list item over items each holding a list of their own is a heading, and so are they, no 「・」
  (``readers.html._heading_item``) — not a list of 取組 each over its KPI (under the page's headings, or among leaf
  取組), not a leaf item, not an ``<ol>``'s numbered item, not an item whose text came in a paragraph before its list;
- a 「合計」 row is neither the header's nor a row's when columns are joined (``readers.columns._under_headers``) — a
  column a body row fills beside the header's label stays apart;
- a known label centred a place in, with a value after it, is a form's field of its own (``columns._centred_field``) —
  not an indented value line, not a label standing past where the values start, not a label alone;
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import Any

import docx
import pytest
from docx.enum.section import WD_ORIENT
from docx.shared import Cm

from shinchoku.importers import parse
from shinchoku.importers.readers.columns import _under_headers, read_columns
from shinchoku.importers.readers.docx import _listed, read_docx
from shinchoku.importers.readers.html import read_html
from shinchoku.importers.readers.pdf import _unnested
from shinchoku.importers.render import render_lines

from .samplepdf import print_word_documents

# --- a table ruled inside a cell (PDF) --------------------------------------------------------------------------


@dataclass
class _Found:
    """A pdfplumber table as ``_unnested`` sees it: its box and its cells' boxes."""

    bbox: tuple[float, float, float, float]
    cells: list[tuple[float, float, float, float]]


#: 葛城台市's card: 取組番号 | 1-1 over 成果指標 | (a cell 205–293 tall holding the KPI table) over 実施期間 | ….
_CARD = _Found(
    (49, 96, 547, 330),
    [(49, 96, 129, 115), (129, 96, 547, 115), (49, 115, 129, 205), (129, 115, 547, 205), (49, 205, 129, 293),
     (129, 205, 547, 293), (49, 293, 129, 330), (129, 293, 547, 330)],
)  # fmt: skip
_KPI = _Found(
    (134, 210, 543, 288),
    [(134, 210, 300, 240), (300, 210, 543, 240), (134, 240, 300, 288), (300, 240, 543, 288)],
)


def test_a_table_inside_a_cell_is_read_after_its_row() -> None:
    found = _unnested([_CARD, _KPI])
    assert found[0] is _KPI  # its words its own
    assert [part.bbox for part in found[1:]] == [(49, 96, 547, 293), (49, 293, 547, 330)]


def test_tables_side_by_side_or_stacked_are_left_as_found() -> None:
    below = _Found((49, 340, 547, 400), [(49, 340, 300, 400), (300, 340, 547, 400)])
    beside = _Found((560, 96, 800, 200), [(560, 96, 700, 200), (700, 96, 800, 200)])
    found = [_CARD, below, beside]
    assert _unnested(found) == found


def test_a_table_as_large_as_its_cell_is_no_nested_one() -> None:
    """The same ruling found twice (a cell's own box read as a table of it): no table inside another."""
    same = _Found((129, 205, 547, 293), [(129, 205, 300, 293), (300, 205, 547, 293)])
    found = [_CARD, same]
    assert _unnested(found) == found


#: A Word 取組一覧 printed (the reviewer's case): 番号 | 取組名 | 担当課 | 成果指標 over four rows, each 成果指標 cell
#: holding its ruled 「指標名 | 目標値（R9）」 table — the boxes pdfplumber finds in LibreOffice's print.
_LIST = _Found(
    (85, 97, 697, 374),
    [box for top, bottom in ((97, 117), (117, 183), (183, 249), (249, 315), (315, 374))
     for box in ((85, top, 128, bottom), (128, top, 298, bottom), (298, top, 383, bottom), (383, top, 697, bottom))],
)  # fmt: skip
_ROW_KPIS = [
    _Found((549, top, 697, top + 26), [(549, top, 623, top + 13), (623, top, 697, top + 13),
                                       (549, top + 13, 623, top + 26), (623, top + 13, 697, top + 26)])
    for top in (124, 190, 256, 322)
]  # fmt: skip


def test_a_list_whose_every_row_holds_a_table_is_left_whole() -> None:
    """Cut below each row holding a table, each later row would be a part with no header: no 取組 of the list."""
    found = [_LIST, *_ROW_KPIS]
    assert _unnested(found) == found


def _nested_kpi_list_docx() -> bytes:
    """The reviewer's Word 取組一覧 (``mk5.py``): each 成果指標 cell 「成果指標は次のとおり」 over its KPI table."""
    document = docx.Document()
    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = section.page_height, section.page_width
    document.add_paragraph("高千穂町DX推進計画　取組一覧")
    table = document.add_table(rows=1 + len(_ROWS), cols=4)
    table.style = "Table Grid"
    table.autofit = False
    for row in table.rows:
        for cell, width in zip(row.cells, (Cm(1.5), Cm(6), Cm(3), Cm(13)), strict=True):
            cell.width = width
    for cell, text in zip(table.rows[0].cells, ["番号", "取組名", "担当課", "成果指標"], strict=True):
        cell.text = text
    for row, (no, title, office, name, target) in zip(table.rows[1:], _ROWS, strict=True):
        row.cells[0].text, row.cells[1].text, row.cells[2].text = no, title, office
        cell = row.cells[3]
        cell.text = "成果指標は次のとおり"
        nested = cell.add_table(rows=2, cols=2)
        nested.style = "Table Grid"
        nested.autofit = False
        for nested_row, texts in zip(nested.rows, (("指標名", "目標値（R9）"), (name, target)), strict=True):
            for nested_cell, text in zip(nested_row.cells, texts, strict=True):
                nested_cell.width = Cm(3)
                nested_cell.text = text
        cell.add_paragraph("")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


_ROWS = [
    ("1", "書かない窓口の導入", "町民課", "手続数", "20件"),
    ("2", "町ホームページのリニューアル", "総務課", "閲覧数", "150,000件"),
    ("3", "電子契約の導入", "財政課", "電子契約件数", "50件"),
    ("4", "スマホ教室", "生涯学習課", "受講者数", "900人"),
]


@pytest.mark.slow
def test_a_printed_list_with_a_kpi_table_in_each_row_keeps_every_row() -> None:
    (pdf,) = print_word_documents([(_nested_kpi_list_docx(), "takachiho_nested_kpi_list")])
    plan = parse(pdf.read_bytes(), filename=pdf.name)
    read = [(i["code"], i["title"], i.get("departments")) for i in plan["initiatives"]]
    assert read == [(no, title, [office]) for no, title, office, _, _ in _ROWS]
    assert not [w for w in plan["warnings"] if "別の成果指標の表" in w["message"]]
    # each row's KPI still its cell's text, as a table with no nested one reads (not yet an indicator of its own)
    names = [[x["name"] for x in i.get("indicators", [])] for i in plan["initiatives"]]
    assert [n[0].split()[-1] for n in names] == [name for *_, name, _ in _ROWS]


def test_a_word_list_with_a_kpi_table_in_each_row_keeps_every_row() -> None:
    """The Word file itself (``readers.docx._listed``): each part cut below a row holding a table keeps the header."""
    plan = parse(_nested_kpi_list_docx(), filename="takachiho.docx")
    read = [(i["code"], i["title"], i.get("departments")) for i in plan["initiatives"]]
    assert read == [(no, title, [office]) for no, title, office, _, _ in _ROWS]
    # its KPI tables, no 取組's indicators yet, said so (one a row)
    assert len([w for w in plan["warnings"] if "別の成果指標の表" in w["message"]]) == len(_ROWS)


def test_a_word_card_holding_tables_is_still_cut_below_each() -> None:
    """A card 「取組名 | …」「成果指標 | (a table)」「年次計画 | (a table)」: its rows no list under a header."""
    document = docx.Document()
    card = document.add_table(rows=3, cols=2)
    for row, label in zip(card.rows, ("取組名", "成果指標", "年次計画"), strict=True):
        row.cells[0].text = label
    card.rows[0].cells[1].text = "電子申請の拡充"
    for at in (1, 2):
        card.rows[at].cells[1].add_table(rows=1, cols=2).rows[0].cells[0].text = f"表{at}"
    assert _listed(card) is None
    lines = render_lines(read_docx(_saved(document)))[0]
    assert [line for line in lines if "表" in line or "成果指標" in line or "年次計画" in line] == [
        "成果指標\t",
        "表1\t",
        "年次計画\t",
        "表2\t",
    ]


def _saved(document: Any) -> bytes:
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


# --- nested lists (HTML) ----------------------------------------------------------------------------------------


def _lines(body: str) -> list[str]:
    return render_lines(read_html(f"<!doctype html><meta charset=utf-8><body>{body}".encode()))[0]


def test_an_item_over_items_each_holding_a_list_is_a_heading_and_so_are_they() -> None:
    lines = _lines(
        "<ul><li>基本方針1　行かなくてもよい役場<ul>"
        "<li>1-1　電子申請の拡充<ul><li>担当課：総務課</li><li>成果指標：手続数<ul><li>目標値：150手続</li></ul></li>"
        "</ul></li><li>1-2　窓口キャッシュレス化<ul><li>担当課：住民課</li></ul></li></ul></li></ul>"
    )
    assert lines == [
        "基本方針1　行かなくてもよい役場",
        "1-1　電子申請の拡充",
        "・担当課：総務課",
        "・成果指標：手続数",  # (its list's items no lists: a field, its bullet kept)
        "・目標値：150手続",
        "1-2　窓口キャッシュレス化",
        "・担当課：住民課",
    ]


def test_lists_in_a_table_s_cells_leave_the_outline_after_it_as_read() -> None:
    """A list in a cell is kept track of as the flow's lists are (each close pops its own), no item's list."""
    lines = _lines(
        "<table><tr><th>取組名</th><th>内容</th></tr><tr><td>電子申請</td><td><ul><li>申請</li><li>届出</li></ul>"
        "</td></tr></table><ul><li>基本方針1<ul><li>1-1　電子申請の拡充<ul><li>担当課：総務課</li></ul></li></ul></li></ul>"
    )
    assert lines == [
        "取組名\t内容",
        "電子申請\t・申請 ・届出",
        "基本方針1",
        "1-1　電子申請の拡充",
        "・担当課：総務課",
    ]


#: 取組 each over its KPI, under the page's headings: a list of 取組 (the reviewer's case C).
_UNDER_HEADINGS = (
    "<h1>高千穂町DX推進計画</h1><h2>1 行政のDX</h2><ul>"
    "<li>書かない窓口の導入（町民課）<ul><li>KPI：手続数 20件（令和9年度）</li></ul></li>"
    "<li>電子契約の導入（財政課）<ul><li>KPI：電子契約件数 50件（令和9年度）</li></ul></li>"
    "</ul><h2>2 地域社会のDX</h2><ul>"
    "<li>町ホームページのリニューアル（総務課）<ul><li>KPI：閲覧数 150,000件（令和9年度）</li></ul></li>"
    "<li>スマホ教室（生涯学習課）<ul><li>KPI：受講者数 900人（令和9年度）</li></ul></li></ul>"
)
#: 取組 over their KPI among leaf 取組 (the reviewer's case D).
_MIXED = (
    "<h1>高千穂町DX推進計画</h1><h2>取組一覧</h2><ul>"
    "<li>1-1 書かない窓口の導入（町民課）<ul><li>KPI：手続数 20件（令和9年度）</li></ul></li>"
    "<li>1-2 電子契約の導入（財政課）<ul><li>KPI：電子契約件数 50件（令和9年度）</li></ul></li>"
    "<li>1-3 スマホ教室（生涯学習課）</li><li>1-4 キャッシュレス決済の導入（会計課）</li></ul>"
)


def _read(body: str) -> list[tuple[str | None, str, list[str], list[tuple[str, Any]]]]:
    plan = parse(f"<!doctype html><meta charset=utf-8><body>{body}".encode(), filename="plan.html")
    return [
        (
            i["code"],
            i["title"],
            i.get("departments"),
            [
                (x["name"], x.get("final_target") and x["final_target"]["value"])
                for x in i.get("indicators", [])
            ],
        )
        for i in plan["initiatives"]
    ]


def test_items_each_over_their_kpi_are_a_list_of_items() -> None:
    assert _lines(_UNDER_HEADINGS)[2:4] == [
        "・書かない窓口の導入（町民課）",
        "・KPI：手続数 20件（令和9年度）",
    ]
    assert _read(_UNDER_HEADINGS) == [
        (None, "書かない窓口の導入", ["町民課"], [("手続数", 20)]),
        (None, "電子契約の導入", ["財政課"], [("電子契約件数", 50)]),
        (None, "町ホームページのリニューアル", ["総務課"], [("閲覧数", 150000)]),
        (None, "スマホ教室", ["生涯学習課"], [("受講者数", 900)]),
    ]


def test_items_over_their_kpi_among_leaf_items_keep_their_marks() -> None:
    assert _lines(_MIXED)[2:] == [
        "・1-1 書かない窓口の導入（町民課）",
        "・KPI：手続数 20件（令和9年度）",
        "・1-2 電子契約の導入（財政課）",
        "・KPI：電子契約件数 50件（令和9年度）",
        "・1-3 スマホ教室（生涯学習課）",
        "・1-4 キャッシュレス決済の導入（会計課）",
    ]
    assert _read(_MIXED) == [
        ("1-1", "書かない窓口の導入", ["町民課"], [("手続数", 20)]),
        ("1-2", "電子契約の導入", ["財政課"], [("電子契約件数", 50)]),
        ("1-3", "スマホ教室", ["生涯学習課"], []),
        ("1-4", "キャッシュレス決済の導入", ["会計課"], []),
    ]


def test_leaf_items_numbered_items_and_paragraphs_keep_their_marks() -> None:
    assert _lines("<ul><li>担当課：総務課</li><li>内容：申請の電子化</li></ul>") == [
        "・担当課：総務課",
        "・内容：申請の電子化",
    ]
    assert (
        _lines("<ol><li>電子申請の拡充<ul><li>担当課：総務課</li></ul></li></ol>")[0] == "1. 電子申請の拡充"
    )
    # its text a paragraph of its own before its list: the bullet a line of its own, as before
    assert _lines("<ul><li><p>電子申請の拡充</p><ul><li>担当課：総務課</li></ul></li></ul>") == [
        "・",
        "電子申請の拡充",
        "・担当課：総務課",
    ]


# --- a 合計 row beside the columns joined (pdftotext -layout) --------------------------------------------------------

_HEAD = ["No.", "", "取組名", "担当課", "事業費"]


def test_a_total_under_the_label_does_not_keep_the_columns_apart() -> None:
    rows = [list(_HEAD), ["1", "電子申請の拡充", "", "総務課", "3,200"], ["2", "窓口の改善", "", "住民課", "900"],
            ["", "", "合計", "", "4,100"]]  # fmt: skip
    joined = _under_headers(rows)
    assert [row[:3] for row in joined] == [["No.", "取組名", "担当課"], ["1", "電子申請の拡充", "総務課"],
                                           ["2", "窓口の改善", "住民課"], ["", "合計", ""]]  # fmt: skip


def test_a_body_row_under_the_label_keeps_the_columns_apart() -> None:
    rows = [
        list(_HEAD),
        ["1", "電子申請の拡充", "", "総務課", "3,200"],
        ["2", "", "窓口の改善", "住民課", "900"],
    ]
    assert _under_headers([list(row) for row in rows]) == rows


# --- a label centred in its cell (pdftotext -layout of a card) -------------------------------------------------------


def _rows(text: str) -> list[str]:
    return render_lines(read_columns(text))[0]


_FORM = (
    "  取組番号     1-1                                  担当課          デジタル推進課\n"
    "   取組名     オンライン申請の拡充\n"
    "  取組内容     市民の利用が多い手続から順にオンライン申請を導入し、来庁しなくても手続ができるようにす\n"
    "           る。\n"
    "  実施期間     令和５年度～令和８年度                          事業費          3,150千円\n"
)


def test_a_centred_label_is_a_field_of_its_own() -> None:
    assert _rows(_FORM) == [
        "取組番号\t1-1\t担当課\tデジタル推進課",
        "取組名\tオンライン申請の拡充\t\t",
        "取組内容\t市民の利用が多い手続から順にオンライン申請を導入し、来庁しなくても手続ができるようにする。\t\t",
        "実施期間\t令和５年度～令和８年度\t事業費\t3,150千円",
    ]


def test_an_indented_value_or_a_label_alone_goes_on_the_field_above() -> None:
    indented = _FORM.replace("   取組名     オンライン申請の拡充", "   拡充する     オンライン申請の拡充")
    assert _rows(indented)[0] == "取組番号拡充する\t1-1オンライン申請の拡充\t担当課\tデジタル推進課"
    alone = _FORM.replace("   取組名     オンライン申請の拡充", "   取組名")
    assert _rows(alone)[0] == "取組番号取組名\t1-1\t担当課\tデジタル推進課"
