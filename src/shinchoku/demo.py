"""The demo installation behind ``make run``: sample plans loaded once, a demo administrator.

Development settings only (the CLI refuses with DEBUG off): the demo password is random and
printed at each start, never fixed.
"""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Iterator
from pathlib import Path

from django.contrib.auth import get_user_model

from shinchoku.importers import ParseError, parse
from shinchoku.plans.loader import load_plan
from shinchoku.plans.models import Plan

SAMPLES = Path(__file__).resolve().parents[2] / "samples" / "plans"
DEMO_USER = "demo"


def sample_files() -> list[Path]:
    return sorted(SAMPLES.glob("*.txt"))


def load_samples() -> Iterator[str]:
    """Import each sample plan not imported yet (recognised by the file's SHA-256); report each."""
    for path in sample_files():
        data = path.read_bytes()
        if Plan.objects.filter(source_sha256=hashlib.sha256(data).hexdigest()).exists():
            continue
        try:
            result = load_plan(parse(data, filename=path.name))
        except ParseError as exc:
            yield f"サンプル {path.name} を読み込めません: {exc}"
            continue
        yield f"サンプル計画を読み込みました: {result.plan.municipality} {result.plan.title}（取組 {len(result.added)}件）"


def create_demo_admin() -> tuple[str, str]:
    """Create (or reset) the demo superuser with a fresh random password; return both."""
    password = secrets.token_urlsafe(9)
    user, _ = get_user_model().objects.get_or_create(username=DEMO_USER, defaults={"email": "demo@example.jp"})
    user.is_staff = user.is_superuser = True
    user.set_password(password)
    user.save()
    return DEMO_USER, password
