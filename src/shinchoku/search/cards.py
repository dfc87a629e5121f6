"""What a search result or a similar initiative shows: municipality, plan, 担当課, KPIs (target, latest
actual) and the latest published grade — for any number of initiatives in a fixed number of queries.

Only public data: actuals and grades come from the plan document and from published reports
(``accounts.permissions.public_reports``), whoever asks, so a result list never depends on who
looks at it and never shows an unpublished evaluation.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db.models import Prefetch

from shinchoku.accounts.permissions import public_reports
from shinchoku.plans.models import Indicator, IndicatorValue, Initiative, InitiativeDepartment, ValueKind
from shinchoku.progress.models import RecordedActual


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


def _text(value: float | None, text: str) -> str:
    if text:
        return text
    if value is None:
        return ""
    return f"{int(value):,}" if float(value).is_integer() else f"{value:,}"


def _target(indicator: Indicator) -> Value | None:
    if indicator.has_final_target and (
        indicator.final_target_text or indicator.final_target_value is not None
    ):
        return Value(
            indicator.final_target_fy, _text(indicator.final_target_value, indicator.final_target_text)
        )
    targets = [
        v for v in indicator.values.all() if v.kind == ValueKind.TARGET and (v.text or v.value is not None)
    ]
    if not targets:
        return None
    last = max(targets, key=lambda v: (v.fy or 0, v.position))
    return Value(last.fy, _text(last.value, last.text))


def cards(initiative_ids: list[int], scores: dict[int, float] | None = None) -> list[Card]:
    """Cards for the initiatives, in the order given (6 queries whatever the number)."""
    if not initiative_ids:
        return []
    indicators = Indicator.objects.filter(retired_at__isnull=True).prefetch_related(
        Prefetch("values", queryset=IndicatorValue.objects.order_by("kind", "fy", "position"))
    )
    found = {
        i.pk: i
        for i in Initiative.objects.filter(pk__in=initiative_ids)
        .select_related("plan__municipality")
        .prefetch_related(
            Prefetch("department_links", queryset=InitiativeDepartment.objects.select_related("department")),
            Prefetch("indicators", queryset=indicators),
        )
    }
    reported: dict[int, Value] = {}
    for indicator_id, fy, value, text in (
        RecordedActual.objects.filter(
            indicator__initiative_id__in=initiative_ids, report__in=public_reports()
        )
        .order_by("report__round__fy", "pk")
        .values_list("indicator_id", "report__round__fy", "value", "text")
    ):
        if text or value is not None:
            reported[indicator_id] = Value(fy, _text(value, text))
    grades: dict[int, Grade] = {}
    for report in (
        public_reports()
        .filter(initiative_id__in=initiative_ids)
        .select_related("round")
        .order_by("round__fy", "pk")
    ):
        code = report.final_grade
        if code:
            frozen = report.evaluation or {}
            label = frozen.get("computed_label", "") if code == frozen.get("computed_grade") else ""
            grades[report.initiative_id] = Grade(report.round.fy, code, label)
    result = []
    for pk in initiative_ids:
        initiative = found.get(pk)
        if initiative is None:
            continue
        card = Card(
            initiative=initiative,
            departments=[link.department.name for link in initiative.department_links.all()],
            grade=grades.get(pk),
            score=(scores or {}).get(pk, 0.0),
        )
        for indicator in initiative.indicators.all():
            printed = [
                Value(v.fy, _text(v.value, v.text))
                for v in indicator.values.all()
                if v.kind == ValueKind.ACTUAL and (v.text or v.value is not None)
            ]
            candidates = printed + ([reported[indicator.pk]] if indicator.pk in reported else [])
            # The latest year wins; a reported actual wins over a printed one of the same year.
            actual = max(enumerate(candidates), key=lambda c: (c[1].fy or 0, c[0]))[1] if candidates else None
            card.kpis.append(
                KpiLine(indicator.name, indicator.kind, indicator.unit, _target(indicator), actual)
            )
        result.append(card)
    return result
