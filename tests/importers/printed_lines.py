"""Lines of column-aligned text as ``pdftotext -layout`` prints a table, for tests that write such text by hand."""

from __future__ import annotations


def line_at(*cells: tuple[int, str]) -> str:
    """A printed line: each text at its character position (pdftotext's grid: a kanji one place), at least one blank
    after the text before it."""
    out = ""
    for at, text in cells:
        assert at > len(out) or not out, (at, out)
        out = out.ljust(at) + text
    return out
