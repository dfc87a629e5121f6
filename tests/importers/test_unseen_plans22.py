"""A twenty-second batch of plans no reader was written against (``other/unseen22.py``, texts in ``other/plans22/``), in
the shapes a PDF's text takes copied out or converted, a table's cells apart by tabs as the seed plans' are: 萩原市's
施策体系 table before a card a 取組 (running headers and 「- 3 -」 between), 潮見町's 成果指標一覧 over two pages (its
two-row header repeated, wrapped cells on rows of their own, R6 … R9 targets, 評価 letters, a 再掲 row), 千草村's
outline of 【主管課：…】 and ● under the years, and 桔梗市's table converted to markdown (each wrapped line of a cell a
row of its own). Each is scored with ``scoring.score`` against the plan it states."""

from __future__ import annotations

from typing import Any

from shinchoku.importers import ParseError

from .other import unseen22
from .other.unseen22 import PERIODS, PLANS, SHIOMI_TXT, TEXTS, expected
from .scoring import Reached
from .unseen_harness import Batch, text_reader

_read_text = text_reader(unseen22.document)

#: (document, how): each text read as uploaded.
VARIANTS = [(n, "upload") for n in TEXTS]


def read(name: str, how: str) -> Any:
    """The reading of ``name`` as uploaded (``None``: refused as no plan)."""
    try:
        return _read_text(name)
    except ParseError:
        return None


#: Exact when first measured: all four.
FLOORS: dict[tuple[str, str], Reached] = {}
BELOW: dict[tuple[str, str], Reached] = {}

BATCH = Batch(
    read,
    expected,
    VARIANTS,
    {name: plan[0] for name, plan in PLANS.items()},
    PERIODS,
    slow=frozenset(),
    floors=FLOORS,
    below=BELOW,
    refused=frozenset(),
    misnamed=frozenset(),
    mistitled=frozenset(),
    misperiod=frozenset(),
)
(
    test_a_document_reads_as_the_plan_it_states,
    test_a_document_reaches_the_bar,
    test_the_municipality_is_named,
    test_warnings_are_japanese,
    test_the_plan_period_is_read,
    test_each_coded_initiative_has_its_own_title,
) = BATCH.tests()


def test_a_list_of_yearly_targets_over_two_pages() -> None:
    """潮見町's list: the header repeated on the second page is no row, a wrapped 指標 is one name, each R6 … R9 column
    that year's target and the 評価 letter none of them."""
    plan = read(SHIOMI_TXT, "upload")
    by_code = {item["code"]: item for item in plan["initiatives"]}
    assert list(by_code) == [str(n) for n in range(1, 10)]
    (telework,) = by_code["6"]["indicators"]
    assert telework["name"] == "テレワークを実施した職員数（年間）"
    assert [(t["fy"], t["value"]) for t in telework["targets"]] == [(2024, 15), (2025, 25), (2026, 35), (2027, 40)]
    assert by_code["2"]["title"] == "キャッシュレス決済の導入"
