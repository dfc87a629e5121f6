"""How a person is named on pages, in files and in mails: 「計画 花子」, family name first.

Django's ``get_full_name`` puts the given name first (「花子 計画」), which no Japanese office
writes; its ``__str__`` is the login name (「keikaku」), which a reader of a round's record cannot
match to a colleague. One rule, used wherever a user is shown.
"""

from __future__ import annotations

from typing import Any


def person_name(user: Any) -> str:
    """「計画 花子」 (姓 名), else the login name; "" for no user."""
    if user is None:
        return ""
    return name_of(getattr(user, "last_name", ""), getattr(user, "first_name", ""), user.get_username())


def name_of(last_name: str, first_name: str, username: str) -> str:
    """The rule of :func:`person_name` for a name read as columns (the change history's one query)."""
    return " ".join(part for part in (last_name, first_name) if part) or username
