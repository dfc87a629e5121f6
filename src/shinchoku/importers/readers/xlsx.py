"""Excel workbook (.xlsx) → Document: every sheet a page named after the sheet, one table per sheet.

What a person sees is what the table holds: numbers in their display format (1,200 / 37.8%),
dates as ``YYYY-MM-DD`` — so that a code Excel turned into a date (「1-1-3」 typed, 2001-01-03
stored) stays recognisable and a shape reader can repair it (see ``importers.repairs``).
Merged cells are expanded: the covered slots carry the merged cell's text with ``origin``
"left" (same row) or "above".

The workbook is checked against size limits before openpyxl inflates it (zip bombs), and
openpyxl is imported only when a workbook is read, so ``shinchoku parse`` of a text file
never pays for it.
"""

from __future__ import annotations

import datetime as _dt
import io
import re
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import TYPE_CHECKING, Any

from ..document import Block, Cell, Document, Line, Location, Page, Table, column_letter
from ..errors import ParseError
from ..text import lazy_re, plain_blanks

if TYPE_CHECKING:
    from .xlsx_shapes import Shape

MAX_SHEETS = 20
MAX_ROWS = 10_000
MAX_COLS = 200
MAX_ZIP_MEMBERS = 2_000
MAX_UNCOMPRESSED = 30 * 1024 * 1024
#: The most characters a cell holds (Excel's limit): a longer text is no workbook Excel or Calc saves.
MAX_CELL_CHARS = 32_767

_DECIMALS = lazy_re(r"\.(0+)")


def check_zip(data: bytes) -> None:
    """Refuse anything that is not a modest xlsx before openpyxl inflates it (zip bombs)."""
    import zipfile  # only for workbooks: keeps `shinchoku parse` of a text file light

    if data.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):  # an Excel 97–2003 book (or one Excel encrypted)
        raise ParseError(
            "Excel 97-2003 形式（.xls）か、パスワードで保護された Excel ファイルです。Excel で開き、パスワードがあれば"
            "解除して「Excel ブック（*.xlsx）」として保存し直してから取り込んでください。"
        )
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError):
        raise ParseError(
            "Excel ファイル（.xlsx）として読めません。ファイルが壊れていないか確認してください。"
        ) from None
    names = {info.filename for info in infos}
    if "xl/workbook.xml" not in names or "[Content_Types].xml" not in names:
        raise ParseError(
            "Excel ブック（.xlsx）ではない zip ファイルです。計画の表を Excel で開き、"
            "「Excel ブック（*.xlsx）」として保存し直してから取り込んでください（CSV・PDF・テキストも取り込めます）。"
        )
    check_size(len(infos), sum(info.file_size for info in infos), "Excel ブック")


def check_size(members: int, inflated: int, what: str) -> None:
    """Refuse a workbook of more parts than ``MAX_ZIP_MEMBERS`` or more bytes inflated than ``MAX_UNCOMPRESSED`` (``what``
    names it: 「Excel ブック」, 「OpenDocument 形式（.ods）の表」 — whose inflated size is the .xlsx it is written into)."""
    if members > MAX_ZIP_MEMBERS:
        raise ParseError(f"{what}の構成ファイルが多すぎます（上限 {MAX_ZIP_MEMBERS} 個）。")
    if inflated > MAX_UNCOMPRESSED:
        raise ParseError(
            f"{what}が展開後 {MAX_UNCOMPRESSED // (1024 * 1024)} MB を超えます。不要なシートや書式を削除してください。"
        )


#: A merged range in a sheet's part (「<mergeCell ref="C6:C7"/>」, a prefix where a writer gives one).
_MERGE_CELL = rb"<(?:\w+:)?mergeCell\b[^>]*?\bref=\"([A-Z]{1,3})([0-9]{1,7}):([A-Z]{1,3})([0-9]{1,7})\""


def merged_ranges(data: bytes) -> dict[str, list[tuple[int, int, int, int]]]:
    """Each worksheet's merged ranges (by sheet name) as (first row, first column, last row, last column), 1-based: what
    a reader in openpyxl's read-only mode, which knows no merged cells, needs of them (the template reader). The parts
    are searched as bytes once ``check_zip`` passed them; a damaged part has none."""
    import re
    import zipfile

    from openpyxl.utils.cell import column_index_from_string

    from .xlsx_shapes import _sheet_parts

    check_zip(data)
    found: dict[str, list[tuple[int, int, int, int]]] = {}
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            for sheet, part in _sheet_parts(archive, names).items():
                if part not in names:
                    continue
                ranges = [
                    (int(top), column_index_from_string(left.decode()), int(bottom), column_index_from_string(last.decode()))
                    for left, top, last, bottom in re.findall(_MERGE_CELL, archive.read(part))
                ]  # fmt: skip
                if ranges:
                    found[sheet] = ranges
    except Exception:  # a damaged part: the cells are read as they are (open_workbook says what is wrong)
        return {}
    return found


def open_workbook(
    data: bytes,
    *,
    read_only: bool = True,
    formulas: bool = False,
    max_sheets: int = MAX_SHEETS,
    rich_text: bool = False,
) -> Any:
    """The openpyxl workbook (values, not formulas), or ParseError for a damaged or oversized file.

    ``read_only`` streams rows but knows no merged cells; the document reader needs them.
    ``formulas`` gives a formula cell's text (「=SUM(A1:A3)」) instead of the value Excel cached:
    a sheet filled in by a person (the 進捗管理表 input sheet) takes what they typed as text and
    never a computed value nobody saw. Nothing is evaluated here (``read_xlsx`` computes a formula that only joins
    texts where the file saved no value for it, as Excel shows it on opening: ``xlsx_formulas``).
    ``rich_text`` keeps a cell's runs with their fonts (``CellRichText``): the document reader drops the struck ones.
    """
    check_zip(data)
    import openpyxl  # lazily: only workbooks need it

    try:
        with warnings.catch_warnings(), _merges_unformatted():
            warnings.simplefilter("ignore")
            workbook = openpyxl.load_workbook(
                io.BytesIO(data),
                read_only=read_only,
                data_only=not formulas,
                keep_links=False,
                rich_text=rich_text,
            )
    except Exception:  # openpyxl raises KeyError, ValueError, XML errors … for a damaged file
        raise ParseError(
            "Excel ファイル（.xlsx）を開けません。ファイルが壊れていないか確認してください。"
        ) from None
    if len(workbook.sheetnames) > max_sheets:
        workbook.close()
        raise ParseError(f"シートが多すぎます（上限 {max_sheets} 枚）。")
    return workbook


#: Set while a workbook is being read (``_merges_unformatted``).
_READING: ContextVar[bool] = ContextVar("shinchoku_xlsx_reading", default=False)


@contextmanager
def _merges_unformatted() -> Iterator[None]:
    """Inside the block, openpyxl binds a merged range without drawing the top-left cell's borders on the covered
    cells (``MergedCellRange.format``): a reader never looks at them, and they were nine tenths of loading a 方眼紙 book
    (1,000 ranges: 2.3 s → 0.2 s, bench/parse.py). Elsewhere — a workbook written for export, another thread's — a
    merge is formatted as openpyxl always does: the switch is a context variable, not a patch of behaviour."""
    from openpyxl.worksheet.merge import MergedCellRange

    formatted = MergedCellRange.format
    if not getattr(formatted, "_shinchoku_switch", False):

        def format(self: Any) -> None:
            if not _READING.get():
                formatted(self)

        format._shinchoku_switch = True  # type: ignore[attr-defined]
        MergedCellRange.format = format
    token = _READING.set(True)
    try:
        yield
    finally:
        _READING.reset(token)


#: A format's literal text: 「"件"」 quoted, 「\\件」 escaped.
_LITERAL = lazy_re(r'"([^"]*)"|\\(.)')
#: A format's codes that place the number's digits.
_DIGITS = lazy_re(r"[0#?]")


def _literals(section_fmt: str) -> tuple[str, str, str]:
    """(text before the digits, the codes, text after them) of a number format's section:
    「#,##0"件"」 → ("", "#,##0", "件"): a unit kept in the format shows after the figure."""
    before: list[str] = []
    after: list[str] = []
    codes: list[str] = []
    at = 0
    for found in _LITERAL.finditer(section_fmt):
        codes.append(section_fmt[at : found.start()])
        text = found.group(1) if found.group(1) is not None else found.group(2)
        (after if _DIGITS.search("".join(codes)) else before).append(text)
        at = found.end()
    codes.append(section_fmt[at:])
    return "".join(before), "".join(codes), "".join(after)


def format_number(number: float | int, fmt: str) -> str:
    """The text Excel shows for a number, for the formats a plan uses: 1,200 / 12.5 / 37.8% /
    1,200件 (a unit in the format's quotes, 「#,##0"件"」)."""
    before, section_fmt, after = _literals((fmt or "General").split(";")[0])
    if not _DIGITS.search(section_fmt) and not section_fmt.strip().lower().startswith("general"):
        before = after = ""  # a format of text only (「"－"」): the number as it is
    return before + _format_digits(number, section_fmt) + after


def _format_digits(number: float | int, section_fmt: str) -> str:
    percent = "%" in section_fmt
    if percent:
        number = number * 100
    decimals_match = _DECIMALS.search(section_fmt)
    if decimals_match and section_fmt != "General":
        decimals = len(decimals_match.group(1))
        body = f"{number:,.{decimals}f}" if "," in section_fmt else f"{number:.{decimals}f}"
    elif section_fmt != "General" and "0" in section_fmt:
        body = f"{round(number):,}" if "," in section_fmt else f"{round(number)}"
    elif isinstance(number, float) and number.is_integer() and abs(number) < 1e15:
        body = str(int(number))
    elif isinstance(number, float):
        body = f"{number:.15g}"
    else:
        body = f"{number:,}" if "," in section_fmt else str(number)
    return body + ("%" if percent else "")


#: The Japanese eras a date format's 「ggg」 names: (first day, name, letter).
_ERAS = (
    (_dt.date(2019, 5, 1), "令和", "R"),
    (_dt.date(1989, 1, 8), "平成", "H"),
    (_dt.date(1926, 12, 25), "昭和", "S"),
)
#: A format's parts that show no date code: a locale 「[$-411]」, a colour, a literal.
_NOT_CODES = lazy_re(r'\[[^\]]*\]|"[^"]*"|\\.')
#: One piece of a date format: a bracket, a literal, a run of one code letter, or any other character.
_DATE_PIECE = lazy_re(r'(\[[^\]]*\])|"([^"]*)"|\\(.)|([gGeEyYmMdD])\4*|(.)', re.S)


def _era_date(raw: Any, fmt: Any) -> str | None:
    """The text of a date cell whose format shows the Japanese era (「[$-411]ggge"年度"」 → 「令和7年度」,
    「ge.m.d」 → 「R7.4.1」), a serial number or a date; None for any other cell (a date in a format of
    the Western year stays YYYY-MM-DD)."""
    if not isinstance(fmt, str):
        return None
    section = fmt.split(";")[0]
    bare = _NOT_CODES.sub("", section)
    if not any(c in bare for c in "gGeE") or _DIGITS.search(bare) or "general" in bare.lower():
        return None
    if isinstance(raw, int | float):
        from openpyxl.utils.datetime import from_excel

        try:
            raw = from_excel(raw)
        except (ValueError, OverflowError, TypeError):
            return None
    if isinstance(raw, _dt.datetime):
        raw = raw.date()
    if not isinstance(raw, _dt.date):
        return None
    era = next((e for e in _ERAS if raw >= e[0]), None)
    if era is None:
        return None
    year = raw.year - era[0].year + 1
    out: list[str] = []
    for piece in _DATE_PIECE.finditer(section):
        bracket, quoted, escaped, code, other = piece.groups()
        if bracket is not None:
            continue
        if code is None:
            out.append(quoted if quoted is not None else escaped if escaped is not None else other or "")
            continue
        width, letter = len(piece.group(0)), code.lower()
        if letter == "g":
            out.append(era[2] if width == 1 else era[1][0] if width == 2 else era[1])
        elif letter == "e":
            out.append(f"{year:02d}" if width >= 2 else str(year))
        elif letter == "y":
            out.append(str(raw.year) if width > 2 else f"{raw.year % 100:02d}")
        else:
            number = raw.month if letter == "m" else raw.day
            out.append(f"{number:02d}" if width >= 2 else str(number))
    return "".join(out)


def _struck(font: Any) -> bool:
    """Whether a font strikes its text through."""
    try:
        return bool(font is not None and font.strike)
    except Exception:  # a style the workbook does not define: not struck
        return False


def struck_out(cell: Any) -> bool:
    """Whether some of a text cell's text is struck through — its whole font, or runs of its rich text: 見え消し, a
    見直し案 that keeps the old text struck beside the new (「~~200手続~~ 320手続」), a row struck out of the plan."""
    raw = getattr(cell, "value", None)
    if isinstance(raw, list):  # openpyxl's CellRichText: its runs, plain str or TextBlock
        return any(not isinstance(block, str) and _struck(block.font) for block in raw)
    return isinstance(raw, str) and bool(raw) and getattr(cell, "has_style", False) and _struck(cell.font)


def cell_text(cell: Any) -> str:
    """A cell's value as the text a person sees in Excel (dates as YYYY-MM-DD, but in the era the
    format shows: 「令和7年度」) — without its struck-through text: a 見直し案 kept 見え消し strikes what it deletes
    (the old text beside the new in red, 「~~税務課~~住民課・会計課」, a row struck out), so a struck run of rich text
    is left out and a cell whose font is struck is empty (``struck_out``)."""
    raw = getattr(cell, "value", None)
    if raw is None:
        return ""
    if isinstance(raw, list):  # openpyxl's CellRichText: its runs, plain str or TextBlock
        raw = "".join(block if isinstance(block, str) else "" if _struck(block.font) else block.text for block in raw)
    elif isinstance(raw, str) and raw and getattr(cell, "has_style", False) and _struck(cell.font):
        return ""
    if isinstance(raw, bool):
        return "TRUE" if raw else "FALSE"
    if isinstance(raw, int | float | _dt.date):
        try:
            fmt = cell.number_format
        except Exception:  # a style index the workbook does not define
            fmt = "General"
        era = _era_date(raw, fmt)
        if era is not None:
            return era
    if isinstance(raw, int | float):
        return format_number(raw, fmt if isinstance(fmt, str) else "General")
    if isinstance(raw, _dt.datetime):
        return raw.date().isoformat() if raw.time() == _dt.time(0) else raw.isoformat(sep=" ")
    if isinstance(raw, _dt.date | _dt.time):
        return raw.isoformat()
    return plain_blanks(str(raw).replace("\r\n", "\n").replace("\r", "\n").replace("_x000D_", ""))


def centred_ids(workbook: Any) -> frozenset[int]:
    """The workbook's alignments (by index) that centre a text across the selection (「選択範囲内で中央」,
    ``centerContinuous``): none in most books, and then no cell is asked (``centred_across``)."""
    return frozenset(
        i for i, alignment in enumerate(getattr(workbook, "_alignments", ()) or ())
        if getattr(alignment, "horizontal", None) == "centerContinuous"
    )


def centred_across(cells: Any, texts: list[str], ids: frozenset[int]) -> dict[int, int]:
    """The empty cells of a row a text is shown across (「選択範囲内で中央」): each one's index → the index of the cell
    whose text it shows. Excel centres a cell's text over the empty cells right of it that are aligned so too, as
    far as a cell with a text of its own or another alignment (a 工程表's step typed once and set across the years it
    runs: each of them is the step's, as a merged cell's)."""
    if not ids:
        return {}
    out: dict[int, int] = {}
    source: int | None = None
    for c, cell in enumerate(cells):
        style = getattr(cell, "style_array", None) or getattr(cell, "_style", None)
        across = style is not None and style.alignmentId in ids
        if c < len(texts) and texts[c]:
            source = c if across else None
        elif across and source is not None:
            out[c] = source
        else:
            source = None
    return out


#: Fill colours that show nothing: white, and none.
_NO_COLOUR = frozenset({"FFFFFFFF", "00FFFFFF", "00000000"})


def is_shaded(cell: Any) -> bool:
    """Whether an empty cell is filled with a colour (a 工程表's bar shaded year by year)."""
    return _paint(cell) is not None


def _paint(cell: Any) -> str | None:
    """The colour a cell is filled with, as a key (「rgb:FF4472C4」「theme:4:0.6」), None for no fill or white."""
    if not getattr(cell, "has_style", False):
        return None
    try:
        fill = cell.fill
        if fill is None or fill.fill_type != "solid":
            return None
        colour = fill.fgColor
        if colour.type == "rgb":
            rgb = str(colour.rgb).upper()
            return None if rgb in _NO_COLOUR else f"rgb:{rgb}"
        if colour.type == "theme":
            return f"theme:{colour.theme}:{round(float(colour.tint or 0), 2)}"
        return f"{colour.type}:{getattr(colour, colour.type, '')}"
    except Exception:  # a style the workbook does not define: no fill
        return None


def _sheet_table(sheet: Any, shapes: list[Shape] | None = None, struck: list[str] | None = None) -> Table | None:
    """The used range of a sheet as a Table (None for an empty sheet), merged cells expanded, the shapes drawn over
    its empty cells (``shapes``) made drawn bars; the cells whose struck-through text was left out (``cell_text``)
    added to ``struck`` by their references (「C7」)."""
    grid: list[list[str]] = []
    numbers: list[int] = []
    shaded: dict[tuple[int, int], str] = {}  # (row, column) of an empty cell filled with a colour: the colour
    across: dict[int, dict[int, int]] = {}  # a row's cells a text is centred across (「選択範囲内で中央」)
    ids = centred_ids(getattr(sheet, "parent", None))
    last_row, last_column = _written_extent(sheet)
    if last_row > MAX_ROWS:  # (a text far below, past empty rows, is as much over the limit as the row after it)
        raise ParseError(f"「{sheet.title}」シートの行が多すぎます（上限 {MAX_ROWS:,} 行）。")
    for number, cells in enumerate(
        sheet.iter_rows(max_row=min(last_row, MAX_ROWS + 1), max_col=min(last_column, MAX_COLS + 1)), start=1
    ):
        texts = [cell_text(c) for c in cells]
        if spans := centred_across(cells, texts, ids):
            across[len(grid)] = spans
        if struck is not None:
            struck.extend(f"{column_letter(c + 1)}{number}" for c, cell in enumerate(cells) if struck_out(cell))
        # a row shaded with nothing in it is a separator, one whose first cell is shaded too a
        # striped table: no bar in either
        first = next((c for c, text in enumerate(texts) if text), None)
        if first is not None and not is_shaded(cells[first]):
            shaded.update(
                ((len(grid), c), paint)
                for c, cell in enumerate(cells)
                if not texts[c] and (paint := _paint(cell)) is not None
            )
        while texts and not texts[-1]:
            texts.pop()
        if len(texts) > MAX_COLS:
            raise ParseError(f"「{sheet.title}」シートの列が多すぎます（上限 {MAX_COLS} 列）。", line=number)
        if number > MAX_ROWS and texts:
            raise ParseError(f"「{sheet.title}」シートの行が多すぎます（上限 {MAX_ROWS:,} 行）。")
        grid.append(texts)
        numbers.append(number)
    while grid and not grid[-1]:
        grid.pop()
        numbers.pop()
    if not grid:
        return None
    width = max(len(row) for row in grid)
    rows = [[Cell(t) for t in row] + [Cell("") for _ in range(width - len(row))] for row in grid]
    for (r, c), paint in shaded.items():
        if r < len(rows) and c < width:
            rows[r][c].bar = True  # a 工程表's bar drawn by shading its year cells, as a PDF's drawn bar
            rows[r][c].paint = paint
    for merged in getattr(sheet, "merged_cells", None) and sheet.merged_cells.ranges or ():
        top, left = merged.min_row - 1, merged.min_col - 1
        if top >= len(rows) or left >= width:
            continue
        text, bar, paint = rows[top][left].text, rows[top][left].bar, rows[top][left].paint
        for r in range(top, min(merged.max_row, len(rows))):
            for c in range(left, min(merged.max_col, width)):
                if (r, c) != (top, left):
                    # a bar painted over merged years covers each of them
                    rows[r][c] = Cell(text, "left" if r == top else "above", bar, paint)
    for r, spans in across.items():
        for c, source in spans.items():
            if r < len(rows) and c < width and not rows[r][c].text:
                rows[r][c] = Cell(rows[r][source].text, "left", rows[r][source].bar, rows[r][source].paint)
    if shapes:
        _draw_shapes(rows, shapes)
    name = sheet.title
    return Table(
        rows=rows,
        location=Location(sheet=name, row=numbers[0]),
        row_locations=[Location(sheet=name, row=n) for n in numbers],
    )


def _draw_shapes(rows: list[list[Cell]], shapes: list[Shape]) -> None:
    """Each shape drawn over empty cells of one row (a 工程表's step drawn as an arrow over its years) makes them a
    drawn bar, its text the first one's, as a PDF's bar with its word printed over it is read. A shape over a cell that
    holds text, or over no cell of the table, is left out: a note or a callout, no step."""
    width = len(rows[0]) if rows else 0
    for shape in shapes:
        if shape.row >= len(rows):
            continue
        row = rows[shape.row]
        columns = shape.step_columns([bool(cell.text.strip() or cell.bar) for cell in row], width)
        for c in columns:
            row[c] = Cell(shape.text if c == columns.start else "", "own", True)


def _written_extent(sheet: Any) -> tuple[int, int]:
    """The last row and column (1-based) of ``sheet`` that hold a value. openpyxl makes a cell for every slot a
    range asks for, and its own extent counts every formatted cell: a fixed 201 columns made two million cells of a
    sheet of 10,000 rows (12 s), a formatted cell far out as many (7 s)."""
    cells = getattr(sheet, "_cells", None)
    if not isinstance(cells, dict):
        return sheet.max_row or 1, sheet.max_column or 1
    written = [key for key, cell in cells.items() if cell.value is not None and cell.value != ""]
    return max((r for r, _ in written), default=1), max((c for _, c in written), default=1)


def shown(sheet: Any) -> bool:
    """Whether a person sees ``sheet``: not hidden (「シートの非表示」) nor very hidden (by a macro)."""
    return getattr(sheet, "sheet_state", "visible") == "visible"


def hidden_sheet_note(name: str) -> str:
    """What the preview says of a hidden sheet's table left out (last year's 進捗, a list for the drop-downs)."""
    return f"非表示のシート「{name}」は読みませんでした。取り込む場合はシートを再表示してから保存してください"


def _holds_table(table: Table) -> bool:
    """Whether ``table`` is more than a list (a column of the drop-downs' choices): two rows of two cells or more."""
    return sum(1 for row in table.rows if sum(1 for cell in row if cell.text.strip()) >= 2) >= 2


def _hidden_columns(sheet: Any, width: int) -> list[int]:
    """The columns (0-based) a person hid in ``sheet``: an old 目標値 kept out of sight, a helper
    column of formulas. Hidden rows are kept: an AutoFilter hides every other 部's rows."""
    from openpyxl.utils import column_index_from_string

    hidden: set[int] = set()
    for letter, dimension in getattr(sheet, "column_dimensions", {}).items():
        if not dimension.hidden:
            continue
        first = dimension.min or column_index_from_string(letter)
        last = dimension.max or first
        hidden.update(c - 1 for c in range(first, min(last, width) + 1))
    return sorted(hidden)


def _without_hidden(table: Table, sheet: Any, document: Document) -> None:
    """Blank the hidden columns of ``table`` that hold text, each with a note naming it: what a
    person does not see is not read as the plan (「旧目標値」 would be taken for the target)."""
    width = len(table.rows[0]) if table.rows else 0
    for column in _hidden_columns(sheet, width):
        if not any(row[column].text.strip() for row in table.rows):
            continue
        label = next((row[column].text.strip() for row in table.rows if row[column].text.strip()), "")
        for row in table.rows:
            row[column] = Cell("")
        from openpyxl.utils import get_column_letter

        document.notes.append(
            (
                Location(sheet=table.location.sheet),
                f"シート「{table.location.sheet}」: 非表示の列 {get_column_letter(column + 1)}（{label[:20]}）は読みませんでした。"
                "取り込む場合は列を表示してから保存してください",
            )
        )


#: What a workbook that openpyxl fails on somewhere inside gives the user.
UNREADABLE = "Excel ファイル（.xlsx）の内容を読めません。ファイルが壊れていないか確認してください。"


@contextmanager
def reading(workbook: Any) -> Iterator[Any]:
    """Read ``workbook`` inside the block: a ParseError passes as it is, any other error of a
    damaged file becomes the one message (never a traceback), and the workbook is closed."""
    try:
        yield workbook
    except ParseError:
        raise
    except Exception:
        raise ParseError(UNREADABLE) from None
    finally:
        workbook.close()


def _may_strike(data: bytes) -> bool:
    """Whether a workbook strikes any text through (``strike`` in a font of its styles, a run of its shared strings
    or a sheet's inline string; a sheet's XML is read once more for it, as bytes): only then is it loaded with its rich text, which costs half as much again (a 方眼紙 of 200 cards:
    1.3 → 1.9 s CPU) for the 見え消し that ``cell_text`` leaves out. The workbook's size limits are checked first
    (``check_zip``): a sheet of gigabytes in a small upload is refused by its size, never inflated here."""
    import zipfile

    check_zip(data)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            for info in archive.infolist():
                # the styles' fonts, the shared strings' runs and a sheet's inline strings (openpyxl writes rich text so)
                if (info.filename in ("xl/styles.xml", "xl/sharedStrings.xml") or info.filename.startswith(
                    "xl/worksheets/sheet"
                )) and b"strike" in archive.read(info):
                    return True
    except (zipfile.BadZipFile, OSError, EOFError, ValueError):
        return True  # (open_workbook says what is wrong with it)
    return False


def read_xlsx(data: bytes) -> Document:
    """Every worksheet of the workbook as a page (chart sheets are skipped); a formula saved without its value read
    as Excel would show it where it joins texts (``xlsx_formulas``)."""
    # (imported with a workbook, not with this module: the template layout imports it to tell a text from the template)
    from .xlsx_formulas import compute_joined_texts, uncached_formulas
    from .xlsx_shapes import sheet_shapes

    document = Document(kind="xlsx")
    drawn = sheet_shapes(data)  # openpyxl drops the shapes drawn over the cells
    with reading(open_workbook(data, read_only=False, rich_text=_may_strike(data))) as workbook:
        if uncached_formulas(data):
            # a book a program wrote: its formulas joining texts (「=$B$2&"-"&A5」) as Excel shows them when opened
            with reading(open_workbook(data, read_only=False, formulas=True)) as formulas:
                compute_joined_texts(workbook, formulas)
        read: list[tuple[Any, Page, Table | None]] = []
        struck: dict[str, list[str]] = {}  # a sheet's cells whose struck-through text was left out
        for index, name in enumerate(workbook.sheetnames, start=1):
            sheet = workbook[name]
            if hasattr(sheet, "iter_rows"):
                table = _sheet_table(sheet, drawn.get(sheet.title, []), struck.setdefault(sheet.title, []))
                read.append((sheet, Page(number=index, name=sheet.title), table))
        # a sheet a person hid (last year's 進捗, a list for the drop-downs) is not read as the plan, as a hidden column
        # is not (walked: last year's sheet, hidden, added a 取組 the plan had dropped) — unless no sheet in sight holds a
        # table (a cover shown, the plan's sheet hidden): then the hidden ones are the plan
        seen = any(shown(sheet) and table is not None and _holds_table(table) for sheet, _, table in read)
        for sheet, page, table in read:
            if table is not None and seen and not shown(sheet):
                if _holds_table(table):
                    document.notes.append((Location(sheet=page.name), hidden_sheet_note(page.name or "")))
                table = None
            if table is not None:
                if cells := struck.get(page.name or ""):
                    document.notes.append((Location(sheet=page.name), _struck_note(page.name or "", cells)))
                _without_hidden(table, sheet, document)
                page.blocks.extend(_sheet_blocks(table))
            document.pages.append(page)
    return document


def _sheet_blocks(table: Table) -> list[Block]:
    """A sheet's blocks: its table, or — a sheet one column wide — its rows as lines, a document's text pasted into
    column A a line a row (葵野市's plan: 「取組1　電子申請の拡充」 over 「担当課：…」「指標：…」「スケジュール：…」, the long
    lines merged across so that they show). A table of one column has no cell beside a label to read: its 取組 rows
    were found and the 「担当課：」「指標：」 rows under them read as nothing of theirs, where the same lines as a .txt are
    read whole; as lines they reach the card and outline readers a text's lines reach (``_is_paragraph``: the rule
    ``read_xlsx_as_document`` renders such a sheet by)."""
    if table.rows and len(table.rows[0]) == 1:
        return list(_blocks_of(table))
    return [table]


def _struck_note(sheet: str, cells: list[str]) -> str:
    """The warning that a sheet's struck-through text was read as deleted (見え消し), naming the sheet and its cells."""
    named = "、".join(cells[:10]) + (f" ほか{len(cells) - 10}セル" if len(cells) > 10 else "")
    return f"シート「{sheet}」: 取消線の付いた文字は削除された箇所（見え消し）として読みませんでした（{named}）"


def _is_paragraph(row: list[Cell], lone_first: bool = False) -> bool:
    """A row holding one text merged across the whole row (or a sheet one column wide): a
    paragraph typed into a sheet. ``lone_first``: a text in the first cell alone is one too (a
    document's text pasted into a sheet, each line a row of column A, its tables' rows wider)."""
    if not row[0].own_text.strip():
        return False
    if lone_first and not any(c.text.strip() for c in row[1:]):
        return True
    return len(row) == 1 or all(c.origin == "left" for c in row[1:])


def _blocks_of(table: Table, lone_first: bool = False) -> list[Line | Table]:
    """A sheet laid out as a document: paragraph rows become lines, and the ruled ranges
    between blank rows become tables of their own width."""
    out: list[Line | Table] = []
    run: list[int] = []

    def close() -> None:
        if not run:
            return
        width = max(max((i + 1 for i, c in enumerate(table.rows[r]) if c.text), default=1) for r in run)
        out.append(
            Table(
                rows=[table.rows[r][:width] for r in run],
                location=table.row_location(run[0]),
                row_locations=[table.row_location(r) for r in run],
            )
        )
        run.clear()

    for index, row in enumerate(table.rows):
        if _is_paragraph(row, lone_first):
            close()
            where = table.row_location(index)
            out.extend(Line(text=part, location=where) for part in row[0].own_text.split("\n") if part.strip())
        elif not any(c.text.strip() for c in row):
            close()
        else:
            run.append(index)
    close()
    return out


def pasted_document(document: Document) -> Document | None:
    """``read_xlsx``'s sheets as a document's text pasted into them: each row whose first cell alone is filled a line
    (an outline's headings and fields), the rows between them tables; None where no row is such a line."""
    pages: list[Page] = []
    lines = 0
    for page in document.pages:
        blocks: list[Block] = []
        for block in page.blocks:
            found = _blocks_of(block, lone_first=True) if isinstance(block, Table) else [block]
            lines += sum(1 for b in found if isinstance(b, Line))
            blocks.extend(found)
        pages.append(Page(number=page.number, name=page.name, blocks=blocks))
    if not lines:
        return None
    pasted = Document(kind="xlsx", pages=pages)
    pasted.notes = list(document.notes)
    return pasted


def read_xlsx_as_document(data: bytes, sheets: Document | None = None) -> Document:
    """The workbook as a document the way an office lays out a plan in a sheet: paragraphs in
    rows merged across the sheet, tables as ruled ranges separated by blank rows. The text
    layouts read the rendering of this (a plan kept in Excel is the same plan as its PDF);
    the generic readers keep ``read_xlsx``'s one table per sheet — ``sheets``, where the caller has
    read it already (a workbook is opened once a parse), is left as it is."""
    document = sheets if sheets is not None else read_xlsx(data)
    pages: list[Page] = []
    for page in document.pages:
        blocks: list[Block] = []
        for block in page.blocks:
            blocks.extend(_blocks_of(block) if isinstance(block, Table) else [block])
        pages.append(Page(number=page.number, name=page.name, blocks=blocks))
    return Document(document.kind, pages, list(document.notes), document.by_page, list(document.running))
