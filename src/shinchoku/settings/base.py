"""Settings shared by every environment.

The database is SQLite under ``var/`` unless ``DATABASE_URL`` names another (PostgreSQL in
production and in the second CI run).
"""

from __future__ import annotations

import importlib.util
import json
import os
from pathlib import Path
from typing import Any

import dj_database_url
import django
from django.core.exceptions import ImproperlyConfigured

from shinchoku.core.baseurl import resolve as resolve_base_url

BASE_DIR = Path(__file__).resolve().parent.parent
#: Where the SQLite database and uploads live: the checkout's var/ unless SHINCHOKU_VAR says.
VAR_DIR = Path(os.environ.get("SHINCHOKU_VAR", Path.cwd() / "var"))

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "simple_history",
    "django_filters",
    "shinchoku.core.vendor_apps.TasksConfig",  # django_tasks_db, named in Japanese in the admin
    "shinchoku.core",
    "shinchoku.plans",
    "shinchoku.accounts",
    "shinchoku.progress",
    "shinchoku.api",
    "shinchoku.web",
    "shinchoku.exports",
    "shinchoku.search",
    "shinchoku.national",
    "shinchoku.compare",
    "shinchoku.audit",
    "shinchoku.core.vendor_apps.AxesConfig",  # axes
    "django_otp",
    "shinchoku.core.vendor_apps.TotpConfig",  # django_otp.plugins.otp_totp
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Static files straight from var/static (collectstatic), compressed and cached, by any WSGI server.
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # A body larger than any form takes: a Japanese page before it is read (web/middleware.py; no
    # middleware above reads the body, CSRF's check does when the view is called).
    "shinchoku.web.middleware.TooLargeMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "shinchoku.audit.middleware.AuditMiddleware",
    "shinchoku.accounts.mfa.MFAMiddleware",
    "shinchoku.web.middleware.NoStoreMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # A 405 (a button's address opened or reloaded) as a page in Japanese, not the browser's own.
    "shinchoku.web.middleware.MethodNotAllowedMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    # Last, as django-axes requires: locks out repeated failed logins (password guessing).
    "axes.middleware.AxesMiddleware",
]

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
#: Login throttling: 5 failures for one username from one address lock that pair for 15 minutes, and
#: 20 failures from one address (whatever the usernames) lock the address: guessing across accounts.
AXES_FAILURE_LIMIT = 5
SHINCHOKU_ADDRESS_FAILURE_LIMIT = int(os.environ.get("SHINCHOKU_ADDRESS_FAILURE_LIMIT", "20"))
AXES_COOLOFF_TIME = 0.25  # hours
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"], "ip_address"]
AXES_HANDLER = "shinchoku.accounts.lockout.LockoutHandler"
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "shinchoku.audit.recorder.client_ip"
AXES_LOCKOUT_TEMPLATE = "accounts/lockout.html"  # Japanese page, status 429 (AXES_HTTP_RESPONSE_CODE)

#: Sessions end after 8 hours (a working day) and when the browser closes.
SESSION_COOKIE_AGE = 8 * 60 * 60
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True
#: A form refused for its token gets a Japanese page that says nothing was saved (core.views).
CSRF_FAILURE_VIEW = "shinchoku.core.views.csrf_failure"

# Public pages kept for citizens (shinchoku.core.pagecache): in this process's memory, which every
# thread of `shinchoku serve` shares; a change another process commits (the worker's import) shows at once
# through VAR_DIR/page-version, else within SHINCHOKU_PAGE_CACHE_SECONDS. 0 turns the cache off.
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "OPTIONS": {"MAX_ENTRIES": 2000},
    }
}
SHINCHOKU_PAGE_CACHE_SECONDS = int(os.environ.get("SHINCHOKU_PAGE_CACHE_SECONDS", "60"))
# The total (`count`) of an API list, kept the same way (core.pagecache.kept_count).
SHINCHOKU_COUNT_CACHE_SECONDS = int(
    os.environ.get("SHINCHOKU_COUNT_CACHE_SECONDS", str(SHINCHOKU_PAGE_CACHE_SECONDS))
)
# The name a bundle of this installation's public data carries (docs/reference-plans.md).
SHINCHOKU_INSTALLATION_NAME = os.environ.get("SHINCHOKU_INSTALLATION_NAME", "shinchoku")


def _json_object(name: str) -> dict[str, Any]:
    """A setting given in the environment as a JSON object (empty when unset); a typing error stops
    the start with the variable's name rather than leaving the default in place unnoticed."""
    raw = os.environ.get(name, "").strip()
    if not raw:
        return {}
    try:
        value = json.loads(raw)
    except ValueError as exc:
        raise ImproperlyConfigured(f"{name} は JSON のオブジェクトで書いてください（{exc}）。") from None
    if not isinstance(value, dict):
        raise ImproperlyConfigured(f"{name} は JSON のオブジェクト（{{...}}）で書いてください。")
    return value


#: The open data's licence (docs/opendata.md): {"name", "url", "attribution"} for the installation
#: (unset: CC BY 4.0), and per 団体コード for a municipality with terms of its own.
SHINCHOKU_OPEN_DATA_LICENSE = _json_object("SHINCHOKU_OPEN_DATA_LICENSE")
SHINCHOKU_OPEN_DATA_LICENSES = _json_object("SHINCHOKU_OPEN_DATA_LICENSES")

ROOT_URLCONF = "shinchoku.urls"
WSGI_APPLICATION = "shinchoku.wsgi.application"

#: django-ninja's package: its Swagger UI page and assets (vendored in the package, never a CDN) are
#: found through TEMPLATES and STATICFILES_DIRS rather than by making "ninja" an installed app, which
#: Django imports at start-up — ninja and pydantic cost every command (``shinchoku import``, the
#: worker) ~0.1 s before any work. ``find_spec`` locates the package without importing it.
NINJA_DIR = Path(importlib.util.find_spec("ninja").origin).parent  # type: ignore[union-attr, arg-type]

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [NINJA_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "shinchoku.web.context_processors.nav",
            ],
        },
    },
]

if not os.environ.get("DATABASE_URL"):
    VAR_DIR.mkdir(parents=True, exist_ok=True)

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{VAR_DIR / 'shinchoku.sqlite3'}",
        conn_max_age=60,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Writers queue instead of failing with "database is locked": every transaction takes the
    # write lock when it begins (so a read-then-write never needs to upgrade its lock, the case
    # SQLite cannot wait for), and a writer waits up to 20 s for the one ahead of it. WAL lets the
    # server's pages read while the worker writes (and a backup copy while both run).
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
            "transaction_mode": "IMMEDIATE",
            "timeout": 20,
        }
    )
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # PostgreSQL's JIT compiles a plan when its estimated cost is high, which our joins over a
    # national installation's history reach: the initiative page spent 4.5 s compiling a query
    # that runs in milliseconds. Our queries are short OLTP reads, never worth compiling.
    DATABASES["default"].setdefault("OPTIONS", {}).setdefault("options", "-c jit=off")
# The audit log (shinchoku.audit): its own connection, in autocommit, so that an event is kept when the
# request's transaction rolls back. PostgreSQL: the same database. SQLite (one writer at a time): a file of
# its own next to the main one. SHINCHOKU_AUDIT_DATABASE_URL chooses another database.
if os.environ.get("SHINCHOKU_AUDIT_DATABASE_URL"):
    DATABASES["audit"] = dj_database_url.parse(os.environ["SHINCHOKU_AUDIT_DATABASE_URL"], conn_max_age=60)
elif DATABASES["default"]["ENGINE"].endswith("sqlite3"):
    _main = Path(DATABASES["default"]["NAME"])
    DATABASES["audit"] = {
        **DATABASES["default"],
        "OPTIONS": dict(DATABASES["default"].get("OPTIONS", {})),
        "NAME": str(_main.with_name(f"{_main.stem}-audit{_main.suffix}")),
    }
else:
    # Same database; in tests a test database of its own (its events are rolled back with each test).
    DATABASES["audit"] = {
        **DATABASES["default"],
        "TEST": {"NAME": f"test_{DATABASES['default']['NAME']}_audit"},
    }
DATABASE_ROUTERS = ["shinchoku.audit.router.AuditRouter"]
#: Whether ``migrate`` must also create the audit tables in a database of their own (see audit/receivers.py).
SHINCHOKU_AUDIT_SEPARATE_DATABASE = DATABASES["audit"]["NAME"] != DATABASES["default"]["NAME"]
#: Audit events older than this are deleted by ``manage.py prune_audit`` (run it daily).
SHINCHOKU_AUDIT_RETENTION_DAYS = int(os.environ.get("SHINCHOKU_AUDIT_RETENTION_DAYS", "400"))
#: The header the installation's own reverse proxy sets to the client's address (e.g. X-Forwarded-For);
#: empty: REMOTE_ADDR. Never set it without such a proxy: clients could then choose their address.
SHINCHOKU_CLIENT_IP_HEADER = os.environ.get("SHINCHOKU_CLIENT_IP_HEADER", "")

#: API tokens expire after this many days (``createtoken --days`` chooses per token).
SHINCHOKU_API_TOKEN_DAYS = int(os.environ.get("SHINCHOKU_API_TOKEN_DAYS", "90"))

#: Content-Security-Policy (django.middleware.csp): only this site's own files; no inline script or style.
SECURE_CSP = {
    "default-src": ["'self'"],
    "script-src": ["'self'"],
    "style-src": ["'self'"],
    "img-src": ["'self'", "data:"],
    "font-src": ["'self'"],
    "connect-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'none'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
}

#: TOTP (django-otp): the issuer shown in authenticator apps.
OTP_TOTP_ISSUER = "shinchoku"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "ja"
LANGUAGES = [("ja", "日本語")]
TIME_ZONE = "Asia/Tokyo"
USE_I18N = True
USE_TZ = True
LOCALE_PATHS = [BASE_DIR / "locale"]

STATIC_URL = "static/"
STATICFILES_DIRS = [NINJA_DIR / "static"]  # ninja/swagger-ui-bundle.js …, as the app served them
#: ``collectstatic`` copies every asset here; whitenoise serves them (no web server configuration needed).
STATIC_ROOT = Path(os.environ.get("SHINCHOKU_STATIC_ROOT", VAR_DIR / "static"))

LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "progress:tasks"  # a department sees its open tasks first
LOGOUT_REDIRECT_URL = "home"

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

#: E-mail (review reminders). Development prints mails on the console; production sends through
#: SMTP when SHINCHOKU_SMTP_HOST is set (see settings/production.py), else sends nothing.
EMAIL_BACKEND_PATH = os.environ.get("SHINCHOKU_EMAIL_BACKEND", "shinchoku.core.mail.ReadableConsoleBackend")
DEFAULT_FROM_EMAIL = os.environ.get("SHINCHOKU_FROM_EMAIL", "shinchoku@localhost")
if django.VERSION >= (6, 1):
    MAILERS = {"default": {"BACKEND": EMAIL_BACKEND_PATH}}
else:
    EMAIL_BACKEND = EMAIL_BACKEND_PATH

#: Links in e-mails are absolute: the address users open the app at (no request to take it from):
#: SHINCHOKU_BASE_URL, else the address ``demo`` / ``serve`` last served on (var/base-url), else :8000.
SHINCHOKU_BASE_URL, SHINCHOKU_BASE_URL_SOURCE = resolve_base_url(os.environ, VAR_DIR)
#: The sender's name in notification e-mails; empty: 「<自治体> <計画> 進捗管理」.
SHINCHOKU_MAIL_SENDER_NAME = os.environ.get("SHINCHOKU_MAIL_SENDER_NAME", "")

#: Largest plan file accepted by upload and import (the importers enforce the same limit).
DATA_UPLOAD_MAX_MEMORY_SIZE = 12 * 1024 * 1024
#: The largest request body a page takes (an upload of MAX_INPUT_BYTES with its form); the server
#: (core/server.py) takes bodies up to 256 MB so that a larger one gets the Japanese page.
MAX_REQUEST_BODY = 16 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 12 * 1024 * 1024

#: Background work: Django's Tasks framework, queued in the database, run by ``shinchoku worker``
#: (django-tasks-db's db_worker). See shinchoku.core.tasks.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
#: Tasks that run by themselves: the worker queues each at start unless a run is waiting, and each
#: run queues the next (progress.tasks.daily_reminders: reminders before and after the deadline).
SHINCHOKU_PERIODIC_TASKS = ["shinchoku.progress.tasks.daily_reminders"]
#: A job running longer than this (seconds) is stopped and rolled back (core.tasks.time_limit).
SHINCHOKU_TASK_TIME_LIMIT = int(os.environ.get("SHINCHOKU_TASK_TIME_LIMIT", "900"))
#: A job still queued (or running past its limit) this many seconds later is shown as stalled:
#: the worker is not running.
SHINCHOKU_TASK_STALL_AFTER = int(os.environ.get("SHINCHOKU_TASK_STALL_AFTER", "120"))
#: Finished jobs (their progress records) are deleted after this many days.
SHINCHOKU_JOB_KEEP_DAYS = 30
#: Reading an uploaded file runs in a child process with these limits (importers.isolated).
SHINCHOKU_PARSE_TIME_LIMIT = int(os.environ.get("SHINCHOKU_PARSE_TIME_LIMIT", "300"))
SHINCHOKU_PARSE_MEMORY_MB = int(os.environ.get("SHINCHOKU_PARSE_MEMORY_MB", "1024"))
#: Uploaded files not confirmed or cancelled are removed after this many hours.
SHINCHOKU_PENDING_UPLOAD_HOURS = 24

#: Backups (shinchoku backup / restore) are JSON Lines with exact times: shinchoku.core.backup_format.
SERIALIZATION_MODULES = {"backupjsonl": "shinchoku.core.backup_format"}

#: Logs go to standard error, one line each, whatever the server: systemd's journal, NSSM's log
#: file or the terminal keeps them (docs/deploy.md). Server errors are logged with their
#: traceback in production too (Django alone logs them only with DEBUG on), and go to the audit log
#: as well (shinchoku.audit.errorlog: the exception's class and message, the user, the path).
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"line": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"}},
    # A refused request (403, 400) is logged as one line, without the traceback Django attaches.
    "filters": {"client_errors": {"()": "shinchoku.core.logfilters.ClientErrorsWithoutTraceback"}},
    "handlers": {
        "stderr": {"class": "logging.StreamHandler", "formatter": "line", "filters": ["client_errors"]},
        "audit": {"level": "ERROR", "class": "shinchoku.audit.errorlog.AuditErrorHandler"},
    },
    "root": {"handlers": ["stderr"], "level": os.environ.get("SHINCHOKU_LOG_LEVEL", "INFO")},
    "loggers": {
        # Django's own "django" logger writes to the console only with DEBUG on: send it to the root.
        "django": {"handlers": [], "level": "INFO", "propagate": True},
        "django.request": {"handlers": ["audit"], "level": "INFO", "propagate": True},
        "shinchoku": {"handlers": ["audit"], "propagate": True},
        "django.server": {"level": "WARNING"},
        "axes": {"level": "WARNING"},  # not its start-up banner on every command
        "pdfminer": {"level": "ERROR"},  # 「Could not get FontBBox…」 for each font of an uploaded PDF
    },
}
