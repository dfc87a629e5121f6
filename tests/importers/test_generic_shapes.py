"""The shape readers on the document model directly: what a PDF reader's pages look like.

A PDF table comes as one Table per page: the header repeated on each page, or only on the first,
a merged title cell running over a page break. The label dictionary and the date repair are
checked on the spellings plans use.
"""

from __future__ import annotations

import pytest

from shinchoku.importers import parse
from shinchoku.importers.document import Cell, Document, Line, Location, Page, Table
from shinchoku.importers.labels import Column, classify
from shinchoku.importers.repairs import date_code
from shinchoku.importers.shapes.common import Collector, indicator_from_text
from shinchoku.importers.shapes.tables import read_tables

HEADER = ["番号", "取組名", "担当課", "指標", "目標値"]


def _table(page: int, rows: list[list[str | Cell]]) -> Table:
    cells = [[c if isinstance(c, Cell) else Cell(c) for c in row] for row in rows]
    return Table(
        rows=cells,
        location=Location(page=page, line=1),
        row_locations=[Location(page=page, line=n) for n in range(1, len(rows) + 1)],
    )


def test_pdf_pages_with_and_without_repeated_headers():
    document = Document(
        kind="pdf",
        pages=[
            Page(
                1,
                [
                    Line("桜台市DX推進計画", Location(page=1, line=1)),
                    _table(1, [HEADER, ["1", "電子申請", "総務課", "手続数", "100件"]]),
                ],
            ),
            Page(
                2,
                [
                    _table(
                        2,
                        [
                            HEADER,
                            ["2", "窓口改革", "市民課", "待ち時間", "10分"],
                            ["", Cell("窓口改革", "above"), "", "満足度", "80%"],
                        ],
                    )
                ],
            ),
            Page(3, [_table(3, [["3", "RPA導入", "企画課", "業務数", "20業務"], ["", "", "", "", ""]])]),
        ],
    )
    collector = Collector()
    assert read_tables(document, collector) == 3
    assert [(i["code"], i["title"], i["page"]) for i in collector.initiatives] == [
        ("1", "電子申請", 1),
        ("2", "窓口改革", 2),
        ("3", "RPA導入", 3),
    ]
    assert [d["name"] for d in collector.initiatives[1]["indicators"]] == ["待ち時間", "満足度"]


def test_a_heading_row_above_a_page_break_heads_the_rows_after_it():
    """笠間市's 進捗状況一覧 printed by Chromium: 「基本目標3 地域社会のデジタル化」, a row of the table merged across it,
    is the last row of page 1, and its initiatives follow on page 2 under the repeated header (first walked: their
    施策体系 empty, and importing the PDF into the plan read from Excel would have removed theirs). A heading's title
    keeps its brackets as printed, as an initiative's title does."""

    def heading(text: str) -> list[str | Cell]:
        return [text, *(Cell(text, "left") for _ in HEADER[1:])]

    document = Document(
        kind="pdf",
        pages=[
            Page(
                1,
                [
                    _table(
                        1,
                        [
                            HEADER,
                            heading("基本目標2 行政運営の効率化（ＢＰＲ）"),
                            ["2-1-1", "RPAの活用", "情報政策課", "RPA導入業務数", "30業務"],
                            heading("基本目標3 地域社会のデジタル化"),
                        ],
                    )
                ],
            ),
            Page(2, [_table(2, [HEADER, ["3-1-1", "スマホ教室", "生涯学習課", "参加者数", "1,500人"]])]),
        ],
    )
    collector = Collector()
    read_tables(document, collector)
    titles = {s["key"]: s["title"] for s in collector.sections}
    assert [(i["code"], titles[i["section"]]) for i in collector.initiatives] == [
        ("2-1-1", "行政運営の効率化（BPR）"),  # its brackets as printed (first walked: 「(BPR)」), its letters folded
        ("3-1-1", "地域社会のデジタル化"),
    ]


def test_warning_names_page_and_line():
    document = Document(
        kind="pdf", pages=[Page(4, [_table(4, [HEADER, ["", "", "総務課", "手続数", "100件"]])])]
    )
    collector = Collector()
    read_tables(document, collector)
    assert collector.warnings == [
        {
            "line": 2,
            "page": 4,
            "message": "取組名がなく、前に取組の行もないため、この行を読み飛ばしました",
        }
    ]


@pytest.mark.parametrize(
    "header, column",
    [
        ("目標値 (令和6年度)", Column("target", 2024)),
        ("R6目標", Column("target", 2024)),
        ("令和6年度目標", Column("target", 2024)),
        ("2024年度実績", Column("actual", 2024)),
        ("令和6年度", Column("schedule", 2024)),
        ("目標値", Column("target")),
        ("経費（千円）", Column("budget", None, "千円")),
        ("担 当 課", Column("departments")),
        ("【所管課】", Column("departments")),
        ("担当課名", Column("departments")),
        ("KPI（評価指標）", Column("indicator")),
        ("具体的な取組", Column("title")),
        ("取組項目", Column("title")),
        ("管理番号", Column("code")),
        ("現状値(R4)", Column("baseline", 2022)),
        ("進捗状況", Column("evaluation")),
        ("達成率(%)", Column("rate", unit="%")),
        ("目標値(R9)（件）", Column("target", 2027, "件")),  # the unit of the figures under it
        ("基本目標", Column("section")),
        # words offices use that were missing: 評価区分 is the grade, not a section (区分)
        ("実施課", Column("departments")),
        ("主管部署", Column("departments")),
        ("現況値（R5）", Column("baseline", 2023)),
        ("当初値", Column("baseline")),
        ("直近値", Column("actual")),
        ("評価区分", Column("evaluation")),
        # and more: 取組状況 is what was done (a note), not a title for holding 「取組」
        ("現況", Column("baseline")),
        ("初期値", Column("baseline")),
        ("計画値（R9）", Column("target", 2027)),
        ("連携課", Column("departments")),
        ("アクション", Column("title")),
        ("取組状況", Column("note")),
        # an indicator column headed with the year of the target written beside its name
        ("KPI（令和9年度）", Column("indicator", 2027)),
        # the calendar a 調査票 asks the years in is no part of the label: the years of the 基準値 and 目標値
        ("基準年度（西暦）", Column("year", of="baseline")),
        ("目標年度（和暦）", Column("year", of="target")),
        ("情報政策課", None),
        ("オンライン手続数", None),
    ],
)
def test_label_dictionary(header, column):
    assert classify(header) == column


def test_overrides_change_a_label():
    assert classify("施策") == Column("section")
    assert classify("施策", {"施策": "title"}) == Column("title")
    assert classify("担当", {"担当": None}) is None


@pytest.mark.parametrize(
    "text, siblings, code",
    [
        ("2001-01-03", ["1-1-1", "1-1-2"], "1-1-3"),
        ("2025-01-02", ["1-1", "1-3"], "1-2"),
        ("2002-10-01", [], "2-10-1"),
        ("2025-03-04", [], "3-4"),
        ("1-1-3", ["1-1-1"], None),
    ],
)
def test_date_code_repair(text, siblings, code):
    assert date_code(text, siblings) == code


def test_indicator_written_in_one_line():
    ind = indicator_from_text("電子申請件数 現状値 1,200件（R4）→ 目標値 3,000件（R8）")
    assert ind is not None
    assert (ind["name"], ind["unit"], ind["direction"]) == ("電子申請件数", "件", "increase")
    assert (ind["baseline"]["fy"], ind["baseline"]["value"]) == (2022, 1200)
    assert (ind["final_target"]["fy"], ind["final_target"]["value"]) == (2026, 3000)
    arrow = indicator_from_text("待ち時間：25分→10分", plan_end=2027)
    assert arrow is not None
    assert (arrow["name"], arrow["baseline"]["value"], arrow["final_target"]["value"]) == ("待ち時間", 25, 10)
    assert (arrow["final_target"]["fy"], arrow["direction"]) == (2027, "decrease")


@pytest.mark.parametrize(
    "line",
    [
        "オンライン申請できる手続数（現状値R6：120手続、目標値R10：300手続）",
        "オンライン申請できる手続数（現状値：令和6年度 120手続、目標値：令和10年度 300手続）",
        "オンライン申請できる手続数 現状値 R6 120手続 目標値 R10 300手続",
    ],
)
def test_a_values_year_before_it_is_its_year_not_its_text(line: str) -> None:
    """鶴見ヶ丘市's 「指標：…（現状値R6：120手続、目標値R10：300手続）」 (batch 33): each value dated by the year written
    before it and shown as 「120手続」「300手続」 — not 「R6：120手続」 and 「R10：300手続）」 with the line's closing bracket,
    as the preview and the initiative page first showed; with a blank after the year (「令和6年度 120手続」) the value had
    been lost (None)."""
    ind = indicator_from_text(line, plan_end=2028)
    assert ind is not None
    assert ind["name"] == "オンライン申請できる手続数"
    assert ind["baseline"] == {"fy": 2024, "value": 120, "text": "120手続"}
    assert ind["final_target"] == {"fy": 2028, "value": 300, "text": "300手続"}


@pytest.mark.parametrize(
    ("line", "text"),
    [
        ("オンライン化した手続　目標値：令和8年度までに全手続", "令和8年度までに全手続"),
        ("運用　目標：令和9年度中に運用開始", "令和9年度中に運用開始"),
        ("利用率　目標値：R8年度末に100%", "R8年度末に100%"),
    ],
)
def test_a_target_in_words_keeps_its_year(line: str, text: str) -> None:
    """A target written in words after its year (「令和8年度までに全手続」) is shown as written: the year is no value's
    date before a figure there, and 「までに全手続」 alone (as the rule for 「R6：120手続」 first made it) says nothing."""
    ind = indicator_from_text(line, plan_end=2028)
    assert ind is not None and ind["final_target"] is not None
    assert ind["final_target"]["text"] == text


def test_a_cards_priority_field_marks_it_a_priority() -> None:
    """「重点：◎」 on a 事業 card says the 事業 is a 重点 one (as a ◎ in a table's 重点 column does); a rank written
    there is kept as written; 「－」 none. Cards dropped the field before (紅葉台町's 事業カード: no 重点 at all)."""
    from shinchoku.importers import parse

    card = "■事業番号：{n}\n事業名：{title}\n担当課：情報政策課\n重点：{mark}\n"
    text = "情報化推進計画\n\n" + "\n".join(
        card.format(n=n, title=title, mark=mark)
        for n, title, mark in [(1, "電子申請の拡充", "◎"), (2, "窓口の改善", "－"), (3, "庁内のペーパーレス化", "Ａ")]
    )
    plan = parse(text.encode(), filename="事業カード.txt", municipality="桜町")
    assert [(i["title"], i["priority"]) for i in plan["initiatives"]] == [
        ("電子申請の拡充", "重点"),
        ("窓口の改善", None),
        ("庁内のペーパーレス化", "Ａ"),
    ]


def test_a_kpi_table_printed_beside_a_cards_label_gives_the_cards_indicator() -> None:
    """A Word card's KPI table nested in its 成果指標 cell, printed to PDF: the label merged down beside the table's
    header and rows, whose first cells are empty (紅葉台町's 事業カード as the PDF: KPI 0 before)."""
    from shinchoku.importers.shapes.cards import table_fields

    above = Cell("成果指標", "above")
    table = _table(
        1,
        [
            ["事業番号", "1-1", "", "", ""],
            ["事業名", "電子申請の拡充", "", "", ""],
            ["成果指標", "", "", "", ""],
            [above, "指標名", "現状値（R5）", "R7目標", "R9目標"],
            [above, "電子申請できる手続数", "18手続", "40手続", "80手続"],
        ],
    )
    fields = [(role, text) for role, text, _ in table_fields(table)]
    assert fields[-4:] == [
        ("indicator", "電子申請できる手続数"),
        ("baseline:2023", "18手続"),
        ("target:2025", "40手続"),
        ("target:2027", "80手続"),
    ]


def test_the_plan_period_under_its_title_is_no_field_of_the_item_a_page_break_cuts() -> None:
    """A word processor's print through ``pdftotext``: page 1 opens with the plan's title and 「計画期間：令和6年度～令和9年度」
    and ends with プロジェクト２'s heading alone, its fields on page 2. The period is the plan's, no field of an item:
    the page is read in order, and プロジェクト２ keeps its own schedule and summary (北浜町 printed by Writer: its 5th
    project took the title into its summary and the plan's years as its 工程 once 「期間」 became a 工程 label)."""
    from shinchoku.importers import parse

    page_1 = ["北浜町デジタル化重点プロジェクト", "計画期間：令和6年度～令和9年度", "プロジェクト１　書かない窓口",
              "【取組内容】", "・窓口支援システムの導入", "【スケジュール】", "R6：検討　R7～：実施", "【所管課】", "住民課",
              "プロジェクト２　ごみ収集のデジタル化"]  # fmt: skip
    page_2 = ["【取組内容】", "・ごみ分別アプリの更新", "【スケジュール】", "R7：アプリ更新　R8～：位置の配信", "【所管課】", "環境課"]
    plan = parse(("\n".join(page_1) + "\n\f" + "\n".join(page_2)).encode(), filename="北浜町.txt")
    second = plan["initiatives"][1]
    assert second["title"] == "ごみ収集のデジタル化"
    assert "北浜町" not in (second["summary"] or "")
    assert [(s["fy"], s["label"]) for s in second["schedule"]] == [
        (2025, "アプリ更新"), (2026, "位置の配信"), (2027, "位置の配信"),
    ]  # fmt: skip
    assert plan["plan"]["period"] == {"start_fy": 2024, "end_fy": 2027}


def test_a_legend_line_ends_where_another_columns_grades_begin() -> None:
    """「進捗：Ａ 順調 …」 after the marks is the 進捗 column's legend, cut off (槙野市); 「検討：調査・検討」 after them explains
    a word of the 工程, so the line is no legend of marks alone and names none (星川町's Calc print: its 「→」 read as
    「継続」 over a phase merged across years once every 「…：」 ended the marks)."""
    from shinchoku.importers.shapes.common import schedule_legend

    assert schedule_legend(["凡例：○ 予定 ● 実施済（９月末時点） 進捗：Ａ 順調 Ｂ 概ね順調 Ｃ 遅れ"]) == {
        "○": "予定",
        "●": "実施済(9月末時点)",
    }
    assert schedule_legend(["凡例　●：実施　→：継続　検討：調査・検討"]) == {}


def test_a_card_cut_by_a_page_break_keeps_its_code() -> None:
    """A card table cut by a page break: 「取組番号 | 2-3」 and 「所管課 | 情報管理課」 the last rows of page 1, its 取組名 the
    first of page 2, in a table of its own (綾瀬台市's cards as the PDF) or in the same table (雲雀ヶ丘市's): the code and
    the 所管課 are the card's, not the one's before it (lost since cards asked for a title on the code's own page)."""
    from shinchoku.importers.shapes.cards import read_cards

    def card(page: int, rows: list[list[str]]) -> Table:
        return _table(page, rows)

    first = [["取組番号", "2-2"], ["取組名", "ペーパーレス会議の推進"], ["所管課", "総務課"], ["取組番号", "2-3"], ["所管課", "情報管理課"]]
    document = Document(
        kind="pdf",
        pages=[
            Page(number=1, blocks=[card(1, first)]),
            Page(number=2, blocks=[card(2, [["取組名", "情報セキュリティの強化"], ["概要", "研修を行う。"]])]),
        ],
    )
    collector = Collector()
    read_cards(document, collector)
    assert [(i["code"], i["title"], i["departments"]) for i in collector.initiatives] == [
        ("2-2", "ペーパーレス会議の推進", ["総務課"]),
        ("2-3", "情報セキュリティの強化", ["情報管理課"]),
    ]


def test_a_repost_pointer_is_no_indicator_and_an_indicator_named_after_reposts_is_one() -> None:
    """A 再掲 row's indicator cell that only points to the row it repeats (「（再掲）」「※再掲（1-3）」) makes no indicator;
    a広報's indicator 「再掲載記事数」 (articles posted again) is an indicator like any other (first read: taken for a
    pointer, its target lost)."""
    rows = [
        HEADER,
        ["1", "電子申請", "総務課", "手続数", "100件"],
        ["2", "広報の充実", "広報課", "再掲載記事数", "40件"],
        ["3", "電子申請（再掲）", "総務課", "（再掲）", ""],
        ["4", "手続の電子化（再掲）", "総務課", "※再掲（1-3）", ""],
        ["5", "窓口の改善（再掲）", "市民課", "【再掲：2-1】", ""],
        ["6", "電子申請の拡充（再掲）", "総務課", "再掲：基本目標1", ""],
        ["7", "窓口の改善（再掲）", "市民課", "※再掲（取組1-3参照）", ""],
        ["8", "手続の電子化（再掲）", "総務課", "（再掲：1-(1)-①）", ""],
    ]
    collector = Collector()
    read_tables(Document(kind="pdf", pages=[Page(1, [_table(1, rows)])]), collector)
    assert [[d["name"] for d in i["indicators"]] for i in collector.initiatives] == [
        ["手続数"],
        ["再掲載記事数"],
        [],
        [],
        [],
        [],
        [],
        [],
    ]


def test_a_numbered_items_line_ending_in_its_tanto_field_is_the_item_and_its_department() -> None:
    """鴫野市's slides (other/unseen29.py): the title and the 担当 box at the slide's top right read as one line."""
    text = (
        "架空市ＤＸ推進計画 取組シート集\n計画期間：令和６年度～令和９年度\n\n"
        "取組 1-1 電子申請の拡充 担当：デジタル推進課\n現状と課題\n電子申請できる手続は一部に限られる。\n\n"
        "取組 1-2 書かない窓口の導入　担当：市民課・デジタル推進課\n現状と課題\n同じことを何枚もの申請書に書く。\n"
    )
    plan = parse(text.encode(), filename="kakuu.txt")
    assert [(i["code"], i["title"], i["departments"]) for i in plan["initiatives"]] == [
        ("1-1", "電子申請の拡充", ["デジタル推進課"]),
        ("1-2", "書かない窓口の導入", ["市民課", "デジタル推進課"]),
    ]


def test_a_level_set_under_its_items_title_is_its_parent() -> None:
    """鴫野市's slides through pdftotext: each slide's title 「取組 2-1 …」 over its subtitle 「基本方針２ …」 — read in order
    the 取組 were headings and the 基本方針 items holding the slides' 担当 and KPI."""
    text = (
        "架空市ＤＸ推進計画 取組シート集\n計画期間：令和６年度～令和９年度\n\n"
        "取組 1-1 電子申請の拡充\n基本方針１ いつでもどこでも手続できる市役所\n担当：デジタル推進課\n"
        "成果指標（ＫＰＩ）\n電子申請できる手続の割合 令和５年度 40％ → 令和９年度 80％\n\n"
        "取組 2-1 ＡＩ・ＲＰＡの活用\n基本方針２ データとデジタルで働く市役所\n担当：行政改革課\n"
        "成果指標（ＫＰＩ）\n削減した業務時間（年間） 令和５年度 1,200時間 → 令和９年度 5,000時間\n"
    )
    plan = parse(text.encode(), filename="kakuu.txt")
    assert [(s["code"], s["title"]) for s in plan["sections"]] == [
        ("1", "いつでもどこでも手続できる市役所"),
        ("2", "データとデジタルで働く市役所"),
    ]
    assert [
        (i["code"], i["departments"], [(k["baseline"]["value"], k["final_target"]["value"]) for k in i["indicators"]])
        for i in plan["initiatives"]
    ] == [("1-1", ["デジタル推進課"], [(40, 80)]), ("2-1", ["行政改革課"], [(1200, 5000)])]


def test_a_cards_sheet_goes_on_over_a_page_but_not_into_the_next_chapter():
    """A PDF's 事業シート of two pages: 「４　評価」 atop the second is a part of the card, its grade the card's; 「第５章
    計画の推進」 on the page after begins the plan's next part — its 「年度 | 内容」 (令和６年度 …) is no step of the last card
    (若草野町's and 琴浦野村's PDFs, batch 37, had it in their last 取組's years)."""
    from shinchoku.importers.shapes.cards import read_cards

    def line(page: int, n: int, text: str) -> Line:
        return Line(text, Location(page=page, line=n))

    document = Document(
        kind="pdf",
        pages=[
            Page(1, [line(1, 1, "１　事業の概要"), _table(1, [["取組名", "電子申請の拡充"], ["担当課", "総務課"],
                                                        ["スケジュール", "令和7年度～令和9年度"]])]),
            Page(2, [line(2, 1, "４　評価"), _table(2, [["評価", "Ａ"]])]),
            Page(3, [line(3, 1, "第５章　計画の推進"), line(3, 2, "２　計画期間中の予定"),
                     _table(3, [["年度", "内容"], ["令和６年度", "取組の開始"], ["令和10年度", "最終評価"]])]),
        ],
    )  # fmt: skip
    collector = Collector()
    assert read_cards(document, collector, plan_end=2027) == 1
    (item,) = collector.initiatives
    assert [entry["fy"] for entry in item["schedule"]] == [2025, 2026, 2027]
    assert item["notes"] == ["評価：Ａ"]  # (the second page's part, kept with the card)
