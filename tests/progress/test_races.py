"""Concurrent writes of one report over real HTTP: nobody's text is lost, nobody gets a 500.

The audit of issue 9 lost a department's text in 14 of 30 races of ``PUT /api/v1/reports/N``
against ``POST …/submit`` on PostgreSQL, 15 of 30 of a save against the plan office's grade
override, and got 500 「database is locked」 10 times in 30 on SQLite. These tests run the same
races against a real server process (waitress, 8 threads) on the database this suite runs on
(SQLite in a file, or PostgreSQL when DATABASE_URL names it): 25 races of each kind.
"""

from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

import pytest
import requests
from django.conf import settings

ROOT = Path(__file__).resolve().parents[2]
RACES = 25

pytestmark = pytest.mark.slow


@dataclass
class Site:
    url: str
    people: dict[str, dict[str, str]]
    reports: list[int]
    editor_reports: list[int]

    def api(self, who: str) -> requests.Session:
        session = requests.Session()
        session.headers["Authorization"] = f"Bearer {self.people[who]['token']}"
        return session

    def browser(self, who: str) -> requests.Session:
        session = requests.Session()
        session.cookies.set("sessionid", self.people[who]["session"])
        return session


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _database_url(tmp: Path) -> tuple[str, Callable[[], None]]:
    """A database of its own for the server: a SQLite file, or a new PostgreSQL database."""
    db = settings.DATABASES["default"]
    if db["ENGINE"] != "django.db.backends.postgresql":
        return f"sqlite:///{tmp / 'races.sqlite3'}", lambda: None
    import psycopg

    name = f"test_{db['NAME']}_races"
    params = {"host": db.get("HOST") or "127.0.0.1", "port": db.get("PORT") or 5432, "user": db.get("USER")}
    with psycopg.connect(dbname="postgres", autocommit=True, **params) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')

    def drop() -> None:
        with psycopg.connect(dbname="postgres", autocommit=True, **params) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    url = f"postgres://{params['user']}@{params['host']}:{params['port']}/{name}"
    return url, drop


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Iterator[Site]:
    tmp = tmp_path_factory.mktemp("races")
    url, drop = _database_url(tmp)
    env = {**os.environ, "DATABASE_URL": url, "DJANGO_SETTINGS_MODULE": "shinchoku.settings.test",
           "SHINCHOKU_VAR": str(tmp)}  # fmt: skip
    command = [sys.executable, "-m", "tests.progress.race_site"]
    made = subprocess.run([*command, "setup"], cwd=ROOT, env=env, capture_output=True, text=True, check=True)
    data = json.loads(made.stdout.strip().splitlines()[-1])
    port = _free_port()
    server = subprocess.Popen([*command, "serve", str(port)], cwd=ROOT, env=env)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60  # a loaded machine starts the server slowly
        while time.monotonic() < deadline:
            try:
                requests.get(f"{base}/api/v1/rounds", timeout=10)
                break
            except (requests.ConnectionError, requests.Timeout):  # not listening yet, or still starting
                time.sleep(0.1)
        yield Site(base, data["people"], data["reports"], data["editor_reports"])
    finally:
        server.terminate()
        server.wait(timeout=20)
        drop()


def _together(*calls: Callable[[], requests.Response]) -> list[requests.Response]:
    """Send the requests at the same moment (each from its own thread) and return the responses."""
    barrier = threading.Barrier(len(calls))
    results: list[Any] = [None] * len(calls)

    def run(n: int) -> None:
        barrier.wait()
        try:
            results[n] = calls[n]()
        except Exception as exc:  # noqa: BLE001 - reported by the assertion below
            results[n] = exc

    threads = [threading.Thread(target=run, args=(n,)) for n in range(len(calls))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for r in results:
        assert isinstance(r, requests.Response), r
    return results


def _csrf(page: requests.Response) -> str:
    match = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.text)
    assert match, "the page has no form"
    return match.group(1)


def test_api_save_against_submit_loses_nothing(site):
    """25 races of PUT (new text) against submit: both answer 200 or 409, and a 200 PUT's text stays."""
    office = site.api("office")
    outcomes = []
    others = [r for r in site.reports if r not in site.editor_reports]  # 市民課's stay drafts for the UI race
    for n, report in enumerate(others[:RACES]):
        url = f"{site.url}/api/v1/reports/{report}"
        version = office.get(url).json()["version"]
        ready = office.put(url, json={"version": version, "status": "in_progress"})
        assert ready.status_code == 200, ready.text
        version = ready.json()["version"]
        text = f"競合の試験 {n}: 窓口の待ち時間を半減した"
        put_client, submit_client = site.api("office"), site.api("office")
        put, submit = _together(
            partial(put_client.put, url, json={"version": version, "achievements": text}, timeout=60),
            partial(submit_client.post, f"{url}/submit", timeout=60),
        )
        assert put.status_code in (200, 409), put.text
        assert submit.status_code in (200, 409), submit.text
        final = office.get(url).json()
        if put.status_code == 200:
            assert final["achievements"] == text  # the save was not overwritten by the submit
        else:
            assert "他の人が" in put.json()["detail"] and final["achievements"] == ""
        if submit.status_code == 200:
            assert final["state"] == "submitted"
        outcomes.append((put.status_code, submit.status_code))
    assert len(outcomes) == RACES


def test_ui_save_against_grade_override_loses_nothing(site):
    """25 races of 市民課's save against the plan office's grade override, half with the page's version."""
    report = site.editor_reports[0]
    page_url = f"{site.url}/reports/{report}/"
    office_api = site.api("office")
    for n in range(RACES):
        editor, office = site.browser("editor"), site.browser("office")
        editor_page, office_page = editor.get(page_url), office.get(page_url)
        assert editor_page.status_code == office_page.status_code == 200
        version = re.search(r'name="version" value="(\d+)"', editor_page.text).group(1)
        text = f"保存の試験 {n}: 証明書のコンビニ交付を周知した"
        grade = "AB"[n % 2]
        versioned = n % 2 == 0
        save_body = {"csrfmiddlewaretoken": _csrf(editor_page), "version": version, "action": "save",
                     "status": "in_progress", "achievements": text, "results": "", "issues": "",
                     "next_steps": "", "self_grade": ""}  # fmt: skip
        grade_body = {"csrfmiddlewaretoken": _csrf(office_page), "grade": grade, "reason": f"試験 {n}"}
        if versioned:
            grade_body["version"] = version
        save, override = _together(
            partial(editor.post, page_url, data=save_body, allow_redirects=False, timeout=60),
            partial(office.post, f"{page_url}grade/", data=grade_body, allow_redirects=False, timeout=60),
        )
        assert save.status_code in (302, 409), save.text[:500]
        assert override.status_code in (302, 409), override.text[:500]
        final = office_api.get(f"{site.url}/api/v1/reports/{report}").json()
        if save.status_code == 302:
            assert final["achievements"] == text  # the override did not write back the old text
        else:
            assert (
                text in save.text and "他の人が保存しました" in save.text
            )  # the editor's text kept in the form
        if override.status_code == 302:
            assert final["review_grade"] == grade
        if versioned:  # both acted on the same version: exactly one of them wins
            assert (save.status_code, override.status_code) in ((302, 409), (409, 302))
        else:  # the override acted on no version: it waits for the save and keeps its text
            assert override.status_code == 302
