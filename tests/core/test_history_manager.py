"""Every model's history manager is one class (``core/history.py``): the library made a new one at every save."""

from __future__ import annotations

import pytest
from django.apps import apps

from shinchoku.core.history import OnceHistoryManager


@pytest.mark.parametrize(
    "model",
    [m for m in apps.get_models() if hasattr(m, "history") and not m.__name__.startswith("Historical")],
)
def test_each_models_history_is_read_through_one_manager_class(model: type) -> None:
    first, second = model(pk=1), model(pk=2)
    assert type(first.history) is type(second.history)
    assert isinstance(first.history, OnceHistoryManager)
