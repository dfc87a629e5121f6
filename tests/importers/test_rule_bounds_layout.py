"""Where the rules for headers printed over several lines through ``pdftotext -layout`` stop (``readers.columns``):
each rule read on a small table of its shape, and on the nearest shape it must leave as it was —

- a line of labels only (「番号  （R6）  R7  R8  （R9）」) under a header's two lines that hold no row yet is the header's
  third line, even where a group label over the years is no label of the dictionary (「年度別目標値」) — not a form's next
  field, which ends the table (``columns._leaves_table``, ``_header_lines_only``); under a table with a row of figures
  such a line (「事業費（千円）  R5  R6  R7」) still ends it;
- header cells set vertically, a character a line (「令  令  令」 over 「担  和  和  和」 over 「番  取組名 …」), are the header's
  upper lines — no title or notes over it (``columns._title_over``, ``_set_vertically``) — and a 「６」 under 「令和」 is
  that label's next character, no figure (``columns._values_below``); a title right over such lines is still a line of
  its own.
"""

from __future__ import annotations

from typing import Any

import pytest

from shinchoku.importers import parse
from shinchoku.importers.readers.columns import header_like, read_columns

from .printed_lines import line_at


def _targets(item: dict[str, Any]) -> list[tuple[str, Any, list[tuple[int, float]]]]:
    return [
        (k["name"], k["baseline"] and k["baseline"]["value"], [(t["fy"], t["value"]) for t in k["targets"]])
        for k in item["indicators"]
    ]


# --- a header of three lines, its group label no label of the dictionary -----------------------------------------

#: 「取組 | 基準値 | 年度別目標値 | 目標値」 over 「取組名 | 担当課 | 指標名 | 単位 | 備考」 over 「番号 | （R6） | R7 | R8 | （R9）」,
#: the figures right-aligned under their labels.
THREE_LINES = "\n".join(
    [
        "楡町デジタル化推進計画  成果指標一覧",
        "計画期間：令和７年度～令和９年度",
        "",
        "",
        line_at((1, "取組"), (52, "基準値"), (66, "年度別目標値"), (86, "目標値")),
        line_at((10, "取組名"), (26, "担当課"), (36, "指標名"), (46, "単位"), (98, "備考")),
        line_at((1, "番号"), (52, "（R6）"), (64, "R7"), (74, "R8"), (86, "（R9）")),
        "",
        line_at(
            (2, "1"), (6, "電子申請の拡充"), (26, "総務課"), (36, "電子申請の件数"), (46, "件"),
            (53, "400"), (63, "600"), (73, "800"), (85, "1,000"), (98, "※R6は見込み"),
        ),
        "",
        line_at(
            (2, "2"), (6, "スマホ教室の開催"), (26, "生涯学習課"), (36, "参加者数"), (46, "人"),
            (54, "40"), (64, "60"), (74, "80"), (87, "100"),
        ),
        "",
        line_at(
            (2, "3"), (6, "窓口のキャッシュレス化"), (26, "会計課"), (36, "対応窓口数"), (46, "窓口"),
            (55, "2"), (65, "4"), (75, "6"), (89, "8"),
        ),
        "",
    ]
)  # fmt: skip


def test_a_third_header_line_of_labels_goes_on_the_header() -> None:
    """Each indicator's 基準値 of R6 and its targets of R7 to R9 (first: the 「番号」 line cut the header off as a
    form's field, the table read with no header and the document refused as no plan)."""
    plan = parse(THREE_LINES.encode(), filename="nire.txt")
    found = {i["code"]: i for i in plan["initiatives"]}
    assert [(c, i["title"], i["departments"]) for c, i in found.items()] == [
        ("1", "電子申請の拡充", ["総務課"]),
        ("2", "スマホ教室の開催", ["生涯学習課"]),
        ("3", "窓口のキャッシュレス化", ["会計課"]),
    ]
    assert _targets(found["1"]) == [("電子申請の件数", 400, [(2025, 600), (2026, 800), (2027, 1000)])]
    assert _targets(found["3"]) == [("対応窓口数", 2, [(2025, 4), (2026, 6), (2027, 8)])]


#: A one-line header, a row of figures, then a form's next field of labels only (「事業費（千円）  R5  R6  R7」).
FIELD_UNDER_A_ROW = "\n".join(
    [
        line_at((0, "区分"), (10, "指標名"), (24, "単位"), (32, "目標"), (40, "実績")),
        line_at((0, "成果指標"), (10, "電子申請の割合"), (24, "%"), (34, "40"), (42, "35")),
        "",
        line_at((0, "事業費（千円）"), (20, "R5"), (30, "R6"), (40, "R7")),
        line_at((0, "決算額"), (19, "300"), (29, "500"), (39, "500")),
    ]
)


def test_a_line_of_labels_under_a_row_still_ends_the_table() -> None:
    """The 事業費's line is no third header line of the table above it (that has a row of figures): a table of its
    own."""
    tables = [
        [[cell.text for cell in row] for row in table.rows]
        for table in read_columns(FIELD_UNDER_A_ROW).tables()
    ]
    assert tables[0] == [
        ["区分", "指標名", "単位", "目標", "実績"],
        ["成果指標", "電子申請の割合", "%", "40", "35"],
    ]
    assert tables[1][0][0] == "事業費（千円）"


# --- a header whose cells are set vertically -------------------------------------------------------------------

#: 「担当課」 and each 「令和N年度」 set vertically over and under the header's line of labels, a character a line.
VERTICAL = [
    line_at((26, "令"), (30, "令"), (34, "令")),
    line_at((21, "担"), (26, "和"), (30, "和"), (34, "和")),
    line_at((0, "番"), (9, "取組名"), (41, "成果指標"), (57, "目標値")),
    line_at((21, "当"), (26, "７"), (30, "８"), (34, "９")),
    line_at((0, "号"), (21, "課"), (26, "年"), (30, "年"), (34, "年")),
    line_at((26, "度"), (30, "度"), (34, "度")),
    "",
    line_at(
        (0, "１"),
        (5, "電子申請の拡充"),
        (20, "総務課"),
        (26, "●"),
        (30, "●"),
        (34, "●"),
        (41, "手続数"),
        (57, "120手続"),
    ),
    line_at(
        (0, "２"),
        (5, "スマホ教室の開催"),
        (20, "住民課"),
        (30, "●"),
        (34, "●"),
        (41, "参加者数"),
        (57, "200人"),
    ),
    line_at((0, "３"), (5, "窓口の案内"), (20, "会計課"), (34, "●"), (41, "－"), (57, "－")),
    "",
]


def _read_vertical(*over: str) -> dict[str, Any]:
    text = "\n".join(["梢町ＤＸ推進計画（令和７年度～令和９年度）", "", *over, *VERTICAL])
    plan = parse(text.encode(), filename="kozue.txt")
    return {i["code"]: i for i in plan["initiatives"]}


def test_header_cells_set_vertically_name_the_department_and_the_years() -> None:
    """Each 取組's 担当課 and the years of its 「●」 (first: the 「令」 and 「担 和」 lines cut off as the sheet's title, no
    担当課 and no year column found)."""
    found = _read_vertical("●：実施", "")
    assert [(c, i["departments"], [s["fy"] for s in i["schedule"]]) for c, i in found.items()] == [
        ("1", ["総務課"], [2025, 2026, 2027]),
        ("2", ["住民課"], [2026, 2027]),
        ("3", ["会計課"], [2027]),
    ]


def test_a_title_right_over_vertical_cells_is_still_a_line_of_its_own() -> None:
    """The 章's title on the line over the 「令」 line is no header cell: the table reads as under a blank line."""
    found = _read_vertical("第４章  実施計画  一覧")
    assert [(c, i["title"], i["departments"]) for c, i in found.items()] == [
        ("1", "電子申請の拡充", ["総務課"]),
        ("2", "スマホ教室の開催", ["住民課"]),
        ("3", "窓口の案内", ["会計課"]),
    ]
    assert [s["fy"] for s in found["1"]["schedule"]] == [2025, 2026, 2027]


# --- a header's label over two lines, one label on the upper line -------------------------------------------------

#: 「基準値」 alone on the line over 「（R6）」 of a KPI list's header, the figures right-aligned.
KPI_LIST = [
    line_at((1, "番号"), (6, "取組名"), (24, "担当課"), (34, "指標名"), (54, "単位"), (60, "（R6）"), (70, "R7"), (78, "R8")),
    "",
    line_at(
        (1, "1"), (6, "電子申請の拡充"), (24, "総務課"), (34, "電子申請できる手続数"), (54, "手続"),
        (62, "22"), (70, "40"), (78, "60"),
    ),
    "",
    line_at(
        (1, "2"), (6, "スマホ教室の開催"), (24, "生涯学習課"), (34, "スマホ教室の参加者数"), (54, "人"),
        (62, "45"), (70, "60"), (78, "80"),
    ),
    "",
]  # fmt: skip


def _kpis(*over: str) -> dict[str, Any]:
    text = "\n".join(["柊町ＤＸ推進計画（令和７年度～令和８年度）  ＫＰＩ一覧", "", *over, *KPI_LIST])
    plan = parse(text.encode(), filename="hiiragi.txt")
    return {i["code"]: i for i in plan["initiatives"]}


#: The note over the list, its years read as the table's when 「基準値」 was a line of its own.
NOTE = "基準値は令和６年度の実績。R7・R8は各年度の目標値。"


def test_a_label_alone_over_the_header_joins_the_label_under_it() -> None:
    """「基準値」 over 「（R6）」 is 「基準値（R6）」: each indicator's baseline of R6 and its targets (first: 「基準値」 a line
    of its own, and under the note no figure read at all)."""
    found = _kpis(NOTE, "", line_at((60, "基準値")))
    assert _targets(found["1"]) == [("電子申請できる手続数", 22, [(2025, 40), (2026, 60)])]
    assert _targets(found["2"]) == [("スマホ教室の参加者数", 45, [(2025, 60), (2026, 80)])]


def test_a_label_a_blank_line_over_the_header_is_a_line_of_its_own() -> None:
    """「基準値」 a blank line over the header is no part of it: the header's cell is 「（R6）」 as printed."""
    text = "\n".join([NOTE, "", line_at((60, "基準値")), "", *KPI_LIST])
    (table,) = read_columns(text).tables()
    assert [cell.text for cell in table.rows[0]][-3:] == ["（R6）", "R7", "R8"]
    lines = [
        block.text for page in read_columns(text).pages for block in page.blocks if hasattr(block, "text")
    ]
    assert "基準値" in lines


#: 「番号  取組名  担当課  指標名  単位  基準値  R7  R8」 over three 取組, each its title and indicator apart.
HEADED_HEAD = line_at((1, "番号"), (6, "取組名"), (24, "担当課"), (34, "指標名"), (56, "単位"), (60, "基準値"), (70, "R7"), (78, "R8"))
HEADED_ROWS = [
    line_at((1, "1"), (6, "電子申請の拡充"), (24, "総務課"), (34, "電子申請できる手続数"), (56, "手続"), (62, "22"), (70, "40"), (78, "60")),
    line_at((1, "2"), (6, "スマホ教室の開催"), (24, "生涯学習課"), (34, "スマホ教室の参加者数"), (56, "人"), (62, "45"), (70, "60"), (78, "80")),
]  # fmt: skip


@pytest.mark.parametrize("heading", ["取組内容", "事業概要"])
def test_a_heading_over_the_title_label_is_no_part_of_it(heading: str) -> None:
    """「取組内容」 alone over the header, where 「取組名」 starts: a heading, not 「取組内容取組名」 (which took each
    取組's title from its indicator's name)."""
    text = "\n".join(["柊町ＤＸ推進計画（令和７年度～令和８年度）", "", line_at((6, heading)), HEADED_HEAD, *HEADED_ROWS])
    found = {i["code"]: i for i in parse(text.encode(), filename="hiiragi.txt")["initiatives"]}
    assert [(c, i["title"], i["departments"]) for c, i in found.items()] == [
        ("1", "電子申請の拡充", ["総務課"]),
        ("2", "スマホ教室の開催", ["生涯学習課"]),
    ]
    assert [k["name"] for k in found["2"]["indicators"]] == ["スマホ教室の参加者数"]


@pytest.mark.parametrize("heading", ["【成果指標】", "成果指標（KPI）", "＜工程表＞"])
def test_a_heading_at_the_left_edge_over_the_header_stays_a_line(heading: str) -> None:
    """A heading at column 0 right over 「No.  取組名 …」 is a line of the document, no row or column of the table."""
    head = line_at((0, "No."), (5, "取組名"), (22, "担当課"), (32, "指標名"), (52, "単位"), (58, "基準値"), (68, "目標値"))
    row = line_at((1, "1"), (5, "電子申請の拡充"), (22, "総務課"), (32, "電子申請の件数"), (52, "件"), (60, "400"), (70, "900"))
    text = "\n".join(["楢町ＤＸ推進計画（令和７年度～令和９年度）", "", heading, head, row, ""])
    document = read_columns(text)
    (table,) = document.tables()
    assert [cell.text for cell in table.rows[0]] == ["No.", "取組名", "担当課", "指標名", "単位", "基準値", "目標値"]
    assert [cell.text for cell in table.rows[1]][:3] == ["1", "電子申請の拡充", "総務課"]
    lines = [block.text for page in document.pages for block in page.blocks if hasattr(block, "text")]
    assert heading in lines


# --- a page that opens another table ---------------------------------------------------------------------------

PAGE_ONE = [
    "柊町ＤＸ推進計画（令和７年度～令和８年度）  取組一覧",
    "",
    line_at((0, "No."), (6, "取組名"), (30, "担当課"), (42, "関連ＫＰＩ"), (54, "R7"), (60, "R8")),
    "",
    line_at((1, "1"), (6, "電子申請の拡充"), (30, "総務課"), (42, "K1"), (54, "●"), (60, "●")),
    "",
    line_at((1, "2"), (6, "スマホ教室の開催"), (30, "生涯学習課"), (42, "K2"), (60, "●")),
    "",
    "",
]


def _pages(second: list[str]) -> dict[str, Any]:
    plan = parse("\n".join([*PAGE_ONE, "\f" + second[0], *second[1:]]).encode(), filename="hiiragi.txt")
    return {i["code"]: i for i in plan["initiatives"]}


def test_a_page_opening_another_table_is_no_part_of_the_last_row() -> None:
    """The ＫＰＩ一覧's title at the next page's top, over a header of other labels, is no wrapped line of 2's title (first:
    「スマホ教室の開催柊町ＤＸ推進計画 ＫＰＩ一覧」)."""
    found = _pages(
        [
            line_at((0, "柊町ＤＸ推進計画"), (24, "ＫＰＩ一覧")),
            "",
            line_at((1, "ＫＰＩ番号"), (12, "指標名"), (34, "単位"), (40, "R7"), (50, "R8")),
            "",
            line_at((2, "K1"), (12, "電子申請できる手続数"), (34, "手続"), (40, "40"), (50, "60")),
            "",
            line_at((2, "K2"), (12, "スマホ教室の参加者数"), (34, "人"), (40, "60"), (50, "80")),
        ]
    )
    assert [(c, i["title"]) for c, i in found.items()] == [("1", "電子申請の拡充"), ("2", "スマホ教室の開催")]


def test_a_row_cut_by_the_break_over_another_table_keeps_its_rest() -> None:
    """2's title and 課 cut by the break (「窓口の導入  子育て支援課」 under 取組名 and 担当課 at the next page's top), over
    the ＫＰＩ一覧's header: the rest is 2's, the ＫＰＩ一覧 still its own table (first: 2 lost 「窓口の導入」 and its 課)."""
    found = _pages(
        [
            line_at((6, "窓口の導入"), (30, "子育て支援課")),
            "",
            line_at((0, "ＫＰＩ一覧")),
            "",
            line_at((1, "ＫＰＩ番号"), (12, "指標名"), (34, "単位"), (40, "R7"), (50, "R8")),
            "",
            line_at((2, "K1"), (12, "電子申請できる手続数"), (34, "手続"), (40, "40"), (50, "60")),
        ]
    )
    assert [(c, i["title"], i["departments"]) for c, i in found.items()] == [
        ("1", "電子申請の拡充", ["総務課"]),
        ("2", "スマホ教室の開催窓口の導入", ["生涯学習課", "子育て支援課"]),
    ]


def test_a_page_printing_the_header_again_goes_on_with_the_table() -> None:
    """The header printed again under the page's title, its labels the first page's: the table goes on, 3 read with
    the others, 2 as it was."""
    found = _pages(
        [
            "柊町ＤＸ推進計画 取組一覧（続き）",
            "",
            line_at((0, "No."), (6, "取組名"), (30, "担当課"), (42, "関連ＫＰＩ"), (54, "R7"), (60, "R8")),
            "",
            line_at((1, "3"), (6, "窓口のキャッシュレス化"), (30, "会計課"), (42, "K3"), (54, "●")),
        ]
    )
    assert [(c, i["title"], i["departments"]) for c, i in found.items()] == [
        ("1", "電子申請の拡充", ["総務課"]),
        ("2", "スマホ教室の開催", ["生涯学習課"]),
        ("3", "窓口のキャッシュレス化", ["会計課"]),
    ]


# --- a 課 one blank after a title that filled its cell -------------------------------------------------------------

#: 桃園町's 進捗状況一覧 (batch 23) printed by Chromium and read through ``pdftotext -layout``, its first page's table up to
#: the 備考 column: each 取組名 fills its cell, its 課 one blank after it, set left of where the 担当課 column starts
#: (「窓口のキャッシュ 会計室」 over 「レス化  税務課」).
TITLE_FILLED = "\n".join(
    [
        "基本目標   番        取組名        担当課        成果指標   基準値                  目標値                 実績値     評",
        "       号                                     （R5）    R6      R7         R8    R9      （R6）    価",
        "",
        "基本目標   1   行政手続のオンラ 総務課          電子申請できる手    25手続    40手続    50手続    65手続     80手続    43手続    ◎",
        "１ 便利       イン化                   続数",
        "",
        "で快適な",
        "",
        "町民サー",
        "ビス     2   マイナンバーカー 住民課          コンビニ交付の利     8.5％   12.0％   15.0％   18.0％    20.0％   11.2％   ○",
        "           ドの利活用                 用率",
        "",
        "       3   窓口のキャッシュ 会計室          キャッシュレス決     1か所    3か所     5か所        6か所   8か所      3か所    ◎",
        "           レス化         税務課       済に対応した窓口",
        "",
        "                                 数",
        "       4   オンライン相談の 健康推進課 オンライン相談の              －     20件     50件       80件   100件     24件    ◎",
        "           実施          子育て支援 件数（年間）",
        "",
        "                       課",
        "                                 オンライン相談の       －    70.0％   75.0％   80.0％    80.0％      －    －",
        "                                 利用者満足度",
        "",
        "",
        "",
        "",
    ]
)


def test_a_department_one_blank_after_a_filled_title_is_in_its_column() -> None:
    """3's 担当課 is 会計室 and 税務課, its title whole (first: 「窓口のキャッシュ 会計室レス化」, 税務課 alone); 1's and 2's,
    set the same way, read as before."""
    (table,) = read_columns(TITLE_FILLED).tables()
    rows = {row[1].text: (row[2].text, row[3].text) for row in table.rows[1:] if row[1].text}
    assert {code: rows[code] for code in ("1", "2", "3")} == {
        "1": ("行政手続のオンライン化", "総務課"),
        "2": ("マイナンバーカードの利活用", "住民課"),
        "3": ("窓口のキャッシュレス化", "会計室 税務課"),
    }


def test_a_title_word_like_a_department_beside_the_rows_own_department_stays_the_titles() -> None:
    """「…包括支援型 相談室」 ends in a 課-like word a blank apart, near 担当課's start, but 「子育て支援課」 fills that column
    on the line: the word is the title's (first: title cut, 担当課 「相談室」 and 「子育て支援課」)."""
    text = "\n".join(
        [
            "楢町ＤＸ推進計画（令和７年度～令和８年度）  取組一覧",
            "",
            line_at((0, "No."), (5, "取組名"), (21, "担当課"), (33, "取組内容"), (60, "R7"), (66, "R8")),
            line_at((1, "1"), (5, "電子申請の拡充"), (21, "総務課"), (33, "申請手続を順次電子化"), (60, "●"), (66, "●")),
            line_at(
                (1, "2"), (5, "妊娠出産子育て包括支援型 相談室"), (24, "子育て支援課"), (33, "相談室を設置する"),
                (60, "●"), (66, "●"),
            ),
            line_at((1, "3"), (5, "会議の効率化"), (21, "総務課"), (33, "タブレットを導入"), (66, "●")),
            line_at((1, "4"), (5, "窓口の案内"), (21, "市民課"), (33, "案内を導入"), (66, "●")),
            "",
        ]
    )  # fmt: skip
    found = {i["code"]: i for i in parse(text.encode(), filename="nara.txt")["initiatives"]}
    assert (found["2"]["title"], found["2"]["departments"]) == ("妊娠出産子育て包括支援型 相談室", ["子育て支援課"])
    assert (found["3"]["title"], found["3"]["departments"]) == ("会議の効率化", ["総務課"])


# --- a header of a review's labels, their years wrapped --------------------------------------------------------

#: 若桐町's 中間見直し (batch 42) printed by Chromium and read through ``pdftotext -layout``: 「当初目標値」 and 「見直し後目標値」
#: over their 「（R9）」 wrapped onto the next line, the figures right-aligned in their cells.
REVIEWED = "\n".join(
    [
        "若桐町ＤＸ推進計画（令和５年度～令和９年度）",
        "",
        "３ 見直し後の取組一覧",
        "「同左」は当初の目標値のまま変更しないもの。",
        "",
        "No.        取組名       担当課          成果指標       基準値（R4）      当初目標値       見直し後目標値            見直しの理由",
        "                                                          （R9）         （R9）",
        "1     電子申請の拡充    総務課       電子申請できる手続数              18手続      80手続         120手続 順調に増えたため上方修正",
        "",
        "2     コンビニ交付の推   住民課       コンビニ交付の利用割合             6.0％      25.0％            同左",
        "      進",
        "3     窓口キャッシュレ   住民課、会計    キャッシュレス決済に対応した          0窓口       6窓口              同左",
        "      ス化         室         窓口数",
        "4     ＦＡＸ受付の見直   総務課       ＦＡＸで受け付けた件数（年間）     2,300件       1,000件        （廃止） 電子申請の拡充（No.1）に",
        "      し                                                                            統合",
        "5     ＲＰＡの活用     企画財政課     ＲＰＡによる削減時間（年間）      150時間        800時間        1,200時間 対象業務を拡大",
        "",
        "6     テレワーク環境の   総務課       テレワークを実施した職員数            5人        60人             30人 業務の実態に合わせ下方修",
        "      整備                   （年間）                                                    正",
        "7     会議のペーパーレ   総務課       会議資料の印刷枚数（年間）           48万枚      20万枚             同左",
        "      ス化",
        "8     生成ＡＩの活用    企画財政課     生成ＡＩを利用する職員の割合            －            －           50％ 見直しにより新規に追加",
        "",
        "9     スマホ教室の開催   生涯学習課     スマホ教室の参加者数（累計）           60人      400人             同左",
        "10    町公式アプリの導   企画財政課     公式アプリの登録者数               0人      3,000人        2,000人 導入が１年遅れたため",
        "      入",
        "",
        "※基準値は令和４年度の実績、目標値は令和９年度の値。",
    ]
)


def test_a_header_of_a_reviews_labels_is_a_header() -> None:
    """Each 取組's revised target of R9, 「同左」 the first one, 「（廃止）」 none (first: the header of 5 labels of the
    dictionary in 8 was no header, the block read in display width, every figure a column to the left — KPI 0)."""
    plan = parse(REVIEWED.encode(), filename="wakagiri.txt")
    found = {i["code"]: i for i in plan["initiatives"]}
    assert _targets(found["1"]) == [("電子申請できる手続数", 18, [(2027, 120)])]
    assert _targets(found["2"]) == [("コンビニ交付の利用割合", 6.0, [(2027, 25.0)])]
    assert _targets(found["6"]) == [("テレワークを実施した職員数（年間）", 5, [(2027, 30)])]
    assert [
        t["value"] for k in found["4"]["indicators"] for t in k["targets"] if t["value"] is not None
    ] == []
    assert found["3"]["departments"] == ["住民課", "会計室"]


@pytest.mark.parametrize(
    "line",
    [
        "当初予算      1,200千円      変更後      1,500千円",  # a card's fields: 「当初予算」 a budget's, no value's label
        "当初      見直し後      備考",  # sub-labels alone under a group: two labels of no value
    ],
)
def test_words_of_a_review_alone_make_no_header(line: str) -> None:
    """Only a value's label a review's word opens counts as a header's label, not the word alone nor 「当初予算」."""
    assert not header_like(line)


# --- a 取組's cells centred on its indicators, a blank line between each ------------------------------------------

#: 梓川町's 成果指標一覧 (batch 34) printed by Calc and read through ``pdftotext -layout``: each 取組's No. / 取組名 / 担当課,
#: merged down over its indicators, on their middle line; 3's three indicators a blank line apart, as the 取組 are.
CENTRED_RUNS = "\n".join(
    [
        "梓川町デジタル化推進計画          成果指標一覧",
        "計画期間：令和６年度～令和10年度",
        "",
        "",
        " 取組                                                                基準値                       年度別目標値                             目標値",
        "               取組名           担当課                指標名      単位                                                                                        備考",
        " 番号                                                                （R5）         R6          R7          R8          R9          （R10）",
        "",
        "                                   電子申請できる手続数            手続               35          60          90         120         150        180",
        "  1   電子申請の拡充          総務課",
        "                                   電子申請の利用件数（年間）         件           2,400       3,000       4,000       5,500       7,000         8,500 ※R5は４月～３月の実績",
        "",
        "                                   キャッシュレス決済に対応した窓口数     窓口                2           4           8           －           －            12 ※R7から支所の窓口を含む",
        "  2   窓口のキャッシュレス化      会計課、住民課",
        "                                   キャッシュレス決済の利用割合        ％                6.5        10.0        15.0        20.0        25.0       30.0",
        "",
        "                                   マイナンバーカードの交付率         ％            72.3           78.0        82.0        86.0        90.0       95.0",
        "",
        "  3   マイナンバーカードの利活用    住民課         コンビニ交付の利用割合           ％            18.0           22.0        26.0        30.0        35.0       40.0",
        "",
        "                                   カードで申請できる手続数          手続                5          10          15          20          25            30 ※書かない窓口の手続を含む",
        "",
        "                                   ＲＰＡで削減した作業時間（年間）      時間           450            800     1,200       1,600       2,000         2,400",
        "  4   業務の自動化           総務課・財政課",
        "                                   ＡＩ－ＯＣＲで読み取った帳票数（年間）   枚                 0     3,000       6,000       9,000      12,000        15,000 ※R6は試行",
        "",
        "                                   スマホ教室の参加者数（年間）        人            120            200         250         300         350        400",
        "  5   デジタル活用支援         生涯学習課",
        "                                   デジタル活用支援員の人数          人                 3           6           9          12          15            18",
    ]
)


def test_indicators_centred_around_a_number_blank_lines_apart_are_its_own() -> None:
    """3's 交付率, over its number a blank line apart, is 3's first indicator (first: 2's third); 2 keeps its two."""
    plan = parse(CENTRED_RUNS.encode(), filename="azusagawa.txt")
    found = {i["code"]: i for i in plan["initiatives"]}
    assert [k["name"] for k in found["2"]["indicators"]] == [
        "キャッシュレス決済に対応した窓口数",
        "キャッシュレス決済の利用割合",
    ]
    assert [(k["name"], k["baseline"]["value"]) for k in found["3"]["indicators"]] == [
        ("マイナンバーカードの交付率", 72.3),
        ("コンビニ交付の利用割合", 18.0),
        ("カードで申請できる手続数", 5),
    ]


#: Rows on their first lines (top-aligned), each 取組's second indicator a blank line under it.
TOP_ALIGNED_RUNS = "\n".join(
    [
        "楢町ＤＸ推進計画（令和７年度～令和９年度）",
        "",
        line_at((0, "No."), (5, "取組名"), (22, "担当課"), (32, "指標名"), (52, "単位"), (58, "基準値"), (68, "目標値")),
        "",
        line_at((1, "1"), (5, "電子申請の拡充"), (22, "総務課"), (32, "電子申請の件数"), (52, "件"), (60, "400"), (70, "900")),
        "",
        line_at((32, "オンライン手続数"), (52, "手続"), (61, "20"), (70, "100")),
        "",
        line_at((1, "2"), (5, "スマホ教室の開催"), (22, "生涯学習課"), (32, "参加者数"), (52, "人"), (61, "40"), (70, "120")),
        "",
        line_at((32, "開催回数"), (52, "回"), (62, "4"), (71, "12")),
        "",
        line_at((1, "3"), (5, "窓口の案内"), (22, "市民課"), (32, "案内件数"), (52, "件"), (61, "50"), (70, "200")),
        "",
    ]
)  # fmt: skip


def test_a_run_of_no_number_under_a_top_aligned_row_stays_its_own() -> None:
    """No row's number stands below its run's first line: each second indicator is the 取組's above it."""
    plan = parse(TOP_ALIGNED_RUNS.encode(), filename="nara.txt")
    found = {i["code"]: [k["name"] for k in i["indicators"]] for i in plan["initiatives"]}
    assert found == {
        "1": ["電子申請の件数", "オンライン手続数"],
        "2": ["参加者数", "開催回数"],
        "3": ["案内件数"],
    }


def test_one_centred_row_over_rows_on_their_first_lines_makes_no_centred_runs() -> None:
    """1 centred on its wrapped title (「行政手続の」 over 「1  オンライン化」), 2 and 3 on their first lines, each second
    indicator a blank line under its row: most rows are not centred, so 「開催回数」 is 2's, not joined to 3's run."""
    text = "\n".join(
        [
            "楢町ＤＸ推進計画（令和７年度～令和９年度）",
            "",
            line_at((0, "No."), (5, "取組名"), (22, "担当課"), (32, "指標名"), (52, "単位"), (58, "基準値"), (68, "目標値")),
            "",
            line_at((5, "行政手続の"), (32, "電子申請の件数"), (52, "件"), (60, "400"), (70, "900")),
            line_at((1, "1"), (5, "オンライン化"), (22, "総務課")),
            "",
            line_at((32, "オンライン手続数"), (52, "手続"), (61, "20"), (70, "100")),
            "",
            line_at((1, "2"), (5, "スマホ教室の開催"), (22, "生涯学習課"), (32, "参加者数"), (52, "人"), (61, "40"), (70, "120")),
            "",
            line_at((32, "開催回数"), (52, "回"), (62, "4"), (71, "12")),
            "",
            line_at((1, "3"), (5, "窓口の案内"), (22, "市民課"), (32, "案内件数"), (52, "件"), (61, "50"), (70, "200")),
            "",
        ]
    )  # fmt: skip
    plan = parse(text.encode(), filename="nara.txt")
    found = {i["code"]: [k["name"] for k in i["indicators"]] for i in plan["initiatives"]}
    assert found["2"] == ["参加者数", "開催回数"]
    assert found["3"] == ["案内件数"]


def test_a_figure_past_where_the_notes_begin_is_its_columns() -> None:
    """5's second indicator's R10 「18」, right-aligned a place further right than the column's other figures, past where
    the 備考's notes begin, is its final target (first: its 備考, R10 no target)."""
    plan = parse(CENTRED_RUNS.encode(), filename="azusagawa.txt")
    (_, second) = {i["code"]: i for i in plan["initiatives"]}["5"]["indicators"]
    assert (second["name"], second["final_target"]["fy"], second["final_target"]["value"]) == (
        "デジタル活用支援員の人数",
        2028,
        18,
    )


#: A 備考 of a figure (「2件」) beside its row's own 目標値: a note, whatever it holds.
NOTED_FIGURE = "\n".join(
    [
        line_at((0, "No."), (5, "取組名"), (22, "担当課"), (34, "目標値"), (42, "備考")),
        line_at((1, "1"), (5, "電子申請の拡充"), (22, "総務課"), (35, "900件"), (42, "※R6は見込み")),
        line_at((1, "2"), (5, "スマホ教室の開催"), (22, "生涯学習課"), (35, "120人"), (42, "※公民館で開催")),
        line_at((1, "3"), (5, "窓口の案内"), (22, "市民課"), (36, "40件"), (42, "2件")),
        line_at((1, "4"), (5, "会議の効率化"), (22, "総務課"), (36, "20回"), (42, "※試行")),
    ]
)


def test_a_figure_in_the_notes_beside_its_rows_own_figure_stays_a_note() -> None:
    """3's 「2件」 stays its 備考: its 目標値 40件 is there."""
    (table,) = read_columns(NOTED_FIGURE).tables()
    assert [cell.text for cell in table.rows[3]] == ["3", "窓口の案内", "市民課", "40件", "2件"]


def _noted(header: str, note: str) -> list[str]:
    """The table's row of 3 where 3 leaves R9 empty and its 備考 (at the notes' own start, as the others') is ``note``."""

    def row(n: str, title: str, dept: str, name: str, *figures: str, note: str = "") -> str:
        cells = [(1, n), (5, title), (20, dept), (30, name), *zip((51, 61, 69, 77), figures, strict=False)]
        return line_at(*cells, *([(84, note)] if note else []))

    text = "\n".join(
        [
            "楢町ＤＸ推進計画（令和７年度～令和９年度）  成果指標一覧",
            "",
            header,
            row("1", "電子申請の拡充", "総務課", "電子申請の件数", "400", "500", "700", "900", note="※R6は見込み"),
            row("2", "スマホ教室", "生涯学習課", "参加者数", "40", "60", "90", "120", note="※公民館で開催"),
            row("3", "窓口の案内", "市民課", "案内件数", "50", "80", "100", note=note),
            row("4", "会議の効率化", "総務課", "会議時間", "30", "28", "25", "20"),
            row("5", "防災アプリ", "危機管理課", "登録者数", "900", "1500", "2000", "3000"),
            "",
        ]
    )
    (table,) = read_columns(text).tables()
    return [cell.text for cell in table.rows[3]]


NOTES_HEADER = line_at(
    (0, "No."), (5, "取組名"), (20, "担当課"), (30, "指標名"), (50, "基準値"), (60, "R7"), (68, "R8"), (76, "R9"), (84, "備考")
)


@pytest.mark.parametrize("note", ["2,000件", "2030年度"])
def test_a_figure_at_the_notes_own_start_stays_a_note(note: str) -> None:
    """3's 備考 「2,000件」 (or 「2030年度」) starts where the other notes start, far right of R9's figures: a note, not 3's R9
    target (first: R9 「2,000件」, or a step of 2030, the note gone)."""
    assert _noted(NOTES_HEADER, note) == ["3", "窓口の案内", "市民課", "案内件数", "50", "80", "100", "", note]


# --- cells of three lines centred on a row's line ----------------------------------------------------------------

#: 柘植町's 実施計画 (batch 30) printed and read through ``pdftotext -layout``, its vertical header over rows whose 担当課
#: cells are centred on the row's line: 4's 「企画財 / 政課」 over and under 「４」, 5's 「総務課 / 議会事 / 務局」 over, on
#: and under 「５」.
CENTRED_CELLS = "\n".join(
    [
        "柘植町デジタル化推進計画（令和６年度～令和９年度）",
        "",
        "                          令   令   令   令",
        "                     担    和   和   和   和",
        "番        取組名                                   成果指標        現状値       目標値",
        "                     当    ６   ７   ８   ９",
        "号                    課    年   年   年   年",
        "                          度   度   度   度",
        "",
        "施策１ 行政手続のデジタル化",
        "                                                           30 手続    120 手続",
        "１    電子申請の拡充        総務課   ●   ●   ●   ●   電子申請できる手続数",
        "                                                           （R5）      （R9）",
        "     マイナンバーカードを使っ                                          5 手続      40 手続",
        "２                   住民課       ●   ●   ●   カードで申請できる手続数",
        "     た窓口                                                   （R5）      （R9）",
        "                    会計課                   キャッシュレスに対応した窓口   1 窓口      9 窓口",
        "３    手数料のキャッシュレス化         ●   ●",
        "                    税務課                   数                （R5）      （R9）",
        "施策２ 役場のデジタル化",
        "     ＲＰＡ・ＡＩ－ＯＣＲの導   企画財                                    300 時間   2,000 時間",
        "４                             ●   ●   ●   削減した作業時間（年間）",
        "     入               政課                                     （R5）      （R9）",
        "                    総務課",
        "                                                           95 万枚     60 万枚",
        "５    会議のペーパーレス化     議会事   ●   ●   ●   ●   印刷枚数（年間）",
        "                                                           （R5）      （R9）",
        "                     務局",
        "６    職員のデジタル研修      総務課   ●   ●   ●   ●   －                  －         －",
        "施策３ 暮らしのデジタル化",
        "                    生涯学",
        "                     習課                                    50 人      200 人",
        "７    スマホ教室の開催             ●   ●   ●   ●   教室の参加者数（年間）",
        "                    健康福                                    （R5）      （R9）",
        "                     祉課",
        "                                                           800 人    3,000 人",
        "８    防災情報のアプリ配信     総務課           ●   ●   防災アプリの登録者数",
        "                                                           （R5）      （R9）",
    ]
)


def test_a_cell_of_three_lines_centred_on_its_row_is_the_rows() -> None:
    """5's 担当課 are 総務課 and 議会事務局, 4's 企画財政課 alone (first: 総務課 4's second 課, 5 議会事務局 alone)."""
    plan = parse(CENTRED_CELLS.encode(), filename="tsuge.txt")
    found = {i["code"]: i["departments"] for i in plan["initiatives"]}
    assert found == {
        "1": ["総務課"],
        "2": ["住民課"],
        "3": ["会計課", "税務課"],
        "4": ["企画財政課"],
        "5": ["総務課", "議会事務局"],
        "6": ["総務課"],
        "7": ["生涯学習課", "健康福祉課"],
        "8": ["総務課"],
    }


#: Rows on their first lines (top-aligned): a 担当課 cell's second line under its row, over the next row's number.
TOP_ALIGNED_CELLS = "\n".join(
    [
        "楢町ＤＸ推進計画（令和７年度～令和９年度）",
        "",
        line_at((0, "No."), (5, "取組名"), (22, "担当課"), (32, "指標名"), (48, "目標値")),
        "",
        line_at((1, "1"), (5, "電子申請の拡充"), (22, "総務課"), (32, "申請件数"), (49, "900件")),
        line_at((22, "市民課")),
        line_at((1, "2"), (5, "会議の効率化"), (22, "企画財"), (32, "会議時間"), (48, "20時間")),
        line_at((22, "政課")),
        line_at((1, "3"), (5, "窓口の案内"), (22, "市民課"), (32, "案内件数"), (49, "200件")),
        line_at((1, "4"), (5, "スマホ教室の開催"), (22, "生涯学習課"), (32, "参加者数"), (49, "120人")),
        "",
    ]
)


def test_a_cells_line_under_a_top_aligned_row_stays_its_own() -> None:
    """No row takes a line over it where no row's lines are centred: 市民課 is 1's second 課, not 2's."""
    plan = parse(TOP_ALIGNED_CELLS.encode(), filename="nara.txt")
    found = {i["code"]: i["departments"] for i in plan["initiatives"]}
    assert found == {"1": ["総務課", "市民課"], "2": ["企画財政課"], "3": ["市民課"], "4": ["生涯学習課"]}
