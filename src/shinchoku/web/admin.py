"""Django admin for the plans app's models: every model, searchable, with its change history
(django-simple-history). Registered here, in the top layer, because retiring an initiative asks
accounts who may edit the plan, which the plans app below it cannot.

Nothing is deleted from the admin (no delete button, no bulk delete): initiatives are retired with
the action "計画から外す（退役）", which keeps them and everything recorded about them. The one
exception is a saved column mapping (列の割り当て): a setting, not a record of the plan, and a wrong
one would read every next file of that header wrongly; deleting it resets the table to the columns
detected, and its history keeps who saved and who deleted it, and when.
"""

from django.contrib import admin, messages
from django.utils.translation import gettext_lazy as _
from simple_history.admin import SimpleHistoryAdmin

from shinchoku.accounts.permissions import can
from shinchoku.audit.models import Kind
from shinchoku.audit.recorder import record
from shinchoku.core.admin import NoDelete
from shinchoku.plans import models
from shinchoku.plans.editing import retire_initiative


@admin.register(models.Municipality)
class MunicipalityAdmin(NoDelete, admin.ModelAdmin):
    list_display = ["name", "prefecture", "code", "mfa_required"]
    list_filter = ["mfa_required"]
    search_fields = ["name", "prefecture", "code"]

    def save_model(self, request, obj, form, change) -> None:
        super().save_model(request, obj, form, change)
        if change and "mfa_required" in form.changed_data:
            record(Kind.SETTING_CHANGED, obj=obj, details={"mfa_required": obj.mfa_required})


class SectionInline(admin.TabularInline):
    model = models.Section
    can_delete = False
    fields = ["key", "parent", "level", "code", "title", "position"]
    raw_id_fields = ["parent"]
    extra = 0


@admin.register(models.Plan)
class PlanAdmin(NoDelete, SimpleHistoryAdmin):
    list_display = ["title", "municipality", "start_fy", "end_fy", "published", "source_layout", "updated_at"]
    list_filter = ["municipality", "source_layout"]
    search_fields = ["title", "municipality__name"]
    readonly_fields = ["source_filename", "source_sha256", "source_layout", "imported_at", "updated_at"]
    inlines = [SectionInline]


@admin.register(models.Section)
class SectionAdmin(NoDelete, admin.ModelAdmin):
    list_display = ["__str__", "level", "plan", "position"]
    list_filter = ["plan"]
    search_fields = ["title", "code"]
    raw_id_fields = ["parent"]


@admin.register(models.Department)
class DepartmentAdmin(NoDelete, admin.ModelAdmin):
    list_display = ["name", "municipality"]
    list_filter = ["municipality"]
    search_fields = ["name"]


class DepartmentLinkInline(admin.TabularInline):
    model = models.InitiativeDepartment
    raw_id_fields = ["department"]
    extra = 0


class ScheduleInline(admin.TabularInline):
    model = models.ScheduleEntry
    can_delete = False
    fields = ["fy", "half", "label", "position"]
    extra = 0


class IndicatorInline(admin.StackedInline):
    model = models.Indicator
    can_delete = False
    fields = ["name", "kind", "unit", "direction", "baseline_text", "final_target_text", "retired_at"]
    show_change_link = True
    extra = 0


class BudgetInline(admin.TabularInline):
    model = models.BudgetEntry
    can_delete = False
    fields = ["fy", "amount", "unit"]
    extra = 0


@admin.register(models.Initiative)
class InitiativeAdmin(NoDelete, SimpleHistoryAdmin):
    list_display = ["code", "title", "plan", "section", "scope", "priority", "retired_at"]
    list_filter = ["plan", "scope", "retired_at"]
    search_fields = ["code", "title", "summary"]
    raw_id_fields = ["section", "repost_of"]
    inlines = [DepartmentLinkInline, ScheduleInline, IndicatorInline, BudgetInline]
    actions = ["retire"]

    @admin.action(description=_("計画から外す（退役）"))
    def retire(self, request, queryset):
        """Take them out of the plan as the plan's page does (plans.editing.retire_initiative: history
        naming the user, the app's revision kept over a re-import, the search index told)."""
        retired = refused = 0
        for initiative in queryset.active().select_related("plan__municipality"):
            if not can(request.user, "edit_plan", initiative.plan):
                refused += 1
                continue
            retire_initiative(initiative, version=None, user=request.user)
            retired += 1
        self.message_user(
            request, _("%(n)d 件の取組を計画から外しました（記録は保持しています）。") % {"n": retired}
        )
        if refused:
            self.message_user(
                request, _("%(n)d 件は権限がないため外せませんでした。") % {"n": refused}, messages.WARNING
            )


class IndicatorValueInline(admin.TabularInline):
    model = models.IndicatorValue
    can_delete = False
    fields = ["kind", "fy", "value", "text"]
    extra = 0


@admin.register(models.Indicator)
class IndicatorAdmin(NoDelete, SimpleHistoryAdmin):
    list_display = ["name", "kind", "unit", "direction", "initiative"]
    list_filter = ["kind", "direction"]
    search_fields = ["name", "initiative__title"]
    raw_id_fields = ["initiative"]
    inlines = [IndicatorValueInline]


@admin.register(models.IndicatorValue)
class IndicatorValueAdmin(NoDelete, SimpleHistoryAdmin):
    list_display = ["indicator", "kind", "fy", "value", "text"]
    list_filter = ["kind", "fy"]
    raw_id_fields = ["indicator"]


@admin.register(models.ScheduleEntry)
class ScheduleEntryAdmin(NoDelete, SimpleHistoryAdmin):
    list_display = ["initiative", "fy", "half", "label"]
    raw_id_fields = ["initiative"]


@admin.register(models.BudgetEntry)
class BudgetEntryAdmin(NoDelete, SimpleHistoryAdmin):
    list_display = ["initiative", "fy", "amount", "unit"]
    list_filter = ["fy"]
    raw_id_fields = ["initiative"]


@admin.register(models.ColumnMapping)
class ColumnMappingAdmin(SimpleHistoryAdmin):
    """Saved in the upload preview by a plan office; shown here with who saved it and when, and
    deleted here when it is wrong (the next upload of that header is read as detected)."""

    list_display = ["municipality", "signature", "skip", "saved_by", "saved_at"]
    list_filter = ["municipality"]
    search_fields = ["signature"]
    readonly_fields = ["signature_key", "saved_by", "saved_at"]
