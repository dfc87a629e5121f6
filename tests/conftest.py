"""Fixtures shared by the whole suite."""

from __future__ import annotations

import copy
import hashlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.committed import ensure_reference_data

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples" / "plans"

#: Seed file of each layout, as shipped in samples/plans.
SEED_FILES = {
    "nobeoka": SAMPLES / "nobeoka.txt",
    "onojo": SAMPLES / "onojo.txt",
    "hita": SAMPLES / "hita.txt",
    "izunokuni": SAMPLES / "izunokuni.txt",
    "shibata": SAMPLES / "shibata.txt",
}


@pytest.fixture(scope="session")
def samples_dir() -> Path:
    return SAMPLES


def installed_env(var: Path) -> dict[str, str]:
    """The environment of the installed ``shinchoku`` command on the SQLite databases in ``var``, never the
    developer's (nor the PostgreSQL of a CI run: the command's embedded default is what a new user runs)."""
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "DJANGO_SETTINGS_MODULE")}
    env["SHINCHOKU_VAR"] = str(var)
    return env


@pytest.fixture(scope="session")
def migrated_var(tmp_path_factory) -> Path:
    """A folder of the SQLite databases (the main one and the audit log's) that ``shinchoku manage migrate`` made,
    once per test process: a test of the installed command on a fresh installation copies them (``cli_env``).
    Migrating costs some 9 s a database, which two dozen such tests paid each (minutes of every CI run); the test
    processes of one run (pytest-xdist's workers) share one folder, made by the first to need it under a lock."""
    import fcntl

    shared = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        shared = shared.parent  # the run's, above each worker's own
    var = shared / "migrated"
    with open(shared / "migrated.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not (var / "done").exists():
            shutil.rmtree(var, ignore_errors=True)
            var.mkdir()
            subprocess.run(
                [sys.executable, "-m", "shinchoku.cli", "manage", "migrate", "--verbosity", "0"],
                env=installed_env(var), capture_output=True, text=True, timeout=300, check=True,
            )  # fmt: skip
            (var / "done").touch()
    return var


@pytest.fixture
def cli_env(tmp_path, migrated_var) -> dict[str, str]:
    """The environment of the ``shinchoku`` command on a migrated installation of the test's own (``migrated_var``)."""
    for database in migrated_var.glob("*.sqlite3"):
        shutil.copyfile(database, tmp_path / database.name)
    return installed_env(tmp_path)


@pytest.fixture
def run_tasks():
    """Run the queued background tasks with django-tasks-db's worker, in this process (the real path)."""
    from shinchoku.core.tasks import run_queued

    return run_queued


#: What the upload worker read in a child process this session: (the file's hash, the options) → (plan, tables).
_READ_ONCE: dict[tuple[str, str], Any] = {}


@pytest.fixture(autouse=True)
def _each_upload_read_once(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """An upload is read in a child process (``importers.isolated``: Python started, the file parsed — half a second);
    the same bytes read again with the same options in this session give what the first reading gave, a copy of it.
    The web tests upload the sample plans hundreds of times: each is still read once through the child process, as
    the worker reads it, and every refusal each time (a file read under a test's own time limit is read anew)."""
    if not _uses_db(request.node):
        return
    from shinchoku.web import upload_jobs

    real = upload_jobs.read_isolated

    def once(path: Any, **options: Any) -> Any:
        told = {name: value for name, value in options.items() if name != "on_page"}  # (what follows the pages)
        key = (
            hashlib.sha256(Path(path).read_bytes()).hexdigest(),
            json.dumps(told, sort_keys=True, default=str),
        )
        if key not in _READ_ONCE:
            _READ_ONCE[key] = real(path, **options)
        return copy.deepcopy(_READ_ONCE[key])

    monkeypatch.setattr(upload_jobs, "read_isolated", once)


#: Fixtures that give a test the database.
_DB_FIXTURES = {
    "db",
    "transactional_db",
    "django_db_reset_sequences",
    "django_db_serialized_rollback",
    "live_server",
}


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Every test that uses the database may also write to the audit log's ``audit`` alias.

    Security events are recorded on their own connection (shinchoku.audit): any request a test makes can
    write one, so the alias is allowed wherever ``default`` is.

    On PostgreSQL the reader tests (``tests/importers``: the plan readers are pure Python, no test
    there opens the database), the tests of the docs (``tests/test_docs.py``: the repository's files and settings, read
    alike whatever the database) and the tests of the installed command on its embedded SQLite database
    (``embedded``: those on ``cli_env`` marked here) are left out: they ran the same on SQLite in the
    same CI run, and they print and read PDFs or migrate databases for more than half the suite's
    time. ``SHINCHOKU_ALL_TESTS=1`` keeps them.
    """
    for item in items:
        if "cli_env" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.embedded)
    if _on_postgresql() and not os.environ.get("SHINCHOKU_ALL_TESTS"):
        same = [
            item
            for item in items
            if ((_IMPORTERS in Path(item.path).parents or Path(item.path) == _DOCS) and not _uses_db(item))
            or item.get_closest_marker("embedded")
        ]
        if same:
            config.hook.pytest_deselected(items=same)
            left_out = set(same)
            items[:] = [item for item in items if item not in left_out]
    for item in items:
        marker = item.get_closest_marker("django_db")
        if not _uses_db(item):
            continue
        fixtures = set(getattr(item, "fixturenames", ()))
        kwargs = dict(marker.kwargs) if marker is not None else {}
        if "transactional_db" in fixtures or "live_server" in fixtures:
            kwargs.setdefault("transaction", True)
        if kwargs.get("databases") in (None, ["default"], ("default",)):
            kwargs["databases"] = ["default", "audit"]
        item.add_marker(pytest.mark.django_db(*(marker.args if marker else ()), **kwargs), append=False)


_IMPORTERS = Path(__file__).resolve().parent / "importers"
_DOCS = Path(__file__).resolve().parent / "test_docs.py"


def _uses_db(item: pytest.Item) -> bool:
    return item.get_closest_marker("django_db") is not None or bool(
        set(getattr(item, "fixturenames", ())) & _DB_FIXTURES
    )


def _on_postgresql() -> bool:
    return os.environ.get("DATABASE_URL", "").startswith(("postgres://", "postgresql://"))


@pytest.fixture(autouse=True, scope="module")
def _reference_data_for_the_module(request, django_db_setup, django_db_blocker):
    """Before a module's own committed fixtures (plans loaded once per module) import anything.

    Only for a module with a test that uses the database: when no collected test does, pytest-django
    sets up no test database and a query here would reach the installation's own database."""
    module = request.module
    if not any(
        item.get_closest_marker("django_db") is not None
        for item in request.session.items
        if getattr(item, "module", None) is module
    ):
        return
    with django_db_blocker.unblock():
        ensure_reference_data()


@pytest.fixture(autouse=True)
def _reference_data(request):
    """Before each test that uses the database (an earlier transactional test may have flushed it)."""
    if request.node.get_closest_marker("django_db") is None and not set(request.fixturenames) & _DB_FIXTURES:
        return
    request.getfixturevalue("_django_db_helper")
    ensure_reference_data()
