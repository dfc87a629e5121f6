"""新発田市's table as ``pdftotext -layout`` prints it, read on pdftotext's character grid.

The excerpt is the start of the sample printed to A4 by Chromium and extracted with
``pdftotext -layout`` (header labels wrapped over five lines, kanji one character each, a
cell printed one blank after the one before it). No Chromium is needed here; the prints
themselves are scored in test_extractors_shibata.py.
"""

from __future__ import annotations

from shinchoku.importers import Source, parse, shibata
from shinchoku.importers.readers.chargrid import _own_starts, cells_of, read_tables

EXCERPT = """\
新発田市情報化推進計画（個別取組）
NO 区 施策      具体     取組方針            KPI         スケジュー 実績値                スケジュ
   分 分野      的な                                 ル (これま (KPI)             ール (R6
             取組                                 で)                       ～R8)
                                                       令和3年度 令和4年度 令和5年度
                                                       末     末     末
1   市   情報   動画     手話言語を使用する方      手話動画        令和6年ま (未実施)         (未実施)    (未実施)    令和6年ま
    民   発    を活     に向けた市政情報の発      の配信を        でに手話動                                 でに手話
    向   信・   用し     信手段として、インタ      開始          画の配信を                                 動画の配
    け   提供   た手     ーネットを介した手話                  開始                                    信を開始
    情   の強   話通     動画の配信に努めま
    報   化    訳で     す。
    施        の市
    策        政情
             報提
             供の
             推進
2   市   情報   Web    市民の利便性の向上や      youtube     Webによる 53名          約50名     約150名    Webによ
    民   発    によ     多くの市民の意見をい      等の視聴        議会報告会                                 る議会報
    向   信・   る議     ただくことを可能にす      者数          の開催を定                                 告会の視
    け   提供   会報     るため、双方向のやり                  例化した。                                 聴者数増
    情   の強   告会     とりが可能で、会場に                  今後は視聴                                 加を目指
    報   化    の開     向かなくても、自宅や                  者数増加を                                 し、周知
    施        催      会社のパソコン、スマ                  目指し、周                                 強化。
    策               ートフォン等から参加                  知強化。
                    することができる、
                    YouTubeを想定した議
                    会報告会を開催しま
                    す。
"""


def test_the_excerpt_reads_as_the_sample_rows():
    plan = parse(EXCERPT.encode(), filename="shibata-layout.txt")
    assert plan["municipality"]["name"] == "新発田市"
    first, second = plan["initiatives"]
    assert (first["code"], first["title"]) == ("1", "動画を活用した手話通訳での市政情報提供の推進")
    assert (second["code"], second["title"]) == ("2", "Webによる議会報告会の開催")
    # 「令和6年ま (未実施)」: the schedule so far and the first actual, one blank apart
    assert first["progress_so_far"] == "令和6年までに手話動画の配信を開始"
    assert [a["text"] for a in first["indicators"][0]["actuals"]] == ["(未実施)"] * 3
    indicator = second["indicators"][0]
    assert indicator["name"] == "youtube等の視聴者数"
    assert indicator["unit"] == "名"
    assert [(a["fy"], a["value"]) for a in indicator["actuals"]] == [(2021, 53), (2022, 50), (2023, 150)]
    assert [s["fy"] for s in first["schedule"]] == [2024]  # 令和6年までに…
    assert [s["fy"] for s in second["schedule"]] == [2024, 2025, 2026]  # R6～R8 from the header
    # lines are the lines of the file the user has
    lines = EXCERPT.split("\n")
    assert lines[first["line"] - 1].startswith("1 ")
    assert lines[second["line"] - 1].startswith("2 ")


def test_the_header_as_pdftotext_prints_it_is_detected():
    source = Source("x.txt", EXCERPT.encode(), text=EXCERPT)
    assert shibata.detect(source) > 0
    other = "NO  名称      担当課\n1   窓口改革   市民課\n"
    assert shibata.detect(Source("y.txt", other.encode(), text=other)) == 0


def test_a_cell_printed_one_blank_after_the_previous_is_cut_at_the_column():
    lines = EXCERPT.split("\n")
    tables, outside = read_tables(lines, shibata._grid_header_size, shibata._grid_key, columns=11)
    assert outside == [0]  # the title line
    (table,) = tables
    assert table.starts == [0, 4, 8, 13, 20, 36, 48, 54, 68, 77, 86]
    second = next(line for line in lines if line.startswith("2 "))
    assert "Webによる 53名" in second
    cells = cells_of(second, table.starts, table.widths)
    assert cells[6:10] == ["Webによる", "53名", "約50名", "約150名"]
    assert [row.cells[0] for row in table.rows] == ["1", "2"]


def test_cells_one_blank_apart_worded_alike_are_cut_where_the_wording_repeats():
    """新発田市 NO 22 in LibreOffice Calc's A4 print through ``pdftotext -layout``: the three 実績値
    come one blank apart, each word at the grid place its letters take, so the line does not
    reach the columns' starts where it was printed; a word that opens the next cell as the cell
    opened (「100%」), or a circled number the cell has already (「①…①」), starts the next column
    once the fragment runs into it (before: 「100% R4投稿件数 100%」 and 「R5投稿件数 76件」, and
    令和5年度's 100% was lost)."""
    starts = [0, 9, 16, 26, 39, 51, 64, 80, 96, 113, 127]
    widths = [2, 2, 6, 10, 14, 13, 13, 3, 7, 5, 14]
    line = (
        "22       市民向け情報 防災分野の情    道路管理における市    これまで市が管理する道 対応件数/投稿件数"
        " R3.9より実施           100% R3投稿件数 100% R4投稿件数 100% R5投稿件数 76件        システム運用により、引"
    )
    assert cells_of(line, starts, widths)[7:10] == ["100% R3投稿件数", "100% R4投稿件数", "100% R5投稿件数 76件"]
    line = f"14{' ' * 78}①36か所（地域安全課分 ①36か所（地域安全課 ①38か所（地域安全課分） ②4件（"
    assert cells_of(line, starts, widths)[7:10] == ["①36か所（地域安全課分", "①36か所（地域安全課", "①38か所（地域安全課分） ②4件（"]
    # a fragment inside its column is not cut (「①…②…」 is one cell's list)
    assert cells_of(f"14{' ' * 78}①3 ②4件", starts, widths)[7:9] == ["①3 ②4件", ""]


def test_a_bare_number_before_a_figure_with_its_unit_ends_its_cell():
    """新発田市 NO 25 in Calc's A3 print: 「り提案が行われた件数 6 5件」, the 6 pushed to the next
    column's start by the long line, 「件」 wrapped below it: the 6 ends 令和5年度's cell and
    「5件」 is 令和6年度's (before: 「6 5件」 was read as 令和6年度's, and 令和5年度 had no figure)."""
    line = f"25{' ' * 114}り提案が行われた件数 6 5件"
    assert cells_of(line, [0, 116, 128], [2, 12, 12]) == ["25", "り提案が行われた件数 6", "5件"]
    # a figure with its unit where the next column starts is cut there as before
    assert cells_of(f"25{' ' * 114}り提案が行われた件数 5件", [0, 116, 128], [2, 12, 12])[1:] == ["り提案が行われた件数", "5件"]


def test_a_note_mark_after_a_figure_opens_no_cell():
    """新発田市 NO 31 on A4 landscape at 10.5pt through ``pdftotext -layout``: the long 取組方針 line
    pushes the row's cells left, one blank apart, each 実績値 「0% ※」 (its note 「計画を令和5年度…」
    wrapped below). The 「※」 alone after a figure is the figure's mark, not a cell: the line then
    has one word per column and gives the row its own starts (before: thirteen words for eleven
    columns, the table's starts were kept and 令和3年度's 0% went into the schedule's cell)."""
    line = (
        "31   基   情報   情報セキュ    職員の情報セキュリティ意識の向上を図り、セキュリティに関す ①研修履 令和5年 0% ※"
        "             0% ※ ①66人 各階層を対象"
    )
    starts = _own_starts(line, 11, shibata._grid_key)
    assert starts is not None
    assert [line[s:].split(" ")[0] for s in starts[5:]] == ["①研修履", "令和5年", "0%", "0%", "①66人", "各階層を対象"]
    # a 「※」 after words, not a figure, is a word as before
    assert _own_starts("31  方針 ※  令和5年度", 4, shibata._grid_key) == [0, 4, 7, 10]
    assert _own_starts("31  5件 ※  令和5年度", 4, shibata._grid_key) is None


#: The same table through plain ``pdftotext`` (no -layout): each cell a paragraph, the columns gone.
PLAIN = """\
新発田市情報化推進計画（個別取組）
NO 区 施策
分 分野

具体
的な
取組

取組方針

KPI

スケジュー 実績値
スケジュ
ル (これま (KPI)
ール (R6
で)
～R8)
令和3年度 令和4年度 令和5年度
末
末
末

1

市
民
向
け
情
報
施
策

情報
発
信・
提供
の強
化

手話言語を使用する方
に向けた市政情報の発
信手段として、インタ
ーネットを介した手話
動画の配信に努めま
す。

手話動画
の配信を
開始

令和6年ま (未実施)
でに手話動
画の配信を
開始

(未実施)
"""


def test_the_table_without_its_columns_gives_a_partial_plan_with_warnings():
    """Plain pdftotext loses the columns; the row is rebuilt from the order of its paragraphs
    (shibata_flow), not refused. Its title was not in its place: a provisional title, named."""
    source = Source("x.txt", PLAIN.encode(), text=PLAIN)
    assert shibata.detect(source) > 0
    plan = parse(PLAIN.encode(), filename="shibata.txt")
    (item,) = plan["initiatives"]
    assert item["code"] == "1"
    assert [s["title"] for s in plan["sections"]] == ["市民向け情報施策", "情報発信・提供の強化"]
    assert (
        item["summary"]
        == "手話言語を使用する方に向けた市政情報の発信手段として、インターネットを介した手話動画の配信に努めます。"
    )
    assert item["indicators"][0]["name"] == "手話動画の配信を開始"
    messages = [w["message"] for w in plan["warnings"]]
    assert any("行番号の後に並ぶ順と内容から推定しました" in m and "pdftotext -layout" in m for m in messages)
    assert any(m.startswith("NO 1: 取組名") for m in messages)


def test_a_section_name_the_extraction_misread_joins_the_name_other_rows_use():
    """Row 2's vertical 区分 loses a character (「市民向け情施策」): one 区分, with a warning."""
    lines = EXCERPT.split("\n")
    at = next(i for i, line in enumerate(lines) if line.startswith("    報   化    の開"))
    lines[at] = lines[at][:4] + " " + lines[at][5:]  # 「報」 lost, the columns kept
    plan = parse("\n".join(lines).encode(), filename="shibata-layout.txt")
    assert [s["title"] for s in plan["sections"]] == ["市民向け情報施策", "情報発信・提供の強化"]
    assert {item["section"] for item in plan["initiatives"]} == {plan["sections"][1]["key"]}
    assert any("「市民向け情施策」は「市民向け情報施策」の読み誤り" in w["message"] for w in plan["warnings"])


def test_a_note_under_the_table_is_no_rows():
    lines = [
        *EXCERPT.split("\n"),
        "",
        "※ 実績値は各年度末時点の数値です。目標値は計画策定時に設定したものです。",
    ]
    tables, outside = read_tables(lines, shibata._grid_header_size, shibata._grid_key, columns=11)
    assert len(lines) - 1 in outside
    assert not any("※ 実績値" in cell for row in tables[0].rows for cell in row.cells)
    second = parse("\n".join(lines).encode(), filename="shibata-layout.txt")["initiatives"][1]
    assert second["schedule_text"] == "Webによる議会報告会の視聴者数増加を目指し、周知強化。"


def test_keys_a_spreadsheet_printed_right_aligned_open_their_rows():
    """LibreOffice Calc prints a number to the right of its cell: the NO of each row stands just
    before the second column's text (「      1 市民向け」), not at the margin; each still opens
    its row and the text after it stays in its own column."""
    lines = [
        "NO       区分        具体的な取組",
        "       1 市民向け    動画を活用した",
        "                     手話通訳",
        "      12 庁内向け    会議録の作成",
    ]
    tables, _ = read_tables(
        lines, lambda rows, i: 1 if rows[i].startswith("NO") else 0, str.isdigit, columns=3
    )
    (table,) = tables
    assert [row.cells for row in table.rows] == [
        ["1", "市民向け", "動画を活用した手話通訳"],
        ["12", "庁内向け", "会議録の作成"],
    ]


def test_a_right_aligned_key_on_a_page_laid_out_further_right_opens_its_row():
    """新発田市's Calc print on A4: pdftotext lays page 2 out five places further right, so NO 8
    and 9 stand past the header's 区分 (「          8 市民向け情報」); before, they were no keys and
    their rows ran into NO 7 (F1 0.976, three titles wrong)."""
    lines = [
        "NO    区分     具体的な取組",
        "     7 市民向け 入札事務の電子化",
        "",
        "          8 市民向け 電子納付の拡大",
        "          9 庁内向け 公共施設予約システ",
        "                     ムの利用拡大",
    ]
    tables, _ = read_tables(
        lines, lambda rows, i: 1 if rows[i].startswith("NO") else 0, str.isdigit, columns=3
    )
    (table,) = tables
    assert [row.cells[0] for row in table.rows] == ["7", "8", "9"]
    assert table.rows[2].cells[2] == "公共施設予約システムの利用拡大"


def test_a_last_column_empty_in_every_row_is_the_headers():
    """新発田市's last page printed by Calc: every row one cell short, so no row starts text under
    「スケジュール (R6～R8)」, and the KPI of two rows starts a few places left of the others'. The
    header names the empty last column, which keeps the KPI one column; before, the two KPI
    starts were two columns and the figures of the 実績値 moved one column right."""

    def at(*cells: tuple[int, str]) -> str:
        line = ""
        for position, text in cells:
            line = line.ljust(position) + text
        return line

    lines = [
        at((0, "NO"), (4, "区分"), (14, "KPI"), (24, "実績値"), (40, "予定")),
        at((0, "1"), (4, "市民"), (10, "視聴者数"), (24, "53名")),
        at((0, "2"), (4, "市民"), (10, "閲覧数"), (24, "7件")),
        at((0, "3"), (4, "庁内"), (14, "利用件数"), (24, "2")),
        at((0, "4"), (4, "庁内"), (14, "整備数"), (24, "-")),
    ]
    tables, _ = read_tables(
        lines, lambda rows, i: 1 if rows[i].startswith("NO") else 0, str.isdigit, columns=5
    )
    (table,) = tables
    assert [row.cells[2:] for row in table.rows] == [
        ["視聴者数", "53名", ""],
        ["閲覧数", "7件", ""],
        ["利用件数", "2", ""],
        ["整備数", "-", ""],
    ]


CALC_EXCERPT = """\
新発田市情報化推進計画（個別取組）
NO    区分     施策分野      具体的な取組       取組方針         KPI         スケジュール (これまで)    実績値 (KPI)                                         スケジュール (R6～R8)


                                                                              令和3年度末          令和4年度末           令和5年度末
     1 市民向け情報 情報発信・提   動画を活用した手話 手話言語を使用する方に     手話動画の配信を開 令和6年までに手話動画の (未実施)                 (未実施)            (未実施)            令和6年までに手話動画の
       施策     供の強化     通訳での市政情報提 向けた市政情報の発信手     始         配信を開始                                                                配信を開始
                       供の推進      段として、インターネッ
                                 トを介した手話動画の配
                                 信に努めます。


     2 市民向け情報 情報発信・提   Webによる議会報告 市民の利便性の向上や多 youtube等の視聴者 Webによる議会報告会の 53名                   約50名             約150名            Webによる議会報告会の
       施策     供の強化     会の開催       くの市民の意見をいただ 数            開催を定例化した。今後                                                          視聴者数増加を目指し、
                                  くことを可能にするため              は視聴者数増加を目指し                                                          周知強化。
                                  、双方向のやりとりが可              、周知強化。
                                  能で、会場に向かなくて
                                  も、自宅や会社のパソコ
                                  ン、スマートフォン等か
                                  ら参加することができる
                                  、YouTubeを想定した議
                                  会報告会を開催します。




"""


def test_the_sample_printed_by_calc_reads_its_first_rows():
    """The start of 新発田市's sample kept in Excel, printed by LibreOffice Calc on A4 and
    extracted with ``pdftotext -layout`` (tests/importers/samplexlsx.py): NO right-aligned, so
    each row's number stands just before its 区分 and not at the margin; the header, with blank
    lines inside, ends at the first row all the same."""
    plan = parse(CALC_EXCERPT.encode(), filename="shibata-calc.txt")
    first, second = plan["initiatives"]
    assert (first["code"], first["title"]) == ("1", "動画を活用した手話通訳での市政情報提供の推進")
    assert (second["code"], second["title"]) == ("2", "Webによる議会報告会の開催")
    assert [a["text"] for a in second["indicators"][0]["actuals"]] == ["53名", "約50名", "約150名"]
