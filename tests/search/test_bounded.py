"""Search work that does not grow with the installation (issues 11 and 12): document frequencies
kept by the indexer, and at most ranking.PER_TERM postings read per term, the best first."""

from __future__ import annotations

from collections import Counter

import pytest
from django.urls import reverse

from shinchoku.plans.models import Initiative, Municipality, Plan
from shinchoku.search import indexer, ranking
from shinchoku.search.models import Posting, TermStats
from shinchoku.search.service import search

pytestmark = pytest.mark.django_db


def _counted() -> dict[str, int]:
    return dict(TermStats.objects.values_list("term", "documents"))


def _recounted() -> dict[str, int]:
    return dict(Counter(Posting.objects.values_list("term", flat=True)))


def test_kept_document_frequencies_are_the_postings_counted(plans):
    assert _counted() == _recounted()
    assert _counted()["窓口"] == Posting.objects.filter(term="窓口").count() > 5


def test_frequencies_follow_a_retired_initiative_and_a_deleted_plan(plans):
    before = _counted()["窓口"]
    counter = Initiative.objects.filter(plan=plans["nobeoka"], title__contains="窓口").first()
    Initiative.objects.filter(pk=counter.pk).update(retired_at="2026-01-01T00:00Z")
    indexer.index_plan(plans["nobeoka"].pk)
    assert _counted()["窓口"] == before - 1
    municipality = Municipality.objects.create(name="削除町", prefecture="長野県")
    plan = Plan.objects.create(municipality=municipality, title="削除町DX計画")
    Initiative.objects.create(plan=plan, title="書かない窓口の導入", position=0)
    indexer.index_plan(plan.pk)
    assert _counted()["窓口"] == before
    plan.initiatives.all().delete()  # a cascade the indexer does not see
    assert _counted() == _recounted()


def test_a_common_word_reads_only_its_best_postings_and_says_there_are_more(plans, monkeypatch):
    full = search("窓口", limit=50)
    assert not full.more and full.total > 3
    monkeypatch.setattr(ranking, "PER_TERM", 3)
    cut = search("窓口", limit=50)
    assert cut.more and cut.total == 3
    # the three read are among those where the word weighs most
    weight = {p.initiative_id: ranking.impact(p.tf, p.length) for p in Posting.objects.filter(term="窓口")}
    read = {card.initiative.pk for card in cut.results}
    assert len(read) == 3
    assert min(weight[pk] for pk in read) >= max(w for pk, w in weight.items() if pk not in read)


def test_the_search_page_says_at_least_when_only_the_best_were_read(client, plans, monkeypatch):
    monkeypatch.setattr(ranking, "PER_TERM", 3)
    page = client.get(reverse("search"), {"q": "窓口"}).content.decode()
    assert "「窓口」: 3件以上" in page
