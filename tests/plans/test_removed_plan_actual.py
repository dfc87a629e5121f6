"""A plan that never had a round: the plan office removes a wrong actual its file states (walked: the removal was only
on an open round's report form, so a plan between rounds kept it). The removal is the plan's numbered revision and a
re-import of the same file keeps it, listing the file's figure among the differences."""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model

from shinchoku.plans.loader import load_plan
from shinchoku.plans.models import IndicatorValue, ValueKind
from shinchoku.progress import removals, services
from shinchoku.progress.models import PlanRevision, Round

from .test_loader import small_plan

pytestmark = pytest.mark.django_db
REASON = "15手続は令和3年度の誤り"


def test_a_plan_without_rounds_has_its_files_actual_removed_and_a_reimport_keeps_it():
    plan = load_plan(small_plan()).plan
    assert not Round.objects.filter(plan=plan).exists()
    office = get_user_model().objects.create_superuser("office", password="pw-for-tests-only")
    initiative = plan.initiatives.get(code="1")
    indicator = initiative.indicators.get()
    figure = services.remove_plan_actual(
        initiative, indicator.pk, 2021, user=office, version=initiative.version, reason=REASON
    )
    assert figure == (15, "15手続")
    row = IndicatorValue.objects.get(indicator=indicator, kind=ValueKind.ACTUAL, fy=2021)
    assert (row.value, row.text) == (None, "") and row.revised_at is not None
    revision = PlanRevision.objects.get(plan=plan)
    assert (revision.number, revision.reason, revision.created_by) == (1, REASON, office)
    initiative.refresh_from_db()
    assert initiative.version == 1

    result = load_plan(small_plan())
    assert any(
        c.endswith("令和3年度の実績値: アプリで削除したままにします（ファイルでは 15手続）")
        for c in result.conflicts
    ), result.conflicts
    row.refresh_from_db()
    assert row.value is None
    indicator = initiative.indicators.prefetch_related("values").get()
    (said,) = removals.removals([indicator])[indicator.pk].values()
    assert said.label(indicator.unit) == f"計画ファイルの実績値 15手続 を削除済み（理由：{REASON}）"
    assert said.revision == 1
