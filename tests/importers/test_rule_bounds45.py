"""Where batch 45's rules stop (``test_unseen_plans45.py``): each rule read on a small document of its shape, and on the
nearest shape it must leave as it was —

- a 実績 (or 目標) under a year split into halves (「令和６年度」 over 「目標 | 上半期実績 | 下半期実績」) is the year's where the
  second half's, a note where the first half's (``labels._HALF_VALUE``) — not 「目標 | 実績」 under a year (the 実績 the
  year's as before), not 「上期 | 下期」 under a year (a 工程表's halves, steps as before), not 「上半期実績」 with no year
  over it;
- a table in long form, a row a 取組 a year (「取組ID | 年度 | 計画内容 | 目標値 | 実績値」), dates each row's figures and its
  計画内容 by the row's 年度 (``tables._figures_dated_by_row``) — not a table whose value columns name their own years
  (「R6目標 | R7目標」 beside a 年度 column), not a 目標年度 column (the year of the one target, as before).
"""

from __future__ import annotations

import io
from typing import Any

import openpyxl

from shinchoku.importers import parse
from shinchoku.importers.labels import Column, classify


def _saved(book: openpyxl.Workbook) -> bytes:
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _found(plan: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {i["code"]: i for i in plan["initiatives"]}


def _dated(values: list[dict[str, Any]]) -> list[tuple[Any, Any]]:
    return [(v["fy"], v["value"]) for v in values]


# --- a year's figures split into halves -------------------------------------------------------------------------

#: (No., 取組名, 担当課, 指標名, [R6 sub-columns], [R7 sub-columns], 目標値（R8）).
_HALF_ROWS = [
    ("1", "電子申請の拡充", "総務課", "電子申請できる手続数", (40, 31, 44), (70, 58, None), 100),
    (
        "2",
        "コンビニ交付の推進",
        "住民課",
        "コンビニ交付の利用件数",
        (2000, 900, 2150),
        (3000, 1650, None),
        4000,
    ),
]


def _halves(
    subs: tuple[str, ...], note: str = "※実績は９月末・３月末時点の累計値", rows: list[Any] | None = None
) -> bytes:
    """杜野町's 進捗管理表: 「令和６年度」「令和７年度」 merged over ``subs`` each, the figures of ``_HALF_ROWS`` under them,
    ``note`` under the title."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet["A1"] = "杜野町デジタル化推進計画　成果指標進捗管理表（令和６年度～令和８年度）"
    sheet["A2"] = note or None
    for column, label in enumerate(("No.", "取組名", "担当課", "指標名"), start=1):
        sheet.cell(3, column, label)
        sheet.merge_cells(start_row=3, start_column=column, end_row=4, end_column=column)
    column = 5
    for year in ("令和６年度", "令和７年度"):
        sheet.cell(3, column, year)
        sheet.merge_cells(start_row=3, start_column=column, end_row=3, end_column=column + len(subs) - 1)
        for at, label in enumerate(subs):
            sheet.cell(4, column + at, label)
        column += len(subs)
    sheet.cell(3, column, "目標値（R8）")
    sheet.merge_cells(start_row=3, start_column=column, end_row=4, end_column=column)
    for row, (no, title, office, name, first, then, goal) in enumerate(rows or _HALF_ROWS, start=5):
        values = [no, title, office, name, *first[: len(subs)], *then[: len(subs)], goal]
        for at, value in enumerate(values, start=1):
            sheet.cell(row, at, value)
    return _saved(book)


def test_a_years_second_half_is_its_actual() -> None:
    """Under 「令和６年度」 the 下半期 figure (44, the year-end 累計) is the year's 実績, the 上半期 one (31) none; R7's
    下半期 blank: no 実績 of R7 (first read: 31 and 58, the half-year figures, as each year's)."""
    found = _found(parse(_halves(("目標", "上半期実績", "下半期実績")), filename="morino.xlsx"))
    (kpi,) = found["1"]["indicators"]
    assert _dated(kpi["actuals"]) == [(2024, 44)]
    assert _dated(kpi["targets"]) == [(2024, 40), (2025, 70), (2026, 100)]
    (kpi,) = found["2"]["indicators"]
    assert _dated(kpi["actuals"]) == [(2024, 2150)]


def test_a_half_year_label_is_read_by_the_half_under_a_year() -> None:
    """「上半期実績」「下期実績」 under a year are notes of their half (the table says whether the second is the year's);
    with no year over it, read as before."""
    assert classify("上半期実績", parent="令和６年度") == Column("note", half=1)
    assert classify("下期実績", parent="令和６年度") == Column("note", half=2)
    assert classify("上半期実績") == Column("actual")


def test_a_plan_periods_halves_are_no_halves_of_a_year() -> None:
    """「前期実績」 under 「令和７年度」 (a 前期計画's 実績 of that year) and 「前期目標(R7)」 under 「目標値（令和3～12年度）」 are
    read as before (the branch had read them as a year's halves: the 実績 a note, the R7 target dropped)."""
    assert classify("前期実績", parent="令和７年度") == Column("actual", 2025)
    assert classify("前期目標(R7)", parent="目標値（令和3～12年度）") == Column("target", 2025)
    assert classify("下半期実績", parent="目標値（令和3～12年度）") != Column("note", half=2)


def test_a_years_whole_actual_wins_over_its_halves() -> None:
    """「目標 | 上半期実績 | 下半期実績 | 年間実績」 under 「令和６年度」, 累計 said: the 年間実績 is the year's (the branch had
    kept the 下半期 figure and dropped the 年間実績)."""
    rows = [
        ("1", "電子申請の拡充", "総務課", "申請件数", (1000, 400, 450, 850), (1200, 500, None, None), 1500),
        ("2", "オンライン相談", "企画課", "相談件数", (200, 90, 80, 170), (250, 100, None, None), 300),
    ]
    subs = ("目標", "上半期実績", "下半期実績", "年間実績")
    found = _found(parse(_halves(subs, rows=rows), filename="morino.xlsx"))
    (kpi,) = found["1"]["indicators"]
    assert _dated(kpi["actuals"]) == [(2024, 850)]
    (kpi,) = found["2"]["indicators"]
    assert _dated(kpi["actuals"]) == [(2024, 170)]


def test_halves_not_said_to_be_running_totals_are_notes() -> None:
    """No 累計 said: neither half is the year's 実績 (a half's count is not) — both kept as the 取組's notes, and a
    warning says so (the branch had read the 下半期 count as the year's 実績)."""
    plan = parse(_halves(("目標", "上半期実績", "下半期実績"), note=""), filename="morino.xlsx")
    found = _found(plan)
    (kpi,) = found["1"]["indicators"]
    assert kpi["actuals"] == []
    assert _dated(kpi["targets"]) == [(2024, 40), (2025, 70), (2026, 100)]
    assert "令和6年度 上半期実績：31" in found["1"]["notes"]
    assert "令和6年度 下半期実績：44" in found["1"]["notes"]
    assert any("上半期・下半期の実績は年度の実績として読みませんでした" in w["message"] for w in plan["warnings"])


def test_a_year_over_target_and_actual_keeps_its_actual() -> None:
    """「目標 | 実績」 under each year: the 実績 the year's, as before (the rule reads halves only)."""
    found = _found(parse(_halves(("目標", "実績")), filename="morino.xlsx"))
    (kpi,) = found["1"]["indicators"]
    assert _dated(kpi["actuals"]) == [(2024, 31), (2025, 58)]


def test_halves_of_a_schedule_stay_steps() -> None:
    """「上期 | 下期」 under each year with 「○」: a 工程表's halves, each a step of its half."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet["A1"] = "杜野町デジタル化推進計画　工程表（令和６年度～令和７年度）"
    for column, label in enumerate(("No.", "取組名", "担当課"), start=1):
        sheet.cell(3, column, label)
        sheet.merge_cells(start_row=3, start_column=column, end_row=4, end_column=column)
    for at, year in enumerate(("令和６年度", "令和７年度")):
        sheet.cell(3, 4 + 2 * at, year)
        sheet.merge_cells(start_row=3, start_column=4 + 2 * at, end_row=3, end_column=5 + 2 * at)
        sheet.cell(4, 4 + 2 * at, "上期")
        sheet.cell(4, 5 + 2 * at, "下期")
    for row, (no, title, office, marks) in enumerate(
        [("1", "電子申請の拡充", "総務課", "○○○ "), ("2", "窓口予約の導入", "住民課", "  ○○")], start=5
    ):
        for at, value in enumerate((no, title, office, *(m if m.strip() else None for m in marks)), start=1):
            sheet.cell(row, at, value)
    found = _found(parse(_saved(book), filename="morino_koutei.xlsx"))
    assert [(s["fy"], s["half"]) for s in found["1"]["schedule"]] == [(2024, 1), (2024, 2), (2025, 1)]
    assert [(s["fy"], s["half"]) for s in found["2"]["schedule"]] == [(2025, 1), (2025, 2)]


# --- a table in long form, a row a 取組 a year --------------------------------------------------------------------

_LONG_HEAD = "取組ID,取組名,担当課,年度,計画内容,指標名,目標値,実績値"
_LONG_ROWS = [
    'K-1,電子申請の拡充,総務課,令和6年度,"子育て関係の手続を電子化\n介護関係の手続を電子化",電子申請できる手続数,30,34',
    "K-1,電子申請の拡充,総務課,令和7年度,税証明の電子化,電子申請できる手続数,60,",
    "K-1,電子申請の拡充,総務課,令和8年度,全手続の点検,電子申請できる手続数,90,",
    "K-2,公式アプリの導入,企画課,令和6年度,－,アプリのダウンロード数,,",
    "K-2,公式アプリの導入,企画課,令和7年度,アプリの構築,アプリのダウンロード数,500,",
    "K-2,公式アプリの導入,企画課,令和8年度,機能の追加,アプリのダウンロード数,2500,",
]


def _csv(lines: list[str]) -> bytes:
    return ("\ufeff" + "\r\n".join(lines) + "\r\n").encode("utf-8")


def test_a_long_forms_rows_are_each_their_years() -> None:
    """Each row's 目標値 and 実績値 are its 年度's, the last year's target the final one, each year with a 計画内容 a step
    (first read: the first row's 30 the final target, 実績 34 of no year, no schedule)."""
    found = _found(parse(_csv([_LONG_HEAD, *_LONG_ROWS]), filename="morino_export.csv"))
    (kpi,) = found["K-1"]["indicators"]
    assert _dated(kpi["targets"]) == [(2024, 30), (2025, 60), (2026, 90)]
    assert _dated(kpi["actuals"]) == [(2024, 34)]
    assert (kpi["final_target"]["fy"], kpi["final_target"]["value"]) == (2026, 90)
    assert [s["fy"] for s in found["K-1"]["schedule"]] == [2024, 2025, 2026]
    assert [s["fy"] for s in found["K-2"]["schedule"]] == [2025, 2026]


def test_a_target_year_column_dates_its_one_target() -> None:
    """「目標値 | 目標年度」: the year of the one target, a row a 取組 — no long form (as before)."""
    lines = [
        "取組ID,取組名,担当課,指標名,基準値,目標値,目標年度",
        "K-1,電子申請の拡充,総務課,電子申請できる手続数,12,90,令和8年度",
        "K-2,公式アプリの導入,企画課,アプリのダウンロード数,0,2500,令和9年度",
    ]
    found = _found(parse(_csv(lines), filename="morino_list.csv"))
    (kpi,) = found["K-2"]["indicators"]
    assert (kpi["final_target"]["fy"], kpi["final_target"]["value"]) == (2027, 2500)
    assert found["K-2"]["schedule"] == []


def test_value_columns_of_their_own_years_are_not_dated_by_the_row() -> None:
    """「R6目標 | R7目標 | R8目標」 beside a 年度 column (the year the 取組 began): each target its column's year."""
    lines = [
        "取組ID,取組名,担当課,年度,指標名,R6目標,R7目標,R8目標",
        "K-1,電子申請の拡充,総務課,令和6年度,電子申請できる手続数,30,60,90",
        "K-2,公式アプリの導入,企画課,令和7年度,アプリのダウンロード数,,500,2500",
    ]
    found = _found(parse(_csv(lines), filename="morino_years.csv"))
    (kpi,) = found["K-2"]["indicators"]
    assert _dated(kpi["targets"]) == [(2025, 500), (2026, 2500)]


def test_a_row_a_initiative_with_a_year_column_is_no_long_form() -> None:
    """「番号 | 取組名 | 年度 | 取組内容 | 指標名 | 目標値 | 実績値」, each 取組 on one row (its 年度 the year it starts, or a
    report of one year with 「令和6年度」 on every row): the target the final one as before, no step made of 取組内容
    (the branch had read each row's figures as its 年度's: the final target of 2024, a step invented)."""
    for years in (("令和6年度", "令和7年度"), ("令和6年度", "令和6年度")):
        lines = [
            "番号,取組名,担当課,年度,取組内容,指標名,目標値,実績値",
            f"1,電子申請の拡充,総務課,{years[0]},手続のオンライン化を進める,オンライン手続数,120,45",
            f"2,窓口のキャッシュレス化,会計課,{years[1]},窓口で電子決済を導入する,導入窓口数,10,2",
        ]
        found = _found(parse(_csv(lines), filename="morino_report.csv"))
        (kpi,) = found["1"]["indicators"]
        assert kpi["final_target"]["value"] == 120
        assert kpi["final_target"]["fy"] != 2024
        assert _dated(kpi["actuals"]) == [(None, 45)]
        assert found["1"]["schedule"] == []
        assert found["2"]["schedule"] == []
