"""Search across every plan and 「他自治体の類似取組」: the one place pages, API and CLI ask.

Every plan is a public document (``accounts.permissions``: ``view_plan`` is granted to everyone), so
every current initiative is searchable by anyone; what results show of progress (actuals, grades)
is public data only (see cards.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db.models import Exists, OuterRef, Q, QuerySet

from shinchoku.core.pagecache import kept
from shinchoku.national.editions import share_an_item
from shinchoku.national.labels import SHOWN, codes_for, codes_of, item_choices
from shinchoku.national.models import InitiativeLabel
from shinchoku.plans.actuals import REMOVED
from shinchoku.plans.models import (
    Indicator,
    IndicatorValue,
    Initiative,
    Municipality,
    Plan,
    ValueKind,
    current,
)
from shinchoku.plans.queries import prefectures_with_plans
from shinchoku.progress.models import RecordedActual
from shinchoku.progress.permissions import published_through

from . import ranking, tokens
from .cards import Card, cards
from .models import Posting, SearchDocument

MAX_QUERY = 200
SIMILAR = 5
#: A similar-initiatives query uses the initiative's most telling terms only (ranking.rank).
SIMILAR_MAX_TERMS = 12
SIMILAR_MAX_DF = 0.2
#: … and reads at most this many postings (bounds the initiative page at national scale).
SIMILAR_MAX_POSTINGS = 8_000
#: Similar initiatives are the best of this many by title and summary, re-ranked so that those sharing
#: a national-plan item with the initiative count this much more (score × (1 + boost)).
SIMILAR_CANDIDATES = 20
SHARED_ITEM_BOOST = 0.5
#: A search ignores words found in more than this share of initiatives when it has rarer ones.
SEARCH_MAX_DF = 0.1


@dataclass
class Filters:
    """Search filters; every one optional, all combined with AND."""

    prefecture: str = ""
    municipality: int | None = None
    has_kpi: bool = False
    has_results: bool = False
    fiscal_year: int | None = None
    item: str = ""  # a national-plan item code (shinchoku.national)

    @property
    def any(self) -> bool:
        return bool(
            self.prefecture
            or self.municipality
            or self.has_kpi
            or self.has_results
            or self.fiscal_year
            or self.item
        )


@dataclass
class SearchPage:
    query: str
    terms: list[str]
    total: int
    offset: int
    limit: int
    results: list[Card] = field(default_factory=list)
    #: ``total`` is a lower bound: a word so common that only its best matches were ranked.
    more: bool = False


def filtered_initiatives(filters: Filters) -> QuerySet[Initiative]:
    """Current initiatives passing the filters (ranking.rank checks each candidate against it)."""
    initiatives = Initiative.objects.active()
    if filters.prefecture:
        initiatives = initiatives.filter(plan__municipality__prefecture=filters.prefecture)
    if filters.municipality:
        initiatives = initiatives.filter(plan__municipality_id=filters.municipality)
    if filters.fiscal_year:
        initiatives = initiatives.filter(
            plan__start_fy__lte=filters.fiscal_year, plan__end_fy__gte=filters.fiscal_year
        )
    if filters.has_kpi:
        initiatives = initiatives.filter(Exists(Indicator.objects.active().filter(initiative=OuterRef("pk"))))
    if filters.has_results:
        printed = IndicatorValue.objects.filter(
            current("indicator__"), indicator__initiative=OuterRef("pk"), kind=ValueKind.ACTUAL
        ).exclude(REMOVED)  # an actual removed in the app is none
        reported = RecordedActual.objects.filter(
            published_through("report__"), indicator__initiative=OuterRef("pk")
        ).filter(Q(value__isnull=False) | ~Q(text=""))
        initiatives = initiatives.filter(Exists(printed) | Exists(reported))
    if filters.item:
        # Confirmed labels and suggestions (「候補」) alike, as on the coverage page; never rejected ones.
        labelled = InitiativeLabel.objects.filter(
            initiative=OuterRef("pk"), item__code__in=codes_for(filters.item), state__in=SHOWN
        )
        initiatives = initiatives.filter(Exists(labelled))
    return initiatives


def containing(text: str) -> Q | None:
    """A filter on initiatives: those whose indexed text (title, summary, actions, 担当課, KPI names)
    has every word of ``text``, read from the search index alone. One ``EXISTS`` per word probes the
    (initiative, term) index: a list in plan order reads the initiatives in that order and stops
    when its page is full, so a common word costs the page, not every posting of the word (grouping
    the postings first sorted all of them: 82 ms for 「窓口」 at 1,741 municipalities, 5 ms now).
    None when ``text`` has no search term (digits, a lone kana)."""
    terms = sorted(set(tokens.terms(text)))
    if not terms:
        return None
    query = Q()
    for term in terms:
        query &= Q(Exists(Posting.objects.filter(initiative=OuterRef("pk"), term=term)))
    return query


def search(query: str, filters: Filters | None = None, *, offset: int = 0, limit: int = 20) -> SearchPage:
    """Initiatives of every plan ranked by BM25 for ``query`` (title, summary, actions, 担当課, KPI names)."""
    filters = filters or Filters()
    query = (query or "")[:MAX_QUERY]
    weights = tokens.query_weights(query)
    within = filtered_initiatives(filters) if filters.any else None
    ranked = ranking.rank(weights, limit=limit, offset=offset, within=within, max_df_ratio=SEARCH_MAX_DF)
    total = ranked.total
    if not ranked.hits and offset:
        total = ranking.rank(weights, limit=1, within=within, max_df_ratio=SEARCH_MAX_DF).total
    scores = dict(ranked.hits)
    page = SearchPage(query, [t for t, w in weights.items() if w == 1.0], total, offset, limit, more=ranked.more)
    page.results = cards([pk for pk, _ in ranked.hits], scores)
    return page


def similar(initiative: Initiative, *, limit: int = SIMILAR) -> list[Card]:
    """The ``limit`` initiatives of other municipalities most like this one: title and summary (BM25),
    then national-plan items (labels, confirmed or suggested) — two initiatives on the same national
    item are more alike than their words alone say (one more query)."""
    profile = SearchDocument.objects.filter(pk=initiative.pk).values_list("profile", flat=True).first()
    if not profile:
        return []
    ranked = ranking.rank(
        tokens.expand({term: float(weight) for term, weight in profile.items()}),
        limit=max(limit, SIMILAR_CANDIDATES),
        exclude_municipality=initiative.plan.municipality_id,
        max_terms=SIMILAR_MAX_TERMS,
        max_df_ratio=SIMILAR_MAX_DF,
        max_postings=SIMILAR_MAX_POSTINGS,
    )
    hits = ranked.hits
    if hits:
        codes = codes_of([initiative.pk, *(pk for pk, _ in hits)])
        mine = codes.get(initiative.pk, set())
        if mine:
            boosted = [
                (pk, score * (1 + SHARED_ITEM_BOOST) if share_an_item(mine, codes.get(pk, set())) else score)
                for pk, score in hits
            ]
            hits = sorted(boosted, key=lambda hit: (-hit[1], hit[0]))
    hits = hits[:limit]
    return cards([pk for pk, _ in hits], dict(hits))


def filter_choices(prefecture: str = "") -> dict[str, list]:
    """The filter form's options: prefectures and fiscal years that have plans, and the municipalities
    of the chosen prefecture (a national installation has 1,741: too many for one list). The same
    for every visitor and read from every plan, so kept while nothing is written (``kept``)."""
    return kept("search-choices", lambda: _filter_choices(prefecture), prefecture)


def _filter_choices(prefecture: str) -> dict[str, list]:
    municipalities = (
        list(
            Municipality.objects.filter(plans__isnull=False, prefecture=prefecture)
            .distinct()
            .order_by("code", "name")
        )
        if prefecture
        else []
    )
    years: set[int] = set()
    for start, end in (
        Plan.objects.exclude(start_fy=None).exclude(end_fy=None).values_list("start_fy", "end_fy").order_by().distinct()
    ):
        if start <= end:
            years.update(range(start, end + 1))
    return {
        "prefectures": prefectures_with_plans(),
        "municipalities": municipalities,
        "years": sorted(years),
        "items": item_choices(),
    }
