from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ProgressConfig(AppConfig):
    """The yearly progress review (進捗管理): rounds, department reports, evaluation, publication."""

    name = "shinchoku.progress"
    verbose_name = _("進捗管理")

    def ready(self) -> None:
        from shinchoku.plans.actuals import register_reported

        from . import permissions, receivers, results  # noqa: F401  (receivers: moves what it keeps per department)

        permissions.register()  # the rules about rounds and reports, into accounts' one table
        register_reported(results.published_recorded)  # the actuals a re-import is compared with (``plans.actuals``)
