"""URLs of the national-plan pages."""

from django.urls import path

from . import views

urlpatterns = [
    path("plans/<int:pk>/national/", views.plan_coverage, name="national-coverage"),
    path("national/", views.national_matrix, name="national-matrix"),
    path("initiatives/<int:pk>/national/", views.initiative_labels, name="national-initiative-labels"),
]
