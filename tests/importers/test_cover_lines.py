"""A short 取組一覧 as a 町 writes it (``other/suzumi_ichiran.txt``): the cover's lines name the
municipality and the date, the 担当課 closes each item's line, and no period is stated, so the years
its targets name are the plan's and a 工程 open at its end (「R8～ 本格実施」) runs to the last of them."""

from __future__ import annotations

from functools import cache
from typing import Any

import pytest

from shinchoku.importers import parse
from shinchoku.importers.titles import cover_date, letters_together, of_cells, of_title, plan_name

from .other.unseen import HERE
from .scoring import by_title


@cache
def suzumi() -> dict[str, Any]:
    return parse((HERE / "suzumi_ichiran.txt").read_bytes(), filename="取組一覧.txt")


def test_the_cover_names_the_municipality_and_the_date() -> None:
    """「令和６年３月」 over 「鈴見町」 on lines of their own: no title line names the 町."""
    plan = suzumi()
    assert plan["municipality"]["name"] == "鈴見町"
    assert plan["plan"]["published"] == "2024-03"
    assert not any("自治体名" in w["message"] for w in plan["warnings"])


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("令和６年３月", "2024-03"),
        ("令和6年3月　鈴見町", "2024-03"),
        ("令和6年3月に策定しました", None),
        ("令和6年度", None),
    ],
)
def test_a_cover_date_is_a_line_of_its_own(line: str, date: str | None) -> None:
    assert cover_date(line) == date


@pytest.mark.parametrize(
    ("line", "together"),
    [
        ("楡 木 町", "楡木町"),
        ("実 施 計 画", "実施計画"),
        ("Ｄ Ｘ 推 進 計 画", "ＤＸ推進計画"),
        # words a blank apart, a heading's wide gap, figures: as written
        ("目　　次", "目　　次"),
        ("楡木町 ＤＸ推進計画", "楡木町 ＤＸ推進計画"),
        ("令 和 6 年", "令 和 6 年"),
    ],
)
def test_a_cover_line_spaced_letter_by_letter_is_the_word_it_spells(line: str, together: str) -> None:
    assert letters_together(line) == together


@pytest.mark.parametrize(
    ("words", "title", "departments"),
    [
        ("電子申請", "電子申請の拡充", ["デジタル推進課"]),
        ("キャッシュレス", "窓口のキャッシュレス化", ["会計課", "住民課"]),
        ("議事録", "AI議事録作成システムの導入", ["議会事務局"]),  # 「所管課：議会事務局」
    ],
)
def test_the_departments_closing_a_title_line_are_its(words: str, title: str, departments: list[str]) -> None:
    item = by_title(suzumi(), words)
    assert (item["title"], item["departments"]) == (title, departments)


def test_an_open_range_runs_to_the_last_year_the_targets_name() -> None:
    """No 計画期間 is written; the targets are for R9, so 「R8～ 本格実施」 is R8 and R9, and 「R6～ 導入・拡大」
    every year from R6 to R9."""
    plan = suzumi()
    assert plan["plan"]["period"] == {"start_fy": 2024, "end_fy": 2027}
    schedule = [(e["fy"], e["label"]) for e in by_title(plan, "電子申請の拡充")["schedule"]]
    assert schedule == [(2024, "準備"), (2025, "試行"), (2026, "本格実施"), (2027, "本格実施")]
    cashless = by_title(plan, "キャッシュレス")["schedule"]
    assert [(e["fy"], e["label"]) for e in cashless] == [(fy, "導入・拡大") for fy in range(2024, 2028)]
    telework = [(e["fy"], e["label"]) for e in by_title(plan, "テレワーク")["schedule"]]
    assert telework == [(2024, "機器整備"), (2025, "機器整備"), (2026, "運用"), (2027, "運用")]
    assert [e["fy"] for e in by_title(plan, "議事録")["schedule"]] == [2025]


def test_a_stated_period_closes_an_open_range() -> None:
    """The same list with its period stated (「計画期間：令和６年度～令和１０年度」): 「R8～」 runs to R10."""
    text = (HERE / "suzumi_ichiran.txt").read_text(encoding="utf-8")
    stated = text.replace("鈴見町\n", "鈴見町\n計画期間：令和６年度～令和１０年度\n", 1)
    plan = parse(stated.encode("utf-8"), filename="取組一覧.txt")
    assert plan["plan"]["period"] == {"start_fy": 2024, "end_fy": 2028}
    assert [e["fy"] for e in by_title(plan, "電子申請の拡充")["schedule"]] == [2024, 2025, 2026, 2027, 2028]


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("北稜地区広域行政事務組合　情報化推進計画（令和６年度～令和８年度）　取組状況一覧", "北稜地区広域行政事務組合"),
        ("遠見ヶ原広域連合DX推進計画", "遠見ヶ原広域連合"),
        ("山梨県北稜地区衛生組合 情報化推進計画", "北稜地区衛生組合"),
        ("西那須見町村総合事務組合 情報化計画", "西那須見町村総合事務組合"),
        # a municipality's own plan, though 組合 comes in its words
        ("南沢町職員の働き方改革プラン", "南沢町"),
        ("東峰村組合立学校ICT計画", "東峰村"),
        ("北杜見市 組合との連携計画", "北杜見市"),
    ],
)
def test_a_union_of_municipalities_is_named_whole(title: str, name: str) -> None:
    """An 一部事務組合 or 広域連合 named after its place (「北稜地区」, 「西那須見町」 …) is the body the plan is of: its name
    read up to 組合 / 広域連合, not up to the 区 or 町 inside it."""
    naming = of_title(title)
    assert naming is not None and naming.municipality == name


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("北稜地区広域行政事務組合", "北稜地区広域行政事務組合"),
        ("令和６年３月　北稜地区広域行政事務組合", "北稜地区広域行政事務組合"),
        ("西那須見衛生組合", "西那須見衛生組合"),
        ("遠見ヶ原広域連合", "遠見ヶ原広域連合"),
        ("組合", None),
    ],
)
def test_a_cover_line_of_a_unions_name_alone_names_it(line: str, name: str | None) -> None:
    """The cover's line naming the body alone (its title line naming only the plan): the 組合's whole name."""
    assert of_cells([line]).municipality == name


def test_a_union_named_on_its_cover_is_the_plans() -> None:
    text = (
        "情報化推進計画　取組一覧\n令和６年３月\n北稜地区広域行政事務組合\n\n"
        "番号\t取組名\t担当課\t指標\t基準値（R5）\t目標値（R8）\n"
        "1\t介護保険の電子申請\t介護保険課\t申請件数\t0件\t900件\n"
    )
    assert parse(text.encode(), filename="取組一覧.txt")["municipality"]["name"] == "北稜地区広域行政事務組合"


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("鳴海台市DX推進計画 KPIの進捗状況（2024年度）", "鳴海台市DX推進計画"),
        ("茜ヶ丘市ＤＸ推進計画　令和６年度　進捗状況報告書", "茜ヶ丘市ＤＸ推進計画"),
        ("北杜見市DX推進計画 進捗状況一覧（令和8年度）", "北杜見市DX推進計画"),
        ("令和6年度 北杜見市DX推進計画 評価結果報告書", "北杜見市DX推進計画"),
        ("北杜見市情報化計画に基づく令和6年度の取組状況", "北杜見市情報化計画"),
        ("北杜見市DX推進計画（令和5年度～令和9年度）成果指標の達成状況", "北杜見市DX推進計画（令和5年度～令和9年度）"),
        # the report's words first, the plan it is on in brackets after them
        ("令和６年度　KPI進捗状況一覧（白河台市ＤＸ推進計画）", "白河台市ＤＸ推進計画"),
        ("進捗管理表【北杜見市DX推進計画（令和5年度～令和9年度）】", "北杜見市DX推進計画（令和5年度～令和9年度）"),
        # a plan's own title, no report on it: as it is
        ("延岡市情報政策推進計画 【アクションプラン】", "延岡市情報政策推進計画 【アクションプラン】"),
        ("第 4 次日田市情報化基本計画 年次計画編", "第 4 次日田市情報化基本計画 年次計画編"),
        ("計画 進捗状況", "計画 進捗状況"),
        # the title a sheet of the plan's list prints over it: the plan, not its list (a user's walk had to rename it)
        ("北杜見市DX推進計画 取組一覧", "北杜見市DX推進計画"),
        (
            "長野県佐久穂町　佐久穂町DX推進計画（令和7年度～令和10年度）　取組一覧",
            "佐久穂町DX推進計画（令和7年度～令和10年度）",
        ),
        ("長野県佐久穂町 佐久穂町DX推進計画 工程表", "佐久穂町DX推進計画"),
        ("鈴鹿見市　DX推進計画　取組一覧", "鈴鹿見市　DX推進計画"),  # (the owner's name kept where the plan's lacks it)
        ("北杜見市DX推進計画 実施計画", "北杜見市DX推進計画 実施計画"),  # (a 実施計画 may be a plan of its own)
    ],
)
def test_a_yearly_reports_title_names_the_plan_it_reports_on(title: str, name: str) -> None:
    """Next year's report is on the same plan: the plan is named without 「…の進捗状況（2024年度）」."""
    assert plan_name(title) == name


@pytest.mark.parametrize(
    "title",
    [
        "第Ⅱ期北杜見市ＤＸ推進計画",  # as written: NFKC would make it 「第II期…DX…」, another plan's name
        "北杜見市DX推進計画 評価指標一覧",  # the plan's indicators, no report on it
        "北杜見市DX推進計画 施策評価委員会 資料",
        "評価指標一覧（北杜見市DX推進計画）",  # the plan's indicators listed, no report on it
        "取組一覧（北杜見市DX推進計画）",
    ],
)
def test_a_title_that_reports_on_no_year_is_kept_as_written(title: str) -> None:
    assert plan_name(title) == title


def test_a_reports_title_is_cut_where_it_is_written() -> None:
    """「Ⅱ」 is two letters in NFKC: the name is cut where the title as written ends it, a 「年度版」 before it dropped."""
    assert plan_name("第Ⅱ期北杜見市ＤＸ推進計画　令和6年度　進捗状況") == "第Ⅱ期北杜見市ＤＸ推進計画"
    assert plan_name("令和6年度版 北杜見市DX推進計画 進捗状況") == "北杜見市DX推進計画"
