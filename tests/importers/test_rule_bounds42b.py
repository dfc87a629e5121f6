"""Where the rules that raised batch 40's and 41's prints stop (``readers.columns``, ``readers.pdf``): a header's label
printed over three lines takes its two lower lines as one tail, and a year takes its 「度」; a KPI grid's name line
centred between its 「目標」 and 「実績」 lines goes up into the 「目標」 line only where no blank line sets it apart; two
numbered rows one under the other share the upper one's 課 (nothing else, no run of three) only in a table whose other
rows a blank line sets apart; a
header a blank line under a block starts a table only where the block has no header of its own; a PDF cell's lines
stay apart only in a row whose first cell holds numbers rising by one, a line each, and only where they are no one
word broken (a 課 cut, a title wrapped); a KPI box's labels given among its
cells go ahead of them only from a 「指標名」 and where two stand together; a table without a header goes on with the
list before it unless its rows open with labels (a card); a heading's word before a Roman numeral and a hyphened
number (「施策Ⅱ-3」) numbers it as 「2-3」, not a Roman numeral alone; a page's two columns are found past the left
column's indent, a card's field after its label no table's header."""

from __future__ import annotations

from typing import Any

import pytest

from shinchoku.importers import load_source, parse
from shinchoku.importers.document import Cell, Line, Table
from shinchoku.importers.readers import read_document
from shinchoku.importers.readers.cellrows import figure_of_year
from shinchoku.importers.readers.columns import (
    _cut_year,
    _header_under_headless,
    _measures_centred,
    fragments,
)
from shinchoku.importers.readers.measure_lines import _labels_gathered
from shinchoku.importers.readers.pdf import _typed_in_one
from shinchoku.importers.readers.textcolumns import _field, unfold
from shinchoku.importers.shapes.numbering import split_numbered
from shinchoku.importers.shapes.tables import _card_rows


def _rows(text: str, first: str) -> list[list[str]]:
    """The rows of the table of ``text`` (read as an uploaded .txt) whose first cell is ``first``."""
    document = read_document(load_source(text.encode(), filename="plan.txt"))
    (table,) = [t for t in document.tables() if t.texts()[0][0] == first]
    return table.texts()


#: 楓原市's 取組一覧 through ``pdftotext -layout`` (batch 40): 「基準値」 over 「（2023年」 over 「度）」, the years over 「度」.
THREE_LINE_HEADER = (
    'No.         取組名         成果指標         基準値       2025年     2026年     2027年     2028年\n'
    '                                （2023年          度         度         度         度\n'
    '                                     度）\n'
    '【総務部 情報政策課】\n'
    '1     電子申請システムの拡   電子申請対応手続数           120       180       240       300       360\n'
    '      充            （手続）\n'
    '\n'
    '2     基幹業務システムの標   －                       －        －         －         －         －\n'
    '      準化\n'
    '3     情報セキュリティ研修   研修受講率（％）            78.5         85        90        95     100\n'
    '      の実施\n'
    '【総務部 行政経営課】\n'
)


def test_a_label_over_three_lines_takes_its_two_lower_lines() -> None:
    """The year under 「基準値」 had gone to 「成果指標」 (over the same place in display width): the baseline undated."""
    assert _rows(THREE_LINE_HEADER, "No.")[0] == [
        "No.",
        "取組名",
        "成果指標",
        "基準値（2023年度）",
        "2025年度",
        "2026年度",
        "2027年度",
        "2028年度",
    ]


@pytest.mark.parametrize(
    ("label", "tail", "cut"),
    [("2025年", "度", True), ("R7年", "度", True), ("令和7", "度", False), ("目標", "度", False), ("2025年", "度数", False)],
)
def test_a_year_takes_its_du_only_where_it_ends_in_nen(label: str, tail: str, cut: bool) -> None:
    assert _cut_year(label, tail) is cut


#: 栂池町's 指標 grid through ``pdftotext -layout`` (batch 41): each name's line centred between its 目標 and 実績 lines.
GRID = (
    '■指標\n'
    '\n'
    '  区分                    指標名          単位       基準値                  R6             R7        R8        R9\n'
    '                                              （R5）\n'
    '                                                        目標              40             60        80        100\n'
    ' 活動指標    電子申請に対応した手続数                手続        25\n'
    '                                                        実績              44\n'
    '                                                        目標          2,000          3,000     4,000     5,000\n'
    ' 成果指標    電子申請の利用件数（年間）                件       1,200\n'
)


def test_a_name_centred_between_its_measures_goes_up_to_its_targets() -> None:
    rows = _rows(GRID, "区分")
    assert rows[1] == ["活動指標", "電子申請に対応した手続数", "手続", "25", "目標", "40", "60", "80", "100"]
    assert rows[2] == ["", "", "", "", "実績", "44", "", "", ""]


def test_a_name_a_blank_line_under_the_targets_is_a_row_of_its_own() -> None:
    """Set apart by a blank line, the 目標 line and the name's line are two rows of the grid, not one cell's lines."""
    rows = _rows(GRID.replace("\n 活動指標", "\n\n 活動指標"), "区分")
    assert "目標" in rows[1] and rows[1][:2] == ["", ""]
    assert rows[2][:2] == ["活動指標", "電子申請に対応した手続数"]


HEAD = (
    "                                                     現状値     目標値\n"
    " No.     取組名                      担当課       成果指標                     実施年度\n"
    "                                                     （R6）     （R9）\n"
    "\n"
)
ROWS = [
    " 1     電子申請の拡充              総務課       電子申請できる手続数        15手続    60手続    R7～R9\n",
    " 2     コンビニ交付の導入          住民課       コンビニ交付の利用件数       0件      800件    R7～R9\n",
    " 3     窓口予約の導入              市民課       予約できる窓口の数            2窓口     8窓口    R7～R9\n",
    " 4     公共施設予約のオンライン化  生涯学習課   オンライン予約の割合          0％      50％\n"
    " 5     施設使用料のキャッシュレス化             キャッシュレス決済の件数      0件    1,200件    R8～R9\n",
    " 6     ＲＰＡの導入                総務課       ＲＰＡによる削減時間          0時間    600時間    R7～R9\n",
]


def _departments(text: str) -> dict[str, list[str]]:
    plan = parse(text.encode(), filename="torikumi.txt", municipality="北杜見市")
    return {item["code"]: item["departments"] for item in plan["initiatives"]}


def test_two_rows_of_one_print_share_the_cell_one_leaves_empty() -> None:
    """槙尾村's 「4⏎5」 through -layout (batch 41): the rows a blank line apart, 4 and 5 one under the other — one printed
    row, its one 担当課 both's."""
    assert _departments(HEAD + "\n".join(ROWS))["5"] == ["生涯学習課"]


def test_rows_set_one_under_the_other_throughout_keep_their_empty_cells() -> None:
    """In a table none of whose rows a blank line sets apart, a row under another is a row of its own: 5's empty 担当課
    is no 4's."""
    assert _departments(HEAD + "".join(ROWS))["5"] == []


def _cell(*lines: str, left: float = 50.0) -> list[dict[str, Any]]:
    """A cell's characters as pdfplumber gives them: ``lines`` one under the other, 10 points a character."""
    return [
        {"text": ch, "x0": left + 10 * i, "x1": left + 10 * (i + 1), "top": 100 + 14 * n, "bottom": 110 + 14 * n, "size": 10}
        for n, line in enumerate(lines)
        for i, ch in enumerate(line)
    ]


def test_a_printed_row_of_two_numbers_a_line_each_keeps_its_cells_lines_apart() -> None:
    """槙尾村's 「4⏎5」 as the PDF (batch 41): its title cell's two lines and its figures' a line each, the 課 both's."""
    row = {
        0: _cell("4", "5"),
        1: _cell("公共施設予約のオンライン化", "施設使用料のキャッシュレス化"),
        2: _cell("生涯学習課"),
        3: _cell("0％", "0件"),
    }
    assert _typed_in_one(row) == {
        0: "4\n5",
        1: "公共施設予約のオンライン化\n施設使用料のキャッシュレス化",
        3: "0％\n0件",
    }


@pytest.mark.parametrize(
    "numbers",
    [("1", "(1)"), ("4", "6"), ("4",), ("2025", "2026"), ("4", "5件")],
)
def test_a_cell_of_numbers_not_rising_by_one_alone_on_their_lines_is_no_two_rows(numbers: tuple[str, ...]) -> None:
    """A 施策 over its 取組 (「1⏎(1)」), numbers apart, one number, years, a figure: the row's cells keep their text."""
    assert _typed_in_one({0: _cell(*numbers), 1: _cell("電子申請の", "拡充")}) == {}


#: 穂高台市's 評価結果の概要 through ``pdftotext -layout`` (batch 40): a count of grades, two blank lines, the 取組 table.
COUNT_THEN_LIST = (
    '３ 評価結果の概要\n'
    '              評価                            件数\n'
    '順調                          7件\n'
    '遅れ                          3件\n'
    '\n'
    '－                           1件\n'
    '計                           11件\n'
    '\n'
    '\n'
    ' 番号                 取組名                    担当課          評価\n'
    '1-1      電子申請の拡充                 デジタル推進課               順調\n'
    '1-2      窓口予約システムの導入             市民課                   順調\n'
    '1-3      公金収納のキャッシュレス化           会計課、納税課               遅れ\n'
    '\n'
    '1-4      オンライン相談の実施              福祉総務課                 遅れ\n'
    '2-1      ＡＩ議事録作成の導入              総務課                   順調\n'
    '2-2      ＲＰＡの活用拡大                行政改革課                 順調\n'
    '\n'
    '2-3      基幹業務システムの標準化            デジタル推進課               順調\n'
    '2-4      職員のＩＣＴ研修                人事課                   順調\n'
    '3-1      デジタル活用支援                高齢者支援課、生涯学習課          順調\n'
    '\n'
    '3-2      オープンデータの公開              企画課                   遅れ\n'
    '3-3      地域ポイントのデジタル化            商工観光課                 －\n'
)


def test_a_header_a_blank_line_under_a_headless_block_starts_a_table() -> None:
    """The 取組 table had run on from the count (「7件3件1件11件」 read as a 取組)."""
    document = load_source(COUNT_THEN_LIST.encode(), filename="plan.txt").document
    assert document is not None
    assert [table.texts()[0] for table in document.tables()] == [["評価", "件数"], ["番号", "取組名", "担当課", "評価"]]


def test_a_header_again_a_blank_line_under_its_table_stays_in_it() -> None:
    """Under a table with a header of its own, the header printed again is no new table's (the shapes drop it)."""
    lines = COUNT_THEN_LIST.split("\n")
    again = "\n".join([*lines[9:13], "", lines[9], *lines[14:17]]) + "\n"
    document = load_source(again.encode(), filename="plan.txt").document
    assert document is not None
    (table,) = document.tables()
    assert [row[0] for row in table.texts()] == ["番号", "1-1", "1-2", "1-3", "番号", "1-4", "2-1", "2-2"]


def _kpi(text: str) -> list[list[str]]:
    """The tables of a text given a cell a line (plain pdftotext), as rows."""
    document = read_document(load_source(text.encode(), filename="plan.txt"))
    return [row for table in document.tables() for row in table.texts()]


def test_a_kpi_boxs_labels_among_its_cells_go_ahead_of_them() -> None:
    """千草県's 1-2 through plain pdftotext (batch 40): the labels among the name and figures, each figure dated."""
    lines = ["指標名", "現状値", "カードを活用した県・市町村のサービス数", "目標値", "12サービス（R5）", "備考", "40サービス（R11）"]
    assert _kpi("\n\n".join(lines) + "\n\n施策１－３ キャッシュレス化の推進\n") == [
        ["指標名", "現状値", "目標値"],
        ["カードを活用した県・市町村のサービス数", "12サービス（R5）", "40サービス（R11）"],
    ]


def test_labels_after_a_line_that_is_no_indicators_label_stay_where_they_are() -> None:
    """A run opening with another label (「取組名」) is no KPI box: its labels are not gathered, and no table is made."""
    lines = ["取組名", "電子申請の拡充", "現状値", "目標値", "15手続（R5）", "60手続（R9）"]
    assert _kpi("\n\n".join(lines) + "\n") == []


@pytest.mark.parametrize(
    ("text", "figure"),
    [("210手続(R5)", True), ("8.2万人(R5)", True), ("25団体(令和8年度)", True), ("対象87施設", False), ("(R5)", False)],
)
def test_a_figure_with_its_year_in_brackets_is_a_figure(text: str, figure: bool) -> None:
    assert figure_of_year(text) is figure


def _table(*rows: tuple[str, ...]) -> Table:
    return Table(rows=[[Cell(text) for text in row] for row in rows])


def test_a_card_after_a_list_of_as_many_columns_goes_on_with_no_list() -> None:
    """穂高台市's first 進捗管理シート as the PDF (batch 40), right after its 一覧 of four columns: its rows open with
    labels, a card's (its 「令和６年度の実施状況」 row had been read as a 取組 of the 一覧)."""
    assert _card_rows(
        _table(
            ("取組番号", "1-1", "担当課", "デジタル推進課"),
            ("取組名", "電子申請の拡充", "", ""),
            ("実施年度", "☑R5 ☑R6 ☑R7 ☑R8", "", ""),
            ("取組内容", "申請件数の多い手続から順に電子申請を導入する。", "", ""),
            ("令和６年度の実施状況", "子育て・介護分野の43手続を新たに電子化した。", "", ""),
        )
    )


def test_a_lists_rows_over_a_page_break_go_on_with_it() -> None:
    """The 一覧's rows printed on the next page, each opening with its number: the list's, as before."""
    assert not _card_rows(
        _table(
            ("2-4", "職員のＩＣＴ研修", "人事課", "順調"),
            ("3-1", "デジタル活用支援", "高齢者支援課、生涯学習課", "順調"),
            ("3-2", "オープンデータの公開", "企画課", "遅れ"),
        )
    )


@pytest.mark.parametrize(
    ("text", "numbered"),
    [
        ("施策Ⅱ-3", ("施策", "2-3", "")),  # 早蕨町's card (batch 40): 施策 3 of 基本方針 Ⅱ
        ("施策Ⅰ-1 電子申請の拡充", ("施策", "1-1", "電子申請の拡充")),
        ("基本方針Ⅱ 効率的でしなやかな行政運営", ("基本方針", "II", "効率的でしなやかな行政運営")),  # no hyphen: its own level
        ("別表Ⅱ-3 指標の一覧", (None, None, "別表Ⅱ-3 指標の一覧")),  # no heading's word
    ],
)
def test_a_headings_roman_numeral_before_a_hyphened_number_is_its_level(
    text: str, numbered: tuple[str | None, str | None, str]
) -> None:
    assert split_numbered(text) == numbered



@pytest.mark.parametrize(
    ("part", "field"),
    [("期間      R7～R10", True), ("担当課     総務課", True), ("取組名    担当課", False), ("電子申請の拡充    総務課", False)],
)
def test_a_cards_field_after_its_label_is_no_tables_header(part: str, field: bool) -> None:
    assert _field(part) is field


#: 早蕨町's page of cards through ``pdftotext -layout`` (batch 40): two columns, the left's wrapped values indented at 8.
CARDS_IN_TWO_COLUMNS = (
    "\f"
    '                                                                   第２次早蕨町ＤＸ推進計画\n'
    '\n'
    '\n'
    '\n'
    '施策Ⅱ-2                                      基本方針Ⅲ 誰もがつながる地域づくり\n'
    'ＡＩ・ＲＰＡの活用\n'
    '担当課     総務課                                施策Ⅲ-1\n'
    '内容      定型的な入力作業にＲＰＡを、議事録の作成\n'
    '                                           スマホ教室の開催\n'
    '        等にＡＩを活用し、事務の時間を削減しま                担当課     健康福祉課、生涯学習課\n'
    '        す。                                 内容      高齢者向けに、スマートフォンの基本操作や\n'
    '指標      ＲＰＡを導入した業務数                                行政サービスの使い方の教室を開きます。\n'
    '        現状 2業務（R5）→ 目標 12業務（R10）           指標      スマホ教室の参加者数（年間）\n'
    '期間      R7～R10                                     現状 64人（R5）→ 目標 200人（R10）\n'
    '\n'
    '                                           期間      R7～R10\n'
    '施策Ⅱ-3\n'
    'ペーパーレス化の推進                                 施策Ⅲ-2\n'
    '担当課     総務課、議会事務局                          防災情報伝達のデジタル化\n'
    '内容      庁議や議会の資料をタブレットで配付し、紙               担当課     防災安全課\n'
    '        の使用量を減らします。                        内容      防災アプリの登録を進め、防災行政無線と合\n'
    '指標      会議資料のペーパーレス率                               わせて確実に情報を届けます。\n'
    '        現状 35％（R5）→ 目標 90％（R10）            指標      防災アプリの登録者数\n'
    '        コピー用紙の購入枚数（年間）                             現状 1,120人（R5）→ 目標 4,000人（R10）\n'
    '        現状 420,000枚（R5）→ 目標 200,000枚\n'
    '                                           期間      R7～R10\n'
    '        （R10）\n'
    '期間      R7～R10                             施策Ⅲ-3\n'
    '                                           観光・移住情報の発信強化\n'
    '施策Ⅱ-4\n'
)


def test_a_page_of_cards_in_two_columns_is_read_column_by_column() -> None:
    unfolded = unfold(CARDS_IN_TWO_COLUMNS)
    assert unfolded is not None
    lines = [line.strip() for line in unfolded[0].split("\n") if line.strip()]
    assert lines.index("施策Ⅱ-2") < lines.index("期間      R7～R10") < lines.index("基本方針Ⅲ 誰もがつながる地域づくり")
    assert "担当課     総務課" in lines and "施策Ⅲ-1" in lines


def test_a_table_whose_header_is_no_field_stays_a_table() -> None:
    """A page of a table whose rows start a cell at the same place is no page of two columns."""
    rows = [f"{n}    電子申請の拡充その{n}           総務課                情報政策課と連携して拡充する" for n in range(1, 10)]
    page = "\f取組名          担当課     内容\n" + "\n".join(rows) + "\n"
    assert unfold(page) is None



def test_an_indicator_between_its_measures_with_no_key_at_the_edge_stays_its_rows() -> None:
    """霞ヶ丘市's 2-3 through -layout (batch 28): its second indicator's line between 「目標」 and 「実績」 starts past the
    table's left edge (the 取組's number is on a line of its own): ``_keys_lifted``'s, not joined here."""
    lines = [
        '                                                                                     目標    450        400       350       300',
        '                                               庁内の印刷枚数（年間）           万枚     480',
        '                                                                                     実績    462        395',
        ' 2-3    ペーパーレス化の推進             総務課                                                                                                 Ｂ',
        '                                                                                     目標    50.0       65.0      80.0      90.0',
        '                                               電子決裁率                 ％      35.0',
        '                                                                                     実績    48.2       66.0',
    ]
    block = [(n + 1, fragments(text)) for n, text in enumerate(lines) if text.strip()]
    texts = [text for text in lines if text.strip()]
    assert _measures_centred(block, texts)[1] == texts


def _block(lines: list[str]) -> list[tuple[int, list[Any]]]:
    return [(n + 1, fragments(text)) for n, text in enumerate(lines)]


def test_a_header_under_a_cards_fields_is_the_cards() -> None:
    """桜台市's 取組シート through -layout (writer prints): 「ＫＰＩ  指標名  単位 …」 a blank line under the card's fields
    is the card's, no table of its own (its 課 and schedule had been lost); 穂高台市's 取組 header under its count of
    grades starts one."""
    card = [
        "取組番号    1-1",
        "取組名     マイナンバーカードを活用した窓口の簡素化",
        "取組の概要   導入します。",
    ]
    kpi = "ＫＰＩ     指標名                                単位        R5（基準）           R7    R9（目標）"
    assert not _header_under_headless(_block(card), [*card, "", kpi], kpi)
    count = ["順調                          7件", "遅れ                          3件", "計                           11件"]
    header = " 番号                 取組名                    担当課          評価"
    assert _header_under_headless(_block(count), [*count, "", header], header)


def test_a_cards_fields_among_its_kpi_labels_are_no_box() -> None:
    """東雲町's card through plain pdftotext (batch 4): 「スケジュール」 among 「成果指標」「現状値」「目標値」 — a card's
    fields a line each, not a box's labels to gather."""
    lines = ["成果指標", "現状値", "コンビニ交付の割合", "0％（令和5年度）", "目標値", "スケジュール", "30％（令和9年度）"]
    blocks = [Line(text) for text in lines]
    assert _labels_gathered(blocks) == blocks


#: A table of rows set apart, two of them one under the other: 4 a row of its own, its 実施時期 left empty.
APART_WITH_ONE_PAIR = (
    "番号     取組名                           担当課              実施時期\n\n"
    "1      電子申請の拡充                       デジタル推進課          R7～R9\n\n"
    "2      窓口のキャッシュレス化                   市民課              R7～R8\n\n"
    "3      公共施設予約のオンライン化                 施設管理課            R8～R10\n"
    "4      ペーパーレス会議の推進                   総務課\n\n"
    "5      オープンデータの公開                    情報政策課            R9～R10\n\n"
    "6      ＡＩチャットボット導入                   企画課              R8～R9\n"
)


def test_a_row_under_a_full_row_keeps_its_empty_years() -> None:
    """Row 4 lacks the 実施時期 row 3 has and has nothing 3 lacks: no sign of one print — and a span is never copied."""
    assert _rows(APART_WITH_ONE_PAIR, "番号")[4] == ["4", "ペーパーレス会議の推進", "総務課", ""]


def test_no_figure_goes_to_the_row_under_it() -> None:
    """A 目標 50 with no 実績 under a row of 実績 900: the 実績 stays empty."""
    text = (
        "番号     指標名                           担当課              目標値         実績値\n\n"
        "1      電子申請件数                        デジタル推進課           1,000         850\n\n"
        "2      キャッシュレス対応窓口数                  市民課                  15          12\n\n"
        "3      オンライン予約件数                     施設管理課             1,500         900\n"
        "4      会議資料のペーパーレス率                  総務課                  50\n\n"
        "5      公開データセット数                     情報政策課               100          40\n\n"
        "6      チャットボット対応件数                   企画課                 900         300\n"
    )
    assert _rows(text, "番号")[4] == ["4", "会議資料のペーパーレス率", "総務課", "50", ""]


def test_a_run_of_three_rows_shares_nothing() -> None:
    """Rows 3, 4, 5 on lines one under the other: 3's 備考 is neither 4's nor 5's (which pair is one print is unknown)."""
    text = (
        "番号   取組名                        担当課           実施時期     備考\n\n"
        "1      電子申請の拡充                デジタル推進課   R7～R9\n\n"
        "2      窓口のキャッシュレス化        市民課           R7～R8\n\n"
        "3      公共施設予約のオンライン化    施設管理課       R8～R10      国補助活用\n"
        "4      ペーパーレス会議の推進        総務課           R7～R10\n"
        "5      オープンデータの公開          情報政策課       R9～R10\n\n"
        "6      ＡＩチャットボット導入        企画課           R8～R9\n\n"
        "7      テレワーク環境の整備          人事課           R7～R8\n"
    )
    rows = _rows(text, "番号")
    assert rows[4][-1] == "" and rows[5][-1] == ""


#: A KPI grid numbered by 取組 as an editor aligns it (by display width, not on pdftotext's grid): the names between
#: their 目標 and 実績 lines.
WIDTH_ALIGNED = (
    "番号  取組名                  指標名              区分     R6      R7      R8\n"
    "                                                  目標     100     150     200\n"
    "1     電子申請の拡充          オンライン手続数\n"
    "                                                  実績      90\n"
    "                                                  目標      30      40      50\n"
    "2     窓口のキャッシュレス化  導入窓口数\n"
    "                                                  実績      25\n"
)


def test_a_grid_aligned_by_display_width_is_joined_by_display_width() -> None:
    """Padded by the name line's characters, the 「目標」 landed in R7's column and the name ran into the 取組名."""
    assert _rows(WIDTH_ALIGNED, "番号")[1] == ["1", "電子申請の拡充", "オンライン手続数", "目標", "100", "150", "200"]


def test_a_row_made_by_the_join_is_not_lifted_again() -> None:
    """``GRID`` numbered 1, 2, 3 with three indicators: the join left gaps in the line numbers that ``_keys_lifted``
    took for blank lines, lifting 2 into 1's 実績 line (2 read 実績 44)."""
    grid = GRID.replace("区分 ", "番号 ").replace(" 活動指標  ", " 1        ").replace(" 成果指標  ", " 2        ") + (
        "                                                        実績          1,800\n"
        "                                                        目標             10             20        30         40\n"
        ' 3       窓口の待ち時間の短縮                      分          45\n'
        "                                                        実績             38\n"
    )
    rows = _rows(grid, "番号")
    assert rows[1][:5] == ["1", "電子申請に対応した手続数", "手続", "25", "目標"] and rows[2][4:6] == ["実績", "44"]
    assert rows[3][:6] == ["2", "電子申請の利用件数（年間）", "件", "1,200", "目標", "2,000"]
    assert rows[4][4:6] == ["実績", "1,800"]


def test_a_cut_department_is_both_rows_not_a_line_each() -> None:
    """「生涯学習⏎課」 beside 「4⏎5」 and two titles: one 課 cut at its cell's edge, both rows' — not 生涯学習 to 4, 課 to 5."""
    row = {
        0: _cell("4", "5"),
        1: _cell("公共施設予約のオンライン化", "施設使用料のキャッシュレス化"),
        2: _cell("生涯学習", "課"),
        3: _cell("R7～R9"),
    }
    assert _typed_in_one(row) == {0: "4\n5", 1: "公共施設予約のオンライン化\n施設使用料のキャッシュレス化"}


def test_a_title_wrapped_at_its_cells_edge_beside_two_numbers_is_no_two_rows() -> None:
    """A title wrapped (its first line at the cell's right edge) beside 「1⏎2」: no cell but the first keeps lines apart."""
    row = {0: _cell("1", "2"), 1: _cell("マイナンバーカード", "の普及促進", left=100)}
    boxes = {0: (40.0, 90.0, 90.0, 140.0), 1: (95.0, 90.0, 195.0, 140.0)}
    assert _typed_in_one(row, boxes) == {}


def test_an_empty_number_cell_lets_no_figures_cell_number_the_row() -> None:
    """The row's first cell empty: a cell of figures 「1⏎2」 after it is no row's numbers."""
    row = {0: [], 1: _cell("1", "2"), 2: _cell("0件", "5件")}
    assert _typed_in_one(row) == {}
