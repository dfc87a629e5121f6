"""The ``shinchoku`` command.

``parse`` is the fast path: it imports only the importers, never Django, so that reading a
plan costs little more than starting Python. Every other command sets Django up first.

Exit status: 0 on success, 2 for input that cannot be read (one line on stderr, never a
traceback), 1 for other failures.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from typing import Any

EXIT_BAD_INPUT = 2


def _fail(message: str, status: int = EXIT_BAD_INPUT) -> int:
    print(f"shinchoku: {message}", file=sys.stderr)
    return status


def _print_warnings(plan: dict[str, Any]) -> None:
    for warning in plan.get("warnings", []):
        line = warning.get("line")
        where = f"{line}行目: " if line else ""
        print(f"警告: {where}{warning.get('message')}", file=sys.stderr)


def cmd_parse(args: argparse.Namespace) -> int:
    from shinchoku.importers import ParseError, parse

    try:
        plan = parse(args.file, layout=args.layout)
    except ParseError as exc:
        return _fail(str(exc))
    _print_warnings(plan)
    # Indented JSON goes through Python's slow pure-Python encoder: indent for a person at a
    # terminal, compact (C encoder, several times faster) when piped to a program or a file.
    indent = args.indent if args.indent is not None else (None if args.compact or not sys.stdout.isatty() else 2)
    sys.stdout.write(json.dumps(plan, ensure_ascii=False, indent=indent))
    sys.stdout.write("\n")
    return 0


def cmd_layouts(args: argparse.Namespace) -> int:
    from shinchoku.importers import LAYOUTS

    for name in LAYOUTS:
        print(name)
    return 0


def _setup_django(migrate: bool = True) -> None:
    """Configure Django; bring the database schema up to date first (the SQLite default starts empty)."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "shinchoku.settings.dev")
    import django

    django.setup()
    if migrate:
        from django.core.management import call_command
        from django.db import connection
        from django.db.migrations.executor import MigrationExecutor

        executor = MigrationExecutor(connection)
        if executor.migration_plan(executor.loader.graph.leaf_nodes()):
            print("データベースを準備しています（migrate）…", file=sys.stderr)
            call_command("migrate", verbosity=0)


def _os_user() -> str:
    """Who ran a command, for the audit log (there is no signed-in user at a terminal)."""
    import getpass

    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return ""


def cmd_import(args: argparse.Namespace) -> int:
    from shinchoku.importers import ParseError, parse

    try:
        plan = parse(args.file, layout=args.layout)
    except ParseError as exc:
        return _fail(str(exc))
    _setup_django()
    from shinchoku.plans.loader import load_plan
    from shinchoku.plans.models import Plan

    into = None
    if args.into is not None:
        into = Plan.objects.filter(pk=args.into).first()
        if into is None:
            return _fail(f"計画 ID {args.into} はありません。")
    try:
        result = load_plan(plan, municipality_name=args.municipality, into=into, dry_run=args.dry_run)
    except ParseError as exc:
        return _fail(str(exc))
    _print_warnings(plan)
    if not args.dry_run:
        from shinchoku.audit.models import Kind
        from shinchoku.audit.recorder import import_details, record

        details = {**import_details(plan, result), "via": "shinchoku import", "os_user": _os_user()}
        record(Kind.IMPORT, obj=result.plan, details=details)
    verb = "取り込む予定" if args.dry_run else "取り込みました"
    state = "新規" if result.created else "更新"
    print(
        f"{result.plan.municipality} 「{result.plan.title}」({state}) を{verb}: "
        f"追加 {len(result.added)} / 変更 {len(result.changed)} / 変更なし {len(result.unchanged)} / "
        f"計画から外れた取組 {len(result.retired)}"
    )
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    """``make run``: migrate, load the sample plans once, create the demo administrator, serve."""
    _setup_django()
    from django.conf import settings
    from django.core.management import call_command

    if not settings.DEBUG:
        return _fail(
            "demo は開発用設定（DEBUG=True）でのみ使えます。本番では manage コマンドを使ってください。", 1
        )
    from shinchoku.demo import build_demo_rounds, create_demo_admin, load_samples

    for line in [*load_samples(), *build_demo_rounds()]:
        print(line, flush=True)
    username, password = create_demo_admin()
    address = f"http://127.0.0.1:{args.port}/"
    print(
        f"\nshinchoku を起動します: {address}\n"
        f"  管理者ログイン: ユーザー名 {username} / パスワード {password}（起動ごとに再発行）\n"
        "  終了は Ctrl+C\n",
        flush=True,
    )
    call_command("runserver", f"127.0.0.1:{args.port}", use_reloader=False)
    return 0


def cmd_createuser(args: argparse.Namespace) -> int:
    """Run the ``createuser`` management command; its refusals end with one line and status 2."""
    _setup_django()
    from django.core.management import call_command
    from django.core.management.base import CommandError

    options = {
        k: v for k, v in vars(args).items() if k not in ("command", "func", "username") and v is not None
    }
    try:
        call_command("createuser", args.username, **options)
    except CommandError as exc:
        return _fail(str(exc), getattr(exc, "returncode", EXIT_BAD_INPUT))
    return 0


def cmd_manage(args: argparse.Namespace) -> int:
    """Pass the remaining arguments to Django's manage.py machinery (migrate, createsuperuser, …)."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "shinchoku.settings.dev")
    from django.core.management import execute_from_command_line

    execute_from_command_line(["shinchoku manage", *args.rest])
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="shinchoku",
        description="自治体DX・情報化計画の取込・進捗管理 (shinchoku)",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = commands.add_parser("parse", help="計画ファイルを読み取り Plan JSON を標準出力に出す（DBは使わない）")
    p.add_argument("file", help="計画ファイル（PDFから抽出したテキスト、Plan JSON、CSV、xlsx）")
    p.add_argument("--layout", help="レイアウトを指定する（既定: 自動判定）。`shinchoku layouts` で一覧")
    p.add_argument("--compact", action="store_true", help="改行・字下げなしで出力する（パイプ・ファイルへの出力の既定）")
    p.add_argument("--indent", type=int, metavar="N", help="N 文字で字下げして出力する（端末への出力の既定は 2）")
    p.set_defaults(func=cmd_parse)

    p = commands.add_parser("layouts", help="読み取れるレイアウトの一覧")
    p.set_defaults(func=cmd_layouts)

    p = commands.add_parser("import", help="計画ファイルをデータベースに取り込む（再取込は上書き更新）")
    p.add_argument("file")
    p.add_argument("--layout", help="レイアウトを指定する（既定: 自動判定）")
    p.add_argument("--municipality", help="自治体名を上書きする")
    p.add_argument("--into", type=int, metavar="PLAN_ID", help="この ID の計画を改訂版として更新する")
    p.add_argument("--dry-run", action="store_true", help="何が変わるかを表示するだけで書き込まない")
    p.set_defaults(func=cmd_import)

    p = commands.add_parser("demo", help="サンプル計画を読み込んだ開発用サーバーを起動する（make run）")
    p.add_argument("--port", type=int, default=int(os.environ.get("PORT", "8000")))
    p.set_defaults(func=cmd_demo)

    p = commands.add_parser(
        "createuser", help="利用者を作成する（パスワードは環境変数 SHINCHOKU_PASSWORD か端末で入力）"
    )
    p.add_argument("username", help="ユーザー名")
    p.add_argument("--role", metavar="plan_office|editor|viewer", help="役割: 計画担当 / 担当課 / 閲覧")
    p.add_argument("--municipality", metavar="NAME_OR_CODE", help="自治体名または団体コード")
    p.add_argument("--prefecture", help="県内閲覧者の都道府県（--role viewer のみ）")
    p.add_argument(
        "--department", action="append", metavar="NAME", help="担当課（--role editor。繰り返し指定可）"
    )
    p.add_argument("--email", help="メールアドレス")
    p.add_argument("--superuser", action="store_true", help="システム管理者にする")
    p.set_defaults(func=cmd_createuser)

    p = commands.add_parser("manage", help="Django の管理コマンド（migrate など）", add_help=False)
    p.add_argument("rest", nargs=argparse.REMAINDER)
    p.set_defaults(func=cmd_manage)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8")
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # the last line of defence: a user never sees a traceback
        return _fail(f"内部エラー: {type(exc).__name__}: {exc}", status=1)


if __name__ == "__main__":
    sys.exit(main())
