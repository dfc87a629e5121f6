"""A thirty-eighth batch of plans no reader was written against (the readers' code was not read): four WHOLE plans
(``plans38/``) as the seed plans' extraction tool gives a PDF's text — a table's cells apart by tabs, headings plain
lines, a 目次, page numbers (and running headers) between the pages — in shapes the batches before lack:

- 白藤市ＤＸ推進計画 実施計画 (``shirafuji_jisshi_maru_jigyohi.txt``, R7–R10): 第４章's 実施計画表 「No. | 取組名 | 担当課 |
  年度別計画 | | | | 事業費（千円） | | |」 over a second header row 「| | | R7 | R8 | R9 | R10 | R7 | R8 | R9 | R10」 — the
  years TWICE, first the 計画 of ○ (検討・準備) / ● (実施・運用) / blank, then the 事業費 of each year (「―」 none) —
  基本方針 and 施策 rows of one cell (「施策１－１　手続のオンライン化」) between the 取組 rows, 取組 numbered 「101」…「304」 (the
  百の位 the 基本方針, a ※ line says so), a 合計 row, the two header rows repeated after the page break; 4.3 a table of the
  施策's own 成果指標 「施策 | 成果指標 | 現状値（R5） | 目標値（R10）」 keyed by 「１－１」 — the prose says they measure the
  施策, no 取組; noise: 第１章's 前計画 table 「取組名 | 担当課 | R2 | R3 | R4 | R5 | 状況」 of ● per year (a record of the
  前計画's years, 完了 / 継続), a 計画期間 table 「計画 | R3 … R10」 of ●, 人口 and 財政 tables, アンケート by 年代, 推進体制,
  「時期 | 内容」, 「評価 | 基準」, 策定経過, 委員名簿, 「用語：説明」 lines; 「白藤市ＤＸ推進計画」 over each page, 「- 5 -」 at its foot;
- 朝露町デジタル化推進実施計画 (``asatsuyu_cho_jigyo_nendo.txt``, R7–R9, a ローリング 実施計画 of a 基本計画 H30–R9): 「５
  事業計画」 基本目標１ > 「（１）…」 > 「（ア）電子申請サービス拡充事業【継続】」 blocks, indented by full-width blanks,
  each 「事業概要」「所管課」 label-blank-value lines, 「年度計画」 over one line a year 「　　R7　対象手続の選定…（事業費
  1,200千円）」 — 「R9　―」 no work that year, a year of work without a 事業費 (「R7　先進地の調査、導入方法の検討」) —,
  then 「活動指標　name　18手続（R5）→ 60手続（R9）」 and 「成果指標　name　420件（R5）→ 2,400件（R9）」 (two indicators, or
  one, or 「成果指標　―」); a 事業費 合計 table 「年度 | R7 | R8 | R9 | 計」; noise: 人口 and アンケート tables, the 前期's
  「ア　町ホームページのリニューアル（令和元年度）」 list, 「課題１　…」 lines, a 施策の体系 table 「基本目標 | 施策」, the
  評価 「Ａ　予定どおり実施した」 lines, 策定の経過 of 「令和６年８月　…」 lines, a 設置規程, 用語 lines of 「term　説明」; 「朝露町
  ５」 at each page's foot, no running header;
- 菫野市デジタル・トランスフォーメーション推進計画 (``sumireno_kpi_by_title.txt``, 2025–2029, years in 西暦): 第４章
  「第１節　…」 > 「１　…」 > 「　①　電子申請の拡充　　　　　（デジタル推進課）」 — the 担当課 in brackets pushed to the
  right margin by full-width blanks on the title's line (「（市民課・デジタル推進課）」 two), a line of prose and
  「実施時期：2025年度～」 (to the plan's last year) or 「2025年度～2027年度」; 3-2-② 「スマートフォン教室の開催（再掲）」
  repeats 3-1-①; 第５章 a SEPARATE 成果指標 table 「取組名 | 成果指標 | 基準値（2023） | 中間目標（2027） | 最終目標（2029）」
  keyed by the 取組's TITLE (no code), a 取組 of two rows (the 取組名 cell blank on the second), 「―」 rows, its header
  repeated on the next page, a ※ note that the 再掲's indicator is the 再掲元's; noise: 第２章's 前計画 table 「取組名 | 指標 |
  目標値（2024） | 実績値（2023） | 達成状況」 whose first row has a title of the new plan's own (「電子申請の拡充」), 他市比較,
  a ranked 「順位 | 項目 | 割合」, 「（ア）…」 課題 lines, a 計画期間 table of 「━━」 and 「◆」, 推進体制 「組織 | 構成 | 役割」,
  評価 lines, 用語 lines; a bare page number at each page's foot (one empty page 「10」 over 「11」);
- 茜ヶ丘市ＤＸ推進計画 令和６年度 進捗状況報告書 (``akanegaoka_shinchoku_r6.txt``, the plan R5–R9, its second year): a
  評価 count table 「評価 | 令和５年度 | 令和６年度」, an 一覧 「番号 | 取組名 | 担当課 | 評価（R6）」 (「Ｂ・Ａ」 two grades),
  then a block a 取組 between 「━━━」 rules: 「取組番号　１－１　　電子申請の拡充」 (full-width), 「担当課　　…」, 「実施期間
  Ｒ５～Ｒ９」, 【令和６年度の取組状況】 prose, 【成果指標の推移】 over a table 「指標名 | 基準値（Ｒ４） | Ｒ５実績 | Ｒ６実績 |
  目標値（Ｒ９） | 評価」 (two rows for 1-1 and 2-2, a 「―」 row for 2-3, 「―」 under Ｒ５実績 for 1-3 and 2-5), 【今後の
  方向性】; 2-5 【完了】; noise: the 評価 legend 「評価 | 基準」, 委員会の意見 「No. | 意見の概要 | 市の対応」, 委員名簿, 「年度 |
  主な予定」; 「－３－」 at each page's foot.

``PLANS[name]`` is what a careful human enters from the 取組 part, by the earlier batches' conventions (``unseen36``):
a 現状値 / 基準値 or the figure before 「→」 the baseline of the year written; a target with its year after 「→」 on an
item's line (朝露町) the final target alone; target columns headed with their years in a table of a row an indicator
(菫野市's 中間目標（2027） and 最終目標（2029）) each year's target, the last the final one too; a KPI table under an item
whose one target column is headed with its year (茜ヶ丘市's 目標値（Ｒ９）) the final target alone (``unseen9``'s 東峰市);
茜ヶ丘市's Ｒ５実績 and Ｒ６実績 the actuals of 2023 and 2024 (「―」 none); 評価 letters no figures. A schedule is every year
marked ○ or ● (白藤市), every year 年度計画 states work for (朝露町: 「―」 none, a year of work without 事業費 one), every
year of 「2025年度～」 to the plan's last or of 「Ｒ５～Ｒ９」; 事業費 is a budget (not scored). Who carries a 取組 out is its
担当課 / 所管課 as written, split at 「、」「・」 (朝露町's 「総務課デジタル推進係」 as written). Codes as printed: 白藤市's
「101」; 「基本目標１」 > 「（１）」 > 「（ア）」 1-1-1; 「第１節」 > 「１」 > 「①」 1-1-1; 「１－１」 1-1. 菫野市's 再掲 3-2-2 is a 取組
of its own with ``repost_of`` 3-1-1 and no indicator (the ※ note); 白藤市's 施策 indicators belong to no 取組. Nothing
outside the 取組 part is a 取組, an indicator or a 担当課.
"""

from __future__ import annotations

from typing import Any

from .unseen import HERE, item, kpi, years

FOLDER = HERE / "plans38"

SHIRAFUJI_TXT = "shirafuji_jisshi_maru_jigyohi.txt"
ASATSUYU_TXT = "asatsuyu_cho_jigyo_nendo.txt"
SUMIRENO_TXT = "sumireno_kpi_by_title.txt"
AKANEGAOKA_TXT = "akanegaoka_shinchoku_r6.txt"

SHIRAFUJI = [
    item("101", "電子申請の拡充", ["デジタル推進課"], (), years(2025, 2028)),
    item("102", "公共施設予約のオンライン化", ["生涯学習課", "スポーツ振興課"], (), years(2025, 2028)),
    item("103", "転出・転入手続のワンストップ化", ["市民課"], (), years(2025, 2026)),
    item("104", "書かない窓口の導入", ["市民課"], (), years(2025, 2028)),
    item("105", "窓口キャッシュレス決済の拡大", ["会計課", "市民課"], (), years(2025, 2026)),
    item("106", "オンライン相談の実施", ["福祉総務課"], (), years(2026, 2028)),
    item("201", "ＡＩ・ＲＰＡの活用拡大", ["行政改革課"], (), years(2025, 2028)),
    item("202", "生成ＡＩの活用", ["デジタル推進課"], (), years(2025, 2028)),
    item("203", "基幹業務システムの標準化", ["デジタル推進課"], (), years(2025, 2026)),
    item("204", "ペーパーレス会議の推進", ["総務課"], (), years(2025, 2028)),
    item("205", "テレワーク環境の整備", ["人事課"], (), years(2026, 2028)),
    item("301", "スマホ教室の開催", ["高齢者支援課", "生涯学習課"], (), years(2025, 2028)),
    item("302", "デジタル活用支援員の配置", ["高齢者支援課"], (), years(2026, 2028)),
    item("303", "オープンデータの推進", ["企画政策課"], (), years(2025, 2028)),
    item("304", "防災情報配信の強化", ["危機管理課"], (), years(2025, 2028)),
]  # fmt: skip


def _arrow(base: float, target: float, base_fy: int = 2023) -> dict[str, Any]:
    """朝露町's 「420件（R5）→ 2,400件（R9）」: the baseline of its year, the 2027 final target alone."""
    return kpi((base_fy, base), (2027, target))


ASATSUYU = [
    item("1-1-1", "電子申請サービス拡充事業", ["住民福祉課", "税務課"], (_arrow(18, 60), _arrow(420, 2400)), years(2025, 2027)),
    item("1-1-2", "公共施設予約システム導入事業", ["教育課"], (_arrow(0, 50, 2024),), years(2026, 2027)),
    item("1-2-1", "窓口キャッシュレス化事業", ["会計室"], (_arrow(8.5, 30),), (2025,)),
    item("1-2-2", "書かない窓口導入事業", ["住民福祉課"], (_arrow(0, 1200, 2024),), years(2025, 2027)),
    item("2-1-1", "ＲＰＡ・ＡＩ－ＯＣＲ活用事業", ["総務課"], (_arrow(4, 15), _arrow(320, 1500)), years(2025, 2027)),
    item("2-1-2", "ペーパーレス化推進事業", ["総務課", "議会事務局"], (_arrow(186000, 60000),), years(2025, 2027)),
    item("2-1-3", "テレワーク導入事業", ["総務課"], (_arrow(0, 30, 2024),), years(2026, 2027)),
    item("2-2-1", "基幹業務システム標準化事業", ["総務課デジタル推進係"], (), years(2025, 2027)),
    item("2-2-2", "情報セキュリティ対策事業", ["総務課デジタル推進係"], (_arrow(78, 100),), years(2025, 2027)),
    item("3-1-1", "スマホ教室開催事業", ["住民福祉課", "教育課"], (_arrow(6, 24), _arrow(85, 600)), years(2025, 2027)),
    item("3-1-2", "公衆無線ＬＡＮ整備事業", ["総務課"], (_arrow(3, 12, 2024),), (2027,)),
    item("3-2-1", "防災情報配信事業", ["総務課"], (_arrow(1240, 3500),), years(2025, 2027)),
    item("3-2-2", "高齢者見守りサービス事業", ["住民福祉課"], (_arrow(0, 80, 2024),), years(2025, 2027)),
]  # fmt: skip


def _row(base: float | None, middle: float, final: float) -> dict[str, Any]:
    """菫野市's 第５章 row 「基準値（2023） | 中間目標（2027） | 最終目標（2029）」: the 2023 baseline (「―」 none), the
    2027 and 2029 targets, the 2029 one the final target too."""
    return kpi((2023, base) if base is not None else None, (2029, final), ((2027, middle), (2029, final)))


SUMIRENO = [
    item("1-1-1", "電子申請の拡充", ["デジタル推進課"], (_row(86, 200, 350), _row(9420, 25000, 40000)), years(2025, 2029)),
    item("1-1-2", "公共施設予約のオンライン化", ["文化スポーツ課"], (_row(0, 30, 60),), years(2026, 2029)),
    item("1-2-1", "書かない窓口の導入", ["市民課", "デジタル推進課"], (_row(0, 25, 40),), years(2025, 2027)),
    item("1-2-2", "窓口のキャッシュレス化", ["会計課", "市民課"], (_row(3, 15, 15),), years(2025, 2026)),
    item("1-2-3", "窓口予約とオンライン相談", ["福祉政策課"], (_row(0, 120, 300),), years(2026, 2029)),
    item("2-1-1", "ＡＩ・ＲＰＡの活用", ["行政改革課"], (_row(2600, 6000, 10000),), years(2025, 2029)),
    item("2-1-2", "電子決裁・ペーパーレス化の推進", ["総務課"], (_row(34.5, 80, 95),), years(2025, 2029)),
    item("2-2-1", "基幹業務システムの標準化", ["デジタル推進課"], (), years(2025, 2026)),
    item("2-2-2", "情報セキュリティの強化", ["デジタル推進課"], (_row(82, 100, 100),), years(2025, 2029)),
    item("2-3-1", "職員のデジタル研修", ["人事課"], (_row(0, 60, 120),), years(2025, 2029)),
    item("3-1-1", "スマートフォン教室の開催", ["生涯学習課", "高齢福祉課"], (_row(340, 1500, 3000),), years(2025, 2029)),
    item("3-1-2", "デジタル活用支援員の派遣", ["高齢福祉課"], (_row(None, 100, 250),), years(2027, 2029)),
    item("3-2-1", "防災情報の配信強化", ["危機管理課"], (_row(8150, 20000, 30000),), years(2025, 2028)),
    item("3-2-2", "スマートフォン教室の開催", ["生涯学習課", "高齢福祉課"], (), years(2025, 2029), repost_of="3-1-1"),
    item("3-3-1", "オープンデータの推進", ["企画政策課"], (_row(64, 120, 180),), years(2025, 2029)),
    item("3-3-2", "ＥＢＰＭの推進", ["企画政策課"], (_row(None, 5, 15),), years(2027, 2029)),
]  # fmt: skip


def _trend(base: float, r5: float | None, r6: float, target: float) -> dict[str, Any]:
    """茜ヶ丘市's 「基準値（Ｒ４） | Ｒ５実績 | Ｒ６実績 | 目標値（Ｒ９）」 under a 取組's block: the 2022 baseline, the actuals
    of 2023 (「―」 none) and 2024, the 2027 final target alone (a KPI table under an item, its one target column headed
    with its year, ``unseen9``'s 東峰市)."""
    actuals = ((2023, r5),) if r5 is not None else ()
    return kpi((2022, base), (2027, target), (), (*actuals, (2024, r6)))


AKANEGAOKA = [
    item("1-1", "電子申請の拡充", ["デジタル推進課"], (_trend(45, 88, 130, 250), _trend(6380, 11240, 19850, 30000)), years(2023, 2027)),
    item("1-2", "コンビニ交付の利用促進", ["市民課"], (_trend(12.4, 21.8, 30.5, 40),), years(2023, 2027)),
    item("1-3", "書かない窓口の導入", ["市民課"], (_trend(0, None, 0, 30),), years(2024, 2026)),
    item("1-4", "公金のキャッシュレス化", ["会計課", "納税課"], (_trend(5.2, 9.8, 15.1, 35),), years(2023, 2027)),
    item("1-5", "子育て手続のオンライン化", ["こども家庭課"], (_trend(3, 8, 14, 20),), years(2023, 2025)),
    item("2-1", "ＲＰＡ・ＡＩ－ＯＣＲの活用", ["行政管理課"], (_trend(1150, 3420, 5980, 8000),), years(2023, 2027)),
    item("2-2", "ペーパーレス化の推進", ["総務課"], (_trend(3420, 3010, 2580, 1700), _trend(18, 26.5, 33.2, 90)), years(2023, 2027)),
    item("2-3", "基幹業務システムの標準化", ["デジタル推進課"], (), years(2023, 2025)),
    item("2-4", "デジタル人材の育成", ["人事課"], (_trend(0, 24, 51, 100),), years(2023, 2027)),
    item("2-5", "庁内ネットワークの更新", ["デジタル推進課"], (_trend(2, None, 7, 7),), years(2023, 2024)),
    item("3-1", "デジタル活用支援", ["長寿支援課"], (_trend(120, 530, 1142, 2000),), years(2023, 2027)),
    item("3-2", "オープンデータの推進", ["企画課"], (_trend(28, 31, 39, 120),), years(2023, 2027)),
    item("3-3", "防災情報のデジタル配信", ["危機管理課"], (_trend(4800, 7250, 9410, 15000),), years(2023, 2027)),
    item("3-4", "地域公共交通のデジタル化", ["交通政策課"], (_trend(0, 0, 0, 50),), years(2025, 2027)),
]  # fmt: skip

#: name → (municipality, the initiatives it states)
PLANS: dict[str, tuple[str, list[dict[str, Any]]]] = {
    SHIRAFUJI_TXT: ("白藤市", SHIRAFUJI),
    ASATSUYU_TXT: ("朝露町", ASATSUYU),
    SUMIRENO_TXT: ("菫野市", SUMIRENO),
    AKANEGAOKA_TXT: ("茜ヶ丘市", AKANEGAOKA),
}

TEXTS = tuple(PLANS)

#: The plan period each document states (fiscal years).
PERIODS: dict[str, tuple[int, int]] = {
    SHIRAFUJI_TXT: (2025, 2028),
    ASATSUYU_TXT: (2025, 2027),
    SUMIRENO_TXT: (2025, 2029),
    AKANEGAOKA_TXT: (2023, 2027),
}


def document(name: str) -> bytes:
    """A text document as uploaded: the bytes in ``plans38/``."""
    return (FOLDER / name).read_bytes()


def expected(name: str) -> dict[str, Any]:
    """The expected plan of document ``name`` in the form ``scoring.score`` takes."""
    return {"initiatives": PLANS[name][1]}
