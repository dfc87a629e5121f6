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


class MethodNotAllowedMiddleware:
    """A page address opened that only a button may send to (「督促する」's /rounds/4/reminders/, a
    reload after the confirmation, a bookmark) answered 405 with an empty body: the browser showed its
    own English 「HTTP ERROR 405」. Such an answer gets a page in Japanese saying what happened, with a
    link to the page the button is on (the address one level up, when it is a page); the status and
    its ``Allow`` header stay. The API answers for itself."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if response.status_code != 405 or response.content or request.path.startswith("/api/"):
            return response
        page = render(request, "405.html", {"back": _page_above(request.path)}, status=405)
        if response.has_header("Allow"):
            page["Allow"] = response["Allow"]
        return page


def _page_above(path: str) -> str | None:
    """「/rounds/4/」 for 「/rounds/4/reminders/」, 「/reports/7/」 for 「/reports/7/review/」: the page the
    button is on, when the address one level up is a page of the app; else None."""
    from django.urls import Resolver404, resolve

    parent = path.rstrip("/").rsplit("/", 1)[0] + "/"
    if parent == path or parent == "/":
        return None
    try:
        resolve(parent)
    except Resolver404:
        return None
    return parent
