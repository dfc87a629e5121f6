"""An eighteenth batch of text plans no reader was written against: ten plans as text extracted from their PDFs (and one
copied out of a web page), in shapes municipalities publish that earlier batches did not have.

Written from what municipalities publish, before any reader was looked at (the readers' code was not read):

- 夕映市's ＤＸ推進計画 令和６年度 進捗状況報告書 (``yubae_shinchoku_hokoku.txt``, plain ``pdftotext``): per 取組
  「取組１－１　…」, 「担当課：情報政策課　取組期間：令和５年度～令和８年度」 on one line, 【令和６年度の取組状況】 prose,
  【成果指標の状況】 「指標名：…」 then 「基準値（Ｒ４）：８５手続　目標値（Ｒ８）：３００手続」 and 「実績値（Ｒ６）：１９８手続
  達成率：６６．０％」 in full-width figures, 「指標名①」「指標名②」, two years' 実績 on one line, 「実績値（Ｒ６）：集計中」,
  【評価】Ａ, 【今後の方向性】; a 目次 with 「……」 leaders and a table of 評価 counts (no initiatives);
- 梢ヶ丘市's 第２次情報化推進計画 (``kozuegaoka_shisaku_kpi_box.txt``, ``pdftotext -layout``): 「施策①　…」 over 「施策①-1
  …」 blocks of 「取組の方向性」, a 「主な事業」 list of 「・」 bullets (no initiatives), 「担当課　会計課、納税課」 and a box
  「■KPI」 of lines 「電子申請に対応した手続数　　48手続（R5）→ 180手続（R9）」 (a name wrapped onto two lines once,
  「－（R5）→ 40人（R9）」 no baseline); the title begins 「第２次」;
- 清瀬野市's ＤＸ推進計画 (``kiyoseno_roman_kakko_maru.txt``, plain ``pdftotext`` with its form feeds): 取組 numbered
  「Ⅰ-(1)-①」 under 「Ⅰ　…」 and 「(1) …」, 【担当】【内容】【指標】 with 「現状値：62手続（令和５年度）」「目標値：…（令和11年度）」
  on lines of their own, 「【指標】－」, 【実施時期】 「令和７年度～令和11年度」, 「令和７年度」, 「令和８年度～」 (to the
  plan's end); a 施策の体系 page listing the headings alone;
- 鶴巻町's 地域情報化計画 (``tsurumaki_cho_juten_kakari.txt``, ``pdftotext -layout``): 「◎(1) 行政手続のオンライン化」
  under 「基本方針１」 (「◎」 a 重点取組), the 担当 at the right 「（担当：総務課 情報係）」 (a 係 of the 課; 「（担当：税務課
  収納係、会計室）」), 「目標：… 12手続（令和６年度）→ 50手続（令和10年度）」 for some; a 年次計画 table at the end, 「◎1-(1)」
  rows under 「令和７年度 … 令和10年度」, a step word in a year's column, empty columns no step;
- 翠嶺県's 市町村ＤＸ支援プログラム (``suirei_ken_shichoson_shien.txt``, ``pdftotext -layout``): a 県's support of its
  市町村, 「支援策１　…」 blocks of labels left (対象 / 内容 / 県の担当 / 指標 / スケジュール) and values right, 「県の担当
  デジタル戦略課（市町村支援担当）」, 指標 「現状　　３団体（令和６年３月末）」「目標　２５団体（令和８年３月末）」 (a 年度末
  written as the month), スケジュール 「令和７年度　…」 lines or 「令和７年度～令和９年度　…」; a table of the 市町村 by
  population before (no initiatives);
- 楠木台市's デジタル化推進計画 (``kusunokidai_no_gaiyou_shokan.txt``, ``pdftotext -layout``): a four-column table 「No
  | 取組 | 概要 | 所管」 whose 概要 wraps over 2–5 lines, 取組 wrapped onto a second line, 所管 「市民課、 / デジタル推進課」
  on two lines, 基本方針 rows across, the header repeated over the page break; no indicators;
- 菖蒲平市's 第２期地域情報化計画 最終評価報告書 (``shobudaira_heisei_saishu_hyoka.txt``, ``pdftotext -layout``): an old
  plan (令和元年度～令和５年度) of a table 「番号 | 取組名 | 担当課 | 実施期間」 and a KPI table of its own by 番号 「番号 |
  指標 | 基準値（H30） | 実績値 R1 R2 R3 R4 R5 | 目標値（R5） | 評価」 (a header of two rows, 「1,020件」 over 「（H29）」 a
  baseline of another year, 「－」 no value, bare figures under the years, 「182万件」 then 「205」), 「令和元年度（平成31年度）」;
- 若菜市's ＤＸ推進計画 (``wakana_ijou_ika_iji.txt``, ``pdftotext -layout``): 「取組１－１　…　担当：デジタル推進課」 and a
  small ＜成果指標＞ table 「指標名 | 現状値（R5） | 目標値（R10）」 whose targets say 「50％以上」「10分以下」「90％以上を維持」
  「0件を維持」「増加」「12,000時間（累計）」「60.0％（13.5ポイント増加）」「現状値から20ポイント / 以上増加」 (wrapped);
- 紫苑市's デジタル化推進実施計画 (``shion_bu_ka_jigyo_card.txt``, plain ``pdftotext``): 事業 cards of two-column tables
  extracted a cell a line (「事業番号」 then 「1-1-1」, 「所管」 then 「総務部 デジタル推進課」), 所管 with its 部 (「健康福祉部
  こども課・福祉課」, 「市民生活部 市民課／総務部 デジタル推進課」, 「上下水道局 経営課」, 「消防本部 通信指令課」, 「教育委員会
  教育総務課」), 年度別計画 「R7」 then its step (「－」 none), 現状値 and 目標値 a line each (「100％（R8）」 once);
- 蓮見市's page 「蓮見市デジタル化推進計画の取組」 (``hasumi_html_copy.txt``, copied out of the city's site in a browser):
  the site's menus, a breadcrumb 「ホーム > 市政情報 > …」, 「ページ番号」「更新日」, 「取組1　…」 headings, 「担当課：…」, a
  table of tab-separated cells 「指標 | 現状値（令和5年度） | 目標値（令和10年度）」, 「実施期間：…」, 「ページの先頭へ」 after
  each, then 添付ファイル, a survey, 「このページに関するお問い合わせ」 (総務部 情報政策課 …) and the footer.

``PLANS[name]`` is the plan each document states, by the earlier batches' conventions: a 目標値 with its year in an
item's lines or a small table of an item is the final target alone (夕映市, 梢ヶ丘市, 清瀬野市, 鶴巻町, 翠嶺県, 若菜市,
紫苑市, 蓮見市), its 実績値 each year's actual (「集計中」 none) and 達成率 no figure; a target column headed with its year
in a table of a row an indicator (菖蒲平市) is that year's target and the final one, the years' columns each year's
actual (「－」 none), the baseline of the year its header names unless its cell names another (「（H29）」 2016+1 = 2017).
「令和６年３月末」 is the end of 令和５年度: fy 2023. 「50％以上」「300万枚以下」「90％以上を維持」 are 50, 300, 90; 「0件を
維持」 0; 「増加」 and 「現状値から20ポイント以上増加」 no value (the 20 is a difference, not the target); 「60.0％（13.5ポイント
増加）」 60.0; 「（累計）」 is no part of the figure. Who carries a 取組 out is its 担当 as written, split at 「、」「・」「／」;
a 課 given with its 部 or 局 (「総務部 デジタル推進課」「上下水道局 経営課」, 「教育委員会 教育総務課」) or its 係 (「総務課
情報係」) is the 課; 「デジタル戦略課（市町村支援担当）」 is デジタル戦略課. 「施策①-1」 is 1-1, 「Ⅰ-(1)-①」 1-1-1, 「◎(1)」
under 「基本方針２」 2-1, 「支援策３」 3, 「取組1」 1. A schedule is the years a step is stated for (「令和８年度～」 the
years to the plan's end, 「R9　－」 none). ``document(name)`` is the file as uploaded (bytes).
"""

from __future__ import annotations

from typing import Any

from .unseen import HERE, item, kpi, years

# --- 夕映市: 進捗状況報告書, 【成果指標の状況】 指標名：… 基準値（Ｒ４）… 目標値（Ｒ８）… 実績値（Ｒ６） ---------------------


def _yubae(base: float, target: float, *actuals: tuple[int, float]) -> dict[str, Any]:
    """基準値（Ｒ４） 2022, 目標値（Ｒ８） the final target alone, 実績値 each year's actual."""
    return kpi((2022, base), (2026, target), (), tuple(actuals))


_R5_R8 = years(2023, 2026)

YUBAE = [
    item("1-1", "オンライン申請の拡充", ["情報政策課"], (_yubae(85, 300, (2024, 198)),), _R5_R8),
    item(
        "1-2",
        "マイナンバーカードの利活用",
        ["市民課"],
        (_yubae(12.4, 35.0, (2024, 24.8)), _yubae(58.2, 90.0, (2024, 79.6))),
        _R5_R8,
    ),
    item(
        "1-3",
        "キャッシュレス納付の推進",
        ["収納課", "会計課"],
        (_yubae(5.8, 25.0, (2023, 9.6), (2024, 14.2)),),
        _R5_R8,
    ),
    item("1-4", "書かない窓口の導入", ["市民課"], (_yubae(0, 40, (2024, 15)),), years(2024, 2026)),
    item("2-1", "ＡＩ・ＲＰＡの活用", ["行政改革課"], (_yubae(600, 4000, (2024, 2180)),), _R5_R8),
    item("2-2", "ペーパーレス化の推進", ["総務課"], (_yubae(820, 490),), _R5_R8),
    item("2-3", "テレワーク・Ｗｅｂ会議の推進", ["職員課"], (_yubae(310, 1200, (2024, 956)),), _R5_R8),
    item("2-4", "職員のデジタル人材育成", ["人事課", "情報政策課"], (_yubae(0, 1000, (2024, 612)),), _R5_R8),
]


# --- 梢ヶ丘市: 施策①-1 blocks, 主な事業 bullets, ■KPI 「48手続（R5）→ 180手続（R9）」 ----------------------------------


def _kozue(base: float | None, target: float) -> dict[str, Any]:
    """「…（R5）→ …（R9）」: the 2023 baseline (「－」 none) and the final target of 2027."""
    return kpi((2023, base) if base is not None else None, (2027, target))


KOZUEGAOKA = [
    item("1-1", "電子申請の拡充", ["デジタル推進課"], (_kozue(48, 180), _kozue(9600, 30000))),
    item("1-2", "キャッシュレス決済の導入", ["会計課", "納税課"], (_kozue(3, 25),)),
    item("1-3", "マイナンバーカードの利活用", ["市民課"], (_kozue(14.0, 40.0),)),
    item("2-1", "基幹業務システムの標準化", ["デジタル推進課"], (_kozue(0, 20),)),
    item("2-2", "ＡＩ・ＲＰＡによる業務効率化", ["行政経営課"], (_kozue(1500, 6000),)),
    item("2-3", "働き方改革とペーパーレス化", ["総務課", "職員課"], (_kozue(35, 90),)),
    item("3-1", "デジタルデバイド対策", ["市民協働課"], (_kozue(180, 600), _kozue(None, 40))),
    item("3-2", "オープンデータの推進", ["デジタル推進課"], (_kozue(42, 150),)),
    item("3-3", "教育のＩＣＴ活用", ["学校教育課"], (_kozue(68.5, 100),)),
]


# --- 清瀬野市: Ⅰ-(1)-① 取組, 【担当】【内容】【指標】【実施時期】, form feeds -----------------------------------------


def _kiyo(base: float, target: float) -> dict[str, Any]:
    """現状値（令和５年度） 2023, 目標値（令和11年度） the final target alone."""
    return kpi((2023, base), (2029, target))


KIYOSENO = [
    item(
        "1-1-1", "電子申請サービスの拡充", ["市民課", "デジタル推進課"], (_kiyo(62, 250),), years(2025, 2029)
    ),
    item("1-1-2", "窓口のキャッシュレス化", ["会計課"], (_kiyo(2, 18),), years(2025, 2027)),
    item("1-2-1", "ホームページの再構築", ["広報課"], (), years(2026, 2027)),
    item("1-2-2", "ＳＮＳによる情報発信", ["広報課"], (_kiyo(8200, 25000),), years(2025, 2029)),
    item("2-1-1", "基幹業務システムの標準化", ["デジタル推進課"], (), (2025,)),
    item("2-1-2", "ガバメントクラウドの活用", ["デジタル推進課"], (), years(2025, 2026)),
    item("2-2-1", "生成ＡＩの活用", ["デジタル推進課", "人事課"], (_kiyo(0, 600),), years(2025, 2029)),
    item("3-1-1", "地域のデジタル人材育成", ["商工観光課"], (_kiyo(0, 1500),), years(2026, 2029)),
    item("3-1-2", "高齢者のスマホ活用支援", ["高齢福祉課"], (_kiyo(240, 800),), years(2025, 2029)),
]


# --- 鶴巻町: ◎ 重点取組, （担当：総務課 情報係）, 目標 lines, a 年次計画 table at the end ---------------------------------


def _tsuru(base: float, target: float) -> dict[str, Any]:
    """「…（令和６年度）→ …（令和10年度）」: the 2024 baseline and the final target of 2028."""
    return kpi((2024, base), (2028, target))


TSURUMAKI = [
    item("1-1", "行政手続のオンライン化", ["総務課"], (_tsuru(12, 50),), years(2025, 2028)),
    item("1-2", "証明書のコンビニ交付", ["住民課"], (_tsuru(6.5, 20.0),), years(2025, 2028)),
    item("1-3", "窓口のキャッシュレス化", ["税務課", "会計室"], (_tsuru(0, 8),), years(2026, 2028)),
    item("1-4", "町ホームページの改善", ["企画課"], (), years(2025, 2026)),
    item("2-1", "基幹業務システムの標準化", ["総務課"], (), (2025,)),
    item("2-2", "ＡＩ・ＲＰＡの導入", ["総務課"], (_tsuru(0, 800),), years(2026, 2028)),
    item("2-3", "会議のペーパーレス化", ["総務課", "議会事務局"], (), years(2025, 2028)),
    item("3-1", "高齢者のスマホ教室", ["福祉課"], (_tsuru(60, 200),), years(2025, 2028)),
    item("3-2", "学校のＩＣＴ活用", ["教育課"], (), years(2025, 2028)),
    item("3-3", "防災情報の多重化", ["総務課"], (_tsuru(1850, 3000),), years(2025, 2027)),
]

#: 鶴巻町's 重点取組 (「◎」).
TSURUMAKI_JUTEN = {"1-1", "1-3", "2-1", "3-1"}


# --- 翠嶺県: 市町村ＤＸ支援プログラム, 支援策 blocks, 「（令和６年３月末）」 ------------------------------------------------


def _sui(base: float, target: float, target_fy: int) -> dict[str, Any]:
    """現状 「（令和６年３月末）」 fy 2023; 目標 「（令和N年３月末）」 fy 2018+N-1, the final target alone."""
    return kpi((2023, base), (target_fy, target))


SUIREI = [
    item("1", "自治体システム標準化の支援", ["デジタル戦略課"], (_sui(3, 25, 2025),), years(2025, 2026)),
    item(
        "2",
        "システム・サービスの共同調達",
        ["デジタル戦略課", "市町村課"],
        (_sui(8, 20, 2027),),
        years(2025, 2027),
    ),
    item("3", "ＤＸアドバイザーの派遣", ["デジタル戦略課"], (_sui(0, 15, 2027),), years(2025, 2027)),
    item("4", "電子申請サービスの共同利用", ["デジタル戦略課"], (_sui(12, 25, 2027),), years(2025, 2027)),
    item("5", "情報セキュリティ対策の支援", ["情報政策課"], (_sui(15, 25, 2027),), years(2025, 2027)),
    item(
        "6",
        "地域の通信環境整備の支援",
        ["デジタル戦略課", "地域振興課"],
        (_sui(97.2, 99.5, 2026),),
        years(2025, 2026),
    ),
    item("7", "市町村窓口ＤＸの支援", ["市町村課"], (_sui(2, 15, 2027),), years(2026, 2027)),
]


# --- 楠木台市: 「No | 取組 | 概要 | 所管」, 概要 wrapped over 2–5 lines ---------------------------------------------------

KUSUNOKIDAI = [
    item("1", "電子申請の拡充", ["デジタル推進課"]),
    item("2", "書かない窓口の導入", ["市民課", "デジタル推進課"]),
    item("3", "証明書のコンビニ交付の利用促進", ["市民課"]),
    item("4", "公金のキャッシュレス納付", ["納税課", "会計課"]),
    item("5", "オンライン相談の実施", ["こども家庭課", "介護保険課"]),
    item("6", "基幹業務システムの標準化・共通化", ["デジタル推進課"]),
    item("7", "ＲＰＡ・ＡＩ－ＯＣＲの活用", ["行政改革課"]),
    item("8", "電子決裁と文書管理システムの導入", ["総務課"]),
    item("9", "テレワークの推進", ["職員課"]),
    item("10", "デジタル活用支援", ["生涯学習課", "高齢福祉課"]),
    item("11", "オープンデータの推進", ["デジタル推進課"]),
    item("12", "地域の公共交通のデジタル化", ["都市交通課"]),
]


# --- 菖蒲平市: 最終評価, 基準値（H30） and 実績値 R1–R5, 目標値（R5） ----------------------------------------------------


def _shobu(
    base: float | None, actuals: tuple[float | None, ...], target: float, base_fy: int = 2018
) -> dict[str, Any]:
    """基準値（H30） 2018 (a cell's own 「（H29）」 2017, 「－」 none), 実績値 R1–R5 2019–2023 (「－」 none), 目標値（R5)
    2023's target and the final one."""
    found = tuple((fy, v) for fy, v in zip(years(2019, 2023), actuals, strict=True) if v is not None)
    return kpi((base_fy, base) if base is not None else None, (2023, target), ((2023, target),), found)


SHOBUDAIRA = [
    item(
        "1",
        "電子申請サービスの導入",
        ["情報管理課"],
        (_shobu(1020, (1350, 2840, 5120, 6480, 7950), 6000, base_fy=2017),),
        years(2019, 2023),
    ),
    item(
        "2",
        "証明書コンビニ交付の導入",
        ["市民課"],
        (_shobu(None, (None, 1210, 3450, 5030, 6720), 5000),),
        years(2019, 2020),
    ),
    item(
        "3",
        "公共施設予約システムの更新",
        ["生涯学習課"],
        (_shobu(22.5, (24.0, 31.8, 46.2, 52.7, 58.3), 60.0),),
        years(2020, 2021),
    ),
    item(
        "4",
        "ホームページのリニューアル",
        ["秘書広報課"],
        (_shobu(182, (205, 268, 251, 240, 236), 250),),
        (2019,),
    ),
    item(
        "5",
        "ＲＰＡの導入",
        ["行政改革課"],
        (_shobu(0, (None, 320, 1140, 1860, 2350), 2000),),
        years(2020, 2023),
    ),
    item(
        "6",
        "テレビ会議・テレワークの導入",
        ["人事課"],
        (_shobu(0, (0, 85, 142, 160, 171), 200),),
        years(2020, 2023),
    ),
    item(
        "7",
        "校内ネットワークと学習用端末の整備（ＧＩＧＡスクール構想）",
        ["教育総務課"],
        (_shobu(0.18, (0.21, 1.00, 1.00, 1.00, 1.00), 1.00),),
        years(2019, 2020),
    ),
    item(
        "8", "公衆無線ＬＡＮの整備", ["商工観光課"], (_shobu(4, (9, 15, 21, 21, 21), 25),), years(2019, 2021)
    ),
]


# --- 若菜市: 目標値 「以上」「以下」「維持」「増加」「（累計）」「ポイント」 ------------------------------------------------------


def _waka(base: float | None, target: float | None) -> dict[str, Any]:
    """現状値（R5） 2023, 目標値（R10） the final target alone of 2028 (「増加」 none)."""
    return kpi((2023, base) if base is not None else None, (2028, target) if target is not None else None)


WAKANA = [
    item("1-1", "オンライン手続の拡充", ["デジタル推進課"], (_waka(18.5, 50), _waka(64, 200))),
    item("1-2", "窓口の待ち時間の短縮", ["市民課"], (_waka(25, 10),)),
    item("1-3", "マイナンバーカードの普及と活用", ["市民課"], (_waka(72.4, 90),)),
    item("1-4", "キャッシュレス納付の推進", ["納税課"], (_waka(8.2, None),)),
    item("2-1", "業務の自動化", ["行政改革課"], (_waka(2400, 12000),)),
    item("2-2", "情報セキュリティの確保", ["デジタル推進課"], (_waka(0, 0), _waka(96.8, 100))),
    item("2-3", "ペーパーレス化の推進", ["総務課"], (_waka(510, 300),)),
    item("3-1", "デジタルデバイド対策", ["市民活動推進課"], (_waka(None, 2000), _waka(31.0, None))),
    item("3-2", "地域のキャッシュレス化", ["商工振興課"], (_waka(46.5, 60.0),)),
    item("3-3", "オープンデータの推進", ["デジタル推進課"], (_waka(85, None),)),
]


# --- 紫苑市: 事業 cards a cell a line, 所管 with its 部 ---------------------------------------------------------------------


def _shion(base: float | None, target: float, target_fy: int = 2027) -> dict[str, Any]:
    """現状値 「（R5）」 2023 (「－」 none), 目標値 「（R9）」 the final target alone."""
    return kpi((2023, base) if base is not None else None, (target_fy, target))


SHION = [
    item("1-1-1", "電子申請の拡充", ["デジタル推進課"], (_shion(12300, 36000),), years(2025, 2027)),
    item(
        "1-1-2", "子育て・福祉手続のオンライン化", ["こども課", "福祉課"], (_shion(8, 45),), years(2025, 2027)
    ),
    item("1-2-1", "書かない窓口の導入", ["市民課", "デジタル推進課"], (_shion(0, 30),), years(2025, 2027)),
    item("1-2-2", "水道料金のスマートフォン決済", ["経営課"], (_shion(4.1, 20.0),), years(2025, 2027)),
    item("2-1-1", "学習用端末の更新", ["教育総務課"], (_shion(0, 100, 2026),), years(2025, 2026)),
    item("2-1-2", "Net119緊急通報システムの周知", ["通信指令課"], (_shion(35, 120),), years(2025, 2027)),
    item("2-2-1", "介護認定事務へのＡＩの活用", ["介護保険課"], (_shion(1200, 600),), years(2026, 2027)),
    item("2-2-2", "地域ポイント制度のデジタル化", ["商工観光課"], (_shion(None, 15000),), years(2025, 2027)),
]


# --- 蓮見市: a web page copied in a browser, tab-separated table cells, 「ページの先頭へ」 -------------------------------


def _hasu(base: float | None, target: float) -> dict[str, Any]:
    """現状値（令和5年度） 2023 (「－」 none), 目標値（令和10年度） the final target alone."""
    return kpi((2023, base) if base is not None else None, (2028, target))


HASUMI = [
    item("1", "電子申請の拡充", ["情報政策課"], (_hasu(120, 400),), years(2025, 2028)),
    item("2", "キャッシュレス決済の導入", ["会計課", "市民課"], (_hasu(0, 15),), years(2025, 2026)),
    item("3", "市公式LINEの活用", ["広報課"], (_hasu(9800, 30000), _hasu(None, 600)), years(2025, 2028)),
    item("4", "基幹業務システムの標準化", ["情報政策課"], (), (2025,)),
    item("5", "テレワークとWeb会議の推進", ["人事課"], (_hasu(45, 250),), years(2025, 2028)),
    item("6", "地域のデジタル活用支援", ["生涯学習課", "長寿介護課"], (_hasu(150, 500),), years(2026, 2028)),
    item("7", "オープンデータの公開", ["情報政策課"], (_hasu(36, 100),), years(2025, 2028)),
]


PLANS: dict[str, tuple[str, list[dict[str, Any]]]] = {
    "yubae_shinchoku_hokoku.txt": ("夕映市", YUBAE),
    "kozuegaoka_shisaku_kpi_box.txt": ("梢ヶ丘市", KOZUEGAOKA),
    "kiyoseno_roman_kakko_maru.txt": ("清瀬野市", KIYOSENO),
    "tsurumaki_cho_juten_kakari.txt": ("鶴巻町", TSURUMAKI),
    "suirei_ken_shichoson_shien.txt": ("翠嶺県", SUIREI),
    "kusunokidai_no_gaiyou_shokan.txt": ("楠木台市", KUSUNOKIDAI),
    "shobudaira_heisei_saishu_hyoka.txt": ("菖蒲平市", SHOBUDAIRA),
    "wakana_ijou_ika_iji.txt": ("若菜市", WAKANA),
    "shion_bu_ka_jigyo_card.txt": ("紫苑市", SHION),
    "hasumi_html_copy.txt": ("蓮見市", HASUMI),
}

#: The plan period each document states (fiscal years).
PERIODS: dict[str, tuple[int, int]] = {
    "yubae_shinchoku_hokoku.txt": (2023, 2026),
    "kozuegaoka_shisaku_kpi_box.txt": (2024, 2027),
    "kiyoseno_roman_kakko_maru.txt": (2025, 2029),
    "tsurumaki_cho_juten_kakari.txt": (2025, 2028),
    "suirei_ken_shichoson_shien.txt": (2025, 2027),
    "kusunokidai_no_gaiyou_shokan.txt": (2025, 2028),
    "shobudaira_heisei_saishu_hyoka.txt": (2019, 2023),
    "wakana_ijou_ika_iji.txt": (2025, 2028),
    "shion_bu_ka_jigyo_card.txt": (2025, 2027),
    "hasumi_html_copy.txt": (2025, 2028),
}


def document(name: str) -> bytes:
    """The file ``name`` as a user uploads it: the bytes in this folder."""
    return (HERE / name).read_bytes()


def expected(name: str) -> dict[str, Any]:
    """The expected plan of document ``name`` in the form ``scoring.score`` takes."""
    return {"initiatives": PLANS[name][1]}
