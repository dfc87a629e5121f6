"""The address users open the app at, for the links in e-mails (a mail has no request to take the host from).

``SHINCHOKU_BASE_URL`` when set; else the address ``shinchoku demo`` or ``shinchoku serve`` last served on,
which each records in the var folder (``var/base-url``); else ``http://127.0.0.1:8000``. A command run later
in another terminal — ``shinchoku manage send_reminders`` beside a demo on port 8742 — linked its mails to
:8000, where nothing answered, and nothing said so (found walking a round): it now finds the served address,
and ``send_reminders`` warns when its links can only use the default.

Read by the settings (``SHINCHOKU_BASE_URL``, ``SHINCHOKU_BASE_URL_SOURCE``), so no Django import here.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

DEFAULT = "http://127.0.0.1:8000"
FILE_NAME = "base-url"


def var_dir(environ: Mapping[str, str] = os.environ) -> Path:
    """Where the SQLite database, uploads and this installation's recorded settings live (as settings.VAR_DIR)."""
    return Path(environ.get("SHINCHOKU_VAR", Path.cwd() / "var"))


def resolve(environ: Mapping[str, str], var: Path) -> tuple[str, str]:
    """(base URL, where it came from: ``"environment"``, ``"recorded"`` or ``"default"``)."""
    if environ.get("SHINCHOKU_BASE_URL"):
        return environ["SHINCHOKU_BASE_URL"], "environment"
    try:
        recorded = (var / FILE_NAME).read_text(encoding="utf-8").strip()
    except OSError:
        recorded = ""
    if recorded.startswith(("http://", "https://")):
        return recorded, "recorded"
    return DEFAULT, "default"


def served(host: str, port: int) -> str:
    """The address a browser on this machine opens for a server listening on ``host``:``port``."""
    if host in ("", "0.0.0.0", "::", "[::]"):  # every interface: this machine's own address reaches it
        host = "127.0.0.1"
    elif ":" in host and not host.startswith("["):
        host = f"[{host}]"
    return f"http://{host}:{port}"


def record(var: Path, url: str) -> None:
    """Keep ``url`` for the commands run later (reminders from cron or by hand) to link their mails to."""
    var.mkdir(parents=True, exist_ok=True)
    path = var / FILE_NAME
    if not path.exists() or path.read_text(encoding="utf-8").strip() != url:
        path.write_text(url + "\n", encoding="utf-8")
