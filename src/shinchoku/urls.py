"""URL configuration: the pages, login/logout, and the Django admin."""

from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

from shinchoku.api.urls import to_docs

urlpatterns = [
    path("", include("shinchoku.web.urls")),
    path("", include("shinchoku.progress.urls")),
    path("accounts/", include("shinchoku.accounts.urls")),
    path("", include("shinchoku.exports.urls")),
    path("", include("shinchoku.search.urls")),
    path("", include("shinchoku.national.urls")),
    path("", include("shinchoku.compare.urls")),
    path("api/v1/", include("shinchoku.api.urls")),
    path("api/", to_docs),  # the interactive documentation (/api/v1/docs)
    path("api/docs", to_docs),
    path("api/docs/", to_docs),
    path("", include("shinchoku.core.urls")),
    path("accounts/login/", auth_views.LoginView.as_view(template_name="shinchoku/login.html"), name="login"),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("admin/", admin.site.urls),
]
