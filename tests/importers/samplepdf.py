"""Print the sample plans to PDF the way a municipality's office software would, for reader tests.

Each sample text becomes an HTML document — runs of tab-separated lines as ruled tables, other
lines as paragraphs — which headless Chromium prints to PDF (A4 portrait or A3 landscape), with
an optional running header and page numbers in the page margins. Blank cells below a filled
one in the first ``merge_columns`` columns become one merged cell (rowspan), as section columns
are drawn in real plans; ``vertical_first_column`` sets that column's text vertically.

Files are cached by their inputs (``fixturecache``: in the user's cache, outside the checkout), so
each variant is printed once.
"""

from __future__ import annotations

import hashlib
import html
import os
import shutil
import subprocess
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from .fixturecache import cache_dir, digest, keep

CACHE = cache_dir("samplepdf")
#: Texts other programs extracted from the PDFs (``extract``).
TEXTS = cache_dir("extracted")


@dataclass(frozen=True)
class Print:
    """How a sample is printed."""

    paper: str = "A4"  # "A4" (portrait), "A3 landscape", or another CSS page size ("B5", "A4 landscape")
    running_header: str | None = None  # text at the top of every page
    page_numbers: bool = False  # "- N -" at the bottom of every page
    merge_columns: int = 0  # leading columns whose blank cells merge into the cell above
    vertical_first_column: bool = False


def chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")


def _rows_to_table(rows: list[list[str]], how: Print) -> str:
    width = max(len(r) for r in rows)
    rows = [r + [""] * (width - len(r)) for r in rows]
    spans = [[1] * width for _ in rows]  # rowspan of each cell; 0 = covered
    for col in range(min(how.merge_columns, width)):
        start = None
        for i, row in enumerate(rows):
            if row[col].strip():
                start = i
            elif start is not None:
                spans[start][col] += 1
                spans[i][col] = 0
    out = ["<table>"]
    for i, row in enumerate(rows):
        out.append("<tr>")
        for col, text in enumerate(row):
            span = spans[i][col]
            if span == 0:
                continue
            attrs = f' rowspan="{span}"' if span > 1 else ""
            if col == 0 and how.vertical_first_column:
                attrs += ' class="v"'
            out.append(f"<td{attrs}>{html.escape(text)}</td>")
        out.append("</tr>")
    out.append("</table>")
    return "".join(out)


def sample_html(text: str, how: Print) -> str:
    size = "A3 landscape" if how.paper.startswith("A3") else how.paper
    margin = []
    if how.running_header:
        margin.append(f'@top-center {{ content: "{how.running_header}"; font-size: 9pt; }}')
    if how.page_numbers:
        margin.append('@bottom-center { content: "- " counter(page) " -"; font-size: 9pt; }')
    body: list[str] = []
    rows: list[list[str]] = []
    for line in text.split("\n"):
        if "\t" in line:
            rows.append(line.split("\t"))
            continue
        if rows:
            body.append(_rows_to_table(rows, how))
            rows = []
        if line.strip():
            body.append(f"<p>{html.escape(line)}</p>")
    if rows:
        body.append(_rows_to_table(rows, how))
    return (
        "<!doctype html><html lang=ja><meta charset=utf-8><style>"
        f"@page {{ size: {size}; margin: 18mm 14mm; {' '.join(margin)} }}"
        "body { font-family: 'IPAexGothic', 'IPAexMincho', sans-serif; font-size: 9pt; }"
        "table { border-collapse: collapse; width: 100%; margin: 4pt 0; }"
        "td { border: 0.6pt solid #000; padding: 2pt 3pt; vertical-align: top; }"
        "td.v { writing-mode: vertical-rl; }"
        "p { margin: 2pt 0; }"
        "</style><body>" + "".join(body) + "</body></html>"
    )


def _target(document: str, name: str) -> Path:
    """Where the PDF of ``document`` printed as ``name`` is cached: ``samplepdf/<name>-<digest>.pdf``."""
    return CACHE / f"{name}-{hashlib.sha256(document.encode()).hexdigest()[:16]}.pdf"


def _printed(document: str, name: str, command: Callable[[Path, Path, Path], list[str]]) -> Path:
    """PDF of an HTML document, cached (``_target``): ``command(page, out, tmp)`` prints ``page``
    (plan.html) to ``out`` (plan.pdf) in the directory ``tmp``."""
    target = _target(document, name)
    if target.exists():
        return target
    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / "plan.html"
        page.write_text(document, encoding="utf-8")
        out = Path(tmp) / "plan.pdf"
        subprocess.run(command(page, out, Path(tmp)), check=True, capture_output=True, timeout=300)
        keep(out, target)
    return target


def print_html(document: str, key: str) -> Path:
    """PDF of an HTML document printed by headless Chromium (cached under ``key``)."""
    browser = chromium()
    if browser is None:
        raise RuntimeError("Chromium is needed to print the sample PDFs (make browser installs it).")
    return _printed(
        document,
        key,
        lambda page, out, tmp: [
            browser,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-pdf-header-footer",
            f"--user-data-dir={tmp}/profile",
            f"--print-to-pdf={out}",
            page.as_uri(),
        ],
    )


def sample_pdf(sample: Path, how: Print = Print()) -> Path:
    """The sample plan ``sample`` printed to PDF as ``how`` says."""
    return print_html(sample_html(sample.read_text(encoding="utf-8"), how), sample.stem)


def print_with_writer(document: str, key: str, *, ruled: bool = True) -> Path:
    """PDF of an HTML document opened in LibreOffice Writer and exported, as a word processor prints
    a plan (cached under ``key``). Writer lays the tables out itself: CSS borders are not drawn
    (``ruled`` gives each table HTML's own ``border``), two tables with nothing between them touch,
    a row too tall for the page is cut and ruled on both pages, no running header or page number
    is printed, and a blank is set between kanji and Latin letters or digits."""
    return print_all_with_writer([(document, key)], ruled=ruled)[0]


def print_all_with_writer(jobs: list[tuple[str, str]], *, ruled: bool = True) -> list[Path]:
    """``print_with_writer`` for each (document, key) of ``jobs``: the ones not cached yet at one
    start of LibreOffice (a start costs a second or more; the Writer tests print some eighty)."""
    if ruled:
        jobs = [
            (d.replace("<table>", '<table border="1" cellspacing="0" cellpadding="3">'), k) for d, k in jobs
        ]
    targets = [_target(document, f"{key}-writer") for document, key in jobs]
    todo = {
        target: (document.encode("utf-8"), ".html")
        for (document, _), target in zip(jobs, targets, strict=True)
        if not target.exists()
    }
    _print_with_writer(todo)
    return targets


def print_word_documents(jobs: list[tuple[bytes, str]]) -> list[Path]:
    """Word documents (.docx bytes, key) exported to PDF by LibreOffice Writer, as a plan office prints its Word
    file to publish it (cached under ``key``; the ones not cached yet at one start of LibreOffice)."""
    targets = [CACHE / f"{key}-word-{digest(data)}.pdf" for data, key in jobs]
    _print_with_writer(
        {target: (data, ".docx") for (data, _), target in zip(jobs, targets, strict=True) if not target.exists()}
    )
    return targets


def word_documents_as_pages(jobs: list[tuple[bytes, str]]) -> list[Path]:
    """Word documents (.docx bytes, key) saved by LibreOffice Writer as web pages (.html), as an office that keeps its
    plan in Word publishes it on its site (cached; the ones not cached yet at one start of LibreOffice)."""
    targets = [CACHE / f"{key}-page-{digest(data)}.html" for data, key in jobs]
    _print_with_writer(
        {target: (data, ".docx") for (data, _), target in zip(jobs, targets, strict=True) if not target.exists()},
        to="html:HTML (StarWriter)",
    )
    return targets


def _print_with_writer(todo: dict[Path, tuple[bytes, str]], to: str = "pdf:writer_pdf_Export") -> None:
    """Each file (its bytes, its suffix) printed by Writer to its target (or saved as ``to`` says) at one start of
    LibreOffice."""
    from .samplexlsx import soffice

    if not todo:
        return
    program = soffice()
    if program is None:
        raise RuntimeError("LibreOffice Writer prints the plans (make libreoffice installs it).")
    with tempfile.TemporaryDirectory() as tmp:
        pages = []
        for target, (data, suffix) in todo.items():
            page = Path(tmp) / f"{target.stem}{suffix}"
            page.write_bytes(data)
            pages.append(str(page))
        home = Path(tmp) / "home"  # a fresh profile: no lock or state shared with other runs
        subprocess.run(
            [program, "--headless", "--norestore", f"-env:UserInstallation=file://{home}", "--writer",
             "--convert-to", to, "--outdir", f"{tmp}/out", *pages],
            env={**os.environ, "HOME": str(home)}, check=True, capture_output=True, timeout=900,
        )  # fmt: skip
        for target in todo:
            made = Path(tmp) / "out" / f"{target.stem}{target.suffix}"
            if not made.exists():
                raise RuntimeError(f"Writer wrote no {target.suffix} for {target.name}")
            keep(made, target)


def pdftotext(pdf: Path, *, layout: bool) -> str:
    """Text of a PDF as poppler's pdftotext gives it (``-layout`` keeps the columns aligned)."""
    args = ["pdftotext", "-enc", "UTF-8"] + (["-layout"] if layout else []) + [str(pdf), "-"]
    return subprocess.run(args, check=True, capture_output=True, timeout=120).stdout.decode("utf-8")


#: Text extractors other than poppler's, as a user or another program takes a PDF's text out.
EXTRACTORS = ("pdfminer", "pdfplumber", "pdfplumber layout", "pypdfium2")


def extract(pdf: Path, extractor: str, *, pages_joined_by: str = "\n") -> str:
    """``_extract``, kept (``fixturecache``) by the PDF's bytes and the extractor: pdfplumber and pdfminer take seconds
    a print, and what another program extracts is the test's input, not the code under test."""
    data = pdf.read_bytes()
    key = digest(data + f"\0{extractor}\0{pages_joined_by}".encode())
    kept = TEXTS / f"{pdf.stem[:40]}-{key}.txt"
    if kept.exists():
        return kept.read_bytes().decode("utf-8", errors="surrogatepass")  # (bytes: a carriage return stays one)
    text = _extract(pdf, extractor, pages_joined_by=pages_joined_by)
    made = kept.with_name(f"{kept.name}.{os.getpid()}.new")
    made.write_bytes(text.encode("utf-8", errors="surrogatepass"))
    keep(made, kept)
    return text


def _extract(pdf: Path, extractor: str, *, pages_joined_by: str = "\n") -> str:
    """Text of a PDF as ``extractor`` gives it: ``"pdftotext"`` (poppler without ``-layout``:
    text blocks one after the other), pdfminer.six's ``extract_text`` (what ``pdf2txt.py``
    prints: a page's text boxes in its own order, radical code points kept), pdfplumber's
    ``extract_text`` (each printed line's words joined by single blanks; with ``layout`` the
    blanks keep the positions, page margin included), its pages joined by ``pages_joined_by`` as
    a program that collects them would; pypdfium2's text (a row's cells on one line), pages
    separated by form feeds."""
    if extractor == "pdftotext":
        return pdftotext(pdf, layout=False)
    if extractor == "pdfminer":
        from pdfminer.high_level import extract_text

        return extract_text(str(pdf))
    if extractor.startswith("pdfplumber"):
        import pdfplumber

        with pdfplumber.open(pdf) as document:
            return pages_joined_by.join(
                page.extract_text(layout=extractor.endswith("layout")) or "" for page in document.pages
            )
    if extractor == "pypdfium2":
        import pypdfium2 as pdfium

        document = pdfium.PdfDocument(str(pdf))
        try:
            return "\f".join(page.get_textpage().get_text_range() for page in document)
        finally:
            document.close()
    raise ValueError(extractor)


def viewer_text(pdf: Path, extractor: str) -> str:
    """Text of a PDF as text copied out of a PDF viewer looks: ``"pdftotext"``, ``"pdfminer"`` or
    ``"pdfplumber"`` as :func:`extract` gives it, pages separated by form feeds."""
    return extract(pdf, extractor, pages_joined_by="\n\f")
