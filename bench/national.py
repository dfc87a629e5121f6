"""Benchmark: every page and API list of a national installation, and what grows with it (issue 11).

Builds two installations from the samples (bench/installation.py): the full one (default 1,741
municipalities: about 106,000 initiatives, 200,000 KPIs, three years of rounds with reports,
recorded actuals and change history) and a tenth of it. On each it requests every page type a
citizen, a department or the plan office opens — home, plan, initiative, roadmap, department, round
(as the plan office), the round list, API lists with and without filters, keyword search, the
open-data CSV — and prints p50/p95 server time, the p95 of this process's CPU time per request and the
PostgreSQL backend's mean CPU time per request (on a shared machine the wall time mostly measures the
other processes: CPU + DB is what the page costs), and the number of SQL queries, then the ratio
full/tenth of p95: a page whose work is bounded by one plan keeps a ratio near 1; a ratio that
grows with the database shows a missing index, a missing page limit or a count over everything.

Aim (issue 11): p95 < 150 ms on both databases; ratio ≤ 1.2 for everything not bounded by design.

Each size is measured in a child process of its own (its own database: a SQLite file under
var/bench/national/<size>/, or, with DATABASE_URL set, a PostgreSQL database
``bench_national_<size>`` on that server), built once and kept for the next run.

Run: .venv/bin/python bench/national.py [--municipalities 1741] [--requests 100] [--rebuild]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from installation import build, database_cpu, rounds

ROOT = Path(__file__).resolve().parent.parent
BENCH_VAR = ROOT / "var" / "bench" / "national"
TARGET_MS = 150


def _database_url(size: int) -> str | None:
    """The PostgreSQL database of one size (created if missing), or None on SQLite."""
    url = os.environ.get("DATABASE_URL")
    if not url:
        return None
    import psycopg

    name = f"bench_national_{size}"
    parts = urlsplit(url)
    with psycopg.connect(urlunsplit(parts._replace(path="/postgres")), autocommit=True) as connection:
        if not connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            connection.execute(f'CREATE DATABASE "{name}"')
    return urlunsplit(parts._replace(path=f"/{name}"))


def setup(size: int, rebuild: bool) -> None:
    directory = BENCH_VAR / str(size)
    directory.mkdir(parents=True, exist_ok=True)
    os.environ["SHINCHOKU_VAR"] = str(directory)
    os.environ["DJANGO_SETTINGS_MODULE"] = "shinchoku.settings.dev"
    # The cost of making each page, not of answering from the kept copy (bench/load.py measures that).
    os.environ["SHINCHOKU_PAGE_CACHE_SECONDS"] = "0"
    # An API list's total is kept as in production (core.pagecache.kept_count): the same list asked
    # again counts nothing. Counting the whole installation costs 30–45 ms at 1,741 municipalities.
    os.environ["SHINCHOKU_COUNT_CACHE_SECONDS"] = "60"
    if rebuild and not os.environ.get("DATABASE_URL"):
        for file in directory.glob("shinchoku*.sqlite3*"):
            file.unlink()
    import django
    from django.conf import settings

    django.setup()
    settings.DEBUG = False  # no SQL logging in the timings; queries are counted apart
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    if rebuild and os.environ.get("DATABASE_URL"):
        call_command("flush", interactive=False, verbosity=0)


def _requests(rng: random.Random) -> dict[str, object]:
    """For each page type, a function giving a fresh URL (a random plan, initiative …) per request."""
    from django.urls import reverse

    from shinchoku.plans.models import Department, Initiative, Plan
    from shinchoku.progress.models import Round

    plans = list(Plan.objects.values_list("pk", flat=True))
    initiatives = list(Initiative.objects.values_list("pk", flat=True))
    departments = list(Department.objects.values_list("pk", flat=True))
    closed = list(Round.objects.filter(state=Round.State.CLOSED).values_list("pk", flat=True))

    def pick(items: list[int]) -> int:
        return rng.choice(items)

    return {
        "home": lambda: reverse("home"),
        "plan": lambda: reverse("plan", args=[pick(plans)]),
        "initiative": lambda: reverse("initiative", args=[pick(initiatives)]),
        "roadmap": lambda: reverse("roadmap", args=[pick(plans)]),
        "department": lambda: reverse("department", args=[pick(departments)]),
        "round (office)": lambda: reverse("progress:round", args=[pick(closed)]),
        "round list": lambda: reverse("progress:rounds"),
        "search page": lambda: reverse("search") + "?q=" + rng.choice(["窓口", "テレワーク", "マイナンバーカード"]),
        "API initiatives": lambda: "/api/v1/initiatives",
        "API initiatives ?plan": lambda: f"/api/v1/initiatives?plan={pick(plans)}",
        "API initiatives ?q": lambda: "/api/v1/initiatives?q=" + rng.choice(["窓口", "RPA", "オンライン"]),
        "API plans": lambda: "/api/v1/plans",
        "API municipalities": lambda: "/api/v1/municipalities",
        "API rounds": lambda: "/api/v1/rounds",
        "API search": lambda: "/api/v1/search?q=" + rng.choice(["書かない窓口", "GIGAスクール", "RPA"]),
        "open data CSV": lambda: f"/plans/{pick(plans)}/opendata/initiatives.csv",
    }


def measure(requests: int) -> dict[str, dict[str, float]]:
    from django.contrib.auth import get_user_model
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    rng = random.Random(42)
    citizen = Client(HTTP_HOST="127.0.0.1")
    office = Client(HTTP_HOST="127.0.0.1")
    user, _ = get_user_model().objects.get_or_create(username="bench-office", defaults={"is_superuser": True})
    office.force_login(user)
    results: dict[str, dict[str, float]] = {}
    for label, url in _requests(rng).items():
        client = office if "office" in label else citizen
        for _ in range(5):  # warm up caches and connections
            client.get(url())
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url())
        n_queries = len(queries.captured_queries)  # now: the next request clears the log
        assert response.status_code == 200, (label, response.status_code)
        times, cpus = [], []
        database = database_cpu()
        for _ in range(requests):
            address = url()
            started, cpu = time.perf_counter(), time.process_time()
            client.get(address)
            times.append((time.perf_counter() - started) * 1000)
            cpus.append((time.process_time() - cpu) * 1000)
        after = database_cpu()
        times.sort()
        cpus.sort()
        results[label] = {
            "p50": statistics.median(times),
            "p95": times[max(0, int(len(times) * 0.95) - 1)],
            # The app's CPU per request (this process) and the database's mean CPU per request:
            # what the page costs whatever else the machine runs (other processes only add wall time).
            "cpu95": cpus[max(0, int(len(cpus) * 0.95) - 1)],
            "db": (after - database) * 1000 / requests if database is not None and after is not None else 0.0,
            "queries": n_queries,
            "bytes": len(response.content),
        }
        print(
            f"  {label:24} p95 {results[label]['p95']:7.1f} ms (CPU p95 {results[label]['cpu95']:6.1f} ms,"
            f" database {results[label]['db']:5.1f} ms a request)",
            file=sys.stderr,
            flush=True,
        )
    return results


def analyze() -> None:
    """Table statistics and visibility maps brought up to date, as autovacuum does some time after a
    load (on PostgreSQL): measured straight after a bulk load, the planner would see empty tables
    (sequential scans where an index serves) and index-only scans would read the table."""
    from django.db import connection

    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE")
    else:
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")


def child(size: int, requests: int, rebuild: bool) -> None:
    setup(size, rebuild)
    started = time.perf_counter()
    build(size)
    rounds()
    from shinchoku.search.indexer import reindex_all

    reindex_all()
    analyze()
    print(f"  size {size}: built and indexed in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    from shinchoku.plans.models import Initiative
    from shinchoku.progress.models import Report

    summary = {"initiatives": Initiative.objects.count(), "reports": Report.objects.count()}
    print(json.dumps({"summary": summary, "pages": measure(requests)}))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--municipalities", type=int, default=1741, help="the full installation (default 1741)")
    ap.add_argument("--requests", type=int, default=100, help="requests per page type")
    ap.add_argument("--rebuild", action="store_true", help="drop the cached databases first")
    ap.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(args.child, args.requests, args.rebuild)
        return
    sizes = (args.municipalities, max(1, args.municipalities // 10))
    runs = {}
    for size in sizes:
        env = dict(os.environ)
        url = _database_url(size)
        if url:
            env["DATABASE_URL"] = url
        command = [sys.executable, __file__, "--child", str(size), "--requests", str(args.requests)]
        output = subprocess.run(
            command + (["--rebuild"] if args.rebuild else []), env=env, capture_output=True, text=True
        )
        sys.stderr.write(output.stderr)
        if output.returncode:
            sys.exit(f"size {size} failed")
        runs[size] = json.loads(output.stdout.strip().splitlines()[-1])
    full, tenth = (runs[size] for size in sizes)
    database = "PostgreSQL" if os.environ.get("DATABASE_URL") else "SQLite"
    print(
        f"{database}: full {sizes[0]} municipalities ({full['summary']['initiatives']:,} initiatives, "
        f"{full['summary']['reports']:,} reports); tenth {sizes[1]} ({tenth['summary']['initiatives']:,})"
    )
    print(
        f"{'page':24} {'p50':>7} {'p95':>7} {'CPU95':>6} {'DB':>5} {'SQL':>4} {'KB':>6} |"
        f" {'tenth p95':>9} {'CPU95':>6} {'DB':>5} {'SQL':>4} | ratio (CPU+DB)"
    )
    for label, page in full["pages"].items():
        small = tenth["pages"][label]
        ratio = page["p95"] / small["p95"] if small["p95"] else float("nan")
        server, small_server = page["cpu95"] + page["db"], small["cpu95"] + small["db"]
        cpu_ratio = server / small_server if small_server else float("nan")
        flag = "  ← over 150 ms" if page["p95"] > TARGET_MS else ""
        if server > TARGET_MS:
            flag += " (CPU too)"
        print(
            f"{label:24} {page['p50']:7.1f} {page['p95']:7.1f} {page['cpu95']:6.1f} {page['db']:5.1f}"
            f" {page['queries']:4.0f} {page['bytes'] / 1024:6.0f} | {small['p95']:9.1f} {small['cpu95']:6.1f}"
            f" {small['db']:5.1f} {small['queries']:4.0f} | {ratio:5.2f} ({cpu_ratio:4.2f}){flag}"
        )


if __name__ == "__main__":
    main()
