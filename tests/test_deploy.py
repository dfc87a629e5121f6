"""Production settings and the demo that `make run` starts."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model

from shinchoku.demo import create_demo_admin, load_samples, sample_files
from shinchoku.plans.models import Plan

ROOT = Path(__file__).resolve().parents[1]


def _check(env_extra: dict) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SHINCHOKU_") and k != "DJANGO_SETTINGS_MODULE"}
    env.update(DJANGO_SETTINGS_MODULE="shinchoku.settings.production", **env_extra)
    return subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip


def test_production_settings_pass_the_deploy_check():
    done = _check({"SHINCHOKU_SECRET_KEY": "k" * 20 + "-prod-only-" + "x" * 30, "SHINCHOKU_ALLOWED_HOSTS": "dx.example.lg.jp"})
    assert done.returncode == 0, done.stderr
    assert "no issues" in done.stdout


def test_production_refuses_to_start_without_a_secret_key():
    done = _check({"SHINCHOKU_ALLOWED_HOSTS": "dx.example.lg.jp"})
    assert done.returncode != 0
    assert "SHINCHOKU_SECRET_KEY" in done.stderr


@pytest.mark.django_db
def test_demo_loads_the_samples_once_and_issues_a_fresh_password():
    first = list(load_samples())
    assert len(first) == len(sample_files()) == 5
    assert Plan.objects.count() == 5
    assert list(load_samples()) == []  # a second `make run` reuses them
    user, password = create_demo_admin()
    _, again = create_demo_admin()
    assert password != again
    admin = get_user_model().objects.get(username=user)
    assert admin.is_superuser and admin.check_password(again) and not admin.check_password(password)
