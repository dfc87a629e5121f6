"""URLs of the shared machinery."""

from django.urls import path

from . import views

urlpatterns = [
    path("jobs/<uuid:pk>/", views.job_status, name="job"),
    path("healthz", views.health, name="health"),
    # Browsers ask for /favicon.ico whatever the page links to (the API's documentation page too):
    # answer with the site's icon rather than a 404 in every log.
    path("favicon.ico", views.favicon),
]
