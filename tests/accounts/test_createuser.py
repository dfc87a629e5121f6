"""`shinchoku createuser` and `manage createuser`: roles, municipality by name or code, password, errors."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import CommandError

from shinchoku.accounts.management.commands import createuser as command
from shinchoku.accounts.models import Membership, Role
from shinchoku.cli import main
from shinchoku.plans.models import Municipality

from .conftest import PASSWORD

pytestmark = pytest.mark.django_db
ROOT = Path(__file__).resolve().parents[2]

User = get_user_model()


@pytest.fixture
def password(monkeypatch):
    monkeypatch.setenv(command.PASSWORD_ENV, PASSWORD)
    return PASSWORD


def run(capsys, *args: str) -> tuple[int, str, str]:
    status = main(["createuser", *args])
    out, err = capsys.readouterr()
    return status, out, err


def test_plan_office_by_municipality_code(world, password, capsys):
    status, out, err = run(
        capsys, "sato", "--role", "plan_office", "--municipality", "152064", "--email", "s@example.jp"
    )
    assert status == 0, err
    user = User.objects.get(username="sato")
    assert user.check_password(PASSWORD) and user.is_active and not user.is_staff and not user.is_superuser
    assert user.email == "s@example.jp"
    assert (user.membership.role, user.membership.municipality) == (Role.PLAN_OFFICE, world.shibata)
    assert "sato" in out and "新潟県新発田市" in out and "計画担当" in out


@pytest.mark.parametrize("name", ["新発田市", "新潟県新発田市"])
def test_editor_by_municipality_name_with_departments(world, password, capsys, name):
    status, _, err = run(
        capsys,
        "suzuki",
        "--role",
        "editor",
        "--municipality",
        name,
        "--department",
        "市民課",
        "--department",
        "情報政策課",
    )
    assert status == 0, err
    membership = User.objects.get(username="suzuki").membership
    assert membership.role == Role.EDITOR and membership.municipality == world.shibata
    assert sorted(d.name for d in membership.departments.all()) == ["市民課", "情報政策課"]


def test_prefecture_wide_viewer(world, password, capsys):
    status, _, err = run(capsys, "kencho", "--role", "viewer", "--prefecture", "新潟県")
    assert status == 0, err
    membership = User.objects.get(username="kencho").membership
    assert (membership.role, membership.prefecture, membership.municipality) == (Role.VIEWER, "新潟県", None)


def test_superuser_needs_no_role(world, password, capsys):
    status, _, err = run(capsys, "root2", "--superuser")
    assert status == 0, err
    user = User.objects.get(username="root2")
    assert user.is_superuser and user.is_staff
    assert not Membership.objects.filter(user=user).exists()


def test_password_is_asked_twice_when_not_in_the_environment(world, monkeypatch, capsys):
    monkeypatch.delenv(command.PASSWORD_ENV, raising=False)
    monkeypatch.setattr(command, "interactive", lambda: True)
    answers = iter([PASSWORD, PASSWORD])
    prompts = []
    monkeypatch.setattr(command.getpass, "getpass", lambda prompt: prompts.append(prompt) or next(answers))
    status, _, err = run(capsys, "takahashi", "--role", "viewer", "--municipality", "日田市")
    assert status == 0, err
    assert len(prompts) == 2
    assert User.objects.get(username="takahashi").check_password(PASSWORD)


def test_mismatched_confirmation_is_refused(world, monkeypatch, capsys):
    monkeypatch.delenv(command.PASSWORD_ENV, raising=False)
    monkeypatch.setattr(command, "interactive", lambda: True)
    answers = iter([PASSWORD, PASSWORD + "x"])
    monkeypatch.setattr(command.getpass, "getpass", lambda prompt: next(answers))
    status, _, err = run(capsys, "takahashi", "--role", "viewer", "--municipality", "日田市")
    assert status == 2 and "一致しません" in err
    assert not User.objects.filter(username="takahashi").exists()


def test_no_password_and_no_terminal_is_refused_without_waiting(world, monkeypatch, capsys):
    monkeypatch.delenv(command.PASSWORD_ENV, raising=False)
    monkeypatch.setattr(command, "interactive", lambda: False)
    status, _, err = run(capsys, "takahashi", "--role", "viewer", "--municipality", "日田市")
    assert status == 2 and command.PASSWORD_ENV in err


def test_there_is_no_password_option():
    with pytest.raises(SystemExit):
        main(["createuser", "x", "--role", "viewer", "--municipality", "日田市", "--password", PASSWORD])


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["a1", "--role", "viewer", "--municipality", "999999"], "団体コード 999999"),
        (["a1", "--role", "viewer", "--municipality", "架空市"], "架空市"),
        (["a1", "--role", "wizard", "--municipality", "新発田市"], "wizard"),
        (["a1", "--municipality", "新発田市"], "役割"),
        (["a1", "--role", "viewer"], "--municipality"),
        (["a1", "--role", "editor", "--municipality", "新発田市"], "担当課を1つ以上"),
        (["a1", "--role", "editor", "--municipality", "新発田市", "--department", "財政課"], "財政課"),
        (["a1", "--role", "editor", "--municipality", "新発田市", "--department", "企画課"], "企画課"),
        (
            ["a1", "--role", "viewer", "--municipality", "新発田市", "--department", "市民課"],
            "担当課を指定できるのは",
        ),
        (["a1", "--role", "plan_office", "--prefecture", "新潟県"], "閲覧のみ"),
        (["a1", "--role", "viewer", "--prefecture", "ニイガタ"], "ニイガタ"),
        (["a1", "--role", "viewer", "--municipality", "新発田市", "--prefecture", "新潟県"], "どちらか一方"),
        (
            ["a1", "--role", "viewer", "--municipality", "新発田市", "--email", "not-an-address"],
            "メールアドレス",
        ),
        (["keikaku_shibata", "--role", "viewer", "--municipality", "新発田市"], "すでに使われています"),
        (["KEIKAKU_SHIBATA", "--role", "viewer", "--municipality", "新発田市"], "すでに使われています"),
        (["名前 空白", "--role", "viewer", "--municipality", "新発田市"], "使えません"),
    ],
)
def test_bad_input_ends_with_one_japanese_line_and_status_2(world, password, capsys, args, message):
    before = User.objects.count()
    status, out, err = run(capsys, *args)
    assert status == 2
    assert err.count("\n") == 1 and err.startswith("shinchoku: ") and message in err, err
    assert "Traceback" not in err and out == ""
    assert User.objects.count() == before


def test_ambiguous_municipality_name_lists_the_choices(world, password, capsys):
    Municipality.objects.create(name="府中市", prefecture="東京都", code="132063")
    Municipality.objects.create(name="府中市", prefecture="広島県", code="342076")
    status, _, err = run(capsys, "f1", "--role", "viewer", "--municipality", "府中市")
    assert status == 2 and "132063" in err and "342076" in err
    assert run(capsys, "f1", "--role", "viewer", "--municipality", "広島県府中市")[0] == 0
    assert User.objects.get(username="f1").membership.municipality.code == "342076"


def test_weak_passwords_are_refused_by_the_validators(world, monkeypatch, capsys):
    for weak in ["short1", "12345678901", "password123", "yamada-taro"]:
        monkeypatch.setenv(command.PASSWORD_ENV, weak)
        status, _, err = run(capsys, "yamada-taro", "--role", "viewer", "--municipality", "新発田市")
        assert status == 2 and "パスワード" in err, (weak, err)
    assert not User.objects.filter(username="yamada-taro").exists()


def test_management_command_of_the_same_name(world, password):
    call_command("createuser", "ito", role="editor", municipality="新発田市", department=["市民課"])
    assert User.objects.get(username="ito").membership.departments.get().name == "市民課"
    with pytest.raises(CommandError) as refused:
        call_command("createuser", "ito2", role="editor", municipality="新発田市")
    assert refused.value.returncode == 2


@pytest.mark.embedded
def test_the_installed_command_end_to_end(tmp_path):
    """The real `shinchoku` process on a fresh database: status 2 with one line, then a user created."""
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "DJANGO_SETTINGS_MODULE")}
    env |= {"SHINCHOKU_VAR": str(tmp_path), "SHINCHOKU_PASSWORD": PASSWORD}
    shinchoku = [sys.executable, "-m", "shinchoku.cli"]

    def cli(*args):
        return subprocess.run(
            [*shinchoku, *args], capture_output=True, text=True, env=env, timeout=180, cwd=tmp_path
        )

    assert cli("import", str(ROOT / "samples" / "plans" / "hita.txt")).returncode == 0
    missing = cli(
        "createuser", "oita", "--role", "editor", "--municipality", "日田市", "--department", "無い課"
    )
    assert missing.returncode == 2 and missing.stderr.strip().count("\n") == 0 and "無い課" in missing.stderr
    done = cli(
        "createuser", "oita", "--role", "editor", "--municipality", "442046", "--department", "こども未来課"
    )
    assert done.returncode == 0, done.stderr
    assert "こども未来課" in done.stdout
    again = cli("manage", "createuser", "oita", "--role", "viewer", "--municipality", "日田市")
    assert again.returncode == 2 and "すでに使われています" in again.stderr


# --- a municipality's first user and first import ------------------------------------------------------


def test_a_new_municipalitys_first_plan_office_then_its_first_import_naming_them(db, password, capsys):
    """`createuser` needed the municipality registered, and `import --user` the user: the first import of a
    municipality could not name its importer. ``--new-municipality`` registers it with its first user, says so, and
    the import then finds it (and fills in its 団体コード) instead of registering another."""
    from shinchoku.plans.models import Initiative, Plan

    assert not Municipality.objects.exists()
    status, out, err = run(
        capsys, "kato", "--role", "plan_office", "--municipality", "新潟県新発田市", "--new-municipality",
        "--email", "jouhou@city.shibata.example",
    )  # fmt: skip
    assert status == 0, err
    assert out.splitlines() == [
        "自治体「新潟県新発田市」を新しく登録しました（計画はまだありません）",
        "利用者「kato」を作成しました / 新潟県新発田市 の計画担当",
    ]
    (registered,) = Municipality.objects.all()
    assert (registered.name, registered.prefecture, registered.code) == ("新発田市", "新潟県", None)
    kato = User.objects.get(username="kato")
    assert kato.membership.municipality == registered

    assert main(["import", "--user", "kato", str(ROOT / "samples" / "plans" / "shibata.txt")]) == 0
    out, err = capsys.readouterr()
    assert "新潟県新発田市 「" in out and "(新規) を取り込みました" in out and "新しく登録" not in out
    (municipality,) = Municipality.objects.all()  # the one registered with kato, given its code by the file
    assert (municipality.pk, municipality.code) == (registered.pk, "152064")
    plan = Plan.objects.get()
    assert plan.municipality == kato.membership.municipality and plan.initiatives.count() == 43
    history = Initiative.history.filter(id__in=plan.initiatives.values("pk"))
    assert history.exists() and not history.exclude(history_user=kato).exists()

    # run again for a second user: the municipality is found, nothing more registered or said
    status, out, _ = run(capsys, "ito", "--role", "viewer", "--municipality", "新潟県新発田市", "--new-municipality")
    assert status == 0 and out.splitlines() == ["利用者「ito」を作成しました / 新潟県新発田市 の閲覧"]
    assert Municipality.objects.count() == 1


@pytest.mark.parametrize(
    ("args", "message"),
    [
        # without the flag an unknown name is a typo until said otherwise
        (["--municipality", "新潟県三条市"], "自治体「新潟県三条市」は登録されていません（先に計画を取り込むか、管理サイトで登録してください。"
                                          "利用者と一緒に登録するには --new-municipality を付けます）。"),
        (["--municipality", "三条市", "--new-municipality"], "都道府県名から書いてください（例: 新潟県新発田市）。「三条市」"),
        (["--municipality", "新潟県三条", "--new-municipality"], "「三条」は市区町村の名称として登録できません"),
        (["--municipality", "新潟県三条市役所", "--new-municipality"], "「三条市役所」は市区町村の名称として登録できません"),
        (["--municipality", "152048", "--new-municipality"], "都道府県名から書いた名称で指定してください"),
        # the prefecture typed twice registered 「新潟県新発田市」 under 新潟県 (walked)
        (["--municipality", "新潟県新潟県三条市", "--new-municipality"], "都道府県名が重なっています"),
        (["--new-municipality"], "--new-municipality には --municipality"),
        (["--municipality", "新潟県三条市", "--new-municipality", "--department", "市民課"], "新潟県三条市にはまだ担当課がありません"),
    ],
)
def test_nothing_is_registered_by_a_typo(db, password, capsys, args, message):
    status, out, err = run(capsys, "a1", "--role", "plan_office", *args)
    assert status == 2 and out == "" and err.count("\n") == 1 and message in err, err
    assert not Municipality.objects.exists() and not User.objects.filter(username="a1").exists()


def test_a_municipality_registered_without_its_prefecture_is_not_registered_again(db, password, capsys):
    """A file naming no prefecture registered 「三条市」: 「新潟県三条市」 is most likely the same one."""
    Municipality.objects.create(name="三条市")
    status, _, err = run(capsys, "a1", "--role", "viewer", "--municipality", "新潟県三条市", "--new-municipality")
    assert status == 2 and "自治体「三条市」（都道府県なし）が登録されています。" in err and "--municipality 三条市" in err
    assert Municipality.objects.count() == 1
    # another prefecture's namesake is another municipality (府中市): registered beside it
    Municipality.objects.create(name="府中市", prefecture="東京都")
    status, out, _ = run(capsys, "a2", "--role", "viewer", "--municipality", "広島県府中市", "--new-municipality")
    assert status == 0 and "同じ名前の自治体がほかにもあります: 東京都府中市。別の自治体として登録しました" in out
    assert sorted(Municipality.objects.filter(name="府中市").values_list("prefecture", flat=True)) == ["広島県", "東京都"]


def test_a_refused_password_registers_no_municipality(db, monkeypatch, capsys):
    monkeypatch.setenv(command.PASSWORD_ENV, "short1")
    status, _, err = run(capsys, "a1", "--role", "plan_office", "--municipality", "新潟県三条市", "--new-municipality")
    assert status == 2 and "パスワード" in err
    assert not Municipality.objects.exists()


def test_an_importer_named_is_one_who_may_import_the_plan_in_the_app(world, password, capsys):
    """The first file naming its municipality otherwise (here 日田市's plan for 新発田市's plan office) would have been
    registered under another municipality, the history naming a user who cannot see it: refused, nothing written."""
    from shinchoku.plans.models import Plan

    hita = str(ROOT / "samples" / "plans" / "hita.txt")
    onojo = str(ROOT / "samples" / "plans" / "onojo.txt")
    assert main(["import", "--user", "keikaku_shibata", hita]) == 2
    _, err = capsys.readouterr()
    assert err == "shinchoku: 利用者 keikaku_shibata は大分県日田市の計画を取り込めません（取り込めるのはその自治体の計画担当とシステム管理者です）。\n"
    assert main(["import", "--user", "keikaku_shibata", onojo]) == 2
    _, err = capsys.readouterr()
    assert err == (
        "shinchoku: 自治体「福岡県大野城市」は登録されていないため、取り込むと別の自治体として登録されます。"
        "利用者 keikaku_shibata は新潟県新発田市の計画担当です。新潟県新発田市の計画なら --municipality 新発田市 を付けて"
        "取り込んでください。\n"
    )
    assert not Plan.objects.exists() and Municipality.objects.count() == 2
    # the plan office of the plan's municipality, the administrator: as on the upload page
    assert main(["import", "--dry-run", "--user", "keikaku_hita", hita]) == 0
    assert main(["import", "--dry-run", "--user", "kanrisha", onojo]) == 0


def test_a_prefecture_registered_for_its_own_plan_is_named_once(db, password, capsys):
    """「千葉県」 registers the prefecture (its own plan): named 「千葉県」, not 「千葉県千葉県」 (walked)."""
    status, out, _ = run(capsys, "c1", "--role", "viewer", "--municipality", "千葉県", "--new-municipality")
    assert status == 0 and "千葉県千葉県" not in out and out.splitlines()[-1] == "利用者「c1」を作成しました / 千葉県 の閲覧"


def test_a_blank_typed_between_prefecture_and_name_is_no_part_of_the_name(db, password, capsys):
    """「千葉県　桜川市」 was refused quoting 「 桜川市」 (walked): the blank is dropped, as no name holds one."""
    status, out, _ = run(capsys, "b1", "--role", "viewer", "--municipality", "千葉県　桜川市", "--new-municipality")
    assert status == 0 and out.startswith("自治体「千葉県桜川市」を新しく登録しました")
    assert run(capsys, "b2", "--role", "viewer", "--municipality", "千葉県 桜川市")[0] == 0
