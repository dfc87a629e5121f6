from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    """The search index of initiatives, search pages and similar initiatives of other municipalities."""

    name = "shinchoku.search"
    verbose_name = _("検索")

    def ready(self) -> None:
        from . import signals  # noqa: F401  (connects the index to plan imports)
