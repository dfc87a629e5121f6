"""A twentieth batch of plans no reader was written against (``other/unseen20.py``, texts in ``other/plans20/``): 鷹ノ巣市's
Word plan whose 基本方針 / 施策 / 取組 headings Word numbers itself (「1-1-1」 in no text) with a 「■成果指標」 table a 施策
joined by those numbers, 柿崎町's 個別事業シート as Word tables of label | value (cells of several paragraphs, two
indicators 「①…」「②…」 in one cell), 白樺台市's 取組管理 app exported from kintone (newest record first, the KPI subtable a
row each with 「*」 on a record's first, 「総務部情報政策課」 and two 課 on two lines of a cell) and 汐入町's small plan copied
out of a PDF viewer (running header and 「－ ５ －」 inside a 取組, full-width digits, 「令和１０年度」 and 「Ｒ５年度」 mixed);
槙野市's 進捗管理表 xlsx (工程 ○ / ● by 四半期 in 令和７年度, by 上期 / 下期 in 令和８年度, a column for 令和９年度, the 基本方針
merged down and set vertically), 椎名市's 取組一覧 xlsx of a sheet a 基本目標 (重点 marked by a yellow fill alone, 工程 cells
「●」 on a fill, 「納税課／保険年金課」), 青嶺県後期高齢者医療広域連合 (a 広域連合)'s plan saved from Word as text (CP932,
CRLF; 「１－１　…」 blocks of 【担当課】【内容】【実施年度】, their KPI in a 第５章 指標一覧 after all 取組, tab-separated,
joined by 取組番号) and 藍染市's 進捗状況報告 printed by Chromium (A4 landscape: a header two rows deep — 指標 over 指標名 |
単位 | 基準値（R5）, 目標値 over R6 … R9, 実績値 over R6 | R7 — and the 基本目標 cells and the 評価 header set vertically;
slow: read as the PDF and as ``pdftotext`` in both modes); 紅葉台町's 事業カード in Word (four columns, the value cells merged
across, the 成果指標 and 年次計画 tables nested in a cell) and 榊原市's 改定案 with Word's tracked changes left in (a 取組
deleted whole, one inserted, figures, 課 and years struck out and replaced, a comment). Each is scored with ``scoring.score`` against the plan it
states.

Plain ``pdftotext`` of 藍染市, first refused as no plan, is a partial plan now (F1 0.667, codes 1.0;
``readers/numbered_cells.py``: strays among the numbered lines passed over, the longest run numbered in order taken; a
note under the table 「※…。」 no title; the rows above the header's 「取組名」 left out).
"""

from __future__ import annotations

import pytest

from shinchoku.importers import parse
from shinchoku.importers.labels import Column, classify

from .other import unseen20
from .other.unseen20 import AIZOME, MAKINO
from .scoring import Reached
from .unseen_harness import Batch, batch_readings

#: (document, how): a text, Word document or sheet read as uploaded ("upload"), a PDF each of ``HOWS``.
read, VARIANTS = batch_readings(unseen20)


#: Exact when first measured: 鷹ノ巣市 (Word's 「基本方針%1」「%1-%2」「%1-%2-%3」 read as printed, each 成果指標 row joined to
#: its 取組 by 取組番号, 「中間目標（R9）」 2027's target), 柿崎町 (each card a 事業, 「総務課（情報管理係）」 総務課, 「①…」「②…」
#: two indicators, 「令和８年度～　運用」 to 2028, 「－」 none) and 白樺台市 (a record of two subtable rows one 取組, the
#: newest-first order, 「総務部情報政策課」 情報政策課; first named after its file, see ``MISNAMED``), 椎名市 (three 基本目標 sheets and a 表紙, the
#: fills no 取組, 「納税課／保険年金課」 two 課, 「48手続（R5）」 its year's baseline), 青嶺県後期高齢者医療広域連合 (CP932, each
#: 指標一覧 row joined to its 取組 by 「１－２」, 「総務課（情報システム係）」 総務課; but see ``MISNAMED``) and 藍染市's 進捗状況
#: 報告 as the PDF (the two-row header, the vertical 基本目標 cells no 取組) and 榊原市's 改定案 (what the changes make it:
#: the deleted 取組２－３ 「ＦＡＸの廃止」 not read, the inserted 「生成ＡＩの活用」 read, 「5,000件」→「8,000件」 and 「情報政策課」
#: →「デジタル推進課」 read as changed, 「、高齢福祉課」 added; the comment no part of the plan).
#: Not exact as first measured but exact now: 汐入町 (KPI 0.889: 取組３'s 「目標：証明書のコンビニ交付率　Ｒ５年度　４．５％　→
#: Ｒ８年度　４０％、令和１０年度　６⏎０％」 was read as a final target of 2026, 40 — the wrapped 「６⏎０％」 was joined, but the
#: two dated values listed after one arrow were read as one; now 2026's target 40 and 2028's 60, the final target) and
#: 槙野市 (schedule 0: every mark read as its whole year; now the third header row 「4～6月 … 1～3月 | 上期 | 下期」 under
#: 「令和７年度」「令和８年度」 gives each mark its half, a quarter the half it falls in).
#: Not exact but reaching the bar (F1, codes, 担当課, KPI numbers, schedule): none.
FLOORS: dict[tuple[str, str], Reached] = {}

#: Below the bar as first measured (F1, codes, 担当課, KPI numbers, schedule), with exactly what is misread: 藍染市
#: through plain pdftotext since first refused, below.
#: (藍染市's 進捗状況報告 through -layout, first 担当課 0, KPI 0 — each row's 指標名 read as its 担当課, the indicator named by
#: the 取組, the 目標値 years read as a schedule 2024–2027 of every 取組, the R6 / R8 / R9 targets and most actuals lost — is
#: exact now: a header of five lines, its labels centred over cells written from their left edge, takes the columns its
#: rows write in (``columns._header_under``, ``_labels_of_columns``), and 「目標値」「実績値」 printed over their years label
#: each of them (``columns._years_grouped``).)
#: - 藍染市 through plain pdftotext (first refused): 6 of 12 numbered rows (6–11), no 担当課 or figures; titles cut where
#:   they wrap.
BELOW: dict[tuple[str, str], Reached] = {
    (AIZOME, "pdftotext"): (0.667, 1.0, 0.0, 0.0, 1.0),
}

#: Refused as no plan when first measured: 藍染市's 進捗状況報告 through plain ``pdftotext`` (a cell a paragraph, the
#: vertical 基本目標 a character a line).
REFUSED: set[tuple[str, str]] = set()  # (藍染市 read now, a partial plan: see BELOW)

#: The municipality read otherwise than the document's (first measured): none now.
#: (青嶺県後期高齢者医療広域連合, first named after its file 「aone_kouiki_rengo」 — the first line of the document is its name,
#: the second 「情報化推進計画」 — is named by that line now: a cover's line of a union's name alone names it.)
#: (白樺台市's kintone export, first named after its file 「取組管理_20250424」 and titled 「取組管理_20250424 計画」, is named
#: by the 計画名 field of its rows now, 「白樺台市DX推進計画（令和6年度～令和9年度）」, its title.)
MISNAMED: set[tuple[str, str]] = set()

#: Documents whose initiatives, matched by code, are read under another title (first measured).
#: 藍染市 through plain pdftotext: titles cut where they wrap (「ＲＰＡ・生成ＡＩの活」).
MISTITLED: set[tuple[str, str]] = {(AIZOME, "pdftotext")}


BATCH = Batch.of(
    unseen20,
    read,
    VARIANTS,
    floors=FLOORS,
    below=BELOW,
    refused=REFUSED,
    misnamed=MISNAMED,
    mistitled=MISTITLED,
)
BATCH.bind(globals())


def test_quarters_and_halves_in_a_third_header_row_are_halves_of_their_years() -> None:
    """槙野市's feature in another layout: a CSV whose 令和6年度 is written once over 「第1四半期 … 第4四半期」 and 令和7年度
    over 「前期 | 後期」, a third header row under 「実施スケジュール」: each mark is the half of its year the quarter falls in
    (Plan JSON has no quarter: docs/plan-json.md); a mark under both quarters of a half is one entry."""
    rows = [
        "柏尾市デジタル化推進計画（令和6年度～令和8年度）",
        "No.,事業名,所管課,実施スケジュール,,,,,,目標指標,,",
        ",,,令和6年度,,,,令和7年度,,指標名,現状値（R5）,目標値（R8）",
        ",,,第1四半期,第2四半期,第3四半期,第4四半期,前期,後期,,,",
        "1,電子申請の拡充,情報政策課,,,○,○,○,○,オンライン手続数（手続）,40,120",
        "2,窓口のキャッシュレス化,会計課,○,○,,,,○,対応窓口数（か所）,2,10",
        "3,RPAの導入,行政改革課,,○,,,○,,削減時間（時間）,100,900",
    ]
    plan = parse("\n".join(rows).encode("utf-8"), filename="kashio.csv")
    assert [[(e["fy"], e["half"]) for e in item["schedule"]] for item in plan["initiatives"]] == [
        [(2024, 2), (2025, 1), (2025, 2)],
        [(2024, 1), (2025, 2)],
        [(2024, 1), (2025, 1)],
    ]
    assert [item["indicators"][0]["final_target"]["value"] for item in plan["initiatives"]] == [120, 10, 900]


@pytest.mark.parametrize(
    ("label", "half"),
    [("４～６月", 1), ("7月～9月", 1), ("10-12月", 2), ("１～３月", 2), ("第2四半期", 1), ("Q3", 2), ("7～12月", None)],
)
def test_months_under_a_year_are_the_half_they_lie_in(label: str, half: int | None) -> None:
    """A header's months under 「令和７年度」 are the half of fiscal 2025 they lie in; 「7～12月」 lies in no one half and
    stays the year's."""
    assert classify(label, parent="令和７年度") == Column("schedule", 2025, half=half)


#: 汐入町's feature in another layout: a numbered outline whose ［指標］ lines list two dated values after one arrow, 「、」 or
#: 「，」 between them, one figure broken over the line's end by the viewer (「５⏎０手続」, 「３，０⏎００人」).
_LISTED_TARGETS = """梅ヶ丘村デジタル推進計画
計画期間：令和６年度～令和１０年度
基本目標１　行政サービスの向上
（１）窓口のデジタル化
①　電子申請の拡大【担当：総務課】
　村民が役場に来なくても手続ができるよう、電子申請できる手続を増やします。申請の多
い手続から順に、スマートフォンで申請できるようにします。
　［指標］申請できる手続数　Ｒ５年度　１２手続　→　Ｒ８年度　３０手続、令和１０年度　５
０手続
②　キャッシュレス決済の導入【担当：会計課】
　役場の窓口で、証明書の手数料や村税をキャッシュレスで支払えるようにします。窓口の混
雑を減らし、村民の待ち時間を短くすることにもつなげます。
　［指標］キャッシュレス対応窓口数　R5　2か所　→　R7　5か所，R10　12か所
（２）情報発信
①　防災メールの配信【担当：防災課】
　防災行政無線の内容をメールとＬＩＮＥでも配信し、登録を呼びかけます。あわせて、村
のホームページでも防災情報を分かりやすく発信します。
　［指標］防災メール登録者数　令和５年度　１，２４０人　→　令和１０年度　３，０
００人
"""


def test_dated_values_listed_after_one_arrow_are_each_a_target() -> None:
    """「Ｒ５年度 １２手続 → Ｒ８年度 ３０手続、令和１０年度 ５０手続」: the baseline, a target on the way and the last one, the
    final target; a comma inside a figure (「１，２４０人」) parts nothing."""
    plan = parse(_LISTED_TARGETS.encode("utf-8"), filename="umegaoka.txt")
    read = [
        (
            item["code"],
            (kpi["baseline"]["fy"], kpi["baseline"]["value"]),
            [(t["fy"], t["value"]) for t in kpi["targets"]],
            (kpi["final_target"]["fy"], kpi["final_target"]["value"]),
        )
        for item in plan["initiatives"]
        for kpi in item["indicators"]
    ]
    assert read == [
        ("1-1-1", (2023, 12), [(2026, 30), (2028, 50)], (2028, 50)),
        ("1-1-2", (2023, 2), [(2025, 5), (2028, 12)], (2028, 12)),
        ("1-2-1", (2023, 1240), [], (2028, 3000)),
    ]


def test_a_plan_name_column_names_the_municipality_the_title_and_the_period() -> None:
    """白樺台市's feature in another export: a 「計画の名称」 column last, on every row, and nothing else naming the plan (the
    file named by its date): it names the municipality, the title and the period — so 「R7～」 runs to 令和11年度 and a
    target with no year is of it, not of the last year the rows name."""
    name = "柚木町デジタル化推進計画（令和7年度～令和11年度）"
    rows = [
        "No,事業名,担当部署,KPI,現状値,目標値,実施時期,計画の名称",
        f"1,電子申請の推進,総務課,電子申請できる手続数,10,50,R7～,{name}",
        f"2,窓口キャッシュレス化,会計課,対応窓口数,1,6,R8～,{name}",
        f"3,防災アプリの導入,防災課,登録者数,0,3000,R9,{name}",
    ]
    plan = parse("\r\n".join(rows).encode("cp932"), filename="export_20250601.csv")
    assert (plan["municipality"]["name"], plan["plan"]["title"]) == ("柚木町", name)
    assert (plan["plan"]["period"]["start_fy"], plan["plan"]["period"]["end_fy"]) == (2025, 2029)
    first = plan["initiatives"][0]
    assert [e["fy"] for e in first["schedule"]] == [2025, 2026, 2027, 2028, 2029]
    assert first["indicators"][0]["final_target"]["fy"] == 2029
    assert not any("計画名" in w["message"] or "自治体名" in w["message"] for w in plan["warnings"])


def test_the_legend_of_the_marks_names_each_step_though_another_legend_follows() -> None:
    """槙野市: 「凡例：○ 予定　● 実施済（９月末時点）　進捗：Ａ 順調 …」 over the header: each ● is 実施済, each ○ 予定 — the 進捗's
    legend after it on the line no part of the marks' (before: every step 「実施」)."""
    first = read(MAKINO, "upload")["initiatives"][0]
    assert [(e["fy"], e["half"], e["label"]) for e in first["schedule"]] == [
        (2025, 1, "実施済(9月末時点)"),
        (2025, 2, "予定"),
        (2026, 1, "予定"),
        (2026, 2, "予定"),
        (2027, None, "予定"),
    ]


def test_a_legend_line_ends_its_marks_at_the_next_label() -> None:
    """Another 凡例 line of two legends: the marks' words up to 「評価：」, the letters after it no marks."""
    from shinchoku.importers.shapes.common import schedule_legend

    assert schedule_legend(["【凡例】 ●：実施　○：検討　評価：Ａ 達成　Ｂ 概ね達成"]) == {"●": "実施", "○": "検討"}


#: 汐入町's broken figure in a text too short to show its wrap width: 「…令和９年度　１⏎２０手続」, 「１，⏎０００人」.
_BROKEN_FIGURES = """楓沢村デジタル化計画（令和７年度～令和９年度）
取組１　電子申請の拡充
担当課：総務課
目標：電子申請できる手続数　Ｒ５年度　１０手続　→　令和９年度　１
２０手続
取組２　キャッシュレス決済
担当課：会計課
目標：対応窓口数　Ｒ５年度　０か所　→　令和９年度　５か所
取組３　防災メール
担当課：防災課
目標：登録者数　Ｒ５年度　３００人　→　Ｒ８年度　６００人、令和９年度　１，
０００人
"""


def test_a_figure_broken_over_a_line_end_is_one_figure() -> None:
    """A line of figures ending in a figure's first digits and the next opening with its rest and unit: one figure
    (before: 「１」 the target, 「２０手続」 lost), though no wrap width joins the lines."""
    plan = parse(_BROKEN_FIGURES.encode("utf-8"), filename="kaede.txt")
    finals = [item["indicators"][0]["final_target"]["value"] for item in plan["initiatives"]]
    assert finals == [120, 5, 1000]
    assert [(t["fy"], t["value"]) for t in plan["initiatives"][2]["indicators"][0]["targets"]] == [(2026, 600), (2027, 1000)]
