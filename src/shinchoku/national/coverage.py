"""Coverage of the national plan: per plan (which items its initiatives cover) and per municipality
(the national matrix for a prefecture viewer).

An item counts an initiative when the initiative is labelled with one of the item's codes (its own
code, or a code of an older edition it absorbed: ``NationalItem.covers``), whatever edition the label
was made for, so plans written against different editions are compared on the same columns.
Confirmed labels count; suggestions count too, marked 「候補」 (``candidate``), until the plan office
decides; rejected labels never count. Only current (not retired) initiatives are counted.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import Case, CharField, Count, Value, When

from shinchoku.plans.models import Initiative, Municipality, Plan, current

from .labels import SHOWN, edition_items
from .models import InitiativeLabel, LabelState, NationalItem, NationalPlanEdition

OTHERS = 3


@dataclass
class Covering:
    """An initiative covering an item: confirmed by the plan office, or only suggested (候補)."""

    initiative: Initiative
    candidate: bool
    label_id: int
    item: NationalItem | None = None


@dataclass
class ItemCoverage:
    item: NationalItem
    coverings: list[Covering] = field(default_factory=list)
    others: list[Initiative] = field(default_factory=list)

    @property
    def covered(self) -> bool:
        return bool(self.coverings)

    @property
    def confirmed(self) -> bool:
        return any(not c.candidate for c in self.coverings)


@dataclass
class PlanCoverage:
    plan: Plan
    edition: NationalPlanEdition | None
    items: list[ItemCoverage]
    candidates: list[Covering]  # suggestions of this plan's edition still to decide (the bulk form)

    @property
    def covered(self) -> list[ItemCoverage]:
        return [i for i in self.items if i.covered]

    @property
    def uncovered(self) -> list[ItemCoverage]:
        return [i for i in self.items if not i.covered]


def plan_coverage(plan: Plan, edition: NationalPlanEdition | None) -> PlanCoverage:
    """Which items of ``edition`` the plan covers, with which initiatives; for each uncovered item up to
    three initiatives of other municipalities labelled with it (confirmed ones first)."""
    items = edition_items(edition)
    code_to_items: dict[str, list[ItemCoverage]] = defaultdict(list)
    result = [ItemCoverage(item) for item in items]
    for coverage in result:
        for code in coverage.item.codes:
            code_to_items[code].append(coverage)
    labels = (
        InitiativeLabel.objects.filter(current("initiative__"), initiative__plan=plan, state__in=SHOWN)
        .select_related("initiative", "item")
        .order_by("initiative__position", "initiative_id", "state")
    )
    seen: set[tuple[int, int]] = set()
    candidates = []
    for label in labels:
        candidate = label.state == LabelState.SUGGESTED
        if candidate and edition is not None and label.item.edition_id == edition.pk:
            candidates.append(Covering(label.initiative, True, label.pk, label.item))
        for coverage in code_to_items.get(label.item.code, []):
            key = (id(coverage), label.initiative_id)
            if key in seen:
                if not candidate:  # a confirmed label of another edition wins over a suggestion
                    for c in coverage.coverings:
                        if c.initiative.pk == label.initiative_id:
                            c.candidate = False
                continue
            seen.add(key)
            coverage.coverings.append(Covering(label.initiative, candidate, label.pk))
    for coverage in result:
        if not coverage.covered:
            coverage.others = other_initiatives(coverage.item, plan.municipality_id)
    return PlanCoverage(plan, edition, result, candidates)


def other_initiatives(item: NationalItem, municipality_id: int, limit: int = OTHERS) -> list[Initiative]:
    """Initiatives of other municipalities labelled with the item (confirmed first), one query."""
    ids = list(
        InitiativeLabel.objects.filter(current("initiative__"), item__code__in=item.codes, state__in=SHOWN)
        .exclude(initiative__plan__municipality_id=municipality_id)
        .order_by("state", "initiative_id")  # "confirmed" sorts before "suggested"
        .values_list("initiative_id", flat=True)[: limit * 3]
    )
    unique = list(dict.fromkeys(ids))[:limit]
    found = {i.pk: i for i in Initiative.objects.filter(pk__in=unique).select_related("plan__municipality")}
    return [found[pk] for pk in unique if pk in found]


# --- the national matrix -----------------------------------------------------------------------------


@dataclass
class MatrixRow:
    municipality: Municipality
    counts: list[int]

    @property
    def covered(self) -> int:
        return sum(1 for n in self.counts if n)


@dataclass
class Matrix:
    edition: NationalPlanEdition | None
    items: list[NationalItem]
    rows: list[MatrixRow]
    confirmed_only: bool

    @property
    def municipalities_per_item(self) -> list[int]:
        return [sum(1 for row in self.rows if row.counts[n]) for n in range(len(self.items))]

    def summary(self) -> list[str]:
        """The table in sentences (a text equivalent for reading it without the grid)."""
        if not self.rows or not self.items:
            return []
        per_item = list(zip(self.items, self.municipalities_per_item, strict=True))
        most = max(per_item, key=lambda p: p[1])
        least = min(per_item, key=lambda p: p[1])
        lines = [
            f"{len(self.rows)}自治体、{len(self.items)}項目。"
            f"最も多くの自治体が取り組む項目は「{most[0].title}」（{most[1]}自治体）、"
            f"最も少ないのは「{least[0].title}」（{least[1]}自治体）です。"
        ]
        none = [item.title for item, n in per_item if n == 0]
        if none:
            lines.append("どの自治体の取組もない項目: " + "、".join(f"「{t}」" for t in none) + "。")
        best = max(self.rows, key=lambda r: r.covered)
        lines.append(f"最も多くの項目に取り組む自治体は{best.municipality}（{best.covered}項目）です。")
        return lines


def matrix(edition: NationalPlanEdition | None, prefecture: str = "", confirmed_only: bool = False) -> Matrix:
    """Municipality × item: how many current initiatives of each municipality each item counts.
    Three queries whatever the number of municipalities (one grouped count)."""
    items = edition_items(edition)
    municipalities = Municipality.objects.filter(plans__isnull=False).distinct().order_by("prefecture", "code", "name")
    if prefecture:
        municipalities = municipalities.filter(prefecture=prefecture)
    municipalities = list(municipalities)
    column = Case(
        *[When(item__code__in=item.codes, then=Value(item.code)) for item in items],
        default=Value(""),
        output_field=CharField(),
    )
    states = [LabelState.CONFIRMED] if confirmed_only else list(SHOWN)
    labels = InitiativeLabel.objects.filter(
        current("initiative__"),
        state__in=states,

        item__code__in=[c for item in items for c in item.codes],
    )
    if prefecture:
        labels = labels.filter(initiative__plan__municipality__prefecture=prefecture)
    counts = (
        labels.annotate(column=column)
        .values("initiative__plan__municipality_id", "column")
        .annotate(n=Count("initiative_id", distinct=True))
        .order_by()
    )
    table: dict[int, dict[str, int]] = defaultdict(dict)
    for row in counts:
        table[row["initiative__plan__municipality_id"]][row["column"]] = row["n"]
    rows = [MatrixRow(m, [table[m.pk].get(item.code, 0) for item in items]) for m in municipalities]
    return Matrix(edition, items, rows, confirmed_only)


def prefectures() -> list[str]:
    return sorted(
        set(Municipality.objects.filter(plans__isnull=False).exclude(prefecture="").values_list("prefecture", flat=True))
    )
