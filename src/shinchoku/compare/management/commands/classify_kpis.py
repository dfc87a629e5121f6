"""``shinchoku classify-kpis``: (re)classify every stored indicator after kinds.toml changed."""

from __future__ import annotations

import time
from typing import Any

from django.core.management.base import BaseCommand

from shinchoku.compare.classify import classify_all


class Command(BaseCommand):
    help = "すべての指標を比較用の種類に分類し直す（compare/data/kinds.toml を変更したあとに実行）"

    def handle(self, *args: Any, **options: Any) -> None:
        started = time.perf_counter()
        outcome = classify_all()
        self.stdout.write(f"{outcome}（{time.perf_counter() - started:.1f} 秒）")
