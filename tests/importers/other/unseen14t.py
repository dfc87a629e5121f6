"""A fourteenth batch of text plans no reader was written against: plans as text extracted from their PDFs, in shapes
municipalities publish that earlier batches did not have.

Written from what municipalities publish, before any reader was looked at (the readers' code was not read):

- 鹿ノ台市's 第６次総合計画 実施計画 (``shikanodai_jisshi_jigyohi.txt``): an extract where the DX 施策 (３－４) is one
  施策 among others (３－３ and ３－５ around it), each 施策 with 【施策の目標】, a 施策-level 【成果指標】 table
  「指標名 | 現状値（R5） | 目標値（R9）」 (「90.0％以下」) and 【主な事業】 「担当課 | 事業名 | 事業の内容 | 事業費（千円）
  R7 R8 R9」 — 担当課 at the far left, 事業の内容 wrapped onto continuation lines, a second 課 on the continuation line
  (ＡＩ・ＲＰＡ活用事業), 「－」 for a year without money, 【新】 marks; 「－ 48 －」 and a running header between 施策;
- 山桜町's 第３次情報化計画 (``yamazakura_juten_maru.txt``): 「重点プロジェクト１」… headings, each a small table
  「取組 | 内容 | 担当 | 年次計画」 over 「R7 R8 R9」 whose year cells hold 「○」 (an empty cell no step, trailing empty
  cells dropped by the extraction), 内容 wrapped, 担当 「税務課・会計室」 once wrapped 「健康福祉課・ / 生涯学習課」, once
  (電子決裁の導入) printed on the continuation line; unnumbered 取組; a 【プロジェクトの目標】 per project;
- 遠見ヶ原広域連合's 自治体情報システム共同化・ＤＸ推進計画 (``tomigahara_kouiki_koseishicho.txt``): a 広域連合 of
  岩瀬野市・小笠町・川霧町・花守村 whose table 「No. | 取組 | 担当 | 成果指標 | 現状値（R5末） | 目標値（R10末） | R7 … R10」
  names, as 担当, the 構成市町村 that carry a 取組 out (「岩瀬野市・小笠町」, all four wrapped onto a continuation line)
  or 「連合事務局」; 【柱１】 rows, 「◎」「●」 years, a table of the 構成市町村's figures before it (no initiatives);
- 鳩ヶ丘市's ＤＸ推進計画 (``hatogaoka_seika_shihyo_sho.txt``): 第４章 「取組1-1　…」 blocks (「担当課：…、関係各課」,
  prose, 「実施年度：令和７年度～令和10年度」) and a separate 第５章 成果指標 of lines 「指標1　… 現状値（R5）180手続 →
  目標値（R10）600手続（関連取組：1-1、1-2）」 — one 指標 linked to several 取組, a 取組 with two 指標 or none, one
  「（関連取組：1-4）」 wrapped onto a line of its own;
- 水鏡市's 情報化推進計画 中間評価報告書 (``mizukagami_chukan_hyoka.txt``): a summary table of 評価 counts (no
  initiatives), then per 取組 a block 「取組番号　１－１ / 取組名 / 担当課 / 計画内容 / 実施状況 / 評価　Ａ / 課題と今後の方向性
  / 成果指標　…（手続）」 and a small table 「基準値（R4） R5 R6 R7 R8」 over 「目標」「実績」 rows (「－」 not yet); one
  取組 of two indicators 「成果指標①」「成果指標②」; the page turning between blocks under a running header;
- 大鳥市 (a 政令指定都市)'s ＤＸ推進プラン (``otori_seirei_english.txt``): English and Japanese mixed —
  「施策No. | Project | 担当 Dept. | KPI | Baseline (FY2023) | Milestone (FY2027) | KPI (FY2030) | Period」, 施策No.
  「1-01」, the English project name on a continuation line, 担当 「局 課」 (「デジタル戦略局 DX推進課」「財政局
  税制課・会計室」), units in English (「1,250 pages」「4 services」), 「Period」 「FY2025–2028」, 「Policy 1」 rows;
- 紺野町's ＤＸ推進計画 (``konno_cho_torikumi_maru.txt``): 「取組①」…「取組⑮」 under 基本方針Ⅰ–Ⅲ, each a paragraph,
  「◆目標」 (a state, and an indicator 「… 現状：25手続（R6）→目標：100手続（R10）」 on the next line or the same one),
  「◆担当」 and 「◆工程　R7 検討 ▶ R8 構築 ▶ R9〜 運用」; a 取組 split by a page break before its 工程; a 目標 with no
  figure; 「現状：－（R6）」; one 取組 of two indicators;
- 栗ノ木村's 情報化推進計画 (``kurinoki_mura_list.txt``): a plain list of 22 「１．電子申請の拡充（総務課）」, one or two
  lines of prose, 「目標：R10までに100手続」 (「R8までに導入」 and 「印刷枚数を半減」 no figure; 「（R6：8％）」 the
  current value), 「－ 1 －」 between items.

``PLANS[name]`` is the plan each document states, by the earlier batches' conventions: a target column headed with its
year in a table of a row an initiative (遠見ヶ原広域連合, 大鳥市) is that year's target and the final one (大鳥市's
Milestone (FY2027) a target of its own); yearly targets each year's, the last the final one (水鏡市); a 目標値 with its
year in an item's lines the final target alone (鳩ヶ丘市, 紺野町, 栗ノ木村 「R10までに100手続」); 実績 each year's
actual, the 実績 under 基準値（R4） the baseline. A 施策's or a 重点プロジェクト's own indicator is no 取組's (鹿ノ台市,
山桜町). An indicator listed apart with 「関連取組：1-1、1-2」 is each of those 取組's (鳩ヶ丘市). Who carries a 取組
out is its 担当課 as written: a 広域連合's 構成市町村 named as 担当 are its 担当 (「岩瀬野市・小笠町」 is ["岩瀬野市",
"小笠町"]), 「連合事務局」 is ["連合事務局"]; a 政令市's 「局 課」 is the 課; 「関係各課」 is a 関係課, no 担当課 (as 日田市's). A plan
without its own numbers for its 取組 (鹿ノ台市's 事業, 山桜町) has none; 「取組①」 is 1, 「１－１」 1-1, 「1-01」 1-01.
A schedule is the years a step, 「○」「●」「◎」 or a Period is stated for, 「R9〜」 the years to the plan's end.
事業費 is not scored (``BUDGETS``). ``document(name)`` is the file as uploaded (bytes).
"""

from __future__ import annotations

from typing import Any

from .unseen import HERE, item, kpi, years

# --- 鹿ノ台市: 総合計画 実施計画, 担当課 at the far left, 事業費 by year ----------------------------------------

SHIKANODAI = [
    item(None, "行政評価推進事業", ["行政改革課"]),
    item(None, "公会計整備事業", ["財政課"]),
    item(None, "公共施設マネジメント推進事業", ["資産経営課"]),
    item(None, "公共施設予約管理事業", ["資産経営課"]),
    item(None, "人材育成推進事業", ["人事課"]),
    item(None, "電子申請推進事業", ["デジタル推進課"]),
    item(None, "基幹業務システム標準化事業", ["デジタル推進課"]),
    item(None, "書かない窓口導入事業", ["市民課"]),
    item(None, "証明書コンビニ交付事業", ["市民課"]),
    item(None, "キャッシュレス納付推進事業", ["収納課"]),
    item(None, "ＡＩ・ＲＰＡ活用事業", ["デジタル推進課", "行政改革課"]),
    item(None, "生成ＡＩ活用推進事業", ["デジタル推進課"]),
    item(None, "テレワーク推進事業", ["人事課"]),
    item(None, "電子決裁・文書管理事業", ["総務課"]),
    item(None, "情報セキュリティ対策事業", ["デジタル推進課"]),
    item(None, "広報紙発行事業", ["広報課"]),
    item(None, "ホームページ再構築事業", ["広報課"]),
    item(None, "ＬＩＮＥ情報発信事業", ["広報課"]),
    item(None, "市民意見公募事業", ["市民協働課"]),
]

#: 鹿ノ台市's 事業費 (千円) by year, R7–R9 (「－」 none), and the 事業 marked 【新】.
SHIKANODAI_BUDGETS: dict[str, tuple[int | None, int | None, int | None]] = {
    "行政評価推進事業": (1240, 1240, 1240),
    "公会計整備事業": (3850, 3850, 3850),
    "公共施設マネジメント推進事業": (18200, 24600, 9800),
    "公共施設予約管理事業": (None, 4400, 2100),
    "人材育成推進事業": (6720, 6720, 6900),
    "電子申請推進事業": (8600, 8600, 8900),
    "基幹業務システム標準化事業": (412000, 36500, 36500),
    "書かない窓口導入事業": (15300, 5200, 5200),
    "証明書コンビニ交付事業": (7480, 7480, 7480),
    "キャッシュレス納付推進事業": (2260, 2260, 2260),
    "ＡＩ・ＲＰＡ活用事業": (5940, 6600, 6600),
    "生成ＡＩ活用推進事業": (3300, 3300, 3300),
    "テレワーク推進事業": (1150, None, None),
    "電子決裁・文書管理事業": (None, 28900, 4100),
    "情報セキュリティ対策事業": (9870, 9870, 10200),
    "広報紙発行事業": (21600, 21600, 21600),
    "ホームページ再構築事業": (None, 16500, 1800),
    "ＬＩＮＥ情報発信事業": (990, 990, 990),
    "市民意見公募事業": (280, 280, 280),
}
SHIKANODAI_NEW = {
    "公共施設予約管理事業",
    "書かない窓口導入事業",
    "生成ＡＩ活用推進事業",
    "ホームページ再構築事業",
}


# --- 山桜町: 重点プロジェクト, a small table each, 「○」 years -------------------------------------------------

YAMAZAKURA = [
    item(None, "電子申請の拡充", ["総務課"], schedule=years(2025, 2027)),
    item(None, "証明書のコンビニ交付", ["町民課"], schedule=years(2025, 2027)),
    item(None, "公金のキャッシュレス納付", ["税務課", "会計室"], schedule=years(2026, 2027)),
    item(None, "オンライン相談の実施", ["健康福祉課"], schedule=years(2026, 2027)),
    item(None, "町公式ＬＩＮＥの活用", ["企画課"], schedule=years(2025, 2027)),
    item(None, "ホームページのリニューアル", ["企画課"], schedule=years(2025, 2026)),
    item(None, "防災情報のプッシュ配信", ["総務課"], schedule=years(2025, 2027)),
    item(None, "基幹業務システムの標準化", ["総務課"], schedule=(2025,)),
    item(None, "ＲＰＡ・ＡＩ－ＯＣＲの導入", ["総務課"], schedule=years(2026, 2027)),
    item(None, "ペーパーレス会議の推進", ["総務課", "議会事務局"], schedule=years(2025, 2027)),
    item(None, "電子決裁の導入", ["総務課"], schedule=years(2026, 2027)),
    item(None, "職員のデジタル研修", ["総務課"], schedule=years(2025, 2027)),
    item(None, "スマホ相談会の開催", ["健康福祉課", "生涯学習課"], schedule=years(2025, 2027)),
    item(None, "高齢者見守りサービス", ["健康福祉課"], schedule=years(2026, 2027)),
    item(None, "学校ＩＣＴの活用", ["教育委員会"], schedule=years(2025, 2027)),
    item(None, "スマート農業の支援", ["産業振興課"], schedule=years(2025, 2027)),
    item(None, "観光Ｗｉ－Ｆｉの整備", ["産業振興課"], schedule=(2025,)),
]

#: 山桜町's sections: each 重点プロジェクト's title and its 取組.
YAMAZAKURA_PROJECTS = {
    "役場に来なくてもできる手続": [
        "電子申請の拡充",
        "証明書のコンビニ交付",
        "公金のキャッシュレス納付",
        "オンライン相談の実施",
    ],
    "町民に届く情報発信": ["町公式ＬＩＮＥの活用", "ホームページのリニューアル", "防災情報のプッシュ配信"],
    "スマートな役場づくり": [
        "基幹業務システムの標準化",
        "ＲＰＡ・ＡＩ－ＯＣＲの導入",
        "ペーパーレス会議の推進",
        "電子決裁の導入",
        "職員のデジタル研修",
    ],
    "デジタルで支える地域の暮らし": [
        "スマホ相談会の開催",
        "高齢者見守りサービス",
        "学校ＩＣＴの活用",
        "スマート農業の支援",
        "観光Ｗｉ－Ｆｉの整備",
    ],
}


# --- 遠見ヶ原広域連合: 構成市町村 as 担当, 「◎」「●」 years ---------------------------------------------------------


def _tomi(base: float, target: float) -> dict[str, Any]:
    """現状値（R5末） 2023, 目標値（R10末） 2028's target and the final one."""
    return kpi((2023, base), (2028, target), ((2028, target),))


_ALL = ["岩瀬野市", "小笠町", "川霧町", "花守村"]
_R7_R10 = years(2025, 2028)

TOMIGAHARA = [
    item("1", "基幹業務システムの標準化・共同利用", ["連合事務局"], (_tomi(0, 20),), _R7_R10),
    item("2", "ガバメントクラウドへの移行", ["連合事務局"], (_tomi(0, 24),), _R7_R10),
    item("3", "共同利用ネットワークの更新", ["連合事務局"], (_tomi(14, 2),), years(2026, 2028)),
    item("4", "情報セキュリティ監査の共同実施", ["連合事務局", *_ALL], (_tomi(1, 4),), _R7_R10),
    item("5", "電子申請システムの共同利用", ["岩瀬野市", "小笠町"], (_tomi(127, 480),), _R7_R10),
    item("6", "コンビニ交付サービスの導入", ["川霧町", "花守村"], (_tomi(2, 4),), years(2026, 2028)),
    item("7", "書かない窓口の導入", ["岩瀬野市"], (_tomi(0, 40),), _R7_R10),
    item("8", "公金収納のキャッシュレス化", ["岩瀬野市", "小笠町", "川霧町"], (_tomi(9, 36),), _R7_R10),
    item("9", "施設予約システムの共同利用", ["小笠町", "川霧町"], (_tomi(12, 58),), years(2026, 2028)),
    item("10", "防災情報の一斉配信", ["花守村"], (_tomi(310, 900),), _R7_R10),
    item("11", "高齢者のデジタル活用支援", ["岩瀬野市", "花守村"], (_tomi(140, 600),), _R7_R10),
    item("12", "オープンデータの共同公開", ["連合事務局"], (_tomi(18, 120),), _R7_R10),
    item("13", "職員のデジタル人材育成", ["連合事務局"], (_tomi(96, 500),), _R7_R10),
]


# --- 鳩ヶ丘市: 取組 blocks, and their 指標 in a chapter of their own (関連取組) -------------------------------------


def _hato(base: float, target: float) -> dict[str, Any]:
    """現状値（R5） 2023, 目標値（R10） the final target alone."""
    return kpi((2023, base), (2028, target))


_ONLINE, _USE, _WAIT, _CASHLESS = _hato(180, 600), _hato(21.0, 50.0), _hato(28, 10), _hato(6, 40)
_HOURS, _APPROVAL, _CLASSES = _hato(2600, 15000), _hato(12.5, 90.0), _hato(420, 1500)
_ICT, _APP = _hato(64.0, 100), _hato(8900, 25000)

HATOGAOKA = [
    item("1-1", "行政手続のオンライン化", ["デジタル推進課"], (_ONLINE, _USE), years(2025, 2028)),
    item("1-2", "マイナンバーカードの利活用", ["市民課"], (_ONLINE,), years(2025, 2028)),
    item("1-3", "書かない・待たない窓口", ["市民課", "デジタル推進課"], (_WAIT,), years(2026, 2028)),
    item("1-4", "キャッシュレス決済の拡大", ["会計課", "収納課"], (_CASHLESS,), years(2025, 2027)),
    item("2-1", "基幹業務システムの標準化", ["デジタル推進課"], (_HOURS,), (2025,)),
    item("2-2", "ＡＩ・ＲＰＡの活用", ["行政改革課"], (_HOURS,), years(2025, 2028)),
    item("2-3", "ペーパーレス化と電子決裁", ["総務課"], (_HOURS, _APPROVAL), years(2026, 2028)),
    item("2-4", "データに基づく政策立案", ["企画政策課"], (), years(2026, 2028)),
    item("3-1", "デジタル活用支援", ["高齢福祉課", "生涯学習課"], (_CLASSES, _APP), years(2025, 2028)),
    item("3-2", "学校教育の情報化", ["学校教育課"], (_ICT,), years(2025, 2028)),
    item("3-3", "防災・減災のデジタル化", ["危機管理課"], (_APP,), years(2025, 2026)),
]


# --- 水鏡市: 中間評価, a block per 取組, 目標・実績 by year ---------------------------------------------------------


def _mizu(base: float, targets: tuple[float, float, float, float], r5: float, r6: float) -> dict[str, Any]:
    """基準値（R4） the 2022 baseline (its 実績), 目標 R5–R8 each year's (R8 the final), 実績 R5 and R6."""
    yearly = tuple(zip((2023, 2024, 2025, 2026), targets, strict=True))
    return kpi((2022, base), yearly[-1], yearly, ((2023, r5), (2024, r6)))


MIZUKAGAMI = [
    item("1-1", "電子申請の推進", ["情報政策課"], (_mizu(31, (60, 90, 120, 150), 64, 93),)),
    item("1-2", "証明書のコンビニ交付", ["市民課"], (_mizu(9.8, (15.0, 20.0, 25.0, 30.0), 13.6, 18.1),)),
    item("1-3", "キャッシュレス決済の導入", ["会計課", "税務課"], (_mizu(0, (2, 5, 8, 10), 0, 3),)),
    item("1-4", "オンライン相談の実施", ["福祉課"], (_mizu(0, (50, 100, 150, 200), 4, 11),)),
    item(
        "2-1",
        "ＲＰＡの導入",
        ["行政経営課"],
        (_mizu(2, (5, 10, 15, 20), 8, 14), _mizu(310, (800, 1600, 2400, 3200), 1150, 2480)),
    ),
    item("2-2", "テレワークの推進", ["職員課"], (_mizu(22, (60, 120, 180, 240), 71, 104),)),
    item("2-3", "会議のペーパーレス化", ["総務課"], (_mizu(284, (260, 240, 220, 200), 251, 246),)),
    item(
        "3-1", "スマホ教室の開催", ["生涯学習課", "高齢福祉課"], (_mizu(85, (200, 300, 400, 500), 236, 352),)
    ),
    item(
        "3-2",
        "防災情報の多様な配信",
        ["危機管理課"],
        (_mizu(6240, (9000, 12000, 15000, 18000), 8110, 10530),),
    ),
    item("3-3", "オープンデータの公開", ["情報政策課"], (_mizu(24, (40, 60, 80, 100), 45, 58),)),
]

#: 水鏡市's 評価 of each 取組.
MIZUKAGAMI_GRADES = {
    "1-1": "Ａ",
    "1-2": "Ｂ",
    "1-3": "Ｃ",
    "1-4": "Ｄ",
    "2-1": "Ａ",
    "2-2": "Ｂ",
    "2-3": "Ｂ",
    "3-1": "Ａ",
    "3-2": "Ｃ",
    "3-3": "Ｂ",
}


# --- 大鳥市: a 政令市's bilingual table, 「局 課」, FY years -------------------------------------------------------


def _otori(base: float, milestone: float, target: float) -> dict[str, Any]:
    """Baseline (FY2023), Milestone (FY2027) a target, KPI (FY2030) that year's target and the final one."""
    return kpi((2023, base), (2030, target), ((2027, milestone), (2030, target)))


_FY25_30 = years(2025, 2030)

OTORI = [
    item("1-01", "行政手続のオンライン化", ["DX推進課"], (_otori(420, 1000, 1800),), _FY25_30),
    item("1-02", "区役所窓口のスマート化", ["区政推進課"], (_otori(32, 20, 10),), years(2025, 2028)),
    item("1-03", "マイナンバーカードの利活用", ["戸籍住民課"], (_otori(35, 120, 250),), _FY25_30),
    item("1-04", "キャッシュレス決済の推進", ["税制課", "会計室"], (_otori(18.5, 35.0, 50.0),), _FY25_30),
    item(
        "1-05",
        "子育て手続のワンストップ化",
        ["こども福祉課", "保育課"],
        (_otori(40, 80, 100),),
        years(2026, 2029),
    ),
    item("1-06", "多言語での情報発信", ["広報課"], (_otori(1250, 3000, 5000),), _FY25_30),
    item("2-01", "基幹業務システムの標準化", ["情報システム課"], (_otori(0, 20, 20),), years(2025, 2026)),
    item("2-02", "生成AIの全庁活用", ["DX推進課"], (_otori(0, 60000, 150000),), _FY25_30),
    item("2-03", "ペーパーレス・電子決裁", ["文書法制課"], (_otori(46.2, 85.0, 95.0),), years(2025, 2027)),
    item("2-04", "データ利活用の推進", ["データ活用推進課"], (_otori(3, 15, 30),), _FY25_30),
    item("2-05", "DX人材の育成", ["人材育成課"], (_otori(380, 2000, 4500),), _FY25_30),
    item("3-01", "スマートシティの推進", ["スマートシティ推進課"], (_otori(4, 15, 30),), _FY25_30),
    item("3-02", "防災DX", ["防災企画課"], (_otori(85000, 200000, 300000),), _FY25_30),
    item(
        "3-03",
        "デジタルデバイド対策",
        ["地域活動推進課", "地域振興課"],
        (_otori(2400, 6000, 8000),),
        _FY25_30,
    ),
    item("3-04", "オープンデータの推進", ["データ活用推進課"], (_otori(620, 1200, 2000),), _FY25_30),
]


# --- 紺野町: 取組①…⑮, ◆目標 ◆担当 ◆工程 「R7 検討 ▶ R8 構築 ▶ R9〜 運用」 -----------------------------------------


def _konno(base: float | None, target: float) -> dict[str, Any]:
    """現状（R6） 2024 (「－」 none), 目標（R10） the final target alone."""
    return kpi((2024, base) if base is not None else None, (2028, target))


KONNO = [
    item("1", "電子申請の拡充", ["総務課"], (_konno(25, 100),), _R7_R10),
    item("2", "書かない窓口", ["住民課"], (_konno(0, 30),), _R7_R10),
    item("3", "コンビニ交付の利用促進", ["住民課"], (_konno(7.5, 25.0),), _R7_R10),
    item("4", "キャッシュレス決済", ["会計室", "住民課"], (_konno(1, 12),), _R7_R10),
    item("5", "町公式アプリ", ["企画課"], (_konno(None, 3000),), years(2026, 2028)),
    item("6", "オンライン診療・相談の支援", ["保健福祉課"], (_konno(0, 240),), _R7_R10),
    item("7", "基幹業務システムの標準化", ["総務課"], (), (2025,)),
    item("8", "ＡＩ・ＲＰＡの活用", ["総務課"], (_konno(120, 1200),), _R7_R10),
    item("9", "ペーパーレス会議", ["総務課", "議会事務局"], (_konno(18, 6),), _R7_R10),
    item("10", "テレワーク・Ｗｅｂ会議", ["総務課"], (_konno(140, 400),), _R7_R10),
    item("11", "職員のデジタル研修", ["総務課"], (_konno(45, 100),), _R7_R10),
    item("12", "スマホ教室・相談会", ["保健福祉課", "教育委員会"], (_konno(60, 300),), _R7_R10),
    item("13", "学校のＩＣＴ活用", ["教育委員会"], (_konno(70, 100),), _R7_R10),
    item("14", "防災情報の配信", ["総務課"], (_konno(860, 2000),), _R7_R10),
    item("15", "農業・観光のデジタル化", ["産業振興課"], (_konno(3, 20), _konno(30, 80)), years(2026, 2028)),
]


# --- 栗ノ木村: a plain list 「１．…（総務課）」, 「目標：R10までに100手続」 ------------------------------------------


def _kuri(fy: int, target: float, base: float | None = None) -> tuple[dict[str, Any]]:
    """「目標：R10までに…」 that year's final target alone; 「（R6：…）」 the 2024 baseline."""
    return (kpi((2024, base) if base is not None else None, (fy, target)),)


KURINOKI = [
    item("1", "電子申請の拡充", ["総務課"], _kuri(2028, 100)),
    item("2", "証明書のコンビニ交付", ["住民課"]),
    item("3", "窓口のキャッシュレス化", ["住民課", "会計室"], _kuri(2028, 5)),
    item("4", "村税のスマホ納付", ["税務課"], _kuri(2028, 30, 8)),
    item("5", "村ホームページの改善", ["総務課"]),
    item("6", "防災メールの登録促進", ["総務課"], _kuri(2028, 1200, 480)),
    item("7", "基幹業務システムの標準化", ["総務課"], _kuri(2025, 20)),
    item("8", "ＲＰＡの導入", ["総務課"], _kuri(2028, 500)),
    item("9", "ペーパーレス会議", ["総務課", "議会事務局"]),
    item("10", "電子決裁の導入", ["総務課"], _kuri(2027, 80)),
    item("11", "職員のデジタル研修", ["総務課"]),
    item("12", "テレワーク環境の整備", ["総務課"], _kuri(2026, 20)),
    item("13", "スマホ教室の開催", ["保健福祉課", "教育委員会"], _kuri(2028, 400)),
    item("14", "高齢者見守りサービス", ["保健福祉課"], _kuri(2028, 60)),
    item("15", "オンライン診療の支援", ["保健福祉課"]),
    item("16", "小中学校のＩＣＴ活用", ["教育委員会"]),
    item("17", "村営バスのデジタル化", ["企画課"], _kuri(2028, 50, 0)),
    item("18", "観光情報の発信", ["産業振興課"], _kuri(2028, 5000)),
    item("19", "スマート農業の支援", ["産業振興課"], _kuri(2028, 15)),
    item("20", "ふるさと納税のオンライン化", ["企画課"], _kuri(2028, 3000, 1150)),
    item("21", "公共施設のＷｉ－Ｆｉ整備", ["総務課"], _kuri(2026, 8)),
    item("22", "オープンデータの公開", ["総務課"], _kuri(2028, 30)),
]


PLANS: dict[str, tuple[str, list[dict[str, Any]]]] = {
    "shikanodai_jisshi_jigyohi.txt": ("鹿ノ台市", SHIKANODAI),
    "yamazakura_juten_maru.txt": ("山桜町", YAMAZAKURA),
    "tomigahara_kouiki_koseishicho.txt": ("遠見ヶ原広域連合", TOMIGAHARA),
    "hatogaoka_seika_shihyo_sho.txt": ("鳩ヶ丘市", HATOGAOKA),
    "mizukagami_chukan_hyoka.txt": ("水鏡市", MIZUKAGAMI),
    "otori_seirei_english.txt": ("大鳥市", OTORI),
    "konno_cho_torikumi_maru.txt": ("紺野町", KONNO),
    "kurinoki_mura_list.txt": ("栗ノ木村", KURINOKI),
}

#: The plan period each document states (fiscal years).
PERIODS: dict[str, tuple[int, int]] = {
    "shikanodai_jisshi_jigyohi.txt": (2025, 2027),
    "yamazakura_juten_maru.txt": (2025, 2027),
    "tomigahara_kouiki_koseishicho.txt": (2025, 2028),
    "hatogaoka_seika_shihyo_sho.txt": (2025, 2028),
    "mizukagami_chukan_hyoka.txt": (2023, 2026),
    "otori_seirei_english.txt": (2025, 2030),
    "konno_cho_torikumi_maru.txt": (2025, 2028),
    "kurinoki_mura_list.txt": (2025, 2028),
}


def document(name: str) -> bytes:
    """The file ``name`` as a user uploads it: the bytes in this folder."""
    return (HERE / name).read_bytes()


def expected(name: str) -> dict[str, Any]:
    """The expected plan of document ``name`` in the form ``scoring.score`` takes."""
    return {"initiatives": PLANS[name][1]}
