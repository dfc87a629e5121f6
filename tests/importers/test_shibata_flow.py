"""新発田市's rows rebuilt from text in reading-flow order (plain ``pdftotext``, pdfminer), without
a PDF: the paragraphs as plain ``pdftotext`` writes one row of the A4 print (NO 4's, numbered 3
here: a reading starts at one of the first numbers)."""

from __future__ import annotations

from shinchoku.importers.shibata_flow import read

ROW_4 = """\
3

市民向け情報施策

情報発信・提供の強化

市政情報の二次利用可能な形式での提供(オープンデータ)の推進

本市では平成30年3月にオープンデータを公式ホームページに公開しました。今後は、国が提示する「推奨データセット」等を参考として、保有するデータのオープンデータ化を推進していきます。

オープンデータ公開件数

令和5年ま 7件
でに推奨デー
タセットに合
わせた形式で
公開件数10件
を達成

7件

7件

令和8年度までに、推奨データセットに合わせた形式で公開件数15件を達成
"""


def test_a_figure_joined_to_the_first_line_of_the_cell_before_is_the_first_actual():
    """Plain ``pdftotext`` writes 令和3年度's 「7件」, printed level with the first line of the
    スケジュール (これまで), on that line (「令和5年ま 7件」): it is the first 実績値, and the
    schedule goes on without it (before: the schedule ended in 「7件」 and 令和3年度 had none)."""
    (row,) = read(ROW_4.splitlines())
    assert row.key == "3"
    past, *actuals, following = row.cells[5:]
    assert past == "令和5年までに推奨データセットに合わせた形式で公開件数10件を達成"
    assert actuals == ["7件", "7件", "7件"]
    assert following == "令和8年度までに、推奨データセットに合わせた形式で公開件数15件を達成"


#: Two rows as plain ``pdftotext`` writes a spreadsheet's print: the cells of a printed line side
#: by side, one blank apart, each printed line's pieces in the columns' order; NO 1's right cells
#: (KPI, schedule, 実績値) written after NO 2's row, and NO 2's last 実績値 after them.
SIDE_BY_SIDE = """\
1 市民向け情報 情報発信・提
施策
供の強化

動画を活用した手話 手話言語を使用する方に
通訳での市政情報提 向けた市政情報の発信手
供の推進
段として、インターネッ
トを介した手話動画の配
信に努めます。

2 市民向け情報 情報発信・提
施策
供の強化

Webによる議会報告 市民の利便性の向上や多 youtube等の視聴者 Webによる議会報告会の 53名
会の開催
くの市民の意見をいただ 数
開催を定例化した。今後
くことを可能にするため
は視聴者数増加を目指し
、双方向のやりとりが可
、周知強化。
能で、会場に向かなくて
も、自宅や会社のパソコ
ン、スマートフォン等か
ら参加することができる
、YouTubeを想定した議
会報告会を開催します。

手話動画の配信を開 令和6年までに手話動画の (未実施)
始
配信を開始

(未実施)

(未実施)

令和6年までに手話動画の
配信を開始

約50名

約150名
"""


def test_cells_side_by_side_are_dealt_back_to_their_columns_and_rows():
    """Each piece of a printed line goes to the next column still open (a column ends with a
    line narrower than its widest, or with a figure), and a cell of a kind its row does not
    expect next (a KPI after a row with its 実績値) goes to the first row before that expects it
    (before: 「Webによる議会報告 市民の利便性…」 was one cell and the titles provisional)."""
    first, second = read(SIDE_BY_SIDE.splitlines())
    assert first.cells[:3] == [
        "市民向け情報施策",
        "情報発信・提供の強化",
        "動画を活用した手話通訳での市政情報提供の推進",
    ]
    assert first.cells[4:] == [
        "手話動画の配信を開始",
        "令和6年までに手話動画の配信を開始",
        "(未実施)",
        "(未実施)",
        "(未実施)",
        "令和6年までに手話動画の配信を開始",
    ]
    assert second.cells[2:6] == [
        "Webによる議会報告会の開催",
        "市民の利便性の向上や多くの市民の意見をいただくことを可能にするため、双方向のやりとりが可能で、"
        "会場に向かなくても、自宅や会社のパソコン、スマートフォン等から参加することができる、"
        "YouTubeを想定した議会報告会を開催します。",
        "youtube等の視聴者数",
        "Webによる議会報告会の開催を定例化した。今後は視聴者数増加を目指し、周知強化。",
    ]
    assert second.cells[6:9] == ["53名", "約50名", "約150名"]


#: A page whose right-hand cells come before its first row (A3): NO 1's last two 実績値 and its
#: R6～R8 schedule are written between the header and 「1 市民向け情報」.
LEADING = """\
(未実施)

(未実施)

令和6年までに手話動画の
配信を開始

1 市民向け情報 情報発信・提
施策
供の強化

動画を活用した手話 手話言語を使用する方に 手話動画の配信を開 令和6年までに手話動画の (未実施)
通訳での市政情報提 向けた市政情報の発信手 始 配信を開始
供の推進
段として、インターネッ
トを介した手話動画の配
信に努めます。

2 市民向け情報 情報発信・提
施策
供の強化
"""


def test_cells_written_before_the_first_row_go_to_the_row_due_them():
    """Paragraphs before the first row are held and given, once a row's own cells are read, to
    the row whose next column is of their kind (before: they were dropped)."""
    first, _ = read(LEADING.splitlines())
    assert first.cells[2:6] == [
        "動画を活用した手話通訳での市政情報提供の推進",
        "手話言語を使用する方に向けた市政情報の発信手段として、インターネットを介した手話動画の配信に努めます。",
        "手話動画の配信を開始",
        "令和6年までに手話動画の配信を開始",
    ]
    assert first.cells[6:] == ["(未実施)", "(未実施)", "(未実施)", "令和6年までに手話動画の配信を開始"]


#: NO 9 of the A4 print through plain ``pdftotext`` (numbered 3 here, as ROW_4): the KPI cells of
#: the two rows above (moved down) come before the row's own KPI, which its schedule and 実績値
#: follow in order.
ROW_9 = """\
3

市民向け情報施策

行政手続等の電子化、オンライン化

公共施設予約システムの利用拡大

当市では公共施設予約システムを平成20年度から運用してきました。

①電子入札の実施数 ②入札参加資格審査の電子申請数 納付書払いのうちキャッシュレス決済の割合

全体の予約件数に対するオンライン予約の割合

令和5年までにオンライン予約の割合10%達成

8.7%

8.3%

8.6%

オンライン予約の割合10%達成
"""


def test_a_second_kpi_before_the_rows_schedule_is_the_rows() -> None:
    """A row has one KPI cell: what is counted read right after another such cell, and followed by
    the row's schedule, is the row's KPI, the first another row's moved down (before: the KPI went
    to the schedule, the schedule's 10% to 令和3年度's 実績値, every 実績値 a year late; plain
    pdftotext A4 KPI numbers 0.400 → 0.433)."""
    (row,) = read(ROW_9.splitlines(), 0)
    kpi, past, *actuals, following = row.cells[4:]
    assert kpi == "全体の予約件数に対するオンライン予約の割合"
    assert past == "令和5年までにオンライン予約の割合10%達成"
    assert actuals == ["8.7%", "8.3%", "8.6%"]
    assert following == "オンライン予約の割合10%達成"


def test_the_first_rows_number_under_the_headers_last_label_opens_the_row() -> None:
    """Plain ``pdftotext`` of 新発田市's A3 print writes NO 1 right under the header's last label, in
    the header's paragraph (「NO 区分 施策分」「野」「1」): the number opens the first row (before: the
    paragraph was all the header's letters, digits included, and NO 1 was never read)."""
    lines = ["NO 区分 施策分", "野", "1", "", *ROW_4.splitlines()[2:]]
    (row,) = read(lines)
    assert row.key == "1"
    assert row.cells[2] == "市政情報の二次利用可能な形式での提供(オープンデータ)の推進"
    assert row.cells[7:9] == ["7件", "7件"]
    # a number in a paragraph of its own after the header reads as before
    (row,) = read(["NO 区分 施策分", "野", "", *ROW_4.splitlines()])
    assert row.key == "3"
