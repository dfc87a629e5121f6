"""The check every database command makes before it touches the database, on the suite's database (SQLite, and
PostgreSQL when DATABASE_URL names it)."""

from __future__ import annotations

import pytest


@pytest.mark.django_db
def test_a_command_migrates_only_when_a_migration_file_is_not_recorded():
    """The cheap check a command makes before touching the database: every file on disk recorded."""
    from django.db.migrations.recorder import MigrationRecorder

    from shinchoku.cli import _migrations_recorded

    assert _migrations_recorded()
    # An upgrade brought plans' latest migration, which this database has not applied yet.
    latest = MigrationRecorder.Migration.objects.filter(app="plans").order_by("-name").first()
    assert latest is not None
    latest.delete()
    assert not _migrations_recorded()
