"""URLs of the open data: a page per municipality, its datasets, and each plan's datasets and Plan JSON."""

from django.urls import path, re_path

from . import opendata_views as views

DATASET = r"(?P<dataset>[a-z_]+)\.(?P<fmt>csv|json)"

urlpatterns = [
    path("municipalities/<int:pk>/opendata/", views.opendata_page, name="opendata"),
    re_path(
        rf"^municipalities/(?P<pk>\d+)/opendata/{DATASET}$",
        views.municipality_dataset,
        name="opendata-dataset",
    ),
    re_path(rf"^plans/(?P<pk>\d+)/opendata/{DATASET}$", views.plan_dataset, name="opendata-plan-dataset"),
    path("plans/<int:pk>/plan.json", views.plan_json, name="plan-json"),
]
