from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CompareConfig(AppConfig):
    """「指標の比較」: KPIs of the same kind across municipalities."""

    name = "shinchoku.compare"
    verbose_name = _("指標の比較")

    def ready(self) -> None:
        from . import signals  # noqa: F401  (classifies the indicators of every imported plan)
