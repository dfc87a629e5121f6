"""The change history of an initiative: when, who, what changed (before → after).

django-simple-history keeps a row for every save and delete of initiatives, their indicators and
values, schedule, budget and 担当課 links, and of progress reports and recorded actuals. ``initiative_history``
reads the newest of those rows that belong to one initiative, each with the row before it (for the
diff, made by simple-history's ``diff_against``), in ONE database query whatever the history's size:
a UNION over the historical tables, each row's tracked fields packed into a JSON object.

A re-import replaces schedule, budget and indicator values by deleting and re-creating them (see
plans.loader); a deletion and a creation of the same year in one import are shown as one change,
and dropped when nothing but the row's id changed.

Reports and recorded actuals are included only for users allowed to see the report
(``progress.services.initiative_reports``, which asks ``can(user, "view_report", …)``).
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any

from django.contrib.auth import get_user_model
from django.db import models
from django.db.models import F, Func, OuterRef, Q, Subquery, Value
from django.db.models.functions import JSONObject
from django.utils import timezone
from django.utils.text import Truncator

from shinchoku.accounts.permissions import can
from shinchoku.core.dates import fiscal_year, wareki_date, wareki_time
from shinchoku.core.numbers import written
from shinchoku.core.people import name_of
from shinchoku.plans.actuals import removed
from shinchoku.plans.loader import extra_changes
from shinchoku.plans.models import (
    BudgetEntry,
    Department,
    Indicator,
    IndicatorValue,
    Initiative,
    InitiativeDepartment,
    ScheduleEntry,
    indicator_label,
)

from . import removals
from .models import RecordedActual, Report, Round
from .removals import Removal
from .services import initiative_reports

LIMIT = 50
#: Fields never shown in a diff: identity, the parent row (never changes), display order, frozen evaluation.
HIDDEN = {"id", "plan", "initiative", "indicator", "report", "round", "position", "source_line", "evaluation"}
#: A deletion and a re-creation this close together (one import) are one change.
REPLACED_WITHIN = timedelta(minutes=5)
ACTIONS = {"+": "追加", "~": "変更", "-": "削除"}
YEAR_FIELDS = {"fy", "baseline_fy", "final_target_fy", "start_fy", "end_fy"}
#: The JSON fields of what a plan prints besides its columns, shown key by key (``loader.extra_changes``).
EXTRA_FIELDS = {"extra", "document_extra"}


@dataclass
class Change:
    field: str
    before: str
    after: str


@dataclass
class Entry:
    when: datetime
    who: str  # "" when no user was recorded (command-line import, migration)
    action: str  # 追加 / 変更 / 削除
    subject: str  # 取組, 指標「…」, 工程（令和6年度（2024））, …
    summary: str = ""  # what was added or deleted
    changes: list[Change] = field(default_factory=list)


class _Nested(Func):
    """A JSON column as a nested value of JSONObject (SQLite stores JSON as text: wrap it in JSON())."""

    template = "%(expressions)s"
    output_field = models.JSONField()

    def as_sqlite(self, compiler: Any, connection: Any, **extra: Any):
        return super().as_sql(compiler, connection, template="JSON(%(expressions)s)", **extra)


def _fy(year: Any) -> str:
    return fiscal_year(int(year)) if year else "年度なし"


def _indicator_name(indicator_ref: str) -> Subquery:
    return Subquery(Indicator.objects.filter(pk=OuterRef(indicator_ref)).values("name")[:1])


def _indicator_kind(indicator_ref: str) -> Subquery:
    return Subquery(Indicator.objects.filter(pk=OuterRef(indicator_ref)).values("kind")[:1])


def _named(x: dict) -> str:
    """The indicator of a value's history row as ``indicator_label`` writes it (a KGI says so), at most 60 letters."""
    return Truncator(indicator_label(x.get("_indicator") or "", x.get("_kind"))).chars(60)


# --- the sources: one historical table each --------------------------------------------------------


@dataclass(frozen=True)
class Source:
    key: str
    model: type[models.Model]
    scope: Callable[[int, list[int]], Q]
    subject: Callable[[Any, dict[str, Any]], str]
    summary: Callable[[Any], str]
    extras: Callable[[], dict[str, Any]] = dict
    replaced_key: Callable[[Any], tuple] | None = None  # rows a re-import deletes and re-creates
    needs_reports: bool = False


def _value_summary(row: Any) -> str:
    if row.text:
        return row.text
    return written(row.value) if row.value is not None else "—"


def _sources() -> list[Source]:

    indicator_ids = lambda pk: Indicator.history.model.objects.filter(initiative_id=pk).values("id")  # noqa: E731
    return [
        Source("initiative", Initiative, lambda pk, _: Q(id=pk), lambda r, x: "取組", lambda r: r.title),
        Source(
            "indicator", Indicator, lambda pk, _: Q(initiative_id=pk),
            lambda r, x: f"指標「{Truncator(indicator_label(r.name, r.kind)).chars(60)}」", lambda r: r.name,
        ),
        Source(
            "value", IndicatorValue, lambda pk, _: Q(indicator_id__in=indicator_ids(pk)),
            lambda r, x: f"指標「{_named(x)}」の{r.get_kind_display()}（{_fy(r.fy)}）",
            _value_summary,
            extras=lambda: {"_indicator": _indicator_name("indicator_id"), "_kind": _indicator_kind("indicator_id")},
            replaced_key=lambda r: (r.indicator_id, r.kind, r.fy),
        ),
        Source(
            "department", InitiativeDepartment, lambda pk, _: Q(initiative_id=pk),
            lambda r, x: "担当課", lambda r: r._extras.get("_department") or "",
            # the name it had then (a department merged away exists only in its own history)
            extras=lambda: {"_department": Subquery(
                Department.history.model.objects.filter(id=OuterRef("department_id"))
                .order_by("-history_id").values("name")[:1]
            )},
        ),
        Source(
            "schedule", ScheduleEntry, lambda pk, _: Q(initiative_id=pk),
            lambda r, x: f"工程（{_fy(r.fy)}{' ' + r.get_half_display() if r.half else ''}）",
            lambda r: r.label or "●",
            replaced_key=lambda r: (r.fy, r.half),
        ),
        Source(
            "budget", BudgetEntry, lambda pk, _: Q(initiative_id=pk),
            lambda r, x: f"年度別経費（{_fy(r.fy)}）",
            lambda r: f"{written(r.amount)} {r.unit}" if r.amount is not None else "—",
            replaced_key=lambda r: (r.fy,),
        ),
        Source(
            "report", Report, lambda pk, reports: Q(id__in=reports),
            lambda r, x: f"進捗報告（{x.get('_round') or ''}）", lambda r: r.get_state_display(),
            extras=lambda: {"_round": Subquery(Round.objects.filter(pk=OuterRef("round_id")).values("title")[:1])},
            needs_reports=True,
        ),
        Source(
            "actual", RecordedActual, lambda pk, reports: Q(report_id__in=reports),
            lambda r, x: f"報告された実績値（{x.get('_round') or ''}・{_named(x)}）",
            _value_summary,
            extras=lambda: {
                "_indicator": _indicator_name("indicator_id"),
                "_kind": _indicator_kind("indicator_id"),
                "_round": Subquery(Report.objects.filter(pk=OuterRef("report_id")).values("round__title")[:1]),
            },
            needs_reports=True,
        ),
    ]  # fmt: skip


# --- the one query ---------------------------------------------------------------------------------


def _tracked(historical: Any) -> list[models.Field]:
    return [f for f in historical.tracked_fields if f.attname != "id"]


def _user_fields(historical: Any) -> list[models.Field]:
    """The tracked columns naming a user (a report's 提出者, 確認者): shown by name, never 「ID 3」."""
    user_model = get_user_model()
    return [f for f in _tracked(historical) if f.is_relation and f.related_model is user_model]


def _user_names(historical: Any) -> dict[str, Any]:
    """Each user column's 姓, 名 and login name, read in the history's one query (``core.people.name_of``)."""
    users = get_user_model().objects
    return {
        f"_user_{f.attname}": JSONObject(
            last=Subquery(users.filter(pk=OuterRef(f.attname)).values("last_name")[:1]),
            first=Subquery(users.filter(pk=OuterRef(f.attname)).values("first_name")[:1]),
            login=Subquery(users.filter(pk=OuterRef(f.attname)).values("username")[:1]),
        )
        for f in _user_fields(historical)
    }


def _part(source: Source, pk: int, report_ids: list[int], limit: int) -> list[Any]:
    """Newest ``limit`` rows of one historical table for the initiative (``shown``), and the row
    before each (not shown, for the diff): two selects, each by primary key from a bounded
    sub-select. One select with ``history_id IN (…) OR history_id IN (…)`` is read by PostgreSQL as
    a scan of the whole historical table (an OR of two sub-selects uses no index): 50 ms and growing
    with the installation's history; a row both newest and previous comes twice (``initiative_history``
    keeps the shown one)."""
    historical = source.model.history.model
    rows = historical.objects.filter(source.scope(pk, report_ids))
    newest = rows.order_by("-history_id").values("history_id")[:limit]
    before = (
        historical.objects.filter(id=OuterRef("id"), history_id__lt=OuterRef("history_id"))
        .order_by("-history_id")
        .values("history_id")[:1]
    )
    previous = (
        rows.order_by("-history_id").annotate(previous_id=Subquery(before)).values("previous_id")[:limit]
    )
    packed = {
        f.attname: _Nested(F(f.attname)) if isinstance(f, models.JSONField) else F(f.attname)
        for f in _tracked(historical)
    }
    return [
        historical.objects.filter(history_id__in=ids)
        .order_by()
        .annotate(
            source=Value(source.key, output_field=models.CharField()),
            shown=Value(shown, output_field=models.IntegerField()),
            who=F("history_user__username"),
            who_last=F("history_user__last_name"),
            who_first=F("history_user__first_name"),
            data=JSONObject(**packed, **source.extras(), **_user_names(historical)),
        )
        .values("history_id", "id", "history_date", "history_type", "source", "shown", "who", "who_last", "who_first", "data")
        for ids, shown in ((newest, 1), (previous, 0))
    ]  # fmt: skip


def _instance(historical: Any, row: dict[str, Any]) -> Any:
    """A historical record rebuilt from its JSON: values converted back to Python by each field."""
    data = row["data"] if isinstance(row["data"], dict) else json.loads(row["data"])
    values = {}
    for f in _tracked(historical):
        raw = data.get(f.attname)
        if isinstance(f, models.JSONField):
            value = json.loads(raw) if isinstance(raw, str) else raw
        elif raw is None:
            value = None
        else:
            value = f.to_python(raw)
            if isinstance(value, datetime) and timezone.is_naive(value):
                value = value.replace(tzinfo=UTC)  # SQLite keeps UTC without an offset
        values[f.attname] = value
    record = historical(
        history_id=row["history_id"], id=row["id"], history_date=row["history_date"],
        history_type=row["history_type"], **values,
    )  # fmt: skip
    record._extras = {k: v for k, v in data.items() if k.startswith("_")}
    record._who = name_of(row["who_last"] or "", row["who_first"] or "", row["who"] or "")
    record._shown = bool(row["shown"])
    return record


# --- presenting -------------------------------------------------------------------------------------


def _person(record: Any, model_field: models.Field) -> str | None:
    """The name of the user a record's column names (as read by ``_user_names``), None if not a user column."""
    named = getattr(record, "_extras", {}).get(f"_user_{model_field.attname}")
    if isinstance(named, str):
        named = json.loads(named)
    if not isinstance(named, dict) or not named.get("login"):
        return None
    return name_of(named.get("last") or "", named.get("first") or "", named["login"])


def _display(model_field: models.Field, value: Any, record: Any = None) -> str:
    if value is None or value in ("", [], {}):
        return "（なし）"
    if model_field.is_relation and record is not None and (name := _person(record, model_field)):
        return name
    if model_field.choices:
        return str(dict(model_field.flatchoices).get(value, value))
    if isinstance(value, bool):
        return "あり" if value else "なし"
    if model_field.name in YEAR_FIELDS:
        return _fy(value)
    if model_field.is_relation:
        return f"ID {value}"
    if isinstance(value, datetime):  # the app's one style (「令和8年12月4日 10:15」), never ISO
        return wareki_time(value)
    if isinstance(value, date):
        return wareki_date(value)
    if isinstance(value, float | Decimal | int):
        return written(value)
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        text = "、".join(value)
    elif isinstance(value, list | dict):
        text = json.dumps(value, ensure_ascii=False)
    else:
        text = str(value)
    return Truncator(text).chars(300)


def _changes(new: Any, old: Any) -> list[Change]:
    delta = new.diff_against(old, excluded_fields=HIDDEN)
    order = {f.name: i for i, f in enumerate(new.instance_type._meta.fields)}
    result = []
    for change in sorted(delta.changes, key=lambda c: order.get(c.field, 999)):
        model_field = new.instance_type._meta.get_field(change.field)
        if change.field in EXTRA_FIELDS:  # each key by what it says (「注記」), never the JSON
            for label, before, after in extra_changes(change.old, change.new):
                result.append(Change(label, _display(model_field, before), _display(model_field, after)))
            continue
        before, after = _display(model_field, change.old, old), _display(model_field, change.new, new)
        if before == after:  # 「確認日時: 23:46 → 23:46」: seconds apart, nothing a reader can see changed
            continue
        result.append(Change(str(model_field.verbose_name), before, after))
    return result


def _entries(source: Source, records: list[Any]) -> Iterable[tuple[Any, Entry]]:
    by_object: dict[int, list[Any]] = defaultdict(list)
    for record in sorted(records, key=lambda r: r.history_id):
        by_object[record.id].append(record)
    previous = {}
    for versions in by_object.values():
        for older, newer in zip(versions, versions[1:], strict=False):
            previous[newer.history_id] = older
    shown = [r for r in records if r._shown]

    # A re-import deletes and re-creates rows: pair each deletion with a creation of the same key.
    paired: dict[int, Any] = {}
    if source.replaced_key is not None:
        created = defaultdict(list)
        for r in sorted(shown, key=lambda r: r.history_id):
            if r.history_type == "+":
                created[source.replaced_key(r)].append(r)
        for deleted in sorted((r for r in shown if r.history_type == "-"), key=lambda r: r.history_id):
            for candidate in created.get(source.replaced_key(deleted), []):
                if (
                    candidate.history_id > deleted.history_id
                    and candidate.history_id not in paired
                    and candidate._who == deleted._who
                    and abs(candidate.history_date - deleted.history_date) <= REPLACED_WITHIN
                ):
                    paired[candidate.history_id] = deleted
                    paired[deleted.history_id] = candidate
                    break

    for record in shown:
        subject = source.subject(record, record._extras)
        if record.history_id in paired:
            if record.history_type == "-":
                continue  # shown with its re-creation
            changes = _changes(record, paired[record.history_id])
            if changes:
                yield record, Entry(record.history_date, record._who, ACTIONS["~"], subject, changes=changes)
        elif record.history_type == "~":
            older = previous.get(record.history_id)
            if older is None:  # created without history (bulk_create): compare with a blank row
                blank = type(record)(**{f.attname: f.get_default() for f in _tracked(type(record))})
                changes = _changes(record, blank)
                yield (
                    record,
                    Entry(
                        record.history_date,
                        record._who,
                        ACTIONS["~"],
                        subject,
                        "（変更前の記録なし）",
                        changes,
                    ),
                )
                continue
            changes = _changes(record, older)
            if changes:
                yield record, Entry(record.history_date, record._who, ACTIONS["~"], subject, changes=changes)
        else:
            summary = Truncator(source.summary(record)).chars(300)
            yield (
                record,
                Entry(record.history_date, record._who, ACTIONS[record.history_type], subject, summary),
            )


def initiative_history(
    initiative: Initiative, user: Any, *, reports: list | None = None, limit: int = LIMIT
) -> list[Entry]:
    """The newest ``limit`` changes of the initiative and what hangs off it, newest first.

    ``reports``: the initiative's reports the user may see, when the caller has them already
    (else asked of ``services.initiative_reports``: one more query).
    """
    if reports is None:
        reports = initiative_reports(initiative, user)

    report_ids = [r.pk for r in reports if can(user, "view_report_history", r)]
    sources = [s for s in _sources() if report_ids or not s.needs_reports]
    parts = [part for s in sources for part in _part(s, initiative.pk, report_ids, limit)]
    unique: dict[tuple[str, int], dict[str, Any]] = {}
    for row in parts[0].union(*parts[1:], all=True):
        key = (row["source"], row["history_id"])
        if key not in unique or row["shown"]:
            unique[key] = row  # a row both newest and previous: shown

    taken: dict[int, dict[int, Removal]] = {}  # the plan file's actuals removed in the app, read at the first one
    by_source: dict[str, list[Any]] = defaultdict(list)
    for row in unique.values():
        by_source[row["source"]].append(row)
    found: list[tuple[datetime, int, int, Entry]] = []
    for rank, source in enumerate(sources):
        historical = source.model.history.model
        records = [_instance(historical, row) for row in by_source.get(source.key, [])]
        for record, entry in _entries(source, records):
            if source.key == "value" and removed(record) and entry.changes:
                entry = _removal(entry, record, initiative, taken)
            found.append((record.history_date, -rank, record.history_id, entry))
    found.sort(key=lambda item: item[:3], reverse=True)
    return [entry for *_, entry in found[:limit]]


def _removal(entry: Entry, record: Any, initiative: Initiative, taken: dict[int, dict[int, Removal]]) -> Entry:
    """A plan file's actual removed in the app (``services.remove_plan_actual``) as the history says it: 「削除」 with
    what was removed and why (``removals.Removal.label``: 「計画ファイルの実績値 21,345件 を削除済み（理由：…）」) —
    walked, it read 「値: 21,345 → （なし）」, a change with no word of a removal nor of its reason. ``taken`` is
    filled at the first removal the history shows (one read of the initiative's removals)."""
    if not taken:
        taken.update(removals.removals(initiative.indicators.prefetch_related("values")) or {0: {}})
    removal = taken.get(record.indicator_id, {}).get(record.fy)
    if removal is None:
        return entry
    unit = next((i.unit for i in initiative.indicators.all() if i.pk == record.indicator_id), "")
    return Entry(entry.when, entry.who, ACTIONS["-"], entry.subject, removal.label(unit))
