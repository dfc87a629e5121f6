"""URLs of the REST API, included at /api/v1/: the operations, the OpenAPI schema, and JSON 404s.

/api/v1/ itself answers a small JSON index; any unknown path under it a JSON 404 (never the HTML
error page).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.urls import URLPattern, path, re_path, reverse

from .api import NOT_FOUND, api

JSON_PARAMS = {"ensure_ascii": False}


def index(request: HttpRequest) -> JsonResponse:
    return JsonResponse(
        {
            "title": api.title,
            "version": api.version,
            "openapi": reverse(f"{api.urls_namespace}:openapi-json"),
            "documentation": "docs/api.md",
        },
        json_dumps_params=JSON_PARAMS,
    )


def unknown_path(request: HttpRequest, rest: str = "") -> JsonResponse:
    return JsonResponse({"detail": NOT_FOUND}, status=404, json_dumps_params=JSON_PARAMS)


def json_method_not_allowed(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """ninja answers a method a path does not have with a plain-text 405; make it JSON too."""

    @wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        response = view(request, *args, **kwargs)
        if response.status_code != 405 or response.get("Content-Type", "").startswith("application/json"):
            return response
        allowed = response.get("Allow", "")
        refused = JsonResponse(
            {"detail": f"このURLでは {request.method} は使えません（使えるのは {allowed}）。"},
            status=405,
            json_dumps_params=JSON_PARAMS,
        )
        refused["Allow"] = allowed
        return refused

    return wrapper


_operations, _app_name, _namespace = api.urls
for pattern in _operations:
    if isinstance(pattern, URLPattern):
        pattern.callback = json_method_not_allowed(pattern.callback)

urlpatterns = [
    path("", index, name="api-index"),
    path("", (_operations, _app_name, _namespace)),
    re_path(r"^(?P<rest>.*)$", unknown_path),
]
