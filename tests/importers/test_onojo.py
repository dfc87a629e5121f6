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

#: One initiative per card 「取組名 ① …」: 基本方針-取組-card.
CODES = [
    "I-1-1", "I-1-2", "I-1-3", "I-2-1", "I-3-1", "I-3-2", "I-3-3", "I-3-4", "I-3-5", "I-3-6",
    "I-4-1", "I-5-1", "I-5-2", "I-5-3", "I-6-1", "I-7-1",
    "II-1-1", "II-1-2", "II-1-3", "II-1-4", "II-1-5", "II-1-6", "II-2-1", "II-3-1", "II-3-2",
    "II-4-1", "II-4-2", "II-5-1", "II-5-2", "II-6-1",
]  # fmt: skip
TORIKUMI = ["I-1", "I-2", "I-3", "I-4", "I-5", "I-6", "I-7", "II-1", "II-2", "II-3", "II-4", "II-5", "II-6"]


@pytest.fixture(scope="module")
def plan() -> dict[str, Any]:
    return parse(SEED)


@pytest.fixture(scope="module")
def by_code(plan: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {item["code"]: item for item in plan["initiatives"]}


@pytest.fixture(scope="module")
def sections(plan: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Sections by code: 基本方針 "I", 取組 "I-1", 今後検討する取組 "検討-1"."""
    return {s["code"]: s for s in plan["sections"]}


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


def test_sections_are_the_two_basic_policies_and_their_torikumi(plan: dict[str, Any]) -> None:
    core = [{k: s[k] for k in ("key", "parent", "level", "code", "title")} for s in plan["sections"]]
    assert core[:2] == [
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
    torikumi = [s for s in core if s["level"] == "取組"]
    assert [s["code"] for s in torikumi] == TORIKUMI
    assert torikumi[0] == {
        "key": "s1.1", "parent": "s1", "level": "取組", "code": "I-1", "title": "行政手続のオンライン化"
    }  # fmt: skip
    assert [s["line"] for s in plan["sections"] if s["level"] == "取組"] == [
        325, 369, 389, 480, 496, 544, 566, 607, 697, 725, 756, 787, 816
    ]  # fmt: skip


# ------------------------------------------------------------------------------ initiatives


def test_every_card_is_an_initiative_in_order(plan: dict[str, Any]) -> None:
    codes = [i["code"] for i in plan["initiatives"]]
    assert codes == CODES
    lines = [i["line"] for i in plan["initiatives"]]
    assert lines[:4] == [327, 340, 356, 373] and lines[-1] == 820


def test_example_card_of_the_legend_is_not_an_initiative(plan: dict[str, Any]) -> None:
    # "ページの見方" (line 269) shows a sample card ① AI・RPAの利活用拡大 at line 277.
    assert all(i["line"] != 277 for i in plan["initiatives"])
    assert [i["code"] for i in plan["initiatives"] if i["title"] == "AI・RPA の利活用拡大"] == ["II-1-1"]
    assert [s["code"] for s in plan["sections"] if s["title"] == "先端技術による業務効率化"] == ["II-1"]


def test_sections_and_counts_per_policy(plan: dict[str, Any], sections: dict[str, dict[str, Any]]) -> None:
    assert len(plan["initiatives"]) == 30
    policy = {s["key"]: s["parent"] for s in plan["sections"]}
    assert sum(policy[i["section"]] == "s1" for i in plan["initiatives"]) == 16
    assert sum(policy[i["section"]] == "s2" for i in plan["initiatives"]) == 14
    per_torikumi = [sum(i["section"] == sections[c]["key"] for i in plan["initiatives"]) for c in TORIKUMI]
    assert per_torikumi == [3, 1, 6, 1, 3, 1, 1, 6, 1, 2, 2, 2, 1]
    assert sum(len(i["indicators"]) for i in plan["initiatives"]) == 60
    assert all([ind["kind"] for ind in i["indicators"]] == ["KGI", "KPI"] for i in plan["initiatives"])
    assert sum(len(i["schedule"]) for i in plan["initiatives"]) == 59


def test_card_i_1_in_full(by_code: dict[str, dict[str, Any]]) -> None:
    item = by_code["I-1-1"]
    assert item["title"] == "オンライン申請の拡充"
    assert item["section"] == "s1.1"
    assert item["departments"] == []  # the plan names no 担当課
    assert item["scope"] is None and item["priority"] is None and item["marks"] == []
    assert (item["urgency"], item["importance"]) == (100, 100)  # the 取組's, from 図表 2-3-2
    assert item["summary"] == (
        "令和3（2021）年度から開始したオンライン申請について、"
        "証明書等の発行手続申請のみならず、行政手続全般のオンライン化を進めます。"
    )
    assert item["goal"] == "押印が不要で対面によらず事務を行うことができる手続の原則オンライン化"
    assert item["effects"] == [
        "市役所に来庁しなくても行政手続が可能になる。",
        "感染症対策として人と人との接触機会を減らす。",
    ]
    assert by_code["I-1-2"]["goal"] == "多様な決済手段による市民サービスの向上"
    # Only ③ has arrows in its grid; ①② keep their steps without years (and are warned about).
    assert item["schedule"] == [] and by_code["I-1-2"]["schedule"] == []
    assert by_code["I-1-3"]["schedule"] == [
        {"fy": 2022, "half": None, "label": "システム仕様の検討"},
        {"fy": 2023, "half": None, "label": "システム更新"},
        {"fy": 2024, "half": None, "label": "運用"},
    ]
    assert item["budget"] == [{"fy": fy, "amount": 6000, "unit": "千円"} for fy in (2022, 2023, 2024, 2025)]
    assert _fy(by_code["I-1-2"]["budget"]) == {2023: 6000, 2024: 10000, 2025: 4000}
    assert _fy(by_code["I-1-3"]["budget"]) == {2023: 9000, 2024: 4000, 2025: 4000}


def test_card_i_1_indicators(by_code: dict[str, dict[str, Any]]) -> None:
    kgi, kpi = by_code["I-1-1"]["indicators"]
    assert kgi["name"] == kpi["name"] == "オンライン申請できる手続数（累計）"
    assert (kgi["kind"], kgi["unit"]) == ("KGI", "手続")
    assert kgi["final_target"] == {"fy": 2025, "value": 112, "text": "112 手続"}
    assert kgi["targets"] == [] and kgi["baseline"] is None and kgi["actuals"] == []
    assert (kpi["kind"], kpi["unit"], kpi["direction"]) == ("KPI", "手続", "increase")
    assert kpi["targets"] == [
        {"fy": 2022, "value": 40, "text": "40 手続"},
        {"fy": 2023, "value": 64, "text": "64 手続"},
        {"fy": 2024, "value": 88, "text": "88 手続"},
        {"fy": 2025, "value": 112, "text": "112 手続"},
    ]
    cashless = by_code["I-1-2"]["indicators"][1]
    assert cashless["name"] == "キャッシュレス決済による支払い比率"
    # R4 is "－": no target that year.
    assert _fy(cashless["targets"], "value") == {2023: 5, 2024: 20, 2025: 40}


def test_cards_keep_their_steps(by_code: dict[str, dict[str, Any]]) -> None:
    item = by_code["I-1-2"]
    assert (item["title"], item["line"]) == ("各種支払いのキャッシュレス化", 340)
    assert [s["label"] for s in item["steps"]] == ["対象の検討", "構築・導入作業", "運用"]
    assert all(s["fys"] == [] for s in item["steps"])
    watch = by_code["I-3-1"]
    assert watch["title"] == "ICTを活用した子どもの見守り"
    assert [(s["label"], s["fys"]) for s in watch["steps"]] == [
        ("先進事例の調査・研究", [2022]),
        ("関係者との協議・調整", [2023]),
        ("見守りシステムの構築", [2023]),
        ("見守りシステムの運用", [2024, 2025]),
    ]
    assert _fy(watch["schedule"], "label")[2023] == "関係者との協議・調整／見守りシステムの構築"


def test_card_ii_1_3_repairs_broken_cells(by_code: dict[str, dict[str, Any]]) -> None:
    item = by_code["II-1-3"]
    assert item["title"] == "保育事務のデジタル化" and item["section"] == "s2.1"
    assert (item["urgency"], item["importance"]) == (95, 95)
    # "児童午睡中の事故防止シ<br>ステムの更新・継続的な<br>運用" joined back into one name.
    assert _fy(item["schedule"], "label")[2025].split("／") == [
        "保育記録のデジタル化(運用)",
        "児童午睡中の事故防止システムの更新・継続的な運用",
    ]
    rpa = by_code["II-1-1"]["indicators"][1]
    assert rpa["name"] == "AI・RPA 導入による業務時間削減率"
    assert (rpa["kind"], rpa["unit"], rpa["direction"]) == ("KPI", "%減", "maintain")
    assert [t["value"] for t in rpa["targets"]] == [30, 30, 30, 30]
    kgi = by_code["II-1-1"]["indicators"][0]
    assert kgi["final_target"] == {"fy": 2025, "value": 30, "text": "導入前と比べて 30% 減"}
    assert kgi["unit"] == "%減"
    assert _fy(item["budget"]) == {2022: 23000, 2023: 3000, 2024: 3000, 2025: 3000}


def test_card_ii_2_1_footnotes(by_code: dict[str, dict[str, Any]]) -> None:
    item = by_code["II-2-1"]
    assert item["summary"] == (
        "令和 7（2025）年度までに基幹システムを、国の整備するガバメントクラウド"
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
    assert _fy(item["budget"]) == {2022: 0, 2023: 0, 2024: 0, 2025: 427000}
    assert len(item["notes"]) == 4
    assert item["notes"][0].startswith("※ 1 標準システムは以下の 20 業務が対象")
    assert item["notes"][0].endswith("後期高齢者医療、国民年金")
    assert item["notes"][3].endswith("R4～R6 年度に事業費は計上していない。")


def test_card_i_6_1_non_numeric_targets(by_code: dict[str, dict[str, Any]]) -> None:
    kgi, kpi = by_code["I-6-1"]["indicators"]
    assert kgi["final_target"] == {"fy": 2025, "value": None, "text": "導入を決定した全窓口"}
    assert kpi["targets"] == [
        {"fy": 2023, "value": 1, "text": "1 (試行)"},
        {"fy": 2024, "value": None, "text": "導入を決定した全窓口"},
        {"fy": 2025, "value": None, "text": "導入を決定した全窓口"},
    ]
    assert kpi["direction"] is None
    assert [n[:2] for n in by_code["I-6-1"]["notes"]] == ["※1", "※2"]


def test_same_metric_in_two_cards_stays_with_each_card(by_code: dict[str, dict[str, Any]]) -> None:
    # 取組Ⅰ-3 ⑤ and ⑥ both measure アプリ等の利用者数, each with its own target.
    finals = [
        (ind["name"], ind["final_target"]["value"])
        for code in ("I-3-5", "I-3-6")
        for ind in by_code[code]["indicators"]
        if ind["kind"] == "KGI"
    ]
    assert finals == [("アプリ等の利用者数", 80), ("アプリ等の利用者数", 90)]


def test_urgency_and_importance_from_priority_tables(sections: dict[str, dict[str, Any]]) -> None:
    scores = {code: (s["urgency"], s["importance"]) for code, s in sections.items() if "-" in code}
    assert scores == {
        "I-1": (100, 100), "I-2": (95, 90), "I-3": (90, 85), "I-4": (80, 85), "I-5": (85, 80),
        "I-6": (75, 70), "I-7": (60, 55),
        "II-1": (95, 95), "II-2": (70, 90), "II-3": (90, 85), "II-4": (75, 70), "II-5": (80, 60),
        "II-6": (75, 60),
        "検討-1": (40, 85), "検討-2": (25, 65), "検討-3": (30, 35), "検討-4": (20, 50), "検討-5": (10, 10),
    }  # fmt: skip


def test_initiatives_under_consideration_are_sections_not_initiatives(
    plan: dict[str, Any], sections: dict[str, dict[str, Any]]
) -> None:
    future = [sections[f"検討-{n}"] for n in range(1, 6)]
    assert [(s["title"], s["parent"], s["level"]) for s in future] == [
        ("マイナンバーカードの普及促進", "s1", onojo.FUTURE_LEVEL),
        ("持続可能な公共交通ネットワークの構築", "s1", onojo.FUTURE_LEVEL),
        ("拠点施設のデジタル化", "s1", onojo.FUTURE_LEVEL),
        ("健康管理に関するデータ活用", "s2", onojo.FUTURE_LEVEL),
        ("ICT を活用した上下水道サービスの提供", "s2", onojo.FUTURE_LEVEL),
    ]
    assert all("計画の取組ではありません" in s["note"] for s in future)
    assert future[0]["summary"] == "マイナンバーカードを使って利用できるサービスの構築"
    # 図表 2-3-4 calls it 健康増進に関するデータ活用.
    assert future[3]["aliases"] == ["健康増進に関するデータ活用"]
    keys = {s["key"] for s in future}
    assert not [i for i in plan["initiatives"] if i["section"] in keys]
    assert not [i for i in plan["initiatives"] if "マイナンバーカード" in i["title"]]


# ------------------------------------------------------------------------------ budgets


def test_cost_summary_agrees_with_the_cards(plan: dict[str, Any]) -> None:
    """図表 2-4-1 (lines 845-850) against the per-initiative 年度経費: equal in every year."""
    stated = {s["key"]: _fy(s["budget"]) for s in plan["sections"] if s["level"] == "基本方針"}
    assert stated == {
        "s1": {2022: 19100, 2023: 170100, 2024: 222100, 2025: 215100},
        "s2": {2022: 29000, 2023: 108000, 2024: 27000, 2025: 450000},
    }
    general = {s["key"]: _fy(s["budget"], "general_revenue") for s in plan["sections"] if "budget" in s}
    assert general["s2"] == {2022: 4000, 2023: 106000, 2024: 26000, 2025: 343000}
    policy = {s["key"]: s["parent"] for s in plan["sections"]}
    summed: dict[str, dict[int, int]] = {"s1": {}, "s2": {}}
    for item in plan["initiatives"]:
        owner = summed[policy[item["section"]]]
        for entry in item["budget"]:
            owner[entry["fy"]] = owner.get(entry["fy"], 0) + entry["amount"]
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
    assert [i["code"] for i in plan["initiatives"]] == ["I-1-1", "I-1-2", "I-1-3", "I-2-1", "I-3-1"]
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
