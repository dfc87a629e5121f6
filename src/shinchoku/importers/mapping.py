"""Column mapping: the user says which role each column of a table has, where detection cannot.

A mapping (JSON, from ``shinchoku parse --map mapping.json`` or saved for a municipality by the
upload preview) looks like::

    {
      "skip_sheets": ["記入例"],
      "tables": [
        {"sheet": "進捗状況", "header_row": 3,
         "columns": {"A": "code", "B": "title", "指標の名称": "indicator", "E": "ignore", "F": "target:2024"}}
      ]
    }

A table entry is chosen by ``sheet`` (the sheet name) or ``signature`` (the header texts joined
by 「|」, as ``tables_found`` reports it); an entry with neither applies to every table. A
column is named by its letter (A, B …) or its header text; a role is one of ``labels.Role``
("ignore" drops the column), optionally with a fiscal year ("target:2024"). ``header_row``
(1-based row of the table) says where the header is when the labels do not; ``"skip": true``
leaves the table out (a 集計 table, a table of a PDF that is not the plan), as ``skip_sheets``
leaves out whole sheets.

``tables_found(document)`` returns each table found with the role detected per column: what
the upload preview shows with a select per column.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from .document import Document, Table, column_letter
from .errors import ParseError
from .labels import LABELS, Column, key, year_in
from .text import nfkc

ROLES = tuple(dict.fromkeys((*LABELS.keys(), "ignore")))  # LABELS has an "ignore" of its own
#: Rows of each table shown under its header in the upload preview.
SAMPLE_ROWS = 3


def header_key(signature: str) -> str:
    """The form a table's header is matched by: labels' matching form, empty trailing columns
    dropped (a CSV row as wide as the table before it ends in empty cells)."""
    return key(signature).rstrip("|")


#: A year in a header's matching form: 「令和5」「r5」「2023」 (after ``key``: NFKC, lower case).
_HEADER_YEAR = re.compile(r"(令和|平成|r|h)(元|\d{1,2})(?!\d)|(?<!\d)((?:19|20)\d{2})(?!\d)")


def header_shape(signature: str) -> str:
    """A header with its years left out: next year's 進捗状況一覧 (「実績値（令和6年度）」 where this year's says
    「実績値（令和5年度）」) is a table of the same shape, its mapping the saved one a year on."""
    return _HEADER_YEAR.sub("#", header_key(signature))


def _fiscal_years(text: str) -> list[int]:
    out: list[int] = []
    for m in _HEADER_YEAR.finditer(key(text)):
        if m.group(3):
            out.append(int(m.group(3)))
        else:
            n = 1 if m.group(2) == "元" else int(m.group(2))
            out.append((2018 if m.group(1) == "令和" or m.group(1) == "r" else 1988) + n)
    return out


def year_shift(saved: str, signature: str) -> int | None:
    """How many years on ``signature`` is from the ``saved`` header of the same shape (0: the same years), or
    None when its years are not all moved by one amount."""
    if header_shape(saved) != header_shape(signature):
        return None
    old, new = _fiscal_years(saved), _fiscal_years(signature)
    shifts = {b - a for a, b in zip(old, new, strict=True)}
    return shifts.pop() if len(shifts) == 1 else (0 if not shifts else None)


def _shifted_text(text: str, by: int) -> str:
    """``text`` with each year in it ``by`` years on: 「実績値（令和5年度）」 → 「実績値（令和6年度）」."""

    def move(m: re.Match[str]) -> str:
        if m.group(3):
            return str(int(m.group(3)) + by)
        n = 1 if m.group(2) == "元" else int(m.group(2))
        return f"{m.group(1)}{n + by}"

    return _HEADER_YEAR.sub(move, nfkc(text))


def shifted_role(role: str, by: int) -> str:
    """A role with its year ``by`` years on: "actual:2023" → "actual:2024" (next year's file of a saved mapping)."""
    name, _, year = role.partition(":")
    return f"{name}:{int(year) + by}" if year.isdigit() else role


def saved_applying(saved: list[dict[str, Any]], signatures: list[str]) -> dict[str, Any] | None:
    """The mapping a municipality's saved entries give the tables with these headers, or None when none applies.

    ``saved``: the entries as kept (``{"signature", "columns", "skip", "by", "at"}``, oldest first). An entry of the
    same header applies as it is; a header none was saved for whose shape is a saved one's with its years moved on
    (next year's 「実績値（令和6年度）」 where last year's says 「実績値（令和5年度）」) takes that entry, each role's
    year moved on as its column's header moved (a final target's 「目標値（令和8年度）」 stays where the actuals' moves).
    Pure, so that the child process reading an upload chooses it (``isolated``) as ``plans.mappings`` does."""
    signatures = [s for s in signatures if s]
    wanted = {header_key(s) for s in signatures}
    entries = [
        (row, row["signature"], row["columns"]) for row in saved if header_key(row["signature"]) in wanted
    ]
    found = {header_key(row["signature"]) for row, _signature, _columns in entries}
    older = [row for row in saved if header_key(row["signature"]) not in wanted]
    for signature in dict.fromkeys(signatures):
        if header_key(signature) in found:
            continue
        row = next((r for r in older if header_shape(r["signature"]) == header_shape(signature)), None)
        if row is not None:
            entries.append((row, signature, moved_on(row["signature"], signature, row["columns"])))
    tables = [
        {"signature": signature, "columns": columns, "skip": row["skip"]}
        for row, signature, columns in entries
    ]
    if not tables:
        return None
    # who saved each entry and when, for the preview (the readers ignore keys they do not know)
    notes = [
        {"signature": signature, "by": row.get("by"), "at": row.get("at")}
        for row, signature, _columns in entries
    ]
    return {"tables": tables, "saved": notes}


def moved_on(saved: str, signature: str, columns: dict[str, str]) -> dict[str, str]:
    """The ``columns`` saved for the header ``saved``, for ``signature``: the same header with its years
    moved on, each column's label by its own amount (one that names no year by the header's, when all
    its years moved by one). A column named by its header text takes the new header's text."""
    old_labels, new_labels = saved.split("|"), signature.split("|")
    whole = year_shift(saved, signature) or 0
    by_label = {header_key(label): index for index, label in enumerate(old_labels)}
    out: dict[str, str] = {}
    for name, role in columns.items():
        index = letter_index(name)
        named = index is None
        if named:
            index = by_label.get(header_key(name))
        if index is None or index >= len(old_labels) or index >= len(new_labels):
            out[name] = role
            continue
        shift = year_shift(old_labels[index], new_labels[index])
        shift = whole if shift is None or (shift == 0 and not _has_year(old_labels[index])) else shift
        out[new_labels[index] if named else name] = shifted_role(role, shift)
    return out


def _has_year(label: str) -> bool:
    return header_shape(label) != header_key(label)


def letter_index(name: str) -> int | None:
    """A column named by its letter (A, B … AA): its index; None for one named by its header text."""
    name = name.strip().upper()
    if not name.isascii() or not name.isalpha() or len(name) > 3:
        return None
    index = 0
    for ch in name:
        index = index * 26 + ord(ch) - 64
    return index - 1


#: A column of years dating another column's values (基準年度, 目標年度): the role's name in a mapping.
YEAR_OF = {"baseline_year": "baseline", "target_year": "target", "actual_year": "actual"}


def role_name(column: Column | None) -> str:
    """The role of a found column as a mapping names it (a column of years: whose values it dates)."""
    if column is None:
        return "ignore"
    if column.role == "year" and column.of:
        return f"{column.of}_year"
    return column.role


def _role(text: str) -> Column | None:
    """ "target:2024" -> Column("target", 2024); "target_year" -> the column of the 目標値's years;
    "ignore" -> None; ParseError for an unknown role."""
    role, _, year = str(text).partition(":")
    role = role.strip()
    if role in YEAR_OF:
        return Column("year", None, None, YEAR_OF[role])
    if role not in ROLES:
        raise ParseError(
            f"列の対応の役割 '{text}' がありません（使えるもの: {', '.join([*ROLES, *YEAR_OF])}）。"
        )
    if role == "ignore":
        return None
    fy = None
    if year.strip():
        if not year.strip().isdigit():
            raise ParseError(f"列の対応 '{text}' の年度は 2024 のように西暦で書いてください。")
        fy = int(year)
    return Column(role, fy)


@dataclass
class TableMap:
    sheet: str | None = None
    signature: str | None = None
    header_row: int | None = None
    columns: dict[str, str] = field(default_factory=dict)
    skip: bool = False


@dataclass
class Mapping:
    tables: list[TableMap] = field(default_factory=list)
    skip_sheets: list[str] = field(default_factory=list)

    @classmethod
    def of(cls, data: Any) -> Mapping:
        """A Mapping from its JSON form (dict, JSON text or bytes); ParseError when malformed."""
        if isinstance(data, Mapping):
            return data
        if isinstance(data, bytes | str):
            try:
                data = json.loads(data)
            except (ValueError, UnicodeDecodeError):
                raise ParseError("列の対応（JSON）を読めません。") from None
        if not isinstance(data, dict):
            raise ParseError("列の対応は JSON のオブジェクトで書いてください。")
        tables = data.get("tables", [])
        skips = data.get("skip_sheets", [])
        if not isinstance(tables, list) or not isinstance(skips, list):
            raise ParseError("列の対応の tables と skip_sheets は配列で書いてください。")
        mapping = cls(skip_sheets=[str(s) for s in skips])
        for entry in tables:
            if not isinstance(entry, dict) or not isinstance(entry.get("columns", {}), dict):
                raise ParseError("列の対応の tables の各項目には columns（列→役割）を書いてください。")
            header_row = entry.get("header_row")
            if header_row is not None and (not isinstance(header_row, int) or header_row < 1):
                raise ParseError("列の対応の header_row は 1 以上の行番号で書いてください。")
            skip = entry.get("skip", False)
            if not isinstance(skip, bool):
                raise ParseError("列の対応の skip は true か false で書いてください。")
            columns = {str(k): str(v) for k, v in entry.get("columns", {}).items()}
            for role in columns.values():
                _role(role)  # fail early on an unknown role
            sheet, signature = entry.get("sheet"), entry.get("signature")
            mapping.tables.append(
                TableMap(
                    None if sheet is None else str(sheet),
                    None if signature is None else str(signature),
                    header_row,
                    columns,
                    skip,
                )
            )
        return mapping

    def skips(self, sheet: str | None) -> bool:
        return sheet is not None and sheet.strip() in [s.strip() for s in self.skip_sheets]

    def leaves_out(self, table: Table, header: Any) -> bool:
        """Whether the user left ``table`` out (``"skip": true`` on its entry)."""
        entry = self.entry_for(table, header.signature if header is not None else None)
        return entry is not None and entry.skip

    def entry_for(self, table: Table, signature: str | None) -> TableMap | None:
        sheet = table.location.sheet
        for entry in self.tables:
            if entry.sheet is not None and sheet is not None and entry.sheet.strip() == sheet.strip():
                return entry
            if (
                entry.signature is not None
                and signature is not None
                and header_key(entry.signature) == header_key(signature)
            ):
                return entry
        for entry in self.tables:  # next year's header: the same shape, its years one on
            if entry.signature is not None and signature is not None:
                by = year_shift(entry.signature, signature)
                if by:
                    return TableMap(
                        entry.sheet,
                        signature,
                        entry.header_row,
                        {_shifted_text(name, by): shifted_role(role, by) for name, role in entry.columns.items()},
                        entry.skip,
                    )
        return next((e for e in self.tables if e.sheet is None and e.signature is None), None)

    def apply(self, table: Table, header: Any) -> Any:
        """The header of ``table`` with this mapping's columns applied (a Header, or None)."""
        from .shapes.tables import Header, _header_columns, _texts

        entry = self.entry_for(table, header.signature if header is not None else None)
        if entry is None:
            return header
        if entry.header_row is not None:
            row = entry.header_row - 1
            if row >= len(table.rows):
                return header
            cells = _texts(table.rows[row])
            if header is None or header.row != row:
                detected = _header_columns(cells, None, None)
                header = Header(detected, row, 1, [[key(c) for c in cells]], dict(enumerate(cells)))
        if header is None:
            return None
        by_label = {key(text): i for i, text in header.labels.items() if text}
        columns = dict(header.columns)
        for name, role in entry.columns.items():
            index = letter_index(name)
            if index is None:
                index = by_label.get(key(name))
            if index is None:
                continue
            column = _role(role)
            if column is None:
                columns.pop(index, None)
            else:
                columns[index] = column
        header.columns = columns
        return header


#: Tables the preview lists at most (a PDF of cards has a header in every card).
MAX_TABLES = 60


def _headers(table: Table, column_map: Mapping | None) -> list[Any]:
    """The headers of ``table`` as the table reader meets them: the first, then each row further
    down that is a header of other columns (a CSV with a second list under the first)."""
    from .labels import SURFACE
    from .shapes.tables import _texts, find_header

    header = find_header(table)
    if column_map is not None:
        header = column_map.apply(table, header)
    if header is None:
        return []
    found = [header]
    for r in range(header.row + header.height, len(table.rows)):
        if not any(c in SURFACE for c in _texts(table.rows[r])):
            continue
        further = find_header(table, r, limit=1)
        if column_map is not None:
            further = column_map.apply(table, further)
        if further is not None and further.row == r and header_key(further.signature) != header_key(
            found[-1].signature
        ):
            found.append(further)
    return found


def tables_found(document: Document, mapping: Any = None) -> list[dict[str, Any]]:
    """Each table with a header row, and the role detected (or mapped) for each column.

    ``[{"sheet", "page", "header_row", "signature", "skipped", "sheet_skipped", "rows", "columns": [{"index",
    "letter", "header", "role", "fy", "year"}]}]`` — what the upload preview shows, one select
    per column under the header and the first rows (``rows``, texts) of the table. ``year`` is
    the fiscal year the column is for, or the year its header names (「R7」 read as 工程 may be
    the 目標値 of 2025), so that the preview can offer the yearly roles of that year. A second
    header further down a table (other columns) is listed as a table of its own.
    """
    column_map = Mapping.of(mapping) if mapping else None
    found: list[dict[str, Any]] = []
    for page in document.pages:
        for block in page.blocks:
            if not isinstance(block, Table):
                continue
            headers = _headers(block, column_map)
            for number, header in enumerate(headers):
                end = headers[number + 1].row if number + 1 < len(headers) else len(block.rows)
                found.append(_table(page, block, header, end, column_map))
                if len(found) >= MAX_TABLES:
                    return found
    return found


def _table(page: Any, block: Table, header: Any, end: int, column_map: Mapping | None) -> dict[str, Any]:
    location = block.row_location(header.row)
    columns = []
    for index in range(block.width):
        column = header.columns.get(index)
        label = header.labels.get(index, "")
        named = year_in(label) if label else None
        columns.append(
            {
                "index": index,
                "letter": column_letter(index + 1),
                "header": label,
                "role": role_name(column),
                "fy": column.fy if column else None,
                "year": (column.fy if column and column.fy else None) or (named[0] if named else None),
            }
        )
    rows = [
        [" ".join(cell.own_text.split()) for cell in row]
        for row in block.rows[header.row + header.height : end]
        if any(cell.own_text.strip() for cell in row)
    ][:SAMPLE_ROWS]
    return {
        "sheet": page.name,
        "page": page.number,
        "header_row": location.row if location.row is not None else location.line,
        "signature": header.signature.rstrip("|"),
        "skipped": bool(column_map and (column_map.skips(page.name) or column_map.leaves_out(block, header))),
        "sheet_skipped": bool(column_map and column_map.skips(page.name)),
        "rows": rows,
        "columns": columns,
    }
