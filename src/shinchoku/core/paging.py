"""One page of a long list: every list that grows with the installation is shown a page at a time.

A national installation holds 1,741 municipalities and thousands of rounds; a page that lists them
all grows with the database (the home page was 1.5 MB). Django's Paginator counts and slices in
SQL; ``get_page`` turns a missing, odd or too large ``?page=`` into the first or last page instead
of an error, so a hand-edited address never fails.
"""

from __future__ import annotations

from typing import Any

from django.core.paginator import Page, Paginator
from django.http import HttpRequest

#: Rows per page of the long lists (rounds, search results …); the home page shows fewer
#: municipalities, each with its plans.
PER_PAGE = 50


def page_of(request: HttpRequest, items: Any, per_page: int = PER_PAGE) -> Page:
    """The page of ``items`` (a QuerySet with a total order, or a list) that ``?page=`` asks for,
    with ``numbers``: the page links to show (1 2 … 7 8 9 … 34 35)."""
    page = Paginator(items, per_page).get_page(request.GET.get("page"))
    page.numbers = list(page.paginator.get_elided_page_range(page.number))  # type: ignore[attr-defined]
    return page
