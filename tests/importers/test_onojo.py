"""The 大野城市 importer against its seed (samples/plans/onojo.txt, 大野城市DX推進計画 令和4年8月).

Every expected value below was read from the seed text by hand; the line numbers are the
seed's own lines.
"""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import pytest

from shinchoku.importers import ParseError, Source, detect, load_source, onojo, parse
from shinchoku.importers.planjson import validate

SAMPLES = Path(__file__).parents[2] / "samples/plans"
SEED = SAMPLES / "onojo.txt"
OTHER_SEEDS = ["nobeoka.txt", "hita.txt", "izunokuni.txt", "shibata.txt"]

CODES = [
    "I-1", "I-2", "I-3", "I-4", "I-5", "I-6", "I-7",
    "II-1", "II-2", "II-3", "II-4", "II-5", "II-6",
    "検討-1", "検討-2", "検討-3", "検討-4", "検討-5",
]  # fmt: skip


@pytest.fixture(scope="module")
def plan() -> dict[str, Any]:
    return parse(SEED)


@pytest.fixture(scope="module")
def by_code(plan: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {item["code"]: item for item in plan["initiatives"]}


def _fy(entries: list[dict[str, Any]], key: str = "amount") -> dict[int, Any]:
    return {e["fy"]: e[key] for e in entries}


# ------------------------------------------------------------------------------ detection


def test_seed_is_detected_as_onojo() -> None:
    source = load_source(SEED)
    assert detect(source) == "onojo"
    assert onojo.detect(source) > 0.5


@pytest.mark.parametrize("name", OTHER_SEEDS)
def test_other_seeds_are_not_onojo(name: str) -> None:
    assert onojo.detect(load_source(SAMPLES / name)) == 0.0


def test_detect_is_zero_without_text() -> None:
    assert onojo.detect(Source("plan.xlsx", b"PK\x03\x04xxxx", None)) == 0.0
    assert onojo.detect(Source("x.txt", b"abc", "abc")) == 0.0


# ------------------------------------------------------------------------------ header


def test_plan_header(plan: dict[str, Any]) -> None:
    assert plan["municipality"] == {"name": "大野城市", "prefecture": "福岡県", "code": "402192"}
    assert plan["plan"]["title"] == "大野城市DX推進計画"
    assert plan["plan"]["published"] == "2022-08"
    assert plan["plan"]["period"] == {"start_fy": 2022, "end_fy": 2025}
    assert plan["plan"]["vision"] == "誰もがデジタル化の恩恵を受けられる都市"
    assert plan["plan"]["source"]["layout"] == "onojo"
    assert plan["plan"]["source"]["filename"] == "onojo.txt"


def test_sections_are_the_two_basic_policies(plan: dict[str, Any]) -> None:
    core = [{k: s[k] for k in ("key", "parent", "level", "code", "title")} for s in plan["sections"]]
    assert core == [
        {
            "key": "s1",
            "parent": None,
            "level": "基本方針",
            "code": "I",
            "title": "市民の暮らしを豊かにするスマートシティの実現",
        },
        {
            "key": "s2",
            "parent": None,
            "level": "基本方針",
            "code": "II",
            "title": "行政運営の高度化・効率化の推進",
        },
    ]


# ------------------------------------------------------------------------------ initiatives


def test_every_torikumi_once_in_order(plan: dict[str, Any]) -> None:
    codes = [i["code"] for i in plan["initiatives"]]
    assert codes == CODES
    titles = [i["title"] for i in plan["initiatives"]]
    assert len(set(titles)) == len(titles)
    lines = [i["line"] for i in plan["initiatives"]]
    assert lines == [325, 369, 389, 480, 496, 544, 566, 607, 697, 725, 756, 787, 816, 864, 865, 866, 867, 868]


def test_example_card_of_the_legend_is_not_an_initiative(plan: dict[str, Any]) -> None:
    # "ページの見方" (line 269) shows a sample card 取組1：先端技術による業務効率化 at line 271.
    assert all(i["line"] != 271 for i in plan["initiatives"])
    assert [i["code"] for i in plan["initiatives"] if i["title"] == "先端技術による業務効率化"] == ["II-1"]


def test_sections_and_counts_per_policy(plan: dict[str, Any]) -> None:
    concrete = [i for i in plan["initiatives"] if not i["marks"]]
    assert len(concrete) == 13
    assert sum(i["section"] == "s1" for i in concrete) == 7
    assert sum(i["section"] == "s2" for i in concrete) == 6
    assert sum(len(i["tasks"]) for i in concrete) == 30
    assert sum(len(i["indicators"]) for i in plan["initiatives"]) == 60
    assert sum(len(i["schedule"]) for i in plan["initiatives"]) == 31
    assert [len(i["tasks"]) for i in concrete] == [3, 1, 6, 1, 3, 1, 1, 6, 1, 2, 2, 2, 1]


def test_initiative_i_1_in_full(by_code: dict[str, dict[str, Any]]) -> None:
    item = by_code["I-1"]
    assert item["title"] == "行政手続のオンライン化"
    assert item["section"] == "s1"
    assert item["departments"] == []  # the plan names no 担当課
    assert item["scope"] is None and item["priority"] is None and item["marks"] == []
    assert (item["urgency"], item["importance"]) == (100, 100)
    assert item["summary"].split("\n") == [
        "①オンライン申請の拡充：令和3（2021）年度から開始したオンライン申請について、"
        "証明書等の発行手続申請のみならず、行政手続全般のオンライン化を進めます。",
        "②各種支払いのキャッシュレス化：市役所（関連施設含む）窓口等における手数料などの支払いについて、"
        "現金のみでなくクレジットカードやコード決済などに対応します。",
        "③公共施設予約システムの更新：平成 20(2008)年に導入した公共施設予約システムを更新します。",
    ]
    assert (
        item["goal"].split("\n")[1] == "②各種支払いのキャッシュレス化：多様な決済手段による市民サービスの向上"
    )
    assert item["effects"] == [
        "市役所に来庁しなくても行政手続が可能になる。",
        "感染症対策として人と人との接触機会を減らす。",
        "非接触による感染症対策",
        "市民の利便性向上",
        "キャッシュレス決済の導入など利便性の向上",
        "いつでも、どこからでも施設予約が可能",
    ]
    # Only ③ has arrows in its grid; ①② rows are kept in tasks (and warned about).
    assert item["schedule"] == [
        {"fy": 2022, "half": None, "label": "③公共施設予約システムの更新：システム仕様の検討"},
        {"fy": 2023, "half": None, "label": "③公共施設予約システムの更新：システム更新"},
        {"fy": 2024, "half": None, "label": "③公共施設予約システムの更新：運用"},
    ]
    assert item["budget"] == [
        {"fy": 2022, "amount": 6000, "unit": "千円"},
        {"fy": 2023, "amount": 21000, "unit": "千円"},
        {"fy": 2024, "amount": 20000, "unit": "千円"},
        {"fy": 2025, "amount": 14000, "unit": "千円"},
    ]


def test_initiative_i_1_indicators(by_code: dict[str, dict[str, Any]]) -> None:
    kgi, kpi = by_code["I-1"]["indicators"][:2]
    assert kgi["name"] == kpi["name"] == "オンライン申請できる手続数（累計）"
    assert (kgi["kind"], kgi["unit"], kgi["task"]) == ("KGI", "手続", "①")
    assert kgi["final_target"] == {"fy": 2025, "value": 112, "text": "112 手続"}
    assert kgi["targets"] == [] and kgi["baseline"] is None and kgi["actuals"] == []
    assert (kpi["kind"], kpi["unit"], kpi["direction"]) == ("KPI", "手続", "increase")
    assert kpi["targets"] == [
        {"fy": 2022, "value": 40, "text": "40 手続"},
        {"fy": 2023, "value": 64, "text": "64 手続"},
        {"fy": 2024, "value": 88, "text": "88 手続"},
        {"fy": 2025, "value": 112, "text": "112 手続"},
    ]
    cashless = by_code["I-1"]["indicators"][3]
    assert cashless["name"] == "キャッシュレス決済による支払い比率"
    # R4 is "－": no target that year.
    assert _fy(cashless["targets"], "value") == {2023: 5, 2024: 20, 2025: 40}
    assert [i["kind"] for i in by_code["I-1"]["indicators"]] == ["KGI", "KPI"] * 3


def test_tasks_keep_each_card(by_code: dict[str, dict[str, Any]]) -> None:
    task = by_code["I-1"]["tasks"][1]
    assert (task["number"], task["title"], task["line"]) == ("②", "各種支払いのキャッシュレス化", 340)
    assert [s["label"] for s in task["schedule"]] == ["対象の検討", "構築・導入作業", "運用"]
    assert all(s["fys"] == [] for s in task["schedule"])
    assert _fy(task["budget"]) == {2023: 6000, 2024: 10000, 2025: 4000}
    watch = by_code["I-3"]["tasks"][0]
    assert watch["title"] == "ICTを活用した子どもの見守り"
    assert [(s["label"], s["fys"]) for s in watch["schedule"]] == [
        ("先進事例の調査・研究", [2022]),
        ("関係者との協議・調整", [2023]),
        ("見守りシステムの構築", [2023]),
        ("見守りシステムの運用", [2024, 2025]),
    ]


def test_initiative_ii_1_repairs_broken_cells(by_code: dict[str, dict[str, Any]]) -> None:
    item = by_code["II-1"]
    assert item["title"] == "先端技術による業務効率化" and item["section"] == "s2"
    assert (item["urgency"], item["importance"]) == (95, 95)
    labels_2025 = _fy(item["schedule"], "label")[2025].split("／")
    # "児童午睡中の事故防止シ<br>ステムの更新・継続的な<br>運用" joined back into one name.
    assert labels_2025 == [
        "③保育事務のデジタル化：保育記録のデジタル化(運用)",
        "③保育事務のデジタル化：児童午睡中の事故防止システムの更新・継続的な運用",
        "④特定健診・特定保健指導の管理ソフト導入：運用、効果計測",
        "⑥災害時避難行動要支援者支援システムの更新：運用",
    ]
    rpa = item["indicators"][1]
    assert rpa["name"] == "AI・RPA 導入による業務時間削減率"
    assert (rpa["kind"], rpa["unit"], rpa["direction"]) == ("KPI", "%減", "maintain")
    assert [t["value"] for t in rpa["targets"]] == [30, 30, 30, 30]
    assert item["indicators"][0]["final_target"] == {"fy": 2025, "value": 30, "text": "導入前と比べて 30% 減"}
    assert item["indicators"][0]["unit"] == "%減"
    assert _fy(item["budget"]) == {2022: 29000, 2023: 21000, 2024: 25000, 2025: 21000}


def test_initiative_ii_2_footnotes(by_code: dict[str, dict[str, Any]]) -> None:
    item = by_code["II-2"]
    assert item["summary"] == (
        "①標準システム導入：令和 7（2025）年度までに基幹システムを、国の整備するガバメントクラウド"
        "（Gov-Cloud）上に構築する標準システムへ移行します。"
    )
    kpi = item["indicators"][1]
    assert kpi["name"] == "標準システムへ移行した業務数（累計）"
    assert [(t["fy"], t["value"], t["text"]) for t in kpi["targets"]] == [
        (2022, 1, "1 業務"),
        (2023, 1, "1 業務"),
        (2024, 1, "1 業務"),
        (2025, 20, "20 業務"),
    ]
    assert item["budget"][-1] == {"fy": 2025, "amount": 427000, "unit": "千円"}
    assert _fy(item["budget"]) == {2022: 0, 2023: 0, 2024: 0, 2025: 427000}
    assert len(item["notes"]) == 4
    assert item["notes"][0].startswith("※ 1 標準システムは以下の 20 業務が対象")
    assert item["notes"][0].endswith("後期高齢者医療、国民年金")
    assert item["notes"][3].endswith("R4～R6 年度に事業費は計上していない。")


def test_initiative_i_6_non_numeric_targets(by_code: dict[str, dict[str, Any]]) -> None:
    kgi, kpi = by_code["I-6"]["indicators"]
    assert kgi["final_target"] == {"fy": 2025, "value": None, "text": "導入を決定した全窓口"}
    assert kpi["targets"] == [
        {"fy": 2023, "value": 1, "text": "1 (試行)"},
        {"fy": 2024, "value": None, "text": "導入を決定した全窓口"},
        {"fy": 2025, "value": None, "text": "導入を決定した全窓口"},
    ]
    assert kpi["direction"] is None
    assert [n[:2] for n in by_code["I-6"]["notes"]] == ["※1", "※2"]


def test_same_metric_in_two_cards_gets_distinct_names(by_code: dict[str, dict[str, Any]]) -> None:
    names = [(i["kind"], i["name"]) for i in by_code["I-3"]["indicators"]]
    assert len(set(names)) == len(names)
    apps = [i for i in by_code["I-3"]["indicators"] if i.get("name_as_written") == "アプリ等の利用者数"]
    assert [(i["name"], i["final_target"]["value"] if i["final_target"] else None) for i in apps] == [
        ("アプリ等の利用者数（⑤）", 80),
        ("アプリ等の利用者数（⑤）", None),
        ("アプリ等の利用者数（⑥）", 90),
        ("アプリ等の利用者数（⑥）", None),
    ]


def test_urgency_and_importance_from_priority_tables(plan: dict[str, Any]) -> None:
    scores = {i["code"]: (i["urgency"], i["importance"]) for i in plan["initiatives"]}
    assert scores == {
        "I-1": (100, 100), "I-2": (95, 90), "I-3": (90, 85), "I-4": (80, 85), "I-5": (85, 80),
        "I-6": (75, 70), "I-7": (60, 55),
        "II-1": (95, 95), "II-2": (70, 90), "II-3": (90, 85), "II-4": (75, 70), "II-5": (80, 60),
        "II-6": (75, 60),
        "検討-1": (40, 85), "検討-2": (25, 65), "検討-3": (30, 35), "検討-4": (20, 50), "検討-5": (10, 10),
    }  # fmt: skip


def test_initiatives_under_consideration(by_code: dict[str, dict[str, Any]]) -> None:
    future = [by_code[f"検討-{n}"] for n in range(1, 6)]
    assert [(i["title"], i["section"]) for i in future] == [
        ("マイナンバーカードの普及促進", "s1"),
        ("持続可能な公共交通ネットワークの構築", "s1"),
        ("拠点施設のデジタル化", "s1"),
        ("健康管理に関するデータ活用", "s2"),
        ("ICT を活用した上下水道サービスの提供", "s2"),
    ]
    assert all(i["marks"] == ["今後検討"] for i in future)
    assert all(i["schedule"] == [] and i["indicators"] == [] and i["budget"] == [] for i in future)
    assert future[0]["summary"] == "マイナンバーカードを使って利用できるサービスの構築"
    # 図表 2-3-4 calls it 健康増進に関するデータ活用.
    assert future[3]["aliases"] == ["健康増進に関するデータ活用"]


# ------------------------------------------------------------------------------ budgets


def test_cost_summary_agrees_with_the_cards(plan: dict[str, Any]) -> None:
    """図表 2-4-1 (lines 845-850) against the per-initiative 年度経費: equal in every year."""
    stated = {s["key"]: _fy(s["budget"]) for s in plan["sections"]}
    assert stated == {
        "s1": {2022: 19100, 2023: 170100, 2024: 222100, 2025: 215100},
        "s2": {2022: 29000, 2023: 108000, 2024: 27000, 2025: 450000},
    }
    general = {s["key"]: _fy(s["budget"], "general_revenue") for s in plan["sections"]}
    assert general["s2"] == {2022: 4000, 2023: 106000, 2024: 26000, 2025: 343000}
    summed: dict[str, dict[int, int]] = {"s1": {}, "s2": {}}
    for item in plan["initiatives"]:
        for entry in item["budget"]:
            summed[item["section"]][entry["fy"]] = (
                summed[item["section"]].get(entry["fy"], 0) + entry["amount"]
            )
    assert summed == stated
    assert _fy(plan["budget_total"]) == {2022: 48100, 2023: 278100, 2024: 249100, 2025: 665100}
    assert sum(_fy(plan["budget_total"]).values()) == 1_240_400
    assert not [w for w in plan["warnings"] if "経費" in w["message"]]


def test_cost_mismatch_is_reported_with_its_line() -> None:
    text = SEED.read_text(encoding="utf-8").replace(
        "| 6,000  | 6,000 | 6,000 | 6,000  |", "| 7,000  | 6,000 | 6,000 | 6,000  |"
    )
    plan = onojo.parse(Source("onojo.txt", text.encode(), text))
    messages = [(w["line"], w["message"]) for w in plan["warnings"] if "経費の表" in w["message"]]
    assert len(messages) == 1
    assert messages[0][0] == 848  # the 基本方針Ⅰ row of 図表 2-4-1
    assert "2022年度 19,100千円" in messages[0][1] and "20,100千円" in messages[0][1]


# ------------------------------------------------------------------------------ warnings


def test_warnings_name_what_could_not_be_read(plan: dict[str, Any]) -> None:
    lines = [w["line"] for w in plan["warnings"]]
    assert lines == [306, 331, 332, 344, 345, 346, 426, 439, 440, 441, 442, 590, 600]
    by_line = {w["line"]: w["message"] for w in plan["warnings"]}
    assert "取組I-1 ①オンライン申請の拡充" in by_line[331] and "年度の印" in by_line[331]
    assert "網掛け" in by_line[306] and "網掛け" in by_line[590]
    assert "健康増進に関するデータ活用" in by_line[600]


# ------------------------------------------------------------------------------ robustness


def test_plan_is_valid(plan: dict[str, Any]) -> None:
    validate(plan)


def _parse_or_parse_error(source: Source) -> None:
    """A valid plan or a ParseError for the user, but never the importer's internal-error guard."""
    try:
        result = onojo.parse(source)
    except ParseError as exc:
        assert "内部エラー" not in str(exc)
        return
    validate(result)


@pytest.mark.parametrize("fraction", [0.0, 0.05, 0.3, 0.37, 0.5, 0.62, 0.8, 0.93, 0.99])
def test_truncated_seed_parses_or_raises_parse_error(fraction: float) -> None:
    text = SEED.read_text(encoding="utf-8")
    cut = text[: int(len(text) * fraction)]
    source = Source("onojo.txt", cut.encode(), cut)
    onojo.detect(source)
    _parse_or_parse_error(source)


def test_truncated_in_the_middle_of_a_card_keeps_earlier_initiatives() -> None:
    lines = SEED.read_text(encoding="utf-8").split("\n")
    cut = "\n".join(lines[:400])  # inside 取組3 ① of 基本方針Ⅰ
    plan = onojo.parse(Source("onojo.txt", cut.encode(), cut))
    assert [i["code"] for i in plan["initiatives"]] == ["I-1", "I-2", "I-3"]
    assert plan["initiatives"][0]["budget"][0] == {"fy": 2022, "amount": 6000, "unit": "千円"}


def test_shuffled_and_deleted_lines_never_crash() -> None:
    lines = SEED.read_text(encoding="utf-8").split("\n")
    rng = random.Random(7)
    for _ in range(40):
        sample = lines[:]
        rng.shuffle(sample)
        kept = [line for line in sample if rng.random() > 0.2]
        text = "\n".join(kept)
        source = Source("x.txt", text.encode(), text)
        onojo.detect(source)
        _parse_or_parse_error(source)


def test_not_a_plan_raises_parse_error() -> None:
    with pytest.raises(ParseError):
        onojo.parse(Source("x.txt", b"hello", "hello\nworld"))
    with pytest.raises(ParseError):
        onojo.parse(Source("x.xlsx", b"PK\x03\x04", None))
