"""A table set on its side: the labels down the first column, one 取組 a column (a 個別取組シート turned so that
ten 取組 fit on one sheet).

「取組番号 | 1-1 | 1-2 | …」「取組名 | 電子申請の拡大 | 窓口のキャッシュレス化 | …」「担当課 | …」 down the rows, a
group merged down column A over the items of column B (「成果指標」 over 指標名 / 単位 / 現状値（R6）, 「工程」 over
R7…R10, 「事業費（千円）」 over R7…R10), a single item merged across A:B. Read as it stands, each row would be one
取組 of all ten titles. ``upright`` turns such a table the right way up: the labels the header (the group over
the item, two header rows, as a sheet of 取組 a row has them), each column a row; the table readers then read it
as any other. The rows above the labels (the title) and under them (a note) stay where they were.
"""

from __future__ import annotations

from .document import Block, Cell, Document, Location, Origin, Page, Table
from .labels import GENERIC_TITLES, classify, key

#: How many rows of labels a table on its side has at least.
_MIN_LABELS = 4
#: Beside its titles, a table on its side names down its first column their number or 担当課.
_ONE_OF = frozenset(("code", "departments"))


def _role(text: str, parent: str | None = None) -> str | None:
    text = text.strip()
    if not text or len(text) > 24 or "\n" in text:
        return None
    column = classify(text, parent=parent, loose=False)
    return column.role if column is not None else None


def _labels(row: list[Cell], below: list[Cell] | None = None) -> tuple[str, str | None] | None:
    """(group, item) a row's label cells say — the item None where the label is one cell (column A's only) —
    or None for a row whose first cell names no column. ``below``: the row under it, where a group of no role of its
    own (「基本情報」) is merged down from this row over the items of column B."""
    first = row[0]
    if len(row) > 1 and row[1].origin == "left" and _role(first.text):
        return first.text.strip(), first.text.strip()  # a single item merged across A:B
    if len(row) > 2 and first.text.strip() and row[1].origin == "own" and _role(row[1].text, first.text):
        group = _role(first.text)
        # 「成果指標」 merged down over 「指標名」「単位」…; 「基本情報」 over 「取組番号」「取組名」 from its first row on
        down = below is not None and len(below) > 0 and below[0].origin == "above"
        if group is not None or first.origin == "above" or down:
            return first.text.strip(), row[1].text.strip()
    if _role(first.text) is not None and first.origin == "own":
        return first.text.strip(), None
    return None


def _labels_at(rows: list[list[Cell]], r: int) -> tuple[str, str | None] | None:
    """``_labels`` of row ``r``, with the row under it."""
    return _labels(rows[r], rows[r + 1] if r + 1 < len(rows) else None)


def _run(table: Table) -> tuple[int, int, int] | None:
    """(first row, last row + 1, the first column of values) of the table's rows of labels, when they are a
    table on its side: four rows or more, a title row and a number or 担当課 row among them, two columns of
    values or more, each with its own title."""
    rows = table.rows
    best: tuple[int, int] | None = None
    start: int | None = None
    for r in range(len(rows) + 1):
        if r < len(rows) and _labels_at(rows, r) is not None:
            start = r if start is None else start
            continue
        if start is not None and (best is None or r - start > best[1] - best[0]):
            best = (start, r)
        start = None
    if best is None or best[1] - best[0] < _MIN_LABELS:
        return None
    best = _past_its_header(rows, best)
    labels = [_labels_at(rows, r) for r in range(*best)]
    two = any(label is not None and label[1] is not None for label in labels)
    first = 2 if two else 1
    roles: dict[str, int] = {}
    for r, label in zip(range(*best), labels, strict=True):
        assert label is not None
        role = _role(label[1], label[0]) if label[1] is not None else _role(label[0])
        if role is not None:
            roles.setdefault(role, r)
    if "title" not in roles or not _ONE_OF & set(roles):
        return None
    titles = [cell for cell in rows[roles["title"]][first:] if cell.origin == "own" and cell.text.strip()]
    if len(titles) < 2 or any(_role(cell.text) is not None for cell in titles):
        return None
    return best[0], best[1], first


def _past_its_header(rows: list[list[Cell]], run: tuple[int, int]) -> tuple[int, int]:
    """The run of label rows without the row that heads the table as printed — 「区分 | 項目 | 取組1 | 取組2 | …」 over
    the labels and the 取組's columns, its item the generic 「項目」 — where a row under it names the titles (「取組名」):
    taken for the title row, every 取組 was titled 「取組1」… (茅ヶ原市, batch 44)."""
    top, end = run
    label = _labels_at(rows, top)
    if label is None or key(label[1] or label[0]) not in GENERIC_TITLES:
        return run
    for r in range(top + 1, end):
        below = _labels_at(rows, r)
        if below is not None and (_role(below[1], below[0]) if below[1] is not None else _role(below[0])) == "title":
            return top + 1, end
    return run


def _turned(origin: Origin) -> Origin:
    """A merged cell's origin once its table is turned: what came from the left comes from above."""
    return "above" if origin == "left" else "left" if origin == "above" else origin


def _upright(table: Table, top: int, end: int, first: int) -> list[Block]:
    """The rows above the labels, the labels' rows turned (the header, then a row a column), the rows under."""
    rows = table.rows
    labels = [_labels_at(rows, r) for r in range(top, end)]
    groups: list[Cell] = []
    items: list[Cell] = []
    for at, label in enumerate(labels):
        assert label is not None
        group, item = label
        same = at > 0 and labels[at - 1] is not None and labels[at - 1][0] == group  # type: ignore[index]
        groups.append(Cell(group, "left" if same and item != group else "own"))
        items.append(Cell(group, "above") if item is None or item == group else Cell(item))
    header = [groups, items] if first == 2 else [groups]
    body: list[list[Cell]] = []
    locations: list[Location] = []
    where = table.row_location(top)
    for column in range(first, table.width):
        cells = [Cell(rows[r][column].text, _turned(rows[r][column].origin)) for r in range(top, end)]
        if not any(cell.text.strip() and cell.origin == "own" for cell in cells):
            continue
        body.append(cells)
        locations.append(Location(sheet=where.sheet, page=where.page, row=where.row, column=column + 1))
    out: list[Block] = []
    if top:
        out.append(Table(rows[:top], table.location, [table.row_location(r) for r in range(top)]))
    out.append(Table(header + body, where, [where] * len(header) + locations, header_rows=len(header)))
    if end < len(rows):
        out.append(
            Table(rows[end:], table.row_location(end), [table.row_location(r) for r in range(end, len(rows))])
        )
    return out


def upright(document: Document) -> Document:
    """``document`` with each table on its side (``_run``) the right way up; the same document when none is."""
    found = {id(table): run for table in document.tables() if (run := _run(table)) is not None}
    if not found:
        return document
    pages = []
    for page in document.pages:
        blocks: list[Block] = []
        for block in page.blocks:
            run = found.get(id(block)) if isinstance(block, Table) else None
            blocks.extend(_upright(block, *run) if run is not None and isinstance(block, Table) else [block])
        pages.append(Page(page.number, blocks, page.name))
    return Document(document.kind, pages, document.notes, document.by_page, document.running)
