"""Benchmark: page visits and form posts to run one round of 延岡市, before and after issue 10.

Drives both flows over HTTP (Django's test client, a fresh SQLite database under var/bench/round)
and counts what a person does in the browser: every GET is a page visit (a redirect after a post
is one more visit, as the browser loads it), every POST a form post.

- "before" is the flow the code offered at c03bda1 (before this branch): the reminders are a
  button the plan office presses when the deadline nears and again when it has passed; each of
  the 81 reports is opened and approved on its own page; a department finds its reports from the
  round list and the round page. Every URL of that flow still exists, so it runs on today's code.
- "after" uses what issue 10 added: reminders go out by themselves (no visit), the plan office
  reads the submitted reports and approves them in one post from the round page, a department
  lands on its task page after login.
- "after (Excel)" is "after" with the counted department working offline: it downloads its
  進捗管理表 sheet, fills the 22 reports in Excel, uploads it and confirms with 「提出する」.

Both flows read every report once (the review itself is not skipped). Export: the 進捗管理表 and
the committee report. Run: .venv/bin/python bench/round.py
"""

from __future__ import annotations

import os
import re
import shutil
import sys
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH_VAR = ROOT / "var" / "bench" / "round"


def setup() -> None:
    shutil.rmtree(BENCH_VAR, ignore_errors=True)
    BENCH_VAR.mkdir(parents=True)
    os.environ["SHINCHOKU_VAR"] = str(BENCH_VAR)
    os.environ.pop("DATABASE_URL", None)
    os.environ["DJANGO_SETTINGS_MODULE"] = "shinchoku.settings.dev"
    os.environ["SHINCHOKU_EMAIL_BACKEND"] = "django.core.mail.backends.locmem.EmailBackend"
    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command

    settings.ALLOWED_HOSTS.append("testserver")
    call_command("migrate", verbosity=0)


class Browser:
    """A logged-in user's browser that counts page visits (GET) and form posts (POST)."""

    def __init__(self, user) -> None:
        from django.test import Client

        self.client = Client()
        self.client.force_login(user)
        self.counts: Counter = Counter()

    def visit(self, url: str, **params: str):
        self.counts["visits"] += 1
        response = self.client.get(url, params)
        assert response.status_code == 200, (url, response.status_code)
        return response

    def post(self, url: str, data: dict):
        self.counts["posts"] += 1
        response = self.client.post(url, data, follow=True)
        self.counts["visits"] += len(response.redirect_chain)  # the page the browser is sent to
        assert response.status_code == 200, (url, response.status_code)
        return response


def world():
    from django.contrib.auth import get_user_model

    from shinchoku.accounts.models import Membership, Role
    from shinchoku.importers import parse
    from shinchoku.plans.loader import load_plan
    from shinchoku.plans.models import Department

    plan = load_plan(parse(ROOT / "samples" / "plans" / "nobeoka.txt")).plan
    User = get_user_model()
    office = User.objects.create_user("keikaku", last_name="計画", first_name="太郎")
    Membership.objects.create(user=office, role=Role.PLAN_OFFICE, municipality=plan.municipality)
    department = max(
        Department.objects.filter(municipality=plan.municipality), key=lambda d: d.initiative_links.count()
    )
    editors = {}
    for d in Department.objects.filter(
        municipality=plan.municipality, initiative_links__isnull=False
    ).distinct():
        user = User.objects.create_user(f"tanto-{d.pk}", email=f"d{d.pk}@city.nobeoka.example")
        Membership.objects.create(
            user=user, role=Role.EDITOR, municipality=plan.municipality
        ).departments.set([d])
        editors[d.name] = user
    return plan, office, department, editors


def report_form(report) -> dict:
    from shinchoku.progress.models import Status

    # (the actuals left blank: the form asks before it submits so, and the department says yes — 「このまま提出する」)
    data = {"version": str(report.version), "action": "submit", "status": Status.IN_PROGRESS, "confirm_missing": "1",
            "achievements": "計画どおり実施した", "results": "", "issues": "", "next_steps": "", "self_grade": ""}  # fmt: skip
    for indicator in report.initiative.indicators.filter(retired_at__isnull=True):
        data.update({f"a{indicator.pk}_value": "", f"a{indicator.pk}_text": "", f"a{indicator.pk}_note": ""})
    return data


def excel_round_trip(browser: Browser, round_) -> None:
    """The department's 22 reports through the Excel sheet: download, fill offline, upload, confirm."""
    import io

    import openpyxl
    from django.core.files.uploadedfile import SimpleUploadedFile
    from django.urls import reverse

    browser.visit(reverse("progress:tasks"))
    sheet = openpyxl.load_workbook(
        io.BytesIO(browser.visit(reverse("exports-input-xlsx", args=[round_.pk])).content)
    )
    for ws in sheet.worksheets:
        if ws.sheet_state != "visible":
            continue
        column = {cell.value: cell.column for cell in ws[3]}
        for row in range(4, ws.max_row + 1):
            if ws.cell(row, column["進捗状況"]).protection.locked is False:  # a report's first row
                ws.cell(row, column["進捗状況"]).value = "実施中"
                ws.cell(row, column["進捗状況の説明（取組実績）"]).value = "計画どおり実施した"
    buffer = io.BytesIO()
    sheet.save(buffer)
    upload = reverse("exports-input-upload", args=[round_.pk])
    browser.visit(upload)
    browser.counts["posts"] += 1
    preview = browser.client.post(upload, {"file": SimpleUploadedFile("入力済み.xlsx", buffer.getvalue())})
    if preview.status_code == 302:  # the preview has a page of its own (kept over a restart): the browser loads it
        preview = browser.visit(preview["Location"])
    assert preview.status_code == 200, preview.content.decode()[:2000]
    token = re.search(r'name="token" value="([^"]+)"', preview.content.decode()).group(1)
    browser.post(reverse("exports-input-confirm", args=[round_.pk]), {"token": token, "submit": "1"})


def run(flow: str, fy: int) -> dict[str, Counter]:
    from django.urls import reverse

    from shinchoku.plans.models import Indicator
    from shinchoku.progress.models import Report, Round

    plan, office_user, department, editors = WORLD
    office = Browser(office_user)
    # open
    office.visit(reverse("progress:plan-rounds", args=[plan.pk]))
    deadline = date.today() + timedelta(days=30)
    office.post(reverse("progress:plan-rounds", args=[plan.pk]),
                {"fy": str(fy), "deadline": deadline.isoformat(), "reminder_days": "7", "title": ""})  # fmt: skip
    round_ = Round.objects.get(plan=plan, fy=fy)
    # targets: one indicator's yearly target revised
    indicator = Indicator.objects.filter(initiative__plan=plan, values__kind="target").distinct().first()
    page = office.visit(reverse("progress:targets", args=[indicator.pk])).content.decode()
    targets = dict(re.findall(r'name="(fy_\d+)"[^>]*?value="([^"]*)"', page))
    targets[max(targets)] = "99999"
    office.post(
        reverse("progress:targets", args=[indicator.pk]), {"reason": "実績を踏まえた見直し", **targets}
    )
    # remind: before, a button pressed when the deadline nears and again once it has passed
    if flow == "before":
        for _ in range(2):
            office.visit(reverse("progress:round", args=[round_.pk]))
            office.post(reverse("progress:round-remind", args=[round_.pk]), {})

    # the departments report (the counted one: the department with the most initiatives)
    department_counts = Counter()
    for name, user in sorted(
        editors.items(), key=lambda item: item[0] != department.name
    ):  # counted one first
        browser = Browser(user)
        if flow == "excel" and name == department.name:
            excel_round_trip(browser, round_)
            department_counts = browser.counts
            continue
        if flow == "before":
            browser.visit(reverse("home"))  # where login used to land
            browser.visit(reverse("progress:rounds"))
            browser.visit(reverse("progress:round", args=[round_.pk]), mine="1")
        else:
            browser.visit(reverse("progress:tasks"))  # where login lands now
        reports = Report.objects.filter(
            round=round_, initiative__department_links__department__name=name, state=Report.State.DRAFT
        ).distinct()
        for report in reports:
            url = reverse("progress:report", args=[report.pk])
            browser.visit(url)
            browser.post(url, report_form(Report.objects.get(pk=report.pk)))
        if name == department.name:
            department_counts = browser.counts

    # a 取組 of no 担当課 (延岡市's 公共施設の予約状況確認: 「担当課 記載なし／関係課 各課」): the plan office reports it
    for report in round_.reports.filter(state=Report.State.DRAFT, initiative__department_links__isnull=True):
        url = reverse("progress:report", args=[report.pk])
        office.visit(url)
        office.post(url, report_form(report))
    # review all 81 reports
    submitted = list(round_.reports.filter(state=Report.State.SUBMITTED))
    if flow == "before":
        office.visit(reverse("progress:round", args=[round_.pk]), state="submitted")
        for report in submitted:
            office.visit(reverse("progress:report", args=[report.pk]))
            office.post(
                reverse("progress:report-review", args=[report.pk]), {"action": "approve", "comment": ""}
            )
    else:
        office.visit(reverse("progress:round", args=[round_.pk]), state="submitted")
        for report in submitted:
            office.visit(reverse("progress:report", args=[report.pk]))  # read it
        office.post(reverse("progress:round-bulk", args=[round_.pk]),
                    {"action": "approve", "reports": [str(r.pk) for r in submitted]})  # fmt: skip
    assert round_.reports.filter(state=Report.State.APPROVED).count() == len(submitted) == 81
    # close, publish, export
    office.post(reverse("progress:round-close", args=[round_.pk]), {"confirm": "1"})
    office.post(reverse("progress:round-publish", args=[round_.pk]), {})
    office.visit(reverse("exports-progress-xlsx", args=[round_.pk]))
    office.visit(reverse("exports-committee", args=[round_.pk]))
    return {"office": office.counts, "department": department_counts, "name": department.name,
            "n": department.initiative_links.count()}  # fmt: skip


def main() -> int:
    global WORLD
    setup()
    WORLD = world()
    flows = (("before", 2023), ("after", 2024), ("excel", 2022))
    results = {flow: run(flow, fy) for flow, fy in flows}
    name, n = results["after"]["name"], results["after"]["n"]
    print("延岡市 1回分の進捗管理（報告81件）: ページ表示 / フォーム送信")
    print(f"{'':24}{'before':>16}{'after':>16}{'after (Excel)':>16}")
    for who, label in (
        ("office", "計画担当（開始〜公表・出力）"),
        ("department", f"{name}（{n}取組の報告）"),
    ):
        cells = [
            f"{results[f][who]['visits']} / {results[f][who]['posts']}" for f in ("before", "after", "excel")
        ]
        print(f"{label:24}{cells[0]:>16}{cells[1]:>16}{cells[2]:>16}")
    return 0


WORLD: tuple = ()

if __name__ == "__main__":
    sys.exit(main())
