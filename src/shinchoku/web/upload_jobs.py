"""The background jobs of an upload: read the file (with the plan office's column mapping), import it.

They run in the worker, never in a request, and check the uploader's permissions (accounts),
which is why they live here and not in ``plans`` (``plans.uploads`` keeps the files):

- :func:`preview_upload` reads the file in a child process with time and memory limits
  (``importers.isolated``), then runs the loader's dry run, whose result is the preview
  (added / changed / kept / retired). When the generic readers read the file, the result also
  lists the tables found with the role of each column, for the plan office to change; a mapping
  saved for the municipality for a table of the same header is applied at once
  (``plans.mappings``). A refused file ends the job with the importer's Japanese message (page
  or line) and the files are removed — except when the plan office's own mapping is refused
  (kind ``REMAP``): the previous preview stays, with the message.
- :func:`import_upload` runs ``load_plan`` for real and saves the column mapping the plan was
  read with for the municipality, in one transaction. It is a job, not part of the confirming
  request, because it does the same work as the dry run (minutes for a plan of thousands of
  initiatives); a failure or a killed worker leaves the database as it was.
"""

from __future__ import annotations

import json
from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils.translation import gettext as _

from shinchoku.accounts.models import Membership
from shinchoku.accounts.permissions import can, membership
from shinchoku.core.layouts import layout_refusal
from shinchoku.core.tasks import Progress, Refused, job_task
from shinchoku.importers import ParseError
from shinchoku.importers.errors import log_cause
from shinchoku.importers.isolated import read_isolated, read_with_saved
from shinchoku.plans import mappings
from shinchoku.plans.loader import (
    LoadResult,
    likely_edition,
    load_plan,
    match_municipality,
    revision_refusal,
    title_similarity,
)
from shinchoku.plans.models import Municipality, Plan
from shinchoku.plans.reference import ReferenceInfo, own_municipality_ids
from shinchoku.plans.uploads import pending_plan, plan_path, raw_path, remove, summary
from shinchoku.progress.services import round_notes


def _user(user_id: int | None) -> Any:
    return get_user_model().objects.filter(pk=user_id).first() if user_id else None


def may_import(user: Any, plan: dict[str, Any], *, reference: bool = False) -> bool:
    """A plan office imports only its own municipality's plans; a new municipality needs the administrator.

    A reference plan (参考計画) is another municipality's: any plan office may add one, for a
    municipality nobody here works for (``reference_target_error`` says why not otherwise).
    """
    if isinstance(user, int):
        user = _user(user)
    if user is None:
        return False
    if reference:
        return can(user, "import_reference", None)
    municipality = match_municipality(plan)
    if municipality is None:
        return bool(user.is_superuser)
    return can(user, "import_plan", municipality)


def reference_target_error(plan: dict[str, Any]) -> str | None:
    """Why the file cannot be a reference plan of the municipality it names, or None."""
    municipality = match_municipality(plan)
    if municipality is None:
        return None
    if municipality.pk in own_municipality_ids() or Membership.objects.filter(municipality=municipality).exists():
        return _(
            "%(name)sの計画はこのインストールで管理しています。参考計画ではなく、その自治体の計画として取り込んでください。"
        ) % {"name": municipality}
    return None


def _as_reference(plan: dict[str, Any], reference: dict[str, str]) -> dict[str, Any]:
    """The plan under the municipality the uploader named (the file's 団体コード dropped when renamed)."""
    info = plan["municipality"]
    if reference.get("municipality") and reference["municipality"] != info.get("name"):
        info["name"], info["code"] = reference["municipality"], None
    if reference.get("prefecture"):
        info["prefecture"] = reference["prefecture"]
    return plan


#: The readers' words when they took the municipality from the file name (importers.generic, template).
_NAMED_AFTER_FILE = ("自治体名が文書から読み取れないため", "自治体名が文書にないため", "自治体名の行がないため")


def as_named(plan: dict[str, Any], given: dict[str, str] | None) -> dict[str, Any]:
    """The plan under the municipality the uploader typed in the preview (``{"name", "prefecture"}``).

    A file that states no municipality (a system's CSV, a bare 取組 table) was named after the file
    (「dx_kpi」, and 「dx_kpi 計画」): imported so, it registered a municipality of that name. The
    preview asks for the name; the placeholder title and the readers' warning about it follow.
    """
    if not given:
        return plan
    info = plan["municipality"]
    old = info.get("name") or ""
    info["name"], info["prefecture"] = given["name"], given.get("prefecture") or None
    info["code"] = given.get("code") or None  # (the file's own dropped: it was another municipality's, or none)
    warnings = [w for w in plan.get("warnings") or [] if not str(w.get("message", "")).startswith(_NAMED_AFTER_FILE)]
    if old and plan["plan"].get("title") == f"{old} 計画":  # the readers' placeholder title, said in a warning
        plan["plan"]["title"] = title = f"{given['name']} 計画"
        for w in warnings:
            w["message"] = str(w.get("message", "")).replace(f"「{old} 計画」", f"「{title}」")
    plan["warnings"] = warnings
    return plan


def as_titled(plan: dict[str, Any], title: str | None) -> dict[str, Any]:
    """The plan under the title the uploader typed in the preview: a reader may take a chapter's heading or the file's
    name for the plan's (「第３章　施策の展開」, 「dx_kpi 計画」); the title typed is the plan's own, as if the file
    stated it (it renames the plan it revises, shown as a change of the plan)."""
    if not title:
        return plan
    plan["plan"]["title"] = title
    plan["plan"]["title_typed"] = True
    plan["plan"].pop("title_from", None)
    plan["warnings"] = [w for w in plan.get("warnings") or [] if not str(w.get("message", "")).startswith(_TITLE_GUESSED)]
    return plan


#: The readers' words when they named the plan themselves (importers.generic, template): the title typed is stated.
_TITLE_GUESSED = ("計画名が文書にないため", "計画名が文書から読み取れないため", "計画名の行がないため")


def _home(user: Any) -> Municipality | None:
    """The uploader's own municipality (a plan office's), which a file may not name."""
    found = membership(user) if user is not None else None
    return found.municipality if found is not None else None


def _read(
    token: str,
    filename: str,
    layout: str | None,
    home: Municipality | None,
    mapping: Any,
    named: str | None = None,
    progress: Progress | None = None,
    *,
    again: bool = False,
) -> Any:
    """The file's plan and tables; ``named``: the municipality the uploader named (a reference plan's),
    read as the file's when it names none — not the file's name (「torikumi 計画」 of 「torikumi」). ``progress``: told
    each page of a PDF read (「12/40ページ」: a plan of a hundred pages takes a minute or more); ``again``: the reading
    with the municipality's saved column mapping, after the first found its tables."""
    plan, tables = read_isolated(
        raw_path(token),
        filename=filename,
        layout=layout,
        timeout=settings.SHINCHOKU_PARSE_TIME_LIMIT,
        memory_mb=settings.SHINCHOKU_PARSE_MEMORY_MB,
        municipality=home.name if home is not None else named,
        mapping=mapping,
        on_page=None if progress is None else _pages_read(progress, filename, again=again),
    )
    return _at_home(plan, home), tables


def _read_saved(
    token: str,
    filename: str,
    layout: str | None,
    home: Municipality,
    saved: list[dict[str, Any]],
    progress: Progress,
) -> Any:
    """The file's plan and tables read with the column mapping ``home`` saved for their headers, where one applies,
    and that mapping (None: read as detected) — the file read once (``isolated.read_with_saved``)."""
    plan, tables, applied = read_with_saved(
        raw_path(token),
        filename=filename,
        layout=layout,
        timeout=settings.SHINCHOKU_PARSE_TIME_LIMIT,
        memory_mb=settings.SHINCHOKU_PARSE_MEMORY_MB,
        saved=saved,
        municipality=home.name,
        on_page=_pages_read(progress, filename),
    )
    return _at_home(plan, home), tables, applied


def _pages_read(progress: Progress, filename: str, *, again: bool = False) -> Any:
    """What tells the upload's page each page read: 「ファイルを読み取っています（計画.pdf）：12/40ページ」, the bar from a
    third of the way (the reading begun) to two thirds (read) as the pages go; ``again``: 「前回の列の割り当てで読み直して
    います…」."""
    said = (
        _("前回の列の割り当てで読み直しています（%(name)s）：%(n)d/%(pages)dページ")
        if again
        else _("ファイルを読み取っています（%(name)s）：%(n)d/%(pages)dページ")
    )

    def told(number: int, pages: int) -> None:
        progress.step(
            said % {"name": filename, "n": number, "pages": pages},
            done=pages + number,
            total=3 * pages,
        )

    return told


def _at_home(plan: dict[str, Any], home: Municipality | None) -> dict[str, Any]:
    """A file naming the uploader's municipality but not its prefecture is the uploader's (府中市 is two)."""
    info = plan["municipality"]
    if (
        home is not None
        and info.get("name") == home.name
        and not info.get("prefecture")
        and not info.get("code")
    ):
        info["prefecture"], info["code"] = home.prefecture or None, home.code
    return plan


@job_task
def preview_upload(
    progress: Progress,
    *,
    token: str,
    filename: str,
    layout: str | None,
    user_id: int,
    mapping: dict[str, Any] | None = None,
    reference: dict[str, str] | None = None,
    into: int | None = None,
    municipality: dict[str, str] | None = None,
    title: str | None = None,
) -> dict:
    """Read the pending file and dry-run its import: the preview, or the refusal with its reason.

    ``mapping``: the column mapping the plan office chose in the preview (a re-reading).
    ``reference``: import as a reference plan of that municipality ({"municipality", "prefecture", "source"}).
    ``municipality``, ``title``: the municipality and the plan's title the uploader typed in the preview (``as_named``,
    ``as_titled``).
    """
    chosen = mapping is not None
    user = _user(user_id)
    home = None if reference else _home(user)
    progress.step(_("ファイルを読み取っています（%(name)s）") % {"name": filename}, done=1, total=3)
    source = "user" if chosen else None
    try:
        named = (reference or {}).get("municipality") or None
        saved_here = mappings.saved_entries(home) if home is not None and not chosen else []
        if saved_here:
            # a plan office that chose columns before: the file read once, with its choice where it applies
            assert home is not None
            plan, tables, applied = _read_saved(token, filename, layout, home, saved_here, progress)
            if applied is not None:
                mapping, source = applied, "saved"
        else:
            plan, tables = _read(token, filename, layout, home, mapping, named, progress)
        if reference:
            plan = _as_reference(plan, reference)
        plan = as_titled(as_named(plan, municipality), title)
        if not chosen and tables and not saved_here:
            saved = mappings.saved_for(match_municipality(plan) or home, [t["signature"] for t in tables])
            if saved is not None:
                # (read again: the bar goes back, and says why)
                again = _("前回の列の割り当てで読み直しています（%(name)s）") % {"name": filename}
                progress.step(again, done=1, total=3)
                try:
                    plan, tables = _read(token, filename, layout, home, saved, named, progress, again=True)
                    if reference:
                        plan = _as_reference(plan, reference)
                    plan = as_titled(as_named(plan, municipality), title)
                    mapping, source = saved, "saved"
                except ParseError:
                    pass  # the saved mapping no longer fits this file: the detected columns stand
        progress.step(
            _("取組 %(n)d 件を登録済みの内容と照合しています") % {"n": len(plan["initiatives"])},
            done=2,
            total=3,
        )
        if not may_import(user, plan, reference=bool(reference)):
            why = _("%(name)sの計画を取り込む権限がありません。") % {"name": plan["municipality"]["name"]}
            if not reference and may_import(user, plan, reference=True):
                why += _(
                    "他の自治体が公表した計画なら、「他の自治体の計画を参考計画として取り込む」を選んでアップロードし直してください。"
                )
            raise Refused(why, status=403)
        if reference and (why := reference_target_error(plan)):
            raise Refused(why)
        target = revised_plan(user, plan, into) if into else None
        result = load_plan(plan, dry_run=True, user=user, reference=_info(reference), into=target)
        guessed = None if into or reference else _as_edition(user, plan, result)
        if guessed is not None:
            into, result = guessed
    except ParseError as exc:
        log_cause(exc)  # the library's words behind it, for the administrator
        if not chosen:
            remove(token)
        then = _("レイアウトを「自動判定」にしてアップロードし直してください。")
        raise Refused(layout_refusal(str(exc), layout, then=then)) from None
    except BaseException:
        if not chosen:
            remove(token)  # refused, or stopped at the time limit: no preview will ever use the file
        raise
    if not raw_path(token).exists():
        # cancelled while it was read (the upload's files were removed then): nothing is kept of it
        raise Refused(_("このアップロードは取り消されました。"))
    plan_path(token).write_text(json.dumps(plan, ensure_ascii=False), encoding="utf-8")
    if not tables:
        raw_path(token).unlink(missing_ok=True)  # no columns to map: the file is not read again
    return {
        **_summary(result), "tables": tables, "mapping": mapping, "mapping_source": source, "reference": reference,
        "into": into, "new_municipality": new_municipality(plan, into), "municipality": municipality,
        "title": title, "into_guessed": guessed is not None,
    }  # fmt: skip


def _as_edition(user: Any, plan: dict[str, Any], result: LoadResult) -> tuple[int, LoadResult] | None:
    """(plan id, dry run into it) where a preview as a new plan is of a file that is most likely a registered plan's
    next edition (``likely_edition``: next year's list under a title of its own year) — the plan office may still
    choose a new plan; None otherwise."""
    found = likely_edition(plan, revision_candidates(user, plan)) if result.created else None
    return None if found is None else (found.pk, load_plan(plan, dry_run=True, user=user, into=found))


def new_municipality(plan: dict[str, Any], into: int | None) -> dict[str, str] | None:
    """The municipality the import will register, when the file names none registered here.

    Only the administrator (or a reference plan) gets that far, and the preview said 「自治体 椿市」
    as for any other: a misspelt or unknown name became a municipality without a prefecture
    without a word. The preview says so before 「取り込む」 (``{"name", "prefecture"}``)."""
    if into or match_municipality(plan) is not None:
        return None
    info = plan["municipality"]
    # the name taken from the file name (the readers say so in a warning): the preview asks for the real one
    guessed = any(str(w.get("message", "")).startswith(_NAMED_AFTER_FILE) for w in plan.get("warnings") or [])
    return {
        "name": info["name"].strip(),
        "prefecture": (info.get("prefecture") or "").strip(),
        "code": info.get("code") or "",
        "from_filename": guessed,
    }


def revision_candidates(user: Any, plan: dict[str, Any]) -> list[Plan]:
    """The registered plans the file may be a new edition of, most similar title first.

    The loader finds a plan by its title; next year's 進捗状況一覧 often names its year in the
    title, so the plan office chooses the plan it revises. Only the plans the file may revise
    (``loader.revision_refusal``: its own municipality's, not reference plans) that the uploader
    may import into.
    """
    municipality = match_municipality(plan)
    if municipality is None or not can(user, "import_plan", municipality):
        return []
    plans = [p for p in Plan.objects.filter(municipality=municipality) if revision_refusal(plan, p) is None]
    title = plan["plan"]["title"]
    return sorted(plans, key=lambda p: (-title_similarity(title, p.title), p.title, p.pk))


def revised_plan(user: Any, plan: dict[str, Any], into: int) -> Plan:
    """The plan ``into`` names, if the file may revise it; Refused otherwise (a forged or stale choice)."""
    found = next((p for p in revision_candidates(user, plan) if p.pk == into), None)
    if found is None:
        raise Refused(_("選んだ計画はこのファイルの改訂先にできません。もう一度選んでください。"), status=400)
    return found


@job_task
def preview_into(
    progress: Progress,
    *,
    token: str,
    user_id: int,
    into: int | None,
    previous: dict[str, Any],
    municipality: dict[str, str] | None = None,
    title: str | None = None,
    guess: bool = False,
) -> dict:
    """Dry-run the read plan again as a new edition of plan ``into`` (None: as a new plan), or under
    the ``municipality`` or plan's ``title`` the uploader typed in the preview (``as_named``, ``as_titled``). ``guess``: with no plan chosen, the
    edition the file most likely is (``likely_edition``), as the first preview does.

    The file is not read again: the pending Plan JSON is what the preview showed, with its column
    mapping; ``previous`` (that preview's result) keeps the tables and the mapping for the page.
    """
    user = _user(user_id)
    plan = pending_plan(token)
    if plan is None:
        raise Refused(_("取り込むファイルが見つかりません。もう一度アップロードしてください。"))
    municipality = municipality or previous.get("municipality")
    title = title or previous.get("title")
    if municipality or title:
        plan = as_titled(as_named(plan, municipality), title)
        plan_path(token).write_text(json.dumps(plan, ensure_ascii=False), encoding="utf-8")
    progress.step(_("取組 %(n)d 件を登録済みの内容と照合しています") % {"n": len(plan["initiatives"])}, done=1, total=2)
    target = revised_plan(user, plan, into) if into else None
    result = load_plan(plan, dry_run=True, user=user, into=target)
    guessed = _as_edition(user, plan, result) if guess and not into else None
    if guessed is not None:
        into, result = guessed
    keep = ("tables", "mapping", "mapping_source", "reference")
    return {
        **_summary(result), **{k: previous.get(k) for k in keep}, "into": into,
        "new_municipality": new_municipality(plan, into), "municipality": municipality, "title": title,
        "into_guessed": guessed is not None,
    }  # fmt: skip


def _summary(result: LoadResult) -> dict[str, Any]:
    """The preview of a dry run, with what the import will do to the plan's open progress rounds
    (``progress.services.round_notes``): the plan office confirms knowing that reports are added
    and withdrawn in a round the departments are filling in."""
    notes = round_notes(
        None if result.created else result.plan, added=result.added, retired=result.retired, changed=result.changed
    )
    return {**summary(result), "rounds": notes}


def _info(reference: dict[str, str] | None) -> ReferenceInfo | None:
    return ReferenceInfo(source=reference.get("source", "")) if reference else None


@job_task
def import_upload(
    progress: Progress,
    *,
    token: str,
    user_id: int | None = None,
    overwrite_revised: bool = False,
    mapping: dict[str, Any] | None = None,
    reference: dict[str, str] | None = None,
    into: int | None = None,
) -> dict:
    """Import the previewed plan in one transaction, in the uploader's name; the pending files go once it is in.

    ``overwrite_revised``: the plan office chose the file's values over targets revised in the app.
    ``mapping``: the column mapping the preview was read with, saved for the plan's municipality.
    """
    plan = pending_plan(token)
    if plan is None:
        raise Refused(_("取り込むファイルが見つかりません。もう一度アップロードしてください。"))
    progress.step(_("取組 %(n)d 件を取り込んでいます") % {"n": len(plan["initiatives"])}, done=1, total=2)
    user = _user(user_id)
    try:
        with transaction.atomic():
            if reference and (why := reference_target_error(plan)):
                raise ParseError(why)
            target = revised_plan(user, plan, into) if into else None
            result = load_plan(
                plan, user=user, overwrite_revised=overwrite_revised, reference=_info(reference), into=target
            )
            if mapping:
                mappings.save(result.plan.municipality, mapping, user)
    except ParseError as exc:
        remove(token)  # a plan the loader refuses will not be imported later either: nothing left behind
        raise Refused(str(exc)) from None
    remove(token)
    return {**summary(result), "plan_id": result.plan.pk, "title": result.plan.title}
