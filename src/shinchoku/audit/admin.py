"""The audit log in the Django admin: read-only, for the installation administrator only."""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .models import AuditEvent


@admin.register(AuditEvent)
class AuditEventAdmin(admin.ModelAdmin):
    list_display = ["when", "kind", "result", "username", "ip", "object_repr", "path"]
    list_filter = ["kind", "result", ("created_at", admin.DateFieldListFilter)]
    search_fields = ["username", "ip", "object_repr", "path"]
    date_hierarchy = "created_at"
    readonly_fields = [f.name for f in AuditEvent._meta.fields]
    list_per_page = 100

    @admin.display(description=_("日時（日本時間）"), ordering="created_at")
    def when(self, event: AuditEvent) -> str:
        return f"{timezone.localtime(event.created_at):%Y-%m-%d %H:%M:%S}"

    def _administrator(self, request: HttpRequest) -> bool:
        return bool(request.user.is_active and request.user.is_superuser)

    def has_module_permission(self, request: HttpRequest) -> bool:
        return self._administrator(request)

    def has_view_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return self._administrator(request)

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False
