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
"""

from __future__ import annotations

from ..document import Block, Cell, Document, Line, Table
from ..text import display_width, lazy_re, nfkc
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


def wrap_width(texts: list[str]) -> int | None:
    """The width at which the lines were broken, or None for a text whose lines end where written.

    Wrapped: one width that at most one line exceeds (a title set wider than the text) is reached
    by three or more lines to within a character, or, among the lines at least half as wide, a
    quarter or more come to 90% of it. A text typed line by line has a few long lines of unequal
    widths at its top instead."""
    widths = sorted((display_width(t) for t in texts if not _COLUMNS.search(t)), reverse=True)
    for top in widths[:2]:
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
        ):
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
            if len(cells) != len(table.rows[0]) or not all(_FIGURE_CELL.match(c) for c in cells[1:]):
                cells = []
        if table is not None and isinstance(block, Line) and 2 <= len(cells) <= len(table.rows[0]):
            width = len(table.rows[0])
            table.rows.append([Cell(c) for c in cells] + [Cell("")] * (width - len(cells)))
            table.row_locations.append(block.location)
            continue
        table = None
        out.append(block)
    return out


def _bare_kpi_label(text: str) -> bool:
    from ..labels import classify

    column = classify(text, loose=False) if len(text) <= 16 else None
    return column is not None and column.role in ("indicator", "baseline", "target", "actual")


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
        if not (isinstance(block, Line) and block.location.line and _bare_kpi_label(block.text)):
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
        table, used = found
        out.append(table)
        i = ends[used - 1]
    return out


#: A KPI table's cell as pdftotext prints it on a line of its own: an indicator's name, a figure.
_CELL_WIDTH = 60
#: A figure with its unit (「35.5％」「1,500時間」), which a numbering pattern could take for 「35.5 ％」.
_FIGURE_CELL = lazy_re(r"^[0-9０-９][0-9０-９,.，．]*\s*[^\s0-9０-９]{0,4}$")


def _heading(text: str) -> bool:
    return marker(text) is not None and not _FIGURE_CELL.match(text.strip())


def _runs_table(runs: list[list[Line]]) -> tuple[Table, int] | None:
    """The table the runs make and how many runs it takes, or None."""
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
    rows = [[Cell(text) for text in labels]]
    rows += [[Cell(column[r].text) for column in columns] for r in range(len(columns[0]))]
    locations = [first.location] + [columns[0][r].location for r in range(len(columns[0]))]
    return Table(rows=rows, location=first.location, row_locations=locations), used


def reading_blocks(document: Document) -> list[Block]:
    """The document's blocks as the card and outline readers read them (see the module's doc)."""
    blocks: list[Block] = _column_tables(_gapped_tables(list(document.blocks())))
    lines = [b for b in blocks if isinstance(b, Line)]
    skip = {id(lines[i]) for i in _contents(lines)}
    kept = [b for b in blocks if id(b) not in skip]
    width = wrap_width([b.text for b in kept if isinstance(b, Line)])
    return _unwrap(kept, width) if width else kept
