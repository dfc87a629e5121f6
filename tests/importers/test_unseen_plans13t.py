"""A thirteenth batch of plans no reader was written against, as text extracted from their PDFs
(``other/unseen13t.py``) — 進捗状況一覧 tables (a header over two lines and wrapped cells; 西暦 years with 順調 /
概ね順調 / 遅れ), KPI lists (cells separated by full-width spaces; both years' actuals in one cell 「R5:24手続　R6:38手続」),
numbered outlines (基本目標 > （１） > ①【担当課：…】 with CRLF line ends; Ⅰ > Ⅰ-1 > (ア) with 「総務課（情報係）」;
1-1-1 blocks with a small ［工程］ table and 「R6.3末」 years) and a 工程表 of 「実施」「●」「→」「検討・準備」 — each
uploaded as it is and scored with ``scoring.score`` against the plan it states."""

from __future__ import annotations

from functools import cache
from typing import Any, cast

import pytest

from shinchoku.importers import parse

from .other.unseen13t import (
    NANASE_GRADES,
    NISHIKIGAOKA_GRADES,
    PERIODS,
    PLANS,
    TAKANOMORI_MARKS,
    WAKASHIO_GRADES,
    document,
    expected,
)
from .scoring import Reached, assert_at_least, score
from .test_unseen_plans4 import assert_exact


@cache
def read(name: str) -> dict[str, Any]:
    return cast(dict[str, Any], parse(document(name), filename=name))


#: Below the bar as first measured (F1, codes, 担当課, KPI numbers, schedule), with exactly what is misread.
#: 鷹ノ森市 (outline with CRLF, 【新規】【拡充】, a 【再掲】) and 七瀬市 (西暦, 順調/概ね順調/遅れ, 課（係）) are exact.
BELOW: dict[str, Reached] = {
    # 錦ヶ丘市: a 取組名 wrapped onto a continuation row of its own is cut and the rest made an initiative: 3 stated
    # 「マイナンバーカードを活用した行政サービスの拡充」, read 「マイナンバーカードを活用した」 and an extra initiative
    # 「行政サービスの拡充」 (no code, no 担当課, its indicator 「サービスの数」 the rest of 3's wrapped 指標); 6 stated
    # 「公共施設予約システムの導入」, read 「公共施設予約システムの」 and an extra 「導入」 (P 15/17).
    "nishikigaoka_shinchoku_ichiran.txt": (0.937, 1.0, 1.0, 1.0, 1.0),
    # 若潮市 (cells separated by full-width spaces): rows 3 and 6, whose 基準・目標・実績 cells carry a word before the
    # figure, are not split into columns: 3 stated 担当課 市民課, 目標 「前年度比90％」 (R9), 実績 96 (R5) / 93 (R6), read
    # no 担当課 and one indicator named 「窓口来庁者数の前年度比 市民生活部市民課 ― 前年度比90％ 前年度比96％ 前年度比93％」
    # without figures; 6 stated 高齢福祉課, 「累計250人」 (R4), 「累計1,500人」 (R9), 「累計520人」 (R5), 「累計860人」 (R6),
    # read likewise as one indicator name without figures and no 担当課.
    "wakashio_kpi_zenkaku.txt": (1.0, 1.0, 0.833, 0.833, 1.0),
    # 浜風町: every code wrong: Ⅰ > Ⅰ-1 > (ア) stated 1-1-1 (Ⅰ-2's (ア) 1-2-1, Ⅱ-2's (ア) 2-2-1), read 1-1, 1-2, 1-3
    # numbered on under Ⅰ and again from 1-1 under Ⅰ-2 (duplicate codes 1-1, 1-2, 2-1); the headings 「Ⅰ　便利で暮らしやすい町」
    # are lost and 「Ⅰ-1　手続の利便性向上」 read as section Ⅰ titled 「-1 手続の利便性向上」, Ⅰ-2's items put under it.
    "hamakaze_cho_kakari.txt": (1.0, 0.0, 1.0, 1.0, 1.0),
    # 真砂市: 1-1-3 stated 「マイナンバーカードを利用した手続の拡大」 (wrapped in its cell), read 「マイナンバーカードを
    # 利用した」 and an extra initiative 「手続の拡大」 (P 15/16); 3-1-1's wrapped 指標 read as two indicators (not scored).
    "masago_kouteihyou_nendo.txt": (0.967, 1.0, 1.0, 1.0, 1.0),
    # 夕霧町: of the 実績 cell 「R5:24手続　R6:38手続」 only the first is read: every R6 actual lost (1–4, 6–8, 10, 11:
    # 1 stated 24 (2023) and 38 (2024), read 24 (2023)); 5's 「R5:―　R6:1,350件」 read as 1,350 in 2023 (stated 2024); only 9
    # (「R5:320時間　R6:未集計」) right.
    "yugiri_cho_kpi_jisseki.txt": (1.0, 1.0, 1.0, 0.09, 1.0),
    # 野分市: 「基準値：112手続（R6.3末）　目標値：300手続（R11.3末）」 — March 2024 is the end of 令和５年度 (the plan says so:
    # 「基準値をR6.3末（令和５年度末）」) — read as fy 2024 and fy 2029 for every one of the twelve 取組 (1-1-1 stated
    # baseline 112 in 2023 and final target 300 in 2028, read 112 in 2024 and 300 in 2029).
    "nowaki_outline_kotei.txt": (1.0, 1.0, 1.0, 0.0, 1.0),
}


@pytest.mark.parametrize("name", sorted(PLANS))
def test_a_document_reads_as_the_plan_it_states(name: str) -> None:
    plan = read(name)
    found = score(plan, expected(name))
    assert plan["municipality"]["name"] == PLANS[name][0]
    if name in BELOW:
        assert_at_least(found, BELOW[name])
        return
    assert_exact(found)


@pytest.mark.parametrize("name", sorted(PLANS))
def test_the_plan_period_is_read(name: str) -> None:
    period = read(name)["plan"]["period"]
    assert (period["start_fy"], period["end_fy"]) == PERIODS[name]


@pytest.mark.parametrize("name", sorted(PLANS))
def test_warnings_are_japanese(name: str) -> None:
    for warning in read(name)["warnings"]:
        assert any("\u3040" <= ch <= "\u9fff" for ch in warning["message"]), warning


def _codes(name: str) -> dict[str, dict[str, Any]]:
    return {i["code"]: i for i in read(name)["initiatives"] if i.get("code")}


def _grades(name: str) -> dict[str, list[str]]:
    return {
        code: [e["text"] for k in i["indicators"] for e in k.get("evaluations") or []]
        for code, i in _codes(name).items()
    }


@pytest.mark.parametrize(
    ("name", "stated"),
    [
        ("nishikigaoka_shinchoku_ichiran.txt", NISHIKIGAOKA_GRADES),
        ("nanase_seireki_hyoka.txt", NANASE_GRADES),
        ("wakashio_kpi_zenkaku.txt", WAKASHIO_GRADES),
    ],
)
def test_each_grade_is_its_initiatives_evaluation(name: str, stated: dict[str, str]) -> None:
    """◎○△×, 順調/概ね順調/遅れ and Ａ–Ｄ are each 取組's evaluation; 「―」 (not evaluated) is none."""
    grades = _grades(name)
    for code, grade in stated.items():
        assert grades[code][:1] == ([] if grade == "―" else [grade]), code


def test_a_repost_and_the_marks_after_a_title() -> None:
    """鷹ノ森市: 「②　デジタル人材の育成【再掲】【担当課：人事課】」 is 3-2-2, a repost of 2-2-1; 【新規】【拡充】 are marks."""
    codes = _codes("takanomori_outline_crlf.txt")
    assert codes["3-2-2"]["repost_of"] == "2-2-1"
    assert {c: i["marks"] for c, i in codes.items() if i["marks"] and c != "3-2-2"} == {
        c: [m] for c, m in TAKANOMORI_MARKS.items()
    }
    assert all("【" not in i["title"] and "\r" not in i["title"] for i in codes.values())


def test_an_approximate_figure_and_a_share_in_wari_keep_their_units() -> None:
    """錦ヶ丘市 2 「約1.2万件」 is 1.2 万件; 若潮市 4 「3割」 is 3 割."""
    (windows,) = _codes("nishikigaoka_shinchoku_ichiran.txt")["2"]["indicators"]
    assert (windows["unit"], windows["actuals"][0]["value"]) == ("万件", 1.2)
    (cashless,) = _codes("wakashio_kpi_zenkaku.txt")["4"]["indicators"]
    assert (cashless["unit"], cashless["baseline"]["value"]) == ("割", 3)


def test_the_budget_line_of_an_outline() -> None:
    """鷹ノ森市 「［事業費］令和6年度　12,400千円」 and 野分市 「［事業費］R8：2,700千円」 are one year's budget each."""
    taka = _codes("takanomori_outline_crlf.txt")
    assert [(b["fy"], b["amount"], b["unit"]) for b in taka["1-1-1"]["budget"]] == [(2024, 12400, "千円")]
    nowaki = _codes("nowaki_outline_kotei.txt")
    assert [(b["fy"], b["amount"]) for b in nowaki["1-1-2"]["budget"]] == [(2026, 2700)]


@pytest.mark.xfail(strict=True, reason="first measured: only the first year of a budget line is read")
def test_a_budget_line_of_two_years() -> None:
    """野分市 「［事業費］R7：5,200千円　R8：4,800千円」 is 5,200 in 2025 and 4,800 in 2026 (read: 2025 alone)."""
    nowaki = _codes("nowaki_outline_kotei.txt")
    assert [(b["fy"], b["amount"]) for b in nowaki["1-1-1"]["budget"]] == [(2025, 5200), (2026, 4800)]
    assert [(b["fy"], b["amount"]) for b in nowaki["2-1-1"]["budget"]] == [(2025, 142000), (2026, 38000)]


@pytest.mark.xfail(
    strict=True, reason="first measured: the continuation row of a wrapped 指標 is read as a second indicator"
)
def test_a_wrapped_indicator_name_is_one_indicator() -> None:
    """錦ヶ丘市 15 「標的型攻撃メール訓練における / 開封率」 and 真砂市 3-1-1 「避難所の開設状況をオンラインで / 公開している
    避難所の割合」, each wrapped onto a row of its own, are one indicator."""
    (phishing,) = _codes("nishikigaoka_shinchoku_ichiran.txt")["15"]["indicators"]
    assert phishing["name"] == "標的型攻撃メール訓練における開封率"
    (shelters,) = _codes("masago_kouteihyou_nendo.txt")["3-1-1"]["indicators"]
    assert shelters["name"] == "避難所の開設状況をオンラインで公開している避難所の割合"


@pytest.mark.xfail(
    strict=True, reason="first measured: 「Ⅰ-1　手続の利便性向上」 is read as section Ⅰ, Ⅰ itself lost"
)
def test_roman_numbered_sections_and_their_sub_sections() -> None:
    """浜風町: Ⅰ 便利で暮らしやすい町 > Ⅰ-1 手続の利便性向上 / Ⅰ-2 情報発信の充実; Ⅰ-2's (ア) is in Ⅰ-2."""
    plan = read("hamakaze_cho_kakari.txt")
    titles = [s["title"] for s in plan["sections"]]
    assert titles[:3] == ["便利で暮らしやすい町", "手続の利便性向上", "情報発信の充実"]
    keys = {s["key"]: s["title"] for s in plan["sections"]}
    (homepage,) = [i for i in plan["initiatives"] if i["title"] == "町ホームページの再構築"]
    assert keys[homepage["section"]] == "情報発信の充実"
