"""The Excel round trip of a round: download the sheet to fill, upload it, preview, confirm.

Thin: permission (``accounts.permissions``), then ``input_sheet`` (the workbook), ``input_import``
(preview and saves through ``progress.services``). The upload is kept on the server for its user
(``input_pending``), not in one browser session: its preview has a page of its own
(``rounds/<pk>/input/<token>/``), found again on the upload page under 「確認中のファイル」 in any
browser or after signing in again; the confirmation form carries the token, so an old confirmation
page cannot apply a newer upload, and another user's token answers 404.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from django import forms
from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from shinchoku.accounts.permissions import can, membership, require
from shinchoku.audit.models import Kind
from shinchoku.audit.recorder import record
from shinchoku.core.params import parse_id
from shinchoku.core.people import person_name
from shinchoku.importers.errors import ParseError
from shinchoku.importers.text import wareki
from shinchoku.progress.models import Round

from . import committee, input_import, input_pending, input_sheet
from .report_views import _xlsx
from .workbooks import ReportRow, RoundTable, workbook_bytes

NO_DEPARTMENT = "（担当課なし）"


class UploadForm(forms.Form):
    file = forms.FileField(
        label="入力した進捗管理表（.xlsx）",
        help_text="この回のページからダウンロードした「Excelで入力する」のファイルに入力したもの（10 MBまで）。",
        error_messages={"required": "ファイルを選んでください。"},
        widget=forms.ClearableFileInput(attrs={"accept": ".xlsx"}),
    )


def _round(pk: int) -> Round:
    return get_object_or_404(Round.objects.select_related("plan__municipality"), pk=pk)


def _sheets(request: HttpRequest, round_: Round) -> tuple[list[tuple[str, list[ReportRow]]], RoundTable]:
    """The reports the user may fill now, a sheet per department (a department user: theirs only).

    A report shared by several departments goes on the sheet of the first of them that the user
    belongs to (the plan office: the first listed), so that no report is in a file twice.
    """
    table = committee.load_round_table(round_, request.user)
    member = membership(request.user)
    mine = [d.name for d in member.departments.all()] if member is not None else []
    sheets: dict[str, list[ReportRow]] = {}
    for row in table.rows:
        if not can(request.user, "edit_report", row.report):
            continue
        own = [name for name in row.departments if name in mine]
        name = (own or row.departments or [NO_DEPARTMENT])[0]
        sheets.setdefault(name, []).append(row)
    return list(sheets.items()), table


def _round_for_input(request: HttpRequest, pk: int) -> Round | HttpResponse:
    """The round whose Excel round trip a user opens, or the login page for one signed out: the download and the
    upload page alike (the download sent a visitor to the login page, while the upload page of a published round
    answered 200 with 「この回は締め切られています」 to anyone; a round they may not see stays 404 first)."""
    round_ = _round(pk)
    require(request.user, "view_round", round_)
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    return round_


@require_safe
def input_xlsx(request: HttpRequest, pk: int) -> HttpResponse:
    """「Excelで入力する」: /rounds/<pk>/input.xlsx, the reports the user may fill now. Signed out, the login page
    (walked: a citizen was sent to the round page with 「入力できる報告はありません」, shown on the page after it)."""
    round_ = _round_for_input(request, pk)
    if isinstance(round_, HttpResponse):
        return round_
    sheets, table = _sheets(request, round_)
    if not round_.is_open or not sheets:
        messages.info(
            request, "Excelで入力できる報告はありません（受付中の回で、入力できる報告があるときに使えます）。"
        )
        return redirect("progress:round", pk=round_.pk)
    who = person_name(request.user)
    workbook = input_sheet.input_workbook(table, sheets, who=who)
    names = "・".join(name for name, _rows in sheets) if len(sheets) <= 3 else "全担当課"
    record(
        Kind.EXPORT,
        obj=round_,
        details={"export": "進捗管理表（入力用）", "format": "xlsx", "sheets": len(sheets)},
    )
    filename = f"{round_.plan.municipality.name}_{wareki(round_.fy)}_進捗管理表_入力用_{names}.xlsx"
    return _xlsx(workbook_bytes(workbook), filename, private=True, fallback=f"shinchoku-round-{round_.pk}-input.xlsx")


def _pending(request: HttpRequest, round_: Round) -> list[dict[str, Any]]:
    rows = input_pending.pending(request.user, round_.pk)
    for row in rows:
        row["when"] = datetime.fromisoformat(row["at"]) if row["at"] else None
    return rows


@require_http_methods(["GET", "HEAD", "POST"])
def input_upload(request: HttpRequest, pk: int) -> HttpResponse:
    """Upload the filled file: kept for the user and its preview shown (or every bad cell), nothing saved yet.
    Signed out, the login page, as for the download."""
    round_ = _round_for_input(request, pk)
    if isinstance(round_, HttpResponse):
        return round_
    context: dict[str, Any] = {"round": round_, "plan": round_.plan, "pending": _pending(request, round_)}
    if request.method != "POST":
        context["form"] = UploadForm()
        return render(request, "exports/input_upload.html", context)
    form = UploadForm(request.POST, request.FILES)
    context["form"] = form
    if not round_.is_open:
        form.add_error(None, "この回は締め切られています。取り込めません。")
    if not form.is_valid():
        return render(request, "exports/input_upload.html", context, status=400)
    upload = form.cleaned_data["file"]
    if upload.size > input_sheet.MAX_UPLOAD:
        form.add_error(
            "file", f"ファイルが大きすぎます（上限 {input_sheet.MAX_UPLOAD // (1024 * 1024)} MB）。"
        )
        return render(request, "exports/input_upload.html", context, status=400)
    data = upload.read()
    try:
        result = input_import.preview(round_, request.user, data)
    except ParseError as exc:
        form.add_error("file", str(exc))
        return render(request, "exports/input_upload.html", context, status=400)
    if result.errors:
        context["preview"] = result
        return render(request, "exports/input_upload.html", context, status=400)
    token = input_pending.save(request.user, round_.pk, upload.name, data, result.stored())
    return redirect("exports-input-preview", pk=round_.pk, token=token)


@require_safe
def input_preview(request: HttpRequest, pk: int, token: str) -> HttpResponse:
    """The preview of the user's upload, in any browser: read again now, so it shows the reports as
    they are; the confirmation applies what this page shows."""
    round_ = _round(pk)
    require(request.user, "view_round", round_)
    pending = input_pending.find(token, request.user, round_.pk)
    if pending is None:
        raise Http404
    context: dict[str, Any] = {"round": round_, "plan": round_.plan}
    try:
        result = input_import.preview(round_, request.user, input_pending.data(token))
    except ParseError as exc:  # read once already: only a change of the round's reports gets here
        result = input_import.Preview(round_, errors=[str(exc)])
    if result.errors:  # the round's reports changed since the upload (an initiative retired, …)
        input_pending.remove(token)
        context.update(form=UploadForm(), preview=result, pending=_pending(request, round_))
        return render(request, "exports/input_upload.html", context, status=400)
    input_pending.update(token, result.stored())
    context.update(preview=result, token=token, filename=pending.get("filename") or "")
    return render(request, "exports/input_preview.html", context)


@require_POST
def input_confirm(request: HttpRequest, pk: int) -> HttpResponse:
    """Save (or submit) what the preview showed; conflicts only where the user chose to overwrite."""
    round_ = _round(pk)
    require(request.user, "view_round", round_)
    token = str(request.POST.get("token", ""))
    stored = input_pending.claim(token, request.user, round_.pk)
    if stored is None:
        messages.error(
            request,
            "この確認画面の取込は、保存または取り消し済みか、有効期限が切れています。もう一度ファイルをアップロードしてください。",
        )
        return redirect("exports-input-upload", pk=round_.pk)
    if request.POST.get("action") == "cancel":
        messages.info(request, "取込を取り消しました。何も保存していません。")
        return redirect("exports-input-upload", pk=round_.pk)
    overwrite = {n for v in request.POST.getlist("overwrite") if (n := parse_id(v)) is not None}
    outcome = input_import.apply(
        round_, request.user, stored, submit=request.POST.get("submit") == "1", overwrite=overwrite
    )
    for level, text in outcome.messages(request.user, round_):
        messages.add_message(request, level, text)
    return redirect("progress:round", pk=round_.pk)
