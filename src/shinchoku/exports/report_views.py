"""Views of the round's reports: thin — permission, load, build, respond.

Who may read what is decided by ``accounts.permissions`` only: an unpublished round is a 404 for
anyone without ``view_round``; a published round is public and shows only its published reports
to the public (``committee.visible_reports``).
"""

from __future__ import annotations

import re
from urllib.parse import quote

from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_safe

from shinchoku.accounts.permissions import require
from shinchoku.audit.models import Kind
from shinchoku.audit.recorder import record
from shinchoku.importers.text import wareki
from shinchoku.plans import queries
from shinchoku.plans.models import Plan
from shinchoku.progress import results
from shinchoku.progress.models import Round

from . import committee as data
from . import workbooks

_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f\s]+')


def attachment(filename: str, fallback: str = "") -> str:
    """Content-Disposition with the Japanese name (RFC 5987 ``filename*``) and an ASCII fallback.

    Give ``fallback`` (e.g. "shinchoku-round-4-progress.xlsx"): what survives of a Japanese name in
    ASCII is a stray digit at best (「延岡市_令和7年度_進捗管理表.xlsx」 became "7.xlsx").
    """
    safe = _UNSAFE.sub("_", filename).strip("._") or "download"
    stem, dot, ext = safe.rpartition(".")
    if not dot:
        stem, ext = safe, ""
    if not (fallback and fallback.isascii() and not _UNSAFE.search(fallback)):
        ascii_stem = re.sub(r"_+", "_", stem.encode("ascii", "ignore").decode()).strip("._") or "download"
        fallback = f"{ascii_stem}.{ext}" if ext.isascii() and ext else ascii_stem
    return f"attachment; filename=\"{fallback}\"; filename*=UTF-8''{quote(safe, safe='')}"


def _round(pk: int) -> Round:
    return get_object_or_404(Round.objects.select_related("plan__municipality"), pk=pk)


def _xlsx(content: bytes, filename: str, *, private: bool, fallback: str = "") -> HttpResponse:
    response = HttpResponse(content, content_type=workbooks.XLSX_CONTENT_TYPE)
    response["Content-Disposition"] = attachment(filename, fallback)
    response["Content-Length"] = str(len(content))
    if private:
        response["Cache-Control"] = "private, no-store"
    return response


@require_safe
def progress_xlsx(request: HttpRequest, pk: int) -> HttpResponse:
    """進捗管理表 of a round: /rounds/<pk>/report.xlsx."""
    round_ = _round(pk)
    require(request.user, "view_round", round_)
    table = data.load_round_table(round_, request.user)
    name = f"{round_.plan.municipality.name}_{wareki(round_.fy)}_進捗管理表.xlsx"
    if not round_.is_published:
        record(Kind.EXPORT, obj=round_, details={"export": "進捗管理表", "format": "xlsx"})
    return _xlsx(
        workbooks.progress_workbook_bytes(table), name, private=not round_.is_published,
        fallback=f"shinchoku-round-{round_.pk}-progress.xlsx",
    )  # fmt: skip


@require_safe
def roadmap_xlsx(request: HttpRequest, pk: int) -> HttpResponse:
    """全体工程表 of a plan: /plans/<pk>/roadmap.xlsx (plans are public documents)."""
    plan = get_object_or_404(Plan.objects.select_related("municipality"), pk=pk)
    require(request.user, "view_plan", plan)
    initiatives = list(queries.active_initiatives(plan).prefetch_related("schedule"))
    statuses = results.latest_statuses(plan)  # the web page's 「R7の状況」 column
    content = workbooks.roadmap_workbook_bytes(plan, initiatives, list(plan.sections.all()), statuses)
    return _xlsx(
        content, f"{plan.named('_')}_全体工程表.xlsx", private=False,
        fallback=f"shinchoku-plan-{plan.pk}-roadmap.xlsx",
    )  # fmt: skip


@require_safe
def committee(request: HttpRequest, pk: int) -> HttpResponse:
    """The printable committee report of a round: /rounds/<pk>/committee/."""
    round_ = _round(pk)
    require(request.user, "view_round", round_)
    report = data.committee_report(data.load_round_table(round_, request.user))
    response = render(
        request, "exports/committee.html", {"round": round_, "plan": round_.plan, "report": report}
    )
    if not round_.is_published:
        response["Cache-Control"] = "private, no-store"
        record(Kind.EXPORT, obj=round_, details={"export": "委員会資料", "format": "html"})
    return response
