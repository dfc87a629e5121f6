"""A web page (.html, as a browser saves it) → Document: headings, paragraphs and list items as lines, tables with
their merged cells.

Many municipalities publish their DX plan as a page of their site, or keep its 取組一覧 there beside the PDF: the
plan office saves the page and uploads it. The page is read as a browser shows it: the text of ``<main>`` where the
page marks its content so (else the ``<body>``), without the site's menus, header and footer (``<nav>``,
``<header>``, ``<footer>``, ``<aside>``), scripts, styles, forms' controls and hidden elements; a heading
(``<h1>``–``<h6>``) is a line at its level, a paragraph or a ``<div>``'s text a line, a ``<br>`` a line break, a list
item a line under a 「・」 (numbered as the browser numbers it in an ``<ol>``), a ``<dt>`` and its ``<dd>`` one line
(「担当課：情報政策課」); a table is a table, a line a row, a cell spanning columns (``colspan``) or rows
(``rowspan``) filling the slots it covers with ``origin`` "left" or "above" as the PDF and Word readers give them,
its ``<caption>`` a line above it, a table nested in a cell a table of its own after the row it is in (as
``readers.docx`` reads Word's). Runs of blanks and line breaks in the source are one blank, none between two
Japanese letters (the source breaks its lines anywhere; the page shows none) — but in a page LibreOffice wrote, which
breaks its source lines only where the text has a blank; in a page Microsoft Word or Excel wrote (「Web ページ」), which
breaks them anywhere, none beside a Japanese letter. There Word's list number is read with a full-width blank after
it (its 7-point padding), a bullet it draws in a symbol font as 「・」, a tab it sets out as blanks as a tab; a table's
column that no cell's own text is in (Excel's spacer column) is none, and Excel's text running over empty cells
(``mso-ignore:colspan``) stands in its own cell. A page of frames alone (Excel's book of several sheets) is refused
naming the pages its text is in.

The encoding is the one the page declares (a byte order mark, UTF-16's too, ``<meta charset>`` or ``http-equiv``),
else the one ``text.decode`` finds. Hostile input: more than :data:`MAX_BLOCKS` lines and rows, a table wider than
:data:`MAX_COLUMNS` or a span past the limits gives a ParseError; the parser (``html.parser``, the standard
library's) keeps no tree and follows no reference, so nothing is fetched.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

from ..document import Cell, Document, Location, Table
from ..errors import ParseError
from ..filetypes import UTF16_BOMS
from ..text import decode, lazy_re
from .blocks import Paragraph, document_of
from .svgchart import Chart

#: Most lines and table rows read from one page.
MAX_BLOCKS = 200_000
#: Widest table read, in columns; the most rows one cell spans.
MAX_COLUMNS = 200
MAX_ROWSPAN = 1_000

_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([a-z0-9_\-]+)", re.I)

#: Elements whose content is none of the page's text.
_SKIPPED = frozenset(
    ("script", "style", "noscript", "template", "head", "nav", "header", "footer", "aside", "select", "button",
     "textarea", "svg", "math", "iframe", "object", "noframes")
)  # fmt: skip
#: Elements that end a line before and after them.
_BLOCK = frozenset(
    ("p", "div", "section", "article", "main", "body", "blockquote", "pre", "address", "figure", "figcaption",
     "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "hr", "form", "fieldset", "legend",
     "details", "summary", "center")
)  # fmt: skip
_VOID = frozenset(
    ("br", "hr", "img", "input", "meta", "link", "wbr", "col", "area", "base", "source", "track", "embed",
     "frame")
)  # fmt: skip
_HEADING = {f"h{level}": level for level in range(1, 7)}
#: Elements that hold a part of a page — a card, a section, a chart's frame: a chart and its title are in the same one.
_BOXES = frozenset(
    ("article", "section", "div", "li", "main", "body", "blockquote", "figure", "dd", "td", "th", "details", "form")
)  # fmt: skip
_WIDE = r"[\u3000-\u30ff\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]"
#: A break in the source between two Japanese letters: no blank on the page.
_WIDE_BREAK = lazy_re(rf"(?<={_WIDE})[ \t\r\n]*\n[ \t\r\n]*(?={_WIDE})")
_BLANKS = lazy_re(r"[ \t\r\n\f]+")
#: A page LibreOffice or OpenOffice wrote (its 「generator」): it breaks its source lines at blanks only.
_WRAPS_AT_BLANKS = lazy_re(
    r"<meta\s+name=[\"']?generator[\"']?\s+content=[\"']?(?:LibreOffice|OpenOffice)", re.I
)
#: A page Microsoft Word or Excel wrote (「Web ページ」: its generator, its ``ProgId``): it breaks its source lines
#: anywhere — inside a Japanese word, between a tag and the text beside it — each line after the first of a table's
#: cell indented.
_WRAPS_ANYWHERE = lazy_re(
    r"<meta\s+name=[\"']?(?:generator[\"']?\s+content=[\"']?Microsoft\s+(?:Word|Excel)"
    r"|progid[\"']?\s+content=[\"']?(?:Word\.Document|Excel\.Sheet))",
    re.I,
)
#: In such a page, a break beside a Japanese letter (and the indent after it): no blank on the page (「財務課 (契約室)」
#: broken after its 「(」, 「全窓口*2」 before its 「*2」). A blank written before the break stays one.
_OFFICE_BREAK = lazy_re(rf"(?<={_WIDE})\r?\n[ \t]*|(?<![ \t\r\n])\r?\n[ \t]*(?={_WIDE})")
#: Word's padding after a list paragraph's number (「①」, then 7-point blanks up to the text's indent).
_LIST_PADDING = lazy_re(r"font:\s*7\.0pt\s+\"?Times New Roman", re.I)
#: A tab Word wrote as blanks up to its stop (``mso-tab-count``): how many.
_TAB_COUNT = lazy_re(r"mso-tab-count:\s*(\d+)", re.I)
#: A tab so written, as read: a tab in a paragraph (「担当課\t市民課」, as ``readers.docx`` reads Word's), a blank in a cell.
_TAB = "\x01"
_TABS = lazy_re(rf" ?{_TAB}+ ?")
#: A bullet Word draws with a symbol font (「l」 in Wingdings is ●, 「·」 in Symbol).
_SYMBOL_FONT = lazy_re(r"font-family:\s*\"?(?:Wingdings|Symbol)", re.I)
#: Excel's sheets saved as one page each beside a frameset: their names and pages, in its ``<x:ExcelWorksheet>``.
_EXCEL_SHEETS = lazy_re(r"<x:Name>([^<]*)</x:Name>\s*<x:WorksheetSource\s+HRef=[\"']?([^\"'>\s]+)", re.I)


def read_html(data: bytes) -> Document:
    """The document model of a web page: one page of its lines and tables in order."""
    page = _decoded(data)
    if _WRAPS_AT_BLANKS.search(page[:4096]):
        # its source lines broken where the text had a blank: a blank still (「工業振興課 商業・駅まち振興課」, two 課)
        page = _WIDE_BREAK.sub(" ", page)
    reader = _Reader(office=_WRAPS_ANYWHERE.search(page[:4096]) is not None)
    reader.feed(page)
    reader.close()
    reader.end_line()
    if not any(isinstance(item, Table) or item[1].strip() for item in reader.items):
        if reader.frames:
            raise ParseError(_frames_refused(page, reader.frames))
        raise ParseError(
            "Web ページ（HTML）に本文がありません。計画が載っているページを保存して取り込んでください。"
        )
    return document_of("html", reader.items)


def _frames_refused(page: str, frames: list[str]) -> str:
    """Why a page of frames alone is no plan, and where its text is: the sheets' pages Excel saved a book as (their
    names), else the frames' pages."""
    sheets = _EXCEL_SHEETS.findall(page)
    if sheets:
        named = "、".join(f"{href}（{name}）" for name, href in sheets[:20])
        return (
            "このファイルは Excel がブックを Web ページとして保存したときの枠だけのページで、表はシートごとのページに"
            f"あります: {named}。計画の表があるシートのページ（.htm）を取り込んでください。"
        )
    named = "、".join(dict.fromkeys(frames[:20]))
    return (
        f"このファイルはフレームだけのページで、本文は次のページにあります: {named}。"
        "本文のページを保存して取り込んでください。"
    )


def _decoded(data: bytes) -> str:
    """The page's text in the encoding it declares (a byte order mark, ``<meta charset>``), else as ``decode`` finds."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith(UTF16_BOMS):
        return data[: len(data) // 2 * 2].decode("utf-16", errors="replace")
    declared = _CHARSET.search(data[:4096])
    if declared is not None:
        name = declared.group(1).decode("ascii").lower()
        name = {
            "shift_jis": "cp932",
            "shift-jis": "cp932",
            "sjis": "cp932",
            "x-sjis": "cp932",
            "euc-jp": "euc_jis_2004",
        }.get(name, name)
        try:
            return data.decode(name, errors="replace")
        except LookupError:
            pass  # an encoding no one knows: found from the bytes
    return decode(data)


def _text(raw: str, office: bool = False) -> str:
    """Source text as a page shows it: a break between Japanese letters none (in a page Word or Excel wrote, a break
    beside one), other runs of blanks one blank."""
    if office:
        raw = _OFFICE_BREAK.sub("", raw)
    return _BLANKS.sub(" ", _WIDE_BREAK.sub("", raw))


def _tabs(found: re.Match[str]) -> str:
    return "\t" * found.group().count(_TAB)


def _cell_text(raw: str, office: bool = False) -> str:
    """A cell's text as shown: a line each piece its ``<br>`` and paragraphs set apart (marked ``\\x00``)."""
    pieces = (_TABS.sub(" ", _text(piece, office)).strip() for piece in raw.split("\x00"))
    return "\n".join(piece for piece in pieces if piece)


@dataclass
class _TableBuilder:
    """The rows of one table being read: each cell's text, its spans; or, once it shows itself a page's layout (a
    heading in a cell, a table in a cell of its first row: the menu beside the content), none — its cells are read
    as the page's flow."""

    rows: list[list[tuple[str, int, int]]] = field(default_factory=list)  # (text, colspan, rowspan)
    caption: str = ""
    cell: list[str] | None = None  # the text of the cell being read
    spans: tuple[int, int] = (1, 1)
    runs_over: bool = False  # its text runs over empty cells right of it (Excel's ``mso-ignore:colspan``)
    nested: list[Table] = field(default_factory=list)  # tables read inside the current row
    done: list[Paragraph | Table] = field(default_factory=list)  # what this table gives, in order
    layout: bool = False


class _Reader(HTMLParser):
    def __init__(self, *, office: bool = False) -> None:
        super().__init__(convert_charrefs=True)
        self.office = office  # a page Word or Excel wrote (``_WRAPS_ANYWHERE``)
        self.frames: list[str] = []  # the pages a frameset shows
        self.symbols: list[bool] = []  # the spans open in a page Word wrote: each in a symbol font or not
        self.items: list[Paragraph | Table] = []
        self.line = 0
        self.text: list[str] = []  # the line being read
        self.level: int | None = None
        self.skipping: list[str] = []  # the skipped elements open
        self.hidden: list[str] = []  # the hidden elements open
        self.main_seen = False
        self.in_main = 0
        self.lists: list[list[int] | None] = []  # an <ol>'s next number, None for a <ul>
        self.nests: list[_Nest] = []  # the lists open, innermost last, as ``lists`` (``_heading_item``)
        self.pre = 0
        self.tables: list[_TableBuilder] = []
        self.in_caption = False
        self.chart: Chart | None = None  # an <svg> of the page's flow being read for its 実績 (``svgchart``)
        self.opened = 0  # the elements opened so far: where an element or a heading stands in the page
        self.boxes: list[tuple[str, int]] = []  # the boxes open (``_BOXES``), each with where it opened
        self.heading_at = 0  # where the last heading opened
        self.chart_box: int | None = None  # the box the chart read holds it, opened after the last heading
        self.pending: list[tuple[int, list[str]]] = []  # charts' lines waiting for their box to close, with no title in it

    @property
    def table(self) -> _TableBuilder | None:
        """The table whose cells are being read: the innermost that is no layout."""
        return next((t for t in reversed(self.tables) if not t.layout), None)

    def _in_cell(self) -> bool:
        return (table := self.table) is not None and table.cell is not None

    # -- where text goes ----------------------------------------------------------------------------------------

    def _reading(self) -> bool:
        """Whether text here is the page's: not in a skipped or hidden element, nor outside its ``<main>``."""
        return not self.skipping and not self.hidden and not (self.main_seen and not self.in_main)

    def _add(self, text: str) -> None:
        table = self.table
        if table is None:
            self.text.append(text)
        elif table.cell is not None:
            table.cell.append(text)
        elif self.in_caption:
            table.caption += text
        # (blanks between a table's cells are no cell's)

    def end_line(self) -> None:
        """The line read so far, if it holds text, as a paragraph."""
        if not self.text:
            return
        raw = "".join(self.text)
        self.text = []
        for piece in raw.split("\n") if self.pre else [raw]:
            for part in piece.split("\x00"):  # a <br>
                shown = part.rstrip() if self.pre else _TABS.sub(_tabs, _text(part, self.office)).strip()
                if shown.strip():
                    self._emit((self._next_line(), shown, self.level))

    def _next_line(self) -> int:
        self.line += 1
        if self.line > MAX_BLOCKS:
            raise ParseError(f"Web ページの行・表の行が多すぎます（上限 {MAX_BLOCKS:,}）。")
        return self.line

    def _emit(self, item: Paragraph | Table) -> None:
        """A line or a table of the flow: the page's, or the layout table's it is in (kept in order with the tables
        the layout holds)."""
        holder = next((t for t in reversed(self.tables) if t.layout), None) if self.tables else None
        (holder.done if holder is not None else self.items).append(item)

    def _as_layout(self) -> None:
        """The table being read is the page's layout: what its cells held so far is the flow's, line by line."""
        table = self.table
        assert table is not None
        texts = [text for row in table.rows for text, _, _ in row]
        if table.cell is not None:
            texts.append(_cell_text("".join(table.cell), self.office))
        table.rows, table.cell, table.layout = [], None, True
        for text in texts:
            for piece in text.split("\n"):
                if piece:
                    self._emit((self._next_line(), piece, None))

    # -- the parser's events ------------------------------------------------------------------------------------

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        named = dict(attrs)
        if tag in _VOID:
            self._void(tag, named)
            return
        self.opened += 1
        if tag == "main" or named.get("role") == "main":
            if not self.main_seen:  # the page's content: what came before it was the site's
                self.items.clear()
                self.text = []
                self.line = 0
            self.main_seen = True
            self.in_main += 1
        if tag == "body" and "head" in self.skipping:  # a <head> left open ends here, not a <noframes>
            del self.skipping[self.skipping.index("head") :]
        if self.chart is not None:
            self.chart.start(tag, named)
        elif (
            tag == "svg"
            and not self.skipping
            and not self.hidden
            and self.table is None
            and self._reading()
            and not self._is_hidden(named)
        ):
            self.end_line()
            self.chart = Chart(caption=self._last_line())  # its text skipped, its 実績 read at its end
            # a box opened after the last title (a card whose title may come below the chart): its lines wait for it
            self.chart_box = next((at for _, at in self.boxes if at > self.heading_at), None)
        if self.skipping or tag in _SKIPPED:
            self.skipping.append(tag)
            return
        if self.hidden or self._is_hidden(named) or not self._reading():
            self.hidden.append(tag)
            return
        if tag in _BOXES:
            self.boxes.append((tag, self.opened))
        if tag in _HEADING:
            # a title after a chart in its box (a card's <h3> below its chart): the chart was no chart of the title
            # before it, and is known of none — its lines are dropped
            self.heading_at = self.opened
            self.pending.clear()
        if tag == "span" and self.office:
            style = named.get("style") or ""
            if _LIST_PADDING.search(style):  # the padding after a list's number: a full-width blank, as docx
                self._add("\u3000")
                self.hidden.append(tag)
                return
            if tabs := _TAB_COUNT.search(style):  # a tab's blanks: the tab
                self._add(_TAB * max(1, min(int(tabs.group(1)), 20)))
                self.hidden.append(tag)
                return
            self.symbols.append(_SYMBOL_FONT.search(style) is not None)
        table = self.table
        if (
            table is not None
            and table.cell is not None
            and (tag in _HEADING or tag == "table" and len(table.rows) <= 1 and named.get("role") != "table")
        ):
            self._as_layout()  # a heading in a cell, a table beside the menu: the page's layout
            table = None
        if tag in ("ul", "ol", "menu"):
            self._open_nest(in_flow=table is None)
        elif tag == "li" and self.nests:
            self.nests[-1].items += 1
        if table is None and tag in _BLOCK and tag != "dd":  # (a <dd> goes on its <dt>'s line)
            self.end_line()
        if tag in _HEADING and table is None:
            self.level = _HEADING[tag]
        elif tag == "pre":
            self.pre += 1
        elif tag in ("ul", "ol", "menu"):
            self.lists.append([_start(named)] if tag == "ol" else None)
        elif tag == "li":
            self._add(self._bullet())
        elif tag == "dd":
            self._add("：" if table is None else " ")
        elif tag in ("p", "div", "dt") and table is not None and table.cell:
            self._add("\x00")
        elif tag == "table":
            self.end_line()
            self.tables.append(_TableBuilder(layout=named.get("role") in ("presentation", "none")))
        elif tag == "caption" and table is not None:
            self.in_caption = True
        elif tag == "tr" and table is not None:
            table.rows.append([])
        elif tag in ("td", "th") and table is not None:
            if not table.rows:
                table.rows.append([])
            table.cell = []
            table.spans = (_span(named.get("colspan"), MAX_COLUMNS), _span(named.get("rowspan"), MAX_ROWSPAN))
            table.runs_over = "mso-ignore:colspan" in re.sub(r"\s", "", named.get("style") or "").lower()
        elif tag in ("td", "th"):
            self.end_line()  # a layout table's cell: a block of the flow

    def _void(self, tag: str, attrs: dict[str, str | None]) -> None:
        if tag == "frame":  # a frameset's page (not Excel's bar of sheet tabs)
            src = (attrs.get("src") or "").strip()
            if src and not src.lower().endswith("tabstrip.htm"):
                self.frames.append(src)
            return
        if not self._reading():
            return
        if tag == "br":
            self._add("\x00")
        elif tag == "hr" and self.table is None:
            self.end_line()

    def handle_endtag(self, tag: str) -> None:
        if tag == "span" and self.symbols and not self.skipping and not self.hidden:
            self.symbols.pop()
        elif tag in _BLOCK or tag in ("td", "th"):
            self.symbols.clear()
        if tag == "main" and self.in_main:
            self.in_main -= 1
            self.end_line()
        if self.chart is not None:
            self.chart.end(tag)
        if self.skipping or self.hidden:
            stack = self.skipping or self.hidden
            if stack[-1] == tag:
                stack.pop()
            elif tag in stack:  # an element left open inside: closed with it
                del stack[stack.index(tag) :]
            # the chart's <svg> closed: its 実績, a line a year
            if self.chart is not None and not self.skipping:
                lines = self.chart.lines()
                if self.chart_box is None:  # after the title in its box
                    self._emit_lines(lines)
                elif lines:
                    self.pending.append((self.chart_box, lines))
                self.chart = None
            return
        if tag in _BOXES and any(name == tag for name, _ in self.boxes):
            at = len(self.boxes) - 1 - [name for name, _ in self.boxes][::-1].index(tag)
            closed = {opened for _, opened in self.boxes[at:]}
            del self.boxes[at:]
            waiting = [lines for box, lines in self.pending if box in closed]
            if waiting:  # a chart's box closed with no title after the chart: its lines
                self.pending = [(box, lines) for box, lines in self.pending if box not in closed]
                self.end_line()
                for lines in waiting:
                    self._emit_lines(lines)
        table = self.table
        if tag == "table" and self.tables:
            if table is not None and table is self.tables[-1]:
                self._end_cell()
                self._end_row()
            self.end_line()
            self._end_table()
        elif table is not None and tag in ("td", "th"):
            self._end_cell()
        elif table is not None and tag == "tr":
            self._end_cell()
            self._end_row()
        elif tag == "caption":
            self.in_caption = False
        elif table is not None:
            if tag in ("p", "div", "li", "dd") and table.cell:
                self._add("\x00")
        elif tag in _HEADING:
            self.end_line()
            self.level = None
        elif tag == "pre":
            self.end_line()
            self.pre = max(0, self.pre - 1)
        elif tag in ("ul", "ol", "menu") and self.lists:
            self.end_line()
            self.lists.pop()
            if self.nests:
                self._heading_item(self.nests.pop())
        elif tag == "dt":
            pass  # its <dd> goes on the same line
        elif tag in _BLOCK or tag in ("td", "th"):
            self.end_line()

    def handle_data(self, data: str) -> None:
        if self.chart is not None:
            self.chart.data(data)
        if self._reading():
            if any(self.symbols) and len(data.strip()) == 1 and self._starts_paragraph():
                data = "・"  # a list's bullet Word draws in a symbol font (「l」 in Wingdings)
            self._add(data)

    def _emit_lines(self, lines: list[str]) -> None:
        for line in lines:
            self._emit((self._next_line(), line, None))

    def _last_line(self) -> str:
        """The text of the flow's last line, if the last thing read is a line (a chart's caption 「実績の推移」)."""
        holder = next((t for t in reversed(self.tables) if t.layout), None) if self.tables else None
        flow = holder.done if holder is not None else self.items
        return flow[-1][1] if flow and isinstance(flow[-1], tuple) else ""

    def _starts_paragraph(self) -> bool:
        """Whether no text is read yet of the paragraph (or the cell's paragraph) being read."""
        table = self.table
        read = table.cell if table is not None and table.cell is not None else self.text
        for piece in reversed(read):  # back to the paragraph's start only, not the whole page's text
            _, start, tail = piece.rpartition("\x00")
            if tail.strip():
                return False
            if start:
                return True
        return True

    # -- tables -------------------------------------------------------------------------------------------------

    def _end_cell(self) -> None:
        table = self.table
        if table is None or table.cell is None:
            return
        text = _cell_text("".join(table.cell), self.office)
        colspan, rowspan = table.spans
        if table.runs_over:  # Excel's: a cell, and the empty cells its text is shown over
            table.rows[-1] += [(text, 1, rowspan)] + [("", 1, 1)] * (colspan - 1)
        else:
            table.rows[-1].append((text, colspan, rowspan))
        table.cell = None

    def _end_row(self) -> None:
        """A row ends; a table nested in it is a table of its own after the rows so far (``readers.docx``)."""
        table = self.table
        if table is None or not table.nested:
            return
        self._flush(table)
        table.done += table.nested
        table.nested = []

    def _flush(self, table: _TableBuilder) -> None:
        """The rows read so far as a table, after the caption, if any."""
        if table.caption.strip():
            caption = _TABS.sub(" ", _text(table.caption, self.office)).strip()
            table.done.append((self._next_line(), caption, None))
            table.caption = ""
        found = _grid(table.rows, self.line + 1)
        if found is not None:
            table.done.append(found)
            for _ in found.rows:
                self._next_line()
        table.rows = []

    def _end_table(self) -> None:
        table = self.tables.pop()
        if not table.layout:
            self._flush(table)
        outer = self.table
        if outer is not None and outer.cell is not None:  # a nested table: the outer row's
            outer.nested += [item for item in table.done if isinstance(item, Table)]
        else:
            for item in table.done:
                self._emit(item)

    def _open_nest(self, in_flow: bool) -> None:
        """A list opens: if it opens in a 「・」 item whose text is still being read (its text before the list), that
        item's line is ended here and kept where it went, for ``_heading_item`` to decide on when the list closes; the
        item it opens in is marked as holding a list. A list in a table's cell is kept track of (each list's close
        pops its own), no line of the flow nor an item's list."""
        head: tuple[list[Paragraph | Table], int] | None = None
        if in_flow and self.lists and self.text and self.text[0] == "・" and "".join(self.text[1:]).strip():
            self.end_line()
            holder = next((t for t in reversed(self.tables) if t.layout), None) if self.tables else None
            flow = holder.done if holder is not None else self.items
            head = (flow, len(flow) - 1) if flow and isinstance(flow[-1], tuple) else None
        if in_flow and self.nests and self.nests[-1].marked != self.nests[-1].items:  # (an item holding two lists: counted once)
            self.nests[-1].held += 1
            self.nests[-1].marked = self.nests[-1].items
        self.nests.append(_Nest(head))

    def _heading_item(self, nest: _Nest) -> None:
        """A list nested in a 「・」 item, each of whose items holds a list of its own (「基本方針1　…」 over 「1-1　電子申請の
        拡充」 items, each over its 「担当課：…」「成果指標：…」), is an outline, no list of items: the item over it and
        each of its items are headings, their lines without their 「・」, as the page's print gives them (the browser
        draws the bullets, no text), so that the 取組 under a 基本方針 are read as 取組, the leaves under each as its
        fields. A list of 取組 each over its 「KPI：…」「担当課：…」, in no item (under an ``<h2>``), or with leaf items
        among them (「1-3　スマホ教室（生涯学習課）」), is a list: its items keep their 「・」, as each 取組's siblings do.
        Only an item whose text came before its list, and only a 「・」 (an ``<ol>``'s number is kept: it may be the
        取組's code)."""
        if self.nests and nest.head is not None:
            self.nests[-1].heads.append(nest.head)  # (the item this list opened in: its list decides on it)
        if nest.head is None or nest.items == 0 or nest.held < nest.items:
            return
        for flow, at in [nest.head, *nest.heads]:
            if at < len(flow) and isinstance(item := flow[at], tuple):  # (a <main> opened since clears the flow)
                flow[at] = (item[0], item[1].removeprefix("・"), item[2])

    def _bullet(self) -> str:
        if not self.lists or self.lists[-1] is None:
            return "・"
        counter = self.lists[-1]
        counter[0] += 1
        return f"{counter[0] - 1}. "

    @staticmethod
    def _is_hidden(attrs: dict[str, str | None]) -> bool:
        style = re.sub(r"\s", "", attrs.get("style") or "").lower()
        return "hidden" in attrs or attrs.get("aria-hidden") == "true" or "display:none" in style


@dataclass
class _Nest:
    """A list open: the line of the 「・」 item it opened in, outside tables (its flow and where in it; None for none),
    its items so far, how many of them held a list of their own and the last that did, and the lines of its 「・」 items
    over those lists (``_Reader._heading_item``)."""

    head: tuple[list[Paragraph | Table], int] | None
    heads: list[tuple[list[Paragraph | Table], int]] = field(default_factory=list)
    items: int = 0
    held: int = 0
    marked: int = 0


def _start(attrs: dict[str, str | None]) -> int:
    try:
        return max(0, min(int(attrs.get("start") or 1), 10**6))
    except ValueError:
        return 1


def _span(raw: str | None, limit: int) -> int:
    """A cell's colspan or rowspan as browsers read it: a whole number from 1, 1 for anything else."""
    try:
        value = int((raw or "1").strip())
    except ValueError:
        return 1
    if value > limit:
        raise ParseError(f"Web ページの表のセルの結合が大きすぎます（{value}、上限 {limit}）。")
    return max(1, value)


def _grid(rows: list[list[tuple[str, int, int]]], line: int) -> Table | None:
    """The rows' cells on a grid, spans filled (``origin`` left / above); None for rows of no text."""
    grid: list[list[Cell]] = []
    below: dict[tuple[int, int], str] = {}  # slots a cell above spans into: its text
    for r, row in enumerate(rows):
        out: list[Cell] = []
        column = 0
        cells = iter(row)
        while True:
            while (r, column) in below:
                out.append(Cell(below.pop((r, column)), "above"))
                column += 1
            cell = next(cells, None)
            if cell is None:
                break
            text, colspan, rowspan = cell
            for c in range(colspan):
                out.append(Cell(text, "own" if c == 0 else "left"))
                for down in range(1, rowspan):
                    if r + down < len(rows):
                        below[(r + down, column + c)] = text
            column += colspan
            if column > MAX_COLUMNS:
                raise ParseError(f"Web ページの表の列が多すぎます（上限 {MAX_COLUMNS} 列）。", line=line + r)
        grid.append(out)
    if not any(cell.text.strip() for row in grid for cell in row):
        return None
    # as wide as the widest row's last cell with text: a sheet saved as a page keeps empty columns at its right
    width = max(at + 1 for row in grid for at, cell in enumerate(row) if cell.text.strip())
    grid = [row[:width] + [Cell("") for _ in range(width - len(row))] for row in grid]
    # a column no cell of its own has text in is a sheet's spacer (Excel's narrow column A, a gap between blocks):
    # none, a span over it one column narrower
    kept = [
        at for at in range(width) if any(row[at].origin != "left" and row[at].text.strip() for row in grid)
    ]
    if len(kept) < width:
        grid = [[row[at] for at in kept] for row in grid]
    return Table(
        rows=grid,
        location=Location(line=line),
        row_locations=[Location(line=line + at) for at in range(len(grid))],
    )
