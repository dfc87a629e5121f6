"""A table's rows numbered a line each and the rest scattered (plain ``pdftotext`` of a ruled list): the numbers and
the titles after them, when nothing else reads the text.

Without ``-layout`` pdftotext writes a table a block of cells at a time, in an order of its own: the header's labels a
line each (「No.」「取組名」「担当課」「R7」 …), then a row's number alone on its line with its 取組名 on the next
(「1」「【重点】電子申請の拡充」), while the figures, the 担当課 and the marks of several rows come together elsewhere
(「120手続」「400手続 情報政策課（全課）」「●」 …). The figures cannot be given back to their rows; the numbers and titles
can. Rather than refuse the file, the plan is read as those rows, and a warning says what was left out and what to
give instead (the PDF itself, or its ``pdftotext -layout`` text).

The generic reader's last resort (``generic.read``): only a text in which no shape is found gets here, and only when
lines near its top are header labels (three or more known labels, one of them the titles') and three rows or more are
numbered one after another. Pure Python; no Django.
"""

from __future__ import annotations

import re

from ..document import Document, Line, Location
from ..labels import classify
from ..text import is_department, nfkc
from .plainrows import with_table

#: A row's number alone on its line (NFKC): 「1」「12」「1-2」「2-1-3」.
_NUMBER = re.compile(r"^[0-9]{1,3}(?:[-‐－][0-9]{1,3}){0,3}$")
#: A title cannot be a figure, a mark or a year.
_NOT_TITLE = re.compile(r"^(?:[-+]?[0-9][0-9,.]*\S{0,6}|[●○◎△×▲→－―ー-]+|(?:R|H|令和|平成)[0-9元]{1,2}(?:年度?)?)$")

NOTE = (
    "表の各セルが1行ずつ、行の順によらずに並んでいたため（PDFを「pdftotext」で -layout なしに書き出したテキストなど）、"
    "番号と取組名だけを読み取りました。担当課・指標・工程は取り込んでいません。PDFそのもの、または"
    "「pdftotext -layout」で書き出したテキストを取り込むと、表のとおりに読み取れます。"
)


def read_numbered_cells(document: Document) -> Document | None:
    """``document`` (lines only) as a table of its numbered rows' numbers and titles, or None."""
    lines = [block for block in document.blocks() if isinstance(block, Line) and block.text.strip()]
    labels = [found for line in lines[:200] if (found := classify(nfkc(line.text.strip()))) is not None]
    roles = {found.role for found in labels}
    if "title" not in roles or len(roles - {"ignore"}) < 3:
        return None
    rows: list[list[str]] = [["番号", "取組名"]]
    repeated = 0
    locations: list[Location] = []
    first = None
    for at in range(len(lines) - 1):
        number, title = nfkc(lines[at].text.strip()), lines[at + 1].text.strip()
        if not _NUMBER.match(number) or _NUMBER.match(nfkc(title)) or _NOT_TITLE.match(nfkc(title)):
            continue
        if classify(nfkc(title)) is not None or len(title) > 60 or any(_names_a_ka(w) for w in title.split()):
            continue  # (「マイナンバーカー 住民課」: cells of a row side by side, a title cut; 「情報政策課」: no title)
        if any(row[0] == number for row in rows[1:]):
            repeated += 1  # numbers begun again (per 基本目標): which group a title is of cannot be told
            continue
        rows.append([number, title])
        locations.append(lines[at].location)
        first = at if first is None else first
    if first is None or len(rows) < 4 or not _in_order([row[0] for row in rows[1:]]):
        return None
    # the lines above the header (the title, the municipality) stay; the header's labels and the cells come as the table
    header = next(at for at, line in enumerate(lines) if classify(nfkc(line.text.strip())) is not None)
    kept = [line for line in lines[: min(header, first)] if line.text.strip()]
    note = NOTE + (f"番号が初めからもう一度振られた{repeated}行は、どの取組か分からないため読み取っていません。" if repeated else "")
    return with_table(document, [*kept, lines[first]], len(kept), len(kept) + 1, rows, [lines[first].location, *locations], note)


def _names_a_ka(word: str) -> bool:
    """A 課's name (「住民課」), not a title ending like an office (「高齢者スマホ教室」)."""
    return word.endswith("課") and is_department(word)


def _in_order(numbers: list[str]) -> bool:
    """Whether the rows' numbers follow one another as a table's do, none left out (「1」「2」「3」, 「1-1」「1-2」「2-1」):
    where pdftotext wrote some rows' numbers apart from their titles (「2」「3」 a line each, then both titles), which
    title is whose cannot be told, and no title is better than another row's."""
    keys = [tuple(int(part) for part in re.split(r"[-‐－]", number)) for number in numbers]
    for a, b in zip(keys, keys[1:], strict=False):
        same_level = len(a) == len(b) and a[:-1] == b[:-1] and b[-1] == a[-1] + 1
        next_group = len(a) == len(b) and a[:-1] < b[:-1] and b[-1] == 1
        if not (same_level or next_group):
            return False
    return True
