"""Middleware of the web pages.

``NoStoreMiddleware``: ``Cache-Control: no-store`` on every response to a signed-in user (session or
API token). What a signed-in user sees may be unpublished (open rounds, draft reports, workbooks of
open rounds, user management): no shared cache and no browser cache may keep it. Anonymous visitors
see published data only, and keep the caching each view chose (open data: public, revalidated).

``TooLargeMiddleware``: a request body larger than any form takes is answered before it is read, with
a page in Japanese (the server's own limit, further up, answers in English only).
"""

from __future__ import annotations

from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.cache import patch_cache_control


class NoStoreMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        user = getattr(request, "user", None)  # the API sets the token's user on the request
        if getattr(user, "is_authenticated", False):
            patch_cache_control(response, private=True, no_store=True)
        return response


class TooLargeMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = 0
        if length > settings.MAX_REQUEST_BODY:
            from shinchoku.importers import MAX_INPUT_BYTES

            mb = 1024 * 1024
            context = {"sent_mb": -(-length // mb), "limit_mb": MAX_INPUT_BYTES // mb}
            return render(request, "413.html", context, status=413)
        return self.get_response(request)
