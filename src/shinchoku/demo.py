"""The demo installation behind ``make run``: sample plans loaded once, 新発田市's closed review
rounds for 令和3–5年度 built from the actuals its plan prints, and a demo administrator.

Development settings only (the CLI refuses with DEBUG off): the demo password is random and
printed at each start, never fixed.
"""

from __future__ import annotations

import hashlib
import secrets
from collections import Counter
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from django.contrib.auth import get_user_model

from shinchoku.importers import ParseError, parse
from shinchoku.plans.loader import load_plan, match_municipality
from shinchoku.plans.models import Initiative, Plan, ValueKind
from shinchoku.progress import services
from shinchoku.progress.models import Report, Status

SAMPLES = Path(__file__).resolve().parents[2] / "samples" / "plans"
DEMO_USER = "demo"


def sample_files() -> list[Path]:
    return sorted(SAMPLES.glob("*.txt"))


def load_samples() -> Iterator[str]:
    """Import each sample plan once; report each.

    A sample is loaded only when its municipality has no plan of that title yet: once loaded, the
    plan belongs to the plan office, which may revise it (upload a new edition, change targets), and
    no restart of the demo may import the sample over that work.
    """
    for path in sample_files():
        data = path.read_bytes()
        if Plan.objects.filter(source_sha256=hashlib.sha256(data).hexdigest()).exists():
            continue
        try:
            parsed = parse(data, filename=path.name)
        except ParseError as exc:
            yield f"サンプル {path.name} を読み込めません: {exc}"
            continue
        municipality = match_municipality(parsed)
        if municipality is not None and municipality.plans.filter(title=parsed["plan"]["title"].strip()).exists():
            continue
        result = load_plan(parsed)
        yield f"サンプル計画を読み込みました: {result.plan.municipality} {result.plan.title}（取組 {len(result.added)}件）"


#: 新発田市 prints actuals for 令和3–5年度: the demo turns each year into a closed, published round.
SHIBATA_CODE = "152064"
SHIBATA_YEARS = (2021, 2022, 2023)


def status_from_plan(initiative: Initiative, actual_texts: list[str], fy: int) -> str:
    """The status a department would have reported, read from what the plan prints for the year."""
    if "完了" in initiative.marks and fy == SHIBATA_YEARS[-1]:
        return Status.DONE
    if actual_texts and all("未実施" in t for t in actual_texts):
        return Status.NOT_STARTED
    return Status.IN_PROGRESS


def in_plan_by(initiative: Initiative, fy: int) -> bool:
    """Whether the initiative was part of the plan's work in ``fy``: 【新】 ones only from their first actual."""
    if "新" not in initiative.marks:
        return True
    return any(
        v.kind == ValueKind.ACTUAL and v.fy is not None and v.fy <= fy and (v.value is not None or v.text.strip("-－ "))
        for ind in initiative.indicators.all() for v in ind.values.all()
    )  # fmt: skip


def build_demo_rounds() -> Iterator[str]:
    """Closed, published rounds for 新発田市's 令和3–5年度, judged on the actuals its plan prints.

    Reports are approved with the computed grade as self-evaluation. Their 取組実績 is left empty: a department's words
    on what it did, which the plan does not print — the plan's actuals are the KPI table's (the demo's text repeated
    「…市民公開GISの閲覧者数: 21,345件」 beside the table and kept stating a figure removed since; walked), its schedule
    text states targets. Runs once: years that already have a round are skipped.
    """
    plan = Plan.objects.filter(municipality__code=SHIBATA_CODE).order_by("pk").first()
    if plan is None:
        return
    for fy in SHIBATA_YEARS:
        if plan.rounds.filter(fy=fy).exists():
            continue
        round_ = services.open_round(plan, fy, date(fy + 1, 5, 31))
        scale = services.scale_for(plan.municipality)
        for report in services.reports_for_evaluation(round_):
            if not in_plan_by(report.initiative, fy):
                report.delete()  # a 【新】 initiative the plan had not started yet (this demo just made it)
                continue
            texts = [
                v.text for ind in report.initiative.indicators.all() for v in ind.values.all()
                if v.kind == ValueKind.ACTUAL and v.fy == fy
            ]  # fmt: skip
            report.status = status_from_plan(report.initiative, texts, fy)
            # the department's self-grade as the demo imagines it: what the rules give without one
            report.self_grade = services.evaluate(report, scale).grade.code
            report.state = Report.State.APPROVED
            report.save()
        services.close_round(round_)
        services.publish_round(round_)
        grades = Counter(r.final_grade for r in round_.reports.all())
        summary = "、".join(f"{code} {n}件" for code, n in sorted(grades.items()))
        yield f"デモ用の進捗管理の回を作成しました: {plan.municipality.name} {round_.title}（{summary}）"


def create_demo_admin() -> tuple[str, str]:
    """Create (or reset) the demo superuser with a fresh random password; return both."""
    password = secrets.token_urlsafe(9)
    user, _ = get_user_model().objects.get_or_create(username=DEMO_USER, defaults={"email": "demo@example.jp"})
    user.is_staff = user.is_superuser = True
    user.set_password(password)
    user.save()
    return DEMO_USER, password
