"""The batches' tab-separated texts copied out of a PDF viewer with single blanks between cells (Acrobat's copy,
pdfplumber's ``extract_text``): each row a line, an empty cell leaving no trace but its blank. Each reading is held
at least where it was measured, so that none falls back unnoticed; where a measure is below the bar its gap is
named in the closing notes (a TSV's quoted cells, an English plan, a table of 分野 first, KPI tables whose figures
are not told apart from their years)."""

from __future__ import annotations

import importlib

import pytest

from shinchoku.importers import parse

from . import variants
from .scoring import Reached, assert_at_least, score

#: (batch, document, floor: F1, codes, 担当課, KPI numbers, schedule) as measured. 七瀬市 first measured 担当課 0.31,
#: KPI 0.85: a 担当課 with its team (「情報政策課（電子自治体係）」) no department's cell, and 「―」 under 評価 no grade.
SINGLE_BLANKS: list[tuple[str, str, Reached]] = [
    ("unseen7", "shirakaba_word_outline.txt", (1.00, 1.00, 1.00, 1.00, 1.00)),
    # F1 0.66 first measured: 「1-1 行政手続のオンライン化 ━ ● → → 情報政策課、市民課」 a 工程表 read half (its marks cut
    # as text); now every row, a row of fewer marks than years on to the last year (guessed, warned: 2-1's ● ● are R6, R8)
    ("unseen7", "ichodai_kouteihyou.txt", (1.00, 1.00, 1.00, 1.00, 0.62)),
    ("unseen8", "yunokihara_jigyo_sheets.txt", (1.00, 1.00, 1.00, 1.00, 1.00)),  # KPI 0 first measured
    ("unseen8", "asami_two_row_header.txt", (1.00, 1.00, 1.00, 1.00, 0.76)),
    ("unseen8", "hayase_hyoka.txt", (1.00, 1.00, 1.00, 1.00, 1.00)),
    ("unseen9", "higashimine_shisaku_hyoka.txt", (1.00, 1.00, 1.00, 1.00, 1.00)),
    ("unseen12t", "hibarino_chiiki_johoka.txt", (1.00, 1.00, 1.00, 1.00, 1.00)),  # KPI 0 first measured
    # F1 0.66 first measured; 0.95 with its list table swallowed whole (「A-1」 no code): every row now, its codes lettered
    ("unseen12t", "kasumino_lettered.txt", (1.00, 1.00, 1.00, 1.00, 0.83)),
    ("unseen12t", "aoigawa_jisshi_two_rows.txt", (0.62, 1.00, 1.00, 0.00, 1.00)),
    ("unseen12t", "hotaruzawa_hokoku.txt", (1.00, 1.00, 1.00, 1.00, 1.00)),
    ("unseen12t", "kirihara_kouteihyou_tanto_right.txt", (1.00, 1.00, 1.00, 1.00, 1.00)),
    # KPI 0 first measured: 「基準値 実績値 目標値」 over one run 「R5 R6 R7 R8 R9」 read as targets of every year; a second
    # indicator on a row of its own (its empty cells leave no trace) is still an initiative of its own
    ("unseen12t", "shiroganedai_kpi_pages.txt", (0.94, 1.00, 1.00, 0.88, 1.00)),
    ("unseen13t", "nishikigaoka_shinchoku_ichiran.txt", (1.00, 1.00, 1.00, 0.93, 1.00)),
    ("unseen13t", "masago_kouteihyou_nendo.txt", (1.00, 1.00, 1.00, 1.00, 0.86)),
    ("unseen13t", "nanase_seireki_hyoka.txt", (1.00, 1.00, 1.00, 1.00, 1.00)),
    ("unseen13t", "nowaki_outline_kotei.txt", (1.00, 1.00, 1.00, 1.00, 0.66)),
    ("unseen14t", "shikanodai_jisshi_jigyohi.txt", (1.00, 1.00, 1.00, 1.00, 1.00)),
    # refused first measured: a table of 取組 | 内容 | 担当 | 年次計画 (R7 R8 R9 of ○), no code or figure to tell its rows
    ("unseen14t", "yamazakura_juten_maru.txt", (1.00, 1.00, 1.00, 1.00, 0.81)),
    # refused first measured: 「R5:24手続 R6:38手続」 a 実績 cell of a figure a year, no cell the row could be cut into
    ("unseen13t", "yugiri_cho_kpi_jisseki.txt", (1.00, 1.00, 1.00, 0.90, 1.00)),
    ("unseen14t", "tomigahara_kouiki_koseishicho.txt", (1.00, 1.00, 0.38, 1.00, 1.00)),
    ("unseen14t", "mizukagami_chukan_hyoka.txt", (1.00, 1.00, 1.00, 1.00, 1.00)),
    ("unseen18t", "hasumi_html_copy.txt", (1.00, 1.00, 1.00, 1.00, 1.00)),
    ("unseen21", "yoimachi_mura_web_tab.txt", (1.00, 1.00, 1.00, 1.00, 1.00)),
    ("unseen22", "hagiwara_taikei_cards_tab.txt", (1.00, 1.00, 1.00, 1.00, 1.00)),
    ("unseen22", "shiomi_kpi_ichiran_nendo.txt", (1.00, 1.00, 1.00, 1.00, 1.00)),
    ("unseen22", "chigusa_mura_shukan_maru.txt", (1.00, 1.00, 1.00, 1.00, 1.00)),
    ("unseen22", "kaedeidai_cards_split_cells.txt", (1.00, 1.00, 1.00, 1.00, 1.00)),
    ("unseen22", "fujigaoka_jigyo_sheets_tab.txt", (1.00, 1.00, 1.00, 1.00, 1.00)),
]


@pytest.mark.parametrize(
    ("module", "name", "floor"), SINGLE_BLANKS, ids=[name for _, name, _ in SINGLE_BLANKS]
)
def test_a_plan_copied_with_single_blanks_reads_at_least(module: str, name: str, floor: Reached) -> None:
    batch = importlib.import_module(f"tests.importers.other.{module}")
    document = batch.document(name)
    data, filename = document if isinstance(document, tuple) else (document, name)
    text = variants.viewer_copy(data.decode(), cells="spaces")
    assert_at_least(score(parse(text.encode(), filename=filename), batch.expected(name)), floor)


def test_a_policy_tree_and_a_chapters_kpi_table_copied_with_single_blanks() -> None:
    """雲雀野市's plan copied with single blanks: its 施策の体系 (「基本目標 | 施策」) comes as lines of two levels (「１　暮らし
    のデジタル化 １－１　行政手続のオンライン化」), and each 基本目標's 成果指標 table is keyed by the 施策's numbers
    (「1-2 窓口の平均待ち時間 22分 10分」). First measured: KPI 0 (no table of the lines), then 1-1, 2-1 and 3-1 read
    last (each a part of its level's title, then read again where the plan details it)."""
    batch = importlib.import_module("tests.importers.other.unseen12t")
    text = variants.viewer_copy(batch.document("hibarino_chiiki_johoka.txt").decode(), cells="spaces")
    plan = parse(text.encode(), filename="hibarino.txt")
    codes = [item["code"] for item in plan["initiatives"]]
    assert codes == ["1-1", "1-2", "1-3", "1-4", "2-1", "2-2", "2-3", "3-1", "3-2", "3-3", "3-4"]
    sections = {s["key"]: s["title"] for s in plan["sections"]}
    assert sections[plan["initiatives"][0]["section"]] == "暮らしのデジタル化"
    (waiting,) = plan["initiatives"][1]["indicators"]
    assert (waiting["name"], waiting["baseline"]["value"], waiting["final_target"]["value"]) == ("窓口の平均待ち時間", 22, 10)
    assert (waiting["baseline"]["fy"], waiting["final_target"]["fy"]) == (2023, 2029)
