"""Rows written in bulk where nothing needs them back: PostgreSQL's COPY, a multi-row INSERT elsewhere.

A national load writes millions of rows no one reads back in the same breath (change history,
search postings). Through the ORM each costs a model instance and its share of a huge INSERT
statement, which the database driver then parses again on the client (psycopg splits a statement
of thousands of placeholders in Python): most of the loader's own CPU time. COPY streams the rows
as they are (psycopg formats them in C).

COPY is not an INSERT statement: execute wrappers (``core.pagecache``) do not see it, so callers
use it only inside a transaction that also writes through the ORM.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from enum import Enum
from typing import Any

from django.db import connection, models

#: Rows per multi-row INSERT where COPY is not available (SQLite: at most 32,766 parameters).
ROWS_PER_STATEMENT = 5000


def prepare_values(fields: Sequence[models.Field]) -> list[Callable[[Any], Any]]:
    """For each field, what turns a Python value into the one ``insert_rows`` sends, as the ORM would.

    psycopg writes Python values as they are; only JSON and decimals need Django's preparation
    there (half of the history rows' time was spent preparing strings and numbers that need none).
    SQLite gets Django's preparation of every field.
    """

    def prepare(field: models.Field) -> Callable[[Any], Any]:
        return lambda value: field.get_db_prep_save(value, connection)

    def plain(value: Any) -> Any:
        return value.value if isinstance(value, Enum) else value

    if connection.vendor != "postgresql":
        return [prepare(f) for f in fields]
    return [prepare(f) if isinstance(f, models.JSONField | models.DecimalField) else plain for f in fields]


def insert_rows(table: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
    """Insert ``rows`` (values ready for the database, in the order of ``columns``) into ``table``."""
    if isinstance(rows, list) and not rows:
        return
    quoted_table = connection.ops.quote_name(table)
    quoted = ", ".join(connection.ops.quote_name(c) for c in columns)
    if connection.vendor == "postgresql":
        with (
            connection.cursor() as cursor,
            cursor.cursor.copy(f"COPY {quoted_table} ({quoted}) FROM STDIN") as copy,
        ):
            for row in rows:
                copy.write_row(row)
        return
    rows = list(rows)
    if not rows:
        return
    limit = connection.features.max_query_params
    size = min(ROWS_PER_STATEMENT, limit // len(columns)) if limit else ROWS_PER_STATEMENT
    placeholders = "(" + ", ".join(["%s"] * len(columns)) + ")"
    with connection.cursor() as cursor:
        for start in range(0, len(rows), size):
            chunk = rows[start : start + size]
            cursor.execute(
                f"INSERT INTO {quoted_table} ({quoted}) VALUES {', '.join([placeholders] * len(chunk))}",
                [value for row in chunk for value in row],
            )


def reserve_ids(table: str, column: str, count: int) -> list[int]:
    """``count`` new primary keys of ``table``, for rows inserted with their keys given.

    COPY returns nothing, and rows that point at the new ones (an initiative's indicators, its 再掲
    link, every history row) need their keys before they are written: PostgreSQL hands them out
    from the column's sequence, SQLite from its AUTOINCREMENT counter (which never gives a deleted
    row's key again, so a history never mixes two rows). Call it inside the transaction that
    inserts the rows, after that transaction has written (on SQLite it then holds the write lock).
    """
    if count <= 0:
        return []
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(
                "SELECT nextval(pg_get_serial_sequence(%s, %s)) FROM generate_series(1, %s)",
                [table, column, count],
            )
            return [row[0] for row in cursor.fetchall()]
        quoted = connection.ops.quote_name(table)
        cursor.execute(
            f"SELECT MAX(last) FROM (SELECT seq AS last FROM sqlite_sequence WHERE name = %s"
            f" UNION ALL SELECT MAX({connection.ops.quote_name(column)}) FROM {quoted})",
            [table],
        )
        last = cursor.fetchone()[0] or 0
        cursor.execute("UPDATE sqlite_sequence SET seq = %s WHERE name = %s", [last + count, table])
        if not cursor.rowcount:
            cursor.execute("INSERT INTO sqlite_sequence (name, seq) VALUES (%s, %s)", [table, last + count])
    return list(range(last + 1, last + count + 1))
