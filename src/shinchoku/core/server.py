"""Running shinchoku for real: the waitress server and the background worker.

waitress is a production WSGI server in pure Python, so the same command serves on Linux and on
the Windows servers many municipalities run; whitenoise (a middleware) serves the collected
static files, so no web server configuration is needed behind the municipality's proxy.

Neither command migrates the database: an upgrade runs ``shinchoku manage migrate`` first, on
purpose, with a backup taken (docs/deploy.md). Both refuse to start on a database that is not up
to date, rather than serve pages that fail.
"""

from __future__ import annotations

import os
from typing import Any

from django.conf import settings


class NotReady(Exception):
    """The installation cannot serve yet; the message says which command to run first."""


def unapplied_migrations() -> list[str]:
    from django.db import connection
    from django.db.migrations.executor import MigrationExecutor

    executor = MigrationExecutor(connection)
    return [f"{m.app_label}.{m.name}" for m, _ in executor.migration_plan(executor.loader.graph.leaf_nodes())]


def check_ready(*, static: bool) -> None:
    """Refuse to start on an out-of-date database or, for the server, without collected assets."""
    pending = unapplied_migrations()
    if pending:
        raise NotReady(
            f"データベースが最新ではありません（未適用のマイグレーション {len(pending)} 件: {pending[0]} …）。"
            "バックアップを取ってから `shinchoku manage migrate` を実行してください。"
        )
    storage = settings.STORAGES.get("staticfiles", {}).get("BACKEND", "")
    if static and "Manifest" in storage:
        manifest = settings.STATIC_ROOT and os.path.join(settings.STATIC_ROOT, "staticfiles.json")
        if not manifest or not os.path.exists(manifest):
            raise NotReady(
                f"静的ファイルが {settings.STATIC_ROOT} にありません。"
                "`shinchoku manage collectstatic --noinput` を実行してください。"
            )


def check_port(host: str, port: int) -> None:
    """Refuse to start when another program (often a shinchoku started earlier) holds the port.

    waitress would otherwise end with "OSError: [Errno 98] Address already in use", and
    ``make run`` would already have issued a new demo password that the running copy now uses.
    """
    import socket

    with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as waitress does
        try:
            probe.bind((host, port))
        except OSError as exc:
            raise NotReady(
                f"ポート {port} は別のプログラムが使用中です（すでに起動している shinchoku かもしれません）。"
                "そちらを終了するか、別のポートを指定してください（例: PORT=8080 make run、serve --port 8080）。"
            ) from exc


def proxy_options() -> dict[str, Any]:
    """waitress's proxy settings from SHINCHOKU_TRUSTED_PROXY (the proxy's address, or ``*``).

    With a trusted proxy, waitress takes the client's address and scheme from its X-Forwarded-For
    and X-Forwarded-Proto headers (so login lockouts count the real client) and removes those
    headers from any other sender.
    """
    proxy = os.environ.get("SHINCHOKU_TRUSTED_PROXY", "").strip()
    if not proxy:
        return {}
    return {
        "trusted_proxy": proxy,
        "trusted_proxy_count": 1,
        "trusted_proxy_headers": {"x-forwarded-for", "x-forwarded-proto"},
        "clear_untrusted_proxy_headers": True,
    }


def serve(host: str, port: int, threads: int) -> None:
    """Serve until interrupted (Ctrl+C, or the service manager stopping it)."""
    import signal

    import waitress

    from shinchoku.wsgi import application

    check_ready(static=True)
    check_port(host, port)
    # Ctrl+C stops the server even where it was started with SIGINT ignored (a process started by one that ignores it
    # inherits that, and Python then sets no KeyboardInterrupt of its own: a test runner's worker process, a
    # service wrapper) — ``make run`` said 「終了は Ctrl+C」 and went on serving, only its worker stopped
    signal.signal(signal.SIGINT, signal.default_int_handler)
    waitress.serve(
        application,
        host=host,
        port=port,
        threads=threads,
        ident="shinchoku",
        # A plan file is at most 10 MB (settings.MAX_REQUEST_BODY with its form); a body up to 256 MB
        # reaches the app, which refuses it in Japanese (web/middleware.py), larger ones get waitress's 413.
        max_request_body_size=256 * 1024 * 1024,
        **proxy_options(),
    )


def work(*, batch: bool = False, interval: float = 1.0) -> None:
    """Run queued background tasks until stopped (``--batch``: until none is left)."""
    from django.core.management import call_command

    check_ready(static=False)
    from .tasks import schedule_all

    if not batch:  # a long-running worker: the daily reminders (progress.tasks), each run queues the next
        schedule_all()
    call_command(
        "db_worker",
        queue_name="*",
        interval=interval,
        batch=batch,
        reload=False,
        startup_delay=not batch,
        verbosity=1,
    )
