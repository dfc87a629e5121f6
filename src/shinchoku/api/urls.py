"""URLs of the REST API, included at /api/v1/: the operations, the OpenAPI schema, and JSON 404s.

/api/v1/ itself answers a small JSON index; any unknown path under it a JSON 404 (never the HTML
error page), whatever the method: these views are exempt from CSRF as ninja's operations are (the API
authenticates by token, never by the session cookie), so a PUT to a wrong URL is not answered Django's
HTML 「送信を受け付けられませんでした」. HEAD is answered for every GET operation.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.urls import Resolver404, URLPattern, path, re_path, resolve, reverse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_safe
from django.views.generic import RedirectView

from .api import NOT_FOUND, api

JSON_PARAMS = {"ensure_ascii": False}


def index(request: HttpRequest) -> JsonResponse:
    return JsonResponse(
        {
            "title": api.title,
            "version": api.version,
            "openapi": reverse(f"{api.urls_namespace}:openapi-json"),
            # the interactive page this installation serves (a repository path, 「docs/api.md」, led nowhere)
            "documentation": reverse(f"{api.urls_namespace}:openapi-view"),
        },
        json_dumps_params=JSON_PARAMS,
    )


#: /api/ and /api/docs (included at the top, outside /api/v1/): to the interactive documentation, /api/v1/docs (walked:
#: 「/api/docs」 was the HTML 404, the docs being one version deeper)
to_docs = RedirectView.as_view(pattern_name=f"{api.urls_namespace}:openapi-view")


@csrf_exempt
def unknown_path(request: HttpRequest, rest: str = "") -> JsonResponse:
    return JsonResponse(
        {"detail": _slash_note(request.path) or NOT_FOUND}, status=404, json_dumps_params=JSON_PARAMS
    )


def _slash_note(path: str) -> str | None:
    """What to say of a URL that is one of the API's but for a closing 「/」 (walked: 「/api/v1/docs/」 answered
    「公表されていないか、存在しません」, as if the docs were unpublished); None for any other."""
    if not path.endswith("/"):
        return None
    try:
        found = resolve(path.rstrip("/"))
    except Resolver404:
        return None
    if found.func is unknown_path:
        return None
    return f"見つかりません。URL の末尾に「/」は付けません: {path.rstrip('/')}"


def http_semantics(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """What ninja leaves to the server: HEAD answered as GET without a body, and a JSON 405."""

    @wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        head = request.method == "HEAD"
        if head:
            request.method = "GET"
        try:
            response = view(request, *args, **kwargs)
        finally:
            if head:
                request.method = "HEAD"
        if response.status_code == 405 and not response.get("Content-Type", "").startswith(
            "application/json"
        ):
            allowed = response.get("Allow", "")
            response = JsonResponse(
                {"detail": f"このURLでは {request.method} は使えません（使えるのは {allowed}）。"},
                status=405,
                json_dumps_params=JSON_PARAMS,
            )
            response["Allow"] = allowed
        if head and not response.streaming:
            response["Content-Length"] = str(len(response.content))
            response.content = b""
        return response

    return wrapper


def read_only(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """A page of the API that is no operation (the index, the schema, the docs): GET and HEAD, any other method a
    JSON 405 (through ``http_semantics``), never the CSRF page."""
    return csrf_exempt(require_safe(view))


_operations, _app_name, _namespace = api.urls
for pattern in _operations:
    if isinstance(pattern, URLPattern):
        # ninja's operations are exempt (they authenticate by token); its schema and docs views are not
        view = pattern.callback
        pattern.callback = http_semantics(view if getattr(view, "csrf_exempt", False) else read_only(view))

urlpatterns = [
    path("", http_semantics(read_only(index)), name="api-index"),
    path("", (_operations, _app_name, _namespace)),
    re_path(r"^(?P<rest>.*)$", unknown_path),
]
