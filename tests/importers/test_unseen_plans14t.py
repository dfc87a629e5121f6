"""A fourteenth batch of plans no reader was written against, as text extracted from their PDFs
(``other/unseen14t.py``) — a 総合計画 実施計画 extract (DX one 施策 among others; 担当課 at the far left, 事業費 by year),
重点プロジェクト of small 「取組 | 内容 | 担当 | 年次計画」 tables of 「○」, a 広域連合's table naming its 構成市町村 as 担当,
取組 blocks whose KPIs are listed apart in a 第５章 成果指標 with 「関連取組：1-1、1-2」, a 中間評価 of a block a 取組 (評価
Ａ–Ｄ, 目標・実績 by year), a 政令市's bilingual 「施策No. | Project | 担当 Dept. | KPI (FY2030)」 table, 「取組①」…「取組⑮」
with ◆目標 ◆担当 ◆工程 「R7 検討 ▶ R8 構築 ▶ R9〜 運用」, and a plain list 「１．電子申請の拡充（総務課）」 — each uploaded as
it is and scored with ``scoring.score`` against the plan it states."""

from __future__ import annotations

from typing import Any

import pytest

from shinchoku.importers import parse

from .other.unseen14t import (
    MIZUKAGAMI_GRADES,
    PERIODS,
    PLANS,
    SHIKANODAI_BUDGETS,
    SHIKANODAI_NEW,
    YAMAZAKURA_PROJECTS,
    document,
    expected,
)
from .scoring import Reached, by_title
from .unseen_harness import (
    HIRAGANA_TO_KANJI,
    assert_period,
    assert_reads_as_stated,
    assert_warnings_in,
    by_code,
    text_reader,
)

read = text_reader(document)


#: Below the bar as first measured (F1, codes, 担当課, KPI numbers, schedule), with exactly what is misread.
#: 栗ノ木村 (a plain list of 22 「１．…（総務課）」 with 「目標：R10までに100手続」) is exact.
#: 鳩ヶ丘市 was first measured F1 0: the 第５章 指標1–9 read as one card 「1-4」 (from the wrapped 「（関連取組：1-4）」
#: line), the 11 「取組1-1　…」 blocks only as its sections; 「関連取組」 names no title now (cards.label_value) and each
#: indicator listed apart is every named 取組's (outline._link_listed_indicators): exact.
#: 大鳥市 was first measured F1 0: its bilingual header 「施策No. | Project | 担当 Dept. | KPI | Baseline (FY2023) | Milestone
#: (FY2027) | KPI (FY2030) | Period」 was no header, the chapter headings read as four initiatives. English labels are in the
#: dictionary now, a dated KPI column beside the named one holds its target, 「FY2025–2030」 is a range of years, a 局's or 室's
#: 課 is the 担当 (「各区 地域振興課」 too) and the English name under a title is a note: exact.
#: 水鏡市 was first measured KPI 0: 「目標 | － | 60 | 90 | 120 | 150」 under 「 | 基準値（R4） | R5 | … | R8」 read as one final
#: target (60), 「実績 | 31 | 64 | 93」 as one actual of no year; each row is its years' values now, the 実績 under 基準値 the
#: baseline (cards.table_fields), 「成果指標②」 an indicator of its own, 「評価　Ａ」 above it its grade: exact.
#: 鹿ノ台市 was first measured F1 0.884: each 施策's 【成果指標】 table (経常収支比率, 公共施設の延床面積 …) read as 事業 of
#: their own; a table of indicators alone, in a plan whose 事業 have tables of their own, is the 施策's (kept as notes of its
#: section, tables.TableReader.section_indicators): exact.
#: 紺野町 was first measured (1.0, 1.0, 0.933, 0.714, 0.333): 工程 of steps 「R7 検討 ▶ R8 構築 ▶ R9〜 運用」 and ⑪'s 「◆担当」 at a
#: page's foot read since (cards._spaced, text.page_furniture); ⑤ 「◆目標　アプリの登録者数　現状：－（R6）→目標：3,000人（R10）」
#: and ⑫ were parted at 「現状：」 (the colon taken for the label's), ⑨'s 「◆目標」 alone had no value, ①'s goal sentence went into
#: its indicator's name, ⑮'s second indicator was lost: a 目標 of a goal line and an indicator a line reads (fields), exact.
#: 遠見ヶ原広域連合 was first measured 担当課 0.538: 「岩瀬野市・小笠町」 read as one name; the 構成市町村 are named apart
#: (text.split_dots), and a cell wrapped after its 「・」 (8 「岩瀬野市・小笠町・ / 川霧町」) adds a name, a municipality's
#: being whole (text.names_a_member): exact.
#: 山桜町 was first measured 担当課 0.941 (スマホ相談会の開催 stated 健康福祉課・生涯学習課 wrapped after 「・」, read
#: 「健康福祉課・」 and 生涯学習課): a name keeps no separator it was cut after (text.split_departments): exact.
BELOW: dict[str, Reached] = {}


@pytest.mark.parametrize("name", sorted(PLANS))
def test_a_document_reads_as_the_plan_it_states(name: str) -> None:
    assert_reads_as_stated(read(name), expected(name), below=BELOW.get(name))


@pytest.mark.parametrize("name", sorted(PLANS))
def test_the_municipality_is_named(name: str) -> None:
    """A 広域連合's own name is the plan's municipality, not one of its 構成市町村."""
    assert read(name)["municipality"]["name"] == PLANS[name][0]


@pytest.mark.parametrize("name", sorted(PLANS))
def test_the_plan_period_is_read(name: str) -> None:
    assert_period(read(name), PERIODS[name])


@pytest.mark.parametrize("name", sorted(PLANS))
def test_warnings_are_japanese(name: str) -> None:
    assert_warnings_in(read(name), HIRAGANA_TO_KANJI)


def _codes(name: str) -> dict[str, dict[str, Any]]:
    return by_code(read(name))


def test_each_business_has_its_budget_by_year_and_its_mark() -> None:
    """鹿ノ台市: 事業費（千円） R7–R9 is each 事業's budget in 千円 (「－」 none); 【新】 is a mark, not in the title."""
    plan = read("shikanodai_jisshi_jigyohi.txt")
    for title, money in SHIKANODAI_BUDGETS.items():
        initiative = by_title(plan, title)
        found = [(b["fy"], b["amount"], b["unit"]) for b in initiative["budget"]]
        stated = [(fy, m, "千円") for fy, m in zip((2025, 2026, 2027), money, strict=True) if m is not None]
        assert found == stated, title
        assert (initiative["marks"] == ["新"]) == (title in SHIKANODAI_NEW), title
        assert "【" not in initiative["title"], title


def test_the_businesses_are_in_their_shisaku() -> None:
    """鹿ノ台市: 施策３－４ 行政のデジタル化の推進 holds 電子申請推進事業 … 情報セキュリティ対策事業."""
    plan = read("shikanodai_jisshi_jigyohi.txt")
    keys = {s["key"]: s["title"] for s in plan["sections"]}
    for title in ("電子申請推進事業", "ＡＩ・ＲＰＡ活用事業", "情報セキュリティ対策事業"):
        assert keys[by_title(plan, title)["section"]] == "行政のデジタル化の推進", title


def test_each_priority_project_is_the_section_of_its_initiatives() -> None:
    """山桜町: each 重点プロジェクト's title is a section holding the 取組 of its table."""
    plan = read("yamazakura_juten_maru.txt")
    keys = {s["key"]: s["title"] for s in plan["sections"]}
    for project, titles in YAMAZAKURA_PROJECTS.items():
        for title in titles:
            assert keys.get(by_title(plan, title)["section"] or "") == project, title


def test_each_midterm_grade_is_its_initiatives_evaluation() -> None:
    """水鏡市: 「評価　Ａ」 … 「評価　Ｄ」 in each block is that 取組's evaluation."""
    codes = _codes("mizukagami_chukan_hyoka.txt")
    for code, grade in MIZUKAGAMI_GRADES.items():
        grades = [e["text"] for k in codes[code]["indicators"] for e in k.get("evaluations") or []]
        assert grades[:1] == [grade], code


def test_the_second_indicator_of_a_block_is_its_own() -> None:
    """水鏡市 2-1: 成果指標① ＲＰＡを導入した業務数（業務） and ② ＲＰＡによる削減時間（時間） are two indicators."""
    names = [k["name"] for k in _codes("mizukagami_chukan_hyoka.txt")["2-1"]["indicators"]]
    assert names == ["ＲＰＡを導入した業務数", "ＲＰＡによる削減時間"]


def test_the_english_name_and_units_of_a_project() -> None:
    """大鳥市 1-01: the English name on the continuation line is no part of the title but kept as a note; 1-06's unit
    「pages」 is kept; each 施策 is under its 「Policy」 heading, named in Japanese."""
    plan = read("otori_seirei_english.txt")
    codes = _codes("otori_seirei_english.txt")
    assert codes["1-01"]["title"] == "行政手続のオンライン化"
    assert codes["1-01"].get("notes") == ["英語名：Online Administrative Procedures"]
    (pages,) = codes["1-06"]["indicators"]
    assert (pages["unit"], pages["baseline"]["value"]) == ("pages", 1250)
    sections = {s["key"]: s["title"] for s in plan["sections"]}
    assert sections[codes["2-05"]["section"]] == "行政運営のDX"


def test_the_goal_sentence_is_no_part_of_the_indicator() -> None:
    """紺野町 ①: 「◆目標　よく使われる手続がオンラインで完結している」 is the goal, 「電子申請できる手続数」 the indicator."""
    first = _codes("konno_cho_torikumi_maru.txt")["1"]
    (count,) = first["indicators"]
    assert count["name"] == "電子申請できる手続数"
    assert first["goal"] == "よく使われる手続がオンラインで完結している"


def test_the_closing_paragraph_is_no_part_of_the_last_target() -> None:
    """栗ノ木村 22: 「目標：R10までに30データセット」 ends the item; 「計画の進み具合は、…」 is the plan's closing text."""
    (datasets,) = _codes("kurinoki_mura_list.txt")["22"]["indicators"]
    assert "計画の進み具合" not in datasets["final_target"]["text"]


def test_an_indicator_listed_apart_names_an_initiative_the_plan_has_not() -> None:
    """鳩ヶ丘市 with 指標9 naming 「4-1」, a 取組 the plan has not: 3-3 has it, the user is told of 4-1, nothing made of it."""
    text = document("hatogaoka_seika_shihyo_sho.txt").decode().replace("（関連取組：3-3、3-1）", "（関連取組：3-3、4-1）")
    plan = parse(text.encode(), filename="hatogaoka.txt")
    codes = {i["code"]: i for i in plan["initiatives"]}
    assert "4-1" not in codes and len(codes) == 11
    assert [k["name"] for k in codes["3-3"]["indicators"]] == ["防災アプリの登録者数"]
    assert [k["name"] for k in codes["3-1"]["indicators"]] == ["スマートフォン教室の参加者数（年間）"]
    assert any("4-1" in w["message"] for w in plan["warnings"])


def test_a_shisakus_own_indicators_are_notes_of_its_section() -> None:
    """鹿ノ台市: 施策３－４'s 【成果指標】 rows are kept with the 施策, with their figures; no 事業 is made of them."""
    plan = read("shikanodai_jisshi_jigyohi.txt")
    (section,) = [s for s in plan["sections"] if s["title"] == "行政のデジタル化の推進"]
    assert section["notes"] == [
        "成果指標：電子申請に対応した手続数（現状値（R5） 156手続、目標値（R9） 450手続）",
        "成果指標：ＲＰＡ等による業務削減時間（年間）（現状値（R5） 3,200時間、目標値（R9） 12,000時間）",
    ]
    assert not [i for i in plan["initiatives"] if i["title"] == "電子申請に対応した手続数"]
