from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ExportsConfig(AppConfig):
    """Downloads: Plan JSON, open data, workbooks and the committee report."""

    name = "shinchoku.exports"
    verbose_name = _("出力")
