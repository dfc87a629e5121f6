"""URLs of the round's reports: the 進捗管理表 and 全体工程表 workbooks, the committee report, and the
Excel round trip of the 進捗管理表 (download the sheet to fill, upload, confirm)."""

from django.urls import path

from . import input_views, report_views

urlpatterns = [
    path("rounds/<int:pk>/report.xlsx", report_views.progress_xlsx, name="exports-progress-xlsx"),
    path("rounds/<int:pk>/input.xlsx", input_views.input_xlsx, name="exports-input-xlsx"),
    path("rounds/<int:pk>/input/", input_views.input_upload, name="exports-input-upload"),
    path("rounds/<int:pk>/input/confirm/", input_views.input_confirm, name="exports-input-confirm"),
    path("rounds/<int:pk>/input/<str:token>/", input_views.input_preview, name="exports-input-preview"),
    path("rounds/<int:pk>/committee/", report_views.committee, name="exports-committee"),
    path("plans/<int:pk>/roadmap.xlsx", report_views.roadmap_xlsx, name="exports-roadmap-xlsx"),
]
