"""A twenty-eighth batch of plans no reader was written against (``other/unseen28.py``): nine documents in shapes the
batches before lack — 柚木町's Word 実施計画 (a heading a 取組, then a 「項目 | 内容」 table of 取組概要 / 担当課 / ＫＰＩ / 現状値 /
目標値 / スケジュール 「R7：検討　R8～R10：実施」, two indicators in one cell 「①…　②…」), 紅葉台市's 中間見直し 取組シート (a sheet a
基本目標, 目標値 「変更前 | 変更後」 under a merged header, 「同左」, 年度別事業費 in 千円, a 再掲 row), 桐ヶ峰市's 事務事業評価 CSV
(CP932, three lines of preamble, 活動指標 and 成果指標 side by side in one row, a 合計 row), 蛍野町's web page copied as
text (「■基本目標1」「●施策1-1」「・取組（担当：…）（KPI：… 50件→200件）」), 駒形町's 進捗管理表 pasted twice on one sheet
(the second block a year on), two 見直し案 — 蓮華寺町's workbook kept 見え消し (old text struck through beside the new in
red, a row struck out, a 【新規】 row) and 椋木市's Word table with its 変更履歴 left in (``w:del`` / ``w:ins``, a row
deleted and one inserted) — and two PDFs printed by Chromium: 霞ヶ丘市's A3 進捗状況一覧 (目標 / 実績 sub-rows under the
year columns R6 … R9) and 白梅市's 取組カード two a page (the 担当課 in a box at the top right, a 工程表 of arrows over
R7–R10) — each PDF also as ``pdftotext`` in both modes. Each reading is scored with ``scoring.score`` against the plan
the document states."""

from __future__ import annotations

from .other import unseen28
from .other.unseen28 import KASUMIGAOKA, KIRIGAMINE, KOMAGATA, MOMIJIDAI, MUKUNOKI, RENGEJI, SHIRAUME, YUNOKI
from .scoring import Reached
from .unseen_harness import Batch, batch_readings, by_code, said

#: (document, how): a file as uploaded ("upload"), a PDF each of ``HOWS``.
read, VARIANTS = batch_readings(unseen28)


#: Exact when first measured: 椋木市 as uploaded (its 変更履歴 read as accepted: the ``w:ins`` text kept, the ``w:del``
#: text and the deleted row gone). Short of exact yet above the bar: none (every reading short of exact is below it).
#: Exact since: 駒形町, 蓮華寺町 and 紅葉台市 as uploaded (see BELOW's notes).
FLOORS: dict[tuple[str, str], Reached] = {
    # first below (KPI 0.33, schedule 0.16: see BELOW's note on 白梅市); left: the steps, words centred over arrows
    (SHIRAUME, "pdftotext -layout"): (1.0, 1.0, 1.0, 1.0, 0.16),
    # first below (KPI 0.16, schedule 0: see BELOW's note on 白梅市); left: the schedule
    (SHIRAUME, "pdftotext"): (1.0, 1.0, 1.0, 1.0, 0.0),
}

#: Below the bar as first measured (F1, codes, 担当課, KPI numbers, schedule):
#: - 柚木町 as uploaded (KPI 0.83; F1, codes, 担当課, schedule exact — 「R7：検討　R8：構築　R9～：運用」 is read right): 1-2's
#:   ＫＰＩ cell 「①書かない窓口の対応手続数　②窓口の平均待ち時間」 IS split into two indicators, but the 現状値 「①0手続　②25分
#:   （令和６年度）」 dates only the second: ① baseline (None, 0) where the document states (2024, 0) (② (2024, 25) right;
#:   targets ① (2028, 40) and ② (2028, 15) right). 2-2's 「一部の課で試行」→「全庁展開」 is kept as text without a number,
#:   right. Exact now: the year closing a cell of numbered figures dates each (``fields._numbered_values``).
#: - 紅葉台市 as uploaded (KPI 0.42; F1, codes, 担当課 exact; the 再掲 row 「電子申請の拡充（再掲）」 is rightly no second 1-1;
#:   exact now — a value column's 「変更前」 is a note, the 変更後 the value, 「同左」 the value left of it, and A2's period
#:   read past the 「（単位：千円）」 at the row's right end, no warning):
#:   under 「目標値（R9）」 merged over 「変更前 | 変更後」 the 変更前 column is read as the target and the 変更後 ignored —
#:   1-1 (2027, 200) where the 見直し states 320, 1-3 15 not 25, 2-1 3000 not 2000, 3-1 600 not 800 (as target and as
#:   final target each); the rows whose 変更後 is 「同左」 (1-2, 2-2, 3-2) come out right only because 変更前 is the kept
#:   value; 2-3's target text is the 変更前 「一部導入」, not 「全庁展開」. A warning says 「計画期間が文書にないため、基準値の
#:   翌年度から目標値の年度まで（令和5年度〜令和9年度）としました」 though every sheet's A2 states 「計画期間：令和５年度～令和９年度
#:   （令和７年３月見直し）」 (the period comes out right by chance).
#: - 桐ヶ峰市 as uploaded (KPI 0; F1, codes, 所管課 as 担当課, schedule 事業開始年度–事業終了年度 exact; the 合計 row is no 取組):
#:   the row's two indicators are merged into one named after the 活動指標 (「電子申請に対応した手続数」, unit 「」 though
#:   活動指標単位 「手続」), whose targets are the 活動指標目標（R6） (2024, 150), the 成果指標基準値（R4） as a TARGET (2022, 8.5)
#:   (no baseline) and the 成果指標目標（R8） (2026, 40.0, also final); the 成果指標名 「電子申請の利用率」 and both 実績（R6）
#:   columns (活動 163, 成果 21.3) are lost, no warning. The plan's title is the preamble's third line with its label,
#:   「対象：桐ヶ峰市ＤＸ推進計画（令和５年度～令和８年度）関連事業」. Exact now: 「活動指標名」「成果指標基準値（R4）」 are
#:   the columns of the row's indicator of each kind, named by its 名 column (``labels._KIND_COLUMN``,
#:   ``tables.TableReader.kind_indicator``); the title's label 「対象：」 is no part of it.
#: - 蛍野町 as uploaded (F1 0): the four 「●施策1-1　行政手続のオンライン化」 lines are the 取組 (1-1, 1-2, 2-1, 3-1, no KPI;
#:   2-1 with 担当課 総務課) and every 「・電子申請の拡充（担当：総務課）（KPI：電子申請手続数 50件→200件）」 bullet is kept as
#:   their ``actions`` text — none of the ten 取組, no 担当課, no KPI, no warning; 3-1's summary is the page's footer
#:   (「※KPIの「→」の左は…」 to 「このページの先頭へ」, with 「お問い合わせ　総務課 情報係」 and the address). Exact now: a bullet
#:   closing with its fields in brackets, one naming its 担当, is a 取組 (``outline._bracketed_bullet``), the lines a blank
#:   line below it no more of it, and 「現状値（令和５年度）→目標値…」 in the page's prose dates the baselines.
#: - 駒形町 as uploaded (KPI 0; F1, codes, 担当課 exact; exact now — a header differing from the table's in a year label,
#:   「実績（R7）」 for 「実績（R6）」, is a new block's header, no repeat; each 取組 has both years' 実績 and 進捗): only the
#:   first block (【令和６年度末時点】, 実績（R6）) is read; the
#:   second block's header 「実績（R7）」 is not taken for a header and its rows 1–6 are dropped silently (no warning), so
#:   every R7 actual is lost (1: 92, 2: 1,150 … 6: 80.3); 7, which only the second block lists, is read with its R7
#:   actual 95 as (2024, 95) — under the first block's 実績（R6） column. (Why, as read: the second header differs from
#:   the first in 「実績（R7）」 alone, so ``shapes.tables._is_repeat`` takes it for the header printed again and skips it
#:   before a new header is looked for; the rows of codes already read then add a second 2024 actual, not kept.)
#: - 蓮華寺町 as uploaded (F1 0.93, 担当課 0.85, KPI 0.42; codes, schedule exact; exact now — struck-through text is
#:   read as deleted: a struck run of rich text left out, a cell struck whole empty, a warning naming the cells): the 見え消し is not seen — each cell is
#:   its struck and its new text run together: targets 1 「200手続⏎320手続」 → (2028, 200) not 320, 2 「~~6窓口~~10窓口」
#:   → 6 not 10, 5 「500時間 1,200時間」 → 500 not 1,200, 7 150 not 200 (as target and final target each); 2's 担当課
#:   「~~税務課~~住民課・会計課」 → 税務課, 住民課, 会計課; 5 titled 「ＲＰＡの導入ＲＰＡ・生成ＡＩの活用」; the struck-out row 3
#:   「ＦＡＸによる申請受付の電子化」 is a 取組 with its KPI and schedule. (Why: ``readers.xlsx`` loads the workbook
#:   without its rich text, so a cell is its runs' text joined and a run's ``strike`` is never seen.) 2's 実施時期
#:   「~~R6～R8~~⏎R6～R9」 comes out right (2024–2027); 8's 「【新規】」 is kept out of its title.
#: - 霞ヶ丘市 as the PDF (KPI 0; F1, codes, 担当課, baselines exact): the 区分 column 「目標」/「実績」 is not read — each
#:   目標 row's R6 … R9 figures become the ACTUALS (1-1 actuals 180, 260, 340, 420 for 2024–2027, no target, no final
#:   target) and each 実績 row is dropped (1-1's 192, 271 lost); 2-3's two indicators are both found, the same way.
#:   Through -layout and plain pdftotext (KPI 0): the text is taken for 「表のセルが1つずつ並んだテキスト」 (a cell a line,
#:   said in a warning, even for -layout's aligned columns) and no indicator is read (1-1 ``indicators`` []). (Why, as
#:   the PDF is read: ``labels.classify`` makes the group header 「年度別の目標・実績」 an 「実績」 column (its label ends in
#:   実績), so R6 … R9 are actual columns, and ``shapes.tables`` lets a 区分 cell's measure (「目標」) name the role of a
#:   year column only when the column's role is ``schedule``.) Now: as the PDF exact — a 区分 cell's 「目標」/「実績」 names
#:   its row's figures under a group header's years whatever the header says (``tables.TableReader.fill``); through
#:   -layout KPI 0.88 — the sheet's 「計画期間：…　基準日：…」 line over the header is no header line
#:   (``columns._VALUED``), the labels centred over their columns are (``columns._centred_over_columns``: 「単位」 at the
#:   start of the column it fills), and each row's line beside its 「目標」 line goes up to it whole (``_keys_lifted``),
#:   a 基本目標's heading over the run no part of it; left: 2-3's second indicator (電子決裁率, its 目標 line under the
#:   first's 実績) is lost. Through -layout exact since: the lines over a row's number that write where its first does
#:   not are its first line (``columns._keys_lifted``: 2-3's 「目標」 figures and 「庁内の印刷枚数 万枚 480」), a row under
#:   one read by order is read where its words stand (``columns._under_own``), and a 「実績」 row with no name of its own
#:   is the indicator's above (``tables.TableReader.fill``). Plain pdftotext still KPI 0.
#: - 白梅市 as the PDF (担当課 0, schedule 0.16; F1, codes, KPI exact): each card takes the 担当課 of the NEXT card (1-1
#:   「市民課」, 1-2 「スポーツ振興課、生涯学習課」, 1-3 「情報政策課」, 2-1 「情報政策課、行政改革課」, 2-2 「地域福祉課」)
#:   — the box at the top right is read after the card before (``readers.pdf._document`` orders a card's blocks by
#:   their top, and the box's rule and 9pt text stand above the 14pt title's glyphs, so 「担当課 | 市民課」 comes before
#:   「取組 1-2」's heading and is a field of 1-1); the 工程表 is cut in two tables — the year row 「R7 | R8 | R9 | R10」
#:   and, with no header, the arrows' row (1-1 「対象手続の選定 | | 順次拡大 |」, the word of an arrow over R8–R10 in the
#:   R9 column; 3-1's one arrow over the four years 「講座・相談会の開催 | 」) — so 1-1, 1-2, 2-2 and 3-1 have no step;
#:   only 1-3 and 2-1 keep the years over their arrows (their columns split at the arrowheads, 「R7 | R8 | R8 | R9 |
#:   R10 | R10」): 2-1 「移行」 2025 right, 1-3 「構築」 2026 and 「運用」 2027 (2028 lost). Exact now: a small table drawn right of
#:   a line and starting a little above it is read after it (``readers.pdf._boxes_beside_lines``), an arrow's head (a
#:   shape filled, not outlined) rules no table (``pdf._is_filled_curve``), and a bar over a cell merged across years
#:   holds its word in each (``cards.table_fields``).
#:   Through -layout (F1 0.36, codes 0, KPI 0, schedule 0): the cards are not told apart by 「取組 1-1」 — five 取組
#:   without code, titles such as 「窓口のワンストップ化→」 and 「基幹業務システムの標準化担当課 情報政策課」, the 工程表's
#:   year labels read as indicators (1-2 「R8」 baseline (2027, 140) from 「140手続R9」), 1-3's final target the baseline
#:   5 (「5施設 ■工程表」); now F1, codes, 担当課 exact (KPI 0.33, schedule 0.16): a card's 「取組 1-2 … 担当課 市民課」 line
#:   ends the table above and is its heading and 担当課 (``columns._card_head``), 「 ■工程表」 one blank in ends a table
#:   (``columns._marked_heading``); left: on page 2 each figure is read a column right of its label (「5施設」 under
#:   目標値: the labels centred, the figures right-aligned, pdftotext's grid apart), the steps a year each. KPI exact
#:   since: a small table's cells in columns no label heads, as many a row as the header's labels, are those columns
#:   in order (``columns._in_header_order``). Through plain pdftotext (KPI 0.16, schedule 0): the cards after the first are
#:   titled 「R10」 (1-2, 2-1, 3-1: the last year label of the card before), target values run into the summary
#:   (1-1's 「400手続」), every schedule 2025–2027 labelled 「実施」 then the arrows' words. KPI exact now (schedule 0
#:   still): five cards give their box's labels with the name among them (「指標」「現状値（R6）」「電子申請できる手続数」
#:   「目標値（R10）」「140手続」「400手続」), which were no box's — its labels naming their years — and its run went on
#:   into the 「■工程表」's years; a box's labels that name their year are its columns where its cells fill each row whole,
#:   and a card's next heading ends the run (``measure_lines._dated_box``, ``_card_heading``; ``test_rule_bounds_plain4.py``).
BELOW: dict[tuple[str, str], Reached] = {
    (KASUMIGAOKA, "pdftotext"): (1.0, 1.0, 1.0, 0.0, 1.0),
}

#: Refused as no plan: none.
REFUSED: set[tuple[str, str]] = set()

#: The municipality and the period read otherwise than the document's: none.
MISNAMED: set[tuple[str, str]] = set()
MISPERIOD: set[tuple[str, str]] = set()
#: Initiatives matched by code read under another title (first measured): 白梅市 through plain pdftotext (1-2, 2-1 and
#: 3-1 titled 「R10」); 蓮華寺町 (5 「ＲＰＡの導入ＲＰＡ・生成ＡＩの活用」, its struck title run into the new) is titled
#: right now (its struck run left out). 霞ヶ丘市 through -layout (first read since its KPI): 2-3, its two indicators'
#: 目標 / 実績 lines around its own, was titled 「ペーパーレス化の推進 総務課」, its 担当課 the first indicator's name (titled
#: right now: see BELOW's note on 霞ヶ丘市).
MISTITLED = {(SHIRAUME, "pdftotext")}

BATCH = Batch.of(
    unseen28,
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


def test_a_total_row_is_no_initiative() -> None:
    """桐ヶ峰市's 「合計」 row (予算額 and 決算額 summed) is no 取組."""
    assert [i["code"] for i in read(KIRIGAMINE, "upload")["initiatives"]] == [
        "D0101",
        "D0102",
        "D0103",
        "D0201",
        "D0202",
        "D0301",
        "D0302",
    ]


def test_a_reposted_row_on_another_sheet_is_no_second_initiative() -> None:
    """紅葉台市's third sheet lists 1-1 again as 「電子申請の拡充（再掲）」: one 取組 1-1, titled without the mark."""
    plan = read(MOMIJIDAI, "upload")
    assert [i["title"] for i in plan["initiatives"] if i["code"] == "1-1"] == ["電子申請の拡充"]


def test_a_schedule_of_named_phases_covers_each_year() -> None:
    """柚木町's 「R7：検討　R8：構築　R9～：運用」 is a step each year to the plan's last, each labelled with its phase."""
    items = by_code(read(YUNOKI, "upload"))
    assert [(s["fy"], s["label"]) for s in items["1-2"]["schedule"]] == [
        (2025, "検討"),
        (2026, "構築"),
        (2027, "運用"),
        (2028, "運用"),
    ]


def test_a_target_of_no_number_is_kept_as_its_words() -> None:
    """柚木町's 2-2 「一部の課で試行」→「全庁展開」: an indicator whose values are words, no number made up."""
    (indicator,) = by_code(read(YUNOKI, "upload"))["2-2"]["indicators"]
    assert (indicator["final_target"]["value"], indicator["final_target"]["text"]) == (None, "全庁展開")


def test_tracked_changes_are_read_as_accepted() -> None:
    """椋木市's 変更履歴: a cell's ``w:del`` text is gone and its ``w:ins`` text kept (1-1's target 「150手続」→「220手続」,
    2-3 「ペーパーレス会議」→「ペーパーレス会議の推進」), the deleted row 「紙の申請書のＯＣＲ読取」 is no 取組 and the row
    inserted under the same 番号 2-1 is."""
    plan = read(MUKUNOKI, "upload")
    items = by_code(plan)
    assert items["1-1"]["indicators"][0]["final_target"]["value"] == 220
    assert (items["2-1"]["title"], items["2-3"]["title"]) == ("生成ＡＩの活用", "ペーパーレス会議の推進")
    assert not [i for i in plan["initiatives"] if "ＯＣＲ" in i["title"]]


def test_a_table_pasted_again_a_year_on_adds_that_years_actuals() -> None:
    """駒形町's 進捗管理表 pasted again under 「実績（R7）」: a 取組 of both blocks is one with both years' 実績 (1: 58 in
    2024, 92 in 2025), the 取組 only the second lists (7) has its R7 実績 as 2025's."""
    items = by_code(read(KOMAGATA, "upload"))
    assert [(a["fy"], a["value"]) for a in items["1"]["indicators"][0]["actuals"]] == [(2024, 58), (2025, 92)]
    assert [(a["fy"], a["value"]) for a in items["7"]["indicators"][0]["actuals"]] == [(2025, 95)]


def test_struck_through_text_is_deleted() -> None:
    """蓮華寺町's 見え消し: the struck text is gone — 1's target 320 (not 200), 2's 担当課 住民課, 会計課 (not 税務課), 5
    titled 「ＲＰＡ・生成ＡＩの活用」, the struck-out row 3 no 取組 — and a warning says the struck text was left out."""
    plan = read(RENGEJI, "upload")
    items = by_code(plan)
    assert items["1"]["indicators"][0]["final_target"]["value"] == 320
    assert (items["2"]["departments"], items["5"]["title"]) == (["住民課", "会計課"], "ＲＰＡ・生成ＡＩの活用")
    assert "3" not in items
    assert said(plan, "取消線", "取組一覧（見直し案）", "F6")


def test_the_reviewed_target_is_the_target() -> None:
    """紅葉台市's 「目標値（R9）」 over 「変更前 | 変更後」: the 変更後 is the target (1-1 320, 2-1 2000 — lowered; 2-3 「全庁展開」),
    「同左」 keeps the 変更前 (1-2 30); the period of each sheet's A2 is read, no warning that it is missing."""
    plan = read(MOMIJIDAI, "upload")
    items = by_code(plan)
    finals = {c: items[c]["indicators"][0]["final_target"] for c in ("1-1", "1-2", "2-1", "2-3")}
    assert [(f["value"], f["text"]) for f in finals.values()] == [(320, "320"), (30, "30"), (2000, "2000"), (None, "全庁展開")]
    assert not said(plan, "計画期間")
