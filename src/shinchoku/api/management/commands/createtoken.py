"""``createtoken USERNAME``: issue an API token for a user and print it (the only time it is shown).

The token carries the user's role and nothing more, and expires after SHINCHOKU_API_TOKEN_DAYS days
(``--days N`` chooses). ``--list`` shows the user's tokens with their expiry and last use,
``--revoke PREFIX`` revokes one. Bad input ends with one line and exit status 2.
"""

from __future__ import annotations

from typing import Any

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError, CommandParser

from shinchoku.api.models import ApiToken
from shinchoku.core.dates import wareki_time

EXIT_BAD_INPUT = 2


class Command(BaseCommand):
    help = (
        "APIトークンを発行する（トークンはこのときだけ表示される）。--list で一覧、--revoke PREFIX で失効。"
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("username", help="トークンを使う利用者のユーザー名")
        parser.add_argument("--name", default="", help="用途（例: 進捗集計スクリプト）")
        parser.add_argument("--days", type=int, help="有効日数（省略時は SHINCHOKU_API_TOKEN_DAYS、既定 90）")
        parser.add_argument("--list", action="store_true", help="この利用者のトークンを一覧する")
        parser.add_argument("--revoke", metavar="PREFIX", help="先頭の文字がこれであるトークンを失効させる")

    def handle(self, *args: Any, **options: Any) -> None:
        user = get_user_model().objects.filter(username=options["username"]).first()
        if user is None:
            raise CommandError(f"利用者「{options['username']}」はいません。", returncode=EXIT_BAD_INPUT)
        if options["list"]:
            for token in ApiToken.objects.filter(user=user):
                expires = wareki_time(token.expires_at)
                if token.revoked_at:
                    state = f"失効 {wareki_time(token.revoked_at)}"
                elif token.is_expired:
                    state = f"期限切れ {expires}"
                else:
                    state = f"有効（期限 {expires}）"
                used = (
                    wareki_time(token.last_used_at)
                    if token.last_used_at
                    else "未使用"
                )
                self.stdout.write(f"{token.prefix}…\t{state}\t最終利用 {used}\t{token.name}")
            return
        if options["revoke"]:
            tokens = list(
                ApiToken.objects.filter(user=user, prefix=options["revoke"], revoked_at__isnull=True)
            )
            if len(tokens) != 1:
                raise CommandError(
                    f"先頭が「{options['revoke']}」の有効なトークンが{'ありません' if not tokens else '複数あります'}。",
                    returncode=EXIT_BAD_INPUT,
                )
            tokens[0].revoke()
            self.stdout.write(f"トークン {tokens[0].prefix}… を失効させました。")
            return
        if not user.is_active:
            raise CommandError(f"利用者「{user.username}」は無効になっています。", returncode=EXIT_BAD_INPUT)
        if options["days"] is not None and not 1 <= options["days"] <= 3650:
            raise CommandError("--days は 1〜3650 の日数で指定してください。", returncode=EXIT_BAD_INPUT)
        token, raw = ApiToken.objects.issue(user, name=options["name"], days=options["days"])
        expires = wareki_time(token.expires_at)
        self.stderr.write(
            f"利用者「{user.username}」のAPIトークンを発行しました（有効期限 {expires}）。この表示は一度だけです。"
        )
        self.stdout.write(raw)
