"""Make the sample plans into workbooks as an office would, and print them with LibreOffice Calc.

A municipality's plan table is often kept in Excel and printed from there, so the readers must
also read PDFs that a spreadsheet printed. Each sample text becomes one sheet — runs of
tab-separated lines as ruled cell ranges, other lines as paragraphs in merged cells as wide as
the sheet — and ``soffice --headless --convert-to pdf`` prints it (A4 portrait or A3 landscape,
fitted to the page width). Calc does not grow a row to its wrapped text when it loads a file
that sets heights, and openpyxl sets none, so the heights are computed here from the wrapped
line count; without them each row printed one line and cut the rest (the earlier attempt).

Files are cached by their inputs (``fixturecache``: outside the checkout), so each variant is
converted once; ``sample_pdfs`` converts all missing ones in a single LibreOffice start.
"""

from __future__ import annotations

import hashlib
import io
import math
import os
import re
import shutil
import subprocess
import tempfile
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import PageSetupProperties

from .fixturecache import cache_dir, digest, keep

CACHE = cache_dir("samplexlsx")
FONT_PT = 9
LINE_PT = 12.5  # one wrapped line of 9 pt IPAexGothic in Calc, with a little room
#: Column width units one half-width character of 9 pt takes as Calc prints (measured: a
#: column 24.8 wide holds 21–23 kanji); kept a little wide so that no wrapped line is cut.
CALC_UNITS_PER_HALF_WIDTH = 0.65
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_NUMBER = re.compile(r"(?:0|[1-9]\d*)(?:\.\d+)?")


@dataclass(frozen=True)
class Sheet:
    """How a sample is laid out and printed."""

    paper: str = "A4"  # "A4" (portrait) or "A3 landscape"
    running_header: str | None = None  # sheet header on every page
    page_numbers: bool = False  # "- N -" in the sheet footer
    merge_columns: int = 2  # leading columns whose blank cells merge into the cell above
    vertical_first_column: bool = False
    centred: bool = False  # each cell centred in its row's height (Japanese Excel's default)
    distributed: bool = False  # labels and 課 set out over their cells (均等割り付け)

    @property
    def width_units(self) -> float:
        """Total column width (Excel character units) that fits the paper at 100 %."""
        return 175.0 if self.paper.startswith("A3") else 95.0


def _set_out(text: str) -> bool:
    """A cell an office sets out over its width (均等割り付け): a label of the dictionary or a 課."""
    from shinchoku.importers.labels import is_known
    from shinchoku.importers.text import is_department

    return len(text) <= 8 and (is_known(text) or is_department(text))


def display_width(text: str) -> int:
    """Width in half-width character units: full-width characters count twice."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _lines(text: str, width: float) -> int:
    """Wrapped line count of ``text`` in a column ``width`` units wide (Calc wraps at about width - 1)."""
    room = max(width - 1.5, 1.0) / CALC_UNITS_PER_HALF_WIDTH
    return sum(max(1, math.ceil(display_width(part) / room)) for part in text.split("\n"))


def blocks(text: str) -> list[list[list[str]] | str]:
    """The sample as tables (lists of rows) and paragraphs, in order."""
    out: list[list[list[str]] | str] = []
    rows: list[list[str]] = []
    for line in text.split("\n"):
        if "\t" in line:
            rows.append(line.split("\t"))
            continue
        if rows:
            out.append(rows)
            rows = []
        if line.strip():
            out.append(line)
    if rows:
        out.append(rows)
    return out


def _column_widths(tables: list[list[list[str]]], budget: float) -> list[float]:
    """Each column as wide as its longest line, when the page has room; otherwise the page's
    width shared in proportion to that (a column of long texts gets the most, as one drags it
    in Excel), no column narrower than its short texts need (at most 8)."""
    count = max((len(r) for t in tables for r in t), default=1)
    natural = [4.0] * count
    for table in tables:
        for row in table:
            for col, cell in enumerate(row):
                longest = max((display_width(p) for p in cell.split("\n")), default=0)
                natural[col] = max(natural[col], min(longest + 2, 160.0))
    total = sum(natural)
    if total <= budget:
        # A spare column to the right so that paragraphs, merged across the sheet, span the page.
        return natural + [budget - total] if budget - total >= 1 else natural
    floor = [min(w, 8.0) for w in natural]
    room = budget - sum(floor)
    extra = [w - f for w, f in zip(natural, floor, strict=True)]
    return [f + room * e / sum(extra) for f, e in zip(floor, extra, strict=True)]


def _value(text: str) -> str | int | float:
    """A pasted cell as Excel keeps it: plain numbers become numbers, everything else text."""
    text = _CONTROL.sub("", text)
    if _NUMBER.fullmatch(text):
        return float(text) if "." in text else int(text)
    return text


def workbook_bytes(text: str, how: Sheet = Sheet()) -> bytes:
    """The sample ``text`` as one sheet of an .xlsx workbook."""
    parts = blocks(text)
    tables = [p for p in parts if isinstance(p, list)]
    budget = how.width_units
    widths = _column_widths(tables, budget)
    # A row is at most 409 pt high (Excel's limit, which Calc keeps): where a cell's text needs
    # more, the columns are made wider and the print is scaled down to the page width instead.
    while budget < 8 * how.width_units and any(
        _lines(text, widths[col]) * LINE_PT + 3 > 409 for t in tables for row in t for col, text in enumerate(row)
    ):
        budget *= 1.2
        widths = _column_widths(tables, budget)
    book = Workbook()
    sheet = book.active
    sheet.title = "Sheet1"  # as pasted; 「計画」 would name the template's sheet
    for col, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(col)].width = width
    font = Font(name="IPAexGothic", size=FONT_PT)
    thin = Side(style="thin", color="000000")
    ruled = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="center" if how.centred else "top")
    spread = Alignment(wrap_text=True, vertical=wrap.vertical, horizontal="distributed")
    vertical = Alignment(wrap_text=True, vertical="top", horizontal="center", text_rotation=255)
    last = get_column_letter(len(widths))
    r = 1
    for part in parts:
        if isinstance(part, str):
            cell = sheet.cell(row=r, column=1, value=_CONTROL.sub("", part))
            cell.data_type = "s"  # a line starting with "=" is text, not a formula
            cell.font, cell.alignment = font, wrap
            if len(widths) > 1:
                sheet.merge_cells(f"A{r}:{last}{r}")
            sheet.row_dimensions[r].height = _lines(part, sum(widths)) * LINE_PT + 2
            r += 1
            continue
        width = max(len(row) for row in part)
        rows = [row + [""] * (width - len(row)) for row in part]
        heights = [1] * len(rows)
        for i, row in enumerate(rows):
            for col, text in enumerate(row):
                if not (col < how.merge_columns and text.strip()):
                    heights[i] = max(heights[i], _lines(text, widths[col]))
        for col in range(min(how.merge_columns, width)):
            start = None
            for i in range(len(rows) + 1):
                filled = i == len(rows) or rows[i][col].strip()
                if filled and start is not None:
                    need = (
                        len(rows[start][col]) if col == 0 and how.vertical_first_column
                        else _lines(rows[start][col], widths[col])
                    )  # fmt: skip
                    have = sum(heights[start:i])
                    if need > have:
                        heights[i - 1] += need - have
                    if i - start > 1:
                        sheet.merge_cells(start_row=r + start, start_column=col + 1, end_row=r + i - 1, end_column=col + 1)
                    start = None
                if i < len(rows) and rows[i][col].strip():
                    start = i
        for i, row in enumerate(rows):
            for col, text in enumerate(row):
                cell = sheet.cell(row=r + i, column=col + 1)
                cell.border = ruled
                if not text:
                    continue
                value = _value(text)
                cell.value = value
                if isinstance(value, str):
                    cell.data_type = "s"
                cell.font = font
                cell.alignment = (
                    vertical
                    if col == 0 and how.vertical_first_column
                    else spread
                    if how.distributed and isinstance(value, str) and _set_out(value)
                    else wrap
                )
            sheet.row_dimensions[r + i].height = min(heights[i] * LINE_PT + 3, 409)
        r += len(rows) + 1  # one empty row after a table, as one leaves it
    landscape = how.paper.startswith("A3")
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A3 if landscape else sheet.PAPERSIZE_A4
    sheet.page_setup.orientation = "landscape" if landscape else "portrait"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    sheet.page_margins.left = sheet.page_margins.right = 0.55
    sheet.page_margins.top = sheet.page_margins.bottom = 0.75
    sheet.print_title_rows = None
    if how.running_header:
        sheet.oddHeader.center.text = how.running_header
        sheet.oddHeader.center.size = 9
    if how.page_numbers:
        sheet.oddFooter.center.text = "- &P -"
        sheet.oddFooter.center.size = 9
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def sample_xlsx(sample: Path, how: Sheet = Sheet()) -> Path:
    """The sample plan ``sample`` as a workbook (cached)."""
    text = sample.read_text(encoding="utf-8")
    # keyed by the inputs and this module, not the bytes: openpyxl writes the time of saving
    key = hashlib.sha256(f"{how!r}\n{text}".encode() + Path(__file__).read_bytes()).hexdigest()[:16]
    target = CACHE / f"{sample.stem}-{key}.xlsx"
    if not target.exists():
        made = target.with_name(f"{target.name}.{os.getpid()}.new")
        made.write_bytes(workbook_bytes(text, how))
        keep(made, target)
    return target


def calc_pdf(book: bytes, key: str) -> Path:
    """A workbook printed by LibreOffice Calc as an office prints it (cached by its contents: ``fixturecache``)."""
    return calc_saved(book, key, "pdf")


def calc_saved(book: bytes, key: str, suffix: str) -> Path:
    """A workbook saved by LibreOffice Calc as ``suffix`` (「pdf」 printed; 「xls」 an Excel 97–2003 book, as an office
    whose PCs keep the old format saves it), cached as ``calc_pdf`` says."""
    return calc_saved_all({key: book}, suffix)[key]


def calc_saved_all(books: dict[str, bytes], suffix: str) -> dict[str, Path]:
    """``calc_saved`` of each workbook (key: its bytes), the missing ones in one LibreOffice start."""
    targets = {key: CACHE / f"{key}-{digest(book)}.{suffix}" for key, book in books.items()}
    todo = [key for key, target in targets.items() if not target.exists()]
    if not todo:
        return targets
    program = soffice()
    if program is None:
        raise RuntimeError("LibreOffice (soffice) is needed to convert the workbooks (make test installs it).")
    with tempfile.TemporaryDirectory() as tmp:
        sources = []
        for key in todo:
            source = Path(tmp) / f"{key}.xlsx"
            source.write_bytes(books[key])
            sources.append(str(source))
        home = Path(tmp) / "home"  # a fresh profile: no lock or state shared with other runs
        home.mkdir()
        subprocess.run(
            [program, "--headless", "--norestore", f"-env:UserInstallation=file://{home}",
             "--convert-to", suffix, "--outdir", f"{tmp}/out", *sources],
            env={**os.environ, "HOME": str(home)}, check=True, capture_output=True, timeout=900,
        )  # fmt: skip
        for key in todo:
            made = Path(tmp) / "out" / f"{key}.{suffix}"
            if not made.exists():
                raise RuntimeError(f"soffice wrote no {suffix} for {key}")
            keep(made, targets[key])
    return targets


def sample_pdfs(jobs: list[tuple[Path, Sheet]]) -> list[Path]:
    """PDFs of the samples printed by LibreOffice Calc; the missing ones in one ``soffice`` run."""
    books = [sample_xlsx(sample, how) for sample, how in jobs]
    pdfs = [book.with_suffix(".pdf") for book in books]
    todo = sorted({str(book) for book, pdf in zip(books, pdfs, strict=True) if not pdf.exists()})
    if todo:
        program = soffice()
        if program is None:
            raise RuntimeError("LibreOffice (soffice) is needed to print the sample workbooks (make test installs it).")
        with tempfile.TemporaryDirectory() as tmp:
            home = Path(tmp) / "home"  # a fresh profile: no lock or state shared with other runs
            home.mkdir()
            subprocess.run(
                [program, "--headless", "--norestore", f"-env:UserInstallation=file://{home}",
                 "--convert-to", "pdf", "--outdir", tmp, *todo],
                env={**os.environ, "HOME": str(home)}, check=True, capture_output=True, timeout=900,
            )  # fmt: skip
            for book in todo:
                made = Path(tmp) / (Path(book).stem + ".pdf")
                if not made.exists():
                    raise RuntimeError(f"soffice wrote no PDF for {book}")
                keep(made, Path(book).with_suffix(".pdf"))
    return pdfs


def sample_pdf(sample: Path, how: Sheet = Sheet()) -> Path:
    """The sample plan ``sample`` made into a workbook and printed to PDF by LibreOffice Calc."""
    return sample_pdfs([(sample, how)])[0]
