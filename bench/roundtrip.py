"""Benchmark: the Excel round trip of a round (issue 10) on big plans.

Uses the database of bench/exports.py (延岡市's plan, 81 initiatives, and a generated plan of
--size initiatives, each with an open 令和5年度 round full of actuals and texts) and times, for the
plan office's whole-round file (a sheet per department):

- input.xlsx: loading the round and writing the workbook to fill;
- preview, unchanged file: reading the upload and matching every row to its report;
- preview, every actual and 課題 changed (filled in with openpyxl, not timed);
- confirm: saving every changed report through progress.services (once: it changes the data).

Run: .venv/bin/python bench/roundtrip.py [--repeat 3] [--size 600]
"""

from __future__ import annotations

import argparse
import io
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import exports as base  # noqa: E402  (bench/exports.py: database setup and timing helpers)


def measure(plans: list, repeat: int) -> None:
    import openpyxl
    from django.contrib.auth import get_user_model

    from shinchoku.exports import input_import, input_sheet
    from shinchoku.exports.committee import load_round_table
    from shinchoku.exports.workbooks import workbook_bytes
    from shinchoku.importers.text import wareki

    admin = get_user_model().objects.create_superuser("bench-roundtrip", "bench@example.jp", None)
    for plan in plans:
        round_ = plan.rounds.get(fy=2023)
        print(f"{plan.municipality.name} {plan.title}: {plan.initiatives.count()} initiatives")

        def download(round_=round_) -> bytes:
            table = load_round_table(round_, admin)
            sheets: dict[str, list] = {}
            for row in table.rows:
                sheets.setdefault((row.departments or ["（担当課なし）"])[0], []).append(row)
            return workbook_bytes(input_sheet.input_workbook(table, list(sheets.items()), who="bench"))

        data = download()
        base.report(f"input.xlsx ({len(data) // 1024} KB)", download, repeat)
        base.report(
            "preview, unchanged file", lambda r=round_, d=data: input_import.preview(r, admin, d), repeat
        )
        wb = openpyxl.load_workbook(io.BytesIO(data))
        for ws in wb.worksheets[:-1]:
            column = {cell.value: cell.column for cell in ws[input_sheet.HEADER_ROW]}
            actual, issues = column[f"実績値（{wareki(round_.fy)}）"], column["課題"]
            for r in range(input_sheet.FIRST_ROW, ws.max_row + 1):
                if not ws.cell(r, actual).protection.locked:
                    ws.cell(r, actual).value = f"１，{r:03d}"
                if not ws.cell(r, issues).protection.locked:
                    ws.cell(r, issues).value = f"課題 {r}"
        buffer = io.BytesIO()
        wb.save(buffer)
        filled = buffer.getvalue()
        result = input_import.preview(round_, admin, filled)
        assert not result.errors, result.errors[:3]
        base.report(
            f"preview, {len(result.changed)} reports changed",
            lambda r=round_, d=filled: input_import.preview(r, admin, d),
            repeat,
        )
        t0 = time.perf_counter()
        outcome = input_import.apply(round_, admin, result.stored(), submit=False, overwrite=set())
        print(
            f"  confirm: {len(outcome.saved)} reports saved in {(time.perf_counter() - t0) * 1000:.0f} ms (once)"
        )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--size", type=int, default=600, help="initiatives in the generated plan")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="shinchoku-bench-") as var:
        base.setup(Path(var))
        plans = base.build(args.size)
        measure(plans, args.repeat)


if __name__ == "__main__":
    main()
