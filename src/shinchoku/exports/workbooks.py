"""Workbooks for the plan office: the 進捗管理表 of a round and the 全体工程表 of a plan.

Pure functions: they take model objects that the caller loaded (``progress.services.
reports_for_evaluation`` for a round, already filtered to what the user may see) and return an
openpyxl ``Workbook`` (``*_bytes`` for the file). Nothing here queries per initiative, so a plan
of 600 initiatives costs the same number of queries as one of 6.

The 進捗管理表 follows the wide table municipal staff already keep (新発田市's layout: NO, 区分,
施策分野, 具体的な取組, 取組方針, KPI, スケジュール, 実績値 per year): one row per initiative, and
one more row for each further indicator of the same initiative, so that every number stays a
number in its own cell and the auto filter keeps working on every column (the initiative's short
columns are repeated on those rows; its long texts and its grades — the 取組's, not the indicator's — are
written once). A closed round is shown as it was frozen (``Report.evaluation``); it is never evaluated again.
"""

from __future__ import annotations

import io
import math
from collections import Counter
from collections.abc import Iterable
from copy import copy
from dataclasses import dataclass, field
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import column_index_from_string, get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from shinchoku.core.dates import local_date, wareki_date
from shinchoku.core.formulas import text_cells
from shinchoku.core.numbers import cell_value, value_or_text, written
from shinchoku.importers import own_files
from shinchoku.importers.text import wareki
from shinchoku.plans import queries
from shinchoku.plans.actuals import grade_meaning, legend_pairs, written_legend
from shinchoku.plans.models import Initiative, Plan, Section, ValueKind, indicator_label
from shinchoku.plans.texts import COMPUTED_GRADE, FILE_GRADE, GRADES_APART
from shinchoku.progress import evaluation as rules
from shinchoku.progress import figures
from shinchoku.progress.models import Report, Round, Status

XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
NO_SECTION = "（体系外）"
NO_STATUS = "未記入"
NO_GRADE = "（未評価）"
#: A report of the round the reader may not see (the public, before it is published): its row stays, without figures.
UNPUBLISHED = "未公表"

# --- the data of a round, shared with the committee report ----------------------------------------


@dataclass
class YearValue:
    """Target and actual of one indicator in one fiscal year: the number and the text both, a cell showing them by
    ``numbers.cell_value`` (a target's 「約4,000人」, an actual's 「72件（速報値）」)."""

    target: float | None = None
    target_text: str = ""
    actual: float | None = None
    actual_text: str = ""
    interpolated: bool = False


@dataclass
class IndicatorLine:
    indicator_id: int | None
    name: str
    unit: str
    baseline: float | None
    baseline_text: str
    baseline_fy: int | None
    years: dict[int, YearValue]
    rate: float | None  # achievement in the round's year
    target: float | None  # the round year's target as evaluated (maybe interpolated)
    target_text: str  # … as the plan words it (with no number, or beside the year's own: 「約4,000人」)
    actual: float | None
    actual_text: str
    interpolated: bool
    recorded: bool
    note: str = ""  # the department's 備考 on the actual (「令和8年3月末時点」)
    #: the year's actual by the one rule (``progress.figures.shown``): a result's, else the municipality's published
    #: figure — what the committee report prints; the 進捗管理表 (the plan office's working sheet) shows a draft's too
    shown: figures.Shown | None = None
    result: bool = True  # the report is a result (submitted or approved)
    #: 「補間」, 「累計・按分」, 「令和9年度（2027）の目標・期限前に達成」 beside the target (``figures.target_note``)
    target_note: str = ""
    #: the target is a later deadline's met ahead of it (the year's own target cell says so, not a bare 90)
    ahead: bool = False

    @property
    def source_label(self) -> str:
        """Where the 進捗管理表's actual is from: 「計画ファイル（公表値）」, 「担当課の報告」, a draft's 「担当課の報告（下書き）」."""
        if self.recorded and (self.actual is not None or self.actual_text):
            return str(figures.SOURCE_LABELS[figures.REPORT]) + ("" if self.result else "（下書き）")
        if self.shown is not None and (self.shown.source == figures.REMOVED or self.shown.removed_since):
            return self.shown.removed_label(self.unit)
        return self.shown.source_label if self.shown is not None else ""

    @property
    def published_grade(self) -> str:
        return self.shown.published_grade if self.shown is not None else ""

    @property
    def published_grade_shown(self) -> str:
        """The plan file's grade as the committee report's table and the 進捗管理表 print it (its legend is in their
        note): 「A」, marked where its figure was removed — 「A— 根拠の実績値 912人 を削除済み（理由：…）」."""
        return self.shown.published_grade_label(self.unit, words=False) if self.shown is not None else ""

    @property
    def report_actual(self) -> str:
        """The actual the committee report prints (``figures.shown``: never a draft's), by ``numbers.value_or_text``; a
        plan file's figure removed after the round froze it is said so in its place, with why (``Shown.removed_since``:
        「計画ファイルの実績値 21,345件 を削除済み（理由：…）」), its rate beside it the round's."""
        if self.shown is not None and self.shown.removed_since:
            return self.shown.removed_label(self.unit)
        return value_or_text(self.shown.value, self.shown.text, self.unit) if self.shown is not None else ""

    @property
    def report_rate(self) -> str:
        """The rate of the actual the committee report prints."""
        return rules.rate_percent(self.shown.rate) if self.shown is not None else ""

    @property
    def report_source(self) -> str:
        """「計画ファイル（公表値）」 beside a published figure the committee report prints; "" beside a department's."""
        if self.shown is not None and self.shown.source == figures.REMOVED:  # 「—（計画ファイルの実績値 912人 を削除済み）」
            return self.shown.removed_label(self.unit)
        if self.shown is not None and self.shown.removed_since:  # said in the actual's place (:attr:`report_actual`)
            return ""
        return self.shown.source_label if self.shown is not None and self.shown.source == figures.PLAN else ""

    @property
    def published_beside(self) -> str:
        """The municipality's published figure a department's result replaced (「912人」), printed beside it."""
        return self.shown.published_text(self.unit) if self.shown is not None and self.shown.replaces_published else ""

    @property
    def shown_target(self) -> str:
        """The round year's target by the same rule (``numbers.value_or_text``): 「約4,000人」, 「4,000人」, the plan's words
        where it gives no number."""
        return value_or_text(self.target, self.target_text, self.unit)

    @property
    def shown_actual(self) -> str:
        """The round year's actual as every output shows it (``numbers.value_or_text``): 「72件（速報値）」, 「72件」."""
        return value_or_text(self.actual, self.actual_text, self.unit)

    @property
    def rate_percent(self) -> str:
        """The rate as staff write it: 201.8%."""
        return rules.rate_percent(self.rate)


@dataclass
class ReportRow:
    report: Report
    initiative: Initiative
    sections: list[Section]  # root first
    departments: list[str]
    # what the round's evaluation gives the report: nothing for a withheld one
    indicators: list[IndicatorLine] = field(default_factory=list)
    computed_grade: str = ""
    computed_label: str = ""
    final_grade: str = ""
    final_label: str = ""
    schedule_year: list[str] = field(default_factory=list)
    schedule_later: list[tuple[str, str]] = field(default_factory=list)  # (令和6年度～令和8年度, what the plan schedules)
    basis: str = ""  # the rule that gave the computed grade (evaluation.judge_initiative)
    withheld: bool = False  # not published, for a reader who sees published reports only: 「未公表」

    @classmethod
    def of(cls, report: Report, sections: dict[int, Section], **judged: Any) -> ReportRow:
        """The row of ``report``: its initiative under its section path (``sections``: the plan's,
        by id) with its 担当課, and ``judged`` (the evaluation's fields, or ``withheld=True``)."""
        initiative = report.initiative
        return cls(
            report=report,
            initiative=initiative,
            sections=_path(sections, initiative.section_id),
            departments=[link.department.name for link in initiative.department_links.all()],
            **judged,
        )

    @property
    def basis_label(self) -> str:
        return rules.BASIS_LABELS.get(self.basis, "")

    @property
    def published_grades(self) -> bool:
        """Whether the plan file prints a grade for any of its indicators' year (a 公表評価 column)."""
        return any(line.published_grade for line in self.indicators)

    @property
    def any_published(self) -> bool:
        """Whether any of its indicators shows the municipality's published figure (「計画ファイル（公表値）」)."""
        return any(line.shown is not None and line.shown.source == figures.PLAN for line in self.indicators)

    @property
    def status_label(self) -> str:
        return self.report.get_status_display() if self.report.status and not self.withheld else ""

    @property
    def submitted(self) -> bool:
        """Whether the report is a result of the round (submitted or approved; evaluation.is_result)."""
        return not self.withheld and rules.is_result(self.report.state)

    @property
    def state_shown(self) -> str:
        """「提出済」「未提出」…, or 「未公表」 for a report the reader may not see (its state is not theirs to know)."""
        if self.withdrawn:
            return f"{UNPUBLISHED}（{self.withdrawn}）"
        return UNPUBLISHED if self.withheld else self.report.get_state_display()

    @property
    def withdrawn(self) -> str:
        """「公表を取り消しました」 for a withheld report whose publication was taken back (``results.withdrawn_text``;
        without the reason, which is the municipality's own), else "": not a row never published."""
        # (read here as ``services`` is in :func:`round_table`: the progress app loads after this module)
        from shinchoku.progress.results import withdrawn_text

        return withdrawn_text(self.report, reason=False) if self.withheld else ""

    @property
    def grade_shown(self) -> str:
        """The grade, or the submission state (「未提出」「差戻し」「未公表」) of a report that is not a result."""
        return self.final_grade if self.submitted else self.state_shown

    @property
    def computed_shown(self) -> str:
        return self.computed_grade if self.submitted else ""

    @property
    def section_label(self) -> str:
        return " ＞ ".join(s.title for s in self.sections) or NO_SECTION

    @property
    def top_section(self) -> Section | None:
        return self.sections[0] if self.sections else None


@dataclass
class RoundTable:
    round: Round
    plan: Plan
    scale: rules.Scale
    rows: list[ReportRow]
    years: list[int]
    levels: list[str]  # names of the section levels (区分, 施策分野, …)
    grade_codes: list[str] = field(default_factory=list)
    #: the plan file's legend (grade, meaning) its evaluations were made with: frozen with a closed round's, else the
    #: plan's (``services.Evaluation.grade_legend``)
    grade_legend: list[tuple[str, str]] = field(default_factory=list)

    @property
    def published_note(self) -> str:
        """What the 計画ファイルの評価 is beside the 算定評価, where the plan file prints grades, and what its grades mean
        (its legend, ``plans.actuals.written_legend``): 「…（計画ファイルの区分：A：目標より進んでいる、B：…）」, else "".

        The whole legend, not only the grades of the rows the reader sees (walked: the public's note had no D, its one
        D row 「未公表」); the words each grade was shown with first (a closed round's, frozen with it)."""
        shown = _graded(self.rows)
        if not shown:
            return ""
        pairs = [(s.published_grade, s.published_meaning) for s in shown]
        legend = written_legend(pairs + self.grade_legend)
        return GRADES_APART + (f"（計画ファイルの区分：{legend}）" if legend else "")

    @property
    def withheld_count(self) -> int:
        """Rows of reports the reader may not see (「未公表」); 0 for the plan office."""
        return sum(1 for row in self.rows if row.withheld)

    @property
    def status_choices(self) -> list[tuple[str, str]]:
        return [(value, str(label)) for value, label in Status.choices] + [("", NO_STATUS)]


YEARS_SHOWN = 5  # fiscal years of targets and actuals in the 進捗管理表 (the round's and before)

#: ``earlier[initiative id][fiscal year][indicator id]`` = an indicator entry of a frozen evaluation.
Earlier = dict[int, dict[int, dict[int, dict[str, Any]]]]


def round_table(
    round_: Round,
    reports: Iterable[Report],
    sections: Iterable[Section],
    scale: rules.Scale,
    *,
    earlier: Earlier | None = None,
    withheld: Iterable[Report] = (),
) -> RoundTable:
    """The round's rows from prefetched reports (``services.reports_for_evaluation``).

    ``sections`` are all sections of the plan (for the path of each initiative); ``earlier``
    carries what closed earlier rounds froze, so that their years show the actuals judged then.
    ``withheld`` are the reports the reader may not see: each keeps its initiative's row, marked
    「未公表」, with nothing of the report (no figures, grade, state or narrative).
    """
    from shinchoku.progress import services

    plan = round_.plan
    by_pk = {s.pk: s for s in sections}
    earlier = earlier or {}
    rows: list[ReportRow] = []
    legends: list[list[tuple[str, str]]] = []
    for report in reports:
        initiative = report.initiative
        frozen = services.shown_evaluation(report, scale)
        if frozen.get("grade_legend"):
            legends.append([(str(g), str(m)) for g, m in frozen["grade_legend"]])
        current = {i.pk: i for i in initiative.indicators.all()}
        entries = frozen.get("indicators") or []
        result = rules.is_result(report.state)
        lines = [
            _line(current.get(e.get("indicator")), e, earlier.get(initiative.pk, {}), round_.fy, result=result)
            for e in entries
        ]
        computed = frozen.get("computed_grade", "")
        computed_label = frozen.get("computed_label", "") or scale.label(computed)
        final = report.review_grade or computed
        final_label = scale.label(final) or (computed_label if final == computed else final)
        year_labels: list[str] = []
        later: dict[str, list[int]] = {}  # label -> the later years it is scheduled in
        for entry in initiative.schedule.all():
            label = entry.label or "●"
            if entry.fy == round_.fy:
                if label not in year_labels:
                    year_labels.append(label)
            elif entry.fy > round_.fy and entry.fy not in later.setdefault(label, []):
                later[label].append(entry.fy)
        rows.append(
            ReportRow.of(
                report,
                by_pk,
                indicators=lines,
                computed_grade=computed,
                computed_label=computed_label,
                final_grade=final,
                final_label=final_label,
                schedule_year=year_labels,
                schedule_later=[(year_span(years), label) for label, years in later.items()],
                basis=frozen.get("basis", ""),
            )
        )
    rows += [ReportRow.of(report, by_pk, withheld=True) for report in withheld]
    rows.sort(key=lambda r: r.initiative.position)
    # the years up to the round's: the plan period's start or the first value, at most five years
    seen = {fy for row in rows for line in row.indicators for fy in line.years} | {round_.fy}
    if plan.start_fy:
        seen.add(plan.start_fy)
    first = max(min(y for y in seen if y <= round_.fy), round_.fy - YEARS_SHOWN + 1)
    years = list(range(first, round_.fy + 1))
    codes = list(scale.codes)
    for code in sorted(set(scale.lifecycle.values())):
        if code not in codes:
            codes.append(code)
    for row in rows:
        for code in (row.final_grade, row.computed_grade):
            if code and code not in codes:
                codes.append(code)
    return RoundTable(round_, plan, scale, rows, years, _levels(by_pk, rows), codes, _legend(legends, rows, plan))


def _graded(rows: list[ReportRow]) -> list[figures.Shown]:
    """The rows' indicator figures the plan file gives a grade with: what the legend is read from, both for the note
    (:attr:`RoundTable.published_note`) and for the round's legend (:func:`_legend`)."""
    return [line.shown for row in rows for line in row.indicators if line.shown and line.published_grade]


def _legend(frozen: list[list[tuple[str, str]]], rows: list[ReportRow], plan: Plan) -> list[tuple[str, str]]:
    """The plan file's legend the round's evaluations were made with: the one they froze, else (a round closed before
    the legend was frozen with it) the plan's where its words are those every row's grade was shown with."""
    if frozen:
        return frozen[0]
    shown = _graded(rows)
    if all(grade_meaning(plan.extra, s.published_grade) == s.published_meaning for s in shown):
        return legend_pairs(plan.extra)
    return []


def year_span(years: list[int]) -> str:
    """[2024, 2025, 2026, 2028] -> "令和6年度～令和8年度、令和10年度"."""
    runs: list[list[int]] = []
    for year in sorted(years):
        if runs and year == runs[-1][-1] + 1:
            runs[-1].append(year)
        else:
            runs.append([year])
    return "、".join(wareki(r[0]) if len(r) == 1 else f"{wareki(r[0])}～{wareki(r[-1])}" for r in runs)


def _path(by_pk: dict[int, Section], section_id: int | None) -> list[Section]:
    path: list[Section] = []
    while section_id and section_id in by_pk and len(path) < 20:
        path.append(by_pk[section_id])
        section_id = by_pk[section_id].parent_id
    return path[::-1]


def _levels(by_pk: dict[int, Section], rows: list[ReportRow]) -> list[str]:
    depth = max((len(r.sections) for r in rows), default=0)
    names = []
    for n in range(depth):
        counts = Counter(r.sections[n].level for r in rows if len(r.sections) > n and r.sections[n].level)
        names.append(
            counts.most_common(1)[0][0] if counts else ("施策体系" if depth == 1 else f"施策体系{n + 1}")
        )
    return names


def _line(
    indicator: Any, entry: dict[str, Any], earlier: dict[int, dict[int, dict]], fy: int, *, result: bool = True
) -> IndicatorLine:
    """One indicator: the plan's values per year, earlier rounds' frozen ones, and this round's."""
    years: dict[int, YearValue] = {}
    baseline, baseline_text, baseline_fy = None, "", None
    if indicator is not None:
        for v in indicator.values.all():
            if v.fy is None:
                continue
            cell = years.setdefault(v.fy, YearValue())
            if v.kind == ValueKind.TARGET and cell.target is None and not cell.target_text:
                cell.target, cell.target_text = v.value, v.text  # both, as the actual's
            elif v.kind == ValueKind.ACTUAL and cell.actual is None and not cell.actual_text:
                cell.actual, cell.actual_text = v.value, v.text  # both: the cell shows them by the one rule
        if indicator.has_final_target and indicator.final_target_fy:
            cell = years.setdefault(indicator.final_target_fy, YearValue())
            if cell.target is None and not cell.target_text:
                cell.target, cell.target_text = indicator.final_target_value, indicator.final_target_text
        if indicator.has_baseline:
            # the number and the plan's words both (「約3,500人」), shown by ``numbers.cell_value`` as a target is
            baseline, baseline_text, baseline_fy = (
                indicator.baseline_value, indicator.baseline_text, indicator.baseline_fy
            )
    key = entry.get("indicator")
    for year, frozen in earlier.items():
        if year < fy and key in frozen:
            _apply(years.setdefault(year, YearValue()), frozen[key])
    if entry:
        _apply(years.setdefault(fy, YearValue()), entry)
        if entry.get("basis") == "ahead" and entry.get("target") is not None and years[fy].target is None:
            # the later target in the year's cell as text, named: a reader redoing the rate sees what it was against
            unit = entry.get("unit") or (indicator.unit if indicator is not None else "")
            years[fy].target_text = figures.noted_target(entry["target"], figures.target_note(entry), unit)
    return IndicatorLine(
        indicator_id=key,
        name=indicator_label(
            entry.get("name") or (indicator.name if indicator is not None else ""),
            entry.get("kind") or (indicator.kind if indicator is not None else None),
        ),
        unit=entry.get("unit") or (indicator.unit if indicator is not None else ""),
        baseline=baseline,
        baseline_text=baseline_text,
        baseline_fy=baseline_fy,
        years=years,
        rate=entry.get("rate"),
        target=entry.get("target"),
        target_text=entry.get("target_text") or "",
        actual=entry.get("actual"),
        actual_text=entry.get("actual_text") or "",
        interpolated=bool(entry.get("interpolated")),
        recorded=bool(entry.get("recorded")),
        note=entry.get("note") or "",
        shown=figures.shown(entry, result=result),
        result=result,
        target_note=figures.target_note(entry),
        ahead=entry.get("basis") == "ahead",
    )


def _apply(cell: YearValue, entry: dict[str, Any]) -> None:
    """Overlay an evaluation entry (what the round judged on) on the plan's printed values — not a later deadline's
    target met ahead of it (「ahead」), which is no target of the year (walked: 令和9年度's 90 under 令和7年度's 目標値)."""
    if entry.get("target") is not None and entry.get("basis") != "ahead":
        # with the plan's words for it where the evaluation gives them (``evaluation.target_words``: 「約4,000人」; an
        # interpolated target has none), shown by ``numbers.cell_value`` as the pages show them (the text was dropped)
        cell.target, cell.target_text, cell.interpolated = (
            entry["target"],
            entry.get("target_text") or "",
            bool(entry.get("interpolated")),
        )
    if entry.get("actual") is not None or entry.get("actual_text"):
        # the number and the department's text both, shown by ``numbers.cell_value`` (the text alone was dropped: the
        # workbook read 72 where the report page and the committee report read 「72件（速報値）」)
        cell.actual, cell.actual_text = entry.get("actual"), entry.get("actual_text") or ""


def scale_legend(scale: rules.Scale) -> str:
    """「A 目標を上回る（達成率110%以上）／B …」: the grade scale in one line for the 凡例 row."""
    parts = []
    previous: float | None = None
    for grade in scale.grades:
        if grade.min_rate is not None:
            rule = f"達成率{_pct(grade.min_rate)}以上"
        elif previous is not None:
            rule = f"達成率{_pct(previous)}未満"
        else:
            rule = "上記以外"
        parts.append(f"{grade.code} {grade.label}（{rule}）")
        if grade.min_rate is not None:
            previous = grade.min_rate
    parts.append(f"{scale.not_evaluable.code} {scale.not_evaluable.label}（達成率を算定できない）")
    text = "／".join(parts)
    if scale.lifecycle:
        labels = dict(Status.choices)
        life = "、".join(f"{labels.get(status, status)}→{code}" for status, code in scale.lifecycle.items())
        text += f"。進捗状況による評価：{life}"
    return text


def grade_heading(code: str, label: str) -> str:
    """「A 目標を上回る」; a grade without its own label (a lifecycle grade 「完了」) is its code."""
    if not code:
        return label
    return code if not label or label == code else f"{code} {label}"


def _pct(rate: float) -> str:
    value = rate * 100
    return f"{value:.0f}%" if abs(value - round(value)) < 1e-9 else f"{value:g}%"


# --- styles ------------------------------------------------------------------------------------------

_THIN = Side(style="thin", color="808080")
BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
HEADER_FILL = PatternFill("solid", fgColor="DDE4EE")
YEAR_FILL = PatternFill("solid", fgColor="FFF2CC")
SECTION_FILL = PatternFill("solid", fgColor="EEF1F5")
ON_FILL = PatternFill("solid", fgColor="C9DDF2")
BODY = Font(size=10)
BOLD = Font(bold=True, size=10)
TITLE_FONT = Font(bold=True, size=14)
NOTE_FONT = Font(size=9, color="404040")
ITALIC = Font(italic=True, size=10)
MUTED = Font(color="595959", size=10)
WRAP = Alignment(wrap_text=True, vertical="top")
WRAP_RIGHT = Alignment(wrap_text=True, vertical="top", horizontal="right")
CENTER = Alignment(wrap_text=True, vertical="top", horizontal="center")
HEADER_ALIGN = Alignment(wrap_text=True, vertical="center", horizontal="center")
PERCENT = "0.0%"


def number_format(value: float) -> str:
    """'#,##0' for whole numbers, else as many decimals as the value has: at most 4 (an interpolated 11.666…), more
    for a small one to show its first figures (0.000001 read 「0.0」)."""
    if float(value).is_integer():
        return "#,##0"
    fraction = written(value, separators=False).partition(".")[2]
    first = len(fraction) - len(fraction.lstrip("0")) + 1  # where its first figure is
    decimals = min(len(fraction), max(4, first + 1))
    return "#,##0." + "0" * decimals


def _num(value: float | None) -> float | int | None:
    if value is None:
        return None
    return int(value) if float(value).is_integer() else value


#: Printable width of an A3 page in points (420 × 297 mm, 0.4 inch side margins).
A3_WIDTH_PT = {"landscape": 1133.0, "portrait": 784.0}
#: The smallest text a printed sheet may have (issue 10); notes are the smallest text of a sheet (9 pt).
MIN_PRINT_PT = 8.0


def _width_pt(ws: Worksheet) -> float:
    """The printed width of the used columns in points (a column of width w is w·7 + 5 pixels)."""
    widths = (ws.column_dimensions[get_column_letter(c)].width or 8.43 for c in range(1, ws.max_column + 1))
    return sum((w * 7 + 5) * 0.75 for w in widths)


def _print_setup(ws: Worksheet, title_rows: str, *, portrait: bool = False) -> None:
    """A3, one page wide when that keeps text at 8 pt or more; otherwise at 80% with the columns
    continued on the next pages (page by page across, then down) and the key columns — those the
    sheet freezes (番号, 施策, 取組) — repeated on every page, so a wide 進捗管理表 stays readable
    instead of shrinking to 4 pt."""
    orientation = "portrait" if portrait else "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A3
    ws.page_setup.orientation = orientation
    smallest_font = min(BODY.size, NOTE_FONT.size)
    smallest = smallest_font * A3_WIDTH_PT[orientation] / _width_pt(ws)
    if smallest >= MIN_PRINT_PT:
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
    else:
        ws.page_setup.scale = math.ceil(100 * MIN_PRINT_PT / smallest_font)
        ws.page_setup.pageOrder = "overThenDown"
        key_columns = ws.freeze_panes and column_index_from_string(ws.freeze_panes.rstrip("0123456789")) - 1
        if key_columns:
            ws.print_title_cols = f"A:{get_column_letter(key_columns)}"
    ws.print_title_rows = title_rows
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = ws.page_margins.bottom = 0.6
    ws.oddFooter.center.text = "&P / &N"
    ws.oddHeader.right.text = "&A"


class StyleCache:
    """Styles cells by copying a style made once per combination.

    Assigning openpyxl style objects hashes them on every assignment, which dominates the time of a
    large sheet; copying the style array of a cell styled the same way before is what openpyxl
    itself does when it copies cells.
    """

    def __init__(self, border: Border | None = BORDER) -> None:
        self.border = border
        self.made: dict[tuple, Any] = {}

    def apply(self, cell: Any, font: Font, alignment: Alignment, number_fmt: str, fill: Any = None) -> None:
        key = (id(font), id(alignment), number_fmt, id(fill))
        style = self.made.get(key)
        if style is not None:
            cell._style = copy(style)
            return
        cell.font, cell.alignment, cell.number_format = font, alignment, number_fmt
        if self.border is not None:
            cell.border = self.border
        if fill is not None:
            cell.fill = fill
        self.made[key] = copy(cell._style)


@dataclass
class Column:
    header: str
    width: float
    group: str = ""  # upper header (e.g. 令和5年度) spanning columns with the same group
    kind: str = "text"  # text | number | percent | center
    key: str = ""


def _header(ws: Worksheet, columns: list[Column], row: int) -> None:
    """Two header rows: groups (years) above their columns; other headers span both rows."""
    n = 0
    while n < len(columns):
        col = columns[n]
        letter = n + 1
        if col.group:
            end = n
            while end + 1 < len(columns) and columns[end + 1].group == col.group:
                end += 1
            ws.cell(row, letter, col.group)
            if end > n:
                ws.merge_cells(start_row=row, start_column=letter, end_row=row, end_column=end + 1)
            for k in range(n, end + 1):
                ws.cell(row + 1, k + 1, columns[k].header)
            n = end + 1
        else:
            ws.cell(row, letter, col.header)
            ws.merge_cells(start_row=row, start_column=letter, end_row=row + 1, end_column=letter)
            n += 1
    for r in (row, row + 1):
        for c in range(1, len(columns) + 1):
            cell = ws.cell(r, c)
            cell.font, cell.fill, cell.alignment, cell.border = BOLD, HEADER_FILL, HEADER_ALIGN, BORDER
    for n, col in enumerate(columns, start=1):
        ws.column_dimensions[get_column_letter(n)].width = col.width
    lines = max(lines_needed(c.header, c.width) for c in columns)
    ws.row_dimensions[row].height = LINE_HEIGHT + 4
    ws.row_dimensions[row + 1].height = max(1, lines - 1) * LINE_HEIGHT + 4


# --- 進捗管理表 -------------------------------------------------------------------------------------


def progress_workbook(table: RoundTable) -> Workbook:
    """The 進捗管理表 of a round (sheet 1) and its 集計 (sheet 2: status and grades per section)."""
    wb = Workbook()
    ws = wb.active
    ws.title = "進捗管理表"
    _progress_sheet(ws, table)
    _summary_sheet(wb.create_sheet("集計"), table)
    round_, plan = table.round, table.plan
    wb.properties.title = f"{plan.named()} 進捗管理表 {wareki(round_.fy)}"
    wb.properties.creator = own_files.CREATOR
    return wb


def progress_workbook_bytes(table: RoundTable) -> bytes:
    return workbook_bytes(progress_workbook(table))


def workbook_bytes(wb: Workbook) -> bytes:
    """The xlsx file; every text in it stays text, even one that looks like a formula (core/formulas.py)."""
    text_cells(wb)
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


#: The heading of an initiative's number, as the input sheet, the committee report and the pages call it (the field's
#: own name): the 進捗管理表 and the 全体工程表 headed it 「NO」 (walked).
NUMBER = str(Initiative._meta.get_field("code").verbose_name)


def progress_columns(table: RoundTable) -> list[Column]:
    fy = wareki(table.round.fy)
    numbers = numbered(r.initiative for r in table.rows)
    columns = [Column(NUMBER, 5, kind="center", key="no")] if numbers else []
    columns += [Column(level, 11, key=f"level{n}") for n, level in enumerate(table.levels)]
    columns += [
        Column("具体的な取組", 24, key="title"),
        Column("取組方針", 34, key="summary"),
        Column("担当課", 11, key="departments"),
    ]
    if any(row.initiative.texts.related_departments for row in table.rows):
        columns.append(Column("関係課", 11, key="related"))  # who works with the 担当課 (a card's 関係課)
    columns += [
        Column("KPI（指標）", 20, key="indicator"),
        Column("単位", 5, kind="center", key="unit"),
        Column("基準値", 8, kind="number", key="baseline"),
        Column("基準年度", 9, kind="center", key="baseline_fy"),
    ]
    for year in table.years:
        group = wareki(year) + ("（対象年度）" if year == table.round.fy else "")
        columns += [
            Column("目標値", 8.5, group, "number", key=f"target{year}"),
            Column("実績値", 8.5, group, "number", key=f"actual{year}"),
        ]
    if any(line.note for row in table.rows for line in row.indicators):
        # what the department wrote beside an actual (「令和8年3月末時点」), as the committee report prints it
        columns.append(Column("実績値の備考", 14, key="actual_note"))
    if any(line.shown and line.shown.published for row in table.rows for line in row.indicators):
        # a plan imported from the municipality's published progress report: whose the year's actual is
        columns.append(Column("実績値の出典", 14, key="actual_source"))
    published_grades = any(line.published_grade for row in table.rows for line in row.indicators)
    columns += [
        Column("最終目標値", 8.5, "最終目標", "number", key="final"),
        Column("目標年度", 9, "最終目標", "center", key="final_fy"),
        Column(f"達成率（{fy}）", 9, kind="percent", key="rate"),
        # the municipality's grade (its file's, per indicator) and shinchoku's (per 取組), named apart (the note says how)
        *([Column(FILE_GRADE, 10, "評価", "center", key="published_grade")] if published_grades else []),
        Column(COMPUTED_GRADE, 6, "評価", "center", key="computed"),
        # what it rests on (「指標の達成率による」「工程と自己評価による」), as the pages print it beside it
        Column("算定の根拠", 16, "評価", key="basis"),
        Column("自己評価", 6, "評価", "center", key="self"),
        Column("評価", 6, "評価", "center", key="grade"),
        Column("進捗状況", 7, kind="center", key="status"),
        Column("提出状況", 7, kind="center", key="state"),
        Column(f"スケジュール（{fy}）", 20, key="schedule"),
        Column("スケジュール（今後）", 24, key="later"),
        Column("取組実績", 28, key="achievements"),
        Column("成果", 22, key="results"),
        Column("課題", 22, key="issues"),
        Column("今後の方向性", 22, key="next_steps"),
        Column("評価を変更した理由", 16, key="review_reason"),
    ]
    return columns


HEADER_ROW = 4  # title, 凡例, 注記 above it
LINE_HEIGHT = 13.5  # points per wrapped line at the body's 10 pt
MAX_ROW_HEIGHT = 409  # Excel's limit


def numbered(initiatives: Iterable[Initiative]) -> bool:
    """Whether the plan numbers its initiatives: a NO column only then (an empty one reads as a fault)."""
    return any(initiative.code for initiative in initiatives)


def _code(initiative: Initiative) -> str | int:
    code = initiative.code or ""
    return int(code) if code.isascii() and code.isdigit() and len(code) < 10 else code


def text_width(text: str) -> int:
    """Display width in spreadsheet character units: 2 for CJK (3 UTF-8 bytes), 1 for ASCII."""
    return (len(text.encode("utf-8")) + len(text)) // 2


def lines_needed(value: Any, width: float) -> int:
    """How many wrapped lines ``value`` takes in a column ``width`` characters wide."""
    if not isinstance(value, str) or not value:
        return 1
    usable = max(int(width) - 1, 1)
    return sum(max(1, -(-text_width(part) // usable)) for part in value.split("\n"))


def _row_height(values: dict[int, Any], widths: list[float]) -> float:
    lines = max((lines_needed(v, widths[n]) for n, v in values.items() if isinstance(v, str)), default=1)
    return min(MAX_ROW_HEIGHT, max(1, lines) * LINE_HEIGHT + 3)


def _indicator_cells(line: IndicatorLine | None, indicator: Any, k: int, many: bool) -> dict[str, Any]:
    if line is None:
        return {}
    cells: dict[str, Any] = {
        "indicator": ("①②③④⑤⑥⑦⑧⑨⑩"[k] if many and k < 10 else "") + line.name,
        "unit": line.unit,
        "baseline": cell_value(line.baseline, line.baseline_text, line.unit),
        "baseline_fy": wareki(line.baseline_fy) if line.baseline_fy else None,
        "rate": line.rate,
        "actual_note": line.note,
        "actual_source": line.source_label,
        # the municipality's, per indicator (鳴海台市 grades each 目標), marked where its figure was removed
        "published_grade": line.published_grade_shown,
    }
    for year, value in line.years.items():
        cells[f"target{year}"] = cell_value(value.target, value.target_text, line.unit)
        cells[f"actual{year}"] = cell_value(value.actual, value.actual_text, line.unit)
        if value.interpolated:
            cells.setdefault("interpolated", set()).add(f"target{year}")
    final = indicator.final_target if indicator is not None else None  # the plan's, else its last year's target
    if final is not None:
        cells["final"] = cell_value(final.value, final.text, line.unit)
        cells["final_fy"] = wareki(final.fy) if final.fy else None
    return cells


def _progress_sheet(ws: Worksheet, table: RoundTable) -> None:
    round_, plan = table.round, table.plan
    columns = progress_columns(table)
    width = len(columns)
    widths = [c.width for c in columns]
    ws.cell(
        1, 1, f"{plan.named('　')}　進捗管理表（{wareki(round_.fy)}）"
    ).font = TITLE_FONT
    ws.cell(2, 1, "凡例（評価）：" + scale_legend(table.scale)).font = NOTE_FONT
    notes = [
        f"達成率・評価は{wareki(round_.fy)}の目標値に対する実績値で算定"
        + ("（締切時に確定した評価）" if not round_.is_open else "（受付中のため暫定）"),
        "目標値の斜体は前後の目標から補間した値",
        "指標が複数ある取組は指標ごとに行を分けています（取組の列は各行に繰り返し、取組の評価（算定評価・自己評価・評価）は"
        "その取組の最初の行だけ）",
        f"公表状況 {submission_text(table.rows)}（評価は公表した報告のみ）"
        if table.withheld_count
        else f"提出状況 {submission_text(table.rows)}（評価は提出済・承認済の報告のみ。未提出・差戻しの報告の進捗状況は「（下書き）」）",
    ]
    if table.withheld_count:
        notes.append(
            f"公表した取組 {len(table.rows) - table.withheld_count}件（計画の取組 {len(table.rows)}件のうち）。"
            f"未公表の取組 {table.withheld_count}件は行だけを示し、内容を載せていません"
        )
    if any(line.ahead for row in table.rows for line in row.indicators):
        # a later deadline's target met ahead of it: the year's 目標値 cell stays the plan's (none)
        notes.append(f"{wareki(round_.fy)}の目標値がなく後年度の目標を期限前に達成した指標は、その目標に対する達成率")
    if table.published_note:
        notes.append(table.published_note)
    if round_.is_published:
        notes.append(f"公表日 {wareki_date(local_date(round_.published_at))}")  # as the committee report
    ws.cell(3, 1, "注記：" + "。".join(notes) + "。").font = NOTE_FONT
    for r in (1, 2, 3):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=min(width, 16))
        ws.cell(r, 1).alignment = Alignment(wrap_text=True, vertical="top")
        ws.row_dimensions[r].height = 26 if r > 1 else 22
    _header(ws, columns, HEADER_ROW)
    first = HEADER_ROW + 2
    index = {c.key: n for n, c in enumerate(columns)}
    highlighted = {index.get(f"target{round_.fy}"), index.get(f"actual{round_.fy}")}
    formats = [c.kind for c in columns]
    n_short = index["title"] + 1  # NO, the section levels and the title repeat on every row

    styles = StyleCache(border=None)
    r = first
    for row in table.rows:
        init, report = row.initiative, row.report
        common: dict[str, Any] = {
            "no": _code(init),
            "title": init.title,
            "departments": "、".join(row.departments),
            "related": "、".join(init.texts.related_departments),
            # a draft's (or a returned report's) status is its department's working note, not a result: marked
            "status": row.status_label if row.submitted or not row.status_label else f"{row.status_label}（下書き）",
            "state": row.state_shown,
        }
        for n, section in enumerate(row.sections[: len(table.levels)]):
            common[f"level{n}"] = section.title
        first_only = {
            "summary": init.summary,
            "schedule": "\n".join(row.schedule_year),
            "later": "\n".join(f"{years}：{label}" for years, label in row.schedule_later),
            "achievements": report.achievements,
            "results": report.results,
            "issues": report.issues,
            "next_steps": report.next_steps,
            "review_reason": report.review_reason,
        }
        if row.withheld:  # the plan's text only: nothing the department reported
            first_only = {"summary": init.summary}
        # the 取組's grades once, on its first row: repeated on each indicator's row beside that indicator's
        # 計画ファイルの評価, the 取組's 算定評価 read as the indicator's own (walked: 指標 7's city B beside 「C」)
        first_only |= {
            "computed": row.computed_shown,
            "basis": row.basis_label if row.computed_shown else "",
            "self": "" if row.withheld else report.self_grade,
            "grade": row.grade_shown,
        }
        current = {i.pk: i for i in init.indicators.all()}
        lines: list[IndicatorLine | None] = list(row.indicators) or [None]
        for k, line in enumerate(lines):
            cells = dict(common)
            if k == 0:
                cells.update(first_only)
            indicator = current.get(line.indicator_id) if line is not None else None
            cells.update(_indicator_cells(line, indicator, k, len(lines) > 1))
            values = {index[key]: v for key, v in cells.items() if key in index and v not in (None, "")}
            interpolated = cells.get("interpolated", ())
            for n, value in values.items():  # empty cells are not written: printed grid lines frame them
                cell = ws.cell(r, n + 1, value)
                kind = formats[n]
                number_fmt = "General"
                if isinstance(value, (int, float)):
                    if kind == "percent":
                        number_fmt = PERCENT
                    elif kind == "number":
                        number_fmt = number_format(value)
                    alignment = CENTER if kind == "center" else WRAP_RIGHT
                else:
                    alignment = CENTER if kind == "center" else WRAP
                if k and n < n_short:
                    font = MUTED
                elif columns[n].key in interpolated:
                    font = ITALIC
                else:
                    font = BODY
                styles.apply(cell, font, alignment, number_fmt, YEAR_FILL if n in highlighted else None)
            ws.row_dimensions[r].height = _row_height(values, widths)
            r += 1
    last_row = max(r - 1, first)
    last_col = get_column_letter(width)
    ws.freeze_panes = ws.cell(first, n_short + 1)  # headers and NO … 具体的な取組 stay in view
    ws.auto_filter.ref = f"A{HEADER_ROW + 1}:{last_col}{last_row}"
    _print_setup(ws, f"{HEADER_ROW}:{HEADER_ROW + 1}")
    # Rule lines of the table: the sheet's grid, printed, rather than a border on every cell
    # (half of the cells are empty; styling them doubled the time to build a big plan's sheet).
    ws.print_options.gridLines = True
    ws.print_area = f"A1:{last_col}{last_row}"


def summary_counts(table: RoundTable) -> list[tuple[str, Counter, Counter, int]]:
    """(section label, statuses, grades, number of initiatives) per section, in plan order.

    Statuses and grades count results only (submitted or approved reports), as the committee report does: a
    draft is 「未提出」, neither a status nor a grade (the 集計 sheet counted a draft's 「検討中」; found walking a
    round), and a 「未公表」 row an initiative whose status the reader does not know.
    """
    groups: dict[str, tuple[Counter, Counter, list[int]]] = {}
    for row in table.rows:
        statuses, grades, n = groups.setdefault(row.section_label, (Counter(), Counter(), [0]))
        if row.submitted:
            statuses[row.report.status or ""] += 1
            grades[row.final_grade or ""] += 1
        n[0] += 1
    return [(label, s, g, n[0]) for label, (s, g, n) in groups.items()]


#: Submission columns of the summaries: (label, report states counted).
SUBMISSION = (("提出", ("submitted", "approved")), ("差戻し", ("returned",)), (rules.NOT_SUBMITTED, ("draft",)))


#: The columns of the summaries for a reader who sees the published reports only.
PUBLICATION = ("公表", UNPUBLISHED)


def submission_counts(rows: Iterable[ReportRow], *, unpublished: bool | None = None) -> list[tuple[str, int]]:
    """「提出 7件／差戻し 0件／未提出 74件」 as (label, count) pairs; for a reader who may not see every report
    (``unpublished``: always / never; None: when any is withheld) 「公表 11件／未公表 70件」 — the states of the
    reports withheld are not theirs to know, and 「未提出 0件」 beside them was false (walked: a round closed with 70
    reports never submitted was published as 「提出 11件／差戻し 0件／未提出 0件／未公表 70件」)."""
    rows = list(rows)
    withheld = sum(1 for row in rows if row.withheld)
    if unpublished or (unpublished is None and withheld):
        return [(PUBLICATION[0], len(rows) - withheld), (PUBLICATION[1], withheld)]
    states = Counter(row.report.state for row in rows)
    return [(label, sum(states[s] for s in members)) for label, members in SUBMISSION]


def submission_text(rows: Iterable[ReportRow]) -> str:
    return "／".join(f"{label} {n}件" for label, n in submission_counts(rows))


def _summary_sheet(ws: Worksheet, table: RoundTable) -> None:
    round_, plan = table.round, table.plan
    statuses = table.status_choices
    grades = [(code, table.scale.label(code) or code) for code in table.grade_codes]
    groups = summary_counts(table)
    if any(g[""] for _, _, g, _ in groups):
        grades.append(("", NO_GRADE))
    columns = [Column("施策体系", 40), Column("取組数", 9, kind="number")]
    unpublished = bool(table.withheld_count)
    if unpublished:
        columns += [Column(label, 9, "公表状況（取組数）", "number") for label in PUBLICATION]
    else:
        columns += [Column(label, 9, "提出状況（取組数）", "number") for label, _ in SUBMISSION]
    columns += [Column(label, 9, "進捗状況（取組数）", "number") for _, label in statuses]
    columns += [Column(grade_heading(code, label), 11, "評価（取組数）", "number") for code, label in grades]
    ws.cell(1, 1, f"{plan.named('　')}　{wareki(round_.fy)} 集計").font = TITLE_FONT
    ws.cell(2, 1, "凡例（評価）：" + scale_legend(table.scale)).font = NOTE_FONT
    ws.cell(
        3, 1, "注記：進捗状況・評価は提出済・承認済の報告だけを数えています（未提出・差戻しの報告は含めません）。"
        "計画担当の評価があればそれを、なければ算定した評価を数えています。"
        + ("公表していない報告は取組数と「未公表」にだけ数えています（進捗状況・評価には含めません）。" if unpublished else ""),
    ).font = NOTE_FONT
    _header(ws, columns, HEADER_ROW)
    r = HEADER_ROW + 2
    totals = [0] * (len(columns) - 1)
    by_section: dict[str, list[ReportRow]] = {}
    for row in table.rows:
        by_section.setdefault(row.section_label, []).append(row)
    for label, status_counts, grade_counts, n in groups:
        counts = [n] + [c for _, c in submission_counts(by_section[label], unpublished=unpublished)]
        counts += [status_counts[v] for v, _ in statuses] + [grade_counts[c] for c, _ in grades]
        _summary_row(ws, r, label, counts)
        totals = [a + b for a, b in zip(totals, counts, strict=True)]
        r += 1
    _summary_row(ws, r, "合計", totals, bold=True)
    ws.freeze_panes = ws.cell(HEADER_ROW + 2, 2)
    _print_setup(ws, f"{HEADER_ROW}:{HEADER_ROW + 1}")


def _summary_row(ws: Worksheet, r: int, label: str, counts: list[int], *, bold: bool = False) -> None:
    cell = ws.cell(r, 1, label)
    cell.border, cell.alignment = BORDER, WRAP
    if bold:
        cell.font = BOLD
    for n, value in enumerate(counts, start=2):
        cell = ws.cell(r, n, value)
        cell.border, cell.number_format, cell.alignment = BORDER, "#,##0", WRAP_RIGHT
        if bold:
            cell.font = BOLD


# --- 全体工程表 -------------------------------------------------------------------------------------


def roadmap_workbook(
    plan: Plan,
    initiatives: list[Initiative],
    sections: list[Section],
    statuses: tuple[int | None, dict[int, tuple[str, str]]] = (None, {}),
) -> Workbook:
    """Initiatives × fiscal years (halves where the plan splits them), grouped by section.

    ``initiatives``: ``plans.queries.active_initiatives(plan)`` with ``schedule`` prefetched;
    ``sections``: all sections of the plan; ``statuses``: the latest published year's 進捗状況 and
    評価 of each initiative (``progress.results.latest_statuses``), the 「R7の状況」 column the web
    page has (the workbook had none).
    """
    status_fy, status_of = statuses
    columns = queries.roadmap_columns(plan, initiatives)
    tree = queries.section_tree(sections, initiatives)
    wb = Workbook()
    ws = wb.active
    ws.title = "全体工程表"
    wb.properties.title = f"{plan.named()} 全体工程表"
    wb.properties.creator = own_files.CREATOR
    halves = any(h for _, h in columns)
    numbers = numbered(initiatives)
    cols = [Column(NUMBER, 7, kind="center")] if numbers else []
    cols += [Column("取組", 40), Column("担当課", 16)]
    related = any(i.texts.related_departments for i in initiatives)
    if related:  # who works with the 担当課, as the 進捗管理表 and the committee report show it
        cols.append(Column("関係課", 16))
    if status_fy is not None:
        cols.append(Column(f"{wareki(status_fy)}の状況", 14))
    first_year = len(cols) + 1  # the column of the first period
    for fy, half in columns:
        if halves:
            cols.append(Column({1: "前期", 2: "後期"}.get(half or 0, ""), 14, wareki(fy)))
        else:
            cols.append(Column(wareki(fy), 20))
    width = len(cols)
    ws.cell(1, 1, f"{plan.named('　')}　全体工程表").font = TITLE_FONT
    ws.cell(
        2, 1, "凡例：色付きのセルは工程のある年度（文言は計画の記載）。施策体系ごとにまとめています。"
    ).font = NOTE_FONT
    _header(ws, cols, HEADER_ROW)
    r = HEADER_ROW + 2

    def emit(nodes: list[queries.SectionNode], depth: int) -> None:
        nonlocal r
        for node in nodes:
            if node.section is not None:
                section = node.section
                label = f"【{section.level}】" if section.level else ""
                label += f"{section.code} {section.title}".strip()
                cell = ws.cell(r, 2 if numbers else 1, label)
                cell.font, cell.alignment = BOLD, Alignment(indent=depth, wrap_text=True, vertical="top")
                for c in range(1, width + 1):
                    ws.cell(r, c).fill = SECTION_FILL
                    ws.cell(r, c).border = BORDER
                r += 1
            for initiative in node.initiatives:
                values: list[Any] = [_code(initiative) or None] if numbers else []
                values += [
                    initiative.title,
                    "、".join(link.department.name for link in initiative.department_links.all()) or None,
                ]
                if related:
                    values.append("、".join(initiative.texts.related_departments) or None)
                if status_fy is not None:
                    status, grade = status_of.get(initiative.pk, ("", ""))
                    shown = (status or "未記入") if initiative.pk in status_of else "—"
                    values.append(f"{shown}\n評価 {grade}" if grade else shown)
                cells = queries.roadmap_cells(initiative, columns)
                values += ["\n".join(labels) or None for labels in cells]
                for c, value in enumerate(values, start=1):
                    cell = ws.cell(r, c, value)
                    cell.border = BORDER
                    cell.alignment = CENTER if c == 1 and numbers else WRAP
                    if c >= first_year and value:
                        cell.fill = ON_FILL
                # adjacent periods with the same text become one cell, like a bar on a printed 工程表
                column = first_year
                for _labels, span in queries.roadmap_segments(cells):
                    if span > 1:
                        ws.merge_cells(start_row=r, start_column=column, end_row=r, end_column=column + span - 1)
                    column += span
                for c in range(1, width + 1):
                    ws.cell(r, c).font = BODY
                ws.row_dimensions[r].height = _row_height(
                    {n: v for n, v in enumerate(values) if v}, [c.width for c in cols]
                )
                ws.row_dimensions[r].outlineLevel = min(depth + 1, 7) if node.section is not None else 0
                r += 1
            emit(node.children, depth + 1)

    emit(tree, 0)
    last_row = max(r - 1, HEADER_ROW + 2)
    ws.freeze_panes = ws.cell(HEADER_ROW + 2, 3 if numbers else 2)  # NO and 取組 stay in view
    ws.auto_filter.ref = f"A{HEADER_ROW + 1}:{get_column_letter(width)}{last_row}"
    _print_setup(ws, f"{HEADER_ROW}:{HEADER_ROW + 1}")
    return wb


def roadmap_workbook_bytes(
    plan: Plan,
    initiatives: list[Initiative],
    sections: list[Section],
    statuses: tuple[int | None, dict[int, tuple[str, str]]] = (None, {}),
) -> bytes:
    return workbook_bytes(roadmap_workbook(plan, initiatives, sections, statuses))
