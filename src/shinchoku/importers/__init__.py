"""Importers: read a published plan (PDF, text extracted from PDF, Plan JSON, CSV or Excel) into Plan JSON.

This package is pure Python and must never import Django: it is the fast path behind
``shinchoku parse`` and a library of its own::

    from shinchoku.importers import parse
    plan = parse("samples/plans/nobeoka.txt")          # layout detected
    plan = parse(data_bytes, filename="x.csv", layout="template")

Every importer is a module with ``LAYOUT`` (its name), ``detect(source) -> float`` (0 when
the input is not its layout, higher the surer it is) and ``parse(source) -> Plan``. The only
exception any of them raises for bad input is :class:`ParseError`.

A PDF is read into the document model (``readers.pdf``) and rendered to the tab-separated
text the layout readers know (``render``): ``source.text`` is that rendering, ``source.document``
the document and ``source.locations`` the page and line each rendered line came from, so that
a warning names the page of the PDF.
"""

from __future__ import annotations

import contextlib
import csv
import gc
import hashlib
import importlib
import io
import os
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from types import ModuleType
from typing import TYPE_CHECKING

from .errors import ParseError, logger, os_reason, refusal
from .filetypes import OLE2_MAGIC, is_docx, is_html, is_ods, refuse_unreadable
from .layout_names import layout_name
from .own_files import refuse_open_data, refuse_own_files, refuse_printed_report
from .planjson import Plan, PlanWarning, validate
from .setout import gathered
from .text import MAX_INPUT_BYTES, decode, lazy_re, without_margin

if TYPE_CHECKING:
    from .document import Document, Location
    from .planjson import Indicator

__all__ = [
    "LAYOUTS",
    "MAX_INPUT_BYTES",
    "ParseError",
    "Source",
    "detect",
    "parse",
    "read_for_preview",
    "tables",
]

#: Layout name -> module. Order matters only for ties in detection.
LAYOUTS: dict[str, str] = {
    "planjson": "shinchoku.importers.planjson_reader",
    "template": "shinchoku.importers.template",
    "nobeoka": "shinchoku.importers.nobeoka",
    "onojo": "shinchoku.importers.onojo",
    "hita": "shinchoku.importers.hita",
    "izunokuni": "shinchoku.importers.izunokuni",
    "shibata": "shinchoku.importers.shibata",
    # Any other plan, by its shapes (tables, cards, outlines); asked only when no layout above
    # recognises the file, and scores below all of them.
    "generic": "shinchoku.importers.generic",
}

#: Layouts consulted only when no other layout recognises the file.
FALLBACK = "generic"

_XLSX_MAGIC = b"PK\x03\x04"
_PDF_MAGIC = b"%PDF-"
#: The Kangxi and CJK radicals some PDF fonts map kanji to (see _repair_radicals).
_RADICAL = lazy_re("[\u2e80-\u2fd5]")


@dataclass
class Source:
    """One input file: its name, raw bytes and (for text formats and PDF) its text.

    For a PDF, ``text`` is the rendering of ``document`` and ``locations[i]`` is where
    rendered line i + 1 came from (page, line on the page).
    """

    filename: str
    data: bytes
    text: str | None = None
    #: The municipality the caller knows (the web upload knows the user's); used when the file
    #: does not say (generic layout, a CSV of the template's 取組 sheet alone).
    municipality: str | None = None
    #: A column mapping (see importers.mapping) for tables detection cannot read on its own.
    mapping: object | None = None
    #: For a column-aligned text read as columns (readers.columns): the text as decoded.
    columns_of: str | None = field(default=None, repr=False)
    #: For a text whose two-column pages were unfolded (readers.textcolumns): the index in the
    #: file of each line of ``text``.
    origin: list[int] | None = field(default=None, repr=False)
    _lines: list[str] | None = field(default=None, repr=False)
    document: Document | None = field(default=None, repr=False)
    locations: list[Location] | None = field(default=None, repr=False)
    #: For a workbook: its sheets as ``readers.xlsx.read_xlsx`` reads them (one table a sheet), read once a parse for
    #: the generic readers; ``document`` is their layout as a document's for the text layouts.
    sheets: Document | None = field(default=None, repr=False)

    #: A Word document (.docx): a zip as a workbook is, read by readers.docx.
    is_docx: bool = False
    #: The hash of the file given where ``data`` is another form of it (an .xls as the .xlsx it saves to), and what
    #: that form leaves out (the notes the plan's warnings begin with).
    given_sha256: str | None = None
    given_notes: list[str] = field(default_factory=list)

    @property
    def is_xlsx(self) -> bool:
        return self.data.startswith(_XLSX_MAGIC) and not self.is_docx

    @property
    def is_pdf(self) -> bool:
        return self.data.startswith(_PDF_MAGIC)

    @property
    def lines(self) -> list[str]:
        """The text split into lines; index i is source line i + 1."""
        if self._lines is None:
            self._lines = (self.text or "").split("\n")
        return self._lines


def _module(layout: str) -> ModuleType:
    try:
        return importlib.import_module(LAYOUTS[layout])
    except KeyError:
        names = ", ".join(LAYOUTS)
        raise ParseError(f"レイアウト {layout!r} はありません（使えるもの: {names}）。") from None


def load_source(file: str | os.PathLike[str] | bytes, filename: str | None = None) -> Source:
    """Read and decode input without trusting it: size, encoding and binary checks happen here."""
    if isinstance(file, bytes):
        data = file
        name = filename or "upload"
    else:
        name = filename or os.path.basename(os.fspath(file))
        try:
            size = os.path.getsize(file)
            if size > MAX_INPUT_BYTES:
                raise ParseError(f"ファイルが大きすぎます（上限 {MAX_INPUT_BYTES // (1024 * 1024)} MB）。")
            with open(file, "rb") as handle:
                data = handle.read(MAX_INPUT_BYTES + 1)
        except OSError as exc:
            raise ParseError(f"ファイルを読めません: {os_reason(exc)}") from None
    if len(data) > MAX_INPUT_BYTES:
        raise ParseError(f"ファイルが大きすぎます（上限 {MAX_INPUT_BYTES // (1024 * 1024)} MB）。")
    given_sha256: str | None = None
    given_notes: list[str] = []
    if data.startswith(OLE2_MAGIC):  # an Excel 97–2003 book: read as the .xlsx it saves to (readers.xls)
        from .readers.xls import as_xlsx

        given_sha256 = hashlib.sha256(data).hexdigest()
        data, given_notes = as_xlsx(data, name)
    elif is_ods(data, name):  # LibreOffice Calc's own format: read as the .xlsx it saves to (readers.ods)
        from .readers.ods import as_xlsx as ods_as_xlsx

        given_sha256 = hashlib.sha256(data).hexdigest()
        data, given_notes = ods_as_xlsx(data)
    refuse_unreadable(data)
    refuse_own_files(data)
    source = Source(
        filename=name, data=data, is_docx=is_docx(data, name), given_sha256=given_sha256, given_notes=given_notes
    )
    if source.is_docx:
        from .readers.docx import read_docx
        from .render import render_lines

        source.document = read_docx(data)
        lines, source.locations = render_lines(source.document)
        source.text = "\n".join(lines) + "\n"
    elif source.is_pdf:
        from .readers.pdf import read_pdf
        from .render import render_lines

        source.document = read_pdf(data)
        lines, source.locations = render_lines(source.document)
        source.text = "\n".join(lines) + "\n"
    elif source.is_xlsx:
        _read_sheets_as_text(source)
    elif is_html(data):
        from .readers.html import read_html
        from .render import render_lines

        source.document = read_html(data)
        lines, source.locations = render_lines(source.document)
        source.text = "\n".join(lines) + "\n"
    else:
        source.text = without_margin(_untabified(_repair_radicals(decode(data))))
        refuse_open_data(source.text)
        source.origin = _unfold_columns(source)
        _read_columns(source)
        if source.origin is not None and source.locations is not None:
            origin = source.origin  # each rendered line at the line of the file it stands on
            source.locations = [replace(at, line=_file_line(origin, at.line)) for at in source.locations]
    refuse_printed_report(source.text or "")
    return source


def _unfold_columns(source: Source) -> list[int] | None:
    """A page set in two columns (``pdftotext -layout`` of a two-column print) becomes its left
    column then its right one (``readers.textcolumns``); the index in the file of each line."""
    from .readers.textcolumns import unfold

    unfolded = unfold(source.text or "")
    if unfolded is None:
        return None
    source.text, origin = unfolded
    return origin


def _read_sheets_as_text(source: Source) -> None:
    """A plan kept in a workbook — paragraphs in merged rows, its tables as ruled ranges — is
    also given as the canonical text its PDF print would render to, so that the layouts of the
    known municipalities read it (the template and the generic readers read the cells)."""
    from .readers.xlsx import read_xlsx, read_xlsx_as_document
    from .render import render_lines

    try:
        source.sheets = read_xlsx(source.data)
    except ParseError:
        return  # a damaged or oversized workbook: the template and generic readers say so
    document = read_xlsx_as_document(source.data, source.sheets)
    source.document = document
    lines, source.locations = render_lines(document)
    source.text = "\n".join(lines) + "\n"


def _repair_radicals(text: str) -> str:
    """Text another extractor took from a PDF (pdfminer's pdf2txt) can keep the radical code
    points some fonts map kanji to (「⽅」U+2F45 for 方): they are repaired as the PDF reader
    repairs them (readers/glyphs.py), so that labels and headings match. Only a text holding
    such a radical is touched."""
    if not _RADICAL.search(text):
        return text
    from .readers.glyphs import repair_glyphs

    return repair_glyphs(text)


def _untabified(text: str) -> str:
    """A tab-separated text whose tabs an editor turned into blanks up to the next tab stop is read as the
    tab-separated text it was (``readers.tabstops``): its rows' cells are where the stops say, not where a
    column-aligned reading would guess them."""
    from .readers.tabstops import retabbed

    return retabbed(text) or text


def _read_columns(source: Source) -> None:
    """A column-aligned text (``pdftotext -layout``) becomes the canonical tab-separated text the
    layouts read; ``locations`` keeps the line of the original each rendered line came from."""
    from .readers.columns import looks_column_aligned, read_columns

    text = source.text or ""
    if not looks_column_aligned(text):
        return
    from .render import render_lines

    # 「取   組   番   号1-1-1」: each letter of a label set out over its cell where it was printed
    text = gathered(text)

    source.columns_of = text
    source.document = read_columns(text)
    lines, source.locations = render_lines(source.document)
    source.text = "\n".join(lines) + "\n"


def _locate_warnings(plan: Plan, source: Source) -> None:
    """Warnings about a PDF name its page and the line on that page, not a line of the rendering;
    the reader's own notes (dropped page numbers, repeated header rows) come first. An initiative
    a layout read from a PDF is located the same way (``page`` and the line on it): the line of
    the rendering, shown in the upload preview, matched nothing the plan office could open."""
    if source.origin is not None and source.locations is None:  # a text unfolded, read as lines
        _unfolded_lines(plan, source.origin)
    if source.locations is None:
        return
    if source.is_xlsx and plan["plan"]["source"].get("layout") in ("template", FALLBACK):
        return  # they read the cells and name the sheet's rows themselves
    where = source.locations
    for warning in plan["warnings"]:
        line = warning.get("line")
        if "page" in warning:
            continue  # located on the document already (the generic readers work on it)
        if isinstance(line, int) and 1 <= line <= len(where):
            location = where[line - 1]
            if location.page is not None:
                warning["page"] = location.page
            warning["line"] = location.line if location.line is not None else location.row  # a sheet's row
    for item in plan["initiatives"]:
        line = item.get("line")
        if "page" in item or not isinstance(line, int) or not 1 <= line <= len(where):
            continue  # located on the document already (the generic readers), or no line
        location = where[line - 1]
        if location.page is not None:  # a sheet rendered as text keeps its lines (no page to name)
            item["page"] = location.page
            item["line"] = location.line
    if source.document is not None and source.document.notes:
        notes: list[PlanWarning] = []
        for location, message in source.document.notes:
            note: PlanWarning = {"line": location.line, "message": message}
            if location.page is not None:
                note["page"] = location.page
            notes.append(note)
        plan["warnings"][:0] = notes


def _unfolded_lines(plan: Plan, origin: list[int]) -> None:
    """A warning's line in a text read column by column is the line of the file where its text
    stands."""
    for warning in plan["warnings"]:
        line = warning.get("line")
        if isinstance(line, int):
            warning["line"] = _file_line(origin, line)


def _file_line(origin: list[int], line: int | None) -> int | None:
    """The line of the file (from 1) that line ``line`` of a text unfolded column by column
    stands on, ``origin`` giving each unfolded line's index in the file: the one mapping for the
    rendered lines' locations and the warnings, so both name the line a user finds in the file.
    A line out of range (none, or past the text) is kept as it is."""
    if line is None or not 1 <= line <= len(origin):
        return line
    return origin[line - 1] + 1


#: What the plan office is told when a layout's reader failed in a way no input should make it (a bug), and no other
#: reader read the file: the file is not to blame, and the administrator's log has the traceback.
READER_FAULT = (
    "ファイルを読み取れませんでした（読み取り処理の不具合です）。お手数ですが、システム管理者にこのファイルを"
    "お知らせください。"
)


#: What running out of stack in a reader says (a file nested past what a reader follows).
TOO_DEEP = "ファイルの構造が深すぎて読めません。"

#: ``_score`` of a layout whose detection raised: no score (below any reader's 0), told apart from 「not this layout」.
_CRASHED = -1.0


def _score(layout: str, source: Source) -> float:
    """How sure ``layout`` is that it reads ``source``: the dispatch's one guard around the layouts' detection. A
    reader that raises (a bug; no reader raises for input it does not know) does not recognise the file — ``_CRASHED``
    — and the error is logged with its traceback: taken silently for 「no plan found」 it had hidden a reader's crash that
    lost a whole plan. Running out of stack is said in Japanese (``TOO_DEEP``); out of memory ends the reading."""
    module = _module(layout)  # (an unknown layout's name is the caller's error, said as such)
    try:
        return float(module.detect(source))
    except ParseError:
        return 0.0
    except MemoryError:
        raise
    except RecursionError:
        raise ParseError(TOO_DEEP) from None
    except Exception:
        logger.exception("読み取りの不具合: %s の判定が例外を送出しました", layout)
        return _CRASHED


def _parsed(layout: str, source: Source) -> Plan:
    """``layout``'s plan of ``source``, the dispatch's guard around the readers: an exception other than
    :class:`ParseError` is a bug, logged with its traceback and turned into a ParseError (``READER_FAULT``), so that
    the next reader is asked and no traceback reaches the plan office."""
    module = _module(layout)
    try:
        plan: Plan = module.parse(source)
    except (ParseError, MemoryError):
        raise
    except RecursionError:
        raise ParseError(TOO_DEEP) from None
    except Exception as exc:
        logger.exception("読み取りの不具合: %s の読み取りが例外を送出しました", layout)
        raise refusal(READER_FAULT, exc) from None
    return plan


def detect(source: Source) -> str:
    """Name of the layout that reads ``source`` best; ParseError when none recognises it (``READER_FAULT`` when the
    only reader that might have crashed: the file is not said to be no plan for a reader's bug)."""
    best, best_score = None, 0.0
    crashed = False
    for layout in LAYOUTS:
        if layout == FALLBACK:
            continue
        score = _score(layout, source)
        crashed = crashed or score == _CRASHED
        if score > best_score:
            best, best_score = layout, score
    if best is None:
        fallback = _score(FALLBACK, source)
        if fallback <= 0:
            if fallback == _CRASHED or crashed:
                raise ParseError(READER_FAULT)
            if source.is_xlsx:
                from .readers.xlsx import open_workbook

                open_workbook(source.data).close()  # a damaged workbook, or a zip that is none: say so
            raise ParseError(_module(FALLBACK).NOTHING_FOUND)
        best = FALLBACK
    return best


def parse(
    file: str | os.PathLike[str] | bytes,
    *,
    filename: str | None = None,
    layout: str | None = None,
    municipality: str | None = None,
    mapping: object | None = None,
) -> Plan:
    """Parse a plan file (path or bytes) into validated Plan JSON.

    ``municipality`` is used when the file does not name one (the web upload knows the user's
    municipality); ``mapping`` says which role each column of a table has (importers.mapping)
    and makes the generic layout read the file. Raises ParseError, with a message for the
    user, for anything that is not a readable plan.
    """
    source = load_source(file, filename)
    with _without_gc_pauses():
        plan = _parse(source, layout, municipality, mapping)
        # the document model and the readers' caches (held by the source) go now, by reference
        # counting: kept until the cycle collector is back, its first pass scanned them all
        del source
    return plan


@contextlib.contextmanager
def _without_gc_pauses() -> Iterator[None]:
    """Reading a plan makes hundreds of thousands of small objects and frees them by reference
    counting; Python's cycle collector, started by their number, only re-scanned the growing
    plan (a sixth of the time of a 1 MB CSV). It waits until the plan is read (any cycle is
    collected then); a caller that had it off keeps it off. Not while a PDF's pages are read
    (``load_source``): pdfminer's layout objects do form cycles, and kept they tripled the
    peak memory of a 40-page PDF.

    When it is back, what the reading left (the plan, kept by the caller) goes straight to the
    oldest generation (``gc.freeze`` then ``gc.unfreeze``: two list splices) instead of being
    scanned whole by the young generation's next pass (40 ms for the plan of a 1 MB CSV); a cycle
    among it waits for the next full pass. Not when the process froze objects of its own (a
    server that preloads): unfreezing would hand those back to the collector."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        if gc.get_freeze_count() == 0:
            gc.freeze()
            gc.unfreeze()
        gc.enable()


def read_for_preview(
    file: str | os.PathLike[str] | bytes,
    *,
    filename: str | None = None,
    layout: str | None = None,
    municipality: str | None = None,
    mapping: object | None = None,
) -> tuple[Plan, list[dict[str, object]]]:
    """The plan (as :func:`parse`) and, when the generic readers or the template reader read it, the tables
    found with the role of each column (as :func:`tables`), from one reading of the file.

    What the upload preview needs: the plan office sees the columns the shapes decided and can
    change them (the layouts of known municipalities have no columns to choose). A table with the template's
    own headers (番号・取組名・担当課・指標・基準値・目標値: the commonest 取組一覧, filled by a person) is the template
    reader's, and its columns are offered too: a mapping chosen for it is read by the generic readers.
    """
    source = load_source(file, filename)
    with _without_gc_pauses():
        plan = _parse(source, layout, municipality, mapping)
    if not has_columns(plan):
        return plan, []
    from .generic import document_of
    from .mapping import tables_found

    return plan, tables_found(document_of(source), source.mapping)


#: The layouts whose tables a column mapping may say the roles of: the generic readers', and the template's (the
#: mapping then has the generic readers read it).
MAPPED_LAYOUTS = (FALLBACK, "template")


def has_columns(plan: Plan) -> bool:
    """Whether the plan was read from tables whose columns a mapping may choose (``MAPPED_LAYOUTS``); not a Plan
    JSON file (of a plan the generic readers read: no table of its own)."""
    return plan["plan"]["source"].get("layout") in MAPPED_LAYOUTS and "file" not in plan["plan"]["source"]


def _parse(source: Source, layout: str | None, municipality: str | None, mapping: object | None) -> Plan:
    plan = _parse_source(source, layout, municipality, mapping)
    _keep_grade_legend(plan, source)
    if source.given_sha256 is not None:  # an .xls read as the .xlsx it saves to: the file given is the one named
        plan["plan"]["source"]["sha256"] = source.given_sha256
    plan["warnings"][:0] = [{"line": None, "message": note} for note in source.given_notes]
    return plan


def _keep_grade_legend(plan: Plan, source: Source) -> None:
    """The legend the file prints for the grades its plan carries (``legends``), whichever reader read it: the lines
    of its text, else of the document the generic readers made of it (a workbook's cells, a row a line)."""
    from .legends import document_lines, grade_legend, plan_grades

    grades = plan_grades(plan)
    if not grades or "grade_legend" in plan["plan"] or "file" in plan["plan"]["source"]:
        return  # (a Plan JSON file read back, ``source.file``, carries its legend or has none)
    from .generic import document_read

    document = document_read(source)
    texts = source.lines if source.text or document is None else document_lines(document)
    legend = grade_legend(texts, grades)
    if legend:
        plan["plan"]["grade_legend"] = legend


def _parse_source(source: Source, layout: str | None, municipality: str | None, mapping: object | None) -> Plan:
    source.municipality = municipality
    if mapping is not None:
        from .mapping import Mapping

        source.mapping = Mapping.of(mapping)
        layout = layout or FALLBACK
    if source.columns_of is None:
        head = _tabbed(source, _TABBED_HEAD) if layout is None else None  # the municipalities' layouts know a
        # plan by its first pages: a 1 MB CSV of rows is told without converting it whole
        if head is None or _detected(head) in (None, *_TABLE_LAYOUTS):
            return _read(source, layout)
        tabbed = _tabbed(source)
        assert tabbed is not None
        # a plan of a known municipality pasted into a sheet and saved as CSV: its layout reads the
        # cells as the tab-separated lines of its text (「事業名,行政手続の…,,担当課,情報政策課」), the CSV's
        # own reading where that layout refuses it
        try:
            return _read(tabbed, layout)
        except ParseError:
            return _read(source, layout)
    # A column-aligned text is read both ways, as columns and as the lines it has (a card
    # layout may read its labels better from the lines): the plan with more in it wins.
    raw = Source(filename=source.filename, data=source.data, text=source.columns_of)
    raw.municipality, raw.mapping, raw.origin = source.municipality, source.mapping, source.origin
    plans: list[Plan] = []
    error: ParseError | None = None
    for candidate in (raw, source):  # on a tie, the lines as they are
        try:
            plans.append(_read(candidate, layout))
        except ParseError as exc:
            error = error or exc
    if not plans:
        assert error is not None
        raise error
    return max(plans, key=lambda plan: (_richness(plan), _dated_figures(plan), _scheduled(plan)))


#: Layouts that read a CSV's cells themselves.
_TABLE_LAYOUTS = ("planjson", "template", FALLBACK)


def _detected(source: Source) -> str | None:
    """The layout detected for ``source``, None where none recognises it."""
    try:
        return detect(source)
    except ParseError:
        return None


#: How much of a CSV is converted to tell whether a known municipality's layout takes it.
_TABBED_HEAD = 64_000


def _tabbed(source: Source, limit: int | None = None) -> Source | None:
    """A comma-separated text (a CSV) as tab-separated lines, its cells' line breaks blanks: the text the
    layouts of the known municipalities read (its first ``limit`` characters' rows only); None for any other
    source."""
    from .readers.delimited import looks_delimited

    text = source.text
    if text is None or source.is_pdf or source.is_xlsx or "," not in text[:4096]:
        return None
    if not looks_delimited(text, ","):
        return None
    if limit is not None and len(text) > limit:
        text = text[: text.rfind("\n", 0, limit) + 1]  # whole lines (a quoted cell cut is read as it stands)
    try:
        rows = list(csv.reader(io.StringIO(text)))
    except csv.Error:
        return None
    lines = ["\t".join(" ".join(cell.split("\n")).strip() for cell in row).rstrip("\t") for row in rows]
    tabbed = Source(filename=source.filename, data=source.data, text="\n".join(lines) + "\n")
    tabbed.municipality, tabbed.mapping = source.municipality, source.mapping
    return tabbed


def _richness(plan: Plan) -> int:
    """How much a plan holds: initiatives, their departments and indicators with a figure (a
    line of a table read as an indicator's name, 「R6 60 58」, holds none)."""
    items = plan["initiatives"]
    codes: set[str] = set()
    found = 0
    for item in items:
        code = item.get("code")
        # a row of a KPI table joined by code (「1-1-1　オンラインで　64 手続　220 手続」) read as one more 取組 under the
        # code of one before it, with no 担当課 or indicator of its own, holds nothing
        if not (code in codes and not item.get("departments") and not item.get("indicators")):
            found += 1
        codes.add(code or "")
        found += int(bool(item.get("departments"))) + sum(1 for k in item.get("indicators") or [] if _has_figure(k))
    return found


def _dated_figures(plan: Plan) -> int:
    """How many of a plan's figures are dated (a baseline, target or actual with its year): between two readings as
    rich, the one that read a table of years (「目標値 | － | 60 | 90 | 120」 under 令和５～８年度) has each year's figure,
    the lines as they are only the first figure of a line."""
    count = 0
    for item in plan["initiatives"]:
        for indicator in item.get("indicators") or []:
            values = [indicator.get("baseline"), indicator.get("final_target")]
            values += (indicator.get("targets") or []) + (indicator.get("actuals") or [])
            count += sum(1 for value in values if value and value.get("fy") is not None)
    return count


def _scheduled(plan: Plan) -> int:
    """How many of a plan's initiatives have a 工程: between two readings as rich and as dated, the one that read the
    ロードマップ (a table by the cards' numbers, read as columns) has each card's steps."""
    return sum(1 for item in plan["initiatives"] if item.get("schedule"))


def _has_figure(indicator: Indicator) -> bool:
    """Whether an indicator holds a value of its own (a baseline, a target, an actual): only such
    an indicator counts toward a reading's richness, because a table line misread as an indicator
    (「R6 60 58」 taken for a name) has none, and a reading full of them must not beat one that
    found the real figures. A value is a figure or its text: a year alone (「（R11）」 of a header line read as an
    indicator: a target of 2029 of no value) is none."""
    values = [indicator.get("baseline"), indicator.get("final_target"), *(indicator.get("targets") or [])]
    values += indicator.get("actuals") or []
    return any(v and (v.get("value") is not None or v.get("text")) for v in values)


def _read(source: Source, layout: str | None) -> Plan:
    """The plan of a loaded source, by ``layout`` or the detected one."""
    name = layout or detect(source)
    if layout and name not in ("planjson", "template", FALLBACK) and _score(name, source) <= 0:
        raise ParseError(f"このファイルは {name} レイアウトの計画ではありません。")
    checked = False
    try:
        plan = _parsed(name, source)
        stated = name == "planjson"  # a Plan JSON file says what it means: 「全課」 a 担当課 if it says so
        if not plan["initiatives"]:
            raise ParseError("取組（施策・事業）が1件も見つかりません。計画ファイルか確認してください。")
        if not layout and name not in ("planjson", FALLBACK):
            # a layout that read another shape of text into a plan no store takes (a whole page
            # as one 施策's name) has not read it: the next reader is asked, as when it fails
            try:
                validate(plan)
            except ParseError as exc:
                raise ParseError(
                    f"表の行と列を読み取れませんでした（{exc.message}）。PDFそのもの、または"
                    "「pdftotext -layout」で抽出したテキストを取り込んでください。"
                ) from None
            checked = True
    except ParseError as exc:
        if layout or name == FALLBACK:
            raise
        plan = _runner_up(source, name) or _fallback(source, name, exc)
        stated = False
    if not stated:  # (every reader's plan ends here; the shapes are loaded with the reader)
        from .shapes.common import groups_apart, targets_each_year

        groups_apart(plan["initiatives"])
        targets_each_year(plan)
    _locate_warnings(plan, source)
    if not checked:
        validate(plan)
    return plan


def tables(
    file: str | os.PathLike[str] | bytes, *, filename: str | None = None, mapping: object | None = None
) -> list[dict[str, object]]:
    """Each table found in a file, with the role detected (or mapped) for each column.

    What the upload preview shows, one select per column (see ``mapping.tables_found``); the
    user's choices come back as a ``mapping`` for :func:`parse`.
    """
    from .generic import document_of
    from .mapping import tables_found

    return tables_found(document_of(load_source(file, filename)), mapping)


def _runner_up(source: Source, failed: str) -> Plan | None:
    """The plan of the next layout that also recognises ``source``, when the best one cannot
    read it: a municipality's sheet can carry a label of the template by chance (「計画の名称」
    above a card), and its own layout still reads it better than the generic readers."""
    scores = []
    for layout in LAYOUTS:
        if layout in (failed, FALLBACK):
            continue
        score = _score(layout, source)
        if score > 0:
            scores.append((score, layout))
    for _, layout in sorted(scores, reverse=True):
        try:
            plan = _parsed(layout, source)
            validate(plan)  # a plan no store takes is no reading (see _read)
        except ParseError:
            continue
        if plan["initiatives"]:
            return plan
    return None


def _names_the_template(source: Source) -> bool:
    """Whether a file says it is the template: a 「計画」 sheet of a workbook, or a 自治体名 / 計画名 line above a
    CSV's table."""
    if source.is_xlsx:
        from .readers.xlsx import open_workbook, reading

        with reading(open_workbook(source.data)) as workbook:
            return "計画" in workbook.sheetnames
    head = source.text[:2000] if source.text else ""
    return any(word in head for word in ("自治体名", "計画名"))


def _fallback(source: Source, name: str, error: ParseError) -> Plan:
    """When the detected layout cannot read the file, what the generic readers find (with a
    warning saying so), or the layout's own error when they find nothing."""
    if _score(FALLBACK, source) <= 0:
        raise error
    plan = _parsed(FALLBACK, source)
    if name == "template" and plan["municipality"]["name"] and not _names_the_template(source):
        # a sheet of the template's words that is not the template (no 「計画」 sheet, no 自治体名 row): read
        # as the table it is, with nothing said about a template the office never used
        return plan
    plan["warnings"].insert(
        0,
        {
            "line": error.line,
            "message": f"{layout_name(name)}としては読めなかったため（{error.message}）、表・見出しの形から読み取りました。",
        },
    )
    return plan
