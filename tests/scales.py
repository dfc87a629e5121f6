"""A municipality's own grading scale, for the tests of what a scale other than A–D allows."""

from __future__ import annotations

from typing import Any


def own_scale(municipality: Any) -> Any:
    """S 大きく上回る / A 達成 / C 未達成 / － 評価不能: a scale without 「B」, stored for ``municipality``."""
    from shinchoku.progress.models import GradeScale

    return GradeScale.objects.create(
        municipality=municipality,
        grades=[{"code": "S", "label": "大きく上回る", "min_rate": 1.5}, {"code": "A", "label": "達成", "min_rate": 1.0},
                {"code": "C", "label": "未達成", "min_rate": None}],
        not_evaluable_code="－", not_evaluable_label="評価不能",
    )  # fmt: skip
