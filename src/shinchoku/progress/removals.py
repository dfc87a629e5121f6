"""The plan file's actuals removed in the app, with why: what the initiative page and the API say of a removed year.

``services.remove_plan_actual`` empties the value rows (``plans.actuals.removed``) and records the figure and the
reason in a numbered ``PlanRevision``. A reader that leaves the emptied rows out showed the year as if the plan had
printed nothing (walked: the initiative page's 「—」, the API's missing year), where the report page, the 進捗管理表
and the committee report say 「計画ファイルの実績値 912人 を削除済み」. Read here once for both.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from shinchoku.core.numbers import value_or_text
from shinchoku.plans.actuals import Figure, is_figure, removed, same_figure

from . import figures
from .models import PlanRevision


@dataclass(frozen=True)
class Removal:
    """One year's plan actual of an indicator removed in the app."""

    fy: int
    figure: Figure  # what the plan file stated (「912人」)
    reason: str  # the revision's reason, "" where none was recorded
    revision: int | None  # the plan revision's number (第3版), None where none was recorded
    removed_at: datetime | None

    def label(self, unit: str) -> str:
        """「計画ファイルの実績値 912人 を削除済み（理由：集計誤り）」: the words of every output
        (``figures.removed_label``), with the reason."""
        return figures.removed_label(self.figure, self.reason, unit)

    def basis(self, unit: str) -> str:
        """「根拠の実績値 912人 を削除済み（理由：…）」: said beside the grade the plan file gave with the figure
        (``figures.removed_basis``)."""
        return figures.removed_basis(self.figure, self.reason, unit)


def removals(indicators: Iterable[Any]) -> dict[int, dict[int, Removal]]:
    """indicator id -> fiscal year -> its :class:`Removal`, for indicators whose values are prefetched: no query where
    nothing was removed, else one for the plans' revisions (the latest removal of a year is the one that holds)."""
    wanted = {(i.pk, v.fy): i for i in indicators for v in i.values.all() if v.fy is not None and removed(v)}
    if not wanted:
        return {}
    initiatives = {i.initiative_id for i in wanted.values()}
    found: dict[int, dict[int, Removal]] = {}
    revisions = (
        PlanRevision.objects.filter(plan__initiatives__in=initiatives)
        .distinct()
        .order_by("plan_id", "number")
    )
    for revision in revisions:
        for change in revision.changes or []:
            key = (change.get("indicator"), change.get("fy"))
            if change.get("kind") != "actual" or key not in wanted:
                continue
            figure = (change.get("before"), change.get("before_text") or "")
            found.setdefault(key[0], {})[key[1]] = Removal(
                key[1], figure, revision.reason, revision.number, revision.created_at
            )
    for (pk, fy), indicator in wanted.items():  # removed before removals were revisions: the history's figure
        if fy not in found.get(pk, {}) and (figure := figures.removed_figure(indicator, fy)) is not None:
            found.setdefault(pk, {})[fy] = Removal(fy, figure, "", None, None)
    return found


def marked(entries: Iterable[Mapping[str, Any]], taken: Mapping[int, Mapping[int, Removal]], fy: int) -> list[dict]:
    """A frozen evaluation's indicator entries (``report.evaluation``), each whose plan file's figure was removed in the
    app after the round froze it marked as removed, with why (``removed_actual``, ``removed_text``, ``removed_reason``,
    as an entry frozen after the removal carries them): the figure, its rate and the grade stay as the round judged them,
    and every output says beside it that it was removed (``figures.Shown.removed_since``) — walked, the initiative page's
    timeline, the committee report, the report page and the bundle printed 21,345件 unmarked, only the KPI table said
    「削除済み」. ``taken``: :func:`removals` of the report's indicators."""
    found = []
    for entry in entries:
        removal = taken.get(entry.get("indicator") or 0, {}).get(fy)
        published = figures.published_of(entry)
        already = is_figure(entry.get("removed_actual"), entry.get("removed_text") or "")
        if removal is not None and published is not None and not already and same_figure(published, removal.figure):
            entry = {
                **entry, "removed_actual": removal.figure[0], "removed_text": removal.figure[1],
                "removed_reason": removal.reason,
            }  # fmt: skip
        found.append(dict(entry))
    return found


def grade_marks(indicator: Any, taken: dict[int, Removal]) -> dict[int, str]:
    """fiscal year -> what the initiative page says beside the 評価 the plan file gives for a year whose figure was
    removed (``Indicator.notes``): 「根拠の実績値 912人 を削除済み（理由：…）」 — for the years the file grades only."""
    extra = indicator.extra if isinstance(indicator.extra, dict) else {}
    entries = extra.get("evaluations") if isinstance(extra.get("evaluations"), list) else []
    graded = {e.get("fy") for e in entries if isinstance(e, dict) and str(e.get("text") or "").strip()}
    return {fy: removal.basis(indicator.unit) for fy, removal in taken.items() if fy in graded}


def removable(indicator: Any) -> list[tuple[int, str]]:
    """(fiscal year, 「912人」) of each actual the plan's current file states for the indicator (values prefetched):
    what the plan office may remove (``services.remove_plan_actual`` refuses any other year), oldest first."""
    years = sorted({v.fy for v in indicator.values.all() if v.fy is not None})
    found = []
    for fy in years:
        figure = figures.published_figure(indicator, fy)
        if figure is not None:
            found.append((fy, value_or_text(figure[0], figure[1], indicator.unit)))
    return found
