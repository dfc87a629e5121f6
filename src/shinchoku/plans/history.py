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
from enum import Enum
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
    whatever is already known.
    """
    context = HistoricalRecords.context
    if user is None or getattr(getattr(context, "request", None), "user", None) is not None:
        yield
        return
    context.request = SimpleNamespace(user=user)
    try:
        yield
    finally:
        del context.request


def history_user(user: Any = None) -> Any:
    """``user``, else the user of the request being served (simple-history's context), else None."""
    if user is not None:
        return user
    request_user = getattr(getattr(HistoricalRecords.context, "request", None), "user", None)
    return request_user if getattr(request_user, "is_authenticated", False) else None


def insert_history(
    model: type[models.Model], objs: list[Any], user: Any = None, history_type: str = "+"
) -> None:
    """The history row of each of ``objs`` (just inserted: 「追加」, or updated: 「変更」), as simple-history's
    ``bulk_history_create`` writes it (tracked fields, the type, the user, now), but without a
    historical model instance per row and through COPY on PostgreSQL (``core.bulk``): a plan's
    history rows were a third of its load's CPU time."""
    from shinchoku.core.bulk import insert_rows

    if not objs:
        return
    from django.db import connection

    history = model.history.model  # type: ignore[attr-defined]
    fields = list(history.tracked_fields)
    now = history._meta.get_field("history_date").get_db_prep_save(timezone.now(), connection)
    user_id = getattr(user, "pk", None)
    # psycopg writes Python values as they are; only JSON needs Django's preparation there (half
    # the function's time was spent preparing strings and numbers that need none).
    prepared = {
        f.attname
        for f in fields
        if connection.vendor != "postgresql" or isinstance(f, models.JSONField | models.DecimalField)
    }

    def value(obj: Any, f: models.Field) -> Any:
        raw = getattr(obj, f.attname)
        if f.attname in prepared:
            return f.get_db_prep_save(raw, connection)
        return raw.value if isinstance(raw, Enum) else raw

    insert_rows(
        history._meta.db_table,
        [
            "history_date",
            "history_change_reason",
            "history_type",
            "history_user_id",
            *(f.column for f in fields),
        ],
        (
            [
                now,
                "",
                history_type,
                user_id,
                *(value(obj, f) for f in fields),
            ]
            for obj in objs
        ),
    )


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
