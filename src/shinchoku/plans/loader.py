"""Load Plan JSON into the database: the one place where a plan is inserted or updated.

The rules, all in one transaction:

- the municipality is found by 団体コード, else by prefecture and name;
- the plan by municipality and title (or the plan given as ``into``);
- sections by their Plan JSON key; initiatives by code, else by title; indicators by name;
- plan-document content (fields, schedule, targets, printed actuals, budget) is replaced by the
  new file's; anything recorded in shinchoku (progress reports and their actuals, history) is
  never touched, and an initiative or indicator the revised plan no longer lists is retired, not deleted;
- a row is saved only when something in it changed, so importing the same file twice changes
  nothing (no writes, no history entries).

``load_plan(plan, dry_run=True)`` runs the same code and rolls back, which is how the upload
preview knows what would be added, changed and kept.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from django.db import transaction
from django.dispatch import Signal
from django.utils import timezone

from shinchoku.importers.planjson import Plan as PlanJSON
from shinchoku.importers.planjson import validate

from .models import (
    BudgetEntry,
    Department,
    Indicator,
    IndicatorValue,
    Initiative,
    InitiativeDepartment,
    Municipality,
    Plan,
    ScheduleEntry,
    Section,
    ValueKind,
)

#: Initiative keys stored in their own columns; every other key goes to ``extra``.
INITIATIVE_CORE = {
    "code", "title", "section", "summary", "background", "purpose", "actions", "goal", "effects",
    "departments", "scope", "priority", "urgency", "importance", "marks", "repost_of", "schedule",
    "indicators", "budget", "line",
}  # fmt: skip
INDICATOR_CORE = {"name", "kind", "unit", "direction", "baseline", "targets", "actuals", "final_target"}
PLAN_CORE = {"title", "published", "period", "vision", "source"}
DOCUMENT_CORE = {"format", "municipality", "plan", "sections", "initiatives", "warnings"}
SECTION_CORE = {"key", "parent", "level", "code", "title"}


@dataclass
class LoadResult:
    """What a load did (or, for a dry run, would do), initiative by initiative."""

    plan: Plan
    created: bool = False
    added: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    retired: list[str] = field(default_factory=list)

    @property
    def has_changes(self) -> bool:
        return self.created or bool(self.added or self.changed or self.retired)


#: Sent inside the import's transaction once a plan is stored (not for a dry run), with ``plan`` and
#: ``result``: the search index listens, so the index changes with the import or not at all.
plan_loaded = Signal()


class _DryRun(Exception):
    """Raised inside the transaction to roll a dry run back."""


def norm(text: str | None) -> str:
    """Matching key for titles and names: NFKC, no blanks, so re-extracted text still matches."""
    return "".join(unicodedata.normalize("NFKC", text or "").split())


def load_plan(
    data: PlanJSON,
    *,
    municipality_name: str | None = None,
    into: Plan | None = None,
    dry_run: bool = False,
) -> LoadResult:
    """Insert or update the plan ``data`` (Plan JSON); see the module docstring for the rules."""
    validate(data)
    try:
        with transaction.atomic():
            result = _Loader(data, municipality_name, into).run()
            if dry_run:
                raise _DryRun(result)
            plan_loaded.send(sender=Plan, plan=result.plan, result=result)
    except _DryRun as rollback:
        return rollback.args[0]
    return result


def match_municipality(data: PlanJSON, municipality_name: str | None = None) -> Municipality | None:
    """The stored municipality a plan belongs to: by 団体コード, else by prefecture and name."""
    info = data["municipality"]
    code = info.get("code") or None
    if code and (found := Municipality.objects.filter(code=code).first()):
        return found
    name = (municipality_name or info["name"]).strip()
    return Municipality.objects.filter(name=name, prefecture=(info.get("prefecture") or "").strip()).first()


def _assign(obj: Any, values: dict[str, Any]) -> bool:
    """Set attributes that differ; True when any did (so the caller knows whether to save)."""
    changed = False
    for name, value in values.items():
        if getattr(obj, name) != value:
            setattr(obj, name, value)
            changed = True
    return changed


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def _decimal(value: Any) -> Decimal | None:
    return None if value is None else Decimal(str(value)).quantize(Decimal("0.01"))


class _Loader:
    def __init__(self, data: PlanJSON, municipality_name: str | None, into: Plan | None) -> None:
        self.data = data
        self.municipality_name = municipality_name
        self.into = into
        self.sections: dict[str, Section] = {}
        self.departments: dict[str, Department] = {}

    def run(self) -> LoadResult:
        municipality = self._municipality()
        plan, created = self._plan(municipality)
        self.result = LoadResult(plan=plan, created=created)
        self._sections(plan)
        self._initiatives(plan)
        return self.result

    # --- municipality and plan -------------------------------------------------------------

    def _municipality(self) -> Municipality:
        if self.into is not None:
            return self.into.municipality
        info = self.data["municipality"]
        name = (self.municipality_name or info["name"]).strip()
        prefecture = (info.get("prefecture") or "").strip()
        code = info.get("code") or None
        found = match_municipality(self.data, self.municipality_name)
        if found is None:
            return Municipality.objects.create(name=name, prefecture=prefecture, code=code)
        fill = {}
        if code and not found.code:
            fill["code"] = code
        if prefecture and not found.prefecture:
            fill["prefecture"] = prefecture
        if _assign(found, fill):
            found.save()
        return found

    def _plan(self, municipality: Municipality) -> tuple[Plan, bool]:
        info = self.data["plan"]
        period = info.get("period") or {}
        source = info.get("source") or {}
        values = {
            "title": info["title"].strip(),
            "published": _text(info.get("published")),
            "start_fy": period.get("start_fy"),
            "end_fy": period.get("end_fy"),
            "vision": _text(info.get("vision")),
            "source_filename": _text(source.get("filename"))[:255],
            "source_sha256": _text(source.get("sha256"))[:64],
            "source_layout": _text(source.get("layout"))[:50],
            "warnings": self.data.get("warnings", []),
            "extra": {k: v for k, v in info.items() if k not in PLAN_CORE},
            "document_extra": {k: v for k, v in self.data.items() if k not in DOCUMENT_CORE},
        }
        plan = self.into or Plan.objects.filter(municipality=municipality, title=values["title"]).first()
        if plan is None:
            return Plan.objects.create(municipality=municipality, **values), True
        if _assign(plan, values):
            plan.save()
        return plan, False

    # --- sections ----------------------------------------------------------------------------

    def _sections(self, plan: Plan) -> None:
        existing = {s.key: s for s in plan.sections.all()}
        depth: dict[str, int] = {}
        for position, item in enumerate(self.data["sections"]):
            parent = self.sections.get(item["parent"]) if item.get("parent") else None
            depth[item["key"]] = depth[item["parent"]] + 1 if parent else 0
            values = {
                "parent": parent,
                "level": _text(item.get("level"))[:50],
                "code": _text(item.get("code"))[:50],
                "title": item["title"],
                "depth": depth[item["key"]],
                "position": position,
                "extra": {k: v for k, v in item.items() if k not in SECTION_CORE},
            }
            section = existing.pop(item["key"], None)
            if section is None:
                section = Section.objects.create(plan=plan, key=item["key"], **values)
            elif _assign(section, values):
                section.save()
            self.sections[item["key"]] = section
        # Sections the revised plan dropped: kept while a (retired) initiative still points at them.
        for section in existing.values():
            if not section.initiatives.exists() and not section.children.exists():
                section.delete()

    # --- initiatives -------------------------------------------------------------------------

    def _initiatives(self, plan: Plan) -> None:
        items = self.data["initiatives"]
        existing = list(plan.initiatives.all())
        matches = self._match(existing, items)
        states: dict[int, str] = {}
        by_code: dict[str, Initiative] = {}
        stored: list[Initiative] = []
        for position, (item, match) in enumerate(zip(items, matches, strict=True)):
            initiative, states[position] = self._initiative(plan, match, item, position)
            stored.append(initiative)
            if initiative.code:
                by_code.setdefault(initiative.code, initiative)

        # 再掲 links point at codes, which exist only once every initiative is stored.
        for position, (item, initiative) in enumerate(zip(items, stored, strict=True)):
            original = by_code.get(_text(item.get("repost_of"))) if item.get("repost_of") else None
            original_id = original.pk if original is not None and original.pk != initiative.pk else None
            if initiative.repost_of_id != original_id:
                initiative.repost_of_id = original_id
                initiative.save(update_fields=["repost_of"])
                if states[position] == "unchanged":
                    states[position] = "changed"

        for position, item in enumerate(items):
            label = f"{_text(item.get('code'))} {item['title']}".strip()
            getattr(self.result, states[position]).append(label)

        seen = {i.pk for i in stored}
        now = timezone.now()
        for initiative in existing:
            if initiative.pk not in seen and initiative.retired_at is None:
                initiative.retired_at = now
                initiative.save(update_fields=["retired_at"])
                self.result.retired.append(str(initiative))

    @staticmethod
    def _match(existing: list[Initiative], items: list[dict[str, Any]]) -> list[Initiative | None]:
        """Pair each new initiative with a stored one: by code first, then by title, each used once."""
        free = {i.pk: i for i in existing}
        by_code: dict[str, Initiative] = {}
        for initiative in existing:
            if initiative.code:
                by_code.setdefault(initiative.code, initiative)
        matches: list[Initiative | None] = []
        for item in items:
            found = by_code.get(_text(item.get("code"))) if item.get("code") else None
            if found is not None and found.pk in free:
                matches.append(free.pop(found.pk))
            else:
                matches.append(None)
        by_title: dict[str, list[Initiative]] = {}
        for initiative in free.values():
            by_title.setdefault(norm(initiative.title), []).append(initiative)
        for index, item in enumerate(items):
            if matches[index] is None:
                candidates = by_title.get(norm(item["title"]))
                if candidates:
                    matches[index] = candidates.pop(0)
        return matches

    def _initiative(self, plan: Plan, initiative: Initiative | None, item: dict[str, Any], position: int):
        section = self.sections.get(item["section"]) if item.get("section") else None
        values = {
            "section": section,
            "code": _text(item.get("code"))[:50],
            "title": item["title"].strip(),
            "summary": _text(item.get("summary")),
            "background": _text(item.get("background")),
            "purpose": _text(item.get("purpose")),
            "actions": _text(item.get("actions")),
            "goal": _text(item.get("goal")),
            "effects": item.get("effects") or [],
            "scope": item.get("scope") or "",
            "priority": _text(item.get("priority"))[:100],
            "urgency": item.get("urgency"),
            "importance": item.get("importance"),
            "marks": item.get("marks") or [],
            "source_line": item.get("line") if isinstance(item.get("line"), int) and item["line"] > 0 else None,
            "extra": {k: v for k, v in item.items() if k not in INITIATIVE_CORE},
            "retired_at": None,
        }
        if initiative is None:
            initiative = Initiative.objects.create(plan=plan, position=position, **values)
            state = "added"
        else:
            # A move within the plan is saved but is not a change of the initiative itself.
            state = "changed" if _assign(initiative, values) else "unchanged"
            moved = _assign(initiative, {"position": position})
            if state == "changed" or moved:
                initiative.save()
        changed = self._departments(initiative, item.get("departments") or [])
        changed |= self._schedule(initiative, item.get("schedule") or [])
        changed |= self._indicators(initiative, item.get("indicators") or [])
        changed |= self._budget(initiative, item.get("budget") or [])
        if changed and state == "unchanged":
            state = "changed"
        return initiative, state

    def _department(self, municipality: Municipality, name: str) -> Department:
        if name not in self.departments:
            self.departments[name], _ = Department.objects.get_or_create(municipality=municipality, name=name)
        return self.departments[name]

    def _departments(self, initiative: Initiative, names: list[str]) -> bool:
        municipality = initiative.plan.municipality
        wanted = [self._department(municipality, n.strip()[:100]) for n in dict.fromkeys(names) if n.strip()]
        links = list(initiative.department_links.all())
        if [link.department_id for link in links] == [d.pk for d in wanted]:
            return False
        initiative.department_links.all().delete()
        InitiativeDepartment.objects.bulk_create(
            InitiativeDepartment(initiative=initiative, department=d, position=i) for i, d in enumerate(wanted)
        )
        return True

    def _schedule(self, initiative: Initiative, entries: list[dict[str, Any]]) -> bool:
        wanted = [(e["fy"], e.get("half"), _text(e.get("label")), i) for i, e in enumerate(entries)]
        current = [(s.fy, s.half, s.label, s.position) for s in initiative.schedule.order_by("position", "pk")]
        if current == wanted:
            return False
        initiative.schedule.all().delete()
        for fy, half, label, position in wanted:
            ScheduleEntry.objects.create(initiative=initiative, fy=fy, half=half, label=label, position=position)
        return True

    def _budget(self, initiative: Initiative, entries: list[dict[str, Any]]) -> bool:
        wanted = [
            (e["fy"], _decimal(e.get("amount")), _text(e.get("unit")) or "千円",
             {k: v for k, v in e.items() if k not in ("fy", "amount", "unit")})
            for e in entries
        ]  # fmt: skip
        current = [(b.fy, b.amount, b.unit, b.extra) for b in initiative.budget.order_by("pk")]
        if current == wanted:
            return False
        initiative.budget.all().delete()
        for fy, amount, unit, extra in wanted:
            BudgetEntry.objects.create(initiative=initiative, fy=fy, amount=amount, unit=unit[:10], extra=extra)
        return True

    # --- indicators ----------------------------------------------------------------------------

    def _indicators(self, initiative: Initiative, items: list[dict[str, Any]]) -> bool:
        existing = list(initiative.indicators.all())
        by_name: dict[tuple[str, str], Indicator] = {}
        for ind in existing:
            by_name.setdefault((ind.kind, norm(ind.name)), ind)
        changed = False
        seen: set[int] = set()
        for position, item in enumerate(items):
            baseline = item.get("baseline")
            final = item.get("final_target")
            values = {
                "name": item["name"],
                "kind": item.get("kind") or "KPI",
                "unit": _text(item.get("unit"))[:50],
                "direction": item.get("direction") or "",
                "has_baseline": baseline is not None,
                "baseline_fy": (baseline or {}).get("fy"),
                "baseline_value": (baseline or {}).get("value"),
                "baseline_text": _text((baseline or {}).get("text")),
                "has_final_target": final is not None,
                "final_target_fy": (final or {}).get("fy"),
                "final_target_value": (final or {}).get("value"),
                "final_target_text": _text((final or {}).get("text")),
                "position": position,
                "extra": {k: v for k, v in item.items() if k not in INDICATOR_CORE},
                "retired_at": None,
            }
            indicator = by_name.get((values["kind"], norm(item["name"])))
            if indicator is not None and indicator.pk in seen:
                indicator = None
            if indicator is None:
                indicator = Indicator.objects.create(initiative=initiative, **values)
                changed = True
            elif _assign(indicator, values):
                indicator.save()
                changed = True
            seen.add(indicator.pk)
            changed |= self._values(indicator, item.get("targets") or [], item.get("actuals") or [])
        for indicator in existing:
            if indicator.pk not in seen and indicator.retired_at is None:
                indicator.retired_at = timezone.now()
                indicator.save(update_fields=["retired_at"])
                changed = True
        return changed

    def _values(self, indicator: Indicator, targets: list[dict], actuals: list[dict]) -> bool:
        """Replace the plan-printed targets and actuals (recorded actuals live elsewhere)."""
        wanted = [
            (kind, v.get("fy"), v.get("value"), _text(v.get("text")), i)
            for kind, values in ((ValueKind.TARGET, targets), (ValueKind.ACTUAL, actuals))
            for i, v in enumerate(values)
        ]
        plan_values = indicator.values.order_by("kind", "position", "pk")
        current = [(v.kind, v.fy, v.value, v.text, v.position) for v in plan_values]
        if current == sorted(wanted, key=lambda w: (w[0], w[4])):
            return False
        plan_values.delete()
        for kind, fy, value, text, position in wanted:
            IndicatorValue.objects.create(
                indicator=indicator, kind=kind, fy=fy, value=value, text=text, position=position
            )
        return True
