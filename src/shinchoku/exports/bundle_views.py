"""The administrator's bundle page: download this installation's public data, upload another's.

Thin: the rules (what a bundle holds, what an import refuses) are ``exports.bundle``; who may is
``permissions.can("manage_bundles")`` (the installation administrator).
"""

from __future__ import annotations

import os
import tempfile

from django import forms
from django.http import FileResponse, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.http import require_http_methods

from shinchoku.accounts.permissions import require
from shinchoku.audit.models import Kind
from shinchoku.audit.recorder import record

from .bundle import MAX_BUNDLE_BYTES, BundleError, import_bundle, installation_name
from .bundle import write_bundle as export_bundle_to


class BundleForm(forms.Form):
    file = forms.FileField(
        label="バンドルファイル（zip）",
        help_text="他のインストールで「公表データのバンドル」として書き出したファイル",
    )


@require_http_methods(["GET", "HEAD", "POST"])
def bundle_page(request: HttpRequest) -> HttpResponse:
    require(request.user, "manage_bundles", None)
    form, result, error, status = BundleForm(), None, "", 200
    if request.method == "POST":
        form = BundleForm(request.POST, request.FILES)
        if form.is_valid():
            upload = form.cleaned_data["file"]
            if upload.size > MAX_BUNDLE_BYTES:
                error = f"バンドルファイルが大きすぎます（{MAX_BUNDLE_BYTES // 1024 // 1024} MB まで）。"
            else:
                with tempfile.TemporaryDirectory(prefix="shinchoku-bundle-") as tmp:
                    path = os.path.join(tmp, "bundle.zip")
                    with open(path, "wb") as out:
                        for chunk in upload.chunks():
                            out.write(chunk)
                    try:
                        result = import_bundle(path, user=request.user)
                    except BundleError as exc:
                        error = str(exc)
            if result is not None:
                record(Kind.IMPORT, request=request, details={"bundle": result.manifest.get("installation"),
                                                               "plans": len(result.imported)})  # fmt: skip
        if error or not form.is_valid():
            status = 400
    context = {"form": form, "result": result, "error": error, "installation": installation_name()}
    return render(request, "exports/bundle.html", context, status=status)


def bundle_download(request: HttpRequest) -> HttpResponse:
    require(request.user, "manage_bundles", None)
    out = tempfile.TemporaryFile()  # noqa: SIM115 — FileResponse closes it (and the system removes it)
    export_bundle_to(out)
    out.seek(0)
    name = f"shinchoku-bundle-{timezone.localdate():%Y%m%d}.zip"
    return FileResponse(out, as_attachment=True, filename=name, content_type="application/zip")
