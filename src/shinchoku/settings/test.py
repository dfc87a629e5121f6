"""The test suite: fast password hashing, SQLite unless DATABASE_URL is set (pytest-django sets in-memory e-mail)."""

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-key"  # noqa: S105
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
#: Tests serve assets from the apps (whitenoise's finders); only `shinchoku serve` needs collectstatic.
STATIC_ROOT = None
WHITENOISE_USE_FINDERS = True
#: Off: a test's rolled-back rows would leave pages kept for the next test. tests/core/test_pagecache.py
#: turns it on, with real commits.
SHINCHOKU_PAGE_CACHE_SECONDS = 0
SHINCHOKU_COUNT_CACHE_SECONDS = 0
