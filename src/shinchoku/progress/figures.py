"""The actual and the grade of an indicator for a round's year, and where they come from: the one rule of every output.

A plan imported from a progress report the municipality published (鳴海台市's KPI page: 「実績 912人」「進捗 A」 for 2024)
already has the year's actual and grade. The round opened for that year starts from them (docs/evaluation.md
「What the municipality published」): the report form is filled with them, marked 「計画ファイル（公表値）」; what a
department reports instead is its change, the published figure kept beside it. The committee report, the 進捗管理表 and
the input sheet read an evaluation's indicator entry (``services.IndicatorResult.as_json``, live or frozen) through
:func:`shown`: walked, the committee report printed 「—」 for an unsubmitted report where the 進捗管理表 printed the
plan's 912, and a department retyped figures the municipality had already published.

A draft's own figures are the department's working notes, not a result: a report that is not a result shows the
published figure only (the committee report said 「担当課の入力途中の内容は資料に含めません」, the 進捗管理表 showed the draft's
number unmarked).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from shinchoku.core.dates import fiscal_year
from shinchoku.core.numbers import says_more, value_or_text
from shinchoku.plans.actuals import (
    Figure,
    grade_words,
    is_figure,
    one_grade,
    printed_for,
    printed_grade,
    removed,
    same_figure,
)
from shinchoku.plans.models import ValueKind
from shinchoku.progress.models import RecordedActual

PLAN, REPORT, REMOVED = "plan", "report", "removed"
#: Where the year's actual is from, as the outputs say it (REMOVED: none, the plan file's was removed in the app).
SOURCE_LABELS = {PLAN: _("計画ファイル（公表値）"), REPORT: _("担当課の報告"), REMOVED: _("計画ファイルの実績値を削除")}
#: What is said of a published figure removed in the app (:meth:`Shown.removed_label`).
REMOVED_LABEL = _("計画ファイルの実績値 %(figure)s を削除済み")
#: What is said beside the grade the plan file gave with a figure removed since (:meth:`Shown.published_grade_label`):
#: the grade still stands as the municipality published it, on a figure the plan office took away.
REMOVED_BASIS = _("根拠の実績値 %(figure)s を削除済み")
#: … and why, as the plan office gave it with the removal (the plan's revision).
REMOVED_REASON = _("（理由：%(reason)s）")


@dataclass(frozen=True)
class Shown:
    """An indicator's actual for the round's year as every output shows it."""

    value: float | None
    text: str
    source: str  # PLAN, REPORT, or "" (no actual)
    published: Figure | None  # what the plan file prints for the year (the municipality's published figure)
    published_grade: str  # the grade the plan file prints for the year (「A」), else ""
    rate: float | None = (
        None  # the achievement rate of the figure shown (None where it is not the one judged)
    )
    #: the plan file's figure for the year removed in the app (:func:`removed_figure`): no actual where no one reported
    #: another (source REMOVED), and what the published grade rested on whatever was reported since
    removed: Figure | None = None
    published_meaning: str = ""  # what the plan file's legend says the grade means (「目標より進んでいる」), else ""
    removed_reason: str = ""  # why the plan office removed it (its revision's reason: ``removals.removals``)

    @property
    def published_grade_words(self) -> str:
        """The published grade as every page shows it: 「A（目標より進んでいる）」 (``plans.actuals.grade_words``)."""
        return grade_words(self.published_grade, self.published_meaning)

    @property
    def source_label(self) -> str:
        return str(SOURCE_LABELS.get(self.source, ""))

    @property
    def replaces_published(self) -> bool:
        """A department's figure other than the published one: the outputs name the published one beside it."""
        return (
            self.source == REPORT
            and self.published is not None
            and not same_figure((self.value, self.text), self.published)
        )

    def published_text(self, unit: str) -> str:
        """「912人」: the published figure written by the one rule (``numbers.value_or_text``), else ""."""
        return value_or_text(self.published[0], self.published[1], unit) if self.published else ""

    def removed_basis(self, unit: str) -> str:
        """「根拠の実績値 912人 を削除済み（理由：取込元の集計誤り）」 where the plan file gave a grade for the year and its
        figure was removed in the app since, else "": the grade stands as published, on a figure no longer stated."""
        return removed_basis(self.removed, self.removed_reason, unit) if self.published_grade else ""

    def published_grade_label(self, unit: str, *, words: bool = True) -> str:
        """The plan file's grade as every output shows it: 「A（目標より進んでいる）」 (without its meaning where the
        output prints the legend beside: ``words=False``), marked where its figure was removed —
        「A（目標より進んでいる）— 根拠の実績値 912人 を削除済み（理由：…）」, 「A — 根拠の…」; "" where the file gives no
        grade."""
        grade = self.published_grade_words if words else self.published_grade
        basis = self.removed_basis(unit)
        if not (grade and basis):
            return grade
        return f"{grade}— {basis}" if grade.endswith("）") else f"{grade} — {basis}"

    def removed_label(self, unit: str) -> str:
        """「計画ファイルの実績値 912人 を削除済み（理由：取込元の集計誤り）」 where the plan file's figure was removed in
        the app, else "": what the report page, the 進捗管理表 and the committee report say in place of the actual, with
        why as the initiative page's KPI table (``removals.Removal.label``) — a round frozen before the reason was kept
        with it says no reason (:func:`removed_label`)."""
        return removed_label(self.removed, self.removed_reason, unit)

    def removed_text(self, unit: str) -> str:
        """「912人」: the removed figure written by the one rule (``numbers.value_or_text``), else "" (the open data's
        cell beside :attr:`removed_reason`)."""
        return value_or_text(self.removed[0], self.removed[1], unit) if self.removed else ""

    @property
    def removed_since(self) -> bool:
        """The figure shown is the plan file's, removed in the app after the round froze it (``removals.marked``): it
        stays the one the round judged (its rate, the grade), and every output says in its place that it was removed,
        with why (:meth:`removed_label`), not 「計画ファイル（公表値）」 as if the plan still stated it."""
        return self.source == PLAN and self.removed is not None


def removed_label(figure: Figure | None, reason: str, unit: str) -> str:
    """「計画ファイルの実績値 912人 を削除済み（理由：取込元の集計誤り）」 of a removed figure (without a reason where
    none is given), else "": the words of every output, the pages', the API's and the exports'."""
    return _said_removed(REMOVED_LABEL, figure, reason, unit)


def removed_basis(figure: Figure | None, reason: str, unit: str) -> str:
    """「根拠の実績値 912人 を削除済み（理由：取込元の集計誤り）」 of a removed figure (without a reason: a round frozen
    before the reason was kept with it), else ""."""
    return _said_removed(REMOVED_BASIS, figure, reason, unit)


def _said_removed(words: Any, figure: Figure | None, reason: str, unit: str) -> str:
    """``words`` (:data:`REMOVED_LABEL`, :data:`REMOVED_BASIS`) of a removed figure, with why where a reason is
    given, else "": the one rule of both."""
    if figure is None:
        return ""
    said = str(words) % {"figure": value_or_text(figure[0], figure[1], unit)}
    return said + (str(REMOVED_REASON) % {"reason": reason} if reason else "")


def published_of(entry: Mapping[str, Any]) -> Figure | None:
    """The plan file's figure of an entry; an entry frozen before it carried one: its actual when none was recorded."""
    if "published_actual" in entry or "published_text" in entry:
        figure = (entry.get("published_actual"), entry.get("published_text") or "")
        return figure if is_figure(*figure) else None
    if not entry.get("recorded") and is_figure(entry.get("actual"), entry.get("actual_text") or ""):
        return (entry.get("actual"), entry.get("actual_text") or "")
    return None


def shown(entry: Mapping[str, Any], *, result: bool) -> Shown:
    """The actual of an evaluation's indicator entry as every output shows it: a result's (submitted or approved,
    ``evaluation.is_result``) recorded actual, else the plan file's published one; a report that is not a result shows
    the published figure only — its draft is not shown as the year's actual."""
    published = published_of(entry)
    grade = str(entry.get("published_grade") or "")
    meaning = str(entry.get("published_grade_meaning") or "")
    # the figure the plan file's grade rested on, removed since: said wherever that grade shows, with why
    frozen = (entry.get("removed_actual"), entry.get("removed_text") or "")
    # (the published figure itself where it was removed after the round froze it: ``removals.marked``)
    taken = frozen if is_figure(*frozen) and (published is None or same_figure(frozen, published)) else None
    why = str(entry.get("removed_reason") or "") if taken else ""
    recorded = bool(entry.get("recorded")) and is_figure(entry.get("actual"), entry.get("actual_text") or "")
    if recorded and result:
        return Shown(
            entry.get("actual"), entry.get("actual_text") or "", REPORT, published, grade, entry.get("rate"),
            removed=taken, published_meaning=meaning, removed_reason=why,
        )  # fmt: skip
    if published is not None:
        # the rate judged is the published figure's where no one recorded another
        rate = None if entry.get("recorded") else entry.get("rate")
        return Shown(
            published[0], published[1], PLAN, published, grade, rate,
            removed=taken, published_meaning=meaning, removed_reason=why,
        )  # fmt: skip
    if taken is not None:  # no actual, and the outputs say which one was taken away
        return Shown(None, "", REMOVED, None, grade, removed=taken, published_meaning=meaning, removed_reason=why)
    return Shown(None, "", "", None, grade, published_meaning=meaning)


def target_note(entry: Mapping[str, Any]) -> str:
    """What stands beside an evaluated target (an entry of ``services.IndicatorResult.as_json``, live or frozen) where
    it is no target the plan gives the year: 「補間」 (``evaluation.target_for``), 「累計・按分」 (a cumulative target's
    share so far), 「令和9年度（2027）の目標・期限前に達成」 (a later deadline's target met ahead of it: walked, 90 stood
    unmarked under 令和7年度's 目標値, read as that year's own). "" beside the year's own target. One rule for every output."""
    if entry.get("target") is None:
        return ""
    if entry.get("basis") == "cumulative":
        return str(_("累計・按分"))
    if entry.get("interpolated"):
        return str(_("補間"))
    if entry.get("basis") == "ahead":  # (an evaluation frozen before its year was kept: 「後年度」)
        year = fiscal_year(entry["target_fy"]) if entry.get("target_fy") else str(_("後年度"))
        return str(_("%(year)sの目標・期限前に達成")) % {"year": year}
    return ""


def noted_target(target: float | None, note: str, unit: str) -> str:
    """「90%（令和9年度（2027）の目標・期限前に達成）」: an evaluated target with its :func:`target_note` in one cell, as
    the 進捗管理表 and the input sheet write a target that is no target of the year's own (its figure alone without a
    note)."""
    figure = value_or_text(target, "", unit)
    return f"{figure}（{note}）" if note else figure


#: Said before :func:`next_target` where the plan gives the year no target (the report page, the form, the input sheet).
NO_TARGET = _("この年度の目標値は計画にありません")


def next_target(indicator: Any, fy: int) -> str:
    """The next target the plan gives after a year it gives none for (「令和9年度（2027）の目標 90%」), said beside that
    year's 「—」 so that a department knows what its actual is measured against and why no rate is given yet (walked:
    「目標値: —」 and nothing more, the plan's 90% out of sight); "" where the plan gives none later."""
    later = [
        (value.fy, value.value, value.text)
        for value in indicator.values.all()
        if value.kind == ValueKind.TARGET and value.fy and value.fy > fy and (value.value is not None or value.text)
    ]
    final = (indicator.final_target_fy, indicator.final_target_value, indicator.final_target_text)
    if final[0] and final[0] > fy and (final[1] is not None or final[2]):
        later.append(final)
    if not later:
        return ""
    year, value, text = min(later, key=lambda found: found[0])
    return str(_("%(year)sの目標 %(target)s")) % {
        "year": fiscal_year(year),
        "target": value_or_text(value, text or "", indicator.unit),
    }


def published_grade(entries: Iterable[Mapping[str, Any]]) -> str:
    """The grade the municipality published for an initiative: its indicators' one grade (``plans.actuals.one_grade``)."""
    return one_grade(str(e.get("published_grade") or "") for e in entries)


def published_figure(indicator: Any, fy: int) -> Figure | None:
    """The actual the plan's current file prints for ``fy`` (values prefetched): the municipality's published figure.
    An actual an earlier import stored that this file no longer states (``IndicatorValue.kept``) is not: the city did
    not publish it in the file the plan stands on (a re-import keeps it, listed apart)."""
    stated = ((v.fy, v.value, v.text) for v in indicator.values.all() if v.kind == ValueKind.ACTUAL and not v.kept)
    return printed_for(stated, fy)


def removed_figure(indicator: Any, fy: int) -> Figure | None:
    """The plan file's actual for ``fy`` that someone removed in the app, read from the value's history (values
    prefetched; a query only for a removed one), else None: the outputs show it as removed, not as a blank."""
    for v in indicator.values.all():
        if v.fy == fy and removed(v):
            before = (
                v.history.filter(Q(value__isnull=False) | ~Q(text=""))
                .order_by("-history_date", "-history_id")
                .values_list("value", "text")
                .first()
            )
            if before is not None:
                return (before[0], before[1] or "")
    return None


def published_figures(indicators: Iterable[Any], fy: int) -> dict[int, Figure]:
    """indicator id -> :func:`published_figure` for ``fy``: what the report form and the input sheet start from."""
    found = {}
    for indicator in indicators:
        figure = published_figure(indicator, fy)
        if figure is not None:
            found[indicator.pk] = figure
    return found


def start_grade(report: Any, indicators: Iterable[Any], codes: Iterable[str]) -> str:
    """The 自己評価 a report shows and is judged by: its own, else, while no one ever saved a grade in it, the grade
    the municipality published for the initiative's year (``plans.actuals.one_grade`` of its indicators') where it is
    one of the scale's ``codes``. The published grade is not recorded as anyone's (a form or a sheet that gives it
    back unchanged records nothing: :func:`unchanged_grade`); a department that chose a grade and cleared it again
    keeps it blank. Keyed on the report's history, not its version: a re-import's withdraw/restore bumps that."""
    if report.self_grade:
        return str(report.self_grade)
    grade = one_grade(printed_grade(indicator.extra, report.round.fy) for indicator in indicators)
    if grade not in set(codes):
        return ""
    ever = getattr(report, "ever_graded", None)  # (read with the round's reports: ``services.reports_for_evaluation``)
    if ever is None:
        history = getattr(report, "history", None)
        ever = history is not None and bool(report.pk) and history.exclude(self_grade="").exists()
    return "" if ever else grade


def unchanged_grade(recorded: str, given: str, start: str) -> bool:
    """Whether a 自己評価 given back by the form or the sheet is only the published grade they started from
    (``start``, :func:`start_grade`) of a report that records none (``recorded``): no change, nothing recorded."""
    return not recorded and bool(start) and given == start


def start_figure(figure: Figure, unit: str) -> tuple[float | None, str]:
    """(value, 実績値（原文）) the report form and the input sheet start from for a published figure: one rule for both."""
    return figure[0], form_text(figure, unit)


def unchanged_figure(figure: Figure | None, value: float | None, text: str | None, unit: str) -> bool:
    """Whether an actual given back by the form or the sheet, where nothing is recorded, is only the published
    figure they started from (:func:`start_figure`): no change, nothing recorded — a value nobody typed is not
    recorded as someone's (``services.evaluate`` takes the published figure while nothing is recorded)."""
    if figure is None:
        return False
    start_value, start_text = start_figure(figure, unit)
    return value == start_value and " ".join((text or "").split()) == start_text


def form_text(figure: Figure, unit: str) -> str:
    """The 実績値（原文） a published figure fills the form with: its words where they say more than its number (「本庁舎の
    無線LAN整備を完了」), else nothing — 「912人」 left there would outlive a department's 950 (``value_or_text``)."""
    value, text = figure
    worded = text.strip() if says_more(value, text, unit) else ""
    # one line, as the input holds it (a page's 「- 本庁舎の…」 list), and none longer than a recorded text holds: the
    # evaluation keeps taking the published words while nothing is recorded
    worded = " ".join(worded.split())
    return worded if len(worded) <= text_limit() else ""


def text_limit() -> int:
    """The longest 実績値（原文） a report records: ``RecordedActual.text``'s own length."""
    return RecordedActual._meta.get_field("text").max_length or 200
