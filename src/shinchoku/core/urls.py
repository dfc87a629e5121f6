"""URLs of the shared machinery."""

from django.templatetags.static import static
from django.urls import path
from django.views.generic import RedirectView

from . import views

urlpatterns = [
    path("jobs/<uuid:pk>/", views.job_status, name="job"),
    # Browsers ask for /favicon.ico whatever the page links to (the API's documentation page too):
    # answer with the site's icon rather than a 404 in every log.
    path("favicon.ico", RedirectView.as_view(url=static("shinchoku/img/favicon.svg"), permanent=True)),
]
