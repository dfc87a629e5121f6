"""A plan typed into Excel 方眼紙: every label and value a bordered merged range (``readers/xlsx.py``).

The reader loads such a book without openpyxl drawing each range's borders on its covered cells, and
once a parse; a workbook written or loaded anywhere else keeps its merged borders as openpyxl makes them.
"""

from __future__ import annotations

import io

import openpyxl
import pytest
from openpyxl.styles import Border, Side

from shinchoku.importers import parse
from shinchoku.importers.readers.xlsx import read_xlsx

_THIN = Side(style="thin")
_RULED = Border(top=_THIN, left=_THIN, right=_THIN, bottom=_THIN)


def _grid_paper() -> bytes:
    """Two 取組 cards of 楓台市, each field 「label (A:D) | value (E:AD)」, every range ruled and merged."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "取組シート"
    sheet.cell(1, 1, "楓台市DX推進計画 取組シート")
    cards = (
        (
            ("取組番号", "1-1"),
            ("取組名", "電子申請の拡充"),
            ("担当課", "情報政策課"),
            ("指標", "電子申請できる手続数"),
        ),
        (("取組番号", "1-2"), ("取組名", "窓口の改善"), ("担当課", "市民課"), ("指標", "窓口の待ち時間")),
    )
    row = 3
    for card in cards:
        for label, value in card:
            for first, last, text in ((1, 4, label), (5, 30, value)):
                sheet.cell(row, first, text).border = _RULED
                sheet.merge_cells(start_row=row, start_column=first, end_row=row, end_column=last)
            row += 1
        row += 1
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_a_grid_paper_card_reads_each_merged_value_once() -> None:
    plan = parse(_grid_paper(), filename="取組シート.xlsx")
    assert [(i["code"], i["title"], i["departments"]) for i in plan["initiatives"]] == [
        ("1-1", "電子申請の拡充", ["情報政策課"]),
        ("1-2", "窓口の改善", ["市民課"]),
    ]
    rows = read_xlsx(_grid_paper()).pages[0].blocks[0].rows  # the table ends at the last column written (E)
    assert [(c.text, c.origin) for c in rows[3][3:]] == [("取組名", "left"), ("電子申請の拡充", "own")]


def test_a_workbook_is_opened_once_a_parse(monkeypatch: pytest.MonkeyPatch) -> None:
    loads: list[bool] = []
    load = openpyxl.load_workbook

    def counted(*args: object, **kwargs: object) -> object:
        loads.append(bool(kwargs.get("read_only")))
        return load(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(openpyxl, "load_workbook", counted)
    parse(_grid_paper(), filename="取組シート.xlsx")
    # the whole book, merged ranges and all, read once; streamed looks at its sheet names are cheap
    assert loads.count(False) == 1


def test_merged_borders_are_drawn_as_ever_outside_the_reader() -> None:
    read_xlsx(_grid_paper())  # the reader loaded a book without drawing them …
    book = openpyxl.Workbook()  # … an export writing one afterwards draws them on the covered cells
    sheet = book.active
    assert sheet is not None
    sheet.cell(1, 1, "進捗管理表").border = _RULED
    sheet.merge_cells("A1:D1")
    assert (sheet["D1"].border.right.style, sheet["B1"].border.top.style) == ("thin", "thin")
    loaded = openpyxl.load_workbook(io.BytesIO(_grid_paper()))[
        "取組シート"
    ]  # a book loaded elsewhere has them
    assert loaded["AD4"].border.right.style == "thin"
