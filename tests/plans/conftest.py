"""A committed world for the plan-editing tests, built once per module: 延岡市 (departments, yearly
KPI targets), 伊豆の国市 (「財務課」 and 「財務課(契約室)」) and 新発田市 (a plan naming no 担当課),
one user per role. Each test runs in a transaction that is rolled back."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model

from shinchoku.accounts.models import Membership, Role
from shinchoku.importers import parse
from shinchoku.plans.loader import load_plan
from shinchoku.plans.models import Department, Plan
from tests.committed import clear_database

SAMPLES = Path(__file__).resolve().parents[2] / "samples" / "plans"


@dataclass
class EditWorld:
    nobeoka: Plan
    izunokuni: Plan
    shibata: Plan
    users: dict




def _build() -> dict:
    plans = {name: load_plan(parse(SAMPLES / f"{name}.txt")).plan for name in ("nobeoka", "izunokuni", "shibata")}
    User = get_user_model()
    users = {}

    def member(name: str, role: str, plan: Plan, *departments: str) -> None:
        user = User.objects.create_user(f"e-{name}", last_name=name)
        membership = Membership.objects.create(user=user, role=role, municipality=plan.municipality)
        membership.departments.set(Department.objects.filter(municipality=plan.municipality, name__in=departments))
        users[name] = user.pk

    member("office", Role.PLAN_OFFICE, plans["nobeoka"])
    member("editor", Role.EDITOR, plans["nobeoka"], "市民課")
    member("izu_office", Role.PLAN_OFFICE, plans["izunokuni"])
    member("izu_zaimu", Role.EDITOR, plans["izunokuni"], "財務課")
    member("shibata_office", Role.PLAN_OFFICE, plans["shibata"])
    return {"plans": {k: p.pk for k, p in plans.items()}, "users": users}


@pytest.fixture(scope="module")
def edit_ids(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        clear_database()
        ids = _build()
        yield ids
        clear_database()


@pytest.fixture
def ew(edit_ids, db) -> EditWorld:
    User = get_user_model()
    return EditWorld(
        **{k: Plan.objects.select_related("municipality").get(pk=pk) for k, pk in edit_ids["plans"].items()},
        users={name: User.objects.get(pk=pk) for name, pk in edit_ids["users"].items()},
    )


def form_inputs(html: str) -> dict[str, str]:
    """Every text/hidden input of a page with its value (what a browser would post back)."""
    return {
        name: value.replace("&quot;", '"').replace("&amp;", "&")
        for name, value in re.findall(r'<input[^>]*?name="([^"]+)"[^>]*?value="([^"]*)"', html)
        if name != "csrfmiddlewaretoken"
    }
