"""Forms of the progress pages: input checking only. Workflow rules stay in ``services``.

Numbers are typed by municipal staff in whatever their input method gives: full-width digits
(１２００), full-width commas and minus signs are normalised with NFKC before ``float()``.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from shinchoku.core import numbers
from shinchoku.core.dates import deadline_label, fiscal_year, parse_date_input
from shinchoku.core.numbers import value_or_text
from shinchoku.plans.actuals import Figure, is_figure, same_figure
from shinchoku.plans.models import Indicator, Plan

from .evaluation import Scale, is_percent_unit
from .figures import form_text, start_figure, unchanged_figure, unchanged_grade
from .models import MAX_NOTE, MAX_REPORT_TEXT, Status, length_error, text_changed
from .services import emptied_actual_error, empties_actual


def text_field(label: Any, rows: int = 5, **kwargs: Any) -> forms.CharField:
    """A text area. Its length is checked where the text changes (``models.length_error``), not by a
    ``maxlength`` attribute: a browser cuts a longer paste silently, and a text saved longer before the limit
    would stop every save of the report."""
    return forms.CharField(
        label=label, required=False, widget=forms.Textarea(attrs={"rows": rows, "cols": 60}), **kwargs
    )


def _checked_length(form: forms.Form, name: str, limit: int, stored: str = "") -> None:
    """Add ``models.length_error`` to field ``name`` when its text changed from ``stored`` and is too long."""
    value = form.cleaned_data.get(name) or ""
    if text_changed(stored, value) and (error := length_error(value, limit)):
        form.add_error(name, error)


def parse_number(raw: str | None, text_field: str = "", unit: str = "") -> float | None:
    """'１，２００' -> 1200.0, '' -> None; anything else that is not a number as staff type it is refused
    (``core.numbers.typed``), a misplaced comma (「80,5」) with what to type instead. ``text_field`` names the field of
    the same form where words go (the report's 「実績値（原文）」); a form without one is not sent to it, but told the
    indicator's ``unit`` (``core.numbers.not_a_number``)."""
    try:
        return numbers.typed(raw)
    except numbers.TooLarge:
        raise ValidationError(numbers.TOO_LARGE, code="invalid") from None
    except numbers.MisplacedComma as misplaced:  # 「80,5」 was saved as 805
        raise ValidationError(misplaced.message, code="invalid") from None
    except ValueError:
        raise ValidationError(numbers.not_a_number(unit, text_field), code="invalid") from None


def format_number(value: float | None) -> str:
    """A stored number in its input, as the field reads it back (repr gave 「1e-06」, which the form then refused)."""
    return numbers.written(value, separators=False)


class NumberField(forms.CharField):
    """A text input for a number; full-width digits accepted, and the KPI's unit after it (「40件」, 「31.5%」 for a KPI
    in percent) as staff type it, as the Excel sheet reads it — in a target as in an actual."""

    def __init__(self, *, percent: bool = False, unit: str = "", text_field: str = "", **kwargs: Any) -> None:
        kwargs.setdefault("required", False)
        kwargs.setdefault("max_length", 40)
        super().__init__(**kwargs)
        self.unit = unicodedata.normalize("NFKC", unit).strip()
        self.percent = percent or is_percent_unit(self.unit)
        self.text_field = text_field  # the form's field for words, named when the input is none (parse_number)
        self.widget.attrs.setdefault("inputmode", "decimal")
        self.widget.attrs.setdefault("autocomplete", "off")

    def clean(self, value: Any) -> float | None:  # type: ignore[override]
        text = super().clean(value)
        if text:
            text = unicodedata.normalize("NFKC", text).strip()
            if self.unit and text.endswith(self.unit):  # 「40件」 for a KPI in 件, 「25%減」 in %減, as the sheet reads it
                text = text.removesuffix(self.unit)
            elif self.percent:
                text = text.removesuffix("%")
            self._check_unit(text)
        number = parse_number(text, self.text_field, self.unit or ("%" if self.percent else ""))
        if self.required and number is None:
            raise ValidationError(self.error_messages["required"], code="required")
        return number

    def _check_unit(self, text: str) -> None:
        """A figure typed with another unit than the indicator's (「１２件」 for 手続, 「80人」 for %): the indicator's
        unit named, as the Excel sheet names it (``core.numbers.wrong_unit``). Not on a field of no indicator, nor for a
        note after the number (「72件（速報値）」「40以上」: ``core.numbers.other_unit``), which parse_number refuses."""
        if not (self.unit or self.percent):
            return
        try:
            split = numbers.with_unit(text)
        except numbers.TooLarge:
            raise ValidationError(numbers.TOO_LARGE, code="invalid") from None
        except numbers.MisplacedComma as misplaced:
            raise ValidationError(misplaced.message, code="invalid") from None
        if split is not None and numbers.other_unit(split[1], self.unit or "%"):
            raise ValidationError(numbers.wrong_unit(self.unit or "%", split[1]), code="invalid")


def grade_choices(scale: Scale, blank: str) -> list[tuple[str, str]]:
    return [("", blank)] + [(code, f"{code}：{scale.label(code)}") for code in scale.codes]


#: The example every date message gives: the two ways the pages and the date picker write a day.
DATE_EXAMPLE = "令和8年12月25日 または 2026-12-25"


class JapaneseDateField(forms.DateField):
    """A date typed as staff type it (``core.dates.parse_date_input``: 「令和8年12月25日」,
    「2026/12/25」, ISO as a date picker sends it), with messages that say what to enter.

    Django's own said 「日付を正しく入力してください。」 and 「このフィールドは必須です。」 — not which
    field, nor in what form — and read 「12/25/2026」 (the US order) but not 「2026/12/25」."""

    widget = forms.DateInput(attrs={"type": "date"})

    def __init__(self, *, label: str, **kwargs: Any) -> None:
        super().__init__(label=label, **kwargs)
        self.error_messages["required"] = _("%(label)sを入力してください（例: %(example)s）。") % {
            "label": label, "example": DATE_EXAMPLE,
        }  # fmt: skip
        self.error_messages["invalid"] = _("%(label)sを %(example)s の形で入力してください。") % {
            "label": label, "example": DATE_EXAMPLE,
        }  # fmt: skip

    def to_python(self, value: Any) -> date | None:
        if value in self.empty_values:
            return None
        if isinstance(value, datetime):
            return value.date()
        if isinstance(value, date):
            return value
        day = parse_date_input(str(value))
        if day is None:
            raise ValidationError(self.error_messages["invalid"], code="invalid")
        return day


class ReportForm(forms.Form):
    """What a department reports on one initiative; one group of three inputs per indicator."""

    version = forms.IntegerField(widget=forms.HiddenInput, min_value=0)
    status = forms.ChoiceField(label=_("進捗状況"), required=False)
    achievements = text_field(_("取組実績"))
    results = text_field(_("成果"))
    issues = text_field(_("課題"))
    next_steps = text_field(_("今後の方向性"))
    self_grade = forms.ChoiceField(label=_("自己評価"), required=False)

    NARRATIVE = ("achievements", "results", "issues", "next_steps")

    def __init__(
        self,
        *args: Any,
        scale: Scale,
        indicators: list[Indicator],
        recorded: Mapping[int, Any] | None = None,
        stored: dict[str, Any] | None = None,
        published: Mapping[int, Figure] | None = None,
        start_grade: str = "",
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self.indicators = indicators
        self.recorded = recorded or {}  # indicator id -> its stored actual: it may be corrected, not erased
        #: indicator id -> the figure the plan file prints for the year (``figures.published_figures``)
        self.published = published or {}
        #: the published 自己評価 the form started from (``figures.start_grade``): given back unchanged, not recorded
        self.start_grade = start_grade
        # the report as saved (``initial_for``): a text is checked for length only where it changes
        self.stored = stored or {}
        self.fields["status"].choices = [("", _("（選択してください）")), *Status.choices]
        self.fields["self_grade"].choices = grade_choices(scale, str(_("（選択してください）")))
        for indicator in indicators:
            # each label names the indicator: with two KPIs in one unit, 「実績値（数値）（%）: …」 did not
            # say which was wrong, and a screen reader heard the same label twice
            named = _("指標『%(name)s』の") % {"name": indicator.label}
            unit = f"（{indicator.unit}）" if indicator.unit else str(_("（数値）"))
            percent = is_percent_unit(indicator.unit)
            self.fields[f"a{indicator.pk}_value"] = NumberField(
                label=named + str(_("実績値")) + unit,
                help_text=_("数値のみ。全角数字と単位（%(unit)s）も入力できます。") % {"unit": indicator.unit.strip()}
                if indicator.unit.strip()
                else _("数値のみ。全角数字も入力できます。"),
                percent=percent,
                unit=indicator.unit,
                text_field=str(_("実績値（原文）")),
            )
            self.fields[f"a{indicator.pk}_text"] = forms.CharField(
                label=named + str(_("実績値（原文）")), required=False, max_length=200,
                help_text=_("単位や「未実施」など、数値で表せない記載。"),
            )  # fmt: skip
            self.fields[f"a{indicator.pk}_note"] = text_field(named + str(_("備考")), rows=2)
            figure = self.published.get(indicator.pk)
            mine = self.recorded.get(indicator.pk)
            if (
                figure is not None
                and (figure[0] is not None or form_text(figure, indicator.unit))
                and mine is not None
                and is_figure(mine.value, mine.text)
                and not same_figure((mine.value, mine.text), figure)
            ):
                # the department overwrote the published figure: it sees it and may take it back (one the form can hold)
                self.fields[f"a{indicator.pk}_restore"] = forms.BooleanField(
                    label=named + str(_("実績値を計画ファイル（公表値）の %(figure)s に戻す"))
                    % {"figure": value_or_text(figure[0], figure[1], indicator.unit)},
                    required=False,
                )

    @staticmethod
    def initial_for(
        report: Any, indicators: list[Indicator], *, start: Mapping[int, Figure] | None = None, grade: str = ""
    ) -> dict[str, Any]:
        """The report as saved; where nothing is recorded yet, ``start`` (indicator id -> the plan file's published
        figure) and ``grade`` (the published 自己評価, ``figures.start_grade``): the form starts from what the
        municipality published; saving it records only what the department changed (``actuals``, ``report_fields``)."""
        initial: dict[str, Any] = {
            "version": report.version,
            "status": report.status,
            "self_grade": grade or report.self_grade,
        }
        for name in ReportForm.NARRATIVE:
            initial[name] = getattr(report, name)
        recorded = {a.indicator_id: a for a in report.actuals.all()}
        for indicator in indicators:
            actual = recorded.get(indicator.pk)
            if actual is not None:
                initial[f"a{indicator.pk}_note"] = actual.note
            if actual is not None and (is_figure(actual.value, actual.text) or not (start and indicator.pk in start)):
                initial[f"a{indicator.pk}_value"] = format_number(actual.value)
                initial[f"a{indicator.pk}_text"] = actual.text
            elif start and indicator.pk in start:
                value, text = start_figure(start[indicator.pk], indicator.unit)
                initial[f"a{indicator.pk}_value"] = format_number(value)
                initial[f"a{indicator.pk}_text"] = text
        return initial

    def restore_field(self, indicator: Indicator) -> forms.BoundField | None:
        """The box that takes the published figure back, where the department's differs from it."""
        name = f"a{indicator.pk}_restore"
        return self[name] if name in self.fields else None

    def indicator_fields(
        self, indicator: Indicator
    ) -> tuple[forms.BoundField, forms.BoundField, forms.BoundField]:
        return self[f"a{indicator.pk}_value"], self[f"a{indicator.pk}_text"], self[f"a{indicator.pk}_note"]

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        for name in self.NARRATIVE:
            _checked_length(self, name, MAX_REPORT_TEXT, self.stored.get(name, ""))
        for indicator in self.indicators:
            name = f"a{indicator.pk}_note"
            _checked_length(self, name, MAX_NOTE, self.stored.get(name, ""))
        for indicator in self.indicators:
            if indicator.pk not in self.recorded:
                continue
            if f"a{indicator.pk}_value" in self.errors:  # 「12.5.3」: its own message, not also this one
                continue
            value, text = data.get(f"a{indicator.pk}_value"), data.get(f"a{indicator.pk}_text") or ""
            if data.get(f"a{indicator.pk}_restore"):  # the published figure taken back: never empty
                continue
            if empties_actual(self.recorded[indicator.pk], value, text):  # the rule save_report keeps
                self.add_error(
                    f"a{indicator.pk}_value",
                    emptied_actual_error(str(_("値を訂正するか、原文欄に「未集計」などと記入してください。"))),
                )
        return data

    def report_fields(self) -> dict[str, str]:
        data = self.cleaned_data
        fields = {name: data.get(name) or "" for name in ("status", *self.NARRATIVE, "self_grade")}
        if unchanged_grade(self.stored.get("self_grade") or "", fields["self_grade"], self.start_grade):
            fields["self_grade"] = ""  # the published grade left as it was: the department's is still none
        return fields

    def _restores(self, pk: int) -> bool:
        """Whether the department asked to take the published figure back for indicator ``pk`` — also where the form
        no longer offers it because it is back already: a double click on 「保存して提出する」 sends the box again, and
        the second is the same submission (「提出済みです」), not another figure."""
        name = f"a{pk}_restore"
        if name in self.fields:
            return bool(self.cleaned_data.get(name))
        return self.data.get(name) in ("on", "true", "True", "1")

    def actuals(self) -> dict[int, tuple[float | None, str, str]]:
        data = self.cleaned_data
        found = {}
        for i in self.indicators:
            value, text = data.get(f"a{i.pk}_value"), (data.get(f"a{i.pk}_text") or "").strip()
            if self._restores(i.pk) and i.pk in self.published:
                figure = self.published[i.pk]
                value, text = figure[0], form_text(figure, i.unit)
            mine = self.recorded.get(i.pk)
            if (mine is None or not is_figure(mine.value, mine.text)) and unchanged_figure(
                self.published.get(i.pk), value, text, i.unit
            ):
                value, text = None, ""  # the published figure left as it was: nothing of the department's to record
            found[i.pk] = (value, text, data.get(f"a{i.pk}_note") or "")
        return found


class ReviewForm(forms.Form):
    """Approve or return a submitted report; returning needs a comment (the editor reads it)."""

    ACTIONS = ("approve", "return")

    comment = text_field(_("コメント"), rows=3, help_text=_("差し戻す場合は必須です。担当課に表示されます。"))

    def __init__(self, *args: Any, action: str = "", **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.action = action

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        if self.action not in self.ACTIONS:
            raise ValidationError(_("操作を選んでください。"))
        if self.action == "return" and not (data.get("comment") or "").strip():
            self.add_error("comment", _("差し戻す理由を記入してください。"))
        _checked_length(self, "comment", MAX_REPORT_TEXT)
        return data


class GradeOverrideForm(forms.Form):
    """The reviewer's grade in place of the computed one: only with a written reason."""

    grade = forms.ChoiceField(label=_("計画担当の評価"), required=False)
    reason = text_field(
        _("評価を変更する理由"), rows=3, help_text=_("算定評価と異なる評価にするときは必須です。")
    )

    def __init__(self, *args: Any, scale: Scale, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        choices = grade_choices(scale, str(_("（変更しない: 算定評価を使う）")))
        extra = sorted(set(scale.lifecycle.values()) - set(scale.codes))
        self.fields["grade"].choices = choices + [(code, code) for code in extra]

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        if data.get("grade") and not (data.get("reason") or "").strip():
            self.add_error("reason", _("評価を変更する理由を記入してください。"))
        _checked_length(self, "reason", MAX_REPORT_TEXT, str(self.initial.get("reason") or ""))
        return data


class RoundForm(forms.Form):
    """Open a round: which fiscal year, by when, and how many days ahead reminders start."""

    fy = forms.TypedChoiceField(label=_("対象年度"), coerce=int)
    deadline = JapaneseDateField(label=_("提出期限"))
    reminder_days = forms.IntegerField(
        label=_("督促を始める日数"), min_value=0, max_value=90, initial=7,
        help_text=_("提出期限の何日前から、未提出の担当課に自動で督促メールを送るか（「督促する」ボタンはいつでも送れます）。"),
        error_messages={
            "required": _("督促を始める日数を入力してください（提出期限の何日前から督促するか。0〜90 の数字、例: 7）。"),
            "invalid": _("督促を始める日数は 0〜90 の数字で入力してください（例: 7）。"),
            "min_value": _("督促を始める日数は 0〜90 の数字で入力してください（例: 7）。"),
            "max_value": _("督促を始める日数は 0〜90 の数字で入力してください（例: 7）。"),
        },
    )  # fmt: skip
    title = forms.CharField(
        label=_("名称"),
        required=False,
        max_length=200,
        help_text=_("空欄なら「令和N年度の実績」になります。"),
    )
    past_deadline = forms.BooleanField(
        label=_("過ぎた日付の提出期限で開始する"),
        required=False,
        help_text=_(
            "過去の年度の回を記録するときだけ。開始するとすぐに、未提出の担当課へ期限超過の督促が送られます。"
        ),
    )

    def clean(self) -> dict[str, Any]:
        """A deadline already past opens a round that is overdue at once (its first mails are
        【提出期限超過】): most likely a typo in the year, so it needs the tick."""
        data = super().clean()
        deadline = data.get("deadline")
        if deadline and deadline < timezone.localdate() and not data.get("past_deadline"):
            self.add_error("deadline", _(
                "提出期限（%(d)s）は過ぎた日付です。日付を確かめてください。過去の年度の回を記録するときは"
                "「過ぎた日付の提出期限で開始する」にチェックを入れてください。") % {"d": deadline_label(deadline)})  # fmt: skip
        return data

    def __init__(self, *args: Any, plan: Plan, taken: set[int] | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        this_year = date.today().year
        years = plan.fiscal_years or list(range(this_year - 5, this_year + 2))
        self.fields["fy"].choices = [
            (fy, fiscal_year(fy) + (str(_("・作成済み")) if fy in (taken or set()) else "")) for fy in years
        ]


class TargetsForm(forms.Form):
    """An indicator's yearly targets; once the plan has a round, the change needs a reason."""

    reason = forms.CharField(
        label=_("改訂理由"), required=False, widget=forms.Textarea(attrs={"rows": 3, "cols": 60}),
    )  # fmt: skip

    def __init__(self, *args: Any, years: list[int], current: dict[int, float | None], reason_required: bool,
                 unit: str = "", **kwargs: Any) -> None:  # fmt: skip
        super().__init__(*args, **kwargs)
        self.years = years
        self.current = current
        self.reason_required = reason_required
        for fy in years:
            self.fields[f"fy_{fy}"] = NumberField(label=fiscal_year(fy), unit=unit)
            if current.get(fy) is not None:
                self.initial.setdefault(f"fy_{fy}", format_number(current[fy]))
        if reason_required:
            self.fields["reason"].help_text = _(
                "進捗管理を開始した計画の目標値を変更するため、改訂理由が必要です。"
            )

    def year_fields(self) -> list[forms.BoundField]:
        return [self[f"fy_{fy}"] for fy in self.years]

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        for fy in self.years:
            name = f"fy_{fy}"
            if name in data and data[name] is None and self.current.get(fy) is not None:
                self.add_error(name, _("目標値は削除できません。変更後の値を入力してください。"))
        changed = any(
            data.get(f"fy_{fy}") is not None and data.get(f"fy_{fy}") != self.current.get(fy)
            for fy in self.years
        )
        if changed and self.reason_required and not (data.get("reason") or "").strip():
            self.add_error("reason", _("進捗管理の開始後に目標値を変更するには、改訂理由が必要です。"))
        return data

    def targets(self) -> dict[int, float | None]:
        """Only the years whose value changed (unchanged years are not part of the revision)."""
        out = {}
        for fy in self.years:
            value = self.cleaned_data.get(f"fy_{fy}")
            if value != self.current.get(fy) and value is not None:
                out[fy] = value
        return out


class ExtendForm(forms.Form):
    """A later deadline for the whole round, or for one department."""

    deadline = JapaneseDateField(label=_("新しい提出期限"))
    department = forms.TypedChoiceField(label=_("対象"), coerce=int, empty_value=None, required=False)
    reason = forms.CharField(
        label=_("理由（任意）"), required=False, max_length=500, widget=forms.TextInput(attrs={"size": 40})
    )

    def __init__(self, *args: Any, departments: list[tuple[int, str]], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["department"].choices = [("", _("回全体（すべての担当課）"))] + departments


class ReasonForm(forms.Form):
    """Reopening a round or unpublishing a report: a reason is required and recorded."""

    reason = forms.CharField(
        label=_("理由"), max_length=1000, widget=forms.Textarea(attrs={"rows": 2, "cols": 50}),
        error_messages={"required": _("理由を記入してください。")},
    )  # fmt: skip
