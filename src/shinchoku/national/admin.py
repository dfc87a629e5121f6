"""Admin: the reference data read-only (it comes from data/editions), labels listed for inspection."""

from __future__ import annotations

from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from .models import InitiativeLabel, NationalItem, NationalPlanEdition


class ReadOnly(admin.ModelAdmin):
    def has_add_permission(self, request, obj=None) -> bool:  # type: ignore[override]
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False


@admin.register(NationalPlanEdition)
class EditionAdmin(ReadOnly):
    list_display = ("title", "key", "published_on")


@admin.register(NationalItem)
class ItemAdmin(ReadOnly):
    list_display = ("title", "code", "group", "edition", "order")
    list_filter = ("edition", "group")


@admin.register(InitiativeLabel)
class LabelAdmin(SimpleHistoryAdmin):
    list_display = ("initiative", "item", "state", "by", "at")
    list_filter = ("state", "item__edition", "item")
    raw_id_fields = ("initiative", "by")
    search_fields = ("initiative__title",)
