"""Django admin for API tokens: issue one (shown once), see when each was last used, revoke."""

from __future__ import annotations

from typing import Any

from django.contrib import admin, messages
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from .models import ApiToken, new_secret


@admin.register(ApiToken)
class ApiTokenAdmin(admin.ModelAdmin):
    list_display = ["prefix", "user", "name", "created_at", "expires_at", "last_used_at", "revoked_at"]
    list_filter = ["revoked_at", "expires_at"]
    search_fields = ["prefix", "name", "user__username"]
    raw_id_fields = ["user"]
    readonly_fields = ["prefix", "created_at", "last_used_at", "revoked_at"]
    actions = ["revoke"]

    def get_fields(self, request: HttpRequest, obj: ApiToken | None = None) -> list[str]:
        if obj is None:
            return ["user", "name", "expires_at"]
        return ["user", "name", "prefix", "created_at", "expires_at", "last_used_at", "revoked_at"]

    def get_readonly_fields(self, request: HttpRequest, obj: ApiToken | None = None) -> list[str]:
        return [*self.readonly_fields, "user"] if obj is not None else []

    def save_model(self, request: HttpRequest, obj: ApiToken, form: Any, change: bool) -> None:
        if change:
            super().save_model(request, obj, form, change)
            return
        raw, obj.prefix, obj.digest = new_secret()
        super().save_model(request, obj, form, change)
        obj.record_issued()
        messages.warning(
            request,
            _("APIトークンを発行しました。この画面でしか表示しません。安全な場所に控えてください: %(token)s")
            % {"token": raw},
        )

    @admin.action(description=_("選択したトークンを失効させる"))
    def revoke(self, request: HttpRequest, queryset: QuerySet[ApiToken]) -> None:
        n = 0
        for token in queryset.filter(revoked_at__isnull=True).select_related("user"):
            token.revoke()
            n += 1
        self.message_user(request, _("%(n)d件のトークンを失効させました。") % {"n": n})
