"""Suggest national-plan items inside the import's transaction, like the search index (search.signals).

Confirmed and rejected labels are the plan office's decisions and are never touched; only the
suggestions of changed initiatives follow the new text.
"""

from __future__ import annotations

from typing import Any

from django.dispatch import receiver

from shinchoku.plans.loader import plan_loaded

from .labels import suggest_for_plan


@receiver(plan_loaded, dispatch_uid="national-suggest-labels")
def suggest_loaded_plan(sender: Any, plan: Any, **kwargs: Any) -> None:
    suggest_for_plan(plan)
