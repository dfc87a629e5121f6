"""A fifteenth batch of plans no reader was written against: five texts as extracted from their PDFs and three PDFs,
in shapes municipalities publish that earlier batches did not have.

Written from what municipalities publish, before any reader was looked at (the readers' code was not read):

- 萩の台市's デジタル化推進計画 進捗管理シート (``haginodai_shinchoku_sheet.pdf``, a workbook printed by LibreOffice Calc,
  A4 landscape): 「No. | 取組名 | 担当課 | 成果指標 | 基準値（R4） | 目標値（R8） | 実績値（R5） | 実績値（R6） | 前年度評価 |
  今年度評価 | 今後の方向性」, figures typed as text with their units (「1,850時間」), 前年度評価 「－」 for a 取組 begun this
  year, one 取組 of two 指標 rows (No., 取組名 and 担当課 merged down), 基本方針 rows merged across, the header repeated;
- 天ヶ瀬町's ＤＸ推進計画 工程表 (``amagase_kouteihyou_kigou.pdf``, Chromium, A4 landscape): 「番号 | 取組 | 担当課 |
  令和７年度 … 令和11年度 | 備考」, each year cell 「◎」「○」「→」 or blank (a blank year between two marks once), the
  legend 「○：検討・準備　◎：導入・実施　→：運用・継続」 above the table, 備考 naming a year 「令和９年度に新システム稼働
  予定」 (no step), section rows 「１　行政手続のデジタル化」 across;
- 千早台市's ＤＸ推進計画 第４章 成果指標 (``chihayadai_kpi_yajirushi.pdf``, Chromium, A4 portrait): 「取組番号 | 取組名 |
  担当課 | 成果指標 | 現状値（R5）→目標値（R10） | 実施期間」, 基準値 and 目標値 in one cell 「12件→30件」 (wrapped after
  「→」 where long, 「－→25施設」 no baseline), 実施期間 「R7～R10」, one 取組 of two 指標 rows;
- 蛍ヶ丘市's ＤＸ推進計画 (``hotarugaoka_no_renban.txt``, ``pdftotext -layout``): 取組 numbered 「No.1」…「No.20」 running
  across 第２章–第４章 (each chapter its own prose and 「（１）」 sub-headings), each 取組 a borderless two-column block
  「担当課 | 取組内容 | 目標 | スケジュール」 (labels left, values wrapped right), a 目次 and page furniture;
- 霞沢町's 情報化推進計画 (``kasumizawa_cho_prose.txt``, plain ``pdftotext``): a 町 plan in prose, 「１　…」 >
  「（１）…」 headings, paragraphs broken at the page width with 「（担当課：総務課）」 at their end (once broken inside),
  【目標】 lines in three forms (「15手続（令和５年度）→60手続（令和11年度）」, a sentence 「令和11年度までに…30％に…
  （令和５年度　8.5％）」, none), form feeds and 「－ 4 －」;
- 美空県's デジタル推進計画 (``misora_ken_shichoson.txt``, ``pdftotext -layout``): a 県's 取組一覧 under 「柱Ⅰ 県庁のＤＸ」
  「柱Ⅱ 市町村ＤＸの支援」 「柱Ⅲ 地域社会のＤＸ」, 「番号 | 取組 | 概要 | 担当 | 成果指標 | 現状値（R5） | 目標値（R11）」,
  担当 「デジタル推進課・各市町村」 (wrapped after 「・」 once), 「市町村課・デジタル推進課」, 「全35市町村」;
- 野々宮市's 情報化推進計画 (``nonomiya_peji_kyoukai.txt``, ``pdftotext -layout``): a table of three pages, the running
  header 「野々宮市情報化推進計画　　第３章　取組一覧」, the page number 「－ 14 －」 and a ※ footnote falling between its
  rows, the header row repeated, one row split by the page break (its 取組内容 continued under the next page's header);
- 芹沢町's ＤＸ推進計画 (``serizawa_nidangumi.txt``, ``pdftotext -layout``): 二段組 pages — two columns of 「■取組３
  …」 blocks (担当 / 内容 / 目標 / 工程) side by side on the same lines, blocks of the two columns not aligned.

``PLANS[name]`` is the plan each document states, by the earlier batches' conventions: a target column headed with its
year in a table of a row an initiative (萩の台市, 千早台市, 美空県, 野々宮市) is that year's target and the final one, its
実績 columns each year's actual (「－」 none); a 目標 with its year in an item's lines the final target alone (蛍ヶ丘市,
霞沢町, 芹沢町); 「12件→30件」 under 「現状値（R5）→目標値（R10）」 the 2023 baseline and the 2028 target; 「全35市町村」
35. Who carries a 取組 out is its 担当 as written, split at 「・」 (「各市町村」 is one). 「No.12」 is 12, 「（１）」 under
「２」 is 2-1, 「■取組３」 3. A schedule is the years a step or a mark 「◎」「○」「→」 is stated for (a 備考's year none),
「R7～R10」 each year. ``document(name)`` is the text file as uploaded, ``pdf(name)`` the PDF printed (cached).
"""

from __future__ import annotations

import unicodedata
from pathlib import Path
from typing import Any

from ..samplepdf import print_html
from ..samplexlsx import calc_pdf
from .docparts import _esc, _figure, _number
from .unseen import HERE, item, kpi, years


def _table_kpi(
    base: str, target: str, base_fy: int, target_fy: int, actuals: tuple[tuple[int, str], ...] = ()
) -> dict[str, Any]:
    """A table's 基準値 column (「－」 none) and its target column headed with its year: that year's and the final one."""
    b, t = _figure(base), _number(target)
    found = tuple((fy, v) for fy, v in ((fy, _figure(a)) for fy, a in actuals) if v is not None)
    return kpi((base_fy, b) if b is not None else None, (target_fy, t), ((target_fy, t),), found)


def _line_kpi(base: float | None, base_fy: int, target: float, target_fy: int) -> dict[str, Any]:
    """A 目標 with its year in an item's lines: the final target alone."""
    return kpi((base_fy, base) if base is not None else None, (target_fy, target))


# --- 萩の台市: 進捗管理シート from Calc, 前年度評価 / 今年度評価 ---------------------------------------------------

#: (基本方針, [(No., 取組名, 担当課, [(成果指標, 基準値 R4, 目標値 R8, 実績 R5, 実績 R6, 前年度評価, 今年度評価)], 方向性)]).
_HAGINODAI: list[tuple[str, list[tuple[str, str, str, list[tuple[str, ...]], str]]]] = [
    ("基本方針１　市民サービスのデジタル化", [
        ("1-1", "電子申請の拡充", "情報政策課",
         [("オンライン申請が可能な手続数", "85手続", "300手続", "132手続", "198手続", "B", "A")],
         "子育て・介護分野の手続を優先して対象を拡大し、目標の前倒し達成を目指す。"),
        ("1-2", "マイナンバーカードの利活用", "市民課",
         [("証明書のコンビニ交付の利用率", "11.2%", "35.0%", "16.8%", "24.5%", "B", "B")],
         "窓口での案内を強化する。"),
        ("1-3", "公金のキャッシュレス納付", "収納課・会計課",
         [("市税のキャッシュレス納付の割合", "6.0%", "30.0%", "9.1%", "13.4%", "C", "C")],
         "スマートフォン決済アプリの対象税目を拡大する。"),
        ("1-4", "書かない窓口の導入", "市民課",
         [("記入不要で受け付ける手続数", "0手続", "40手続", "－", "12手続", "－", "B")],
         "令和６年度に開始。対象手続を順次拡大する。"),
    ]),
    ("基本方針２　行政運営の効率化", [
        ("2-1", "ＡＩ・ＲＰＡの活用", "行政改革課",
         [("ＡＩ・ＲＰＡによる削減時間（年間）", "900時間", "5,000時間", "1,850時間", "3,240時間", "A", "A")],
         "全庁に対象業務の照会を行い、適用業務を拡大する。"),
        ("2-2", "電子決裁の推進", "総務課",
         [("電子決裁率", "22.0%", "90.0%", "48.3%", "71.9%", "B", "A")],
         "紙による決裁が残る業務を洗い出す。"),
        ("2-3", "テレワークの推進", "職員課",
         [("テレワークを実施した職員数（年間）", "40人", "300人", "96人", "151人", "C", "C")],
         "端末の台数を見直し、利用しやすい環境を整える。"),
        ("2-4", "基幹業務システムの標準化", "情報政策課",
         [("標準準拠システムへ移行した業務数", "0業務", "20業務", "0業務", "6業務", "B", "B")],
         "令和７年度中の全業務移行に向けて、事業者と調整を進める。"),
    ]),
    ("基本方針３　地域社会のデジタル化", [
        ("3-1", "デジタル活用支援", "生涯学習課・高齢介護課",
         [("スマホ講座の参加者数（年間）", "120人", "500人", "210人", "356人", "B", "B"),
          ("デジタル活用支援員の人数", "0人", "30人", "8人", "17人", "C", "B")],
         "公民館での出張講座を増やす。"),
        ("3-2", "オープンデータの推進", "企画課",
         [("公開データセット数", "38件", "120件", "52件", "77件", "B", "B")],
         "各課へのデータ提供の依頼を継続する。"),
        ("3-3", "防災情報のデジタル配信", "危機管理課",
         [("防災アプリの登録者数", "4,200人", "15,000人", "6,850人", "9,930人", "B", "B")],
         "自主防災組織を通じた登録の呼びかけを行う。"),
        ("3-4", "学校ＩＣＴの活用", "学校教育課",
         [("授業でＩＣＴを毎日活用する学級の割合", "42.0%", "100%", "63.5%", "81.0%", "A", "B")],
         "教員研修の内容を見直す。"),
    ]),
]  # fmt: skip

_H_WIDTHS = [6.0, 18.0, 13.0, 24.0, 10.0, 10.0, 10.0, 10.0, 7.0, 7.0, 26.0]


def haginodai_xlsx() -> bytes:
    """萩の台市's 進捗管理シート: title, period, the header (repeated), 基本方針 rows merged across, the legend."""
    import io
    import math

    import openpyxl
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.worksheet.properties import PageSetupProperties

    font = "IPAexGothic"
    thin = Side(style="thin", color="000000")
    ruled = Border(left=thin, right=thin, top=thin, bottom=thin)
    centre = Alignment(horizontal="center", vertical="center", wrap_text=True)
    left = Alignment(horizontal="left", vertical="center", wrap_text=True)
    right = Alignment(horizontal="right", vertical="center", wrap_text=True)

    def width(text: str) -> int:
        return sum(2 if unicodedata.east_asian_width(ch) in "WFA" else 1 for ch in text)

    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "進捗管理シート"

    def put(row: int, column: int, value: Any, align: Alignment = left, size: int = 10) -> None:
        cell = sheet.cell(row, column, value)
        cell.font = Font(name=font, size=size)
        cell.border = ruled
        cell.alignment = align

    sheet["A1"] = "萩の台市デジタル化推進計画　進捗管理シート（令和６年度実績）"
    sheet["A1"].font = Font(name=font, size=14, bold=True)
    sheet.merge_cells("A1:K1")
    sheet["A2"] = "計画期間：令和５年度～令和８年度　　　作成：情報政策課（令和７年６月）"
    sheet["A2"].font = Font(name=font, size=9)
    sheet.merge_cells("A2:K2")
    header = ["No.", "取組名", "担当課", "成果指標", "基準値\n（R4）", "目標値\n（R8）", "実績値\n（R5）",
              "実績値\n（R6）", "前年度\n評価", "今年度\n評価", "今後の方向性"]  # fmt: skip
    for column, label in enumerate(header, start=1):
        put(3, column, label, centre)
        sheet.cell(3, column).fill = PatternFill("solid", fgColor="E2EFDA")
    sheet.row_dimensions[3].height = 32
    row = 4
    for policy, entries in _HAGINODAI:
        put(row, 1, policy, left, 11)
        for column in range(1, 12):
            sheet.cell(row, column).border = ruled
            sheet.cell(row, column).fill = PatternFill("solid", fgColor="F2F2F2")
        sheet.merge_cells(f"A{row}:K{row}")
        sheet.row_dimensions[row].height = 22
        row += 1
        for number, title, department, indicators, direction in entries:
            top = row
            for name, base, target, r5, r6, last, this in indicators:
                first = row == top
                put(row, 1, number if first else None, centre)
                put(row, 2, title if first else None)
                put(row, 3, department if first else None, centre)
                put(row, 4, name)
                for column, text in ((5, base), (6, target), (7, r5), (8, r6)):
                    put(row, column, text, centre if text == "－" else right)
                put(row, 9, last, centre)
                put(row, 10, this, centre)
                put(row, 11, direction if first else None)
                texts = [title, department, name, direction if first else ""]
                room = [18.0, 13.0, 24.0, 26.0]
                lines = max(
                    math.ceil(width(t) / ((w - 1.5) / 0.65 * 0.9)) for t, w in zip(texts, room, strict=True)
                )
                sheet.row_dimensions[row].height = max(
                    22.0, 15.0 * max(1, math.ceil(lines / len(indicators))) + 6
                )
                row += 1
            if row - top > 1:
                for column in (1, 2, 3, 11):
                    sheet.merge_cells(start_row=top, start_column=column, end_row=row - 1, end_column=column)
    sheet.cell(
        row + 1,
        1,
        "評価　A：目標を上回って進んでいる　B：概ね順調　C：やや遅れている　D：遅れている　－：評価対象外",
    )
    sheet.cell(row + 1, 1).font = Font(name=font, size=9)
    for column, w in zip("ABCDEFGHIJK", _H_WIDTHS, strict=True):
        sheet.column_dimensions[column].width = w
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.orientation = "landscape"
    sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.print_area = f"A1:K{row + 1}"
    sheet.print_title_rows = "3:3"
    sheet.oddHeader.right.text = "萩の台市"
    sheet.oddFooter.center.text = "&P / &N"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _haginodai() -> list[dict[str, Any]]:
    items = []
    for _, entries in _HAGINODAI:
        for number, title, department, indicators, _ in entries:
            found = tuple(
                _table_kpi(base, target, 2022, 2026, ((2023, r5), (2024, r6)))
                for _, base, target, r5, r6, _, _ in indicators
            )
            items.append(item(number, title, department.split("・"), found))
    return items


#: 基準値（R4） 2022, 目標値（R8） 2026's target and the final one, 実績値（R5）（R6） 2023's and 2024's actuals (「－」 none);
#: the 評価 columns are no figures.
HAGINODAI = _haginodai()


# --- 天ヶ瀬町: 工程表 of 「◎」「○」「→」 by 年度 ------------------------------------------------------------------

#: (section, [(番号, 取組, 担当課, marks R7 … R11, 備考)]).
_AMAGASE: list[tuple[str, list[tuple[str, str, str, tuple[str, str, str, str, str], str]]]] = [
    ("１　行政手続のデジタル化", [
        ("1-1", "電子申請の拡充", "総務課", ("○", "◎", "→", "→", "→"), ""),
        ("1-2", "書かない窓口の導入", "住民課", ("○", "○", "◎", "→", "→"), "令和９年度に新システム稼働予定"),
        ("1-3", "証明書のコンビニ交付", "住民課", ("", "○", "◎", "→", "→"), ""),
        ("1-4", "窓口のキャッシュレス決済", "会計課・税務課", ("◎", "→", "→", "→", "→"), ""),
        ("1-5", "公共施設予約のオンライン化", "教育委員会", ("○", "", "◎", "→", "→"), "令和８年度は既存システムの更新時期を見極める"),
    ]),
    ("２　行政運営の効率化", [
        ("2-1", "基幹業務システムの標準化", "総務課", ("◎", "→", "", "", ""), "令和７年度末までに移行"),
        ("2-2", "ＲＰＡ・ＡＩ－ＯＣＲの活用", "総務課", ("○", "◎", "◎", "→", "→"), ""),
        ("2-3", "ペーパーレス会議の推進", "総務課・議会事務局", ("◎", "→", "→", "→", "→"), ""),
        ("2-4", "電子決裁の導入", "総務課", ("", "", "○", "◎", "→"), ""),
        ("2-5", "職員のデジタル研修", "総務課", ("→", "→", "→", "→", "→"), "令和６年度から継続"),
    ]),
    ("３　地域のデジタル化", [
        ("3-1", "スマホ教室の開催", "保健福祉課・生涯学習課", ("◎", "→", "→", "→", "→"), ""),
        ("3-2", "防災情報の多重化", "防災対策室", ("○", "◎", "→", "→", "→"), ""),
        ("3-3", "観光案内のデジタル化", "産業観光課", ("", "○", "○", "◎", "→"), ""),
        ("3-4", "地域公共交通のデジタル化", "企画課", ("", "", "", "○", "○"), "国の補助制度の動向を踏まえて検討"),
        ("3-5", "小中学校のＩＣＴ活用", "教育委員会", ("◎", "→", "→", "→", "→"), ""),
    ]),
]  # fmt: skip

_PAGE_CSS = (
    "* { -webkit-print-color-adjust: exact; print-color-adjust: exact; }"
    "table { border-collapse: collapse; width: 100%; margin: 4pt 0 10pt; }"
    "td, th { border: 0.6pt solid #000; padding: 2pt 4pt; vertical-align: middle; font-weight: normal; }"
    "thead { display: table-header-group; } th { background: #e4ecf7; text-align: center; }"
    "h2 { font-size: 14pt; margin: 0 0 6pt; } p { margin: 2pt 0; } .c { text-align: center; }"
)


def _page(body: str, *, size: str, header: str, font: str, css: str = "") -> str:
    return (
        "<!doctype html><html lang=ja><meta charset=utf-8><style>"
        f'@page {{ size: {size}; margin: 16mm 14mm; @top-right {{ content: "{header}"; font-size: 8pt; }}'
        ' @bottom-center { content: "- " counter(page) " -"; font-size: 9pt; } }'
        f"body {{ font-family: 'IPAexGothic', sans-serif; font-size: {font}; line-height: 1.45; }}"
        + _PAGE_CSS
        + css
        + "</style><body>"
        + body
        + "</body></html>"
    )


def amagase_html() -> str:
    years_head = "".join(f"<th style='width:7%'>令和{y}年度</th>" for y in ("７", "８", "９", "10", "11"))
    head = (
        "<thead><tr><th style='width:5%'>番号</th><th style='width:22%'>取組</th><th style='width:13%'>担当課</th>"
        f"{years_head}<th>備考</th></tr></thead>"
    )
    rows = []
    for section, entries in _AMAGASE:
        rows.append(f"<tr><td colspan=9 style='background:#f2f2f2'>{_esc(section)}</td></tr>")
        for number, title, department, marks, note in entries:
            cells = "".join(f"<td class=c>{m}</td>" for m in marks)
            rows.append(
                f"<tr><td class=c>{number}</td><td>{_esc(title)}</td><td>{_esc(department)}</td>{cells}"
                f"<td style='font-size:8pt'>{_esc(note)}</td></tr>"
            )
    body = (
        "<h2>第５章　取組の工程表</h2>"
        "<p>　天ヶ瀬町ＤＸ推進計画（計画期間：令和７年度～令和11年度）に掲げる取組の年度ごとの工程は、次のとおりです。</p>"
        "<p style='text-align:right'>凡例　○：検討・準備　◎：導入・実施　→：運用・継続</p>"
        f"<table>{head}<tbody>{''.join(rows)}</tbody></table>"
        "<p>※　工程は、国の動向や財政状況等により見直す場合があります。</p>"
    )
    return _page(body, size="A4 landscape", header="天ヶ瀬町ＤＸ推進計画", font="10pt")


def _amagase() -> list[dict[str, Any]]:
    items = []
    for _, entries in _AMAGASE:
        for number, title, department, marks, _ in entries:
            steps = tuple(fy for fy, m in zip(years(2025, 2029), marks, strict=True) if m)
            items.append(item(number, title, department.split("・"), (), steps))
    return items


#: A schedule the years marked 「○」「◎」「→」 (a blank year none, a 備考's year none); no indicators.
AMAGASE = _amagase()


# --- 千早台市: 成果指標 with 基準値→目標値 in one cell -----------------------------------------------------------------

#: (基本方針, [(取組番号, 取組名, 担当課, [(成果指標, 「現状値→目標値」)], 実施期間 (first, last))]).
_CHIHAYADAI: list[tuple[str, list[tuple[str, str, str, list[tuple[str, str]], tuple[int, int]]]]] = [
    ("基本方針１　便利で快適な市民サービス", [
        ("1-1", "行政手続のオンライン化", "デジタル推進課",
         [("オンライン申請できる手続数", "120手続→400手続")], (7, 10)),
        ("1-2", "マイナンバーカードの利活用", "市民課",
         [("証明書交付に占めるコンビニ交付の割合", "14.5％→40.0％")], (7, 10)),
        ("1-3", "窓口の待ち時間の短縮", "市民課",
         [("繁忙期の窓口の平均待ち時間", "45分→15分")], (8, 10)),
        ("1-4", "キャッシュレス決済の拡大", "会計課・収納課",
         [("キャッシュレス決済を導入した公共施設数", "－→25施設")], (7, 9)),
    ]),
    ("基本方針２　効率的で質の高い行政運営", [
        ("2-1", "ＡＩ・ＲＰＡの活用", "行政改革課",
         [("ＡＩ・ＲＰＡによる業務削減時間（年間）", "1,200時間→8,000時間")], (7, 10)),
        ("2-2", "電子契約の導入", "契約課",
         [("電子契約の件数（年間）", "0件→300件")], (8, 10)),
        ("2-3", "テレワーク・フリーアドレスの推進", "人事課",
         [("テレワーク実施率", "12.0％→50.0％")], (7, 10)),
        ("2-4", "データ連携基盤の構築", "デジタル推進課",
         [("基盤に連携したシステム数", "2システム→12システム"), ("公開したＡＰＩ数", "0件→10件")], (8, 10)),
    ]),
    ("基本方針３　誰もがデジタルの恩恵を受けられる地域", [
        ("3-1", "デジタルデバイド対策", "地域福祉課・生涯学習課",
         [("スマホ講座の受講者数（累計）", "350人→2,000人")], (7, 10)),
        ("3-2", "子育て支援のデジタル化", "こども家庭課",
         [("オンラインで完結する子育て手続数", "8手続→30手続")], (7, 10)),
        ("3-3", "防災ＤＸの推進", "危機管理課",
         [("防災アプリのダウンロード数", "12,400件→30,000件")], (7, 10)),
        ("3-4", "オープンデータの推進", "情報政策課",
         [("公開データセット数", "12件→30件")], (7, 7)),
    ]),
]  # fmt: skip


def _period(first: int, last: int) -> str:
    return f"R{first}" if first == last else f"R{first}～R{last}"


def chihayadai_html() -> str:
    head = (
        "<thead><tr><th style='width:8%'>取組<br>番号</th><th style='width:20%'>取組名</th>"
        "<th style='width:13%'>担当課</th><th>成果指標</th><th style='width:13%'>現状値（R5）<br>→目標値（R10）</th>"
        "<th style='width:10%'>実施期間</th></tr></thead>"
    )
    rows = []
    for policy, entries in _CHIHAYADAI:
        rows.append(f"<tr><td colspan=6 style='background:#eef3e8'>{_esc(policy)}</td></tr>")
        for number, title, department, indicators, (first, last) in entries:
            span = f" rowspan={len(indicators)}" if len(indicators) > 1 else ""
            for k, (name, cell) in enumerate(indicators):
                lead = (
                    f"<td class=c{span}>{number}</td><td{span}>{_esc(title)}</td><td{span}>{_esc(department)}</td>"
                    if k == 0
                    else ""
                )
                tail = f"<td class=c{span}>{_period(first, last)}</td>" if k == 0 else ""
                rows.append(f"<tr>{lead}<td>{_esc(name)}</td><td class=c>{_esc(cell)}</td>{tail}</tr>")
    body = (
        "<h2>第４章　成果指標（ＫＰＩ）</h2>"
        "<p>　千早台市ＤＸ推進計画（令和７年度～令和10年度）の取組ごとに、成果指標と目標値を次のとおり定めます。"
        "現状値は令和５年度の実績、目標値は計画の最終年度である令和10年度の値です。</p>"
        f"<table>{head}<tbody>{''.join(rows)}</tbody></table>"
        "<p>※　「－」は現状値がないもの（新たに開始する取組）を示します。</p>"
    )
    return _page(body, size="A4", header="千早台市ＤＸ推進計画", font="9.5pt")


def _chihayadai() -> list[dict[str, Any]]:
    items = []
    for _, entries in _CHIHAYADAI:
        for number, title, department, indicators, (first, last) in entries:
            found = tuple(_table_kpi(*cell.split("→"), 2023, 2028) for _, cell in indicators)
            items.append(item(number, title, department.split("・"), found, years(2018 + first, 2018 + last)))
    return items


#: 「12件→30件」 under 「現状値（R5）→目標値（R10）」: the 2023 baseline (「－」 none), 2028's target and the final one;
#: 実施期間 「R7～R10」 each year.
CHIHAYADAI = _chihayadai()


# --- 蛍ヶ丘市: No.1 … No.20 across chapters ---------------------------------------------------------------------

_R7_R10 = years(2025, 2028)

HOTARUGAOKA = [
    item("1", "電子申請の拡充", ["デジタル推進課"], (_line_kpi(120, 2023, 400, 2028),), _R7_R10),
    item("2", "書かない窓口の導入", ["市民課"], (_line_kpi(0, 2023, 60, 2028),), years(2026, 2028)),
    item("3", "証明書のコンビニ交付の推進", ["市民課"], (_line_kpi(18.5, 2023, 45.0, 2028),), _R7_R10),
    item("4", "公金収納のキャッシュレス化", ["会計課", "納税課"], (_line_kpi(8, 2023, 40, 2028),), _R7_R10),
    item("5", "子育て手続のワンストップ化", ["こども支援課"], (), years(2026, 2028)),
    item("6", "市公式アプリによる情報発信", ["広報広聴課"], (_line_kpi(6800, 2023, 20000, 2028),), _R7_R10),
    item(
        "7", "オンライン相談窓口の開設", ["福祉総務課"], (_line_kpi(0, 2023, 300, 2028),), years(2026, 2028)
    ),
    item("8", "基幹業務システムの標準化", ["デジタル推進課"], (), (2025,)),
    item("9", "ＡＩ・ＲＰＡの活用", ["行政経営課"], (_line_kpi(1500, 2023, 9000, 2028),), _R7_R10),
    item("10", "電子決裁・文書管理の推進", ["総務課"], (_line_kpi(31.0, 2023, 95.0, 2028),), _R7_R10),
    item("11", "テレワークの推進", ["職員課"], (_line_kpi(55, 2023, 400, 2028),), _R7_R10),
    item("12", "オープンデータの推進", ["企画課"], (_line_kpi(45, 2023, 150, 2028),), _R7_R10),
    item("13", "ＤＸ人材の育成", ["職員課", "デジタル推進課"], (_line_kpi(80, 2023, 800, 2028),), _R7_R10),
    item("14", "情報セキュリティの強化", ["デジタル推進課"], (), _R7_R10),
    item("15", "スマホ講座の開催", ["生涯学習課"], (_line_kpi(240, 2023, 1200, 2028),), _R7_R10),
    item(
        "16", "デジタル活用支援員の育成", ["地域福祉課"], (_line_kpi(0, 2023, 40, 2028),), years(2026, 2028)
    ),
    item("17", "防災情報の配信強化", ["危機管理課"], (_line_kpi(9200, 2023, 25000, 2028),), _R7_R10),
    item("18", "小中学校のＩＣＴ教育", ["学校教育課"], (_line_kpi(68.0, 2023, 100, 2028),), _R7_R10),
    item("19", "地域公共交通のデジタル化", ["交通政策課"], (), years(2027, 2028)),
    item("20", "中小企業のＤＸ支援", ["商工観光課"], (_line_kpi(12, 2023, 100, 2028),), _R7_R10),
]


# --- 霞沢町: prose, 【目標】 lines, plain pdftotext -------------------------------------------------------------------


def _r5_r11(base: float | None, target: float) -> dict[str, Any]:
    return _line_kpi(base, 2023, target, 2029)


KASUMIZAWA = [
    item("1-1", "役場の手続をオンラインで", ["総務課"], (_r5_r11(15, 60),)),
    item("1-2", "窓口で書かずに、待たずに", ["町民課"], (_r5_r11(0, 20),)),
    item("1-3", "証明書をコンビニで", ["町民課"], (_r5_r11(8.5, 30),)),
    item("1-4", "税や料金の支払いをキャッシュレスに", ["税務課", "上下水道課"], (_r5_r11(4.2, 25.0),)),
    item("2-1", "役場の仕事を見直します", ["総務課"], (_r5_r11(0, 1500),)),
    item("2-2", "紙の会議をなくします", ["総務課", "議会事務局"], (_r5_r11(52000, 10000),)),
    item("2-3", "システムを国の標準にそろえます", ["総務課"], ()),
    item(
        "3-1", "スマートフォンの使い方を学ぶ場をつくります", ["保健福祉課", "教育委員会"], (_r5_r11(95, 600),)
    ),
    item("3-2", "防災の情報を確実に届けます", ["総務課"], (_r5_r11(1350, 3500),)),
    item("3-3", "学校で端末を毎日使います", ["教育委員会"], ()),
    item("3-4", "農業にデジタル技術を取り入れます", ["産業振興課"], (_r5_r11(2, 15),)),
]


# --- 美空県: 市町村支援 取組, 担当 「デジタル推進課・各市町村」 --------------------------------------------------------


def _r5_r11_table(base: str, target: str) -> dict[str, Any]:
    return _table_kpi(base, target, 2023, 2029)


MISORA = [
    item("1-1", "県民向け電子申請の拡充", ["デジタル推進課"], (_r5_r11_table("380手続", "1,000手続"),)),
    item("1-2", "県税のキャッシュレス納付", ["税務課"], (_r5_r11_table("21.0%", "50.0%"),)),
    item(
        "1-3", "生成ＡＩの業務活用", ["デジタル推進課", "行政改革課"], (_r5_r11_table("0時間", "30,000時間"),)
    ),
    item("1-4", "県庁のペーパーレス化", ["総務事務センター"], (_r5_r11_table("5,200万枚", "2,600万枚"),)),
    item("1-5", "県職員のＤＸ人材育成", ["人事課"], (_r5_r11_table("150人", "1,500人"),)),
    item(
        "2-1", "市町村ＤＸ推進連絡会議の運営", ["市町村課", "デジタル推進課"], (_r5_r11_table("4回", "4回"),)
    ),
    item(
        "2-2",
        "基幹業務システム標準化の支援",
        ["デジタル推進課", "各市町村"],
        (_r5_r11_table("0市町村", "全35市町村"),),
    ),
    item(
        "2-3",
        "電子申請システムの共同利用",
        ["デジタル推進課", "各市町村"],
        (_r5_r11_table("12市町村", "35市町村"),),
    ),
    item("2-4", "市町村へのＤＸ人材派遣", ["市町村課"], (_r5_r11_table("3市町村", "20市町村"),)),
    item("2-5", "自治体セキュリティクラウドの共同運用", ["情報政策課", "各市町村"], ()),
    item(
        "2-6",
        "マイナンバーカード利活用の支援",
        ["市町村課", "各市町村"],
        (_r5_r11_table("8市町村", "35市町村"),),
    ),
    item(
        "3-1",
        "中山間地域のデジタル活用支援",
        ["地域振興課", "各市町村"],
        (_r5_r11_table("1,800人", "12,000人"),),
    ),
    item("3-2", "防災情報システムの高度化", ["危機管理課"], (_r5_r11_table("2システム", "1システム"),)),
    item("3-3", "スマート農業の普及", ["農業振興課"], (_r5_r11_table("260経営体", "900経営体"),)),
    item(
        "3-4", "オープンデータの推進", ["デジタル推進課", "各市町村"], (_r5_r11_table("1,240件", "3,000件"),)
    ),
]


# --- 野々宮市: a table of three pages, page furniture between its rows --------------------------------------------


def _r5_r9(base: str, target: str) -> dict[str, Any]:
    return _table_kpi(base, target, 2023, 2027)


NONOMIYA = [
    item("1", "行政手続のオンライン化", ["情報政策課"], (_r5_r9("64手続", "250手続"),)),
    item("2", "マイナンバーカードの活用", ["市民課"], (_r5_r9("9.8%", "30.0%"),)),
    item("3", "書かない窓口", ["市民課", "情報政策課"], (_r5_r9("0手続", "35手続"),)),
    item("4", "キャッシュレス決済の導入", ["会計課"], (_r5_r9("2施設", "30施設"),)),
    item("5", "公共施設予約システムの更新", ["施設管理課"], (_r5_r9("11施設", "42施設"),)),
    item("6", "市ホームページの再構築", ["広報課"], (_r5_r9("58.0%", "80.0%"),)),
    item("7", "ＲＰＡの導入拡大", ["行政改革課"], (_r5_r9("14業務", "60業務"),)),
    item("8", "ＡＩ議事録作成の活用", ["総務課"], (_r5_r9("1,100時間", "3,000時間"),)),
    item("9", "電子決裁の推進", ["総務課"], (_r5_r9("18.0%", "90.0%"),)),
    item("10", "テレワークの推進", ["人事課"], (_r5_r9("30人", "250人"),)),
    item("11", "情報セキュリティ研修", ["情報政策課"], (_r5_r9("85.0%", "100%"),)),
    item("12", "スマートフォン相談会", ["長寿介護課", "生涯学習課"], (_r5_r9("150人", "800人"),)),
    item("13", "防災情報の多言語配信", ["防災安全課"], (_r5_r9("2言語", "6言語"),)),
    item("14", "オープンデータの公開", ["情報政策課"], (_r5_r9("30件", "120件"),)),
    item("15", "学校のＩＣＴ環境整備", ["教育総務課"], (_r5_r9("72.0%", "100%"),)),
    item("16", "地域ＩｏＴの実証", ["企画課"], (_r5_r9("0件", "5件"),)),
]


# --- 芹沢町: 二段組 pages, 「■取組３」 blocks side by side -------------------------------------------------------


def _r6_r10(base: float | None, target: float) -> dict[str, Any]:
    return _line_kpi(base, 2024, target, 2028)


SERIZAWA = [
    item("1", "電子申請の拡充", ["総務課"], (_r6_r10(20, 80),), _R7_R10),
    item("2", "書かない窓口", ["住民課"], (_r6_r10(0, 25),), years(2026, 2028)),
    item("3", "キャッシュレス決済", ["会計室", "税務課"], (_r6_r10(3, 15),), _R7_R10),
    item("4", "町公式ＬＩＮＥの活用", ["企画課"], (_r6_r10(1200, 4000),), _R7_R10),
    item("5", "基幹業務システムの標準化", ["総務課"], (), (2025,)),
    item("6", "ＲＰＡの活用", ["総務課"], (_r6_r10(150, 900),), _R7_R10),
    item("7", "ペーパーレス会議", ["総務課", "議会事務局"], (_r6_r10(24000, 6000),), years(2025, 2026)),
    item("8", "職員研修", ["総務課"], (_r6_r10(30, 100),), _R7_R10),
    item("9", "スマホ教室", ["福祉課", "公民館"], (_r6_r10(80, 400),), _R7_R10),
    item("10", "防災情報の配信", ["総務課"], (_r6_r10(640, 1800),), _R7_R10),
    item("11", "スマート農業", ["産業振興課"], (_r6_r10(1, 8),), years(2026, 2028)),
    item("12", "学校ＩＣＴ", ["教育委員会"], (), _R7_R10),
]


# --- the batch -----------------------------------------------------------------------------------------------

PLANS: dict[str, tuple[str, list[dict[str, Any]]]] = {
    "haginodai_shinchoku_sheet.pdf": ("萩の台市", HAGINODAI),
    "amagase_kouteihyou_kigou.pdf": ("天ヶ瀬町", AMAGASE),
    "chihayadai_kpi_yajirushi.pdf": ("千早台市", CHIHAYADAI),
    "hotarugaoka_no_renban.txt": ("蛍ヶ丘市", HOTARUGAOKA),
    "kasumizawa_cho_prose.txt": ("霞沢町", KASUMIZAWA),
    "misora_ken_shichoson.txt": ("美空県", MISORA),
    "nonomiya_peji_kyoukai.txt": ("野々宮市", NONOMIYA),
    "serizawa_nidangumi.txt": ("芹沢町", SERIZAWA),
}

#: The plan period each document states (fiscal years).
PERIODS: dict[str, tuple[int, int]] = {
    "haginodai_shinchoku_sheet.pdf": (2023, 2026),
    "amagase_kouteihyou_kigou.pdf": (2025, 2029),
    "chihayadai_kpi_yajirushi.pdf": (2025, 2028),
    "hotarugaoka_no_renban.txt": (2025, 2028),
    "kasumizawa_cho_prose.txt": (2025, 2029),
    "misora_ken_shichoson.txt": (2025, 2029),
    "nonomiya_peji_kyoukai.txt": (2024, 2027),
    "serizawa_nidangumi.txt": (2025, 2028),
}

TEXTS = sorted(n for n in PLANS if n.endswith(".txt"))
PDFS = sorted(n for n in PLANS if n.endswith(".pdf"))


_HTML = {"amagase_kouteihyou_kigou.pdf": amagase_html, "chihayadai_kpi_yajirushi.pdf": chihayadai_html}


def pdf(name: str) -> Path:
    """The document ``name`` printed to PDF (cached): Calc for the workbook, Chromium for the HTML ones."""
    key = name.removesuffix(".pdf")
    if name == "haginodai_shinchoku_sheet.pdf":
        return calc_pdf(haginodai_xlsx(), key)
    return print_html(_HTML[name](), key)


def document(name: str) -> bytes:
    """The file ``name`` as a user uploads it: the text file's bytes in this folder, or the PDF printed."""
    if name.endswith(".pdf"):
        return pdf(name).read_bytes()
    return (HERE / name).read_bytes()


def expected(name: str) -> dict[str, Any]:
    """The expected plan of document ``name`` in the form ``scoring.score`` takes."""
    return {"initiatives": PLANS[name][1]}
