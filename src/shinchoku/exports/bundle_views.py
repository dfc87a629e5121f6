"""The administrator's bundle page: download this installation's public data, upload another's.

Thin: the rules (what a bundle holds, what an import refuses) are ``exports.bundle``, the upload is
imported by a background job (``exports.bundle_jobs``); who may is
``permissions.can("manage_bundles")`` (the installation administrator).
"""

from __future__ import annotations

import tempfile
import uuid
from urllib.parse import urlencode

from django import forms
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_http_methods

from shinchoku.accounts.permissions import require
from shinchoku.core.models import Job
from shinchoku.core.tasks import start
from shinchoku.core.views import job_for
from shinchoku.plans import uploads

from .bundle import MAX_BUNDLE_BYTES, installation_name
from .bundle import write_bundle as export_bundle_to
from .bundle_jobs import BUNDLE_IMPORT, import_bundle_job


class BundleForm(forms.Form):
    file = forms.FileField(
        label="バンドルファイル（zip）",
        help_text="他のインストールで「公表データのバンドル」として書き出したファイル",
    )


@require_http_methods(["GET", "HEAD", "POST"])
def bundle_page(request: HttpRequest) -> HttpResponse:
    """Download, or upload another installation's bundle: the upload is imported by a background job
    (``bundle_jobs``) and this page, at ``?job=ID``, shows its progress, then its result."""
    require(request.user, "manage_bundles", None)
    form, job, error, status = BundleForm(), None, "", 200
    if request.method == "POST":
        form = BundleForm(request.POST, request.FILES)
        if form.is_valid():
            upload = form.cleaned_data["file"]
            if upload.size > MAX_BUNDLE_BYTES:
                error = f"バンドルファイルが大きすぎます（{MAX_BUNDLE_BYTES // 1024 // 1024} MB まで）。"
            else:
                token = uploads.save(b"".join(upload.chunks()))
                job = start(import_bundle_job, kind=BUNDLE_IMPORT, key=token, user=request.user,
                            token=token, user_id=request.user.pk)  # fmt: skip
                return redirect(f"{reverse('bundle')}?{urlencode({'job': job.pk})}")
        status = 400
    elif request.GET.get("job"):
        try:
            job = job_for(request, uuid.UUID(request.GET["job"]))
        except ValueError:
            raise Http404 from None
        if job.kind != BUNDLE_IMPORT:
            raise Http404
        if job.state == Job.State.FAILED:
            error, status = job.error, job.result.get("status", 500)
    context = {"form": form, "job": job, "error": error, "installation": installation_name()}
    return render(request, "exports/bundle.html", context, status=status)


def bundle_download(request: HttpRequest) -> HttpResponse:
    require(request.user, "manage_bundles", None)
    out = tempfile.TemporaryFile()  # noqa: SIM115 — FileResponse closes it (and the system removes it)
    export_bundle_to(out)
    out.seek(0)
    name = f"shinchoku-bundle-{timezone.localdate():%Y%m%d}.zip"
    return FileResponse(out, as_attachment=True, filename=name, content_type="application/zip")
