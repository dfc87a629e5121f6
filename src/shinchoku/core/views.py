"""The progress of a background job, as a fragment the starting page polls (htmx)."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render

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
