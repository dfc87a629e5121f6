"""A thirtieth batch of plans no reader was written against (``other/unseen30.py``): six plans in shapes the batches
before lack — 茜沢町's 中間見直し 取組一覧 whose 取組名 open with 【継続】【拡充】【統合】【新規】【廃止】 (the 廃止 取組 kept in the
list), 杣谷村's answer to the 県's 調査票 saved as CSV in CP932 (様式２, the 団体 on lines of their own, a 記入要領 row and a
記入例 row under the header, years in 西暦), 楡野市's 実施工程表 book (表紙, 目次, the plan on the third sheet from row 6,
steps as shaded quarter cells under each year's 「4-6月 | 7-9月 | 10-12月 | 1-3月」, three hidden columns — one an old
target — and ※ notes under the table), 蒼葉町's Word table with its 基本方針 and a 取組 of two indicators merged down
(``w:vMerge``) and 担当課 written 「総務部情報政策課」 — and two documents uploaded and printed: 菖蒲台市's 成果指標進捗管理表
(an indicator two rows, 目標 / 実績, under R6 R7 R8, 評価 ◎○△×; printed by Calc) and 柘植町's 実施計画 in Word (番号, 担当課
and the years' header cells set vertically in narrow columns, 「●」 a year; exported by Writer), each PDF also as
``pdftotext`` in both modes. Each reading is scored with ``scoring.score`` against the plan the document states."""

from __future__ import annotations

from .other import unseen30
from .other.unseen30 import AKANESAWA, AYAMEDAI_PDF, NIRENO, SOMADANI, TSUGE_PDF
from .scoring import Reached
from .unseen_harness import Batch, batch_readings, by_code

#: (document, how): a file as uploaded ("upload"), a PDF each of ``HOWS``.
read, VARIANTS = batch_readings(unseen30)


#: Exact when first measured: 楡野市 as uploaded (the third sheet's table from row 6 read, 表紙 and 目次 no 取組, the
#: shaded quarter cells the halves of each step — 4-6月 and 7-9月 half 1, 10-12月 and 1-3月 half 2 — the hidden 旧番号,
#: 内部管理コード and 前回目標値（R9） no field: 1's target 300, not the hidden 250), 蒼葉町 as uploaded (the vertically merged
#: 基本方針 and 1-2's and 2-2's merged cells read once, each of their two indicators kept; 「総務部情報政策課」 the 課),
#: 菖蒲台市 as uploaded and as the PDF (目標 / 実績 rows each year's target and actual, 「－」 and blank none, ◎○△× no
#: figure), 柘植町 as uploaded (the vertical header cells, 「会計課⏎税務課」 two 課, 「●」 a year). Exact since: 杣谷村 as
#: uploaded (see BELOW's notes) and 茜沢町 as uploaded (see the notes below).
#:
#: Short of exact yet above the bar (F1, codes, 担当課, KPI numbers, schedule), as first measured:
#: - 茜沢町 as uploaded (F1 0.900 — P 9/11, exactly at the bar; codes, 担当課, KPI, schedule exact): the two 取組 the
#:   中間見直し marks 【廃止】 — 1-3 「【廃止】ＦＡＸによる申請受付の拡大」 (見直しの内容 「利用が見込めないため廃止し、電子
#:   申請（1-1）で対応する。」) and 2-3 「【廃止】庁内グループウェアの更新」 (「令和６年度に更新を完了したため、取組としては
#:   終了する。」) — are read as 取組 of the plan, with ``marks`` ['廃止'], their 担当課 and their 実施年度 R5～R6 as schedule 2023–2024, and no warning; the legend over
#:   the table says 「【廃止】見直しにより廃止（令和６年度で終了）」. The other marks are read right (【拡充】【統合】【継続】
#:   【新規】 into ``marks``, out of the titles). (Why, as far as seen: a 【廃止】 mark is kept as a mark like 【完了】; no reader
#:   takes it for a 取組 the revised plan no longer holds, as it takes a struck row of a 見え消し — batch 28's 蓮華寺町.)
#:   Exact since: a 取組 marked 【廃止】 is no 取組 of the plan as revised, left out and named in a warning
#:   (``generic._without_abolished``); 【完了】 and 【終了】 取組 stay, done within the plan.
#: - 柘植町 as the PDF (担当課 0.875; F1, codes, KPI, schedule exact): 5 「会議のペーパーレス化」 has one 課 「総務課議会事務局」
#:   where the cell holds two paragraphs 「総務課」 and 「議会事務局」 (Writer wraps the second in the 14 mm column: 「総務課」
#:   / 「議会事」 / 「務局」); the cell's lines are joined as one word wrapped. 3 「会計課」 / 「税務課」 and 7 「生涯学」 / 「習課」 /
#:   「健康福」 / 「祉課」 are split right.
FLOORS: dict[tuple[str, str], Reached] = {
    (TSUGE_PDF, "pdf"): (1.0, 1.0, 0.875, 1.0, 1.0),
}

#: Below the bar as first measured (F1, codes, 担当課, KPI numbers, schedule):
#: - 杣谷村 as uploaded (F1 0.889 — P 8/10; schedule 0; codes, 担当課, KPI exact): read as shinchoku's own template (its
#:   warnings 「列 '国の重点取組事項（選択）' はこのテンプレートにないため読み飛ばしました」, the same for 取組の概要, 実施状況（選択）,
#:   開始年度（西暦） and 終了年度（西暦）): the 県's 記入要領 row under the header is a 取組 coded 「（半角数字）」 titled 「（20字
#:   以内）」 with 担当課 「（課名まで）」 and an indicator 「（KPIがない場合は空欄）」 whose 基準値 and 目標値 are the text 「（半角
#:   数字）」 (warnings: 基準年度 '（半角数字4桁）' を年度として読めません …), and the 記入例 row 「例 | … | ○○手続のオンライン化 |
#:   ○○課 | …」 is a 取組 coded 「例」 with its example KPI 10 (2023) → 50 (2026); no 取組 has a schedule, the 開始年度（西暦） |
#:   終了年度（西暦） columns (「2024」 | 「2027」) skipped as unknown, where each states its years (1: 2024–2027, 4: 2024–2025,
#:   7: 2024). The eight rows of the 村 are otherwise right (担当課, 基準年度 / 目標年度 with their figures). The period is not
#:   read (None): 「計画期間 | 令和6年度～令和9年度」 stands on the 計画名 line after 「計画名 | 杣谷村デジタル化推進計画」, whose
#:   name is read as the plan's title. Exact since: a header with a column of the years a 取組 starts or ends in, which
#:   the template has no field for, is the generic readers' table even under the template's 計画名 rows
#:   (``template._spans_skipped``: 開始年度 – 終了年度 the schedule, the 計画期間 beside the 計画名 the period); a row of
#:   bracketed notes on how to fill each column in is a 記入要領, no 取組 (``tables._is_guide_row``, warned; the 記入例 row
#:   was the generic readers' already); 「（西暦）」 is no part of a year column's label (``labels._CALENDAR``:
#:   基準年度（西暦） dates the 基準値).
#: - 菖蒲台市 through -layout (F1 0 — no 取組 matched; the other figures vacuous): every row is read one column to the left —
#:   the No. and 取組名 are the code (「1 電子申請の拡充」), the 担当課 the title (「デジタル推進課」), the 成果指標 the 担当課
#:   (「電子申請できる手続数」) and the 担当課 again the indicator's name. Each 取組 keeps only its first indicator (3's
#:   「キャッシュレス決済の利用割合」 and 7's 「デジタル活用支援員の人数」 lost). The 基準値（R5） is no baseline: 1, 3, 4 and 7 have it
#:   as a target of 2023 (1: (2023, 60) before (2024, 100) (2025, 150) (2026, 200)), 2, 5, 6 and 8 as an actual of 2023.
#:   The 実績 line under a 取組's 目標 / main lines goes to the 取組 below it: 2's actuals are 1's 112 / 148, 3's are 2's
#:   23.8 / 27.1, 5's 4's 1,620 / 2,710, 6's 5's 13.4 / 18.9; 1 and 4 have none. 8 has no target at all (its 目標 line 50 /
#:   65 / 80 lost), its actuals (2023, 35) (2024, 58) (2025, 71). The lines are as Calc prints a row of merged cells:
#:   each 取組's No. / 取組名 / 担当課 on the middle line of its block, the 目標 figures on the line above and the 実績 figures
#:   on the line below (for a 取組 of two indicators the No. line between the two blocks). The period read 2023–2026
#:   (基準値（R5） taken for its start; 「計画期間：令和６年度～令和８年度」 states 2024–2026). Exact since: a header that
#:   centres most labels over cells written from their left edge (取組名 / 担当課 / 成果指標) and sets the others over
#:   their columns (単位, （R5）, the years over right-aligned figures) has the columns its rows write in, one a label in
#:   order, where they are as many (``columns._columns_in_header_order``); the lines under a row as many as it took from
#:   above it are its own, not the next row's to take, and a 目標 line over a row's first line goes with it though the
#:   実績 line under it leaves R8 empty (``columns._centred``, ``_written_below``). ``test_centred_rows.py`` reads a sheet
#:   of that shape written by hand.
#: - 柘植町 through -layout (担当課 0, schedule 0, codes 0.875, KPI 0.857; F1 exact; codes and KPI exact since the
#:   centred rows above: 2's title halves and 1's 「（R5）」 are its row's): the header's vertical cells come out a
#:   character a line (「番」 / 「号」, 「担」 / 「当」 / 「課」, 「令」 / 「和」 / 「６」 / 「年」 / 「度」 side by side), so no 担当課 column
#:   and no year column is found: every 取組 has ``departments`` [] and no schedule, though the 課 stand under 「課」 and the
#:   「●」 under the years. 2 「マイナンバーカードを使った窓口」 (its title wrapped, 「２」 on the line between its two halves) has
#:   no code and its indicator is named after its title, not 「カードで申請できる手続数」 (figures right); 1's baseline has no
#:   year (「30 手続」 with its 「（R5）」 on the next line lost), the others' 「（R5）」 are read. A warning says a line without
#:   a 取組名 was skipped.
#: - 柘植町 through plain pdftotext (F1 0.545 — P 3/3, R 3/8; 担当課 0, KPI 0, schedule 0): the three 施策 rows are the only
#:   取組, coded 1–3 by the number that follows each in the text (「施策１ 行政手続のデジタル化」 + 「１」 → 1 「行政手続のデジタル
#:   化1」, 2 「役場のデジタル化」, 3 「暮らしのデジタル化」 with the steps (2023, None) and (2027, None)); 取組 4–8 are not found.
#:   pdftotext gives the table column by column (the 課 cells together after the third 施策, the 現状値 / 目標値 pairs after
#:   them), so no row of a 取組 holds its fields.
#: - 柘植町 through -layout now 担当課 0.75, schedule 1.0: the 「令 令 令 令」 and 「担 和 和 和 和」 lines over the labels'
#:   line were cut off as the sheet's title (no label of the dictionary in them); lines of characters each alone are
#:   the header's upper lines now (``columns._set_vertically``), and the 「６」 under 「令和」 the year's number, no figure
#:   (``columns._values_below``): 担当課 and 令和６年度 … 令和９年度 are columns (``test_rule_bounds_layout.py``). Then 4's
#:   two-line 「企画財 / 政課」 and 5's three-line 「総務課 / 議会事 / 務局」, each centred on its row, met — 総務課 read as 4's
#:   second 課. Exact since: where a table's rows are centred (some row took lines over it), a cell's line over a row's
#:   line in a column the row's line and the lines under it write in too is the row's (a cell of three lines centred on
#:   it), read top to bottom (``columns._centred``, ``_cell_tops_down``).
BELOW: dict[tuple[str, str], Reached] = {
    (TSUGE_PDF, "pdftotext"): (0.545, 1.0, 0.0, 0.0, 0.0),
}

#: Refused as no plan: 菖蒲台市 through plain pdftotext (「計画ファイルとして認識できません。…」). pdftotext gives Calc's
#: print as runs of one column each — the header words, then 取組名 / 担当課 / 成果指標 / 単位 / 基準値 of some rows, then all
#: the 区分 and figures (「目標」 「100」 「150」 「実績」 「112」 「148」 …), the R8 targets and the 評価 marks after, the No. and
#: 基本目標 titles scattered among them — so no line holds a 取組 with its 担当課.
REFUSED = {(AYAMEDAI_PDF, "pdftotext")}

#: The municipality read otherwise than the document's: none.
MISNAMED: set[tuple[str, str]] = set()
#: The period read otherwise: none. 菖蒲台市 through -layout first 2023–2026 (see BELOW); right since 「基準値」 alone on the
#: line over 「（R5）」 names that year's column (``tables._labels_over_years``), no year of the 工程. 杣谷村 as uploaded: none.
MISPERIOD: set[tuple[str, str]] = set()
#: Initiatives matched by code read under another title: 柘植町 through plain pdftotext (1–3 titled with the 施策).
MISTITLED = {(TSUGE_PDF, "pdftotext")}

BATCH = Batch.of(
    unseen30,
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


def test_a_hidden_column_is_no_part_of_the_plan() -> None:
    """楡野市's hidden 前回目標値（R9） (the target before the revision) is not the target, its hidden 旧番号 not the code."""
    items = by_code(read(NIRENO, "upload"))
    assert sorted(items) == [str(n) for n in range(1, 9)]
    assert items["1"]["indicators"][0]["final_target"]["value"] == 300


def test_shaded_quarters_are_halves_of_their_years() -> None:
    """楡野市's steps drawn as shaded quarter cells: 3 from 7-9月 R7 to 1-3月 R7, then 10-12月 R8 to 7-9月 R9."""
    items = by_code(read(NIRENO, "upload"))
    assert [(s["fy"], s["half"]) for s in items["3"]["schedule"]] == [
        (2025, 1),
        (2025, 2),
        (2026, 2),
        (2027, 1),
    ]


def test_the_forms_guide_and_example_rows_are_no_initiatives() -> None:
    """杣谷村's 調査票: the 県's 記入要領 row 「（半角数字）…」 and 記入例 row 「例 …」 under the header are no 取組."""
    codes = [i["code"] for i in read(SOMADANI, "upload")["initiatives"]]
    assert codes == [str(n) for n in range(1, 9)]


def test_a_reviews_abolished_initiatives_are_named_not_read() -> None:
    """茜沢町's 【廃止】 取組 (1-3, 2-3), kept in the 中間見直し's list to say what became of them, are no 取組 of the revised
    plan: each named in a warning; the 【統合】 取組 beside them stay, their mark kept."""
    plan = read(AKANESAWA, "upload")
    items = by_code(plan)
    assert "1-3" not in items and "2-3" not in items
    assert items["1-2"]["marks"] == ["統合"]
    said = [w["message"] for w in plan["warnings"] if "【廃止】" in w["message"]]
    assert [("1-3「" in m, "2-3「" in m) for m in said] == [(True, False), (False, True)]
