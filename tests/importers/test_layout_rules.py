"""The rules the layouts share (importers/text.py, importers/layout.py): page furniture, marks in a
title, 工程表 labels that continue, two figures in one cell."""

from __future__ import annotations

from shinchoku.importers import Source, parse
from shinchoku.importers.layout import without_furniture
from shinchoku.importers.text import is_page_number, label_spans, page_furniture, split_figures, title_marks

from . import variants


def test_page_numbers_are_recognised_by_shape() -> None:
    assert all(is_page_number(t) for t in ["- 12 -", "－12－", "12/40", "12 / 40", "P.3", "3ページ", "（5）"])
    assert not any(is_page_number(t) for t in ["12", "1-1-1", "令和5年度", "100%", "R4", "→"])


def test_office_footers_are_page_numbers() -> None:
    """Calc's 「ページ 1 / 3」 and Excel's 「1 / 3 ページ」 footers (檜山町's 進捗管理表 through pdftotext: the footer ran into
    row 4's 基準値 as 「ページ 1」 and 「800/ 3」); a word with ページ in it is none."""
    assert all(is_page_number(t) for t in ["ページ 1 / 3", "ページ 2", "1 / 3 ページ", "1/3ページ", "Page 1 of 3"])
    assert not any(is_page_number(t) for t in ["ページ数 3", "ホームページ", "ページ"])


def test_samples_have_no_furniture() -> None:
    for layout in variants.LAYOUTS:
        assert page_furniture(variants.sample(layout).split("\n")) == set(), layout


def test_running_header_and_footer_go_with_the_page_numbers() -> None:
    lines = ["大野城市DX推進計画", "", "本文1", "表の行", "大野城市", "- 1 -", "大野城市DX推進計画", "表の行"]
    lines += ["本文2", "大野城市", "2/40", "大野城市DX推進計画", "本文3"]
    assert page_furniture(lines) == {4, 5, 6, 9, 10, 11}


def test_numbers_in_sequence_two_on_a_page_are_rows_not_page_numbers() -> None:
    """A reading-flow table's row numbers (「1」「市民向け」 … 「2」「市民向け」) are numbers in
    sequence before one repeated line, as a pasted text's page numbers are; where the text keeps
    its page breaks, two of them on one page tell them apart."""
    rows = ["1", "市民向け", "手話動画", "2", "市民向け", "議会報告会", "3", "市民向け", "オープンデータ"]
    lines = ["計画", "", "\f情報化の取組", "NO 区分", *rows, "\f続き", "NO 区分", "4", "市民向け", "窓口"]
    dropped = {lines[i] for i in page_furniture(lines)}
    assert not dropped & {"1", "2", "3", "4", "市民向け"}, dropped
    pages = ["本文1", "12", "北湖町DX計画", "本文2", "13", "北湖町DX計画", "本文3", "14", "北湖町DX計画"]
    assert {1, 4, 7} <= page_furniture(pages)  # pasted page by page: no page breaks kept


def test_a_chapters_heading_atop_a_page_of_that_chapter_is_its_running_header() -> None:
    """「第５章　…」 printed where the chapter starts, then again atop a page of it (an item running on over the page): the
    second is the running header, the first the heading; a 目次's list of the chapters above them changes neither."""
    lines = ["杉森市ＤＸ推進計画", "情報政策課", "― 1 ―", "目次", "第４章　重点取組事項", "第５章　併せて取り組むべき事項"]
    lines += ["", "第４章　重点取組事項", "本文", "第５章　併せて取り組むべき事項", "①　地域公共交通のデジタル化"]
    lines += ["担当課：都市計画課", "情報政策課", "― 9 ―", "第５章　併せて取り組むべき事項", "成果指標：…", "情報政策課"]
    lines += ["― 10 ―", "第６章　推進体制", "本文"]
    dropped = page_furniture(lines)
    assert {lines[i] for i in dropped} == {"情報政策課", "― 1 ―", "― 9 ―", "― 10 ―", "第５章　併せて取り組むべき事項"}
    assert {i for i in dropped if lines[i].startswith("第")} == {14}


def test_a_table_header_at_a_pages_foot_is_not_a_running_footer() -> None:
    """A spreadsheet's print repeats the table's header rows, and on some pages they end the page
    (the rows follow on the next): the header's line of years, on the first page too, is not a
    footer that repeats the cover (before: 新発田市's Calc print lost its 実績値 years there, and
    the columns of the rows after them were measured without them: NO 14's 実績値 moved)."""
    years = "                    令和3年度末        令和4年度末        令和5年度末"
    header = ["NO    区分     施策分野      KPI       実績値 (KPI)", years]
    lines = ["新発田市情報化推進計画", *header, "1  市民向け  情報発信  手話動画  (未実施)"]
    lines += [*header, "     - 1 -", "\f新発田市情報化推進計画", "2  市民向け  情報発信  視聴者数  53名"]
    lines += ["3  市民向け  情報発信  公開件数  7件", "     - 2 -", "\f新発田市情報化推進計画"]
    lines += ["4  市民向け  情報発信  GIS  20,000件", *header, "     - 3 -", "\f新発田市情報化推進計画"]
    lines += ["5  庁内向け  行政運営  電子決裁  80%", "     - 4 -"]
    dropped = page_furniture(lines)
    assert {lines[i].strip("\f ") for i in dropped} == {"- 1 -", "- 2 -", "- 3 -", "- 4 -", "新発田市情報化推進計画"}
    assert 0 not in dropped  # the cover's title itself


def test_furniture_lines_are_dropped_and_line_numbers_point_into_the_file() -> None:
    text = "a\nb\n- 1 -\nc"
    clean, lines = without_furniture(Source("x.txt", text.encode(), text))
    assert clean.lines == ["a", "b", "c"]
    assert lines == [1, 2, 4]


def test_marks_leave_the_title() -> None:
    assert title_marks("生成AIの導入【新規】") == ("生成AIの導入", ["新規"])
    assert title_marks("【新】【完了】電子申請の拡充") == ("電子申請の拡充", ["新", "完了"])
    assert title_marks("デジタル【情報化】の推進") == ("デジタル【情報化】の推進", [])
    assert title_marks("【RPA】業務の拡充【完了】") == ("業務の拡充", ["RPA", "完了"])


def test_a_label_continues_up_to_the_next_label() -> None:
    # 「検討 | 導入 | | 」: 検討 in the first year, 導入 from the second to the fourth
    assert label_spans(["検討", "導入", "", ""], 4) == [(0, 0), (1, 3)]
    assert label_spans(["", "調査・研究", "", "運用"], 4) == [(1, 2), (3, 3)]
    # a milestone stays in its own year; cells beyond the year columns belong to no span
    assert label_spans(["導入済み", "", "", "運用", "", "x"], 5) == [(0, 0), (3, 4)]


def test_two_figures_with_units_in_one_cell() -> None:
    assert split_figures("4,000人 100事業所") == ["4,000人", "100事業所"]
    assert split_figures("100 世帯 20 件") == ["100 世帯", "20 件"]
    assert split_figures("40 手続") == ["40 手続"]
    assert split_figures("1 (試行)") == ["1 (試行)"]
    assert split_figures("令和6年度 10%") == ["令和6年度 10%"]


def test_nobeoka_cell_with_two_figures_gives_two_indicators() -> None:
    # samples/plans/nobeoka.txt line 481: K P I (参加者総数) (事業所総数) | 4,000人 100事業所 | …
    plan = parse(variants.SAMPLES / "nobeoka.txt")
    item = next(i for i in plan["initiatives"] if i["title"] == "健康マイレージアプリの利用促進")
    assert [(i["name"], i["unit"]) for i in item["indicators"]] == [
        ("参加者総数", "人"),
        ("事業所総数", "事業所"),
    ]
    assert [t["value"] for t in item["indicators"][1]["targets"]] == [100, 120, 140, 160, 180]
    # one name over cells of two figures: one indicator per unit
    text = variants.sample("nobeoka").replace("K P I (参加者総数) (事業所総数)", "K P I (参加者数)")
    plan = parse(text.encode(), filename="nobeoka.txt")
    item = next(i for i in plan["initiatives"] if i["title"] == "健康マイレージアプリの利用促進")
    assert [i["name"] for i in item["indicators"]] == ["参加者数（人）", "参加者数（事業所）"]
    assert item["indicators"][0]["targets"][-1] == {"fy": 2025, "value": 8000, "text": "8,000人"}


def test_marks_in_a_title_become_marks_in_every_layout() -> None:
    # samples/plans/izunokuni.txt line 203: 事業名 生成AIの導入【新規】
    plan = parse(variants.SAMPLES / "izunokuni.txt")
    item = next(i for i in plan["initiatives"] if i["code"] == "13")
    assert (item["title"], item["marks"]) == ("生成AIの導入", ["新規"])
    text = variants.sample("onojo").replace("① オンライン申請の拡充", "① オンライン申請の拡充【完了】")
    plan = parse(text.encode(), filename="onojo.txt")
    assert (plan["initiatives"][0]["title"], plan["initiatives"][0]["marks"]) == (
        "オンライン申請の拡充",
        ["完了"],
    )


def test_a_block_the_rules_did_not_foresee_costs_only_itself(monkeypatch) -> None:
    from shinchoku.importers import hita, onojo

    real = hita._parse_block

    def broken_on_1_1_3(block, ref, plan):  # the block of 取組番号 1-1-3 (line 84)
        if block.line == 84:
            raise IndexError("unforeseen")
        return real(block, ref, plan)

    monkeypatch.setattr(hita, "_parse_block", broken_on_1_1_3)
    plan = parse(variants.SAMPLES / "hita.txt")
    assert len(plan["initiatives"]) == 64
    assert "1-1-3" not in {i["code"] for i in plan["initiatives"]}
    (warning,) = [w for w in plan["warnings"] if w["line"] == 84]
    assert "取組の表を読み取れない" in warning["message"]

    real_table = onojo._card_table

    def broken_card(state, start, rows):  # 取組Ⅰ-1 ② (line 340)
        if start == 340:
            raise KeyError("unforeseen")
        return real_table(state, start, rows)

    monkeypatch.setattr(onojo, "_card_table", broken_card)
    plan = parse(variants.SAMPLES / "onojo.txt")
    assert len(plan["initiatives"]) == 29
    assert any(w["line"] == 340 and "表を読み取れない" in w["message"] for w in plan["warnings"])


def test_a_layouts_reading_no_store_takes_is_no_reading(monkeypatch) -> None:
    """A layout that took another shape of text for its own can make a plan no store takes (a
    whole page read as one 施策's name, 3,200 characters): that is no reading, and the next reader
    is asked, as when the layout fails — not the whole file refused for the layout's mistake."""
    from shinchoku.importers import izunokuni

    real = izunokuni.parse

    def page_as_a_section(source):
        plan = real(source)
        plan["sections"][0]["title"] = "施策" * 1600
        return plan

    monkeypatch.setattr(izunokuni, "parse", page_as_a_section)
    plan = parse(variants.SAMPLES / "izunokuni.txt")
    assert plan["plan"]["source"]["layout"] == "generic"
    assert "表の行と列を読み取れませんでした（施策体系 s1: 3,200文字あり" in plan["warnings"][0]["message"]
    assert all(len(s["title"]) <= 1000 for s in plan["sections"])
    assert len(plan["initiatives"]) >= 20
