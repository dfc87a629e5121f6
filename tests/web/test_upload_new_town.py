"""A town shinchoku has never seen imports its 進捗管理表 and next year's revision (walk 8, issue 8).

霧ヶ丘町's workbook is the shape a plan office keeps: a title row merged across the sheet, a
two-row header whose 「成果指標（KPI）」 spans 指標名・現状値（R5）・目標値（R9）・単位, a
進捗状況 and a 備考 column. Next year's file rewords a title, restates every 現状値, raises a
target, adds an initiative and drops one. What the plan office reads in the preview and on the
pages is asserted as it reads it.
"""

from __future__ import annotations

import io
import re

import openpyxl
import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from shinchoku.accounts.models import Membership, Role
from shinchoku.plans.models import Initiative, Municipality, Plan

pytestmark = pytest.mark.django_db

ROWS_R7 = [
    ["1", "行政手続のオンライン化", "電子申請システムの導入と対象手続の拡大", "総務課", "オンライン申請可能な手続数", 12, 80, "件", "順調", "R6に基盤導入済"],
    ["2", "行政手続のオンライン化", "キャッシュレス決済の導入", "税務課・会計課", "キャッシュレス対応窓口数", 0, 5, "窓口", "やや遅れ", "※収納代行業者と調整中"],
    ["5", "庁内DX", "RPA・AI-OCRによる業務効率化", "企画政策課", "削減時間（年間）", 300, 2000, "時間", "遅れ", ""],
]  # fmt: skip
ROWS_R8 = [
    ["1", "行政手続のオンライン化", "電子申請システムの拡充と対象手続の拡大", "総務課", "オンライン申請可能な手続数", 40, 100, "件", "順調", "目標値を上方修正"],
    ["2", "行政手続のオンライン化", "キャッシュレス決済の導入", "税務課・会計課", "キャッシュレス対応窓口数", 2, 5, "窓口", "順調", ""],
    ["6", "庁内DX", "生成AIの業務活用", "企画政策課", "生成AI活用業務数", 0, 15, "業務", "新規", "R8新規"],
]  # fmt: skip


def progress_workbook(rows: list[list], year: str) -> bytes:
    """霧ヶ丘町's 進捗管理表: merged title and two-row header, notes column."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "進捗管理表"
    sheet["A1"] = f"霧ヶ丘町デジタル・トランスフォーメーション推進計画　進捗管理表（{year}）"
    sheet.merge_cells("A1:J1")
    sheet["A2"] = "計画期間：令和6年度～令和9年度"
    for column, label in zip(
        "ABCDIJ", ["No.", "基本方針", "取組名", "担当課", "進捗状況", "備考"], strict=True
    ):
        sheet[f"{column}4"] = label
        sheet.merge_cells(f"{column}4:{column}5")
    sheet["E4"] = "成果指標（KPI）"
    sheet.merge_cells("E4:H4")
    for column, label in zip("EFGH", ["指標名", "現状値（R5）", "目標値（R9）", "単位"], strict=True):
        sheet[f"{column}5"] = label
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


@pytest.fixture
def office(client, settings, tmp_path):
    """The plan office (情報政策課) of 霧ヶ丘町, registered by the administrator."""
    settings.VAR_DIR = tmp_path
    user = get_user_model().objects.create_user("kiri-keikaku", password="pw-for-tests-only")
    town = Municipality.objects.create(name="霧ヶ丘町")
    Membership.objects.create(user=user, role=Role.PLAN_OFFICE, municipality=town)
    client.force_login(user)
    return client


def text_of(response) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", response.content.decode()))


def _uploaded(client, run_tasks, name: str, data: bytes) -> str:
    response = client.post(reverse("upload"), {"file": SimpleUploadedFile(name, data), "layout": ""})
    assert response.status_code == 302
    run_tasks()
    return response["Location"]


def _import(client, run_tasks, location: str) -> None:
    assert client.post(location, {"action": "confirm"})["Location"] == location
    run_tasks()
    assert client.get(location).status_code == 302


def test_the_preview_shows_each_kpi_with_its_unit_column_and_the_headers_years(office, run_tasks):
    """The cells hold 「12」 and 「80」; the unit is in the 単位 column, the years in 現状値（R5）・目標値（R9）.

    The preview showed 「オンライン申請可能な手続数: 12 → 80」: neither the unit nor the years
    the plan office has to check were visible (and the unit was not read at all).
    """
    location = _uploaded(office, run_tasks, "shinchoku_r7.xlsx", progress_workbook(ROWS_R7, "令和7年度"))
    page = text_of(office.get(location))
    assert "オンライン申請可能な手続数: 12件（令和5年度） → 80件（令和9年度） 評価 順調 進捗管理表 6行目" in page
    assert "キャッシュレス対応窓口数: 0窓口（令和5年度） → 5窓口（令和9年度）" in page
    assert "削減時間（年間）: 300時間（令和5年度） → 2000時間（令和9年度）" in page
    _import(office, run_tasks, location)
    plan = Plan.objects.get()
    units = {i.name: i.unit for i in Initiative.objects.get(plan=plan, code="2").indicators.all()}
    assert units == {"キャッシュレス対応窓口数": "窓口"}
    initiative = Initiative.objects.get(plan=plan, code="1")
    assert "（単位: 件）" in text_of(office.get(reverse("initiative", args=[initiative.pk])))


def test_next_years_file_says_what_changed_in_each_initiative_it_counts_as_changed(office, run_tasks):
    """Restated 現状値 made 「変更 2」 with 「2 キャッシュレス決済の導入」 listed and nothing said about it."""
    _import(
        office, run_tasks, _uploaded(office, run_tasks, "r7.xlsx", progress_workbook(ROWS_R7, "令和7年度"))
    )
    plan = Plan.objects.get()
    location = _uploaded(office, run_tasks, "r8.xlsx", progress_workbook(ROWS_R8, "令和8年度"))
    assert office.post(location, {"action": "into", "into": plan.pk})["Location"] == location
    run_tasks()
    page = text_of(office.get(location))
    assert re.search(r"追加 1 変更 2 変更なし（そのまま保持） 0 計画から外れる（削除せず保持） 1 ", page)
    assert (
        "1 電子申請システムの拡充と対象手続の拡大 "
        "取組名: 電子申請システムの導入と対象手続の拡大 → 電子申請システムの拡充と対象手続の拡大 "
        "注記: 備考：R6に基盤導入済 → 備考：目標値を上方修正 "  # the 備考 column is kept as the initiative's note
        "指標「オンライン申請可能な手続数」基準値: 12件（令和5年度） → 40件（令和5年度） "
        "指標「オンライン申請可能な手続数」令和9年度 目標値: 80件 → 100件 "
        "2 キャッシュレス決済の導入 注記: 備考：※収納代行業者と調整中 → （なし） "
        "指標「キャッシュレス対応窓口数」基準値: 0窓口（令和5年度） → 2窓口（令和5年度） "
    ) in page
    _import(office, run_tasks, location)
    moved = Initiative.objects.get(plan=plan, code="1")
    history = text_of(office.get(reverse("initiative", args=[moved.pk])))
    assert "kiri-keikaku 指標「オンライン申請可能な手続数」 変更 基準値: 変更前 12 → 変更後 40" in history
    assert Initiative.objects.get(plan=plan, code="5").retired_at is not None


def test_a_towns_own_initiatives_are_marked_town_not_city(office, run_tasks):
    """区分 「local」 was labelled 「市」 on every municipality's pages: a 町's plan offered 「国 / 市」."""
    from shinchoku.importers import parse
    from shinchoku.plans.loader import load_plan

    plan_json = parse(progress_workbook(ROWS_R7, "令和7年度"), filename="r7.xlsx")
    plan_json["initiatives"][0]["scope"] = "local"
    plan = load_plan(plan_json).plan
    page = office.get(reverse("plan", args=[plan.pk])).content.decode()
    assert '<option value="local">町</option>' in page and ">市</option>" not in page
    assert "区分: 町" in text_of(office.get(reverse("plan", args=[plan.pk])))
    initiative = Initiative.objects.get(plan=plan, code="1")
    assert re.search(r"区分 町 ", text_of(office.get(reverse("initiative", args=[initiative.pk]))))


def test_an_initiative_dropped_last_year_and_back_in_the_file_says_so(office, run_tasks):
    """It was listed under 「変更される取組」 with nothing under it."""
    _import(
        office, run_tasks, _uploaded(office, run_tasks, "r7.xlsx", progress_workbook(ROWS_R7, "令和7年度"))
    )
    plan = Plan.objects.get()
    for rows, name in ((ROWS_R8, "r8.xlsx"), (ROWS_R7, "r7.xlsx")):
        location = _uploaded(office, run_tasks, name, progress_workbook(rows, "令和8年度"))
        assert office.post(location, {"action": "into", "into": plan.pk})["Location"] == location
        run_tasks()
        if rows is ROWS_R8:
            _import(office, run_tasks, location)
    page = text_of(office.get(location))
    assert "5 RPA・AI-OCRによる業務効率化 計画に戻す（前の取込で計画から外れていた取組） " in page


def test_a_system_export_with_year_columns_is_previewed_with_its_years(office, run_tasks):
    """A 庁内システム's CSV (Shift_JIS) with 基準年度 / 目標年度 beside the values: the preview showed
    「0 → 20」 for a target of 令和7年度, and offered no role for a column of years."""
    from ..importers.test_walk_findings import SYSTEM_EXPORT

    location = _uploaded(office, run_tasks, "jigyou_ichiran.csv", SYSTEM_EXPORT)
    response = office.get(location)
    page = text_of(response)
    assert "移行業務数: 0（令和5年度） → 20（令和7年度）" in page
    assert "オンライン申請可能な手続数: 12（令和5年度） → 80（令和9年度）" in page
    html = response.content.decode()
    assert '<option value="baseline_year" selected>基準値の年度</option>' in html
    assert '<option value="target_year" selected>目標値の年度</option>' in html


def test_a_notes_column_is_shown_on_the_initiative(office, run_tasks):
    """The 備考 column of the 進捗管理表 is kept with the initiative and shown on its page, not dropped."""
    _import(office, run_tasks, _uploaded(office, run_tasks, "r7.xlsx", progress_workbook(ROWS_R7, "令和7年度")))
    initiative = Initiative.objects.get(plan=Plan.objects.get(), code="2")
    page = text_of(office.get(reverse("initiative", args=[initiative.pk])))
    assert "計画書の注記（備考・財源など） 備考 ※収納代行業者と調整中" in page


def test_the_templates_notes_column_is_shown_on_the_initiative(office, run_tasks):
    """The plan template with a 備考 column added (docs/template.md: 備考 → ``note``): its text was
    imported, kept in the Plan JSON, and shown nowhere — the initiative page showed only the notes
    the generic readers keep (``notes``), so the 財源 a plan office typed was never seen again."""
    from pathlib import Path

    book = openpyxl.load_workbook(Path(__file__).resolve().parents[2] / "samples" / "templates" / "example.xlsx")
    book["計画"]["B2"] = "霧ヶ丘町"
    book["計画"]["B3"] = None
    sheet = book["取組"]
    column = sheet.max_column + 1
    sheet.cell(1, column, "備考")
    sheet.cell(2, column, "財源：デジタル田園都市国家構想交付金（2分の1）")
    out = io.BytesIO()
    book.save(out)
    _import(office, run_tasks, _uploaded(office, run_tasks, "template.xlsx", out.getvalue()))
    plan = Plan.objects.get()
    initiative = Initiative.objects.get(plan=plan, code="1-1-1")
    page = text_of(office.get(reverse("initiative", args=[initiative.pk])))
    assert "計画書の注記（備考・財源など） 備考 財源：デジタル田園都市国家構想交付金（2分の1）" in page
    other = Initiative.objects.get(plan=plan, code="1-1-2")  # no 備考: no empty heading
    assert "計画書の注記" not in text_of(office.get(reverse("initiative", args=[other.pk])))
