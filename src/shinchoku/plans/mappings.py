"""Column mappings saved for a municipality: the plan office maps a table's columns once.

A mapping has the shape ``importers.mapping`` reads (``{"tables": [{"signature", "columns",
"skip"}]}``). The upload preview applies the saved entries of the uploader's municipality to
the tables of a new file whose header is the same (``saved_for``); confirming an import saves
the mapping it was read with (``save``), naming who saved it and when. One entry per table
header and municipality: a later choice replaces the earlier one (the history keeps both).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from typing import Any

from django.utils import timezone

from shinchoku.core.people import person_name
from shinchoku.importers.mapping import header_key, header_shape, letter_index, shifted_role, year_shift

from .history import acting_user
from .models import ColumnMapping, Municipality


def signature_key(signature: str) -> str:
    """The key a table header is matched by: blanks, width and brackets do not matter."""
    return hashlib.sha256(header_key(signature).encode("utf-8")).hexdigest()


def saved_for(municipality: Municipality | None, signatures: Iterable[str]) -> dict[str, Any] | None:
    """The saved mapping of the tables with these headers, or None when none was saved."""
    if municipality is None:
        return None
    signatures = [s for s in signatures if s]
    keys = {signature_key(s) for s in signatures}
    found = ColumnMapping.objects.filter(municipality=municipality, signature_key__in=keys)
    rows = list(found.select_related("saved_by").order_by("pk"))
    # each entry as the header it is for: a saved one's own, or next year's (below)
    entries = [(row, row.signature, row.columns) for row in rows]
    found_keys = {row.signature_key for row in rows}
    missing = [s for s in dict.fromkeys(signatures) if signature_key(s) not in found_keys]
    if missing:
        # next year's file: a header of the same shape, its years on (「実績値（令和6年度）」 where last year's
        # says 「実績値（令和5年度）」), takes the mapping saved for last year's, each role's year moved on
        # as its column's header moved (a final target's 「目標値（令和8年度）」 stays where the actuals' moves)
        saved = ColumnMapping.objects.filter(municipality=municipality).exclude(pk__in=[r.pk for r in rows])
        older = list(saved.select_related("saved_by").order_by("pk"))
        for signature in missing:
            row = next((r for r in older if header_shape(r.signature) == header_shape(signature)), None)
            if row is not None:
                entries.append((row, signature, moved_on(row.signature, signature, row.columns)))
    tables = [{"signature": signature, "columns": columns, "skip": row.skip} for row, signature, columns in entries]
    if not tables:
        return None
    # Who saved each entry and when, for the preview (the importers ignore keys they do not know).
    saved = [
        {"signature": signature, "by": person_name(row.saved_by),
         "at": row.saved_at.isoformat()}
        for row, signature, _columns in entries
    ]  # fmt: skip
    return {"tables": tables, "saved": saved}


def moved_on(saved: str, signature: str, columns: dict[str, str]) -> dict[str, str]:
    """The ``columns`` saved for the header ``saved``, for ``signature``: the same header with its years
    moved on, each column's label by its own amount (one that names no year by the header's, when all
    its years moved by one). A column named by its header text takes the new header's text."""
    old_labels, new_labels = saved.split("|"), signature.split("|")
    whole = year_shift(saved, signature) or 0
    by_label = {header_key(label): index for index, label in enumerate(old_labels)}
    out: dict[str, str] = {}
    for name, role in columns.items():
        index = letter_index(name)
        named = index is None
        if named:
            index = by_label.get(header_key(name))
        if index is None or index >= len(old_labels) or index >= len(new_labels):
            out[name] = role
            continue
        shift = year_shift(old_labels[index], new_labels[index])
        shift = whole if shift is None or (shift == 0 and not _has_year(old_labels[index])) else shift
        out[new_labels[index] if named else name] = shifted_role(role, shift)
    return out


def _has_year(label: str) -> bool:
    return header_shape(label) != header_key(label)


def save(municipality: Municipality, mapping: dict[str, Any], user: Any) -> int:
    """Keep each table entry of ``mapping`` for ``municipality``; the number of entries written.

    An entry equal to the one saved is not written again (no new history for the same choice).
    """
    written = 0
    now = timezone.now()
    with acting_user(user):
        for entry in mapping.get("tables", []):
            signature = str(entry.get("signature") or "")
            if not signature:
                continue
            values = {"columns": dict(entry.get("columns") or {}), "skip": bool(entry.get("skip"))}
            row = ColumnMapping.objects.filter(
                municipality=municipality, signature_key=signature_key(signature)
            ).first()
            if row is not None and row.columns == values["columns"] and row.skip == values["skip"]:
                continue
            if row is None:
                row = ColumnMapping(municipality=municipality, signature_key=signature_key(signature))
            row.signature = signature
            row.columns, row.skip = values["columns"], values["skip"]
            row.saved_by = user if getattr(user, "pk", None) else None
            row.saved_at = now
            row.save()
            written += 1
    return written
