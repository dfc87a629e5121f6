"""Uploaded input sheets waiting for confirmation, kept on the server for the user who uploaded them.

The preview of an Excel round trip was kept in the browser session: signed in again, in another
browser, or after a second upload in another tab, the plan office or department found 「確認画面の
有効期限が切れました」 and had to upload again. As the plan upload (``plans.uploads``), an upload is a
random token naming two files under ``var/input-uploads``: ``TOKEN.xlsx`` (the file as received,
read again to show the preview in any browser) and ``TOKEN.json`` (its user, round, file name, when,
and the entries the confirmation applies: those of the preview shown last). Only its user finds it;
confirming or cancelling removes both; what nobody confirmed goes after
``SHINCHOKU_PENDING_UPLOAD_HOURS``.
"""

from __future__ import annotations

import json
import secrets
import time
from pathlib import Path
from typing import Any

from django.conf import settings
from django.utils import timezone


def _store() -> Path:
    path = Path(settings.VAR_DIR) / "input-uploads"
    path.mkdir(parents=True, exist_ok=True)
    return path


def _valid(token: str) -> bool:
    return 10 <= len(token) <= 40 and token.replace("-", "").replace("_", "").isalnum()


def _data_path(token: str) -> Path:
    return _store() / f"{token}.xlsx"


def _meta_path(token: str) -> Path:
    return _store() / f"{token}.json"


def save(user: Any, round_pk: int, filename: str, data: bytes, stored: dict[str, Any]) -> str:
    """Keep an uploaded sheet and the preview's entries for ``user``; its new token."""
    sweep()
    token = secrets.token_urlsafe(16)
    _data_path(token).write_bytes(data)
    meta = {"user": user.pk, "round": round_pk, "filename": filename, "at": timezone.now().isoformat()}
    _meta_path(token).write_text(json.dumps({**meta, **stored, "round": round_pk}, ensure_ascii=False), "utf-8")
    return token


def find(token: str, user: Any, round_pk: int) -> dict[str, Any] | None:
    """The pending upload ``token`` of ``user`` in round ``round_pk`` (None: not theirs, or over)."""
    if not _valid(token) or not _meta_path(token).exists() or not _data_path(token).exists():
        return None
    meta = json.loads(_meta_path(token).read_text("utf-8"))
    if meta.get("user") != user.pk or meta.get("round") != round_pk:
        return None
    return dict(meta)


def claim(token: str, user: Any, round_pk: int) -> dict[str, Any] | None:
    """Take the pending upload for its confirmation or cancellation: found as ``find``, then removed,
    so that two browsers confirming it at once apply it once (the second gets None)."""
    if find(token, user, round_pk) is None:
        return None
    taken = _store() / f"{token}.{secrets.token_hex(8)}.claimed"
    try:
        _meta_path(token).rename(taken)
    except OSError:
        return None  # claimed by the other request first
    try:
        return dict(json.loads(taken.read_text("utf-8")))
    finally:
        taken.unlink(missing_ok=True)
        _data_path(token).unlink(missing_ok=True)


def data(token: str) -> bytes:
    return _data_path(token).read_bytes()


def update(token: str, stored: dict[str, Any]) -> None:
    """The entries of the preview shown now: what the confirmation applies."""
    meta = json.loads(_meta_path(token).read_text("utf-8"))
    meta["entries"] = stored.get("entries", [])
    _meta_path(token).write_text(json.dumps(meta, ensure_ascii=False), "utf-8")


def remove(token: str) -> None:
    if _valid(token):
        _data_path(token).unlink(missing_ok=True)
        _meta_path(token).unlink(missing_ok=True)


def pending(user: Any, round_pk: int) -> list[dict[str, Any]]:
    """``user``'s uploads in the round still waiting, newest first: token, file name, when."""
    rows = []
    for path in _store().glob("*.json"):
        try:
            meta = json.loads(path.read_text("utf-8"))
        except (OSError, ValueError):
            continue
        if meta.get("user") == user.pk and meta.get("round") == round_pk and _data_path(path.stem).exists():
            rows.append({"token": path.stem, "filename": meta.get("filename") or "", "at": meta.get("at") or ""})
    return sorted(rows, key=lambda r: r["at"], reverse=True)


def sweep() -> None:
    """Remove uploads nobody confirmed or cancelled within SHINCHOKU_PENDING_UPLOAD_HOURS."""
    cutoff = time.time() - settings.SHINCHOKU_PENDING_UPLOAD_HOURS * 3600
    for path in _store().iterdir():
        if path.suffix in (".xlsx", ".json", ".claimed") and path.stat().st_mtime < cutoff:
            path.unlink(missing_ok=True)
