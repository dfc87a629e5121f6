"""A sixth batch of table-shaped plans no reader was written against: two documents as municipal
employees produce them, written without looking at the readers.

- 鶴見台町: a 進捗管理表 workbook filled in by hand — a title row and a blank row over the header, the
  unit of the targets written into their header (「目標値(R9)（件）」), figures kept as numbers, one 担当課
  cell merged down over the two rows of its 課, an 評価 column of A–D with its legend typed in a row
  under the table, and a second sheet 「記入例」 with the same header and one example row (no part of
  the plan);
- 蓮沼市: a KPI list saved from Excel as CSV (CP932, CRLF): cells with a half-width comma quoted
  (a 施策名, a 所管課 list, a KPI name), a 施策名 wrapped with Alt+Enter (a line break inside its quoted
  cell), 基準値 and 目標値 written with their unit and year (「120件（R5）」「300件（R9）」), a 基準値 「－」
  for a measure that is new, and a 達成率 column.

The municipalities are invented. ``PLANS[name]`` is the plan each document states, written from the
document alone (code, title, 担当課, KPI values with their fiscal years: R5 is 2023), by Plan JSON's
convention (``tabledocs3.kpi``): a 目標値 column headed with its year, 「目標値(R9)」, is that year's target
and the final target; a target whose year is written in its cell, 「300件（R9）」, is the final target only.
``DOCUMENTS6`` maps the same names to (source, expected plan).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from typing import Any

import openpyxl

from .unseen import item, kpi

Source = Callable[[], tuple[bytes, str]]

# --- 鶴見台町: 進捗管理表, a merged 担当課, a 記入例 sheet ----------------------------------------------

_TSURUMIDAI_HEADER = [
    "No.",
    "取組項目",
    "担当課",
    "指標",
    "現状値(R5)",
    "目標値(R9)（件）",
    "実績(R6)",
    "評価",
]

#: No., 取組項目, 担当課 (None: under the merged cell above), 指標, 現状値(R5), 目標値(R9), 実績(R6), 評価
_TSURUMIDAI: list[list[Any]] = [
    [1, "オンライン申請の拡充", "企画課", "オンライン申請件数", 1850, 6000, 2430, "B"],
    [2, "証明書のコンビニ交付", "住民課", "コンビニ交付件数", 420, 1500, 610, "B"],
    [3, "ふるさと納税のオンライン化", "企画課", "ポータルサイト経由の寄附件数", 3200, 5000, 4180, "A"],
    [4, "電子決裁の導入", "総務課", "電子決裁件数", 0, 12000, 0, "D"],
    [5, "庁内会議のペーパーレス化", None, "タブレットで開催した会議", 15, 120, 46, "B"],
    [6, "施設予約のオンライン化", "生涯学習課", "オンライン予約件数", 0, 2400, 310, "C"],
    [7, "子育て手続の電子化", "子育て支援課", "電子申請件数", 95, 800, 260, "A"],
]

TSURUMIDAI_NOTE = "※ 評価：A 達成 B 概ね順調 C 遅れ D 未着手"


def tsurumidai_xlsx() -> bytes:
    """Sheet 「取組一覧」: the title, a blank row, the header, seven rows (総務課 merged over No. 4 and 5),
    a blank row and the legend of 評価; sheet 「記入例」: the header and one example row."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "取組一覧"
    sheet.append(["鶴見台町DX推進計画 進捗管理表（令和6年度）"])
    sheet.append([])
    sheet.append(_TSURUMIDAI_HEADER)
    for row in _TSURUMIDAI:
        sheet.append(row)
        if row[2] is None:
            sheet.merge_cells(
                start_row=sheet.max_row - 1, start_column=3, end_row=sheet.max_row, end_column=3
            )
    sheet.append([])
    sheet.append([TSURUMIDAI_NOTE])
    example = book.create_sheet("記入例")
    example.append(_TSURUMIDAI_HEADER)
    example.append([1, "〇〇の電子化", "〇〇課", "〇〇件数", 100, 500, 200, "B"])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _tsurumidai_expected() -> dict[str, Any]:
    items = []
    department = ""
    for number, title, written, _, now, target, actual, _ in _TSURUMIDAI:
        department = written or department
        items.append(
            item(
                str(number),
                title,
                [department],
                (kpi((2023, now), (2027, target), targets=((2027, target),), actuals=((2024, actual),)),),
            )
        )
    return {"initiatives": items}


TSURUMIDAI = _tsurumidai_expected()

# --- 蓮沼市: a KPI list saved as CSV by Excel ------------------------------------------------------------

#: 管理番号, 施策名, 所管課, KPI, 基準値, 目標値, 達成率 — as typed in the cells.
_HASUNUMA: list[list[str]] = [
    [
        "1-1",
        "行政手続のオンライン化",
        "情報政策課",
        "オンライン化した手続数",
        "120件（R5）",
        "300件（R9）",
        "38%",
    ],
    [
        "1-2",
        "窓口のキャッシュレス化\n（税、証明書手数料）",
        "市民課,税務課",
        "キャッシュレス対応窓口数",
        "3か所（R5）",
        "15か所（R9）",
        "25%",
    ],
    ["1-3", "マイナンバーカードの普及促進", "市民課", "交付率", "68.5%（R5）", "90%（R9）", "62%"],
    [
        "2-1",
        "AI-OCR,RPAの活用",
        "行政改革推進課",
        "削減した業務時間",
        "1,500時間（R5）",
        "6,000時間（R9）",
        "41%",
    ],
    ["2-2", "テレワーク環境の整備", "人事課", "テレワーク実施職員数（延べ,年間）", "－", "400人（R9）", "－"],
    [
        "2-3",
        "基幹業務システムの標準化",
        "情報政策課",
        "標準準拠システムへの移行業務数",
        "0業務（R5）",
        "20業務（R7）",
        "15%",
    ],
    [
        "3-1",
        "小中学校の校務DX",
        "学校教育課,情報政策課",
        "校務支援システム導入校数",
        "2校（R5）",
        "9校（R8）",
        "33%",
    ],
]

HASUNUMA_HEADER = ["管理番号", "施策名", "所管課", "KPI", "基準値", "目標値", "達成率"]


def hasunuma_csv() -> bytes:
    """The sheet saved as 「CSV（コンマ区切り）」 by Excel: CP932, CRLF between rows, a line break inside a
    quoted cell kept as LF, cells with a comma or a line break quoted and the others not."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(HASUNUMA_HEADER)
    writer.writerows(_HASUNUMA)
    return buffer.getvalue().encode("cp932")


def _figure(text: str) -> tuple[int, float] | None:
    """「120件（R5）」 → (2023, 120); 「－」 → None."""
    if text == "－":
        return None
    figure, year = text.rstrip("）").split("（R")
    number = float("".join(c for c in figure if c.isdigit() or c == "."))
    return (2018 + int(year), int(number) if number.is_integer() else number)


HASUNUMA = {
    "initiatives": [
        item(
            code,
            title.replace("\n", ""),
            departments.split(","),
            (kpi(_figure(base), _figure(target)),),
        )
        for code, title, departments, _, base, target, _ in _HASUNUMA
    ]
}

PLANS: dict[str, dict[str, Any]] = {"tsurumidai-xlsx": TSURUMIDAI, "hasunuma-csv": HASUNUMA}

DOCUMENTS6: dict[str, tuple[Source, dict[str, Any]]] = {
    "tsurumidai-xlsx": (lambda: (tsurumidai_xlsx(), "DX推進計画_進捗管理表_R6.xlsx"), TSURUMIDAI),
    "hasunuma-csv": (lambda: (hasunuma_csv(), "DX推進計画KPI一覧.csv"), HASUNUMA),
}
