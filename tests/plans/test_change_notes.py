"""Every initiative a re-import lists as changed says what changes (the upload preview, the dry run).

A file that drops an initiative's footnotes (注記), or reprints a value with other words around
the same number, changed the initiative while the preview listed it under 「変更される取組」 with
nothing under it: the plan office could not tell what the import would overwrite.
"""

from __future__ import annotations

import copy

import pytest

from shinchoku.importers import parse
from shinchoku.plans.loader import load_plan

from ..conftest import SEED_FILES

pytestmark = pytest.mark.django_db


def _onojo() -> dict:
    plan = parse(SEED_FILES["onojo"])
    load_plan(plan)
    return plan


def test_dropped_footnotes_are_described():
    plan = _onojo()
    revised = copy.deepcopy(plan)
    wifi = revised["initiatives"][3]
    assert wifi["code"] == "I-2-1" and wifi["notes"]
    del wifi["notes"]
    result = load_plan(revised, dry_run=True)
    assert result.changed == ["I-2-1 Wi-Fi による情報通信基盤の構築"]
    [note] = result.details[result.changed[0]]
    assert note.startswith("注記: *1 基本方針Ⅱ⇒")
    assert note.endswith("→ （なし）")


def test_a_value_reworded_around_the_same_number_is_described():
    plan = _onojo()
    revised = copy.deepcopy(plan)
    target = revised["initiatives"][3]["indicators"][1]["targets"][0]
    assert (target["fy"], target["value"], target["text"]) == (2023, 100, "100%")
    target["text"] = "100%（維持）"
    result = load_plan(revised, dry_run=True)
    assert result.changed == ["I-2-1 Wi-Fi による情報通信基盤の構築"]
    assert result.details[result.changed[0]] == [
        "指標「災害時における Wi-Fi の提供率」令和5年度 目標値: 「100%」 → 「100%（維持）」"
    ]


def test_noise_in_the_extras_is_still_no_change():
    plan = _onojo()
    noisy = copy.deepcopy(plan)
    for item in noisy["initiatives"]:
        item["line"] = (item.get("line") or 0) + 3
        item["page"] = 2
    result = load_plan(noisy, dry_run=True)
    assert result.changed == []


def test_every_extra_an_importer_declares_is_described_in_japanese():
    """An indicator's 評価 and 達成率 columns read from next year's 進捗状況一覧 showed as
    「その他の記載（achievement_rates）」."""
    from shinchoku.importers import planjson
    from shinchoku.plans.loader import INDICATOR_CORE, INITIATIVE_CORE, extra_changes

    for declared, core in ((planjson.Initiative, INITIATIVE_CORE), (planjson.Indicator, INDICATOR_CORE)):
        for key in set(declared.__annotations__) - core - {"line", "page", "sheet"}:
            [(label, _, _)] = extra_changes({}, {key: "x"})
            assert key not in label and label.isascii() is False, (key, label)


def test_a_flag_in_extra_reads_in_words():
    """The walk saw 「関係課: True → False」 in an import's preview: a 担当課 cell that ended 「ほか」 (関係課 not named) and
    one that did not."""
    from shinchoku.plans.loader import _describe_extra

    assert _describe_extra({"departments_others": True}, {"departments_others": False}) == ["関係課: あり → （なし）"]
