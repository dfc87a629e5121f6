"""The 日田市 layout: 第4次日田市情報化基本計画 年次計画編 (samples/plans/hita.txt).

Values below are read from the seed text by hand; the repaired titles and names are the ones
the document itself confirms elsewhere (e.g. キャッシュレス決済 in the 取組内容 next to the
title cut into "キャッシュレス|快済").
"""

from __future__ import annotations

import time
from collections import Counter
from pathlib import Path

import pytest

from shinchoku.importers import ParseError, Source, detect, hita, load_source, parse

from .scoring import in_charge

SAMPLES = Path(__file__).parents[2] / "samples/plans"
SEED = SAMPLES / "hita.txt"
OTHER_SEEDS = ["nobeoka.txt", "onojo.txt", "izunokuni.txt", "shibata.txt"]
YEARS = [2023, 2024, 2025, 2026, 2027]


@pytest.fixture(scope="module")
def plan() -> dict:
    return parse(SEED)


def by_code(plan: dict, code: str) -> dict:
    found = [item for item in plan["initiatives"] if item["code"] == code]
    assert len(found) == 1, code
    return found[0]


def section_of(plan: dict, item: dict) -> dict:
    return next(s for s in plan["sections"] if s["key"] == item["section"])


def labels(item: dict) -> dict[int, str]:
    return {entry["fy"]: entry["label"] for entry in item["schedule"]}


# --------------------------------------------------------------------------- detection


def test_seed_is_detected_as_hita() -> None:
    assert detect(load_source(SEED)) == "hita"
    assert hita.detect(load_source(SEED)) > 0.5


@pytest.mark.parametrize("name", OTHER_SEEDS)
def test_other_seeds_are_not_hita(name: str) -> None:
    assert hita.detect(load_source(SAMPLES / name)) == 0.0


def test_detect_is_zero_for_xlsx_and_prose() -> None:
    assert hita.detect(Source(filename="x.xlsx", data=b"PK\x03\x04", text=None)) == 0.0
    assert hita.detect(Source(filename="x.txt", data=b"x", text="取組番号 だけの文章")) == 0.0


# --------------------------------------------------------------------------- plan header


def test_plan_header(plan: dict) -> None:
    assert plan["municipality"] == {"name": "日田市", "prefecture": "大分県", "code": "442046"}
    assert plan["plan"]["title"] == "第4次日田市情報化基本計画 年次計画編"
    assert plan["plan"]["published"] == "2024-03"
    assert plan["plan"]["period"] == {"start_fy": 2023, "end_fy": 2027}
    assert plan["plan"]["vision"] is None
    assert plan["plan"]["source"]["layout"] == "hita"


# --------------------------------------------------------------------------- counts


def test_counts(plan: dict) -> None:
    assert len(plan["sections"]) == 18
    assert len(plan["initiatives"]) == 65
    assert sum(len(item["schedule"]) for item in plan["initiatives"]) == 309
    assert all(item["indicators"] == [] and item["budget"] == [] for item in plan["initiatives"])


def test_each_initiative_once_in_plan_order(plan: dict) -> None:
    codes = [item["code"] for item in plan["initiatives"]]
    assert len(codes) == len(set(codes))
    assert codes[:3] == ["1-1-1", "1-1-2", "1-1-3"]
    assert codes[-1] == "4-4-1"
    per_section = Counter(item["section"] for item in plan["initiatives"])
    assert per_section["s1.1"] == 8
    assert per_section["s2.3"] == 20
    assert per_section["s4.3"] == 8
    lines = [item["line"] for item in plan["initiatives"]]
    assert lines == sorted(lines)


def test_sections(plan: dict) -> None:
    majors = [s for s in plan["sections"] if s["parent"] is None]
    assert [(s["key"], s["code"], s["title"]) for s in majors] == [
        ("s1", "1", "デジタル技術を活用した市民サービスの提供"),
        ("s2", "2", "デジタル技術を活用した行政事務の効率化"),
        ("s3", "3", "DX推進に向けた基盤整備"),
        ("s4", "4", "誰もがデジタル社会の恩恵を享受できる地域社会の実現"),
    ]
    assert {s["level"] for s in majors} == {"基本方針"}
    minors = {s["key"]: s for s in plan["sections"] if s["parent"] is not None}
    assert minors["s2.2"] == {
        "key": "s2.2",
        "parent": "s2",
        "level": "基本項目",
        "code": "2-2",
        "title": "AI・RPAの利用推進",
    }
    assert minors["s3.1"]["title"] == "セキュリティ対策の徹底"
    assert minors["s4.4"]["title"] == "オープンデータの推進"


def test_missing_heading_of_kihon_houshin_3_comes_from_the_overview(plan: dict) -> None:
    """The body has no "基本方針3" heading; 3-1-1 still sits under s3 with the overview's title."""
    item = by_code(plan, "3-1-1")
    assert item["section"] == "s3.1"
    assert section_of(plan, item)["parent"] == "s3"
    assert item["title"] == "情報を適切に管理するための情報セキュリティ体制の強化"
    # The cell echo "住民情報等の重 化を行うもの。" repairs the cut glyph "主民" of the full cell.
    assert (
        item["summary"]
        == "住民情報等の重要な個人情報を適切に取り扱うため、情報セキュリティ体制の強化を行うもの。"
    )


# --------------------------------------------------------------------------- initiatives in full


def test_initiative_1_1_1_in_full(plan: dict) -> None:
    item = by_code(plan, "1-1-1")
    assert item["title"] == "オンライン申請対応手続の拡大"
    assert section_of(plan, item)["title"] == "行政手続等のオンライン化"
    assert item["summary"] == (
        "県が『市町村行政DXの共同目標』で指定する22事務を始めとする各種手続について、"
        "手続の簡素化及び利便性の向上を図るため、行政手続のオンライン化を推進するもの。"
    )
    assert in_charge(item) == (["情報統計課"], ["関係各課"])
    assert item["scope"] is None and item["priority"] is None
    assert item["marks"] == [] and item["repost_of"] is None
    assert item["schedule"] == [
        {"fy": 2023, "half": None, "label": "実施中"},
        {"fy": 2024, "half": None, "label": "実施予定 (一部拡大)"},
        {"fy": 2025, "half": None, "label": "実施予定 (一部拡大)"},
        {"fy": 2026, "half": None, "label": "実施予定"},
        {"fy": 2027, "half": None, "label": "実施予定"},
    ]
    assert item["line"] == 72


def test_initiative_1_1_2_departments_across_cells(plan: dict) -> None:
    item = by_code(plan, "1-1-2")
    assert item["title"] == "公共施設予約手続のオンライン化の推進"
    assert item["departments"] == [
        "情報統計課",
        "まちづくり推進課",
        "社会福祉課",
        "都市整備課",
        "社会教育課",
        "大山文化センター",
        "スポーツ振興課",
        "商工労政課",
        "観光課",
    ]
    assert labels(item) == {
        2023: "検討",
        2024: "事業開始予定",
        2025: "実施予定 (一部拡大)",
        2026: "実施予定",
        2027: "実施予定",
    }


@pytest.mark.parametrize(
    ("code", "title"),
    [
        ("1-1-5", "電子申請における公金収納のキャッシュレス化"),  # "キー|ヤッシュレス化"
        ("1-2-2", "窓口手数料等のキャッシュレス決済の導入"),  # "キャッシュレス|快済"
        ("2-3-14", "地図情報システムによる行政事務の効率化"),  # "行政事|努"
        ("3-3-3", "社会教育施設のICT環境の整備"),  # "整個|備"
        ("4-3-2", "効果的な観光マーケティング活動の実施"),  # "活!|動"
        ("4-1-1", "デジタル技術を活用するための利用者支援の実施"),  # "デジタル技術を 施" (line 2 glued)
        ("4-3-6", "スマート農業技術の導入による機械化・省力化技術の普及"),  # "技技術の普及|支術"
        ("1-1-7", "病児保育予約手続のオンライン化"),  # "7 取組名 …" debris
        ("2-3-13", "オンライン会議の活用による業務効率化"),  # "1 名 …" debris
        ("2-3-11", "予算事務、行政評価のデジタル化"),
        ("1-3-4", "AIチャットボットによる問合せ対応"),
        ("1-3-1", "市ホームページでの市政情報の提供"),
        ("2-2-1", "AI・RPA等の活用による業務効率化の推進"),
    ],
)
def test_titles_repaired_from_column_slices(plan: dict, code: str, title: str) -> None:
    assert by_code(plan, code)["title"] == title


def test_summaries_repaired(plan: dict) -> None:
    assert (
        by_code(plan, "2-1-2")["summary"]
        == "自治体情報システムの標準化に対応するため、関連システムの改修を行うもの。"
    )
    assert by_code(plan, "3-3-2")["summary"] == "公共施設や観光施設等にWi-Fi環境を整備するもの。"
    # the echo cell "市税等の納付に 検討するもの。" is dropped, the full sentence kept once
    assert (
        by_code(plan, "1-1-4")["summary"]
        == "市税等の納付について、スマホアプリでの対応に加え、地方税統一QRの活用を検討するもの。"
    )
    assert by_code(plan, "1-3-5")["summary"].startswith("AI利用型のイベント情報集約サイト")
    assert by_code(plan, "4-3-1")["summary"].startswith("心身に不安のある一人暮らしの高齢者")


@pytest.mark.parametrize(
    ("code", "departments"),
    [
        ("1-1-3", ["契約検査室"]),  # the cell is printed twice
        ("1-1-5", (["情報統計課"], ["各課"])),  # 「各課」: a group of 課, the 関係課
        ("1-1-6", ["ひた暮らし推進室"]),
        ("2-3-8", ["防災・危機管理課"]),  # prefix echo "防災・危機管理" dropped, ・ not split
        ("2-3-9", ["防災・危機管理課", "長寿福祉課"]),
        ("2-3-19", ["農業委員会事務局"]),
        ("3-2-3", ["市民課", "社会福祉課", "淡窓図書館"]),  # "淡窓図書館|官"
        ("3-3-2", ["情報統計課", "観光課", "社会教育課", "大山文化センター", "淡窓図書館"]),
        ("4-1-1", ["まちづくり推進課", "情報統計課", "社会教育課"]),
        ("4-3-8", ["咸宜園教育研究センター"]),
    ],
)
def test_departments(plan: dict, code: str, departments: list[str] | tuple[list[str], list[str]]) -> None:
    assert in_charge(by_code(plan, code)) == (departments if isinstance(departments, tuple) else (departments, []))


def test_schedule_variants(plan: dict) -> None:
    # blank years are absent, not invented
    assert labels(by_code(plan, "1-3-2")) == {2023: "検討", 2024: "事業開始予定", 2025: "完了予定"}
    assert labels(by_code(plan, "2-1-1")) == {2023: "実施中", 2024: "実施予定", 2025: "完了予定"}
    assert labels(by_code(plan, "2-2-5")) == {2023: "事業開始・完了"}
    assert labels(by_code(plan, "4-3-5")) == {2023: "実施中"}
    # the year header printed on the スケジュール row itself, values on the next line
    assert labels(by_code(plan, "4-3-6")) == {
        2023: "実施中",
        2024: "実施予定",
        2025: "実施予定",
        2026: "実施予定",
        2027: "検討",
    }
    assert labels(by_code(plan, "4-2-1")) == {
        2023: "実施中 (一部更新)",
        2024: "実施予定",
        2025: "実施予定 (一部更新)",
        2026: "実施予定",
        2027: "実施予定",
    }
    assert labels(by_code(plan, "2-3-17")) == dict.fromkeys(YEARS, "検討")
    assert all(e["half"] is None for item in plan["initiatives"] for e in item["schedule"])


# --------------------------------------------------------------------------- 再掲


@pytest.mark.parametrize(
    ("code", "original", "section"),
    [
        ("2-2-2", "1-3-4", "s2.2"),
        ("2-2-3", "1-3-5", "s2.2"),
        ("2-3-7", "2-2-4", "s2.3"),
        ("2-3-20", "2-2-5", "s2.3"),
    ],
)
def test_reposts(plan: dict, code: str, original: str, section: str) -> None:
    item = by_code(plan, code)
    source = by_code(plan, original)
    assert item["marks"] == ["再掲"]
    assert item["repost_of"] == original
    assert item["section"] == section
    assert item["title"] == source["title"]
    assert "再掲" not in source["marks"] and source["repost_of"] is None


def test_repost_keeps_its_own_schedule(plan: dict) -> None:
    """2-3-20 prints only 完了 on the line under its empty スケジュール row."""
    item = by_code(plan, "2-3-20")
    assert item["schedule"] == [{"fy": 2023, "half": None, "label": "完了"}]
    assert item["departments"] == ["施設工務課"]
    assert item["summary"] == "衛星画像のAI解析により漏水疑いエリアを絞り込み、効率的な漏水調査を行うもの。"


def test_only_four_reposts(plan: dict) -> None:
    assert sorted(i["code"] for i in plan["initiatives"] if i["marks"]) == [
        "2-2-2",
        "2-2-3",
        "2-3-20",
        "2-3-7",
    ]


# --------------------------------------------------------------------------- what could not be read


def test_unreadable_parts_are_warnings_with_lines(plan: dict) -> None:
    lines = [w["line"] for w in plan["warnings"]]
    assert lines == [151, 163, 271, 399, 522]
    for code in ("1-3-1", "1-3-3", "2-3-4"):
        assert by_code(plan, code)["summary"] is None
    assert "人事給与システ を改修するもの" in plan["warnings"][2]["message"]
    assert "7 1 1 1 1 2 2 2 2" in plan["warnings"][3]["message"]


def test_title_with_lost_start_keeps_what_is_there(plan: dict) -> None:
    item = by_code(plan, "3-2-2")
    assert item["title"] == "コードによる各種証明書等のコンビニ交付"
    assert item["departments"] == ["市民課", "税務課"]
    assert item["line"] == 399


# --------------------------------------------------------------------------- small inputs, robustness

BLOCK = (
    "第1次テスト市情報化基本計画\n令和 6年 3月 日田市\n"
    "基本方針1 市民サービス\n基本項目 1 オンライン化\n"
    "取組番号\t1 - 1 - 1\t取 組 名\t電子申請\t\n"
    "取組内容\t申請をオンライン化するもの。\n"
    "事業担当課\t情報統計課\n"
    "\t令和5年度\t令和6年度\n"
    "スケジュール\t検討\t実施予定\n"
    "取組番号\t1 - 1 - 2\t取 組 名\t窓口の改善(再掲)\n"
    "取組内容\t窓口を改善するもの。\n"
)


def test_missing_rows_and_unknown_repost_are_warned() -> None:
    plan = parse(BLOCK.encode(), filename="t.txt", layout="hita")
    first, second = plan["initiatives"]
    assert labels(first) == {2023: "検討", 2024: "実施予定"}
    assert plan["plan"]["period"] == {"start_fy": 2023, "end_fy": 2024}
    assert second["marks"] == ["再掲"] and second["repost_of"] is None
    messages = [w["message"] for w in plan["warnings"] if w["line"] == 10]
    assert len(messages) == 3
    assert any("事業担当課" in m for m in messages)
    assert any("スケジュール" in m for m in messages)
    assert any("再掲元" in m for m in messages)


def test_truncated_seed_parses_or_refuses() -> None:
    text = SEED.read_text(encoding="utf-8")
    for cut in range(0, len(text), max(1, len(text) // 60)):
        try:
            result = parse(text[:cut].encode(), filename="hita.txt", layout="hita")
        except ParseError:
            continue
        assert len(result["initiatives"]) <= 65


def test_shuffled_lines_parse_or_refuse() -> None:
    lines = SEED.read_text(encoding="utf-8").split("\n")
    for step in (7, 13, 31):
        shuffled = lines[::step] + lines[1::step] + lines[2::step] + lines[3::step]
        try:
            result = parse("\n".join(shuffled).encode(), filename="hita.txt", layout="hita")
        except ParseError:
            continue
        assert result["plan"]["source"]["layout"] == "hita"
        assert len({i["line"] for i in result["initiatives"]}) == len(result["initiatives"])


def test_a_second_line_glyph_joined_to_the_first_slice_goes_to_the_end() -> None:
    """「デジタル技術を 施」 printed and extracted without the blank: 施 is the title's second line."""
    ref = "デジタル技術を活用した\n計画の実施\n"
    slices = ["デジタル技術を施", "活用するための", "利用者支援の実"]
    assert hita._second_line_glyph(slices, ref) == (["デジタル技術を", "活用するための", "利用者支援の実"], ["施"])
    # nothing moves where the document joins the glyph to the next slice, or never ends a title with it
    assert hita._second_line_glyph(slices, ref + "施活\n") == (slices, [])
    assert hita._second_line_glyph(slices, "デジタル技術を活用\n") == (slices, [])


def test_wrapped_cells_are_read_in_few_steps_or_not_at_all() -> None:
    """A row of narrow cells wrapped line by line is read by trying the ways its slices go to the
    cells (hita_flow._unwrap): a real row reads as before, while a run of slices wider than any
    schedule, which would be tried in millions of ways (seconds per table, many times over a
    document), gives no reading instead."""
    from shinchoku.importers import hita_flow

    row = ["令和5年度 令和6 令和7年度 令和 令和", "年度 8年 9年", "度 度"]
    (cells,) = hita_flow._unwrap(row, lambda cell: bool(hita_flow._YEAR.fullmatch(cell)))
    assert ["".join(cell) for cell in cells] == ["令和5年度", "令和6年度", "令和7年度", "令和8年度", "令和9年度"]
    statuses = ["事業開 実施予定 実施 実施", "始 予定 予定"]
    assert [["".join(c) for c in r] for r in hita_flow._unwrap(statuses, hita_flow._whole_status)] == [
        ["事業開始", "実施予定", "実施予定", "実施予定"]
    ]
    wide = [" ".join(["実施予定"] * 16), " ".join(["予定"] * 8), " ".join(["予"] * 4)]
    started = time.perf_counter()
    assert hita_flow._unwrap(wide, hita_flow._whole_status) == []
    assert time.perf_counter() - started < 1.0  # before: about 6 s


def test_statuses_carried_past_the_next_codes_are_dealt_back() -> None:
    """pdfminer on a narrow print carries a table's later statuses past the next codes: 1, 1 and
    13 statuses of 5 years. The run adds up to its years, so each table gets five, its own first
    one kept (hita_flow._pool_carried); a run that does not add up is left as read."""
    from shinchoku.importers import hita_flow

    years = (2023, 2024, 2025, 2026, 2027)

    def item(code: str, statuses: list[str], schedule: int) -> hita_flow.FlowItem:
        found = hita_flow.FlowItem(code, 1, 1, 1, status_text=statuses)
        found.schedule = list(zip(years, statuses[:schedule], strict=False))
        return found

    carried = ["事業開始", "実施予定", "実施予定", "実施予定", "実施予定"]
    carried += ["事業開始予定", "実施予定", "実施予定", "実施予定", "実施予定", "実施予定", "実施予定", "実施予定"]
    items = [item("1-1-1", ["実施中"], 1), item("1-1-2", ["検討"], 1), item("1-1-3", carried, 0)]
    hita_flow._pool_carried(items, years)
    assert [[s for _, s in i.schedule] for i in items] == [
        ["実施中", "実施予定", "実施予定", "実施予定", "実施予定"],
        ["検討", "事業開始予定", "実施予定", "実施予定", "実施予定"],
        ["事業開始", "実施予定", "実施予定", "実施予定", "実施予定"],
    ]
    assert all(hita_flow._GUESSED_YEARS in i.notes for i in items)
    # a table that ends early (「完了予定」 in its third year) takes statuses up to that one
    early = ["実施予定", "事業開始予定", "完了予定", "実施予定", "実施予定", "実施予定", "実施中"]
    early += ["実施予定", "実施予定", "実施予定", "実施予定"]
    items = [item("1-3-2", ["検討"], 1), item("1-3-3", ["実施中"], 1), item("1-3-4", early, 0)]
    hita_flow._pool_carried(items, years)
    assert [[s for _, s in i.schedule] for i in items] == [
        ["検討", "事業開始予定", "完了予定"],
        ["実施中", "実施中", "実施予定", "実施予定", "実施予定"],
        ["実施予定", "実施予定", "実施予定", "実施予定", "実施予定"],
    ]
    # cells move forward only: a first table with too many is no run
    items = [item("1-1-1", carried[:9], 0), item("1-1-2", ["検討"], 1)]
    hita_flow._pool_carried(items, years)
    assert [len(i.schedule) for i in items] == [0, 1]
