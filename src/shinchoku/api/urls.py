"""URLs of the REST API (filled in by shinchoku.api)."""

urlpatterns: list = []
