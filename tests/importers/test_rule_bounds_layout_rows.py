"""Where the rules for a table's rows through ``pdftotext -layout`` stop (``readers.columns``): each rule read on a
table of its shape, and on the nearest shape it must leave as it was —

- a table numbered in two columns (施策 「２」 merged down beside its 取組's 「3」「4」「5」), its rows a blank line apart
  in some places and not in others: the lines over a 施策's number that open with a 取組's own number are rows of
  their own, no cells of the 施策's row centred on it (``columns._numbered_row``); lines over a 取組's number that open
  with its indicator's name or figures are still its own (``_keys_lifted``);
- a note at the table's left edge under its rows (「※現状値は令和６年度、…」) ends the table: the page's lines under it
  (「このページに関するお問い合わせ  デジタル推進課  電話 …」) are no row (``columns._note_under``); a 「※」 note in a
  row's 備考 cell stays that row's;
- a 体系図 printed as a table, 基本目標 | 施策 | 取組 merged down, each 取組 cell its code and title one blank apart
  (「1-1-1 電子申請の拡充」): each code starts a row, the first column's number a heading's (``columns._code_cell``); a
  table numbered in its first column whose title cells open with a code keeps its rows.
"""

from __future__ import annotations

from typing import Any

from shinchoku.importers import parse
from shinchoku.importers.readers.columns import read_columns

from .printed_lines import line_at


def _read(text: str, filename: str) -> dict[str, dict[str, Any]]:
    return {i["code"]: i for i in parse(text.encode(), filename=filename)["initiatives"]}


# --- numbered in two columns, the 施策's number on its first row's line -------------------------------------------

#: 鶴見台市's 取組一覧 (batch 43), a web page printed by Chromium and read through ``pdftotext -layout``: 施策 and 担当課
#: merged down (rowspan), each printed on the first row it covers; the rows a blank line apart, but 3 and 4, 4 and 5,
#: 7 and 8 not.
TWO_NUMBERS = "\n".join(
    [
        "鶴見台市ＤＸ推進計画",
        "計画期間：令和７年度～令和10年度",
        "",
        "取組一覧",
        "",
        "       施策        No.       取組名                    担当課               成果指標        現状値（R6）    目標値（R10）     実施年度",
        "１   行政手続のデジタル化    1    電子申請の拡充             デジタル推進課            電子申請できる手続数           85手続       300手続     R7～R10",
        "",
        "                  2    オンライン決済の導入                             オンライン決済に対応した手続数       5手続        80手続     R7～R10",
        "",
        "                  3    書かない窓口の導入           市民課                書かない窓口の利用件数（年間）        0件       20,000件   R8～R10",
        "                  4    窓口予約の導入                                予約による来庁者の割合            0％          30％    R8～R10",
        "２   行政運営の効率化      5    基幹業務システムの標準化        情報政策課              －                       －            －    R7～R8",
        "",
        "                  6    ＲＰＡの活用              行政改革課、人事課          ＲＰＡによる削減時間（年間）     1,800時間     6,000時間    R7～R10",
        "",
        "                  7    テレワークの推進                               テレワークを実施した職員の割合       12％          50％    R7～R10",
        "３   地域社会のデジタル化    8    デジタル活用支援            高齢福祉課、生涯学習課        スマホ教室の参加者数（年間）        240人        800人    R7～R10",
        "",
        "                  9    見守りサービスの導入                             見守りサービスの利用世帯数         0世帯       300世帯     R9～R10",
        "",
        "                 10    オープンデータの推進          デジタル推進課            公開データセット数             22件         100件    R7～R10",
    ]
)  # fmt: skip


def test_rows_of_their_own_numbers_over_a_sections_number_keep_their_place() -> None:
    """8's 担当課 are 高齢福祉課 and 生涯学習課, 7 has none written (first: 「３ 地域社会のデジタル化」 and 8's 課 went up
    into 7's line, 7 took 8's 課 and 8 had none); 「２」 starts on 5's line, not 3's."""
    (table,) = read_columns(TWO_NUMBERS).tables()
    sections = {row[2].text: row[0].text for row in table.rows[1:]}
    assert (sections["3"], sections["5"], sections["7"], sections["8"]) == ("", "２", "", "３")
    found = _read(TWO_NUMBERS, "tsurumidai.txt")
    assert (found["7"]["departments"], found["8"]["departments"]) == ([], ["高齢福祉課", "生涯学習課"])
    assert found["6"]["departments"] == ["行政改革課", "人事課"]


#: 取組 numbered in the first column, each centred on its indicators' lines (a sheet's cells merged down, Calc
#: centring them): the first indicator's line over the 取組's number, a blank line apart from the next 取組's lines.
CENTRED_ON_INDICATORS = "\n".join(
    [
        "榎町ＤＸ推進計画  進捗管理表",
        "計画期間：令和６年度～令和８年度",
        "",
        line_at((1, "No."), (6, "取組名"), (22, "担当課"), (32, "成果指標"), (50, "単位"), (56, "基準値"), (64, "目標値")),
        "",
        line_at((32, "電子申請できる手続数"), (50, "手続"), (58, "45"), (66, "200")),
        line_at((1, "1"), (6, "電子申請の拡充"), (22, "総務課")),
        line_at((32, "電子申請の利用件数"), (50, "件"), (56, "3,200"), (64, "15,000")),
        "",
        line_at((32, "交付率"), (50, "％"), (57, "71.5"), (65, "90.0")),
        line_at((1, "2"), (6, "マイナンバーカード"), (22, "住民課")),
        line_at((32, "コンビニ交付の利用率"), (50, "％"), (57, "12.0"), (65, "35.0")),
        "",
        line_at((32, "ＲＰＡを導入した業務数"), (50, "業務"), (59, "5"), (66, "30")),
        line_at((1, "3"), (6, "ＲＰＡの活用"), (22, "企画課")),
        line_at((32, "削減した作業時間"), (50, "時間"), (58, "800"), (64, "4,000")),
        "",
    ]
)  # fmt: skip


def test_indicator_lines_over_a_centred_number_are_still_its_rows() -> None:
    """The lines over each 取組's number open with its indicator's name, no number of a row: each is its 取組's (as
    before the rule)."""
    found = _read(CENTRED_ON_INDICATORS, "enoki.txt")
    assert {code: [k["name"] for k in item["indicators"]] for code, item in found.items()} == {
        "1": ["電子申請できる手続数", "電子申請の利用件数"],
        "2": ["交付率", "コンビニ交付の利用率"],
        "3": ["ＲＰＡを導入した業務数", "削減した作業時間"],
    }


# --- a note under the table -----------------------------------------------------------------------------------------


def test_a_note_under_the_table_ends_it() -> None:
    """The page's contact line under the note is no 取組 (first: 取組 「デジタル推進課」 titled 「電話 045-000-0000」)."""
    text = (
        TWO_NUMBERS
        + "\n"
        + "\n".join(
            [
                "※現状値は令和６年度、目標値は令和10年度の値です。",
                "このページに関するお問い合わせ デジタル推進課         電話 045-000-0000",
            ]
        )
    )
    found = _read(text, "tsurumidai.txt")
    assert list(found) == [str(n) for n in range(1, 11)]


def test_a_note_in_a_rows_cell_stays_the_rows() -> None:
    """「※R7は見込み」 in 2's 備考 column is 2's cell, and 3 under it a row of the same table."""
    text = "\n".join(
        [
            "楓町ＤＸ推進計画（令和７年度～令和９年度）",
            "",
            line_at((0, "No."), (5, "取組名"), (22, "担当課"), (32, "指標名"), (46, "目標値"), (56, "備考")),
            line_at((1, "1"), (5, "電子申請の拡充"), (22, "総務課"), (32, "申請件数"), (47, "900件")),
            line_at((1, "2"), (5, "会議の効率化"), (22, "企画課"), (32, "会議時間"), (46, "20時間"), (56, "※R7は見込み")),
            line_at((1, "3"), (5, "窓口の案内"), (22, "市民課"), (32, "案内件数"), (47, "200件")),
            "",
        ]
    )  # fmt: skip
    (table,) = read_columns(text).tables()
    assert [(row[0].text, row[-1].text) for row in table.rows] == [
        ("No.", "備考"),
        ("1", ""),
        ("2", "※R7は見込み"),
        ("3", ""),
    ]


# --- a 体系図 printed as a table, each 取組 its code and title in one cell ----------------------------------------------

#: 若杉町's 施策体系図 (batch 43), a Word table printed by Writer and read through ``pdftotext -layout``: 基本目標 and 施策
#: merged down, each 取組 cell 「1-1-1 電子申請の拡充」, a title wrapped (「窓口のキャッシュレス」 / 「化」).
TAIKEIZU = "\n".join(
    [
        "若杉町デジタル化推進計画（令和７年度～令和 10 年度）",
        "第３章 施策体系図",
        "",
        "基本目標            施策                取組                 担当課         実施期間",
        "１ 便利で身近な役場      (1) 行政手続のオンライン化   1-1-1 電子申請の拡充      総務課         R7～R10",
        "                                  1-1-2 証明書のコンビニ交付   町民課         R7～R10",
        "                                  1-1-3 窓口のキャッシュレス   町民課、会計室     R8～R10",
        "                                  化",
        "                (2) 情報発信の充実       1-2-1 町ホームページの刷新   企画課         R7～R8",
        "２ 効率的な行政運営      (1) 業務のデジタル化      2-1-1 基幹業務システムの標   総務課         R7～R7",
        "                                  準化",
        "                                  2-1-2 ＲＰＡ・ＡＩ－ＯＣＲ   総務課         R7～R10",
        "                                  の活用",
        "                (2) 人材の育成         2-2-1 職員のデジタル研修    総務課         R7～R10",
        "",
    ]
)  # fmt: skip


def test_each_code_opening_its_title_starts_a_row() -> None:
    """Each 取組 is read under its code with its whole title, 課 and years (first: no code, the titles cut at their
    wrap, all of a 基本目標's 取組 one row)."""
    found = _read(TAIKEIZU, "wakasugi.txt")
    assert list(found) == ["1-1-1", "1-1-2", "1-1-3", "1-2-1", "2-1-1", "2-1-2", "2-2-1"]
    assert (found["1-1-3"]["title"], found["1-1-3"]["departments"]) == (
        "窓口のキャッシュレス化",
        ["町民課", "会計室"],
    )
    assert found["2-1-1"]["title"] == "基幹業務システムの標準化"
    assert [s["fy"] for s in found["1-2-1"]["schedule"]] == [2025, 2026]


def test_codes_in_the_titles_of_rows_numbered_in_the_first_column_keep_the_rows() -> None:
    """Rows numbered 1 … 4 in the first column, each title opening with its 施策's code (「1-1 電子申請の拡充」): the
    numbers start the rows, as before the rule."""
    text = "\n".join(
        [
            "楡町ＤＸ推進計画（令和７年度～令和９年度）",
            "",
            line_at((0, "No."), (5, "取組名"), (30, "担当課"), (42, "実施期間")),
            line_at((1, "1"), (5, "1-1 電子申請の拡充"), (30, "総務課"), (42, "R7～R9")),
            line_at((1, "2"), (5, "1-2 証明書のコンビニ交付"), (30, "町民課"), (42, "R7～R8")),
            line_at((1, "3"), (5, "2-1 会議の効率化"), (30, "企画課"), (42, "R8～R9")),
            line_at((1, "4"), (5, "2-2 窓口の案内"), (30, "市民課"), (42, "R7～R9")),
            "",
        ]
    )  # fmt: skip
    found = _read(text, "nire.txt")
    assert [(code, item["departments"]) for code, item in found.items()] == [
        ("1", ["総務課"]),
        ("2", ["町民課"]),
        ("3", ["企画課"]),
        ("4", ["市民課"]),
    ]


#: 檜山町's 進捗管理表 (batch 29), printed by Calc and read through ``pdftotext -layout``: its last page's header and rows
#: (rows three blank lines apart, as tall as the sheet's), then the legend of the 達成状況 under the table in three pieces (「※達成状況   順調：…   概ね順調：…   遅れ：…」).
LEGEND_UNDER = "\n".join(
    [
        "檜山町ＤＸ推進計画            進捗管理表（令和７年度実績）",
        "計画期間：令和６年度～令和８年度",
        "",
        "                                                                  基準値            目標値              実績",
        " No.          取組名            担当課                     成果指標   単位                                                   達成状況                 備考",
        "                                                                  （R5）           （R8）        R6        R7               公民館５館でスマホ教室を開催した。支援員の養成講座を年２回開",
        "  7    デジタル活用支援          生涯学習課                                                                                    順調",
        "                                                                                                                        く。",
        "                                       デジタル活用支援員の人数         人                0          20         6        11",
        "",
        "",
        "",
        " 8     公衆無線ＬＡＮの整備        企画課           公衆無線ＬＡＮを整備した施設数      施設               8          25        13        19    順調    避難所となる学校の体育館を優先して整備した。",
        "",
        "",
        "",
        " 9     オープンデータの推進        企画課           公開データセット数            件            12             60        24        －    概ね順調   令和７年度の実績は集計中。推奨データセットの形式で公開する。",
        "",
        "",
        "",
        "※達成状況   順調：目標の達成に向け計画どおり 概ね順調：一部に遅れ   遅れ：計画より遅れている",
        "※「－」は集計中。",
        "",
    ]
)  # fmt: skip


def test_a_notes_line_of_pieces_under_the_table_ends_it() -> None:
    """9 keeps its number, title and 課 (first: 「9※達成状況」 titled 「オープンデータの推進順調：目標の達成に向け計画どおり」,
    its 課 「企画課概ね順調：一部に遅れ」)."""
    found = _read(LEGEND_UNDER, "hiyama.txt")
    assert list(found) == ["7", "8", "9"]
    assert (found["9"]["title"], found["9"]["departments"]) == ("オープンデータの推進", ["企画課"])


# --- what a 「※」 line under a header or in a row's first cell is -----------------------------------------------------


def _rows(text: str, filename: str) -> list[tuple[Any, ...]]:
    return [
        (i["code"], i["title"], i["departments"], [(s["fy"], s.get("label") or s.get("text")) for s in i["schedule"]])
        for i in parse(text.encode(), filename=filename)["initiatives"]
    ]


#: A 工程表 printed by Calc through ``pdftotext -layout`` (楓町): its header two lines deep (「実施スケジュール」 and
#: 「No.  取組名  担当課」 over 「R7  R8  R9  R10」), a note right under it, then the rows.
NOTE_UNDER_A_DEEP_HEADER = "\n".join(
    [
        '   楓町ＤＸ推進計画 工程表（令和７年度～令和10年度）',
        '',
        '                                     実施スケジュール',
        '     No.   取組名            担当課',
        '                                R7    R8   R9   R10',
        '※「導入」は本格稼働の年度',
        '      1  電子申請の拡充          総務課   検討   導入   運用    運用',
        '      2  会議の効率化           企画課   導入   運用   運用    運用',
        '      3  窓口の案内            市民課   検討   検討   導入    運用',
        '      4  ＲＰＡの活用           情報課   導入   拡大   運用    運用',
        '\x0c',
    ]
)  # fmt: skip

#: The same by hand, 「担当課」 wrapped 「担当 / 課」 and the note right under it.
NOTE_UNDER_A_WRAPPED_HEADER = "\n".join(
    [
        '楓町ＤＸ推進計画（令和７年度～令和10年度）',
        '',
        'No.  取組名                  担当          R7        R8        R9        R10',
        '                          課',
        '※年度は会計年度',
        ' 1   電子申請の拡充              総務課         検討        導入        運用        運用',
        ' 2   会議の効率化               企画課         導入        運用        運用        運用',
        ' 3   窓口の案内                市民課         検討        検討        導入        運用',
        ' 4   ＲＰＡの活用               情報課         導入        拡大        運用        運用',
    ]
)  # fmt: skip

_KAEDE_ROWS = [
    ("1", "電子申請の拡充", ["総務課"], [(2025, "検討"), (2026, "導入"), (2027, "運用"), (2028, "運用")]),
    ("2", "会議の効率化", ["企画課"], [(2025, "導入"), (2026, "運用"), (2027, "運用"), (2028, "運用")]),
    ("3", "窓口の案内", ["市民課"], [(2025, "検討"), (2026, "検討"), (2027, "導入"), (2028, "運用")]),
    ("4", "ＲＰＡの活用", ["情報課"], [(2025, "導入"), (2026, "拡大"), (2027, "運用"), (2028, "運用")]),
]


def test_a_note_right_under_a_header_of_two_lines_ends_no_table() -> None:
    """The four rows under the note are read (first: the note ended the table before any row, the plan refused)."""
    assert _rows(NOTE_UNDER_A_DEEP_HEADER, "kaede.txt") == _KAEDE_ROWS
    assert _rows(NOTE_UNDER_A_WRAPPED_HEADER, "kaede.txt") == _KAEDE_ROWS


#: 楓町's 取組一覧 printed by Calc through ``pdftotext -layout``: 重点取組 marked 「※」 at their titles' start, the
#: legend 「※は重点取組」 under the table.
MARKED_TITLES = "\n".join(
    [
        '楓町ＤＸ推進計画 取組一覧（令和７年度～令和９年度）',
        '',
        '取組名             担当課     成果指標   現状値（R6）   目標値（R9）',
        '電子申請の拡充         総務課     申請件数   120件      900件',
        '※会議の効率化         企画課     会議時間   40時間      20時間',
        '窓口の案内           市民課     案内件数   50件       200件',
        '※ＲＰＡの活用         情報課     削減時間   100時間     800時間',
        'オープンデータの推進      企画課     公開件数   10件       60件',
        '',
        '※は重点取組',
        '\x0c',
    ]
)  # fmt: skip

#: The same by hand, numbers marked 「※1」.
MARKED_NUMBERS = "\n".join(
    [
        '楓町ＤＸ推進計画（令和７年度～令和９年度）',
        '',
        'No.  取組名                  担当課         指標名               目標値       備考',
        '※1   電子申請の拡充              総務課         申請件数              900件',
        '※2   会議の効率化               企画課         会議時間              20時間',
        '※3   窓口の案内                市民課         案内件数              200件',
    ]
)  # fmt: skip


def test_a_row_whose_first_cell_opens_with_a_mark_is_a_row() -> None:
    """「※会議の効率化  企画課  会議時間 …」 has cells in the table's other columns: a row, not a note (first: 2 and 4
    of Calc's print, 2 and 3 of the numbered one, dropped as notes, and the rows under them)."""
    assert [(title, departments) for _, title, departments, _ in _rows(MARKED_TITLES, "kaede.txt")] == [
        ("電子申請の拡充", ["総務課"]),
        ("※会議の効率化", ["企画課"]),
        ("窓口の案内", ["市民課"]),
        ("※ＲＰＡの活用", ["情報課"]),
        ("オープンデータの推進", ["企画課"]),
    ]
    assert [(code, title) for code, title, _, _ in _rows(MARKED_NUMBERS, "kaede.txt")] == [
        ("※1", "電子申請の拡充"),
        ("※2", "会議の効率化"),
        ("※3", "窓口の案内"),
    ]


# --- which cells are codes opening their titles -------------------------------------------------------------------

#: A schedule column of months and their steps (「4-6 月 準備」「10-3 月 導入」「7-1 開始」), 1's title wrapped 「（新規）」.
MONTHS = "\n".join(
    [
        '楓町ＤＸ推進計画（令和７年度～令和９年度）',
        '',
        'No.  取組名                担当課         スケジュール            目標値',
        ' 1   電子申請の拡充            総務課         4-6 月 準備           900件',
        '     （新規）                           7-9 月 試行',
        ' 2   会議の効率化             企画課         4-9 月 検討          20時間',
        '                                    10-3 月 導入',
        ' 3   窓口の案内              市民課         7-1 開始             200件',
        ' 4   ＲＰＡの活用             情報課         4-6 月 調査          800時間',
        '                                    7-3 月 運用',
    ]
)  # fmt: skip


def test_spans_of_months_in_a_schedule_are_no_codes() -> None:
    """Four rows (first: 「（新規）」 beside 「7-9 月 試行」 a fifth initiative, the months taken for codes)."""
    assert [(code, title) for code, title, _, _ in _rows(MONTHS, "kaede.txt")] == [
        ("1", "電子申請の拡充"),
        ("2", "会議の効率化"),
        ("3", "窓口の案内"),
        ("4", "ＲＰＡの活用"),
    ]


#: A first column numbering each 施策 merged down over its 取組, whose titles open with their codes, 1's wrapped.
SECTION_NUMBERS = "\n".join(
    [
        '楡町ＤＸ推進計画（令和７年度～令和９年度）',
        '',
        'No.  取組名                      担当課         実施期間',
        ' 1   1-1 電子申請の拡充              総務課         R7～R9',
        '     （オンライン申請の                ',
        '     対象拡大）',
        ' 2   2-1 会議の効率化               企画課         R8～R9',
        '     2-2 窓口の案内                市民課         R7～R9',
        ' 3   3-1 ＲＰＡの活用               情報課         R7～R9',
        '     3-2 テレワーク                人事課         R7～R8',
    ]
)  # fmt: skip


def test_a_sections_number_beside_coded_titles_gives_way_to_the_codes() -> None:
    """Each row known by its own code, 1-1 … 3-2, its title whole and its years (first: 「1」「2」「2-2」「3」「3-2」;
    before the rule 2-1 and 2-2, 3-1 and 3-2 were one row each, read from the plain lines without title tails nor
    years)."""
    found = _rows(SECTION_NUMBERS, "nire.txt")
    assert [code for code, _, _, _ in found] == ["1-1", "2-1", "2-2", "3-1", "3-2"]
    assert found[0][1] == "電子申請の拡充（オンライン申請の対象拡大）"
    assert [years for _, _, _, years in found][1:3] == [
        [(2026, "実施"), (2027, "実施")],
        [(2025, "実施"), (2026, "実施"), (2027, "実施")],
    ]


#: 2's title wrapped over a second line opened by 「※」 at the left edge (「※    （再掲）」).
WRAPPED_MARK = "\n".join(
    [
        '楓町ＤＸ推進計画（令和７年度～令和９年度）',
        '',
        'No.  取組名                  担当課         指標名               目標値       備考',
        ' 1   電子申請の拡充              総務課         申請件数              900件',
        ' 2   会議の効率化               企画課         会議時間              20時間',
        '※    （再掲）',
        ' 3   窓口の案内                市民課         案内件数              200件',
        ' 4   ＲＰＡの活用               情報課         削減時間              800時間',
    ]
)  # fmt: skip


def test_a_marked_wrap_of_a_rows_title_stays_the_rows() -> None:
    """One table of four rows, 2 titled 「会議の効率化（再掲）」 (first: the line a note that ended the table, 3 and 4 a
    table of their own)."""
    tables = [block for page in read_columns(WRAPPED_MARK).pages for block in page.blocks if hasattr(block, "rows")]
    assert len(tables) == 1
    rows = [[cell.text for cell in row] for row in tables[0].rows]
    assert [row[0] for row in rows[1:]] == ["1", "2※", "3", "4"]
    assert rows[2][1] == "会議の効率化（再掲）"
