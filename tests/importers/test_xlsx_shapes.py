"""Shapes drawn over a worksheet's cells (``readers/xlsx_shapes.py``): a 工程表's steps drawn as arrows over empty year
cells are its schedule; a note, a box around rows, a shape that only reaches into a cell, or a picture are not."""

from __future__ import annotations

import io

import openpyxl

from shinchoku.importers import parse
from shinchoku.importers.readers.xlsx import read_xlsx
from shinchoku.importers.readers.xlsx_shapes import sheet_shapes

from .other.unseen24 import _with_drawing

_WIDTH = 13  # the year columns' width in characters
_EMU = int((_WIDTH * 7 + 5) * 9525)


def _book() -> bytes:
    """A small 工程表: No. | 取組名 | 担当課 | R7 … R9, three rows, the year cells empty."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "工程表"
    sheet.append(["No.", "取組名", "担当課", "令和７年度", "令和８年度", "令和９年度"])
    sheet.append(["1", "電子申請の拡充", "情報政策課"])
    sheet.append(["2", "窓口の改善", "市民課", None, "※検討中"])
    sheet.append(["3", "庁内ネットワークの更新", "総務課"])
    for letter in "DEF":
        sheet.column_dimensions[letter].width = _WIDTH
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _anchor(
    row: int, first: int, first_off: float, last: int, last_off: float, text: str = "", rows: int = 0
) -> str:
    """A 「ホームベース」 from ``first_off`` of column ``first`` to ``last_off`` of ``last`` (fractions of the width)."""
    body = f"<a:p><a:r><a:t>{text}</a:t></a:r></a:p>" if text else ""
    return (
        f"<xdr:twoCellAnchor><xdr:from><xdr:col>{first}</xdr:col><xdr:colOff>{int(first_off * _EMU)}</xdr:colOff>"
        f"<xdr:row>{row}</xdr:row><xdr:rowOff>40000</xdr:rowOff></xdr:from><xdr:to><xdr:col>{last}</xdr:col>"
        f"<xdr:colOff>{int(last_off * _EMU)}</xdr:colOff><xdr:row>{row + rows}</xdr:row><xdr:rowOff>150000</xdr:rowOff>"
        '</xdr:to><xdr:sp macro="" textlink=""><xdr:nvSpPr><xdr:cNvPr id="2" name="ホームベース 1"/><xdr:cNvSpPr/>'
        '</xdr:nvSpPr><xdr:spPr><a:prstGeom prst="homePlate"><a:avLst/></a:prstGeom></xdr:spPr>'
        f"<xdr:txBody><a:bodyPr/>{body}</xdr:txBody></xdr:sp><xdr:clientData/></xdr:twoCellAnchor>"
    )


def _one_cell(row: int, column: int, width_emu: int, text: str) -> str:
    return (
        f"<xdr:oneCellAnchor><xdr:from><xdr:col>{column}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>{row}</xdr:row>"
        f'<xdr:rowOff>30000</xdr:rowOff></xdr:from><xdr:ext cx="{width_emu}" cy="120000"/>'
        '<xdr:sp macro="" textlink=""><xdr:nvSpPr><xdr:cNvPr id="3" name="右矢印 2"/><xdr:cNvSpPr/></xdr:nvSpPr>'
        '<xdr:spPr><a:prstGeom prst="rightArrow"><a:avLst/></a:prstGeom></xdr:spPr>'
        f"<xdr:txBody><a:bodyPr/><a:p><a:r><a:t>{text}</a:t></a:r></a:p></xdr:txBody></xdr:sp><xdr:clientData/>"
        "</xdr:oneCellAnchor>"
    )


def _schedule(data: bytes) -> dict[str, list[tuple[int, str | None]]]:
    plan = parse(data, filename="工程表.xlsx")
    return {
        item["code"]: [(step["fy"], step["label"]) for step in item["schedule"]]
        for item in plan["initiatives"]
    }


def test_an_arrow_over_the_years_is_the_steps_years_and_a_shape_only_reaching_into_a_year_is_not() -> None:
    """「導入」 drawn from a little inside R7 to well inside R8, just reaching into R9 (a tenth of it): R7–R8."""
    data = _with_drawing(_book(), 1, [_anchor(1, 3, 0.05, 5, 0.1, "導入")])
    assert [(s.row, s.first, s.last, s.text) for s in sheet_shapes(data)["工程表"]] == [(1, 3, 4, "導入")]
    table = read_xlsx(data).pages[0].blocks[0]
    assert [(c.text, c.bar) for c in table.rows[1][3:]] == [("導入", True), ("", True), ("", False)]
    assert _schedule(data)["1"] == [(2025, "導入"), (2026, "導入")]


def test_a_shape_over_written_cells_or_around_rows_is_no_step() -> None:
    """A callout laid over 2's 「※検討中」 and a box drawn around rows 1–3 (a group of 取組) are no steps; an arrow
    anchored by its top left corner and its size (``oneCellAnchor``) is: two columns wide from R7, 3's R7–R8."""
    anchors = [
        _anchor(2, 3, 0.1, 4, 0.9, "注記"),
        _anchor(1, 0, 0.0, 5, 1.0, "", rows=2),
        _one_cell(3, 3, int(_EMU * 1.9), "更新"),
    ]
    steps = _schedule(_with_drawing(_book(), 1, anchors))
    assert steps["1"] == []
    assert steps["2"] == [(2026, "※検討中")]  # the cell's own words, not the callout's
    assert steps["3"] == [(2025, "更新"), (2026, "更新")]


def test_a_picture_over_the_years_is_no_step() -> None:
    """A picture anchored over 1's year cells (a logo, a photo) is no shape with a step."""
    picture = (
        "<xdr:twoCellAnchor><xdr:from><xdr:col>3</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row>"
        "<xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>4</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row>"
        '<xdr:rowOff>150000</xdr:rowOff></xdr:to><xdr:pic><xdr:nvPicPr><xdr:cNvPr id="4" name="図 3"/><xdr:cNvPicPr/>'
        "</xdr:nvPicPr><xdr:blipFill/><xdr:spPr/></xdr:pic><xdr:clientData/></xdr:twoCellAnchor>"
    )
    data = _with_drawing(_book(), 1, [picture])
    assert sheet_shapes(data) == {}
    assert _schedule(data)["1"] == []


def test_an_anchor_past_every_limit_costs_nothing_and_breaks_nothing() -> None:
    """A drawing naming column 10,000,000 and an offset of 401 digits (a hostile file of 6 KB): first 7 s and 443 MB, or
    an OverflowError out of the reader; now the cells are read as they are."""
    far = _anchor(1, 3, 0.05, 5, 0.1, "x").replace("<xdr:col>5</xdr:col>", "<xdr:col>10000000</xdr:col>")
    huge = _anchor(2, 3, 0.05, 4, 0.5, "y").replace(
        f"<xdr:colOff>{int(0.5 * _EMU)}</xdr:colOff>", f"<xdr:colOff>{'9' * 401}</xdr:colOff>"
    )
    assert "9" * 401 in huge
    steps = _schedule(_with_drawing(_book(), 1, [far, huge]))
    # the arrow running off the table covers each year to its end; the one of an offset no sheet has is none
    assert steps["1"] == [(2025, "x"), (2026, "x"), (2027, "x")] and steps["2"] == [(2026, "※検討中")]


def test_a_japanese_era_date_format_xlrd_has_no_string_for_is_a_date() -> None:
    """Japanese Excel's built-in date formats (27–36, 50–58) come from xlrd without a format string: the date is written
    in the era (first 「Non7」, or its serial number 45747)."""
    import datetime
    from types import SimpleNamespace

    from xlrd.formatting import fill_in_standard_formats

    from shinchoku.importers.readers import xls

    book = SimpleNamespace(format_map={}, xf_list=[SimpleNamespace(format_key=28)])
    fill_in_standard_formats(book)
    cell = SimpleNamespace(xf_index=0, ctype=2, value=45747.0)  # a number cell in that format
    value = xls._value(SimpleNamespace(**vars(book), datemode=0), cell)
    assert value == datetime.datetime(2025, 3, 31)
    assert xls._number_format(book, cell, value) == '[$-ja-JP]ggge"年"m"月"d"日"'


def _grouped(first: str, last: str, *members: str) -> str:
    """The shapes of ``members`` (anchors as ``_anchor`` writes them) grouped (「グループ化」) under one anchor from
    ``first``'s top left corner to ``last``'s bottom right."""
    body = "".join(m[m.index("<xdr:sp ") : m.index("<xdr:clientData/>")] for m in members)
    return (
        first[: first.index("<xdr:to>")]
        + last[last.index("<xdr:to>") : last.index("<xdr:sp ")]
        + '<xdr:grpSp><xdr:nvGrpSpPr><xdr:cNvPr id="9" name="グループ化 8"/><xdr:cNvGrpSpPr/></xdr:nvGrpSpPr>'
        + f"<xdr:grpSpPr/>{body}</xdr:grpSp><xdr:clientData/></xdr:twoCellAnchor>"
    )


def test_an_arrow_grouped_with_its_text_box_is_one_step() -> None:
    """An office draws the arrow and a text box over it, then groups them (「グループ化」): the group's anchor is the
    step's years, the box's text its step (first read: a group was no shape, 1 without a schedule)."""
    arrow = _anchor(1, 3, 0.1, 4, 0.9, "")
    box = _anchor(1, 3, 0.3, 4, 0.5, "試行")
    group = _grouped(arrow, arrow, arrow, box)
    assert _schedule(_with_drawing(_book(), 1, [group]))["1"] == [(2025, "試行"), (2026, "試行")]


def test_a_group_of_several_steps_is_no_one_step() -> None:
    """「検討」 over R7 and 「実施」 over R8–R9 grouped: the group spans both, and one merged step 「検討実施」 over three
    years would be wrong; it is left out (the cells are read as they are)."""
    first = _anchor(1, 3, 0.1, 3, 0.9, "検討")
    second = _anchor(1, 4, 0.1, 5, 0.9, "実施")
    assert _schedule(_with_drawing(_book(), 1, [_grouped(first, second, first, second)]))["1"] == []
