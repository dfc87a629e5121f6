"""``shinchoku suggest-labels``: suggest national-plan items for every plan's initiatives (or one plan's).

Imports do this by themselves (plan_loaded); the command is for plans imported before the rules
existed, and after the rules file or an edition file changed. Confirmed and rejected labels stay.
"""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError

from shinchoku.national.labels import suggest_all
from shinchoku.plans.models import Plan


class Command(BaseCommand):
    help = "国の計画（自治体DX推進計画）の項目の候補を規則から付け直す（確定・該当しないは変えない）"

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("--plan", type=int, help="この計画（id）だけ")

    def handle(self, *args: Any, plan: int | None = None, **options: Any) -> None:
        plans = Plan.objects.order_by("pk")
        if plan is not None:
            plans = plans.filter(pk=plan)
            if not plans.exists():
                raise CommandError(f"計画 {plan} はありません。")
        self.stdout.write(str(suggest_all(plans)))
