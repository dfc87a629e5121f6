"""Plan JSON export: a stored plan written back in the interchange format.

The export parses back (``shinchoku parse``, layout ``planjson``) to the same plan that was
imported: every field, extra field, order and warning is kept, so a plan can move between
installations or be edited by other tools. Retired initiatives are not part of the current plan
and are left out.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django.db.models import Prefetch

from shinchoku.importers.planjson import FORMAT
from shinchoku.plans.actuals import removed
from shinchoku.plans.models import (
    Indicator,
    IndicatorValue,
    Initiative,
    InitiativeDepartment,
    Plan,
    ScheduleEntry,
    ValueKind,
)


def _number(value: float | Decimal | None) -> int | float | None:
    """Whole numbers as integers (12, not 12.0), as the importers write them."""
    if value is None:
        return None
    value = float(value)
    return int(value) if value.is_integer() else value


def _value(fy: int | None, number: float | None, text: str) -> dict[str, Any]:
    return {"fy": fy, "value": _number(number), "text": text}


def _indicator(indicator: Indicator) -> dict[str, Any]:
    values = list(indicator.values.all())
    data = {
        "name": indicator.name,
        "kind": indicator.kind,
        "unit": indicator.unit,
        "direction": indicator.direction or None,
        "baseline": _value(indicator.baseline_fy, indicator.baseline_value, indicator.baseline_text)
        if indicator.has_baseline else None,
        "targets": [_value(v.fy, v.value, v.text) for v in values if v.kind == ValueKind.TARGET],
        "actuals": [_value(v.fy, v.value, v.text) for v in values if v.kind == ValueKind.ACTUAL and not removed(v)],
        "final_target": _value(indicator.final_target_fy, indicator.final_target_value, indicator.final_target_text)
        if indicator.has_final_target else None,
    }  # fmt: skip
    data.update(indicator.extra)
    return data


def _initiative(item: Initiative, section_keys: dict[int, str]) -> dict[str, Any]:
    data: dict[str, Any] = {
        "code": item.code or None,
        "title": item.title,
        "section": section_keys.get(item.section_id) if item.section_id else None,
        "summary": item.summary or None,
        "background": item.background or None,
        "purpose": item.purpose or None,
        "actions": item.actions or None,
        "goal": item.goal or None,
        "effects": item.effects,
        "departments": [link.department.name for link in item.department_links.all()],
        "scope": item.scope or None,
        "priority": item.priority or None,
        "urgency": _number(item.urgency),
        "importance": _number(item.importance),
        "marks": item.marks,
        "repost_of": (item.repost_of.code or None) if item.repost_of_id else None,
        "schedule": [{"fy": s.fy, "half": s.half, "label": s.label} for s in item.schedule.all()],
        "indicators": [_indicator(i) for i in item.indicators.all()],
        "budget": [{"fy": b.fy, "amount": _number(b.amount), "unit": b.unit, **b.extra} for b in item.budget.all()],
    }
    if item.source_line:
        data["line"] = item.source_line
    data.update(item.extra)
    return data


def export_plan(plan: Plan) -> dict[str, Any]:
    """The plan as Plan JSON (a dict), in a fixed number of queries."""
    sections = list(plan.sections.order_by("position"))
    section_keys = {s.pk: s.key for s in sections}
    initiatives = (
        plan.initiatives.active()
        .select_related("repost_of")
        .prefetch_related(
            Prefetch("department_links", queryset=InitiativeDepartment.objects.select_related("department")),
            Prefetch("schedule", queryset=ScheduleEntry.objects.order_by("position", "pk")),
            Prefetch(
                "indicators",
                queryset=Indicator.objects.active().prefetch_related(
                    Prefetch("values", queryset=IndicatorValue.objects.order_by("kind", "position", "pk"))
                ),
            ),
            "budget",
        )
        .order_by("position")
    )
    municipality = plan.municipality
    return {
        "format": FORMAT,
        "municipality": {
            "name": municipality.name,
            "prefecture": municipality.prefecture or None,
            "code": municipality.code,
        },
        "plan": {
            "title": plan.title,
            "published": plan.published or None,
            "period": {"start_fy": plan.start_fy, "end_fy": plan.end_fy},
            "vision": plan.vision or None,
            "source": {"filename": plan.source_filename, "sha256": plan.source_sha256, "layout": plan.source_layout},
            **plan.extra,
        },
        "sections": [
            {"key": s.key, "parent": section_keys.get(s.parent_id), "level": s.level or None, "code": s.code or None,
             "title": s.title, **s.extra}
            for s in sections
        ],  # fmt: skip
        "initiatives": [_initiative(i, section_keys) for i in initiatives],
        "warnings": plan.warnings,
        **plan.document_extra,
    }
