"""What the round's reports show: loading (with permissions) and the committee report's data.

``load_round_table(round_, user)`` is the one way the 進捗管理表 and the committee report read a
round: the reports the user may see (``accounts.permissions.can(user, "view_report", …)``; for a
published round and the public, only published reports), evaluated live while the round is open
and as frozen when it closed, with the actuals earlier closed rounds froze. A fixed number of
queries, whatever the size of the plan.

``committee_report(table)`` adds the summary figures and the bar charts of the HTML report
(推進本部・懇話会 資料). The charts are SVG geometry computed here so that the template stays dumb;
each chart's numbers are also given as a table (the text equivalent).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from shinchoku.accounts.permissions import can
from shinchoku.plans.models import Section
from shinchoku.progress import services
from shinchoku.progress.evaluation import rule_text
from shinchoku.progress.models import Report, Round

from .workbooks import (
    NO_GRADE,
    NO_SECTION,
    Earlier,
    ReportRow,
    RoundTable,
    grade_heading,
    round_table,
    submission_counts,
    summary_counts,
)


def visible_reports(round_: Round, user: Any) -> list[Report]:
    """The round's reports, prefetched for evaluation, that ``user`` may read.

    Every report shares ``round_`` (with its plan and municipality) instead of joining its own
    copies, and sections come from the plan's section list: on a plan of 600 initiatives this
    saves a few thousand model instances.
    """
    return split_reports(round_, user)[0]


def split_reports(round_: Round, user: Any) -> tuple[list[Report], list[Report]]:
    """(reports ``user`` may read, reports of the plan's initiatives they may not: 「未公表」).

    The public reads a published round's published reports only; the others are still initiatives
    of the plan, and the public pages list them as 「未公表」 without their figures rather than
    leave them out (8 of 9 published read 「取組数 8件／未提出 0件」). A report withdrawn with its
    initiative is out of the plan: it is neither.
    """
    reports = services.reports_for_evaluation(round_).select_related(None).select_related("initiative")
    visible, withheld = [], []
    for report in reports:
        report.round = round_
        if can(user, "view_report", report):
            visible.append(report)
        elif report.state != Report.State.WITHDRAWN:
            withheld.append(report)
    return visible, withheld


def earlier_evaluations(round_: Round, user: Any) -> Earlier:
    """What closed rounds of the same plan before this one froze, for the reports ``user`` may read."""
    found: Earlier = {}
    reports = (
        Report.objects.filter(round__plan_id=round_.plan_id, round__fy__lt=round_.fy, round__state=Round.State.CLOSED)
        .select_related("round__plan__municipality")
        .only("id", "initiative_id", "evaluation", "published_at", "round__fy", "round__published_at",
              "round__state", "round__plan__municipality")
    )  # fmt: skip
    for report in reports:
        if not can(user, "view_report", report):
            continue
        entries = {e.get("indicator"): e for e in (report.evaluation or {}).get("indicators", [])}
        found.setdefault(report.initiative_id, {})[report.round.fy] = entries
    return found


def load_round_table(round_: Round, user: Any) -> RoundTable:
    plan = round_.plan
    sections = list(Section.objects.filter(plan_id=plan.pk))
    visible, withheld = split_reports(round_, user)
    return round_table(
        round_,
        visible,
        sections,
        services.scale_for(plan.municipality),
        earlier=earlier_evaluations(round_, user),
        withheld=withheld,
    )


# --- the committee report ---------------------------------------------------------------------------

BAR_HEIGHT, BAR_GAP, LABEL_WIDTH, CHART_WIDTH, VALUE_WIDTH, CHART_PAD = 26, 10, 170, 520, 60, 8


@dataclass
class Bar:
    label: str
    value: int
    y: float
    width: float
    css: str
    share: float | None = None

    # SVG coordinates as strings, so that the template never localises a float.
    @property
    def svg_y(self) -> str:
        return f"{self.y:.1f}"

    @property
    def svg_width(self) -> str:
        return f"{max(self.width, 0.0):.1f}"

    @property
    def svg_text_y(self) -> str:
        return f"{self.y + BAR_HEIGHT * 0.68:.1f}"

    @property
    def svg_value_x(self) -> str:
        return f"{LABEL_WIDTH + self.width + 6:.1f}"

    @property
    def share_percent(self) -> str:
        return "" if self.share is None else f"{self.share * 100:.1f}%"


@dataclass
class BarChart:
    """A horizontal bar chart: one bar per category, its count written beside it."""

    title: str
    bars: list[Bar]
    total: int

    bar_height = BAR_HEIGHT
    label_x = LABEL_WIDTH - 8
    bar_x = LABEL_WIDTH

    @property
    def height(self) -> int:
        return CHART_PAD * 2 + len(self.bars) * (BAR_HEIGHT + BAR_GAP)

    @property
    def width(self) -> int:
        return LABEL_WIDTH + CHART_WIDTH + VALUE_WIDTH

    @property
    def description(self) -> str:
        """The chart in words (the SVG's <desc>): 「A 目標を上回る 3件、B 目標どおり 1件」."""
        return "、".join(f"{bar.label} {bar.value}件" for bar in self.bars) + f"（計{self.total}件）"

    @property
    def sentence(self) -> str:
        """The non-zero bars as a sentence for the summary: 「A 目標を上回るが2件、C 遅れているが2件です。」
        ("" when every bar is zero). Joined here: a template loop left 「…2件、です。」 when the
        last bar was zero."""
        parts = [f"{bar.label}が{bar.value}件" for bar in self.bars if bar.value]
        return "、".join(parts) + "です。" if parts else ""


def bar_chart(title: str, items: list[tuple[str, int, str]]) -> BarChart:
    """Bars for ``items`` = (label, count, css class), scaled to the largest count."""
    top = max((n for _, n, _ in items), default=0) or 1
    total = sum(n for _, n, _ in items)
    bars = [
        Bar(
            label,
            n,
            CHART_PAD + k * (BAR_HEIGHT + BAR_GAP),
            CHART_WIDTH * n / top,
            css,
            n / total if total else None,
        )
        for k, (label, n, css) in enumerate(items)
    ]
    return BarChart(title, bars, total)


@dataclass
class SectionGroup:
    """A top-level section of the plan with its initiatives' rows (one page break each in print)."""

    title: str
    level: str
    rows: list[ReportRow] = field(default_factory=list)
    section: Section | None = None
    #: The sections of the rows' paths that the plan prints notes for (a 施策's 成果指標,
    #: ``Section.notes``), the group's own first: shown under its heading.
    noted: list[Section] = field(default_factory=list)


@dataclass
class CommitteeReport:
    table: RoundTable
    grade_chart: BarChart
    status_chart: BarChart
    grade_columns: list[tuple[str, str]]  # (code, label)
    section_grades: list[tuple[str, list[int], int]]  # section, counts per grade column, total
    groups: list[SectionGroup]
    legend: str
    submission: list[tuple[str, int]] = field(default_factory=list)  # 提出 / 差戻し / 未提出, or 公表 / 未公表
    rule: str = ""  # how a grade is reached, for citizens (evaluation.rule_text)

    @property
    def results(self) -> list[ReportRow]:
        """The rows that count as results (submitted or approved reports)."""
        return [r for r in self.table.rows if r.submitted]

    @property
    def submission_text(self) -> str:
        return "／".join(f"{label} {n}件" for label, n in self.submission)

    @property
    def submission_label(self) -> str:
        """「提出状況」, or 「公表状況」 for a reader who sees the published reports only (``submission_counts``)."""
        return "公表状況" if self.table.withheld_count else "提出状況"

    @property
    def shown_count(self) -> int:
        """The initiatives whose report the reader sees (all of them, but for the public)."""
        return len(self.table.rows) - self.table.withheld_count

    @property
    def count_text(self) -> str:
        """「9件」, or for the public of a partly published round 「公表した取組 8件（計画の取組 9件のうち）」."""
        if not self.table.withheld_count:
            return f"{len(self.table.rows)}件"
        return f"公表した取組 {self.shown_count}件（計画の取組 {len(self.table.rows)}件のうち）"

    @property
    def rows(self) -> list[ReportRow]:
        return self.table.rows

    @property
    def published_note(self) -> str:
        """What the 公表評価 is beside the grade computed here, where the plan file prints grades: the city's B and the
        app's 算定 C were shown side by side without a word (walked)."""
        return self.table.published_note

    @property
    def evaluated_share(self) -> float | None:
        """Share of initiatives at or above the scale's 'on target' grade (B in the default scale)."""
        good = {g.code for g in self.table.scale.grades[:-1]} if len(self.table.scale.grades) > 1 else set()
        results = self.results
        n = len(results)
        return sum(1 for r in results if r.final_grade in good) / n if n else None


def committee_report(table: RoundTable) -> CommitteeReport:
    from .workbooks import scale_legend

    grades = Counter(row.final_grade for row in table.rows if row.submitted)
    columns = [(code, table.scale.label(code) or code) for code in table.grade_codes]
    if grades[""]:
        columns.append(("", NO_GRADE))
    grade_items = [
        (grade_heading(code, label), grades[code], table.scale.css_class(code)) for code, label in columns
    ]
    statuses = Counter(row.report.status for row in table.rows if row.submitted)
    status_items = [
        (label, statuses[value], "status") for value, label in table.status_choices if statuses[value]
    ]
    section_grades = []
    for label, _, counts, n in summary_counts(table):
        section_grades.append((label, [counts[code] for code, _ in columns], n))
    groups: dict[Any, SectionGroup] = {}
    has_notes: dict[int, bool] = {}
    for row in table.rows:
        top = row.top_section
        key = top.pk if top else None
        if key not in groups:
            # with the plan's own number (「基本目標 3 持続可能な…」): the report numbers its chapters, and 「2」 alone
            # before the plan's 基本目標３ had read as its number (walked)
            groups[key] = SectionGroup(str(top) if top else NO_SECTION, top.level if top else "", section=top)
        group = groups[key]
        group.rows.append(row)
        for section in row.sections:
            if section.pk not in has_notes:
                has_notes[section.pk] = bool(section.notes)
                if has_notes[section.pk]:
                    group.noted.append(section)
    return CommitteeReport(
        table=table,
        grade_chart=bar_chart("評価の分布（提出済・承認済の報告）", grade_items),
        status_chart=bar_chart("進捗状況の分布", status_items),
        grade_columns=columns,
        section_grades=section_grades,
        groups=list(groups.values()),
        legend=scale_legend(table.scale),
        submission=submission_counts(table.rows),
        rule=rule_text(table.scale),
    )
