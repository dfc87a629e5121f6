"""``shinchoku manage reindex``: build or bring up to date the whole search index."""

from __future__ import annotations

import time
from typing import Any

from django.core.management.base import BaseCommand

from shinchoku.search.indexer import reindex_all


class Command(BaseCommand):
    help = "検索索引を作成・更新する（変更のない取組は飛ばす。--force ですべて作り直す）"

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("--force", action="store_true", help="変更のない取組も索引し直す")

    def handle(self, *args: Any, force: bool = False, **options: Any) -> None:
        started = time.perf_counter()
        report = reindex_all(force=force)
        self.stdout.write(f"{report}（{time.perf_counter() - started:.1f} 秒）")
