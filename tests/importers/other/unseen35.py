"""A thirty-fifth batch of plans no reader was written against (the readers' code was not read): five WHOLE plans
(``plans35/``), 600 lines each, as the seed plans' extraction tool gives a PDF's text — a table's cells apart by tabs,
headings plain lines, 目次 lines with dot leaders and page numbers, page numbers (and running headers) between the
pages — with all a published plan has around its 取組, the 取組 a minority of the text:

- a 表紙 (the period, a slogan), a 市長 / 町長 / 村長 あいさつ with figures (「令和５年度の電子申請件数は12,345件」), a 目次;
- 第１章: 背景 (a 前計画's 取組 and 指標 with their results), 国の動向 (a table of dates and the laws' names,
  「令和３年法律第40号」), 計画の位置づけ drawn as boxes (┌─┐, ┏━┓, ［ ］ and arrows), 計画期間 as a table of years with
  「→」 in the cells (the 総合計画's and the 前計画's rows beside the plan's), 推進体制 (本部長 | 市長, 副本部長, 本部員 各部長,
  事務局 the 課);
- 第２章: 市民 / 職員 / 事業者 アンケート (調査の概要 「項目 | 内容」, percentages by 年代), 他団体比較 (「本市 | Ａ市 …」), SWOT
  in a 2×2 table or four lists, 課題 numbered 「①」「課題①」「課題１」 — lists that are no 取組;
- the 取組 part, in a shape each its own (below), with its KPI, 担当課 and schedule;
- 第５章 計画の推進: PDCA, a table 「年度 | 内容」 of the plan's years, 評価 A–D;
- 資料編: 策定経過 「年月日 | 会議等 | 内容」, 委員名簿 「氏名 | 所属 | 役職」 whose 所属 are 課 (「総務課」「白鷺台市市民課」「地域
  福祉課長」), 用語集 of 33–57 terms (「ＲＰＡ」「ＬＧＷＡＮ」; a table 「用語 | 説明」, a term over its description, or
  「用語：説明」), 関連計画一覧 「計画名 | 所管課 | 計画期間」, パブリックコメント 「No. | 意見 | 市の考え方」, a 設置要綱's articles.

The 取組 parts:

- 白鷺台市ＤＸ推進計画 (``shirasagidai_ichiran_kouteihyou.txt``, R7–R11): 第４章 a 取組一覧 「No. | 取組名 | 取組の内容 |
  担当課 | 成果指標 | 現状値（R5） | 目標値（R11）」 with 基本方針 rows of one cell, its header repeated on the next page,
  and a 工程表 「No. | 取組名 | R7 … R11」 of 「拡充」「→」 or a blank; 第３章 a 施策の体系 table whose 取組 cell names four
  取組 apart by 「／」; 「- 5 -」 over the running header 「白鷺台市ＤＸ推進計画」 between the pages;
- 若草野町デジタル化推進計画 (``wakakusano_cho_cards.txt``, R6–R10): cards 「【取組】1-1　title」, 【概要】 over its
  paragraph, 【担当課】, 「【指標】name　基準値（R5）24手続　目標値（R10）120手続」 (3-3's 目標値（R8）; none for 2-1) and
  「【スケジュール】R6：システム更新　R7～R10：対象手続の拡大」; 第３章 a legend 「【取組】 | 取組の番号…と名称」 …; 第１章 a
  前計画's 「取組 | 担当課 | 結果」 table; a アンケート調査票 of 「問１」 and 「１　…」 choices; 「― 3 ―」 alone at each page's
  foot, the 表紙, あいさつ and 目次 without;
- 第２次萩ノ台市情報化推進計画 (``haginodai_outline_maru.txt``, R7–R10; the 第１次 平成31年度～令和６年度 in the prose):
  第４章 基本目標１ > 「（１）…」 > 「①　title」, the paragraph, 「【担当課】」, 「【指標】name：現状値 4,800件（R5）→ 目標値
  15,000件（R10）」 (none for 1-2-2) and 「【実施時期】R7～R10」 (「R7」 one year), indented by a full-width blank; 第２章's
  課題 「①」 … 「⑤」 and 「①　手続のオンライン化（52.7％）」 ranks, a 第１次計画's 「１－１　電子申請システムの導入（完了）」
  list, 第３章 a 施策の体系 of 「（１）」 lines; 「7 / 24」 at each page's foot;
- 琴浦野村ＤＸ推進計画 (``kotourano_mura_torikumi_hyo.txt``, R6–R9): 第４章 a 取組の一覧 「番号 | 取組名 | 担当課」, then a
  table a 取組 — 「取組番号 | 1-1 | 取組名 | title」, 「取組内容 | …」, 「担当課 | …」, 「成果指標 | name | 現状値（R5） | 320件
  | 目標値（R9） | 1,200件」 (「―」 for 2-1), a row 「 | R6 | R7 | R8 | R9」 over 「スケジュール | 対象拡大 | → | …」; the 一覧's
  担当課 one of the detail's (3-1); 第２章 tables of 平成25年度 … 令和５年度; 「琴浦野村ＤＸ推進計画」 over 「- 5 -」;
- 檜山台市ＤＸ推進計画 (``hiyamadai_torikumi_roadmap.txt``, 2025–2028, the cover 「2025 ▶ 2028」): 第４章 「取組1-1　title」,
  a line of prose, 「（所管課）デジタル政策課」 and 「（目標）name　4,500件（R5）→　12,000件（R10）」 (none for 2-1, 2-4, 3-3);
  4.2 a ロードマップ 「取組 | R7 … R10」 of 「1-1　title」 rows, 「━━━」 実施 and 「□□□」 準備・検討 (a legend above), a blank
  a year without; a 自治体ＤＸ推進計画 対応 table naming codes (「1-1、1-2、1-4」); the years of 資料 in 西暦; a bare page
  number at each page's foot.

``PLANS[name]`` is what a careful human enters from the 取組 part, by the earlier batches' conventions (``unseen33``):
a 現状値 / 基準値 or the figure before 「→」 the baseline of the year written; a target with its year on an item's line
(若草野町's 目標値（R10）, 萩ノ台市's and 檜山台市's after 「→」, 琴浦野村's 目標値（R9） in the 取組's table) the final target
alone; a target column headed with its year in a table of a row an initiative (白鷺台市's 目標値（R11）) that year's
target and the final one. A schedule is every year a step, 「→」 or a bar (━━━, □□□) is written for, 「R7～R10」 each
year between; a blank none. Who carries a 取組 out is its 担当課 / 所管課 as written, split at 「、」; 琴浦野村's table a
取組 names the 課 (the 一覧's one of them). Codes as printed: 白鷺台市's No. 「1」, 「【取組】1-1」 1-1, 「①」 under
「（１）」 under 基本目標１ 1-1-1, 「取組番号 1-1」 1-1, 「取組1-1」 1-1. Nothing outside the 取組 part is a 取組, an indicator
or a 担当課: neither the 前計画's 取組 and 指標, the 施策の体系, the 計画期間 and 推進体制 tables, the アンケート, 比較 and
SWOT tables, the 課題 and ranked lists, nor the 資料編's tables.
"""

from __future__ import annotations

from typing import Any

from .unseen import HERE, item, kpi, years

FOLDER = HERE / "plans35"

SHIRASAGIDAI_TXT = "shirasagidai_ichiran_kouteihyou.txt"
WAKAKUSANO_TXT = "wakakusano_cho_cards.txt"
HAGINODAI_TXT = "haginodai_outline_maru.txt"
KOTOURANO_TXT = "kotourano_mura_torikumi_hyo.txt"
HIYAMADAI_TXT = "hiyamadai_torikumi_roadmap.txt"


def _line(base: tuple[int, float] | None, final: tuple[int, float]) -> dict[str, Any]:
    """An indicator on an item's line: the baseline of the year written, the target of the year written beside it
    the final target alone."""
    return kpi(base, final)


def _r11(base: float, target: float) -> dict[str, Any]:
    """白鷺台市's 取組一覧 row: 現状値（R5） the 2023 baseline, 目標値（R11） that year's target and the final one."""
    return kpi((2023, base), (2029, target), ((2029, target),))


SHIRASAGIDAI = [
    item("1", "オンライン申請の拡充", ["デジタル推進課"], (_r11(85, 300),), years(2025, 2029)),
    item("2", "書かない窓口の導入", ["市民課"], (_r11(0, 40),), years(2025, 2029)),
    item("3", "キャッシュレス決済の拡大", ["会計課"], (_r11(8, 50),), years(2025, 2027)),
    item("4", "公共施設予約のオンライン化", ["生涯学習課", "スポーツ推進課"], (_r11(22, 70),), years(2026, 2029)),
    item("5", "ＡＩ・ＲＰＡの活用", ["行政改革課"], (_r11(1800, 8000),), years(2025, 2029)),
    item("6", "電子決裁の推進", ["総務課"], (_r11(45, 95),), years(2025, 2029)),
    item("7", "基幹業務システムの標準化", ["デジタル推進課"], (_r11(0, 20),), years(2025, 2026)),
    item("8", "テレワーク・Ｗｅｂ会議の推進", ["人事課"], (_r11(600, 2000),), years(2025, 2029)),
    item("9", "デジタル活用支援", ["地域福祉課", "生涯学習課"], (_r11(320, 2500),), years(2025, 2029)),
    item("10", "オープンデータの推進", ["デジタル推進課"], (_r11(40, 150),), years(2025, 2029)),
    item("11", "防災情報の発信強化", ["危機管理課"], (_r11(5200, 20000),), years(2025, 2027)),
    item("12", "ＧＩＧＡスクール端末の活用", ["学校教育課"], (_r11(62, 100),), years(2025, 2029)),
]  # fmt: skip


def _r10(base: float, target: float, base_fy: int = 2023) -> dict[str, Any]:
    """若草野町's 「基準値（R5）… 目標値（R10）…」, 萩ノ台市's 「現状値 …（R5）→ 目標値 …（R10）」 and 檜山台市's
    「…（R5）→　…（R10）」: the baseline of its year, the 2028 final target alone."""
    return _line((base_fy, base), (2028, target))


WAKAKUSANO = [
    item("1-1", "電子申請の拡充", ["総務課", "住民課"], (_r10(24, 120),), years(2024, 2028)),
    item("1-2", "証明書のコンビニ交付の利用促進", ["住民課"], (_r10(11.5, 30),), years(2024, 2028)),
    item("1-3", "窓口のキャッシュレス化", ["会計室"], (_r10(0, 3000),), years(2025, 2027)),
    item("1-4", "子育て手続のオンライン化", ["健康子育て課"], (_r10(10, 60),), years(2024, 2028)),
    item("2-1", "基幹業務システムの標準化", ["総務課"], (), years(2024, 2028)),
    item("2-2", "ＲＰＡ・ＡＩ－ＯＣＲの導入", ["総務課", "税務課"], (_r10(0, 1500),), years(2025, 2028)),
    item("2-3", "ペーパーレス会議の推進", ["総務課"], (_r10(180000, 60000),), years(2024, 2028)),
    item("2-4", "職員のデジタル研修", ["総務課"], (_r10(35, 100),), years(2024, 2028)),
    item("3-1", "スマホ教室の開催", ["生涯学習課", "保健福祉課"], (_r10(45, 600),), years(2024, 2028)),
    item("3-2", "高齢者見守りサービスの導入", ["保健福祉課"], (_r10(0, 150),), years(2026, 2028)),
    item("3-3", "公衆無線ＬＡＮの整備", ["企画課"], (_line((2023, 6), (2026, 18)),), years(2024, 2026)),
]  # fmt: skip

HAGINODAI = [
    item("1-1-1", "電子申請の拡充", ["デジタル戦略課"], (_r10(4800, 15000),), years(2025, 2028)),
    item("1-1-2", "公金のキャッシュレス納付", ["収納課", "会計課"], (_r10(18.5, 45),), years(2025, 2028)),
    item("1-2-1", "書かない窓口の導入", ["市民課"], (_r10(0, 6000),), years(2026, 2028)),
    item("1-2-2", "オンライン相談の導入", ["市民相談課"], (), (2025,)),
    item("2-1-1", "生成ＡＩの活用", ["デジタル戦略課"], (_r10(12, 80, 2024),), years(2025, 2028)),
    item("2-1-2", "ＲＰＡの活用拡大", ["行政経営課"], (_r10(9, 40),), years(2025, 2028)),
    item("2-1-3", "電子契約の導入", ["契約管財課"], (_r10(0, 500),), years(2026, 2028)),
    item("2-2-1", "デジタル人材の育成", ["人事課", "デジタル戦略課"], (_r10(15, 100),), years(2025, 2028)),
    item("2-2-2", "テレワークの推進", ["人事課"], (_r10(220, 1000),), years(2025, 2028)),
    item("3-1-1", "防災ＤＸの推進", ["危機管理課"], (_r10(0, 42),), years(2025, 2027)),
    item("3-1-2", "地域公共交通のデジタル化", ["都市交通課"], (_r10(0, 50),), years(2026, 2028)),
    item("3-2-1", "デジタル活用支援員の派遣", ["地域福祉課"], (_r10(380, 3000),), years(2025, 2028)),
]  # fmt: skip


def _r9(base: float, target: float) -> dict[str, Any]:
    """琴浦野村's 「成果指標 | name | 現状値（R5） | 320件 | 目標値（R9） | 1,200件」: the 2023 baseline, the 2027 final
    target alone (a 取組's own table, as a card's line)."""
    return _line((2023, base), (2027, target))


KOTOURANO = [
    item("1-1", "電子申請の拡充", ["総務課", "住民福祉課"], (_r9(320, 1200),), years(2024, 2027)),
    item("1-2", "キャッシュレス決済の導入", ["会計室"], (_r9(0, 800),), years(2024, 2027)),
    item("1-3", "村ホームページの改善", ["総務課"], (_r9(8500, 12000),), years(2024, 2027)),
    item("2-1", "基幹業務システムの標準化", ["総務課"], (), years(2024, 2027)),
    item("2-2", "ペーパーレス化の推進", ["総務課"], (_r9(620000, 400000),), years(2024, 2027)),
    item("2-3", "Ｗｅｂ会議の活用", ["総務課"], (_r9(150, 400),), years(2024, 2027)),
    item("3-1", "スマホ相談会の開催", ["住民福祉課", "教育委員会事務局"], (_r9(40, 150),), years(2024, 2027)),
    item("3-2", "オンライン診療の実証", ["住民福祉課"], (_r9(0, 200),), years(2025, 2027)),
    item("3-3", "鳥獣被害対策へのＩＣＴ活用", ["産業建設課"], (_r9(5, 30),), years(2024, 2026)),
    item("3-4", "観光情報のデジタル発信", ["産業建設課"], (_r9(42000, 80000),), years(2025, 2027)),
]  # fmt: skip

HIYAMADAI = [
    item("1-1", "電子申請の拡充", ["デジタル政策課"], (_r10(4500, 12000),), years(2025, 2028)),
    item("1-2", "窓口予約システムの導入", ["市民課"], (_r10(0, 3600),), years(2025, 2028)),
    item("1-3", "公金のキャッシュレス化", ["会計課", "納税課"], (_r10(14, 40),), years(2025, 2028)),
    item("1-4", "ＡＩチャットボットの導入", ["広報広聴課"], (_r10(0, 20000),), years(2025, 2027)),
    item("2-1", "基幹業務システムの標準化", ["デジタル政策課"], (), years(2025, 2026)),
    item("2-2", "生成ＡＩの全庁導入", ["デジタル政策課"], (_r10(40, 600, 2024),), years(2025, 2028)),
    item("2-3", "文書の電子化と電子決裁", ["総務課"], (_r10(38, 90),), years(2025, 2028)),
    item("2-4", "庁内ネットワークの再構築", ["デジタル政策課"], (), years(2026, 2027)),
    item("3-1", "スマホ教室の開催", ["生涯学習課", "高齢福祉課"], (_r10(260, 800),), years(2025, 2028)),
    item("3-2", "子育てアプリの導入", ["こども未来課"], (_r10(0, 4000),), years(2026, 2028)),
    item("3-3", "３Ｄ都市モデルの活用", ["都市計画課"], (), years(2027, 2028)),
    item("3-4", "中小企業のデジタル化支援", ["商工観光課"], (_r10(18, 120),), years(2025, 2028)),
]  # fmt: skip

#: name → (municipality, the initiatives it states)
PLANS: dict[str, tuple[str, list[dict[str, Any]]]] = {
    SHIRASAGIDAI_TXT: ("白鷺台市", SHIRASAGIDAI),
    WAKAKUSANO_TXT: ("若草野町", WAKAKUSANO),
    HAGINODAI_TXT: ("萩ノ台市", HAGINODAI),
    KOTOURANO_TXT: ("琴浦野村", KOTOURANO),
    HIYAMADAI_TXT: ("檜山台市", HIYAMADAI),
}

TEXTS = tuple(PLANS)

#: The plan period each document states (fiscal years).
PERIODS: dict[str, tuple[int, int]] = {
    SHIRASAGIDAI_TXT: (2025, 2029),
    WAKAKUSANO_TXT: (2024, 2028),
    HAGINODAI_TXT: (2025, 2028),
    KOTOURANO_TXT: (2024, 2027),
    HIYAMADAI_TXT: (2025, 2028),
}


def document(name: str) -> bytes:
    """A text document as uploaded: the bytes in ``plans35/``."""
    return (FOLDER / name).read_bytes()


def expected(name: str) -> dict[str, Any]:
    """The expected plan of document ``name`` in the form ``scoring.score`` takes."""
    return {"initiatives": PLANS[name][1]}
