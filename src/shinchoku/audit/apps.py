from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AuditConfig(AppConfig):
    """Security events (logins, refusals, exports, imports, account and token changes, server errors)."""

    name = "shinchoku.audit"
    verbose_name = _("監査ログ")

    def ready(self) -> None:
        from django.db.models.signals import post_migrate

        from . import receivers

        receivers.connect()
        post_migrate.connect(receivers.migrate_audit_database, sender=self)
