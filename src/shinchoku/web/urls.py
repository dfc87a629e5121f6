"""URLs of the pages. The reading pages are kept for citizens (core.pagecache.public_page)."""

from django.urls import path

from shinchoku.core.pagecache import public_page

from . import editing, removal, upload, views

urlpatterns = [
    path("", public_page(views.home), name="home"),
    path("plans/<int:pk>/", public_page(views.plan_detail), name="plan"),
    path("plans/<int:pk>/roadmap/", public_page(views.roadmap), name="roadmap"),
    path("plans/<int:pk>/budget/", public_page(views.budget), name="budget"),
    path("initiatives/<int:pk>/", public_page(views.initiative_detail), name="initiative"),
    path("departments/<int:pk>/", public_page(views.department_detail), name="department"),
    path("plans/<int:pk>/edit/", editing.plan_edit, name="plan-edit"),
    path("plans/<int:pk>/edit/targets/", editing.targets_grid, name="plan-targets"),
    path("initiatives/<int:pk>/edit/", editing.initiative_edit, name="initiative-edit"),
    path("initiatives/<int:pk>/retire/", editing.initiative_retire, name="initiative-retire"),
    path("indicators/<int:pk>/remove-actual/", removal.remove_actual, name="indicator-remove-actual"),
    path("plans/<int:pk>/actuals/", removal.plan_actuals, name="plan-actuals"),
    path("municipalities/<int:pk>/departments/", editing.departments, name="departments-edit"),
    path("municipalities/<int:pk>/grade-scale/", editing.grade_scale, name="grade-scale"),
    path("upload/", upload.upload, name="upload"),
    path("upload/template/<str:name>", upload.template_file, name="upload-template"),
    path("upload/<str:token>/", upload.preview, name="upload-preview"),
]
