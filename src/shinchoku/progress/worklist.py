"""What a signed-in user has to do now, across the open rounds: the department page after login.

A department editor sees the reports of its departments still to fill (drafts), returned ones
with the plan office's comment, and those waiting for review, each with the deadline that
applies to it (the department's own, if extended) and the weekday. The plan office sees, per
open round, how many reports wait for its review, how many are still out and how many were returned (counted
apart, as the round's page counts them: ``services.state_counts``), with the round's deadline as
the round's page gives it (期限超過, the departments given a later one: ``presenters.deadline_facts``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from django.utils import timezone

from shinchoku.accounts.models import Role
from shinchoku.accounts.permissions import membership

from .models import Report, Round
from .presenters import DeadlineFacts, deadline_facts
from .services import department_deadlines, is_overdue, report_deadline, state_counts


@dataclass
class Task:
    report: Report
    deadline: date
    days_left: int
    overdue: bool = False  # services.is_overdue, as everywhere


@dataclass
class RoundTasks:
    round: Round
    to_fill: list[Task] = field(default_factory=list)
    returned: list[Task] = field(default_factory=list)
    waiting: list[Task] = field(default_factory=list)
    to_review: int = 0
    not_submitted: int = 0  # drafts only: a returned report is 差戻し, as on the round's page
    returned_count: int = 0
    deadline: DeadlineFacts | None = None  # the plan office's: as the round's page says it

    @property
    def count(self) -> int:
        return len(self.to_fill) + len(self.returned)


def worklist(user: Any, today: date | None = None) -> list[RoundTasks]:
    """The user's open tasks per open round of their municipality, the round due first first."""
    today = today or timezone.localdate()
    m = membership(user)
    rounds = Round.objects.filter(state=Round.State.OPEN).select_related("plan__municipality")
    if getattr(user, "is_superuser", False):
        pass
    elif m is None or not m.municipality_id:
        return []
    else:
        rounds = rounds.filter(plan__municipality_id=m.municipality_id)
    office = getattr(user, "is_superuser", False) or (m is not None and m.role == Role.PLAN_OFFICE)
    mine = {d.name for d in m.departments.all()} if m is not None and m.role == Role.EDITOR else set()
    result = []
    for round_ in rounds.order_by("deadline", "plan__title"):
        entry = RoundTasks(round_)
        if office:
            counts = state_counts(round_)
            entry.to_review = counts[Report.State.SUBMITTED]
            entry.not_submitted = counts[Report.State.DRAFT]
            entry.returned_count = counts[Report.State.RETURNED]
            entry.deadline = deadline_facts(user, round_, manage=True, today=today)
        elif mine:
            extended = department_deadlines(round_)
            reports = (
                round_.reports.filter(initiative__department_links__department__name__in=mine)
                .distinct()
                .select_related("initiative", "round")
                .prefetch_related("initiative__department_links__department", "actuals")
            )
            for report in reports:
                # the report's one deadline, whichever of its departments reads it (a shared report is due at the
                # latest of its departments': 情報政策課 read 5月31日 where 市民課, extended, read 6月30日 for it)
                deadline = report_deadline(report, extended)
                task = Task(report, deadline, (deadline - today).days, is_overdue(deadline, today))
                {
                    Report.State.DRAFT: entry.to_fill,
                    Report.State.RETURNED: entry.returned,
                    Report.State.SUBMITTED: entry.waiting,
                }.get(report.state, []).append(task)
        else:
            continue
        result.append(entry)
    return result
