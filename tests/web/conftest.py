"""The five sample plans, loaded once per test module (page tests only read them)."""

from __future__ import annotations

from pathlib import Path

import pytest

from shinchoku.importers import parse
from shinchoku.plans.loader import load_plan
from tests.committed import clear_database

SAMPLES = Path(__file__).resolve().parents[2] / "samples" / "plans"




@pytest.fixture(scope="module")
def seeded(django_db_setup, django_db_blocker):
    """{layout: Plan} for the five seeds, committed for the module and removed afterwards."""
    with django_db_blocker.unblock():
        clear_database()
        plans = {}
        for path in sorted(SAMPLES.glob("*.txt")):
            plans[path.stem] = load_plan(parse(path)).plan
        yield plans
        clear_database()


@pytest.fixture
def plans(seeded, db):
    return seeded
