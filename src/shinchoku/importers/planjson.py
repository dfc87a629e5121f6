"""Builders and the validator for Plan JSON (shared/design/plan-json.md, version 1).

Importers build plans only through these functions, so every plan has every required key
with ``None`` / ``[]`` for what the source does not say, and ``validate`` is the single
definition of a well-formed plan that the loader and the tests rely on.
"""

from __future__ import annotations

import hashlib
from typing import Any

from .errors import ParseError
from .municipalities import lookup

FORMAT = "shinchoku.plan/1"

Plan = dict[str, Any]
Initiative = dict[str, Any]
Indicator = dict[str, Any]

DIRECTIONS = (None, "increase", "decrease", "maintain")
KINDS = ("KPI", "KGI")
SCOPES = (None, "national", "local")


def new_plan(
    *,
    municipality: str,
    prefecture: str | None,
    code: str | None,
    title: str,
    published: str | None,
    start_fy: int | None,
    end_fy: int | None,
    vision: str | None,
    filename: str,
    data: bytes,
    layout: str,
) -> Plan:
    """An empty plan with its header filled in; sections and initiatives are appended."""
    return {
        "format": FORMAT,
        "municipality": {"name": municipality, "prefecture": prefecture, "code": code},
        "plan": {
            "title": title,
            "published": published,
            "period": {"start_fy": start_fy, "end_fy": end_fy},
            "vision": vision,
            "source": {"filename": filename, "sha256": hashlib.sha256(data).hexdigest(), "layout": layout},
        },
        "sections": [],
        "initiatives": [],
        "warnings": [],
    }


def plan_from(
    source: Any,
    layout: str,
    *,
    municipality: str,
    title: str,
    published: str | None = None,
    period: tuple[int | None, int | None] = (None, None),
    vision: str | None = None,
    prefecture: str | None = None,
    code: str | None = None,
) -> Plan:
    """new_plan for an importer's ``source`` (its filename and bytes) in ``layout``.

    ``period`` is (start_fy, end_fy). The prefecture and 団体コード are looked up from the
    municipality's name; a ``prefecture`` or ``code`` the document itself states (the template
    has columns for both) wins.
    """
    known_prefecture, known_code = lookup(municipality)
    return new_plan(
        municipality=municipality,
        prefecture=prefecture or known_prefecture,
        code=code or known_code,
        title=title,
        published=published,
        start_fy=period[0],
        end_fy=period[1],
        vision=vision,
        filename=source.filename,
        data=source.data,
        layout=layout,
    )


def fill_period(plan: Plan, years: list[int]) -> None:
    """Without a stated period, the span of the fiscal years the plan's tables cover is the period."""
    period = plan["plan"]["period"]
    if years and period["start_fy"] is None and period["end_fy"] is None:
        period["start_fy"], period["end_fy"] = min(years), max(years)


def section(key: str, parent: str | None, level: str, code: str | None, title: str) -> dict[str, Any]:
    return {"key": key, "parent": parent, "level": level, "code": code, "title": title}


def initiative(code: str | None, title: str, section: str | None, **fields: Any) -> Initiative:
    """An initiative with every core field present; ``fields`` overrides the defaults.

    Extra snake_case fields (``line``, ``aliases``, …) are allowed, as plan-json.md says.
    """
    item: Initiative = {
        "code": code,
        "title": title,
        "section": section,
        "summary": None,
        "background": None,
        "purpose": None,
        "actions": None,
        "goal": None,
        "effects": [],
        "departments": [],
        "scope": None,
        "priority": None,
        "urgency": None,
        "importance": None,
        "marks": [],
        "repost_of": None,
        "schedule": [],
        "indicators": [],
        "budget": [],
    }
    item.update(fields)
    return item


def indicator(name: str, kind: str = "KPI", **fields: Any) -> Indicator:
    item: Indicator = {
        "name": name,
        "kind": kind,
        "unit": "",
        "direction": None,
        "baseline": None,
        "targets": [],
        "actuals": [],
        "final_target": None,
    }
    item.update(fields)
    return item


def value(fy: int | None, number: float | int | None, text: str) -> dict[str, Any]:
    """A baseline / target / actual / final target: ``{"fy", "value", "text"}``."""
    return {"fy": fy, "value": number, "text": text}


def warn(plan: Plan, line: int | None, message: str) -> None:
    plan["warnings"].append({"line": line, "message": message})


def validate(plan: Plan) -> None:
    """Raise ParseError unless ``plan`` has the Plan JSON core shape.

    Checks what the loader depends on: required keys and types, section keys unique with
    parents defined first, initiative sections existing, enumerations in range.
    """

    def fail(message: str) -> None:
        raise ParseError(f"Plan JSON の形式が正しくありません: {message}")

    if not isinstance(plan, dict) or plan.get("format") != FORMAT:
        fail(f'"format" が "{FORMAT}" ではありません')
    for key in ("municipality", "plan"):
        if not isinstance(plan.get(key), dict):
            fail(f'"{key}" がありません')
    for key in ("sections", "initiatives", "warnings"):
        if not isinstance(plan.get(key), list):
            fail(f'"{key}" が配列ではありません')
    if not isinstance(plan["municipality"].get("name"), str) or not plan["municipality"]["name"].strip():
        fail("自治体名がありません")
    if not isinstance(plan["plan"].get("title"), str) or not plan["plan"]["title"].strip():
        fail("計画名がありません")
    period = plan["plan"].get("period") or {}
    for key in ("start_fy", "end_fy"):
        if period.get(key) is not None and not isinstance(period.get(key), int):
            fail(f"period.{key} が整数ではありません")
    keys: set[str] = set()
    for s in plan["sections"]:
        if not isinstance(s, dict) or not isinstance(s.get("key"), str) or not isinstance(s.get("title"), str):
            fail("section に key / title がありません")
        if s["key"] in keys:
            fail(f"section key {s['key']!r} が重複しています")
        if s.get("parent") is not None and s["parent"] not in keys:
            fail(f"section {s['key']!r} の親 {s['parent']!r} が先に定義されていません")
        keys.add(s["key"])
    for i, item in enumerate(plan["initiatives"]):
        where = f"initiatives[{i}]"
        if not isinstance(item, dict) or not isinstance(item.get("title"), str) or not item["title"].strip():
            fail(f"{where} に title がありません")
        if item.get("section") is not None and item["section"] not in keys:
            fail(f"{where} の section {item['section']!r} がありません")
        if item.get("scope") not in SCOPES:
            fail(f"{where} の scope が不正です")
        for list_key in ("departments", "marks", "effects", "schedule", "indicators", "budget"):
            if not isinstance(item.get(list_key, []), list):
                fail(f"{where}.{list_key} が配列ではありません")
        for entry in item.get("schedule", []):
            if not isinstance(entry, dict) or not isinstance(entry.get("fy"), int) or entry.get("half") not in (None, 1, 2):
                fail(f"{where} の schedule が不正です")
        for entry in item.get("budget", []):
            if not isinstance(entry, dict) or not isinstance(entry.get("fy"), int):
                fail(f"{where} の budget が不正です")
            if entry.get("amount") is not None and not isinstance(entry["amount"], int | float):
                fail(f"{where} の budget.amount が数値ではありません")
        for ind in item.get("indicators", []):
            if not isinstance(ind, dict) or not isinstance(ind.get("name"), str):
                fail(f"{where} の indicator に name がありません")
            if ind.get("kind") not in KINDS or ind.get("direction") not in DIRECTIONS:
                fail(f"{where} の indicator の kind / direction が不正です")
            for value_key in ("targets", "actuals"):
                for v in ind.get(value_key, []):
                    _check_value(v, fail, where)
            for value_key in ("baseline", "final_target"):
                if ind.get(value_key) is not None:
                    _check_value(ind[value_key], fail, where)


def _check_value(v: Any, fail: Any, where: str) -> None:
    if not isinstance(v, dict):
        fail(f"{where} の指標値が不正です")
    if v.get("fy") is not None and not isinstance(v["fy"], int):
        fail(f"{where} の指標値の年度が整数ではありません")
    number = v.get("value")
    if number is not None and (isinstance(number, bool) or not isinstance(number, int | float)):
        fail(f"{where} の指標値が数値ではありません")
