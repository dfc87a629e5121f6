"""Random tables: whatever cells a table holds, the generic readers return a plan or raise ParseError.

The cells are drawn from what real tables hold (labels of the dictionary, years, numbers with
units, dates, arrows, blanks) and from random text, rendered as CSV, TSV, markdown and as a
workbook with random merged cells, so that the header search, section columns, continuation
rows and the mapping meet odd shapes.
"""

from __future__ import annotations

import io

import openpyxl
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from shinchoku.importers import ParseError, parse
from shinchoku.importers.labels import LABELS
from shinchoku.importers.planjson import validate

WORDS = [label for labels in LABELS.values() for label in labels] + [
    "令和6年度",
    "R7",
    "2024",
    "目標値(令和8年度)",
    "R6目標",
    "→",
    "●",
    "1-1-1",
    "2001-01-03",
    "120件",
    "37.5%",
    "▲1,000千円",
    "基本目標1 くらし",
    "(1) 施策",
    "① 取組【担当課：総務課】",
    "情報政策課、市民課",
    "A",
    "※注",
    "",
    "",
    "",
    "取組名：電子申請",
    "［指標］手続数 現状値 10件→目標値 20件",
    "|",
    ",",
    "\t",
    '"',
]
cell = st.one_of(st.sampled_from(WORDS), st.text(max_size=12))
grid = st.lists(st.lists(cell, min_size=1, max_size=8), min_size=1, max_size=14)
FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _check(data: bytes, filename: str, mapping: object = None) -> None:
    try:
        plan = parse(data, filename=filename, mapping=mapping)
    except ParseError as exc:
        assert str(exc).strip()
        return
    validate(plan)
    assert plan["initiatives"]


def _csv(rows: list[list[str]], sep: str) -> str:
    return "\n".join(sep.join('"' + c.replace('"', '""') + '"' for c in row) for row in rows)


@FUZZ
@given(grid, st.sampled_from(["csv", "tsv", "md", "txt"]))
def test_random_tables(rows, form):
    if form == "md":
        text = "\n".join("| " + " | ".join(c.replace("|", "") for c in row) + " |" for row in rows)
    elif form == "txt":
        text = "\n".join(" ".join(row) for row in rows)
    else:
        text = _csv(rows, "," if form == "csv" else "\t")
    _check(text.encode("utf-8"), f"x.{form}")


@FUZZ
@given(
    grid,
    st.dictionaries(
        st.sampled_from(["A", "B", "C", "取組名", "担当課"]),
        st.sampled_from(["title", "departments", "target:2024", "ignore", "section"]),
    ),
    st.one_of(st.none(), st.integers(1, 16)),
)
def test_random_tables_with_a_mapping(rows, columns, header_row):
    table = {"columns": columns} if header_row is None else {"columns": columns, "header_row": header_row}
    _check(_csv(rows, ",").encode("utf-8"), "x.csv", {"tables": [table]})


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    grid,
    st.lists(
        st.tuples(st.integers(1, 14), st.integers(1, 8), st.integers(0, 3), st.integers(0, 3)), max_size=4
    ),
)
def test_random_workbooks(rows, merges):
    book = openpyxl.Workbook()
    sheet = book.active
    for row in rows:
        sheet.append([ILLEGAL_CHARACTERS_RE.sub("", c) or None for c in row])
    taken: set[tuple[int, int]] = set()
    for top, left, down, right in merges:
        cells = {(r, c) for r in range(top, top + down + 1) for c in range(left, left + right + 1)}
        if len(cells) > 1 and not cells & taken:
            sheet.merge_cells(start_row=top, start_column=left, end_row=top + down, end_column=left + right)
            taken |= cells
    buffer = io.BytesIO()
    book.save(buffer)
    _check(buffer.getvalue(), "x.xlsx")
