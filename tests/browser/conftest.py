"""Browser tests: Debian's headless Chromium (through chromedriver) against the running app.

Each test module gets the five sample plans, a superuser, a live server and one browser, all
module-scoped so the suite stays fast. The data is committed (the server thread must see it, and
on PostgreSQL it has its own connection) and the database is flushed when the module ends.

The server is pytest-django's own ``LiveServer`` (what the ``live_server`` fixture returns: it
serves static files through ``StaticFilesHandler`` and shares an in-memory SQLite connection with
the server thread), started per module rather than through the ``live_server`` fixture: that
fixture makes every test that uses it a ``transactional_db`` test, whose flush after each test
would erase the module's plans, and loading the five plans takes seconds.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db import connection
from django.test.utils import override_settings
from pytest_django.live_server_helper import LiveServer
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.support import expected_conditions as ec
from selenium.webdriver.support.ui import WebDriverWait

from shinchoku.importers import parse
from shinchoku.plans.loader import load_plan
from shinchoku.plans.models import Plan

SAMPLES = Path(__file__).resolve().parents[2] / "samples" / "plans"
AXE = Path(__file__).resolve().parent / "vendor" / "axe.min.js"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
USERNAME, PASSWORD = "keikaku-browser", "pw-for-browser-tests-only"
#: Without these Chromium waits on connections a closed network never answers.
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--window-size=1280,1000",
]
WAIT = 10  # seconds


@dataclass
class Site:
    url: str
    plans: dict[str, Plan]  # layout name -> plan

    def __call__(self, path: str) -> str:
        return self.url + path


def _is_test_database() -> bool:
    name = str(connection.settings_dict["NAME"])
    return name.startswith("test_") or (connection.vendor == "sqlite" and connection.is_in_memory_db())


@pytest.fixture(scope="module")
def site(django_db_setup, django_db_blocker, tmp_path_factory) -> Iterator[Site]:
    """The five seeds and a superuser, committed, served by a live server; all gone afterwards."""
    # Background jobs run inside the request here (Django's immediate backend): the worker's own
    # path is tested in tests/web/test_upload.py, and the server thread shares the test database.
    immediate = {"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}}
    with (
        django_db_blocker.unblock(),
        override_settings(VAR_DIR=tmp_path_factory.mktemp("var"), TASKS=immediate),
    ):
        assert _is_test_database(), f"not a test database: {connection.settings_dict['NAME']}"
        call_command("flush", interactive=False, verbosity=0)
        plans = {path.stem: load_plan(parse(path)).plan for path in sorted(SAMPLES.glob("*.txt"))}
        get_user_model().objects.create_superuser(USERNAME, password=PASSWORD)
        server = LiveServer("127.0.0.1")
        try:
            yield Site(server.url, plans)
        finally:
            server.stop()
            call_command("flush", interactive=False, verbosity=0)


@pytest.fixture(autouse=True)
def _test_database(site, db):
    """Every browser test asks for ``db``: that is what makes pytest-django create the test
    database at all (without it ``site`` would run against the configured one); on SQLite it also
    rolls back what the server wrote during the test (sessions, a confirmed upload)."""


@pytest.fixture(scope="module")
def driver(tmp_path_factory) -> Iterator[WebDriver]:
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in CHROMIUM_FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}")
    # An explicit driver path: Selenium Manager never runs, so nothing is downloaded.
    browser = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
    browser.set_page_load_timeout(30)
    browser.set_script_timeout(60)
    try:
        yield browser
    finally:
        browser.quit()


def wait(driver: WebDriver, timeout: float = WAIT) -> WebDriverWait:
    return WebDriverWait(driver, timeout)


def log_in(driver: WebDriver, site: Site, next_path: str = "/") -> None:
    """Log in through the login form as the module's superuser (no-op when already logged in)."""
    driver.get(site(f"/accounts/login/?next={next_path}"))
    if driver.find_elements(By.CSS_SELECTOR, "form .link"):  # the header's logout button
        driver.get(site(next_path))
        return
    driver.find_element(By.ID, "id_username").send_keys(USERNAME)
    driver.find_element(By.ID, "id_password").send_keys(PASSWORD)
    driver.find_element(By.CSS_SELECTOR, "main form button[type=submit]").click()
    wait(driver).until(ec.url_to_be(site(next_path)))


def upload(driver: WebDriver, site: Site, path: Path) -> None:
    """Post ``path`` on /upload/ and wait for the preview page."""
    log_in(driver, site, "/upload/")
    driver.find_element(By.ID, "id_file").send_keys(str(path))
    driver.find_element(By.CSS_SELECTOR, "main form button[type=submit]").click()
    wait(driver).until(ec.url_matches(r"/upload/[\w-]+/$"))


def axe_violations(driver: WebDriver) -> list[dict]:
    """Run axe-core on the current page; its violations (all rules axe runs by default)."""
    driver.execute_script(AXE.read_text(encoding="utf-8"))
    result = driver.execute_async_script(
        """
        const done = arguments[arguments.length - 1];
        axe.run(document, {resultTypes: ["violations"]})
          .then((r) => done({violations: r.violations}))
          .catch((e) => done({error: String(e)}));
        """
    )
    assert "error" not in result, f"axe.run failed: {result.get('error')}"
    return result["violations"]


def describe(violations: list[dict]) -> str:
    """Violations as readable lines: rule id, impact, help, and the selectors of the nodes."""
    lines = []
    for v in violations:
        lines.append(f"[{v['impact']}] {v['id']}: {v['help']} ({v['helpUrl']})")
        for node in v["nodes"][:10]:
            lines.append(
                f"    {json.dumps(node['target'], ensure_ascii=False)}  {node.get('failureSummary', '')!r}"
            )
        if len(v["nodes"]) > 10:
            lines.append(f"    … and {len(v['nodes']) - 10} more")
    return "\n".join(lines)
