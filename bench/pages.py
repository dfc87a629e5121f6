"""Benchmark: server time of the plan, initiative and roadmap pages on a large database.

Builds (once, cached in var/bench/pages.sqlite3) a database of 200 generated plans, about
12,000 initiatives, made by multiplying the five sample plans, then requests each page type
repeatedly through Django's test client and prints p50 / p95 server time in milliseconds.
Target (issue 3): p95 under 150 ms.

Run: .venv/bin/python bench/pages.py [--plans 200] [--requests 200] [--rebuild]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH_VAR = ROOT / "var" / "bench"
# How often each seed is multiplied so that a generated plan has about 60 initiatives.
FACTORS = {"nobeoka": 1, "onojo": 3, "hita": 1, "izunokuni": 2, "shibata": 1}


def setup(rebuild: bool) -> None:
    BENCH_VAR.mkdir(parents=True, exist_ok=True)
    os.environ["SHINCHOKU_VAR"] = str(BENCH_VAR)
    os.environ.pop("DATABASE_URL", None)
    os.environ["DJANGO_SETTINGS_MODULE"] = "shinchoku.settings.dev"
    database = BENCH_VAR / "shinchoku.sqlite3"
    if rebuild and database.exists():
        database.unlink()
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def build(n_plans: int) -> None:
    from shinchoku.importers import parse
    from shinchoku.plans.generate import multiply
    from shinchoku.plans.loader import load_plan
    from shinchoku.plans.models import Initiative, Plan

    if Plan.objects.count() >= n_plans:
        return
    seeds = {name: parse(ROOT / "samples" / "plans" / f"{name}.txt") for name in FACTORS}
    names = list(FACTORS)
    started = time.perf_counter()
    for n in range(Plan.objects.count(), n_plans):
        name = names[n % len(names)]
        data = multiply(seeds[name], FACTORS[name], title_suffix=f"（生成{n:03d}）")
        data["municipality"] = {"name": f"生成市{n:03d}", "prefecture": "架空県", "code": None}
        load_plan(data)
        if n % 20 == 19:
            print(f"  built {n + 1} plans ({time.perf_counter() - started:.0f} s)", file=sys.stderr)
    print(f"database: {Plan.objects.count()} plans, {Initiative.objects.count()} initiatives", file=sys.stderr)


def measure(requests: int) -> None:
    from django.test import Client
    from django.urls import reverse

    from shinchoku.plans.models import Initiative, Plan

    client = Client(HTTP_HOST="127.0.0.1")
    plan_ids = list(Plan.objects.values_list("pk", flat=True))
    initiative_ids = list(Initiative.objects.values_list("pk", flat=True))
    rng = random.Random(42)
    pages = {
        "plan": lambda: reverse("plan", args=[rng.choice(plan_ids)]),
        "initiative": lambda: reverse("initiative", args=[rng.choice(initiative_ids)]),
        "roadmap": lambda: reverse("roadmap", args=[rng.choice(plan_ids)]),
    }
    print(f"database: {len(plan_ids)} plans, {len(initiative_ids)} initiatives")
    for name, url in pages.items():
        for _ in range(10):  # warm up caches and connections
            client.get(url())
        times = []
        for _ in range(requests):
            target = url()
            t0 = time.perf_counter()
            response = client.get(target)
            times.append((time.perf_counter() - t0) * 1000)
            assert response.status_code == 200, (target, response.status_code)
        times.sort()
        p95 = times[int(len(times) * 0.95) - 1]
        print(f"{name:10} p50 {statistics.median(times):6.1f} ms   p95 {p95:6.1f} ms   (n={requests}, target p95 < 150 ms)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--plans", type=int, default=200)
    ap.add_argument("--requests", type=int, default=200)
    ap.add_argument("--rebuild", action="store_true", help="drop the cached benchmark database first")
    args = ap.parse_args()
    setup(args.rebuild)
    build(args.plans)
    measure(args.requests)


if __name__ == "__main__":
    main()
