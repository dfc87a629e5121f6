"""The unseen outline and card plans printed to PDF, read as a PDF and as poppler's text (issue 8).

Chromium prints each document as its office would: the outline as paragraphs (朝霧市), a card per page
with its running header and 「- N -」 (西山市), each card as a ruled two-column table (南丘市). Each PDF is
read by ``parse`` as an upload, and its ``pdftotext`` text in both modes as a text upload, and scored
against the plan the document states (``other/unseen.py``) with the bar for unseen documents.
"""

from __future__ import annotations

from functools import cache
from typing import Any

import pytest

from shinchoku.importers import parse

from .other.unseen import PLANS, expected, text
from .samplepdf import Print, pdftotext, print_html, sample_html
from .scoring import by_title, score
from .test_unseen_plans import assert_bar

pytestmark = pytest.mark.slow

PRINTED = (
    "asagiri_outline.txt",
    "nishiyama_cards.txt",
    "minamioka_card_tables.txt",
    "sakuragawa_kpi_tables.txt",
    "higashiura_kana.txt",
)
VARIANTS = [(name, how) for name in PRINTED for how in ("pdf", "pdftotext", "pdftotext -layout")]


def _html(name: str) -> str:
    """The document as HTML; a line 「- N -」 ends a printed page (one card a page)."""
    document = sample_html(text(name), Print())
    for n in range(1, 100):
        document = document.replace(f"<p>- {n} -</p>", f'<p>- {n} -</p><div style="break-after: page"></div>')
    return document


@cache
def read(name: str, how: str) -> dict[str, Any]:
    pdf = print_html(_html(name), name.removesuffix(".txt"))
    if how == "pdf":
        return parse(pdf)
    extracted = pdftotext(pdf, layout=how.endswith("-layout"))
    return parse(extracted.encode("utf-8"), filename=name.replace(".txt", ".pdf.txt"))


@pytest.mark.parametrize(("name", "how"), VARIANTS)
def test_a_printed_document_reads_as_the_plan_it_states(name: str, how: str) -> None:
    plan = read(name, how)
    assert_bar(score(plan, expected(name)))
    assert plan["municipality"]["name"] == PLANS[name][0]


def test_a_card_table_keeps_its_values_through_the_pdf() -> None:
    item = by_title(read("minamioka_card_tables.txt", "pdf"), "窓口予約")
    assert item["departments"] == ["市民課", "デジタル推進室"]
    (indicator,) = item["indicators"]
    assert (indicator["baseline"]["value"], indicator["final_target"]["value"]) == (0, 5000)
