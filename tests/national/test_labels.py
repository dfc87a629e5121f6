"""Labels at import, the plan's edition, and the plan office's decisions (with the user in the history)."""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model

from shinchoku.national import labels
from shinchoku.national.models import InitiativeLabel, LabelState, NationalItem, NationalPlanEdition


def _labels(initiative, state=None):
    found = InitiativeLabel.objects.filter(initiative=initiative)
    if state:
        found = found.filter(state=state)
    return sorted(found.values_list("item__code", flat=True))


def test_the_migrations_load_both_editions(db):
    assert list(NationalPlanEdition.objects.values_list("key", "title")) == [
        ("2020-12-25", "自治体DX推進計画（第1版）"),
        ("2024-02-05", "自治体DX推進計画（第2.3版）"),
    ]
    latest = NationalItem.objects.filter(edition__key="2024-02-05")
    assert latest.filter(group="重点取組事項").count() == 7
    assert latest.get(code="frontyard").covers == ["online"]
    assert NationalItem.objects.get(edition__key="2020-12-25", code="online").title == "自治体の行政手続のオンライン化"


def test_each_plan_follows_the_edition_of_its_time(plans):
    editions = {name: labels.plan_edition(plan).key for name, plan in plans.items()}
    assert editions == {
        "hita": "2024-02-05",  # published 2024-03
        "izunokuni": "2020-12-25",  # no date: its schedule starts in 令和5年度
        "nobeoka": "2020-12-25",  # 2021-12
        "onojo": "2020-12-25",  # 2022-08
        "shibata": "2024-02-05",  # period from 令和6年度
    }


def test_import_suggests_items_of_the_plan_edition(plans):
    izu = plans["izunokuni"].initiatives
    assert _labels(izu.get(title="行政手続のオンライン化の推進")) == ["online"]
    assert _labels(izu.get(title__contains="セキュリティポリシー")) == ["security"]
    shibata = plans["shibata"].initiatives
    assert _labels(shibata.get(title="eLTAX等を活用した税務手続き等の電子化")) == ["eltax", "frontyard"]
    label = InitiativeLabel.objects.filter(initiative__plan=plans["shibata"]).first()
    assert label.state == LabelState.SUGGESTED and label.item.edition.key == "2024-02-05"
    # Several items per initiative, and none for an initiative no item fits.
    assert _labels(shibata.get(title="学校給食費の公会計化")) == []


def test_suggesting_again_changes_nothing(plans):
    before = InitiativeLabel.objects.count()
    report = labels.suggest_all()
    assert report.added == report.removed == 0
    assert report.kept == before == InitiativeLabel.objects.count()


@pytest.fixture
def office(plans):
    return get_user_model().objects.create_user("sato", last_name="佐藤")


def test_decide_confirms_ticked_items_and_rejects_the_rest(plans, office):
    initiative = plans["izunokuni"].initiatives.get(title="マイナンバーカードの利活用の拡大")
    assert _labels(initiative) == ["mynumber"]
    decision = labels.decide(initiative, {"online"}, office)
    assert decision.confirmed == ["自治体の行政手続のオンライン化"]
    assert decision.rejected == ["マイナンバーカードの普及促進"]
    assert _labels(initiative, LabelState.CONFIRMED) == ["online"]
    assert _labels(initiative, LabelState.REJECTED) == ["mynumber"]
    confirmed = InitiativeLabel.objects.get(initiative=initiative, state=LabelState.CONFIRMED)
    assert confirmed.by == office
    assert confirmed.history.first().history_user == office
    # A later import keeps the decisions: no suggestion comes back for the rejected item.
    labels.suggest_for_plan(plans["izunokuni"])
    assert _labels(initiative, LabelState.SUGGESTED) == []
    assert labels.confirmed_items([initiative.pk])[initiative.pk][0].code == "online"


def test_decide_refuses_an_item_of_another_edition(plans, office):
    initiative = plans["izunokuni"].initiatives.get(title="テレワークの推進")
    with pytest.raises(labels.LabelError, match="frontyard"):
        labels.decide(initiative, {"frontyard"}, office)
    assert _labels(initiative) == ["telework"]


def test_decide_many_only_takes_the_plan_labels(plans, office):
    izu = InitiativeLabel.objects.filter(initiative__plan=plans["izunokuni"]).values_list("pk", flat=True)[:2]
    other = InitiativeLabel.objects.filter(initiative__plan=plans["hita"]).values_list("pk", flat=True)[:1]
    with pytest.raises(labels.LabelError):
        labels.decide_many(plans["izunokuni"], [*izu, *other], LabelState.CONFIRMED, office)
    assert not InitiativeLabel.objects.filter(state=LabelState.CONFIRMED).exists()
    assert labels.decide_many(plans["izunokuni"], list(izu), LabelState.CONFIRMED, office) == 2


def test_editions_are_loaded_again_when_the_tables_lack_one(db):
    """A flushed database (or an edition file added after the migrations ran) is brought up to the files."""
    InitiativeLabel.objects.all().delete()
    NationalPlanEdition.objects.filter(key="2024-02-05").delete()
    assert [e.key for e in labels.all_editions()] == ["2020-12-25", "2024-02-05"]
    assert NationalItem.objects.filter(edition__key="2024-02-05").count() == 13


def test_suggest_labels_command(plans, capsys):
    from django.core.management import call_command
    from django.core.management.base import CommandError

    InitiativeLabel.objects.filter(initiative__plan=plans["onojo"]).delete()
    call_command("suggest_labels", plan=plans["onojo"].pk)
    out = capsys.readouterr().out
    assert out.startswith("国の計画の項目の候補: 追加 ")
    assert "（1 計画）" in out
    assert InitiativeLabel.objects.filter(initiative__plan=plans["onojo"], item__code="telework").count() == 1
    with pytest.raises(CommandError, match="計画 999999 はありません"):
        call_command("suggest_labels", plan=999999)


def test_cli_names_the_command():
    from shinchoku.cli import build_parser

    args = build_parser().parse_args(["suggest-labels", "--plan", "3"])
    assert args.plan == 3 and args.func.__name__ == "cmd_suggest_labels"
