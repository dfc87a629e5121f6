"""File readers: turn the bytes of one input file into a :class:`~shinchoku.importers.document.Document`.

One module per file format; nothing here knows about plan layouts. ``read_document`` picks
the reader from the content (zip → workbook, ``%PDF-`` → PDF) and the file name (.csv/.tsv),
else plain text. Each reader is imported only when used, so that ``shinchoku parse`` of a
text file never loads openpyxl or pdfplumber.
"""

from __future__ import annotations

from typing import Any

from ..document import Cell, Document
from ..errors import ParseError

_XLSX_MAGIC = b"PK\x03\x04"
_PDF_MAGIC = b"%PDF-"


def read_document(source: Any) -> Document:
    """The document model of ``source`` (an importers.Source: filename, data, decoded text)."""
    data: bytes = source.data
    if getattr(source, "is_docx", False):
        word: Document | None = getattr(source, "document", None)
        if word is not None:  # load_source has read it already
            return word
        from .docx import read_docx

        return read_docx(data)
    if data.startswith(_XLSX_MAGIC):
        sheets: Document | None = getattr(source, "sheets", None)
        if sheets is not None:  # load_source has read it already: a workbook is opened once a parse
            return sheets
        from .xlsx import read_xlsx

        return read_xlsx(data)
    if data.startswith(_PDF_MAGIC):
        known: Document | None = getattr(source, "document", None)
        if known is not None:  # load_source has read it already: a PDF is parsed once
            return known
        # readers.pdf (pdfplumber) is imported by name, only for a PDF: it is the heaviest reader
        import importlib

        try:
            pdf = importlib.import_module(f"{__name__}.pdf")
        except ImportError:
            raise ParseError(
                "PDF ファイルはまだ読み取れません。テキストか Excel で保存してください。"
            ) from None
        document: Document = pdf.read_pdf(data)
        return document
    known_text: Document | None = getattr(source, "document", None)
    if known_text is not None and known_text.by_page:
        return known_text  # a column-aligned text of forms, one a page: its pages as read
    text = source.text
    if text is None:
        from ..text import decode

        text = decode(data)
    name = (source.filename or "").lower()
    if name.endswith((".csv", ".tsv")):
        from .delimited import read_delimited

        return read_delimited(text, "\t" if name.endswith(".tsv") else None)
    from .measure_lines import with_measure_lines
    from .year_rows import with_year_rows

    # a card copied out of a PDF viewer writes its 工程's years and steps as lines, cells joined by blanks, and its
    # KPI table a cell a line
    document = with_year_rows(_text_document(text), text)
    if "\t" in text or any(True for _ in document.tables()):
        if known_text is not None and _merges_kept(known_text, document):
            return known_text
        return document  # (a table read already: the streams of plain pdftotext, not a card's lines)
    return with_measure_lines(document)


def _merges_kept(page: Document, rendered: Document) -> bool:
    """Whether a web page is read as its own document rather than as the text it renders to: where one of its tables
    merges a cell down over rows (``rowspan``: a 担当課 over the two 取組 it has, 鶴見台市, batch 43), which the text
    writes in the first row alone (the rows below read as of no 課: first 担当課 0.6), and every row the text reads is
    a row of the page's own tables (lines of the page the text alone reads as rows stay the text's)."""
    if page.kind != "html":
        return False
    tables = list(page.tables())
    if not any(cell.origin == "above" for table in tables for row in table.rows for cell in row):
        return False
    own = {_written(row) for table in tables for row in table.rows}
    return all(_written(row) in own for table in rendered.tables() for row in table.rows)


def _written(row: list[Cell]) -> tuple[str, ...]:
    """A row as its cells write it: the text of each cell of its own, blanks and merged slots left out."""
    return tuple(text for cell in row if (text := " ".join(cell.own_text.split())))


def _text_document(text: str) -> Document:
    """A text's document: its tab-separated, pipe or full-width-blank rows as tables, or — with none — the rows of
    whichever reader finds them in its lines (a CSV under another name, a PDF viewer's copy, plain pdftotext …)."""
    from .text import read_text

    document = read_text(text)
    if not any(True for _ in document.tables()):
        # a CSV under another name (「一覧.txt」): comma- or semicolon-separated lines, no tabs or pipes
        from .delimited import looks_delimited, read_delimited

        for delimiter in (",", ";"):
            if looks_delimited(text, delimiter):
                return read_delimited(text, delimiter)
        # text copied out of a PDF viewer: a table's cells joined by single blanks
        from .plainrows import read_plain_rows

        rebuilt = read_plain_rows(document)
        if rebuilt is not None:
            return rebuilt
        # the same of a narrow print: the header's labels and every cell wrapped over lines
        from .wrappedrows import read_wrapped_rows

        rebuilt = read_wrapped_rows(document)
        if rebuilt is not None:
            return rebuilt
        # a PDF viewer's copy a cell a line, no empty line among the rows: its rows start at their numbers, which
        # the streams' guess below does not know
        from .cellrows import read_cell_rows

        rebuilt = read_cell_rows(document, gapless=True)
        if rebuilt is not None:
            return rebuilt
        # a sheet's cells a paragraph each, row after row, every cell on a line of its own (plain pdftotext of a sheet
        # Calc printed): the rows at their numbers, the next sheet's table after (not a column's cells for a few rows)
        from .cellrows import a_cell_a_paragraph, read_cell_paragraphs

        if a_cell_a_paragraph(document) and (rebuilt := read_cell_paragraphs(document, whole=True)) is not None:
            return rebuilt
        # a table's cells one by one (plain pdftotext, pdfminer): what the cells' order tells
        from .plainstreams import read_plain_streams

        guessed = read_plain_streams(document)
        if guessed is not None:
            return guessed
        # a row's cells one after another, each wrapped line apart (pypdfium2)
        rebuilt = read_cell_rows(document)
        if rebuilt is not None:
            return rebuilt
        # cards whose label column comes out before their values (plain pdftotext of a label | value table)
        from .labelruns import read_label_runs

        rebuilt = read_label_runs(document)
        if rebuilt is not None:
            return rebuilt
        # a table's cells a paragraph each, row after row (plain pdftotext of a table Calc printed)
        rebuilt = read_cell_paragraphs(document)
        if rebuilt is not None:
            return rebuilt
    return document
