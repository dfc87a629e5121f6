"""URLs of the shared machinery."""

from django.urls import path

from . import views

urlpatterns = [
    path("jobs/<uuid:pk>/", views.job_status, name="job"),
]
