"""佐久穂町's 取組一覧 kept in Excel, printed by LibreOffice Calc and read through ``pdftotext -layout``
(``other/sakuho_torikumi_calc_layout*.txt``, a user's walk through the upload): every header label centred over its
column (「取組名」 at 10 over titles from 3, 「工程」 over its four years), each row's number printed right up to its title
and its last target right up to its first step with a single blank between (「1 書かない窓口の導入」, 「20 検討・準備」),
取組 3's number, title, 課 and steps merged down and centred between its two indicators' lines. The PDF was read exactly;
the text was read with 担当課 0.667, KPI 0 and schedule 0 (two header rows) or 0.5 (a header row of 「目標値（R7）」 …),
its figures a column off and 取組 3's first indicator given to 取組 2."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from shinchoku.importers import parse

OTHER = Path(__file__).parent / "other"
PRINTS = ["sakuho_torikumi_calc_layout.txt", "sakuho_torikumi_calc_layout_one_row.txt"]


def _read(name: str) -> dict[str, Any]:
    return parse((OTHER / name).read_bytes(), filename=name)


def _values(entries: list[dict[str, Any]]) -> list[tuple[int, float]]:
    return [(entry["fy"], entry["value"]) for entry in entries]


@pytest.mark.parametrize("name", PRINTS)
def test_each_row_is_read_in_its_columns(name: str) -> None:
    items = {item["code"]: item for item in _read(name)["initiatives"]}
    assert [(code, item["title"], item["departments"]) for code, item in items.items()] == [
        ("1", "書かない窓口の導入", ["住民課"]),
        ("2", "オンライン申請の拡充", ["総務課"]),
        ("3", "マイナンバーカードの普及促進", ["住民課"]),
        ("4", "庁内のペーパーレス化", ["総務課"]),
        ("5", "窓口キャッシュレス決済の導入", ["住民課"]),
        ("6", "職員のデジタル人材育成", ["総務課"]),
    ]
    (counter,) = items["1"]["indicators"]
    assert (counter["name"], counter["unit"], counter["baseline"]["value"]) == (
        "書かない窓口で受け付けた手続数",
        "手続",
        0,
    )
    # 「20 検討・準備」: the last target and the first step, one blank apart
    assert _values(counter["targets"]) == [(2025, 5), (2026, 10), (2027, 15), (2028, 20)]
    assert [(s["fy"], s["label"]) for s in items["1"]["schedule"]] == [
        (2025, "検討・準備"),
        (2026, "導入"),
        (2027, "対象拡大"),
        (2028, "運用"),
    ]
    (paper,) = items["4"]["indicators"]
    assert (paper["baseline"]["value"], _values(paper["targets"])[-1]) == (120000, (2028, 50000))


@pytest.mark.parametrize("name", PRINTS)
def test_a_row_centred_between_its_indicators_keeps_both(name: str) -> None:
    """取組 3's line is printed between its two indicators' lines: the one above is its first, not 取組 2's second."""
    items = {item["code"]: item for item in _read(name)["initiatives"]}
    assert [i["name"] for i in items["2"]["indicators"]] == ["オンライン申請可能な手続数"]
    cards, convenience = items["3"]["indicators"]
    assert (cards["name"], cards["unit"], cards["baseline"]["value"]) == (
        "マイナンバーカード交付率",
        "%",
        72.5,
    )
    assert _values(cards["targets"]) == [(2025, 78.0), (2026, 82.0), (2027, 86.0), (2028, 90.0)]
    assert (convenience["name"], _values(convenience["targets"])[-1]) == (
        "コンビニ交付の利用件数",
        (2028, 1600),
    )
    assert [s["label"] for s in items["3"]["schedule"]] == [
        "出張申請受付",
        "出張申請受付",
        "利活用推進",
        "利活用推進",
    ]


#: A figure and its unit a blank apart in every row (「65 手続」, Writer's font change): one cell, though its unit
#: starts at the same place in each row.
UNITS = "\n".join(
    [
        "番号   取組名                担当課        成果指標              現状値      目標値",
        " 1 電子申請の拡充          総務課      電子申請できる手続数    45 手続     200 手続",
        " 2 書かない窓口の導入      住民課      記入を省略した手続数    10 手続      60 手続",
        " 3 電子決裁の推進          総務課      電子決裁の件数          20 件        95 件",
        " 4 テレワークの推進        職員課      テレワーク実施職員数    60 人       250 人",
    ]
)


def test_a_figure_keeps_its_unit() -> None:
    """Cut from its figure, 「手続」 would stand in the 目標値 column, the target 「手続」 of no value."""
    items = {item["code"]: item for item in parse(UNITS.encode(), filename="units.txt")["initiatives"]}
    (forms,) = items["1"]["indicators"]
    assert (forms["baseline"]["value"], forms["final_target"]["value"]) == (45, 200)
    (telework,) = items["4"]["indicators"]
    assert (telework["baseline"]["value"], telework["final_target"]["value"]) == (60, 250)


#: Ten 取組 of the same sheet, 取組 5's two 課 wrapped in a taller row (Calc centres its other cells on the row's
#: middle line), its last target 「6」 pushed two places right by the 「6」 before it and printed one blank before its first
#: step (「6 導入」, in the 工程's R7), 「工程」 centred over its R8 right after 目標値's R10; the same with a 番号 column
#: wide enough to set the numbers well right of its label. First (before these rules): schedule 0 (every 取組's 2025 step
#: read as a target of 目標値's), the wide one refused.
TEN = ["sakuho_torikumi_calc_layout_ten.txt", "sakuho_torikumi_calc_layout_ten_wide_number.txt"]


@pytest.mark.parametrize("name", TEN)
def test_a_figure_pushed_into_the_steps_goes_back(name: str) -> None:
    items = {item["code"]: item for item in _read(name)["initiatives"]}
    assert len(items) == 10
    cashless = items["5"]
    assert cashless["departments"] == ["住民課", "会計課"]
    (windows,) = cashless["indicators"]
    assert _values(windows["targets"]) == [(2025, 2), (2026, 4), (2027, 6), (2028, 6)]
    assert [(s["fy"], s["label"]) for s in cashless["schedule"]] == [
        (2025, "導入"),
        (2026, "拡大"),
        (2027, "拡大"),
        (2028, "運用"),
    ]
    assert [(s["fy"], s["label"]) for s in items["7"]["schedule"]][0] == (2025, "公開拡大")


def test_plain_pdftotext_of_the_sheet_is_a_partial_plan() -> None:
    """The same ten rows through plain ``pdftotext`` (``other/sakuho_torikumi_calc_plain.txt``): the cells come a column
    at a time, each row's number on the line of its title (「1 書かない窓口の導入」) — the titles beside the numbers are
    the rows, the 工程's steps and a wrapped 課 no 取組 (first: refused as no plan, the steps taken for titles)."""
    plan = _read("sakuho_torikumi_calc_plain.txt")
    assert [(item["code"], item["title"]) for item in plan["initiatives"]][:3] == [
        ("1", "書かない窓口の導入"),
        ("2", "オンライン申請の拡充"),
        ("3", "マイナンバーカードの普及促進"),
    ]
    assert len(plan["initiatives"]) == 10
    assert any("担当課・指標の数値は行との対応が確かめられない" in w["message"] for w in plan["warnings"])


# --- where the rules stop (a reviewer's cases: each read right before these rules, and so after) -----------------------

#: A 工程表 typed with its numbers one place in, one blank before the titles, and no figure: the numbers are not cut
#: from the titles (no spreadsheet's right-aligned figures here) — cut and set in the titles' column, every row read as
#: the first's wrapped lines (one 取組 「電子申請の拡充2 書かない窓口の導入3 …」).
NUMBERED_STEPS = "\n".join(
    [
        "〇〇市DX推進計画 工程表",
        "",
        "番号    取組名                    担当課    令和7年度   令和8年度   令和9年度   令和10年度",
        " 1 電子申請の拡充                 総務課    検討        試行        導入        運用",
        " 2 書かない窓口の導入             住民課    準備        導入        拡大        運用",
        " 3 電子決裁の推進                 総務課    導入        運用        運用        運用",
        " 4 テレワークの推進               職員課    試行        拡大        全庁展開    運用",
        " 5 オープンデータの推進           企画課    検討        試行        導入        運用",
        " 6 キャッシュレス決済の導入       会計課    準備        導入        拡大        運用",
    ]
)


def test_a_typed_table_of_numbered_titles_keeps_its_rows() -> None:
    items = parse(NUMBERED_STEPS.encode(), filename="koutei.txt")["initiatives"]
    assert [(item["code"], item["title"], item["departments"]) for item in items][:3] == [
        ("1", "電子申請の拡充", ["総務課"]),
        ("2", "書かない窓口の導入", ["住民課"]),
        ("3", "電子決裁の推進", ["総務課"]),
    ]
    assert len(items) == 6
    assert [s["label"] for s in items[3]["schedule"]] == ["試行", "拡大", "全庁展開", "運用"]


#: Two rows of one title, numbered in a 番号 column of right-aligned numbers four places wide: two 取組.
SAME_TITLES = "\n".join(
    [
        "〇〇市DX推進計画 取組一覧",
        "",
        " 番号         取組名           担当課             成果指標           単位    基準値                    目標値                   実績値",
        "                                                               （R5）      R6       R7       R8       R9       R6",
        "   1 職員のデジタル人材育成        住民課      公開データセット数              件      30,000   50,000  126,000  156,000   42,000   49,998",
        "   2 AI・RPAの活用          住民課      公開データセット数              件     188,000  198,000  216,000  335,000  372,000  197,991",
        "   3 キャッシュレス決済の導入       職員課      削減時間                   時間     36,000   81,000   44,000   45,000   84,000   80,995",
        "   4 キャッシュレス決済の導入       情報政策課    キャッシュレス対応窓口数           か所     24,000   51,000   36,000   30,000  220,000   50,994",
    ]
)


def test_rows_of_one_title_stay_two() -> None:
    items = parse(SAME_TITLES.encode(), filename="ichiran.txt")["initiatives"]
    assert [(item["code"], item["departments"]) for item in items] == [
        ("1", ["住民課"]),
        ("2", ["住民課"]),
        ("3", ["職員課"]),
        ("4", ["情報政策課"]),
    ]


#: Qualitative targets under 「目標」 set at the left of its years: targets, not a 工程.
QUALITATIVE = "\n".join(
    [
        "番号      取組名               担当課           成果指標                  目標",
        "                                                              R7      R8      R9",
        "",
        "1       電子契約の導入           契約課           電子契約の導入               検討      試行      導入",
        "2       キャッシュレス決済         会計課           窓口の対応                 準備      導入      全庁展開",
        "3       テレワークの推進          職員課           テレワーク環境               試行      拡大      全庁展開",
        "4       AI議事録の活用          総務課           AI議事録の利用              試行      導入      運用",
    ]
)


def test_words_under_a_target_label_stay_targets() -> None:
    items = parse(QUALITATIVE.encode(), filename="mokuhyo.txt")["initiatives"]
    (contract,) = items[0]["indicators"]
    assert [(t["fy"], t["text"]) for t in contract["targets"]] == [
        (2025, "検討"),
        (2026, "試行"),
        (2027, "導入"),
    ]
    assert all(not item["schedule"] for item in items)
