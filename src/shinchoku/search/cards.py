"""What a search result or a similar initiative shows: municipality, plan, 担当課, KPIs (target, latest
actual) and the latest published grade — for any number of initiatives in a fixed number of queries.

Only public data: actuals and grades come from the plan document and from published reports
(``progress.permissions.public_reports``), whoever asks, so a result list never depends on who
looks at it and never shows an unpublished evaluation.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from shinchoku.core.numbers import value_or_text
from shinchoku.plans.models import (
    Indicator,
    IndicatorValue,
    Initiative,
    InitiativeDepartment,
    ValueKind,
    current,
)
from shinchoku.progress.models import RecordedActual
from shinchoku.progress.permissions import public_reports, published_through
from shinchoku.progress.results import grade_label
from shinchoku.progress.services import scale_for


@dataclass
class Value:
    """A value as the plan or report wrote it, with its fiscal year."""

    fy: int | None
    text: str


@dataclass
class KpiLine:
    name: str
    kind: str
    unit: str
    target: Value | None
    actual: Value | None


@dataclass
class Grade:
    fy: int
    code: str
    label: str


@dataclass
class Card:
    """One initiative as a result row."""

    initiative: Initiative
    departments: list[str]
    kpis: list[KpiLine] = field(default_factory=list)
    grade: Grade | None = None
    score: float = 0.0

    @property
    def plan(self):
        return self.initiative.plan

    @property
    def municipality(self):
        return self.initiative.plan.municipality


def _target(final: tuple, targets: list[tuple], unit: str) -> Value | None:
    """The final target, else the target of the latest year."""
    has_final, final_fy, final_value, final_text = final
    if has_final and (final_text or final_value is not None):
        return Value(final_fy, value_or_text(final_value, final_text, unit))
    if not targets:
        return None
    fy, value, text, _ = max(targets, key=lambda t: (t[0] or 0, t[3]))
    return Value(fy, value_or_text(value, text, unit))


def cards(initiative_ids: list[int], scores: dict[int, float] | None = None) -> list[Card]:
    """Cards for the initiatives, in the order given (6 queries whatever the number).

    Plain ``values_list`` rows rather than prefetched model instances: the cards are read-only, and
    on a page of 20 results the prefetch machinery cost more than the queries.
    """
    if not initiative_ids:
        return []
    # The municipality's grading scale with it, to name the grades (``scale_for`` then needs no query).
    chosen = Initiative.objects.filter(pk__in=initiative_ids).select_related("plan__municipality__grade_scale")
    found = {i.pk: i for i in chosen}
    departments: dict[int, list[str]] = defaultdict(list)
    for initiative_id, name in (
        InitiativeDepartment.objects.filter(initiative_id__in=initiative_ids)
        .order_by("initiative_id", "position", "pk")
        .values_list("initiative_id", "department__name")
    ):
        departments[initiative_id].append(name)
    indicators: dict[int, list[tuple]] = defaultdict(list)
    units: dict[int, str] = {}
    for row in (
        Indicator.objects.active()
        .filter(initiative_id__in=initiative_ids)
        .order_by("initiative_id", "position", "pk")
        .values_list(
            "pk",
            "initiative_id",
            "name",
            "kind",
            "unit",
            "has_final_target",
            "final_target_fy",
            "final_target_value",
            "final_target_text",
        )  # fmt: skip
    ):
        indicators[row[1]].append(row)
        units[row[0]] = row[4]
    targets: dict[int, list[tuple]] = defaultdict(list)
    printed: dict[int, list[Value]] = defaultdict(list)
    for indicator_id, kind, fy, value, text, position in IndicatorValue.objects.filter(
        current("indicator__"), indicator__initiative_id__in=initiative_ids
    ).values_list("indicator_id", "kind", "fy", "value", "text", "position"):
        if not text and value is None:
            continue
        if kind == ValueKind.TARGET:
            targets[indicator_id].append((fy, value, text, position))
        else:
            printed[indicator_id].append(Value(fy, value_or_text(value, text, units.get(indicator_id, ""))))
    reported: dict[int, Value] = {}
    for indicator_id, fy, value, text in (
        RecordedActual.objects.filter(
            published_through("report__"), indicator__initiative_id__in=initiative_ids
        )
        .order_by("report__round__fy", "pk")
        .values_list("indicator_id", "report__round__fy", "value", "text")
    ):
        if text or value is not None:
            reported[indicator_id] = Value(fy, value_or_text(value, text, units.get(indicator_id, "")))
    grades: dict[int, tuple[int, str, dict]] = {}
    for initiative_id, fy, review_grade, frozen in (
        public_reports()
        .filter(initiative_id__in=initiative_ids)
        .order_by("round__fy", "pk")
        .values_list("initiative_id", "round__fy", "review_grade", "evaluation")
    ):
        frozen = frozen or {}
        code = review_grade or frozen.get("computed_grade", "")  # Report.final_grade
        if code:
            grades[initiative_id] = (fy, code, frozen)
    result = []
    for pk in initiative_ids:
        initiative = found.get(pk)
        if initiative is None:
            continue
        grade = None
        if pk in grades:
            fy, code, frozen = grades[pk]
            grade = Grade(fy, code, grade_label(code, frozen, scale_for(initiative.plan.municipality)))
        card = Card(initiative, departments.get(pk, []), grade=grade, score=(scores or {}).get(pk, 0.0))
        for indicator_id, _, name, kind, unit, *final in indicators.get(pk, []):
            candidates = printed.get(indicator_id, []) + (
                [reported[indicator_id]] if indicator_id in reported else []
            )
            # The latest year wins; a reported actual wins over a printed one of the same year.
            actual = max(enumerate(candidates), key=lambda c: (c[1].fy or 0, c[0]))[1] if candidates else None
            card.kpis.append(
                KpiLine(name, kind, unit, _target(tuple(final), targets.get(indicator_id, []), unit), actual)
            )
        result.append(card)
    return result
