"""A twenty-second batch of plans no reader was written against (the readers' code was not read): six texts
(``plans22/``) in the shapes a PDF's text takes when the plan office copies it out or a converter saves it, the
cells of a table apart by tabs as the seed plans' are.

- 萩原市's ＤＸ推進計画 (``hagiwara_taikei_cards_tab.txt``): a 施策体系 table (基本目標 | 施策 | 取組番号 | 取組名, the
  基本目標 and 施策 on their first row only) before one card a 取組 — 「取組番号 | 1-1-1 | 取組名 | …」, 取組内容 (wrapped
  to a line of its own), 担当課 「市民課、情報政策課」, 「成果指標 | name | 基準値（R5） | 45手続 | 目標値（R10） | 200手続」, a
  row of 令和6年度 … 令和10年度 over 工程's steps (a blank cell no step), a ※ note; every page opened by the running header
  「萩原市ＤＸ推進計画」 and closed by 「- 3 -」;
- 潮見町's 成果指標一覧 (``shiomi_kpi_ichiran_nendo.txt``): a table a row an indicator over two pages, its two-row header
  (「目標値」 over R6 … R9, 「基準値」 over 「（R5）」) repeated on the second, cells wrapped onto a row of their own
  (「電子申請できる手続」 / 「数」, 「キャッシュレス決済の導」 / 「入」), 単位 in a column, R6評価 letters, 「－」 no baseline,
  a row whose 指標 is 「（再掲：２）」 and a ※ note;
- 千草村's デジタル化推進計画 (``chigusa_mura_shukan_maru.txt``): 「１」 > 「１－１」 > 「（１）title　【主管課：総務課】」,
  「指標：… 現状（R5）0件 → 目標（R9）30件」, and 「スケジュール」 over a row of R6 … R9 and a row of ● under the years
  the 取組 runs (tabs keep the blank years' places);
- 桔梗市's ＤＸ推進計画 turned into markdown by a converter (``kikyo_markdown_wrapped.txt``): one pipe table, 「現状値<br>
  （R5）」 headers, each wrapped line of a cell a table row of its own with the other cells blank (「公共施設予約のオンライ」
  / 「ン化」, 「デジタル推進課、」 / 「総務課」), 「R6 検討、R7～R9 運用」;
- 楓台市's ＤＸ推進計画 (``kaedeidai_cards_split_cells.txt``): a card a 事業 as the seed 日田市's text gives them, a wrapped
  value's lines apart by tabs (「市民課、情」 | 「報政策課」, 「行政改革」 | 「課」), labels set letter by letter (「事 業 概 要」),
  「指標 | name | 現状値 | 50手続 | 目標値 | 220手続」 with no year — the chapter's prose says 「各事業の現状値は令和５年度、
  目標値は令和９年度の値です」 — and 工程's steps under 令和6年度 … 令和9年度, a blank cell no step;
- 藤ヶ丘町's 事業シート (``fujigaoka_jigyo_sheets_tab.txt``): a sheet a 事業 as the seed 伊豆の国市's are (重点取組事項名 | 管理番号,
  事業名 【新規】 | 担当課, 評価指標 | 基準値 | 「… 30手続/令和5年度」), each step a row of its own under its year, every row
  ending in a blank cell (the header's too).

``PLANS[name]`` is the plan each document states, by the earlier batches' conventions: yearly target columns (潮見町's
R6 … R9) each year's target, the last one the final target too; a 目標値 column headed with its year in a table of a row
an initiative (桔梗市) that year's target and the final one; a 目標 with its year in an item's card or line (萩原市, 千草村)
the final target alone; 基準値 / 現状値 the baseline of the year written (楓台市's in its prose). 藤ヶ丘町's steps are
bars whose ends the text lost: each runs on to the next step or the sheet's last year (the seed's reading), so its
schedule is every year from its first step. 評価 letters are no figures. Codes as printed:
「（１）」 under 「１－１」 1-1-1. A schedule is every year a step is written or marked (●) for, 「R7～R9」 each year
between; 潮見町's list states none.
"""

from __future__ import annotations

from typing import Any

from .batch_documents import batch_documents
from .unseen import HERE, item, kpi, years

FOLDER = HERE / "plans22"

HAGIWARA_TXT = "hagiwara_taikei_cards_tab.txt"
SHIOMI_TXT = "shiomi_kpi_ichiran_nendo.txt"
CHIGUSA_TXT = "chigusa_mura_shukan_maru.txt"
KIKYO_TXT = "kikyo_markdown_wrapped.txt"
KAEDEIDAI_TXT = "kaedeidai_cards_split_cells.txt"
FUJIGAOKA_TXT = "fujigaoka_jigyo_sheets_tab.txt"

HAGIWARA = [
    item("1-1-1", "電子申請の拡充", ["市民課", "情報政策課"], (kpi((2023, 45), (2028, 200)),), years(2024, 2028)),
    item("1-1-2", "公金のキャッシュレス化", ["会計課", "収納課"], (kpi((2023, 2), (2028, 12)),), years(2024, 2026)),
    item("1-2-1", "書かない窓口の導入", ["市民課"], (kpi((2023, 0), (2028, 15000)),), years(2024, 2028)),
    item("2-1-1", "ＡＩ・ＲＰＡの活用", ["行政経営課"], (kpi((2023, 1200), (2028, 6000)),), years(2024, 2028)),
    item("2-1-2", "会議のペーパーレス化", ["総務課", "議会事務局"], (kpi((2023, 48), (2028, 10)),), years(2024, 2028)),
    item("2-2-1", "基幹業務システムの標準化", ["情報政策課"], (kpi((2023, 0), (2025, 20)),), years(2024, 2025)),
    item("3-1-1", "スマートフォン相談会の開催", ["地域振興課"], (kpi((2023, 150), (2028, 600)),), years(2024, 2028)),
]  # fmt: skip


def _yearly(base: float | None, *targets: float) -> dict[str, Any]:
    """潮見町's indicator: the 基準値 of R5, a target each of R6 … R9, R9's the final one."""
    pairs = tuple(zip(range(2024, 2028), targets, strict=True))
    return kpi((2023, base) if base is not None else None, pairs[-1], pairs)


SHIOMI = [
    item("1", "電子申請の推進", ["住民課"], (_yearly(12, 20, 30, 40, 50),)),
    item("2", "キャッシュレス決済の導入", ["会計室", "税務課"], (_yearly(0, 2, 4, 5, 6),)),
    item("3", "コンビニ交付の推進", ["住民課"], (_yearly(8.5, 12.0, 15.0, 18.0, 20.0),)),
    item("4", "防災アプリの普及", ["総務課"], (_yearly(1800, 2500, 3200, 4000, 5000),)),
    item("5", "電子決裁の導入", ["総務課"], (_yearly(0, 30, 60, 80, 90),)),
    item("6", "テレワークの推進", ["総務課"], (_yearly(5, 15, 25, 35, 40),)),
    item("7", "オンライン相談の実施", ["健康福祉課"], (_yearly(None, 20, 50, 80, 100),)),
    item("8", "窓口のキャッシュレス化", ["会計室"]),
    item("9", "スマホ教室の開催", ["生涯学習課"], (_yearly(40, 60, 80, 100, 120),)),
]  # fmt: skip

CHIGUSA = [
    item("1-1-1", "電子申請の導入", ["総務課"], (kpi((2023, 0), (2027, 30)),), years(2024, 2027)),
    item("1-1-2", "キャッシュレス決済の導入", ["会計室", "住民課"], (kpi((2023, 0), (2027, 3)),), years(2025, 2026)),
    item("1-2-1", "防災情報のメール配信", ["総務課"], (kpi((2023, 320), (2027, 900)),), years(2024, 2027)),
    item("2-1-1", "電子決裁の導入", ["総務課"], (kpi((2023, 0), (2027, 70)),), years(2025, 2027)),
    item("2-1-2", "基幹業務システムの標準化", ["総務課", "住民課", "税務課"], (kpi((2023, 0), (2025, 20)),),
         years(2024, 2025)),
    item("2-2-1", "職員のデジタル研修", ["総務課"], (kpi((2023, 25), (2027, 120)),), years(2024, 2027)),
]  # fmt: skip


def _row_kpi(base: float, target: float) -> dict[str, Any]:
    """桔梗市's indicator: the 現状値 of R5, the 目標値（R9） that year's target and the final one."""
    return kpi((2023, base), (2027, target), ((2027, target),))


KIKYO = [
    item("1", "書かない窓口の導入", ["市民課"], (_row_kpi(0, 30),), years(2024, 2027)),
    item("2", "証明書のコンビニ交付", ["市民課"], (_row_kpi(7.8, 25.0),), years(2024, 2027)),
    item("3", "電子申請の拡充", ["デジタル推進課", "総務課"], (_row_kpi(60, 250),), years(2024, 2027)),
    item("4", "行政事務のＡＩ活用", ["デジタル推進課"], (_row_kpi(10, 60),), years(2024, 2027)),
    item("5", "公共施設予約のオンライン化", ["生涯学習課"], (_row_kpi(0, 40),), years(2025, 2027)),
    item("6", "オープンデータの公開", ["デジタル推進課"], (_row_kpi(24, 100),), years(2024, 2027)),
]  # fmt: skip

KAEDEIDAI = [
    item("1-1", "電子申請の拡充", ["市民課", "情報政策課"], (kpi((2023, 50), (2027, 220)),), years(2024, 2027)),
    item("1-2", "キャッシュレス決済の導入", ["会計課", "財政課"], (kpi((2023, 2), (2027, 18)),), years(2024, 2025)),
    item("2-1", "ＲＰＡの活用", ["行政改革課"], (kpi((2023, 800), (2027, 5000)),), years(2024, 2027)),
    item("2-2", "文書管理システムの導入", ["総務課"], (kpi((2023, 0), (2027, 85)),), years(2025, 2027)),
    item("3-1", "地域のデジタル相談窓口", ["地域振興課", "生涯学習課"], (kpi(None, (2027, 1500)),), years(2025, 2027)),
]  # fmt: skip

FUJIGAOKA = [
    item("1", "電子申請の拡充", ["住民課"], (kpi((2023, 30), (2027, 120)),), years(2024, 2027)),
    item("2", "書かない窓口", ["住民課", "税務課"], (kpi((2023, 0), (2027, 4000)),), years(2024, 2027)),
    item("3", "ＡＩ議事録の活用", ["総務課"], (kpi((2023, 100), (2027, 50)),), years(2025, 2027)),
    item("4", "テレワークの推進", ["総務課"], (kpi((2023, 0), (2027, 60)),), years(2024, 2027)),
]  # fmt: skip

#: name → (municipality, the initiatives it states)
PLANS: dict[str, tuple[str, list[dict[str, Any]]]] = {
    HAGIWARA_TXT: ("萩原市", HAGIWARA),
    SHIOMI_TXT: ("潮見町", SHIOMI),
    CHIGUSA_TXT: ("千草村", CHIGUSA),
    KIKYO_TXT: ("桔梗市", KIKYO),
    KAEDEIDAI_TXT: ("楓台市", KAEDEIDAI),
    FUJIGAOKA_TXT: ("藤ヶ丘町", FUJIGAOKA),
}

TEXTS = (HAGIWARA_TXT, SHIOMI_TXT, CHIGUSA_TXT, KIKYO_TXT, KAEDEIDAI_TXT, FUJIGAOKA_TXT)

#: The plan period each document states (fiscal years).
PERIODS: dict[str, tuple[int, int]] = {
    HAGIWARA_TXT: (2024, 2028),
    SHIOMI_TXT: (2024, 2027),
    CHIGUSA_TXT: (2024, 2027),
    KIKYO_TXT: (2024, 2027),
    KAEDEIDAI_TXT: (2024, 2027),
    FUJIGAOKA_TXT: (2024, 2027),
}


document, _, _, expected = batch_documents(PLANS, folder=FOLDER)
