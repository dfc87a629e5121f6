"""A thirteenth batch of text plans no reader was written against: plans as text extracted from their PDFs, in the
commonest shapes (a 進捗状況一覧 table, a KPI list, a numbered outline, a 工程表) with the quirks real documents have.

Written from what municipalities publish, before any reader was looked at (the readers' code was not read):

- 錦ヶ丘市's 令和６年度 進捗状況報告書 (``nishikigaoka_shinchoku_ichiran.txt``): a 進捗状況一覧 「番号 | 取組名 | 担当課 |
  指標 | 基準値 | 目標値 | 実績値 | 評価」 whose header is split over two lines (the years 「（令和4年度）」「（令和8年度）」
  「（令和6年度）」 on the second), 基本方針 rows, a 取組名 (3, 6) and an 指標 (3, 15) wrapped onto a continuation line
  of their own, 「- 4 -」 and the running 「第３章　施策の展開と進捗状況」 inside the table, 評価 ◎○△× and 「―」,
  figures 「約1.5万件」「約1.2万件」「100％（全校）」「未集計」, 担当課 joined by 「・」「／」「、」, a legend of the
  評価 marks above the table;
- 若潮市's 成果指標（ＫＰＩ）の達成状況 (``wakashio_kpi_zenkaku.txt``): a KPI list 「No.　取組項目　成果指標　担当課
  基準（令和４年度）　目標（令和９年度）　実績（令和５年度）　実績（令和６年度）　進捗」 whose cells are separated by
  full-width spaces, not tabs; 担当課 with its 部 「総務部デジタル推進課」; 進捗 Ａ–Ｄ; 「前年度比90％」, 「3割」,
  「累計250人」, 「14校（全校）」, 「調査中」; 「－３－」 between rows;
- 鷹ノ森市's ＤＸ推進計画 (``takanomori_outline_crlf.txt``, CRLF line ends): 基本目標１ > （１） > ① 「①　電子申請
  サービスの拡充【拡充】【担当課：デジタル推進課】」 with ［指標］ lines 「現状値：85手続（令和5年度末）　目標値：250手続
  （令和10年度末）」 (書かない窓口 two of them), ［工程］ 「令和6年度：検討・準備　令和7年度～令和10年度：順次導入」,
  ［事業費］; 【新規】【拡充】 marks; a 【再掲】 entry 3-2-2 of 2-2-1 with no indicator of its own;
- 浜風町's 第２期地域情報化計画 (``hamakaze_cho_kakari.txt``): Ⅰ > Ⅰ-1 > (ア) with 「担当：総務課（情報係）」 (the 係 in
  brackets), 「指標：… 現状 24手続（令和6年度）　目標 80手続（令和11年度）」, 「工程：令和7年度 … 令和8年度～令和11年度
  …」, 「事業費：…」, a 計画の体系 listing the Ⅰ-1 headings first; 「目標 100％（全校）（令和11年度）」;
- 真砂市's ＤＸ推進計画 (``masago_kouteihyou_nendo.txt``): a 工程表 「取組番号 | 取組名 | 担当課 | 成果指標 | 現状値 | 目標値
  | 工程」 over 「R6 … R10」 (a header of two lines, 「取組」「番号」 split), cells 「実施」「●」「→」「検討・準備」 or empty,
  a 取組名 and an 指標 wrapped onto a continuation row, 「－ 11 －」 and the header repeated on the next page;
- 七瀬市's 情報化推進計画（第2期） 進捗状況 (``nanase_seireki_hyoka.txt``): years written 「2022年度」 (西暦),
  「No. | 取組名 | 担当課 | 指標 | 基準値（2022年度） | 2023年度実績 | 2024年度実績 | 目標値（2027年度） | 評価」, 評価
  「順調」「概ね順調」「遅れ」「―」, 担当課 「情報政策課（電子自治体係）」, 「未集計」「調査中」, a running title and the
  header repeated after 「- 8 -」;
- 夕霧町's ＫＰＩ達成状況 (``yugiri_cho_kpi_jisseki.txt``): 「取組項目 | 担当課 | ＫＰＩ | 現状（R4） | 目標（R8） | 実績 |
  進捗」 with both years' actuals in one cell 「R5:24手続　R6:38手続」 (「R5:―」「R6:未集計」), 「1．」 numbers, 「4割」,
  「100％（全校）」, a 【新規】 in a title, 進捗 Ａ–Ｄ and 「―」;
- 野分市's ＤＸ推進計画 (``nowaki_outline_kotei.txt``): 1 > 1-1 > 1-1-1 blocks 【担当課】【概要】 ［指標］ 「基準値：112手続
  （R6.3末）　目標値：300手続（R11.3末）」 ［工程］ a small table 「R7 R8 R9 R10」 over 「● ● → →」 (an empty cell no step,
  「検討」 a step), ［事業費］; the page turns inside 2-1-2 (「－ 14 －」「第３章　施策の展開」 between its 概要 and its 指標,
  whose name is wrapped onto a second line).

``PLANS[name]`` is the plan each document states, by the earlier batches' conventions: a target column headed with its
year in a table of a row an initiative (錦ヶ丘市, 若潮市, 真砂市, 七瀬市, 夕霧町) is that year's target and the final one;
a 目標値 with its year in an item's lines the final target alone (鷹ノ森市, 浜風町, 野分市); 実績 each year's actual.
Figures as written: 「約1.2万件」 1.2 (万件), 「3割」 3 (割), 「210万件」 210, 「100％（全校）」 100, 「前年度比90％」 90;
「―」「未集計」「調査中」 no value. 「R6.3末」 is the end of 令和５年度: fy 2023. A 担当課 given with its 部
(「総務部デジタル推進課」) or its 係 (「総務課（情報係）」) is the 課. An outline 「基本目標１ > （１） > ②」 or
「Ⅱ > Ⅱ-1 > (イ)」 numbers its 取組 「1-1-2」 / 「2-1-2」. A schedule is the years a step, 「●」 or 「→」 is stated for.
``document(name)`` is the file as uploaded (bytes).
"""

from __future__ import annotations

from typing import Any

from .unseen import HERE, item, kpi, years

# --- 錦ヶ丘市: a 進捗状況一覧, the header over two lines, wrapped cells, ◎○△× -----------------------------------


def _nishiki(base: float | None, target: float, actual: float | None) -> dict[str, Any]:
    """基準値（令和4年度） 2022, 目標値（令和8年度） 2026's target and the final one, 実績値（令和6年度） 2024's actual."""
    return kpi(
        (2022, base) if base is not None else None,
        (2026, target),
        ((2026, target),),
        ((2024, actual),) if actual is not None else (),
    )


NISHIKIGAOKA = [
    item("1", "行政手続のオンライン化", ["デジタル推進課"], (_nishiki(48, 200, 126),)),
    item("2", "書かない窓口の導入", ["市民課", "デジタル推進課"], (_nishiki(0, 1.5, 1.2),)),
    item("3", "マイナンバーカードを活用した行政サービスの拡充", ["市民課"], (_nishiki(2, 10, 5),)),
    item("4", "証明書のコンビニ交付の利用促進", ["市民課"], (_nishiki(8.4, 30.0, 21.7),)),
    item("5", "キャッシュレス決済の導入", ["会計課", "税務課"], (_nishiki(1, 25, 6),)),
    item("6", "公共施設予約システムの導入", ["生涯学習課", "スポーツ振興課"], (_nishiki(None, 60, 38.5),)),
    item("7", "基幹業務システムの標準化", ["デジタル推進課"], (_nishiki(0, 20, 20),)),
    item("8", "ＡＩ・ＲＰＡの活用", ["行政改革課"], (_nishiki(1800, 8000, 5460),)),
    item("9", "ペーパーレス化の推進", ["総務課"], (_nishiki(520, 300, 455),)),
    item("10", "テレワークの推進", ["人事課"], (_nishiki(120, 600, 415),)),
    item("11", "電子決裁の推進", ["総務課"], (_nishiki(41.2, 90.0, None),)),
    item("12", "防災情報のデジタル配信", ["危機管理課"], (_nishiki(6200, 20000, 14380),)),
    item("13", "地域のデジタルデバイド対策", ["高齢福祉課", "生涯学習課"], (_nishiki(310, 2000, 1240),)),
    item("14", "学校のＩＣＴ環境の充実", ["教育総務課"], (_nishiki(62, 100, 100),)),
    item("15", "情報セキュリティ対策の徹底", ["デジタル推進課"], (_nishiki(12.5, 3.0, 4.1),)),
]

#: 錦ヶ丘市's 評価 of each 取組 (「―」: not evaluated).
NISHIKIGAOKA_GRADES = {
    "1": "○",
    "2": "◎",
    "3": "○",
    "4": "○",
    "5": "△",
    "6": "○",
    "7": "◎",
    "8": "○",
    "9": "×",
    "10": "○",
    "11": "―",
    "12": "○",
    "13": "○",
    "14": "◎",
    "15": "○",
}


# --- 若潮市: a KPI list separated by full-width spaces, 部 and 課, 進捗 Ａ–Ｄ -------------------------------------


def _waka(base: float | None, target: float, r5: float | None, r6: float) -> dict[str, Any]:
    """基準（令和４年度） 2022, 目標（令和９年度） 2027's target and the final one, 実績 令和５・６年度 the actuals."""
    return kpi(
        (2022, base) if base is not None else None,
        (2027, target),
        ((2027, target),),
        (((2023, r5),) if r5 is not None else ()) + ((2024, r6),),
    )


WAKASHIO = [
    item("1", "電子申請の利用拡大", ["デジタル推進課"], (_waka(3200, 12000, 5400, 7900),)),
    item("2", "マイナンバーカードの普及促進", ["市民課"], (_waka(48.6, 90.0, 71.3, 80.2),)),
    item("3", "窓口の混雑緩和", ["市民課"], (_waka(None, 90, 96, 93),)),
    item("4", "公金のキャッシュレス納付", ["収納課"], (_waka(3, 6, 4, 4),)),
    item("5", "ＬＩＮＥを活用した情報発信", ["広報課"], (_waka(8500, 30000, 14200, 19800),)),
    item("6", "スマホ教室の開催", ["高齢福祉課"], (_waka(250, 1500, 520, 860),)),
    item("7", "ＲＰＡの導入拡大", ["行政改革課"], (_waka(4, 30, 9, 17),)),
    item("8", "テレワークの推進", ["職員課"], (_waka(5, 50, 12, 18),)),
    item("9", "学校のデジタル化", ["学校教育課"], (_waka(0, 14, 14, 14),)),
    item("10", "農業のスマート化", ["農林水産課"], (_waka(3, 40, 12, 21),)),
    item("11", "防災情報の多言語配信", ["防災課"], (_waka(1, 5, 3, 5),)),
    item("12", "情報セキュリティ研修の実施", ["デジタル推進課"], (_waka(78, 100, None, 96),)),
]

#: 若潮市's 進捗 of each 取組項目.
WAKASHIO_GRADES = {
    "1": "Ｂ",
    "2": "Ａ",
    "3": "Ｃ",
    "4": "Ｃ",
    "5": "Ｂ",
    "6": "Ｂ",
    "7": "Ａ",
    "8": "Ｄ",
    "9": "Ａ",
    "10": "Ｂ",
    "11": "Ａ",
    "12": "Ｂ",
}


# --- 鷹ノ森市: 基本目標 > （１） > ①【担当課：…】, ［指標］［工程］［事業費］, CRLF ----------------------------------


def _taka(base: float | None, fy: int, target: float) -> dict[str, Any]:
    """現状値 令和5年度（末） 2023 where stated, 目標値 with its year the final target alone."""
    return kpi((2023, base) if base is not None else None, (fy, target))


TAKANOMORI = [
    item("1-1-1", "電子申請サービスの拡充", ["デジタル推進課"], (_taka(85, 2028, 250),), years(2024, 2028)),
    item(
        "1-1-2", "公金収納のキャッシュレス化", ["会計課", "税務課"], (_taka(2, 2028, 20),), years(2024, 2028)
    ),
    item(
        "1-1-3",
        "公共施設予約のオンライン化",
        ["生涯学習課", "スポーツ推進課"],
        (_taka(None, 2028, 70),),
        years(2025, 2027),
    ),
    item(
        "1-2-1",
        "書かない窓口の導入",
        ["市民課"],
        (_taka(0, 2028, 40), _taka(25, 2028, 10)),
        years(2024, 2026),
    ),
    item("1-2-2", "オンライン相談の実施", ["福祉総務課"], (_taka(12, 2028, 300),), years(2025, 2028)),
    item("2-1-1", "基幹業務システムの標準化", ["デジタル推進課"], (_taka(0, 2025, 20),), years(2024, 2025)),
    item(
        "2-1-2",
        "生成ＡＩの活用",
        ["デジタル推進課", "行政改革課"],
        (_taka(0, 2028, 800),),
        years(2024, 2028),
    ),
    item("2-1-3", "電子決裁の推進", ["総務課"], (_taka(38.5, 2028, 95.0),), years(2024, 2026)),
    item("2-2-1", "デジタル人材の育成", ["人事課"], (_taka(60, 2028, 1000),), years(2024, 2028)),
    item("3-1-1", "防災情報の一斉配信", ["危機管理課"], (_taka(9800, 2028, 20000),), years(2024, 2028)),
    item(
        "3-2-1",
        "スマートフォン相談窓口の設置",
        ["高齢福祉課", "生涯学習課"],
        (_taka(None, 2028, 1200),),
        years(2025, 2028),
    ),
    item("3-2-2", "デジタル人材の育成", ["人事課"], repost_of="2-2-1"),
]

#: 鷹ノ森市's marks as written after the titles.
TAKANOMORI_MARKS = {
    "1-1-1": "拡充",
    "1-1-2": "新規",
    "1-2-1": "新規",
    "2-1-2": "新規",
    "2-2-1": "拡充",
    "3-1-1": "拡充",
    "3-2-1": "新規",
}


# --- 浜風町: Ⅰ > Ⅰ-1 > (ア), 「担当：総務課（情報係）」 ------------------------------------------------------------


def _hama(base: float, target: float, fy: int = 2029) -> dict[str, Any]:
    """現状 （令和6年度） 2024, 目標 （令和11年度） the final target alone."""
    return kpi((2024, base), (fy, target))


HAMAKAZE = [
    item("1-1-1", "電子申請の拡大", ["総務課"], (_hama(24, 80),), years(2025, 2029)),
    item("1-1-2", "証明書のコンビニ交付", ["住民課"], (_hama(6.8, 25.0),), years(2025, 2029)),
    item("1-1-3", "窓口のキャッシュレス化", ["会計室", "住民課"], (_hama(0, 6),), years(2025, 2026)),
    item("1-2-1", "町ホームページの再構築", ["総務課"], (_hama(32, 50),), years(2026, 2027)),
    item("1-2-2", "防災情報の配信強化", ["総務課"], (_hama(1420, 3000),), years(2025, 2029)),
    item("2-1-1", "基幹系システムの標準化", ["総務課"], (_hama(0, 20, 2025),), (2025,)),
    item("2-1-2", "ＲＰＡの活用", ["総務課"], (_hama(0, 900),), years(2025, 2029)),
    item("2-1-3", "テレワーク・Ｗｅｂ会議の推進", ["総務課"], (_hama(85, 300),), years(2025, 2029)),
    item("2-2-1", "職員研修の充実", ["総務課"], (_hama(60, 100),), years(2025, 2029)),
    item("3-1-1", "高齢者のスマホ活用支援", ["福祉課", "生涯学習課"], (_hama(95, 600),), years(2025, 2029)),
    item("3-1-2", "小中学校のＩＣＴ活用", ["学校教育課"], (_hama(40, 100),), years(2025, 2029)),
    item("3-1-3", "農林水産業のデジタル化", ["産業振興課"], (_hama(2, 20),), years(2026, 2029)),
]


# --- 真砂市: a 工程表, years as columns, 「実施」「●」「→」「検討・準備」 or empty --------------------------------


def _masa(base: float | None, target: float) -> dict[str, Any]:
    """現状値（令和5年度末） 2023, 目標値（令和10年度） 2028's target and the final one."""
    return kpi((2023, base) if base is not None else None, (2028, target), ((2028, target),))


_R6_R10 = years(2024, 2028)

MASAGO = [
    item("1-1-1", "オンライン申請の拡充", ["デジタル推進課"], (_masa(3400, 15000),), _R6_R10),
    item("1-1-2", "書かない窓口の導入", ["市民課", "デジタル推進課"], (_masa(0, 30),), _R6_R10),
    item("1-1-3", "マイナンバーカードを利用した手続の拡大", ["市民課"], (_masa(6, 40),), years(2025, 2028)),
    item("1-2-1", "キャッシュレス決済の拡大", ["会計課", "税務課"], (_masa(4.5, 30),), _R6_R10),
    item("1-2-2", "公共施設予約のオンライン化", ["文化振興課", "スポーツ課"], (_masa(15, 60),), _R6_R10),
    item("1-3-1", "子育て支援アプリの導入", ["こども家庭課"], (_masa(None, 5000),), years(2026, 2028)),
    item("2-1-1", "基幹業務システムの標準化", ["デジタル推進課"], (_masa(0, 20),), years(2024, 2025)),
    item("2-1-2", "ＡＩ・ＲＰＡの活用", ["行政改革課"], (_masa(2100, 10000),), _R6_R10),
    item("2-1-3", "電子契約の導入", ["契約検査課"], (_masa(0, 600),), _R6_R10),
    item("2-2-1", "デジタル人材の育成", ["人事課", "デジタル推進課"], (_masa(12, 150),), _R6_R10),
    item("2-2-2", "テレワーク環境の整備", ["人事課"], (_masa(35, 100),), years(2024, 2025)),
    item("3-1-1", "防災情報システムの更新", ["危機管理課"], (_masa(0, 100),), years(2025, 2028)),
    item("3-1-2", "スマート農業の推進", ["農林水産課"], (_masa(2, 25),), _R6_R10),
    item("3-2-1", "デジタル活用支援", ["高齢者支援課", "生涯学習課"], (_masa(420, 2000),), _R6_R10),
    item("3-2-2", "オープンデータの推進", ["デジタル推進課"], (_masa(38, 200),), _R6_R10),
]


# --- 七瀬市: 西暦 years, 評価 順調・概ね順調・遅れ, 課（係） -----------------------------------------------------------


def _nana(base: float | None, a23: float, a24: float | None, target: float) -> dict[str, Any]:
    """基準値（2022年度）, 2023・2024年度実績 the actuals, 目標値（2027年度） that year's target and the final one."""
    return kpi(
        (2022, base) if base is not None else None,
        (2027, target),
        ((2027, target),),
        ((2023, a23),) + (((2024, a24),) if a24 is not None else ()),
    )


NANASE = [
    item("1", "電子申請の推進", ["情報政策課"], (_nana(2850, 4120, 6300, 12000),)),
    item("2", "窓口予約システムの導入", ["市民課"], (_nana(0, 310, 880, 2400),)),
    item("3", "コンビニ交付の推進", ["市民課"], (_nana(11.0, 15.2, 19.8, 35.0),)),
    item("4", "電子納付の拡大", ["収納課", "会計課"], (_nana(9.5, 12.1, None, 30.0),)),
    item("5", "ホームページの改善", ["広報課"], (_nana(210, 225, 248, 300),)),
    item("6", "ＡＩ議事録の活用", ["総務課"], (_nana(None, 650, 1020, 1500),)),
    item("7", "庁内ネットワークの無線化", ["情報政策課"], (_nana(1, 3, 5, 8),)),
    item("8", "電子決裁の導入", ["総務課"], (_nana(0, 18.4, 42.6, 90),)),
    item("9", "オンライン研修の実施", ["職員課"], (_nana(140, 260, None, 800),)),
    item("10", "観光情報の多言語化", ["観光交流課"], (_nana(45, 60, 96, 200),)),
    item("11", "地域見守りネットワークの構築", ["地域福祉課", "高齢介護課"], (_nana(0, 120, 305, 1000),)),
    item("12", "ＧＩＧＡスクール端末の更新", ["学校教育課"], (_nana(0, 0, 48, 100),)),
    item("13", "オープンデータの公開", ["情報政策課"], (_nana(22, 31, 47, 100),)),
]

#: 七瀬市's 評価 of each 取組.
NANASE_GRADES = {
    "1": "順調",
    "2": "概ね順調",
    "3": "概ね順調",
    "4": "―",
    "5": "順調",
    "6": "順調",
    "7": "順調",
    "8": "遅れ",
    "9": "―",
    "10": "概ね順調",
    "11": "遅れ",
    "12": "順調",
    "13": "概ね順調",
}


# --- 夕霧町: a KPI list, both years' actuals in one cell 「R5:24手続　R6:38手続」 ------------------------------------


def _yugi(base: float | None, target: float, r5: float | None, r6: float | None) -> dict[str, Any]:
    """現状（R4） 2022, 目標（R8） 2026's target and the final one, 「R5:…　R6:…」 the actuals."""
    actuals = tuple((fy, a) for fy, a in ((2023, r5), (2024, r6)) if a is not None)
    return kpi((2022, base) if base is not None else None, (2026, target), ((2026, target),), actuals)


YUGIRI = [
    item("1", "行政手続のオンライン化", ["総務課"], (_yugi(15, 60, 24, 38),)),
    item("2", "証明書のコンビニ交付", ["町民課"], (_yugi(0, 1200, 180, 410),)),
    item("3", "キャッシュレス決済の導入", ["会計室", "税務課"], (_yugi(0, 8, 3, 8),)),
    item("4", "防災行政無線のデジタル化", ["総務課"], (_yugi(1050, 3800, 1720, 2460),)),
    item("5", "町公式アプリの運用", ["企画課"], (_yugi(None, 4000, None, 1350),)),
    item("6", "学校のＩＣＴ活用", ["学校教育課"], (_yugi(70, 100, 85, 100),)),
    item("7", "オンライン診療の支援", ["保健福祉課"], (_yugi(0, 300, 12, 46),)),
    item("8", "スマホ教室の開催", ["保健福祉課", "生涯学習課"], (_yugi(40, 400, 130, 245),)),
    item("9", "ＲＰＡ・ＡＩ－ＯＣＲの導入", ["総務課"], (_yugi(0, 1500, 320, None),)),
    item("10", "農業用ドローンの活用支援", ["産業振興課"], (_yugi(120, 600, 210, 355),)),
    item("11", "観光施設のＷｉ－Ｆｉ整備", ["産業振興課"], (_yugi(4, 10, 6, 8),)),
]


# --- 野分市: 1-1-1 blocks, ［指標］ 「（R6.3末）→（R11.3末）」, a ［工程］ table of ● and → -----------------------------


def _nowa(base: float, target: float) -> dict[str, Any]:
    """基準値（R6.3末） fy 2023, 目標値（R11.3末） fy 2028 the final target alone."""
    return kpi((2023, base), (2028, target))


_R7_R10 = years(2025, 2028)

NOWAKI = [
    item("1-1-1", "電子申請システムの拡充", ["デジタル推進課"], (_nowa(112, 300),), _R7_R10),
    item("1-1-2", "窓口のキャッシュレス化", ["会計課", "市民課"], (_nowa(3, 18),), years(2025, 2027)),
    item("1-1-3", "オンライン相談の導入", ["福祉総務課"], (_nowa(0, 250),), years(2026, 2028)),
    item("1-2-1", "市公式ＬＩＮＥの機能拡充", ["広報課"], (_nowa(18400, 45000),), _R7_R10),
    item("1-2-2", "防災情報の一元配信", ["危機管理課"], (_nowa(5200, 16000),), _R7_R10),
    item("2-1-1", "基幹業務システムの標準化", ["デジタル推進課"], (_nowa(0, 20),), years(2025, 2026)),
    item("2-1-2", "生成ＡＩの業務活用", ["デジタル推進課", "行政経営課"], (_nowa(0, 12000),), _R7_R10),
    item("2-1-3", "会議のペーパーレス化", ["総務課"], (_nowa(280, 120),), _R7_R10),
    item("2-2-1", "職員のデジタルスキル向上", ["人事課"], (_nowa(25, 200),), _R7_R10),
    item("3-1-1", "スマート農業の推進", ["農政課"], (_nowa(4, 40),), years(2026, 2028)),
    item("3-1-2", "地域のデジタル活用支援", ["地域振興課", "生涯学習課"], (_nowa(36, 150),), _R7_R10),
    item("3-1-3", "オープンデータの推進", ["デジタル推進課"], (_nowa(64, 180),), _R7_R10),
]


PLANS: dict[str, tuple[str, list[dict[str, Any]]]] = {
    "nishikigaoka_shinchoku_ichiran.txt": ("錦ヶ丘市", NISHIKIGAOKA),
    "wakashio_kpi_zenkaku.txt": ("若潮市", WAKASHIO),
    "takanomori_outline_crlf.txt": ("鷹ノ森市", TAKANOMORI),
    "hamakaze_cho_kakari.txt": ("浜風町", HAMAKAZE),
    "masago_kouteihyou_nendo.txt": ("真砂市", MASAGO),
    "nanase_seireki_hyoka.txt": ("七瀬市", NANASE),
    "yugiri_cho_kpi_jisseki.txt": ("夕霧町", YUGIRI),
    "nowaki_outline_kotei.txt": ("野分市", NOWAKI),
}

#: The plan period each document states (fiscal years).
PERIODS: dict[str, tuple[int, int]] = {
    "nishikigaoka_shinchoku_ichiran.txt": (2023, 2026),
    "wakashio_kpi_zenkaku.txt": (2023, 2027),
    "takanomori_outline_crlf.txt": (2024, 2028),
    "hamakaze_cho_kakari.txt": (2025, 2029),
    "masago_kouteihyou_nendo.txt": (2024, 2028),
    "nanase_seireki_hyoka.txt": (2023, 2027),
    "yugiri_cho_kpi_jisseki.txt": (2023, 2026),
    "nowaki_outline_kotei.txt": (2025, 2028),
}


def document(name: str) -> bytes:
    """The file ``name`` as a user uploads it: the bytes in this folder."""
    return (HERE / name).read_bytes()


def expected(name: str) -> dict[str, Any]:
    """The expected plan of document ``name`` in the form ``scoring.score`` takes."""
    return {"initiatives": PLANS[name][1]}
