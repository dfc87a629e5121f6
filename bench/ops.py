"""Benchmark: the upload request against the background work it starts, and backup / restore.

Issue 11: previewing a 5,000-initiative plan took 139 s inside one request. The upload now only
stores the file and queues a job; this prints how long the request takes (what the user waits
for), how long the worker takes to read and dry-run the file, and to import it once confirmed,
for the largest sample and a generated plan (延岡市's multiplied to --size initiatives). Then it
times ``shinchoku backup`` and ``shinchoku restore`` of the resulting installation (the five
samples, 新発田市's three rounds, the generated plan) and prints the backup's size.

A throwaway SQLite database in a temporary directory; nothing else is touched.

Run: .venv/bin/python bench/ops.py [--size 1000]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))


def setup(var: Path) -> None:
    os.environ["SHINCHOKU_VAR"] = str(var)
    os.environ.pop("DATABASE_URL", None)
    os.environ["DJANGO_SETTINGS_MODULE"] = "shinchoku.settings.dev"
    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command

    settings.ALLOWED_HOSTS = ["testserver"]
    call_command("migrate", verbosity=0)


def timed(label: str, func, *args, **kwargs):
    """Run and print wall time and this process's CPU time (the machine may be shared)."""
    started, cpu = time.perf_counter(), time.process_time()
    result = func(*args, **kwargs)
    wall, cpu = time.perf_counter() - started, time.process_time() - cpu
    print(f"  {label:<44} {wall:8.2f} s  (CPU {cpu:.2f} s)", flush=True)
    return result


def upload_and_import(client, name: str, data: bytes, initiatives: int) -> None:
    from django.core.files.uploadedfile import SimpleUploadedFile

    from shinchoku.core.tasks import run_queued

    print(f"{name}: {initiatives} initiatives, {len(data) / 1024:.0f} KB", flush=True)
    response = timed(
        "upload request (store + queue)",
        client.post,
        "/upload/",
        {"file": SimpleUploadedFile(name, data), "layout": ""},
    )
    location = response["Location"]
    timed("worker: read + dry run (preview)", run_queued)
    page = timed("preview page", client.get, location)
    assert page.status_code == 200, page.status_code
    timed("confirm request (queue)", client.post, location, {"action": "confirm"})
    timed("worker: import (one transaction)", run_queued)
    assert client.get(location).status_code == 302


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=1000, help="initiatives of the generated plan")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        setup(Path(tmp) / "var")
        from django.contrib.auth import get_user_model
        from django.core.management import call_command
        from django.test import Client

        from shinchoku.core.backup import backup, restore
        from shinchoku.demo import build_demo_rounds, load_samples
        from shinchoku.importers import parse
        from shinchoku.plans.generate import multiply

        list(load_samples())
        list(build_demo_rounds())
        client = Client()
        client.force_login(get_user_model().objects.create_superuser("bench", password="bench-only-password"))

        nobeoka = (ROOT / "samples" / "plans" / "nobeoka.txt").read_bytes()
        big = multiply(
            parse(nobeoka, filename="nobeoka.txt"), max(1, args.size // 81), title_suffix="（拡大版）"
        )
        upload_and_import(client, "nobeoka.txt (re-import)", nobeoka, 81)
        upload_and_import(
            client, "generated.json", json.dumps(big, ensure_ascii=False).encode(), len(big["initiatives"])
        )

        target = Path(tmp) / "backup.zip"
        print("backup / restore of the whole installation:", flush=True)
        manifest = timed("shinchoku backup", backup, target)
        rows = sum(manifest["rows"].values())
        print(f"  {'rows / backup size':<44} {rows:8d} rows, {target.stat().st_size / 1024 / 1024:.1f} MB")
        call_command("flush", interactive=False, verbosity=0)
        if os.environ.get("BENCH_PROFILE"):
            import cProfile

            cProfile.runctx("restore(target)", globals(), locals(), sort="cumtime")
        else:
            timed("shinchoku restore (into the emptied database)", restore, target)


if __name__ == "__main__":
    main()
