"""A document of paragraphs and tables in order — a Word file's body, a web page's — as the document model: the
paragraphs between two tables read as a text is (rows set apart by tabs or full-width blanks, a 目次, page numbers
typed into the body), each table as it stands, each block at the line it takes in the rendered text."""

from __future__ import annotations

from ..document import Document, Line, Location, Page, Table
from ..text import page_furniture

#: A paragraph's line as read: (line in the rendered text, text, heading level or None).
Paragraph = tuple[int, str, int | None]


def document_of(kind: str, items: list[Paragraph | Table]) -> Document:
    """One page of ``items`` in order. A PDF's text pasted into the file keeps its page numbers and running headers
    amid the paragraphs: they are told over the whole body, as in a text (a table stands as an empty line), and
    left out with a note."""
    document = Document(kind=kind, pages=[Page(number=1)])
    dropped = page_furniture(["" if isinstance(item, Table) else item[1] for item in items])
    run: list[Paragraph] = []
    for at, item in enumerate(items):
        if isinstance(item, Table):
            _paragraphs(document, run)
            document.pages[0].blocks.append(item)
        elif at not in dropped:
            run.append(item)
    _paragraphs(document, run)
    if dropped:
        document.notes.append(
            (
                Location(line=1),
                f"ページ番号や柱（ヘッダー・フッター）と見られる段落 {len(dropped)} 行を除きました。",
            )
        )
    return document


def _paragraphs(document: Document, run: list[Paragraph]) -> None:
    """The paragraphs between two tables as a text is read (``readers.text``), each block at its paragraph's line;
    ``run`` is emptied."""
    if not run:
        return
    from .text import read_text

    lines = [number for number, _, _ in run]
    levels = {number: level for number, _, level in run if level is not None}
    read = read_text("\n".join(text for _, text, _ in run))
    run.clear()

    def at(where: Location) -> Location:
        index = (where.line or 1) - 1
        return Location(line=lines[min(index, len(lines) - 1)])

    for block in read.blocks():
        if isinstance(block, Line):
            where = at(block.location)
            document.pages[0].blocks.append(
                Line(block.text, where, block.level or levels.get(where.line or 0))
            )
        elif isinstance(block, Table):
            block.location = at(block.location)
            block.row_locations = [at(row) for row in block.row_locations]
            document.pages[0].blocks.append(block)
        else:
            document.pages[0].blocks.append(block)
    document.notes += [(at(where), note) for where, note in read.notes]
