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
from shinchoku.importers.mapping import header_key, saved_applying

from .history import acting_user
from .models import ColumnMapping, Municipality


def signature_key(signature: str) -> str:
    """The key a table header is matched by: blanks, width and brackets do not matter."""
    return hashlib.sha256(header_key(signature).encode("utf-8")).hexdigest()


def saved_for(municipality: Municipality | None, signatures: Iterable[str]) -> dict[str, Any] | None:
    """The saved mapping of the tables with these headers, or None when none was saved (``importers.mapping.
    saved_applying``: an entry of the same header, or next year's of the same shape with its years moved on)."""
    if municipality is None:
        return None
    return saved_applying(saved_entries(municipality), list(signatures))


def saved_entries(municipality: Municipality) -> list[dict[str, Any]]:
    """Every entry saved for ``municipality``, oldest first, as ``importers.mapping.saved_applying`` takes them: the
    child process reading an upload chooses among them (the file is then read once)."""
    rows = ColumnMapping.objects.filter(municipality=municipality).select_related("saved_by").order_by("pk")
    return [
        {"signature": row.signature, "columns": dict(row.columns), "skip": row.skip,
         "by": person_name(row.saved_by), "at": row.saved_at.isoformat()}
        for row in rows
    ]  # fmt: skip


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
