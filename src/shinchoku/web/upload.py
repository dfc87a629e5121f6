"""Uploading a plan file: parse, preview what would change, then confirm or cancel.

Nothing reaches the database before confirmation: the parsed Plan JSON waits in a file under
``var/uploads`` named by a random token that only the uploader's session knows, and the preview
is the loader's own dry run, so it shows exactly what confirming will do.
"""

from __future__ import annotations

import json
import secrets
from pathlib import Path

from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from shinchoku.accounts.permissions import can, can_import_any
from shinchoku.importers import LAYOUTS, MAX_INPUT_BYTES, ParseError, parse
from shinchoku.plans.loader import load_plan, match_municipality

SESSION_KEY = "shinchoku_uploads"


class UploadForm(forms.Form):
    file = forms.FileField(
        label=gettext_lazy("計画ファイル"),
        help_text=gettext_lazy("PDFから抽出したテキスト、Plan JSON、CSV または Excel（.xlsx）。10 MB まで。"),
    )
    layout = forms.ChoiceField(
        label=gettext_lazy("レイアウト"),
        required=False,
        choices=[("", gettext_lazy("自動判定"))] + [(name, name) for name in LAYOUTS],
    )


def _store() -> Path:
    path = Path(settings.VAR_DIR) / "uploads"
    path.mkdir(parents=True, exist_ok=True)
    return path


def _pending(request: HttpRequest, token: str) -> Path:
    """The waiting upload for ``token``, only if this session uploaded it."""
    if (
        token not in request.session.get(SESSION_KEY, [])
        or not token.replace("-", "").replace("_", "").isalnum()
    ):
        raise Http404
    path = _store() / f"{token}.json"
    if not path.exists():
        raise Http404
    return path


def _forget(request: HttpRequest, token: str, path: Path) -> None:
    path.unlink(missing_ok=True)
    request.session[SESSION_KEY] = [t for t in request.session.get(SESSION_KEY, []) if t != token]


def _check_permission(request: HttpRequest) -> None:
    if not can_import_any(request.user):
        raise PermissionDenied


def _may_import(request: HttpRequest, plan: dict) -> bool:
    """A plan office imports only its own municipality's plans; a new municipality needs the administrator."""
    municipality = match_municipality(plan)
    if municipality is None:
        return bool(request.user.is_superuser)
    return can(request.user, "import_plan", municipality)


@login_required
def upload(request: HttpRequest) -> HttpResponse:
    _check_permission(request)
    form = UploadForm(request.POST or None, request.FILES or None)
    status = 200
    if request.method == "POST" and form.is_valid():
        upload_file = form.cleaned_data["file"]
        if upload_file.size > MAX_INPUT_BYTES:
            form.add_error("file", _("ファイルが大きすぎます（上限 10 MB）。"))
        else:
            try:
                plan = parse(
                    upload_file.read(), filename=upload_file.name, layout=form.cleaned_data["layout"] or None
                )
            except ParseError as exc:
                form.add_error("file", str(exc))
            else:
                if not _may_import(request, plan):
                    form.add_error(
                        "file",
                        _("%(name)sの計画を取り込む権限がありません。")
                        % {"name": plan["municipality"]["name"]},
                    )
                    return render(request, "shinchoku/upload.html", {"form": form}, status=403)
                token = secrets.token_urlsafe(16)
                (_store() / f"{token}.json").write_text(
                    json.dumps(plan, ensure_ascii=False), encoding="utf-8"
                )
                request.session[SESSION_KEY] = [*request.session.get(SESSION_KEY, []), token]
                return redirect("upload-preview", token=token)
    if form.errors:
        status = 400
    return render(request, "shinchoku/upload.html", {"form": form}, status=status)


def _refused(request: HttpRequest, token: str, path: Path, exc: ParseError) -> HttpResponse:
    """The loader refused the waiting plan: drop it (nothing is left behind) and say why on the upload page."""
    _forget(request, token, path)
    form = UploadForm()
    form.cleaned_data = {}  # an unbound form takes an error once it has (empty) cleaned data
    form.add_error(None, str(exc))
    return render(request, "shinchoku/upload.html", {"form": form}, status=400)


@login_required
def preview(request: HttpRequest, token: str) -> HttpResponse:
    _check_permission(request)
    path = _pending(request, token)
    plan = json.loads(path.read_text(encoding="utf-8"))
    if not _may_import(request, plan):
        raise PermissionDenied
    if request.method == "POST":
        if request.POST.get("action") == "confirm":
            try:
                result = load_plan(plan)
            except ParseError as exc:
                return _refused(request, token, path, exc)
            _forget(request, token, path)
            messages.success(
                request,
                _(
                    "「%(title)s」を取り込みました（追加 %(added)d／変更 %(changed)d／変更なし %(unchanged)d）。"
                )
                % {
                    "title": result.plan.title,
                    "added": len(result.added),
                    "changed": len(result.changed),
                    "unchanged": len(result.unchanged),
                },
            )
            return redirect("plan", pk=result.plan.pk)
        _forget(request, token, path)
        messages.info(request, _("取込を取り消しました。データベースは変更していません。"))
        return redirect("upload")
    try:
        result = load_plan(plan, dry_run=True)
    except ParseError as exc:
        return _refused(request, token, path, exc)
    counts = {
        "sections": len(plan["sections"]),
        "initiatives": len(plan["initiatives"]),
        "indicators": sum(len(i.get("indicators") or []) for i in plan["initiatives"]),
    }
    return render(
        request, "shinchoku/upload_preview.html", {"data": plan, "result": result, "counts": counts}
    )
