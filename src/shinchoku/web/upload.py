"""Uploading a plan file: read and preview it in the background, then confirm or cancel.

The request only stores the file and queues a job (``plans.uploads.preview_upload``); the page
``upload/TOKEN/`` shows the job's progress (htmx polls ``/jobs/ID/``) and then, on the same URL,
the preview, or the refusal with the importer's Japanese message. Confirming queues the import
(``plans.uploads.import_upload``, one transaction) and the same page follows it to the plan.
The token is random and known only to the uploader's session; the jobs are the uploader's own.
Nothing reaches the database before confirmation: the preview is the loader's own dry run.
"""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from shinchoku.accounts.permissions import can_import_any
from shinchoku.core.models import Job
from shinchoku.core.tasks import start
from shinchoku.importers import LAYOUTS, MAX_INPUT_BYTES
from shinchoku.plans import uploads

SESSION_KEY = "shinchoku_uploads"
#: The file types the form offers; the importers decide from the content, not the name.
ACCEPT = ".pdf,.txt,.csv,.json,.xlsx"
MAX_MB = MAX_INPUT_BYTES // (1024 * 1024)


class UploadForm(forms.Form):
    file = forms.FileField(
        label=gettext_lazy("計画ファイル"),
        help_text=gettext_lazy(
            "計画書の PDF、PDFから抽出したテキスト、Plan JSON、CSV または Excel（.xlsx）。%(mb)d MB まで。"
        )
        % {"mb": MAX_MB},
        widget=forms.ClearableFileInput(attrs={"accept": ACCEPT}),
    )
    layout = forms.ChoiceField(
        label=gettext_lazy("レイアウト"),
        required=False,
        choices=[("", gettext_lazy("自動判定"))] + [(name, name) for name in LAYOUTS],
    )

    def clean_file(self) -> Any:
        upload = self.cleaned_data["file"]
        if upload.size > MAX_INPUT_BYTES:
            raise forms.ValidationError(_("ファイルが大きすぎます（上限 %(mb)d MB）。") % {"mb": MAX_MB})
        return upload


def _check_permission(request: HttpRequest) -> None:
    if not can_import_any(request.user):
        raise PermissionDenied


def _remember(request: HttpRequest, token: str) -> None:
    request.session[SESSION_KEY] = [*request.session.get(SESSION_KEY, []), token]


def _forget(request: HttpRequest, token: str) -> None:
    uploads.remove(token)
    request.session[SESSION_KEY] = [t for t in request.session.get(SESSION_KEY, []) if t != token]


def _job(request: HttpRequest, token: str) -> Job:
    """The latest job on ``token``, only if this session uploaded it."""
    if not uploads.valid_token(token) or token not in request.session.get(SESSION_KEY, []):
        raise Http404
    job = Job.objects.filter(key=token, user_id=request.user.pk).order_by("-created_at").first()
    if job is None:
        raise Http404
    return job


@login_required
def upload(request: HttpRequest) -> HttpResponse:
    _check_permission(request)
    form = UploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        file = form.cleaned_data["file"]
        token = uploads.save(file.read())
        start(
            uploads.preview_upload,
            kind=uploads.PREVIEW,
            key=token,
            user=request.user,
            token=token,
            filename=file.name,
            layout=form.cleaned_data["layout"] or None,
            user_id=request.user.pk,
        )
        _remember(request, token)
        return redirect("upload-preview", token=token)
    return render(request, "shinchoku/upload.html", {"form": form}, status=400 if form.errors else 200)


@login_required
def preview(request: HttpRequest, token: str) -> HttpResponse:
    """One URL for the whole upload: progress, preview or refusal, import progress, then the plan."""
    _check_permission(request)
    job = _job(request, token)
    if request.method == "POST":
        return _decide(request, token, job)
    if not job.finished:
        return render(request, "shinchoku/upload_progress.html", {"job": job, "token": token})
    if job.state == Job.State.FAILED:
        _forget(request, token)  # a refusal is shown once; the files are gone (start again with a new upload)
        status = job.result.get("status", 500)
        return render(request, "shinchoku/upload_refused.html", {"job": job}, status=status)
    if job.kind == uploads.IMPORT:
        _forget(request, token)
        messages.success(
            request,
            _("「%(title)s」を取り込みました（追加 %(added)d／変更 %(changed)d／変更なし %(unchanged)d）。")
            % {
                "title": job.result["title"],
                "added": len(job.result["added"]),
                "changed": len(job.result["changed"]),
                "unchanged": len(job.result["unchanged"]),
            },
        )
        return redirect("plan", pk=job.result["plan_id"])
    plan = uploads.pending_plan(token)
    if plan is None:
        raise Http404
    counts = {
        "sections": len(plan["sections"]),
        "initiatives": len(plan["initiatives"]),
        "indicators": sum(len(i.get("indicators") or []) for i in plan["initiatives"]),
    }
    return render(
        request, "shinchoku/upload_preview.html", {"data": plan, "result": job.result, "counts": counts}
    )


def _decide(request: HttpRequest, token: str, job: Job) -> HttpResponse:
    if request.POST.get("action") != "confirm":
        _forget(request, token)
        messages.info(request, _("取込を取り消しました。データベースは変更していません。"))
        return redirect("upload")
    if job.kind != uploads.PREVIEW or job.state != Job.State.DONE:
        return redirect("upload-preview", token=token)  # already importing, or nothing to confirm yet
    plan = uploads.pending_plan(token)
    if plan is None:
        raise Http404
    if not uploads.may_import(request.user, plan):
        raise PermissionDenied
    start(
        uploads.import_upload,
        kind=uploads.IMPORT,
        key=token,
        user=request.user,
        token=token,
        user_id=request.user.pk,
        overwrite_revised=request.POST.get("overwrite_revised") == "1",
    )
    return redirect("upload-preview", token=token)
