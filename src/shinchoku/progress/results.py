"""Published results where people look: the initiative page's timeline, the plan's and the home page's standing.

Only what ``progress.permissions.public_reports()`` returns is read (published reports of published
rounds), whoever looks: these are the public pages. Each function runs a fixed number of queries,
whatever the size of the plan. Grades are the final ones (the reviewer's, else the frozen one);
the rules are ``progress.evaluation`` (roll-up included) and the pages print them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass, field
from typing import Any

from django.db.models import QuerySet
from django.utils.translation import gettext_lazy

from shinchoku.plans.actuals import Reported
from shinchoku.plans.models import Initiative, Plan, Section
from shinchoku.plans.reference import Actuals, published_elsewhere

from . import evaluation
from .models import RecordedActual, Report, Status
from .permissions import public_reports, published_through
from .services import scale_for

STATUS_LABELS = dict(Status.choices)
#: What is said of a report whose publication the plan office took back (``services.unpublish_report``): where a
#: report never published says 「未公表」, and to whom may read it (its department, the plan office) with the reason
#: — the withdrawal's form does not say the reason is public (as the removal's does), so the public pages do not give it.
WITHDRAWN = gettext_lazy("公表を取り消しました")
WITHDRAWN_REASON = gettext_lazy("公表を取り消しました（理由：%(reason)s）")


@dataclass
class RoundResult:
    """One published round of one initiative: what the department reported and how it was graded."""

    report: Report
    fy: int
    status_label: str
    grade: str
    grade_label: str
    basis_label: str
    indicators: list[dict[str, Any]]  # the frozen evaluation's entries (target, actual, rate, …)
    self_grade_label: str = ""  # 「B 目標どおり」, as the grade beside it (the page showed a bare 「B」)

    @property
    def rate_percents(self) -> list[tuple[dict[str, Any], str]]:
        return [(entry, evaluation.rate_percent(entry.get("rate"))) for entry in self.indicators]


def published_grade(report: Report, scale: evaluation.Scale) -> tuple[str, str]:
    """The grade a published report shows and its label: ``Report.final_grade`` (the plan office's,
    else the one frozen at closing), labelled by the municipality's scale."""
    code = report.final_grade
    return code, grade_label(code, report.evaluation, scale) or code


def grade_label(code: str, frozen: dict | None, scale: evaluation.Scale) -> str:
    """The label of a published grade ``code`` (the plan office's or the computed one): the municipality's
    scale names it; a code the scale no longer has keeps the label frozen with it at closing; "" for none.
    The one rule for the initiative page, the exports and the search cards (a grade the plan office chose
    had no label on the cards: 「B」 beside 「A（目標を上回る）」)."""
    frozen = frozen or {}
    return scale.label(code) or (frozen.get("computed_label", "") if code == frozen.get("computed_grade") else "")


def _labelled(code: str, scale: evaluation.Scale) -> str:
    """「B 目標どおり」 for "B" (the code alone when the scale does not name it)."""
    label = scale.label(code) if code else ""
    return f"{code} {label}" if label and label != code else code


def _basis(report: Report, scale: evaluation.Scale) -> str:
    """How the published grade was reached. A grade the plan office chose says so, with the computed
    one and the reason, as the committee report does: the page called such an A 「工程と自己評価による」."""
    frozen = report.evaluation or {}
    basis = evaluation.BASIS_LABELS.get(frozen.get("basis", ""), "")
    computed = frozen.get("computed_grade", "")
    if not report.review_grade or report.review_grade == computed:
        return basis
    how = f"（{basis}）" if basis else ""
    return f"計画担当の評価。算定評価は{_labelled(computed, scale) or '—'}{how}。理由: {report.review_reason}"


def initiative_results(initiative: Initiative) -> list[RoundResult]:
    """The initiative's published rounds, oldest first (one query, plus the municipality's scale)."""
    reports = public_reports().filter(initiative=initiative).select_related("round").order_by("round__fy")
    scale = scale_for(initiative.plan.municipality)
    found = []
    for report in reports:
        code, label = published_grade(report, scale)
        frozen = report.evaluation or {}
        found.append(
            RoundResult(
                report=report,
                fy=report.round.fy,
                status_label=STATUS_LABELS.get(report.status, ""),
                grade=code,
                grade_label=label,
                basis_label=_basis(report, scale),
                indicators=list(frozen.get("indicators") or []),
                self_grade_label=_labelled(report.self_grade, scale),
            )  # fmt: skip
        )
    return found


def initiative_rule(initiative: Initiative) -> list[str]:
    """How the grades on the initiative page were reached, from its municipality's scale."""
    scale = scale_for(initiative.plan.municipality)
    return evaluation.rule_text(scale, {k: str(v) for k, v in Status.choices})


def published_actuals(results: list[RoundResult], initiative: Initiative | None = None) -> Actuals:
    """indicator id -> fiscal year -> (actual, text) the departments reported in the published rounds, as judged.

    These win over the plan's printed actual of the same year on the KPI table and chart (``plans.actuals``,
    docs/evaluation.md 「Which actual」); an actual the round took from the plan itself is the plan's table's.

    With ``initiative`` (its ``reference_results`` and ``indicators`` prefetched, as the initiative
    page has them): a reference plan's initiative has no rounds here, and its KPI table and chart
    show what the other installation published instead (``plans.reference.published_elsewhere``).
    """
    actuals: Actuals = {}
    if initiative is not None and initiative.plan.is_reference:
        names = {(initiative.pk, i.name): i.pk for i in initiative.indicators.all()}
        rows = [(initiative.pk, r.fy, r.data) for r in initiative.reference_results.all()]
        actuals = published_elsewhere(rows, names)
    for result in results:
        for entry in result.indicators:
            if entry.get("actual") is None and not entry.get("actual_text"):
                continue
            if entry.get("recorded") is False:
                continue  # the plan's printed actual the round judged on: the plan's table has it (``plans.actuals``)
            actuals.setdefault(entry.get("indicator"), {})[result.fy] = (
                entry.get("actual"),
                entry.get("actual_text") or "",
            )
    return actuals


def published_recorded(indicator_ids: Collection[int]) -> Reported:
    """indicator id -> fiscal year -> (actual, text) recorded in published reports, in one query: what
    ``plans.actuals.reported_actuals`` reads (registered at start) for the import preview, which compares a
    re-imported plan's actual with the one a round published."""
    rows = (
        RecordedActual.objects.filter(published_through("report__"), indicator_id__in=list(indicator_ids))
        .order_by("report__round__fy", "pk")
        .values_list("indicator_id", "report__round__fy", "value", "text")
    )
    found: Reported = {}
    for pk, fy, value, text in rows:
        found.setdefault(pk, {})[fy] = (value, text)
    return found


# --- where a plan stands ------------------------------------------------------------------------------


@dataclass
class Tally:
    """Counts of one group of initiatives in one year, and its progress by the plan's roll-up rule."""

    statuses: Counter = field(default_factory=Counter)
    grades: Counter = field(default_factory=Counter)
    progress: float | None = None
    scored: int = 0
    fy: int = 0
    status_list: list[int] = field(default_factory=list)  # in the standing's column order
    grade_list: list[int] = field(default_factory=list)
    unpublished: int = 0  # initiatives of the year's published round whose report is not published

    @property
    def total(self) -> int:
        return sum(self.grades.values())

    @property
    def of_plan(self) -> int:
        """The initiatives the year's round reported on: the published ones and the 「未公表」."""
        return self.total + self.unpublished

    @property
    def progress_percent(self) -> str:
        return "—" if self.progress is None else f"{self.progress * 100:.0f}%"


@dataclass
class SectionRow:
    section: Section | None
    depth: int
    tallies: list[Tally]  # one per year of the standing

    @property
    def title(self) -> str:
        return str(self.section) if self.section is not None else "（体系外）"


@dataclass
class Standing:
    """A plan's published results per year: the plan as a whole and each section (two levels)."""

    plan: Plan
    years: list[int]
    grade_columns: list[tuple[str, str]]  # (code, label)
    status_columns: list[tuple[str, str]]
    totals: list[Tally]
    sections: list[SectionRow]
    rule: list[str]
    rollup: str
    any_unpublished: bool = False  # a published round of the plan left some reports unpublished
    #: each grade column's colour class (``Scale.css_class``), for the chart and its legend
    grade_classes: list[str] = field(default_factory=list)

    @property
    def legend(self) -> list[tuple[str, str, str]]:
        """(code, label, colour class) of each grade column: the chart's key to its colours."""
        return [(c, label, css) for (c, label), css in zip(self.grade_columns, self.grade_classes, strict=True)]

    @property
    def latest(self) -> Tally | None:
        return self.totals[-1] if self.totals else None

    @property
    def year_rows(self) -> list[tuple[int, Tally, list[int]]]:
        """(year, tally, grade counts in column order): the chart's text equivalent."""
        return [
            (fy, tally, [tally.grades[c] for c, _ in self.grade_columns])
            for fy, tally in zip(self.years, self.totals, strict=True)
        ]


def plan_standing(plan: Plan) -> Standing:
    """Counts per status and grade, and progress, per section and year from the published reports.

    Reports of a published round that are not published themselves are counted apart (「未公表」,
    per section and year): the public figures say what they leave out instead of dropping it.

    Five queries: reports, unpublished ones, sections, the scale (through the municipality),
    nothing per initiative.
    """
    scale = scale_for(plan.municipality)
    rows = list(
        public_reports()
        .filter(round__plan=plan)
        .values_list("round__fy", "initiative__section_id", "status", "review_grade", "evaluation")
    )
    withheld = list(
        withheld_reports().filter(round__plan=plan).values_list("round__fy", "initiative__section_id")
    )
    sections = list(Section.objects.filter(plan=plan).order_by("position", "pk"))
    years = sorted({fy for fy, *_ in rows})
    hidden: dict[int, Counter] = {fy: Counter() for fy in years}
    for fy, section_id in withheld:
        if fy in hidden:
            hidden[fy][section_id] += 1
    codes = list(scale.codes)
    for *_, review, frozen in rows:
        code = review or (frozen or {}).get("computed_grade", "")
        if code and code not in codes:
            codes.append(code)
    grade_columns = [(c, scale.label(c) or c) for c in codes]
    # per year: section id -> list of (status, grade code) of its own initiatives
    own: dict[int, dict[int | None, list[tuple[str, str]]]] = {fy: {} for fy in years}
    for fy, section_id, status, review, frozen in rows:
        code = review or (frozen or {}).get("computed_grade", "")
        own[fy].setdefault(section_id, []).append((status, code))
    children: dict[int | None, list[Section]] = {}
    known = {s.pk for s in sections}
    for s in sections:
        children.setdefault(s.parent_id if s.parent_id in known else None, []).append(s)
    rule = plan.rollup_rule

    def tally(fy: int, section: Section | None) -> Tally:
        """The section's own initiatives and its sub-sections', rolled up."""
        key = section.pk if section is not None else None
        result = Tally()
        parts: list[tuple[float | None, int]] = []
        result.unpublished = hidden[fy][key]
        for status, code in own[fy].get(key, []):
            result.statuses[status] += 1
            result.grades[code] += 1
            score = evaluation.progress_score(code, scale)
            parts.append((score, 1 if score is not None else 0))
        if section is not None:
            for child in children.get(section.pk, []):
                sub = tally(fy, child)
                result.statuses.update(sub.statuses)
                result.grades.update(sub.grades)
                result.unpublished += sub.unpublished
                parts.append((sub.progress, sub.scored))
        result.progress, result.scored = evaluation.rollup(parts, rule)
        return result

    def plan_tally(fy: int) -> Tally:
        result = Tally()
        parts = []
        for top in [None, *children.get(None, [])]:
            sub = tally(fy, top)
            result.statuses.update(sub.statuses)
            result.grades.update(sub.grades)
            result.unpublished += sub.unpublished
            parts.append((sub.progress, sub.scored))
        result.progress, result.scored = evaluation.rollup(parts, rule)
        return result

    section_rows = []
    if own.get(years[-1] if years else 0, {}).get(None) or (years and hidden[years[-1]][None]):
        section_rows.append(SectionRow(None, 0, [tally(fy, None) for fy in years]))
    for top in children.get(None, []):
        section_rows.append(SectionRow(top, 0, [tally(fy, top) for fy in years]))
        for child in children.get(top.pk, []):
            section_rows.append(SectionRow(child, 1, [tally(fy, child) for fy in years]))
    # a section whose initiatives were all left unpublished keeps its row, counted 「未公表」
    section_rows = [row for row in section_rows if any(t.of_plan for t in row.tallies)]
    used_statuses = {s for fy in years for items in own[fy].values() for s, _ in items}
    status_columns = [(v, str(label)) for v, label in Status.choices if v in used_statuses]
    if "" in used_statuses:
        status_columns.append(("", "未記入"))
    totals = [plan_tally(fy) for fy in years]
    for t_list in [totals, *(row.tallies for row in section_rows)]:
        for fy, t in zip(years, t_list, strict=True):
            t.fy = fy
            t.status_list = [t.statuses[v] for v, _ in status_columns]
            t.grade_list = [t.grades[c] for c, _ in grade_columns]
    return Standing(
        plan=plan,
        years=years,
        grade_columns=grade_columns,
        grade_classes=[scale.css_class(c) for c, _ in grade_columns],
        status_columns=status_columns,
        totals=totals,
        sections=section_rows,
        rule=evaluation.rule_text(scale, {k: str(v) for k, v in Status.choices}),
        rollup=evaluation.rollup_text(rule, scale),
        any_unpublished=any(t.unpublished for t in totals),
    )


def latest_statuses(plan: Plan) -> tuple[int | None, dict[int, tuple[str, str]]]:
    """The 全体工程表's status column: (latest published year, initiative id -> (status, grade)).

    One query: the published reports of the plan's latest published round.
    """
    rows = list(
        public_reports()
        .filter(round__plan=plan)
        .order_by("-round__fy")
        .values_list("round__fy", "initiative_id", "status", "review_grade", "evaluation__computed_grade")
    )
    if not rows:
        return None, {}
    latest = rows[0][0]
    return latest, {
        initiative: (STATUS_LABELS.get(status, ""), review or computed or "")
        for fy, initiative, status, review, computed in rows
        if fy == latest
    }


@dataclass
class PublishedYear:
    """One year of a plan on the home page: its published grades, and the reports it leaves out."""

    fy: int
    grades: list[tuple[str, int]]  # (grade code, initiatives), "" for 未評価
    unpublished: int = 0  # the year's published round's reports not published (「未公表」, as the plan page)


def years_by_plan(plans: list[Plan]) -> dict[int, list[PublishedYear]]:
    """Home page: plan id -> its published years, oldest first, in two queries.

    A year counts the published reports, and 「未公表」 those of the year's published round left
    unpublished, as the plan page's standing does (``plan_standing``).
    """
    rows = (
        public_reports()
        .filter(round__plan__in=plans)
        .values_list("round__plan_id", "round__fy", "review_grade", "evaluation__computed_grade")
    )
    by_plan: dict[int, dict[int, Counter]] = {}
    for plan_id, fy, review, computed in rows:
        by_plan.setdefault(plan_id, {}).setdefault(fy, Counter())[review or computed or ""] += 1
    hidden = Counter(withheld_reports().filter(round__plan__in=plans).values_list("round__plan_id", "round__fy"))
    return {
        pk: [PublishedYear(fy, sorted(counts.items()), hidden[pk, fy]) for fy, counts in sorted(years.items())]
        for pk, years in by_plan.items()
    }


def withdrawn_text(report: Report, *, reason: bool) -> str:
    """「公表を取り消しました（理由：…）」 (``reason``: for the report's department and the plan office), else
    「公表を取り消しました」, for a report withdrawn from its round's publication; "" for any other (walked: the report page
    said 「未公表（この回の公表に含めていません）」 and the public committee report and 進捗管理表 showed the row as one
    never published)."""
    if report.published_at is not None or not report.unpublished_reason:
        return ""
    return str(WITHDRAWN_REASON) % {"reason": report.unpublished_reason} if reason else str(WITHDRAWN)


def withheld_reports() -> QuerySet[Report]:
    """Reports of a published round left unpublished (「未公表」): counted apart on the public pages,
    never shown (a report withdrawn with its initiative is no report of the round)."""
    return Report.objects.filter(round__published_at__isnull=False, published_at__isnull=True).exclude(
        state=Report.State.WITHDRAWN
    )
