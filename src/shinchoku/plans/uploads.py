"""Uploaded plan files waiting for confirmation, and the background jobs that read and import them.

An upload is a token (random, known only to the uploader's session) naming two files under
``var/uploads``: ``TOKEN.upload`` (the file as received) and, once read, ``TOKEN.json`` (its Plan
JSON). Two jobs work on them in the worker, never in a request:

- :func:`preview_upload` reads the file in a child process with time and memory limits
  (``importers.isolated``), then runs the loader's dry run, whose result is the preview
  (added / changed / kept / retired). A refused file ends the job with the importer's Japanese
  message (page or line) and both files are removed.
- :func:`import_upload` runs ``load_plan`` for real. It is a job, not part of the confirming
  request, because it does the same work as the dry run (minutes for a plan of thousands of
  initiatives); it is atomic all the same: ``load_plan`` is one transaction, so a failure or a
  killed worker leaves the database as it was.
"""

from __future__ import annotations

import json
import secrets
import time
from pathlib import Path
from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.utils.translation import gettext as _

from shinchoku.accounts.permissions import can
from shinchoku.core.tasks import Progress, Refused, job_task
from shinchoku.importers import ParseError
from shinchoku.importers.isolated import parse_isolated

from .loader import LoadResult, load_plan, match_municipality

PREVIEW, IMPORT = "upload-preview", "upload-import"


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


def _user(user_id: int | None) -> Any:
    return get_user_model().objects.filter(pk=user_id).first() if user_id else None


def may_import(user: Any, plan: dict[str, Any]) -> bool:
    """A plan office imports only its own municipality's plans; a new municipality needs the administrator."""
    if isinstance(user, int):
        user = _user(user)
    if user is None:
        return False
    municipality = match_municipality(plan)
    if municipality is None:
        return bool(user.is_superuser)
    return can(user, "import_plan", municipality)


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
    }


@job_task
def preview_upload(
    progress: Progress, *, token: str, filename: str, layout: str | None, user_id: int
) -> dict:
    """Read the pending file and dry-run its import: the preview, or the refusal with its reason."""
    progress.step(_("ファイルを読み取っています（%(name)s）") % {"name": filename}, done=1, total=3)
    try:
        plan: dict[str, Any] = parse_isolated(
            raw_path(token),
            filename=filename,
            layout=layout,
            timeout=settings.SHINCHOKU_PARSE_TIME_LIMIT,
            memory_mb=settings.SHINCHOKU_PARSE_MEMORY_MB,
        )
        progress.step(
            _("取組 %(n)d 件を登録済みの内容と照合しています") % {"n": len(plan["initiatives"])},
            done=2,
            total=3,
        )
        if not may_import(user_id, plan):
            raise Refused(
                _("%(name)sの計画を取り込む権限がありません。") % {"name": plan["municipality"]["name"]},
                status=403,
            )
        result = load_plan(plan, dry_run=True, user=_user(user_id))
    except ParseError as exc:
        remove(token)
        raise Refused(str(exc)) from None
    except BaseException:
        remove(token)  # refused, or stopped at the time limit: no preview will ever use the file
        raise
    plan_path(token).write_text(json.dumps(plan, ensure_ascii=False), encoding="utf-8")
    raw_path(token).unlink(missing_ok=True)
    return summary(result)


@job_task
def import_upload(
    progress: Progress, *, token: str, user_id: int | None = None, overwrite_revised: bool = False
) -> dict:
    """Import the previewed plan in one transaction, in the uploader's name; the pending files go once it is in.

    ``overwrite_revised``: the plan office chose the file's values over targets revised in the app.
    """
    plan = pending_plan(token)
    if plan is None:
        raise Refused(_("取り込むファイルが見つかりません。もう一度アップロードしてください。"))
    progress.step(_("取組 %(n)d 件を取り込んでいます") % {"n": len(plan["initiatives"])}, done=1, total=2)
    try:
        result = load_plan(plan, user=_user(user_id), overwrite_revised=overwrite_revised)
    except ParseError as exc:
        remove(token)  # a plan the loader refuses will not be imported later either: nothing left behind
        raise Refused(str(exc)) from None
    remove(token)
    return {**summary(result), "plan_id": result.plan.pk, "title": result.plan.title}
