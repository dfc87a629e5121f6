"""Importing an uploaded bundle in the background (a bundle of a prefecture's installations can hold
hundreds of plans: minutes of work that must not hold a request or be cut by the proxy's timeout).

The request keeps the file under ``var/uploads`` (``plans.uploads``) and queues
:func:`import_bundle_job`; the bundle page polls the job and shows its result. The import itself is
``bundle.import_bundle``: one transaction, so a refused or interrupted bundle changes nothing.
"""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.utils.translation import gettext as _

from shinchoku.audit.models import Kind
from shinchoku.audit.recorder import record
from shinchoku.core.tasks import Progress, Refused, job_task
from shinchoku.plans import uploads

from .bundle import BundleError, import_bundle

#: The kind of the Job the bundle page looks for.
BUNDLE_IMPORT = "bundle-import"


@job_task
def import_bundle_job(progress: Progress, *, token: str, user_id: int | None = None) -> dict:
    """Import the bundle kept under ``token`` as reference plans, in the uploader's name; the file goes after."""
    path = uploads.raw_path(token)
    if not path.exists():
        raise Refused(_("取り込むファイルが見つかりません。もう一度アップロードしてください。"))
    user = get_user_model().objects.filter(pk=user_id).first() if user_id else None
    progress.step(_("バンドルの計画を取り込んでいます"), done=0, total=1)
    try:
        result = import_bundle(path, user=user)
    except BundleError as exc:
        raise Refused(str(exc)) from None
    finally:
        uploads.remove(token)
    installation = str(result.manifest.get("installation") or "")
    record(Kind.IMPORT, user=user, details={"bundle": installation, "plans": len(result.imported)})
    return {"installation": installation, "imported": result.imported, "skipped": result.skipped}
