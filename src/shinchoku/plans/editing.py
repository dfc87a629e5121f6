"""The plan office edits its plan in the app: initiatives, departments (rename, merge, assign).

Views call these after ``accounts.permissions.require(user, "edit_plan", plan)``. Each operation
runs in one transaction, names its user in the history (``history.acting_user``), and locks the
rows it changes before re-reading them, the way ``progress.services._lock`` does for reports: a
second editor waits for the first, then sees what the first one saved and is refused
(``EditConflict``, a 409 with a Japanese message) instead of silently undoing it.

What is changed in the app is remembered on the row (``app_revisions``: field -> the value the
plan document had), so that re-importing the plan file keeps the plan office's work and lists
each difference as a conflict (plans/loader.py), exactly as for targets revised in the app
(``IndicatorValue.revised_at``). Nothing is deleted: an initiative taken out of the plan is
retired, and keeps its reports, results and history.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from django.db import transaction
from django.db.models import Max
from django.dispatch import Signal
from django.utils import timezone

from .history import acting_user
from .models import (
    Department,
    Indicator,
    Initiative,
    InitiativeDepartment,
    Municipality,
    Plan,
    ScheduleEntry,
    Section,
    ValueKind,
)

#: Initiative fields the edit page offers (the rest stay as the plan document printed them).
INITIATIVE_FIELDS = ("code", "title", "summary")
#: Indicator fields the edit page offers, and the columns each one stands for.
INDICATOR_FIELDS = {
    "name": ("name",),
    "unit": ("unit",),
    "baseline": ("baseline_fy", "baseline_value", "baseline_text", "has_baseline"),
    "final_target": ("final_target_fy", "final_target_value", "final_target_text", "has_final_target"),
}


#: Sent inside the edit's transaction with ``initiative_ids`` whose text (title, summary, 担当課, KPI
#: names) may have changed: the search index listens, as it does to ``loader.plan_loaded``.
initiatives_edited = Signal()
#: Sent inside a merge's transaction with ``source`` and ``target`` (departments) and ``user``, before
#: ``source`` is deleted: the apps above plans move what they keep per department (accounts: the
#: editors' departments; progress: the rounds' extended deadlines). A receiver returns the number of
#: users whose departments it changed (or 0), which the merge reports.
department_merging = Signal()


def _edited(initiative_ids: Iterable[int]) -> None:
    ids = sorted(set(initiative_ids))
    if ids:
        initiatives_edited.send(sender=Initiative, initiative_ids=ids)


class EditError(Exception):
    """An edit that cannot be made; the message is for the user (Japanese)."""


class EditConflict(EditError):
    """Someone else changed the row since this user opened it (answered with 409)."""


STALE = (
    "この取組は、あなたが開いた後に他の人が変更しました。入力内容はそのまま残しています。"
    "最新の内容を確認してから保存し直してください。"
)


def _lock_initiative(initiative: Initiative, version: int | None) -> Initiative:
    """The initiative's row, locked until the transaction ends and re-read after the lock was taken."""
    locked = Initiative.objects.select_for_update().get(pk=initiative.pk)
    if version is not None and locked.version != version:
        raise EditConflict(STALE)
    return locked


def _remember(row: Any, name: str, document_value: Any) -> None:
    """Note that ``name`` was changed in the app, keeping the plan document's value the first time."""
    revisions = dict(row.app_revisions or {})
    revisions.setdefault(name, document_value)
    row.app_revisions = revisions


# --- one initiative ---------------------------------------------------------------------------------


@dataclass
class IndicatorEdit:
    """One indicator row of the edit page (``pk`` None: a new indicator)."""

    pk: int | None
    name: str
    unit: str = ""
    baseline_fy: int | None = None
    baseline_value: float | None = None
    final_target_fy: int | None = None
    final_target_value: float | None = None
    retire: bool = False

    def columns(self) -> dict[str, dict[str, Any]]:
        """The indicator's columns grouped by the field of the edit page they belong to."""
        return {
            "name": {"name": self.name},
            "unit": {"unit": self.unit},
            "baseline": {
                "baseline_fy": self.baseline_fy, "baseline_value": self.baseline_value,
                "baseline_text": "", "has_baseline": self.baseline_value is not None,
            },
            "final_target": {
                "final_target_fy": self.final_target_fy, "final_target_value": self.final_target_value,
                "final_target_text": "", "has_final_target": self.final_target_value is not None,
            },
        }  # fmt: skip


#: (fiscal year, half or None) -> the schedule's entries of that period, in order.
Schedule = dict[tuple[int, int | None], list[str]]


def current_schedule(initiative: Initiative) -> Schedule:
    schedule: Schedule = {}
    for entry in initiative.schedule.order_by("fy", "half", "position", "pk"):
        schedule.setdefault((entry.fy, entry.half), []).append(entry.label)
    return schedule


def _document_value(row: Any, columns: Iterable[str]) -> Any:
    values = [getattr(row, c) for c in columns]
    return values[0] if len(values) == 1 else values


@transaction.atomic
def edit_initiative(
    initiative: Initiative,
    *,
    version: int | None,
    user: Any,
    fields: dict[str, str],
    departments: list[Department] | None = None,
    schedule: Schedule | None = None,
    indicators: list[IndicatorEdit] | None = None,
) -> list[str]:
    """Apply the edit page to the initiative; returns what changed, in words (empty: nothing).

    Only what differs is written, so saving an untouched page adds no history. ``departments`` in
    order (the first leads); ``schedule`` replaces the entries of the periods it names.
    """
    with acting_user(user):
        locked = _lock_initiative(initiative, version)
        if locked.retired_at is not None:
            raise EditError("計画から外した取組は編集できません。")
        changed: list[str] = []
        labels = {"code": "番号", "title": "取組名", "summary": "概要"}
        for name in INITIATIVE_FIELDS:
            if name in fields and getattr(locked, name) != fields[name]:
                if name == "title" and not fields[name].strip():
                    raise EditError("取組名を入力してください。")
                _remember(locked, name, getattr(locked, name))
                setattr(locked, name, fields[name])
                changed.append(labels[name])
        printed = [link.department.name for link in locked.department_links.select_related("department")]
        if departments is not None and _set_departments(locked, departments):
            _remember(locked, "departments", printed)
            changed.append("担当課")
        if schedule is not None and _set_schedule(locked, schedule):
            _remember(locked, "schedule", None)
            changed.append("工程")
        for edit in indicators or []:
            what = _edit_indicator(locked, edit)
            if what:
                changed.append(what)
        if changed:
            locked.version += 1
            locked.save()
            _edited([locked.pk])
        for f in Initiative._meta.concrete_fields:
            setattr(initiative, f.attname, getattr(locked, f.attname))
        return changed


def _set_departments(initiative: Initiative, departments: list[Department]) -> bool:
    wanted = list(dict.fromkeys(departments))
    for d in wanted:
        if d.municipality_id != initiative.plan.municipality_id:
            raise EditError("他の自治体の担当課は選べません。")
    links = list(initiative.department_links.order_by("position", "pk"))
    if [link.department_id for link in links] == [d.pk for d in wanted]:
        return False
    kept = {link.department_id: link for link in links}
    for link in links:
        if link.department_id not in {d.pk for d in wanted}:
            link.delete()
    for position, department in enumerate(wanted):
        link = kept.get(department.pk)
        if link is None:
            InitiativeDepartment.objects.create(initiative=initiative, department=department, position=position)
        elif link.position != position:
            link.position = position
            link.save(update_fields=["position"])
    return True


def _set_schedule(initiative: Initiative, schedule: Schedule) -> bool:
    current = current_schedule(initiative)
    wanted = {key: [label.strip() for label in labels if label.strip()] for key, labels in schedule.items()}
    if all(current.get(key, []) == labels for key, labels in wanted.items()):
        return False
    for (fy, half), labels in wanted.items():
        if current.get((fy, half), []) == labels:
            continue
        initiative.schedule.filter(fy=fy, half=half).delete()
        for position, label in enumerate(labels):
            ScheduleEntry.objects.create(initiative=initiative, fy=fy, half=half, label=label, position=position)
    return True


def _edit_indicator(initiative: Initiative, edit: IndicatorEdit) -> str:
    if edit.pk is None:
        if not edit.name.strip():
            return ""
        position = (initiative.indicators.aggregate(m=Max("position"))["m"] or 0) + 1
        values = {k: v for group in edit.columns().values() for k, v in group.items()}
        Indicator.objects.create(initiative=initiative, position=position, app_revisions={"added": True}, **values)
        return f"指標「{edit.name}」を追加"
    indicator = initiative.indicators.select_for_update().filter(pk=edit.pk).first()
    if indicator is None:
        raise EditError("この取組の指標ではありません。画面を開き直してください。")
    if edit.retire:
        if indicator.retired_at is not None:
            return ""
        indicator.retired_at = timezone.now()
        _remember(indicator, "retired", True)
        indicator.save()
        return f"指標「{indicator.name}」を計画から外す"
    if not edit.name.strip():
        raise EditError("指標名を入力してください。")
    changed = False
    for field, columns in edit.columns().items():
        if all(getattr(indicator, c) == v for c, v in columns.items()):
            continue
        # a value the plan printed as text only (「100%」) is unchanged when the number is
        if field in ("baseline", "final_target") and _same_number(indicator, field, columns):
            continue
        _remember(indicator, field, _document_value(indicator, INDICATOR_FIELDS[field]))
        for column, value in columns.items():
            setattr(indicator, column, value)
        if field == "final_target":
            year_target_follows(indicator)
        changed = True
    if not changed:
        return ""
    indicator.save()
    return f"指標「{indicator.name}」"


def final_target_follows(indicator: Indicator, fy: int, value: float | None) -> bool:
    """The one rule between an indicator's yearly targets and its final target: the target of the
    final target's year is the final target. A yearly target of that year changed in the app (the
    targets grid, an indicator's targets) changes the final target with it, remembered as an app
    edit (a re-import keeps it, as it keeps the revised yearly target); otherwise the initiative's
    page showed 「令和9年度 40」 above 「最終目標（令和9年度） 30手続」 and the round judged against 30.

    Returns whether the final target changed; the caller saves the indicator.
    """
    if not indicator.has_final_target or indicator.final_target_fy != fy or indicator.final_target_value == value:
        return False
    _remember(indicator, "final_target", _document_value(indicator, INDICATOR_FIELDS["final_target"]))
    indicator.final_target_value, indicator.final_target_text = value, ""
    indicator.has_final_target = value is not None
    return True


def year_target_follows(indicator: Indicator) -> None:
    """``final_target_follows`` the other way: the final target changed in the app changes the yearly target of its
    year, where the plan gives one, marked revised (a re-import keeps it as it keeps the final target). The
    initiative's page showed 「令和8年度 90.0%」 above 「最終目標（令和8年度） 95%」, and the round judged against 90."""
    fy, value = indicator.final_target_fy, indicator.final_target_value
    if fy is None or value is None:
        return
    for target in indicator.values.filter(kind=ValueKind.TARGET, fy=fy):
        if target.value != value:
            target.value, target.text, target.revised_at = value, "", timezone.now()
            target.save()


def _same_number(indicator: Indicator, field: str, columns: dict[str, Any]) -> bool:
    fy, value = columns[f"{field}_fy"], columns[f"{field}_value"]
    return getattr(indicator, f"{field}_fy") == fy and getattr(indicator, f"{field}_value") == value


@transaction.atomic
def add_initiative(
    plan: Plan, section: Section | None, *, user: Any, title: str, summary: str = "", code: str = "",
    departments: list[Department] | None = None,
) -> Initiative:  # fmt: skip
    """A new initiative in ``section``, placed after the plan's last one; a re-import keeps it."""
    if not title.strip():
        raise EditError("取組名を入力してください。")
    if section is not None and section.plan_id != plan.pk:
        raise EditError("この計画の施策体系を選んでください。")
    with acting_user(user):
        Plan.objects.select_for_update().get(pk=plan.pk)  # one position per new initiative
        position = (plan.initiatives.aggregate(m=Max("position"))["m"] or 0) + 1
        initiative = Initiative.objects.create(
            plan=plan, section=section, title=title.strip(), summary=summary.strip(), code=code.strip(),
            position=position, app_revisions={"added": True},
        )  # fmt: skip
        _set_departments(initiative, departments or [])
        _edited([initiative.pk])
        return initiative


@transaction.atomic
def retire_initiative(initiative: Initiative, *, version: int | None, user: Any) -> Initiative:
    """Take the initiative out of the plan: never deleted, its reports and history stay."""
    with acting_user(user):
        locked = _lock_initiative(initiative, version)
        if locked.retired_at is not None:
            raise EditError("この取組はすでに計画から外れています。")
        locked.retired_at = timezone.now()
        _remember(locked, "retired", True)
        locked.version += 1
        locked.save()
        _edited([locked.pk])
        initiative.retired_at, initiative.version = locked.retired_at, locked.version
        initiative.app_revisions = locked.app_revisions
        return initiative


# --- departments of a municipality --------------------------------------------------------------------


def _clean_name(name: str) -> str:
    cleaned = " ".join((name or "").split())
    if not cleaned:
        raise EditError("担当課の名称を入力してください。")
    if len(cleaned) > 100:
        raise EditError("担当課の名称は100文字以内で入力してください。")
    return cleaned


def _lock_department(department: Department) -> Department:
    locked = Department.objects.select_for_update().filter(pk=department.pk).first()
    if locked is None:
        raise EditConflict(f"担当課「{department.name}」は、他の人が統合したためありません。画面を開き直してください。")
    return locked


@transaction.atomic
def rename_department(department: Department, *, name: str, expected: str, user: Any) -> Department:
    """Rename; ``expected`` is the name the user saw (someone else renamed it meanwhile: 409)."""
    new = _clean_name(name)
    with acting_user(user):
        locked = _lock_department(department)
        if locked.name != expected:
            raise EditConflict(
                f"担当課「{expected}」は、他の人が「{locked.name}」に変更しました。画面を開き直してください。"
            )
        if new == locked.name:
            return locked
        if Department.objects.filter(municipality_id=locked.municipality_id, name=new).exists():
            raise EditError(f"「{new}」はすでにあります。同じ課にまとめるには「統合」を使ってください。")
        locked.aliases = [a for a in dict.fromkeys([*locked.aliases, locked.name]) if a != new]
        locked.name = new
        locked._change_reason = f"名称を「{expected}」から「{new}」に変更"
        locked.save()
        _edited(locked.initiative_links.values_list("initiative_id", flat=True))
        return locked


@dataclass
class MergeResult:
    initiatives: int
    users: int


@transaction.atomic
def merge_departments(source: Department, target: Department, *, user: Any) -> MergeResult:
    """Merge ``source`` into ``target``: its initiatives (and so their reports), editors and
    extended deadlines move to ``target``, its names become aliases of ``target``, and ``source``
    is deleted; the history keeps every link moved and the department's deletion with the reason."""
    if source.pk == target.pk:
        raise EditError("同じ担当課には統合できません。別の課を選んでください。")
    if source.municipality_id != target.municipality_id:
        raise EditError("他の自治体の担当課には統合できません。")
    with acting_user(user):
        first, second = sorted([source, target], key=lambda d: d.pk)  # one lock order: no deadlock
        locked = {d.pk: _lock_department(d) for d in (first, second)}
        source, target = locked[source.pk], locked[target.pk]
        moved, touched = 0, []
        for link in InitiativeDepartment.objects.filter(department=source).select_related("initiative"):
            initiative = link.initiative
            has_target = initiative.department_links.filter(department=target).exists()
            position = link.position
            link.delete()
            if not has_target:
                InitiativeDepartment.objects.create(initiative=initiative, department=target, position=position)
            moved += 1
            touched.append(initiative.pk)
        responses = department_merging.send(sender=Department, source=source, target=target, user=user)
        users = sum(count for _receiver, count in responses if isinstance(count, int))
        target.aliases = [a for a in dict.fromkeys([*target.aliases, source.name, *source.aliases]) if a != target.name]
        target._change_reason = f"「{source.name}」を統合"
        target.save()
        source._change_reason = f"「{target.name}」に統合"
        source.delete()
        _edited(touched)
        return MergeResult(initiatives=moved, users=users)


@transaction.atomic
def assign_department(
    municipality: Municipality, initiatives: list[Initiative], department: Department, *, user: Any
) -> int:
    """Add ``department`` to each initiative (after the ones it has); returns how many gained it."""
    if department.municipality_id != municipality.pk:
        raise EditError("他の自治体の担当課は選べません。")
    if not initiatives:
        raise EditError("担当課を割り当てる取組を選んでください。")
    added = 0
    with acting_user(user):
        department = _lock_department(department)
        for initiative in initiatives:
            locked = _lock_initiative(initiative, None)
            if locked.plan.municipality_id != municipality.pk:
                raise EditError("他の自治体の取組は選べません。")
            links = list(locked.department_links.all())
            if any(link.department_id == department.pk for link in links):
                continue
            printed = [link.department.name for link in locked.department_links.select_related("department")]
            InitiativeDepartment.objects.create(
                initiative=locked, department=department, position=max((lk.position for lk in links), default=-1) + 1
            )
            _remember(locked, "departments", printed)
            locked.version += 1
            locked.save(update_fields=["app_revisions", "version"])
            added += 1
            _edited([locked.pk])
    return added


def create_department(municipality: Municipality, name: str, *, user: Any) -> Department:
    """A new 担当課 (a plan that names none, like 新発田市's, needs them before assigning)."""
    new = _clean_name(name)
    with transaction.atomic(), acting_user(user):
        if Department.objects.filter(municipality=municipality, name=new).exists():
            raise EditError(f"「{new}」はすでにあります。")
        return Department.objects.create(municipality=municipality, name=new)

