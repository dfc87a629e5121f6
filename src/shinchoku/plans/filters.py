"""The filters of a plan's initiatives (django-filter): section, department, scope, priority, mark,
KPI, text — one definition for the plan page (web) and the API's initiative list.

The filter state lives in the query string, so a filtered view is a URL that can be shared.
"""

from __future__ import annotations

import re
import unicodedata

import django_filters
from django import forms
from django.db.models import Q, QuerySet
from django.utils.translation import gettext_lazy as _

from .models import Initiative, Plan, Scope, scope_label
from .queries import descendant_ids


def in_number_order(label: str) -> tuple:
    """「重点施策2」 before 「重点施策10」, as the plan numbers them (a plain sort put 10–19 before 2);
    full-width digits count as digits."""
    parts = re.split(r"(\d+)", unicodedata.normalize("NFKC", label))
    return tuple((0, int(p), "") if p.isdigit() else (1, 0, p) for p in parts if p)


class InitiativeFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(label=_("キーワード"), method="filter_text")
    section = django_filters.ChoiceFilter(label=_("施策体系"), method="filter_section", empty_label=_("すべて"))
    department = django_filters.ChoiceFilter(
        label=_("担当課"), method="filter_department", empty_label=_("すべて")
    )
    scope = django_filters.ChoiceFilter(label=_("区分"), choices=Scope.choices, empty_label=_("すべて"))
    priority = django_filters.ChoiceFilter(label=_("重点"), method="filter_priority", empty_label=_("すべて"))
    mark = django_filters.ChoiceFilter(label=_("印"), method="filter_mark", empty_label=_("すべて"))
    has_indicators = django_filters.ChoiceFilter(
        label=_("指標"),
        choices=[("1", _("指標あり")), ("0", _("指標なし"))],
        method="filter_has_indicators",
        empty_label=_("すべて"),
    )

    class Meta:
        model = Initiative
        fields = ["q", "section", "department", "scope", "priority", "mark", "has_indicators"]

    def __init__(self, data, queryset: QuerySet[Initiative], *, plan: Plan, sections, departments) -> None:
        super().__init__(data, queryset=queryset)
        self.plan = plan
        self.sections = sections
        indent = "\u3000"
        self.filters["section"].extra["choices"] = [
            (str(s.pk), f"{indent * s.depth}{s.code + ' ' if s.code else ''}{s.title}") for s in sections
        ]
        self.filters["department"].extra["choices"] = [(str(d.pk), f"{d.name}（{d.n}）") for d in departments]
        values = list(plan.initiatives.active().values_list("priority", "marks", "scope"))
        scopes = {scope for _, _, scope in values if scope}
        self.filters["scope"].extra["choices"] = [
            (value, scope_label(value, plan.municipality.name)) for value in Scope.values if value in scopes
        ]
        priorities = sorted({p for p, _, _ in values if p}, key=in_number_order)
        marks = sorted({m for _, ms, _ in values for m in (ms or []) if isinstance(m, str)}, key=in_number_order)
        self.filters["priority"].extra["choices"] = [(p, p) for p in priorities]
        self.filters["mark"].extra["choices"] = [(m, m) for m in marks]
        for name, field in self.form.fields.items():
            field.widget.attrs.setdefault("id", f"filter-{name}")
            if isinstance(field.widget, forms.TextInput):
                field.widget.attrs.update(type="search", placeholder=_("名称・概要・番号で検索"))

    def offered(self) -> list[forms.BoundField]:
        """The form's fields with something to choose: a plan whose 取組 have no 区分, 重点 or 印 (a plan read from
        a Word document, a sheet of its own) is not offered a filter that could only say 「すべて」."""
        return [
            field
            for field in self.form
            if not isinstance(field.field, forms.ChoiceField) or len(list(field.field.choices)) > 1
        ]

    def filter_text(self, queryset, name, value):
        terms = {value.strip(), unicodedata.normalize("NFKC", value).strip()} - {""}
        query = Q()
        for term in terms:
            query |= Q(title__icontains=term) | Q(summary__icontains=term) | Q(code__iexact=term)
        return queryset.filter(query) if query else queryset

    def filter_section(self, queryset, name, value):
        return queryset.filter(section_id__in=descendant_ids(self.sections, int(value)))

    def filter_department(self, queryset, name, value):
        return queryset.filter(department_links__department_id=int(value))

    def filter_priority(self, queryset, name, value):
        return queryset.filter(priority=value)

    def filter_mark(self, queryset, name, value):
        # Marks are a JSON list; SQLite cannot query inside it, so match in Python (one query).
        ids = [pk for pk, marks in queryset.values_list("pk", "marks") if value in (marks or [])]
        return queryset.filter(pk__in=ids)

    def filter_has_indicators(self, queryset, name, value):
        return queryset.filter(n_indicators__gt=0) if value == "1" else queryset.filter(n_indicators=0)
