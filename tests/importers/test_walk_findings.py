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


def test_the_unit_column_of_a_progress_workbook_with_an_evaluation_column_is_read():
    """The 進捗状況一覧 kept with an 評価 column (not a template column: the generic readers read it)."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "R5進捗"
    sheet.append(["北杜見市DX推進計画 令和5年度 進捗状況一覧"])
    sheet.append(["番号", "取組名", "担当課", "成果指標", "単位", "現状値", "R5実績", "目標値（R8）", "評価"])
    sheet.append(["1-1", "電子申請の拡充", "情報政策課", "電子申請可能な手続数", "件", 35, 52, 120, "B"])
    sheet.append(["4-2", "テレワーク環境の整備", "人事課", "テレワーク実施率", "%", 12, 30, 60, "A"])
    sheet.append(["5-1", "窓口の待ち時間短縮", "市民課", "平均待ち時間", "分", 25, 18, 10, "A"])
    out = io.BytesIO()
    book.save(out)
    plan = parse(out.getvalue(), filename="progress.xlsx")
    assert plan["plan"]["source"]["layout"] == "generic"
    found = [
        (i["code"], i["indicators"][0]["unit"], i["indicators"][0]["direction"]) for i in plan["initiatives"]
    ]
    assert found == [("1-1", "件", "increase"), ("4-2", "%", "increase"), ("5-1", "分", "decrease")]


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
        # Excel 97-2003 keeps its sheets in an OLE2 compound file (read: test_xls.py); a damaged one says what to do.
        (
            "shinchoku.xls",
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600,
            "Excel で「Excel ブック（*.xlsx）」として保存し直すと読めることがあります",
        ),
        # An OpenDocument sheet is read (test_ods.py); one that holds no sheet says so and what to save it as.
        (
            "shinchoku.ods",
            _zip({"mimetype": b"application/vnd.oasis.opendocument.spreadsheet", "content.xml": b"<x/>"}),
            "OpenDocument 形式（.ods）の表を読めません",
        ),
        # A Word document is read (test_docx.py); one that is damaged says so, and an OpenDocument text what to save it as.
        (
            "keikaku.docx",
            _zip({"[Content_Types].xml": b"<x/>", "word/document.xml": b"<x/>"}),
            "Word 文書（.docx）を開けません",
        ),
        (
            "keikaku.odt",
            _zip({"mimetype": b"application/vnd.oasis.opendocument.text", "content.xml": b"<x/>"}),
            "Word 文書（.docx）か PDF として保存して",
        ),
        # A program renamed to .pdf: not "not a text file" but what can be read.
        ("keikaku.pdf", b"\x7fELF\x02\x01\x01\x00" + b"\x00" * 64, "読み取れるのは PDF、Excel（.xlsx・.xls）"),
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


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_a_utf16_csv_without_its_byte_order_mark_is_read(encoding):
    """A system's CSV export in UTF-16 with no BOM: it was refused as 「プログラムや画像などのファイル」. Random bytes are
    still refused as before."""
    from shinchoku.importers import ParseError

    text = (
        "岩手県遠野市 行政DX実行計画\r\n\r\n番号,取組名,担当課,指標,基準値（R5）,目標値（R9）\r\n"
        "1,ＡＩチャットボットの導入,広報広聴課,問合せ自動応答件数,0件,\"12,000件\"\r\n"
        "2,公金収納のキャッシュレス化,会計課,キャッシュレス納付率,12%,45%\r\n"
    )
    plan = parse(text.encode(encoding), filename="export.csv")
    assert [(i["code"], i["title"], i["departments"]) for i in plan["initiatives"]] == [
        ("1", "ＡＩチャットボットの導入", ["広報広聴課"]),
        ("2", "公金収納のキャッシュレス化", ["会計課"]),
    ]
    assert plan["initiatives"][0]["indicators"][0]["final_target"]["value"] == 12000
    noise = bytes((n * 7919 + 13) % 256 for n in range(4096)) + b"\x00" * 8
    with pytest.raises(ParseError, match="プログラムや画像"):
        parse(noise, filename="export.csv")


def test_the_title_line_above_a_csv_table_names_the_plan_and_municipality():
    text = (
        "北杜見市DX推進計画 取組一覧\r\n\r\n番号,取組名,担当課,成果指標,現状値,目標値（令和8年度）\r\n"
        "1-1,電子申請の拡充,情報政策課,電子申請可能な手続数,35,120\r\n"
    )
    plan = parse(text.encode("cp932"), filename="x.csv")
    # (the plan's name, not its list's: 「… 取組一覧」 dropped, titles.plan_name)
    assert (plan["municipality"]["name"], plan["plan"]["title"]) == ("北杜見市", "北杜見市DX推進計画")
    assert plan["initiatives"][0]["indicators"][0]["final_target"]["value"] == 120  # 令和8年度, the last year
    assert not any("自治体名" in w["message"] or "計画名" in w["message"] for w in plan["warnings"])


@pytest.mark.parametrize("title", ["第2次北杜見市DX推進計画", "第２次北杜見市DX推進計画", "第三次北杜見市情報化計画"])
def test_a_plans_edition_before_the_name_is_not_part_of_the_municipality(title):
    """「第2次…計画」 is how a second plan is named: the municipality is 北杜見市, not 次北杜見市."""
    text = (
        f"{title} 取組一覧\r\n\r\n番号,取組名,担当課,成果指標,現状値,目標値（令和8年度）\r\n"
        "1-1,電子申請の拡充,情報政策課,電子申請可能な手続数,35,120\r\n"
    )
    plan = parse(text.encode("cp932"), filename="x.csv")
    assert (plan["municipality"]["name"], plan["plan"]["title"]) == ("北杜見市", title)


@pytest.mark.parametrize(
    ("name", "separator", "extra"),
    [("torikumi.tsv", "\t", ""), ("torikumi.xlsx", None, ""), ("torikumi.csv", ",", ",評価")],
)
def test_the_title_line_above_a_table_names_the_plan_whatever_the_file(name, separator, extra):
    """The same 取組一覧 saved as TSV, as a workbook, and as CSV with an 評価 column (read by the generic
    readers rather than the template's): each is named by its title line, not by the file."""
    rows = [
        ["北杜見市DX推進計画 取組一覧"],
        [],
        ["番号", "取組名", "担当課", "成果指標", "現状値", "目標値（令和8年度）", *extra.split(",")[1:]],
        [
            "1-1",
            "電子申請の拡充",
            "情報政策課",
            "電子申請可能な手続数",
            "35",
            "120",
            *(["B"] if extra else []),
        ],
    ]
    if separator is None:
        book = openpyxl.Workbook()
        for row in rows:
            book.active.append(row)
        out = io.BytesIO()
        book.save(out)
        data = out.getvalue()
    else:
        data = "\r\n".join(separator.join(row) for row in rows).encode("cp932")
    plan = parse(data, filename=name)
    # (the plan's name, not its list's: 「… 取組一覧」 dropped, titles.plan_name)
    assert (plan["municipality"]["name"], plan["plan"]["title"]) == ("北杜見市", "北杜見市DX推進計画")
    assert [i["title"] for i in plan["initiatives"]] == ["電子申請の拡充"]


@pytest.mark.slow
def test_a_kpi_line_of_a_numbered_outline_pdf_gives_a_clean_indicator_name():
    """Chromium writes the ideographic space between the name and 「現状値」 as the em space U+2003."""
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


#: Blanks a plan office's file may hold where a person sees a space: the no-break space (Word,
#: web pages), the em and thin spaces (PDFs), the zero-width space (copied web text), the
#: ideographic space (typed in Japanese).
_ODD_BLANKS = ["\u00a0", "\u2002", "\u2003", "\u2009", "\u200a", "\u200b", "\u202f", "\u205f", "\u3000"]


def _kpi_rows(blank: str) -> list[list[str]]:
    return [
        ["番号", "取組名", "担当課", "成果指標", "現状値", "目標値"],
        [
            "1",
            f"電子申請の拡充{blank}",
            f"{blank}情報政策課{blank}",
            f"電子申請可能な手続数{blank}",
            "35件",
            "120件",
        ],
        [
            "2",
            f"{blank}キャッシュレス決済の導入",
            f"市民課{blank}・会計課",
            f"キャッシュレス対応窓口数{blank}",
            "0窓口",
            "10窓口",
        ],
    ]


def _as_csv(blank: str) -> tuple[bytes, str]:
    return "\n".join(",".join(row) for row in _kpi_rows(blank)).encode(), "北杜見市_指標.csv"


def _as_tsv_text(blank: str) -> tuple[bytes, str]:
    return "\n".join("\t".join(row) for row in _kpi_rows(blank)).encode(), "北杜見市_指標.txt"


def _as_workbook(blank: str) -> tuple[bytes, str]:
    book = openpyxl.Workbook()
    for row in _kpi_rows(blank):
        book.active.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue(), "北杜見市_指標.xlsx"


def _as_outline(blank: str) -> tuple[bytes, str]:
    text = (
        "北杜見市デジタル・トランスフォーメーション推進計画\n計画期間：令和6年度から令和8年度まで\n"
        "（1）行政手続のオンライン化\n"
        f"① 電子申請の拡充{blank}\n【担当課】情報政策課{blank}\n"
        f"【指標】電子申請可能な手続数{blank}現状値 35件（令和5年度） → 目標値 120件（令和8年度）\n"
        f"② {blank}キャッシュレス決済の導入\n【担当課】市民課{blank}・会計課\n"
        f"【指標】キャッシュレス対応窓口数{blank}現状値 0窓口（令和5年度） → 目標値 10窓口（令和8年度）\n"
    )
    return text.encode(), "北杜見市_計画.txt"


@pytest.mark.parametrize("blank", _ODD_BLANKS, ids=[f"U+{ord(b):04X}" for b in _ODD_BLANKS])
@pytest.mark.parametrize(
    "make", [_as_csv, _as_tsv_text, _as_workbook, _as_outline], ids=lambda f: f.__name__[4:]
)
def test_no_reader_keeps_an_odd_blank_in_a_title_a_name_or_a_department(make, blank):
    """Whatever blank a file writes next to a title, a KPI name or a 担当課, what is read is the
    words: an em or no-break space left at a name's end makes it another indicator (a revision
    matches indicators by name) and a department nobody can pick."""
    data, filename = make(blank)
    plan = parse(data, filename=filename)
    read = [
        (
            i["title"],
            i["departments"],
            [k["name"] for k in i["indicators"]],
            i["indicators"][0]["baseline"]["value"],
        )
        for i in plan["initiatives"]
    ]
    assert read == [
        ("電子申請の拡充", ["情報政策課"], ["電子申請可能な手続数"], 35),
        ("キャッシュレス決済の導入", ["市民課", "会計課"], ["キャッシュレス対応窓口数"], 0),
    ]


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


def test_the_unit_in_parentheses_after_an_indicators_name_is_its_unit():
    text = (
        "管理番号,事業名,所管課,評価指標,基準値,目標値（R9）\r\n"
        "DX-001,電子申請システムの導入,総務課,オンライン申請可能な手続数（件）,12,80\r\n"
        "DX-004,高齢者向けスマホ教室の開催,生涯学習課,受講者数（累計）,45,400\r\n"
    )
    plan = parse(text.encode("cp932"), filename="jigyou.csv")
    units = [(i["code"], i["indicators"][0]["name"], i["indicators"][0]["unit"]) for i in plan["initiatives"]]
    assert units == [("DX-001", "オンライン申請可能な手続数", "件"), ("DX-004", "受講者数（累計）", "")]
