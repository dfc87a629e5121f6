from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NationalConfig(AppConfig):
    """総務省「自治体DX推進計画」: editions and items as reference data, labels of initiatives, coverage."""

    name = "shinchoku.national"
    verbose_name = _("国の計画")

    def ready(self) -> None:
        from . import signals  # noqa: F401  (suggests labels when a plan is imported)
