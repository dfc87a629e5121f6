"""Repairs of what a spreadsheet did to a plan's cells.

Excel turns a code typed as 「1-1-3」 into the date 2001-01-03 and 「1-3」 into January 3rd of
the current year. The workbook then holds a date; the readers show it as ``YYYY-MM-DD``. The
code is rebuilt from the date when the other codes of the column have that shape.
"""

from __future__ import annotations

from .text import lazy_re

_DATE = lazy_re(r"^(\d{4})-(\d{2})-(\d{2})(?: 00:00:00)?$")
_THREE = lazy_re(r"^\d{1,2}-\d{1,2}-\d{1,2}$")
_TWO = lazy_re(r"^\d{1,2}-\d{1,2}$")


def is_date_text(text: str) -> bool:
    """True for a cell Excel stored as a date (as the readers write it: 2001-01-03)."""
    return bool(_DATE.match(text.strip()))


def date_code(text: str, siblings: list[str]) -> str | None:
    """The code a date cell was typed as, or None when ``text`` is not such a date.

    ``siblings`` are the other codes of the column: when most have three parts (1-1-2) the date
    was typed as year-month-day (two-digit year: 00–29 → 20xx, 30–99 → 19xx), when most have two
    parts (1-2) as month-day (any year). Without siblings, a year up to 2015 was typed (1-1-3 →
    2001-01-03: plans have few top-level sections) and a later one is the year Excel added to
    a month-day (1-2 typed in 2025 → 2025-01-02).
    """
    m = _DATE.match(text.strip())
    if not m:
        return None
    year, month, day = int(m.group(1)), int(m.group(2)), int(m.group(3))
    three = sum(1 for s in siblings if _THREE.match(s.strip()))
    two = sum(1 for s in siblings if _TWO.match(s.strip()))
    if three > two or (three == two == 0 and 2000 <= year <= 2015):
        short = year - 2000 if year < 2030 else year - 1900
        return f"{short}-{month}-{day}"
    return f"{month}-{day}"
