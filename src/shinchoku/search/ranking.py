"""BM25 in SQL over the term table: the same query on SQLite and PostgreSQL, no extension needed.

score(d) = Σ_t w_t · idf(t) · tf(t,d)·(k1+1) / (tf(t,d) + k1·(1 − b + b·|d|/avgdl))

with idf(t) = ln(1 + (N − df + 0.5)/(df + 0.5)) (never negative). Document frequencies are counted
at query time from the covering index (exact whatever was imported a second ago); N and avgdl
come from IndexStats. The idf is computed in Python and passed in, because SQLite's ln() is a
compile-time option. Only the postings of the query's terms are read, so the cost follows the
terms' frequency, not the size of the installation.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from django.db import connection
from django.db.models import Count, QuerySet

from .models import IndexStats, Posting

K1 = 1.2
B = 0.75


@dataclass
class Ranked:
    """One page of ranked initiative ids with their scores, and how many matched in all."""

    hits: list[tuple[int, float]]
    total: int


def document_frequencies(terms: list[str]) -> dict[str, int]:
    rows = Posting.objects.filter(term__in=terms).values_list("term").annotate(n=Count("*")).order_by()
    return dict(rows)


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
) -> Ranked:
    """Initiative ids by BM25 score for the weighted query terms.

    ``within``: a queryset of initiative ids the results must belong to (the filters);
    ``exclude_municipality``: leave one municipality's initiatives out (「他自治体」);
    ``max_df_ratio`` / ``max_terms``: for long queries (a whole initiative), drop terms found in
    more than that share of documents and keep the ``max_terms`` terms that weigh most — they
    decide the ranking, and the common ones only cost time.
    """
    if not weights:
        return Ranked([], 0)
    stats = IndexStats.objects.filter(pk=1).first() or IndexStats()
    documents = max(stats.documents, 1)
    dfs = document_frequencies(list(weights))
    scored = {
        term: weight * idf(dfs[term], documents)
        for term, weight in weights.items()
        if dfs.get(term) and (max_df_ratio is None or dfs[term] <= max_df_ratio * documents)
    }
    if max_terms is not None:
        scored = dict(sorted(scored.items(), key=lambda item: (-item[1], item[0]))[:max_terms])
    if not scored:
        return Ranked([], 0)
    table = connection.ops.quote_name(Posting._meta.db_table)
    terms = list(scored)
    case = " ".join("WHEN %s THEN %s" for _ in terms)
    params: list = [p for term in terms for p in (term, scored[term])]
    params += [K1 + 1, K1, 1 - B, B / stats.average_length]
    where = [f"p.term IN ({', '.join(['%s'] * len(terms))})"]
    params += terms
    if exclude_municipality is not None:
        where.append("p.municipality_id <> %s")
        params.append(exclude_municipality)
    if within is not None:
        sub_sql, sub_params = within.query.sql_with_params()
        where.append(f"p.initiative_id IN ({sub_sql})")
        params += list(sub_params)
    sql = (
        "SELECT initiative_id, score, COUNT(*) OVER () FROM ("
        f" SELECT p.initiative_id AS initiative_id, SUM((CASE p.term {case} END) * p.tf * %s"
        "  / (p.tf + %s * (%s + %s * p.length))) AS score"
        f" FROM {table} p WHERE {' AND '.join(where)} GROUP BY p.initiative_id"
        ") ranked ORDER BY score DESC, initiative_id LIMIT %s OFFSET %s"
    )
    params += [limit, offset]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        rows = cursor.fetchall()
    total = rows[0][2] if rows else 0
    return Ranked([(row[0], float(row[1])) for row in rows], total)
