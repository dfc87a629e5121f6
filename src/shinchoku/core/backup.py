"""``shinchoku backup`` / ``shinchoku restore``: the whole installation in one file, taken while it runs.

A backup is a zip file holding

- ``manifest.json``: format and version, when, from which database, the applied migrations, the
  number of rows of every model (checked again after a restore);
- ``data.backupjsonl``: every row of every table Django manages, many-to-many tables included
  (Django's JSON Lines serializer, times exact to the microsecond —
  :mod:`shinchoku.core.backup_format`), read from one consistent snapshot;
- ``files/uploads/…``: the uploaded files waiting under var/uploads (and ``files/media/…`` when
  MEDIA_ROOT is set).

The snapshot: on SQLite, the sqlite3 online backup API copies the database file page by page
while the server and the worker keep using it, and the rows are read from that copy; on
PostgreSQL the rows are read in one ``REPEATABLE READ, READ ONLY`` transaction, a snapshot that
other connections' writes do not disturb and that blocks none of them. No external program
(pg_dump) is needed, so it works the same on Windows. The data is logical, not a database file:
a backup taken on SQLite (``make run``) restores into PostgreSQL and the other way round.

A restore needs the same shinchoku version (the same migrations) as the backup: restore into
that version, then upgrade. It runs in one transaction: either every row is back and every
count matches the manifest, or nothing changed. Rows are inserted raw, as ``loaddata`` does
(no signals, no ``auto_now``), but many per statement.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import tempfile
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path, PurePosixPath
from typing import Any

from django.apps import apps
from django.conf import settings
from django.core import serializers
from django.core.management import call_command
from django.core.management.color import no_style
from django.db import connections, transaction
from django.db.migrations.loader import MigrationLoader
from django.db.migrations.recorder import MigrationRecorder
from django.db.utils import load_backend
from django.utils import timezone

FORMAT, VERSION = "shinchoku-backup", 1
#: The serialization format (settings.SERIALIZATION_MODULES) and rows per read and per insert.
FORMAT_NAME, BATCH = "backupjsonl", 2000
DATA = "data.backupjsonl"
MANIFEST = "manifest.json"
SNAPSHOT_ALIAS = "shinchoku_backup_snapshot"


class BackupError(Exception):
    """A backup or restore refused or failed; the message (Japanese) says why and what to do."""


def file_roots() -> dict[str, Path]:
    """The directories of uploaded files a backup carries, by their name inside the backup."""
    roots = {"uploads": Path(settings.VAR_DIR) / "uploads"}
    if getattr(settings, "MEDIA_ROOT", ""):
        roots["media"] = Path(settings.MEDIA_ROOT)
    return roots


def _models() -> list[Any]:
    return [m for m in apps.get_models(include_auto_created=True) if m._meta.managed and not m._meta.proxy]


def _counts(alias: str) -> dict[str, int]:
    return {m._meta.label_lower: m._base_manager.using(alias).count() for m in _models()}


def _applied(alias: str) -> list[str]:
    return sorted(f"{app}.{name}" for app, name in MigrationRecorder(connections[alias]).applied_migrations())


@contextmanager
def _snapshot(workdir: Path) -> Iterator[str]:
    """A database alias whose reads all see one moment of the installation."""
    connection = connections["default"]
    if connection.vendor == "sqlite":
        connection.ensure_connection()
        copy = workdir / "snapshot.sqlite3"
        target = sqlite3.connect(copy)
        try:
            connection.connection.backup(target)
        finally:
            target.close()
        # A connection of its own to the copy, known only to this thread (not a configured database).
        settings_dict = {**connection.settings_dict, "NAME": str(copy), "OPTIONS": {}}
        connections[SNAPSHOT_ALIAS] = load_backend(settings_dict["ENGINE"]).DatabaseWrapper(
            settings_dict, SNAPSHOT_ALIAS
        )
        try:
            yield SNAPSHOT_ALIAS
        finally:
            connections[SNAPSHOT_ALIAS].close()
            del connections[SNAPSHOT_ALIAS]
    elif connection.vendor == "postgresql":
        if connection.in_atomic_block:
            raise BackupError("トランザクションの中ではバックアップを取れません。")
        with transaction.atomic(using="default"), connection.cursor() as cursor:
            cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            yield "default"
    else:
        raise BackupError(f"{connection.vendor} のデータベースのバックアップには対応していません。")


def backup(path: str | os.PathLike[str]) -> dict[str, Any]:
    """Write the whole installation to ``path`` (replaced atomically once complete); return the manifest."""
    target = Path(path).resolve()
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=target.parent, prefix=".shinchoku-backup-") as tmp:
        workdir = Path(tmp)
        data = workdir / DATA
        with _snapshot(workdir) as alias:
            _dump(alias, data)
            counts = _counts(alias)
            applied = _applied(alias)
        partial = workdir / "backup.zip"
        files = 0
        with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED, allowZip64=True) as archive:
            archive.write(data, DATA)
            for name, root in file_roots().items():
                for file in sorted(root.rglob("*")) if root.is_dir() else []:
                    if file.is_file():
                        archive.write(file, f"files/{name}/{file.relative_to(root).as_posix()}")
                        files += 1
            manifest = {
                "format": FORMAT,
                "version": VERSION,
                "created_at": timezone.localtime().isoformat(),
                "database": connections["default"].vendor,
                "migrations": applied,
                "rows": counts,
                "files": files,
            }
            archive.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=1))
        os.replace(partial, target)
    return manifest


def read_manifest(archive: zipfile.ZipFile) -> dict[str, Any]:
    try:
        manifest = json.loads(archive.read(MANIFEST))
    except (KeyError, ValueError):
        manifest = {}
    if manifest.get("format") != FORMAT or DATA not in archive.namelist():
        raise BackupError("shinchoku のバックアップファイルではありません。")
    if manifest.get("version") != VERSION:
        raise BackupError(f"このバックアップの形式（版 {manifest.get('version')}）には対応していません。")
    return manifest


def is_empty() -> bool:
    """A fresh installation: no user account and no municipality yet.

    Everything people create hangs off one of these two (plans off a municipality, reports off
    plans, tokens off users); rows that ``migrate`` itself creates (content types, permissions,
    the search statistics row) do not make an installation "in use".
    """
    from django.apps import apps
    from django.contrib.auth import get_user_model

    municipality = apps.get_model("plans", "Municipality")  # core sits below plans: by name
    return not get_user_model()._base_manager.exists() and not municipality._base_manager.exists()


def _code_migrations() -> list[str]:
    loader = MigrationLoader(None, ignore_no_migrations=True)
    return sorted(f"{app}.{name}" for app, name in loader.graph.nodes)


def restore(path: str | os.PathLike[str], *, force: bool = False) -> dict[str, Any]:
    """Bring the backup at ``path`` back into this installation (empty, unless ``force``)."""
    try:
        archive = zipfile.ZipFile(path)
    except (OSError, zipfile.BadZipFile) as exc:
        raise BackupError(f"バックアップファイルを開けません: {exc}") from None
    with archive, tempfile.TemporaryDirectory(prefix="shinchoku-restore-") as tmp:
        manifest = read_manifest(archive)
        code = _code_migrations()
        if set(manifest["migrations"]) != set(code):
            newer = sorted(set(manifest["migrations"]) - set(code))
            older = sorted(set(code) - set(manifest["migrations"]))
            detail = (
                f"この版にないマイグレーション: {newer[0]}"
                if newer
                else f"バックアップ後のマイグレーション: {older[0]}"
            )
            raise BackupError(
                "このバックアップは別の版の shinchoku で作られました（"
                + detail
                + "）。バックアップを取った版で復元してから、その後で更新してください。"
            )
        call_command("migrate", verbosity=0)  # an empty installation has no tables yet
        if not force and not is_empty():
            raise BackupError(
                "このインストールには既にデータがあります。空のインストールに復元するか、"
                "今のデータを消して置き換えてよい場合は --force を付けてください。"
            )
        data = Path(archive.extract(DATA, tmp))
        _load(data, manifest["rows"])
        _restore_files(archive)
    return manifest


def _dump(alias: str, path: Path) -> None:
    """Every row of every model, the many-to-many tables included (their ids too), model by model."""
    with path.open("w", encoding="utf-8") as out:
        for model in _models():
            rows = model._base_manager.using(alias).order_by("pk").iterator(chunk_size=BATCH)
            serializers.serialize(FORMAT_NAME, rows, stream=out)


def _load(data: Path, expected: dict[str, int]) -> None:
    """Empty every table, insert every row as it was, reset the id sequences, check the counts."""
    connection = connections["default"]
    with transaction.atomic(using="default"):
        tables = connection.introspection.django_table_names(only_existing=True, include_views=False)
        connection.ops.execute_sql_flush(connection.ops.sql_flush(no_style(), tables, reset_sequences=True))
        with data.open(encoding="utf-8") as rows:
            batch: list[Any] = []
            for item in serializers.deserialize(FORMAT_NAME, rows, using="default"):
                # Many-to-many rows come from their own table's lines (with their ids), not from here.
                if batch and (type(item.object) is not type(batch[0]) or len(batch) >= BATCH):
                    _insert(batch)
                    batch = []
                batch.append(item.object)
            _insert(batch)
        with connection.cursor() as cursor:
            for statement in connection.ops.sequence_reset_sql(no_style(), _models()):
                cursor.execute(statement)
        counts = _counts("default")
        wrong = [label for label, n in expected.items() if counts.get(label, 0) != n]
        if wrong:
            raise BackupError(
                f"復元した件数がバックアップと一致しません（{wrong[0]}）。何も変更していません。"
            )


def _insert(objects: list[Any]) -> None:
    """Insert rows exactly as stored: a raw insert, as ``loaddata`` saves (no ``auto_now``, no
    signals), but many rows per statement instead of an UPDATE and an INSERT for each row."""
    if not objects:
        return
    model = type(objects[0])
    fields = model._meta.local_concrete_fields
    size = max(1, connections["default"].ops.bulk_batch_size(fields, objects))
    for start in range(0, len(objects), size):
        model._base_manager.using("default")._insert(objects[start : start + size], fields=fields, raw=True)


def _restore_files(archive: zipfile.ZipFile) -> None:
    """Replace each directory of uploaded files with the backup's (names checked: nothing lands outside)."""
    roots = file_roots()
    members: dict[str, list[tuple[zipfile.ZipInfo, PurePosixPath]]] = {name: [] for name in roots}
    for info in archive.infolist():
        parts = PurePosixPath(info.filename).parts
        if len(parts) < 3 or parts[0] != "files" or info.is_dir():
            continue
        relative = PurePosixPath(*parts[2:])
        if parts[1] not in roots or ".." in relative.parts or relative.is_absolute():
            raise BackupError(f"バックアップに不正なファイル名があります: {info.filename}")
        members[parts[1]].append((info, relative))
    for name, root in roots.items():
        if root.exists():
            shutil.rmtree(root)
        root.mkdir(parents=True, exist_ok=True)
        for info, relative in members[name]:
            destination = root.joinpath(*relative.parts)
            destination.parent.mkdir(parents=True, exist_ok=True)
            with archive.open(info) as source, destination.open("wb") as out:
                shutil.copyfileobj(source, out)


def describe(manifest: dict[str, Any]) -> str:
    """One line for the command line: when, and what the backup holds."""
    rows = manifest["rows"]
    when = datetime.fromisoformat(manifest["created_at"]).strftime("%Y-%m-%d %H:%M")
    return (
        f"{when} 時点（{manifest['database']}）: 計画 {rows.get('plans.plan', 0)} 件、"
        f"取組 {rows.get('plans.initiative', 0)} 件、利用者 {rows.get('auth.user', 0)} 人、"
        f"ファイル {manifest['files']} 件"
    )
