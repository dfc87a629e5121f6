"""Read one kind's indicators across municipalities with a fixed number of SQL queries.

A kind at national scale holds a few thousand indicators. The page needs each one's latest actual
(to sort and to chart), so four narrow ``values_list`` queries read every row of the kind — the
indicators, the actuals the plans print, the actuals published rounds reported — and Python picks
the latest of each; only the page's rows are then read in full (two more queries). Nothing here
grows with the number of municipalities in queries, only in rows of the one kind.

Reported actuals come from ``progress.permissions.public_reports()`` only: an unpublished report
never reaches a compare page or the API.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from django.db.models import Count, QuerySet

from shinchoku.core.numbers import value_or_text, written
from shinchoku.core.prefectures import PREFECTURES, in_order
from shinchoku.plans.actuals import REMOVED, removed
from shinchoku.plans.models import Indicator, IndicatorValue, PlanKind, ReferenceResult, ValueKind, current
from shinchoku.plans.reference import published_elsewhere
from shinchoku.progress.permissions import public_reports

from .kinds import Kind, catalogue, unit_factor

#: Bars in the chart of latest actuals.
CHART_TOP = 20
SORTS = ("municipality", "latest")


@dataclass
class Value:
    """One figure of a row: converted to the kind's unit when its unit says how. The texts are
    made when shown (a page shows 50 rows; the latest actual of every row is only sorted on)."""

    fy: int | None
    value: float | None  # in the kind's unit, None when missing or not convertible
    raw: float | None  # as printed, in the indicator's unit
    text: str  # as the plan or the report wrote it (may be blank)
    unit: str  # the indicator's unit
    kind_unit: str
    reported: bool = False  # from a published progress round, not printed in the plan

    @property
    def original(self) -> str:
        """As the plan or the report wrote it, with the indicator's unit."""
        return value_or_text(self.raw, self.text, self.unit)  # (the one rule of every output)

    @property
    def shown(self) -> str:
        """Converted, with the kind's unit; else the original."""
        return self.original if self.value is None else f"{written(self.value)}{self.kind_unit}"

    @property
    def unconverted(self) -> bool:
        """A number whose unit does not say how to convert it."""
        return self.raw is not None and self.value is None


@dataclass
class Row:
    indicator_id: int
    name: str
    unit: str
    factor: float | None
    municipality: str
    prefecture: str
    plan_id: int
    plan_title: str
    initiative_id: int
    initiative_title: str
    baseline: Value | None = None
    targets: list[Value] = field(default_factory=list)
    actuals: list[Value] = field(default_factory=list)
    latest: Value | None = None


@dataclass
class Comparison:
    kind: Kind
    rows: list[Row]  # every row of the kind (after the prefecture filter), sorted; light: no targets
    prefectures: list[str]  # prefectures that have the kind, in JIS order
    chart_rows: list[Row]  # latest comparable actual, one row per municipality, highest first


def kind_counts() -> list[tuple[Kind, int, int]]:
    """Every kind with its number of indicators and of municipalities (one query)."""
    counts = {
        row["compare_kind"]: (row["indicators"], row["municipalities"])
        for row in _active()
        .exclude(compare_kind="")
        .values("compare_kind")
        .annotate(
            indicators=Count("pk"), municipalities=Count("initiative__plan__municipality", distinct=True)
        )
        .order_by()
    }
    return [(kind, *counts.get(kind.slug, (0, 0))) for kind in catalogue().kinds]


def _active() -> QuerySet[Indicator]:
    return Indicator.objects.active().filter(current("initiative__"))


def _value(
    fy: int | None, value: float | None, text: str, row: Row, kind: Kind, reported: bool = False
) -> Value:
    converted = None if value is None or row.factor is None else round(value * row.factor, 6)
    return Value(fy, converted, value, text, row.unit, kind.unit, reported)


def compare(kind: Kind, prefecture: str = "", sort: str = "municipality") -> Comparison:
    """Every active indicator of ``kind`` (in ``prefecture`` if given) with its latest actual."""
    base = _active().filter(compare_kind=kind.slug)
    prefectures = in_order(
        base.values_list("initiative__plan__municipality__prefecture", flat=True).distinct().order_by()
    )
    if prefecture:
        base = base.filter(initiative__plan__municipality__prefecture=prefecture)
    fields = (
        "pk", "name", "unit", "initiative__plan__municipality__name",
        "initiative__plan__municipality__prefecture", "initiative__plan_id", "initiative__plan__title",
        "initiative_id", "initiative__title",
    )  # fmt: skip
    rows: dict[int, Row] = {}
    factors: dict[str, float | None] = {}  # a kind's indicators use a handful of units
    for pk, name, unit, muni, pref, plan_id, plan_title, ini_id, ini_title in base.values_list(*fields):
        if unit not in factors:
            factors[unit] = unit_factor(unit, kind)
        rows[pk] = Row(pk, name, unit, factors[unit], muni, pref, plan_id, plan_title, ini_id, ini_title)
    where = {"compare_kind": kind.slug}
    if prefecture:
        where["initiative__plan__municipality__prefecture"] = prefecture
    # (fiscal year, value, text, reported) of each indicator's latest actual; Values are made once.
    latest: dict[int, tuple[int, float, str, bool]] = {}
    printed: set[tuple[int, int]] = set()
    for pk, fy, value, text in (
        IndicatorValue.objects.filter(
            **{f"indicator__{key}": v for key, v in where.items()}, kind=ValueKind.ACTUAL, fy__isnull=False
        )
        .exclude(REMOVED)  # an actual removed in the app states nothing: a later reported one is the year's
        .values_list("indicator_id", "fy", "value", "text")
        .order_by()
    ):
        printed.add((pk, fy))
        if value is not None and pk in rows and (pk not in latest or latest[pk][0] < fy):
            latest[pk] = (fy, value, text, False)
    reported = [*_reported(**where), *_published_elsewhere(rows, where)]
    for pk, fy, value, text in reported:
        if pk not in rows or (pk, fy) in printed or value is None:  # rows: active indicators only
            continue
        if pk not in latest or latest[pk][0] < fy:
            latest[pk] = (fy, value, text, True)
    for pk, (fy, value, text, reported) in latest.items():
        rows[pk].latest = _value(fy, value, text, rows[pk], kind, reported=reported)
    ordered = sorted(rows.values(), key=_municipality_order)
    if sort == "latest":  # highest comparable latest actual first; the rest keep their order
        ordered.sort(
            key=lambda r: -r.latest.value if r.latest and r.latest.value is not None else float("inf")
        )
    return Comparison(kind, ordered, prefectures, _chart_rows(ordered))


_PREFECTURE_ORDER = {name: n for n, name in enumerate(PREFECTURES)}


def _municipality_order(row: Row) -> tuple[int, str, int, int, int]:
    """Prefectures in JIS order, then municipality, plan, initiative, indicator."""
    order = _PREFECTURE_ORDER.get(row.prefecture, len(PREFECTURES))
    return (order, row.municipality, row.plan_id, row.initiative_id, row.indicator_id)


def _reported(**indicator: Any) -> list[tuple[int, int, float | None, str]]:
    """(indicator, fiscal year, value, text) of published reports only, for the indicators that
    match ``indicator`` (lookups on Indicator). Read from ``public_reports()`` joined to the actuals,
    so the database starts from the indicators' index: an ``IN (public reports)`` filter made SQLite
    walk every published report of the installation (20 s at national scale)."""
    lookups = {f"actuals__indicator__{key}": value for key, value in indicator.items()}
    return list(
        public_reports()
        .filter(**lookups)
        .values_list("actuals__indicator_id", "round__fy", "actuals__value", "actuals__text")
        .order_by()
    )


def _published_elsewhere(
    rows: dict[int, Row], where: dict[str, Any]
) -> list[tuple[int, int, float | None, str]]:
    """(indicator, fiscal year, value, text) that other installations published for the reference
    plans among ``rows`` (imported with their bundle: ``plans.ReferenceResult``), in the shape of
    ``_reported``. One query: the reference plans' initiatives with an indicator matching ``where``."""
    initiatives = Indicator.objects.filter(**where).values("initiative_id")
    results = (
        ReferenceResult.objects.filter(
            initiative__plan__kind=PlanKind.REFERENCE, initiative_id__in=initiatives
        )
        .values_list("initiative_id", "fy", "data")
        .order_by()
    )
    names = {(row.initiative_id, row.name): pk for pk, row in rows.items()}
    found = published_elsewhere(results, names)
    return [(pk, fy, value, text) for pk, years in found.items() for fy, (value, text) in years.items()]


def _chart_rows(rows: list[Row]) -> list[Row]:
    """Per municipality, its most recent comparable actual (the highest if several in that year);
    then the ``CHART_TOP`` highest."""
    best: dict[str, Row] = {}
    for row in rows:
        value = row.latest
        if value is None or value.value is None:
            continue
        key = f"{row.prefecture}{row.municipality}"
        held = best.get(key)
        if held is None or (value.fy, value.value) > (held.latest.fy, held.latest.value):  # type: ignore[union-attr,operator]
            best[key] = row
    return sorted(best.values(), key=lambda r: -(r.latest.value or 0))[:CHART_TOP]  # type: ignore[union-attr]


def fill(rows: list[Row], kind: Kind) -> None:
    """Read the baseline, targets and actuals of the shown ``rows`` (one page): two queries."""
    by_pk = {row.indicator_id: row for row in rows}
    if not by_pk:
        return
    values: dict[int, list[IndicatorValue]] = defaultdict(list)
    for v in IndicatorValue.objects.filter(indicator_id__in=by_pk).order_by("fy", "position"):
        values[v.indicator_id].append(v)
    indicators = Indicator.objects.filter(pk__in=by_pk).only(
        "pk", "baseline_fy", "baseline_value", "baseline_text", "has_baseline",
        "final_target_fy", "final_target_value", "final_target_text", "has_final_target",
    )  # fmt: skip
    reported = defaultdict(list)
    for pk, fy, value, text in [
        *_reported(pk__in=list(by_pk)),
        *_published_elsewhere(by_pk, {"pk__in": list(by_pk)}),
    ]:
        reported[pk].append((fy, value, text))
    for ind in indicators:
        row = by_pk[ind.pk]
        if ind.has_baseline:
            row.baseline = _value(ind.baseline_fy, ind.baseline_value, ind.baseline_text, row, kind)
        targets = [v for v in values[ind.pk] if v.kind == ValueKind.TARGET]
        row.targets = [_value(v.fy, v.value, v.text, row, kind) for v in targets]
        if ind.has_final_target and not any(v.fy == ind.final_target_fy for v in targets):
            row.targets.append(
                _value(ind.final_target_fy, ind.final_target_value, ind.final_target_text, row, kind)
            )
        actuals = [v for v in values[ind.pk] if v.kind == ValueKind.ACTUAL and not removed(v)]
        row.actuals = [_value(v.fy, v.value, v.text, row, kind) for v in actuals]
        printed_years = {v.fy for v in actuals}
        for fy, value, text in sorted(reported[ind.pk], key=lambda r: r[0]):
            if fy not in printed_years:
                row.actuals.append(_value(fy, value, text, row, kind, reported=True))
        row.actuals.sort(key=lambda v: (v.fy is None, v.fy or 0))
