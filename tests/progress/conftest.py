"""A committed world for the HTTP tests of the progress pages, built once per module.

延岡市's plan (departments, yearly KPI targets 2021–2025) with an open round for 令和6年度, and
新発田市's plan as "another municipality". One user per role. Every test runs in a transaction
that is rolled back, so each starts from exactly this state; the ``w`` fixture hands out freshly
loaded objects so that nothing a test changes in memory leaks into the next one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model

from shinchoku.accounts.models import Membership, Role
from shinchoku.importers import parse
from shinchoku.plans.loader import load_plan
from shinchoku.plans.models import Department, Municipality, Plan
from shinchoku.progress import services
from shinchoku.progress.models import Report, Round
from tests.committed import clear_database

SAMPLES = Path(__file__).resolve().parents[2] / "samples" / "plans"

#: The report most tests work on: 市民課's コンビニ交付, KPI 証明書交付件数 (R5 10,000 / R6 11,000).
CONVENIENCE = "マイナンバーカードを利用した証明書等のコンビニ交付サービスの"
OWN_DEPARTMENT, OTHER_DEPARTMENT = "市民課", "健康増進課"

#: anonymous, 延岡市's viewer, 市民課's editor, 健康増進課's editor, 延岡市's plan office,
#: 新発田市's plan office, the installation's superuser
ROLES = ("anonymous", "viewer", "editor", "editor_other", "office", "office_other", "admin")


@dataclass
class World:
    nobeoka: Plan
    shibata: Plan
    round: Round
    report: Report
    users: dict




def _build() -> dict:
    nobeoka = load_plan(parse(SAMPLES / "nobeoka.txt")).plan
    shibata = load_plan(parse(SAMPLES / "shibata.txt")).plan
    departments = {d.name: d for d in Department.objects.filter(municipality=nobeoka.municipality)}
    User = get_user_model()
    users = {}

    def member(name: str, role: str, municipality: Municipality, *depts: str, email: str = "") -> None:
        user = User.objects.create_user(f"t-{name}", email=email)
        membership = Membership.objects.create(user=user, role=role, municipality=municipality)
        membership.departments.set([departments[d] for d in depts])
        users[name] = user.pk

    member("viewer", Role.VIEWER, nobeoka.municipality)
    member("editor", Role.EDITOR, nobeoka.municipality, OWN_DEPARTMENT, email="shimin@city.nobeoka.example")
    member("editor_other", Role.EDITOR, nobeoka.municipality, OTHER_DEPARTMENT, email="kenko@city.nobeoka.example")
    member("office", Role.PLAN_OFFICE, nobeoka.municipality)
    member("office_other", Role.PLAN_OFFICE, shibata.municipality)
    users["admin"] = User.objects.create_superuser("t-admin", "admin@example.org", None).pk
    round_ = services.open_round(nobeoka, 2024, date.today() + timedelta(days=60))  # not due yet
    report = round_.reports.get(initiative__title__startswith=CONVENIENCE)
    return {"nobeoka": nobeoka.pk, "shibata": shibata.pk, "round": round_.pk, "report": report.pk, "users": users}


@pytest.fixture(scope="module")
def world_ids(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        clear_database()
        ids = _build()
        yield ids
        clear_database()


@pytest.fixture
def w(world_ids, db) -> World:
    User = get_user_model()
    users = {name: User.objects.get(pk=pk) for name, pk in world_ids["users"].items()}
    users["anonymous"] = None
    return World(
        nobeoka=Plan.objects.get(pk=world_ids["nobeoka"]),
        shibata=Plan.objects.get(pk=world_ids["shibata"]),
        round=Round.objects.get(pk=world_ids["round"]),
        report=Report.objects.get(pk=world_ids["report"]),
        users=users,
    )


def login(client, user) -> None:
    if user is not None:
        client.force_login(user)


def version_in(response) -> int:
    """The optimistic-lock version the page's report form carries."""
    match = re.search(r'name="version" value="(\d+)"', response.content.decode())
    assert match, "the page has no report form"
    return int(match.group(1))


def report_post(report: Report, version: int, action: str = "save", **fields: str) -> dict:
    """A POST body for the report form: every field, blank unless given."""
    data = {"version": str(version), "action": action, "status": "", "achievements": "", "results": "",
            "issues": "", "next_steps": "", "self_grade": ""}  # fmt: skip
    for indicator in report.initiative.indicators.filter(retired_at__isnull=True):
        for suffix in ("value", "text", "note"):
            data[f"a{indicator.pk}_{suffix}"] = ""
    data.update(fields)
    return data
