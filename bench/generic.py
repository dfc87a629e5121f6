"""Benchmark: the generic readers (plans in no known layout).

Prints the throughput of ``parse`` on one core for
- a 進捗状況一覧 CSV grown to about 1 MB (tests/importers/other/sakuradai_progress.csv repeated),
  in MB/s (the text target of issue 2 and 8: >= 2 MB/s);
- the numbered outline and the cards of tests/importers/other/, in MB/s;
- the same table as an Excel workbook of 2,000 rows with merged section cells, in rows/s;
and the wall time of one `shinchoku parse` process on the CSV against a bare interpreter.

Run: .venv/bin/python bench/generic.py [--seconds N]
"""

from __future__ import annotations

import argparse
import csv
import io
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import openpyxl

from shinchoku.importers import parse

ROOT = Path(__file__).resolve().parent.parent
OTHER = ROOT / "tests" / "importers" / "other"


#: The figures of a copy differ from the original's (150手続 -> 153手続), as a real plan's do: a
#: table of one row repeated would flatter any cache of read values.
_FIGURE = re.compile(r"(?<![\d.,])\d+(?![\d.,])")


def _big_csv(target_bytes: int = 1_000_000) -> bytes:
    rows = list(csv.reader(io.StringIO((OTHER / "sakuradai_progress.csv").read_text(encoding="utf-8"))))
    head, body = rows[:2], rows[2:-1]
    out = list(head)
    n = 0
    while sum(len(",".join(r).encode()) + 1 for r in out) < target_bytes:
        n += 1
        for row in body:
            code = row[1]
            figures = [
                cell if "年度" in cell else _FIGURE.sub(lambda m, n=n: f"{int(m.group()) + n}", cell)
                for cell in row[5:8]
            ]
            out.append(
                [
                    row[0],
                    f"{n}-{code}" if code else "",
                    f"{row[2]}（{n}）" if row[2] else "",
                    *row[3:5],
                    *figures,
                    *row[8:],
                ]
            )
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows(out)
    return buffer.getvalue().encode("utf-8")


def _workbook(rows: int = 1000) -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["基本目標", "番号", "取組名", "担当課", "指標", "基準値", "目標値", "実績値", "評価"])
    for i in range(rows):
        goal = f"{i // 50 + 1} 基本目標" if i % 50 == 0 else None
        sheet.append(
            [
                goal,
                f"{i + 1}",
                f"取組{i + 1}",
                "情報政策課",
                "手続数",
                f"{i}件",
                f"{i + 10}件",
                f"{i + 5}件",
                "B",
            ]
        )
        if i % 50 == 0:
            sheet.merge_cells(start_row=i + 2, start_column=1, end_row=i + 51, end_column=1)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def rate(data: bytes, filename: str, seconds: float) -> tuple[float, int]:
    """(seconds per parse, initiatives) over repeated parses for ``seconds``."""
    runs, started, found = 0, time.process_time(), 0
    while True:
        found = len(parse(data, filename=filename)["initiatives"])
        runs += 1
        if time.process_time() - started >= seconds:
            break
    return (time.process_time() - started) / runs, found


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=3.0)
    args = parser.parse_args()
    big = _big_csv()
    per, found = rate(big, "progress.csv", args.seconds)
    print(
        f"進捗状況一覧 CSV {len(big) / 1e6:.2f} MB, {found} initiatives: {len(big) / per / 1e6:.2f} MB/s (target >= 2)"
    )
    for name in ("minatogawa_outline.txt", "kawabe_cards.txt", "minato_kpi.txt"):
        data = (OTHER / name).read_bytes() * 1
        per, found = rate(data, name, args.seconds / 3)
        print(f"{name}: {len(data) / per / 1e6:.2f} MB/s ({per * 1000:.1f} ms, {found} initiatives)")
    book = _workbook()
    per, found = rate(book, "progress.xlsx", args.seconds)
    print(f"workbook 1,000 rows: {found / per:,.0f} rows/s ({per:.2f} s per parse)")
    with tempfile.NamedTemporaryFile(suffix=".csv", delete=False) as handle:
        handle.write(big)
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    exe = [sys.executable, "-m", "shinchoku.cli", "parse", "--compact", handle.name]
    subprocess.run(exe, stdout=subprocess.DEVNULL, env=env, check=True)
    t0 = time.perf_counter()
    subprocess.run(exe, stdout=subprocess.DEVNULL, env=env, check=True)
    elapsed = time.perf_counter() - t0
    os.unlink(handle.name)
    print(f"shinchoku parse of the {len(big) / 1e6:.2f} MB CSV: {elapsed:.2f} s wall")


if __name__ == "__main__":
    main()
