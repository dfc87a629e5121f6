"""Where the rules for plain ``pdftotext`` of cards under numbered headings stop (``readers.labelruns``), each read on a
small text of the shape of 檀原町's plan (batch 44, a Word document of 取組 each a label | value table under 「取組１ …」)
and on the nearest shape it must leave as it was —

- cards whose labels come a line each under their numbered heading, then their values (``read_headed_cards``), are
  read as those cards, a partial plan with a warning, where nothing else reads the text — not three headings with only
  one card's labels under its own heading, not headings numbered the same twice, not a sentence or a label after
  「取組１」, and not a text the outline reads already (labels and values alternating: no warning of this rule);
- a figure dated by a bare R-year 「24 手続（R6）」 is a card's figure, and 「R7 導入 R8～R10 運用」 a 工程's steps
  (``labelruns._DATED_FIGURE``, ``labelruns._STEP``) — not a year over a figure 「R7 120」, nor an undated figure.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from shinchoku.importers import ParseError, parse
from shinchoku.importers.document import Document, Line, Location, Page, Table
from shinchoku.importers.readers.cellrows import _spaced_unit
from shinchoku.importers.readers.labelruns import HEADED_NOTE, _value_kind, read_headed_cards
from shinchoku.importers.readers.numbered_cells import read_numbered_cells
from shinchoku.importers.text import nfkc

#: One card as plain pdftotext gives it: the heading, the labels, then the values (the 内容 wrapped).
_CARD = """取組{no} {title}
担当課
内容
指標
現状値
目標値
工程
{ka}
{title}を進めるため、手続の見直しを
行います。
{name}
{base} 件（R6）
{goal} 件（R10）
R7 導入 R8～R10 運用
"""

_CARDS = [
    ("１", "電子申請の拡充", "総務課", "電子申請できる手続数", 24, 100),
    ("２", "証明書のコンビニ交付", "町民課", "コンビニ交付の件数", 600, 2000),
    ("３", "書かない窓口の導入", "町民課", "書かない窓口の利用件数", 0, 8000),
]


def _text(
    cards: list[tuple[Any, ...]] = _CARDS, head: str = "若葉町デジタル化推進計画（令和７年度～令和10年度）\n"
) -> str:
    body = "\n".join(
        _CARD.format(no=no, title=title, ka=ka, name=name, base=base, goal=goal)
        for no, title, ka, name, base, goal in cards
    )
    return head + "基本方針１ 便利な役場\n\n" + body


def _parse(text: str) -> dict[str, Any]:
    return parse(text.encode(), filename="plan.txt")


def _document(text: str) -> Document:
    lines = [Line(line, Location(line=at + 1)) for at, line in enumerate(text.splitlines()) if line.strip()]
    return Document("text", [Page(1, list(lines))])


def test_cards_under_numbered_headings_are_read_as_a_partial_plan() -> None:
    plan = _parse(_text())
    items = {item["code"]: item for item in plan["initiatives"]}
    assert [(code, item["title"], item["departments"]) for code, item in items.items()] == [
        ("1", "電子申請の拡充", ["総務課"]),
        ("2", "証明書のコンビニ交付", ["町民課"]),
        ("3", "書かない窓口の導入", ["町民課"]),
    ]
    kpi = items["2"]["indicators"][0]
    assert (kpi["name"], kpi["baseline"]["fy"], kpi["baseline"]["value"]) == ("コンビニ交付の件数", 2024, 600)
    assert (kpi["final_target"]["fy"], kpi["final_target"]["value"]) == (2028, 2000)
    assert [(step["fy"], step["label"]) for step in items["1"]["schedule"]] == [
        (2025, "導入"),
        (2026, "運用"),
        (2027, "運用"),
        (2028, "運用"),
    ]
    assert any(HEADED_NOTE[:20] in warning["message"] for warning in plan["warnings"])


def test_a_heading_without_its_labels_keeps_its_number_and_title() -> None:
    """Two cards' headings together (two columns), then labels and values: whose values follow cannot be told — both
    keep their number and title only, no 担当課 guessed from lines that may be the other's; the cards after read."""
    four = [*_CARDS, ("４", "窓口のキャッシュレス化", "会計室", "キャッシュレス決済の件数", 10, 500)]
    whole = _text(four)
    text = whole[: whole.index("取組３") + len("取組３ 書かない窓口の導入\n")] + whole[whole.index("取組４") :]
    items = {item["code"]: item for item in _parse(text)["initiatives"]}
    assert [(items[code]["title"], items[code]["departments"], items[code]["indicators"]) for code in "34"] == [
        ("書かない窓口の導入", [], []),
        ("窓口のキャッシュレス化", [], []),
    ]
    assert (items["1"]["departments"], items["2"]["departments"]) == (["総務課"], ["町民課"])


def test_two_cards_labels_before_both_values_read_no_values() -> None:
    """Card 1's labels run straight into card 2's heading and labels, then both cards' values: card 2 takes none of
    card 1's values (「総務課」, 「24 件」) — both keep number and title only."""
    first = _text().index("総務課\n")
    second = _text().index("取組２")
    text = _text()[:first] + _text()[second : _text().index("町民課\n")] + _text()[first:second]
    text += _text()[_text().index("町民課\n") :]
    items = {item["code"]: item for item in _parse(text)["initiatives"]}
    assert [(items[code]["departments"], items[code]["indicators"]) for code in "12"] == [([], []), ([], [])]
    assert items["3"]["departments"] == ["町民課"]


def test_a_heading_over_values_without_labels_is_no_card() -> None:
    """A heading whose labels are missing and whose next line is a value is no card (prose may follow a heading as
    well): with two cards left the text is too few cards, refused."""
    text = _text().replace(
        "取組３ 書かない窓口の導入\n担当課\n内容\n指標\n現状値\n目標値\n工程\n", "取組３ 書かない窓口の導入\n"
    )
    with pytest.raises(ParseError):
        _parse(text)


@pytest.mark.parametrize(
    "before",
    [
        # a 目次 naming each 取組 with its page: a leader, or a page number a blank apart
        "目次\n取組１ 電子申請の拡充 …… 3\n取組２ 証明書のコンビニ交付 …… 4\n取組３ 書かない窓口の導入 …… 5\n",
        "目次\n取組１ 電子申請の拡充 3\n取組２ 証明書のコンビニ交付 4\n取組３ 書かない窓口の導入 5\n",
        # prose opening with each 取組's name
        "第４章 計画の評価\n取組１ 電子申請の拡充について、対象手続を順次拡大し、\n"
        "取組２ 証明書のコンビニ交付では利用が伸びています。また\n取組３ 書かない窓口の導入は\n来年度に着手します。\n",
    ],
)
def test_a_contents_entry_or_prose_is_no_card(before: str) -> None:
    """Lines naming the 取組 again before the cards (a 目次's entries, a sentence) are no headings: the three cards are
    read once each, coded by their own number alone — a chapter's heading above (「第４章」) is no level of the codes."""
    items = _parse(_text(head="若葉町デジタル化推進計画（令和７年度～令和10年度）\n" + before))["initiatives"]
    assert [(item["code"], item["title"], item["departments"]) for item in items] == [
        ("1", "電子申請の拡充", ["総務課"]),
        ("2", "証明書のコンビニ交付", ["町民課"]),
        ("3", "書かない窓口の導入", ["町民課"]),
    ]


def test_a_chapter_heading_is_no_level_of_the_codes() -> None:
    """A chapter's heading over the cards (「第３章 具体的な取組」) stays out of the codes: 「1」, not 「第3章-1」."""
    items = _parse(_text(head="若葉町デジタル化推進計画（令和７年度～令和10年度）\n第３章 具体的な取組\n"))["initiatives"]
    assert [item["code"] for item in items] == ["1", "2", "3"]


def test_only_one_card_with_its_labels_is_no_such_text() -> None:
    bare = (
        _text()
        .replace("書かない窓口の導入\n担当課\n内容\n指標\n現状値\n目標値\n工程\n", "書かない窓口の導入\n")
        .replace("証明書のコンビニ交付\n担当課\n内容\n指標\n現状値\n目標値\n工程\n", "証明書のコンビニ交付\n")
    )
    assert read_headed_cards(_document(bare)) is None
    assert read_headed_cards(_document(_text())) is not None


def test_two_headings_are_too_few() -> None:
    assert read_headed_cards(_document(_text(_CARDS[:2]))) is None


def test_headings_numbered_the_same_twice_are_no_cards() -> None:
    """A list of 取組 printed twice (a 体系図 then the cards) cannot say which heading is whose."""
    again = [_CARDS[0], _CARDS[1], _CARDS[2], _CARDS[0]]
    assert read_headed_cards(_document(_text(again))) is None


@pytest.mark.parametrize("line", ["取組１ を進めた結果、手続が増えました。", "取組１ 担当課"])
def test_a_sentence_or_a_label_after_the_number_is_no_heading(line: str) -> None:
    fourth = ("４", "窓口のキャッシュレス化", "会計室", "キャッシュレス決済の件数", 10, 500)
    text = _text([*_CARDS, fourth]).replace("取組１ 電子申請の拡充", line)
    document = read_headed_cards(_document(text))
    assert document is not None  # the other three headings still make the shape
    titles = [block.rows[1][1].text for block in document.blocks() if isinstance(block, Table)]
    assert titles == ["証明書のコンビニ交付", "書かない窓口の導入", "窓口のキャッシュレス化"]


def test_labels_and_values_alternating_are_read_as_before() -> None:
    """The outline reads 「担当課」 with its value right after it: this rule, the last resort, is not reached."""
    text = "若葉町デジタル化推進計画\n基本方針１ 便利な役場\n" + "".join(
        f"取組{no} {title}\n担当課\n{ka}\n" for no, title, ka, *_ in _CARDS
    )
    plan = _parse(text)
    assert [item["code"] for item in plan["initiatives"]] == ["1", "2", "3"]
    assert plan["initiatives"][0]["departments"] == ["総務課"]
    assert not any(HEADED_NOTE[:20] in warning["message"] for warning in plan["warnings"])


def test_prose_or_a_figure_opening_with_an_r_year_is_no_step() -> None:
    """A 内容 wrapped at 「R8 に全手続の見直しを行い、」 or a 現状値 written 「R6 実績 24 件」 is no 工程: 取組１ keeps no
    schedule from it — its own 工程 line alone is read."""
    text = _text().replace("行います。\n電子申請できる手続数", "R8 に全手続の見直しを行い、\n電子申請できる手続数", 1)
    first = _parse(text)["initiatives"][0]
    assert [step["fy"] for step in first["schedule"]] == [2025, 2026, 2027, 2028]
    figures = _text().replace("24 件（R6）\n100 件（R10）", "R6 実績 24 件\nR10 目標 100 件", 1)
    first = _parse(figures)["initiatives"][0]
    assert [step["label"] for step in first["schedule"]] == ["導入", "運用", "運用", "運用"]


def test_headings_alone_stay_refused() -> None:
    """Numbered headings with no card's labels under any are a list of titles no rule of these reads."""
    text = "若葉町デジタル化推進計画\n" + "".join(f"取組{no} {title}\n" for no, title, *_ in _CARDS)
    with pytest.raises(ParseError):
        _parse(text)


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("24 手続（R6）", "figure"),
        ("1,250 件（令和5年度）", "figure"),
        ("24 手続", "text"),
        ("R7 導入 R8～R10 運用", "step"),
        ("R7～R10 拡充", "step"),
        ("R7 120", "text"),
        ("R7～R10", "text"),
        ("R7 検討　R8 導入　R9～R10 運用", "step"),
        ("R8 に全手続の見直しを行い、", "text"),
        ("R9 以降は新たな手続も対象とします。", "text"),
        ("R6 実績 24 件", "text"),
        ("R10 目標 100 件", "text"),
    ],
)
def test_a_value_line_kind(line: str, kind: str) -> None:
    assert _value_kind(line) == kind


@pytest.mark.parametrize(
    ("line", "one_cell"),
    [
        ("30 手続", True),
        ("4.5 ％", True),
        ("0 窓口", True),
        ("5 年", True),
        ("30 か所", True),
        ("30 箇所", True),
        ("0 部", True),
        ("2 館", True),
        ("1 センター", True),
        ("2 市民課", False),
        ("2 総務部", False),
        ("1 デジタル推進課", False),
        ("2025 年度", False),
        ("2025 年", False),
        ("7 年度", False),
        ("3 導入", False),
        ("R7 120", False),
    ],
)
def test_a_figure_and_its_unit_a_blank_apart(line: str, one_cell: bool) -> None:
    """``cellrows._spaced_unit``: a figure and a unit a blank apart are one cell of a figure column — a row's number
    and its 課, a year, a number and a step are not, short as their words are."""
    assert _spaced_unit(nfkc(line)) is one_cell


@pytest.mark.parametrize(("old", "new"), [("３０手続", "３０ か所"), ("０台", "０ 部")])
def test_a_unit_ending_like_a_department_stays_one_figure(old: str, new: str) -> None:
    """栗林町's 進捗管理表 (batch 41) with a figure's unit a blank apart that ends like an office (「か所」「部」): the
    figure stays one cell, all seven 取組 read with their own 課 as before."""
    text = (Path(__file__).parent / "other" / "kuribayashi_calc_plain.txt").read_text(encoding="utf-8")
    assert old in text
    items = _parse(text.replace(old, new))["initiatives"]
    assert [item["code"] for item in items] == ["1", "2", "4", "5", "6", "8", "9"]
    assert all(len(item["departments"]) == 1 for item in items)


# --- a ruled list's numbered rows among strays: the longest run numbered in order (``numbered_cells._longest_run``) ---

#: A ruled list as plain pdftotext gives it: the header's labels, then each row's number over its title, the other
#: cells scattered — a figure 「120」 over an indicator's name among them.
_LIST = """若葉町ＤＸ推進計画（令和７年度～令和10年度）
No.
取組名
担当課
成果指標
1
電子申請の拡充
総務課
120
電子申請の利用件数
2
書かない窓口の導入
町民課
3
窓口のキャッシュレス化
会計室
4
会議のペーパーレス化
"""


def _rows(text: str) -> list[tuple[str, str]] | None:
    """The numbered rows ``read_numbered_cells`` reads of ``text`` (None: none), and its note."""
    document = read_numbered_cells(_document(text))
    if document is None:
        return None
    table = next(block for block in document.blocks() if isinstance(block, Table))
    return [(row[0].text, row[1].text) for row in table.rows[1:]]


def _note(text: str) -> str:
    document = read_numbered_cells(_document(text))
    assert document is not None
    return " ".join(note for _, note in document.notes)


def test_a_figure_over_an_indicator_is_no_row() -> None:
    assert _rows(_LIST) == [
        ("1", "電子申請の拡充"),
        ("2", "書かない窓口の導入"),
        ("3", "窓口のキャッシュレス化"),
        ("4", "会議のペーパーレス化"),
    ]
    assert "番号の続かない1行" in _note(_LIST)


def test_rows_numbered_as_most_are() -> None:
    """Codes of parts 「1-1」: a bare figure 「131」 over an indicator's name follows none of them, no row."""
    text = _LIST.replace("\n1\n", "\n1-1\n").replace("\n2\n", "\n1-2\n").replace("\n3\n", "\n2-1\n")
    text = text.replace("\n4\n", "\n2-2\n").replace("\n120\n", "\n131\n")
    assert [code for code, _ in _rows(text) or []] == ["1-1", "1-2", "2-1", "2-2"]


def test_the_list_begun_again_whole_is_taken() -> None:
    """A 工程表 after the scattered list numbering every row again, in order: the longer run is the rows."""
    again = "工程表\n" + "".join(f"{no}\n{title}\n" for no, title in [(1, "電子申請の拡充"), (2, "書かない窓口の導入"),
        (3, "窓口のキャッシュレス化"), (4, "会議のペーパーレス化"), (5, "職員研修の実施")])  # fmt: skip
    assert [code for code, _ in _rows(_LIST + again) or []] == ["1", "2", "3", "4", "5"]
    # the scattered list's titles cut where they wrapped (「電子申請の拡」): its 1–4 and the 工程表's 5 are a run as long,
    # further apart — the 工程表's rows, printed together, are taken
    cut = _LIST.replace("電子申請の拡充", "電子申請の拡").replace("書かない窓口の導入", "書かない窓口の")
    assert (_rows(cut + again) or [])[:2] == [("1", "電子申請の拡充"), ("2", "書かない窓口の導入")]


def test_a_number_over_the_next_number_leaves_the_titles_unknown() -> None:
    """「2」「3」 a line each before the titles: the title after 「3」 may be 2's — refused as before."""
    text = _LIST.replace("\n2\n書かない窓口の導入\n", "\n2\n3\n書かない窓口の導入\n").replace(
        "\n3\n窓口のキャッシュレス化\n", "\n窓口のキャッシュレス化\n"
    )
    text += "5\n職員研修の実施\n6\nテレワークの推進\n"  # (3 to 6 would be a run long enough)
    assert _rows(text) is None
    assert _rows(text.replace("\n2\n3\n", "\n2\n町民課\n3\n")) is not None


def test_a_contents_page_is_no_list() -> None:
    """A 目次's page numbers over its chapters' headings (「5」「第４章 取組一覧」) are no rows."""
    chapters = ["計画の基本的な考え方", "本町の姿", "計画の体系", "施策の展開", "推進体制"]
    # (five entries, a run longer than the list's four rows: were they rows, they would be taken)
    contents = "目次\n" + "".join(f"{no}\n第{no}章 {name}\n" for no, name in enumerate(chapters, 1))
    text = _LIST.replace(
        "若葉町ＤＸ推進計画（令和７年度～令和10年度）\n",
        "若葉町ＤＸ推進計画（令和７年度～令和10年度）\n" + contents,
    )
    text = text.replace("\n120\n", "\n12\n")
    assert _rows(text) == [
        ("1", "電子申請の拡充"),
        ("2", "書かない窓口の導入"),
        ("3", "窓口のキャッシュレス化"),
        ("4", "会議のペーパーレス化"),
    ]


def test_two_rows_in_order_are_too_few() -> None:
    text = _LIST.replace("\n3\n窓口のキャッシュレス化\n", "\n9\n窓口のキャッシュレス化\n").replace(
        "\n4\n会議のペーパーレス化\n", "\n7\n会議のペーパーレス化\n"
    )
    assert _rows(text) is None


@pytest.mark.parametrize(
    "stray", ["※「－」は集計中のもの。基準値は令和５年度の実績。", "45.0％ R7～", "5団体 R7～", "注 数値は年度末"]
)
def test_a_note_or_a_figure_after_a_number_is_no_title(stray: str) -> None:
    """A note under the table (「※…。」) or a figure with its 工程 after a number is no row's title: the row 5 it would
    add is left out, the four rows stay."""
    assert _rows(_LIST + f"5\n{stray}\n") == _rows(_LIST)
    for title in ("職員研修の実施", "注目の施策の発信", "5G 基地局の整備促進"):
        assert [code for code, _ in _rows(_LIST + f"5\n{title}\n") or []] == ["1", "2", "3", "4", "5"]


def test_a_glossary_numbered_in_order_is_no_list() -> None:
    """A 用語の解説 after the scattered list, each word numbered and explained by a sentence (「1」「ＲＰＡ」「…仕組み。」):
    longer than the list's run, it is no 取組 table — the list's four rows are read, none of the glossary's words."""
    words = ["ＲＰＡ", "ＡＩ－ＯＣＲ", "ガバメントクラウド", "マイナポータル", "ＬＧＷＡＮ", "テレワーク"]
    glossary = "用語の解説\nNo.\n用語\n解説\n" + "".join(
        f"{no}\n{word}\n{word}を使う仕組み。\n" for no, word in enumerate(words, 1)
    )
    assert [title for _, title in _rows(_LIST + glossary) or []] == [
        "電子申請の拡充",
        "書かない窓口の導入",
        "窓口のキャッシュレス化",
        "会議のペーパーレス化",
    ]


@pytest.mark.parametrize("cut", ["の手続", "割合", "電子決裁の", "生成AI・"])
def test_a_title_cut_where_it_wraps_leaves_the_list_refused(cut: str) -> None:
    """A row's title that is a piece of a wrapped one (opening with a particle, two characters, cut after 「の」「・」):
    whose title is which cannot be told — refused, not read with 「の手続」 for a 取組."""
    assert _rows(_LIST.replace("窓口のキャッシュレス化", cut)) is None
    assert _rows(_LIST.replace("窓口のキャッシュレス化", "窓口の電子化")) is not None


def test_a_number_above_the_header_is_no_row() -> None:
    """「1-1」 over a 基本目標's name printed above the header's 「取組名」 (小春野市) is no row: the rows under the header
    are read, not 「手続がかんたんなまち」 for 1-1."""
    text = _LIST.replace("No.\n", "No.\n1\n手続がかんたんなまち\n", 1).replace("\n1\n電子申請の拡充\n", "\n電子申請の拡充\n")
    rows = _rows(text.replace("\n120\n", "\n131\n") + "5\n職員研修の実施\n")
    assert rows == [("2", "書かない窓口の導入"), ("3", "窓口のキャッシュレス化"), ("4", "会議のペーパーレス化"), ("5", "職員研修の実施")]


def test_a_title_beside_its_indicator_leaves_the_list_refused() -> None:
    """A title's line holding two cells side by side (「テレワークの推進 テレワーク実施職員数（年間）」: the title and its
    indicator's name): refused, not read as a title — a short word apart (「5G 基地局の整備促進」) is a title."""
    assert _rows(_LIST.replace("窓口のキャッシュレス化", "窓口のキャッシュレス化 キャッシュレス決済の割合")) is None
    assert _rows(_LIST.replace("窓口のキャッシュレス化", "5G 基地局の整備促進")) is not None
