"""Column-aligned text as ``pdftotext -layout`` prints a table (issue 8): cells separated by runs
of spaces at the same display positions (a wide character counts 2), a cell's text wrapped onto
the following lines of its column, page furniture between pages.
"""

from __future__ import annotations

from functools import cache

import pytest

from shinchoku.importers import load_source, parse
from shinchoku.importers.readers.columns import fragments, header_like, looks_column_aligned, read_columns

from ..conftest import SEED_FILES
from .samplepdf import Print, pdftotext, sample_pdf
from .scoring import score
from .test_pdf_samples import TITLES

# Another municipality's 進捗状況一覧 the way pdftotext -layout prints it: the 取組名 and 担当課
# cells wrap onto a second line, a page break (footer page number, form feed, running header)
# falls inside the table and the header row is printed again on each next page.
PROGRESS = """\
                          架空町DX推進計画 進捗状況一覧

令和6年度 架空町DX推進計画 進捗状況一覧
番号   取組名                    担当課          指標                基準値     目標値     実績値    評価
1      行政手続のオンライン化    総務課          オンライン手続数    12手続     60手続     35手続    B
       の推進                    情報推進係
2      窓口キャッシュレス決済    税務課          対応窓口数          0窓口      8窓口      8窓口     A
       の導入
3      公共施設予約システムの    生涯学習課      オンライン予約率    10%        50%        22%       C
       更新

                                   - 1 -
\f                        架空町DX推進計画 進捗状況一覧
番号   取組名                    担当課          指標                基準値     目標値     実績値    評価
4      職員のテレワーク環境整備  総務課          テレワーク実施者数  15人       120人      64人      B
5      AI議事録作成の全庁展開    情報推進課      利用課数            3課        30課       30課      A

                                   - 2 -
\f                        架空町DX推進計画 進捗状況一覧
番号   取組名                    担当課          指標                基準値     目標値     実績値    評価
6      庁内無線LANの全庁整備     情報推進課      整備済み庁舎数      1庁舎      5庁舎      4庁舎     B

                                   - 3 -
"""


def test_fragments_count_wide_characters_twice() -> None:
    parts = fragments("番号   取組名    担当課")
    assert [(p.start, p.text) for p in parts] == [(0, "番号"), (7, "取組名"), (17, "担当課")]


def test_a_text_with_tabs_is_not_column_aligned() -> None:
    assert looks_column_aligned(PROGRESS)
    assert not looks_column_aligned(PROGRESS.replace("   ", "\t"))


def test_wrapped_cells_join_and_the_page_break_vanishes() -> None:
    document = read_columns(PROGRESS)
    rows = [row for table in document.tables() for row in table.texts()]
    assert rows[1][:3] == ["1", "行政手続のオンライン化の推進", "総務課情報推進係"]
    assert rows[3][:2] == ["3", "公共施設予約システムの更新"]
    assert rows[5][:3] == ["4", "職員のテレワーク環境整備", "総務課"]
    assert not any("- 1 -" in line.text for line in document.lines())


def test_the_generic_layout_reads_a_column_aligned_progress_list() -> None:
    source = load_source(PROGRESS.encode(), filename="kakuu.txt")
    assert source.text is not None and "1\t行政手続のオンライン化の推進\t" in source.text
    plan = parse(PROGRESS.encode(), filename="kakuu.txt", municipality="架空町")
    titles = [i["title"] for i in plan["initiatives"]]
    assert titles == [
        "行政手続のオンライン化の推進",
        "窓口キャッシュレス決済の導入",
        "公共施設予約システムの更新",
        "職員のテレワーク環境整備",
        "AI議事録作成の全庁展開",
        "庁内無線LANの全庁整備",
    ]
    by_title = {i["title"]: i for i in plan["initiatives"]}
    assert by_title["窓口キャッシュレス決済の導入"]["departments"] == ["税務課"]
    kpi = by_title["職員のテレワーク環境整備"]["indicators"][0]
    assert kpi["name"] == "テレワーク実施者数"
    assert kpi["baseline"]["value"] == 15
    assert kpi["final_target"]["value"] == 120


# ---------------------------------------------------------------- the samples through pdftotext -layout


@cache
def _layout_text(name: str, paper: str) -> str:
    how = Print(paper=paper, running_header=TITLES[name], page_numbers=True, merge_columns=2)
    return pdftotext(sample_pdf(SEED_FILES[name], how), layout=True)


@pytest.mark.slow
@pytest.mark.parametrize(("paper", "least_f1", "count"), [("A4", 0.97, 43), ("A3 landscape", 0.97, 43)])
def test_shibata_printed_and_extracted_with_pdftotext_layout(paper: str, least_f1: float, count: int) -> None:
    """新発田市's one wide table, printed and extracted with ``pdftotext -layout``: before the
    column reader the text was refused; read on pdftotext's character grid (readers/chargrid.py,
    test_extractors_shibata.py) every row is read, none wrongly (precision 1)."""
    text = _layout_text("shibata", paper)
    assert looks_column_aligned(text)
    found = parse(text.encode(), filename="shibata.txt")
    expected = parse(SEED_FILES["shibata"])
    result = score(found, expected)
    assert result.precision == 1.0, result
    assert result.f1 >= least_f1, result
    assert result.departments == 1.0 and result.codes == 1.0, result
    assert len(found["initiatives"]) == count
    assert found["municipality"]["name"] == "新発田市"
    second = found["initiatives"][1]
    assert (second["code"], second["title"]) == ("2", "Webによる議会報告会の開催")


def test_a_cards_schedule_line_of_years_with_values_is_no_header_row() -> None:
    # 「令和7年度：順次拡大」 is a year with its value; only bare years (or year + label) head columns
    assert not header_like(
        "【スケジュール】令和6年度：対象手続の調査  令和7年度：順次拡大   令和8年度：順次拡大"
    )
    assert header_like("取組名      令和6年度   令和7年度   令和8年度")


# 白石市's KPI table printed on A5 (every cell wrapped), as pdftotext -layout gives it: the header's
# labels wrap too (「番/号」「担当部/署」「評/価」), so its first line is no row of labels; page 2
# prints the two header rows and the years again, and row 3 is cut by the page break under them.
CUT_UNDER_WRAPPED_HEADER = """\
                            白石市DX推進計画 KP


白石市DX推進計画 KPI進捗管理表（令和6年度）

番   取組         担当部    KPI        現状値      目標値                        実績値               評
号              署                 (R4)                                                  価


                                          R5       R6       R7       R5       R6


基本目標１ 便利で身近な市役所


1   行政手続のオンラ   DX推進   オンライン申請件   2,400件   5,000件   8,000件   12,000   5,630件   7,915件   A
    イン化        課      数                                     件
               市民課


2   マイナンバーカー   市民課    マイナンバーカー   48.2%    70%      80%      90%      72.4%    81.0%    A
    ドの普及              ド
                      の交付率


3   窓口のキャッシュ   会計課    キャッシュレス対   0か所      5か所      10か所     15か所     6か所      11か所     A


                                    -1-
\f                               白石市DX推進計画 KP


番   取組         担当部    KPI        現状値       目標値                        実績値               評
号              署                 (R4)                                                   価


                                           R5       R6       R7       R5       R6
    レス化               応窓口数


4   防災メールの登録   危機管    防災メール登録者   6,500人    8,000人   9,000人   10,000   7,720人   8,840人   B
    促進         理課     数                                      人


基本目標２ 効率的でしなやかな行政


5   庁内のペーパーレ   総務課    コピー用紙の使用   3,200千    2,800千   2,400千   2,000千   2,950千   2,610千   C
    ス化         財政課    枚数         枚         枚        枚        枚        枚        枚


6   GIS（地図情報）の 都市計    共有レイヤー数    3         10       20       30       12       18       B
    庁内共有       画課


7   デジタル人材の育   人事課    研修受講者数     35人       100人     200人     300人     118人     226人     A
    成          DX推進   （累計）
               課


                                     -2-
"""


def test_a_row_cut_under_a_wrapped_header_printed_again_goes_on() -> None:
    plan = parse(CUT_UNDER_WRAPPED_HEADER.encode(), filename="shiroishi.txt", municipality="白石市")
    read = [(i["code"], i["title"], i["departments"]) for i in plan["initiatives"]]
    assert read == [
        ("1", "行政手続のオンライン化", ["DX推進課", "市民課"]),
        ("2", "マイナンバーカードの普及", ["市民課"]),
        ("3", "窓口のキャッシュレス化", ["会計課"]),
        ("4", "防災メールの登録促進", ["危機管理課"]),
        ("5", "庁内のペーパーレス化", ["総務課", "財政課"]),
        ("6", "GIS（地図情報）の庁内共有", ["都市計画課"]),
        ("7", "デジタル人材の育成", ["人事課", "DX推進課"]),
    ]
    (cashless,) = plan["initiatives"][2]["indicators"]
    assert cashless["name"] == "キャッシュレス対応窓口数"
    assert (cashless["baseline"]["value"], cashless["final_target"]["value"]) == (0, 15)
    assert [(a["fy"], a["value"]) for a in cashless["actuals"]] == [(2023, 6), (2024, 11)]


def test_a_page_that_starts_a_row_under_a_wrapped_header_keeps_its_rows() -> None:
    """The same print where the page break falls between rows: row 4 starts the page's table."""
    whole = CUT_UNDER_WRAPPED_HEADER.replace("\n    レス化               応窓口数\n", "\n").replace(
        "3   窓口のキャッシュ   会計課    キャッシュレス対   0か所      5か所      10か所     15か所     6か所      11か所     A\n",
        "3   窓口のキャッシュ   会計課    キャッシュレス対   0か所      5か所      10か所     15か所     6か所      11か所     A\n"
        "    レス化               応窓口数\n",
    )
    plan = parse(whole.encode(), filename="shiroishi.txt", municipality="白石市")
    assert [i["title"] for i in plan["initiatives"]][2:4] == [
        "窓口のキャッシュレス化",
        "防災メールの登録促進",
    ]
    assert plan["initiatives"][3]["indicators"][0]["baseline"]["value"] == 6500


# A narrow print's second page without the header: pdftotext lays the page out afresh and sets each
# word a blank or two after the one before it, so 「総務課 電子決裁率」 and the figures start a column early.
NARROW = """\
架空市DX推進計画 取組の進捗

番号  取組名          担当課       成果指標           基準値   R6目標   R6実績   R7目標
1     電子申請の拡充  総務課       電子申請件数       120      300      280      600
2     窓口の予約制    市民課       予約件数           0        200      240      500
3     公共施設の予約  施設管理課   予約のオンライン率 10       30       32       50

                                   -1-
\f4     文書の電子決裁  総務課 電子決裁率  45 60  58  80
5     庁内Wi-Fiの整備 情報政策課 整備拠点数 2 4  5  8

                                   -2-
\f"""


def test_a_page_laid_out_afresh_is_read_word_by_word_into_the_tables_columns() -> None:
    (table,) = read_columns(NARROW).tables()
    rows = [[cell.text for cell in row] for row in table.rows]
    assert rows[0] == ["番号", "取組名", "担当課", "成果指標", "基準値", "R6目標", "R6実績", "R7目標"]
    assert rows[4] == ["4", "文書の電子決裁", "総務課", "電子決裁率", "45", "60", "58", "80"]
    assert rows[5] == ["5", "庁内Wi-Fiの整備", "情報政策課", "整備拠点数", "2", "4", "5", "8"]


# Evaluation sheets printed by a spreadsheet, one a page: two fields on the first line (no other
# line has a column there), the indicator table's figures right-aligned under 目標 / 実績, a 年度
# row each, 「60 －」 one blank apart, and the 事業費 field under the table.
FORMS = """\
事業番号      2-3                                     担当課         子育て支援課
事業名       保育所入所申請の電子化
施策        2 子育て支援の充実




区分        指標名                 単位             年度         目標          実績
成果指標      電子申請の割合             %              R5                 20        18
                                             R6                 40        35
                                             R7                 60 －

事業費（千円）         R5             R6           R7
決算額                      300          500      500
\f事業番号      3-1                                     担当課         防災課
事業名       防災アプリの導入
施策        3 安全なまちづくり




区分        指標名                 単位             年度         目標          実績
活動指標      アプリ登録者数             人              R5               1000      1200
                                             R6               3000      2800
                                             R7               5000 －

事業費（千円）         R5             R6           R7
決算額                      800          400      400
\f
"""


def test_forms_one_a_page_are_read_field_by_field() -> None:
    document = read_columns(FORMS)
    assert document.by_page
    first = [[cell.text for cell in row] for row in next(document.tables()).rows]
    assert first[0] == ["事業番号", "2-3", "担当課", "子育て支援課"]
    plan = parse(FORMS.encode(), filename="評価シート.txt", municipality="架空市")
    (item, other) = plan["initiatives"]
    assert (item["code"], item["title"], item["departments"]) == ("2-3", "保育所入所申請の電子化", ["子育て支援課"])
    (share,) = item["indicators"]
    assert [(t["fy"], t["value"]) for t in share["targets"]] == [(2023, 20), (2024, 40), (2025, 60)]
    assert [(a["fy"], a["value"]) for a in share["actuals"]] == [(2023, 18), (2024, 35)]
    assert (other["code"], other["departments"]) == ("3-1", ["防災課"])
    assert [(t["fy"], t["value"]) for t in other["indicators"][0]["targets"]][-1] == (2025, 5000)


# A wide table printed on A3: the header's 「番号」 two places left of the codes under it and
# 「取組名」 between the codes and the titles, so the rows' columns would put both labels in one
# cell; a 施策 cell that fills its column ends one blank before the code (「…デジタル 1-1-1」).
CODE_AFTER_SECTION = """\
基本目標       施策          番号   取組名         担当課        目標値
1 暮らしの向上    (1) 行政手続のデジタル 1-1-1    電子申請の拡充     情報政策課      300手続
           化
                          1-1-2    書かない窓口      市民課        50手続
           (2) 情報発信の充実    1-2-1    公式アプリの導入    広報課        30,000人
2 行政の効率化    (1) 情報システムの最適 2-1-1    クラウドへの移行    情報政策課      20業務
           化
\f"""


def test_a_code_one_blank_after_the_section_cell_keeps_its_column() -> None:
    """The labels are the columns, but 「番号」 takes the column its codes start at: the 施策 cell
    is cut at the code, which stays the initiative's (it went into 施策, the code lost)."""
    (table,) = read_columns(CODE_AFTER_SECTION).tables()
    rows = [[cell.text for cell in row] for row in table.rows]
    assert rows[1][:2] == ["1 暮らしの向上", "(1) 行政手続のデジタル化"]
    assert rows[4][:2] == ["2 行政の効率化", "(1) 情報システムの最適化"]
    plan = parse(CODE_AFTER_SECTION.encode(), filename="取組一覧.txt", municipality="架空市")
    assert [(i["code"], i["title"]) for i in plan["initiatives"]] == [
        ("1-1-1", "電子申請の拡充"),
        ("1-1-2", "書かない窓口"),
        ("1-2-1", "公式アプリの導入"),
        ("2-1-1", "クラウドへの移行"),
    ]


def test_prose_with_labelled_tables_in_it_is_read_by_its_columns() -> None:
    """``pdftotext -layout`` of a Word plan: 取組 in prose, each 施策 closed by its 「■成果指標」 table joined by 取組番号
    (the header's years on a line of their own, 指標名 wrapped in its column). The tables are a sixth of the lines, but
    their header of labels, printed once a 施策, says the text is set in columns: each 取組 gets its indicator, and
    the table's rows are no more 取組 (鷹ノ巣市 printed by Writer through -layout: F1 0.686, KPI 0)."""
    from shinchoku.importers import parse

    def chapter(code: str, title: str, rows: list[tuple[str, str, str, str]]) -> list[str]:
        prose = [f"{code}-{n} {name}" for n, name in enumerate(("電子申請の拡充", "窓口の改善"), 1)]
        body: list[str] = [title]
        for line in prose:
            body += [line, "手続のオンライン化を進め、来庁しなくても済むようにします。", "", "【担当課】デジタル推進課", ""]
        body += ["■成果指標", "", "取組番号    指標名           現状値（R5）      目標値", "                                            （R11）"]
        for number, name, base, target in rows:
            body.append(f"{number}     {name[:6]:<10}    {base:<12}      {target}")
            if name[6:]:
                body.append(f"          {name[6:]}")
        return body + [""]

    pages = [
        chapter("1-1", "1-1 行政手続のオンライン化", [("1-1-1", "オンラインで申請できる手続数", "64 手続", "350 手続"),
                                                ("1-1-2", "窓口の平均待ち時間", "28 分", "10 分")]),
        chapter("2-1", "2-1 業務の効率化", [("2-1-1", "電子決裁率", "41.5%", "95.0%"),
                                       ("2-1-2", "RPAで削減した業務時間", "1,200 時間", "12,000 時間")]),
    ]  # fmt: skip
    text = "鷹ノ巣市ＤＸ推進計画\n計画期間 令和７年度～令和11年度\n\f" + "\n\f".join("\n".join(page) for page in pages)
    plan = parse(text.encode(), filename="鷹ノ巣市.txt")
    found = {i["code"]: [(k["name"], k["final_target"]["value"]) for k in i["indicators"]] for i in plan["initiatives"]}
    assert found == {
        "1-1-1": [("オンラインで申請できる手続数", 350)],
        "1-1-2": [("窓口の平均待ち時間", 10)],
        "2-1-1": [("電子決裁率", 95.0)],
        "2-1-2": [("RPAで削減した業務時間", 12000)],
    }


def test_a_label_centred_over_its_years_is_each_years_and_one_line_labels_centred_on_the_second() -> None:
    """A spreadsheet printed and read by ``pdftotext -layout`` (桃園町, 鏡原市 of batch 23): 「目標値」 centred over 「R6  R7
    R8  R9」 is each year's target (first read: R7's alone, the rest a 工程 of the figures), the one-line labels
    centred on the header's second line (「番号」 beside 「（R5）」) join the first; a 担当課 one blank after a title that
    filled its cell is the 担当課's."""
    text = "\n".join(
        [
            "番号  取組名              担当課      成果指標          基準値               目標値                評価",
            "                                                        （R5）    R6      R7       R8      R9",
            "",
            "1     電子申請の拡充     総務課      電子申請できる手  25手続    40手続  50手続   65手続  80手続   ◎",
            "                                     続数",
            "2     マイナンバーカー 住民課        コンビニ交付の利  8.5％     12.0％  15.0％   18.0％  20.0％   ○",
            "      ドの利活用                     用率",
        ]
    )
    plan = parse(text.encode(), filename="桃原町_進捗状況一覧.txt")
    first, second = plan["initiatives"]
    (procedures,) = first["indicators"]
    assert [(t["fy"], t["value"]) for t in procedures["targets"]] == [(2024, 40), (2025, 50), (2026, 65), (2027, 80)]
    assert (procedures["baseline"]["fy"], procedures["baseline"]["value"]) == (2023, 25)
    assert (second["title"], second["departments"]) == ("マイナンバーカードの利活用", ["住民課"])
    assert not first["schedule"] and not second["schedule"]


# 白梅市's 取組カード (tests/importers/other/unseen28.py) as pdftotext -layout prints page 2's: the 成果指標's labels
# centred over their columns, the figures right-aligned in them — and pdftotext sets Japanese narrower than its grid,
# so 「5施設」 stands under 目標値 and 「32施設」 right of every label.
CARD_KPI = """\
■成果指標
                指標               現状値（R6）          目標値（R10）
オンライン予約できる施設数                              5施設           32施設

■工程表
"""


def test_a_cards_figures_are_its_labels_columns_in_order_where_none_stands_under_its_own() -> None:
    tables = [block for block in read_columns(CARD_KPI).blocks() if hasattr(block, "rows")]
    assert [table.texts() for table in tables] == [
        [["指標", "現状値（R6）", "目標値（R10）"], ["オンライン予約できる施設数", "5施設", "32施設"]]
    ]


# 清水原町's 取組 card (tests/importers/other/unseen24.py) as pdftotext -layout prints it: a word processor's 「項目 | 内容」
# table whose labels are centred in their cells, both ways — 「ＫＰＩ」 alone between its two indicators' lines, 「概要」
# between the two lines of its text, 「スケジュール」 beside the middle of three steps — the labels a character or two in.
CENTRED_CARD = """\
   項目                              内容
  取組番号    1-2-①
  取組名     書かない窓口の導入

          職員が聞き取って申請書を作り、町民は確認と署名だけで手続ができる窓口にし
   概要
          ます。
  担当課     住民課
          ①書かない窓口の対応手続数
           現状値：0手続（R6.3末）
           目標値：30手続（R11.3末）
  ＫＰＩ
          ②窓口の平均所要時間
           現状値：20分（R6.3末）
           目標値：10分以内（R11.3末）

          R7：検討
 スケジュール   R8：試行
          R9～：本格実施
"""


def test_a_cards_labels_centred_in_their_cells_head_their_values_whole() -> None:
    (table,) = [block for block in read_columns(CENTRED_CARD).blocks() if hasattr(block, "rows")]
    assert table.texts() == [
        ["項目", "内容"],
        ["取組番号", "1-2-①"],
        ["取組名", "書かない窓口の導入"],
        ["概要", "職員が聞き取って申請書を作り、町民は確認と署名だけで手続ができる窓口にします。"],
        ["担当課", "住民課"],
        [
            "ＫＰＩ",
            "①書かない窓口の対応手続数現状値：0手続（R6.3末）目標値：30手続（R11.3末）"
            "②窓口の平均所要時間現状値：20分（R6.3末）目標値：10分以内（R11.3末）",
        ],
        ["スケジュール", "R7：検討R8：試行R9～：本格実施"],
    ]


def _on_grid(*cells: tuple[int, str]) -> str:
    """A line as ``pdftotext -layout`` writes it: each text at its place on pdftotext's grid (a kanji one place)."""
    line = ""
    for at, text in cells:
        line = line.ljust(at) + text
    return line


def test_a_schedules_years_centred_over_steps_set_from_their_left_are_read_on_the_grid() -> None:
    """A 工程表 a browser printed (白鷺台市 of batch 37): each step set from the left of its year's cell, the header's
    years centred over them (「R8」 four places right of 「試行」), 「R10」「R11」 as wide as their steps standing at them. On
    pdftotext's grid every row's steps start at the same places; in display width the titles of wide and narrow
    characters push them anywhere from 48 to 88, close enough to pass for columns a place either side — the years were
    misread (「拡充 → → → →」 from R7 read 2025, 2026, 2028, 2029). Read on the grid, each step is its year's, and the
    labels centred over the first columns (「No.」「取組名」) are theirs, not columns drifting under 「No.」."""
    text = "\n".join(
        [
            _on_grid((4, "No."), (23, "取組名"), (42, "R7"), (51, "R8"), (60, "R9"), (65, "R10"), (71, "R11")),
            _on_grid((0, "1"), (10, "オンライン申請の拡充"), (41, "拡充"), (47, "→"), (56, "→"), (65, "→"), (71, "→")),
            _on_grid((0, "2"), (10, "書かない窓口の導入"), (41, "検討"), (47, "試行"), (56, "導入"), (65, "→"), (71, "→")),
            _on_grid((0, "3"), (10, "キャッシュレス決済の拡大"), (41, "拡大"), (47, "→"), (56, "→")),
            _on_grid((0, "4"), (10, "公共施設予約のオンライン化"), (47, "構築"), (56, "運用"), (65, "→"), (71, "→")),
            _on_grid((0, "5"), (10, "ＡＩ・ＲＰＡの活用"), (41, "拡大"), (47, "→"), (56, "→"), (65, "→"), (71, "→")),
            _on_grid((0, "6"), (10, "基幹業務システムの標準化"), (41, "移行"), (47, "運用")),
            _on_grid((0, "7"), (10, "テレワーク・Ｗｅｂ会議の推進"), (41, "推進"), (47, "→"), (56, "→"), (65, "→"), (71, "→")),
        ]
    )
    (table,) = [block for block in read_columns(text).blocks() if hasattr(block, "rows")]
    assert table.texts() == [
        ["No.", "取組名", "R7", "R8", "R9", "R10", "R11"],
        ["1", "オンライン申請の拡充", "拡充", "→", "→", "→", "→"],
        ["2", "書かない窓口の導入", "検討", "試行", "導入", "→", "→"],
        ["3", "キャッシュレス決済の拡大", "拡大", "→", "→", "", ""],
        ["4", "公共施設予約のオンライン化", "", "構築", "運用", "→", "→"],
        ["5", "ＡＩ・ＲＰＡの活用", "拡大", "→", "→", "→", "→"],
        ["6", "基幹業務システムの標準化", "移行", "運用", "", "", ""],
        ["7", "テレワーク・Ｗｅｂ会議の推進", "推進", "→", "→", "→", "→"],
    ]


def test_a_roadmaps_row_with_a_blank_year_keeps_its_key_with_its_title() -> None:
    """A ロードマップ whose 「取組」 column holds each 取組's number and title one blank apart (檜山台市 of batch 37): a row
    with a year left blank has fewer cells than the header, and its words (「1-4」「ＡＩチャットボットの導入」 and the marks)
    as many as its columns — read word by word, 「1-4」 was a cell of its own and every mark a year later; with R7 blank
    (「2-4 庁内…」) the key was cut from its title into R7's empty cell. Where most rows' first cells hold a key and its
    words, a row's key stays with them."""
    text = "\n".join(
        [
            _on_grid((0, "取組"), (34, "R7"), (40, "R8"), (52, "R9"), (60, "R10")),
            _on_grid((0, "1-1 電子申請の拡充"), (34, "━━━"), (40, "━━━"), (52, "━━━"), (60, "━━━")),
            _on_grid((0, "1-2 窓口予約システムの導入"), (34, "□□□"), (40, "━━━"), (52, "━━━"), (60, "━━━")),
            _on_grid((0, "1-3 ＡＩチャットボットの導入"), (34, "□□□"), (40, "━━━"), (52, "━━━")),
            _on_grid((0, "2-1 基幹業務システムの標準化"), (34, "━━━"), (40, "━━━")),
            _on_grid((0, "2-2 生成ＡＩの全庁導入"), (34, "━━━"), (40, "━━━"), (52, "━━━"), (60, "━━━")),
            _on_grid((0, "2-3 庁内ネットワークの再構築"), (40, "□□□"), (52, "━━━")),
            _on_grid((0, "3-1 スマホ教室の開催"), (34, "━━━"), (40, "━━━"), (52, "━━━"), (60, "━━━")),
            _on_grid((0, "3-2 ３Ｄ都市モデルの活用"), (52, "□□□"), (60, "━━━")),
        ]
    )
    (table,) = [block for block in read_columns(text).blocks() if hasattr(block, "rows")]
    assert [[cell or "" for cell in row[:1]] + [bool(cell) for cell in row[1:]] for row in table.texts()[1:]] == [
        ["1-1 電子申請の拡充", True, True, True, True],
        ["1-2 窓口予約システムの導入", True, True, True, True],
        ["1-3 ＡＩチャットボットの導入", True, True, True, False],
        ["2-1 基幹業務システムの標準化", True, True, False, False],
        ["2-2 生成ＡＩの全庁導入", True, True, True, True],
        ["2-3 庁内ネットワークの再構築", False, True, True, False],
        ["3-1 スマホ教室の開催", True, True, True, True],
        ["3-2 ３Ｄ都市モデルの活用", False, False, True, True],
    ]


# 琴浦野村's 取組 tables as LibreOffice Writer prints them, through pdftotext -layout (batch 37): each card's 成果指標 row,
# then its 工程's row of bare years, its label cell empty, then the 工程 — Writer sizes the columns to their words, so
# the steps stand off their years (1-3's 「→  →」 past R8); the titles that wrapped (「キャッシュレス決済 / の導入」) print
# their first part on the line over 「取組番号」.
WRITER_CARDS = """\
琴浦野村ＤＸ推進計画

取組の一覧
番号 取組名            担当課
1-1 電子申請の拡充       総務課
1-2 キャッシュレス決済の導入  会計室
1-3 村ホームページの改善    総務課
2-1 基幹業務システムの標準化  総務課
2-2 ペーパーレス化の推進    総務課
2-3 Ｗｅｂ会議の活用      総務課
3-1 スマホ相談会の開催     住民福祉課
3-2 オンライン診療の実証    住民福祉課
3-3 鳥獣被害対策へのＩＣＴ活用 産業建設課
3-4 観光情報のデジタル発信   産業建設課
基本方針１ 便利な役場
取組番号   1-1        取組名     電子申請の拡充
取組内容   村民の利用の多い手続から、スマートフォンで申請できる手続を増やします。
担当課    総務課、住民福祉課
成果指標   電子申請件数（年間） 現状値（R5） 320 件   目標値（R9） 1,200 件
       R6         R7      R8      R9
スケジュール 対象拡大       →       →       →
                           キャッシュレス決済
取組番号   1-2            取組名  の導入
取組内容   役場の窓口で、各種手数料をキャッシュレスで支払えるようにします。
担当課    会計室
成果指標   キャッシュレス決済の利用件 現状値   0件        目標値        800 件
       数（年間）         （R5）            （R9）
       R6            R7    R8        R9
スケジュー 検討              導入         →       →
ル
                           村ホームページの改
取組番号   1-3            取組名  善
取組内容   スマートフォンで見やすく、必要な情報を探しやすいホームページに改修します。
担当課    総務課
成果指標   ホームページの閲覧数（月平 現状値   8,500 件   目標値   12,000
       均）            （R5）            （R9）  件
       R6            R7    R8        R9
スケジュー 改修              運用         →       →
ル
基本方針２ 効率的な役場
                         基幹業務システムの標
取組番号   2-1          取組名  準化
取組内容   県内の町村と共同で、住民基本台帳や税などのシステムを標準準拠システムへ移行しま
"""


def test_a_cards_row_of_years_is_its_own_row_and_each_step_its_years() -> None:
    """The row of years under a 成果指標 row went on as its wrapped line (「電子申請件数（年間）R6」, the baseline 「320
    件R8」 of 2026) and no step had a year: a line of three bare years or more, its label cell empty, starts a row
    (``columns._assemble``), and a 工程 row right under it with a step for each year has each step its year's, in order
    (``columns._steps_under_years``)."""
    plan = parse(WRITER_CARDS.encode(), filename="琴浦野村.txt")
    read = {i["code"]: i for i in plan["initiatives"]}
    (kpi,) = read["1-1"]["indicators"]
    assert (kpi["name"], kpi["baseline"]["fy"], kpi["baseline"]["value"]) == ("電子申請件数（年間）", 2023, 320)
    assert [s["fy"] for s in read["1-3"]["schedule"]] == [2024, 2025, 2026, 2027]
    assert [s["label"] for s in read["1-3"]["schedule"][:2]] == ["改修", "運用"]


def test_steps_a_year_each_under_a_cards_row_of_years_take_their_years_in_order() -> None:
    """``columns._steps_under_years``: as many steps as years, set in other columns, go under the years in order; fewer
    steps (a year left blank: which, the text does not say) or steps already under their years stay."""
    from shinchoku.importers.readers.columns import _steps_under_years

    rows = [["", "R6", "R7", "R8", "R9", ""], ["スケジュール", "検討", "導入", "", "→", "→"]]
    _steps_under_years(rows)
    assert rows[1] == ["スケジュール", "検討", "導入", "→", "→", ""]
    fewer = [["", "R6", "R7", "R8", "R9", ""], ["スケジュール", "実証", "", "導入", "", "→"]]
    _steps_under_years(fewer)
    assert fewer[1] == ["スケジュール", "実証", "", "導入", "", "→"]


def test_a_labels_wrapped_tail_goes_back_on_the_label() -> None:
    """``columns._label_tails``: 「スケジュー」 / 「ル」 (a label wrapped in its narrow column, pdftotext -layout of
    琴浦野村's cards) — the tail taken into the first step (「推進ル」) or a row of its own with the steps under the label
    alone — is the label's; a cell ending in what would make a known label of a known one (「担当」「総務課」) stays."""
    from shinchoku.importers.readers.columns import _label_tails

    assert _label_tails([["スケジュー", "推進ル", "→", "→"]]) == [["スケジュール", "推進", "→", "→"]]
    assert _label_tails([["スケジュー", "", "", ""], ["ル", "", "開設", "運用"]]) == [["スケジュール", "", "開設", "運用"]]
    assert _label_tails([["担当", "総務課", "", ""]]) == [["担当", "総務課", "", ""]]
