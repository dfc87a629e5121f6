"""Backup and restore: every table comes back row by row, and the uploaded files with it.

Runs on the suite's database (SQLite, and PostgreSQL when DATABASE_URL names it), with a
realistic installation: two sample plans, 新発田市's three closed review rounds (reports, grades,
history), a plan office, an API token, a pending upload and its job.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.management import call_command
from django.db import connection

from shinchoku.accounts.models import Membership, Role
from shinchoku.core.backup import BackupError, backup, restore
from shinchoku.core.models import Job
from shinchoku.demo import build_demo_rounds
from shinchoku.importers import parse
from shinchoku.plans.loader import load_plan
from shinchoku.plans.models import Plan

pytestmark = pytest.mark.django_db(transaction=True)
SAMPLES = Path(__file__).resolve().parents[2] / "samples" / "plans"


def every_row() -> dict[str, list[tuple]]:
    """Every row of every table in the database, in a stable order."""
    rows = {}
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names(cursor):
            cursor.execute(f"SELECT * FROM {connection.ops.quote_name(table)}")
            rows[table] = sorted(cursor.fetchall(), key=repr)
    return rows


def _files(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.fixture
def installation(settings, tmp_path):
    settings.VAR_DIR = tmp_path / "var"
    shibata = load_plan(parse(SAMPLES / "shibata.txt")).plan
    load_plan(parse(SAMPLES / "hita.txt"))
    list(build_demo_rounds())
    user = get_user_model().objects.create_user("keikaku", password="pw-for-tests-only")
    Membership.objects.create(user=user, role=Role.PLAN_OFFICE, municipality=shibata.municipality)
    user.groups.add(Group.objects.create(name="計画担当"), Group.objects.create(name="情報政策課"))
    user.user_permissions.add(*Permission.objects.filter(codename__startswith="view_")[:3])
    call_command("createtoken", "keikaku", stdout=open("/dev/null", "w"))  # noqa: SIM115
    uploads = settings.VAR_DIR / "uploads"
    (uploads / "nested").mkdir(parents=True)
    (uploads / "token123456.upload").write_bytes((SAMPLES / "onojo.txt").read_bytes())
    (uploads / "nested" / "note.bin").write_bytes(bytes(range(256)))
    Job.objects.create(
        kind="upload-preview", key="token123456", user=user, step="読み取り中", done=1, total=3
    )
    return settings.VAR_DIR


def _empty_installation(var: Path) -> None:
    """What a new server has after `migrate`: the tables, contenttypes and permissions, nothing else."""
    call_command("flush", interactive=False, verbosity=0)
    for path in sorted((var / "uploads").rglob("*"), reverse=True):
        path.rmdir() if path.is_dir() else path.unlink()


def test_round_trip_brings_back_every_row_and_file(installation, tmp_path):
    before, files = every_row(), _files(installation / "uploads")
    assert len(before["plans_initiative"]) == 43 + 65
    # 新発田市's demo rounds 令和3–5年度: 32, 32 and 34 reports (a 【新】 initiative joins with its first actual)
    assert len(before["progress_report"]) == 32 + 32 + 34 and before["plans_historicalinitiative"]
    assert len(before["auth_user_groups"]) == 2 and len(before["auth_user_user_permissions"]) == 3

    manifest = backup(tmp_path / "backup.zip")
    assert manifest["rows"]["plans.initiative"] == 108 and manifest["files"] == 2
    assert manifest["database"] == connection.vendor

    _empty_installation(installation)
    assert not Plan.objects.exists() and not (installation / "uploads" / "token123456.upload").exists()
    restore(tmp_path / "backup.zip")

    after = every_row()
    assert after.keys() == before.keys()
    for table in before:
        assert after[table] == before[table], table
    assert _files(installation / "uploads") == files
    # The restored installation keeps working: new rows get fresh ids after the restored ones.
    newest = Job.objects.create(kind="x")
    assert Job.objects.count() == 2 and newest.pk
    plan = load_plan(parse(SAMPLES / "izunokuni.txt")).plan
    assert plan.pk > max(p.pk for p in Plan.objects.exclude(pk=plan.pk))


def test_restore_refuses_an_installation_with_data_unless_forced(installation, tmp_path):
    before = every_row()
    backup(tmp_path / "backup.zip")
    Plan.objects.filter(municipality__code="152064").update(title="書き換えた計画名")
    with pytest.raises(BackupError, match="既にデータがあります.*--force"):
        restore(tmp_path / "backup.zip")
    assert Plan.objects.filter(title="書き換えた計画名").exists()  # refused: nothing changed

    restore(tmp_path / "backup.zip", force=True)
    assert every_row() == before


def test_restore_refuses_what_is_not_a_backup_or_from_another_version(installation, tmp_path):
    not_zip = tmp_path / "plan.txt"
    not_zip.write_bytes((SAMPLES / "hita.txt").read_bytes())
    with pytest.raises(BackupError, match="開けません"):
        restore(not_zip)
    backup(tmp_path / "backup.zip")
    with (
        zipfile.ZipFile(tmp_path / "backup.zip") as original,
        zipfile.ZipFile(tmp_path / "newer.zip", "w") as newer,
    ):
        for info in original.infolist():
            data = original.read(info)
            if info.filename == "manifest.json":
                data = data.replace(b'"migrations": [', b'"migrations": [\n  "plans.9999_from_the_future",')
            newer.writestr(info, data)
    with pytest.raises(BackupError, match="別の版.*plans.9999_from_the_future"):
        restore(tmp_path / "newer.zip", force=True)
