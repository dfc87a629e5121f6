"""The search index: one row per indexed initiative and one per (term, initiative).

BM25 is computed in SQL over the postings of the query's terms (shinchoku.search.ranking), which
works the same on SQLite and PostgreSQL and needs no extension. Postings carry the document length
and the municipality, so ranking and the 「他自治体」 filter read one covering index and join nothing.
Only current initiatives are indexed; a retired one leaves the index.
"""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from shinchoku.plans.models import Initiative, Municipality


class SearchDocument(models.Model):
    """What was indexed for an initiative: its digest (to skip unchanged ones), length and profile."""

    initiative = models.OneToOneField(
        Initiative, on_delete=models.CASCADE, primary_key=True, related_name="search_document",
        verbose_name=_("取組"),
    )  # fmt: skip
    municipality = models.ForeignKey(Municipality, on_delete=models.CASCADE, related_name="+")
    length = models.PositiveIntegerField(_("重み付き語数"))
    digest = models.CharField(_("索引した本文のハッシュ"), max_length=64)
    #: Weighted terms of title and summary (and KPI names): the query for 「類似取組」, kept so
    #: that the initiative page need not run the tokenizer.
    profile = models.JSONField(_("類似検索の語"), default=dict)
    indexed_at = models.DateTimeField(_("索引日時"), auto_now=True)

    class Meta:
        verbose_name = _("検索索引")
        verbose_name_plural = _("検索索引")

    def __str__(self) -> str:
        return f"{self.initiative_id}: {self.length}"


class Posting(models.Model):
    """One term of one initiative with its weighted frequency (title counts more than actions)."""

    term = models.CharField(_("語"), max_length=64)
    initiative = models.ForeignKey(Initiative, on_delete=models.CASCADE, related_name="+", db_index=False)
    # Rows go with their initiative (indexed above); no cascade scan when a municipality is deleted.
    municipality = models.ForeignKey(
        Municipality, on_delete=models.DO_NOTHING, related_name="+", db_index=False
    )
    tf = models.PositiveIntegerField(_("重み付き出現数"))
    length = models.PositiveIntegerField(_("文書の重み付き語数"))
    #: The term's BM25 weight in this initiative at a fixed reference length (ranking.impact): the
    #: order in which a term's postings are read, so a query reads the best ones first and stops.
    impact = models.FloatField(_("語の重み（読む順）"), default=0.0)

    class Meta:
        verbose_name = _("索引語")
        verbose_name_plural = _("索引語")
        indexes = [
            # Covering, best first: a query reads at most ranking.PER_TERM postings of each term
            # from this index alone, whatever the size of the installation.
            models.Index(
                fields=["term", "-impact", "initiative", "tf", "length", "municipality"], name="posting_term_impact"
            ),
            # An initiative's postings (re-indexing, deleting), and whether it has a term: the API's
            # keyword filter probes (initiative, term) for each initiative it lists.
            models.Index(fields=["initiative", "term"], name="posting_initiative_term"),
        ]

    def __str__(self) -> str:
        return f"{self.term} ({self.initiative_id}: {self.tf})"


class TermStats(models.Model):
    """How many indexed initiatives contain a term (its document frequency, for the idf), kept up
    to date by the indexer: counting a common term's postings at query time grows with the
    installation."""

    term = models.CharField(_("語"), max_length=64, primary_key=True)
    documents = models.IntegerField(_("含む取組の数"), default=0)

    class Meta:
        verbose_name = _("索引語の統計")
        verbose_name_plural = _("索引語の統計")

    def __str__(self) -> str:
        return f"{self.term}: {self.documents}"


class IndexStats(models.Model):
    """Collection statistics BM25 needs (number of documents, total length), updated after each indexing."""

    documents = models.PositiveIntegerField(default=0)
    total_length = models.PositiveBigIntegerField(default=0)

    class Meta:
        verbose_name = _("検索索引の統計")
        verbose_name_plural = _("検索索引の統計")

    def __str__(self) -> str:
        return f"{self.documents} / {self.total_length}"

    @property
    def average_length(self) -> float:
        return self.total_length / self.documents if self.documents else 1.0
