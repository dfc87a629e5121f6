"""The 47 都道府県 in their official order (JIS X 0401: 北海道 first, 沖縄県 last).

Lists of prefectures are shown in this order, as every Japanese form does, not in character order.
"""

from __future__ import annotations

from collections.abc import Iterable

from shinchoku.importers.municipalities import PREFECTURES

__all__ = ["PREFECTURES", "in_order"]

_ORDER = {name: n for n, name in enumerate(PREFECTURES)}


def in_order(names: Iterable[str]) -> list[str]:
    """``names`` without repeats, in the official order (names that are not a prefecture last)."""
    return sorted(set(names), key=lambda name: (_ORDER.get(name, len(_ORDER)), name))
