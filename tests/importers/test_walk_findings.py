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
    assert (
        caught.value.message
        == "パスワードで保護されたPDFは読めません。保護を解除してから取り込んでください。"
    )


def _zip(entries: dict[str, bytes]) -> bytes:
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return out.getvalue()


@pytest.mark.parametrize(
    ("name", "data", "says"),
    [
        # Excel 97-2003 keeps its sheets in an OLE2 compound file: what to save it as.
        (
            "shinchoku.xls",
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600,
            "「Excel ブック（*.xlsx）」として保存し直して",
        ),
        (
            "shinchoku.ods",
            _zip({"mimetype": b"application/vnd.oasis.opendocument.spreadsheet", "content.xml": b"<x/>"}),
            "OpenDocument 形式（.ods）の表は読めません",
        ),
        (
            "keikaku.docx",
            _zip({"[Content_Types].xml": b"<x/>", "word/document.xml": b"<x/>"}),
            "PDF として保存して",
        ),
        # A program renamed to .pdf: not "not a text file" but what can be read.
        ("keikaku.pdf", b"\x7fELF\x02\x01\x01\x00" + b"\x00" * 64, "読み取れるのは PDF、Excel（.xlsx）"),
    ],
)
def test_a_file_of_another_kind_is_named_with_what_to_do(name, data, says):
    from shinchoku.importers import ParseError

    with pytest.raises(ParseError) as caught:
        parse(data, filename=name)
    assert says in caught.value.message


def test_excels_unicode_text_is_read():
    """Excel's 「Unicode テキスト」 save: UTF-16 with its BOM, tab-separated."""
    text = (
        "北杜見市DX推進計画 取組一覧\r\n\r\n番号\t取組名\t担当課\t成果指標\t現状値\t目標値（令和8年度）\r\n"
        "1-1\t電子申請の拡充\t情報政策課\t電子申請可能な手続数\t35\t120\r\n"
        "1-2\tキャッシュレス決済の導入\t市民課・会計課\t対応窓口数\t0\t10\r\n"
    )
    plan = parse(text.encode("utf-16"), filename="list.txt")
    found = [(i["code"], i["title"], i["departments"]) for i in plan["initiatives"]]
    assert found == [
        ("1-1", "電子申請の拡充", ["情報政策課"]),
        ("1-2", "キャッシュレス決済の導入", ["市民課", "会計課"]),
    ]
    assert plan["initiatives"][1]["indicators"][0]["final_target"]["value"] == 10


@pytest.mark.xfail(
    strict=True,
    reason="generic CSV without a 施策 column: the title line above the table is ignored, and the plan is "
    "named after the file (「x 計画」 of municipality 「x」)",
)
def test_the_title_line_above_a_csv_table_names_the_plan_and_municipality():
    text = (
        "北杜見市DX推進計画 取組一覧\r\n\r\n番号,取組名,担当課,成果指標,現状値,目標値（令和8年度）\r\n"
        "1-1,電子申請の拡充,情報政策課,電子申請可能な手続数,35,120\r\n"
    )
    plan = parse(text.encode("cp932"), filename="x.csv")
    assert (plan["municipality"]["name"], plan["plan"]["title"]) == (
        "北杜見市",
        "北杜見市DX推進計画 取組一覧",
    )


@pytest.mark.slow
@pytest.mark.xfail(
    strict=True,
    reason="PDF reader: the ideographic space between a KPI name and 「現状値」 is extracted as U+2003 and "
    "kept at the end of the indicator's name (pdftotext's text of the same PDF reads clean)",
)
def test_a_kpi_line_of_a_numbered_outline_pdf_gives_a_clean_indicator_name():
    from .samplepdf import print_html

    page = (
        "<!doctype html><html lang=ja><meta charset=utf-8><body>"
        "<h1>北杜見市デジタル・トランスフォーメーション推進計画</h1><p>計画期間：令和6年度から令和8年度まで</p>"
        "<h2>（1）行政手続のオンライン化</h2><h3>① 電子申請の拡充</h3><p>【内容】手続を電子化する</p>"
        "<p>【担当課】情報政策課</p><p>【指標】電子申請可能な手続数　現状値 35件（令和5年度） → 目標値 120件（令和8年度）</p>"
        "<h3>② キャッシュレス決済の導入</h3><p>【担当課】市民課・会計課</p>"
        "<p>【指標】キャッシュレス対応窓口数　現状値 0窓口（令和5年度） → 目標値 10窓口（令和8年度）</p>"
        "</body></html>"
    )
    plan = parse(print_html(page, "walk-outline").read_bytes(), filename="outline.pdf")
    names = [i["indicators"][0]["name"] for i in plan["initiatives"]]
    assert names == ["電子申請可能な手続数", "キャッシュレス対応窓口数"]


#: A 事業一覧 exported by a 庁内システム (Shift_JIS): each value's year in a column of its own.
SYSTEM_EXPORT = (
    "管理番号,施策区分,事業名,所管課,事業概要,評価指標,基準値,基準年度,目標値,目標年度,更新日\r\n"
    "DX-001,行政手続のオンライン化,電子申請システムの導入,総務課,電子申請対応手続を拡大する,"
    "オンライン申請可能な手続数,12,R5,80,R9,2025/04/01\r\n"
    "DX-003,情報システムの標準化,基幹業務システムの標準化・共通化,企画政策課,20業務を移行,"
    "移行業務数,0,令和5年度,20,令和7年度,2025/04/01\r\n"
    'DX-005,庁内DX,RPAによる業務効率化,企画政策課,定型業務の自動化,削減時間,300,2023,"2,000",2027,2025/04/01\r\n'
).encode("cp932")


def test_the_year_columns_beside_the_values_date_them():
    """「目標年度」 was read as a second 目標値 and 「基準年度」 left out: the preview showed 「0 → 20」
    with no year, and DX-003's target for 令和7年度 took the plan's last year or none."""
    plan = parse(SYSTEM_EXPORT, filename="jigyou_ichiran.csv")
    dated = [
        (
            i["code"],
            ind["baseline"]["fy"],
            ind["baseline"]["value"],
            ind["final_target"]["fy"],
            ind["final_target"]["value"],
        )
        for i in plan["initiatives"]
        for ind in i["indicators"]
    ]
    assert dated == [
        ("DX-001", 2023, 12, 2027, 80),
        ("DX-003", 2023, 0, 2025, 20),
        ("DX-005", 2023, 300, 2027, 2000),
    ]


def test_the_year_columns_are_offered_as_their_own_roles():
    from shinchoku.importers import read_for_preview

    _, tables = read_for_preview(SYSTEM_EXPORT, filename="jigyou_ichiran.csv")
    roles = {c["header"]: c["role"] for c in tables[0]["columns"]}
    assert (roles["基準値"], roles["基準年度"], roles["目標値"], roles["目標年度"]) == (
        "baseline",
        "baseline_year",
        "target",
        "target_year",
    )


@pytest.mark.xfail(
    strict=True,
    reason="generic tables: the unit a system export writes after the indicator's name (「オンライン申請可能な"
    "手続数（件）」) is not read — the preview shows 「12（令和5年度） → 80（令和9年度）」 with no 件, the "
    "initiative page no （単位: 件）",
)
def test_the_unit_in_parentheses_after_an_indicators_name_is_its_unit():
    text = (
        "管理番号,事業名,所管課,評価指標,基準値,目標値（R9）\r\n"
        "DX-001,電子申請システムの導入,総務課,オンライン申請可能な手続数（件）,12,80\r\n"
        "DX-004,高齢者向けスマホ教室の開催,生涯学習課,受講者数（累計）,45,400\r\n"
    )
    plan = parse(text.encode("cp932"), filename="jigyou.csv")
    units = [(i["code"], i["indicators"][0]["name"], i["indicators"][0]["unit"]) for i in plan["initiatives"]]
    assert units == [("DX-001", "オンライン申請可能な手続数", "件"), ("DX-004", "受講者数（累計）", "")]
