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
    }
