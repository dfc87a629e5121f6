"""BM25 in SQL over the term table: the same query on SQLite and PostgreSQL, no extension needed.

score(d) = Σ_t w_t · idf(t) · tf(t,d)·(k1+1) / (tf(t,d) + k1·(1 − b + b·|d|/avgdl))

with idf(t) = ln(1 + (N − df + 0.5)/(df + 0.5)) (never negative). Document frequencies come from
TermStats, which the indexer keeps up to date; N and avgdl from IndexStats, read in the same query.
The idf is computed in Python and passed in, because SQLite's ln() is a compile-time option.

The work is bounded whatever the size of the installation: of each query term, at most
``PER_TERM`` postings are read, the best first — in the order of their ``impact``, the term's
BM25 weight at a fixed reference length, which an index keeps sorted. A term in fewer initiatives
than that (every term of a municipal installation, and rare words nationally) is read whole and
ranked exactly; for a word in tens of thousands of initiatives (「窓口」 nationally) the initiatives
that use it most are kept, and the total is then a lower bound (``Ranked.more``).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from django.db import connection
from django.db.models import QuerySet, Subquery
from django.db.models.expressions import RawSQL

from .models import IndexStats, Posting, TermStats

K1 = 1.2
B = 0.75
#: The document length ``impact`` assumes (about the average of a plan's initiatives): only the
#: order in which postings are read depends on it, never a score.
REFERENCE_LENGTH = 60.0
#: Postings read per query term at most.
PER_TERM = 1000


def impact(tf: int, length: int) -> float:
    """The order of a term's postings: its BM25 term weight at the reference length."""
    return tf / (tf + K1 * (1 - B + B * length / REFERENCE_LENGTH))


@dataclass
class Ranked:
    """One page of ranked initiative ids with their scores, and how many matched in all."""

    hits: list[tuple[int, float]]
    total: int
    #: True when a term had more postings than were read: ``total`` is then at least that many.
    more: bool = False


def document_frequencies(terms: list[str]) -> tuple[dict[str, int], IndexStats]:
    """Each term's document frequency, and the collection statistics, in one query."""
    stats = IndexStats.objects.filter(pk=1)
    rows = list(
        TermStats.objects.filter(term__in=terms, documents__gt=0).values_list(
            "term",
            "documents",
            Subquery(stats.values("documents")),
            Subquery(stats.values("total_length")),
        )
    )
    if not rows:
        return {}, IndexStats()
    return {row[0]: row[1] for row in rows}, IndexStats(
        documents=rows[0][2] or 0, total_length=rows[0][3] or 0
    )


def idf(df: int, documents: int) -> float:
    return math.log(1 + (documents - df + 0.5) / (df + 0.5))


def rank(
    weights: dict[str, float],
    *,
    limit: int,
    offset: int = 0,
    exclude_municipality: int | None = None,
    within: QuerySet | None = None,
    max_df_ratio: float | None = None,
    max_terms: int | None = None,
    max_postings: int | None = None,
) -> Ranked:
    """Initiative ids by BM25 score for the weighted query terms.

    ``within``: a queryset of the initiatives the results must belong to (the filters);
    ``exclude_municipality``: leave one municipality's initiatives out (「他自治体」);
    ``max_df_ratio``: drop terms found in more than that share of documents, unless every term is
    that common (a query of one common word still finds something). Their idf is small, so they
    hardly move the ranking, but their postings are most of the work at national scale;
    ``max_terms``: keep the terms that weigh most (weight × idf), for long queries such as a whole
    initiative's title and summary; ``max_postings``: of those, keep the most telling terms while
    their postings add up to no more than this (always at least one) — the work is then bounded at
    any scale, and only terms that weigh least are left out.
    """
    if not weights:
        return Ranked([], 0)
    dfs, stats = document_frequencies(list(weights))
    documents = max(stats.documents, 1)
    present = [term for term in weights if dfs.get(term)]
    if max_df_ratio is not None:
        rare = [term for term in present if dfs[term] <= max_df_ratio * documents]
        present = rare or present
    scored = {term: weights[term] * idf(dfs[term], documents) for term in present}
    if max_terms is not None or max_postings is not None:
        ordered = sorted(scored.items(), key=lambda item: (-item[1], item[0]))[:max_terms]
        kept, postings = [], 0
        for term, score in ordered:
            postings += min(dfs[term], PER_TERM)  # what is read of it
            if kept and max_postings is not None and postings > max_postings:
                break
            kept.append((term, score))
        scored = dict(kept)
    if not scored:
        return Ranked([], 0)
    table = connection.ops.quote_name(Posting._meta.db_table)
    where, where_params = ["p.term = %s"], []
    if exclude_municipality is not None:
        where.append("p.municipality_id <> %s")
        where_params.append(exclude_municipality)
    if within is not None:
        # Correlated EXISTS, not IN (…): a filter such as "has a KPI" matches most initiatives, and
        # materialising that list costs more than a primary-key lookup per posting read.
        correlated = within.filter(pk=RawSQL("p.initiative_id", ())).values("pk")
        sub_sql, sub_params = correlated.query.sql_with_params()
        where.append(f"EXISTS ({sub_sql})")
        where_params += list(sub_params)
    # One sub-select per term: its best postings, read in index order and cut at PER_TERM.
    per_term = (
        "SELECT * FROM (SELECT p.initiative_id AS initiative_id, p.tf AS tf, p.length AS length, %s AS w"
        f" FROM {table} p WHERE {' AND '.join(where)} ORDER BY p.impact DESC LIMIT %s) t{{n}}"
    )
    params: list = [K1 + 1, K1, 1 - B, B / stats.average_length]
    unions = []
    for n, (term, weight) in enumerate(scored.items()):
        unions.append(per_term.format(n=n))
        params += [weight, term, *where_params, PER_TERM]
    sql = (
        "SELECT initiative_id, score, COUNT(*) OVER () FROM ("
        " SELECT q.initiative_id AS initiative_id, SUM(q.w * q.tf * %s / (q.tf + %s * (%s + %s * q.length))) AS score"
        f" FROM ({' UNION ALL '.join(unions)}) q GROUP BY q.initiative_id"
        ") ranked ORDER BY score DESC, initiative_id LIMIT %s OFFSET %s"
    )
    params += [limit, offset]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        rows = cursor.fetchall()
    total = rows[0][2] if rows else 0
    more = any(dfs[term] > PER_TERM for term in scored)
    return Ranked([(row[0], float(row[1])) for row in rows], total, more)
