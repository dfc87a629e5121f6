"""Open-data downloads and the open-data page of a municipality. Thin: opendata.py builds the data.

Downloads answer conditional GETs: the ETag is a digest of the bytes served (so it changes exactly
when the file does) and Last-Modified is the last recorded change of what the dataset is made of.
The file is built once per request; the ETag and Last-Modified functions and the view share it.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import quote

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.template.loader import get_template
from django.urls import reverse
from django.views.decorators.http import condition, require_safe

from shinchoku.core.dates import wareki_datetime
from shinchoku.plans.models import Municipality, Plan

from . import opendata
from .planjson import export_plan

#: What Plan JSON is made of (its Last-Modified).
PLAN_PARTS = ("plan", "initiatives", "schedule", "indicators", "values", "budget")


@dataclass
class Download:
    body: bytes
    content_type: str
    filename: str
    ascii_filename: str
    last_modified: datetime | None
    license_url: str

    @property
    def etag(self) -> str:
        return hashlib.sha256(self.body).hexdigest()[:32]


def _dataset(key: str) -> opendata.Dataset:
    try:
        return opendata.DATASETS[key]
    except KeyError:
        raise Http404 from None


def _file_stem(municipality: Municipality, plan: Plan | None) -> str:
    stem = municipality.code or f"municipality{municipality.pk}"
    return f"{stem}_plan{plan.pk}" if plan else stem


def _build_dataset(
    request: HttpRequest, municipality: Municipality, plan: Plan | None, key: str, fmt: str
) -> Download:
    dataset = _dataset(key)
    source = opendata.Source(municipality, plan)
    rows = dataset.rows(source)
    last_modified = source.last_modified(dataset.parts)
    license = opendata.license_for(municipality, plan)
    if fmt == "csv":
        body, content_type = opendata.write_csv(dataset, rows), "text/csv; charset=utf-8"
    else:
        page = request.build_absolute_uri(reverse("opendata", args=[municipality.pk]))
        body = opendata.write_json(
            dataset, rows, municipality=municipality, plan=plan, license=license,
            attribution_text=opendata.attribution(license, municipality, dataset.title, page),
            last_modified=last_modified,
        )  # fmt: skip
        content_type = "application/json; charset=utf-8"
    name = f"{_file_stem(municipality, plan)}_{dataset.key}.{fmt}"
    return Download(body, content_type, name, name, last_modified, license["url"])


def _municipality_download(request: HttpRequest, pk: int, dataset: str, fmt: str) -> Download:
    if not hasattr(request, "_opendata_download"):
        municipality = get_object_or_404(Municipality, pk=pk)
        request._opendata_download = _build_dataset(request, municipality, None, dataset, fmt)
    return request._opendata_download


def _plan_download(request: HttpRequest, pk: int, dataset: str, fmt: str) -> Download:
    if not hasattr(request, "_opendata_download"):
        plan = get_object_or_404(Plan.objects.select_related("municipality"), pk=pk)
        request._opendata_download = _build_dataset(request, plan.municipality, plan, dataset, fmt)
    return request._opendata_download


def _safe_filename(name: str) -> str:
    """No path separators, quotes or control characters in a download's name."""
    name = re.sub(r'[\\/:*?"<>|\x00-\x1f\x7f]+', "_", name).strip(" .")
    return name[:150] or "download"


def _plan_json_download(request: HttpRequest, pk: int) -> Download:
    if not hasattr(request, "_opendata_download"):
        plan = get_object_or_404(Plan.objects.select_related("municipality"), pk=pk)
        body = json.dumps(export_plan(plan), ensure_ascii=False, indent=1).encode("utf-8")
        source = opendata.Source(plan.municipality, plan)
        last_modified = source.last_modified(
            ("plan", "initiatives", "schedule", "indicators", "values", "budget")
        )
        filename = _safe_filename(f"{plan.named('_')}.json")
        request._opendata_download = Download(
            body, "application/json; charset=utf-8", filename, f"plan-{plan.pk}.json", last_modified,
            opendata.license_for(plan.municipality, plan)["url"],
        )  # fmt: skip
    return request._opendata_download


def content_disposition(filename: str, ascii_filename: str) -> str:
    """attachment with an ASCII name for old clients and the real name in RFC 5987 form."""
    header = f'attachment; filename="{ascii_filename}"'
    if filename != ascii_filename:
        header += f"; filename*=UTF-8''{quote(filename, safe='')}"
    return header


def _respond(download: Download) -> HttpResponse:
    response = HttpResponse(download.body, content_type=download.content_type)
    response["Content-Disposition"] = content_disposition(download.filename, download.ascii_filename)
    response["Cache-Control"] = "public, no-cache"  # public data; always revalidate (cheap: 304)
    response["Access-Control-Allow-Origin"] = "*"  # open data may be read by any site's scripts
    response["X-Content-Type-Options"] = "nosniff"
    if download.license_url:
        response["Link"] = f'<{download.license_url}>; rel="license"'
    return response


def _conditional(loader):
    return condition(
        etag_func=lambda request, *args, **kwargs: loader(request, *args, **kwargs).etag,
        last_modified_func=lambda request, *args, **kwargs: loader(request, *args, **kwargs).last_modified,
    )


@require_safe
@_conditional(_municipality_download)
def municipality_dataset(request: HttpRequest, pk: int, dataset: str, fmt: str) -> HttpResponse:
    return _respond(_municipality_download(request, pk, dataset, fmt))


@require_safe
@_conditional(_plan_download)
def plan_dataset(request: HttpRequest, pk: int, dataset: str, fmt: str) -> HttpResponse:
    return _respond(_plan_download(request, pk, dataset, fmt))


@require_safe
@_conditional(_plan_json_download)
def plan_json(request: HttpRequest, pk: int) -> HttpResponse:
    return _respond(_plan_json_download(request, pk))


# --- the page --------------------------------------------------------------------------------------------


@dataclass
class DatasetEntry:
    dataset: opendata.Dataset
    rows: int
    last_modified: datetime | None
    last_modified_label: str
    csv_url: str
    json_url: str


@require_safe
def opendata_page(request: HttpRequest, pk: int) -> HttpResponse:
    municipality = get_object_or_404(Municipality, pk=pk)
    source = opendata.Source(municipality)
    entries = []
    for dataset in opendata.DATASETS.values():
        modified = source.last_modified(dataset.parts)
        entries.append(
            DatasetEntry(
                dataset, len(dataset.rows(source)), modified, wareki_datetime(modified),
                reverse("opendata-dataset", args=[municipality.pk, dataset.key, "csv"]),
                reverse("opendata-dataset", args=[municipality.pk, dataset.key, "json"]),
            )
        )  # fmt: skip
    plans = [
        {
            "plan": plan,
            "last_modified": wareki_datetime(source.last_modified(PLAN_PARTS, plan.pk)),
            "downloads": [
                (
                    d,
                    reverse("opendata-plan-dataset", args=[plan.pk, d.key, "csv"]),
                    reverse("opendata-plan-dataset", args=[plan.pk, d.key, "json"]),
                )
                for d in opendata.DATASETS.values()
            ],
        }
        for plan in source.plans
    ]
    modified = [e.last_modified for e in entries if e.last_modified]
    license = opendata.license_for(municipality)
    page_url = request.build_absolute_uri(reverse("opendata", args=[municipality.pk]))
    context = {
        "municipality": municipality,
        "entries": entries,
        "plans": plans,
        "license": license,
        "attribution": opendata.attribution(license, municipality, "計画と進捗のオープンデータ", page_url),
        "last_modified": wareki_datetime(max(modified) if modified else None),
        "datasets": list(opendata.DATASETS.values()),
    }
    return HttpResponse(get_template("exports/opendata.html").render(context, request))
