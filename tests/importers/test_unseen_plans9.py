"""A ninth batch of plans no reader was written against: a 総合計画's 施策評価, a two-column Word table through
``pdftotext``, a ロードマップ by quarters, a plan in です・ます prose, a KPI workbook of three rows an indicator,
a CSV with a line of units under its header and a 1.1.1 outline with ★ and footnotes (``other/unseen9.py``),
each uploaded as it is and scored with ``scoring.score`` against the plan it states."""

from __future__ import annotations

from typing import Any

import pytest

from shinchoku.importers import parse

from .other.unseen9 import PLANS, document, expected
from .scoring import Reached, by_title
from .unseen_harness import assert_reads_as_stated, text_reader

read = text_reader(document)


#: Below the bar as first measured, with the floor they reach (F1, codes, 担当課, KPI numbers, schedule) and
#: exactly what is missed. Every document is below it. 藍川市 (two-column Word table through plain pdftotext) was
#: first measured (1.0, 1.0, 1.0, 0.8, 1.0): the right column's lines interleaved with the left's, a wrapped 取組名
#: lost its second line to the 内容, a 内容 line after 【指標】 started a second indicator, and the running header
#: was the 工程 label of the item above it; now the columns are put apart (cards.interleaved_columns) and the
#: header is furniture (a page's number and its form feed are one page break, text._page_breaks).
BELOW: dict[str, Reached] = {}
# 水城町's ロードマップ was first measured (1.0, 1.0, 1.0, 1.0, 0.25): the quarter columns 「R7.4-6」…「R8.1-3」 read as
# whole years by their R; now a quarter is the half of its fiscal year it falls in (labels._quarter), and a bar
# merged and painted without text covers each year it spans (readers/xlsx.py).


@pytest.mark.parametrize("name", sorted(PLANS))
def test_a_document_reads_as_the_plan_it_states(name: str) -> None:
    assert_reads_as_stated(read(name), expected(name), below=BELOW.get(name), named=PLANS[name][0])


def _indicator(plan: dict[str, Any], name: str) -> dict[str, Any]:
    indicators = [i for initiative in plan["initiatives"] for i in initiative["indicators"]]
    (found,) = [i for i in indicators if i["name"] == name]
    return found


def test_a_policy_evaluations_table_gives_each_years_actual() -> None:
    """東峰市: 「指標名 | 単位 | 策定時（R2） | R4実績 | R5実績 | R6実績 | R7目標 | 達成度」: 策定時 the 2020 baseline, each
    実績 column its year's actual, R7目標 the final target of 2025 (no yearly target), a 策定時 「－」 no baseline and
    a 実績 「集計中」 no figure."""
    plan = read("higashimine_shisaku_hyoka.txt")
    online = _indicator(plan, "オンラインで申請できる手続数")
    assert (online["unit"], online["baseline"]["fy"], online["baseline"]["value"]) == ("手続", 2020, 18)
    assert [(a["fy"], a["value"]) for a in online["actuals"]] == [(2022, 64), (2023, 97), (2024, 142)]
    assert (online["final_target"]["fy"], online["final_target"]["value"]) == (2025, 200)
    assert online["targets"] == []
    assert _indicator(plan, "授業でICTを毎日活用する児童生徒の割合")["baseline"] is None
    app = _indicator(plan, "子育てアプリの登録者数")
    assert [(a["fy"], a["value"], a["text"]) for a in app["actuals"]][-1] == (2024, None, "集計中")
    assert plan["plan"]["period"] == {"start_fy": 2021, "end_fy": 2025}


def test_prose_paragraphs_close_with_their_department_in_parentheses() -> None:
    """稲穂町: 「（１）役場に来なくても手続ができるようにします」 under 「１　町民の暮らしを便利にする取組」 is 1-1, its
    paragraphs its summary, 「（所管：税務課、会計課）」 after them its 担当課; 第１章, 第２章 and 第４章 (with figures of
    their own) give no initiative."""
    plan = read("inaho_prose.txt")
    codes = [i["code"] for i in plan["initiatives"]]
    assert codes == [f"{n}-{m}" for n in (1, 2) for m in (1, 2, 3, 4)]
    cashless = by_title(plan, "キャッシュレスで納められる")
    assert cashless["departments"] == ["税務課", "会計課"]
    assert cashless["summary"].startswith("現在、町税の納付は金融機関の窓口と口座振替が中心です。")
    assert "所管" not in cashless["summary"]
    sections = {s["key"]: s["title"] for s in plan["sections"]}
    assert sections[by_title(plan, "紙の書類を減らします")["section"]] == "役場の仕事を変える取組"
    assert plan["plan"]["period"] == {"start_fy": 2024, "end_fy": 2027}


def test_a_target_sentence_with_its_figure_before_its_name() -> None:
    """稲穂町 2-2: 「令和９年度には年間2,000時間の作業時間を削減することを目指します。」 is a second indicator, the
    hours cut its target (the more the better), after 「自動化する業務を令和５年度の３業務から…20業務に」."""
    tasks, hours = by_title(read("inaho_prose.txt"), "決まった作業を自動化します")["indicators"]
    assert (tasks["baseline"]["value"], tasks["final_target"]["value"]) == (3, 20)
    assert (hours["name"], hours["unit"], hours["direction"]) == ("作業時間の削減", "時間", "increase")
    assert (hours["final_target"]["fy"], hours["final_target"]["value"]) == (2027, 2000)


def test_a_roadmaps_halves_and_whole_years() -> None:
    """水城町: 「上期」「下期」 under 「令和８年度」 are 2026's halves, each cell its step (a ▲ milestone too);
    令和９年度 and 令和10年度 whole years; 「会計室・税務課」 two 課; section rows 「１　暮らしのDX」 are sections."""
    plan = read("mizuki_roadmap.xlsx")
    assert [(e["fy"], e["half"], e["label"]) for e in by_title(plan, "電子決裁の導入")["schedule"]] == [
        (2026, 1, "▲試行"),
        (2026, 2, "全庁展開"),
    ]
    assert [(e["fy"], e["half"], e["label"]) for e in by_title(plan, "職員のテレワーク")["schedule"]] == [
        (2027, None, "試行"),
        (2028, None, "▲本格実施"),
    ]
    assert [(e["fy"], e["half"]) for e in by_title(plan, "町公式LINEの機能拡充")["schedule"]] == [
        (2026, 1),
        (2026, 2),
        (2027, None),
    ]
    assert by_title(plan, "窓口キャッシュレス決済の導入")["departments"] == ["会計室", "税務課"]
    assert [s["title"] for s in plan["sections"]] == ["暮らしのDX", "役場のDX", "地域のDX"]


def test_values_labelled_without_a_colon_footnotes_and_a_star() -> None:
    """織部市 (first measured KPI 0, schedule 0.857): 「現状値　135手続（令和5年度）　目標値　400手続（令和11年度）」 is a
    baseline and a final target, 「現状値　－（令和7年度開始）」 no baseline figure; the footnotes 「※1　成果指標：…」 at a
    page's foot belong to no item; 「★」 opening a title is its mark."""
    plan = parse(document("oribe_juten_footnotes.txt"), filename="oribe_juten_footnotes.txt")
    online = by_title(plan, "電子申請の対象手続の拡大")
    assert online["marks"] == ["★"]
    (count,) = online["indicators"]
    assert (count["baseline"]["fy"], count["baseline"]["value"]) == (2023, 135)
    assert (count["final_target"]["fy"], count["final_target"]["value"]) == (2029, 400)
    (booking,) = by_title(plan, "公共施設予約のオンライン化")["indicators"]  # no ※1 / ※2 indicators
    assert booking["name"] == "施設予約に占めるオンライン予約の割合"
    (kind,) = by_title(plan, "おくやみコーナーの設置")["indicators"]
    assert kind["baseline"] is None or kind["baseline"]["value"] is None  # 「－（令和7年度開始）」: none yet
    assert (kind["final_target"]["fy"], kind["final_target"]["value"]) == (2029, 90)


def test_a_target_stated_in_the_prose_is_the_items_indicator() -> None:
    """稲穂町: 「電子決裁の割合を、令和５年度の15％から令和７年度に50％、令和９年度には90％に高めます。」 is the item's
    indicator, its baseline, its target on the way and its final target."""
    (rate,) = by_title(read("inaho_prose.txt"), "紙の書類を減らします")["indicators"]
    assert rate["name"] == "電子決裁の割合"
    assert (rate["baseline"]["fy"], rate["baseline"]["value"]) == (2023, 15)
    assert [(t["fy"], t["value"]) for t in rate["targets"]] == [(2025, 50), (2027, 90)]
    assert (rate["final_target"]["fy"], rate["final_target"]["value"], rate["unit"]) == (2027, 90, "%")


def test_numbered_sections_of_an_evaluation_sheet_are_its_items() -> None:
    """東峰市 (first measured F1 0: the only initiatives were the two 政策 headings): each 「施策 | 5-1 | 行政手続の
    オンライン化」 is an item, its 主管課 the 担当課, its 関係課 kept apart, its 成果指標 its indicators."""
    plan = read("higashimine_shisaku_hyoka.txt")
    online = by_title(plan, "行政手続のオンライン化")
    assert (online["code"], online["departments"]) == ("5-1", ["デジタル推進課"])
    assert online["departments_others"] == ["市民課", "税務課", "こども家庭課"]
    assert [i["name"] for i in online["indicators"]] == [
        "オンラインで申請できる手続数",
        "電子申請の年間利用件数",
    ]


def test_a_roadmaps_quarters_are_the_halves_of_their_fiscal_years() -> None:
    """水城町: 「R7.4-6」「R7.7-9」 under 「令和７年度」 are its first half, 「R7.10-12」「R8.1-3」 its second (January to
    March end the fiscal year before), as 上期 and 下期 under 「令和８年度」 are 2026's."""
    schedule = by_title(read("mizuki_roadmap.xlsx"), "電子申請")["schedule"]
    assert [(e["fy"], e["half"], e["label"]) for e in schedule] == [
        (2025, 1, "検討"),
        (2025, 2, "構築"),
        (2026, 1, "▲受付開始"),
        (2026, 2, "運用・対象拡大"),
        (2027, None, "運用・対象拡大"),
        (2028, None, "運用・対象拡大"),
    ]


def test_value_columns_named_by_their_indicator_and_a_row_of_units() -> None:
    """音羽町 (first measured KPI 0): 「手続数・基準値(R5) | 手続数・実績値(R6) | 手続数・目標値(R9) | 利用率・…」 are the
    values of two indicators, 手続数 and 利用率, and the line 「,,,,手続,手続,手続,％,％,％,」 under the header their
    units, no row of the plan."""
    plan = read("otowa_kpi_units.csv")
    count, rate = by_title(plan, "子育て分野の手続のオンライン化")["indicators"]
    assert (count["name"], count["unit"], count["baseline"]["value"], count["final_target"]["value"]) == (
        "手続数",
        "手続",
        8,
        25,
    )
    assert (rate["name"], rate["unit"], [(a["fy"], a["value"]) for a in rate["actuals"]]) == (
        "利用率",
        "%",
        [(2024, 21.0)],
    )
    assert not any("取組名がなく" in w["message"] for w in plan["warnings"])


def test_three_rows_an_indicator_under_the_years_are_its_targets_actuals_and_rates() -> None:
    """岬台市 (first measured KPI 0, read as the template with 「区分」 its 国 / 市): under 令和6年度 … 令和9年度 the
    「目標」 row is each year's target, the 「実績」 row the actual, the 「達成率」 row the rate — no 工程."""
    plan = read("misakidai_kpi_rows.xlsx")
    assert plan["plan"]["source"]["layout"] == "generic"
    item = by_title(plan, "電子申請の利用促進")
    count = item["indicators"][0]
    assert [(t["fy"], t["value"]) for t in count["targets"]] == [
        (2024, 7000),
        (2025, 9000),
        (2026, 11000),
        (2027, 13000),
    ]
    assert [(a["fy"], a["value"]) for a in count["actuals"]] == [(2024, 7420)]
    assert [(r["fy"], r["value"]) for r in count["achievement_rates"]] == [(2024, 106.0)]
    assert item["schedule"] == []


def test_a_two_column_card_through_plain_pdftotext_puts_its_columns_apart() -> None:
    """藍川市: 「【取組名】マイナンバーカードを活」 and 「用した証明書のコンビニ交付」 are one title, the right column's
    lines between them its 内容, whole; the running header after each form feed is no 工程 label."""
    plan = read("aikawa_two_columns.txt")
    card = by_title(plan, "マイナンバーカードを活用した証明書のコンビニ交付")
    assert card["code"] == "1-2"
    assert card["summary"] == (
        "住民票の写しや印鑑登録証明書などを、全国のコンビニエンスストアで取得できることを広く周知します。"
        "令和７年度からは戸籍証明書も対象とします。"
    )
    (rate,) = card["indicators"]
    assert (rate["name"], rate["baseline"]["value"], rate["final_target"]["value"]) == ("証明書のコンビニ交付率", 9.8, 30)
    assert {e["label"] for e in card["schedule"]} == {"実施"}
    messages = " ".join(w["message"] for w in plan["warnings"])
    assert "藍川市DX推進計画\u3000第４章\u3000取組の内容" in messages


def test_a_bar_merged_and_painted_without_text_covers_its_years() -> None:
    """水城町 8: one merged cell painted from 「R7.4-6」 to 令和10年度, no word in it, is the 工程 of every slot it spans."""
    schedule = by_title(read("mizuki_roadmap.xlsx"), "AI-OCR・RPAの活用")["schedule"]
    assert [(e["fy"], e["half"]) for e in schedule] == [
        (2025, 1),
        (2025, 2),
        (2026, 1),
        (2026, 2),
        (2027, None),
        (2028, None),
    ]
