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

from ..document import Document, Line
from ..labels import classify
from ..text import is_chapter_heading, is_department, nfkc
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
    numbered: list[int] = []  # where each numbered row's number is
    every: list[int] = []  # and those numbered again
    repeated = 0
    for at in range(len(lines) - 1):
        number, title = nfkc(lines[at].text.strip()), lines[at + 1].text.strip()
        if not _NUMBER.match(number) or _NUMBER.match(nfkc(title)) or _NOT_TITLE.match(nfkc(title)):
            continue
        if classify(nfkc(title)) is not None or len(title) > 60 or any(_names_a_ka(w) for w in title.split()):
            continue  # (「マイナンバーカー 住民課」: cells of a row side by side, a title cut; 「情報政策課」: no title)
        if is_chapter_heading(title) or _not_a_title(title):
            continue  # (a 目次's page number over its chapter's heading, 「7」「第６章 推進体制」: no row)
        every.append(at)
        if any(nfkc(lines[other].text.strip()) == number for other in numbered):
            repeated += 1  # numbers begun again (per 基本目標): which group a title is of cannot be told
            continue
        numbered.append(at)
    numbers = [nfkc(lines[at].text.strip()) for at in numbered]
    strays = 0
    if len(numbered) >= 3 and not _in_order(numbers):
        # strays among the rows: the longest run numbered in order, a list begun again too (a 工程表's rows after the
        # 取組一覧 scattered) — the others left out, counted in the note
        run = _longest_run(lines, every)
        strays, repeated, numbered = len(every) - len(run), 0, run
        numbers = [nfkc(lines[at].text.strip()) for at in numbered]
    if len(numbered) < 3 or not _in_order(numbers):
        return None
    if any(_FRAGMENT.search(nfkc(lines[at + 1].text.strip())) or _two_cells(lines[at + 1].text) for at in numbered):
        return None  # (「3」「の手続」, 「2-3」「電子決裁の」: titles wrapped apart from their numbers — whose is which cannot be told)
    rows = [["番号", "取組名"], *([number, lines[at + 1].text.strip()] for number, at in zip(numbers, numbered, strict=True))]
    locations = [lines[at].location for at in numbered]
    first = numbered[0]
    # the lines above the header (the title, the municipality) stay; the header's labels and the cells come as the table
    header = next(at for at, line in enumerate(lines) if classify(nfkc(line.text.strip())) is not None)
    kept = [line for line in lines[: min(header, first)] if line.text.strip()]
    note = NOTE + (f"番号が初めからもう一度振られた{repeated}行は、どの取組か分からないため読み取っていません。" if repeated else "")
    if strays:
        note += f"番号の続かない{strays}行（数値のセルなど）は、取組として読み取っていません。"
    return with_table(document, [*kept, lines[first]], len(kept), len(kept) + 1, rows, [lines[first].location, *locations], note)


def _not_a_title(title: str) -> bool:
    """Whether a line after a number is a note under the table (「※「－」は集計中のもの。」, a sentence) or opens with a
    figure (「45.0％ R7～」: a 目標値 and its 工程 on one line), no 取組's title."""
    plain = nfkc(title).strip()
    return bool(_NOTE_MARK.match(plain)) or plain.endswith("。") or bool(_FIGURE_WORD.match(plain.split()[0]))


#: A figure as a line's first word (NFKC): bare, or with its percent or unit 「45.0%」「5団体」 — not a name that opens with a
#: digit 「5G 基地局の整備促進」.
_FIGURE_WORD = re.compile(r"^[-+]?[0-9][0-9,.]*(?:%|[^\x00-\x7f]{1,4})?$")


#: How a note under a table opens (NFKC): 「※」, 「注 」「注1」「注：」 (not 「注目の…」).
_NOTE_MARK = re.compile(r"^(?:※|注\s*[0-9０-９]*\s*[:：)）]|注\s)")


def _names_a_ka(word: str) -> bool:
    """A 課's name (「住民課」), not a title ending like an office (「高齢者スマホ教室」)."""
    return word.endswith("課") and is_department(word)


#: How many numbered lines the longest run is looked for among (each start walks those after it).
_MOST_NUMBERED = 1000


def _longest_run(lines: list[Line], found: list[int]) -> list[int]:
    """The numbered rows (indices into ``lines``) that are the table's, where others are strays (a figure alone over an
    indicator's name, 「131」「電子申請の利用件数」; a figure of a 現状値 over its 目標値 and 工程, 「10」「5団体 R7～」): the
    longest run numbered one after another (strays between passed over; of two as long, the one printed closer
    together; a run is of one depth, 「1-2」 never follows 「1」), none a glossary's (``_explained``); none where a row's
    number follows the number before it alone on its line (「2」「3」 then two titles: the title after 「3」 may be 2's)."""
    named = next((at for at, line in enumerate(lines) if (label := classify(nfkc(line.text.strip()))) and label.role == "title"), 0)
    # (a number above the header's 「取組名」 is no row's: 「1-1」「手続がかんたんなまち」 a 基本目標's name beside it)
    shaped = [at for at in found if at > named and not _explained(lines, at)]
    numbers = [nfkc(lines[at].text.strip()) for at in shaped[:_MOST_NUMBERED]]
    best: list[int] = []
    for start in range(len(numbers)):
        run = [start]
        for next_at in range(start + 1, len(numbers)):
            if _in_order([numbers[run[-1]], numbers[next_at]]):
                run.append(next_at)  # (a stray between two rows is passed over)
        span = shaped[run[-1]] - shaped[run[0]]
        if not best or (len(run), -span) > (len(best), best[0] - best[-1]):
            best = [shaped[k] for k in run]  # (of runs as long, the closest together: a list printed whole)
    for at in best:
        before = nfkc(lines[at - 1].text.strip()) if at else ""
        if _NUMBER.match(before) and _in_order([before, nfkc(lines[at].text.strip())]):
            return []  # 「2」「3」: the title after 「3」 may be 2's
    return best


#: A piece of a wrapped title, no title of its own (NFKC): opening with a particle 「の手続」, two characters or fewer
#: 「割合」「営」, or cut after 「の」「・」 (「電子決裁の」「生成AI・」).
_FRAGMENT = re.compile(r"^(?:[のをにはがでとへやも]|.{1,2}$)|[の・]$")


def _two_cells(title: str) -> bool:
    """Whether a title's line holds two cells side by side, each four characters or more (「テレワークの推進 テレワーク実施
    職員数（年間）」: the title and its indicator's name) — not a title with a short word apart (「5G 基地局の整備促進」)."""
    pieces = nfkc(title).split()
    return len(pieces) >= 2 and all(len(piece) >= 4 for piece in pieces)


def _explained(lines: list[Line], at: int) -> bool:
    """Whether the numbered line at ``at`` is a glossary's or a note's: its word followed by a sentence (「1」「ＲＰＡ」
    「パソコンで行う定型的な作業を…仕組み。」, 用語の解説) — where other numbered lines stray, no 取組's row is taken so."""
    return at + 2 < len(lines) and nfkc(lines[at + 2].text.strip()).endswith("。")


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
