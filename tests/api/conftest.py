"""Sample data for the API tests: 新発田市 (with its demo rounds for 令和3–5年度) and 延岡市.

Loaded once for the tests/api package and committed; each test runs in a transaction rolled back after it,
so tests may open rounds, create users and tokens, and write reports freely.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from shinchoku.accounts.models import Membership
from shinchoku.api.models import ApiToken
from shinchoku.demo import build_demo_rounds
from shinchoku.importers import parse
from shinchoku.plans.loader import load_plan
from shinchoku.plans.models import Department, Initiative, Plan
from tests.committed import clear_database

SAMPLES = Path(__file__).resolve().parents[2] / "samples" / "plans"
API = "/api/v1"


@dataclass
class Samples:
    shibata: Plan
    nobeoka: Plan

    @property
    def mynumber(self) -> Initiative:
        """新発田市 initiative 12: マイナンバーカードの普及率, target 40% (R5), actuals 37.8 / 68.3 / 80.7."""
        return self.shibata.initiatives.get(code="12")




@pytest.fixture(scope="package")
def seeded(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        clear_database()
        shibata = load_plan(parse(SAMPLES / "shibata.txt")).plan
        nobeoka = load_plan(parse(SAMPLES / "nobeoka.txt")).plan
        list(build_demo_rounds())
        yield Samples(shibata=shibata, nobeoka=nobeoka)
        clear_database()


@pytest.fixture
def samples(seeded, db) -> Samples:
    return seeded


@pytest.fixture
def make_user(django_user_model):
    """make_user(username, role, municipality, departments=()) -> (user, token)."""

    def make(username: str, role: str | None, municipality=None, departments=()) -> tuple[object, str]:
        user = django_user_model.objects.create_user(username=username, password="unused-password-1")
        if role is not None:
            membership = Membership.objects.create(user=user, role=role, municipality=municipality)
            membership.departments.set(departments)
        _, raw = ApiToken.objects.issue(user, name="test")
        return user, raw

    return make


@pytest.fixture
def department(samples) -> Department:
    """情報政策課 of 新発田市, made the 担当課 of initiative 12 (the sample names no departments)."""
    dept = Department.objects.create(municipality=samples.shibata.municipality, name="情報政策課")
    samples.mynumber.department_links.create(department=dept, position=0)
    return dept


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """schemathesis names each operation's test 「test_read_operations[GET /api/v1/plans]」 but gives
    them all the function's node id: pytest-xdist, which schedules by node id, ran three of the
    twenty. Each gets the id its name says."""
    for item in items:
        if item.parent is not None and "[" in item.name and not item.nodeid.endswith("]"):
            item._id = item.parent.id.child(item.name)
