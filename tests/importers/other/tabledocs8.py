"""An eighth batch of table-shaped plans no reader was written against: Excel and CSV filled in by people, seven
documents as a 情報政策課 makes them, written without looking at the readers:

- 柏葉市: shinchoku's own template (``samples/templates/plan-template.xlsx``) filled in by hand — a row
  inserted between two 取組 (its 階層 left blank, its number out of order), a 「コメント」 column added at the
  right, full-width figures 「４５」, units typed in the value cells 「120件」「50％」「1200千円」, 担当課 parted by
  「・」 or by Alt+Enter, 基準年度 「R5」 and 「令和5年度」, an empty row between the 施策, a 「合計」 row of SUM
  formulas under the table;
- 千種台市: a 進捗管理表 workbook, one sheet a 基本目標 (「基本目標1」…), a title row and 「令和7年3月31日現在」
  over a header two rows deep (「目標値」 merged over 「R7」「R8」「R9」, the other labels merged down), a 取組 of
  two indicators merged down its two rows, 評価 as ◎○△×, the legend under the table;
- 瑞穂野町: a KPI sheet typed with Alt+Enter in every other cell (「窓口DX推進\\n（書かない窓口）」, 「住民課\\n税務課」,
  headers 「基準値\\n（R5）」), figures stored as text with commas 「1,200」, two hidden columns (「旧No.」 of the
  last plan's numbers, 「予算科目」), a filter on the header and the panes frozen under it;
- 萩原台市: a CSV saved by Excel in CP932 — the title, an empty line (commas only, as Excel writes it), the
  header on line 3, every line as wide as the sheet, quoted cells holding commas and line breaks, 開始年度 /
  終了年度 / 目標年度 written 「R6年度」「令和6年度」「2024年度」 in turn, a note line at the end;
- 紫野市: the 取組 and their KPI on two sheets joined by 番号: 「取組一覧」 (番号 / 取組名 / 担当課 / スケジュール
  merged over R6…R10, ● start and → continue) and 「指標一覧」 (番号 / 指標名 / 基準値（R5） / 目標値（R10） / 単位;
  two indicators of one 取組, one 取組 without);
- 深山村: a 工程表 whose years are painted (fill colours, no text in the year cells) with the legend as coloured
  cells beside their words, 担当課 given with their 部 (「総務部総務課」, 「教育委員会教育総務課」) or two at once
  (「住民課・税務課」);
- 栗原台町: a 事業一覧 whose 事業番号 Excel turned into dates (「1-1-1」 typed into a cell of the standard format
  became 2001/1/1; one retyped as text), 事業費 in 千円 under 「R5決算額」「R6予算額」「R7計画額」「R8計画額」, one
  indicator a 事業 with 単位 in a column of its own, and a 合計 row of SUM formulas.

The municipalities are invented. ``PLANS[name]`` is (municipality, file name, document builder, expected
initiatives); the expected plans state what each document states, by the conventions of the batches before
(``tabledocs3.kpi``): a figure column headed with its year is that year's target and, for the last year, the
final target too; a target whose year is in the row (目標年度, 最終目標年度) is the final target alone; a 実績
column its year's actual; 「－」 no value; a 担当課 written with its 部 (or 教育委員会) is the 課, and 「・」 or a line
break between two 課 makes two; a schedule is each fiscal year the row marks (text, ●, →, or paint), from 開始年度
to 終了年度 where those are given. ``document(name)`` is (bytes, file name) as uploaded, ``expected(name)`` the
plan it states.
"""

from __future__ import annotations

import csv
import datetime
import io
import re
import unicodedata
import zipfile
from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.styles import Alignment, PatternFill
from openpyxl.utils import get_column_letter

from ..unseen_harness import Sheets, save, stated, uploaded
from .tabledocs3 import item, kpi
from .tabledocs7 import _with_cached_values

TEMPLATE = Path(__file__).resolve().parents[3] / "samples" / "templates" / "plan-template.xlsx"

Pair = tuple[int, float]


def _number(text: str) -> float:
    """「1,200」「１２０件」「12.5％」 → the figure."""
    text = unicodedata.normalize("NFKC", text)
    digits = "".join(c for c in text if c.isdigit() or c == ".")
    value = float(digits)
    return int(value) if value.is_integer() else value


def _fy(text: str) -> int:
    """「R5」「令和5年度」「2023年度」「R5年度」「令和5年度末」 → 2023."""
    text = unicodedata.normalize("NFKC", text).replace("年度末", "").replace("年度", "")
    if text.startswith("R"):
        return 2018 + int(text[1:])
    if text.startswith("令和"):
        return 2018 + int(text[2:])
    return int(text)


# --- 柏葉市: the template filled in by a person ------------------------------------------------------------

KASHIWABA_PLAN = {
    "自治体名": "柏葉市",
    "計画名": "柏葉市DX推進計画 アクションプラン",
    "公表年月": "令和6年4月",
    "計画期間 開始年度": "令和6年度",
    "計画期間 終了年度": "令和10年度",
    "ビジョン": "デジタルでつながる、やさしいまち 柏葉",
    "階層名": "基本方針 > 施策",
}

_YEARS5 = (2024, 2025, 2026, 2027, 2028)

#: One row of the 取組 sheet: the template's column → cell (``None`` an empty row between 施策).
_KASHIWABA: list[dict[str, Any] | None] = [
    {
        "階層": "基本方針1 便利な市役所 > 1-1 行政手続のオンライン化",
        "番号": "1-1-1",
        "取組名": "電子申請の拡充",
        "担当課": "情報政策課、市民課",
        "概要": "子育て・介護の手続から順に、スマートフォンで申請できる手続を増やす。",
        "区分(国/市)": "国",
        "重点": "○",
        "工程": ["拡充", "拡充", "→", "→", "→"],
        "指標名": "オンライン申請可能な手続数",
        "種別(KPI/KGI)": "KPI",
        "方向(増加/減少/維持)": "増加",
        "基準値": "４５",
        "基準年度": "R5",
        "目標": ["８０", "120件", "150件", "200件", "250件"],
        "実績": ["86件", None, None, None, None],
        "最終目標": "250件",
        "最終目標年度": "令和10年度",
        "予算": [4500, 3000, 3000, None, None],
        "コメント": "R6実績は3月末見込み",
    },
    {
        "指標名": "オンライン申請率",
        "単位": "%",
        "方向(増加/減少/維持)": "増加",
        "基準値": "12.5%",
        "基準年度": "R5",
        "目標": [None, None, "30％", None, "50％"],
        "実績": ["18.3", None, None, None, None],
        "最終目標": "50％",
        "最終目標年度": "R10",
    },
    {
        "番号": "1-1-2",
        "取組名": "キャッシュレス決済の導入",
        "担当課": "会計課・市民課",
        "概要": "窓口の手数料を電子マネーやQRコードで払えるようにする。",
        "区分(国/市)": "市",
        "工程": ["検討", "導入", "拡大", None, None],
        "指標名": "キャッシュレス対応窓口数",
        "単位": "窓口",
        "基準値": 0,
        "基準年度": "令和5年度",
        "目標": [None, 5, 10, None, None],
        "最終目標": 10,
        "最終目標年度": "令和8年度",
        "予算": [None, "1200千円", "300千円", None, None],
    },
    # inserted later between 1-1-2 and 1-1-3, its 階層 left blank
    {
        "番号": "１－１－５",
        "取組名": "窓口予約システムの導入",
        "担当課": "市民課",
        "印": "新規",
        "工程": [None, "導入", "運用", "運用", "運用"],
        "コメント": "R6.9追加（市民課から要望）",
    },
    {
        "番号": "1-1-3",
        "取組名": "マイナンバーカードを活用した証明書のコンビニ交付",
        "担当課": "市民課",
        "区分(国/市)": "国",
        "工程": ["実施", "実施", "実施", "実施", "実施"],
        "指標名": "コンビニ交付率",
        "基準値": "8.2%",
        "基準年度": "令和5年度末",
        "目標": ["10%", "15%", "20%", "25%", "30%"],
        "実績": ["11.0%", None, None, None, None],
        "最終目標": "30%",
        "最終目標年度": "R10",
        "予算": [800, 800, 800, 800, 800],
    },
    None,
    {
        "階層": "基本方針1 > 1-2 デジタルデバイド対策",
        "番号": "1-2-1",
        "取組名": "スマホ教室の開催",
        "担当課": "高齢福祉課\n生涯学習課",
        "工程": ["開催", "開催", "開催", "開催", "開催"],
        "指標名": "スマホ教室の受講者数",
        "方向(増加/減少/維持)": "増加",
        "基準値": "１２０人",
        "基準年度": "R5",
        "目標": ["２００人", "300人", "400人", "500人", "600人"],
        "実績": ["２３５人", None, None, None, None],
        "最終目標": "600人",
        "最終目標年度": "令和10年度",
        "予算": ["３００", "３００", "３００", "３００", "３００"],
        "コメント": "公民館3館で実施",
    },
    None,
    {
        "階層": "基本方針2 効率的な行政運営 > 2-1 業務改革",
        "番号": "2-1-1",
        "取組名": "RPA・AI-OCRの活用",
        "担当課": "行政改革課",
        "工程": ["拡大", "拡大", "拡大", "→", "→"],
        "指標名": "削減した作業時間",
        "単位": "時間",
        "基準値": "1,200時間",
        "基準年度": "R5",
        "目標": ["2,000", "3,000", "4,000", None, None],
        "最終目標": "5,000時間",
        "最終目標年度": "令和10年度",
        "予算": [2000, 2000, 2000, 2000, 2000],
    },
    {
        "番号": "2-1-2",
        "取組名": "電子決裁の推進",
        "担当課": "総務課",
        "工程": ["全庁展開", "定着", "定着", None, None],
        "指標名": "電子決裁率",
        "基準値": "35％",
        "基準年度": "R5",
        "目標": ["50％", "70％", "90％", None, None],
        "実績": ["52％", None, None, None, None],
        "最終目標": "90%",
        "最終目標年度": "令和8年度",
        "コメント": "R6は文書管理システム更新に合わせて全庁展開",
    },
    {
        "番号": "2-1-3",
        "取組名": "ペーパーレス会議の推進",
        "担当課": "総務課",
        "工程": ["試行", "実施", "実施", "実施", "実施"],
        "指標名": "庁内の印刷枚数",
        "方向(増加/減少/維持)": "↓",
        "基準値": "1,200,000枚",
        "基準年度": "R5",
        "目標": [None, None, None, None, "600,000枚"],
        "最終目標": "600,000枚",
        "最終目標年度": "令和10年度",
        "予算": [500, None, None, None, None],
    },
]


def _kashiwaba_cells(row: dict[str, Any], header: list[str]) -> dict[int, Any]:
    """Column index (1-based) → value of one filled row."""
    cells: dict[int, Any] = {}
    position = {name: index + 1 for index, name in enumerate(header)}
    for key, value in row.items():
        if key in ("工程", "目標", "実績", "予算"):
            for fy, cell in zip(_YEARS5, value, strict=True):
                label = f"{key} R{fy - 2018}" + (" (千円)" if key == "予算" else "")
                if cell is not None:
                    cells[position[label]] = cell
        elif key == "コメント":
            cells[len(header) + 1] = value
        else:
            cells[position[key]] = value
    return cells


def kashiwaba_xlsx() -> bytes:
    """The template as downloaded, filled in: the 計画 sheet's B column, the 取組 sheet from row 3 (the 「#」
    line of row 2 kept), an empty row between the 施策, a 「コメント」 column after the last, a 「合計」 row of
    SUM formulas under the 予算 columns (their values cached as Excel saves them)."""
    book = openpyxl.load_workbook(TEMPLATE)
    plan = book["計画"]
    for row in plan.iter_rows(min_row=2):
        if row[0].value in KASHIWABA_PLAN:
            row[1].value = KASHIWABA_PLAN[row[0].value]
    sheet = book["取組"]
    header = [cell.value for cell in sheet[1] if cell.value]
    sheet.cell(1, len(header) + 1, "コメント")
    line = 3
    first = line
    for row in _KASHIWABA:
        if row is not None:
            for column, value in _kashiwaba_cells(row, header).items():
                cell = sheet.cell(line, column, value)
                if isinstance(value, str) and "\n" in value:
                    cell.alignment = Alignment(wrap_text=True)
                if isinstance(value, int) and value >= 1000:
                    cell.number_format = "#,##0"
        line += 1
    last = line - 1
    total = line + 1  # one empty row, then the total
    sheet.cell(total, header.index("取組名") + 1, "合計")
    cached: dict[str, float] = {}
    for fy in _YEARS5:
        column = get_column_letter(header.index(f"予算 R{fy - 2018} (千円)") + 1)
        sheet[f"{column}{total}"] = f"=SUM({column}{first}:{column}{last})"
        cached[f"{column}{total}"] = sum(
            r["予算"][_YEARS5.index(fy)]
            for r in _KASHIWABA
            if r and "予算" in r and isinstance(r["予算"][_YEARS5.index(fy)], int)
        )
    sheet.column_dimensions[get_column_letter(len(header) + 1)].width = 30
    return _with_cached_values(save(book), 2, cached)


def _kashiwaba() -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    for row in _KASHIWABA:
        if row is None:
            continue
        if "取組名" in row:
            departments = row["担当課"].replace("\n", "、").replace("・", "、").split("、")
            schedule = tuple(fy for fy, cell in zip(_YEARS5, row["工程"], strict=True) if cell)
            code = unicodedata.normalize("NFKC", row["番号"])
            items.append(item(code, row["取組名"], departments, [], schedule))
        if "指標名" in row:
            targets = tuple(
                (fy, _number(str(cell)))
                for fy, cell in zip(_YEARS5, row["目標"], strict=True)
                if cell is not None
            )
            actuals = tuple(
                (fy, _number(str(cell)))
                for fy, cell in zip(_YEARS5, row.get("実績", [None] * 5), strict=True)
                if cell is not None
            )
            items[-1]["indicators"].append(
                kpi(
                    (_fy(row["基準年度"]), _number(str(row["基準値"]))),
                    (_fy(row["最終目標年度"]), _number(str(row["最終目標"]))),
                    targets=targets,
                    actuals=actuals,
                    year_column=False,
                )
            )
    return items


#: Each 取組's budget as the sheet states it: (fy, 千円), the 合計 row none.
KASHIWABA_BUDGETS = {
    row["取組名"]: [
        (fy, _number(str(cell))) for fy, cell in zip(_YEARS5, row["予算"], strict=True) if cell is not None
    ]
    for row in _KASHIWABA
    if row and "取組名" in row and "予算" in row
}

# --- 千種台市: 進捗管理表, one sheet a 基本目標 -----------------------------------------------------------------

#: sheet → (基本目標, rows: (番号, 取組名, 担当課, [indicators: 指標, 単位, 現状値 R5, 目標 R7 R8 R9, 実績 R6, 評価]))
_CHIKUSADAI: list[tuple[str, list[tuple[str, str, str, list[tuple[str, str, float, float, float, float, Any, str]]]]]] = [
    ("便利で身近な行政サービス", [
        ("1-1", "電子申請の拡充", "情報政策課", [
            ("電子申請できる手続数", "手続", 60, 150, 220, 300, 132, "○"),
            ("電子申請の利用件数", "件", 8000, 15000, 20000, 25000, 14200, "◎"),
        ]),
        ("1-2", "証明書のコンビニ交付", "市民課", [("コンビニ交付率", "%", 12.5, 20, 25, 30, 17.8, "△")]),
        ("1-3", "窓口キャッシュレス化", "会計課、市民課", [("対応窓口数", "窓口", 2, 8, 10, 12, 9, "◎")]),
        ("1-4", "公式LINEによる情報発信", "広報課", [("友だち登録者数", "人", 5000, 12000, 15000, 18000, 9800, "△")]),
    ]),
    ("効率的な行政運営", [
        ("2-1", "基幹業務システムの標準化", "情報政策課", [
            ("標準準拠システムへ移行した業務数", "業務", 0, 20, 20, 20, 3, "△"),
        ]),
        ("2-2", "電子決裁の推進", "総務課", [("電子決裁率", "%", 40, 80, 90, 95, 71, "○")]),
        ("2-3", "RPAの活用", "行政改革課", [
            ("RPAを導入した業務数", "業務", 8, 20, 25, 30, 16, "○"),
            ("削減した作業時間", "時間", 1500, 4000, 5000, 6000, 3650, "○"),
        ]),
        ("2-4", "テレワークの推進", "人事課", [("テレワーク実施職員数", "人", 30, 150, 200, 250, "－", "×")]),
    ]),
    ("地域社会のデジタル化", [
        ("3-1", "スマホ相談会の開催", "高齢福祉課", [("相談会の参加者数", "人", 200, 600, 800, 1000, 540, "○")]),
        ("3-2", "オープンデータの推進", "情報政策課", [("公開データセット数", "件", 25, 60, 80, 100, 48, "○")]),
        ("3-3", "GIGAスクール端末の活用", "学校教育課", [
            ("授業で毎日ICTを活用する学級の割合", "%", 55, 80, 90, 100, 76, "○"),
        ]),
    ]),
]  # fmt: skip

CHIKUSADAI_LEGEND = "※評価　◎：目標を達成　○：概ね順調　△：遅れている　×：未着手"
CHIKUSADAI_HEADER = ["番号", "取組名", "担当課", "成果指標", "単位", "現状値\n(R5)", "目標値", None, None]
CHIKUSADAI_HEADER += ["実績値\n(R6)", "評価", "備考"]


def chikusadai_xlsx() -> bytes:
    """Sheets 「基本目標1」「基本目標2」「基本目標3」, each: the title, 「令和7年3月31日現在」 at the right, an empty
    row, the header over rows 4–5, the 取組 (番号 / 取組名 / 担当課 merged down the rows of a 取組 of two
    indicators), an empty row and the legend."""
    book = openpyxl.Workbook()
    default = book.active
    assert default is not None
    book.remove(default)
    for number, (goal, rows) in enumerate(_CHIKUSADAI, start=1):
        sheet = book.create_sheet(f"基本目標{number}")
        sheet.append([f"千種台市DX推進計画　進捗管理表　【基本目標{number}】{goal}"])
        if number == 1:
            sheet.append([None] * 10 + ["令和7年3月31日現在"])
        else:  # typed 「2025/3/31」 and shown in the format 「yyyy"年"m"月"d"日現在"」
            sheet.append([None] * 10 + [datetime.datetime(2025, 3, 31)])
            sheet.cell(2, 11).number_format = 'yyyy"年"m"月"d"日現在"'

        sheet.append([])
        sheet.append(CHIKUSADAI_HEADER)
        sheet.append([None] * 6 + ["R7", "R8", "R9"] + [None] * 3)
        for column in "ABCDEFJKL":
            sheet.merge_cells(f"{column}4:{column}5")
        sheet.merge_cells("G4:I4")
        for cell in sheet[4]:
            cell.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
        for code, title, departments, indicators in rows:
            top = sheet.max_row + 1
            for index, (name, unit, base, r7, r8, r9, r6, grade) in enumerate(indicators):
                head = [code, title, departments] if index == 0 else [None, None, None]
                sheet.append([*head, name, unit, base, r7, r8, r9, r6, grade, None])
                for cell in sheet[sheet.max_row][5:10]:
                    cell.number_format = "#,##0.0" if isinstance(cell.value, float) else "#,##0"
            if len(indicators) > 1:
                for column in "ABC":
                    sheet.merge_cells(f"{column}{top}:{column}{sheet.max_row}")
                    sheet[f"{column}{top}"].alignment = Alignment(vertical="center")
        sheet.append([])
        sheet.append([CHIKUSADAI_LEGEND])
        sheet.column_dimensions["B"].width = 26
        sheet.column_dimensions["D"].width = 30
    return save(book)


def _chikusadai() -> list[dict[str, Any]]:
    items = []
    for _, rows in _CHIKUSADAI:
        for code, title, departments, indicators in rows:
            found = [
                kpi(
                    (2023, base),
                    (2027, r9),
                    targets=((2025, r7), (2026, r8)),
                    actuals=((2024, r6),) if isinstance(r6, int | float) else (),
                )
                for _, _, base, r7, r8, r9, r6, _ in indicators
            ]
            items.append(item(code, title, departments.split("、"), found))
    return items


# --- 瑞穂野町: a KPI sheet typed with Alt+Enter, figures as text, hidden columns, filter, frozen panes ---------

MIZUHONO_HEADER = [
    "No.",
    "旧No.",
    "施策名",
    "担当課",
    "KPI\n（指標名）",
    "基準値\n（R5）",
    "実績値\n（R6）",
    "目標値\n（R7）",
    "目標値\n（R8）",
    "予算科目",
    "備考",
]
#: No., 旧No. (hidden), 施策名, 担当課, KPI, 基準値 R5, 実績 R6, 目標 R7, 目標 R8, 予算科目 (hidden), 備考
_MIZUHONO: list[tuple[str, ...]] = [
    ("1", "2-1", "窓口DX推進\n（書かない窓口）", "住民課\n税務課", "申請書を書かずに\n済んだ件数", "1,200", "3,450", "6,000", "8,000", "02-01-05", "R6.10から税証明も対象"),  # noqa: E501
    ("2", "2-2", "マイナンバーカード\nの利活用", "住民課", "カード交付率\n（％）", "72.5", "80.1", "85", "90", "02-01-05", ""),  # noqa: E501
    ("3", "2-4", "コンビニ交付\nサービスの導入", "住民課", "コンビニ交付件数", "－", "850", "1,500", "2,000", "02-01-06", "R6.4開始"),  # noqa: E501
    ("4", "3-1", "電子申請の拡充\n（子育て・介護）", "こども課\n福祉課", "電子申請できる\n手続数", "15", "42", "60", "80", "03-02-01", ""),  # noqa: E501
    ("5", "3-2", "公共施設予約の\nオンライン化", "生涯学習課", "オンライン予約率", "10%", "28%", "40%", "50%", "10-04-02", "体育館・公民館"),  # noqa: E501
    ("6", "4-1", "庁内ネットワークの\n無線化", "総務課", "無線LAN整備拠点数", "0", "5", "12", "12", "02-01-01", "R7完了予定"),  # noqa: E501
    ("7", "4-3", "RPA・AI-OCR\nの導入", "総務課\n情報政策係", "削減時間\n（時間／年）", "1,800", "2,600", "3,500", "4,200", "02-01-01", ""),  # noqa: E501
    ("8", "5-2", "デジタル活用支援員\nの育成", "企画課", "支援員数（人）", "3", "8", "12", "15", "02-01-08", "町民ボランティア"),  # noqa: E501
]  # fmt: skip

MIZUHONO_TITLE = "瑞穂野町DX推進計画　重要業績評価指標（KPI）一覧（令和6年度～令和8年度）"


def mizuhono_xlsx() -> bytes:
    """Sheet 「KPI一覧」: the title, an empty row, the header on row 3 (its labels typed with Alt+Enter), the
    rows (every cell text, wrapped), columns B and J hidden, an AutoFilter over the table, the panes frozen at
    C4."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "KPI一覧"
    sheet.append([MIZUHONO_TITLE])
    sheet.append([])
    sheet.append(MIZUHONO_HEADER)
    for row in _MIZUHONO:
        sheet.append(list(row))
    for line in sheet.iter_rows(min_row=3):
        for cell in line:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            if cell.row > 3:
                cell.number_format = "@"
    sheet.column_dimensions["B"].hidden = True
    sheet.column_dimensions["J"].hidden = True
    sheet.column_dimensions["C"].width = 22
    sheet.column_dimensions["E"].width = 20
    sheet.auto_filter.ref = f"A3:K{sheet.max_row}"
    sheet.freeze_panes = "C4"
    return save(book)


def _mizuhono() -> list[dict[str, Any]]:
    items = []
    for number, _, title, departments, _, base, r6, r7, r8, _, _ in _MIZUHONO:
        names = ["総務課"] if departments == "総務課\n情報政策係" else departments.split("\n")
        indicator = kpi(
            None if base == "－" else (2023, _number(base)),
            (2026, _number(r8)),
            targets=((2025, _number(r7)),),
            actuals=((2024, _number(r6)),),
        )
        items.append(item(number, title.replace("\n", ""), names, [indicator]))
    return items


# --- 萩原台市: a CSV saved by Excel in CP932, the header on line 3 ------------------------------------------

HAGIWARADAI_TITLE = "萩原台市ＤＸ推進計画　取組一覧（令和６年度～令和９年度）"
HAGIWARADAI_HEADER = [
    "No.",
    "取組名",
    "取組内容",
    "担当課",
    "開始年度",
    "終了年度",
    "評価指標",
    "現状値",
    "現状値の年度",
    "目標値",
    "目標年度",
]
#: one row of the CSV, cells as typed
_HAGIWARADAI: list[list[str]] = [
    ["1", "電子申請の拡充", "子育て、介護、税の手続から順に、スマートフォンで申請できるようにする。\n国の標準様式に合わせる。", "情報政策課", "R6年度", "R9年度", "電子申請できる手続数", "58手続", "令和5年度", "200手続", "R9年度"],  # noqa: E501
    ["2", "窓口予約とキャッシュレス決済の導入", "予約システムを導入し、窓口の支払いに電子マネー、QRコード決済を使えるようにする。", "市民課,会計課", "令和6年度", "令和7年度", "キャッシュレス対応窓口数", "0", "令和5年度", "15", "令和7年度"],  # noqa: E501
    ["3", "基幹業務システムの標準化", "住民記録、税、福祉など20業務を標準準拠システムへ移行する。", "情報政策課", "2024年度", "2025年度", "移行した業務数", "0業務", "2023年度", "20業務", "2025年度"],  # noqa: E501
    ["4", "AI議事録の導入", "会議録の作成にAIを使い、作成時間を減らす。\n（R7試行、R8本格導入）", "総務課", "R7年度", "R9年度", "議事録作成時間の削減率", "－", "", "50%", "R9年度"],  # noqa: E501
    ["5", "公共施設Wi-Fiの整備", "公民館、図書館, 体育館に無線LANを整備する。", "生涯学習課,スポーツ振興課", "令和6年度", "令和8年度", "整備した施設数", "3施設", "R5年度", "18施設", "令和8年度"],  # noqa: E501
    ["6", "スマホ教室の開催", "高齢者向けに、公民館で「はじめてのスマホ」教室を開く。", "高齢福祉課", "2024年度", "2027年度", "受講者数（延べ）", "1,050人", "2023年度", "3,000人", "2027年度"],  # noqa: E501
    ["7", "オープンデータの公開", "市の保有データを、CSV等の機械判読できる形式で公開する。", "企画課", "R6年度", "継続", "公開データセット数", "40件", "令和5年度", "120件", "2027年度"],  # noqa: E501
    ["8", "電子契約の導入", "契約書の締結を電子で行えるようにする。\n事業者向け説明会を開く。", "契約管財課", "令和8年度", "令和9年度", "電子契約率", "0%", "R5年度", "60%", "令和9年度"],  # noqa: E501
]  # fmt: skip

HAGIWARADAI_NOTE = "※現状値は令和5年度末時点。目標年度は計画期間内の目標達成年度。"


def hagiwaradai_csv() -> bytes:
    """As Excel saves 「CSV（コンマ区切り）」: CP932, CRLF between lines (LF inside a quoted cell), every line as
    wide as the sheet (the title and the empty line too), quotes only where a cell holds a comma, a quote or a
    line break; the title, an empty line, the header, the rows, an empty line and the note."""
    width = len(HAGIWARADAI_HEADER)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow([HAGIWARADAI_TITLE] + [""] * (width - 1))
    writer.writerow([""] * width)
    writer.writerow(HAGIWARADAI_HEADER)
    writer.writerows(_HAGIWARADAI)
    writer.writerow([""] * width)
    writer.writerow([HAGIWARADAI_NOTE] + [""] * (width - 1))
    return buffer.getvalue().encode("cp932")


def _hagiwaradai() -> list[dict[str, Any]]:
    items = []
    for code, title, _, departments, start, end, _, base, base_fy, target, target_fy in _HAGIWARADAI:
        indicator = kpi(
            None if base == "－" else (_fy(base_fy), _number(base)),
            (_fy(target_fy), _number(target)),
            year_column=False,
        )
        schedule = tuple(
            range(_fy(start), (2027 if end == "継続" else _fy(end)) + 1)
        )  # 継続: to the plan's end
        items.append(item(code, title, departments.split(","), [indicator], schedule))
    return items


# --- 紫野市: 取組一覧 and 指標一覧 on two sheets, joined by 番号 ----------------------------------------------------

#: 番号, 取組名, 担当課, スケジュール R6…R10 (「●」 start, 「→」 continue, 「 」 none)
_MURASAKINO: list[tuple[str, str, str, str]] = [
    ("1-1", "行政手続のオンライン化", "情報政策課", "●→→→→"),
    ("1-2", "書かない窓口の導入", "市民課", " ●→→→"),
    ("1-3", "証明書のコンビニ交付の拡大", "市民課", "●→   "),
    ("2-1", "基幹業務システムの標準化", "情報政策課、税務課", "●→   "),
    ("2-2", "庁内ペーパーレス化", "総務課", "●→→  "),
    ("2-3", "生成AIの活用", "情報政策課", " ●→→→"),
    ("3-1", "デジタル活用支援", "高齢福祉課", "●→→→→"),
    ("3-2", "防災情報のデジタル化", "危機管理課", "  ●→→"),
]
#: 番号, 指標名, 基準値（R5）, 目標値（R10）, 単位 — in the order the sheet has them: 2-2's added last (after a
#: revision), 2-3's 番号 typed in full width by another hand
_MURASAKINO_KPI: list[tuple[str, str, float, float, str]] = [
    ("1-1", "オンラインで申請できる手続数", 80, 300, "手続"),
    ("1-1", "オンライン申請率", 15, 50, "%"),
    ("1-2", "書かない窓口で受け付けた手続数", 0, 40, "手続"),
    ("2-1", "標準準拠システムへ移行した業務数", 0, 20, "業務"),
    ("２－３", "生成AIを利用する職員数", 0, 500, "人"),
    ("3-1", "講座の受講者数", 150, 1500, "人"),
    ("3-2", "防災アプリの登録者数", 2000, 12000, "人"),
    ("2-2", "コピー用紙の使用枚数", 2400000, 1200000, "枚"),
]

MURASAKINO_LEGEND = "凡例　●：開始　→：継続"


def murasakino_xlsx() -> bytes:
    """Sheet 「取組一覧」 (the title, an empty row, 番号 / 取組名 / 担当課 merged down rows 3–4 beside
    「スケジュール」 merged over R6…R10, the 取組, the legend) and sheet 「指標一覧」 (the title, the header,
    one row an indicator by the 番号 of its 取組)."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "取組一覧"
    sheet.append(["紫野市DX推進計画　取組一覧"])
    sheet.append([])
    sheet.append(["番号", "取組名", "担当課", "スケジュール", None, None, None, None])
    sheet.append([None, None, None, "R6", "R7", "R8", "R9", "R10"])
    for column in "ABC":
        sheet.merge_cells(f"{column}3:{column}4")
    sheet.merge_cells("D3:H3")
    for code, title, departments, marks in _MURASAKINO:
        sheet.append([code, title, departments, *[m if m != " " else None for m in marks]])
        for cell in sheet[sheet.max_row][3:8]:
            cell.alignment = Alignment(horizontal="center")
    sheet.append([])
    sheet.append([MURASAKINO_LEGEND])
    sheet.column_dimensions["B"].width = 30
    indicators = book.create_sheet("指標一覧")
    indicators.append(["紫野市DX推進計画　指標一覧"])
    indicators.append(["番号", "指標名", "基準値（R5）", "目標値（R10）", "単位"])
    for row in _MURASAKINO_KPI:
        indicators.append(list(row))
        for cell in indicators[indicators.max_row][2:4]:
            cell.number_format = "#,##0"
    indicators.column_dimensions["B"].width = 32
    return save(book)


def _murasakino() -> list[dict[str, Any]]:
    items = []
    for code, title, departments, marks in _MURASAKINO:
        found = [
            kpi((2023, base), (2028, target))
            for number, _, base, target, _ in _MURASAKINO_KPI
            if unicodedata.normalize("NFKC", number) == code
        ]
        schedule = tuple(fy for fy, mark in zip(range(2024, 2029), marks, strict=True) if mark != " ")
        items.append(item(code, title, departments.split("、"), found, schedule))
    return items


# --- 深山村: a 工程表 painted in colours, the legend as coloured cells --------------------------------------------

MIYAMA_DONE = PatternFill("solid", fgColor="FF4472C4")  # 実施 (blue)
MIYAMA_PREPARE = PatternFill("solid", fgColor="FFFFE699")  # 検討・準備 (light yellow)
#: No., 取組, 担当課 as written, the 課 it names, R6…R10 (「B」 実施, 「Y」 検討・準備, 「.」 unpainted; upper case a
#: cell of its own, lower case merged with the cells of the same letter beside it into one painted bar)
_MIYAMA: list[tuple[int, str, str, list[str], str]] = [
    (1, "村ホームページのリニューアル", "総務部総務課", ["総務課"], "Ybbbb"),
    (2, "電子申請サービスの導入", "住民課・税務課", ["住民課", "税務課"], "YBBBB"),
    (3, "役場窓口のキャッシュレス化", "会計室", ["会計室"], "YBB.."),
    (4, "防災行政無線のデジタル化", "総務部危機管理課", ["危機管理課"], "BB..."),
    (5, "高齢者のスマホ教室", "保健福祉課・公民館", ["保健福祉課", "公民館"], "bbbbb"),
    (6, "農業へのドローン活用（実証）", "産業建設部産業振興課", ["産業振興課"], ".YBB."),
    (7, "GIGAスクール端末の更新", "教育委員会教育総務課", ["教育総務課"], ".YB.."),
    (8, "役場庁舎のWi-Fi整備", "総務部総務課", ["総務課"], "B...."),
]


def miyama_xlsx() -> bytes:
    """Sheet 「工程表」: the title, the legend row (「凡例」, a blue cell, 「実施」, a yellow cell, 「検討・準備」), an
    empty row, the header No. / 取組 / 担当課 / 令和6年度…令和10年度, the rows with their year cells painted and
    empty, thin borders left out."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "工程表"
    sheet.append(["深山村デジタル化推進計画　工程表（令和6年度～令和10年度）"])
    sheet.append(["凡例", None, "実施", None, "検討・準備"])
    sheet["B2"].fill = MIYAMA_DONE
    sheet["D2"].fill = MIYAMA_PREPARE
    sheet.append([])
    sheet.append(["No.", "取組", "担当課", "令和6年度", "令和7年度", "令和8年度", "令和9年度", "令和10年度"])
    bars: list[str] = []
    for number, title, written, _, paint in _MIYAMA:
        sheet.append([number, title, written])
        line = sheet.max_row
        for offset, mark in enumerate(paint):
            if mark != ".":
                sheet.cell(line, 4 + offset).fill = MIYAMA_DONE if mark in "Bb" else MIYAMA_PREPARE
        for bar in re.finditer(r"b{2,}|y{2,}", paint):
            bars.append(
                f"{get_column_letter(4 + bar.start())}{line}:{get_column_letter(3 + bar.end())}{line}"
            )
    for bar in bars:
        sheet.merge_cells(bar)
    sheet.column_dimensions["B"].width = 30
    sheet.column_dimensions["C"].width = 22
    return _painted_merges(save(book), bars)


def _painted_merges(data: bytes, bars: list[str]) -> bytes:
    """The workbook as Excel saves a merged range painted: every cell of the range with the fill's style
    (openpyxl keeps the first cell's only)."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = source.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                xml = content.decode("utf-8")
                for bar in bars:
                    first, last = bar.split(":")
                    match = re.search(rf'<c r="{first}" s="(\d+)"[^>]*(?:/>|></c>)', xml)
                    assert match, first
                    row = first.lstrip("ABCDEFGH")
                    rest = "".join(
                        f'<c r="{chr(column)}{row}" s="{match.group(1)}" />'
                        for column in range(ord(first[0]) + 1, ord(last[0]) + 1)
                    )
                    xml = xml[: match.end()] + rest + xml[match.end() :]
                content = xml.encode("utf-8")
            target.writestr(info, content)
    return out.getvalue()


def _miyama() -> list[dict[str, Any]]:
    return [
        item(
            str(number),
            title,
            departments,
            [],
            tuple(fy for fy, mark in zip(range(2024, 2029), paint, strict=True) if mark != "."),
        )
        for number, title, _, departments, paint in _MIYAMA
    ]


#: What each painted year means by the legend: title → [(fy, 「実施」 or 「検討・準備」)].
MIYAMA_LABELS = {
    title: [
        (fy, "実施" if mark in "Bb" else "検討・準備")
        for fy, mark in zip(range(2024, 2029), paint, strict=True)
        if mark != "."
    ]
    for _, title, _, _, paint in _MIYAMA
}

# --- 栗原台町: 事業一覧, 事業番号 turned into dates by Excel, 事業費 決算 / 予算 / 計画 -------------------------------------

#: 事業番号 (a date: what Excel made of it; a str: retyped as text), 事業名, 担当課, 事業費 R5決算 R6予算 R7計画
#: R8計画 (None: 「－」), 成果指標, 単位, 現状値（R5）, 目標値（R8）
_KURIHARADAI: list[tuple[Any, str, str, tuple[Any, int, int, int], str, str, float, float]] = [
    (datetime.datetime(2001, 1, 1), "電子申請システムの運用", "総務課", (3200, 3500, 3500, 3500), "電子申請件数", "件", 2400, 6000),  # noqa: E501
    (datetime.datetime(2001, 1, 2), "窓口キャッシュレス決済の導入", "会計課", (None, 1800, 600, 600), "対応窓口数", "窓口", 0, 6),  # noqa: E501
    (datetime.datetime(2001, 1, 3), "証明書のコンビニ交付", "町民課", (5500, 5800, 5800, 5800), "コンビニ交付率", "%", 9.5, 25),  # noqa: E501
    ("1-2-1", "町公式LINEの運用", "企画課", (800, 900, 900, 900), "友だち登録者数", "人", 3200, 8000),
    (datetime.datetime(2001, 2, 2), "町ホームページの改修", "企画課", (None, 12000, 1000, 1000), "年間閲覧数", "万PV", 45, 60),  # noqa: E501
    (datetime.datetime(2002, 1, 1), "基幹系システムの標準化", "総務課", (15000, 48000, 22000, 9000), "移行した業務数", "業務", 0, 20),  # noqa: E501
    (datetime.datetime(2002, 1, 2), "電子決裁の導入", "総務課", (None, 6500, 2400, 2400), "電子決裁率", "%", 0, 80),  # noqa: E501
    (datetime.datetime(2003, 1, 1), "スマホ相談会の開催", "福祉課", (300, 400, 400, 400), "相談会の参加者数", "人", 180, 600),  # noqa: E501
    (datetime.datetime(2003, 1, 2), "地域Wi-Fiの整備", "総務課", (0, 4000, 0, 0), "整備した箇所数", "か所", 2, 10),  # noqa: E501
]  # fmt: skip

KURIHARADAI_YEARS = (2023, 2024, 2025, 2026)


def _code(number: Any) -> str:
    return number if isinstance(number, str) else f"{number.year - 2000}-{number.month}-{number.day}"


def kuriharadai_xlsx() -> bytes:
    """Sheet 「事業一覧」: the title, 「（単位：千円）」 over the money, the header over rows 3–4 (「事業費」 merged
    over R5決算額 / R6予算額 / R7計画額 / R8計画額), the 事業 (事業番号 as Excel turned it into a date, shown
    yyyy/m/d; 「1-2-1」 retyped as text), a 合計 row of SUM formulas."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "事業一覧"
    sheet.append(["栗原台町DX推進計画　事業一覧（令和6年度～令和8年度）"])
    sheet.append([None] * 6 + ["（単位：千円）"])
    sheet.append(
        [
            "事業番号",
            "事業名",
            "担当課",
            "事業費",
            None,
            None,
            None,
            "成果指標",
            "単位",
            "現状値（R5）",
            "目標値（R8）",
        ]
    )  # noqa: E501
    sheet.append([None, None, None, "R5決算額", "R6予算額", "R7計画額", "R8計画額", None, None, None, None])
    for column in "ABCHIJK":
        sheet.merge_cells(f"{column}3:{column}4")
    sheet.merge_cells("D3:G3")
    first = sheet.max_row + 1
    for number, title, department, money, name, unit, base, target in _KURIHARADAI:
        sheet.append(
            [
                number,
                title,
                department,
                *[m if m is not None else "－" for m in money],
                name,
                unit,
                base,
                target,
            ]
        )
        if not isinstance(number, str):
            sheet.cell(sheet.max_row, 1).number_format = "yyyy/m/d"
        for cell in sheet[sheet.max_row][3:7]:
            cell.number_format = "#,##0"
    last = sheet.max_row
    total = last + 1
    sheet.append([None, "合計", None, *[f"=SUM({c}{first}:{c}{last})" for c in "DEFG"]])
    cached = {
        f"{c}{total}": sum(row[3][index] or 0 for row in _KURIHARADAI) for index, c in enumerate("DEFG")
    }
    sheet.column_dimensions["A"].width = 11
    sheet.column_dimensions["B"].width = 28
    sheet.column_dimensions["H"].width = 18
    return _with_cached_values(save(book), 1, cached)


def _kuriharadai() -> list[dict[str, Any]]:
    return [
        item(_code(number), title, [department], [kpi((2023, base), (2026, target))])
        for number, title, department, _, _, _, base, target in _KURIHARADAI
    ]


#: Each 事業's 事業費 by the year of its column (千円); the R5 column is the 決算 of 2023.
KURIHARADAI_BUDGETS = {
    title: [(fy, amount) for fy, amount in zip(KURIHARADAI_YEARS, money, strict=True) if amount]
    for _, title, _, money, *_ in _KURIHARADAI
}

# --- the batch ---------------------------------------------------------------------------------------------

PLANS: Sheets = {
    "kashiwaba-xlsx": ("柏葉市", "柏葉市_計画テンプレート_記入済.xlsx", kashiwaba_xlsx, _kashiwaba),
    "chikusadai-xlsx": ("千種台市", "R6進捗管理表（3月末）.xlsx", chikusadai_xlsx, _chikusadai),
    "mizuhono-xlsx": ("瑞穂野町", "KPI一覧_R6実績入り.xlsx", mizuhono_xlsx, _mizuhono),
    "hagiwaradai-csv": ("萩原台市", "取組一覧.csv", hagiwaradai_csv, _hagiwaradai),
    "murasakino-xlsx": ("紫野市", "DX推進計画_取組と指標.xlsx", murasakino_xlsx, _murasakino),
    "miyama-xlsx": ("深山村", "工程表（色塗り）.xlsx", miyama_xlsx, _miyama),
    "kuriharadai-xlsx": ("栗原台町", "事業一覧_R6当初.xlsx", kuriharadai_xlsx, _kuriharadai),
}


def document(name: str) -> tuple[bytes, str]:
    """The file as uploaded: (bytes, file name)."""
    return uploaded(PLANS, name)


def expected(name: str) -> dict[str, Any]:
    """The plan the document states (only what ``scoring.score`` compares)."""
    return stated(PLANS, name)
