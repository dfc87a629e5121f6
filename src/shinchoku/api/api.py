"""The NinjaAPI instance: routers, JSON errors, conditional GET (ETag / Last-Modified → 304).

Every error is JSON ``{"detail": "<日本語のメッセージ>"}`` (422 adds ``errors``); unexpected
exceptions are logged and answered 500 without a traceback. Successful GET responses carry an
ETag (a hash of the body) and honour If-None-Match; the plan resource also has Last-Modified.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from datetime import datetime
from functools import wraps
from typing import Any

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.utils.cache import (
    get_conditional_response,
    patch_cache_control,
    patch_vary_headers,
    set_response_etag,
)
from django.utils.http import parse_http_date_safe
from ninja import NinjaAPI, Swagger
from ninja.errors import AuthenticationError, HttpError, ValidationError
from ninja.renderers import JSONRenderer
from ninja.responses import NinjaJSONEncoder

from shinchoku.core.dates import iso_datetime
from shinchoku.progress.services import InvalidValue, ReasonRequired, WorkflowError

from .auth import MISSING_TOKEN, TokenInvalid
from .routers import initiatives, plans, progress, search

logger = logging.getLogger(__name__)

DESCRIPTION = """\
自治体の DX 推進計画・情報化推進計画と、その進捗管理を読み書きする API です。

- **読み取り**（GET）はログイン不要で、公表された情報だけを返します。APIトークンを送ると、その利用者の
  役割で見られるもの（自団体の公表前の回・報告など）も返します。
- **書き込み**（進捗報告の保存・提出、計画担当による計画ファイルの実績値の削除）には利用者ごとの APIトークンが要ります
  （`Authorization: Bearer <トークン>`。発行は `shinchoku manage createtoken USERNAME`）。
  できることは画面と同じ役割（計画担当・担当課・閲覧）で決まります。
- 一覧は `limit`（最大100）と `offset` でページ分けし、並び順は固定です。
- GET の応答には `ETag` が付き、`If-None-Match` を送ると変わっていなければ 304 を返します。
- エラーはすべて JSON の `{"detail": "メッセージ"}` です。
"""

NOT_FOUND = "見つかりません。公表されていないか、存在しません。"
FORBIDDEN = "この操作を行う権限がありません。"
INVALID_INPUT = "入力が正しくありません。"
BAD_REQUEST = "リクエストの本文を JSON として読めません。"
SERVER_ERROR = "サーバーで予期しないエラーが起きました。時間をおいてやり直すか、管理者に連絡してください。"


class LocalTimeEncoder(NinjaJSONEncoder):
    """Every moment (published_at, closed_at, retired_at, imported_at …) at Asia/Tokyo with its offset
    to the second (「2026-12-07T06:12:30+09:00」) by ``core.dates.iso_datetime``, as the open data writes it: ninja
    wrote UTC with 「Z」 (「2026-12-06T21:12:30.871Z」) beside the pages' and the CSV's local times."""

    def default(self, o: Any) -> Any:
        if isinstance(o, datetime) and o.tzinfo is not None:
            return iso_datetime(o)
        return super().default(o)


class JapaneseJSONRenderer(JSONRenderer):
    """JSON with Japanese text as is (UTF-8), not as \\u escapes; moments at Japan time (``LocalTimeEncoder``)."""

    encoder_class = LocalTimeEncoder
    json_dumps_params = {"ensure_ascii": False}


class OfflineSwagger(Swagger):
    """Swagger UI from django-ninja's own template and static files (settings.NINJA_DIR), never from a
    CDN: municipal networks are closed. ninja renders ``template_cdn`` when it is not an installed
    app (settings say why it is not); here that is its local page."""

    template_cdn = str(settings.NINJA_DIR / "templates" / "ninja" / "swagger.html")


api = NinjaAPI(
    title="shinchoku API",
    version="1",
    description=DESCRIPTION,
    urls_namespace="api",
    renderer=JapaneseJSONRenderer(),
    docs=OfflineSwagger(),
    docs_url="/docs",
)


# --- conditional GET -------------------------------------------------------------------------------


def conditional_get(run: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """ETag of the body on every successful GET; 304 when If-None-Match / If-Modified-Since match."""

    @wraps(run)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        response = run(request, *args, **kwargs)
        if request.method != "GET":
            return response
        patch_vary_headers(response, ["Authorization"])
        if response.status_code != 200 or response.streaming:
            return response
        # Caches revalidate every time (a 304 is cheap); what a token shows is for its user only.
        patch_cache_control(response, no_cache=True)
        if "Authorization" in request.headers:
            patch_cache_control(response, private=True)
        set_response_etag(response)
        last_modified = (
            parse_http_date_safe(response["Last-Modified"]) if response.has_header("Last-Modified") else None
        )
        return get_conditional_response(
            request, etag=response.get("ETag"), last_modified=last_modified, response=response
        )

    return wrapper


api.add_decorator(conditional_get, mode="view")  # "view" wraps Operation.run, which returns the response


# --- errors ----------------------------------------------------------------------------------------


def error(request: HttpRequest, status: int, detail: str, **extra: Any) -> HttpResponse:
    return api.create_response(request, {"detail": detail, **extra}, status=status)


#: What each common error of pydantic says in Japanese (its own words are English: walked, 「Input should be a valid
#: number, unable to parse string as a number」 under a Japanese ``detail``); ``{…}`` is filled from the error's ctx.
MESSAGES: dict[str, str] = {
    "missing": "必須の項目です。",
    "extra_forbidden": "この項目は受け付けていません。",
    "float_parsing": "数値を入力してください（例: 85.1）。",
    "float_type": "数値を入力してください（例: 85.1）。",
    "finite_number": "有限の数値を入力してください（NaN・Infinity は使えません）。",
    "int_parsing": "整数を入力してください。",
    "int_type": "整数を入力してください。",
    "int_from_float": "整数を入力してください（小数は使えません）。",
    "int_parsing_size": "整数が大きすぎます。",
    "string_type": "文字列を入力してください。",
    "string_too_long": "{max_length}文字以内で入力してください。",
    "string_too_short": "{min_length}文字以上で入力してください。",
    "string_pattern_mismatch": "使えない文字が含まれています。",
    "string_unicode": "文字として読めない値が含まれています。",
    "too_long": "{max_length}件以内にしてください。",
    "too_short": "{min_length}件以上にしてください。",
    "list_type": "配列（[…]）で指定してください。",
    "dict_type": "オブジェクト（{{…}}）で指定してください。",
    "model_type": "オブジェクト（{{…}}）で指定してください。",
    "model_attributes_type": "オブジェクト（{{…}}）で指定してください。",
    "bool_parsing": "true か false を指定してください。",
    "bool_type": "true か false を指定してください。",
    "enum": "次のいずれかを指定してください: {expected}",
    "literal_error": "次のいずれかを指定してください: {expected}",
    "greater_than_equal": "{ge}以上の値を指定してください。",
    "greater_than": "{gt}より大きい値を指定してください。",
    "less_than_equal": "{le}以下の値を指定してください。",
    "less_than": "{lt}より小さい値を指定してください。",
    "json_invalid": "JSON として読めません。",
}


def _message(error: dict[str, Any]) -> str:
    """An error's message in Japanese: pydantic's common ones from ``MESSAGES``, a validator's own (ctx ``error``) and
    the API's (already Japanese) as they are, any other English one the general 「入力が正しくありません。」."""
    kind, ctx = str(error.get("type", "")), dict(error.get("ctx") or {})
    if kind in MESSAGES:
        # 「'not_started', 'considering' or 'done'」 → 「"not_started"、"considering"、"done"」
        if "expected" in ctx:
            quoted = re.findall(r"'((?:[^'\\]|\\.)*)'", str(ctx["expected"]))
            ctx["expected"] = "、".join(f'"{v}"' for v in quoted)
        try:
            return MESSAGES[kind].format(**ctx)
        except (KeyError, IndexError):
            return INVALID_INPUT
    if kind == "value_error" and ctx.get("error"):
        return str(ctx["error"])
    message = str(error.get("msg", ""))
    return message if message and not message.isascii() else INVALID_INPUT


@api.exception_handler(ValidationError)
def invalid_input(request: HttpRequest, exc: ValidationError) -> HttpResponse:
    errors = [
        {
            "loc": [part if isinstance(part, int) else str(part) for part in e.get("loc", ())],
            "msg": _message(e),
            "type": str(e.get("type", "")),
        }
        for e in exc.errors
    ]
    where = "、".join(".".join(str(p) for p in e["loc"][1:] or e["loc"]) for e in errors[:5])
    detail = f"{INVALID_INPUT}（{where}）" if where else INVALID_INPUT
    return error(request, 422, detail, errors=errors)


@api.exception_handler(InvalidValue)
def invalid_value(request: HttpRequest, exc: InvalidValue) -> HttpResponse:
    """A field the services refuse (a 自己評価 outside the municipality's scale): 422 at the field, as the schema's
    own checks answer, not the 409 of a refused transition."""
    found = {"loc": ("body", "payload", exc.field), "msg": exc.reason, "type": "value_error"}
    return invalid_input(request, ValidationError([found]))


@api.exception_handler(ReasonRequired)
def reason_required(request: HttpRequest, exc: ReasonRequired) -> HttpResponse:
    """A change of the plan's public data sent without its reason: the request's fault (400), not a conflict (409)."""
    return error(request, 400, str(exc))


@api.exception_handler(AuthenticationError)
def unauthenticated(request: HttpRequest, exc: AuthenticationError) -> HttpResponse:
    detail = str(exc.message) if isinstance(exc, TokenInvalid) else MISSING_TOKEN
    response = error(request, 401, detail)
    response["WWW-Authenticate"] = 'Bearer realm="shinchoku"'
    return response


@api.exception_handler(HttpError)
def http_error(request: HttpRequest, exc: HttpError) -> HttpResponse:
    # ninja raises HttpError(400) for a body that is not JSON; its message is English.
    detail = BAD_REQUEST if exc.status_code == 400 else str(exc)
    return error(request, exc.status_code, detail)


@api.exception_handler(Http404)
def not_found(request: HttpRequest, exc: Http404) -> HttpResponse:
    return error(request, 404, NOT_FOUND)


@api.exception_handler(PermissionDenied)
def forbidden(request: HttpRequest, exc: PermissionDenied) -> HttpResponse:
    return error(request, 403, FORBIDDEN)


@api.exception_handler(WorkflowError)
def conflict(request: HttpRequest, exc: WorkflowError) -> HttpResponse:
    """A stale version (ConcurrentEditError, a WorkflowError) or a refused transition: 409, its message."""
    return error(request, 409, str(exc))


@api.exception_handler(Exception)
def server_error(request: HttpRequest, exc: Exception) -> HttpResponse:
    logger.error("API %s %s failed", request.method, request.path, exc_info=exc)
    return error(request, 500, SERVER_ERROR)


api.add_router("", plans.router)
api.add_router("", initiatives.router)
api.add_router("", progress.router)
api.add_router("", search.router)
api.add_router("", "shinchoku.api.routers.compare.router")
