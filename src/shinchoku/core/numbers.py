"""Numbers as municipal staff write them, in every page, e-mail, workbook cell text and history line.

One rule: thousands separators, and no trailing zeros or 「.0」 on a whole number — 12000.0 is
「12,000」, 80.70 is 「80.7」 — because a plan prints 「12,000件」, never 「12000.0件」. (Open data keeps
numbers as numbers: ``exports.opendata.number``.)
"""

from __future__ import annotations

from decimal import Decimal


def written(value: float | Decimal | int | None) -> str:
    """``value`` as staff write it: 1200.0 -> "1,200", 37.8 -> "37.8", None -> ""."""
    if value is None:
        return ""
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,}".rstrip("0").rstrip(".") if isinstance(value, Decimal) else f"{float(value):,}"


def value_or_text(value: float | Decimal | int | None, text: str) -> str:
    """The text as the plan printed it (「約4,000人」) where there is one, else the number written."""
    return text or written(value)
