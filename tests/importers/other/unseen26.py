"""A twenty-sixth batch of plans no reader was written against (the readers' code was not read): eight documents in
shapes the batches before lack — two workbooks, a CSV exported from Backlog, a Shift_JIS TSV from a 事業管理 system, two
Word documents, and two PDFs printed by Chromium.

Uploaded as they are kept:

- 朝比奈市's 進捗管理表 (``asahina_outline_group.xlsx``), kept with Excel's グループ化 (アウトライン): one table of 基本目標,
  施策 and 取組 rows told apart by a 区分 column (「基本目標」「施策」「取組」) and by their outline level (基本目標 0, 施策 1,
  取組 2), the summary rows above their details (「詳細データの上」: ``summaryBelow`` off), the 施策 and 基本目標 rows' R7事業費
  a SUBTOTAL of their rows (with the values Excel cached), one 施策's group (2-2) COLLAPSED — its 取組 rows hidden under
  the 「＋」 of the outline, folded, not deleted — a 取組 of two indicator rows (the second with 区分 / 番号 / 名称 blank),
  「会計課・税務課」「市民課、子育て支援課」, 「基準値（R5） | R6実績 | 目標値（R9）」, 実施時期 「R6～R9」「R7～」「R8～」, 進捗状況
  from an 入力規則 drop-down (a list typed into the rule: 「順調,概ね順調,やや遅れ,遅れ,未着手」), an R6実績 「－」;
- 八雲台市's ＤＸ推進計画 kept as a Backlog project (``yakumodai_backlog.csv``), its 課題 exported as CSV
  (「Backlog-Issues-20250610-0915.csv」: UTF-8 with a BOM, CRLF, every cell quoted, LF inside cells): the columns Backlog
  writes (ID, プロジェクト名, キー, 種別, カテゴリー名, 件名, 詳細, 状態, 優先度, マイルストーン, 担当者, 親課題キー, 開始日, 期限日,
  登録日, 更新日) and the project's カスタム属性 (取組番号, 指標名, 単位, 基準値, 基準日, 目標値, 目標期日), newest 課題 first;
  each 取組 a 課題 of 種別 「取組」 whose steps are its 子課題 (種別 「工程」, 親課題キー its キー) with ISO dates
  「2025-04-01」～「2026-03-31」; カテゴリー名 the 担当課, two of them on two lines of one cell; 担当者 a person; a 取組 without a
  KPI (its custom fields empty); one step from 2025-07-01, one from 2025-10-01 (下期 only); one 課題 of 種別 「その他」 (the
  yearly 進捗報告 the office tracks) that is no 取組; the plan's period only in the 取組's マイルストーン 「第２期計画（R7～R10）」;
- 白雲町's 事業一覧 exported from its 事業管理 system as tab-separated text (``hakuun_jigyo_sjis.tsv``): Shift_JIS (cp932), CRLF,
  a first line 「出力条件：…（令和7年度～令和10年度）」, column names partly in half-width kana (「ｺｰﾄﾞ」), one row an
  indicator (a 事業 of two indicators two rows with the same ｺｰﾄﾞ, a 事業 of none one row with those cells empty), every
  date written in full 和暦 — 開始日 「令和7年4月1日」, 終了日 「令和11年3月31日」, 基準日 「令和6年3月31日」 (「令和6年12月31日」
  once), 目標時期 「令和11年3月31日」 (「令和10年度末」 once) — codes 「010101」, 「総務課　情報係」, 「議会事務局・総務課」,
  「教育委員会事務局　学校教育課」;
- 萩月市's ＤＸ推進計画 (``hagitsuki_kpi_betsuhyo.docx``), written in Word: 見出し 1–4 「第４章　具体的な取組」 > 「基本目標１
  …」 > 「（１）…」 > 「1-(1)-①　電子申請の拡充」, each 取組 【概要】【担当課】【実施時期】 paragraphs, and in 「第５章　成果指標」
  one Word table 「取組番号 | 成果指標 | 単位 | 現状値（R5） | 中間目標（R9） | 目標値（R11）」 naming each 取組 by its number written
  otherwise, 「1-1-1」 (a 取組 of two rows, one of none);
- 梨木町's デジタル化推進計画 (``nashinoki_shokan_matrix.docx``), written in Word on A4 landscape: one table whose 課 are
  columns — 「No. | 取組 | 総務課 | 企画課 | 住民課 | 税務課 | 保健福祉課 | 産業振興課 | 学校教育課 | 成果指標 | 現状値（R6） |
  目標値（R10） | 実施時期」, the 課 header cells set vertically (縦書き, ``w:textDirection``), each 取組's 課 marked 「◎」 (主担当)
  or 「○」 (関係課) under them, the legend 「◎：主担当課　○：関係課」 above, 基本方針 rows merged across;
- 大鷹町's 事業費一覧 (``otaka_jigyohi_saikei.xlsx``): 「事業費（千円）」 merged over 「R7 | R8 | R9 | R10 | 計」 (計 a SUM), a
  「小計」 row under each 基本目標 and a 「合計」 row at the end (SUM formulas, the values cached), 再掲 rows — two 事業 listed
  again under another 基本目標 with their No., 「（再掲）」 before the name and the amounts in brackets (a number format
  ``(#,##0)``), left out of the 小計 — 「※（　）は再掲のため、小計・合計に含まない。」 under the table, 主な財源, 成果指標 with
  現状値（R6） / 目標値（R10）.

Printed by Chromium (read as the PDF and as ``pdftotext`` in both modes):

- 笹原町's デジタル化推進計画 (``sasahara_nidangumi.pdf``, A4 portrait): the chapter heading across the page and the
  取組 in two columns (二段組, CSS columns), each a numbered paragraph — 「１　電子申請の拡充」 in bold run into its text,
  the 担当課 in brackets at its end 「（担当：住民課、総務課）」 — and indented lines 「目標　…　15手続（令和５年度）→
  70手続（令和11年度）」 (two lines once, 「目標　－」 once) and 「時期　令和７年度～令和11年度」 (「令和８年度以降」 to the
  plan's end, 「令和７年度（検討）、令和８年度～令和９年度（導入）」); 基本方針 headings inside the columns, a 取組 broken
  across the columns; the running title at the top right and 「- n -」 at the foot;
- 杉ノ浦市's ＤＸ推進計画 取組一覧 (``suginoura_tsuzuki.pdf``, A4 portrait): one table over two pages whose header
  row is printed on the first page only (a plain row, not a repeated header), 基本方針 rows across it, long 取組内容 so
  that a row breaks over a page, a 取組 of two indicator rows (番号 / 取組名 / 取組内容 / 担当課 / 実施時期 merged down),
  「現状値（R6） | 目標値（R11）」 with figures and units in the cells, 実施時期 「R7～R11」「R8～」; the running title at the top
  right and 「- n -」 at the foot of every page.

``PLANS[name]`` is the plan each document states, by the earlier batches' conventions: a target column headed with its
year in a table of a row an initiative or an indicator (朝比奈市's and 大鷹町's 目標値, 梨木町's 目標値（R10）, 杉ノ浦市's
目標値（R11）, 萩月市's 中間目標（R9） and 目標値（R11）) that year's target, the plan's last year's the final one too; a target
whose date is in the row (八雲台市's 目標期日, 白雲町's 目標時期) or beside it in a line (笹原町) the final target alone; 基準値
/ 現状値 the baseline of the year written; 実績 columns each year's actual (「－」 none). A date is the fiscal year it
falls in: 「2029-03-31」「令和11年3月31日」 2028, 「令和6年12月31日」 2024, 「令和10年度末」 2028. Who carries a 取組 out is its
担当課 as written, split at 「、」「・」 or a line break (a 係 and 教育委員会事務局 no 課 of their own); Backlog's 担当者 is a
person, not a 課; in 梨木町's matrix the 課 marked ◎ (a ○ is a 関係課, no 担当課). Codes as printed: 「1-(1)-①」 is 1-1-1,
「１」 1, 「010101」 010101. A schedule is every year a step is stated for: 「R6～R9」 each year between, 「R7～」 and 「以降」 to the
plan's last year, a 子課題's or a 事業's dates every fiscal year from its start to its end — a step within 下期 (10月～3月)
that year's half 2, one over both halves the whole year. What is no 取組: 基本目標 and 施策 rows, 小計 and 合計 rows, the
Backlog 課題 of 種別 「その他」; the same 取組 listed again with its No. (大鷹町's 再掲) is one 取組 with what its rows state.
Rows folded under a collapsed outline group are part of the plan. 事業費 is a budget (not scored).
"""

from __future__ import annotations

import csv
import html
import io
import re
from collections.abc import Callable
from typing import Any

import docx
import openpyxl
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.shared import Mm, Pt
from openpyxl.styles import Alignment, Font
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.properties import Outline

from ..unseen_harness import save
from .batch_documents import batch_documents
from .docparts import (
    CENTRE,
    FONT,
    HEAD_FILL,
    LEFT,
    RIGHT,
    SECTION_FILL,
    _cell,
    _esc,
    _offices,
    _page,
    _ruled,
    _value,
    _widths,
)
from .tabledocs11 import _cached
from .unseen import item, kpi, years

ASAHINA = "asahina_outline_group.xlsx"
YAKUMODAI = "yakumodai_backlog.csv"
HAKUUN = "hakuun_jigyo_sjis.tsv"
HAGITSUKI = "hagitsuki_kpi_betsuhyo.docx"
NASHINOKI = "nashinoki_shokan_matrix.docx"
OTAKA = "otaka_jigyohi_saikei.xlsx"
SASAHARA = "sasahara_nidangumi.pdf"
SUGINOURA = "suginoura_tsuzuki.pdf"


# --- 朝比奈市: 進捗管理表 with Excel's outline grouping -------------------------------------------------------------------

#: (基本目標, [(施策, [(番号, 取組名, 担当課, [(成果指標, 単位, 基準値（R5）, R6実績 (None 「－」), 目標値（R9）)], 実施時期,
#:  its years, 進捗状況, R7事業費)])]); the 施策 2-2 is folded (its group collapsed).
_ASAHINA: list[tuple[str, list[tuple[str, list[tuple[Any, ...]]]]]] = [
    ("市民サービスの向上", [
        ("手続のオンライン化", [
            ("1-1-1", "電子申請の拡充", "デジタル推進課", [("電子申請できる手続数", "手続", 85, 142, 300)],
             "R6～R9", years(2024, 2027), "順調", 4800),
            ("1-1-2", "オンライン相談の導入", "市民課、子育て支援課", [("オンライン相談の件数（年間）", "件", 0, 36, 400)],
             "R6～R9", years(2024, 2027), "概ね順調", 1200),
        ]),
        ("窓口の利便性の向上", [
            ("1-2-1", "書かない窓口の導入", "市民課",
             [("書かない窓口で受け付ける手続数", "手続", 0, 8, 40), ("窓口の平均待ち時間", "分", 25, 22, 15)],
             "R6～R9", years(2024, 2027), "順調", 6500),
            ("1-2-2", "窓口のキャッシュレス決済", "会計課・税務課",
             [("キャッシュレス決済に対応した窓口数", "窓口", 3, None, 20)], "R7～", years(2025, 2027), "やや遅れ", 900),
        ]),
    ]),
    ("行政運営の効率化", [
        ("業務の自動化", [
            ("2-1-1", "ＲＰＡ・ＡＩ－ＯＣＲの活用", "行政改革課", [("削減した作業時間（年間）", "時間", 1200, 2650, 6000)],
             "R6～R9", years(2024, 2027), "順調", 2400),
            ("2-1-2", "基幹業務システムの標準化", "情報システム課", [("標準準拠システムへ移行した業務数", "業務", 0, 4, 20)],
             "R6～R7", years(2024, 2025), "概ね順調", 85000),
        ]),
        ("働き方の見直し", [
            ("2-2-1", "テレワークの推進", "人事課", [("テレワークを実施した職員数（年間）", "人", 40, 120, 300)],
             "R6～R9", years(2024, 2027), "順調", 3600),
            ("2-2-2", "ペーパーレス会議の推進", "総務課", [("庁内の印刷枚数（年間）", "万枚", 520, 470, 300)],
             "R6～R9", years(2024, 2027), "概ね順調", 800),
        ]),
    ]),
    ("地域のデジタル化", [
        ("誰もが使えるデジタル", [
            ("3-1-1", "スマートフォン講座の開催", "生涯学習課", [("講座の参加者数（年間）", "人", 320, 410, 1000)],
             "R6～R9", years(2024, 2027), "順調", 1500),
            ("3-1-2", "オープンデータの推進", "デジタル推進課", [("公開データセット数", "件", 45, None, 150)],
             "R8～", years(2026, 2027), "未着手", 0),
        ]),
    ]),
]  # fmt: skip

_AS_HEAD = ["区分", "番号", "名称", "担当課", "成果指標", "単位", "基準値\n（R5）", "R6実績", "目標値\n（R9）", "実施時期",
            "進捗状況", "R7事業費\n（千円）"]  # fmt: skip
_AS_WIDTHS = [8.0, 8.0, 28.0, 18.0, 30.0, 6.0, 9.0, 9.0, 9.0, 9.0, 10.0, 11.0]
_FOLDED = {"働き方の見直し"}


def asahina_xlsx() -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "進捗管理表"
    sheet["A1"] = "朝比奈市ＤＸ推進計画　進捗管理表（令和７年度）"
    sheet["A1"].font = Font(name=FONT, size=14, bold=True)
    sheet["A2"] = "計画期間：令和６年度～令和９年度"
    sheet["A2"].font = Font(name=FONT, size=10)
    for column, label in enumerate(_AS_HEAD, start=1):
        _cell(sheet, 4, column, label, CENTRE)
    _ruled(sheet, 4, 1, 12, HEAD_FILL)
    sheet.row_dimensions[4].height = 30
    sheet.freeze_panes = "D5"
    sheet.sheet_properties.outlinePr = Outline(summaryBelow=False, summaryRight=True)
    progress = DataValidation(type="list", formula1='"順調,概ね順調,やや遅れ,遅れ,未着手"', allow_blank=True)
    sheet.add_data_validation(progress)
    cached: dict[str, Any] = {}
    row = 5
    for g, (goal, measures) in enumerate(_ASAHINA, start=1):
        goal_row = row
        for column, value in enumerate(["基本目標", str(g), goal], start=1):
            _cell(sheet, row, column, value, LEFT)
        _ruled(sheet, row, 1, 12, SECTION_FILL)
        sheet.cell(row, 3).font = Font(name=FONT, size=10, bold=True)
        row += 1
        goal_total = 0
        for m, (measure, entries) in enumerate(measures, start=1):
            measure_row = row
            for column, value in enumerate(["施策", f"{g}-{m}", measure], start=1):
                _cell(sheet, row, column, value, LEFT)
            _ruled(sheet, row, 1, 12)
            sheet.row_dimensions[row].outline_level = 1
            row += 1
            first = row
            total = 0
            for code, title, written, indicators, when, _, state, cost in entries:
                for at, (name, unit, base, actual, goal_) in enumerate(indicators):
                    lead = ["取組", code, title, written] if at == 0 else [None, None, None, None]
                    tail = [when, state, cost] if at == 0 else [None, None, None]
                    cells = [*lead, name, unit, base, "－" if actual is None else actual, goal_, *tail]
                    for column, value in enumerate(cells, start=1):
                        align = (
                            RIGHT
                            if column in (7, 8, 9, 12)
                            else CENTRE
                            if column in (1, 2, 6, 10, 11)
                            else LEFT
                        )
                        _cell(sheet, row, column, value, align)
                        if isinstance(value, int) and column in (7, 8, 9, 12):
                            sheet.cell(row, column).number_format = "#,##0"
                    if at == 0:
                        progress.add(f"K{row}")
                    sheet.row_dimensions[row].outline_level = 2
                    if measure in _FOLDED:
                        sheet.row_dimensions[row].hidden = True
                    row += 1
                total += cost
            sheet.cell(measure_row, 12, f"=SUBTOTAL(9,L{first}:L{row - 1})").number_format = "#,##0"
            sheet.cell(measure_row, 12).font = Font(name=FONT, size=10)
            cached[f"L{measure_row}"] = total
            if measure in _FOLDED:
                sheet.row_dimensions[measure_row].collapsed = True
            goal_total += total
        sheet.cell(goal_row, 12, f"=SUBTOTAL(9,L{goal_row + 1}:L{row - 1})").number_format = "#,##0"
        sheet.cell(goal_row, 12).font = Font(name=FONT, size=10, bold=True)
        cached[f"L{goal_row}"] = goal_total
    sheet.cell(row + 1, 1, "※進捗状況は、令和７年９月末時点の状況をリストから選択してください。").font = Font(
        name=FONT, size=9
    )
    _widths(sheet, _AS_WIDTHS)
    return _cached(save(book), 1, cached)


def _asahina() -> list[dict[str, Any]]:
    out = []
    for _, measures in _ASAHINA:
        for _, entries in measures:
            for code, title, written, indicators, _, schedule, _, _ in entries:
                found = tuple(
                    kpi(
                        (2023, base),
                        (2027, goal),
                        ((2027, goal),),
                        () if actual is None else ((2024, actual),),
                    )
                    for _, _, base, actual, goal in indicators
                )
                out.append(item(code, title, _offices(written), found, schedule))
    return out


# --- 八雲台市: a Backlog project's 課題 exported as CSV ------------------------------------------------------------------

#: 取組: (キー number, 取組番号, 件名, 詳細, カテゴリー名 (担当課, lines), 担当者, 状態, KPI (指標名, 単位, 基準値, 基準日, 目標値,
#:  目標期日) or None, [(子課題 number, 件名, 開始日, 期限日, 状態)], its schedule as (fy, half)).
_YAKUMODAI: list[tuple[Any, ...]] = [
    (1, "1-1", "電子申請の拡充", "・子育て・介護の手続から順にオンライン化する\n・申請様式の押印と添付書類を見直す",
     "デジタル推進課", "佐藤 健一", "処理中",
     ("電子申請できる手続数", "手続", "120", "2024-03-31", "400", "2029-03-31"),
     [(11, "対象手続の選定", "2025-04-01", "2026-03-31", "完了"), (12, "順次拡大", "2026-04-01", "2029-03-31", "未対応")],
     ((2025, None), (2026, None), (2027, None), (2028, None))),
    (2, "1-2", "窓口のキャッシュレス化", "・本庁舎の窓口に決済端末を置く\n・支所と公共施設に広げる",
     "会計課\n市民課", "高橋 美穂", "処理中",
     ("キャッシュレス決済に対応した窓口数", "窓口", "2", "2024-03-31", "15", "2029-03-31"),
     [(13, "決済端末の導入", "2025-07-01", "2026-03-31", "処理中"),
      (14, "対象窓口の拡大", "2026-04-01", "2028-03-31", "未対応")],
     ((2025, None), (2026, None), (2027, None))),
    (3, "1-3", "マイナンバーカードの利活用", "・図書館カードの機能をマイナンバーカードに持たせる",
     "市民課", "田中 浩二", "未対応",
     ("証明書のコンビニ交付率", "％", "18.5", "2024-03-31", "40", "2029-03-31"),
     [(15, "図書館カード機能の追加", "2026-04-01", "2027-03-31", "未対応")],
     ((2026, None),)),
    (4, "2-1", "基幹業務システムの標準化", "・20業務をガバメントクラウド上の標準準拠システムへ移行する",
     "情報政策課", "伊藤 誠", "完了",
     ("標準準拠システムへ移行した業務数", "業務", "0", "2024-03-31", "20", "2026-03-31"),
     [(16, "標準準拠システムへの移行", "2025-04-01", "2026-03-31", "完了")],
     ((2025, None),)),
    (5, "2-2", "生成ＡＩの活用", "・文書作成と要約に生成ＡＩを使う\n・利用の指針を定め、研修を行う",
     "情報政策課\n行政改革課", "渡辺 さやか", "処理中",
     ("生成ＡＩを活用する業務数", "業務", "0", "2024-03-31", "30", "2029-03-31"),
     [(17, "試行", "2025-04-01", "2026-03-31", "処理済み"), (18, "本格運用", "2026-04-01", "2029-03-31", "未対応")],
     ((2025, None), (2026, None), (2027, None), (2028, None))),
    (6, "2-3", "庁内ネットワークの無線化", "・本庁舎、次に支所の執務室を無線ＬＡＮにする",
     "情報政策課", "伊藤 誠", "処理中", None,
     [(19, "本庁舎の無線化", "2025-04-01", "2026-03-31", "処理中"), (20, "支所の無線化", "2027-04-01", "2028-03-31", "未対応")],
     ((2025, None), (2027, None))),
    (7, "3-1", "デジタル活用支援", "・公民館でスマートフォン講座を開く\n・個別相談会を開く",
     "生涯学習課\n高齢者支援課", "山本 由紀", "処理中",
     ("講座・相談会の参加者数（年間）", "人", "600", "2024-03-31", "1500", "2029-03-31"),
     [(21, "講座・相談会の開催", "2025-04-01", "2029-03-31", "処理中")],
     ((2025, None), (2026, None), (2027, None), (2028, None))),
    (8, "3-2", "防災情報のデジタル化", "・防災アプリを導入し、避難所の情報を配信する",
     "危機管理課", "中村 大輔", "処理中",
     ("防災アプリの登録者数", "人", "4200", "2024-03-31", "15000", "2029-03-31"),
     [(22, "防災アプリの導入", "2025-10-01", "2026-03-31", "処理中"), (23, "運用", "2026-04-01", "2029-03-31", "未対応")],
     ((2025, 2), (2026, None), (2027, None), (2028, None))),
]  # fmt: skip

_YK_HEAD = ["ID", "プロジェクトID", "プロジェクト名", "キー", "種別", "カテゴリー名", "件名", "詳細", "状態", "優先度",
            "マイルストーン", "担当者", "親課題キー", "開始日", "期限日", "登録日", "更新日", "取組番号", "指標名", "単位",
            "基準値", "基準日", "目標値", "目標期日"]  # fmt: skip


def _yakumodai_rows() -> list[list[str]]:
    rows: list[tuple[int, list[str]]] = []
    project = ["1000173", "八雲台市ＤＸ推進計画"]
    for number, code, title, detail, written, person, state, indicator, steps, _ in _YAKUMODAI:
        start, end = steps[0][2], steps[-1][3]
        measured = list(indicator) if indicator else [""] * 6
        rows.append((number, [str(40210 + number), *project, f"YDX-{number}", "取組", written, title, detail, state, "中",
                              "第２期計画（R7～R10）", person, "", start, end, f"2025-04-0{1 + number % 3} 09:1{number}:05",
                              f"2025-06-0{2 + number % 5} 17:0{number}:41", code, *measured]))  # fmt: skip
        for child, name, begin, until, done in steps:
            milestone = "、".join(f"R{y - 2018}" for y in range(int(begin[:4]) - (begin[5:7] <= "03"),
                                                              int(until[:4]) - (until[5:7] <= "03") + 1))  # fmt: skip
            rows.append((child, [str(40210 + child), *project, f"YDX-{child}", "工程", written, f"{title}：{name}", "", done,
                                 "中", milestone, person, f"YDX-{number}", begin, until,
                                 f"2025-04-0{1 + child % 3} 10:2{child % 10}:33", f"2025-06-0{2 + child % 5} 16:4{child % 10}:12",
                                 "", "", "", "", "", "", ""]))  # fmt: skip
    rows.append((24, ["40234", *project, "YDX-24", "その他", "デジタル推進課", "令和６年度進捗状況の取りまとめ",
                      "・各課に進捗状況の照会を行う\n・推進本部会議に報告する", "処理中", "高", "", "佐藤 健一", "",
                      "2025-05-01", "2025-07-31", "2025-04-28 11:05:19", "2025-06-09 08:52:40", "", "", "", "", "", "",
                      ""]))  # fmt: skip
    return [_YK_HEAD] + [r for _, r in sorted(rows, key=lambda pair: -pair[0])]


def yakumodai_csv() -> bytes:
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n", quoting=csv.QUOTE_ALL).writerows(_yakumodai_rows())
    return "\ufeff".encode() + out.getvalue().encode("utf-8")


def _yakumodai() -> list[dict[str, Any]]:
    def fy(date: str) -> int:
        return int(date[:4]) - (date[5:7] <= "03")

    out = []
    for _, code, title, _, written, _, _, indicator, _, schedule in _YAKUMODAI:
        found = ()
        if indicator:
            _, _, base, base_at, goal, goal_at = indicator
            found = (kpi((fy(base_at), _value(base)), (fy(goal_at), _value(goal))),)  # type: ignore[arg-type]
        entry = item(code, title, _offices(written), found)
        entry["schedule"] = [{"fy": year, "half": half} for year, half in schedule]
        out.append(entry)
    return out


# --- 白雲町: a 事業管理 system's export, Shift_JIS tab-separated, dates in full 和暦 ---------------------------------------

#: (ｺｰﾄﾞ, 事業名, 所管課, 開始日, 終了日, [(指標名, 単位, 基準日, 基準値, 目標時期, 目標値)], 備考).
_HAKUUN: list[tuple[Any, ...]] = [
    ("010101", "行政手続のオンライン化", "総務課　情報係", "令和7年4月1日", "令和11年3月31日",
     [("電子申請できる手続数", "手続", "令和6年3月31日", "24", "令和11年3月31日", "80")], ""),
    ("010102", "窓口のキャッシュレス化", "住民課・税務課", "令和7年4月1日", "令和9年3月31日",
     [("キャッシュレス決済ができる窓口の数", "か所", "令和6年3月31日", "0", "令和9年3月31日", "4")], ""),
    ("010103", "証明書のコンビニ交付", "住民課", "令和8年4月1日", "令和11年3月31日",
     [("コンビニ交付の利用率", "％", "令和6年12月31日", "6.5", "令和11年3月31日", "20.0")], "令和8年4月から交付開始"),
    ("010201", "基幹業務システムの標準化", "総務課　情報係", "令和7年4月1日", "令和8年3月31日",
     [("標準準拠システムへ移行した業務数", "業務", "令和6年3月31日", "0", "令和8年3月31日", "20")], ""),
    ("010202", "ＲＰＡの導入", "企画課", "令和7年4月1日", "令和11年3月31日",
     [("ＲＰＡで削減した作業時間（年間）", "時間", "令和6年3月31日", "0", "令和11年3月31日", "800"),
      ("ＲＰＡを導入した業務数", "業務", "令和6年3月31日", "0", "令和10年3月31日", "10")], ""),
    ("010203", "議会のペーパーレス化", "議会事務局・総務課", "令和7年4月1日", "令和8年3月31日", [],
     "令和7年9月定例会から実施"),
    ("010301", "高齢者のデジタル活用支援", "保健福祉課", "令和7年4月1日", "令和11年3月31日",
     [("スマートフォン相談会の参加者数（年間）", "人", "令和6年3月31日", "35", "令和10年度末", "120")], ""),
    ("010302", "小中学校の学習用端末の更新", "教育委員会事務局　学校教育課", "令和7年4月1日", "令和8年3月31日",
     [("更新した端末の台数", "台", "令和6年3月31日", "0", "令和8年3月31日", "820")], ""),
]  # fmt: skip

_HK_HEAD = [
    "ｺｰﾄﾞ",
    "事業名",
    "所管課",
    "開始日",
    "終了日",
    "指標名",
    "単位",
    "基準日",
    "基準値",
    "目標時期",
    "目標値",
    "備考",
]


def _wareki_fy(written: str) -> int:
    """The fiscal year a 「令和6年3月31日」 or a 「令和10年度末」 falls in."""
    if written.endswith("年度末"):
        return 2018 + int(written[2:-3])
    era, month = re.fullmatch(r"令和(\d+)年(\d+)月\d+日", written).groups()  # type: ignore[union-attr]
    return 2018 + int(era) - (int(month) <= 3)


def hakuun_tsv() -> bytes:
    lines = ["出力条件：計画＝白雲町デジタル化推進計画（令和7年度～令和10年度）　出力日＝令和7年6月2日　出力者＝総務課",
             "\t".join(_HK_HEAD)]  # fmt: skip
    for code, title, written, start, end, indicators, note in _HAKUUN:
        for name, unit, base_at, base, goal_at, goal in indicators or [("", "", "", "", "", "")]:
            lines.append(
                "\t".join([code, title, written, start, end, name, unit, base_at, base, goal_at, goal, note])
            )
    return ("\r\n".join(lines) + "\r\n").encode("cp932")


def _hakuun() -> list[dict[str, Any]]:
    out = []
    for code, title, written, start, end, indicators, _ in _HAKUUN:
        found = tuple(
            kpi((_wareki_fy(base_at), _value(base)), (_wareki_fy(goal_at), _value(goal)))  # type: ignore[arg-type]
            for _, _, base_at, base, goal_at, goal in indicators
        )
        out.append(item(code, title, _offices(written), found, years(_wareki_fy(start), _wareki_fy(end))))
    return out


# --- 萩月市: Word, 取組 numbered 「1-(1)-①」 in the text, their KPI in a table of 「1-1-1」 --------------------------------

_CIRCLED = "①②③④⑤⑥⑦⑧⑨"
_WIDE = "０１２３４５６７８９"

#: (基本目標, [(施策, [(取組名, 概要, 担当課, 実施時期 as written, its years, [(成果指標, 単位, 現状値（R5）, 中間目標（R9）,
#:  目標値（R11）)])])]).
_HAGITSUKI: list[tuple[str, list[tuple[str, list[tuple[Any, ...]]]]]] = [
    ("暮らしの手続を便利にする", [
        ("行政手続のオンライン化", [
            ("電子申請の拡充", "市民の利用が多い手続から順に、スマートフォンで申請できるようにします。", "市民課、デジタル推進課",
             "令和７年度～令和11年度", years(2025, 2029), [("電子申請できる手続数", "手続", 110, 250, 400)]),
            ("オンライン決済の導入", "電子申請の手数料を、クレジットカードやスマートフォン決済で納められるようにします。",
             "会計課", "令和８年度～令和11年度", years(2026, 2029),
             [("オンライン決済に対応した手続数", "手続", 0, 60, 120)]),
        ]),
        ("窓口のデジタル化", [
            ("書かない窓口の導入", "マイナンバーカードから申請書を作成する窓口支援システムを導入します。", "市民課",
             "令和７年度～令和９年度", years(2025, 2027),
             [("書かない窓口の対応手続数", "手続", 0, 30, 45), ("窓口の平均所要時間", "分", 24, 15, 12)]),
            ("窓口予約システムの導入", "来庁の日時をウェブで予約できるようにし、待ち時間を減らします。", "市民課・税務課",
             "令和８年度", (2026,), []),
        ]),
    ]),
    ("市役所の仕事を変える", [
        ("業務の効率化", [
            ("ＡＩ・ＲＰＡの活用", "定型的な入力や照合の作業を、ＲＰＡとＡＩ－ＯＣＲで自動化します。", "行政改革推進課",
             "令和７年度～令和11年度", years(2025, 2029), [("削減した作業時間（年間）", "時間", 900, 4000, 6000)]),
            ("基幹業務システムの標準化", "住民記録や税など20業務を、標準準拠システムへ移行します。", "情報システム課",
             "令和７年度", (2025,), [("標準準拠システムへ移行した業務数", "業務", 0, 20, 20)]),
        ]),
    ]),
    ("地域のデジタル化を進める", [
        ("デジタルデバイド対策", [
            ("スマートフォン講座の開催", "地区の集会所でスマートフォン講座と個別相談会を開きます。", "高齢福祉課、生涯学習課",
             "令和７年度～令和11年度", years(2025, 2029), [("講座・相談会の参加者数（年間）", "人", 410, 900, 1200)]),
        ]),
    ]),
]  # fmt: skip


def _heading(document: Any, text: str, level: int) -> None:
    document.add_paragraph(text, style=f"Heading {level}")


def hagitsuki_docx() -> bytes:
    document = docx.Document()
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.right_margin = Mm(22)
    section.header.paragraphs[0].text = "萩月市ＤＸ推進計画"
    section.header.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    document.add_paragraph("萩月市ＤＸ推進計画", style="Title")
    document.add_paragraph("令和７年３月　萩月市")
    _heading(document, "第１章　計画の概要", 1)
    document.add_paragraph(
        "　本計画の期間は、令和７年度から令和11年度までの５年間とします。各取組の成果指標は、第５章にまとめて示します。"
    )
    _heading(document, "第４章　具体的な取組", 1)
    for g, (goal, measures) in enumerate(_HAGITSUKI, start=1):
        _heading(document, f"基本目標{_WIDE[g]}　{goal}", 2)
        for m, (measure, entries) in enumerate(measures, start=1):
            _heading(document, f"（{_WIDE[m]}）{measure}", 3)
            for e, (title, summary, written, when, *_rest) in enumerate(entries):
                _heading(document, f"{g}-({m})-{_CIRCLED[e]}　{title}", 4)
                document.add_paragraph(f"【概要】{summary}")
                document.add_paragraph(f"【担当課】{written}")
                document.add_paragraph(f"【実施時期】{when}")
    _heading(document, "第５章　成果指標", 1)
    document.add_paragraph(
        "　取組ごとの成果指標を次のとおり定めます。現状値は令和５年度の実績、目標値は計画の最終年度（令和11年度）の値です。"
    )
    head = ["取組番号", "成果指標", "単位", "現状値（R5）", "中間目標（R9）", "目標値（R11）"]
    rows = [
        [f"{g}-{m}-{e}", name, unit, f"{base:,}", f"{middle:,}", f"{goal:,}"]
        for g, (_, measures) in enumerate(_HAGITSUKI, start=1)
        for m, (_, entries) in enumerate(measures, start=1)
        for e, entry in enumerate(entries, start=1)
        for name, unit, base, middle, goal in entry[5]
    ]
    table = document.add_table(rows=1 + len(rows), cols=len(head))
    table.style = "Table Grid"
    for r, values in enumerate([head, *rows]):
        for c, value in enumerate(values):
            table.cell(r, c).text = value
            if c >= 3 and r:
                table.cell(r, c).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return save(document)


def _hagitsuki() -> list[dict[str, Any]]:
    out = []
    for g, (_, measures) in enumerate(_HAGITSUKI, start=1):
        for m, (_, entries) in enumerate(measures, start=1):
            for e, (title, _, written, _, schedule, indicators) in enumerate(entries, start=1):
                found = tuple(
                    kpi((2023, base), (2029, goal), ((2027, middle), (2029, goal)))
                    for _, _, base, middle, goal in indicators
                )
                out.append(item(f"{g}-{m}-{e}", title, _offices(written), found, schedule))
    return out


# --- 梨木町: Word, the 課 as columns marked ◎ / ○, their names set vertically -----------------------------------------------

_NK_OFFICES = ["総務課", "企画課", "住民課", "税務課", "保健福祉課", "産業振興課", "学校教育課"]

#: (基本方針, [(No., 取組, marks over _NK_OFFICES (「◎」 主担当, 「○」 関係課, " " none), 成果指標, 現状値（R6）, 目標値（R10）,
#:  実施時期, its years)]).
_NASHINOKI: list[tuple[str, list[tuple[Any, ...]]]] = [
    ("基本方針１　便利な行政サービス", [
        (1, "電子申請の拡充", "◎ ○    ", "電子申請できる手続数", "18手続", "70手続", "R7～R10", years(2025, 2028)),
        (2, "窓口のキャッシュレス決済", "  ◎◎   ", "キャッシュレス決済ができる窓口数", "0窓口", "6窓口", "R7～R8",
         years(2025, 2026)),
        (3, "証明書のコンビニ交付", "  ◎    ", "コンビニ交付の利用率", "4.2％", "15.0％", "R8～", years(2026, 2028)),
        (4, "子育て手続のオンライン化", "  ○ ◎  ", "オンラインでできる子育て手続数", "2手続", "12手続", "R7～R10",
         years(2025, 2028)),
    ]),
    ("基本方針２　効率的な役場", [
        (5, "基幹業務システムの標準化", "◎ ○○○  ", "標準準拠システムへ移行した業務数", "0業務", "20業務", "R7",
         (2025,)),
        (6, "ＲＰＡの導入", "○◎     ", "ＲＰＡで削減した作業時間（年間）", "0時間", "600時間", "R7～R10", years(2025, 2028)),
        (7, "情報セキュリティ研修", "◎      ", "－", "", "", "R7～R10", years(2025, 2028)),
    ]),
    ("基本方針３　地域のデジタル化", [
        (8, "スマート農業の支援", "     ◎ ", "スマート農業機器を導入した経営体数", "3経営体", "15経営体", "R8～R10",
         years(2026, 2028)),
        (9, "学校のＩＣＴ活用", "    ○ ◎", "授業でＩＣＴを活用する教員の割合", "68.0％", "95％以上", "R7～R10",
         years(2025, 2028)),
    ]),
]  # fmt: skip


def _vertical(cell: Any) -> None:
    """A header cell set vertically (縦書き), as Word's 「文字列の方向」 saves it."""
    cell._tc.get_or_add_tcPr().append(parse_xml(f'<w:textDirection xmlns:w="{_W}" w:val="tbRlV"/>'))


_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def nashinoki_docx() -> bytes:
    document = docx.Document()
    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Mm(297), Mm(210)
    section.left_margin = section.right_margin = Mm(15)
    section.top_margin = section.bottom_margin = Mm(15)
    document.add_paragraph("梨木町デジタル化推進計画", style="Title")
    document.add_paragraph("計画期間：令和７年度～令和10年度")
    document.add_paragraph("第３章　取組と役割分担", style="Heading 1")
    document.add_paragraph(
        "　各取組の担当を次の表に示します。主担当課が取組の進捗を管理し、関係課と連携して進めます。"
    )
    document.add_paragraph("◎：主担当課　○：関係課")
    head = ["No.", "取組", *_NK_OFFICES, "成果指標", "現状値\n（R6）", "目標値\n（R10）", "実施時期"]
    entries = sum(len(e) for _, e in _NASHINOKI)
    table = document.add_table(rows=1 + len(_NASHINOKI) + entries, cols=len(head))
    table.style = "Table Grid"
    for c, label in enumerate(head):
        cell = table.cell(0, c)
        cell.text = label
        cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        if 2 <= c < 2 + len(_NK_OFFICES):
            _vertical(cell)
    table.rows[0].height = Mm(24)
    r = 1
    for policy, rows in _NASHINOKI:
        merged = table.cell(r, 0).merge(table.cell(r, len(head) - 1))
        merged.text = policy
        r += 1
        for number, title, marks, name, base, goal, when, _ in rows:
            values = [str(number), title, *(m.strip() for m in marks), name, base, goal, when]
            for c, value in enumerate(values):
                table.cell(r, c).text = value
                if c != 1 and c != 2 + len(_NK_OFFICES):
                    table.cell(r, c).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            r += 1
    for row in table.rows:
        for cell in row.cells:
            for paragraph in cell.paragraphs:
                for run in paragraph.runs:
                    run.font.size = Pt(9)
    widths = [Mm(10), Mm(50)] + [Mm(9)] * len(_NK_OFFICES) + [Mm(62), Mm(20), Mm(20), Mm(22)]
    table.autofit = False
    for column, width in zip(table.columns, widths, strict=True):
        column.width = width
    for row in table.rows:
        for cell, width in zip(row.cells, widths, strict=False):
            cell.width = width
    return save(document)


def _nashinoki() -> list[dict[str, Any]]:
    out = []
    for _, rows in _NASHINOKI:
        for number, title, marks, name, base, goal, _, schedule in rows:
            offices = [office for office, mark in zip(_NK_OFFICES, marks, strict=True) if mark == "◎"]
            found = (
                ()
                if name == "－"
                else (kpi((2024, _value(base)), (2028, _value(goal)), ((2028, _value(goal)),)),)
            )  # type: ignore[arg-type]
            out.append(item(str(number), title, offices, found, schedule))
    return out


# --- 大鷹町: 事業費一覧 with 再掲 rows in brackets, 小計 and 合計 -------------------------------------------------------------

#: (基本目標, [(No., 事業名, 担当課, 事業費 R7–R10 (None 「－」), 主な財源, (成果指標, 単位, 現状値（R6）, 目標値（R10）) or None,
#:  再掲)]).
_OTAKA: list[tuple[str, list[tuple[Any, ...]]]] = [
    ("基本目標１　便利な暮らし", [
        (1, "電子申請の拡充", "総務課", (1200, 800, 800, 800), "一般財源", ("電子申請できる手続数", "手続", 22, 90), False),
        (2, "公共施設予約のオンライン化", "生涯学習課", (3500, 600, 600, 600), "デジタル田園都市国家構想交付金",
         ("オンライン予約できる施設数", "施設", 0, 18), False),
        (3, "窓口のキャッシュレス決済", "会計課・税務課", (900, 420, 420, 420), "一般財源",
         ("キャッシュレス決済に対応した窓口数", "窓口", 1, 8), False),
    ]),
    ("基本目標２　効率的な行政", [
        (4, "基幹業務システムの標準化", "総務課", (52000, None, None, None), "国庫補助金",
         ("標準準拠システムへ移行した業務数", "業務", 0, 20), False),
        (5, "ＡＩ議事録作成システムの導入", "議会事務局、総務課", (660, 660, 660, 660), "一般財源",
         ("会議録の作成に要する時間（会議１時間あたり）", "時間", 6, 2), False),
        (1, "電子申請の拡充", "総務課", (1200, 800, 800, 800), "", None, True),
    ]),
    ("基本目標３　地域のデジタル化", [
        (6, "高齢者スマートフォン教室", "保健福祉課", (300, 300, 300, 300), "一般財源",
         ("教室の参加者数（年間）", "人", 80, 200), False),
        (7, "防災行政無線のデジタル化", "総務課", (18000, 24000, None, None), "緊急防災・減災事業債",
         ("防災情報の配信登録者数", "人", 1500, 4000), False),
        (2, "公共施設予約のオンライン化", "生涯学習課", (3500, 600, 600, 600), "", None, True),
    ]),
]  # fmt: skip

_OT_WIDTHS = [5.0, 30.0, 16.0, 9.0, 9.0, 9.0, 9.0, 10.0, 22.0, 30.0, 9.0, 9.0]
_BRACKETS = '"("#,##0")"'


def otaka_xlsx() -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "事業費"
    sheet["A1"] = "大鷹町ＤＸ推進計画（令和７年度～令和10年度）　事業費一覧"
    sheet["A1"].font = Font(name=FONT, size=14, bold=True)
    sheet["L2"] = "（単位：千円）"
    sheet["L2"].font = Font(name=FONT, size=9)
    sheet["L2"].alignment = Alignment(horizontal="right")
    top = ["No.", "事業名", "担当課", "事業費（千円）", None, None, None, None, "主な財源", "成果指標", "現状値\n（R6）",
           "目標値\n（R10）"]  # fmt: skip
    for column, label in enumerate(top, start=1):
        _cell(sheet, 3, column, label, CENTRE)
        if column not in (4, 5, 6, 7, 8):
            sheet.merge_cells(start_row=3, start_column=column, end_row=4, end_column=column)
    sheet.merge_cells(start_row=3, start_column=4, end_row=3, end_column=8)
    for column, label in zip(range(4, 9), ("R7", "R8", "R9", "R10", "計"), strict=True):
        _cell(sheet, 4, column, label, CENTRE)
    for row in (3, 4):
        _ruled(sheet, row, 1, 12, HEAD_FILL)
    cached: dict[str, Any] = {}
    row = 5
    subtotals = []
    for goal, entries in _OTAKA:
        _cell(sheet, row, 1, goal, LEFT)
        sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=12)
        _ruled(sheet, row, 1, 12, SECTION_FILL)
        row += 1
        own = []
        for number, title, written, costs, source, indicator, again in entries:
            name, unit, base, target = indicator or ("（再掲）" if again else "－", "", None, None)
            label = f"（再掲）{title}" if again else title
            cells = [number, label, written, *("－" if c is None else c for c in costs)]
            for column, value in enumerate(cells, start=1):
                _cell(sheet, row, column, value, RIGHT if column >= 4 else CENTRE if column == 1 else LEFT)
                if isinstance(value, int) and column >= 4:
                    sheet.cell(row, column).number_format = _BRACKETS if again else "#,##0"
            _cell(sheet, row, 8, f"=SUM(D{row}:G{row})", RIGHT)
            sheet.cell(row, 8).number_format = _BRACKETS if again else "#,##0"
            cached[f"H{row}"] = sum(c or 0 for c in costs)
            _cell(sheet, row, 9, source or None, LEFT)
            _cell(sheet, row, 10, name, LEFT)
            for column, value in ((11, base), (12, target)):
                _cell(sheet, row, column, f"{value:,}{unit}" if value is not None else None, RIGHT)
            if not again:
                own.append((row, costs))
            row += 1
        _cell(sheet, row, 1, None)
        _cell(sheet, row, 2, "小計", CENTRE)
        _ruled(sheet, row, 1, 12, SECTION_FILL)
        for at, column in enumerate("DEFGH"):
            sheet[f"{column}{row}"] = "=SUM(" + ",".join(f"{column}{r}" for r, _ in own) + ")"
            sheet[f"{column}{row}"].number_format = "#,##0"
            sheet[f"{column}{row}"].font = Font(name=FONT, size=10, bold=True)
            cached[f"{column}{row}"] = (
                sum(sum(c or 0 for c in costs) for _, costs in own)
                if column == "H"
                else sum(costs[at] or 0 for _, costs in own)
            )
        subtotals.append(row)
        row += 1
    _cell(sheet, row, 1, None)
    _cell(sheet, row, 2, "合計", CENTRE)
    _ruled(sheet, row, 1, 12, HEAD_FILL)
    for column in "DEFGH":
        sheet[f"{column}{row}"] = "=SUM(" + ",".join(f"{column}{r}" for r in subtotals) + ")"
        sheet[f"{column}{row}"].number_format = "#,##0"
        cached[f"{column}{row}"] = sum(cached[f"{column}{r}"] for r in subtotals)
    sheet.cell(row + 1, 1, "※（　）は再掲のため、小計・合計に含まない。").font = Font(name=FONT, size=9)
    _widths(sheet, _OT_WIDTHS)
    return _cached(save(book), 1, cached)


def _otaka() -> list[dict[str, Any]]:
    out = []
    for _, entries in _OTAKA:
        for number, title, written, _, _, indicator, again in entries:
            if again:
                continue
            found = ()
            if indicator:
                _, _, base, target = indicator
                found = (kpi((2024, base), (2028, target), ((2028, target),)),)
            out.append(item(str(number), title, _offices(written), found))
    out.sort(key=lambda entry: int(entry["code"]))
    return out


# --- 笹原町: a two-column (二段組) page of numbered paragraphs, printed by Chromium -------------------------------------------

#: (基本方針, [(取組名, text, 担当 as written, [目標 lines (name, base, its 年度, goal, its 年度)] ([] 「－」), 時期 as written, its
#:  years)]).
_SASAHARA: list[tuple[str, list[tuple[Any, ...]]]] = [
    ("基本方針１　暮らしの手続を便利に", [
        ("電子申請の拡充", "町民の利用が多い手続から順に、スマートフォンで申請できるようにします。あわせて申請書の押印と"
         "添付書類を見直し、来庁しなくても手続が済むようにします。", "住民課、総務課",
         [("電子申請できる手続数", "15手続", "令和５年度", "70手続", "令和11年度")], "令和７年度～令和11年度",
         years(2025, 2029)),
        ("証明書のコンビニ交付", "住民票の写しや印鑑登録証明書を、全国のコンビニエンスストアで受け取れるようにします。",
         "住民課", [("コンビニ交付の利用件数（年間）", "0件", "令和５年度", "1,500件", "令和11年度")], "令和８年度以降",
         years(2026, 2029)),
        ("窓口のキャッシュレス化", "役場の窓口と町営施設で、手数料や使用料をキャッシュレスで支払えるようにします。",
         "会計室・税務課", [("キャッシュレス決済ができる窓口・施設の数", "0か所", "令和５年度", "10か所", "令和11年度")],
         "令和７年度（検討）、令和８年度～令和９年度（導入）", years(2025, 2027)),
        ("子育て手続のオンライン化", "妊娠・出産・子育ての手続と健診の予約を、子育てアプリからできるようにします。また、"
         "保育所の入所申込みもオンラインで受け付けます。", "子育て支援課",
         [("オンラインでできる子育て関係の手続数", "3手続", "令和５年度", "18手続", "令和11年度"),
          ("子育てアプリの登録者数", "420人", "令和５年度", "1,200人", "令和11年度")], "令和７年度～令和11年度",
         years(2025, 2029)),
    ]),
    ("基本方針２　役場の仕事を見直す", [
        ("基幹業務システムの標準化", "住民記録や税など20業務のシステムを、国の標準仕様に準拠したシステムへ移行します。",
         "総務課", [("標準準拠システムへ移行した業務数", "0業務", "令和５年度", "20業務", "令和７年度")], "令和７年度",
         (2025,)),
        ("ＡＩ・ＲＰＡの活用", "会議録の作成や定型的な入力作業に、ＡＩとＲＰＡを使います。対象とする業務は毎年度、各課から"
         "募ります。", "企画財政課", [("ＡＩ・ＲＰＡで削減した作業時間（年間）", "200時間", "令和５年度", "1,200時間",
                              "令和11年度")], "令和７年度～令和11年度", years(2025, 2029)),
        ("情報セキュリティ対策", "全職員への研修と、標的型攻撃メールへの対応訓練を毎年行います。", "総務課", [],
         "令和７年度～令和11年度", years(2025, 2029)),
    ]),
    ("基本方針３　誰もがデジタルの恩恵を", [
        ("スマートフォン教室の開催", "地区の公民館で、少人数のスマートフォン教室と個別相談会を開きます。町の公式ＬＩＮＥや"
         "マイナンバーカードの使い方もお伝えします。", "生涯学習課、保健福祉課",
         [("教室・相談会の参加者数（年間）", "90人", "令和５年度", "300人", "令和11年度")], "令和７年度～令和11年度",
         years(2025, 2029)),
        ("防災情報の配信", "防災行政無線の放送を、町の公式ＬＩＮＥと防災アプリでも配信します。", "総務課",
         [("防災情報の配信登録者数", "650人", "令和５年度", "2,500人", "令和11年度")], "令和８年度以降", years(2026, 2029)),
        ("スマート農業の推進", "ドローンによる防除や水田センサーなど、スマート農業機器の導入を支援します。", "産業振興課",
         [("スマート農業機器を導入した経営体数", "4経営体", "令和５年度", "20経営体", "令和11年度")],
         "令和７年度～令和11年度", years(2025, 2029)),
    ]),
]  # fmt: skip

_SASAHARA_CSS = (
    "h2 { font-size: 14pt; border-bottom: 1pt solid #000; padding-bottom: 2pt; } "
    "div.cols { column-count: 2; column-gap: 9mm; column-rule: 0.5pt solid #888; text-align: justify; } "
    "div.cols h3 { font-size: 11pt; background: #E2EFDA; padding: 2pt 4pt; margin: 6pt 0 4pt; break-after: avoid; } "
    "div.cols p { margin: 0 0 1pt; } div.cols p.lead { margin-top: 6pt; text-indent: 0; } "
    "div.cols p.ind { padding-left: 2em; text-indent: -1em; font-size: 9.5pt; } "
)


def sasahara_html() -> str:
    parts = [
        "<h1 style='margin-top:0;font-size:16pt'>笹原町デジタル化推進計画</h1>",
        "<h2>第２章　計画の基本的な考え方</h2>",
        "<p>　本町の人口は8,412人（令和６年４月１日現在）で、高齢化率は41.6％に達しています。計画の期間は、令和７年度から"
        "令和11年度までの５年間とします。</p>",
        "<h2>第３章　取組の内容</h2>",
        "<p>　基本方針ごとに取組を示します。目標の現状値は令和５年度の実績です。</p>",
        "<div class=cols>",
    ]
    number = 0
    for policy, entries in _SASAHARA:
        parts.append(f"<h3>{html.escape(policy)}</h3>")
        for title, text, written, goals, when, _ in entries:
            number += 1
            digits = "".join(_WIDE[int(d)] for d in str(number))
            parts.append(
                f"<p class=lead><b>{digits}　{html.escape(title)}</b>　{html.escape(text)}（担当：{html.escape(written)}）</p>"
            )
            if not goals:
                parts.append("<p class=ind>目標　－</p>")
            for name, base, base_at, goal, goal_at in goals:
                parts.append(f"<p class=ind>目標　{_esc(name)}　{base}（{base_at}）→ {goal}（{goal_at}）</p>")
            parts.append(f"<p class=ind>時期　{html.escape(when)}</p>")
    parts.append("</div>")
    return _page("".join(parts), size="A4", header="笹原町デジタル化推進計画", font="10pt", margin="20mm 18mm",
                 css=_SASAHARA_CSS)  # fmt: skip


def _ad_fy(written: str) -> int:
    number = "".join(str(_WIDE.index(ch)) if ch in _WIDE else ch for ch in written)
    return 2018 + int(number.removeprefix("令和").removesuffix("年度"))


def _sasahara() -> list[dict[str, Any]]:
    out = []
    number = 0
    for _, entries in _SASAHARA:
        for title, _, written, goals, _, schedule in entries:
            number += 1
            found = tuple(
                kpi((_ad_fy(base_at), _value(base)), (_ad_fy(goal_at), _value(goal)))  # type: ignore[arg-type]
                for _, base, base_at, goal, goal_at in goals
            )
            out.append(item(str(number), title, _offices(written), found, schedule))
    return out


# --- 杉ノ浦市: a table over two pages, its header printed on the first only -----------------------------------------------

#: (基本方針, [(番号, 取組名, 取組内容, 担当課, [(成果指標, 現状値（R6）, 目標値（R11）)], 実施時期, its years)]).
_SUGINOURA: list[tuple[str, list[tuple[Any, ...]]]] = [
    ("基本方針１　市民の利便性の向上", [
        ("1-1", "行政手続のオンライン化", "子育て・介護・税など申請件数の多い手続から順に、スマートフォンで完結する電子申請を"
         "広げる。申請に合わせて様式と添付書類を見直し、押印を廃止する。オンライン化した手続は市の広報紙とホームページで"
         "周知し、利用の少ない手続は原因を調べて改善する。", "デジタル推進課",
         [("電子申請できる手続数", "140手続", "420手続")], "R7～R11", years(2025, 2029)),
        ("1-2", "書かない窓口の導入", "マイナンバーカードや運転免許証の読み取りで申請書を作成する窓口支援システムを本庁の"
         "市民課に導入し、令和９年度から三つの支所に広げる。窓口での記入と待ち時間を減らし、職員の確認作業も軽くする。",
         "市民課", [("書かない窓口の対応手続数", "0手続", "60手続"), ("窓口の平均待ち時間", "28分", "15分")],
         "R7～R11", years(2025, 2029)),
        ("1-3", "証明書のコンビニ交付の拡充", "戸籍証明書と税証明書をコンビニ交付の対象に加え、窓口より安い手数料で交付する。",
         "市民課、税務課", [("コンビニ交付率", "21.4％", "45.0％")], "R7～R8", years(2025, 2026)),
        ("1-4", "公共施設予約のオンライン化", "体育館・公民館・運動場の予約と抽選を、予約システムでいつでもできるようにする。"
         "使用料はキャッシュレスで前払いできるようにし、鍵の受け渡しをなくす施設も検討する。", "スポーツ振興課・生涯学習課",
         [("オンライン予約できる施設数", "12施設", "48施設")], "R8～", years(2026, 2029)),
        ("1-5", "キャッシュレス決済の拡大", "市税・保険料のスマートフォン決済に加え、窓口と公共施設の使用料にキャッシュレス"
         "決済を導入する。", "会計課", [("キャッシュレス決済に対応した窓口数", "6窓口", "30窓口")], "R7～R9",
         years(2025, 2027)),
        ("1-6", "子育てアプリの導入", "母子健康手帳の記録、予防接種の予定、健診の予約を一つのアプリでできるようにし、子育ての"
         "情報をお知らせで届ける。", "こども家庭課", [("子育てアプリの登録者数", "－", "6,000人")], "R8～R11",
         years(2026, 2029)),
    ]),
    ("基本方針２　行政運営の効率化", [
        ("2-1", "基幹業務システムの標準化", "住民記録・税・福祉など20業務のシステムを、ガバメントクラウド上の標準準拠システムへ"
         "移行する。移行後の運用経費を検証し、次期の調達に生かす。", "情報システム課",
         [("標準準拠システムへ移行した業務数", "0業務", "20業務")], "R7", (2025,)),
        ("2-2", "ＲＰＡ・ＡＩ－ＯＣＲの活用", "定型的な入力・照合の作業をＲＰＡとＡＩ－ＯＣＲで自動化する。対象業務は毎年度"
         "各課から募り、効果の大きい業務から順に取り組む。職員が自らシナリオを作れるよう研修も行う。", "行政改革課",
         [("削減した作業時間（年間）", "3,200時間", "12,000時間")], "R7～R11", years(2025, 2029)),
        ("2-3", "生成ＡＩの活用", "文書の作成や要約、問合せへの回答案の作成に生成ＡＩを使う。利用の指針を定め、全職員に研修"
         "を行う。", "行政改革課、情報システム課", [("生成ＡＩを活用する職員の割合", "12.0％", "80％以上")], "R7～R11",
         years(2025, 2029)),
        ("2-4", "テレワークの推進", "持ち出し用の端末を全職員に配り、テレワークの規程を改める。", "人事課",
         [("テレワークを実施した職員数（年間）", "95人", "450人")], "R7～R10", years(2025, 2028)),
        ("2-5", "庁内のペーパーレス化", "会議資料のタブレット配付と電子決裁を広げ、複合機の印刷枚数を課ごとに公表する。",
         "総務課", [("庁内の印刷枚数（年間）", "620万枚", "300万枚")], "R7～R11", years(2025, 2029)),
    ]),
    ("基本方針３　地域社会のデジタル化", [
        ("3-1", "デジタル活用支援", "公民館・地区センターでスマートフォン講座と個別相談会を開く。地域の方を支援員として養成"
         "し、身近な場所で相談できるようにする。", "地域振興課", [("講座・相談会の参加者数（年間）", "780人", "2,000人")],
         "R7～R11", years(2025, 2029)),
        ("3-2", "防災情報システムの整備", "避難所の開設・混雑状況と河川の水位を、防災アプリと市ホームページで配信する。",
         "危機管理課", [("防災アプリの登録者数", "11,500人", "30,000人")], "R8～R10", years(2026, 2028)),
        ("3-3", "中小企業のＤＸ支援", "市内の中小企業がクラウドサービスや業務システムを導入する費用を補助し、専門家の派遣を"
         "行う。", "商工振興課", [("ＤＸ補助金の交付件数（累計）", "0件", "150件")], "R7～R11", years(2025, 2029)),
        ("3-4", "オープンデータの推進", "市の統計・施設情報を推奨データセットの形式で公開し、利用者の要望を受け付ける。",
         "デジタル推進課", [("公開データセット数", "64件", "220件")], "R7～R11", years(2025, 2029)),
    ]),
]  # fmt: skip

_SUGINOURA_CSS = (
    "table.list { font-size: 9pt; } table.list td { padding: 2pt 3pt; } "
    "table.list tr.head td { background: #DDEBF7; text-align: center; vertical-align: middle; } "
    "table.list tr.policy td { background: #F2F2F2; font-weight: bold; } "
    "td.c { text-align: center; } td.r { text-align: right; white-space: nowrap; } "
)


def suginoura_html() -> str:
    head = [
        "番号",
        "取組名",
        "取組内容",
        "担当課",
        "成果指標",
        "現状値<br>（R6）",
        "目標値<br>（R11）",
        "実施時期",
    ]
    widths = ["8%", "13%", "31%", "11%", "17%", "7%", "7%", "6%"]
    rows = ["<tr class=head>" + "".join(f"<td style='width:{w}'>{h}</td>" for h, w in zip(head, widths, strict=True))
            + "</tr>"]  # fmt: skip
    for policy, entries in _SUGINOURA:
        rows.append(f"<tr class=policy><td colspan=8>{html.escape(policy)}</td></tr>")
        for code, title, content, written, indicators, when, _ in entries:
            span = len(indicators)
            for at, (name, base, goal) in enumerate(indicators):
                cells = []
                if at == 0:
                    rs = f" rowspan={span}" if span > 1 else ""
                    cells += [f"<td class=c{rs}>{code}</td>", f"<td{rs}>{html.escape(title)}</td>",
                              f"<td{rs}>{html.escape(content)}</td>", f"<td{rs}>{html.escape(written)}</td>"]  # fmt: skip
                cells += [
                    f"<td>{html.escape(name)}</td>",
                    f"<td class=r>{base}</td>",
                    f"<td class=r>{goal}</td>",
                ]
                if at == 0:
                    cells.append(f"<td class=c{' rowspan=' + str(span) if span > 1 else ''}>{when}</td>")
                rows.append("<tr>" + "".join(cells) + "</tr>")
    body = (
        "<h2 style='margin-top:0'>第４章　取組一覧</h2>"
        "<p>　計画期間（令和７年度～令和11年度）に実施する取組を、基本方針ごとに次の表に示します。現状値は令和６年度末の"
        "値、目標値は令和11年度末の値です。</p>"
        f"<table class=list>{''.join(rows)}</table>"
        "<p style='font-size:8.5pt'>※実施時期の「R8～」は、令和８年度から計画期間の終わりまで実施することを表す。</p>"
    )
    return _page(
        body, size="A4", header="杉ノ浦市ＤＸ推進計画", css=_SUGINOURA_CSS, font="10pt", margin="18mm 14mm"
    )


def _suginoura() -> list[dict[str, Any]]:
    out = []
    for _, entries in _SUGINOURA:
        for code, title, _, written, indicators, _, schedule in entries:
            found = tuple(
                kpi((2024, _value(base)), (2029, _value(goal)), ((2029, _value(goal)),))  # type: ignore[arg-type]
                for _, base, goal in indicators
            )
            out.append(item(code, title, _offices(written), found, schedule))
    return out


# --- the batch ---------------------------------------------------------------------------------------------------

#: name → (municipality, the initiatives it states)
PLANS: dict[str, tuple[str, list[dict[str, Any]]]] = {
    ASAHINA: ("朝比奈市", _asahina()),
    YAKUMODAI: ("八雲台市", _yakumodai()),
    HAKUUN: ("白雲町", _hakuun()),
    HAGITSUKI: ("萩月市", _hagitsuki()),
    NASHINOKI: ("梨木町", _nashinoki()),
    OTAKA: ("大鷹町", _otaka()),
    SASAHARA: ("笹原町", _sasahara()),
    SUGINOURA: ("杉ノ浦市", _suginoura()),
}

#: A file uploaded as it is kept: what builds its bytes, and the file name it is uploaded under.
SHEETS: dict[str, tuple[Callable[[], bytes], str]] = {
    ASAHINA: (asahina_xlsx, "朝比奈市DX推進計画_進捗管理表_R7.xlsx"),
    YAKUMODAI: (yakumodai_csv, "Backlog-Issues-20250610-0915.csv"),
    HAKUUN: (hakuun_tsv, "jigyo_ichiran_20250602.tsv"),
    HAGITSUKI: (hagitsuki_docx, "萩月市ＤＸ推進計画.docx"),
    NASHINOKI: (nashinoki_docx, "梨木町デジタル化推進計画（第３章）.docx"),
    OTAKA: (otaka_xlsx, "事業費一覧（R7当初）.xlsx"),
}

#: A printed document: what builds the HTML Chromium prints.
CHROMIUM: dict[str, Callable[[], str]] = {SASAHARA: sasahara_html, SUGINOURA: suginoura_html}
PDFS = tuple(CHROMIUM)

#: The plan period each document states (fiscal years).
PERIODS: dict[str, tuple[int, int]] = {
    ASAHINA: (2024, 2027),
    YAKUMODAI: (2025, 2028),
    HAKUUN: (2025, 2028),
    HAGITSUKI: (2025, 2029),
    NASHINOKI: (2025, 2028),
    OTAKA: (2025, 2028),
    SASAHARA: (2025, 2029),
    SUGINOURA: (2025, 2029),
}


_, sheet, pdf, expected = batch_documents(PLANS, sheets=SHEETS, chromium=CHROMIUM)
