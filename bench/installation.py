"""A generated national installation for the benchmarks (bench/national.py, bench/search.py), and
the PostgreSQL backend's CPU time they and bench/load_plans.py report.

Municipalities get one plan each, made from one of the five sample plans (multiplied so that a plan
has about 60 initiatives: 1,741 municipalities give about 106,000 initiatives and 200,000 KPIs),
with varied names, prefectures and KPI numbers. Rows are bulk-inserted — the loader's checks would
take hours at this scale and are not what the page benchmarks measure — but with their change
history (simple-history's ``bulk_create_with_history``), because the history is what made the
initiative page slow on a national installation. ``rounds`` adds several years of review rounds:
every initiative gets a report each year, the past years closed and published with grades and
recorded actuals, the current one open with drafts.
"""

from __future__ import annotations

import os
import random
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
#: How often each seed is multiplied so that a generated plan has about 60 initiatives.
FACTORS = {"nobeoka": 1, "onojo": 3, "hita": 1, "izunokuni": 2, "shibata": 1}
PREFECTURES = [
    "北海道", "青森県", "岩手県", "宮城県", "秋田県", "山形県", "福島県", "茨城県", "栃木県", "群馬県", "埼玉県",
    "千葉県", "東京都", "神奈川県", "新潟県", "富山県", "石川県", "福井県", "山梨県", "長野県", "岐阜県", "静岡県",
    "愛知県", "三重県", "滋賀県", "京都府", "大阪府", "兵庫県", "奈良県", "和歌山県", "鳥取県", "島根県", "岡山県",
    "広島県", "山口県", "徳島県", "香川県", "愛媛県", "高知県", "福岡県", "佐賀県", "長崎県", "熊本県", "大分県",
    "宮崎県", "鹿児島県", "沖縄県",
]  # fmt: skip


def code_for(n: int) -> str:
    """The n-th generated municipality's 団体コード: its prefecture's number, 201 upwards, the check
    digit. Every real municipality has one, and the pages list municipalities in its order."""
    from shinchoku.importers.municipalities import check_digit

    code5 = f"{n % 47 + 1:02d}{201 + n // 47:03d}"
    return code5 + check_digit(code5)


def database_cpu() -> float | None:
    """CPU seconds so far of this process's PostgreSQL backend (the server on this machine, read
    from /proc: clock ticks, 10 ms), or None on SQLite: with the wall time of a shared machine
    that is what the database itself spent."""
    from django.db import connection

    if connection.vendor != "postgresql":
        return None
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        pid = cursor.fetchone()[0]
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _scaled(value: object, scale: float) -> float | None:
    return round(value * scale) if isinstance(value, int | float) else None


def build(n_municipalities: int) -> None:
    """Bulk-insert municipalities, plans, initiatives, departments and KPIs until there are enough."""
    from django.db import transaction
    from simple_history.utils import bulk_create_with_history

    from shinchoku.importers import parse
    from shinchoku.plans.generate import multiply
    from shinchoku.plans.models import (
        Department,
        Indicator,
        IndicatorValue,
        Initiative,
        InitiativeDepartment,
        Municipality,
        Plan,
        ValueKind,
    )

    existing = Municipality.objects.count()
    if existing >= n_municipalities:
        return
    seeds = {name: parse(ROOT / "samples" / "plans" / f"{name}.txt") for name in FACTORS}
    plans = {name: multiply(seeds[name], FACTORS[name]) for name in FACTORS}
    names = list(FACTORS)
    rng = random.Random(7)
    started = time.perf_counter()
    for n in range(existing, n_municipalities):
        data = plans[names[n % len(names)]]
        with transaction.atomic():
            municipality = Municipality.objects.create(
                name=f"生成市{n:04d}", prefecture=PREFECTURES[n % 47], code=code_for(n)
            )
            info = data["plan"]
            period = info.get("period") or {}
            plan = Plan.objects.create(
                municipality=municipality, title=f"生成市{n:04d}{info['title']}", start_fy=period.get("start_fy"),
                end_fy=period.get("end_fy"), source_layout=info.get("source", {}).get("layout", ""),
            )  # fmt: skip
            items = data["initiatives"]
            initiatives = bulk_create_with_history(
                [
                    Initiative(
                        plan=plan, code=item.get("code") or "", title=item["title"],
                        summary=item.get("summary") or "", actions=item.get("actions") or "", position=p,
                    )  # fmt: skip
                    for p, item in enumerate(items)
                ],
                Initiative,
            )
            department_names = sorted({d for item in items for d in item.get("departments") or [] if d.strip()})
            departments = {
                d.name: d
                for d in Department.objects.bulk_create(
                    Department(municipality=municipality, name=name[:100]) for name in department_names
                )
            }
            InitiativeDepartment.objects.bulk_create(
                InitiativeDepartment(initiative=initiative, department=departments[name], position=k)
                for initiative, item in zip(initiatives, items, strict=True)
                for k, name in enumerate(dict.fromkeys(d for d in item.get("departments") or [] if d.strip()))
            )
            indicators, values = [], []
            for initiative, item in zip(initiatives, items, strict=True):
                for p, kpi in enumerate(item.get("indicators") or []):
                    scale = rng.uniform(0.5, 2.0)
                    final = kpi.get("final_target") or {}
                    indicator = Indicator(
                        initiative=initiative, name=kpi["name"], unit=(kpi.get("unit") or "")[:50], position=p,
                        has_final_target=final.get("value") is not None, final_target_fy=final.get("fy"),
                        final_target_value=_scaled(final.get("value"), scale),
                    )  # fmt: skip
                    indicators.append(indicator)
                    for kind, key in ((ValueKind.TARGET, "targets"), (ValueKind.ACTUAL, "actuals")):
                        for k, v in enumerate(kpi.get(key) or []):
                            values.append((indicator, kind, v.get("fy"), _scaled(v.get("value"), scale), k))
            bulk_create_with_history(indicators, Indicator)
            bulk_create_with_history(
                [
                    IndicatorValue(indicator=i, kind=kind, fy=fy, value=value, position=k)
                    for i, kind, fy, value, k in values
                ],
                IndicatorValue,
            )
        if n % 100 == 99:
            print(f"  built {n + 1} municipalities ({time.perf_counter() - started:.0f} s)", file=sys.stderr)
    print(
        f"database: {Municipality.objects.count()} municipalities, {Initiative.objects.count()} initiatives, "
        f"{Indicator.objects.count()} indicators",
        file=sys.stderr,
    )


def rounds(years: tuple[int, ...] = (2023, 2024, 2025)) -> None:
    """Give every plan a review round per year: the last one open (drafts), the others published."""
    from django.db import transaction
    from django.utils import timezone
    from simple_history.utils import bulk_create_with_history

    from shinchoku.plans.models import Indicator, Plan
    from shinchoku.progress.models import RecordedActual, Report, Round, Status

    rng = random.Random(11)
    now = timezone.now()
    started = time.perf_counter()
    todo = Plan.objects.exclude(rounds__fy=years[-1]).order_by("pk")
    for n, plan in enumerate(todo.iterator()):
        initiatives = list(plan.initiatives.values_list("pk", flat=True))
        indicators = list(Indicator.objects.filter(initiative__plan=plan).values_list("pk", "initiative_id"))
        with transaction.atomic():
            for fy in years:
                current = fy == years[-1]
                round_ = Round.objects.create(
                    plan=plan, fy=fy, title=f"{fy}年度の実績", deadline=date(fy + 1, 5, 31),
                    state=Round.State.OPEN if current else Round.State.CLOSED,
                    closed_at=None if current else now, published_at=None if current else now,
                )  # fmt: skip
                reports = bulk_create_with_history(
                    [
                        Report(
                            round=round_, initiative_id=pk,
                            state=Report.State.DRAFT if current else Report.State.APPROVED,
                            status=rng.choice([Status.IN_PROGRESS, Status.DONE, Status.CONSIDERING]),
                            achievements="生成した実績の説明。" * 3, self_grade=rng.choice("ABCD"),
                            published_at=None if current else now,
                            evaluation={} if current else {"computed_grade": rng.choice("ABCD")},
                        )  # fmt: skip
                        for pk in initiatives
                    ],
                    Report,
                )
                by_initiative = {r.initiative_id: r for r in reports}
                bulk_create_with_history(
                    [
                        RecordedActual(report=by_initiative[initiative], indicator_id=pk, value=rng.randint(1, 500))
                        for pk, initiative in indicators
                    ],
                    RecordedActual,
                )
        if n % 100 == 99:
            print(f"  rounds for {n + 1} plans ({time.perf_counter() - started:.0f} s)", file=sys.stderr)
