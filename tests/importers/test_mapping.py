"""Column mapping: where the labels do not say what a column holds, the user says it.

``tables_found`` is what the upload preview shows (the role detected per column); a mapping
changes roles, drops columns and leaves sheets out; ``shinchoku parse --map`` takes the same.
"""

from __future__ import annotations

import io
import json
import subprocess
import sys

import openpyxl
import pytest

from shinchoku.importers import ParseError, Source, parse
from shinchoku.importers.generic import document_of
from shinchoku.importers.mapping import tables_found

#: A 事務事業 list whose 所属 and 起点値 columns no dictionary label names.
TEXT = (
    "遠野市 事務事業評価 一覧\n"
    "No,事務事業,所属,成果指標,起点値,目標,備考\n"
    "1,電子申請の推進,総務課,電子申請件数,120件,600件,\n"
    "2,窓口予約システム,市民課,予約件数,0件,2000件,新規\n"
)


def test_tables_found_reports_the_role_of_each_column():
    document = document_of(Source("list.csv", TEXT.encode(), TEXT))
    [table] = tables_found(document)
    assert table["header_row"] == 2
    assert table["signature"] == "No|事務事業|所属|成果指標|起点値|目標|備考"
    assert [(c["letter"], c["header"], c["role"]) for c in table["columns"]] == [
        ("A", "No", "code"),
        ("B", "事務事業", "title"),
        ("C", "所属", "ignore"),
        ("D", "成果指標", "indicator"),
        ("E", "起点値", "ignore"),
        ("F", "目標", "target"),
        ("G", "備考", "note"),
    ]


def test_tables_found_shows_the_first_rows_and_the_year_a_header_names():
    text = TEXT.replace("目標,備考", "R7,備考")
    [table] = tables_found(document_of(Source("list.csv", text.encode(), text)))
    assert table["rows"] == [
        ["1", "電子申請の推進", "総務課", "電子申請件数", "120件", "600件", ""],
        ["2", "窓口予約システム", "市民課", "予約件数", "0件", "2000件", "新規"],
    ]
    r7 = table["columns"][5]
    assert (r7["header"], r7["role"], r7["fy"], r7["year"]) == ("R7", "schedule", 2025, 2025)


def test_a_kpi_table_of_two_rows_of_dated_figures_has_a_header_of_one_row():
    """A 施策's KPI table as a 県's PDF prints it (千草県, batch 40): its two rows each a figure with its year in brackets.
    The first row was read into the header, as 「前期 | 後期」 over a third row of years are (the preview's columns
    「指標名 県の電子申請対応手続数」「現状値 210手続（R5）」, that indicator not among the table's rows)."""
    text = (
        "指標名,現状値,目標値,備考\n"
        "県の電子申請対応手続数,210手続（R5）,600手続（R11）,\n"
        "市町村の電子申請対応手続数（平均）,38手続（R5）,120手続（R11）,県内25市町村の平均\n"
    )
    [table] = tables_found(document_of(Source("kpi.csv", text.encode(), text)))
    assert [c["header"] for c in table["columns"]] == ["指標名", "現状値", "目標値", "備考"]
    assert [row[0] for row in table["rows"]] == ["県の電子申請対応手続数", "市町村の電子申請対応手続数（平均）"]


def test_a_table_left_out_by_its_header():
    """``"skip": true`` on a table's entry: its rows are not initiatives (a PDF's 集計 table)."""
    text = TEXT + "\n番号,取組名,担当課\n9,集計行,全課\n"
    found = parse(text.encode(), filename="list.csv")
    assert "集計行" in [i["title"] for i in found["initiatives"]]
    mapping = {"tables": [{"signature": "番号|取組名|担当課", "skip": True}]}
    plan = parse(text.encode(), filename="list.csv", mapping=mapping)
    assert [i["title"] for i in plan["initiatives"]] == ["電子申請の推進", "窓口予約システム"]
    document = document_of(Source("list.csv", text.encode(), text))
    assert [t["skipped"] for t in tables_found(document, mapping)] == [False, True]


def test_mapping_gives_the_missing_roles():
    bare = parse(TEXT.encode(), filename="list.csv")
    assert bare["initiatives"][0]["departments"] == []
    mapping = {"tables": [{"columns": {"所属": "departments", "E": "baseline", "備考": "ignore"}}]}
    plan = parse(TEXT.encode(), filename="list.csv", mapping=mapping)
    first, second = plan["initiatives"]
    assert first["departments"] == ["総務課"]
    assert first["indicators"][0]["baseline"]["value"] == 120
    assert second["indicators"][0]["final_target"]["value"] == 2000
    assert plan["municipality"]["name"] == "遠野市"


def test_mapping_names_the_header_row_and_skips_sheets():
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "R6"
    sheet.append(["項番", "名称", "課", "KPI"])
    sheet.append(["1", "庁内無線LAN", "総務課", "整備率 100%"])
    other = book.create_sheet("集計")
    other.append(["番号", "取組名", "担当課"])
    other.append(["9", "集計行", "全課", "前年度"])
    other.column_dimensions["D"].hidden = True  # said of a sheet read; of the sheet left out, no news
    buffer = io.BytesIO()
    book.save(buffer)
    mapping = {
        "skip_sheets": ["集計"],
        "tables": [
            {"sheet": "R6", "header_row": 1, "columns": {"B": "title", "C": "departments", "D": "indicator"}}
        ],
    }
    plan = parse(buffer.getvalue(), filename="計画.xlsx", mapping=mapping, municipality="遠野市")
    assert [(i["code"], i["title"], i["departments"]) for i in plan["initiatives"]] == [
        ("1", "庁内無線LAN", ["総務課"])
    ]
    assert plan["initiatives"][0]["indicators"][0]["name"] == "整備率 100%"
    assert not any("集計" in w["message"] for w in plan["warnings"])
    unmapped = parse(buffer.getvalue(), filename="計画.xlsx", municipality="遠野市")
    assert any(w["message"].startswith("シート「集計」: 非表示の列 D") for w in unmapped["warnings"])


@pytest.mark.parametrize(
    "mapping, message",
    [
        ({"tables": [{"columns": {"A": "budget_total"}}]}, "役割 'budget_total' がありません"),
        ("{not json", "JSON"),
        ({"tables": {"A": "title"}}, "配列"),
        ({"tables": [{"header_row": 0, "columns": {}}]}, "header_row"),
        ({"tables": [{"signature": "No|事務事業", "skip": "yes"}]}, "skip は true か false"),
    ],
)
def test_bad_mapping_is_refused_in_japanese(mapping, message):
    with pytest.raises(ParseError, match=message):
        parse(TEXT.encode(), filename="list.csv", mapping=mapping)


def test_cli_map(tmp_path):
    plan_file = tmp_path / "list.csv"
    plan_file.write_text(TEXT, encoding="utf-8")
    map_file = tmp_path / "map.json"
    map_file.write_text(json.dumps({"tables": [{"columns": {"所属": "departments"}}]}), encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "shinchoku.cli", "parse", str(plan_file), "--map", str(map_file)],
        capture_output=True,
        text=True,
        check=True,
    )
    plan = json.loads(done.stdout)
    assert [i["departments"] for i in plan["initiatives"]] == [["総務課"], ["市民課"]]


_KPI_CSV = (
    "番号,取組名,所属,指標,現状,目標\n"
    "1,電子申請の拡大,DX推進課,オンライン手続数,50件,120件\n"
    "2,窓口のキャッシュレス化,市民課,導入窓口数,2か所,10か所\n"
).encode()


@pytest.mark.parametrize(
    "columns", [{"現状": "baseline:2023", "目標": "target:2027"}, {"現状": "baseline:2023", "F": "target:2027"}]
)
def test_one_target_year_ends_the_period_that_starts_after_the_baseline(columns):
    """「現状（令和5年度）→ 目標（令和9年度）」 with no 計画期間 stated: a plan of 令和6〜9年度, said in a
    warning, not a one-year plan of 令和9年度 (a mapping naming only these two years)."""
    plan = parse(_KPI_CSV, filename="kpi.csv", mapping={"tables": [{"columns": columns}]})
    assert plan["plan"]["period"] == {"start_fy": 2024, "end_fy": 2027}
    online = plan["initiatives"][0]["indicators"][0]
    assert online["baseline"]["fy"] == 2023 and online["final_target"] == {"fy": 2027, "value": 120, "text": "120件"}
    assert any("令和6年度〜令和9年度" in w["message"] for w in plan["warnings"])


def test_a_target_year_alone_without_a_baseline_year_stays_that_year():
    plan = parse(_KPI_CSV, filename="kpi.csv", mapping={"tables": [{"columns": {"目標": "target:2027"}}]})
    assert plan["plan"]["period"] == {"start_fy": 2027, "end_fy": 2027}
    assert not any("基準値の翌年度" in w["message"] for w in plan["warnings"])
