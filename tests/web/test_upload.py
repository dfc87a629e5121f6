"""Uploading a plan: read in the background by the worker, preview first, nothing written until
confirmed, clear messages for bad files.

The worker is django-tasks-db's own, run in this process (``run_tasks``): the tasks are queued in
the database, claimed and run exactly as ``shinchoku worker`` runs them."""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from shinchoku.core.models import Job
from shinchoku.importers import MAX_INPUT_BYTES, ParseError, parse
from shinchoku.plans.models import Initiative, Plan

pytestmark = pytest.mark.django_db
SAMPLES = Path(__file__).resolve().parents[2] / "samples" / "plans"


@pytest.fixture
def staff(client, settings, tmp_path):
    settings.VAR_DIR = tmp_path
    user = get_user_model().objects.create_superuser("keikaku", password="pw-for-tests-only")
    client.force_login(user)
    return client


def _upload(client, name: str, data: bytes):
    return client.post(reverse("upload"), {"file": SimpleUploadedFile(name, data), "layout": ""})


def _uploaded(client, run_tasks, name: str, data: bytes) -> str:
    """Upload, let the worker read it; the upload's page (preview or refusal)."""
    response = _upload(client, name, data)
    assert response.status_code == 302
    run_tasks()
    return response["Location"]


def _confirm(client, run_tasks, location: str):
    """Confirm, let the worker import; where the upload's page leads then."""
    assert client.post(location, {"action": "confirm"})["Location"] == location
    run_tasks()
    return client.get(location)


def text_of(response) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", response.content.decode()))


def test_upload_is_read_by_the_worker_previewed_then_imported(staff, run_tasks, tmp_path):
    response = _upload(staff, "shibata.txt", (SAMPLES / "shibata.txt").read_bytes())
    assert response.status_code == 302
    location = response["Location"]
    # Queued, not yet read: the page shows the job's progress and polls it.
    waiting = staff.get(location)
    job = Job.objects.get()
    assert job.state == Job.State.QUEUED and job.kind == "upload-preview"
    assert "計画ファイルを読み取っています" in text_of(waiting)
    assert f'hx-get="{reverse("job", args=[job.pk])}"' in waiting.content.decode()
    assert staff.get(reverse("job", args=[job.pk])).status_code == 200
    assert [p.suffix for p in (tmp_path / "uploads").iterdir()] == [".upload"]

    run_tasks()
    job.refresh_from_db()
    assert job.state == Job.State.DONE
    finished = staff.get(reverse("job", args=[job.pk]))
    assert finished["HX-Refresh"] == "true"  # the poll tells the page to show the result
    preview = staff.get(location)
    page = text_of(preview)
    expected = parse(SAMPLES / "shibata.txt")
    assert "新発田市" in page and "新発田市情報化推進計画（個別取組）" in page
    assert f"取組 {len(expected['initiatives'])}" in page
    assert f"施策体系 {len(expected['sections'])}" in page
    assert "新しい計画として取り込みます" in page
    tables = re.findall(r"(?s)<table\b.*?</table>", preview.content.decode())
    assert len(tables) >= 2 and all("<caption" in t for t in tables)  # found walking a round: none had one
    if expected["warnings"]:
        first = expected["warnings"][0]
        assert f"{first['line']}行目 {first['message']}" in page
    assert not Plan.objects.exists()

    assert staff.post(location, {"action": "confirm"})["Location"] == location
    assert not Plan.objects.exists()  # imported by the worker, not by the request
    assert "取り込んでいます" in text_of(staff.get(location))
    run_tasks()
    done = staff.get(location)
    plan = Plan.objects.get()
    assert done["Location"] == reverse("plan", args=[plan.pk])
    assert plan.initiatives.count() == len(expected["initiatives"])
    page = text_of(staff.get(done["Location"]))
    assert (
        f"「{plan.title}」を取り込みました（追加 {len(expected['initiatives'])}／変更 0／変更なし 0）" in page
    )
    # a preview is used once: opened again, the page leads to the plan imported; nothing is confirmed twice
    assert staff.get(location)["Location"] == reverse("plan", args=[plan.pk])
    assert staff.post(location, {"action": "confirm"}).status_code == 404
    assert list((tmp_path / "uploads").iterdir()) == []


@pytest.mark.parametrize(
    ("files", "message"),
    [
        ({"file": SimpleUploadedFile("keikaku.csv", b"")}, "選んだファイルは空です（0 バイト）。内容のある計画ファイルを選び直してください。"),
        ({}, "計画ファイルが選ばれていません。取り込む計画ファイルを選んでください。"),
        ({"file": ""}, "計画ファイルが選ばれていません。取り込む計画ファイルを選んでください。"),
    ],
)
def test_an_empty_or_missing_file_gets_a_japanese_message_and_changes_nothing(staff, tmp_path, files, message):
    """A 0-byte file said Django's 「入力されたファイルは空です。」 under 「ファイルを読み取れませんでした」."""
    response = staff.post(reverse("upload"), {**files, "layout": ""})
    text = text_of(response)
    assert response.status_code == 400
    assert "アップロードできませんでした（データベースは変更していません）" in text and message in text
    assert "入力されたファイルは空です" not in text and "このフィールドは必須です" not in text
    assert not Job.objects.exists() and not Plan.objects.exists()
    assert not (tmp_path / "uploads").exists() or list((tmp_path / "uploads").iterdir()) == []


def _missing_references(html: str) -> list[str]:
    """The ids that aria-describedby / aria-labelledby name and no element of the page has."""
    ids = set(re.findall(r'\bid="([^"]+)"', html))
    named = re.findall(r'aria-(?:describedby|labelledby)="([^"]+)"', html)
    return [name for names in named for name in names.split() if name not in ids]


def test_the_upload_pages_name_each_fields_help_and_error_and_the_progress_bar(staff, run_tasks):
    """Every field pointed at 「id_file_helptext」 while its help was 「id_file-help」; an error was
    in the summary only, unlinked; the <progress> had no accessible name."""
    form = staff.get(reverse("upload")).content.decode()
    assert _missing_references(form) == []
    assert '<p class="help" id="id_file_helptext">' in form

    refused = staff.post(reverse("upload"), {"layout": ""})
    html = refused.content.decode()
    assert refused.status_code == 400 and _missing_references(html) == []
    assert re.search(r'<input type="file" name="file"[^>]* aria-invalid="true" aria-describedby="id_file_helptext id_file_error"', html)
    required = "計画ファイルが選ばれていません。取り込む計画ファイルを選んでください。"
    assert f'<p class="field-error" id="id_file_error">{required}</p>' in html
    assert f'<li><a href="#id_file">計画ファイル: {required}</a></li>' in html

    waiting = staff.get(_upload(staff, "hita.txt", (SAMPLES / "hita.txt").read_bytes())["Location"])
    html = waiting.content.decode()
    job = Job.objects.get()
    assert f'<progress aria-labelledby="job-{job.pk}-step">処理中</progress>' in html
    assert f'<p class="job-step" id="job-{job.pk}-step"><strong>待機中</strong>' in html
    assert _missing_references(html) == []
    preview = staff.get(_uploaded(staff, run_tasks, "shinchoku.csv", PROGRESS_CSV)).content.decode()
    assert "表の列の割り当て" in preview and _missing_references(preview) == []


def test_a_layout_chosen_for_a_file_of_another_is_refused_in_the_layouts_japanese_name(staff, run_tasks):
    """「このファイルは shibata レイアウトの計画ではありません。」: the form had offered 「新発田市の計画の形式」."""
    response = staff.post(
        reverse("upload"), {"file": SimpleUploadedFile("hita.txt", (SAMPLES / "hita.txt").read_bytes()), "layout": "shibata"}
    )
    run_tasks()
    page = text_of(staff.get(response["Location"]))
    assert (
        "このファイルは「新発田市の計画の形式」で書かれた計画ではありません。"
        "レイアウトを「自動判定」にしてアップロードし直してください。"
    ) in page
    assert "shibata" not in page


def test_cancel_discards_the_upload(staff, run_tasks, tmp_path):
    location = _uploaded(staff, run_tasks, "hita.txt", (SAMPLES / "hita.txt").read_bytes())
    assert [p.suffix for p in (tmp_path / "uploads").iterdir()] == [".json"]
    staff.post(location, {"action": "cancel"})
    assert not Plan.objects.exists()
    assert staff.get(location).status_code == 404
    assert list((tmp_path / "uploads").iterdir()) == []


def test_an_upload_cancelled_while_it_is_read_leaves_no_file(staff, run_tasks, tmp_path, monkeypatch):
    """The plan office cancels while the worker reads the file: the reading finishes, and keeps nothing."""
    from shinchoku.web import upload_jobs

    read = upload_jobs._read

    def read_then_cancelled(token, *args, **kwargs):
        found = read(token, *args, **kwargs)
        upload_jobs.remove(token)  # what 「取り消す」 does, while the worker is still at it
        return found

    monkeypatch.setattr(upload_jobs, "_read", read_then_cancelled)
    _uploaded(staff, run_tasks, "hita.txt", (SAMPLES / "hita.txt").read_bytes())
    assert list((tmp_path / "uploads").iterdir()) == []
    assert not Plan.objects.exists()


def test_reimport_preview_lists_added_changed_and_kept(staff, run_tasks):
    plan = parse(SAMPLES / "shibata.txt")
    _confirm(staff, run_tasks, _uploaded(staff, run_tasks, "shibata.json", json.dumps(plan).encode()))
    plan["initiatives"][0]["summary"] = "改訂後の取組方針"
    plan["initiatives"].pop()
    page = text_of(staff.get(_uploaded(staff, run_tasks, "shibata-r7.json", json.dumps(plan).encode())))
    assert "登録済みの計画を更新します" in page
    assert re.search(r"変更 1 ", page) and re.search(r"計画から外れる（削除せず保持） 1 ", page)
    assert re.search(rf"変更なし（そのまま保持） {len(plan['initiatives']) - 1} ", page)


def test_a_plan_json_file_is_previewed_as_itself_not_as_the_document_it_was_read_from(staff, run_tasks):
    """Walked: 「延岡市_改訂版.json」 (a plan exported as Plan JSON, one initiative removed) was previewed as 「レイアウト
    延岡市の計画の形式（施策シート・全体工程表）（nobeoka.txt）」 with each row's 場所 「141行目」: the JSON's source, the
    text's lines. The preview names the file uploaded; the import still records the document (its lines are that one's)."""
    plan = parse(SAMPLES / "nobeoka.txt")
    assert plan["plan"]["source"]["filename"] == "nobeoka.txt" and plan["initiatives"][0].get("line")
    _confirm(staff, run_tasks, _uploaded(staff, run_tasks, "nobeoka.txt", (SAMPLES / "nobeoka.txt").read_bytes()))
    plan["initiatives"].pop()
    location = _uploaded(staff, run_tasks, "延岡市_改訂版.json", json.dumps(plan, ensure_ascii=False).encode())
    response = staff.get(location)
    page = text_of(response)
    assert "レイアウト Plan JSON（shinchoku の書き出し）（延岡市_改訂版.json）" in page
    assert "元の計画書 nobeoka.txt（延岡市の計画の形式（施策シート・全体工程表））" in page
    assert "延岡市の計画の形式（施策シート・全体工程表）（nobeoka.txt）" not in page
    found = re.search(r"(?s)<caption>ファイルから読み取った取組</caption>.*?</table>", response.content.decode())
    assert found and not re.search(r"\d+(?:行目|段落目|ページ)", found.group(0))
    assert "計画から外れる（削除せず保持） 1 " in page
    # the list of uploads waiting names the file uploaded too
    assert "延岡市_改訂版.json" in text_of(staff.get(reverse("upload")))
    _confirm(staff, run_tasks, location)
    stored = Plan.objects.get()
    assert (stored.source_filename, stored.source_layout) == ("nobeoka.txt", "nobeoka")


def test_the_import_says_how_many_initiatives_left_the_plan(staff, run_tasks):
    """Walked: a revision that retired 11 of 31 取組 was confirmed with 「…を取り込みました（追加 0／変更 0／変更なし 20）。」,
    the 11 unsaid though the preview had counted them."""
    plan = parse(SAMPLES / "shibata.txt")
    _confirm(staff, run_tasks, _uploaded(staff, run_tasks, "shibata.json", json.dumps(plan).encode()))
    registered = len(plan["initiatives"])
    del plan["initiatives"][-11:]
    location = _uploaded(staff, run_tasks, "shibata-r7.json", json.dumps(plan).encode())
    assert "計画から外れる（削除せず保持） 11 " in text_of(staff.get(location))
    done = _confirm(staff, run_tasks, location)
    page = text_of(staff.get(done["Location"]))
    title = Plan.objects.get().title
    assert registered == 43
    assert f"「{title}」を取り込みました（追加 0／変更 0／変更なし 32／計画から外れた 11）。" in page


def test_a_revision_that_takes_much_of_the_plan_away_is_said_first(staff, run_tasks):
    """Walked: the plan's PDF, read badly, offered to retire 10 of 31 取組 and empty 21 others' 担当課 and 工程 like any
    preview. A third of the plan or more going is said at the top, before 「取り込む」."""
    plan = parse(SAMPLES / "shibata.txt")
    _confirm(staff, run_tasks, _uploaded(staff, run_tasks, "shibata.json", json.dumps(plan).encode()))
    registered = len(plan["initiatives"])
    scheduled = [item for item in plan["initiatives"][:-12] if item["schedule"]][:3]
    for item in scheduled:
        item["schedule"] = []
    del plan["initiatives"][-12:]
    page = text_of(staff.get(_uploaded(staff, run_tasks, "shibata-pdf.json", json.dumps(plan).encode())))
    assert "登録済みの計画の多くが変わります" in page
    assert f"登録済みの取組{registered}件のうち、12件が計画から外れ、3件で担当課・工程・指標のいずれかが空になります" in page
    assert page.index("登録済みの計画の多くが変わります") < page.index("取組の件数（登録済みの計画との比較）")


def test_a_small_revision_is_no_sweeping_change(staff, run_tasks):
    plan = parse(SAMPLES / "shibata.txt")
    _confirm(staff, run_tasks, _uploaded(staff, run_tasks, "shibata.json", json.dumps(plan).encode()))
    plan["initiatives"].pop()
    page = text_of(staff.get(_uploaded(staff, run_tasks, "shibata-r7.json", json.dumps(plan).encode())))
    assert "計画から外れる（削除せず保持） 1 " in page and "登録済みの計画の多くが変わります" not in page


def test_a_revision_that_empties_a_registered_initiative_is_said_first_however_few(staff, run_tasks):
    """Walked: a re-import that would set a 担当課 to （なし）, drop targets and an indicator was offered with the change
    notes folded away, the 「登録済みの計画の多くが変わります」 banner being for a third of the plan or more; and the
    first half of a title cut over two rows came in as a new initiative unremarked. Both are listed at the top."""
    plan = parse(SAMPLES / "nobeoka.txt")
    _confirm(staff, run_tasks, _uploaded(staff, run_tasks, "nobeoka.txt", (SAMPLES / "nobeoka.txt").read_bytes()))
    items = {item["title"]: item for item in plan["initiatives"]}
    items["窓口業務における窓口番号案内システムの導入"]["departments"] = []
    checkups = items["健診申込におけるオンライン化の推進"]["indicators"][0]
    checkups["targets"] = checkups["targets"][:2]
    items["マイナポータルからの行政手続のオンライン化"]["indicators"] = []
    first_half = dict(items["市職員採用試験の申込におけるオンライン化"], title="マイナンバーカードを活用した")
    whole = dict(items["市職員採用試験の申込におけるオンライン化"], title="書かない窓口の推進")
    plan["initiatives"] += [first_half, whole]
    response = staff.get(_uploaded(staff, run_tasks, "延岡市_改訂.json", json.dumps(plan, ensure_ascii=False).encode()))
    page = text_of(response)
    assert "登録済みの計画の多くが変わります" not in page  # 3 of 81
    banner = response.content.decode().split('id="losses"')[1].split("</div>")[0]
    said = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", banner))
    assert "登録済みの取組3件で、登録済みの担当課・目標値・指標・工程が消えます" in said
    assert "窓口業務における窓口番号案内システムの導入 担当課: 市民課 → （なし）" in said
    assert (
        "健診申込におけるオンライン化の推進 指標「対象健診数」令和6年度 目標値: 2 → （なし） "
        "指標「対象健診数」令和7年度 目標値: 2 → （なし）"
    ) in said
    assert "マイナポータルからの行政手続のオンライン化 指標を計画から外す: オンライン申請可能手続数" in said
    assert "取組名が途中で切れているように見える取組が1件追加されます" in said
    assert "マイナンバーカードを活用した" in said and "書かない窓口の推進" not in said
    assert page.index("担当課・目標値・指標・工程が消えます") < page.index("取組の件数（登録済みの計画との比較）")
    assert 'role="alert" id="losses"' in response.content.decode()


def test_a_revision_that_takes_nothing_away_has_no_such_banner(staff, run_tasks):
    plan = parse(SAMPLES / "nobeoka.txt")
    _confirm(staff, run_tasks, _uploaded(staff, run_tasks, "nobeoka.txt", (SAMPLES / "nobeoka.txt").read_bytes()))
    plan["initiatives"][1]["summary"] = "改訂後の概要"
    response = staff.get(_uploaded(staff, run_tasks, "延岡市_改訂.json", json.dumps(plan, ensure_ascii=False).encode()))
    assert "変更 1 " in text_of(response) and 'id="losses"' not in response.content.decode()


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00", "バイナリ"),
        ("memo.txt", "買い物メモ\n牛乳".encode(), "認識できません"),
        # a Word document whose download broke off: Japanese only, with what to do
        ("計画.docx", b"PK\x03\x04" + b"\x00" * 60, "ファイルが壊れているか、Word 文書ではありません。Word で開けるか確かめ"),
    ],
)
def test_bad_files_get_a_japanese_message_and_change_nothing(staff, run_tasks, tmp_path, caplog, name, data, message):
    with caplog.at_level("WARNING", logger="shinchoku.importers"):
        location = _uploaded(staff, run_tasks, name, data)
    if name.endswith(".docx"):  # the library's words went to the log, for the administrator
        assert "BadZipFile" in caplog.text
    response = staff.get(location)
    assert response.status_code == 400
    assert message in text_of(response)
    assert "zip" not in text_of(response)  # no word of the library's error (「File is not a zip file」)
    assert 'role="alert"' in response.content.decode()
    assert not Plan.objects.exists()
    assert list((tmp_path / "uploads").iterdir()) == []  # the refused file is gone
    assert staff.get(location).status_code == 404  # shown once


def test_a_refusal_names_the_line(staff, run_tasks, tmp_path):
    """A Plan JSON with a syntax error: the message says where, as the importer does."""
    data = (SAMPLES / "shibata.txt").read_bytes()
    plan = json.dumps(parse(data, filename="shibata.txt"), ensure_ascii=False, indent=1)
    broken = plan.replace('"initiatives": [', '"initiatives": [,', 1).encode()
    expected = ""
    try:
        parse(broken, filename="broken.json")
    except ParseError as exc:
        expected = str(exc)
    assert "行" in expected
    page = staff.get(_uploaded(staff, run_tasks, "broken.json", broken))
    assert page.status_code == 400 and expected in text_of(page)
    assert list((tmp_path / "uploads").iterdir()) == []


@pytest.mark.parametrize(
    ("data", "message"), [(b"a" * (MAX_INPUT_BYTES + 1), "ファイルが大きすぎます（上限 10 MB）"), (b"", "空")]
)
def test_too_large_or_empty_a_file_is_refused_at_once(staff, tmp_path, data, message):
    response = _upload(staff, "plan.txt", data)
    assert response.status_code == 400
    assert message in text_of(response)
    assert not Job.objects.exists() and not (tmp_path / "uploads").exists()


def test_a_body_larger_than_any_form_takes_gets_a_japanese_page_unread(staff, tmp_path):
    """A 50 MB upload: answered 413 in Japanese from its length alone (the body is not read)."""
    response = staff.generic(
        "POST", reverse("upload"), b"x", content_type="multipart/form-data; boundary=b", CONTENT_LENGTH="52428800"
    )
    assert response.status_code == 413
    assert "送られたデータ（50 MB）が大きすぎるため受け付けませんでした。計画ファイルは 10 MB までです。" in text_of(response)
    assert not Job.objects.exists() and not (tmp_path / "uploads").exists()


def test_a_file_that_takes_too_long_to_read_is_stopped(staff, run_tasks, settings, tmp_path):
    settings.SHINCHOKU_PARSE_TIME_LIMIT = 0.01  # no child process starts Python that fast
    page = staff.get(_uploaded(staff, run_tasks, "shibata.txt", (SAMPLES / "shibata.txt").read_bytes()))
    assert page.status_code == 400
    assert "制限時間" in text_of(page)
    assert list((tmp_path / "uploads").iterdir()) == []


def test_the_form_accepts_pdf(staff):
    html = staff.get(reverse("upload")).content.decode()
    assert 'accept=".pdf,' in html and "PDF" in html


def test_a_plan_office_imports_only_its_own_municipalitys_plans(client, settings, tmp_path, run_tasks):
    from shinchoku.accounts.models import Membership, Role
    from shinchoku.plans.loader import load_plan

    settings.VAR_DIR = tmp_path
    shibata = load_plan(parse(SAMPLES / "shibata.txt")).plan
    load_plan(parse(SAMPLES / "hita.txt"))
    user = get_user_model().objects.create_user("shibata-office", password="pw-for-tests-only")
    Membership.objects.create(user=user, role=Role.PLAN_OFFICE, municipality=shibata.municipality)
    client.force_login(user)
    own = client.get(_uploaded(client, run_tasks, "shibata.txt", (SAMPLES / "shibata.txt").read_bytes()))
    assert own.status_code == 200 and "取込内容の確認" in text_of(own)
    other = client.get(_uploaded(client, run_tasks, "hita.txt", (SAMPLES / "hita.txt").read_bytes()))
    assert other.status_code == 403 and "日田市の計画を取り込む権限がありません" in text_of(other), text_of(
        other
    )
    assert "「他の自治体の計画を参考計画として取り込む」を選んでアップロードし直してください" in text_of(other)
    new = client.get(_uploaded(client, run_tasks, "onojo.txt", (SAMPLES / "onojo.txt").read_bytes()))
    assert new.status_code == 403  # a municipality not yet in the database: administrator only
    assert [p.suffix for p in (tmp_path / "uploads").iterdir()] == [".json"]  # only the allowed one waits


def test_upload_needs_login_and_permission(client):
    response = client.get(reverse("upload"))
    assert response.status_code == 302 and reverse("login") in response["Location"]
    client.force_login(get_user_model().objects.create_user("viewer", password="pw-for-tests-only"))
    assert client.get(reverse("upload")).status_code == 403


def test_another_session_cannot_confirm_my_upload(staff, client, run_tasks):
    location = _uploaded(staff, run_tasks, "shibata.txt", (SAMPLES / "shibata.txt").read_bytes())
    other = get_user_model().objects.create_superuser("other", password="pw-for-tests-only")
    from django.test import Client

    intruder = Client()
    intruder.force_login(other)
    assert intruder.post(location, {"action": "confirm"}).status_code == 404
    assert intruder.get(reverse("job", args=[Job.objects.get().pk])).status_code == 404
    run_tasks()
    assert not Plan.objects.exists()


def test_html_in_imported_text_is_rendered_inert(client):
    from shinchoku.importers.planjson import initiative, new_plan, section
    from shinchoku.plans.loader import load_plan

    evil = '<script>alert("x")</script><img src=x onerror=alert(1)>'
    data = new_plan(
        municipality="テスト市" + evil, prefecture=None, code=None, title="計画" + evil, published=None,
        start_fy=2024, end_fy=2026, vision=evil, filename="evil.json", data=b"", layout="planjson",
    )  # fmt: skip
    data["sections"] = [section("s1", None, "基本方針", "1", "体系" + evil)]
    data["initiatives"] = [
        initiative("1", "取組" + evil, "s1", summary=evil, departments=["課" + evil], marks=[evil],
                   schedule=[{"fy": 2024, "half": None, "label": evil}])
    ]  # fmt: skip
    plan = load_plan(data).plan
    item = Initiative.objects.get()
    department = item.departments.get()
    urls = [
        reverse("home"), reverse("plan", args=[plan.pk]), reverse("initiative", args=[item.pk]),
        reverse("roadmap", args=[plan.pk]), reverse("department", args=[department.pk]),
    ]  # fmt: skip
    for url in urls:
        html = client.get(url).content.decode()
        assert "<script>alert" not in html and "<img src=x" not in html, url
        assert "&lt;script&gt;alert" in html, url


def test_a_revised_target_is_shown_and_overwritten_only_by_choice_in_the_uploaders_name(staff, run_tasks):
    """延岡市's コンビニ交付 target for 令和6年度, revised in the app to 12,500 (the plan prints 11,000)."""
    from datetime import date

    from shinchoku.plans.loader import load_plan
    from shinchoku.plans.models import Indicator, IndicatorValue, ValueKind
    from shinchoku.progress import services

    data = (SAMPLES / "nobeoka.txt").read_bytes()
    plan = load_plan(parse(data, filename="nobeoka.txt")).plan
    indicator = Indicator.objects.get(
        initiative__plan=plan,
        initiative__title__startswith="マイナンバーカードを利用した証明書等のコンビニ交付",
    )
    services.open_round(plan, 2024, date(2025, 5, 31))
    services.update_targets(indicator, {2024: 12500}, user=None, reason="上方修正")

    def target() -> float:
        return IndicatorValue.objects.get(indicator=indicator, kind=ValueKind.TARGET, fy=2024).value

    kept = _uploaded(staff, run_tasks, "nobeoka.txt", data)
    page = text_of(staff.get(kept))
    assert "証明書交付件数 令和6年度の目標値: アプリで改訂した 12,500件 を保持（ファイルでは 11,000件）" in page
    assert _confirm(staff, run_tasks, kept).status_code == 302
    assert target() == 12500  # kept by default

    chosen = _uploaded(staff, run_tasks, "nobeoka.txt", data)
    assert staff.post(chosen, {"action": "confirm", "overwrite_revised": "1"})["Location"] == chosen
    run_tasks()
    assert staff.get(chosen).status_code == 302
    assert target() == 11000
    row = IndicatorValue.objects.get(indicator=indicator, kind=ValueKind.TARGET, fy=2024)
    assert row.history.latest().history_user.username == "keikaku"  # imported in the uploader's name


#: A 進捗状況一覧 as a plan office keeps it: its municipality's name in the title, no prefecture.
PROGRESS_CSV = (
    "北杜見市DX推進計画 進捗状況一覧\r\n\r\n"
    "番号,施策,取組名,担当課,成果指標,現状値,目標値（令和8年度）\r\n"
    "1-1,1 行政手続のオンライン化,電子申請の拡充,情報政策課,電子申請可能な手続数,35,120\r\n"
    "1-2,1 行政手続のオンライン化,キャッシュレス決済の導入,市民課・会計課,対応窓口数,0,10\r\n"
).encode("cp932")


def test_a_csvs_rows_are_named_in_the_preview_as_excel_shows_them(staff, run_tasks):
    """Walked: the preview's 「場所」 for a row below a cell with line breaks (Alt+Enter) was the text's line: 「7行目」
    for the row Excel shows as row 5, and the plan office looked in the wrong row. It is Excel's row."""
    wrapped = PROGRESS_CSV.decode("cp932").replace(
        "電子申請の拡充,情報政策課", '"電子申請の\r\n拡充","情報政策課\r\n総務課"'
    ).encode("cp932")
    page = text_of(staff.get(_uploaded(staff, run_tasks, "shinchoku.csv", wrapped)))
    assert "1-1 電子申請の拡充 情報政策課、総務課 記載なし 電子申請可能な手続数: 35 → 120（令和8年度） 4行目" in page
    assert "1-2 キャッシュレス決済の導入 市民課、会計課 記載なし 対応窓口数: 0 → 10（令和8年度） 5行目" in page


def test_a_new_municipalitys_plan_office_imports_a_file_that_names_no_prefecture(
    client, settings, tmp_path, run_tasks
):
    """The administrator registered 山梨県北杜見市; its file says only 北杜見市 — it is theirs, not refused."""
    from shinchoku.accounts.models import Membership, Role
    from shinchoku.plans.models import Municipality

    settings.VAR_DIR = tmp_path
    home = Municipality.objects.create(name="北杜見市", prefecture="山梨県")
    Municipality.objects.create(name="北杜見市", prefecture="北海道")  # a namesake: the uploader's own wins
    user = get_user_model().objects.create_user("hokutomi-office", password="pw-for-tests-only")
    Membership.objects.create(user=user, role=Role.PLAN_OFFICE, municipality=home)
    client.force_login(user)
    location = _uploaded(client, run_tasks, "shinchoku.csv", PROGRESS_CSV)
    preview = client.get(location)
    assert preview.status_code == 200, text_of(preview)
    assert "山梨県 北杜見市" in text_of(preview)
    assert _confirm(client, run_tasks, location).status_code == 302
    plan = Plan.objects.get()
    assert plan.municipality == home
    assert sorted(plan.initiatives.values_list("code", flat=True)) == ["1-1", "1-2"]


def test_the_preview_lists_each_initiative_found_with_its_departments_and_kpi(staff, run_tasks):
    """Counts alone hide a misread 担当課 or a KPI without its target: the preview shows each row read."""
    preview = staff.get(_uploaded(staff, run_tasks, "shinchoku.csv", PROGRESS_CSV))
    page = text_of(preview)
    # the heading 「北杜見市DX推進計画 進捗状況一覧」 names the plan the list reports on
    assert "読み取った取組（2件）" in page and "計画名 北杜見市DX推進計画 計画名を直す" in page
    assert "1 行政手続のオンライン化 1-2 キャッシュレス決済の導入 市民課、会計課 記載なし 対応窓口数: 0 → 10（令和8年度） 5行目" in page
    assert "1 行政手続のオンライン化 1-1 電子申請の拡充 情報政策課 記載なし 電子申請可能な手続数: 35 → 120（令和8年度） 4行目" in page


def test_the_preview_shows_each_initiatives_schedule_drawn_as_shapes(staff, run_tasks):
    """篠宮市's 工程表 draws its steps as arrows over the year cells: the preview shows each 取組's 工程, years of one step
    run together, so that steps read from shapes are checked before importing (walked: no 工程 in the preview)."""
    from tests.importers.other import unseen24

    book, name = unseen24.sheet(unseen24.SHINOMIYA)
    page = text_of(staff.get(_uploaded(staff, run_tasks, name, book)))
    assert "電子申請サービスの拡充 デジタル推進課 令和7年度〜令和10年度 順次拡大" in page
    assert "書かない窓口の導入 市民課 令和7年度 検討、令和8年度 導入、令和9年度〜令和10年度 運用" in page
    assert "情報セキュリティ監査の実施 デジタル推進課 令和7年度 監査、令和9年度 監査" in page


@pytest.mark.slow
def test_the_preview_of_a_pdf_read_by_a_named_layout_names_each_initiatives_page(staff, run_tasks):
    """日田市's plan printed to PDF (A4, running header, page numbers): 「場所」 said 「40行目」, a line
    of the text the PDF is rendered into, which the plan office cannot find in the PDF. The
    initiative's page, once imported, says where it came from the same way."""
    from ..conftest import SEED_FILES
    from ..importers.samplepdf import Print, sample_pdf

    how = Print(running_header="日田市DX推進計画", page_numbers=True, merge_columns=2)
    location = _uploaded(staff, run_tasks, "hita.pdf", sample_pdf(SEED_FILES["hita"], how).read_bytes())
    page = text_of(staff.get(location))
    cells = re.findall(r"(1-1-[123]) (\S+) .*? (\d+ページ \d+行目)", page)
    assert cells[:3] == [
        ("1-1-1", "オンライン申請対応手続の拡大", "1ページ 40行目"),
        ("1-1-2", "公共施設予約手続のオンライン化の推進", "2ページ 2行目"),
        ("1-1-3", "入札関連手続のオンライン化", "2ページ 7行目"),
    ]
    _confirm(staff, run_tasks, location)
    reservations = Initiative.objects.get(code="1-1-2")
    page = text_of(staff.get(reverse("initiative", args=[reservations.pk])))
    assert "ファイル hita.pdf（レイアウト: " in page and "、2ページ 2行目から" in page


def test_the_preview_of_a_long_plan_lists_the_first_initiatives_and_says_how_many_more(staff, run_tasks, settings):
    from shinchoku.web import upload

    settings.SHINCHOKU_PARSE_TIME_LIMIT = 60
    rows = "".join(f"{n},取組{n},情報政策課\r\n" for n in range(1, upload.FOUND_SHOWN + 4))
    data = ("北杜見市DX推進計画\r\n\r\n番号,取組名,担当課\r\n" + rows).encode("cp932")
    page = text_of(staff.get(_uploaded(staff, run_tasks, "long.csv", data)))
    assert f"読み取った取組（{upload.FOUND_SHOWN + 3}件）" in page
    assert f"取組{upload.FOUND_SHOWN} " in page and f"取組{upload.FOUND_SHOWN + 1} " not in page
    assert "ほか 3件" in page


def test_a_refusal_offers_the_plan_template_to_download(staff, run_tasks):
    """「テンプレートに写して」 must be reachable from the browser, not a path in the repository."""
    page = staff.get(_uploaded(staff, run_tasks, "memo.txt", "買い物メモ\n牛乳".encode()))
    assert page.status_code == 400 and "計画テンプレートに書き写して取り込めます" in text_of(page)
    link = reverse("upload-template", args=["plan-template.xlsx"])
    assert f'href="{link}"' in page.content.decode()
    download = staff.get(link)
    assert download.status_code == 200
    assert download["Content-Disposition"] == 'attachment; filename="plan-template.xlsx"'
    assert b"".join(download.streaming_content).startswith(b"PK")
    example = staff.get(reverse("upload-template", args=["example.xlsx"]))
    assert len(parse(b"".join(example.streaming_content), filename="example.xlsx")["initiatives"]) == 9
    assert staff.get(reverse("upload-template", args=["build.py"])).status_code == 404
    assert f'href="{link}"' in staff.get(reverse("upload")).content.decode()


def test_layouts_are_offered_and_shown_in_japanese(staff, run_tasks):
    from shinchoku.importers import LAYOUTS
    from shinchoku.importers.layout_names import LAYOUT_NAMES

    assert set(LAYOUT_NAMES) == set(LAYOUTS)  # a new layout gets its Japanese name here
    form = staff.get(reverse("upload")).content.decode()
    assert '<option value="nobeoka">延岡市の計画の形式（施策シート・全体工程表）</option>' in form
    assert ">generic<" not in form
    preview = text_of(staff.get(_uploaded(staff, run_tasks, "shinchoku.csv", PROGRESS_CSV)))
    assert "レイアウト 一般的な形式（取組の表・番号付きの一覧・取組ごとの記述）（shinchoku.csv）" in preview


def _office(client, name: str = "北杜見市"):
    from shinchoku.accounts.models import Membership, Role
    from shinchoku.plans.models import Municipality

    home = Municipality.objects.create(name=name, prefecture="山梨県")
    user = get_user_model().objects.create_user("office", password="pw-for-tests-only")
    Membership.objects.create(user=user, role=Role.PLAN_OFFICE, municipality=home)
    client.force_login(user)
    return home


def test_next_years_file_with_another_title_is_imported_as_a_new_edition_of_the_plan_chosen(
    client, settings, tmp_path, run_tasks
):
    """The plan renamed in its second year (「北杜見市デジタル推進計画」) is not a new plan: its initiatives are the
    registered plan's, so the preview is of that plan's new edition (first walked: previewed as a new plan, 「取り込む」
    made a second plan beside it); the plan office may choose a new plan instead, and back."""
    settings.VAR_DIR = tmp_path
    _office(client)
    _confirm(client, run_tasks, _uploaded(client, run_tasks, "r7.csv", PROGRESS_CSV))
    plan = Plan.objects.get()
    next_year = (
        PROGRESS_CSV.decode("cp932")
        .replace("北杜見市DX推進計画 進捗状況一覧", "北杜見市デジタル推進計画 進捗状況一覧（令和8年度）")
        .replace(",0,10", ",0,12")
    )
    location = _uploaded(client, run_tasks, "r8.csv", next_year.encode("cp932"))
    first = client.get(location)
    assert "登録済みの計画を更新します 取組の多くが登録済みの計画と同じため" in text_of(first)
    assert f'<option value="{plan.pk}" selected>「北杜見市DX推進計画」の改訂版</option>' in first.content.decode()
    assert client.post(location, {"action": "into", "into": ""})["Location"] == location
    run_tasks()
    assert "新しい計画として取り込みます" in text_of(client.get(location))
    assert client.post(location, {"action": "into", "into": str(plan.pk)})["Location"] == location
    run_tasks()
    page = text_of(client.get(location))
    assert "登録済みの計画を更新します 選んだ計画の新しい版として" in page
    assert (
        "計画そのものの変更 計画名: 「北杜見市DX推進計画」 → 「北杜見市デジタル推進計画」"
        in page
    )
    assert "指標「対応窓口数」令和8年度 目標値: 10 → 12" in page
    assert _confirm(client, run_tasks, location)["Location"] == reverse("plan", args=[plan.pk])
    plan.refresh_from_db()
    assert Plan.objects.count() == 1 and plan.title == "北杜見市デジタル推進計画"
    again = client.get(location)  # reloaded once imported (first walked: 404): where it led
    assert again["Location"] == reverse("plan", args=[plan.pk])
    assert "このファイルの取込は完了しています。" in text_of(client.get(again["Location"]))


def test_a_revision_imported_while_a_round_is_open_is_previewed_with_what_it_does_to_the_round(
    client, settings, tmp_path, run_tasks
):
    """A re-import during an open round: 1-3 added got no report, 1-2 dropped stayed 「入力可」 and 未提出."""
    from datetime import date

    from shinchoku.progress.services import open_round

    settings.VAR_DIR = tmp_path
    _office(client)
    _confirm(client, run_tasks, _uploaded(client, run_tasks, "r7.csv", PROGRESS_CSV))
    round_ = open_round(Plan.objects.get(), 2025, date(2026, 5, 29))
    revised = PROGRESS_CSV.decode("cp932").replace(
        "1-2,1 行政手続のオンライン化,キャッシュレス決済の導入,市民課・会計課,対応窓口数,0,10",
        "1-3,1 行政手続のオンライン化,公共施設予約のオンライン化,施設管理課,予約できる施設数,4,20",
    )
    location = _uploaded(client, run_tasks, "r7-kaitei.csv", revised.encode("cp932"))
    page = text_of(client.get(location))
    assert (
        "進捗管理の回が受付中です 受付中の進捗管理の回「令和7年度の実績」（提出期限 令和8年5月29日（金））があります。"
        "追加される取組1件の報告をこの回に作ります（担当課が入力できるようになります）。"
        "計画から外れる取組1件の未提出の報告は、督促と未提出の集計から外します（入力済みの内容は消さずに残します）。"
    ) in page
    _confirm(client, run_tasks, location)
    rows = {r.initiative.code: r.state for r in round_.reports.select_related("initiative")}
    assert rows == {"1-1": "draft", "1-2": "withdrawn", "1-3": "draft"}
    shown = text_of(client.get(reverse("progress:round", args=[round_.pk])))
    assert "1-1 電子申請の拡充 入力可 情報政策課 — 未提出" in shown
    assert "1-2 キャッシュレス決済の導入 市民課、会計課 — 計画から外れた" in shown
    assert "提出状況：提出済 0件／承認済 0件／差戻し 0件／未提出 2件／計画から外れた 1件" in shown


def test_the_preview_says_that_an_unknown_municipality_will_be_registered(staff, run_tasks):
    """The administrator's upload of 椿市's plan registered 「椿市」 without a prefecture; the preview
    said only 「自治体 椿市」."""
    tsubaki = PROGRESS_CSV.decode("cp932").replace("北杜見市", "椿市").encode("cp932")
    location = _uploaded(staff, run_tasks, "tsubaki.csv", tsubaki)
    page = text_of(staff.get(location))
    assert "自治体 椿市 新しく登録 計画名" in page
    assert (
        "自治体「椿市」は登録されていません。取り込むと、新しい自治体「椿市」を登録します。 "
        "ファイルから都道府県を読み取れなかったため、都道府県なしで登録します（管理画面の「自治体」で設定できます）。 "
        "団体コードなしで登録します（下の欄で入力できます）。 "
        "登録済みの自治体の計画なら、取り込まずにファイルの自治体名を確かめてください（表記が違うと別の自治体になります）。"
    ) in page
    # the name is the file's own: the form under it did say 「ファイル名を仮の自治体名にしています」 all the same
    assert "自治体名はファイルから読み取りました。違っているとき（表記の違い・誤字）や都道府県を補うときは" in page
    assert "ファイル名を仮の自治体名" not in page
    _confirm(staff, run_tasks, location)
    assert Plan.objects.get().municipality.name == "椿市"
    again = text_of(staff.get(_uploaded(staff, run_tasks, "tsubaki.csv", tsubaki)))
    assert "登録されていません" not in again and "新しく登録" not in again


def _takachiho(second_line: str) -> bytes:
    """高千穂町's list as the walker wrote it: the title, then a line naming the town (its prefecture before it or not)."""
    import io

    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "取組一覧"
    for row in (
        ["高千穂町DX推進計画\u3000取組一覧"], [second_line], [],
        ["番号", "取組名", "担当課", "KPI", "基準値", "目標値", "実施年度"],
        ["1", "書かない窓口の導入", "町民課", "窓口申請のデジタル化手続数", "0件（令和6年度）", "20件", "令和7年度～令和9年度"],
        ["2", "町ホームページのリニューアル", "総務課", "ホームページ閲覧数", "120,000件", "150,000件", "令和7年度"],
    ):  # fmt: skip
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_the_prefecture_before_the_towns_name_is_read_and_the_preview_follows_what_is_typed(staff, run_tasks):
    """「宮崎県高千穂町　計画期間：令和7年度～令和9年度」 under the title: the preview said 「ファイルから都道府県を読み
    取れなかったため、都道府県なしで登録します」; and once 宮崎県 and the code were typed, it still said 「自治体名はファイル
    から読み取りました…」 and 「新しい自治体「高千穂町」を登録します」 without the prefecture typed (walked)."""
    named = _takachiho("宮崎県高千穂町\u3000計画期間：令和7年度～令和9年度")
    location = _uploaded(staff, run_tasks, "takachiho.xlsx", named)
    page = text_of(staff.get(location))
    assert "自治体 宮崎県 高千穂町 新しく登録" in page
    assert "新しい自治体「宮崎県高千穂町」を登録します。 都道府県は「宮崎県」として登録します。" in page
    assert "都道府県を読み取れなかった" not in page

    location = _uploaded(staff, run_tasks, "takachiho2.xlsx", _takachiho("計画期間：令和7年度～令和9年度"))
    page = text_of(staff.get(location))
    assert "新しい自治体「高千穂町」を登録します。 ファイルから都道府県を読み取れなかったため" in page
    assert "自治体名はファイルから読み取りました。" in page
    typed = {"action": "municipality", "municipality_name": "高千穂町", "municipality_prefecture": "宮崎県"}
    assert staff.post(location, typed | {"municipality_code": "45441"})["Location"] == location
    run_tasks()
    page = text_of(staff.get(location))
    assert (
        "自治体「宮崎県高千穂町」は登録されていません。取り込むと、新しい自治体「宮崎県高千穂町」を登録します。 "
        "都道府県は「宮崎県」として登録します。 団体コードは「454419」として登録します。"
    ) in page
    assert "入力した自治体名・都道府県・団体コードで確認しています（ファイルは読み直していません）。" in page
    assert "自治体名はファイルから読み取りました" not in page and "都道府県を読み取れなかった" not in page


def test_a_plan_not_offered_cannot_be_chosen_as_the_one_revised(client, settings, tmp_path, run_tasks):
    from shinchoku.plans.models import Municipality

    settings.VAR_DIR = tmp_path
    _office(client)
    other = Municipality.objects.create(name="日田市", prefecture="大分県")
    theirs = Plan.objects.create(municipality=other, title="第4次日田市情報化基本計画")
    location = _uploaded(client, run_tasks, "r7.csv", PROGRESS_CSV)
    refused = client.post(location, {"action": "into", "into": str(theirs.pk)})
    assert refused.status_code == 400 and "改訂先にできません" in text_of(refused)
    run_tasks()
    assert Plan.objects.count() == 1 and theirs.initiatives.count() == 0


def test_a_reference_plan_without_its_municipality_in_the_file_takes_the_name_given(staff, run_tasks):
    """A bare CSV of another town's initiatives: named after the form's 自治体名, not after the file."""
    data = "番号,取組名,担当課,成果指標,現状値,目標値（令和8年度）\r\n1,書かない窓口の導入,市民課,対応手続数,0,50\r\n"
    response = staff.post(
        reverse("upload"),
        {
            "file": SimpleUploadedFile("torikumi.csv", data.encode("cp932")),
            "layout": "",
            "reference": "on",
            "reference_municipality": "南小国町",
            "reference_prefecture": "熊本県",
            "reference_source": "https://example.jp/dx.csv",
        },
    )
    run_tasks()
    page = text_of(staff.get(response["Location"]))
    assert "熊本県 南小国町" in page and "南小国町 計画" in page and "torikumi" not in page.replace("torikumi.csv", "")
    assert "1 書かない窓口の導入 市民課 記載なし 対応手続数: 0 → 50（令和8年度） 2行目" in page  # the year's target when no period


def test_a_warning_about_the_whole_file_says_so_where_others_give_the_line(staff, run_tasks):
    """A bare CSV names no municipality: the preview warns so, placed at 「文書全体」, not at 「—」."""
    data = "番号,取組名,担当課,成果指標,現状値（令和5年度）,目標値（令和8年度）\r\n1,書かない窓口の導入,市民課,対応手続数,0,50\r\n"
    page = text_of(staff.get(_uploaded(staff, run_tasks, "torikumi.csv", data.encode("cp932"))))
    warnings = page[page.index("場所 内容") :]
    assert "文書全体 自治体名の行がないため「torikumi」の計画として読みました" in warnings
    assert "文書全体 計画期間が文書にないため、基準値の翌年度から目標値の年度まで（令和6年度〜令和8年度）としました。" in page
    assert "—" not in warnings[: warnings.index("取り込む 取り消す")]


def test_a_file_read_but_not_the_users_to_import_is_not_called_unreadable(client, settings, tmp_path, run_tasks):
    """日田市's plan office uploading 延岡市's plan: the file was read; the page said 「ファイルを読み取れません
    でした」 and offered the plan template, which would not help (the plan is another municipality's)."""
    from shinchoku.accounts.models import Membership, Role
    from shinchoku.plans.loader import load_plan

    settings.VAR_DIR = tmp_path
    shibata = load_plan(parse(SAMPLES / "shibata.txt")).plan
    load_plan(parse(SAMPLES / "hita.txt"))
    user = get_user_model().objects.create_user("shibata-office", password="pw-for-tests-only")
    Membership.objects.create(user=user, role=Role.PLAN_OFFICE, municipality=shibata.municipality)
    client.force_login(user)
    other = client.get(_uploaded(client, run_tasks, "hita.txt", (SAMPLES / "hita.txt").read_bytes()))
    assert other.status_code == 403
    html = other.content.decode()
    assert "<h1>このファイルは取り込めません</h1>" in html and "読み取れませんでした" not in html
    assert "plan-template" not in html


def test_the_preview_is_kept_for_its_user_and_found_again_in_another_browser(staff, run_tasks, tmp_path):
    """The preview was tied to the browser session: signed in again (or in a second browser), the plan
    office got 404 for its own upload and had to upload again. It is kept per user on the server,
    listed on the import page until imported or cancelled; another user still gets 404."""
    from django.test import Client

    location = _uploaded(staff, run_tasks, "hita.txt", (SAMPLES / "hita.txt").read_bytes())
    token = location.rstrip("/").rsplit("/", 1)[-1]
    second = Client()  # a fresh session: the plan office signs in again elsewhere
    assert second.post(reverse("login"), {"username": "keikaku", "password": "pw-for-tests-only"}).status_code == 302
    page = second.get(reverse("upload"))
    text = text_of(page)
    assert "確認中の取込" in text and "hita.txt" in text and "確認待ち" in text
    assert f'href="{location}"' in page.content.decode()
    preview = second.get(location)
    assert preview.status_code == 200 and "取込内容の確認" in text_of(preview)

    outsider = Client()
    outsider.force_login(get_user_model().objects.create_superuser("other", password="pw-for-tests-only"))
    assert outsider.get(location).status_code == 404
    assert token not in outsider.get(reverse("upload")).content.decode()

    plan = _confirm(second, run_tasks, location)  # confirmed in the second browser
    assert plan.status_code == 302 and Plan.objects.count() == 1
    for browser in (staff, second):  # over: used once, in whichever browser (leading to the plan), and no longer listed
        assert browser.get(location)["Location"] == plan["Location"]
        assert browser.post(location, {"action": "confirm"}).status_code == 404
        assert "確認中の取込" not in text_of(browser.get(reverse("upload")))
    assert list((tmp_path / "uploads").iterdir()) == []


def test_an_upload_cancelled_in_one_browser_is_gone_in_the_other(staff, run_tasks, tmp_path):
    from django.test import Client

    location = _uploaded(staff, run_tasks, "hita.txt", (SAMPLES / "hita.txt").read_bytes())
    second = Client()
    second.force_login(get_user_model().objects.get(username="keikaku"))
    assert second.post(location, {"action": "cancel"})["Location"] == reverse("upload")
    assert staff.get(location).status_code == 404 and staff.post(location, {"action": "confirm"}).status_code == 404
    assert not Plan.objects.exists() and list((tmp_path / "uploads").iterdir()) == []


#: A KPI list exported from a 庁内 system: no line names the municipality or the plan.
SYSTEM_CSV = (
    "施策コード,施策名,所管課,指標名,単位,R5実績,R6目標\n"
    "A-01,行政手続のオンライン化,デジタル推進課,オンライン申請件数,件,2100,3000\n"
    "A-02,キャッシュレス決済の導入,会計課,キャッシュレス対応窓口数,か所,3,8\n"
).encode()


def test_a_file_naming_no_municipality_is_imported_under_the_name_typed_in_the_preview(staff, run_tasks):
    """「dx_kpi.csv」 was registered as the municipality 「dx_kpi」 with the plan 「dx_kpi 計画」: the
    preview said 「取込時に確認してください」 and offered no way to. The name typed there is the one
    registered; a bad one gets a Japanese message and changes nothing."""
    from shinchoku.plans.models import Municipality

    location = _uploaded(staff, run_tasks, "dx_kpi.csv", SYSTEM_CSV)
    page = text_of(staff.get(location))
    # the actuals the list printed, to check before importing (first walked: not shown)
    assert "オンライン申請件数: — → 3000件（令和6年度） 実績 2100件（令和5年度）" in page
    assert "自治体「dx_kpi」は登録されていません" in page and "この自治体名で確認し直す" in page
    assert "ファイルに自治体名が書かれていないため、ファイル名を仮の自治体名にしています。" in page

    for bad, message in (("", "自治体名を入力してください"), ("dx_kpi", "市・区・町・村"), ("<b>市", "市・区・町・村")):
        refused = staff.post(location, {"action": "municipality", "municipality_name": bad, "municipality_prefecture": ""})
        assert refused.status_code == 400 and message in text_of(refused)
    refused = staff.post(location, {"action": "municipality", "municipality_name": "桜野市", "municipality_prefecture": "火星"})
    assert refused.status_code == 400 and "都道府県は一覧から選んでください" in text_of(refused)
    assert Job.objects.filter(kind="upload-remap").count() == 0

    assert "団体コードなしで登録します" in page
    # the 団体コード, the key open data is joined by (walked: a municipality an import registered had none, and no
    # page to give it one): typed with its five digits, the check digit is added; another prefecture's is refused
    for bad, message in (("06２１", "6桁（検査数字を含む）か"), ("062150", "検査数字（6桁目）が合いません"), ("01100", "山形県の団体コードではありません")):
        typed = {"action": "municipality", "municipality_name": "桜野市", "municipality_prefecture": "山形県"}
        refused = staff.post(location, typed | {"municipality_code": bad})
        assert refused.status_code == 400 and message in text_of(refused), bad
    Municipality.objects.create(name="上山市", prefecture="山形県", code="062154")
    held = {"action": "municipality", "municipality_name": "桜野市", "municipality_prefecture": "山形県"}
    refused = staff.post(location, held | {"municipality_code": "06215"})
    # walked: a code another municipality holds sent the plan into that one (the loader finds a municipality by code)
    assert refused.status_code == 400 and "団体コード 062154 は登録済みの自治体「上山市」のものです" in text_of(refused)
    # the code field is the one marked, and what was typed is there to correct (walked: the name was marked, the code
    # typed replaced by the file's)
    page = refused.content.decode()
    code_field = re.search(r'<input[^>]*id="municipality-code"[^>]*>', page).group(0)
    name_field = re.search(r'<input[^>]*id="municipality-name"[^>]*>', page).group(0)
    assert 'aria-invalid="true"' in code_field and 'value="06215"' in code_field and "municipality-error" in code_field
    assert "aria-invalid" not in name_field and 'value="桜野市"' in name_field
    assert '<option value="山形県" selected>' in page
    Municipality.objects.filter(name="上山市").delete()
    named = {"action": "municipality", "municipality_name": "桜野市", "municipality_prefecture": "山形県"}
    assert staff.post(location, named | {"municipality_code": "０６２１５"})["Location"] == location
    run_tasks()
    page = text_of(staff.get(location))
    assert "自治体 山形県 桜野市 新しく登録" in page and "計画名 桜野市 計画" in page
    assert "団体コードは「062154」として登録します。" in page
    assert "dx_kpi" not in page.replace("dx_kpi.csv", "")  # the file keeps its name, nothing else does
    assert not Municipality.objects.exists()  # a preview changes nothing

    assert _confirm(staff, run_tasks, location).status_code == 302
    plan = Plan.objects.get()
    assert (plan.municipality.name, plan.municipality.prefecture, plan.title) == ("桜野市", "山形県", "桜野市 計画")
    assert plan.municipality.code == "062154"
    assert plan.initiatives.count() == 2 and not Municipality.objects.filter(name="dx_kpi").exists()


def test_a_plan_written_in_word_is_uploaded_previewed_and_imported(staff, run_tasks):
    """The 伊豆の国市 sample typed into Word (.docx): the form offers it, the worker reads it as the sample's layout,
    and the plan is imported whole."""
    from tests.importers.other.worddocs import word_document

    html = staff.get(reverse("upload")).content.decode()
    assert ".docx" in re.search(r'accept="([^"]*)"', html).group(1) and "Word 文書（.docx）" in html
    written = word_document((SAMPLES / "izunokuni.txt").read_text(encoding="utf-8"))
    location = _uploaded(staff, run_tasks, "アクションプラン.docx", written)
    expected = parse(SAMPLES / "izunokuni.txt")
    page = text_of(staff.get(location))
    assert "伊豆の国市" in page and f"取組 {len(expected['initiatives'])}" in page
    done = _confirm(staff, run_tasks, location)
    plan = Plan.objects.get()
    assert done["Location"] == reverse("plan", args=[plan.pk])
    assert plan.initiatives.count() == len(expected["initiatives"]) == 31


def test_a_word_documents_places_are_paragraphs(staff, run_tasks):
    """鈴蘭町's Word plan (batch 21): the preview and the imported 取組 say where each was read in paragraphs (a Word
    user cannot count lines), 「14段落目」 for the first bullet, never 「14行目」."""
    from tests.importers.other import unseen21

    data, name = unseen21.sheet(unseen21.SUZURAN)
    location = _uploaded(staff, run_tasks, name, data)
    preview = text_of(staff.get(location))
    assert "電子申請の拡充 住民課" in preview and "14段落目" in preview and "行目" not in preview
    _confirm(staff, run_tasks, location)
    item = Initiative.objects.get(title="電子申請の拡充")
    page = text_of(staff.get(reverse("initiative", args=[item.pk])))
    assert "14段落目から" in page and "行目から" not in page


def test_a_plan_saved_from_its_web_page_is_uploaded_previewed_and_imported(staff, run_tasks):
    """桜川町's 取組一覧 saved from the town's site (.html): the form offers the file type, the worker reads the page
    without the site's menus, the preview names each 取組's place in paragraphs, and the plan is imported whole."""
    from tests.importers.other.webpages import PAGES

    html = staff.get(reverse("upload")).content.decode()
    assert ".html" in re.search(r'accept="([^"]*)"', html).group(1) and "Web ページ（.html）" in html
    data, _ = PAGES["sakuragawa_dx.html"]
    location = _uploaded(staff, run_tasks, "桜川町DX推進計画.html", data)
    preview = text_of(staff.get(location))
    assert "桜川町" in preview and "取組 5" in preview and "行目" not in preview
    assert "表 1（見出しは 8 段落目）" in preview and "5 テレワーク環境の整備 総務課" in preview
    _confirm(staff, run_tasks, location)
    plan = Plan.objects.get()
    assert (plan.municipality.name, plan.initiatives.count()) == ("桜川町", 5)
    item = Initiative.objects.get(title="子育て手続のオンライン化")
    assert [d.name for d in item.departments.all()] == ["子育て支援課"]


def test_the_preview_shows_the_grades_a_progress_list_printed():
    """笠間市's 進捗状況一覧 prints each indicator's 評価 beside its 実績値: the preview shows both, with their years."""
    from shinchoku.web.upload import found_initiatives

    plan = {
        "sections": [],
        "initiatives": [
            {
                "code": "1-1-2", "title": "マイナンバーカードの普及促進", "departments": ["市民課"],
                "indicators": [{
                    "name": "マイナンバーカード交付率", "unit": "%", "baseline": None, "targets": [],
                    "final_target": {"fy": 2026, "value": 90.0, "text": "90.0%"},
                    "actuals": [{"fy": 2024, "value": 78.6, "text": "78.6%"}, {"fy": 2025, "value": 84.1, "text": "84.1%"}],
                    "evaluations": [{"fy": 2024, "text": "B"}, {"fy": 2025, "text": "A"}],
                }],
            }
        ],
    }  # fmt: skip
    (row,) = found_initiatives(plan)["rows"]
    (shown,) = row["indicators"]
    assert shown["actuals"] == "78.6%（令和6年度）、84.1%（令和7年度）"
    assert shown["grades"] == "令和6年度 B、令和7年度 A"


def test_a_file_named_in_the_preview_is_previewed_as_the_edition_it_is(staff, run_tasks):
    """A CSV of the 取組 sheet alone names no municipality; once the administrator types 北杜見市 in the preview, its
    initiatives are the registered plan's, so the preview is of that plan's new edition (first walked: 「新しい計画と
    して取り込む」 again, as only the first reading guessed the edition)."""
    _confirm(staff, run_tasks, _uploaded(staff, run_tasks, "r7.csv", PROGRESS_CSV))
    plan = Plan.objects.get()
    bare = PROGRESS_CSV.decode("cp932").split("\r\n\r\n", 1)[1].replace(",0,10", ",0,12")
    location = _uploaded(staff, run_tasks, "torikumi.csv", bare.encode("cp932"))
    assert "新しい計画として取り込みます" in text_of(staff.get(location))
    named = {"action": "municipality", "municipality_name": "北杜見市", "municipality_prefecture": ""}
    assert staff.post(location, named)["Location"] == location
    run_tasks()
    page = staff.get(location)
    assert "登録済みの計画を更新します 取組の多くが登録済みの計画と同じため" in text_of(page)
    assert f'<option value="{plan.pk}" selected>' in page.content.decode()
    assert "指標「対応窓口数」令和8年度 目標値: 10 → 12" in text_of(page)
    # the title the reader made up for a file that states none is not the plan's: the preview names the plan's own
    # (first walked: 「計画名 北杜見市 計画」 above a revision that keeps 「北杜見市DX推進計画」)
    assert "計画名 北杜見市DX推進計画（ファイルに計画名がないため、取込先の計画名のままにします）" in text_of(page)
    assert "計画名: 「" not in text_of(page)
    # the list of uploads waiting names it as the preview does (walked: 「北杜見市 計画」 there)
    waiting = text_of(staff.get(reverse("upload")))
    assert "torikumi.csv 北杜見市DX推進計画 " in waiting and "北杜見市 計画" not in waiting


@pytest.mark.slow
def test_a_plan_kept_as_an_excel_97_book_is_uploaded_as_it_is(staff, run_tasks):
    """雪見台市's 進捗状況一覧 saved as .xls (Excel 97-2003, by LibreOffice Calc): previewed and imported as the .xlsx
    would be; first refused with 「保存し直してから取り込んでください」."""
    from tests.importers.other import unseen23
    from tests.importers.samplexlsx import calc_saved

    book, _ = unseen23.sheet("yukimidai_shinchoku_ichiran.xlsx")
    xls = calc_saved(book, "unseen23-yukimidai", "xls").read_bytes()
    location = _uploaded(staff, run_tasks, "令和6年度進捗状況一覧.xls", xls)
    assert "取組 10" in text_of(staff.get(location))
    _confirm(staff, run_tasks, location)
    plan = Plan.objects.get()
    assert plan.municipality.name == "雪見台市"
    assert Initiative.objects.filter(plan=plan).count() == 10
    assert (plan.source_filename, plan.source_sha256) == ("令和6年度進捗状況一覧.xls", hashlib.sha256(xls).hexdigest())


def test_the_plan_office_corrects_the_plans_title_in_the_preview(client, settings, tmp_path, run_tasks):
    """A list that states no plan's name is named by its file (「進捗状況一覧_R6」 is no plan's name): the plan office types
    the title the cover prints, sees the preview again under it, and the plan is imported so; an empty title is
    refused at the field and changes nothing."""
    from shinchoku.accounts.models import Membership, Role
    from shinchoku.plans.models import Municipality

    settings.VAR_DIR = tmp_path
    home = Municipality.objects.create(name="北杜見市", prefecture="山梨県")
    user = get_user_model().objects.create_user("hokutomi-office", password="pw-for-tests-only")
    Membership.objects.create(user=user, role=Role.PLAN_OFFICE, municipality=home)
    client.force_login(user)
    untitled = PROGRESS_CSV.split(b"\r\n\r\n", 1)[1]
    location = _uploaded(client, run_tasks, "進捗状況一覧_R6.csv", untitled)
    first = client.get(location)
    assert "計画名を直す" in text_of(first)
    assert "北杜見市ＤＸ推進計画" not in text_of(first)

    refused = client.post(location, {"action": "title", "plan_title": "　"})
    assert refused.status_code == 400
    page = refused.content.decode()
    assert "計画名を入力してください" in text_of(refused)
    assert 'id="plan-title"' in page and 'aria-invalid="true"' in page and "<details class=\"retitle\" open>" in page

    assert client.post(location, {"action": "title", "plan_title": " 北杜見市ＤＸ推進計画\n"}).status_code == 302
    run_tasks()
    again = client.get(location)
    assert "北杜見市ＤＸ推進計画" in text_of(again)
    assert _confirm(client, run_tasks, location).status_code == 302
    plan = Plan.objects.get()
    assert (plan.municipality, plan.title) == (home, "北杜見市ＤＸ推進計画")
    assert not [w for w in plan.warnings if "計画名" in w["message"]]
    assert sorted(plan.initiatives.values_list("code", flat=True)) == ["1-1", "1-2"]


def test_a_title_corrected_for_a_file_of_a_registered_plan_renames_that_plan(client, settings, tmp_path, run_tasks):
    """The file matched a registered plan by its title; the plan office corrects the title in the preview: the plan is
    renamed, not registered again (walked: 「新しい計画として取り込みます」, 追加 11 — a second plan of the same 取組)."""
    from shinchoku.accounts.models import Membership, Role
    from shinchoku.plans.models import Municipality

    settings.VAR_DIR = tmp_path
    home = Municipality.objects.create(name="北杜見市", prefecture="山梨県")
    user = get_user_model().objects.create_user("hokutomi-office", password="pw-for-tests-only")
    Membership.objects.create(user=user, role=Role.PLAN_OFFICE, municipality=home)
    client.force_login(user)
    _confirm(client, run_tasks, _uploaded(client, run_tasks, "shinchoku.csv", PROGRESS_CSV))
    first = Plan.objects.get()
    location = _uploaded(client, run_tasks, "shinchoku.csv", PROGRESS_CSV)
    # the plan of that title is updated, and the page says how to make the file a plan of its own (walked: choosing
    # 「新しい計画として取り込む」 changed nothing, unexplained)
    assert f"計画名が「{first.title}」の計画が登録済みのため、その計画を更新します" in text_of(client.get(location))
    assert client.post(location, {"action": "title", "plan_title": "北杜見市ＤＸ推進計画"}).status_code == 302
    run_tasks()
    page = text_of(client.get(location))
    assert "新しい計画として取り込みます" not in page
    assert f"計画名: 「{first.title}」 → 「北杜見市ＤＸ推進計画」" in page
    _confirm(client, run_tasks, location)
    assert list(Plan.objects.values_list("pk", "title")) == [(first.pk, "北杜見市ＤＸ推進計画")]


def test_a_title_typed_in_a_preview_stays_the_plans_on_next_years_file(client, settings, tmp_path, run_tasks):
    """The plan office corrected the title once; next year's file prints its old heading: the plan keeps the title
    typed, and the preview says so (walked: it proposed 「計画名: 「…ＤＸ推進計画」 → 「…（令和６年度～令和９年度）」」 again)."""
    from shinchoku.accounts.models import Membership, Role
    from shinchoku.plans.models import Municipality

    settings.VAR_DIR = tmp_path
    home = Municipality.objects.create(name="北杜見市", prefecture="山梨県")
    user = get_user_model().objects.create_user("hokutomi-office", password="pw-for-tests-only")
    Membership.objects.create(user=user, role=Role.PLAN_OFFICE, municipality=home)
    client.force_login(user)
    location = _uploaded(client, run_tasks, "shinchoku.csv", PROGRESS_CSV)
    client.post(location, {"action": "title", "plan_title": "北杜見市ＤＸ推進計画"})
    run_tasks()
    _confirm(client, run_tasks, location)
    following = PROGRESS_CSV.replace("35,120".encode("cp932"), "35,130".encode("cp932"))
    location = _uploaded(client, run_tasks, "shinchoku_R7.csv", following)
    page = text_of(client.get(location))
    assert "計画名: 「北杜見市ＤＸ推進計画」" not in page
    assert "北杜見市ＤＸ推進計画（取込時に入力した計画名のままにします。ファイルでは「北杜見市DX推進計画」）" in page
    _confirm(client, run_tasks, location)
    assert list(Plan.objects.values_list("title", flat=True)) == ["北杜見市ＤＸ推進計画"]


def test_a_list_sharing_only_numbers_with_a_plan_is_no_edition_of_it(client, settings, tmp_path, run_tasks):
    """Every plan numbers its 取組 「1-1」「1-2」: a list whose numbers a registered plan holds under other titles is a
    new plan, not that plan's next edition (walked: a two-row list was guessed to be one, to retire five 取組 and retitle
    one)."""
    from shinchoku.accounts.models import Membership, Role
    from shinchoku.plans.models import Municipality

    settings.VAR_DIR = tmp_path
    home = Municipality.objects.create(name="北杜見市", prefecture="山梨県")
    user = get_user_model().objects.create_user("hokutomi-office", password="pw-for-tests-only")
    Membership.objects.create(user=user, role=Role.PLAN_OFFICE, municipality=home)
    client.force_login(user)
    _confirm(client, run_tasks, _uploaded(client, run_tasks, "shinchoku.csv", PROGRESS_CSV))
    other = (
        "北杜見市地域情報化計画\r\n\r\n番号,取組名,担当課\r\n1-1,防災行政無線のデジタル化,危機管理課\r\n"
        "1-2,公用車の電動化,管財課\r\n"
    ).encode("cp932")
    page = text_of(client.get(_uploaded(client, run_tasks, "chiiki.csv", other)))
    assert "新しい計画として取り込みます" in page
    assert "計画から外れる取組" not in page


@pytest.mark.slow
def test_the_page_of_a_pdf_being_read_says_how_many_pages_are_read(staff, run_tasks, monkeypatch):
    """A plan PDF of several pages: the upload's page follows the reading page by page (「3/4ページ」, the bar from a
    third to two thirds), not a 「ファイルを読み取っています」 at 33% for the minute a hundred pages take (walked)."""
    from shinchoku.core.tasks import Progress

    from ..importers.samplepdf import print_html

    rows = "".join(f"<tr><td>{n}</td><td>取組その{n}の推進</td><td>情報政策課</td></tr>" for n in range(1, 161))
    page = (
        "<!doctype html><html lang=ja><meta charset=utf-8><body><p>進捗市DX推進計画</p>"
        f"<table><thead><tr><th>番号</th><th>取組名</th><th>担当課</th></tr></thead><tbody>{rows}</tbody></table>"
    )
    data = print_html(page, "test-upload-pages").read_bytes()
    told: list[tuple[str, int, int]] = []
    real = Progress.step

    def step(self, text: str, *, done: int = 0, total: int = 0) -> None:
        told.append((text, done, total))
        real(self, text, done=done, total=total)

    monkeypatch.setattr(Progress, "step", step)
    location = _uploaded(staff, run_tasks, "進捗市計画.pdf", data)
    assert "取組 160" in text_of(staff.get(location))
    pages = [(text, done, total) for text, done, total in told if "ページ" in text]
    last = pages[-1][2] // 3
    assert last >= 3
    assert pages[-1] == (f"ファイルを読み取っています（進捗市計画.pdf）：{last}/{last}ページ", 2 * last, 3 * last)
    assert [done for _, done, _ in pages] == sorted(done for _, done, _ in pages)


def test_a_plan_of_no_table_to_map_is_not_told_to_map_its_columns(staff, run_tasks):
    """大野城市's cards are no table: the preview offers no column to map, so it does not tell the plan office to choose
    the columns' roles again (walked: 「表の列の割り当てを選び直すか」 over a preview that had none)."""
    page = text_of(staff.get(_uploaded(staff, run_tasks, "onojo.txt", (SAMPLES / "onojo.txt").read_bytes())))
    assert "表の列の割り当て" not in page
    assert "違っている場合は、ファイルを直してからアップロードし直すか、計画テンプレートに書き写して取り込んでください。" in page
    page = text_of(staff.get(_uploaded(staff, run_tasks, "shinchoku.csv", PROGRESS_CSV)))
    assert "違っている場合は、表の列の割り当てを選び直すか、ファイルを直してからアップロードし直してください。" in page


def test_the_form_names_calc_sheets(staff):
    """The form offers .ods and its help says LibreOffice Calc's sheets are read (the branch read them but named only
    「Excel（.xlsx・.xls）」: a plan office kept in Calc was not told)."""
    html = staff.get(reverse("upload")).content.decode()
    assert ".ods" in re.search(r'accept="([^"]*)"', html).group(1) and "LibreOffice Calc（.ods）" in html
