"""The view-models of the review pages: what the round's page and a report's page show.

The views (``progress.views``) check permissions, run the workflow (``services``) and render; what a
page shows — rows, counts, grades with their labels, which controls a user gets — is built here,
from the services' results and ``accounts.permissions.can``, so that the rules stay in one place and
the views stay thin.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from django.utils import timezone
from django.utils.translation import gettext as _

from shinchoku.accounts.models import Role
from shinchoku.accounts.permissions import can, membership
from shinchoku.core.dates import deadline_label
from shinchoku.core.numbers import says_more, value_or_text
from shinchoku.plans.models import indicator_label

from . import evaluation, figures, results, services
from .evaluation import BASIS_LABELS, Scale, is_result
from .forms import ExtendForm, GradeOverrideForm, ReasonForm, ReportForm, ReviewForm
from .models import Report, Round, Status


def _two_places(value: float | None) -> float | None:
    """11.666… -> 11.67 (interpolated targets are not whole numbers), 0.000001 kept (not 「0」)."""
    if value is None:
        return None
    shown = round(value, 2)
    return shown if shown or not value else value


_percent = evaluation.rate_percent


def _saved_actuals(indicators: list[Any], recorded: Mapping[int, Any]) -> list[tuple[str, str, str]]:
    """(indicator, its actual as saved, 備考) for the 409 page's 「他の人が保存した最新の内容」: the
    other person's numbers, beside the texts, so the two inputs can be compared (the box showed the
    texts only; found walking a round)."""
    saved = []
    for indicator in indicators:
        actual = recorded.get(indicator.pk)
        # the rule of every output (``numbers.value_or_text``): 「72件（速報値）」 where it was saved with that text
        # (the page showed 「72件」 alone)
        shown = value_or_text(actual.value, actual.text, indicator.unit) if actual is not None else ""
        saved.append((indicator.label, shown, actual.note if actual is not None else ""))
    return saved


def _grade(scale: Scale, code: str) -> dict[str, str]:
    return {"code": code, "label": scale.label(code) if code else ""}


def _computed(report: Report, result: services.Evaluation | None) -> str:
    if result is not None:
        return result.grade.code
    return report.evaluation.get("computed_grade", "")


def round_page(user: Any, round_: Round, query: Mapping[str, str]) -> dict[str, Any]:
    """The round's page: every report the user may see with its grades, filtered by ``query``
    (department, state, mine, disagree), the counts per department, state and grade, and for the
    plan office the controls of the round."""
    board = services.dashboard(round_)
    scale = services.scale_for(round_.plan.municipality)
    # the review's internals — self- vs computed-grade mismatches, each department's submissions — are
    # the plan office's: the public (and the departments) see the published evaluation and figures
    manage = can(user, "manage_round", round_)
    rows = []
    for report, result in board.rows:
        if not can(user, "view_report", report):
            continue
        computed = _computed(report, result)
        departments = [link.department.name for link in report.initiative.department_links.all()]
        rows.append({
            "report": report,
            "departments": departments,
            "computed": _grade(scale, computed),
            "self": _grade(scale, report.self_grade),
            "review": _grade(scale, report.review_grade) if report.review_grade else None,
            "disagree": manage and bool(report.self_grade) and report.self_grade != computed
            and (round_.is_open or is_result(report.state)),
            "editable": can(user, "edit_report", report),
            "result": evaluation.is_result(report.state),
        })  # fmt: skip
    complete = len(rows) == len(board.rows)
    # filters (GET): department, state, only editable, only disagreements
    department = query.get("department", "")
    state = query.get("state", "")
    mine = query.get("mine") == "1"
    disagree = manage and query.get("disagree") == "1"
    department_names = sorted({name for row in rows for name in row["departments"]})
    shown = [
        row for row in rows
        if (not department or department in row["departments"])
        and (not state or row["report"].state == state)
        and (not mine or row["editable"])
        and (not disagree or row["disagree"])
    ]  # fmt: skip
    grade_codes = list(board.grade_codes)
    for _section, counter in board.grades_by_section:
        grade_codes += [code for code in counter if code not in grade_codes]
    grades = [
        {
            "section": section,
            "counts": [counter.get(code, 0) for code in grade_codes],
            "total": sum(counter.values()),
        }
        for section, counter in board.grades_by_section
    ]
    totals = Counter()
    for _section, counter in board.grades_by_section:
        totals.update(counter)
    states = Report.State
    late = {d.name for d in board.overdue}
    # a column for the reports withdrawn with their initiatives only where there are some
    columns = [states.DRAFT, states.SUBMITTED, states.RETURNED, states.APPROVED]
    columns += [states.WITHDRAWN] if board.state_counts.get(states.WITHDRAWN) else []
    facts = deadline_facts(user, round_, manage)
    # 取組 no department can fill: the plan office sets their 担当課 here, or fills the reports itself
    orphans = list(services.without_department_reports(round_)) if manage and round_.is_open else []
    return {
        "orphans": orphans,
        "department_options": list(round_.plan.municipality.departments.order_by("name")) if orphans else [],
        "round": round_,
        "plan": round_.plan,
        "deadline_facts": facts,
        "deadline": facts.deadline,
        "deadline_notes": facts.notes,
        "days_left": facts.days_left,
        "board": board,
        "complete": complete,
        "rows": shown,
        "all_rows": rows,
        "row_count": len(rows),
        # a reader of the published reports only is told how many are left out, as the plan page tells
        "unpublished_count": 0 if complete else results.withheld_reports().filter(round=round_).count(),
        "editable_count": sum(1 for row in rows if row["editable"]),
        "departments": [
            {
                "name": d.name,
                "total": d.total,
                "open": d.open,
                "late": d.name in late,
                "counts": [d.counts.get(s, 0) for s in columns],
            }
            for d in board.departments
        ],  # fmt: skip
        "state_columns": [s.label for s in columns],
        "state_totals": [board.state_counts.get(s, 0) for s in columns],
        "grade_codes": [_grade(scale, code) for code in grade_codes],
        "grades": grades,
        "grade_totals": [totals.get(code, 0) for code in grade_codes],
        "graded_count": sum(totals.values()),
        "submission": [
            (label, board.state_counts.get(s, 0))
            for label, s in (
                (_("提出済"), states.SUBMITTED),
                (_("承認済"), states.APPROVED),
                (_("差戻し"), states.RETURNED),
                (_("未提出"), states.DRAFT),
                *([(states.WITHDRAWN.label, states.WITHDRAWN)] if states.WITHDRAWN in columns else []),
            )
        ],  # fmt: skip
        "behind": [r for r in board.behind_schedule if can(user, "view_report", r)],
        "filter": {"department": department, "state": state, "mine": mine, "disagree": disagree},
        "department_names": department_names,
        # a reader who sees only published reports is not offered 「未提出」「差戻し」: no such rows for them
        "state_choices": [
            (v, label) for v, label in states.choices if any(r["report"].state == v for r in rows)
        ],
        "manage": manage,
        "approved_ids": {row["report"].pk for row in rows if row["report"].state == states.APPROVED},
        **(round_controls(round_) if manage else {}),
    }


def department_choices(round_: Round) -> list[tuple[int, str]]:
    from shinchoku.plans.models import Department

    return list(
        Department.objects.filter(
            municipality=round_.plan.municipality, initiative_links__initiative__reports__round=round_
        )
        .distinct()
        .order_by("name")
        .values_list("pk", "name")
    )


@dataclass
class DeadlineFacts:
    """What is said of a round's deadline wherever it is shown (the round's page, 担当の仕事): the date, the
    notes beside it, the days left and whether it has passed (``services.is_overdue``), and for the plan office
    the departments given a later one. The plan office's task list said 「提出期限 令和8年11月30日（月）」 with no
    期限超過 and no word of 市民課's extension the round's page showed (found walking a round)."""

    deadline: date
    notes: list[str] = field(default_factory=list)
    days_left: int = 0
    overdue: bool = False
    open: bool = True
    extended: list[tuple[str, date]] = field(default_factory=list)


def deadline_facts(user: Any, round_: Round, manage: bool, today: date | None = None) -> DeadlineFacts:
    """The deadline a user is shown for ``round_`` (``progress/_deadline.html`` writes it), with its facts."""
    today = today or timezone.localdate()
    deadline, notes = _deadline_shown(user, round_, manage)
    return DeadlineFacts(
        deadline=deadline, notes=notes, days_left=(deadline - today).days,
        overdue=services.is_overdue(deadline, today), open=round_.is_open,
        extended=sorted(services.department_deadlines(round_).items()) if manage else [],
    )  # fmt: skip


def _deadline_shown(user: Any, round_: Round, manage: bool) -> tuple[date, list[str]]:
    """The deadline a user's round page shows and what it says beside it: a department given a later deadline
    sees its own, as on its task list, its reports and its mail (the page showed the round's; found walking a
    round). A user of several departments sees the first one due (the days left count to it), each other's
    named beside it. The plan office sees the round's, the later ones listed beside it."""
    m = membership(user)
    if manage or m is None or m.role != Role.EDITOR:
        return round_.deadline, []
    extended = services.department_deadlines(round_)
    mine = {d.name: services.deadline_for(round_, [d.name], extended) for d in m.departments.all()}
    if not mine:
        return round_.deadline, []
    deadline = min(mine.values())
    notes = []
    if deadline != round_.deadline:
        names = "、".join(sorted(n for n, d in mine.items() if d == deadline))
        notes.append(_("%(names)sの延長後の期限。回の期限は%(round)s") % {
            "names": names, "round": deadline_label(round_.deadline)})  # fmt: skip
    for name, day in sorted(mine.items(), key=lambda item: (item[1], item[0])):
        if day != deadline:
            notes.append(_("%(name)sは%(day)sまで") % {"name": name, "day": deadline_label(day)})
    return deadline, notes


def round_controls(round_: Round, **forms: Any) -> dict[str, Any]:
    """What the plan office needs to control the round: warnings before closing, deadlines, the record."""
    return {
        "close_warnings": services.close_warnings(round_) if round_.is_open else [],
        "extend_form": forms.get("extend_form") or ExtendForm(departments=department_choices(round_)),
        "reopen_form": forms.get("reopen_form") or ReasonForm(auto_id="reopen-%s"),
        "extended": sorted(services.department_deadlines(round_).items()),
        "events": list(round_.events.select_related("created_by")[:20]),
    }


def _target_note(item: Mapping[str, Any], indicator: Any, fy: int) -> str:
    """What the report page and its form say beside an evaluated target, built once for both: 「※補間」, a later
    deadline's target met ahead of it (``figures.target_note``: 「令和9年度（2027）の目標・期限前に達成」), or, where the
    plan gives the year no target, its next one beside the 「—」 (``figures.next_target``), else ""."""
    if item.get("interpolated"):
        return "※" + _("補間")
    ahead = figures.target_note(item) if item.get("basis") == "ahead" else ""
    if ahead:
        return ahead
    if indicator is not None and item.get("target") is None and not item.get("target_text"):
        later = figures.next_target(indicator, fy)
        return f"{figures.NO_TARGET}。{later}" if later else ""
    return ""


def report_page(
    user: Any,
    report: Report,
    *,
    form: ReportForm | None = None,
    review_form: ReviewForm | None = None,
    grade_form: GradeOverrideForm | None = None,
    conflict: Report | None = None,
) -> dict[str, Any]:
    """A report's page: its evaluation (live while the round is open, frozen after), the rows of its
    indicators with their inputs where the user may edit, the grades, and the forms the user may use
    (a form given is one refused by a POST, shown again with its errors)."""
    round_ = report.round
    scale = services.scale_for(round_.plan.municipality)
    indicators = list(report.initiative.indicators.all())
    by_id = {i.pk: i for i in indicators}
    editable = can(user, "edit_report", report)
    removable = can(user, "remove_published_actual", report)
    reviewable = can(user, "review_report", report)
    published = figures.published_figures(indicators, round_.fy)
    if editable and form is None:
        # a report nothing was recorded in starts from what the municipality published (docs/evaluation.md)
        start = ReportForm.initial_for(
            report, indicators, start=published, grade=figures.start_grade(report, indicators, scale.codes)
        )
        recorded_now = {a.indicator_id: a for a in report.actuals.all()}  # for the box that restores a published one
        form = ReportForm(initial=start, scale=scale, indicators=indicators, recorded=recorded_now, published=published)
    if not editable:
        form = None
    if reviewable:
        review_form = review_form or ReviewForm()
        grade_form = grade_form or GradeOverrideForm(
            initial={"grade": report.review_grade, "reason": report.review_reason}, scale=scale
        )
    else:
        review_form = grade_form = None
    evaluation = services.shown_evaluation(report, scale)
    recorded = {a.indicator_id: a for a in report.actuals.all()}
    rows = []
    for item in evaluation.get("indicators", []):
        mine = recorded.get(item["indicator"])
        # the rule of every output (``numbers.value_or_text``); the unit is in the row's heading
        actual = value_or_text(item.get("actual"), item.get("actual_text") or "")
        indicator = by_id.get(item["indicator"])
        # the target by the same rule (「約4,000人」 as the plan words it); words that say no more than the number
        # (「11,000件」) leave the number, to which the form adds the unit and beside which the table heads it
        target, worded = item.get("target"), item.get("target_text") or ""
        worded = worded if says_more(target, worded, item.get("unit") or "") else ""
        # the municipality's published figure and grade for the year, beside the department's (``figures.shown``)
        seen_as = figures.shown(item, result=True)
        rows.append({
            "published": seen_as.published_text(item.get("unit") or ""),
            "published_grade": seen_as.published_grade,
            # 「A（目標より進んでいる）」 where the file says, marked where its figure was removed since (with why)
            "published_grade_label": seen_as.published_grade_label(item.get("unit") or ""),
            "replaces_published": seen_as.replaces_published,
            # the plan file's figure removed in the app, and whether this user may remove the published one (a button)
            "removed": seen_as.removed_label(item.get("unit") or ""),
            # … after the round froze it: said in the figure's place, with why, its rate the round's
            "removed_since": seen_as.removed_since,
            "removable": removable and indicator is not None and seen_as.published is not None,
            # a department sees whom to ask: the plan's public data is the plan office's to change
            "ask_removal": editable and not removable and indicator is not None and seen_as.published is not None,
            "restore": form.restore_field(indicator) if form is not None and indicator is not None else None,
            "pk": item["indicator"],
            "name": indicator_label(item["name"], item.get("kind") or (indicator.kind if indicator else None)),
            "unit": item.get("unit", ""),
            "target": value_or_text(_two_places(target), worded),
            "target_is_text": bool(worded),
            "interpolated": item.get("interpolated", False),
            "target_note": _target_note(item, indicator, round_.fy),
            "actual": seen_as.removed_label(item.get("unit") or "") if seen_as.removed_since else actual,
            "recorded": item.get("recorded", False),
            "rate": _percent(item.get("rate")),
            "note": mine.note if mine else "",
            "fields": form.indicator_fields(indicator) if form is not None and indicator is not None else None,
        })  # fmt: skip
    # indicators without a row in a frozen evaluation (none expected) still get their inputs
    seen = {row["pk"] for row in rows}
    if form is not None:
        for indicator in indicators:
            if indicator.pk not in seen:
                rows.append({"published": "", "published_grade": "", "published_grade_label": "",
                             "replaces_published": False, "restore": None,
                             "removed": "", "removed_since": False, "removable": False, "ask_removal": False,
                             "pk": indicator.pk, "name": indicator.label, "unit": indicator.unit, "target": "",
                             "interpolated": False, "target_note": "", "actual": "", "recorded": False, "rate": "", "note": "",
                             "fields": form.indicator_fields(indicator)})  # fmt: skip
    computed = evaluation.get("computed_grade", "")
    if round_.is_open and not is_result(report.state) and evaluation.get("basis") in ("none", "awaiting"):
        # an empty draft: 「D 評価できない」 before anything was entered alarmed the department
        computed = ""
    departments = [link.department for link in report.initiative.department_links.all()]
    context = {
        "report": report,
        "round": round_,
        "plan": round_.plan,
        "initiative": report.initiative,
        "departments": departments,
        # a department given a later deadline sees it here as on its task list and in its mail: the report's one
        "deadline": services.report_deadline(report),
        "schedule": [s for s in report.initiative.schedule.all() if s.fy == round_.fy],
        "rows": rows,
        "any_interpolated": any(row["interpolated"] for row in rows),
        "computed": _grade(scale, computed),
        # a draft or returned report of a closed round is not counted by its frozen grade: 「未提出」 or 「差戻し」 in
        # every count, as its state is called (``Report.State``' label, the one home of these words)
        "uncounted": not round_.is_open and not is_result(report.state),
        "state_label": report.get_state_display(),
        "basis_label": BASIS_LABELS.get(evaluation.get("basis", ""), ""),
        "self": _grade(scale, report.self_grade),
        # the grades the municipality published for the year, indicator by indicator (鳴海台市 grades each 目標)
        "published_grades": [(row["name"], row["published_grade_label"]) for row in rows if row["published_grade"]],
        "review": _grade(scale, report.review_grade) if report.review_grade else None,
        "final": _grade(scale, report.review_grade or computed),
        "disagree": can(user, "manage_round", round_)  # the plan office's review, not for the public
        and bool(report.self_grade and computed)
        and report.self_grade != computed
        and (round_.is_open or is_result(report.state)),
        "status_label": Status(report.status).label if report.status else "",
        "narrative": [
            (ReportForm.base_fields[name].label, getattr(report, name)) for name in ReportForm.NARRATIVE
        ],
        "form": form,
        # the indicators of the year without an actual, named beside 「保存して提出する」 with the box that confirms it
        "missing_actuals": [i.label for i in services.missing_actuals(report)] if form is not None and round_.is_open else [],
        "review_form": review_form,
        "grade_form": grade_form,
        "can_approve": reviewable and report.state == Report.State.SUBMITTED,
        "can_return": reviewable and report.state in (Report.State.SUBMITTED, Report.State.APPROVED),
        "edit_targets": can(user, "edit_plan", round_.plan),
        "conflict": conflict,
        "conflict_actuals": _saved_actuals(indicators, recorded) if conflict is not None else [],
        "returned": report.state == Report.State.RETURNED and bool(report.review_comment),
        "unpublishable": report.published_at is not None and can(user, "manage_round", round_),
        # left out of its round's publication: said where a published one shows 「公表 令和8年12月8日」 (walked: it showed
        # neither); the rule of the public pages' 「未公表」 (``results.withheld_reports``)
        "withheld": round_.is_published and results.withheld_reports().filter(pk=report.pk).exists(),
        # … because the plan office took its publication back: said so, with why (``results.withdrawn_text``)
        "withdrawn": results.withdrawn_text(report, reason=True) if round_.is_published else "",
        # who submitted and who approved: for the municipality's own staff, as in the 変更履歴
        "staff_names": can(user, "view_report_history", report),
    }
    return context


def submitted_message(user: Any, round_: Round, count: int | None = None) -> str:
    """What the one who just submitted reads: a department waits for the plan office's review; the plan
    office, which submits for a department (a report's page, an Excel sheet), reviews next itself and
    is told where, not asked to wait for its own approval."""
    done = _("提出しました。") if count is None else _("%(n)d件を提出しました。") % {"n": count}
    if not can(user, "manage_round", round_):
        return done + _("計画担当の確認をお待ちください。")
    if count is None:  # back on the report's page, whose 「計画担当の確認」 approves or returns it
        return done + _("承認・差戻しはこの画面の「計画担当の確認」から行えます。")
    return done + _("承認・差戻しはこの回の報告の一覧から行えます。")
