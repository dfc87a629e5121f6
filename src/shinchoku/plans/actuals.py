"""Which actual counts for a year: the one rule of the KPI table and chart, the open data and the import preview.

docs/evaluation.md (「Which actual」): the value the department recorded in the round; when none was recorded, the
actual the plan itself prints for that year — the rule ``progress.services.evaluate`` judges by. A plan re-imported
with another figure for a year a published round reported (17分 in the file, 16分 reported and published) does not
replace the reported one: the initiative page showed 17分 in its KPI table and chart while its timeline said 16分,
and the open data gave both as the year's 実績値.

A recorded actual lives in ``progress`` (above this app), which registers where the published ones are read
(``register_reported``) at start, as it registers its permission rules into ``accounts``.
"""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from django.db.models import Q

from shinchoku.importers.legends import grade_key

from .models import ValueKind

#: (value, text) of an actual: the number and the words it is written in (either may be missing).
Figure = tuple[float | None, str]
#: indicator id -> fiscal year -> the actual a published round reported
Reported = dict[int, dict[int, Figure]]


@dataclass(frozen=True)
class YearActual:
    """The actual that counts for a year, and where it is from."""

    value: float | None
    text: str
    reported: bool  # a department reported it in a published round; False: the plan document prints it
    #: the plan document's own figure for the year where it differs from the reported one (shown marked as the
    #: document's, never as the year's actual)
    printed: Figure | None = None


def is_figure(value: float | None, text: str | None) -> bool:
    """Whether (value, text) is an actual at all: a number or words (「集計中」); an 実績値の備考 alone is not."""
    return value is not None or bool((text or "").strip())


def removed(value: Any) -> bool:
    """Whether a plan value row is an actual removed in the app (``progress.services.remove_published_actual``): the
    row the plan's file stated, emptied and marked revised so that no re-import restores the file's figure. It states
    nothing: every reader of the plan's actuals leaves it out (:data:`REMOVED` in a query), or a department's later
    reported figure for the year was hidden behind an empty 「計画書」 entry (the initiative page, the comparison, the
    API, the search's 「実績あり」)."""
    return value.kind == ValueKind.ACTUAL and value.revised_at is not None and not is_figure(value.value, value.text)


#: :func:`removed` as a filter on IndicatorValue (``.exclude(REMOVED)``): the removal stores an empty text.
REMOVED = Q(kind=ValueKind.ACTUAL, revised_at__isnull=False, value__isnull=True, text="")


def same_figure(a: Figure, b: Figure) -> bool:
    """Whether two actuals say the same: the same number (「16分」 and 16), else, neither a number, the same words."""
    if a[0] is not None or b[0] is not None:
        return a[0] is not None and b[0] is not None and math.isclose(a[0], b[0], rel_tol=1e-9, abs_tol=1e-12)
    return unicodedata.normalize("NFKC", a[1] or "").strip() == unicodedata.normalize("NFKC", b[1] or "").strip()


def year_actuals(printed: Iterable[tuple[int | None, float | None, str]], reported: Mapping[int, Figure]) -> dict[int, YearActual]:
    """fiscal year -> the actual that counts, from the plan's printed actuals (fy, value, text; the first of a year)
    and ``reported`` (fy -> the actual a published round reported): the reported one wins, with the plan's figure
    kept in ``printed`` where it says something else."""
    found: dict[int, YearActual] = {}
    for fy, value, text in printed:
        if fy is not None and fy not in found and is_figure(value, text):
            found[fy] = YearActual(value, text or "", reported=False)
    for fy, (value, text) in sorted(reported.items()):
        if not is_figure(value, text):
            continue
        plan = found.get(fy)
        differs = plan is not None and not same_figure((plan.value, plan.text), (value, text))
        found[fy] = YearActual(value, text or "", reported=True, printed=(plan.value, plan.text) if plan and differs else None)
    return found


_SOURCES: list[Callable[[Collection[int]], Reported]] = []


def register_reported(source: Callable[[Collection[int]], Reported]) -> None:
    """Add where published recorded actuals are read (``progress`` at start; again is a no-op)."""
    if source not in _SOURCES:
        _SOURCES.append(source)


def reported_actuals(indicator_ids: Collection[int]) -> Reported:
    """indicator id -> fiscal year -> the actual published rounds reported for it (one query per source): a figure
    only — a report that wrote a 備考 alone for the year reported no actual (the import preview had said a re-imported
    17分 differed from the published 「（なし）」, which the page, the open data and the evaluation do not show)."""
    found: Reported = {}
    if not indicator_ids:
        return found
    for source in _SOURCES:
        for pk, years in source(indicator_ids).items():
            figures = {fy: figure for fy, figure in years.items() if is_figure(*figure)}
            if figures:
                found.setdefault(pk, {}).update(figures)
    return found


def printed_for(printed: Iterable[tuple[int | None, float | None, str]], fy: int) -> Figure | None:
    """The actual the plan file prints for ``fy`` (fy, value, text in the plan's order; the first figure of the year),
    else None: what a municipality published for the year it imported (鳴海台市's page: 「実績 912人」 for 2024)."""
    for year, value, text in printed:
        if year == fy and is_figure(value, text):
            return (value, text or "")
    return None


def printed_grade(extra: Any, fy: int) -> str:
    """The grade the plan file prints for an indicator's year (its ``extra["evaluations"]``, 鳴海台市's 「進捗 A」), else
    "": the municipality's own published grade, kept apart from the one the app computes."""
    entries = extra.get("evaluations") if isinstance(extra, dict) else None
    for entry in entries if isinstance(entries, list) else []:
        if isinstance(entry, dict) and entry.get("fy") == fy:
            text = unicodedata.normalize("NFKC", str(entry.get("text") or "")).strip()
            if text:
                return text
    return ""


def one_grade(grades: Iterable[str]) -> str:
    """The grade an initiative was published with where its indicators' published grades agree (one indicator, or
    all graded alike), else "": 鳴海台市 grades each 目標, not the 取組, and no grade is made up for two that differ."""
    found = {grade for grade in grades if grade}
    return found.pop() if len(found) == 1 else ""


def grade_meaning(plan_extra: Any, grade: str) -> str:
    """What the plan file's legend says ``grade`` means (its ``grade_legend``: 「目標より進んでいる」 for 鳴海台市's 「A」),
    else "": a grade printed with its words (「A(順調)」) or one the legend does not list has none added."""
    legend = plan_extra.get("grade_legend") if isinstance(plan_extra, dict) else None
    key = grade_key(grade)
    for entry in legend if isinstance(legend, list) and key else []:
        if isinstance(entry, dict) and grade_key(str(entry.get("grade") or "")) == key:
            return str(entry.get("meaning") or "").strip()
    return ""


def grade_words(grade: str, meaning: str) -> str:
    """A published grade as the pages show it: 「A（目標より進んでいる）」, or 「A」 where the file gives no words."""
    return f"{grade}（{meaning}）" if grade and meaning else grade


#: The order legends list their grades in (best first, a dash last).
_GRADE_ORDER = "SABCDE◎○△×-―"


def written_legend(pairs: Iterable[tuple[str, str]]) -> str:
    """「A：目標より進んでいる、B：目標どおり進んでいる…」 of (grade, meaning) pairs: each grade once, in a legend's order."""
    seen: dict[str, tuple[str, str]] = {}  # one entry a grade, however it is written (「Ａ」 as 「A」: ``grade_key``)
    for grade, meaning in pairs:
        if grade and meaning:
            seen.setdefault(grade_key(grade) or grade, (grade, meaning))
    ranked = sorted(seen.values(), key=lambda pair: _rank(pair[0]))
    return "、".join(f"{grade}：{meaning}" for grade, meaning in ranked)


def _rank(grade: str) -> int:
    """Where a grade stands in a legend: by ``_GRADE_ORDER``, a grade it does not know after the others."""
    at = _GRADE_ORDER.find(grade_key(grade))
    return at if at >= 0 else len(_GRADE_ORDER)


def legend_pairs(plan_extra: Any) -> list[tuple[str, str]]:
    """(grade, meaning) of each grade the plan file's legend names (its ``grade_legend``), in its order."""
    legend = plan_extra.get("grade_legend") if isinstance(plan_extra, dict) else None
    entries = [e for e in legend if isinstance(e, dict)] if isinstance(legend, list) else []
    pairs = [(str(e.get("grade") or "").strip(), str(e.get("meaning") or "").strip()) for e in entries]
    return [(grade, meaning) for grade, meaning in pairs if grade and meaning]


def legend_text(plan_extra: Any) -> str:
    """The plan file's legend of its grades written out (``written_legend``), else ""."""
    return written_legend(legend_pairs(plan_extra))


def file_graded(indicators: Iterable[Any]) -> bool:
    """Whether one of ``indicators`` carries a grade the plan file printed (its ``evaluations``)."""
    return any(isinstance(i.extra, dict) and i.extra.get("evaluations") for i in indicators)


def graded_legend(plan_extra: Any, indicators: Iterable[Any]) -> str:
    """The plan's legend (``legend_text``) where one of ``indicators`` carries a grade the file printed, else "": what the
    initiative page says under its 指標."""
    return legend_text(plan_extra) if file_graded(indicators) else ""
