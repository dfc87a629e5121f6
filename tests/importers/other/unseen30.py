"""A thirtieth batch of plans no reader was written against (the readers' code was not read): six plans in shapes the
batches before lack — four workbooks, a CSV and two Word documents, two of them also printed (one by LibreOffice Calc,
one by Writer).

Uploaded as they are kept:

- 茜沢町's 中間見直し 取組一覧 (``akanesawa_chukan_minaoshi.xlsx``): the plan as revised halfway, each 取組名 opened by the
  mark of what the revision did with it — 【継続】【拡充】【統合】【新規】【廃止】 — explained in a legend above the table
  (「【統合】複数の取組を一つに統合」「【廃止】見直しにより廃止（令和６年度で終了）」), a 「見直しの内容」 column saying why
  (「旧1-2「書かない窓口の導入」と旧1-3「窓口キャッシュレス化」を統合」, 「利用が見込めないため廃止」), the 廃止 取組 kept in the
  list with their numbers and 「－」 in the KPI cells, 基本方針 rows merged across, 「現状値（R4） | 目標値（R9）（見直し後）」 and
  実施年度 「R5～R9」「R7～R9」「R5～R6」;
- 杣谷村's answer to the 県's 調査票 (``somadani_chousahyou_cp932.csv``), the 様式２ sheet saved as CSV (CP932, CRLF, every
  cell quoted): 「様式２」 and the survey's title, 都道府県名 / 団体コード / 団体名 / 計画名 / 計画期間 on lines of their own,
  the header 「No. | 国の重点取組事項（選択） | 取組名 | 取組の概要 | 担当部署 | 実施状況（選択） | 開始年度（西暦） | 終了年度（西暦）
  | KPI（指標名） | 単位 | 基準値 | 基準年度（西暦） | 目標値 | 目標年度（西暦） | 備考」, under it the 記入要領 row
  (「（半角数字）」「（プルダウンから選択）」) and the 記入例 row (「例 | … | ○○手続のオンライン化 | ○○課 | …」) the 県 put in the
  form, then the 村's rows: 実施状況 「2:実施中」「3:実施予定」, years in 西暦, a 取組 of no KPI (its cells empty), a 目標年度
  before the plan's last year, 「総務課、住民生活課」;
- 楡野市's 実施工程表 book (``nireno_kouteihyou_shihanki.xlsx``): a 「表紙」 sheet, a 「目次」 sheet (the sheets and what
  each holds), then the plan in the third sheet 「工程表」 from row 6 — a title, the period and a legend above — with a
  header two rows deep (「令和７年度」「令和８年度」「令和９年度」 each merged over its four quarters 「4-6月 | 7-9月 | 10-12月 |
  1-3月」), each step a bar of shaded quarter cells with its word in the bar's first cell, three HIDDEN columns (旧番号,
  内部管理コード and 「前回目標値（R9）」, the target before this revision), 成果指標 / 現状値（R6） / 目標値（R9）, and ※ notes
  under the table (「※網掛けは実施期間を示す。」);
- 蒼葉町's デジタル化推進計画 第３章 (``aoba_torikumi_vmerge.docx``), written in Word: one table 「基本方針 | No. | 取組名 |
  担当課 | 成果指標 (指標名 | 現状値（R5） | 目標値（R10）) | 実施年度」 with a header two rows deep (「成果指標」 spanning its
  three columns, the others merged down both header rows), the 基本方針 cell merged DOWN its 取組 rows (Word's vertical
  merge, ``w:vMerge``), a 取組 of two indicators with No. / 取組名 / 担当課 / 実施年度 merged down both rows, 担当課 written
  with the 部 and no space 「総務部情報政策課」「住民福祉部住民課、総務部税務課」, 「－」 no indicator.

Uploaded and printed (the PDF read as uploaded and as ``pdftotext`` in both modes):

- 菖蒲台市's 成果指標進捗管理表 (``ayamedai_mokuhyo_jisseki.xlsx``, printed by Calc as ``ayamedai_mokuhyo_jisseki.pdf``, A4
  landscape): an indicator two rows — 区分 「目標」 and 「実績」 — under 「R6 | R7 | R8」, No. / 取組名 / 担当課 / 成果指標 / 単位 /
  基準値（R5） and the 評価 merged down them, 評価 ◎○△× with its legend under the table, R7 実績 「－」 (集計中) and R8 実績
  blank, a 取組 of two indicators (four rows), 基本目標 rows merged across;
- 柘植町's 実施計画 (``tsuge_tategaki_header.docx``, written in Word, exported by Writer as ``tsuge_tategaki_header.pdf``,
  A4 portrait): 「番号 | 取組名 | 担当課 | 令和６年度 | 令和７年度 | 令和８年度 | 令和９年度 | 成果指標 | 現状値 | 目標値」, the
  header cells of 番号, 担当課 and the four years set vertically (縦書き, ``w:textDirection``) in narrow columns, each year a
  取組 runs marked 「●」, the legend 「●：実施」 above, two 課 on two lines of the narrow 担当課 cell, 現状値 / 目標値 with their
  year in the cell 「30手続（R5）」「120手続（R9）」, 施策 rows merged across.

``PLANS[name]`` is the plan each document states, by the earlier batches' conventions: a target column headed with its
year (茜沢町's 目標値（R9）, 楡野市's 目標値（R9）, 蒼葉町's 目標値（R10）) that year's target and the final one; 菖蒲台市's 目標
row each year's target, the last the final one too, its 実績 row each year's actual (「－」 and blank none); a 目標値 whose
year is written beside it (柘植町's 「120手続（R9）」, 杣谷村's 目標年度 column) the final target alone; 基準値 / 現状値 the
baseline of the year written (杣谷村's 基準年度). A 中間見直し states the plan as revised: a 取組 marked 【廃止】 is no 取組 of
it, 【継続】【拡充】【統合】【新規】 are marks of the 取組 they open. A hidden column is no part of what the sheet states (楡野市's
前回目標値 is not its target). Who carries a 取組 out is its 担当課 as written, split at 「、」「・」 or a line break; a 課
with its 部 (「総務部情報政策課」) is the 課. Codes as printed; 杣谷村's No. 「1」. A schedule is every year a step is stated
for (「R5～R9」, 開始年度 to 終了年度, a 「●」 its year); a schedule by quarters is kept by halves (4-6月 and 7-9月 half 1,
10-12月 and 1-3月 half 2); none where none is printed (菖蒲台市). What is no 取組: 基本方針 / 基本目標 / 施策 rows, the 調査票's
記入要領 and 記入例 rows, the 表紙 and 目次 sheets, the ※ notes.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from typing import Any

import docx
import openpyxl
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.shared import Mm, Pt
from openpyxl.styles import Font, PatternFill

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
    _offices,
    _ruled,
    _value,
    _widths,
)
from .unseen import item, kpi, years

AKANESAWA = "akanesawa_chukan_minaoshi.xlsx"
SOMADANI = "somadani_chousahyou_cp932.csv"
NIRENO = "nireno_kouteihyou_shihanki.xlsx"
AOBA = "aoba_torikumi_vmerge.docx"
AYAMEDAI = "ayamedai_mokuhyo_jisseki.xlsx"
AYAMEDAI_PDF = "ayamedai_mokuhyo_jisseki.pdf"
TSUGE = "tsuge_tategaki_header.docx"
TSUGE_PDF = "tsuge_tategaki_header.pdf"

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _span(written: str) -> range:
    """The years of 「R5～R9」 (or 「R7」)."""
    first, _, last = written.partition("～")
    return years(2018 + int(first[1:]), 2018 + int((last or first)[1:]))


# --- 茜沢町: the 中間見直し's 取組一覧, each 取組名 opened by 【継続】【拡充】【統合】【新規】【廃止】 -----------------------------------

#: (基本方針, [(番号, mark, 取組名, 担当課, 見直しの内容, 成果指標 (None 「－」), 現状値（R4）, 目標値（R9）, 実施年度)]).
_AKANESAWA: list[tuple[str, list[tuple[Any, ...]]]] = [
    ("基本方針１　行かなくてもいい役場", [
        ("1-1", "拡充", "電子申請の拡充", "総務課",
         "対象を町の全手続に広げ、目標値を120手続から200手続に引き上げる。", "電子申請できる手続数", "40手続", "200手続",
         "R5～R9"),
        ("1-2", "統合", "窓口のデジタル化", "住民課、会計課",
         "旧1-2「書かない窓口の導入」と旧1-3「窓口キャッシュレス化」を統合し、一体で進める。",
         "書かない窓口・キャッシュレスに対応した窓口数", "0窓口", "12窓口", "R6～R9"),
        ("1-3", "廃止", "ＦＡＸによる申請受付の拡大", "住民課",
         "利用が見込めないため廃止し、電子申請（1-1）で対応する。", None, "－", "－", "R5～R6"),
        ("1-4", "継続", "マイナンバーカードの利活用", "住民課",
         "－", "マイナンバーカード交付率", "58.2％", "90.0％", "R5～R9"),
    ]),
    ("基本方針２　デジタルで働く役場", [
        ("2-1", "継続", "ＲＰＡの活用", "企画課",
         "－", "ＲＰＡを導入した業務数", "3業務", "25業務", "R5～R9"),
        ("2-2", "新規", "生成ＡＩの活用", "企画課・総務課",
         "国のガイドラインを踏まえ、令和７年度から新たに取り組む。", "生成ＡＩを利用する職員の割合", "0％", "60％", "R7～R9"),
        ("2-3", "廃止", "庁内グループウェアの更新", "総務課",
         "令和６年度に更新を完了したため、取組としては終了する。", None, "－", "－", "R5～R6"),
        ("2-4", "継続", "テレワークの推進", "総務課",
         "－", "テレワークを実施した職員数（年間）", "6人", "40人", "R5～R9"),
    ]),
    ("基本方針３　誰もがデジタルを使える町", [
        ("3-1", "拡充", "デジタル活用支援", "生涯学習課、保健福祉課",
         "スマホ教室を各地区の集会所に広げ、目標値を300人から600人に引き上げる。", "スマホ教室の参加者数（累計）",
         "85人", "600人", "R5～R9"),
        ("3-2", "統合", "地域のデジタル基盤づくり", "企画課",
         "旧3-2「公衆無線ＬＡＮの整備」と旧3-3「地域ポータルサイトの運営」を統合する。", "公衆無線ＬＡＮを整備した施設数",
         "4施設", "18施設", "R5～R9"),
        ("3-3", "新規", "オープンデータの推進", "企画課",
         "推奨データセットに沿って公開を始める。", "公開データセット数", "0件", "30件", "R7～R9"),
    ]),
]  # fmt: skip

_AK_HEAD = [
    "番号",
    "取組名",
    "担当課",
    "見直しの内容",
    "成果指標",
    "現状値\n（R4）",
    "目標値（R9）\n（見直し後）",
    "実施年度",
]
_AK_WIDTHS = [7.0, 30.0, 16.0, 44.0, 30.0, 10.0, 12.0, 10.0]


def akanesawa_xlsx() -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "取組一覧（見直し後）"
    sheet["A1"] = "茜沢町ＤＸ推進計画　中間見直し　取組一覧"
    sheet["A1"].font = Font(name=FONT, size=14, bold=True)
    sheet["A2"] = "計画期間：令和５年度～令和９年度（令和７年３月　中間見直し）"
    sheet["A3"] = (
        "※取組名の【　】は見直しの区分　【継続】引き続き実施　【拡充】内容・目標を拡大　【統合】複数の取組を一つに統合"
        "　【新規】見直しで追加　【廃止】見直しにより廃止（令和６年度で終了）"
    )
    for cell in ("A2", "A3"):
        sheet[cell].font = Font(name=FONT, size=9)
    for column, label in enumerate(_AK_HEAD, start=1):
        _cell(sheet, 5, column, label, CENTRE)
    _ruled(sheet, 5, 1, len(_AK_HEAD), HEAD_FILL)
    sheet.row_dimensions[5].height = 32
    row = 6
    for policy, entries in _AKANESAWA:
        _cell(sheet, row, 1, policy, LEFT, size=11)
        sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=len(_AK_HEAD))
        _ruled(sheet, row, 1, len(_AK_HEAD), SECTION_FILL)
        row += 1
        for code, mark, title, written, why, name, base, goal, when in entries:
            values = [code, f"【{mark}】{title}", written, why, name or "－", base, goal, when]
            for column, value in enumerate(values, start=1):
                _cell(
                    sheet,
                    row,
                    column,
                    value,
                    RIGHT if column in (6, 7) else CENTRE if column in (1, 8) else LEFT,
                )
            sheet.row_dimensions[row].height = 36
            row += 1
    _widths(sheet, _AK_WIDTHS)
    sheet.freeze_panes = "A6"
    return save(book)


def _akanesawa() -> list[dict[str, Any]]:
    out = []
    for _, entries in _AKANESAWA:
        for code, mark, title, written, _, name, base, goal, when in entries:
            if mark == "廃止":
                continue
            found = (
                (kpi((2022, _value(base)), (2027, _value(goal)), ((2027, _value(goal)),)),) if name else ()
            )  # type: ignore[arg-type]
            out.append(item(code, title, _offices(written), found, _span(when)))
    return out


# --- 杣谷村: the 県's 調査票 (様式２) answered and saved as CSV (CP932), its 記入要領 and 記入例 rows kept ----------------------

#: (No., 国の重点取組事項, 取組名, 取組の概要, 担当部署, 実施状況, 開始年度, 終了年度, KPI (指標名, 単位, 基準値, 基準年度, 目標値,
#:  目標年度) or None, 備考).
_SOMADANI: list[tuple[Any, ...]] = [
    (1, "自治体フロントヤード改革", "電子申請の拡充", "利用の多い手続から順に電子申請に対応し、申請様式の押印を廃止する。",
     "総務課", "2:実施中", 2024, 2027, ("電子申請できる手続数", "手続", "18", 2023, "80", 2027), ""),
    (2, "自治体フロントヤード改革", "書かない窓口の導入", "マイナンバーカードの読取りで申請書を作成できるようにする。",
     "住民生活課", "3:実施予定", 2025, 2027, ("書かない窓口で受け付ける手続数", "手続", "0", 2024, "15", 2027), ""),
    (3, "マイナンバーカードの普及促進・利用の推進", "マイナンバーカードの利用促進", "出張申請受付と、カードで受けられるサービスの周知を行う。",
     "住民生活課", "2:実施中", 2024, 2027, ("マイナンバーカード交付率", "％", "71.4", 2023, "90", 2027), "出張申請は年4回"),
    (4, "自治体の情報システムの標準化・共通化", "基幹業務システムの標準化", "住民記録・税など20業務を標準準拠システムへ移行する。",
     "総務課、住民生活課", "2:実施中", 2024, 2025, ("標準準拠システムへ移行した業務数", "業務", "0", 2023, "20", 2025),
     "移行期限は令和７年度末"),
    (5, "公金収納におけるeLTAXの活用", "地方税の電子納付", "eLTAXの共通納税を固定資産税・軽自動車税に広げる。",
     "税務会計課", "3:実施予定", 2025, 2026, ("電子納付に対応した税目数", "税目", "2", 2023, "6", 2026), ""),
    (6, "セキュリティ対策の徹底", "情報セキュリティ研修", "全職員を対象に研修と標的型メール訓練を行う。",
     "総務課", "2:実施中", 2024, 2027, None, "数値目標は設けない"),
    (7, "自治体のAI・RPAの利用推進", "ＡＩ議事録作成の導入", "会議録の作成にＡＩ文字起こしを使う。",
     "総務課", "1:実施済", 2024, 2024, ("ＡＩで作成した会議録の件数（年間）", "件", "0", 2023, "60", 2024), "令和６年度に導入済"),
    (8, "デジタルデバイド対策", "スマホ相談会の開催", "集会所でスマートフォンの使い方の相談会を開く。",
     "保健福祉課", "2:実施中", 2024, 2027, ("相談会の参加者数（年間）", "人", "35", 2023, "120", 2027), ""),
]  # fmt: skip

_SD_HEAD = ["No.", "国の重点取組事項（選択）", "取組名", "取組の概要", "担当部署", "実施状況（選択）", "開始年度（西暦）",
            "終了年度（西暦）", "KPI（指標名）", "単位", "基準値", "基準年度（西暦）", "目標値", "目標年度（西暦）", "備考"]  # fmt: skip
_SD_GUIDE = ["（半角数字）", "（プルダウンから選択）", "（20字以内）", "（100字以内）", "（課名まで）", "（プルダウンから選択）",
             "（半角数字4桁）", "（半角数字4桁）", "（KPIがない場合は空欄）", "", "（半角数字）", "（半角数字4桁）", "（半角数字）",
             "（半角数字4桁）", ""]  # fmt: skip
_SD_EXAMPLE = ["例", "自治体フロントヤード改革", "○○手続のオンライン化", "○○の申請をオンラインで受け付ける。", "○○課", "2:実施中",
               "2024", "2026", "オンライン化した手続数", "手続", "10", "2023", "50", "2026", "記入例（削除しないでください）"]  # fmt: skip


def somadani_csv() -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    blank = [""] * len(_SD_HEAD)

    def line(*cells: str) -> None:
        writer.writerow([*cells, *blank[len(cells) :]])

    line("様式２")
    line("市町村ＤＸ推進計画に位置付けた取組の状況調査（令和７年６月１日現在）")
    line("都道府県名", "青波県")
    line("団体コード", "389021")
    line("団体名", "杣谷村")
    line("計画名", "杣谷村デジタル化推進計画", "計画期間", "令和6年度～令和9年度")
    line()
    writer.writerow(_SD_HEAD)
    writer.writerow(_SD_GUIDE)
    writer.writerow(_SD_EXAMPLE)
    for number, item_, title, summary, written, state, first, last, indicator, note in _SOMADANI:
        name, unit, base, base_fy, goal, goal_fy = indicator or ("",) * 6
        writer.writerow([str(number), item_, title, summary, written, state, str(first), str(last), name, unit, base,
                         str(base_fy), goal, str(goal_fy), note])  # fmt: skip
    line("※実施状況　1:実施済　2:実施中　3:実施予定　4:未定")
    line("※行が不足する場合は、適宜追加してください。")
    return out.getvalue().encode("cp932")


def _somadani() -> list[dict[str, Any]]:
    out = []
    for number, _, title, _, written, _, first, last, indicator, _ in _SOMADANI:
        found = ()
        if indicator:
            _, _, base, base_fy, goal, goal_fy = indicator
            found = (kpi((base_fy, _value(base)), (goal_fy, _value(goal))),)  # type: ignore[arg-type]
        out.append(item(str(number), title, _offices(written), found, years(first, last)))
    return out


# --- 楡野市: a book of 表紙, 目次 and the 工程表 on its third sheet, quarters shaded, hidden columns -------------------------

#: (施策, [(No., 旧番号, 取組名, 担当課, 内部管理コード, 成果指標, 現状値（R6）, 目標値（R9）, 前回目標値（R9） (hidden),
#:  [(step, first (fy, quarter 1–4), last (fy, quarter))])]).
_NIRENO: list[tuple[str, list[tuple[Any, ...]]]] = [
    ("施策１　手続のオンライン化", [
        ("1", "1-1", "電子申請の拡充", "デジタル推進課", "DX-0101", "電子申請できる手続数", 85, 300, 250,
         [("対象手続の選定", (2025, 1), (2025, 2)), ("順次拡大", (2025, 3), (2027, 4))]),
        ("2", "1-3", "公共施設予約のオンライン化", "生涯学習課", "DX-0103", "オンラインで予約できる施設数", 4, 30, 20,
         [("システム構築", (2025, 3), (2026, 2)), ("運用", (2026, 3), (2027, 4))]),
        ("3", "1-4", "窓口のキャッシュレス決済", "会計課、市民課", "DX-0104", "キャッシュレス決済に対応した窓口数", 3, 20, 15,
         [("本庁に導入", (2025, 2), (2025, 4)), ("支所に拡大", (2026, 3), (2027, 2))]),
    ]),
    ("施策２　行政の効率化", [
        ("4", "2-1", "基幹業務システムの標準化", "デジタル推進課", "DX-0201", "標準準拠システムへ移行した業務数", 6, 20, 20,
         [("移行", (2025, 1), (2025, 4)), ("運用・検証", (2026, 1), (2026, 2))]),
        ("5", "2-2", "ＡＩ－ＯＣＲ・ＲＰＡの活用", "行政改革課", "DX-0202", "削減した作業時間（年間）", 1500, 6000, 5000,
         [("対象業務の調査", (2025, 1), (2025, 2)), ("導入", (2025, 3), (2026, 4)), ("効果検証", (2027, 1), (2027, 2))]),
        ("6", "2-4", "文書管理の電子化", "総務課", "DX-0204", "電子決裁の割合", 35.0, 90.0, 80.0,
         [("電子決裁の全庁導入", (2026, 1), (2027, 4))]),
    ]),
    ("施策３　地域のデジタル化", [
        ("7", "3-1", "デジタル活用支援", "高齢福祉課・生涯学習課", "DX-0301", "スマホ教室の参加者数（年間）", 240, 800, 600,
         [("スマホ教室", (2025, 2), (2025, 3)), ("スマホ教室", (2026, 2), (2026, 3)), ("スマホ教室", (2027, 2), (2027, 3))]),
        ("8", "3-2", "オープンデータの推進", "デジタル推進課", "DX-0302", "公開データセット数", 28, 100, 80,
         [("公開・更新", (2025, 3), (2027, 4))]),
    ]),
]  # fmt: skip

_NR_BAR = PatternFill("solid", fgColor="9BC2E6")
_NR_QUARTERS = ["4-6月", "7-9月", "10-12月", "1-3月"]
_NR_HEAD = ["No.", "旧番号", "取組名", "担当課", "内部管理コード", "成果指標", "現状値\n（R6）", "目標値\n（R9）",
            "前回目標値\n（R9）"]  # fmt: skip
_NR_WIDTHS = [5.0, 7.0, 26.0, 18.0, 11.0, 28.0, 9.0, 9.0, 10.0] + [6.5] * 12
#: The columns a person hid (旧番号, 内部管理コード, 前回目標値（R9）).
_NR_HIDDEN = ("B", "E", "I")


def _quarter_index(at: tuple[int, int]) -> int:
    return (at[0] - 2025) * 4 + at[1] - 1


def nireno_xlsx() -> bytes:
    book = openpyxl.Workbook()
    cover = book.active
    assert cover is not None
    cover.title = "表紙"
    cover["B8"] = "楡野市ＤＸ推進計画"
    cover["B8"].font = Font(name=FONT, size=24, bold=True)
    cover["B10"] = "実施工程表"
    cover["B10"].font = Font(name=FONT, size=18)
    cover["B20"] = "令和７年３月"
    cover["B21"] = "楡野市　総務部　デジタル推進課"
    contents = book.create_sheet("目次")
    contents["A1"] = "目次"
    contents["A1"].font = Font(name=FONT, size=14, bold=True)
    for r, (sheet_name, what) in enumerate(
        [("表紙", ""), ("目次", "このシート"), ("工程表", "取組ごとの実施時期（四半期単位）と成果指標")],
        start=3,
    ):
        contents.cell(r, 1, sheet_name).font = Font(name=FONT, size=11)
        contents.cell(r, 2, what or None).font = Font(name=FONT, size=11)
    _widths(contents, [14.0, 50.0])
    sheet = book.create_sheet("工程表")
    sheet["A1"] = "楡野市ＤＸ推進計画　実施工程表"
    sheet["A1"].font = Font(name=FONT, size=14, bold=True)
    sheet["A2"] = "計画期間：令和７年度～令和９年度"
    sheet["A3"] = "（凡例）網掛け：実施期間　網掛けの最初のセルに工程を記載"
    for cell in ("A2", "A3"):
        sheet[cell].font = Font(name=FONT, size=9)
    last = len(_NR_HEAD) + 12
    for column, label in enumerate(_NR_HEAD, start=1):
        _cell(sheet, 6, column, label, CENTRE)
        _cell(sheet, 7, column, None, CENTRE)
        sheet.merge_cells(start_row=6, start_column=column, end_row=7, end_column=column)
    for at, fy in enumerate((2025, 2026, 2027)):
        first = len(_NR_HEAD) + 1 + at * 4
        _cell(
            sheet,
            6,
            first,
            f"令和{fy - 2018}年度".translate(str.maketrans("0123456789", "０１２３４５６７８９")),
            CENTRE,
        )
        for q, label in enumerate(_NR_QUARTERS):
            if q:
                _cell(sheet, 6, first + q, None, CENTRE)
            _cell(sheet, 7, first + q, label, CENTRE, size=8)
        sheet.merge_cells(start_row=6, start_column=first, end_row=6, end_column=first + 3)
    _ruled(sheet, 6, 1, last, HEAD_FILL)
    _ruled(sheet, 7, 1, last, HEAD_FILL)
    row = 8
    for measure, entries in _NIRENO:
        _cell(sheet, row, 1, measure, LEFT, size=11)
        sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=last)
        _ruled(sheet, row, 1, last, SECTION_FILL)
        row += 1
        for number, old, title, written, internal, name, base, goal, before, steps in entries:
            for column, value in enumerate(
                [number, old, title, written, internal, name, base, goal, before], start=1
            ):
                _cell(
                    sheet,
                    row,
                    column,
                    value,
                    RIGHT if column >= 7 else CENTRE if column in (1, 2, 5) else LEFT,
                )
                if isinstance(value, float):
                    sheet.cell(row, column).number_format = "0.0"
                elif isinstance(value, int) and column >= 7:
                    sheet.cell(row, column).number_format = "#,##0"
            for q in range(12):
                _cell(sheet, row, len(_NR_HEAD) + 1 + q, None, LEFT, size=8)
            for step, start, end in steps:
                for q in range(_quarter_index(start), _quarter_index(end) + 1):
                    sheet.cell(row, len(_NR_HEAD) + 1 + q).fill = _NR_BAR
                sheet.cell(row, len(_NR_HEAD) + 1 + _quarter_index(start)).value = step
            sheet.row_dimensions[row].height = 30
            row += 1
    sheet.cell(row + 1, 1, "※網掛けは実施期間を示す。").font = Font(name=FONT, size=9)
    sheet.cell(row + 2, 1, "※成果指標の現状値は令和６年度末の見込み、目標値は令和９年度末の値。").font = Font(
        name=FONT, size=9
    )
    sheet.cell(row + 3, 1, "※見直しにより目標値を変更した取組がある（前回目標値は非表示）。").font = Font(
        name=FONT, size=9
    )
    _widths(sheet, _NR_WIDTHS)
    for column in _NR_HIDDEN:
        sheet.column_dimensions[column].hidden = True
    sheet.freeze_panes = "D8"
    book.active = 2
    return save(book)


def _halves(steps: list[tuple[str, tuple[int, int], tuple[int, int]]]) -> list[tuple[int, int]]:
    """The half-years the quarters of the steps fall in (4-6月 and 7-9月 half 1, 10-12月 and 1-3月 half 2)."""
    out = set()
    for _, start, end in steps:
        for q in range(_quarter_index(start), _quarter_index(end) + 1):
            out.add((2025 + q // 4, 1 if q % 4 < 2 else 2))
    return sorted(out)


def _nireno() -> list[dict[str, Any]]:
    out = []
    for _, entries in _NIRENO:
        for number, _, title, written, _, _, base, goal, _, steps in entries:
            entry = item(
                number, title, _offices(written), (kpi((2024, base), (2027, goal), ((2027, goal),)),)
            )
            entry["schedule"] = [{"fy": fy, "half": half} for fy, half in _halves(steps)]
            out.append(entry)
    return out


# --- 蒼葉町: Word, one table with the 基本方針 merged down its rows (w:vMerge), 担当課 「総務部情報政策課」 -------------------

#: (基本方針, [(No., 取組名, 担当課 as written, its 課, [(指標名, 現状値（R5）, 目標値（R10）)] ([] 「－」), 実施年度)]).
_AOBA: list[tuple[str, list[tuple[Any, ...]]]] = [
    ("１　便利な行政サービス", [
        ("1-1", "電子申請の拡充", "総務部情報政策課", ["情報政策課"],
         [("電子申請できる手続数", "25手続", "150手続")], "R6～R10"),
        ("1-2", "書かない窓口の導入", "住民福祉部住民課、総務部情報政策課", ["住民課", "情報政策課"],
         [("書かない窓口で受け付ける手続数", "0手続", "30手続"), ("窓口の平均待ち時間", "22分", "10分")], "R7～R10"),
        ("1-3", "税・料金のキャッシュレス納付", "総務部税務課、会計課", ["税務課", "会計課"],
         [("キャッシュレスで納付された割合", "18.5％", "45.0％")], "R6～R10"),
    ]),
    ("２　効率的な行政運営", [
        ("2-1", "基幹業務システムの標準化", "総務部情報政策課", ["情報政策課"],
         [("標準準拠システムへ移行した業務数", "0業務", "20業務")], "R6～R7"),
        ("2-2", "ＲＰＡ・生成ＡＩの活用", "総務部行政改革課", ["行政改革課"],
         [("削減した作業時間（年間）", "900時間", "4,500時間"), ("生成ＡＩを利用する職員の割合", "0％", "70％")], "R6～R10"),
        ("2-3", "情報セキュリティ対策", "総務部情報政策課", ["情報政策課"], [], "R6～R10"),
    ]),
    ("３　地域社会のデジタル化", [
        ("3-1", "高齢者のデジタル活用支援", "住民福祉部高齢介護課、教育部生涯学習課", ["高齢介護課", "生涯学習課"],
         [("スマホ教室の参加者数（年間）", "120人", "500人")], "R6～R10"),
        ("3-2", "学校のＩＣＴ活用", "教育部学校教育課", ["学校教育課"],
         [("授業でＩＣＴを活用する教員の割合", "70.2％", "95.0％")], "R6～R10"),
    ]),
]  # fmt: skip

_AO_HEAD = ["基本方針", "No.", "取組名", "担当課", "成果指標", None, None, "実施年度"]
_AO_SUB = [None, None, None, None, "指標名", "現状値\n（R5）", "目標値\n（R10）", None]
_AO_WIDTHS = [24, 12, 34, 34, 44, 20, 20, 18]


def _vmerge(cell: Any, restart: bool) -> None:
    """A cell of a vertical merge as Word saves it (``w:vMerge``: the first ``restart``, the cells below it continue)."""
    value = ' w:val="restart"' if restart else ""
    cell._tc.get_or_add_tcPr().append(parse_xml(f'<w:vMerge xmlns:w="{_W}"{value}/>'))


def _grid(table: Any, widths: list[float]) -> None:
    """The table's columns as wide as ``widths`` (mm) — Word's grid (``w:tblGrid``) and every cell — not autofitted."""
    table.autofit = False
    for column, width in zip(table._tbl.tblGrid.gridCol_lst, widths, strict=True):
        column.w = Mm(width)
    for row in table.rows:
        spans: dict[int, tuple[Any, float]] = {}
        for column, cell in enumerate(row.cells):
            _, width = spans.get(id(cell._tc), (cell, 0.0))
            spans[id(cell._tc)] = (cell, width + widths[column])
        for cell, width in spans.values():
            cell.width = Mm(width)


def _text(cell: Any, text: str, *, centre: bool = False, size: float = 9) -> None:
    lines = text.split("\n")
    cell.text = lines[0]
    for extra in lines[1:]:
        cell.add_paragraph(extra)
    for paragraph in cell.paragraphs:
        if centre:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        for run in paragraph.runs:
            run.font.size = Pt(size)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def aoba_docx() -> bytes:
    document = docx.Document()
    section = document.sections[0]
    section.page_width, section.page_height = Mm(297), Mm(210)
    section.orientation = WD_ORIENT.LANDSCAPE
    section.left_margin = section.right_margin = Mm(15)
    section.top_margin = section.bottom_margin = Mm(15)
    section.footer.paragraphs[0].text = "蒼葉町デジタル化推進計画"
    document.add_paragraph("蒼葉町デジタル化推進計画", style="Title")
    document.add_paragraph("計画期間：令和６年度～令和10年度（５年間）")
    document.add_paragraph("第３章　取組の一覧", style="Heading 1")
    document.add_paragraph(
        "　基本方針ごとの取組と担当課、成果指標は次のとおりです。成果指標の現状値は令和５年度の実績、目標値は令和10年度の"
        "目標です。"
    )
    rows = sum(max(len(e[4]), 1) for _, entries in _AOBA for e in entries)
    table = document.add_table(rows=2 + rows, cols=len(_AO_HEAD))
    table.style = "Table Grid"
    for c, (label, sub) in enumerate(zip(_AO_HEAD, _AO_SUB, strict=True)):
        if label is not None:
            _text(table.cell(0, c), label, centre=True)
        if sub is not None:
            _text(table.cell(1, c), sub, centre=True)
    table.cell(0, 4).merge(table.cell(0, 6))
    for c in (0, 1, 2, 3, 7):
        _vmerge(table.cell(0, c), True)
        _vmerge(table.cell(1, c), False)
    r = 2
    for policy, entries in _AOBA:
        top = r
        for code, title, written, _, indicators, when in entries:
            first = r
            for at, (name, base, goal) in enumerate(indicators or [("－", "－", "－")]):
                if at == 0:
                    for c, value in ((1, code), (2, title), (3, written), (7, when)):
                        _text(table.cell(r, c), value, centre=c in (1, 7))
                for c, value in ((4, name), (5, base), (6, goal)):
                    _text(table.cell(r, c), value, centre=c != 4)
                r += 1
            if r - first > 1:
                for c in (1, 2, 3, 7):
                    for below in range(first, r):
                        _vmerge(table.cell(below, c), below == first)
        _text(table.cell(top, 0), policy)
        for below in range(top, r):
            _vmerge(table.cell(below, 0), below == top)
    _grid(table, [w * 1.2 for w in _AO_WIDTHS])
    return save(document)


def _aoba() -> list[dict[str, Any]]:
    out = []
    for _, entries in _AOBA:
        for code, title, _, offices, indicators, when in entries:
            found = tuple(
                kpi((2023, _value(base)), (2028, _value(goal)), ((2028, _value(goal)),))  # type: ignore[arg-type]
                for _, base, goal in indicators
            )
            out.append(item(code, title, offices, found, _span(when)))
    return out


# --- 菖蒲台市: 成果指標 進捗管理表, an indicator two rows (目標 / 実績) under R6 R7 R8, 評価 ◎○△× -------------------------

#: (基本目標, [(No., 取組名, 担当課, [(成果指標, 単位, 基準値（R5）, 目標 R6–R8, 実績 R6–R7 (None 「－」), 評価)])]).
_AYAMEDAI: list[tuple[str, list[tuple[Any, ...]]]] = [
    ("基本目標１　手続がかんたんなまち", [
        (1, "電子申請の拡充", "デジタル推進課",
         [("電子申請できる手続数", "手続", 60, (100, 150, 200), (112, 148), "○")]),
        (2, "証明書のコンビニ交付", "市民課",
         [("コンビニ交付の利用率", "％", 14.5, (20.0, 25.0, 30.0), (23.8, 27.1), "◎")]),
        (3, "窓口のキャッシュレス化", "会計課・市民課",
         [("キャッシュレス決済に対応した窓口数", "窓口", 2, (6, 10, 14), (6, 8), "△"),
          ("キャッシュレス決済の利用割合", "％", 5.0, (10.0, 15.0, 20.0), (9.2, None), "△")]),
    ]),
    ("基本目標２　スマートな市役所", [
        (4, "ＲＰＡの活用", "行政経営課",
         [("ＲＰＡで削減した作業時間（年間）", "時間", 800, (1500, 2500, 3500), (1620, 2710), "○")]),
        (5, "テレワークの推進", "職員課",
         [("テレワークを実施した職員の割合", "％", 15.0, (25.0, 35.0, 45.0), (13.4, 18.9), "×")]),
        (6, "ペーパーレス会議", "総務課",
         [("庁内の印刷枚数（年間）", "万枚", 410, (380, 350, 320), (372, None), "○")]),
    ]),
    ("基本目標３　デジタルでつながる地域", [
        (7, "デジタル活用支援", "生涯学習課",
         [("スマホ教室の参加者数（年間）", "人", 210, (300, 400, 500), (335, 402), "○"),
          ("デジタル活用支援員の人数", "人", 4, (10, 16, 22), (8, 12), "△")]),
        (8, "オープンデータの推進", "デジタル推進課",
         [("公開データセット数", "件", 35, (50, 65, 80), (58, 71), "◎")]),
    ]),
]  # fmt: skip

_AY_HEAD = ["No.", "取組名", "担当課", "成果指標", "単位", "基準値\n（R5）", "区分", "R6", "R7", "R8", "評価"]
_AY_WIDTHS = [5.0, 22.0, 14.0, 32.0, 7.0, 10.0, 7.0, 10.0, 10.0, 10.0, 7.0]


def ayamedai_xlsx() -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "成果指標"
    sheet["A1"] = "菖蒲台市ＤＸ推進計画　成果指標進捗管理表（令和７年度）"
    sheet["A1"].font = Font(name=FONT, size=14, bold=True)
    sheet["A2"] = "計画期間：令和６年度～令和８年度　　令和７年度の実績は令和８年５月末時点"
    sheet["A2"].font = Font(name=FONT, size=9)
    for column, label in enumerate(_AY_HEAD, start=1):
        _cell(sheet, 4, column, label, CENTRE)
    _ruled(sheet, 4, 1, len(_AY_HEAD), HEAD_FILL)
    sheet.row_dimensions[4].height = 30
    row = 5
    for goal, entries in _AYAMEDAI:
        _cell(sheet, row, 1, goal, LEFT, size=11)
        sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=len(_AY_HEAD))
        _ruled(sheet, row, 1, len(_AY_HEAD), SECTION_FILL)
        row += 1
        for number, title, written, indicators in entries:
            first = row
            for name, unit, base, goals, actuals, grade in indicators:
                top = row
                for kind, figures in (("目標", goals), ("実績", (*actuals, None))):
                    shown: list[Any] = [
                        "－" if kind == "実績" and at < 2 and value is None else value
                        for at, value in enumerate(figures)
                    ]
                    values = [number, title, written, name, unit, base, kind, *shown, grade]
                    for column, value in enumerate(values, start=1):
                        keep = (
                            row == first if column <= 3 else row == top if column in (4, 5, 6, 11) else True
                        )
                        _cell(sheet, row, column, value if keep else None,
                              RIGHT if column in (6, 8, 9, 10) else CENTRE if column in (1, 5, 7, 11) else LEFT)  # fmt: skip
                        if isinstance(value, float):
                            sheet.cell(row, column).number_format = "0.0"
                        elif isinstance(value, int) and column >= 6:
                            sheet.cell(row, column).number_format = "#,##0"
                    sheet.row_dimensions[row].height = 20
                    row += 1
                for column in (4, 5, 6, 11):
                    sheet.merge_cells(start_row=top, start_column=column, end_row=row - 1, end_column=column)
            for column in (1, 2, 3):
                sheet.merge_cells(start_row=first, start_column=column, end_row=row - 1, end_column=column)
    sheet.cell(
        row + 1,
        1,
        "※評価　◎：目標を大きく上回った　○：目標を達成　△：目標に届かなかった　×：基準値を下回った",
    ).font = Font(name=FONT, size=9)
    sheet.cell(
        row + 2, 1, "※「－」は集計中。評価は令和７年度の実績（集計中のものは令和６年度）による。"
    ).font = Font(name=FONT, size=9)
    _widths(sheet, _AY_WIDTHS)
    sheet.page_setup.paperSize = 9  # A4
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_title_rows = "4:4"
    sheet.oddFooter.center.text = "&P / &N"
    return save(book)


def _ayamedai() -> list[dict[str, Any]]:
    out = []
    for _, entries in _AYAMEDAI:
        for number, title, written, indicators in entries:
            found = tuple(
                kpi(
                    (2023, base),
                    (2026, goals[-1]),
                    tuple((2024 + at, g) for at, g in enumerate(goals)),
                    tuple((2024 + at, a) for at, a in enumerate(actuals) if a is not None),
                )
                for _, _, base, goals, actuals, _ in indicators
            )
            out.append(item(str(number), title, _offices(written), found))
    return out


# --- 柘植町: Word, header cells set vertically in narrow columns, ● a year; printed by Writer ------------------------------

#: (施策, [(番号, 取組名, 担当課 as written (「\n」 a line of its own), years marked ●, 成果指標, 現状値, 目標値 (with their
#:  year in the cell, 「－」 none))]).
_TSUGE: list[tuple[str, list[tuple[Any, ...]]]] = [
    ("施策１　行政手続のデジタル化", [
        ("１", "電子申請の拡充", "総務課", (2024, 2025, 2026, 2027), "電子申請できる手続数", "30手続（R5）", "120手続（R9）"),
        ("２", "マイナンバーカードを使った窓口", "住民課", (2025, 2026, 2027), "カードで申請できる手続数", "5手続（R5）",
         "40手続（R9）"),
        ("３", "手数料のキャッシュレス化", "会計課\n税務課", (2024, 2025), "キャッシュレスに対応した窓口数", "1窓口（R5）",
         "9窓口（R9）"),
    ]),
    ("施策２　役場のデジタル化", [
        ("４", "ＲＰＡ・ＡＩ－ＯＣＲの導入", "企画財政課", (2025, 2026, 2027), "削減した作業時間（年間）", "300時間（R5）",
         "2,000時間（R9）"),
        ("５", "会議のペーパーレス化", "総務課\n議会事務局", (2024, 2025, 2026, 2027), "印刷枚数（年間）", "95万枚（R5）",
         "60万枚（R9）"),
        ("６", "職員のデジタル研修", "総務課", (2024, 2025, 2026, 2027), "－", "－", "－"),
    ]),
    ("施策３　暮らしのデジタル化", [
        ("７", "スマホ教室の開催", "生涯学習課\n健康福祉課", (2024, 2025, 2026, 2027), "教室の参加者数（年間）", "50人（R5）",
         "200人（R9）"),
        ("８", "防災情報のアプリ配信", "総務課", (2026, 2027), "防災アプリの登録者数", "800人（R5）", "3,000人（R9）"),
    ]),
]  # fmt: skip

_TS_HEAD = [
    "番号",
    "取組名",
    "担当課",
    "令和６年度",
    "令和７年度",
    "令和８年度",
    "令和９年度",
    "成果指標",
    "現状値",
    "目標値",
]
_TS_VERTICAL = (0, 2, 3, 4, 5, 6)
_TS_WIDTHS = [8, 40, 14, 8, 8, 8, 8, 44, 20, 20]


def tsuge_docx() -> bytes:
    document = docx.Document()
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.right_margin = Mm(15)
    section.header.paragraphs[0].text = "柘植町デジタル化推進計画"
    section.header.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    document.add_paragraph("柘植町デジタル化推進計画　実施計画", style="Title")
    document.add_paragraph("計画期間：令和６年度～令和９年度")
    document.add_paragraph("第４章　実施計画", style="Heading 1")
    document.add_paragraph("　施策ごとの取組、担当課、実施年度と成果指標を示します。")
    document.add_paragraph("●：実施")
    rows = 1 + sum(1 + len(entries) for _, entries in _TSUGE)
    table = document.add_table(rows=rows, cols=len(_TS_HEAD))
    table.style = "Table Grid"
    for c, label in enumerate(_TS_HEAD):
        cell = table.cell(0, c)
        _text(cell, label, centre=True, size=8)
        if c in _TS_VERTICAL:
            cell._tc.get_or_add_tcPr().append(parse_xml(f'<w:textDirection xmlns:w="{_W}" w:val="tbRlV"/>'))
    table.rows[0].height = Mm(22)
    r = 1
    for measure, entries in _TSUGE:
        merged = table.cell(r, 0).merge(table.cell(r, len(_TS_HEAD) - 1))
        _text(merged, measure, size=9)
        r += 1
        for number, title, written, marked, name, base, goal in entries:
            marks = ["●" if fy in marked else "" for fy in range(2024, 2028)]
            for c, value in enumerate([number, title, written, *marks, name, base, goal]):
                _text(table.cell(r, c), value, centre=c not in (1, 7), size=8)
            r += 1
    _grid(table, [float(w) for w in _TS_WIDTHS])
    return save(document)


def _tsuge() -> list[dict[str, Any]]:
    out = []
    for _, entries in _TSUGE:
        for number, title, written, marked, name, base, goal in entries:
            found = (kpi((2023, _value(base)), (2027, _value(goal))),) if name != "－" else ()  # type: ignore[arg-type]
            code = str("１２３４５６７８".index(number) + 1)
            out.append(item(code, title, _offices(written), found, tuple(marked)))
    return out


# --- the batch ---------------------------------------------------------------------------------------------------

#: name → (municipality, the initiatives it states)
PLANS: dict[str, tuple[str, list[dict[str, Any]]]] = {
    AKANESAWA: ("茜沢町", _akanesawa()),
    SOMADANI: ("杣谷村", _somadani()),
    NIRENO: ("楡野市", _nireno()),
    AOBA: ("蒼葉町", _aoba()),
    AYAMEDAI: ("菖蒲台市", _ayamedai()),
    AYAMEDAI_PDF: ("菖蒲台市", _ayamedai()),
    TSUGE: ("柘植町", _tsuge()),
    TSUGE_PDF: ("柘植町", _tsuge()),
}

#: A file uploaded as it is kept: what builds its bytes, and the file name it is uploaded under.
SHEETS: dict[str, tuple[Callable[[], bytes], str]] = {
    AKANESAWA: (akanesawa_xlsx, "茜沢町DX推進計画_中間見直し_取組一覧.xlsx"),
    SOMADANI: (somadani_csv, "【杣谷村】R7市町村DX取組状況調査（様式２）.csv"),
    NIRENO: (nireno_xlsx, "楡野市DX推進計画_実施工程表.xlsx"),
    AOBA: (aoba_docx, "蒼葉町デジタル化推進計画（第３章）.docx"),
    AYAMEDAI: (ayamedai_xlsx, "R7成果指標進捗管理表.xlsx"),
    TSUGE: (tsuge_docx, "柘植町デジタル化推進計画_実施計画.docx"),
}

#: A printed document: what builds it — the workbook Calc prints, or the Word document Writer exports.
CALC: dict[str, Callable[[], bytes]] = {AYAMEDAI_PDF: ayamedai_xlsx}
WRITER: dict[str, Callable[[], bytes]] = {TSUGE_PDF: tsuge_docx}
PDFS = (*CALC, *WRITER)

#: The plan period each document states (fiscal years).
PERIODS: dict[str, tuple[int, int]] = {
    AKANESAWA: (2023, 2027),
    SOMADANI: (2024, 2027),
    NIRENO: (2025, 2027),
    AOBA: (2024, 2028),
    AYAMEDAI: (2024, 2026),
    AYAMEDAI_PDF: (2024, 2026),
    TSUGE: (2024, 2027),
    TSUGE_PDF: (2024, 2027),
}


_, sheet, pdf, expected = batch_documents(PLANS, sheets=SHEETS, calc=CALC, writer=WRITER)
