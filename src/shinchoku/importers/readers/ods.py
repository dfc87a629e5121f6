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
from .xls import sheet_title
from .xlsx import MAX_CELL_CHARS, MAX_COLS, MAX_ROWS, MAX_SHEETS, check_size

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


#: What the limits name an .ods by.
_WHAT = "OpenDocument 形式（.ods）の表"
#: The bytes a cell takes at least in the .xlsx it is written into (「<c r="A1" t="s"><v>0</v></c>」): with its text, what
#: a cell a repeat count stands for counts against ``MAX_UNCOMPRESSED`` before any is made (a few hundred bytes of
#: repeats are millions of cells).
_CELL_BYTES = 30
ENCRYPTED = (
    "パスワードで保護された OpenDocument 形式（.ods）の表は読めません。LibreOffice Calc でパスワードを解除して保存し直して"
    "から取り込んでください。"
)


def as_xlsx(data: bytes) -> tuple[bytes, list[str]]:
    """The .xlsx bytes of the .ods workbook ``data``, and what is not in them (none: the notes ``readers.xls`` gives);
    ParseError (Japanese) for a damaged, password-protected or oversized file, or one with no sheet."""
    content, styles = _parts(data)
    try:
        from xml.etree import ElementTree

        root = ElementTree.fromstring(content)
        fills = _cell_fills([root, *([ElementTree.fromstring(styles)] if styles else [])])
        hidden = _hidden_tables(root)
        sheets = list(root.iter(_t("table")))
        if not sheets:
            raise ParseError(UNREADABLE)
        if len(sheets) > MAX_SHEETS:
            raise ParseError(f"シートが多すぎます（上限 {MAX_SHEETS} 枚）。")
        laid_out, extents = [], []
        for sheet in sheets:  # each sheet's limits counted as it is read, before the next is
            laid_out.append(rows := _laid_out(sheet))
            extents.append(_extent(_name(sheet), rows, fills))
        check_size(0, sum(size for _, _, size in extents), _WHAT)  # before a cell is made
        return _converted(sheets, fills, laid_out, extents, hidden), []
    except ParseError:
        raise
    except Exception:  # XML that is not a sheet Calc writes: a damaged file
        raise ParseError(UNREADABLE) from None


def _parts(data: bytes) -> tuple[bytes, bytes]:
    """``content.xml`` and ``styles.xml`` (empty where there is none) of the zip, within the limits a workbook is held
    to; an encrypted one (``META-INF/manifest.xml`` with ``encryption-data``) refused as password-protected."""
    import zipfile

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
            check_size(len(infos), sum(info.file_size for info in infos), _WHAT)
            names = {info.filename for info in infos}
            if "META-INF/manifest.xml" in names and b"encryption-data" in archive.read("META-INF/manifest.xml"):
                raise ParseError(ENCRYPTED)
            styles = archive.read("styles.xml") if "styles.xml" in names else b""
            return archive.read("content.xml"), styles
    except ParseError:
        raise
    except Exception:  # no zip, no content.xml, a member that does not inflate
        raise ParseError(UNREADABLE) from None


def _cell_fills(roots: list[Any]) -> dict[str, str]:
    """Each cell style's background (「#d9e1f2」 → 「D9E1F2」), by the style's name: its own, else its parent's as Calc
    resolves it (an automatic style over 「Good」, 「Accent 3」 in ``styles.xml``); none for 「transparent」 or white."""
    own: dict[str, str | None] = {}
    parents: dict[str, str] = {}
    for root in roots:
        for style in root.iter(f"{{{_STYLE}}}style"):
            if style.get(f"{{{_STYLE}}}family") != "table-cell":
                continue
            name = style.get(f"{{{_STYLE}}}name", "")
            properties = style.find(f"{{{_STYLE}}}table-cell-properties")
            colour = properties.get(f"{{{_FO}}}background-color") if properties is not None else None
            if colour is not None:
                own[name] = colour
            if parent := style.get(f"{{{_STYLE}}}parent-style-name"):
                parents[name] = parent
    out: dict[str, str] = {}
    for name in {*own, *parents}:
        at, seen = name, 0
        while at not in own and at in parents and seen < 20:  # (a loop of parents: no colour)
            at, seen = parents[at], seen + 1
        colour = own.get(at) or ""
        if colour.startswith("#") and len(colour) == 7 and colour.lower() != "#ffffff":
            out[name] = colour[1:].upper()
    return out


def _hidden_tables(root: Any) -> set[str]:
    """The table styles that hide a sheet (``table:display="false"``)."""
    return {
        style.get(f"{{{_STYLE}}}name", "")
        for style in root.iter(f"{{{_STYLE}}}style")
        if style.get(f"{{{_STYLE}}}family") == "table"
        and (properties := style.find(f"{{{_STYLE}}}table-properties")) is not None
        and properties.get(_t("display")) == "false"
    }


def _cells(row: Any) -> list[Any]:
    return [c for c in row if c.tag in (_t("table-cell"), _t("covered-table-cell"))]


#: A row of a sheet as laid out (:func:`_laid_out`): (its first row, 0-based; its repeat count; the row element; its
#: cells, each (its first column, 0-based; its repeat count; the cell element; its text as Calc shows it)).
_Row = tuple[int, int, Any, list[tuple[int, int, Any, str]]]


def _laid_out(sheet: Any) -> list[_Row]:
    """Each row and cell of the sheet where it stands, each cell's text read once: the one walk of the sheet's XML,
    which the limits (:func:`_extent`) and the copy (:func:`_copy_sheet`) read — a place a repeat count stands for,
    no cell made."""
    rows: list[_Row] = []
    row_at = 0
    for row in _within(sheet, _t("table-row"), _ROW_HOLDERS):
        repeat = _repeat(row, "number-rows-repeated")
        cells = []
        column_at = 0
        for cell in _cells(row):
            span = _repeat(cell, "number-columns-repeated")
            cells.append((column_at, span, cell, _shown(cell) if cell.tag == _t("table-cell") else ""))
            column_at += span
        rows.append((row_at, repeat, row, cells))
        row_at += repeat
    return rows


def _extent(name: str, rows: list[_Row], fills: dict[str, str]) -> tuple[int, int, int]:
    """(last row, last column, bytes) of the sheet ``name`` (laid out: :func:`_laid_out`) as it is written into the
    .xlsx: the last row and column a cell with text stands in — a fill, a repeat or a span past them (Calc's shaded rows
    of 16,384 cells, its empty tail) is clipped to them — and the bytes its cells take there (``_CELL_BYTES`` and the
    text, a repeat count times): counted on the repeat counts, no cell made."""
    last_row = last_column = 0
    for row_at, repeat, _row, cells in rows:
        for column_at, span, _cell, text in cells:
            if text:
                last_row, last_column = row_at + repeat, max(last_column, column_at + span)
    if last_row > MAX_ROWS:
        raise ParseError(f"「{name}」シートの行が多すぎます（上限 {MAX_ROWS:,} 行）。")
    if last_column > MAX_COLS:
        raise ParseError(f"「{name}」シートの列が多すぎます（上限 {MAX_COLS} 列）。")
    size = 0
    for row_at, repeat, _row, cells in rows:
        if row_at >= last_row:
            break
        times = min(repeat, last_row - row_at)
        for column_at, span, cell, text in cells:
            if (text or fills.get(cell.get(_t("style-name"), ""))) and column_at < last_column:
                size += times * min(span, last_column - column_at) * (_CELL_BYTES + len(text.encode()))
    return last_row, last_column, size


def _converted(
    sheets: list[Any],
    fills: dict[str, str],
    laid_out: list[list[_Row]],
    extents: list[tuple[int, int, int]],
    hidden: set[str],
) -> bytes:
    from openpyxl import Workbook

    out = Workbook()
    out.remove(out.active)
    for sheet, rows, (last_row, last_column, _) in zip(sheets, laid_out, extents, strict=True):
        target = out.create_sheet(sheet_title(_name(sheet), out.sheetnames))
        _copy_sheet(sheet, rows, target, fills, last_row, last_column)
        if sheet.get(_t("style-name")) in hidden:
            target.sheet_state = "hidden"  # (``readers.xlsx`` does not read it, as of an .xls: ``readers.xls``)
    shown = [at for at, sheet in enumerate(out.worksheets) if sheet.sheet_state == "visible"]
    if out.worksheets and not shown:
        out.worksheets[0].sheet_state = "visible"  # (a book of hidden sheets only is no book Calc saves)
    elif shown:
        out.active = shown[0]  # (a hidden sheet is no sheet Calc opens on)
    buffer = io.BytesIO()
    out.save(buffer)
    return buffer.getvalue()


def _name(sheet: Any) -> str:
    return sheet.get(_t("name")) or "Sheet"


def _within(element: Any, tag: str, holders: frozenset[str]) -> Iterator[Any]:
    """A sheet's rows (or columns: ``tag``) in order, those inside ``holders`` too (a header's, a group Calc folds)."""
    for child in element:
        if child.tag == tag:
            yield child
        elif child.tag in holders:
            yield from _within(child, tag, holders)


def _repeat(element: Any, attribute: str) -> int:
    try:
        return max(1, int(element.get(_t(attribute), "1")))
    except ValueError:
        return 1


def _copy_sheet(
    sheet: Any, rows: list[_Row], target: Any, fills: dict[str, str], last_row: int, last_column: int
) -> None:
    """The sheet's cells, merges, hidden rows and columns and fills into ``target`` (its rows laid out:
    :func:`_laid_out`), up to the last row and column a text is written in (``_extent``: a repeat or a fill past them
    fills nothing)."""
    from openpyxl.styles import PatternFill
    from openpyxl.utils import get_column_letter

    painted: dict[str, Any] = {}
    hidden_rows: list[int] = []
    merges: list[tuple[int, int, int, int]] = []
    for row_at, repeat, row, cells in rows:
        if row_at >= last_row:
            break
        times = min(repeat, last_row - row_at)
        for again in range(times):
            r = row_at + again + 1
            for column_at, span, cell, text in cells:
                if column_at >= last_column:
                    break
                colour = fills.get(cell.get(_t("style-name"), ""))
                if (text or colour) and cell.tag == _t("table-cell"):
                    for c in range(column_at + 1, min(column_at + span, last_column) + 1):
                        out = target.cell(row=r, column=c)
                        if text:
                            out.value = text
                        if colour:
                            out.fill = painted.setdefault(colour, PatternFill("solid", fgColor="FF" + colour))
                across = _repeat(cell, "number-columns-spanned")
                down = _repeat(cell, "number-rows-spanned")
                if again == 0 and cell.tag == _t("table-cell") and (across > 1 or down > 1):
                    merges.append((r, column_at + 1, r + down - 1, column_at + across))
        if row.get(_t("visibility")) in _HIDDEN:
            hidden_rows += range(row_at + 1, row_at + times + 1)
    for top, left, bottom, right in merges:
        bottom, right = min(bottom, last_row), min(right, last_column)
        if (bottom > top or right > left) and top <= bottom and left <= right:
            target.merge_cells(start_row=top, start_column=left, end_row=bottom, end_column=right)
    for r in hidden_rows:
        target.row_dimensions[r].hidden = True
    column_at = 0
    for column in _within(sheet, _t("table-column"), _COLUMN_HOLDERS):
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
    held = 0
    for paragraph in cell.findall(f"{{{_TEXT}}}p"):
        pieces = []
        for piece in _pieces(paragraph):
            held += len(piece)
            # a cell of more is no sheet Calc saves as .xlsx (「text:s text:c="200"」 a thousand times: counted before
            # it is joined)
            if held > MAX_CELL_CHARS:
                raise ParseError(f"文字数が {MAX_CELL_CHARS:,} 字を超えるセルがあります。")
            pieces.append(piece)
        lines.append("".join(pieces))
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
