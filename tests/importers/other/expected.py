"""What each test document in this folder holds, and the F1 scores the generic readers are judged by.

Each document is written in another municipality's shape, the way such plans are published.
``EXPECTED[name]`` maps an initiative's title to (code, 担当課, KPI numbers): the numbers are
every baseline, target, final target and actual printed for its indicators.
"""

from __future__ import annotations

import unicodedata
from typing import Any

Expected = dict[str, tuple[str | None, list[str], set[float]]]

#: 桜台市 進捗状況一覧 (sakuradai_progress.csv and the same table as TSV, markdown and Excel).
SAKURADAI: Expected = {
    "行政手続のオンライン化": ("1-1-1", ["デジタル推進課", "市民課"], {24, 150, 96}),
    "書かない窓口の導入": ("1-1-2", ["市民課"], {25, 10, 18, 0, 12000, 7450}),
    "キャッシュレス決済の拡大": ("1-2-1", ["会計課", "税務課"], {2, 20, 14}),
    "公共施設予約のオンライン化": ("1-2-2", ["生涯学習課"], {0, 80, 85}),
    "AI・RPAの活用": ("2-1-1", ["行政改革推進室"], {3, 25, 19, 200, 3000, 2140}),
    "ペーパーレス会議の推進": ("2-1-2", ["総務課"], {480000, 240000, 310000}),
    "基幹業務システムの標準化": ("2-2-1", ["デジタル推進課", "市民課", "税務課", "福祉課"], {0, 20, 6}),
    "テレワーク環境の整備": ("2-2-2", ["人事課"], {15, 300, 210}),
    "DX推進リーダーの育成": ("3-1-1", ["人事課", "デジタル推進課"], {0, 80, 52}),
    "スマートフォン教室の開催": ("3-1-2", ["高齢福祉課", "生涯学習課"], {120, 1500, 980}),
    "オープンデータの公開": ("3-2-1", ["企画政策課"], {12, 100, 41}),
}

#: みなと市 KPI進捗一覧 (minato_kpi.txt: 取組項目 → 目標 → 実績 → 進捗 A–D, tab-separated).
MINATO: Expected = {
    "行政手続のオンライン化": ("1", ["DX推進課"], {200, 138}),
    "窓口キャッシュレス化": ("2", ["会計課"], {15}),
    "子育て支援のデジタル化": ("3", ["こども家庭課"], {60, 32}),
    "ペーパーレス化の推進": ("4", ["総務課"], {30, 18}),
    "テレワークの推進": ("5", ["職員課"], {250, 96}),
    "RPAによる業務効率化": ("6", ["DX推進課", "総務課"], {2000, 1450}),
}

#: 湊川町 numbered outline (minatogawa_outline.txt).
MINATOGAWA: Expected = {
    "電子申請の拡充": ("1-1-1", ["総務課"], {35, 120}),
    "キャッシュレス決済の導入": ("1-1-2", ["会計課", "税務課"], {0, 8}),
    "町公式LINEの活用": ("1-2-1", ["企画課"], {2100, 6000}),
    "RPAの導入": ("2-1-1", ["総務課", "企画課"], {2, 15}),
    "文書管理システムの導入": ("2-1-2", ["総務課"], {10, 90}),
    "職員研修の実施": ("2-2-1", ["総務課"], {20, 200}),
}

#: 川辺村 label–value cards (kawabe_cards.txt).
KAWABE: Expected = {
    "マイナンバーカードの普及促進": (None, ["住民課"], {68.5, 95}),
    "防災情報の多様な発信": (None, ["総務課", "建設課"], {450, 1500}),
    "庁内ネットワークの無線化": (None, ["総務課"], {1, 8}),
    "AI議事録作成の導入": (None, ["議会事務局", "総務課"], {600, 250}),
}


def norm(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).split())


def _f1(found: set[Any], wanted: set[Any]) -> float:
    if not found and not wanted:
        return 1.0
    hits = len(found & wanted)
    if not hits:
        return 0.0
    precision, recall = hits / len(found), hits / len(wanted)
    return 2 * precision * recall / (precision + recall)


def numbers(item: dict[str, Any]) -> set[float]:
    found: set[float] = set()
    for ind in item["indicators"]:
        for v in [ind["baseline"], ind["final_target"], *ind["targets"], *ind["actuals"]]:
            if v and v["value"] is not None:
                found.add(v["value"])
    return found


def scores(plan: dict[str, Any], expected: Expected) -> dict[str, float]:
    """F1 of initiatives (by title), KPI numbers and 担当課 (pairs with the initiative's title), codes."""
    items = plan["initiatives"]
    return {
        "initiatives": _f1({norm(i["title"]) for i in items}, {norm(t) for t in expected}),
        "kpi": _f1(
            {(norm(i["title"]), n) for i in items for n in numbers(i)},
            {(norm(t), n) for t, (_, _, ns) in expected.items() for n in ns},
        ),
        "departments": _f1(
            {(norm(i["title"]), d) for i in items for d in i["departments"]},
            {(norm(t), d) for t, (_, ds, _) in expected.items() for d in ds},
        ),
        "codes": _f1(
            {(norm(i["title"]), i["code"]) for i in items},
            {(norm(t), c) for t, (c, _, _) in expected.items()},
        ),
    }


# --- tabledocs.py: tables of municipalities no reader was written against ---------------------

#: 青葉市 進捗状況一覧 (番号/取組名/担当課/指標/基準値/目標値/実績値/評価, 基本目標 rows across the table).
AOBA: Expected = {
    "電子申請サービスの拡充": ("1-1", ["情報政策課", "市民課"], {45, 200, 132}),
    "窓口混雑状況の見える化": ("1-2", ["市民課"], {30, 15, 17}),
    "コンビニ交付の推進": ("1-3", ["市民課"], {12.5, 40, 31.2}),
    "電子決裁の導入": ("2-1", ["総務課"], {0, 90, 64}),
    "RPAの活用拡大": ("2-2", ["情報政策課"], {5, 30, 12}),
    "Web会議の定着": ("2-3", ["情報政策課", "総務課"], {120, 1200, 1480}),
    "高齢者向けスマホ相談会の開催": ("3-1", ["高齢者支援課"], {0, 800, 356}),
    "公衆無線LANの整備": ("3-2", ["商工観光課"], {8, 25}),
    "学校ICT支援員の配置": ("3-3", ["教育総務課"], {4, 18, 9}),
}

#: 北浜町 取組状況 (所管課 first, 事業番号 third, 単位 in its own column, 進捗 ◎○△×).
KITAHAMA: Expected = {
    "町ホームページのリニューアル": ("01", ["企画課"], {85000, 150000, 121300}),
    "子育て応援アプリの配信": ("02", ["住民福祉課"], {0, 1000, 1140}),
    "税証明のオンライン申請": ("03", ["税務課"], {0, 30, 8.5}),
    "庁舎・公共施設の無線LAN整備": ("04", ["総務課"], {1, 12, 3}),
    "農業分野へのドローン活用": ("05", ["産業振興課"], {0, 10, 6}),
    "学習用端末の持ち帰り学習": ("06", ["学校教育課"], {0, 5}),
    "会議録作成へのAI活用": ("07", ["総務課"], {0, 50, 42}),
}

#: 白石市 KPI進捗管理表 (two header rows: 目標値 over R5/R6/R7, 実績値 over R5/R6; multi-line cells).
SHIROISHI: Expected = {
    "行政手続のオンライン化": ("1", ["DX推進課", "市民課"], {2400, 5000, 8000, 12000, 5630, 7915}),
    "マイナンバーカードの普及": ("2", ["市民課"], {48.2, 70, 80, 90, 72.4, 81.0}),
    "窓口のキャッシュレス化": ("3", ["会計課"], {0, 5, 10, 15, 6, 11}),
    "防災メールの登録促進": ("4", ["危機管理課"], {6500, 8000, 9000, 10000, 7720, 8840}),
    "庁内のペーパーレス化": ("5", ["総務課", "財政課"], {3200, 2800, 2400, 2000, 2950, 2610}),
    "GIS（地図情報）の庁内共有": ("6", ["都市計画課"], {3, 10, 20, 30, 12, 18}),
    "デジタル人材の育成": ("7", ["人事課", "DX推進課"], {35, 100, 200, 300, 118, 226}),
}

#: 緑川町 取組の進捗 (令和6年度目標 / 令和7年度目標 / R5実績 / R6実績, 達成・未達成, two indicators).
MIDORIKAWA: Expected = {
    "町税のスマホ決済": ("101", ["税務課", "会計課"], {1200, 4000, 5000, 2850, 4120}),
    "各種証明書のオンライン請求": ("102", ["町民課"], {0, 300, 500, 96, 214, 30, 40, 11, 24}),
    "町営バスのデジタル時刻表": ("103", ["企画調整課"], {0, 600, 800, 410, 655}),
    "文書管理システムの導入": ("201", ["総務課"], {5, 60, 80, 28, 63}),
    "ノーコードツールの活用": ("202", ["総務課", "企画調整課"], {0, 15, 20, 4, 11, 800, 1000, 150, 520}),
    "議会のタブレット導入": ("203", ["議会事務局"], {0, 100, 50}),
}

#: 東山村 KPI一覧 (one row per indicator, 取組項目 merged down or blank under the first; no codes).
HIGASHIYAMA: Expected = {
    "村税のキャッシュレス納付": (None, ["税務住民課"], {30, 18, 2500, 1870}),
    "オンライン相談窓口の開設": (None, ["保健福祉課"], {120, 45}),
    "防災行政無線のデジタル化": (None, ["総務課"], {24, 900, 640}),
    "ふるさと納税のWeb申込": (None, ["産業振興課"], {80, 86, 3000, 2410, 40, 22}),
    "村公式SNSの運用": (None, ["総務課", "産業振興課"], {5000, 3150}),
    "小中学校のオンライン授業": (None, ["教育課"], {50, 38}),
}

#: 西浦市 取組進捗管理表 (a workbook filled by people; the 合計 row and the 記入要領 example are not
#: initiatives).
NISHIURA: Expected = {
    "オンライン申請の拡充": ("1-1-1", ["デジタル推進課"], {60, 250, 171}),
    "書かない窓口の導入": ("1-1-2", ["市民課", "デジタル推進課"], {0, 40, 22}),
    "子育て手続の電子化": ("1-2-1", ["こども未来課"], {12, 60, 35}),
    "生成AIの業務活用": ("2-1-1", ["デジタル推進課"], {0, 800, 520}),
    "公用車の予約システム導入": ("2-1-2", ["管財課"], {0, 100}),
    "施設の遠隔監視": ("2-2-1", ["施設管理課", "上下水道課"], {2, 30, 14}),
}

#: 南台市 進捗状況 (one sheet per 基本目標; the 集計 sheet is not the plan).
MINAMIDAI: Expected = {
    "電子図書館サービスの開始": ("1-01", ["図書館"], {0, 12000, 8420}),
    "スマート申請の導入": ("1-02", ["市民課", "情報システム課"], {0, 3000, 3360}),
    "健診予約のオンライン化": ("1-03", ["健康づくり課"], {10, 50, 27}),
    "会計年度任用職員の勤怠の電子化": ("2-01", ["人事課"], {0, 45}),
    "庁内チャットの導入": ("2-02", ["情報システム課"], {0, 90, 76}),
    "契約事務の電子化": ("2-03", ["契約課", "財政課"], {0, 400, 128}),
}

#: 若葉市 進捗管理シート (a workbook: figures stored as numbers shown as 30% and 1,200, R5目標 / R5実績
#: interleaved, two tables on one sheet, an old plan's sheet left out).
WAKABA: Expected = {
    "電子母子手帳アプリの導入": ("1-1", ["こども家庭課"], {0, 30, 25, 50, 46, 70}),
    "図書館の電子書籍貸出": ("1-2", ["中央図書館"], {0, 3000, 3412, 6000, 5880, 10000}),
    "粗大ごみ受付のオンライン化": ("1-3", ["環境政策課", "清掃事務所"], {5, 20, 18, 35, 31, 50}),
    "公金受取口座を活用した給付": ("2-1", ["福祉総務課"], {0, 40, 52, 60, 66, 80}),
    "基幹系以外のシステムのクラウド化": ("2-2", ["情報管理課"], {2, 6, 5, 10, 9, 15}),
    "窓口予約システムの導入": ("2-3", ["市民課"], {0, 1200, 980, 2400, 2210, 3600}),
}

#: 桃山町 評価シート (the number in the title cell 「① 電子申請の利用促進」, no code column).
MOMOYAMA: Expected = {
    "電子申請の利用促進": ("1", ["総務課", "住民課"], {320, 1500, 940}),
    "窓口のキャッシュレス化": ("2", ["会計課", "住民課"], {1, 6}),
    "AI-OCRの導入": ("3", ["総務課"], {0, 12, 5}),
    "公用スマートフォンの配備": ("4", ["総務課"], {0, 120, 88}),
}
