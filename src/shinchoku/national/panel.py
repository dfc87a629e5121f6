"""What the initiative page shows of the national plan: confirmed items for everyone, and for the plan
office the form (items of the plan's edition, suggested ones ticked and marked 「候補」)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from shinchoku.accounts.permissions import can
from shinchoku.plans.models import Initiative

from .labels import edition_items, labels_of, plan_edition
from .models import InitiativeLabel, LabelState, NationalItem, NationalPlanEdition


@dataclass
class Choice:
    item: NationalItem
    checked: bool
    candidate: bool


@dataclass
class Panel:
    confirmed: list[InitiativeLabel]
    editable: bool = False
    edition: NationalPlanEdition | None = None
    choices: list[Choice] = field(default_factory=list)


def initiative_panel(initiative: Initiative, user: Any) -> Panel:
    """One query for a reader; the plan office's form adds the edition and its items."""
    labels = list(labels_of([initiative.pk], (LabelState.SUGGESTED, LabelState.CONFIRMED)))
    panel = Panel([label for label in labels if label.state == LabelState.CONFIRMED])
    if initiative.retired_at is None and can(user, "edit_plan", initiative.plan):
        panel.editable = True
        panel.edition = plan_edition(initiative.plan)
        states = {label.item_id: label.state for label in labels}
        panel.choices = [
            Choice(item, item.pk in states, states.get(item.pk) == LabelState.SUGGESTED)
            for item in edition_items(panel.edition)
        ]
    return panel
