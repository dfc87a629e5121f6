"""URLs of the downloads: reports and workbooks for the plan office, open data for everyone."""

from django.urls import include, path

from . import bundle_views

urlpatterns = [
    path("", include("shinchoku.exports.report_urls")),
    path("", include("shinchoku.exports.opendata_urls")),
    path("bundle/", bundle_views.bundle_page, name="bundle"),
    path("bundle/download/", bundle_views.bundle_download, name="bundle-download"),
]
