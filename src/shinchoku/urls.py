"""URL configuration: the pages, login/logout, and the Django admin."""

from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

urlpatterns = [
    path("", include("shinchoku.web.urls")),
    path("", include("shinchoku.progress.urls")),
    path("accounts/", include("shinchoku.accounts.urls")),
    path("", include("shinchoku.exports.urls")),
    path("", include("shinchoku.search.urls")),
    path("", include("shinchoku.national.urls")),
    path("", include("shinchoku.compare.urls")),
    path("api/v1/", include("shinchoku.api.urls")),
    path("", include("shinchoku.core.urls")),
    path("accounts/login/", auth_views.LoginView.as_view(template_name="shinchoku/login.html"), name="login"),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("admin/", admin.site.urls),
]
