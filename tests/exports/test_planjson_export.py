"""Plan JSON export parses back to the same plan, for all five samples and the template example."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from shinchoku.exports.planjson import export_plan
from shinchoku.importers import parse
from shinchoku.plans.loader import load_plan

pytestmark = pytest.mark.django_db
ROOT = Path(__file__).resolve().parents[2]
FILES = sorted((ROOT / "samples" / "plans").glob("*.txt")) + [ROOT / "samples" / "templates" / "example.csv"]


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_export_parses_back_to_the_imported_plan(path):
    original = parse(path)
    plan = load_plan(original).plan
    exported = export_plan(plan)
    text = json.dumps(exported, ensure_ascii=False)
    again = parse(text.encode("utf-8"), filename="export.json")
    # the file read is named beside the document the plan was read from (``planjson_reader``), which stays
    read = again["plan"]["source"].pop("file")
    assert (read["filename"], read["layout"]) == ("export.json", "planjson")
    assert again == original
    # and loading the export into the same database changes nothing
    assert not load_plan(again).has_changes


def test_export_leaves_out_retired_initiatives_and_takes_fixed_queries():
    original = parse(ROOT / "samples" / "plans" / "shibata.txt")
    plan = load_plan(original).plan
    revised = dict(original, initiatives=original["initiatives"][:-1])
    load_plan(revised)
    with CaptureQueriesContext(connection) as ctx:
        exported = export_plan(plan)
    assert len(exported["initiatives"]) == len(original["initiatives"]) - 1
    assert len(ctx.captured_queries) <= 12
