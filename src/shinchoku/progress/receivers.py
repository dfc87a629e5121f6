"""What progress does when the plans app changes something the rounds depend on.

plans sits below progress and cannot import it; it sends signals and these receivers (connected in
``ProgressConfig.ready``) follow: ``plans.editing.department_merging`` moves the rounds' extended
deadlines; ``plans.loader.plan_loaded`` (an import) and ``plans.editing.initiatives_edited`` (an
initiative added or retired in the app) bring the plan's open rounds up to date with its current
initiatives (``services.follow_plan``), inside the same transaction.
"""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.dispatch import receiver

from shinchoku.plans.editing import department_merging, initiatives_edited
from shinchoku.plans.loader import plan_loaded
from shinchoku.plans.models import Department, Initiative, Plan

from .models import DepartmentDeadline, Round
from .services import follow_plan


@receiver(department_merging, dispatch_uid="progress-move-deadlines")
def move_deadlines(sender: Any, *, source: Department, target: Department, **kwargs: Any) -> int:
    """A deadline extended for ``source`` holds for ``target``; where both had one in a round, the
    later of the two. Moves no user: returns 0."""
    for deadline in DepartmentDeadline.objects.filter(department=source):
        other = DepartmentDeadline.objects.filter(round_id=deadline.round_id, department=target).first()
        if other is None:
            deadline.department = target
            deadline.save()
        else:
            if deadline.deadline > other.deadline:  # the later of the two extensions holds
                other.deadline = deadline.deadline
                other.save()
            deadline.delete()
    return 0


@receiver(plan_loaded, dispatch_uid="progress-follow-import")
def follow_import(sender: Any, *, plan: Plan, result: Any, **kwargs: Any) -> None:
    """A revised plan imported while a round is open: its added and retired initiatives' reports.

    Nothing to do for a new plan (no round yet) or an import that adds, changes and retires
    nothing (an initiative back in the plan is listed as changed)."""
    if result.created or not (result.added or result.changed or result.retired):
        return
    if Round.objects.filter(plan=plan, state=Round.State.OPEN).exists():
        follow_plan(plan)


@receiver(initiatives_edited, dispatch_uid="progress-follow-edit")
def follow_edit(sender: Any, *, initiative_ids: list[int], **kwargs: Any) -> None:
    """An initiative added to, retired from or given a 担当課 in the plan in the app, while a round is open: the
    rounds follow, and a department newly responsible for a report gets the round's request (sent once to each
    department: those told already are not told again; one assigned mid-round learnt of its report only from a
    reminder, found walking a round)."""
    from . import notifications

    plans = Initiative.objects.filter(pk__in=initiative_ids).values("plan_id")
    for plan in Plan.objects.filter(pk__in=plans, rounds__state=Round.State.OPEN).distinct():
        follow_plan(plan)
        for pk in plan.rounds.filter(state=Round.State.OPEN).values_list("pk", flat=True):
            transaction.on_commit(lambda pk=pk: notifications.deliver(notifications.round_opened, pk))
