"""「指標の比較」 pages. Thin: queries reads, charts draws, the templates render."""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render

from shinchoku.core.numbers import written
from shinchoku.core.paging import page_of
from shinchoku.core.prefectures import PREFECTURES
from shinchoku.importers.text import wareki
from shinchoku.web.charts import bar_chart

from . import queries
from .kinds import catalogue


def index(request: HttpRequest) -> HttpResponse:
    return render(request, "compare/index.html", {"kinds": queries.kind_counts()})


def kind_page(request: HttpRequest, slug: str) -> HttpResponse:
    kind = catalogue().get(slug)
    if kind is None:
        raise Http404
    # An unknown prefecture or sort in a hand-edited address shows everything in the default order.
    prefecture = request.GET.get("pref", "")
    prefecture = prefecture if prefecture in PREFECTURES else ""
    sort = request.GET.get("sort", "")
    sort = sort if sort in queries.SORTS else queries.SORTS[0]
    comparison = queries.compare(kind, prefecture, sort)
    page = page_of(request, comparison.rows)
    queries.fill(list(page.object_list), kind)
    chart = bar_chart(
        [
            (
                f"{row.prefecture}{row.municipality}",
                row.latest.value,
                f"{written(row.latest.value)}{kind.unit}（{wareki(row.latest.fy)}）",
            )
            for row in comparison.chart_rows
            if row.latest and row.latest.value is not None and row.latest.fy
        ]
    )
    context = {
        "kind": kind,
        "comparison": comparison,
        "page": page,
        "chart": chart,
        "prefecture": prefecture,
        "sort": sort,
    }
    return render(request, "compare/kind.html", context)
