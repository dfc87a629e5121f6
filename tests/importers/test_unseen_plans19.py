"""A nineteenth batch of plans no reader was written against (``other/unseen19.py``, texts in ``other/plans19/``): 風早市's
事務事業評価シート a 事業 (as ``pdftotext -layout``: 事業コード beside 取組番号, 活動指標 / 成果指標 rows 「R4実績 … R8目標」),
渚町's 施策の方向性 → 主な取組 「●…【所管：…】」 bullets, 緑風区 (a 特別区)'s KPI table in markdown pipes with 「<br>」 and
「基準値（令和元年度）」, 琴浦村's 進捗報告 of 〔進捗　◎〕 marks and full-width figures on one line; 雪割村's 進捗管理表
(merged 取組 over indicator rows, ※ note rows, 「基準値（R元）」 「R6目標」), 碧海県's アクションプラン (工程 a 年度 per column
under a merged header, 事業費（千円）, 「総務部デジタル推進課」) and 北稜地区広域行政事務組合's CP932 CSV; and two PDFs printed
by Chromium — 朱雀台市's A3 工程表 of bars over 上期 / 下期 and 浅茅市's 取組一覧 over three pages, its header repeated and
rows broken across pages (slow: read as the PDF and as ``pdftotext`` in both modes). Each is scored with
``scoring.score`` against the plan it states.

Plain ``pdftotext`` of 朱雀台市, first refused as no plan, is read as a partial plan now (F1 0.4, codes 1.0;
``readers/numbered_cells.py``: strays among the numbered lines passed over, the longest run numbered in order taken).
浅茅市's stays refused: its titles are cut where they wrap (「生成AI・」「電子決裁の」), whose is which cannot be told.
"""

from __future__ import annotations

from .other import unseen19
from .scoring import Reached
from .unseen_harness import Batch, batch_readings

#: (document, how): a text or sheet read as uploaded ("upload"), a PDF each of ``HOWS``.
read, VARIANTS = batch_readings(unseen19)


KAZA, RYOKU, KOTO, AOMI, HOKU, SUZA, ASAJI = (
    "kazahaya_jimu_jigyo_hyoka.txt",
    "ryokufu_ku_kpi_pipes.md",
    "kotoura_mura_shinchoku_kigou.txt",
    "aomi_ken_action_plan.xlsx",
    "hokuryo_kumiai_torikumi.csv",
    "suzakudai_kouteihyou.pdf",
    "asaji_torikumi_ichiran.pdf",
)

#: Exact: 緑風区 (first measured 担当課 0.7: a markdown-pipe cell 「戸籍住民課<br>情報政策課」 read ['戸籍住民課',
#: '<br>情報政策課']; a pipe cell's 「<br>」 is now its line break) and 琴浦村 (first measured KPI 0.142, schedule 0, every
#: title ending in its 〔進捗 ◎〕: the mark is now the indicator's evaluation, 期間 「Ｒ６～Ｒ８」 its schedule, the 指標 line's
#: name and the figures line under it one indicator whose 「Ｒ６目標」 is 2024's target and 最終目標 the final one, 状況 a
#: note). Exact when first measured: 渚町 (the ● bullets uncoded 取組, 【所管：教育委員会学校教育課】 学校教育課, 「Ｒ８～」 to
#: R9), 雪割村 (merged 取組 over two indicator rows, ※ rows no 取組, 「基準値（R元）」 2019, 「－」 none), 北稜 (CP932, the
#: 「（単位：千円）」 line, 「消防本部 指令課」, 「R6・R8」 two years; named whole since), 朱雀台市's 工程表 as the PDF (each
#: bar's 上期 / 下期 read as halves) and 浅茅市's 取組一覧 as the PDF (thead repeated, 3-4's row broken over pages 3–4).
#: Exact since: 風早市's 事務事業評価シート (first measured F1 1.0, codes 0, 担当課 0, KPI 0, schedule 0 — the code read
#: 「01-02-0031 評価者 市民部長」, no 所管, no schedule, no indicator, the sheet's numbered parts sections): each page's
#: fields a form of their own (the title over it set apart, the 事業期間's span of years a value), the sheet's numbered
#: parts 「２　指標の推移」「３　コスト（千円）」 — the same words on every page — ending the block above them and no
#: section, the 取組番号 「１－２－１」 the code over the 財務 system's zero-padded 「01-02-0031」, 「評価者」「会計区分」 no
#: value of the 事業's, 「市民部　市民課・総務部　情報政策課」 市民課 and 情報政策課, the 区分 | 指標名 | 単位 | R4実績 … R8目標
#: table an indicator a row (R8目標, the plan's last year's, the final target) and 事業期間 every year of its span.
#: Exact since: 浅茅市's 取組一覧 through -layout (first measured F1 0.8, KPI 0.454, schedule 0.333: the wrapped 取組名
#: and the ★ beside it, a target one blank before its 実施年度 「40.0 R7～R11」, the header's tails 「（R5） （R11）」 one
#: blank apart, the rows of the last page under the header printed again after 3-4's cut 概要 — ``readers/columns.py``).
#: Not exact as first measured but reaching the bar (F1, codes, 担当課, KPI numbers, schedule) — 碧海県 (first measured
#: 担当課 0.889: 「教育庁教育政策課」 read whole) is exact, a 庁 before its 課 its 部局 as 総務部 is:
#: - 朱雀台市's 工程表 through -layout (schedule 0.916; first measured F1 0 — one initiative titled by the header line —
#:   and refused before that): each bar is read from where its word stands in the 上期 / 下期 columns
#:   (``readers/halfbars.py``), the bars of a row one after another; 6's lone bar 「移行」, centred on 令和８年度上期, is
#:   read from 令和７年度上期 to 令和９年度上期 (stated 令和７年度下期 to 令和８年度下期): a lone bar's ends are not in the
#:   text, and it is taken to run as far as its middle allows.
FLOORS: dict[tuple[str, str], Reached] = {
    (SUZA, "pdftotext -layout"): (1.0, 1.0, 1.0, 1.0, 0.916),
}

#: Below the bar (F1, codes, 担当課, KPI numbers, schedule): 朱雀台市 through plain pdftotext, first refused — the
#: numbered rows whose titles follow their numbers only (3 of 12), no 担当課, figures or 工程.
BELOW: dict[tuple[str, str], Reached] = {
    (SUZA, "pdftotext"): (0.4, 1.0, 0.0, 1.0, 0.0),
}

#: Refused as no plan when first measured: 朱雀台市's 工程表 and 浅茅市's 取組一覧 through plain ``pdftotext`` (a cell a
#: paragraph; the 工程表's bars lose the half-years they span — through -layout each bar's word is only centred in
#: them, which ``readers/halfbars.py`` reads: see ``FLOORS``). 朱雀台市's is read now, a partial plan: see ``BELOW``.
REFUSED: set[tuple[str, str]] = {(ASAJI, "pdftotext")}

#: The municipality read otherwise than the document's (first measured): none left (北稜地区広域行政事務組合, first read
#: 「北稜地区」 from its title 「北稜地区広域行政事務組合　情報化推進計画（…）　取組状況一覧」, is named whole: an 一部事務組合's
#: name is read up to its 組合).
MISNAMED: set[tuple[str, str]] = set()

#: Documents whose initiatives, matched by code, are read under another title (first measured): none left (琴浦村's
#: 「電子申請の拡充 〔進捗 ◎〕」 is now titled 電子申請の拡充, its ◎ the indicator's evaluation).
MISTITLED: set[tuple[str, str]] = set()


BATCH = Batch.of(
    unseen19,
    read,
    VARIANTS,
    floors=FLOORS,
    below=BELOW,
    refused=REFUSED,
    misnamed=MISNAMED,
    mistitled=MISTITLED,
)
BATCH.bind(globals())
