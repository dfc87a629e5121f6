from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PlansConfig(AppConfig):
    """Municipalities, their plans and everything a plan contains."""

    name = "shinchoku.plans"
    verbose_name = _("計画")
