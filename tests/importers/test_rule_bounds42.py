"""Where batch 42's rules stop (``test_unseen_plans42.py``): each rule read on a small document of its shape, and on the
nearest shape it must leave as it was.

- a header's run of 市町村 names (a 県's 取組 with a column a 市町村) is header cells of no role (``tables._member_columns``);
- 「当初目標値（R9） | 見直し後目標値（R9）」: the revised target the column's, 「同左」 the first's (``labels.supersedes``);
- a figure merged down over a 取組's 「計画」 and 「実績」 rows is the 計画 row's, no actual of the 実績 row (``TableReader``);
- 「関連ＫＰＩ | K2-1、K2-2」 names indicators of a list keyed by their own numbers (``tables._join_named_indicators``);
- 「取組 | R7 | … | R10」 over 「1-1-1 | 拡大 | → …」 is the 工程 of the 取組 of that number (``tables.coded_kpi_header``);
- 「…を80％にします（令和10年度）。現状は令和５年度で12％です。」: the baseline a sentence of its own after the target's
  (``common._BASELINE_SENTENCE``);
- 「R7～」 | 「R10」, a span's first year in the unlabelled column left of 「実施時期」, is the span's
  (``tables._span_opened_left``);
- a 区分 cell 「計画実績」 (a 取組's two rows one line) names no one measure (``labels.measure_of``).

The review of these rules bounds them further (the last section): an indicator two 取組 name is each one's; a KPI list
inside the 取組's table ends only its own rows, and one the join refuses is read as rows or left out with a warning; a
blank revised target keeps the first; a cell of its own span opens none from the left; a baseline's sentence states the
value in the target's unit; 「予定実績」「目標・実績」 name no one measure; a table of amounts or of a 前計画's years by
number is no 工程; 「市町村」「都市」 are no run of 市町村 names.
"""

from __future__ import annotations

import io
from typing import Any

import openpyxl

from shinchoku.importers import parse
from shinchoku.importers.labels import Column, measure_of, supersedes
from shinchoku.importers.shapes.common import indicator_from_text
from shinchoku.importers.shapes.tables import Header, _header_columns, _member_columns, _span_opened_left


def _text(*rows: list[str]) -> bytes:
    return ("\n".join("\t".join(row) for row in rows) + "\n").encode()


def _read(*rows: list[str]) -> dict[str, dict[str, Any]]:
    return {i["code"]: i for i in parse(_text(*rows), filename="plan.txt")["initiatives"]}


def _figures(item: dict[str, Any]) -> list[tuple[Any, ...]]:
    """Each indicator's name, baseline, final target, yearly targets and actuals."""
    return [
        (
            k["name"],
            k["baseline"] and k["baseline"]["value"],
            k["final_target"] and k["final_target"]["value"],
            [(t["fy"], t["value"]) for t in k["targets"]],
            [(a["fy"], a["value"]) for a in k["actuals"]],
        )
        for k in item["indicators"]
    ]


def _years(item: dict[str, Any]) -> list[int]:
    return [entry["fy"] for entry in item["schedule"]]


# --- a 県's 市町村 columns ----------------------------------------------------------------------------------------

_TOWNS = ["伊吹市", "大原市", "白浜町", "水上町", "高森村"]


def test_five_town_columns_leave_the_header_one_and_name_no_department() -> None:
    """「No. | 取組名 | 県の担当課 | 伊吹市 | … | 高森村 | 成果指標 | 現状値（R6） | 目標値（R10）」: the 取組 read (first: 6 labels
    of 11 cells, no header, refused), the 県's 課 their 担当課, the ◎ / ○ under the 市町村 nothing of theirs."""
    found = _read(
        ["伊吹県デジタル推進計画（令和７年度～令和10年度）"],
        ["No.", "取組名", "県の担当課", *_TOWNS, "成果指標", "現状値（R6）", "目標値（R10）"],
        ["1", "電子申請の共同利用", "デジタル政策課", "◎", "○", "○", "○", "○", "電子申請件数", "12,000件", "60,000件"],
        ["2", "書かない窓口の共同導入", "市町村課", "○", "◎", "", "○", "", "導入団体数", "0団体", "5団体"],
    )
    assert [(i["departments"], _years(i)) for i in found.values()] == [(["デジタル政策課"], []), (["市町村課"], [])]
    assert _figures(found["2"]) == [("導入団体数", 0, 5, [(2028, 5)], [])]


def _members(cells: list[str]) -> list[int]:
    return _member_columns(cells, _header_columns(cells, None, None))


def test_a_lone_town_or_a_label_is_no_run_of_towns() -> None:
    """One 市町村's name among labels is no run; a label of the dictionary beside it (「担当課」) is no 市町村; a word for a
    kind of municipality (「市町村」「都市」「中核市」) is no one municipality's name (first read: a run of two)."""
    assert _members(["No.", "取組名", "伊吹市", "成果指標", "大原市"]) == []
    assert _members(["No.", "取組名", "担当課", "伊吹市", "目標値"]) == []
    assert _members(["No.", "取組名", "担当課", "伊吹市", "大原市", "目標値"]) == [3, 4]
    assert _members(["No.", "取組名", "市町村", "都市", "目標値"]) == []
    assert _members(["No.", "取組名", "中核市", "各市町村", "対象市町村", "目標値"]) == []


# --- a 中間見直し's two targets of one year ---------------------------------------------------------------------------

_REVISED = [
    ["若桐町ＤＸ推進計画（令和５年度～令和９年度）"],
    ["No.", "取組名", "担当課", "成果指標", "基準値（R4）", "当初目標値（R9）", "見直し後目標値（R9）"],
    ["1", "電子申請の拡充", "総務課", "電子申請できる手続数", "18手続", "80手続", "120手続"],
    ["2", "コンビニ交付の推進", "住民課", "コンビニ交付の利用割合", "6.0％", "25.0％", "同左"],
]


def test_the_revised_target_replaces_the_first() -> None:
    """「当初目標値（R9） | 見直し後目標値（R9）」: 120 (first read: 80, the revised column dropped); 「同左」 the 当初 25.0."""
    found = _read(*_REVISED)
    assert _figures(found["1"]) == [("電子申請できる手続数", 18, 120, [(2027, 120)], [])]
    assert _figures(found["2"]) == [("コンビニ交付の利用割合", 6.0, 25.0, [(2027, 25.0)], [])]


def test_two_target_columns_no_word_tells_apart_keep_the_first() -> None:
    """「目標値（R9） | 目標値（R9）」: no word says which replaced which — the first stands, as before."""
    plain = [[cell.replace("当初", "").replace("見直し後", "") for cell in row] for row in _REVISED]
    assert _figures(_read(*plain)["1"]) == [("電子申請できる手続数", 18, 80, [(2027, 80)], [])]


def test_only_a_value_label_opened_by_a_review_word_is_superseded() -> None:
    """「当初目標値」 beside 「見直し後目標値」 or 「目標値」 of one year is superseded; 「当初予算」 beside 「決算額」 (a budget's
    two figures) and 「当初値」 (a baseline's own label) are not."""
    assert supersedes("当初目標値（R9）", "見直し後目標値（R9）") and supersedes("当初目標値（R9）", "目標値（R9）")
    assert not supersedes("当初予算（R7）", "決算額（R7）")
    assert not supersedes("当初値（R4）", "基準値（R4）")


def test_a_first_target_with_no_revised_one_is_the_target() -> None:
    """「当初目標値（R9）」 beside an 実績 and no revised target: it is the target."""
    found = _read(
        _REVISED[0],
        ["No.", "取組名", "担当課", "成果指標", "基準値（R4）", "当初目標値（R9）", "実績値（R6）"],
        ["1", "電子申請の拡充", "総務課", "電子申請できる手続数", "18手続", "80手続", "50手続"],
    )
    assert _figures(found["1"]) == [("電子申請できる手続数", 18, 80, [(2027, 80)], [(2024, 50)])]


# --- a 取組's 計画 and 実績 rows under figures merged down over both ------------------------------------------------------


def _two_rows_a_measure() -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["桐ヶ谷市ＤＸ推進計画（令和６年度～令和９年度）　進捗管理表"])
    sheet.append(["No.", "取組名", "担当課", "区分", "R6", "R7", "R8", "R9", "成果指標", "基準値（R5）", "目標値（R9）", "実績（R6）"])
    sheet.append(["1", "電子申請の拡充", "デジタル推進課", "計画", "拡大", "→", "→", "→", "電子申請できる手続数", "56手続", "250手続", "102手続"])
    sheet.append([None, None, None, "実績", "実施"])
    sheet.append(["2", "窓口予約の導入", "市民課", "計画", "導入", "運用", "→", "→", "窓口予約の件数（年間）", "0件", "6,000件", None])
    sheet.append([None, None, None, "実績", "1,850"])
    for top in (3, 5):
        for column in (1, 2, 3, 9, 10, 11, 12):
            sheet.merge_cells(start_row=top, start_column=column, end_row=top + 1, end_column=column)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_a_figure_merged_over_the_plan_and_actual_rows_is_no_actual() -> None:
    """1's 「目標値（R9）」 250 merged down over its 「実績 | 実施」 row: the target alone (first read: an R9 actual of 250 too);
    2's 実績 row writing 「1,850」 itself under R6: that year's actual still."""
    found = {i["code"]: i for i in parse(_two_rows_a_measure(), filename="進捗管理表.xlsx")["initiatives"]}
    assert _figures(found["1"]) == [("電子申請できる手続数", 56, 250, [(2027, 250)], [(2024, 102)])]
    assert _figures(found["2"])[0][4] == [(2024, 1850)]
    assert _years(found["1"]) == [2024, 2025, 2026, 2027]


# --- indicators named by their own numbers ------------------------------------------------------------------------

_CODED = [
    ["椿台町ＤＸ推進計画（令和７年度～令和10年度）"],
    ["No.", "取組名", "担当課", "関連ＫＰＩ", "R7", "R8", "R9", "R10"],
    ["1", "電子申請の拡充", "総務課", "K1-1", "●", "●", "●", "●"],
    ["2", "ＲＰＡの活用", "企画課", "K2-1、K2-2", "●", "●", "", ""],
    ["3", "職員研修", "総務課", "K9-9", "●", "", "", ""],
    [""],
    ["ＫＰＩ番号", "指標名", "単位", "基準値（R6）", "R7", "R8", "R9", "R10"],
    ["K1-1", "電子申請できる手続数", "手続", "22", "40", "60", "80", "100"],
    ["K2-1", "ＲＰＡを導入した業務数", "業務", "2", "4", "6", "8", "10"],
    ["K2-2", "ＲＰＡによる削減時間（年間）", "時間", "180", "400", "600", "800", "1,000"],
]


def test_indicators_named_by_number_are_those_of_the_list() -> None:
    """「関連ＫＰＩ | K2-1、K2-2」: both indicators of the ＫＰＩ一覧 with their yearly targets (first read: one indicator named
    「K2-1、K2-2」 and no figure); the list's rows no 取組; a number the list lacks (「K9-9」) left as written."""
    found = _read(*_CODED)
    assert list(found) == ["1", "2", "3"]
    assert _figures(found["2"]) == [
        ("ＲＰＡを導入した業務数", 2, 10, [(2025, 4), (2026, 6), (2027, 8), (2028, 10)], []),
        ("ＲＰＡによる削減時間（年間）", 180, 1000, [(2025, 400), (2026, 600), (2027, 800), (2028, 1000)], []),
    ]
    assert _figures(found["3"]) == [("K9-9", None, None, [], [])]
    assert _years(found["2"]) == [2025, 2026]


def test_numbers_without_letters_are_no_indicators_numbers() -> None:
    """The same list numbered 「11」「21」 (a 取組's number as much as an indicator's): nothing joined."""
    plain = [
        [c.replace("K1-1", "11").replace("K2-1", "21").replace("K2-2", "22").replace("K9-9", "99") for c in row]
        for row in _CODED
    ]
    assert _figures(_read(*plain)["2"]) == [("21、22", None, None, [], [])]


# --- a 施策's 工程 table naming its 取組 by number ----------------------------------------------------------------------


def test_a_schedule_table_by_number_gives_those_initiatives_their_years() -> None:
    """「取組 | R7 | … | R10」 under a 施策's numbered paragraphs: each row's years its 取組's (first read: none); a number no
    取組 has (「1-1-9」) is no 取組."""
    found = _read(
        ["白樫町デジタル化推進計画（令和７年度～令和10年度）"],
        ["1-1-1　電子申請の拡充"],
        ["【担当】住民課"],
        ["1-1-2　コンビニ交付の推進"],
        ["【担当】住民課"],
        ["■工程表"],
        ["取組", "R7", "R8", "R9", "R10"],
        ["1-1-1", "拡大", "→", "→", ""],
        ["1-1-2", "", "周知", "→", "→"],
        ["1-1-9", "検討", "", "", ""],
    )
    assert {code: _years(item) for code, item in found.items()} == {
        "1-1-1": [2025, 2026, 2027],
        "1-1-2": [2026, 2027, 2028],
    }


# --- a target's sentence, then its baseline's -----------------------------------------------------------------------


def _stated(text: str) -> tuple[Any, ...] | None:
    found = indicator_from_text(text, 2028)
    if found is None:
        return None
    return (
        found["name"],
        found["baseline"] and (found["baseline"]["fy"], found["baseline"]["value"]),
        found["final_target"] and (found["final_target"]["fy"], found["final_target"]["value"]),
    )


def test_a_baseline_in_a_sentence_after_the_target() -> None:
    """「…を80％にします（令和10年度）。現状は令和５年度で12％です。」: 12 in 2023, 80 in 2028 (first read: an indicator
    named by the whole first sentence, of no target); 「現在は令和6年度に2か所です。」 alike."""
    assert _stated("キャッシュレス決済の利用割合を80％にします（令和10年度）。現状は令和５年度で12％です。") == (
        "キャッシュレス決済の利用割合",
        (2023, 12),
        (2028, 80),
    )
    assert _stated("窓口を5か所にします。現在は令和6年度に2か所です。") == ("窓口", (2024, 2), (2028, 5))


def test_a_closing_sentence_of_no_figure_or_no_label_is_no_baseline() -> None:
    """「現状は不明です。」 gives no baseline, and a closing sentence not opened by 現状 / 基準 (「令和５年度は12％でした。」) is
    not read as one: both as before."""
    assert _stated("利用割合を80％にします（令和10年度）。現状は不明です。")[2] is None  # type: ignore[index]
    unlabelled = "利用割合を80％にします（令和10年度）。令和５年度は12％でした。"
    assert _stated(unlabelled) == (unlabelled, None, None)


# --- a span's first year set in the column left of its last -----------------------------------------------------------


def _span_header() -> Header:
    """「No. | 取組名 | 目標値（R10） | (none) | 実施時期」: the fourth column unlabelled (pdftotext -layout's, the label wrapped)."""
    columns = {0: Column("code"), 1: Column("title"), 2: Column("target", 2028), 4: Column("schedule")}
    labels = ["No.", "取組名", "目標値（R10）", "", "実施時期"]
    return Header(columns, 0, 1, [labels], dict(enumerate(labels)))


def test_a_span_opened_in_the_unlabelled_column_left_is_the_spans() -> None:
    """「R7～」 | 「R10」: the span R7～R10 (first read through -layout: R10 alone); 「令和８年度～」 | 「令和10年度」 alike."""
    assert _span_opened_left(["2", "書かない窓口", "5団体", "R7～", "R10"], 4, _span_header()) == "R7～"
    assert _span_opened_left(["2", "書かない窓口", "5団体", "令和８年度～", "令和10年度"], 4, _span_header()) == "令和８年度～"


def test_no_span_is_opened_by_a_year_alone_a_labelled_column_or_before_no_year() -> None:
    """「R8」 with no 「～」, a 「R7～」 in a labelled column (目標値), and 「R7～」 before a cell of no year (「随時」) open
    nothing: the cell is read as written."""
    header = _span_header()
    assert _span_opened_left(["2", "書かない窓口", "5団体", "R8", "R10"], 4, header) == ""
    assert _span_opened_left(["2", "書かない窓口", "R7～", "R10"], 3, header) == ""
    assert _span_opened_left(["2", "書かない窓口", "5団体", "R7～", "随時"], 4, header) == ""


# --- a 区分 cell of two measures ------------------------------------------------------------------------------------


def test_a_kind_cell_naming_plan_and_actual_is_no_one_measure() -> None:
    """「計画実績」「計画⏎実績」「目標　実績」 (two rows' 区分 one line, pdftotext -layout's): no measure (first read: 実績, the 計画
    row's steps and target taken for actuals); 「実績」「実績値」「目標」「目標値」「計画値」 each its own as before."""
    assert [measure_of(t) for t in ("計画実績", "計画\n実績", "目標　実績")] == [None, None, None]
    assert [measure_of(t) for t in ("実績", "実績値", "目標", "目標値", "計画値")] == [
        "actual",
        "actual",
        "target",
        "target",
        "target",
    ]


# --- review of batch 42's rules -------------------------------------------------------------------------------------


def test_an_indicator_two_initiatives_name_is_each_ones() -> None:
    """1 「K1-1」 and 2 「K1-1、K2-1」: both have K1-1 with its figures (first read: 1 none at all, its stand-in removed and
    the number, two 取組's, joined to neither)."""
    rows = [[c.replace("K2-1、K2-2", "K1-1、K2-1") for c in row] for row in _CODED]
    found = _read(*rows)
    assert [k[0] for k in _figures(found["1"])] == ["電子申請できる手続数"]
    assert [k[0] for k in _figures(found["2"])] == ["電子申請できる手続数", "ＲＰＡを導入した業務数"]
    assert _figures(found["1"])[0][2] == 100


def test_a_list_under_each_initiative_ends_only_its_own_rows() -> None:
    """A ＫＰＩ番号 list after each 取組's row: every 取組 read, each with its indicator (first read: 取組 1 alone, the list's
    header ending the table's 取組)."""
    head = ["ＫＰＩ番号", "指標名", "単位", "基準値（R6）", "R7", "R8", "R9", "R10"]
    found = _read(
        _CODED[0],
        _CODED[1],
        ["1", "電子申請の拡充", "総務課", "K1-1", "●", "●", "●", "●"],
        head,
        ["K1-1", "電子申請できる手続数", "手続", "22", "40", "60", "80", "100"],
        ["2", "ＲＰＡの活用", "企画課", "K2-1", "●", "●", "", ""],
        head,
        ["K2-1", "ＲＰＡを導入した業務数", "業務", "2", "4", "6", "8", "10"],
    )
    assert list(found) == ["1", "2"]
    assert [k[:3] for k in _figures(found["1"])] == [("電子申請できる手続数", 22, 100)]
    assert [k[:3] for k in _figures(found["2"])] == [("ＲＰＡを導入した業務数", 2, 10)]
    assert _years(found["2"]) == [2025, 2026]


def test_a_list_by_plain_numbers_in_the_table_is_read_as_rows() -> None:
    """The same list numbered 「1-1」「2-1」, then a 取組 row: not joined, so its rows are read as before (first read: skipped,
    the figures and 取組 3 gone without a word)."""
    found = _read(
        _CODED[0],
        _CODED[1],
        ["1", "電子申請の拡充", "総務課", "1-1", "●", "●", "●", "●"],
        ["ＫＰＩ番号", "指標名", "単位", "基準値（R6）", "R7", "R8", "R9", "R10"],
        ["1-1", "電子申請できる手続数", "手続", "22", "40", "60", "80", "100"],
        ["3", "職員研修", "総務課", "", "●", "", "", ""],
    )
    assert "3" in found and "1-1" in found


def test_a_blank_or_dashed_revised_target_keeps_the_first() -> None:
    """「見直し後目標値（R9）」 blank or 「－」: the 当初 target stands, as under 「同左」 (first read: none)."""
    for blank in ("", "－"):
        rows = [*_REVISED[:2], ["1", "電子申請の拡充", "総務課", "電子申請できる手続数", "18手続", "80手続", blank]]
        assert _figures(_read(*rows)["1"]) == [("電子申請できる手続数", 18, 80, [(2027, 80)], [])]


def test_no_span_is_opened_left_of_a_cell_with_a_span_or_two_years() -> None:
    """「R7～」 | 「R8～R10」「～R10」「R9、R10」: the cell holds its own span or years, nothing is opened (first read: R7～R8～R10,
    R8 invented)."""
    header = _span_header()
    for cell in ("R8～R10", "～R10", "R9、R10"):
        assert _span_opened_left(["2", "書かない窓口", "5団体", "R7～", cell], 4, header) == ""


def test_a_closing_sentence_states_a_baseline_in_the_targets_unit() -> None:
    """「基準は100点満点です。」「現在で2回目の計画です。」 after a target in ％ are no baseline (first read: 100, 2); 「現状は
    12％（令和５年度）です。」 and 「現状は約12％です。」 are."""
    target = "キャッシュレス決済の利用割合を80％にします（令和10年度）。"
    assert _stated(target + "基準は100点満点です。")[1] is None  # type: ignore[index]
    assert _stated(target + "現在で2回目の計画です。")[1] is None  # type: ignore[index]
    assert _stated(target + "現状は12％（令和５年度）です。")[1] == (2023, 12)  # type: ignore[index]
    assert _stated(target + "現状は約12％です。")[1] == (None, 12)  # type: ignore[index]


def test_a_list_the_join_refuses_is_left_out_with_a_word() -> None:
    """A ＫＰＩ番号 list whose 基準値 label wrapped away (「（R6）」 alone, as through pdftotext -layout): its 「K1-1」 rows are no
    取組, the 取組 row after it is read, and a warning says the list was not joined (first: left out without a word)."""
    plan = parse(
        _text(
            _CODED[0],
            _CODED[1],
            ["1", "電子申請の拡充", "総務課", "K1-1", "●", "●", "●", "●"],
            ["ＫＰＩ番号", "指標名", "単位", "（R6）", "R7", "R8", "R9", "R10"],
            ["K1-1", "電子申請できる手続数", "手続", "22", "40", "60", "80", "100"],
            ["3", "職員研修", "総務課", "", "●", "", "", ""],
        ),
        filename="plan.txt",
    )
    assert [i["code"] for i in plan["initiatives"]] == ["1", "3"]
    assert any("指標の一覧" in w["message"] for w in plan["warnings"])


def test_a_kind_cell_naming_a_schedule_and_actual_or_split_by_a_mark_is_no_one_measure() -> None:
    """「予定実績」「目標・実績」「目標/実績」「目標／実績」: two measures named, none read (first read: 実績)."""
    assert [measure_of(t) for t in ("予定実績", "目標・実績", "目標/実績", "目標／実績")] == [None, None, None, None]


def test_a_table_of_amounts_or_of_years_before_the_plan_by_number_is_no_schedule() -> None:
    """「取組 | R7 | … | R10」 over 「1-1-1 | 1,200 | 800 …」 (a 事業費 table) and a 前計画's 「取組 | R4 | R5 | R6」: no
    years of the 取組 (first read: steps 「1,200」, and R4–R6)."""
    top = [
        ["白樫町デジタル化推進計画（令和７年度～令和10年度）"],
        ["1-1-1　電子申請の拡充"],
        ["【担当】住民課"],
        ["1-1-2　コンビニ交付の推進"],
        ["【担当】住民課"],
    ]
    amounts = _read(*top, ["■事業費（千円）"], ["取組", "R7", "R8", "R9", "R10"], ["1-1-1", "1,200", "800", "800", ""])
    assert _years(amounts["1-1-1"]) == []
    before = _read(*top, ["■前計画の工程"], ["取組", "R4", "R5", "R6"], ["1-1-1", "検討", "導入", "→"])
    assert _years(before["1-1-1"]) == []
