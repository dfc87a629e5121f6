"""Numbers as municipal staff write them, in every page, e-mail, workbook cell text and history line.

One rule: thousands separators, and no trailing zeros or 「.0」 on a whole number — 12000.0 is
「12,000」, 80.70 is 「80.7」 — because a plan prints 「12,000件」, never 「12000.0件」. (Open data keeps
numbers as numbers: ``exports.opendata.number``.)
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal

from shinchoku.importers.planjson import MAX_NUMBER

#: A figure as staff type it, once its separators are gone: digits, one decimal point, a sign.
#: Not Python's ``float()``, which took 「1e300」, 「1_000」 and 「inf」 from the report form.
_TYPED = re.compile(r"[-+]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)")


def written(value: float | Decimal | int | None, *, separators: bool = True) -> str:
    """``value`` as staff write it: 1200.0 -> "1,200", 37.8 -> "37.8", 0.000001 -> "0.000001" (never 「1e-06」),
    None -> "". ``separators=False`` for a form's input, which reads the number back (「1200」)."""
    if value is None:
        return ""
    if float(value).is_integer():
        return f"{int(value):,}" if separators else str(int(value))
    exact = value if isinstance(value, Decimal) else Decimal(repr(float(value)))  # the shortest digits of a float
    text = format(exact, ",f" if separators else "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def value_or_text(value: float | Decimal | int | None, text: str) -> str:
    """The text as the plan printed it (「約4,000人」) where there is one, else the number written."""
    return text or written(value)


class TooLarge(ValueError):
    """A figure of Plan JSON's limit (10兆) or more: a number, but none a plan or a report holds."""


def typed(raw: str | None) -> float | None:
    """A number typed into a form or a workbook cell: 「１，２００」 -> 1200.0, 「−5」 -> -5.0, blank -> None.

    Raises ValueError for anything else — a word, 「12.5.3」, 「1e300」, 「1_000」 — and for a figure
    of Plan JSON's limit or more (「99999999999999999999」 was stored as 1e+20 and shown so), so a
    report holds no number a plan could not.
    """
    text = unicodedata.normalize("NFKC", raw or "").strip()
    text = text.replace(",", "").replace("\u2212", "-").replace(" ", "")
    if not text:
        return None
    if _TYPED.fullmatch(text) is None:
        raise ValueError(raw)
    value = float(text)
    if abs(value) >= MAX_NUMBER:
        raise TooLarge(raw)
    return value
