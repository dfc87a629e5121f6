"""Benchmark: 「指標の比較」 at national scale (issue 12: p95 < 150 ms).

Builds (once, cached under var/bench/compare/) an installation of generated municipalities from the
five sample plans (bench/installation.py; 1,741 municipalities give about 200,000 KPIs), optionally
with published review rounds (--rounds: reported actuals), classifies every KPI with
``classify_all`` (what ``shinchoku classify-kpis`` runs) and prints:

- classification time for every indicator;
- p50/p95 of the index page /compare/, of kind pages (every kind, a third filtered by prefecture,
  a third sorted by the latest actual, random pages) and of /api/v1/compare/{kind}.

Run: .venv/bin/python bench/compare.py [--municipalities 300] [--requests 200] [--rounds] [--rebuild] [--measure-only]
"""

from __future__ import annotations

import argparse
import os
import random
import time
from pathlib import Path

from installation import PREFECTURES, build, rounds

from search import timed

ROOT = Path(__file__).resolve().parent.parent
BENCH_VAR = ROOT / "var" / "bench" / "compare"


def setup(rebuild: bool) -> None:
    BENCH_VAR.mkdir(parents=True, exist_ok=True)
    os.environ["SHINCHOKU_VAR"] = str(BENCH_VAR)
    os.environ["DJANGO_SETTINGS_MODULE"] = "shinchoku.settings.dev"
    database = BENCH_VAR / "shinchoku.sqlite3"
    if rebuild and database.exists() and not os.environ.get("DATABASE_URL"):
        database.unlink()
    import django
    from django.conf import settings

    django.setup()
    settings.DEBUG = False
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def classify() -> None:
    from shinchoku.compare.classify import classify_all

    started = time.perf_counter()
    outcome = classify_all()
    print(f"classify-kpis: {outcome} in {time.perf_counter() - started:.1f} s")


def measure(requests: int) -> None:
    from django.core.cache import cache
    from django.test import Client

    from shinchoku.compare.queries import kind_counts
    from shinchoku.plans.models import Municipality

    rng = random.Random(42)
    client = Client(HTTP_HOST="127.0.0.1")
    counts = [(kind.slug, n) for kind, n, _ in kind_counts() if n]
    print(f"database: {Municipality.objects.count()} municipalities")
    print("indicators per kind: " + ", ".join(f"{slug} {n}" for slug, n in counts))

    def fresh(url: str, params: dict | None = None):
        def call():
            cache.clear()  # never the page cache: what a first reader waits
            response = client.get(url, params or {})
            assert response.status_code == 200, (url, response.status_code)

        return call

    def a_kind_page():
        slug, n = rng.choice(counts)
        params: dict = {}
        roll = rng.random()
        if roll < 1 / 3:
            params["pref"] = rng.choice(PREFECTURES)
        elif roll < 2 / 3:
            params["sort"] = "latest"
        params["page"] = rng.randint(1, max(1, n // 50))
        return fresh(f"/compare/{slug}/", params)

    timed("index page", [fresh("/compare/") for _ in range(max(20, requests // 5))], 150)
    timed("kind page", [a_kind_page() for _ in range(requests)], 150)
    biggest = max(counts, key=lambda c: c[1])[0]
    timed(f"largest ({biggest})", [fresh(f"/compare/{biggest}/", {"sort": "latest"}) for _ in range(40)], 150)
    timed("API kind", [fresh(f"/api/v1/compare/{rng.choice(counts)[0]}") for _ in range(requests)], 150)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--municipalities", type=int, default=300, help="1741 for national scale (default 300)")
    ap.add_argument("--requests", type=int, default=200)
    ap.add_argument("--rounds", action="store_true", help="add published review rounds (reported actuals)")
    ap.add_argument("--rebuild", action="store_true", help="drop the cached benchmark database first")
    ap.add_argument("--measure-only", action="store_true", help="use the database as it is")
    args = ap.parse_args()
    setup(args.rebuild)
    if not args.measure_only:
        build(args.municipalities)
        if args.rounds:
            rounds()
        classify()
    measure(args.requests)


if __name__ == "__main__":
    main()
