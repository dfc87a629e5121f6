"""Tables set side by side on one sheet, and a budget table keyed by the initiatives' numbers.

A sheet may hold two tables next to each other — the 取組 on the left, 「２　予算（単位：千円）」 to the
right, an empty column between them, each with its own header row. Read as one table its rows would
be joined row by row, the right table's No. and amounts given to whichever 取組 stands on the same
row. ``split`` makes each a table of its own.

A table of a number, a name and amounts by year (「No. | 事業名 | R7 | R8 | R9」 under a caption saying
予算), whose numbers are those of the 取組 of another table, is those 取組's budget by year, not a list
of 取組 of its own: ``budget_tables`` sets it apart and ``join_budgets`` adds each amount to the 取組
of its number.
"""

from __future__ import annotations

from .document import Block, Cell, Document, Page, Table
from .labels import LABELS, Column, classify, compares_revisions, is_known, key
from .planjson import Initiative
from .shapes.common import Collector
from .text import is_no_value, lazy_re, nfkc, parse_number, plain_code

#: The roles a budget table by number may have beside its number and its years.
_BESIDE = frozenset(("title", "unit", "note", "ignore"))
#: A money unit stated over the amounts: 「（単位：千円）」「予算（千円）」.
_MONEY_UNIT = lazy_re(r"(百万円|千円|万円|円)")
#: How many rows of a table are looked at for its header.
_HEADER_ROWS = 40


def _role(text: str) -> str | None:
    column = classify(text, loose=False) if text and len(text) <= 24 else None
    return column.role if column is not None else None


def _keyed(cells: list[str]) -> bool:
    """A header of a table of its own: two labels or more, and it starts with a number or a name."""
    labelled = [c for c in cells if c and is_known(c)]
    first = next((c for c in cells if c), "")
    return len(labelled) >= 2 and _role(first) in ("code", "title")


def _gap(table: Table) -> tuple[int, int] | None:
    """(the empty column, the first column after it) between two keyed headers (``_keyed``) — the left
    one's row ending at the column, the right one's starting after it on that row or another — the
    column empty from the higher header down; None for a table of its own."""
    rows = [[cell.text.strip() for cell in row] for row in table.rows[:_HEADER_ROWS]]
    for r, texts in enumerate(rows):
        if _role(next((t for t in texts if t), "")) not in ("code", "title"):
            continue  # no header starts this row

        def spanned(c: int, r: int = r) -> bool:  # a slot a label merged across it covers (「実施年度」 over R7–R9)
            return table.rows[r][c].origin == "left"

        for c in range(1, len(texts) - 1):
            if texts[c] or spanned(c) or not (texts[c - 1] or spanned(c - 1)) or not _keyed(texts[:c]):
                continue
            right = _right_header(rows, c)
            if right is None:
                continue
            top, after = right
            if all(c < len(row) and not row[c].text.strip() for row in table.rows[min(r, top) :]):
                return c, after
    return None


def _right_header(rows: list[list[str]], gap: int) -> tuple[int, int] | None:
    """(row, first column) of a keyed header right of column ``gap`` (nothing in that column on its row)."""
    for r, texts in enumerate(rows):
        if gap >= len(texts) or texts[gap]:
            continue
        after = next((i for i in range(gap + 1, len(texts)) if texts[i]), None)
        if after is not None and _keyed(texts[after:]):
            return r, after
    return None


def _part(table: Table, first: int, last: int) -> Table | None:
    """Columns [first, last) of ``table``, trimmed to the rows with text; a slot covered by a cell
    outside them is empty."""
    rows: list[list[Cell]] = []
    for row in table.rows:
        part = row[first:last]
        if part and part[0].origin == "left":
            part = [Cell("") if cell.origin == "left" else cell for cell in part]
        rows.append(part)
    filled = [i for i, row in enumerate(rows) if any(cell.text.strip() for cell in row)]
    if not filled:
        return None
    top, bottom = filled[0], filled[-1] + 1
    locations = [table.row_location(i) for i in range(top, bottom)]
    return Table(rows=rows[top:bottom], location=locations[0], row_locations=locations)


def _split_table(table: Table) -> list[Table]:
    gap = _gap(table)
    if gap is None:
        return [table]
    left, right = _part(table, 0, gap[0]), _part(table, gap[1], table.width)
    parts = [left] if left is not None else []
    return parts + (_split_table(right) if right is not None else [])


def split(document: Document) -> Document:
    """``document`` with each table that holds two tables side by side (``_gap``) as the two."""
    if not any(_gap(table) is not None for table in document.tables()):
        return document
    pages = []
    for page in document.pages:
        blocks: list[Block] = []
        for block in page.blocks:
            blocks.extend(_split_table(block) if isinstance(block, Table) else [block])
        pages.append(Page(page.number, blocks, page.name))
    return Document(document.kind, pages, document.notes, document.by_page, document.running)


# --------------------------------------------------------------------------- budget by number


def _budget_words(texts: list[str]) -> bool:
    words = [key(w) for w in LABELS["budget"]]
    return any(word in key(text) for text in texts for word in words)


class _Budget:
    """A budget table by number: its rows, the number's column and each year's column."""

    def __init__(self, table: Table, header: int, code: int, years: dict[int, int], unit: str | None):
        self.table, self.header, self.code, self.years, self.unit = table, header, code, years, unit

    def codes(self) -> list[str]:
        return [c for row in self.table.rows[self.header + 1 :] if (c := self.code_of(row))]

    def code_of(self, row: list[Cell]) -> str:
        return plain_code(row[self.code].own_text) if self.code < len(row) else ""


def _header_row(table: Table) -> tuple[int, dict[int, Column]] | None:
    """(row, the column each label names) of the table's first keyed header (``_keyed``): a budget table
    may have no name column (「番号 | R7 | R8 | R9」), which no 取組 table's header lacks."""
    for r, row in enumerate(table.rows[:_HEADER_ROWS]):
        texts = [cell.text.strip() for cell in row]
        if _keyed(texts):
            named = {i: classify(text, loose=False) for i, text in enumerate(texts) if text}
            return r, {i: column for i, column in named.items() if column is not None}
    return None


def _as_budget(table: Table) -> _Budget | None:
    """The table as a budget by number: a header of a number, its years and nothing but a name, a
    unit or a note beside them, that says it is a budget (its caption above, a header, or 円 in its
    amounts)."""
    found = _header_row(table)
    if found is None:
        return None
    header, columns = found
    code = next((i for i, c in columns.items() if c.role == "code"), None)
    years = {i: c.fy for i, c in columns.items() if c.fy is not None and c.role in ("budget", "schedule")}
    others = {c.role for i, c in columns.items() if i != code and i not in years}
    if code is None or not years or not others <= _BESIDE:
        return None
    above = [cell.text for row in table.rows[: header + 1] for cell in row if cell.text.strip()]
    body = [row[i].text for row in table.rows[header + 1 :] for i in years if i < len(row)]
    stated = _budget_words(above) or any(c.role == "budget" for c in columns.values())
    if not stated and not any(_MONEY_UNIT.search(nfkc(text)) for text in body):
        return None
    unit = next((m.group(1) for text in above if (m := _MONEY_UNIT.search(nfkc(text)))), None)
    return _Budget(table, header, code, {i: fy for i, fy in years.items() if fy is not None}, unit)


def _plan_codes(tables: list[Table]) -> set[str]:
    """The numbers of the 取組 tables among ``tables`` (a number column beside a title column)."""
    from .shapes.tables import find_header

    codes: set[str] = set()
    for table in tables:
        header = find_header(table)
        if header is None or header.first("code") is None or header.first("title") is None:
            continue
        at = header.first("code")
        assert at is not None
        codes.update(
            plain_code(row[at].own_text) for row in table.rows[header.row + header.height :] if at < len(row)
        )
    codes.discard("")
    return codes


def budget_tables(document: Document) -> tuple[Document, list[_Budget]]:
    """(``document`` without its budget tables by number, those tables): a table ``_as_budget`` whose
    every number is the number of a 取組 in another table of the document."""
    tables = list(document.tables())
    found: list[_Budget] = []
    for table in tables:
        budget = _as_budget(table)
        if budget is None:
            continue
        codes = budget.codes()
        if codes and set(codes) <= _plan_codes([t for t in tables if t is not table]):
            found.append(budget)
    if not found:
        return document, []
    return _without(document, [b.table for b in found]), found


def _compares(header: list[Cell]) -> bool:
    """Whether a table's first row heads a 新旧対照表: a part before the review beside it after, and no value's label —
    「目標値（R9）」 over 「変更前 | 変更後」 (a 中間見直し's 取組一覧, its header two rows deep) is a table of 取組 whose
    target the review changed, read by its 変更後 (``labels._SUPERSEDED``)."""
    labels = [cell.text.strip() for cell in header]
    if not compares_revisions(labels):
        return False
    return not any(
        (column := classify(label)) is not None and column.role in ("baseline", "target", "actual", "indicator")
        for label in labels
    )


def _without(document: Document, tables: list[Table]) -> Document:
    """``document`` without ``tables``."""
    apart = {id(t) for t in tables}
    pages = [
        Page(page.number, [b for b in page.blocks if id(b) not in apart], page.name)
        for page in document.pages
    ]
    return Document(document.kind, pages, document.notes, document.by_page, document.running)


def revision_tables(document: Document) -> tuple[Document, list[Table]]:
    """(``document`` without its 新旧対照表, those tables): a table headed by a part before a review beside it after
    (``labels.compares_revisions``) on its first or second row. Its rows name 取組 by code with their old and new
    titles, 担当課 or targets — what changed, each again in the plan's own pages; read as rows or as label–value cards
    they were 取組 of two titles glued (竜胆台市, batch 36)."""
    found = [table for table in document.tables() if table.rows and _compares(table.rows[0])]
    if not found:
        return document, []
    return _without(document, found), found


def join_budgets(budgets: list[_Budget], collector: Collector) -> None:
    """Each amount of ``budgets`` as the budget of that year of the 取組 of its number (one 取組 a
    number; 「－」 no amount)."""
    by_code: dict[str, list[Initiative]] = {}
    for item in collector.initiatives:
        if item["code"]:
            by_code.setdefault(plain_code(item["code"]), []).append(item)
    for budget in budgets:
        for row in budget.table.rows[budget.header + 1 :]:
            items = by_code.get(budget.code_of(row), [])
            if len(items) == 1:
                _add(items[0], budget, row)


def _add(item: Initiative, budget: _Budget, row: list[Cell]) -> None:
    for at, fy in budget.years.items():
        text = row[at].own_text.strip() if at < len(row) else ""
        found = parse_number(text) if text and not is_no_value(text) else None
        if found is None or any(entry["fy"] == fy for entry in item["budget"]):
            continue
        amount, unit = found
        unit = unit if unit.endswith("円") else budget.unit or "千円"
        item["budget"].append({"fy": fy, "amount": amount, "unit": unit})
