"""A twenty-fourth batch of plans no reader was written against (the readers' code was not read): eight documents in
shapes the batches before lack — three workbooks, a CSV downloaded from Google スプレッドシート, a Word document whose
取組 stand in text boxes, and PDFs printed by Chromium (a PowerPoint-like 概要版, a Word-like plan), LibreOffice Calc
(two workbooks, one of them as the office left its print settings) and Writer (the Word document).

Uploaded as they are kept:

- 芦ノ原町's ＤＸ推進計画 事業シート (``ashinohara_hougan_jigyo_sheet.xlsx``) on Excel 方眼紙: 34 columns all 2.63 wide, every
  field a block of merged cells (「事業番号 | 1-1 | 担当課 | 総務課　情報管理係」 across one row, 事業の目的 and 事業の内容
  merged over rows, the labels shaded), a sheet a 事業 named by its number (「1-1」 … 「3-3」) after a blank 「様式」 sheet
  of the same form, 事業区分 as text checkboxes 「□新規　■拡充　□継続」, a 成果指標 block whose header carries the date
  of its figures (「現状値（R6.3末）」「目標値（R11.3末）」; one card's 「（R6.12末）」, one's 「（R8.3末）」), a card of two
  indicators (one target typed 「90以上」), a card whose 指標名 is 「－」, 年次計画 「R7 | R8 | R9 | R10」 each merged over seven
  columns with its step under it (「－」 none), 事業費（千円） the same way; 「住民課・税務課」「議会事務局・総務課」,
  「教育委員会事務局　学校教育課」;
- 篠宮市's ＤＸ推進計画 取組工程表 (``shinomiya_kouteihyou_zukei.xlsx``): 「No. | 取組名 | 担当課 | 令和７年度 … 令和10年度 |
  成果指標 | 現状値（R6） | 目標値（R10）」, the year cells EMPTY — each step is an オートシェイプ drawn over them (a
  「ホームベース」 arrow from a little inside its first year's cell to a little inside its last's, its step written in it:
  「検討」「導入」「運用」, 「順次拡大」 over four years; a year left bare between two 「監査」; one 「直線矢印コネクタ」 without
  text), a note 「※図形（矢印）は各取組の実施期間を表す。」, figures typed with their units (「150手続」「28.5％」, 「－」);
  also printed by Calc (``shinomiya_kouteihyou_zukei.pdf``, A4 landscape), where the shapes are drawn with their words;
- 若草台市's 取組管理表 (``wakakusadai_google_sheets.csv``), a Google スプレッドシート the 課 edit together, downloaded as CSV
  (「若草台市DX推進計画 取組管理表（共有） - 取組一覧.csv」: the spreadsheet's and the sheet's names): UTF-8 without a BOM,
  CRLF between rows and LF inside quoted cells, no line break after the last row, a title row, an empty row, a row
  with only 「実施年度（チェックを入れる）」 (merged over R7–R10 in the sheet) over the header, header cells with line
  breaks (「基準値⏎（R6.3末）」「目標値⏎（R11.3末）」「成果指標⏎（KPI）」), the years R7 … R10 checkbox columns exported
  TRUE / FALSE, 取組内容 of 「・」 lines in one cell, 「市民課⏎デジタル推進課」, figures as shown (「74.2%」「90%以上」
  「"12,000"」「45万枚」「22万枚以下」), columns 進捗状況 / 最終更新 (「2025/05/12 14:03:27」) / メモ, and a 再掲 row — 1-3
  listed again under 基本目標 3 with the same No., 「（再掲）」 after its title and in its 成果指標;
- 白萩町's 進捗管理表 (``shirahagi_nendo_sheets.xlsx``), a sheet a year: 「令和６年度」 (the year reported: 「番号 | 取組名 |
  担当課 | 成果指標 | 単位 | 基準値（R5） | 最終目標（R9） | R6目標 | R6実績 | 達成状況 | 備考」) and 「令和７年度」 (the year planned,
  copied from it: R7目標, R7実績 and 達成状況 blank), the same 取組 on both, one finished in R6 on the first only
  (「令和６年度で整備を完了した」), one begun in R7 on the second only (基準値 「－」), a 取組 of two indicator rows
  (番号 / 取組名 / 担当課 / 備考 merged down), a R6目標 and R6実績 「－」;
- 柊町's デジタル化推進計画 (``hiiragi_textbox.docx``), written in Word: 見出し 1–3 (「第２章　具体的な取組」 > 「基本方針１　…」 >
  「取組１　電子申請の拡充」), a paragraph of 現状と課題 under each 取組 (figures of its own: 「71.3％」「38.2％」), and the 取組's
  particulars in a TEXT BOX under it (wrapped 上下, as wide as the text): 「【取組】」 and 「・」 lines, 「【担当】住民課、総務課」,
  「【ＫＰＩ】電子申請できる手続数　12手続（R5.3末）→ 60手続（R11.3末）」 (「【ＫＰＩ】－」 once, a 目標 at 「R8.3末」 once),
  「【工程】R6：対象手続の選定　R7～R10：順次拡大」 — the box as Word 2010 and later saves one (DrawingML ``wps:txbx`` and its
  VML copy in ``mc:Fallback``); a chapter 計画の概要 before (計画期間 令和６年度～令和10年度, 「12,845人」); also exported
  to PDF by Writer (``hiiragi_textbox.pdf``).

Printed (read as the PDF and as ``pdftotext`` in both modes):

- 瑞鳳市's ＤＸ推進計画【概要版】 (``zuiho_gaiyoban_slides.pdf``, Chromium, 16:9 slides 338 × 190 mm as PowerPoint exports
  them): a cover, a 計画の体系 slide (three 基本方針 boxes, no 取組), a slide a 基本方針 with up to four cards — a badge
  「1-1」, the title, two 「●」 lines, 「担当：市民課・デジタル推進課」 at its right, and a KPI box laid over the card's foot
  (written after all the cards: 「KPI」 「電子申請できる手続数」 「80手続（R6） ⇒ 250手続（R11）」, 「10分以内」, 「－ ⇒ 30,000人
  （R11）」, 「20業務（R7）」) — then two ロードマップ slides: a grid 「取組 | R7（2025） … R11（2029）」 with empty year cells and the
  steps as arrow-shaped bars laid over it (「検討」「試行」「本格運用」, 「順次拡大」 over five years), every element placed
  absolutely (text boxes), 「瑞鳳市ＤＸ推進計画【概要版】」 and the slide's number at its foot;
- 清水原町's デジタル化推進計画 (``shimizuhara_taikeizu_koumoku.pdf``, Chromium, A4 portrait, Word-like): 「第３章　施策の体系」
  a 施策体系図 of boxes laid out as a borderless table (基本理念 | 基本目標 | 施策 | 主な取組, connectors as lines between
  the boxes, the 取組 of a 施策 in one box 「①電子申請の拡充⏎②公金のキャッシュレス納付」), then 「第４章　取組の内容」: under
  「基本目標１　…」 and 「施策1-1　…」 headings a table a 取組 「項目 | 内容」 — 取組番号 「1-1-①」, 取組名, 概要, 担当課
  (「総務課（情報係）、住民課」), ＫＰＩ in one cell 「電子申請できる手続の割合⏎現状値：32.5％（R6.3末）⏎目標値：80％以上
  （R11.3末）」 (two numbered ①② in one; 「－」 once; 「（R8.3末）」 once), スケジュール 「R7：対象手続の選定・システム改修⏎
  R8～R10：順次拡大」 (「R8～：導入・運用」 to the plan's end), tables kept whole on a page;
- 梓ヶ丘市's ＤＸ推進計画 取組一覧 (``azusagaoka_yoko_bunkatsu.pdf``), kept in Excel (built here) and printed by Calc as the
  office left it — at 100 %, not fitted to the page, a column break set by hand after 成果指標, 印刷タイトル rows 4:5 and
  columns A:B: pages 1–2 hold 「No. | 取組名 | 取組内容 | 担当課 | 成果指標」 of 取組 1–10 and 11–14, pages 3–4 「No. | 取組名 |
  単位 | 基準値（R5） | 目標値（R9） | 工程 (R6 … R9) | 備考」 of the same rows (No. and 取組名 repeated, the indicator's
  name only on pages 1–2); 基本目標 rows merged across (their text on the left-hand pages); a 取組 of two indicator rows;
  工程 ● / ○ with the legend under the table; 備考 naming years (「令和８年度にデータ分析基盤を構築」: no step).

``PLANS[name]`` is the plan each document states, by the earlier batches' conventions: a target column headed with its
year in a table of a row an initiative (篠宮市's 目標値（R10）, 若草台市's 目標値（R11.3末）, 梓ヶ丘市's 目標値（R9）, 白萩町's
最終目標（R9）) that year's target and the final one; yearly target columns (白萩町's R6目標 on one sheet, R7目標 on the other)
each year's target; a 目標値 whose date is beside it — in a card's KPI block (芦ノ原町), a KPI cell or line (清水原町, 柊町,
瑞鳳市) — the final target alone; 基準値 / 現状値 the baseline of the year written; 実績 columns each year's actual
(「－」 none). A figure at a month's end is the fiscal year's it closes or falls in: 「R6.3末」 2023, 「R11.3末」 2028,
「R6.12末」 2024. Figures as written: 「80％以上」 80, 「10分以内」 10, 「90以上」 90, 「45万枚」 45, 「22万枚以下」 22. Who
carries a 取組 out is its 担当課 as written, split at 「、」「・」 or a line break; a 係 (「総務課　情報管理係」
「総務課（情報係）」) and 教育委員会事務局 are no 課 of their own; a 関係課 is not. Codes as printed: 「1-1-①」 is 1-1-1,
「取組１」 1. A schedule is every year a step is written, drawn, ticked or marked for: an arrow's every year from the one
it starts in to the one it ends in, a TRUE checkbox its year (FALSE none), 「R8～」 to the plan's last year, ● / ○, a
step word (「－」 none). The same 取組 listed twice — a 再掲 row with its No., the same 取組 on each year's sheet — is one
取組 with what all its rows state; the blank 様式 sheet, the 体系図's boxes and 備考 are no 取組 or steps.
"""

from __future__ import annotations

import csv
import html
import io
import re
import zipfile
from collections.abc import Callable
from typing import Any

import docx
import openpyxl
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.shared import Mm
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.pagebreak import Break
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet

from ..unseen_harness import save
from .batch_documents import batch_documents
from .docparts import (
    CENTRE,
    FONT,
    HEAD_FILL,
    LEFT,
    RIGHT,
    RULED,
    SECTION_FILL,
    _cell,
    _fit_height,
    _offices,
    _page,
    _print_setup,
    _ruled,
    _value,
    _widths,
)
from .unseen import item, kpi, years

ASHINOHARA = "ashinohara_hougan_jigyo_sheet.xlsx"
SHINOMIYA = "shinomiya_kouteihyou_zukei.xlsx"
WAKAKUSADAI = "wakakusadai_google_sheets.csv"
SHIRAHAGI = "shirahagi_nendo_sheets.xlsx"
ZUIHO = "zuiho_gaiyoban_slides.pdf"
SHIMIZUHARA = "shimizuhara_taikeizu_koumoku.pdf"
HIIRAGI = "hiiragi_textbox.docx"
AZUSAGAOKA = "azusagaoka_yoko_bunkatsu.pdf"

#: The printed forms of the two documents that are also uploaded as they are kept (their PDFs' names).
SHINOMIYA_PDF = "shinomiya_kouteihyou_zukei.pdf"
HIIRAGI_PDF = "hiiragi_textbox.pdf"


def _fy_of_month_end(written: str) -> int:
    """The fiscal year a 「R6.3末」 / 「R6.12末」 falls in: March closes the year begun the April before."""
    era, month = re.fullmatch(r"R(\d+)\.(\d+)末", written).groups()  # type: ignore[union-attr]
    year = 2018 + int(era)
    return year - 1 if int(month) <= 3 else year


# --- 芦ノ原町: 事業シート on Excel 方眼紙, a sheet a 事業 -------------------------------------------------------------------

#: (事業番号, 事業名, 担当課 as written, 関係課, 区分 (新規 / 拡充 / 継続), 事業の目的, 事業の内容, (現状値's date, 目標値's),
#:  [(指標名, 単位, 現状値, 目標値)] ([("－", …)]: no indicator), steps R7–R10 (「－」 none), 事業費 R7–R10 (千円)).
_ASHINOHARA: list[tuple[Any, ...]] = [
    ("1-1", "電子申請の拡充", "総務課　情報管理係", "全課", "拡充",
     "役場に来なくても、自宅や職場から24時間手続ができるようにする。",
     "町民の利用が多い手続から順に、ぴったりサービスと町の電子申請システムで申請できるようにする。申請の様式も見直し、"
     "押印や添付書類を減らす。", ("R6.3末", "R11.3末"),
     [("電子申請できる手続数", "手続", 32, 120)], ("対象手続の選定", "拡充", "拡充", "拡充"), (1200, 800, 800, 800)),
    ("1-2", "窓口キャッシュレス決済の導入", "住民課・税務課", "会計室", "新規",
     "証明書の交付手数料や町税の窓口での支払を、現金以外でもできるようにする。",
     "住民課と税務課の窓口に決済端末を置き、クレジットカード・電子マネー・ＱＲコード決済に対応する。", ("R6.3末", "R11.3末"),
     [("キャッシュレス決済に対応した窓口数", "か所", 0, 5)], ("導入準備", "導入", "運用", "運用"), (350, 900, 420, 420)),
    ("1-3", "マイナンバーカードを活用した証明書のコンビニ交付", "住民課", "", "継続",
     "休日や夜間でも、身近なコンビニエンスストアで証明書を受け取れるようにする。",
     "住民票の写し・印鑑登録証明書に加え、戸籍証明書のコンビニ交付を始める。広報紙と窓口で利用を呼びかける。",
     ("R6.12末", "R11.3末"),
     [("コンビニ交付の利用率", "％", 8.2, 25), ("マイナンバーカードの保有率", "％", 78.4, "90以上")],
     ("運用", "運用", "運用", "運用"), (2100, 2100, 2100, 2100)),
    ("2-1", "基幹業務システムの標準化", "総務課　情報管理係", "住民課、税務課、保健福祉課", "継続",
     "国の標準仕様に準拠したシステムに移行し、運用経費と制度改正への対応の負担を減らす。",
     "住民記録・税・福祉など20業務のシステムを、近隣３町村と共同でガバメントクラウド上の標準準拠システムへ移行する。",
     ("R6.3末", "R8.3末"),
     [("標準準拠システムへ移行した業務数", "業務", 0, 20)], ("移行", "－", "－", "－"), (48000, 0, 0, 0)),
    ("2-2", "ＡＩ議事録作成システムの導入", "議会事務局・総務課", "", "新規",
     "会議録の作成にかかる職員の負担を減らし、会議の内容を早く公開する。",
     "音声をテキスト化するＡＩ議事録作成システムを導入し、議会と庁内の会議で使う。", ("R6.3末", "R11.3末"),
     [("会議録の作成に要する時間（会議１時間あたり）", "時間", 6, 2)], ("試行", "導入", "運用", "運用"), (0, 660, 660, 660)),
    ("2-3", "テレワーク・Ｗｅｂ会議環境の整備", "総務課", "", "拡充",
     "災害時や子育て・介護中でも職員が業務を続けられるようにし、出張の負担を減らす。",
     "持ち出し用の端末を増やし、全ての会議室でＷｅｂ会議ができるようにする。", ("R6.3末", "R11.3末"),
     [("Ｗｅｂ会議システムの利用回数（年間）", "回", 180, 600)], ("整備", "運用", "運用", "運用"), (2400, 300, 300, 300)),
    ("3-1", "高齢者向けスマートフォン教室", "保健福祉課", "生涯学習課", "継続",
     "スマートフォンを使えないために行政サービスを受けられない高齢者をなくす。",
     "町内６地区の集会所で、少人数の教室と個別相談会を開く。マイナンバーカードの使い方も伝える。", ("R6.3末", "R11.3末"),
     [("教室・相談会の参加者数（年間）", "人", 45, 150)], ("実施", "実施", "実施", "実施"), (180, 180, 180, 180)),
    ("3-2", "ＧＩＧＡスクール端末の更新", "教育委員会事務局　学校教育課", "", "拡充",
     "児童生徒一人１台の端末を更新し、授業での活用を進める。",
     "令和２年度に整備した端末を更新し、教員向けの研修とＩＣＴ支援員の配置を続ける。", ("R6.3末", "R11.3末"),
     [("授業でＩＣＴを活用する教員の割合", "％", 72.0, 100)], ("更新", "運用", "運用", "次期更新の検討"),
     (36000, 1500, 1500, 1500)),
    ("3-3", "町公式ＬＩＮＥによる情報発信", "企画課", "", "新規",
     "町の情報を、必要な人に必要なときに届ける。",
     "町公式ＬＩＮＥを開設し、防災・子育て・ごみの情報を受け取る人が選べるようにする。", ("R6.3末", "R11.3末"),
     [("－", "", None, None)], ("検討", "開設", "運用", "運用"), (0, 550, 330, 330)),
]  # fmt: skip

#: The grid of the 方眼紙: 34 columns, each as wide as the next.
_GRID = 34
_GRID_WIDTH = 2.63
_A_LABEL = PatternFill("solid", fgColor="DDEBF7")


def _grid_cell(sheet: Worksheet, row: int, first: int, last: int, value: Any, *, label: bool = False,
               align: Alignment = LEFT, down: int = 0, size: int = 10) -> None:  # fmt: skip
    """A field of the 方眼紙: ``value`` in the cells ``first``–``last`` of ``row`` (and ``down`` rows under),
    merged and ruled."""
    cell = sheet.cell(row, first, value)
    cell.font = Font(name=FONT, size=size, bold=label)
    cell.alignment = CENTRE if label else align
    for at in range(row, row + down + 1):
        for column in range(first, last + 1):
            sheet.cell(at, column).border = RULED
            if label:
                sheet.cell(at, column).fill = _A_LABEL
    if last > first or down:
        sheet.merge_cells(start_row=row, start_column=first, end_row=row + down, end_column=last)


def _ashinohara_sheet(sheet: Worksheet, entry: tuple[Any, ...] | None) -> None:
    """One 事業シート: ``entry`` filled in, or the blank 様式 when None."""
    code, title, written, related, kind, purpose, content, (base_at, goal_at), indicators, steps, costs = entry or (
        None, None, None, None, None, None, None, ("R6.3末", "R11.3末"), [], (None,) * 4, (None,) * 4)  # fmt: skip
    for column in range(1, _GRID + 1):
        sheet.column_dimensions[get_column_letter(column)].width = _GRID_WIDTH
    for row in range(1, 40):
        sheet.row_dimensions[row].height = 18
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=_GRID)
    sheet.cell(1, 1, "芦ノ原町ＤＸ推進計画　事業シート").font = Font(name=FONT, size=14, bold=True)
    sheet.cell(1, 1).alignment = Alignment(horizontal="center", vertical="center")
    sheet.row_dimensions[1].height = 26
    sheet.cell(2, 1, "計画期間：令和７年度～令和10年度").font = Font(name=FONT, size=9)
    sheet.merge_cells(start_row=2, start_column=1, end_row=2, end_column=14)
    sheet.cell(2, 23, "作成日：令和７年４月１日").font = Font(name=FONT, size=9)
    sheet.cell(2, 23).alignment = Alignment(horizontal="right")
    sheet.merge_cells(start_row=2, start_column=23, end_row=2, end_column=_GRID)

    _grid_cell(sheet, 3, 1, 6, "事業番号", label=True)
    _grid_cell(sheet, 3, 7, 12, code, align=CENTRE)
    _grid_cell(sheet, 3, 13, 18, "担当課", label=True)
    _grid_cell(sheet, 3, 19, _GRID, written)
    _grid_cell(sheet, 4, 1, 6, "事業名", label=True)
    _grid_cell(sheet, 4, 7, _GRID, title, size=11)
    boxes = "　".join(("■" if k == kind else "□") + k for k in ("新規", "拡充", "継続"))
    _grid_cell(sheet, 5, 1, 6, "事業区分", label=True)
    _grid_cell(sheet, 5, 7, 18, boxes)
    _grid_cell(sheet, 5, 19, 24, "関係課", label=True)
    _grid_cell(sheet, 5, 25, _GRID, related or None)
    _grid_cell(sheet, 6, 1, 6, "事業の目的", label=True, down=1)
    _grid_cell(sheet, 6, 7, _GRID, purpose, align=Alignment(vertical="top", wrap_text=True), down=1)
    _grid_cell(sheet, 8, 1, 6, "事業の内容", label=True, down=2)
    _grid_cell(sheet, 8, 7, _GRID, content, align=Alignment(vertical="top", wrap_text=True), down=2)

    rows = max(len(indicators), 2)
    _grid_cell(sheet, 11, 1, 6, "成果指標", label=True, down=rows)
    _grid_cell(sheet, 11, 7, 18, "指標名", label=True)
    _grid_cell(sheet, 11, 19, 21, "単位", label=True)
    _grid_cell(sheet, 11, 22, 27, f"現状値\n（{base_at}）", label=True)
    _grid_cell(sheet, 11, 28, _GRID, f"目標値\n（{goal_at}）", label=True)
    sheet.row_dimensions[11].height = 28
    for at in range(rows):
        name, unit, base, goal = indicators[at] if at < len(indicators) else (None, None, None, None)
        _grid_cell(sheet, 12 + at, 7, 18, name, size=9)
        _grid_cell(sheet, 12 + at, 19, 21, unit or None, align=CENTRE, size=9)
        for first, last, value in ((22, 27, base), (28, _GRID, goal)):
            _grid_cell(sheet, 12 + at, first, last, value, align=RIGHT)
            if isinstance(value, float):
                sheet.cell(12 + at, first).number_format = "0.0"
        sheet.row_dimensions[12 + at].height = 24

    row = 12 + rows + 1
    _grid_cell(sheet, row, 1, 6, "年次計画", label=True, down=1)
    for at, year in enumerate(("R7", "R8", "R9", "R10")):
        first = 7 + at * 7
        _grid_cell(sheet, row, first, first + 6, year, label=True)
        _grid_cell(sheet, row + 1, first, first + 6, steps[at], align=CENTRE, size=9)
    row += 3
    _grid_cell(sheet, row, 1, 6, "事業費\n（千円）", label=True, down=1)
    sheet.row_dimensions[row + 1].height = 20
    for at, year in enumerate(("R7", "R8", "R9", "R10")):
        first = 7 + at * 7
        _grid_cell(sheet, row, first, first + 6, year, label=True)
        _grid_cell(sheet, row + 1, first, first + 6, costs[at], align=RIGHT)
        sheet.cell(row + 1, first).number_format = "#,##0"
    row += 3
    _grid_cell(sheet, row, 1, 6, "備考", label=True, down=1)
    _grid_cell(sheet, row, 7, _GRID, None, down=1)
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.orientation = "portrait"
    sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight = 1, 1
    sheet.print_area = f"A1:{get_column_letter(_GRID)}{row + 1}"
    sheet.sheet_view.showGridLines = False


def ashinohara_xlsx() -> bytes:
    book = openpyxl.Workbook()
    blank = book.active
    assert blank is not None
    blank.title = "様式"
    _ashinohara_sheet(blank, None)
    for entry in _ASHINOHARA:
        _ashinohara_sheet(book.create_sheet(entry[0]), entry)
    book.active = 1
    return save(book)


def _ashinohara() -> list[dict[str, Any]]:
    out = []
    for code, title, written, _, _, _, _, (base_at, goal_at), indicators, steps, _ in _ASHINOHARA:
        found = tuple(
            kpi((_fy_of_month_end(base_at), _value(base)), (_fy_of_month_end(goal_at), _value(goal)))  # type: ignore[arg-type]
            for name, _, base, goal in indicators
            if name != "－"
        )
        schedule = tuple(fy for fy, step in zip(years(2025, 2028), steps, strict=True) if step != "－")
        out.append(item(code, title, _offices(written), found, schedule))
    return out


# --- 篠宮市: 工程表 whose bars are shapes drawn over the year cells -----------------------------------------------------

#: (基本方針, [(No., 取組名, 担当課 as written, [(first year, last year, the shape's text)], 成果指標, 現状値（R6）,
#:  目標値（R10）)]) — a shape's text 「」 is an arrow drawn as a line; 「－」 no indicator.
_SHINOMIYA: list[tuple[str, list[tuple[Any, ...]]]] = [
    ("基本方針１　市民サービスの向上", [
        (1, "電子申請サービスの拡充", "デジタル推進課", [(2025, 2028, "順次拡大")], "電子申請できる手続数", "150手続",
         "400手続"),
        (2, "書かない窓口の導入", "市民課", [(2025, 2025, "検討"), (2026, 2026, "導入"), (2027, 2028, "運用")],
         "書かない窓口の対応手続数", "0手続", "50手続"),
        (3, "公金収納のキャッシュレス化", "会計課・納税課", [(2025, 2026, "対象拡大"), (2027, 2028, "運用")],
         "キャッシュレス納付の割合", "28.5％", "50.0％"),
        (4, "子育て応援アプリの導入", "こども家庭課", [(2026, 2026, "構築"), (2027, 2028, "運用")], "アプリの登録者数",
         "－", "8,000人"),
    ]),
    ("基本方針２　行政運営の効率化", [
        (5, "基幹業務システムの標準化", "デジタル推進課", [(2025, 2025, "移行")], "標準準拠システムへ移行した業務数",
         "12業務", "20業務"),
        (6, "生成ＡＩの利活用", "行政経営課", [(2025, 2025, "試行"), (2026, 2028, "全庁展開")], "生成ＡＩを利用する職員の割合",
         "10％", "70％"),
        (7, "文書管理・電子決裁システムの更新", "総務課", [(2026, 2026, "更新"), (2027, 2028, "運用")], "電子決裁率",
         "45.0％", "90.0％"),
        (8, "情報セキュリティ監査の実施", "デジタル推進課", [(2025, 2025, "監査"), (2027, 2027, "監査")], "－", "－", "－"),
    ]),
    ("基本方針３　地域社会のデジタル化", [
        (9, "デジタル活用支援", "市民協働課\n生涯学習課", [(2025, 2028, "スマホ講座・相談会")],
         "講座・相談会の参加者数（年間）", "620人", "1,500人"),
        (10, "地域公共交通のデジタル化", "交通政策課", [(2025, 2025, "実証運行"), (2026, 2028, "本格運行")],
         "オンデマンド交通の利用者数（年間）", "2,400人", "12,000人"),
        (11, "オープンデータの推進", "デジタル推進課", [(2025, 2028, "")], "公開データセット数", "64件", "150件"),
    ]),
]  # fmt: skip

_S_HEAD = ["No.", "取組名", "担当課", "令和７年度", "令和８年度", "令和９年度", "令和10年度", "成果指標", "現状値\n（R6）",
           "目標値\n（R10）"]  # fmt: skip
_S_WIDTHS = [5.0, 28.0, 15.0, 13.0, 13.0, 13.0, 13.0, 30.0, 10.0, 10.0]
#: The year columns (0-based, as a drawing anchors them): D … G.
_S_YEAR_COLUMN = {2025: 3, 2026: 4, 2027: 5, 2028: 6}
_S_FILLS = ("BDD7EE", "9BC2E6", "F8CBAD", "C6E0B4")


def _emu_width(width: float) -> int:
    """A column ``width`` characters wide in EMU, as Excel sizes it (7 px a character and 5 px of padding)."""
    return int((width * 7 + 5) * 9525)


def _shape(number: int, row: int, first: int, last: int, text: str, fill: str) -> str:
    """A step drawn as Excel draws an オートシェイプ over the cells: a 「ホームベース」 (an arrow-like pentagon) from a
    little inside the first year's cell to a little inside the last's, a third of the row high, its step written in it;
    without text, a line ending in an arrowhead (a 「直線矢印コネクタ」)."""
    width = _emu_width(_S_WIDTHS[3])
    start, end = _S_YEAR_COLUMN[first], _S_YEAR_COLUMN[last]
    anchor = (
        f"<xdr:from><xdr:col>{start}</xdr:col><xdr:colOff>57150</xdr:colOff><xdr:row>{row}</xdr:row>"
        f"<xdr:rowOff>{'190500' if not text else '95250'}</xdr:rowOff></xdr:from>"
        f"<xdr:to><xdr:col>{end}</xdr:col><xdr:colOff>{width - 76200}</xdr:colOff><xdr:row>{row}</xdr:row>"
        f"<xdr:rowOff>{'190500' if not text else '342900'}</xdr:rowOff></xdr:to>"
    )
    if not text:
        return (
            f'<xdr:twoCellAnchor>{anchor}<xdr:cxnSp macro=""><xdr:nvCxnSpPr><xdr:cNvPr id="{number + 1}" '
            f'name="直線矢印コネクタ {number}"/><xdr:cNvCxnSpPr/></xdr:nvCxnSpPr><xdr:spPr><a:xfrm><a:off x="0" y="0"/>'
            '<a:ext cx="0" cy="0"/></a:xfrm><a:prstGeom prst="straightConnector1"><a:avLst/></a:prstGeom>'
            '<a:ln w="28575"><a:solidFill><a:srgbClr val="2F5597"/></a:solidFill><a:tailEnd type="triangle"/></a:ln>'
            "</xdr:spPr></xdr:cxnSp><xdr:clientData/></xdr:twoCellAnchor>"
        )
    return (
        f'<xdr:twoCellAnchor>{anchor}<xdr:sp macro="" textlink=""><xdr:nvSpPr><xdr:cNvPr id="{number + 1}" '
        f'name="ホームベース {number}"/><xdr:cNvSpPr/></xdr:nvSpPr><xdr:spPr><a:xfrm><a:off x="0" y="0"/>'
        '<a:ext cx="0" cy="0"/></a:xfrm><a:prstGeom prst="homePlate"><a:avLst/></a:prstGeom>'
        f'<a:solidFill><a:srgbClr val="{fill}"/></a:solidFill><a:ln w="9525"><a:solidFill><a:srgbClr val="404040"/>'
        '</a:solidFill></a:ln></xdr:spPr><xdr:txBody><a:bodyPr vertOverflow="overflow" horzOverflow="overflow" '
        'wrap="none" lIns="36000" tIns="0" rIns="36000" bIns="0" rtlCol="0" anchor="ctr"/><a:lstStyle/><a:p>'
        '<a:pPr algn="ctr"/><a:r><a:rPr lang="ja-JP" altLang="en-US" sz="900"><a:solidFill><a:srgbClr val="000000"/>'
        f'</a:solidFill><a:latin typeface="{FONT}"/><a:ea typeface="{FONT}"/></a:rPr><a:t>{html.escape(text)}</a:t>'
        "</a:r></a:p></xdr:txBody></xdr:sp><xdr:clientData/></xdr:twoCellAnchor>"
    )


def _with_drawing(book: bytes, sheet: int, anchors: list[str]) -> bytes:
    """The workbook with a drawing of ``anchors`` on its ``sheet``-th worksheet (openpyxl writes no shapes: the parts
    Excel writes for them are added to its zip)."""
    drawing = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">' + "".join(anchors) + "</xdr:wsDr>"
    )
    relationships = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship '
        'Id="rIdShapes1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" '
        'Target="../drawings/drawing1.xml"/></Relationships>'
    )
    source = zipfile.ZipFile(io.BytesIO(book))
    names = source.namelist()
    part = f"xl/worksheets/sheet{sheet}.xml"
    rels = f"xl/worksheets/_rels/sheet{sheet}.xml.rels"
    assert rels not in names, "the sheet has relationships of its own"
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as made:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "[Content_Types].xml":
                data = data.replace(
                    b"</Types>",
                    b'<Override PartName="/xl/drawings/drawing1.xml" '
                    b'ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/></Types>',
                )
            elif info.filename == part:
                data = data.replace(
                    b"</worksheet>",
                    b'<drawing xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
                    b'r:id="rIdShapes1"/></worksheet>',
                )
            made.writestr(info, data)
        made.writestr(rels, relationships)
        made.writestr("xl/drawings/drawing1.xml", drawing)
    return out.getvalue()


def shinomiya_xlsx() -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "工程表"
    sheet["A1"] = "篠宮市ＤＸ推進計画　取組工程表"
    sheet["A1"].font = Font(name=FONT, size=14, bold=True)
    sheet["A2"] = "計画期間：令和７年度～令和10年度"
    sheet["A2"].font = Font(name=FONT, size=10)
    for column, label in enumerate(_S_HEAD, start=1):
        _cell(sheet, 4, column, label, CENTRE)
    _ruled(sheet, 4, 1, len(_S_HEAD), HEAD_FILL)
    sheet.row_dimensions[4].height = 30
    row = 5
    anchors: list[str] = []
    for policy, entries in _SHINOMIYA:
        _cell(sheet, row, 1, policy, LEFT)
        sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=len(_S_HEAD))
        _ruled(sheet, row, 1, len(_S_HEAD), SECTION_FILL)
        row += 1
        for number, title, written, steps, name, base, goal in entries:
            cells = [number, title, written, None, None, None, None, name, base, goal]
            for column, value in enumerate(cells, start=1):
                _cell(sheet, row, column, value, CENTRE if column == 1 else RIGHT if column >= 9 else LEFT)
            sheet.row_dimensions[row].height = 36
            for at, (first, last, text) in enumerate(steps):
                anchors.append(
                    _shape(len(anchors) + 1, row - 1, first, last, text, _S_FILLS[at % len(_S_FILLS)])
                )
            row += 1
    sheet.cell(
        row + 1, 1, "※図形（矢印）は各取組の実施期間を表す。矢印の中の語は、その期間に行う内容。"
    ).font = Font(name=FONT, size=9)
    sheet.cell(row + 2, 1, "※成果指標の現状値は令和６年度末の見込み。").font = Font(name=FONT, size=9)
    _widths(sheet, _S_WIDTHS)
    _print_setup(sheet, paper=sheet.PAPERSIZE_A4, area=f"A1:J{row + 2}", titles="4:4", header="篠宮市")
    return _with_drawing(save(book), 1, anchors)


def _shinomiya() -> list[dict[str, Any]]:
    out = []
    for _, entries in _SHINOMIYA:
        for number, title, written, steps, _, base, goal in entries:
            baseline = (2024, _value(base)) if _value(base) is not None else None
            final = (2028, _value(goal))
            indicators = (kpi(baseline, final, (final,)),) if _value(goal) is not None else ()  # type: ignore[arg-type]
            schedule = tuple(sorted({fy for first, last, _ in steps for fy in years(first, last)}))
            out.append(item(str(number), title, _offices(written), indicators, schedule))
    return out


# --- 若草台市: a Google スプレッドシート shared by the 課, downloaded as CSV ---------------------------------------------

#: (No., 基本目標, 取組名, 取組内容, 担当課 as written, 成果指標, 基準値（R6.3末）, 目標値（R11.3末）, checkboxes R7–R10,
#:  進捗状況, 最終更新, メモ) — figures as the sheet shows them; a 再掲 row repeats an earlier 取組 under another 基本目標.
_WAKAKUSADAI: list[tuple[Any, ...]] = [
    ("1-1", "1 行かない窓口", "オンライン申請の拡充",
     "・申請件数の多い手続から順にオンライン化する\n・市公式LINEからの申請に対応する", "市民課\nデジタル推進課",
     "オンライン申請できる手続数", "86", "300", "TTTT", "順調", "2025/05/12 14:03:27", "LINE申請は10月開始予定"),
    ("1-2", "1 行かない窓口", "書かない窓口の導入",
     "・申請書作成支援システムを本庁舎の市民課窓口に導入する\n・R9から支所へ広げる", "市民課",
     "書かない窓口で受け付けた件数（年間）", "0", "12,000", "FTTT", "順調", "2025/05/09 10:21:45", ""),
    ("1-3", "1 行かない窓口", "マイナンバーカードの利活用促進",
     "・カードを使った証明書のコンビニ交付と、健康保険証としての利用を広める", "市民課",
     "マイナンバーカード保有率", "74.2%", "90%以上", "TTTT", "順調", "2025/05/09 10:25:03", ""),
    ("1-4", "1 行かない窓口", "公共施設予約のオンライン化",
     "・体育館・公民館などの予約を24時間できるようにする", "生涯学習課\nスポーツ振興課",
     "オンライン予約できる施設数", "12", "45", "TTFF", "やや遅れ", "2025/05/14 09:12:50", "予約システムの契約はR7.7の予定"),
    ("2-1", "2 スマートな市役所", "基幹業務システムの標準化",
     "・20業務を標準準拠システムへ移行する\n・ガバメントクラウドを利用する", "デジタル推進課",
     "標準準拠システムへ移行した業務数", "0", "20", "TFFF", "順調", "2025/05/08 17:40:12", ""),
    ("2-2", "2 スマートな市役所", "RPA・AI-OCRの活用",
     "・定型的な入力・集計をRPAとAI-OCRで自動化する", "行政改革課",
     "RPA・AI-OCRによる削減時間（年間）", "1,850", "6,000", "TTTT", "順調", "2025/05/13 11:02:36", ""),
    ("2-3", "2 スマートな市役所", "ペーパーレス会議の推進",
     "・庁議と委員会の資料をタブレットで配る", "総務課",
     "会議資料の印刷枚数（年間）", "45万枚", "22万枚以下", "TTTT", "未着手", "2025/04/30 16:55:08", "タブレット端末の調達方法を検討中"),
    ("2-4", "2 スマートな市役所", "デジタル人材の育成",
     "・全職員向けのDX研修と、各課のDX推進リーダーの養成を行う", "職員課",
     "DX研修の受講者数（累計）", "120", "800", "TTTT", "順調", "2025/05/12 08:47:19", ""),
    ("3-1", "3 つながる地域", "デジタル活用支援",
     "・公民館でスマホ相談会を開く\n・携帯電話ショップと連携した出張講座を行う", "地域振興課",
     "スマホ相談会の参加者数（年間）", "380", "1,000", "TTTT", "順調", "2025/05/15 13:30:44", ""),
    ("1-3", "3 つながる地域", "マイナンバーカードの利活用促進（再掲）",
     "基本目標1の1-3を再掲", "市民課", "（再掲）", "", "", "TTTT", "", "2025/05/09 10:25:03", ""),
    ("3-2", "3 つながる地域", "防災情報のデジタル化",
     "・防災アプリで避難所の開設状況と混雑状況を配信する", "危機管理課",
     "防災アプリのダウンロード数", "12,500", "30,000", "TTTF", "順調", "2025/05/07 15:18:02", "R10はアプリ更新のため未定"),
    ("3-3", "3 つながる地域", "健診・予防接種のオンライン予約",
     "・特定健診とがん検診、予防接種の予約をオンラインで受け付ける", "健康づくり課",
     "健診のオンライン予約率", "18.0%", "60%以上", "FTTT", "順調", "2025/05/12 09:55:31", ""),
    ("3-4", "3 つながる地域", "オープンデータの公開",
     "・推奨データセットに沿って市のデータを公開する", "デジタル推進課",
     "公開データセット数", "58", "150", "TTTT", "順調", "2025/05/12 14:10:06", ""),
]  # fmt: skip

WAKAKUSADAI_HEADER = ["No.", "基本目標", "取組名", "取組内容", "担当課", "成果指標\n（KPI）", "基準値\n（R6.3末）",
                      "目標値\n（R11.3末）", "R7", "R8", "R9", "R10", "進捗状況", "最終更新", "メモ"]  # fmt: skip


def _wakakusadai_rows() -> list[list[str]]:
    width = len(WAKAKUSADAI_HEADER)
    rows = [
        ["若草台市DX推進計画（令和7年度～令和10年度）取組管理表"] + [""] * (width - 1),
        [""] * width,
        [""] * 8 + ["実施年度（チェックを入れる）"] + [""] * (width - 9),
        WAKAKUSADAI_HEADER,
    ]
    for code, goal, title, content, written, name, base, target, checks, state, updated, memo in _WAKAKUSADAI:
        ticks = ["TRUE" if c == "T" else "FALSE" for c in checks]
        rows.append([code, goal, title, content, written, name, base, target, *ticks, state, updated, memo])
    return rows


def wakakusadai_csv() -> bytes:
    """The sheet as Google スプレッドシート downloads it (ファイル > ダウンロード > カンマ区切り形式): UTF-8 without a BOM, CRLF
    between rows and LF inside a quoted cell, only the cells that need it quoted, every row as wide as the sheet, a
    checkbox TRUE / FALSE, a merged cell's value in its first cell, no line break after the last row."""
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows(_wakakusadai_rows())
    return out.getvalue().removesuffix("\r\n").encode("utf-8")  # no line break after the last row


def _wakakusadai() -> list[dict[str, Any]]:
    out = []
    seen: set[str] = set()
    for code, _, title, _, written, _, base, target, checks, *_ in _WAKAKUSADAI:
        if code in seen:  # the 再掲 row: the same 取組 listed again
            continue
        seen.add(code)
        schedule = tuple(fy for fy, c in zip(years(2025, 2028), checks, strict=True) if c == "T")
        out.append(
            item(
                code,
                title,
                _offices(written),
                (kpi((2023, _value(base)), (2028, _value(target)), ((2028, _value(target)),)),),  # type: ignore[arg-type]
                schedule,
            )
        )
    return out


# --- 白萩町: the 進捗管理表 of each year on a sheet of its own -----------------------------------------------------------

#: (番号, 取組名, 担当課, [(成果指標, 単位, 基準値（R5）, 最終目標（R9）, R6目標, R6実績, 達成状況, R7目標)], 備考 (R6), on the R6
#:  sheet, on the R7 sheet) — None: 「－」.
_SHIRAHAGI: list[tuple[Any, ...]] = [
    ("1-1", "電子申請の拡充", "総務課", [
        ("電子申請できる手続数", "手続", 18, 80, 35, 41, "達成", 50),
        ("電子申請の利用率", "％", 8.5, 30.0, 12.0, 13.8, "達成", 16.0),
    ], "子育て・介護の手続を追加した。", True, True),
    ("1-2", "コンビニ交付の導入", "町民課", [
        ("コンビニ交付の利用件数（年間）", "件", 0, 1500, 300, 264, "未達成", 600),
    ], "令和６年７月に開始。周知が遅れた。", True, True),
    ("1-3", "キャッシュレス決済の導入", "会計室・税務課", [
        ("キャッシュレス決済に対応した窓口数", "か所", 0, 6, 2, 2, "達成", 4),
    ], "", True, True),
    ("1-4", "オンライン相談の実施", "健康福祉課", [
        ("オンライン相談の件数（年間）", "件", 5, 60, 15, 22, "達成", 30),
    ], "", True, True),
    ("2-1", "基幹業務システムの標準化", "総務課", [
        ("標準準拠システムへ移行した業務数", "業務", 0, 20, None, None, "－", 20),
    ], "令和７年度に一括して移行する。", True, True),
    ("2-2", "電子決裁の導入", "総務課", [
        ("電子決裁率", "％", 0, 80.0, 20.0, 26.5, "達成", 45.0),
    ], "", True, True),
    ("2-3", "庁内無線ＬＡＮの整備", "総務課", [
        ("無線ＬＡＮを整備した庁舎・施設数", "か所", 1, 8, 8, 8, "達成", None),
    ], "令和６年度で整備を完了した。令和７年度以降は進捗管理の対象外とする。", True, False),
    ("2-4", "ＲＰＡの導入", "企画財政課", [
        ("ＲＰＡによる削減時間（年間）", "時間", 0, 1200, 200, 150, "未達成", 500),
    ], "対象業務の選定に時間を要した。", True, True),
    ("3-1", "スマホ教室の開催", "生涯学習課", [
        ("教室の参加者数（年間）", "人", 40, 200, 80, 96, "達成", 120),
    ], "", True, True),
    ("3-2", "防災行政無線のデジタル化", "総務課", [
        ("戸別受信機を配布した世帯数", "世帯", 0, 2800, 500, 610, "達成", 1400),
    ], "", True, True),
    ("3-3", "見守りへのＩｏＴ活用", "健康福祉課", [
        ("見守りセンサーを設置した世帯数", "世帯", None, 100, None, None, "", 20),
    ], "", False, True),
]  # fmt: skip

_H_WIDTHS = [6.0, 24.0, 13.0, 30.0, 6.0, 10.0, 10.0, 9.0, 9.0, 9.0, 34.0]


def _shirahagi_sheet(sheet: Worksheet, year: int) -> None:
    """The 進捗管理表 of 令和 ``year`` 年度 (6: the year reported, 7: the year planned)."""
    wide = "６７"[year - 6]
    title = "進捗管理表" if year == 6 else "実施計画・進捗管理表"
    sheet["A1"] = f"白萩町デジタル化推進計画（令和６年度～令和９年度）　令和{wide}年度　{title}"
    sheet["A1"].font = Font(name=FONT, size=13, bold=True)
    sheet["I2"] = "令和７年５月31日現在" if year == 6 else "令和７年４月１日作成"
    sheet["I2"].font = Font(name=FONT, size=9)
    head = ["番号", "取組名", "担当課", "成果指標", "単位", "基準値\n（R5）", "最終目標\n（R9）", f"R{year}目標", f"R{year}実績",
            "達成状況", "備考"]  # fmt: skip
    for column, label in enumerate(head, start=1):
        _cell(sheet, 4, column, label, CENTRE)
    _ruled(sheet, 4, 1, len(head), HEAD_FILL)
    sheet.row_dimensions[4].height = 30
    row = 5
    for code, title_, written, indicators, note, on_r6, on_r7 in _SHIRAHAGI:
        if not (on_r6 if year == 6 else on_r7):
            continue
        first = row
        for at, (name, unit, base, final, r6_goal, r6_done, state, r7_goal) in enumerate(indicators):
            goal, done = (r6_goal, r6_done) if year == 6 else (r7_goal, None)
            cells = [code, title_, written] if at == 0 else [None, None, None]
            cells += [name, unit, base, final, goal, done if year == 6 else None]
            cells += [state if year == 6 else None, (note or None) if year == 6 and at == 0 else None]
            for column, value in enumerate(cells, start=1):
                shown = (
                    "－"
                    if value is None and column in (6, 8) or (year == 6 and value is None and column == 9)
                    else value
                )
                _cell(
                    sheet,
                    row,
                    column,
                    shown,
                    RIGHT if 6 <= column <= 9 else CENTRE if column in (1, 5, 10) else LEFT,
                )
                if isinstance(value, float):
                    sheet.cell(row, column).number_format = "0.0"
                elif isinstance(value, int):
                    sheet.cell(row, column).number_format = "#,##0"
            _fit_height(sheet, row, [_H_WIDTHS[1], _H_WIDTHS[3], _H_WIDTHS[10]],
                        [title_ if at == 0 else None, name, note if year == 6 and at == 0 else None])  # fmt: skip
            row += 1
        if row - first > 1:
            for column in (1, 2, 3, 11):
                sheet.merge_cells(start_row=first, start_column=column, end_row=row - 1, end_column=column)
    notes = (
        ("※達成状況は、R6実績がR6目標に達したものを「達成」とする。",)
        if year == 6
        else (
            "※R7実績と達成状況は令和８年５月に記入する。",
            "※庁内無線ＬＡＮの整備（2-3）は令和６年度で完了したため掲載していない。",
        )
    )
    for at, note in enumerate(notes, start=row + 1):
        sheet.cell(at, 1, note).font = Font(name=FONT, size=9)
    _widths(sheet, _H_WIDTHS)
    sheet.freeze_panes = "C5"
    _print_setup(
        sheet, paper=sheet.PAPERSIZE_A4, area=f"A1:K{row + len(notes)}", titles="4:4", header="白萩町"
    )


def shirahagi_xlsx() -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "令和６年度"
    _shirahagi_sheet(sheet, 6)
    _shirahagi_sheet(book.create_sheet("令和７年度"), 7)
    book.active = 1
    return save(book)


def _shirahagi() -> list[dict[str, Any]]:
    out = []
    for code, title, written, indicators, _, on_r6, on_r7 in _SHIRAHAGI:
        found = []
        for _, _, base, final, r6_goal, r6_done, _, r7_goal in indicators:
            targets = [(2027, final)]
            if on_r6 and r6_goal is not None:
                targets.append((2024, r6_goal))
            if on_r7 and r7_goal is not None:
                targets.append((2025, r7_goal))
            done = ((2024, r6_done),) if on_r6 and r6_done is not None else ()
            found.append(
                kpi((2023, base) if base is not None else None, (2027, final), tuple(sorted(targets)), done)
            )
        out.append(item(code, title, _offices(written), tuple(found)))
    return out


# --- 瑞鳳市: 概要版 made in PowerPoint, a slide a 基本方針 and a ロードマップ, printed to PDF (16:9) -----------------------------

#: (基本方針, 目指す姿, [(番号, 取組名, [取組内容 bullets], 担当 as written, (KPI name, 現状値 as printed, its 令和 year or None,
#:  目標値 as printed, its 令和 year), [(first year, last year, step)])]).
_ZUIHO: list[tuple[str, str, list[tuple[Any, ...]]]] = [
    ("どこでも手続ができるまち", "市役所に来なくても、いつでもどこでも手続ができる", [
        ("1-1", "電子申請の拡充", ["申請件数の多い手続から順にオンライン化", "マイナンバーカードで本人確認"],
         "市民課・デジタル推進課", ("電子申請できる手続数", "80手続", 6, "250手続", 11), [(2025, 2029, "順次拡大")]),
        ("1-2", "書かない窓口", ["申請書を書かずに済む窓口を市民課に導入", "支所では遠隔で手続を支援"], "市民課",
         ("窓口での平均待ち時間", "25分", 6, "10分以内", 11),
         [(2025, 2025, "検討"), (2026, 2026, "試行"), (2027, 2029, "本格運用")]),
        ("1-3", "キャッシュレス納付の拡大", ["市税・保険料をスマホ決済で納付", "窓口の手数料もキャッシュレスに"],
         "納税課・会計課", ("キャッシュレス納付率", "32％", 6, "60％", 11), [(2025, 2026, "対象拡大"), (2027, 2029, "運用")]),
        ("1-4", "子育て手続のワンストップ化", ["妊娠から入学までの手続をアプリで", "健診・予防接種の予約も"], "こども未来課",
         ("オンラインで完結する子育て手続数", "6手続", 6, "30手続", 11), [(2026, 2027, "構築"), (2028, 2029, "運用")]),
    ]),
    ("職員が力を発揮できる市役所", "デジタルで仕事を変え、職員が市民に向き合う時間を生み出す", [
        ("2-1", "基幹業務システムの標準化", ["20業務を標準準拠システムへ", "ガバメントクラウドへ移行"], "情報システム課",
         ("標準準拠システムに移行した業務数", "14業務", 6, "20業務", 7), [(2025, 2025, "移行")]),
        ("2-2", "生成ＡＩ・ＲＰＡの活用", ["文書作成・要約に生成ＡＩ", "定型業務をＲＰＡで自動化"], "行政改革課",
         ("業務の削減時間（年間）", "4,200時間", 6, "15,000時間", 11), [(2025, 2025, "試行"), (2026, 2029, "全庁展開")]),
        ("2-3", "フリーアドレス・ペーパーレス", ["本庁舎の執務室をフリーアドレスに", "会議資料は原則データで"], "総務課・管財課",
         ("コピー用紙の購入枚数（年間）", "1,200万枚", 6, "600万枚", 11),
         [(2025, 2026, "本庁舎で実施"), (2027, 2029, "支所へ拡大")]),
    ]),
    ("デジタルでつながるまち", "誰一人取り残されず、地域がデジタルでつながる", [
        ("3-1", "デジタルデバイド対策", ["地区センターでスマホ相談会", "出張講座を携帯電話ショップと"], "地域福祉課",
         ("スマホ相談会の参加者数（年間）", "350人", 6, "1,200人", 11), [(2025, 2029, "相談会・出張講座")]),
        ("3-2", "地域ポイントアプリの導入", ["健康づくり・ボランティアにポイント", "市内の店舗で使える"], "商工振興課",
         ("アプリの登録者数", "－", None, "30,000人", 11), [(2025, 2025, "検討"), (2026, 2026, "構築"), (2027, 2029, "運用")]),
        ("3-3", "防災ＤＸの推進", ["避難所の混雑状況を地図で公開", "避難所の受付をＱＲコードで"], "危機管理課",
         ("混雑状況を公開する避難所の割合", "0％", 6, "100％", 11), [(2026, 2026, "導入"), (2027, 2029, "運用")]),
        ("3-4", "オープンデータの推進", ["推奨データセットに沿って公開", "利用者の要望を受け付け"], "デジタル推進課",
         ("公開データセット数", "45件", 6, "120件", 11), [(2025, 2029, "順次公開")]),
    ]),
]  # fmt: skip

_SLIDE_CSS = (
    "body { margin: 0; } .slide { position: relative; width: 338mm; height: 190mm; overflow: hidden; "
    "break-after: page; } .band { position: absolute; left: 0; top: 0; width: 338mm; height: 17mm; "
    "background: #1F4E79; color: #fff; font-size: 19pt; line-height: 17mm; padding-left: 10mm; box-sizing: border-box; "
    "font-weight: bold; } .foot { position: absolute; left: 10mm; bottom: 4mm; font-size: 8pt; color: #7F7F7F; } "
    ".no { position: absolute; right: 8mm; bottom: 4mm; font-size: 10pt; color: #7F7F7F; } "
    ".lead { position: absolute; left: 12mm; top: 21mm; font-size: 12pt; color: #1F4E79; } "
    ".card { position: absolute; width: 154mm; height: 72mm; border: 0.7mm solid #2E75B6; border-radius: 3mm; "
    "box-sizing: border-box; } .badge { position: absolute; left: 4mm; top: 3.5mm; width: 15mm; height: 8mm; "
    "background: #2E75B6; color: #fff; border-radius: 4mm; text-align: center; line-height: 8mm; font-size: 11pt; } "
    ".ctitle { position: absolute; left: 22mm; top: 3mm; font-size: 15pt; font-weight: bold; } "
    ".cbody { position: absolute; left: 6mm; top: 15mm; font-size: 11pt; line-height: 1.45; } "
    ".who { position: absolute; right: 5mm; top: 35mm; font-size: 10pt; color: #404040; } "
    ".kpi { position: absolute; width: 144mm; height: 17mm; background: #FFF2CC; border-radius: 2mm; } "
    ".kpi .tag { position: absolute; left: 2mm; top: 3.5mm; width: 14mm; height: 10mm; background: #ED7D31; color: #fff; "
    "text-align: center; line-height: 10mm; font-weight: bold; font-size: 11pt; } "
    ".kpi .name { position: absolute; left: 19mm; top: 1.5mm; font-size: 10pt; } "
    ".kpi .fig { position: absolute; left: 19mm; top: 7.5mm; font-size: 14pt; font-weight: bold; color: #C55A11; } "
    "table.road { position: absolute; left: 12mm; top: 24mm; border-collapse: collapse; width: 314mm; margin: 0; } "
    "table.road td, table.road th { border: 0.3mm solid #A6A6A6; height: 17mm; padding: 0 3mm; font-size: 11pt; "
    "vertical-align: middle; } table.road th { height: 9mm; background: #DEEAF6; } "
    ".bar { position: absolute; height: 8mm; background: #9DC3E6; font-size: 10pt; line-height: 8mm; text-align: center; "
    "clip-path: polygon(0 0, calc(100% - 4mm) 0, 100% 50%, calc(100% - 4mm) 100%, 0 100%); } "
    ".bar.b1 { background: #F4B183; } .bar.b2 { background: #A9D18E; } "
)
_NUMBER = "１２３４５６７８９"
_ROAD_LEFT, _ROAD_TITLE, _ROAD_YEAR, _ROAD_TOP, _ROAD_ROW, _ROAD_HEAD = 12.0, 94.0, 44.0, 24.0, 17.0, 9.0


def _slide(number: int, band: str | None, body: str) -> str:
    head = f"<div class=band>{html.escape(band)}</div>" if band else ""
    return (
        f"<section class=slide>{head}{body}<div class=foot>瑞鳳市ＤＸ推進計画【概要版】</div>"
        f"<div class=no>{number}</div></section>"
    )


def _wide_digits(text: str) -> str:
    return text.translate(str.maketrans("0123456789", "０１２３４５６７８９"))


def zuiho_html() -> str:
    slides = [
        "<section class=slide><div style='position:absolute;left:0;top:55mm;width:338mm;text-align:center;"
        "font-size:32pt;font-weight:bold;color:#1F4E79'>瑞鳳市ＤＸ推進計画【概要版】</div>"
        "<div style='position:absolute;left:0;top:80mm;width:338mm;text-align:center;font-size:16pt'>"
        "計画期間　令和７年度～令和11年度</div><div style='position:absolute;left:0;top:150mm;width:338mm;"
        "text-align:center;font-size:14pt'>令和７年３月　瑞鳳市</div></section>"
    ]
    system = ["<div class=lead>基本理念　「デジタルで、もっと身近に。もっと便利に。」</div>"]
    for p, (policy, aim, entries) in enumerate(_ZUIHO):
        top = 36 + p * 48
        system.append(
            f"<div style='position:absolute;left:20mm;top:{top}mm;width:95mm;height:36mm;border:0.7mm solid #2E75B6;"
            f"border-radius:3mm;padding:4mm;box-sizing:border-box;font-size:13pt'><b>基本方針{_NUMBER[p]}</b><br>"
            f"{html.escape(policy)}</div><div style='position:absolute;left:125mm;top:{top}mm;width:195mm;height:36mm;"
            f"background:#DEEAF6;padding:4mm;box-sizing:border-box;font-size:12pt'>目指す姿：{html.escape(aim)}<br>"
            f"取組数：{_wide_digits(str(len(entries)))}</div>"
        )
    slides.append(_slide(2, "計画の体系", "".join(system)))
    spots = ((10, 30), (174, 30), (10, 110), (174, 110))
    for p, (policy, aim, entries) in enumerate(_ZUIHO):
        cards, kpis = [], []
        for (left, top), (code, title, bullets, written, (name, base, base_year, goal, goal_year), _) in zip(
            spots, entries, strict=False
        ):
            points = "".join(f"● {html.escape(b)}<br>" for b in bullets)
            cards.append(
                f"<div class=card style='left:{left}mm;top:{top}mm'><div class=badge>{code}</div>"
                f"<div class=ctitle>{html.escape(title)}</div><div class=cbody>{points}</div>"
                f"<div class=who>担当：{html.escape(written)}</div></div>"
            )
            before = f"{base}（R{base_year}）" if base_year else base
            kpis.append(
                f"<div class=kpi style='left:{left + 5}mm;top:{top + 50}mm'><div class=tag>KPI</div>"
                f"<div class=name>{html.escape(name)}</div><div class=fig>{html.escape(before)} ⇒ "
                f"{html.escape(goal)}（R{goal_year}）</div></div>"
            )
        # the KPI boxes were laid over the cards after them: they come after every card
        body = f"<div class=lead>目指す姿：{html.escape(aim)}</div>" + "".join(cards) + "".join(kpis)
        slides.append(_slide(3 + p, f"基本方針{_NUMBER[p]}　{policy}", body))
    rows = [entry for _, _, entries in _ZUIHO for entry in entries]
    for page, chunk in enumerate((rows[:7], rows[7:])):
        head = "<tr><th>取組</th>" + "".join(f"<th>R{n}（{2018 + n}）</th>" for n in range(7, 12)) + "</tr>"
        grid = "".join(
            f"<tr><td style='width:{_ROAD_TITLE - 6.3}mm'>{code}　{html.escape(title)}</td>"
            + "<td></td>" * 5
            + "</tr>"
            for code, title, *_ in chunk
        )
        bars = []
        for at, (*_, steps) in enumerate(chunk):
            top = _ROAD_TOP + _ROAD_HEAD + at * _ROAD_ROW + 4.5
            for s, (first, last, step) in enumerate(steps):
                left = _ROAD_LEFT + _ROAD_TITLE + (first - 2025) * _ROAD_YEAR + 2
                width = (last - first + 1) * _ROAD_YEAR - 5
                bars.append(
                    f"<div class='bar b{s % 3}' style='left:{left}mm;top:{top}mm;width:{width}mm'>"
                    f"{html.escape(step)}</div>"
                )
        table = f"<table class=road>{head}{grid}</table>"
        note = (
            "<div style='position:absolute;left:12mm;top:172mm;font-size:9pt'>※ロードマップは現時点の想定であり、"
            "国の動向等により見直すことがあります。</div>"
        )
        slides.append(_slide(6 + page, f"ロードマップ（{_NUMBER[page]}／２）", table + "".join(bars) + note))
    return _page("".join(slides), size="338mm 190mm", numbers=False, css=_SLIDE_CSS, font="11pt", margin="0")


def _zuiho() -> list[dict[str, Any]]:
    out = []
    for _, _, entries in _ZUIHO:
        for code, title, _, written, (_, base, base_year, goal, goal_year), steps in entries:
            baseline = (2018 + base_year, _value(base)) if base_year else None
            schedule = tuple(sorted({fy for first, last, _ in steps for fy in years(first, last)}))
            out.append(
                item(
                    code,
                    title,
                    _offices(written),
                    (kpi(baseline, (2018 + goal_year, _value(goal))),),
                    schedule,
                )  # type: ignore[arg-type]
            )
    return out


# --- 清水原町: a plan written in Word — a 施策体系図 of boxes, then a 「項目 | 内容」 table a 取組 -----------------------------

#: (基本目標, [(施策, [(取組名, 概要, 担当課 as written, [(指標, 現状値 as printed, its date, 目標値 as printed, its date)],
#:  [(the schedule's line, its years)])])]).
_SHIMIZUHARA: list[tuple[str, list[tuple[str, list[tuple[Any, ...]]]]]] = [
    ("手続の利便性の向上", [
        ("行政手続のオンライン化", [
            ("電子申請の拡充", "町民の利用が多い手続から順に、スマートフォンから申請できるようにします。申請に合わせて、押印"
             "や添付書類の見直しも行います。", "総務課（情報係）、住民課",
             [("電子申請できる手続の割合", "32.5％", "R6.3末", "80％以上", "R11.3末")],
             [("R7：対象手続の選定・システム改修", (2025,)), ("R8～R10：順次拡大", (2026, 2027, 2028))]),
            ("公金のキャッシュレス納付", "町税や保育料、水道料金を、スマートフォン決済やクレジットカードで納められるようにし"
             "ます。", "税務課、会計室",
             [("キャッシュレス納付の割合", "18.0％", "R6.3末", "40％", "R11.3末")],
             [("R7：検討", (2025,)), ("R8～：導入・運用", (2026, 2027, 2028))]),
        ]),
        ("窓口サービスの改善", [
            ("書かない窓口の導入", "職員が聞き取って申請書を作り、町民は確認と署名だけで手続ができる窓口にします。", "住民課",
             [("書かない窓口の対応手続数", "0手続", "R6.3末", "30手続", "R11.3末"),
              ("窓口の平均所要時間", "20分", "R6.3末", "10分以内", "R11.3末")],
             [("R7：検討", (2025,)), ("R8：試行", (2026,)), ("R9～：本格実施", (2027, 2028))]),
            ("オンライン相談の実施", "福祉や子育ての相談を、ビデオ通話で自宅から受けられるようにします。", "福祉課、子育て支援課",
             [("オンライン相談の件数（年間）", "6件", "R6.3末", "100件", "R11.3末")],
             [("R8～R10：実施", (2026, 2027, 2028))]),
        ]),
    ]),
    ("効率的な行政運営", [
        ("業務の効率化", [
            ("ＡＩ・ＲＰＡの活用", "定型的な入力や集計をＲＰＡで自動化し、議事録の作成などにＡＩを活用します。", "企画課",
             [("ＡＩ・ＲＰＡによる削減時間（年間）", "250時間", "R6.3末", "1,500時間", "R11.3末")],
             [("R7～R10：対象業務の拡大", (2025, 2026, 2027, 2028))]),
            ("電子決裁の導入", "文書管理システムを更新し、起案から決裁、保存までを電子で行います。", "総務課",
             [("電子決裁率", "0％", "R6.3末", "90％以上", "R11.3末")],
             [("R7：システム選定", (2025,)), ("R8：導入", (2026,)), ("R9～R10：運用", (2027, 2028))]),
        ]),
        ("情報基盤の整備", [
            ("基幹業務システムの標準化", "住民記録や税などの20業務のシステムを、国の標準仕様に準拠したシステムへ移行します。",
             "総務課（情報係）", [("標準準拠システムへ移行した業務数", "0業務", "R6.3末", "20業務", "R8.3末")],
             [("R7：移行", (2025,))]),
            ("情報セキュリティ対策の強化", "全職員の研修と標的型攻撃メールの訓練を毎年行い、情報セキュリティポリシーを見直し"
             "ます。", "総務課（情報係）", [], [("R7～R10：研修・訓練の実施", (2025, 2026, 2027, 2028))]),
        ]),
    ]),
    ("地域のデジタル化", [
        ("デジタルデバイド対策", [
            ("スマートフォン教室の開催", "公民館と地区の集会所でスマートフォン教室を開き、マイナンバーカードや電子申請の使い"
             "方を学べるようにします。", "生涯学習課",
             [("教室の参加者数（年間）", "48人", "R6.3末", "200人", "R11.3末")],
             [("R7～R10：実施", (2025, 2026, 2027, 2028))]),
            ("デジタル活用支援員の育成", "地域の方を支援員として養成し、身近な場所でスマートフォンの相談ができるようにします。",
             "生涯学習課、福祉課", [("支援員の登録者数", "0人", "R6.3末", "20人", "R11.3末")],
             [("R7：養成講座の開催", (2025,)), ("R8～R10：地域での活動", (2026, 2027, 2028))]),
        ]),
        ("地域産業のデジタル化", [
            ("スマート農業の推進", "ドローンによる防除や水田の水位センサーなど、スマート農業機器の導入を支援します。",
             "農林課", [("スマート農業機器を導入した経営体数", "5経営体", "R6.3末", "25経営体", "R11.3末")],
             [("R8～R10：導入支援", (2026, 2027, 2028))]),
            ("キャッシュレス決済の普及支援", "町内の商店がキャッシュレス決済を導入する費用を補助します。", "商工観光課",
             [("キャッシュレス決済を導入した町内店舗の割合", "35.0％", "R6.3末", "70％以上", "R11.3末")],
             [("R7～R8：導入支援", (2025, 2026))]),
        ]),
    ]),
]  # fmt: skip

_CIRCLED = "①②③④⑤⑥⑦⑧⑨"
_SHIMIZUHARA_CSS = (
    "h2 { font-size: 15pt; border-bottom: 1.2pt solid #000; padding-bottom: 2pt; } "
    "h3.goal { font-size: 13pt; background: #D9E2F3; padding: 3pt 6pt; margin-top: 12pt; } "
    "h4 { font-size: 11.5pt; margin: 10pt 0 4pt; } "
    "table.taikei { border-collapse: collapse; width: 170mm; margin-top: 10mm; } "
    "table.taikei td { border: none; padding: 2.5mm 0; vertical-align: middle; } "
    "table.taikei div.box { border: 1pt solid #000; padding: 2mm 2.5mm; } "
    "table.taikei div.idea { border: 1.5pt double #000; padding: 3mm 2mm; text-align: center; font-weight: bold; } "
    "table.taikei td.line { background: linear-gradient(#000, #000) center / 100% 1pt no-repeat; } "
    "table.card { width: 100%; margin: 4pt 0 14pt; break-inside: avoid; } table.card th { background: #D9E2F3; } "
    "table.card td.k { width: 28mm; background: #F2F2F2; text-align: center; vertical-align: middle; } "
)


def shimizuhara_html() -> str:
    parts = [
        "<h2>第３章　施策の体系</h2>",
        "<p>　本計画では、基本理念の実現に向けて３つの基本目標を定め、基本目標ごとに施策と主な取組を体系的に整理しました。"
        "計画期間は、令和７年度から令和10年度までの４年間です。</p>",
    ]
    measures = [
        (g, m, entries) for g, (_, ms) in enumerate(_SHIMIZUHARA) for m, (_, entries) in enumerate(ms)
    ]
    rows = []
    for at, (g, m, entries) in enumerate(measures):
        goal, goal_measures = _SHIMIZUHARA[g]
        measure = goal_measures[m][0]
        cells = []
        if at == 0:
            cells.append(
                f"<td rowspan={len(measures)} style='width:26mm'><div class=idea>基本理念<br><br>誰もが<br>デジタルの<br>"
                "恩恵を<br>実感できる<br>まち<br>しみずはら</div></td>"
                f"<td rowspan={len(measures)} class=line style='width:5mm'></td>"
            )
        if m == 0:
            cells.append(
                f"<td rowspan={len(goal_measures)} style='width:34mm'><div class=box>基本目標{_NUMBER[g]}<br>"
                f"{html.escape(goal)}</div></td>"
            )
        cells.append("<td class=line style='width:5mm'></td>")
        cells.append(
            f"<td style='width:38mm'><div class=box>{g + 1}-{m + 1}<br>{html.escape(measure)}</div></td>"
        )
        cells.append("<td class=line style='width:5mm'></td>")
        listed = "<br>".join(f"{_CIRCLED[e]}{html.escape(entry[0])}" for e, entry in enumerate(entries))
        cells.append(f"<td><div class=box>{listed}</div></td>")
        rows.append("<tr>" + "".join(cells) + "</tr>")
    parts.append(f"<table class=taikei>{''.join(rows)}</table>")
    parts.append("<h2 class=break>第４章　取組の内容</h2>")
    parts.append(
        "<p>　各取組の内容を、次の表のとおり示します。ＫＰＩの現状値は令和６年３月末の値、目標値は原則として計画の最終年度の"
        "末（令和11年３月末）の値です。</p>"
    )
    for g, (goal, goal_measures) in enumerate(_SHIMIZUHARA):
        parts.append(f"<h3 class=goal>基本目標{_NUMBER[g]}　{html.escape(goal)}</h3>")
        for m, (measure, entries) in enumerate(goal_measures):
            parts.append(f"<h4>施策{g + 1}-{m + 1}　{html.escape(measure)}</h4>")
            for e, (title, summary, written, indicators, schedule) in enumerate(entries):
                if not indicators:
                    measured = "－"
                elif len(indicators) == 1:
                    name, base, base_at, goal_, goal_at = indicators[0]
                    measured = f"{name}<br>現状値：{base}（{base_at}）<br>目標値：{goal_}（{goal_at}）"
                else:
                    measured = "<br>".join(
                        f"{_CIRCLED[i]}{name}<br>　現状値：{base}（{base_at}）<br>　目標値：{goal_}（{goal_at}）"
                        for i, (name, base, base_at, goal_, goal_at) in enumerate(indicators)
                    )
                steps = "<br>".join(html.escape(line) for line, _ in schedule)
                rows = [
                    ("取組番号", f"{g + 1}-{m + 1}-{_CIRCLED[e]}"),
                    ("取組名", html.escape(title)),
                    ("概要", html.escape(summary)),
                    ("担当課", html.escape(written)),
                    ("ＫＰＩ", measured),
                    ("スケジュール", steps),
                ]
                body = "".join(f"<tr><td class=k>{label}</td><td>{value}</td></tr>" for label, value in rows)
                parts.append(f"<table class=card><tr><th>項目</th><th>内容</th></tr>{body}</table>")
    return _page("".join(parts), size="A4", header="清水原町デジタル化推進計画", css=_SHIMIZUHARA_CSS, font="10.5pt",
                 margin="20mm 20mm")  # fmt: skip


def _shimizuhara() -> list[dict[str, Any]]:
    out = []
    for g, (_, goal_measures) in enumerate(_SHIMIZUHARA, start=1):
        for m, (_, entries) in enumerate(goal_measures, start=1):
            for e, (title, _, written, indicators, schedule) in enumerate(entries, start=1):
                found = tuple(
                    kpi((_fy_of_month_end(base_at), _value(base)), (_fy_of_month_end(goal_at), _value(goal)))  # type: ignore[arg-type]
                    for _, base, base_at, goal, goal_at in indicators
                )
                steps = tuple(sorted({fy for _, fys in schedule for fy in fys}))
                out.append(item(f"{g}-{m}-{e}", title, _offices(written), found, steps))
    return out


# --- 柊町: a Word document of prose whose 【取組】【担当】【KPI】【工程】 stand in text boxes ---------------------------------------

#: (基本方針, [(取組名, prose (現状と課題), [【取組】 bullets], 担当 as written, (KPI name, 現状値, its date, 目標値, its date) or
#:  None, 工程 as written, its years)]).
_HIIRAGI: list[tuple[str, list[tuple[Any, ...]]]] = [
    ("便利なくらしのために", [
        ("電子申請の拡充",
         "町への申請や届出は、多くが紙の申請書と役場への来庁を前提としています。町民アンケートでは、約６割の方が「平日の"
         "日中に役場へ行くのが負担」と答えており、自宅から手続ができる環境が求められています。",
         ["町民の利用が多い手続から順に、スマートフォンで申請できるようにします。", "申請書の押印を原則として廃止します。"],
         "住民課、総務課", ("電子申請できる手続数", "12手続", "R5.3末", "60手続", "R11.3末"),
         "R6：対象手続の選定　R7～R10：順次拡大", (2024, 2025, 2026, 2027, 2028)),
        ("証明書のコンビニ交付",
         "本町のマイナンバーカードの保有率は令和５年12月末で71.3％となり、カードを使ったサービスの充実が求められています。",
         ["住民票の写しや印鑑登録証明書を、全国のコンビニエンスストアで受け取れるようにします。"],
         "住民課", ("コンビニ交付の利用件数（年間）", "0件", "R5.3末", "1,200件", "R11.3末"),
         "R6：導入　R7～R10：運用", (2024, 2025, 2026, 2027, 2028)),
        ("キャッシュレス決済の導入",
         "役場の窓口での手数料や使用料の支払は現金に限られており、町外から訪れる方からも改善を求める声があります。",
         ["住民課と税務課の窓口、町営施設にキャッシュレス決済を導入します。"],
         "会計室・税務課", ("キャッシュレス決済ができる窓口・施設の数", "0か所", "R5.3末", "8か所", "R11.3末"),
         "R6：検討　R7：導入　R8～R10：対象の拡大", (2024, 2025, 2026, 2027, 2028)),
        ("子育て支援のオンライン化",
         "子育て世帯の多くが共働きで、健診や相談のために平日に休みを取る負担が大きくなっています。",
         ["妊娠・出産・子育ての手続と健診の予約を、子育てアプリからできるようにします。", "オンラインでの育児相談を始めます。"],
         "子育て支援課", ("オンラインで申請・予約できる子育て関係の手続数", "3手続", "R5.3末", "20手続", "R11.3末"),
         "R7：アプリの導入　R8～R10：対象の拡大", (2025, 2026, 2027, 2028)),
    ]),
    ("役場の仕事を変えるために", [
        ("基幹業務システムの標準化",
         "住民記録や税などのシステムは、国が示す標準仕様に準拠したシステムへ令和７年度末までに移行する必要があります。",
         ["20業務のシステムを、ガバメントクラウド上の標準準拠システムへ移行します。"],
         "総務課", ("標準準拠システムへ移行した業務数", "0業務", "R5.3末", "20業務", "R8.3末"),
         "R6～R7：移行", (2024, 2025)),
        ("ＡＩ・ＲＰＡの活用",
         "職員数が減るなか、入力や集計などの定型的な作業に多くの時間が割かれています。",
         ["ＲＰＡとＡＩ－ＯＣＲで定型作業を自動化します。", "会議録の作成にＡＩを使います。"],
         "企画財政課", ("ＡＩ・ＲＰＡで削減した作業時間（年間）", "120時間", "R5.3末", "1,000時間", "R11.3末"),
         "R6：試行　R7～R10：対象業務の拡大", (2024, 2025, 2026, 2027, 2028)),
        ("テレワークの推進",
         "災害や感染症の流行時にも業務を続けられる体制づくりが課題です。",
         ["持ち出し用の端末を整え、テレワークの規程を定めます。"],
         "総務課", ("テレワークを実施した職員数（年間）", "4人", "R5.3末", "40人", "R11.3末"),
         "R6：規程の整備　R7～R10：実施", (2024, 2025, 2026, 2027, 2028)),
        ("情報セキュリティ対策",
         "小規模な自治体を狙ったサイバー攻撃が増えており、職員一人ひとりの意識を高める必要があります。",
         ["全職員への研修と、標的型攻撃メールへの対応訓練を毎年行います。"],
         "総務課", None, "R6～R10：毎年実施", (2024, 2025, 2026, 2027, 2028)),
    ]),
    ("誰もがデジタルの恩恵を受けられるまちのために", [
        ("スマートフォン教室の開催",
         "本町の高齢化率は38.2％（令和５年10月１日現在）で、スマートフォンを使えない方への支援が欠かせません。",
         ["地区の公民館で、少人数のスマートフォン教室と個別相談会を開きます。"],
         "生涯学習課、福祉課", ("教室・相談会の参加者数（年間）", "60人", "R5.3末", "250人", "R11.3末"),
         "R6～R10：実施", (2024, 2025, 2026, 2027, 2028)),
        ("防災情報の配信",
         "防災行政無線は、雨の日や屋内では聞き取りにくいとの声が寄せられています。",
         ["防災行政無線の放送内容を、町公式ＬＩＮＥと防災アプリでも配信します。"],
         "総務課", ("防災情報の配信登録者数", "850人", "R5.3末", "3,000人", "R11.3末"),
         "R7：配信開始　R8～R10：登録の促進", (2025, 2026, 2027, 2028)),
    ]),
]  # fmt: skip

_WP = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_BOX_WIDTH = 5760000  # 160 mm: the text width of an A4 page with 25 mm margins


def _box_paragraph(text: str, *, bold_label: bool = True) -> str:
    """A paragraph of a text box: 「【KPI】」 in bold, the rest plain (10 pt)."""
    label, rest = (
        (text.split("】", 1)[0] + "】", text.split("】", 1)[1])
        if bold_label and text.startswith("【")
        else ("", text)
    )
    runs = ""
    for run_text, bold in ((label, True), (rest, False)):
        if run_text:
            runs += (
                f'<w:r><w:rPr>{"<w:b/>" if bold else ""}<w:sz w:val="20"/></w:rPr>'
                f'<w:t xml:space="preserve">{html.escape(run_text)}</w:t></w:r>'
            )
    return f'<w:p><w:pPr><w:spacing w:after="0" w:line="300" w:lineRule="auto"/></w:pPr>{runs}</w:p>'


def _text_box(number: int, lines: list[str]) -> str:
    """A run holding a text box as Word 2010 and later writes one: the DrawingML shape (wps) and, for older readers,
    its VML copy — the box's paragraphs twice in the file, once in each. The box stands in its own paragraph, wrapped
    上下 (top and bottom), as wide as the text and grown to fit its text."""
    height = int((len(lines) * 5.4 + 4) * 36000)
    content = "<w:txbxContent>" + "".join(_box_paragraph(line) for line in lines) + "</w:txbxContent>"
    return (
        f'<w:r xmlns:w="{_WP}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
        'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w10="urn:schemas-microsoft-com:office:word"><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        '<wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" '
        f'relativeHeight="{251659264 + number}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
        f'<wp:extent cx="{_BOX_WIDTH}" cy="{height}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/>'
        f'<wp:docPr id="{number}" name="テキスト ボックス {number}"/><wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/>'
        f'<a:ext cx="{_BOX_WIDTH}" cy="{height}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
        '<a:solidFill><a:srgbClr val="F2F7FC"/></a:solidFill><a:ln w="12700"><a:solidFill><a:srgbClr val="2E75B6"/>'
        f"</a:solidFill></a:ln></wps:spPr><wps:txbx>{content}</wps:txbx>"
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="108000" tIns="72000" rIns="108000" bIns="72000" '
        'anchor="t" anchorCtr="0"><a:spAutoFit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:anchor>'
        "</w:drawing></mc:Choice><mc:Fallback><w:pict>"
        f'<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
        '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        f'<v:shape id="テキスト ボックス {number}" o:spid="_x0000_s{1024 + number}" type="#_x0000_t202" '
        f'style="position:absolute;margin-left:0;margin-top:0;width:453.55pt;height:{height / 12700:.2f}pt;'
        f"z-index:{251659264 + number};mso-wrap-distance-top:3.6pt;mso-wrap-distance-bottom:3.6pt;"
        'mso-position-horizontal-relative:text;mso-position-vertical-relative:text;v-text-anchor:top" '
        'fillcolor="#f2f7fc" strokecolor="#2e75b6" strokeweight="1pt"><v:textbox style="mso-fit-shape-to-text:t">'
        f'{content}</v:textbox><w10:wrap type="topAndBottom"/></v:shape></w:pict></mc:Fallback></mc:AlternateContent>'
        "</w:r>"
    )


def hiiragi_docx() -> bytes:
    document = docx.Document()
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.right_margin = Mm(25)
    section.top_margin = section.bottom_margin = Mm(25)
    section.header.paragraphs[0].text = "柊町デジタル化推進計画"
    section.header.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer.add_run("- ")
    footer._p.append(
        parse_xml(f'<w:fldSimple xmlns:w="{_WP}" w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>')
    )
    footer.add_run(" -")
    document.add_paragraph("柊町デジタル化推進計画", style="Title")
    document.add_paragraph("令和６年３月　柊町")
    document.add_paragraph("第１章　計画の概要", style="Heading 1")
    document.add_paragraph("１　計画の期間", style="Heading 2")
    document.add_paragraph(
        "　本計画の期間は、令和６年度から令和10年度までの５年間とします。社会情勢や国の動向の変化に応じて、必要な見直しを"
        "行います。"
    )
    document.add_paragraph("２　本町の現状", style="Heading 2")
    document.add_paragraph(
        "　本町の人口は12,845人（令和５年10月１日現在）で、10年前と比べて約15％減少しました。役場の職員数も減っており、"
        "限られた人員で行政サービスを維持するためには、デジタル技術の活用が欠かせません。"
    )
    document.add_paragraph("３　計画の見方", style="Heading 2")
    document.add_paragraph(
        "　第２章では、基本方針ごとに取組を示します。各取組の枠内には、取組の内容、担当課、ＫＰＩ（重要業績評価指標）と工程を"
        "記載しています。ＫＰＩの現状値は令和５年３月末、目標値は令和11年３月末（計画の最終年度末）の値です。"
    )
    document.add_page_break()
    document.add_paragraph("第２章　具体的な取組", style="Heading 1")
    number, box = 0, 0
    for p, (policy, entries) in enumerate(_HIIRAGI):
        document.add_paragraph(f"基本方針{_NUMBER[p]}　{policy}", style="Heading 2")
        for title, prose, bullets, written, indicator, steps, _ in entries:
            number += 1
            document.add_paragraph(f"取組{_wide_digits(str(number))}　{title}", style="Heading 3")
            document.add_paragraph(f"　{prose}")
            lines = ["【取組】"] + [f"・{b}" for b in bullets] + [f"【担当】{written}"]
            if indicator is None:
                lines.append("【ＫＰＩ】－")
            else:
                name, base, base_at, goal, goal_at = indicator
                lines.append(f"【ＫＰＩ】{name}　{base}（{base_at}）→ {goal}（{goal_at}）")
            lines.append(f"【工程】{steps}")
            box += 1
            holder = document.add_paragraph()
            holder._p.append(parse_xml(_text_box(box, lines)))
    out = io.BytesIO()
    document.core_properties.author = "柊町総務課"
    document.save(out)
    return out.getvalue()


def _hiiragi() -> list[dict[str, Any]]:
    out = []
    number = 0
    for _, entries in _HIIRAGI:
        for title, _, _, written, indicator, _, schedule in entries:
            number += 1
            found = ()
            if indicator is not None:
                _, base, base_at, goal, goal_at = indicator
                found = (
                    kpi((_fy_of_month_end(base_at), _value(base)), (_fy_of_month_end(goal_at), _value(goal))),
                )  # type: ignore[arg-type]
            out.append(item(str(number), title, _offices(written), found, schedule))
    return out


# --- 梓ヶ丘市: 取組一覧 printed by Calc at 100 %, the right-hand columns on pages of their own ---------------------------------

#: (基本目標, [(No., 取組名, 取組内容, 担当課 as written, [(成果指標, 単位, 基準値（R5）, 目標値（R9）)], marks R6–R9
#:  (● 実施, ○ 検討・準備, blank none), 備考)]).
_AZUSAGAOKA: list[tuple[str, list[tuple[Any, ...]]]] = [
    ("基本目標１　市民の利便性の向上", [
        (1, "電子申請の拡充", "子育て・介護・税など申請件数の多い手続から順に、スマートフォンで完結する電子申請を広げる。"
         "申請に合わせて様式と添付書類を見直す。", "デジタル推進課", [("電子申請できる手続数", "手続", 95, 300)], "●●●●", ""),
        (2, "書かない窓口の導入", "マイナンバーカード等から申請書を作成する窓口支援システムを市民課に導入し、令和８年度から"
         "支所にも広げる。", "市民課", [("書かない窓口の対応手続数", "手続", 0, 40), ("窓口の平均待ち時間", "分", 28, 15)],
         "○●●●", "令和７年10月に本庁舎で運用開始予定"),
        (3, "証明書コンビニ交付の拡充", "戸籍証明書と税証明書をコンビニ交付の対象に加え、窓口より安い手数料で交付する。",
         "市民課", [("コンビニ交付率", "％", 15.2, 35.0)], "●●●●", ""),
        (4, "公共施設予約のオンライン化", "体育館・公民館・運動場の予約と抽選を、予約システムでいつでもできるようにする。",
         "生涯学習課・スポーツ課", [("オンライン予約できる施設数", "施設", 8, 40)], "○●●●", ""),
        (5, "キャッシュレス決済の拡大", "市税・保険料のスマートフォン決済に加え、窓口と公共施設の使用料にキャッシュレス決済を"
         "導入する。", "会計課・収納課", [("キャッシュレス決済に対応した窓口数", "窓口", 4, 25)], "●●●●", ""),
    ]),
    ("基本目標２　行政運営の効率化", [
        (6, "基幹業務システムの標準化", "住民記録・税・福祉など20業務のシステムを、ガバメントクラウド上の標準準拠システムへ"
         "移行する。", "情報システム課", [("標準準拠システムへ移行した業務数", "業務", 0, 20)], "●●  ",
         "国の移行期限は令和７年度末"),
        (7, "ＲＰＡ・ＡＩ－ＯＣＲの活用", "定型的な入力・照合の作業をＲＰＡとＡＩ－ＯＣＲで自動化し、対象業務を各課から募る。",
         "行政改革課", [("削減時間（年間）", "時間", 2100, 8000)], "●●●●", ""),
        (8, "テレワークの推進", "全職員に持ち出し用の端末を配り、テレワークの規程を改める。", "人事課",
         [("テレワーク実施職員数（年間）", "人", 85, 400)], "○●●●", ""),
        (9, "庁内ペーパーレス化", "会議資料のタブレット配付と、複合機の印刷枚数の課ごとの公表を行う。", "総務課",
         [("庁内の印刷枚数（年間）", "万枚", 480, 240)], "●●●●", ""),
        (10, "データ利活用の推進", "庁内のデータを集めて分析できる基盤を整え、ＥＢＰＭに取り組む課を増やす。",
         "デジタル推進課", [("ＥＢＰＭに取り組む課の数", "課", 3, 20)], "○○●●", "令和８年度にデータ分析基盤を構築"),
    ]),
    ("基本目標３　地域社会のデジタル化", [
        (11, "デジタル活用支援", "公民館・地区センターでスマートフォン講座と個別相談会を開く。", "地域振興課",
         [("講座の参加者数（年間）", "人", 540, 1500)], "●●●●", ""),
        (12, "防災情報システムの整備", "避難所の開設・混雑状況と河川の水位を、防災アプリと市ホームページで配信する。",
         "危機管理課", [("防災アプリの登録者数", "人", 9800, 20000)], "○●●●", ""),
        (13, "中小企業のＤＸ支援", "市内の中小企業がクラウドサービスや業務システムを導入する費用を補助する。", "産業振興課",
         [("ＤＸ補助金の交付件数（累計）", "件", 0, 120)], "●●●●", ""),
        (14, "オープンデータの推進", "市の統計・施設情報を推奨データセットの形式で公開し、利用者の要望を受け付ける。",
         "デジタル推進課", [("公開データセット数", "件", 72, 200)], "●●●●", ""),
    ]),
]  # fmt: skip

_AZ_HEAD = ["No.", "取組名", "取組内容", "担当課", "成果指標", "単位", "基準値\n（R5）", "目標値\n（R9）", "工程", None, None, None,
            "備考"]  # fmt: skip
_AZ_WIDTHS = [5.0, 22.0, 38.0, 15.0, 24.0, 6.0, 9.0, 9.0, 5.0, 5.0, 5.0, 5.0, 26.0]


def azusagaoka_xlsx() -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "取組一覧"
    sheet["A1"] = "梓ヶ丘市ＤＸ推進計画　取組一覧"
    sheet["A1"].font = Font(name=FONT, size=14, bold=True)
    sheet["A2"] = "計画期間：令和６年度～令和９年度"
    sheet["A2"].font = Font(name=FONT, size=10)
    for column, label in enumerate(_AZ_HEAD, start=1):
        if label is not None:
            _cell(sheet, 4, column, label, CENTRE)
        if column not in (9, 10, 11, 12):
            sheet.merge_cells(start_row=4, start_column=column, end_row=5, end_column=column)
    sheet.merge_cells(start_row=4, start_column=9, end_row=4, end_column=12)
    for column, label in zip((9, 10, 11, 12), ("R6", "R7", "R8", "R9"), strict=True):
        _cell(sheet, 5, column, label, CENTRE)
    for row in (4, 5):
        _ruled(sheet, row, 1, 13, HEAD_FILL)
        sheet.row_dimensions[row].height = 18
    row = 6
    for goal, entries in _AZUSAGAOKA:
        _cell(sheet, row, 1, goal, LEFT)
        sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=13)
        _ruled(sheet, row, 1, 13, SECTION_FILL)
        row += 1
        for number, title, content, written, indicators, marks, note in entries:
            first = row
            for at, (name, unit, base, goal_) in enumerate(indicators):
                lead = [number, title, content, written] if at == 0 else [None] * 4
                cells = [*lead, name, unit, base, goal_, *(m.strip() or None for m in marks), note or None]
                for column, value in enumerate(cells, start=1):
                    align = CENTRE if column in (1, 6, 9, 10, 11, 12) else RIGHT if column in (7, 8) else LEFT
                    _cell(sheet, row, column, value, align)
                    if isinstance(value, float):
                        sheet.cell(row, column).number_format = "0.0"
                    elif isinstance(value, int) and column in (7, 8):
                        sheet.cell(row, column).number_format = "#,##0"
                _fit_height(sheet, row, [_AZ_WIDTHS[1], _AZ_WIDTHS[2], _AZ_WIDTHS[4], _AZ_WIDTHS[12]],
                            [title, content, name, note or None] if at == 0 else [None, None, name, None],
                            spread=len(indicators))  # fmt: skip
                row += 1
            if row - first > 1:
                for column in (1, 2, 3, 4, 9, 10, 11, 12, 13):
                    sheet.merge_cells(
                        start_row=first, start_column=column, end_row=row - 1, end_column=column
                    )
    sheet.cell(row + 1, 1, "※工程　●：実施　○：検討・準備").font = Font(name=FONT, size=9)
    _widths(sheet, _AZ_WIDTHS)
    # printed as the office left it: at 100 %, not fitted to the page — the columns after 成果指標 go to pages of their
    # own (a column break set by hand after E), No. and 取組名 repeated on them (印刷タイトル 列)
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.scale = 100
    sheet.print_area = f"A1:M{row + 1}"
    sheet.print_title_rows = "4:5"
    sheet.print_title_cols = "A:B"
    sheet.col_breaks.append(Break(id=5))
    sheet.page_margins.left = sheet.page_margins.right = 0.5
    sheet.page_margins.top = sheet.page_margins.bottom = 0.7
    sheet.oddHeader.right.text = "梓ヶ丘市"
    sheet.oddHeader.right.size = 9
    sheet.oddFooter.center.text = "- &P -"
    sheet.oddFooter.center.size = 9
    return save(book)


def _azusagaoka() -> list[dict[str, Any]]:
    out = []
    for _, entries in _AZUSAGAOKA:
        for number, title, _, written, indicators, marks, _ in entries:
            found = tuple(kpi((2023, base), (2027, goal), ((2027, goal),)) for _, _, base, goal in indicators)
            schedule = tuple(fy for fy, mark in zip(years(2024, 2027), marks, strict=True) if mark.strip())
            out.append(item(str(number), title, _offices(written), found, schedule))
    return out


# --- the batch ---------------------------------------------------------------------------------------------------

#: name → (municipality, the initiatives it states)
PLANS: dict[str, tuple[str, list[dict[str, Any]]]] = {
    ASHINOHARA: ("芦ノ原町", _ashinohara()),
    SHINOMIYA: ("篠宮市", _shinomiya()),
    WAKAKUSADAI: ("若草台市", _wakakusadai()),
    SHIRAHAGI: ("白萩町", _shirahagi()),
    ZUIHO: ("瑞鳳市", _zuiho()),
    SHIMIZUHARA: ("清水原町", _shimizuhara()),
    HIIRAGI: ("柊町", _hiiragi()),
    AZUSAGAOKA: ("梓ヶ丘市", _azusagaoka()),
}
PLANS[SHINOMIYA_PDF] = PLANS[SHINOMIYA]
PLANS[HIIRAGI_PDF] = PLANS[HIIRAGI]

#: A file uploaded as it is kept: what builds its bytes, and the file name it is uploaded under.
SHEETS: dict[str, tuple[Callable[[], bytes], str]] = {
    ASHINOHARA: (ashinohara_xlsx, "事業シート（令和７年度）.xlsx"),
    SHINOMIYA: (shinomiya_xlsx, "篠宮市DX推進計画_工程表.xlsx"),
    WAKAKUSADAI: (wakakusadai_csv, "若草台市DX推進計画 取組管理表（共有） - 取組一覧.csv"),
    SHIRAHAGI: (shirahagi_xlsx, "進捗管理表（R6実績・R7計画）.xlsx"),
    HIIRAGI: (hiiragi_docx, "柊町デジタル化推進計画.docx"),
}

#: A printed document: what builds its HTML (Chromium), its workbook (LibreOffice Calc) or its Word file (Writer).
CHROMIUM: dict[str, Callable[[], str]] = {ZUIHO: zuiho_html, SHIMIZUHARA: shimizuhara_html}
CALC: dict[str, Callable[[], bytes]] = {SHINOMIYA_PDF: shinomiya_xlsx, AZUSAGAOKA: azusagaoka_xlsx}
WRITER: dict[str, Callable[[], bytes]] = {HIIRAGI_PDF: hiiragi_docx}
PDFS = (*CHROMIUM, *CALC, *WRITER)

#: The plan period each document states (fiscal years).
PERIODS: dict[str, tuple[int, int]] = {
    ASHINOHARA: (2025, 2028),
    SHINOMIYA: (2025, 2028),
    SHINOMIYA_PDF: (2025, 2028),
    WAKAKUSADAI: (2025, 2028),
    SHIRAHAGI: (2024, 2027),
    ZUIHO: (2025, 2029),
    SHIMIZUHARA: (2025, 2028),
    HIIRAGI: (2024, 2028),
    HIIRAGI_PDF: (2024, 2028),
    AZUSAGAOKA: (2024, 2027),
}


_, sheet, pdf, expected = batch_documents(PLANS, sheets=SHEETS, chromium=CHROMIUM, calc=CALC, writer=WRITER)
