"""Imports are audited: a confirmed upload (imported by the background worker), ``shinchoku import``."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from shinchoku.audit.models import Kind
from shinchoku.plans.models import Plan

from .conftest import events

SAMPLES = Path(__file__).resolve().parents[2] / "samples" / "plans"


@pytest.mark.django_db
def test_confirming_an_upload_is_recorded_with_the_user_the_file_and_counts(world, client, settings, tmp_path, run_tasks):
    settings.VAR_DIR = tmp_path
    client.force_login(world.users["admin"])
    upload = SimpleUploadedFile("shibata.txt", (SAMPLES / "shibata.txt").read_bytes())
    location = client.post(reverse("upload"), {"file": upload, "layout": ""})["Location"]
    run_tasks()
    assert client.get(location).status_code == 200 and events(Kind.IMPORT) == []  # a preview is not an import
    client.post(location, {"action": "confirm"})
    run_tasks()
    plan = Plan.objects.get(source_layout="shibata")
    [event] = events(Kind.IMPORT)
    assert (event.username, event.object_id, event.object_repr) == ("kanrisha", str(plan.pk), str(plan))
    assert event.details["file"] == "shibata.txt" and event.details["created"] is True
    assert event.details["added"] == plan.initiatives.count() > 0


@pytest.mark.embedded
def test_shinchoku_import_is_recorded_in_the_audit_database_of_its_own(tmp_path):
    """SQLite: the audit log is a second file, created by the same ``migrate`` as the main one."""
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "DJANGO_SETTINGS_MODULE")}
    env["SHINCHOKU_VAR"] = str(tmp_path)
    cli = [sys.executable, "-m", "shinchoku.cli"]
    done = subprocess.run(
        [*cli, "import", str(SAMPLES / "hita.txt")], capture_output=True, text=True, env=env, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "shinchoku-audit.sqlite3").exists()
    query = (
        "from shinchoku.audit.models import AuditEvent as A; e = A.objects.get(kind='import'); "
        "print(e.object_repr, e.details['file'], e.details['layout'], bool(e.details['os_user']))"
    )
    shown = subprocess.run(
        [*cli, "manage", "shell", "-c", query], capture_output=True, text=True, env=env, timeout=120
    )
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout.strip().splitlines()[-1].endswith("年次計画編 hita.txt hita True")
