"""Benchmark: time to produce the round's 進捗管理表 workbook (and the other downloads) for big plans.

Builds a throwaway SQLite database (in a temporary directory) with the largest sample plan
(延岡市, 81 initiatives) and a generated plan of 600 initiatives (延岡市's plan multiplied), each
with a closed 令和4年度 round and a 令和5年度 round whose reports carry actuals and narrative
texts. Then it times, best and median of --repeat runs:

- progress.xlsx: loading the round (``committee.load_round_table``) and writing the workbook,
  for the open round (evaluated live) and after closing it (the frozen evaluation);
- roadmap.xlsx: the 全体工程表 workbook of the plan;
- committee: the HTML committee report, through Django's test client;
- CSV: every open-data dataset of the plan (``exports.opendata``), when that module exists.

Target (issue: reports): the 進捗管理表 of the 600-initiative plan in under 2 s.

Run: .venv/bin/python bench/exports.py [--repeat 5] [--size 600]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
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


def build(size: int) -> list:
    """The largest sample plan and a generated plan of ``size`` initiatives, with their rounds."""
    from shinchoku.importers import parse
    from shinchoku.plans.generate import multiply
    from shinchoku.plans.loader import load_plan

    seed = parse(ROOT / "samples" / "plans" / "nobeoka.txt")
    big = multiply(seed, -(-size // len(seed["initiatives"])), title_suffix="（生成）")
    big["initiatives"] = big["initiatives"][:size]
    plans = [load_plan(seed).plan, load_plan(big).plan]
    for plan in plans:
        prepare_rounds(plan)
    return plans


def prepare_rounds(plan) -> None:
    """A closed, published 令和4年度 round and an open 令和5年度 round full of actuals and text."""
    from shinchoku.plans.models import Indicator
    from shinchoku.progress import services
    from shinchoku.progress.models import RecordedActual, Report, Status

    indicators: dict[int, list[int]] = {}
    for pk, initiative_id in Indicator.objects.filter(initiative__plan=plan).values_list(
        "pk", "initiative_id"
    ):
        indicators.setdefault(initiative_id, []).append(pk)
    for fy in (2022, 2023):
        round_ = services.open_round(plan, fy, date(fy + 1, 5, 31))
        reports = list(round_.reports.select_related("initiative"))
        for n, report in enumerate(reports):
            report.status = Status.IN_PROGRESS if n % 5 else Status.DONE
            report.self_grade = "ABC"[n % 3]
            report.state = Report.State.APPROVED
            report.achievements = (report.initiative.summary or report.initiative.title) * 2
            report.results = "利用件数が前年度から増加した。" * 3
            report.issues = "周知が不足しており、高齢者の利用が伸びていない。" * 2
            report.next_steps = "関係課と連携し、窓口での案内と広報を強化する。"
        Report.objects.bulk_update(reports, ["status", "self_grade", "state", "achievements", "results",
                                             "issues", "next_steps"])  # fmt: skip
        RecordedActual.objects.bulk_create(
            RecordedActual(report=r, indicator_id=pk, value=float(10 + (r.pk + pk) % 40), text="")
            for r in reports
            for pk in indicators.get(r.initiative_id, [])
        )
        if fy == 2022:
            services.close_round(round_)
            services.publish_round(round_)


def timed(fn: Callable[[], object], repeat: int) -> tuple[list[float], list[float]]:
    """Wall-clock and CPU seconds of each run (after one warm-up run)."""
    fn()
    wall, cpu = [], []
    for _ in range(repeat):
        w0, c0 = time.perf_counter(), time.process_time()
        fn()
        wall.append(time.perf_counter() - w0)
        cpu.append(time.process_time() - c0)
    return wall, cpu


def report(label: str, fn: Callable[[], object], repeat: int, target: float | None = None) -> float:
    """Print best and median wall time, and the median CPU time (what an idle machine would take)."""
    wall, cpu = timed(fn, repeat)
    median = statistics.median(wall)
    note = f"   target < {target:.0f} s: {'ok' if median < target else 'MISSED'}" if target else ""
    print(
        f"  {label:36} wall best {min(wall) * 1000:6.0f} ms  median {median * 1000:6.0f} ms"
        f"   cpu median {statistics.median(cpu) * 1000:6.0f} ms{note}"
    )
    return median


def measure(plans: list, repeat: int) -> None:
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import AnonymousUser
    from django.test import Client
    from django.urls import reverse

    from shinchoku.exports import workbooks
    from shinchoku.exports.committee import load_round_table
    from shinchoku.plans import queries
    from shinchoku.progress import services

    try:
        from shinchoku.exports import opendata
    except ImportError:  # the open-data module is written separately
        opendata = None

    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(
        f"(load average {load:.1f} on {os.cpu_count()} CPUs: wall time counts other processes, CPU time does not)"
    )
    admin = get_user_model().objects.create_superuser("bench", "bench@example.jp", None)
    client = Client(HTTP_HOST="127.0.0.1")
    client.force_login(admin)
    for plan in plans:
        round_ = plan.rounds.get(fy=2023)
        n_indicators = sum(1 for i in plan.initiatives.all() for _ in i.indicators.all())
        print(f"{plan.municipality.name} {plan.title}: {plan.initiatives.count()} initiatives, "
              f"{n_indicators} indicators")  # fmt: skip

        def progress(round_=round_) -> bytes:
            return workbooks.progress_workbook_bytes(load_round_table(round_, admin))

        size = len(progress())
        report(
            f"progress.xlsx, open round ({size // 1024} KB)",
            progress,
            repeat,
            2 if plan.initiatives.count() >= 600 else None,
        )

        def roadmap(plan=plan) -> bytes:
            initiatives = list(queries.active_initiatives(plan).prefetch_related("schedule"))
            return workbooks.roadmap_workbook_bytes(plan, initiatives, list(plan.sections.all()))

        report("roadmap.xlsx", roadmap, repeat)
        url = reverse("exports-committee", args=[round_.pk])
        report("committee report (HTML)", lambda url=url: client.get(url).content, repeat)

        services.close_round(round_)
        services.publish_round(round_)

        def closed(round_=round_) -> bytes:
            return workbooks.progress_workbook_bytes(load_round_table(round_, AnonymousUser()))

        report("progress.xlsx, closed round", closed, repeat, 2 if plan.initiatives.count() >= 600 else None)
        if opendata is None:
            print("  CSV: shinchoku.exports.opendata not present")
            continue

        def csvs(plan=plan) -> int:
            source = opendata.Source(plan.municipality, plan)
            return sum(len(opendata.write_csv(d, d.rows(source))) for d in opendata.DATASETS.values())

        report(f"CSV, all {len(opendata.DATASETS)} datasets", csvs, repeat)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--size", type=int, default=600, help="initiatives in the generated plan")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="shinchoku-bench-") as var:
        setup(Path(var))
        t0 = time.perf_counter()
        plans = build(args.size)
        print(f"(database built in {time.perf_counter() - t0:.1f} s)", file=sys.stderr)
        measure(plans, args.repeat)


if __name__ == "__main__":
    main()
