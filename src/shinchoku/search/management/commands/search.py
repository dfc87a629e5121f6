"""``shinchoku manage search 書かない窓口``: search every plan from the command line."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from shinchoku.search.service import search


class Command(BaseCommand):
    help = "すべての計画の取組を検索する"

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("query", help="検索語（例: 書かない窓口）")
        parser.add_argument("--limit", type=int, default=10, help="表示する件数（既定: 10）")

    def handle(self, *args: Any, query: str, limit: int = 10, **options: Any) -> None:
        page = search(query, limit=max(1, min(limit, 100)))
        self.stdout.write(f"「{query}」: {page.total} 件")
        for n, card in enumerate(page.results, 1):
            initiative = card.initiative
            code = f"{initiative.code} " if initiative.code else ""
            departments = "、".join(card.departments) or "担当課の記載なし"
            self.stdout.write(
                f"{n:3}. {card.municipality} 「{card.plan.title}」 {code}{initiative.title}"
                f"（{departments}） id={initiative.pk}"
            )
