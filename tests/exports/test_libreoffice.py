"""LibreOffice (headless, the Debian package `make test` installs) converts each workbook to PDF.

A second spreadsheet implementation reading the files is the check that they are well formed
beyond what openpyxl itself reads back. Without ``soffice`` this test fails: it is part of the
suite, not optional.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from django.contrib.auth.models import AnonymousUser

from shinchoku.demo import build_demo_rounds
from shinchoku.exports import workbooks
from shinchoku.exports.committee import load_round_table
from shinchoku.importers import parse
from shinchoku.plans import queries
from shinchoku.plans.loader import load_plan

pytestmark = pytest.mark.django_db
SAMPLES = Path(__file__).resolve().parents[2] / "samples" / "plans"


def soffice() -> str:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if not found:
        pytest.fail(
            "LibreOffice is not installed: `soffice` was not found on PATH. "
            "Install the Debian package with `make test` (target `libreoffice`) or "
            "`apt-get install --no-install-recommends libreoffice-calc-nogui`."
        )
    return found


def convert_to_pdf(xlsx: bytes, name: str, tmp_path: Path) -> bytes:
    source = tmp_path / f"{name}.xlsx"
    source.write_bytes(xlsx)
    home = tmp_path / "home"  # a fresh LibreOffice profile: no lock or state shared with other runs
    home.mkdir(exist_ok=True)
    result = subprocess.run(
        [soffice(), "--headless", "--norestore", f"-env:UserInstallation=file://{home}",
         "--convert-to", "pdf", "--outdir", str(tmp_path), str(source)],
        env={**os.environ, "HOME": str(home)}, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, f"soffice failed ({result.returncode}): {result.stdout}\n{result.stderr}"
    pdf = tmp_path / f"{name}.pdf"
    assert pdf.exists(), f"soffice wrote no PDF: {result.stdout}\n{result.stderr}"
    return pdf.read_bytes()


def test_progress_workbook_of_shibata_r5_converts_to_pdf(tmp_path):
    plan = load_plan(parse(SAMPLES / "shibata.txt")).plan
    list(build_demo_rounds())
    table = load_round_table(plan.rounds.get(fy=2023), AnonymousUser())
    pdf = convert_to_pdf(workbooks.progress_workbook_bytes(table), "shibata_r5", tmp_path)
    assert pdf.startswith(b"%PDF") and len(pdf) > 10_000


def test_roadmap_workbook_of_nobeoka_converts_to_pdf(tmp_path):
    plan = load_plan(parse(SAMPLES / "nobeoka.txt")).plan
    initiatives = list(queries.active_initiatives(plan).prefetch_related("schedule"))
    content = workbooks.roadmap_workbook_bytes(plan, initiatives, list(plan.sections.all()))
    pdf = convert_to_pdf(content, "nobeoka_roadmap", tmp_path)
    assert pdf.startswith(b"%PDF") and len(pdf) > 10_000


def test_the_printed_progress_sheet_keeps_8_pt_on_a3(tmp_path):
    """Issue 10: the wide 進捗管理表 used to be shrunk to one A3 page wide (about 4 pt); it now prints
    at 8 pt or more, continued across pages with 番号 and 取組 repeated on each."""
    import io

    import pdfplumber

    plan = load_plan(parse(SAMPLES / "shibata.txt")).plan
    list(build_demo_rounds())
    table = load_round_table(plan.rounds.get(fy=2023), AnonymousUser())
    pdf = convert_to_pdf(workbooks.progress_workbook_bytes(table), "shibata_progress", tmp_path)
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        first = document.pages[0]
        assert round(first.width) == 1191 and round(first.height) == 842  # A3 landscape, in points
        sizes = [char["size"] for page in document.pages[:6] for char in page.chars if char["text"].strip()]
        assert min(sizes) >= 7.9, min(sizes)
        second = document.pages[1].extract_text()
        assert "具体的な取組" in second  # the key columns are printed again on the continued page
