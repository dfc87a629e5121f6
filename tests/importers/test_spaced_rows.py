"""A table whose lines hold their cells' pieces one blank apart (pdfplumber's ``extract_text()``)
is put back into cells by the columns' widths and the wrapping (readers/spaced_rows.py); the
新発田市 layout reads its rows so (issue 8). Whole prints are scored in test_extractors_shibata.py.
"""

from __future__ import annotations

from shinchoku.importers import parse
from shinchoku.importers.readers.spaced_rows import column_widths, row_cells

#: The first two rows of 新発田市's A4 print as pdfplumber gives them (radical code points as the
#: PDF maps them: 「⺠」「⽤」).
EXCERPT = """\
新発⽥市情報化推進計画
新発⽥市情報化推進計画（個別取組）
NO 区 施策 具体 取組⽅針 K P I スケジュー 実績値 スケジュ
分 分野 的な ル (これま (KPI) ール (R6
取組 で) 〜R8)
令和3年度 令和4年度 令和5年度
末 末 末
1 市 情報 動画 ⼿話⾔語を使⽤する⽅ ⼿話動画 令和6年ま (未実施) (未実施) (未実施) 令和6年ま
⺠ 発 を活 に向けた市政情報の発 の配信を でに⼿話動 でに⼿話
向 信・ ⽤し 信⼿段として、インタ 開始 画の配信を 動画の配
け 提供 た⼿ ーネットを介した⼿話 開始 信を開始
情 の強 話通 動画の配信に努めま
報 化 訳で す。
施 の市
策 政情
報提
供の
推進
2 市 情報 Web 市⺠の利便性の向上や youtube Webによる 53名 約50名 約150名 Webによ
⺠ 発 によ 多くの市⺠の意⾒をい 等の視聴 議会報告会 る議会報
向 信・ る議 ただくことを可能にす 者数 の開催を定 告会の視
け 提供 会報 るため、双⽅向のやり 例化した。 聴者数増
情 の強 告会 とりが可能で、会場に 今後は視聴 加を⽬指
報 化 の開 向かなくても、⾃宅や 者数増加を し、周知
施 催 会社のパソコン、スマ ⽬指し、周 強化。
策 ートフォン等から参加 知強化。
することができる、
YouTubeを想定した議
会報告会を開催しま
す。
"""


def test_a_row_comes_back_whole_from_its_lines():
    plan = parse(EXCERPT.encode(), filename="shibata.txt")
    first, second = plan["initiatives"]
    assert (first["code"], first["title"]) == ("1", "動画を活用した手話通訳での市政情報提供の推進")
    assert (
        first["summary"]
        == "手話言語を使用する方に向けた市政情報の発信手段として、インターネットを介した手話動画の配信に努めます。"
    )
    assert [s["fy"] for s in first["schedule"]] == [2024]  # 令和6年までに手話動画の配信を開始
    assert (second["code"], second["title"]) == ("2", "Webによる議会報告会の開催")
    viewers = second["indicators"][0]
    assert viewers["name"] == "youtube等の視聴者数"
    assert [(a["fy"], a["value"]) for a in viewers["actuals"]] == [(2021, 53), (2022, 50), (2023, 150)]
    assert [s["title"] for s in plan["sections"]] == ["市民向け情報施策", "情報発信・提供の強化"]
    assert not any("推定しました" in w["message"] for w in plan["warnings"])


def test_a_cell_ends_where_its_line_was_not_full():
    """「用した手」 fills the title column, so the title goes on below; 「配信開始」 leaves room, so
    the KPI ends there and 「配信」 below it belongs to the next column still open."""
    first_lines = ["動画を活 手話動画の 令和6年まで", "Webによる youtube等の 令和5年度に"]
    widths = column_widths(first_lines, 3)
    assert widths == [9, 11, 11]
    lines = ["動画を活 手話動画の 令和6年まで", "用した手 配信開始 に手話動画の", "話通訳 配信"]
    assert row_cells(lines, widths) == [
        "動画を活用した手話通訳",
        "手話動画の配信開始",
        "令和6年までに手話動画の配信",
    ]


def test_a_blank_inside_a_cell_and_a_figure_as_a_whole_cell():
    """「(JIS X」 is one cell with a blank in it; 「53名」 is a cell of its own and does not go on."""
    cells = row_cells(["本市Webの (JIS X 53名", "適合レベル 8341)"], [10, 7, 6])
    assert cells == ["本市Webの適合レベル", "(JIS X 8341)", "53名"]


def test_two_years_worded_alike_keep_their_pieces_side_by_side():
    """新発田市 NO 25 (pdfplumber, A4): 「修等を実施」 happens to fill the schedule column, but the
    two 実績値 that printed 「うち、デ」 side by side take the repeated 「ータ分析」 — before, the
    schedule took the first and 令和5年度's figure was read as 5 (令和6年度's)."""
    lines = [
        "令和4年ま 令和5年 令和6年",
        "でにEBPM 度市長査 度市長査",
        "に関する研 定案件の 定案件の",
        "修等を実施 うち、デ うち、デ",
        "ータ分析 ータ分析",
        "6件 5件",
    ]
    assert row_cells(lines, [10, 8, 8]) == [
        "令和4年までにEBPMに関する研修等を実施",
        "令和5年度市長査定案件のうち、データ分析6件",
        "令和6年度市長査定案件のうち、データ分析5件",
    ]


def test_a_bare_number_ends_its_cell_when_its_unit_wrapped():
    """新発田市 NO 25 (pdfplumber, A3): 「が行われた件数 6」 with 「件」 below — the 6 is the end of
    its own cell, not the start of the next one's line."""
    lines = [
        "令和4年までにEBPMに関す 3件 令和5年度市長査定 令和6年度市長査定",
        "る研修等を実施 案件のうち、デー 案件のうち、デー",
        "タ分析により提案 タ分析により提案",
        "が行われた件数 6 が行われた件数 5",
        "件 件",
    ]
    cells = row_cells(lines, [24, 4, 17, 17])
    assert cells[2:] == [
        "令和5年度市長査定案件のうち、データ分析により提案が行われた件数 6件",
        "令和6年度市長査定案件のうち、データ分析により提案が行われた件数 5件",
    ]


def test_a_number_whose_unit_wrapped_and_one_figure_a_cell():
    """新発田市 NO 27 (pdfplumber, A4): 「1,650」 fills its line and 「時間」 below is its unit, so the
    column is still open; 「519」 goes to 令和4年度's cell, which holds no figure yet, not after
    令和3年度's 「932時間」 — before, 519 was read as 令和3年度's and 令和4年度 had none."""
    lines = [
        "932 AI会 AI会議",
        "時間 議録 録シス",
        "(RPA シス テム",
        "によ テム (基準年",
        "る削 (R3 とR5比",
        "減時 とR4 較)",
        "間) 比較) 1,650",
        "519 時間",
        "時間",
    ]
    assert row_cells(lines, [4, 4, 6]) == [
        "932時間(RPAによる削減時間)",
        "AI会議録システム(R3とR4比較) 519時間",
        "AI会議録システム(基準年とR5比較) 1,650時間",
    ]


def test_a_figure_wrapped_whole_went_below_a_line_it_did_not_fit():
    """新発田市 NO 43 (pdfplumber, A4): 「度 15% 令和8年度」 leaves room for a kanji but not for
    「20%」, which a print wraps whole, so the schedule goes on with it; before, 「20%」 joined the
    KPI and 「数の割」 the title, and the target of 令和8年度 was lost."""
    lines = [
        "窓口キ 窓口全 令和6年度業者選定、",
        "ャッシ 体の件 契約し、導入研修を行",
        "ュレス 数に対 い、10月から順次導入",
        "決済の するキ 開始 ・目標とするキャ",
        "導入 ャッシ ッシュレス決済比率 令",
        "ュレス 和6年度 10% 令和7年",
        "決済件 度 15% 令和8年度",
        "数の割 20%",
        "合",
    ]
    title, kpi, schedule = row_cells(lines, [6, 6, 20])
    assert (title, kpi) == (
        "窓口キャッシュレス決済の導入",
        "窓口全体の件数に対するキャッシュレス決済件数の割合",
    )
    assert schedule.endswith("令和7年度 15% 令和8年度20%")


def test_a_unit_alone_goes_back_to_the_figure_it_wrapped_from():
    """新発田市 NO 40 (pdfplumber, A3): 「令和6年度 7,400」 over 「件 令和7・8年度 12,400件」 — the
    「件」 is 7,400's unit, so that line goes on in the schedule cell; before, 「件 令和7・8年度」
    joined the 取組方針 on the same line (a sentence ended there) and the year targets were lost."""
    lines = [
        "AIチャットボットを構築・導入し、いつでも AIチャットボットを構築・運用し、",
        "照会できるようにして業務時間中の電話での 情報を提供する。 令和6年度 7,400",
        "問い合わせの削減を図る。 件 令和7・8年度 12,400件",
    ]
    policy, schedule = row_cells(lines, [42, 34])
    assert policy == "AIチャットボットを構築・導入し、いつでも照会できるようにして業務時間中の電話での問い合わせの削減を図る。"
    assert schedule == "AIチャットボットを構築・運用し、情報を提供する。 令和6年度 7,400件 令和7・8年度 12,400件"


def test_every_unit_of_the_shared_list_goes_back_to_its_figure():
    """A unit alone under its figure is any of text.UNITS, not only 「件」: 「カ所」 and 「千円」
    wrapped below 「12」 and 「3,500」 are their units (invented rows); before, the reader knew a
    shorter list of its own and put 「カ所 令和7・8年度 20カ所」 in the 取組方針 cell."""
    places = [
        "公衆無線LANを公共施設に整備し、来庁者がいつ 公衆無線LANを公共施設に順次",
        "でも利用できるようにして利便性の向上を図る。 整備する。 令和6年度 12",
        "カ所 令和7・8年度 20カ所",
    ]
    assert row_cells(places, [46, 30]) == [
        "公衆無線LANを公共施設に整備し、来庁者がいつでも利用できるようにして利便性の向上を図る。",
        "公衆無線LANを公共施設に順次整備する。 令和6年度 12カ所 令和7・8年度 20カ所",
    ]
    budget = [
        "窓口の申請書をオンライン化し、来庁せずに手続 オンライン申請の基盤を構築・",
        "できるようにして市民の負担の軽減を図る。 運用する。 令和6年度 3,500",
        "千円 令和7・8年度 4,200千円",
    ]
    policy, schedule = row_cells(budget, [46, 30])
    assert policy == "窓口の申請書をオンライン化し、来庁せずに手続できるようにして市民の負担の軽減を図る。"
    assert schedule == "オンライン申請の基盤を構築・運用する。 令和6年度 3,500千円 令和7・8年度 4,200千円"


def test_a_line_ending_in_a_particle_goes_on():
    """新発田市 NO 4 (pdfplumber, A3): two full lines above, 「で公開件数10件を達成」 and 「に合わせた
    形式で」; the piece below goes on the one that ends in a particle — before, the first column
    took it and the final target 「公開件数15件を達成」 was cut in two."""
    lines = [
        "令和5年までに推奨デー 7件 令和8年度までに、",
        "タセットに合わせた形式 推奨データセット",
        "で公開件数10件を達成 に合わせた形式で",
        "公開件数15件を達",
        "成",
    ]
    assert row_cells(lines, [22, 4, 17]) == [
        "令和5年までに推奨データセットに合わせた形式で公開件数10件を達成",
        "7件",
        "令和8年度までに、推奨データセットに合わせた形式で公開件数15件を達成",
    ]


def test_a_year_cut_before_its_do_goes_on_in_its_cell():
    """新発田市 NO 40 (pdfplumber, A4): 「令和6年」 over 「度 7,400件」 — the 度 ends the year, though
    the full KPI line beside it (「用件数」) could take it; before, the KPI was 「…利用件数度」 and
    the target of 令和6年度 was lost."""
    lines = [
        "AIチャ AIチャットボットを構",
        "ットの 暮らしに関する情報を",
        "年間利 提供する。 ・目標とす",
        "用件数 るアクセス数 令和6年",
        "度 7,400件",
    ]
    kpi, schedule = row_cells(lines, [6, 20])
    assert kpi == "AIチャットの年間利用件数"
    assert schedule == "AIチャットボットを構暮らしに関する情報を提供する。 ・目標とするアクセス数 令和6年度 7,400件"


def test_a_figure_does_not_go_on_a_sentence_cut_mid_way():
    """新発田市 NO 27 (pdfplumber, A3): 「比較) 519 1,650時間 る。」 — 「1,650時間」 is 令和5年度's
    figure, not the next line of the schedule 「…削減を図」 (whose 「る。」 follows it), so 519 stays in
    令和4年度's cell; before, 519 was read as 令和5年度's and 1,650 was lost in the schedule."""
    lines = [
        "AI会議録 AI会議録シ 引き続き、RPAやAI-OCR、AI",
        "システム ステム (基準 会議録作成システム等の稼働",
        "(R3とR4 年とR5比較) により、業務時間の削減を図",
        "比較) 519 1,650時間 る。",
        "時間",
    ]
    assert row_cells(lines, [8, 12, 27]) == [
        "AI会議録システム(R3とR4比較) 519時間",
        "AI会議録システム (基準年とR5比較) 1,650時間",
        "引き続き、RPAやAI-OCR、AI会議録作成システム等の稼働により、業務時間の削減を図る。",
    ]
