"""Indicator tables and SVG charts (targets vs actuals), computed in Python so templates stay dumb.

The chart is decoration for sighted readers; the table beside it, with the same numbers, is the
text equivalent (WCAG 1.1.1), and the chart's figcaption says what it plots.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property

from django.utils.translation import gettext as _

from shinchoku.core import numbers
from shinchoku.core.dates import era_year
from shinchoku.core.numbers import value_or_text
from shinchoku.plans.actuals import removed, year_actuals
from shinchoku.plans.models import FinalTarget, Indicator, ValueKind

WIDTH, HEIGHT, PAD_LEFT, PAD_RIGHT, PAD_TOP, PAD_BOTTOM = 480, 200, 56, 16, 16, 32


@dataclass
class YearRow:
    fy: int | None
    targets: list[str] = field(default_factory=list)
    actuals: list[str] = field(default_factory=list)
    #: the plan file's actual removed in the app, said as every output says it (no actual of the year's, no chart point)
    removed: list[str] = field(default_factory=list)


@dataclass
class Series:
    points: list[tuple[float, float, str]]  # x, y, label

    @property
    def polyline(self) -> str:
        return " ".join(f"{x:.1f},{y:.1f}" for x, y, _ in self.points)


@dataclass
class Chart:
    width: int
    height: int
    years: list[tuple[float, str]]
    ticks: list[tuple[float, str]]
    targets: Series
    actuals: Series


@dataclass
class IndicatorView:
    indicator: Indicator
    rows: list[YearRow]
    chart: Chart | None
    #: (fiscal year, 「912人」) of the plan file's actuals the user may remove (the plan office: ``removals.removable``)
    removable: list[tuple[int, str]] = field(default_factory=list)

    @property
    def baseline(self) -> str:
        """The 基準値 written as every other value of the table (with its unit)."""
        i = self.indicator
        return with_unit(i.baseline_value, i.baseline_text, i.unit, i.baseline_fy) if i.has_baseline else ""

    @cached_property
    def final(self) -> FinalTarget | None:
        """The 最終目標 by the one rule (``plans.models.final_target``): the plan's, else its last year's target."""
        return self.indicator.final_target

    @property
    def final_target(self) -> str:
        final = self.final
        if final is None:
            return ""
        return with_unit(final.value, final.text, self.indicator.unit, final.fy)


#: A printed value that is a bare number (「0」「1,200」「３．５」): it is written with the unit like the rest.
_BARE_NUMBER = re.compile(r"-?\d{1,3}(,\d{3})+(\.\d+)?|-?\d+(\.\d+)?")


#: A year in brackets after a printed value (「1,250件（令和５年度）」「40%(R9)」「120手続（2023年度）」).
_YEAR_AFTER = re.compile(r"\s*[(（]\s*(?:(令和|平成|R|H)\s*(\d{1,2}|元)|((?:19|20)\d{2}))\s*(?:年度?)?\s*(?:末)?\s*[)）]$")


def _without_its_year(text: str, fy: int | None) -> str:
    """A printed value without the year in brackets after it where that is the row's own year: the table's row
    says 「基準値（令和5年度（2023））」 already, and 「1,250件（令和５年度）」 beside it wrote the year twice, in
    two styles."""
    match = _YEAR_AFTER.search(unicodedata.normalize("NFKC", text)) if fy is not None else None
    if match is None:
        return text
    era, number, western = match.groups()
    year = int(western) if western else era_year(era, number)
    if year != fy:
        return text
    kept = unicodedata.normalize("NFKC", text)[: match.start()].strip()
    return text[: len(kept)] if unicodedata.normalize("NFKC", text[: len(kept)]) == kept else kept


def with_unit(value: float | None, text: str, unit: str, fy: int | None = None) -> str:
    """A value as the plan printed it (「30手続」), else its number with the indicator's unit: a target
    revised in the app has no printed text, and 「40」 beside 「30手続」 left the reader to guess. A
    printed bare number (the plan's 「0」 beside 「4箇所（進捗報告）」) is written with the unit too; the
    value's own year ``fy`` printed after it is left to the row that names it."""
    if text:
        text = _without_its_year(text, fy) or text
        bare = unicodedata.normalize("NFKC", text).strip().replace("\u2212", "-")
        if not unit or not _BARE_NUMBER.fullmatch(bare):
            return text
        return numbers.written(float(bare.replace(",", ""))) + unit
    return value_or_text(value, "", unit)  # the text where there is one, else the number: the rule of every output


def indicator_view(
    indicator: Indicator,
    published: dict[int, tuple[float | None, str]] | None = None,
    removed_years: Mapping[int, str] | None = None,
) -> IndicatorView:
    """Rows per fiscal year (targets and actuals side by side) and, with 2+ numbers, a chart.

    ``published``: fiscal year -> (actual, text) that published progress rounds reported. Which actual a year
    shows is the one rule (``plans.actuals.year_actuals``, docs/evaluation.md 「Which actual」): the reported one
    (marked 「進捗報告」) where the plan prints none or another figure — the plan's then follows it marked as the
    plan document's (「17分（計画書の記載）」), and the chart plots the reported one; the plan's as it prints it
    where the two agree. (A re-imported plan's 17分 replaced the reported and published 16分 in the table and
    the chart while the timeline beside them said 16分.)

    ``removed_years``: fiscal year -> what is said of the plan file's actual removed in the app
    (``progress.removals``: 「計画ファイルの実績値 912人 を削除済み（理由：…）」), beside whatever the year shows: the
    table showed the year as if the plan had printed nothing.
    """
    by_year: dict[int | None, YearRow] = {}
    numeric: dict[str, dict[int, float]] = {ValueKind.TARGET: {}, ValueKind.ACTUAL: {}}
    values = [v for v in indicator.values.all() if not removed(v)]  # an actual removed in the app states nothing
    counted = year_actuals(
        [(v.fy, v.value, v.text) for v in values if v.kind == ValueKind.ACTUAL], published or {}
    )
    for v in values:
        row = by_year.setdefault(v.fy, YearRow(v.fy))
        if v.kind == ValueKind.ACTUAL and v.fy in counted and counted[v.fy].reported:
            continue  # the reported actual is the year's (below)
        (row.targets if v.kind == ValueKind.TARGET else row.actuals).append(
            with_unit(v.value, v.text, indicator.unit, v.fy)
        )
        if v.fy is not None and v.value is not None:
            numeric[v.kind].setdefault(v.fy, v.value)
    for fy, actual in sorted(counted.items()):
        if not actual.reported:
            continue
        row = by_year.setdefault(fy, YearRow(fy))
        if actual.printed is None and any(v.fy == fy and v.kind == ValueKind.ACTUAL for v in values):
            # the plan prints the same figure: shown as the plan prints it
            row.actuals += [with_unit(v.value, v.text, indicator.unit, fy) for v in values
                            if v.fy == fy and v.kind == ValueKind.ACTUAL]  # fmt: skip
        else:
            row.actuals.append(with_unit(actual.value, actual.text, indicator.unit) + "（進捗報告）")
            if actual.printed is not None:
                row.actuals.append(with_unit(*actual.printed, indicator.unit, fy) + "（計画書の記載）")
        if actual.value is not None:
            numeric[ValueKind.ACTUAL][fy] = actual.value
    for fy, said in sorted((removed_years or {}).items()):
        by_year.setdefault(fy, YearRow(fy)).removed.append(said)
    rows = sorted(by_year.values(), key=lambda r: (r.fy is None, r.fy or 0))
    _interpolated_targets(rows, indicator, dict(numeric[ValueKind.TARGET]))
    if indicator.has_final_target and indicator.final_target_fy and indicator.final_target_value is not None:
        numeric[ValueKind.TARGET].setdefault(indicator.final_target_fy, indicator.final_target_value)
    if indicator.has_baseline and indicator.baseline_fy and indicator.baseline_value is not None:
        # the 基準値 is where both lines start: the year's measured level and the path to the target (walked: the
        # chart began at the first report, its 「目標値」 one square at the final year, no line)
        for kind in (ValueKind.TARGET, ValueKind.ACTUAL):
            numeric[kind].setdefault(indicator.baseline_fy, indicator.baseline_value)
    return IndicatorView(indicator, rows, _chart(numeric, indicator))


def _interpolated_targets(rows: list[YearRow], indicator: Indicator, targets: dict[int, float]) -> None:
    """A year with an actual and no target of the plan's shows the target its evaluation uses, interpolated
    (「200件（補間）」), as the evaluation under the table does (walked: 「—」 in the table, 「200件（補間）」 below it)."""
    from shinchoku.progress.evaluation import target_for

    baseline = (
        (indicator.baseline_fy, indicator.baseline_value)
        if indicator.has_baseline and indicator.baseline_fy and indicator.baseline_value is not None
        else None
    )
    final = (
        (indicator.final_target_fy, indicator.final_target_value)
        if indicator.has_final_target and indicator.final_target_fy and indicator.final_target_value is not None
        else None
    )
    for row in rows:
        if row.fy is None or row.targets or not row.actuals:
            continue
        target, interpolated = target_for(row.fy, targets, baseline, final)
        if interpolated and target is not None:
            row.targets.append(with_unit(target, "", indicator.unit) + "（補間）")


def _nice_ceiling(value: float, *, whole: bool = False) -> float:
    """Round the axis top up to a value whose quarters are round numbers (120 -> 30, 60, 90, 120); whole numbers where
    every value is one (a count of 1 and a target of 3: 1, 2, 3, 4 — walked: 0.8, 1.6, 2.4, 3.2 for a number of
    teleworking sections)."""
    if value <= 0:
        return 1.0 if not whole else 4.0
    magnitude = 10 ** math.floor(math.log10(value))
    for scale in (magnitude, 10 * magnitude):
        for step in (1, 1.2, 1.6, 2, 2.4, 3.2, 4, 6, 8, 10):
            top = round(step * scale, 9)
            if value <= top and (not whole or float(top / 4).is_integer()):
                return top
    return 10 * magnitude


def _chart(numeric: dict[str, dict[int, float]], indicator: Indicator) -> Chart | None:
    values = [v for series in numeric.values() for v in series.values()]
    if indicator.has_baseline and indicator.baseline_value is not None:
        values.append(indicator.baseline_value)
    if len(values) < 2:
        return None
    years = sorted({fy for series in numeric.values() for fy in series})
    if not years:
        return None
    low, high = min(0.0, min(values)), max(values)
    if high == low:
        high = low + 1
    high = _nice_ceiling(high, whole=all(float(v).is_integer() for v in values))
    inner_w = WIDTH - PAD_LEFT - PAD_RIGHT
    inner_h = HEIGHT - PAD_TOP - PAD_BOTTOM

    first, last = years[0], years[-1]

    def x(fy: int) -> float:
        # by the year, not its place in the list: R5 R7 R8 set apart as the years are (walked: 「R5 R9 R10」 evenly)
        return PAD_LEFT + (inner_w / 2 if first == last else inner_w * (fy - first) / (last - first))

    def y(value: float) -> float:
        return PAD_TOP + inner_h * (1 - (value - low) / (high - low))

    def series(kind: str) -> Series:
        return Series([(x(fy), y(v), value_or_text(v, "")) for fy, v in sorted(numeric[kind].items())])

    ticks = [(y(low + (high - low) * i / 4), value_or_text(low + (high - low) * i / 4, "")) for i in range(5)]
    labels = [(x(fy), f"R{fy - 2018}" if fy >= 2019 else str(fy)) for fy in years]
    return Chart(WIDTH, HEIGHT, labels, ticks, series(ValueKind.TARGET), series(ValueKind.ACTUAL))


# --- where a plan stands: one stacked bar per year ---------------------------------------------------

STACK_LABEL, STACK_WIDTH, STACK_BAR, STACK_GAP = 96, 420, 22, 10


@dataclass
class Segment:
    x: str
    width: str
    css: str
    label: str


@dataclass
class StackedBar:
    label: str
    y: str
    text_y: str
    segments: list[Segment]


@dataclass
class StackedChart:
    """Grade counts per year as stacked bars; the table with the same numbers is its text equivalent."""

    width: int
    height: int
    bars: list[StackedBar]
    description: str


def stacked_chart(
    rows: list[tuple[str, list[int]]],
    columns: list[tuple[str, str]],
    classes: list[str],
    unpublished: list[tuple[str, int]] | None = None,
) -> StackedChart | None:
    """``rows`` = (year label, counts in column order); ``columns`` = (code, label); ``classes`` =
    each column's colour class (``Scale.css_class``: site.css colours it). None without data.
    ``unpublished`` = (year label, count) of reports the bars leave out: the text equivalent says so, as the table
    beside the chart counts them (「令和5年度はほかに未公表 30件（図に含みません）。」)."""
    if not rows or not any(sum(counts) for _, counts in rows):
        return None
    bars, words = [], []
    for k, (label, counts) in enumerate(rows):
        total = sum(counts) or 1
        x, segments = float(STACK_LABEL), []
        for (code, _name), css, count in zip(columns, classes, counts, strict=True):
            if not count:
                continue
            width = STACK_WIDTH * count / total
            segments.append(Segment(f"{x:.1f}", f"{width:.1f}", css, f"{code} {count}件"))
            x += width
        y = 8 + k * (STACK_BAR + STACK_GAP)
        bars.append(StackedBar(label, f"{y:.1f}", f"{y + STACK_BAR * 0.7:.1f}", segments))
        words.append(
            label + "：" + "、".join(f"{c} {n}件" for (c, _), n in zip(columns, counts, strict=True) if n)
        )
    words += [
        _("%(year)sはほかに未公表 %(n)d件（図に含みません）") % {"year": label, "n": n} for label, n in unpublished or [] if n
    ]
    height = 16 + len(rows) * (STACK_BAR + STACK_GAP)
    return StackedChart(STACK_LABEL + STACK_WIDTH + 8, height, bars, "。".join(words) + "。")


# --- one value per label: horizontal bars (e.g. the latest actual of each municipality) --------------

BAR_LABEL, BAR_WIDTH, BAR_HEIGHT, BAR_GAP, BAR_VALUE = 150, 330, 18, 6, 150


@dataclass
class Bar:
    label: str
    value_label: str
    y: str
    text_y: str
    width: str


@dataclass
class BarChart:
    """Horizontal bars from zero; ``sentences`` (one per bar) are its text equivalent."""

    width: int
    height: int
    bars: list[Bar]
    value_x: int
    sentences: list[str]


def bar_chart(items: list[tuple[str, float, str]]) -> BarChart | None:
    """``items`` = (label, value, value as written with its unit), in the order to draw. None
    without a positive value (nothing to compare). Negative values draw as empty bars."""
    if not items:
        return None
    top = max(value for _, value, _ in items)
    if top <= 0:
        return None
    bars = []
    for k, (label, value, written) in enumerate(items):
        y = 8 + k * (BAR_HEIGHT + BAR_GAP)
        width = BAR_WIDTH * max(value, 0) / top
        bars.append(Bar(label, written, f"{y}", f"{y + BAR_HEIGHT * 0.75:.1f}", f"{width:.1f}"))
    height = 16 + len(items) * (BAR_HEIGHT + BAR_GAP)
    sentences = [f"{label}：{written}" for label, _, written in items]
    return BarChart(BAR_LABEL + BAR_WIDTH + BAR_VALUE, height, bars, BAR_LABEL + BAR_WIDTH + 4, sentences)
