"""An eighth batch of plans no reader was written against: 事業シート, a header two rows deep, a 進捗評価シート,
a (ア)(イ) outline, a plan through plain ``pdftotext``, a workbook of a sheet a 事業 and an open-data CSV.

Written from what municipalities publish, before any reader was looked at, in shapes the first seven
batches lack:

- 柚木原市's 実施計画 事業シート saved from Excel as text (``yunokihara_jigyo_sheets.txt``): a sheet a 事業,
  label | value in two columns (tabs), the 指標 set out downwards (「活動指標 | 指標名 | …」, then 「単位」,
  and the years 「令和６年度 | 120」 one a row for the 活動指標; 「基準値 | 8,400」 「基準年度 | 令和５年度」
  「目標値」 「目標年度」 for the 成果指標: figure, unit and year each under a label of its own), 年度別計画 and
  事業費 set out the same way, the years written 「令和６年度」 on six sheets and 「2024年度」 on four (each
  課 filled its own sheet), a 「－」 for a year without a plan, a sheet with two 成果指標;
- 浅見町's 取組一覧表 copied out of Excel (tabs): a header two rows deep whose upper row groups years
  (「スケジュール」 over R7 R8 R9, 「現状値」 over R5, 「目標値」 over R7 R8 R9: the same years twice), section
  rows 「基本目標１　…」 with their empty cells, a second indicator on a row of its own with the 取組's cells
  empty, a 目標値 「－」, marks ● / → and words (「検討」「導入」) in the schedule;
- 早瀬市's 進捗評価シート saved from Word as text: 「施策1-1-1　…」 blocks, 「主管課：…　　関係課：…」 on one line
  (the 主管課 is the initiative's 担当課, as in ``tabledocs5``'s 主担当課 | 関係課), a KPI table in Western years
  「指標名 | 基準値（2022年度） | 実績値（2024年度） | 前年度比 | 目標値（2027年度） | 評価」 with units in the cells,
  前年度比 as 「130.8%」 (no figure of the indicator), 評価 「Ａ：順調」 … 「Ｄ：遅れ」, prose under ■ headings;
- 宮ノ森町's 第２次地域情報化計画: 第４章 > 基本施策１ > 施策(1) > （ア）（イ）（ウ）, 【担当】, 【KPI】 lines holding up
  to three indicators separated by 「／」 (「名　25手続（R5）→120手続（R10）／名　4.5％（R5）→30％（R10）」),
  【工程】「R6～R10」 or 「R6　導入　／　R7～R10　運用」, an item whose 【KPI】 is 「―」, chapters of prose before
  and after that hold figures of their own;
- 富丘市's 情報化推進計画 as plain ``pdftotext`` prints it (form feeds; the plan's title as a running header on
  every page, the chapter 「２　取組一覧」 under it from the second page of the list on, 「- 3 -」 at the
  foot), 「No.1」 … 「No.12」 items with one typed 「Ｎｏ．７」, lines broken at the page's width, page breaks
  falling inside an item (in its 取組内容, between its 目標 and スケジュール, after its heading), R and its
  digit half- and full-width mixed (「R７～Ｒ９」), a 目標 「令和７年度末までに100％（Ｒ５　0％）」 and an
  indicator name wrapped onto a line of its own above its figures;
- 吉野台市's DX推進実施計画 workbook (built here): a sheet 「事業一覧」 and a sheet a 事業, each a form of merged
  cells (「事業番号 | 1-1 | 所管課 | 市民課 | 担当係 | 窓口係」 on one row, the 担当係 no 課), a KPI block
  「指標 | 区分 | 指標名 | 単位 | 基準値（2023年度） | 実績値（2024年度） | 目標値（2027年度）」 with a 活動指標 and
  a 成果指標 row, 年度別計画 under 2024年度 … 2027年度, 事業費（千円）;
- 白鷺町's KPI open data (UTF-8 with BOM, CRLF): long format, a row a figure — 「市区町村名,取組番号,取組名,
  担当課,指標名,単位,年度,区分,値,備考」 with 区分 基準値 / 目標値 / 実績値 and the year in a column of its own.

``PLANS[name]`` is the plan each document states (same form as ``unseen.PLANS``), written from the documents
alone: a target headed by its year in a table is that year's target and the final one (as in batches 5 and
7), a 目標値 with its year beside it the final target alone, yearly 計画値 each year's target with the last
the final one; ``document(name)`` is the file as uploaded (bytes).
"""

from __future__ import annotations

import io
from typing import Any

import openpyxl
from openpyxl.styles import Alignment

from .unseen import HERE, item, kpi, years

# --- 柚木原市: 事業シート as text --------------------------------------------------------------------------


def _sheet_kpi(targets: tuple[tuple[int, float], ...]) -> dict[str, Any]:
    """A 活動指標 of yearly 計画値: each year's target, the last the final one."""
    return kpi(None, targets[-1], targets)


#: 活動指標 yearly (令和６–８年度 / 2024–2026年度), 成果指標 基準値 / 目標値 with 基準年度 / 目標年度 beside them.
YUNOKIHARA = [
    item(
        "1-1-01",
        "電子申請サービス拡充事業",
        ["デジタル推進課"],
        (_sheet_kpi(((2024, 120), (2025, 180), (2026, 250))), kpi((2023, 8400), (2026, 20000))),
        years(2024, 2026),
    ),
    item(
        "1-1-02",
        "証明書コンビニ交付推進事業",
        ["市民課"],
        (_sheet_kpi(((2024, 4), (2025, 4), (2026, 4))), kpi((2023, 12.5), (2026, 35))),
        years(2024, 2026),
    ),
    item(
        "1-1-03",
        "書かない窓口導入事業",
        ["市民課", "デジタル推進課"],
        (_sheet_kpi(((2024, 10), (2025, 25), (2026, 40))), kpi((2023, 28), (2026, 15))),
        years(2024, 2026),
    ),
    item(
        "1-2-01",
        "キャッシュレス決済導入事業",
        ["会計課"],
        (_sheet_kpi(((2024, 8), (2025, 16))), kpi((2023, 3.2), (2026, 25))),
        years(2024, 2025),
    ),
    item(
        "1-2-02",
        "公共施設予約システム更新事業",
        ["生涯学習課"],
        (_sheet_kpi(((2025, 30), (2026, 30))), kpi((2023, 0), (2026, 60))),
        years(2024, 2026),
    ),
    item(
        "2-1-01",
        "AI・RPA活用推進事業",
        ["行政改革課"],
        (_sheet_kpi(((2024, 15), (2025, 25), (2026, 35))), kpi((2023, 2100), (2026, 6000))),
        years(2024, 2026),
    ),
    item(
        "2-1-02",
        "文書管理・電子決裁システム導入事業",
        ["総務課"],
        (
            _sheet_kpi(((2024, 300), (2025, 150), (2026, 150))),
            kpi((2023, 18.4), (2026, 90)),
            kpi((2023, 820), (2026, 400)),
        ),
        years(2024, 2026),
    ),
    item(
        "2-2-01",
        "情報セキュリティ対策強化事業",
        ["デジタル推進課"],
        (_sheet_kpi(((2024, 2), (2025, 2), (2026, 2))), kpi((2023, 14), (2026, 5))),
        years(2024, 2026),
    ),
    item(
        "3-1-01",
        "デジタル活用支援事業",
        ["高齢福祉課"],
        (_sheet_kpi(((2024, 24), (2025, 36), (2026, 36))), kpi((2023, 310), (2026, 1500))),
        years(2024, 2026),
    ),
    item(
        "3-2-01",
        "公衆無線LAN整備事業",
        ["地域振興課"],
        (_sheet_kpi(((2024, 5), (2025, 10), (2026, 15))), kpi((2023, 1800), (2026, 6000))),
        years(2024, 2026),
    ),
]


# --- 浅見町: 取組一覧表, header two rows deep ---------------------------------------------------------------


def _r5_r9(base: float, r7: float | None, r8: float, r9: float) -> dict[str, Any]:
    """現状値 R5, 目標値 R7 / R8 / R9 (a 「－」 R7 is no target)."""
    targets = tuple((fy, v) for fy, v in ((2025, r7), (2026, r8), (2027, r9)) if v is not None)
    return kpi((2023, base), (2027, r9), targets)


ASAMI = [
    item(
        "1",
        "マイナンバーカードを活用した証明書のコンビニ交付",
        ["住民課"],
        (_r5_r9(11.2, 18, 24, 30),),
        years(2025, 2027),
    ),
    item(
        "2",
        "電子申請の拡充",
        ["総務課"],
        (_r5_r9(32, 60, 90, 120), _r5_r9(1150, 2000, 3000, 4000)),
        years(2025, 2027),
    ),
    item(
        "3",
        "窓口の予約・呼出システムの導入",
        ["住民課", "税務課"],
        (_r5_r9(20, 15, 12, 10),),
        years(2025, 2027),
    ),
    item(
        "4", "公金のキャッシュレス納付", ["会計課", "税務課"], (_r5_r9(8.6, 15, 20, 25),), years(2025, 2026)
    ),
    item("5", "町公式LINEによる情報発信", ["企画課"], (_r5_r9(2400, 3500, 4500, 5500),), years(2025, 2027)),
    item(
        "6",
        "基幹業務システムの標準化・ガバメントクラウドへの移行",
        ["総務課"],
        (_r5_r9(0, 20, 20, 20),),
        years(2025, 2027),
    ),
    item("7", "AI-OCR・RPAの活用", ["総務課"], (_r5_r9(450, 900, 1200, 1500),), years(2025, 2027)),
    item("8", "電子決裁・文書管理システムの導入", ["総務課"], (_r5_r9(0, 50, 70, 90),), years(2025, 2027)),
    item("9", "テレワーク・Web会議環境の整備", ["総務課"], (_r5_r9(180, 240, 300, 360),), (2025,)),
    item("10", "議会のペーパーレス化", ["議会事務局"], (_r5_r9(210000, None, 120000, 80000),), (2026, 2027)),
    item(
        "11", "高齢者向けスマホ相談窓口の開設", ["保健福祉課"], (_r5_r9(0, 150, 200, 250),), years(2025, 2027)
    ),
    item("12", "小中学校の１人１台端末の活用", ["学校教育課"], (_r5_r9(62, 70, 80, 90),), years(2025, 2027)),
    item(
        "13",
        "防災情報のデジタル配信",
        ["総務課"],
        (_r5_r9(1300, 2000, 2500, 3000), _r5_r9(0, 5, 10, 14)),
        years(2025, 2027),
    ),
]


# --- 早瀬市: 進捗評価シート --------------------------------------------------------------------------------


def _evaluated(base: float, actual: float, target: float) -> dict[str, Any]:
    """基準値（2022年度） | 実績値（2024年度） | 前年度比 | 目標値（2027年度）: a KPI table under an item, whose one
    target is the final target (the convention of the earlier batches' card and outline KPI tables: a
    table of one row an initiative gives that year's target too)."""
    return kpi((2022, base), (2027, target), (), ((2024, actual),))


#: The 主管課 is the 担当課; the 関係課 on the same line are not.
HAYASE = [
    item("1-1-1", "オンライン申請の拡充", ["デジタル推進課"], (_evaluated(45, 102, 200),)),
    item(
        "1-1-2",
        "マイナンバーカードの利活用",
        ["市民課"],
        (_evaluated(58.2, 78.4, 90), _evaluated(9.1, 16.5, 30)),
    ),
    item("1-2-1", "窓口のキャッシュレス化", ["会計課"], (_evaluated(2, 9, 20),)),
    item("1-2-2", "公式アプリによる情報発信", ["広報広聴課"], (_evaluated(3800, 7150, 15000),)),
    item("2-1-1", "AI・RPAによる業務の効率化", ["行政経営課"], (_evaluated(600, 2480, 5000),)),
    item("2-1-2", "電子決裁の推進", ["総務課"], (_evaluated(12, 41.5, 80),)),
    item("2-2-1", "基幹業務システムの標準化", ["デジタル推進課"], (_evaluated(0, 4, 20),)),
    item("2-2-2", "庁内ネットワークの無線化", ["デジタル推進課"], (_evaluated(3, 14, 22),)),
    item("3-1-1", "デジタル活用支援員の派遣", ["生涯学習課"], (_evaluated(150, 420, 1200),)),
    item("3-1-2", "オンライン診療の推進", ["健康づくり課"], (_evaluated(1, 2, 8),)),
]


# --- 宮ノ森町: 基本施策 > 施策(1) > （ア）, 【KPI】 with 「／」 -----------------------------------------------------


def _r5(base: float, final: tuple[int, float]) -> dict[str, Any]:
    return kpi((2023, base), final)


MIYANOMORI = [
    item(
        "1-1-1",
        "電子申請の対象手続の拡大",
        ["総務課", "住民課"],
        (_r5(25, (2028, 120)), _r5(4.5, (2028, 30))),
        years(2024, 2028),
    ),
    item("1-1-2", "証明書のコンビニ交付", ["住民課", "税務課"], (_r5(0, (2028, 2400)),), years(2024, 2028)),
    item(
        "1-1-3",
        "窓口での手続の簡素化",
        ["住民課"],
        (_r5(0, (2028, 30)), _r5(35, (2028, 20)), _r5(68, (2028, 85))),
        years(2025, 2028),
    ),
    item(
        "1-2-1",
        "町税・使用料のキャッシュレス納付",
        ["税務課", "会計室", "上下水道課"],
        (_r5(7.2, (2028, 25)),),
        years(2024, 2025),
    ),
    item(
        "1-2-2",
        "窓口・施設でのキャッシュレス決済",
        ["会計室", "商工観光課"],
        (_r5(1, (2028, 8)),),
        years(2024, 2026),
    ),
    item("2-1-1", "基幹業務システムの標準化", ["総務課"], (_r5(0, (2025, 20)),), years(2024, 2025)),
    item("2-1-2", "RPA・AI-OCRの導入", ["総務課", "税務課"], (_r5(0, (2028, 1200)),), years(2024, 2028)),
    # 「1,250千枚」: 1,250 in 千枚, as written
    item(
        "2-1-3",
        "電子決裁の導入",
        ["総務課"],
        (_r5(0, (2028, 80)), _r5(1250, (2028, 800))),
        years(2025, 2028),
    ),
    item("2-2-1", "テレワーク・Web会議の活用", ["総務課"], (_r5(60, (2028, 300)),), years(2024, 2028)),
    item(
        "2-2-2",
        "職員のデジタル研修",
        ["総務課"],
        (_r5(45, (2028, 100)), _r5(0, (2028, 18))),
        years(2024, 2028),
    ),
    item(
        "3-1-1",
        "スマートフォン教室の開催",
        ["保健福祉課", "生涯学習課"],
        (_r5(120, (2028, 1000)),),
        years(2024, 2028),
    ),
    item("3-1-2", "タブレットを使った見守り", ["保健福祉課"], (_r5(0, (2028, 60)),), years(2025, 2028)),
    item("3-2-1", "公共施設への公衆無線LANの整備", ["総務課"], (_r5(3, (2026, 14)),), years(2024, 2026)),
    item("3-2-2", "防災情報のデジタル配信", ["総務課", "企画課"], (_r5(850, (2028, 3000)),), (2024,)),
    item("3-2-3", "オープンデータの公開", ["企画課"], schedule=years(2026, 2028)),
]


# --- 富丘市: plain pdftotext -------------------------------------------------------------------------------

TOMIOKA = [
    item("1", "電子申請システムの利用拡大", ["情報推進課"], (_r5(3200, (2027, 12000)),), years(2025, 2027)),
    item("2", "証明書のコンビニ交付の推進", ["市民課"], (_r5(1800, (2027, 6000)),), years(2025, 2026)),
    item("3", "窓口の待ち時間の短縮", ["市民課", "情報推進課"], (_r5(45, (2027, 20)),), years(2025, 2027)),
    item("4", "公金のキャッシュレス収納", ["会計課", "収納課"], (_r5(6.8, (2027, 20)),), years(2025, 2026)),
    # 「令和７年度末までに100％（Ｒ５　0％）」
    item("5", "基幹業務システムの標準化", ["情報推進課"], (_r5(0, (2025, 100)),), (2025,)),
    item("6", "RPA・AI-OCRの活用", ["行政改革推進課"], (_r5(1500, (2027, 5000)),), years(2025, 2027)),
    item("7", "生成AIの業務利用", ["情報推進課"], (_r5(0, (2027, 60)),), years(2025, 2027)),
    item("8", "ペーパーレス会議の推進", ["総務課"], (_r5(4200, (2027, 2500)),), years(2025, 2027)),
    item("9", "情報セキュリティ対策の強化", ["情報推進課"], (_r5(12, (2027, 3)),), years(2025, 2027)),
    item(
        "10",
        "スマートフォン活用講座の開催",
        ["生涯学習課", "高齢者支援課"],
        (_r5(260, (2027, 1200)),),
        years(2025, 2027),
    ),
    item(
        "11",
        "GISによる地図情報の公開",
        ["都市計画課", "情報推進課"],
        (_r5(3, (2027, 15)),),
        years(2026, 2027),
    ),
    item("12", "観光Wi-Fiの整備", ["観光交流課"], (_r5(4, (2027, 16)),), years(2025, 2026)),
]


# --- 吉野台市: a workbook of a sheet a 事業 ----------------------------------------------------------------

_FY = (2024, 2025, 2026, 2027)

#: 事業番号, 事業名, 所管課, 担当係, 施策の柱, 事業内容, 事業期間, 活動指標 (名, 単位, 基準, 実績, 目標),
#: 成果指標 (same), 年度別計画 (2024–2027, "" none, 「－」 none), 事業費 (千円, 2024–2027).
_YOSHINODAI: list[tuple[Any, ...]] = [
    (
        "1-1",
        "書かない窓口推進事業",
        "市民課",
        "窓口係",
        "1　便利な行政サービス",
        "マイナンバーカード等から氏名・住所を読み取り、職員が聞き取りながら申請書を作成する。\n"
        "令和７年度に本庁舎で始め、令和８年度に支所へ広げる。",
        "2024年度～2027年度",
        ("書かない窓口の対象手続数", "手続", 0, 12, 40),
        ("申請書の記入にかかる時間（１件あたり）", "分", 12, 9, 3),
        ("導入準備", "本庁舎で開始", "支所へ拡大", "運用"),
        (2500, 8800, 3200, 1600),
    ),
    (
        "1-2",
        "電子申請推進事業",
        "デジタル推進課",
        "DX推進係",
        "1　便利な行政サービス",
        "電子申請できる手続を毎年度見直し、よく使われる手続から順にオンライン化する。",
        "2024年度～2027年度",
        ("オンライン申請できる手続数", "手続", 85, 140, 300),
        ("申請に占めるオンライン申請の割合", "％", 8.5, 14.2, 40),
        ("子育て・介護", "税・保険", "福祉・教育", "全分野の見直し"),
        (3000, 3000, 3000, 3000),
    ),
    (
        "1-3",
        "子育て応援アプリ導入事業",
        "こども未来課",
        "子育て支援係",
        "1　便利な行政サービス",
        "健診や予防接種のお知らせ、子育て施設の情報を配信するアプリを導入する。",
        "2024年度～2026年度",
        ("アプリで配信する情報の種類", "種類", 0, 6, 15),
        ("アプリの登録世帯数", "世帯", 0, 1240, 4000),
        ("構築", "配信開始", "機能追加", "－"),
        (6400, 1800, 2100, None),
    ),
    (
        "2-1",
        "AI議事録作成支援事業",
        "総務課",
        "文書法制係",
        "2　効率的な行政運営",
        "会議の音声から議事録の案を自動で作成するツールを全庁で利用する。",
        "2024年度～2027年度",
        ("ツールを利用した会議の数", "件", 30, 180, 400),
        ("議事録の作成に要した時間", "時間", 2400, 1500, 800),
        ("試行", "全庁導入", "運用", "運用"),
        (900, 1100, 1100, 1100),
    ),
    (
        "2-2",
        "ガバメントクラウド移行事業",
        "デジタル推進課",
        "システム係",
        "2　効率的な行政運営",
        "基幹業務システムを標準準拠システムへ移行し、ガバメントクラウドで運用する。",
        "2024年度～2027年度",
        ("移行した業務システムの数", "業務", 0, 6, 20),
        ("システム運用経費の削減率", "％", 0, 2.5, 15),
        ("移行", "移行", "運用", "運用"),
        (58000, 42000, 21000, 21000),
    ),
    (
        "2-3",
        "公用車予約・管理システム導入事業",
        "管財課",
        "管財係",
        "2　効率的な行政運営",
        "公用車の予約と運行記録をシステムで管理し、車両数を適正化する。",
        "2024年度～2025年度",
        ("システムで管理する公用車の台数", "台", 0, 45, 80),
        ("公用車の稼働率", "％", 42, 48.5, 65),
        ("導入", "運用", "", ""),
        (1800, 600, None, None),
    ),
    (
        "3-1",
        "地域DX人材育成事業",
        "企業支援課",
        "商工係",
        "3　デジタルで活力ある地域",
        "市内の中小企業・商店を対象に、キャッシュレス決済やネット販売の講座を開催する。",
        "2025年度～2027年度",
        ("デジタル講座の開催回数", "回", 4, 10, 12),
        ("講座を受講した事業者数", "事業者", 35, 88, 300),
        ("－", "講座の開催", "講座・個別相談", "講座・個別相談"),
        (None, 1500, 2000, 2000),
    ),
    (
        "3-2",
        "スマート農業推進事業",
        "農林振興課",
        "農政係",
        "3　デジタルで活力ある地域",
        "ドローンや自動操舵トラクターの導入費用を補助し、実演会を開催する。",
        "2024年度～2027年度",
        ("導入補助の件数", "件", 3, 9, 30),
        ("スマート農業技術を導入した農家数", "戸", 12, 21, 60),
        ("補助・実演会", "補助・実演会", "補助・実演会", "補助・効果検証"),
        (4500, 4500, 4500, 4500),
    ),
]


def yoshinodai_xlsx() -> bytes:
    """吉野台市's workbook: 「事業一覧」, then a sheet a 事業 named by its number."""
    book = openpyxl.Workbook()
    index = book.active
    assert index is not None
    index.title = "事業一覧"
    index.append(["吉野台市DX推進実施計画（2024年度～2027年度）　事業一覧"])
    index.merge_cells("A1:E1")
    index.append([])
    index.append(["No.", "事業番号", "事業名", "所管課", "施策の柱"])
    for n, row in enumerate(_YOSHINODAI, start=1):
        index.append([n, row[0], row[1], row[2], row[4]])
    for column, width in zip("ABCDE", (6, 10, 36, 16, 28), strict=True):
        index.column_dimensions[column].width = width
    wrap = Alignment(wrap_text=True, vertical="center")
    for code, title, main, team, pillar, content, period, activity, outcome, plan, cost in _YOSHINODAI:
        sheet = book.create_sheet(code)
        sheet.append(["吉野台市DX推進実施計画　事業シート"])
        sheet.merge_cells("A1:G1")
        sheet.append(["事業番号", code, "所管課", main, "担当係", team])
        sheet.merge_cells("F2:G2")
        sheet.append(["事業名", title])
        sheet.merge_cells("B3:G3")
        sheet.append(["施策の柱", pillar])
        sheet.merge_cells("B4:G4")
        sheet.append(["事業内容", content])
        sheet.merge_cells("B5:G5")
        sheet.append(["事業期間", period])
        sheet.merge_cells("B6:G6")
        sheet.append([])
        sheet.append(
            [
                "指標",
                "区分",
                "指標名",
                "単位",
                "基準値\n（2023年度）",
                "実績値\n（2024年度）",
                "目標値\n（2027年度）",
            ]
        )
        sheet.append([None, "活動指標", *activity])
        sheet.append([None, "成果指標", *outcome])
        sheet.merge_cells("A8:A10")
        sheet.append([])
        sheet.append(["年度別計画", *(f"{fy}年度" for fy in _FY)])
        sheet.append([None, *(step or None for step in plan)])
        sheet.merge_cells("A12:A13")
        sheet.append(["事業費（千円）", *cost])
        for cells in sheet.iter_rows():
            for cell in cells:
                cell.alignment = wrap
                if isinstance(cell.value, int) and cell.value >= 1000:
                    cell.number_format = "#,##0"
        for column, width in zip("ABCDEFG", (14, 14, 34, 10, 14, 14, 14), strict=True):
            sheet.column_dimensions[column].width = width
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _yoshinodai() -> list[dict[str, Any]]:
    items = []
    for code, title, main, _, _, _, _, activity, outcome, plan, _ in _YOSHINODAI:
        indicators = tuple(
            kpi((2023, base), (2027, target), (), ((2024, done),))  # one target: the final one (as _evaluated)
            for _, _, base, done, target in (activity, outcome)
        )
        marked = tuple(fy for fy, step in zip(_FY, plan, strict=True) if step not in ("", "－"))
        items.append(item(code, title, [main], indicators, marked))
    return items


#: A 目標値 column headed 「目標値（2027年度）」: the 2027 target and the final one; 実績値（2024年度） the 2024
#: actual; the 担当係 is no 課; the 事業一覧 lists the same 事業 (each once).
YOSHINODAI = _yoshinodai()


# --- 白鷺町: KPI open data, a row a figure -----------------------------------------------------------------


def _long(base: float, targets: tuple[tuple[int, float], ...], actual: tuple[int, float]) -> dict[str, Any]:
    """基準値 2023, 目標値 rows (the last year's the final one), 実績値 2024."""
    return kpi((2023, base), targets[-1], targets, (actual,))


SHIRASAGI = [
    item(
        "1",
        "電子申請の推進",
        ["総務課"],
        (_long(850, ((2024, 1200), (2025, 1800), (2026, 2400), (2027, 3000)), (2024, 1230)),),
    ),
    item(
        "2",
        "マイナンバーカードの活用",
        ["住民課"],
        (_long(72.4, ((2024, 80), (2025, 85), (2027, 90)), (2024, 81.3)),),
    ),
    item(
        "3",
        "窓口のキャッシュレス化",
        ["会計課", "税務課"],
        (_long(1, ((2024, 4), (2025, 8), (2026, 10), (2027, 12)), (2024, 3)),),
    ),
    item(
        "4",
        "公式LINEによる情報発信",
        ["企画政策課"],
        (
            _long(1450, ((2024, 2000), (2025, 2800), (2026, 3400), (2027, 4000)), (2024, 2310)),
            _long(0, ((2024, 3), (2027, 10)), (2024, 4)),
        ),
    ),
    item(
        "5",
        "AI・RPAの導入",
        ["総務課"],
        (_long(0, ((2024, 300), (2025, 600), (2026, 900), (2027, 1200)), (2024, 410)),),
    ),
    item(
        "6",
        "テレワーク環境の整備",
        ["総務課"],
        (_long(12, ((2024, 30), (2025, 45), (2026, 60), (2027, 80)), (2024, 26)),),
    ),
    item(
        "7",
        "防災情報の多重化",
        ["危機管理課"],
        (_long(3200, ((2024, 3600), (2025, 4000), (2026, 4400), (2027, 5000)), (2024, 3540)),),
    ),
    item(
        "8",
        "オンライン診療の導入",
        ["健康福祉課"],
        (_long(0, ((2024, 1), (2025, 2), (2026, 3), (2027, 4)), (2024, 0)),),
    ),
    item(
        "9",
        "GIGAスクール端末の活用",
        ["教育総務課"],
        (_long(40, ((2024, 60), (2025, 80), (2027, 100)), (2024, 72)),),
    ),
]

PLANS: dict[str, tuple[str, list[dict[str, Any]]]] = {
    "yunokihara_jigyo_sheets.txt": ("柚木原市", YUNOKIHARA),
    "asami_two_row_header.txt": ("浅見町", ASAMI),
    "hayase_hyoka.txt": ("早瀬市", HAYASE),
    "miyanomori_outline.txt": ("宮ノ森町", MIYANOMORI),
    "tomioka_pdftotext.txt": ("富丘市", TOMIOKA),
    "yoshinodai_jigyo_sheets.xlsx": ("吉野台市", YOSHINODAI),
    "shirasagi_kpi_opendata.csv": ("白鷺町", SHIRASAGI),
}


def document(name: str) -> bytes:
    """The file ``name`` as a user uploads it: the workbook built here, any other the bytes in this folder."""
    if name == "yoshinodai_jigyo_sheets.xlsx":
        return yoshinodai_xlsx()
    return (HERE / name).read_bytes()


def expected(name: str) -> dict[str, Any]:
    """The expected plan of document ``name`` in the form ``scoring.score`` takes."""
    return {"initiatives": PLANS[name][1]}
