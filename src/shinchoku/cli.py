"""The ``shinchoku`` command.

``parse`` is the fast path: it imports only the importers, never Django, so that reading a
plan costs little more than starting Python. Every other command sets Django up first.

Exit status: 0 on success, 2 for input that cannot be read (one line on stderr, never a
traceback), 1 for other failures.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Iterator, Sequence
from itertools import islice
from typing import Any

EXIT_BAD_INPUT = 2


def _fail(message: str, status: int = EXIT_BAD_INPUT) -> int:
    print(f"shinchoku: {message}", file=sys.stderr)
    return status


def _print_warnings(plan: dict[str, Any]) -> None:
    for warning in plan.get("warnings", []):
        line = warning.get("line")
        page = warning.get("page")
        where = (f"{page}ページ " if page else "") + (f"{line}行目" if line else "")
        where = f"{where.strip()}: " if where else ""
        print(f"警告: {where}{warning.get('message')}", file=sys.stderr)


def _read_map(path: str | None) -> bytes | None:
    """The bytes of a --map file (a column mapping, see docs/importers.md), or None."""
    from shinchoku.importers import ParseError
    from shinchoku.importers.errors import os_reason

    if path is None:
        return None
    try:
        with open(path, "rb") as handle:
            return handle.read(1024 * 1024)
    except OSError as exc:
        raise ParseError(f"列の対応ファイルを読めません: {os_reason(exc)}") from None


def _read_plan(args: argparse.Namespace, *, tables: bool = False) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The plan of ``args.file`` and the tables found in it with each column's role (ParseError when it cannot be
    read). The tables are read when ``tables`` asks for them — an import chooses a saved mapping by them, reading
    the file again only when one applies — or a ``--map`` is given; what of a --map names nothing in the file is
    said on stderr."""
    from shinchoku.importers import parse, read_for_preview

    mapping = _read_map(args.map)
    if mapping is None and not tables:
        return parse(args.file, layout=args.layout, municipality=args.municipality), []
    plan, found = read_for_preview(args.file, layout=args.layout, municipality=args.municipality, mapping=mapping)
    if mapping is not None:
        for warning in mapping_warnings(mapping, plan, found, sheets=_sheet_names(args.file)):
            print(f"警告: 列の対応: {warning}", file=sys.stderr)
    return plan, found


def _is_letter(name: str) -> bool:
    """A column named by its letter (「A」「AB」), as importers.mapping reads a mapping's column names."""
    name = name.strip()
    return name.isascii() and name.isalpha() and len(name) <= 3


def _sheet_names(path: str) -> set[str]:
    """The names of a workbook's sheets, those without a table too (a sheet of notes a --map leaves out); none for
    any other file, or a workbook that does not open (the readers said why)."""
    from shinchoku.importers import MAX_INPUT_BYTES, ParseError
    from shinchoku.importers.readers.xlsx import open_workbook, reading

    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_INPUT_BYTES + 1)
        if not data.startswith(b"PK") or len(data) > MAX_INPUT_BYTES:
            return set()
        with reading(open_workbook(data)) as workbook:
            return {str(name).strip() for name in workbook.sheetnames}
    except (OSError, ParseError):
        return set()


def mapping_warnings(
    mapping: bytes, plan: dict[str, Any], tables: list[dict[str, Any]], *, sheets: set[str] | None = None
) -> list[str]:
    """What a --map names that the file does not have: a sheet, a table's header, a column (by its
    letter or its header text). The readers pass over such a name in silence, so that a mistyped
    sheet or a column 「Z」 of a table five columns wide read the file as if the mapping said
    nothing about it, and the plan office did not know why its mapping changed nothing. ``sheets``: the
    workbook's sheets, those without a table too (a sheet of notes left out is there)."""
    from shinchoku.importers import FALLBACK
    from shinchoku.importers.labels import key
    from shinchoku.importers.layout_names import layout_name
    from shinchoku.importers.mapping import Mapping, header_key
    from shinchoku.importers.planjson import file_read

    layout = file_read(plan["plan"]).get("layout")  # a Plan JSON file's own reader, not its document's
    if layout != FALLBACK:
        return [f"{layout_name(layout)}で読んだため使いませんでした（一般的な形式で読むときだけ使います）。"]
    parsed = Mapping.of(mapping)
    sheets = {str(t["sheet"]).strip() for t in tables if t.get("sheet")} | (sheets or set())
    warnings = [
        f"読まないシート「{name}」はこのファイルにありません（シート名を確かめてください）。"
        for name in parsed.skip_sheets
        if name.strip() not in sheets
    ]
    for entry in parsed.tables:
        if entry.sheet is not None:
            found = [t for t in tables if str(t.get("sheet") or "").strip() == entry.sheet.strip()]
            where = f"シート「{entry.sheet}」の表"
        elif entry.signature is not None:
            found = [t for t in tables if header_key(t["signature"]) == header_key(entry.signature)]
            where = f"見出し「{entry.signature}」の表"
        else:
            found, where = tables, "このファイルの表"
        if not found:
            warnings.append(f"{where}はこのファイルにありません。この指定は使いませんでした。")
            continue
        columns = [c for t in found for c in t["columns"]]
        for name in entry.columns:
            if _is_letter(name):
                present = any(c["letter"] == name.strip().upper() for c in columns)
            else:
                present = any(c["header"] and key(c["header"]) == key(name) for c in columns)
            if not present:
                warnings.append(f"列「{name}」は{where}にありません。この列の指定は使いませんでした。")
    return warnings


def _refused(exc: Exception, args: argparse.Namespace) -> int:
    """A file the readers refuse, in words the plan office knows (a forced layout by its name too)."""
    from shinchoku.core.layouts import layout_refusal

    then = "--layout を付けずに（自動判定で）読み直してください。"
    return _fail(layout_refusal(str(exc), args.layout, then=then, key=True))


def cmd_parse(args: argparse.Namespace) -> int:
    from shinchoku.importers import ParseError

    try:
        plan, _tables = _read_plan(args)
    except ParseError as exc:
        return _refused(exc, args)
    _print_warnings(plan)
    # Indented JSON goes through Python's slow pure-Python encoder: indent for a person at a
    # terminal, compact (C encoder, several times faster) when piped to a program or a file.
    indent = (
        args.indent if args.indent is not None else (None if args.compact or not sys.stdout.isatty() else 2)
    )
    sys.stdout.write(json.dumps(plan, ensure_ascii=False, indent=indent))
    sys.stdout.write("\n")
    return 0


def cmd_layouts(args: argparse.Namespace) -> int:
    from shinchoku.importers import LAYOUTS
    from shinchoku.importers.layout_names import layout_name

    for name in LAYOUTS:
        print(f"{name}\t{layout_name(name)}")
    return 0


def _setup_django(migrate: bool = True, settings_module: str = "shinchoku.settings.dev") -> None:
    """Configure Django; bring the database schema up to date first (the SQLite default starts empty)."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", settings_module)
    import django

    django.setup()
    if migrate and not _migrations_recorded():
        from django.core.management import call_command
        from django.db import connection
        from django.db.migrations.executor import MigrationExecutor

        executor = MigrationExecutor(connection)
        if executor.migration_plan(executor.loader.graph.leaf_nodes()):
            print("データベースを準備しています（migrate）…", file=sys.stderr)
            call_command("migrate", verbosity=0)


def _migrations_recorded() -> bool:
    """Whether the database records every migration file on disk as applied.

    The cheap answer a command asks first: reading the file names and one table costs a few
    milliseconds, where building the migration graph imports every migration module (~50 ms of
    a one-plan import). Anything else (a file not recorded, a squashed migration) goes to the
    migration executor, which decides.
    """
    import importlib.util
    import pkgutil

    from django.apps import apps
    from django.db import connection
    from django.db.migrations.recorder import MigrationRecorder

    recorder = MigrationRecorder(connection)
    if not recorder.has_table():
        return False
    applied = set(recorder.applied_migrations())
    for config in apps.get_app_configs():
        spec = importlib.util.find_spec(f"{config.name}.migrations")
        if spec is None or not spec.submodule_search_locations:
            continue
        for module in pkgutil.iter_modules(spec.submodule_search_locations):
            if not module.ispkg and (config.label, module.name) not in applied:
                return False
    return True


def _import_user(args: argparse.Namespace) -> Any:
    """The user ``--user`` names (None without it, False when there is no such active user)."""
    if not args.user:
        return None
    from django.contrib.auth import get_user_model

    return get_user_model().objects.filter(username=args.user, is_active=True).first() or False


def _importer_refusal(user: Any, target: Any, plan: dict[str, Any]) -> str | None:
    """Why the user ``--user`` names cannot be the importer of a plan of ``target`` (the municipality the import
    goes to; None: one it would register), or None. The rule of the upload page: a plan office imports its own
    municipality's plans; a new municipality, the installation's administrator. A plan office created with its
    municipality (``createuser --new-municipality``) whose first file names it otherwise (another spelling, no
    prefecture where two share the name) would have had the plan registered under a second municipality, the
    history naming a user who cannot see it."""
    from shinchoku.accounts.permissions import can, membership

    if user is None or user.is_superuser:
        return None
    if target is not None:
        if can(user, "import_plan", target):
            return None
        return f"利用者 {user.username} は{target}の計画を取り込めません（取り込めるのはその自治体の計画担当とシステム管理者です）。"
    info = plan["municipality"]
    named = f"{(info.get('prefecture') or '').strip()}{(info.get('name') or '').strip()}"
    m = membership(user)
    if m is None or m.municipality is None:
        return f"自治体「{named}」は登録されていません。新しい自治体の計画を取り込めるのはシステム管理者だけです。"
    return (
        f"自治体「{named}」は登録されていないため、取り込むと別の自治体として登録されます。利用者 {user.username} は"
        f"{m.municipality}の{m.get_role_display()}です。{m.municipality}の計画なら --municipality {m.municipality.name}"
        " を付けて取り込んでください。"
    )


#: What ``shinchoku import FOLDER`` reads from a folder.


def _parse_or_error(path: str, layout: str | None) -> Any:
    """The plan read from ``path``, or the ParseError saying why not (returned, so that a child
    process hands it back as it is)."""
    from shinchoku.importers import ParseError, parse

    try:
        return parse(path, layout=layout)
    except ParseError as exc:
        return exc


def _read_ahead(files: list[str], layout: str | None) -> Iterator[tuple[str, Any]]:
    """(path, plan or ParseError) of each file in order, the files read in child processes while
    the caller loads the ones before: reading a plan costs about as much CPU as loading it, so a
    folder loads in about half the time on two cores. The children only read files; every plan
    is loaded by this process in its own transaction, so nothing is written side by side. They
    start from a fresh process, never from this one's database connection."""
    workers = min(len(files) - 1, os.cpu_count() or 1, 4)
    if workers < 1:
        yield from ((path, _parse_or_error(path, layout)) for path in files)
        return
    import multiprocessing
    from collections import deque
    from concurrent.futures import ProcessPoolExecutor

    waiting = iter(files)
    # forkserver: children started from a clean process; Windows has only spawn, as clean.
    method = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context(method)) as pool:
        ahead = deque(
            (path, pool.submit(_parse_or_error, path, layout)) for path in islice(waiting, 2 * workers)
        )
        while ahead:
            path, reading = ahead.popleft()
            if (following := next(waiting, None)) is not None:  # at most 2 × workers plans held
                ahead.append((following, pool.submit(_parse_or_error, following, layout)))
            yield path, reading.result()


def cmd_import_folder(args: argparse.Namespace) -> int:
    """Import every plan file of a folder (a national or prefectural bundle), each in its own
    transaction: a file that cannot be read is reported and skipped, the others are loaded."""
    import time

    from shinchoku.core.layouts import layout_refusal
    from shinchoku.importers import ParseError
    from shinchoku.importers.filetypes import OFFICE_PARTS_FOLDER, PLAN_SUFFIXES

    if args.into is not None or args.map:
        return _fail("フォルダーの取込では --into と --map は使えません。ファイルごとに取り込んでください。")
    files = sorted(
        os.path.join(root, name)
        for root, _, names in os.walk(args.file)
        if not os.path.basename(root).lower().endswith(OFFICE_PARTS_FOLDER)  # (a saved web page's parts)
        for name in names
        if name.lower().endswith(PLAN_SUFFIXES)
    )
    if not files:
        return _fail(f"{args.file} に計画ファイル（{'、'.join(PLAN_SUFFIXES)}）がありません。")
    _setup_django()
    from shinchoku.plans.loader import load_plan, match_municipality

    user = _import_user(args)
    if user is False:
        return _fail(f"利用者 {args.user} はいません。")
    from shinchoku.plans.reference import ReferenceInfo

    started, loaded, initiatives, failed = time.perf_counter(), 0, 0, 0
    for path, plan in _read_ahead(files, args.layout):
        reference = ReferenceInfo(source=args.source or os.path.basename(path)) if args.reference else None
        try:
            if isinstance(plan, ParseError):
                raise plan
            refusal = None if reference else _importer_refusal(user, match_municipality(plan, args.municipality), plan)
            if refusal is not None:
                raise ParseError(refusal)
            result = load_plan(
                plan,
                municipality_name=args.municipality,
                dry_run=args.dry_run,
                user=user,
                reference=reference,
            )
        except ParseError as exc:
            failed += 1
            print(f"shinchoku: {path}: {layout_refusal(str(exc), args.layout, key=True)}", file=sys.stderr)
            continue
        loaded += 1
        initiatives += len(result.added) + len(result.changed) + len(result.unchanged)
        print(f"{path}: {result.plan.municipality} 「{result.plan.title}」 追加 {len(result.added)} / 変更 {len(result.changed)}")
    seconds = time.perf_counter() - started
    print(
        f"{len(files)} ファイル中 {loaded} 件の計画を{'確認し' if args.dry_run else '取り込み'}ました"
        f"（取組 {initiatives} 件、{seconds:.1f} 秒、{initiatives / seconds if seconds else 0:.0f} 件/秒）。"
        + (f" 読めなかったファイル: {failed} 件" if failed else "")
    )
    return EXIT_BAD_INPUT if failed else 0


def cmd_import(args: argparse.Namespace) -> int:
    if os.path.isdir(args.file):
        return cmd_import_folder(args)
    from shinchoku.importers import ParseError

    try:
        plan, tables = _read_plan(args, tables=True)
    except ParseError as exc:
        return _refused(exc, args)
    _setup_django()
    from shinchoku.plans.loader import load_plan, match_municipality
    from shinchoku.plans.models import Plan

    user = _import_user(args)
    if user is False:
        return _fail(f"利用者 {args.user} はいません。")
    into = None
    if args.into is not None:
        into = Plan.objects.filter(pk=args.into).first()
        if into is None:
            return _fail(f"計画 ID {args.into} はありません。")
    reference = None
    if args.reference:
        from shinchoku.plans.reference import ReferenceInfo

        if args.prefecture:
            plan["municipality"]["prefecture"] = args.prefecture.strip()
        reference = ReferenceInfo(source=args.source or os.path.basename(args.file))
    elif args.source or args.prefecture:
        return _fail("--source と --prefecture は --reference（参考計画として取り込む）と一緒に指定してください。")
    if args.map is None:
        try:
            plan = _with_saved_mapping(args, plan, tables, into.municipality if into is not None else None)
        except ParseError as exc:
            return _refused(exc, args)
    target = into.municipality if into is not None else match_municipality(plan, args.municipality)
    refusal = None if reference else _importer_refusal(user, target, plan)
    if refusal is not None:
        return _fail(refusal)
    # a municipality not registered yet is registered by the import: said, as the upload preview says it
    registers = target is None
    try:
        result = load_plan(
            plan,
            municipality_name=args.municipality,
            into=into,
            dry_run=args.dry_run,
            overwrite_revised=args.overwrite_revised,
            user=user,
            reference=reference,
        )
    except ParseError as exc:
        return _fail(str(exc))
    _print_warnings(plan)
    verb = "取り込む予定" if args.dry_run else "取り込みました"
    state = "新規" if result.created else "更新"
    kind = "参考計画 " if result.plan.is_reference else ""
    print(
        f"{kind}{result.plan.municipality} 「{result.plan.title}」({state}) を{verb}: "
        f"追加 {len(result.added)} / 変更 {len(result.changed)} / 変更なし {len(result.unchanged)} / "
        f"計画から外れた取組 {len(result.retired)}"
    )
    if registers:
        unnamed = "" if result.plan.municipality.prefecture else "（ファイルに都道府県がないため、都道府県なし）"
        print(f"  自治体「{result.plan.municipality.name}」を新しく登録{'します' if args.dry_run else 'しました'}{unnamed}")
    for note in result.plan_changes:
        print(f"  計画: {note}")
    for label in result.retired:  # which ones, not only how many: the plan office checks each
        print(f"  計画から外れ{'る' if args.dry_run else 'た'}取組: {label}")
    if args.dry_run and not result.created:
        from shinchoku.progress.services import round_notes

        for note in round_notes(result.plan, added=result.added, retired=result.retired, changed=result.changed):
            print(f"  進捗管理: {note}")
    if args.dry_run:
        for label, notes in result.losses.items():  # said first, as the upload preview says them
            print(f"  登録済みの内容が消える取組: {label}: {'／'.join(notes)}")
        for label in result.fragments:
            print(f"  取組名が途中で切れているように見える取組（追加）: {label}")
        for label, notes in result.details.items():
            print(f"  変更: {label}")
            for note in notes:
                print(f"    {note}")
    for kept in result.kept_actuals:
        print(f"  このファイルにない実績値を保持: {kept}", file=sys.stderr)
    for conflict in result.conflicts:
        print(f"  改訂を保持: {conflict}", file=sys.stderr)
    if result.conflicts:
        print("  ファイルの値で上書きするには --overwrite-revised を付けて取り込んでください。", file=sys.stderr)
    if result.created and not result.plan.is_reference:
        _hint_into(result.plan)
    return 0


def _with_saved_mapping(
    args: argparse.Namespace, plan: dict[str, Any], tables: list[dict[str, Any]], home: Any
) -> dict[str, Any]:
    """The plan read again with the column mapping saved for its municipality, when one applies to the ``tables``
    found in the first reading (the file is read again only then).

    The plan office chooses a table's columns once in the upload preview (「この割り当てで読み直す」),
    and the choice is saved for the municipality and used for next year's file. ``shinchoku import``
    of next year's file read the columns as detected instead: a 「課題」 column mapped to 現状・課題
    became a note again, and the import emptied every initiative's 現状・課題. The upload preview
    and the command line now read a file alike; ``--map`` still says it for one import."""
    from shinchoku.importers import ParseError, has_columns, read_for_preview
    from shinchoku.plans.loader import match_municipality
    from shinchoku.plans.mappings import saved_for

    if not has_columns(plan):
        return plan  # a known layout or Plan JSON: no columns to map (a table the template reader read has them)
    municipality = home or match_municipality(plan, args.municipality)
    if municipality is None:
        return plan
    saved = saved_for(municipality, [str(t["signature"]) for t in tables])
    if saved is None:
        return plan
    try:
        again, _tables = read_for_preview(args.file, layout=args.layout, municipality=args.municipality, mapping=saved)
    except ParseError:
        # the saved choice no longer fits this file (a header saved as a sheet left out, a 記入要領, is now the
        # plan's own table): the detected columns stand, as in the upload preview
        print(
            f"列の割り当て: {municipality.name}に保存された割り当てではこのファイルの表を読めないため、"
            "見出しから判定した列で読みました。別の割り当てで読むときは --map を指定してください。",
            file=sys.stderr,
        )
        return plan
    from datetime import datetime

    from shinchoku.core.dates import wareki_time

    for entry in saved.get("saved", []):
        when = f"{wareki_time(datetime.fromisoformat(entry['at']))}に" if entry.get("at") else ""
        who = f"{entry['by']}さんが" if entry.get("by") else ""
        header = str(entry.get("signature") or "")
        header = header if len(header) <= 60 else f"{header[:59]}…"
        print(
            f"列の割り当て: {municipality.name}に保存された割り当てで読みました（{when}{who}保存、見出し「{header}」の表）。"
            "別の割り当てで読むときは --map を指定してください。",
            file=sys.stderr,
        )
    return dict(again)


def _hint_into(created: Any) -> None:
    """A new plan beside the municipality's others may be next year's file under another title: say so."""
    from shinchoku.plans.models import Plan

    others = Plan.objects.filter(municipality=created.municipality).exclude(pk=created.pk)
    for other in (p for p in others if not p.is_reference):
        print(
            f"  {created.municipality}にはほかに計画「{other.title}」（ID {other.pk}）があります。"
            f"その改訂版なら --into {other.pk} を付けて取り込んでください。",
            file=sys.stderr,
        )


def demo_environment(port: int) -> None:
    """The demo's settings, with links in e-mails to the port it serves on (unless set by the user):
    the settings' default address is :8000, whatever ``PORT`` ``make run`` was given."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "shinchoku.settings.demo")
    os.environ.setdefault("SHINCHOKU_BASE_URL", f"http://127.0.0.1:{port}")


def cmd_demo(args: argparse.Namespace) -> int:
    """``make run``: the app as production runs it (waitress, the worker, DEBUG off) with the samples.

    Migrates the SQLite database under var/, collects the static files, loads the sample plans
    once, creates the demo administrator, then starts the worker as a child process and serves in
    this one; Ctrl+C (or SIGTERM) stops both.
    """
    demo_environment(args.port)
    _setup_django()
    from django.conf import settings
    from django.core.management import call_command

    if not getattr(settings, "SHINCHOKU_DEMO", False):
        return _fail(
            "demo はデモ用設定（shinchoku.settings.demo）でのみ使えます。本番では serve と worker を使ってください。",
            1,
        )
    from shinchoku.demo import build_demo_rounds, create_demo_admin, load_samples

    call_command("collectstatic", interactive=False, verbosity=0)
    for line in [*load_samples(), *build_demo_rounds()]:
        print(line, flush=True)
    from shinchoku.core.server import NotReady, check_port

    try:
        check_port("127.0.0.1", args.port)  # before the new password, which a running copy would take
    except NotReady as exc:
        return _fail(str(exc), 1)
    from shinchoku.core import baseurl

    # for the commands run later in another terminal (send_reminders): their mails link here too
    baseurl.record(settings.VAR_DIR, settings.SHINCHOKU_BASE_URL)
    username, password = create_demo_admin()
    address = f"http://127.0.0.1:{args.port}/"
    print(
        f"\nshinchoku を起動します: {address}\n"
        f"  管理者ログイン: ユーザー名 {username} / パスワード {password}（起動ごとに再発行）\n"
        "  本番と同じ構成です（waitress、バックグラウンド処理、DEBUG オフ）。終了は Ctrl+C\n"
        "  通知・督促のメールは送信せず、この画面に表示します。\n",
        flush=True,
    )
    return _serve_with_worker("127.0.0.1", args.port, threads=8)


def _serve_with_worker(host: str, port: int, threads: int) -> int:
    """Serve here and run the worker as a child process; whatever ends the server ends the worker."""
    import signal
    import subprocess

    from shinchoku.core.server import NotReady, serve

    def stop(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, stop)
    worker = subprocess.Popen([sys.executable, "-m", "shinchoku.cli", "worker"], env=os.environ.copy())
    try:
        serve(host, port, threads)
    except NotReady as exc:
        return _fail(str(exc), 1)
    except KeyboardInterrupt:
        pass
    finally:
        print("\nshinchoku を停止しています…", file=sys.stderr, flush=True)
        if worker.poll() is None:
            worker.terminate()
            try:
                worker.wait(timeout=15)
            except subprocess.TimeoutExpired:
                worker.kill()
    return 0


def _production_django() -> None:
    """Configure Django for a long-running production process: never migrate on the way."""
    _setup_django(migrate=False, settings_module="shinchoku.settings.production")


def cmd_serve(args: argparse.Namespace) -> int:
    """The production server: waitress on HOST:PORT, static files by whitenoise."""
    _production_django()
    from django.conf import settings

    from shinchoku.core import baseurl
    from shinchoku.core.server import NotReady, check_port, serve

    address = f"http://{args.host}:{args.port}/"
    try:
        check_port(args.host, args.port)  # a copy already serving there keeps the address it recorded
    except NotReady as exc:
        return _fail(str(exc), 1)
    links = settings.SHINCHOKU_BASE_URL
    if settings.SHINCHOKU_BASE_URL_SOURCE != "environment":
        links = baseurl.served(args.host, args.port)
        print(
            f"shinchoku: メールのリンクは {links} で始まります（SHINCHOKU_BASE_URL が未設定のため）。"
            "利用者がブラウザで開くアドレスが違うときは SHINCHOKU_BASE_URL を設定してください。",
            file=sys.stderr, flush=True,
        )  # fmt: skip
    baseurl.record(settings.VAR_DIR, links)  # the worker and the commands run later link their mails here
    print(f"shinchoku: {address} で待ち受けます（終了は Ctrl+C）", file=sys.stderr, flush=True)
    try:
        serve(args.host, args.port, args.threads)
    except NotReady as exc:
        return _fail(str(exc), 1)
    return 0


def cmd_worker(args: argparse.Namespace) -> int:
    """The background worker: runs queued tasks (upload previews, imports, …) until stopped."""
    _production_django()
    from shinchoku.core.server import NotReady, work

    try:
        work(batch=args.batch)
    except NotReady as exc:
        return _fail(str(exc), 1)
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    """The whole installation (database and uploaded files) to one file, while the app runs."""
    _setup_django(migrate=False)
    from shinchoku.core.backup import BackupError, backup, describe

    try:
        manifest = backup(args.file)
    except BackupError as exc:
        return _fail(str(exc))
    size = os.path.getsize(args.file) / (1024 * 1024)
    print(f"バックアップを作成しました: {args.file}（{size:.1f} MB）\n  {describe(manifest)}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    """A backup back into an empty installation (or, with --force, in place of its data)."""
    _setup_django(migrate=False)
    from shinchoku.core.backup import BackupError, describe, restore

    try:
        manifest = restore(args.file, force=args.force)
    except BackupError as exc:
        return _fail(str(exc))
    print(f"復元しました: {args.file}\n  {describe(manifest)}")
    return 0


def cmd_bundle(args: argparse.Namespace) -> int:
    """The installation's public data to one bundle, or another installation's bundle in as reference plans."""
    _setup_django()
    from shinchoku.exports.bundle import BundleError, export_bundle, import_bundle
    from shinchoku.importers.errors import os_reason

    if args.action == "export":
        try:
            manifest = export_bundle(args.file)
        except BundleError as exc:
            return _fail(f"バンドルを書き出せません: {exc}")
        except OSError as exc:
            return _fail(f"バンドルを書き出せません: {os_reason(exc)}")
        counts = manifest["counts"]
        print(
            f"バンドルを作成しました: {args.file}（計画 {counts['plans']} 件、取組 {counts['initiatives']} 件、"
            f"公表された進捗 {counts['results']} 件、国の計画の項目 {counts['labels']} 件）"
        )
        return 0
    user = _import_user(args)
    if user is False:
        return _fail(f"利用者 {args.user} はいません。")
    try:
        result = import_bundle(args.file, user=user)
    except BundleError as exc:
        return _fail(str(exc))
    print(f"バンドル「{result.manifest.get('installation')}」（{result.manifest.get('created_at')}）を取り込みました。")
    for line in result.imported:
        print(f"  参考計画 {line}")
    for line in result.skipped:
        print(f"  {line}", file=sys.stderr)
    return 0


def cmd_createuser(args: argparse.Namespace) -> int:
    """Run the ``createuser`` management command; its refusals end with one line and status 2."""
    _setup_django()
    from django.core.management import call_command
    from django.core.management.base import CommandError

    options = {
        k: v for k, v in vars(args).items() if k not in ("command", "func", "username") and v is not None
    }
    try:
        call_command("createuser", args.username, **options)
    except CommandError as exc:
        return _fail(str(exc), getattr(exc, "returncode", EXIT_BAD_INPUT))
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    """Search every plan's initiatives (the ``search`` management command)."""
    _setup_django()
    from django.core.management import call_command

    if not args.query.strip():
        return _fail("検索語を指定してください。")
    call_command("search", args.query, limit=args.limit)
    return 0


def cmd_reindex(args: argparse.Namespace) -> int:
    """Build or update the search index (the ``reindex`` management command)."""
    _setup_django()
    from django.core.management import call_command

    call_command("reindex", force=args.force)
    return 0


def cmd_suggest_labels(args: argparse.Namespace) -> int:
    """Suggest national-plan items for the initiatives (the ``suggest_labels`` management command)."""
    _setup_django()
    from django.core.management import call_command
    from django.core.management.base import CommandError

    try:
        call_command("suggest_labels", plan=args.plan)
    except CommandError as exc:
        return _fail(str(exc))
    return 0


def cmd_classify_kpis(args: argparse.Namespace) -> int:
    """Classify every indicator into the compared kinds (the ``classify_kpis`` management command)."""
    _setup_django()
    from django.core.management import call_command

    call_command("classify_kpis")
    return 0


def cmd_manage(args: argparse.Namespace) -> int:
    """Pass the remaining arguments to Django's manage.py machinery (migrate, createsuperuser, …)."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "shinchoku.settings.dev")
    from django.core.management import execute_from_command_line

    execute_from_command_line(["shinchoku manage", *args.rest])
    return 0


def build_parser() -> argparse.ArgumentParser:
    from shinchoku.cli_parser import JapaneseArgumentParser

    parser = JapaneseArgumentParser(
        prog="shinchoku",
        description="自治体DX・情報化計画の取込・進捗管理 (shinchoku)",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = commands.add_parser("parse", help="計画ファイルを読み取り Plan JSON を標準出力に出す（DBは使わない）")
    p.add_argument("file", help="計画ファイル（PDF、PDFから抽出したテキスト、Plan JSON、CSV、xlsx）")
    p.add_argument("--layout", help="レイアウトを指定する（既定: 自動判定）。`shinchoku layouts` で一覧")
    p.add_argument("--municipality", help="計画に自治体名が書かれていないときの自治体名")
    p.add_argument(
        "--map", metavar="MAPPING.json", help="表の列の対応（列→役割、読まないシート）。docs/importers.md"
    )
    p.add_argument("--compact", action="store_true", help="改行・字下げなしで出力する（パイプ・ファイルへの出力の既定）")
    p.add_argument("--indent", type=int, metavar="N", help="N 文字で字下げして出力する（端末への出力の既定は 2）")
    p.set_defaults(func=cmd_parse)

    p = commands.add_parser("layouts", help="読み取れるレイアウトの一覧")
    p.set_defaults(func=cmd_layouts)

    p = commands.add_parser("import", help="計画ファイル（またはフォルダー内のすべての計画ファイル）をデータベースに取り込む（再取込は上書き更新）")
    p.add_argument("file")
    p.add_argument("--layout", help="レイアウトを指定する（既定: 自動判定）")
    p.add_argument("--municipality", help="自治体名を上書きする")
    p.add_argument(
        "--map", metavar="MAPPING.json", help="表の列の対応（列→役割、読まないシート）。docs/importers.md"
    )
    p.add_argument("--into", type=int, metavar="PLAN_ID", help="この ID の計画を改訂版として更新する")
    p.add_argument("--dry-run", action="store_true", help="何が変わるかを表示するだけで書き込まない")
    p.add_argument("--user", help="変更履歴に記録する利用者（ユーザー名）")
    p.add_argument("--reference", action="store_true", help="他の自治体の計画を参考計画として取り込む（進捗管理はしない）")
    p.add_argument("--source", help="参考計画の出典（公表ページのURLなど。既定: ファイル名）")
    p.add_argument("--prefecture", help="参考計画の自治体の都道府県（計画に書かれていないとき）")
    p.add_argument(
        "--overwrite-revised", action="store_true", help="アプリで改訂した内容（目標値・取組の記述・担当課・工程）もファイルの内容で上書きする"
    )
    p.set_defaults(func=cmd_import)

    p = commands.add_parser("demo", help="サンプル計画を読み込み、本番と同じ構成で起動する（make run）")
    p.add_argument("--port", type=int, default=int(os.environ.get("PORT", "8000")))
    p.set_defaults(func=cmd_demo)

    p = commands.add_parser("serve", help="本番用サーバー（waitress）を起動する")
    p.add_argument("--host", default=os.environ.get("SHINCHOKU_HOST", "127.0.0.1"), help="待ち受けるアドレス")
    p.add_argument("--port", type=int, default=int(os.environ.get("PORT", "8000")), help="ポート")
    threads = int(os.environ.get("SHINCHOKU_THREADS", "8"))
    p.add_argument("--threads", type=int, default=threads, help="同時に処理する要求の数（既定: 8）")
    p.set_defaults(func=cmd_serve)

    p = commands.add_parser("worker", help="バックグラウンド処理（取込の読み取り・確認など）を実行し続ける")
    p.add_argument("--batch", action="store_true", help="待っている処理をすべて実行したら終了する")
    p.set_defaults(func=cmd_worker)

    p = commands.add_parser("backup", help="データベースとアップロードされたファイルを1ファイルに保存")
    p.add_argument("file", help="書き出すファイル（例: shinchoku-20250401.zip）")
    p.set_defaults(func=cmd_backup)

    p = commands.add_parser("restore", help="バックアップを空のインストールに復元する")
    p.add_argument("file", help="shinchoku backup で作ったファイル")
    p.add_argument("--force", action="store_true", help="既にあるデータを消して置き換える")
    p.set_defaults(func=cmd_restore)

    p = commands.add_parser("bundle", help="公表データのバンドル（他のインストールとの受け渡し用）を書き出す・取り込む")
    p.add_argument("action", choices=["export", "import"], help="export: 書き出す / import: 参考計画として取り込む")
    p.add_argument("file", help="バンドルファイル（zip）")
    p.add_argument("--user", help="変更履歴に記録する利用者（import のとき）")
    p.set_defaults(func=cmd_bundle)

    p = commands.add_parser(
        "createuser", help="利用者を作成する（パスワードは環境変数 SHINCHOKU_PASSWORD か端末で入力）"
    )
    p.add_argument("username", help="ユーザー名")
    p.add_argument("--role", metavar="plan_office|editor|viewer", help="役割: 計画担当 / 担当課 / 閲覧")
    p.add_argument("--municipality", metavar="NAME_OR_CODE", help="自治体名または団体コード")
    p.add_argument(
        "--new-municipality",
        action="store_true",
        help="--municipality の自治体が未登録なら新しく登録する（都道府県名から書く: 新潟県新発田市）",
    )
    p.add_argument("--prefecture", help="県内閲覧者の都道府県（--role viewer のみ）")
    p.add_argument(
        "--department", action="append", metavar="NAME", help="担当課（--role editor。繰り返し指定可）"
    )
    p.add_argument("--email", help="メールアドレス")
    p.add_argument("--superuser", action="store_true", help="システム管理者にする")
    p.set_defaults(func=cmd_createuser)

    p = commands.add_parser(
        "search", help="すべての計画の取組を検索する（例: shinchoku search 書かない窓口）"
    )
    p.add_argument("query", help="検索語")
    p.add_argument(
        "--limit",
        type=int,
        default=10,
        choices=range(1, 101),
        metavar="N",
        help="表示する件数（1〜100、既定: 10）",
    )
    p.set_defaults(func=cmd_search)

    p = commands.add_parser("reindex", help="検索索引を作成・更新する（変更のない取組は飛ばす）")
    p.add_argument("--force", action="store_true", help="変更のない取組も索引し直す")
    p.set_defaults(func=cmd_reindex)

    p = commands.add_parser(
        "suggest-labels", help="国の計画（自治体DX推進計画）の項目の候補を付け直す（確定したものは変えない）"
    )
    p.add_argument("--plan", type=int, metavar="ID", help="この計画だけ")
    p.set_defaults(func=cmd_suggest_labels)
    p = commands.add_parser("classify-kpis", help="すべての指標を比較用の種類に分類し直す（指標の比較）")
    p.set_defaults(func=cmd_classify_kpis)

    p = commands.add_parser("manage", help="Django の管理コマンド（migrate など）", add_help=False)
    p.add_argument("rest", nargs=argparse.REMAINDER)
    p.set_defaults(func=cmd_manage)
    return parser


class _OneLine(logging.Handler):
    """A log record as one line on the stderr of the moment (a test's captured one too), never its traceback."""

    def emit(self, record: logging.LogRecord) -> None:
        try:
            print(f"shinchoku: {record.getMessage()}", file=sys.stderr)
        except Exception:
            self.handleError(record)


def _say_reader_faults() -> None:
    """A reader's bug the importers log (「読み取りの不具合: …」, importers._score) is one line on stderr, never a
    traceback: Python's last-resort handler printed the whole English traceback amid an import's output."""
    importers = logging.getLogger("shinchoku.importers")
    if not any(isinstance(handler, _OneLine) for handler in importers.handlers):
        importers.addHandler(_OneLine(logging.WARNING))  # (a refusal's cause too, as Python's last resort said it)


def main(argv: Sequence[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8")
    # pdfminer warns once per font it cannot measure (「Could not get FontBBox…」, a dozen lines for
    # any Chromium print): noise to a plan office, and the reader's own warnings say what matters.
    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    _say_reader_faults()
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["manage"]:
        # Everything after 「manage」 is Django's, 「--help」 too: argparse's REMAINDER does not take
        # an option as its first word (「shinchoku manage --help」 was refused).
        args = argparse.Namespace(func=cmd_manage, rest=argv[1:])
    else:
        args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # the last line of defence: a user never sees a traceback
        if type(exc).__name__ == "ImproperlyConfigured":  # e.g. a required environment variable is missing
            return _fail(str(exc), status=1)
        return _fail(f"内部エラー: {type(exc).__name__}: {exc}", status=1)


if __name__ == "__main__":
    sys.exit(main())
