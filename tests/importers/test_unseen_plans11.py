"""An eleventh batch of plans no reader was written against: plans as text, the way staff paste or extract them
(``other/unseen11.py``) — an outline with ア / (ｱ) 取組 and a 施策 of bullets only, a KPI table copied out of a PDF
viewer a cell a line, a 進捗状況一覧 pasted as tab-separated text, a 総合計画's 施策評価 laid out with spaces, KPIs
written as prose bullets, a Notion page exported as markdown and an A3 工程表 through ``pdftotext -layout`` with
bars drawn in characters — each uploaded as it is and scored with ``scoring.score`` against the plan it states."""

from __future__ import annotations

import pytest

from .other.unseen11 import PERIODS, PLANS, TAKAHA_BUDGET, document, expected
from .scoring import Reached
from .unseen_harness import (
    HIRAGANA_TO_KANJI,
    assert_period,
    assert_reads_as_stated,
    assert_warnings_in,
    text_reader,
)

read = text_reader(document)


#: Below the bar as first measured, with the floor they reach (F1, codes, 担当課, KPI numbers, schedule) and
#: exactly what is missed. 萌木町 (a KPI table copied out of a PDF viewer, a cell a line) is exact. 鷹羽市 was first
#: measured F1 0.615: 取組 numbered 「（ｱ）」 under 基本目標２ after 「ア」 under 基本目標１ and 施策 with no numbered 取組 but
#: their own 担当, ［指標］, ［工程］ were dropped without a warning (now outline._items); 澄川市 (0.818, 1.0, 0.777, 0.555,
#: 1.0): tab-separated text had no quoting, every line break in a cell started a row (now readers/text._quoted_row and
#: _rejoin_broken). Both exact. 星野原村 (Notion markdown) was (1.0, 1.0, 0.0, 1.0, 0.4): 「**担当課**: 住民課, 総務課」 no
#: 担当課, task-list bullets 「- [x] R7：…」 under 「**スケジュール**」 no 工程; now a markdown page's marks are read as marks
#: (readers/text._markdown_line) and a bold label's bullets are its values (_markdown_fields): exact. 夕凪町 was (1.0,
#: 0.0, 1.0, 0.333, 1.0): each ＜目標＞ list one joined indicator, 「令和5年度 25手続 → 令和8年度 60手続 → 令和10年度
#: 100手続」 and 「…を20分（令和5年度）から10分に短縮する（令和10年度）」 unread, and the chapter 「３　取組と目標」 part of
#: the codes; now a bullet an indicator (fields._bulleted), chains of dated values and bracketed years read
#: (common._dated_chain, _FROM_TO_BRACKETED), and numbered chapters only one of which holds 取組 are chapters: exact.
BELOW: dict[str, Reached] = {}


@pytest.mark.parametrize("name", sorted(PLANS))
def test_a_document_reads_as_the_plan_it_states(name: str) -> None:
    assert_reads_as_stated(read(name), expected(name), below=BELOW.get(name), named=PLANS[name][0])


@pytest.mark.parametrize("name", sorted(PLANS))
def test_the_plan_period_is_read(name: str) -> None:
    assert_period(read(name), PERIODS[name])


def test_yearly_budget_lines_are_each_years_amount() -> None:
    """鷹羽市: 「［事業費］R7 4,200千円　R8 3,600千円　R9 3,600千円」 is each year's amount in 千円."""
    plan = read("takaha_outline.txt")
    for code, amounts in TAKAHA_BUDGET.items():
        (found,) = [i for i in plan["initiatives"] if i["code"] == code]
        assert [(b["fy"], b["amount"], b["unit"]) for b in found["budget"]] == [
            (fy, a, "千円") for fy, a in amounts
        ]


def test_a_table_copied_a_cell_a_line_keeps_each_items_grade() -> None:
    """萌木町: the 進捗 of each row is kept, also 「Ｄ」 where the 実績 is 「－」."""
    plan = read("moegi_kpi_viewer.txt")
    grades = {
        i["code"]: [e["text"] for k in i["indicators"] for e in k.get("evaluations", [])]
        for i in plan["initiatives"]
    }
    assert grades["7"] == ["Ｄ"]
    assert grades["2"] == ["Ａ"]


def test_a_grade_before_the_page_mark_is_no_running_header() -> None:
    """萌木町 4: 「Ｂ」 ends the page's last row above 「- 5 -」 (as 8's 「Ｂ」 ends the next page's): it is that row's 進捗,
    not a header or footer of each page (first measured: removed with the warning 「柱（ヘッダー・フッター）「Ｂ」を各ページから
    除きました。」, 4 has no evaluation)."""
    plan = read("moegi_kpi_viewer.txt")
    (item,) = [i for i in plan["initiatives"] if i["code"] == "4"]
    assert [e["text"] for k in item["indicators"] for e in k.get("evaluations", [])] == ["Ｂ"]


@pytest.mark.parametrize("name", sorted(PLANS))
def test_warnings_are_japanese(name: str) -> None:
    assert_warnings_in(read(name), HIRAGANA_TO_KANJI)


def test_an_outline_numbering_its_items_two_ways_and_a_measure_without_items() -> None:
    """鷹羽市: 「（ｱ）ＡＩ・ＲＰＡの活用【担当課：行政改革課】」 under 基本目標２ is an initiative as 「ア　電子申請サービスの拡充」
    under 基本目標１ is; 「（１）デジタルデバイド対策」, with its 主な取組 bullets, 担当 and ［指標］ but no 取組 under it, is one
    itself; bulleted indicators lose their 「・」."""
    plan = read("takaha_outline.txt")
    codes = {i["code"]: i for i in plan["initiatives"]}
    assert codes["2-1-1"]["title"] == "AI・RPAの活用"
    assert codes["2-2-1"]["departments"] == ["人事課", "デジタル推進課"]
    divide = codes["3-1"]
    assert (divide["title"], divide["departments"]) == ("デジタルデバイド対策", ["高齢福祉課", "生涯学習課"])
    assert [k["name"] for k in codes["1-2-1"]["indicators"]] == ["申請書の記入が不要な手続数", "窓口での平均待ち時間"]


def test_tab_separated_cells_with_line_breaks_quoted_or_not() -> None:
    """澄川市: 「"会計課⏎税務課"」 is one cell of two 課; a Word paragraph break inside a cell (1's 実施状況) leaves the
    row whole, its indicator and figures its own."""
    plan = read("sumikawa_shinchoku_tsv.txt")
    codes = {i["code"]: i for i in plan["initiatives"]}
    assert len(codes) == 9
    assert codes["3"]["departments"] == ["会計課", "税務課"]
    assert codes["4"]["title"] == "おくやみ窓口の設置"
    (applications,) = codes["1"]["indicators"]
    assert (applications["name"], applications["baseline"]["value"], applications["final_target"]["value"]) == (
        "電子申請件数",
        2300,
        8000,
    )


def test_a_notion_page_reads_its_bold_labels_and_task_lists() -> None:
    """星野原村: 「**担当課**: 住民課, 総務課」 is the 担当課; the bullets 「- [x] R7：電子申請システムの更新」「- [ ] R8〜R10：
    対象手続の拡大」 under 「**スケジュール**」 are the 工程; no asterisk is left in a summary."""
    plan = read("hoshinohara_notion.md")
    (online,) = [i for i in plan["initiatives"] if i["code"] == "1-1"]
    assert online["departments"] == ["住民課", "総務課"]
    assert [(e["fy"], e["label"]) for e in online["schedule"]] == [
        (2025, "電子申請システムの更新"),
        (2026, "対象手続の拡大"),
        (2027, "対象手続の拡大"),
        (2028, "対象手続の拡大"),
    ]
    assert not any("*" in (i["summary"] or "") for i in plan["initiatives"])


def test_targets_listed_in_prose_bullets() -> None:
    """夕凪町: under 「＜目標＞」 each 「・」 is an indicator — a chain 「令和5年度 25手続 → 令和8年度 60手続 → 令和10年度
    100手続」 (60 on the way), a sentence with each value's year in brackets, 「…を30手続にする（令和８年度）」; a
    target with no figure 「…使えるようにする（令和７年度）」 takes no 7 from its year; codes 1–6, 「３　取組と目標」 a chapter."""
    plan = read("yunagi_prose_bullets.txt")
    codes = {i["code"]: i for i in plan["initiatives"]}
    assert sorted(codes) == ["1", "2", "3", "4", "5", "6"]
    _, procedures = codes["1"]["indicators"]
    assert (procedures["baseline"]["value"], procedures["final_target"]["value"]) == (25, 100)
    assert [(t["fy"], t["value"]) for t in procedures["targets"]] == [(2026, 60), (2028, 100)]
    waiting, forms = codes["2"]["indicators"]
    assert (waiting["baseline"]["fy"], waiting["baseline"]["value"], waiting["final_target"]["value"]) == (2023, 20, 10)
    assert (forms["final_target"]["fy"], forms["final_target"]["value"]) == (2026, 30)
    assert codes["3"]["indicators"][1]["final_target"] is None


def test_a_shisaku_sheet_keeps_its_related_ka_and_its_indicator_names_whole() -> None:
    """翠ヶ丘市 4-2: 「主管課　行政改革課　　　関係課　情報政策課、人事課」 is 行政改革課 in charge, the others working with it;
    「時間外勤務時間（職員1人当たり年間）」 is one name, 130 its target; 「■ 主な事務事業」 is no indicator."""
    (item,) = [i for i in read("suigaoka_shisaku_hyoka.txt")["initiatives"] if i["code"] == "4-2"]
    assert (item["departments"], item["departments_others"]) == (["行政改革課"], ["情報政策課", "人事課"])
    names = [k["name"] for k in item["indicators"]]
    assert names == ["ＲＰＡ等による業務削減時間", "電子決裁率", "時間外勤務時間（職員1人当たり年間）"]
    assert item["indicators"][2]["final_target"]["value"] == 130


def test_bars_drawn_in_characters_cover_the_years_they_reach() -> None:
    """桂木市: 「対象手続の拡大━━━…→」 from 令和７年度 to 令和10年度 is four years; 「本庁窓口━━━→」 into 令和８年度 then
    「◆公共施設へ」 under 令和10年度 is 2025, 2026 and 2028; 「構築━━→ 運用━━━→」 from 令和８年度 is 2026–2028."""
    plan = read("katsuragi_kouteihyou_layout.txt")
    years = {i["code"]: [e["fy"] for e in i["schedule"]] for i in plan["initiatives"]}
    assert years["1"] == [2025, 2026, 2027, 2028]
    assert years["3"] == [2026, 2027, 2028]
    assert years["4"] == [2025, 2026, 2028]
    assert years["6"] == [2025, 2026]
