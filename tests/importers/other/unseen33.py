"""A thirty-third batch of plans no reader was written against (the readers' code was not read): texts (``plans33/``)
as the seed plans' extraction tool gives a PDF's text — a table's cells apart by tabs, headings plain lines, 目次 lines
with dot leaders and page numbers, running headers and page numbers between the pages — in shapes the batches before
lack:

- 芦刈市's 第５次総合計画 実施計画（令和７年度～令和９年度） デジタル関連事業 抜粋 (``ashikari_jisshi_jigyohi.txt``): one
  table 「施策 | 事業番号 | 事業名 | 事業の内容 | 担当課 | 成果指標 | 現状値（R5） | 目標値（R9） | 事業費（千円）」 over a second
  header row holding 「R7 | R8 | R9」 alone under 事業費 (the cells before it blank), 施策 rows of one cell 「２－４　…」 and
  the 施策 cell blank on the 事業 rows, 事業番号 「2-4-01」, 「－」 in every indicator cell of a 事業 of none (2-4-07) and in
  the 事業費 of a year without, a 「合計」 row of the three years' sums, the header rows repeated on the next page; the 総合計画's
  own period (令和３年度～令和12年度) in the prose above;
- 鶴見ヶ丘市's デジタル・トランスフォーメーション推進計画 (``tsurumigaoka_juten_maru.txt``): 第２章 a 施策の体系 of 「１　…」 and
  「　(1) …」 lines, 第３章 「１　…」 > 「(1) …」 > 「①　★オンライン申請の拡充」 (★ the 重点取組, a legend in 第１章), each ① a
  paragraph, 「担当課：スポーツ課、生涯学習課」, 「指標：name（現状値R6：120手続、目標値R10：300手続）」 (none for two) and
  「実施年度：R7～R10」 (「R7」 one year); the cover's period 「令和７年度　▶　令和10年度」; a running header 「鶴見ヶ丘市ＤＸ推進計画」
  (not the title) over a bare page number 「5」;
- 小鳩町's ＤＸ推進計画 (``kobato_cho_roadmap_bars.txt``): 第２章 「取組１　電子申請の拡充（総務課）」 (「（会計室・住民課）」 two),
  a line of prose and 「◇指標　name　令和６年度　22手続　→　令和11年度　120手続」 (none for 4); 第３章 a ロードマップ 「番号 | 取組 |
  R7 … R11」 drawn in characters — 「■■■■」 準備・構築, 「━━━━」 実施・運用, 「━━━━▶」 in R11 continued beyond the plan, a legend
  above —, a blank cell a year without, a row ending short of R11 without its blank cells, over two pages; 「- 3 -」 under
  the running header;
- 鹿角原村's デジタル化推進計画 (``kazunohara_mura_wareki_seireki.txt``): 基本目標 > 「（１）…」 items of 「担当：…」 (「会計室、
  住民課、保健福祉課」, 「総務課・税務課」), 「目標：name　約１，２００件（２０２３年度）→　３，０００件以上（令和１２年度）」 and
  「期間：２０２５年度～Ｒ１２」 — 令和 and 西暦 mixed in full-width digits, the year in brackets after the figure (「（Ｒ５）」
  「（２０３０年度）」), 「約」「以上」「％」 and 「４．５％」 in the figures, a period 「令和７年度から」 (to the plan's last) or one
  year 「２０２５年度」; 「－　３　－」 at the foot of each page, no running header; a 中間の見直し year (令和９年度) in the prose;
- 梓川県's ＤＸ推進計画 (``azusagawa_ken_shichoson_shien.txt``), a 県's: 施策の柱 > 「【取組1-1】title」 blocks of 「（担当）総務部
  デジタル政策課」 (the 部 before each 課, two 課 apart by 「、」 each with its 部), 「（関係課）行政改革課、各部局主管課」 (none for
  2-3), 「（内容）…」, 「（指標）name　R4　42％　→　R9　100％」 (「8.6万人 → 20万人」, 「2,800万枚」) and 「（スケジュール）R6～R9」;
  施策の柱３ the 市町村支援 取組 (「市町村の基幹業務システム標準化への支援」, 担当 市町村課, the 団体 a unit); a running header
  over a bare page number;
- 榛名野市's ＤＸ推進計画 アクションプラン (``harunano_cards_page_split.txt``): 取組シート, a card 「【取組名】1-1　title」,
  「【概要】」 over its paragraph, 「【担当課】…」, 「【KPI】name　基準値（R5）12,000件　目標値（R9）30,000件」 and 「【スケジュール】
  R6：システム改修　R7～R9：対象手続の拡大」, cards cut by the page break (「― 2 ―」 under the running header
  「榛名野市ＤＸ推進計画　アクションプラン」) mid-field: 1-2 after 「【担当課】」 (its 課 on the next page), 2-1 inside its 【概要】 paragraph, 2-3
  between its two 【KPI】 lines (the label alone above the first);
- 常磐野町's デジタル化推進計画 令和６年度 進捗状況評価シート (``tokiwano_cho_shinchokuritsu.txt``): how 達成状況, 前年度比 and
  進捗率 are reckoned, a count table 「達成状況 | 件数」 (達成 7, 未達成 4, 評価対象外 1), then 「No. | 取組名 | 担当課 | 成果指標 |
  基準値（R5） | R6目標 | R6実績 | 前年度比 | 達成状況 | 目標値（R8） | 進捗率」 over two pages, the units in the cells (「46手続」
  「14.2％」), 前年度比 and 進捗率 percentages (「－」 from a 基準値 of 0), 12 「－」 in every cell and 「評価対象外」, a ※ line
  saying why; a bare full-width 「１」 under the running header;
- 藤白市's 第２次ＤＸ推進計画 (``fujishiro_ichiran_shosai.txt``): 第２章 a 取組一覧 「No. | 取組名 | 主担当課 | 重点」 (「○」 or
  blank), 第３章 a detail a 取組, 「No.1　title」 again with 「担当課　デジタル推進課、子育て支援課、介護保険課」 (the 主担当課 and the
  課 working with it, the prose saying so), 「取組内容　…」, 「成果指標　name　現状値（R6）140手続　目標値（R11）400手続」 (none for
  7) and 「年次計画」 over a table 「R7 … R11」 of a step's words (「検討」「試行」「導入」) or 「→」, a blank a year without; a running
  header over a bare page number.

``PLANS[name]`` is the plan each document states, by the earlier batches' conventions: a 現状値 / 基準値 or the figure
before the arrow the baseline of the year written; a target with its year on an item's line (鶴見ヶ丘市's 目標値R10, 小鳩町's
and 鹿角原村's after 「→」, 梓川県's 「R9　100％」, 榛名野市's 目標値（R9）, 藤白市's 目標値（R11）) the final target alone; a
target column headed with its year in a table of a row an initiative (芦刈市's 目標値（R9）, 常磐野町's 目標値（R8）) that
year's target and the final one, 常磐野町's R6目標 2024's target and R6実績 2024's actual; 前年度比, 進捗率 and 達成状況 no
figures of the plan; 「約」「以上」 no part of the figure; 「8.6万人」 8.6 (in 万人) and 「2,800万枚」 2,800, as written;
「－」 no value. A year is the fiscal year it names, 令和 or 西暦 (「Ｒ５」 2023, 「２０３０年度」 2030). Who carries a 取組 out
is its 担当 as written, split at 「、」「・」; a 課 with its 部 before it is the 課 (「総務部デジタル政策課」 デジタル政策課); a
（関係課） line is no 担当課 (``scoring.in_charge``: the 関係課); 藤白市's detail pages name the 課 (the 一覧's 主担当課 one of
them). Codes as printed: 「１」 > 「(1)」 > 「①」 1-1-1, 「基本目標１」 > 「（１）」 1-1, 「【取組1-1】」 1-1, 「取組１」 and 「No.1」
1, 事業番号 「2-4-01」 as written. A ★ or 重点 「○」 is a mark, no part of the title. A schedule is every year a step, 「→」 or
a bar (■■■■, ━━━━) is written for, 「R7～R10」 each year between, 「令和７年度から」 each year from it to the plan's last, ▶
no year beyond the plan's; a blank none. 芦刈市's 事業費 is a budget (not scored), no schedule: 芦刈市 and 常磐野町 state
none. 芦刈市's period is the 実施計画's (2025–2027), not the 総合計画's.
"""

from __future__ import annotations

from typing import Any

from .unseen import HERE, item, kpi, years

FOLDER = HERE / "plans33"

ASHIKARI_TXT = "ashikari_jisshi_jigyohi.txt"
TSURUMIGAOKA_TXT = "tsurumigaoka_juten_maru.txt"
KOBATO_TXT = "kobato_cho_roadmap_bars.txt"
KAZUNOHARA_TXT = "kazunohara_mura_wareki_seireki.txt"
AZUSAGAWA_TXT = "azusagawa_ken_shichoson_shien.txt"
HARUNANO_TXT = "harunano_cards_page_split.txt"
TOKIWANO_TXT = "tokiwano_cho_shinchokuritsu.txt"
FUJISHIRO_TXT = "fujishiro_ichiran_shosai.txt"


def _line(base: tuple[int, float] | None, final: tuple[int, float]) -> dict[str, Any]:
    """An indicator on an item's line: the baseline of the year written, the target of the year written beside it
    the final target alone."""
    return kpi(base, final)


def _r9(base: float, target: float) -> dict[str, Any]:
    """芦刈市's row: 現状値（R5） the 2023 baseline, 目標値（R9） that year's target and the final one."""
    return kpi((2023, base), (2027, target), ((2027, target),))


ASHIKARI = [
    item("1-3-02", "スマートフォン活用支援事業", ["生涯学習課", "高齢者支援課"], (_r9(210, 900),)),
    item("2-4-01", "オンライン申請推進事業", ["デジタル推進課"], (_r9(85, 250),)),
    item("2-4-02", "窓口ＤＸ推進事業", ["市民課", "デジタル推進課"], (_r9(0, 40),)),
    item("2-4-03", "キャッシュレス決済導入事業", ["会計課"], (_r9(6, 30),)),
    item("2-4-04", "基幹業務システム標準化事業", ["デジタル推進課"], (_r9(0, 20),)),
    item("2-4-05", "ＡＩ・ＲＰＡ活用事業", ["行政経営課"], (_r9(2100, 7000),)),
    item("2-4-06", "電子契約導入事業", ["契約検査課"], (_r9(0, 600),)),
    item("2-4-07", "庁内ネットワーク更新事業", ["デジタル推進課"]),
    item("3-2-05", "中小企業デジタル化支援事業", ["商工振興課"], (_r9(14, 60),)),
    item("5-1-03", "子育て支援アプリ運営事業", ["こども家庭課"], (_r9(3100, 6000),)),
]  # fmt: skip


def _r10(base: float, target: float) -> dict[str, Any]:
    """鶴見ヶ丘市's 「指標：name（現状値R6：120手続、目標値R10：300手続）」: the 2024 baseline, the 2028 final target alone."""
    return _line((2024, base), (2028, target))


TSURUMIGAOKA = [
    item("1-1-1", "オンライン申請の拡充", ["デジタル推進課"], (_r10(120, 300),), years(2025, 2028)),
    item("1-1-2", "施設予約のオンライン化", ["スポーツ課", "生涯学習課"], (_r10(25, 70),), years(2026, 2028)),
    item("1-2-1", "書かない窓口の導入", ["市民課"], (_r10(0, 8000),), years(2025, 2028)),
    item("1-2-2", "おくやみ窓口の設置", ["市民課", "保険年金課"], (), (2025,)),
    item("1-2-3", "窓口キャッシュレス決済の導入", ["会計課"], (_r10(2, 15),), years(2025, 2026)),
    item("2-1-1", "生成ＡＩの活用", ["デジタル推進課"], (_r10(15, 80),), years(2025, 2028)),
    item("2-1-2", "ＲＰＡ・ＡＩ-ＯＣＲの活用", ["行政改革課"], (_r10(3200, 9000),), years(2025, 2028)),
    item("2-1-3", "電子決裁・ペーパーレス化の推進", ["総務課"], (_r10(64, 98),), years(2025, 2027)),
    item("2-2-1", "ＤＸ推進リーダーの育成", ["人事課", "デジタル推進課"], (_r10(12, 60),), years(2025, 2028)),
    item("2-2-2", "情報セキュリティ研修の実施", ["デジタル推進課"], (), years(2025, 2028)),
    item("3-1-1", "スマートフォン相談窓口の開設", ["地域振興課"], (_r10(450, 1500),), years(2026, 2028)),
    item("3-2-1", "オープンデータの拡充", ["デジタル推進課"], (_r10(35, 100),), years(2025, 2028)),
    item("3-2-2", "ＥＢＰＭの推進", ["企画課"], (_r10(0, 20),), years(2026, 2028)),
]  # fmt: skip


def _r11(base: float, target: float) -> dict[str, Any]:
    """小鳩町's 「◇指標　name　令和６年度　22手続　→　令和11年度　120手続」 and 藤白市's 「現状値（R6）… 目標値（R11）…」:
    the 2024 baseline, the 2029 final target alone."""
    return _line((2024, base), (2029, target))


KOBATO = [
    item("1", "電子申請の拡充", ["総務課"], (_r11(22, 120),), years(2025, 2029)),
    item("2", "窓口のキャッシュレス化", ["会計室", "住民課"], (_r11(0, 6),), years(2026, 2029)),
    item("3", "証明書のコンビニ交付", ["住民課"], (_r11(0, 25),), years(2025, 2029)),
    item("4", "基幹業務システムの標準化", ["総務課", "税務課", "住民課"], (), years(2025, 2026)),
    item("5", "ＡＩ議事録作成の導入", ["議会事務局"], (_r11(900, 300),), years(2026, 2029)),
    item("6", "テレワークの推進", ["総務課"], (_r11(3, 30),), years(2025, 2029)),
    item("7", "高齢者向けスマホ教室", ["福祉課"], (_r11(48, 400),), years(2025, 2029)),
    item("8", "見守りサービスの導入", ["福祉課"], (_r11(0, 80),), years(2027, 2029)),
    item("9", "スマート農業の推進", ["産業振興課"], (_r11(5, 30),), years(2025, 2027)),
]  # fmt: skip

KAZUNOHARA = [
    item("1-1", "電子申請の拡充", ["総務課"], (_line((2023, 1200), (2030, 3000)),), years(2025, 2030)),
    item("1-2", "移動窓口車の運行", ["住民課"], (_line((2024, 0), (2030, 500)),), years(2026, 2030)),
    item("1-3", "キャッシュレス決済の導入", ["会計室", "住民課", "保健福祉課"], (
        _line((2023, 4.5), (2030, 40)),
    ), years(2025, 2026)),
    item("2-1", "基幹業務システムの標準化", ["総務課", "税務課"], (), (2025,)),
    item("2-2", "ＲＰＡとＡＩ－ＯＣＲの活用", ["総務課"], (_line((2023, 150), (2030, 600)),), years(2025, 2030)),
    item("2-3", "テレワーク・Ｗｅｂ会議の活用", ["総務課"], (_line((2023, 80), (2030, 200)),), years(2025, 2030)),
    item("3-1", "スマートフォン教室の開催", ["生涯学習課"], (_line((2023, 60), (2030, 500)),), years(2025, 2030)),
    item("3-2", "デマンド交通の予約アプリ導入", ["企画課"], (_line((2024, 0), (2030, 30)),), years(2026, 2028)),
    item("3-3", "見守りセンサーの設置", ["保健福祉課"], (_line((2024, 12), (2030, 100)),), years(2025, 2030)),
    item("3-4", "光回線の未整備地区の解消", ["企画課"], (_line((2024, 96.2), (2027, 100)),), years(2026, 2027)),
]  # fmt: skip

AZUSAGAWA = [
    item("1-1", "県の行政手続のオンライン化", ["デジタル政策課"], (_line((2022, 42), (2027, 100)),), years(2024, 2027)),
    item("1-2", "県立施設の予約・決済のデジタル化", ["文化振興課", "スポーツ振興課"], (
        _line((2023, 4), (2027, 22)),
    ), years(2024, 2026)),
    item("1-3", "防災情報の一元発信", ["危機管理課"], (_line((2023, 8.6), (2027, 20)),), years(2025, 2027)),
    item("2-1", "生成ＡＩの業務への導入", ["デジタル政策課"], (_line((2023, 0), (2027, 70)),), years(2024, 2027)),
    item("2-2", "ペーパーレス化と電子決裁の徹底", ["総務課"], (
        _line((2022, 2800), (2027, 1400)),
    ), years(2024, 2027)),
    item("2-3", "県庁のテレワークとフリーアドレス", ["人事課", "財産管理課"], (), years(2025, 2027)),
    item("3-1", "市町村の基幹業務システム標準化への支援", ["市町村課"], (
        _line((2023, 0), (2026, 27)),
    ), years(2024, 2026)),
    item("3-2", "市町村と共同で使う電子申請システム", ["デジタル政策課"], (
        _line((2023, 15), (2027, 27)),
    ), years(2024, 2027)),
    item("3-3", "市町村ＤＸ人材の育成と派遣", ["デジタル政策課", "市町村課"], (
        _line((2023, 120), (2027, 600)),
    ), years(2024, 2027)),
    item("3-4", "市町村の情報セキュリティ対策の支援", ["デジタル政策課"], (), years(2025, 2026)),
    item("3-5", "中山間地域の通信環境の整備支援", ["地域振興課"], (
        _line((2022, 98.1), (2027, 99.9)),
    ), years(2024, 2027)),
]  # fmt: skip


def _r5(base: float, target: float) -> dict[str, Any]:
    """榛名野市's 【KPI】 「name　基準値（R5）12,000件　目標値（R9）30,000件」: the 2023 baseline, the 2027 final target alone."""
    return _line((2023, base), (2027, target))


HARUNANO = [
    item("1-1", "オンライン申請の拡充", ["デジタル推進課", "市民課"], (_r5(12000, 30000),), years(2024, 2027)),
    item("1-2", "公共施設予約システムの導入", ["スポーツ振興課", "生涯学習課"], (_r5(0, 60),), years(2024, 2027)),
    item("1-3", "子育て応援アプリの配信", ["こども政策課"], (_r5(0, 5000),), years(2025, 2027)),
    item("1-4", "おくやみコーナーの設置", ["市民課"], (), years(2024, 2027)),
    item("2-1", "ＡＩ・ＲＰＡの活用", ["行政改革課"], (_r5(1800, 6000),), years(2024, 2027)),
    item("2-2", "電子決裁・文書管理システムの導入", ["総務課"], (_r5(12, 95),), years(2024, 2027)),
    item("2-3", "テレワークの推進", ["人事課"], (_r5(8, 40), _r5(350, 3000)), years(2024, 2027)),
    item("3-1", "デジタル活用支援員の配置", ["地域福祉課", "生涯学習課"], (_r5(620, 2400),), years(2024, 2027)),
    item("3-2", "観光デジタルマップの作成", ["観光課"], (_r5(0, 80000),), years(2025, 2027)),
    item("3-3", "オープンデータの推進", ["デジタル推進課"], (_r5(28, 90),), years(2024, 2027)),
]  # fmt: skip


def _r6(base: float, target6: float, actual6: float, target: float) -> dict[str, Any]:
    """常磐野町's row: 基準値（R5） the 2023 baseline, R6目標 2024's target, R6実績 2024's actual, 目標値（R8） that year's
    target and the final one; 前年度比, 達成状況 and 進捗率 no figures of the plan."""
    return kpi((2023, base), (2026, target), ((2024, target6), (2026, target)), ((2024, actual6),))


TOKIWANO = [
    item("1", "電子申請の拡充", ["総務課"], (_r6(20, 40, 46, 80),)),
    item("2", "窓口のキャッシュレス化", ["会計室", "住民課"], (_r6(0, 10, 14.2, 30),)),
    item("3", "コンビニ交付の推進", ["住民課"], (_r6(6.5, 12, 10.8, 25),)),
    item("4", "電子決裁の導入", ["総務課"], (_r6(0, 40, 52, 90),)),
    item("5", "ＲＰＡの活用", ["総務課", "税務課"], (_r6(120, 300, 280, 800),)),
    item("6", "テレワーク環境の整備", ["総務課"], (_r6(2, 8, 9, 20),)),
    item("7", "情報セキュリティ研修", ["総務課"], (_r6(88, 100, 100, 100),)),
    item("8", "スマホ教室の開催", ["生涯学習課"], (_r6(90, 150, 132, 300),)),
    item("9", "見守りサービスの導入", ["福祉課"], (_r6(0, 20, 24, 60),)),
    item("10", "防災アプリの普及", ["総務課"], (_r6(1300, 2000, 2480, 3500),)),
    item("11", "スマート農業の推進", ["産業振興課"], (_r6(4, 8, 7, 15),)),
    item("12", "地域ポイントの導入", ["産業振興課"]),
]  # fmt: skip

FUJISHIRO = [
    item("1", "オンライン申請の拡充", ["デジタル推進課", "子育て支援課", "介護保険課"], (
        _r11(140, 400),
    ), years(2025, 2029)),
    item("2", "書かない窓口の導入", ["市民課", "デジタル推進課"], (_r11(0, 60),), years(2025, 2029)),
    item("3", "キャッシュレス決済の拡大", ["会計課"], (_r11(12, 45),), years(2025, 2027)),
    item("4", "公共施設予約システムの刷新", ["生涯学習課", "スポーツ振興課"], (_r11(35, 80),), years(2026, 2029)),
    item("5", "生成ＡＩの活用", ["デジタル推進課"], (_r11(20, 90),), years(2025, 2029)),
    item("6", "電子契約の導入", ["契約課", "財政課"], (_r11(0, 70),), years(2025, 2029)),
    item("7", "庁内データ連携基盤の構築", ["デジタル推進課"], (), years(2026, 2029)),
    item("8", "デジタル活用支援", ["地域福祉課", "生涯学習課", "デジタル推進課"], (_r11(850, 3000),), years(2025, 2029)),
    item("9", "オープンデータの推進", ["デジタル推進課"], (_r11(42, 120),), years(2025, 2029)),
]  # fmt: skip

#: name → (municipality, the initiatives it states)
PLANS: dict[str, tuple[str, list[dict[str, Any]]]] = {
    ASHIKARI_TXT: ("芦刈市", ASHIKARI),
    TSURUMIGAOKA_TXT: ("鶴見ヶ丘市", TSURUMIGAOKA),
    KOBATO_TXT: ("小鳩町", KOBATO),
    KAZUNOHARA_TXT: ("鹿角原村", KAZUNOHARA),
    AZUSAGAWA_TXT: ("梓川県", AZUSAGAWA),
    HARUNANO_TXT: ("榛名野市", HARUNANO),
    TOKIWANO_TXT: ("常磐野町", TOKIWANO),
    FUJISHIRO_TXT: ("藤白市", FUJISHIRO),
}

TEXTS = tuple(PLANS)

#: The plan period each document states (fiscal years).
PERIODS: dict[str, tuple[int, int]] = {
    ASHIKARI_TXT: (2025, 2027),
    TSURUMIGAOKA_TXT: (2025, 2028),
    KOBATO_TXT: (2025, 2029),
    KAZUNOHARA_TXT: (2025, 2030),
    AZUSAGAWA_TXT: (2024, 2027),
    HARUNANO_TXT: (2024, 2027),
    TOKIWANO_TXT: (2024, 2026),
    FUJISHIRO_TXT: (2025, 2029),
}


def document(name: str) -> bytes:
    """A text document as uploaded: the bytes in ``plans33/``."""
    return (FOLDER / name).read_bytes()


def expected(name: str) -> dict[str, Any]:
    """The expected plan of document ``name`` in the form ``scoring.score`` takes."""
    return {"initiatives": PLANS[name][1]}
