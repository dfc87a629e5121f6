"""Who made a change, for the change history every model keeps (django-simple-history).

The history rows themselves are written by simple-history on each save; here is what every app's
writes share: the user a change is recorded for (``acting_user``, ``history_user``: the request's
user, or the one an import or a background job acts for), and history written in bulk
(``insert_history``, ``bulk_delete_with_history``) where a plan's import writes thousands of rows.
Reading an initiative's history for its page is ``progress.history`` (it includes the reports).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from types import SimpleNamespace
from typing import Any

from django.db import models
from django.utils import timezone
from simple_history.models import HistoricalRecords


@contextmanager
def acting_user(user: Any) -> Iterator[None]:
    """Name ``user`` in the history of every row written inside the block.

    In a request simple-history's middleware already knows the user; outside one (the command
    line, the background worker) this gives the history the same knowledge. ``None`` leaves
    whatever is already known. A user given is the one named, whatever an earlier request left
    in simple-history's thread-local context (a request whose middleware did not run to its end
    would otherwise name its user in this block's history).
    """
    context = HistoricalRecords.context
    if user is None:
        yield
        return
    missing = object()
    before = getattr(context, "request", missing)
    context.request = SimpleNamespace(user=user)
    try:
        yield
    finally:
        if before is missing:
            del context.request
        else:
            context.request = before


def history_user(user: Any = None) -> Any:
    """``user``, else the user of the request being served (simple-history's context), else None."""
    if user is not None:
        return user
    request_user = getattr(getattr(HistoricalRecords.context, "request", None), "user", None)
    return request_user if getattr(request_user, "is_authenticated", False) else None


def _history_columns(history: Any, fields: list[models.Field]) -> list[str]:
    return [
        "history_date",
        "history_change_reason",
        "history_type",
        "history_user_id",
        *(f.column for f in fields),
    ]


def _history_head(history: Any, user: Any, history_type: str) -> list[Any]:
    """The columns every history row of one write shares: now, no reason, the type, the user."""
    from django.db import connection

    now = history._meta.get_field("history_date").get_db_prep_save(timezone.now(), connection)
    return [now, "", history_type, getattr(user, "pk", None)]


def insert_history(
    model: type[models.Model], objs: list[Any], user: Any = None, history_type: str = "+"
) -> None:
    """The history row of each of ``objs`` (just inserted: 「追加」, or updated: 「変更」), as simple-history's
    ``bulk_history_create`` writes it (tracked fields, the type, the user, now), but without a
    historical model instance per row and through COPY on PostgreSQL (``core.bulk``): a plan's
    history rows were a third of its load's CPU time."""
    from shinchoku.core.bulk import insert_rows, prepare_values

    if not objs:
        return
    history = model.history.model  # type: ignore[attr-defined]
    fields = list(history.tracked_fields)
    values = list(zip([f.attname for f in fields], prepare_values(fields), strict=True))
    head = _history_head(history, user, history_type)
    insert_rows(
        history._meta.db_table,
        _history_columns(history, fields),
        ([*head, *(prepare(getattr(obj, name)) for name, prepare in values)] for obj in objs),
    )


def insert_with_history(model: type[models.Model], rows: list[dict[str, Any]], user: Any = None) -> list[int]:
    """Insert ``rows`` into ``model``'s table, with the 「追加」 history row of each naming ``user``;
    their primary keys, in order.

    A row is the model's column values by attribute name (``plan_id``); a field it leaves out takes
    the field's default, as a new model instance would. Rows without their primary key get new
    ones (``core.bulk.reserve_ids``), set in each row. No model instance is built: a national load inserts millions of rows, and the
    instances, Django's INSERT compiler and psycopg's parsing of its thousands of placeholders were
    most of a new plan's load time. Each value is prepared once for both the row and its history
    (COPY on PostgreSQL, multi-row INSERTs elsewhere: ``core.bulk.insert_rows``). Like
    ``bulk_create`` it sends no signals.
    """
    from shinchoku.core.bulk import insert_rows, prepare_values, reserve_ids

    if not rows:
        return []
    key = model._meta.pk.attname
    if key not in rows[0]:
        for pk, row in zip(
            reserve_ids(model._meta.db_table, model._meta.pk.column, len(rows)), rows, strict=True
        ):
            row[key] = pk
    fields = list(model._meta.concrete_fields)
    names = [f.attname for f in fields]
    unknown = set(rows[0]) - set(names)
    if unknown:
        raise ValueError(f"{model.__name__} has no columns {sorted(unknown)}")
    now = timezone.now()
    defaults = [
        now if getattr(f, "auto_now", False) or getattr(f, "auto_now_add", False) else f.get_default()
        for f in fields
    ]
    columns = list(zip(names, defaults, prepare_values(fields), strict=True))
    prepared = [[prepare(row.get(name, default)) for name, default, prepare in columns] for row in rows]
    insert_rows(model._meta.db_table, [f.column for f in fields], prepared)
    history = model.history.model  # type: ignore[attr-defined]
    tracked = list(history.tracked_fields)
    at = [names.index(f.attname) for f in tracked]
    head = _history_head(history, user, "+")
    insert_rows(
        history._meta.db_table,
        _history_columns(history, tracked),
        ([*head, *(values[i] for i in at)] for values in prepared),
    )
    return [row[key] for row in rows]


def bulk_delete_with_history(model: type[models.Model], objs: list[Any], user: Any = None) -> None:
    """Delete ``objs`` in one statement per 500 rows, with the 「削除」 history row of each in bulk.

    simple-history has bulk helpers for inserts and updates only: deleting through the ORM writes
    one history INSERT per row (its post_delete receiver), which made a revised plan cost a
    statement per schedule entry and KPI value. The history rows are those the receiver writes
    (the row's tracked fields, type ``-``, the user, now); the rows go by a plain DELETE, so use
    this only for tables no other row points at (schedule, budget, indicator values).
    """
    if not objs:
        return
    history = model.history.model  # type: ignore[attr-defined]
    now = timezone.now()
    history.objects.bulk_create(
        [
            history(
                history_date=now,
                history_user=user or history.get_default_history_user(obj),
                history_change_reason="",
                history_type="-",
                **{f.attname: getattr(obj, f.attname) for f in history.tracked_fields},
            )
            for obj in objs
        ],
        batch_size=500,
    )
    pks = [obj.pk for obj in objs]
    for start in range(0, len(pks), 500):
        query = model._default_manager.filter(pk__in=pks[start : start + 500])
        query._raw_delete(query.db)  # no per-row signals: their history is written above


#: At most this many entries are shown (newest first).
