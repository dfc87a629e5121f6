"""A sixth batch of plans no reader was written against: a Word outline, a printed 進捗管理表, a 村's bullets, a 工程表.

Written by hand before they were read, the way other municipalities publish them: a 市's plan copied out
of Word into a text file (第３章 > 基本方針１ > （１） > ア, 「担当課：」 and 「目標指標：… 現状値 … 目標値 …」 lines in
full-width digits and blanks), a 町's 進捗管理表 as ``pdftotext -layout`` prints it (wide columns, 取組名 wrapped
in their cell, the years of 基準値 / 目標値 / 実績値 on a header line of their own, the page's header and number
repeated mid-table), a 村's short plan of 「・」 bullets ending 「（担当：総務課）」 with 「→ 目標：…（令和８年度）」
lines, and a 市's 工程表 with R6–R9 columns marked ● / → / ━ and a 担当課 column. ``PLANS[name]`` is the
plan each document states (same form as ``unseen.PLANS``).
"""

from __future__ import annotations

from typing import Any

from .unseen import item, kpi, years

#: 紫雲市デジタル変革推進計画: 基本方針１ > （１） > ア, 担当課：, 目標指標： 現状値 … 目標値 … on one line.
SHIUN = [
    item(
        "1-1-1", "電子申請サービスの拡充", ["デジタル推進課", "子育て支援課"], (kpi((2022, 45), (2028, 200)),)
    ),
    item("1-1-2", "窓口キャッシュレス決済の導入", ["会計課"], (kpi((2023, 0), (2028, 30)),)),
    item("1-2-1", "市公式ＬＩＮＥの活用", ["広報広聴課"], (kpi((2023, 8200), (2028, 20000)),)),
    item("2-1-1", "ＡＩ－ＯＣＲ・ＲＰＡの導入", ["デジタル推進課"], (kpi((2023, 0), (2028, 3000)),)),
    item("2-1-2", "電子決裁の推進", ["総務課"], (kpi((2023, 32.5), (2028, 90)),)),
    item(
        "3-1-1",
        "高齢者向けスマホ相談会の開催",
        ["高齢福祉課", "生涯学習課"],
        (kpi((2023, 150), (2028, 1200)),),
    ),
]

#: 霧島台町 令和６年度進捗管理表 as pdftotext -layout prints it, saved without its form feeds: (R4) (R8) (R6)
#: under 基準値 / 目標値 / 実績値 (a 目標値 column headed with its year is that year's target and the final one).
KIRISHIMADAI = [
    item(
        "1",
        "マイナンバーカードを活用した証明書のコンビニ交付",
        ["住民課"],
        (kpi((2022, 1200), (2026, 4000), ((2026, 4000),), ((2024, 2650),)),),
    ),
    item(
        "2",
        "電子申請システムの導入",
        ["総務課"],
        (kpi((2022, 0), (2026, 3000), ((2026, 3000),), ((2024, 1820),)),),
    ),
    item(
        "3",
        "公共施設予約システムの更新とオンライン決済の導入",
        ["生涯学習課"],
        (kpi((2022, 12), (2026, 60), ((2026, 60),), ((2024, 41),)),),
    ),
    item(
        "4",
        "小中学校の１人１台端末の活用促進",
        ["学校教育課"],
        (kpi((2022, 45), (2026, 90), ((2026, 90),), ((2024, 78),)),),
    ),
    item(
        "5",
        "テレワーク・Web会議環境の整備",
        ["総務課"],
        (kpi((2022, 80), (2026, 600), ((2026, 600),), ((2024, 310),)),),
    ),
    item(
        "6", "オープンデータの公開", ["企画課"], (kpi((2022, 5), (2026, 50), ((2026, 50),), ((2024, 22),)),)
    ),
    item(
        "7",
        "防災アプリによる避難情報の配信",
        ["危機管理課"],
        (kpi((2022, 0), (2026, 5000), ((2026, 5000),), ((2024, 3480),)),),
    ),
]

#: 鳴沢村情報化推進計画: 「・取組（担当：課）」 bullets, 「→ 目標：名　値（令和８年度）」, no numbers, no 現状値.
NARUSAWA = [
    item(None, "村ホームページのスマートフォン対応", ["総務課"], (kpi(None, (2026, 120000)),)),
    item(None, "各種申請の電子化", ["住民福祉課"], (kpi(None, (2026, 30)),)),
    item(None, "高齢者の見守りセンサーの設置", ["住民福祉課", "保健センター"], (kpi(None, (2026, 60)),)),
    item(None, "会議資料のペーパーレス化", ["総務課"], (kpi(None, (2026, 30)),)),
    item(None, "財務会計システムのクラウド化", ["会計室"]),
]

#: 千鳥市デジタル化推進計画 工程表: 番号 | 取組 | 担当課 | R6 … R9 marked ●（実施） →（継続） ━（検討・準備）.
CHIDORI = [
    item("1-1", "証明書のオンライン請求", ["市民課"], schedule=years(2024, 2027)),
    item("1-2", "キャッシュレス決済の拡大", ["会計課"], schedule=years(2024, 2027)),
    item("1-3", "オンライン相談の実施", ["福祉総務課"], schedule=years(2024, 2027)),
    item("2-1", "庁内無線LANの整備", ["情報政策課"], schedule=years(2024, 2025)),
    item("2-2", "RPAによる業務の自動化", ["情報政策課", "財政課"], schedule=years(2025, 2027)),
    item("2-3", "電子契約の導入", ["契約検査課"], schedule=years(2026, 2027)),
    item("3-1", "デジタル人材の育成", ["人事課"], schedule=years(2024, 2027)),
]

#: 常盤町DX推進計画: 「１　取組名（担当課：…）」 paragraphs, each 【目標】 a sentence with the years and
#: both figures (「令和１１年度までに、…現在の１２手続から６０手続に」「…５か所にします。（令和６年度：０か所）」).
TOKIWA = [
    item("1", "電子申請の推進", ["総務課"], (kpi((None, 12), (2029, 60)),)),  # type: ignore[arg-type]  # 「現在の」: no year
    item("2", "窓口での支払いのキャッシュレス化", ["住民課", "会計室"], (kpi((2024, 0), (2027, 5)),)),
    item("3", "ＧＩＧＡスクール端末の更新", ["教育総務課"], (kpi((2024, 25), (2029, 80)),)),
    item("4", "防災情報のプッシュ配信", ["防災安全課"], (kpi((2024, 950), (2029, 3000)),)),
    item("5", "職員のデジタル研修", ["総務課"]),
]

#: 花水木市 実施計画 as markdown: a table under each 「## 基本目標」 heading, a 事業費 column, a 再掲 row.
HANAMIZUKI = [
    item("1", "公共施設予約システムの導入", ["生涯学習課"], (kpi((2024, 0), (2028, 70), ((2028, 70),)),)),
    item("2", "市税のスマートフォン決済", ["納税課"], (kpi((2024, 3500), (2028, 15000), ((2028, 15000),)),)),
    item("3", "図書館の電子書籍サービス", ["中央図書館"], (kpi((2024, 0), (2028, 8000), ((2028, 8000),)),)),
    item("4", "生成AIの業務活用", ["デジタル戦略課"], (kpi((2024, 40), (2028, 600), ((2028, 600),)),)),
    item(
        "5",
        "公共施設予約システムの導入",
        ["生涯学習課"],
        (kpi((2024, 0), (2028, 70), ((2028, 70),)),),
        repost_of="1",
    ),
    item(
        "6",
        "庶務事務システムの導入",
        ["人事課", "デジタル戦略課"],
        (kpi((2024, 9000), (2028, 500), ((2028, 500),)),),
    ),
]

#: 実野里市ＤＸ推進アクションプラン: Ⅰ > 施策１－１ with ◇担当 / ◇スケジュール 「R6：… → R7：… → R8～：…」 /
#: ◇成果指標 「R5：2,400件 → R9：12,000件」, two indicators numbered ① ② on lines of their own. The plan
#: states no period; its targets are for R9, so the plan runs to R9 and 「R8～：運用」 is R8 and R9 (85万件 is
#: 85 in 万件, as written).
MINORI = [
    item(
        "1-1",
        "手続のオンライン化",
        ["市民課", "デジタル推進課"],
        (kpi((2023, 2400), (2027, 12000)),),
        years(2024, 2027),
    ),
    item(
        "1-2", "情報発信の強化", ["広報課"], (kpi((2023, 85), (2027, 120)),), years(2024, 2027)
    ),  # 万件 as written
    item(
        "2-1",
        "業務の自動化",
        ["デジタル推進課"],
        (kpi((2023, 3), (2027, 30)), kpi((2023, 500), (2027, 6000))),
        years(2024, 2027),
    ),
    item("2-2", "働き方改革", ["人事課"], (kpi((2023, 30), (2027, 300)),), years(2025, 2027)),
]

#: かえで町地域情報化計画: 「取組１」 blocks, 「【現状値】R5　18％　【目標値】R9　40％　（指標：…）」 on one line,
#: 【工程】 「R6 準備　R7 開始　R8～R9 利用促進」.
KAEDE = [
    item("1", "住民票等のコンビニ交付", ["住民生活課"], (kpi((2023, 18), (2027, 40)),), years(2024, 2027)),
    item("2", "町ホームページの多言語化", ["企画課"], (kpi((2023, 0), (2027, 5)),), years(2024, 2026)),
    item(
        "3", "公共施設Wi-Fiの整備", ["総務課", "教育委員会"], (kpi((2023, 6), (2027, 20)),), years(2024, 2027)
    ),
    item("4", "農業用ドローンの導入支援", ["産業振興課"], (kpi((2023, 2), (2027, 12)),), years(2025, 2027)),
]

#: さくらんぼ市's 施策評価 CSV from its evaluation system: one row an indicator, 施策コード repeated.
SAKURANBO = [
    item(
        "A-01",
        "行政手続のオンライン化",
        ["デジタル推進課"],
        (
            kpi(None, (2024, 3000), ((2024, 3000),), ((2022, 1200), (2023, 2100), (2024, 2850))),
            kpi(None, (2024, 90), ((2024, 90),), ((2022, 40), (2023, 65), (2024, 88))),
        ),
    ),
    item(
        "A-02",
        "キャッシュレス決済の導入",
        ["会計課"],
        (kpi(None, (2024, 8), ((2024, 8),), ((2022, 0), (2023, 3), (2024, 8))),),
    ),
    item(
        "B-01",
        "テレワークの推進",
        ["人事課"],
        (kpi(None, (2024, 100), ((2024, 100),), ((2022, 25), (2023, 60), (2024, 74))),),
    ),
    item(
        "B-02",
        "RPAの活用",
        ["デジタル推進課"],
        (
            kpi(None, (2024, 1500), ((2024, 1500),), ((2022, 300), (2023, 900), (2024, 1620))),
            kpi(None, (2024, 15), ((2024, 15),), ((2022, 4), (2023, 9), (2024, 16))),
        ),
    ),
    item(
        "C-01",
        "デジタル人材の育成",
        ["人事課"],
        (kpi(None, (2024, 200), ((2024, 200),), ((2022, 80), (2023, 150), (2024, 210))),),
    ),
]

PLANS: dict[str, tuple[str, list[dict[str, Any]]]] = {
    "shiun_word_outline.txt": ("紫雲市", SHIUN),
    "kirishimadai_shinchoku_layout.txt": ("霧島台町", KIRISHIMADAI),
    "narusawa_mura_bullets.txt": ("鳴沢村", NARUSAWA),
    "chidori_kouteihyou.txt": ("千鳥市", CHIDORI),
    "tokiwa_sentences.txt": ("常盤町", TOKIWA),
    "hanamizuki_markdown.txt": ("花水木市", HANAMIZUKI),
    "minori_shisaku_arrows.txt": ("実野里市", MINORI),
    "kaede_torikumi.txt": ("かえで町", KAEDE),
}


def expected(name: str) -> dict[str, Any]:
    """The expected plan of document ``name`` in the form ``scoring.score`` takes."""
    return {"initiatives": PLANS[name][1]}
