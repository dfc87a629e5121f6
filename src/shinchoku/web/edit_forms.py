"""Forms of the plan office's edit pages: input checking only (the rules are in plans.editing,
progress.services.update_plan_targets and progress.scales). Numbers accept full-width digits
(progress.forms.NumberField)."""

from __future__ import annotations

from typing import Any

from django import forms
from django.core.exceptions import ValidationError

from shinchoku.importers.text import wareki
from shinchoku.plans.editing import IndicatorEdit, Schedule
from shinchoku.plans.models import Department, Indicator, Initiative, Plan, Section
from shinchoku.progress.forms import NumberField, format_number

TEXTAREA = {"rows": 4, "cols": 60}
HALVES = {None: "", 1: "前期", 2: "後期"}


def year_choices(plan: Plan, *extra: int | None) -> list[tuple[str, str]]:
    years = set(plan.fiscal_years)
    if plan.start_fy:
        years |= set(range(plan.start_fy - 10, plan.start_fy))
    years |= {y for y in extra if y}
    return [("", "（なし）")] + [(str(y), f"{wareki(y)}（{y}）") for y in sorted(years)]


def _year(value: str) -> int | None:
    return int(value) if value else None


class InitiativeForm(forms.Form):
    """Title, summary, 担当課, schedule per fiscal year and the indicators of one initiative."""

    version = forms.IntegerField(widget=forms.HiddenInput, min_value=0)
    code = forms.CharField(label="番号", required=False, max_length=50)
    title = forms.CharField(label="取組名", max_length=2000, widget=forms.Textarea(attrs={"rows": 2, "cols": 60}))
    summary = forms.CharField(label="概要", required=False, max_length=20000, widget=forms.Textarea(attrs=TEXTAREA))
    departments = forms.ModelMultipleChoiceField(
        label="担当課", required=False, queryset=Department.objects.none(), widget=forms.CheckboxSelectMultiple
    )

    def __init__(self, *args: Any, initiative: Initiative, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.initiative = initiative
        plan = initiative.plan
        self.fields["departments"].queryset = Department.objects.filter(municipality_id=plan.municipality_id)
        links = list(initiative.department_links.order_by("position", "pk"))
        self.initial.update(
            version=initiative.version, code=initiative.code, title=initiative.title, summary=initiative.summary,
            departments=[link.department_id for link in links],
        )  # fmt: skip
        self.linked = [link.department_id for link in links]
        from shinchoku.plans.editing import current_schedule

        schedule = current_schedule(initiative)
        self.periods = sorted(
            set(schedule) | {(fy, None) for fy in plan.fiscal_years}, key=lambda k: (k[0], k[1] or 0)
        )
        for fy, half in self.periods:
            name = f"s{fy}_{half or 0}"
            self.fields[name] = forms.CharField(
                label=f"{wareki(fy)}{HALVES[half]}（{fy}）", required=False, max_length=5000,
                widget=forms.Textarea(attrs={"rows": 2, "cols": 50}), help_text="1行に1項目",
            )  # fmt: skip
            self.initial[name] = "\n".join(schedule.get((fy, half), []))
        self.indicators = list(initiative.indicators.active().order_by("position", "pk"))
        for indicator in self.indicators:
            self._indicator_fields(f"i{indicator.pk}", indicator)
        self._indicator_fields("new", None)

    def _indicator_fields(self, prefix: str, indicator: Indicator | None) -> None:
        plan = self.initiative.plan
        extra = (indicator.baseline_fy, indicator.final_target_fy) if indicator else ()
        years = year_choices(plan, *extra)
        new = indicator is None
        self.fields[f"{prefix}_name"] = forms.CharField(
            label="新しい指標の名称" if new else "指標名", required=not new, max_length=2000,
        )  # fmt: skip
        self.fields[f"{prefix}_unit"] = forms.CharField(label="単位", required=False, max_length=50)
        self.fields[f"{prefix}_baseline_fy"] = forms.ChoiceField(label="基準年度", required=False, choices=years)
        unit = indicator.unit if indicator else ""  # 「35手続」 typed as the plan prints it
        self.fields[f"{prefix}_baseline_value"] = NumberField(label="基準値", unit=unit)
        self.fields[f"{prefix}_final_fy"] = forms.ChoiceField(label="最終目標年度", required=False, choices=years)
        self.fields[f"{prefix}_final_value"] = NumberField(label="最終目標値", unit=unit)
        if indicator is not None:
            self.fields[f"{prefix}_retire"] = forms.BooleanField(label="この指標を計画から外す", required=False)
            self.initial.update({
                f"{prefix}_name": indicator.name, f"{prefix}_unit": indicator.unit,
                f"{prefix}_baseline_fy": str(indicator.baseline_fy or ""),
                f"{prefix}_baseline_value": format_number(indicator.baseline_value),
                f"{prefix}_final_fy": str(indicator.final_target_fy or ""),
                f"{prefix}_final_value": format_number(indicator.final_target_value),
            })  # fmt: skip

    # --- for the template ---

    def schedule_fields(self) -> list[forms.BoundField]:
        return [self[f"s{fy}_{half or 0}"] for fy, half in self.periods]

    def indicator_groups(self) -> list[tuple[Indicator | None, list[forms.BoundField]]]:
        groups: list[tuple[Indicator | None, list[forms.BoundField]]] = []
        for indicator in [*self.indicators, None]:
            prefix = f"i{indicator.pk}" if indicator else "new"
            names = ["name", "unit", "baseline_fy", "baseline_value", "final_fy", "final_value"]
            if indicator:
                names.append("retire")
            groups.append((indicator, [self[f"{prefix}_{n}"] for n in names]))
        return groups

    # --- for the service ---

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        new_name = (data.get("new_name") or "").strip()
        new_values = [data.get(f"new_{n}") for n in ("unit", "baseline_fy", "baseline_value", "final_fy", "final_value")]
        if not new_name and any(v not in (None, "") for v in new_values):
            self.add_error("new_name", ValidationError("新しい指標の名称を入力してください。"))
        return data

    def edited_departments(self) -> list[Department]:
        """Chosen departments: those already linked in their order, then the new ones by name."""
        chosen = {d.pk: d for d in self.cleaned_data["departments"]}
        ordered = [chosen.pop(pk) for pk in self.linked if pk in chosen]
        return ordered + sorted(chosen.values(), key=lambda d: d.name)

    def edited_schedule(self) -> Schedule:
        return {(fy, half): (self.cleaned_data.get(f"s{fy}_{half or 0}") or "").splitlines() for fy, half in self.periods}

    def edited_indicators(self) -> list[IndicatorEdit]:
        edits = []
        for indicator in [*self.indicators, None]:
            prefix = f"i{indicator.pk}" if indicator else "new"
            d = self.cleaned_data
            edits.append(IndicatorEdit(
                pk=indicator.pk if indicator else None,
                name=(d.get(f"{prefix}_name") or "").strip(), unit=(d.get(f"{prefix}_unit") or "").strip(),
                baseline_fy=_year(d.get(f"{prefix}_baseline_fy") or ""), baseline_value=d.get(f"{prefix}_baseline_value"),
                final_target_fy=_year(d.get(f"{prefix}_final_fy") or ""), final_target_value=d.get(f"{prefix}_final_value"),
                retire=bool(d.get(f"{prefix}_retire")),
            ))  # fmt: skip
        return edits


class NewInitiativeForm(forms.Form):
    section = forms.ModelChoiceField(label="施策体系", queryset=Section.objects.none(), required=False,
                                     empty_label="（施策体系なし）")  # fmt: skip
    code = forms.CharField(label="番号", required=False, max_length=50)
    title = forms.CharField(label="取組名", max_length=2000)
    summary = forms.CharField(label="概要", required=False, max_length=20000, widget=forms.Textarea(attrs=TEXTAREA))
    departments = forms.ModelMultipleChoiceField(
        label="担当課", required=False, queryset=Department.objects.none(), widget=forms.CheckboxSelectMultiple
    )

    def __init__(self, *args: Any, plan: Plan, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["section"].queryset = plan.sections.all()
        self.fields["section"].label_from_instance = lambda s: ("　" * s.depth) + str(s)
        self.fields["departments"].queryset = Department.objects.filter(municipality_id=plan.municipality_id)


class TargetsGridForm(forms.Form):
    """Every indicator of the plan × the plan's fiscal years: one input per cell, and what each showed."""

    reason = forms.CharField(label="改訂理由", required=False, max_length=2000,
                             widget=forms.Textarea(attrs={"rows": 2, "cols": 60}))  # fmt: skip

    def __init__(self, *args: Any, plan: Plan, indicators: list[Indicator],
                 current: dict[tuple[int, int], float | None], reason_required: bool, **kwargs: Any) -> None:  # fmt: skip
        super().__init__(*args, **kwargs)
        self.years = sorted(set(plan.fiscal_years) | {fy for _, fy in current})
        self.indicators = indicators
        self.current = current
        self.reason_required = reason_required
        for indicator in indicators:
            for fy in self.years:
                name = f"t{indicator.pk}_{fy}"
                self.fields[name] = NumberField(label=f"{indicator.name}　{wareki(fy)}", unit=indicator.unit)
                self.fields[name].widget.attrs.update(size=8)
                self.fields[f"was{indicator.pk}_{fy}"] = forms.CharField(required=False, widget=forms.HiddenInput)
                shown = format_number(current.get((indicator.pk, fy)))
                self.initial[name] = shown
                self.initial[f"was{indicator.pk}_{fy}"] = shown
        if reason_required:
            self.fields["reason"].help_text = "進捗管理を開始した計画の目標値を変更するため、改訂理由が必要です。"

    def rows(self) -> list[tuple[Indicator, list[tuple[forms.BoundField, forms.BoundField]]]]:
        return [
            (i, [(self[f"t{i.pk}_{fy}"], self[f"was{i.pk}_{fy}"]) for fy in self.years]) for i in self.indicators
        ]

    def _shown(self, key: tuple[int, int]) -> float | None:
        from shinchoku.progress.forms import parse_number

        try:
            return parse_number(self.data.get(f"was{key[0]}_{key[1]}"))
        except ValidationError:
            return None

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        for indicator in self.indicators:
            for fy in self.years:
                name, key = f"t{indicator.pk}_{fy}", (indicator.pk, fy)
                if name in data and data[name] is None and self._shown(key) is not None:
                    self.add_error(name, "目標値は削除できません。変更後の値を入力してください。")
        if self.changes() and self.reason_required and not (data.get("reason") or "").strip():
            self.add_error("reason", "進捗管理の開始後に目標値を変更するには、改訂理由が必要です。")
        return data

    def changes(self) -> dict[int, dict[int, float | None]]:
        """Only the cells whose value differs from what the page showed."""
        out: dict[int, dict[int, float | None]] = {}
        for indicator in self.indicators:
            for fy in self.years:
                value = self.cleaned_data.get(f"t{indicator.pk}_{fy}")
                if value is not None and value != self._shown((indicator.pk, fy)):
                    out.setdefault(indicator.pk, {})[fy] = value
        return out

    def shown(self) -> dict[tuple[int, int], float | None]:
        return {(i, fy): self._shown((i, fy)) for i, years in self.changes().items() for fy in years}


class ScaleForm(forms.Form):
    """The grades from best to worst: letter, label, lowest achievement rate in percent."""

    expected = forms.CharField(widget=forms.HiddenInput)
    not_evaluable_label = forms.CharField(label="評価できない場合の名称", max_length=50)

    def __init__(self, *args: Any, grades: list[Any], not_evaluable: Any, expected: str, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.count = max(len(grades) + 2, 5)
        self.initial.update(expected=expected, not_evaluable_label=not_evaluable.label)
        self.not_evaluable_code = not_evaluable.code
        for n in range(self.count):
            self.fields[f"g{n}_code"] = forms.CharField(label=f"{n + 1}番目の記号", required=False, max_length=10)
            self.fields[f"g{n}_label"] = forms.CharField(label=f"{n + 1}番目の名称", required=False, max_length=50)
            self.fields[f"g{n}_rate"] = NumberField(label=f"{n + 1}番目の達成率の下限（%）")
            if n < len(grades):
                g = grades[n]
                self.initial.update({f"g{n}_code": g.code, f"g{n}_label": g.label,
                                     f"g{n}_rate": format_number(None if g.min_rate is None else round(g.min_rate * 100, 6))})  # fmt: skip

    def row_fields(self) -> list[list[forms.BoundField]]:
        return [[self[f"g{n}_{k}"] for k in ("code", "label", "rate")] for n in range(self.count)]

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        for n in range(self.count):
            code, label = (data.get(f"g{n}_code") or "").strip(), (data.get(f"g{n}_label") or "").strip()
            if (code or data.get(f"g{n}_rate") is not None) and not label:
                self.add_error(f"g{n}_label", "名称を入力してください。")
            if (label or data.get(f"g{n}_rate") is not None) and not code:
                self.add_error(f"g{n}_code", "記号を入力してください。")
        return data

    def grades(self) -> list[Any]:
        from shinchoku.progress.scales import GradeRow

        out = []
        for n in range(self.count):
            code = (self.cleaned_data.get(f"g{n}_code") or "").strip()
            if not code:
                continue
            rate = self.cleaned_data.get(f"g{n}_rate")
            out.append(GradeRow(code, (self.cleaned_data.get(f"g{n}_label") or "").strip(),
                                None if rate is None else round(rate / 100, 6)))  # fmt: skip
        return out
