"""A thirty-ninth batch of plans no reader was written against (the readers' code was not read): seven workbooks and
a CSV as the 情報政策課 of a town keeps its DX plan's 取組一覧 or 進捗管理表 in Excel, filled by hand, in shapes the
batches before lack.

Uploaded as they are kept:

- 榛名台市's 取組一覧 (``haruna_sanretsu_bangou.xlsx``): each 取組 numbered across THREE columns 「基本目標 | 施策 | No.」
  holding 「1」 | 「(1)」 | 「①」 (the 基本目標 and the 施策 cells merged down their 取組, no title of either anywhere:
  the number alone), 成果指標 / 現状値（R6） / 目標値（R10）, figures stored as numbers with the unit in the cell's format
  (「#,##0"件"」, 「0"手続"」, a rate 0.12 shown 「12.0%」 by 「0.0%」), 「－」 no indicator, the 工程 〇 / △ / × a year
  (R7 … R10) and a 凡例 block BESIDE the table — after a blank column, in the rows of the first 取組 — 「凡例 | 〇 実施 |
  △ 検討・準備 | × 実施しない」, a ※ note under the table;
- 霧ヶ丘町's 進捗管理表 (``kirigaoka_kaigyou_kpi.xlsx``): a 取組 a row whose cells hold 「・」 lists typed with Alt+Enter —
  取組内容 of two or three 「・」 lines, and for a 取組 of two indicators the 成果指標 cell 「・電子申請できる手続数⏎・電子申請の
  利用件数（年間）」 with its 現状値（R6） and 目標値（R10） cells lists in the same order 「・45手続⏎・3,200件」 — 担当課 two on two
  lines of a cell, the 実施期間 as two real DATE cells 「開始 | 完了予定」 (2025/4/1 – 2029/3/31, format 「yyyy/m/d」; one
  完了予定 2026/3/31), a comment on a 現状値 cell (「速報値」), 「－」 no indicator;
- 朝霞野市's 取組管理表 (``asakano_kihon_mokuhyo.xlsx``, saved by Excel): a sheet a 基本目標 「基本目標１」 … 「基本目標３」
  and a 「集計」 sheet of formulas (COUNTA / COUNTIF / AVERAGE over the 基本目標 sheets), on each 基本目標 sheet its
  number in B2 and the 取組番号 a FORMULA 「=$B$2&"-"&A5」 of it and the 連番 in A, 基準値（R6） | R7目標 | R7実績 |
  目標値（R10） | 達成率 (a formula 「=IFERROR(H5/G5,"－")」, %), Excel's cached values in every formula cell;
- 朝霞野市's same book as a tool writes it (``asakano_kihon_mokuhyo_nocache.xlsx``): the same formulas with NO cached
  value — as openpyxl, a 集計 macro's export or any program that writes formulas without computing them leaves a
  file; Excel computes them when the book is opened, and a person reads what Excel shows;
- 宇奈月村's 取組一覧 written out as CSV by the office's macro from the 取組 sheet (``unazuki_torikumi_cp932.csv``, CP932,
  CRLF): a title line, 「計画期間　令和７年度～令和１０年度」 typed in full-width, the header in full-width 「取組コード | 取組名 |
  担当課 | 成果指標 | 現状値（Ｒ６） | 目標値（Ｒ１０） | Ｒ７ | Ｒ８ | Ｒ９ | Ｒ１０」, the codes written 「="001"」 (bare, unquoted:
  the way a CSV meant for Excel keeps a code's leading zeros — Excel opens it as the text 「001」), figures
  typed by hand in full-width with their units 「１２０件」「４５．５％」「１，２００人」, 担当課 with a trailing full-width
  space 「総務課　」 and 「同上」 for the 課 above, 〇 in the years worked on, two ※ rows after the table;
- 杉ノ沢市's 取組一覧 (``suginosawa_kpi_shita.xlsx``): ONE sheet of two tables — 「１　取組一覧」 「No. | 取組名 | 概要 | 担当課 |
  実施期間」 (「R7～R9」, 「R8～R9」), three blank rows, then 「２　成果指標」 「No. | 成果指標 | 単位 | 基準値（R5） | R7目標 |
  R8目標 | R9目標」 keyed by the 取組's No. (two rows for No. 3, none for No. 5), a ※ note under each table;
- 水城市's 成果指標の進捗 (``mizuki_nendo_suuchi.xlsx``): the years of the header typed as NUMBERS (2024 … 2027) shown
  「2024年度」 by the format 「0"年度"」, each merged over 「目標 | 実績」 (2025年度 over 「目標 | 実績 | 達成率」, the rate a formula
  whose cached value is 「#VALUE!」 where the 実績 is 「集計中」), last year's 2024年度 columns HIDDEN, the 担当課 cell
  listing the 課 in charge and those working with them a line each, 「◎総務課⏎○住民課」, under 「担当課⏎（◎主担当　○関係課）」;
- 白瀬町's 工程表 (``shirase_sentaku_chuou.xlsx``): 「No. | 取組名 | 担当課 | 令和７年度 … 令和10年度」, each step typed once in
  its first year's cell and set 「選択範囲内で中央」 (``centerContinuous``) across the empty cells of the years it runs (no
  merge, no fill: Excel shows the word centred over them), the next step typed in the cell after.

``PLANS[name]`` is the plan each document states, read as a careful person reads it in Excel, by the earlier batches'
conventions: codes as a person writes them (「1」 「(1)」 「①」 across three columns is 1-1-1, as batch 26's 「1-(1)-①」;
「="001"」 is 001; 朝霞野市's formula what Excel shows, 「1-1」); 担当課 split at 「、」「・」 and line breaks, 「同上」 the 課
above; a 現状値 / 基準値 the baseline of its year, a column headed with its year (目標値（R10）, R7目標) that year's target,
the last the final one; 実績 columns each year's actual; a cell shown 「12.0%」 the figure 12; a 「・」 list of indicators
one indicator a line, its figures the same lines of the 現状値 / 目標値 cells; a schedule every year marked 〇 or △ (×
none), every fiscal year from the 開始 date's to the 完了予定 date's, every year of 「R7～R9」, every year a step is centred
across; the 課 marked ◎ the 担当課 (○ one working with it, no 担当課). Legends, ※ notes, the
集計 sheet and blank rows are no 取組.
"""

from __future__ import annotations

import csv
import datetime
import io
from collections.abc import Callable
from typing import Any

import openpyxl
from openpyxl.comments import Comment
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

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
from .tabledocs11 import _cached
from .unseen import item, kpi, years

HARUNA = "haruna_sanretsu_bangou.xlsx"
KIRIGAOKA = "kirigaoka_kaigyou_kpi.xlsx"
ASAKANO = "asakano_kihon_mokuhyo.xlsx"
ASAKANO_RAW = "asakano_kihon_mokuhyo_nocache.xlsx"
UNAZUKI = "unazuki_torikumi_cp932.csv"
SUGINOSAWA = "suginosawa_kpi_shita.xlsx"
MIZUKI = "mizuki_nendo_suuchi.xlsx"
SHIRASE = "shirase_sentaku_chuou.xlsx"

_MARU = {"〇": True, "△": True, "×": False, "": False}


# --- 榛名台市: 基本目標 | 施策 | No. in three columns, units in number formats, 〇△× a year, a legend beside -------------

#: (基本目標, 施策, No., 取組名, 担当課, 成果指標 (None 「－」), 現状値, 目標値, number format, 工程 R7–R10).
_HARUNA: list[tuple[Any, ...]] = [
    (1, "(1)", "①", "電子申請の拡充", "総務課", "電子申請できる手続数", 40, 150, '0"手続"', "〇〇〇〇"),
    (1, "(1)", "②", "書かない窓口の導入", "市民課", "書かない窓口で受け付けた件数", 0, 6000, '#,##0"件"', "△〇〇〇"),
    (1, "(2)", "①", "キャッシュレス決済の導入", "会計課・税務課", "キャッシュレス決済の利用割合", 0.12, 0.5, "0.0%", "〇〇〇〇"),
    (1, "(2)", "②", "マイナンバーカードの利活用", "市民課", None, None, None, None, "△△〇〇"),
    (2, "(1)", "①", "ＲＰＡの活用", "企画課", "ＲＰＡによる削減時間（年間）", 850, 3000, '#,##0"時間"', "〇〇〇〇"),
    (2, "(1)", "②", "テレワークの推進", "総務課", "テレワークを実施した職員の割合", 0.05, 0.3, "0%", "×△〇〇"),
    (2, "(2)", "①", "会議のペーパーレス化", "総務課、議会事務局", "庁内の紙の使用枚数", 1200000, 800000, '#,##0"枚"', "〇〇××"),
    (3, "(1)", "①", "デジタル活用支援", "生涯学習課", "スマホ教室の参加者数（累計）", 120, 800, '#,##0"人"', "〇〇〇〇"),
]  # fmt: skip

_HR_HEAD = ["基本目標", "施策", "No.", "取組名", "担当課", "成果指標", "現状値\n（R6）", "目標値\n（R10）", "R7", "R8", "R9", "R10"]
_HR_WIDTHS = [7.0, 6.0, 5.0, 28.0, 18.0, 30.0, 11.0, 11.0, 5.0, 5.0, 5.0, 5.0, 3.0, 6.0, 14.0]


def _heading(sheet: Any, text: str, *, size: int = 14) -> None:
    """The sheet's title in A1, large and bold, as a 情報政策課 heads its table."""
    sheet["A1"] = text
    sheet["A1"].font = Font(name=FONT, size=size, bold=True)


def _header_row(sheet: Any, labels: list[str]) -> None:
    """The table's header in row 4, centred, ruled and filled."""
    for column, label in enumerate(labels, start=1):
        _cell(sheet, 4, column, label, CENTRE)
    _ruled(sheet, 4, 1, len(labels), HEAD_FILL)


def haruna_xlsx() -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "取組一覧"
    _heading(sheet, "榛名台市ＤＸ推進計画　取組一覧")
    sheet["A2"] = "計画期間：令和７年度～令和10年度"
    _header_row(sheet, _HR_HEAD)
    first_row = 5
    for offset, (goal, measure, number, title, written, name, base, target, fmt, steps) in enumerate(_HARUNA):
        row = first_row + offset
        values = [goal, measure, number, title, written, name or "－", base, target, *steps]
        for column, value in enumerate(values, start=1):
            _cell(sheet, row, column, value, RIGHT if column in (7, 8) else CENTRE if column != 4 and column != 6
                  else LEFT)  # fmt: skip
            if column in (7, 8) and fmt:
                sheet.cell(row, column).number_format = fmt
    # the 基本目標 and the 施策 merged down their 取組 (the value in the first cell only)
    for column, key in ((1, lambda e: e[0]), (2, lambda e: (e[0], e[1]))):
        start = 0
        for index in range(1, len(_HARUNA) + 1):
            if index == len(_HARUNA) or key(_HARUNA[index]) != key(_HARUNA[start]):
                if index - 1 > start:
                    sheet.merge_cells(start_row=first_row + start, start_column=column,
                                      end_row=first_row + index - 1, end_column=column)  # fmt: skip
                start = index
    # the legend beside the table, after a blank column, in the rows of the first 取組
    sheet.cell(4, 14, "凡例")
    sheet.merge_cells(start_row=4, start_column=14, end_row=4, end_column=15)
    for offset, (mark, meaning) in enumerate((("〇", "実施"), ("△", "検討・準備"), ("×", "実施しない"))):
        _cell(sheet, 5 + offset, 14, mark, CENTRE)
        _cell(sheet, 5 + offset, 15, meaning, LEFT)
    _ruled(sheet, 4, 14, 15, SECTION_FILL)
    last = first_row + len(_HARUNA)
    sheet.cell(last + 1, 1, "※目標値は令和10年度末の値。「－」は成果指標を設定していない取組。")
    _widths(sheet, _HR_WIDTHS)
    sheet.freeze_panes = "D5"
    return save(book)


def _haruna() -> list[dict[str, Any]]:
    out = []
    for goal, measure, number, title, written, name, base, target, fmt, steps in _HARUNA:
        scale = 100 if fmt and fmt.endswith("%") else 1
        found = (
            (kpi((2024, round(base * scale, 6)), (2028, round(target * scale, 6)),
                 ((2028, round(target * scale, 6)),)),)  # fmt: skip
            if name
            else ()
        )
        code = f"{goal}-{measure.strip('()')}-{'①②③④⑤'.index(number) + 1}"
        schedule = tuple(fy for fy, mark in zip(years(2025, 2028), steps, strict=True) if _MARU[mark])
        out.append(item(code, title, _offices(written), found, schedule))  # type: ignore[arg-type]
    return out


# --- 霧ヶ丘町: 「・」 lists in cells (several KPI in one row), 開始 / 完了予定 as date cells ---------------------------------

#: (番号, 取組名, 取組内容 (lines), 担当課, [(成果指標, 現状値, 目標値)], 開始, 完了予定, comment on the 現状値 or None).
_KIRIGAOKA: list[tuple[Any, ...]] = [
    ("1", "電子申請の拡充", ["申請件数の多い手続から電子申請に対応する", "押印の見直しを進める"], "総務課",
     [("電子申請できる手続数", "45手続", "120手続"), ("電子申請の利用件数（年間）", "3,200件", "9,000件")],
     (2025, 4, 1), (2029, 3, 31), "3,200件は令和６年12月末の速報値"),
    ("2", "窓口キャッシュレス化", ["役場本庁舎の窓口にキャッシュレス決済を導入する", "支所への拡大を検討する"], "住民課\n会計課",
     [("キャッシュレス決済に対応した窓口数", "2窓口", "10窓口")], (2025, 4, 1), (2029, 3, 31), None),
    ("3", "庁内ネットワークの更新", ["老朽化した庁内ネットワーク機器を更新する"], "総務課",
     [], (2025, 4, 1), (2026, 3, 31), None),
    ("4", "ＡＩ・ＲＰＡの活用", ["議事録作成にＡＩを導入する", "定型業務にＲＰＡを導入する", "職員研修を行う"], "企画課",
     [("ＲＰＡを導入した業務数", "4業務", "20業務"), ("ＡＩ議事録の利用回数（年間）", "30回", "150回")],
     (2025, 4, 1), (2029, 3, 31), None),
    ("5", "オープンデータの推進", ["推奨データセットに沿って公開する"], "企画課",
     [("公開データセット数", "8件", "30件")], (2026, 4, 1), (2029, 3, 31), None),
    ("6", "デジタル活用支援", ["スマホ教室を各地区で開く", "デジタル活用支援員を育成する"], "生涯学習課\n保健福祉課",
     [("スマホ教室の参加者数（累計）", "60人", "500人"), ("デジタル活用支援員の人数", "0人", "15人")],
     (2025, 4, 1), (2029, 3, 31), None),
]  # fmt: skip

_KG_HEAD = ["番号", "取組名", "取組内容", "担当課", "成果指標", "現状値\n（R6）", "目標値\n（R10）", "開始", "完了予定", "備考"]
_KG_WIDTHS = [6.0, 22.0, 40.0, 14.0, 34.0, 12.0, 12.0, 11.0, 11.0, 16.0]


def kirigaoka_xlsx() -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "R7進捗管理表"
    _heading(sheet, "霧ヶ丘町デジタル化推進計画　進捗管理表（令和７年度）")
    sheet["A2"] = "計画期間：令和７年度～令和10年度"
    _header_row(sheet, _KG_HEAD)
    for offset, (code, title, lines, written, indicators, start, end, note) in enumerate(_KIRIGAOKA):
        row = 5 + offset
        if indicators:
            names, bases, goals = ("\n".join(f"・{part}" for part in column) for column in zip(*indicators, strict=True))
        else:
            names, bases, goals = "－", "－", "－"
        values = [code, title, "\n".join(f"・{line}" for line in lines), written, names, bases, goals,
                  datetime.datetime(*start), datetime.datetime(*end), ""]  # fmt: skip
        for column, value in enumerate(values, start=1):
            _cell(sheet, row, column, value, CENTRE if column in (1, 4, 8, 9) else RIGHT if column in (6, 7) else LEFT)
        for column in (8, 9):
            sheet.cell(row, column).number_format = "yyyy/m/d"
        for column in (6, 7):
            sheet.cell(row, column).alignment = openpyxl.styles.Alignment(horizontal="right", wrap_text=True)
        if note:
            sheet.cell(row, 6).comment = Comment(note, "総務課")
        sheet.row_dimensions[row].height = 15 * max(len(lines), len(indicators), 1) + 6
    _widths(sheet, _KG_WIDTHS)
    return save(book)


def _kirigaoka() -> list[dict[str, Any]]:
    out = []
    for code, title, _, written, indicators, start, end, _ in _KIRIGAOKA:
        found = tuple(
            kpi((2024, _value(base)), (2028, _value(goal)), ((2028, _value(goal)),))  # type: ignore[arg-type]
            for _, base, goal in indicators
        )
        first = start[0] if start[1] >= 4 else start[0] - 1
        last = end[0] if end[1] >= 4 else end[0] - 1
        out.append(item(code, title, _offices(written), found, years(first, last)))
    return out


# --- 朝霞野市: a sheet a 基本目標, 取組番号 a formula, a 集計 sheet; with and without Excel's cached values ----------------

#: (基本目標, [(取組名, 担当課, 成果指標, 単位, 基準値（R6）, R7目標, R7実績, 目標値（R10）)]).
_ASAKANO: list[tuple[str, list[tuple[Any, ...]]]] = [
    ("基本目標１　手続が便利なまち", [
        ("電子申請の拡充", "市民課、デジタル推進課", "電子申請できる手続数", "手続", 60, 100, 112, 250),
        ("書かない窓口の導入", "市民課", "書かない窓口の利用件数（年間）", "件", 0, 2000, 1650, 12000),
        ("キャッシュレス決済の拡大", "会計課", "キャッシュレス決済に対応した窓口数", "窓口", 5, 10, 10, 25),
    ]),
    ("基本目標２　効率的な市役所", [
        ("ＲＰＡ・ＡＩの活用", "デジタル推進課", "ＲＰＡ・ＡＩによる削減時間（年間）", "時間", 1200, 2000, 2350, 6000),
        ("テレワークの推進", "職員課", "テレワークを実施した職員数（年間）", "人", 35, 60, 48, 200),
    ]),
    ("基本目標３　誰もがデジタルを使えるまち", [
        ("デジタル活用支援", "生涯学習課・高齢福祉課", "スマホ教室の参加者数（年間）", "人", 180, 250, 262, 400),
        ("公衆無線ＬＡＮの整備", "デジタル推進課", "公衆無線ＬＡＮを整備した施設数", "施設", 12, 15, 14, 30),
    ]),
]  # fmt: skip

_AS_HEAD = ["連番", "取組番号", "取組名", "担当課", "成果指標", "単位", "基準値\n（R6）", "R7目標", "R7実績", "目標値\n（R10）",
            "達成率\n（R7）"]  # fmt: skip
_AS_WIDTHS = [6.0, 9.0, 26.0, 22.0, 32.0, 7.0, 10.0, 10.0, 10.0, 10.0, 9.0]


def _asakano_book() -> tuple[bytes, dict[int, dict[str, Any]]]:
    """The book's bytes as openpyxl writes them, and for each sheet (1-based) the values Excel would cache."""
    book = openpyxl.Workbook()
    cover = book.active
    assert cover is not None
    cached: dict[int, dict[str, Any]] = {}
    counts = []
    for number, (goal, entries) in enumerate(_ASAKANO, start=1):
        sheet = cover if number == 1 else book.create_sheet()
        sheet.title = f"基本目標{'１２３'[number - 1]}"
        values: dict[str, Any] = {}
        _heading(sheet, f"朝霞野市ＤＸ推進計画（令和７年度～令和10年度）　{goal}", size=13)
        sheet["A2"] = "基本目標番号"
        sheet["B2"] = number
        _header_row(sheet, _AS_HEAD)
        rates = []
        for offset, (title, written, name, unit, base, target, actual, goal_value) in enumerate(entries):
            row = 5 + offset
            cells = [offset + 1, f'=$B$2&"-"&A{row}', title, written, name, unit, base, target, actual, goal_value,
                     f'=IFERROR(I{row}/H{row},"－")']  # fmt: skip
            for column, value in enumerate(cells, start=1):
                _cell(sheet, row, column, value, LEFT if column in (3, 4, 5) else CENTRE if column < 7 else RIGHT)
            sheet.cell(row, 11).number_format = "0.0%"
            for column in (7, 8, 9, 10):
                sheet.cell(row, column).number_format = "#,##0"
            values[f"B{row}"] = f"{number}-{offset + 1}"
            values[f"K{row}"] = actual / target
            rates.append(actual / target)
        counts.append((goal, len(entries), sum(rates) / len(rates), sum(a >= t for *_, t, a, _ in entries)))
        _widths(sheet, _AS_WIDTHS)
        cached[number] = values
    summary = book.create_sheet("集計")
    summary["A1"] = "基本目標別の集計（令和７年度）"
    for column, label in enumerate(["基本目標", "取組数", "R7目標を達成した取組", "平均達成率"], start=1):
        _cell(summary, 3, column, label, CENTRE)
    values = {}
    for offset, (goal, count, rate, reached) in enumerate(counts):
        row = 4 + offset
        name = f"基本目標{'１２３'[offset]}"
        _cell(summary, row, 1, goal, LEFT)
        _cell(summary, row, 2, f"=COUNTA('{name}'!C5:C30)", RIGHT)
        _cell(summary, row, 3, f"=SUMPRODUCT(--('{name}'!I5:I30>='{name}'!H5:H30),--('{name}'!C5:C30<>\"\"))", RIGHT)
        _cell(summary, row, 4, f"=AVERAGE('{name}'!K5:K30)", RIGHT)
        summary.cell(row, 4).number_format = "0.0%"
        values.update({f"B{row}": count, f"C{row}": reached, f"D{row}": rate})
    row = 4 + len(counts)
    _cell(summary, row, 1, "合計", CENTRE)
    _cell(summary, row, 2, f"=SUM(B4:B{row - 1})", RIGHT)
    _cell(summary, row, 3, f"=SUM(C4:C{row - 1})", RIGHT)
    values.update({f"B{row}": sum(c for _, c, _, _ in counts), f"C{row}": sum(r for *_, r in counts)})
    cached[len(_ASAKANO) + 1] = values
    _widths(summary, [36.0, 8.0, 20.0, 12.0])
    return save(book), cached


def asakano_xlsx() -> bytes:
    """The book as Excel saves it: each formula with its value cached."""
    data, cached = _asakano_book()
    for sheet, values in cached.items():
        data = _cached(data, sheet, values)
    return data


def asakano_raw_xlsx() -> bytes:
    """The book as a program writes it: the formulas without any value."""
    return _asakano_book()[0]


def _asakano() -> list[dict[str, Any]]:
    out = []
    for number, (_, entries) in enumerate(_ASAKANO, start=1):
        for offset, (title, written, _, _, base, target, actual, goal) in enumerate(entries, start=1):
            found = kpi((2024, base), (2028, goal), ((2025, target), (2028, goal)), ((2025, actual),))
            out.append(item(f"{number}-{offset}", title, _offices(written), (found,)))
    return out


# --- 宇奈月村: the 取組 sheet saved as CSV (CP932), ="001" codes, full-width figures typed by hand, 同上 ----------------

#: (コード, 取組名, 担当課 as typed, 成果指標 (None 「－」), 現状値, 目標値, 工程 R7–R10).
_UNAZUKI: list[tuple[Any, ...]] = [
    ("001", "電子申請の拡充", "総務課　", "電子申請できる手続数", "２０手続", "８０手続", "〇〇〇〇"),
    ("002", "コンビニ交付の導入", "住民課", "コンビニ交付の利用件数（年間）", "０件", "１，２００件", "〇〇〇〇"),
    ("003", "マイナンバーカードの普及", "同上", "マイナンバーカードの保有率", "７２．４％", "９０．０％", "〇〇〇 "),
    ("004", "庁内無線ＬＡＮの整備", "総務課", None, "－", "－", "〇〇  "),
    ("005", "ＡＩ議事録の導入", "同上", "会議録作成に要する時間（年間）", "６００時間", "２００時間", " 〇〇〇"),
    ("006", "スマホ教室の開催", "保健福祉課、生涯学習課", "スマホ教室の参加者数（累計）", "４５人", "３００人", "〇〇〇〇"),
    ("007", "防災情報のデジタル化", "総務課", "防災アプリの登録者数", "３５０人", "１，５００人", "  〇〇"),
]  # fmt: skip

_UZ_HEAD = ["取組コード", "取組名", "担当課", "成果指標", "現状値（Ｒ６）", "目標値（Ｒ１０）", "Ｒ７", "Ｒ８", "Ｒ９", "Ｒ１０"]


def unazuki_csv() -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    blank = [""] * (len(_UZ_HEAD) - 1)
    writer.writerow(["宇奈月村デジタル化推進計画　取組一覧", *blank])
    writer.writerow(["計画期間　令和７年度～令和１０年度", *blank])
    writer.writerow(["", *blank])
    writer.writerow(_UZ_HEAD)
    for code, title, written, name, base, goal, steps in _UNAZUKI:
        marks = [mark.strip() for mark in steps]
        # csv would quote 「="001"」 as 「"=""001"""」; Excel writes it bare
        out.write(f'="{code}",')
        writer.writerow([title, written, name or "－", base, goal, *marks])
    writer.writerow(["※現状値は令和６年度末、目標値は令和１０年度末の値です。", *blank])
    writer.writerow(["※〇は取組を実施する年度です。", *blank])
    return out.getvalue().encode("cp932")


def _unazuki() -> list[dict[str, Any]]:
    out = []
    above: list[str] = []
    for code, title, written, name, base, goal, steps in _UNAZUKI:
        offices = above if written == "同上" else _offices(written)
        above = offices
        found = (kpi((2024, _value(base)), (2028, _value(goal)), ((2028, _value(goal)),)),) if name else ()
        schedule = tuple(fy for fy, mark in zip(years(2025, 2028), steps, strict=True) if mark == "〇")
        out.append(item(code, title, offices, found, schedule))  # type: ignore[arg-type]
    return out


# --- 杉ノ沢市: the 取組 table and, under it on the same sheet, the KPI table keyed by No. ----------------------------

#: (No., 取組名, 概要, 担当課, 実施期間).
_SUGINOSAWA: list[tuple[str, ...]] = [
    ("1", "電子申請の拡充", "申請の多い手続から順に電子申請に対応する。", "市民課、情報政策課", "R7～R9"),
    ("2", "窓口の待ち時間の短縮", "窓口予約と呼出しシステムを導入する。", "市民課", "R7～R8"),
    ("3", "マイナンバーカードの利活用", "カードで受けられるサービスを広げる。", "市民課・健康推進課", "R7～R9"),
    ("4", "ＲＰＡの活用", "定型業務をＲＰＡに置き換える。", "情報政策課", "R7～R9"),
    ("5", "情報セキュリティ研修", "全職員に毎年研修を行う。", "情報政策課", "R7～R9"),
    ("6", "オープンデータの公開", "推奨データセットを公開する。", "企画課", "R8～R9"),
]  # fmt: skip

#: (No., 成果指標, 単位, 基準値（R5）, R7目標, R8目標, R9目標).
_SUGINOSAWA_KPI: list[tuple[Any, ...]] = [
    ("1", "電子申請できる手続数", "手続", 85, 120, 160, 200),
    ("2", "窓口の平均待ち時間", "分", 25, 20, 15, None),
    ("3", "カードで受けられるサービスの数", "件", 4, 6, 8, 10),
    ("3", "マイナンバーカードの保有率", "％", 74.5, 80, 85, 90),
    ("4", "ＲＰＡによる削減時間（年間）", "時間", 900, 1500, 2200, 3000),
    ("6", "公開データセット数", "件", 12, None, 30, 45),
]  # fmt: skip


def suginosawa_xlsx() -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "取組一覧"
    _heading(sheet, "杉ノ沢市ＤＸ推進計画（令和７年度～令和９年度）　取組一覧")
    sheet["A3"] = "１　取組一覧"
    sheet["A3"].font = Font(name=FONT, size=12, bold=True)
    head = ["No.", "取組名", "概要", "担当課", "実施期間"]
    _header_row(sheet, head)
    row = 5
    for entry in _SUGINOSAWA:
        for column, value in enumerate(entry, start=1):
            _cell(sheet, row, column, value, CENTRE if column in (1, 5) else LEFT)
        row += 1
    sheet.cell(row, 1, "※実施期間は取組を実施する年度。")
    row += 4
    sheet.cell(row, 1, "２　成果指標")
    sheet.cell(row, 1).font = Font(name=FONT, size=12, bold=True)
    row += 1
    head = ["No.", "成果指標", "単位", "基準値（R5）", "R7目標", "R8目標", "R9目標"]
    for column, label in enumerate(head, start=1):
        _cell(sheet, row, column, label, CENTRE)
    _ruled(sheet, row, 1, len(head), HEAD_FILL)
    row += 1
    for entry in _SUGINOSAWA_KPI:
        for column, value in enumerate(entry, start=1):
            _cell(sheet, row, column, "－" if value is None else value, RIGHT if column > 3 else CENTRE if column != 2
                  else LEFT)  # fmt: skip
        row += 1
    sheet.cell(row, 1, "※No.は取組一覧のNo.に対応する。成果指標を設定していない取組がある。")
    _widths(sheet, [6.0, 30.0, 40.0, 22.0, 12.0, 10.0, 10.0])
    return save(book)


def _suginosawa() -> list[dict[str, Any]]:
    out = []
    for number, title, _, written, span in _SUGINOSAWA:
        found = []
        for _, _, _, base, *targets in (k for k in _SUGINOSAWA_KPI if k[0] == number):
            by_year = tuple((fy, t) for fy, t in zip(years(2025, 2027), targets, strict=True) if t is not None)
            found.append(kpi((2023, base), by_year[-1], by_year))
        first, _, last = span.partition("～")
        out.append(item(number, title, _offices(written), tuple(found), years(2018 + int(first[1:]), 2018 + int(last[1:]))))
    return out


# --- 水城市: year headers typed as numbers shown 「2025年度」, merged over 目標 | 実績, last year's columns hidden ----------

#: (No., 取組名, 担当課 as typed (◎ 主担当, ○ 関係課), 成果指標, 単位, 基準値（R5）, R6 目標 / 実績 (hidden), R7 目標 / 実績,
#:  R8 目標, R9 目標).
_MIZUKI: list[tuple[Any, ...]] = [
    (1, "電子申請の拡充", "◎総務課\n○住民課", "電子申請できる手続数", "手続", 30, (50, 54), (80, 86), 120, 160),
    (2, "窓口のキャッシュレス化", "◎会計課", "キャッシュレス決済に対応した窓口数", "窓口", 0, (3, 3), (6, "集計中"), 9, 12),
    (3, "ＲＰＡの活用", "◎企画課\n○総務課\n○税務課", "ＲＰＡによる削減時間（年間）", "時間", 400, (700, 640), (1000, 1210),
     1400, 1800),
    (4, "テレワークの推進", "◎総務課", "テレワークを実施した職員数（年間）", "人", 12, (20, 25), (30, None), 45, 60),
    (5, "デジタル活用支援", "◎生涯学習課\n○福祉課", "スマホ教室の参加者数（年間）", "人", 0, (40, 38), (80, 102), 120, 150),
]  # fmt: skip

_MZ_HEAD = ["No.", "取組名", "担当課\n（◎主担当　○関係課）", "成果指標", "単位", "基準値\n（R5）"]
_MZ_YEARS = [(2024, ("目標", "実績")), (2025, ("目標", "実績", "達成率")), (2026, ("目標",)), (2027, ("目標",))]


def mizuki_xlsx() -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "進捗管理表"
    _heading(sheet, "水城市ＤＸ推進計画（2024年度～2027年度）　成果指標の進捗")
    sheet["A2"] = "2025年度実績（2026年5月末現在）"
    for column, label in enumerate(_MZ_HEAD, start=1):
        _cell(sheet, 4, column, label, CENTRE)
        sheet.merge_cells(start_row=4, start_column=column, end_row=5, end_column=column)
    column = len(_MZ_HEAD) + 1
    places: dict[tuple[int, str], int] = {}
    for fy, parts in _MZ_YEARS:
        _cell(sheet, 4, column, fy, CENTRE)
        sheet.cell(4, column).number_format = '0"年度"'  # typed 2025, shown 「2025年度」
        if len(parts) > 1:
            sheet.merge_cells(start_row=4, start_column=column, end_row=4, end_column=column + len(parts) - 1)
        for offset, part in enumerate(parts):
            _cell(sheet, 5, column + offset, part, CENTRE)
            places[(fy, part)] = column + offset
        column += len(parts)
    last = column - 1
    _ruled(sheet, 4, 1, last, HEAD_FILL)
    _ruled(sheet, 5, 1, last, HEAD_FILL)
    cached: dict[str, Any] = {}
    for offset, (number, title, written, name, unit, base, past, now, r8, r9) in enumerate(_MIZUKI):
        row = 6 + offset
        for col, value in enumerate([number, title, written, name, unit, base], start=1):
            _cell(sheet, row, col, value, LEFT if col in (2, 3, 4) else CENTRE)
        values = {(2024, "目標"): past[0], (2024, "実績"): past[1], (2025, "目標"): now[0], (2025, "実績"): now[1],
                  (2026, "目標"): r8, (2027, "目標"): r9}  # fmt: skip
        for key, value in values.items():
            _cell(sheet, row, places[key], value, RIGHT)
        target, actual = (get_column_letter(places[(2025, part)]) for part in ("目標", "実績"))
        rate = get_column_letter(places[(2025, "達成率")])
        _cell(sheet, row, places[(2025, "達成率")], f"={actual}{row}/{target}{row}", RIGHT)
        sheet.cell(row, places[(2025, "達成率")]).number_format = "0.0%"
        cached[f"{rate}{row}"] = now[1] / now[0] if isinstance(now[1], int) else "#VALUE!" if now[1] else 0
        sheet.row_dimensions[row].height = 15 * written.count("\n") + 18
    for key in ((2024, "目標"), (2024, "実績")):
        sheet.column_dimensions[get_column_letter(places[key])].hidden = True  # last year's, kept out of sight
    sheet.cell(6 + len(_MIZUKI) + 1, 1, "※2024年度の列は非表示。実績「集計中」は6月末に確定予定。")
    _widths(sheet, [5.0, 22.0, 16.0, 30.0, 6.0, 9.0, 8.0, 8.0, 8.0, 8.0, 8.0, 8.0, 8.0])
    return _cached(save(book), 1, cached)


def _mizuki() -> list[dict[str, Any]]:
    out = []
    for number, title, written, _, _, base, _, now, r8, r9 in _MIZUKI:
        actuals = ((2025, now[1]),) if isinstance(now[1], int) else ()
        found = kpi((2023, base), (2027, r9), ((2025, now[0]), (2026, r8), (2027, r9)), actuals)
        lead = [line[1:] for line in written.split("\n") if line.startswith("◎")]
        out.append(item(str(number), title, lead, (found,)))
    return out


# --- 白瀬町: a 工程表 whose steps are words set 「選択範囲内で中央」 across the years they run -------------------------------

#: (No., 取組名, 担当課, [(step, first fy, last fy)]).
_SHIRASE: list[tuple[Any, ...]] = [
    ("1", "電子申請の拡充", "総務課", [("対象手続の選定", 2025, 2025), ("順次拡大", 2026, 2028)]),
    ("2", "書かない窓口の導入", "住民課", [("検討", 2025, 2025), ("システム導入", 2026, 2026), ("運用", 2027, 2028)]),
    ("3", "基幹業務システムの標準化", "総務課・税務課", [("移行作業", 2025, 2025), ("標準準拠システムで運用", 2026, 2028)]),
    ("4", "ＡＩ議事録の導入", "議会事務局", [("試行", 2026, 2026), ("本格導入", 2027, 2028)]),
    ("5", "公共施設予約のオンライン化", "生涯学習課", [("システム構築・運用開始", 2025, 2026)]),
    ("6", "防災情報の発信強化", "総務課", [("防災アプリの導入・運用", 2025, 2028)]),
]  # fmt: skip

_SR_YEARS = [2025, 2026, 2027, 2028]


def shirase_xlsx() -> bytes:
    from openpyxl.styles import Alignment

    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "工程表"
    _heading(sheet, "白瀬町デジタル化推進計画　工程表（令和７年度～令和10年度）")
    head = ["No.", "取組名", "担当課", *(f"令和{fy - 2018}年度" for fy in _SR_YEARS)]
    for column, label in enumerate(head, start=1):
        _cell(sheet, 3, column, label, CENTRE)
    _ruled(sheet, 3, 1, len(head), HEAD_FILL)
    across = Alignment(horizontal="centerContinuous", vertical="center")  # 「選択範囲内で中央」
    for offset, (number, title, written, steps) in enumerate(_SHIRASE):
        row = 4 + offset
        for column, value in enumerate([number, title, written], start=1):
            _cell(sheet, row, column, value, CENTRE if column == 1 else LEFT)
        for column in range(4, 4 + len(_SR_YEARS)):
            _cell(sheet, row, column, None, CENTRE)
        for step, first, last in steps:
            start = 4 + _SR_YEARS.index(first)
            sheet.cell(row, start).value = step
            for column in range(start, 4 + _SR_YEARS.index(last) + 1):
                sheet.cell(row, column).alignment = across  # the word shown across the years it runs
        sheet.row_dimensions[row].height = 24
    sheet.cell(4 + len(_SHIRASE) + 1, 1, "※各取組の実施内容は、実施する年度の欄に記載。")
    _widths(sheet, [5.0, 28.0, 16.0, 14.0, 14.0, 14.0, 14.0])
    return save(book)


def _shirase() -> list[dict[str, Any]]:
    return [
        item(number, title, _offices(written), (), tuple(fy for _, first, last in steps for fy in years(first, last)))
        for number, title, written, steps in _SHIRASE
    ]


# --- the batch ---------------------------------------------------------------------------------------------------

#: name → (municipality, the initiatives it states)
PLANS: dict[str, tuple[str, list[dict[str, Any]]]] = {
    HARUNA: ("榛名台市", _haruna()),
    KIRIGAOKA: ("霧ヶ丘町", _kirigaoka()),
    ASAKANO: ("朝霞野市", _asakano()),
    ASAKANO_RAW: ("朝霞野市", _asakano()),
    UNAZUKI: ("宇奈月村", _unazuki()),
    SUGINOSAWA: ("杉ノ沢市", _suginosawa()),
    MIZUKI: ("水城市", _mizuki()),
    SHIRASE: ("白瀬町", _shirase()),
}

#: A file uploaded as it is kept: what builds its bytes, and the file name it is uploaded under.
SHEETS: dict[str, tuple[Callable[[], bytes], str]] = {
    HARUNA: (haruna_xlsx, "榛名台市DX推進計画_取組一覧.xlsx"),
    KIRIGAOKA: (kirigaoka_xlsx, "R7進捗管理表（霧ヶ丘町）.xlsx"),
    ASAKANO: (asakano_xlsx, "朝霞野市DX推進計画_取組管理表.xlsx"),
    ASAKANO_RAW: (asakano_raw_xlsx, "朝霞野市DX推進計画_取組管理表_出力.xlsx"),
    UNAZUKI: (unazuki_csv, "宇奈月村_取組一覧.csv"),
    SUGINOSAWA: (suginosawa_xlsx, "杉ノ沢市DX推進計画_取組一覧.xlsx"),
    MIZUKI: (mizuki_xlsx, "2025年度_成果指標進捗（水城市）.xlsx"),
    SHIRASE: (shirase_xlsx, "白瀬町デジタル化推進計画_工程表.xlsx"),
}

#: The plan period each document states (fiscal years).
PERIODS: dict[str, tuple[int, int]] = {
    HARUNA: (2025, 2028),
    KIRIGAOKA: (2025, 2028),
    ASAKANO: (2025, 2028),
    ASAKANO_RAW: (2025, 2028),
    UNAZUKI: (2025, 2028),
    SUGINOSAWA: (2025, 2027),
    MIZUKI: (2024, 2027),
    SHIRASE: (2025, 2028),
}

_, sheet, pdf, expected = batch_documents(PLANS, sheets=SHEETS)
