"""Fixtures shared by the whole suite."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples" / "plans"

#: Seed file of each layout, as shipped in samples/plans.
SEED_FILES = {
    "nobeoka": SAMPLES / "nobeoka.txt",
    "onojo": SAMPLES / "onojo.txt",
    "hita": SAMPLES / "hita.txt",
    "izunokuni": SAMPLES / "izunokuni.txt",
    "shibata": SAMPLES / "shibata.txt",
}


@pytest.fixture(scope="session")
def samples_dir() -> Path:
    return SAMPLES


@pytest.fixture
def run_tasks():
    """Run the queued background tasks with django-tasks-db's worker, in this process (the real path)."""
    from shinchoku.core.tasks import run_queued

    return run_queued
