"""Benchmark: pages of a plan whose stored data is hostile, and refusing hostile plans (issue 9).

The audit measured, before the checks: a schedule year 20230 made the public roadmap take 27 s
and 14 MB and its workbook 500 after 29 s; year 32767 took 108 s and 1.5 GB on PostgreSQL;
3,000 nested sections raised RecursionError on the plan page, the roadmap and the workbook.

This builds a throwaway SQLite database with 延岡市's plan, then stores what an import before
the checks could have stored (a schedule year 32767 and a chain of 3,000 nested sections), and
times the plan page, the roadmap page and roadmap.xlsx (status, size, best and median wall
time). Then it times ``parse`` refusing each hostile Plan JSON file (year 20230 and 10¹², 3,000
nested sections, Infinity, 1e30, NUL, …).

Run: .venv/bin/python bench/hostile.py [--repeat 5]
"""

from __future__ import annotations

import argparse
import json
import math
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))


def setup(var: Path) -> None:
    os.environ["SHINCHOKU_VAR"] = str(var)
    os.environ.pop("DATABASE_URL", None)
    os.environ["DJANGO_SETTINGS_MODULE"] = "shinchoku.settings.dev"
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def timed(label: str, fn, repeat: int) -> None:
    result = fn()
    wall = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        wall.append(time.perf_counter() - start)
    print(
        f"  {label:44} {result:>22}   best {min(wall) * 1000:7.0f} ms  median {statistics.median(wall) * 1000:7.0f} ms"
    )


def pages(repeat: int) -> None:
    from django.test import Client

    from shinchoku.importers import parse
    from shinchoku.plans.generate import break_stored_plan
    from shinchoku.plans.loader import load_plan

    plan = load_plan(parse(ROOT / "samples" / "plans" / "nobeoka.txt")).plan
    break_stored_plan(plan)
    client = Client(HTTP_HOST="127.0.0.1")
    print(f"延岡市 with a stored schedule year 32767 and 3,000 nested sections ({repeat} runs):")
    for label, url in (("plan page", f"/plans/{plan.pk}/"), ("roadmap page", f"/plans/{plan.pk}/roadmap/"),
                       ("roadmap.xlsx", f"/plans/{plan.pk}/roadmap.xlsx")):  # fmt: skip

        def get(url=url) -> str:
            response = client.get(url)
            return f"{response.status_code}, {len(response.content) // 1024:,} KB"

        timed(label, get, repeat)


def refusals(repeat: int) -> None:
    from shinchoku.importers import ParseError, parse

    base = parse(ROOT / "samples" / "plans" / "nobeoka.txt")
    scheduled = next(i for i in base["initiatives"] if i["schedule"])

    def variant(change) -> bytes:
        plan = json.loads(json.dumps(base))
        change(plan)
        return json.dumps(plan).encode()

    def nested(plan) -> None:
        plan["sections"] = [{"key": f"s{n}", "parent": f"s{n - 1}" if n else None, "level": "", "code": None,
                             "title": f"{n}"} for n in range(3000)]  # fmt: skip

    index = base["initiatives"].index(scheduled)
    cases = {
        "year 20230": lambda p: p["initiatives"][index]["schedule"][0].update(fy=20230),
        "year 10**12": lambda p: p["initiatives"][index]["schedule"][0].update(fy=10**12),
        "3,000 nested sections": nested,
        "Infinity urgency": lambda p: p["initiatives"][0].update(urgency=math.inf),
        "budget 1e30": lambda p: p["initiatives"][0].update(
            budget=[{"fy": 2023, "amount": 1e30, "unit": "千円"}]
        ),
        "NUL in the title": lambda p: p["plan"].update(title="計画\x00"),
    }
    print(f"parse refusing hostile Plan JSON ({repeat} runs):")
    for label, change in cases.items():
        data = variant(change)

        def refuse(data=data) -> str:
            try:
                parse(data, filename="plan.json")
            except ParseError:
                return "ParseError"
            return "ACCEPTED"

        timed(label, refuse, repeat)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as var:
        setup(Path(var))
        pages(args.repeat)
        refusals(args.repeat)


if __name__ == "__main__":
    main()
