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
