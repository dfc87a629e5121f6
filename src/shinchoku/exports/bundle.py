"""Bundles: an installation's public data in one file, carried to another installation.

Municipal networks are closed: plans travel between installations on media, through the
prefecture. A bundle is PUBLIC data only (unlike ``core.backup``, which is the whole installation):

- ``manifest.json``: format and version, the installation's name, when (ISO), counts, licence notes,
  and the list of plan files;
- ``plans/NNNN.json``, one per plan: the plan as Plan JSON (``exports.planjson``), its kind, source
  and licence, the published results of its initiatives (published reports of published rounds,
  ``progress.permissions.public_reports()``: status, grade, the actuals judged, the narratives) and its
  confirmed national-plan labels. Nothing unpublished, no users, no audit data, no history.

Importing a bundle adds every plan as a reference plan (参考計画) of its municipality, except the
municipalities this installation works for (a plan of their own, or a user): those are skipped with
a note. Everything is checked before anything is written (sizes, names, JSON, every plan through
``importers.planjson.validate``), then written in one transaction; a refusal is one Japanese message
and changes nothing. Importing the same bundle again changes nothing: plans are matched by
municipality and title (the loader's rule) and keep their source, results by initiative and year,
labels by initiative and item.
"""

from __future__ import annotations

import json
import math
import os
import re
import tempfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from shinchoku.accounts.models import Membership
from shinchoku.importers.errors import ParseError, os_reason
from shinchoku.importers.planjson import MAX_NUMBER, MAX_TEXT, YEAR_MAX, YEAR_MIN, validate
from shinchoku.national.models import InitiativeLabel, LabelState, NationalItem
from shinchoku.plans.actuals import is_figure
from shinchoku.plans.loader import load_plan, match_municipality
from shinchoku.plans.models import Indicator, Initiative, Plan, ReferenceResult
from shinchoku.plans.reference import MAX_SOURCE, ReferenceInfo, own_municipality_ids
from shinchoku.progress import removals
from shinchoku.progress.evaluation import BASIS_LABELS
from shinchoku.progress.permissions import public_reports
from shinchoku.progress.results import STATUS_LABELS, published_grade
from shinchoku.progress.services import scale_for

from .opendata import attribution, license_for
from .planjson import export_plan

FORMAT, VERSION = "shinchoku-bundle", 1
MANIFEST = "manifest.json"
PLAN_NAME = re.compile(r"plans/(\d{4,5})\.json")
#: Limits of an untrusted bundle (a zip bomb, a huge or crafted file is refused before it is read).
MAX_BUNDLE_BYTES = 200 * 1024 * 1024
MAX_MEMBER_BYTES = 20 * 1024 * 1024
#: What all members may add up to once decompressed, counted as read (headers can lie): a national
#: bundle (1,741 municipalities, ~200 KB of Plan JSON each) is ~350 MB.
MAX_TOTAL_BYTES = 512 * 1024 * 1024
MAX_PLANS = 5_000
MAX_RESULTS = 100_000
NARRATIVES = ("achievements", "results", "issues", "next_steps")
#: What a result's actual carries: the target's words travel with it (「約4,000人」, 「導入を決定した全窓口」).
#: ``target_fy``: the year of a later deadline's target met ahead of it, as the open data and the API give it.
ACTUAL_KEYS = ("name", "unit", "target", "target_text", "target_fy", "actual", "actual_text", "rate")
#: … and, where the plan office removed the plan file's figure, the figure and why (as the open data's
#: 「削除した計画ファイルの実績値」「実績値を削除した理由」).
REMOVED_KEYS = ("removed_actual", "removed_text", "removed_reason")
LICENSE_NOTES = (
    "各計画の license（名称・URL・出典の表記）に従って利用してください。"
    "自治体が別に定めていない公開データは CC BY 4.0 です。計画を表示するときは出典の表記を添えてください。"
)


class BundleError(Exception):
    """A bundle refused or a bundle that cannot be written; the message (Japanese) says why."""


# --- export -------------------------------------------------------------------------------------------


def installation_name() -> str:
    return str(getattr(settings, "SHINCHOKU_INSTALLATION_NAME", "") or "shinchoku")


def _own_source() -> str:
    """The source a plan of this installation carries: stable, so a re-import of a newer bundle matches."""
    return f"shinchoku「{installation_name()}」の公表データ"


def _results(plan: Plan, index: dict[int, int]) -> list[dict[str, Any]]:
    """Published results of the plan's current initiatives: public reports only, oldest first."""
    if plan.is_reference:
        rows = ReferenceResult.objects.filter(initiative__plan=plan, initiative_id__in=index).order_by(
            "fy", "pk"
        )
        return [{"initiative": index[r.initiative_id], "fy": r.fy, **r.data} for r in rows]
    scale = scale_for(plan.municipality)
    reports = (
        public_reports()
        .filter(round__plan=plan, initiative_id__in=index)
        .select_related("round")
        .order_by("round__fy", "initiative__position")
    )
    # the plan file's figures removed in the app, with why: marked where a round froze one before (``removals.marked``)
    taken = removals.removals(Indicator.objects.filter(initiative_id__in=index).prefetch_related("values"))
    found = []
    for report in reports:
        grade, grade_label = published_grade(report, scale)
        frozen = report.evaluation or {}
        entries = removals.marked(frozen.get("indicators") or [], taken, report.round.fy)
        found.append({
            "initiative": index[report.initiative_id],
            "fy": report.round.fy,
            "round": report.round.title,
            "status": report.status,
            "status_label": str(STATUS_LABELS.get(report.status, "")),
            "grade": grade,
            "grade_label": str(grade_label),
            # what the computed grade rests on, code and words (``evaluation.BASIS_LABELS``), as the open data
            "basis": frozen.get("basis", ""),
            "basis_label": BASIS_LABELS.get(frozen.get("basis", ""), ""),
            "actuals": [
                # the target's words travel with it (「約4,000人」, 「導入を決定した全窓口」), shown as the actual's text is
                {k: entry.get(k) for k in (*ACTUAL_KEYS, *_removed_keys(entry))}
                for entry in entries
            ],
            **{name: getattr(report, name) for name in NARRATIVES},
            "published_at": timezone.localtime(report.published_at).isoformat() if report.published_at else None,
        })  # fmt: skip
    return found


def _removed_keys(entry: dict[str, Any]) -> tuple[str, ...]:
    """The keys of the plan file's figure removed in the app and why, where the entry has one (the figure kept as the
    round judged it, said to be removed: walked, the bundle carried 21,345 unmarked where the pages said 削除済み)."""
    return REMOVED_KEYS if is_figure(entry.get("removed_actual"), entry.get("removed_text") or "") else ()


def _labels(index: dict[int, int]) -> list[dict[str, Any]]:
    labels = (
        InitiativeLabel.objects.filter(initiative_id__in=index, state=LabelState.CONFIRMED)
        .select_related("item__edition")
        .order_by("initiative__position", "item__order")
    )
    return [
        {"initiative": index[x.initiative_id], "edition": x.item.edition.key, "item": x.item.code}
        for x in labels
    ]


def plan_entry(plan: Plan) -> dict[str, Any]:
    """One plan of a bundle: Plan JSON, kind, source, licence, published results, confirmed labels."""
    data = export_plan(plan)
    current = plan.initiatives.active().order_by("position").values_list("pk", flat=True)
    index = {pk: i for i, pk in enumerate(current)}
    if plan.is_reference:
        source = plan.reference_source
        license = license_for(plan.municipality, plan)
    else:
        source = _own_source()
        license = license_for(plan.municipality)
        license["attribution"] = attribution(license, plan.municipality, plan.title, source)
    return {
        "plan": data,
        "kind": plan.kind,
        "source": source,
        "license": license,
        "results": _results(plan, index),
        "labels": _labels(index),
    }


def write_bundle(out: Any) -> dict[str, Any]:
    """Write every plan's public data as a bundle to the binary file ``out``; return the manifest."""
    plans = list(
        Plan.objects.select_related("municipality").order_by("municipality__code", "municipality__name", "pk")
    )
    counts = {"plans": 0, "initiatives": 0, "results": 0, "labels": 0}
    files = []
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for number, plan in enumerate(plans, start=1):
            entry = plan_entry(plan)
            name = f"plans/{number:04d}.json"
            archive.writestr(name, json.dumps(entry, ensure_ascii=False, allow_nan=False))
            files.append({"file": name, "municipality": str(plan.municipality), "title": plan.title})
            counts["plans"] += 1
            counts["initiatives"] += len(entry["plan"]["initiatives"])
            counts["results"] += len(entry["results"])
            counts["labels"] += len(entry["labels"])
        manifest = {
            "format": FORMAT,
            "version": VERSION,
            "installation": installation_name(),
            "created_at": timezone.localtime().isoformat(),
            "counts": counts,
            "license_notes": LICENSE_NOTES,
            "plans": files,
        }
        archive.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=1))
    return manifest


def export_bundle(path: str | os.PathLike[str]) -> dict[str, Any]:
    """Write the bundle to ``path`` (replaced atomically once complete); return the manifest."""
    target = Path(path).resolve()
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile(dir=target.parent, prefix=".shinchoku-bundle-", delete=False) as tmp:
        partial = Path(tmp.name)
    try:
        with partial.open("wb") as out:
            manifest = write_bundle(out)
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)
    return manifest


# --- reading an untrusted bundle ------------------------------------------------------------------------


class _Constant(ValueError):
    """NaN or Infinity in a bundle's JSON, which no figure of a plan is."""


def _refuse_constant(name: str) -> Any:
    raise _Constant(f"{name} は数値として使えません")


def _read_json(archive: zipfile.ZipFile, info: zipfile.ZipInfo, budget: list[int]) -> Any:
    """A member as JSON, read no further than the limits whatever its header claims.

    ``budget`` holds the bytes the whole bundle may still decompress to (one counter for all members).
    """
    with archive.open(info) as member:
        raw = member.read(MAX_MEMBER_BYTES + 1)
    if len(raw) > MAX_MEMBER_BYTES:
        raise BundleError(
            f"{info.filename}: 大きすぎます（展開後 {MAX_MEMBER_BYTES // 1024 // 1024} MB まで）。"
        )
    budget[0] -= len(raw)
    if budget[0] < 0:
        raise BundleError(f"バンドルを展開すると大きすぎます（{MAX_TOTAL_BYTES // 1024 // 1024} MB まで）。")
    try:
        return json.loads(raw.decode("utf-8"), parse_constant=_refuse_constant)
    except UnicodeDecodeError:
        raise BundleError(f"{info.filename}: UTF-8 の JSON ではありません。") from None
    except json.JSONDecodeError as exc:
        raise BundleError(
            f"{info.filename}: JSON として読めません（{exc.lineno}行目 {exc.colno}文字目）。"
            "バンドルが壊れています。書き出した元の shinchoku から書き出し直してください。"
        ) from None
    except _Constant as exc:
        raise BundleError(f"{info.filename}: {exc}。") from None
    except ValueError:  # a figure too long to convert, and such: the library's words are English
        raise BundleError(f"{info.filename}: JSON として読めない値があります。バンドルを書き出し直してください。") from None


def _text(value: Any, where: str, limit: int = MAX_TEXT) -> str:
    if value is None:
        return ""
    if not isinstance(value, str) or len(value) > limit or "\x00" in value:
        raise BundleError(f"{where}: 文字列（{limit:,} 文字まで）ではありません。")
    return value


def _number(value: Any, where: str) -> float | None:
    if value is None:
        return None
    if (
        isinstance(value, bool)
        or not isinstance(value, int | float)
        or not math.isfinite(value)
        or abs(value) >= MAX_NUMBER
    ):
        raise BundleError(f"{where}: 数値ではありません。")
    return value


def _year(value: Any, where: str) -> int | None:
    """A fiscal year of a bundle (a later target's ``target_fy``), else None; any other value is refused."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not YEAR_MIN <= value <= YEAR_MAX:
        raise BundleError(f"{where}が正しくありません。")
    return value


def _check_entry(entry: Any, name: str) -> dict[str, Any]:
    """One plan file checked and cleaned: nothing in it reaches the database unchecked."""
    if not isinstance(entry, dict) or not isinstance(entry.get("plan"), dict):
        raise BundleError(f"{name}: 計画（plan）がありません。")
    try:
        validate(entry["plan"])
    except ParseError as exc:
        raise BundleError(f"{name}: 計画を読み取れません: {exc}") from None
    count = len(entry["plan"]["initiatives"])
    license = entry.get("license") or {}
    if not isinstance(license, dict):
        raise BundleError(f"{name}: license の形式が正しくありません。")
    clean: dict[str, Any] = {
        "plan": entry["plan"],
        "source": _text(entry.get("source"), f"{name} の source", MAX_SOURCE),
        "license": {
            k: _text(license.get(k), f"{name} の license.{k}", 2000) for k in ("name", "url", "attribution")
        },
        "results": [],
        "labels": [],
    }
    results, labels = entry.get("results") or [], entry.get("labels") or []
    if not isinstance(results, list) or not isinstance(labels, list) or len(results) > MAX_RESULTS:
        raise BundleError(f"{name}: results / labels の形式が正しくありません。")
    for i, item in enumerate(results, start=1):
        where = f"{name} の公表された進捗 {i}件目"
        if not isinstance(item, dict):
            raise BundleError(f"{where}: 形式が正しくありません。")
        index, fy = item.get("initiative"), item.get("fy")
        if not isinstance(index, int) or not 0 <= index < count:
            raise BundleError(f"{where}: 取組の番号（initiative）が計画の取組を指していません。")
        if not isinstance(fy, int) or not YEAR_MIN <= fy <= YEAR_MAX:
            raise BundleError(f"{where}: 年度（fy）が正しくありません。")
        actuals = item.get("actuals") or []
        if (
            not isinstance(actuals, list)
            or len(actuals) > 500
            or not all(isinstance(a, dict) for a in actuals)
        ):
            raise BundleError(f"{where}: actuals の形式が正しくありません。")
        data = {
            key: _text(item.get(key), f"{where} の {key}", 200)
            for key in ("round", "status", "status_label", "grade", "grade_label", "basis", "basis_label", "published_at")
        }
        data.update({key: _text(item.get(key), f"{where} の {key}") for key in NARRATIVES})
        data["actuals"] = [
            {
                "name": _text(a.get("name"), f"{where} の指標名", 2000),
                "unit": _text(a.get("unit"), f"{where} の単位", 50),
                "target_text": _text(a.get("target_text"), f"{where} の目標値", 2000),  # (none in earlier bundles)
                "actual_text": _text(a.get("actual_text"), f"{where} の実績値", 200),
                **{k: _number(a.get(k), f"{where} の {k}") for k in ("target", "actual", "rate")},
                "target_fy": _year(a.get("target_fy"), f"{where} の目標値の年度"),  # (none in earlier bundles)
                # the plan file's figure removed, and why (none in earlier bundles)
                **(
                    {
                        "removed_actual": _number(a.get("removed_actual"), f"{where} の removed_actual"),
                        "removed_text": _text(a.get("removed_text"), f"{where} の削除した実績値", 200),
                        "removed_reason": _text(a.get("removed_reason"), f"{where} の削除の理由", 2000),
                    }
                    if _removed_keys(a)
                    else {}
                ),
            }
            for a in actuals
        ]
        clean["results"].append({"initiative": index, "fy": fy, "data": data})
    for i, item in enumerate(labels, start=1):
        where = f"{name} の国の計画の項目 {i}件目"
        if (
            not isinstance(item, dict)
            or not isinstance(item.get("initiative"), int)
            or not 0 <= item["initiative"] < count
        ):
            raise BundleError(f"{where}: 取組の番号（initiative）が計画の取組を指していません。")
        clean["labels"].append({
            "initiative": item["initiative"],
            "edition": _text(item.get("edition"), f"{where} の edition", 20),
            "item": _text(item.get("item"), f"{where} の item", 30),
        })  # fmt: skip
    return clean


def read_bundle(path: str | os.PathLike[str]) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The manifest and every plan entry, checked; ``BundleError`` for anything else."""
    try:
        size = os.path.getsize(path)
    except OSError as exc:
        raise BundleError(f"バンドルファイルを開けません: {os_reason(exc)}") from None
    if size > MAX_BUNDLE_BYTES:
        raise BundleError(f"バンドルファイルが大きすぎます（{MAX_BUNDLE_BYTES // 1024 // 1024} MB まで）。")
    try:
        archive = zipfile.ZipFile(path)
    except (OSError, zipfile.BadZipFile):
        raise BundleError("shinchoku のバンドルファイル（zip）ではありません。") from None
    with archive:
        infos = archive.infolist()
        if len(infos) > MAX_PLANS + 1:
            raise BundleError(f"バンドルのファイルが多すぎます（計画 {MAX_PLANS:,} 件まで）。")
        names = {}
        for info in infos:
            if info.filename != MANIFEST and not PLAN_NAME.fullmatch(info.filename):
                raise BundleError(f"バンドルに想定外のファイル名があります: {info.filename[:100]}")
            if info.filename in names:
                raise BundleError(f"バンドルに同じ名前のファイルが2つあります: {info.filename}")
            names[info.filename] = info
        if MANIFEST not in names:
            raise BundleError("shinchoku のバンドルファイルではありません（manifest.json がありません）。")
        try:
            budget = [MAX_TOTAL_BYTES]
            manifest = _read_json(archive, names[MANIFEST], budget)
            if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
                raise BundleError("shinchoku のバンドルファイルではありません。")
            if manifest.get("version") != VERSION:
                raise BundleError(f"このバンドルの形式（版 {manifest.get('version')}）には対応していません。")
            listed = manifest.get("plans")
            if not isinstance(listed, list) or not all(isinstance(p, dict) for p in listed):
                raise BundleError("manifest.json の plans の形式が正しくありません。")
            files = [p.get("file") for p in listed]
            if sorted(map(str, files)) != sorted(n for n in names if n != MANIFEST):
                raise BundleError("manifest.json の計画の一覧とバンドルの中のファイルが一致しません。")
            entries = [_check_entry(_read_json(archive, names[name], budget), name) for name in files]
        except (
            zipfile.BadZipFile,
            OSError,
            EOFError,
            zipfile.LargeZipFile,
            NotImplementedError,  # zipfile's word for a compression method it cannot read
            RuntimeError,  # … and for an encrypted member
        ):
            raise BundleError("バンドルファイルが壊れていて読めません。") from None
    return manifest, entries


# --- import -----------------------------------------------------------------------------------------------


@dataclass
class BundleResult:
    manifest: dict[str, Any]
    #: "自治体 「計画名」: 追加 / 更新 / 変更なし" per plan imported.
    imported: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    changed: bool = False


def _apply_results(plan: Plan, entry: dict[str, Any], source: str) -> bool:
    initiatives = list(plan.initiatives.active().order_by("position"))
    existing = {(r.initiative_id, r.fy): r for r in ReferenceResult.objects.filter(initiative__plan=plan)}
    changed = False
    for item in entry["results"]:
        if item["initiative"] >= len(initiatives):
            continue
        initiative = initiatives[item["initiative"]]
        row = existing.get((initiative.pk, item["fy"]))
        if row is None:
            ReferenceResult.objects.create(
                initiative=initiative, fy=item["fy"], data=item["data"], source=source
            )
            changed = True
        elif row.data != item["data"] or row.source != source:
            row.data, row.source = item["data"], source
            row.save()
            changed = True
    return changed


def _apply_labels(plan: Plan, entry: dict[str, Any], notes: list[str]) -> bool:
    initiatives: list[Initiative] = list(
        plan.initiatives.active().order_by("position")
    )
    items = {(i.edition.key, i.code): i for i in NationalItem.objects.select_related("edition")}
    changed = False
    for label in entry["labels"]:
        item = items.get((label["edition"], label["item"]))
        if item is None or label["initiative"] >= len(initiatives):
            notes.append(
                f"{plan.title}: 国の計画の項目 {label['edition']} {label['item']} はこの版にありません。"
            )
            continue
        found, created = InitiativeLabel.objects.get_or_create(
            initiative=initiatives[label["initiative"]], item=item, defaults={"state": LabelState.CONFIRMED}
        )
        if not created and found.state != LabelState.CONFIRMED:
            found.state = LabelState.CONFIRMED
            found.save()
            created = True
        changed = changed or created
    return changed


def import_bundle(path: str | os.PathLike[str], *, user: Any = None) -> BundleResult:
    """Import another installation's bundle as reference plans, in one transaction (see the module)."""
    manifest, entries = read_bundle(path)
    result = BundleResult(manifest=manifest)
    origin = _text(manifest.get("installation"), "manifest.json の installation", 200) or "不明"
    own = own_municipality_ids() | set(
        Membership.objects.filter(municipality__isnull=False).values_list("municipality_id", flat=True)
    )
    with transaction.atomic():
        for entry in entries:
            data = entry["plan"]
            municipality = match_municipality(data)
            label = f"{data['municipality'].get('prefecture') or ''}{data['municipality']['name']}「{data['plan']['title']}」"
            if municipality is not None and municipality.pk in own:
                result.skipped.append(
                    f"{label}: この自治体の計画はこのインストールで管理しているため取り込みませんでした。"
                )
                continue
            source = entry["source"] or f"shinchoku「{origin}」の公表データ"
            try:
                loaded = load_plan(
                    data, user=user, reference=ReferenceInfo(source=source, license=entry["license"])
                )
            except ParseError as exc:
                raise BundleError(f"{label}: {exc}") from None
            notes: list[str] = []
            changed = loaded.has_changes or bool(loaded.changed)
            changed = _apply_results(loaded.plan, entry, source) or changed
            changed = _apply_labels(loaded.plan, entry, notes) or changed
            result.skipped += notes
            state = "追加" if loaded.created else ("更新" if changed else "変更なし")
            result.imported.append(
                f"{label}: {state}（取組 {len(data['initiatives'])} 件、公表された進捗 {len(entry['results'])} 件）"
            )
            result.changed = result.changed or changed
    return result
