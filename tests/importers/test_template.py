"""The Excel / CSV plan template (docs/template.md): the shipped example, spellings, errors, limits."""

from __future__ import annotations

import copy
import io
import subprocess
import sys
import zipfile
from pathlib import Path

import openpyxl
import pytest

from shinchoku.importers import ParseError, Source, detect, load_source, parse, planjson_reader, template
from shinchoku.importers.planjson import validate

ROOT = Path(__file__).parents[2]
TEMPLATES = ROOT / "samples" / "templates"
EXAMPLE_CSV = TEMPLATES / "example.csv"
EXAMPLE_XLSX = TEMPLATES / "example.xlsx"
SEEDS = sorted((ROOT / "samples" / "plans").glob("*.txt"))


def _zip_of_text() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("readme.txt", "取組名,担当課")
    return buffer.getvalue()


def _parse(path: Path) -> dict:
    return parse(path, layout="template")


def _parse_text(text: str, filename: str = "plan.csv") -> dict:
    return parse(text.encode("utf-8"), filename=filename, layout="template")


def _by_code(plan: dict) -> dict[str, dict]:
    return {item["code"]: item for item in plan["initiatives"]}


def _comparable(plan: dict) -> dict:
    """The plan without what legitimately differs between the CSV and the workbook.

    The source file (name, hash) differs, and so do the places: the CSV carries the plan
    metadata above its header row, the workbook on its own 「計画」 sheet (and a workbook's rows are its sheet's).
    """
    plan = copy.deepcopy(plan)
    plan["plan"]["source"] = None
    for item in plan["initiatives"]:
        item.pop("line")
        item.pop("sheet", None)
    return plan


@pytest.fixture(scope="module")
def example() -> dict:
    return _parse(EXAMPLE_CSV)


# --- the shipped example -------------------------------------------------------------------


def test_example_plan_header(example):
    assert example["municipality"] == {"name": "緑ヶ丘市", "prefecture": "静岡県", "code": None}
    assert example["plan"]["title"] == "緑ヶ丘市DX推進計画 アクションプラン（令和7年度改訂版）"
    assert example["plan"]["published"] == "2025-06"
    assert example["plan"]["period"] == {"start_fy": 2024, "end_fy": 2026}
    assert example["plan"]["vision"] == "誰もがデジタルの便利さを実感できる、やさしいまち 緑ヶ丘"
    assert example["plan"]["source"]["layout"] == "template"
    assert example["plan"]["source"]["filename"] == "example.csv"
    assert example["warnings"] == []
    validate(example)


def test_example_sections(example):
    assert [(s["key"], s["parent"], s["level"], s["code"], s["title"]) for s in example["sections"]] == [
        ("s1", None, "基本方針", "1", "市民サービスのデジタル化"),
        ("s1.1", "s1", "施策", "1-1", "行政手続のオンライン化"),
        ("s1.2", "s1", "施策", "1-2", "デジタルデバイド対策"),
        ("s2", None, "基本方針", "2", "行政運営の効率化"),
        ("s2.1", "s2", "施策", "2-1", "情報システムの標準化・共通化"),
        ("s2.2", "s2", "施策", "2-2", "業務の効率化"),
        ("s3", None, "基本方針", "3", "DX推進体制の強化"),
        ("s3.1", "s3", "施策", "3-1", "デジタル人材の育成"),
    ]


def test_example_initiatives_each_once_in_order(example):
    codes = [item["code"] for item in example["initiatives"]]
    assert codes == ["1-1-1", "1-1-2", "1-1-3", "1-2-1", "2-1-1", "2-2-1", "2-2-2", "3-1-1", "3-1-2"]
    assert len({(i["code"], i["title"]) for i in example["initiatives"]}) == 9
    # an empty 階層 cell continues the section of the row above (merged cells in Excel)
    assert [item["section"] for item in example["initiatives"]] == [
        "s1.1", "s1.1", "s1.1", "s1.2", "s2.1", "s2.2", "s2.2", "s3.1", "s3.1",
    ]  # fmt: skip
    assert [item["line"] for item in example["initiatives"]] == [12, 14, 15, 16, 17, 18, 20, 21, 22]
    assert sum(len(i["indicators"]) for i in example["initiatives"]) == 11
    assert sum(len(i["schedule"]) for i in example["initiatives"]) == 27
    assert sum(len(i["budget"]) for i in example["initiatives"]) == 23


def test_example_first_initiative_in_full(example):
    item = _by_code(example)["1-1-1"]
    assert item["title"] == "行政手続のオンライン化の拡充"
    assert item["summary"].startswith("マイナポータル「ぴったりサービス」や市の電子申請システムを活用し")
    assert item["departments"] == ["情報政策課", "市民課"]
    assert (item["scope"], item["priority"], item["marks"]) == ("national", "重点取組1", [])
    assert item["schedule"] == [
        {"fy": 2024, "half": None, "label": "対象手続の洗い出し・順次オンライン化"},
        {"fy": 2025, "half": None, "label": "順次オンライン化"},
        {"fy": 2026, "half": None, "label": "運用・対象手続の拡大"},
    ]
    assert item["budget"] == [
        {"fy": 2024, "amount": 4500, "unit": "千円"},
        {"fy": 2025, "amount": 3000, "unit": "千円"},
        {"fy": 2026, "amount": 3000, "unit": "千円"},
    ]
    kpi, kgi = item["indicators"]
    assert kpi == {
        "name": "オンライン申請可能な手続数",
        "kind": "KPI",
        "unit": "手続",
        "direction": "increase",
        "baseline": {"fy": 2023, "value": 42, "text": "42"},
        "targets": [
            {"fy": 2024, "value": 80, "text": "80"},
            {"fy": 2025, "value": 120, "text": "120"},
            {"fy": 2026, "value": 150, "text": "150"},
        ],
        "actuals": [{"fy": 2024, "value": 86, "text": "86"}],
        "final_target": {"fy": 2026, "value": 150, "text": "150"},
    }
    # the second indicator comes from the next row, whose 取組名 is empty
    assert (kgi["name"], kgi["kind"], kgi["unit"]) == ("オンライン申請率", "KGI", "%")
    assert kgi["baseline"] == {"fy": 2023, "value": 12.5, "text": "12.5"}
    assert kgi["actuals"] == [{"fy": 2024, "value": 18.3, "text": "18.3"}]


def test_example_other_initiatives(example):
    items = _by_code(example)
    cashless = items["1-1-2"]
    assert cashless["marks"] == ["新規"] and cashless["scope"] == "local" and cashless["priority"] is None
    assert cashless["departments"] == ["会計課", "市民課", "税務課"]
    assert cashless["budget"] == [
        {"fy": 2025, "amount": 2400, "unit": "千円"},
        {"fy": 2026, "amount": 1800, "unit": "千円"},
    ]
    assert items["1-1-3"]["indicators"][0]["direction"] == "decrease"
    standard = items["2-1-1"]
    assert standard["budget"][1] == {"fy": 2025, "amount": 350000, "unit": "千円"}
    assert standard["indicators"][0]["final_target"] == {"fy": 2025, "value": 20, "text": "20"}
    rpa = items["2-2-1"]
    assert rpa["marks"] == ["一部実施済"]
    hours = rpa["indicators"][1]
    assert (hours["name"], hours["kind"], hours["unit"]) == ("AI・RPAによる削減時間（年間）", "KGI", "時間")
    assert hours["baseline"] == {"fy": 2023, "value": 1200, "text": "1,200"}
    assert hours["actuals"] == [{"fy": 2024, "value": 1950, "text": "1,950"}]
    assert rpa["budget"] == [{"fy": fy, "amount": 3200, "unit": "千円"} for fy in (2024, 2025, 2026)]
    security = items["3-1-2"]
    assert security["budget"] == []
    assert security["indicators"][0]["direction"] == "maintain"
    assert security["indicators"][0]["actuals"] == [{"fy": 2024, "value": 98.6, "text": "98.6"}]
    assert items["1-2-1"]["schedule"] == [
        {"fy": fy, "half": None, "label": "実施"} for fy in (2024, 2025, 2026)
    ]


def test_xlsx_example_is_the_same_plan(example):
    workbook_plan = _parse(EXAMPLE_XLSX)
    assert workbook_plan["plan"]["source"]["filename"] == "example.xlsx"
    assert workbook_plan["plan"]["source"]["sha256"] != example["plan"]["source"]["sha256"]
    assert _comparable(workbook_plan) == _comparable(example)
    # rows of the 「取組」 sheet: header in row 1
    assert [i["line"] for i in workbook_plan["initiatives"]][:3] == [2, 4, 5]


@pytest.mark.parametrize(
    "encode",
    [
        lambda t: t.encode("cp932"),
        lambda t: b"\xef\xbb\xbf" + t.encode("utf-8"),
        lambda t: t.replace("\n", "\r\n").encode("utf-8"),
    ],
    ids=["cp932", "utf8-bom", "crlf"],
)
def test_encodings_parse_identically(example, encode):
    plan = parse(encode(EXAMPLE_CSV.read_text(encoding="utf-8")), filename="example.csv", layout="template")
    plan["plan"]["source"]["sha256"] = example["plan"]["source"]["sha256"]
    assert plan == example


# --- detection -----------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["example.csv", "example.xlsx", "plan-template.csv", "plan-template.xlsx"])
def test_detects_template_files(name):
    source = load_source(TEMPLATES / name)
    assert template.detect(source) == 90.0
    assert planjson_reader.detect(source) == 0


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name)
def test_seeds_are_not_templates(seed):
    assert template.detect(load_source(seed)) == 0.0


@pytest.mark.parametrize(
    "source",
    [
        Source("x.xlsx", b"PK\x03\x04garbage"),
        Source("x.xlsx", _zip_of_text()),
        Source("x.csv", b"", "name,value\n1,2\n"),
        Source("x.csv", b"", "取組名\nただの一行\n"),
        Source("x.csv", b"", "取組番号\t1-1\t取組名\tオンライン化\t担当課\n"),
        Source("x.csv", b"", '"取組名,番号\n'),
        Source("x.csv", b"", ""),
        Source("x.bin", b"\x00\x01", None),
    ],
    ids=["bad-zip", "text-zip", "other-csv", "title-only", "tabs", "open-quote", "empty", "binary"],
)
def test_detect_refuses_other_input(source):
    assert template.detect(source) == 0.0


@pytest.mark.parametrize("name", ["example.csv", "example.xlsx", "plan-template.csv", "plan-template.xlsx"])
def test_registry_detects_template(name):
    assert detect(load_source(TEMPLATES / name)) == "template"


def test_parse_without_layout_reads_the_example(example):
    assert parse(EXAMPLE_CSV) == example


def test_text_parse_never_imports_openpyxl():
    code = (
        "import sys\n"
        "from shinchoku.importers import parse\n"
        f"parse({str(EXAMPLE_CSV)!r}, layout='template')\n"
        "print('openpyxl' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"


# --- the empty template --------------------------------------------------------------------


def test_template_header_is_fully_recognised():
    rows = template._csv_rows((TEMPLATES / "plan-template.csv").read_text(encoding="utf-8"))
    header_at = template._find_header(rows)
    columns = template._read_header(rows[header_at][1])
    assert columns.unknown == [] and columns.duplicate == []
    assert set(columns.fields) == {
        "section", "code", "title", "departments", "summary", "scope", "priority", "marks",
        "ind_name", "kind", "unit", "direction", "baseline", "baseline_fy", "final", "final_fy",
    }  # fmt: skip
    by_kind: dict[str, list[int]] = {}
    for column in columns.fy_columns:
        by_kind.setdefault(column.kind, []).append(column.fy)
    assert by_kind == {k: [2024, 2025, 2026, 2027, 2028] for k in ("schedule", "target", "actual", "budget")}
    assert {c.unit for c in columns.fy_columns if c.kind == "budget"} == {"千円"}


@pytest.mark.parametrize("name", ["plan-template.csv", "plan-template.xlsx"])
def test_empty_template_asks_for_the_municipality(name):
    with pytest.raises(ParseError, match="自治体名がありません"):
        _parse(TEMPLATES / name)


def test_template_filled_with_one_row_parses():
    text = (TEMPLATES / "plan-template.csv").read_text(encoding="utf-8")
    text = text.replace("自治体名,\n", "自治体名,延岡市\n").replace("計画名,\n", "計画名,試行計画\n")
    text += "基本方針1 暮らし,1,窓口のオンライン化,市民課\n"
    plan = _parse_text(text)
    assert plan["municipality"] == {"name": "延岡市", "prefecture": "宮崎県", "code": "452033"}
    assert [(i["code"], i["title"], i["departments"]) for i in plan["initiatives"]] == [
        ("1", "窓口のオンライン化", ["市民課"])
    ]
    assert plan["sections"] == [
        {"key": "s1", "parent": None, "level": "基本方針", "code": "1", "title": "暮らし"}
    ]


# --- spellings the template accepts --------------------------------------------------------

HEAD = "自治体名,緑ヶ丘市\n計画名,テスト計画\n"


def test_fiscal_year_header_spellings():
    text = HEAD + (
        "取組名,工程 令和６年度,工程　R7,工程 2026年度,工程 Ｒ８（前期）,目標 Ｒ６,実績 2024,"
        "予算　２０２５年度（百万円）,指標名,基準値（R5）,最終目標(令和10年度)\n"
        "窓口改革,検討,試行,実施,拡大,10,12,3.5,手続数,4,30\n"
    )
    item = _parse_text(text)["initiatives"][0]
    assert item["schedule"] == [
        {"fy": 2024, "half": None, "label": "検討"},
        {"fy": 2025, "half": None, "label": "試行"},
        {"fy": 2026, "half": None, "label": "実施"},
        {"fy": 2026, "half": 1, "label": "拡大"},
    ]
    assert item["budget"] == [{"fy": 2025, "amount": 3.5, "unit": "百万円"}]
    ind = item["indicators"][0]
    assert ind["targets"] == [{"fy": 2024, "value": 10, "text": "10"}]
    assert ind["actuals"] == [{"fy": 2024, "value": 12, "text": "12"}]
    assert ind["baseline"] == {"fy": 2023, "value": 4, "text": "4"}
    assert ind["final_target"] == {"fy": 2028, "value": 30, "text": "30"}


def test_cell_spellings():
    text = HEAD + (
        "計画期間,令和6年度～令和10年度\n公表年月,R6.3\n団体コード,45203\n"
        "階層,番号,施策名,担当課,区分,重点,印,指標名,種別,方向,基準値,目標 R6,予算 R6\n"
        '1-1 窓口,１－１,書かない窓口,市民課 子ども・子育て支援課,国,○,【新】【再掲】,待ち時間,kgi,↓,30分,20分,"▲1,000"\n'
    )
    plan = _parse_text(text)
    assert plan["plan"]["period"] == {"start_fy": 2024, "end_fy": 2028}
    assert plan["plan"]["published"] == "2024-03"
    assert plan["municipality"]["code"] == "452033"  # check digit added to a 5-digit code
    item = plan["initiatives"][0]
    assert item["code"] == "1-1"
    assert item["departments"] == ["市民課", "子ども・子育て支援課"]
    assert (item["scope"], item["priority"], item["marks"]) == ("national", "重点", ["新", "再掲"])
    ind = item["indicators"][0]
    assert (ind["kind"], ind["direction"], ind["unit"]) == ("KGI", "decrease", "分")
    assert ind["baseline"] == {"fy": None, "value": 30, "text": "30分"}
    assert item["budget"] == [{"fy": 2024, "amount": -1000, "unit": "千円"}]
    assert plan["warnings"] == []


def test_repeated_title_rows_are_one_initiative():
    """Staff who fill every row (to sort or filter in Excel) still get one initiative."""
    text = HEAD + (
        "番号,取組名,担当課,工程 R6,指標名,目標 R6\n"
        "1,電子申請,市民課,導入,手続数,10\n"
        "1,電子申請,市民課,導入,利用率,20%\n"
        "1,電子申請,税務課,導入,手続数,10\n"
    )
    plan = _parse_text(text)
    assert len(plan["initiatives"]) == 1
    item = plan["initiatives"][0]
    assert [i["name"] for i in item["indicators"]] == ["手続数", "利用率"]
    assert item["indicators"][1]["unit"] == "%"
    assert item["departments"] == ["市民課"]
    assert plan["warnings"] == [
        {"line": 6, "message": "担当課 が同じ取組の先の行と異なります（先の行の値を使います）"}
    ]


def test_section_rows_line_breaks_and_no_section():
    text = HEAD + (
        "階層,番号,取組名,工程 R6,指標名\n"
        "基本方針1 暮らし,,,,\n"  # a heading row: defines the section, no initiative
        "基本方針1 > 1-1 窓口,,,,\n"
        ',1,"書かない\n窓口","設計\n試行","待ち\n時間"\n'  # Alt+Enter inside cells
        "基本方針1 > 1-2,2,Web 会議 の活用,,\n"  # a section known only by its number
        "-,－,全体の管理,－,－\n"  # dashes: no section, no code, no schedule, no indicator
    )
    plan = _parse_text(text)
    assert [(s["key"], s["code"], s["title"]) for s in plan["sections"]] == [
        ("s1", "1", "暮らし"),
        ("s1.1", "1-1", "窓口"),
        ("s1.2", "1-2", ""),
    ]
    assert [(i["code"], i["title"], i["section"], i["line"]) for i in plan["initiatives"]] == [
        ("1", "書かない窓口", "s1.1", 6),
        ("2", "Web 会議 の活用", "s1.2", 7),  # the row above spans lines 6-7 of the text: row 6 in Excel
        (None, "全体の管理", None, 8),
    ]
    first = plan["initiatives"][0]
    assert first["schedule"] == [{"fy": 2024, "half": None, "label": "設計試行"}]
    assert first["indicators"][0]["name"] == "待ち時間"
    last = plan["initiatives"][-1]
    assert (last["schedule"], last["indicators"]) == ([], [])
    assert plan["warnings"] == []


# --- mistakes: line-numbered messages ------------------------------------------------------


def test_bad_cells_give_line_numbered_warnings():
    text = HEAD + (
        "公表年月,そのうち\n"  # line 3
        "取組名,番号,区分,指標名,種別,方向,基準値,基準年度,目標 R6,予算 R6,色\n"  # line 4
        ",,,迷子の指標,,,1,,,,\n"  # line 5: no initiative yet
        "窓口改革,A-1,都,待ち時間,KRI,横ばい,abc,昔,運用開始,たくさん,赤\n"  # line 6
        "重複,A-1,,,,,,,,,\n"  # line 7
        ",,,,,,5,,,,\n"  # line 8: values without 指標名
        ",A-9,,,,,,,,,\n"  # line 9: code only
    )
    plan = _parse_text(text)
    assert [i["title"] for i in plan["initiatives"]] == ["窓口改革", "重複"]
    messages = [(w["line"], w["message"]) for w in plan["warnings"]]
    assert messages == [
        (3, "公表年月 'そのうち' を年月として読めません"),
        (4, "列 '色' はこのテンプレートにないため読み飛ばしました"),
        (5, "取組名がなく、前に取組の行もないため、この行を読み飛ばしました"),
        (6, "区分 '都' は「国」か「市」で書いてください（読み飛ばしました）"),
        (6, "予算 2024年度 'たくさん' が数値ではありません（読み飛ばしました）"),
        (6, "種別 'KRI' は KPI か KGI で書いてください（KPI として読みました）"),
        (6, "方向 '横ばい' は 増加・減少・維持 のいずれかで書いてください（読み飛ばしました）"),
        (6, "基準年度 '昔' を年度として読めません（令和6年度・R6・2024 のように書いてください）"),
        (6, "基準値 'abc' が数値ではありません（文字のまま取り込みました）"),
        (6, "目標 2024年度 '運用開始' が数値ではありません（文字のまま取り込みました）"),
        (7, "番号 A-1 は 6行目の取組「窓口改革」と重複しています"),
        (8, "指標名がないため、この行の指標の値（基準値・目標・実績など）を読み飛ばしました"),
        (9, "番号だけで取組名がないため、この行を読み飛ばしました"),
    ]
    ind = plan["initiatives"][0]["indicators"][0]
    assert ind["baseline"] == {"fy": None, "value": None, "text": "abc"}
    assert ind["targets"] == [{"fy": 2024, "value": None, "text": "運用開始"}]


def test_a_csvs_rows_are_named_as_excel_shows_them():
    """Walked: a CSV saved by Excel with a 概要 of three lines (Alt+Enter) in row 4 — the warning said 「8行目」 for
    the duplicate in Excel's row 5 (the text's lines count the cell's line breaks), and the plan office looked for it
    three rows too far down. Rows are counted as Excel shows them: the first record (here 自治体名) is row 1."""
    text = HEAD + (
        "番号,取組名,概要\n"
        '1,窓口改革,"書かない窓口を導入する。\n予約制を試行する。\n待ち時間を表示する。"\n'
        "1,窓口改革（再掲）,\n"
        "\n"  # an empty line: an empty row in Excel too
        "2,,\n"
    )
    plan = _parse_text(text)
    assert [(i["title"], i["line"]) for i in plan["initiatives"]] == [("窓口改革", 4), ("窓口改革（再掲）", 5)]
    assert [(w["line"], w["message"]) for w in plan["warnings"]] == [
        (5, "番号 1 は 4行目の取組「窓口改革」と重複しています"),
        (7, "番号だけで取組名がないため、この行を読み飛ばしました"),
    ]
    # a quote left open is refused naming the row it opens on in Excel, not the text's line
    with pytest.raises(ParseError) as refused:
        _parse_text(text + '2,"窓口' + "x" * 200_000 + "\n")
    assert refused.value.line == 8
    # any other table read from a CSV counts its rows the same way
    from shinchoku.importers.readers.delimited import read_delimited

    table = read_delimited('取組名,概要\n窓口,"書かない\n窓口"\n\nWeb 会議,会議\n').pages[0].blocks[0]
    assert [location.line for location in table.row_locations] == [1, 2, 4]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("自治体名,緑ヶ丘市\n番号,名前\n1,窓口\n", "見出し行が見つかりません"),
        ("計画名,計画\n取組名,担当課\n窓口,市民課\n", "自治体名がありません"),
        ("自治体名,緑ヶ丘市\n取組名,担当課\n窓口,市民課\n", "計画名がありません"),
        (HEAD + "取組名,担当課\n,市民課\n", "取組が1件もありません"),
        (HEAD + '取組名,担当課\n"窓口' + "x" * 200_000 + "\n", "CSV として読めません"),
    ],
)
def test_unreadable_csv_raises_parse_error(text, message):
    with pytest.raises(ParseError, match=message):
        _parse_text(text)


def test_truncated_example_csv_parses_or_refuses():
    lines = EXAMPLE_CSV.read_text(encoding="utf-8").split("\n")
    parsed = 0
    for n in range(len(lines) + 1):
        try:
            plan = _parse_text("\n".join(lines[:n]))
        except ParseError:
            continue
        validate(plan)
        parsed += 1
    assert parsed == len(lines) - 11  # every cut that keeps line 12, the first initiative


# --- workbooks: damaged files, limits, Excel's own conversions ----------------------------


def _workbook_bytes(workbook: openpyxl.Workbook) -> bytes:
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def _workbook(rows: list[list[object]], meta: bool = True) -> openpyxl.Workbook:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "取組"
    for row in rows:
        sheet.append(row)
    if meta:
        plan_sheet = workbook.create_sheet("計画")
        plan_sheet.append(["自治体名", "緑ヶ丘市"])
        plan_sheet.append(["計画名", "テスト計画"])
    return workbook


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (_zip({"hello.txt": b"not a workbook"}), "Excel ブック（.xlsx）ではない zip"),
        (EXAMPLE_XLSX.read_bytes()[:3000], "Excel ファイル（.xlsx）"),
        (EXAMPLE_XLSX.read_bytes()[: len(EXAMPLE_XLSX.read_bytes()) - 200], "Excel ファイル（.xlsx）"),
        (
            _zip({"[Content_Types].xml": b"<x/>", "xl/workbook.xml": b"<broken"}),
            "Excel ファイル（.xlsx）を開けません",
        ),
        (
            _zip(
                {"[Content_Types].xml": b"", "xl/workbook.xml": b"", "xl/big.xml": b"\0" * (31 * 1024 * 1024)}
            ),
            "展開後 30 MB を超えます",
        ),
    ],
    ids=["other-zip", "truncated-head", "truncated-tail", "broken-xml", "zip-bomb"],
)
def test_damaged_workbooks_raise_parse_error(data, message):
    source = load_source(data, "plan.xlsx")
    assert source.is_xlsx
    assert template.detect(source) == 0.0
    with pytest.raises(ParseError, match=message):
        template.parse(source)


def test_workbook_limits():
    many_sheets = openpyxl.Workbook()
    for n in range(template.MAX_SHEETS):
        many_sheets.create_sheet(f"S{n}")
    with pytest.raises(ParseError, match="シートが多すぎます"):
        parse(_workbook_bytes(many_sheets), filename="x.xlsx", layout="template")

    tall = _workbook([["取組名", "担当課"], ["窓口", "市民課"]])
    tall.active.cell(template.MAX_ROWS + 1, 1, "はみ出し")
    with pytest.raises(ParseError, match="行が多すぎます"):
        parse(_workbook_bytes(tall), filename="x.xlsx", layout="template")

    wide = _workbook([["取組名", "担当課"], ["窓口", "市民課"]])
    wide.active.cell(2, template.MAX_COLS + 1, "はみ出し")
    with pytest.raises(ParseError, match="列が多すぎます"):
        parse(_workbook_bytes(wide), filename="x.xlsx", layout="template")

    # a formatted but empty cell far away is not content
    styled = _workbook([["取組名", "担当課"], ["窓口", "市民課"]])
    styled.active.cell(template.MAX_ROWS + 5, template.MAX_COLS + 5).number_format = "0.0"
    assert len(parse(_workbook_bytes(styled), filename="x.xlsx", layout="template")["initiatives"]) == 1


def test_excel_conversions_are_read_as_shown():
    workbook = _workbook(
        [
            ["番号", "取組名", "指標名", "単位", "基準値", "目標 R6", "予算 R6 (千円)"],
            [None, "窓口改革", "利用率", "%", 0.375, 0.5, 12000],
        ]
    )
    sheet = workbook.active
    sheet["A2"].value = __import__("datetime").datetime(2025, 1, 2)  # "1-2" typed into a General cell
    sheet["E2"].number_format = "0.0%"
    sheet["F2"].number_format = "0%"
    sheet["G2"].number_format = "#,##0"
    plan = parse(_workbook_bytes(workbook), filename="x.xlsx", layout="template")
    item = plan["initiatives"][0]
    assert item["code"] == "1-2"
    assert plan["warnings"][0]["line"] == 2
    assert "日付に変換されています" in plan["warnings"][0]["message"]
    ind = item["indicators"][0]
    assert ind["baseline"] == {"fy": None, "value": 37.5, "text": "37.5%"}
    assert ind["targets"] == [{"fy": 2024, "value": 50, "text": "50%"}]
    assert item["budget"] == [{"fy": 2024, "amount": 12000, "unit": "千円"}]


def test_workbook_metadata_on_the_initiative_sheet_and_warnings_name_the_sheet():
    workbook = _workbook(
        [["自治体名", "緑ヶ丘市"], ["計画名", "一枚の計画"], [], ["取組名", "区分"], ["窓口", "州"]],
        meta=False,
    )
    plan = parse(_workbook_bytes(workbook), filename="x.xlsx", layout="template")
    assert plan["plan"]["title"] == "一枚の計画"
    assert plan["initiatives"][0]["line"] == 5
    assert plan["warnings"] == [
        {
            "line": 5,
            "message": "「取組」シート: 区分 '州' は「国」か「市」で書いてください（読み飛ばしました）",
        }
    ]


def test_a_department_merged_down_over_two_initiatives_is_each_ones():
    """A 担当課 merged down over the rows of two 取組 (as a person fills a 取組一覧) is each one's, as the generic readers
    read it (walked: the template reader reads the workbook streaming, which knows no merged cells, and the second
    取組 of each merged 担当課 had none — 「記載なし」 in the preview, and a re-import emptied what the app held)."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "取組一覧"
    sheet.append(["桜ヶ丘町DX推進計画 取組一覧"])
    sheet.append([])
    sheet.append(["番号", "取組名", "担当課", "指標", "現状値（R5）", "目標値（R8）"])
    sheet.append(["1-1", "電子申請の拡充", "総務課", "電子申請手続数", 30, 120])
    sheet.append(["1-2", "コンビニ交付の推進", "住民課", "コンビニ交付率", "15%", "40%"])
    sheet.append(["1-3", "窓口予約システムの導入", None, "予約件数", 0, 500])
    sheet.append(["1-3", "窓口予約システムの導入", None, "予約率", "0%", "30%"])
    sheet.append(["2-1", "校務支援システムの導入", "学校教育課、教育総務課", "導入校数", 0, 6])
    sheet.append(["2-2", "GIGAスクール端末の更新", None, "更新台数", 0, 1200])
    sheet.merge_cells("C5:C7")
    sheet.merge_cells("C8:C9")
    sheet.merge_cells("A1:F1")  # the title across the table: no 取組's
    plan = parse(_workbook_bytes(book), filename="桜ヶ丘町.xlsx")
    assert plan["plan"]["source"]["layout"] == "template"
    assert [(item["code"], item["departments"]) for item in plan["initiatives"]] == [
        ("1-1", ["総務課"]),
        ("1-2", ["住民課"]),
        ("1-3", ["住民課"]),
        ("2-1", ["学校教育課", "教育総務課"]),
        ("2-2", ["学校教育課", "教育総務課"]),
    ]
    assert [ind["name"] for ind in plan["initiatives"][2]["indicators"]] == ["予約件数", "予約率"]
    assert not [w for w in plan["warnings"] if "担当課" in w["message"]]


def test_each_initiative_of_a_workbook_names_its_sheet_with_its_row():
    """A 取組 read from a workbook is placed by its sheet and row (「取組一覧 5行目」 in the preview), as the generic
    readers place theirs: a book of a sheet per 基本目標 gave 「5行目」 for a 取組 of each sheet."""
    book = openpyxl.Workbook()
    for number, name in enumerate(("基本目標1", "基本目標2"), start=1):
        sheet = book.active if number == 1 else book.create_sheet()
        sheet.title = name
        sheet.append(["番号", "取組名", "担当課"])
        sheet.append([f"{number}-1", f"取組{number}の推進", "総務課"])
    meta = book.create_sheet("計画")
    meta.append(["自治体名", "緑ヶ丘市"])
    meta.append(["計画名", "緑ヶ丘市DX推進計画"])
    plan = parse(_workbook_bytes(book), filename="取組一覧.xlsx")
    assert plan["plan"]["source"]["layout"] == "template"
    assert [(item["code"], item.get("sheet"), item["line"]) for item in plan["initiatives"]] == [
        ("1-1", "基本目標1", 2),
        ("2-1", "基本目標2", 2),
    ]
