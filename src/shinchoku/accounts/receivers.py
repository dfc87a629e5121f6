"""What accounts does when the plans app changes something it keeps per department.

plans sits below accounts and cannot import it; it sends ``plans.editing.department_merging`` and
this receiver moves the editors of the merged department (connected in ``AccountsConfig.ready``).
"""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.dispatch import receiver

from shinchoku.plans.editing import department_merging
from shinchoku.plans.models import Department

from .models import Membership


@receiver(department_merging, dispatch_uid="accounts-move-editors")
def move_editors(sender: Any, *, source: Department, target: Department, user: Any, **kwargs: Any) -> int:
    """Editors of ``source`` become editors of ``target``; the audit log names them (roles have no
    history of their own). Returns how many users moved."""
    memberships = list(Membership.objects.filter(departments=source).select_related("user"))
    for membership in memberships:
        membership.departments.add(target)
        membership.departments.remove(source)
    if memberships:
        from shinchoku.audit.models import Kind
        from shinchoku.audit.recorder import record

        details = {"merged": source.name, "into": target.name,
                   "users": sorted(m.user.get_username() for m in memberships)}  # fmt: skip
        transaction.on_commit(lambda: record(Kind.USER_CHANGED, user=user, obj=target, details=details))
    return len(memberships)
