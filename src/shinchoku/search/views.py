"""The search page. Thin: the form reads the URL, service.search ranks, the template renders."""

from __future__ import annotations

import math

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from . import service
from .forms import SearchForm

PAGE_SIZE = 20


def search(request: HttpRequest) -> HttpResponse:
    prefecture = request.GET.get("prefecture", "")[:10]
    form = SearchForm(request.GET or None, choices=service.filter_choices(prefecture))
    page = None
    if form.is_bound and form.is_valid() and form.cleaned_data["q"]:
        number = form.cleaned_data.get("page") or 1
        page = service.search(
            form.cleaned_data["q"], form.filters(), offset=(number - 1) * PAGE_SIZE, limit=PAGE_SIZE
        )
    context = {"form": form, "page": page}
    if page is not None:
        pages = max(1, math.ceil(page.total / PAGE_SIZE))
        number = page.offset // PAGE_SIZE + 1
        query = request.GET.copy()
        query.pop("page", None)
        context.update(
            number=number,
            pages=pages,
            first=page.offset + 1,
            last=page.offset + len(page.results),
            previous_page=number - 1 if number > 1 else None,
            next_page=number + 1 if number < pages else None,
            base_query=query.urlencode(),
        )
    return render(request, "search/search.html", context)
