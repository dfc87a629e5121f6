"""The generic layout on plans of municipalities shinchoku has no layout for (tests/importers/other/).

Each document is in a shape other municipalities publish: a 進捗状況一覧 table (as CSV, as TSV in
Shift_JIS, as markdown pasted into a text file, as an Excel workbook filled by a person), a KPI
list, a numbered outline, label–value cards. The plan each gives is scored (F1 of initiatives,
KPI numbers, 担当課) against what the document says, and concrete values are asserted.
"""

from __future__ import annotations

import csv
import datetime
import io
from pathlib import Path

import openpyxl
import pytest
from openpyxl.styles import numbers as number_formats

from shinchoku.importers import ParseError, parse
from shinchoku.importers.planjson import validate

from .other import unseen25
from .other.expected import KAWABE, MINATO, MINATOGAWA, SAKURADAI, norm, scores

OTHER = Path(__file__).parent / "other"
PROGRESS_CSV = OTHER / "sakuradai_progress.csv"


def _rows() -> list[list[str]]:
    with PROGRESS_CSV.open(encoding="utf-8", newline="") as handle:
        return list(csv.reader(handle))


def _by_title(plan: dict) -> dict[str, dict]:
    return {norm(item["title"]): item for item in plan["initiatives"]}


def _assert_scores(plan: dict, expected: dict, codes: bool = True) -> None:
    found = scores(plan, expected)
    assert found["initiatives"] >= 0.9, found
    assert found["kpi"] >= 0.85, found
    assert found["departments"] >= 0.85, found
    if codes:
        assert found["codes"] >= 0.9, found


# --- 進捗状況一覧: one table, four file formats ------------------------------------------------


def _tsv_cp932() -> bytes:
    return "\n".join("\t".join(row) for row in _rows()).encode("cp932")


def _markdown() -> bytes:
    rows = _rows()
    lines = ["# " + rows[0][0], ""]
    header, body = rows[1], rows[2:-1]
    lines.append("| " + " | ".join(header) + " |")
    lines.append("|" + "---|" * len(header))
    lines += ["| " + " | ".join(row) + " |" for row in body]
    lines += ["", rows[-1][0]]
    return "\n".join(lines).encode("utf-8")


def _workbook() -> bytes:
    """The table as a person keeps it in Excel: merged 基本目標 cells, numbers as numbers, a code
    Excel turned into a date, the header row pasted again mid-table, and a 「記入例」 sheet."""
    rows = _rows()
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "進捗状況"
    for r, row in enumerate(rows, start=1):
        for c, text in enumerate(row, start=1):
            value: object = text or None
            if r > 2 and c == 9 and text.endswith("%"):
                value = float(text[:-1]) / 100
            sheet.cell(r, c, value)
            if isinstance(value, float):
                sheet.cell(r, c).number_format = "0.0%"
    sheet.cell(3, 2, datetime.datetime(2001, 1, 1))  # 「1-1-1」 typed, a date stored
    sheet.cell(3, 2).number_format = number_formats.FORMAT_DATE_YYYYMMDD2
    sheet.merge_cells("A1:J1")
    sheet.merge_cells("A3:A7")  # 基本目標1 over its rows
    sheet.merge_cells("A8:A10")
    sheet.merge_cells("B4:B5")  # 書かない窓口 has two indicators: code, title, 担当課 merged
    sheet.merge_cells("C4:C5")
    sheet.merge_cells("D4:D5")
    example = book.create_sheet("記入例")
    example.append(rows[1])
    example.append(
        ["1 例", "9-9-9", "記入例の取組", "〇〇課", "〇〇の件数", "10件", "20件", "15件", "50%", "B"]
    )
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


VARIANTS = {
    "csv": lambda: PROGRESS_CSV.read_bytes(),
    "csv-bom": lambda: b"\xef\xbb\xbf" + PROGRESS_CSV.read_bytes(),
    "tsv-cp932": _tsv_cp932,
    "markdown": _markdown,
    "xlsx": _workbook,
}
FILENAMES = {
    "csv": "進捗.csv",
    "csv-bom": "進捗.csv",
    "tsv-cp932": "進捗.tsv",
    "markdown": "進捗.txt",
    "xlsx": "進捗.xlsx",
}


@pytest.fixture(scope="module", params=sorted(VARIANTS))
def progress(request) -> tuple[str, dict]:
    name = request.param
    return name, parse(VARIANTS[name](), filename=FILENAMES[name])


def test_progress_table_scores(progress):
    name, plan = progress
    assert plan["plan"]["source"]["layout"] == "generic"
    validate(plan)
    _assert_scores(plan, SAKURADAI)
    assert len(plan["initiatives"]) == 11, name  # the repeated header row is not an initiative


def test_progress_table_values(progress):
    name, plan = progress
    assert plan["municipality"]["name"] == "桜台市"
    assert plan["plan"]["period"] == {"start_fy": 2022, "end_fy": 2025}
    items = _by_title(plan)
    window = items["書かない窓口の導入"]
    assert window["code"] == "1-1-2"
    assert window["departments"] == ["市民課"]
    wait, uses = window["indicators"]
    assert wait["name"] == "窓口での平均待ち時間"
    assert (wait["baseline"]["fy"], wait["baseline"]["value"], wait["unit"]) == (2021, 25, "分")
    assert wait["final_target"]["value"] == 10 and wait["final_target"]["fy"] == 2025
    assert [(a["fy"], a["value"]) for a in wait["actuals"]] == [(2023, 18)]
    assert wait["direction"] == "decrease"
    assert wait["evaluations"] == [{"fy": 2023, "text": "C"}]
    assert uses["name"] == "書かない窓口の利用件数"
    assert (uses["final_target"]["value"], uses["actuals"][0]["value"]) == (12000, 7450)
    standard = items["基幹業務システムの標準化"]
    assert standard["departments"] == ["デジタル推進課", "市民課", "税務課", "福祉課"]
    sections = {s["key"]: (s["level"], s["code"], s["title"]) for s in plan["sections"]}
    assert sections[items["オープンデータの公開"]["section"]] == ("基本目標", "3", "デジタル人材と地域")
    assert sections[standard["section"]] == ("基本目標", "2", "効率的な行政運営")
    assert len(plan["sections"]) == 3


def test_workbook_repairs_the_date_code_and_leaves_out_the_example_sheet():
    plan = parse(_workbook(), filename="桜台市_進捗.xlsx")
    items = _by_title(plan)
    assert items["行政手続のオンライン化"]["code"] == "1-1-1"
    assert "記入例の取組" not in items
    messages = [w["message"] for w in plan["warnings"]]
    assert any("1-1-1 として読みました" in m and "2001-01-01" in m for m in messages), messages
    assert any("「記入例」" in m and "読みませんでした" in m for m in messages), messages
    rate = items["行政手続のオンライン化"]["indicators"][0]["achievement_rates"]
    assert rate == [{"fy": 2023, "value": 64, "text": "64.0%"}]


# --- KPI list, outline, cards ----------------------------------------------------------------


def test_kpi_list():
    plan = parse(OTHER / "minato_kpi.txt")
    _assert_scores(plan, MINATO)
    assert plan["municipality"]["name"] == "みなと市"
    items = _by_title(plan)
    online = items["行政手続のオンライン化"]["indicators"][0]
    assert online["name"] == "オンライン手続数"
    assert [(t["fy"], t["value"]) for t in online["targets"]] == [(2025, 200)]
    assert [(a["fy"], a["value"]) for a in online["actuals"]] == [(2023, 138)]
    assert online["evaluations"] == [{"fy": 2023, "text": "B"}]
    paper = items["ペーパーレス化の推進"]["indicators"][0]
    assert (paper["unit"], paper["direction"]) == ("%削減", "decrease")
    assert [(s["level"], s["code"], s["title"]) for s in plan["sections"]] == [
        ("基本方針", "I", "市民サービスのDX"),
        ("基本方針", "II", "行政運営のDX"),
    ]


def test_numbered_outline():
    plan = parse(OTHER / "minatogawa_outline.txt")
    _assert_scores(plan, MINATOGAWA)
    assert plan["municipality"]["name"] == "湊川町"
    assert plan["plan"]["title"] == "湊川町デジタル化推進計画"
    assert plan["plan"]["period"] == {"start_fy": 2024, "end_fy": 2027}
    items = _by_title(plan)
    cashless = items["キャッシュレス決済の導入"]
    assert cashless["marks"] == ["新規"]
    assert cashless["schedule"] == [
        {"fy": 2024, "half": None, "label": "方式の検討"},
        {"fy": 2025, "half": None, "label": "本庁で導入"},
        {"fy": 2026, "half": None, "label": "支所へ拡大"},
    ]
    assert cashless["budget"] == [{"fy": 2025, "amount": 3200, "unit": "千円"}]
    online = items["電子申請の拡充"]
    assert online["summary"] == "町の手続のうち、申請件数の多いものから順次オンライン化します。"
    ind = online["indicators"][0]
    assert (ind["name"], ind["baseline"]["fy"], ind["baseline"]["value"]) == (
        "オンライン申請できる手続数",
        2023,
        35,
    )
    assert (ind["final_target"]["fy"], ind["final_target"]["value"], ind["unit"]) == (2027, 120, "手続")
    section = {s["key"]: s for s in plan["sections"]}[online["section"]]
    assert (section["title"], section["parent"]) == ("行政手続のオンライン化", "s1")
    assert [s["title"] for s in plan["sections"] if s["parent"] is None] == [
        "便利な暮らしを実現する",
        "効率的な役場をつくる",
    ]


def test_label_value_cards():
    plan = parse(OTHER / "kawabe_cards.txt")
    _assert_scores(plan, KAWABE, codes=False)
    assert plan["municipality"]["name"] == "川辺村"
    card = _by_title(plan)["マイナンバーカードの普及促進"]
    assert card["summary"] == "休日窓口や出張申請を行い、カードの取得を支援する。"
    ind = card["indicators"][0]
    assert (ind["baseline"]["value"], ind["final_target"]["value"], ind["final_target"]["fy"]) == (
        68.5,
        95,
        2026,
    )
    assert card["schedule"][0] == {"fy": 2024, "half": None, "label": "出張申請の実施"}
    assert _by_title(plan)["庁内ネットワークの無線化"]["budget"] == [
        {"fy": 2024, "amount": 4800, "unit": "千円"}
    ]
    assert [s["title"] for s in plan["sections"]] == ["住民サービスの向上", "行政の効率化"]


def test_a_header_line_is_no_label_and_value():
    """A table's header printed as a line (a viewer's text of a narrow print) starts with a label
    too, but the rest is more labels and no figure: no card's title 「取組方針 KPI スケジュール」.
    A card's line of several fields with their figures is still read."""
    from shinchoku.importers.shapes.cards import label_value

    assert label_value("具体的な取組 取組方針 KPI スケジュール (これまで) 実績値 (KPI)") is None
    assert label_value("具体的な取組 取組方針 K P I スケジュー") is None  # the line cut, KPI letter by letter
    assert label_value("【取組完了】 令和5年2月6日") is None  # a date, no initiative's name
    assert label_value("具体的な取組 窓口のキャッシュレス化") == ("title", "窓口のキャッシュレス化")
    assert label_value("成果指標 電子申請件数 現状値 20件 目標値 100件") == (
        "indicator",
        "電子申請件数 現状値 20件 目標値 100件",
    )


# --- municipality, warnings, nothing found ------------------------------------------------------


def test_municipality_hint_and_filename():
    text = "番号,取組名,担当課,指標,目標値,実績値,評価\n1,電子申請の拡充,総務課,手続数,100件,40件,B\n"
    hinted = parse(text.encode(), filename="list.csv", municipality="遠野市")
    assert hinted["plan"]["source"]["layout"] == "generic"
    assert hinted["municipality"]["name"] == "遠野市"
    named = parse(text.encode(), filename="花巻市_取組一覧.csv")
    assert named["municipality"]["name"] == "花巻市"
    assert any("ファイル名から" in w["message"] for w in named["warnings"])
    unnamed = parse(text.encode(), filename="list.csv")
    assert unnamed["municipality"]["name"] == "list"
    assert any("仮の自治体名" in w["message"] for w in unnamed["warnings"])


def _progress_book(head: list[list[str]]) -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "進捗状況一覧"
    for row in head:
        sheet.append(row)
    sheet.append(["番号", "取組名", "担当課", "指標", "R5実績", "目標値（R8）", "評価"])
    sheet.append(["1-1", "電子申請の拡充", "情報政策課", "電子申請可能な手続数", 52, 120, "B"])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


@pytest.mark.parametrize(
    "head",
    [
        [["山梨県 北杜見市"], ["北杜見市DX推進計画 令和5年度 進捗状況一覧"]],
        [["山梨県", "北杜見市"], ["北杜見市DX推進計画 令和5年度 進捗状況一覧"]],
        [["北杜見市DX推進計画 令和5年度 進捗状況一覧"], ["都道府県名：山梨県"]],
        [["北杜見市DX推進計画 令和5年度 進捗状況一覧"], ["都道府県名", "山梨県"]],
        [["山梨県北杜見市DX推進計画 令和5年度 進捗状況一覧"]],
        # the prefecture before the name on the line under the title, the line going on (walked: 高千穂町's list)
        [["北杜見市DX推進計画　進捗状況一覧"], ["山梨県北杜見市　計画期間：令和7年度～令和9年度"]],
        [["北杜見市DX推進計画　進捗状況一覧"], ["山梨県北杜見市　令和7年度～令和9年度"]],
    ],
)
def test_the_prefecture_named_above_a_workbook_table(head):
    plan = parse(_progress_book(head), filename="shinchoku.xlsx")
    assert plan["municipality"] == {"name": "北杜見市", "prefecture": "山梨県", "code": None}
    assert plan["initiatives"][0]["title"] == "電子申請の拡充"


@pytest.mark.parametrize(
    "head",
    [
        "山梨県北杜見市DX推進計画 取組一覧\r\n\r\n",
        "北杜見市DX推進計画 取組一覧\r\n都道府県名：山梨県\r\n",
        "山梨県 北杜見市\r\n北杜見市DX推進計画 取組一覧\r\n",
    ],
)
@pytest.mark.parametrize("extra", ["", ",評価"])  # the template's columns only, or one more
def test_the_prefecture_named_above_a_csv_table(head, extra):
    text = (
        head + "番号,取組名,担当課,成果指標,現状値,目標値（令和8年度）" + extra + "\r\n"
        "1-1,電子申請の拡充,情報政策課,電子申請可能な手続数,35,120" + (",B" if extra else "") + "\r\n"
    )
    plan = parse(text.encode("cp932"), filename="torikumi.csv")
    assert plan["municipality"] == {"name": "北杜見市", "prefecture": "山梨県", "code": None}


def test_a_prefecture_is_one_of_the_47():
    """「都道府県名：〇〇県」 left as in the form, and words about the prefecture, name none."""
    text = "北杜見市DX推進計画 取組一覧\n都道府県名：〇〇県\n山梨県内の市町村\n番号,取組名,担当課,評価\n1,電子申請,総務課,B\n"
    plan = parse(text.encode(), filename="x.csv")
    assert plan["municipality"] == {"name": "北杜見市", "prefecture": None, "code": None}


@pytest.mark.parametrize(
    "line",
    [
        "新山梨県北杜見市　令和7年度～令和9年度",  # 山梨県 inside a longer word
        "山梨県北杜見市役場　情報政策課",  # a word the name only opens
        "山梨県南杜見市　計画期間：令和7年度～令和9年度",  # another municipality's name
    ],
)
def test_a_prefecture_is_read_before_the_plans_own_municipality_only(line):
    plan = parse(_progress_book([["北杜見市DX推進計画　進捗状況一覧"], [line]]), filename="shinchoku.xlsx")
    assert plan["municipality"] == {"name": "北杜見市", "prefecture": None, "code": None}


_JUNK_ROWS = (
    "北杜見市DX推進計画 令和5年度 進捗状況一覧\r\n"
    "番号,取組名,担当課,指標名,現状値,R5実績,目標値（R8）,評価\r\n"
    "1-1,電子申請の拡充,情報政策課,電子申請可能な手続数,35,52,120,B\r\n"
    "★★★,###,,,,,,\r\n"
    "1-2,キャッシュレス決済の導入,会計課,対応窓口数,0,#N/A,#DIV/0!,C\r\n"
    ",#REF!,,,,,,\r\n"
    '1-3,窓口予約の導入,市民課,予約件数,#####,800,"1,500",A\r\n'
    "※ 評価 A：達成 B：順調 C：遅れ\r\n"
)


@pytest.mark.parametrize("extra", [",評価", ""])  # the generic readers', or the template's columns only
def test_junk_rows_and_excel_error_values_in_a_csv(extra):
    """A 進捗状況一覧 kept in Excel and saved as CSV with its leftovers: a row of marks, a lookup that
    found nothing (#N/A), a division by zero, a deleted reference, a column too narrow (#####)."""
    text = _JUNK_ROWS if extra else "\r\n".join(line.rsplit(",", 1)[0] for line in _JUNK_ROWS.split("\r\n"))
    plan = parse(text.encode("cp932"), filename="shinchoku.csv")
    assert [(i["code"], i["title"]) for i in plan["initiatives"]] == [
        ("1-1", "電子申請の拡充"),
        ("1-2", "キャッシュレス決済の導入"),
        ("1-3", "窓口予約の導入"),
    ]
    cashless = plan["initiatives"][1]["indicators"][0]
    assert (cashless["baseline"]["value"], cashless["actuals"], cashless["targets"]) == (0, [], [])
    booking = plan["initiatives"][2]["indicators"][0]
    assert booking["baseline"] is None
    assert [(v["fy"], v["value"]) for v in booking["targets"]] == [(2026, 1500)]
    warned = {(w["line"], w["message"]) for w in plan["warnings"]}
    assert {
        (4, "取組名のセルが Excel のエラー値「###」のため、この行を取組として読みませんでした"),
        (5, "「R5実績」のセルが Excel のエラー値「#N/A」のため、値なしとしました"),
        (5, "「目標値（R8）」のセルが Excel のエラー値「#DIV/0!」のため、値なしとしました"),
        (6, "取組名のセルが Excel のエラー値「#REF!」のため、この行を取組として読みませんでした"),
        (7, "「現状値」のセルが Excel のエラー値「#####」のため、値なしとしました"),
    } <= warned


def test_excel_error_values_in_a_workbook():
    """The workbook itself: error cells (openpyxl stores 「#N/A」 as Excel's error type), a row of marks."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "R5進捗"
    sheet.append(["北杜見市DX推進計画 令和5年度 進捗状況一覧"])
    sheet.append(["番号", "取組名", "担当課", "指標名", "現状値", "R5実績", "目標値（R8）", "評価"])
    sheet.append(["1-1", "電子申請の拡充", "情報政策課", "電子申請可能な手続数", 35, 52, 120, "B"])
    sheet.append(["1-2", "キャッシュレス決済の導入", "会計課", "対応窓口数", 0, "#N/A", "#REF!", "C"])
    sheet.append(["★", "★★★"])
    sheet.append(["", "#N/A"])
    out = io.BytesIO()
    book.save(out)
    plan = parse(out.getvalue(), filename="shinchoku.xlsx")
    assert [i["title"] for i in plan["initiatives"]] == ["電子申請の拡充", "キャッシュレス決済の導入"]
    cashless = plan["initiatives"][1]["indicators"][0]
    assert (cashless["baseline"]["value"], cashless["actuals"], cashless["targets"]) == (0, [], [])
    messages = [w["message"] for w in plan["warnings"]]
    assert (
        "シート「R5進捗」 4行: 「R5実績」のセルが Excel のエラー値「#N/A」のため、値なしとしました"
        in messages
    )
    assert (
        "シート「R5進捗」 5行: 取組名「★★★」に文字がないため、この行を取組として読みませんでした" in messages
    )
    assert (
        "シート「R5進捗」 6行: 取組名のセルが Excel のエラー値「#N/A」のため、この行を取組として読みませんでした"
        in messages
    )


def test_row_without_title_is_a_warning_with_its_line():
    text = "番号,取組名,担当課,目標値,評価\n,,総務課,100件,A\n1,電子申請の拡充,総務課,100件,A\n"
    plan = parse(text.encode(), filename="x市.csv")
    assert [i["title"] for i in plan["initiatives"]] == ["電子申請の拡充"]
    assert plan["warnings"][-1]["line"] == 2
    assert "取組名がなく" in plan["warnings"][-1]["message"]


@pytest.mark.parametrize(
    "text",
    [
        "今日の献立: カレーライス\n材料: にんじん",
        "名前,電話番号\n山田,03-1234-5678\n",
        "第1章 はじめに\n本書は説明書です。",
    ],
)
def test_nothing_recognisable_says_what_was_looked_for(text):
    with pytest.raises(ParseError) as caught:
        parse(text.encode(), filename="memo.txt")
    message = str(caught.value)
    assert "認識できません" in message
    assert "取組名" in message and "担当課" in message and "番号付き" in message
    assert (
        "計画テンプレート" in message and "アップロード画面" in message
    )  # where to get it, no repository path
    assert "docs/" not in message and "samples/" not in message
    assert "nobeoka" not in message and "generic" not in message


# --- 工程表 workbook: two header rows, merged bars, yearly budgets ---------------------------------


def test_workbook_with_division_and_section_columns_and_an_example_row():
    """A 進捗管理表 as a plan office fills it: 担当部 and 担当課 in two columns (the 課 is the
    department, as 「総務部 情報政策課」 in one cell is), a 記入例 row with 「○○」 blanks under the
    header, 令和6年度 merged over 目標 | 実績, one initiative's two indicators in rows whose
    No. / 取組名 / 担当 cells are merged down."""
    book = openpyxl.Workbook()
    book.active.title = "記入要領"
    book.active.append(["黄色のセルに入力してください。"])
    sheet = book.create_sheet("進捗管理表")
    sheet.append(["山辺市DX推進計画（令和6年度～令和9年度）進捗管理表"])
    sheet.append(
        [
            "No.",
            "取組名",
            "担当部",
            "担当課",
            "成果指標",
            "単位",
            "基準値（R5）",
            "令和6年度",
            None,
            "最終目標（R9）",
        ]
    )
    sheet.append([None, None, None, None, None, None, None, "目標", "実績", None])
    for col in "ABCDEFGJ":
        sheet.merge_cells(f"{col}2:{col}3")
    sheet.merge_cells("H2:I2")
    sheet.append(["記入例", "○○の推進", "○○部", "○○課", "○○件数", "件", 0, 10, 8, 50])
    sheet.append(
        [1, "電子申請の拡充", "総務部", "情報政策課", "電子申請できる手続数", "手続", 60, 120, 135, 300]
    )
    sheet.append([None, None, None, None, "電子申請の利用率", "%", 12, 20, 18, 50])
    sheet.append(
        [2, "学校ICT環境の整備", "教育委員会", "学校教育課", "大型提示装置の整備率", "%", 40, 60, 65, 100]
    )
    for col in "ABCD":
        sheet.merge_cells(f"{col}5:{col}6")
    out = io.BytesIO()
    book.save(out)
    plan = parse(out.getvalue(), filename="進捗管理表.xlsx")
    assert [(i["code"], i["title"], i["departments"]) for i in plan["initiatives"]] == [
        ("1", "電子申請の拡充", ["情報政策課"]),
        ("2", "学校ICT環境の整備", ["学校教育課"]),
    ]
    share = plan["initiatives"][0]["indicators"][1]
    assert (share["name"], share["unit"], share["baseline"]["value"]) == ("電子申請の利用率", "%", 12)
    assert [(t["fy"], t["value"]) for t in share["actuals"]] == [(2024, 18)]
    assert "記入例の行（○○の推進）は取組として読みませんでした" in plan["warnings"][0]["message"]


def test_a_reviews_abolished_initiatives_are_left_out_and_named():
    """A 中間見直し's list keeps the 取組 it abolished, 「【廃止】」 before the title, to say what became of them: no 取組 of
    the plan as revised (as a row struck out is none), each named in a warning. A 【完了】 取組 was done within the plan
    and is one of it; 【拡充】 and 【新規】 are marks as ever."""
    rows = [
        ["番号", "取組名", "担当課", "成果指標", "目標値"],
        ["1", "【拡充】電子申請の拡充", "総務課", "電子申請できる手続数", "150手続"],
        ["2", "【廃止】庁内電話交換機の更新", "総務課", "－", "－"],
        ["3", "【完了】公衆無線ＬＡＮの整備", "企画課", "整備した施設数", "12施設"],
        ["4", "【新規】オープンデータの推進", "企画課", "公開データセット数", "40件"],
    ]
    text = "梨ノ木町ＤＸ推進計画　見直し後の取組一覧\n" + "\n".join("\t".join(row) for row in rows) + "\n"
    plan = parse(text.encode(), filename="見直し後.txt")
    assert [(i["code"], i["title"], i["marks"]) for i in plan["initiatives"]] == [
        ("1", "電子申請の拡充", ["拡充"]),
        ("3", "公衆無線ＬＡＮの整備", ["完了"]),
        ("4", "オープンデータの推進", ["新規"]),
    ]
    assert any("2「庁内電話交換機の更新」 は【廃止】" in w["message"] for w in plan["warnings"])


def test_a_prefectures_form_with_its_guide_row_and_years_of_a_span():
    """A 県's 調査票 answered and saved as CSV: 団体名 / 計画名 / 計画期間 above the header (as the import template has
    them), the 記入要領 row of bracketed notes under it, and 「開始年度（西暦） | 終了年度（西暦）」 — the years each 取組
    runs, which the template has no column for, so the generic readers read the form (first walked: read as the
    template, the guide row a 取組 coded 「（半角数字）」 and no schedule). 「（西暦）」 is no part of a year column's label:
    基準年度（西暦） dates the 基準値."""
    rows = [
        ["様式１"],
        ["団体名", "梅ヶ丘町"],
        ["計画名", "梅ヶ丘町デジタル推進計画", "計画期間", "令和7年度～令和10年度"],
        ["番号", "取組名", "担当課", "開始年度（西暦）", "終了年度（西暦）", "指標名", "基準値", "基準年度（西暦）",
         "目標値", "目標年度（西暦）"],
        ["（半角数字）", "（30字以内）", "（係名は不要）", "（半角数字4桁）", "（半角数字4桁）", "", "（半角数字）",
         "（半角数字4桁）", "（半角数字）", "（半角数字4桁）"],
        ["1", "窓口のキャッシュレス化", "会計課", "2025", "2027", "対応窓口数", "2", "2024", "10", "2027"],
        ["2", "公共施設予約のオンライン化", "生涯学習課", "2026", "2028", "", "", "", "", ""],
    ]  # fmt: skip
    out = io.StringIO()
    csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator="\r\n").writerows(rows)
    plan = parse(out.getvalue().encode("cp932"), filename="調査票.csv")
    assert plan["plan"]["source"]["layout"] == "generic"
    assert plan["plan"]["period"] == {"start_fy": 2025, "end_fy": 2028}
    assert [(i["code"], i["title"], [s["fy"] for s in i["schedule"]]) for i in plan["initiatives"]] == [
        ("1", "窓口のキャッシュレス化", [2025, 2026, 2027]),
        ("2", "公共施設予約のオンライン化", [2026, 2027, 2028]),
    ]
    kpi = plan["initiatives"][0]["indicators"][0]
    assert (kpi["baseline"]["fy"], kpi["final_target"]["fy"]) == (2024, 2027)
    assert "記入要領の行（取組名の欄「（30字以内）」）は取組として読みませんでした" in [
        w["message"] for w in plan["warnings"]
    ]


def test_a_sheet_per_year_and_a_hidden_column():
    """A 実績報告 kept as a sheet per 年度 (the same rows, each year's 実績 column): one initiative
    per row with each year's 実績 — the second sheet's were dropped as a repeat. A column the
    office hid (an old 目標値) is not read, and the warning says so: it was taken for the target."""
    book = openpyxl.Workbook()
    for year, actual in ((6, "45件"), (7, "70件")):
        sheet = book.active if year == 6 else book.create_sheet()
        sheet.title = f"R{year}"
        sheet.append([f"川原町デジタル推進計画 令和{year}年度 実績報告"])
        sheet.append(
            ["番号", "取組名", "担当課", "指標名", "現状値(R5)", "旧目標値", f"R{year}実績", "目標値(R9)"]
        )
        sheet.append(
            ["1", "電子申請の拡充", "総務課", "電子申請できる手続数", "20件", "80件", actual, "100件"]
        )
        sheet.column_dimensions["F"].hidden = True
    out = io.BytesIO()
    book.save(out)
    plan = parse(out.getvalue(), filename="実績報告.xlsx")
    (item,) = plan["initiatives"]
    (ind,) = item["indicators"]
    assert [(a["fy"], a["value"]) for a in ind["actuals"]] == [(2024, 45), (2025, 70)]
    assert (ind["final_target"]["fy"], ind["final_target"]["value"]) == (2027, 100)
    assert [w["message"] for w in plan["warnings"]][:1] == [
        "シート「R6」: 非表示の列 F（旧目標値）は読みませんでした。取り込む場合は列を表示してから保存してください"
    ]


def test_a_table_pasted_again_a_year_on_is_a_new_block_not_a_repeated_header():
    """A 進捗管理表 pasted twice on one sheet, the second a year on: its header differs from the first in the year of
    its 実績 column alone (「実績（R7）」 for 「実績（R6）」), so it is the header of a new block with its own columns, no
    header printed again — each 取組 one with both years' 実績 and 進捗, a 取組 only the second block lists one too
    (first read: the second header skipped as a repeat, R7's 実績 under the R6 column or lost)."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["川原町DX推進計画 進捗管理表"])
    blocks = [
        (6, [("1", "電子申請の拡充", "58", "順調")]),
        (7, [("1", "電子申請の拡充", "92", "遅れ"), ("2", "窓口改革", "5", "順調")]),
    ]
    for era, rows in blocks:
        sheet.append([])
        sheet.append([f"【令和{era}年度末時点】"])
        sheet.append(["No.", "取組名", "担当課", "指標", "基準値（R5）", "目標値（R9）", f"実績（R{era}）", "進捗"])
        for number, title, actual, state in rows:
            sheet.append([number, title, "総務課", "手続数", "30", "150", actual, state])
    out = io.BytesIO()
    book.save(out)
    plan = parse(out.getvalue(), filename="進捗管理表.xlsx")
    read = [
        (i["code"], [(a["fy"], a["value"]) for a in ind["actuals"]], [(e["fy"], e["text"]) for e in ind["evaluations"]])
        for i in plan["initiatives"]
        for ind in i["indicators"]
    ]
    assert read == [
        ("1", [(2024, 58), (2025, 92)], [(2024, "順調"), (2025, "遅れ")]),
        ("2", [(2025, 5)], [(2025, "順調")]),
    ]


def test_struck_through_text_is_read_as_deleted():
    """A 見直し案 kept 見え消し strikes what it deletes: a rich text's struck run is left out (「~~200件~~320件」 is 320件,
    「~~税務課~~住民課」 住民課) and a cell whose font is struck is empty (a row struck out is no 取組); a warning names the
    sheet and the cells (first read: the struck text run into the new, 200件 the target, the struck row a 取組)."""
    from openpyxl.cell.rich_text import CellRichText, TextBlock
    from openpyxl.cell.text import InlineFont
    from openpyxl.styles import Font

    def struck(old: str, new: str) -> CellRichText:
        return CellRichText(TextBlock(InlineFont(strike=True), old), TextBlock(InlineFont(color="FFFF0000"), new))

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "見直し案"
    sheet.append(["川原町DX推進計画 取組一覧（見え消し）"])
    sheet.append(["No.", "取組名", "担当課", "成果指標", "目標値（R9）", "見直しの理由"])
    sheet.append(["1", "電子申請の拡充", "総務課", "手続数", struck("200件", "320件"), "上方修正"])
    sheet.append(["2", "窓口改革", struck("税務課", "住民課"), "窓口数", "10窓口", "担当の変更"])
    sheet.append(["3", "ＦＡＸの電子化", "総務課", "種類", "12種類", "廃止"])
    for cell in sheet[5]:
        cell.font = Font(strike=True)
    out = io.BytesIO()
    book.save(out)
    plan = parse(out.getvalue(), filename="見直し案.xlsx")
    assert [
        (i["title"], i["departments"], i["indicators"][0]["final_target"]["value"]) for i in plan["initiatives"]
    ] == [("電子申請の拡充", ["総務課"], 320), ("窓口改革", ["住民課"], 10)]
    assert [w["message"] for w in plan["warnings"]] == [
        "シート「見直し案」: 取消線の付いた文字は削除された箇所（見え消し）として読みませんでした"
        "（E3、C4、A5、B5、C5、D5、E5、F5）"
    ]


def _reviewed_sheet(*, titled: bool) -> bytes:
    """川原町's 中間見直し 取組シート: 「目標値（R9）」 merged over 「変更前 | 変更後」, the other labels merged down over both
    header rows; ``titled``: the sheet's title and period rows above the header."""
    book = openpyxl.Workbook()
    sheet = book.active
    if titled:
        sheet.append(["川原町DX推進計画（中間見直し）取組シート"])
        sheet.append(["計画期間：令和５年度～令和９年度（令和７年３月見直し）", None, None, None, None, None, "（単位：千円）"])
    top = sheet.max_row + 1 if titled else 1
    sheet.append(["番号", "取組名", "担当課", "成果指標", "基準値（R4）", "目標値（R9）", None, "事業費"])
    sheet.append([None, None, None, None, None, "変更前", "変更後", None])
    sheet.merge_cells(f"F{top}:G{top}")
    for column in "ABCDEH":
        sheet.merge_cells(f"{column}{top}:{column}{top + 1}")
    sheet.append(["1-1", "電子申請の拡充", "総務課", "手続数", "60", "200", "320", "1,800"])
    sheet.append(["1-2", "窓口改革", "市民課", "交付率", "12.5", "30", "同左", "800"])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_a_reviewed_target_wins_over_the_one_it_replaced():
    """A 中間見直し's sheet: 「目標値（R9）」 merged over 「変更前 | 変更後」 — the 変更後 is the target (320, not the 200 it
    replaced), the 変更前 kept as a note; 「同左」 in the 変更後 keeps the value left of it (30); the period in the sheet's
    second row is read though the unit of its figures stands at that row's right end (「（単位：千円）」)."""
    plan = parse(_reviewed_sheet(titled=True), filename="取組シート.xlsx")
    period = plan["plan"]["period"]
    assert (period["start_fy"], period["end_fy"]) == (2023, 2027)
    assert [
        (i["code"], [(t["fy"], t["value"]) for t in i["indicators"][0]["targets"]]) for i in plan["initiatives"]
    ] == [("1-1", [(2027, 320)]), ("1-2", [(2027, 30)])]
    assert not [w for w in plan["warnings"] if "計画期間" in w["message"]]


def test_a_hidden_sheet_is_not_read_and_the_warning_names_it():
    """桜台市's 進捗 book keeps last year's sheet, hidden, beside this year's, and a hidden list for the drop-downs: the
    plan is what a person sees (first read: the hidden sheet's dropped 取組 「旧取組」 came back into the plan, its
    R6 実績 with it); the warning names the hidden sheet that held a table, not the list."""
    plan = parse(unseen25.sakuradai_hidden_xlsx(), filename="sakuradai.xlsx")
    assert [(i["title"], [a["text"] for a in i["indicators"][0]["actuals"]]) for i in plan["initiatives"]] == [
        ("電子申請の拡大", ["60件"]),
        ("窓口改革", ["15分"]),
    ]
    assert [w["message"] for w in plan["warnings"] if "非表示" in w["message"]] == [
        "非表示のシート「R6進捗」は読みませんでした。取り込む場合はシートを再表示してから保存してください"
    ]


def test_csv_saved_by_excel_with_line_breaks_in_cells():
    """Excel's 「CSV（コンマ区切り）」 (CP932, CRLF) of a sheet whose cells hold line breaks (Alt+Enter):
    a title wrapped in its cell is one title without a blank (「行政手続のオンライン化」), two 課 on two
    lines are two departments, a header's 「基準値\n(R5)」 dates the column; the municipality named in
    brackets on the title line (「…進捗状況（高浜町）」) names the plan, not the file."""
    rows = [
        ["令和6年度 DX推進計画 進捗状況（高浜町）"],
        [],
        ["No", "事業名", "所管課", "KPI", "基準値\n(R5)", "目標値\n(R8)", "R6実績", "進捗"],
        [
            "1",
            "行政手続の\nオンライン化",
            "総務課\n企画課",
            "オンライン手続数",
            "12手続",
            "60手続",
            "31手続",
            "B",
        ],
        ["2", "AI-OCRの導入", "税務課", "処理時間の削減率", "－", "50%", "約20%", "B"],
    ]
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows(rows)
    plan = parse(out.getvalue().encode("cp932"), filename="takahama.csv")
    assert plan["municipality"]["name"] == "高浜町"
    first = plan["initiatives"][0]
    assert (first["title"], first["departments"]) == ("行政手続のオンライン化", ["総務課", "企画課"])
    (online,) = first["indicators"]
    assert (online["baseline"]["fy"], online["baseline"]["value"], online["final_target"]["fy"]) == (
        2023,
        12,
        2026,
    )
    (rate,) = plan["initiatives"][1]["indicators"]
    assert (rate["baseline"], rate["actuals"][0]["value"]) == (None, 20)
    assert plan["warnings"] == []


def test_kpi_list_with_departments_in_the_titles_and_targets_as_sentences():
    """A KPI list (取組項目 | 目標 | 実績 | 進捗) whose titles close with their 担当課 in brackets,
    whose targets are sentences with their year (「令和8年度までに対象手続を50手続とする」), under
    a line saying the year reported on (「進捗状況（令和6年度末時点）」)."""
    text = (
        "緑ヶ浜市 デジタル・トランスフォーメーション推進計画\n"
        "重点取組の進捗状況（令和6年度末時点）\n\n"
        "取組項目\t目標\t実績\t進捗\n"
        "1 書かない窓口の実現（市民課）\t令和8年度までに対象手続を50手続とする\t32手続\tB\n"
        "2 公共施設予約のオンライン化（施設管理課）\tオンライン予約率60%（令和8年度）\t41%\tB\n"
        "3 テレワーク環境の整備（人事課・情報政策課）\tテレワーク実施率40%\t22%\tC\n"
    )
    plan = parse(text.encode(), filename="進捗状況.txt")
    assert [(i["title"], i["departments"]) for i in plan["initiatives"]] == [
        ("書かない窓口の実現", ["市民課"]),
        ("公共施設予約のオンライン化", ["施設管理課"]),
        ("テレワーク環境の整備", ["人事課", "情報政策課"]),
    ]
    (forms,) = plan["initiatives"][0]["indicators"]
    assert (forms["name"], forms["unit"]) == ("対象手続", "手続")
    assert (forms["final_target"]["fy"], forms["final_target"]["value"]) == (2026, 50)
    assert [(a["fy"], a["value"]) for a in forms["actuals"]] == [(2024, 32)]
    assert forms["evaluations"] == [{"fy": 2024, "text": "B"}]
    assert plan["plan"]["period"] == {"start_fy": 2024, "end_fy": 2026}


def test_a_roadmap_kept_in_excel_with_shaded_cells():
    """A 工程表 whose bars are year cells shaded with a colour, nothing typed in them (the commonest
    way in Excel): each shaded year is a year of the schedule, a label typed in the first carried
    over the shaded years after it; a white cell is no bar, nor a striped row's shading."""
    from openpyxl.styles import PatternFill

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["北山町DX推進計画 工程表（令和6年度～令和9年度）"])
    sheet.append(["No", "取組", "担当課", "R6", "R7", "R8", "R9"])
    sheet.append(["1", "電子申請の拡充", "総務課"])
    sheet.append(["2", "公共施設予約のオンライン化", "生涯学習課", None, "試行"])
    blue, white = PatternFill("solid", fgColor="4F81BD"), PatternFill("solid", fgColor="FFFFFF")
    for column in "DEFG":
        sheet[f"{column}3"].fill = blue
    for column in "EF":
        sheet[f"{column}4"].fill = blue
    sheet["G4"].fill = white
    sheet.append(["3", "庁内無線LANの整備", "総務課", "●"])  # a striped row: its first cell shaded too
    for column in "ABCDEFG":
        sheet[f"{column}5"].fill = PatternFill("solid", fgColor="DDDDEE")
    out = io.BytesIO()
    book.save(out)
    plan = parse(out.getvalue(), filename="工程表.xlsx")
    first, second, third = plan["initiatives"]
    assert [e["fy"] for e in first["schedule"]] == [2024, 2025, 2026, 2027]
    assert [e["fy"] for e in third["schedule"]] == [2024]
    assert [(e["fy"], e["label"]) for e in second["schedule"]] == [(2025, "試行"), (2026, "試行")]


def test_a_shaded_roadmap_in_the_templates_own_words_keeps_its_bars():
    """The same 工程表 headed in the template's own words (「番号 | 取組名 | 担当課 | 令和7年度 …」) under a title naming
    the 町: not one year cell typed in, every bar a fill — read by the readers that see fills (walked: the template's
    reading took it, and every 取組 came without its 工程)."""
    from openpyxl.styles import PatternFill

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["宮崎県高千穂町DX推進計画　工程表"])
    sheet.append(["番号", "取組名", "担当課", "令和7年度", "令和8年度", "令和9年度"])
    sheet.append(["1", "書かない窓口の導入", "町民課"])
    sheet.append(["2", "町ホームページのリニューアル", "総務課"])
    blue = PatternFill("solid", fgColor="4472C4")
    for cell in ("D3", "E3", "E4", "F4"):
        sheet[cell].fill = blue
    out = io.BytesIO()
    book.save(out)
    plan = parse(out.getvalue(), filename="工程表.xlsx")
    assert plan["municipality"]["name"] == "高千穂町"
    assert [(i["code"], [e["fy"] for e in i["schedule"]]) for i in plan["initiatives"]] == [
        ("1", [2025, 2026]),
        ("2", [2026, 2027]),
    ]


def test_year_columns_holding_dates():
    """基準年度 / 目標年度 columns where Excel stored dates (「2024/3/31」「2028/3/31」, the end of the
    fiscal year meant): the fiscal years 2023 and 2027, beside rows that write R5 and 令和9年度."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["南風市 DX推進計画 KPI一覧"])
    sheet.append(["番号", "取組名", "担当課", "KPI", "基準値", "基準年度", "目標値", "目標年度"])
    sheet.append(
        ["1-1", "電子申請の拡充", "情報政策課", "電子申請件数", 1200, datetime.datetime(2024, 3, 31), 5000,
         datetime.datetime(2028, 3, 31)]
    )  # fmt: skip
    sheet.append(["1-2", "窓口の予約制", "市民課", "予約件数", 0, "R5", 3000, "令和9年度"])
    sheet["F3"].number_format = "yyyy/m/d"
    out = io.BytesIO()
    book.save(out)
    plan = parse(out.getvalue(), filename="KPI一覧.xlsx")
    for item in plan["initiatives"]:
        (ind,) = item["indicators"]
        assert (ind["baseline"]["fy"], ind["final_target"]["fy"]) == (2023, 2027), item["code"]
    assert plan["plan"]["period"] == {"start_fy": 2024, "end_fy": 2027}


def test_roadmap_workbook_with_two_header_rows():
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "工程表"
    sheet.append(["西原町DX推進計画 取組工程表（令和6年度～令和9年度）"])
    sheet.append(
        ["基本施策", "No.", "取組名", "担当課", "工程", None, None, None, "事業費（千円）", None, None, None]
    )
    sheet.append([None, None, None, None, "R6", "R7", "R8", "R9", "R6", "R7", "R8", "R9"])
    sheet.append(
        ["1 行政サービス", "1", "電子申請の拡充", "総務課", "検討", None, "導入", "→", 1000, 2000, None, None]
    )
    sheet.append([None, "2", "キャッシュレス決済", "会計課", "●", "●", "●", "●", None, 500, 500, 500])
    sheet.append(
        ["2 業務改革", "3", "RPA導入", "企画課・総務課", "試行", "本格運用", None, None, 300, 300, 300, 300]
    )
    for cells in ("A1:L1", "E2:H2", "I2:L2", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "E4:F4", "A4:A5", "F6:H6"):
        sheet.merge_cells(cells)
    buffer = io.BytesIO()
    book.save(buffer)
    plan = parse(buffer.getvalue(), filename="roadmap.xlsx")
    assert plan["municipality"]["name"] == "西原町"
    assert plan["plan"]["period"] == {"start_fy": 2024, "end_fy": 2027}
    assert [(s["level"], s["code"], s["title"]) for s in plan["sections"]] == [
        ("基本施策", "1", "行政サービス"),
        ("基本施策", "2", "業務改革"),
    ]
    online, cashless, rpa = plan["initiatives"]
    assert [(e["fy"], e["label"]) for e in online["schedule"]] == [
        (2024, "検討"),  # the merged bar covers R6 and R7
        (2025, "検討"),
        (2026, "導入"),
        (2027, "導入"),  # 「→」 carries 導入 on
    ]
    assert online["budget"] == [
        {"fy": 2024, "amount": 1000, "unit": "千円"},
        {"fy": 2025, "amount": 2000, "unit": "千円"},
    ]
    assert [e["label"] for e in cashless["schedule"]] == ["実施"] * 4
    assert rpa["departments"] == ["企画課", "総務課"]
    assert [(e["fy"], e["label"]) for e in rpa["schedule"]][-1] == (2027, "本格運用")
    assert (rpa["section"], online["section"], cashless["section"]) == ("s2", "s1", "s1")


def test_one_row_per_indicator_with_the_title_repeated():
    text = (
        "取組名\t担当課\t指標\t現状値\t目標値\n"
        "電子申請の拡充\t総務課\t手続数\t35件\t120件\n"
        "電子申請の拡充\t総務課\t利用率\t12%\t40%\n"
        "窓口改革\t市民課\t待ち時間\t25分\t10分\n"
    )
    plan = parse(text.encode(), filename="指標一覧.tsv", municipality="西原町")
    assert [(i["title"], [d["name"] for d in i["indicators"]]) for i in plan["initiatives"]] == [
        ("電子申請の拡充", ["手続数", "利用率"]),
        ("窓口改革", ["待ち時間"]),
    ]
    assert plan["initiatives"][0]["indicators"][1]["final_target"]["value"] == 40


def test_heading_lines_above_tables_are_sections():
    text = (
        "基本目標1 便利なくらし\n番号\t取組名\t担当課\t評価\n1\t電子申請\t総務課\tA\n2\t窓口改革\t市民課\tB\n"
        "基本目標2 効率的な役場\n番号\t取組名\t担当課\t評価\n3\tRPA導入\t企画課\tC\n"
    )
    plan = parse(text.encode(), filename="湊川町.txt")
    assert [(s["level"], s["code"], s["title"]) for s in plan["sections"]] == [
        ("基本目標", "1", "便利なくらし"),
        ("基本目標", "2", "効率的な役場"),
    ]
    assert [(i["code"], i["section"]) for i in plan["initiatives"]] == [("1", "s1"), ("2", "s1"), ("3", "s2")]


def test_csv_saved_under_a_txt_name():
    text = "番号,取組名,担当課,評価\n1,電子申請,総務課,A\n2,窓口改革,市民課・税務課,B\n"
    plan = parse(text.encode(), filename="川辺村_一覧.txt")
    assert [(i["code"], i["title"], i["departments"]) for i in plan["initiatives"]] == [
        ("1", "電子申請", ["総務課"]),
        ("2", "窓口改革", ["市民課", "税務課"]),
    ]


def test_two_column_label_tables_are_cards():
    text = (
        "川辺村 情報化推進計画\n\n"
        "| 取組名 | 電子申請の拡充 |\n|---|---|\n| 担当課 | 総務課 |\n| 指標 | 手続数 現状値 10件→目標値 50件 |\n\n"
        "| 取組名 | 窓口改革 |\n|---|---|\n| 担当課 | 市民課、税務課 |\n| 事業費 | R6 1,200千円 |\n"
    )
    plan = parse(text.encode(), filename="cards.md")
    first, second = plan["initiatives"]
    assert (first["title"], first["departments"]) == ("電子申請の拡充", ["総務課"])
    ind = first["indicators"][0]
    assert (ind["name"], ind["baseline"]["value"], ind["final_target"]["value"]) == ("手続数", 10, 50)
    assert (second["departments"], second["budget"]) == (
        ["市民課", "税務課"],
        [{"fy": 2024, "amount": 1200, "unit": "千円"}],
    )


def test_a_departments_cell_holding_the_schedule_gives_no_department():
    """A card copied in the wrong order puts the schedule's steps in its 担当課 cell: a step is no
    department (the progress round would go to 「導入」), the names beside it are kept."""
    text = (
        "川辺村 情報化推進計画\n\n"
        "取組名：電子申請の拡充\n担当課：調査・研究 導入 運用\n指標：手続数 現状値 10件→目標値 50件\n\n"
        "取組名：窓口改革\n担当課：市民課 実証 本格運用—\n\n"
        "取組名：環境データの公開\n担当課：DX推進課、環境研究所\n"
    )
    plan = parse(text.encode(), filename="cards.txt")
    assert [(item["title"], item["departments"]) for item in plan["initiatives"]] == [
        ("電子申請の拡充", []),
        ("窓口改革", ["市民課"]),
        ("環境データの公開", ["DX推進課", "環境研究所"]),
    ]


def test_tables_preview():
    from shinchoku.importers import tables

    found = tables(PROGRESS_CSV)
    assert len(found) == 1
    roles = [(c["header"], c["role"], c["fy"]) for c in found[0]["columns"]]
    assert roles[:4] == [
        ("基本目標", "section", None),
        ("番号", "code", None),
        ("取組名", "title", None),
        ("担当課", "departments", None),
    ]
    assert ("目標値（令和7年度）", "target", 2025) in roles
    assert ("評価", "evaluation", None) in roles
    assert found[0]["header_row"] == 2


def test_card_tables_of_label_value_rows():
    """個別取組シート as tables: 「事業名 | … | 担当課 | …」 rows, 評価指標 with 基準値 / 目標値, a schedule
    under a row of years with halves (前期 / 後期), 重点取組事項 as sections."""
    plan = parse(OTHER / "yamanaka_card_tables.txt", layout="generic")
    assert plan["municipality"]["name"] == "山中市"
    assert [(s["code"], s["title"]) for s in plan["sections"]] == [
        ("1", "行政サービスをより便利に"),
        ("2", "職員の働き方を変える"),
    ]
    first, second, third = plan["initiatives"]
    assert (first["code"], first["title"], first["departments"], first["section"]) == (
        "1",
        "電子申請の拡充",
        ["情報政策課", "市民課"],
        "s1",
    )
    assert first["summary"] == "市民がいつでも申請できるよう、電子申請の対象手続を増やす。"
    assert [(e["fy"], e["half"], e["label"]) for e in first["schedule"]] == [
        (2023, 1, "情報収集"),
        (2023, 2, "試行"),
        (2024, None, "本格運用"),
        (2025, None, "対象拡大"),
    ]
    ind = first["indicators"][0]
    assert (ind["name"], ind["baseline"]["fy"], ind["baseline"]["value"]) == ("電子申請件数", 2022, 100)
    assert (ind["final_target"]["fy"], ind["final_target"]["value"], ind["unit"]) == (2025, 250, "件")
    assert second["marks"] == ["新規"]
    assert [e["label"] for e in second["schedule"]] == ["検討", "検討", "事業開始", "実施"]
    assert second["indicators"][0]["final_target"]["value"] == 1200
    assert (third["section"], third["indicators"][0]["name"]) == ("s2", "テレワーク実施職員数")


def test_an_initiative_listed_twice_is_one_initiative():
    """An overview table and a 工程表 list the same initiatives: one initiative each, fields merged;
    a number where a title belongs (a page number caught in the table) is not an initiative."""
    text = (
        "青葉町DX推進計画\n\n"
        "番号\t取組名\t担当課\t評価\n1\t電子申請の拡充\t総務課\tA\n2\t窓口改革\t市民課\tB\n\t10\t\t\n\n"
        "取組名\t担当課\t令和6年度\t令和7年度\n電子申請の拡充\t企画課\t検討\t導入\n窓口改革\t市民課\t試行\t実施\n"
    )
    plan = parse(text.encode(), filename="aoba.txt")
    assert [(i["code"], i["title"], i["departments"]) for i in plan["initiatives"]] == [
        ("1", "電子申請の拡充", ["総務課", "企画課"]),
        ("2", "窓口改革", ["市民課"]),
    ]
    assert [(e["fy"], e["label"]) for e in plan["initiatives"][0]["schedule"]] == [
        (2024, "検討"),
        (2025, "導入"),
    ]


@pytest.mark.slow
def test_progress_table_as_a_pdf():
    """The 進捗状況一覧 printed to PDF by Chromium (ruled table, merged 基本目標 cells, running header,
    page numbers): read through the PDF reader and the generic table reader, scored like the CSV."""
    from .samplepdf import Print, chromium, print_html, sample_html

    assert chromium(), "make browser installs Chromium"
    rows = _rows()
    text = "\n".join([rows[0][0], *("\t".join(r) for r in rows[1:-1]), rows[-1][0]])
    how = Print(paper="A4", running_header="桜台市 進捗状況", page_numbers=True, merge_columns=1)
    plan = parse(print_html(sample_html(text, how), "generic-progress"))
    assert plan["plan"]["source"]["layout"] == "generic"
    assert scores(plan, SAKURADAI) == {"initiatives": 1.0, "kpi": 1.0, "departments": 1.0, "codes": 1.0}
    window = _by_title(plan)["書かない窓口の導入"]
    assert window["page"] == 1
    assert [i["name"] for i in window["indicators"]] == ["窓口での平均待ち時間", "書かない窓口の利用件数"]


def test_a_sheet_of_template_words_that_is_no_template_says_nothing_of_the_template():
    """朝霧市's own 取組シート (no 「計画」 sheet, 自治体名 only in its title): read by the generic readers without a
    warning that it could not be read as the template it never was; its 「課題」 column is the 現状・課題."""
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "取組シート"
    sheet["A1"] = "朝霧市デジタル化推進アクションプラン　取組一覧"
    sheet["A2"], sheet["B2"] = "計画期間", "令和7年度～令和10年度"
    sheet.append([])
    sheet.append(
        ["No.", "事業名", "事業の内容", "課題", "所管課", "成果指標", "現状値(R6)", "R10目標", "財源・備考"]
    )
    sheet.append(
        [
            1,
            "電子申請の拡充",
            "手続をオンライン化する",
            "来庁が必要",
            "情報政策課",
            "電子申請件数",
            "1,200件",
            "5,000件",
            "一般財源",
        ]
    )
    buffer = io.BytesIO()
    book.save(buffer)
    plan = parse(buffer.getvalue(), filename="asagiri.xlsx")
    assert plan["municipality"]["name"] == "朝霧市"
    assert not any("テンプレート" in w["message"] for w in plan["warnings"])
    (item,) = plan["initiatives"]
    assert (item["background"], item["notes"]) == ("来庁が必要", ["財源・備考：一般財源"])


def test_a_number_and_name_pair_of_the_level_above_is_the_section():
    """「施策番号 | 施策名 | 取組番号 | 取組名」: the 取組 are the initiatives (1-1, 1-2 under 行政サービスのデジタル化),
    the 施策 their sections — not three 施策 holding every 取組's indicators."""
    text = (
        "湯の花町DX推進計画（令和7年度～令和9年度）\n\n"
        "施策番号\t施策名\t取組番号\t取組名\t担当課\tKPI\t基準値（R6）\t目標値（R9）\n"
        "1\t行政サービスのデジタル化\t1-1\t電子申請の推進\t総務課\t電子申請できる手続数\t18手続\t80手続\n"
        "\t\t1-2\tコンビニ交付の推進\t町民課\tコンビニ交付の割合\t8.5%\t20%\n"
        "2\t役場のデジタル化\t2-1\t基幹系システムの標準化\t総務課\t移行した業務数\t0業務\t20業務\n"
    )
    plan = parse(text.encode(), filename="yunohana.txt")
    assert [(i["code"], i["title"]) for i in plan["initiatives"]] == [
        ("1-1", "電子申請の推進"),
        ("1-2", "コンビニ交付の推進"),
        ("2-1", "基幹系システムの標準化"),
    ]
    sections = {s["key"]: s["title"] for s in plan["sections"]}
    assert [sections[i["section"]] for i in plan["initiatives"]] == [
        "行政サービスのデジタル化",
        "行政サービスのデジタル化",
        "役場のデジタル化",
    ]
    assert plan["initiatives"][1]["indicators"][0]["final_target"]["value"] == 20


@pytest.mark.parametrize(
    ("header", "row"),
    [
        ("指標名\t単位\t基準値\t基準年度\t目標値\t目標年度", "電子申請の件数\t件\t8,400\t令和５年度\t20,000\t令和８年度"),
        ("指標名\t単位\t基準年度\t基準値\t目標年度\t目標値", "電子申請の件数\t件\t令和５年度\t8,400\t令和８年度\t20,000"),
    ],
    ids=["year after its value", "year before its value"],
)
def test_a_cards_kpi_table_with_columns_that_date_its_values(header: str, row: str) -> None:
    """A KPI table under each item whose 「基準年度」「目標年度」 columns date the 基準値 and 目標値 (first measured: the
    indicators lost — two columns of years read as a row of years — or, without 目標年度, the target dated to 基準年度)."""
    text = "\n".join(
        [
            "試験市DX推進計画",
            "取組1 電子申請の推進",
            "担当課：デジタル推進課",
            header,
            row,
            "取組2 書かない窓口の導入",
            "担当課：市民課",
            header.replace("\t目標年度", "").replace("目標年度\t", ""),
            "窓口での平均待ち時間\t分\t" + ("28\t令和４年度\t15" if header.index("基準値") < header.index("基準年度") else "令和４年度\t28\t15"),
        ]
    )
    online, desk = parse(text.encode(), filename="取組.txt")["initiatives"]
    (count,) = online["indicators"]
    assert (count["baseline"]["fy"], count["baseline"]["value"]) == (2023, 8400)
    assert (count["final_target"]["fy"], count["final_target"]["value"]) == (2026, 20000)
    (waiting,) = desk["indicators"]
    assert (waiting["baseline"]["fy"], waiting["baseline"]["value"]) == (2022, 28)
    assert waiting["final_target"]["value"] == 15 and waiting["final_target"]["fy"] != 2022


def _kpi_sheets(years: list[tuple[str, list[tuple[str, str, str]]]]) -> bytes:
    """北杜市's KPI list kept a sheet a year: each sheet the same rows, that year's 実績値, 評価 and 事業費 (no year in
    the header: the sheet's name says it)."""
    book = openpyxl.Workbook()
    book.remove(book.active)
    for name, figures in years:
        sheet = book.create_sheet(name)
        sheet.append(["北杜市DX推進計画　成果指標（KPI）進捗管理表"])
        sheet.append([])
        sheet.append(["No.", "取組名", "担当課", "指標名", "単位", "基準値（R4）", "目標値（R9）", "実績値", "評価", "事業費（千円）"])
        rows = [("1", "電子申請の拡充", "デジタル推進課", "オンライン申請できる手続数", "手続", "38", "150")]
        rows += [("2", "窓口のキャッシュレス化", "会計課", "キャッシュレス対応窓口数", "か所", "2", "20")]
        for row, (actual, grade, money) in zip(rows, figures, strict=True):
            sheet.append([*row, actual, grade, money])
    data = io.BytesIO()
    book.save(data)
    return data.getvalue()


def test_a_kpi_list_of_a_sheet_a_year_keeps_each_years_figures() -> None:
    """北杜市's 「R5実績」「R6実績」 sheets: read from the first sheet only, undated (「年度なし」), R6's figures dropped
    without a word — and a workbook with 「R7実績」 added changed nothing. Each sheet's name dates its figures."""
    data = _kpi_sheets(
        [
            ("R5実績", [("52", "B", "1,200"), ("5", "C", "800")]),
            ("R6実績", [("78", "B", "1,500"), ("9", "B", "600")]),
        ]
    )
    online, cashless = parse(data, filename="KPI進捗管理表.xlsx")["initiatives"]
    (count,) = online["indicators"]
    assert [(a["fy"], a["value"]) for a in count["actuals"]] == [(2023, 52), (2024, 78)]
    assert count["evaluations"] == [{"fy": 2023, "text": "B"}, {"fy": 2024, "text": "B"}]
    assert [(b["fy"], b["amount"]) for b in online["budget"]] == [(2023, 1200), (2024, 1500)]
    (windows,) = cashless["indicators"]
    assert [e["text"] for e in windows["evaluations"]] == ["C", "B"]


def test_a_title_the_page_cut_inside_its_brackets_is_whole() -> None:
    """那須烏山市's cover wraps its title inside the brackets (「…アクションプラン（令和7年度～令和9年」「度）」): first
    walked, the plan was named by its cut, on every page and in every message."""
    text = "\n".join(
        [
            "那須烏山市DX推進計画 アクションプラン（令和7年度～令和9年",
            "度）",
            "令和7年3月 那須烏山市",
            "基本目標１ 便利で快適な暮らしの実現",
            "(1) 行政手続のオンライン化",
            "① 電子申請サービスの拡充【担当課：総務課】",
            "［指標］オンライン申請可能な手続数 現状値（R5）45手続 目標値（R9）150手続",
        ]
    )
    plan = parse(text.encode(), filename="ap.txt")
    assert plan["plan"]["title"] == "那須烏山市DX推進計画 アクションプラン（令和7年度～令和9年度）"
    assert plan["initiatives"][0]["departments"] == ["総務課"]
    # 「現状値（R5）45手続」: dated 令和5年度, and saying 「45手続」 (pages showed 「基準値（令和5年度（2023））（R5）45手続」)
    (count,) = plan["initiatives"][0]["indicators"]
    assert (count["baseline"]["fy"], count["baseline"]["text"]) == (2023, "45手続")
    assert (count["final_target"]["fy"], count["final_target"]["text"]) == (2027, "150手続")


def test_a_level_the_plan_does_not_name_gets_no_name() -> None:
    """朝霧市's outline numbers its 施策 「1-1」 under 「基本目標1」 without a word: the level has no name (walked on
    那須烏山市's: 「第2階層」, a word no plan prints, headed every page, workbook and its Plan JSON)."""
    plan = parse((OTHER / "asagiri_outline.txt").read_bytes(), filename="asagiri_outline.txt")
    levels = {(s["key"].count("."), s["level"]) for s in plan["sections"]}
    assert levels == {(0, "基本目標"), (1, None)}


def test_a_department_in_brackets_after_the_one_in_charge_works_with_it() -> None:
    """「市民課（情報政策課）」 in a 担当課 cell: 市民課 is in charge, 情報政策課 a 関係課 (橘台市's 工程表, batch 23); a 係 in
    brackets is its 課's own (「情報政策課（DX推進係）」), a facility is where the 課 works (「健康増進課（保健センター）」), and
    neither a 室 in a 課's brackets nor a 課 in a 部's is a 関係課 (review: 「総務部（情報政策課）」 gave 総務部 the reports)."""
    rows = [
        "番号,取組名,担当課",
        "1,書かない窓口の導入,市民課（情報政策課・税務課）",
        "2,電子申請の拡充,情報政策課（DX推進係）",
        "3,健診予約のオンライン化,健康増進課（保健センター）",
        "4,電子決裁の導入,総務部（情報政策課）",
        "5,生成AIの活用,情報政策課（DX推進室）",
    ]
    plan = parse("\n".join(rows).encode("utf-8"), filename="小松原市_取組.csv")
    found = [(i["departments"], i.get("departments_others")) for i in plan["initiatives"]]
    assert found == [
        (["市民課"], ["情報政策課", "税務課"]),
        (["情報政策課"], None),
        (["健康増進課（保健センター）"], None),
        (["総務部（情報政策課）"], None),
        (["情報政策課（DX推進室）"], None),
    ]


def test_a_shinkyu_table_is_set_aside_whatever_its_labels():
    """A 新旧対照表 lists what a review changed — 「取組名 | 変更前 | 変更後」, 「項目 | 旧 | 新」 — each row a 取組 of the
    plan again with its old title, 課 or target: no 取組 of its own (its cells had been read as 取組 of two titles glued,
    竜胆台市, batch 36), set aside with a warning; the plan's own table is read."""
    plan_rows = [
        ["番号", "取組名", "担当課", "成果指標", "目標値（R9）"],
        ["1", "電子申請の拡充", "総務課", "電子申請できる手続数", "150手続"],
        ["2", "公金のキャッシュレス化", "会計課、納税課", "キャッシュレス納付の割合", "30％"],
    ]
    for before, after in (("変更前", "変更後"), ("旧", "新"), ("改正前", "改正後")):
        changes = [
            ["取組名", before, after],
            ["公金のキャッシュレス化", "窓口のキャッシュレス化", "公金のキャッシュレス化"],
            ["公金のキャッシュレス化", "担当課：会計課", "担当課：会計課、納税課"],
        ]
        text = (
            "楢原市ＤＸ推進計画\n計画期間　令和５年度～令和９年度\n\n"
            + "\n".join("\t".join(row) for row in plan_rows)
            + "\n\n資料　新旧対照表\n\n"
            + "\n".join("\t".join(row) for row in changes)
            + "\n"
        )
        plan = parse(text.encode(), filename="計画.txt")
        assert [(i["code"], i["title"], i["departments"]) for i in plan["initiatives"]] == [
            ("1", "電子申請の拡充", ["総務課"]),
            ("2", "公金のキャッシュレス化", ["会計課", "納税課"]),
        ], before
        assert any("新旧対照表" in w["message"] for w in plan["warnings"]), before


_BULLETED = """\
柳沢町デジタル化推進計画
計画期間　令和６年度～令和10年度

施策１　便利な手続

{mark} 電子申請サービスの拡充
　電子申請できる手続を増やします。
【担当課】総務課
【実施年度】R6～R10

{mark} コンビニ交付の導入
【担当課】町民課
【実施年度】R6～R7

施策２　スマートな役場

{mark} ＲＰＡの導入
　定型的な入力作業を自動化します。
【担当課】総務課、税務課
【実施年度】R7～R10
"""


def test_bullets_heading_fields_of_their_own_are_the_initiatives():
    """「■ 事業名」 lines under a 施策, no number, each with what it does and its own 【担当課】【実施年度】, are the 取組
    (山吹野町, batch 36: each 事業's fields had gone to its 施策); a 「・」 list under an item stays the item's."""
    for mark in ("■", "◆", "●"):
        plan = parse(_BULLETED.format(mark=mark).encode(), filename="計画.txt")
        assert [(i["title"], i["departments"], [s["fy"] for s in i["schedule"]]) for i in plan["initiatives"]] == [
            ("電子申請サービスの拡充", ["総務課"], [2024, 2025, 2026, 2027, 2028]),
            ("コンビニ交付の導入", ["町民課"], [2024, 2025]),
            ("ＲＰＡの導入", ["総務課", "税務課"], [2025, 2026, 2027, 2028]),
        ], mark
    listed = parse(_BULLETED.format(mark="・").encode(), filename="計画.txt")
    assert [i["title"] for i in listed["initiatives"]] != ["電子申請サービスの拡充", "コンビニ交付の導入", "ＲＰＡの導入"]


def test_the_period_is_the_one_the_plan_names_its_own():
    """A 位置づけ naming the 総合計画 and its years above the plan's own 「計画期間」: the period is the 期間's
    (山吹野町, batch 36, had the 総合計画's R3～R12); a cover's 「2024年度 — 2028年度」 (an em dash) is a period too."""
    text = (
        "柳沢町デジタル化推進計画\n\n１　計画の位置づけ\n\n第６次柳沢町総合計画（R3～R12）\n\n２　計画期間\n\n"
        "　令和６年度から令和10年度までの５年間とします。\n\n"
        "番号\t取組名\t担当課\n1\t電子申請の拡充\t総務課\n"
    )
    assert parse(text.encode(), filename="計画.txt")["plan"]["period"] == {"start_fy": 2024, "end_fy": 2028}
    cover = "柳沢町デジタル化推進計画\n\n2024年度 — 2028年度\n\n番号\t取組名\t担当課\n1\t電子申請の拡充\t総務課\n"
    assert parse(cover.encode(), filename="計画.txt")["plan"]["period"] == {"start_fy": 2024, "end_fy": 2028}


def test_a_table_of_steps_under_a_header_is_no_card():
    """A PDCA table 「段階 | 内容 | 時期」 in 計画の推進 is rows of data under their header: no card titled 「通年」 from
    its row 「Ｄｏ | 取組の実施 | 通年」 (琴浦野村, batch 35) beside the plan's cards."""
    text = (
        "梢町ＤＸ推進計画\n計画期間：令和６年度～令和９年度\n\n"
        "取組番号\t1-1\t取組名\t電子申請の拡充\n担当課\t総務課\n\n"
        "取組番号\t1-2\t取組名\tキャッシュレス決済の導入\n担当課\t会計室\n\n"
        "第５章　計画の推進\n\n段階\t内容\t時期\nＰｌａｎ\t年度の実施内容の決定\t４月\nＤｏ\t取組の実施\t通年\n"
        "Ｃｈｅｃｋ\t実績の取りまとめと評価\t翌年４月～５月\nＡｃｔｉｏｎ\t取組の見直し\t翌年６月\n"
    )
    plan = parse(text.encode(), filename="計画.txt")
    assert [(i["code"], i["title"]) for i in plan["initiatives"]] == [
        ("1-1", "電子申請の拡充"),
        ("1-2", "キャッシュレス決済の導入"),
    ]


def test_a_section_heading_atop_a_page_after_its_siblings_is_no_running_header():
    """「基本方針１　便利な役場」 atop the page after a 取組の一覧, printed before in the 体系 with 基本方針２ and ３ after it,
    starts its section: no running header, and the card table under it is no more rows of the 一覧 (琴浦野村, batch 35:
    1-1's 担当課 had been the 一覧's alone)."""
    lines = [
        "梢町ＤＸ推進計画", "計画期間：令和６年度～令和９年度", "", "梢町ＤＸ推進計画", "- 1 -", "",
        "第３章　基本方針", "", "基本方針１　便利な役場", "基本方針２　効率的な役場", "", "梢町ＤＸ推進計画", "- 2 -", "",
        "取組の一覧", "", "番号\t取組名\t担当課", "1-1\t電子申請の拡充\t総務課", "2-1\tペーパーレス化の推進\t総務課", "",
        "梢町ＤＸ推進計画", "- 3 -", "",
        "基本方針１　便利な役場", "", "取組番号\t1-1\t取組名\t電子申請の拡充", "取組内容\t手続を増やします。", "担当課\t総務課、住民福祉課",
        "成果指標\t電子申請件数\t現状値（R5）\t320件\t目標値（R9）\t1,200件", "",
        "梢町ＤＸ推進計画", "- 4 -", "",
        "基本方針２　効率的な役場", "", "取組番号\t2-1\t取組名\tペーパーレス化の推進", "取組内容\t紙を減らします。", "担当課\t総務課",
        "成果指標\t用紙の枚数\t現状値（R5）\t9,000枚\t目標値（R9）\t5,000枚", "",
        "梢町ＤＸ推進計画", "- 5 -",
    ]  # fmt: skip
    plan = parse("\n".join(lines).encode(), filename="計画.txt")
    assert [(i["code"], i["departments"]) for i in plan["initiatives"]] == [
        ("1-1", ["総務課", "住民福祉課"]),
        ("2-1", ["総務課"]),
    ]


def test_a_target_over_before_and_after_is_no_shinkyu_table():
    """「目標値（R9）」 merged over 「変更前 | 変更後」, the header's second row of the sheet's first table (川原町's 取組シート
    without its title rows): a table of 取組 whose targets the review changed, read by its 変更後 — not a 新旧対照表 set
    aside (the review found the first version of that rule refusing such a workbook as no plan)."""
    plan = parse(_reviewed_sheet(titled=False), filename="取組シート.xlsx")
    assert [(i["code"], i["indicators"][0]["final_target"]["value"]) for i in plan["initiatives"]] == [
        ("1-1", 320),
        ("1-2", 30),
    ]
    assert not any("新旧対照表" in w["message"] for w in plan["warnings"])


def test_a_period_another_plan_has_in_a_sentence_is_not_the_plans():
    """「第5次桜市総合計画（計画期間：令和3年度～令和12年度）の分野別計画として…」 names the 総合計画's period in a sentence: the
    plan's own is its title's (the review's case against the first version of the 期間-first rule)."""
    text = (
        "桜市DX推進計画（令和6年度～令和10年度）\n\n"
        "本計画は、第5次桜市総合計画（計画期間：令和3年度～令和12年度）の分野別計画として位置づけます。\n\n"
        "番号\t取組名\t担当課\n1\t電子申請の拡充\t総務課\n"
    )
    assert parse(text.encode(), filename="計画.txt")["plan"]["period"] == {"start_fy": 2024, "end_fy": 2028}


def test_bullets_under_a_numbered_initiative_are_its_actions():
    """「(1) 電子申請の拡充」 over 「■ 申請手続のオンライン化」 「担当課：総務課」 「■ 電子署名の導入」 …: the numbered lines are the
    取組 and the bullets what each does, detailed or not — bullets head 取組 of their own only under a part of the plan
    (「施策１」, a chapter), the review's case against the first version of the rule."""
    text = (
        "桜市DX推進計画\n計画期間：令和6年度～令和10年度\n\n施策1　便利な手続\n\n"
        "(1) 電子申請の拡充\n■ 申請手続のオンライン化\n担当課：総務課\n■ 電子署名の導入\n担当課：総務課\n\n"
        "(2) 窓口のキャッシュレス化\n■ キャッシュレス決済端末の導入\n担当課：会計課\n"
    )
    plan = parse(text.encode(), filename="計画.txt")
    assert [(i["code"], i["title"], i["departments"]) for i in plan["initiatives"]] == [
        ("1-1", "電子申請の拡充", ["総務課"]),
        ("1-2", "窓口のキャッシュレス化", ["会計課"]),
    ]


def test_a_progress_table_after_the_cards_keeps_its_actuals():
    """A 進捗 table of no target after the cards (「番号 | 成果指標 | 基準値（R4） | 実績（R5）」), its indicator worded otherwise
    than the card's (「電子申請手続数」 for 「電子申請できる手続数」): its actual 90 is kept — only a table before the 取組 (a
    中間見直し's account of the years before) gives nothing but the figures of the indicators they name alike."""
    text = (
        "桜市DX推進計画\n計画期間：令和6年度～令和9年度\n\n"
        "1-1　電子申請の拡充\n担当課：総務課\n成果指標：電子申請できる手続数\n目標値：150手続（令和9年度）\n\n"
        "1-2　窓口改革\n担当課：市民課\n成果指標：待ち時間\n目標値：10分（令和9年度）\n\n"
        "番号\t成果指標\t基準値（R4）\t実績（R5）\n1-1\t電子申請手続数\t60手続\t90手続\n"
    )
    plan = parse(text.encode(), filename="計画.txt")
    actuals = [a["value"] for i in plan["initiatives"] for k in i["indicators"] for a in k["actuals"]]
    assert actuals == [90]
