"""The 課 a table belongs to when it says so once, not in a column: a workbook of one sheet per 課
(the sheet named 「市民課」), or a cell above the table (「担当課：市民課」「所属　こども未来部　子育て支援課」).

Each 課 fills in its own sheet of the same columns and no column names the 課 — the sheet or the line
above the table does. Such a table's rows are that 課's 取組: without it the progress round would go
to nobody. Only a table with no 担当課 column takes it, and only for rows that name no 課 of their own.
"""

from __future__ import annotations

from collections.abc import Iterable

from .document import Document, Line, Location, Table
from .planjson import Initiative
from .text import department_names, lazy_re, nfkc, only_departments, squash

#: A label and its value in one cell: 「担当課：市民課」「所属　こども未来部　子育て支援課」「【所管課】税務課」.
_LABELLED = lazy_re(r"[\s【\[]*([^\s:：【】\[\]]{1,8})[】\]]?\s*(?:[:：]\s*|\s+)(\S.*)")
#: How many rows or lines above a table's header may state its 課 (a title, the 課, a blank row).
_ABOVE = 6


#: Words that label a 課 stated above a table besides the dictionary's 担当課 labels: a sheet's
#: 「所属」 is whose sheet it is (as a column header 「所属」 is left to the user's mapping).
_OWNER_LABELS = ("所属", "所属課", "所属名", "課名", "部署", "部署名")


def _is_department_label(text: str) -> bool:
    from .labels import classify, key

    if key(text) in _OWNER_LABELS:
        return True
    column = classify(text, loose=False)
    return column is not None and column.role == "departments" and column.fy is None


def _names(text: str) -> list[str]:
    """The 課 a value names, each ending like a department (「こども未来部　子育て支援課」 → 子育て支援課);
    nothing when any part is no department's name (a person, a phone number)."""
    return only_departments(department_names(text))


def stated_in(rows: Iterable[list[str]]) -> list[str]:
    """The 課 rows above a table state: a cell 「担当課：市民課」, or a label cell and the 課 beside it."""
    for cells in rows:
        filled = [squash(c) for c in cells if c and c.strip()]
        if not filled:
            continue
        m = _LABELLED.fullmatch(nfkc(filled[0]))
        if m is not None and _is_department_label(m.group(1)):
            return _names(m.group(2))
        if len(filled) >= 2 and _is_department_label(filled[0]):
            return _names(filled[1])
    return []


def of_sheet(name: str | None) -> list[str]:
    """The 課 a sheet's name is (「デジタル推進課」), else nothing (「取組一覧」「R6」)."""
    if not name:
        return []
    name = squash(nfkc(name))
    return [name] if _names(name) == [name] else []


def _row_key(location: Location) -> tuple[str | None, int | None, int | None]:
    return location.sheet, location.page, location.line if location.line is not None else location.row


def _item_key(item: Initiative) -> tuple[str | None, int | None, int | None]:
    return item.get("sheet"), item.get("page"), item.get("line")


def fill(document: Document, items: list[Initiative]) -> None:
    """Give each item read from a table without a 担当課 column the 課 its table states (``stated_in``
    on the rows and lines above its header, else the sheet's name, ``of_sheet``); an item that names
    a 課 of its own keeps it."""
    from .shapes.tables import find_header

    by_row = {_item_key(item): item for item in items if not item["departments"]}
    if not by_row:
        return
    for page in document.pages:
        lines: list[str] = []  # the lines since the table before: what is written above the next one
        for block in page.blocks:
            if isinstance(block, Line):
                lines = [*lines, block.text][-_ABOVE:]
                continue
            if not isinstance(block, Table):
                continue
            header = find_header(block)
            above, lines = lines, []
            if header is None or header.first("departments") is not None:
                continue
            preamble = [[c.own_text for c in row] for row in block.rows[: header.row]][-_ABOVE:]
            names = stated_in([*([t] for t in above), *preamble]) or of_sheet(page.name)
            if not names:
                continue
            for index in range(header.row + header.height, len(block.rows)):
                item = by_row.get(_row_key(block.row_location(index)))
                if item is not None and not item["departments"]:
                    item["departments"] = list(names)
