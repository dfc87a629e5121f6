"""Per-user API tokens: random, shown once, stored only as a SHA-256 digest, revocable, expiring.

A token expires SHINCHOKU_API_TOKEN_DAYS (default 90) days after it was issued; an expired token is
refused with 401 like a revoked one, with its own message. Issuing and revoking are audited.

A token carries nothing but its user: every request made with it is judged by that user's role
(accounts.permissions), exactly as the same user in the web UI.
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import timedelta
from typing import Any

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from shinchoku.audit.models import Kind
from shinchoku.audit.recorder import record

#: Characters of the token kept in clear, so that a user can tell their tokens apart.
PREFIX_LENGTH = 8
#: last_used_at is written at most this often per token (not on every request).
LAST_USED_GRANULARITY = timedelta(minutes=1)


def digest(raw: str) -> str:
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()


def new_secret() -> tuple[str, str, str]:
    """A fresh token: (the token itself, its prefix, its digest). Only the last two are stored.

    Never starting with 「-」: an administrator types the prefix after ``createtoken --revoke``,
    where 「-Ab3…」 would be read as an option (one token in 64 did).
    """
    raw = secrets.token_urlsafe(32)
    while raw.startswith("-"):
        raw = secrets.token_urlsafe(32)
    return raw, raw[:PREFIX_LENGTH], digest(raw)


def default_expiry() -> Any:
    """When a token issued now expires: SHINCHOKU_API_TOKEN_DAYS days from now."""
    return timezone.now() + timedelta(days=settings.SHINCHOKU_API_TOKEN_DAYS)


class ApiTokenQuerySet(models.QuerySet):
    def issue(self, user: Any, name: str = "", days: int | None = None) -> tuple[ApiToken, str]:
        """Create a token for ``user``; returns the row and the token itself (shown only now)."""
        raw, prefix, hashed = new_secret()
        expires = timezone.now() + timedelta(days=days) if days is not None else default_expiry()
        token = self.create(user=user, name=name, prefix=prefix, digest=hashed, expires_at=expires)
        token.record_issued()
        return token, raw

    def find(self, raw: str) -> ApiToken | None:
        """The token with this value, whatever its state (None for a value that was never issued)."""
        if not raw or len(raw) > 200:
            return None
        return self.select_related("user").filter(digest=digest(raw)).first()

    def authenticate(self, raw: str) -> ApiToken | None:
        """The live token with this value (not revoked, not expired, user active), noting when it was used."""
        token = self.find(raw)
        if token is None or not token.is_live:
            return None
        token.touch()
        return token


class ApiToken(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="api_tokens",
        verbose_name=_("利用者"),
    )
    name = models.CharField(_("用途"), max_length=100, blank=True, help_text=_("例: 進捗集計スクリプト"))
    prefix = models.CharField(_("トークンの先頭"), max_length=PREFIX_LENGTH, db_index=True, editable=False)
    digest = models.CharField(_("トークンのハッシュ（SHA-256）"), max_length=64, unique=True, editable=False)
    created_at = models.DateTimeField(_("発行日時"), auto_now_add=True)
    expires_at = models.DateTimeField(_("有効期限"), default=default_expiry)
    last_used_at = models.DateTimeField(_("最終利用日時"), null=True, blank=True, editable=False)
    revoked_at = models.DateTimeField(_("失効日時"), null=True, blank=True)

    objects = ApiTokenQuerySet.as_manager()

    class Meta:
        verbose_name = _("APIトークン")
        verbose_name_plural = _("APIトークン")
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.prefix}… ({self.user})"

    @property
    def is_active(self) -> bool:
        return self.revoked_at is None

    @property
    def is_expired(self) -> bool:
        return self.expires_at <= timezone.now()

    @property
    def is_live(self) -> bool:
        return self.revoked_at is None and not self.is_expired and self.user.is_active

    def touch(self) -> None:
        """Note the use: one UPDATE at most per LAST_USED_GRANULARITY, not one per request."""
        now = timezone.now()
        if self.last_used_at is None or now - self.last_used_at > LAST_USED_GRANULARITY:
            type(self)._base_manager.filter(pk=self.pk).update(last_used_at=now)
            self.last_used_at = now

    def record_issued(self) -> None:
        record(
            Kind.TOKEN_CREATED, obj=self,
            details={"owner": self.user.get_username(), "expires_at": self.expires_at.isoformat()},
        )  # fmt: skip

    def revoke(self) -> None:
        if self.revoked_at is None:
            self.revoked_at = timezone.now()
            self.save(update_fields=["revoked_at"])
            record(Kind.TOKEN_REVOKED, obj=self, details={"owner": self.user.get_username()})
