"""``prune_audit``: delete audit events older than the retention period (SHINCHOKU_AUDIT_RETENTION_DAYS).

Run it daily (cron / a systemd timer). ``--days N`` overrides the setting; ``--dry-run`` only counts.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import timezone

from shinchoku.audit.models import AuditEvent
from shinchoku.audit.recorder import AUDIT_DB


class Command(BaseCommand):
    help = "保存期間（SHINCHOKU_AUDIT_RETENTION_DAYS 日）を過ぎた監査ログを削除する。"

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--days", type=int, help="保存日数（省略時は設定値）")
        parser.add_argument("--dry-run", action="store_true", help="削除せずに件数だけ表示する")

    def handle(self, *args: Any, **options: Any) -> None:
        days = options["days"] if options["days"] is not None else settings.SHINCHOKU_AUDIT_RETENTION_DAYS
        if days < 1:
            raise CommandError("保存日数は1日以上にしてください。", returncode=2)
        cutoff = timezone.now() - timedelta(days=days)
        old = AuditEvent.objects.using(AUDIT_DB).filter(created_at__lt=cutoff)
        cutoff_label = f"{timezone.localtime(cutoff):%Y-%m-%d %H:%M}"
        if options["dry_run"]:
            self.stdout.write(
                f"{cutoff_label} より前の監査ログ {old.count()} 件を削除します（--dry-run: 削除していません）。"
            )
            return
        deleted, _ = old.delete()
        self.stdout.write(
            f"{cutoff_label} より前の監査ログ {deleted} 件を削除しました（保存期間 {days} 日）。"
        )
