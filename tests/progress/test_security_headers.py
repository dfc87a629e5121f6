"""Headers of pages with unpublished data, the Content-Security-Policy, and audited exports.

延岡市's open 令和6年度 round (tests/progress/conftest.py): its pages, report, 進捗管理表 and committee
report show unpublished data and must not be stored by any cache; anonymous pages of published data
keep their own caching. Every page sends a strict CSP, which the templates can honour because none has
an inline script, style or event handler.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from django.test import Client
from django.urls import reverse

from shinchoku.api.models import ApiToken
from shinchoku.audit.models import AuditEvent, Kind

from .conftest import World

pytestmark = pytest.mark.django_db
SRC = Path(__file__).resolve().parents[2] / "src" / "shinchoku"


def _pages(w: World) -> dict[str, str]:
    return {
        "round": reverse("progress:round", args=[w.round.pk]),
        "report": reverse("progress:report", args=[w.report.pk]),
        "workbook": reverse("exports-progress-xlsx", args=[w.round.pk]),
        "committee": reverse("exports-committee", args=[w.round.pk]),
        "users": reverse("municipality-users", args=[w.nobeoka.municipality.pk]),
    }


@pytest.mark.parametrize("page", ["round", "report", "workbook", "committee", "users"])
def test_pages_with_unpublished_data_are_never_stored(w: World, page: str):
    client = Client()
    client.force_login(w.users["office"])
    response = client.get(_pages(w)[page])
    assert response.status_code == 200
    directives = {d.strip() for d in response["Cache-Control"].split(",")}
    assert {"no-store", "private"} <= directives and "public" not in directives


def test_api_answers_to_a_token_are_never_stored(w: World):
    _, raw = ApiToken.objects.issue(w.users["office"])
    response = Client().get(f"/api/v1/rounds/{w.round.pk}", HTTP_AUTHORIZATION=f"Bearer {raw}")
    assert response.status_code == 200 and "no-store" in response["Cache-Control"]


def test_public_pages_for_anonymous_visitors_keep_their_caching(w: World):
    plan = Client().get(reverse("plan", args=[w.nobeoka.pk]))
    assert plan.status_code == 200 and "no-store" not in plan.get("Cache-Control", "")
    data = Client().get(reverse("plan-json", args=[w.nobeoka.pk]))
    assert data["Cache-Control"] == "public, no-cache"


@pytest.mark.parametrize("who", ["anonymous", "office"])
def test_every_page_sends_a_strict_content_security_policy(w: World, who: str):
    client = Client()
    if who != "anonymous":
        client.force_login(w.users[who])
    for url in [reverse("home"), reverse("plan", args=[w.nobeoka.pk]), reverse("roadmap", args=[w.nobeoka.pk]),
                reverse("progress:rounds"), reverse("login")]:  # fmt: skip
        policy = client.get(url)["Content-Security-Policy"]
        directives = dict(part.strip().split(" ", 1) for part in policy.split(";"))
        assert directives["default-src"] == "'self'"
        assert directives["script-src"] == "'self'" and directives["style-src"] == "'self'"
        assert directives["frame-ancestors"] == "'none'" and directives["object-src"] == "'none'"
        assert "unsafe" not in policy


INLINE = [
    (re.compile(r"<script(?![^>]*\bsrc=)(?![^>]*type=\"application/json\")[^>]*>", re.I), "inline <script>"),
    (re.compile(r"<style\b", re.I), "<style> element"),
    (re.compile(r"\sstyle\s*=", re.I), "style= attribute"),
    (re.compile(r"\son[a-z]+\s*=", re.I), "on…= event handler"),
]


def test_no_template_has_inline_script_style_or_handlers():
    """What the CSP forbids must not be in any of shinchoku's templates (the browser would block it)."""
    offences = []
    templates = sorted(SRC.glob("*/templates/**/*.html"))
    assert len(templates) > 20
    for path in templates:
        text = path.read_text(encoding="utf-8")
        offences += [f"{path.relative_to(SRC)}: {what}" for pattern, what in INLINE if pattern.search(text)]
    assert offences == []


def test_the_print_buttons_work_through_the_static_script(w: World):
    client = Client()
    client.force_login(w.users["office"])
    page = client.get(reverse("exports-committee", args=[w.round.pk])).content.decode()
    assert "data-print" in page and "shinchoku/js/site.js" in page
    assert "data-print" in (SRC / "web/static/shinchoku/js/site.js").read_text()


def test_downloads_of_an_open_round_are_audited(w: World):
    client = Client()
    client.force_login(w.users["viewer"])
    assert client.get(_pages(w)["workbook"]).status_code == 200
    assert client.get(_pages(w)["committee"]).status_code == 200
    exports = list(AuditEvent.objects.filter(kind=Kind.EXPORT).order_by("pk"))
    assert [(e.username, e.object_id, e.details["export"]) for e in exports] == [
        ("t-viewer", str(w.round.pk), "進捗管理表"),
        ("t-viewer", str(w.round.pk), "委員会資料"),
    ]
    other = Client()
    other.force_login(w.users["office_other"])
    assert other.get(_pages(w)["workbook"]).status_code == 404
    assert AuditEvent.objects.filter(kind=Kind.EXPORT).count() == 2
    refused = AuditEvent.objects.get(kind=Kind.REFUSED, username="t-office_other")
    assert refused.details == {"action": "view_round", "status": 404}
