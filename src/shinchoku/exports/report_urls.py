"""URLs of the round's reports: the 進捗管理表 and 全体工程表 workbooks and the committee report."""

from django.urls import path

from . import report_views

urlpatterns = [
    path("rounds/<int:pk>/report.xlsx", report_views.progress_xlsx, name="exports-progress-xlsx"),
    path("rounds/<int:pk>/committee/", report_views.committee, name="exports-committee"),
    path("plans/<int:pk>/roadmap.xlsx", report_views.roadmap_xlsx, name="exports-roadmap-xlsx"),
]
