"""Build and update the search index: plain functions, so a background task can call them as they are.

An initiative's indexed text is its title, summary, actions, departments and KPI names, each field
weighted (a word in the title counts three times). Each indexed initiative keeps a digest of that text:
re-indexing skips initiatives whose digest is unchanged, so a re-import re-tokenises only what changed,
and retired initiatives leave the index.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from django.db import connection, transaction
from django.db.models import Count, F, Sum
from django.utils import timezone

from shinchoku.core.bulk import insert_rows, prepare_values
from shinchoku.plans.models import Indicator, Initiative, InitiativeDepartment

from . import ranking, tokens
from .models import IndexStats, Posting, SearchDocument, TermStats

#: Bump when tokens.py or the weights change: every initiative is then re-indexed by `reindex`.
INDEX_VERSION = "1"
#: How much a term counts in each field (BM25F-style weighting folded into the term frequency).
FIELD_WEIGHTS = {"title": 3, "summary": 2, "indicators": 2, "actions": 1, "departments": 1}
#: The query an initiative's 「類似取組」 are found with: title and summary, the title counting double.
PROFILE_WEIGHTS = {"title": 2, "summary": 1}
BATCH = 500


@dataclass
class IndexReport:
    """What an indexing run did."""

    indexed: int = 0
    unchanged: int = 0
    removed: int = 0
    #: What the run moved the collection statistics by: documents, and their summed length.
    documents: int = 0
    length: int = 0

    def __str__(self) -> str:
        return (
            f"索引を更新: {self.indexed} 件 / 変更なし {self.unchanged} 件 / 索引から削除 {self.removed} 件"
        )


def _fields(batch: list[int]) -> tuple[dict[int, dict], dict[int, dict[str, str]]]:
    """(initiative rows, their texts per field) for a batch of ids, in three queries."""
    rows = {
        row["pk"]: row
        for row in Initiative.objects.filter(pk__in=batch).values(
            "pk", "title", "summary", "actions", "retired_at", "plan__municipality_id"
        )
    }
    departments: dict[int, list[str]] = defaultdict(list)
    for initiative_id, name in (
        InitiativeDepartment.objects.filter(initiative_id__in=batch)
        .order_by("initiative_id", "position")
        .values_list("initiative_id", "department__name")
    ):
        departments[initiative_id].append(name)
    indicators: dict[int, list[str]] = defaultdict(list)
    for initiative_id, name in (
        Indicator.objects.active()
        .filter(initiative_id__in=batch)
        .order_by("initiative_id", "position")
        .values_list("initiative_id", "name")
    ):
        indicators[initiative_id].append(name)
    texts = {
        pk: {
            "title": row["title"],
            "summary": row["summary"],
            "actions": row["actions"],
            "departments": "\n".join(departments.get(pk, [])),
            "indicators": "\n".join(indicators.get(pk, [])),
        }
        for pk, row in rows.items()
    }
    return rows, texts


def _digest(municipality_id: int, texts: dict[str, str]) -> str:
    canonical = "\x1f".join([INDEX_VERSION, str(municipality_id), *(texts[f] for f in sorted(texts))])
    return hashlib.sha256(canonical.encode()).hexdigest()


def weighted_terms(fields: dict[str, Counter[str]], weights: dict[str, int]) -> Counter[str]:
    """Term → weighted frequency over the fields named in ``weights`` (each field tokenised once)."""
    total: Counter[str] = Counter()
    for name, weight in weights.items():
        for term, n in fields[name].items():
            total[term] += n * weight
    return total


def index_initiatives(initiative_ids: Iterable[int], *, force: bool = False) -> IndexReport:
    """Bring the index up to date for these initiatives (unchanged ones are skipped unless ``force``)."""
    report = IndexReport()
    ids = sorted(set(initiative_ids))
    for start in range(0, len(ids), BATCH):
        # A batch is all or nothing; inside an import's transaction it is that transaction's
        # (no savepoint: two round trips a plan, and nobody resumes after a failed batch).
        with transaction.atomic(savepoint=False):
            _index_batch(ids[start : start + BATCH], force, report)
    if report.indexed or report.removed:  # a re-import that changed nothing writes nothing
        move_stats(report.documents, report.length)
    return report


def _index_batch(batch: list[int], force: bool, report: IndexReport) -> None:
    rows, texts = _fields(batch)
    stored = {pk: (digest, length) for pk, digest, length in SearchDocument.objects.filter(
        pk__in=batch).values_list("pk", "digest", "length")}  # fmt: skip
    documents: list[tuple[int, int, int, str, dict[str, int]]] = []
    postings: list[tuple[str, int, int, int, int]] = []
    stale: list[int] = []
    # Each distinct text tokenised once a batch (a plan names the same 担当課 and KPIs many times);
    # the counts are only read.
    seen: dict[str, Counter[str]] = {}

    def counted(text: str) -> Counter[str]:
        found = seen.get(text)
        if found is None:
            found = seen[text] = tokens.counts(text)
        return found

    for pk in batch:
        row = rows.get(pk)
        if row is None or row["retired_at"] is not None:
            if pk in stored:
                stale.append(pk)
                report.removed += 1
            continue
        municipality_id = row["plan__municipality_id"]
        digest = _digest(municipality_id, texts[pk])
        if not force and pk in stored and stored[pk][0] == digest:
            report.unchanged += 1
            continue
        if pk in stored:
            stale.append(pk)
        fields = {name: counted(text) for name, text in texts[pk].items()}
        counts = weighted_terms(fields, FIELD_WEIGHTS)
        length = sum(counts.values())
        profile = weighted_terms(fields, PROFILE_WEIGHTS)
        documents.append((pk, municipality_id, length, digest, profile))
        postings.extend((term, pk, municipality_id, tf, length) for term, tf in counts.items())
        report.indexed += 1
    report.documents += len(documents) - len(stale)
    report.length += sum(row[2] for row in documents) - sum(stored[pk][1] for pk in stale)
    if stale:
        forget_terms(stale)
        Posting.objects.filter(initiative_id__in=stale).delete()
        # A plain DELETE: the pre_delete receiver (search.signals) would forget each document's
        # terms once more, a query per re-indexed initiative for postings already gone.
        documents_gone = SearchDocument.objects.filter(pk__in=stale)
        documents_gone._raw_delete(documents_gone.db)
    _insert_documents(documents)
    _insert_postings(postings)
    _count_terms(Counter(term for term, *_ in postings))


def _insert_documents(rows: list[tuple[int, int, int, str, dict[str, int]]]) -> None:
    """(initiative, municipality, length, digest, profile) rows, indexed now, without model
    instances (core.bulk: COPY on PostgreSQL), like the postings."""
    fields = [SearchDocument._meta.get_field(name) for name in ("profile", "indexed_at")]
    profile, indexed_at = prepare_values(fields)
    now = indexed_at(timezone.now())
    insert_rows(
        SearchDocument._meta.db_table,
        ["initiative_id", "municipality_id", "length", "digest", "profile", "indexed_at"],
        [(*row[:4], profile(row[4]), now) for row in rows],
    )


def _insert_postings(rows: list[tuple[str, int, int, int, int]]) -> None:
    """No model instances (core.bulk: COPY on PostgreSQL): a national reindex writes millions of
    postings, and model instances cost more than the insert itself."""
    insert_rows(
        Posting._meta.db_table,
        ["term", "initiative_id", "municipality_id", "tf", "length", "impact"],
        [(*row, ranking.impact(row[3], row[4])) for row in rows],
    )


def _count_terms(changes: Counter[str]) -> None:
    """Move each term's document frequency by what this batch added and removed: one upsert of
    every term, the terms and their changes as one JSON parameter (the same statement on SQLite
    and PostgreSQL; a multi-row VALUES list cost psycopg a parse of thousands of placeholders in
    Python). Each term once, as an upsert may not touch a row twice; the rows are locked in one
    order (the JSON object's), so imports running side by side wait for each other, never deadlock."""
    changes = Counter({term: n for term, n in sorted(changes.items()) if n})
    if not changes:
        return
    table = connection.ops.quote_name(TermStats._meta.db_table)
    if connection.vendor == "postgresql":
        rows = "SELECT key, value::integer FROM jsonb_each_text(%s::jsonb)"
    else:
        rows = "SELECT key, value FROM json_each(%s) WHERE true"  # WHERE: SQLite's upsert after a SELECT
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {table} (term, documents) {rows}"
            f" ON CONFLICT (term) DO UPDATE SET documents = {table}.documents + excluded.documents",
            [json.dumps(changes, ensure_ascii=False)],
        )
    TermStats.objects.filter(term__in=[t for t, n in changes.items() if n < 0], documents__lte=0).delete()


def forget_terms(initiative_ids: list[int]) -> None:
    """Take these initiatives' terms out of the document frequencies (before their postings go)."""
    terms = Posting.objects.filter(initiative_id__in=initiative_ids).values_list("term", flat=True)
    _count_terms(Counter({term: -n for term, n in Counter(terms).items()}))


def recount_terms() -> None:
    """Every term's document frequency counted again from the postings (``reindex`` does it: rows
    deleted with their initiative leave the counts, which the indexer never sees)."""
    with transaction.atomic():
        TermStats.objects.all().delete()
        stats = connection.ops.quote_name(TermStats._meta.db_table)
        postings = connection.ops.quote_name(Posting._meta.db_table)
        with connection.cursor() as cursor:
            cursor.execute(
                f"INSERT INTO {stats} (term, documents) SELECT term, COUNT(*) FROM {postings} GROUP BY term"
            )


def index_plan(plan_id: int) -> IndexReport:
    """Re-index a plan's initiatives after an import (only those whose text changed are re-tokenised)."""
    return index_initiatives(Initiative.objects.filter(plan_id=plan_id).values_list("pk", flat=True))


def reindex_all(*, force: bool = False) -> IndexReport:
    """The whole index (``shinchoku reindex``): every initiative, dropping entries of deleted ones."""
    report = index_initiatives(Initiative.objects.values_list("pk", flat=True), force=force)
    recount_terms()
    update_stats()
    return report


def move_stats(documents: int, length: int) -> None:
    """Move the collection statistics by what an indexing run added and removed: one UPDATE, where a
    recount read every document (a national load recounted 100,000 documents after each plan),
    and imports running side by side each add their own part. ``reindex`` recounts them."""
    moved = IndexStats.objects.filter(pk=1).update(
        documents=F("documents") + documents, total_length=F("total_length") + length
    )
    if not moved:
        update_stats()


def update_stats() -> IndexStats:
    """Recount the collection statistics (one aggregate over the documents)."""
    totals = SearchDocument.objects.aggregate(n=Count("pk"), total=Sum("length"))
    stats = IndexStats(pk=1, documents=totals["n"] or 0, total_length=totals["total"] or 0)
    # One UPDATE (update_or_create locked the row first, in a savepoint: four round trips a plan).
    if not IndexStats.objects.filter(pk=1).update(documents=stats.documents, total_length=stats.total_length):
        stats.save(force_insert=True)
    return stats
