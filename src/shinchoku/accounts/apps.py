from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    """Who may do what: each user's role in one municipality (plan office, department editor, viewer)."""

    name = "shinchoku.accounts"
    verbose_name = _("利用者と権限")

    def ready(self) -> None:
        from . import receivers  # noqa: F401  (moves what it keeps per department when plans merges two)
