"""Evaluation rules: achievement rate per indicator and year, and the grade of an initiative.

Pure Python on plain values (no Django), so every branch is tested directly and the same rules
serve the round page, the exports and the API. docs/evaluation.md states them for users.

Achievement rate (1.0 = the target is met exactly):

- increase, with a baseline B:  (actual − B) / (target − B)
- increase, without a baseline: actual / target
- decrease, with a baseline B:  (B − actual) / (B − target)
- decrease, without a baseline: target / actual
- maintain: 1.0 while actual ≥ target × (1 − tolerance), else actual / target (tolerance: the scale's,
  ``MAINTAIN_TOLERANCE`` by default, stated on the public pages by ``maintain_text``)
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

import re
import unicodedata
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from shinchoku.core.numbers import written

INCREASE, DECREASE, MAINTAIN = "increase", "decrease", "maintain"

#: How far below its level a maintain-type (維持型) indicator may fall and still count as kept: 5%, so an actual of 98.9%
#: against 100% is 達成率100%. The default of every scale (``Scale``, ``GradeScale.maintain_tolerance``) and of the
#: rate; ``rule_text`` states the scale's own in words, so the published rule explains the figure shown.
MAINTAIN_TOLERANCE = 0.05


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
    maintain_tolerance: float = MAINTAIN_TOLERANCE

    def label(self, code: str) -> str:
        for grade in (*self.grades, self.not_evaluable):
            if grade.code == code:
                return grade.label
        return ""

    @property
    def codes(self) -> list[str]:
        return [g.code for g in self.grades] + [self.not_evaluable.code]

    def css_class(self, code: str) -> str:
        """The colour class of a grade in every chart of grades (site.css): ``grade-N`` for the
        scale's Nth grade, ``grade-none`` for 評価できない, ``grade-other`` for anything else (no
        grade yet, a code outside the scale). One rule, so a grade has the same colour on the plan
        page and in the committee report (D was dark red on one and grey on the other)."""
        codes = [g.code for g in self.grades]
        if code in codes:
            return f"grade-{codes.index(code) + 1}"
        if code == self.not_evaluable.code:
            return "grade-none"
        return "grade-other"


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
    return _as_written(v0 + (v1 - v0) * (fy - y0) / (y1 - y0), max(_places(v0), _places(v1))), True


def _places(value: float) -> int:
    """How many decimals a figure of the plan is written with (150 none, 28.5 one), up to two."""
    exponent = Decimal(repr(float(value))).normalize().as_tuple().exponent
    return min(2, max(0, -exponent)) if isinstance(exponent, int) else 2


def _as_written(value: float, places: int = 2) -> float:
    """An interpolated target written as the plan writes the figures it lies between, half up: whole between whole
    ones (0 → 20 業務 over three years gives 13 業務 in the second, not 13.33, and 100 → 276 人 159 人, not the
    「158.67人」 a walk found in the report form and the committee report), else to their decimals, two at most; a
    small one (0.004) keeps its figures."""
    shown = float(Decimal(repr(value)).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP))
    return shown if shown or not value else value


def achievement(
    actual: float | None,
    target: float | None,
    *,
    direction: str | None = INCREASE,
    baseline: float | None = None,
    tolerance: float | None = None,
    maintain_tolerance: float = MAINTAIN_TOLERANCE,
) -> float | None:
    """The achievement rate of ``actual`` against ``target`` (see the module docstring)."""
    if actual is None or target is None:
        return None
    direction = infer_direction(direction, baseline, target)
    rate = _rate(actual, target, direction, baseline, maintain_tolerance)
    if tolerance and abs(actual - target) <= tolerance:
        rate = max(1.0, rate)
    # An actual of almost nothing against a 「減少」 target (1 / 2e-308) overflows to infinity:
    # beyond ±MAX_RATE the rate says nothing more, and an infinite one breaks averages and pages.
    return max(-MAX_RATE, min(MAX_RATE, rate))


#: The largest achievement rate reported (1,000,000%).
MAX_RATE = 10_000.0


def _met(actual: float, target: float, direction: str) -> float:
    return 1.0 if (actual <= target if direction == DECREASE else actual >= target) else 0.0


def _rate(
    actual: float, target: float, direction: str, baseline: float | None, maintain_tolerance: float
) -> float:
    if direction == MAINTAIN:
        if target == 0:  # 「事故件数 0件」 kept: met at nothing, not at any count (2 accidents read 100%; walk)
            return _met(actual, target, DECREASE)
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


def rate_in_percent(rate: float) -> Decimal:
    """An achievement rate in percent to one decimal, half up as Excel shows 「0.0%」: 1.0625 ->
    106.3 (``f"{106.25:.1f}"`` is 「106.2」: the page and the CSV said 106.2%, the 進捗管理表 106.3%)."""
    shown = Decimal(repr(rate * 100)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    return shown.copy_abs() if shown.is_zero() else shown  # (「-0.0%」 for a rate just under zero: 0.0%)


def rate_percent(rate: float | None) -> str:
    """An achievement rate as staff write it: 2.0175 -> "201.8%" ("" when not evaluated)."""
    return "" if rate is None else f"{rate_in_percent(rate)}%"


def decline_warning(rate: float | None, direction: str, *, baseline: bool, name: str = "") -> str:
    """The warning for an actual that gives a negative rate, else "".

    A rate below zero is an actual on the far side of the baseline from the target (an increase's actual under its
    baseline, a decrease's above it): a real decline happens, so it is saved and shown as it is (「-67.0%」, graded
    as any rate below the lowest threshold), but it is as likely a slip (a figure of the wrong year or unit), so
    whoever enters it is asked to check, without being stopped (walked: 「-67.0%」 appeared with no word).
    """
    if rate is None or rate_in_percent(rate) >= 0:
        return ""
    shown, whose = rate_percent(rate), f"{name}の" if name else ""
    if not baseline:
        return f"{whose}達成率がマイナスです（{shown}）。入力に誤りがないか確認してください。"
    side = "上回って" if direction == DECREASE else "下回って"
    return f"{whose}実績値が基準値を{side}います（達成率 {shown}）。入力に誤りがないか確認してください。"


def is_percent_unit(unit: str) -> bool:
    """Whether a KPI is counted in percent (「%」「％」「%減」「パーセント」; not 「ポイント」 or 「件」)."""
    normal = unicodedata.normalize("NFKC", unit)
    return "%" in normal or "パーセント" in normal


def over_hundred_warning(actual: float | None, unit: str, target: float | None, *, name: str = "") -> str:
    """The warning for a percentage actual over 100 of a KPI whose target is 100% or less, else "".

    A share (取得率, 利用率) cannot pass 100%, so 「805%」 is most likely a slip — a comma or a decimal point in the wrong
    place, a count typed for a rate — that makes the rate and the grade (A) ten times too good. Some percentages do
    pass 100 (前年比), so it is asked about, never refused (as ``decline_warning``)."""
    if actual is None or target is None or actual <= 100 or target > 100 or not is_percent_unit(unit):
        return ""
    whose = f"{name}の" if name else ""
    return f"{whose}実績値が100%を超えています（{written(actual)}%、目標値 {written(target)}%）。入力に誤りがないか確認してください。"


def grade_for_rate(rate: float | None, scale: Scale = DEFAULT_SCALE) -> Grade:
    """The grade of a rate as every page and workbook shows it (``rate_in_percent``: one decimal of a percent), so
    that 「達成率 90.0%」 is graded by 「90%以上」 however the division came out (12 ÷ 13.333… is 0.8999999999999999)."""
    if rate is None:
        return scale.not_evaluable
    shown = rate_in_percent(rate)
    for grade in scale.grades:
        if grade.min_rate is None or shown >= Decimal(repr(grade.min_rate)) * 100:
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


# --- indicators a single year's target does not describe -------------------------------------------

_CUMULATIVE = re.compile(
    r"(?:(?P<era>令和|平成)(?P<year>[0-9０-９元]+)年(?:度)?から.*?)?(?P<n>[0-9０-９]+)(?:か|ヶ|カ|ケ)?年間(?:で|の累計|合計)"
)


def cumulative_span(text: str, final_fy: int | None = None) -> tuple[int, int] | None:
    """(first year, number of years) of a target written as a total over years, else None.

    「令和3年から令和7年までの5年間で50件」 -> (2021, 5). Without a start year the span ends at the
    final target's year: 「5年間で50件」 with a final year 2025 -> (2021, 5).
    """
    match = _CUMULATIVE.search(text or "")
    if not match:
        return None
    years = int(match["n"].translate(_FULLWIDTH))
    if years < 1:
        return None
    if match["era"]:
        raw = match["year"].translate(_FULLWIDTH)
        offset = 2018 if match["era"] == "令和" else 1988
        return (offset + (1 if raw == "元" else int(raw)), years)
    if final_fy is None:
        return None
    return (final_fy - years + 1, years)


_FULLWIDTH = str.maketrans("０１２３４５６７８９", "0123456789")


@dataclass(frozen=True)
class Judged:
    """An indicator's achievement in one year, and which rule produced it (``basis``)."""

    rate: float | None
    target: float | None
    interpolated: bool = False
    basis: str = ""  # "year" | "interpolated" | "cumulative" | "maintain" | "ahead" | "" (not evaluated)
    actual: float | None = None  # the actual compared (the sum so far for a cumulative target)
    #: the year of a later deadline's target compared ahead of it ("ahead": 「令和9年度までに90%」 met in 令和7年度), shown
    #: beside it (``figures.target_note``): it is no target of the year judged
    target_fy: int | None = None


def target_words(
    fy: int,
    targets: list[tuple[int | None, float | None, str]],
    final: tuple[int | None, float | None, str],
    target: float | None = None,
) -> str:
    """The plan's words for the year's target, else "": ``targets`` the plan's (year, value, text), ``final`` its final
    target's (year, value, text).

    Without ``target``: the words where the plan gives the year no number (大野城市's 「導入を決定した全窓口」) — shown
    where the target is (no one reports against a 「—」) and no number is interpolated over them; a number for the year,
    yearly or final, stands. With ``target`` (the year's own number, as judged): the words printed beside it
    (「約4,000人」 beside 4000, 「100%（全手続）」 beside 100) — an interpolated target, a cumulative share or a later
    deadline's is a number of no words, and the caller gives none. Shown by the one rule of every output
    (``core.numbers.value_or_text``)."""
    year = [(value, text) for at, value, text in targets if at == fy]
    final_here = final[0] == fy
    if target is None:
        if any(value is not None for value, _ in year) or (final_here and final[1] is not None):
            return ""
        worded = next((text for _, text in year if text.strip()), "") or (final[2] if final_here else "")
    else:
        worded = next((text for value, text in year if value == target and text.strip()), "")
        worded = worded or (final[2] if final_here and final[1] == target else "")
    return (worded or "").strip()


def judge_indicator(
    fy: int,
    actual: float | None,
    *,
    targets: dict[int, float],
    actuals: dict[int, float] | None = None,
    direction: str | None = None,
    baseline: tuple[int, float] | None = None,
    final: tuple[int, float] | None = None,
    final_text: str = "",
    tolerance: float | None = None,
    maintain_tolerance: float = MAINTAIN_TOLERANCE,
) -> Judged:
    """The achievement of one indicator in ``fy`` by the first rule that applies.

    1. cumulative target (「5年間で50件」): the sum of the yearly actuals from the first year of the
       span up to ``fy`` against the pro-rata share of the total (50 × years so far / 5);
    2. the year's target (the plan's, else interpolated; see ``target_for``);
    3. maintain-type without a target (「99.9%準拠」 every year): the level to keep is the baseline,
       else the earliest actual the plan records;
    4. ahead of a deadline (「令和5年度までに40%」 judged in 令和3年度): met when the actual already
       reaches the deadline's target, else not evaluated by the indicator (the schedule decides).
    ``actuals`` are the earlier years' actuals (fiscal year -> value); ``actual`` is this year's.
    """
    actuals = dict(actuals or {})
    if actual is not None:
        actuals[fy] = actual
    base_value = baseline[1] if baseline is not None else None
    span = cumulative_span(final_text, final[0] if final else None) if final is not None else None
    if span is not None and final is not None:
        first, years = span
        done = min(max(fy - first + 1, 0), years)
        if actual is None or done == 0:
            return Judged(None, None)
        so_far = sum(v for y, v in actuals.items() if first <= y <= fy)
        target = final[1] * done / years
        return Judged(achievement(so_far, target, direction=INCREASE), target, False, "cumulative", so_far)
    target, interpolated = target_for(fy, targets, baseline, final)
    if target is not None:
        rate = achievement(
            actual, target, direction=direction, baseline=base_value, tolerance=tolerance,
            maintain_tolerance=maintain_tolerance,
        )  # fmt: skip
        return Judged(rate, target, interpolated, "interpolated" if interpolated else "year", actual)
    if actual is None:
        return Judged(None, None)
    if direction == MAINTAIN:
        level = base_value
        if level is None:
            earlier = [y for y in actuals if y <= fy]
            level = actuals[min(earlier)] if earlier else None
        if level is None:
            return Judged(None, None)
        rate = achievement(actual, level, direction=MAINTAIN, maintain_tolerance=maintain_tolerance)
        return Judged(rate, level, False, "maintain", actual)
    later = sorted(y for y in {**targets, **({final[0]: final[1]} if final else {})} if y > fy)
    if later:
        deadline_target = targets.get(later[0], final[1] if final and final[0] == later[0] else None)
        if deadline_target is not None:
            way = infer_direction(direction, base_value, deadline_target)
            if _met(actual, deadline_target, way):
                # by the formula every page prints, from the baseline where there is one (walked: 92 against
                # 「78.5% → 令和9年度 90%」 in 令和7年度 gave 102.2% where a citizen redoing it got 117.4%)
                start = base_value if baseline is not None and baseline[0] <= fy else None
                start = ahead_baseline(start, deadline_target, way)
                rate = achievement(actual, deadline_target, direction=way, baseline=start)
                return Judged(rate, deadline_target, False, "ahead", actual, later[0])
    return Judged(None, None)


def ahead_baseline(baseline: float | None, target: float, direction: str) -> float | None:
    """The baseline a later deadline's target met ahead of it is rated from: one on the far side of the target (below
    it for an increase, above for a decrease), else none — a baseline past the target would rate a target met at less
    than 100% (95 → 90 「increase」 met by 92: 60%)."""
    if baseline is None or direction == MAINTAIN:
        return None
    return baseline if (baseline < target if direction != DECREASE else baseline > target) else None


# --- the schedule milestone and the department's self-evaluation ------------------------------------

#: Report statuses (progress.models.Status values; plain strings so that this module stays pure).
DONE, IN_PROGRESS, CONSIDERING = "done", "in_progress", "considering"
NOT_STARTED, POSTPONED, CANCELLED = "not_started", "postponed", "cancelled"
#: Words that make a scheduled step a study, which 「検討中」 fulfils.
STUDY_WORDS = ("検討", "調査", "研究", "情報収集")


def milestone_reached(status: str, scheduled: list[str]) -> bool | None:
    """Was the year's planned step reached? ``scheduled``: the year's 工程 labels (may be empty).

    完了 and 実施中 reach it; 検討中 reaches it when the step is itself a study (「…を検討」) or nothing
    was scheduled; 未着手, 延期 and 中止 miss a scheduled step. Without a status, or 未着手/延期 in a
    year with no step scheduled, it cannot be said (None).
    """
    if status in (DONE, IN_PROGRESS):
        return True
    if status == CONSIDERING:
        return not scheduled or any(word in label for label in scheduled for word in STUDY_WORDS)
    if status in (NOT_STARTED, POSTPONED, CANCELLED):
        return False if scheduled else None
    return None


@dataclass(frozen=True)
class Verdict:
    """The grade of an initiative for a year and the rule that gave it (shown beside the grade)."""

    grade: Grade
    basis: str  # a key of BASIS_LABELS

    @property
    def basis_label(self) -> str:
        return BASIS_LABELS[self.basis]


#: What a grade rests on, printed beside it (frozen with it as ``basis``). A grade given by the year's 工程 says which of
#: the 工程 and the self-grade it had (walked: 「工程と自己評価による」 beside a B given by default to a 実施中 report with
#: neither — the committee read it as the department's judgement against a plan step).
BASIS_LABELS = {
    "lifecycle": "進捗状況による",
    "indicators": "指標の達成率による",
    # a round closed before the basis told these apart froze 「milestone」 for each of them: said so, no claim made
    "milestone": "工程・進捗状況による（自己評価があればその評価）",
    "milestone_self": "工程と自己評価による",  # the year's 工程 reached, the department's self-grade
    "milestone_default": "工程による既定の評価（自己評価なし）",  # the 工程 reached, no self-grade: the on-target grade
    # a self-grade the scale does not grade by (「D 評価できない」): given, and not used — not 「自己評価なし」
    "milestone_unused": "工程による既定の評価（この自己評価は算定に使いません）",
    "behind": "工程による（年度の工程に達していない）",  # the 工程 missed: the lowest grade, whatever the self-grade
    "status": "進捗状況と自己評価による（年度の工程なし）",  # nothing scheduled for the year, the self-grade
    "status_default": "進捗状況による既定の評価（年度の工程・自己評価なし）",  # nothing scheduled, no self-grade
    "status_unused": "進捗状況による既定の評価（年度の工程なし。この自己評価は算定に使いません）",
    "awaiting": "指標の実績値が未入力",
    "in_words": "実績値が数値でないため算定できません",
    "none": "評価の根拠なし",
}


def judge_initiative(
    rates: list[float | None],
    status: str = "",
    scale: Scale = DEFAULT_SCALE,
    *,
    scheduled: list[str] | None = None,
    self_grade: str = "",
    awaiting: bool = False,
    in_words: bool = False,
) -> Verdict:
    """Grade of an initiative for a year, by the first rule that applies.

    1. its status has a lifecycle grade in the scale (e.g. 中止 → 「中止」);
    2. at least one indicator has a rate: the plain mean of the rates on the scale;
    3. the year's planned step (``milestone_reached``): missed → the lowest grade (C 遅れている);
    3a. an indicator has a target for the year and no actual (``awaiting``): not evaluable until it has one — a
       step reached does not stand in for the missing figure (a 検討中 report with its actual left blank earned
       B 目標どおり; found walking a round); ``in_words`` when every such actual is there in words only
       (「集計中」): the basis says the actual is not a number (「指標の実績値が未入力」 beside an actual the page
       showed as 「集計中（4月に確定）」 was untrue);
    3b. the year's planned step (``milestone_reached``): reached → the department's self-grade when it
       is a grade of the scale, else the grade a rate of 100% earns (B 目標どおり); missed → the
       lowest grade (C 遅れている), whatever the self-grade says;
    4. otherwise not evaluable.

    The basis says what 3 rested on: 「milestone_self」 a step scheduled and the self-grade, 「milestone_default」 a step and no
    self-grade (「…_unused」: a self-grade given that the scale does not grade by, 「D 評価できない」), 「status」 / 「status_default」 no step scheduled for the year (the status alone reached it) with or without
    the self-grade, 「behind」 a step missed.
    """
    if status and status in scale.lifecycle:
        code = scale.lifecycle[status]
        return Verdict(Grade(code, scale.label(code) or code), "lifecycle")
    known = [r for r in rates if r is not None]
    if known:
        return Verdict(grade_for_rate(sum(known) / len(known), scale), "indicators")
    reached = milestone_reached(status, scheduled or [])
    if reached is False:
        return Verdict(scale.grades[-1], "behind")
    if awaiting:
        return Verdict(scale.not_evaluable, "in_words" if in_words else "awaiting")
    if reached is None:
        return Verdict(scale.not_evaluable, "none")
    own = next((g for g in scale.grades if g.code == self_grade), None)
    if own is not None:
        return Verdict(own, "milestone_self" if scheduled else "status")
    basis = "milestone" if scheduled else "status"
    return Verdict(grade_for_rate(1.0, scale), f"{basis}_unused" if self_grade else f"{basis}_default")


# --- what counts as a result ------------------------------------------------------------------------

#: Report states (progress.models.Report.State values) whose grade is a result of the round.
RESULT_STATES = ("submitted", "approved")
NOT_SUBMITTED = "未提出"


def is_result(state: str) -> bool:
    """A report counts in grade distributions only once submitted: a draft is 「未提出」, not a D."""
    return state in RESULT_STATES


# --- the rule in words, for the public pages ---------------------------------------------------------


def _percent(rate: float) -> str:
    value = rate * 100
    return f"{value:.0f}%" if abs(value - round(value)) < 1e-9 else f"{value:g}%"


def scale_text(scale: Scale) -> str:
    """「A 目標を上回る（達成率110%以上）、B 目標どおり（90%以上）、C 遅れている（90%未満）」."""
    parts, previous = [], None
    for grade in scale.grades:
        if grade.min_rate is not None:
            bound = f"{_percent(grade.min_rate)}以上"
        else:
            bound = f"{_percent(previous)}未満" if previous is not None else "上記以外"
        parts.append(f"{grade.code} {grade.label}（達成率{bound}）")
        previous = grade.min_rate if grade.min_rate is not None else previous
    return "、".join(parts)


def maintain_text(scale: Scale = DEFAULT_SCALE) -> str:
    """The maintain rule in words, from the tolerance the rate is computed with (``scale.maintain_tolerance``, by
    default ``MAINTAIN_TOLERANCE``): 「…目標値の95%以上を維持していれば達成率100%（許容幅5%）…」."""
    kept, band = _percent(1 - scale.maintain_tolerance), _percent(scale.maintain_tolerance)
    return (
        f"維持を目指す指標（維持型）は、実績値が目標値の{kept}以上を維持していれば達成率100%（許容幅{band}）、"
        f"{kept}を下回れば実績値÷目標値です（維持する値が0（「事故件数0件」）なら0のときだけ100%、それ以外は0%）。"
    )


def rule_text(scale: Scale = DEFAULT_SCALE, status_labels: dict[str, str] | None = None) -> list[str]:
    """How a grade is reached, as numbered sentences generated from the municipality's scale.

    The public pages print this so that a citizen can redo any grade from the published figures.
    """
    labels = {
        DONE: "完了", IN_PROGRESS: "実施中", CONSIDERING: "検討中", NOT_STARTED: "未着手",
        POSTPONED: "延期", CANCELLED: "中止", **(status_labels or {}),
    }  # fmt: skip
    on_target = grade_for_rate(1.0, scale)
    lowest = scale.grades[-1]
    steps = []
    if scale.lifecycle:
        life = "、".join(f"「{labels.get(s, s)}」は「{code}」" for s, code in scale.lifecycle.items())
        steps.append(f"進捗状況による評価：{life}とします。")
    steps.append(
        f"数値の指標がある取組は、その年度の目標値に対する実績値の達成率（指標が複数あれば単純平均）で評価します："
        f"{scale_text(scale)}。"
        # the formula itself: without it a citizen divides the actual by the target and gets another rate
        "達成率は、基準値があれば基準値から目標値までの幅のうち実績値が進んだ割合で、増加を目指す指標は"
        "（実績値−基準値）÷（目標値−基準値）、減少を目指す指標は（基準値−実績値）÷（基準値−目標値）です。"
        "基準値がなければ実績値÷目標値（減少の指標は目標値÷実績値）です。"
        # the maintain tolerance the rate uses (``_rate``), in words: without it a citizen redoing 98.9% against 100%
        # got 「維持できていない」 where the page printed 達成率100.0% (found walking a round)
        f"{maintain_text(scale)}"
    )
    steps.append(
        # the interpolated target is written to its neighbours' decimals before it is compared (``_as_written``): without
        # saying so, a citizen interpolating 3 → 13 over 令和4–7年度 got 9.67 where the page printed 10件（補間）
        "年度の目標値がなければ前後の目標値（基準値・最終目標を含む）から直線で補間し、前後の数値の書き方に合わせて"
        "四捨五入した値（整数どうしなら整数、そうでなければ前後の小数の桁まで、最大2桁）を目標値とします"
        "（令和4年度3件・令和7年度13件なら、令和6年度は9.67件ではなく10件（補間）で、達成率もこの10件で計算します）。"
        "累計の目標（「5年間で50件」）は、"
        "それまでの実績の合計を年数で按分した目標と比べます。維持型の指標で年度の目標値がないもの（「99.9%準拠」）は、"
        f"基準値（なければ最初の実績）を目標値として、その{_percent(1 - scale.maintain_tolerance)}以上を維持していれば"
        "達成率100%です。期限前の目標（「令和5年度までに40%」）は、"
        "すでに達成していればその達成率で評価し、まだなら次の工程による評価に回します。"
    )
    steps.append(
        "数値で評価できない取組は、その年度の工程に対する進捗状況で評価します："
        f"「{labels[DONE]}」「{labels[IN_PROGRESS]}」（工程が検討・調査なら「{labels[CONSIDERING]}」も）は工程どおりとして"
        f"担当課の自己評価（なければ{on_target.code} {on_target.label}）、工程のある年度に"
        f"「{labels[NOT_STARTED]}」「{labels[POSTPONED]}」なら{lowest.code} {lowest.label}です。"
        # a year with no step scheduled: the status alone, said as such beside the grade (``BASIS_LABELS``)
        f"その年度に工程がなければ、「{labels[DONE]}」「{labels[IN_PROGRESS]}」「{labels[CONSIDERING]}」を工程どおりとみなし、"
        f"同じく自己評価（なければ{on_target.code} {on_target.label}）とします。自己評価のない評価は、評価の横に"
        "「既定の評価」と示します。"
        # a self-grade the scale does not grade by is given and not used (``…_unused``), said beside it too
        f"自己評価が「{scale.not_evaluable.code} {scale.not_evaluable.label}」のときは算定に使わず、既定の評価とします。"
    )
    steps.append(f"以上で決まらない取組は{scale.not_evaluable.code} {scale.not_evaluable.label}です。")
    steps.append("未提出・差戻し中の報告は評価に数えず、「未提出」「差戻し」として別に示します。")
    return steps


# --- roll-up: a section's and the plan's progress from their initiatives -----------------------------

AVERAGE, WEIGHTED, WORST = "average", "weighted", "worst"
ROLLUP_TEXT = {
    AVERAGE: "各施策の進捗率は、その下の施策・取組ごとの進捗率の単純平均です（施策1つ・取組1つを同じ重みで数えます）。",
    WEIGHTED: "各施策の進捗率は、その下の取組のうち「{on_target}」以上の取組の割合です（取組数による加重平均）。",
    WORST: "各施策の進捗率は、その下の施策・取組のうち最も遅れているものの進捗率です（最も低い子の値）。",
}


def progress_score(code: str, scale: Scale = DEFAULT_SCALE) -> float | None:
    """An initiative's progress for the roll-up: 1 at the on-target grade or better, 0 below it.

    Lifecycle grades other than the scale's own (「完了」) count as on target, except 中止 (``CANCELLED``
    is never progress); the not-evaluable grade and 「未提出」 have no score.
    """
    codes = [g.code for g in scale.grades]
    if code in codes:
        return 1.0 if codes.index(code) <= codes.index(grade_for_rate(1.0, scale).code) else 0.0
    if not code or code == scale.not_evaluable.code:
        return None
    if scale.lifecycle.get(CANCELLED) == code:
        return 0.0
    return 1.0 if code in scale.lifecycle.values() else None


def rollup(children: list[tuple[float | None, int]], rule: str = WEIGHTED) -> tuple[float | None, int]:
    """(progress, number of scored initiatives) of a node from its children's, by ``rule``.

    A child is an initiative (its score, 1) or a sub-section (its roll-up and count); children without
    a score are left out, and with none left the node has none.
    """
    scored = [(v, n) for v, n in children if v is not None and n > 0]
    total = sum(n for _, n in scored)
    if not scored:
        return None, 0
    if rule == AVERAGE:
        return sum(v for v, _ in scored) / len(scored), total
    if rule == WORST:
        return min(v for v, _ in scored), total
    return sum(v * n for v, n in scored) / total, total


def rollup_text(rule: str, scale: Scale = DEFAULT_SCALE) -> str:
    """The roll-up in words, saying what is counted as ``progress_score`` counts it: the not-evaluable grade is left out
    altogether (walked: 「すべての取組のうち「B 目標どおり」以上の取組の割合」 printed beside B 5, C 1, D 1 and 83%, which
    is 5 of 6, not of 7), and lifecycle grades count as on target or below it."""
    rule = rule if rule in ROLLUP_TEXT else WEIGHTED
    on_target = grade_for_rate(1.0, scale)
    named = f"{on_target.code} {on_target.label}"
    left_out = scale.not_evaluable
    text = ROLLUP_TEXT[rule].format(on_target=named) + "計画全体の進捗率も同じ方法で求めます。"
    if rule == WEIGHTED:
        below = next((g for g in scale.grades if progress_score(g.code, scale) == 0.0), None)
        worked = f"{on_target.code} 5件・{below.code} 1件・{left_out.code} 1件なら、5÷6で83%" if below else ""
        text += f"「{left_out.code} {left_out.label}」の取組は分子にも分母にも数えません"
        text += f"（{worked}）。" if worked else "。"
    else:
        text += f"取組の進捗率は「{named}」以上なら100%、それ未満なら0%で、"
        text += f"「{left_out.code} {left_out.label}」の取組は数えません。"
    codes = [g.code for g in scale.grades]
    life = [(status, code) for status, code in scale.lifecycle.items() if code not in codes]
    counted = [f"「{code}」は「{named}」以上" for status, code in life if status != CANCELLED]
    counted += [f"「{code}」はそれ未満" for status, code in life if status == CANCELLED]
    if counted:
        text += "進捗状況による評価は、" + "、".join(counted) + "として数えます。"
    return "進捗率の集計方法：" + text + "数える取組のない施策の進捗率は「—」です。"
