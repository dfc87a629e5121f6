"""Open data: the published facts of a municipality's plans as CSV and JSON datasets.

Every dataset is a flat table, one fact per row (docs/opendata.md is the field dictionary):

- ``initiatives``: one row per current initiative (取組);
- ``indicators``: one row per indicator × kind of value (基準値 / 目標値 / 実績値 / 最終目標) × fiscal year;
- ``schedule``: one row per schedule entry (工程) of an initiative;
- ``budget``: one row per initiative and fiscal year (年度経費);
- ``reports``: one row per published progress report (進捗報告);
- ``report_indicators``: one row per indicator of a published report, with its achievement rate.

Only published data is open data: the plans (public documents) and the reports of published rounds
that were themselves published — the same rule ``accounts.permissions`` applies to an anonymous
visitor, whoever asks. Retired initiatives and indicators are not part of the current plan and are
left out (a published report keeps its initiative even if a later revision retired it).

CSV: UTF-8 with BOM and CRLF line ends (what Excel expects), a header row in Japanese. JSON: the same
rows with the English keys, numbers as numbers (null when empty), inside an envelope that
names the municipality, the licence and the last update.

Keys are stable across exports and re-imports: the loader updates a plan in place, so the database
ids of plans, initiatives and indicators do not change when the same (or a revised) plan is imported
again. 取組ID is "P<計画ID>-I<取組の内部ID>", 指標ID adds "-K<指標の内部ID>".

Data is read by ``Source`` (each part one query, loaded on first use); the row builders are pure
functions of what it loaded, so a download takes a fixed number of queries whatever the plan's size.
"""

from __future__ import annotations

import csv
import io
import json
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from functools import cached_property
from typing import Any

from django.conf import settings
from django.db.models import Max

from shinchoku.core.dates import iso_date, iso_datetime
from shinchoku.core.formulas import csv_text
from shinchoku.core.numbers import written
from shinchoku.importers.text import wareki
from shinchoku.national.labels import confirmed_items
from shinchoku.national.models import InitiativeLabel
from shinchoku.plans.actuals import removed, year_actuals
from shinchoku.plans.models import (
    BudgetEntry,
    Direction,
    Indicator,
    IndicatorValue,
    Initiative,
    InitiativeDepartment,
    Municipality,
    Plan,
    ScheduleEntry,
    Section,
    ValueKind,
    current,
    final_target,
    scope_label,
)
from shinchoku.plans.texts import COMPUTED_GRADE_NAMED, FILE_GRADE_NAMED
from shinchoku.progress import evaluation, figures
from shinchoku.progress.models import RecordedActual, Report, Status
from shinchoku.progress.permissions import public_reports
from shinchoku.progress.services import scale_for

# --- licence -----------------------------------------------------------------------------------------

DEFAULT_LICENSE = {"name": "CC BY 4.0", "url": "https://creativecommons.org/licenses/by/4.0/deed.ja"}
#: Used when the licence setting has no "attribution": how users should credit the data.
DEFAULT_ATTRIBUTION = "出典：{municipality}「{dataset}」（{url}）"


def license_for(municipality: Municipality, plan: Plan | None = None) -> dict[str, str]:
    """The licence of a municipality's open data: {"name", "url", "attribution"}.

    A reference plan (参考計画: another municipality's published plan) keeps the licence it was
    published under, recorded with it; the installation's licence is not ours to give it.

    ``settings.SHINCHOKU_OPEN_DATA_LICENSE`` (default CC BY 4.0) applies to every municipality;
    ``settings.SHINCHOKU_OPEN_DATA_LICENSES`` maps a 団体コード to the licence of that one
    municipality (keys it gives replace the installation's).
    """
    if plan is not None and plan.is_reference and plan.license_name:
        return {"name": plan.license_name, "url": plan.license_url, "attribution": plan.license_attribution}
    found = dict(DEFAULT_LICENSE)
    found.update(getattr(settings, "SHINCHOKU_OPEN_DATA_LICENSE", None) or {})
    per_municipality = getattr(settings, "SHINCHOKU_OPEN_DATA_LICENSES", None) or {}
    if municipality.code and municipality.code in per_municipality:
        found.update(per_municipality[municipality.code] or {})
    found.setdefault("attribution", DEFAULT_ATTRIBUTION)
    return {
        "name": str(found["name"]),
        "url": str(found.get("url") or ""),
        "attribution": str(found["attribution"]),
    }


def attribution(license: dict[str, str], municipality: Municipality, dataset: str, url: str) -> str:
    """The credit line users should print, from the licence's template."""
    values = {"municipality": str(municipality), "dataset": dataset, "url": url, "license": license["name"]}
    try:
        return license["attribution"].format(**values)
    except (KeyError, IndexError, ValueError):  # a mistyped template in the settings must not break the page
        return DEFAULT_ATTRIBUTION.format(**values)


# --- columns and datasets --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Column:
    key: str  # English key (JSON)
    header: str  # Japanese header (CSV)
    type: str  # "string" | "integer" | "number" | "date"
    description: str


@dataclass(frozen=True)
class Dataset:
    key: str
    title: str
    description: str
    columns: tuple[Column, ...]
    rows: Callable[[Source], list[dict[str, Any]]]
    parts: tuple[str, ...]  # what its last update is made of (see Source.changed)

    @property
    def keys(self) -> list[str]:
        return [c.key for c in self.columns]


def _c(key: str, header: str, type_: str, description: str) -> Column:
    return Column(key, header, type_, description)


MUNICIPALITY_COLUMNS = (
    _c("municipality_code", "団体コード", "string", "全国地方公共団体コード（6桁、検査数字を含む）"),
    _c("prefecture", "都道府県", "string", "都道府県名"),
    _c("municipality_name", "自治体名", "string", "市区町村名"),
    _c("plan_id", "計画ID", "integer", "計画の識別番号（このシステム内で不変）"),
    _c("plan_title", "計画名", "string", "計画の名称"),
    _c(
        "plan_kind",
        "計画の種類",
        "string",
        "自治体の計画: この自治体が進捗を管理する計画、参考計画: 他の自治体が公表した計画の写し",
    ),
    _c(
        "plan_source",
        "計画の出典",
        "string",
        "参考計画を得た元（公表ページのURL、ファイル名、バンドル）。自治体の計画では空",
    ),
)
INITIATIVE_KEY_COLUMNS = (
    _c("initiative_id", "取組ID", "string", "取組の識別子「P計画ID-I番号」（取込み直しても不変）"),
    _c("initiative_code", "番号", "string", "計画書に記載の取組番号（記載がなければ空）"),
    _c("initiative_title", "取組名", "string", "取組の名称"),
)
FY_COLUMNS = (
    _c("fy", "年度", "integer", "年度（西暦、4月始まり）"),
    _c("fy_wareki", "年度（和暦）", "string", "年度の和暦表記"),
)
INDICATOR_KEY_COLUMNS = (
    _c("indicator_id", "指標ID", "string", "指標の識別子「取組ID-K番号」（取込み直しても不変）"),
    _c("indicator_name", "指標名", "string", "指標（KPI・KGI）の名称"),
)


def initiative_key(plan_id: int, initiative_id: int) -> str:
    return f"P{plan_id}-I{initiative_id}"


def indicator_key(plan_id: int, initiative_id: int, indicator_id: int) -> str:
    return f"{initiative_key(plan_id, initiative_id)}-K{indicator_id}"


def number(value: float | Decimal | int | None) -> int | float | None:
    """Whole numbers as integers (4000, not 4000.00), others as floats; None stays None."""
    if value is None:
        return None
    value = float(value)
    return int(value) if value.is_integer() else value


def fy_label(fy: int | None) -> str:
    return wareki(fy) if fy else ""


# --- reading the data --------------------------------------------------------------------------------


class Source:
    """The published data of one municipality (or one of its plans), read lazily, one query per part."""

    def __init__(self, municipality: Municipality, plan: Plan | None = None) -> None:
        self.municipality = municipality
        self.plan = plan

    @cached_property
    def plans(self) -> list[Plan]:
        if self.plan is not None:
            return [self.plan]
        return list(self.municipality.plans.order_by("-start_fy", "title", "pk"))

    @cached_property
    def plan_ids(self) -> list[int]:
        return [p.pk for p in self.plans]

    @cached_property
    def plans_by_id(self) -> dict[int, Plan]:
        return {p.pk: p for p in self.plans}

    @cached_property
    def sections(self) -> dict[int, Section]:
        return {s.pk: s for s in Section.objects.filter(plan_id__in=self.plan_ids)}

    @cached_property
    def all_initiatives(self) -> dict[int, Initiative]:
        """Every initiative of the plans, retired ones too (published reports may point at them)."""
        order = {pk: n for n, pk in enumerate(self.plan_ids)}
        items = sorted(
            Initiative.objects.filter(plan_id__in=self.plan_ids),
            key=lambda i: (order[i.plan_id], i.position, i.pk),
        )
        return {i.pk: i for i in items}

    @cached_property
    def initiatives(self) -> list[Initiative]:
        """The current initiatives, in plan order."""
        return [i for i in self.all_initiatives.values() if i.retired_at is None]

    @cached_property
    def departments(self) -> dict[int, list[str]]:
        links = InitiativeDepartment.objects.filter(initiative__plan_id__in=self.plan_ids).select_related(
            "department"
        )
        found: dict[int, list[str]] = defaultdict(list)
        for link in links.order_by("initiative_id", "position", "pk"):
            found[link.initiative_id].append(link.department.name)
        return found

    @cached_property
    def national_items(self) -> dict[int, list[str]]:
        """Confirmed national-plan items of each current initiative (suggestions are not open data)."""
        found = confirmed_items(i.pk for i in self.initiatives)
        return {pk: [item.title for item in items] for pk, items in found.items()}

    @cached_property
    def schedule(self) -> dict[int, list[ScheduleEntry]]:
        entries = ScheduleEntry.objects.filter(
            current("initiative__"), initiative__plan_id__in=self.plan_ids
        ).order_by("initiative_id", "position", "pk")
        return _group(entries, "initiative_id")

    @cached_property
    def indicators(self) -> dict[int, list[Indicator]]:
        items = Indicator.objects.active().filter(current("initiative__"), initiative__plan_id__in=self.plan_ids).order_by("initiative_id", "position", "pk")
        return _group(items, "initiative_id")

    @cached_property
    def values(self) -> dict[int, list[IndicatorValue]]:
        items = IndicatorValue.objects.filter(
            current("indicator__"),
            current("indicator__initiative__"),
            indicator__initiative__plan_id__in=self.plan_ids,
        ).order_by("indicator_id", "kind", "position", "pk")
        return _group(items, "indicator_id")

    @cached_property
    def recorded_actuals(self) -> dict[int, list[tuple[int, RecordedActual]]]:
        """Actuals departments recorded in published reports: indicator id -> [(fiscal year, actual)]."""
        items = (
            RecordedActual.objects.filter(current("indicator__"), report__in=self._published_reports())
            .select_related("report__round")
            .order_by("indicator_id", "report__round__fy", "pk")
        )
        found: dict[int, list[tuple[int, RecordedActual]]] = defaultdict(list)
        for item in items:
            found[item.indicator_id].append((item.report.round.fy, item))
        return found

    @cached_property
    def budget(self) -> dict[int, list[BudgetEntry]]:
        entries = BudgetEntry.objects.filter(
            current("initiative__"),
            initiative__plan_id__in=self.plan_ids
        ).order_by("initiative_id", "fy", "pk")
        return _group(entries, "initiative_id")

    def _published_reports(self):
        """Reports anyone may read: of a round published to everyone, and published themselves."""
        return public_reports().filter(round__plan_id__in=self.plan_ids)

    @cached_property
    def reports(self) -> list[Report]:
        order = {pk: n for n, pk in enumerate(self.plan_ids)}
        items = self._published_reports().select_related("round")
        return sorted(
            items,
            key=lambda r: (order[r.round.plan_id], r.round.fy, self._position(r.initiative_id), r.pk),
        )

    def _position(self, initiative_id: int) -> int:
        initiative = self.all_initiatives.get(initiative_id)
        return initiative.position if initiative else 0

    @cached_property
    def scale(self) -> evaluation.Scale:
        return scale_for(self.municipality)

    # --- when each part last changed (django-simple-history keeps every change with its time) -----

    def changed(self, part: str) -> dict[int, datetime]:
        """When one part of the data last changed, per plan id (one grouped query, remembered)."""
        if part not in self._changed:
            self._changed[part] = self._last_change(part)
        return self._changed[part]

    @cached_property
    def _changed(self) -> dict[str, dict[int, datetime]]:
        return {}

    def _last_change(self, part: str) -> dict[int, datetime]:
        ids = self.plan_ids
        if part == "plan":
            return {p.pk: p.updated_at for p in self.plans if p.updated_at}
        if part == "initiatives":
            return _latest(Initiative.history.filter(plan_id__in=ids), "plan_id")
        if part == "schedule":
            return _latest(ScheduleEntry.history.filter(initiative__plan_id__in=ids), "initiative__plan_id")
        if part == "indicators":
            return _latest(Indicator.history.filter(initiative__plan_id__in=ids), "initiative__plan_id")
        if part == "values":
            values = IndicatorValue.history.filter(indicator__initiative__plan_id__in=ids)
            return _latest(values, "indicator__initiative__plan_id")
        if part == "budget":
            return _latest(BudgetEntry.history.filter(initiative__plan_id__in=ids), "initiative__plan_id")
        if part == "labels":
            # Any change of a label (a confirmation, or a rejection of a confirmed one), suggestions included.
            return _latest(InitiativeLabel.history.filter(initiative__plan_id__in=ids), "initiative__plan_id")
        if part == "reports":
            published = (
                self._published_reports()
                .values("round__plan_id")
                .annotate(report=Max("published_at"), round=Max("round__published_at"))
            )
            return {row["round__plan_id"]: max(row["report"], row["round"]) for row in published}
        raise KeyError(part)

    def last_modified(self, parts: Iterable[str], plan_id: int | None = None) -> datetime | None:
        """The last change of what a dataset is made of: of all the plans, or of one."""
        found = [
            moment
            for part in parts
            for pk, moment in self.changed(part).items()
            if moment is not None and (plan_id is None or pk == plan_id)
        ]
        return max(found) if found else None


def _latest(history, plan_field: str) -> dict[int, datetime]:
    rows = history.order_by().values(plan_field).annotate(latest=Max("history_date"))
    return {row[plan_field]: row["latest"] for row in rows}


def _group(items: Iterable[Any], attribute: str) -> dict[int, list[Any]]:
    found: dict[int, list[Any]] = defaultdict(list)
    for item in items:
        found[getattr(item, attribute)].append(item)
    return found


# --- row builders (no queries beyond what Source loads) --------------------------------------------------


def _plan_cells(source: Source, plan_id: int) -> dict[str, Any]:
    m, plan = source.municipality, source.plans_by_id[plan_id]
    return {
        "municipality_code": m.code or "",
        "prefecture": m.prefecture,
        "municipality_name": m.name,
        "plan_id": plan.pk,
        "plan_title": plan.title,
        "plan_kind": plan.get_kind_display(),
        "plan_source": plan.reference_source if plan.is_reference else "",
    }


def _initiative_cells(source: Source, item: Initiative) -> dict[str, Any]:
    return {
        **_plan_cells(source, item.plan_id),
        "initiative_id": initiative_key(item.plan_id, item.pk),
        "initiative_code": item.code,
        "initiative_title": item.title,
    }


def _fy_cells(fy: int | None) -> dict[str, Any]:
    return {"fy": fy, "fy_wareki": fy_label(fy)}


def _section_path(source: Source, section_id: int | None) -> str:
    path: list[str] = []
    section = source.sections.get(section_id) if section_id else None
    while section is not None and len(path) < 20:
        path.append(str(section))
        section = source.sections.get(section.parent_id) if section.parent_id else None
    return " > ".join(reversed(path))


SLASH = "／"


def _joined(items: Iterable[Any]) -> str:
    return SLASH.join(str(i) for i in items if str(i).strip())


def initiative_rows(source: Source) -> list[dict[str, Any]]:
    rows = []
    positions: dict[int, int] = defaultdict(int)
    for item in source.initiatives:
        positions[item.plan_id] += 1
        repost = source.all_initiatives.get(item.repost_of_id) if item.repost_of_id else None
        rows.append(
            {
                **_initiative_cells(source, item),
                "position": positions[item.plan_id],
                "section": _section_path(source, item.section_id),
                "departments": _joined(source.departments.get(item.pk, [])),
                "scope": scope_label(item.scope, source.municipality.name),
                "priority": item.priority,
                "marks": _joined(item.marks or []),
                "repost_of": initiative_key(repost.plan_id, repost.pk) if repost else "",
                "summary": item.summary,
                "background": item.background,
                "purpose": item.purpose,
                "actions": item.actions,
                "goal": item.goal,
                "effects": _joined(item.effects or []),
                "urgency": number(item.urgency),
                "importance": number(item.importance),
                "national_items": _joined(source.national_items.get(item.pk, [])),
            }
        )
    return rows


def _target_source(result: dict[str, Any]) -> str:
    """Where an evaluated target is from: the plan's for the year, interpolated, or a later year's met ahead of it."""
    if result.get("interpolated"):
        return INTERPOLATED
    return LATER if result.get("basis") == "ahead" else FROM_PLAN


BASELINE, TARGET, ACTUAL, FINAL = "基準値", "目標値", "実績値", "最終目標"
FROM_PLAN, FROM_REPORT, INTERPOLATED = "計画", "進捗報告", "補間"
#: a later deadline's target met ahead of it (``evaluation.judge_indicator``'s "ahead"): no target of the row's year
LATER = "後年度の目標"
#: the 出典 of a 最終目標 the plan does not state: the target of the last year it gives one for (``final_target``)
LAST_TARGET = "最後の年度の目標値"


def _fact(common: dict[str, Any], kind: str, fy: int | None, value: Any, text: str, origin: str = FROM_PLAN):
    return {
        **common,
        "value_kind": kind,
        **_fy_cells(fy),
        "value": number(value),
        "text": text,
        "source": origin,
    }


def _indicator_facts(common: dict[str, Any], indicator: Indicator, source: Source) -> list[dict[str, Any]]:
    """基準値, then per year 目標値 before 実績値 (the plan's, then the reported ones), then 最終目標."""
    facts = []
    if indicator.has_baseline:
        facts.append(
            _fact(common, BASELINE, indicator.baseline_fy, indicator.baseline_value, indicator.baseline_text)
        )
    values = [v for v in source.values.get(indicator.pk, []) if not removed(v)]  # a removed actual states nothing
    # one 実績値 a year by the one rule (``plans.actuals.year_actuals``, docs/evaluation.md 「Which actual」): the one a
    # published report recorded, else the plan's printed one (a re-imported plan's 17分 and the reported 16分 were both)
    counted = year_actuals(
        [(v.fy, v.value, v.text) for v in values if v.kind == ValueKind.ACTUAL],
        {fy: (actual.value, actual.text) for fy, actual in source.recorded_actuals.get(indicator.pk, [])},
    )
    reported = {fy for fy, actual in counted.items() if actual.reported}
    yearly = [
        ((v.fy or 9999, 0 if v.kind == ValueKind.TARGET else 1, 0, v.position),
         _fact(common, TARGET if v.kind == ValueKind.TARGET else ACTUAL, v.fy, v.value, v.text))
        for v in values
        if v.kind == ValueKind.TARGET or v.fy not in reported
    ]  # fmt: skip
    yearly += [
        ((fy, 1, 1, 0), _fact(common, ACTUAL, fy, counted[fy].value, counted[fy].text, FROM_REPORT))
        for fy in sorted(reported)
    ]
    facts.extend(row for _, row in sorted(yearly, key=lambda pair: pair[0]))
    # the plan's final target, else its last year's target: the rule of the pages, the 進捗管理表 and the API
    # (``plans.models.final_target``), read from the values loaded already (no query per indicator)
    final = final_target(
        (indicator.final_target_fy, indicator.final_target_value, indicator.final_target_text)
        if indicator.has_final_target
        else None,
        [(v.fy, v.value, v.text) for v in source.values.get(indicator.pk, []) if v.kind == ValueKind.TARGET],
    )
    if final is not None:  # one the plan does not state is marked, as the initiative page marks it
        origin = FROM_PLAN if final.stated else LAST_TARGET
        facts.append(_fact(common, FINAL, final.fy, final.value, final.text, origin))
    return facts


def indicator_rows(source: Source) -> list[dict[str, Any]]:
    rows = []
    for item in source.initiatives:
        for indicator in source.indicators.get(item.pk, []):
            direction = indicator.direction
            common = {
                **_initiative_cells(source, item),
                "indicator_id": indicator_key(item.plan_id, item.pk, indicator.pk),
                "indicator_name": indicator.name,
                "indicator_kind": indicator.kind,
                "unit": indicator.unit,
                "direction": str(Direction(direction).label) if direction in Direction.values else "",
            }
            rows.extend(_indicator_facts(common, indicator, source))
    return rows


HALVES = {1: "前期", 2: "後期"}


def schedule_rows(source: Source) -> list[dict[str, Any]]:
    return [
        {**_initiative_cells(source, item), **_fy_cells(entry.fy), "half": HALVES.get(entry.half or 0, ""),
         "label": entry.label}
        for item in source.initiatives
        for entry in source.schedule.get(item.pk, [])
    ]  # fmt: skip


def budget_rows(source: Source) -> list[dict[str, Any]]:
    return [
        {
            **_initiative_cells(source, item),
            **_fy_cells(entry.fy),
            "amount": number(entry.amount),
            "unit": entry.unit,
        }
        for item in source.initiatives
        for entry in source.budget.get(item.pk, [])
    ]


def report_rows(source: Source) -> list[dict[str, Any]]:
    rows = []
    for report in source.reports:
        item = source.all_initiatives[report.initiative_id]
        frozen = report.evaluation or {}
        computed = frozen.get("computed_grade", "")
        grade = report.final_grade
        label = source.scale.label(grade) or (frozen.get("computed_label", "") if grade == computed else "")
        rows.append(
            {
                **_plan_cells(source, item.plan_id),
                **_fy_cells(report.round.fy),
                "round_title": report.round.title,
                "initiative_id": initiative_key(item.plan_id, item.pk),
                "initiative_code": item.code,
                "initiative_title": item.title,
                "departments": _joined(source.departments.get(item.pk, [])),
                "status": str(Status(report.status).label) if report.status in Status.values else "",
                "self_grade": report.self_grade,
                "computed_grade": computed,
                # what the computed grade rests on, as the pages print it beside it (``evaluation.BASIS_LABELS``)
                "basis": frozen.get("basis", ""),
                "basis_label": evaluation.BASIS_LABELS.get(frozen.get("basis", ""), ""),
                "grade": grade,
                "grade_label": label,
                "review_reason": report.review_reason if report.review_grade else "",
                "achievements": report.achievements,
                "results": report.results,
                "issues": report.issues,
                "next_steps": report.next_steps,
                "published": iso_date(report.published_at),
            }
        )
    return rows


def _percent(rate: Any) -> int | float | None:
    """The achievement rate in percent, rounded as the report page shows it (201.8 for 2.0175)."""
    if not isinstance(rate, int | float):
        return None
    return number(float(evaluation.rate_in_percent(rate)))


def _removal_cells(result: dict[str, Any]) -> dict[str, str]:
    """「912人」 and the reason of a frozen indicator entry whose plan file's actual was removed in the app, else "":
    read by the rule of every output (``progress.figures.shown``)."""
    seen_as = figures.shown(result, result=True)
    return {"removed_actual": seen_as.removed_text(result.get("unit") or ""), "removed_reason": seen_as.removed_reason}


def report_indicator_rows(source: Source) -> list[dict[str, Any]]:
    rows = []
    for report in source.reports:
        item = source.all_initiatives[report.initiative_id]
        for result in (report.evaluation or {}).get("indicators", []):
            has_target = result.get("target") is not None or bool(result.get("target_text"))
            has_actual = result.get("actual") is not None or bool(result.get("actual_text"))
            rows.append(
                {
                    **_plan_cells(source, item.plan_id),
                    **_fy_cells(report.round.fy),
                    "initiative_id": initiative_key(item.plan_id, item.pk),
                    "initiative_code": item.code,
                    "initiative_title": item.title,
                    "indicator_id": indicator_key(item.plan_id, item.pk, result.get("indicator")),
                    "indicator_name": result.get("name", ""),
                    "indicator_kind": result.get("kind", ""),  # (every evaluation names it: migration 0005)
                    "unit": result.get("unit", ""),
                    "target": number(result.get("target")),
                    "target_text": result.get("target_text", ""),
                    "target_source": _target_source(result) if has_target else "",
                    # a later year's target: its year (none known for a round closed before it was kept)
                    "target_fy": (
                        result.get("target_fy") if result.get("basis") == "ahead" else report.round.fy
                    ) if has_target else None,
                    "actual": number(result.get("actual")),
                    "actual_text": result.get("actual_text", ""),
                    "actual_source": (FROM_REPORT if result.get("recorded") else FROM_PLAN)
                    if has_actual
                    else "",
                    "actual_note": result.get("note", ""),
                    "achievement_rate": _percent(result.get("rate")),
                    # the municipality's own grade, as the plan file prints it (``progress.figures``)
                    "published_grade": result.get("published_grade", ""),
                    # and what it means as the file's legend says (「目標より進んでいる」)
                    "published_grade_meaning": result.get("published_grade_meaning", ""),
                    # the plan file's figure for the year the plan office removed, and why: the grade above stands as
                    # the file gave it, on that figure (``progress.figures.Shown.removed_basis``)
                    **_removal_cells(result),
                }
            )
    return rows


DATASETS: dict[str, Dataset] = {
    d.key: d
    for d in (
        Dataset(
            "initiatives", "取組", "計画の取組（施策・事業）の一覧。1行が1つの取組です。",
            (
                *MUNICIPALITY_COLUMNS,
                *INITIATIVE_KEY_COLUMNS,
                _c("position", "表示順", "integer", "計画の中での順番（1から）。改訂で変わることがある"),
                _c("section", "施策体系", "string", "取組が属する施策体系（上位から「 > 」でつなぐ）"),
                _c("departments", "担当課", "string", "担当課（複数は「／」でつなぐ。先頭が主担当）"),
                _c("scope", "区分", "string", "国: 国の自治体DX推進計画に基づく取組、市（町・村）: 自治体独自の取組（記載がなければ空）"),
                _c("priority", "重点", "string", "計画が示す重点施策・重点取組の表示"),
                _c("marks", "印", "string", "計画書の印（完了、新規など。複数は「／」）"),
                _c("repost_of", "再掲元の取組ID", "string", "再掲の場合、元の取組の取組ID"),
                _c("summary", "概要", "string", "取組の概要・内容"),
                _c("background", "現状・課題", "string", "現状と課題"),
                _c("purpose", "目的", "string", "取組の目的"),
                _c("actions", "今後の取組内容", "string", "今後の取組内容"),
                _c("goal", "目指す姿・目標", "string", "目指す姿・目標"),
                _c("effects", "期待される効果", "string", "期待される効果（複数は「／」）"),
                _c("urgency", "緊急度", "number", "計画が示す緊急度（0〜100）"),
                _c("importance", "重要度", "number", "計画が示す重要度（0〜100）"),
                _c("national_items", "国の計画の項目", "string", "計画担当が確定した総務省「自治体DX推進計画」の項目（複数は「／」。規則による候補は含まない）"),
            ),
            initiative_rows, ("plan", "initiatives", "labels"),
        ),
        Dataset(
            "indicators", "指標（目標値・実績値）",
            "指標（KPI・KGI）の基準値・年度別の目標値と実績値・最終目標。1行が1つの値です。",
            (
                *MUNICIPALITY_COLUMNS,
                *INITIATIVE_KEY_COLUMNS,
                *INDICATOR_KEY_COLUMNS,
                _c("indicator_kind", "指標の種別", "string", "KPI または KGI"),
                _c("unit", "単位", "string", "値の単位（%、件など。なければ空）"),
                _c("direction", "方向", "string", "増加・減少・維持（目指す方向。空は不明）"),
                _c("value_kind", "値の種類", "string", "基準値・目標値・実績値・最終目標"),
                *FY_COLUMNS,
                _c("value", "値", "number", "数値（数値でない記載は空）"),
                _c("text", "原文", "string", "計画書・報告に記載のとおりの値"),
                _c("source", "出典", "string", "計画: 計画書の記載、進捗報告: 公表された進捗報告で担当課が報告した実績値、最後の年度の目標値: 計画に最終目標の記載がないため、目標値のある最後の年度の目標値を最終目標としたもの"),
            ),
            indicator_rows, ("plan", "initiatives", "indicators", "values", "reports"),
        ),
        Dataset(
            "schedule", "工程", "取組の年度別の工程（スケジュール）。1行が1つの工程です。",
            (
                *MUNICIPALITY_COLUMNS,
                *INITIATIVE_KEY_COLUMNS,
                *FY_COLUMNS,
                _c("half", "半期", "string", "前期・後期（年度全体なら空）"),
                _c("label", "内容", "string", "その年度（半期）に行うこと（記載がなければ空）"),
            ),
            schedule_rows, ("plan", "initiatives", "schedule"),
        ),
        Dataset(
            "budget", "年度経費", "取組の年度別の経費（計画値）。1行が1つの取組の1年度分です。",
            (
                *MUNICIPALITY_COLUMNS,
                *INITIATIVE_KEY_COLUMNS,
                *FY_COLUMNS,
                _c("amount", "金額", "number", "経費（計画値。空は記載なし）"),
                _c("unit", "単位", "string", "金額の単位（通常は千円）"),
            ),
            budget_rows, ("plan", "initiatives", "budget"),
        ),
        Dataset(
            "reports", "進捗報告", "公表された年度ごとの進捗報告。1行が1つの取組の1年度分です。",
            (
                *MUNICIPALITY_COLUMNS,
                *FY_COLUMNS,
                _c("round_title", "回の名称", "string", "進捗管理の回の名称"),
                *INITIATIVE_KEY_COLUMNS,
                _c("departments", "担当課", "string", "担当課（複数は「／」）"),
                _c("status", "進捗状況", "string", "未着手・検討中・実施中・完了・中止・延期"),
                _c("self_grade", "自己評価", "string", "担当課による評価"),
                _c("computed_grade", "算定評価", "string", f"{COMPUTED_GRADE_NAMED}。指標の達成率（なければ工程と進捗状況・自己評価）から算定した取組の評価。指標の達成状況の「公表評価」（{FILE_GRADE_NAMED}）とは別の区分"),
                _c("basis", "算定の根拠（区分）", "string", "算定評価が何によるかの区分（indicators: 指標の達成率、milestone_self: 工程と自己評価 など）"),
                _c("basis_label", "算定の根拠", "string", "算定評価が何によるか（指標の達成率による、工程と自己評価による など。評価基準の説明とともに公表ページに記載）"),
                _c("grade", "評価", "string", "確定した評価（計画担当が変更した場合はその評価）"),
                _c("grade_label", "評価の名称", "string", "評価の意味（目標を上回る など。自治体の評価基準による）"),
                _c("review_reason", "評価を変更した理由", "string", "計画担当が算定評価を変更した理由"),
                _c("achievements", "取組実績", "string", "その年度の取組実績"),
                _c("results", "成果", "string", "成果"),
                _c("issues", "課題", "string", "課題"),
                _c("next_steps", "今後の方向性", "string", "今後の方向性"),
                _c("published", "公表日", "date", "報告を公表した日（YYYY-MM-DD）"),
            ),
            report_rows, ("plan", "initiatives", "reports"),
        ),
        Dataset(
            "report_indicators", "指標の達成状況",
            "公表された進捗報告の指標ごとの目標値・実績値・達成率。1行が1つの指標の1年度分です。",
            (
                *MUNICIPALITY_COLUMNS,
                *FY_COLUMNS,
                *INITIATIVE_KEY_COLUMNS,
                *INDICATOR_KEY_COLUMNS,
                _c("indicator_kind", "指標の種別", "string", "KPI または KGI"),
                _c("unit", "単位", "string", "値の単位"),
                _c("target", "目標値", "number", "その年度の目標値（分からなければ空）"),
                _c("target_text", "目標値（原文）", "string", "目標値の計画書の記載（数値でない「全窓口に導入」、数値に添えた「約4,000人」など。補間した目標値にはなし）"),
                _c("target_source", "目標値の出典", "string", "計画: 計画書の目標値、補間: 前後の年度の値から直線で補い、前後の値の桁に四捨五入した値、後年度の目標: この年度の目標値がなく、後の年度の目標（「令和9年度までに90%」）を期限前に達成したときのその目標値"),
                _c("target_fy", "目標値の年度", "integer", "目標値がどの年度の目標か（後年度の目標ではその年度。ほかは報告の年度）"),
                _c("actual", "実績値", "number", "その年度の実績値"),
                _c("actual_text", "実績値（原文）", "string", "報告・計画書に記載のとおりの実績値"),
                _c("actual_source", "実績値の出典", "string", "進捗報告: 担当課の報告、計画: 計画書に記載の実績値"),
                _c("actual_note", "実績値の備考", "string", "担当課が実績値に付けた備考（集計の時点など）"),
                _c("achievement_rate", "達成率（%）", "number", "目標の達成率（100 = 目標どおり。小数第1位。基準値より後退した実績はマイナス）"),
                _c("published_grade", "公表評価", "string", f"{FILE_GRADE_NAMED}。取り込んだ計画ファイル（自治体が公表した進捗）に記載された、その年度の指標の評価（記載がなければ空）。進捗報告の「算定評価」（{COMPUTED_GRADE_NAMED}）とは別の区分。根拠の実績値が削除された後も計画ファイルのとおり（削除した計画ファイルの実績値を参照）"),
                _c("published_grade_meaning", "公表評価の意味", "string", "公表評価の意味（計画ファイルの凡例に記載された「目標より進んでいる」など。記載がなければ空）"),
                _c("removed_actual", "削除した計画ファイルの実績値", "string", "計画ファイルに記載されていたその年度の実績値を計画担当が誤りとして削除した場合の、削除した値（公表評価はこの値に基づく。削除がなければ空）"),
                _c("removed_reason", "実績値を削除した理由", "string", "計画担当が計画ファイルの実績値を削除した理由（計画の改訂理由。削除がなければ空）"),
            ),
            report_indicator_rows, ("plan", "initiatives", "reports"),
        ),
    )
}  # fmt: skip


# --- writers ---------------------------------------------------------------------------------------------


def _cell(value: Any, column: Column) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):  # positional, no separators: a spreadsheet reads 「0.000001」, not 「1e-06」 as text
        return written(value, separators=False)
    text = str(value)
    return csv_text(text) if column.type == "string" else text


def write_csv(dataset: Dataset, rows: list[dict[str, Any]]) -> bytes:
    """UTF-8 with BOM, CRLF line ends, the Japanese header row, then one row per fact."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([c.header for c in dataset.columns])
    for row in rows:
        writer.writerow([_cell(row.get(c.key), c) for c in dataset.columns])
    return buffer.getvalue().encode("utf-8-sig")


def write_json(
    dataset: Dataset,
    rows: list[dict[str, Any]],
    *,
    municipality: Municipality,
    plan: Plan | None,
    license: dict[str, str],
    attribution_text: str,
    last_modified: datetime | None,
) -> bytes:
    """The rows with English keys, in an envelope naming the data, its licence and columns."""
    document = {
        "dataset": dataset.key,
        "title": dataset.title,
        "municipality": {
            "code": municipality.code,
            "prefecture": municipality.prefecture,
            "name": municipality.name,
        },
        "plan": {"id": plan.pk, "title": plan.title} if plan else None,
        "license": {"name": license["name"], "url": license["url"]},
        "attribution": attribution_text,
        "last_modified": iso_datetime(last_modified),
        "columns": [{"key": c.key, "header": c.header, "type": c.type} for c in dataset.columns],
        "rows": [{c.key: row.get(c.key) for c in dataset.columns} for row in rows],
    }
    return json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8")
