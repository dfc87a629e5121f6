"""Addresses of 「指標の比較」: the kinds, and one kind across municipalities."""

from django.urls import path

from . import views

urlpatterns = [
    path("compare/", views.index, name="compare"),
    path("compare/<slug:slug>/", views.kind_page, name="compare_kind"),
]
