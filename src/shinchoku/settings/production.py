"""Production: every secret and host comes from the environment; nothing has a default.

Required: ``SHINCHOKU_SECRET_KEY``, ``SHINCHOKU_ALLOWED_HOSTS`` (comma-separated),
``DATABASE_URL`` (PostgreSQL recommended). ``manage.py check --deploy`` is clean with these.
"""

import os

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = os.environ["SHINCHOKU_SECRET_KEY"]
ALLOWED_HOSTS = [h.strip() for h in os.environ["SHINCHOKU_ALLOWED_HOSTS"].split(",") if h.strip()]
CSRF_TRUSTED_ORIGINS = [o for o in os.environ.get("SHINCHOKU_CSRF_TRUSTED_ORIGINS", "").split(",") if o]

SECURE_SSL_REDIRECT = os.environ.get("SHINCHOKU_SSL_REDIRECT", "1") == "1"
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = int(os.environ.get("SHINCHOKU_HSTS_SECONDS", "31536000"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SESSION_COOKIE_AGE = 8 * 60 * 60
