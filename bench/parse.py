"""Benchmark: importer throughput and the cost of one `shinchoku parse` process.

Prints
- throughput in MB/s of parsing the five sample plans in-process, repeatedly, on one core;
- the median wall time of `shinchoku parse SEED` against a bare `python -c pass`, and the ratio.

Targets (issue 2): >= 2 MB/s, and a parse process within 3x a bare interpreter start.
Run: .venv/bin/python bench/parse.py [--seconds N] [--runs N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from shinchoku.importers import parse

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "samples" / "plans").glob("*.txt"))


def throughput(seconds: float) -> tuple[float, dict[str, float]]:
    blobs = [(p.name, p.read_bytes()) for p in SEEDS]
    per_file: dict[str, list[float]] = {name: [] for name, _ in blobs}
    total_bytes = 0
    started = time.perf_counter()
    while time.perf_counter() - started < seconds:
        for name, data in blobs:
            t0 = time.perf_counter()
            parse(data, filename=name)
            per_file[name].append(time.perf_counter() - t0)
            total_bytes += len(data)
    elapsed = sum(sum(v) for v in per_file.values())
    return total_bytes / elapsed / 1e6, {k: statistics.median(v) * 1000 for k, v in per_file.items()}


# A normal installation caches compiled bytecode; some shells set PYTHONDONTWRITEBYTECODE, which
# would make every process recompile the whole package and measure the compiler, not shinchoku.
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def wall(cmd: list[str], runs: int) -> float:
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True, env=ENV)  # warm-up
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True, env=ENV)
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seconds", type=float, default=5.0, help="how long to loop over the seeds")
    ap.add_argument("--runs", type=int, default=15, help="process starts to time")
    args = ap.parse_args()

    mbps, per_file = throughput(args.seconds)
    print(f"throughput: {mbps:.2f} MB/s (five seeds, {sum(p.stat().st_size for p in SEEDS) / 1e3:.0f} kB, one core)")
    for name, ms in per_file.items():
        print(f"  {name:16} {ms:7.2f} ms per parse")

    script = Path(sys.executable).parent / "shinchoku"
    command = [str(script)] if script.exists() else [sys.executable, "-m", "shinchoku.cli"]
    bare = wall([sys.executable, "-c", "pass"], args.runs)
    worst = 0.0
    for seed in SEEDS:
        t = wall([*command, "parse", str(seed)], args.runs)
        worst = max(worst, t)
        print(f"process: shinchoku parse {seed.name:16} {t * 1000:6.1f} ms")
    print(f"process: bare python -c pass          {bare * 1000:6.1f} ms")
    print(f"ratio (slowest parse / bare python): {worst / bare:.2f}x (target <= 3x)")


if __name__ == "__main__":
    main()
