"""Benchmark: throughput under load, as production serves it (issue 11).

Starts ``shinchoku serve`` (waitress, production settings, DEBUG off) on an installation built by
bench/national.py, then keeps 8 and then 32 clients busy for a few seconds on each of: a trivial
view (``/healthz``), the plan page, the initiative page, an API list and a keyword search, and
prints requests/s, p50/p95 and the share of the trivial view's throughput. Every address is
requested once first: the figures are those of a server that has been answering citizens for a
while (public pages are kept in memory, core/pagecache.py), not of its first minute.

Aim: pages bounded by one plan reach ≥ 20% of the trivial view's throughput.

The clients run in this process (threads with keep-alive connections) on the same machine as the
server, as the issue's measurement did: on a small machine they take part of its CPU.

Run: .venv/bin/python bench/national.py --municipalities 174   # builds var/bench/national/174/
     .venv/bin/python bench/load.py [--size 174] [--seconds 10] [--threads 8]
Set DATABASE_URL as for bench/national.py to load the PostgreSQL installation instead.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path
from urllib.parse import quote, urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
BENCH_VAR = ROOT / "var" / "bench" / "national"
SHINCHOKU = Path(sys.executable).with_name("shinchoku")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _environment(size: int) -> dict[str, str]:
    env = dict(os.environ)
    directory = BENCH_VAR / str(size)
    if not (directory.exists() or env.get("DATABASE_URL")):
        sys.exit(f"{directory} がありません。先に bench/national.py --municipalities {size} を実行してください。")
    env.update(
        SHINCHOKU_VAR=str(directory),
        DJANGO_SETTINGS_MODULE="shinchoku.settings.production",
        SHINCHOKU_SECRET_KEY="bench-load-" + "x" * 50,
        SHINCHOKU_ALLOWED_HOSTS="127.0.0.1",
        SHINCHOKU_SSL_REDIRECT="0",
        SHINCHOKU_STATIC_ROOT=str(directory / "static"),
    )
    if env.get("DATABASE_URL"):
        parts = urlsplit(env["DATABASE_URL"])
        env["DATABASE_URL"] = urlunsplit(parts._replace(path=f"/bench_national_{size}"))
    return env


def _get(port: int, path: str) -> bytes:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    connection.request("GET", path)
    response = connection.getresponse()
    body = response.read()
    if response.status != 200:
        raise RuntimeError(f"{path}: {response.status}")
    return body


def _paths(port: int, rng: random.Random) -> dict[str, list[str]]:
    """Addresses per page type: real plans and initiatives of the installation, found through the API."""
    plans = [p["id"] for p in json.loads(_get(port, "/api/v1/plans?limit=100"))["items"]]
    initiatives: list[int] = []
    for plan in rng.sample(plans, min(10, len(plans))):
        initiatives += [i["id"] for i in json.loads(_get(port, f"/api/v1/initiatives?plan={plan}&limit=100"))["items"]]
    words = ["書かない窓口", "マイナンバーカード", "テレワーク", "RPA", "オープンデータ", "電子申請"]
    return {
        "trivial (/healthz)": ["/healthz"],
        "plan page": [f"/plans/{p}/" for p in plans],
        "initiative page": [f"/initiatives/{i}/" for i in rng.sample(initiatives, min(100, len(initiatives)))],
        "API list ?plan": [f"/api/v1/initiatives?plan={p}" for p in plans],
        "search page": [f"/search/?q={quote(w)}" for w in words],
    }


def _load(port: int, paths: list[str], clients: int, seconds: float) -> tuple[float, float, float]:
    """Requests/s, p50 and p95 (ms) with ``clients`` busy clients for ``seconds``."""
    times: list[float] = []
    lock = threading.Lock()
    stop = time.perf_counter() + seconds

    def client(seed: int) -> None:
        rng = random.Random(seed)
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        mine = []
        while time.perf_counter() < stop:
            started = time.perf_counter()
            connection.request("GET", rng.choice(paths))
            response = connection.getresponse()
            response.read()
            mine.append((time.perf_counter() - started) * 1000)
            if response.status != 200:
                raise RuntimeError(f"status {response.status}")
        with lock:
            times.extend(mine)

    threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
    began = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - began
    times.sort()
    return len(times) / elapsed, statistics.median(times), times[max(0, int(len(times) * 0.95) - 1)]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--size", type=int, default=174, help="the bench/national.py installation to load")
    ap.add_argument("--seconds", type=float, default=10)
    ap.add_argument("--threads", type=int, default=8, help="server threads (shinchoku serve --threads)")
    args = ap.parse_args()
    env = _environment(args.size)
    for command in (["migrate", "-v0"], ["collectstatic", "--noinput", "-v0"]):  # a bench database: no backup needed
        subprocess.run([str(SHINCHOKU), "manage", *command], env=env, check=True)
    port = _free_port()
    log = (BENCH_VAR / f"load-{args.size}.log").open("w")  # the server's log; a pipe nobody reads would block it
    server = subprocess.Popen(
        [str(SHINCHOKU), "serve", "--port", str(port), "--threads", str(args.threads)], env=env, stderr=log
    )
    try:
        for _ in range(300):
            try:
                _get(port, "/healthz")
                break
            except OSError:
                if server.poll() is not None:
                    sys.exit(f"shinchoku serve ended: see {log.name}")
                time.sleep(0.1)
        all_paths = _paths(port, random.Random(3))
        print(f"shinchoku serve (waitress, {args.threads} threads), installation {args.size}, {args.seconds:.0f} s each")
        print(f"{'':22} {'clients':>7} {'req/s':>7} {'p50 ms':>7} {'p95 ms':>7} {'of trivial':>10}")
        trivial: dict[int, float] = {}
        for label, paths in all_paths.items():
            for path in paths:  # steady state: citizens' pages are kept after their first visit
                _get(port, path)
            for clients in (8, 32):
                rate, p50, p95 = _load(port, paths, clients, args.seconds)
                trivial.setdefault(clients, rate)
                share = rate / trivial[clients] * 100
                print(f"{label:22} {clients:7} {rate:7.1f} {p50:7.1f} {p95:7.1f} {share:9.0f}%", flush=True)
    finally:
        server.terminate()
        server.wait(timeout=30)


if __name__ == "__main__":
    main()
