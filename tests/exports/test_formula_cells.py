"""No text a plan or a department wrote becomes a formula in a workbook (issue 9).

延岡市's plan is imported with a title, initiative titles, a 担当課, an indicator name and report
narratives that a spreadsheet would evaluate; the public 全体工程表 and the plan office's
進捗管理表 are downloaded and opened with openpyxl: no cell is a formula, each text is as written.
"""

from __future__ import annotations

import csv
import io
from datetime import date, timedelta
from pathlib import Path

import openpyxl
import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from shinchoku.core.formulas import csv_text
from shinchoku.exports import opendata
from shinchoku.importers import parse
from shinchoku.plans.loader import load_plan
from shinchoku.progress import services

pytestmark = pytest.mark.django_db
SAMPLES = Path(__file__).resolve().parents[2] / "samples" / "plans"

HYPERLINK = '=HYPERLINK("http://x","click")'
HOSTILE = [HYPERLINK, "+1", "-2+3", "@SUM(A1)", "&A1"]


@pytest.fixture
def plan():
    data = parse(SAMPLES / "nobeoka.txt")
    data["plan"]["title"] = HYPERLINK
    for item, text in zip(data["initiatives"], HOSTILE, strict=False):
        item["title"] = text
        item["departments"] = [f"{text}課"] if not text.startswith("&") else [text]
    data["initiatives"][0]["indicators"][0]["name"] = "=1+1"
    return load_plan(data).plan


def cells(content: bytes) -> list[openpyxl.cell.Cell]:
    wb = openpyxl.load_workbook(io.BytesIO(content))
    return [cell for ws in wb.worksheets for row in ws.iter_rows() for cell in row if cell.value is not None]


def test_roadmap_workbook_keeps_hostile_titles_as_text(client, plan):
    response = client.get(reverse("exports-roadmap-xlsx", args=[plan.pk]))
    assert response.status_code == 200
    found = cells(response.content)
    assert [c.coordinate for c in found if c.data_type == "f"] == []
    texts = {c.value for c in found if c.data_type == "s"}
    assert set(HOSTILE) <= texts  # each title exactly as written (no quote added)
    assert {"+1課", "-2+3課", "@SUM(A1)課", "&A1"} <= {t for text in texts for t in text.split("\n")}
    assert f"延岡市　{HYPERLINK}　全体工程表" in texts


def test_progress_workbook_keeps_hostile_narratives_as_text(client, plan):
    round_ = services.open_round(plan, 2024, date.today() + timedelta(days=30))
    reports = list(round_.reports.order_by("initiative__position")[:5])
    for report, text in zip(reports, HOSTILE, strict=True):
        fields = {"status": "in_progress", "achievements": text, "results": text, "issues": "-課題",
                  "next_steps": "=A1*2"}  # fmt: skip
        services.save_report(report, version=report.version, fields=fields)
    office = get_user_model().objects.create_superuser("formula-admin", "a@example.org", None)
    client.force_login(office)
    response = client.get(reverse("exports-progress-xlsx", args=[round_.pk]))
    assert response.status_code == 200
    found = cells(response.content)
    assert [c.coordinate for c in found if c.data_type == "f"] == []
    texts = {c.value for c in found if c.data_type == "s"}
    assert set(HOSTILE) | {"-課題", "=A1*2"} <= texts


def test_open_data_csv_and_workbooks_share_one_rule():
    """The CSV keeps its leading quote for the same texts; a lone "-" (no value) stays a dash."""
    assert [csv_text(t) for t in HOSTILE] == [f"'{HYPERLINK}", "'+1", "'-2+3", "'@SUM(A1)", "&A1"]
    assert csv_text("-") == "-" and csv_text("\tx") == "'\tx" and csv_text("\rx") == "'\rx"
    dataset = opendata.DATASETS["initiatives"]
    row = {c.key: None for c in dataset.columns} | {"initiative_title": HYPERLINK}
    record = next(csv.DictReader(io.StringIO(opendata.write_csv(dataset, [row]).decode("utf-8-sig"))))
    assert record["取組名"] == f"'{HYPERLINK}"
