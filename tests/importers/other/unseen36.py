"""A thirty-sixth batch of plans no reader was written against (the readers' code was not read): four WHOLE plans
(``plans36/``) as the seed plans' extraction tool gives a PDF's text — a table's cells apart by tabs, headings plain
lines, page numbers and running headers between the pages — with all a published plan has around its 取組, in shapes
and noise batch 35 (``unseen35``) lacks:

- 朱鷺ノ森市ＤＸ推進計画 (``tokinomori_ichiran_seika_shihyo.txt``, R7–R11): 第４章 a 取組一覧 「No. | 基本方針 | 取組名 |
  取組の概要 | 担当課 | 実施期間」 (「R7～R11」), its header repeated on the next page, then a SEPARATE 成果指標一覧 「No. |
  成果指標 | 現状値（R5） | 目標値（R11）」 keyed by the 取組's No. (two rows for No. 5, none for No. 7, a ※ note under
  it); noise: 2.1's 財政 table 「区分 | 令和元年度 … 令和５年度」 of 千円, 1.2's 年表 「2020年12月25日　…」 lines of 国の動向,
  2.4's 課題と対応 「課題 | 対応する取組」 whose right column names the 一覧's own titles (「オンライン申請の拡充、窓口予約
  システムの導入」), 推進体制 「役職 | 構成員」, 計画期間 of 「→」, アンケート by 年代, 他市比較, 5.1 「時期 | 内容」, 策定経過,
  委員名簿, an 用語集 of 「用語：説明」 lines, 関連計画, 職員アンケート 「業務 | 割合」, the 前計画's 取組 as 「・…（令和２年度導入、
  完了）」 lines, a SWOT 2×2 table whose cells run over several lines, a パブリックコメント 「No. | 意見の概要 | 市の考え方」
  whose answers name 取組 (「デジタル活用支援（取組８）で…」), a 設置要綱's 「第１条」…; a running header naming the chapter 「朱鷺ノ森市ＤＸ推進計画　第４章
  取組」 over each page and 「－ 9 －」 at its foot;
- 山吹野町デジタル化推進計画 (``yamabukino_cho_shisaku_jigyo.txt``, the cover 「2024 — 2028」, R6–R10): 第３章 施策 >
  「■ 事業名」 items, unnumbered, each a line of prose, 「【担当課】」, 「【KPI】name　32件（R4）→ 150件（R10）」 (none for
  基幹業務システムの標準化) and 「【実施年度】R6～R10」; noise: a 人口 table 「区分 | 平成25年 | 平成30年 | 令和５年」, a
  財政 table 「項目 | R1 … R5」 of 千円 (the unit right-aligned on the caption line), 「年月 | 国の動き」, 課題 「（１）」…
  「（４）」, 課題と施策の対応 「課題 | 対応する取組」, 第４章 「年度 | 主な内容」 (R6, R8, R10), a 本部員 list 「職名 | 氏名」,
  「用語：説明」 lines, 職員アンケート 「区分 | 割合」 by 年代, SWOT as four lists 「Ｓ（強み）」…, パブリックコメント 「No. | 意見 |
  町の考え方」, a 設置規程's articles, a 問合せ先; a running header pushed right by full-width blanks and 「P.5」 at each page's foot;
- 竜胆台市ＤＸ推進計画【中間見直し版】 (``rindoudai_chukan_minaoshi.txt``, R5–R9, revised 令和７年３月): 第３章
  「取組1-1　電子申請の拡充【変更】」 paragraphs with 【担当課】, 「【成果指標】name　現状値 5,210件（R5）　目標値 15,000件
  （R9）」 and 「【工程】R5～R9」, marked 【新規】 (1-4, 1-5, 2-4), 【変更】 or unmarked, and 「取組2-3　庁内無線ＬＡＮの整備
  【削除】」 — deleted, printed for reference, no 取組 of the revised plan; 第１章 a legend of the marks 「【新規】　見直しにより
  …」; 第２章 a table of the 前半's 成果指標 「取組 | 成果指標 | 策定時（R3） | 実績（R5） | 評価」 keyed by 「1-1」, a 財政
  table 「区分 | 令和５年度決算 | 令和６年度予算 | 令和７年度予算」 (単位：千円), a 課題と対応 table naming 取組 by title;
  第１章 a 計画期間 table 「計画 | R3 … R9」 of 「→」 (当初 and 見直し後 rows) and 「役職 | 構成員」, 第２章 a 職員アンケート
  「質問 | そう思う | …」; 資料編 a パブリックコメント whose 意見 names a 取組 (「庁内無線ＬＡＮの取組を削除する理由…」) and a
  新旧対照表 「取組 | 見直し前 | 見直し後」 (「取組1-3 | 窓口のキャッシュレス化 | 公金のキャッシュレス化」, 「取組2-3 |
  庁内無線ＬＡＮの整備 | （削除）」) whose 見直し前 column is no 取組; 「─」 rule under a running header, 「（5）」 at each
  page's foot;
- 朝凪県デジタル推進計画【概要版】 (``asanagi_ken_gaiyouban.txt``, R7–R10, eight pages): a 県's summary edition — the
  取組 in a 施策の体系図 「基本目標 | No. | 主な取組 | 担当課」 (the 基本目標 cell blank below its first row), then a short
  list 「◆1-1　title」 over 「　name　38万件（R5）→ 120万件（R10）」, no schedule; noise: 市町村 tables (「市町村 | 人口 |
  マイナンバーカード交付率 | 電子申請できる手続数」, 共同調達 「システム | 参加市町村 | 開始年度」, 人材の派遣 「派遣先 | 派遣の
  内容 | 期間」 with 「R7～R8」), a 財政 table of 千円, 「・令和２年12月　…」 国の動き, 課題と対応 naming 取組, 用語 lines, an
  お問い合わせ of the 課; no running header, 「朝凪県デジタル推進計画【概要版】　…　3」 at each page's foot.

``PLANS[name]`` is what a careful human enters from the 取組 part, by batch 35's conventions (``unseen35``): a 現状値
or the figure before 「→」 the baseline of the year written; a target with its year on an item's line (山吹野町's and
朝凪県's after 「→」, 竜胆台市's 目標値（R9）) the final target alone; a target column headed with its year in a table of a
row an indicator (朱鷺ノ森市's 目標値（R11）) that year's target and the final one, the indicator the 取組's whose No. its
row gives. Figures as written (「38万件」 38, ``unseen10``). A schedule is every year of 「R7～R11」; none where none is
written (朝凪県). 担当課 as written, split at 「、」 (山吹野町's 「教育委員会学校教育係」 too); 朝凪県's 「会計局、施設所管課」 the 会計局 alone, 「施設所管課」 (each facility's 課) a group of 課, no 担当課 (``scoring.in_charge``: 「関係各課」「窓口がある課」). Codes as printed: 朱鷺ノ森市's
No. 「1」, 竜胆台市's 「取組1-1」 1-1, 朝凪県's 「1-1」; 山吹野町's ■ 事業 none. 竜胆台市's 【削除】 2-3 is no 取組 of the revised
plan (its 13 are); its 第２章's table of the 前半 「取組 | 成果指標 | 策定時（R3） | 実績（R5） | 評価」 is a record of the
years before the review (1-3's 「キャッシュレス対応窓口数」 one the review replaced), no part of the 取組. Nothing outside the 取組 part is a 取組, an indicator or a 担当課.
"""

from __future__ import annotations

from typing import Any

from .unseen import HERE, item, kpi, years

FOLDER = HERE / "plans36"

TOKINOMORI_TXT = "tokinomori_ichiran_seika_shihyo.txt"
YAMABUKINO_TXT = "yamabukino_cho_shisaku_jigyo.txt"
RINDOUDAI_TXT = "rindoudai_chukan_minaoshi.txt"
ASANAGI_TXT = "asanagi_ken_gaiyouban.txt"


def _r11(base: float, target: float) -> dict[str, Any]:
    """朱鷺ノ森市's 成果指標一覧 row: 現状値（R5） the 2023 baseline, 目標値（R11） that year's target and the final one."""
    return kpi((2023, base), (2029, target), ((2029, target),))


TOKINOMORI = [
    item("1", "オンライン申請の拡充", ["デジタル推進課"], (_r11(8640, 30000),), years(2025, 2029)),
    item("2", "窓口予約システムの導入", ["市民課", "保険年金課"], (_r11(0, 5000),), years(2026, 2029)),
    item("3", "書かない窓口の導入", ["市民課"], (_r11(0, 40),), years(2025, 2029)),
    item("4", "公金のキャッシュレス納付", ["納税課", "会計課"], (_r11(12.5, 40),), years(2025, 2027)),
    item("5", "ＡＩ・ＲＰＡの活用", ["行政改革課"], (_r11(1200, 6000), _r11(4, 30)), years(2025, 2029)),
    item("6", "電子決裁の推進", ["総務課"], (_r11(28, 90),), years(2025, 2029)),
    item("7", "基幹業務システムの標準化", ["デジタル推進課"], (), years(2025, 2026)),
    item("8", "デジタル活用支援", ["生涯学習課", "高齢福祉課"], (_r11(410, 3000),), years(2025, 2029)),
    item("9", "防災情報の発信強化", ["危機管理課"], (_r11(6800, 25000),), years(2025, 2028)),
    item("10", "データ利活用の推進", ["企画政策課"], (_r11(0, 60),), years(2027, 2029)),
]  # fmt: skip


def _arrow(base: float, target: float, base_fy: int, final_fy: int) -> dict[str, Any]:
    """An item's line 「…（R4）→ …（R10）」 or 「現状値 …（R5）　目標値 …（R9）」: the baseline of its year, the final target
    of its year alone."""
    return kpi((base_fy, base), (final_fy, target))


def _r4(base: float, target: float) -> dict[str, Any]:
    """山吹野町's 「【KPI】name　32件（R4）→ 150件（R10）」."""
    return _arrow(base, target, 2022, 2028)


YAMABUKINO = [
    item(None, "電子申請サービスの拡充", ["総務課"], (_r4(32, 150),), years(2024, 2028)),
    item(None, "コンビニ交付の導入", ["町民課"], (_r4(0, 1800),), years(2024, 2025)),
    item(None, "窓口のキャッシュレス決済", ["会計課", "町民課"], (_r4(0, 35),), years(2025, 2028)),
    item(None, "ＲＰＡの導入", ["総務課", "税務課"], (_r4(0, 1200),), years(2024, 2028)),
    item(None, "ペーパーレス会議の推進", ["総務課"], (_r4(820000, 500000),), years(2024, 2028)),
    item(None, "基幹業務システムの標準化", ["総務課"], (), years(2024, 2025)),
    item(None, "テレワーク環境の整備", ["総務課"], (_r4(5, 40),), years(2025, 2028)),
    item(None, "スマホ相談窓口の開設", ["生涯学習課", "保健福祉課"], (_r4(0, 600),), years(2024, 2028)),
    item(None, "高齢者見守りセンサーの導入", ["保健福祉課"], (_r4(0, 120),), years(2026, 2028)),
    item(None, "学校ＩＣＴ環境の充実", ["教育委員会学校教育係"], (_r4(64, 100),), years(2024, 2028)),
    item(None, "観光情報発信のデジタル化", ["産業振興課"], (_r4(38000, 90000),), years(2024, 2028)),
    item(None, "スマート農業の実証", ["産業振興課", "農業委員会事務局"], (_r4(0, 25),), years(2025, 2027)),
]  # fmt: skip


def _r9(base: float, target: float, base_fy: int = 2023) -> dict[str, Any]:
    """竜胆台市's 「現状値 5,210件（R5）　目標値 15,000件（R9）」 (a 【新規】's 現状値 of R6)."""
    return _arrow(base, target, base_fy, 2027)


RINDOUDAI = [
    item("1-1", "電子申請の拡充", ["デジタル推進課"], (_r9(5210, 15000),), years(2023, 2027)),
    item("1-2", "証明書のコンビニ交付の利用促進", ["市民課"], (_r9(19.6, 35),), years(2023, 2027)),
    item("1-3", "公金のキャッシュレス化", ["会計課", "納税課"], (_r9(6.5, 30),), years(2023, 2027)),
    item("1-4", "書かない窓口の導入", ["市民課", "デジタル推進課"], (_r9(0, 30, 2024),), years(2025, 2027)),
    item("1-5", "窓口予約の導入", ["市民課"], (_r9(0, 3000, 2024),), years(2025, 2027)),
    item("2-1", "ＲＰＡの活用拡大", ["行政経営課"], (_r9(9, 25),), years(2023, 2027)),
    item("2-2", "電子決裁の推進", ["総務課"], (_r9(41, 90),), years(2023, 2027)),
    item("2-4", "生成ＡＩの活用", ["デジタル推進課", "行政経営課"], (_r9(30, 500, 2024),), years(2025, 2027)),
    item("2-5", "基幹業務システムの標準化", ["デジタル推進課"], (), years(2023, 2026)),
    item("3-1", "デジタル活用支援", ["生涯学習課", "長寿福祉課"], (_r9(780, 2500),), years(2023, 2027)),
    item("3-2", "オープンデータの推進", ["企画課"], (_r9(42, 120),), years(2023, 2027)),
    item("3-3", "防災情報のデジタル配信", ["危機管理課"], (_r9(4300, 15000),), years(2023, 2027)),
    item("3-4", "中小企業のデジタル化支援", ["商工振興課"], (_r9(12, 60),), years(2024, 2027)),
]  # fmt: skip


def _r10(base: float, target: float, base_fy: int = 2023) -> dict[str, Any]:
    """朝凪県's 「38万件（R5）→ 120万件（R10）」: figures as written, the 2028 final target alone."""
    return _arrow(base, target, base_fy, 2028)


ASANAGI = [
    item("1-1", "行政手続のオンライン化", ["デジタル戦略課"], (_r10(38, 120),)),
    item("1-2", "県立施設のキャッシュレス化", ["会計局"], (_r10(20, 100),)),
    item("1-3", "救急医療情報の共有", ["医療政策課"], (_r10(0, 9000),)),
    item("2-1", "生成ＡＩの全庁活用", ["デジタル戦略課"], (_r10(150, 3000, 2024),)),
    item("2-2", "テレワークの推進", ["人事課"], (_r10(18, 50),)),
    item("2-3", "デジタル人材の育成・確保", ["人事課", "デジタル戦略課"], (_r10(240, 1500),)),
    item("3-1", "市町村との共同調達", ["市町村課", "デジタル戦略課"], (_r10(9, 25),)),
    item("3-2", "通信環境の整備", ["情報基盤課"], (_r10(14, 0),)),
    item("3-3", "中小企業のＤＸ支援", ["産業振興課"], (_r10(85, 600),)),
]  # fmt: skip

#: name → (municipality, the initiatives it states)
PLANS: dict[str, tuple[str, list[dict[str, Any]]]] = {
    TOKINOMORI_TXT: ("朱鷺ノ森市", TOKINOMORI),
    YAMABUKINO_TXT: ("山吹野町", YAMABUKINO),
    RINDOUDAI_TXT: ("竜胆台市", RINDOUDAI),
    ASANAGI_TXT: ("朝凪県", ASANAGI),
}

TEXTS = tuple(PLANS)

#: The plan period each document states (fiscal years).
PERIODS: dict[str, tuple[int, int]] = {
    TOKINOMORI_TXT: (2025, 2029),
    YAMABUKINO_TXT: (2024, 2028),
    RINDOUDAI_TXT: (2023, 2027),
    ASANAGI_TXT: (2025, 2028),
}


def document(name: str) -> bytes:
    """A text document as uploaded: the bytes in ``plans36/``."""
    return (FOLDER / name).read_bytes()


def expected(name: str) -> dict[str, Any]:
    """The expected plan of document ``name`` in the form ``scoring.score`` takes."""
    return {"initiatives": PLANS[name][1]}
