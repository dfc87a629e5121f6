"""伊豆の国市's cards in hand-written excerpts of pdftotext output: the rules without Chromium.

``-layout`` (labelcolumn.restore_label_cards): labels wrapped in their narrow column
(「重点取\\n組事項\\n名」), an inline label wrapped too (「管理番\\n号」), a 担当課 list wrapped in its
cell, 基準値 and 目標値 as the second column of one row, a 工程表 whose years wrap (「令和\\n8年度」).
Positions are character positions, as pdftotext sets them.

plain (izunokuni_flow.restore_flow_cards): the same card in reading-flow order, values away from
their labels. test_extractors_izunokuni.py asserts the same on the printed sample.
"""

from __future__ import annotations

from typing import Any

from shinchoku.importers import parse
from shinchoku.importers.cells import Labels
from shinchoku.importers.izunokuni import LABELS
from shinchoku.importers.izunokuni_flow import restore_flow_cards
from shinchoku.importers.labelcolumn import labels_in, restore_label_cards

from ..conftest import SEED_FILES
from .scoring import in_charge


def _at(*pieces: tuple[int, str]) -> str:
    """A line with each text at its character position."""
    line = ""
    for position, text in pieces:
        line = line.ljust(position) + text
    return line


COVER = ["伊豆の国市DX推進計画 アクションプラン", "", "重点取組事項 1 行政サービスをより便利に"]

LAYOUT = [
    *COVER,
    _at((0, "重点取"), (6, "1 行政サービスをより便利に"), (52, "管理番"), (60, "5")),
    _at((0, "組事項"), (52, "号")),
    _at((0, "名")),
    _at((0, "事業名"), (6, "オンライン相談の導入"), (52, "担当課"), (60, "市民課 長寿介護課")),
    _at((60, "相談センター 健康")),
    _at((60, "づくり課 窓口があ")),
    _at((60, "る課")),
    _at((0, "概要"), (6, "市民が、自宅等、場所を選ばず本市職員に対して質問・相談")),
    _at((6, "できるようにするため、環境を整備する。")),
    _at((0, "評価指"), (6, "基準値"), (40, "オンライン相談実施事")),
    _at((0, "標"), (40, "業数 0事業／令和5年度")),
    _at((7, "目標値"), (40, "オンライン相談実施事")),
    _at((40, "業数 4事業／令和7年度")),
    _at(
        (0, "スケジ"),
        (6, "令和5年度(前期)"),
        (38, "令和5年度(後"),
        (50, "令和6"),
        (58, "令和7年度"),
        (72, "令和"),
    ),
    _at((0, "ュール"), (38, "期)"), (50, "年度"), (72, "8年度")),
    _at((6, "環境整備済み"), (50, "オンライン相談の導入")),
    _at((6, "オンライン相談の導入検討"), (58, "対象事業の拡大")),
    "",
    "\f" + _at((30, "- 2 -")),
]

PLAIN = [
    *COVER,
    "重点取",
    "組事項",
    "名",
    "",
    "1 行政サービスをより便利に",
    "",
    "管理番",
    "号",
    "",
    "5",
    "",
    "事業名",
    "",
    "担当課",
    "",
    "市民課 長寿介護課",
    "相談センター 健康",
    "づくり課 窓口があ",
    "る課",
    "",
    "令和6",
    "年度",
    "",
    "オンライン相談の導入",
    "",
    "概要",
    "",
    "市民が、自宅等、場所を選ばず本市職員に対して質問・相談できるようにするため、環境を整備する。",
    "評価指 基準値",
    "標",
    "目標値",
    "",
    "スケジ 令和5年度(前期)",
    "ュール",
    "",
    "オンライン相談実施事",
    "業数 0事業／令和5年度",
    "オンライン相談実施事",
    "業数 4事業／令和7年度",
    "令和5年度(後期)",
    "",
    "環境整備済み",
    "オンライン相談の導入検討",
    "",
    "\f- 2 -",
]


def _only(text: list[str]) -> dict[str, Any]:
    plan = parse("\n".join(text).encode(), filename="izunokuni.txt")
    assert plan["plan"]["source"]["layout"] == "izunokuni"
    [item] = plan["initiatives"]
    return item


def _assert_card(item: dict[str, Any]) -> None:
    assert (item["code"], item["title"]) == ("5", "オンライン相談の導入")
    assert in_charge(item) == (["市民課", "長寿介護課", "相談センター", "健康づくり課"], ["窓口がある課"])
    [indicator] = item["indicators"]
    assert indicator["name"] == "オンライン相談実施事業数"
    assert (indicator["baseline"]["fy"], indicator["baseline"]["value"]) == (2023, 0)
    assert (indicator["final_target"]["fy"], indicator["final_target"]["value"]) == (2025, 4)


def test_a_card_whose_labels_wrap_in_their_column() -> None:
    item = _only(LAYOUT)
    _assert_card(item)
    assert (
        item["summary"]
        == "市民が、自宅等、場所を選ばず本市職員に対して質問・相談できるようにするため、環境を整備する。"
    )
    schedule = {(s["fy"], s["half"], s["label"]) for s in item["schedule"]}
    assert (2023, 1, "環境整備済み") in schedule  # a milestone stays in its half
    assert {(fy, half) for fy, half, label in schedule if label == "オンライン相談の導入"} == {
        (2024, None),
        (2025, None),
        (2026, None),
    }
    assert {(fy, half) for fy, half, label in schedule if label == "対象事業の拡大"} == {
        (2025, None),
        (2026, None),
    }


def test_the_same_card_in_reading_flow_order() -> None:
    plan = parse("\n".join(PLAIN).encode(), filename="izunokuni.txt")
    [item] = plan["initiatives"]
    _assert_card(item)
    # the 工程表 without its columns: the header's periods (R5 前期 / R5 後期 / R6, pieces the
    # flow scattered) and the steps in their order, the milestone in the first period
    assert [(s["fy"], s["half"], s["label"]) for s in item["schedule"]] == [
        (2023, 1, "環境整備済み"),
        (2023, 2, "オンライン相談の導入検討"),
        (2024, None, "オンライン相談の導入検討"),
    ]
    assert any("順に割り振った推定" in w["message"] for w in plan["warnings"])


def test_the_rows_restored_from_the_label_column() -> None:
    labels = Labels(
        rows=("重点取組事項名", "事業名", "概要", "評価指標", "スケジュール"),
        inline=("管理番号", "担当課"),
        sub=("基準値", "目標値"),
        grid=("スケジュール",),
    )
    restored = restore_label_cards(LAYOUT, labels)
    assert restored is not None
    rows, where = restored
    assert rows[2] == "重点取組事項名\t1 行政サービスをより便利に\t管理番号\t5"
    assert (
        rows[3]
        == "事業名\tオンライン相談の導入\t担当課\t市民課 長寿介護課 相談センター 健康づくり課 窓口がある課"
    )
    assert rows[5:7] == [
        "評価指標\t基準値\tオンライン相談実施事業数 0事業／令和5年度",
        "\t目標値\tオンライン相談実施事業数 4事業／令和7年度",
    ]
    assert rows[7] == "スケジュール\t令和5年度(前期)\t令和5年度(後期)\t令和6年度\t令和7年度\t令和8年度"
    assert rows[8] == "\t環境整備済み\t\tオンライン相談の導入\t\t"
    # each row names the line of the text it starts on (1-based)
    assert [where[2], where[3], where[7]] == [4, 7, 17]
    # text whose cells are joined by single blanks is not column-aligned: cells.restore's
    assert restore_label_cards([" ".join(line.split()) for line in LAYOUT], labels) is None


def test_label_fragments_spell_labels() -> None:
    labels = ("重点取組事項名", "評価指標")
    # the heading 「重点取組事項 1 …」 spells no label; the card's first label follows it
    spans = labels_in(["重点取組事項", "重点取", "組事項", "名"], labels)
    assert [(s.first, s.end, s.label) for s in spans] == [(1, 4, "重点取組事項名")]
    # in reading flow a fragment may run into its value, or a value line stand between two
    [glued] = labels_in(["評価指", "標がテレワークを実施"], labels, glued=True)
    assert (glued.label, glued.tail) == ("評価指標", "がテレワークを実施")
    [apart] = labels_in(["評価指", "Web研修及び会議の実施者の20%", "標"], labels, glued=True)
    assert (apart.label, apart.skipped) == ("評価指標", (1,))
    assert labels_in(["評価指", "標がテレワークを実施"], labels) == []


def test_blanks_lost_where_a_cell_wrapped() -> None:
    """A PDF reader joins a cell's wrapped lines without the blank that stood there: 「市民課ほか」,
    「AI-OCR、RPAの導入数13件」, 「企画課市民課」 read as the text's 「市民課 ほか」 … do."""
    text = (
        SEED_FILES["izunokuni"]
        .read_text(encoding="utf-8")
        .replace("担当課\t市民課 ほか", "担当課\t市民課ほか")
        .replace("RPAの導入数 13件", "RPAの導入数13件")
        .replace("担当課\t企画課 市民課", "担当課\t企画課市民課")
    )
    plan = parse(text.encode(), filename="izunokuni.txt")
    by_code = {i["code"]: i for i in plan["initiatives"]}
    assert (by_code["2"]["departments"], by_code["2"]["departments_others"]) == (["市民課"], True)
    assert by_code["7"]["departments"] == ["企画課", "市民課"]
    [indicator] = by_code["11"]["indicators"]
    assert indicator["name"] == "AI-OCR、RPAの導入数"
    assert (indicator["final_target"]["fy"], indicator["final_target"]["value"]) == (2025, 13)


def test_the_same_card_with_each_printed_line_on_one_line() -> None:
    """pdfplumber's extract_text: each printed line's cells joined by single blanks, the labels
    wrapped in their narrow column — 「管理番号」 spelled by words past the first column of four
    lines (「… 管理番 5」「組事項 号」), the 工程表's header run into its steps."""
    item = _only([" ".join(line.split()) for line in LAYOUT])
    _assert_card(item)
    schedule = [(s["fy"], s["half"], s["label"]) for s in item["schedule"]]
    assert schedule[0] == (2023, 1, "環境整備済み")  # the milestone's word ends a step
    assert {(fy, half) for fy, half, _ in schedule} == {
        (2023, 1),
        (2023, 2),
        (2024, None),
        (2025, None),
        (2026, None),
    }


#: Two cards as pdfminer gives them: the first card's right-hand labels and values at the top,
#: then each card's left column (labels, 事業名, prose, the chart's first column); the rest of
#: the first card's right-hand column (評価指標 values, the chart's later years and steps) after
#: the second card's prose; the second card's 管理番号 and values last.
STREAMS = [
    "伊豆の国市DX推進計画 アクションプラン",
    "",
    "重点取組事項 1 行政サービスをより便利に",
    "",
    "管理番号",
    "",
    "担当課",
    "",
    "1",
    "",
    "情報政策課 学校教育課",
    "",
    "重点取組事項名",
    "",
    "1 行政サービスをより便利に",
    "",
    "事業名 行政手続のオンライン化の推進",
    "",
    "概要",
    "",
    "行政手続が行える環境を構築し、市民の利便性向上を図る。",
    "",
    "評価指標",
    "",
    "基準値",
    "",
    "目標値",
    "",
    "スケジュール",
    "",
    "令和5年度(前期)",
    "",
    "他自治体の事例等の情報収集",
    "",
    "重点取組事項名",
    "",
    "1 行政サービスをより便利に",
    "",
    "事業名 窓口業務の改革",
    "",
    "概要",
    "",
    "申請書等を可能な限り減らす（書かない窓口）ことで、市民の負担軽減を図る。",
    "",
    "オンライン申請件数 100件／令和4年度",
    "",
    "オンライン申請件数 250件／令和7年度",
    "",
    "令和6年度",
    "",
    "令和7年度",
    "",
    "オンライン申請手続の拡大",
    "",
    "評価指標",
    "",
    "基準値",
    "",
    "目標値",
    "",
    "スケジュール",
    "",
    "令和5年度(前期)",
    "",
    "窓口業務の抜本的な改善の検討",
    "",
    "管理番号",
    "",
    "2",
    "",
    "担当課 市民課 ほか",
    "",
    "—",
    "",
    "書かない窓口の導入／令和7年度",
    "",
    "令和6年度",
    "",
    "スモール運用開始",
]


def test_cards_whose_right_hand_column_comes_as_a_stream_of_its_own() -> None:
    restored = restore_flow_cards(STREAMS, LABELS, zipped=True)
    assert restored is not None
    rows, where = restored
    cards = [row for row in rows if "\t" in row]
    assert cards[:4] == [
        "重点取組事項名\t1 行政サービスをより便利に\t管理番号\t1",
        "事業名\t行政手続のオンライン化の推進\t担当課\t情報政策課 学校教育課",
        "評価指標\t基準値\tオンライン申請件数 100件／令和4年度",
        "\t目標値\tオンライン申請件数 250件／令和7年度",
    ]
    assert cards[5].split("\t")[1:] == ["他自治体の事例等の情報収集", "", "オンライン申請手続の拡大", ""]
    assert cards[6:10] == [
        "重点取組事項名\t1 行政サービスをより便利に\t管理番号\t2",
        "事業名\t窓口業務の改革\t担当課\t市民課 ほか",
        "評価指標\t基準値\t—",
        "\t目標値\t書かない窓口の導入／令和7年度",
    ]
    assert "スモール運用開始" in cards[11]
    # the rows name the line of their card's first label
    assert STREAMS[where[rows.index(cards[6])] - 1] == "重点取組事項名"
    # the streams are paired by count: a card without its 管理番号 label cannot be placed
    lost = list(STREAMS)
    lost.remove("管理番号")  # the first card's
    assert restore_flow_cards(lost, LABELS, zipped=True) is None
