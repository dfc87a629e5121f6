"""The parts the batches of unseen documents (``other/unseen*.py``) build their documents of, written once: a figure
as a cell writes it (``_figure``, ``_value``), the 課 of a 担当課 as written (``_offices``), the HTML page Chromium prints
(``_page``) and text for it (``_esc``), and the workbook LibreOffice Calc
prints — its font, rules, fills and alignments, its page set up (``_print_setup``), a ruled cell (``_cell``), a row
as tall as its most wrapped cell (``_fit_height``), a row ruled across (``_ruled``) and the columns' widths
(``_widths``). A batch that built its workbooks with a copy of these built the same bytes: a change here is a change
to every batch's documents (and to their prints, cached by digest), to be made knowingly.
"""

from __future__ import annotations

import html
import math
import re
import unicodedata
from collections.abc import Callable
from typing import Any

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet


def _figure(text: str) -> float | None:
    """The number a cell states, as written (「1,200件」 1200, 「48.5％」 48.5, 「－」 none)."""
    plain = unicodedata.normalize("NFKC", text).replace(",", "")
    digits = ""
    for ch in plain:
        if ch.isdigit() or (ch == "." and digits):
            digits += ch
        elif digits:
            break
    if not digits:
        return None
    return float(digits) if "." in digits else int(digits)


def _number(text: str, figure: Callable[[str], float | None] = _figure) -> float:
    """The number a cell states (by ``figure``: a batch's own reading of its cells), which it must state."""
    found = figure(text)
    assert found is not None, text
    return found


def _esc(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WFA" else 1 for ch in text)


def _lines(text: str, width: float) -> int:
    """Wrapped lines of ``text`` in a Calc column ``width`` units wide (a little generous: no line is cut)."""
    room = max(width - 1.5, 1.0) / 0.65 * 0.9  # 10 pt, not samplexlsx's 9 pt
    return sum(max(1, math.ceil(_width(part) / room)) for part in str(text).split("\n"))


# --- Calc: the workbook printed by LibreOffice ------------------------------------------------------------------

FONT = "IPAexGothic"
THIN = Side(style="thin", color="000000")
RULED = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEAD_FILL = PatternFill("solid", fgColor="D9E1F2")
SECTION_FILL = PatternFill("solid", fgColor="F2F2F2")
CENTRE = Alignment(horizontal="center", vertical="center", wrap_text=True)
LEFT = Alignment(horizontal="left", vertical="center", wrap_text=True)
TOP_LEFT = Alignment(horizontal="left", vertical="top", wrap_text=True)
RIGHT = Alignment(horizontal="right", vertical="center")


def _print_setup(
    sheet: Worksheet, *, paper: int, area: str, titles: str, header: str | None = None, footer: bool = True
) -> None:
    """Landscape, fit to one page wide (as many tall as it takes), ``titles`` rows repeated on every page."""
    sheet.page_setup.paperSize = paper
    sheet.page_setup.orientation = "landscape"
    sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.print_area = area
    sheet.print_title_rows = titles
    sheet.print_options.horizontalCentered = True
    sheet.page_margins.left = sheet.page_margins.right = 0.5
    sheet.page_margins.top = sheet.page_margins.bottom = 0.7
    if header:
        sheet.oddHeader.right.text = header
        sheet.oddHeader.right.size = 9
    if footer:
        sheet.oddFooter.center.text = "- &P -"
        sheet.oddFooter.center.size = 9


def _cell(
    sheet: Worksheet, row: int, column: int, value: Any, align: Alignment = LEFT, size: int = 10
) -> None:
    cell = sheet.cell(row, column, value)
    cell.font = Font(name=FONT, size=size)
    cell.border = RULED
    cell.alignment = align


def _fit_height(
    sheet: Worksheet, row: int, widths: list[float], values: list[Any], *, spread: int = 1, size: int = 10
) -> None:
    """Row ``row`` as tall as its most wrapped cell in ``size`` pt (a cell merged over ``spread`` rows shares its
    lines)."""
    scale = 10 / size
    lines = max(
        math.ceil(_lines(str(v), w * scale) / spread)
        for v, w in zip(values, widths, strict=True)
        if v is not None
    )
    sheet.row_dimensions[row].height = max(20.0, 1.45 * size * lines + 5)


def _value(written: Any) -> float | None:
    """The figure of a cell as written (a number, 「25手続」, 「80％以上」, 「45万枚」 45); 「－」, 「-」 or empty none."""
    if written is None or isinstance(written, int | float):
        return written
    return _figure(written)


def _ruled(sheet: Worksheet, row: int, first: int, last: int, fill: PatternFill | None = None) -> None:
    for column in range(first, last + 1):
        sheet.cell(row, column).border = RULED
        if fill is not None:
            sheet.cell(row, column).fill = fill


def _widths(sheet: Worksheet, widths: list[float]) -> None:
    for column, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(column)].width = width


def _offices(written: str) -> list[str]:
    """The 課 of a 担当課 as written: split at 「、」「・」「／」 or a line break; a 係 after a blank or in brackets
    (「総務課　情報管理係」「総務課（情報係）」) and an 教育委員会事務局 before its 課 are no 課 of their own."""
    out = []
    for part in re.split(r"[\n、・／]", written):
        part = re.sub(r"（[^）]*係）$", "", part.strip())
        part = part.removeprefix("教育委員会事務局").strip("　 ")
        part = re.split(r"[　 ]", part)[0]
        if part:
            out.append(part)
    return out


def _page(
    body: str,
    *,
    size: str,
    header: str | None = None,
    numbers: bool = True,
    css: str = "",
    font: str = "10pt",
    margin: str = "18mm 16mm",
) -> str:
    boxes = []
    if header:
        boxes.append(f'@top-right {{ content: "{header}"; font-size: 8pt; }}')
    if numbers:
        boxes.append('@bottom-center { content: "- " counter(page) " -"; font-size: 9pt; }')
    return (
        "<!doctype html><html lang=ja><meta charset=utf-8><style>"
        f"@page {{ size: {size}; margin: {margin}; {' '.join(boxes)} }}"
        "* { -webkit-print-color-adjust: exact; print-color-adjust: exact; }"
        f"body {{ font-family: 'IPAexGothic', sans-serif; font-size: {font}; line-height: 1.5; }}"
        "table { border-collapse: collapse; width: 100%; margin: 4pt 0 10pt; }"
        "td, th { border: 0.6pt solid #000; padding: 2pt 4pt; vertical-align: top; font-weight: normal; }"
        "thead { display: table-header-group; } th { background: #dde8f4; text-align: center; }"
        "h1 { font-size: 18pt; text-align: center; margin-top: 60mm; } h2 { font-size: 14pt; }"
        "h3 { font-size: 12pt; } p { margin: 2pt 0; }"
        ".break { break-before: page; }" + css + "</style><body>" + body + "</body></html>"
    )
