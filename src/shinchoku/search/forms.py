"""The search form: query and filters from the URL, validated, with Japanese messages."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from shinchoku.core.dates import fiscal_year

from .service import MAX_QUERY, Filters


class SearchForm(forms.Form):
    q = forms.CharField(label=_("検索語"), max_length=MAX_QUERY, required=False, strip=True)
    prefecture = forms.ChoiceField(label=_("都道府県"), required=False)
    municipality = forms.TypedChoiceField(
        label=_("自治体"), required=False, coerce=int, empty_value=None,
        help_text=_("都道府県を選んで検索すると、その自治体を選べます。"),
    )  # fmt: skip
    fy = forms.TypedChoiceField(label=_("計画期間に含む年度"), required=False, coerce=int, empty_value=None)
    item = forms.ChoiceField(label=_("国の計画の項目"), required=False)
    has_kpi = forms.BooleanField(label=_("指標（KPI）のある取組"), required=False)
    has_results = forms.BooleanField(label=_("実績が公表されている取組"), required=False)
    page = forms.IntegerField(required=False, min_value=1, max_value=10_000, widget=forms.HiddenInput)

    def __init__(self, data: Any, *, choices: dict[str, list]) -> None:
        super().__init__(data, label_suffix="")
        everything = [("", _("すべて"))]
        self.fields["prefecture"].choices = everything + [(p, p) for p in choices["prefectures"]]
        self.fields["municipality"].choices = everything + [(m.pk, str(m)) for m in choices["municipalities"]]
        self.fields["fy"].choices = everything + [(y, fiscal_year(y)) for y in choices["years"]]
        self.fields["item"].choices = everything + list(choices.get("items", []))

    def filters(self) -> Filters:
        data = self.cleaned_data
        return Filters(
            prefecture=data.get("prefecture") or "",
            municipality=data.get("municipality"),
            has_kpi=bool(data.get("has_kpi")),
            has_results=bool(data.get("has_results")),
            fiscal_year=data.get("fy"),
            item=data.get("item") or "",
        )
