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
