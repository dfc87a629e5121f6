"""The four functions every batch module of documents gives its tests (``document``, ``sheet``, ``pdf``,
``expected``), written once: a batch module is then its documents, its plans and one call,

    document, sheet, pdf, expected = batch_documents(FOLDER, PLANS, SHEETS, PDFS)

``PLANS`` maps a document to (municipality, its initiatives as stated), ``SHEETS`` to (the builder of its
bytes, the file name it is saved as), ``PDFS`` to the builder of the HTML Chromium prints. The dicts are
read when a function is called, so a module may fill them after the call.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any


def batch_documents(
    folder: Path,
    plans: Mapping[str, tuple[str, list[dict[str, Any]]]],
    sheets: Mapping[str, tuple[Callable[[], bytes], str]],
    pdfs: Mapping[str, Callable[[], str]],
) -> tuple[
    Callable[[str], bytes],
    Callable[[str], tuple[bytes, str]],
    Callable[[str], Path],
    Callable[[str], dict[str, Any]],
]:
    """``document``, ``sheet``, ``pdf`` and ``expected`` of one batch."""

    def document(name: str) -> bytes:
        """A text document as uploaded: the bytes in the batch's folder."""
        return (folder / name).read_bytes()

    def sheet(name: str) -> tuple[bytes, str]:
        """A workbook, Word document or CSV as uploaded: (bytes, the file name it is saved as)."""
        build, filename = sheets[name]
        return build(), filename

    def pdf(name: str) -> Path:
        """The document ``name`` printed by Chromium (cached)."""
        from ..samplepdf import print_html

        return print_html(pdfs[name](), name.removesuffix(".pdf"))

    def expected(name: str) -> dict[str, Any]:
        """The expected plan of document ``name`` in the form ``scoring.score`` takes."""
        return {"initiatives": plans[name][1]}

    return document, sheet, pdf, expected
