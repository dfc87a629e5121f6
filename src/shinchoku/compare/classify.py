"""Store each indicator's kind (``Indicator.compare_kind``) so that compare pages read an index.

The rule itself is the pure ``kinds.classify``; this module only applies it to stored rows. Writes
use ``QuerySet.update`` (one statement for every indicator whose kind changed, up to 300): the
kind is derived data, not a change anybody made, so it adds nothing to the history.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from django.db.models import Case, QuerySet, Value, When

from shinchoku.plans.models import Indicator

from .kinds import classify

#: Indicators read per batch by ``classify_all`` (national scale: ~200,000 indicators).
BATCH = 5000


@dataclass
class Outcome:
    examined: int = 0
    changed: int = 0
    classified: int = 0

    def __str__(self) -> str:
        return f"指標 {self.examined}件を分類しました（種類あり {self.classified}件、変更 {self.changed}件）"


def _apply(rows: QuerySet[Indicator], outcome: Outcome) -> None:
    moves: dict[str, list[int]] = defaultdict(list)
    for pk, name, title, current in rows.values_list("pk", "name", "initiative__title", "compare_kind"):
        kind = classify(name, title) or ""
        outcome.examined += 1
        outcome.classified += bool(kind)
        if kind != current:
            moves[kind].append(pk)
    changed = [(pk, kind) for kind, pks in moves.items() for pk in pks]
    for start in range(0, len(changed), 300):  # each key twice: within SQLite's parameters a statement
        chunk: dict[str, list[int]] = defaultdict(list)
        for pk, kind in changed[start : start + 300]:
            chunk[kind].append(pk)
        outcome.changed += Indicator.objects.filter(
            pk__in=[pk for pks in chunk.values() for pk in pks]
        ).update(compare_kind=Case(*(When(pk__in=pks, then=Value(kind)) for kind, pks in chunk.items())))


def classify_plan(plan_id: int) -> Outcome:
    """Classify every indicator of one plan (called after each import)."""
    outcome = Outcome()
    _apply(Indicator.objects.filter(initiative__plan_id=plan_id).order_by("pk"), outcome)
    return outcome


def classify_all() -> Outcome:
    """Classify every stored indicator, in batches by primary key (after a change to kinds.toml)."""
    outcome = Outcome()
    last = 0
    while True:
        pks = list(Indicator.objects.filter(pk__gt=last).order_by("pk").values_list("pk", flat=True)[:BATCH])
        if not pks:
            return outcome
        _apply(Indicator.objects.filter(pk__gte=pks[0], pk__lte=pks[-1]).order_by("pk"), outcome)
        last = pks[-1]
