"""An OpenDocument spreadsheet (.ods, LibreOffice Calc's own format) is read as the .xlsx it saves to
(``readers.ods``): the text each cell shows, cells Calc writes once with a repeat count, merged cells, hidden rows —
where it had been refused with 「.xlsx として保存し直して」 (琥珀野市, batch 45). A damaged one says so; an OpenDocument
text is still named for what it is (``test_walk_findings.py``)."""

from __future__ import annotations

import io
import zipfile

import openpyxl
import pytest

from shinchoku.importers import ParseError, parse
from shinchoku.importers.readers.ods import UNREADABLE, as_xlsx

_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"'
)


def _cell(text: str = "", *, repeat: int = 1, across: int = 1) -> str:
    attributes = f' table:number-columns-repeated="{repeat}"' if repeat > 1 else ""
    attributes += (
        f' table:number-columns-spanned="{across}" table:number-rows-spanned="1"' if across > 1 else ""
    )
    if not text:
        return f"<table:table-cell{attributes}/>"
    paragraphs = "".join(f"<text:p>{line}</text:p>" for line in text.split("\n"))
    return f'<table:table-cell{attributes} office:value-type="string">{paragraphs}</table:table-cell>'


def _row(*cells: str, hidden: bool = False, repeat: int = 1) -> str:
    attributes = ' table:visibility="collapse"' if hidden else ""
    attributes += f' table:number-rows-repeated="{repeat}"' if repeat > 1 else ""
    return f'<table:table-row{attributes}>{"".join(cells)}<table:table-cell table:number-columns-repeated="16374"/></table:table-row>'


#: The sheet's columns as Calc writes them: the seventh (「旧目標値（R9）」) hidden.
_COLUMNS = (
    '<table:table-column table:number-columns-repeated="6"/><table:table-column table:visibility="collapse"/>'
    '<table:table-column table:number-columns-repeated="16377"/>'
)


def _ods(rows: list[str], content: str | None = None) -> bytes:
    content = content or (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {_NS}><office:body><office:spreadsheet>'
        f'<table:table table:name="取組一覧">{_COLUMNS}'
        + "".join(rows)
        + '<table:table-row table:number-rows-repeated="1048560"><table:table-cell table:number-columns-repeated="16384"/>'
        "</table:table-row></table:table></office:spreadsheet></office:body></office:document-content>"
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        # first and stored, as Calc writes it
        archive.writestr(zipfile.ZipInfo("mimetype"), b"application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


_HEADER = _row(
    *(
        _cell(t)
        for t in ("番号", "取組名", "担当課", "成果指標", "現状値（R6）", "目標値（R9）", "旧目標値（R9）")
    ),
    *(_cell(t) for t in ("R7", "R8", "R9")),
)


def test_a_calc_sheet_is_read_as_its_cells_show() -> None:
    """The 基本目標 merged across, 「○」 written once for three years, a cell of two paragraphs: read as the sheet
    shows — as the .xlsx Calc saves it is read: the hidden 廃止 row read too (hiding is not deleting), of the two
    目標値（R9） the first (first: refused, 「.xlsx として保存し直して」)."""
    plan = parse(
        _ods(
            [
                _row(_cell("杜野市ＤＸ推進計画　取組一覧（令和７年度～令和９年度）")),
                _HEADER,
                _row(_cell("基本目標１　手続がかんたんなまち", across=10)),
                _row(
                    *(
                        _cell(t)
                        for t in (
                            "1-1",
                            "電子申請の拡充",
                            "市民課",
                            "電子申請できる手続数",
                            "54手続",
                            "220手続",
                        )
                    ),
                    _cell("150手続"),
                    _cell("○", repeat=3),
                ),
                _row(
                    *(
                        _cell(t)
                        for t in ("1-2", "【廃止】ＦＡＸ申請の受付", "総務課", "－", "－", "－", "－")
                    ),
                    _cell("○"),
                    hidden=True,
                ),
                _row(
                    *(
                        _cell(t)
                        for t in (
                            "1-3",
                            "窓口予約の導入",
                            "市民課\n情報政策課",
                            "予約による来庁の割合",
                            "0％",
                        )
                    ),
                    _cell("25％"),
                    _cell("20％"),
                    _cell(),
                    _cell("○", repeat=2),
                ),
            ]
        ),
        filename="杜野市ＤＸ推進計画.ods",
    )
    found = {i["code"]: i for i in plan["initiatives"]}
    assert list(found) == ["1-1", "1-2", "1-3"]
    assert [s["fy"] for s in found["1-1"]["schedule"]] == [2025, 2026, 2027]
    assert [s["fy"] for s in found["1-3"]["schedule"]] == [2026, 2027]
    assert found["1-3"]["departments"] == ["市民課", "情報政策課"]
    (kpi,) = found["1-1"]["indicators"]
    assert (kpi["baseline"]["value"], kpi["final_target"]["value"]) == (54, 220)
    assert plan["municipality"]["name"] == "杜野市"


def test_the_workbook_keeps_what_calc_hides_and_merges() -> None:
    """The .xlsx the readers are given holds the sheet as Calc shows it: the 基本目標 merged across the table's ten
    columns, 「○」 in each of the three cells written once, the 旧目標値 column and the 廃止 row hidden, the empty tail
    of a million rows and 16,000 columns not written."""
    sheet = openpyxl.load_workbook(
        io.BytesIO(
            as_xlsx(
                _ods(
                    [
                        _HEADER,
                        _row(_cell("基本目標１　手続がかんたんなまち", across=10)),
                        _row(
                            _cell("1-1"), _cell("電子申請の拡充"), _cell("", repeat=5), _cell("○", repeat=3)
                        ),
                        _row(_cell("1-2"), _cell("【廃止】ＦＡＸ申請の受付"), hidden=True),
                    ]
                )
            )[0]
        )
    ).active
    assert sheet is not None
    assert [str(r) for r in sheet.merged_cells.ranges] == ["A2:J2"]
    assert [c.value for c in sheet[3]][7:] == ["○", "○", "○"]
    assert sheet.column_dimensions["G"].hidden and sheet.row_dimensions[4].hidden
    assert (sheet.max_row, sheet.max_column) == (4, 10)


def test_a_damaged_calc_sheet_says_so() -> None:
    """An .ods whose content holds no sheet: the message says it cannot be read and how to save it again."""
    with pytest.raises(ParseError) as caught:
        parse(_ods([], content=f"<office:document-content {_NS}/>"), filename="杜野市.ods")
    assert str(caught.value) == UNREADABLE


def test_rows_repeated_past_the_limit_are_refused() -> None:
    """A written row repeated 20,000 times is more rows than a workbook may hold: refused, not inflated."""
    with pytest.raises(ParseError, match="行が多すぎます"):
        parse(
            _ods([_HEADER, _row(_cell("1-1"), _cell("電子申請の拡充"), repeat=20_000)]), filename="杜野市.ods"
        )
