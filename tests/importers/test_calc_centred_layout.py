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
