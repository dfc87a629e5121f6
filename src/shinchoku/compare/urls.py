"""Addresses of 「指標の比較」: the kinds, and one kind across municipalities. Both are public
reading pages, kept for citizens like the others (core.pagecache.public_page)."""

from django.urls import path

from shinchoku.core.pagecache import public_page

from . import views

urlpatterns = [
    path("compare/", public_page(views.index), name="compare"),
    path("compare/<slug:slug>/", public_page(views.kind_page), name="compare_kind"),
]
