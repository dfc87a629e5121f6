"""A thirty-first batch of plans no reader was written against (``other/unseen31.py``, texts in ``other/plans31/``), as
the seed plans' extraction tool gives a PDF's text: 白峰県's plan for the 県 itself (a 担当部局 column 「総務部 情報政策課」,
a 工程表 apart), 萱野町's 情報化計画 (「○」 / 「→」 under R6 … R8, 取組名 and 所管 wrapped onto rows of their own, the KPI in a
数値目標 table apart naming its 取組), 菱川市's 進捗状況報告書 (a 目標値 row and a 実績値 row per indicator), 芙蓉台市's 中間評価
as markdown pipe tables (◎ ○ △ ×, 拡充 / 継続 / 見直し / 廃止), 杉森市's 手順書 plan (重点取組事項 １ … ７, 「現状値（R5）：…／
目標値（R9）：…」 on one line, 「スケジュール：R6 検討 → R7 構築 → R8～R9 運用」), 楡木町's 行政改革大綱 実施計画 (Ⅰ > １． > a
table of ①, 数値目標 for some 取組 only, 効果額), 笹倉市's 取組一覧 (every wrapped cell line a row of its own) and 柊野市's
アクションプラン (【年度別計画】 a line a year or span, 「令和８年度以降」). Each is scored with ``scoring.score`` against the plan
it states."""

from __future__ import annotations

import pytest

from shinchoku.importers import parse

from .other import unseen31
from .other.unseen31 import (
    FUYODAI_TXT,
    HIIRAGINO_TXT,
    HISHIKAWA_TXT,
    KAYANO_TXT,
    NIREGI_TXT,
    SHIRAMINE_TXT,
    TEXTS,
    expected,
)
from .scoring import Reached, by_title
from .unseen_harness import RELAYINGS, Batch, assert_relaid_reads_as_uploaded, batch_readings, by_code

#: (document, how): each text read as uploaded.
read, VARIANTS = batch_readings(unseen31)


#: Exact when first measured: 菱川市 (each 目標値 row's R5 … R9 that year's target, the 実績値 row below it each year's
#: actual, 5's four rows two indicators), 芙蓉台市 (the pipe tables, 「<br>」 in headers and 担当課, the bold 基本方針 rows
#: no 取組, ◎ ○ △ × and 拡充 … 廃止 no figure, 3-3 廃止 still a 取組) and 杉森市 (「８」「９」 of 第５章 going on from 第４章's
#: 「１」 … 「７」, 「現状値（R5）：－／目標値（R9）：70％」 a final target without a baseline).
#: Exact since (first measured short of exact, above the bar):
#: - 白峰県 (担当課 13/14: 4 「知事公室 広報課」 was read as two 課 ['知事公室', '広報課']): a 室 of 部局 rank (知事公室, 知事室, as
#:   a 市's 市長室 and 市長公室) before a 課 in one cell is where the 課 sits, as 「総務部 情報政策課」 is (``text.without_parents``);
#: - 楡木町 (codes 0/14: each 取組 was coded the table's 「①」「②」「③」 alone, seven coded '1'): a heading numbered otherwise
#:   under 「Ⅰ」 (「１．行政手続のオンライン化と窓口改革」) is a section of its own over the tables that follow
#:   (``tables._outer_headings``), so ① restarting under each is qualified by its sections' numbers, 「Ⅰ」 counting as 1
#:   (``generic._restarted_numbers``): 1-1-1 … 3-2-2. The municipality too (see MISNAMED);
#: - 柊野市 (KPI 7/8: 1-4's 「オンライン相談の件数（年間）　－（令和５年度）→３００件（令和９年度）」 was read as an indicator named
#:   「オンライン相談の件数(年間) -( )→」 whose final target was (2023, 300)): a 【目標】 line whose baseline is 「－」 before
#:   the arrow is a whole indicator (``fields``, ``common.baseline_unmeasured``), its target (2027, 300), no baseline.
#: - 萱野町 (first below, see BELOW's note; then 担当課 9/10): 「教育委員会」 over 「学校教育課」 on the row continuing 小中学校のＩＣＴ
#:   教育's is the 課 where it sits, as the two lines in one cell are (``tables._add_under_parent``).
#: Short of exact yet above the bar: none.
FLOORS: dict[tuple[str, str], Reached] = {}

#: Below the bar as first measured (F1, codes, 担当課, KPI numbers, schedule):
#: - 萱野町 (F1 0.73 — P 8/12, R 8/10; 担当課 0.875, KPI 0; schedule exact): a 取組名 wrapped onto the next row with text in
#:   its 取組 cell is a 取組 of its own: 「キャッシュレス決済の」 (会計室, R7–R8) and 「導入」 (住民課 — the 所管 「会計室、」 /
#:   「住民課」 split between them, no schedule), 「電子決裁・文書管理」 (総務課, R7–R8) and 「システムの導入」 (no 課, no
#:   schedule); a continuation row whose 取組 cell is blank is joined right (会議のペーパーレス化 ['総務課', '議会事務局']).
#:   小中学校のＩＣＴ教育's 「教育委員会」 / 「学校教育課」 (the 課 with its 教育委員会, wrapped) is two 課 ['教育委員会',
#:   '学校教育課']. No indicator is read at all: the ５ 数値目標 table 「指標 | 関連する取組 | 現状値（R5） | 目標値（R8）」,
#:   each row naming its 取組 in 関連する取組, is dropped without a warning (neither 取組 nor indicators of the 取組 named).
#:   Above the bar since (担当課 0.9, the rest exact): a row of text under one whose cell stops short (「キャッシュレス決済の」
#:   over 「導入」, 「会計室、」 over 「住民課」) or its 取組名 alone under a row with 内容 and 所管 is the rest of that row in a
#:   table without numbers too (``tables._rest_of_above``), and a table of indicators with a 関連する取組 column gives each
#:   row's indicator to the 取組 it names (``TableReader.related_indicators``; a name no 取組 has is said in a warning).
#:   Exact since (see above).
#: - 笹倉市 (F1 0.58 — P 9/22; 担当課 0.56, schedule 0.67; codes and KPI figures exact): every continuation row of the
#:   table (blank No. cell, a wrapped line in each other cell) is a 取組 of its own, code None, titled with the line's
#:   fragment (「拡充」「口の導入」「レス決済の」「導入」「アプリの運」「用」「Ａの活用」「推進」「ステムの標」「準化」「ォン教室の」「開催」
#:   「ート化支援」: 13 extra), its 担当課 fragment as its 課 (「進課」, 「課」, ['進課', '市民'], ['課', '税務課']), its 成果指標
#:   fragment as an indicator of no figure (「きる手続数」, unit ''), its 実施期間 line 「R10」「R8」「R7」 a step of that year.
#:   The numbered rows keep only their first line: titles 「電子申請の」「書かない窓」「キャッシュ」… (matched by code: see
#:   MISTITLED), 担当課 「デジタル推」 (1, 7), 「こども家庭」 (4); units lost (「45」 over 「手続」: unit ''); 「R6～」 on the
#:   first line read as R6 to the plan's end, so 3 (「R6～」 / 「R8」) and 6, 7 (「R6～」 / 「R7」) run 2024–2028.
#:   The 現状値 / 目標値 figures and their years (the header's second row 「(R5)」 「(R10)」) are read right.
#:   Exact since: a row without a number under a numbered one, each of its cells the rest of the cell above — a unit
#:   under its figure (「45」 over 「手続」), a span's end under its open start (「R6～」 over 「R10」), text under text —
#:   is joined to it (``tables._units_wrapped``; rows of text alone were joined already, ``TableReader.wraps_above``),
#:   and a 課's rest with a 課 more (「市民」 over 「課、税務課」) is two 課.
BELOW: dict[tuple[str, str], Reached] = {}

#: The municipality read otherwise: none. 楡木町 was named after its file (「niregi_gyokaku_roman_maru」, with a warning):
#: the cover's 「第３次楡木町行政改革大綱」 names no 計画 and spaces 「実 施 計 画」 and 「楡 木 町」 letter by letter (the plan's
#: title was read as 「計画期間　令和６年度～令和９年度」). Named since: a cover's line spaced letter by letter is the word it
#: spells (``titles.letters_together``) — 「楡木町」 a line of the name alone, 「第３次楡木町行政改革大綱」 over 「実施計画」 the
#: title.
MISNAMED: set[tuple[str, str]] = set()
#: Initiatives matched by code read under another title: none (笹倉市 first: 1 … 9 titled with their first wrapped line).
MISTITLED: set[tuple[str, str]] = set()

BATCH = Batch.of(
    unseen31,
    read,
    VARIANTS,
    floors=FLOORS,
    below=BELOW,
    misnamed=MISNAMED,
    mistitled=MISTITLED,
)
BATCH.bind(globals())


def test_a_target_row_and_an_actual_row_per_indicator() -> None:
    """菱川市: each indicator's 目標値 row (with the 基準値) and the 実績値 row under it are one indicator — 5 two of them
    (four rows) — and 8's 「－」 no actual of R6."""
    items = by_code(read(HISHIKAWA_TXT, "upload"))
    assert [len(items[c]["indicators"]) for c in ("1", "5", "8")] == [1, 2, 1]
    hours, tasks = items["5"]["indicators"]
    assert [(a["fy"], a["value"]) for a in hours["actuals"]] == [(2023, 3400), (2024, 6100)]
    assert [(t["fy"], t["value"]) for t in tasks["targets"]] == [
        (2023, 18),
        (2024, 30),
        (2025, 40),
        (2026, 45),
        (2027, 50),
    ]
    assert [(a["fy"], a["value"]) for a in items["8"]["indicators"][0]["actuals"]] == [(2023, 58)]


def test_figures_under_the_years_are_no_empty_schedule() -> None:
    """菱川市's R5 … R9 columns hold the 目標値 and 実績値 rows' figures: each year's values, no 工程表 whose years were drawn
    in fills — no warning that the years hold no words (first read: 「工程表の年度の欄に文字がありません…」 all the same)."""
    plan = read(HISHIKAWA_TXT, "upload")
    assert not [w for w in plan["warnings"] if "工程表の年度の欄" in w["message"]]


def test_a_bukyoku_before_its_ka_is_no_ka() -> None:
    """白峰県's 担当部局 「総務部 情報政策課」「会計局 会計管理課、総務部 情報政策課」「教育庁 高校教育課」: the 課 alone."""
    items = by_code(read(SHIRAMINE_TXT, "upload"))
    assert items["1"]["departments"] == ["情報政策課"]
    assert items["2"]["departments"] == ["会計管理課", "情報政策課"]
    assert items["12"]["departments"] == ["高校教育課"]
    assert not [d for i in items.values() for d in i["departments"] if d.endswith(("部", "局", "庁"))]


def test_a_chiji_koshitsu_before_its_ka_is_no_ka() -> None:
    """白峰県's 4 「知事公室 広報課」: 知事公室 is the 部局, the 課 is 広報課 (first read: two 課)."""
    assert by_code(read(SHIRAMINE_TXT, "upload"))["4"]["departments"] == ["広報課"]


def test_indicators_in_a_table_apart_are_their_initiatives() -> None:
    """萱野町's ５ 数値目標: each row's indicator is the 取組 its 関連する取組 names (電子申請の拡充: 5 → 40 手続)."""
    application = by_title(read(KAYANO_TXT, "upload"), "電子申請の拡充")
    (indicator,) = application["indicators"]
    assert (indicator["baseline"]["value"], indicator["final_target"]["value"]) == (5, 40)


def test_marks_of_an_evaluation_are_no_figures() -> None:
    """芙蓉台市's 評価 ◎ ○ △ × and 今後の方向性 are no figure and no 取組; 3-3 (廃止) is a 取組 with its R6 実績 0."""
    plan = read(FUYODAI_TXT, "upload")
    assert [i["code"] for i in plan["initiatives"]][-1] == "3-3"
    assert not [
        i for i in plan["initiatives"] if i["title"] in ("◎", "○", "△", "×", "拡充", "継続", "見直し", "廃止")
    ]
    (closed,) = by_code(plan)["3-3"]["indicators"]
    assert [(a["fy"], a["value"]) for a in closed["actuals"]] == [(2024, 0)]


def test_a_yearly_plan_from_a_year_on() -> None:
    """柊野市's 【年度別計画】: 「令和８年度以降」 each year to the plan's last (1-1 2024–2027), 「令和７年度～令和９年度」 each
    year between (1-3), a plan of R6 … R8 lines those years (1-2)."""
    items = by_code(read(HIIRAGINO_TXT, "upload"))
    assert sorted({s["fy"] for s in items["1-1"]["schedule"]}) == [2024, 2025, 2026, 2027]
    assert sorted({s["fy"] for s in items["1-2"]["schedule"]}) == [2024, 2025, 2026]
    assert sorted({s["fy"] for s in items["1-4"]["schedule"]}) == [2025, 2026, 2027]


def test_an_unmeasured_baseline_before_the_arrow() -> None:
    """柊野市's 1-4 「オンライン相談の件数（年間）　－（令和５年度）→３００件（令和９年度）」: the name as written, no baseline
    (「－」), 300 the target of 令和９年度 (first read: a name 「…(年間) -( )→」, 300 of 令和５年度)."""
    (online,) = by_code(read(HIIRAGINO_TXT, "upload"))["1-4"]["indicators"]
    assert online["name"] == "オンライン相談の件数（年間）"
    assert online["baseline"] is None
    assert online["final_target"] is not None
    assert (online["final_target"]["fy"], online["final_target"]["value"]) == (2027, 300)


def test_the_cover_of_a_gyokaku_plan_names_it() -> None:
    """楡木町's cover: 「第３次楡木町行政改革大綱」 over 「実 施 計 画」, 「楡 木 町」 spaced letter by letter — the 町 and the
    plan's title, no warning that the name came from the file."""
    plan = read(NIREGI_TXT, "upload")
    assert plan["municipality"]["name"] == "楡木町"
    assert plan["plan"]["title"] == "第３次楡木町行政改革大綱実施計画"
    assert not [w for w in plan["warnings"] if "自治体名" in w["message"]]


def test_circled_numbers_under_two_headings() -> None:
    """楡木町's ① of each table under 「Ⅱ　行政運営の効率化」 > 「１．業務のデジタル化」 is 2-1-1: the headings' numbers,
    Ⅱ counting as 2; the sections nest as the headings do."""
    plan = read(NIREGI_TXT, "upload")
    assert [i["code"] for i in plan["initiatives"]][5:8] == ["2-1-1", "2-1-2", "2-1-3"]
    titles = {s["key"]: s["title"] for s in plan["sections"]}
    paper = by_code(plan)["2-1-1"]
    assert titles[paper["section"]] == "業務のデジタル化"
    assert titles[paper["section"].rpartition(".")[0]] == "行政運営の効率化"


#: 柊野市's first pages as a running header leaves them (its 「第２章」 heading kept): a chapter of prose whose 「２　取組の
#: 見方」 shows the fields each 取組 has.
GUIDE = """\
柊野市ＤＸアクションプラン

第１章　アクションプランについて
１　目的
本アクションプランは、各取組の内容、担当課及び目標を定めるものです。
２　取組の見方
【担当課】取組を主に担当する課
【目標】成果を測る指標と、現状値（令和５年度）及び目標値（令和９年度）

第２章　基本施策と取組
基本施策１　手続のデジタル化
（１）電子申請の拡充
【担当課】デジタル戦略課
【目標】
電子申請できる手続数　８５手続（令和５年度）→２５０手続（令和９年度）
（２）書かない窓口の導入
【担当課】市民課、デジタル戦略課
"""


def test_a_guide_to_the_fields_is_no_initiative() -> None:
    """「２　取組の見方」 over 【担当課】【目標】 lines explains the fields: neither it nor 「１　目的」 beside it is a 取組
    (first read: 1 目的, 2 取組の見方 before 1-1 and 1-2)."""
    plan = parse(GUIDE.encode(), filename="hiiragino.txt")
    assert [(i["code"], i["title"]) for i in plan["initiatives"]] == [("1-1", "電子申請の拡充"), ("1-2", "書かない窓口の導入")]


def test_some_initiatives_of_a_gyokaku_plan_have_no_kpi() -> None:
    """楡木町: 数値目標 「－」 is no indicator, 効果額 (千円) no figure of any indicator."""
    plan = read(NIREGI_TXT, "upload")
    assert sum(1 for i in plan["initiatives"] if i["indicators"]) == 8
    values = {
        v["value"]
        for i in plan["initiatives"]
        for k in i["indicators"]
        for v in (k["baseline"], k["final_target"])
        if v
    }
    assert not values & {1200, 3500, 4800, 900, 6000, 12000}


# Re-laid readings worse than the text as uploaded when first measured, each as well read since:
# - 楡木町 with tabs turned to blanks (stops of 4 and 8; KPI 7/8): 2-1-2's 数値目標 cell and its 効果額 「4,800」 land one
#   blank apart (「…→ 2,000時間（R9） 4,800」), and the cell was cut at 「→」 (an indicator 「削減した業務時間（年間）
#   300時間（R5）→」 of no figure). A blank beside an arrow is one of the cell's words (``tabstops._inside_words``).
# - 杉森市 with page breaks (KPI 12/13, schedule 13/14): the break falls between 8-1's 「担当課：都市計画課」 and its prose;
#   the running header after it, 「第５章　併せて取り組むべき事項」 (the chapter's heading printed above), ended the item.
#   A page's first line repeating the heading of the chapter it is in is its running header (``text._chapter_headers``).
# - 柊野市 with page breaks (F1 0.86 — P 9/12): 第１章's 「１　目的」「２　期間」「３　取組の見方」 were read as 取組 1, 2, 3
#   (no 課, no KPI) where a running header kept the real 「第２章」 heading: 「取組の見方」's 【担当課】【目標】 lines explain the
#   fields. A heading that says how to read the plan (「…の見方」「凡例」) details nothing (``outline._Node.detailed``).


@pytest.mark.parametrize("how", RELAYINGS)
@pytest.mark.parametrize("name", TEXTS)
def test_each_text_relaid_reads_as_well_as_uploaded(name: str, how: str) -> None:
    """Each text with its tabs turned to blanks, or with page breaks anywhere: at least what it reads as uploaded."""
    assert_relaid_reads_as_uploaded(unseen31.document(name), name, how, expected(name))
