"""Labels of initiatives: suggest them from the rules, let the plan office confirm or change them.

The one home of the label rules:
- a plan follows one edition of the national plan (``plan_edition``: the latest published by the
  time the plan was written); suggestions are items of that edition;
- suggestions follow the text of the initiative at each import; a confirmed or rejected label is
  the plan office's decision and no import or command changes it;
- what pages and open data show is the confirmed labels (``confirmed_items``); coverage also shows
  suggestions, marked 「候補」.
Every write goes through simple-history (a save, or a bulk insert with its history rows), so the
history names the user.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from django.db import transaction
from django.db.models import Min, QuerySet

from shinchoku.plans.history import acting_user, history_user, insert_with_history
from shinchoku.plans.models import Initiative, Plan, ScheduleEntry

from . import editions, rules
from .models import InitiativeLabel, LabelState, NationalItem, NationalPlanEdition
from .reference import load_editions

SHOWN = (LabelState.SUGGESTED, LabelState.CONFIRMED)


# --- the plan's edition ----------------------------------------------------------------------------


def all_editions() -> list[NationalPlanEdition]:
    """Every edition, oldest first. The data migrations load the files; an edition file added since
    (or a database flushed by a test or restored from an older backup) is loaded here on first use,
    so the tables always hold every shipped edition."""
    found = list(NationalPlanEdition.objects.order_by("published_on"))
    if len(found) < len(editions.editions()):
        load_editions(NationalPlanEdition, NationalItem)
        found = list(NationalPlanEdition.objects.order_by("published_on"))
    return found


def plan_edition(plan: Plan) -> NationalPlanEdition | None:
    """The edition the plan was written against (see editions.edition_for)."""
    available = all_editions()
    first_fy = None
    if not plan.published and not plan.start_fy:
        first_fy = ScheduleEntry.objects.filter(initiative__plan=plan).aggregate(fy=Min("fy"))["fy"]
    written = editions.plan_date(plan.published or "", plan.start_fy, first_fy)
    if written is None:
        return available[-1]
    before = [e for e in available if e.published_on <= written]
    return before[-1] if before else available[0]


def edition_items(edition: NationalPlanEdition | None) -> list[NationalItem]:
    if edition is None:
        return []
    return list(edition.items.order_by("order"))


# --- suggestions -----------------------------------------------------------------------------------


@dataclass
class SuggestReport:
    added: int = 0
    removed: int = 0
    kept: int = 0
    plans: int = 0

    def __str__(self) -> str:
        return f"国の計画の項目の候補: 追加 {self.added} 件 / 取消 {self.removed} 件 / 変更なし {self.kept} 件（{self.plans} 計画）"


def suggest_for_plan(plan: Plan, report: SuggestReport | None = None) -> SuggestReport:
    """Suggest items of the plan's edition for each current initiative (several allowed).

    Confirmed and rejected labels stay as the plan office left them; a suggestion the text no longer
    supports is withdrawn. Three queries plus the writes, whatever the plan's size.
    """
    report = report or SuggestReport()
    report.plans += 1
    edition = plan_edition(plan)
    items = {item.code: item for item in edition_items(edition)}
    if not items:
        return report
    initiatives = list(Initiative.objects.active().filter(plan=plan).values_list("pk", "title", "summary"))
    existing: dict[int, dict[int, InitiativeLabel]] = defaultdict(dict)
    for label in InitiativeLabel.objects.filter(initiative__plan=plan, item__edition=edition):
        existing[label.initiative_id][label.item_id] = label
    new: list[dict[str, Any]] = []
    stale: list[InitiativeLabel] = []
    for pk, title, summary in initiatives:
        wanted = {
            items[code].pk: value for code, value in rules.suggest(title, summary, items.keys())
        }
        mine = existing.get(pk, {})
        for item_id, value in wanted.items():
            if item_id in mine:
                report.kept += 1
            else:
                new.append({"initiative_id": pk, "item_id": item_id, "score": value})
        stale += [
            label for item_id, label in mine.items() if label.state == LabelState.SUGGESTED and item_id not in wanted
        ]
    with transaction.atomic(savepoint=False):  # inside an import: its transaction, no savepoint
        if stale:  # through the ORM: simple-history writes a 「削除」 row for each
            InitiativeLabel.objects.filter(pk__in=[label.pk for label in stale]).delete()
        # The labels and their history rows as plain values (COPY on PostgreSQL, no model instance);
        # the history names the importing user (acting_user around plan_loaded, or the request's user).
        insert_with_history(InitiativeLabel, new, history_user())
    report.added += len(new)
    report.removed += len(stale)
    return report


def suggest_all(plans: Iterable[Plan] | None = None) -> SuggestReport:
    """Suggest for every plan (the ``suggest-labels`` command)."""
    report = SuggestReport()
    for plan in plans if plans is not None else Plan.objects.order_by("pk"):
        suggest_for_plan(plan, report)
    return report


# --- decisions of the plan office ---------------------------------------------------------------------


class LabelError(ValueError):
    """A choice that is not an item of the edition, or a label that is not the plan's (Japanese message)."""


@dataclass
class Decision:
    confirmed: list[str] = field(default_factory=list)
    rejected: list[str] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return bool(self.confirmed or self.rejected)


def _set_state(label: InitiativeLabel, state: str, user: Any) -> bool:
    if label.pk is not None and label.state == state:
        return False
    label.state = state
    label.by = user if getattr(user, "is_authenticated", False) else None
    with acting_user(label.by):
        label.save()
    return True


@transaction.atomic
def decide(initiative: Initiative, item_codes: Iterable[str], user: Any) -> Decision:
    """The plan office's choice for one initiative: the ticked items of the plan's edition are
    confirmed, the items it no longer ticks (suggested or confirmed before) are rejected."""
    edition = plan_edition(initiative.plan)
    items = {item.code: item for item in edition_items(edition)}
    chosen = set(item_codes)
    unknown = chosen - set(items)
    if unknown:
        raise LabelError("国の計画の項目として選べないものがあります: " + "、".join(sorted(unknown)))
    labels = {
        label.item_id: label
        for label in InitiativeLabel.objects.select_for_update().filter(
            initiative=initiative, item__edition=edition
        )
    }
    decision = Decision()
    for code, item in items.items():
        label = labels.get(item.pk)
        if code in chosen:
            label = label or InitiativeLabel(initiative=initiative, item=item)
            if _set_state(label, LabelState.CONFIRMED, user):
                decision.confirmed.append(item.title)
        elif label is not None and label.state != LabelState.REJECTED:
            _set_state(label, LabelState.REJECTED, user)
            decision.rejected.append(item.title)
    return decision


@transaction.atomic
def decide_many(plan: Plan, label_ids: Iterable[int], state: str, user: Any) -> int:
    """Confirm or reject many suggestions of one plan at once (the coverage page); returns how many changed."""
    if state not in (LabelState.CONFIRMED, LabelState.REJECTED):
        raise LabelError("確定か該当しないかを選んでください。")
    ids = set(label_ids)
    labels = list(
        InitiativeLabel.objects.select_for_update().filter(pk__in=ids, initiative__plan=plan).select_related("item")
    )
    if len(labels) != len(ids):
        raise LabelError("この計画の候補ではないものが含まれています。ページを読み込み直してください。")
    return sum(1 for label in labels if _set_state(label, state, user))


# --- reading -------------------------------------------------------------------------------------------


def labels_of(initiative_ids: Iterable[int], states: Iterable[str] = SHOWN) -> QuerySet[InitiativeLabel]:
    return (
        InitiativeLabel.objects.filter(initiative_id__in=list(initiative_ids), state__in=list(states))
        .select_related("item__edition", "by")
        .order_by("initiative_id", "item__edition__published_on", "item__order")
    )


def confirmed_items(initiative_ids: Iterable[int]) -> dict[int, list[NationalItem]]:
    """initiative id → its confirmed items (what pages, the API and open data show), one query."""
    found: dict[int, list[NationalItem]] = defaultdict(list)
    for label in labels_of(initiative_ids, (LabelState.CONFIRMED,)):
        found[label.initiative_id].append(label.item)
    return found


def codes_of(initiative_ids: Iterable[int]) -> dict[int, set[str]]:
    """initiative id → the item codes it is labelled with (confirmed or suggested), one query."""
    found: dict[int, set[str]] = defaultdict(set)
    for initiative_id, code in InitiativeLabel.objects.filter(
        initiative_id__in=list(initiative_ids), state__in=SHOWN
    ).values_list("initiative_id", "item__code"):
        found[initiative_id].add(code)
    return found


# --- items as a search filter ------------------------------------------------------------------------


def item_choices() -> list[tuple[str, str]]:
    """(code, title) of every item, for a filter: the newest edition's items in its order, then the
    codes only older editions have (第1版's 行政手続のオンライン化), each under its newest title."""
    newest: dict[str, NationalItem] = {}
    for edition in reversed(all_editions()):
        for item in edition_items(edition):
            newest.setdefault(item.code, item)
    return [(code, item.title) for code, item in newest.items()]


def codes_for(code: str) -> list[str]:
    """The label codes an item filter matches: the code, and the older codes its items absorbed."""
    found = {code}
    for covers in NationalItem.objects.filter(code=code).values_list("covers", flat=True):
        found.update(covers or [])
    return sorted(found)
