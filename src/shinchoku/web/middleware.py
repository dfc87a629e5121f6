"""``Cache-Control: no-store`` on every response to a signed-in user (session or API token).

What a signed-in user sees may be unpublished (open rounds, draft reports, workbooks of open rounds,
user management): no shared cache and no browser cache may keep it. Anonymous visitors see published
data only, and keep the caching each view chose (open data: public, revalidated).
"""

from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse
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
