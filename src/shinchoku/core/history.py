"""Who changed what: every model whose rows a person edits keeps its history with django-simple-history.

One home for how: ``recorded(...)`` is ``HistoricalRecords`` with a history manager whose class is made once. The library
makes a new manager class (``Manager.from_queryset``: ``inspect.getmembers`` over the queryset) on every ``instance.history``
it reads — and it reads one at every save, to write the historical row: 28,000 classes in a run of the web tests, a tenth
of a millisecond and more each. Made once per queryset class, the manager is the same class every time.
"""

from __future__ import annotations

import functools
from typing import Any

from simple_history.manager import HistoryManager
from simple_history.models import HistoricalRecords


class OnceHistoryManager(HistoryManager):
    """``HistoryManager`` whose ``from_queryset`` class is made once per queryset class (see the module's doc)."""

    @classmethod
    @functools.cache
    def from_queryset(cls, queryset_class: type, class_name: str | None = None) -> Any:
        return super().from_queryset(queryset_class, class_name)


def recorded(**options: Any) -> HistoricalRecords:
    """``HistoricalRecords(**options)`` with ``OnceHistoryManager``."""
    return HistoricalRecords(history_manager=OnceHistoryManager, **options)
