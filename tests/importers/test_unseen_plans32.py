"""A thirty-second batch of plans no reader was written against (``other/unseen32.py``, texts in ``other/plans32/``), as
the seed plans' extraction tool gives a PDF's text: 雪代町's 情報化計画 (「（１）」 paragraphs ending 「【所管】…」, a 工程表
apart naming the same 取組 without numbers), 椿森市's ＤＸ推進計画 (担当課 「総務部デジタル推進課」 or 「全課」「各課」, a 成果指標
table apart by the 取組's No. 「R4実績 | R5実績 | R6目標 | R7目標 | R8目標」), 鈴鹿野市's 第２期 実施状況報告書 (区分 新規 / 継続 /
統合, 評価 Ａ～Ｄ, a row cut mid-cell by the page break and the header row repeated), 淡路野町's 計画 of 「◆…＜担当：…＞」
bullets, 千歳野市's 標準化 移行計画 (a row a 業務, 移行時期 a month) and 葉月町's 第２期 計画 (施策 merged over its 事業 rows, 前期
との関係, 単位 in a column of its own). Each is scored with ``scoring.score`` against the plan it states."""

from __future__ import annotations

import pytest

from shinchoku.importers import parse

from .other import unseen32
from .other.unseen32 import (
    AWAJINO_TXT,
    CHITOSENO_TXT,
    HAZUKI_TXT,
    SUZUKANO_TXT,
    TEXTS,
    TSUBAKIMORI_TXT,
    YUKISHIRO_TXT,
    expected,
)
from .scoring import Reached, by_title
from .unseen_harness import RELAYINGS, Batch, assert_relaid_reads_as_uploaded, batch_readings, by_code

#: (document, how): each text read as uploaded.
read, VARIANTS = batch_readings(unseen32)


#: Exact when first measured: 椿森市 (the 成果指標 table apart joined to its 取組 by No., two rows two indicators, R4実績
#: R5実績 actuals, R6目標 … R8目標 targets; 「総務部デジタル推進課」 the 課; 「全課」「各課」 kept as 関係課, no 課), 鈴鹿野市 (2-3's
#: row cut by the page break joined across the footer, the running header and the repeated header row; 区分 and 評価 no
#: figure) and 葉月町 (施策 on the first row of its 事業 only, 「統合（旧No.4・5）」 no 取組, 「－」 no indicator).
#: Short of exact yet above the bar: none.
FLOORS: dict[tuple[str, str], Reached] = {}

#: Below the bar as first measured (F1, codes, 担当課, KPI numbers, schedule):
#: - 雪代町 (F1 1.0; codes 0, 担当課 0, KPI 0; schedule exact): the 第４章 工程表 (「取組 | R6 … R10」, a row a 取組 by name,
#:   基本方針 rows of one cell) is read as the plan and the 第３章 prose is dropped: the ten 取組 come with code None (not
#:   「基本方針１」 > 「（１）」 1-1 … 3-3), no 課 (each 「【所管】…」 line lost) and no indicator (each 【指標】 line lost), only
#:   the 工程表's years. A 工程表 naming by title the 取組 an outline details gives them its years; it does not take
#:   their place. Read without its 工程表 (the text up to 「第４章」), the prose is read: 担当課 and KPI exact, but codes 7/10
#:   — 「基本方針３　地域のデジタル化」, the first line of a page (after 「雪代町情報化計画」 / 「- 6 -」), is lost as if a
#:   running header (the same line is printed in 第２章's list of 基本方針), so 3's 取組 are coded 2-1 … 2-3 under 基本方針２;
#:   with 第２章's list taken out, or a line of prose before 「基本方針３」 on that page, they are 3-1 … 3-3.
#:   Exact since: a table whose rows have no number and name the 取組 the text details by title (the 工程表) is merged
#:   into the text's initiatives by title (``generic._detailed_by_title``), as an overview's numbered rows are by code;
#:   with the whole text the page's 「基本方針３」 is kept (its second copy a page edge of too few pages to be a header).
#: - 淡路野町 (F1 0 — P 0/6, R 0/9): no 「◆電子申請の拡充＜担当：総務課＞」 bullet is an initiative. The 取組 read are 第１章's
#:   「１　計画の目的」「２　計画の期間」「３　取組の表記」 and 第３章's 「１　町民サービスの向上」「２　役場業務の効率化」「３　地域のデジタル
#:   化」 (coded 1 … 3, no 課), the three 第３章 ones each holding every 目標 line of its ◆ items as its indicators (2, 2, 3)
#:   and the union of their 実施時期 as its schedule (2025–2029). Expected: each ◆ line an initiative (no code: the bullet
#:   is unnumbered), its title up to 「＜」, its 課 the 「＜担当：…＞」 at its end or on the line below (「会計室・住民課」 two),
#:   its 「目標：name　R6　15手続 → R11　100手続」 the 2024 baseline and the 2029 final target, its 「実施時期：R7～R11」 the years
#:   between (「R8～」 to the plan's last, 「R7」 one year). With 「・」 for 「◆」 it reads the same (the bullets are not the
#:   trouble alone: a ◆ item with a ＜担当：…＞ tail is not taken for a 取組 under a numbered heading).
#:   Exact since: a bullet closed by its 課 in ＜＞ as in （） or 【】 (``common.closing_departments``), a sentence of what
#:   the 取組 does between it and its 目標 line (``outline._bullets_are_items``), and a line of its ＜担当：…＞ alone under
#:   it (``outline._closes_bullet_above``).
BELOW: dict[tuple[str, str], Reached] = {}

#: Refused as no plan when first measured: 千歳野市 (「計画ファイルとして認識できません」): its table 「No. | 標準化対象業務 |
#: 現行システム | 移行方式 | 移行時期 | 所管課」 has no column the label dictionary knows as the 取組 (「標準化対象業務」, as
#: 「業務名」 or 「対象業務」, is the 取組 of a 移行計画). With 「標準化対象業務」 relabelled 「取組名」 it reads F1, codes and 担当課
#: exact, but schedule 0.40 (8/20): 移行時期 「令和７年１月」 is read as FY2025 (label 「1月」), the calendar year; a month of
#: January to March is the fiscal year before (令和７年１月 FY2024, 令和８年１月 and 令和８年３月 FY2025) — 12 of 20 off by one.
#: Read exact since: 「標準化対象業務」 names the 取組 column (``labels``; not 「対象業務」 alone, a 工程's word), and a month
#: of January to March after a calendar year is a step of the fiscal year before (``common.dated_parts``).
REFUSED: set[tuple[str, str]] = set()

#: The municipality read otherwise: none.
MISNAMED: set[tuple[str, str]] = set()
#: Initiatives matched by code read under another title: none.
MISTITLED: set[tuple[str, str]] = set()
#: The plan's period read otherwise: none.
MISPERIOD: set[tuple[str, str]] = set()

BATCH = Batch.of(
    unseen32,
    read,
    VARIANTS,
    floors=FLOORS,
    below=BELOW,
    refused=REFUSED,
    misnamed=MISNAMED,
    mistitled=MISTITLED,
    misperiod=MISPERIOD,
)
BATCH.bind(globals())


def test_indicators_in_a_table_apart_by_number() -> None:
    """椿森市's 成果指標 table by the 取組's No.: 1 and 11 two indicators each, 6 and 9 none; R4実績 and R5実績 the actuals,
    R6目標 … R8目標 the targets, no baseline (no column says 基準)."""
    items = by_code(read(TSUBAKIMORI_TXT, "upload"))
    assert [len(items[c]["indicators"]) for c in ("1", "6", "9", "11")] == [2, 0, 0, 2]
    applications, count = items["1"]["indicators"]
    assert [(a["fy"], a["value"]) for a in count["actuals"]] == [(2022, 5200), (2023, 8900)]
    assert [(t["fy"], t["value"]) for t in applications["targets"]] == [(2024, 100), (2025, 140), (2026, 180)]
    assert applications["baseline"] is None


def test_a_bu_run_into_its_ka_and_all_ka() -> None:
    """椿森市's 担当課: 「総務部デジタル推進課」 is デジタル推進課; 「全課」「各課」 no 課 of their own (5 and 6 have none), and
    「全課、総務部デジタル推進課」 is デジタル推進課."""
    items = by_code(read(TSUBAKIMORI_TXT, "upload"))
    assert items["1"]["departments"] == ["デジタル推進課"]
    assert items["4"]["departments"] == ["子育て支援課"]
    assert (items["5"]["departments"], items["6"]["departments"]) == ([], [])
    assert items["9"]["departments"] == ["デジタル推進課"]


def test_a_row_cut_by_the_page_break() -> None:
    """鈴鹿野市's 2-3: its 実施内容 goes on after the footer, the running header and the repeated header row, on a row
    whose first three cells are blank and which holds the rest (指標 … 担当課) — one 取組, its indicator and 課."""
    plan = read(SUZUKANO_TXT, "upload")
    assert [i["code"] for i in plan["initiatives"]].count("2-3") == 1
    ai = by_code(plan)["2-3"]
    assert ai["departments"] == ["デジタル政策課"]
    (staff,) = ai["indicators"]
    assert [(a["fy"], a["value"]) for a in staff["actuals"]] == [(2024, 46)]
    assert staff["final_target"]["value"] == 70


def test_kubun_and_hyoka_are_no_initiatives() -> None:
    """鈴鹿野市's 区分 新規 / 継続 / 統合 and 評価 Ａ … Ｄ (the legend, the count table) are no 取組; 3-2's 実績 「－」 none."""
    plan = read(SUZUKANO_TXT, "upload")
    assert len(plan["initiatives"]) == 11
    assert not [
        i
        for i in plan["initiatives"]
        if i["title"] in ("新規", "継続", "統合", "Ａ", "Ｂ", "Ｃ", "Ｄ", "評価")
    ]
    (points,) = by_code(plan)["3-2"]["indicators"]
    assert points["actuals"] == []


def test_a_shisaku_merged_over_its_jigyo() -> None:
    """葉月町: the 施策 cell on the first row of its 事業 only — each 事業 a 取組 (No. 1 … 10), 「統合（旧No.4・5）」 no
    取組 and no figure, 6's 「－」 no indicator, the 単位 column the unit of 現状値 and 目標値."""
    plan = read(HAZUKI_TXT, "upload")
    assert [i["code"] for i in plan["initiatives"]] == [str(n) for n in range(1, 11)]
    items = by_code(plan)
    assert items["6"]["indicators"] == []
    (hours,) = items["5"]["indicators"]
    assert (hours["baseline"]["value"], hours["final_target"]["value"]) == (240, 1500)


def test_a_shokan_line_ends_each_paragraph() -> None:
    """雪代町: each 「（１）」 paragraph's 「【所管】…」 is its 課, its 【指標】 line its indicator, coded 1-1 … 3-3; the 工程表
    apart gives the years to the 取組 it names."""
    plan = read(YUKISHIRO_TXT, "upload")
    items = by_code(plan)
    assert items["1-2"]["departments"] == ["会計室", "住民課"]
    (tourism,) = items["3-3"]["indicators"]
    assert (tourism["baseline"]["value"], tourism["final_target"]["value"]) == (38000, 60000)
    assert sorted({s["fy"] for s in items["3-3"]["schedule"]}) == [2025, 2026, 2027]


def test_diamond_bullets_with_their_tanto() -> None:
    """淡路野町: each 「◆…＜担当：…＞」 is a 取組 titled up to 「＜」, its 課 the ＜担当：…＞ (on the line below for 電子決裁…)."""
    plan = read(AWAJINO_TXT, "upload")
    assert by_title(plan, "窓口のキャッシュレス化")["departments"] == ["会計室", "住民課"]
    assert by_title(plan, "電子決裁・文書管理システムの導入")["departments"] == ["総務課"]
    assert not [i for i in plan["initiatives"] if "計画の" in i["title"]]


@pytest.mark.parametrize("how", RELAYINGS)
@pytest.mark.parametrize("name", TEXTS)
def test_each_text_relaid_reads_as_well_as_uploaded(name: str, how: str) -> None:
    """Each text with its tabs turned to blanks, or with page breaks anywhere: at least what it reads as uploaded."""
    assert_relaid_reads_as_uploaded(unseen32.document(name), name, how, expected(name))


def test_a_migration_plan_of_a_row_a_gyomu() -> None:
    """千歳野市's 移行計画: each 標準化対象業務 row a 取組 (No. 1 … 20), its 所管課 the 課, its 移行時期 a step of that month's
    fiscal year — 「令和７年１月」 FY2024, 「令和７年10月」 FY2025, 「令和８年３月」 FY2025 — and no 取組 in either re-laying."""
    items = by_code(read(CHITOSENO_TXT, "upload"))
    assert list(items) == [str(n) for n in range(1, 21)]
    assert [s["fy"] for s in items["1"]["schedule"]] == [2024]
    assert [s["fy"] for s in items["2"]["schedule"]] == [2025]
    assert [s["fy"] for s in items["20"]["schedule"]] == [2025]
    assert items["19"]["departments"] == ["保育課", "子育て支援課"]


def test_a_heading_at_two_page_edges_is_no_running_header() -> None:
    """雪代町 without its 工程表 (five pages): 「基本方針３　地域のデジタル化」 ends 第２章's page (its list of 基本方針) and
    begins a page of 第３章 — once at a page's foot, once at a page's head, no header or footer; its three 取組 are 3-1 …
    3-3 (first read 2-1 … 2-3 under 基本方針２, the heading dropped as furniture)."""
    lines = unseen32.document(YUKISHIRO_TXT).decode().split("\n")
    cut = max(i for i, line in enumerate(lines) if line.startswith("第４章"))
    plan = parse("\n".join(lines[:cut]).encode(), filename=YUKISHIRO_TXT)
    assert [i["code"] for i in plan["initiatives"]][-3:] == ["3-1", "3-2", "3-3"]
