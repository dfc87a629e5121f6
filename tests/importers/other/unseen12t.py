"""A twelfth batch of text plans no reader was written against: plans as text extracted from their PDFs.

Written from what municipalities publish, before any reader was looked at (the readers' code was not read):

- 雲雀野市's 第２次地域情報化計画 (``hibarino_chiiki_johoka.txt``): a cover, 目次, two chapters of prose with figures
  of their own (「72.4％」「11項目（57.9％）」), a 施策の体系 table 「基本目標 | 施策」 listing the 施策 a second
  time, then per 基本目標 its 施策 「１－１　行政手続のオンライン化」 each a block 【施策の方向】 (prose with a figure
  「86手続」 that is no KPI) 【主な取組】 (bullets, no initiatives) 【担当】 (「高齢福祉課／生涯学習課」 once), and at
  the end of each 基本目標 its KPI table 「施策 | 成果指標 | 現状値（令和５年度） | 目標値（令和11年度）」 joined to the
  施策 by 「1-1」 (a 施策 of two indicator rows, the second with its 施策 cell empty); 「- 7 -」 page numbers;
- 霞野市's 自治体ＤＸ推進計画 (``kasumino_lettered.txt``): 取組 lettered by 柱 「A-1」「B-1」「C-1」, an overview table
  「番号 | 取組名 | 担当課 | 重点」 with ★ before the details (whose 担当課 for A-4 and C-1 name a second 課 the
  overview leaves out: the detail wins), each detail 「★A-1　書かない窓口の導入」, 「担当課：…」, 【取組内容】, a one-line
  【KPI】 「…　12手続（R6）→ 80手続（R10）」 (once a chain of three) and a 【スケジュール】 table 「R7 R8 R9 R10」 with
  steps, 「→」 and 「―」;
- 葵川市's 情報化実施計画 (``aoigawa_jisshi_two_rows.txt``): one tab-separated table, a header of two lines, 分野 rows
  「【分野１】…」, each 取組 two rows — No., 取組名, 担当課 and the step of each year R7–R9 on the first, the 成果指標
  with its unit in brackets 「電子申請の件数（件）」, 現状値（R6） and each year's target in the same year columns on the
  second; 「－」 for no step, no target, and (No. 9) no indicator at all;
- 蛍沢市's 令和６年度 進捗報告書 (``hotaruzawa_hokoku.txt``): a summary table 「基本方針 | 取組数 | Ａ | Ｂ | Ｃ」
  with a 合計 row (counts, no initiatives), then per 取組 「取組1-1　…」, 「担当課：…」, a table 「成果指標 |
  基準値（R4） | R5実績 | R6実績 | 目標値（R8）」 with the unit in the indicator's brackets (one 取組 of two rows),
  【令和6年度の実績】 prose with figures of its own (「6,420件で、前年度の128％」), 【評価】 Ａ/Ｂ/Ｃ, 【今後の方針】;
- 桐原市's 取組工程表 (``kirihara_kouteihyou_tanto_right.txt``): one tab-separated table 「No. | 取組 | 成果指標 |
  現状値（R6） | 目標値（R11） | R7 … R11 | 担当課」 — the 担当課 in the last column, after the years; 基本方針 rows;
  an empty year cell for a year without a step; figures with their units 「64手続」「180万枚」;
- 小鷺町's デジタル化推進計画 (``kosagi_cho_prose.txt``): a small 町's plan in prose, 「（１）オンラインでできる手続を
  増やします」 headings (the title a sentence), a paragraph (with figures of its own: 「18の手続」「64か所」), a line
  「担当：…」 and one or two lines 「目標：…」 in several wordings (「…を、令和11年度までに60手続にします（令和６年度
  18手続）」, 「令和６年度　０手続　→　令和11年度　15手続」, 「12.0％（令和６年度）から30.0％（令和11年度）に」, a target
  without a baseline 「…を、令和11年度に年間300人にします」);
- 白銀台市's 成果指標の進捗状況 (``shiroganedai_kpi_pages.txt``): a KPI list 「No. | 取組名 | 成果指標 | 単位 | 基準値 |
  実績値 | 目標値 | | | 担当課」 over 「R5 | R6 | R7 | R8 | R9」 (a header of two lines, the units in a column of their
  own, bare figures), cut by page breaks: a running title at the top of each page after a form feed, 「- 12 -」 at
  the foot, the header repeated; 取組 5's second indicator row begins the next page with No., 取組名 and 担当課 empty;
  a title wrapped in its cell 「マイナンバーカードを活用 した手続の拡大」; a 基準値 「－」.

``PLANS[name]`` is the plan each document states (same form as ``unseen.PLANS``), written from the documents alone,
by the earlier batches' conventions: a target column headed with its year in a table of a row an initiative or an
indicator (雲雀野市, 桐原市) is that year's target and the final one; a 目標値 with its year in an item's KPI line or
table under its item the final target alone (霞野市, 蛍沢市, 小鷺町); yearly targets each year's, the last the final
one (葵川市, 白銀台市, 霞野市's chain 「35.0％（R6）→ 50.0％（R8）→ 70.0％（R10）」); 実績 columns each year's actual;
「320万枚」 320 in 万枚 as written. Where the 施策 is the unit that is owned and measured (雲雀野市) it is the
initiative and its 主な取組 bullets its content. A schedule is the years a step or 「→」 is stated for (「－」「―」 or an
empty cell none). ``document(name)`` is the file as uploaded (bytes).
"""

from __future__ import annotations

from typing import Any

from .unseen import HERE, item, kpi, years

# --- 雲雀野市: 施策 blocks and a KPI table at the end of each 基本目標 -------------------------------------------


def _r5_r11(base: float, target: float) -> dict[str, Any]:
    """現状値（令和５年度） 2023, 目標値（令和11年度） 2029's target and the final one."""
    return kpi((2023, base), (2029, target), ((2029, target),))


HIBARINO = [
    item("1-1", "行政手続のオンライン化", ["情報政策課", "市民課"], (_r5_r11(86, 250), _r5_r11(4100, 18000))),
    item("1-2", "窓口サービスの改善", ["市民課"], (_r5_r11(22, 10),)),
    item("1-3", "キャッシュレス決済の推進", ["会計課", "税務課"], (_r5_r11(14.2, 35.0),)),
    item("1-4", "デジタルデバイド対策", ["高齢福祉課", "生涯学習課"], (_r5_r11(320, 1500),)),
    item("2-1", "業務の効率化", ["行政管理課"], (_r5_r11(2400, 9000),)),
    item("2-2", "情報システムの標準化・共通化", ["情報政策課"], (_r5_r11(0, 20),)),
    item("2-3", "職員の働き方改革", ["人事課", "情報政策課"], (_r5_r11(85, 400), _r5_r11(38.5, 90.0))),
    item("3-1", "防災・減災の情報化", ["危機管理課"], (_r5_r11(6800, 20000),)),
    item("3-2", "地域産業のデジタル化支援", ["商工観光課", "農政課"], (_r5_r11(12, 100),)),
    item("3-3", "オープンデータの推進", ["情報政策課"], (_r5_r11(45, 150),)),
    item("3-4", "情報セキュリティの確保", ["情報政策課"], (_r5_r11(78.0, 100),)),
]


# --- 霞野市: lettered 取組 with ★, an overview table, one-line KPIs and a year table ---------------------------


def _r6_to(base: float, fy: int, target: float) -> dict[str, Any]:
    """「…（R6）→ …（R10）」 in a card: the 2024 baseline and the final target alone."""
    return kpi((2024, base), (fy, target))


KASUMINO = [
    item(
        "A-1", "書かない窓口の導入", ["市民課", "デジタル推進課"], (_r6_to(12, 2028, 80),), years(2025, 2028)
    ),
    item(
        "A-2",
        "オンライン申請の拡大",
        ["デジタル推進課"],
        (kpi((2024, 35.0), (2028, 70.0), ((2026, 50.0), (2028, 70.0))),),
        years(2025, 2028),
    ),
    item("A-3", "キャッシュレス決済の導入", ["会計課"], (_r6_to(4, 2028, 30),), years(2025, 2027)),
    item(
        "A-4",
        "公共施設予約のオンライン化",
        ["生涯学習課", "スポーツ振興課"],
        (_r6_to(0, 2028, 60),),
        years(2025, 2028),
    ),
    item(
        "A-5",
        "AIチャットボットによる問合せ対応",
        ["広報広聴課"],
        (_r6_to(0, 2028, 24000),),
        years(2026, 2028),
    ),
    item("B-1", "基幹業務システムの標準化", ["デジタル推進課"], (_r6_to(2, 2025, 20),), years(2025, 2028)),
    item("B-2", "生成AIの活用", ["デジタル推進課"], (_r6_to(8, 2028, 60),), years(2025, 2028)),
    item("B-3", "電子契約の導入", ["契約検査課"], (_r6_to(0, 2028, 400),), years(2025, 2028)),
    item("B-4", "文書の電子化とペーパーレス化", ["総務課"], (_r6_to(320, 2028, 200),), years(2025, 2028)),
    item(
        "C-1", "デジタル人材の育成", ["人事課", "デジタル推進課"], (_r6_to(15, 2028, 60),), years(2025, 2028)
    ),
    item(
        "C-2", "情報セキュリティ対策の強化", ["デジタル推進課"], (_r6_to(82, 2028, 100),), years(2025, 2028)
    ),
    item("C-3", "デジタルデバイド対策", ["地域福祉課"], (_r6_to(150, 2028, 600),), years(2025, 2028)),
]

#: 霞野市's 重点取組 (★).
KASUMINO_PRIORITY = {"A-1", "A-2", "B-1", "C-1"}


# --- 葵川市: a 実施計画 table, each 取組 two rows ---------------------------------------------------------------


def _aoi(base: float, *targets: float | None) -> dict[str, Any]:
    """現状値（R6） 2024, each year's target R7–R9 (None for 「－」), the last the final one."""
    yearly = tuple((fy, t) for fy, t in zip((2025, 2026, 2027), targets, strict=True) if t is not None)
    return kpi((2024, base), yearly[-1], yearly)


AOIGAWA = [
    item("1", "電子申請の拡充", ["情報政策課"], (_aoi(5200, 8000, 11000, 14000),), years(2025, 2027)),
    item(
        "2", "証明書のコンビニ交付の利用促進", ["市民課"], (_aoi(18.5, 24.0, 28.0, 32.0),), years(2025, 2027)
    ),
    item(
        "3",
        "窓口の混雑状況の発信",
        ["市民課", "情報政策課"],
        (_aoi(0, 6000, 9000, 12000),),
        years(2025, 2027),
    ),
    item("4", "市税のキャッシュレス納付", ["税務課"], (_aoi(21.3, 25.0, 28.0, 31.0),), years(2025, 2027)),
    item("5", "子育て支援アプリの配信", ["こども家庭課"], (_aoi(0, None, 1500, 2500),), years(2026, 2027)),
    item("6", "ＲＰＡの活用拡大", ["行政改革課"], (_aoi(3100, 4000, 5000, 6000),), years(2025, 2027)),
    item("7", "電子決裁の推進", ["総務課"], (_aoi(46.0, 60.0, 80.0, 90.0),), years(2025, 2027)),
    item("8", "Ｗｅｂ会議の活用", ["情報政策課"], (_aoi(1450, 1600, 1800, 2000),), years(2025, 2027)),
    item("9", "基幹業務システムの標準化", ["情報政策課"], (), years(2025, 2027)),
    item("10", "スマート農業の推進", ["農林振興課"], (_aoi(0, None, 10, 20),), years(2025, 2027)),
    item("11", "観光ＤＸの推進", ["観光課"], (_aoi(320, 350, 400, 450),), years(2025, 2027)),
    item(
        "12",
        "高齢者のデジタル活用支援",
        ["長寿支援課", "生涯学習課"],
        (_aoi(240, 300, 360, 420),),
        years(2025, 2027),
    ),
]


# --- 蛍沢市: a 進捗報告書, 実績・評価・今後の方針 per 取組 ------------------------------------------------------


def _hotaru(base: float, r5: float, r6: float, r8: float) -> dict[str, Any]:
    """基準値（R4） 2022, R5実績 and R6実績 the actuals, 目標値（R8） the final target alone."""
    return kpi((2022, base), (2026, r8), (), ((2023, r5), (2024, r6)))


HOTARUZAWA = [
    item("1-1", "行政手続のオンライン化", ["デジタル戦略課"], (_hotaru(38, 71, 104, 150),)),
    item("1-2", "マイナンバーカードの利活用", ["市民課"], (_hotaru(11.2, 17.8, 23.5, 30.0),)),
    item("1-3", "窓口のキャッシュレス化", ["会計課", "市民課"], (_hotaru(0, 3, 5, 15),)),
    item("1-4", "防災情報の配信強化", ["危機管理課"], (_hotaru(4300, 5900, 6800, 10000),)),
    item(
        "2-1",
        "ＲＰＡ・ＡＩ－ＯＣＲの活用",
        ["デジタル戦略課", "行政管理課"],
        (_hotaru(1500, 2800, 3900, 5000),),
    ),
    item("2-2", "会議録作成支援システムの活用", ["議会事務局", "総務課"], (_hotaru(1200, 900, 640, 400),)),
    item("2-3", "テレワークの推進", ["人事課"], (_hotaru(60, 95, 120, 250), _hotaru(40, 80, 100, 150))),
    item("3-1", "スマート農業の推進", ["農林課"], (_hotaru(5, 9, 16, 30),)),
    item("3-2", "地域の見守りのデジタル化", ["長寿福祉課"], (_hotaru(0, 20, 26, 200),)),
    item("3-3", "デジタル活用支援", ["生涯学習課"], (_hotaru(180, 310, 420, 500),)),
]

#: 蛍沢市's 【評価】 of each 取組.
HOTARUZAWA_GRADES = {
    "1-1": "Ａ",
    "1-2": "Ａ",
    "1-3": "Ｃ",
    "1-4": "Ｂ",
    "2-1": "Ａ",
    "2-2": "Ａ",
    "2-3": "Ｂ",
    "3-1": "Ｂ",
    "3-2": "Ｃ",
    "3-3": "Ａ",
}


# --- 桐原市: a 工程表 with the 担当課 in the last column --------------------------------------------------------


def _r6_r11(base: float, target: float) -> dict[str, Any]:
    """現状値（R6） 2024, 目標値（R11） 2029's target and the final one."""
    return kpi((2024, base), (2029, target), ((2029, target),))


_ALL = years(2025, 2029)

KIRIHARA = [
    item("1", "オンライン手続の拡充", ["デジタル推進課", "市民課"], (_r6_r11(64, 200),), _ALL),
    item("2", "書かない窓口の導入", ["市民課"], (_r6_r11(0, 40),), _ALL),
    item("3", "窓口キャッシュレス決済の導入", ["会計課"], (_r6_r11(2, 25),), _ALL),
    item(
        "4",
        "公共施設予約システムの更新",
        ["施設管理課", "生涯学習課"],
        (_r6_r11(18, 70),),
        years(2026, 2029),
    ),
    item("5", "ＡＩチャットボットの導入", ["広報課"], (_r6_r11(0, 30000),), _ALL),
    item("6", "基幹業務システムの標準化", ["デジタル推進課"], (_r6_r11(3, 20),), _ALL),
    item("7", "ＲＰＡ・ＡＩ－ＯＣＲの活用", ["行政改革課"], (_r6_r11(1800, 8000),), _ALL),
    item("8", "生成ＡＩの活用", ["デジタル推進課"], (_r6_r11(5, 70),), _ALL),
    item("9", "電子契約の導入", ["契約課"], (_r6_r11(0, 500),), years(2026, 2029)),
    item("10", "ペーパーレス会議の推進", ["総務課"], (_r6_r11(180, 60),), _ALL),
    item("11", "防災情報の一斉配信", ["危機管理課"], (_r6_r11(9200, 25000),), _ALL),
    item("12", "地域公共交通のデジタル化", ["交通政策課"], (_r6_r11(4100, 12000),), _ALL),
    item("13", "スマート農業の普及", ["農政課"], (_r6_r11(8, 60),), _ALL),
    item("14", "高齢者のデジタル活用支援", ["高齢福祉課", "生涯学習課"], (_r6_r11(260, 1200),), _ALL),
    item("15", "オープンデータの推進", ["デジタル推進課"], (_r6_r11(52, 200),), _ALL),
]


# --- 小鷺町: a small 町's plan in prose with 目標 lines ----------------------------------------------------------


def _r6_r11_final(base: float | None, target: float) -> dict[str, Any]:
    """A 目標 line: the 2024 baseline where stated and the 2029 final target alone."""
    return kpi((2024, base) if base is not None else None, (2029, target))


KOSAGI = [
    item("1", "オンラインでできる手続を増やします", ["総務課"], (_r6_r11_final(18, 60),)),
    item(
        "2",
        "役場の窓口をもっと便利にします",
        ["住民課"],
        (_r6_r11_final(0, 15), _r6_r11_final(9.8, 25.0)),
    ),
    item(
        "3",
        "税金や使用料の支払いをキャッシュレスにします",
        ["税務課", "上下水道課"],
        (_r6_r11_final(12.0, 30.0),),
    ),
    item("4", "防災の情報を確実に届けます", ["総務課"], (_r6_r11_final(3100, 6000),)),
    item(
        "5",
        "スマートフォンの使い方を身近な場所でお手伝いします",
        ["福祉課", "教育委員会事務局"],
        (_r6_r11_final(None, 300),),
    ),
    item("6", "役場の仕事を効率化します", ["総務課"], (_r6_r11_final(22, 80), _r6_r11_final(45, 15))),
    item("7", "地域の産業のデジタル化を応援します", ["産業振興課"], (_r6_r11_final(6, 40),)),
]


# --- 白銀台市: a KPI list with a 単位 column, R5–R9 columns, cut by page breaks ---------------------------------


def _shirogane(base: float | None, r6: float, r7: float, r8: float, r9: float) -> dict[str, Any]:
    """基準値 R5 2023 (「－」 none), 実績値 R6 2024's actual, 目標値 R7–R9 each year's, R9's the final one."""
    return kpi(
        (2023, base) if base is not None else None,
        (2027, r9),
        ((2025, r7), (2026, r8), (2027, r9)),
        ((2024, r6),),
    )


SHIROGANEDAI = [
    item("1", "電子申請の推進", ["デジタル推進課"], (_shirogane(4820, 7350, 9000, 12000, 15000),)),
    item(
        "2",
        "マイナンバーカードを活用した手続の拡大",
        ["デジタル推進課", "市民課"],
        (_shirogane(6, 14, 25, 35, 45),),
    ),
    item("3", "書かない窓口の導入", ["市民課"], (_shirogane(0, 8, 20, 30, 40),)),
    item("4", "証明書のコンビニ交付", ["市民課"], (_shirogane(12.6, 19.3, 23.0, 27.0, 30.0),)),
    item(
        "5",
        "キャッシュレス決済の拡大",
        ["会計課"],
        (_shirogane(3, 8, 12, 16, 20), _shirogane(12.4, 18.9, 22.0, 26.0, 30.0)),
    ),
    item(
        "6",
        "公共施設予約のオンライン化",
        ["生涯学習課", "スポーツ課"],
        (_shirogane(21.0, 34.5, 45.0, 55.0, 65.0),),
    ),
    item("7", "ＡＩチャットボットの運用", ["広報課"], (_shirogane(None, 9800, 15000, 20000, 25000),)),
    item("8", "子育て手続のオンライン化", ["こども家庭課"], (_shirogane(8.5, 22.1, 35.0, 45.0, 55.0),)),
    item("9", "基幹業務システムの標準化", ["デジタル推進課"], (_shirogane(0, 4, 20, 20, 20),)),
    item("10", "ＲＰＡの活用", ["行政改革課"], (_shirogane(2100, 3450, 4500, 5500, 6500),)),
    item("11", "生成ＡＩの活用", ["デジタル推進課"], (_shirogane(None, 31.0, 45.0, 60.0, 75.0),)),
    item("12", "電子決裁の推進", ["総務課"], (_shirogane(52.3, 71.8, 80.0, 88.0, 95.0),)),
    item(
        "13",
        "テレワークの推進",
        ["人事課"],
        (_shirogane(110, 164, 200, 250, 300), _shirogane(640, 1020, 1300, 1600, 2000)),
    ),
    item("14", "ペーパーレス化", ["総務課"], (_shirogane(410, 355, 320, 280, 250),)),
    item("15", "防災情報の配信", ["危機管理課"], (_shirogane(8400, 10150, 12000, 14000, 16000),)),
    item("16", "スマホ教室の開催", ["高齢福祉課"], (_shirogane(280, 455, 500, 550, 600),)),
    item("17", "オープンデータの公開", ["デジタル推進課"], (_shirogane(38, 61, 80, 100, 120),)),
    item("18", "情報セキュリティ研修", ["デジタル推進課"], (_shirogane(86.0, 97.2, 100, 100, 100),)),
]


PLANS: dict[str, tuple[str, list[dict[str, Any]]]] = {
    "hibarino_chiiki_johoka.txt": ("雲雀野市", HIBARINO),
    "kasumino_lettered.txt": ("霞野市", KASUMINO),
    "aoigawa_jisshi_two_rows.txt": ("葵川市", AOIGAWA),
    "hotaruzawa_hokoku.txt": ("蛍沢市", HOTARUZAWA),
    "kirihara_kouteihyou_tanto_right.txt": ("桐原市", KIRIHARA),
    "kosagi_cho_prose.txt": ("小鷺町", KOSAGI),
    "shiroganedai_kpi_pages.txt": ("白銀台市", SHIROGANEDAI),
}

#: The plan period each document states (fiscal years).
PERIODS: dict[str, tuple[int, int]] = {
    "hibarino_chiiki_johoka.txt": (2025, 2029),
    "kasumino_lettered.txt": (2025, 2028),
    "aoigawa_jisshi_two_rows.txt": (2025, 2027),
    "hotaruzawa_hokoku.txt": (2023, 2026),
    "kirihara_kouteihyou_tanto_right.txt": (2025, 2029),
    "kosagi_cho_prose.txt": (2025, 2029),
    "shiroganedai_kpi_pages.txt": (2024, 2027),
}


def document(name: str) -> bytes:
    """The file ``name`` as a user uploads it: the bytes in this folder."""
    return (HERE / name).read_bytes()


def expected(name: str) -> dict[str, Any]:
    """The expected plan of document ``name`` in the form ``scoring.score`` takes."""
    return {"initiatives": PLANS[name][1]}
