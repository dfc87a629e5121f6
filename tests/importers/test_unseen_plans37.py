"""A thirty-seventh batch (``other/unseen37.py``): the nine WHOLE plans of batches 35 and 36 laid out again as the PDFs
their texts were extracted from — ruled tables (a header repeated on each page in two, merged cells in two), headings,
目次, the running header and page number the printer's, 檜山台市's ロードマップ on A3 landscape pages, 琴浦野村 printed by
LibreOffice Writer — each read as the PDF, through ``pdftotext -layout`` and through plain ``pdftotext``, and scored
with ``scoring.score`` against the plan its text states (``unseen35.PLANS``, ``unseen36.PLANS``)."""

from __future__ import annotations

from .other import unseen37
from .other.unseen37 import (
    ASANAGI_PDF,
    HIYAMADAI_PDF,
    KOTOURANO_PDF,
    SHIRASAGIDAI_PDF,
    TOKINOMORI_PDF,
)
from .scoring import Reached
from .unseen_harness import Batch, batch_readings

read, VARIANTS = batch_readings(unseen37)

#: Exact when first measured: 白鷺台市 as the PDF (its 取組一覧, the header a <thead> repeated on the next page and the
#: 基本方針 rows across, joined to its 工程表; the 施策の体系's merged 基本理念 no 取組), 萩ノ台市 as the PDF and through plain
#: pdftotext, 檜山台市 as the PDF (the ロードマップ on its A3 landscape page read with the A4 pages), 朱鷺ノ森市 as the PDF,
#: 朝凪県 as the PDF (the 体系図's merged 基本目標; the ◆ list joined by code), 若草野町 through plain pdftotext.
#:
#: Exact since (first measured below the bar, or short of exact above it):
#: - 萩ノ台市 through -layout (F1 0 — the whole plan one 取組 titled 「18～39歳 40～59歳 60歳以上」, every 担当課 and indicator
#:   of 第４章 and the 用語集's terms in it) and 若草野町 through -layout (F1 0.917: two 取組 of no code, 「担当課 結果」 and
#:   「若草野町 Ａ町 Ｂ町 Ｃ村 県内町村平均」): a table's header as -layout keeps it — 「項目      18～39歳      40～59歳
#:   60歳以上」, 「名称      構成      役割」, 「取組      担当課      結果」 — was read as a card's 取組名 field (項目, 名称, 取組 title
#:   labels, the value wide apart after it), and that card took every field of the text after it (the 取組 of the outline
#:   not read as cards). A word any table has over its first column (``labels.generic_title``) followed by columns wide
#:   apart is no card's title now (``shapes.cards._spaced``).
#: - 竜胆台市 through plain pdftotext (F1 0.963 — P 13/14) and through -layout (F1 0 when first measured — 第２章's
#:   headings 「2 財政状況」「3 職員アンケート」 and its 財政 and アンケート rows read as the 取組, from a card opened by the 前半
#:   table's header 「取組      成果指標      策定時（R3） …」: F1 0.963 by the rule above, the 新旧対照表's 「取組      見直し前
#:   見直し後」 no card either): the cards read (the 新旧対照表 and the 前半 table no 取組, unlike the text), but 「取組2-3
#:   庁内無線ＬＡＮの整備【削除】」, deleted and printed for reference, was read as a 取組 (2023–2024). A 取組 marked 【削除】 is
#:   taken out as one marked 【廃止】 is, with a warning, and its number listed again elsewhere (the 新旧対照表's 「取組2-3 |
#:   庁内無線ＬＡＮの整備 | （削除）」, a line a cell through plain pdftotext) with it (``generic._without_abolished``).
#: - 朱鷺ノ森市 through -layout (担当課 0, schedule 0 when first measured; F1, KPI exact): the 取組一覧's narrow columns wrap
#:   (「基本方/針」, 「オンライン申請の/拡充」, 「R7～/R11」) and each second line's pieces went one column left — the title took
#:   the 概要's second line (「オンライン申請の拡充 書類を省略する。」), the 担当課 the 実施期間's second half (「R11」), no
#:   実施期間 read. pdftotext sets each character on its grid (a kanji one column), where the table's cells (0.91) and
#:   wrapped lines (0.83) line up, against 0.51 and 0.67 in display width; with its header's labels wrapped (no header
#:   found) the block was read in display width. A block whose cells line up on the grid almost all and far better than
#:   in display width, most wrapped lines too, is read on the grid (``readers.columns.on_grid``).
#: - 朝凪県 through -layout (担当課 0 when first measured; the rest exact): the ◆ list was read but not joined to the
#:   体系図 「基本目標 | No. | 主な取組 | 担当課」, which was no table of 取組: the 課題と対応 table above it ran on into it across
#:   「８ 施策の体系図」 (a blank line, the heading, the header), and within it the rows of a 基本目標 merged down
#:   (「１ 県民サービスの向上」 once over 1-1, 1-2, 1-3) were one row, 「1-1 1-2 1-3」 one cell — the first column's 「１」 taken
#:   for the rows' numbers. A plan's numbered part alone at the left edge (「８ 施策の体系図」「９ 主な取組の目標」) over the
#:   next table's header or a line of text ends the table above, and where a column of codes beside a numbered first
#:   column holds more of them than it, a code under a row's own (「1-2」 under 「1-1」) starts a row of its own, the first
#:   column merged down over them (``readers.columns``).
#: - 朝凪県 through plain pdftotext (F1 0.783, KPI 0 when first measured; codes, 担当課, schedule exact): the 体系図 (each
#:   cell a paragraph) was read, but as a table that ran on over 「９ 主な取組の目標」 and its ◆ list to 「10 市町村との連携」
#:   — one 取組 「市町村との共同調達共同調達に参加する市町村数 9団体（R5）→ 25団体（R10…」 numbered by the page's foot 「2」,
#:   no indicator read — and the 基本目標 merged down (「１ 県民サービスの向上」, its number heading 1-1's) three more 取組.
#:   The part numbered after the heading over a table (「８ 施策の体系図」) ends it (``cellrows._next_part``); under a
#:   section's label over the header (「基本目標」), a part's heading alone whose number heads the rows' codes is the merged
#:   column's cell, no row (``cellrows._group_cell``); a foot's title and its number a blank line apart, the number the
#:   page's last line, are furniture (``text._footed_numbers``).
#:
#: - 山吹野町 as the PDF, through -layout and through plain pdftotext (F1 0 and the period 2021–2030 when first measured,
#:   as its text): its 「■ 事業」 are the 取組 and its period the 計画期間's 2024–2028, by the rules that read the text
#:   (``outline._bullet_heads``, ``generic._names_its_period``; batch 36).
#: - 竜胆台市 as the PDF (F1 0 when first measured, as its text: the 新旧対照表 read as 8 取組): the 新旧対照表 set aside, the
#:   前半 table before the 取組 giving them nothing (``side_tables.revision_tables``, ``tables._only_their_own``).
#: - 若草野町 as the PDF (schedule 0.909 when first measured): 第５章's 「年度 | 内容」 table (令和６年度 …) on the page after
#:   the last card had gone into 3-3's years, its headings taken for parts of that card's sheet; a chapter's heading on a
#:   page after a card's is no part of its sheet (``cards._in_its_sheet``).
#: - 白鷺台市 through -layout (schedule 0.083 when first measured → exact; the rest exact): the 工程表's words (「拡充」
#:   「→」) are set from the left of their cells and the header 「R7 R8 R9 R10 R11」 centred over them: 1 「拡充 → → → →」 was
#:   read 2025, 2026, 2028, 2029 (2027 lost), 3 「拡大 → →」 (R7–R9) 2026–2028, 4 「構築 運用 → →」 (R8–R11) 2027–2029, 7
#:   「移行 運用」 (R7–R8) 2026–2027. The block was read in display width, where the titles of wide and narrow characters
#:   set each row's steps anywhere from 48 to 88 — close enough together to pass for columns a place either side (0.93
#:   against 0.96 on the grid) — while on pdftotext's grid every step starts at one of five places. A block whose cells
#:   start at the very same places on the grid, almost all, and far fewer so in display width is read on the grid
#:   (``columns._exactly_on_grid``: 0.94 against 0.34); there the header's first label 「No.」 at 4, over the numbers at
#:   0, no longer takes the titles' column at 10 for a drift under it, since neither it nor 「取組名」 (23, nothing from it
#:   to 「R7」) stands at a column (``columns._drifting_under_label``: 「R10」「R11」 at their steps' starts, not every label
#:   stands right of a column's start, which ``_centred_over_columns`` asks).
#: - 檜山台市 through -layout (schedule 0.583 when first measured → exact): a ロードマップ row with a blank year had no
#:   schedule — its words (「1-4」「ＡＩチャットボットの導入」「□□□」「━━━」「━━━」) as many as the header's columns, it was read
#:   word by word, 「1-4」 a cell and each mark a year later, and with R7 blank (2-4, 3-2, 3-3) the key was cut from its
#:   title into R7's empty cell. Where most rows' first cells hold a key and its words (「1-1 電子申請の拡充」) and no column
#:   starts inside a row's first cell, its key stays with its words (``columns._keyed_titles``, ``_row_words``,
#:   ``_split_key``).
#: - 琴浦野村 as the PDF (Writer; F1 0.952 — P 10/11 — when first measured, F1 exact since 第５章's PDCA table 「段階 | 内容
#:   | 時期」 is read as data, ``cards._heads_data``; schedule 0.9 → exact): 2-1 「基幹業務システムの標準化」 had no schedule —
#:   its table breaks between the row 「 | R6 | R7 | R8 | R9」 and 「スケジュール | 移行準備 | 移行 | 運用 | →」, and the label
#:   column's edge, drawn at 117.0 on both pages, was read 115.8 and 118.2 (pdfplumber snaps a rule to those near it): the
#:   page's table was taken for another, its steps under no year. Columns within pdfplumber's snap (3 points) are the same
#:   table's (``readers.pdf._same_table``).
#:
#: Above the bar since (first measured below it):
#: - 檜山台市 through plain pdftotext (refused as no plan when first measured; now schedule 0, the rest exact): 4.1's
#:   「取組1-1　電子申請の拡充」 / prose / 「（所管課）…」 / 「（目標）… 4,500件（R5）→ 12,000件（R10）」 lines come out whole
#:   and in order, yet the plan was refused — ``readers.labelruns`` raised on a run of labels that made no card and had
#:   no code after it (第１章's 「年度 | 主な取組」 table a cell a line: ``zip`` of nothing with the end), and the error was
#:   taken for no plan found. Such a run is no card now (``read_label_runs`` returns None). The ロードマップ comes out a
#:   cell a line (「1-1 電子申請の拡充」 / 「━━━」 / 「━━━」 …, a blank year leaving no trace), so no step is read: no
#:   reader takes a 工程表 a cell a line under 「取組 | R7 | R8 | R9 | R10」 (the ロードマップ alone is refused as no plan).
#:   Past 2-3 pdftotext sets the marks before the titles (「□□□ ━━━ ━━━ ━━━ ━━━ □□□ ━━━ ━━━ □□□ ━━━ ━━━ ━━━」, then 「2-4
#:   …」「3-1 …」「━━━」「3-2 …」「3-3 …」「3-4 …」「━━━」「━━━」), so at most the rows in order with every year marked
#:   (1-1, 1-2, 1-3, 2-2, 2-3: 5 of 12) could be read; 1-4 and 2-1 (three and two marks) do not say which years.
#:
#: Short of exact yet above the bar (F1, codes, 担当課, KPI numbers, schedule), as first measured:
#: - 檜山台市 through plain pdftotext: see above (schedule 0).
FLOORS: dict[tuple[str, str], Reached] = {
    (HIYAMADAI_PDF, "pdftotext"): (1.0, 1.0, 1.0, 1.0, 0.0),
}

#: Below the bar as first measured (F1, codes, 担当課, KPI numbers, schedule), still; a reading of F1 0 is held at 0 in
#: every measure (its others 1.0 only as no pair is found). 山吹野町 each way and 竜胆台市 as the PDF were too (see above):
#: - 白鷺台市 through plain pdftotext (担当課 0, KPI 0, schedule 0.667): pdftotext gives the 取組一覧 column by column, each
#:   wrapped cell a line a piece (「オンライン」 / 「申請の拡充」, 「デジタル推」 / 「進課」, the figures 「85手続」「300手続」 … of
#:   every row before the rows), so the 取組 come from the 工程表 alone, with no 担当課 or indicator; there a row's blank
#:   years are lost (4 「構築 運用 → →」, R8–R11, read 2026–2029; 7 「移行 運用」 2028–2029, its words read as the last
#:   years) and 12 「ＧＩＧＡスクール端末の活用」 runs into its cells and the next heading (「…の活用更新活用→→→第５章 計画の推進」,
#:   no schedule: see MISTITLED).
#: - 琴浦野村 through -layout (KPI 0, schedule 0; 担当課 0.889, F1 0.9 when first measured; now F1 0.952, 担当課 0.9, KPI
#:   0.778, schedule 0.5): each indicator's name took the 「R6」 of the row under it (「電子申請件数（年間）R6」, its baseline
#:   that year) and no step had a year — the 工程's row of bare years, its label cell empty, went on as the 成果指標 row's
#:   wrapped line. A line of three bare years or more with no label starts a row (``columns._assemble``), a 工程 row
#:   under it with a step for each year has each step its year's, in order (``columns._steps_under_years``: Writer
#:   sizes the columns to their words and the steps drift off their years, 1-3's 「→  →」 past R8), and a label wrapped
#:   in its narrow column (「スケジュー」 / 「ル」) takes its tail back from the first step (「推進ル」) or from the row of
#:   steps it opened (``columns._label_tails``) — KPI 0.875 with that last rule's 2-3 still lost; found since (title
#:   and 担当課 right), 2-3 has no indicator: its 成果指標 label centred on the indicator's second line, the first line
#:   went into the 担当課 row (「総務課Ｗｅｂ会議の開催回数（年」), as 3-4's (「産業建設課観光サイトの閲覧数（年」). Left besides:
#:   the titles that wrap print their first part on the line over 「取組番号」 (1-2 read 「の導入」, 1-3 「善」, 2-1 「準化」,
#:   3-3 「Ｔ活用」: see MISTITLED), which goes into the 工程 above it (3-2 a step 「鳥獣被害対策へのIC」); 2-1's 工程 is on
#:   the next page, no year read; 3-2, 3-3 and 3-4 have fewer steps than years (which year is blank the text does not
#:   say); an extra 取組 「度度」 of no code (第１章's 計画期間 table, 「令和 10 年 / 度」).
#: - 琴浦野村 through plain pdftotext (F1 0.182 — one 取組 — when first measured; now F1 and codes exact, 担当課 0.8, KPI 0,
#:   schedule 0): the 取組の一覧 「番号 | 取組名 | 担当課」 comes out a row's code and title on one line (one baseline), its 課
#:   on the next, and was read as one row: 1-1 titled all ten titles glued, the 担当課 of all. A line of a copy a cell a
#:   line that opens with a code is the code and the text, a 課 closing it a third cell (``cellrows._coded_line``), and a
#:   label of the list's columns alone (the first card's 「取組番号」) ends the list (``cellrows._field_label``). Left: the
#:   tables a 取組 are cells a line each, none read — 1-1 and 3-1 have the list's one 課 of their two, no indicator or
#:   step is read.
#: - 朱鷺ノ森市 through plain pdftotext (F1 0 when first measured; now F1 0.947, codes and KPI exact, 担当課 0, schedule
#:   0): the headings 「4.1 取組一覧」 and 「4.2 成果指標一覧」 were read as the 取組 (4.2 with No. 10's indicator). A heading
#:   that names a list is no 取組 (``outline._LIST_HEADING``), and the 成果指標一覧 「No. | 成果指標 | 現状値（R5） |
#:   目標値（R11）」 (a cell a paragraph, row after row) is read though it has no title column (``cellrows._header``): the
#:   取組 by their numbers, each with its indicators, titled by its first indicator's name (see MISTITLED); 7 (no
#:   indicator) is lost. The 取組一覧 comes out a column at a time with each wrapped cell's lines among the next
#:   column's (「オンライン申請の」 / 「申請の多い手続から…」 / 「拡充」): its titles, 担当課 and 実施期間 are not recovered.
BELOW: dict[tuple[str, str], Reached] = {
    (SHIRASAGIDAI_PDF, "pdftotext"): (1.0, 1.0, 0.0, 0.0, 0.667),
    (KOTOURANO_PDF, "pdftotext -layout"): (0.952, 1.0, 0.9, 0.778, 0.5),
    (KOTOURANO_PDF, "pdftotext"): (1.0, 1.0, 0.8, 0.0, 0.0),
    (TOKINOMORI_PDF, "pdftotext"): (0.947, 1.0, 0.0, 1.0, 0.0),
}

#: Refused as no plan when first measured: 檜山台市 through plain pdftotext (read since: see FLOORS).
REFUSED: set[tuple[str, str]] = set()

#: The municipality read otherwise: none.
MISNAMED: set[tuple[str, str]] = set()
#: The period read otherwise: none. When first measured 山吹野町 each way (2021–2030, the 総合計画's 「（R3～R12）」 in
#: 第１章's box, as the text); read 2024–2028 since (see above).
MISPERIOD: set[tuple[str, str]] = set()
#: Initiatives matched by code read under another title: 白鷺台市 through plain pdftotext (12), 琴浦野村 through -layout
#: (see BELOW), 朱鷺ノ森市 through plain pdftotext (titled by their indicators: see BELOW; no 取組 matched when first
#: measured); 朱鷺ノ森市 through -layout and 琴浦野村 through plain pdftotext when first measured (read since: see above).
MISTITLED = {
    (SHIRASAGIDAI_PDF, "pdftotext"),
    (KOTOURANO_PDF, "pdftotext -layout"),
    (TOKINOMORI_PDF, "pdftotext"),
}

BATCH = Batch.of(
    unseen37,
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


def test_the_layouts_are_the_ones_described() -> None:
    """Each plan's HTML is what the batch says: 檜山台市's ロードマップ on a named A3 landscape page, a <thead> in 白鷺台市 and
    朱鷺ノ森市 (the header the text repeats after a page break dropped), rowspan in 白鷺台市 and 朝凪県, 朱鷺ノ森市's SWOT cells
    each one cell over their lines, and none of the texts' page-number lines left."""
    html = {name: unseen37._html(name) for name in unseen37.PDFS}
    assert "@page wide { size: A3 landscape; }" in html[HIYAMADAI_PDF]
    assert '<section class="wide"><h3>4.2　ロードマップ</h3>' in html[HIYAMADAI_PDF]
    assert html[SHIRASAGIDAI_PDF].count("<thead><tr><th>No.</th><th>取組名</th><th>取組の内容</th>") == 1
    assert html[SHIRASAGIDAI_PDF].count("<td>No.</td>") == 0
    assert '<td rowspan="3">つながる、ひろがる、しらさぎのまち</td>' in html[SHIRASAGIDAI_PDF]
    assert '<td rowspan="3">１　県民サービスの向上</td>' in html[ASANAGI_PDF]
    assert "<td>強み（Ｓ）<br>電子申請の基盤が整っている<br>若手職員のＩＴへの関心が高い</td>" in html[TOKINOMORI_PDF]
    assert '<td colspan="7">基本方針１　便利な行政サービス</td>' in html[SHIRASAGIDAI_PDF]
    assert "page-break-before: always" in html[KOTOURANO_PDF] and "border=\"1\"" in html[KOTOURANO_PDF]
    for name, page in html.items():
        assert ">- 5 -<" not in page and ">― 3 ―<" not in page and ">P.5<" not in page, name
        assert "朱鷺ノ森市ＤＸ推進計画　第" not in page, name
