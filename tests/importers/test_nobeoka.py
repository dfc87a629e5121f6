"""The 延岡市 layout: overview table + one card per 施策 + 全体工程表, read into one initiative each.

Values asserted here are read off samples/plans/nobeoka.txt by hand (line numbers in comments).
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from shinchoku.importers import Source, detect, load_source, nobeoka, parse
from shinchoku.importers.errors import ParseError
from shinchoku.importers.planjson import validate

SAMPLES = Path(__file__).parents[2] / "samples" / "plans"
SEED = SAMPLES / "nobeoka.txt"
OTHER_SEEDS = ["onojo.txt", "hita.txt", "izunokuni.txt", "shibata.txt"]


@pytest.fixture(scope="module")
def plan() -> dict:
    return parse(SEED)


def by_title(plan: dict, title: str) -> dict:
    found = [i for i in plan["initiatives"] if i["title"] == title]
    assert len(found) == 1, f"{title!r} found {len(found)} times"
    return found[0]


def section_title(plan: dict, key: str | None) -> str | None:
    return next((s["title"] for s in plan["sections"] if s["key"] == key), None)


def targets(ind: dict) -> list[tuple[int, float | int | None, str]]:
    return [(t["fy"], t["value"], t["text"]) for t in ind["targets"]]


def schedule(item: dict) -> list[tuple[int, str]]:
    return [(e["fy"], e["label"]) for e in item["schedule"]]


# --------------------------------------------------------------------------- detection


def test_layout_is_detected_for_the_seed() -> None:
    source = load_source(SEED)
    assert detect(source) == "nobeoka"
    assert nobeoka.detect(source) > 0.9


@pytest.mark.parametrize("name", OTHER_SEEDS)
def test_detect_is_zero_for_the_other_seeds(name: str) -> None:
    assert nobeoka.detect(load_source(SAMPLES / name)) == 0.0


def test_detect_is_zero_without_text() -> None:
    assert nobeoka.detect(Source("plan.xlsx", b"PK\x03\x04rest", None)) == 0.0
    assert nobeoka.detect(Source("x.txt", b"x", "区分のない普通の文章\n担当課はここ")) == 0.0


# --------------------------------------------------------------------------- header


def test_plan_header(plan: dict) -> None:
    assert plan["municipality"] == {"name": "延岡市", "prefecture": "宮崎県", "code": "452033"}
    assert plan["plan"]["title"] == "延岡市情報政策推進計画 アクションプラン"
    assert plan["plan"]["published"] == "2021-12"
    assert plan["plan"]["period"] == {"start_fy": 2021, "end_fy": 2025}
    assert plan["plan"]["vision"] == "市民がまんなか～市民力・地域力・都市力がDXにより躍動するeまちのべおか"
    assert plan["plan"]["source"]["layout"] == "nobeoka"
    validate(plan)


# --------------------------------------------------------------------------- sections


def test_sections(plan: dict) -> None:
    levels = Counter(s["level"] for s in plan["sections"])
    assert levels == {"プロジェクト": 3, "基本施策": 9, "個別施策": 23}
    projects = [(s["key"], s["code"], s["title"]) for s in plan["sections"] if s["level"] == "プロジェクト"]
    assert projects == [
        ("s1", "1", "市民にやさしいDX"),
        ("s2", "2", "地域を変えるDX"),
        ("s3", "3", "都市が輝くDX"),
    ]
    basics = [s["title"] for s in plan["sections"] if s["parent"] == "s3"]
    assert basics == ["経済基盤のデジタル化", "デジタル基盤整備の推進"]
    individual = next(s for s in plan["sections"] if s["title"] == "すべての世代にやさしいデジタル化の推進")
    assert individual["level"] == "個別施策"
    assert section_title(plan, individual["parent"]) == "市民目線のデジタル化"


# --------------------------------------------------------------------------- initiatives


def test_every_initiative_once(plan: dict) -> None:
    titles = [i["title"] for i in plan["initiatives"]]
    assert len(titles) == 81
    assert len(set(titles)) == 81
    # the overview and roadmap spellings are folded in, not added
    assert not any("びったり" in t or "ぴったり" in t for t in titles)
    assert sum(1 for i in plan["initiatives"] if i["scope"] == "national") == 12
    assert sum(1 for i in plan["initiatives"] if i["priority"]) == 50
    assert all(i["section"] for i in plan["initiatives"])


def test_first_card_with_footnote_mark_and_aliases(plan: dict) -> None:
    # lines 141-145: "マイナポータル ^{*1} からの行政手続のオンライン化", 区分 国, 重点施策1
    item = by_title(plan, "マイナポータルからの行政手続のオンライン化")
    assert item["line"] == 141
    assert item["code"] is None
    assert section_title(plan, item["section"]) == "行政手続のオンライン化"
    assert item["scope"] == "national"
    assert item["priority"] == "重点施策1"
    assert item["departments"] == ["情報政策課"]
    assert item["summary"].startswith(
        "国の「デジタル・ガバメント実行計画」や「自治体DX推進計画」の趣旨を踏まえ"
    )
    # 運用・対象拡大 (R5) continues over the empty R6 and R7 cells
    assert schedule(item) == [
        (2021, "標準仕様公開"),
        (2022, "システム改修"),
        (2023, "運用・対象拡大"),
        (2024, "運用・対象拡大"),
        (2025, "運用・対象拡大"),
    ]
    [kpi] = item["indicators"]
    assert kpi["name"] == "オンライン申請可能手続数"
    assert kpi["kind"] == "KPI"
    assert kpi["unit"] == "手続"
    assert kpi["direction"] == "increase"
    assert targets(kpi) == [(2021, 12, "12手続"), (2022, 26, "26手続")]
    assert kpi["actuals"] == [] and kpi["baseline"] is None and kpi["final_target"] is None
    assert item["aliases"] == [
        "マイナポータル（ぴったりサービス）からの行政手続のオンライン化",
        "マイナンバー(びったりサービス)からの行政手続のオンライン化",
    ]


def test_card_with_two_departments_and_per_year_kpi(plan: dict) -> None:
    # lines 201-205
    item = by_title(plan, "マイナンバーカードの普及促進")
    assert section_title(plan, item["section"]) == "マイナンバーカードの普及・活用促進"
    assert (item["scope"], item["priority"]) == ("national", "重点施策7")
    assert item["departments"] == ["市民課", "情報政策課"]
    assert schedule(item) == [(fy, "普及促進") for fy in (2021, 2022, 2023, 2024, 2025)]
    [kpi] = item["indicators"]
    assert (kpi["name"], kpi["unit"]) == ("取得率", "%")
    assert [t["value"] for t in kpi["targets"]] == [50, 75, 80, 95, 100]
    assert [t["fy"] for t in kpi["targets"]] == [2021, 2022, 2023, 2024, 2025]


def test_schedule_columns_with_gaps(plan: dict) -> None:
    # line 192: 担当課 水道課 | | | 調査・研究 | 導入 | 運用 | ; KPI only in R6/R7
    item = by_title(plan, "給水装置工事の各種手続きにおけるオンライン化")
    assert item["aliases"] == ["給水装置工事の各種手続におけるオンライン化"]
    assert schedule(item) == [(2022, "調査・研究"), (2023, "導入"), (2024, "運用"), (2025, "運用")]
    [kpi] = item["indicators"]
    assert targets(kpi) == [(2024, 200, "200件"), (2025, 500, "500件")]
    # line 163: a label in the last column
    item = by_title(plan, "住民票・税証明書等発行に係るオンライン化の研究")
    assert item["departments"] == ["市民課", "納税課"]
    assert item["scope"] == "local" and item["priority"] is None
    assert schedule(item) == [(fy, "調査・研究") for fy in (2021, 2022, 2023, 2024)] + [
        (2025, "導入方針決定")
    ]
    assert item["indicators"] == []


def test_sub_task_markers_and_two_gantt_rows(plan: dict) -> None:
    # lines 169-170: "① ②" and "③" label the rows of the Gantt chart
    item = by_title(plan, "地方税手続におけるオンライン化の推進")
    assert schedule(item) == [
        (2022, "①② システム改修"),
        (2023, "①② 導入・運用／③ システム改修"),
        (2024, "①② 導入・運用／③ 導入・運用"),
        (2025, "①② 導入・運用／③ 導入・運用"),
    ]
    assert "\n①軽自動車税種別割の電子申告" in item["summary"]
    assert "<p>" not in item["summary"]
    # lines 452-453: two rows in the same year
    item = by_title(plan, "防災情報アプリの利用促進")
    assert schedule(item) == [(fy, "運用／多言語化等の検討") for fy in (2021, 2022, 2023, 2024, 2025)]
    assert section_title(plan, item["section"]) == "防災に係るデジタル化の推進"
    assert item["priority"] == "重点施策1"


def test_broken_year_header_rows(plan: dict) -> None:
    # lines 227-229: the year header starts in the first column; the label sits right after 担当課
    item = by_title(plan, "スマホ教室及びデジタル相談会の開催")
    assert schedule(item) == [
        (fy, "スマホ教室（初心者・応用）の実施") for fy in (2021, 2022, 2023, 2024, 2025)
    ]
    assert targets(item["indicators"][0])[0] == (2021, 11, "11回")
    # lines 683-685: the header lost 令和3年度; the five KPI columns are still R3-R7
    item = by_title(plan, "公衆無線LANの整備拡大")
    assert schedule(item) == [(fy, "公衆無線LANの整備") for fy in (2021, 2022, 2023, 2024, 2025)]
    assert [t["fy"] for t in item["indicators"][0]["targets"]] == [2021, 2022, 2023, 2024, 2025]
    # lines 327-330: a narrower card (7 columns)
    item = by_title(plan, "logoチャットの活用")
    assert schedule(item) == [(2021, "試験導入")] + [(fy, "本格運用") for fy in (2022, 2023, 2024, 2025)]
    assert [t["value"] for t in item["indicators"][0]["targets"]] == [70, 100, 460, 820, 1184]


def test_roadmap_settles_columns_the_card_leaves_open(plan: dict) -> None:
    # line 587: two labels side by side right after 担当課 in a wide card: R3 and R4, or two
    # Gantt rows both in R3? The 全体工程表 (lines 846-848) has them stacked in R3.
    item = by_title(plan, "島野浦をモデルとした新時代教育の実践")
    # … and each of the three bars runs to R7 there
    stacked = "地域IoT実装計画の実装計画の実施／「遠隔教育特例校」の指定及び同時双方向遠隔授業の実施／新しいカリキュラムの開発と実践"
    assert schedule(item) == [(fy, stacked) for fy in (2021, 2022, 2023, 2024, 2025)]
    # line 580: same shape, and the 全体工程表 (line 844) confirms R3 then R4
    item = by_title(plan, "慶應義塾大学SFC研究所との連携による論理コミュニケーション授業の実施")
    assert [fy for fy, _ in schedule(item)] == [2021, 2022, 2023, 2024, 2025]
    assert schedule(item)[1][1].startswith("市内中学校16校及び希望する高校生を対象に")


def test_two_indicators_in_one_kpi_row(plan: dict) -> None:
    # line 663: K P I (ユーザー数) (加盟店数) | 10,000名 300店 | ...
    item = by_title(plan, "のべおかCOINの利用促進")
    users, shops = item["indicators"]
    assert (users["name"], users["unit"]) == ("ユーザー数", "名")
    assert (shops["name"], shops["unit"]) == ("加盟店数", "店")
    assert [t["value"] for t in users["targets"]] == [10000, 15000, 20000, 22000, 25000]
    assert [t["value"] for t in shops["targets"]] == [300, 350, 400, 450, 500]
    # line 629: only R4 has values for both
    item = by_title(plan, "しきみを中心とした北川地域の活性化実証・研究事業に係るスマート技術等の導入支援")
    assert [(i["name"], targets(i)) for i in item["indicators"]] == [
        ("学習会回数", [(2022, 4, "4回")]),
        ("販売額", [(2022, 17000, "17,000千円")]),
    ]


def test_text_targets_and_flat_targets(plan: dict) -> None:
    # line 265: a target that is not a number keeps its text
    item = by_title(plan, "バリアフリーマップの作成")
    [kpi] = item["indicators"]
    assert targets(kpi) == [(2024, None, "オンライン提供開始")]
    assert kpi["unit"] == "" and kpi["direction"] is None
    # line 614: flat targets do not tell a direction
    item = by_title(plan, "のべおか産品ECサイト「のべちよる」の活用")
    [kpi] = item["indicators"]
    assert (kpi["unit"], kpi["direction"]) == ("千円", None)
    assert targets(kpi)[0] == (2021, 15000, "15,000千円")


def test_departments_with_middle_dots(plan: dict) -> None:
    # line 678: two departments separated by a blank; "・" inside a name is not a separator
    item = by_title(plan, "ローカル5Gの活用")
    assert item["departments"] == ["工業振興課", "商業・駅まち振興課"]
    item = by_title(plan, "バスロケーションシステムの利用促進")
    assert item["departments"] == ["地域・離島・交通政策課"]
    item = by_title(plan, "窓口業務における申請書等のオンライン作成サービスの導入検討")
    assert item["departments"] == ["市民課", "情報政策課"]


def test_titles_repaired(plan: dict) -> None:
    titles = {i["title"] for i in plan["initiatives"]}
    assert "AI及びRPAの活用" in titles  # "AI及びRPA ^{*6} の活用"
    assert "BPRの推進" in titles  # "BPR ^{※5} の推進"
    assert "自治体システムの標準化・共通化（ガバメントクラウドへの移行）" in titles
    assert "のべおか産品ECサイト「のべちよる」の活用" in titles  # "…ECサイト※12 「のべちよる」…"
    assert "Webアクセシビリティ対応" in titles
    item = by_title(plan, "コワーキングスペースの整備及び(仮称)延岡経済リンケージ機構による地域経済の活性化")
    # "施設整備、運 営開始": a word the cell wrapped
    assert schedule(item) == [(fy, "施設整備、運営開始") for fy in (2021, 2022, 2023, 2024, 2025)]
    # "方針策定 研修実施": two phrases stay apart
    assert schedule(by_title(plan, "市保有データのオープンデータ化"))[0] == (2021, "方針策定 研修実施")


def test_last_card(plan: dict) -> None:
    item = plan["initiatives"][-1]
    assert item["title"] == "IT人材の確保・育成"
    assert item["line"] == 709
    assert section_title(plan, item["section"]) == "IT関連企業誘致環境の整備・拡充"
    assert item["departments"] == ["人材政策・移住定住推進室"]
    assert (item["scope"], item["priority"]) == ("local", "重点施策8")
    assert targets(item["indicators"][0])[-1] == (2025, 33, "33回")


def test_counts(plan: dict) -> None:
    assert sum(len(i["indicators"]) for i in plan["initiatives"]) == 63
    # one entry per year a label covers, labels continuing over empty year cells
    assert sum(len(i["schedule"]) for i in plan["initiatives"]) == 401
    assert all(i["budget"] == [] for i in plan["initiatives"])


def test_roadmap_disagreements_are_warned_card_wins(plan: dict) -> None:
    lines = [w["line"] for w in plan["warnings"]]
    assert len(lines) == 12
    assert lines == sorted(lines)
    assert 786 in lines  # 自治体システムの標準化: 全体工程表 R4/R5/R6, card R3/R5/R7
    item = by_title(plan, "自治体システムの標準化・共通化（ガバメントクラウドへの移行）")
    assert schedule(item) == [
        (2021, "既存システム調査"),
        (2022, "既存システム調査"),
        (2023, "標準仕様の構築"),
        (2024, "標準仕様の構築"),
        (2025, "ガバメントクラウド移行"),
    ]
    assert all(isinstance(w["message"], str) and w["message"] for w in plan["warnings"])


# --------------------------------------------------------------------------- missing parts


def _parse_text(text: str) -> dict:
    return parse(text.encode("utf-8"), filename="nobeoka-part.txt")


def test_initiative_without_card_comes_from_roadmap_and_overview() -> None:
    lines = SEED.read_text(encoding="utf-8").split("\n")
    kept = [line for number, line in enumerate(lines, start=1) if not 146 <= number <= 150]
    plan = _parse_text("\n".join(kept))
    assert len(plan["initiatives"]) == 81
    item = by_title(plan, "窓口業務における窓口番号案内システムの導入")
    assert item["priority"] == "重点施策2"  # from the overview's 重点施策掲載番号
    # from the 全体工程表, 運用 continuing to R7
    assert schedule(item) == [(2021, "構築")] + [
        (fy, "窓口番号案内システム運用") for fy in (2022, 2023, 2024, 2025)
    ]
    assert section_title(plan, item["section"]) == "市民目線のデジタル化"
    assert any("施策シートのない施策" in w["message"] for w in plan["warnings"])


def test_truncated_seed_parses_or_refuses() -> None:
    text = SEED.read_text(encoding="utf-8")
    for fraction in (0.001, 0.01, 0.05, 0.1, 0.3, 0.5, 0.7, 0.9, 0.99):
        try:
            plan = _parse_text(text[: int(len(text) * fraction)])
        except ParseError as exc:
            assert str(exc)
            continue
        validate(plan)
        titles = [i["title"] for i in plan["initiatives"]]
        assert len(titles) == len(set(titles))


def test_seed_cut_in_the_middle_keeps_what_the_overview_lists() -> None:
    text = SEED.read_text(encoding="utf-8")
    plan = _parse_text(text[: len(text) // 2])  # cut in line 458, the 区分 row of the 45th card
    assert plan["plan"]["period"] == {"start_fy": 2021, "end_fy": 2025}
    assert len(plan["initiatives"]) == 81  # 44 cards + the rest from the overview
    from_cards = [i for i in plan["initiatives"] if i["departments"] or i.get("departments_others")]
    assert len(from_cards) == 44
    assert from_cards[-1]["title"] == "防災情報アプリの利用促進"
    assert any(w["line"] == 457 and "施策名を読み取れません" in w["message"] for w in plan["warnings"])
    item = by_title(plan, "IT人材の確保・育成")
    assert item["priority"] == "重点施策8"
    assert item["section"] is None  # the overview's merged cells do not say where it belongs
    assert item["line"] == 126
    assert any(w["line"] == 126 and "施策体系から取り込みました" in w["message"] for w in plan["warnings"])


def test_only_the_cover_is_refused() -> None:
    with pytest.raises(ParseError):
        nobeoka.parse(load_source(b"\n\n\xe5\xbb\xb6\xe5\xb2\xa1\xe5\xb8\x82 plan\n", filename="x.txt"))
