"""A target written as so many a year (「800人/年」) is each year's target of the plan: the yearly round grades that year's
actual against it (``shapes.common.targets_each_year``); a rate in the name's brackets is not."""

from __future__ import annotations

from shinchoku.importers import parse

PLAN = """北杜見市DX推進計画
計画期間　令和６年度～令和９年度
No.\t取組名\t担当課\t指標\t基準値（R5）\t目標値
1\tDX研修の実施\t人事課\tDX研修の受講者数\t350人\t800人/年
2\t窓口のキャッシュレス化\t市民課\tキャッシュレス決済の件数\t1,200件\t5,000件
3\tスマホ講座の開催\t生涯学習課\tスマホ講座の受講者数（人／年）\t260\t1,000
4\tRPAの導入\t情報政策課\tRPAによる削減時間\t0時間\t12回／年度以上
"""


def _indicators() -> dict[str, dict]:
    plan = parse(PLAN.encode(), filename="kpi.txt")
    assert plan["plan"]["period"] == {"start_fy": 2024, "end_fy": 2027}
    return {item["title"]: item["indicators"][0] for item in plan["initiatives"]}


def test_a_target_so_many_a_year_is_the_target_of_each_year_of_the_plan() -> None:
    training = _indicators()["DX研修の実施"]
    assert [(t["fy"], t["value"]) for t in training["targets"]] == [(2024, 800), (2025, 800), (2026, 800)]
    assert (training["final_target"]["fy"], training["final_target"]["value"]) == (2027, 800)
    rpa = _indicators()["RPAの導入"]  # a bound after it, 年度 for 年, written full-width
    assert [t["fy"] for t in rpa["targets"]] == [2024, 2025, 2026]


def test_a_target_to_reach_and_a_rate_in_the_name_stay_the_last_years() -> None:
    indicators = _indicators()
    assert indicators["窓口のキャッシュレス化"]["targets"] == []
    lessons = indicators["スマホ講座の開催"]
    assert lessons["targets"] == [] and (lessons["final_target"]["fy"], lessons["final_target"]["value"]) == (2027, 1000)
