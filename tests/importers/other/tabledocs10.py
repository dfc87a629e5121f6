"""A tenth batch of table-shaped plans no reader was written against: Excel workbooks and CSV files as the
staff of a municipality fill them in, eight documents in shapes the batches before do not have, written
without looking at the readers:

- 青嵐市: a 進捗管理 workbook with one sheet per 課 — a 表紙 sheet first, then 「デジタル推進課」「市民課」
  「税務課」「子育て支援課」「教育総務課」 with the same columns (番号 / 取組名 / 指標名 / 単位 / 基準値（R5） /
  R6目標 / R6実績 / 達成率 / 最終目標（R9） / 自己評価 / 課題), the 課 only in the sheet's name or also in a
  cell above the table (「担当課：市民課」, 「所属　こども未来部　子育て支援課」), 達成率 a formula
  =IFERROR(実績/目標,"") with the value Excel cached, a second indicator on the next row with 番号 and 取組名
  left empty (merged down on one sheet), and a 「集計」 sheet of COUNTIF formulas at the end;
- 鶴見野町: a KPI sheet whose header spans three rows — 分類 (「取組」「成果指標」「目標・実績」 merged across),
  年度 (「令和6年度」… merged over two columns) and 目標 / 実績 — the single columns merged down the three
  rows, 基本方針 rows across the table, some figures typed as text in full-width digits (「２，３１０」
  「４８．２」), an actual not yet counted 「集計中」;
- 楓台市: a 取組一覧 with a 実施期間 typed as two real Excel dates with a 「〜」 cell between them
  (2025/4/1 〜 2026/3/31) under one merged header, a hidden column 「旧目標値」 (the target before the
  revision), and two rows hidden by hand (no filter): 取組 that were dropped (「廃止（1-1に統合）」) or ended;
- 葦原市: a 工程表 by month — 「令和7年度」「令和8年度」 merged over twelve month cells each, the months real
  dates shown 「4月」, the months of each 取組 shaded with the phase written in the first shaded cell, the
  indicator and its figures to the right, the note 「※網掛けは実施期間」 below;
- 浅葱村: a ロードマップ, 取組 in rows and the years R7…R11 across marked 「○」「実施」「継続」 or 「―」, the
  indicator with 現状値 / R7実績 / 目標値 to the right and a 達成率 formula — the workbook written by a tool
  (openpyxl), so no formula has a cached value;
- 汐見台市: a CSV exported from a kintone app — Shift_JIS, CRLF, a first row of field codes
  (「torikumi_no」「kpi_name」「mokuhyo_r7」…) and a second of the Japanese labels, one record a KPI (a 取組
  of two KPI is two records), 担当課 a multi-select field exported as lines in one quoted cell, 基準年度
  「2024」 or 「令和6年度」, an actual left empty;
- 朱鷺野町: a sheet with a title block (計画期間 / 担当 / 更新), the 取組 table on the left with ※ notes under
  it, and a second table 「２　予算（単位：千円）」 to its right on the same sheet (its own 事業名, not every
  取組, the amounts typed as text 「１，２００千円」);
- 若葉野市: shinchoku's own template (``samples/templates/plan-template.xlsx``) filled in — the R6 columns
  deleted for a plan R7–R10, columns of their own inserted (「担当者」「内線」 after 担当課, 「進捗率(%)」
  after the 実績, 「財源」 after the 予算, 「備考（課内メモ）」 last) and 「担当課」 renamed 「主管課」.

The municipalities are invented. ``PLANS[name]`` is (municipality, file name, document builder, expected
initiatives); the expected plans state what each document states, by the conventions of the batches before
(``tabledocs3.kpi``, ``tabledocs9``): a figure column headed with its year is that year's target, and the
plan's last year's target (or a 「最終目標（R9）」「目標値（R10）」 column) the final one; a 実績 column its
year's actual; a 達成率 / 進捗率 / 評価 no figure of an indicator; 「－」「集計中」 or an empty cell no value;
「、」「・」 or a line break between two 課 make two. Each document's own rules:

- a sheet per 課: each 取組 on a sheet is that 課's (the name of the sheet, or the cell above the table;
  「こども未来部　子育て支援課」 is 子育て支援課);
- a 実施期間 of two dates: every fiscal year from the one the start falls in to the one the end falls in
  (April to March); a month 工程表: each fiscal year with a shaded month (the year, not its halves); a
  ロードマップ: each year marked 「○」「実施」「継続」, not 「―」;
- a hidden column is not read (the old target is no target); rows hidden by hand ARE read: hiding a row
  is not deleting it (the office hides ended 取組 to shorten the printout, and the row itself says 「廃止」 or
  「終了」) — a user importing the workbook expects every 取組 it holds, as the docs say of hidden rows;
- a budget table beside the 取組 table: each amount is its 取組's (joined by No) for that year, in 千円.

``document(name)`` is (bytes, file name) as uploaded, ``expected(name)`` the plan it states.
"""

from __future__ import annotations

import csv
import datetime
import io
import unicodedata
from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.styles import Alignment, PatternFill
from openpyxl.utils import get_column_letter

from ..unseen_harness import Sheets, fiscal_year, new_book, save, stated, uploaded
from .tabledocs3 import item, kpi
from .tabledocs7 import _with_cached_values

_TEMPLATE = Path(__file__).resolve().parents[3] / "samples" / "templates" / "plan-template.xlsx"


_WIDE = str.maketrans("0123456789,.", "０１２３４５６７８９，．")


def _wide(value: float) -> str:
    """A figure as typed with the IME in full-width mode: 2310 → 「２，３１０」, 48.2 → 「４８．２」."""
    text = f"{int(value):,}" if float(value).is_integer() else f"{value:,.1f}"
    return text.translate(_WIDE)


# --- 青嵐市: a 進捗管理 workbook, one sheet per 課 -------------------------------------------------------------

#: sheet → (the cell above the table or None, merged, [(番号, 取組名, [(指標名, 単位, 基準値, R6目標, R6実績, 最終目標,
#: 評価)], 課題)])
_SEIRAN: list[tuple[str, str | None, bool, list[tuple[str, str, list[tuple[Any, ...]], str]]]] = [
    ("デジタル推進課", None, False, [
        ("1-1", "行政手続のオンライン化", [
            ("オンライン申請できる手続数", "手続", 80, 120, 134, 250, "A"),
            ("オンライン申請の利用率", "%", 12.5, 20, 18.2, 40, "B")],
         "税・福祉の手続のオンライン化が遅れている。"),
        ("1-2", "生成AIの業務活用", [("生成AIを利用した職員数", "人", 0, 150, 212, 500, "A")],
         "利用の多い課と少ない課の差が大きい。"),
        ("2-1", "基幹業務システムの標準化", [("標準準拠システムへ移行した業務数", "業務", 0, 10, 8, 20, "C")],
         "事業者の作業の遅れで2業務がR7にずれ込んだ。"),
        ("2-2", "庁内ネットワークの無線化", [("無線LANを整備した庁舎数", "か所", 1, 3, 3, 6, "A")], ""),
    ]),
    ("市民課", "担当課：市民課", False, [
        ("1-3", "書かない窓口の導入", [("窓口支援システムで受け付けた手続数", "手続", 0, 15, 17, 40, "A")],
         "支所への展開が課題。"),
        ("1-4", "マイナンバーカードの利活用", [("証明書のコンビニ交付の利用率", "%", 21.0, 28, 26.4, 40, "B")],
         "周知を続ける。"),
        ("1-5", "窓口のキャッシュレス決済", [("キャッシュレス決済の件数", "件", 1200, 3000, 3480, 8000, "A")], ""),
    ]),
    ("税務課", None, True, [
        ("1-6", "税の電子申告・電子納付", [
            ("eLTAXによる電子申告の割合", "%", 55.0, 65, 67.8, 80, "A"),
            ("スマホ決済による納付件数", "件", 8200, 12000, 11350, 20000, "B")],
         "固定資産税の納付でスマホ決済の利用が少ない。"),
        ("1-8", "軽自動車税の申告のオンライン化", [("オンラインで受け付けた申告の割合", "%", 0, 10, 6.5, 50, "C")],
         "販売店への周知が足りない。"),
    ]),
    ("子育て支援課", "所属　こども未来部　子育て支援課", False, [
        ("1-7", "子育て手続のオンライン化", [
            ("オンラインで受け付けた保育所入所申込の割合", "%", 0, 30, 41.5, 80, "A")], ""),
        ("3-1", "母子健康手帳アプリの導入", [("アプリの登録者数", "人", 0, 600, 540, 2000, "B")],
         "転入者への案内を強める。"),
    ]),
    ("教育総務課", None, False, [
        ("3-2", "GIGAスクール端末の更新", [("更新した端末の台数", "台", 0, 2400, 2400, 4800, "A")], ""),
        ("3-3", "校務の情報化", [
            ("校務支援システムを使う学校の割合", "%", 40, 70, 75, 100, "A"),
            ("教員の時間外勤務の時間（月平均）", "時間", 42.5, 38, 39.1, 30, "B")],
         "時間外勤務の縮減は働き方改革と合わせて進める。"),
    ]),
]  # fmt: skip

SEIRAN_TITLE = "青嵐市DX推進計画（令和6年度～令和9年度）　令和6年度 進捗管理表"
SEIRAN_HEADER = [
    "番号",
    "取組名",
    "指標名",
    "単位",
    "基準値（R5）",
    "R6目標",
    "R6実績",
    "達成率",
    "最終目標（R9）",
    "自己評価",
    "課題・次年度の方向性",
]


def seiran_xlsx() -> bytes:
    """「表紙」, one sheet per 課 (rows 1–2: 「令和6年度 進捗管理シート」 and the 課's cell or nothing, the header
    in row 4), then 「集計」; every formula with the value Excel cached."""
    book, cover = new_book("表紙")
    cover.append([SEIRAN_TITLE])
    cover.append([])
    cover.append(["各課のシートに令和6年度の実績と自己評価を入力してください。"])
    cover.append(["提出期限：令和7年4月30日（水）　提出先：デジタル推進課"])
    cover.append(["自己評価　A：目標を達成　B：概ね達成（80%以上）　C：未達成　D：評価できない"])
    cached: list[dict[str, float]] = [{}]
    grades: list[str] = []
    for name, above, merged, rows in _SEIRAN:
        sheet = book.create_sheet(name)
        sheet.append(["令和6年度 進捗管理シート"])
        sheet.append([above] if above else [])
        sheet.append([])
        sheet.append(SEIRAN_HEADER)
        values: dict[str, float] = {}
        for code, title, indicators, issues in rows:
            top = sheet.max_row + 1
            for index, (kpi_name, unit, base, target, actual, final, grade) in enumerate(indicators):
                line = sheet.max_row + 1
                head = [code, title] if index == 0 else [None, None]
                sheet.append(
                    [
                        *head,
                        kpi_name,
                        unit,
                        base,
                        target,
                        actual,
                        f'=IFERROR(G{line}/F{line},"")',
                        final,
                        grade,
                        issues if index == 0 else None,
                    ]
                )
                values[f"H{line}"] = round(actual / target, 4)
                sheet.cell(line, 8).number_format = "0.0%"
                for column in (5, 6, 7, 9):
                    sheet.cell(line, column).number_format = (
                        "#,##0.0" if isinstance(sheet.cell(line, column).value, float) else "#,##0"
                    )
                grades.append(grade)
            if merged and len(indicators) > 1:
                for letter in "ABK":
                    sheet.merge_cells(f"{letter}{top}:{letter}{sheet.max_row}")
        sheet.column_dimensions["B"].width = 30
        sheet.column_dimensions["C"].width = 36
        sheet.column_dimensions["K"].width = 40
        cached.append(values)
    summary = book.create_sheet("集計")
    summary.append(["自己評価の集計"])
    summary.append(["評価", "件数"])
    totals: dict[str, float] = {}
    for grade in "ABCD":
        line = summary.max_row + 1
        counts = "+".join(f"COUNTIF('{n}'!J:J,\"{grade}\")" for n, *_ in _SEIRAN)
        summary.append([grade, f"={counts}"])
        totals[f"B{line}"] = grades.count(grade)
    line = summary.max_row + 1
    summary.append(["計", f"=SUM(B3:B{line - 1})"])
    totals[f"B{line}"] = len(grades)
    cached.append(totals)
    data = save(book)
    for index, values in enumerate(cached, start=1):
        if values:
            data = _with_cached_values(data, index, values)
    return data


def _seiran_department(sheet: str, above: str | None) -> str:
    return sheet if above is None else above.replace("：", "　").split("　")[-1]


def _seiran() -> list[dict[str, Any]]:
    items = []
    for sheet, above, _, rows in _SEIRAN:
        for code, title, indicators, _ in rows:
            items.append(
                item(
                    code,
                    title,
                    [_seiran_department(sheet, above)],
                    [
                        kpi((2023, base), (2027, final), targets=((2024, target),), actuals=((2024, actual),))
                        for _, _, base, target, actual, final, _ in indicators
                    ],
                )
            )
    return items


# --- 鶴見野町: a header three rows deep (分類 / 年度 / 目標・実績) -------------------------------------------------

#: 基本方針 → (No., 取組名, 担当課, [(指標名, 単位, 基準値 R5, (R6目標, R6実績), (R7目標, R7実績 or None 「集計中」),
#: R8目標, typed in full-width)])
_TSURUMINO: list[tuple[str, list[tuple[int, str, str, list[tuple[Any, ...]]]]]] = [
    ("基本方針１　町民サービスのデジタル化", [
        (1, "電子申請の拡充", "住民課", [
            ("電子申請できる手続数", "手続", 25, (40, 46), (60, 63), 80, False),
            ("電子申請の利用件数", "件", 1300, (2000, 2210), (3000, 3350), 4000, True)]),
        (2, "キャッシュレス決済の導入", "会計室", [("キャッシュレス対応の窓口数", "窓口", 0, (4, 4), (8, 7), 10, False)]),
        (3, "おくやみ窓口の設置", "住民課", [("ワンストップで受け付けた件数", "件", 0, (60, 72), (80, 85), 100, False)]),
        (4, "防災情報のメール配信", "総務課", [("配信サービスの登録者数", "人", 1850, (2200, 2310), (2600, 2580), 3000, True)]),  # noqa: E501
    ]),
    ("基本方針２　役場のデジタル化", [
        (5, "ペーパーレス会議の導入", "総務課", [
            ("会議資料の印刷枚数", "枚", 180000, (150000, 142000), (120000, 115500), 100000, False)]),
        (6, "RPAの導入", "企画財政課", [("RPAで削減した作業時間", "時間", 0, (300, 355), (600, None), 800, False)]),
        (7, "職員のテレワーク", "総務課", [("テレワークを実施した職員数", "人", 12, (30, 28), (45, 51), 60, True)]),
    ]),
    ("基本方針３　地域のデジタル化", [
        (8, "スマホ相談会の開催", "福祉課、社会教育課", [("相談会の参加者数（延べ）", "人", 45, (80, 96), (120, 131), 150, False)]),  # noqa: E501
        (9, "農業のスマート化", "農林振興課", [("ドローンで防除した面積", "ha", 35.5, (50, 48.2), (70, 66.5), 90, True)]),  # noqa: E501
        (10, "観光情報のデジタル発信", "商工観光課", [("観光SNSのフォロワー数", "人", 3200, (4500, 5120), (6000, 6890), 7500, False)]),  # noqa: E501
    ]),
]  # fmt: skip

TSURUMINO_TITLE = "鶴見野町DX推進計画　成果指標の目標と実績（令和6年度～令和8年度）"


def tsurumino_xlsx() -> bytes:
    """Sheet 「成果指標」: the title, 「令和8年5月末現在」 at the right, the header over rows 3–5 (分類 / 年度 / 目標・
    実績, merged), a 基本方針 row merged across before its 取組, 備考 last."""
    book, sheet = new_book("成果指標")
    sheet.append([TSURUMINO_TITLE])
    sheet.append([None] * 11 + ["令和8年5月末現在"])
    sheet.append(["取組", None, None, "成果指標", None, None, "目標・実績", *[None] * 5, "備考"])
    sheet.append(
        ["No.", "取組名", "担当課", "指標名", "単位", "基準値（R5）", "令和6年度", None, "令和7年度", None]
        + ["令和8年度", None, None]
    )
    sheet.append([None] * 6 + ["目標", "実績"] * 3 + [None])
    for cells in ("A3:C3", "D3:F3", "G3:L3", "M3:M5", "G4:H4", "I4:J4", "K4:L4"):
        sheet.merge_cells(cells)
    for column in "ABCDEF":
        sheet.merge_cells(f"{column}4:{column}5")
    for row in sheet.iter_rows(min_row=3, max_row=5):
        for cell in row:
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for goal, rows in _TSURUMINO:
        sheet.append([goal])
        sheet.merge_cells(f"A{sheet.max_row}:M{sheet.max_row}")
        for number, title, departments, indicators in rows:
            top = sheet.max_row + 1
            for index, (name, unit, base, (t6, a6), (t7, a7), t8, wide) in enumerate(indicators):
                figures: list[Any] = [base, t6, a6, t7, "集計中" if a7 is None else a7, t8]
                if wide:
                    figures = [_wide(f) if not isinstance(f, str) else f for f in figures]
                head = [number, title, departments] if index == 0 else [None, None, None]
                note = "R7実績は5月末に確定" if a7 is None else None
                sheet.append([*head, name, unit, *figures[:1], *figures[1:], note])
                for cell in sheet[sheet.max_row][5:12]:
                    if not isinstance(cell.value, str):
                        cell.number_format = "#,##0.0" if isinstance(cell.value, float) else "#,##0"
            if len(indicators) > 1:
                for column in "ABC":
                    sheet.merge_cells(f"{column}{top}:{column}{sheet.max_row}")
    for column, width in zip("BCD", (26, 18, 30), strict=True):
        sheet.column_dimensions[column].width = width
    return save(book)


def _tsurumino() -> list[dict[str, Any]]:
    return [
        item(
            str(number),
            title,
            departments.split("、"),
            [
                kpi(
                    (2023, base),
                    (2026, t8),
                    targets=((2024, t6), (2025, t7), (2026, t8)),
                    actuals=((2024, a6),) + (((2025, a7),) if a7 is not None else ()),
                )
                for _, _, base, (t6, a6), (t7, a7), t8, _ in indicators
            ],
        )
        for _, rows in _TSURUMINO
        for number, title, departments, indicators in rows
    ]


# --- 楓台市: 実施期間 as two dates, a hidden column, rows hidden by hand -----------------------------------------

_D = datetime.date
#: 番号, 取組名, 担当課, 開始, 終了, 成果指標, 単位, 現状値（R6）, 目標値（R10）, 旧目標値 (hidden), 状況, hidden
_KAEDEDAI: list[tuple[str, str, str, _D, _D, str, str, float, float, Any, str, bool]] = [
    ("1-1", "電子申請の推進", "情報政策課", _D(2025, 4, 1), _D(2029, 3, 31), "電子申請の利用率", "%", 22.4, 60, 50, "実施中", False),  # noqa: E501
    ("1-2", "窓口のキャッシュレス化", "会計課・市民課", _D(2025, 4, 1), _D(2026, 3, 31), "キャッシュレス対応窓口の割合", "%", 30, 100, 80, "実施中", False),  # noqa: E501
    ("1-3", "オンライン相談の導入", "福祉総務課", _D(2025, 10, 1), _D(2027, 3, 31), "オンライン相談の件数", "件", 0, 240, 120, "準備中", False),  # noqa: E501
    ("1-4", "電子申請の周知", "広報課", _D(2025, 4, 1), _D(2026, 3, 31), "広報紙・SNSでの周知回数", "回", 4, 12, 12, "廃止（1-1に統合）", True),  # noqa: E501
    ("2-1", "基幹業務システムの標準化", "情報政策課", _D(2024, 4, 1), _D(2026, 3, 31), "標準準拠システムへ移行した業務数", "業務", 3, 20, 20, "実施中", False),  # noqa: E501
    ("2-2", "文書管理システムの導入", "総務課", _D(2026, 4, 1), _D(2028, 3, 31), "電子決裁率", "%", 0, 90, 70, "未着手", False),  # noqa: E501
    ("2-3", "AI議事録作成の導入", "総務課", _D(2025, 4, 1), _D(2025, 9, 30), "議事録の作成時間の削減率", "%", 0, 50, "－", "完了", False),  # noqa: E501
    ("2-4", "RPAの試行", "行政経営課", _D(2025, 4, 1), _D(2026, 3, 31), "RPAで処理する業務数", "業務", 5, 15, 10, "R7で終了", True),  # noqa: E501
    ("2-5", "職員のICT研修", "人事課", _D(2025, 4, 1), _D(2029, 3, 31), "ICT研修の受講者数（延べ）", "人", 150, 800, 600, "実施中", False),  # noqa: E501
    ("3-1", "高齢者のスマホ講座", "高齢福祉課", _D(2025, 6, 1), _D(2029, 3, 31), "スマホ講座の受講者数（延べ）", "人", 90, 600, 400, "実施中", False),  # noqa: E501
    ("3-2", "公共施設のWi-Fi整備", "企画課", _D(2026, 4, 1), _D(2027, 3, 31), "Wi-Fiを整備した施設数", "か所", 8, 20, 15, "未着手", False),  # noqa: E501
    ("3-3", "オープンデータの公開", "情報政策課", _D(2025, 4, 1), _D(2029, 3, 31), "公開データセット数", "件", 35, 100, 80, "実施中", False),  # noqa: E501
]  # fmt: skip

KAEDEDAI_HEADER = [
    "番号",
    "取組名",
    "担当課",
    "実施期間",
    None,
    None,
    "成果指標",
    "単位",
    "現状値（R6）",
    "目標値（R10）",
    "旧目標値",
    "状況",
]


def kaededai_xlsx() -> bytes:
    """Sheet 「取組一覧」: the title, an empty row, the header (「実施期間」 merged over D:F), each 取組 with its
    開始 in D and 終了 in F as dates shown yyyy/m/d and 「〜」 in E; column K (旧目標値) hidden; the rows of
    1-4 and 2-4 hidden by hand, no filter."""
    book, sheet = new_book("取組一覧")
    sheet.append(["楓台市DX推進アクションプラン（令和7年度～令和10年度）　取組一覧"])
    sheet.append([])
    sheet.append(KAEDEDAI_HEADER)
    sheet.merge_cells("D3:F3")
    for code, title, dept, start, end, name, unit, base, target, old, state, hidden in _KAEDEDAI:
        sheet.append([code, title, dept, start, "〜", end, name, unit, base, target, old, state])
        line = sheet.max_row
        for column in (4, 6):
            sheet.cell(line, column).number_format = "yyyy/m/d"
        sheet.cell(line, 5).alignment = Alignment(horizontal="center")
        if hidden:
            sheet.row_dimensions[line].hidden = True
    sheet.column_dimensions["K"].hidden = True
    for letter, width in zip("BCDEFG", (28, 18, 11, 3, 11, 34), strict=True):
        sheet.column_dimensions[letter].width = width
    return save(book)


def _kaededai() -> list[dict[str, Any]]:
    return [
        item(
            code,
            title,
            dept.split("・"),
            [kpi((2024, base), (2028, target))],
            tuple(range(fiscal_year(start), fiscal_year(end) + 1)),
        )
        for code, title, dept, start, end, _, _, base, target, *_ in _KAEDEDAI
    ]


# --- 葦原市: a 工程表 by month, the months real dates, the months shaded ------------------------------------------

#: No., 取組名, 担当課, [(first month, last month, label)] (0 = 2025年4月 … 23 = 2027年3月), 指標, 単位, 現状値, 目標値
_ASHIHARA: list[tuple[int, str, str, list[tuple[int, int, str]], str, str, float, float]] = [
    (1, "電子申請システムの更新", "情報政策課", [(0, 5, "仕様検討"), (6, 11, "構築"), (12, 23, "運用")], "電子申請の件数", "件", 4200, 9000),  # noqa: E501
    (2, "窓口予約システムの導入", "市民課", [(3, 8, "選定"), (9, 11, "導入")], "窓口予約の件数", "件", 0, 1500),
    (3, "公共施設予約のオンライン化", "生涯学習課", [(6, 11, "調整"), (12, 17, "構築"), (18, 23, "運用")], "オンラインで予約された割合", "%", 0, 60),  # noqa: E501
    (4, "ペーパーレス会議の導入", "総務課", [(0, 2, "試行"), (3, 23, "本格実施")], "タブレットで行った会議の割合", "%", 15, 80),  # noqa: E501
    (5, "RPAの拡大", "行政改革課", [(12, 14, "対象業務の選定"), (15, 23, "開発・運用")], "RPA化した業務数", "業務", 12, 30),  # noqa: E501
    (6, "基幹業務システムの標準化", "情報政策課", [(0, 11, "移行作業"), (12, 12, "移行")], "移行した業務数", "業務", 2, 20),  # noqa: E501
    (7, "テレワーク環境の整備", "人事課", [(8, 11, "検討")], "テレワークを実施した職員数", "人", 20, 100),
    (8, "防災アプリの導入", "危機管理課", [(4, 7, "開発"), (8, 23, "運用・周知")], "防災アプリの登録者数", "人", 0, 5000),  # noqa: E501
    (9, "子育てアプリの機能追加", "子ども家庭課", [(14, 19, "機能追加")], "子育てアプリの利用者数", "人", 2800, 6000),  # noqa: E501
    (10, "スマホ教室の開催", "長寿介護課", [(5, 5, ""), (10, 10, ""), (17, 17, ""), (22, 22, "")], "スマホ教室の受講者数", "人", 120, 400),  # noqa: E501
]  # fmt: skip

_SHADE = PatternFill(fill_type="solid", start_color="FFBDD7EE", end_color="FFBDD7EE")


def ashihara_xlsx() -> bytes:
    """Sheet 「工程表」: the title, an empty row, the header over rows 3–4 (No. / 取組名 / 担当課 and the indicator's
    columns merged down; 「令和7年度」「令和8年度」 merged over their months, the months dates 2025/4/1 …
    2027/3/1 shown 「4月」), each 取組's months shaded and the phase in the first of them, the note below."""
    book, sheet = new_book("工程表")
    sheet.append(["葦原市DX推進実施計画　工程表（令和7年度・令和8年度）"])
    sheet.append([])
    months = [datetime.date(2025 + (3 + m) // 12, (3 + m) % 12 + 1, 1) for m in range(24)]
    sheet.append(["No.", "取組名", "担当課", "令和7年度", *[None] * 11, "令和8年度", *[None] * 11])
    sheet.cell(3, 28).value = "指標"
    sheet.cell(3, 29).value = "単位"
    sheet.cell(3, 30).value = "現状値（R6）"
    sheet.cell(3, 31).value = "目標値（R8）"
    sheet.append([None, None, None, *months])
    for index in range(24):
        cell = sheet.cell(4, 4 + index)
        cell.number_format = 'm"月"'
        cell.alignment = Alignment(horizontal="center")
        sheet.column_dimensions[get_column_letter(4 + index)].width = 5
    sheet.merge_cells("D3:O3")
    sheet.merge_cells("P3:AA3")
    for column in (1, 2, 3, 28, 29, 30, 31):
        letter = get_column_letter(column)
        sheet.merge_cells(f"{letter}3:{letter}4")
    for number, title, dept, runs, name, unit, base, target in _ASHIHARA:
        sheet.append([number, title, dept])
        line = sheet.max_row
        for first, last, label in runs:
            for month in range(first, last + 1):
                sheet.cell(line, 4 + month).fill = _SHADE
            if label:
                sheet.cell(line, 4 + first).value = label
        for column, value in zip((28, 29, 30, 31), (name, unit, base, target), strict=True):
            sheet.cell(line, column).value = value
    sheet.append([])
    sheet.append(["※網掛けは実施期間。各年度の事業費は予算編成の中で決定する。"])
    sheet.column_dimensions["B"].width = 28
    sheet.column_dimensions["C"].width = 14
    sheet.column_dimensions["AB"].width = 28
    return save(book)


def _ashihara() -> list[dict[str, Any]]:
    return [
        item(
            str(number),
            title,
            [dept],
            [kpi((2024, base), (2026, target))],
            tuple(
                sorted({2025 + month // 12 for first, last, _ in runs for month in range(first, last + 1)})
            ),
        )
        for number, title, dept, runs, _, _, base, target in _ASHIHARA
    ]


# --- 浅葱村: a ロードマップ, years across marked ○ / 実施, formulas without cached values ---------------------------

#: No., 取組, 担当課, R7…R11 marks, 指標, 単位, 現状値（R6）, R7実績 (「－」 not yet), 目標値（R11）
_ASAGI: list[tuple[int, str, str, list[str], str, str, float, Any, float]] = [
    (1, "電子申請の導入", "総務課", ["○", "実施", "実施", "継続", "継続"], "電子申請できる手続数", "件", 0, 12, 50),
    (2, "村税のコンビニ納付", "税務課", ["実施", "継続", "継続", "継続", "継続"], "コンビニで納付された割合", "%", 18, 24.5, 40),  # noqa: E501
    (3, "おくやみコーナーの設置", "住民課", ["○", "実施", "継続", "継続", "継続"], "おくやみコーナーの利用件数", "件", 0, "－", 60),  # noqa: E501
    (4, "村ホームページの刷新", "総務課", ["○", "実施", "―", "―", "―"], "ホームページの月間閲覧数", "件", 8000, 8900, 15000),  # noqa: E501
    (5, "GIGAスクール端末の更新", "教育委員会", ["―", "○", "実施", "―", "―"], "更新した端末の台数", "台", 0, 0, 180),
    (6, "デマンド交通の予約アプリ", "企画課", ["○", "○", "実施", "継続", "継続"], "アプリで予約された割合", "%", 0, "－", 50),  # noqa: E501
    (7, "スマート農業の推進", "産業建設課", ["実施", "実施", "実施", "実施", "実施"], "ドローンで散布した面積", "ha", 20, 26.5, 80),  # noqa: E501
    (8, "高齢者見守りセンサーの設置", "保健福祉課", ["", "○", "実施", "継続", "継続"], "センサーを設置した世帯数", "世帯", 0, "－", 100),  # noqa: E501
    (9, "防災行政無線のデジタル化", "総務課", ["実施", "実施", "―", "", ""], "戸別受信機の設置率", "%", 35, 62, 100),
    (10, "村公式LINEの活用", "総務課", ["実施", "継続", "継続", "継続", "継続"], "LINEの友だち登録者数", "人", 650, 910, 2000),  # noqa: E501
]  # fmt: skip


def asagi_xlsx() -> bytes:
    """Sheet 「ロードマップ」: the title, the legend, the header, one row a 取組; 達成率 =IFERROR(K/M,"－") —
    written by openpyxl, so with no cached value."""
    book, sheet = new_book("ロードマップ")
    sheet.append(["浅葱村デジタル推進計画　ロードマップ（令和7年度～令和11年度）"])
    sheet.append(["凡例　○：検討・準備　実施：実施　継続：継続して実施　―：実施なし"])
    sheet.append(
        ["No.", "取組", "担当課", "R7", "R8", "R9", "R10", "R11"]
        + ["指標", "単位", "現状値（R6）", "R7実績", "目標値（R11）", "達成率"]
    )
    for number, title, dept, marks, name, unit, base, actual, target in _ASAGI:
        line = sheet.max_row + 1
        sheet.append(
            [number, title, dept, *[m or None for m in marks], name, unit, base, actual, target]
            + [f'=IFERROR(L{line}/M{line},"－")']
        )
        sheet.cell(line, 14).number_format = "0.0%"
        for cell in sheet[line][3:8]:
            cell.alignment = Alignment(horizontal="center")
    sheet.column_dimensions["B"].width = 28
    sheet.column_dimensions["I"].width = 28
    return save(book)


def _asagi() -> list[dict[str, Any]]:
    return [
        item(
            str(number),
            title,
            [dept],
            [
                kpi(
                    (2024, base),
                    (2029, target),
                    actuals=((2025, actual),) if not isinstance(actual, str) else (),
                )
            ],
            tuple(2025 + index for index, mark in enumerate(marks) if mark not in ("", "―")),
        )
        for number, title, dept, marks, _, _, base, actual, target in _ASAGI
    ]


# --- 汐見台市: a kintone export, field codes and Japanese labels ---------------------------------------------------

SHIOMIDAI_CODES = [
    "rec_no",
    "torikumi_no",
    "torikumi_name",
    "tantou_ka",
    "kpi_name",
    "tani",
    "kijun_chi",
    "kijun_nendo",
    "mokuhyo_r7",
    "mokuhyo_r8",
    "mokuhyo_r9",
    "jisseki_r7",
    "hyoka",
    "koushin_sha",
    "koushin_nichiji",
]
SHIOMIDAI_LABELS = [
    "レコード番号",
    "取組番号",
    "取組名",
    "担当課",
    "指標名",
    "単位",
    "基準値",
    "基準年度",
    "目標値（R7）",
    "目標値（R8）",
    "目標値（R9）",
    "実績値（R7）",
    "評価",
    "更新者",
    "更新日時",
]
#: 取組番号, 取組名, 担当課 (lines), 指標名, 単位, 基準値, 基準年度, 目標 R7 R8 R9, 実績 R7 (「」 not yet), 評価
_SHIOMIDAI: list[tuple[str, str, list[str], str, str, str, str, tuple[str, str, str], str, str]] = [
    ("A-01", "電子申請サービスの拡充", ["デジタル推進課"], "オンラインで申請できる手続数", "手続", "150", "2024", ("200", "260", "320"), "214", "A"),  # noqa: E501
    ("A-01", "電子申請サービスの拡充", ["デジタル推進課"], "電子申請の利用件数", "件", "21000", "2024", ("26000", "31000", "36000"), "25100", "B"),  # noqa: E501
    ("A-02", "書かない窓口の導入", ["市民課", "デジタル推進課"], "窓口支援システムで受け付けた手続数", "手続", "0", "令和6年度", ("12", "24", "36"), "14", "A"),  # noqa: E501
    ("A-03", "マイナンバーカードの利活用", ["市民課"], "コンビニ交付率", "%", "24.1", "2024", ("30", "35", "40"), "29.6", "B"),  # noqa: E501
    ("A-04", "キャッシュレス決済の拡大", ["会計課", "市民課", "税務課"], "キャッシュレス対応窓口数", "窓口", "5", "2024", ("12", "18", "24"), "12", "A"),  # noqa: E501
    ("B-01", "基幹業務システムの標準化", ["デジタル推進課"], "標準準拠システムへ移行した業務数", "業務", "0", "2024", ("20", "20", "20"), "17", "C"),  # noqa: E501
    ("B-02", "ガバメントクラウドへの移行", ["デジタル推進課"], "移行したシステム数", "システム", "0", "令和6年度", ("5", "8", "8"), "5", "A"),  # noqa: E501
    ("B-03", "生成AIの活用", ["行政改革課"], "生成AIを利用した職員の割合", "%", "10", "2024", ("40", "60", "80"), "52.3", "A"),  # noqa: E501
    ("B-04", "電子契約の導入", ["契約管財課"], "電子契約の件数", "件", "0", "2024", ("100", "250", "400"), "", ""),  # noqa: E501
    ("C-01", "デジタル活用支援", ["高齢者支援課"], "スマホ講座の受講者数", "人", "420", "2024", ("600", "800", "1000"), "655", "A"),  # noqa: E501
    ("C-01", "デジタル活用支援", ["高齢者支援課"], "デジタル活用支援員の人数", "人", "6", "2024", ("10", "14", "18"), "9", "B"),  # noqa: E501
    ("C-02", "地域ポイントアプリの導入", ["商工振興課"], "アプリの登録者数", "人", "0", "2024", ("5000", "12000", "20000"), "7340", "A"),  # noqa: E501
    ("C-03", "避難所受付の電子化", ["危機管理課"], "受付を電子化した避難所数", "か所", "0", "2024", ("10", "25", "40"), "10", "A"),  # noqa: E501
    ("C-04", "学校連絡アプリの導入", ["学校教育課"], "アプリを利用する家庭の割合", "%", "35.0", "令和6年度", ("70", "85", "95"), "78.2", "A"),  # noqa: E501
]  # fmt: skip


def shiomidai_csv() -> bytes:
    """As the app exports it: Shift_JIS, CRLF, every cell quoted, the field codes, the labels, one record a
    KPI (its レコード番号 descending, as the list view sorts them), the 担当課 lines in one cell."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n", quoting=csv.QUOTE_ALL)
    writer.writerow(SHIOMIDAI_CODES)
    writer.writerow(SHIOMIDAI_LABELS)
    for seq, row in enumerate(_SHIOMIDAI, start=1):
        code, title, depts, name, unit, base, base_fy, targets, actual, grade = row
        writer.writerow(
            [
                str(100 + seq),
                code,
                title,
                "\n".join(depts),
                name,
                unit,
                base,
                base_fy,
                *targets,
                actual,
                grade,
            ]
            + ["デジタル推進課 山本", f"2026-04-{seq + 2:02d} 17:{seq * 3:02d}"]
        )
    return buffer.getvalue().encode("cp932")


def _number(text: str) -> float:
    value = float(text)
    return int(value) if value.is_integer() else value


def _shiomidai() -> list[dict[str, Any]]:
    items: dict[str, dict[str, Any]] = {}
    for code, title, depts, _, _, base, _, targets, actual, _ in _SHIOMIDAI:
        if code not in items:
            items[code] = item(code, title, depts, [])
        years = tuple(zip((2025, 2026, 2027), map(_number, targets), strict=True))
        items[code]["indicators"].append(
            kpi(
                (2024, _number(base)),
                years[-1],
                targets=years,
                actuals=((2025, _number(actual)),) if actual else (),
            )
        )
    return list(items.values())


# --- 朱鷺野町: a title block, the 取組 table with ※ notes, a 予算 table to its right ------------------------------

#: No., 取組名, 担当課, 成果指標, 単位, 現状値（R6）, 目標値（R9）
_TOKINO: list[tuple[int, str, str, str, str, float, float]] = [
    (1, "電子申請の導入", "総務課", "電子申請できる手続数", "手続", 10, 60),
    (2, "公金のキャッシュレス化", "会計室・税務課", "キャッシュレスで納付された割合", "%", 8.5, 30),
    (3, "窓口の予約制の導入", "町民課", "窓口予約の件数", "件", 0, 500),
    (4, "町ホームページのリニューアル", "総務課", "ホームページの月間閲覧数", "件", 12000, 20000),
    (5, "庁内無線LANの整備", "総務課", "無線LANを整備した執務室の割合", "%", 20, 100),
    (6, "文書の電子決裁", "総務課", "電子決裁率", "%", 5, 80),
    (7, "タブレット議会の導入", "議会事務局", "ペーパーレスで行った会議の割合", "%", 0, 100),
    (8, "スマホ教室の開催", "福祉課", "スマホ教室の受講者数（延べ）", "人", 30, 240),
    (9, "地域見守りIoTの導入", "福祉課", "見守り機器の設置数", "台", 0, 50),
    (10, "観光デジタルマップの作成", "産業振興課", "デジタルマップの閲覧数", "件", 0, 30000),
    (11, "学校ICT支援員の配置", "教育課", "ICT支援員の学校訪問回数", "回", 40, 120),
]
#: No., 事業名 (as the 予算 table names it), R7, R8, R9 (千円; None 「－」)
_TOKINO_BUDGET: list[tuple[int, str, tuple[int | None, ...]]] = [
    (1, "電子申請システム", (1200, 800, 800)),
    (2, "キャッシュレス決済", (3500, 600, 600)),
    (5, "無線LAN整備", (12000, None, None)),
    (6, "電子決裁システム", (4800, 2400, 2400)),
    (7, "タブレット議会", (2200, 300, 300)),
    (9, "見守りIoT", (None, 1500, 1500)),
    (10, "デジタルマップ", (900, 200, 200)),
    (11, "ICT支援員", (6600, 6600, 6600)),
]
TOKINO_NOTES = [
    "※1　現状値は令和6年度の実績値です。",
    "※2　目標値は計画の最終年度（令和9年度）の値です。",
    "※3　予算は令和7年度は当初予算額、令和8年度以降は見込額です。",
]


def tokino_xlsx() -> bytes:
    """Sheet 「実施計画」: the title block in rows 1–4, the captions in row 6, the 取組 table A7:G18 with the ※
    notes two rows under it, and the 予算 table I7:M15 to its right; the amounts typed 「１，２００千円」."""
    book, sheet = new_book("実施計画")
    sheet.append(["朱鷺野町デジタル化推進計画　実施計画"])
    sheet.append(["計画期間", "令和7年度～令和9年度"])
    sheet.append(["担当", "総務課　情報推進係"])
    sheet.append(["更新", datetime.date(2025, 6, 1)])
    sheet["B4"].number_format = "yyyy/m/d"
    sheet.append([])
    sheet.append(["１　取組と成果指標"])
    sheet["I6"] = "２　予算（単位：千円）"
    sheet.append(["No.", "取組名", "担当課", "成果指標", "単位", "現状値（R6）", "目標値（R9）"])
    for column, label in zip("IJKLM", ("No.", "事業名", "R7", "R8", "R9"), strict=True):
        sheet[f"{column}7"] = label
    for row in _TOKINO:
        sheet.append(list(row))
    for offset, (number, name, money) in enumerate(_TOKINO_BUDGET):
        line = 8 + offset
        sheet[f"I{line}"] = number
        sheet[f"J{line}"] = name
        for column, amount in zip("KLM", money, strict=True):
            sheet[f"{column}{line}"] = "－" if amount is None else _wide(amount) + "千円"
            sheet[f"{column}{line}"].alignment = Alignment(horizontal="right")
    sheet.append([])
    for note in TOKINO_NOTES:
        sheet.append([note])
    for column, width in zip("BCDHJ", (28, 16, 32, 3, 18), strict=True):
        sheet.column_dimensions[column].width = width
    return save(book)


def _tokino() -> list[dict[str, Any]]:
    return [
        item(str(number), title, dept.split("・"), [kpi((2024, base), (2027, target))])
        for number, title, dept, _, _, base, target in _TOKINO
    ]


#: Each 取組's 予算 by year (千円), joined by No.; 「－」 none.
TOKINO_BUDGETS = {
    next(t for n, t, *_ in _TOKINO if n == number): [
        (fy, amount) for fy, amount in zip((2025, 2026, 2027), money, strict=True) if amount is not None
    ]
    for number, _, money in _TOKINO_BUDGET
}


# --- 若葉野市: shinchoku's template filled in, columns inserted, one renamed -------------------------------------

_PLAN_ITEMS = {
    "自治体名": "若葉野市",
    "計画名": "若葉野市DX推進計画 アクションプラン",
    "公表年月": "令和7年4月",
    "計画期間 開始年度": "令和7年度",
    "計画期間 終了年度": "令和10年度",
    "ビジョン": "デジタルでつながる、やさしいまち 若葉野",
    "階層名": "基本目標 > 施策",
}
#: 階層, 番号, 取組名, 主管課, 担当者, 内線, 工程 R7…R10, 予算 R7…R10 (None: empty), 財源, indicators:
#: (指標名, 単位, 方向, 基準値, 基準年度, 目標 R7…R10, 実績 R7, 進捗率, 最終目標, 最終目標年度)
_WAKABANO: list[tuple[Any, ...]] = [
    ("基本目標1 便利な市民サービス > 1-1 手続のデジタル化", "1-1-1", "電子申請の拡充", "デジタル推進課", "佐藤", "2154",
     ("対象手続の拡大", "拡大", "拡大", "運用"), (5200, 3000, 3000, 3000), "一般財源",
     [("オンライン化した手続数", "手続", "増加", 95, "令和6年度", (140, 180, 220, 260), 151, 108, 260, "令和10年度"),
      ("オンライン申請率", "%", "増加", 15.2, "令和6年度", (22, 30, 38, 45), 24.8, 113, 45, "令和10年度")]),
    ("", "1-1-2", "証明書のコンビニ交付", "市民課", "鈴木", "1120",
     ("対象証明書の拡大", "運用", "運用", "運用"), (1800, 1800, 1800, 1800), "一般財源",
     [("コンビニ交付率", "%", "増加", 19.5, "令和6年度", (25, 30, 35, 40), 27.1, 108, 40, "令和10年度")]),
    ("", "1-1-3", "窓口のキャッシュレス化", "市民課、会計課", "鈴木", "1120",
     ("導入", "拡大", "運用", "運用"), (2400, 600, 600, 600), "一般財源",
     [("キャッシュレス対応の窓口数", "窓口", "増加", 2, "令和6年度", (8, 12, 15, 15), 9, 113, 15, "令和10年度")]),
    ("基本目標1 > 1-2 デジタルデバイド対策", "1-2-1", "スマホ相談窓口の開設", "高齢福祉課", "高橋", "1305",
     ("開設", "運用", "運用", "運用"), (900, 900, 900, 900), "一般財源",
     [("スマホ相談の件数", "件", "増加", 0, "令和6年度", (300, 450, 600, 700), 388, 129, 700, "令和10年度")]),
    ("基本目標2 効率的な市役所 > 2-1 業務の効率化", "2-1-1", "基幹業務システムの標準化", "デジタル推進課", "田中", "2151",
     ("移行", "運用", "運用", "運用"), (52000, 8000, 8000, 8000), "デジタル基盤改革支援補助金",
     [("標準準拠システムへ移行した業務数", "業務", "増加", 6, "令和6年度", (20, 20, 20, 20), 18, 90, 20, "令和10年度")]),
    ("", "2-1-2", "AIチャットボットの導入", "広報広聴課", "伊藤", "1210",
     ("導入", "運用", "運用", "運用"), (3300, 2200, 2200, 2200), "一般財源",
     [("チャットボットの応答件数", "件", "増加", 0, "令和6年度", (6000, 9000, 12000, 15000), 7720, 129, 15000, "令和10年度")]),  # noqa: E501
    ("", "2-1-3", "電子決裁の推進", "総務課", "渡辺", "1010",
     ("全庁展開", "運用", "運用", "運用"), (None, None, None, None), "",
     [("電子決裁率", "%", "増加", 45, "令和6年度", (70, 80, 90, 95), 73.4, 105, 95, "令和10年度")]),
    ("基本目標2 > 2-2 働き方改革", "2-2-1", "テレワークの推進", "職員課", "山本", "1030",
     ("規程の改正", "拡大", "運用", "運用"), (None, None, None, None), "",
     [("テレワーク実施率", "%", "増加", 8, "令和6年度", (20, 30, 40, 50), 17.5, 88, 50, "令和10年度")]),
    ("", "2-2-2", "庁内データの活用", "デジタル推進課", "田中", "2151",
     ("基盤の構築", "活用", "活用", "活用"), (4000, 1500, 1500, 1500), "一般財源",
     [("公開したダッシュボードの数", "件", "増加", 0, "令和6年度", (5, 10, 15, 20), 6, 120, 20, "令和10年度")]),
    ("基本目標3 デジタルでつながる地域 > 3-1 地域のデジタル化", "3-1-1", "地域ポイントアプリの導入", "商工観光課", "中村", "3302",  # noqa: E501
     ("構築", "運用", "運用", "運用"), (12000, 4000, 4000, 4000), "地方創生推進交付金",
     [("アプリの登録者数", "人", "増加", 0, "令和6年度", (8000, 15000, 20000, 25000), 9130, 114, 25000, "令和10年度")]),  # noqa: E501
    ("", "3-1-2", "オープンデータの推進", "企画課", "小林", "2010",
     ("公開の拡大", "公開の拡大", "公開の拡大", "公開の拡大"), (None, None, None, None), "",
     [("公開データセット数", "件", "増加", 40, "令和6年度", (60, 80, 100, 120), 62, 103, 120, "令和10年度")]),
]  # fmt: skip


def wakabano_xlsx() -> bytes:
    """samples/templates/plan-template.xlsx as a person fills it: the 「計画」 sheet's 内容, the R6 columns of
    the 「取組」 sheet deleted, 「担当者」「内線」 inserted after 担当課 (renamed 「主管課」), 「進捗率(%)」 after the
    実績, 「財源」 after the 予算 and 「備考（課内メモ）」 last; the 「#」 row left where it was."""
    book = openpyxl.load_workbook(_TEMPLATE)
    plan = book["計画"]
    for row in range(2, plan.max_row + 1):
        label = plan.cell(row, 1).value
        if label in _PLAN_ITEMS:
            plan.cell(row, 2).value = _PLAN_ITEMS[label]
    sheet = book["取組"]
    header = [cell.value for cell in sheet[1]]

    def column(label: str) -> int:
        return [cell.value for cell in sheet[1]].index(label) + 1

    assert header[:4] == ["階層", "番号", "取組名", "担当課"], header
    sheet.insert_cols(column("予算 R10 (千円)") + 1)
    sheet.cell(1, column("予算 R10 (千円)") + 1).value = "財源"
    sheet.delete_cols(column("予算 R6 (千円)"))
    sheet.insert_cols(column("実績 R10") + 1)
    sheet.cell(1, column("実績 R10") + 1).value = "進捗率(%)"
    for label in ("実績 R6", "目標 R6", "工程 R6"):
        sheet.delete_cols(column(label))
    sheet.insert_cols(5, 2)
    sheet.cell(1, 5).value = "担当者"
    sheet.cell(1, 6).value = "内線"
    sheet.cell(1, 4).value = "主管課"
    sheet.cell(1, sheet.max_column + 1).value = "備考（課内メモ）"
    years = ("R7", "R8", "R9", "R10")
    line = 3
    for path, code, title, dept, person, phone, phases, money, funding, indicators in _WAKABANO:
        for index, (name, unit, way, base, base_fy, targets, actual, rate, final, final_fy) in enumerate(
            indicators
        ):
            values: dict[str, Any] = {
                "指標名": name,
                "単位": unit,
                "方向(増加/減少/維持)": way,
                "基準値": base,
                "基準年度": base_fy,
                "実績 R7": actual,
                "進捗率(%)": rate,
                "最終目標": final,
                "最終目標年度": final_fy,
                **{f"目標 {y}": t for y, t in zip(years, targets, strict=True)},
            }
            if index == 0:
                values |= {
                    "階層": path or None,
                    "番号": code,
                    "取組名": title,
                    "主管課": dept,
                    "担当者": person,
                    "内線": phone,
                    "種別(KPI/KGI)": "KPI",
                    "財源": funding or None,
                    **{f"工程 {y}": p for y, p in zip(years, phases, strict=True)},
                    **{f"予算 {y} (千円)": m for y, m in zip(years, money, strict=True)},
                }
                if code == "2-1-1":
                    values["備考（課内メモ）"] = "R7.1に移行完了、税のみR8へ"
            for label, value in values.items():
                sheet.cell(line, column(label)).value = value
            line += 1
    return save(book)


def _wakabano() -> list[dict[str, Any]]:
    years = (2025, 2026, 2027, 2028)
    return [
        item(
            code,
            title,
            dept.split("、"),
            [
                kpi(
                    (2024, base),
                    (2028, final),
                    targets=tuple(zip(years, targets, strict=True)),
                    actuals=((2025, actual),),
                )
                for _, _, _, base, _, targets, actual, _, final, _ in indicators
            ],
            years,
        )
        for _, code, title, dept, _, _, _, _, _, indicators in _WAKABANO
    ]


#: Each 取組's 予算 by year (千円); an empty cell none.
WAKABANO_BUDGETS = {
    row[2]: [(fy, m) for fy, m in zip((2025, 2026, 2027, 2028), row[7], strict=True) if m is not None]
    for row in _WAKABANO
}

# --- the batch ---------------------------------------------------------------------------------------------

PLANS: Sheets = {
    "seiran-xlsx": ("青嵐市", "【青嵐市】R6進捗管理表（各課入力用）.xlsx", seiran_xlsx, _seiran),
    "tsurumino-xlsx": ("鶴見野町", "成果指標_目標と実績_R8.5.xlsx", tsurumino_xlsx, _tsurumino),
    "kaededai-xlsx": ("楓台市", "取組一覧（R7改定）.xlsx", kaededai_xlsx, _kaededai),
    "ashihara-xlsx": ("葦原市", "工程表_月別.xlsx", ashihara_xlsx, _ashihara),
    "asagi-xlsx": ("浅葱村", "roadmap_export.xlsx", asagi_xlsx, _asagi),
    "shiomidai-csv": ("汐見台市", "汐見台市_DX推進KPI管理_20260410.csv", shiomidai_csv, _shiomidai),
    "tokino-xlsx": ("朱鷺野町", "実施計画（予算付き）.xlsx", tokino_xlsx, _tokino),
    "wakabano-xlsx": ("若葉野市", "plan-template_若葉野市_記入済.xlsx", wakabano_xlsx, _wakabano),
}


def document(name: str) -> tuple[bytes, str]:
    """The file as uploaded: (bytes, file name)."""
    return uploaded(PLANS, name)


def expected(name: str) -> dict[str, Any]:
    """The plan the document states (only what ``scoring.score`` compares)."""
    return stated(PLANS, name)


assert unicodedata.normalize("NFKC", _wide(2310)) == "2,310"
