"""A twenty-ninth batch of plans no reader was written against (``other/unseen29.py``): six documents in shapes the
batches before lack — 千歳原市's Word plan whose KPI stand in the prose under numbered headings (「電子申請できる手続の割合を
令和5年度 40% → 令和9年度 80% に高めます。」, two in one sentence, a 取組 of none), 楢崎市's 総合計画 実施計画 事業一覧 whose DX
取組 are the rows marked 「●」 in a DX column among the other 事業 (分野 merged down, 事業費 by year), 蕗町's 事務事業評価 book
(a 総括表 of the six 事業 with 担当部 | 担当課 in two columns, then a 評価シート a 事業 with its 活動指標 and 成果指標 and its
事業期間), 蓬田町's Google スプレッドシート downloaded as .xlsx (「はじめに」 sheet, a header two rows deep, the years checkboxes
TRUE / FALSE, 更新日時 and 更新者) — and two PDFs: 鴫野市's 取組シート集, slides laid out as PowerPoint lays them (a slide a
取組, 「担当：…」 in a box at the top right, a KPI band 「令和５年度 40％ → 令和９年度 80％」, a ロードマップ of chevrons under
year boxes) printed by Chromium, and 檜山町's A3 進捗管理表 printed by LibreOffice Calc (印刷タイトル, 「ページ 1 / 3」, two 取組's
merged cells cut by a page break set by hand) — each PDF also as ``pdftotext`` in both modes. Each reading is scored
with ``scoring.score`` against the plan the document states."""

from __future__ import annotations

import pytest

from .other import unseen29
from .other.unseen29 import HIYAMA, PERIODS, SHIGINO, YOMOGITA
from .scoring import Reached
from .unseen_harness import Batch, batch_readings, by_code

#: (document, how): a file as uploaded ("upload"), a PDF each of ``HOWS``.
read, VARIANTS = batch_readings(unseen29)


#: Exact when first measured: 蓬田町 as uploaded (the checkboxes' TRUE / FALSE the years, the 「はじめに」 sheet's period,
#: 更新日時 and 更新者 no 取組's fields) and 檜山町 as the PDF (4's three and 7's two indicator rows each one 取組 across the
#: page break, the merged cells' text Calc prints on both pages read once, the repeated header no row). Short of exact
#: yet above the bar: none when first measured (every reading short of exact was below it); 鴫野市 as the PDF since.
FLOORS: dict[tuple[str, str], Reached] = {
    # first refused (see REFUSED's note); its 3-1 took its first bullet 「公民館でのスマートフォン教室」 for a 課 (a 室: no
    # longer, ``text._ROOMS``); left: no step is read from the chevrons' words under the year boxes
    (SHIGINO, "pdf"): (1.0, 1.0, 1.0, 1.0, 0.0),
    # first below (KPI 0: see BELOW's note on 鴫野市); a 取組's KPI line read by ``common._arrowed_in_prose``, a slide's
    # 「基本方針２ …」 subtitle under its 「取組 2-1 …」 its parent (``lines._parents_first``: 2-1 … 3-1 were 基本方針 items
    # with the slides' text, the 取組 empty headings); left: the chevrons' words a step each, centred over bars the text
    # does not show
    (SHIGINO, "pdftotext -layout"): (1.0, 1.0, 1.0, 1.0, 0.167),
    # schedule 0.333 until batch 37: 1-1's and 2-2's steps came right only with the slide's foot 「鴫野市DX推進計画」 / 「2」
    # read as their last two years' steps; the foot is furniture since (``text._footed_numbers``: a foot's title and
    # number a blank line apart, the number its page's last line) and those steps, 「対象手続の選定」「順次拡大」 a year each,
    # fall short of the years the chevrons span (the text does not show them)
    (SHIGINO, "pdftotext"): (1.0, 1.0, 1.0, 1.0, 0.0),
}

#: Below the bar as first measured (F1, codes, 担当課, KPI numbers, schedule):
#: - 千歳原市 as uploaded (KPI 0; F1, codes 「１」 > 「（１）」 as 1-1, 担当課 from the 「担当課：…」 line exact): not one indicator
#:   is read — every 取組 has ``indicators`` [] — though the prose states each KPI as 「令和5年度 40% → 令和9年度 80%」 (1-1
#:   baseline (2023, 40) and final (2027, 80) lost; 1-2's two in one sentence 「…交付率は令和5年度 72% → 令和9年度 90%、コンビニ
#:   交付の利用率は令和5年度 15% → 令和9年度 40% を目指します。」 both lost; 2-3's 「420万枚 → … 250万枚」 lost), no warning.
#:   (Why, as far as seen: ``shapes.fields`` reads 「令和5年度 3,400件 → 令和10年度 12,000件」 only as the value of a labelled
#:   field — 「目標：」「＜目標＞」「◆目標」「指標：」 — and a sentence of a 取組's prose is no field. Seen: the same figures as
#:   a line 「目標：電子申請できる手続の割合　令和5年度 40% → 令和9年度 80%」 are read, (2023, 40) → (2027, 80).)
#:   Exact since: a sentence or a line of an item's prose that states an indicator with an arrow from a year's figure to
#:   a later year's is that indicator (``common._arrowed_in_prose``), two in one sentence two; the same reads 鴫野市's
#:   KPI lines under 「成果指標（ＫＰＩ）」 in both pdftotext modes where they land in a 取組's text (KPI 0 → 0.5: 1-1 … 1-3;
#:   2-1, 2-2 and 3-1 keep no text of their slide at all).
#: - 楢崎市 as uploaded (F1 0.70 — P 7/13; codes, 担当課, KPI exact): every 事業 of the 実施計画 is read as a 取組, the six
#:   without 「●」 in the 「DX」 column too (1-1-01 児童館の改修, 1-2-02 通学路の安全対策, 2-1-01 特定健診の受診勧奨, 3-1-01 市道の
#:   舗装修繕, 3-2-01 公園の遊具更新, 4-1-03 公共施設の再編), though the note over the table names the ● rows as the
#:   DX推進計画's 取組; no warning. The 「●」 is not kept at all (1-1-02 ``marks`` [] and ``priority`` None, as 1-1-01);
#:   sections 分野 > 施策 and 事業費 as budget are read right. (Why, as far as seen: no reader takes a note 「●を付した事業は
#:   …の取組として位置付け」 for a filter of the rows, and a column headed 「DX」 is no known role, so ``labels.classify``
#:   leaves it unread.) Exact since: a column headed 「DX」 that marks some rows and leaves others empty marks the plan's
#:   rows of a wider list; the others are left out and named in a warning (``tables.TableReader._outside_the_plan``).
#: - 蕗町 as uploaded (F1 0.63 — P 6/13; codes, 担当課 (the 担当課 column, not the 部) exact; KPI 0, schedule 0): the 総括表 is
#:   read as the table of the six 事業, each with one indicator only — its 成果指標 with the 目標（R6） as a target (2024) and
#:   the 実績（R6） as an actual, no unit, no baseline, no final target — and the 評価シート are read as one more table
#:   running on from sheet to sheet: its 「評価 | Ａ」 and 「今後の方向性 | 拡充」 rows are 取組 (seven extra, titled 「Ａ」
#:   「Ｂ」「Ｃ」「拡充」「継続」「改善」 and D-01's first indicator 「電子申請に対応した手続数」), each indicator row of the sheets
#:   an indicator of the 取組 above it (「継続」 holds D-03's, D-04's and D-06's six, 「拡充」 D-02's and D-05's four), so no 事業 has its 活動指標, its
#:   基準値（R5）, its 目標（R8） or its 事業期間 (D-01 … D-06 schedule [], where 「令和５年度～令和８年度」 states 2023–2026).
#:   (Why, as read: the 事業 sheets' 「事業番号 | D-01 | 事業名 | …」 form is not taken for one 事業's fields and joined to the
#:   総括表's row of that 事業番号; ``readers.xlsx`` / ``shapes.tables`` read the sheets' label rows as rows of a table.)
#:   Exact since: a sheet is one 事業's where its labels, down the first column or along a row (「事業番号 | D-01 | 事業名
#:   | …」「部 | 総務部 | 課 | …」), name one title and its number or 課 (``generic._detail_sheets``): the 総括表 read as the
#:   table, each 評価シート as the card of its 事業, one 取組 of both by code.
#: - 鴫野市 through -layout (KPI 0, schedule 0; F1, codes, 担当課 exact): no KPI band is read (「電子申請できる手続の割合
#:   令和５年度 40％ → 令和９年度 80％」 under 「成果指標（ＫＰＩ）」: every 取組 ``indicators`` []); the chevrons' words are
#:   steps of the wrong years — 1-1 「対象手続の選定」 in 2027 only (2024–2027 stated), 1-2 「検討」 2026 and 「運用」 2027
#:   (2024–2027), 1-3 「導入・対象拡大」 2027 only, 2-1 2026 and 2027, 2-2 「環境整備」 2027, 3-1 2027. A warning says the
#:   基本方針 line 「基本方針１ いつでもどこでも手続できる市役所」 was dropped from each page as a running header.
#: - 鴫野市 through plain pdftotext (担当課 0.83, KPI 0, schedule 0.33): no KPI as above; 3-1's 担当課 has its first 取組内容
#:   line as a third 課 (「生涯学習課」「高齢福祉課」「公民館でのスマートフォン教室」); the steps are the words below the year
#:   labels in order, a year each, the slide's foot too — 1-1 2024 「対象手続の選定」, 2025 「順次拡大」, 2026 「鴫野市DX推進計画」,
#:   2027 「2」 (the slide number); 2-2 right by that order (its two chevrons two years each read as 2024, 2025 + the foot);
#:   1-2, 1-3 and 2-1 no step at all. Since the foot and the slide numbers are set aside as page furniture (batch 38's
#:   ``text._spread_alone``) 1-1 and 2-2 lost the years the foot gave them: schedule 0 (1-1 2024–2025, 2-2 2024–2025).
#: - 檜山町 through -layout (F1 0.89, 担当課 0.50, KPI 0; codes exact): the merged cells' text, centred between a 取組's
#:   indicator rows, stands on a line of its own: 1–4 are titled with their 担当課 (1 「総務課」, 2 「住民課」, 3 「会計課、税務課」,
#:   4 「企画課」) and given their indicators' names as 担当課 (1 「電子申請の利用件数（年間）」「マイナンバーカード交付率」 — the
#:   next 取組's first), each with one indicator named after the 課 whose only figure is the final target; 5–8 have their
#:   indicators' names but no figure — 基準値 / 目標値 / R6 / R7 read as steps 「25」「120」「48」 of 2026, 2024, 2025 — and 7
#:   the page foot 「ページ 2」「/ 3」 and 「実績」 as steps; 9 is lost, its line run into the legend under the table (an
#:   extra 「9※達成状況」 titled 「オープンデータの推進順調：目標の達成に向け計画どおり」). The period read 2023–2026 (the
#:   基準値（R5） taken for its start; 「計画期間：令和６年度～令和８年度」 states 2024–2026).
#:   Since a header of centred labels takes the columns its rows write in also where it is several lines deep, and a
#:   row's cells pdftotext sets one blank apart are cut (``columns._labels_of_columns``, ``_figures_apart``): F1 0.84,
#:   担当課 1.0, KPI 0.125 — 1–4 titled right with their 担当課 and page 1's targets and actuals read; 4's second
#:   indicator line is read as a 取組 of its own (「ＲＰＡ・ＡＩの活用 企画課」, the title and 課 run together), and page 2's
#:   rows (5–8) keep their actuals but lose their targets (7 and 8 their baselines: 「0」 a target of 2026).
#:   Since the legend under the table, 「※達成状況   順調：…   遅れ：…」 at the left edge, ends it (``columns._note_under``):
#:   F1 0.947, KPI 0.111 — 9 is read with its title and 課 (no extra 「9※達成状況」), and so its one indicator, its
#:   figures in the wrong columns as before (「60」 an actual, no target), counts among the KPI now: one more wrong of nine, no
#:   figure read otherwise than before.
#: - 檜山町 through plain pdftotext (F1 0.94, 担当課 0, KPI 0; codes exact): read as a table's cells a line (said in a
#:   warning), 担当課 and figures left out by design; 1 「電子申請の拡充」 is not found; the period is not read (None).
BELOW: dict[tuple[str, str], Reached] = {
    (HIYAMA, "pdftotext -layout"): (0.947, 1.0, 1.0, 0.111, 1.0),
    (HIYAMA, "pdftotext"): (0.941, 1.0, 0.0, 0.0, 1.0),
}

#: Refused as no plan: 鴫野市 as the PDF (「計画ファイルとして認識できません」). The PDF's text is all there — ``readers.pdf``
#: reads the KPI lines, the year boxes as a one-row table 「令和６年度 | | 令和７年度 | …」 and the chevrons' words as lines
#: after it — but each slide's title and the 担当 box 150 mm to its right are one heading line 「取組 1-1 電子申請の拡充
#: 担当：デジタル推進課」 (the box's text on the title's row, a wide gap between), and no shape is found in lines whose
#: 取組 headings end in a 「担当：」 label. (Seen: the reader's own lines uploaded as text are refused the same way; with
#: 「担当：…」 put on a line of its own they read as 取組 1-1 … 3-1 with their 担当課, as ``pdftotext`` gives them, the box
#: on a line of its own. So the cause is the line ``readers.pdf`` makes of a row of glyphs across a gap of a box, not the
#: slides' shapes.) Read since (BELOW): a numbered item's line that ends in its 担当 field is the item and the field
#: (``lines._fields_apart``).
REFUSED: set[tuple[str, str]] = set()

#: The municipality read otherwise than the document's: none.
MISNAMED: set[tuple[str, str]] = set()
#: The period read otherwise: 檜山町 through plain pdftotext (none read). (Through -layout first 2023–2026, see BELOW:
#: right since its header's columns are its rows'.)
MISPERIOD = {(HIYAMA, "pdftotext")}
#: Initiatives matched by code read under another title: 檜山町 through -layout (1–4 titled with their 担当課).
MISTITLED = {(HIYAMA, "pdftotext -layout")}

BATCH = Batch.of(
    unseen29,
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


def test_checkboxes_downloaded_as_true_or_false_are_the_years() -> None:
    """蓬田町's 「実施年度」 checkboxes (cells TRUE / FALSE): a TRUE its year, a FALSE none — 2 from R8, 3 R7–R8, 8 R8–R9."""
    items = by_code(read(YOMOGITA, "upload"))
    assert [s["fy"] for s in items["2"]["schedule"]] == [2026, 2027, 2028]
    assert [s["fy"] for s in items["3"]["schedule"]] == [2025, 2026]
    assert [s["fy"] for s in items["8"]["schedule"]] == [2026, 2027]


def test_the_sheet_of_who_updated_what_is_no_field() -> None:
    """蓬田町's 更新者 (e-mail addresses) is no 担当課, the plan's period is the 「はじめに」 sheet's."""
    plan = read(YOMOGITA, "upload")
    assert not [i for i in plan["initiatives"] if any("@" in d for d in i["departments"])]
    assert (plan["plan"]["period"]["start_fy"], plan["plan"]["period"]["end_fy"]) == PERIODS[YOMOGITA]


@pytest.mark.slow
def test_a_merged_initiative_cut_by_a_page_break_is_one_initiative() -> None:
    """檜山町's 4 and 7, their merged cells printed on both sides of a page break (the header repeated between): one 取組
    each with all its indicator rows (4: three, 7: two), the R7 実績 「－」 of 9 no actual."""
    items = by_code(read(HIYAMA, "pdf"))
    assert [len(items[c]["indicators"]) for c in ("4", "7")] == [3, 2]
    assert [i["code"] for i in read(HIYAMA, "pdf")["initiatives"]].count("7") == 1
    assert [(a["fy"], a["value"]) for a in items["9"]["indicators"][0]["actuals"]] == [(2024, 24)]
