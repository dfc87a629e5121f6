"""Evaluation rules: achievement rate per indicator and year, and the grade of an initiative.

Pure Python on plain values (no Django), so every branch is tested directly and the same rules
serve the round page, the exports and the API. docs/evaluation.md states them for users.

Achievement rate (1.0 = the target is met exactly):

- increase, with a baseline B:  (actual − B) / (target − B)
- increase, without a baseline: actual / target
- decrease, with a baseline B:  (B − actual) / (B − target)
- decrease, without a baseline: target / actual
- maintain: 1.0 while actual ≥ target × (1 − tolerance), else actual / target
- a tolerance band (survey-type indicators, in the indicator's unit) counts any actual within
  the band around the target as met (rate at least 1.0).
Degenerate cases are decided, not divided by zero: a target equal to the baseline, or a target
of 0, is met (1.0) when the actual is on the right side of it and missed (0.0) otherwise.
Unknown direction is read from baseline vs target (lower target = decrease), else increase.

Target for a year: the plan's target for that year; else linear interpolation between the
nearest known points before and after it (baseline, yearly targets, final target); a year with
no known point on one side is not evaluated.
"""

from __future__ import annotations

from dataclasses import dataclass, field

INCREASE, DECREASE, MAINTAIN = "increase", "decrease", "maintain"


@dataclass(frozen=True)
class Grade:
    code: str
    label: str
    min_rate: float | None = None  # lowest rate that earns it; None = anything (the lowest grade)


@dataclass(frozen=True)
class Scale:
    """A municipality's grading scale, best grade first."""

    grades: tuple[Grade, ...]
    not_evaluable: Grade
    lifecycle: dict[str, str] = field(default_factory=dict)  # report status -> grade code
    maintain_tolerance: float = 0.05

    def label(self, code: str) -> str:
        for grade in (*self.grades, self.not_evaluable):
            if grade.code == code:
                return grade.label
        return ""

    @property
    def codes(self) -> list[str]:
        return [g.code for g in self.grades] + [self.not_evaluable.code]


#: A 目標を上回る (110% or more) / B 目標どおり (90% or more) / C 遅れている / D 評価できない.
DEFAULT_SCALE = Scale(
    grades=(
        Grade("A", "目標を上回る", 1.1),
        Grade("B", "目標どおり", 0.9),
        Grade("C", "遅れている", None),
    ),
    not_evaluable=Grade("D", "評価できない"),
)


def infer_direction(direction: str | None, baseline: float | None, target: float | None) -> str:
    if direction in (INCREASE, DECREASE, MAINTAIN):
        return direction
    if baseline is not None and target is not None and target < baseline:
        return DECREASE
    return INCREASE


def target_for(
    fy: int,
    targets: dict[int, float],
    baseline: tuple[int, float] | None = None,
    final: tuple[int, float] | None = None,
) -> tuple[float | None, bool]:
    """(target for ``fy``, whether it was interpolated); (None, False) when it cannot be known."""
    if fy in targets:
        return targets[fy], False
    points = dict(targets)
    if final is not None:
        points.setdefault(final[0], final[1])
    if fy in points:
        return points[fy], False
    if baseline is not None:
        points.setdefault(baseline[0], baseline[1])
    before = [y for y in points if y < fy]
    after = [y for y in points if y > fy]
    if not before or not after:
        return None, False
    y0, y1 = max(before), min(after)
    v0, v1 = points[y0], points[y1]
    return v0 + (v1 - v0) * (fy - y0) / (y1 - y0), True


def achievement(
    actual: float | None,
    target: float | None,
    *,
    direction: str | None = INCREASE,
    baseline: float | None = None,
    tolerance: float | None = None,
    maintain_tolerance: float = 0.05,
) -> float | None:
    """The achievement rate of ``actual`` against ``target`` (see the module docstring)."""
    if actual is None or target is None:
        return None
    direction = infer_direction(direction, baseline, target)
    if tolerance and abs(actual - target) <= tolerance:
        return max(1.0, _rate(actual, target, direction, baseline, maintain_tolerance))
    return _rate(actual, target, direction, baseline, maintain_tolerance)


def _met(actual: float, target: float, direction: str) -> float:
    return 1.0 if (actual <= target if direction == DECREASE else actual >= target) else 0.0


def _rate(actual: float, target: float, direction: str, baseline: float | None, maintain_tolerance: float) -> float:
    if direction == MAINTAIN:
        if actual >= target * (1 - maintain_tolerance):
            return 1.0
        return actual / target if target else 0.0
    if baseline is not None and baseline != target:
        if direction == DECREASE:
            return (baseline - actual) / (baseline - target)
        return (actual - baseline) / (target - baseline)
    if baseline is not None or target == 0:
        return _met(actual, target, direction)
    if direction == DECREASE:
        return target / actual if actual > 0 else 1.0
    return actual / target


def rate_percent(rate: float | None) -> str:
    """An achievement rate as staff write it: 2.0175 -> "201.8%" ("" when not evaluated)."""
    return "" if rate is None else f"{rate * 100:.1f}%"


def grade_for_rate(rate: float | None, scale: Scale = DEFAULT_SCALE) -> Grade:
    if rate is None:
        return scale.not_evaluable
    for grade in scale.grades:
        if grade.min_rate is None or rate >= grade.min_rate:
            return grade
    return scale.grades[-1]


def initiative_grade(rates: list[float | None], status: str = "", scale: Scale = DEFAULT_SCALE) -> Grade:
    """Grade of an initiative: a lifecycle grade when its status has one, else by the mean rate.

    The mean is the plain average of its indicators' rates for the year; indicators that could
    not be evaluated are left out, and with none left the initiative is not evaluable.
    """
    if status and status in scale.lifecycle:
        code = scale.lifecycle[status]
        return Grade(code, scale.label(code) or code)
    known = [r for r in rates if r is not None]
    if not known:
        return scale.not_evaluable
    return grade_for_rate(sum(known) / len(known), scale)
