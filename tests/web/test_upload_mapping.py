"""The upload preview lets the plan office map the columns the detection got wrong (issue 8).

A workbook whose columns say 「内容」「所管」「R7」: the generic readers take 内容 for a summary
(the indicator names become the titles) and R7 for the 工程. The plan office picks 取組名 and
目標値（令和7年度） in the preview, leaves the 集計 sheet out, reads again, confirms: the
initiatives have their 担当課 and targets, and the mapping is saved for 遠野市. Next year's file
with the same header is read with it without asking.
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
from shinchoku.core.models import Job
from shinchoku.plans.models import ColumnMapping, Indicator, Initiative, Municipality, Plan

pytestmark = pytest.mark.django_db

HEADER = ["番号", "内容", "所管", "指標", "R7"]
ROWS_2024 = [
    ["1", "電子申請の拡充", "総務課", "電子申請件数", "600件"],
    ["2", "窓口予約システムの導入", "市民課", "予約件数", "2,000件"],
    ["3", "庁内無線LANの整備", "情報政策課", "整備率", "100%"],
]


def workbook(rows: list[list[str]], title: str = "遠野市DX推進計画（令和6年度～令和8年度）") -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "取組一覧"
    sheet.append([title])
    sheet.append(HEADER)
    for row in rows:
        sheet.append(row)
    totals = book.create_sheet("集計")
    totals.append(["番号", "取組名", "担当課"])
    totals.append(["9", "集計行", "全課"])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


@pytest.fixture
def office(client, settings, tmp_path):
    """A plan office of 遠野市."""
    settings.VAR_DIR = tmp_path
    user = get_user_model().objects.create_user("tono-keikaku", password="pw-for-tests-only")
    municipality = Municipality.objects.create(name="遠野市")
    Membership.objects.create(user=user, role=Role.PLAN_OFFICE, municipality=municipality)
    client.force_login(user)
    client.user = user
    return client


def text_of(response) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", response.content.decode()))


def _upload(client, run_tasks, name: str, data: bytes) -> str:
    response = client.post(reverse("upload"), {"file": SimpleUploadedFile(name, data), "layout": ""})
    assert response.status_code == 302
    run_tasks()
    return response["Location"]


def _shown(location: str) -> dict[str, str]:
    """The column selects as the preview shows them: field → the selected role."""
    job = Job.objects.filter(key=location.rstrip("/").rsplit("/", 1)[-1]).order_by("-created_at").first()
    form = {}
    for number, table in enumerate(job.result["tables"]):
        for column in table["columns"]:
            role = f"{column['role']}:{column['fy']}" if column["fy"] else column["role"]
            form[f"t{number}-c{column['index']}"] = role
        if table["skipped"]:
            form[f"t{number}-skip"] = "1"
    return form


def _targets(code: str) -> list[tuple[int, float]]:
    indicator = Indicator.objects.get(initiative__code=code, retired_at__isnull=True)
    return [(v.fy, v.value) for v in indicator.values.filter(kind="target").order_by("fy")]


def test_the_plan_office_maps_the_columns_and_next_years_file_reads_the_same_way(office, run_tasks):
    location = _upload(office, run_tasks, "遠野市計画.xlsx", workbook(ROWS_2024))
    page = office.get(location)
    html, text = page.content.decode(), text_of(page)
    # Detected wrongly: the indicator names are the titles, R7 is the 工程, the 集計 row an initiative.
    assert "取組 4" in text and "表の列の割り当て" in text
    assert "シート「取組一覧」の表（見出しは 2 行目）" in text and "シート「集計」の表（見出しは 1 行目）" in text
    assert '<label for="t0-c1" class="visually-hidden">B列「内容」の役割</label>' in html
    assert '<option value="summary" selected>概要・内容</option>' in html
    assert '<option value="schedule:2025" selected>工程（スケジュール）（令和7年度）</option>' in html
    assert '<option value="target:2025">目標値（令和7年度）</option>' in html
    assert "<td>窓口予約システムの導入</td>" in html  # the first rows under the header
    assert "この表は計画ではない（読み込まない）" in text

    form = _shown(location) | {"t0-c1": "title", "t0-c4": "target:2025", "t1-skip": "1", "action": "remap"}
    assert office.post(location, form)["Location"] == location
    assert Job.objects.order_by("-created_at").first().kind == "upload-remap"
    run_tasks()
    page = office.get(location)
    text = text_of(page)
    assert page.status_code == 200 and "選んだ列の割り当てで読み直しました" in text
    assert "取組 3" in text and "シート「集計」の表（見出しは 1 行目）（読み込まない）" in text
    assert not ColumnMapping.objects.exists()  # saved only when the plan is imported

    assert office.post(location, {"action": "confirm"})["Location"] == location
    run_tasks()
    plan = Plan.objects.get()
    assert office.get(location)["Location"] == reverse("plan", args=[plan.pk])
    assert [
        (i.code, i.title, [d.name for d in i.departments.all()]) for i in plan.initiatives.order_by("position")
    ] == [
        ("1", "電子申請の拡充", ["総務課"]),
        ("2", "窓口予約システムの導入", ["市民課"]),
        ("3", "庁内無線LANの整備", ["情報政策課"]),
    ]
    assert _targets("1") == [(2025, 600)] and _targets("2") == [(2025, 2000)]
    assert not Initiative.objects.filter(title="集計行").exists()  # the sheet left out
    saved = {m.signature: m for m in ColumnMapping.objects.all()}
    assert set(saved) == {"番号|内容|所管|指標|R7", "番号|取組名|担当課"}
    main = saved["番号|内容|所管|指標|R7"]
    assert main.columns == {"A": "code", "B": "title", "C": "departments", "D": "indicator", "E": "target:2025"}
    assert main.municipality.name == "遠野市" and not main.skip and saved["番号|取組名|担当課"].skip
    assert main.saved_by == office.user and main.saved_at is not None
    assert main.history.get().history_user == office.user

    # Next year: the same header, new figures; read with the saved mapping, nothing to choose.
    rows_2025 = [r[:4] + [t] for r, t in zip(ROWS_2024, ["700件", "2,500件", "100%"], strict=True)]
    location = _upload(office, run_tasks, "遠野市計画R7.xlsx", workbook(rows_2025))
    text = text_of(office.get(location))
    assert "前回の列の割り当てを使いました" in text and "にtono-keikakuさんが保存" in text
    assert "登録済みの計画を更新します" in text and re.search(r"変更 2 ", text)
    assert office.post(location, {"action": "confirm"})["Location"] == location
    run_tasks()
    assert _targets("1") == [(2025, 700)] and _targets("2") == [(2025, 2500)]
    assert not Initiative.objects.filter(title="集計行").exists()
    assert ColumnMapping.objects.count() == 2 and ColumnMapping.objects.get(skip=False).history.count() == 1


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"t0-c1": "budget_total"}, "表 1 の B 列（内容）の役割を選び直してください。"),
        ({"t0-c1": "<script>alert(1)</script>"}, "表 1 の B 列（内容）の役割を選び直してください。"),
        ({"t0-c4": "target:20250"}, "表 1 の E 列（R7）の役割を選び直してください。"),
        ({"t0-c3": None}, "表 1 の D 列（指標）の役割を選び直してください。"),
        ({"t1-skip": "yes"}, "表 2 の「読み込まない」の値が正しくありません。"),
        ({"t0-skip": "1", "t1-skip": "1"}, "すべての表を「読み込まない」にすると、取り込む取組がありません。"),
    ],
)
def test_a_hostile_mapping_gets_a_japanese_message_and_changes_nothing(office, run_tasks, change, message):
    location = _upload(office, run_tasks, "遠野市計画.xlsx", workbook(ROWS_2024))
    jobs = Job.objects.count()
    form = _shown(location) | {"action": "remap"} | change
    response = office.post(location, {k: v for k, v in form.items() if v is not None})
    assert response.status_code == 400
    text = text_of(response)
    assert message in text and "列の割り当ては変更していません" in text
    assert 'role="alert"' in response.content.decode() and "<script>alert" not in response.content.decode()
    assert Job.objects.count() == jobs  # nothing read again
    # The preview still stands and can be confirmed as it was; no mapping was chosen, none saved.
    assert office.post(location, {"action": "confirm"})["Location"] == location
    run_tasks()
    assert Plan.objects.get().initiatives.filter(title="電子申請件数").exists()
    assert not ColumnMapping.objects.exists()


def test_a_mapping_the_readers_refuse_keeps_the_last_preview(office, run_tasks):
    """Every column 読み込まない but the number: no initiative can be read; the preview stays."""
    location = _upload(office, run_tasks, "遠野市計画.xlsx", workbook(ROWS_2024))
    form = _shown(location) | {"action": "remap", "t1-skip": "1"}
    form |= {f"t0-c{i}": "ignore" for i in range(1, 5)}
    office.post(location, form)
    run_tasks()
    page = office.get(location)
    assert page.status_code == 400
    text = text_of(page)
    assert "取組" in text and "取組 4" in text  # the last good preview (3 + the 集計 row)
    assert 'role="alert"' in page.content.decode()
    assert office.post(location, {"action": "confirm"})["Location"] == location
    run_tasks()
    assert Plan.objects.get().initiatives.count() == 4


def test_a_csv_column_mapped_in_the_preview(office, run_tasks):
    """A CSV whose 所属 column no label names: mapped to 担当課 in the preview."""
    data = (
        "遠野市 事務事業評価 一覧\n"
        "No,事務事業,所属,成果指標,起点値,目標,備考\n"
        "1,電子申請の推進,総務課,電子申請件数,120件,600件,\n"
        "2,窓口予約システム,市民課,予約件数,0件,2000件,新規\n"
    ).encode()
    location = _upload(office, run_tasks, "事務事業.csv", data)
    assert "表 1（見出しは 2 行目）" in text_of(office.get(location))
    office.post(location, _shown(location) | {"action": "remap", "t0-c2": "departments", "t0-c4": "baseline"})
    run_tasks()
    office.post(location, {"action": "confirm"})
    run_tasks()
    assert [
        [d.name for d in i.departments.all()] for i in Plan.objects.get().initiatives.order_by("position")
    ] == [["総務課"], ["市民課"]]
    indicator = Indicator.objects.get(name="電子申請件数")
    assert indicator.baseline_value == 120
    assert ColumnMapping.objects.get().columns["C"] == "departments"


@pytest.mark.slow
def test_a_pdf_table_mapped_in_the_preview(office, run_tasks, tmp_path):
    """The same table printed to PDF (Chromium): the columns are mapped the same way."""
    from ..importers.samplepdf import Print, sample_pdf

    text = tmp_path / "tono.txt"
    lines = ["遠野市DX推進計画（令和6年度～令和8年度）", "", "\t".join(HEADER), *("\t".join(r) for r in ROWS_2024)]
    text.write_text("\n".join(lines) + "\n", encoding="utf-8")
    location = _upload(office, run_tasks, "遠野市計画.pdf", sample_pdf(text, Print()).read_bytes())
    html = office.get(location).content.decode()
    assert '<option value="summary" selected>概要・内容</option>' in html
    # where the table is, as each 取組's place is given (「1ページ 3行目」): the page too (a table on page 1 said only
    # 「見出しは 2 行目」, one on a later page 「3 ページの表」 without its line)
    assert "表 1（1 ページ、見出しは 2 行目）" in text_of(office.get(location))
    office.post(location, _shown(location) | {"action": "remap", "t0-c1": "title", "t0-c4": "target:2025"})
    run_tasks()
    office.post(location, {"action": "confirm"})
    run_tasks()
    assert [i.title for i in Plan.objects.get().initiatives.order_by("position")] == [
        "電子申請の拡充", "窓口予約システムの導入", "庁内無線LANの整備",
    ]  # fmt: skip
    assert _targets("3") == [(2025, 100)]
    assert ColumnMapping.objects.get().columns["E"] == "target:2025"
    # the same PDF again: parsed once, its tables read with the saved choice (the document the first reading made,
    # copied, for the second)
    again = _upload(office, run_tasks, "遠野市計画_再.pdf", sample_pdf(text, Print()).read_bytes())
    page = text_of(office.get(again))
    assert "前回の列の割り当てを使いました" in page and "変更なし（そのまま保持） 3" in page


def two_sheets(second: str = "別紙") -> bytes:
    """遠野市's list over two sheets with one header: 取組一覧 (1–3) and ``second`` (4)."""
    book = openpyxl.load_workbook(io.BytesIO(workbook(ROWS_2024)))
    del book["集計"]
    more = book.create_sheet(second)
    more.append(HEADER)
    more.append(["4", "公共施設予約のオンライン化", "生涯学習課", "オンライン予約率", "50%"])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def test_tables_with_one_header_are_mapped_by_one_choice_and_saved_once(office, run_tasks):
    """Two sheets with the same header: the preview offers the selects once (the second table says it
    follows the first), the choice reads both, and the one saved for the header is the one used."""
    location = _upload(office, run_tasks, "遠野市計画.xlsx", two_sheets())
    page = office.get(location)
    html, text = page.content.decode(), text_of(page)
    assert "表 1 と同じ見出しのため、表 1 の割り当てで読みます" in text
    assert 'name="t0-c1"' in html and 'name="t1-c1"' not in html
    assert "この見出しの表はどれも計画ではない（すべて読み込まない）" in text
    # a hostile or stale select of the second table changes nothing: only the first's is read
    form = _shown(location) | {"t0-c1": "title", "t0-c4": "target:2025", "t1-c1": "ignore", "action": "remap"}
    office.post(location, form)
    run_tasks()
    assert "取組 4" in text_of(office.get(location))
    office.post(location, {"action": "confirm"})
    run_tasks()
    titles = [i.title for i in Plan.objects.get().initiatives.order_by("position")]
    assert titles == ["電子申請の拡充", "窓口予約システムの導入", "庁内無線LANの整備", "公共施設予約のオンライン化"]
    assert _targets("4") == [(2025, 50)]
    (saved,) = ColumnMapping.objects.all()
    assert saved.columns["B"] == "title" and not saved.skip


def test_a_sheet_left_out_on_its_own_is_not_read_and_not_saved_as_the_headers(office, run_tasks):
    """「シート「別紙」は計画ではない」 ticked: its row is not read, the same header on 取組一覧 is, and the
    saved mapping does not leave that header out next year."""
    location = _upload(office, run_tasks, "遠野市計画.xlsx", two_sheets())
    assert "シート「別紙」は計画ではない（このシートだけ読み込まない）" in text_of(office.get(location))
    form = _shown(location) | {"t0-c1": "title", "t1-sheet": "1", "action": "remap"}
    office.post(location, form)
    run_tasks()
    page = office.get(location)
    assert "取組 3" in text_of(page) and 'name="t1-sheet" value="1" checked' in page.content.decode()
    # every table of the header left out: refused with a message, nothing read from the sheets as prose
    response = office.post(location, _shown(location) | {"t0-skip": "1", "t1-sheet": "", "action": "remap"})
    assert response.status_code == 400
    assert "すべての表を「読み込まない」にすると、取り込む取組がありません。" in text_of(response)
    office.post(location, {"action": "confirm"})
    run_tasks()
    assert Plan.objects.get().initiatives.count() == 3
    (saved,) = ColumnMapping.objects.all()
    assert not saved.skip


def test_the_administrator_deletes_a_wrong_saved_mapping_and_the_next_file_is_read_as_detected(
    office, run_tasks, client
):
    """A wrong mapping, once saved, read every next file of that header wrongly, and the admin offered
    no way to remove it; deleting it is in its history with who and when."""
    location = _upload(office, run_tasks, "遠野市計画.xlsx", workbook(ROWS_2024))
    form = _shown(location) | {"t0-c1": "title", "t0-c2": "ignore", "t1-skip": "1", "action": "remap"}
    office.post(location, form)
    run_tasks()
    office.post(location, {"action": "confirm"})
    run_tasks()
    wrong = ColumnMapping.objects.get(signature="番号|内容|所管|指標|R7")
    assert wrong.columns["C"] == "ignore"  # the 所管 column left out by mistake

    admin = get_user_model().objects.create_superuser("kanri", password="pw-for-tests-only")
    client.force_login(admin)
    url = reverse("admin:plans_columnmapping_delete", args=[wrong.pk])
    assert client.get(url).status_code == 200
    assert client.post(url, {"post": "yes"})["Location"] == reverse("admin:plans_columnmapping_changelist")
    assert not ColumnMapping.objects.filter(pk=wrong.pk).exists()
    deleted = ColumnMapping.history.filter(id=wrong.pk).first()
    assert (deleted.history_type, deleted.history_user, deleted.saved_by) == ("-", admin, office.user)

    again = _upload(office, run_tasks, "遠野市計画R7.xlsx", workbook(ROWS_2024))
    shown = _shown(again)
    assert (shown["t0-c1"], shown["t0-c2"]) == ("summary", "departments")  # as detected: 所管 read again
    assert shown["t1-skip"] == "1"  # the 集計 sheet's own saved entry still applies


def test_next_years_header_a_year_on_takes_the_saved_mapping_a_year_on(office, run_tasks):
    """The mapping saved for 「番号|内容|所管|指標|R7」 (E: 目標値（令和7年度）) is next year's for 「…|R8」: E is then
    目標値（令和8年度）, nothing to choose again (found by the import walkthrough: the saved roles were lost
    as soon as the header's year moved on)."""
    location = _upload(office, run_tasks, "遠野市計画.xlsx", workbook(ROWS_2024))
    form = _shown(location) | {"t0-c1": "title", "t0-c4": "target:2025", "t1-skip": "1", "action": "remap"}
    office.post(location, form)
    run_tasks()
    office.post(location, {"action": "confirm"})
    run_tasks()

    HEADER[4] = "R8"
    try:
        rows_2026 = [r[:4] + [t] for r, t in zip(ROWS_2024, ["800件", "3,000件", "100%"], strict=True)]
        location = _upload(office, run_tasks, "遠野市計画R8.xlsx", workbook(rows_2026))
    finally:
        HEADER[4] = "R7"
    text = text_of(office.get(location))
    assert "前回の列の割り当てを使いました" in text
    assert office.post(location, {"action": "confirm"})["Location"] == location
    run_tasks()
    assert (2026, 800) in _targets("1") and (2026, 3000) in _targets("2")
    assert not Initiative.objects.filter(title="集計行").exists()


def test_the_saved_mapping_note_names_the_person_and_the_moment_in_the_apps_date_style(office, run_tasks):
    """The note said 「2026-12-04T11:41:00+09:00 (2026-12-04)にtono-keikakuさんが保存」: ISO and a login name."""
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from shinchoku.plans import mappings

    office.user.last_name, office.user.first_name = "遠野", "花子"
    office.user.save()
    municipality = Municipality.objects.get(name="遠野市")
    mapping = {"tables": [{"signature": "番号|内容|所管|指標|R7",
                           "columns": {"A": "code", "B": "title", "C": "departments", "D": "indicator",
                                       "E": "target:2025"}, "skip": False}]}  # fmt: skip
    mappings.save(municipality, mapping, office.user)
    ColumnMapping.objects.update(saved_at=datetime(2026, 12, 4, 2, 41, tzinfo=ZoneInfo("UTC")))

    text = text_of(office.get(_upload(office, run_tasks, "遠野市計画R7.xlsx", workbook(ROWS_2024))))
    assert "前回の列の割り当てを使いました" in text
    assert "令和8年12月4日 11:41に遠野 花子さんが保存" in text  # 02:41 UTC is 11:41 in Tokyo
    assert "2026-12-04" not in text and "tono-keikaku" not in text


def _kpi_book(actual_year: str, rows: list[list[str]]) -> bytes:
    """遠野市's 進捗管理表: the final target's year stays (R8), the actuals' year moves on each year."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "進捗管理表"
    sheet.append(["遠野市DX推進計画 進捗管理表"])
    sheet.append(["番号", "内容", "所管", "指標", "目標（R8）", f"実績（{actual_year}）"])
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def test_next_years_header_whose_actuals_year_alone_moved_on_takes_the_saved_mapping(office, run_tasks):
    """「目標（R8）」 stays and 「実績（R6）」 becomes 「実績（R7）」: the preview said 「前回の列の割り当てを使いました」
    but read the columns as detected (内容 a summary again, the titles lost), since the readers move a
    saved header on only when all its years move by one amount; found by the upload walk (西浦市)."""
    rows = [["1", "電子申請の拡充", "総務課", "電子申請件数", "900", "600"],
            ["2", "窓口予約システムの導入", "市民課", "予約件数", "3000", "2000"]]  # fmt: skip
    location = _upload(office, run_tasks, "r6.xlsx", _kpi_book("R6", rows))
    shown = _shown(location)
    assert (shown["t0-c1"], shown["t0-c4"], shown["t0-c5"]) == ("summary", "target:2026", "actual:2024")
    office.post(location, shown | {"t0-c1": "title", "action": "remap"})
    run_tasks()
    office.post(location, {"action": "confirm"})
    run_tasks()
    assert ColumnMapping.objects.get().columns["B"] == "title"

    rows[0][5], rows[1][5] = "700", "2500"
    location = _upload(office, run_tasks, "r7.xlsx", _kpi_book("R7", rows))
    text = text_of(office.get(location))
    assert "前回の列の割り当てを使いました" in text and "にtono-keikakuさんが保存" in text
    shown = _shown(location)
    assert (shown["t0-c1"], shown["t0-c4"], shown["t0-c5"]) == ("title", "target:2026", "actual:2025")
    assert re.search(r"変更 2 ", text) and "令和7年度 実績値: （なし） → 700" in text
    office.post(location, {"action": "confirm"})
    run_tasks()
    assert list(Initiative.objects.order_by("position").values_list("title", flat=True)) == [
        "電子申請の拡充", "窓口予約システムの導入"
    ]  # fmt: skip


def test_every_role_a_header_can_be_read_as_is_offered_in_japanese():
    """The preview's select names the role detection gave a column: 「DX」 (楢崎市's 事業一覧), 「目的」 and 「年度」 were
    shown as in_plan, purpose and year."""
    from shinchoku.importers.labels import LABELS
    from shinchoku.web.column_mapping import ROLE_NAMES

    assert [role for role in LABELS if role not in ROLE_NAMES] == []
    assert ROLE_NAMES["in_plan"] == "計画の取組の印（「DX」欄の●）"


def test_a_dated_baseline_column_set_aside_can_be_read_as_its_years_baseline_again(office, run_tasks):
    """「基準値（R5）」 read as the 令和5年度's baseline, set to 「読み込まない」 and read again, is offered as
    「基準値（現状値）（令和5年度）」 once more (walked: the select offered only the 目標値・実績値・工程・予算 of 令和5年度
    and a 基準値 without its year, so the choice detection had made could not be made again)."""
    data = (
        "遠野市DX推進計画\n"
        "No,事業名,所属,成果指標,基準値（R5）,目標値（R10）\n"
        "1-1,電子申請の拡充,総務課,電子申請件数,120件,600件\n"
        "1-2,窓口予約システムの導入,市民課,予約件数,0件,2000件\n"
    ).encode()
    location = _upload(office, run_tasks, "遠野市計画.csv", data)
    assert _shown(location)["t0-c4"] == "baseline:2023"
    office.post(location, _shown(location) | {"action": "remap", "t0-c4": "ignore"})
    run_tasks()
    html = office.get(location).content.decode()
    assert '<option value="baseline:2023">基準値（現状値）（令和5年度）</option>' in html
    office.post(location, _shown(location) | {"action": "remap", "t0-c4": "baseline:2023"})
    run_tasks()
    assert _shown(location)["t0-c4"] == "baseline:2023"
    assert "電子申請件数: 120件（令和5年度） → 600件（令和10年度）" in text_of(office.get(location))

    from shinchoku.importers.labels import YEARLY
    from shinchoku.web import column_mapping

    assert set(column_mapping.YEARLY) == set(YEARLY)  # every role the readers date by a header's year is offered so


def _filled_by_a_person(note: str) -> bytes:
    """A 取組一覧 with the template's own columns as a person fills it: the plan's name and a line over the header,
    a 備考 column the plan office uses for each 取組's 課題, a sheet of notes."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "取組一覧"
    sheet.append(["遠野市DX推進計画 取組一覧"])
    sheet.append(["岩手県遠野市　情報政策課"])
    sheet.append([])
    sheet.append(["番号", "取組名", "担当課", "指標", "基準値（R5）", "目標値（R8）", "備考"])
    sheet.append(["1-1", "電子申請の拡充", "総務課", "電子申請手続数", 30, 120, note])
    sheet.append(["1-2", "コンビニ交付の推進", "市民課", "コンビニ交付率", "15%", "40%", ""])
    book.create_sheet("記入上の注意").append(["目標値は令和8年度末の値を記入すること。"])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def test_a_table_the_template_reader_read_has_its_columns_offered_and_the_choice_kept(office, run_tasks, monkeypatch):
    """A workbook with the template's own headers (番号・取組名・担当課・指標・基準値・目標値) is read by the template
    reader: its preview offers the columns too, as it says (「表の列の割り当てを選び直すか…」). Walked: the most common
    shape of a 取組一覧 had no 「表の列の割り当て」 at all, so a 備考 column holding each 取組's 課題 could be read only as a
    note, and a mapping saved for that header was never used for next year's file."""
    location = _upload(office, run_tasks, "遠野市取組一覧.xlsx", _filled_by_a_person("申請の多い手続から"))
    text = text_of(office.get(location))
    assert "計画テンプレート" in text and "表の列の割り当て" in text
    shown = _shown(location)
    assert (shown["t0-c1"], shown["t0-c2"], shown["t0-c5"]) == ("title", "departments", "target:2026")
    office.post(location, shown | {"action": "remap", "t0-c6": "background"})
    run_tasks()
    office.post(location, {"action": "confirm"})
    run_tasks()
    assert Initiative.objects.get(code="1-1").background == "申請の多い手続から"
    assert ColumnMapping.objects.get().columns["G"] == "background"

    from shinchoku.importers import isolated

    readings: list[dict] = []
    real = isolated._answer

    def answer(*args, **kwargs):
        readings.append(args[5])  # the options the child process reads the file with
        return real(*args, **kwargs)

    monkeypatch.setattr(isolated, "_answer", answer)
    location = _upload(office, run_tasks, "遠野市取組一覧_令和7年度.xlsx", _filled_by_a_person("添付書類の省略"))
    text = text_of(office.get(location))
    assert "前回の列の割り当てを使いました" in text and "添付書類の省略" in text
    # one reading of the file, the saved choice applied in it (a 40-page PDF was read twice: to find its tables' headers,
    # then with the mapping saved for them)
    assert len(readings) == 1 and readings[0]["saved"][0]["columns"]["G"] == "background"
