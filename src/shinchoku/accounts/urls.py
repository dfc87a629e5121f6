"""URLs of the account pages (password change, user management), under /accounts/."""

from django.urls import path

from . import views

urlpatterns = [
    path("password/", views.password_change, name="password_change"),
    path("password/done/", views.password_change_done, name="password_change_done"),
    path("users/", views.user_index, name="users"),
    path("municipalities/<int:pk>/users/", views.municipality_users, name="municipality-users"),
    path("municipalities/<int:pk>/users/new/", views.user_create, name="user-create"),
    path("users/<int:pk>/", views.user_edit, name="user-edit"),
    path("users/<int:pk>/active/", views.user_set_active, name="user-active"),
    path("mfa/setup/", views.mfa_setup, name="mfa-setup"),
    path("mfa/verify/", views.mfa_verify, name="mfa-verify"),
]
