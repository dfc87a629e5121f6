"""The legend a progress report prints for its grades is kept with the plan (``importers.legends``): 鳴海台市's 「A:目標より
進んでいる、B:目標どおり進んでいる…」 on a line, 茜ヶ丘市's 「評価 | 基準」 table a grade a row, 水鏡市's 「Ａ：計画どおり…」 a
line each under a sentence, 芙蓉台市's markdown table of ◎○△×. Walked: the report form, the committee report and the
進捗管理表 showed 鳴海台市's 公表評価 as a bare 「A」, while the city's page said what A meant; the next city's B means
「概ね達成（80%以上）」, not 「目標どおり」. A legend is taken only where it names every grade the plan carries."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from shinchoku.importers import ParseError, parse
from shinchoku.importers.legends import grade_legend
from shinchoku.importers.planjson import validate

OTHER = Path(__file__).parent / "other"


def _pairs(plan: dict) -> list[tuple[str, str]]:
    return [(e["grade"], e["meaning"]) for e in plan["plan"].get("grade_legend") or []]


def test_a_legend_on_one_line_is_kept_with_the_plan() -> None:
    assert _pairs(parse(OTHER / "narumidai_kpi_web.txt")) == [
        ("A", "目標より進んでいる"),
        ("B", "目標どおり進んでいる"),
        ("C", "目標より遅れている"),
        ("D", "評価できない"),
    ]
    # the page itself (its legend a paragraph of the HTML) gives the same
    assert _pairs(parse(OTHER / "narumidai_kpi_web.html")) == _pairs(parse(OTHER / "narumidai_kpi_web.txt"))


def test_full_width_grades_apart_by_blanks_keep_the_documents_characters() -> None:
    # 「進捗の区分　Ａ：目標を上回っている　Ｂ：概ね目標どおり…」: the grades NFKC (as the plan's grades are), the words as written
    assert _pairs(parse(OTHER / "moegi_kpi_viewer.txt"))[:2] == [("A", "目標を上回っている"), ("B", "概ね目標どおり")]
    hayase = _pairs(parse(OTHER / "hayase_hyoka.txt"))
    assert hayase[0] == ("A", "順調（目標の達成に向けて順調に進んでいる）")  # full-width brackets kept


def test_a_legend_a_grade_a_row_under_its_heading() -> None:
    # 「評価	基準」 over 「Ａ	目標を上回るペースで進んでいる」 … 「－	実績を把握していない」
    assert _pairs(parse(OTHER / "plans38" / "akanegaoka_shinchoku_r6.txt")) == [
        ("A", "目標を上回るペースで進んでいる"),
        ("B", "おおむね目標どおりのペースで進んでいる"),
        ("C", "目標に対して遅れている"),
        ("D", "取組に着手していない、又は実績が基準値を下回っている"),
        ("-", "実績を把握していない"),
    ]
    # a grade and its colon a line, a blank line after the sentence that announces them
    assert _pairs(parse(OTHER / "mizukagami_chukan_hyoka.txt"))[3] == ("D", "着手できていない、又は見直しが必要")
    # symbols and their words apart by blanks under 「２　進捗の見方」
    assert _pairs(parse(OTHER / "plans19" / "kotoura_mura_shinchoku_kigou.txt"))[-1] == ("×", "未着手")
    # a markdown table of symbols under 「| 評価 | 基準 |」 and its rule
    assert _pairs(parse(OTHER / "plans31" / "fuyodai_chukan_hyoka_markdown.txt"))[0] == ("◎", "目標を達成した、又は達成が確実である")


def test_a_legend_inside_a_sentence_ends_with_its_words() -> None:
    # 「評価は、Ａ：目標を達成、Ｂ：目標の８割以上、Ｃ：目標の８割未満 としています。「－」は、実績がない年度…」
    assert _pairs(parse(OTHER / "shobudaira_heisei_saishu_hyoka.txt")) == [
        ("A", "目標を達成"),
        ("B", "目標の８割以上"),
        ("C", "目標の８割未満"),
    ]


def test_grades_printed_with_their_words_still_take_the_legend() -> None:
    # the 評価 column says 「A(順調)」; the legend 「A：順調　B：概ね順調…」 is kept for the pages' note
    assert _pairs(parse(OTHER / "asahigaoka_shinchoku.txt"))[:2] == [("A", "順調"), ("B", "概ね順調")]


LINES = ["進捗の評価", "A:目標を達成、B:概ね達成、C:未達成"]


@pytest.mark.parametrize(
    ("lines", "grades"),
    [
        # a plan graded D where the legend stops at C: the legend is another scale's (the committee's, say)
        (LINES, {"A", "D"}),
        # an outline 「A 行政手続…」「B 窓口…」 is no legend, though a plan graded A and B
        (["施策の一覧", "A 行政手続のオンライン化", "B 窓口の利便性の向上"], {"A", "B"}),
        (["進捗状況", "A 行政手続のオンライン化", "B 窓口の利便性の向上"], {"A", "B"}),
        # nor lettered with colons under its chapter
        (["１　基本方針", "Ａ：行政手続のオンライン化", "Ｂ：窓口の利便性の向上", "Ｃ：業務の効率化"], {"A", "B"}),
        # grades out of order or a gap (A, C) are no legend
        (["評価 A:達成、C:未達成"], {"A", "C"}),
        # a sentence after 「A:」 is a paragraph, not a grade's words
        (["A:" + "令和６年度は電子申請の対象手続を拡大し、" * 4, "B:概ね達成"], {"A", "B"}),
        # 「施策A:」「施策B:」 name 施策, no grades
        (["施策A:電子申請の拡充、施策B:窓口改革"], {"A", "B"}),
        # a summary of the year's grades counts them; it says nothing of what they mean
        (["令和6年度の評価は A:12指標、B:8指標、C:3指標 でした。"], {"A", "B", "C"}),
        (["前年度のA：5件からB：7件に増えた。"], {"A", "B"}),
        (["評価区分\t令和5年度\t令和6年度", "Ａ\t２件\t４件", "Ｂ\t３件\t２件"], {"A", "B"}),
        # a KPI table's header (its 基準値) over rows lettered A and B is a table, not a legend
        (["番号\t取組\t基準値\t目標値\t評価", "A\t電子申請の拡充\t120件\t300件\tB", "B\t窓口改革\t3課\t10課\tA"], {"A", "B"}),
        # a word with a long vowel before a colon (「サーバー：」) is no grade 「ー」
        (["A：目標達成、B：未達成、サーバー：更新済"], {"A", "B", "ー"}),
    ],
)
def test_no_legend_where_none_is_printed(lines: list[str], grades: set[str]) -> None:
    assert grade_legend(lines, grades) is None


def test_an_outline_lettered_alike_before_the_legend_is_passed_over() -> None:
    lines = ["１　基本方針", "Ａ：行政手続のオンライン化", "Ｂ：窓口の利便性の向上", "２　評価の方法",
             "　取組ごとに担当課が自己評価を行いました。評価の区分は次のとおりです。", "",
             "　Ａ：計画どおり進んでいる", "　Ｂ：概ね計画どおり進んでいる"]  # fmt: skip
    assert grade_legend(lines, {"A", "B"}) == [
        {"grade": "A", "meaning": "計画どおり進んでいる"},
        {"grade": "B", "meaning": "概ね計画どおり進んでいる"},
    ]


def test_a_grades_words_end_before_a_note() -> None:
    legend = grade_legend(["評価　A：目標達成、B：概ね達成、C：未達成 ※達成率80%以上をBとする"], {"A", "B", "C"})
    assert legend is not None and legend[-1] == {"grade": "C", "meaning": "未達成"}
    # 〇 and ○ are one grade, whichever the legend and the plan print
    assert grade_legend(["評価　◎：達成、〇：概ね達成、△：遅れ"], {"○", "△"}) is not None


def test_the_first_legend_naming_every_grade_is_taken() -> None:
    lines = ["自己評価　A：達成　B：未達成", "委員会の評価　A：十分　B：概ね十分　C：不十分"]
    assert grade_legend(lines, {"A", "C"}) == [
        {"grade": "A", "meaning": "十分"},
        {"grade": "B", "meaning": "概ね十分"},
        {"grade": "C", "meaning": "不十分"},
    ]


def test_a_plan_json_files_legend_is_checked_as_hostile_input() -> None:
    plan = parse(OTHER / "narumidai_kpi_web.txt")
    validate(plan)
    plan["plan"]["grade_legend"] = [{"grade": "A", "meaning": "x" * 5000}]
    with pytest.raises(ParseError, match="grade_legend"):
        validate(plan)
    plan["plan"]["grade_legend"] = "A:よい"
    with pytest.raises(ParseError, match="grade_legend"):
        validate(plan)
    for legend in ([{"grade": " ", "meaning": "\n"}], [{"grade": "A", "meaning": "よい"}, {"grade": "A", "meaning": "悪い"}]):
        plan["plan"]["grade_legend"] = legend
        with pytest.raises(ParseError, match="grade_legend"):
            validate(plan)


def test_a_plan_json_file_of_grades_in_another_shape_is_read_as_before() -> None:
    """A Plan JSON file carries its legend or none: it is not searched, and grades written as strings (not entries)
    are no grades of a legend — the file reads as it did."""
    plan = parse(OTHER / "narumidai_kpi_web.txt")
    del plan["plan"]["grade_legend"]
    plan["initiatives"][0]["indicators"][0]["evaluations"] = ["A"]
    read = parse(json.dumps(plan).encode(), filename="narumidai.json")
    assert "grade_legend" not in read["plan"]
    assert read["initiatives"][0]["indicators"][0]["evaluations"] == ["A"]


def test_a_workbooks_legend_in_a_cell_of_its_cover_sheet() -> None:
    # 青嵐市's 進捗管理表: 「自己評価　A：目標を達成　B：概ね達成（80%以上）…」 in a cell of 「表紙」, the grades on the 課's sheets
    from .other import tabledocs10

    plan = parse(tabledocs10.seiran_xlsx(), filename="seiran.xlsx")
    assert _pairs(plan)[:2] == [("A", "目標を達成"), ("B", "概ね達成（80%以上）")]


def test_grades_in_words_take_the_legend_that_names_them() -> None:
    # 七瀬市: 「順調　　　：目標値の達成に向けて計画どおり進んでいる」 … 「―　　　　：実績が確定していないため評価しない」
    assert _pairs(parse(OTHER / "nanase_seireki_hyoka.txt")) == [
        ("順調", "目標値の達成に向けて計画どおり進んでいる"),
        ("概ね順調", "一部に遅れがあるが、目標値の達成が見込まれる"),
        ("遅れ", "目標値の達成が難しい状況にある"),
        ("―", "実績が確定していないため評価しない"),
    ]
    # words that are not the plan's grades (a list of 「目的：…」「手段：…」 under 評価) are none
    lines = ["評価の方法", "目的：電子申請の拡充", "手段：窓口の見直し"]
    assert grade_legend(lines, {"順調", "遅れ"}) is None
