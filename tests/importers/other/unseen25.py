"""Documents of the twenty-fifth session, written the way offices keep them, for what the batches before lack.

- 桜台市's 進捗状況一覧 (``sakuradai_hidden_xlsx``): this year's sheet 「R7進捗」 as shown, last year's 「R6進捗」 kept beside
  it but hidden (「シートの非表示」; a 取組 「旧取組」 the plan has since dropped, last year's 実績), and a very hidden
  「リスト」 of the 課 the drop-downs offer. A person sees two 取組 with this year's 実績.
"""

from __future__ import annotations

import io

import openpyxl

SAKURADAI_HEADER = ["番号", "取組名", "担当課", "指標", "目標値", "実績値"]


def sakuradai_hidden_xlsx() -> bytes:
    book = openpyxl.Workbook()
    shown = book.active
    shown.title = "R7進捗"
    last = book.create_sheet("R6進捗")
    last.sheet_state = "hidden"
    for sheet, rows in (
        (shown, [["1", "電子申請の拡大", "情報政策課", "手続数", "100件", "60件"], ["2", "窓口改革", "市民課", "待ち時間", "10分", "15分"]]),
        (last, [["1", "電子申請の拡大", "情報政策課", "手続数", "100件", "40件"], ["3", "旧取組", "総務課", "件数", "5件", "1件"]]),
    ):  # fmt: skip
        sheet.append(["桜台市DX推進計画 進捗状況一覧"])
        sheet.append(SAKURADAI_HEADER)
        for row in rows:
            sheet.append(row)
    choices = book.create_sheet("リスト")
    choices.sheet_state = "veryHidden"
    for name in ("情報政策課", "市民課", "総務課"):
        choices.append([name])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
