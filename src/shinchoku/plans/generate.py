"""Generated plans for load tests and benchmarks: a real sample plan, multiplied.

Starting from a real plan keeps the shape honest (section depth, departments, KPIs, schedule);
multiplying its initiatives gives the large plans that query-count tests and benchmarks need.
"""

from __future__ import annotations

import copy
from typing import Any


def multiply(plan: dict[str, Any], factor: int, *, title_suffix: str = "") -> dict[str, Any]:
    """A copy of ``plan`` with every initiative repeated ``factor`` times under new codes and titles."""
    result = copy.deepcopy(plan)
    result["plan"]["title"] = plan["plan"]["title"] + title_suffix
    initiatives = []
    for k in range(factor):
        for item in plan["initiatives"]:
            clone = copy.deepcopy(item)
            if k:
                clone["code"] = f"{item['code']}-{k}" if item.get("code") else None
                clone["title"] = f"{item['title']}（{k}）"
                clone["repost_of"] = f"{item['repost_of']}-{k}" if item.get("repost_of") else None
            initiatives.append(clone)
    result["initiatives"] = initiatives
    return result


def break_stored_plan(plan: Any) -> None:
    """Give a stored plan what the import checks now refuse (a schedule year 32767, 3,000 nested
    sections holding its first initiative), as a plan imported before those checks may hold: the
    pages must stay bounded whatever is stored (tests/web/test_hostile_plans.py, bench/hostile.py)."""
    from .models import Initiative, ScheduleEntry, Section

    entry = ScheduleEntry.objects.filter(initiative__plan=plan).first()
    ScheduleEntry.objects.filter(pk=entry.pk).update(fy=32767)
    parent_id = None
    for n in range(3000):
        parent_id = Section.objects.create(
            plan=plan, key=f"deep{n}", parent_id=parent_id, title=f"第{n}層", depth=min(n, 100), position=1000 + n
        ).pk
    first = plan.initiatives.order_by("position").first()
    Initiative.objects.filter(pk=first.pk).update(section_id=parent_id)
