"""Benchmark: loading plans through the real loader, as a national load and as one import (issue 11).

Issue 11 measured 22 initiatives/s on PostgreSQL (a bulk insert of the same rows: 245/s), a
national load of 65–75 minutes and 5.3 s for ``shinchoku import`` of one plan against 0.15 s to
parse it. Aim: ≥ 500 initiatives/s on PostgreSQL, one import close to parse time.

Phases, each on a throwaway database (a SQLite file in a temporary directory, or with DATABASE_URL
set PostgreSQL databases ``<name>_load_plans`` and ``<name>_load_plans_one`` on that server,
dropped and created again at each run):

1. ``--plans`` N new plans: the five samples in turn, each under its own municipality name
   (「延岡市3」…), through ``load_plan`` with a user, so history, search index and label
   suggestions are written as in production;
2. every one of them imported again unchanged (must write nothing);
3. every one of them again with its first initiative's summary reworded and one KPI target changed;
4. ``shinchoku import samples/plans/nobeoka.txt`` in a child process on a fresh database, timed
   stage by stage (Django start-up and migrations check, parse, load, search index, labels) by
   wrapping the receivers, and the whole command's wall time (the median of three runs, each a
   new plan under another municipality's name). The command runs as installed: Python writes
   and keeps the compiled modules (``__pycache__``), so PYTHONDONTWRITEBYTECODE, set in some
   sandboxes, is taken out of its environment — with it every start compiles shinchoku's ~110
   modules again (~0.1 s), a cost no installation pays.

Figures: initiatives/s on the wall clock and on this process's CPU time (the machine may be
shared) with, on PostgreSQL, the CPU time of the server's backend process (read from /proc: the
database's own work), SQL statements per initiative (an executemany counts once), and the time
spent inside the database driver (the database's work, the round trips and any wait for a CPU).
The bulk phases run with DEBUG off, as production does; the command runs as installed (dev settings).

To measure an older loader: PYTHONPATH=/path/to/old/src .venv/bin/python bench/load_plans.py

Run: .venv/bin/python bench/load_plans.py [--plans 50] [--factor 1] [--bulk-only]
     DATABASE_URL=postgres://postgres@127.0.0.1:5432/x .venv/bin/python bench/load_plans.py
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from installation import database_cpu

ROOT = Path(__file__).resolve().parent.parent
#: The source measured: this tree's, or the one PYTHONPATH names first (to measure an older loader).
SRC = os.environ.get("PYTHONPATH", "").split(os.pathsep)[0] or str(ROOT / "src")
sys.path.insert(0, SRC)
SAMPLES = ("nobeoka", "onojo", "shibata", "hita", "izunokuni")
#: The server named at the start (each phase's database is derived from it, never from another's).
DATABASE_URL = os.environ.get("DATABASE_URL")


def _database(tmp: Path, suffix: str = "_load_plans") -> dict[str, str]:
    """Environment of a fresh database: SQLite under ``tmp`` or a recreated PostgreSQL database."""
    env = {"SHINCHOKU_VAR": str(tmp), "DJANGO_SETTINGS_MODULE": "shinchoku.settings.dev"}
    url = DATABASE_URL
    if not url:
        return env
    import psycopg

    parts = urlsplit(url)
    name = parts.path.strip("/") + suffix
    with psycopg.connect(urlunsplit(parts._replace(path="/postgres")), autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}"')
        connection.execute(f'CREATE DATABASE "{name}"')
    env["DATABASE_URL"] = urlunsplit(parts._replace(path=f"/{name}"))
    return env


class Statements:
    """Counts the SQL statements sent (an executemany counts once) and their time in the driver."""

    def __init__(self) -> None:
        self.count = 0
        self.seconds = 0.0

    def __call__(self, execute, sql, params, many, context):
        started = time.perf_counter()
        try:
            return execute(sql, params, many, context)
        finally:
            self.seconds += time.perf_counter() - started
            self.count += 1


def _plans(n: int, factor: int = 1) -> list[dict]:
    """``n`` plans: the samples in turn, each ``multiply``-ed ``factor`` times, under their own names."""
    from shinchoku.importers import parse
    from shinchoku.plans.generate import multiply

    parsed = [parse(str(ROOT / "samples" / "plans" / f"{name}.txt")) for name in SAMPLES]
    plans = []
    for k in range(n):
        plan = multiply(parsed[k % len(parsed)], factor)
        plan["municipality"]["name"] += str(k)
        plan["municipality"]["code"] = None
        plans.append(plan)
    return plans


def _phase(label: str, plans: list[dict], user, statements: Statements) -> None:
    from shinchoku.plans.loader import load_plan

    count0, seconds0 = statements.count, statements.seconds
    server = database_cpu()
    wall, cpu = time.perf_counter(), time.process_time()
    initiatives = 0
    for plan in plans:
        load_plan(plan, user=user)
        initiatives += len(plan["initiatives"])
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    count, seconds = statements.count - count0, statements.seconds - seconds0
    after = database_cpu()
    database = f", PostgreSQL CPU {after - server:.2f} s" if server is not None and after is not None else ""
    print(
        f"{label:<34} {initiatives:6d} initiatives  {wall:7.2f} s  {initiatives / wall:5.0f}/s wall"
        f"  {initiatives / cpu:5.0f}/s CPU ({cpu:.2f} s{database})"
        f"  {count / initiatives:5.2f} statements/initiative  (in the driver {seconds:.2f} s)",
        flush=True,
    )


def bulk(n: int, factor: int) -> None:
    import django

    django.setup()
    from django.conf import settings
    from django.contrib.auth import get_user_model
    from django.core.management import call_command
    from django.db import connection, connections

    settings.DEBUG = False  # as production loads: no SQL kept in memory for the debug page

    from shinchoku.plans.models import Initiative

    call_command("migrate", verbosity=0)
    user = get_user_model().objects.create_user("bench-loader", password="bench-only-password")
    plans = _plans(n, factor)
    statements = Statements()
    print(f"database: {connection.vendor}; {n} plans, each sample ×{factor}", flush=True)
    with connection.execute_wrapper(statements):
        _phase("new plans", plans, user, statements)
        _phase("the same plans again (unchanged)", plans, user, statements)
        for plan in plans:
            first = plan["initiatives"][0]
            first["summary"] = (first.get("summary") or "") + "（改訂）"
            for item in plan["initiatives"]:
                for indicator in item.get("indicators") or []:
                    for target in indicator.get("targets") or []:
                        if target.get("value") is not None:
                            target["value"] = target["value"] + 1
                            break
                    else:
                        continue
                    break
                else:
                    continue
                break
        _phase("revised (2 edits per plan)", plans, user, statements)
    history = Initiative.history.filter(history_user=user).count()
    print(f"initiative history rows naming the user: {history}", flush=True)
    connections.close_all()


def one_import() -> None:
    """The stages of ``shinchoku import samples/plans/nobeoka.txt``, in this (fresh) process."""
    started = time.perf_counter(), time.process_time()
    from shinchoku.importers import parse

    path = str(ROOT / "samples" / "plans" / "nobeoka.txt")
    stages: list[tuple[str, float, float]] = []

    def stage(label: str, since: tuple[float, float]) -> tuple[float, float]:
        now = time.perf_counter(), time.process_time()
        stages.append((label, now[0] - since[0], now[1] - since[1]))
        return now

    mark = time.perf_counter(), time.process_time()
    plan = parse(path)
    mark = stage("parse", mark)
    from shinchoku import cli

    cli._setup_django()
    mark = stage("Django start-up + migrations check", mark)
    from django.contrib.auth import get_user_model
    from django.db import connection

    import shinchoku.national.signals as national_signals
    import shinchoku.search.signals as search_signals
    from shinchoku.plans.loader import load_plan

    user = get_user_model().objects.create_user("bench-one", password="bench-only-password")
    timings = {"search index": [0.0, 0.0], "label suggestions": [0.0, 0.0]}

    def timed(label, func):
        def wrapper(*args, **kwargs):
            wall, cpu = time.perf_counter(), time.process_time()
            try:
                return func(*args, **kwargs)
            finally:
                timings[label][0] += time.perf_counter() - wall
                timings[label][1] += time.process_time() - cpu

        return wrapper

    search_signals.index_plan = timed("search index", search_signals.index_plan)
    national_signals.suggest_for_plan = timed("label suggestions", national_signals.suggest_for_plan)
    statements = Statements()
    mark = time.perf_counter(), time.process_time()
    with connection.execute_wrapper(statements):
        load_plan(plan, user=user)
    now = time.perf_counter(), time.process_time()
    signal_wall = sum(t[0] for t in timings.values())
    signal_cpu = sum(t[1] for t in timings.values())
    stages.append(("load (rows + history, commit)", now[0] - mark[0] - signal_wall, now[1] - mark[1] - signal_cpu))
    stages += [(label, wall, cpu) for label, (wall, cpu) in timings.items()]
    stages.append(("total in process", now[0] - started[0], now[1] - started[1]))
    print(json.dumps({"stages": stages, "statements": statements.count, "initiatives": len(plan["initiatives"])}))


def _children_cpu() -> float:
    """CPU seconds (user + system) of the child processes waited for so far."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def one(env: dict[str, str]) -> None:
    python = sys.executable
    child = dict(os.environ, **env, PYTHONPATH=SRC)
    child.pop("PYTHONDONTWRITEBYTECODE", None)
    # Migrate first, so the command's figure is that of an installation, not of its first run.
    subprocess.run([python, str(ROOT / "manage.py"), "migrate", "-v0"], env=child, check=True, cwd=ROOT)
    walls, cpus = [], []
    for name in ("延岡市", "延岡市（2）", "延岡市（3）"):  # each run a new plan, as a first import is
        wall, cpu = time.perf_counter(), _children_cpu()
        subprocess.run(
            [python, "-m", "shinchoku.cli", "import", str(ROOT / "samples" / "plans" / "nobeoka.txt"),
             "--municipality", name],
            env=child, check=True, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        walls.append(time.perf_counter() - wall)
        cpus.append(_children_cpu() - cpu)
    wall, cpu = statistics.median(walls), statistics.median(cpus)
    # The stages, on another fresh municipality of the same database (the command loaded 延岡市).
    out = subprocess.run(
        [python, __file__, "--one-stages"], env=child, check=True, cwd=ROOT, capture_output=True, text=True
    ).stdout
    found = json.loads(out.strip().splitlines()[-1])
    print(f"shinchoku import samples/plans/nobeoka.txt: {wall:.2f} s wall, CPU {cpu:.2f} s "
          "(whole command, a new process; median of 3)")  # fmt: skip
    print(f"  its stages, measured in a second process ({found['initiatives']} initiatives, "
          f"{found['statements']} statements):")  # fmt: skip
    for label, seconds, cpu in found["stages"]:
        print(f"    {label:<38} {seconds:6.3f} s  (CPU {cpu:.3f} s)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--plans", type=int, default=50, help="new plans loaded (the samples in turn)")
    parser.add_argument("--factor", type=int, default=1, help="initiatives of each sample repeated (larger plans)")
    parser.add_argument("--one-stages", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--bulk-only", action="store_true", help="skip the one-import phase")
    args = parser.parse_args()
    if args.one_stages:
        # A second municipality, so the stages are those of a new plan like the command's.
        from shinchoku import importers

        original = importers.parse

        def renamed(*a, **k):
            plan = original(*a, **k)
            plan["municipality"]["name"] += "（計測）"
            plan["municipality"]["code"] = None
            return plan

        importers.parse = renamed
        one_import()
        return
    with tempfile.TemporaryDirectory() as tmp:
        os.environ.update(_database(Path(tmp)))
        bulk(args.plans, args.factor)
    if not args.bulk_only:
        with tempfile.TemporaryDirectory() as tmp:
            one(_database(Path(tmp), "_load_plans_one"))


if __name__ == "__main__":
    main()
