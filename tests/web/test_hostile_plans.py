"""Plans that used to take the site down (issue 9) are refused at the boundary, with the field named.

Each hostile plan is 延岡市's real plan (Plan JSON, period 2021–2025) with one thing broken, as the
audit found them: a schedule year 20230 (a typo for 2023), 32767 and 10¹², 3,000 nested sections,
an Infinity / NaN target, a budget of 1e15 / 1e30, a NUL in a title, a 担当課 that is not a string,
urgency 「高い」, a lone surrogate. Each goes through ``parse``, ``shinchoku import`` (one line,
exit 2) and the web upload (400, the message, no pending file). Pages then render in bounded
time what a database may already hold from before these checks (years far outside the period,
3,000 nested sections).
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from shinchoku import cli
from shinchoku.exports import workbooks
from shinchoku.importers import ParseError, parse
from shinchoku.plans.generate import break_stored_plan
from shinchoku.plans.loader import load_plan
from shinchoku.plans.models import Plan
from tests.committed import clear_database

pytestmark = pytest.mark.django_db
SAMPLES = Path(__file__).resolve().parents[2] / "samples" / "plans"
BASE = parse(SAMPLES / "nobeoka.txt")


def _first(plan: dict, key: str) -> dict:
    """The first initiative that has ``key`` entries (schedule, indicators with targets, budget)."""
    for item in plan["initiatives"]:
        if key == "targets" and any(i["targets"] for i in item["indicators"]):
            return item
        if key != "targets" and item[key]:
            return item
    raise AssertionError(key)


def _schedule_year(year: int) -> Callable[[dict], None]:
    def change(plan: dict) -> None:
        _first(plan, "schedule")["schedule"][0]["fy"] = year

    return change


def _target(value: float) -> Callable[[dict], None]:
    def change(plan: dict) -> None:
        indicator = next(i for i in _first(plan, "targets")["indicators"] if i["targets"])
        indicator["targets"][0]["value"] = value

    return change


def _budget(amount: float, year: int = 2023) -> Callable[[dict], None]:
    def change(plan: dict) -> None:
        plan["initiatives"][0]["budget"] = [{"fy": year, "amount": amount, "unit": "千円"}]

    return change


def _nested(plan: dict) -> None:
    plan["sections"] = [
        {
            "key": f"s{n}",
            "parent": f"s{n - 1}" if n else None,
            "level": "階層",
            "code": None,
            "title": f"第{n}層",
        }
        for n in range(3000)
    ]
    for item in plan["initiatives"]:
        item["section"] = "s2999"


def _set(key: str, value) -> Callable[[dict], None]:
    def change(plan: dict) -> None:
        plan["initiatives"][0][key] = value

    return change


def _title(text: str) -> Callable[[dict], None]:
    def change(plan: dict) -> None:
        plan["plan"]["title"] = text

    return change


# 延岡市's initiatives have no numbers: messages name them by their title
CODE = f"「{BASE['initiatives'][0]['title'][:30]}」"
SCHEDULED = f"「{_first(BASE, 'schedule')['title'][:30]}」"

#: name -> (change, what the message must say)
HOSTILE = {
    "year 20230": (_schedule_year(20230), f"取組{SCHEDULED} の工程: 年度 20230 が計画期間 (2021–2025年度)から外れています"),
    "year 32767": (_schedule_year(32767), "年度 32767 が計画期間 (2021–2025年度)から外れています"),
    "year 10**12": (_budget(100, 10**12), f"取組{CODE} の予算: 年度 1000000000000 が計画期間"),
    "3,000 nested sections": (_nested, "施策体系 s10: 階層が 10 段を超えています"),
    "Infinity target": (_target(math.inf), "の目標値: inf は数値として扱えません（無限大・非数）"),
    "NaN target": (_target(math.nan), "の目標値: nan は数値として扱えません（無限大・非数）"),
    "budget 1e15": (_budget(1e15), f"取組{CODE} の予算（2023年度）: 1e+15 は大きすぎます"),
    "budget 1e30": (_budget(1e30), f"取組{CODE} の予算（2023年度）: 1e+30 は大きすぎます"),
    "NUL in a title": (_title("延岡市\x00計画"), "計画の title: NUL 文字"),
    "担当課 not a string": (_set("departments", [{"name": "情報政策課"}]), f"取組{CODE} の担当課: {{'name': '情報政策課'}} は文字列ではありません"),
    "urgency 高い": (_set("urgency", "高い"), f"取組{CODE} の緊急度: '高い' は数値ではありません"),
    "lone surrogate": (_set("summary", "概要\ud800"), f"取組{CODE} の概要: 文字として読めないデータ（対になっていないサロゲート）"),
}  # fmt: skip


def hostile_file(name: str) -> bytes:
    plan = json.loads(json.dumps(BASE))
    change, _ = HOSTILE[name]
    change(plan)
    return json.dumps(plan).encode()  # NaN/Infinity as JSON allows them, surrogates as \\ud800 escapes


@pytest.mark.parametrize("name", HOSTILE)
def test_parse_refuses_with_the_field_named(name):
    with pytest.raises(ParseError) as refused:
        parse(hostile_file(name), filename="plan.json")
    assert HOSTILE[name][1] in str(refused.value)


@pytest.mark.parametrize("name", HOSTILE)
def test_cli_import_prints_one_line_and_exits_2(name, tmp_path, capsys):
    path = tmp_path / "plan.json"
    path.write_bytes(hostile_file(name))
    assert cli.main(["import", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "内部エラー" not in err and HOSTILE[name][1] in err
    assert not Plan.objects.exists()


@pytest.fixture
def staff(client, settings, tmp_path):
    settings.VAR_DIR = tmp_path
    user = get_user_model().objects.create_superuser("keikaku-hostile", password="pw-for-tests-only")
    client.force_login(user)
    return client


def _uploaded(client, run_tasks, name: str, data: bytes) -> str:
    """Upload, let the worker read it (as ``shinchoku worker`` does); the upload's page."""
    response = client.post(reverse("upload"), {"file": SimpleUploadedFile(name, data), "layout": ""})
    assert response.status_code == 302
    run_tasks()
    return response["Location"]


@pytest.mark.parametrize("name", HOSTILE)
def test_web_upload_refuses_and_leaves_nothing_behind(name, staff, run_tasks, settings):
    page = staff.get(_uploaded(staff, run_tasks, "plan.json", hostile_file(name)))
    assert page.status_code == 400
    assert HOSTILE[name][1] in page.content.decode().replace("&#x27;", "'")
    assert list((Path(settings.VAR_DIR) / "uploads").iterdir()) == []
    assert not Plan.objects.exists()


def test_a_pending_upload_that_the_loader_refuses_is_dropped(staff, run_tasks, settings):
    """A previewed plan changed on disk (or waiting from before these checks): confirming refuses it, files go."""
    location = _uploaded(staff, run_tasks, "nobeoka.txt", (SAMPLES / "nobeoka.txt").read_bytes())
    assert staff.get(location).status_code == 200  # the preview
    pending = next((Path(settings.VAR_DIR) / "uploads").glob("*.json"))
    plan = json.loads(pending.read_text(encoding="utf-8"))
    _schedule_year(20230)(plan)
    pending.write_text(json.dumps(plan, ensure_ascii=False), encoding="utf-8")
    staff.post(location, {"action": "confirm"})
    run_tasks()
    page = staff.get(location)
    assert page.status_code == 400
    assert "年度 20230 が計画期間 (2021–2025年度)から外れています" in page.content.decode()
    assert list(pending.parent.iterdir()) == [] and not Plan.objects.exists()


# --- what may already be stored ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def committed_stored(django_db_setup, django_db_blocker):
    """延岡市's plan, then (as if imported before the checks) a schedule year 32767 and 3,000 nested sections:
    committed once for the module's tests, which only read it (seconds a test)."""
    with django_db_blocker.unblock():
        clear_database()
        plan = load_plan(json.loads(json.dumps(BASE))).plan
        break_stored_plan(plan)
        yield plan
        clear_database()


@pytest.fixture
def stored(committed_stored, db):
    return committed_stored


def test_pages_render_what_is_stored_in_bounded_size(client, stored):
    for name in ("plan", "roadmap"):
        response = client.get(reverse(name, args=[stored.pk]))
        assert response.status_code == 200
        assert len(response.content) < 3_000_000  # 32767 does not make 30,000 columns
    roadmap = client.get(reverse("roadmap", args=[stored.pk])).content.decode()
    assert "令和17年度" in roadmap and "令和18年度" not in roadmap  # 2035 = 2025 + 10, the last column
    workbook = client.get(reverse("exports-roadmap-xlsx", args=[stored.pk]))
    assert workbook.status_code == 200
    ws = openpyxl.load_workbook(__import__("io").BytesIO(workbook.content))["全体工程表"]
    # (番号 where the plan numbers its initiatives), 取組, 担当課, (関係課: 延岡市's 「各課」), then 2021–2035 (2025 + 10)
    numbered = ws.cell(workbooks.HEADER_ROW, 1).value == workbooks.NUMBER
    related = "関係課" in [cell.value for cell in ws[workbooks.HEADER_ROW]]
    assert ws.max_column == 2 + numbered + related + len(range(2021, 2036))
    title_column = 2 if numbered else 1
    titles = [c.value for row in ws.iter_rows(min_col=title_column, max_col=title_column) for c in row if c.value]
    assert "第8層" in titles and "第2999層" in titles  # the chain below level 10 hangs under level 9


@pytest.mark.parametrize(
    "path",
    ["/plans/{pk}/?department=²", "/plans/{pk}/?department=١", "/plans/{pk}/?section=99999999999999999999999",
     "/plans/{pk}/roadmap/?department=²", "/plans/{pk}/roadmap/?department=١",
     "/plans/{pk}/roadmap/?department=99999999999999999999999"],
)  # fmt: skip
def test_odd_digits_in_parameters_are_400(client, stored, path):
    response = client.get(path.format(pk=stored.pk))
    assert response.status_code == 400
    assert re.search("正しくありません|選択してください", response.content.decode())
