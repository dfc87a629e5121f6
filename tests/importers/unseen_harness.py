"""The harness of the batches of unseen documents (``test_unseen_plans*.py``, ``test_unseen_tables*.py`` and the
sheets ``other/tabledocs*.py`` builds): one way to read a batch's documents, to hold each reading to the plan it
states and to build its workbooks, so that a new batch is its documents, its expected plans and its ``BELOW``.

A batch module makes its reader from the batch's ``document`` or ``pdf`` (``text_reader``, ``sheet_reader``,
``printed_reader``: each document read once) and asserts each reading with ``assert_reads_as_stated``: exact in
every measure of ``scoring.score``, or — a document known below the bar, its entry in the module's ``BELOW`` —
at least the floor it was measured at, so that it cannot fall back unnoticed.
"""

from __future__ import annotations

import datetime
import io
import re
from collections.abc import Callable, Iterable
from functools import cache
from pathlib import Path
from typing import Any, cast

import openpyxl

from shinchoku.importers import ParseError, parse
from shinchoku.importers.planjson import validate

from .samplepdf import pdftotext
from .scoring import Reached, assert_at_least, assert_exact, score

Plan = dict[str, Any]

# --- reading a batch -------------------------------------------------------------------------------------------

#: The three ways a printed document is uploaded: the PDF, and its ``pdftotext -layout`` and plain ``pdftotext``
#: text as .txt.
HOWS = ("pdf", "pdftotext -layout", "pdftotext")


def printed_variants(names: Iterable[str]) -> list[tuple[str, str]]:
    """Each document of a printed batch read each of the ``HOWS``."""
    return [(name, how) for name in names for how in HOWS]


def text_reader(document: Callable[[str], bytes]) -> Callable[[str], Plan]:
    """A batch's reader: the file ``name`` uploaded as it is, under its own name (read once)."""

    @cache
    def read(name: str) -> Plan:
        return cast(Plan, parse(document(name), filename=name))

    return read


def sheet_reader(document: Callable[[str], tuple[bytes, str]]) -> Callable[[str], Plan]:
    """A batch's reader: the workbook or CSV ``name`` uploaded under the file name it is saved as (read once)."""

    @cache
    def read(name: str) -> Plan:
        data, filename = document(name)
        return cast(Plan, parse(data, filename=filename))

    return read


def printed_reader(pdf: Callable[[str], Path]) -> Callable[[str, str], Plan | None]:
    """A printed batch's reader: document ``name`` read ``how`` (one of ``HOWS``), the PDF uploaded or its
    ``pdftotext`` text uploaded as .txt (``None``: refused as no plan; read once)."""

    @cache
    def read(name: str, how: str) -> Plan | None:
        printed = pdf(name)
        try:
            if how == "pdf":
                return cast(Plan, parse(printed.read_bytes(), filename=name))
            extracted = pdftotext(printed, layout=how.endswith("-layout"))
            return cast(Plan, parse(extracted.encode("utf-8"), filename=name.removesuffix(".pdf") + ".txt"))
        except ParseError:
            return None

    return read


# --- what a reading is held to ---------------------------------------------------------------------------------


def assert_reads_as_stated(
    plan: Plan | None,
    stated: Plan,
    *,
    below: Reached | None = None,
    named: str | tuple[str | None, ...] | None = None,
    refused: bool = False,
    valid: bool = False,
) -> None:
    """A document's reading ``plan`` is the plan it ``stated`` (``expected(name)``): exact in every measure of
    ``scoring.score``, or, where it is known ``below`` the bar (its ``BELOW`` entry), at least that floor.

    ``named``: the municipality read (or the names it may be read as); ``refused``: ``plan`` may be ``None``, the
    document refused as no plan (known so when first measured); ``valid``: the plan passes ``planjson.validate``.
    """
    if plan is None:
        assert refused, "refused as no plan"
        return
    if valid:
        validate(plan)
    found = score(plan, stated)
    if below is None:
        assert_exact(found)
    else:
        assert_at_least(found, below)
    if named is not None:
        assert plan["municipality"]["name"] in ((named,) if isinstance(named, str) else named)


def assert_period(plan: Plan, period: tuple[int, int]) -> None:
    """The plan's period is read: (first fiscal year, last)."""
    stated = plan["plan"]["period"]
    assert (stated["start_fy"], stated["end_fy"]) == period


#: A message in Japanese, as the sheet batches ask it: a kana or a kanji in it.
KANA_OR_KANJI = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
#: A message in Japanese, as the text batches ask it: a character from hiragana to the last kanji in it.
HIRAGANA_TO_KANJI = re.compile(r"[\u3040-\u9fff]")


def assert_warnings_in(plan: Plan, japanese: re.Pattern[str]) -> None:
    """Every warning of the plan is written in Japanese (``KANA_OR_KANJI`` or ``HIRAGANA_TO_KANJI``)."""
    for warning in plan["warnings"]:
        assert japanese.search(warning["message"]), warning


def said(plan: Plan, *words: str) -> bool:
    """A warning of the plan says all of ``words``."""
    return any(all(w in warning["message"] for w in words) for warning in plan["warnings"])


def by_code(plan: Plan) -> dict[str, Plan]:
    """The plan's initiatives that have a code, by their code."""
    return {i["code"]: i for i in plan["initiatives"] if i.get("code")}


def initiative(plan: Plan, code: str) -> Plan:
    """The one initiative coded ``code`` (fails if none or several)."""
    (found,) = [i for i in plan["initiatives"] if i["code"] == code]
    return found


# --- building a batch of sheets --------------------------------------------------------------------------------

#: A batch of sheets: name → (municipality, the file's name as uploaded, what builds its bytes, the initiatives it
#: states).
Sheets = dict[str, tuple[str, str, Callable[[], bytes], Callable[[], list[Plan]]]]


def uploaded(plans: Sheets, name: str) -> tuple[bytes, str]:
    """The file ``name`` of a batch as uploaded: (bytes, file name)."""
    _, filename, build, _ = plans[name]
    return build(), filename


def stated(plans: Sheets, name: str) -> Plan:
    """The plan the file ``name`` of a batch states (only what ``scoring.score`` compares)."""
    return {"initiatives": plans[name][3]()}


def save(book: openpyxl.Workbook) -> bytes:
    """The workbook as the bytes of its .xlsx."""
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def new_book(title: str) -> tuple[openpyxl.Workbook, Any]:
    """A new workbook and its one sheet, named ``title``."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = title
    return book, sheet


def fiscal_year(day: datetime.date) -> int:
    """The fiscal year of ``day`` (from April)."""
    return day.year if day.month >= 4 else day.year - 1
