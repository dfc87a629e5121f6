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


def test_a_calc_sheet_whose_zip_is_broken_is_named_an_ods() -> None:
    """A zip's header and then nothing a zip holds (a download cut short), named .ods: the message names the .ods it
    is, not an Excel file (it said 「Excel ファイル（.xlsx）として読めません」)."""
    with pytest.raises(ParseError) as caught:
        parse(b"PK\x03\x04" + b"garbage" * 50, filename="杜野市.ods")
    assert str(caught.value) == UNREADABLE


def test_rows_repeated_past_the_limit_are_refused() -> None:
    """A written row repeated 20,000 times is more rows than a workbook may hold: refused, not inflated."""
    with pytest.raises(ParseError, match="行が多すぎます"):
        parse(
            _ods([_HEADER, _row(_cell("1-1"), _cell("電子申請の拡充"), repeat=20_000)]), filename="杜野市.ods"
        )


# --- review of batch 45: limits counted before any cell is made, Calc's styles, hidden sheets, encryption ----------


def _book(tables: str, automatic: str = "", styles: str = "", manifest: str = "") -> bytes:
    """An .ods of ``tables`` (each a ``table:table``), ``automatic`` styles in content.xml, ``styles`` in styles.xml."""
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {_NS}>'
        f"<office:automatic-styles>{automatic}</office:automatic-styles>"
        f"<office:body><office:spreadsheet>{tables}</office:spreadsheet></office:body></office:document-content>"
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), b"application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
        if styles:
            archive.writestr(
                "styles.xml",
                f'<?xml version="1.0" encoding="UTF-8"?><office:document-styles {_NS}><office:styles>{styles}'
                "</office:styles></office:document-styles>",
            )
        if manifest:
            archive.writestr("META-INF/manifest.xml", manifest)
    return out.getvalue()


def _table(name: str, rows: list[str], style: str = "") -> str:
    styled = f' table:style-name="{style}"' if style else ""
    return f'<table:table table:name="{name}"{styled}>{"".join(rows)}</table:table>'


def _styled(style: str, text: str = "", repeat: int = 1) -> str:
    repeated = f' table:number-columns-repeated="{repeat}"' if repeat > 1 else ""
    if not text:
        return f'<table:table-cell table:style-name="{style}"{repeated}/>'
    return f'<table:table-cell table:style-name="{style}"{repeated} office:value-type="string"><text:p>{text}</text:p></table:table-cell>'


#: 杜野市's 工程表: the bars of each 取組 a cell style's background (``_schedule_book``).
_SCHEDULE_HEAD = _row(*(_cell(t) for t in ("No", "取組名", "取組内容", "令和7年度", "令和8年度", "令和9年度")))


def _schedule_book(bar: str, automatic: str = "", styles: str = "") -> bytes:
    rows = [
        _row(_cell("デジタル推進計画（令和7年度～令和9年度）")),
        _row(),
        _SCHEDULE_HEAD,
        _row(_cell("1"), _cell("電子申請の拡充"), _cell("手続のオンライン化"), _styled(bar, repeat=2), _cell()),
        _row(_cell("2"), _cell("窓口のキャッシュレス化"), _cell("電子決済導入"), _cell(), _styled(bar, repeat=2)),
    ]
    return _book(_table("工程表", rows), automatic, styles)


def _never_made(monkeypatch: pytest.MonkeyPatch) -> None:
    from shinchoku.importers.readers import ods

    def made(*_: object) -> None:
        raise AssertionError("a cell was made before the limits were counted")

    monkeypatch.setattr(ods, "_copy_sheet", made)


def test_repeats_are_counted_before_any_cell_is_made(monkeypatch: pytest.MonkeyPatch) -> None:
    """「→」 written once, repeated 200 columns and 9,990 rows (648 bytes zipped, two million cells): refused as an .ods
    too large once written, before a cell is made (the branch made them, 28 s and 600 MB, then named an 「Excel ブック」)."""
    _never_made(monkeypatch)
    arrows = _row(_cell("→", repeat=200), repeat=9_990)
    with pytest.raises(ParseError, match="^OpenDocument 形式（.ods）の表が展開後 30 MB を超えます"):
        parse(_book(_table("計画", [_HEADER, arrows])), filename="杜野市.ods")


def test_repeats_are_counted_across_the_sheets(monkeypatch: pytest.MonkeyPatch) -> None:
    """Two sheets of 「→」 in 9,000 rows × 60 columns: each within the limits, the two not — refused before a cell is
    made (the branch held each sheet to the limits alone: twenty such sheets were 5.8 GB)."""
    from shinchoku.importers.readers import ods
    from shinchoku.importers.readers.xlsx import MAX_UNCOMPRESSED

    rows = [_HEADER, _row(_cell("→", repeat=60), repeat=9_000)]
    one = _book(_table("計画", rows))
    from xml.etree import ElementTree

    (sheet,) = ElementTree.fromstring(zipfile.ZipFile(io.BytesIO(one)).read("content.xml")).iter(
        "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}table"
    )
    size = ods._extent("計画", ods._laid_out(sheet), {})[2]
    assert size < MAX_UNCOMPRESSED < 2 * size
    _never_made(monkeypatch)
    with pytest.raises(ParseError, match="^OpenDocument 形式（.ods）の表が展開後"):
        parse(_book(_table("計画", rows) + _table("計画2", rows)), filename="杜野市.ods")


def test_a_cell_of_blanks_past_a_cells_limit_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    """「text:s text:c="200"」 two hundred times in a cell (40,000 blanks): more than a cell holds, refused before a cell
    is made (the branch wrote it, repeated: 1.2 GB)."""
    _never_made(monkeypatch)
    blanks = '<table:table-cell office:value-type="string"><text:p>' + '<text:s text:c="200"/>' * 200 + "x</text:p></table:table-cell>"
    with pytest.raises(ParseError, match="文字数が 32,767 字を超えるセルがあります"):
        parse(_book(_table("計画", [_HEADER, _row(_cell("1-1"), blanks)])), filename="杜野市.ods")


def test_a_shaded_row_is_as_wide_as_its_text() -> None:
    """A header row shaded across the sheet (its style on 16,374 more cells, as Calc writes a row's background): the
    shade stops at the last column with text, the plan read (the branch refused: 「列が多すぎます（上限 200 列）」)."""
    shade = '<style:style style:name="ce1" style:family="table-cell"><style:table-cell-properties fo:background-color="#ffff00"/></style:style>'
    header = (
        "<table:table-row>"
        + "".join(_styled("ce1", t) for t in ("番号", "取組名", "担当課", "R7", "R8", "R9"))
        + _styled("ce1", repeat=16_378)
        + "</table:table-row>"
    )
    rows = [
        _row(_cell("杜野市ＤＸ推進計画　工程表（令和７年度～令和９年度）")),
        header,
        _row(_cell("1"), _cell("電子申請の拡充"), _cell("市民課"), _cell("○", repeat=2)),
    ]
    data = _book(_table("工程表", rows), shade)
    sheet = openpyxl.load_workbook(io.BytesIO(as_xlsx(data)[0])).active
    assert sheet is not None
    assert (sheet.max_row, sheet.max_column) == (3, 6)
    (item,) = parse(data, filename="杜野市.ods")["initiatives"]
    assert [s["fy"] for s in item["schedule"]] == [2025, 2026]


_GOOD = (
    '<style:style style:name="Default" style:family="table-cell"/>'
    '<style:style style:name="Status" style:family="table-cell" style:parent-style-name="Default"/>'
    '<style:style style:name="Good" style:family="table-cell" style:parent-style-name="Status">'
    '<style:table-cell-properties fo:background-color="#ccffcc"/></style:style>'
)


def test_bars_of_a_named_calc_style_are_read() -> None:
    """Bars given Calc's 「Good」 style (its background in styles.xml), or an automatic style over it: each year shaded
    a step, as the .xlsx Calc saves reads (the branch read no fill: schedule [])."""
    over = (
        '<style:style style:name="ce5" style:family="table-cell" style:parent-style-name="Good">'
        '<style:table-cell-properties style:rotation-align="none"/></style:style>'
    )
    for data in (_schedule_book("Good", styles=_GOOD), _schedule_book("ce5", over, _GOOD)):
        found = {i["code"]: i for i in parse(data, filename="杜野市.ods")["initiatives"]}
        assert [s["fy"] for s in found["1"]["schedule"]] == [2025, 2026]
        assert [s["fy"] for s in found["2"]["schedule"]] == [2026, 2027]


def test_a_hidden_calc_sheet_is_hidden() -> None:
    """The old plan's sheet Calc hides (table:display="false"): hidden in the workbook, as an .xls's is, and not read
    (the branch read it: every final target the old plan's year)."""
    hides = (
        '<style:style style:name="ta1" style:family="table"><style:table-properties table:display="false"/></style:style>'
        '<style:style style:name="ta2" style:family="table"><style:table-properties table:display="true"/></style:style>'
    )
    head = _row(*(_cell(t) for t in ("No", "取組名", "取組内容", "指標", "基準値", "目標値")))
    old = [
        _row(_cell("デジタル計画（令和2年度～令和5年度）")),
        _row(),
        head,
        _row(_cell("9"), _cell("ＦＡＸの廃止"), _cell("ＦＡＸ廃止"), _cell("ＦＡＸ件数"), _cell("500"), _cell("0")),
    ]
    plan = [
        _row(_cell("デジタル推進計画（令和7年度～令和9年度）")),
        _row(),
        head,
        _row(_cell("1"), _cell("電子申請の拡充"), _cell("手続のオンライン化"), _cell("手続数"), _cell("54"), _cell("220")),
    ]
    data = _book(_table("旧取組一覧", old, "ta1") + _table("取組一覧", plan, "ta2"), hides)
    book = openpyxl.load_workbook(io.BytesIO(as_xlsx(data)[0]))
    assert [s.sheet_state for s in book.worksheets] == ["hidden", "visible"]
    found = {i["code"]: i for i in parse(data, filename="杜野市.ods")["initiatives"]}
    assert list(found) == ["1"]
    assert found["1"]["indicators"][0]["final_target"]["fy"] == 2027


def test_a_password_protected_calc_sheet_says_so() -> None:
    """An .ods Calc saved with a password (its manifest says each part is encrypted): said to be password-protected
    (the branch: 「壊れていないか確認してください」)."""
    manifest = (
        '<?xml version="1.0"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml">'
        '<manifest:encryption-data manifest:checksum-type="SHA1/1K" manifest:checksum="x"/></manifest:file-entry>'
        "</manifest:manifest>"
    )
    with pytest.raises(ParseError, match="^パスワードで保護された OpenDocument 形式（.ods）の表は読めません"):
        parse(_book("", manifest=manifest), filename="杜野市.ods")
