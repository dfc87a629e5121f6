"""The five sample plans, loaded once per test module (the compare tests read them)."""

from __future__ import annotations

from pathlib import Path

import pytest

from shinchoku.importers import parse
from shinchoku.plans.loader import load_plan
from shinchoku.plans.models import Plan
from tests.committed import clear_database

SAMPLES = Path(__file__).resolve().parents[2] / "samples" / "plans"




@pytest.fixture(scope="module")
def seeded(django_db_setup, django_db_blocker):
    """{layout: plan id} for the five seeds, committed for the module and removed afterwards."""
    with django_db_blocker.unblock():
        clear_database()
        ids = {path.stem: load_plan(parse(path)).plan.pk for path in sorted(SAMPLES.glob("*.txt"))}
        yield ids
        clear_database()


@pytest.fixture
def plans(seeded, db):
    return {stem: Plan.objects.get(pk=pk) for stem, pk in seeded.items()}
