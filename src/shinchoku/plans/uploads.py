"""Uploaded plan files waiting for confirmation: where they are kept and what a preview shows.

An upload is a token (random, answered to its uploader only, in any browser) naming two files under
``var/uploads``: ``TOKEN.upload`` (the file as received, kept while the plan office may still
map its columns) and, once read, ``TOKEN.json`` (its Plan JSON). The jobs that read and import
them (``web.upload_jobs``) check the uploader's permissions, which live above this app; this
module knows only the files and the loader.
"""

from __future__ import annotations

import json
import secrets
import time
from pathlib import Path
from typing import Any

from django.conf import settings
from django.utils.translation import gettext as _

from .loader import LoadResult

#: Job kinds: the first reading, a reading with the plan office's column mapping, the import.
PREVIEW, REMAP, IMPORT = "upload-preview", "upload-remap", "upload-import"


def store() -> Path:
    path = Path(settings.VAR_DIR) / "uploads"
    path.mkdir(parents=True, exist_ok=True)
    return path


def valid_token(token: str) -> bool:
    return 10 <= len(token) <= 40 and token.replace("-", "").replace("_", "").isalnum()


def raw_path(token: str) -> Path:
    return store() / f"{token}.upload"


def plan_path(token: str) -> Path:
    return store() / f"{token}.json"


def save(data: bytes) -> str:
    """Keep an uploaded file until it is read; return its new token. Old pending files go first."""
    sweep()
    token = secrets.token_urlsafe(16)
    raw_path(token).write_bytes(data)
    return token


def remove(token: str) -> None:
    raw_path(token).unlink(missing_ok=True)
    plan_path(token).unlink(missing_ok=True)


def sweep() -> None:
    """Remove pending files nobody confirmed or cancelled within SHINCHOKU_PENDING_UPLOAD_HOURS."""
    cutoff = time.time() - settings.SHINCHOKU_PENDING_UPLOAD_HOURS * 3600
    for path in store().iterdir():
        if path.suffix in (".upload", ".json") and path.stat().st_mtime < cutoff:
            path.unlink(missing_ok=True)


def pending_plan(token: str) -> dict[str, Any] | None:
    path = plan_path(token)
    if not path.exists():
        return None
    return json.loads(path.read_text(encoding="utf-8"))


def summary(result: LoadResult) -> dict[str, Any]:
    """What the preview page shows of a (dry-run) load, as JSON."""
    return {
        "created": result.created,
        "plan_id": None if result.created else result.plan.pk,
        "added": result.added,
        "changed": result.changed,
        "unchanged": result.unchanged,
        "retired": result.retired,
        "changes": [{"label": label, "notes": result.details.get(label, [])} for label in result.changed],
        "conflicts": result.conflicts,
        "plan_changes": result.plan_changes,
        "sweeping": result.sweeping,
        "losses": [{"label": label, "notes": notes} for label, notes in result.losses.items()],
        "fragments": result.fragments,
        "kept_actuals": result.kept_actuals,
    }


def imported_message(result: dict[str, Any]) -> str:
    """What the plan page says once an upload is imported (``result``: ``summary`` with the plan's title): the counts
    the preview gave, those that left the plan among them when a registered plan was updated (walked: a revision that
    retired 11 of 31 取組 said only 「（追加 0／変更 0／変更なし 20）」)."""
    counts = [(_("追加"), "added"), (_("変更"), "changed"), (_("変更なし"), "unchanged")]
    if not result.get("created"):
        counts.append((_("計画から外れた"), "retired"))
    said = "／".join(f"{label} {len(result.get(key, []))}" for label, key in counts)
    return _("「%(title)s」を取り込みました（%(counts)s）。") % {"title": result["title"], "counts": said}
