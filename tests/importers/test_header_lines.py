"""A 進捗状況一覧 printed from a spreadsheet and read through ``pdftotext -layout`` (``readers.columns``), its header five
lines deep: group labels (「成果指標」「目標値」「実績値」) on the first line over the labels of their columns, the 施策の柱
and 評価 cells set vertically a character a line, 「番号」 wrapped a character a line, every label centred over cells
written from their left edge (Japanese Excel's header style) and the figures right-aligned. 藍染市's (batch 20) was read
with each row's 指標名 as its 担当課 and the 目標値 years as a schedule (担当課 0, KPI 0): such a header takes the columns
its rows write in, and a group label over its years labels each of them."""

from __future__ import annotations

from typing import Any

import pytest

from shinchoku.importers import parse

from .printed_lines import line_at as _line

#: 藍染市's 進捗状況報告 (batch 20), printed by Chromium on A4 landscape and extracted by ``pdftotext -layout``: its first
#: four rows as the tool gives them (「8」, 書かない窓口's R6 actual, drifted right under the 「実績値」 over its years).
SHEET = "\n".join(
    [
        "                    藍染市ＤＸ推進計画（令和６年度～令和９年度） 令和７年度 進捗状況報告",
        "各取組の成果指標について、令和７年度末時点の実績と評価をまとめました。評価は、Ａ：目標を達成、Ｂ：概ね達成（達成率80％以上）",
        "                                                              、Ｃ：未達成です。",
        "",
        " 基   番         取組           担当課                 指標                              目標値                      実績値",
        " 本                                                                                                                     評",
        "     号                                    指標名         単   基準値     R6       R7      R8       R9      R6        R7",
        " 目                                                                                                                     価",
        " 標                                                    位   （R5）",
        "",
        "市    1    電子申請の拡充      情報政策課      電子申請できる手続数          手     95    130       180       240    300    142        176     Ａ",
        "民                                                     続",
        "サ",
        "     2    書かない窓口       市民課、       記入を省略した申請の割合        ％      0     10        25       40      60         8     27      Ｂ",
        "ー",
        "ビ                      情報政策課",
        "ス",
        "     3    キャッシュレス決済の   会計課        キャッシュレス対応の窓口・施設     か      8     15        25       35      45     16        23      Ｂ",
        "の",
        "向         拡大                      数                   所",
        "上    4    コンビニ交付の推進    市民課        コンビニ交付率             ％    17.5   22.0      28.0    34.0     40.0   23.1      29.4     Ａ",
    ]
)


def _plan() -> dict[str, Any]:
    return parse(SHEET.encode(), filename="aizome_shinchoku.txt")


def _values(entries: list[dict[str, Any]]) -> list[tuple[int, float]]:
    return [(entry["fy"], entry["value"]) for entry in entries]


def test_every_row_is_read_by_the_columns_it_writes_in() -> None:
    """First: each row's 指標名 read as its 担当課 and the 取組 as the indicator's name (the header's 「取組」 and 「担当課」
    given columns of their own, right of where their cells start)."""
    items = {item["code"]: item for item in _plan()["initiatives"]}
    assert [(code, items[code]["title"], items[code]["departments"]) for code in items] == [
        ("1", "電子申請の拡充", ["情報政策課"]),
        ("2", "書かない窓口", ["市民課", "情報政策課"]),
        ("3", "キャッシュレス決済の拡大", ["会計課"]),
        ("4", "コンビニ交付の推進", ["市民課"]),
    ]
    (cashless,) = items["3"]["indicators"]
    assert (
        cashless["name"],
        cashless["unit"],
        cashless["baseline"]["fy"],
        cashless["baseline"]["value"],
    ) == (
        "キャッシュレス対応の窓口・施設数",
        "か所",
        2023,
        8,
    )


def test_a_group_label_over_its_years_labels_each_of_them() -> None:
    """「目標値」 printed over R6–R9 and 「実績値」 over R6–R7: every year a target, the two an actual (the R6 actual 「8」
    drifted right too), no year a step of a schedule (first: R7's target alone read, the R6, R8 and R9 targets read as
    every 取組's 工程)."""
    items = {item["code"]: item for item in _plan()["initiatives"]}
    (forms,) = items["1"]["indicators"]
    assert _values(forms["targets"]) == [(2024, 130), (2025, 180), (2026, 240), (2027, 300)]
    assert _values(forms["actuals"]) == [(2024, 142), (2025, 176)]
    (unwritten,) = items["2"]["indicators"]
    assert _values(unwritten["actuals"]) == [(2024, 8), (2025, 27)]
    (counter,) = items["4"]["indicators"]
    assert _values(counter["targets"])[-1] == (2027, 40.0)
    assert all(not item["schedule"] for item in items.values())


#: A 工程表 whose 「目標値」 is printed over its last year alone, the years before it the 工程's, unlabelled: a label over
#: the end of a run of years is that year's alone (the steps stay the steps).
ROADMAP = "\n".join(
    [
        _line((30, "雪見台町ＤＸ推進計画（令和７年度～令和10年度） 工程表")),
        "",
        _line((0, "番号"), (8, "取組名"), (26, "担当課"), (40, "成果指標"), (92, "目標値")),
        _line((40, "指標名"), (60, "R7"), (70, "R8"), (80, "R9"), (92, "R10")),
        "",
        _line(
            (0, "1"),
            (8, "電子申請の拡充"),
            (26, "デジタル推進課"),
            (40, "電子申請できる手続数"),
            (60, "検討"),
            (70, "導入"),
            (80, "運用"),
            (92, "200手続"),
        ),
        _line(
            (0, "2"),
            (8, "書かない窓口"),
            (26, "住民課"),
            (40, "記入を省略した申請"),
            (60, "準備"),
            (70, "試行"),
            (80, "運用"),
            (92, "60％"),
        ),
        _line(
            (0, "3"),
            (8, "電子決裁の推進"),
            (26, "総務課"),
            (40, "電子決裁率"),
            (60, "導入"),
            (70, "運用"),
            (80, "→"),
            (92, "95％"),
        ),
        _line(
            (0, "4"),
            (8, "テレワークの推進"),
            (26, "職員課"),
            (40, "テレワーク実施職員数"),
            (60, "試行"),
            (70, "拡大"),
            (80, "→"),
            (92, "250人"),
        ),
    ]
)


#: The same with no 「成果指標」 over the indicator's name: 「目標値」 alone over the years' line, centred over R10.
BARE = ROADMAP.replace("成果指標", "        ", 1).replace("指標名", "成果指標")


@pytest.mark.parametrize("text", [ROADMAP, BARE])
def test_a_label_over_the_last_year_alone_leaves_the_steps_before_it(text: str) -> None:
    """First: the steps read as targets of no value (「検討」 the target of 2025), the schedule lost."""
    plan = parse(text.encode(), filename="yukimidai_koutei.txt")
    items = {item["code"]: item for item in plan["initiatives"]}
    assert [(s["fy"], s["label"]) for s in items["1"]["schedule"]] == [
        (2025, "検討"),
        (2026, "導入"),
        (2027, "運用"),
    ]
    (forms,) = items["1"]["indicators"]
    assert _values(forms["targets"]) == [(2028, 200)]
    assert [len(item["schedule"]) for item in items.values()] == [3, 3, 3, 3]
