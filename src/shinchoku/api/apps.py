from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ApiConfig(AppConfig):
    """The REST API at /api/v1/ (django-ninja) and the per-user API tokens it accepts."""

    name = "shinchoku.api"
    verbose_name = _("API")
