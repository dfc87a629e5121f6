"""URLs of the account pages (password change, user management)."""

urlpatterns: list = []
