"""`shinchoku serve` and `shinchoku worker` as production runs them, in subprocesses on 127.0.0.1.

One installation for the module (``make run``'s settings: DEBUG off, SQLite in a temporary var/,
static files collected), one server process, bounded waits. The upload goes over HTTP to the
real server and is read by the real worker command, the way a plan office uses it.
"""

from __future__ import annotations

import http.cookiejar
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "samples" / "plans"
CLI = [sys.executable, "-m", "shinchoku.cli"]
USER, PASSWORD = "keikaku-serve", "pw-for-serve-tests-only"
#: ``make run``'s installation is SQLite whatever DATABASE_URL names: the PostgreSQL run leaves these out.
pytestmark = pytest.mark.embedded


def _env(var: Path) -> dict[str, str]:
    env = {
        k: v for k, v in os.environ.items() if not k.startswith("SHINCHOKU_") and k not in ("DATABASE_URL",)
    }
    env.update(DJANGO_SETTINGS_MODULE="shinchoku.settings.demo", SHINCHOKU_VAR=str(var), PYTHONUNBUFFERED="1")
    return env


def _run(env: dict[str, str], *args: str, timeout: float = 180) -> subprocess.CompletedProcess:
    return subprocess.run([*CLI, *args], env=env, cwd=ROOT, capture_output=True, text=True, timeout=timeout)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Browser:
    """Just enough of a browser: cookies, no automatic redirects, CSRF tokens from the forms."""

    def __init__(self, base: str) -> None:
        self.base = base
        self.cookies = http.cookiejar.CookieJar()

        class NoRedirect(urllib.request.HTTPRedirectHandler):
            def redirect_request(self, *args, **kwargs):
                return None

        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(self.cookies), NoRedirect
        )

    def request(
        self, path: str, data: bytes | None = None, headers: dict | None = None
    ) -> tuple[int, dict, str]:
        req = urllib.request.Request(self.base + path, data=data, headers=headers or {})
        try:
            with self.opener.open(req, timeout=30) as response:
                return response.status, dict(response.headers), response.read().decode("utf-8", "replace")
        except urllib.error.HTTPError as error:
            return error.code, dict(error.headers), error.read().decode("utf-8", "replace")

    def csrf(self, path: str) -> str:
        _, _, html = self.request(path)
        return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)

    def post(self, path: str, fields: dict[str, str]) -> tuple[int, dict, str]:
        fields = {"csrfmiddlewaretoken": self.csrf(path), **fields}
        return self.request(path, urllib.parse.urlencode(fields).encode())

    def upload(self, path: str, name: str, data: bytes) -> tuple[int, dict, str]:
        boundary = uuid.uuid4().hex
        parts = [
            f'--{boundary}\r\nContent-Disposition: form-data; name="csrfmiddlewaretoken"\r\n\r\n{self.csrf(path)}\r\n'.encode(),
            f'--{boundary}\r\nContent-Disposition: form-data; name="layout"\r\n\r\n\r\n'.encode(),
            f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="{name}"\r\n'
            "Content-Type: text/plain\r\n\r\n".encode()
            + data
            + b"\r\n",
            f"--{boundary}--\r\n".encode(),
        ]
        headers = {"Content-Type": f"multipart/form-data; boundary={boundary}"}
        return self.request(path, b"".join(parts), headers)


@pytest.fixture(scope="module")
def installation(tmp_path_factory, migrated_var) -> dict[str, str]:
    """The databases ``migrate`` made for this test process (``migrated_var``: migrating here again cost nine seconds
    a database), the static files collected, the plan office's administrator."""
    var = tmp_path_factory.mktemp("var")
    for database in migrated_var.glob("*.sqlite3"):
        shutil.copyfile(database, var / database.name)
    env = _env(var)
    done = _run(env, "manage", "collectstatic", "--noinput", "-v0")
    assert done.returncode == 0, done.stderr
    done = _run({**env, "SHINCHOKU_PASSWORD": PASSWORD}, "createuser", USER, "--superuser")
    assert done.returncode == 0, done.stderr
    return env


@pytest.fixture(scope="module")
def server(installation) -> Iterator[str]:
    port = _free_port()
    process = subprocess.Popen(
        [*CLI, "serve", "--port", str(port)],
        env=installation,
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=1):
                    break
            except OSError:
                assert process.poll() is None, process.stdout.read().decode()
                assert time.monotonic() < deadline, "shinchoku serve did not answer within 60 s"
                time.sleep(0.3)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=15)


def test_serve_answers_with_waitress_and_debug_off(server):
    browser = Browser(server)
    status, headers, html = browser.request("/")
    assert status == 200
    assert headers["Server"] == "shinchoku"  # waitress, not the development server
    assert "計画一覧" in html


def test_the_health_check_answers_ok_for_the_proxy(server):
    status, headers, body = Browser(server).request("/healthz")
    assert (status, body) == (200, "ok")
    assert headers["Content-Type"].startswith("text/plain")


def test_a_missing_page_is_the_japanese_404_not_the_debug_page(server):
    status, _, html = Browser(server).request("/no-such-page/")
    assert status == 404
    assert "ページが見つかりません" in html
    assert "Using the URLconf" not in html and "DEBUG = True" not in html


def test_static_files_are_served_by_whitenoise_with_hashed_names(server):
    _, _, html = Browser(server).request("/")
    css = re.search(r'href="(/static/shinchoku/css/site\.[0-9a-f]{12}\.css)"', html).group(1)
    status, headers, body = Browser(server).request(css)
    assert status == 200 and ".job progress" in body
    assert "immutable" in headers["Cache-Control"]


def test_upload_through_the_server_is_read_and_imported_by_the_worker(server, installation):
    browser = Browser(server)
    status, headers, _ = browser.post("/accounts/login/", {"username": USER, "password": PASSWORD})
    assert status == 302, "login failed"
    source = SAMPLES / "izunokuni.txt"
    status, headers, _ = browser.upload("/upload/", source.name, source.read_bytes())
    assert status == 302
    page = headers["Location"]
    assert "計画ファイルを読み取っています" in browser.request(page)[2]  # no worker yet: waiting

    done = _run(installation, "worker", "--batch")
    assert done.returncode == 0, done.stderr
    status, _, html = browser.request(page)
    assert status == 200 and "取込内容の確認" in html and "伊豆の国市" in html

    assert browser.post(page, {"action": "confirm"})[1]["Location"] == page
    assert _run(installation, "worker", "--batch").returncode == 0
    status, headers, _ = browser.request(page)
    assert status == 302 and re.fullmatch(r"/plans/\d+/", headers["Location"])
    _, _, html = browser.request(headers["Location"])
    assert "を取り込みました（追加 31／変更 0／変更なし 0）" in html


def test_serve_refuses_an_out_of_date_database(tmp_path):
    done = _run(_env(tmp_path), "serve", "--port", str(_free_port()), timeout=60)
    assert done.returncode == 1
    assert "shinchoku manage migrate" in done.stderr and "Traceback" not in done.stderr


def test_serve_on_a_port_in_use_says_so_in_japanese(installation):
    """Found by starting `make run` twice: waitress ended with "OSError: [Errno 98] …" as an internal error."""
    with socket.socket() as held:
        held.bind(("127.0.0.1", 0))
        held.listen()
        port = held.getsockname()[1]
        done = _run(installation, "serve", "--port", str(port), timeout=60)
    assert done.returncode == 1
    assert f"ポート {port} は別のプログラムが使用中です" in done.stderr
    assert "Errno" not in done.stderr and "内部エラー" not in done.stderr


def test_a_port_in_use_is_refused_before_the_demo_password_is_reissued():
    from shinchoku.core.server import NotReady, check_port

    with socket.socket() as held:
        held.bind(("127.0.0.1", 0))
        held.listen()
        port = held.getsockname()[1]
        with pytest.raises(NotReady, match=f"ポート {port} "):
            check_port("127.0.0.1", port)
    check_port("127.0.0.1", port)  # free again: no complaint


def _sqlite_rows(path: Path) -> dict[str, list[tuple]]:
    import sqlite3

    with sqlite3.connect(path) as db:
        tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return {
            t: sorted(db.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr)
            for t in tables
            if t != "django_migrations"
        }


def test_backup_while_serving_restores_into_a_new_installation(server, installation, tmp_path):
    assert Browser(server).request("/")[0] == 200
    backup = tmp_path / "shinchoku-backup.zip"
    done = _run(installation, "backup", str(backup))  # the server keeps running meanwhile
    assert done.returncode == 0, done.stderr
    assert "バックアップを作成しました" in done.stdout
    assert Browser(server).request("/")[0] == 200

    fresh = _env(tmp_path / "new-var")  # a new server: no database file at all yet
    done = _run(fresh, "restore", str(backup))
    assert done.returncode == 0, done.stderr
    assert "復元しました" in done.stdout
    original = _sqlite_rows(Path(installation["SHINCHOKU_VAR"]) / "shinchoku.sqlite3")
    restored = _sqlite_rows(tmp_path / "new-var" / "shinchoku.sqlite3")
    assert restored == original
    assert len(original["auth_user"]) == 1

    again = _run(fresh, "restore", str(backup))
    assert again.returncode == 2 and "既にデータがあります" in again.stderr


def test_make_run_serves_with_the_worker_and_ctrl_c_stops_both(installation, tmp_path):
    """`make run` is `shinchoku demo`: samples, the demo administrator, then server + worker. Ctrl+C stops both though
    the demo was started with SIGINT ignored (inherited from the process that started it, as a test runner's worker
    passes it on: Python then sets no KeyboardInterrupt, and the server went on serving, its worker stopped — full runs
    of the suite failed so, each file alone passed)."""
    import signal

    port = _free_port()
    process = subprocess.Popen(
        [*CLI, "demo", "--port", str(port)],
        env=installation,
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,  # its own process group, as a terminal's Ctrl+C reaches
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_IGN),
    )
    try:
        deadline = time.monotonic() + 240
        while True:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=1):
                    break
            except OSError:
                assert process.poll() is None, process.stdout.read()
                assert time.monotonic() < deadline, "shinchoku demo did not answer within 240 s"
                time.sleep(0.5)
        status, headers, html = Browser(f"http://127.0.0.1:{port}").request("/")
        assert status == 200 and headers["Server"] == "shinchoku" and "新発田市" in html
        worker = subprocess.run(
            ["pgrep", "-g", str(process.pid), "-f", "shinchoku.cli worker"], capture_output=True
        )
        assert worker.stdout.strip(), "no worker process alongside the server"

        os.killpg(process.pid, signal.SIGINT)  # Ctrl+C in the terminal
        output, _ = process.communicate(timeout=60)  # (the server waits up to 15 s for the worker's task)
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
    assert "管理者ログイン: ユーザー名 demo" in output
    # the address it served on, for `shinchoku manage send_reminders` run later (it linked its mails to :8000)
    recorded = (Path(installation["SHINCHOKU_VAR"]) / "base-url").read_text(encoding="utf-8")
    assert recorded == f"http://127.0.0.1:{port}\n"
    assert subprocess.run(["pgrep", "-g", str(process.pid)], capture_output=True).stdout == b""  # both gone


def test_backup_is_not_blocked_by_a_writer_and_leaves_out_what_it_has_not_committed(installation, tmp_path):
    import sqlite3

    imported = _run(installation, "import", str(SAMPLES / "izunokuni.txt"))  # (again: imports are idempotent)
    assert imported.returncode == 0, imported.stderr
    database = Path(installation["SHINCHOKU_VAR"]) / "shinchoku.sqlite3"
    writer = sqlite3.connect(database, isolation_level=None, timeout=1)
    try:
        writer.execute("BEGIN IMMEDIATE")  # the worker in the middle of an import
        writer.execute(
            "INSERT INTO plans_municipality (code, name, prefecture, mfa_required)"
            " VALUES ('999999', '書きかけ市', '新潟県', 0)"
        )
        done = _run(installation, "backup", str(tmp_path / "during-a-write.zip"), timeout=120)
        assert done.returncode == 0, done.stderr
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    with zipfile.ZipFile(tmp_path / "during-a-write.zip") as archive:
        data = archive.read("data.backupjsonl").decode()
    assert "伊豆の国市" in data and "書きかけ市" not in data
