"""Django admin for users: each user with their one role (Membership) inline; no deletes.

The admin is the installation administrator's tool; plan offices manage their municipality's users
on the pages under /accounts/users/. Users are deactivated, never deleted.
"""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import admin, messages
from django.contrib.auth import get_user_model
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from shinchoku.audit.models import Kind
from shinchoku.audit.recorder import record
from shinchoku.core.admin import NoDelete
from shinchoku.plans.models import Department

from . import services
from .models import Membership

User = get_user_model()


class DepartmentChoices(forms.ModelMultipleChoiceField):
    """Departments labelled with their municipality: 総務課 exists in every city."""

    def label_from_instance(self, obj: Department) -> str:
        return f"{obj.municipality} {obj.name}"


class MembershipForm(forms.ModelForm):
    """Membership.clean() runs through full_clean; the departments are checked here (M2M)."""

    class Meta:
        model = Membership
        fields = ["role", "municipality", "prefecture", "departments"]
        field_classes = {"departments": DepartmentChoices}

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean()
        if self.errors or self.cleaned_data.get("DELETE"):
            return cleaned
        membership = Membership(
            role=cleaned.get("role"),
            municipality=cleaned.get("municipality"),
            prefecture=cleaned.get("prefecture", ""),
        )
        try:
            services.check_departments(membership, list(cleaned.get("departments") or []))
        except services.AccountError as exc:
            raise forms.ValidationError(str(exc)) from None
        return cleaned


class MembershipInline(admin.StackedInline):
    model = Membership
    form = MembershipForm
    can_delete = False
    extra = 1
    max_num = 1
    filter_horizontal = ["departments"]
    autocomplete_fields = ["municipality"]

    def get_formset(self, request: HttpRequest, obj: Any = None, **kwargs: Any):
        # Offer only the departments of the user's municipality once it is known.
        membership = Membership.objects.filter(user=obj).first() if obj is not None and obj.pk else None
        request._membership_municipality_id = membership.municipality_id if membership else None
        return super().get_formset(request, obj, **kwargs)

    def formfield_for_manytomany(self, db_field: Any, request: HttpRequest, **kwargs: Any):
        if db_field.name == "departments":
            departments = Department.objects.select_related("municipality").order_by("municipality", "name")
            municipality_id = getattr(request, "_membership_municipality_id", None)
            if municipality_id:
                departments = departments.filter(municipality_id=municipality_id)
            kwargs["queryset"] = departments
        return super().formfield_for_manytomany(db_field, request, **kwargs)


admin.site.unregister(User)


@admin.register(User)
class UserAdmin(NoDelete, DjangoUserAdmin):
    inlines = [MembershipInline]
    list_display = [
        "username",
        "last_name",
        "first_name",
        "email",
        "role",
        "place",
        "is_active",
        "is_superuser",
    ]
    list_filter = ["is_active", "is_superuser", "membership__role", "membership__municipality"]
    list_select_related = ["membership__municipality"]
    actions = ["deactivate", "reactivate"]

    # The admin's own change log (LogEntry) is rolled back with a failed request; the audit log is not.
    def log_addition(self, request: HttpRequest, obj: Any, message: Any) -> Any:
        record(Kind.USER_CREATED, obj=obj, details={"via": "admin", "change": message})
        return super().log_addition(request, obj, message)

    def log_change(self, request: HttpRequest, obj: Any, message: Any) -> Any:
        record(Kind.USER_CHANGED, obj=obj, details={"via": "admin", "change": message})
        return super().log_change(request, obj, message)

    @admin.display(description=_("役割"), ordering="membership__role")
    def role(self, user: Any) -> str:
        membership = getattr(user, "membership", None)
        return membership.get_role_display() if membership else "—"

    @admin.display(description=_("自治体・都道府県"), ordering="membership__municipality")
    def place(self, user: Any) -> str:
        membership = getattr(user, "membership", None)
        if membership is None:
            return "—"
        return str(membership.municipality or membership.prefecture)

    @admin.action(description=_("利用を停止する（削除はしません）"))
    def deactivate(self, request: HttpRequest, queryset: QuerySet) -> None:
        changed = 0
        for user in queryset.exclude(pk=request.user.pk).filter(is_active=True):
            services.set_active(user, False)
            changed += 1
        self.message_user(request, _("%(n)d 人の利用を停止しました。") % {"n": changed}, messages.SUCCESS)

    @admin.action(description=_("利用を再開する"))
    def reactivate(self, request: HttpRequest, queryset: QuerySet) -> None:
        changed = 0
        for user in queryset.filter(is_active=False):
            services.set_active(user, True)
            changed += 1
        self.message_user(request, _("%(n)d 人の利用を再開しました。") % {"n": changed}, messages.SUCCESS)
