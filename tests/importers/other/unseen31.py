"""A thirty-first batch of plans no reader was written against (the readers' code was not read): texts (``plans31/``)
as the seed plans' extraction tool gives a PDF's text — a table's cells apart by tabs (or a markdown pipe table), headings
plain lines, 目次 lines with dot leaders and page numbers, a wrapped cell's lines joined by a blank, running headers and
page numbers between the pages — in shapes the batches before lack:

- 白峰県's ＤＸ推進計画 for the 県 itself (``shiramine_ken_bukyoku.txt``): a cover, 目次, chapters of prose, a 施策体系
  table (基本方針 | 施策 | 取組番号 「1～3」), then a table a 基本方針 of 「番号 | 取組名 | 取組の概要 | 成果指標（ＫＰＩ） | 現状値
  （R5） | 目標値（R9） | 担当部局」 whose 担当 is a 部局 and its 課 (「総務部 情報政策課」, 「会計局 会計管理課、総務部 情報政策課」,
  「知事公室 広報課」, 「教育庁 高校教育課」), a 取組 of no KPI (「－」 in each cell), and a 第５章 工程表 apart (「番号 | 取組名 |
  令和６年度 … 令和９年度」 with a step's words in each year, a blank no step) over two pages; 「- 9 -」 and the running
  header 「白峰県ＤＸ推進計画」 between;
- 萱野町's 第３次地域情報化計画 (``kayano_cho_maru_yajirushi.txt``): a 取組 table 「取組 | 内容 | R6 | R7 | R8 | 所管」 of
  no numbers, 「○」 (実施・開始) and 「→」 (継続) under the years, 基本目標 rows of one cell and a ※ row among the 取組, a
  取組名 wrapped onto a row of its own (「キャッシュレス決済の」 / 「導入」, 「電子決裁・文書管理」 / 「システムの導入」) and a 所管
  too (「会計室、」 / 「住民課」, 「総務課、」 / 「議会事務局」, 「教育委員会」 / 「学校教育課」); the KPI in a table apart (５ 数値目標:
  「指標 | 関連する取組 | 現状値（R5） | 目標値（R8）」), each indicator naming its 取組;
- 菱川市's 進捗状況報告書 (``hishikawa_mokuhyo_jisseki_gyo.txt``): a 成果指標 table whose rows alternate per indicator —
  「目標値」 (with the 基準値 (R4)) then 「実績値」 under R5 … R9 — the 取組 cells blank on the 実績値 row, a 取組 of two
  indicators (four rows), an R6 評価 letter on the 実績値 row, 「－」 not counted, the header repeated on each page;
- 芙蓉台市's 中間評価報告書 (``fuyodai_chukan_hyoka_markdown.txt``), converted to markdown pipe tables as the seed 大野城市's:
  the 目次 as a table, a 評価 legend ◎ ○ △ ×, a count table by 基本方針 and 評価, then one table of every 取組 (「番号 | 取組名
  | 担当課 | 成果指標 | 基準値<br>（R4） | 目標値<br>（R8） | 実績値<br>（R6） | 評価 | 今後の<br>方向性」) with 基本方針 rows in bold,
  担当課 apart by 「<br>」, 今後の方向性 拡充 / 継続 / 見直し / 廃止;
- 杉森市's 自治体ＤＸ推進計画 after the 総務省's 手順書 (``sugimori_tejunsho_juten.txt``): 第４章 重点取組事項 numbered as the
  国's (「１　自治体フロントヤード改革の推進」 … 「７　テレワークの推進」), 第５章 併せて取り組むべき事項 going on 「８」「９」, each
  取組 「①　…」 with 「担当課：…」, 「成果指標：name　現状値（R5）：0手続／目標値（R9）：25手続」 on one line (two lines for two
  indicators), 「スケジュール：R6 検討 → R7 構築 → R8～R9 運用」; page numbers bare (「7」) and the running header;
- 楡木町's 第３次行政改革大綱 実施計画 (``niregi_gyokaku_roman_maru.txt``): 第１章 … 第３章, the 重点項目 numbered 「Ⅰ」「Ⅱ」
  「Ⅲ」, 推進項目 「１．」, a table a 推進項目 of 「番号 | 取組項目 | 取組内容 | 担当課 | Ｒ６ … Ｒ９ | 数値目標 | 効果額（千円）」
  whose 番号 is 「①」「②」, 数値目標 for some 取組 only (「電子決裁率 0％（R5）→ 90％（R9）」, else 「－」), 「→」 and 「―」 under
  the years, 効果額 (a budget figure, no KPI); the cover spaces the 町's name 「楡 木 町」 and the title 「実 施 計 画」;
- 笹倉市's ＤＸ推進計画 (``sasakura_gyo_wrap_rows.txt``): a 取組一覧 table whose every wrapped cell line is a row of its own,
  as a PDF table of narrow columns extracts — 「電子申請の」 / 「拡充」, 「デジタル推」 / 「進課」 (a 課 broken mid-name), 「市民課、」
  / 「デジタル推」 / 「進課」, a figure over its unit (「45」 / 「手続」), 「R6～」 / 「R10」 — and the header two rows deep
  (「現状値」 / 「(R5)」);
- 柊野市's ＤＸアクションプラン (``hiiragino_nendobetsu_keikaku.txt``): 基本施策 > 「（１）」 items of 【担当課】, 【取組内容】, a
  【年度別計画】 of a line a year or span (「令和６年度　…」, 「令和７年度～令和９年度　…」, 「令和８年度以降　…」) and a 【目標】
  written 「name　８５手続（令和５年度）→２５０手続（令和９年度）」 (the year after each figure; two 「・」 lines for two indicators,
  「－（令和５年度）」 no baseline, 「（数値目標は設定しない）」), the running header the chapter's title 「第２章　基本施策と取組」
  and 「― 3 ―」.

``PLANS[name]`` is the plan each document states, by the earlier batches' conventions: a target column headed with its
year in a table of a row an initiative or an indicator (白峰県's, 萱野町's, 芙蓉台市's and 笹倉市's 目標値（R…）) that
year's target and the final one; yearly target rows (菱川市's R5 … R9) each year's target, the last the final one too, the
実績値 row each year's actual; a 目標値 with its year on an item's line or in its cell (杉森市's 「目標値（R9）：80％」,
楡木町's 「→ 90％（R9）」, 柊野市's 「→２５０手続（令和９年度）」) the final target alone; 現状値 / 基準値 the baseline of the year written; 「－」 no value; 評価
letters and marks, 達成率 and 効果額 no figures. 萱野町's indicators are the 取組's each names. Who carries a 取組 out is
its 担当 as written, split at 「、」「・」「<br>」; a 課 with its 部, 局, 庁 or 知事公室 is the 課 (「総務部 情報政策課」 情報政策課,
「知事公室 広報課」 広報課); a 取組 wrapped over rows is one 取組 with its 課 whole. Codes as printed: 「Ⅰ」 > 「１．」 > 「①」
is 1-1-1, 「１　…」 > 「①」 1-1, 「基本施策１」 > 「（１）」 1-1; 萱野町's 取組 have none. A schedule is every year a step, 「○」
or 「→」 is written for, 「R8～R9」, 「令和７年度～令和９年度」 and 「R6～」 / 「R8」 each year between, 「令和８年度以降」 each year
from it to the plan's last; 「―」 or a blank none; 菱川市 and 芙蓉台市 state none.
"""

from __future__ import annotations

from typing import Any

from .batch_documents import batch_documents
from .unseen import HERE, item, kpi, years

FOLDER = HERE / "plans31"

SHIRAMINE_TXT = "shiramine_ken_bukyoku.txt"
KAYANO_TXT = "kayano_cho_maru_yajirushi.txt"
HISHIKAWA_TXT = "hishikawa_mokuhyo_jisseki_gyo.txt"
FUYODAI_TXT = "fuyodai_chukan_hyoka_markdown.txt"
SUGIMORI_TXT = "sugimori_tejunsho_juten.txt"
NIREGI_TXT = "niregi_gyokaku_roman_maru.txt"
SASAKURA_TXT = "sasakura_gyo_wrap_rows.txt"
HIIRAGINO_TXT = "hiiragino_nendobetsu_keikaku.txt"


def _row(base: float | None, last: int, target: float) -> dict[str, Any]:
    """An indicator of a table of a row an initiative or indicator: the 現状値 / 基準値 of the year before the plan (or
    none), the 目標値 headed with its year that year's target and the final one."""
    return kpi((2023, base) if base is not None else None, (last, target), ((last, target),))


SHIRAMINE = [
    item("1", "県への申請・届出のオンライン化", ["情報政策課"], (_row(32, 2027, 90),), years(2024, 2027)),
    item("2", "手数料・使用料のキャッシュレス化", ["会計管理課", "情報政策課"], (_row(6, 2027, 45),), years(2024, 2027)),
    item("3", "パスポート申請のオンライン化", ["県民生活課"], (_row(None, 2027, 40),), years(2024, 2027)),
    item("4", "県公式アプリによる情報発信", ["広報課"], (_row(48000, 2027, 150000),), years(2025, 2027)),
    item("5", "電子決裁・文書管理の徹底", ["総務課"], (_row(41, 2027, 95),), years(2024, 2027)),
    item("6", "ＡＩ・ＲＰＡの全庁展開", ["行政改革推進課"], (_row(8200, 2027, 30000),), years(2024, 2027)),
    item("7", "テレワーク・フリーアドレスの推進", ["人事課", "管財課"], (_row(18, 2027, 60),), years(2024, 2027)),
    item("8", "デジタル人材の育成", ["人事課"], (_row(35, 2027, 200),), years(2024, 2027)),
    item("9", "市町村とのシステム共同調達", ["市町村課"], (_row(9, 2027, 27),), years(2024, 2027)),
    item("10", "市町村へのＤＸ人材派遣", ["市町村課"], (_row(3, 2027, 20),), years(2024, 2027)),
    item("11", "中小企業のＤＸ支援", ["産業政策課"], (_row(120, 2027, 600),), years(2024, 2027)),
    item("12", "県立学校のＩＣＴ活用", ["高校教育課"], (_row(72, 2027, 100),), years(2024, 2027)),
    item("13", "防災情報システムの高度化", ["危機管理課"], (), years(2024, 2026)),
    item("14", "デジタル活用支援", ["県民生活課", "市町村課"], (_row(4500, 2027, 20000),), years(2024, 2027)),
]  # fmt: skip

KAYANO = [
    item(None, "電子申請の拡充", ["総務課"], (_row(5, 2026, 40),), years(2024, 2026)),
    item(None, "キャッシュレス決済の導入", ["会計室", "住民課"], (_row(0, 2026, 4),), years(2025, 2026)),
    item(None, "証明書のコンビニ交付", ["住民課"], (), years(2024, 2026)),
    item(None, "町公式ＬＩＮＥの活用", ["企画課"], (_row(1150, 2026, 3000),), years(2024, 2026)),
    item(None, "電子決裁・文書管理システムの導入", ["総務課"], (_row(0, 2026, 80),), years(2025, 2026)),
    item(None, "会議のペーパーレス化", ["総務課", "議会事務局"], (), years(2024, 2026)),
    item(None, "基幹業務システムの標準化", ["総務課"], (), years(2024, 2025)),
    item(None, "スマートフォン教室の開催", ["生涯学習課"], (_row(60, 2026, 300),), years(2024, 2026)),
    item(None, "小中学校のＩＣＴ教育", ["学校教育課"], (), years(2024, 2026)),
    item(None, "鳥獣被害対策へのＩＣＴ活用", ["産業振興課"], (), years(2026, 2026)),
]  # fmt: skip


def _yearly(
    base: float | None, targets: tuple[float, ...], actuals: tuple[float | None, ...]
) -> dict[str, Any]:
    """菱川市's indicator: the 基準値 of R4, the 目標値 row's R5 … R9 each year's target (R9's the final one), the 実績値
    row's each year's actual (「－」 none)."""
    yearly = tuple(zip(range(2023, 2028), targets, strict=True))
    done = tuple((fy, a) for fy, a in zip(range(2023, 2028), actuals, strict=False) if a is not None)
    return kpi((2022, base) if base is not None else None, yearly[-1], yearly, done)


HISHIKAWA = [
    item("1", "電子申請の拡充", ["デジタル推進課"], (_yearly(38, (60, 90, 120, 150, 180), (72, 104)),)),
    item("2", "書かない窓口の導入", ["市民課"], (_yearly(0, (0, 10, 20, 25, 30), (0, 12)),)),
    item("3", "キャッシュレス決済の拡大", ["会計課", "市民課"], (_yearly(3, (8, 15, 22, 26, 30), (7, 13)),)),
    item("4", "オンライン相談の実施", ["福祉総務課"], (_yearly(None, (50, 120, 200, 280, 360), (41, 88)),)),
    item("5", "ＲＰＡ・ＡＩ-ＯＣＲの活用", ["行政改革課"], (
        _yearly(1500, (3000, 5000, 7000, 8500, 10000), (3400, 6100)),
        _yearly(10, (18, 30, 40, 45, 50), (21, 38)),
    )),
    item("6", "テレワークの推進", ["人事課"], (_yearly(5, (10, 20, 30, 40, 50), (9, 14)),)),
    item("7", "文書の電子化", ["総務課"], (_yearly(22, (40, 60, 75, 85, 95), (45, 63)),)),
    item("8", "オープンデータの推進", ["デジタル推進課"], (_yearly(40, (55, 70, 85, 100, 120), (58,)),)),
    item("9", "スマホ相談会の開催", ["生涯学習課", "高齢福祉課"], (_yearly(120, (200, 300, 400, 450, 500), (230, 315)),)),
    item("10", "中小企業のデジタル化支援", ["商工振興課"], (_yearly(0, (15, 35, 55, 75, 100), (12, 29)),)),
]  # fmt: skip


def _evaluated(base: float | None, target: float, actual: float) -> dict[str, Any]:
    """芙蓉台市's indicator: the 基準値 of R4, the 目標値（R8） that year's target and the final one, the 実績値（R6） 2024's
    actual."""
    return kpi(
        (2022, base) if base is not None else None, (2026, target), ((2026, target),), ((2024, actual),)
    )


FUYODAI = [
    item("1-1", "電子申請の拡充", ["情報政策課"], (_evaluated(25, 150, 162),)),
    item("1-2", "証明書のコンビニ交付", ["市民課"], (_evaluated(6.5, 30.0, 24.2),)),
    item("1-3", "窓口のキャッシュレス決済", ["会計課", "市民課"], (_evaluated(0, 20, 21),)),
    item("1-4", "公共施設予約のオンライン化", ["生涯学習課", "スポーツ振興課"], (_evaluated(12, 70, 31),)),
    item("1-5", "子育てアプリの配信", ["子育て支援課"], (_evaluated(None, 4000, 2650),)),
    item("2-1", "ＲＰＡの活用", ["行政経営課"], (_evaluated(900, 5000, 5300),)),
    item("2-2", "電子決裁の推進", ["総務課"], (_evaluated(15, 90, 68),)),
    item("2-3", "テレワークの推進", ["職員課"], (_evaluated(4, 40, 11),)),
    item("2-4", "基幹業務システムの標準化", ["情報政策課", "税務課", "市民課"], (_evaluated(0, 20, 6),)),
    item("3-1", "スマートフォン教室の開催", ["生涯学習課"], (_evaluated(80, 800, 530),)),
    item("3-2", "地域ポイントアプリの導入", ["商工観光課"], (_evaluated(None, 10000, 2100),)),
    item("3-3", "商店街の無料Wi-Fi整備", ["商工観光課"], (_evaluated(0, 6, 0),)),
]  # fmt: skip


def _line(base: float | None, last: int, target: float) -> dict[str, Any]:
    """An indicator on an item's line or in its cell: the 現状値 of R5 (or none), the target of the year written beside it
    the final target alone."""
    return kpi((2023, base) if base is not None else None, (last, target))


SUGIMORI = [
    item("1-1", "書かない窓口の導入", ["市民課", "デジタル推進課"], (_line(0, 2027, 25),), years(2024, 2027)),
    item("1-2", "オンライン申請の拡充", ["デジタル推進課"], (_line(28, 2027, 80), _line(9400, 2027, 40000)),
         years(2024, 2027)),
    item("1-3", "窓口予約・呼出しのデジタル化", ["市民課"], (_line(32, 2027, 15),), years(2025, 2027)),
    item("2-1", "基幹業務システムの標準化", ["デジタル推進課", "市民課", "税務課"], (_line(0, 2025, 20),),
         years(2024, 2025)),
    item("3-1", "地方税統一ＱＲコードの活用", ["収納課"], (_line(9, 2027, 30),), years(2024, 2027)),
    item("3-2", "税以外の公金へのｅＬＴＡＸの活用", ["収納課", "会計課"], (), years(2025, 2027)),
    item("4-1", "マイナンバーカードの交付促進", ["市民課"], (_line(74.6, 2027, 90.0),), years(2024, 2027)),
    item("4-2", "証明書のコンビニ交付", ["市民課"], (_line(11.2, 2027, 35.0),), years(2024, 2027)),
    item("5-1", "情報セキュリティポリシーの改定と監査", ["デジタル推進課"], (_line(81, 2027, 100),), years(2024, 2027)),
    item("6-1", "ＲＰＡ・ＡＩ－ＯＣＲの活用", ["行政改革課"], (_line(2100, 2027, 9000),), years(2024, 2027)),
    item("6-2", "生成ＡＩの活用", ["行政改革課", "デジタル推進課"], (_line(None, 2027, 70),), years(2024, 2027)),
    item("7-1", "テレワーク環境の整備", ["職員課"], (_line(6, 2027, 40),), years(2024, 2027)),
    item("8-1", "地域公共交通のデジタル化", ["都市計画課"], (_line(0, 2027, 50),), years(2025, 2027)),
    item("9-1", "スマートフォン相談会の開催", ["生涯学習課", "高齢者支援課"], (_line(210, 2027, 1600),), years(2024, 2027)),
]  # fmt: skip

NIREGI = [
    item("1-1-1", "電子申請の導入", ["総務課"], (_line(3, 2027, 50),), years(2024, 2027)),
    item("1-1-2", "窓口業務の見直し", ["住民課"], (), years(2024, 2027)),
    item("1-1-3", "キャッシュレス決済の導入", ["会計室", "住民課"], (_line(0, 2027, 6),), years(2024, 2027)),
    item("1-2-1", "ホームページの再構築", ["企画課"], (), years(2024, 2027)),
    item("1-2-2", "ＳＮＳによる情報発信", ["企画課"], (_line(2300, 2027, 5000),), years(2024, 2027)),
    item("2-1-1", "電子決裁・文書管理システムの導入", ["総務課"], (_line(0, 2027, 90),), years(2025, 2027)),
    item("2-1-2", "ＲＰＡ・ＡＩ－ＯＣＲの活用", ["総務課"], (_line(300, 2027, 2000),), years(2024, 2027)),
    item("2-1-3", "会議のペーパーレス化", ["総務課", "議会事務局"], (), years(2024, 2027)),
    item("2-2-1", "定員管理の適正化", ["総務課"], (), years(2024, 2027)),
    item("2-2-2", "職員のデジタル研修", ["総務課"], (_line(0, 2027, 25),), years(2024, 2027)),
    item("3-1-1", "町税の収納率向上", ["税務課"], (_line(98.6, 2027, 99.3),), years(2024, 2027)),
    item("3-1-2", "ふるさと納税の推進", ["企画課"], (_line(85000, 2027, 150000),), years(2024, 2027)),
    item("3-2-1", "公共施設予約のオンライン化", ["生涯学習課"], (), years(2025, 2027)),
    item("3-2-2", "施設の統廃合", ["財政課"], (), years(2024, 2027)),
]  # fmt: skip

SASAKURA = [
    item("1", "電子申請の拡充", ["デジタル推進課"], (_row(45, 2028, 200),), years(2024, 2028)),
    item("2", "書かない窓口の導入", ["市民課", "デジタル推進課"], (_row(0, 2028, 20),), years(2025, 2028)),
    item("3", "キャッシュレス決済の導入", ["会計課"], (_row(4, 2028, 30),), years(2024, 2026)),
    item("4", "子育て支援アプリの運用", ["こども家庭課"], (_row(1800, 2028, 6000),), years(2024, 2028)),
    item("5", "ＡＩ・ＲＰＡの活用", ["行政改革課"], (_row(2400, 2028, 12000),), years(2024, 2028)),
    item("6", "電子決裁の推進", ["総務課"], (_row(35, 2028, 95),), years(2024, 2025)),
    item("7", "基幹業務システムの標準化", ["デジタル推進課", "市民課", "税務課"], (_row(0, 2028, 20),), years(2024, 2025)),
    item("8", "スマートフォン教室の開催", ["生涯学習課"], (_row(150, 2028, 1200),), years(2024, 2028)),
    item("9", "農業のスマート化支援", ["農林振興課"], (_row(3, 2028, 40),), years(2025, 2028)),
]  # fmt: skip

HIIRAGINO = [
    item("1-1", "電子申請の拡充", ["デジタル戦略課"], (_line(85, 2027, 250),), years(2024, 2027)),
    item("1-2", "書かない窓口の導入", ["市民課", "デジタル戦略課"], (_line(0, 2026, 30),), years(2024, 2026)),
    item("1-3", "窓口キャッシュレス決済の導入", ["会計課"], (_line(4, 2027, 20), _line(3, 2027, 30)), years(2024, 2027)),
    item("1-4", "オンライン相談の実施", ["福祉政策課", "子育て支援課"], (_line(None, 2027, 300),), years(2025, 2027)),
    item("2-1", "ＡＩ・ＲＰＡの活用", ["行政改革課"], (_line(1800, 2027, 8000),), years(2024, 2027)),
    item("2-2", "テレワーク・ペーパーレスの推進", ["人事課", "総務課"], (_line(8, 2027, 50),), years(2024, 2027)),
    item("2-3", "情報セキュリティの確保", ["デジタル戦略課"], (), years(2024, 2027)),
    item("3-1", "スマートフォン講座の開催", ["生涯学習課"], (_line(420, 2027, 2000),), years(2024, 2027)),
    item("3-2", "オープンデータの推進", ["デジタル戦略課"], (_line(38, 2027, 120),), years(2024, 2027)),
]  # fmt: skip

#: name → (municipality, the initiatives it states)
PLANS: dict[str, tuple[str, list[dict[str, Any]]]] = {
    SHIRAMINE_TXT: ("白峰県", SHIRAMINE),
    KAYANO_TXT: ("萱野町", KAYANO),
    HISHIKAWA_TXT: ("菱川市", HISHIKAWA),
    FUYODAI_TXT: ("芙蓉台市", FUYODAI),
    SUGIMORI_TXT: ("杉森市", SUGIMORI),
    NIREGI_TXT: ("楡木町", NIREGI),
    SASAKURA_TXT: ("笹倉市", SASAKURA),
    HIIRAGINO_TXT: ("柊野市", HIIRAGINO),
}

TEXTS = tuple(PLANS)

#: The plan period each document states (fiscal years).
PERIODS: dict[str, tuple[int, int]] = {
    SHIRAMINE_TXT: (2024, 2027),
    KAYANO_TXT: (2024, 2026),
    HISHIKAWA_TXT: (2023, 2027),
    FUYODAI_TXT: (2023, 2026),
    SUGIMORI_TXT: (2024, 2027),
    NIREGI_TXT: (2024, 2027),
    SASAKURA_TXT: (2024, 2028),
    HIIRAGINO_TXT: (2024, 2027),
}


document, _, _, expected = batch_documents(PLANS, folder=FOLDER)
