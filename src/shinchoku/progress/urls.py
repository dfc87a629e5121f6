"""URLs of the progress review pages (included at the site root, namespace ``progress``)."""

from django.urls import path

from . import views

app_name = "progress"

urlpatterns = [
    path("rounds/", views.round_list, name="rounds"),
    path("plans/<int:pk>/rounds/", views.plan_rounds, name="plan-rounds"),
    path("rounds/<int:pk>/", views.round_detail, name="round"),
    path("rounds/<int:pk>/close/", views.round_close, name="round-close"),
    path("rounds/<int:pk>/publish/", views.round_publish, name="round-publish"),
    path("rounds/<int:pk>/unpublish/", views.round_unpublish, name="round-unpublish"),
    path("rounds/<int:pk>/reminders/", views.round_remind, name="round-remind"),
    path("rounds/<int:pk>/extend/", views.round_extend, name="round-extend"),
    path("rounds/<int:pk>/reopen/", views.round_reopen, name="round-reopen"),
    path("rounds/<int:pk>/bulk/", views.round_bulk, name="round-bulk"),
    path("rounds/<int:pk>/assign/", views.round_assign, name="round-assign"),
    path("reports/<int:pk>/unpublish/", views.report_unpublish, name="report-unpublish"),
    path("my/", views.my_tasks, name="tasks"),
    path("reports/<int:pk>/", views.report_detail, name="report"),
    path("reports/<int:pk>/review/", views.report_review, name="report-review"),
    path("reports/<int:pk>/grade/", views.report_grade, name="report-grade"),
    path("reports/<int:pk>/remove-actual/", views.report_remove_actual, name="report-remove-actual"),
    path("indicators/<int:pk>/targets/", views.indicator_targets, name="targets"),
]
