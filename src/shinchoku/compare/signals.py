"""Keep ``Indicator.compare_kind`` in step with imports: classify inside the import's transaction,
so a re-imported plan whose KPI was renamed changes kind with it (or not at all)."""

from __future__ import annotations

from typing import Any

from django.dispatch import receiver

from shinchoku.plans.loader import plan_loaded

from .classify import classify_plan


@receiver(plan_loaded, dispatch_uid="compare-classify-plan")
def classify_loaded_plan(sender: Any, plan: Any, **kwargs: Any) -> None:
    classify_plan(plan.pk)
