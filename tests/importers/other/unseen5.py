"""A fifth batch of plans no reader was written against: a progress report, an outline, card sheets.

Written by hand before the readers were looked at, the way other municipalities publish them: a 市's yearly
progress report whose 取組 are 「No.1　…」 blocks of 所管 / 成果指標 / 「策定時（R4）：85手続　　目標（R9）：300手続
実績（R6）：176手続」 / 進捗 A–D, a 町's outline 1 > （1） > ① with ［担当］［指標］「現状 12.0％（令和5年度）→ 目標
35.0％（令和10年度）」［工程］ lines, and a 市's 取組シート (a table a 取組: 取組番号 | 1-1 | 担当部署 | 部　課, a KPI
block 「ＫＰＩ | 指標名 | 単位 | R5（基準） | R7 | R9（目標）」 with its rows under it, スケジュール with arrows), and a
市's 取組一覧 table followed by a separate KPI table keyed by the same 番号, a 町's 「施策１」 blocks of 【所管課】
【成果指標】【スケジュール】 with the values on lines of their own, and a 市's ロードマップ table whose last column
「KPI（令和9年度）」 holds the indicator and its target in one cell.
``PLANS[name]`` is the plan each document states (same form as ``unseen.PLANS``).
"""

from __future__ import annotations

from typing import Any

from .unseen import item, kpi, years

#: あさひが丘市DX推進計画 令和6年度進捗状況報告書: 【施策１】 > 「No.1　…」, 所管 with ／, 策定時 / 目標 / 実績 on one line.
ASAHIGAOKA = [
    item(
        "1",
        "電子申請の拡大",
        ["市民課", "デジタル推進室"],
        (kpi((2022, 85), (2027, 300), (), ((2024, 176),)),),
    ),
    item("2", "窓口のキャッシュレス化", ["会計課"], (kpi((2022, 2), (2027, 15), (), ((2024, 9),)),)),
    item("3", "書かない窓口の導入", ["市民課"], (kpi((2022, 0), (2027, 40), (), ((2024, 12),)),)),
    item("4", "AI-OCRの活用", ["デジタル推進室"], (kpi((2022, 3000), (2027, 50000), (), ((2024, 21400),)),)),
    item("5", "文書管理システムの導入", ["総務課"], (kpi((2022, 18.5), (2027, 90), (), ((2024, 47.2),)),)),
    item(
        "6",
        "会議のペーパーレス化",
        ["総務課", "議会事務局"],
        (kpi((2022, 1250000), (2027, 600000), (), ((2024, 980000),)),),
    ),
    item("7", "スマホ教室の開催", ["長寿福祉課"], (kpi((2022, 120), (2027, 1500), (), ((2024, 640),)),)),
    item("8", "地域公共交通の予約のデジタル化", ["交通政策課"], (kpi((2022, 0), (2027, 50)),)),
]

#: 若葉台町デジタル・トランスフォーメーション推進計画: 1 > （1） > ①, ［担当］［指標］［工程］.
WAKABADAI = [
    item("1-1-1", "住民票等のコンビニ交付", ["住民課"], (kpi((2023, 12), (2028, 35)),), years(2024, 2028)),
    item(
        "1-1-2",
        "各種申請のオンライン化",
        ["総務課", "住民課", "福祉課"],
        (kpi((2023, 8), (2028, 60)),),
        years(2024, 2028),
    ),
    item("1-2-1", "町公式アプリの導入", ["企画課"], (kpi((2023, 0), (2028, 4000)),), years(2024, 2028)),
    item("2-1-1", "RPAの導入", ["総務課", "税務課"], (kpi((2023, 0), (2028, 1800)),), years(2025, 2028)),
    item("2-1-2", "テレワーク環境の整備", ["総務課"], (kpi((2023, 10), (2028, 120)),), years(2024, 2025)),
    item("2-2-1", "デジタル人材の育成", ["総務課"], (kpi((2023, 0), (2028, 30)),), years(2024, 2028)),
]

#: 桜台市ＤＸアクションプラン 取組シート: a table a 取組, a KPI block with R7 between 基準 and 目標.
SAKURADAI = [
    item(
        "1-1",
        "マイナンバーカードを活用した窓口の簡素化",
        ["市民課"],
        (kpi((2023, 0), (2027, 8000), ((2025, 3000), (2027, 8000))),),
        years(2024, 2027),
    ),
    item(
        "1-2",
        "公共施設予約のオンライン化",
        ["情報政策課"],
        (kpi((2023, 15), (2027, 70), ((2025, 40), (2027, 70))),),
        years(2024, 2027),
    ),
    item(
        "2-1",
        "オンライン健康相談の実施",
        ["健康づくり課"],
        (kpi((2023, 0), (2027, 150), ((2025, 60), (2027, 150))),),
        years(2024, 2027),
    ),
    item(
        "2-2",
        "保育所入所申請の電子化",
        ["保育課"],
        (
            kpi((2023, 0), (2027, 60), ((2025, 30), (2027, 60))),
            kpi((2023, 3), (2027, 1), ((2025, 2), (2027, 1))),
        ),
        years(2024, 2027),
    ),
]

#: 椿市DX推進計画: a table of the 取組 (番号 | 取組名 | 概要 | 担当課), then a KPI table keyed by the same 番号
#: (目標値（R10） is that year's target and the final one).
TSUBAKI = [
    item("1", "電子申請の拡充", ["デジタル推進課"], (kpi((2024, 45), (2028, 200), ((2028, 200),)),)),
    item("2", "窓口のキャッシュレス化", ["会計課", "市民課"], (kpi((2024, 3), (2028, 18), ((2028, 18),)),)),
    item("3", "AI議事録の導入", ["総務課"], (kpi((2024, 1200), (2028, 400), ((2028, 400),)),)),
    item("4", "学校のICT環境整備", ["学校教育課"], (kpi((2024, 78), (2028, 95), ((2028, 95),)),)),
    item("5", "オープンデータの公開", ["デジタル推進課"], (kpi((2024, 12), (2028, 80), ((2028, 80),)),)),
]

#: 日の出町 第2期 地域情報化計画: 基本方針Ⅰ > 「施策１」 blocks of 【取組内容】 bullets, 【所管課】, 【成果指標】 over
#: 指標名 / 現状値 / 目標値 lines, 【スケジュール】 over 「R7　…」「R8～R11　…」 lines.
HINODE = [
    item("1", "行政手続のオンライン化", ["住民課", "総務課"], (kpi((2023, 12), (2029, 60)),), years(2025, 2029)),
    item("2", "窓口サービスの改善", ["住民課"], (kpi((2023, 25), (2029, 10)),), years(2025, 2029)),
    item("3", "AI・RPAの活用", ["総務課"], (kpi((2023, 150), (2029, 2000)),), years(2025, 2029)),
    item("4", "情報セキュリティの強化", ["総務課"], (kpi((2023, 18), (2029, 5)),), years(2025, 2029)),
]

#: 南沢市DX推進計画 ロードマップ: a table with the years across and a last column 「KPI（令和9年度）」 holding the
#: indicator and its target in one cell (「対応窓口 25か所」).
MINAMISAWA = [
    item("1", "キャッシュレス決済の拡大", ["会計課"], (kpi(None, (2027, 25)),), years(2024, 2027)),
    item("2", "電子契約の導入", ["契約課"], (kpi(None, (2027, 60)),), years(2024, 2027)),
    item("3", "テレワークの推進", ["人事課", "情報政策課"], (kpi(None, (2027, 300)),), years(2024, 2027)),
    item("4", "データ連携基盤の構築", ["情報政策課"], (kpi(None, (2027, 12)),), years(2025, 2027)),
    item("5", "スマート農業の支援", ["農政課"], (kpi(None, (2027, 40)),), years(2024, 2027)),
]

PLANS: dict[str, tuple[str, list[dict[str, Any]]]] = {
    "asahigaoka_shinchoku.txt": ("あさひが丘市", ASAHIGAOKA),
    "wakabadai_outline.txt": ("若葉台町", WAKABADAI),
    "sakuradai_sheets.txt": ("桜台市", SAKURADAI),
    "tsubaki_two_tables.txt": ("椿市", TSUBAKI),
    "hinode_houshin.txt": ("日の出町", HINODE),
    "minamisawa_roadmap.txt": ("南沢市", MINAMISAWA),
}


def expected(name: str) -> dict[str, Any]:
    """The expected plan of document ``name`` in the form ``scoring.score`` takes."""
    return {"initiatives": PLANS[name][1]}
