"""A thirty-seventh batch: the nine WHOLE plans of batches 35 and 36 (``unseen35``, ``unseen36``; texts in ``plans35/``
and ``plans36/``) laid out again as the PDFs their text was extracted from, and read as a plan office has them — the
PDF (pdfplumber), its ``pdftotext -layout`` text and its plain ``pdftotext`` text — as batch 34 reads its prints.

Each text becomes the HTML an office's Word / HTML document is (``_html``):

- a run of tab-separated lines a real ruled ``<table>``, its first row the header; a line with no tab inside the run
  continues the cell it wrapped from while the row is short of cells or was itself continued (朱鷺ノ森市's SWOT 2×2:
  「強み（Ｓ）」 over its two lines one cell), else it is a row of one cell across (白鷺台市's 「基本方針１　…」 rows in its
  取組一覧); a row of one cell, or of two in a table four or more wide (琴浦野村's 「取組内容 | …」), spans to the right
  edge, a shorter row is filled with empty cells (a ロードマップ row whose last years are blank);
- a table cut by a page break joined again, the header row the text repeats after the break dropped, and the header
  set as ``<thead>`` so that the printer repeats it on each page (白鷺台市's and 朱鷺ノ森市's 取組一覧);
- the first line the title (h1), 「第１章 …」「資料編」「はじめに」「目次」 lines h2 each on a new page, 「１　…」「2.1　…」
  「4.2　…」 short lines h3; 目次 lines, box drawings and the rest paragraphs as written (blanks kept);
- the text's page-break furniture (its page number lines and the running header beside them) dropped, the printer
  making the pages: the running header a print header, the page number at the foot in the plan's own style (「- 5 -」,
  「― 5 ―」, 「5 / 24」, bare 「5」, 「－ 5 －」, 「P.5」, 「（5）」, 朝凪県's title and number);

varied as offices do: 檜山台市's 「4.2　ロードマップ」 on pages of its own in A3 landscape (a named page: the rest A4
portrait); the header row repeated on each page (``<thead>``) in 白鷺台市 and 朱鷺ノ森市; a blank first cell below a
filled one merged into it (rowspan) in 白鷺台市 (its 施策の体系's 基本理念) and 朝凪県 (its 体系図's 基本目標, given once
then blanks); 琴浦野村 printed by LibreOffice Writer (its own header and 「- n -」 footer) instead of Chromium.

``PLANS[name]`` is the text's plan (``unseen35.PLANS``, ``unseen36.PLANS``): the PDF states what the text states. What
the layout changes that a careful reader would see: the pages break elsewhere than the text's (every table whole or
its header repeated, no cell cut), merged cells are printed once (白鷺台市's 基本理念, 朝凪県's 基本目標 — as the text
gives them once), and the page furniture is the printer's — none of it changes a 取組, an indicator, a 担当課 or a year.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

from . import unseen35, unseen36
from .batch_documents import batch_documents
from .docparts import _esc, _page
from .unseen13 import _writer_page


@dataclass(frozen=True)
class Layout:
    """How one plan's text is laid out as its PDF."""

    folder: Path
    text: str  # the text's file name
    footer: str  # the text's page-number line (a pattern)
    header: tuple[str, ...] = ()  # the text's running-header lines beside it, as they begin (stripped)
    print_header: str | None = None  # printed at each page's top
    foot: str = '"- " counter(page) " -"'  # the CSS content of each page's foot
    wide: tuple[str, str] | None = None  # (the heading that opens an A3 landscape part, the heading after it)
    merge: bool = False  # a blank first cell below a filled one merged into it
    thead: bool = False  # every table's header row a <thead> repeated on each page
    writer: bool = False  # printed by LibreOffice Writer, not Chromium
    running: str | None = None  # a running-header line the text gives wherever it stands (a pattern)


_35, _36 = unseen35.FOLDER, unseen36.FOLDER

SHIRASAGIDAI_PDF = "shirasagidai_ichiran_kouteihyou.pdf"
WAKAKUSANO_PDF = "wakakusano_cho_cards.pdf"
HAGINODAI_PDF = "haginodai_outline_maru.pdf"
KOTOURANO_PDF = "kotourano_mura_torikumi_hyo.pdf"
HIYAMADAI_PDF = "hiyamadai_torikumi_roadmap.pdf"
TOKINOMORI_PDF = "tokinomori_ichiran_seika_shihyo.pdf"
YAMABUKINO_PDF = "yamabukino_cho_shisaku_jigyo.pdf"
RINDOUDAI_PDF = "rindoudai_chukan_minaoshi.pdf"
ASANAGI_PDF = "asanagi_ken_gaiyouban.pdf"

LAYOUTS: dict[str, Layout] = {
    SHIRASAGIDAI_PDF: Layout(
        _35, unseen35.SHIRASAGIDAI_TXT, r"- \d+ -", ("白鷺台市ＤＸ推進計画",), "白鷺台市ＤＸ推進計画", merge=True, thead=True
    ),
    WAKAKUSANO_PDF: Layout(_35, unseen35.WAKAKUSANO_TXT, r"― \d+ ―", foot='"― " counter(page) " ―"'),
    HAGINODAI_PDF: Layout(_35, unseen35.HAGINODAI_TXT, r"\d+ / \d+", foot='counter(page) " / " counter(pages)'),
    KOTOURANO_PDF: Layout(
        _35, unseen35.KOTOURANO_TXT, r"- \d+ -", ("琴浦野村ＤＸ推進計画",), "琴浦野村ＤＸ推進計画", writer=True
    ),
    HIYAMADAI_PDF: Layout(
        _35, unseen35.HIYAMADAI_TXT, r"\d+", foot="counter(page)", wide=("4.2　ロードマップ", "第５章　計画の推進")
    ),
    TOKINOMORI_PDF: Layout(
        _36, unseen36.TOKINOMORI_TXT, r"－ \d+ －", ("朱鷺ノ森市ＤＸ推進計画",), "朱鷺ノ森市ＤＸ推進計画",
        foot='"－ " counter(page) " －"', thead=True, running="朱鷺ノ森市ＤＸ推進計画　.+",
    ),
    YAMABUKINO_PDF: Layout(
        _36, unseen36.YAMABUKINO_TXT, r"P\.\d+", ("山吹野町デジタル化推進計画",), "山吹野町デジタル化推進計画",
        foot='"P." counter(page)',
    ),
    RINDOUDAI_PDF: Layout(
        _36, unseen36.RINDOUDAI_TXT, r"（\d+）", ("竜胆台市ＤＸ推進計画【中間見直し版】", "─" * 30),
        "竜胆台市ＤＸ推進計画【中間見直し版】", foot='"（" counter(page) "）"',
    ),
    ASANAGI_PDF: Layout(
        _36, unseen36.ASANAGI_TXT, r"朝凪県デジタル推進計画【概要版】　+\d+",
        foot='"朝凪県デジタル推進計画【概要版】　　　　" counter(page)', merge=True,
    ),
}  # fmt: skip

#: The plans of batches 35 and 36, by the text each PDF is laid out from.
_STATED = {**unseen35.PLANS, **unseen36.PLANS}
_PERIODS = {**unseen35.PERIODS, **unseen36.PERIODS}

#: name → (municipality, the initiatives it states): the text's.
PLANS: dict[str, tuple[str, list[dict[str, Any]]]] = {name: _STATED[lay.text] for name, lay in LAYOUTS.items()}
#: The plan period each document states (fiscal years): the text's.
PERIODS: dict[str, tuple[int, int]] = {name: _PERIODS[lay.text] for name, lay in LAYOUTS.items()}


# --- the text laid out again -------------------------------------------------------------------------------------


def text_of(name: str) -> str:
    """The text the PDF ``name`` is laid out from (batch 35's or 36's)."""
    lay = LAYOUTS[name]
    return (lay.folder / lay.text).read_text(encoding="utf-8")


def _unfurnished(lines: list[str], lay: Layout) -> list[str | None]:
    """The text's lines with its page-break furniture — each page-number line and the running-header lines next to it
    (blank lines between) — replaced by ``None``, a page break."""
    footer = re.compile(lay.footer)
    out: list[str | None] = list(lines)
    breaks = [i for i, line in enumerate(lines) if footer.fullmatch(line.strip())]
    if lay.running:
        out = ["" if re.fullmatch(lay.running, line.strip()) else line for line in lines]
    for i in breaks:
        out[i] = None
        for step in (-1, 1):
            j = i + step
            while 0 <= j < len(lines) and (not lines[j].strip() or (lay.header and lines[j].strip().startswith(lay.header))):
                if lines[j].strip().startswith(lay.header) and j != 0:
                    out[j] = ""
                j += step
    return out


_CHAPTER = re.compile(r"(第[０-９\d]+章|資料編?|はじめに|目\s*次|目　次)(　.*)?")
_SECTION = re.compile(r"([１-９][０-９]?|\d+\.\d+)　\S.{0,28}")


@dataclass
class _Table:
    rows: list[list[str]]
    open_row: bool = False  # the last row was continued or is short of cells

    @property
    def width(self) -> int:
        return max(len(r) for r in self.rows)


def _table_rows(lines: list[str]) -> list[list[str]]:
    """A run of table lines as rows of cells. A line with no tab continues the last cell of a row short of cells or
    already continued (the cell wrapped over lines in the extraction), else it is a row of one cell; a line with tabs
    continues a row already continued and short of cells (its first part the wrapped cell's end), else it starts a
    row."""
    width = max(line.count("\t") + 1 for line in lines)
    rows: list[list[str]] = []
    continued = False
    for line in lines:
        cells = line.split("\t")
        if rows:
            last = rows[-1]
            short = len(last) < width
            if (len(cells) == 1 and (short or continued)) or (len(cells) > 1 and short and continued):
                last[-1] += "\n" + cells[0]
                last.extend(cells[1:])
                continued = True
                continue
        rows.append(cells)
        continued = False
    return rows


def _table_html(rows: list[list[str]], lay: Layout, *, thead: bool) -> str:
    width = max(len(r) for r in rows)
    spans = [[1] * width for _ in rows]
    if lay.merge:
        top = None
        for i, row in enumerate(rows[1:], start=1):
            if row[0].strip():
                top = i
            elif top is not None and len(row) > 1:
                spans[top][0] += 1
                spans[i][0] = 0
    attrs = ' border="1" cellspacing="0" cellpadding="3"' if lay.writer else ""
    out = [f"<table{attrs}>"]
    for i, row in enumerate(rows):
        cells = []
        across = len(row) == 1 or (len(row) == 2 and width >= 4)
        padded = row if across else row + [""] * (width - len(row))
        for col, text in enumerate(padded):
            if spans[i][col] == 0:
                continue
            tag = "th" if i == 0 and thead else "td"
            extra = f' rowspan="{spans[i][col]}"' if spans[i][col] > 1 else ""
            if across and col == len(padded) - 1 and width - col > 1:
                extra += f' colspan="{width - col}"'
            cells.append(f"<{tag}{extra}>{_esc(text)}</{tag}>")
        row_html = "<tr>" + "".join(cells) + "</tr>"
        if i == 0 and thead:
            out.append(f"<thead>{row_html}</thead><tbody>")
        else:
            out.append(row_html)
    out.append("</tbody></table>" if thead else "</table>")
    return "".join(out)


def _body(name: str) -> str:
    """The plan's text as the body of its HTML document."""
    lay = LAYOUTS[name]
    lines = _unfurnished(text_of(name).split("\n"), lay)
    body: list[str] = []
    table: list[str] = []
    header_row: str | None = None
    joined = False  # the line before was a table's
    broken = False  # a page break since the last table line
    first = True
    pages = 0  # the page breaks met
    wide = False

    def flush() -> None:
        nonlocal table, header_row
        if table:
            body.append(_table_html(_table_rows(table), lay, thead=lay.thead))
        table, header_row = [], None

    def breaking(tag: str = "p") -> str:
        return ' style="page-break-before: always"' if lay.writer else ' class="break"' if tag else ""

    for at, line in enumerate(lines):
        if line is None:
            broken = True
            pages += 1
            continue
        if "\t" in line or (joined and line.strip()):
            joined = True
            if table and broken and line == header_row:
                broken = False
                continue  # the header the text repeats after a page break
            if not table:
                header_row = line
            table.append(line)
            broken = False
            continue
        joined = False
        if not line.strip():
            # a blank line ends a table unless a page break comes before the table goes on
            if table:
                ahead = [x for x in lines[at + 1 :] if x is None or x.strip()]
                broken_ahead = broken or bool(ahead and ahead[0] is None)
                rest = [x for x in ahead if x is not None]
                if broken_ahead and rest and "\t" in rest[0]:
                    continue
                flush()
            continue
        flush()
        text = line.strip("　 ") if _CHAPTER.fullmatch(line.strip()) else line
        if first:
            body.append(f"<h1>{_esc(line)}</h1>")
            first = False
        elif _CHAPTER.fullmatch(line.strip()) and "…" not in line and "･" not in line and len(line) < 30:
            if lay.wide and line.strip() == lay.wide[1] and wide:
                body.append("</section>")
                wide = False
            body.append(f"<h2{breaking()}>{_esc(text)}</h2>")
        elif lay.wide and line.strip() == lay.wide[0]:
            body.append(f'<section class="wide"><h3>{_esc(line)}</h3>')
            wide = True
        elif _SECTION.fullmatch(line.strip()) and "。" not in line:
            body.append(f"<h3>{_esc(line)}</h3>")
        else:
            if pages == 1 and broken and not body[-1].startswith("<h2"):
                body.append(f"<p{breaking()}></p>")  # the cover's page
            body.append(f"<p>{_esc(line)}</p>")
        broken = False
    flush()
    if wide:
        body.append("</section>")
    return "".join(body)


def _html(name: str) -> str:
    """The plan ``name`` as the HTML document its office printed: Chromium's page with the running header and the
    page number in the page's margin boxes, or Writer's with its own header and footer."""
    lay = LAYOUTS[name]
    body = _body(name)
    if lay.writer:
        return _writer_page(body, header=lay.print_header)
    css = [
        f"@page {{ @bottom-center {{ content: {lay.foot}; font-size: 9pt; }} }}",
        "p { white-space: pre-wrap; } h1 { margin-top: 40mm; }",
    ]
    if lay.print_header:
        css.append(f'@page {{ @top-center {{ content: "{lay.print_header}"; font-size: 8pt; }} }}')
    if lay.wide:
        css.append("@page wide { size: A3 landscape; } section.wide { page: wide; }")
    return _page(body, size="A4", numbers=False, css=" ".join(css), font="9.5pt")


#: A printed plan: what builds the HTML Chromium prints, or the page Writer lays out (琴浦野村).
CHROMIUM: dict[str, Callable[[], str]] = {name: partial(_html, name) for name, lay in LAYOUTS.items() if not lay.writer}
WRITER: dict[str, Callable[[], str]] = {name: partial(_html, name) for name, lay in LAYOUTS.items() if lay.writer}
PDFS = tuple(LAYOUTS)

_documents = batch_documents(PLANS, chromium=CHROMIUM, writer_html=WRITER)
pdf, expected = _documents[2], _documents[3]
