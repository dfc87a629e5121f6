"""Every branch of the evaluation rules (docs/evaluation.md), including zero and missing values."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from shinchoku.progress.evaluation import (
    DEFAULT_SCALE,
    Grade,
    Scale,
    achievement,
    grade_for_rate,
    infer_direction,
    initiative_grade,
    target_for,
)

# Indicator values as plans write them: zero, or at least a thousandth in size.
PLAUSIBLE = st.one_of(st.just(0.0), st.floats(0.001, 1e6), st.floats(-1e6, -0.001)).map(lambda v: round(v, 3))


class TestAchievement:
    def test_increase_with_baseline_measures_the_distance_covered(self):
        # baseline 42 procedures, target 112, actual 77: half-way
        assert achievement(77, 112, direction="increase", baseline=42) == pytest.approx(0.5)

    def test_increase_without_baseline_is_actual_over_target(self):
        assert achievement(37.8, 50, direction="increase") == pytest.approx(0.756)

    def test_decrease_with_baseline_is_mirrored(self):
        # paper forms 1,000 -> target 600; actual 700 covers 3/4 of the reduction
        assert achievement(700, 600, direction="decrease", baseline=1000) == pytest.approx(0.75)

    def test_decrease_without_baseline_is_target_over_actual(self):
        assert achievement(125, 100, direction="decrease") == pytest.approx(0.8)
        assert achievement(0, 100, direction="decrease") == 1.0  # nothing left: met

    def test_maintain_is_met_within_tolerance(self):
        assert achievement(99.9, 100, direction="maintain") == 1.0
        assert achievement(96, 100, direction="maintain", maintain_tolerance=0.05) == 1.0
        assert achievement(90, 100, direction="maintain", maintain_tolerance=0.05) == pytest.approx(0.9)
        assert achievement(0, 0, direction="maintain") == 1.0

    def test_tolerance_band_counts_a_survey_result_near_the_target_as_met(self):
        assert achievement(68, 70, direction="increase", tolerance=3) == 1.0
        assert achievement(66, 70, direction="increase", tolerance=3) == pytest.approx(66 / 70)
        assert achievement(75, 70, direction="increase", tolerance=3) == pytest.approx(75 / 70)

    @pytest.mark.parametrize(
        ("actual", "target", "direction", "baseline", "expected"),
        [
            (5, 0, "increase", None, 1.0),  # target 0 increase: any non-negative actual meets it
            (-1, 0, "increase", None, 0.0),
            (0, 0, "decrease", None, 1.0),  # zero incidents targeted and reached
            (2, 0, "decrease", None, 0.0),
            (0, 0, "decrease", 10, 1.0),  # baseline 10 incidents, target 0
            (50, 50, "increase", 50, 1.0),  # target equals baseline: met when not below
            (49, 50, "increase", 50, 0.0),
            (0, 10, "increase", None, 0.0),  # actual zero is a value, not a missing one
        ],
    )
    def test_zero_and_degenerate_values_never_divide_by_zero(self, actual, target, direction, baseline, expected):
        assert achievement(actual, target, direction=direction, baseline=baseline) == expected

    @pytest.mark.parametrize(("actual", "target"), [(None, 10), (10, None), (None, None)])
    def test_missing_actual_or_target_is_not_evaluated(self, actual, target):
        assert achievement(actual, target) is None

    def test_unknown_direction_is_read_from_baseline_and_target(self):
        assert infer_direction(None, 100, 60) == "decrease"
        assert infer_direction(None, 10, 60) == "increase"
        assert infer_direction(None, None, 60) == "increase"
        assert achievement(80, 60, direction=None, baseline=100) == pytest.approx(0.5)

    @given(
        st.floats(-1e6, 1e6, allow_nan=False),
        PLAUSIBLE,
        st.sampled_from(["increase", "decrease", "maintain", None]),
        st.one_of(st.none(), PLAUSIBLE),
    )
    def test_any_numbers_give_a_finite_rate(self, actual, target, direction, baseline):
        rate = achievement(actual, target, direction=direction, baseline=baseline)
        assert rate is not None and rate == rate and abs(rate) != float("inf")


class TestTargets:
    def test_the_years_own_target_wins(self):
        assert target_for(2022, {2022: 26, 2025: 112}) == (26, False)

    def test_a_year_between_targets_is_interpolated(self):
        value, interpolated = target_for(2023, {2022: 20, 2025: 50})
        assert interpolated and value == pytest.approx(30)

    def test_baseline_and_final_target_are_points_of_the_line(self):
        value, interpolated = target_for(2023, {}, baseline=(2021, 464), final=(2026, 964))
        assert interpolated and value == pytest.approx(664)
        assert target_for(2026, {}, baseline=(2021, 464), final=(2026, 964)) == (964, False)

    def test_a_year_outside_the_known_points_is_not_evaluated(self):
        assert target_for(2027, {2022: 20, 2025: 50}) == (None, False)
        assert target_for(2020, {2022: 20}) == (None, False)
        assert target_for(2023, {}) == (None, False)


class TestGrades:
    @pytest.mark.parametrize(
        ("rate", "code"), [(1.25, "A"), (1.1, "A"), (1.0, "B"), (0.9, "B"), (0.89, "C"), (-0.5, "C"), (None, "D")]
    )
    def test_default_scale(self, rate, code):
        assert grade_for_rate(rate).code == code
        assert DEFAULT_SCALE.label("B") == "目標どおり"

    def test_initiative_grade_averages_the_rates_it_has(self):
        assert initiative_grade([1.2, 0.8, None]).code == "B"  # mean 1.0
        assert initiative_grade([None, None]).code == "D"
        assert initiative_grade([]).label == "評価できない"

    def test_municipal_scales_with_lifecycle_grades(self):
        three_levels = Scale(
            grades=(Grade("◎", "順調", 1.0), Grade("○", "概ね順調", 0.8), Grade("△", "遅れ", None)),
            not_evaluable=Grade("－", "評価不能"),
            lifecycle={"done": "完了", "cancelled": "中止"},
        )
        assert initiative_grade([0.85], scale=three_levels).code == "○"
        assert initiative_grade([0.2], status="cancelled", scale=three_levels).label == "中止"
        assert initiative_grade([None], status="done", scale=three_levels).code == "完了"
        assert initiative_grade([1.0], status="in_progress", scale=three_levels).code == "◎"
