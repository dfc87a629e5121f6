"""An uploaded input sheet against the round's reports: the preview, then the saves.

``preview`` reads the file (``input_sheet.read_input_workbook``), matches each row to a report of
the round by the key in its hidden column, checks each cell, and says per report what would
change (field: old → new). A report the user may not edit (another department's, one already
submitted) is refused, never written; a report changed in the app since the file was downloaded
(its version moved on) is a conflict, written only when the user chooses to overwrite it. One bad
cell anywhere and nothing is saved: the preview lists every bad cell with sheet, row and column.

``apply`` saves what the preview showed through ``progress.services`` — the same operations as
the report form, so row locks, the version check, the history (with the user) and notifications
apply — each report in its own transaction, as the form saves one report.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from django.contrib.messages import INFO, SUCCESS, WARNING
from django.db import transaction

from shinchoku.accounts.permissions import can
from shinchoku.core import numbers
from shinchoku.core.numbers import value_or_text, written
from shinchoku.plans.actuals import is_figure
from shinchoku.progress import figures, services
from shinchoku.progress.evaluation import Scale, is_percent_unit
from shinchoku.progress.models import (
    MAX_NOTE,
    RecordedActual,
    Report,
    Round,
    Status,
    length_error,
    text_changed,
)
from shinchoku.progress.presenters import submitted_message

from .input_sheet import (
    ELSEWHERE,
    REPORT_FIELDS,
    TEXT_HEADER,
    Place,
    SheetReport,
    columns,
    grade_choice,
    read_input_workbook,
    same_unit,
)

EMPTY = "（空欄）"
SUBMITTABLE = (Report.State.DRAFT, Report.State.RETURNED)


@dataclass
class Change:
    label: str
    old: str
    new: str


@dataclass
class Planned:
    """One report the upload would write: what changes, and the version the change applies to."""

    report: Report
    place: str
    changes: list[Change] = field(default_factory=list)
    fields: dict[str, str] = field(default_factory=dict)  # only those that change
    actuals: dict[int, float | None] = field(default_factory=dict)  # only those that change
    notes: dict[int, str] = field(default_factory=dict)  # the 実績値の備考 that change
    texts: dict[int, str] = field(default_factory=dict)  # the 実績値（原文） that change
    version: int = 0  # the report's version when the preview was made
    conflict: bool = False  # changed in the app since the download
    #: an actual of the file to check, not refused (``services.actual_warnings``: below its baseline)
    warnings: list[str] = field(default_factory=list)

    @property
    def submittable(self) -> bool:
        return self.report.state in SUBMITTABLE

    @property
    def needs_status(self) -> bool:
        """Submitting needs a 進捗状況; neither the report nor the file gives one."""
        return not (self.fields.get("status", self.report.status))


@dataclass
class Refused:
    report: Report
    place: str
    reason: str


@dataclass
class Preview:
    round: Round
    errors: list[str] = field(default_factory=list)
    changed: list[Planned] = field(default_factory=list)
    # editable, nothing to write, not changed in the app since the download: 「提出する」 submits these too
    unchanged: list[Planned] = field(default_factory=list)
    refused: list[Refused] = field(default_factory=list)
    #: other departments' reports the file leaves as they are (the office's whole-round file, or another
    #: department's), and one's own it leaves as they are without submitting them (提出済, 承認済, or changed in
    #: the app since the download): counted, so that every report of the file is accounted for
    foreign: int = 0
    kept: int = 0

    @property
    def conflicts(self) -> list[Planned]:
        return [p for p in self.changed if p.conflict]

    @property
    def submittable(self) -> list[Planned]:
        """Every 未提出 or 差戻し report of the file the user may change, with a 進捗状況 or without."""
        return [p for p in self.changed + self.unchanged if p.submittable]

    @property
    def to_submit(self) -> list[Planned]:
        """What 「提出する」 submits: every 未提出 or 差戻し report of the file that has a 進捗状況. The box counts these
        out of ``submittable``: 「…報告すべて: 2件」 of a file holding 4 (2 without a 進捗状況) was false (found walking
        a round)."""
        return [p for p in self.submittable if not p.needs_status]

    @property
    def unchanged_to_submit(self) -> list[Planned]:
        """Submitted though the file changes nothing in them: named on the page, so no one submits
        a report by ticking the box for the two rows they filled (found walking a round)."""
        return [p for p in self.unchanged if p.submittable and not p.needs_status]

    @property
    def missing_actuals(self) -> list[tuple[Planned, str]]:
        """Each report 「提出する」 would submit with an indicator of the year left without an actual, and those
        indicators' names (``services.missing_actuals``, the file's actuals over the recorded ones): said beside the box,
        as the report form asks before it submits so (the review found the sheet submitting them without a word)."""
        found = []
        for planned in self.to_submit:
            recorded = {a.indicator_id: (a.value, a.text) for a in planned.report.actuals.all()}
            given = {
                pk: (
                    planned.actuals[pk] if pk in planned.actuals else recorded.get(pk, (None, ""))[0],
                    planned.texts[pk] if pk in planned.texts else recorded.get(pk, (None, ""))[1],
                    "",
                )
                for pk in set(planned.actuals) | set(planned.texts)
            }
            missing = services.missing_actuals(planned.report, given)
            if missing:
                found.append((planned, "、".join(indicator.label for indicator in missing)))
        return found

    @property
    def without_status(self) -> list[Planned]:
        return [p for p in self.changed + self.unchanged if p.submittable and p.needs_status]

    def stored(self) -> dict[str, Any]:
        """What the confirmation needs (JSON for the session): the file is not kept."""
        return {
            "round": self.round.pk,
            "entries": [
                {"report": p.report.pk, "version": p.version, "conflict": p.conflict, "fields": p.fields,
                 "actuals": {str(k): v for k, v in p.actuals.items()},
                 "notes": {str(k): v for k, v in p.notes.items()},
                 "texts": {str(k): v for k, v in p.texts.items()}}
                for p in self.changed + self.unchanged
            ],
        }  # fmt: skip


def _shown(name: str, value: str, scale: Scale) -> str:
    if not value:
        return EMPTY
    if name == "status":
        return str(Status(value).label) if value in Status.values else value
    if name == "self_grade":
        return grade_choice(scale, value)
    return value


def preview(round_: Round, user: Any, data: bytes) -> Preview:
    """What the uploaded file would change; raises ParseError for a file that cannot be read."""
    scale = services.scale_for(round_.plan.municipality)
    content = read_input_workbook(data, fy=round_.fy, scale=scale, round_=round_)
    result = Preview(round_)
    problems = list(content.errors)
    reports = {r.pk: r for r in services.reports_for_evaluation(round_).filter(pk__in=list(content.reports))}
    labels = {c.key: c.header for c in columns(round_.fy)}
    for entry in sorted(content.reports.values(), key=lambda e: (e.place.sheet, e.place.row)):
        report = reports.get(entry.report)
        if report is None:
            problems.append((entry.place, "この回の報告ではありません（別の回のファイルではありませんか）。"))
            continue
        if not can(user, "edit_report", report):
            # a row the user may not change: refused where the file changes it (or a cell of it cannot be read —
            # a row one cannot change does not stop the upload), else counted; never an error of the file
            own: list[tuple[Place, str]] = []
            planned = _plan(report, entry, scale, labels, own)
            ours = can(user, "fill_report", report)
            if own or (planned is not None and planned.changes):
                result.refused.append(Refused(report, str(entry.place), _not_editable(user, report)))
            elif ours:
                result.kept += 1
            else:
                result.foreign += 1
            continue
        planned = _plan(report, entry, scale, labels, problems)
        if planned is None:
            continue
        if planned.changes:
            if planned.actuals:
                planned.warnings = services.actual_warnings(report, scale, entered=planned.actuals)
            result.changed.append(planned)
        elif not planned.conflict:
            result.unchanged.append(planned)
        else:  # changed in the app since, and nothing in the file: left alone
            result.kept += 1
    result.errors = content.in_order(problems)
    if content.more_errors:
        result.errors.append(f"ほかに{content.more_errors}件の誤りがあります。")
    return result


def _not_editable(user: Any, report: Report) -> str:
    """Why the user may not change a report of the file: its round closed, its state (提出済, 承認済), not theirs."""
    if not report.round.is_open:
        return "この回は締め切られたため変更できません。"
    if can(user, "fill_report", report):
        return f"「{report.get_state_display()}」の報告のため変更できません。"
    return "あなたが入力できる報告ではありません（他の担当課の報告です）。"


#: The most characters an Excel cell holds: openpyxl writes a longer text cut to it.
EXCEL_CELL_CHARS = 32_767


def _same_text(stored: str, cell: str) -> bool:
    """Whether a sheet's cell leaves a report's text as it is: the same text, or one longer than a cell holds
    given back cut as the download wrote it (a 40,000-character text saved before the limit stopped the
    office's upload of the whole round though no one had touched it)."""
    if not text_changed(stored, cell):
        return True
    old = stored.replace("\r\n", "\n").strip()
    return len(old) > EXCEL_CELL_CHARS and len(cell) >= EXCEL_CELL_CHARS - 2 and old.startswith(cell)


def _plan(
    report: Report,
    entry: SheetReport,
    scale: Scale,
    labels: dict[str, str],
    errors: list[tuple[Place, str]],
) -> Planned | None:
    """The changes the file makes to one report (None when one of its cells cannot be used)."""
    planned = Planned(
        report, str(entry.place), version=report.version, conflict=entry.version != report.version
    )
    ok = True
    indicators = {i.pk: i for i in report.initiative.indicators.all()}
    recorded = {a.indicator_id: a for a in report.actuals.all()}
    for name in REPORT_FIELDS:
        if name not in entry.fields:
            continue
        old, new = getattr(report, name) or "", entry.fields[name]
        if name == "self_grade" and figures.unchanged_grade(
            old, new, figures.start_grade(report, indicators.values(), scale.codes)
        ):
            continue  # the published grade the sheet was written with, left as it was: no one's grade to record
        if not _same_text(old, new):
            if error := length_error(new):  # the report form's rule (progress.models)
                errors.append((entry.field_places[name], error))
                ok = False
                continue
            planned.fields[name] = new
            planned.changes.append(Change(labels[name], _shown(name, old, scale), _shown(name, new, scale)))
    # the published figures the sheet was written with, left as they were (``figures.start_figure``): no change —
    # nothing recorded under the uploader's name, no version moved, nothing listed in the preview
    published = figures.published_figures(indicators.values(), report.round.fy)
    untouched = {
        indicator_id
        for indicator_id, value in entry.actuals.items()
        if indicator_id in indicators
        and (indicator_id not in recorded or not is_figure(recorded[indicator_id].value, recorded[indicator_id].text))
        and figures.unchanged_figure(
            published.get(indicator_id), value, entry.texts.get(indicator_id, ""), indicators[indicator_id].unit
        )
    }
    for indicator_id, value in entry.actuals.items():
        if indicator_id in untouched:
            continue
        place = entry.actual_places[indicator_id]
        indicator = indicators.get(indicator_id)
        if indicator is None:
            errors.append((place, "この取組の指標ではありません（計画の改訂で外れた指標です）。"))
            ok = False
            continue
        if indicator_id in entry.percent and not is_percent_unit(indicator.unit):
            errors.append((place, numbers.wrong_unit(indicator.unit, "%")))
            ok = False
            continue
        typed_unit = entry.units.get(indicator_id)
        if typed_unit is not None and not same_unit(typed_unit, indicator.unit):
            errors.append((place, numbers.wrong_unit(indicator.unit, typed_unit)))
            ok = False
            continue
        mine = recorded.get(indicator_id)
        old = mine.value if mine is not None else None
        worded = entry.texts.get(indicator_id, mine.text if mine is not None else "")
        if services.empties_actual(mine, value, worded):  # the rule save_report keeps
            # as the report form: a stored number is corrected, or replaced by a text (「集計中」), not erased
            # the 原文 column named where the sheet has one (its KPI rows give a text, maybe blank); a sheet downloaded
            # before it is told where a text goes instead
            instead = (
                f"値を訂正するか、{TEXT_HEADER}に「未集計」などと記入してください。"
                if indicator_id in entry.texts
                else f"値を訂正してください。「未集計」など数値でない実績は、{ELSEWHERE}。"
            )
            errors.append((place, services.emptied_actual_error(instead)))
            ok = False
            continue
        if value != old:
            planned.actuals[indicator_id] = value
            unit = indicator.unit
            planned.changes.append(Change(
                f"実績値（{indicator.label}）",
                f"{written(old)}{unit}" if old is not None else (mine.text if mine else "") or _published(indicator, report),
                f"{written(value)}{unit}" if value is not None else EMPTY,
            ))  # fmt: skip
    text_limit = RecordedActual._meta.get_field("text").max_length or 200
    # the 実績値（原文） and the 実績値の備考 of each indicator: each held to the report form's field's length
    for written_in, places, kept, limit, header, old_of in (
        (entry.texts, entry.text_places, planned.texts, text_limit, TEXT_HEADER, lambda r: r.text),
        (entry.notes, entry.note_places, planned.notes, MAX_NOTE, "実績値の備考", lambda r: r.note),
    ):
        for indicator_id, value in written_in.items():
            indicator = indicators.get(indicator_id)
            if indicator is None:
                continue  # said once, at its actual
            if written_in is entry.texts and indicator_id in untouched:
                continue  # the published figure's words, as the sheet was written
            old = old_of(recorded[indicator_id]) if indicator_id in recorded else ""
            if not text_changed(old, value):
                continue
            if error := length_error(value, limit):
                errors.append((places[indicator_id], error))
                ok = False
                continue
            kept[indicator_id] = value
            planned.changes.append(Change(f"{header}（{indicator.label}）", old.strip() or EMPTY, value or EMPTY))
    return planned if ok else None


def _published(indicator: Any, report: Report) -> str:
    """What an actual nothing was recorded for stood at: the municipality's published figure, said as such (「76%
    （計画ファイル（公表値））」 → 80%: the sheet started from it), else 「（なし）」."""
    figure = figures.published_figures([indicator], report.round.fy).get(indicator.pk)
    if figure is None:
        return EMPTY
    return f"{value_or_text(figure[0], figure[1], indicator.unit)}（{figures.SOURCE_LABELS[figures.PLAN]}）"


# --- confirming ------------------------------------------------------------------------------------------


@dataclass
class Outcome:
    saved: list[Report] = field(default_factory=list)
    submitted: list[Report] = field(default_factory=list)
    kept: list[Report] = field(default_factory=list)  # conflicts the user chose not to overwrite
    refused: list[tuple[Report, str]] = field(default_factory=list)
    #: untouched by the file, and their submission refused (changed by someone since the preview): not submitted, and
    #: nothing of the file was to be saved in them
    unsubmitted: list[tuple[Report, str]] = field(default_factory=list)
    #: saved as drafts but not submitted: no 進捗状況 in the report or the file
    without_status: list[Report] = field(default_factory=list)
    #: untouched by the file and not submitted (「提出する」 not ticked, or no 進捗状況 to submit with): 変更なし
    unchanged: int = 0

    def messages(self, user: Any, round_: Round) -> list[tuple[int, str]]:
        """What the round's page says after the confirmation (level, text): what was submitted and saved, what was
        not and why, and how many reports the file left as they were (変更なし: never a refusal)."""
        said: list[tuple[int, str]] = []
        if self.submitted:
            said.append((SUCCESS, submitted_message(user, round_, len(self.submitted))))
        drafts = {r.pk for r in self.saved} - {r.pk for r in self.submitted}
        if drafts:
            said.append((SUCCESS, f"{len(drafts)}件の報告を保存しました（未提出）。"))
        if self.without_status:
            said.append((WARNING, f"{_titles(self.without_status)}は進捗状況が選ばれていないため提出して"
                         "いません（入力した内容は下書きとして保存しました）。進捗状況を選んでから提出してください。"))  # fmt: skip
        for report in self.kept:
            said.append(
                (INFO, f"「{report.initiative.title}」はアプリで変更されていたため、上書きしませんでした。")
            )
        for refused, what in ((self.refused, "保存できませんでした"), (self.unsubmitted, "提出していません")):
            grouped: dict[str, list[Report]] = {}
            for report, reason in refused:
                grouped.setdefault(reason, []).append(report)
            for reason, reports in grouped.items():
                if len(reports) <= NAMED:
                    said += [(WARNING, f"「{r.initiative.title}」は{what}: {reason}") for r in reports]
                else:
                    said.append((WARNING, f"{len(reports)}件の報告は{what}（{_titles(reports)}）: {reason}"))
        if not (self.saved or self.submitted or self.kept or self.refused or self.unsubmitted):
            said.append((INFO, "変更はありませんでした。"))
        elif self.unchanged:
            said.append((INFO, f"ファイルで変更のなかった報告{self.unchanged}件はそのままです（変更なし）。"))
        return said


#: A message about more reports than this names these and counts the rest (the plan office submitting the whole
#: round's sheet read 69 lines of 「…は保存できませんでした: 進捗状況を選んでから提出してください。」).
NAMED = 3


def _titles(reports: list[Report]) -> str:
    """「「A」、「B」、「C」ほか2件」: the first ``NAMED`` reports by title, the rest counted."""
    named = "、".join(f"「{r.initiative.title}」" for r in reports[:NAMED])
    return named + (f"ほか{len(reports) - NAMED}件" if len(reports) > NAMED else "")


def apply(round_: Round, user: Any, stored: dict[str, Any], *, submit: bool, overwrite: set[int]) -> Outcome:
    """Save (and submit, when asked) what the preview showed, report by report, through the services.

    Permissions are asked again (the user's role or the report's state may have changed since the
    preview); a report changed since the preview is refused as a conflict by ``save_report``. The
    plan office is told of the reports submitted in one mail, as of one submission.
    """
    outcome = Outcome()
    submissions: dict[int, services.Submission] = {}
    entries = {e["report"]: e for e in stored.get("entries", [])}
    reports = (
        services.reports_for_evaluation(round_)
        .filter(pk__in=list(entries))
        .select_related("initiative__plan")
    )
    for report in reports:
        entry = entries[report.pk]
        fields, actuals = entry["fields"], {int(k): v for k, v in entry["actuals"].items()}
        notes = {int(k): v for k, v in entry.get("notes", {}).items()}
        texts = {int(k): v for k, v in entry.get("texts", {}).items()}
        # submitted only with a 進捗状況 (the preview's 「提出する」 counts these): a report the file leaves
        # untouched and without one — or submitted by a colleague since — is 変更なし, not a refusal (walked: the
        # plan office's whole-round sheet, submitted for the rows it filled, read 「…は保存できませんでした」 for
        # every row it had not touched)
        submitting = submit and report.state in SUBMITTABLE and bool(fields.get("status", report.status))
        if not fields and not actuals and not notes and not texts and not submitting:
            outcome.unchanged += 1
            continue
        if not can(user, "edit_report", report):  # submitted by a colleague since the preview, …
            outcome.refused.append((report, _not_editable(user, report)))
            continue
        if entry["conflict"] and report.pk not in overwrite:
            outcome.kept.append(report)
            continue
        recorded = {a.indicator_id: a for a in report.actuals.all()}
        # the file gives the number, the 原文 and the 備考 (saved as the report form saves them); what the file
        # leaves as it was (a sheet downloaded before its 原文 column: the 原文 entered in the app) stays
        triples = {}
        for i in {*actuals, *notes, *texts}:
            mine = recorded.get(i)
            value = actuals.get(i, mine.value if mine else None)
            note = notes.get(i, mine.note if mine else "")
            triples[i] = (value, texts.get(i, mine.text if mine else ""), note)
        try:
            with transaction.atomic():  # save and submit succeed together, as in the report form
                if fields or triples:
                    services.save_report(report, version=entry["version"], fields=fields, actuals=triples)
                    outcome.saved.append(report)
                if submitting:
                    submissions[report.pk] = services.submit_report(
                        report, user, version=None if fields or triples else entry["version"], notify=False
                    )
                    outcome.submitted.append(report)
                elif submit and report.state in SUBMITTABLE:
                    outcome.without_status.append(report)  # its changes kept as a draft, not lost
        except services.ConcurrentEditError:
            _drop(outcome, report)
            if fields or triples:
                outcome.refused.append(
                    (report, "確認画面の表示後に他の人が変更しました。もう一度アップロードしてください。")
                )
            else:  # only to submit: submitting what someone changed since, unseen, is not for this file to do
                outcome.unsubmitted.append(
                    (
                        report,
                        "確認画面の表示後に他の人が変更しました。報告の画面で内容を確認してから提出してください。",
                    )
                )
        except services.WorkflowError as exc:
            _drop(outcome, report)
            (outcome.refused if fields or triples else outcome.unsubmitted).append((report, str(exc)))
    services.notify_submitted([submissions[r.pk] for r in outcome.submitted], user)
    return outcome


def _drop(outcome: Outcome, report: Report) -> None:
    """A rolled-back report is neither saved nor submitted."""
    outcome.saved = [r for r in outcome.saved if r.pk != report.pk]
    outcome.submitted = [r for r in outcome.submitted if r.pk != report.pk]
    outcome.without_status = [r for r in outcome.without_status if r.pk != report.pk]
