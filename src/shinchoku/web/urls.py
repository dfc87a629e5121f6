"""URLs of the pages."""

from django.urls import path

from . import upload, views

urlpatterns = [
    path("", views.home, name="home"),
    path("plans/<int:pk>/", views.plan_detail, name="plan"),
    path("plans/<int:pk>/roadmap/", views.roadmap, name="roadmap"),
    path("plans/<int:pk>/budget/", views.budget, name="budget"),
    path("initiatives/<int:pk>/", views.initiative_detail, name="initiative"),
    path("departments/<int:pk>/", views.department_detail, name="department"),
    path("upload/", upload.upload, name="upload"),
    path("upload/<str:token>/", upload.preview, name="upload-preview"),
]
