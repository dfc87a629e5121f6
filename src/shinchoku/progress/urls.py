"""URLs of the progress review pages."""

urlpatterns: list = []
