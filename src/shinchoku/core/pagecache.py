"""Public pages served from memory: what citizens read is the same for every one of them.

The plan, initiative, roadmap, budget, department and home pages cost tens of milliseconds of
Python each; under load the server answered 2% as many of them as of a trivial view (bench/load.py).
Citizens (not signed in) all see the same page for the same address, so the rendered page is kept
in the cache and answered from there.

When it is thrown away:

- every write to the tables pages are made of (plans, progress, search, national), by this
  process, makes every kept page obsolete at once: the cache key carries a version that any such
  INSERT / UPDATE / DELETE moves on, caught where SQL is executed, so bulk loads and
  ``QuerySet.update`` count too, not only ``save()`` — and moves on again when the transaction
  commits, since pages rendered meanwhile could not see the uncommitted rows. A plan office publishing a round, or editing
  a target, and then opening the public page sees the change;
- another process's writes (the background worker importing a plan, a command line import) reach this process
  through a file every process rewrites when such a write commits (``SHARED_VERSION`` in ``VAR_DIR``), read into the
  cache key of every kept page: a citizen saw the plan as it was for a minute after the plan office imported its
  revision (walked), while the plan office's pages were right. Where that file cannot be written or read, kept
  pages still expire after ``SHINCHOKU_PAGE_CACHE_SECONDS`` (60 s).

Signed-in users always get a fresh page (it names them, and shows what citizens may not see).

The totals of the API's lists (``kept_count``) are kept the same way, for everyone: a client
reading every initiative of the installation a page at a time asks for the same count each
page, and counting 100,000 initiatives costs 30–45 ms a page at national scale.
"""

from __future__ import annotations

import contextlib
import hashlib
import itertools
import logging
import os
import re
import threading
import time
import uuid
from collections.abc import Callable
from functools import wraps
from pathlib import Path
from typing import Any, TypeVar, cast

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import EmptyResultSet, FullResultSet
from django.db import transaction
from django.db.backends.signals import connection_created
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse

#: Tables whose rows public pages show; a write to any of them makes kept pages obsolete.
WATCHED = re.compile(r'^\s*(?:INSERT\s+INTO|UPDATE|DELETE\s+FROM)\s+"?(?:plans|progress|search|national)_', re.I)

T = TypeVar("T")
logger = logging.getLogger(__name__)
#: The file under ``VAR_DIR`` whose contents change whenever any process commits a watched write.
SHARED_VERSION = "page-version"

_versions = itertools.count(1)
_version = next(_versions)


def _bump() -> None:
    global _version
    _version = next(_versions)


def _committed() -> None:
    """A watched write committed: this process's version moves on, and every other process's with the shared file."""
    _bump()
    _bump_shared()


def _bump_shared() -> None:
    """Give the shared file new contents (written whole, then renamed over it: a reader never sees half of it).
    Not where nothing is kept (the settings are the installation's, every process's alike)."""
    if not (settings.SHINCHOKU_PAGE_CACHE_SECONDS or settings.SHINCHOKU_COUNT_CACHE_SECONDS):
        return
    path = Path(settings.VAR_DIR) / SHARED_VERSION
    written = path.with_name(f"{SHARED_VERSION}.{os.getpid()}.{threading.get_ident()}")
    try:
        written.write_text(uuid.uuid4().hex, encoding="ascii")
        _replace(written, path)
    except OSError as exc:  # other processes' kept pages then expire by their time only
        logger.warning("公開ページの版を書けません（%s）: %s", path, exc)
        with contextlib.suppress(OSError):  # no page-version.<pid>.<tid> left behind
            written.unlink()


#: How long a rename over the shared file is tried again while another process reads it (Windows: 「アクセスが拒否
#: されました」 while a reader holds it open, a few milliseconds), in seconds between tries.
_REPLACE_WAITS = (0.005, 0.01, 0.02, 0.05, 0.1, 0.2)


def _replace(written: Path, path: Path) -> None:
    """``os.replace``, tried again for a moment where the target is open in another process (Windows Server, a
    documented deployment: PermissionError); the last failure raised."""
    for wait in _REPLACE_WAITS:
        try:
            os.replace(written, path)
            return
        except PermissionError:
            time.sleep(wait)
    os.replace(written, path)


def shared_version() -> str:
    """The contents of the shared file: what other processes' last committed write made them (empty if none)."""
    try:
        with open(Path(settings.VAR_DIR) / SHARED_VERSION, "rb") as kept_file:
            return kept_file.read(64).decode("ascii", "replace")
    except OSError:
        return ""


def _watch_writes(execute: Callable[..., Any], sql: str, params: Any, many: bool, context: Any) -> Any:
    result = execute(sql, params, many, context)
    if WATCHED.match(sql):
        _bump()
        connection = context["connection"]
        if not connection.in_atomic_block:  # committed already
            _bump_shared()
        # Pages rendered by other threads before this transaction commits show the data without
        # it: move the version on again once it is committed (once per transaction).
        elif getattr(connection, "_pagecache_block", None) is not connection.atomic_blocks[0]:
            connection._pagecache_block = connection.atomic_blocks[0]
            transaction.on_commit(_committed, using=connection.alias)
    return result


def watch(sender: Any, connection: Any, **kwargs: Any) -> None:
    """Watch every new connection to the main database (connected in CoreConfig.ready)."""
    if connection.alias == "default" and _watch_writes not in connection.execute_wrappers:
        connection.execute_wrappers.append(_watch_writes)


def install() -> None:
    connection_created.connect(watch, dispatch_uid="shinchoku.pagecache")


def _personal(request: HttpRequest) -> bool:
    """A request whose page may differ from a citizen's: signed in, or carrying a session or a
    message (「ログアウトしました」 must not be kept and shown to the next citizen)."""
    cookies = request.COOKIES
    return settings.SESSION_COOKIE_NAME in cookies or "messages" in cookies or request.user.is_authenticated


def public_page(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Answer citizens' GET requests for ``view`` from the cache while nothing has changed."""

    @wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        seconds = settings.SHINCHOKU_PAGE_CACHE_SECONDS
        if not seconds or request.method != "GET" or _personal(request):
            return view(request, *args, **kwargs)
        # The version is read before rendering: a write while rendering leaves the page under a
        # version that is already obsolete, never served.
        key = f"page:{_version}:{shared_version()}:{request.headers.get('HX-Request', '')}:{request.get_full_path()}"
        kept = cache.get(key)
        if kept is not None:
            return kept
        response = view(request, *args, **kwargs)
        if response.status_code == 200 and not response.streaming and not response.cookies:
            cache.set(key, response, seconds)
        return response

    return wrapper


def kept(name: str, compute: Callable[[], T], *parts: Any) -> T:
    """``compute()``, kept for ``SHINCHOKU_COUNT_CACHE_SECONDS`` while nothing is written.

    For what every visitor asks alike and what grows with the installation (a total, the options of
    a filter form over every plan); ``parts`` tell one value of ``name`` from another. The version
    is read before computing, as for pages: a write meanwhile leaves the value under an obsolete key.
    """
    seconds = settings.SHINCHOKU_COUNT_CACHE_SECONDS
    if not seconds:
        return compute()
    digest = hashlib.sha256(repr(parts).encode()).hexdigest()
    key = f"{name}:{_version}:{shared_version()}:{digest}"
    value = cache.get(key, _MISSING)
    if value is _MISSING:
        value = compute()
        cache.set(key, value, seconds)
    return cast(T, value)


_MISSING = object()


def kept_count(queryset: QuerySet[Any]) -> int:
    """``queryset.count()``, kept (``kept``) while nothing is written.

    Keyed by the count's SQL and parameters, so a different filter, or a user who may see other
    rows, is counted apart.
    """
    try:
        sql, params = queryset.query.sql_with_params()
    except (EmptyResultSet, FullResultSet):  # 「pk IN ()」: Django knows without asking
        return queryset.count()
    return int(kept("count", queryset.count, queryset.db, sql, params))
