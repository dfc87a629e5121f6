"""Views of the round's reports: thin — permission, load, build, respond.

Who may read what is decided by ``accounts.permissions`` only: an unpublished round is a 404 for
anyone without ``view_round``; a published round is public and shows only its published reports
to the public (``committee.visible_reports``).
"""

from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import Any
from urllib.parse import quote

from django.apps import apps
from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.template import TemplateDoesNotExist
from django.template.backends.django import DjangoTemplates
from django.template.loader import get_template
from django.views.decorators.http import require_safe

from shinchoku.accounts.permissions import require
from shinchoku.importers.text import wareki
from shinchoku.plans import queries
from shinchoku.plans.models import Plan
from shinchoku.progress.models import Round

from . import committee as data
from . import workbooks

HERE = Path(__file__).resolve().parent
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f\s]+')


def attachment(filename: str) -> str:
    """Content-Disposition with the Japanese name (RFC 5987 ``filename*``) and an ASCII fallback."""
    safe = _UNSAFE.sub("_", filename).strip("._") or "download"
    stem, dot, ext = safe.rpartition(".")
    if not dot:
        stem, ext = safe, ""
    ascii_stem = re.sub(r"_+", "_", stem.encode("ascii", "ignore").decode()).strip("._") or "download"
    fallback = f"{ascii_stem}.{ext}" if ext.isascii() and ext else ascii_stem
    return f"attachment; filename=\"{fallback}\"; filename*=UTF-8''{quote(safe, safe='')}"


def _template(name: str) -> Any:
    """exports/<name>; read from this package's templates when ``shinchoku.exports`` is not an app."""
    try:
        return get_template(f"exports/{name}")
    except TemplateDoesNotExist:
        return _own_engine().get_template(f"exports/{name}")


@functools.cache
def _own_engine() -> DjangoTemplates:
    """The site's template engine with this package's templates added to its directories."""
    site = next(t for t in settings.TEMPLATES if t["BACKEND"].endswith("DjangoTemplates"))
    return DjangoTemplates(
        {
            "NAME": "shinchoku-exports",
            "DIRS": [*site.get("DIRS", []), HERE / "templates"],
            "APP_DIRS": site.get("APP_DIRS", False),
            "OPTIONS": dict(site.get("OPTIONS", {})),
        }
    )


def _with_css(context: dict[str, Any]) -> dict[str, Any]:
    """Link report.css from static files, or inline it while ``shinchoku.exports`` is not installed."""
    if not apps.is_installed("shinchoku.exports"):
        context["inline_css"] = (HERE / "static" / "exports" / "report.css").read_text(encoding="utf-8")
    return context


def _round(pk: int) -> Round:
    return get_object_or_404(Round.objects.select_related("plan__municipality"), pk=pk)


def _xlsx(content: bytes, filename: str, *, private: bool) -> HttpResponse:
    response = HttpResponse(content, content_type=workbooks.XLSX_CONTENT_TYPE)
    response["Content-Disposition"] = attachment(filename)
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
    return _xlsx(workbooks.progress_workbook_bytes(table), name, private=not round_.is_published)


@require_safe
def roadmap_xlsx(request: HttpRequest, pk: int) -> HttpResponse:
    """全体工程表 of a plan: /plans/<pk>/roadmap.xlsx (plans are public documents)."""
    plan = get_object_or_404(Plan.objects.select_related("municipality"), pk=pk)
    require(request.user, "view_plan", plan)
    initiatives = list(queries.active_initiatives(plan).prefetch_related("schedule"))
    content = workbooks.roadmap_workbook_bytes(plan, initiatives, list(plan.sections.all()))
    return _xlsx(content, f"{plan.municipality.name}_{plan.title}_全体工程表.xlsx", private=False)


@require_safe
def committee(request: HttpRequest, pk: int) -> HttpResponse:
    """The printable committee report of a round: /rounds/<pk>/committee/."""
    round_ = _round(pk)
    require(request.user, "view_round", round_)
    report = data.committee_report(data.load_round_table(round_, request.user))
    context = {"round": round_, "plan": round_.plan, "report": report}
    response = HttpResponse(_template("committee.html").render(_with_css(context), request))
    if not round_.is_published:
        response["Cache-Control"] = "private, no-store"
    return response
