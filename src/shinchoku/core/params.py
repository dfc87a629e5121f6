"""Numbers read from query strings and form fields: ASCII digits in range, else a 400.

``str.isdigit()`` is true for "²" and "١", which ``int()`` then refuses or reads as 1, and a
30-digit id overflows the database: both were 500s (issue 9). Every view that reads an id or a
version from a request goes through here.
"""

from __future__ import annotations

import re

from django.core.exceptions import BadRequest
from django.http import HttpRequest

#: The largest id a BigAutoField holds (and the API's MAX_ID).
MAX_ID = 2**63 - 1
_DIGITS = re.compile(r"[0-9]{1,19}")


def parse_id(value: str | None) -> int | None:
    """``value`` as a positive id, or None when it is not one (empty, odd digits, out of range)."""
    if value is None or not _DIGITS.fullmatch(value):
        return None
    number = int(value)
    return number if 1 <= number <= MAX_ID else None


def parse_count(value: str | None) -> int | None:
    """``value`` as a non-negative integer (a version), or None when it is not one."""
    if value is None or not _DIGITS.fullmatch(value):
        return None
    number = int(value)
    return number if number <= MAX_ID else None


def query_id(request: HttpRequest, name: str) -> int | None:
    """The id in ``?name=``: None when absent or empty; 400 (BadRequest) when it is not an id."""
    value = request.GET.get(name, "")
    if value == "":
        return None
    number = parse_id(value)
    if number is None:
        raise BadRequest(f"{name} の値が正しくありません。")
    return number
