"""Excel 97–2003 workbook (.xls) → the same workbook as .xlsx, so that every reader of workbooks reads it.

Municipal PCs still save plans as .xls (「Excel 97-2003 ブック」), and a plan office that is told to save the file
again before importing it has been told shinchoku does not read its Excel. xlrd (the reader of the old binary
format; it reads nothing else) gives each cell's value with the number format Excel shows it in, the merged
ranges, the fill colours and the hidden columns; they are written into an openpyxl workbook as they are, and the
readers of .xlsx (``readers.xlsx``, the template, the layouts) take it from there: a percentage shows 「37.8%」, a
date 「令和7年3月」, a 工程表's shaded years are its bars, exactly as in the .xlsx the same sheet saves to.

The file is hostile until read: the size limits of .xlsx apply (sheets, rows, columns), any failure inside xlrd
is one message, and a Word 97–2003 document (the same compound-file container) is named as what it is.
"""

from __future__ import annotations

import datetime as _dt
import io
import os
import re
from typing import Any

from ..errors import ParseError
from .xlsx import MAX_COLS, MAX_ROWS, MAX_SHEETS

UNREADABLE = (
    "Excel 97-2003 形式（.xls）のファイルを読めません。ファイルが壊れていないか確認してください。"
    "Excel で「Excel ブック（*.xlsx）」として保存し直すと読めることがあります。"
)
ENCRYPTED = (
    "パスワードで保護された Excel ファイルは読めません。Excel でパスワードを解除して保存し直してから取り込んでください。"
)
WORD_97 = (
    "Word 97-2003 形式（.doc）の文書は読めません。"
    "Word で「Word 文書（*.docx）」として保存し直すか、PDF にしてから取り込んでください。"
)

#: Characters no .xlsx cell may hold (openpyxl refuses them): the control characters but tab, line feed and return.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")

# xlrd's cell types (xlrd.XL_CELL_*): named here so that xlrd is imported only for an .xls
_EMPTY, _TEXT, _NUMBER, _DATE, _BOOLEAN, _ERROR, _BLANK = range(7)


def as_xlsx(data: bytes, filename: str = "") -> tuple[bytes, list[str]]:
    """The .xlsx bytes of the .xls workbook ``data`` and what is not in them (a note a sheet with shapes); ParseError
    (Japanese) for a damaged, oversized or Word file (one with a WordDocument stream, or one named .doc that xlrd
    cannot read)."""
    book = _open(data, filename.lower().endswith((".doc", ".dot")))
    try:
        notes = [
            f"シート「{name}」に図形（矢印・テキストボックスなど）がありますが、Excel 97-2003 形式（.xls）の図形は"
            "読み取れません。工程などを図形で描いている場合は、Excel ブック（.xlsx）として保存し直してから取り込んで"
            "ください。"
            for name in drawn_sheets(data, book.sheet_names())
        ]
        return _converted(book), notes
    except ParseError:
        raise
    except Exception:  # a record xlrd parsed but openpyxl cannot hold: a damaged file
        raise ParseError(UNREADABLE) from None
    finally:
        book.release_resources()


#: BIFF8 records: BOUNDSHEET (a sheet's name and where its records start) and OBJ (a drawn object, its kind first).
_BOUNDSHEET, _OBJ = 0x0085, 0x005D
#: OBJ kinds that are shapes a 工程表 may be drawn with (line, rectangle, oval, arc, text box, polygon, an
#: AutoShape); pictures, charts, comments and form controls are none.
_SHAPES = frozenset({0x01, 0x02, 0x03, 0x04, 0x06, 0x09, 0x1E})


def drawn_sheets(data: bytes, names: list[str]) -> list[str]:
    """The sheets of an .xls holding drawn shapes, which xlrd does not read (a 工程表 of arrows loses its steps):
    each OBJ record of a shape kind, placed in the sheet whose records it stands among. Empty where the workbook
    stream cannot be walked."""
    import struct

    from xlrd import compdoc

    try:
        with open(os.devnull, "w") as quiet:
            document = compdoc.CompDoc(data, logfile=quiet)
            stream = document.get_named_stream("Workbook") or document.get_named_stream("Book")
        if not stream:
            return []
        starts: list[int] = []
        found: set[int] = set()
        at = 0
        while at + 4 <= len(stream):
            kind, length = struct.unpack_from("<HH", stream, at)
            body = stream[at + 4 : at + 4 + length]
            if kind == _BOUNDSHEET and len(body) >= 4:
                starts.append(struct.unpack_from("<I", body)[0])
            elif kind == _OBJ and len(body) >= 6 and struct.unpack_from("<H", body, 4)[0] in _SHAPES:
                sheet = sum(1 for start in starts if start <= at) - 1
                if sheet >= 0:
                    found.add(sheet)
            at += 4 + length
    except Exception:  # a stream xlrd read but that does not walk so: no note rather than a refusal
        return []
    return [names[i] for i in sorted(found) if i < len(names)]


def _open(data: bytes, named_doc: bool) -> Any:
    import xlrd  # lazily: only an .xls needs it

    try:
        with open(os.devnull, "w") as quiet:  # xlrd writes its complaints to a log file
            book = xlrd.open_workbook(file_contents=data, formatting_info=True, logfile=quiet, on_demand=True)
    except Exception as error:  # XLRDError, CompoundDocError, struct errors … for what xlrd cannot read
        if "encrypted" in str(error).lower() or "EncryptedPackage".encode("utf-16-le") in data:
            raise ParseError(ENCRYPTED) from None  # an .xls, or an .xlsx Excel encrypted into a compound file
        if named_doc or ("workbook" in str(error).lower() and b"W\x00o\x00r\x00d\x00D\x00o\x00c" in data):
            raise ParseError(WORD_97) from None  # a compound file with a WordDocument stream and no workbook
        raise ParseError(UNREADABLE) from None
    if book.nsheets > MAX_SHEETS:
        book.release_resources()
        raise ParseError(f"シートが多すぎます（上限 {MAX_SHEETS} 枚）。")
    return book


#: xlrd's sheet visibility as the .xlsx states it: a hidden sheet stays hidden (``readers.xlsx`` does not read it).
_STATES = {0: "visible", 1: "hidden", 2: "veryHidden"}


def _converted(book: Any) -> bytes:
    from openpyxl import Workbook

    out = Workbook()
    out.remove(out.active)
    for index in range(book.nsheets):
        sheet = book.sheet_by_index(index)
        rows, columns = _extent(sheet)
        if rows > MAX_ROWS:
            raise ParseError(f"「{sheet.name}」シートの行が多すぎます（上限 {MAX_ROWS:,} 行）。")
        if columns > MAX_COLS:
            raise ParseError(f"「{sheet.name}」シートの列が多すぎます（上限 {MAX_COLS} 列）。")
        target = out.create_sheet(sheet_title(sheet.name, out.sheetnames))
        _copy_sheet(book, sheet, target, rows, columns)
        target.sheet_state = _STATES.get(sheet.visibility, "visible")
        book.unload_sheet(index)
    if out.worksheets and not any(sheet.sheet_state == "visible" for sheet in out.worksheets):
        out.worksheets[0].sheet_state = "visible"  # (a book of hidden sheets only is no book Excel saves)
    buffer = io.BytesIO()
    out.save(buffer)
    return buffer.getvalue()


def sheet_title(name: str, taken: list[str]) -> str:
    """The sheet's name as openpyxl takes it (at most 31 characters, none of ``[]:*?/\\``), kept distinct: of an .xls
    and of an .ods (``readers.ods``) alike."""
    title = "".join("_" if ch in "[]:*?/\\" else ch for ch in str(name))[:31] or "Sheet"
    base, number = title, 2
    while title in taken:
        title = f"{base[:28]}({number})"
        number += 1
    return title


def _extent(sheet: Any) -> tuple[int, int]:
    """The rows and columns up to the last cell holding a value: a form ruled or shaded down 12,000 rows (xlrd counts
    every formatted cell) is as long as what is written in it, as its .xlsx is read."""
    rows = columns = 0
    for r in range(sheet.nrows):
        types = sheet.row_types(r)
        filled = [c for c, kind in enumerate(types) if kind not in (_EMPTY, _BLANK)]
        if filled:
            rows, columns = r + 1, max(columns, filled[-1] + 1)
    return rows, columns


def _copy_sheet(book: Any, sheet: Any, target: Any, rows: int, columns: int) -> None:
    from openpyxl.styles import PatternFill
    from openpyxl.utils import get_column_letter

    fills: dict[tuple[int, int, int], Any] = {}
    for r in range(rows):
        for c in range(min(sheet.row_len(r), columns)):
            cell = sheet.cell(r, c)
            value = _value(book, cell)
            colour = _fill_colour(book, cell.xf_index)
            if value is None and colour is None:
                continue
            out = target.cell(row=r + 1, column=c + 1)
            if value is not None:
                out.value = value
                out.number_format = _number_format(book, cell, value)
            if colour is not None:
                fill = fills.get(colour)
                if fill is None:
                    fill = fills[colour] = PatternFill("solid", fgColor="FF" + "".join(f"{part:02X}" for part in colour))
                out.fill = fill
    for rlo, rhi, clo, chi in sheet.merged_cells:
        rhi, chi = min(rhi, rows), min(chi, columns)  # a merge past what is written (a ruled form's blank block)
        if rlo < rhi and clo < chi and (rhi - rlo > 1 or chi - clo > 1):
            target.merge_cells(start_row=rlo + 1, start_column=clo + 1, end_row=rhi, end_column=chi)
    for column, info in sheet.colinfo_map.items():
        if info.hidden and column < MAX_COLS:
            target.column_dimensions[get_column_letter(column + 1)].hidden = True


def _value(book: Any, cell: Any) -> Any:
    """The cell's value as openpyxl holds it: text, a number (a whole one an int), a datetime, a bool."""
    kind, value = cell.ctype, cell.value
    if kind == _TEXT:
        # a control character pasted in (a vertical tab from PowerPoint) no .xlsx may hold: a line break, or nothing
        text = _CONTROL.sub(lambda m: "\n" if m.group() == "\x0b" else "", value)
        return text if text != "" else None
    if kind == _NUMBER and _date_format(book, cell.xf_index):
        kind = _DATE  # a Japanese built-in date format xlrd knows only by its kind (「令和7年3月31日」 was 45747)
    if kind == _NUMBER:
        return int(value) if float(value).is_integer() and abs(value) < 2**53 else value
    if kind == _DATE:
        from xlrd.xldate import xldate_as_datetime

        try:
            moment: _dt.datetime = xldate_as_datetime(value, book.datemode)
        except Exception:  # a date Excel could not show either (negative, past 9999): its number
            return value
        return moment.time() if value < 1 else moment
    if kind == _BOOLEAN:
        return bool(value)
    if kind == _ERROR:
        from xlrd.biffh import error_text_from_code

        return error_text_from_code.get(value, "#N/A")
    return None  # empty, blank (a styled empty cell)


#: The date format Japanese Excel's built-in date formats (27–36, 50–58) show: 「令和7年3月31日」.
_ERA_DATE = '[$-ja-JP]ggge"年"m"月"d"日"'


def _date_format(book: Any, xf_index: int) -> bool:
    """Whether the cell's format is a date's, by the kind xlrd gives it (its string may be unknown)."""
    try:
        from xlrd.formatting import FDT

        return bool(book.format_map[book.xf_list[xf_index].format_key].type == FDT)
    except (IndexError, KeyError, AttributeError, ImportError):
        return False


def _number_format(book: Any, cell: Any, value: Any) -> str:
    """The number format Excel shows the cell in (「0.0%」「[$-ja-JP]ggge"年"m"月"」), General where none."""
    if not isinstance(value, int | float | _dt.date | _dt.time) or isinstance(value, bool):
        return "General"
    try:
        key = book.xf_list[cell.xf_index].format_key
        shown = book.format_map[key].format_str
    except (IndexError, KeyError, AttributeError):
        return "General"
    if isinstance(shown, str) and shown:
        return shown
    # a built-in format xlrd has no string for: Japanese Excel's era dates (was 「Non7」, the format 「None」; as General
    # a date reads back as its serial number)
    return _ERA_DATE if isinstance(value, _dt.date) else "General"


def _fill_colour(book: Any, xf_index: int) -> tuple[int, int, int] | None:
    """The solid fill of the cell's format as (r, g, b), None for no fill or white (``readers.xlsx`` reads a
    shaded empty cell as a 工程表's bar)."""
    try:
        background = book.xf_list[xf_index].background
    except (IndexError, AttributeError):
        return None
    if background.fill_pattern != 1:  # 1: solid
        return None
    colour = book.colour_map.get(background.pattern_colour_index)
    if colour is None or tuple(colour) == (255, 255, 255):
        return None
    return (int(colour[0]), int(colour[1]), int(colour[2]))
