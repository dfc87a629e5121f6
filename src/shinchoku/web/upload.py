"""Uploading a plan file: read and preview it in the background, then confirm or cancel.

The request only stores the file and queues a job (``upload_jobs.preview_upload``); the page
``upload/TOKEN/`` shows the job's progress (htmx polls ``/jobs/ID/``) and then, on the same URL,
the preview, or the refusal with the importer's Japanese message. Where the generic readers
read the file, the preview shows each table with a select per column (``column_mapping``); the
plan office's choice is read again in the background (a ``REMAP`` job) and previewed on the
same page. Confirming queues the import (``upload_jobs.import_upload``, one transaction, which
also saves the column mapping for the municipality) and the same page follows it to the plan.
When the file would make a new plan of a municipality that has plans, the preview offers the
plans it may be a new edition of (「取込先」, next year's file under another title): the choice is
previewed again (``upload_jobs.preview_into``, the file is not read again) and imported into it.
The token is random and known only to the uploader's session; the jobs are the uploader's own.
Nothing reaches the database before confirmation: the preview is the loader's own dry run.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path
from typing import Any

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from shinchoku.accounts.permissions import can_import_any
from shinchoku.core.models import Job
from shinchoku.core.prefectures import PREFECTURES
from shinchoku.core.tasks import start
from shinchoku.importers import LAYOUTS, MAX_INPUT_BYTES, municipalities
from shinchoku.importers.filetypes import PLAN_SUFFIXES
from shinchoku.importers.layout_names import counted_in_pages, counted_in_paragraphs, layout_name
from shinchoku.importers.planjson import file_read
from shinchoku.importers.text import nfkc, parse_fy, wareki
from shinchoku.plans import uploads
from shinchoku.plans.actuals import legend_text
from shinchoku.plans.loader import kept_title
from shinchoku.plans.models import Plan, final_target
from shinchoku.plans.queries import code_holder
from shinchoku.plans.reference import MAX_SOURCE
from shinchoku.plans.texts import by_year

from . import column_mapping, upload_jobs

#: The file types the form offers; the importers decide from the content, not the name.
ACCEPT = ",".join(PLAN_SUFFIXES)
MAX_MB = MAX_INPUT_BYTES // (1024 * 1024)


#: The plan template (docs/template.md) a plan office copies a plan into when no reader reads it.
TEMPLATES = Path(__file__).resolve().parents[3] / "samples" / "templates"
TEMPLATE_FILES = ("plan-template.xlsx", "plan-template.csv", "example.xlsx", "example.csv")


class UploadForm(forms.Form):
    file = forms.FileField(
        label=gettext_lazy("計画ファイル"),
        help_text=gettext_lazy(
            "計画書の PDF・Word 文書（.docx）、計画を載せた Web ページ（.html）、PDFから抽出したテキスト、Plan JSON、CSV または"
            " Excel（.xlsx・.xls）・LibreOffice Calc（.ods）。%(mb)d MB まで。"
        )
        % {"mb": MAX_MB},
        widget=forms.ClearableFileInput(attrs={"accept": ACCEPT}),
        # Django's own words (「このフィールドは必須です。」「入力されたファイルは空です。」) say nothing of what to do
        error_messages={
            "required": gettext_lazy("計画ファイルが選ばれていません。取り込む計画ファイルを選んでください。"),
            "empty": gettext_lazy(
                "選んだファイルは空です（0 バイト）。内容のある計画ファイルを選び直してください。"
                "PDF から保存し直した場合は、保存が終わっているか確かめてください。"
            ),
            "invalid": gettext_lazy("ファイルを受け取れませんでした。計画ファイルを選び直してください。"),
            "missing": gettext_lazy("ファイルを受け取れませんでした。計画ファイルを選び直してください。"),
        },
    )
    layout = forms.ChoiceField(
        label=gettext_lazy("レイアウト"),
        required=False,
        choices=[("", gettext_lazy("自動判定"))] + [(name, layout_name(name)) for name in LAYOUTS],
    )

    reference = forms.BooleanField(
        label=gettext_lazy("他の自治体の計画を参考計画として取り込む"),
        required=False,
        help_text=gettext_lazy("参考計画は閲覧・検索・類似取組に使い、進捗管理はしません。"),
    )
    reference_municipality = forms.CharField(
        label=gettext_lazy("参考計画の自治体名"),
        required=False,
        max_length=100,
        help_text=gettext_lazy("例: 日田市。空欄なら計画ファイルに書かれた自治体名"),
    )
    reference_prefecture = forms.ChoiceField(
        label=gettext_lazy("参考計画の都道府県"),
        required=False,
        choices=[("", gettext_lazy("計画ファイルのとおり"))] + [(p, p) for p in PREFECTURES],
    )
    reference_source = forms.CharField(
        label=gettext_lazy("参考計画の出典（URL・ファイル名）"),
        required=False,
        max_length=MAX_SOURCE,
        help_text=gettext_lazy("計画を公表しているページのURLなど。空欄ならファイル名"),
    )

    def reference_options(self, filename: str) -> dict[str, str] | None:
        """What the jobs need to import the file as a reference plan (None: the municipality's own plan)."""
        data = self.cleaned_data
        if not data.get("reference"):
            return None
        return {
            "municipality": unicodedata.normalize("NFKC", data["reference_municipality"]).strip(),
            "prefecture": data["reference_prefecture"],
            "source": data["reference_source"].strip() or filename,
        }

    def clean_file(self) -> Any:
        upload = self.cleaned_data["file"]
        if upload.size > MAX_INPUT_BYTES:
            raise forms.ValidationError(_("ファイルが大きすぎます（上限 %(mb)d MB）。") % {"mb": MAX_MB})
        return upload


def _check_permission(request: HttpRequest) -> None:
    if not can_import_any(request.user):
        raise PermissionDenied


def _forget(request: HttpRequest, token: str) -> None:
    """The upload is over (imported, cancelled, its refusal shown): its files go, and its jobs no
    longer answer to the token (the page is used once, in whichever browser)."""
    uploads.remove(token)
    Job.objects.filter(key=token, user_id=request.user.pk).update(key=f"{token}{CLOSED}")


#: Appended to the key of an upload's jobs once it is over: they stay in the record, found by no page.
CLOSED = ":closed"


def _job(request: HttpRequest, token: str) -> Job:
    """The latest job on ``token``, only if this user uploaded it.

    The preview is kept on the server for its user, not for one browser session: a plan office
    member who signs in again, or opens the page in another browser, finds it on the import page
    (``pending``) and confirms it there. Another user's token answers 404.
    """
    if not uploads.valid_token(token):
        raise Http404
    job = Job.objects.filter(key=token, user_id=request.user.pk).order_by("-created_at").first()
    if job is None:
        raise Http404
    return job


def _imported(request: HttpRequest, token: str) -> Job | None:
    """This user's finished import of ``token`` once the upload is over (``_forget``), or None."""
    if not uploads.valid_token(token) or Job.objects.filter(key=token, user_id=request.user.pk).exists():
        return None
    job = (
        Job.objects.filter(key=f"{token}{CLOSED}", user_id=request.user.pk, kind=uploads.IMPORT, state=Job.State.DONE)
        .order_by("-created_at")
        .first()
    )
    return job if job is not None and Plan.objects.filter(pk=(job.result or {}).get("plan_id")).exists() else None


def revised_id(result: dict[str, Any]) -> int | None:
    """The plan a previewed upload updates: the one chosen, else the one its title found (a dry run's ``plan_id``)."""
    return result.get("into") or result.get("plan_id")


#: The import page lists at most this many of the user's uploads still waiting.
PENDING_SHOWN = 10


def pending(user: Any) -> list[dict[str, Any]]:
    """The user's uploads not over yet, newest first: being read, waiting for confirmation, importing,
    or refused and not yet seen. Each with its file name (once read), when, and what it waits for."""
    jobs = Job.objects.filter(user_id=user.pk, kind__in=(uploads.PREVIEW, uploads.REMAP, uploads.IMPORT))
    rows: list[dict[str, Any]] = []
    seen: set[str] = set()
    for job in jobs.order_by("-created_at")[:200]:
        token = job.key
        if token in seen or not uploads.valid_token(token):
            continue
        seen.add(token)
        if not (uploads.raw_path(token).exists() or uploads.plan_path(token).exists()):
            continue  # over (or swept after SHINCHOKU_PENDING_UPLOAD_HOURS)
        plan = uploads.pending_plan(token)
        if not job.finished:
            state = _("取り込んでいます") if job.kind == uploads.IMPORT else _("読み取っています")
        elif job.state == Job.State.FAILED and job.kind != uploads.REMAP:
            state = _("取り込めませんでした") if job.kind == uploads.IMPORT else _("読み取れませんでした")
        else:
            state = _("確認待ち")
        info = (plan or {}).get("plan") or {}
        result = job.result or {}
        rows.append({
            "token": token,
            "filename": file_read(info).get("filename") or "",
            "title": info.get("title") or "",
            "info": info,
            "into": None if result.get("reference") else revised_id(result),
            "when": job.created_at,
            "state": state,
        })  # fmt: skip
        if len(rows) == PENDING_SHOWN:
            break
    # the title the import will give: the plan revised keeps its own where the file's does not rename it, as the
    # preview says (walked: the list showed the file's 「…市 計画」 while the preview named the plan)
    revised = Plan.objects.in_bulk([row["into"] for row in rows if row["into"]])
    for row in rows:
        kept = kept_title(row.pop("info"), revised.get(row.pop("into")), revising=True)
        row["title"] = kept or row["title"]
    return rows


@login_required
def upload(request: HttpRequest) -> HttpResponse:
    _check_permission(request)
    form = UploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        file = form.cleaned_data["file"]
        token = uploads.save(file.read())
        start(
            upload_jobs.preview_upload,
            kind=uploads.PREVIEW,
            key=token,
            user=request.user,
            token=token,
            filename=file.name,
            layout=form.cleaned_data["layout"] or None,
            user_id=request.user.pk,
            reference=form.reference_options(file.name),
        )
        return redirect("upload-preview", token=token)
    context = {"form": form, "pending": pending(request.user)}
    return render(request, "shinchoku/upload.html", context, status=400 if form.errors else 200)


@login_required
def template_file(request: HttpRequest, name: str) -> FileResponse:
    """The plan template or its filled example, which a refusal points to: a download, not a repository path."""
    _check_permission(request)
    if name not in TEMPLATE_FILES or not (TEMPLATES / name).is_file():
        raise Http404
    return FileResponse((TEMPLATES / name).open("rb"), as_attachment=True, filename=name)


@login_required
def preview(request: HttpRequest, token: str) -> HttpResponse:
    """One URL for the whole upload: progress, preview or refusal, import progress, then the plan."""
    _check_permission(request)
    done = _imported(request, token) if request.method == "GET" else None
    if done is not None:
        # the page of an import done, opened again (reloaded, the browser's back): where it led, not 404
        messages.info(request, _("このファイルの取込は完了しています。"))
        return redirect("plan", pk=done.result["plan_id"])
    job = _job(request, token)
    if request.method == "POST":
        return _decide(request, token, job)
    if not job.finished:
        return render(request, "shinchoku/upload_progress.html", {"job": job, "token": token})
    if job.state == Job.State.FAILED:
        previous = _last_preview(token, request) if job.kind == uploads.REMAP else None
        if previous is not None:  # the plan office's mapping was refused: the last preview stays
            return _render_preview(request, token, previous, error=job.error, status=job.result.get("status", 400))
        _forget(request, token)  # a refusal is shown once; the files are gone (start again with a new upload)
        status = job.result.get("status", 500)
        context = {"job": job, "forbidden": status == 403}  # read, but not the user's to import
        return render(request, "shinchoku/upload_refused.html", context, status=status)
    if job.kind == uploads.IMPORT:
        _forget(request, token)
        messages.success(request, uploads.imported_message(job.result))
        return redirect("plan", pk=job.result["plan_id"])
    return _render_preview(request, token, job)


def _last_preview(token: str, request: HttpRequest) -> Job | None:
    """The latest finished reading of ``token`` (first reading or re-reading) that gave a preview."""
    return (
        Job.objects.filter(
            key=token, user_id=request.user.pk, kind__in=(uploads.PREVIEW, uploads.REMAP), state=Job.State.DONE
        )
        .order_by("-created_at")
        .first()
    )


def _render_preview(
    request: HttpRequest,
    token: str,
    job: Job,
    *,
    error: str | None = None,
    municipality_error: str | None = None,
    municipality_field: str | None = None,
    typed_municipality: dict[str, str] | None = None,
    title_error: str | None = None,
    typed_title: str | None = None,
    status: int = 200,
) -> HttpResponse:
    plan = uploads.pending_plan(token)
    if plan is None:
        raise Http404
    counts = {
        "sections": len(plan["sections"]),
        "initiatives": len(plan["initiatives"]),
        "indicators": sum(len(i.get("indicators") or []) for i in plan["initiatives"]),
    }
    mapping = job.result.get("mapping")
    revisable = [] if job.result.get("reference") else upload_jobs.revision_candidates(request.user, plan)
    into = job.result.get("into")
    context = {
        "data": plan,
        "kept_title": kept_title(
            plan["plan"], next((p for p in revisable if p.pk == revised_id(job.result)), None), revising=True
        ),
        # a Plan JSON file's lines are those of the document it was read from, not its own
        "found": found_initiatives(plan, places=file_read(plan["plan"]) is plan["plan"].get("source")),
        # what read the file uploaded, and the document a Plan JSON file was read from (``file_read``)
        "file": file_read(plan["plan"]),
        "layout_name": layout_name(file_read(plan["plan"]).get("layout")),
        "document": document_of_json(plan["plan"]),
        "revisable": revisable,
        "into": into,
        "result": job.result,
        "counts": counts,
        "tables": column_mapping.for_display(
            job.result.get("tables") or [],
            mapping,
            paragraphs=counted_in_paragraphs(plan["plan"]["source"].get("filename")),
            pages=counted_in_pages(plan["plan"]["source"].get("filename")),
        ),
        "mapping_source": job.result.get("mapping_source"),
        "mapping_error": error,
        "municipality_error": municipality_error,
        "municipality_field": municipality_field,
        # what was typed, shown again beside the error (the file's values otherwise)
        "typed": typed_municipality or {
            "name": plan["municipality"].get("name") or "",
            "prefecture": plan["municipality"].get("prefecture") or "",
            "code": plan["municipality"].get("code") or "",
        },
        "title_error": title_error,
        "typed_title": typed_title,
        "prefectures": PREFECTURES,
        # a Word document's or a web page's places are its paragraphs (a table's row one): 「14段落目」, no line a
        # reader can count
        "paragraphs": counted_in_paragraphs(plan["plan"]["source"].get("filename")),
    }
    return render(request, "shinchoku/upload_preview.html", context, status=status)


#: A value cell that is a number alone (「12」「2,000」「45.5」): its unit is in a column of its own.
_BARE = re.compile(r"[0-9][0-9,]*(?:\.[0-9]+)?")

#: The preview lists this many initiatives read from the file; a longer plan says how many more.
FOUND_SHOWN = 500


def document_of_json(info: dict[str, Any]) -> dict[str, Any] | None:
    """The document a Plan JSON file was read from (its ``source``: 「nobeoka.txt」), which the import records and
    whose lines the file's places count; None for any other file, or a Plan JSON file naming no document."""
    source = info.get("source") or {}
    return source if source.get("file") and source.get("filename") else None


def found_initiatives(plan: dict[str, Any], *, places: bool = True) -> dict[str, Any]:
    """What was read, initiative by initiative, for the plan office to check before importing.

    The counts alone do not tell a misread 担当課 or a KPI without its target: each row shows the
    section, the code and title, the departments and each indicator with its base and final values
    as the file gave them (and the actuals and 評価 a progress list printed), and where in the file the initiative
    starts — not for a Plan JSON file (``places=False``), whose lines are another document's (「141行目」 of
    nobeoka.txt beside a file 「延岡市_改訂版.json」).
    """
    sections = {s["key"]: " ".join(filter(None, [s.get("code"), s["title"]])) for s in plan["sections"]}
    rows = []
    for item in plan["initiatives"][:FOUND_SHOWN]:
        indicators = [
            {
                "name": ind["name"],
                "baseline": _value_text(ind.get("baseline"), ind.get("unit")),
                "final": _value_text(_final(ind), ind.get("unit")),
                # a 進捗状況一覧's point: the actuals and grades it printed, checked before they are imported
                "actuals": "、".join(
                    text for v in ind.get("actuals") or [] if (text := _value_text(v, ind.get("unit")))
                ),
                "grades": "、".join(by_year(ind.get("evaluations"))),
            }
            for ind in item.get("indicators") or []
        ]
        rows.append(
            {
                "code": item.get("code") or "",
                "title": item["title"],
                "section": sections.get(item.get("section") or "", ""),
                "departments": "、".join(item.get("departments") or []),
                "schedule": schedule_text(item.get("schedule") or []),
                "indicators": indicators,
                "where": {"page": item.get("page"), "line": item.get("line"), "sheet": item.get("sheet")}
                if places
                else {},
            }
        )
    # what the file's grades mean, as its legend says (「A：目標より進んでいる、…」), checked with the grades
    legend = legend_text(plan.get("plan"))
    return {"rows": rows, "more": max(0, len(plan["initiatives"]) - FOUND_SHOWN), "legend": legend}


def schedule_text(steps: list[dict[str, Any]]) -> str:
    """A 工程 on one line, years of one step run together: 「令和7年度 検討、令和8年度〜令和10年度 順次拡大」 (walked: the
    preview showed no 工程, so steps drawn as arrows or read from a box could not be checked before importing)."""
    runs: list[list[Any]] = []  # [first fy, last fy, half, label]
    for step in steps:
        fy, half, label = step.get("fy"), step.get("half"), step.get("label") or "実施"
        if runs and half is None and runs[-1][2] is None and runs[-1][3] == label and runs[-1][1] == fy - 1:
            runs[-1][1] = fy
        else:
            runs.append([fy, fy, half, label])
    parts = []
    for first, last, half, label in runs:
        years = wareki(first) if first == last else f"{wareki(first)}〜{wareki(last)}"
        parts.append(f"{years}{'' if half is None else {1: '前期', 2: '後期'}.get(half, '')} {label}")
    return "、".join(parts)


def _final(indicator: dict[str, Any]) -> dict[str, Any] | None:
    """A read indicator's final target by the rule of the pages, the workbook and the API (``final_target``): the
    file's, else its last year's target."""
    stated = indicator.get("final_target")
    final = final_target(
        (stated.get("fy"), stated.get("value"), stated.get("text") or "") if stated else None,
        [(t.get("fy"), t.get("value"), t.get("text") or "") for t in indicator.get("targets") or []],
    )
    return None if final is None else {"fy": final.fy, "value": final.value, "text": final.text}


def _value_text(value: dict[str, Any] | None, unit: str | None) -> str:
    """A value as the file wrote it (「35件（令和5年度）」), else its number and unit; "" when absent.

    A table cell holds the bare number (「12」) with its unit in a 単位 column and its year in the
    header (「現状値（R5）」): the preview adds both — 「12件（令和5年度）」 — or the plan office reads
    「12 → 80」 and cannot tell whether the year or the unit was read.
    """
    if not value:
        return ""
    text = str(value.get("text") or "").strip()
    number = value.get("value")
    if not text:
        if number is None:
            return ""
        text = f"{number:,}" if isinstance(number, int) else str(number)
    if unit and _BARE.fullmatch(nfkc(text)):
        text += unit
    if value.get("fy") and parse_fy(text) is None:
        text += f"（{wareki(value['fy'])}）"
    return text


def _decide(request: HttpRequest, token: str, job: Job) -> HttpResponse:
    action = request.POST.get("action")
    if job.kind == uploads.REMAP and job.state == Job.State.FAILED:
        job = _last_preview(token, request) or job  # a refused mapping: the preview shown is the last good one
    if action == "remap":
        return _remap(request, token, job)
    if action == "into":
        return _choose_plan(request, token, job)
    if action == "municipality":
        return _name_municipality(request, token, job)
    if action == "title":
        return _retitle(request, token, job)
    if action != "confirm":
        _forget(request, token)
        messages.info(request, _("取込を取り消しました。データベースは変更していません。"))
        return redirect("upload")
    if job.kind not in (uploads.PREVIEW, uploads.REMAP) or job.state != Job.State.DONE:
        return redirect("upload-preview", token=token)  # already importing, or nothing to confirm yet
    plan = uploads.pending_plan(token)
    if plan is None:
        raise Http404
    if not upload_jobs.may_import(request.user, plan, reference=bool(job.result.get("reference"))):
        raise PermissionDenied
    start(
        upload_jobs.import_upload,
        kind=uploads.IMPORT,
        key=token,
        user=request.user,
        token=token,
        user_id=request.user.pk,
        overwrite_revised=request.POST.get("overwrite_revised") == "1",
        mapping=job.result.get("mapping"),
        reference=job.result.get("reference"),
        into=job.result.get("into"),
    )
    return redirect("upload-preview", token=token)


def _preview_again(request: HttpRequest, token: str, task: Any, **kwargs: Any) -> HttpResponse:
    """Start ``task`` (a re-reading or a dry run again) on the user's upload and follow it on its page."""
    start(task, kind=uploads.REMAP, key=token, user=request.user, token=token, user_id=request.user.pk, **kwargs)
    return redirect("upload-preview", token=token)


def _choose_plan(request: HttpRequest, token: str, job: Job) -> HttpResponse:
    """Preview again as a new edition of the plan chosen (or as a new plan): the file is not read again."""
    if job.kind not in (uploads.PREVIEW, uploads.REMAP) or job.state != Job.State.DONE or job.result.get("reference"):
        return redirect("upload-preview", token=token)
    plan = uploads.pending_plan(token)
    if plan is None:
        raise Http404
    chosen = request.POST.get("into", "")
    allowed = {str(p.pk) for p in upload_jobs.revision_candidates(request.user, plan)}
    if chosen and chosen not in allowed:
        return _render_preview(
            request, token, job, error=_("選んだ計画はこのファイルの改訂先にできません。もう一度選んでください。"), status=400
        )
    return _preview_again(
        request,
        token,
        upload_jobs.preview_into,
        into=int(chosen) if chosen else None,
        previous=job.result,
    )


#: What a municipality's name ends with (「遠野市」「霧ヶ丘町」「千代田区」「東京都」).
_MUNICIPALITY_END = ("市", "区", "町", "村", "都", "道", "府", "県")


class GivenError(ValueError):
    """A value typed in the preview refused: the Japanese message and the field it is about (「name」「prefecture」
    「code」), which the page marks invalid."""

    def __init__(self, message: str, field: str = "name") -> None:
        super().__init__(message)
        self.field = field


def municipality_given(post: Any) -> dict[str, str]:
    """The municipality typed in the preview, checked: GivenError with the Japanese message and its field otherwise."""
    name = nfkc(str(post.get("municipality_name", ""))).strip()
    prefecture = str(post.get("municipality_prefecture", "")).strip()
    if not name:
        raise GivenError(_("自治体名を入力してください（例: 遠野市）。"))
    if len(name) > 40 or not name.endswith(_MUNICIPALITY_END) or any(c.isspace() or c in "<>/\\" for c in name):
        raise GivenError(
            _("自治体名は「遠野市」「霧ヶ丘町」のように、市・区・町・村（都道府県なら都・道・府・県）までを入力してください。")
        )
    if prefecture and prefecture not in PREFECTURES:
        raise GivenError(_("都道府県は一覧から選んでください。"), "prefecture")
    typed = str(post.get("municipality_code", "")).strip()
    code = municipalities.typed_code(typed) if typed else ""
    if code is None:
        digits = nfkc(typed)
        if len(digits) == 6 and digits.isascii() and digits.isdigit():
            raise GivenError(
                _("団体コード %(code)s は検査数字（6桁目）が合いません。先頭5桁だけを入力すると検査数字を補います。")
                % {"code": digits},
                "code",
            )
        raise GivenError(
            _("団体コードは6桁（検査数字を含む）か、検査数字を除いた5桁の数字で入力してください（例: 092151）。"), "code"
        )
    if code and prefecture and not municipalities.of_prefecture(code, prefecture):
        raise GivenError(_("団体コード %(code)s は%(prefecture)sの団体コードではありません（先頭2桁が都道府県の番号です）。")
                         % {"code": code, "prefecture": prefecture}, "code")  # fmt: skip
    holder = code_holder(code, name) if code else None
    if holder is not None:
        # (walked: the loader finds a municipality by its code first: the plan went into the one holding it)
        raise GivenError(
            _("団体コード %(code)s は登録済みの自治体「%(holder)s」のものです。%(name)sの団体コードを確かめてください。")
            % {"code": code, "holder": holder.name, "name": name},
            "code",
        )
    return {"name": name, "prefecture": prefecture, "code": code}


def _name_municipality(request: HttpRequest, token: str, job: Job) -> HttpResponse:
    """The municipality of a file that would register a new one (its name read from the file name,
    or misspelt), as the uploader types it: previewed again under that name, the file not read again.
    A bad name changes nothing and says why."""
    result = job.result
    if job.kind not in (uploads.PREVIEW, uploads.REMAP) or job.state != Job.State.DONE:
        return redirect("upload-preview", token=token)
    if result.get("reference") or not result.get("new_municipality"):
        return redirect("upload-preview", token=token)  # a registered municipality's file, or a reference plan's own form
    try:
        given = municipality_given(request.POST)
    except GivenError as exc:
        typed = {key: str(request.POST.get(f"municipality_{key}", "")) for key in ("name", "prefecture", "code")}
        return _render_preview(
            request, token, job, municipality_error=str(exc), municipality_field=exc.field, typed_municipality=typed,
            status=400,
        )  # fmt: skip
    return _preview_again(
        request,
        token,
        upload_jobs.preview_into,
        into=None,
        previous=result,
        municipality=given,
        guess=True,  # named now, the municipality's plans may hold this file's earlier edition
    )


#: The longest plan title taken (``Plan.title``).
MAX_TITLE = 300
_BREAKS = re.compile(r"[\x00-\x1f\x7f]+")


def title_given(post: Any) -> str:
    """The plan's title typed in the preview, checked: ValueError with the Japanese message otherwise."""
    title = _BREAKS.sub(" ", str(post.get("plan_title", ""))).strip()  # as typed (「ＤＸ」 stays as the cover prints it)
    if not title:
        raise ValueError(_("計画名を入力してください（例: 遠野市DX推進計画）。"))
    if len(title) > MAX_TITLE:
        raise ValueError(_("計画名は %(n)d 文字以内で入力してください。") % {"n": MAX_TITLE})
    return title


def _retitle(request: HttpRequest, token: str, job: Job) -> HttpResponse:
    """The plan's title as the uploader types it (a reader took a chapter's heading or the file's name for it):
    previewed again under that title, the file not read again. A bad title changes nothing and says why."""
    if job.kind not in (uploads.PREVIEW, uploads.REMAP) or job.state != Job.State.DONE:
        return redirect("upload-preview", token=token)
    try:
        title = title_given(request.POST)
    except ValueError as exc:
        return _render_preview(request, token, job, title_error=str(exc), typed_title=request.POST.get("plan_title"), status=400)
    # the plan the file updates stays the one updated: it was found by the file's title, the title typed renames it
    # (walked: it made a second plan of the same 取組)
    into = revised_id(job.result)
    return _preview_again(request, token, upload_jobs.preview_into, into=into, previous=job.result, title=title)


def _remap(request: HttpRequest, token: str, job: Job) -> HttpResponse:
    """Read the file again with the columns the plan office chose; a bad choice changes nothing."""
    if not job.finished or job.kind == uploads.IMPORT:
        return redirect("upload-preview", token=token)  # still reading, or already importing
    shown = job if job.state == Job.State.DONE else _last_preview(token, request)
    plan = uploads.pending_plan(token)
    if shown is None or plan is None or not uploads.raw_path(token).exists():
        raise Http404
    tables = shown.result.get("tables") or []
    try:
        if not tables:
            raise column_mapping.MappingError(_("このファイルには列を割り当てる表がありません。"))
        mapping = column_mapping.from_post(tables, request.POST)
    except column_mapping.MappingError as exc:
        return _render_preview(request, token, shown, error=str(exc), status=400)
    return _preview_again(
        request,
        token,
        upload_jobs.preview_upload,
        filename=file_read(plan["plan"]).get("filename") or "upload",
        layout=None,
        mapping=mapping,
        reference=shown.result.get("reference"),
        into=shown.result.get("into"),
        municipality=shown.result.get("municipality"),
        title=shown.result.get("title"),
    )
