"""Tables of municipalities no reader was written against, as text copied out of a PDF viewer
(issue 8): pdfplumber's text (each printed row on one line, cells joined by single blanks) and
plain ``pdftotext`` / pdfminer text (a table's cells one by one, in blocks that follow the page,
not the rows). The excerpts below are invented; the slow tests score the Chromium prints of
``other/tabledocs.py`` through each extractor.
"""

from __future__ import annotations

import pytest

from shinchoku.importers import parse
from shinchoku.importers.planjson import validate

from .other.expected import scores

# pdfplumber's text of a 進捗状況一覧: a 基本目標 line across the table, a 担当課 cell and an
# indicator that wrapped onto a second line, an initiative's second indicator on a row of its
# own, the legend under the table.
ROWS = """\
若葉台市DX推進計画 令和6年度 進捗状況一覧
番号 取組名 担当課 指標 基準値 目標値 実績値 評価
基本目標1 便利な市役所
1-1 電子申請の拡充 情報政策課 電子申請できる手続の 40件 150件 96件 B
市民課 数
1-2 窓口のキャッシュレス化 会計課 対応窓口数 0か所 8か所 8か所 A
キャッシュレス決済の割合 5% 40% 22% C
基本目標2 効率的な行政
2-1 文書の電子決裁 総務課 電子決裁率 0% 90% 64% B
※評価 A：目標を達成 B：概ね順調 C：やや遅れ
進捗：A 達成 B 順調 C 遅れ
"""


def _plan(text: str) -> dict:
    plan = parse(text.encode(), filename="一覧.txt", municipality="試験市")
    validate(plan)
    assert plan["plan"]["source"]["layout"] == "generic"
    return plan


def _numbers(item: dict) -> list[list[float]]:
    return [
        [v["value"] for v in (i["baseline"], *i["targets"], i["final_target"], *i["actuals"]) if v]
        for i in item["indicators"]
    ]


def test_rows_joined_by_blanks_are_cut_into_the_headers_columns() -> None:
    plan = _plan(ROWS)
    items = {i["code"]: i for i in plan["initiatives"]}
    assert [(c, i["title"]) for c, i in items.items()] == [
        ("1-1", "電子申請の拡充"),
        ("1-2", "窓口のキャッシュレス化"),
        ("2-1", "文書の電子決裁"),
    ]
    assert items["1-1"]["departments"] == ["情報政策課", "市民課"]  # the wrapped 担当課 cell
    assert items["1-1"]["indicators"][0]["name"] == "電子申請できる手続の数"
    assert _numbers(items["1-1"]) == [[40, 150, 96]]
    assert _numbers(items["1-2"]) == [[0, 8, 8], [5, 40, 22]]  # its second indicator
    assert _numbers(items["2-1"]) == [[0, 90, 64]]


def test_a_guessed_row_is_named_by_its_line() -> None:
    messages = {(w.get("line"), w["message"]) for w in _plan(ROWS)["warnings"]}
    assert any(line == 5 and "上の行の続き" in m for line, m in messages), messages
    assert any("空白区切り" in m for _, m in messages), messages


@pytest.mark.parametrize("header_again", [True, False], ids=["header-repeated", "header-not-repeated"])
def test_rows_on_the_next_page_belong_to_the_table_above(header_again: bool) -> None:
    """A table cut by a page break: the next page starts with its running header (and maybe the
    table's header again, which the page furniture may take out), then the table's rows; an
    indicator's row at the top of the page is still the initiative's above."""
    first, rest = ROWS.split("キャッシュレス決済の割合")
    header = ROWS.splitlines()[1] + "\n" if header_again else ""
    text = f"{first}- 1 -\n\f若葉台市DX推進計画\n{header}キャッシュレス決済の割合{rest}- 2 -\n"
    items = {i["code"]: i for i in _plan(text)["initiatives"]}
    assert list(items) == ["1-1", "1-2", "2-1"]
    assert _numbers(items["1-2"]) == [[0, 8, 8], [5, 40, 22]]
    assert items["2-1"]["departments"] == ["総務課"]
    assert _numbers(items["2-1"]) == [[0, 90, 64]]


# The same kind of table as plain pdftotext prints it: the cells of a column in blocks of a few
# rows, the codes with their titles, the figures band by band (each figure column for the same rows).
STREAM = """\
若葉台市DX推進計画 令和6年度 進捗状況一覧
番号
取組名

担当課

指標

基準値

目標値

実績値

1-1
電子申請の拡充
1-2
窓口のキャッシュレス化

情報政策課・市民課
会計課

電子申請できる手続数
対応窓口数

40件
0か所

150件
8か所

96件
8か所

1-3
2-1
職員のテレワーク推進
文書の電子決裁

人事課
総務課

テレワーク実施者数
電子決裁率

15人
0%

300人
90%

210人
64%

※評価は年度末に行います。
"""


def test_cells_listed_one_by_one_are_put_back_in_rows_by_their_order() -> None:
    plan = _plan(STREAM)
    got = [(i["code"], i["title"], i["departments"], _numbers(i)) for i in plan["initiatives"]]
    assert got == [
        ("1-1", "電子申請の拡充", ["情報政策課", "市民課"], [[40, 150, 96]]),
        ("1-2", "窓口のキャッシュレス化", ["会計課"], [[0, 8, 8]]),
        ("1-3", "職員のテレワーク推進", ["人事課"], [[15, 300, 210]]),
        ("2-1", "文書の電子決裁", ["総務課"], [[0, 90, 64]]),
    ]
    assert any("セルが1つずつ並んだ" in w["message"] for w in plan["warnings"])


def test_figures_that_cannot_be_placed_are_left_out_with_a_warning() -> None:
    """An initiative with two indicator rows: the figures outnumber the titles, and nothing in
    the text says whose they are: the initiatives are read, the figures are not."""
    text = STREAM.replace("電子決裁率\n", "電子決裁率\n押印を廃止した手続数\n").replace(
        "0%\n\n90%\n\n210人\n64%", "0%\n10件\n\n90%\n80件\n\n210人\n64%\n35件"
    )
    text = text.replace("15人\n0%\n\n300人\n90%", "15人\n0%\n10件\n\n300人\n90%\n80件")
    plan = _plan(text)
    assert [i["title"] for i in plan["initiatives"]] == [
        "電子申請の拡充",
        "窓口のキャッシュレス化",
        "職員のテレワーク推進",
        "文書の電子決裁",
    ]
    assert all(not i["indicators"] for i in plan["initiatives"])
    (message,) = [w["message"] for w in plan["warnings"] if "セルが1つずつ" in w["message"]]
    assert "指標の数値は行との対応が確かめられないため読みませんでした" in message


def test_a_second_indicator_printed_after_the_last_rows_is_the_last_initiatives() -> None:
    """文書の電子決裁's second indicator on a row of its own, printed as a block of its own after
    the rows of the last titles (plain pdftotext sets a row apart that way): it can only be the
    last initiative's, so it is read as its second indicator, with its name."""
    text = STREAM.replace(
        "※評価は年度末に行います。",
        "押印を廃止した手続数\n\n10件\n\n80件\n\n35件\n\n※評価は年度末に行います。",
    )
    plan = _plan(text)
    got = {i["code"]: _numbers(i) for i in plan["initiatives"]}
    assert got == {
        "1-1": [[40, 150, 96]],
        "1-2": [[0, 8, 8]],
        "1-3": [[15, 300, 210]],
        "2-1": [[0, 90, 64], [10, 80, 35]],
    }
    names = [k["name"] for k in plan["initiatives"][3]["indicators"]]
    assert names == ["電子決裁率", "押印を廃止した手続数"]
    assert not any("読みませんでした" in w["message"] for w in plan["warnings"])


def test_a_second_indicator_printed_between_two_initiatives_rows_is_left_out() -> None:
    """窓口のキャッシュレス化's second indicator printed between the two blocks of rows: it may be
    1-2's or (a title merged down its rows is printed after the rows above its middle) 1-3's, so
    it is left out, with a warning that counts it; every other row keeps its figures."""
    text = STREAM.replace("\n1-3\n", "\nキャッシュレス決済の割合\n\n5%\n\n40%\n\n22%\n\n1-3\n")
    plan = _plan(text)
    got = {i["code"]: _numbers(i) for i in plan["initiatives"]}
    assert got == {"1-1": [[40, 150, 96]], "1-2": [[0, 8, 8]], "1-3": [[15, 300, 210]], "2-1": [[0, 90, 64]]}
    assert any("指標の数値のうち1行分は行との対応が確かめられない" in w["message"] for w in plan["warnings"])


def test_two_initiatives_over_three_rows_of_figures_keep_only_what_is_sure() -> None:
    """Two titles, then three rows of figures: the first row is the first title's and the last row
    the last title's; whose the middle row is, is not said (left out)."""
    text = STREAM.replace("対応窓口数\n", "対応窓口数\nキャッシュレス決済の割合\n").replace(
        "40件\n0か所\n\n150件\n8か所\n\n96件\n8か所",
        "40件\n0か所\n5%\n\n150件\n8か所\n40%\n\n96件\n8か所\n22%",
    )
    text = text[: text.index("1-3")] + "※評価は年度末に行います。\n"
    plan = _plan(text)
    got = {i["code"]: _numbers(i) for i in plan["initiatives"]}
    assert got == {"1-1": [[40, 150, 96]], "1-2": [[5, 40, 22]]}
    assert any("指標の数値のうち1行分" in w["message"] for w in plan["warnings"])


def test_wrapped_department_cells_are_told_by_the_rows_printed_with_them() -> None:
    """Two rows' 担当課 printed as three names on three lines: the two titles above (and the two
    indicators after) say they are two cells, and only one way names no department twice."""
    text = STREAM.replace("情報政策課・市民課\n会計課\n", "情報政策課\n市民課\n会計課、市民課\n")
    plan = _plan(text)
    assert [i["departments"] for i in plan["initiatives"]] == [
        ["情報政策課", "市民課"],
        ["会計課", "市民課"],
        ["人事課"],
        ["総務課"],
    ]
    assert not any("読みませんでした" in w["message"] for w in plan["warnings"])


def test_department_cells_that_could_be_cut_two_ways_are_left_out() -> None:
    """「情報政策課」「市民課」「会計課」 for two rows: 「情報政策課・市民課」 + 「会計課」 or 「情報政策課」 +
    「市民課・会計課」 — not said, so those two rows get no 担当課 and the warning counts them."""
    text = STREAM.replace("情報政策課・市民課\n会計課\n", "情報政策課\n市民課\n会計課\n")
    plan = _plan(text)
    assert [i["departments"] for i in plan["initiatives"]] == [[], [], ["人事課"], ["総務課"]]
    assert any("担当課のうち2行分は行との対応が確かめられない" in w["message"] for w in plan["warnings"])


# pdfplumber's text of a narrow (A5) print: the header's labels wrap (「番/号」「担当/課」「評/価」),
# and so does every cell — a title, a 担当課 name cut inside (「DX推進」「課」), an indicator, a
# figure's unit cut from its digits (「12,000」「件」), a grade (「未達」「成」); the header printed
# again on page 2; a second indicator on a row of its own.
WRAPPED = """\
若葉台市DX推進計画 KPI進捗管理表（令和6年度）
番 取組名 担当 指標 現状値 目標値 実績値 評
号 課 (R4) 価
R5 R6 R7 R5 R6
基本目標１ 便利な市役所
1 電子申請の拡 DX推進 電子申請できる手 40件 80件 120件 12,000 96件 110件 A
充 課 続数 件
市民課
2 窓口のキャッシ 会計課 対応窓口数 0か所 4か所 8か所 8か所 8か所 8か所 未達
ュレス化 成
キャッシュレス決済 5% 20% 30% 40% 22% 31% B
の割合
- 1 -
\f番 取組名 担当 指標 現状値 目標値 実績値 評
号 課 (R4) 価
R5 R6 R7 R5 R6
3 文書の電子決裁 総務課 電子決裁率 0% 50% 70% 90% 64% 81% B
- 2 -
"""


def test_a_narrow_print_with_every_cell_wrapped_is_read_cell_by_cell() -> None:
    plan = _plan(WRAPPED)
    items = {i["code"]: i for i in plan["initiatives"]}
    assert [(c, i["title"], i["departments"]) for c, i in items.items()] == [
        ("1", "電子申請の拡充", ["DX推進課", "市民課"]),
        ("2", "窓口のキャッシュレス化", ["会計課"]),
        ("3", "文書の電子決裁", ["総務課"]),
    ]
    assert [k["name"] for k in items["2"]["indicators"]] == ["対応窓口数", "キャッシュレス決済の割合"]
    online = items["1"]["indicators"][0]
    assert online["name"] == "電子申請できる手続数"
    assert (online["baseline"]["fy"], online["baseline"]["value"]) == (2022, 40)
    assert [(t["fy"], t["value"]) for t in online["targets"]] == [(2023, 80), (2024, 120), (2025, 12000)]
    assert items["2"]["indicators"][0]["evaluations"][0]["text"] == "未達成"
    assert any("折り返した部分を各セルに戻しました" in w["message"] for w in plan["warnings"])


def test_a_wrapped_header_needs_every_piece_below_it_to_complete_a_label() -> None:
    """「号 課 (R4) 価」 completes 「番」「担当」「現状値」「評」; a line of other words under a header
    is no part of it, and the text is no table this reader knows."""
    from shinchoku.importers.readers.wrappedrows import wrapped_header

    first = ["番", "取組名", "担当", "指標", "現状値", "目標値", "実績値", "評"]
    assert wrapped_header(first, ["号", "課", "(R4)", "価"]) == [
        "番号",
        "取組名",
        "担当課",
        "指標",
        "現状値(R4)",
        "目標値",
        "実績値",
        "評価",
    ]
    assert wrapped_header(first, ["号", "課", "市民", "価"]) is None


def test_a_block_of_rows_followed_by_new_titles_ends_with_its_last_titles_row() -> None:
    """1-1 and 1-2 over three rows of figures, then 1-3 and 2-1 with a row each: the middle row may
    be 1-1's or 1-2's, but the block's last row is 1-2's (the rows after it are the new titles')."""
    text = STREAM.replace("対応窓口数\n", "対応窓口数\nキャッシュレス決済の割合\n").replace(
        "40件\n0か所\n\n150件\n8か所\n\n96件\n8か所",
        "40件\n0か所\n5%\n\n150件\n8か所\n40%\n\n96件\n8か所\n22%",
    )
    plan = _plan(text)
    got = {i["code"]: _numbers(i) for i in plan["initiatives"]}
    assert got == {
        "1-1": [[40, 150, 96]],
        "1-2": [[5, 40, 22]],
        "1-3": [[15, 300, 210]],
        "2-1": [[0, 90, 64]],
    }
    assert any("指標の数値のうち1行分" in w["message"] for w in plan["warnings"])


# pdfminer's text of a table: a row's cells one after the other, but two rows' figures set side by
# side where the next row's title comes between (「0か所 8か所」, then 1-3's cells, then 「15人 300人
# 8か所 210人」).
SIDE_BY_SIDE = """\
若葉台市DX推進計画 令和6年度 進捗状況一覧
番号
取組名
担当課
指標
基準値
目標値
実績値

1-1 電子申請の拡充
情報政策課
電子申請できる手続数
40件
150件
96件

1-2 窓口のキャッシュレス化
会計課
対応窓口数
0か所
8か所

1-3 職員のテレワーク推進
人事課 テレワーク実施者数
15人
300人
8か所
210人
"""


def test_two_rows_figures_set_side_by_side_are_told_apart_by_their_units() -> None:
    plan = _plan(SIDE_BY_SIDE)
    got = {i["code"]: _numbers(i) for i in plan["initiatives"]}
    assert got == {"1-1": [[40, 150, 96]], "1-2": [[0, 8, 8]], "1-3": [[15, 300, 210]]}


def test_rows_side_by_side_with_one_unit_are_left_out() -> None:
    """The same with 1-3's figures in か所 too: nothing tells the two rows' figures apart."""
    plan = _plan(SIDE_BY_SIDE.replace("人\n", "か所\n"))
    assert all(not i["indicators"] for i in plan["initiatives"])
    assert any("指標の数値は行との対応が確かめられない" in w["message"] for w in plan["warnings"])


# --- the Chromium prints of other/tabledocs.py through each extractor ------------------------

#: The least each print reaches (F1 of initiatives, KPI numbers, 担当課) by extractor, and why
#: where it is below 1.0. Judged at 0.90 / 0.85 / 0.85. ``paged``: printed on A5 with tall rows,
#: over several pages with the header repeated (白石市 and 緑川町 wrap every cell there: read by
#: pdfplumber's text only, ``readers/wrappedrows.py``).
A4 = ("aoba", "kitahama", "shiroishi", "midorikawa", "higashiyama", "momoyama")
FLOORS: dict[tuple[str, str, bool], tuple[float, float, float]] = {
    **{(doc, "pdfplumber", False): (1.0, 1.0, 1.0) for doc in A4},
    # higashiyama: an initiative's last indicator alone at the top of the next page; shiroishi and
    # midorikawa: the header's labels and every cell wrapped
    **{(doc, "pdfplumber", True): (1.0, 1.0, 1.0) for doc in A4},
    **{
        (doc, ex, paged): (1.0, 1.0, 1.0)
        for doc in ("aoba", "kitahama")
        for ex in ("pdftotext", "pdfminer")
        for paged in (False, True)
    },
    **{("momoyama", ex, True): (1.0, 1.0, 1.0) for ex in ("pdftotext", "pdfminer")},
    # 担当課 cells that wrapped (「DX推進課」「市民課」) among names of other rows on adjacent lines:
    # the indicators printed after each block of names say how many cells it holds; 「都市計画課」
    # 「人事課」「DX推進課」 for two rows could be cut two ways (those two rows left out)
    ("shiroishi", "pdftotext", False): (1.0, 1.0, 0.823),
    ("momoyama", "pdftotext", False): (1.0, 1.0, 1.0),
    # pdfminer sets two rows' figures side by side: told apart by their units (白石市), or, without
    # units (北浜町 has a 単位 column), no band of rows
    ("shiroishi", "pdfminer", False): (1.0, 1.0, 1.0),
    ("kitahama", "pdfminer", True): (1.0, 0.0, 1.0),
    ("momoyama", "pdfminer", False): (1.0, 1.0, 1.0),
    # a second indicator on a row of its own: more rows of figures than titles; the rows whose
    # title the order tells are read (a block of as many rows as titles, a block's first row and —
    # when new titles follow — its last, the first and last rows, rows after the last title's),
    # the others left out
    ("midorikawa", "pdftotext", False): (1.0, 0.875, 1.0),
    ("midorikawa", "pdfminer", False): (1.0, 0.0, 1.0),  # its figures come in no bands of rows
    # all six titles before the first rows of figures: only the first and last rows are sure
    **{("higashiyama", ex, False): (1.0, 0.347, 1.0) for ex in ("pdftotext", "pdfminer")},
    # each title printed before its rows (or in the middle of them, merged down): 6 rows of 10
    **{("higashiyama", ex, True): (1.0, 0.733, 1.0) for ex in ("pdftotext", "pdfminer")},
}


@pytest.mark.slow
@pytest.mark.parametrize(
    ("doc", "extractor", "paged"), sorted(FLOORS), ids=lambda v: {True: "A5", False: "A4"}.get(v, str(v))
)
def test_viewer_text_of_an_unseen_table_scores(doc: str, extractor: str, paged: bool) -> None:
    from .other import tabledocs
    from .other.tablevariants import DOCUMENTS, _pdf
    from .samplepdf import viewer_text

    _, expected = DOCUMENTS[f"{doc}-csv"]
    text = viewer_text(_pdf(getattr(tabledocs, doc)(), doc, paged=paged), extractor)
    found = scores(_plan(text), expected)
    least = dict(zip(("initiatives", "kpi", "departments"), FLOORS[doc, extractor, paged], strict=True))
    assert all(found[k] >= v - 0.001 for k, v in least.items()), found


def test_figures_printed_out_of_their_rows_order_are_not_given_to_the_wrong_row() -> None:
    """The second row's indicator and figures printed before the first row's figures: the band
    right after 「対応窓口数」 is that indicator's, not the first row's, so no figure is placed."""
    text = """\
若葉台市DX推進計画 令和6年度 進捗状況一覧
番号
取組名

担当課

指標

基準値

目標値

実績値

評価

1-1
電子申請の拡充
1-2
窓口のキャッシュレス化

情報政策課
会計課

電子申請できる手続数

対応窓口数
0か所
8か所
8か所
A

40件
150件
96件
B
"""
    plan = _plan(text)
    assert [(i["code"], i["title"], i["departments"]) for i in plan["initiatives"]] == [
        ("1-1", "電子申請の拡充", ["情報政策課"]),
        ("1-2", "窓口のキャッシュレス化", ["会計課"]),
    ]
    assert all(not i["indicators"] for i in plan["initiatives"])


# Plain pdftotext of a 工程表 printed by a browser, row after row, a cell a paragraph: the header's years wrapped
# (「令和６年」 over 「度」), 「（R5）」「（R10）」 each on a line under 「基準値」「目標値」, a narrow 担当課 cell
# wrapped before its 課 (「地域振興」 … 「課」, the indicator printed between, the title's wrapped 「用」 just before the
# 課), a cell of two 課, and a taller row's cells printed before the next row's code (its indicator and figures centred
# lower than the short row's).
ROW_BY_ROW = """\
番号

事業名

担当課

令和６年

令和７年

度

度

成果指標

基準値

目標値

（R5）

（R10）

1

窓口予約のオンライン化

市民課

オンライン予約の件数

120件

900件

2

公用車の予約システム導入

管財課
契約課

予約システムの利用課数

0課

25課

40%

95%

3

職員研修のオンライン化

人事課

オンライン受講の割合

4

オープンデータの公開と活

地域振興

公開データセット数

用

課

15件

60件
"""


def test_cells_of_rows_printed_row_by_row_go_to_the_rows_after_their_codes() -> None:
    plan = _plan(ROW_BY_ROW)
    got = [(i["code"], i["title"], i["departments"], _numbers(i)) for i in plan["initiatives"]]
    assert got == [
        ("1", "窓口予約のオンライン化", ["市民課"], [[120, 900, 900]]),
        ("2", "公用車の予約システム導入", ["管財課", "契約課"], [[0, 25, 25]]),
        ("3", "職員研修のオンライン化", ["人事課"], [[40, 95, 95]]),  # printed before its code
        ("4", "オープンデータの公開と活用", ["地域振興課"], [[15, 60, 60]]),  # 「用」 printed before 「課」
    ]
    (indicator,) = plan["initiatives"][2]["indicators"]
    assert indicator["baseline"]["fy"] == 2023 and indicator["final_target"]["fy"] == 2028  # 基準値（R5） 目標値（R10）


def test_a_row_whose_number_a_full_width_blank_sets_apart_is_a_row() -> None:
    """A heading 「４　各取組の内容」 ends a table of rows copied with single blanks; a row written the same way, with its
    figures and 担当課 (「1-1　電子申請の拡充 情報政策課 10件 40件」), does not (review: the file was refused)."""
    text = "\n".join(
        [
            "若草市DX推進計画",
            "番号 取組名 担当課 現状値 目標値",
            "基本目標1 便利な市役所",
            "1-1\u3000電子申請の拡充 情報政策課 10件 40件",
            "1-2\u3000窓口のキャッシュレス化 会計課 2か所 8か所",
            "基本目標2 効率的な行政",
            "2-1\u3000文書の電子決裁 総務課 0% 90%",
            "2-2\u3000テレワークの推進 人事課 5% 30%",
        ]
    )
    plan = _plan(text)
    assert [(i["code"], i["title"], i["departments"]) for i in plan["initiatives"]] == [
        ("1-1", "電子申請の拡充", ["情報政策課"]),
        ("1-2", "窓口のキャッシュレス化", ["会計課"]),
        ("2-1", "文書の電子決裁", ["総務課"]),
        ("2-2", "テレワークの推進", ["人事課"]),
    ]
