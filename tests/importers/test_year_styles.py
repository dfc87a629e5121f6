"""A year written in both styles (「令和７（2025）年度」「2026（令和８）年度」), as many plans now write them, and a
baseline given unlabelled before labelled targets (「120手続（2023年度）→ 中間目標 … → 目標 …」) and fields labelled in
round brackets (「（担当課）住民課」): one year to every
reader — a range's every year, the cover's period, a value's year (白砂市 of batch 21 was read 2020–2024, its ranges
as their two ends and its baselines as part of the indicators' names)."""

from __future__ import annotations

import pytest

from shinchoku.importers import parse
from shinchoku.importers.text import one_year_style

#: Another municipality's outline, written as 白砂市's is not: R and 西暦 first, a range open to a 西暦 year.
PLAN = """\
桐ヶ丘町デジタル推進計画
計画期間　2026（令和８）年度～2030（令和12）年度

第２章　取組

施策１　暮らしの手続

取組１－１　窓口予約の導入
【担当課】住民課
【成果指標】窓口予約の件数（年間）　50件（R6(2024)）⇒ 中間目標 300件（2028（令和10）年度）⇒ 目標 600件（2030（令和12）年度）
【スケジュール】R8(2026)年度～2028年度　導入・運用

取組１－２　図書館の電子書籍
【担当課】生涯学習課
【成果指標】電子書籍の貸出数（年間）　1,200冊（2024（令和６）年度）⇒ 目標 3,000冊（2030（令和12）年度）
【スケジュール】2027（令和９）年度～令和12（2030）年度
"""


def test_a_year_in_both_styles_is_one_year() -> None:
    assert one_year_style("令和７（2025）年度～令和11（2029）年度") == "令和７年度～令和11年度"
    assert one_year_style("2026（令和８）年度") == "2026年度" and one_year_style("Ｒ８(2026)") == "Ｒ８"
    assert one_year_style("令和元(2019)年度") == "令和元年度"
    assert one_year_style("令和７（2024）年度") == "令和７（2024）年度"  # two years that disagree: as written
    assert one_year_style("事業費(2025)") == "事業費(2025)"


@pytest.mark.parametrize("brackets", ["【】", "（）"])
def test_a_plan_in_both_styles_reads_its_period_ranges_and_baselines(brackets: str) -> None:
    """The fields' labels in lenticular brackets, and in round ones (「（担当課）住民課」, refused before)."""
    text = PLAN
    for label in ("担当課", "成果指標", "スケジュール"):
        text = text.replace(f"【{label}】", f"{brackets[0]}{label}{brackets[1]}")
    plan = parse(text.encode(), filename="kirigaoka.txt")
    assert plan["plan"]["period"] == {"start_fy": 2026, "end_fy": 2030}
    booking, books = plan["initiatives"]
    (kpi,) = booking["indicators"]
    assert kpi["name"] == "窓口予約の件数（年間）"
    assert (kpi["baseline"]["fy"], kpi["baseline"]["value"]) == (2024, 50)
    assert [(t["fy"], t["value"]) for t in kpi["targets"]] == [(2028, 300)]
    assert (kpi["final_target"]["fy"], kpi["final_target"]["value"]) == (2030, 600)
    assert [s["fy"] for s in booking["schedule"]] == [2026, 2027, 2028]
    (loans,) = books["indicators"]
    assert (loans["baseline"]["fy"], loans["baseline"]["value"]) == (2024, 1200)
    assert [s["fy"] for s in books["schedule"]] == [2027, 2028, 2029, 2030]
