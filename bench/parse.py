"""Benchmark: importer throughput and the cost of one `shinchoku parse` process.

Prints
- throughput in MB/s of parsing the five sample plans in-process, repeatedly, on one core;
- the median wall time of `shinchoku parse SEED` against a bare `python -c pass`, and the ratio;
- PDF (issue 8): for each sample printed to PDF by Chromium (as tests/importers/samplepdf.py
  prints it: A4, merged section columns, running header, page numbers) and for a 40-page plan
  (延岡市's pages and as many of 日田市's as make 40, joined by pdfunite), the CPU time of parsing
  it (reading the pages, detecting the layout, reading the plan), pages per second and the peak
  memory (maxrss) of a process that parses the PDF and nothing else;
- the CPU time of parsing a 5,000-row 取組一覧 workbook, and of a 方眼紙 workbook of 200 取組 cards (3,200 merged ranges).

Targets (issue 2): >= 2 MB/s, and a parse process within 3x a bare interpreter start;
(issue 8): a 40-page plan PDF in < 10 s and < 300 MB on one core.
Run: .venv/bin/python bench/parse.py [--seconds N] [--runs N] [--no-pdf]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from shinchoku.importers import parse

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "samples" / "plans").glob("*.txt"))

#: Run in a fresh process per PDF, so that its peak memory is the PDF's alone.
PDF_CHILD = """
import json, resource, sys, time
from shinchoku.importers import load_source
t0 = time.process_time()
source = load_source(sys.argv[1])
cpu = time.process_time() - t0
mode = sys.argv[2]
if mode == "parse":
    from shinchoku.importers import parse
    t1 = time.process_time()
    parse(sys.argv[1])
    cpu = time.process_time() - t1
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB -> MB on Linux
print(json.dumps({"pages": len(source.document.pages), "cpu": cpu, "rss": rss}))
"""


def throughput(seconds: float) -> tuple[float, float, dict[str, float]]:
    """MB/s of wall time and of CPU time (the CPU figure holds on a machine shared with others)."""
    blobs = [(p.name, p.read_bytes()) for p in SEEDS]
    per_file: dict[str, list[float]] = {name: [] for name, _ in blobs}
    total_bytes = 0
    started = time.perf_counter()
    cpu = time.process_time()
    while time.perf_counter() - started < seconds:
        for name, data in blobs:
            t0 = time.perf_counter()
            parse(data, filename=name)
            per_file[name].append(time.perf_counter() - t0)
            total_bytes += len(data)
    cpu = time.process_time() - cpu
    elapsed = sum(sum(v) for v in per_file.values())
    medians = {k: statistics.median(v) * 1000 for k, v in per_file.items()}
    return total_bytes / elapsed / 1e6, total_bytes / cpu / 1e6, medians


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
    ap.add_argument("--no-pdf", action="store_true", help="skip the PDF figures (they need Chromium)")
    args = ap.parse_args()

    mbps, cpu_mbps, per_file = throughput(args.seconds)
    size = sum(p.stat().st_size for p in SEEDS) / 1e3
    print(f"throughput: {mbps:.2f} MB/s wall, {cpu_mbps:.2f} MB/s CPU (five seeds, {size:.0f} kB, one core)")
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
    workbook_figure()
    grid_paper_figure()
    if not args.no_pdf:
        pdf_figures()


def workbook_figure(rows: int = 5_000) -> None:
    """CPU time of parsing a 取組一覧 workbook of ``rows`` rows (a 進捗状況一覧 as a large city keeps it): the workbook
    reader reads up to the last written cell (it made a cell for 201 columns of every row: 5.65 s for 5,000 rows)."""
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["桜台市DX推進計画 取組一覧"])
    sheet.append(["番号", "取組名", "担当課", "指標", "現状値(R6)", "目標値(R10)", "R7実績"])
    for n in range(1, rows + 1):
        department = ("情報政策課", "市民課", "総務課")[n % 3]
        sheet.append([str(n), f"取組{n}の推進", department, f"指標{n}の件数", f"{n}件", f"{n * 2}件", f"{n + 1}件"])
    print(f"workbook: {rows:,}-row 取組一覧 {_timed_parse(book, '取組一覧.xlsx')}")


def grid_paper_figure(cards: int = 200) -> None:
    """CPU time of parsing a plan typed into Excel 方眼紙 (narrow columns, each label and value a bordered merged range,
    one card a 取組): openpyxl drew every range's borders on its covered cells as it loaded (2.3 s a 1,000 ranges), and
    the workbook was opened twice a parse; now once, without the borders (readers.xlsx)."""
    import openpyxl
    from openpyxl.styles import Border, Side

    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    thin = Side(style="thin")
    ruled = Border(top=thin, left=thin, right=thin, bottom=thin)
    sheet.cell(1, 1, "桜台市DX推進計画 取組シート")
    row = 3
    for n in range(1, cards + 1):
        fields = (("取組番号", f"1-{n}"), ("取組名", f"取組{n}の推進"), ("担当課", ("情報政策課", "市民課")[n % 2]),
                  ("内容", f"取組{n}の内容を記載する。"), ("指標", f"指標{n}の件数 {n}件→{n * 2}件"),
                  ("工程", "令和7年度 検討 令和8年度 実施"), ("備考", ""), ("状況", "実施中"))  # fmt: skip
        for label, value in fields:
            for first, last, text in ((1, 4, label), (5, 30, value)):
                sheet.cell(row, first, text).border = ruled
                sheet.merge_cells(start_row=row, start_column=first, end_row=row, end_column=last)
            row += 1
        row += 1
    print(f"workbook: 方眼紙 of {cards} 取組 cards, {cards * 16:,} merged ranges {_timed_parse(book, '取組シート.xlsx')}")


def _timed_parse(book: Any, filename: str) -> str:
    """「(.xlsx, 812 kB): 2.42 s CPU, 5,000 取組」: the saved workbook's size, the CPU time of parsing it, what it read."""
    import io

    out = io.BytesIO()
    book.save(out)
    started = time.process_time()
    plan = parse(out.getvalue(), filename=filename)
    cpu = time.process_time() - started
    return f"(.xlsx, {len(out.getvalue()) / 1e3:.0f} kB): {cpu:.2f} s CPU, {len(plan['initiatives']):,} 取組"


def sample_pdfs() -> list[Path]:
    """The five samples printed to PDF (cached), and the 40-page plan joined from two of them."""
    sys.path.insert(0, str(ROOT))
    from tests.importers.samplepdf import CACHE, Print, sample_pdf

    titles = {
        "nobeoka": "延岡市情報政策推進計画",
        "onojo": "大野城市DX推進計画",
        "hita": "日田市DX推進計画",
        "izunokuni": "伊豆の国市DX推進計画",
        "shibata": "新発田市情報化推進計画",
    }
    pdfs = [
        sample_pdf(seed, Print(running_header=titles[seed.stem], page_numbers=True, merge_columns=2))
        for seed in SEEDS
    ]
    forty = CACHE / "forty-pages.pdf"
    if not forty.exists():
        nobeoka = next(p for p in pdfs if p.name.startswith("nobeoka"))
        hita = next(p for p in pdfs if p.name.startswith("hita"))
        info = subprocess.run(["pdfinfo", str(nobeoka)], capture_output=True, text=True, check=True).stdout
        more = 40 - int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))
        with tempfile.TemporaryDirectory() as tmp:
            subprocess.run(["pdfseparate", "-l", str(more), str(hita), f"{tmp}/hita-%d.pdf"], check=True)
            parts = [f"{tmp}/hita-{n}.pdf" for n in range(1, more + 1)]
            subprocess.run(["pdfunite", str(nobeoka), *parts, str(forty)], check=True)
    return [*pdfs, forty]


def pdf_figures() -> None:
    for pdf in sample_pdfs():
        mode = "parse"
        out = subprocess.run(
            [sys.executable, "-c", PDF_CHILD, str(pdf), mode],
            capture_output=True,
            text=True,
            env=ENV,
            check=True,
        ).stdout
        figures = json.loads(out)
        pages, cpu, rss = figures["pages"], figures["cpu"], figures["rss"]
        what = "read + render" if mode == "read" else "parse"
        print(
            f"pdf: {pdf.name.split('-')[0]:10} {pages:3d} pages  {what:13} {cpu:6.2f} s CPU  "
            f"{pages / cpu:5.1f} pages/s  peak {rss:5.0f} MB"
        )
    print("pdf target: 40 pages < 10 s and < 300 MB on one core")


if __name__ == "__main__":
    main()
