"""The progress of a background job, as a fragment the starting page polls (htmx); the health check."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse, HttpResponsePermanentRedirect
from django.shortcuts import render
from django.templatetags.static import static

from .models import Job


def job_for(request: HttpRequest, pk: object) -> Job:
    """The job ``pk`` if the signed-in user started it; 404 for anyone else (no enumeration)."""
    job = Job.objects.filter(pk=pk, user_id=request.user.pk).first()
    if job is None:
        raise Http404
    return job


@login_required
def job_status(request: HttpRequest, pk: str) -> HttpResponse:
    """While the job runs: its step and progress; once it ends, tell htmx to reload the page.

    The page that started the job renders its result (a preview, a refusal, a redirect): one
    place for each outcome, whether the page was reloaded by htmx or by hand.
    """
    job = job_for(request, pk)
    if job.finished:
        response = HttpResponse()
        response["HX-Refresh"] = "true"
        return response
    return render(request, "core/_job.html", {"job": job})


def health(request: HttpRequest) -> HttpResponse:
    """「ok」 while the server answers: for the municipality's proxy or monitoring to poll.

    It touches neither the database nor the session, so it measures the server alone (bench/load.py
    compares every page's throughput with it)."""
    return HttpResponse("ok", content_type="text/plain; charset=utf-8")


def favicon(request: HttpRequest) -> HttpResponse:
    """Browsers ask for /favicon.ico whatever the page links to (the API's documentation page too):
    send them to the site's icon rather than log a 404 each time. Resolved per request, because
    the hashed static name exists only once the assets are collected."""
    return HttpResponsePermanentRedirect(static("shinchoku/img/favicon.svg"))


def csrf_failure(request: HttpRequest, reason: str = "") -> HttpResponse:
    """A form refused for its security token — mostly a page left open past the session, or opened
    before a restart. Django's own page says 「アクセス禁止 (403)」 under an English title and speaks
    of cookies and Referer headers; staff need to know that nothing was saved and what to do."""
    return render(request, "403_csrf.html", status=403)
