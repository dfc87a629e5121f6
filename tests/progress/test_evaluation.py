"""Every branch of the evaluation rules (docs/evaluation.md), including zero and missing values."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from shinchoku.progress.evaluation import (
    AVERAGE,
    DEFAULT_SCALE,
    MAINTAIN_TOLERANCE,
    WEIGHTED,
    WORST,
    Grade,
    Judged,
    Scale,
    achievement,
    cumulative_span,
    decline_warning,
    grade_for_rate,
    infer_direction,
    initiative_grade,
    is_result,
    judge_indicator,
    judge_initiative,
    maintain_text,
    milestone_reached,
    progress_score,
    rate_percent,
    rollup,
    rollup_text,
    rule_text,
    scale_text,
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

    def test_a_level_of_zero_is_kept_only_at_zero(self):
        """大野城市's 「児童午睡中の事故件数 0件」 (維持): 2 accidents read 100% and B 目標どおり (found walking a round)."""
        assert achievement(2, 0, direction="maintain") == 0.0
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
    def test_zero_and_degenerate_values_never_divide_by_zero(
        self, actual, target, direction, baseline, expected
    ):
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

    def test_an_interpolated_target_is_written_as_the_plan_writes_its_figures(self):
        """那須烏山市 2-2-1 (walked): 0業務 in R5, 20業務 in R8; R7's target is 13業務 — not the 13.333333333333334 the
        committee report and the open data printed first, nor the 13.33 a second walk found odd for whole things
        (「158.67人」); between figures with decimals, to their decimals (28.5％ → 50.0％: 35.7％)."""
        assert target_for(2025, {}, baseline=(2023, 0), final=(2026, 20)) == (13, True)
        assert target_for(2024, {}, baseline=(2023, 28.5), final=(2026, 50.0)) == (35.7, True)
        assert target_for(2024, {}, baseline=(2023, 1.25), final=(2026, 2.0)) == (1.5, True)
        assert target_for(2024, {}, baseline=(2023, 0), final=(2026, 0.01)) == (0.0033333333333333335, True)

    def test_a_year_outside_the_known_points_is_not_evaluated(self):
        assert target_for(2027, {2022: 20, 2025: 50}) == (None, False)
        assert target_for(2020, {2022: 20}) == (None, False)
        assert target_for(2023, {}) == (None, False)


class TestGrades:
    @pytest.mark.parametrize(
        ("rate", "code"),
        [(1.25, "A"), (1.1, "A"), (1.0, "B"), (0.9, "B"), (0.89, "C"), (-0.5, "C"), (None, "D")],
    )
    def test_default_scale(self, rate, code):
        assert grade_for_rate(rate).code == code

    def test_a_rate_shown_as_90_percent_is_graded_by_90_percent(self):
        """12 ÷ (40/3) is 0.8999999999999999 in binary: the page said 「達成率 90.0%」 and 「C 遅れている」 beside the
        rule 「B 目標どおり（達成率90%以上）」 (walked). The grade follows the rate as shown."""
        rate = achievement(12, 40 / 3, baseline=0)
        assert rate is not None and rate < 0.9 and rate_percent(rate) == "90.0%"
        assert grade_for_rate(rate).code == "B"
        assert grade_for_rate(0.8994).code == "C" and rate_percent(0.8994) == "89.9%"
        assert grade_for_rate(1.0999999999999999).code == "A"
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


# --- indicators a single year's target does not describe (新発田市's plan) ---------------------------


class TestCumulativeSpan:
    def test_span_with_its_first_year(self):
        text = "令和3年から令和7年までの5年間で、自治会長の変更手続きを電子申請で50件達成"
        assert cumulative_span(text, 2025) == (2021, 5)

    def test_span_counted_back_from_the_final_year(self):
        assert cumulative_span("５年間で50件", 2025) == (2021, 5)
        assert cumulative_span("5年間で50件") is None  # no year to count from

    def test_a_target_for_one_year_is_not_cumulative(self):
        assert cumulative_span("令和5年度までにマイナンバーカード普及率40%を達成", 2023) is None

    def test_gannen(self):
        assert cumulative_span("令和元年から3年間で30件", 2021) == (2019, 3)


class TestJudgeIndicator:
    SHIBATA_10 = {"final": (2025, 50.0), "final_text": "令和3年から令和7年までの5年間で…50件達成"}

    def test_cumulative_compares_the_sum_so_far_with_the_pro_rata_target(self):
        # 自治会長の変更手続き: 29, 37, 8 applications; 50 over 令和3–7年度 -> 10 a year
        r3 = judge_indicator(2021, 29, targets={}, **self.SHIBATA_10)
        assert (r3.basis, r3.target, r3.actual, r3.rate) == ("cumulative", 10, 29, pytest.approx(2.9))
        r5 = judge_indicator(2023, 8, targets={}, actuals={2021: 29, 2022: 37}, **self.SHIBATA_10)
        assert (r5.target, r5.actual, r5.rate) == (30, 74, pytest.approx(74 / 30))

    def test_cumulative_behind_pace(self):
        judged = judge_indicator(2022, 5, targets={}, actuals={2021: 10}, **self.SHIBATA_10)
        assert judged.rate == pytest.approx(15 / 20)

    def test_cumulative_before_its_span_or_without_an_actual_is_not_evaluated(self):
        assert judge_indicator(2020, 3, targets={}, **self.SHIBATA_10).rate is None
        assert judge_indicator(2022, None, targets={}, actuals={2021: 29}, **self.SHIBATA_10).rate is None

    def test_the_years_target(self):
        # 新発田市 R5: マイナンバーカード普及率 80.7% against the target 40% -> 201.75%
        judged = judge_indicator(2023, 80.7, targets={2023: 40.0}, direction="increase")
        assert (judged.basis, judged.rate) == ("year", pytest.approx(80.7 / 40))
        assert grade_for_rate(judged.rate).code == "A"

    def test_interpolated_target(self):
        judged = judge_indicator(2022, 15, targets={2021: 10.0, 2023: 30.0})
        assert (judged.basis, judged.target, judged.interpolated) == ("interpolated", 20, True)

    def test_maintain_without_target_keeps_the_first_recorded_level(self):
        # Webアクセシビリティ: 99.9%準拠 every year
        judged = judge_indicator(
            2023, 99.9, targets={}, actuals={2021: 99.9, 2022: 99.9}, direction="maintain"
        )
        assert (judged.basis, judged.target, judged.rate) == ("maintain", 99.9, 1.0)
        fell = judge_indicator(2023, 80.0, targets={}, actuals={2021: 99.9}, direction="maintain")
        assert fell.rate == pytest.approx(80 / 99.9)

    def test_maintain_keeps_the_baseline_when_there_is_one(self):
        judged = judge_indicator(2023, 96, targets={}, baseline=(2020, 100.0), direction="maintain")
        assert (judged.target, judged.rate) == (100, 1.0)  # within the 5% tolerance

    def test_maintain_without_any_level_is_not_evaluated(self):
        assert judge_indicator(2023, None, targets={}, direction="maintain").rate is None

    def test_ahead_of_a_deadline_met_early(self):
        # 市民公開GIS: 14,552 views in 令和3年度 against 「令和5年までに8,000件」
        judged = judge_indicator(2021, 14552, targets={2023: 8000.0})
        assert (judged.basis, judged.target, judged.rate) == ("ahead", 8000, pytest.approx(14552 / 8000))

    def test_ahead_of_a_deadline_not_yet_met_is_left_to_the_schedule(self):
        # マイナンバーカード普及率 37.8% in 令和3年度, target 40% by 令和5年度
        judged = judge_indicator(2021, 37.8, targets={2023: 40.0}, direction="increase")
        assert (judged.rate, judged.basis) == (None, "")

    def test_ahead_of_a_final_target_only(self):
        judged = judge_indicator(2024, 30000, targets={}, final=(2026, 28000.0))
        assert judged.basis == "ahead" and judged.target == 28000

    def test_no_target_at_all(self):
        assert judge_indicator(2023, 3656, targets={}) == Judged(None, None)


class TestMilestone:
    def test_done_and_in_progress_reach_the_step(self):
        assert milestone_reached("done", ["システム導入"]) is True
        assert milestone_reached("in_progress", []) is True

    def test_considering_reaches_a_study_step_only(self):
        assert milestone_reached("considering", ["意思疎通支援システムを検討"]) is True
        assert milestone_reached("considering", ["電子契約システムを導入・運用する"]) is False
        assert milestone_reached("considering", []) is True

    def test_not_started_misses_a_scheduled_step(self):
        assert milestone_reached("not_started", ["手話動画の配信を開始"]) is False
        assert milestone_reached("postponed", ["導入"]) is False
        assert milestone_reached("cancelled", ["導入"]) is False

    def test_not_started_with_nothing_scheduled_cannot_be_said(self):
        assert milestone_reached("not_started", []) is None
        assert milestone_reached("", ["導入"]) is None


class TestJudgeInitiative:
    def test_lifecycle_grade_first(self):
        scale = Scale(DEFAULT_SCALE.grades, DEFAULT_SCALE.not_evaluable, lifecycle={"cancelled": "中止"})
        verdict = judge_initiative([1.5], "cancelled", scale)
        assert (verdict.grade.code, verdict.basis) == ("中止", "lifecycle")

    def test_indicators_before_the_schedule(self):
        verdict = judge_initiative([0.7, None], "in_progress", scheduled=["導入"], self_grade="A")
        assert (verdict.grade.code, verdict.basis, verdict.basis_label) == (
            "C",
            "indicators",
            "指標の達成率による",
        )

    def test_reached_step_takes_the_self_grade(self):
        verdict = judge_initiative([None], "in_progress", scheduled=["運用"], self_grade="A")
        assert (verdict.grade.code, verdict.basis_label) == ("A", "工程と自己評価による")

    def test_reached_step_without_a_usable_self_grade_is_on_target(self):
        assert judge_initiative([], "done", self_grade="").grade.code == "B"
        assert judge_initiative([], "done", self_grade="D").grade.code == "B"  # not a grade of achievement

    def test_the_basis_says_what_a_grade_by_the_schedule_rests_on(self):
        """Walked: 「B 目標どおり（工程と自己評価による）」 beside a 実施中 report with neither a 工程 for the year nor a
        自己評価 — the default grade, read by the committee as the department's judgement against a plan step."""
        cases = {
            ("in_progress", ("運用",), "A"): ("A", "milestone_self", "工程と自己評価による"),
            ("in_progress", ("運用",), "D"): ("B", "milestone_unused", "工程による既定の評価（この自己評価は算定に使いません）"),
            ("in_progress", ("運用",), ""): ("B", "milestone_default", "工程による既定の評価（自己評価なし）"),
            ("in_progress", (), "A"): ("A", "status", "進捗状況と自己評価による（年度の工程なし）"),
            ("in_progress", (), ""): ("B", "status_default", "進捗状況による既定の評価（年度の工程・自己評価なし）"),
            # a 自己評価 D given (the form offers it) is not 「自己評価なし」 (walked: the label denied it above 「自己評価 D」)
            ("considering", (), "D"): ("B", "status_unused", "進捗状況による既定の評価（年度の工程なし。この自己評価は算定に使いません）"),
            ("considering", ("導入",), "A"): ("C", "behind", "工程による（年度の工程に達していない）"),
        }
        for (status, scheduled, own), expected in cases.items():
            verdict = judge_initiative([None], status, scheduled=list(scheduled), self_grade=own)
            assert (verdict.grade.code, verdict.basis, verdict.basis_label) == expected, (status, scheduled, own)

    def test_missed_step_is_the_lowest_grade_whatever_the_self_grade(self):
        verdict = judge_initiative([], "not_started", scheduled=["配信を開始"], self_grade="A")
        assert (verdict.grade.code, verdict.basis) == ("C", "behind")

    def test_a_kpi_awaiting_its_actual_is_not_replaced_by_the_step(self):
        """検討中 with nothing scheduled and the KPI's actual left blank earned B 目標どおり (found walking a round)."""
        verdict = judge_initiative([None], "considering", scheduled=[], awaiting=True)
        assert (verdict.grade.code, verdict.basis_label) == ("D", "指標の実績値が未入力")
        verdict = judge_initiative([None], "in_progress", scheduled=["運用"], self_grade="A", awaiting=True)
        assert (verdict.grade.code, verdict.basis) == ("D", "awaiting")
        # a missed step is still the lowest grade; a rate of another KPI still grades the initiative
        verdict = judge_initiative([None], "not_started", scheduled=["配信を開始"], awaiting=True)
        assert (verdict.grade.code, verdict.basis) == ("C", "behind")
        assert judge_initiative([1.0, None], "in_progress", awaiting=True).basis == "indicators"
        # the actual is there in words only (「集計中」): not evaluable, and the basis says why
        verdict = judge_initiative([None], "in_progress", scheduled=["運用"], awaiting=True, in_words=True)
        assert (verdict.grade.code, verdict.basis_label) == ("D", "実績値が数値でないため算定できません")

    def test_nothing_to_judge_on(self):
        verdict = judge_initiative([None], "not_started", scheduled=[])
        assert (verdict.grade.code, verdict.basis) == ("D", "none")

    def test_a_custom_scale_on_target_grade(self):
        scale = Scale(
            (Grade("◎", "順調", 1.0), Grade("○", "概ね順調", 0.8), Grade("△", "遅れ")),
            Grade("－", "評価不能"),
        )
        assert judge_initiative([], "in_progress", scale).grade.code == "◎"
        assert judge_initiative([], "postponed", scale, scheduled=["導入"]).grade.code == "△"


def test_only_submitted_reports_are_results():
    assert is_result("submitted") and is_result("approved")
    assert not is_result("draft") and not is_result("returned")


class TestRollup:
    def test_score_of_a_grade(self):
        assert [progress_score(c) for c in ("A", "B", "C", "D", "")] == [1.0, 1.0, 0.0, None, None]
        scale = Scale(
            DEFAULT_SCALE.grades, DEFAULT_SCALE.not_evaluable, lifecycle={"done": "完了", "cancelled": "中止"}
        )
        assert (progress_score("完了", scale), progress_score("中止", scale), progress_score("?", scale)) == (
            1.0,
            0.0,
            None,
        )

    # a section of one sub-section (3 of 4 initiatives on target) and two initiatives of its own (1, 0)
    CHILDREN = [(0.75, 4), (1.0, 1), (0.0, 1), (None, 0)]

    def test_weighted_counts_every_initiative_once(self):
        assert rollup(self.CHILDREN, WEIGHTED) == (pytest.approx(4 / 6), 6)

    def test_average_counts_every_child_once(self):
        assert rollup(self.CHILDREN, AVERAGE) == (pytest.approx(1.75 / 3), 6)

    def test_worst_child(self):
        assert rollup(self.CHILDREN, WORST) == (0.0, 6)

    def test_nothing_scored(self):
        assert rollup([(None, 1)], WORST) == (None, 0)

    def test_the_rule_in_words(self):
        assert "「B 目標どおり」以上の取組の割合" in rollup_text(WEIGHTED)
        assert "単純平均" in rollup_text(AVERAGE) and "最も遅れている" in rollup_text(WORST)

    def test_the_words_say_what_is_counted_as_it_is_counted(self):
        """Walked: 「その下のすべての取組のうち「B 目標どおり」以上の取組の割合」 beside B 5, C 1, D 1 and 83%: the figure
        is 5 of 6, D left out, which the words now say, with that very example."""
        scores = [(progress_score(code), 1) for code in "BBBBBCD"]
        progress, scored = rollup([(v, n if v is not None else 0) for v, n in scores], WEIGHTED)
        assert (f"{progress * 100:.0f}%", scored) == ("83%", 6)
        assert rollup_text(WEIGHTED) == (
            "進捗率の集計方法：各施策の進捗率は、その下の取組のうち「B 目標どおり」以上の取組の割合です（取組数による加重平均）。"
            "計画全体の進捗率も同じ方法で求めます。「D 評価できない」の取組は分子にも分母にも数えません"
            "（B 5件・C 1件・D 1件なら、5÷6で83%）。数える取組のない施策の進捗率は「—」です。"
        )
        assert "すべての取組" not in rollup_text(WEIGHTED)
        assert (
            "取組の進捗率は「B 目標どおり」以上なら100%、それ未満なら0%で、「D 評価できない」の取組は数えません。"
            in rollup_text(AVERAGE)
        )
        assert rollup([(None, 0)], WORST) == (None, 0) and "「—」" in rollup_text(WORST)
        # lifecycle grades: 完了 on target, 中止 below it, as progress_score counts them
        scale = Scale(
            DEFAULT_SCALE.grades, DEFAULT_SCALE.not_evaluable, lifecycle={"done": "完了", "cancelled": "中止"}
        )
        assert "進捗状況による評価は、「完了」は「B 目標どおり」以上、「中止」はそれ未満として数えます。" in rollup_text(
            WEIGHTED, scale
        )
        assert (progress_score("完了", scale), progress_score("中止", scale)) == (1.0, 0.0)
        # another municipality's scale: its own letters
        own = Scale((Grade("◎", "順調", 1.0), Grade("○", "概ね順調", 0.8), Grade("△", "遅れ")), Grade("－", "評価不能"))
        assert "「－ 評価不能」の取組は分子にも分母にも数えません（◎ 5件・○ 1件・－ 1件なら、5÷6で83%）" in rollup_text(
            WEIGHTED, own
        )


def test_rule_text_is_generated_from_the_scale():
    scale = Scale((Grade("◎", "順調", 1.0), Grade("○", "概ね順調", 0.8), Grade("△", "遅れ")), Grade("－", "評価不能"),
                  lifecycle={"cancelled": "中止"})  # fmt: skip
    steps = rule_text(scale)
    assert steps[0] == "進捗状況による評価：「中止」は「中止」とします。"
    assert "◎ 順調（達成率100%以上）、○ 概ね順調（達成率80%以上）、△ 遅れ（達成率80%未満）" in steps[1]
    assert "自己評価（なければ◎ 順調）" in steps[3] and "△ 遅れです" in steps[3]
    assert steps[4] == "以上で決まらない取組は－ 評価不能です。"
    assert (
        scale_text(DEFAULT_SCALE)
        == "A 目標を上回る（達成率110%以上）、B 目標どおり（達成率90%以上）、C 遅れている（達成率90%未満）"
    )


def test_rule_text_says_how_the_rate_is_computed_from_the_baseline():
    """The public pages promise 「どの評価も公表した数値から計算し直せます」, but a citizen dividing the
    published 620人 by the target 700人 got 88.6% where the page printed 78.9%: the rate runs from the
    baseline (320人), and the rule in words never said so (found walking a round)."""
    step = next(s for s in rule_text(DEFAULT_SCALE) if s.startswith("数値の指標がある取組は"))
    assert "（実績値−基準値）÷（目標値−基準値）" in step and "（基準値−実績値）÷（基準値−目標値）" in step
    assert "基準値がなければ実績値÷目標値（減少の指標は目標値÷実績値）" in step
    assert f"{achievement(620, 700, baseline=320):.3f}" == f"{(620 - 320) / (700 - 320):.3f}" == "0.789"
    assert achievement(340_000, 350_000, direction="decrease", baseline=450_000) == pytest.approx(
        (450_000 - 340_000) / (450_000 - 350_000)
    )


def test_rule_text_says_an_interpolated_target_is_written_to_its_neighbours_decimals():
    """The public pages promise 「どの評価も公表した数値から計算し直せます」 and said 「直線で補間します」: a citizen
    interpolating 3件 (令和4年度) → 13件 (令和7年度) got 9.67 for 令和6年度 where the page printed 「10件（補間）」 and
    rated the actual against 10. The words say the rounding, with that example."""
    step = next(s for s in rule_text(DEFAULT_SCALE) if s.startswith("年度の目標値がなければ"))
    assert step.startswith(
        "年度の目標値がなければ前後の目標値（基準値・最終目標を含む）から直線で補間し、前後の数値の書き方に合わせて"
        "四捨五入した値（整数どうしなら整数、そうでなければ前後の小数の桁まで、最大2桁）を目標値とします"
        "（令和4年度3件・令和7年度13件なら、令和6年度は9.67件ではなく10件（補間）で、達成率もこの10件で計算します）。"
    )
    assert target_for(2024, {2022: 3.0, 2025: 13.0}) == (10.0, True)  # what the words say the rule gives
    assert target_for(2023, {2022: 3.0, 2025: 13.0}) == (6.0, True)
    assert target_for(2024, {2022: 28.5, 2025: 50.0}) == (42.8, True)  # one decimal, as 28.5 (not 42.83)


def test_almost_no_actual_against_a_decrease_target_is_a_finite_rate():
    """Found by the property test: 1 / 2.2e-308 overflowed to an infinite rate."""
    assert achievement(2.2e-308, 1.0, direction="decrease") == 10_000.0


@pytest.mark.parametrize(
    ("rate", "shown"),
    [
        (1.0625, "106.3%"),  # 17,000 of 16,000: the page and the CSV said 106.2%, the 進捗管理表 106.3%
        (2.0175, "201.8%"),
        (0.99949, "99.9%"),
        (1.0, "100.0%"),
        (-0.0002, "0.0%"),  # a negative actual of a count: 「-0.0%」 (found walking a round)
        (-0.25, "-25.0%"),
        (None, ""),
    ],
)
def test_a_rate_is_rounded_half_up_as_excel_shows_it(rate, shown):
    assert rate_percent(rate) == shown


def test_a_negative_rate_is_shown_as_it_is_and_its_entry_is_questioned():
    """An actual beyond the baseline, away from the target, gives a rate below zero: shown as it is (not 0%: a decline
    is for the plan office to see), graded as any low rate, and whoever enters it is asked to check it."""
    rate = achievement(9330, 11000, direction="increase", baseline=10000)
    assert rate_percent(rate) == "-67.0%" and grade_for_rate(rate).code == "C"
    assert decline_warning(rate, "increase", baseline=True, name="証明書交付件数") == (
        "証明書交付件数の実績値が基準値を下回っています（達成率 -67.0%）。入力に誤りがないか確認してください。"
    )
    fewer = achievement(130, 80, direction="decrease", baseline=100)  # 待ち時間 100 → 80 分, 130 分 reported
    assert decline_warning(fewer, "decrease", baseline=True) == (
        "実績値が基準値を上回っています（達成率 -150.0%）。入力に誤りがないか確認してください。"
    )
    assert decline_warning(achievement(-5, 10), "increase", baseline=False) == (
        "達成率がマイナスです（-50.0%）。入力に誤りがないか確認してください。"
    )
    for fine in (None, 0.0, -0.0004, 0.5, 1.2):  # (-0.0004 is shown 0.0%)
        assert decline_warning(fine, "increase", baseline=True) == ""


def test_the_plans_words_for_a_years_target_beside_its_number_or_in_its_place():
    """One rule for the words of a year's target: 大野城市's 「導入を決定した全窓口」 where the year has no number, and
    「約4,000人」 printed beside 4000 where it has one (none for a number the plan does not print, 3,500 interpolated)."""
    from shinchoku.progress.evaluation import target_words

    targets = [(2024, None, "導入を決定した全窓口"), (2025, 4000.0, "約4,000人"), (2026, 5000.0, "")]
    final = (2027, 6000.0, "6,000人以上")
    assert target_words(2024, targets, final) == "導入を決定した全窓口"
    assert target_words(2025, targets, final) == ""  # a number for the year stands
    assert target_words(2025, targets, final, 4000.0) == "約4,000人"
    assert target_words(2025, targets, final, 3500.0) == ""
    assert target_words(2026, targets, final, 5000.0) == ""
    assert target_words(2027, targets, final, 6000.0) == "6,000人以上"
    assert target_words(2027, [], (2027, None, "全窓口に導入")) == "全窓口に導入"


def test_rule_text_states_the_maintain_tolerance_from_the_one_the_rate_uses():
    """3-1-2 情報セキュリティ研修の受講率: 目標値 100%, 実績値 98.9% was 達成率100.0% while the rule in words said only
    「基準値を維持していれば達成率100%」: a citizen redoing it got 98.9% (found walking a round). The words are built from
    the scale's tolerance, the one ``achievement`` is given, by default ``MAINTAIN_TOLERANCE``."""
    import inspect
    from dataclasses import replace

    assert MAINTAIN_TOLERANCE == 0.05 == DEFAULT_SCALE.maintain_tolerance
    for rule in (achievement, judge_indicator):
        assert inspect.signature(rule).parameters["maintain_tolerance"].default == MAINTAIN_TOLERANCE
    assert achievement(98.9, 100, direction="maintain") == 1.0
    assert achievement(94.9, 100, direction="maintain") == pytest.approx(0.949)
    words = " ".join(rule_text(DEFAULT_SCALE))
    assert (
        "維持を目指す指標（維持型）は、実績値が目標値の95%以上を維持していれば達成率100%（許容幅5%）、"
        "95%を下回れば実績値÷目標値です（維持する値が0（「事故件数0件」）なら0のときだけ100%、それ以外は0%）。"
    ) in words
    assert "基準値（なければ最初の実績）を目標値として、その95%以上を維持していれば達成率100%です" in words
    # another tolerance: other words, as another rate
    wider = replace(DEFAULT_SCALE, maintain_tolerance=0.1)
    words = " ".join(rule_text(wider))
    assert "実績値が目標値の90%以上を維持していれば達成率100%（許容幅10%）" in words and "95%" not in words
    assert "その90%以上を維持していれば達成率100%です" in words
    assert achievement(90.5, 100, direction="maintain", maintain_tolerance=wider.maintain_tolerance) == 1.0
    assert "目標値の97.5%以上" in maintain_text(replace(DEFAULT_SCALE, maintain_tolerance=0.025))
