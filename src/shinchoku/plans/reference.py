"""Reference plans (参考計画): other municipalities' published plans kept for reading and search.

A reference plan is imported like any plan (PDF, text, Plan JSON, or from another installation's
bundle) but belongs to no one here: no review round may be opened for it and no user works on it.
It records where it came from (a URL or a file name, who added it, when) and under which licence
it was published, because that is what lets it be shown at all: open data is CC BY 4.0 unless the
municipality says otherwise, and CC BY requires the credit line shown next to it.

The rule "is this plan a reference plan" lives on ``Plan.kind``; what a reference import records
lives here and is applied by ``plans.loader.load_plan(reference=…)`` inside the import's
transaction, so a refused import leaves nothing behind.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from django.db.models import Q

from .models import Municipality, Plan, PlanKind

#: The licence a reference plan gets when its source says nothing else (総務省の推奨: CC BY 4.0).
DEFAULT_LICENSE = {"name": "CC BY 4.0", "url": "https://creativecommons.org/licenses/by/4.0/deed.ja"}
#: The credit line CC BY asks for; filled with the municipality, the plan title and the source.
DEFAULT_ATTRIBUTION = "出典：{municipality}「{title}」（{source}）"
#: What the command line, the upload form and a bundle may give as a source.
MAX_SOURCE = 500


@dataclass
class ReferenceInfo:
    """What a reference import records on the plan: its source and licence (who: the import's user)."""

    source: str
    license: dict[str, str] = field(default_factory=dict)

    def license_for(self, municipality: Municipality, title: str) -> dict[str, str]:
        """{"name", "url", "attribution"}: the given licence, else CC BY 4.0 with a credit line."""
        found = {**DEFAULT_LICENSE, **{k: str(v) for k, v in self.license.items() if v}}
        if not found.get("attribution"):
            found["attribution"] = DEFAULT_ATTRIBUTION.format(
                municipality=str(municipality), title=title, source=self.source or "不明"
            )
        return {
            "name": found["name"][:100],
            "url": found.get("url", "")[:300],
            "attribution": found["attribution"],
        }


def own_municipality_ids() -> set[int]:
    """Municipalities with a plan of their own here (the bundle import adds those with users)."""
    return set(Plan.objects.filter(kind=PlanKind.OWN).values_list("municipality_id", flat=True))


def reference_only(municipality: Municipality) -> bool:
    """True when every plan of the municipality is a reference plan (nobody here works for it)."""
    plans = Plan.objects.filter(municipality=municipality)
    return plans.exists() and not plans.filter(~Q(kind=PlanKind.REFERENCE)).exists()


#: indicator id -> fiscal year -> (actual, text): the shape the KPI tables and charts read.
Actuals = dict[int, dict[int, tuple[float | None, str]]]


def published_elsewhere(
    results: Iterable[tuple[int, int, dict[str, Any]]], indicators: dict[tuple[int, str], int]
) -> Actuals:
    """The actuals another installation published for a reference plan's initiatives.

    ``results`` are (initiative id, fiscal year, ``ReferenceResult.data``); ``indicators`` maps
    (initiative id, indicator name) to the indicator's id here. A bundle names an indicator by its
    name, not by an id (ids are the other installation's), so an entry whose name no current
    indicator of that initiative has is left out rather than guessed.
    """
    found: Actuals = {}
    for initiative_id, fy, data in results:
        for entry in data.get("actuals") or []:
            pk = indicators.get((initiative_id, str(entry.get("name") or "")))
            actual, text = entry.get("actual"), str(entry.get("actual_text") or "")
            if pk is None or (actual is None and not text):
                continue
            if actual is not None and not isinstance(actual, int | float):
                continue  # a bundle is input: a value that is not a number is not plotted
            found.setdefault(pk, {})[fy] = (actual, text)
    return found
