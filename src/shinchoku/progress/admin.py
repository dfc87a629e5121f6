"""Django admin for progress review: scales, rounds, reports, recorded actuals, plan revisions.

Each with its change history (django-simple-history) where the model keeps one; nothing can be
deleted here. Rounds, reports and actuals are normally run through the progress pages, whose
workflow (submit, review, close) the admin does not replace.
"""

from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from shinchoku.core.admin import NoDelete

from . import models


@admin.register(models.GradeScale)
class GradeScaleAdmin(NoDelete, SimpleHistoryAdmin):
    list_display = ["municipality", "__str__", "not_evaluable_code"]
    list_select_related = ["municipality"]
    search_fields = ["municipality__name"]


@admin.register(models.Round)
class RoundAdmin(NoDelete, SimpleHistoryAdmin):
    list_display = ["title", "plan", "fy", "deadline", "state", "published_at"]
    list_filter = ["state", "fy"]
    list_select_related = ["plan"]
    search_fields = ["title", "plan__title", "plan__municipality__name"]
    raw_id_fields = ["plan"]
    readonly_fields = ["opened_at"]


class RecordedActualInline(admin.TabularInline):
    model = models.RecordedActual
    can_delete = False
    fields = ["indicator", "value", "text", "note"]
    raw_id_fields = ["indicator"]
    extra = 0


@admin.register(models.Report)
class ReportAdmin(NoDelete, SimpleHistoryAdmin):
    list_display = ["initiative", "round", "state", "status", "self_grade", "review_grade", "submitted_at"]
    list_filter = ["state", "status", "round__fy"]
    list_select_related = ["round", "initiative"]
    search_fields = ["initiative__title", "initiative__code", "round__title"]
    raw_id_fields = ["round", "initiative", "submitted_by", "reviewed_by"]
    readonly_fields = ["evaluation", "version"]
    inlines = [RecordedActualInline]


@admin.register(models.RecordedActual)
class RecordedActualAdmin(NoDelete, SimpleHistoryAdmin):
    list_display = ["indicator", "value", "text", "report"]
    list_select_related = ["indicator", "report__round", "report__initiative"]
    search_fields = ["indicator__name", "report__initiative__title"]
    raw_id_fields = ["report", "indicator"]


@admin.register(models.PlanRevision)
class PlanRevisionAdmin(NoDelete, admin.ModelAdmin):
    list_display = ["plan", "number", "created_at", "created_by"]
    list_select_related = ["plan", "created_by"]
    search_fields = ["plan__title", "reason"]
    raw_id_fields = ["plan", "created_by"]
    readonly_fields = ["created_at"]
