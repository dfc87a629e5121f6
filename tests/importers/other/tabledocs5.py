"""A fifth batch of table-shaped plans no reader was written against (issue 8): workbooks as people fill
them in, in the things the first four batches do not do:

- 楠市: a 進捗管理表 whose header is two rows deep (目標値 and 実績値 each merged over R6 / R7 / R8), a
  担当課 written 「同上」 or 「〃」 for the one above, rates kept as fractions with a percent format
  (0.45 shown as 45%), counts kept as text with their unit (「1,200件」), a blank row between 基本目標,
  a 合計 row, and a second sheet 「記入例」 and a third 「集計」 (counts of 評価 by 課) that are no part of
  the plan;
- 椿市: the 取組 on one sheet and their KPI on a sheet of its own, keyed by the same 番号 (the template's
  columns on the first sheet: the template must not take the workbook and leave the KPI sheet unsaid);
- 杉並台市: a row a measure — 「目標」 and 「実績」 in a 区分 column under the years written as numbers, the 取組's
  cells merged down over both rows, 主担当課 beside 関係課;
- 青柳台町: a header two rows deep whose upper row groups the labels (取組 / 担当 / 指標 / スケジュール), the
  lower row of the template's own labels (the template reader must not take it);
- 柳町: a KPI list typed by hand, one sheet: the number column 「No.」 with 「1」「2」 typed as text and
  numbers, an indicator's unit in its own column 「単位」, figures with full-width digits, a 目標 cell
  「－」 for a year with no target, an 評価 column of A–D, notes typed in the row under an initiative's
  row (only the 備考 cell filled).

The municipalities are invented. ``DOCUMENTS5`` maps a name to (source, expected plan), the expected
plans written from the workbooks alone, before any reader was changed.
"""

from __future__ import annotations

import io
from typing import Any

import openpyxl

from .tabledocs import calc_print, to_csv_of_sheet
from .tabledocs3 import Source, item, kpi
from .unseen5 import TSUBAKI

# --- 楠市: 進捗管理表, a header two rows deep, 同上 / 〃, fractions with a percent format --------------

#: 番号, 取組名, 担当課, 指標, 単位, 基準値（R5）, 目標値 R6 / R7 / R8, 実績値 R6 / R7, 評価
_KUSUNOKI: list[list[Any]] = [
    ["基本目標１　市民サービスの向上"],
    ["1-1", "電子申請の拡充", "情報政策課", "電子申請できる手続数", "手続", 40, 80, 120, 160, 92, None, "A"],
    ["1-2", "窓口予約の導入", "市民課", "予約の利用率", "％", 0, 0.1, 0.2, 0.3, 0.12, None, "A"],
    [
        "1-3",
        "証明書のコンビニ交付",
        "同上",
        "コンビニ交付の割合",
        "％",
        0.08,
        0.15,
        0.2,
        0.25,
        0.11,
        None,
        "C",
    ],
    [
        "1-4",
        "公式LINEによる通知",
        "広報課",
        "友だち登録者数",
        "人",
        "2,500人",
        "4,000人",
        "5,500人",
        "7,000人",
        "4,380人",
        None,
        "A",
    ],
    [],
    ["基本目標２　行政運営の効率化"],
    ["2-1", "電子決裁の徹底", "総務課", "電子決裁率", "％", 0.3, 0.6, 0.8, 0.95, 0.52, None, "B"],
    ["2-2", "RPAの拡大", "〃", "削減時間", "時間", 600, 1000, 1500, 2000, 1120, None, "A"],
    [
        "2-3",
        "ペーパーレス会議",
        "総務課、議会事務局",
        "タブレット会議の回数",
        "回",
        12,
        40,
        60,
        80,
        35,
        None,
        "B",
    ],
    ["合計", None, None, None, None, None, None, None, None, None, None, None],
]


_KUSUNOKI_HEADER = [
    "番号",
    "取組名",
    "担当課",
    "指標",
    "単位",
    "基準値（R5）",
    "目標値",
    None,
    None,
    "実績値",
    None,
    "評価",
]


def kusunoki_xlsx() -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "進捗管理表"
    sheet.append(["楠市DX推進計画（令和6年度～令和8年度）　進捗管理表"])
    sheet.append(["（令和6年度末時点）"])
    sheet.append(_KUSUNOKI_HEADER)
    sheet.append([None, None, None, None, None, None, "R6", "R7", "R8", "R6", "R7", None])
    for first, last in (("G3", "I3"), ("J3", "K3")):
        sheet.merge_cells(f"{first}:{last}")
    for column in "ABCDEFL":
        sheet.merge_cells(f"{column}3:{column}4")
    for row in _KUSUNOKI:
        sheet.append(row)
        if len(row) == 1:
            sheet.merge_cells(start_row=sheet.max_row, start_column=1, end_row=sheet.max_row, end_column=12)
        for cell in sheet[sheet.max_row]:
            if isinstance(cell.value, float) and cell.value < 1 and row[4] == "％":
                cell.number_format = "0%"
    example = book.create_sheet("記入例")
    example.append(_KUSUNOKI_HEADER)
    example.append(
        ["○-○", "（取組名を記入）", "○○課", "（指標名）", "件", 100, 200, 300, 400, 250, None, "A"]
    )
    summary = book.create_sheet("集計")
    summary.append(["担当課", "A", "B", "C", "D", "計"])
    for name, counts in (("情報政策課", (1, 0, 0, 0)), ("市民課", (1, 0, 1, 0)), ("総務課", (1, 2, 0, 0))):
        summary.append([name, *counts, sum(counts)])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _rate(value: Any, unit: str) -> float:
    if isinstance(value, str):
        return float(value.rstrip("人件").replace(",", ""))
    return round(value * 100, 6) if unit == "％" and isinstance(value, float) and value < 1 else value


def _kusunoki_expected() -> dict[str, Any]:
    items = []
    above = ""
    for row in _KUSUNOKI:
        if len(row) < 12 or row[0] == "合計":
            continue
        department = above if row[2] in ("同上", "〃") else row[2]
        above = department
        unit = row[4]
        items.append(
            item(
                row[0],
                row[1],
                department.split("、"),
                [
                    kpi(
                        base=(2023, _rate(row[5], unit)),
                        final=(2026, _rate(row[8], unit)),
                        targets=(
                            (2024, _rate(row[6], unit)),
                            (2025, _rate(row[7], unit)),
                            (2026, _rate(row[8], unit)),
                        ),
                        actuals=((2024, _rate(row[9], unit)),),
                    )
                ],
            )
        )
    return {"initiatives": items}


KUSUNOKI = _kusunoki_expected()

# --- 柳町: a KPI list typed by hand -------------------------------------------------------------------

#: No., 取組項目, 担当, 成果指標, 単位, 現状（R5）, 目標（R7）, 目標（R9）, 実績（R6）, 評価, 備考
_YANAGI: list[list[Any]] = [
    [
        "1",
        "町ホームページの改善",
        "総務課",
        "年間閲覧数",
        "件",
        "３２，０００",
        "40,000",
        "50,000",
        "35,400",
        "B",
        None,
    ],
    [None, None, None, None, None, None, None, None, None, None, "スマホ表示に対応済み"],
    [2, "各種申請の電子化", "住民課", "電子申請できる手続", "手続", "５", "20", "40", "11", "B", None],
    [
        3,
        "防災行政無線の戸別受信機",
        "総務課",
        "配布世帯数",
        "世帯",
        "1,200",
        "－",
        "3,000",
        "1,650",
        "A",
        "R7は配布なし",
    ],
    [4, "スマホ相談会", "福祉課・住民課", "参加者数", "人", "０", "100", "200", "64", "A", None],
    [
        5,
        "役場のキャッシュレス",
        "会計室",
        "対応窓口数",
        "か所",
        "１",
        "4",
        "6",
        "2",
        "C",
        "端末の調達が遅れた",
    ],
]


def yanagi_xlsx() -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "KPI"
    sheet.append(["柳町 デジタル化推進計画　KPI一覧（令和6年度実績）"])
    sheet.append([])
    sheet.append(
        [
            "No.",
            "取組項目",
            "担当",
            "成果指標",
            "単位",
            "現状（R5）",
            "目標（R7）",
            "目標（R9）",
            "実績（R6）",
            "評価",
            "備考",
        ]
    )
    for row in _YANAGI:
        sheet.append(row)
    sheet.append([])
    sheet.append(["※評価　A：順調　B：概ね順調　C：遅れ　D：未着手"])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _n(text: str) -> float:
    import unicodedata

    return float(unicodedata.normalize("NFKC", text).replace(",", ""))


YANAGI = {
    "initiatives": [
        item(
            str(row[0]),
            row[1],
            row[2].split("・"),
            [
                kpi(
                    base=(2023, _n(row[5])),
                    final=(2027, _n(row[7])),
                    targets=(((2025, _n(row[6])),) if row[6] != "－" else ()) + ((2027, _n(row[7])),),
                    actuals=((2024, _n(row[8])),),
                )
            ],
        )
        for row in _YANAGI
        if row[0] is not None
    ]
}


# --- 椿市: the 取組 on one sheet, their KPI on another keyed by 番号 ------------------------------------


def tsubaki_xlsx() -> bytes:
    """椿市's plan (``unseen5.TSUBAKI``) kept in a workbook: 取組一覧 (番号 | 取組名 | 概要 | 担当課) and
    a sheet 「KPI」 (番号 | 指標 | 現状値（R6） | 目標値（R10））."""
    from .unseen import text

    lines = [line.split("\t") for line in text("tsubaki_two_tables.txt").splitlines() if "\t" in line]
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "取組一覧"
    sheet.append(["椿市DX推進計画（令和7年度～令和10年度）"])
    kpi_sheet = book.create_sheet("KPI")
    for cells in lines:
        (
            kpi_sheet if len(cells) == 4 and cells[1] != "取組名" and not cells[2].endswith("。") else sheet
        ).append([int(c) if c.isdigit() else c for c in cells])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


# --- 杉並台市: a row a measure, 目標 / 実績 in 区分, the years across as numbers -------------------------

#: No, 取組の名称, 主担当課, 関係課, KPI（指標名）, 単位, then 目標 R6–R9 and 実績 R6.
_SUGINAMIDAI: list[tuple[int, str, str, str | None, str, str, tuple[int, ...], int]] = [
    (1, "電子申請の拡充", "デジタル推進課", "各課", "電子申請できる手続数", "手続", (60, 90, 120, 150), 64),
    (2, "窓口予約システムの導入", "市民課", None, "予約件数", "件", (1000, 3000, 5000, 8000), 820),
    (3, "公共施設のWi-Fi整備", "施設管理課", "デジタル推進課", "整備施設数", "施設", (10, 20, 30, 40), 12),
]


def suginamidai_xlsx() -> bytes:
    """Each indicator in two rows, 「目標」 and 「実績」 in the 区分 column, under years written as numbers
    (2024 … 2027); the 取組's cells merged down over both; a header cell with a line break
    (「KPI\n（指標名）」) and a 関係課 column beside the 主担当課."""
    from openpyxl.styles import Alignment

    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "R6進捗"
    sheet.append(["杉並台市DX推進計画　取組進捗管理表（令和6年度）"])
    sheet.append([])
    sheet.append(
        ["No", "取組の名称", "主担当課", "関係課", "KPI\n（指標名）", "単位", "区分", 2024, 2025, 2026, 2027]
    )
    for cell in sheet[3]:
        cell.alignment = Alignment(wrap_text=True)
    for number, title, main, related, name, unit, targets, actual in _SUGINAMIDAI:
        sheet.append([number, title, main, related, name, unit, "目標", *targets])
        sheet.append([None] * 6 + ["実績", actual])
        for column in "ABCDEF":
            sheet.merge_cells(f"{column}{sheet.max_row - 1}:{column}{sheet.max_row}")
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


SUGINAMIDAI = {
    "initiatives": [
        item(
            str(number),
            title,
            [main],
            [
                kpi(
                    final=(2027, targets[-1]),
                    targets=tuple(zip(range(2024, 2028), targets, strict=True)),
                    actuals=((2024, actual),),
                )
            ],
        )
        for number, title, main, _, _, _, targets, actual in _SUGINAMIDAI
    ]
}


# --- 青柳台町: group labels over the header, merged ------------------------------------------------------

#: 番号, 取組名, 担当, 指標名, 単位, 現状値（R5）, 目標値（R8）, R6, R7, R8
_AOYAGIDAI = [
    ["1", "電子回覧板の導入", "総務課", "利用世帯の割合", "％", 0, 40, "導入", "→", "→"],
    ["2", "町税のコンビニ納付", "税務課", "コンビニ納付の件数", "件", 0, 1500, "準備", "開始", "→"],
    ["3", "防災アプリの配信", "総務課", "登録者数", "人", 300, 2000, "●", "●", "●"],
]


def aoyagidai_xlsx() -> bytes:
    """A header two rows deep whose upper row groups the labels under it (「取組」 over 番号 / 取組名,
    「指標」 over 指標名 … 目標値, 「スケジュール」 over R6–R8) and whose 「担当」 is merged down over both rows:
    the labels of the lower row are the template's, but the workbook is no filled-in template."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "一覧"
    sheet.append(["青柳台町 情報化推進計画 取組一覧"])
    sheet.append(["取組", None, "担当", "指標", None, None, None, "スケジュール", None, None])
    sheet.append(["番号", "取組名", None, "指標名", "単位", "現状値（R5）", "目標値（R8）", "R6", "R7", "R8"])
    for merged in ("A2:B2", "D2:G2", "H2:J2", "C2:C3"):
        sheet.merge_cells(merged)
    for row in _AOYAGIDAI:
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


AOYAGIDAI = {
    "initiatives": [
        item(row[0], row[1], [row[2]], [kpi(base=(2023, row[5]), final=(2026, row[6]))], (2024, 2025, 2026))
        for row in _AOYAGIDAI
    ]
}


def _printed(make: Any, key: str, ruled: bool = True, centred: bool = False) -> Any:
    return calc_print(make, key, ruled=ruled, centred=centred)


def _layout_text(make: Any, key: str) -> bytes:
    from ..samplepdf import pdftotext

    return pdftotext(_printed(make, key), layout=True).encode()


DOCUMENTS5: dict[str, tuple[Source, dict[str, Any]]] = {
    "kusunoki-xlsx": (lambda: (kusunoki_xlsx(), "進捗管理表.xlsx"), KUSUNOKI),
    "kusunoki-csv": (lambda: (to_csv_of_sheet(kusunoki_xlsx(), "進捗管理表"), "進捗管理表.csv"), KUSUNOKI),
    "kusunoki-calc-pdf": (lambda: (_printed(kusunoki_xlsx, "kusunoki"), "進捗管理表.pdf"), KUSUNOKI),
    "kusunoki-calc-unruled-pdf": (
        lambda: (_printed(kusunoki_xlsx, "kusunoki", False), "進捗管理表.pdf"),
        KUSUNOKI,
    ),
    "kusunoki-calc-pdftotext-layout": (
        lambda: (_layout_text(kusunoki_xlsx, "kusunoki"), "進捗管理表.txt"),
        KUSUNOKI,
    ),
    "tsubaki-xlsx": (lambda: (tsubaki_xlsx(), "椿市DX推進計画.xlsx"), {"initiatives": TSUBAKI}),
    "suginamidai-xlsx": (lambda: (suginamidai_xlsx(), "取組進捗管理表.xlsx"), SUGINAMIDAI),
    "suginamidai-csv": (
        lambda: (to_csv_of_sheet(suginamidai_xlsx(), "R6進捗"), "取組進捗管理表.csv"),
        SUGINAMIDAI,
    ),
    "suginamidai-calc-pdf": (
        lambda: (_printed(suginamidai_xlsx, "suginamidai"), "取組進捗管理表.pdf"),
        SUGINAMIDAI,
    ),
    "suginamidai-calc-pdftotext-layout": (
        lambda: (_layout_text(suginamidai_xlsx, "suginamidai"), "取組進捗管理表.txt"),
        SUGINAMIDAI,
    ),
    "aoyagidai-xlsx": (lambda: (aoyagidai_xlsx(), "取組一覧.xlsx"), AOYAGIDAI),
    "aoyagidai-csv": (lambda: (to_csv_of_sheet(aoyagidai_xlsx(), "一覧"), "取組一覧.csv"), AOYAGIDAI),
    "aoyagidai-calc-pdf": (lambda: (_printed(aoyagidai_xlsx, "aoyagidai"), "取組一覧.pdf"), AOYAGIDAI),
    "yanagi-xlsx": (lambda: (yanagi_xlsx(), "KPI一覧.xlsx"), YANAGI),
    "yanagi-csv": (lambda: (to_csv_of_sheet(yanagi_xlsx(), "KPI"), "KPI一覧.csv"), YANAGI),
    "yanagi-calc-pdf": (lambda: (_printed(yanagi_xlsx, "yanagi"), "KPI一覧.pdf"), YANAGI),
    "yanagi-calc-unruled-pdf": (lambda: (_printed(yanagi_xlsx, "yanagi", False), "KPI一覧.pdf"), YANAGI),
    "yanagi-calc-centred-pdf": (lambda: (_printed(yanagi_xlsx, "yanagi", False, True), "KPI一覧.pdf"), YANAGI),
    "kusunoki-calc-centred-pdf": (lambda: (_printed(kusunoki_xlsx, "kusunoki", False, True), "進捗管理表.pdf"), KUSUNOKI),
    "yanagi-calc-pdftotext-layout": (lambda: (_layout_text(yanagi_xlsx, "yanagi"), "KPI一覧.txt"), YANAGI),
}
