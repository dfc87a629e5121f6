"""A thirty-third batch of plans no reader was written against (``other/unseen33.py``, texts in ``other/plans33/``), as
the seed plans' extraction tool gives a PDF's text: 芦刈市's 総合計画 実施計画 excerpt (事業 rows with 事業費（千円） R7 R8 R9
under a two-row header, a 合計 row), 鶴見ヶ丘市's ＤＸ推進計画 (「１」 > 「(1)」 > 「①　★…」, a running header over a bare
page number), 小鳩町's ＤＸ推進計画 (「取組１　title（課）」 and a ロードマップ of ■■■■ / ━━━━ / ━━━━▶ cells), 鹿角原村's
plan (令和 and 西暦 mixed in full-width digits, 「約」「以上」), 梓川県's ＤＸ推進計画 (（担当）「総務部デジタル政策課」 and
（関係課） lines, 市町村支援 取組, 「8.6万人」), 榛名野市's アクションプラン (【取組名】… cards cut by page breaks mid-field),
常磐野町's 進捗状況評価シート (R6目標 | R6実績 | 前年度比 | 達成状況 | 目標値（R8） | 進捗率) and 藤白市's 第２次 計画 (a 取組一覧 of
主担当課, detail pages naming more 課). Each is scored with ``scoring.score`` against the plan it states."""

from __future__ import annotations

from typing import Any

import pytest

from shinchoku.importers import ParseError

from .other import unseen33
from .other.unseen33 import (
    ASHIKARI_TXT,
    AZUSAGAWA_TXT,
    FUJISHIRO_TXT,
    HARUNANO_TXT,
    KAZUNOHARA_TXT,
    KOBATO_TXT,
    PERIODS,
    PLANS,
    TEXTS,
    TOKIWANO_TXT,
    TSURUMIGAOKA_TXT,
    expected,
)
from .scoring import Reached, in_charge
from .unseen_harness import RELAYINGS, Batch, assert_relaid_reads_as_uploaded, by_code, text_reader

_read_text = text_reader(unseen33.document)

#: (document, how): each text read as uploaded.
VARIANTS = [(n, "upload") for n in TEXTS]


def read(name: str, how: str) -> Any:
    """The reading of ``name`` as uploaded (``None``: refused as no plan)."""
    try:
        return _read_text(name)
    except ParseError:
        return None


#: Exact when first measured, all eight: 芦刈市 (the two-row header 「… | 事業費（千円）」 over 「R7 | R8 | R9」 read as the
#: budget by year, no figure of the indicator and no schedule; 施策 rows of one cell no 事業; the 合計 row no 事業; the
#: header row repeated on the next page), 鶴見ヶ丘市 (「１」 > 「(1)」 > 「①」 coded 1-1-1, ★ a mark, not in the title;
#: 「（現状値R6：120手続、目標値R10：300手続）」 in brackets after the 指標's name), 小鳩町 (the ロードマップ apart by 番号, a year a
#: ■■■■ or ━━━━ cell; 「取組１　title（総務課・税務課・住民課）」 the 課 in the title's brackets), 鹿角原村 (full-width
#: 「２０２３年度」「Ｒ１２」「令和１２年度」 and 「約」「以上」 in one line; 「令和７年度から」 to the plan's last), 梓川県 (（担当）
#: 「総務部デジタル政策課」 the 課, （関係課） kept apart; 「8.6万人」 8.6 in 万人 as the earlier batches' convention has it — at
#: first the expected plan said 86,000, corrected to the convention, the reading unchanged), 榛名野市 (【担当課】 and 【KPI】
#: cut by page breaks, their values after the footer and the running header), 常磐野町 (R6目標 | R6実績 | 目標値（R8）, 前年度比
#: and 進捗率 no figures of the plan, 達成状況 the evaluation) and 藤白市 (a 取組一覧 of 主担当課 joined by No. to its detail
#: pages, the detail's 担当課 the 課; the 一覧's 重点 「○」 the priority).
#: Short of exact yet above the bar: none.
FLOORS: dict[tuple[str, str], Reached] = {}

#: Below the bar as first measured: none.
BELOW: dict[tuple[str, str], Reached] = {}

#: Refused as no plan when first measured: none.
REFUSED: set[tuple[str, str]] = set()

#: Not scored, yet what a user sees: a running header over a bare page number (鶴見ヶ丘市's 「鶴見ヶ丘市ＤＸ推進計画」 /
#: 「5」, 梓川県's and 藤白市's the same; 椿森市 of batch 32 printed the same, between tables, where nothing followed it
#: into a field) is not found as page furniture — no 柱 or ページ番号 warning — and both lines go into the field the
#: page's last 取組 ends with: 鶴見ヶ丘市 1-2-2's 「実施年度：R7」 step is labelled 「鶴見ヶ丘市DX推進計画 5」 (so 2-1-3,
#: 3-1-1, 3-2-2; 梓川県 1-3, 2-3, 3-3, 3-5, 「梓川県DX推進計画 7」), and 藤白市 No.2's summary ends 「…ようにします。\n第２次
#: 藤白市ＤＸ推進計画\n4」 (so 4, 7, 9: the lines after the 年次計画 table join the 取組内容). The bare number alone (the header
#: line taken out) is no furniture either (the label 「5」, the summary ending 「\n4」), nor with the numbers made 1, 2, 3
#: … in order. The smallest change that reads right: 「- 5 -」 for 「5」 — then both lines are removed, the 柱 and
#: ページ番号 warnings given, and no field holds them; or the header and its number on one line (「鶴見ヶ丘市ＤＸ推進計画　5」,
#: removed as a 柱). A bare number as a page's last line, under a line each page repeats, is the page's number.
#: Read so since: one line over three bare numbers or more, rising page by page, is the running footer over the pages'
#: numbers (``text._footed_numbers``), both lines furniture.
#: Also not scored, seen when first measured: 鶴見ヶ丘市's final target's text kept the bracket that closes its 指標 line
#: (「R10：300手続）」; 「300手続」 since, ``test_generic_shapes.test_a_values_year_before_it_is_its_year_not_its_text``); 芦刈市's plan is titled 「第５次芦刈市総合計画」, the cover's first line (the
#: 総合計画's name), where the document is its 実施計画 (「実施計画」「（令和７年度～令和９年度）」 the two lines under it) —
#: the period, the 実施計画's, is read right. Titled 「第５次芦刈市総合計画 実施計画」 since (``generic._with_its_part``).

#: The municipality read otherwise: none.
MISNAMED: set[tuple[str, str]] = set()
#: Initiatives matched by code read under another title: none.
MISTITLED: set[tuple[str, str]] = set()
#: The plan's period read otherwise: none.
MISPERIOD: set[tuple[str, str]] = set()

BATCH = Batch(
    read,
    expected,
    VARIANTS,
    {name: plan[0] for name, plan in PLANS.items()},
    PERIODS,
    slow=frozenset(),
    floors=FLOORS,
    below=BELOW,
    refused=frozenset(REFUSED),
    misnamed=frozenset(MISNAMED),
    mistitled=frozenset(MISTITLED),
    misperiod=frozenset(MISPERIOD),
)
BATCH.bind(globals())


@pytest.mark.parametrize("how", RELAYINGS)
@pytest.mark.parametrize("name", TEXTS)
def test_each_text_relaid_reads_as_well_as_uploaded(name: str, how: str) -> None:
    """Each text with its tabs turned to blanks, or with page breaks anywhere: at least what it reads as uploaded."""
    assert_relaid_reads_as_uploaded(unseen33.document(name), name, how, expected(name))


def test_jigyohi_by_year_is_a_budget_no_figure_or_schedule() -> None:
    """芦刈市's 事業費（千円） R7 R8 R9 under the two-row header: each 事業's budget by year (「－」 none), no indicator's
    figure and no schedule; 2-4-07's 「－」 indicator none; the 合計 row no 事業."""
    plan = read(ASHIKARI_TXT, "upload")
    assert len(plan["initiatives"]) == 10
    items = by_code(plan)
    assert [(b["fy"], b["amount"]) for b in items["2-4-04"]["budget"]] == [(2025, 286000), (2026, 41000)]
    (systems,) = items["2-4-04"]["indicators"]
    assert (systems["baseline"]["value"], systems["final_target"]["value"]) == (0, 20)
    assert items["2-4-07"]["indicators"] == []
    assert [i for i in plan["initiatives"] if i["schedule"]] == []


def test_tanto_with_its_bu_and_kankeika_apart() -> None:
    """梓川県: 「（担当）総務部デジタル政策課」 is デジタル政策課, two 部's 課 two 課; the （関係課） line no 担当課 (kept as the
    関係課); 「8.6万人」 8.6 in 万人, as written."""
    items = by_code(read(AZUSAGAWA_TXT, "upload"))
    assert in_charge(items["1-2"]) == (["文化振興課", "スポーツ振興課"], ["デジタル政策課"])
    assert in_charge(items["3-3"]) == (["デジタル政策課", "市町村課"], ["人事課"])
    assert in_charge(items["2-3"]) == (["人事課", "財産管理課"], [])
    (app,) = items["1-3"]["indicators"]
    assert (app["unit"], app["baseline"]["value"], app["final_target"]["value"]) == ("万人", 8.6, 20)


def test_wareki_and_seireki_in_full_width_digits() -> None:
    """鹿角原村: 「約１，２００件（２０２３年度）→　３，０００件以上（令和１２年度）」 the 2023 baseline 1,200 and the 2030
    target 3,000; 「Ｒ７～２０２６年度」 2025–2026; 「令和７年度から」 to the plan's last (2030); 「２０２６年度～令和９年度」."""
    items = by_code(read(KAZUNOHARA_TXT, "upload"))
    (applications,) = items["1-1"]["indicators"]
    assert (applications["baseline"]["fy"], applications["baseline"]["value"]) == (2023, 1200)
    assert (applications["final_target"]["fy"], applications["final_target"]["value"]) == (2030, 3000)
    assert [s["fy"] for s in items["1-3"]["schedule"]] == [2025, 2026]
    assert [s["fy"] for s in items["2-2"]["schedule"]] == list(range(2025, 2031))
    assert [s["fy"] for s in items["3-4"]["schedule"]] == [2026, 2027]


def test_cards_cut_by_the_page_break_mid_field() -> None:
    """榛名野市: 1-2's 【担当課】 ends a page and its 課 begin the next (after 「― 2 ―」 and the running header); 2-3's
    【KPI】 two indicators, one each side of the break."""
    items = by_code(read(HARUNANO_TXT, "upload"))
    assert items["1-2"]["departments"] == ["スポーツ振興課", "生涯学習課"]
    assert [(k["baseline"]["value"], k["final_target"]["value"]) for k in items["2-3"]["indicators"]] == [
        (8, 40),
        (350, 3000),
    ]
    assert "アクションプラン" not in items["2-1"]["summary"]


def test_shinchokuritsu_and_zennendohi_are_no_figures_of_the_plan() -> None:
    """常磐野町: R6目標 2024's target, R6実績 2024's actual, 目標値（R8） the final; 前年度比 「166.2％」 no figure, 進捗率 and
    達成状況 the row's evaluation; 12 「評価対象外」 no indicator; the 達成 / 未達成 count table no 取組."""
    plan = read(TOKIWANO_TXT, "upload")
    assert [i["code"] for i in plan["initiatives"]] == [str(n) for n in range(1, 13)]
    (convenience,) = by_code(plan)["3"]["indicators"]
    assert [(t["fy"], t["value"]) for t in convenience["targets"]] == [(2024, 12), (2026, 25)]
    assert [(a["fy"], a["value"]) for a in convenience["actuals"]] == [(2024, 10.8)]
    assert [e["text"] for e in convenience["evaluations"]] == ["未達成"]
    assert by_code(plan)["12"]["indicators"] == []


def test_roadmap_bars_give_the_years() -> None:
    """小鳩町's ロードマップ: each year a ■■■■ or ━━━━ is under is a year of the 取組's schedule, ▶ no year beyond the plan's
    last (4 R7–R8, 8 R9–R11, 9 R7–R9)."""
    items = by_code(read(KOBATO_TXT, "upload"))
    assert [s["fy"] for s in items["4"]["schedule"]] == [2025, 2026]
    assert [s["fy"] for s in items["8"]["schedule"]] == [2027, 2028, 2029]
    assert [s["fy"] for s in items["9"]["schedule"]] == [2025, 2026, 2027]
    assert [s["fy"] for s in items["1"]["schedule"]] == [2025, 2026, 2027, 2028, 2029]


def test_detail_pages_name_more_ka_than_the_list() -> None:
    """藤白市: the 取組一覧's 主担当課 (1 デジタル推進課) and its detail page's 担当課 (デジタル推進課、子育て支援課、介護保険課) are
    one 取組 with the 課 the detail names; the 一覧's 重点 「○」 no 課."""
    plan = read(FUJISHIRO_TXT, "upload")
    assert [i["code"] for i in plan["initiatives"]] == [str(n) for n in range(1, 10)]
    items = by_code(plan)
    assert items["1"]["departments"] == ["デジタル推進課", "子育て支援課", "介護保険課"]
    assert items["3"]["departments"] == ["会計課"]


def test_juten_stars_are_marks_not_titles() -> None:
    """鶴見ヶ丘市: 「①　★オンライン申請の拡充」 is 1-1-1 「オンライン申請の拡充」 marked ★."""
    items = by_code(read(TSURUMIGAOKA_TXT, "upload"))
    assert (items["1-1-1"]["title"], items["1-1-1"]["marks"]) == ("オンライン申請の拡充", ["★"])
    assert items["1-1-2"]["marks"] == []


def test_a_running_header_over_a_bare_page_number_is_furniture() -> None:
    """鶴見ヶ丘市, 梓川県 and 藤白市 print a running header over a bare page number (「鶴見ヶ丘市ＤＸ推進計画」 / 「5」): page
    furniture, no part of the 取組 whose lines it follows — neither its schedule's step nor its summary."""
    tsurumigaoka = by_code(read(TSURUMIGAOKA_TXT, "upload"))
    assert [s["label"] for s in tsurumigaoka["1-2-2"]["schedule"]] == ["実施"]
    azusagawa = by_code(read(AZUSAGAWA_TXT, "upload"))
    assert {s["label"] for s in azusagawa["3-3"]["schedule"]} == {"実施"}
    fujishiro = by_code(read(FUJISHIRO_TXT, "upload"))
    assert (
        fujishiro["2"]["summary"]
        == "窓口で聞き取った内容から申請書を作り、署名だけで手続を終えられるようにします。"
    )


def test_a_covers_part_of_a_plan_is_in_its_title() -> None:
    """芦刈市's cover names its 総合計画 over the part the document is (「第５次芦刈市総合計画」 / 「実施計画」): the plan is
    titled with both, as the plan office would enter it, its period the 実施計画's (2025–2027)."""
    plan = read(ASHIKARI_TXT, "upload")
    assert plan["plan"]["title"] == "第５次芦刈市総合計画 実施計画"
    assert (plan["plan"]["period"]["start_fy"], plan["plan"]["period"]["end_fy"]) == (2025, 2027)
