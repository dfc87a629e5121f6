from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WebConfig(AppConfig):
    """The server-rendered pages: browsing plans, roadmaps, budgets and uploading plan files."""

    name = "shinchoku.web"
    verbose_name = _("画面")
