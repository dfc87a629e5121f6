from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "shinchoku.core"
    label = "core"
    verbose_name = "共通"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from . import pagecache

        pagecache.install()
