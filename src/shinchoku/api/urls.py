"""URLs of the REST API, included at /api/v1/: the operations, the OpenAPI schema, and JSON 404s.

/api/v1/ itself answers a small JSON index; any unknown path under it a JSON 404 (never the HTML
error page).
"""

from __future__ import annotations

from django.http import HttpRequest, JsonResponse
from django.urls import path, re_path, reverse

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


urlpatterns = [
    path("", index, name="api-index"),
    path("", api.urls),
    re_path(r"^(?P<rest>.*)$", unknown_path),
]
