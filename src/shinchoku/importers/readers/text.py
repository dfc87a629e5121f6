"""Plain text (as extracted from a PDF) → Document.

Runs of lines with cells separated by tabs, or written as markdown pipe rows, become one
:class:`Table`; every other non-empty line is a :class:`Line`. A form feed (``\\f``, which
``pdftotext`` writes between pages) starts a new page. Each block is located by its source line.

Page furniture is dropped before anything else, by the rule the layouts use too
(``text.page_furniture``): page numbers such as 「- 12 -」「12 / 40」「P.12」 and the running
headers or footers next to them. They are dropped even inside a table or a card, so that the
rows on either side of a page break join up again, and each kind is noted once.
"""

from __future__ import annotations

import csv
import itertools
import re

from .. import furniture
from ..document import Cell, Document, Line, Location, Page, Table
from ..text import lazy_re, page_furniture

_PIPE_RULE = set("|-: ")
#: A line break written into a markdown-pipe cell: 「<br>」「<br/>」「<BR />」.
_PIPE_BREAK = lazy_re(r"[ \t]*<br\s{0,3}/?>[ \t]*", re.IGNORECASE)
#: A markdown heading: 「# 計画名」「## 基本目標1 市民サービスの向上」.
_MARKDOWN_HEADING = lazy_re(r"^\s{0,3}(#{1,6})\s+(\S.*?)\s*#*\s*$")


def _contents(rows: list[list[str]]) -> bool:
    """Whether tab-separated ``rows`` are a table of contents: three entries or more, each a heading
    and a page number, the numbers never going back (「第３章　具体的な取組<TAB>5」). Its entries are
    lines, as a 目次 copied any other way is (``shapes/lines`` leaves it out)."""
    pages: list[int] = []
    for row in rows:
        cells = [cell.strip() for cell in row if cell.strip()]
        if len(cells) != 2 or not cells[1].isdigit() or len(cells[1]) > 3 or cells[0].isdigit():
            return False
        pages.append(int(cells[1]))
    return len(pages) >= 3 and pages == sorted(pages)


def _title_then_office(row: list[str]) -> bool:
    """Whether a tab-separated line standing alone among lines is a title and the 課 set at its end by a tab (a Word
    list of 取組 typed 「電子申請の拡充<TAB>総務課」 against a right tab stop: 樅山村's .docx, its paragraphs read here), no
    table's row: two cells, the second department names only, the first no label however marked and no 課 (「◆担当課<TAB>
    総務課」 is a label's row). Read as a table of one row it was no 取組 of the list, the 基本方針 over the list read as
    取組 1–3 (F1 0.5); as a line, ``shapes.common.leader_departments`` reads its 課."""
    from ..labels import classify
    from ..text import department_names, is_department, only_departments

    cells = [cell.strip() for cell in row if cell.strip()]
    if len(cells) != 2 or len(cells[0]) > 120:
        return False
    if not only_departments(department_names(cells[1])):
        return False
    return classify(cells[0], loose=True) is None and not is_department(cells[0])


def _pipe_cell(text: str) -> str:
    """A markdown-pipe cell's text, its 「<br>」 the line break it stands for (a pipe row is one line, so a
    cell of two lines — 「戸籍住民課<br>情報政策課」, 「基準値<br>（令和元年度）」 — can only be written so): the
    cell then reads as a cell of two lines does in any other file, its 担当課, title or figures alike."""
    return "\n".join(piece for piece in _PIPE_BREAK.split(text.strip()) if piece)


def _cells(line: str) -> list[str] | None:
    """The cells of a table row, or None for a line that is not one."""
    stripped = line.strip()
    if stripped.startswith("|") and stripped.endswith("|") and len(stripped) > 1:
        if set(stripped) <= _PIPE_RULE:
            return []  # a markdown rule row: part of the table, no cells
        return [_pipe_cell(part) for part in stripped[1:-1].split("|")]
    if "\t" in line:
        return [part.strip() for part in line.split("\t")]
    return None


#: The most lines a quoted cell of tab-separated text may run over (a cell's paragraph); a quote left open
#: further is a stray 「"」 in the text, not a cell.
_QUOTED_LINES = 20


def _quoted_row(lines: list[str], at: int, drop: set[int]) -> tuple[list[str], int] | None:
    """The cells of a tab-separated row whose quoted cell runs over the lines after it, as a spreadsheet's
    copy writes a cell with a line break (「"会計課⏎税務課"」), and how many lines it takes; None for a
    line that opens no such cell."""
    line = lines[at]
    if "\t" not in line or '"' not in line:
        return None
    if not any(cell.strip().startswith('"') for cell in line.split("\t")):
        return None
    logical = line.rstrip("\r")
    for taken in range(1, _QUOTED_LINES + 1):
        if logical.count('"') % 2 == 0:
            (cells,) = csv.reader([logical], delimiter="\t")
            return [cell.strip() for cell in cells], taken
        if at + taken >= len(lines) or at + taken in drop or "\f" in lines[at + taken]:
            return None
        logical += "\n" + lines[at + taken].rstrip("\r")
    return None


def _rejoin_broken(rows: list[list[str]], row_lines: list[int]) -> None:
    """Rows a line break inside a cell cut in two, pasted from Word without quotes (「…増やした。」 ending a
    line of 5 cells, 「子育て関係の手続を…追加した。<TAB>電子申請件数<TAB>…」 the next of 6, under a header of 10):
    one row again, the two halves of the cell joined by the line break."""
    width = len(rows[0])
    at = 1
    while at + 1 < len(rows):
        first, second = rows[at], rows[at + 1]
        if len(first) < width and len(second) < width and len(first) + len(second) - 1 == width:
            rows[at] = first[:-1] + [f"{first[-1]}\n{second[0]}".strip()] + second[1:]
            del rows[at + 1], row_lines[at + 1]
        at += 1


def _notes(lines: list[str], drop: set[int]) -> list[tuple[Location, str]]:
    """One note per kind of furniture dropped: page numbers, and each running header or footer."""
    notes: list[tuple[Location, str]] = []
    seen: set[str] = set()
    for index in sorted(drop):
        text = lines[index].replace("\f", "").strip()
        if not text:
            continue
        kind = "ページ番号" if furniture.is_page_number(text) else furniture.key(text)
        if kind in seen:
            continue
        seen.add(kind)
        what = f"ページ番号「{text}」など" if kind == "ページ番号" else f"柱（ヘッダー・フッター）「{text}」"
        notes.append((Location(line=index + 1), f"{what}を各ページから除きました。"))
    return notes


#: Markdown's marks around words and before lines (a page exported from a wiki or Notion): 「**担当課**: 住民課」,
#: 「*この計画は毎年度見直します。*」, 「> 最終更新…」, 「- [x] R7：…」, 「[基本方針1](#…)」, a rule 「---」.
_MARKDOWN_STRONG = lazy_re(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_MARKDOWN_EMPHASIS = lazy_re(r"^(\s*)\*(?=\S)(.+?)(?<=\S)\*\s*$")
_MARKDOWN_QUOTE = lazy_re(r"^\s{0,3}>\s?")
_MARKDOWN_TASK = lazy_re(r"^(\s*[-*+]\s+)\[[ xX]\]\s+")
_MARKDOWN_LINK = lazy_re(r"\[([^\]]+)\]\((?:#|https?://)[^)]*\)")
_MARKDOWN_RULE = lazy_re(r"^\s{0,3}([-*_])(?:\s*\1){2,}\s*$")


def _markdown_line(line: str) -> str | None:
    """A line of a markdown page as its reader sees it: the marks around words gone, a task's box gone, a
    rule none (None)."""
    if _MARKDOWN_RULE.match(line):
        return None
    line = _MARKDOWN_QUOTE.sub("", line)
    line = _MARKDOWN_TASK.sub(r"\1", line)
    line = _MARKDOWN_LINK.sub(r"\1", line)
    line = _MARKDOWN_STRONG.sub(r"\2", line)
    return _MARKDOWN_EMPHASIS.sub(r"\1\2", line)


_MARKDOWN_BULLET = lazy_re(r"^\s*[-*+]\s+(?:\[[ xX]\]\s+)?(.*\S)\s*$")
_MARKDOWN_LABEL = lazy_re(r"^\s*(?:\*\*|__)([^*_]{1,12})(?:\*\*|__)\s*[:：]?\s*$")


#: The fields whose bullets under a bold label are each a value of it.
_BULLETED_FIELDS = ("departments", "schedule", "indicator", "budget", "target", "baseline")


def _markdown_fields(lines: list[str]) -> list[str]:
    """``lines`` (a markdown page) with a label set bold on its own line (「**スケジュール**」) made the label of each
    bullet under it (「- [x] R7：電子申請システムの更新」 → 「スケジュール：R7：電子申請システムの更新」); before a table it
    is dropped (「**KPI**」 over the table's rows names nothing the table does not). The lines keep their numbers."""
    from ..labels import classify

    out = list(lines)
    for at, line in enumerate(lines):
        found = _MARKDOWN_LABEL.match(line)
        column = classify(found.group(1).strip()) if found is not None else None
        if found is None or column is None or column.role not in _BULLETED_FIELDS:
            continue  # 「**主な取組**」 over its bullets: what the item does, read as such
        label = found.group(1).strip()
        following = [i for i in range(at + 1, min(len(lines), at + 40)) if lines[i].strip()]
        if following and _cells(lines[following[0]]) is not None:
            out[at] = ""
            continue
        bullets = list(itertools.takewhile(lambda i: _MARKDOWN_BULLET.match(lines[i]) is not None, following))
        if not bullets or bullets[0] != following[0]:
            continue
        out[at] = ""
        for i in bullets:
            bullet = _MARKDOWN_BULLET.match(lines[i])
            assert bullet is not None
            out[i] = f"{label}：{bullet.group(1)}"
    return out


#: Full-width blanks between a row's cells (a word processor's table saved as text): 「１　電子申請　総務課　3,200件」.
_FULL_WIDTH_GAP = lazy_re(r"[ \u3000]*\u3000[ \u3000]*")


def _full_width_rows(lines: list[str], drop: set[int]) -> list[str]:
    """``lines`` with the rows of a table whose cells full-width blanks part written as tab-separated rows: three
    lines or more in a row (blank and furniture lines between them aside), each of three cells or more and of
    about as many as the others. A line of prose (one blank after a heading's number, 「１　はじめに」) is none."""
    def pieces(line: str) -> int:
        text = line.strip(" \u3000")
        return len(_FULL_WIDTH_GAP.split(text)) if text and "\t" not in line and "|" not in text else 0

    counts = [0 if i in drop else pieces(line) for i, line in enumerate(lines)]
    out = list(lines)
    run: list[int] = []
    for i in [*range(len(lines)), len(lines)]:
        if i < len(lines) and (not lines[i].strip() or i in drop):
            continue  # a blank line or a page's furniture inside the table
        count = counts[i] if i < len(lines) else 0
        if count >= 3 and (not run or abs(count - counts[run[0]]) <= 1):
            run.append(i)
            continue
        lasts = [_FULL_WIDTH_GAP.split(lines[j].strip(" \u3000"))[-1] for j in run]
        contents = all(last.isdigit() and len(last) <= 3 for last in lasts) and lasts == sorted(lasts, key=int)
        if len(run) >= 3 and not contents:  # a 目次: each entry's last piece its page number
            for j in run:
                out[j] = _FULL_WIDTH_GAP.sub("\t", lines[j].strip(" \u3000"))
        run = [i] if count >= 3 else []
    return out


def _row_key(cells: list[str]) -> tuple[str, ...]:
    """A row's cells, blanks at the ends aside: how a header printed again is known."""
    return tuple(c.strip() for c in cells if c.strip())


def _table_across_page(lines: list[str], at: int, drop: set[int], headers: set[tuple[str, ...]]) -> bool:
    """Whether the blank line ``at`` stands beside a page's furniture inside a table the page break cut (「P.4」 then a
    blank at the next page's top, a table's rows before and after): no end of the table — unless the row after the
    break is a header printed before (the table starts again on the new page, as it did before this change)."""
    if at - 1 not in drop and at + 1 not in drop:
        return False

    def near(step: int) -> str | None:
        index = at + step
        while 0 <= index < len(lines) and (index in drop or not lines[index].strip()):
            index += step
        return lines[index] if 0 <= index < len(lines) else None

    before, after = near(-1), near(1)
    if before is None or after is None or not _cells(before):
        return False
    following = _cells(after)
    return bool(following) and _row_key(following or []) not in headers


def read_text(text: str) -> Document:
    lines = text.split("\n")
    markdown = sum(1 for line in lines[:400] if _MARKDOWN_HEADING.match(line)) >= 2
    if markdown:
        lines = _markdown_fields(lines)
    drop = page_furniture(lines)
    if "\u3000" in text:
        lines = _full_width_rows(lines, drop)
    paged = "\f" in text
    document = Document(kind="text", notes=_notes(lines, drop))
    page = Page(number=1)
    document.pages.append(page)
    rows: list[list[str]] = []
    row_lines: list[int] = []
    headers: set[tuple[str, ...]] = set()  # each table's first row: printed again after a page break, a table again

    def flush() -> None:
        if len(rows) == 1 and "\t" in lines[row_lines[0] - 1] and _title_then_office(rows[0]):
            # 「（1）　電子申請の拡充<TAB>総務課」 between lines: a line, its 課 at the right tab stop
            where = Location(page=page.number if paged else None, line=row_lines[0])
            page.blocks.append(Line("\t".join(cell.strip() for cell in rows[0] if cell.strip()), where))
            rows.clear()
            row_lines.clear()
        if rows and _contents(rows):  # a 目次 Word saved with a tab before each page number
            for row, number in zip(rows, row_lines, strict=True):
                where = Location(page=page.number if paged else None, line=number)
                page.blocks.append(Line(" ".join(cell.strip() for cell in row if cell.strip()), where))
            rows.clear()
            row_lines.clear()
        if rows:
            headers.add(_row_key(rows[0]))
            _rejoin_broken(rows, row_lines)
            width = max(len(row) for row in rows)
            table = Table(
                rows=[[Cell(text) for text in row] + [Cell("")] * (width - len(row)) for row in rows],
                location=Location(page=page.number if paged else None, line=row_lines[0]),
                row_locations=[Location(page=page.number if paged else None, line=n) for n in row_lines],
            )
            page.blocks.append(table)
            rows.clear()
            row_lines.clear()

    skip = 0
    for number, line in enumerate(lines, start=1):
        if skip:
            skip -= 1
            continue
        quoted = _quoted_row(lines, number - 1, drop) if number - 1 not in drop else None
        if quoted is not None:  # 「"会計課⏎税務課"」: one cell over two lines
            rows.append(quoted[0])
            row_lines.append(number)
            skip = quoted[1] - 1
            continue
        if "\f" in line:
            if page.blocks or rows:
                flush()
                page = Page(number=page.number + 1)
                document.pages.append(page)
            line = line.replace("\f", "")
        if number - 1 in drop:
            continue
        if not line.strip() and rows and _table_across_page(lines, number - 1, drop, headers | {_row_key(rows[0])}):
            continue  # the blank at a page's top inside a table the break cut: the table goes on
        cells = _cells(line)
        if cells is not None:
            if cells:
                rows.append(cells)
                row_lines.append(number)
            continue
        flush()
        if markdown and line.strip():
            line = _markdown_line(line) or ""
        if line.strip():
            where = Location(page=page.number if paged else None, line=number)
            heading = _MARKDOWN_HEADING.match(line)
            if heading:  # 「## 基本目標1 …」: a heading of that level, its words without the marks
                page.blocks.append(Line(heading.group(2).strip(), where, level=len(heading.group(1))))
            else:
                page.blocks.append(Line(line.strip(), where))
    flush()
    return document
