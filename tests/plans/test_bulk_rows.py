"""A new plan's rows are written as plain values (core.bulk, plans.history.insert_with_history):
what is stored and what the history says must be what the ORM would have written.

The loader reserves the keys of a new plan's rows before writing them (COPY returns none), so
these tests pin what that must keep: a key is never given twice, not even one of a deleted row
(whose history would then tell two rows' stories), defaults are the models', values read back
as they went in, and the 再掲 link is in the history's very first row.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.contrib.auth import get_user_model
from django.db.models import Max

from shinchoku.core.bulk import reserve_ids
from shinchoku.importers.planjson import indicator, initiative, new_plan, section, value
from shinchoku.plans.history import insert_with_history
from shinchoku.plans.loader import load_plan
from shinchoku.plans.models import BudgetEntry, Indicator, IndicatorValue, Initiative, Plan, ScheduleEntry

pytestmark = pytest.mark.django_db


def plan_with_a_repost() -> dict:
    plan = new_plan(
        municipality="延岡市", prefecture="宮崎県", code="452033", title="延岡市情報政策推進計画",
        published="2021-12", start_fy=2021, end_fy=2025, vision="", filename="nobeoka.txt", data=b"x",
        layout="nobeoka",
    )  # fmt: skip
    plan["sections"] = [section("s1", None, "プロジェクト", "1", "市民にやさしいDX")]
    plan["initiatives"] = [
        initiative(
            "2", "窓口番号案内システムの導入", "s1", departments=["市民課", "情報政策課"], scope="local",
            schedule=[{"fy": 2022, "half": 1, "label": "設計"}, {"fy": 2022, "half": 2, "label": "導入"}],
            budget=[{"fy": 2022, "amount": 1234.5, "unit": "千円", "note": "一般財源"}],
            indicators=[
                indicator(
                    "待ち時間", unit="分", direction="decrease", baseline=value(2020, 30, "30分"),
                    targets=[value(2022, 20, "20分")], actuals=[value(2022, 25, "25分")],
                )
            ],
        ),
        initiative("3", "窓口番号案内システムの導入（再掲）", "s1", marks=["再掲"], repost_of="2"),
    ]  # fmt: skip
    return plan


def test_keys_are_never_given_twice_not_even_those_of_deleted_rows():
    plan = load_plan(plan_with_a_repost()).plan
    highest = Initiative.objects.order_by("-pk").first().pk
    Initiative.objects.filter(pk=highest).delete()  # the newest row goes: its key stays used
    first = reserve_ids(Initiative._meta.db_table, "id", 3)
    second = reserve_ids(Initiative._meta.db_table, "id", 2)
    assert len(set(first + second)) == 5 and min(first + second) > highest
    # a key reserved and then used by an ordinary save still is not handed out again
    made = Initiative.objects.create(plan=plan, title="手入力の取組")
    assert made.pk not in first + second


def test_a_new_plan_reads_back_as_written_with_model_defaults_and_its_repost_in_the_first_history_row():
    sato = get_user_model().objects.create_user("sato")
    # history rows an earlier test's module fixture left (its plans deleted) are not this load's
    models = (Plan, Initiative, ScheduleEntry, BudgetEntry, Indicator, IndicatorValue)
    before = {model: model.history.aggregate(m=Max("history_id"))["m"] or 0 for model in models}
    load_plan(plan_with_a_repost(), user=sato)
    original, repost = Initiative.objects.order_by("position")
    assert (original.code, original.scope, original.version, original.app_revisions) == ("2", "local", 0, {})
    assert [d.name for d in original.departments.order_by("initiative_links__position")] == ["市民課", "情報政策課"]
    assert repost.repost_of == original and repost.marks == ["再掲"]
    first = repost.history.earliest("history_date")
    assert (first.history_type, first.repost_of_id, first.history_user) == ("+", original.pk, sato)
    assert [(s.fy, s.half, s.label) for s in ScheduleEntry.objects.order_by("position")] == [
        (2022, 1, "設計"),
        (2022, 2, "導入"),
    ]
    budget = BudgetEntry.objects.get()
    assert (budget.amount, budget.unit, budget.extra) == (Decimal("1234.50"), "千円", {"note": "一般財源"})
    assert budget.history.get().amount == Decimal("1234.50")
    kpi = Indicator.objects.get()
    assert (kpi.baseline_value, kpi.tolerance, kpi.app_revisions) == (30, None, {})
    assert sorted(IndicatorValue.objects.values_list("kind", "fy", "value", "text")) == [
        ("actual", 2022, 25.0, "25分"),
        ("target", 2022, 20.0, "20分"),
    ]
    for model in models:
        written = model.history.filter(history_id__gt=before[model])
        assert written.exists() and not written.exclude(history_user=sato).exists(), model.__name__


def test_insert_with_history_refuses_a_column_the_model_has_not():
    with pytest.raises(ValueError, match="section"):
        insert_with_history(Initiative, [{"title": "x", "section": None}])
