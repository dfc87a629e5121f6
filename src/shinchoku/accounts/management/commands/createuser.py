"""``createuser``: create a user with their role in one municipality (there is no public sign-up).

A municipality's first user can come before its first plan: ``--new-municipality`` registers the municipality
``--municipality`` names (with its prefecture: 「新潟県新発田市」) when it is not registered yet, so that the first
``shinchoku import --user`` names its importer. Without the flag an unknown name is refused, as a typo must be.

The password is read from the SHINCHOKU_PASSWORD environment variable, else asked twice at the
terminal; it is never accepted on the command line (it would stay in the shell history and be
visible to other users in the process list). Bad input ends with one line and exit status 2.
"""

from __future__ import annotations

import getpass
import os
import sys
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from shinchoku.accounts import services
from shinchoku.accounts.models import USERNAME_CHARACTERS, Role

PASSWORD_ENV = "SHINCHOKU_PASSWORD"
EXIT_BAD_INPUT = 2


def interactive() -> bool:
    return bool(sys.stdin) and sys.stdin.isatty()


def read_password() -> str:
    """From the environment, else twice from the terminal (without echo)."""
    password = os.environ.get(PASSWORD_ENV)
    if password is not None:
        return password
    if not interactive():
        raise services.AccountError(
            f"パスワードを環境変数 {PASSWORD_ENV} で渡すか、端末から実行して入力してください。"
        )
    try:
        first = getpass.getpass("パスワード: ")
        second = getpass.getpass("パスワード（確認）: ")
    except (EOFError, KeyboardInterrupt):
        raise services.AccountError("パスワードの入力が中断されました。") from None
    if first != second:
        raise services.AccountError("確認のパスワードが一致しません。")
    return first


def create_from_options(options: dict[str, Any]) -> tuple[Any, Any]:
    """Resolve names, read the password, create the user; AccountError for anything refused. The user, and the
    municipality ``--new-municipality`` registered with it (None when it was registered before)."""
    municipality = None
    if options.get("new_municipality") and not options.get("municipality"):
        raise services.AccountError("--new-municipality には --municipality（都道府県名から書いた自治体名）も指定してください。")
    if options.get("municipality"):
        if options.get("prefecture"):
            raise services.AccountError("--municipality と --prefecture はどちらか一方だけ指定してください。")
        if options.get("new_municipality"):
            municipality = services.new_municipality(options["municipality"])
        else:
            municipality = services.find_municipality(options["municipality"])
    elif options.get("role") and not options.get("prefecture"):
        raise services.AccountError("--municipality（自治体名または団体コード）を指定してください。")
    departments = []
    if options.get("department"):
        if municipality is None:
            raise services.AccountError("--department には --municipality も指定してください。")
        if municipality.pk is None:
            raise services.AccountError(
                f"新しく登録する{municipality}にはまだ担当課がありません。計画を取り込んでから担当課の利用者を作成してください。"
            )
        departments = services.find_departments(municipality, options["department"])
    fields = {
        "role": options.get("role"),
        "municipality": municipality,
        "prefecture": options.get("prefecture") or "",
        "departments": departments,
        "email": options.get("email") or "",
        "superuser": bool(options.get("superuser")),
    }
    services.new_user(options["username"], **fields)  # refuse bad input before asking for a password
    password = read_password()
    registers = municipality is not None and municipality.pk is None
    return services.create_user(options["username"], password, **fields), municipality if registers else None


def add_arguments(parser: Any) -> None:
    """The options, shared by ``shinchoku createuser`` and ``shinchoku manage createuser``."""
    parser.add_argument("username", help=f"ユーザー名（ログインに使う。{USERNAME_CHARACTERS}）")
    parser.add_argument(
        "--role",
        metavar="|".join(Role.values),
        help="役割: plan_office（計画担当）/ editor（担当課）/ viewer（閲覧）",
    )
    parser.add_argument(
        "--municipality", metavar="NAME_OR_CODE", help="自治体名（新発田市、新潟県新発田市）または団体コード"
    )
    parser.add_argument("--prefecture", help="県内すべてを閲覧する閲覧者の都道府県（--role viewer のみ）")
    parser.add_argument(
        "--department",
        action="append",
        metavar="NAME",
        help="担当課（--role editor。複数指定するときは繰り返す）",
    )
    parser.add_argument(
        "--new-municipality",
        action="store_true",
        help="--municipality の自治体が未登録なら新しく登録する（都道府県名から書く: 新潟県新発田市）",
    )
    parser.add_argument("--email", help="メールアドレス")
    parser.add_argument("--superuser", action="store_true", help="システム管理者（全自治体を管理）にする")


def describe(user: Any, *, registered: Any = None) -> str:
    """What was created, in one line: 「利用者「sato」を作成しました / 新潟県新発田市 の計画担当」; the municipality
    ``registered`` with it in a line of its own before it."""
    membership = getattr(user, "membership", None)
    parts = [f"利用者「{user.username}」を作成しました"]
    if membership is not None:
        where = membership.municipality or f"{membership.prefecture}（県内閲覧）"
        parts.append(f"{where} の{membership.get_role_display()}")
        names = [d.name for d in membership.departments.all()]
        if names:
            parts.append("担当課: " + "、".join(names))
    if user.is_superuser:
        parts.append("システム管理者")
    line = " / ".join(parts)
    if registered is not None:
        namesakes = [str(m) for m in type(registered).objects.filter(name=registered.name).exclude(pk=registered.pk)]
        # 府中市 is two municipalities, but 「福岡県新発田市」 beside 新潟県新発田市 is most likely a typo: say so (walked)
        also = f"（同じ名前の自治体がほかにもあります: {'、'.join(namesakes)}。別の自治体として登録しました）" if namesakes else ""
        line = f"自治体「{registered}」を新しく登録しました（計画はまだありません）{also}\n{line}"
    return line


class Command(BaseCommand):
    help = (
        "利用者を作成する（役割と自治体を指定）。パスワードは環境変数 SHINCHOKU_PASSWORD か端末で入力する。"
    )

    def add_arguments(self, parser: CommandParser) -> None:
        add_arguments(parser)

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            user, registered = create_from_options(options)
        except services.AccountError as exc:
            raise CommandError(str(exc), returncode=EXIT_BAD_INPUT) from None
        self.stdout.write(describe(user, registered=registered))
