"""A table copied out of a PDF viewer a cell a line (Chrome's and Edge's viewers): the header's labels a line
each, then each row's cells a line each, an empty cell leaving no trace (``readers.cellrows``, read before
``plainstreams`` when no empty line stands between every few cells). Sections' headings stand between the rows, a
header may be two rows deep (its second row's years after all of the first row's labels), an initiative's second
indicator comes as a row under it, and a bare figure (「6」「14」) must not start a row."""

from __future__ import annotations

import importlib
from typing import Any

import pytest

from shinchoku.importers import parse
from shinchoku.importers.readers.cellrows import _two_rows

from . import variants
from .scoring import Reached, assert_at_least, assert_exact, score


def _plan(cells: str) -> dict[str, Any]:
    """The plan of a copy given as its cells, blank-separated (each a line of the copy)."""
    return parse("\n".join(cells.split()).encode(), filename="工程表.txt", municipality="試験市")


def test_section_headings_between_rows_are_sections_and_the_rows_their_initiatives() -> None:
    """銀杏台市's 工程表 copied a cell a line was refused: its 【基本目標１】 between the header and the first row
    stopped the header's search, and 【基本目標２】 went into the row above it."""
    plan = _plan(
        """
        銀杏台市ＤＸ推進計画工程表 番号 取組 R6 R7 R8 R9 担当課
        【基本目標１】市民の利便性向上 1-1 行政手続のオンライン化 ━ ● → → 情報政策課、市民課
        1-2 おくやみ窓口の設置 ━ ● → → 市民課
        【基本目標２】行政の効率化 2-1 情報セキュリティ監査 ● ● → → 情報政策課
        2-2 基幹業務システムの標準化 ━ ━ ● → 情報政策課
        """
    )
    items = {i["code"]: i for i in plan["initiatives"]}
    assert list(items) == ["1-1", "1-2", "2-1", "2-2"]
    assert items["1-1"]["departments"] == ["情報政策課", "市民課"]
    assert items["2-1"]["title"] == "情報セキュリティ監査" and items["2-1"]["departments"] == ["情報政策課"]
    sections = {s["key"]: s["title"] for s in plan["sections"]}
    got = [sections[items[code]["section"]] for code in ("1-2", "2-1")]
    assert got == [
        "【基本目標１】市民の利便性向上",
        "【基本目標２】行政の効率化",
    ]  # as the table with its tabs reads
    assert [e["fy"] for e in items["2-2"]["schedule"]] == [2024, 2025, 2026, 2027]


def test_a_header_two_rows_deep_and_figures_a_line_each() -> None:
    """白銀台市's KPI table: 「基準値」「実績値」「目標値」 over 「R5」「R6」「R7」「R8」「R9」 (目標値 merged over three
    years), its figures 「6」「14」「25」 a line each (each a number the rows' numbers could be), 「％」 alone on its line,
    and 取組3's second indicator a row under it."""
    plan = _plan(
        """
        白銀台市ＤＸ推進計画成果指標の一覧 No. 取組名 成果指標 単位 基準値 実績値 目標値 担当課 R5 R6 R7 R8 R9
        1 電子申請の推進 電子申請の件数 件 4,820 7,350 9,000 12,000 15,000 デジタル推進課
        2 書かない窓口の導入 記入不要の手続数 手続 6 14 25 35 45 市民課
        3 キャッシュレス決済の拡大 キャッシュレス対応窓口数 か所 3 8 12 16 20 会計課
        市税のキャッシュレス納付率 ％ 12.4 18.9 22.0 26.0 30.0
        4 証明書のコンビニ交付 コンビニ交付の割合 ％ 12.6 19.3 23.0 27.0 30.0 市民課
        """
    )
    items = {i["code"]: i for i in plan["initiatives"]}
    assert list(items) == ["1", "2", "3", "4"]
    (windows,) = items["2"]["indicators"]
    assert (windows["baseline"]["fy"], windows["baseline"]["value"]) == (2023, 6)
    assert [(a["fy"], a["value"]) for a in windows["actuals"]] == [(2024, 14)]
    assert [(t["fy"], t["value"]) for t in windows["targets"]] == [(2025, 25), (2026, 35), (2027, 45)]
    counters, rate = items["3"]["indicators"]
    assert (counters["name"], rate["name"], rate["unit"]) == (
        "キャッシュレス対応窓口数",
        "市税のキャッシュレス納付率",
        "％",
    )
    assert [(t["fy"], t["value"]) for t in rate["targets"]] == [(2025, 22.0), (2026, 26.0), (2027, 30.0)]
    assert items["4"]["indicators"][0]["unit"] == "％" and items["4"]["departments"] == ["市民課"]


def test_titles_that_open_with_their_numbers_start_the_rows() -> None:
    """夕霧町's table has no number column: its 取組項目 open with theirs (「1．行政手続のオンライン化」), its 実績 cell holds
    each year's figure (「R5:24手続　R6:38手続」), a 担当課 names its team (「学校教育課（指導係）」) and 「―」 is no 進捗
    (担当課 and KPI 0 first measured: no row started)."""
    lines = ["取組項目", "担当課", "ＫＰＩ", "現状（R4）", "目標（R8）", "実績", "進捗"]
    lines += [
        "1．行政手続のオンライン化",
        "総務課",
        "オンラインでできる手続の数",
        "15手続",
        "60手続",
        "R5:24手続　R6:38手続",
        "Ｂ",
    ]
    lines += [
        "2．学校のＩＣＴ活用",
        "学校教育課（指導係）",
        "ＩＣＴを活用した授業の実施率",
        "70％",
        "100％",
        "R5:85％",
        "Ａ",
    ]
    lines += [
        "3．ＲＰＡの導入",
        "総務課",
        "削減時間（年間）",
        "0時間",
        "1,500時間",
        "R5:320時間　R6:未集計",
        "―",
    ]
    plan = parse(
        "\n".join(["夕霧町デジタル化推進計画", *lines]).encode(),
        filename="達成状況.txt",
        municipality="試験市",
    )
    items = {i["code"]: i for i in plan["initiatives"]}
    assert [(c, i["title"]) for c, i in items.items()] == [
        ("1", "行政手続のオンライン化"),
        ("2", "学校のICT活用"),  # (letters half-width, as every reader writes them)
        ("3", "RPAの導入"),
    ]
    assert items["2"]["departments"] == ["学校教育課"]  # its team left out, as with tabs
    (online,) = items["1"]["indicators"]
    assert [(a["fy"], a["value"]) for a in online["actuals"]] == [(2023, 24), (2024, 38)]
    (hours,) = items["3"]["indicators"]
    assert (hours["baseline"]["value"], hours["final_target"]["value"]) == (0, 1500)


def test_a_second_header_row_is_told_from_a_labels_year_under_it() -> None:
    """「現状値」「（R5）」「目標値」「（R9）」「R6」…: each label's year under it, one row deep (若竹市's Word table through
    pypdfium2); 「工程」 ends the first row of 真砂市's header, whose second row starts with 「番号」 (取組番号)."""
    one_row = "番号 施策 担当課 成果指標 現状値 （R5） 目標値 （R9） R6 R7 R8 R9"
    assert _two_rows(one_row.split(" ")) is None
    two_rows = "取組 取組名 担当課 成果指標 現状値 目標値 工程 番号 （令和5年度末） （令和10年度） R6 R7 R8"
    assert _two_rows(two_rows.split(" ")) == [
        "取組番号", "取組名", "担当課", "成果指標", "現状値（令和5年度末）", "目標値（令和10年度）",
        "工程(R6)", "工程(R7)", "工程(R8)",
    ]  # fmt: skip


#: The batches' tab texts copied a cell a line, as first measured this session → now (F1, codes, 担当課, KPI,
#: schedule). Below 1.0 where a row's empty cells leave no trace: which years its marks are is guessed (warned).
CELL_A_LINE: list[tuple[str, str, Reached]] = [
    ("unseen7", "ichodai_kouteihyou.txt", (1.0, 1.0, 1.0, 1.0, 0.62)),  # refused
    ("unseen12t", "kirihara_kouteihyou_tanto_right.txt", (1.0, 1.0, 1.0, 1.0, 1.0)),  # refused
    ("unseen12t", "shiroganedai_kpi_pages.txt", (1.0, 1.0, 1.0, 1.0, 1.0)),  # refused
    ("unseen13t", "nishikigaoka_shinchoku_ichiran.txt", (1.0, 1.0, 1.0, 0.93, 1.0)),  # refused
    ("unseen13t", "masago_kouteihyou_nendo.txt", (1.0, 1.0, 1.0, 1.0, 0.66)),  # refused
    ("unseen22", "shiomi_kpi_ichiran_nendo.txt", (0.94, 1.0, 0.87, 1.0, 1.0)),  # refused
    ("unseen8", "asami_two_row_header.txt", (1.0, 1.0, 1.0, 0.92, 0.84)),  # 担当課, KPI, schedule 0
    ("unseen12t", "aoigawa_jisshi_two_rows.txt", (1.0, 1.0, 0.91, 0.0, 0.08)),  # F1 0.57, all else 0
    ("unseen13t", "yugiri_cho_kpi_jisseki.txt", (1.0, 1.0, 1.0, 0.9, 1.0)),  # 担当課, KPI 0
    # 担当課 0.31, then 0.85: 「収納課（収納係）、会計課」 no department's cell; 「45ページ」「60ページ」 dropped as page numbers
    ("unseen13t", "nanase_seireki_hyoka.txt", (1.0, 1.0, 1.0, 1.0, 1.0)),
    # 担当課 0.40: a 所管課 cell wrapped inside a name (「市民課、情」「報政策課」); which years a 工程's steps are, unsaid
    ("unseen22", "kaedeidai_cards_split_cells.txt", (1.0, 1.0, 1.0, 1.0, 0.6)),
]


@pytest.mark.parametrize(("module", "name", "floor"), CELL_A_LINE, ids=[name for _, name, _ in CELL_A_LINE])
def test_a_plan_copied_a_cell_a_line_reads_at_least(module: str, name: str, floor: Reached) -> None:
    batch = importlib.import_module(f"tests.importers.other.{module}")
    text = variants.viewer_copy(batch.document(name).decode(), cells="lines")
    result = score(parse(text.encode(), filename=name), batch.expected(name))
    assert_at_least(result, floor)


def test_a_cards_kpi_table_a_cell_a_line() -> None:
    """早瀬市's 進捗評価シート copied a cell a line: 「指標名」「基準値（2022年度）」…「評価」 then each indicator's name, figures
    and grade a line each (KPI 0 first measured: no card reader paired the figures with their labels); 「前年度比」 is a
    figure's column left out of the plan; the card's 「■ 今後の方向性」 ends the table."""
    plan = _plan(
        """
        施策1-1-2 マイナンバーカードの利活用 主管課：市民課
        ■成果指標 指標名 基準値（2022年度） 実績値（2024年度） 前年度比 目標値（2027年度） 評価
        マイナンバーカードの保有率 58.2% 78.4% 108.9% 90.0% Ｂ：概ね順調
        証明書交付に占めるコンビニ交付の割合 9.1% 16.5% 121.3% 30.0% Ｂ：概ね順調
        ■今後の方向性 書かない窓口と合わせて、カードを使った手続の案内を強化する。
        """
    )
    (item,) = plan["initiatives"]
    assert (item["code"], item["title"], item["departments"]) == (
        "1-1-2",
        "マイナンバーカードの利活用",
        ["市民課"],
    )
    cards, convenience = item["indicators"]
    assert cards["name"] == "マイナンバーカードの保有率"
    assert (cards["baseline"]["fy"], cards["baseline"]["value"]) == (2022, 58.2)
    assert [(a["fy"], a["value"]) for a in cards["actuals"]] == [(2024, 78.4)]
    assert (cards["final_target"]["fy"], cards["final_target"]["value"]) == (2027, 90.0)
    assert convenience["name"] == "証明書交付に占めるコンビニ交付の割合"
    assert [(a["fy"], a["value"]) for a in convenience["actuals"]] == [(2024, 16.5)]


#: The same measured for the cards' KPI tables (first measured KPI 0: 早瀬市, 蛍沢市, 蓮見市 担当課 0.86 too; 柚木原市's
#: 事業シート F1 0: its 「活動指標」 over 「指標名」 read as a label of no value, its first card's fields the next card's;
#: 東峰市's 施策評価シート 担当課 0: 「主管課」 alone over 「デジタル推進課」 among a title of two lines and a KPI table).
CARDS_A_CELL_A_LINE = [
    ("unseen9", "higashimine_shisaku_hyoka.txt"),
    ("unseen8", "yunokihara_jigyo_sheets.txt"),
    ("unseen8", "hayase_hyoka.txt"),
    ("unseen12t", "hotaruzawa_hokoku.txt"),
    ("unseen18t", "hasumi_html_copy.txt"),
    ("unseen14t", "mizukagami_chukan_hyoka.txt"),
]


@pytest.mark.parametrize(
    ("module", "name"), CARDS_A_CELL_A_LINE, ids=[name for _, name in CARDS_A_CELL_A_LINE]
)
def test_cards_copied_a_cell_a_line_read_exactly(module: str, name: str) -> None:
    batch = importlib.import_module(f"tests.importers.other.{module}")
    text = variants.viewer_copy(batch.document(name).decode(), cells="lines")
    assert_exact(score(parse(text.encode(), filename=name), batch.expected(name)))


def test_a_kpi_table_under_a_header_of_years_a_cell_a_line() -> None:
    """水鏡市's 中間評価: 「基準値（R4）」「R5」…「R8」 over 「目標」「－」「60」… and 「実績」「31」「64」…, a cell a line (KPI 0
    first measured): the same table as the copy with single blanks gives (``year_rows``)."""
    card = [
        "取組番号　１－１",
        "取組名　電子申請の推進",
        "担当課　情報政策課",
        "評価　Ａ",
        "成果指標　電子申請に対応した手続数（手続）",
    ]
    cells = "基準値（R4） R5 R6 R7 R8 目標 － 60 90 120 150 実績 31 64 93 － －"
    table = cells.split(" ")
    after = [
        "課題と今後の方向性　周知を強化する。",
        "",
        "取組番号　１－２",
        "取組名　コンビニ交付の推進",
        "担当課　市民課",
    ]
    plan = parse("\n".join(card + table + after).encode(), filename="中間評価.txt", municipality="試験市")
    item = plan["initiatives"][0]
    assert (item["code"], item["departments"]) == ("1-1", ["情報政策課"])
    (measure,) = item["indicators"]
    assert (measure["baseline"]["fy"], measure["baseline"]["value"]) == (2022, 31)
    assert [(t["fy"], t["value"]) for t in measure["targets"]] == [
        (2023, 60),
        (2024, 90),
        (2025, 120),
        (2026, 150),
    ]
    assert [(a["fy"], a["value"]) for a in measure["actuals"]] == [(2023, 64), (2024, 93)]


def test_a_kpi_table_with_a_unit_column_under_a_bracketed_heading() -> None:
    """東峰市's 施策評価シート copied a cell a line: 「【成果指標】」 over 「指標名」「単位」「策定時（R2）」「R4実績」…「達成度」, each row's
    unit (「手続」) between its name and its figures. The heading was taken for the end of a longer header and the unit
    for the end of a row: KPI 0 first measured."""
    lines = ["施策　5-1　行政手続のオンライン化", "主管課　デジタル推進課", "【成果指標】"]
    lines += ["指標名", "単位", "策定時（R2）", "R4実績", "R5実績", "R6実績", "R7目標", "達成度"]
    lines += ["オンラインで申請できる手続数", "手続", "18", "64", "97", "142", "200", "Ｂ"]
    lines += ["電子申請の年間利用件数", "件", "1,250", "6,480", "9,830", "13,460", "15,000", "Ａ"]
    lines += ["庁舎の延床面積", "㎡", "31,200", "31,200", "30,800", "30,500", "30,000", "Ｂ"]  # (a unit of a sign)
    lines += ["【施策の評価】", "　累計で142手続となりました。"]
    plan = parse("\n".join(lines).encode(), filename="施策評価シート.txt", municipality="試験市")
    (item,) = plan["initiatives"]
    procedures, applications, floor = item["indicators"]
    assert (floor["unit"], floor["baseline"]["value"], floor["final_target"]["value"]) == ("㎡", 31200, 30000)
    assert (procedures["name"], procedures["unit"]) == ("オンラインで申請できる手続数", "手続")
    assert (procedures["baseline"]["fy"], procedures["baseline"]["value"]) == (2020, 18)
    assert [(a["fy"], a["value"]) for a in procedures["actuals"]] == [(2022, 64), (2023, 97), (2024, 142)]
    assert (procedures["final_target"]["fy"], procedures["final_target"]["value"]) == (2025, 200)
    assert item["departments"] == ["デジタル推進課"]
    assert (applications["unit"], applications["baseline"]["value"]) == ("件", 1250)
    assert [(a["fy"], a["value"]) for a in applications["actuals"]][-1] == (2024, 13460)


def test_a_jigyo_sheet_a_cell_a_line_keeps_each_card_its_own() -> None:
    """柚木原市's 事業シート copied a cell a line: 「活動指標」 heads 「指標名」 (no label waiting for a value), the years and
    figures after 「単位」「手続」 are the indicator's plan by year, 「基準年度」「令和５年度」 dates the 基準値 above it, and
    the line 「（令和６年度～令和８年度）」 under the title is no 工程 label: the first card keeps its 所管課 (first
    measured: every card had the one before it's)."""
    plan = _plan(
        """
        柚木原市実施計画 （令和６年度～令和８年度） 令和６年３月
        事業番号 1-1-01 事業名 電子申請サービス拡充事業 基本施策 1-1　いつでもどこでも手続ができるまち
        所管課 デジタル推進課
        事業概要 市の申請・届出をスマートフォンから行えるよう電子申請の対象手続を広げ、来庁しなくても手続が完了する環境を整える。
        事業期間 令和６年度～令和８年度
        活動指標 指標名 オンライン化した手続数 単位 手続 令和６年度 120 令和７年度 180 令和８年度 250
        成果指標 指標名 電子申請の利用件数 単位 件 基準値 8,400 基準年度 令和５年度 目標値 20,000 目標年度 令和８年度
        事業番号 1-1-02 事業名 証明書コンビニ交付推進事業 基本施策 1-1　いつでもどこでも手続ができるまち
        所管課 市民課
        事業概要 マイナンバーカードを利用した住民票の写し等のコンビニ交付を周知し、窓口に来なくても証明書を取得できるようにする。
        事業期間 令和６年度～令和８年度
        活動指標 指標名 周知イベントの開催回数 単位 回 令和６年度 4 令和７年度 4 令和８年度 4
        成果指標 指標名 証明書交付に占めるコンビニ交付の割合 単位 ％ 基準値 12.5 基準年度 令和５年度 目標値 35.0 目標年度 令和８年度
        """.replace("　", "")
    )
    first, second = plan["initiatives"]
    assert (first["code"], first["title"], first["departments"]) == ("1-1-01", "電子申請サービス拡充事業", ["デジタル推進課"])
    assert (second["code"], second["departments"]) == ("1-1-02", ["市民課"])
    procedures, uses = first["indicators"]
    assert [(t["fy"], t["value"]) for t in procedures["targets"]] == [(2024, 120), (2025, 180), (2026, 250)]
    assert procedures["unit"] == "手続"
    assert (uses["baseline"]["fy"], uses["baseline"]["value"]) == (2023, 8400)
    assert (uses["final_target"]["fy"], uses["final_target"]["value"]) == (2026, 20000)


def test_a_department_label_over_its_names_among_fields_of_other_shapes() -> None:
    """東峰市's 施策評価シート a cell a line: 「施策」「5-1」「行政手続のオンライン化」 (a title over two lines) then 「主管課」
    「デジタル推進課」「関係課」「市民課、税務課」 — no rule for whole cards pairs them, but a 担当課 label over department
    names is one field (first measured: 担当課 0, and 「関係課」 read as a department where 「－」 stood under it)."""
    plan = _plan(
        """
        東峰市第６次総合計画後期基本計画 施策評価シート（令和６年度実績）
        政策５ デジタルで変わる市役所
        施策 5-1 行政手続のオンライン化 主管課 デジタル推進課 関係課 市民課、税務課
        【目指す姿】 市民が、時間や場所にとらわれずに、スマートフォンなどから行政手続を行うことができています。
        施策 5-4 情報セキュリティの確保 主管課 デジタル推進課 関係課 －
        【目指す姿】 職員が情報セキュリティのルールを守り、重大な事故が起きていません。
        """
    )
    online, security = plan["initiatives"]
    assert (online["code"], online["departments"]) == ("5-1", ["デジタル推進課"])
    assert online.get("departments_others") == ["市民課", "税務課"]
    assert (security["code"], security["departments"]) == ("5-4", ["デジタル推進課"])


def test_figures_counted_in_pages_are_no_page_numbers() -> None:
    """七瀬市's 観光情報の多言語化: 「多言語に対応したページ数」 then 「45ページ」「60ページ」「96ページ」「200ページ」 a line each
    — each a page number's shape, dropped as page furniture (its KPI lost); one next to another is a figure. A team
    after a name and a second name (「収納課（収納係）、会計課」) is a 担当課's cell."""
    plan = _plan(
        """
        七瀬市情報化推進計画 取組の進捗状況 No. 取組 担当課 指標 基準値（2022） 実績値（2023） 実績値（2024） 目標値（2027） 評価
        4 電子納付の拡大 収納課（収納係）、会計課 市税の電子納付率 9.5％ 12.1％ 未集計 30.0％ ―
        10 観光情報の多言語化 観光交流課 多言語に対応したページ数 45ページ 60ページ 96ページ 200ページ 概ね順調
        """
    )
    payments, tourism = plan["initiatives"]
    assert payments["departments"] == ["収納課", "会計課"]
    (pages,) = tourism["indicators"]
    assert (pages["baseline"]["fy"], pages["baseline"]["value"], pages["unit"]) == (2022, 45, "ページ")
    assert [(a["fy"], a["value"]) for a in pages["actuals"]] == [(2023, 60), (2024, 96)]
    assert pages["final_target"]["value"] == 200


#: 鏡原市's 達成状況 (batch 23) as plain pdftotext gives the table LibreOffice Calc printed: each cell a paragraph, an empty
#: line between two, a wrapped cell's lines together, the first rows' section 「基本方針１」 among the header's labels and
#: its name under them, a row's 基準値 「6」 where the next row's number would stand.
_PARAGRAPHS = """鏡原市ＤＸ推進計画

成果指標（ＫＰＩ）の達成状況（令和６年度）

計画期間：令和５年度～令和８年度
No.

取組名

基本方針１

担当課

成果指標

単位

基準値
（R4）

目標値
（R8）

実績値
（R6）

評価

今後の方向性

市民の利便性の向上

1

行政手続のオンライン化

デジタル推進課

オンライン化した行政手続数

手続

48

250

141

C

子育て・介護分野の手続を優先してオンライン化する。申
請件数の多い手続から順に行う。

2

子育て手続のオンライン化

こども未来課

オンラインで申請できる子育て関係手
続数

手続

6

40

12

B

国の標準様式が示された手続から対応する。

3

ペーパーレス化の推進

総務課・デジタル推進課

庁内の印刷枚数（年間）

万枚

820

410

655

C

会議資料のタブレット配付を全庁に広げる。
"""


def test_a_table_a_cell_a_paragraph_row_after_row_is_read_by_its_header() -> None:
    """Plain pdftotext of a table printed row by row: each paragraph the next cell of its row, in the header's order
    (``readers.cellrows.read_cell_paragraphs``); 2's 基準値 「6」 is no row's number, 「基本方針１」 no column, and a
    cell wrapped over lines is one. First read: the numbered titles alone (``numbered_cells``), no 担当課 or figure."""
    plan = parse(_PARAGRAPHS.encode(), filename="達成状況.txt")
    read = [
        (
            i["code"],
            i["title"],
            i["departments"],
            [(k["name"], k["baseline"]["value"], k["final_target"]["value"], [a["value"] for a in k["actuals"]])
             for k in i["indicators"]],
        )
        for i in plan["initiatives"]
    ]  # fmt: skip
    assert read == [
        ("1", "行政手続のオンライン化", ["デジタル推進課"], [("オンライン化した行政手続数", 48, 250, [141])]),
        ("2", "子育て手続のオンライン化", ["こども未来課"], [("オンラインで申請できる子育て関係手続数", 6, 40, [12])]),
        ("3", "ペーパーレス化の推進", ["総務課", "デジタル推進課"], [("庁内の印刷枚数（年間）", 820, 410, [655])]),
    ]
    assert any("段落" in w["message"] for w in plan["warnings"])


#: Plain pdftotext of a 概要版's 体系図 (batch 37's 朝凪県): each cell a paragraph, the 基本目標 column merged down over
#: its rows (printed once, the later groups' cells after the rows), the plan's next numbered part and its ◆ list right
#: under the table, and each page's foot — the plan's title and the page's number on one line — two paragraphs.
_GROUPED = """朝凪県デジタル推進計画【概要版】

はじめに本文です。

朝凪県デジタル推進計画【概要版】

1

\f８ 施策の体系図
基本目標

No.

主な取組

担当課

１ 県民サービスの向上

1-1

行政手続のオンライン化

デジタル戦略課

1-2

県立施設のキャッシュレス化

会計局

2-1

生成ＡＩの全庁活用

人事課

２ 行政の効率化

９ 主な取組の目標
◆1-1 行政手続のオンライン化
電子申請件数（年間） 38万件（R5）→ 120万件（R10）
◆1-2 県立施設のキャッシュレス化
キャッシュレス対応施設の割合 20％（R5）→ 100％（R10）

朝凪県デジタル推進計画【概要版】

2

\f◆2-1 生成ＡＩの全庁活用
生成ＡＩの利用職員数 150人（R6）→ 3,000人（R10）
10 市町村との連携

朝凪県デジタル推進計画【概要版】

3
"""


def test_a_first_column_merged_down_and_the_next_part_under_the_table() -> None:
    """朝凪県 through plain pdftotext (F1 0.783, KPI 0 when first measured): the table ran on over 「９ 主な取組の目標」 and
    its ◆ list to 「10 市町村との連携」, the foot's 「2」 a row's number; 「１ 県民サービスの向上」 (the 基本目標 merged down)
    was a 取組 「1」. The part numbered after the heading over the table ends it (``cellrows._next_part``), a part's
    heading whose number heads the rows' codes under a section's label is the merged column's cell
    (``cellrows._group_cell``), and a foot's title and number a blank line apart are furniture
    (``text._footed_numbers``)."""
    plan = parse(_GROUPED.encode(), filename="概要版.txt")
    read = [
        (i["code"], i["title"], i["departments"], [(k["baseline"]["value"], k["final_target"]["value"]) for k in i["indicators"]])
        for i in plan["initiatives"]
    ]  # fmt: skip
    assert read == [
        ("1-1", "行政手続のオンライン化", ["デジタル戦略課"], [(38, 120)]),
        ("1-2", "県立施設のキャッシュレス化", ["会計局"], [(20, 100)]),
        ("2-1", "生成AIの全庁活用", ["人事課"], [(150, 3000)]),
    ]


#: Plain pdftotext of 琴浦野村's 取組の一覧 (batch 37): a row's code and title on one line (one baseline), its 課 on the
#: next, 3-3's three cells on one line; then the first card's labels come out one after another.
_LISTED = """琴浦野村ＤＸ推進計画
取組の一覧
番号 取組名
担当課
1-1 電子申請の拡充
総務課
1-2 キャッシュレス決済の導入
会計室
3-3 鳥獣被害対策へのＩＣＴ活用 産業建設課
基本方針１ 便利な役場
取組番号
取組内容
担当課
成果指標
1-1
取組名
電子申請の拡充
村民の利用の多い手続から、スマートフォンで申請できる手続を増やします。
"""


def test_a_code_and_title_on_one_line_of_a_copy_a_cell_a_line() -> None:
    """The list was read as one row (F1 0.182: 1-1 titled 「1-1 電子申請の拡充」 …): a line of a copy a cell a line that
    opens with a row's code is the code and the text, a 課 closing it a third cell (``cellrows._coded_line``); a
    label of the list's columns alone (「取組番号」) ends it, the section's heading over it no row
    (``cellrows._field_label``)."""
    plan = parse(_LISTED.encode(), filename="琴浦野村.txt")
    read = [(i["code"], i["title"], i["departments"]) for i in plan["initiatives"]]
    assert read[:3] == [
        ("1-1", "電子申請の拡充", ["総務課"]),
        ("1-2", "キャッシュレス決済の導入", ["会計室"]),
        ("3-3", "鳥獣被害対策へのＩＣＴ活用", ["産業建設課"]),
    ]


#: Plain pdftotext of 朱鷺ノ森市's 成果指標一覧 (batch 37): a cell a paragraph, row after row, its header no 取組名
#: (the 取組 by their numbers), under the headings 「4.1 取組一覧」 (its table a column at a time) and 「4.2 成果指標一覧」.
_MEASURED = """朱鷺ノ森市ＤＸ推進計画
第４章 取組
4.1 取組一覧
基本方針ごとに、次の取組を進めます。
担当課

デジタル推進課

4.2 成果指標一覧
取組の成果は、次の指標で測ります。No.は4.1の取組の番号です。
No.

成果指標

現状値（R5）

目標値（R11）

1

電子申請の利用件数（年間）

8,640件

30,000件

2

窓口予約の利用件数（年間）

0件

5,000件

3

書かない窓口の対象手続数

0手続

40手続

指標の実績は、毎年度公表します。
"""


def test_a_list_of_indicators_by_number_and_no_list_heading_an_initiative() -> None:
    """朱鷺ノ森市 through plain pdftotext (F1 0 when first measured): 「4.1 取組一覧」 and 「4.2 成果指標一覧」 were read as the
    取組. A header of an indicator and its figures beside a number (no title column) heads a table a cell a line
    (``cellrows._header``); a heading that names a list (「…一覧」) is no 取組 (``outline._LIST_HEADING``)."""
    plan = parse(_MEASURED.encode(), filename="朱鷺ノ森市.txt")
    read = [
        (i["code"], [(k["baseline"]["value"], k["final_target"]["value"]) for k in i["indicators"]])
        for i in plan["initiatives"]
    ]
    assert read == [("1", [(8640, 30000)]), ("2", [(0, 5000)]), ("3", [(0, 40)])]


def test_a_headers_years_after_all_its_labels_go_to_the_last_labels_in_order() -> None:
    """Plain pdftotext of 朱鷺野市's appendix (batch 12) gives 「基準値」「中間目標」「目標値」 and then 「（R5）」「（R9）」「（R11）」:
    the header's second row, a year under each of the last labels (all three had gone to 「目標値」)."""
    from shinchoku.importers.readers.cellrows import _one_row

    words = ["取組番号", "成果指標", "単位", "基準値", "中間目標", "目標値", "（R5）", "（R9）", "（R11）"]
    assert _one_row(words) == ["取組番号", "成果指標", "単位", "基準値（R5）", "中間目標（R9）", "目標値（R11）"]
    assert _one_row(["No.", "指標", "現状値", "（R5）", "目標値", "（R9）"]) == ["No.", "指標", "現状値（R5）", "目標値（R9）"]
