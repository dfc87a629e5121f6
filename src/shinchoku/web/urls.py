"""URLs of the pages. The reading pages are kept for citizens (core.pagecache.public_page)."""

from django.urls import path

from shinchoku.core.pagecache import public_page

from . import upload, views

urlpatterns = [
    path("", public_page(views.home), name="home"),
    path("plans/<int:pk>/", public_page(views.plan_detail), name="plan"),
    path("plans/<int:pk>/roadmap/", public_page(views.roadmap), name="roadmap"),
    path("plans/<int:pk>/budget/", public_page(views.budget), name="budget"),
    path("initiatives/<int:pk>/", public_page(views.initiative_detail), name="initiative"),
    path("departments/<int:pk>/", public_page(views.department_detail), name="department"),
    path("upload/", upload.upload, name="upload"),
    path("upload/<str:token>/", upload.preview, name="upload-preview"),
]
