"""The sample plans as other extractions give them, for the layouts' robustness tests.

Each function takes a sample text and returns it as a municipality's plan may reach shinchoku
from another tool:

- :func:`with_furniture`: page furniture every ~45 lines — a footer, a page number
  (「- 12 -」 or 「12/40」) and a running header with the plan title — wherever the page
  breaks, inside cards and tables too (what a plain ``pdftotext`` leaves between pages);
- :func:`viewer_copy`: as copied out of a PDF viewer, where a table's cells are separated by
  one space (``cells="spaces"``) or stand on lines of their own (``cells="lines"``) instead
  of tabs; markdown pipe rows lose their pipes the same way;
- :func:`extracted`: ``pdftotext`` (``layout=True`` or plain) of the sample printed to PDF by
  Chromium (tests/importers/samplepdf.py), cached per session.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from pathlib import Path

from . import samplepdf

SAMPLES = Path(__file__).resolve().parents[2] / "samples" / "plans"
LAYOUTS = ("nobeoka", "onojo", "hita", "izunokuni", "shibata")

#: A markdown rule row (|---|:--|), which a viewer never shows.
_PIPE_RULE = re.compile(r"^\s*\|[\s|:\-]*\|\s*$")


def sample(layout: str) -> str:
    return (SAMPLES / f"{layout}.txt").read_text(encoding="utf-8")


def with_furniture(text: str, title: str, *, every: int = 45, footer: str = "") -> str:
    """``text`` with a page break every ``every`` lines: footer, page number, running header.

    Page numbers alternate between 「- N -」 and 「N/40」 as different offices print them; the
    footer (when given) is the municipality's name or the office that wrote the plan.
    """
    lines = text.split("\n")
    out: list[str] = []
    page = 1
    for index, line in enumerate(lines, start=1):
        out.append(line)
        if index % every == 0 and index < len(lines):
            if footer:
                out.append(footer)
            out.append(f"- {page} -" if page % 2 else f"{page}/40")
            out.append(title)
            page += 1
    return "\n".join(out)


def _row_cells(line: str) -> list[str] | None:
    if "\t" in line:
        return line.split("\t")
    stripped = line.strip()
    if stripped.startswith("|") and stripped.endswith("|") and len(stripped) > 1:
        return [cell.strip() for cell in stripped[1:-1].split("|")]
    return None


def viewer_copy(text: str, *, cells: str = "spaces") -> str:
    """``text`` as a PDF viewer's copy gives it: no tabs, no pipes.

    ``cells="spaces"``: each table row is one line, its cells joined by single spaces (empty
    cells leave no trace but their blank). ``cells="lines"``: every non-empty cell of a row on a
    line of its own.
    """
    out: list[str] = []
    for line in text.split("\n"):
        if _PIPE_RULE.match(line):
            continue
        row = _row_cells(line)
        if row is None:
            out.append(line)
        elif cells == "spaces":
            out.append(" ".join(cell.strip() for cell in row).rstrip())
        else:
            out.extend(cell.strip() for cell in row if cell.strip())
    return "\n".join(out)


@cache
def extracted(layout: str, *, pdf_layout: bool) -> str:
    """pdftotext of the sample printed to PDF (A4, running header and page numbers)."""
    how = samplepdf.Print(running_header=None, page_numbers=True)
    pdf = samplepdf.sample_pdf(SAMPLES / f"{layout}.txt", how)
    return samplepdf.pdftotext(pdf, layout=pdf_layout)


_TO_FULL = str.maketrans(
    {chr(c): chr(c + 0xFEE0) for c in range(0x21, 0x7F) if chr(c) not in "\t|-#<>/*^{}_\\"}
)


def other_width(text: str, *, full: bool) -> str:
    """``text`` as another office's software writes its letters and digits: all half-width
    (NFKC, as a text export flattens 「ＫＰＩ」「１２手続」「（」) or all full-width (digits, Latin
    letters and brackets as a Japanese IME types them); tabs, pipes and markup stay."""
    if full:
        return text.translate(_TO_FULL)
    return "\n".join(unicodedata.normalize("NFKC", line) for line in text.split("\n"))
