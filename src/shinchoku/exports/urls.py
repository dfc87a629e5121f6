"""URLs of the downloads: reports and workbooks for the plan office, open data for everyone."""

from django.urls import include, path

urlpatterns = [
    path("", include("shinchoku.exports.report_urls")),
    path("", include("shinchoku.exports.opendata_urls")),
]
