"""OpenDocument spreadsheet (.ods) → the same workbook as .xlsx, so that every reader of workbooks reads it.

An office that keeps its plan in LibreOffice Calc saves it in Calc's own format, and told to save it again as .xlsx
it has been told shinchoku does not read what it made. An .ods is a zip whose ``content.xml`` holds each sheet as
``table:table``: rows and cells that Calc writes once with a repeat count (``table:number-rows-repeated``,
``table:number-columns-repeated`` — the empty tail of a sheet is one cell repeated 16,000 times), a merged cell's span
on its first cell (``table:number-columns-spanned``), the covered cells after it, a hidden row or column as
``table:visibility="collapse"`` (or 「filter」 under an AutoFilter) and each cell's text as Calc shows it (``text:p``:
「1,200」「37.8%」, not the stored 1200 or 0.378). Those are written into an openpyxl workbook as they are — the text
shown, the merges, the hidden rows and columns, a cell's background as its fill — and the readers of .xlsx
(``readers.xlsx``, the layouts) take it from there, as they take an .xls (``readers.xls``).

The file is hostile until read: the size limits of .xlsx apply (members, size inflated, sheets, rows, columns), a
repeat count fills no more than the sheet's written extent, and any failure is one message.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import Any

from ..errors import ParseError
from .xlsx import MAX_COLS, MAX_ROWS, MAX_SHEETS, MAX_UNCOMPRESSED, MAX_ZIP_MEMBERS

UNREADABLE = (
    "OpenDocument 形式（.ods）の表を読めません。ファイルが壊れていないか確認してください。LibreOffice Calc などで"
    "「Excel 2007-365（.xlsx）」として保存し直すと読めることがあります。"
)

_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
_FO = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"


def _t(name: str) -> str:
    return f"{{{_TABLE}}}{name}"


#: The elements a sheet's rows stand in, one inside another (a header's rows, a group Calc folds).
_ROW_HOLDERS = frozenset(_t(n) for n in ("table-header-rows", "table-row-group", "table-rows"))
_COLUMN_HOLDERS = frozenset(_t(n) for n in ("table-header-columns", "table-column-group", "table-columns"))
#: A row or column Calc hides: by hand (collapse) or under an AutoFilter (filter).
_HIDDEN = frozenset(("collapse", "filter"))


def as_xlsx(data: bytes) -> tuple[bytes, list[str]]:
    """The .xlsx bytes of the .ods workbook ``data``, and what is not in them (none: the notes ``readers.xls`` gives);
    ParseError (Japanese) for a damaged or oversized file, or one with no sheet."""
    content = _content(data)
    try:
        from xml.etree import ElementTree

        root = ElementTree.fromstring(content)
        fills = _cell_fills(root)
        sheets = list(root.iter(_t("table")))
        if not sheets:
            raise ParseError(UNREADABLE)
        if len(sheets) > MAX_SHEETS:
            raise ParseError(f"シートが多すぎます（上限 {MAX_SHEETS} 枚）。")
        return _converted(sheets, fills), []
    except ParseError:
        raise
    except Exception:  # XML that is not a sheet Calc writes: a damaged file
        raise ParseError(UNREADABLE) from None


def _content(data: bytes) -> bytes:
    """``content.xml`` of the zip, within the limits a workbook is held to."""
    import zipfile

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
            if len(infos) > MAX_ZIP_MEMBERS:
                raise ParseError(f"ファイルの構成ファイルが多すぎます（上限 {MAX_ZIP_MEMBERS} 個）。")
            if sum(info.file_size for info in infos) > MAX_UNCOMPRESSED:
                raise ParseError(
                    f"表のファイルが展開後 {MAX_UNCOMPRESSED // (1024 * 1024)} MB を超えます。"
                    "不要なシートや書式を削除してください。"
                )
            return archive.read("content.xml")
    except ParseError:
        raise
    except Exception:  # no zip, no content.xml, a member that does not inflate
        raise ParseError(UNREADABLE) from None


def _cell_fills(root: Any) -> dict[str, str]:
    """Each automatic cell style's background (「#d9e1f2」 → 「D9E1F2」), by the style's name; none for 「transparent」."""
    out: dict[str, str] = {}
    for style in root.iter(f"{{{_STYLE}}}style"):
        if style.get(f"{{{_STYLE}}}family") != "table-cell":
            continue
        properties = style.find(f"{{{_STYLE}}}table-cell-properties")
        colour = properties.get(f"{{{_FO}}}background-color", "") if properties is not None else ""
        if colour.startswith("#") and len(colour) == 7 and colour.lower() != "#ffffff":
            out[style.get(f"{{{_STYLE}}}name", "")] = colour[1:].upper()
    return out


def _converted(sheets: list[Any], fills: dict[str, str]) -> bytes:
    from openpyxl import Workbook

    out = Workbook()
    out.remove(out.active)
    for sheet in sheets:
        name = sheet.get(_t("name")) or "Sheet"
        target = out.create_sheet(_sheet_title(name, out.sheetnames))
        _copy_sheet(sheet, target, fills, name)
    buffer = io.BytesIO()
    out.save(buffer)
    return buffer.getvalue()


def _sheet_title(name: str, taken: list[str]) -> str:
    from .xls import _sheet_title as title

    return title(name, taken)


def _rows(element: Any) -> Iterator[Any]:
    """A sheet's rows in order, those inside a header or a group too."""
    for child in element:
        if child.tag == _t("table-row"):
            yield child
        elif child.tag in _ROW_HOLDERS:
            yield from _rows(child)


def _columns(element: Any) -> Iterator[Any]:
    for child in element:
        if child.tag == _t("table-column"):
            yield child
        elif child.tag in _COLUMN_HOLDERS:
            yield from _columns(child)


def _repeat(element: Any, attribute: str) -> int:
    try:
        return max(1, int(element.get(_t(attribute), "1")))
    except ValueError:
        return 1


def _copy_sheet(sheet: Any, target: Any, fills: dict[str, str], name: str) -> None:
    """The sheet's cells, merges, hidden rows and columns and fills into ``target``, up to the last row and column
    written (a repeat past them — Calc's empty tail — fills nothing)."""
    from openpyxl.styles import PatternFill
    from openpyxl.utils import get_column_letter

    painted: dict[str, Any] = {}
    hidden_rows: list[int] = []
    merges: list[tuple[int, int, int, int]] = []
    row_at = 0
    for row in _rows(sheet):
        repeat = _repeat(row, "number-rows-repeated")
        cells = [c for c in row if c.tag in (_t("table-cell"), _t("covered-table-cell"))]
        written = any(_shown(c) or fills.get(c.get(_t("style-name"), "")) for c in cells)
        times = min(repeat, MAX_ROWS + 1) if written else 0
        for again in range(times):
            r = row_at + again + 1
            if r > MAX_ROWS:
                raise ParseError(f"「{name}」シートの行が多すぎます（上限 {MAX_ROWS:,} 行）。")
            column_at = 0
            for cell in cells:
                span = _repeat(cell, "number-columns-repeated")
                text = _shown(cell)
                colour = fills.get(cell.get(_t("style-name"), ""))
                if (text or colour) and cell.tag == _t("table-cell"):
                    for c in range(column_at + 1, column_at + min(span, MAX_COLS + 1) + 1):
                        if c > MAX_COLS:
                            raise ParseError(f"「{name}」シートの列が多すぎます（上限 {MAX_COLS} 列）。")
                        out = target.cell(row=r, column=c)
                        if text:
                            out.value = text
                        if colour:
                            out.fill = painted.setdefault(colour, PatternFill("solid", fgColor="FF" + colour))
                across = _repeat(cell, "number-columns-spanned")
                down = _repeat(cell, "number-rows-spanned")
                if again == 0 and cell.tag == _t("table-cell") and (across > 1 or down > 1):
                    merges.append((r, column_at + 1, r + down - 1, column_at + across))
                column_at += span
        if row.get(_t("visibility")) in _HIDDEN:
            hidden_rows += range(row_at + 1, row_at + times + 1)
        row_at += repeat
    last_row, last_column = target.max_row, target.max_column
    for top, left, bottom, right in merges:
        bottom, right = min(bottom, last_row), min(right, last_column)
        if (bottom > top or right > left) and top <= bottom and left <= right:
            target.merge_cells(start_row=top, start_column=left, end_row=bottom, end_column=right)
    for r in hidden_rows:
        target.row_dimensions[r].hidden = True
    column_at = 0
    for column in _columns(sheet):
        repeat = _repeat(column, "number-columns-repeated")
        if column.get(_t("visibility")) in _HIDDEN:
            for c in range(column_at + 1, min(column_at + repeat, last_column) + 1):
                target.column_dimensions[get_column_letter(c)].hidden = True
        column_at += repeat
        if column_at >= last_column:
            break


def _shown(cell: Any) -> str:
    """A cell's text as Calc shows it: its paragraphs a line each, 「text:s」 the blanks it stands for, a tab and a line
    break as written."""
    lines = []
    for paragraph in cell.findall(f"{{{_TEXT}}}p"):
        lines.append("".join(_pieces(paragraph)))
    return "\n".join(lines).strip("\n")


def _pieces(element: Any) -> Iterator[str]:
    if element.text:
        yield element.text
    for child in element:
        if child.tag == f"{{{_TEXT}}}s":
            try:
                count = int(child.get(f"{{{_TEXT}}}c", "1"))
            except ValueError:
                count = 1
            yield " " * min(max(count, 1), 200)
        elif child.tag == f"{{{_TEXT}}}tab":
            yield "\t"
        elif child.tag == f"{{{_TEXT}}}line-break":
            yield "\n"
        elif child.tag == f"{{{_OFFICE}}}annotation":
            pass  # a comment on the cell: no part of what it shows
        else:
            yield from _pieces(child)
        if child.tail:
            yield child.tail
