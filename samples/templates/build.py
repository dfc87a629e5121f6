"""Regenerate the Excel templates from their CSV sources, so that both always hold the same plan.

    .venv/bin/python samples/templates/build.py

plan-template.csv -> plan-template.xlsx, example.csv -> example.xlsx. The CSV is the source
of truth (it diffs well in review); the workbook adds what Excel users expect: a 「計画」 sheet
for the plan metadata with a column explaining each item, a frozen header, drop-down lists
for 区分 / 種別 / 方向, text-formatted 番号 and 階層 columns (so Excel does not turn "1-1" into
1月1日) and numbers stored as numbers with the format they were written in ("4,500").
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import zipfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

HERE = Path(__file__).resolve().parent

#: What each plan metadata item means, shown next to it in the 「計画」 sheet.
META_HELP = {
    "自治体名": "必須。例: 緑ヶ丘市",
    "都道府県": "例: 静岡県（空欄なら自治体名から補います）",
    "団体コード": "全国地方公共団体コード 6桁（検査数字なしの5桁も可）。文字列で入力",
    "計画名": "必須。例: 緑ヶ丘市DX推進計画 アクションプラン",
    "公表年月": "例: 2025年6月、令和7年6月、2025-06",
    "計画期間 開始年度": "例: 令和6年度、R6、2024",
    "計画期間 終了年度": "例: 令和10年度、R10、2028",
    "ビジョン": "計画の目指す姿・基本理念（任意）",
    "階層名": "階層の呼び名を上から「>」で区切って。例: 基本方針 > 施策",
}

#: Drop-down choices for columns whose header starts with the key.
CHOICES = {"区分": "国,市", "種別": "KPI,KGI", "方向": "増加,減少,維持"}
TEXT_COLUMNS = ("階層", "番号", "取組名", "担当課", "概要", "指標名", "単位", "基準年度", "最終目標年度")
NUMBER_COLUMNS = ("基準値", "目標", "実績", "最終目標", "予算")
WIDE = {"階層": 40, "取組名": 30, "概要": 50, "指標名": 30, "担当課": 20}
FIXED_TIME = dt.datetime(2025, 6, 1)
HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")


def read_csv(path: Path) -> tuple[list[list[str]], list[str], list[list[str]]]:
    """(metadata rows, header, data rows) of a template CSV."""
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    at = next(i for i, row in enumerate(rows) if "取組名" in row)
    meta = [row for row in rows[:at] if row and row[0].strip()]
    return meta, rows[at], [row for row in rows[at + 1 :] if any(c.strip() for c in row)]


def typed(text: str, header: str) -> tuple[object, str | None]:
    """A cell value as Excel would hold it, with the number format that shows it as written."""
    if header.startswith(NUMBER_COLUMNS) and not header.endswith("年度"):
        if re.fullmatch(r"-?\d{1,3}(,\d{3})*|-?\d+", text):
            return int(text.replace(",", "")), "#,##0"
        if re.fullmatch(r"-?\d+\.\d+", text):
            return float(text), "General"
    return text, None


def plan_sheet(workbook: Workbook, meta: list[list[str]]) -> None:
    sheet = workbook.active
    sheet.title = "計画"
    sheet.append(["項目", "内容", "説明"])
    for row in meta:
        sheet.append([row[0], row[1] if len(row) > 1 else "", META_HELP.get(row[0], "")])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.fill = HEADER_FILL
    for row in sheet.iter_rows(min_row=2, min_col=2, max_col=2):
        row[0].number_format = "@"
    for letter, width in (("A", 20), ("B", 60), ("C", 60)):
        sheet.column_dimensions[letter].width = width


def initiative_sheet(workbook: Workbook, header: list[str], rows: list[list[str]], blank_rows: int) -> None:
    sheet = workbook.create_sheet("取組")
    sheet.append(header)
    for row in rows:
        if row and row[0].startswith("#"):
            sheet.append([row[0]])
            continue
        sheet.append([typed(text, header[i])[0] if i < len(header) else text for i, text in enumerate(row)])
        for i, text in enumerate(row):
            fmt = typed(text, header[i])[1] if i < len(header) else None
            if fmt:
                sheet.cell(sheet.max_row, i + 1).number_format = fmt
    last = max(sheet.max_row + blank_rows, 2)
    for index, name in enumerate(header, start=1):
        letter = get_column_letter(index)
        top = sheet.cell(1, index)
        top.font = Font(bold=True)
        top.fill = HEADER_FILL
        top.alignment = Alignment(wrap_text=True, vertical="center")
        sheet.column_dimensions[letter].width = WIDE.get(name, 12)
        if name.startswith(TEXT_COLUMNS):
            for (cell,) in sheet.iter_rows(min_row=2, max_row=last, min_col=index, max_col=index):
                if isinstance(cell.value, str) or cell.value is None:
                    cell.number_format = "@"
        for prefix, choices in CHOICES.items():
            if name.startswith(prefix):
                rule = DataValidation(type="list", formula1=f'"{choices}"', allow_blank=True)
                rule.add(f"{letter}2:{letter}{last}")
                sheet.add_data_validation(rule)
    sheet.freeze_panes = "D2"


def build(name: str, blank_rows: int) -> Path:
    meta, header, rows = read_csv(HERE / f"{name}.csv")
    workbook = Workbook()
    workbook.properties.creator = "shinchoku"
    workbook.properties.created = workbook.properties.modified = FIXED_TIME
    plan_sheet(workbook, meta)
    initiative_sheet(workbook, header, rows, blank_rows)
    target = HERE / f"{name}.xlsx"
    target.write_bytes(reproducible(workbook))
    return target


def reproducible(workbook: Workbook) -> bytes:
    """The workbook's bytes with fixed zip timestamps, so that an unchanged CSV gives an unchanged file."""
    saved = io.BytesIO()
    workbook.save(saved)
    out = io.BytesIO()
    with zipfile.ZipFile(saved) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=FIXED_TIME.timetuple()[:6])
            fixed.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(fixed, source.read(info.filename))
    return out.getvalue()


if __name__ == "__main__":
    for name, blank_rows in (("plan-template", 200), ("example", 0)):
        print(build(name, blank_rows))
