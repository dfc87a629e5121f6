"""Production: every secret and host comes from the environment; nothing has a default.

Required: ``SHINCHOKU_SECRET_KEY``, ``SHINCHOKU_ALLOWED_HOSTS`` (comma-separated),
``DATABASE_URL`` (PostgreSQL recommended). ``manage.py check --deploy`` is clean with these.
"""

import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403


def _required(name: str) -> str:
    value = os.environ.get(name, "").strip()
    if not value:
        raise ImproperlyConfigured(f"環境変数 {name} を設定してください（docs/deploy.md）。")
    return value


DEBUG = False
SECRET_KEY = _required("SHINCHOKU_SECRET_KEY")
ALLOWED_HOSTS = [h.strip() for h in _required("SHINCHOKU_ALLOWED_HOSTS").split(",") if h.strip()]
CSRF_TRUSTED_ORIGINS = [o for o in os.environ.get("SHINCHOKU_CSRF_TRUSTED_ORIGINS", "").split(",") if o]

SECURE_SSL_REDIRECT = os.environ.get("SHINCHOKU_SSL_REDIRECT", "1") == "1"
# Behind the municipality's HTTPS proxy: the header it sets to say the request came over HTTPS
# (empty: no proxy, or the proxy is trusted through `shinchoku serve`'s SHINCHOKU_TRUSTED_PROXY).
_proxy_header = os.environ.get("SHINCHOKU_PROXY_SSL_HEADER", "X-Forwarded-Proto").strip()
_proxy_meta = "HTTP_" + _proxy_header.upper().replace("-", "_")
SECURE_PROXY_SSL_HEADER = (_proxy_meta, "https") if _proxy_header else None
USE_X_FORWARDED_HOST = os.environ.get("SHINCHOKU_USE_X_FORWARDED_HOST", "0") == "1"
SECURE_HSTS_SECONDS = int(os.environ.get("SHINCHOKU_HSTS_SECONDS", "31536000"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SESSION_COOKIE_AGE = 8 * 60 * 60
# Assets collected into var/static (or SHINCHOKU_STATIC_ROOT) by `shinchoku manage collectstatic`,
# with content-hashed names and precompressed copies that whitenoise serves with long cache lifetimes.
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# E-mail: SMTP when SHINCHOKU_SMTP_HOST is set; otherwise none (reminders are still listed on the round page).
_smtp_host = os.environ.get("SHINCHOKU_SMTP_HOST", "")
_email_backend = (
    "django.core.mail.backends.smtp.EmailBackend" if _smtp_host else "django.core.mail.backends.dummy.EmailBackend"
)
_email_options = {
    "host": _smtp_host,
    "port": int(os.environ.get("SHINCHOKU_SMTP_PORT", "25")),
    "username": os.environ.get("SHINCHOKU_SMTP_USER", ""),
    "password": os.environ.get("SHINCHOKU_SMTP_PASSWORD", ""),
    "use_tls": os.environ.get("SHINCHOKU_SMTP_TLS", "0") == "1",
}
if "MAILERS" in globals():
    # No SMTP host: no mailer at all, and shinchoku does not try to send (progress.services.email_configured).
    MAILERS = {"default": {"BACKEND": _email_backend, "OPTIONS": _email_options}} if _smtp_host else {}
    if not _smtp_host:
        SILENCED_SYSTEM_CHECKS = ["mail.W001"]  # deliberate: without SMTP nothing is sent
else:
    EMAIL_BACKEND = _email_backend
    EMAIL_HOST, EMAIL_PORT = _email_options["host"], _email_options["port"]
    EMAIL_HOST_USER, EMAIL_HOST_PASSWORD = _email_options["username"], _email_options["password"]
    EMAIL_USE_TLS = _email_options["use_tls"]
