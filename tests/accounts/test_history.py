"""The 変更履歴 on the initiative page: who, when, before → after; reports only for those who may see them."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from shinchoku.core.dates import wareki_time
from shinchoku.importers import parse
from shinchoku.plans.models import Initiative, Plan
from shinchoku.progress import history, services

pytestmark = pytest.mark.django_db
SAMPLES = Path(__file__).resolve().parents[2] / "samples" / "plans"


def text_of(response) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", response.content.decode()))


def history_of(response) -> str:
    html = response.content.decode()
    assert 'id="history-h"' in html
    return text_of_html(html.split('id="history-h"', 1)[1].split("</section>", 1)[0])


def text_of_html(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def upload(client, plan: dict, name: str) -> None:
    """Import through the pages as the logged-in user: preview, then confirm (the worker reads and imports)."""
    from shinchoku.core.tasks import run_queued

    data = json.dumps(plan, ensure_ascii=False).encode()
    response = client.post(reverse("upload"), {"file": SimpleUploadedFile(name, data), "layout": ""})
    assert response.status_code == 302, response.content.decode()[:500]
    run_queued()
    confirmed = client.post(response["Location"], {"action": "confirm"})
    assert confirmed.status_code == 302
    run_queued()


@pytest.fixture
def office(client, world, settings, tmp_path):
    """日田市's plan office, logged in for real, with 日田市's plan imported once."""
    settings.VAR_DIR = tmp_path
    assert (
        client.post(
            reverse("login"), {"username": "keikaku_hita", "password": "Tsuki-no-Usagi-42"}
        ).status_code
        == 302
    )
    plan = parse(SAMPLES / "hita.txt")
    upload(client, plan, "hita.json")
    return client, plan


def _first(plan_data) -> Initiative:
    plan = Plan.objects.get(title=plan_data["plan"]["title"])
    return plan.initiatives.order_by("position").first()


def test_reimport_with_a_changed_title_shows_who_when_before_after(office, world):
    client, plan = office
    old_title = plan["initiatives"][0]["title"]
    plan["initiatives"][0]["title"] = "改訂後の取組名"
    upload(client, plan, "hita-r7.json")
    initiative = _first(plan)
    assert initiative.title == "改訂後の取組名"
    change = initiative.history.filter(history_type="~").latest("history_id")

    section = history_of(client.get(reverse("initiative", args=[initiative.pk])))
    assert "keikaku_hita" in section
    assert wareki_time(change.history_date) in section  # 令和8年12月2日 11:50, Tokyo time
    assert f"名称: 変更前 {old_title} → 変更後 改訂後の取組名" in section
    # The first import is there too, as additions, older than the change.
    assert section.index("改訂後の取組名") < section.index("追加")

    anonymous = history_of(Client().get(reverse("initiative", args=[initiative.pk])))
    assert "改訂後の取組名" in anonymous and "keikaku_hita" not in anonymous and "変更者" not in anonymous


def test_a_changed_schedule_label_is_one_change_not_a_deletion_and_an_addition(office):
    client, plan = office
    item = next(i for i in plan["initiatives"] if i.get("schedule"))
    item["schedule"][0]["label"] = "前倒しで実施"
    upload(client, plan, "hita-r7.json")
    initiative = Initiative.objects.get(plan__title=plan["plan"]["title"], title=item["title"])
    entries = history.initiative_history(initiative, AnonymousUser())
    changed = [e for e in entries if e.action == "変更" and e.subject.startswith("工程")]
    assert len(changed) == 1 and changed[0].changes[0].after == "前倒しで実施"
    assert not [e for e in entries if e.action == "削除"]


def test_retiring_in_the_admin_is_recorded(client, world, office):
    _, plan = office
    initiative = _first(plan)
    admin = Client()
    admin.force_login(world.users["admin"])
    admin.post(
        reverse("admin:plans_initiative_changelist"),
        {"action": "retire", "_selected_action": [initiative.pk]},
    )
    section = history_of(admin.get(reverse("initiative", args=[initiative.pk])))
    assert "kanrisha" in section and "計画から外れた日時: 変更前 （なし） → 変更後" in section


def test_reports_and_actuals_only_for_those_who_may_see_them(office, world):
    client, plan = office
    initiative = _first(plan)
    round_ = services.open_round(initiative.plan, 2024, date(2025, 5, 31))
    report = round_.reports.get(initiative=initiative)
    services.save_report(report, version=report.version, fields={"achievements": "窓口で試行した"})

    section = history_of(client.get(reverse("initiative", args=[initiative.pk])))
    assert "進捗報告（令和6年度の実績）" in section and "窓口で試行した" in section
    outsider = Client()
    outsider.force_login(world.users["office"])  # 新発田市's plan office
    for other in (Client(), outsider):
        section = history_of(other.get(reverse("initiative", args=[initiative.pk])))
        assert "進捗報告" not in section and "窓口で試行した" not in section


def _count(client, pk: int) -> tuple[int, int]:
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(reverse("initiative", args=[pk]))
    assert response.status_code == 200
    return len(ctx.captured_queries), response.content.decode().count("<tr>")


def test_query_count_stays_fixed_as_history_grows(office, world):
    client, plan = office
    initiative = _first(plan)
    round_ = services.open_round(initiative.plan, 2024, date(2025, 5, 31))
    report = round_.reports.get(initiative=initiative)
    services.save_report(report, version=report.version, fields={"achievements": "実績"})
    anonymous = Client()
    _count(client, initiative.pk)  # warm up (the database backend checks its features once)
    first = (_count(client, initiative.pk), _count(anonymous, initiative.pk))

    for n in range(4):
        plan["initiatives"][0]["title"] = f"改訂{n}"
        for item in plan["initiatives"][:5]:
            for entry in item.get("schedule", []):
                entry["label"] = f"改訂{n}"
        upload(client, plan, f"hita-r{n}.json")
    for n in range(3):
        report.refresh_from_db()
        services.save_report(report, version=report.version, fields={"achievements": f"実績{n}"})
    later = (_count(client, initiative.pk), _count(anonymous, initiative.pk))
    assert initiative.history.count() >= 5
    assert later[0][1] > first[0][1]  # more entries shown ...
    assert (later[0][0], later[1][0]) == (first[0][0], first[1][0])  # ... with the same number of queries
    assert later[1][0] <= 21  # the initiative page's budget (tests/web/test_pages.py)


def test_history_is_capped_newest_first(office, world):
    client, plan = office
    initiative = _first(plan)
    for n in range(history.LIMIT + 5):
        initiative.summary = f"概要{n}"
        initiative.save()
    entries = history.initiative_history(initiative, world.users["hita_office"])
    assert len(entries) == history.LIMIT
    assert entries[0].changes[0].after == f"概要{history.LIMIT + 4}"
    assert [e.when for e in entries] == sorted((e.when for e in entries), reverse=True)


def test_a_published_reports_history_stays_with_the_municipality():
    """Drafts and 差戻し comments are internal even after the report itself is published."""
    from django.contrib.auth import get_user_model

    from shinchoku.accounts.models import Membership, Role
    from shinchoku.plans.loader import load_plan

    plan = load_plan(parse(SAMPLES / "shibata.txt")).plan
    office = get_user_model().objects.create_user("shibata-office")
    Membership.objects.create(user=office, role=Role.PLAN_OFFICE, municipality=plan.municipality)
    round_ = services.open_round(plan, 2024, date(2025, 5, 31))
    report = round_.reports.get(initiative__code="12")
    services.save_report(report, version=report.version, fields={"status": "in_progress", "achievements": "下書きの文章"})
    services.submit_report(report, office)
    services.return_report(report, office, "根拠資料を添付してください")
    services.submit_report(report, office)
    services.approve_report(report, office)
    services.close_round(round_)
    services.publish_round(round_)
    initiative = report.initiative

    public = history_of(Client().get(reverse("initiative", args=[initiative.pk])))
    assert "根拠資料を添付してください" not in public and "下書きの文章" not in public
    member = Client()
    member.force_login(office)
    internal = history_of(member.get(reverse("initiative", args=[initiative.pk])))
    assert "根拠資料を添付してください" in internal


def test_a_changed_extra_is_shown_by_what_it_says_not_as_json(office):
    """A reworded title keeps the former one as 「取組名の別の表記」, a re-import adds footnotes:
    the history said 「その他の項目: 変更前 {"aliases": […]} → 変更後 {"aliases": []}」."""
    client, plan = office
    plan["initiatives"][0]["notes"] = ["※1 令和7年度から対象を拡大"]
    plan["initiatives"][0]["aliases"] = ["オンライン申請の拡大"]
    upload(client, plan, "hita-r7.json")
    initiative = _first(plan)
    section = history_of(client.get(reverse("initiative", args=[initiative.pk])))
    assert "注記: 変更前 （なし） → 変更後 ※1 令和7年度から対象を拡大" in section
    assert "取組名の別の表記: 変更前 （なし） → 変更後 オンライン申請の拡大" in section
    assert "その他の項目" not in section and "aliases" not in section and "{" not in section


def test_moments_in_the_history_are_written_in_the_apps_one_date_style(office, world):
    """提出日時 and 計画から外れた日時 were shown as ISO 「2026-12-04 10:15」 beside 和暦 「いつ」 cells."""
    from django.utils import timezone

    client, plan = office
    initiative = _first(plan)
    round_ = services.open_round(initiative.plan, 2024, date(2025, 5, 31))
    report = round_.reports.get(initiative=initiative)
    services.save_report(report, version=report.version, fields={"status": "in_progress", "achievements": "実績"})
    services.submit_report(report, world.users["hita_office"])
    report.refresh_from_db()
    initiative.retired_at = timezone.now()
    initiative.save()

    section = history_of(client.get(reverse("initiative", args=[initiative.pk])))
    assert f"提出日時: 変更前 （なし） → 変更後 {wareki_time(report.submitted_at)}" in section
    assert f"計画から外れた日時: 変更前 （なし） → 変更後 {wareki_time(initiative.retired_at)}" in section
    assert not re.search(r"\d{4}-\d{2}-\d{2}", section), section


def test_who_submitted_and_approved_a_report_is_named_not_numbered(office, world):
    """The 変更履歴 said 「提出者: 変更前 （なし） → 変更後 ID 3」 and 「確認者: … ID 2」: a plan office
    cannot tell a colleague from a number. The user is named as everywhere else (姓 名, else the
    login name), still in the history's one query; a moment re-saved within the minute (「確認日時:
    23:46 → 23:46」) is no change a reader can see and is left out."""
    client, plan = office
    initiative = _first(plan)
    staff = world.users["hita_office"]
    staff.last_name, staff.first_name = "計画", "花子"
    staff.save()
    round_ = services.open_round(initiative.plan, 2024, date(2025, 5, 31))
    report = round_.reports.get(initiative=initiative)
    services.save_report(report, version=report.version, fields={"status": "in_progress", "achievements": "実績"})
    services.submit_report(report, world.users["hita_editor"])
    report.refresh_from_db()
    services.override_grade(report, staff, "A", "工程を前倒しで完了したため")
    report.refresh_from_db()
    services.approve_report(report, staff)

    section = history_of(client.get(reverse("initiative", args=[initiative.pk])))
    assert "提出者: 変更前 （なし） → 変更後 tanto_hita" in section, section
    assert "確認者: 変更前 （なし） → 変更後 計画 花子" in section, section
    assert not re.search(r"ID \d", section), section
    assert not re.search(r"確認日時: 変更前 (\S+ \S+) → 変更後 \1 ", section), section
