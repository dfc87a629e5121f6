"""The four functions every batch module of documents gives its tests (``document``, ``sheet``, ``pdf``,
``expected``), written once: a batch module is then its documents, its plans and one call,

    document, sheet, pdf, expected = batch_documents(PLANS, folder=FOLDER, sheets=SHEETS, chromium=PDFS)

``PLANS`` maps a document to (municipality, its initiatives as stated), ``folder`` holds its text documents,
``sheets`` maps a document to (the builder of its bytes, the file name it is saved as), and a printed document is
built for one of three printers: ``chromium`` (the builder of the HTML headless Chromium prints), ``calc`` (of the
workbook LibreOffice Calc prints), ``writer`` (of the Word document LibreOffice Writer exports) or ``writer_html`` (of
the HTML page Writer lays out as a word processor would, its tables ruled as the page rules them). Each PDF is cached
under its name without 「.pdf」 and the digest of what is printed (``samplepdf``, ``samplexlsx``), so one builder
makes the same print wherever it is called from. The mappings are read when a function is called, so a module may
fill them after the call.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

_NONE: Mapping[str, Any] = {}


def batch_documents(
    plans: Mapping[str, tuple[str, list[dict[str, Any]]]],
    *,
    folder: Path | None = None,
    sheets: Mapping[str, tuple[Callable[[], bytes], str]] = _NONE,
    chromium: Mapping[str, Callable[[], str]] = _NONE,
    calc: Mapping[str, Callable[[], bytes]] = _NONE,
    writer: Mapping[str, Callable[[], bytes]] = _NONE,
    writer_html: Mapping[str, Callable[[], str]] = _NONE,
) -> tuple[
    Callable[[str], bytes],
    Callable[[str], tuple[bytes, str]],
    Callable[[str], Path],
    Callable[[str], dict[str, Any]],
]:
    """``document``, ``sheet``, ``pdf`` and ``expected`` of one batch."""

    def document(name: str) -> bytes:
        """A text document as uploaded: the bytes in the batch's folder."""
        assert folder is not None, "a batch of no text documents"
        return (folder / name).read_bytes()

    def sheet(name: str) -> tuple[bytes, str]:
        """A workbook, Word document or CSV as uploaded: (bytes, the file name it is saved as)."""
        build, filename = sheets[name]
        return build(), filename

    def pdf(name: str) -> Path:
        """The document ``name`` printed to PDF (cached): by Calc for a workbook, Writer for a Word document or
        an HTML page it lays out, Chromium for an HTML page."""
        key = name.removesuffix(".pdf")
        if name in calc:
            from ..samplexlsx import calc_pdf

            return calc_pdf(calc[name](), key)
        if name in writer:
            from ..samplepdf import print_word_documents

            return print_word_documents([(writer[name](), key)])[0]
        if name in writer_html:
            from ..samplepdf import print_all_with_writer

            return print_all_with_writer([(writer_html[name](), key)], ruled=False)[0]
        from ..samplepdf import print_html

        return print_html(chromium[name](), key)

    def expected(name: str) -> dict[str, Any]:
        """The expected plan of document ``name`` in the form ``scoring.score`` takes."""
        return {"initiatives": plans[name][1]}

    return document, sheet, pdf, expected
