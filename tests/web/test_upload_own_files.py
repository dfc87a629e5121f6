"""The files shinchoku writes of a round or of open data are refused by the plan upload, named for what they are and
where they belong, and change nothing (importers.own_files); the Plan JSON it writes is the plan, read back.

Walked: a round's 入力用 workbook renamed and uploaded as the plan was imported as its new edition (the plan's period
became the round's two years, R8–R10 targets and 工程 gone, three 取組 retired, a false actual)."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from shinchoku.importers import ParseError, parse
from shinchoku.importers.own_files import PAGE_TITLE_END
from shinchoku.plans.loader import load_plan
from shinchoku.plans.models import IndicatorValue, Initiative, Plan
from shinchoku.progress import services

pytestmark = pytest.mark.django_db
SAMPLES = Path(__file__).resolve().parents[2] / "samples" / "plans"
#: What every refusal says the plan comes from instead.
INSTEAD = (
    "計画書そのもの（PDF・Excel・Word など）か、計画のオープンデータのページからダウンロードできる Plan JSON"
)


@pytest.fixture
def office(client, settings, tmp_path):
    """A superuser signed in, 延岡市's plan loaded, its 令和5年度 round open."""
    settings.VAR_DIR = tmp_path
    user = get_user_model().objects.create_superuser("keikaku", password="pw-for-tests-only")
    client.force_login(user)
    plan = load_plan(parse(SAMPLES / "nobeoka.txt")).plan
    round_ = services.open_round(plan, 2023, date(2024, 5, 31))
    return client, plan, round_


def _state(plan: Plan) -> tuple:
    """What an import would change: the plan's period and title, its initiatives and their figures."""
    plan.refresh_from_db()
    initiatives = sorted(Initiative.objects.filter(plan=plan).values_list("pk", "title", "retired_at"))
    values = sorted(
        IndicatorValue.objects.filter(indicator__initiative__plan=plan).values_list("pk", "kind", "fy")
    )
    return plan.start_fy, plan.end_fy, plan.title, initiatives, values


def _refusal(data: bytes, name: str) -> str:
    with pytest.raises(ParseError) as refused:
        parse(data, filename=name)
    return refused.value.message


def test_the_rounds_input_workbook_is_refused_on_the_plan_upload_and_sent_to_its_rounds_page(
    office, run_tasks
):
    client, plan, round_ = office
    workbook = client.get(reverse("exports-input-xlsx", args=[round_.pk])).content
    before = _state(plan)
    name = "延岡市_令和5年度_進捗管理表_入力用_総務課.xlsx"
    response = client.post(reverse("upload"), {"file": SimpleUploadedFile(name, workbook), "layout": ""})
    run_tasks()
    shown = client.get(response["Location"]).content.decode()
    page = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", shown))
    assert (
        f"このファイルは shinchoku が書き出した進捗管理表の入力用ファイル（Excel）（「{plan.named()}」の"
        f"「{round_.title}」）で、計画ではないため計画の取込では取り込めません。" in page
    )
    assert (
        "その回のページの「Excelで入力する」から「Excelで入力した内容を取り込む」で取り込んでください。"
        in page
    )
    assert 'value="confirm"' not in shown  # no 「取り込む」 offered
    assert _state(plan) == before


@pytest.mark.parametrize(
    ("url", "name", "what"),
    [
        ("exports-progress-xlsx", "進捗管理表.xlsx", "進捗管理表（Excel）「{plan} 進捗管理表 令和5年度」"),
        ("exports-roadmap-xlsx", "全体工程表.xlsx", "全体工程表（Excel）「{plan} 全体工程表」"),
    ],
)
def test_the_progress_and_roadmap_workbooks_are_refused_as_what_they_are(office, url, name, what):
    client, plan, round_ = office
    content = client.get(reverse(url, args=[round_.pk if "progress" in url else plan.pk])).content
    message = _refusal(content, name)
    assert message.startswith(
        f"このファイルは shinchoku が書き出した{what.format(plan=plan.named())}で、計画ではない"
    )
    assert INSTEAD in message


@pytest.mark.parametrize("dataset", ["initiatives", "indicators", "schedule", "budget", "reports"])
@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_an_open_data_dataset_is_refused_as_open_data(office, dataset, fmt):
    client, plan, _round = office
    data = client.get(reverse("opendata-plan-dataset", args=[plan.pk, dataset, fmt])).content
    assert _refusal(data, f"{dataset}.{fmt}").startswith(
        f"このファイルは shinchoku のオープンデータ（{fmt.upper()}）で"
    )


def test_the_committee_report_saved_as_a_web_page_is_refused_as_the_committee_report(office):
    client, plan, round_ = office
    page = client.get(reverse("exports-committee", args=[round_.pk])).content
    message = _refusal(page, "委員会資料.html")
    assert message.startswith(
        f"このWeb ページは shinchoku の委員会資料（進捗状況報告）「令和5年度（2023） 進捗状況報告｜{plan.title}」を保存したもので"
    )


def _pdf_titled(title: str) -> bytes:
    """A one-page PDF whose document information has ``title`` (UTF-16, as a browser's print writes it)."""
    hex_title = (b"\xfe\xff" + title.encode("utf-16-be")).hex().upper()
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
        f"<< /Title <{hex_title}> /Producer (Skia/PDF m120) >>",
    ]
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for n, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{n} 0 obj\n{body}\nendobj\n".encode("ascii")
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode("ascii")
    out += "".join(f"{o:010d} 00000 n \n" for o in offsets).encode("ascii")
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info 4 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def test_the_committee_report_printed_to_pdf_is_refused_by_the_title_the_browser_kept():
    message = _refusal(_pdf_titled(f"令和7年度 進捗状況報告｜佐久穂町DX推進計画{PAGE_TITLE_END}"), "報告.pdf")
    assert message.startswith(
        "このPDFは shinchoku の委員会資料（進捗状況報告）「令和7年度 進捗状況報告｜佐久穂町DX推進計画」を保存したもので"
    )
    # a PDF of another title is read as any other (here: a page of no text, no plan)
    assert "shinchoku" not in _refusal(_pdf_titled("佐久穂町DX推進計画"), "計画.pdf")


def test_the_plan_json_shinchoku_writes_is_still_the_plan(office):
    client, plan, _round = office
    written = client.get(reverse("plan-json", args=[plan.pk])).content
    read = parse(written, filename="plan.json")
    assert read["plan"]["title"] == plan.title
    assert len(read["initiatives"]) == Initiative.objects.filter(plan=plan, retired_at=None).count()


def test_the_committee_report_without_its_title_is_known_by_what_it_prints(office):
    """Printed through a PDF printer driver the title is lost: the report's captions still say what it is."""
    client, _plan, round_ = office
    page = client.get(reverse("exports-committee", args=[round_.pk])).content
    untitled = re.sub(rb"<title>.*?</title>", b"<title>report</title>", page, flags=re.S)
    assert _refusal(untitled, "report.html").startswith(
        "このファイルは shinchoku の委員会資料（進捗状況報告）を印刷・保存したもので"
    )


#: A municipality's own list (review: read by main as 9 initiatives, refused by the first cut of own_files as the open
#: data for its columns 計画ID and 取組ID).
MUNICIPALITY_LIST = """\ufeff計画ID,取組ID,市区町村名,取組番号,取組名,担当課,指標名,単位,年度,区分,値,備考
DX2024,1,白鷺町,1,電子申請の推進,総務課,電子申請の件数,件,2023,基準値,850,
DX2024,2,白鷺町,1,電子申請の推進,総務課,電子申請の件数,件,2024,目標値,1200,
DX2024,3,白鷺町,2,マイナンバーカードの活用,住民課,マイナンバーカードの保有率,%,2023,基準値,72.4,
DX2024,4,白鷺町,2,マイナンバーカードの活用,住民課,マイナンバーカードの保有率,%,2024,目標値,80,
DX2024,5,白鷺町,3,窓口のキャッシュレス化,税務課,キャッシュレス対応窓口数,窓口,2024,目標値,5,
"""


def test_a_municipalitys_list_with_columns_named_as_the_open_datas_is_a_plan():
    read = parse(MUNICIPALITY_LIST.encode(), filename="取組一覧.csv")
    assert [i["title"] for i in read["initiatives"]][:3] == [
        "電子申請の推進",
        "マイナンバーカードの活用",
        "窓口のキャッシュレス化",
    ]


def test_the_open_datas_header_with_ids_of_another_form_is_not_the_open_data(office):
    """The open data's own header with a municipality's 取組ID (not 「P計画ID-I番号」) is not refused as the open data."""
    client, plan, _round = office
    data = client.get(reverse("opendata-plan-dataset", args=[plan.pk, "initiatives", "csv"])).content.decode(
        "utf-8-sig"
    )
    renumbered = re.sub(rf"P{plan.pk}-I(\d+)", r"\1", data)
    assert renumbered != data
    try:
        parse(renumbered.encode(), filename="initiatives.csv")
    except ParseError as refused:
        assert "オープンデータ" not in refused.message


def _edited(content: bytes, edit) -> bytes:
    import io

    from openpyxl import load_workbook

    workbook = load_workbook(io.BytesIO(content))
    edit(workbook)
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def _rename(workbook) -> None:
    workbook.worksheets[0].title = "取組一覧"


def _retitle(workbook) -> None:
    workbook.worksheets[0]["A1"] = "延岡市DX推進計画（改訂案）"


@pytest.mark.parametrize("edit", [_rename, _retitle])
def test_the_roadmap_edited_into_a_plan_is_read_as_one(office, edit):
    """Renamed or retitled (Excel and openpyxl keep its author and title), the 全体工程表 is a plan made from it: read.
    As written it is refused, and the refusal says how to bring an edited one in."""
    client, plan, _round = office
    content = client.get(reverse("exports-roadmap-xlsx", args=[plan.pk])).content
    assert "シート「全体工程表」の名前を変えて保存してから取り込んでください" in _refusal(
        content, "全体工程表.xlsx"
    )
    read = parse(_edited(content, edit), filename="全体工程表.xlsx")
    titles = {i["title"] for i in read["initiatives"]}
    active = set(Initiative.objects.filter(plan=plan, retired_at=None).values_list("title", flat=True))
    assert len(active & titles) >= len(active) // 2  # read as a plan (how well: the workbook readers' part)


def test_the_progress_workbook_saved_again_unchanged_is_still_refused(office):
    client, _plan, round_ = office
    content = client.get(reverse("exports-progress-xlsx", args=[round_.pk])).content
    assert "進捗管理表（Excel）" in _refusal(_edited(content, lambda workbook: None), "進捗管理表.xlsx")


def test_the_rounds_input_workbook_with_its_sheet_renamed_is_still_refused(office):
    client, _plan, round_ = office
    content = client.get(reverse("exports-input-xlsx", args=[round_.pk])).content
    assert "進捗管理表の入力用ファイル（Excel）" in _refusal(_edited(content, _rename), "入力.xlsx")
