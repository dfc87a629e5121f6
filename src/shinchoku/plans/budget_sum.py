"""The plan's 事業費の合計: the one rule that adds up its initiatives' budgets.

An initiative's 事業費 is the 事業費の合計 the plan prints for it (``extra["budget_total"]``, shown on
its page under that label: ``texts.initiative_texts``) where there is one, else the sum of its 年度別経費
(``BudgetEntry``); the plan's per-year sums are of the 年度別経費 alone (a printed total has no year, and
the years a plan prints may be only some of an initiative's). Amounts are added in 千円, the unit plans print budgets in
(「円」「万円」「百万円」 converted); an amount in a unit of no known size (「人工」) is not added, and said
so, rather than added to yen. Retired initiatives are not counted. The plan page shows the result.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from shinchoku.core import numbers
from shinchoku.importers.text import wareki

from .models import Initiative, Plan

UNIT = "千円"
#: How many 千円 one of each unit is.
_IN_THOUSANDS = {
    "円": Decimal("0.001"), "千円": Decimal(1), "万円": Decimal(10), "百万円": Decimal(1000),
    "億円": Decimal(100_000),
}  # fmt: skip


def in_thousands(amount: Decimal | float | int, unit: str) -> Decimal | None:
    """``amount`` of ``unit`` in 千円, or None for a unit of no known size."""
    factor = _IN_THOUSANDS.get((unit or UNIT).strip())
    return None if factor is None else Decimal(str(amount)) * factor


@dataclass(frozen=True)
class PlanBudget:
    """A plan's 事業費の合計 (千円) in all, and the 年度別経費 summed per fiscal year."""

    years: list[tuple[int, Decimal]] = field(default_factory=list)
    total: Decimal = Decimal(0)
    counted: int = 0  # initiatives whose 事業費 is in the total
    without_years: int = 0  # of them, those with a 事業費の合計 but no 年度別経費
    not_added: int = 0  # initiatives whose 事業費 is in a unit of no known size

    def __bool__(self) -> bool:
        return bool(self.counted)

    @property
    def text(self) -> str:
        """「12,000千円」: the sum as the plan page states it."""
        return f"{numbers.written(self.total)}{UNIT}"

    @property
    def year_texts(self) -> list[str]:
        """「令和6年度 4,000千円」 for each fiscal year."""
        return [f"{wareki(fy)} {numbers.written(amount)}{UNIT}" for fy, amount in self.years]


def _printed_totals(extra: Any) -> list[tuple[Decimal | float | int, str]] | None:
    """The amounts of an initiative's printed 事業費の合計 (a dict or a list of them), None when it has none
    with a figure."""
    value = extra.get("budget_total") if isinstance(extra, dict) else None
    found = []
    for item in value if isinstance(value, list) else [value]:
        if isinstance(item, dict):
            amount = item.get("amount")
            if isinstance(amount, (int, float, Decimal)) and not isinstance(amount, bool):
                found.append((amount, str(item.get("unit") or UNIT)))
    return found or None


def plan_budget(plan: Plan) -> PlanBudget:
    """The plan's 事業費の合計, by the rule above."""
    per_year: dict[int, Decimal] = defaultdict(Decimal)
    total = Decimal(0)
    counted = without_years = not_added = 0
    entries: dict[int, list[tuple[int, Decimal, str]]] = defaultdict(list)
    extras: dict[int, Any] = {}
    # one query: each current initiative with its 年度別経費 (a row a year, one row where it has none)
    for pk, extra, fy, amount, unit in Initiative.objects.filter(plan=plan).active().values_list(
        "pk", "extra", "budget__fy", "budget__amount", "budget__unit"
    ):
        extras[pk] = extra
        if amount is not None:
            entries[pk].append((fy, amount, unit))
    for pk, extra in extras.items():
        yearly = [(fy, in_thousands(amount, unit)) for fy, amount, unit in entries.get(pk, [])]
        printed = [in_thousands(amount, unit) for amount, unit in _printed_totals(extra) or []]
        if not yearly and not printed:
            continue
        if None in printed or any(a is None for _, a in yearly):
            not_added += 1
            continue
        for fy, thousands in yearly:
            per_year[fy] += thousands or 0
        # the total the plan prints for it where it prints one (its years may be only some of them)
        total += sum((p or 0 for p in printed), Decimal(0)) if printed else sum((a or 0 for _, a in yearly), Decimal(0))
        without_years += not yearly
        counted += 1
    return PlanBudget(sorted(per_year.items()), total, counted, without_years, not_added)
