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
        # row by row: ``made.cell(r, c)`` lays out the whole table on every call (延岡市's plan took 14 s to write)
        for cells, row in zip(made.rows, rows, strict=True):
            for cell, value in zip(cells.cells, row, strict=False):
                cell.text = value
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


_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def numbered_word_document(paragraphs: list[tuple[int | None, str]], levels: list[tuple[str, str]]) -> bytes:
    """A document whose numbered paragraphs Word numbers itself: ``paragraphs`` (list level or None, text) and the
    list's ``levels`` (numFmt, lvlText) as a multilevel list style defines them — 「基本目標%1」「(%2)」「%3」."""
    from docx.oxml import parse_xml

    document = docx.Document()
    numbering = document.part.numbering_part.element
    lvls = "".join(
        f'<w:lvl w:ilvl="{at}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/></w:lvl>'
        for at, (fmt, text) in enumerate(levels)
    )
    numbering.insert(0, parse_xml(f'<w:abstractNum xmlns:w="{_W}" w:abstractNumId="90">{lvls}</w:abstractNum>'))
    numbering.append(parse_xml(f'<w:num xmlns:w="{_W}" w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
    for level, text in paragraphs:
        paragraph = document.add_paragraph(text)
        if level is not None:
            properties = paragraph._p.get_or_add_pPr()
            properties.append(
                parse_xml(f'<w:numPr xmlns:w="{_W}"><w:ilvl w:val="{level}"/><w:numId w:val="90"/></w:numPr>')
            )
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()
