"""URLs of the pages."""

from django.urls import path

from . import editing, upload, views

urlpatterns = [
    path("", views.home, name="home"),
    path("plans/<int:pk>/", views.plan_detail, name="plan"),
    path("plans/<int:pk>/roadmap/", views.roadmap, name="roadmap"),
    path("plans/<int:pk>/budget/", views.budget, name="budget"),
    path("initiatives/<int:pk>/", views.initiative_detail, name="initiative"),
    path("departments/<int:pk>/", views.department_detail, name="department"),
    path("plans/<int:pk>/edit/", editing.plan_edit, name="plan-edit"),
    path("plans/<int:pk>/edit/targets/", editing.targets_grid, name="plan-targets"),
    path("initiatives/<int:pk>/edit/", editing.initiative_edit, name="initiative-edit"),
    path("initiatives/<int:pk>/retire/", editing.initiative_retire, name="initiative-retire"),
    path("municipalities/<int:pk>/departments/", editing.departments, name="departments-edit"),
    path("municipalities/<int:pk>/grade-scale/", editing.grade_scale, name="grade-scale"),
    path("upload/", upload.upload, name="upload"),
    path("upload/<str:token>/", upload.preview, name="upload-preview"),
]
