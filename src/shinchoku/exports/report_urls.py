"""URLs (filled in by the module that serves them)."""

urlpatterns: list = []
