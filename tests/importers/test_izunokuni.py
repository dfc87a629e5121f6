"""The 伊豆の国市 layout: 管理番号 cards under 重点取組事項, read against the seed's own text."""

from __future__ import annotations

import importlib
import importlib.util
from pathlib import Path

import pytest

from shinchoku.importers import LAYOUTS, ParseError, Source, izunokuni, load_source, parse
from shinchoku.importers.planjson import validate

from .scoring import in_charge

SAMPLES = Path(__file__).parents[2] / "samples/plans"
SEED = SAMPLES / "izunokuni.txt"
OTHER_SEEDS = ["nobeoka.txt", "onojo.txt", "hita.txt", "shibata.txt"]


@pytest.fixture(scope="module")
def plan():
    return parse(SEED, layout="izunokuni")


@pytest.fixture(scope="module")
def by_code(plan):
    return {item["code"]: item for item in plan["initiatives"]}


def _text_source(text: str) -> Source:
    return Source(filename="izunokuni.txt", data=text.encode("utf-8"), text=text)


# --------------------------------------------------------------------------- detection


H1, H2, R6, R7, R8 = (2023, 1), (2023, 2), (2024, None), (2025, None), (2026, None)


def _spans(item):
    """Each schedule label with the (fy, half) slots its bar covers, in order."""
    spans = {}
    for entry in item["schedule"]:
        spans.setdefault(entry["label"], []).append((entry["fy"], entry["half"]))
    return spans


def test_detect_scores_the_seed():
    assert izunokuni.detect(load_source(SEED)) > 0.5


@pytest.mark.parametrize("name", OTHER_SEEDS)
def test_detect_is_zero_for_the_other_seeds(name):
    assert izunokuni.detect(load_source(SAMPLES / name)) == 0.0


def test_detect_is_zero_for_xlsx_and_never_raises():
    assert izunokuni.detect(Source(filename="plan.xlsx", data=b"PK\x03\x04", text=None)) == 0.0
    assert izunokuni.detect(object()) == 0.0


def test_izunokuni_wins_detection_among_the_importers_present():
    """Every importer module that exists scores the seed lower than this one."""
    source = load_source(SEED)
    scores = {}
    for layout, module_name in LAYOUTS.items():
        if importlib.util.find_spec(module_name) is not None:
            scores[layout] = importlib.import_module(module_name).detect(source)
    assert {"izunokuni", "planjson"} <= set(scores)
    assert max(scores, key=scores.get) == "izunokuni"


# --------------------------------------------------------------------------- plan header and shape


def test_plan_header(plan):
    assert plan["municipality"] == {"name": "伊豆の国市", "prefecture": "静岡県", "code": "222259"}
    assert plan["plan"]["title"] == "伊豆の国市DX推進計画 アクションプラン"
    # The seed states neither a cover date nor the action plan's period.
    assert plan["plan"]["published"] is None
    assert plan["plan"]["period"] == {"start_fy": None, "end_fy": None}
    assert plan["plan"]["source"]["layout"] == "izunokuni"
    assert plan["warnings"] == []
    validate(plan)


def test_sections(plan):
    assert plan["sections"] == [
        {
            "key": "s1",
            "parent": None,
            "level": "重点取組事項",
            "code": "1",
            "title": "行政サービスをより便利に",
        },
        {
            "key": "s2",
            "parent": None,
            "level": "重点取組事項",
            "code": "2",
            "title": "行政機能の高度化・効率化",
        },
        {"key": "s3", "parent": None, "level": "重点取組事項", "code": "3", "title": "組織体の変革"},
        {
            "key": "s4",
            "parent": None,
            "level": "重点取組事項",
            "code": "4",
            "title": "多様なライフスタイルに寄り添える地域社会の実現",
        },
        {
            "key": "s5",
            "parent": None,
            "level": "重点取組事項",
            "code": "5",
            "title": "デジタル化の進展に合わせた厳格なセキュリティ対策",
        },
    ]


def test_every_card_once_in_order(plan):
    codes = [item["code"] for item in plan["initiatives"]]
    assert codes == [str(n) for n in range(1, 32)]
    titles = [item["title"] for item in plan["initiatives"]]
    assert len(set(titles)) == 31


def test_cards_per_section(plan):
    counts: dict[str, int] = {}
    for item in plan["initiatives"]:
        counts[item["section"]] = counts.get(item["section"], 0) + 1
    assert counts == {"s1": 9, "s2": 13, "s3": 3, "s4": 5, "s5": 1}


def test_totals(plan):
    assert sum(len(i["indicators"]) for i in plan["initiatives"]) == 28
    # a label continues over the empty cells after it (91 labels, 288 half-year/year slots)
    assert sum(len(i["schedule"]) for i in plan["initiatives"]) == 288


def test_source_lines(by_code):
    assert by_code["1"]["line"] == 53
    assert by_code["2"]["line"] == 65
    assert by_code["23"]["line"] == 333
    assert by_code["31"]["line"] == 435


# --------------------------------------------------------------------------- cards in full


def test_card_1_in_full(by_code):
    item = by_code["1"]
    assert item["title"] == "行政手続のオンライン化の推進"
    assert item["section"] == "s1"
    assert item["departments"] == [
        "情報政策課",
        "学校教育課",
        "幼児教育課",
        "危機管理課",
        "商工課",
        "生涯学習課",
        "環境整備課",
    ]
    assert item["departments_others"] is True
    assert item["departments_note"] is None
    assert item["scope"] is None and item["priority"] is None and item["marks"] == []
    assert item["summary"].startswith("対面での手続が必要なもの等を除き、「いつでも、どこでも、待たずに」")
    assert item["background"] == (
        "国の自治体DX推進計画において、地方公共団体が優先的にオンライン化を推進すべき手続が"
        "定められている中で、まだオンライン化されていない手続がある。"
    )
    assert item["purpose"].endswith("更なる市民の利便性向上と負担の軽減を図るため。")
    paragraphs = item["actions"].split("\n")
    assert paragraphs[0] == "今後は市民の利便性向上を考え、より多くの手続きにオンライン申請の導入を進める。"
    assert paragraphs[1].endswith("様々な手段でアプローチを行う。（一部実施中）")
    assert "<p>" not in item["actions"]
    assert item["indicators"] == [
        {
            "name": "オンライン申請件数",
            "kind": "KPI",
            "unit": "件",
            "direction": "increase",
            "baseline": {"fy": 2022, "value": 100, "text": "100件／令和4年度"},
            "targets": [],
            "actuals": [],
            "final_target": {"fy": 2025, "value": 250, "text": "250件／令和7年度"},
        },
        {
            "name": "オンライン申請化された手続件数",
            "kind": "KPI",
            "unit": "件",
            "direction": "increase",
            "baseline": {"fy": 2022, "value": 42, "text": "42件／令和4年度末"},
            "targets": [],
            "actuals": [],
            "final_target": {"fy": 2025, "value": 72, "text": "72件／令和7年度末"},
        },
    ]
    # 情報収集 runs over the whole chart; 目標達成 is a milestone; 拡大 from 令和7年度 on
    assert _spans(item) == {
        "他自治体の事例等の情報収集": [H1, H2, R6, R7, R8],
        "目標達成": [H1],
        "オンライン申請手続の拡大": [R7, R8],
    }
    assert item["budget"] == []


def test_card_3_mark_and_sub_unit(by_code):
    item = by_code["3"]
    assert item["title"] == "申請、届出、納付手続等の押印廃止及び電子化"
    assert item["marks"] == ["一部実施済"]
    assert item["departments"] == ["情報政策課", "行政経営課", "会計課", "財務課(契約室)"]
    assert item["departments_others"] is False
    assert item["indicators"] == []
    assert _spans(item) == {
        "請求書以外、実施済み": [H1],
        "請求書の押印や公印の見直しを検討": [H1, H2, R6, R7, R8],
        "関係例規等の改正を検討": [R7, R8],
    }


def test_card_6_half_years_and_other_departments(by_code):
    item = by_code["6"]
    assert item["title"] == "手数料等の支払いに対するキャッシュレス決済の導入"
    assert item["departments"][-1] == "文化財課"
    assert len(item["departments"]) == 8
    assert item["departments_note"] == "手数料等の支払がある課"  # after 「ほか」: the 関係課 are not named
    assert item["departments_others"] is True
    assert item["summary"].split("\n")[1] == "また、地方統一QRコードを導入し、利用者の選択の幅を広げる。"
    assert _spans(item) == {
        "導入に向けた調査": [H1],
        "市民課窓口導入": [H2],
        "拡充検討": [R6, R7, R8],
        "対象拡大に向けた推進": [R7, R8],
        "対象業務の拡大": [R7, R8],
    }
    (ind,) = item["indicators"]
    assert ind["name"] == "手数料に係るキャッシュレス決済件数"
    assert ind["baseline"] == {"fy": 2022, "value": 0, "text": "0件/令和4年度"}
    assert ind["final_target"] == {"fy": 2025, "value": 2000, "text": "2,000件/令和7年度"}
    assert ind["direction"] == "increase"


def test_card_10_sentence_target(by_code):
    item = by_code["10"]
    assert item["title"] == "自治体情報システムの標準化、共通化"
    assert item["section"] == "s2"
    assert in_charge(item) == (["情報政策課"], ["自治体情報システムを使用している課"])
    (ind,) = item["indicators"]
    sentence = "国が定める自治体情報システムの主要な20業務の標準化、共通化を令和7年度末までに実施する。"
    assert ind["name"] == sentence
    assert ind["baseline"] is None
    assert ind["final_target"] == {"fy": 2025, "value": None, "text": sentence}
    assert ind["unit"] == "" and ind["direction"] is None


def test_card_12_unit_before_note(by_code):
    (ind,) = by_code["12"]["indicators"]
    assert ind["name"] == "利用会議数"
    assert ind["unit"] == "業務"
    assert ind["baseline"] == {"fy": 2023, "value": 10, "text": "10業務（50時間以上の業務）／令和5年度"}
    assert ind["final_target"]["value"] == 30


def test_card_13_new_mark(by_code):
    item = by_code["13"]
    assert item["title"] == "生成AIの導入"
    assert item["marks"] == ["新規"]
    assert item["indicators"][0]["name"] == "業務効率化の向上（自己評価）"
    assert item["indicators"][0]["baseline"]["value"] == 50


def test_card_14_two_indicators_with_note_and_reduction(by_code):
    first, second = by_code["14"]["indicators"]
    assert first["name"] == "認証印刷システムの導入率"
    assert first["unit"] == "%"
    assert first["baseline"] == {
        "fy": 2022,
        "value": 34,
        "text": "34%/令和4年度（小中学校は別システムを検討しているため除く。）",
    }
    assert first["final_target"]["value"] == 100
    assert second["name"] == "紙の印刷枚数"
    assert second["baseline"] is None  # written "—"
    assert second["final_target"] == {"fy": 2025, "value": 5, "text": "令和4年度比 5%削減/令和7年度"}
    assert second["unit"] == "%削減"
    assert second["direction"] == "decrease"


def test_card_19_remark_is_not_a_department(by_code):
    item = by_code["19"]
    assert item["departments"] == ["情報政策課", "長寿介護課", "相談センター", "障がい福祉課", "社会福祉課"]
    assert item["departments_note"] == "(社会福祉課はタブレット導入済)"
    assert item["schedule"][-1] == {"fy": 2026, "half": None, "label": "運用開始"}


def test_card_22_text_baseline(by_code):
    (ind,) = by_code["22"]["indicators"]
    assert ind["baseline"] == {"fy": 2023, "value": None, "text": "未実施／令和5年度"}
    assert ind["final_target"] == {"fy": 2025, "value": 200, "text": "200個／令和7年度"}
    assert ind["unit"] == "個"
    assert in_charge(by_code["22"]) == ([], ["全課"])


def test_card_24_number_inside_the_phrase(by_code):
    first, second = by_code["24"]["indicators"]
    assert first["name"] == "Web研修及び会議の実施者の〇%がテレワークを実施"
    assert first["unit"] == "%"
    assert first["baseline"]["fy"] == 2023 and first["baseline"]["value"] == 20
    assert first["final_target"]["fy"] == 2025 and first["final_target"]["value"] == 50
    assert first["direction"] == "increase"
    assert second["name"] == "テレワークでの勤務や研修の経験がある職員"
    assert second["unit"] == "名"
    assert (second["baseline"]["value"], second["final_target"]["value"]) == (10, 100)


def test_card_25_without_indicators_or_schedule(by_code):
    item = by_code["25"]
    assert item["section"] == "s3"
    assert item["departments"] == ["行政経営課", "企画課", "情報政策課"]
    assert item["indicators"] == []
    assert item["schedule"] == []


def test_card_26_markup_removed_from_schedule_label(by_code):
    assert _spans(by_code["26"]) == {
        "どのようなデータが必要とされているか調査を実施し、データの有効な利活用を図る。": [H1, H2, R6, R7, R8]
    }
    (ind,) = by_code["26"]["indicators"]
    assert ind["final_target"] == {
        "fy": None,
        "value": None,
        "text": "調査等を実施し、必要なデータを洗い出す。",
    }


def test_card_27_remark_in_departments(by_code):
    assert by_code["27"]["departments"] == ["情報政策課"]
    assert by_code["27"]["departments_note"] == "全庁的な取り組み"


def test_card_28_increase_against_a_year(by_code):
    (ind,) = by_code["28"]["indicators"]
    assert ind["name"] == "スマホ操作教室の参加人数"
    assert ind["final_target"] == {"fy": 2025, "value": 20, "text": "令和6年度参加人数の20%増／令和7年度"}
    assert ind["unit"] == "%増"
    assert ind["direction"] == "increase"


def test_card_29_second_half_entries(by_code):
    assert _spans(by_code["29"]) == {
        "情報発信手段導入": [H1],
        "運用開始": [H2, R6, R7, R8],
        "情報発信手段検討": [H2],
        "防災無線デジタル化導入": [R6, R7, R8],
        "周知、情報発信": [R6, R7, R8],
    }
    (ind,) = by_code["29"]["indicators"]
    assert ind["baseline"] == {"fy": 2021, "value": 6794, "text": "6,794件／令和3年度"}


def test_card_31_last_card_of_the_file(by_code):
    item = by_code["31"]
    assert item["title"] == "国のガイドラインを踏まえた「伊豆の国市セキュリティポリシー」の見直し"
    assert item["section"] == "s5"
    assert _spans(item) == {
        "内容の検討": [H1, H2, R6, R7, R8],
        "継続的な内容の確認": [H1, H2, R6, R7, R8],
        "標準化の仕様に基づき見直し": [H2, R6, R7, R8],
    }
    assert item["indicators"][0]["final_target"]["fy"] == 2023


# --------------------------------------------------------------------------- repairs and damage


def test_departments_split_by_the_extraction_are_joined():
    names, others, note = izunokuni._departments("協働まちづくり 課 税務課 ほか")
    assert names == ["協働まちづくり課", "税務課"]
    assert others is True and note is None


def test_prose_sentence_breaks_become_paragraphs(by_code):
    assert by_code["10"]["summary"].split("\n") == [
        "自治体情報システムは、各自治体が独自に開発を行った結果、維持管理や制度改正による改修を"
        "個別に対応せざるを得なく、その管理やコストの負担が課題となっている。",
        "そのため、自治体情報システムの標準化、共通化を行うことで解決を狙う。",
    ]


def test_missing_card_header_still_reads_the_card_with_a_warning():
    lines = SEED.read_text(encoding="utf-8").split("\n")
    del lines[64]  # the 重点取組事項名 row of 管理番号 2 (line 65)
    plan = izunokuni.parse(_text_source("\n".join(lines)))
    titles = [item["title"] for item in plan["initiatives"]]
    assert "窓口業務の改革" in titles and len(titles) == 31
    card = next(item for item in plan["initiatives"] if item["title"] == "窓口業務の改革")
    assert card["code"] is None and card["section"] == "s1" and card["line"] == 65
    assert any(w["line"] == 65 for w in plan["warnings"])


def test_unreadable_row_becomes_a_warning():
    lines = SEED.read_text(encoding="utf-8").split("\n")
    lines.insert(60, "謎の行\tなにか")  # inside card 1, before its スケジュール row
    plan = izunokuni.parse(_text_source("\n".join(lines)))
    assert {"line": 61, "message": "事業カードの行を読み取れません: 謎の行 なにか"} in plan["warnings"]
    assert len(plan["initiatives"]) == 31


@pytest.mark.parametrize("fraction", [0.0, 0.05, 0.2, 0.35, 0.5, 0.77, 0.99])
def test_truncated_seed_parses_or_refuses(fraction):
    text = SEED.read_text(encoding="utf-8")
    cut = text[: int(len(text) * fraction)]
    try:
        plan = parse(cut.encode("utf-8"), filename="izunokuni.txt", layout="izunokuni")
    except ParseError as exc:
        assert str(exc)
        return
    validate(plan)
    codes = [item["code"] for item in plan["initiatives"]]
    assert codes == [str(n) for n in range(1, len(codes) + 1)]


def test_truncated_after_card_9_keeps_nine_cards():
    lines = SEED.read_text(encoding="utf-8").split("\n")
    plan = izunokuni.parse(_text_source("\n".join(lines[:162])))
    assert [item["code"] for item in plan["initiatives"]] == [str(n) for n in range(1, 10)]
    assert [s["code"] for s in plan["sections"]] == ["1"]


def test_text_without_cards_is_refused():
    with pytest.raises(ParseError):
        parse("伊豆の国市DX推進計画 アクションプラン\n目次\n".encode(), layout="izunokuni")
    with pytest.raises(ParseError):
        izunokuni.parse(_text_source("重点取組事項名\t1 x\t管理番号\t1\n"))


def test_page_break_inside_the_schedule_keeps_the_rows():
    lines = SEED.read_text(encoding="utf-8").split("\n")
    lines.insert(62, "")  # blank line between card 1's two Gantt rows (lines 62 and 63)
    plan = izunokuni.parse(_text_source("\n".join(lines)))
    assert plan["warnings"] == []
    assert len(_spans(plan["initiatives"][0])) == 3
