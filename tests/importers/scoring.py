"""How close one parsed plan is to another: the measures issue 8 is judged by.

``score(found, expected)`` matches initiatives by code, else by normalised title, and returns
F1 on initiatives and the share of matched initiatives whose code, 担当課, KPI numbers and
schedule agree. Used to compare a sample read from a PDF or another extraction with the same
sample read from its text, and a hand-written document with its expected plan.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Any

_NOISE = re.compile(r"[\s　・･、。,.()（）「」『』【】\[\]〔〕<>＜＞\-－ー―‐〜~]")


def title_key(title: str) -> str:
    """A title as compared: NFKC, no spaces or punctuation, no 【mark】 prefixes."""
    text = unicodedata.normalize("NFKC", title)
    text = re.sub(r"【[^】]{1,6}】", "", text)
    return _NOISE.sub("", text)


@dataclass
class Score:
    precision: float
    recall: float
    f1: float
    codes: float
    departments: float
    kpi_numbers: float
    schedule: float
    missing: list[str]
    extra: list[str]

    def __str__(self) -> str:
        return (
            f"F1 {self.f1:.3f} (P {self.precision:.3f} R {self.recall:.3f}) codes {self.codes:.3f} "
            f"担当課 {self.departments:.3f} KPI {self.kpi_numbers:.3f} schedule {self.schedule:.3f}"
        )


def _numbers(initiative: dict[str, Any]) -> set[tuple[str, Any, float]]:
    out: set[tuple[str, Any, float]] = set()
    for indicator in initiative.get("indicators") or []:
        for kind in ("targets", "actuals"):
            for value in indicator.get(kind) or []:
                if value.get("value") is not None:
                    out.add((kind, value.get("fy"), float(value["value"])))
        for kind in ("baseline", "final_target"):
            value = indicator.get(kind)
            if value and value.get("value") is not None:
                out.add((kind, value.get("fy"), float(value["value"])))
    return out


def _schedule(initiative: dict[str, Any]) -> set[tuple[Any, Any]]:
    return {(entry.get("fy"), entry.get("half")) for entry in initiative.get("schedule") or []}


def _ratio(agree: int, total: int) -> float:
    return agree / total if total else 1.0


def score(found: dict[str, Any], expected: dict[str, Any]) -> Score:
    expected_items = list(expected["initiatives"])
    found_items = list(found["initiatives"])
    by_code = {i["code"]: i for i in found_items if i.get("code")}
    by_title = {title_key(i["title"]): i for i in found_items}
    pairs: list[tuple[dict[str, Any], dict[str, Any]]] = []
    used: set[int] = set()
    missing: list[str] = []
    for item in expected_items:
        match = by_code.get(item.get("code")) if item.get("code") else None
        if match is None or id(match) in used or title_key(match["title"]) != title_key(item["title"]):
            candidate = by_title.get(title_key(item["title"]))
            if candidate is not None and id(candidate) not in used:
                match = candidate
            elif match is not None and id(match) in used:
                match = None
        if match is None:
            missing.append(f"{item.get('code') or ''} {item['title']}".strip())
            continue
        used.add(id(match))
        pairs.append((item, match))
    extra = [f"{i.get('code') or ''} {i['title']}".strip() for i in found_items if id(i) not in used]
    precision = _ratio(len(pairs), len(found_items))
    recall = _ratio(len(pairs), len(expected_items))
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    codes = _ratio(sum(e.get("code") == f.get("code") for e, f in pairs), len(pairs))
    departments = _ratio(sum(e["departments"] == f["departments"] for e, f in pairs), len(pairs))
    with_kpi = [(e, f) for e, f in pairs if _numbers(e)]
    kpi = _ratio(sum(_numbers(e) == _numbers(f) for e, f in with_kpi), len(with_kpi))
    with_schedule = [(e, f) for e, f in pairs if _schedule(e)]
    schedule = _ratio(sum(_schedule(e) == _schedule(f) for e, f in with_schedule), len(with_schedule))
    return Score(precision, recall, f1, codes, departments, kpi, schedule, missing, extra)


def by_title(plan: dict[str, Any], words: str) -> dict[str, Any]:
    """The one initiative of ``plan`` whose title contains ``words`` (fails if none or several)."""
    (item,) = [i for i in plan["initiatives"] if words in i["title"]]
    return item


#: (F1, codes, 担当課, KPI numbers, schedule) as a floor a document's reading reaches.
Reached = tuple[float, float, float, float, float]


def in_charge(initiative: dict[str, Any]) -> tuple[list[str], list[str]]:
    """What an initiative's 担当課 cell names: the 課 in charge and the 関係課 (「関係各課」「窓口がある課」: a group of 課
    is no 担当課, ``text.names_a_group``)."""
    others = initiative.get("departments_others")
    return initiative["departments"], others if isinstance(others, list) else []


def reached(found: Score) -> Reached:
    """The five measures of ``found``, in the order a floor lists them."""
    return (found.f1, found.codes, found.departments, found.kpi_numbers, found.schedule)


def assert_at_least(found: Score, floor: Reached) -> None:
    """``found`` reaches ``floor`` in each measure (a document below the bar, its reading kept from falling)."""
    assert all(r >= v - 0.001 for r, v in zip(reached(found), floor, strict=True)), found


def assert_exact(result: Score) -> None:
    """Every figure of ``score`` at 1.0: each initiative found once with its code, 担当課, KPI numbers (with their
    years) and schedule years."""
    assert (result.f1, result.codes, result.departments, result.kpi_numbers, result.schedule) == (
        1.0,
        1.0,
        1.0,
        1.0,
        1.0,
    ), result
