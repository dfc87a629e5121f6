"""Word document (.docx) → Document, with python-docx: paragraphs as text lines, tables with their merged cells.

Most plans are written in Word before they are published as PDF, and the plan office often has the .docx. Its body
is read in order: each paragraph a line (a line break inside it starts another; a heading style gives the line its
level), each table a table, a line a row (so that the preview and warnings tell its 取組 apart) — a cell merged
across columns (``gridSpan``) or down rows (``vMerge``) fills the slots it covers, ``origin`` "left" or "above" as
the PDF reader gives them. A table nested in a cell (a card's 成果指標 cell holding its KPI table) is a table of its
own after the card's rows up to it. A text box's paragraphs and tables follow the paragraph it is anchored in.
Running headers and footers live in their own parts of the file and are not read: they are no content.

Word numbers headings and lists itself (「第１章」「(1)」「①」 of a numbered style) without writing the numbers into
the text: each such paragraph is given the number Word prints before it (``docx_numbering``), so that a 取組
numbered that way keeps its code and an outline its levels; a note says how many were. python-docx is imported
only here, when a .docx arrives.

Hostile input: a damaged file, more than :data:`MAX_BLOCKS` paragraphs and tables or a table wider than
:data:`MAX_COLUMNS` gives a ParseError; so does a file whose parts would inflate past :data:`MAX_UNCOMPRESSED` or
number more than :data:`MAX_PARTS` (a zip bomb), told before python-docx inflates any of them.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import Any

from ..document import Cell, Document, Location, Origin, Table
from ..errors import ParseError, refusal
from ..labels import is_known
from ..text import lazy_re
from .blocks import document_of
from .docx_numbering import Numbering

#: Most paragraphs and tables read from one document (a 総合計画 of hundreds of pages has tens of thousands).
MAX_BLOCKS = 200_000
#: Widest table read, in columns.
MAX_COLUMNS = 200
#: The most a document's parts may inflate to together (a plan of a thousand pages, its pictures with it, is some tens of
#: megabytes), and the most parts: a zip bomb named .docx is refused by them before it is inflated.
MAX_UNCOMPRESSED = 100 * 1024 * 1024
MAX_PARTS = 5_000

#: The heading styles' names (English and the Japanese Word's): 「Heading 2」「見出し 2」.
_HEADING = lazy_re(r"^(?:Heading|見出し)\s*(\d)$")
#: A .docx python-docx cannot open (cut short in a download, saved by a tool that broke it, or
#: another file renamed .docx): what it is and what to do, with no word of the library's error.
UNREADABLE = (
    "Word 文書（.docx）を開けません。ファイルが壊れているか、Word 文書ではありません。"
    "Word で開けるか確かめ、開ける場合は「名前を付けて保存」で Word 文書（.docx）として保存し直すか、"
    "PDF に印刷したものを取り込んでください。"
)

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _check_size(data: bytes) -> None:
    """Refuse a document whose parts would inflate past the limits, by the sizes its zip directory states (a part is
    never inflated past the size stated): nothing is inflated here."""
    import zipfile

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            parts = archive.infolist()
    except Exception as exc:  # no zip directory (a download cut short): python-docx cannot open it either
        raise refusal(UNREADABLE, exc) from None
    if len(parts) > MAX_PARTS:
        raise ParseError(
            f"Word 文書の構成ファイルが多すぎます（上限 {MAX_PARTS:,} 個）。PDF に印刷したものを取り込んでください。"
        )
    if sum(part.file_size for part in parts) > MAX_UNCOMPRESSED:
        raise ParseError(
            f"Word 文書が展開後 {MAX_UNCOMPRESSED // (1024 * 1024)} MB を超えます。"
            "画像を減らして保存し直すか、PDF に印刷したものを取り込んでください。"
        )


def read_docx(data: bytes) -> Document:
    """The document model of a .docx: one page of its paragraphs and tables in order."""
    import docx  # python-docx: only for a Word document
    from docx.table import Table as WordTable
    from docx.text.paragraph import Paragraph

    _check_size(data)
    try:
        word = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises many kinds for a damaged file
        raise refusal(UNREADABLE, exc) from None
    items: list[tuple[int, str, int | None] | Table] = []  # paragraphs' lines (line, text, level) and tables in order
    numbering = Numbering(word)
    numbered = 0
    line = 0
    for count, element in enumerate(_body(word.element.body)):
        if count >= MAX_BLOCKS:
            raise ParseError(f"Word 文書の段落・表が多すぎます（上限 {MAX_BLOCKS:,}）。")
        if element.tag == f"{_W}p":
            paragraph = Paragraph(element, word)
            level = _level(paragraph)
            text = paragraph_text(element)
            number = numbering.number(paragraph) if text.strip() else None
            if number:  # 「(1)」 Word sets before the paragraph: its text, as printed
                text = f"{number}\u3000{text.lstrip()}"
                numbered += 1
            for piece in text.split("\n"):
                line += 1
                items.append((line, piece.rstrip(), level))
        elif element.tag == f"{_W}tbl":
            found, line = _tables(WordTable(element, word), line)
            items += found
    document = document_of("docx", items)
    if numbered:
        document.notes.append(
            (Location(line=1), f"Word の自動番号（段落番号・箇条書き）{numbered} か所を、印刷される番号として読みました。")
        )
    return document


def _body(body: Any) -> Iterator[Any]:
    """The body's paragraphs and tables in order, those inside a content control (``w:sdt``: a form's fields, a
    目次 Word made) too, and those of a text box after the paragraph it is anchored in (a plan sets each 取組's
    【担当】【ＫＰＩ】【工程】 in a box under its heading: left out, the document was refused as holding no plan)."""
    for element in body.iterchildren():
        if element.tag == f"{_W}sdt":
            content = element.find(f"{_W}sdtContent")
            if content is not None:
                yield from _body(content)
        else:
            yield element
            if element.tag == f"{_W}p":
                for box in _text_boxes(element):
                    yield from _body(box)


_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


def _text_boxes(paragraph: Any) -> Iterator[Any]:
    """The contents (``w:txbxContent``) of the text boxes drawn in ``paragraph``, each once: Word writes a box twice,
    as a DrawingML shape and (in ``mc:Fallback``) as its VML copy; a box inside a box is read with the outer one."""
    for box in paragraph.iter(f"{_W}txbxContent"):
        ancestor = box.getparent()
        while ancestor is not None and ancestor is not paragraph:
            if ancestor.tag in (_MC_FALLBACK, f"{_W}txbxContent"):
                break
            ancestor = ancestor.getparent()
        if ancestor is paragraph:
            yield box


def _level(paragraph: Any) -> int | None:
    """1, 2 … for a paragraph in a heading style, None for body text."""
    style = getattr(paragraph.style, "name", None) or ""
    found = _HEADING.match(style.strip())
    return int(found.group(1)) if found else (1 if style == "Title" else None)


def _tables(table: Any, line: int) -> tuple[list[tuple[int, str, int | None] | Table], int]:
    """The table as read, and the last line it takes (a line a row, so that the preview and warnings tell the
    取組 of one table apart).

    A table nested in a cell (a card's 成果指標 cell holding a table of 指標名 | 現状値 | R7目標 …) is a table of
    its own: the card is read up to that row (its label 「成果指標」 and the cell's own text) and the nested table
    after it, as a PDF or a text of the card sets them one under another."""
    out: list[tuple[int, str, int | None] | Table] = []
    rows: list[Any] = []
    read: list[Any] = []  # the nested tables read (a cell merged down holds its table in every row it covers)
    header = _listed(table)

    def flush() -> None:
        nonlocal line
        if header is not None and rows and rows[0] is not header:
            rows.insert(0, header)
        found = _table(rows, line + 1)
        if found is not None:
            out.append(found)
            line += len(found.rows)
        rows.clear()

    above: list[Any] = []  # the cells of the row read with its nested tables
    for row in table.rows:
        if above and all(any(cell._tc is other._tc for other in above) for cell in row.cells):
            continue  # the rest of that row's cells merged down: read with it
        above = []
        rows.append(row)
        nested = [inner for cell in _distinct(row.cells) for inner in cell.tables]
        nested = [inner for inner in nested if not any(inner._tbl is done._tbl for done in read)]
        if not nested:
            continue
        flush()
        above = row.cells
        for inner in nested:
            read.append(inner)
            found, line = _tables(inner, line)
            out += found
    flush()
    return out, line


def _listed(table: Any) -> Any | None:
    """The header row of a list each of whose rows under it holds a table (a 取組一覧 「番号 | 取組名 | 担当課 | 成果
    指標」 whose every 成果指標 cell holds its 「指標名 | 目標値」 table), None for any other table (a card 「取組名 |
    電子申請の拡充」 over 「成果指標 | (a table)」「年次計画 | (a table)」: its first row no row of labels). Cut below
    each such row, each part of the list keeps the header, so that every row is read as a 取組 under its labels, no
    row a part with no header."""
    rows = list(table.rows)
    if len(rows) < 3 or not all(is_known(text) for cell in _distinct(rows[0].cells) if (text := _cell_text(cell))):
        return None
    return rows[0] if all(any(cell.tables for cell in _distinct(row.cells)) for row in rows[1:]) else None


def _distinct(cells: list[Any]) -> list[Any]:
    """A row's cells, a merged cell once (python-docx gives it for each slot it covers)."""
    out: list[Any] = []
    for cell in cells:
        if not any(cell._tc is other._tc for other in out):
            out.append(cell)
    return out


def _table(rows_: list[Any], line: int) -> Table | None:
    """The rows' cells, merged cells expanded; None for rows of no text."""
    rows: list[list[Cell]] = []
    seen: list[list[Any]] = []  # the Word cell (its XML element) of each slot
    for row in rows_:
        cells = row.cells
        if len(cells) > MAX_COLUMNS:
            raise ParseError(f"Word 文書の表の列が多すぎます（上限 {MAX_COLUMNS} 列）。", line=line)
        out: list[Cell] = []
        elements: list[Any] = []
        for at, cell in enumerate(cells):
            element = cell._tc
            origin: Origin = "own"
            if at and elements[at - 1] is element:
                origin = "left"
            elif seen and at < len(seen[-1]) and seen[-1][at] is element:
                origin = "above"
            out.append(Cell(_cell_text(cell), origin))
            elements.append(element)
        rows.append(out)
        seen.append(elements)
    if not any(cell.text.strip() for row in rows for cell in row):
        return None
    width = max(len(row) for row in rows)
    rows = [row + [Cell("") for _ in range(width - len(row))] for row in rows]
    return Table(
        rows=rows, location=Location(line=line), row_locations=[Location(line=line + at) for at in range(len(rows))]
    )


def _cell_text(cell: Any) -> str:
    """A cell's own paragraphs, a line each (a table nested in it is read after the row: ``_tables``)."""
    return "\n".join(paragraph_text(paragraph._p) for paragraph in cell.paragraphs).strip()


#: What a paragraph's text leaves out: what a reviewer deleted (tracked, not yet accepted) and text boxes drawn in it
#: (their own paragraphs, set apart from the line they are anchored in).
_NOT_TEXT = (f"{_W}del", f"{_W}moveFrom", f"{_W}txbxContent")


def paragraph_text(paragraph: Any) -> str:
    """A paragraph's text as printed: its runs' text in order — inserted text of tracked changes too, deleted text
    not (python-docx's ``Paragraph.text`` reads only the paragraph's own runs) — tabs and line breaks as written."""
    skipped: set[Any] = set()
    for tag in _NOT_TEXT:
        for element in paragraph.iter(tag):
            skipped.update(element.iter())
    out: list[str] = []
    for element in paragraph.iter(f"{_W}t", f"{_W}tab", f"{_W}br", f"{_W}cr"):
        if element in skipped:
            continue
        if element.tag == f"{_W}t":
            out.append(element.text or "")
        elif element.tag == f"{_W}tab":
            out.append("\t")
        elif element.get(f"{_W}type") in (None, "textWrapping"):
            out.append("\n")  # a line break (a page break starts no new line of text)
    return "".join(out)
