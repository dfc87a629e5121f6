"""What progress does when the plans app changes something it keeps per department.

plans sits below progress and cannot import it; it sends ``plans.editing.department_merging`` and
this receiver moves the rounds' extended deadlines (connected in ``ProgressConfig.ready``).
"""

from __future__ import annotations

from typing import Any

from django.dispatch import receiver

from shinchoku.plans.editing import department_merging
from shinchoku.plans.models import Department

from .models import DepartmentDeadline


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
