"""The shapes drawn over a worksheet's cells: a 工程表 whose steps are オートシェイプ (an arrow or a 「ホームベース」 with
its step written in it, a 「直線矢印コネクタ」) laid over empty year cells.

Many offices draw a 工程表 so in Excel; openpyxl drops the drawing when it loads a workbook, and the steps were lost
(篠宮市, batch 24: every 取組 without a schedule). The drawing part of each sheet (``xl/drawings/drawingN.xml``, found
through the workbook's and the sheet's relationships) is read here with the standard library's XML parser: each
shape anchored to cells (``twoCellAnchor``, or ``oneCellAnchor`` with its size; a group of shapes as one) gives the row its middle stands in,
the columns it covers and its text, by the sheet's own column widths and row heights (from its part, so that a
reader of the cells in openpyxl's read-only mode places them the same); ``readers.xlsx`` makes those cells a drawn
bar, as a PDF's drawn bar is read, and the template reader writes the step in the first and 「→」 in the others.

Hostile input: a workbook with drawings passes ``check_zip`` (its size limits) before any part is inflated; a drawing
part over :data:`MAX_DRAWING_BYTES` is left out, at most :data:`MAX_SHAPES` shapes a sheet are read, an anchor's
numbers are held to Excel's limits, and a part that does not parse is left out (the cells are read as they are).
"""

from __future__ import annotations

import io
import posixpath
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..errors import ParseError
from ..text import join_wrapped

if TYPE_CHECKING:
    import zipfile
    from xml.etree import ElementTree

MAX_SHAPES = 2_000
#: The largest drawing part read (a sheet's drawing of 2,000 shapes is some hundred kilobytes).
MAX_DRAWING_BYTES = 5 * 1024 * 1024
#: The farthest cell an anchor is taken to name (Excel's own limits): a number past it is a damaged drawing.
_LAST_COLUMN, _LAST_ROW, _MAX_OFFSET = 16_384, 1_048_576, 10**10

_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_PKG = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_XDR = "{http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing}"
_A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
_DRAWING = "/relationships/drawing"

#: Excel's default column (8.43 characters: 64 px) and row (15 pt: 20 px) in EMU.
DEFAULT_COLUMN_EMU = 64 * 9525
DEFAULT_ROW_EMU = 20 * 9525
#: How much of a column a shape must cover to be drawn over it: an arrow set from a little inside its first year's
#: cell to a little inside its last's covers both; one that only reaches into the next cell does not.
_COVERS = 0.3


@dataclass(frozen=True)
class Anchor:
    """Where a shape is drawn: its corners as (column, offset in EMU) and (row, offset), 0-based; its size in EMU where
    only the top left corner is anchored (``oneCellAnchor``)."""

    top_left: tuple[int, int, int, int]  # column, column offset, row, row offset
    bottom_right: tuple[int, int, int, int] | None
    size: tuple[int, int] | None  # cx, cy
    text: str


@dataclass(frozen=True)
class Shape:
    """A shape over a sheet's cells: the row (0-based) its middle stands in, the first and last columns it covers,
    its text ("" for a bare arrow)."""

    row: int
    first: int
    last: int
    text: str

    def step_columns(self, filled: Sequence[bool], width: int) -> range:
        """The columns of its row this shape marks as a drawn step, held to the first ``width`` (an arrowhead past the
        table's last column covers the years up to it); none when it starts past them or covers a cell that holds
        something (``filled``: a note or a callout drawn over written cells is no step). The one rule of both
        readers of drawn steps: ``readers.xlsx`` (a drawn bar) and the template (the step written in each year)."""
        last = min(self.last, width - 1)
        if self.first > last or any(filled[self.first : last + 1]):
            return range(0)
        return range(self.first, last + 1)


def sheet_shapes(data: bytes) -> dict[str, list[Shape]]:
    """The shapes drawn over each worksheet's cells (by sheet name), placed by the sheet's own column widths and row
    heights; empty for a workbook without drawings (most: nothing is parsed then). ``zipfile`` and the XML parser are
    imported here and in the functions below, when a workbook is read: the template layout imports this module, and
    every parse asks that layout whether a text is the template (zipfile alone brings pathlib, shutil, bz2, lzma)."""
    import zipfile

    from .xlsx import check_zip  # (xlsx imports this module)

    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        names = set(archive.namelist())
        if not any(name.startswith("xl/drawings/") for name in names):
            return {}
        check_zip(data)  # the size limits before any part is inflated (a drawing of a gigabyte in a small file)
        found: dict[str, list[Shape]] = {}
        for sheet, part in _sheet_parts(archive, names).items():
            drawing = _drawing_of(archive, names, part)
            if drawing is None or archive.getinfo(drawing).file_size > MAX_DRAWING_BYTES:
                continue
            anchors = _anchors(archive.read(drawing))
            if anchors:
                column_emu, row_emu = _sizes(archive, part)
                shapes = (placed(anchor, column_emu, row_emu) for anchor in anchors)
                found[sheet] = [shape for shape in shapes if shape is not None]
        return found
    except ParseError:
        raise  # an oversized workbook: said as the workbook reader says it
    except Exception:  # a damaged drawing, an anchor no cell has: the cells are read as they are
        return {}


def _sizes(archive: zipfile.ZipFile, part: str) -> tuple[Callable[[int], int], Callable[[int], int]]:
    """The sheet's column widths and row heights in EMU (0-based index), from its part: ``<cols>``, the rows' ``ht``
    and the sheet's defaults (a column of 8.43 characters, a row of 15 pt where it states none)."""
    from xml.etree import ElementTree

    widths: dict[int, int] = {}
    heights: dict[int, int] = {}
    default_column, default_row = DEFAULT_COLUMN_EMU, DEFAULT_ROW_EMU
    with archive.open(part) as stream:
        for _, element in ElementTree.iterparse(stream):
            tag = element.tag
            if tag == f"{_MAIN}sheetFormatPr":
                if element.get("defaultColWidth"):
                    default_column = _characters(element.get("defaultColWidth"))
                if element.get("defaultRowHeight"):
                    default_row = _points(element.get("defaultRowHeight"))
            elif tag == f"{_MAIN}col" and element.get("width"):
                first, last = _int(element.get("min")), _int(element.get("max"))
                for column in range(max(first, 1), min(last, 1_000) + 1):
                    widths[column - 1] = _characters(element.get("width"))
            elif tag == f"{_MAIN}row":
                if element.get("ht"):
                    heights[_int(element.get("r")) - 1] = _points(element.get("ht"))
                element.clear()  # the rows' cells are not needed: a sheet of many rows stays small
    return (lambda c: widths.get(c, default_column)), (lambda r: heights.get(r, default_row))


def _characters(width: str | None) -> int:
    """A column ``width`` characters wide in EMU, as Excel sizes it (7 px a character and 5 px of padding)."""
    try:
        return max(int((float(width or 0) * 7 + 5) * 9525), 9525)
    except ValueError:
        return DEFAULT_COLUMN_EMU


def _points(height: str | None) -> int:
    try:
        return max(int(float(height or 0) * 12700), 12700)
    except ValueError:
        return DEFAULT_ROW_EMU


def _sheet_parts(archive: zipfile.ZipFile, names: set[str]) -> dict[str, str]:
    """Each worksheet's name and the path of its part (「xl/worksheets/sheet1.xml」)."""
    from xml.etree import ElementTree

    targets = _relationships(archive, names, "xl/_rels/workbook.xml.rels", "xl")
    book = ElementTree.fromstring(archive.read("xl/workbook.xml"))
    parts: dict[str, str] = {}
    for sheet in book.iter(f"{_MAIN}sheet"):
        target = targets.get(sheet.get(f"{_REL}id") or "")
        if target is not None:
            parts[sheet.get("name") or ""] = target
    return parts


def _drawing_of(archive: zipfile.ZipFile, names: set[str], part: str) -> str | None:
    folder, name = posixpath.split(part)
    rels = _relationships(archive, names, f"{folder}/_rels/{name}.rels", folder, _DRAWING)
    return next((target for target in rels.values() if target in names), None)


def _relationships(
    archive: zipfile.ZipFile, names: set[str], path: str, folder: str, kind: str | None = None
) -> dict[str, str]:
    """A relationships part's targets by id, as paths in the zip (of ``kind`` only, when given)."""
    from xml.etree import ElementTree

    if path not in names:
        return {}
    found: dict[str, str] = {}
    for relation in ElementTree.fromstring(archive.read(path)).iter(f"{_PKG}Relationship"):
        if kind is not None and not (relation.get("Type") or "").endswith(kind):
            continue
        target = relation.get("Target") or ""
        resolved = (
            target.lstrip("/")
            if target.startswith("/")
            else posixpath.normpath(posixpath.join(folder, target))
        )
        found[relation.get("Id") or ""] = resolved
    return found


def _anchors(xml: bytes) -> list[Anchor]:
    from xml.etree import ElementTree

    root = ElementTree.fromstring(xml)
    anchors: list[Anchor] = []
    for tag in ("twoCellAnchor", "oneCellAnchor"):
        for anchor in root.iter(f"{_XDR}{tag}"):
            # a shape, a connector (a bare arrow), or a group — an arrow grouped with the text box written over it,
            # one step: its anchor spans both, its text is theirs (a group of a whole 工程表 is taller than a row,
            # no step: ``placed``)
            shape = next(
                (found for tag in ("sp", "cxnSp", "grpSp") if (found := anchor.find(f"{_XDR}{tag}")) is not None),
                None,
            )
            if shape is None:
                continue  # a picture, a chart: no step of a 工程表
            if shape.tag == f"{_XDR}grpSp" and sum(1 for part in shape.iter(f"{_XDR}sp") if _text(part)) > 1:
                continue  # a group of several steps (「検討」 over R6, 「実施」 over R7–R9): no one step
            top_left = _corner(anchor.find(f"{_XDR}from"))
            if top_left is None:
                continue
            bottom_right = _corner(anchor.find(f"{_XDR}to"))
            extent = anchor.find(f"{_XDR}ext")
            size = (_int(extent.get("cx")), _int(extent.get("cy"))) if extent is not None else None
            if bottom_right is None and size is None:
                continue
            if size is not None:
                size = (min(size[0], _MAX_OFFSET), min(size[1], _MAX_OFFSET))
            anchors.append(Anchor(top_left, bottom_right, size, _text(shape)))
            if len(anchors) >= MAX_SHAPES:
                return anchors
    return anchors


def _corner(element: ElementTree.Element | None) -> tuple[int, int, int, int] | None:
    if element is None:
        return None
    values = [
        _int((element.findtext(f"{_XDR}{name}") or "").strip()) for name in ("col", "colOff", "row", "rowOff")
    ]
    return (
        min(values[0], _LAST_COLUMN),
        min(values[1], _MAX_OFFSET),
        min(values[2], _LAST_ROW),
        min(values[3], _MAX_OFFSET),
    )


def _int(text: str | None) -> int:
    if text is not None and len(text) > 12:
        return _MAX_OFFSET  # a number no drawing holds (401 digits): past every limit
    try:
        return max(int(text or 0), 0)
    except ValueError:
        return 0


def _text(shape: ElementTree.Element) -> str:
    """A shape's text, its paragraphs joined as a cell's wrapped lines are (「順次⏎拡大」 is 「順次拡大」)."""
    lines = ["".join(t.text or "" for t in paragraph.iter(f"{_A}t")) for paragraph in shape.iter(f"{_A}p")]
    lines = [line.strip() for line in lines if line.strip()]
    out = ""
    for line in lines:
        out = join_wrapped(out, line)
    return out


def placed(anchor: Anchor, column_emu: Callable[[int], int], row_emu: Callable[[int], int]) -> Shape | None:
    """Where ``anchor`` stands over the cells, by the sheet's column widths and row heights (EMU, 0-based index):
    None for a shape taller than a row and a half (a box around a group of rows, not a step)."""
    col, col_off, row, row_off = anchor.top_left
    left = col + min(col_off / column_emu(col), 1.0)
    top = row + min(row_off / row_emu(row), 1.0)
    if anchor.bottom_right is not None:
        col2, col2_off, row2, row2_off = anchor.bottom_right
        right = col2 + min(col2_off / column_emu(col2), 1.0)
        bottom = row2 + min(row2_off / row_emu(row2), 1.0)
    else:
        assert anchor.size is not None
        right, bottom = _walk(left, anchor.size[0], column_emu), _walk(top, anchor.size[1], row_emu)
    if bottom - top > 1.5 or right <= left or right - left > _LAST_COLUMN:
        return None
    covered = [c for c in range(int(left), int(right) + 1) if min(c + 1, right) - max(c, left) > _COVERS]
    if not covered:
        return None
    return Shape(row=int((top + bottom) / 2), first=covered[0], last=covered[-1], text=anchor.text)


def _walk(start: float, length: int, size: Callable[[int], int]) -> float:
    """The position ``length`` EMU after ``start`` (in cells), over cells of the sizes given."""
    at, left = start, float(length)
    for _ in range(1_000):
        cell = int(at)
        room = (cell + 1 - at) * size(cell)
        if left <= room:
            return at + left / size(cell)
        left -= room
        at = cell + 1
    return at
