"""The five sample plans, loaded once per test module (page tests only read them)."""

from __future__ import annotations

from pathlib import Path

import pytest

from shinchoku.importers import parse
from shinchoku.plans.loader import load_plan
from shinchoku.plans.models import Municipality, Plan

SAMPLES = Path(__file__).resolve().parents[2] / "samples" / "plans"


def _clear() -> None:
    Plan.objects.all().delete()
    Municipality.objects.all().delete()


@pytest.fixture(scope="module")
def seeded(django_db_setup, django_db_blocker):
    """{layout: Plan} for the five seeds, committed for the module and removed afterwards."""
    with django_db_blocker.unblock():
        _clear()
        plans = {}
        for path in sorted(SAMPLES.glob("*.txt")):
            plans[path.stem] = load_plan(parse(path)).plan
        yield plans
        _clear()


@pytest.fixture
def plans(seeded, db):
    return seeded
