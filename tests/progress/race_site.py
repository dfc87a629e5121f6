"""A real shinchoku server in its own process, for the concurrent-write races (test_races.py).

``python -m tests.progress.race_site setup`` migrates the database named by DATABASE_URL, loads
延岡市's plan, opens the 令和6年度 round, creates a plan-office user and 市民課's editor with API
tokens and login sessions, and prints what the test needs as one JSON line.
``python -m tests.progress.race_site serve PORT`` serves the app with waitress (8 threads, as in
production) until it is killed.

A separate process, not pytest's live server: with SQLite the live server shares one in-memory
connection between threads, so writers could never collide there; here they collide in a database
file exactly as in production.
"""

from __future__ import annotations

import json
import os
import sys
from datetime import date, timedelta
from pathlib import Path

SAMPLES = Path(__file__).resolve().parents[2] / "samples" / "plans"


def setup() -> dict:
    from django.contrib.auth import get_user_model
    from django.contrib.sessions.backends.db import SessionStore
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    from shinchoku.accounts.models import Membership, Role
    from shinchoku.api.models import ApiToken
    from shinchoku.importers import parse
    from shinchoku.plans.loader import load_plan
    from shinchoku.plans.models import Department
    from shinchoku.progress import services

    plan = load_plan(parse(SAMPLES / "nobeoka.txt")).plan
    round_ = services.open_round(plan, 2024, date.today() + timedelta(days=60))
    User = get_user_model()
    people = {}
    for name, role, departments in (("office", Role.PLAN_OFFICE, []), ("editor", Role.EDITOR, ["市民課"])):
        user = User.objects.create_user(f"race-{name}", password="race-password-only-for-tests")
        membership = Membership.objects.create(user=user, role=role, municipality=plan.municipality)
        membership.departments.set(
            Department.objects.filter(municipality=plan.municipality, name__in=departments)
        )
        _, token = ApiToken.objects.issue(user, name="races")
        session = SessionStore()
        session["_auth_user_id"] = str(user.pk)
        session["_auth_user_backend"] = "django.contrib.auth.backends.ModelBackend"
        session["_auth_user_hash"] = user.get_session_auth_hash()
        session.create()
        people[name] = {"token": token, "session": session.session_key}
    editable = round_.reports.filter(initiative__department_links__department__name="市民課").distinct()
    return {
        "people": people,
        "reports": list(round_.reports.order_by("pk").values_list("pk", flat=True)),
        "editor_reports": list(editable.order_by("pk").values_list("pk", flat=True)),
    }


def serve(port: int) -> None:
    from waitress import serve as waitress_serve

    from shinchoku.wsgi import application

    waitress_serve(application, host="127.0.0.1", port=port, threads=8, _quiet=True)


if __name__ == "__main__":
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "shinchoku.settings.test")
    import django

    django.setup()
    if sys.argv[1] == "setup":
        print(json.dumps(setup()))
    else:
        serve(int(sys.argv[2]))
