"""A workbook's sheets printed by LibreOffice Calc and extracted by plain ``pdftotext`` (no ``-layout``): every cell a
paragraph of its own, row after row — the 取組一覧 (「No.」「取組名」「担当課」「関連ＫＰＩ」「R7」…, then 「1」「電子申請の
拡充」「総務課」「K1-1」「●」…), then the next sheet's ＫＰＩ一覧 (「ＫＰＩ番号」「指標名」「単位」「基準値（R6）」「R7」…).
The texts are batch 42's 椿台町, batch 43's 菫野村 and batch 41's 栗林町 as pdftotext gives them
(``other/*_calc_plain.txt``).

椿台町's was refused as no plan: the sheet's title 「取組一覧」 and a note printed beside the header came among its labels,
the ＫＰＩ一覧's rows (「K1-1」 …) after the table were taken for rows it had missed, and 「ＫＰＩ番号」 opened no list.
Now (``readers.cellrows``, read so only where every cell is a paragraph of its own): a sheet's title or a note among
the labels is no column, a row of another number's shape after the table is the next table's, a short 「…一覧」 over the
next sheet's header ends the table, that table is read too, and a list of indicators under their numbers whose years
follow its 基準値 gives each year's target where its note says so — joined to the 取組 by 関連ＫＰＩ.
"""

from __future__ import annotations

import io
from pathlib import Path

import openpyxl

from shinchoku.importers import parse

OTHER = Path(__file__).parent / "other"


def _items(name: str) -> dict[str, dict]:
    plan = parse(OTHER / name)
    return {item["code"]: item for item in plan["initiatives"]}


def test_a_sheet_a_paragraph_a_cell_and_the_next_sheets_indicators() -> None:
    items = _items("tsubakidai_calc_plain.txt")
    assert list(items) == [str(n) for n in range(1, 11)]
    assert items["3"]["title"] == "窓口のキャッシュレス化"
    assert items["3"]["departments"] == ["住民課", "会計室"]
    (applications,) = items["1"]["indicators"]
    assert applications["name"] == "電子申請できる手続数"
    assert applications["unit"] == "手続"
    assert applications["baseline"]["fy"] == 2024 and applications["baseline"]["value"] == 22
    assert [(t["fy"], t["value"]) for t in applications["targets"]] == [(2025, 40), (2026, 60), (2027, 80), (2028, 100)]
    # 5's 関連ＫＰＩ 「K2-1、K2-2」: both lists' indicators
    assert [i["name"] for i in items["5"]["indicators"]] == ["ＲＰＡを導入した業務数", "ＲＰＡ・ＡＩ－ＯＣＲによる削減時間（年間）"]
    assert not items["4"]["indicators"]  # 「－」: none
    assert [e["fy"] for e in items["1"]["schedule"]] == [2025, 2026, 2027, 2028]
    # the last row ends before the next sheet's title: no 「ＫＰＩ一覧」 in its cells
    assert [i["name"] for i in items["10"]["indicators"]] == ["公開データセット数"]


def test_a_header_whose_labels_come_in_another_order_than_the_rows_cells_is_left_to_the_streams() -> None:
    """菫野村's header comes out 「現状値（R6）」 before 「成果指標」 while each row gives its indicator first: read a cell a
    paragraph by the header, the indicator and its baseline were one cell (「電子申請できる手続数15手続」). Two paragraphs
    are never one cell there; the cells' streams read it as before."""
    items = _items("sumireno_calc_plain.txt")
    (applications,) = items["1"]["indicators"]
    assert applications["name"] == "電子申請できる手続数"
    assert applications["baseline"]["value"] == 15


def _tsubakidai(*replaced: tuple[str, str]) -> dict:
    text = (OTHER / "tsubakidai_calc_plain.txt").read_text(encoding="utf-8")
    for old, new in replaced:
        assert old in text
        text = text.replace(old, new)
    return {item["code"]: item for item in parse(text.encode(), filename="plan.txt")["initiatives"]}


def test_years_after_the_baseline_are_targets_only_where_the_sheet_says_so() -> None:
    """The ＫＰＩ一覧's years carry no label of their own; its note says what they are. Where it says 実績, they are each
    year's 実績 and no target is made up of them (first read: the list no table, each 取組's indicator named 「K1-1」 with
    no figure)."""
    items = _tsubakidai(("R7～R10は各年度の目標値。", "R7～R10は各年度の実績値。"))
    assert len(items) == 10 and items["3"]["departments"] == ["住民課", "会計室"]
    assert not [ind for item in items.values() for ind in item["indicators"] if ind["targets"]]
    (applications,) = items["1"]["indicators"]
    assert applications["name"] == "電子申請できる手続数" and applications["baseline"]["value"] == 22
    assert [(a["fy"], a["value"]) for a in applications["actuals"]] == [
        (2025, 40),
        (2026, 60),
        (2027, 80),
        (2028, 100),
    ]


def test_a_target_column_after_the_years_stays_the_final_target() -> None:
    """「基準値（R6） | R7 | R8 | R9 | 目標値（R10）」 under 「R7～R9は各年度の実績値」: R7 … R9 each year's 実績, the
    目標値 the final target (first read: indicators named 「K1-1」, no figure)."""
    items = _tsubakidai(
        ("R9\n\nR10\n\nK1-1", "R9\n\n目標値\n（R10）\n\nK1-1"),
        ("R7～R10は各年度の目標値。", "R7～R9は各年度の実績値。"),
    )
    (applications,) = items["1"]["indicators"]
    assert [(a["fy"], a["value"]) for a in applications["actuals"]] == [(2025, 40), (2026, 60), (2027, 80)]
    assert (applications["final_target"]["fy"], applications["final_target"]["value"]) == (2028, 100)
    assert [i["name"] for i in items["5"]["indicators"]] == [
        "ＲＰＡを導入した業務数",
        "ＲＰＡ・ＡＩ－ＯＣＲによる削減時間（年間）",
    ]


def test_indicators_numbered_kpi1() -> None:
    """The indicators numbered 「KPI1」 … 「KPI10」 (no hyphen), in the ＫＰＩ一覧 and in the 取組's 関連ＫＰＩ: each a row of
    the list (first read: 「KPI1」 taken for a label of the header, the list no table, indicators named 「KPI1」)."""
    codes = ["K1-1", "K1-2", "K1-3", "K2-1", "K2-2", "K2-3", "K2-4", "K3-1", "K3-2", "K3-3"]
    items = _tsubakidai(*((code, f"KPI{n}") for n, code in enumerate(codes, start=1)))
    assert list(items) == [str(n) for n in range(1, 11)]
    (applications,) = items["1"]["indicators"]
    assert applications["name"] == "電子申請できる手続数"
    assert [(t["fy"], t["value"]) for t in applications["targets"]] == [
        (2025, 40),
        (2026, 60),
        (2027, 80),
        (2028, 100),
    ]
    assert [i["name"] for i in items["5"]["indicators"]] == [
        "ＲＰＡを導入した業務数",
        "ＲＰＡ・ＡＩ－ＯＣＲによる削減時間（年間）",
    ]
    assert [i["name"] for i in items["10"]["indicators"]] == ["公開データセット数"]


def test_a_title_ending_in_ichiran_is_no_sheets_title() -> None:
    # 「オープンデータ一覧」: a 取組's title (no header follows it), not the next sheet's 「ＫＰＩ一覧」
    items = _tsubakidai(("オープンデータの公開", "オープンデータ一覧"))
    assert items["10"]["title"] == "オープンデータ一覧"
    assert [i["name"] for i in items["10"]["indicators"]] == ["公開データセット数"]


def test_dates_under_a_table_are_no_numbered_rows() -> None:
    """「R7.4 電子申請の受付開始」 under a list: a 主な日程, no row numbered like an indicator's 「K1-1」."""
    text = (
        "デジタル推進計画 取組一覧\nNo. 取組名 担当課 目標値\n1 電子申請の拡充 総務課 10件\n2 証明書のコンビニ交付 住民課 20件\n"
        "3 窓口のキャッシュレス化 会計室 30件\n4 基幹業務システムの標準化 総務課 40件\n\n主な日程\nR7.4 電子申請の受付開始\n"
        "R7.10 コンビニ交付の開始\nR8.4 キャッシュレス決済の導入\nR8.10 標準化システムへの移行\nR9.3 ペーパーレス会議の全庁展開\n"
    )
    plan = parse(text.encode(), filename="plan.txt")
    assert [item["code"] for item in plan["initiatives"]] == ["1", "2", "3", "4"]


def _warnings(text: str) -> list[str]:
    return [w["message"] for w in parse(text.encode(), filename="plan.txt")["warnings"]]


def test_a_list_of_indicators_joined_by_number_is_not_said_to_be_left_unread() -> None:
    """椿台町's ＫＰＩ一覧 is joined to the 取組 by their 関連ＫＰＩ (every indicator read as one of a 取組's): the preview
    said 「取組の表とは別の成果指標の表（10件）は取組の指標として読みませんでした」 all the same. Where one number is named by
    no 取組 (10 names no ＫＰＩ), that one is said, by its number, once."""
    text = (OTHER / "tsubakidai_calc_plain.txt").read_text(encoding="utf-8")
    assert not [m for m in _warnings(text) if "成果指標" in m]
    unnamed = text.replace("企画課\n\nK3-3\n", "企画課\n\n－\n", 1)
    assert unnamed != text
    assert [m for m in _warnings(unnamed) if "成果指標" in m] == [
        "成果指標の表の番号「K3-3」の取組が見つからないため、この行を読みませんでした"
    ]


def test_another_sheets_table_of_indicators_at_the_same_row_keeps_its_warning() -> None:
    """The warning taken back for a joined ＫＰＩ一覧 is that list's own: a 施策's 成果指標 on another sheet, its header
    on the same row, is still said to be left unread (a workbook's warning names its sheet in its message only)."""
    rows = [
        ["椿台町ＤＸ推進計画（令和７年度～令和10年度）"],
        ["No.", "取組名", "担当課", "関連ＫＰＩ", "R7", "R8", "R9", "R10"],
        ["1", "電子申請の拡充", "総務課", "K1-1", "●", "●", "●", "●"],
        ["2", "ＲＰＡの活用", "企画課", "K2-1", "●", "●", "", ""],
    ]
    kpi = [["ＫＰＩ一覧"]] + [[""]] * 5 + [
        ["ＫＰＩ番号", "指標名", "単位", "基準値（R6）", "R7", "R8", "R9", "R10"],
        ["K1-1", "電子申請できる手続数", "手続", "22", "40", "60", "80", "100"],
        ["K2-1", "ＲＰＡを導入した業務数", "業務", "2", "4", "6", "8", "10"],
    ]
    other = [["成果指標"]] + [[""]] * 5 + [
        ["指標名", "単位", "現状値（R6）", "目標値（R10）"],
        ["市民満足度", "%", "50", "70"],
        ["参加者数", "人", "100", "200"],
    ]
    book = openpyxl.Workbook()
    book.remove(book.active)
    for title, sheet_rows in (("取組", rows), ("ＫＰＩ一覧", kpi), ("施策指標", other)):
        sheet = book.create_sheet(title)
        for row in sheet_rows:
            sheet.append(row)
    data = io.BytesIO()
    book.save(data)
    plan = parse(data.getvalue(), filename="plan.xlsx")
    assert [w["message"] for w in plan["warnings"] if "成果指標" in w["message"]] == [
        "シート「施策指標」 7行: 取組の表とは別の成果指標の表（2件）は取組の指標として読みませんでした"
    ]
    assert [i["name"] for i in plan["initiatives"][1]["indicators"]] == ["ＲＰＡを導入した業務数"]


def test_a_two_line_label_given_before_the_indicators_and_rows_a_filter_hid() -> None:
    """栗林町's 進捗管理表 (batch 41): the header comes out 「基準値（R5）」 before 「成果指標」, rows 3 and 7 hidden by a filter
    (1, 2, 4 …), 5's 「３００時間 １，５００時間」 on one line, and a 「計」 row under the table. Read by the streams, 2's 担当課
    took every row's (「会計課」「住民課」「企画課」 …) and rows 4 … 9 were lost; now the two labels the other way round, the
    rows at their numbers past the gaps, the two figures two cells and the 計 row no 取組."""
    items = _items("kuribayashi_calc_plain.txt")
    assert list(items) == ["1", "2", "4", "5", "6", "8", "9"]
    assert items["2"]["departments"] == ["会計課"]
    (hours,) = items["5"]["indicators"]
    assert hours["name"] == "ＲＰＡによる削減時間（年間）"
    assert (hours["baseline"]["value"], hours["final_target"]["value"]) == (300, 1500)
    assert [(a["fy"], a["value"]) for a in hours["actuals"]] == [(2024, 620)]
    assert items["9"]["title"] == "防災行政無線のデジタル化"
