"""``manage.py send_reminders [--round ID]``: e-mail departments whose reports are still open.

Meant for a daily cron job. For each open round (or the one given) whose deadline is within its
reminder days or past, the editors of departments with open reports get one e-mail through
Django's e-mail backend (services.reminders); the command prints who was reminded, or why nobody was. The round's record
(回の操作記録) lists the reminder as the system's (「システム（自動）」), as the worker's daily reminders.
The mails' links begin with the address ``core.baseurl`` resolves; the command warns when that is only the
default (a command run beside a demo on another port linked to :8000 without a word).
"""

from __future__ import annotations

from smtplib import SMTPException
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser

from shinchoku.progress import services
from shinchoku.progress.models import Round


class Command(BaseCommand):
    help = "提出期限が近い・過ぎた回について、未提出の報告がある担当課に督促メールを送ります。"

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--round", type=int, dest="round_id", help="この回だけ（省略時は受付中のすべての回）"
        )

    def handle(self, *args: Any, round_id: int | None = None, **options: Any) -> None:
        rounds = Round.objects.select_related("plan__municipality").order_by("plan_id", "fy")
        if round_id is not None:
            try:
                round_ = rounds.get(pk=round_id)
            except Round.DoesNotExist:
                raise CommandError(f"回 {round_id} はありません。") from None
            if not round_.is_open:
                raise CommandError(f"回 {round_id}（{round_.title}）は締め切られています。")
            targets = [round_]
        else:
            targets = list(rounds.filter(state=Round.State.OPEN))
        if not targets:
            self.stdout.write("受付中の回はありません。")
            return
        configured = services.email_configured()
        if configured and settings.SHINCHOKU_BASE_URL_SOURCE == "default":
            # no address set nor recorded by demo / serve: the links may lead nowhere, and nothing said so
            self.stderr.write(
                f"注意: メールのリンクは既定のアドレス {settings.SHINCHOKU_BASE_URL} で始まります"
                "（SHINCHOKU_BASE_URL が未設定で、shinchoku demo / serve が記録したアドレスもありません）。"
                "利用者が開くアドレスと違うときは SHINCHOKU_BASE_URL を設定してください。"
            )
        if not configured:
            self.stdout.write(
                "メールの送信が設定されていないため、督促メールは送りません（対象の担当課だけを表示します）。"
            )
        for round_ in targets:
            label = f"{round_.plan.municipality} {round_.plan.title} {round_.title}（回 {round_.pk}）"
            if not configured:
                board = services.dashboard(round_)
                due = [d.name for d in (board.overdue or board.due_soon)]
                self.stdout.write(f"{label}: 督促の対象: {'、'.join(due) if due else 'なし'}")
                continue
            try:
                done = services.reminders(round_)
            except (OSError, SMTPException) as exc:
                raise CommandError(f"{label}: 督促メールを送れませんでした: {exc}") from exc
            if done.sent:
                self.stdout.write(f"{label}: 督促しました: {'、'.join(done.sent)}")
            else:
                # why: 「督促は提出期限の7日前から送ります…」, none left to submit, reminded today, no address
                self.stdout.write(f"{label}: 督促した担当課はありません。{done.why_none(round_)}")
