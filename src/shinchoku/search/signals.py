"""Keep the index in step with imports and app edits: re-index inside the writer's transaction.

Runs synchronously for now (a plan of a few hundred initiatives takes well under a second, and only
changed initiatives are re-tokenised). When the background worker exists, this receiver can enqueue
``indexer.index_plan`` instead; it is a plain function taking the plan id.
"""

from __future__ import annotations

from typing import Any

from django.db.models.signals import pre_delete
from django.dispatch import receiver

from shinchoku.plans.editing import initiatives_edited
from shinchoku.plans.loader import plan_loaded

from .indexer import forget_terms, index_initiatives, index_plan, move_stats
from .models import SearchDocument


@receiver(plan_loaded, dispatch_uid="search-index-plan")
def reindex_loaded_plan(sender: Any, plan: Any, **kwargs: Any) -> None:
    index_plan(plan.pk)


@receiver(pre_delete, sender=SearchDocument, dispatch_uid="search-forget-terms")
def forget_deleted_document(sender: Any, instance: SearchDocument, **kwargs: Any) -> None:
    """An initiative deleted with its plan or municipality takes its postings along (a cascade the
    indexer does not see): its terms leave the document frequencies first, and the document the
    collection statistics."""
    forget_terms([instance.pk])
    move_stats(-1, -instance.length)


@receiver(initiatives_edited, dispatch_uid="search-index-edited")
def reindex_edited(sender: Any, initiative_ids: list[int], **kwargs: Any) -> None:
    """The plan office edited these initiatives in the app (plans/editing.py)."""
    index_initiatives(initiative_ids)
