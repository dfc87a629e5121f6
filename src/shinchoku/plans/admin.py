"""Django admin for plans: every model, searchable, with its change history (django-simple-history)."""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from simple_history.admin import SimpleHistoryAdmin

from . import models

admin.site.site_header = _("shinchoku 管理サイト")
admin.site.site_title = _("shinchoku 管理")
admin.site.index_title = _("管理メニュー")


@admin.register(models.Municipality)
class MunicipalityAdmin(admin.ModelAdmin):
    list_display = ["name", "prefecture", "code"]
    search_fields = ["name", "prefecture", "code"]


class SectionInline(admin.TabularInline):
    model = models.Section
    fields = ["key", "parent", "level", "code", "title", "position"]
    raw_id_fields = ["parent"]
    extra = 0


@admin.register(models.Plan)
class PlanAdmin(SimpleHistoryAdmin):
    list_display = ["title", "municipality", "start_fy", "end_fy", "published", "source_layout", "updated_at"]
    list_filter = ["municipality", "source_layout"]
    search_fields = ["title", "municipality__name"]
    readonly_fields = ["source_filename", "source_sha256", "source_layout", "imported_at", "updated_at"]
    inlines = [SectionInline]


@admin.register(models.Section)
class SectionAdmin(admin.ModelAdmin):
    list_display = ["__str__", "level", "plan", "position"]
    list_filter = ["plan"]
    search_fields = ["title", "code"]
    raw_id_fields = ["parent"]


@admin.register(models.Department)
class DepartmentAdmin(admin.ModelAdmin):
    list_display = ["name", "municipality"]
    list_filter = ["municipality"]
    search_fields = ["name"]


class DepartmentLinkInline(admin.TabularInline):
    model = models.InitiativeDepartment
    raw_id_fields = ["department"]
    extra = 0


class ScheduleInline(admin.TabularInline):
    model = models.ScheduleEntry
    fields = ["fy", "half", "label", "position"]
    extra = 0


class IndicatorInline(admin.StackedInline):
    model = models.Indicator
    fields = ["name", "kind", "unit", "direction", "baseline_text", "final_target_text", "retired_at"]
    show_change_link = True
    extra = 0


class BudgetInline(admin.TabularInline):
    model = models.BudgetEntry
    fields = ["fy", "amount", "unit"]
    extra = 0


@admin.register(models.Initiative)
class InitiativeAdmin(SimpleHistoryAdmin):
    list_display = ["code", "title", "plan", "section", "scope", "priority", "retired_at"]
    list_filter = ["plan", "scope", "retired_at"]
    search_fields = ["code", "title", "summary"]
    raw_id_fields = ["section", "repost_of"]
    inlines = [DepartmentLinkInline, ScheduleInline, IndicatorInline, BudgetInline]


class IndicatorValueInline(admin.TabularInline):
    model = models.IndicatorValue
    fields = ["kind", "fy", "value", "text"]
    extra = 0


@admin.register(models.Indicator)
class IndicatorAdmin(SimpleHistoryAdmin):
    list_display = ["name", "kind", "unit", "direction", "initiative"]
    list_filter = ["kind", "direction"]
    search_fields = ["name", "initiative__title"]
    raw_id_fields = ["initiative"]
    inlines = [IndicatorValueInline]


@admin.register(models.IndicatorValue)
class IndicatorValueAdmin(SimpleHistoryAdmin):
    list_display = ["indicator", "kind", "fy", "value", "text"]
    list_filter = ["kind", "fy"]
    raw_id_fields = ["indicator"]


@admin.register(models.ScheduleEntry)
class ScheduleEntryAdmin(SimpleHistoryAdmin):
    list_display = ["initiative", "fy", "half", "label"]
    raw_id_fields = ["initiative"]


@admin.register(models.BudgetEntry)
class BudgetEntryAdmin(SimpleHistoryAdmin):
    list_display = ["initiative", "fy", "amount", "unit"]
    list_filter = ["fy"]
    raw_id_fields = ["initiative"]
