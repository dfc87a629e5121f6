"""The blocks a card or outline reader reads: without the 目次, and with the lines a viewer broke joined.

A plan copied out of a PDF viewer (「すべて選択 → コピー」) or extracted without layout starts with a
表紙 and a 目次 that repeats the headings and initiatives with page numbers; left in, each 目次 entry
would be one more initiative. And its lines end where the page's width ended, mid-word or mid-number
(「目標値 ２」 / 「００手続（Ｒ９）」), so that a field's value is split over two lines.

``reading_blocks(document)`` drops the 目次 (a 目次 / もくじ heading and the entries after it that end in
a page number, and any entry written with a leader 「……… 12」) and joins every line that reaches the
document's wrap width with the line after it, unless that one starts something of its own (a numbering,
a label, a bullet). The wrap width is found from the document: a text is taken to be wrapped only when
a good share of its longer lines end near one width that no line exceeds, which a text typed line by
line (where lines end where the writer ended them) does not show.

Plain ``pdftotext`` reads a page in an order of its own; two of its orders are put back: a page set in
two columns given right column first (``_column_order``), and an item's small table set before the
item's heading (``_table_order``).
"""

from __future__ import annotations

import itertools
import re
from typing import TypeGuard

from ..document import Block, Cell, Document, Line, Table
from ..text import display_width, lazy_re, names_quantity, nfkc
from .common import YEAR_WORDS
from .numbering import marker

#: 「① 電子申請の拡充 ........ 8」「基本目標１ 手続のデジタル化 …… 8」: an entry with a leader and its page.
_LEADER_ENTRY = lazy_re(r"^.+?\s*(?:[.．・･…‥·_]{3,}|[…‥]{2,})\s*\d{1,4}$")
#: After a 目次 heading: an entry ending in its page number, with or without a leader.
_PAGED_ENTRY = lazy_re(r"^.+?(?:\s+|[.．・･…‥·_]{2,})\d{1,4}$")
_CONTENTS = lazy_re(r"^(?:目\s*次|もくじ|contents)$")
#: A line that starts something of its own: a bullet, a bracketed label, a note, a table row (「（R10）」
#: does not: a numbering 「(1)」 is a marker).
_OWN_START = lazy_re(r"^[・●○◎◆◇■□▶▷►※＊*★☆【\[［〔<＜《|]")
_COLUMNS = lazy_re(r"\S\s{3,}\S")


def _contents(lines: list[Line]) -> set[int]:
    """Indices of the 目次: its heading and entries, and entries with a leader anywhere."""
    found: set[int] = set()
    in_contents = False
    for i, line in enumerate(lines):
        text = nfkc(line.text).strip()
        if _CONTENTS.match(text.casefold()):
            found.add(i)
            in_contents = True
        elif _LEADER_ENTRY.match(text) or (in_contents and _PAGED_ENTRY.match(text)):
            found.add(i)
        else:
            in_contents = False
    return found


def wrap_width(texts: list[str], unfolded: bool = False) -> int | None:
    """The width at which the lines were broken, or None for a text whose lines end where written.

    Wrapped: one width that at most one line exceeds (a title set wider than the text; one in twenty of a text
    ``unfolded`` from two columns, its chapter's opening set across the page), is reached
    by three or more lines to within a character, or, among the lines at least half as wide, a
    quarter or more come to 90% of it. A text typed line by line has a few long lines of unequal
    widths at its top instead. Failing that, the lines are measured again with their full-width
    letters and digits as half-width: made full-width after the text was wrapped (by an IME or a
    converter), they widen the lines holding them past the width the rest were broken at."""
    kept = [t for t in texts if not _COLUMNS.search(t)]
    # (pages unfolded from two columns: one line in twenty may be set wider, across the page)
    wider = max(1, len(kept) // 20) if unfolded else 1
    return _common_width([display_width(t) for t in kept], wider) or _common_width(
        [display_width(t) - len(_FULL_WIDTH_ASCII.findall(t)) for t in kept], wider
    )


#: A full-width letter, digit or sign of ASCII's (「１」「Ａ」「％」), two columns where it was typed as one.
_FULL_WIDTH_ASCII = lazy_re(r"[\uff01-\uff5e]")


def _common_width(measured: list[int], wider: int = 1) -> int | None:
    """The width most lines were broken at, past at most ``wider`` lines set wider than the text."""
    widths = sorted(measured, reverse=True)
    for top in sorted(set(widths[: wider + 1]), reverse=True):
        if top < 20:
            return None
        exact = sum(1 for w in widths if top - 2 <= w <= top)
        full = sum(1 for w in widths if top * 0.9 <= w <= top)
        long = sum(1 for w in widths if w >= top / 2)
        if exact >= 3 or (full >= 3 and full * 4 >= long):
            return top
    return None


def _starts_own(text: str) -> bool:
    from .cards import label_value
    from .numbering import marker

    if _OWN_START.match(text) or marker(text) is not None:
        return True
    found = label_value(text)
    # 「R10：各地区で開催」 after a full line goes on with the 工程 the line broke in
    return found is not None and not found[0].startswith("schedule:")


def _ends_heading(text: str) -> bool:
    """A numbered heading closed by its 【担当課：…】 / （担当：…）: the next line is not its rest."""
    from .fields import _INLINE
    from .numbering import marker

    found = list(_INLINE.finditer(text))
    return bool(found) and found[-1].end() == len(text.rstrip()) and marker(text) is not None


def _header_words(text: str) -> tuple[list[str], int] | None:
    """The cells of a header row a viewer copied one blank apart, and the column of the rows' names,
    when it is one: 「ＫＰＩ 指標名 単位 Ｒ５（基準） Ｒ７ Ｒ９（目標）」 (an indicator label and value
    labels or years; names under 指標名) or 「スケジュール Ｒ６ Ｒ７ Ｒ８ Ｒ９」 (a 工程 label and two years
    or more; the rows have no name)."""
    from ..labels import classify

    words = text.split()
    if len(words) < 3:
        return None
    roles = []
    for at, word in enumerate(words):
        column = classify(word, loose=False)
        if column is None or (at == 0 and column.fy is not None):
            return None  # a row of years alone (「令和4 令和5 令和6」) is no small table's header
        roles.append(column.role)
    if roles[0] == "schedule" and all(role == "schedule" for role in roles[1:]):
        return words, 0
    if "indicator" in roles and any(role in ("baseline", "target") for role in roles):
        return words, max(at for at, role in enumerate(roles) if role == "indicator")
    return None


def _spaced_label_rows(blocks: list[Block]) -> list[Block]:
    """A card's small tables as a viewer copies them, a row a line, its cells one blank apart: the
    header (``_header_words``) and the rows under it, up to a line that starts with a label or a
    numbering, become a table, each row's words set under the header's columns from the right and
    the words left over (a name with blanks in it) in the name's column."""
    from ..labels import classify

    out: list[Block] = []
    at = 0
    while at < len(blocks):
        block = blocks[at]
        found = _header_words(block.text) if isinstance(block, Line) else None
        at += 1
        if found is None:
            out.append(block)
            continue
        header, name = found
        rows = [[Cell(word) for word in header]]
        locations = [block.location]
        while at < len(blocks):
            line = blocks[at]
            if not isinstance(line, Line) or marker(line.text) is not None:
                break
            words = line.text.split()
            if classify(words[0], loose=False) is not None or len(words) > len(header) + 8:
                break
            values = len(header) - 1 - name
            tail = words[len(words) - values :] if len(words) > values else words
            cells = [""] * len(header)
            cells[name] = " ".join(words[: len(words) - len(tail)])
            cells[len(header) - len(tail) :] = tail
            rows.append([Cell(text) for text in cells])
            locations.append(line.location)
            at += 1
        out.append(
            Table(rows=rows, location=block.location, row_locations=locations) if len(rows) > 1 else block
        )
    return out


def _colon_continued(blocks: list[Block]) -> list[Block]:
    """A line that starts with its colon (「策定時（R4）」 then 「：85手続」, a field the print broke
    before its colon) goes on the line before it: no field starts with a colon."""
    out: list[Block] = []
    for block in blocks:
        previous = out[-1] if out else None
        if isinstance(block, Line) and isinstance(previous, Line) and block.text.lstrip()[:1] in (":", "："):
            out[-1] = Line(previous.text.rstrip() + block.text.strip(), previous.location, previous.level)
        else:
            out.append(block)
    return out


#: A line of figures left open by its end: a value's words (an arrow, or 目標 / 現状 / 基準 / 実績) and a figure's first
#: digits closing it after a blank or a year (「…→　令和１０年度　６」「…　１，」), NFKC text.
_OPEN_FIGURE_LINE = lazy_re(r"(?=.*(?:→|⇒|目標|現状|基準|実績)).*(?:\s|年度|年|:)\d[\d,.]*$")
#: The rest of that figure opening the next line, with its unit: 「０％」「２０手続」「０００人」 (NFKC text).
_FIGURE_REST = lazy_re(r"\d[\d,.]*\s*(?:%|[^\s\d、,.。:()（）]{1,4})(?=$|[\s、,（(])")


#: A line broken inside the bracket after a figure (「15手続（令和５年」 over 「度）→ 70手続」; not a label's 「目標」 「（令和７」
#: 「年度）」 set a line each in a table's header, nor 「R9（目」 over 「標）」), or inside a year
#: (「令和８年度～令和９年」 over 「度（導入）」): the line's end and the next line's start (NFKC text).
_OPEN_BRACKET_END = lazy_re(
    r"(?:^|[^A-Za-z0-9,.])[0-9][0-9,.]*[^\s0-9()]{0,4}[(][^()]{1,8}$|(?:令和|平成|R)\s*\d{1,2}\s*年$"
)
_CLOSING_START = lazy_re(r"[^()]{0,8}[)]|度")


#: A particle and its comma, which no sentence opens with: a line starting so goes on with the numbered item's line
#: before it (「８ スマートフォン教室の開催 地区の公民館」 over 「で、少人数の…」, narrower than the text's wrap width).
_PARTICLE_START = lazy_re(r"^[でにをはがもとへ]、")


def _broken_inside(previous: str, text: str) -> bool:
    """Whether ``text`` goes on with the bracket, the year or the sentence ``previous`` broke off."""
    if _PARTICLE_START.match(text):
        # (after a numbered item's line only: two columns copied line by line interleave their sentences)
        return marker(previous) is not None and not previous.endswith(("。", ")", "」"))
    end = _OPEN_BRACKET_END.search(previous)
    start = _CLOSING_START.match(text)
    return end is not None and start is not None and (("(" in end.group()) == start.group().endswith(")"))


#: A target's field whose line holds only the indicator's name (「目標　キャッシュレス決済ができる窓口・施設の数」), and
#: the line of its figures after it (「0か所（令和５年度）→ 10か所（令和11年度）」), NFKC text.
_NAME_FIELD = lazy_re(r"^(?:目標|指標|成果指標|KPI|数値目標)\s*[:：]?\s+[^→⇒]*[^\s0-9→⇒]$")
#: A field of figures without their indicator's name: 「KPI   80手続（R6） ⇒ 250手続（R11）」 (NFKC text).
_FIGURES_FIELD = lazy_re(r"^(KPI|指標|成果指標|数値目標)\s*[:：]?\s+(?=(?:[0-9]|[-－―ー]\s*[⇒→]).*[⇒→])")
_DATED_FIGURES = lazy_re(rf"^[0-9][0-9,.]*[^\s0-9()]{{0,6}}\s*[(]\s*(?:{YEAR_WORDS})\s*[)]\s*[→⇒]")


def _figure_continued(blocks: list[Block]) -> list[Block]:
    """A figure the copy broke over a line's end (「…令和９年度　１」 then 「２０手続」) is one figure: the line going
    on with its rest, where the line is a line of figures whose last one has no unit yet — whatever the text's
    wrap width (a short text shows none). So is a bracket or a year broken off (「15手続（令和５年」 over 「度）→
    70手続」: a 二段組 page's column through ``pdftotext -layout``, a field's value under its hanging indent), and a
    target's field of a name alone goes on with the dated figures under it."""
    out: list[Block] = []
    for block in blocks:
        previous = out[-1] if out else None
        if (
            isinstance(block, Line)
            and isinstance(previous, Line)
            and (
                _OPEN_FIGURE_LINE.match(nfkc(previous.text).rstrip())
                and _FIGURE_REST.match(nfkc(block.text).strip())
                or _broken_inside(nfkc(previous.text).rstrip(), nfkc(block.text).strip())
            )
        ):
            out[-1] = Line(previous.text.rstrip() + block.text.strip(), previous.location, previous.level)
        elif (
            isinstance(block, Line)
            and isinstance(previous, Line)
            and _NAME_FIELD.match(nfkc(previous.text).strip())
            and _DATED_FIGURES.match(nfkc(block.text).strip())
        ):
            out[-1] = Line(f"{previous.text.rstrip()} {block.text.strip()}", previous.location, previous.level)
        elif (
            isinstance(block, Line)
            and isinstance(previous, Line)
            and (label := _FIGURES_FIELD.match(nfkc(block.text).strip())) is not None
            and names_quantity(nfkc(previous.text))
            and marker(previous.text) is None
            and not _COLUMNS.search(previous.text.strip())
        ):
            # the name set over its label's line of figures (a KPI box: 「電子申請できる手続数」 over 「KPI   80手続（R6）
            # ⇒ 250手続（R11）」): the name goes after the label
            written = block.text.strip()
            rest = (written if len(nfkc(written)) == len(written) else nfkc(written))[label.end() :]
            out[-1] = Line(f"{label.group(1)} {previous.text.strip()} {rest}", previous.location, previous.level)
        else:
            out.append(block)
    return out


def _unwrap(blocks: list[Block], width: int) -> list[Block]:
    out: list[Block] = []
    joining = False
    for block in blocks:
        if not isinstance(block, Line):
            out.append(block)
            joining = False
            continue
        previous = out[-1] if out else None
        if (
            joining
            and isinstance(previous, Line)
            and not _starts_own(block.text)
            and not _COLUMNS.search(block.text)
            and not (previous.text.rstrip().endswith("。") and _is_label(block.text.strip()))
        ):
            # (a label alone after a sentence's end, a card's 「年度別計画」 under its 事業概要, starts its own line)
            out[-1] = Line(previous.text + block.text, previous.location, previous.level)
        else:
            out.append(block)
        joining = display_width(block.text) >= width * 0.9 and not _COLUMNS.search(block.text)
        joining = joining and not _ends_heading(block.text)
    return out


_GAP = lazy_re(r"\s{2,}")


def _gapped_cells(text: str) -> list[str]:
    return [cell for cell in _GAP.split(text.strip()) if cell]


def _is_label_row(cells: list[str]) -> bool:
    """A KPI table's header: only indicator, value and unit labels (a 取組名 column makes it a plan's
    table, which the table readers read)."""
    from ..labels import classify

    roles = [classify(cell, loose=False) for cell in cells]
    kpi = ("indicator", "baseline", "target", "actual", "unit")
    return (
        len(cells) >= 2
        and all(r is not None and r.role in kpi for r in roles)
        and any(r is not None and r.role == "indicator" for r in roles)
    )


def _block_label_first(header: list[Cell]) -> bool:
    """A KPI header whose first cell names the block (「成果指標」) before the name's own column (「指標名」):
    both indicator labels, the rows under it leaving the first empty."""
    from ..labels import classify

    roles = [classify(cell.text, loose=False) for cell in header[:2]]
    return len(header) >= 3 and all(r is not None and r.role == "indicator" for r in roles)


def _gapped_tables(blocks: list[Block]) -> list[Block]:
    """A KPI table set in columns by blanks (``pdftotext -layout``: 「指標名   現状値（R5）   目標値（R10）」
    and a row under it) as the table it is."""
    out: list[Block] = []
    table: Table | None = None
    spaced = False  # the header's cells one blank apart (a viewer's copy): rows end in figures
    for block in blocks:
        cells = _gapped_cells(block.text) if isinstance(block, Line) else []
        if isinstance(block, Line) and len(cells) == 1 and _is_label_row(block.text.split()):
            cells, spaced = block.text.split(), True
        elif isinstance(block, Line) and table is None:
            spaced = False
        if isinstance(block, Line) and _is_label_row(cells):
            table = Table(
                rows=[[Cell(c) for c in cells]], location=block.location, row_locations=[block.location]
            )
            out.append(table)
            continue
        if table is not None and spaced and isinstance(block, Line):
            # 「オンライン申請が可能な手続数 52手続 200手続」: the name, then a figure for each other column
            cells = block.text.rsplit(maxsplit=len(table.rows[0]) - 1)
            units = [_is_unit_label(c.text) for c in table.rows[0]]
            if len(cells) != len(table.rows[0]) or not all(
                _FIGURE_CELL.match(c) or (unit and _UNIT_CELL.match(c))
                for c, unit in zip(cells[1:], units[1:], strict=True)
            ):
                cells = []
        if (
            table is not None
            and isinstance(block, Line)
            and 2 <= len(cells) <= len(table.rows[0])
            and not _item_heading(
                cells[0]
            )  # 「取組１－２　窓口の待ち時間の短縮　…　担当：市民課」: the next item
        ):
            width = len(table.rows[0])
            if len(cells) == width - 1 and _block_label_first(table.rows[0]):
                cells = [
                    "",
                    *cells,
                ]  # 「成果指標 | 指標名 | 現状値 | 目標値」: the block's label has a column of its own
            table.rows.append([Cell(c) for c in cells] + [Cell("")] * (width - len(cells)))
            table.row_locations.append(block.location)
            continue
        table = None
        out.append(block)
    return out


#: A cell under a 単位 column: 「件」「手続」「％」 (the figures beside it have none).
_UNIT_CELL = lazy_re(r"^[^\s0-9０-９]{1,4}$")


def _is_unit_label(text: str) -> bool:
    from ..labels import classify

    column = classify(text, loose=False)
    return column is not None and column.role == "unit"


#: A label set over what follows (「【成果指標】」 over its KPI table), not a cell of a label column.
_BRACKETED = lazy_re(r"^\s*[【\[［〔<＜《〈■◆□◇●○]")


def _is_label(text: str) -> bool:
    from ..labels import classify

    column = classify(text, loose=False) if len(text) <= 16 else None
    return column is not None and column.fy is None


def _bare_kpi_role(text: str) -> str | None:
    from ..labels import classify

    column = classify(text, loose=False) if len(text) <= 16 else None
    return column.role if column is not None else None


def _bare_kpi_label(text: str) -> bool:
    return _bare_kpi_role(text) in ("indicator", "baseline", "target", "actual", "unit")


def _column_tables(blocks: list[Block]) -> list[Block]:
    """A KPI table as ``pdftotext`` without -layout gives it, column by column, each column a run of
    lines between blank lines: 「指標名」「現状値（R5）」「目標値（R10）」, then the names, the baselines,
    the targets (or each label with its values under it, and the rows after the first one cell a
    run). Rebuilt as the table when the runs of values fill its columns; left as lines otherwise.
    A numbered heading (「施策2 …」) or a line of prose ends the runs: the outline goes on there."""
    out: list[Block] = []
    i = 0
    while i < len(blocks):
        block = blocks[i]
        previous = blocks[i - 1] if i else None
        if (
            not (isinstance(block, Line) and block.location.line and _bare_kpi_label(block.text))
            # after 「取組内容」「担当課」 alone on their lines: a card table's labels, its values after them (a
            # KPI table's first label follows no label; one a table was not made from is not tried again)
            or (
                isinstance(previous, Line)
                and _is_label(previous.text)
                and not _BRACKETED.match(previous.text)
            )
        ):
            out.append(block)
            i += 1
            continue
        runs: list[list[Line]] = []
        ends: list[int] = []  # the index after each run's last line
        j = i
        while j < len(blocks):
            line = blocks[j]
            if not isinstance(line, Line) or not line.location.line:
                break
            if j > i and (_heading(line.text) or display_width(line.text) > _CELL_WIDTH):
                break
            previous = blocks[j - 1] if j > i else None
            if (
                isinstance(previous, Line)
                and previous.location.line == (line.location.line or 0) - 1
                and runs
            ):
                runs[-1].append(line)
            elif (
                _starts_own(line.text)
                and not _bare_kpi_label(line.text)
                and not _FIGURE_CELL.match(line.text)
            ):
                break
            else:
                runs.append([line])
                ends.append(j + 1)
            ends[-1] = j + 1
            j += 1
        found = _runs_table(runs)
        if found is None:
            out.append(block)
            i += 1
            continue
        table, used, last = found
        out.append(table)
        i = _after_table(blocks, last, i, ends[used - 1])
    return out


def _after_table(blocks: list[Block], last: Line | None, start: int, end: int) -> int:
    """Where the lines after a table resume: after ``last``, its last cell's line, where the table took fewer lines
    than the runs it was made of (a card's 「事業番号」 right under a KPI table's last value, on the next line, is the
    next card's label, no cell)."""
    if last is not None:
        for at in range(start, end):
            if blocks[at] is last:
                return at + 1
    return end


#: A KPI table's cell as pdftotext prints it on a line of its own: an indicator's name, a figure.
_CELL_WIDTH = 60
#: A figure with its unit (「35.5％」「1,500時間」), which a numbering pattern could take for 「35.5 ％」.
_FIGURE_CELL = lazy_re(r"^[0-9０-９][0-9０-９,.，．]*\s*[^\s0-9０-９]{0,4}$")


def _item_heading(text: str) -> bool:
    """Whether a line's first cell opens an item numbered by its word or by hyphens (「取組１－２　…」「1-2 …」), not a row
    of a KPI table (whose names may start 「①」)."""
    found = marker(text)
    return found is not None and (
        found.kind.startswith("word:") or found.kind in ("hyphen2", "hyphen3", "chapter")
    )


def _heading(text: str) -> bool:
    return marker(text) is not None and not _FIGURE_CELL.match(text.strip())


def _interleaved_runs(runs: list[list[Line]]) -> tuple[list[Line], list[list[Line]], int, Line] | None:
    """Labels and columns of values as runs set them one after the other in the table's order, labels and
    values interleaved, a cell a run (pdfminer: 「成果指標」「コピー用紙の使用枚数」「電子契約の件数」「単位」
    「現状値（R5）」「枚」「件」「3,600,000」「0」「目標値（R11）」…): the values fill the columns in the labels'
    order, as many rows as the first label group has values per label (and how many runs they take, the last value's
    line). None unless an indicator label is among them and each column's first value comes after its label."""
    cells = [(_bare_kpi_label(line.text), line, n) for n, run in enumerate(runs) for line in run]
    first = 0
    while first < len(cells) and cells[first][0]:
        first += 1
    after = first
    while after < len(cells) and not cells[after][0]:
        after += 1
    if not first or (after - first) % first:
        return None
    rows = (after - first) // first
    labels: list[tuple[int, Line]] = []
    values: list[tuple[int, Line, int]] = []
    for k, (named, line, n) in enumerate(cells):
        if named:
            labels.append((k, line))
        else:
            values.append((k, line, n))
        if rows and len(values) == len(labels) * rows and (k + 1 == len(cells) or not cells[k + 1][0]):
            break
    if len(labels) < 2 or not rows or len(values) != len(labels) * rows:
        return None
    if not any(_bare_kpi_role(line.text) == "indicator" for _, line in labels):
        return None
    columns = [values[c * rows : (c + 1) * rows] for c in range(len(labels))]
    if any(column[0][0] < label[0] for column, label in zip(columns, labels, strict=True)):
        return None
    return (
        [line for _, line in labels],
        [[line for _, line, _ in column] for column in columns],
        values[-1][2] + 1,
        values[-1][1],
    )


def _runs_table(runs: list[list[Line]]) -> tuple[Table, int, Line | None] | None:
    """The table the runs make, how many runs it takes and, where it ends inside the last of them, its last line; or
    None."""
    found = _labelled_runs_table(runs)
    if found is not None:
        return (*found, None)
    interleaved = _interleaved_runs(runs)
    if interleaved is None:
        return None
    labels, columns, used, last = interleaved
    if any(_is_label(line.text) for column in columns for line in column):
        return None
    first = runs[0][0]
    rows = [[Cell(line.text) for line in labels]]
    rows += [[Cell(column[r].text) for column in columns] for r in range(len(columns[0]))]
    locations = [first.location] + [columns[0][r].location for r in range(len(columns[0]))]
    return Table(rows=rows, location=first.location, row_locations=locations), used, last


def _labelled_runs_table(runs: list[list[Line]]) -> tuple[Table, int] | None:
    """The table of runs of labels, then values (or each label over its first values), or None."""
    labelled = 0
    while labelled < len(runs) and _bare_kpi_label(runs[labelled][0].text):
        labelled += 1
    labels = [line.text for run in runs[:labelled] for line in run if _bare_kpi_label(line.text)]
    if len(labels) < 2 or any(not _bare_kpi_label(run[0].text) for run in runs[:labelled]):
        return None
    width = len(labels)
    first = runs[0][0]
    heads = [[line for line in run if not _bare_kpi_label(line.text)] for run in runs[:labelled]]
    rest = runs[labelled:]
    columns: list[list[Line]]
    if labelled == width and all(heads) and len({len(h) for h in heads}) == 1:
        # each label with its first value(s) under it; further rows come a cell a run, row by row
        columns = [list(h) for h in heads]
        singles = 0
        while singles < len(rest) and len(rest[singles]) == 1 and not _bare_kpi_label(rest[singles][0].text):
            singles += 1
        singles -= singles % width
        for k in range(singles):
            columns[k % width].append(rest[k][0])
        used = labelled + singles
    else:
        values = [[line for line in run if not _bare_kpi_label(line.text)] for run in runs]
        runs_with_values = [n for n, run in enumerate(values) if run]
        if len(runs_with_values) < width:
            return None
        taken = runs_with_values[:width]
        columns = [values[n] for n in taken]
        if len({len(c) for c in columns}) != 1:
            return None
        used = taken[-1] + 1
    if len({len(c) for c in columns}) != 1:
        return None
    if any(_is_label(line.text) for column in columns for line in column):
        return None  # 「成果指標」「現状値」「目標値」 among a card table's labels, 「内容」 over its values: no KPI table
    rows = [[Cell(text) for text in labels]]
    rows += [[Cell(column[r].text) for column in columns] for r in range(len(columns[0]))]
    locations = [first.location] + [columns[0][r].location for r in range(len(columns[0]))]
    return Table(rows=rows, location=first.location, row_locations=locations), used


def _numbered_heading(block: Block) -> TypeGuard[Line]:
    """A numbered heading (「取組4 オンライン診療の支援」), not a labelled field."""
    from .cards import label_value

    return isinstance(block, Line) and marker(block.text) is not None and label_value(block.text) is None


def _field_role(block: Block) -> str | None:
    """The role of a labelled field line (「〈担当課〉健康づくり課」 → departments); None for a line the label
    dictionary ignores (「計画期間：令和6年度～令和9年度」 under a plan's title: no item's field)."""
    from .cards import label_value

    found = label_value(block.text) if isinstance(block, Line) and not _numbered_heading(block) else None
    role = found[0].split(":")[0] if found else None
    return None if role == "ignore" else role


def _number(block: Block) -> tuple[str, int] | None:
    """A heading's kind and last number (「取組5」 → (word:取組, 5)), to see its numbers go back."""
    mark = marker(block.text) if isinstance(block, Line) else None
    digits = re.findall(r"\d+", nfkc(mark.number)) if mark is not None else []
    return (mark.kind, int(digits[-1])) if mark is not None and digits else None


def _column_order(blocks: list[Block]) -> list[Block]:
    """Plain ``pdftotext`` can give a page set in two columns right column first: the page opens
    with an item's fields before any heading (the rest of the item the left column broke off) and
    ends with that item's heading, bare. Such a page is put back in reading order — the left
    column (from where the headings' numbers go back: 「取組7」 then 「1 くらしのDX」, with the lines
    above it that are no field), then the opening lines, then the rest of the right column —
    when the opening fields cannot be the item before the page's (there is none, or it has
    fields of those roles already)."""
    out: list[Block] = []
    for _, grouped in itertools.groupby(blocks, key=lambda b: b.location.page):
        page = list(grouped)
        first = next((i for i, b in enumerate(page) if _numbered_heading(b)), None)
        roles = {r for r in map(_field_role, page[:first]) if r}
        if page[0].location.page is None or not first or not roles or not _numbered_heading(page[-1]):
            out += page
            continue
        before = next((i for i in range(len(out) - 1, -1, -1) if _numbered_heading(out[i])), None)
        if before is not None and not roles <= {r for r in map(_field_role, out[before + 1 :]) if r}:
            out += page  # the item before the page goes on: its fields over the page break
            continue
        lead, rest = page[:first], page[first:]
        seen: dict[str, int] = {}
        first_of: dict[str, int] = {}  # where each kind of heading first comes
        split = 0
        for i, block in enumerate(rest):
            number = _number(block) if _numbered_heading(block) else None
            if number is None:
                continue
            first_of.setdefault(number[0], i)
            if number[1] <= seen.get(number[0], 0):  # the numbers go back: the left column
                split = i
                while split > 0 and _field_role(rest[split - 1]) is None:
                    above = _number(rest[split - 1]) if _numbered_heading(rest[split - 1]) else None
                    if above is not None and first_of[above[0]] < split - 1:
                        break  # a heading of the right column's kinds: its item
                    split -= 1
                break
            seen[number[0]] = number[1]
        out += rest[split:] + lead + rest[:split]
    return out


def _header(block: Block) -> list[str] | None:
    return [cell.text for cell in block.rows[0]] if isinstance(block, Table) and block.rows else None


def _table_order(blocks: list[Block]) -> list[Block]:
    """Plain ``pdftotext`` can set an item's small table before the item's heading and the lines
    above the table (高森市: 施策2's KPI table right after 施策1's). A table right after another
    with the same header, itself right before a heading of the same kind as the one the first
    table is under, whose item has no table of its own, is that item's: it goes to the item's
    end (before the next heading)."""
    out = list(blocks)
    i = 1
    while i < len(out) - 1:
        table, heading = out[i], out[i + 1]
        header = _header(table)
        if header is None or header != _header(out[i - 1]) or not _numbered_heading(heading):
            i += 1
            continue
        owner = next((b for b in reversed(out[: i - 1]) if _numbered_heading(b)), None)
        mark = marker(heading.text)
        end = next((j for j in range(i + 2, len(out)) if _numbered_heading(out[j])), len(out))
        if (
            owner is None
            or mark is None
            or mark.kind != getattr(marker(owner.text), "kind", None)
            or any(isinstance(b, Table) for b in out[i + 2 : end])
        ):
            i += 1
            continue
        out.insert(end - 1, out.pop(i))
        i = end
    return out


#: A second numbering inside a line after a blank: 「１　暮らしのデジタル化 １－１　行政手続のオンライン化」's 「１－１」.
_INNER_NUMBER = lazy_re(r"\s(?=[0-9０-９]{1,2}[－\-ー‐][0-9０-９])")


def _levels_apart(blocks: list[Block]) -> list[Block]:
    """``blocks`` with a line of two levels of a 施策体系 (a table 「基本目標 | 施策」 copied with single blanks: 「１　暮らし
    のデジタル化 １－１　行政手続のオンライン化」) as two lines, the level and the item under it: read as one, the item
    became part of the level's title and was read again, out of order, where the plan details it. Only where the
    second numbering opens with the first's (「１」 then 「１－１」)."""
    out: list[Block] = []
    for block in blocks:
        found = marker(block.text) if isinstance(block, Line) else None
        if found is None or not found.rest or not isinstance(block, Line):
            out.append(block)
            continue
        head = nfkc(found.number).strip("().（）")
        cut = next(
            (
                m.end()
                for m in _INNER_NUMBER.finditer(block.text)
                if (inner := marker(block.text[m.end() :])) is not None
                and inner.rest
                and nfkc(inner.number).startswith(f"{head}-")
            ),
            None,
        )
        if cut is None or not head.isdigit():
            out.append(block)
            continue
        out += [Line(block.text[:cut].rstrip(), block.location, block.level), Line(block.text[cut:], block.location)]
    return out


#: A numbered item's line that ends in the field of its 課 (「取組 1-1 電子申請の拡充　担当：デジタル推進課」: a slide's title
#: and the box at its top right, on one row): the title, then the field.
_TITLED_FIELD = lazy_re(r"^(?P<title>[^:：]+?)\s+(?P<field>(?:担当課?|所管課?|担当部署|主管課|担当部局)\s*[:：]\s*\S.*)$")


def _fields_apart(blocks: list[Block]) -> list[Block]:
    """``blocks`` with a numbered item's line that ends in its 担当 field (``_TITLED_FIELD``) as two lines, the item and
    the field: read as one, the field was part of the title and the item read as no 取組 (鴫野市's slides)."""
    out: list[Block] = []
    for block in blocks:
        found = _TITLED_FIELD.match(block.text) if isinstance(block, Line) else None
        mark = marker(block.text) if found is not None and isinstance(block, Line) else None
        if found is None or mark is None or not mark.rest or not isinstance(block, Line):
            out.append(block)
            continue
        out += [Line(found.group("title"), block.location, block.level), Line(found.group("field"), block.location)]
    return out


#: The levels above a 取組 a heading's word names (「基本方針２ …」 over 「取組 2-1 …」).
_ABOVE_ITEMS = ("基本目標", "基本方針", "基本施策", "施策", "政策", "分野", "重点分野", "柱")


def _parents_first(blocks: list[Block]) -> list[Block]:
    """``blocks`` with the heading of a level above a 取組 set right under the 取組's line (a slide's subtitle: 「取組 2-1
    ＡＩ・ＲＰＡの活用」 over 「基本方針２ データとデジタルで働く市役所」) put before it, where the 取組's number opens with
    the level's (2-1 under 基本方針２): read in order, the 取組 became a heading and the level an item under it."""
    out = list(blocks)
    for i in range(len(out) - 1):
        item, level = out[i], out[i + 1]
        if not isinstance(item, Line) or not isinstance(level, Line):
            continue
        first, second = marker(item.text), marker(level.text)
        if first is None or second is None or first.kind != "word:取組" or not second.kind.startswith("word:"):
            continue
        if second.kind.removeprefix("word:") not in _ABOVE_ITEMS:
            continue
        number, parent = nfkc(first.number).removeprefix("取組"), nfkc(second.number)
        parent = parent.removeprefix(second.kind.removeprefix("word:"))
        if parent and number.startswith(f"{parent}-"):
            out[i], out[i + 1] = level, item
    return out


#: A printed rule: one stroke drawn ten times or more, nothing else on its line (a 工程's bar 「━━━」 is shorter).
_RULE = lazy_re(r"([─━═―－\-=＝_＿~〜・･])\1{9,}")


def reading_blocks(document: Document) -> list[Block]:
    """The document's blocks as the card and outline readers read them (see the module's doc)."""
    blocks: list[Block] = _table_order(
        _column_order(
            _column_tables(_gapped_tables(_parents_first(_fields_apart(_levels_apart(list(document.blocks()))))))
        )
    )
    lines = [b for b in blocks if isinstance(b, Line)]
    skip = {id(lines[i]) for i in _contents(lines)}
    # a rule under a page's running header (「────────」): no line of the text (it had run on into the 【工程】 above it)
    skip |= {id(line) for line in lines if _RULE.fullmatch(line.text.strip())}
    kept = [b for b in blocks if id(b) not in skip]
    width = wrap_width([b.text for b in kept if isinstance(b, Line)], document.unfolded)
    return _spaced_label_rows(_figure_continued(_colon_continued(_unwrap(kept, width) if width else kept)))
