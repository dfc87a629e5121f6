"""Plans written in Word (.docx) as a plan office writes them: a paragraph a line of the text (blank paragraphs
between, as typed), rows of cells set apart by tabs as a Word table, a form feed as a page break."""

from __future__ import annotations

import io

import docx


def word_document(text: str) -> bytes:
    """``text`` as a Word document."""
    document = docx.Document()
    rows: list[list[str]] = []

    def table() -> None:
        if not rows:
            return
        width = max(len(row) for row in rows)
        made = document.add_table(rows=len(rows), cols=width)
        made.style = "Table Grid"
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                made.cell(r, c).text = value
        rows.clear()

    for line in text.replace("\r", "").split("\n"):
        if "\f" in line:
            table()
            document.add_page_break()
            line = line.replace("\f", "")
        if "\t" in line:
            rows.append(line.split("\t"))
            continue
        table()
        document.add_paragraph(line)
    table()
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()
