"""What the import walk (T10) found the readers misreading, pinned for the readers' owners.

Each test is a document a plan office has, in the shape it has it. Marked ``xfail(strict=True)``
while the reader is wrong, so that the fix shows up as an XPASS to remove the mark; the
reasons say what the user sees.
"""

from __future__ import annotations

import io

import openpyxl
import pytest

from shinchoku.importers import parse


def _progress_workbook() -> bytes:
    """A 進捗状況一覧 with a 単位 column, as a plan office fills it."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "進捗状況一覧"
    sheet.append(["北杜見市DX推進計画 進捗状況一覧"])
    sheet.append([])
    sheet.append(["番号", "取組名", "担当課", "成果指標", "単位", "現状値", "目標値（R7）", "目標値（R8）"])
    sheet.append(["1-1", "電子申請の拡充", "情報政策課", "電子申請可能な手続数", "件", 35, 90, 120])
    sheet.append(["4-2", "テレワーク環境の整備", "人事課", "テレワーク実施率", "%", 12, 45, 60])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


@pytest.mark.xfail(
    strict=True, reason="generic tables: the 単位 column of a workbook is recognised (preview) but not read"
)
def test_the_unit_column_of_a_workbook_is_read():
    plan = parse(_progress_workbook(), filename="progress.xlsx")
    units = [(i["code"], i["indicators"][0]["unit"]) for i in plan["initiatives"]]
    assert units == [("1-1", "件"), ("4-2", "%")]


def test_the_unit_column_of_a_csv_is_read():
    """The same table as CSV (CP932): here the unit is read — the workbook should read the same."""
    text = "番号,取組名,担当課,成果指標,単位,現状値,目標値（R8）\r\n1-1,電子申請の拡充,情報政策課,電子申請可能な手続数,件,35,120\r\n"
    plan = parse(("北杜見市DX推進計画 進捗状況一覧\r\n\r\n" + text).encode("cp932"), filename="progress.csv")
    assert plan["initiatives"][0]["indicators"][0]["unit"] == "件"


def test_a_password_protected_pdf_is_refused_saying_so():
    """LibreOffice's export with an open password: the plan office is told to remove it, not that the file is broken."""
    from pathlib import Path

    from shinchoku.importers import ParseError

    data = (Path(__file__).parent / "files" / "password-protected.pdf").read_bytes()
    with pytest.raises(ParseError) as caught:
        parse(data, filename="keikaku.pdf")
    assert caught.value.message == "パスワードで保護されたPDFは読めません。保護を解除してから取り込んでください。"
