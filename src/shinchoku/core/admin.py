"""What every app's Django admin shares: nothing is deleted from the admin (retire or deactivate
instead), and the site's Japanese titles."""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _


class NoDelete:
    """For every ModelAdmin: no delete permission and no bulk delete action (retire or deactivate instead)."""

    def has_delete_permission(self, request, obj=None) -> bool:
        return False

    def get_actions(self, request, action_location=None):
        # Django 6.1 passes action_location; 5.2 does not know it.
        extra = {} if action_location is None else {"action_location": action_location}
        actions = super().get_actions(request, **extra)
        actions.pop("delete_selected", None)
        return actions


admin.site.site_header = _("shinchoku 管理サイト")
admin.site.site_title = _("shinchoku 管理")
admin.site.index_title = _("管理メニュー")
