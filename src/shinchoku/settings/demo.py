"""``make run``: the app as production runs it — DEBUG off, waitress, the worker, Japanese error
pages, static files from var/static through whitenoise — on this machine: plain HTTP on
127.0.0.1, SQLite under var/, the sample plans. Only ``shinchoku demo`` uses it (the demo
administrator it creates must never exist in production).
"""

import secrets

from .base import *  # noqa: F403
from .base import VAR_DIR

DEBUG = False
SHINCHOKU_DEMO = True
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]"]


def _secret_key() -> str:
    """A random key kept in var/ so that logins survive a restart; never shared with another installation."""
    path = VAR_DIR / "demo-secret-key"
    if not path.exists():
        VAR_DIR.mkdir(parents=True, exist_ok=True)
        path.write_text(secrets.token_urlsafe(50), encoding="ascii")
        path.chmod(0o600)
    return path.read_text(encoding="ascii").strip()


SECRET_KEY = _secret_key()
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
