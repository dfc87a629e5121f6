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


def _nobeoka() -> dict:
    plan = parse(SEED_FILES["nobeoka"])
    load_plan(plan)
    return plan


def test_what_a_revision_takes_away_from_a_registered_initiative_is_listed_apart():
    """Walked: a re-import that emptied a 担当課, dropped targets and replaced a 工程 was offered with the change
    notes alone; the banner came only above a third of the plan. Each loss is listed apart, however few."""
    plan = _nobeoka()
    revised = copy.deepcopy(plan)
    items = {item["title"]: item for item in revised["initiatives"]}
    items["窓口業務における窓口番号案内システムの導入"]["departments"] = []
    checkups = items["健診申込におけるオンライン化の推進"]["indicators"][0]
    checkups["targets"] = checkups["targets"][:2]  # 令和6・7年度 gone
    items["マイナポータルからの行政手続のオンライン化"]["indicators"] = []
    items["市職員採用試験の申込におけるオンライン化"]["schedule"] = []
    items["住民票・税証明書等発行に係るオンライン化の研究"]["schedule"][0]["label"] = "検討開始"  # a revision
    result = load_plan(revised, dry_run=True)
    assert result.losses == {
        "窓口業務における窓口番号案内システムの導入": ["担当課: 市民課 → （なし）"],
        "健診申込におけるオンライン化の推進": [
            "指標「対象健診数」令和6年度 目標値: 2 → （なし）",
            "指標「対象健診数」令和7年度 目標値: 2 → （なし）",
        ],
        "マイナポータルからの行政手続のオンライン化": ["指標を計画から外す: オンライン申請可能手続数"],
        "市職員採用試験の申込におけるオンライン化": [result.losses["市職員採用試験の申込におけるオンライン化"][0]],
    }
    [schedule] = result.losses["市職員採用試験の申込におけるオンライン化"]
    assert schedule.startswith("工程: 令和3年度") and schedule.endswith("→ （なし）")
    assert "住民票・税証明書等発行に係るオンライン化の研究" in result.changed  # changed, nothing lost
    assert result.sweeping is None  # 4 of 81: no sweeping change, listed all the same


@pytest.mark.parametrize(
    ("title", "fragment"),
    [
        ("マイナンバーカードを活用した", True),  # the first half of a title cut over two rows
        ("の推進", True),
        ("窓口の", True),
        ("推進", True),
        ("（仮称）デジタル窓口", False),
        ("行政手続のオンライン化（電子申請", True),  # its bracket never closes
        ("・住民票の写し", True),
        ("証明書等発行及び", True),
        ("窓口業務における窓口番号案内システムの導入", False),
        ("にぎわい創出のためのデータ活用", False),
        ("証明書をコンビニで", False),  # a slogan, as a plan may title an initiative
        ("(1) 電子申請の推進", False),
    ],
)
def test_an_added_title_that_reads_as_a_piece_of_one_is_flagged(title, fragment):
    from shinchoku.plans.loader import fragment_title

    assert fragment_title(title) is fragment


def test_a_progress_page_lists_each_actual_it_reports_for_the_first_time():
    """鳴海台市's KPI page of 2024 over the same page with no actual yet: the preview listed each new grade
    (「計画ファイルの評価: （なし） → 令和6年度 A」) but not one actual beside it (an indicator whose only target is its final one
    has no yearly value before: nothing was compared) — 912人 came in unsaid."""
    from ..importers.test_web_progress_pages import HERE

    plan = parse(HERE / "narumidai_kpi_web.txt")
    blank = copy.deepcopy(plan)
    for item in blank["initiatives"]:
        for indicator in item["indicators"]:
            indicator["actuals"], indicator["evaluations"] = [], []
    load_plan(blank)
    result = load_plan(plan, dry_run=True)
    assert result.details["1 職員のデジタル意識の改革"] == [
        "指標「DX研修の受講者数」計画ファイルの評価: （なし） → 令和6年度 A",
        "指標「DX研修の受講者数」令和6年度 実績値: （なし） → 912人",
        "指標「DX推進リーダーの育成」計画ファイルの評価: （なし） → 令和6年度 B",
        "指標「DX推進リーダーの育成」令和6年度 実績値: （なし） → 41人",
    ]


def test_last_years_report_again_after_this_years_changes_nothing():
    """鳴海台市's KPI page of 2024 uploaded again after the page of 2025: the same actuals, each year's, stored in
    another order (the file's year first, the kept one after) — the preview listed all seven 取組 as changed, with
    nothing under them (walked)."""
    from ..importers.test_web_progress_pages import HERE

    text = (HERE / "narumidai_kpi_web.txt").read_text(encoding="utf-8")
    this_year = text.replace("2024年度", "2025年度").replace("\n912人\n", "\n1,020人\n").replace("\n41人\n", "\n58人\n")
    last_year = parse(text.encode(), filename="kpi2024.txt")
    load_plan(last_year)
    load_plan(parse(this_year.encode(), filename="kpi2025.txt"))
    result = load_plan(last_year, dry_run=True)
    assert (result.changed, len(result.unchanged)) == ([], 7)
