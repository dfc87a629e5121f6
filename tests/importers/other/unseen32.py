"""A thirty-second batch of plans no reader was written against (the readers' code was not read): texts (``plans32/``)
as the seed plans' extraction tool gives a PDF's text — a table's cells apart by tabs, headings plain lines, 目次 lines
with dot leaders and page numbers, running headers and page numbers between the pages — in shapes the batches before
lack:

- 雪代町's 第２次情報化計画 (``yukishiro_cho_shokan_koteihyo.txt``): 基本方針 > 「（１）」 取組 of a paragraph of prose, an
  【指標】 line 「name　現状値（R5）12手続　目標値（R10）80手続」 for some, and 「【所管】…」 last (「会計室、住民課」); the
  取組 again in a 第４章 工程表 apart, by name only (no number), 「取組 | R6 … R10」 with a step's words (「検討」「導入」
  「移行完了」) or 「→」 under the years, 基本方針 rows of one cell, over two pages; the running header 「雪代町情報化計画」
  over 「- 5 -」 at each page's foot;
- 椿森市's ＤＸ推進計画 (``tsubakimori_kpi_nendo_betsu.txt``): a 取組一覧 table 「No. | 取組名 | 取組の概要 | 担当課」 whose
  担当課 is the 部 and its 課 run together (「総務部デジタル推進課」「こども未来部子育て支援課」), or 「全課」「各課」 (no 課 of
  its own), 「全課、総務部デジタル推進課」, 【方針Ａ】 rows of one cell; the KPI in a 成果指標 table apart 「No. | 指標名 | 単位 |
  R4実績 | R5実績 | R6目標 | R7目標 | R8目標」 by the 取組's No. (two rows for 1 and 11, none for 6 and 9, a ※ line
  saying so), 「－」 no value; the page number a bare 「3」 under the running header;
- 鈴鹿野市's 第２期 ＤＸ推進計画 令和６年度実施状況報告書 (``suzukano_jisshi_jokyo_kubun.txt``): an 評価 legend Ａ … Ｄ and
  a count table, then 「取組番号 | 区分 | 取組名 | 令和6年度の実施内容 | 指標 | 目標値（R8） | 実績値（R6） | 評価（Ａ～Ｄ） |
  課題・今後の方向性 | 担当課」, 区分 新規 / 継続 / 統合 (前期からの変更), 担当課 apart by 「・」, 基本目標 rows of one cell; the
  page break cuts 2-3's row mid-cell: its 実施内容 goes on after the footer, the running header and the header row
  repeated, on a row whose 取組番号, 区分 and 取組名 are blank and which holds the rest of the row (指標 … 担当課);
- 淡路野町's デジタル化推進計画 (``awajino_cho_hishi_tanto.txt``): 第３章 「１　…」 > 取組 as 「◆」 bullets titled
  「◆電子申請の拡充＜担当：総務課＞」 (one ＜担当：…＞ on the line below its long title, 「・」 between 課), a line of prose,
  「目標：name　R6　15手続 → R11　100手続」 and 「実施時期：R7～R11」 (「R7」 one year, 「R8～」 from R8 on); the running header
  over a bare page number;
- 千歳野市's 自治体情報システム標準化 移行計画 (``chitoseno_hyojunka_ikou.txt``): a table 「No. | 標準化対象業務 | 現行システム |
  移行方式 | 移行時期 | 所管課」 of a row a 業務 (the 20 標準化対象業務), 移行時期 a month (「令和７年１月」: the go-live month),
  the header row repeated on the next page, no KPI;
- 葉月町's 第２期 情報化推進計画 (``hazuki_cho_shisaku_zenki.txt``): 「施策 | No. | 事業名 | 事業概要 | 前期との関係 | 担当課 |
  成果指標 | 単位 | 現状値（R6） | 目標値（R11）」, the 施策 cell (merged in the PDF) on its first 事業's row only, 前期との関係
  新規 / 継続 / 拡充 / 「統合（旧No.4・5）」, the unit in a column of its own, 「－」 in each cell of a 事業 of no KPI.

``PLANS[name]`` is the plan each document states, by the earlier batches' conventions: a 現状値 / 基準値 or the figure
before the arrow the baseline of the year written; a target with its year on an item's line (雪代町's 「目標値（R10）」,
淡路野町's 「R11　100手続」) the final target alone; a target column headed with its year in a table of a row an
initiative (鈴鹿野市's 目標値（R8）, 葉月町's 目標値（R11）) that year's target and the final one, its 実績値（R6）
2024's actual; yearly columns (椿森市's R4実績 R5実績 each year's actual — no column says 基準, no baseline —, R6目標 …
R8目標 each year's target, R8's the final one too); 「－」 no value; 評価 letters and 区分 no figures. Who carries a
取組 out is its 担当 as written, split at 「、」 「・」; a 課 with its 部 before it is the 課 (「総務部デジタル推進課」
デジタル推進課); 「全課」「各課」 name a group of 課, no 課 (``scoring.in_charge``: kept as the 関係課 if at all). Codes
as printed: 「基本方針１」 > 「（１）」 1-1, 「No.」 and 「取組番号」 as written; 淡路野町's ◆ have none. A schedule is
every year a step or 「→」 is written for, 「R7～R11」 each year between, 「R8～」 each year from it to the plan's last;
a blank none; a 移行時期 month a step of its fiscal year (from April: 「令和７年１月」 FY2024, 「令和７年10月」 FY2025);
椿森市, 鈴鹿野市 and 葉月町 state none. 千歳野市's 業務 are its 取組 (the 標準化対象業務 column its 取組名), coded by
No.
"""

from __future__ import annotations

from typing import Any

from .batch_documents import batch_documents
from .unseen import HERE, item, kpi, years

FOLDER = HERE / "plans32"

YUKISHIRO_TXT = "yukishiro_cho_shokan_koteihyo.txt"
TSUBAKIMORI_TXT = "tsubakimori_kpi_nendo_betsu.txt"
SUZUKANO_TXT = "suzukano_jisshi_jokyo_kubun.txt"
AWAJINO_TXT = "awajino_cho_hishi_tanto.txt"
CHITOSENO_TXT = "chitoseno_hyojunka_ikou.txt"
HAZUKI_TXT = "hazuki_cho_shisaku_zenki.txt"


def _line(base: tuple[int, float] | None, final: tuple[int, float]) -> dict[str, Any]:
    """An indicator on an item's line: the baseline of the year written (or none), the target of the year written
    beside it the final target alone."""
    return kpi(base, final)


def _r5(base: float, target: float) -> dict[str, Any]:
    """雪代町's 【指標】: 現状値（R5） the 2023 baseline, 目標値（R10） the final target alone."""
    return _line((2023, base), (2028, target))


YUKISHIRO = [
    item("1-1", "電子申請の拡充", ["総務課"], (_r5(12, 80),), years(2024, 2028)),
    item("1-2", "キャッシュレス決済の導入", ["会計室", "住民課"], (_r5(0, 5),), years(2024, 2028)),
    item("1-3", "証明書のコンビニ交付", ["住民課"], (), years(2025, 2028)),
    item("1-4", "防災情報の多様な発信", ["総務課"], (_r5(1450, 3000),), years(2024, 2028)),
    item("2-1", "電子決裁と文書管理の電子化", ["総務課"], (_r5(0, 90),), years(2024, 2028)),
    item("2-2", "基幹業務システムの標準化", ["総務課", "税務課", "住民課"], (), years(2024, 2025)),
    item("2-3", "ＡＩ・ＲＰＡの活用", ["総務課"], (_r5(150, 1200),), years(2024, 2028)),
    item("3-1", "スマートフォン教室の開催", ["生涯学習課"], (_r5(40, 400),), years(2024, 2028)),
    item("3-2", "鳥獣被害対策へのＩＣＴ活用", ["産業振興課"], (), years(2026, 2028)),
    item("3-3", "観光情報のデジタル発信", ["産業振興課"], (_r5(38000, 60000),), years(2025, 2027)),
]  # fmt: skip


def _yearly(r4: float | None, r5: float | None, targets: tuple[float, float, float]) -> dict[str, Any]:
    """椿森市's 成果指標 row: R4実績 and R5実績 each year's actual (「－」 none), R6目標 … R8目標 each year's target, R8's
    the final one; no baseline."""
    yearly = tuple(zip((2024, 2025, 2026), targets, strict=True))
    done = tuple((fy, a) for fy, a in ((2022, r4), (2023, r5)) if a is not None)
    return kpi(None, yearly[-1], yearly, done)


TSUBAKIMORI = [
    item("1", "オンライン申請の拡充", ["デジタル推進課"], (
        _yearly(42, 68, (100, 140, 180)),
        _yearly(5200, 8900, (12000, 16000, 20000)),
    )),
    item("2", "書かない窓口の導入", ["市民課"], (_yearly(None, 0, (10, 20, 30)),)),
    item("3", "キャッシュレス決済の拡大", ["会計課", "市民課"], (_yearly(2, 5, (10, 15, 20)),)),
    item("4", "子育て支援アプリの配信", ["子育て支援課"], (_yearly(None, None, (1500, 3000, 4500)),)),
    item("5", "電子決裁の徹底", [], (_yearly(35, 52, (70, 85, 95)),)),
    item("6", "ペーパーレス会議の推進", []),
    item("7", "ＡＩ・ＲＰＡの活用", ["行政改革課"], (_yearly(800, 1900, (3000, 4500, 6000)),)),
    item("8", "テレワークの推進", ["人事課"], (_yearly(6, 9, (15, 25, 35)),)),
    item("9", "情報セキュリティ研修", ["デジタル推進課"]),
    item("10", "スマートフォン相談会の開催", ["地域振興課"], (_yearly(180, 320, (500, 700, 900)),)),
    item("11", "中小企業のＤＸ支援", ["商工観光課"], (
        _yearly(12, 25, (40, 55, 70)),
        _yearly(None, 60, (65, 70, 75)),
    )),
    item("12", "オープンデータの公開", ["デジタル推進課"], (_yearly(48, 63, (80, 100, 120)),)),
]  # fmt: skip


def _reported(target: float, actual: float | None) -> dict[str, Any]:
    """鈴鹿野市's row: 目標値（R8） that year's target and the final one, 実績値（R6） 2024's actual (「－」 none)."""
    return kpi(None, (2026, target), ((2026, target),), ((2024, actual),) if actual is not None else ())


SUZUKANO = [
    item("1-1", "オンライン申請の拡充", ["デジタル政策課"], (_reported(200, 134),)),
    item("1-2", "書かない窓口の導入", ["市民課", "デジタル政策課"], (_reported(25, 8),)),
    item("1-3", "キャッシュレス決済の拡大", ["会計課"], (_reported(30, 21),)),
    item("1-4", "公共施設予約のオンライン化", ["スポーツ振興課", "生涯学習課"], (_reported(60, 38),)),
    item("2-1", "電子決裁の推進", ["総務課"], (_reported(95, 81),)),
    item("2-2", "ＡＩ・ＲＰＡの活用", ["行政改革課"], (_reported(8000, 4300),)),
    item("2-3", "生成ＡＩの活用", ["デジタル政策課"], (_reported(70, 46),)),
    item("2-4", "テレワークの推進", ["人事課"], (_reported(40, 12),)),
    item("3-1", "スマートフォン相談会の開催", ["生涯学習課", "高齢福祉課"], (_reported(1500, 1120),)),
    item("3-2", "地域ポイントアプリの導入", ["商工観光課"], (_reported(10000, None),)),
    item("3-3", "オープンデータの推進", ["デジタル政策課"], (_reported(150, 74),)),
]  # fmt: skip


def _r6(base: float, target: float) -> dict[str, Any]:
    """淡路野町's 「目標：name　R6　15手続 → R11　100手続」: the 2024 baseline, the 2029 target the final one alone."""
    return _line((2024, base), (2029, target))


AWAJINO = [
    item(None, "電子申請の拡充", ["総務課"], (_r6(15, 100),), years(2025, 2029)),
    item(None, "窓口のキャッシュレス化", ["会計室", "住民課"], (_r6(0, 40),), years(2026, 2029)),
    item(None, "おくやみ窓口の設置", ["住民課"], (), years(2025, 2026)),
    item(None, "電子決裁・文書管理システムの導入", ["総務課"], (_r6(5, 90),), years(2025, 2027)),
    item(None, "基幹業務システムの標準化と共同利用", ["総務課", "税務課", "住民課"], (), years(2025, 2025)),
    item(None, "ＲＰＡの活用", ["総務課"], (_r6(80, 800),), years(2025, 2029)),
    item(None, "スマートフォン教室の開催", ["生涯学習課"], (_r6(60, 500),), years(2025, 2029)),
    item(None, "オンライン診療の導入支援", ["保健福祉課"], (_r6(0, 120),), years(2026, 2029)),
    item(None, "スマート農業の普及", ["農林振興課"], (_r6(3, 25),), years(2025, 2029)),
]  # fmt: skip


def _moved(code: str, title: str, departments: list[str], fy: int) -> dict[str, Any]:
    """千歳野市's 業務: moved in the month its 移行時期 names, a step of that month's fiscal year (「令和７年１月」 FY2024)."""
    return item(code, title, departments, (), (fy,))


CHITOSENO = [
    _moved("1", "住民基本台帳", ["市民課"], 2024),
    _moved("2", "戸籍", ["市民課"], 2025),
    _moved("3", "戸籍附票", ["市民課"], 2024),
    _moved("4", "印鑑登録", ["市民課"], 2024),
    _moved("5", "選挙人名簿管理", ["選挙管理委員会事務局"], 2025),
    _moved("6", "個人住民税", ["市民税課"], 2025),
    _moved("7", "法人住民税", ["市民税課"], 2025),
    _moved("8", "固定資産税", ["資産税課"], 2025),
    _moved("9", "軽自動車税", ["市民税課"], 2025),
    _moved("10", "収滞納管理", ["納税課"], 2025),
    _moved("11", "国民健康保険", ["保険年金課"], 2024),
    _moved("12", "国民年金", ["保険年金課"], 2024),
    _moved("13", "後期高齢者医療", ["保険年金課"], 2024),
    _moved("14", "介護保険", ["介護保険課"], 2025),
    _moved("15", "障害者福祉", ["障がい福祉課"], 2025),
    _moved("16", "生活保護", ["生活福祉課"], 2025),
    _moved("17", "児童手当", ["子育て支援課"], 2025),
    _moved("18", "児童扶養手当", ["子育て支援課"], 2025),
    _moved("19", "子ども・子育て支援", ["保育課", "子育て支援課"], 2025),
    _moved("20", "健康管理", ["健康推進課"], 2025),
]


def _r11(base: float, target: float) -> dict[str, Any]:
    """葉月町's row: 現状値（R6） the 2024 baseline, 目標値（R11） that year's target and the final one."""
    return kpi((2024, base), (2029, target), ((2029, target),))


HAZUKI = [
    item("1", "電子申請の拡充", ["総務課"], (_r11(18, 90),)),
    item("2", "窓口のキャッシュレス化", ["会計室", "税務課"], (_r11(0, 40),)),
    item("3", "マイナンバーカードの利活用", ["住民課"], (_r11(9, 35),)),
    item("4", "電子決裁の導入", ["総務課"], (_r11(20, 95),)),
    item("5", "ＲＰＡ・ＡＩ-ＯＣＲの活用", ["総務課"], (_r11(240, 1500),)),
    item("6", "基幹業務システムの標準化", ["総務課", "税務課", "住民課"]),
    item("7", "テレワーク環境の整備", ["総務課"], (_r11(0, 30),)),
    item("8", "スマートフォン教室の開催", ["生涯学習課"], (_r11(85, 600),)),
    item("9", "見守りセンサーの設置", ["健康福祉課"], (_r11(0, 120),)),
    item("10", "スマート農業の推進", ["農林課"], (_r11(6, 40),)),
]  # fmt: skip

#: name → (municipality, the initiatives it states)
PLANS: dict[str, tuple[str, list[dict[str, Any]]]] = {
    YUKISHIRO_TXT: ("雪代町", YUKISHIRO),
    TSUBAKIMORI_TXT: ("椿森市", TSUBAKIMORI),
    SUZUKANO_TXT: ("鈴鹿野市", SUZUKANO),
    AWAJINO_TXT: ("淡路野町", AWAJINO),
    CHITOSENO_TXT: ("千歳野市", CHITOSENO),
    HAZUKI_TXT: ("葉月町", HAZUKI),
}

TEXTS = tuple(PLANS)

#: The plan period each document states (fiscal years).
PERIODS: dict[str, tuple[int, int]] = {
    YUKISHIRO_TXT: (2024, 2028),
    TSUBAKIMORI_TXT: (2024, 2026),
    SUZUKANO_TXT: (2023, 2026),
    AWAJINO_TXT: (2025, 2029),
    CHITOSENO_TXT: (2024, 2025),
    HAZUKI_TXT: (2025, 2029),
}


document, _, _, expected = batch_documents(PLANS, folder=FOLDER)
