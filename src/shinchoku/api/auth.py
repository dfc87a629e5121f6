"""Authentication of API requests: ``Authorization: Bearer <token>`` (see models.ApiToken).

Write operations require a token (401 without one). Read operations accept a token optionally:
without one the caller is anonymous and sees published data only; with one, what the token's
user may see (accounts.permissions decides, as in the web UI). A token that is sent but unknown
or revoked is always 401, never silently anonymous; so is an expired one, with a message that says so.
Refused tokens are written to the audit log (by prefix; the token itself never).
"""

from __future__ import annotations

from typing import Any

from django.contrib.auth.models import AnonymousUser
from django.http import HttpRequest
from ninja.errors import AuthenticationError
from ninja.security import HttpBearer

from shinchoku.audit.models import Kind, Result
from shinchoku.audit.recorder import record
from shinchoku.core.dates import wareki_time

from .models import ApiToken

INVALID_TOKEN = "APIトークンが正しくないか、失効しています。"
EXPIRED_TOKEN = "APIトークンの有効期限（{date}）が切れています。新しいトークンを発行してください。"
MISSING_TOKEN = "この操作には APIトークン（Authorization: Bearer <トークン>）が必要です。"


class TokenInvalid(AuthenticationError):
    """A token was sent and is refused; ``message`` is the Japanese text of the JSON 401."""

    def __init__(self, message: str = INVALID_TOKEN) -> None:
        super().__init__(401, message)


class ApiTokenAuth(HttpBearer):
    """Bearer token of a user; the request then acts as that user (history records them too)."""

    openapi_description = "shinchoku の APIトークン（`shinchoku manage createtoken USERNAME` で発行）"

    def __call__(self, request: HttpRequest) -> Any:
        value = request.headers.get(self.header)
        if not value:
            return None
        scheme, _, token = value.partition(" ")
        if scheme.lower() != self.openapi_scheme or not token.strip():
            raise TokenInvalid
        return self.authenticate(request, token.strip())

    def authenticate(self, request: HttpRequest, token: str) -> Any:
        found = ApiToken.objects.find(token)
        if found is None or not found.is_live:
            message = INVALID_TOKEN
            if found is not None and found.is_active and found.user.is_active and found.is_expired:
                message = EXPIRED_TOKEN.format(date=wareki_time(found.expires_at))
            record(
                Kind.TOKEN_REFUSED, result=Result.REFUSED, request=request, obj=found,
                username=found.user.get_username() if found is not None else "",
                details={"reason": "expired" if message != INVALID_TOKEN else "invalid"},
            )  # fmt: skip
            raise TokenInvalid(message)
        found.touch()
        request.user = found.user  # django-simple-history attributes changes to request.user
        return found.user


def anonymous(request: HttpRequest) -> AnonymousUser:
    """The fallback of optional authentication: no Authorization header, so an anonymous reader."""
    return AnonymousUser()


#: Write operations: a token is required.
token_required = [ApiTokenAuth()]
#: Read operations: anonymous unless a (valid) token is sent.
token_optional = [ApiTokenAuth(), anonymous]
#: OpenAPI for optional authentication: a token, or nothing at all.
OPTIONAL_SECURITY = {"security": [{}]}
