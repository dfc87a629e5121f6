"""A KPI sheet kept in Excel and printed by Calc, read through ``pdftotext -layout`` (``readers.columns``): its header's
取組名 / 担当課 / 成果指標 centred over cells written from their left edge (Japanese Excel's header style) beside 単位,
基準値 and the years at their columns' starts, each 取組's cells merged down and centred over its 目標 and 実績 lines (the
default vertical alignment), its figures right-aligned, the plan's name and period printed over the header. 菖蒲台市's
(batch 30) was read one column to the left and each 目標 line with the row above (F1 0)."""

from __future__ import annotations

from typing import Any

from shinchoku.importers import parse

from .printed_lines import line_at as _line


def _figures(label: str, *values: str) -> str:
    """A 目標 or 実績 line: the label in the 区分 column, the figures right-aligned in the years' columns."""
    return _line((78, label), *((end - len(v), v) for end, v in zip((91, 103, 115), values, strict=False)))


def _main(number: str, title: str, department: str, name: str, unit: str, baseline: str, grade: str) -> str:
    return _line((1, number), (5, title), (22, department), (35, name), (60, unit), (75 - len(baseline), baseline), (120, grade))


def _indicator(name: str, unit: str, baseline: str, grade: str) -> str:
    return _line((35, name), (60, unit), (75 - len(baseline), baseline), (120, grade))


SHEET = "\n".join(
    [
        _line((0, "椎名台市ＤＸ推進計画"), (31, "成果指標進捗管理表（令和７年度）")),
        _line((0, "計画期間：令和７年度～令和９年度"), (40, "令和７年度の実績は令和８年５月末時点")),
        "",
        _line((65, "基準値")),
        _line(
            (0, "No."), (14, "取組名"), (30, "担当課"), (47, "成果指標"), (60, "単位"), (65, "（R6）"), (78, "区分"),
            (84, "R7"), (96, "R8"), (108, "R9"), (120, "評価"),
        ),
        "",
        _line((0, "基本目標１"), (9, "行政サービスの向上")),
        _figures("目標", "80", "120", "160"),
        _main("1", "オンライン申請の拡大", "市民課", "オンライン申請できる手続数", "手続", "40", "○"),
        _figures("実績", "95"),
        _figures("目標", "20", "15", "10"),
        _main("2", "窓口の待ち時間短縮", "市民課", "窓口の平均待ち時間", "分", "25", "◎"),
        _figures("実績", "18"),
        _figures("目標", "30.0", "45.0", "60.0"),
        _indicator("オンライン予約の割合", "％", "12.0", "○"),
        _figures("実績", "33.5"),
        _line((1, "3"), (5, "施設予約のオンライン化"), (22, "施設管理課")),
        _figures("目標", "20", "30", "40"),
        _indicator("予約できる施設の数", "施設", "8", "△"),
        _figures("実績", "19"),
        _line((0, "基本目標２"), (9, "行政運営の効率化")),
        _figures("目標", "900", "700", "500"),
        _main("4", "ＡＩ議事録の活用", "総務課", "議事録の作成時間（年間）", "時間", "1,200", "○"),
        _figures("実績", "850"),
        _figures("目標", "60.0", "80.0", "95.0"),
        _main("5", "電子決裁の推進", "行政管理課", "電子決裁率", "％", "35.0", "△"),
        _figures("実績", "58.2"),
        "",
        "※評価   ◎：目標を大きく上回った   ○：目標を達成   △：目標に届かなかった",
    ]
)


def _read() -> dict[str, Any]:
    return parse(SHEET.encode(), filename="shiinadai_kpi.txt")


def _figures_of(ind: dict[str, Any]) -> tuple[Any, ...]:
    return (
        ind["name"],
        (ind["baseline"]["fy"], ind["baseline"]["value"]),
        [(t["fy"], t["value"]) for t in ind["targets"]],
        [(a["fy"], a["value"]) for a in ind["actuals"]],
    )


def test_each_row_is_read_under_its_own_labels() -> None:
    plan = _read()
    assert plan["plan"]["period"] == {"start_fy": 2025, "end_fy": 2027}
    assert [(i["code"], i["title"], i["departments"]) for i in plan["initiatives"]] == [
        ("1", "オンライン申請の拡大", ["市民課"]),
        ("2", "窓口の待ち時間短縮", ["市民課"]),
        ("3", "施設予約のオンライン化", ["施設管理課"]),
        ("4", "ＡＩ議事録の活用", ["総務課"]),
        ("5", "電子決裁の推進", ["行政管理課"]),
    ]


def test_each_indicator_takes_the_target_line_over_it_and_the_actual_line_under_it() -> None:
    items = {i["code"]: i for i in _read()["initiatives"]}
    assert [_figures_of(ind) for ind in items["1"]["indicators"]] == [
        ("オンライン申請できる手続数", (2024, 40), [(2025, 80), (2026, 120), (2027, 160)], [(2025, 95)]),
    ]
    # the 取組 of two indicators, its number and title centred between them: both its
    assert [_figures_of(ind) for ind in items["3"]["indicators"]] == [
        ("オンライン予約の割合", (2024, 12.0), [(2025, 30.0), (2026, 45.0), (2027, 60.0)], [(2025, 33.5)]),
        ("予約できる施設の数", (2024, 8), [(2025, 20), (2026, 30), (2027, 40)], [(2025, 19)]),
    ]
    # under a 基本目標's heading, the 目標 line before the row's first line still its
    assert [_figures_of(ind) for ind in items["4"]["indicators"]] == [
        ("議事録の作成時間（年間）", (2024, 1200), [(2025, 900), (2026, 700), (2027, 500)], [(2025, 850)]),
    ]
    assert items["5"]["indicators"][0]["final_target"]["value"] == 95.0


#: A 工程表 printed by Calc whose 基本方針 cell, merged down over its rows, is centred between two of them (「１」 and its
#: name on lines of their own): each row keeps its own cells. (This short text reads so with or without the rule that a
#: row of its own number is no line of the 基本方針's, ``columns._written_below``: the rule is held by batch 10's 梢台町
#: through -layout, where rows 1 and 2 were lifted and KPI fell to 0 — a slow test.)
ROADMAP = "\n".join(
    [
        _line((66, "成果指標"), (108, "実施スケジュール")),
        _line((2, "基本方針"), (14, "No."), (31, "取組"), (42, "担当課"), (57, "指標名"), (72, "現状値"), (84, "目標値"), (96, "R6"),
              (106, "R7"), (117, "R8"), (128, "R9")),
        _line((71, "（R5）"), (83, "（R9）")),
        "",
        _line((12, "1"), (18, "電子申請の拡充"), (42, "総務課"), (51, "電子申請できる手続数"), (72, "25手続"), (84, "100手続"),
              (96, "検討"), (117, "順次拡大")),
        "",
        _line((12, "2"), (18, "証明書のコンビニ交付"), (42, "町民課"), (51, "コンビニ交付の利用率"), (72, "6.5%"), (84, "20.0%"),
              (96, "導入"), (117, "運用")),
        _line((4, "１")),
        _line((0, "町民サービスの向上")),
        _line((12, "3"), (18, "キャッシュレス決済の導入"), (42, "会計課"), (51, "対応した窓口数"), (72, "1か所"), (84, "8か所"),
              (106, "導入"), (128, "拡大")),
        "",
        _line((12, "4"), (18, "町ホームページの改善"), (42, "企画課"), (51, "ホームページの閲覧数"), (72, "320,000件"),
              (84, "500,000件"), (96, "リニューアル"), (128, "運用")),
    ]
)  # fmt: skip


def test_rows_over_a_centred_number_of_their_own_keep_their_cells() -> None:
    plan = parse(("梢原町情報化推進計画　実行計画表（令和６年度～令和９年度）\n\n" + ROADMAP).encode(), filename="kouteihyou.txt")
    items = {item["code"]: item for item in plan["initiatives"]}
    assert [items[c]["title"] for c in ("1", "2", "3", "4")] == [
        "電子申請の拡充",
        "証明書のコンビニ交付",
        "キャッシュレス決済の導入",
        "町ホームページの改善",
    ]
    (rate,) = items["2"]["indicators"]
    assert (rate["name"], rate["baseline"]["value"], rate["final_target"]["value"]) == ("コンビニ交付の利用率", 6.5, 20.0)
    assert [s["label"] for s in items["2"]["schedule"]][:1] == ["導入"]
    assert items["1"]["indicators"][0]["final_target"]["value"] == 100


def test_a_header_whose_labels_wrap_over_two_lines_keeps_its_first_line() -> None:
    """「主な」 over 「取組名」, 「担当」 over 「部署」: the upper line is the header's, not a title over the table (first, taken
    for the page's lines over the header, it left the table no header: the file refused)."""
    text = "\n".join(
        [
            _line((14, "主な"), (40, "担当"), (55, "実施")),
            _line((0, "番号"), (14, "取組名"), (40, "部署"), (55, "時期")),
            _line((0, "1"), (7, "電子申請の拡充"), (37, "デジタル推進課"), (54, "R7～R9")),
            _line((0, "2"), (7, "窓口のキャッシュレス化"), (37, "市民課"), (54, "R7～R8")),
            _line((0, "3"), (7, "公共施設予約のオンライン化"), (37, "施設管理課"), (54, "R8～R10")),
        ]
    )
    plan = parse(text.encode(), filename="shuyo_torikumi.txt", municipality="椎名台市")
    assert [(i["title"], i["departments"], [s["fy"] for s in i["schedule"]]) for i in plan["initiatives"]] == [
        ("電子申請の拡充", ["デジタル推進課"], [2025, 2026, 2027]),
        ("窓口のキャッシュレス化", ["市民課"], [2025, 2026]),
        ("公共施設予約のオンライン化", ["施設管理課"], [2026, 2027, 2028]),
    ]
