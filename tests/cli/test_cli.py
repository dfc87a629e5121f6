"""The `shinchoku` command as a user runs it: output, exit status, messages, database effects."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from shinchoku.importers import MAX_INPUT_BYTES

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "samples" / "plans"
SHINCHOKU = [sys.executable, "-m", "shinchoku.cli"]
#: The command runs on its embedded SQLite database (``cli_env``) or none: the PostgreSQL run leaves these out.
pytestmark = pytest.mark.embedded


def run(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([*SHINCHOKU, *args], capture_output=True, text=True, env=env, timeout=120)


@pytest.fixture
def db_env(cli_env):
    """An environment whose database is a SQLite file of the test's own, migrated (never the developer's)."""
    return cli_env


def test_parse_prints_plan_json_and_warnings_go_to_stderr():
    done = run("parse", str(SAMPLES / "shibata.txt"))
    assert done.returncode == 0, done.stderr
    plan = json.loads(done.stdout)
    assert plan["format"] == "shinchoku.plan/1"
    assert plan["municipality"]["name"] == "新発田市"
    assert plan["plan"]["source"]["layout"] == "shibata"
    for warning in plan["warnings"]:
        assert warning["message"] in done.stderr


def test_parse_does_not_import_django():
    code = (
        "import sys, io, contextlib\n"
        "from shinchoku.cli import main\n"
        f"with contextlib.redirect_stdout(io.StringIO()): rc = main(['parse', {str(SAMPLES / 'nobeoka.txt')!r}])\n"
        "assert rc == 0\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('django', 'openpyxl')))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_a_database_command_starts_django_without_the_api_framework(db_env):
    """``shinchoku import`` and the worker start Django; the REST API's framework (ninja, pydantic:
    ~0.1 s) is imported only by a server that routes a request to it."""
    code = (
        "import sys\n"
        "from shinchoku.cli import _setup_django\n"
        "_setup_django()\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'ninja', 'pydantic', 'django'}))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, env=db_env)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "['django']"


def test_layout_can_be_forced_and_a_wrong_one_is_refused():
    assert run("parse", "--layout", "shibata", str(SAMPLES / "shibata.txt")).returncode == 0
    wrong = run("parse", "--layout", "shibata", str(SAMPLES / "hita.txt"))
    assert (wrong.returncode, wrong.stderr) == (
        2,
        "shinchoku: このファイルは「新発田市の計画の形式（shibata）」で書かれた計画ではありません。"
        "--layout を付けずに（自動判定で）読み直してください。\n",
    )
    unknown = run("parse", "--layout", "excel2003", str(SAMPLES / "hita.txt"))
    assert unknown.returncode == 2 and "excel2003" in unknown.stderr


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "空"),
        (b"\x00\x01\x02\x03PK binary", "バイナリ"),
        ("今日の献立: カレーライス\n材料: にんじん".encode(), "認識できません"),
        (b'{"format": "shinchoku.plan/1", "municipality": ', "JSON"),
    ],
    ids=["empty", "binary", "not-a-plan", "truncated-json"],
)
def test_unreadable_files_end_with_one_line_and_status_2(tmp_path, content, message):
    path = tmp_path / "input.txt"
    path.write_bytes(content)
    done = run("parse", str(path))
    assert done.returncode == 2
    assert done.stdout == ""
    assert "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
    assert message in done.stderr


def test_oversized_input_is_refused_with_the_limit(tmp_path):
    path = tmp_path / "big.txt"
    path.write_bytes(b"a" * (MAX_INPUT_BYTES + 1))
    done = run("parse", str(path))
    assert done.returncode == 2 and "10 MB" in done.stderr


def test_missing_file_is_a_clear_message():
    done = run("parse", "/nonexistent/plan.txt")
    assert done.returncode == 2 and "Traceback" not in done.stderr


def test_import_loads_once_and_a_second_import_changes_nothing(db_env):
    first = run("import", str(SAMPLES / "shibata.txt"), env=db_env)
    assert first.returncode == 0, first.stderr
    assert "新発田市" in first.stdout and "新規" in first.stdout
    second = run("import", str(SAMPLES / "shibata.txt"), env=db_env)
    assert second.returncode == 0, second.stderr
    assert "追加 0 / 変更 0" in second.stdout and "計画から外れた取組 0" in second.stdout


def test_a_bad_file_writes_nothing_to_the_database(db_env, tmp_path):
    assert run("import", str(SAMPLES / "shibata.txt"), env=db_env).returncode == 0
    bad = tmp_path / "bad.txt"
    bad.write_bytes("新発田市情報化推進計画（個別取組）\nNO\t区分\n途中で切れた".encode())
    done = run("import", str(bad), env=db_env)
    assert done.returncode == 2 and "Traceback" not in done.stderr
    count = subprocess.run(
        [*SHINCHOKU, "manage", "shell", "-c",
         "from shinchoku.plans.models import Plan, Initiative; print(Plan.objects.count(), Initiative.objects.count())"],
        capture_output=True, text=True, env=db_env, timeout=120,
    )  # fmt: skip
    plans, initiatives = map(int, count.stdout.strip().splitlines()[-1].split())
    assert plans == 1 and initiatives > 0


def test_a_dry_run_of_a_revision_shows_old_and_new_values_and_an_unknown_user_is_refused(db_env, tmp_path):
    assert run("import", str(SAMPLES / "shibata.txt"), env=db_env).returncode == 0
    revised = tmp_path / "shibata_r7.txt"
    text = (SAMPLES / "shibata.txt").read_text(encoding="utf-8")
    line = "\t(未実施)\t令和6年までに手話動画の配信を開始\n"  # the last column: schedule R6–R8
    assert line in text
    revised.write_text(text.replace(line, "\t(未実施)\t令和6年度に手話動画の配信を開始し順次拡充\n"), encoding="utf-8")
    unknown = run("import", "--user", "nobody", str(revised), env=db_env)
    assert unknown.returncode == 2 and "利用者 nobody はいません" in unknown.stderr
    preview = run("import", "--dry-run", str(revised), env=db_env)
    assert preview.returncode == 0, preview.stderr
    assert "変更 1" in preview.stdout
    assert "工程 令和6年度: 令和6年までに手話動画の配信を開始 → 令和6年度に手話動画の配信を開始し順次拡充" in preview.stdout


def test_a_folder_of_plans_is_imported_file_by_file_and_a_bad_file_is_skipped(db_env, tmp_path):
    bundle = tmp_path / "bundle" / "宮崎県"
    bundle.mkdir(parents=True)
    (bundle / "nobeoka.txt").write_bytes((SAMPLES / "nobeoka.txt").read_bytes())
    (tmp_path / "bundle" / "shibata.txt").write_bytes((SAMPLES / "shibata.txt").read_bytes())
    (tmp_path / "bundle" / "broken.csv").write_bytes(b"\x00\x01binary")
    (tmp_path / "bundle" / "README").write_text("not a plan")
    # a town's page saved from its site (Word's or Excel's 「Web ページ」 folder of its parts beside it: no plans)
    from tests.importers.other.webpages import PAGES

    (tmp_path / "bundle" / "sakuragawa_dx.html").write_bytes(PAGES["sakuragawa_dx.html"][0])
    (tmp_path / "bundle" / "sakuragawa_dx.files").mkdir()
    (tmp_path / "bundle" / "sakuragawa_dx.files" / "sheet001.htm").write_text("<html><body><p>部品</p></body></html>")
    done = run("import", str(tmp_path / "bundle"), env=db_env)
    assert done.returncode == 2  # one file could not be read
    assert "broken.csv" in done.stderr and "Traceback" not in done.stderr and "sheet001" not in done.stderr
    assert "4 ファイル中 3 件の計画を取り込みました（取組 129 件" in done.stdout  # 81 + 43 + 桜川町's 5
    again = run("import", str(tmp_path / "bundle" / "宮崎県"), env=db_env)
    assert again.returncode == 0 and "追加 0 / 変更 0" in again.stdout
    checked = run("import", "--dry-run", str(tmp_path / "bundle" / "宮崎県"), env=db_env)
    assert "1 ファイル中 1 件の計画を確認しました（取組 81 件" in checked.stdout  # not 「確認ました」


def test_demo_mails_link_to_the_port_it_serves_on(monkeypatch):
    """`PORT=8711 make run` e-mailed links to http://127.0.0.1:8000 (the settings' default)."""
    from shinchoku.cli import demo_environment

    monkeypatch.delenv("SHINCHOKU_BASE_URL", raising=False)
    monkeypatch.setenv("DJANGO_SETTINGS_MODULE", "shinchoku.settings.demo")
    demo_environment(8711)
    assert os.environ["SHINCHOKU_BASE_URL"] == "http://127.0.0.1:8711"
    monkeypatch.setenv("SHINCHOKU_BASE_URL", "https://dx.example.jp")
    demo_environment(8711)  # an address set by the user is kept
    assert os.environ["SHINCHOKU_BASE_URL"] == "https://dx.example.jp"



def test_pdfminers_font_warnings_do_not_reach_the_terminal():
    """A Chromium-printed PDF makes pdfminer warn 「Could not get FontBBox…」 per font: not the user's business."""
    code = (
        "import logging, io, contextlib\n"
        "from shinchoku.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()): rc = main(['layouts'])\n"
        "logging.getLogger('pdfminer.pdffont').warning('Could not get FontBBox from font descriptor')\n"
        "logging.getLogger('shinchoku.importers').warning('読み取りの警告')\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "FontBBox" not in done.stderr and "読み取りの警告" in done.stderr


def test_layouts_lists_each_key_with_its_japanese_name(capsys):
    from shinchoku.cli import main

    assert main(["layouts"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert "shibata\t新発田市の計画の形式" in lines and lines[0] == "planjson\tPlan JSON（shinchoku の書き出し）"


PROGRESS = (
    "北杜見市DX推進計画 進捗状況一覧{year}\r\n\r\n番号,施策,取組名,担当課,成果指標,現状値,目標値（令和8年度）\r\n"
    "1-1,1 行政手続のオンライン化,電子申請の拡充,情報政策課,電子申請可能な手続数,35,{target}\r\n"
)


def test_next_years_list_of_the_same_plan_revises_it(db_env, tmp_path):
    """「北杜見市DX推進計画 進捗状況一覧（令和8年度）」 reports on the plan 「北杜見市DX推進計画」 as last year's list did:
    it revises that plan, no --into needed (first read: each year's list a plan named after its heading, the next
    year's a second plan unless --into was given)."""
    first, second = tmp_path / "r7.csv", tmp_path / "r8.csv"
    first.write_bytes(PROGRESS.format(year="", target=120).encode("cp932"))
    second.write_bytes(PROGRESS.format(year="（令和8年度）", target=130).encode("cp932"))
    assert run("import", str(first), env=db_env).returncode == 0
    revised = run("import", str(second), env=db_env)
    assert revised.returncode == 0 and "(更新)" in revised.stdout and "変更 1" in revised.stdout
    assert "計画名" not in revised.stdout and "--into" not in revised.stderr
    assert _counts(db_env) == "1 1 1"


def test_next_years_file_under_another_title_names_the_plan_to_revise_with_into(db_env, tmp_path):
    """The plan renamed in its next year (「北杜見市デジタル推進計画」) made a second plan silently; the CLI says which
    --into revises the first."""
    first, second = tmp_path / "r7.csv", tmp_path / "r8.csv"
    first.write_bytes(PROGRESS.format(year="", target=120).encode("cp932"))
    renamed = PROGRESS.replace("DX推進計画", "デジタル推進計画").format(year="（令和8年度）", target=130)
    second.write_bytes(renamed.encode("cp932"))
    assert run("import", str(first), env=db_env).returncode == 0
    dry = run("import", "--dry-run", str(second), env=db_env)
    assert dry.returncode == 0 and "(新規)" in dry.stdout
    assert "計画「北杜見市DX推進計画」（ID 1）があります。その改訂版なら --into 1 を付けて" in dry.stderr
    revised = run("import", "--into", "1", str(second), env=db_env)
    assert revised.returncode == 0 and "(更新)" in revised.stdout and "変更 1" in revised.stdout
    assert "計画: 計画名: 「北杜見市DX推進計画」 → 「北杜見市デジタル推進計画」" in revised.stdout
    assert "--into" not in revised.stderr


def test_a_map_naming_a_sheet_or_a_column_the_file_lacks_is_warned_of(tmp_path):
    """A mistyped sheet, a column 「Z」 of a five-column table and a header text the table lacks
    were passed over in silence: the file was read as if the mapping said nothing about them."""
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "取組一覧"
    for row in (
        ["遠野市DX推進計画（令和6年度～令和8年度）"],
        ["番号", "内容", "所管", "指標", "R7"],
        ["1", "電子申請の拡充", "総務課", "電子申請件数", "600件"],
    ):
        sheet.append(row)
    book.save(tmp_path / "tono.xlsx")
    mapping = {
        "skip_sheets": ["記入例"],
        "tables": [
            {"sheet": "存在しないシート", "columns": {"B": "title"}},
            {"sheet": "取組一覧", "columns": {"B": "title", "Z": "ignore", "所管課": "departments", "R7": "target:2025"}},
        ],
    }
    (tmp_path / "map.json").write_text(json.dumps(mapping, ensure_ascii=False), encoding="utf-8")
    done = run("parse", "--map", str(tmp_path / "map.json"), str(tmp_path / "tono.xlsx"))
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["initiatives"][0]["indicators"][0]["targets"][0]["value"] == 600
    assert [line for line in done.stderr.splitlines() if "列の対応" in line] == [
        "警告: 列の対応: 読まないシート「記入例」はこのファイルにありません（シート名を確かめてください）。",
        "警告: 列の対応: シート「存在しないシート」の表はこのファイルにありません。この指定は使いませんでした。",
        "警告: 列の対応: 列「Z」はシート「取組一覧」の表にありません。この列の指定は使いませんでした。",
        "警告: 列の対応: 列「所管課」はシート「取組一覧」の表にありません。この列の指定は使いませんでした。",
    ]
    forced = run("parse", "--layout", "shibata", "--map", str(tmp_path / "map.json"), str(SAMPLES / "shibata.txt"))
    assert "警告: 列の対応: 新発田市の計画の形式で読んだため使いませんでした（一般的な形式で読むときだけ使います）。" in (
        forced.stderr
    )
    # a Plan JSON file of that plan is read as Plan JSON, whatever layout read the text it was made from
    (tmp_path / "shibata.json").write_text(json.dumps(json.loads(forced.stdout), ensure_ascii=False), encoding="utf-8")
    again = run("parse", "--layout", "planjson", "--map", str(tmp_path / "map.json"), str(tmp_path / "shibata.json"))
    assert "警告: 列の対応: Plan JSON（shinchoku の書き出し）で読んだため使いませんでした（一般的な形式で読むときだけ使います）。" in (
        again.stderr
    )


def test_a_map_leaving_out_a_sheet_of_notes_the_file_has_is_not_warned_of(tmp_path):
    """A sheet of notes (no table) named in skip_sheets was said to be missing: 「読まないシート「記入上の注意」はこの
    ファイルにありません（シート名を確かめてください）」, of a sheet the file has. Only a sheet it lacks is warned of."""
    import openpyxl

    book = openpyxl.Workbook()
    book.active.title = "取組一覧"
    for row in (["番号", "内容", "所管", "指標", "R7"], ["1", "電子申請の拡充", "総務課", "電子申請件数", "600件"]):
        book.active.append(row)
    book.create_sheet("記入上の注意").append(["目標値は令和7年度末の値を記入すること。"])
    book.save(tmp_path / "tono.xlsx")
    mapping = {
        "skip_sheets": ["記入上の注意", "記入例"],
        "tables": [{"sheet": "取組一覧", "columns": {"B": "title"}}],
    }
    (tmp_path / "map.json").write_text(json.dumps(mapping, ensure_ascii=False), encoding="utf-8")
    done = run("parse", "--map", str(tmp_path / "map.json"), str(tmp_path / "tono.xlsx"))
    assert done.returncode == 0, done.stderr
    assert [line for line in done.stderr.splitlines() if "列の対応" in line] == [
        "警告: 列の対応: 読まないシート「記入例」はこのファイルにありません（シート名を確かめてください）。",
    ]


def _counts(env: dict) -> str:
    """「plans municipalities current-initiatives」 of the database, as one line."""
    done = subprocess.run(
        [*SHINCHOKU, "manage", "shell", "-c",
         "from shinchoku.plans.models import Plan, Municipality, Initiative; "
         "print(Plan.objects.count(), Municipality.objects.count(), Initiative.objects.active().count())"],
        capture_output=True, text=True, env=env, timeout=120,
    )  # fmt: skip
    return done.stdout.strip().splitlines()[-1]


def test_a_revision_names_the_initiatives_it_takes_out_of_the_plan(db_env, tmp_path):
    """The dry run said 「計画から外れた取組 1」 and left the plan office to find which one."""
    first, revised = tmp_path / "r7.csv", tmp_path / "r7-kaitei.csv"
    first.write_bytes(PROGRESS.format(year="", target=120).encode("cp932"))
    revised.write_bytes(
        PROGRESS.format(year="", target=120)
        .replace("1-1,1 行政手続のオンライン化,電子申請の拡充", "1-2,1 行政手続のオンライン化,窓口予約の導入")
        .encode("cp932")
    )
    created = run("import", str(first), env=db_env)
    assert "  自治体「北杜見市」を新しく登録しました（ファイルに都道府県がないため、都道府県なし）\n" in created.stdout
    dry = run("import", "--dry-run", str(revised), env=db_env)
    assert dry.returncode == 0, dry.stderr
    assert "追加 1 / 変更 0 / 変更なし 0 / 計画から外れた取組 1\n  計画から外れる取組: 1-1 電子申請の拡充\n" in dry.stdout
    done = run("import", str(revised), env=db_env)
    assert "  計画から外れた取組: 1-1 電子申請の拡充\n" in done.stdout
    assert "新しく登録" not in dry.stdout + done.stdout


def test_another_municipalitys_file_is_refused_as_a_revision_into_a_plan(db_env, tmp_path):
    """「--into 6」 read 桜ヶ丘町's file into 星見台市's plan: every initiative of the plan was to be
    retired and replaced by the other town's. The same rule as the upload's 取込先 refuses it."""
    ours, theirs = tmp_path / "r7.csv", tmp_path / "minami.csv"
    ours.write_bytes(PROGRESS.format(year="", target=120).encode("cp932"))
    theirs.write_bytes(PROGRESS.replace("北杜見市", "南杜見町").format(year="", target=40).encode("cp932"))
    assert run("import", str(ours), env=db_env).returncode == 0
    refusal = (
        "shinchoku: このファイルは南杜見町の計画です。北杜見市の計画「北杜見市DX推進計画」（ID 1）の"
        "改訂版としては取り込めません。\n"
    )
    # a municipality not registered yet (nothing is created for it) …
    for args in (("--dry-run", "--into", "1"), ("--into", "1")):
        done = run("import", *args, str(theirs), env=db_env)
        assert (done.returncode, done.stdout, done.stderr) == (2, "", refusal)
    assert _counts(db_env) == "1 1 1"
    # … and one registered with a plan of its own
    assert run("import", str(theirs), env=db_env).returncode == 0
    done = run("import", "--into", "1", str(theirs), env=db_env)
    assert (done.returncode, done.stderr) == (2, refusal)
    assert _counts(db_env) == "2 2 2"


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (("parse",), "shinchoku parse: エラー: 指定が必要です: file"),
        (
            ("parse", "--indent", "x", "plan.txt"),
            "--indent には整数を指定してください（'x' は整数ではありません）",
        ),
        (("parse", "--bogus", "plan.txt"), "shinchoku: エラー: 知らない指定です: --bogus"),
        (("bundle", "send", "kouhyou.zip"), "action に 'send' は指定できません（"),
    ],
)
def test_a_mistyped_command_is_answered_in_japanese(args, says):
    """argparse's own words were English (「error: the following arguments are required: file」)."""
    done = run(*args)
    assert done.returncode == 2
    assert says in done.stderr
    assert done.stderr.startswith("使い方: shinchoku")
    assert "error" not in done.stderr and "usage" not in done.stderr


def test_the_help_of_a_command_is_japanese():
    done = run("import", "--help")
    assert done.returncode == 0
    assert "オプション:" in done.stdout and "-h, --help            この説明を表示して終わる" in done.stdout
    assert "--dry-run             何が変わるかを表示するだけで書き込まない" in done.stdout
    for english in ("usage:", "options:", "positional arguments", "show this help"):
        assert english not in done.stdout


def test_a_file_that_is_not_there_is_named_in_japanese(tmp_path):
    """The system's words came through: 「ファイルを読めません: No such file or directory」."""
    missing = run("parse", str(tmp_path / "keikaku.pdf"))
    assert missing.returncode == 2
    assert (
        missing.stderr
        == "shinchoku: ファイルを読めません: ファイルがありません。名前と場所を確かめてください\n"
    )
    folder = run("parse", str(tmp_path))
    assert folder.stderr == "shinchoku: ファイルを読めません: フォルダーです。ファイルを指定してください\n"
    no_map = run("parse", "--map", str(tmp_path / "map.json"), str(SAMPLES / "hita.txt"))
    assert no_map.returncode == 2
    assert (
        no_map.stderr
        == "shinchoku: 列の対応ファイルを読めません: ファイルがありません。名前と場所を確かめてください\n"
    )


def test_manage_passes_every_word_to_django_help_too(db_env):
    """「shinchoku manage --help」 lists Django's commands (argparse took 「--help」 as its own and refused it)."""
    shown = run("manage", "--help", env=db_env)
    assert shown.returncode == 0, shown.stderr
    assert "migrate" in shown.stdout and "createuser" in shown.stdout


def _asagiri(path: Path, target: int) -> Path:
    """朝霧市's 取組一覧 as its staff keep it: 「課題」 is its 現状・課題, which the detection reads as a note."""
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "取組シート"
    sheet.append(["朝霧市デジタル化推進アクションプラン"])
    sheet.append(["計画期間", "令和7年度～令和10年度"])
    sheet.append([])
    sheet.append(["No.", "事業名", "事業の内容", "課題", "所管課", "成果指標", "現状値(R6)", "R10目標"])
    sheet.append([1, "電子申請の拡大", "電子申請できる手続を増やす", "紙の申請が多い", "情報政策課", "電子申請手続数（件）", 40, target])
    sheet.append([2, "AI議事録の活用", "会議録作成にAIを使う", "作成に時間がかかる", "総務課", "削減時間（時間）", 0, 600])
    book.save(path)
    return path


def test_import_reads_next_years_file_with_the_column_mapping_saved_for_the_municipality(db_env, tmp_path):
    """The plan office mapped 「課題」 to 現状・課題 in the upload preview; the mapping was saved for
    朝霧市 «and used for next year's file» — by the upload, not by ``shinchoku import``: importing next
    year's file on the command line read the column as a note again and emptied every 現状・課題."""
    first = _asagiri(tmp_path / "asagiri_r7.xlsx", 150)
    mapping = tmp_path / "map.json"
    mapping.write_text(json.dumps({"tables": [{"sheet": "取組シート", "columns": {"課題": "background"}}]}))
    assert run("import", "--map", str(mapping), str(first), env=db_env).returncode == 0
    save = (  # what confirming the upload preview with that choice saves (web.upload_jobs.import_upload)
        "from shinchoku.importers import read_for_preview; from shinchoku.plans import mappings;"
        "from shinchoku.plans.models import Municipality;"
        f"_, tables = read_for_preview({str(first)!r});"
        "columns = {c['letter']: c['role'] + (f\":{c['fy']}\" if c.get('fy') else '') for c in tables[0]['columns']};"
        "columns['D'] = 'background';"
        "print(mappings.save(Municipality.objects.get(name='朝霧市'),"
        " {'tables': [{'signature': tables[0]['signature'], 'columns': columns}]}, None))"
    )
    saved = subprocess.run([*SHINCHOKU, "manage", "shell", "-c", save], capture_output=True, text=True, env=db_env, timeout=120)
    assert saved.stdout.strip().splitlines()[-1] == "1", saved.stderr

    following = _asagiri(tmp_path / "asagiri_r8.xlsx", 180)
    preview = run("import", "--dry-run", str(following), env=db_env)
    assert preview.returncode == 0, preview.stderr
    assert "列の割り当て: 朝霧市に保存された割り当てで読みました" in preview.stderr
    assert "現状・課題" not in preview.stdout  # was: 現状・課題: 紙の申請が多い → （なし）
    assert "令和10年度 目標値: 150件 → 180件" in preview.stdout
    assert run("import", str(following), env=db_env).returncode == 0
    check = "from shinchoku.plans.models import Initiative; print(sorted(Initiative.objects.values_list('background', flat=True)))"
    done = subprocess.run([*SHINCHOKU, "manage", "shell", "-c", check], capture_output=True, text=True, env=db_env, timeout=120)
    assert done.stdout.strip().splitlines()[-1] == "['作成に時間がかかる', '紙の申請が多い']", done.stderr


def test_import_reads_the_detected_columns_when_the_saved_mapping_leaves_every_table_out(db_env, tmp_path):
    """西浦市 left its workbook's 「記入要領」 sheet out in the upload preview: the sheet's header (the
    plan's own, 内部メモ included, hidden on the plan's sheet) was saved as 「読み込まない」. Its CSV
    has that header: the upload reads it with the detected columns, but ``shinchoku import`` ended
    with 「選んだ列の割り当てでは、取組の表が1つも読めません…割り当てを選び直してください」 though
    nothing was chosen on the command line; found by the upload walk."""
    first = _asagiri(tmp_path / "asagiri_r7.xlsx", 150)
    assert run("import", str(first), env=db_env).returncode == 0
    save = (  # the header saved as a sheet left out (web.upload_jobs.import_upload)
        "from shinchoku.importers import read_for_preview; from shinchoku.plans import mappings;"
        "from shinchoku.plans.models import Municipality;"
        f"_, tables = read_for_preview({str(first)!r});"
        "print(mappings.save(Municipality.objects.get(name='朝霧市'),"
        " {'tables': [{'signature': tables[0]['signature'], 'columns': {}, 'skip': True}]}, None))"
    )
    saved = subprocess.run([*SHINCHOKU, "manage", "shell", "-c", save], capture_output=True, text=True, env=db_env, timeout=120)
    assert saved.stdout.strip().splitlines()[-1] == "1", saved.stderr

    following = _asagiri(tmp_path / "asagiri_r8.xlsx", 180)
    preview = run("import", "--dry-run", str(following), env=db_env)
    assert preview.returncode == 0, preview.stderr
    assert "保存された割り当てで読みました" not in preview.stderr
    assert "列の割り当て: 朝霧市に保存された割り当てではこのファイルの表を読めないため、見出しから判定した列で読みました" in preview.stderr
    assert "令和10年度 目標値: 150件 → 180件" in preview.stdout


def test_commands_run_later_link_their_mails_to_the_address_the_app_was_served_on(tmp_path):
    """`shinchoku manage send_reminders` beside a demo on port 8742 printed 「入力する画面:
    http://127.0.0.1:8000/my/」 and said nothing (found walking a round). demo and serve record the address they
    serve on in the var folder; a later process's settings take it (SHINCHOKU_BASE_URL still first)."""
    from shinchoku.core import baseurl

    code = "from django.conf import settings; print(settings.SHINCHOKU_BASE_URL, settings.SHINCHOKU_BASE_URL_SOURCE)"

    def later(**env: str) -> str:
        environ = {k: v for k, v in os.environ.items() if k != "SHINCHOKU_BASE_URL"}
        environ |= {"SHINCHOKU_VAR": str(tmp_path), "DJANGO_SETTINGS_MODULE": "shinchoku.settings.dev", **env}
        done = subprocess.run([sys.executable, "-c", "import django; django.setup(); " + code], env=environ,
                              capture_output=True, text=True, timeout=120)  # fmt: skip
        assert done.returncode == 0, done.stderr
        return done.stdout.strip()

    assert later() == "http://127.0.0.1:8000 default"
    baseurl.record(tmp_path, baseurl.served("127.0.0.1", 8742))  # what `shinchoku demo --port 8742` does
    assert (tmp_path / "base-url").read_text(encoding="utf-8") == "http://127.0.0.1:8742\n"
    assert later() == "http://127.0.0.1:8742 recorded"
    assert later(SHINCHOKU_BASE_URL="https://dx.example.jp") == "https://dx.example.jp environment"
    assert baseurl.served("0.0.0.0", 8000) == "http://127.0.0.1:8000"
