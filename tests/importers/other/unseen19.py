"""A nineteenth batch of plans no reader was written against (the readers' code was not read), in shapes the batches
before do not have: four texts (``plans19/``), three sheets as a person fills them and two PDFs printed by Chromium.

Texts:

- 風早市's 令和６年度 事務事業評価シート (``kazahaya_jimu_jigyo_hyoka.txt``, as ``pdftotext -layout`` gives it, a
  sheet a page with form feeds and 「- n -」): a 行政評価 sheet a 事業 — 事業コード 「01-02-0031」 (the 財務 code) and
  取組番号 「１－２－１」 (the ＤＸ推進計画's) side by side with 評価者 / 所管 / 会計区分, 所管 「市民部　市民課　窓口係」,
  事業期間 「令和元年度　～　令和８年度」, 対象 / 意図 / 手段, an 指標の推移 table of 活動指標 and 成果指標 rows 「R4実績 |
  R5実績 | R6目標 | R6実績 | R7目標 | R8目標」, a コスト（千円） table, 評価 Ａ／Ｂ and 今後の方向性 「■拡充　□継続」;
- 渚町's デジタル化推進計画 (``nagisa_cho_houkousei_shokan.txt``): 基本目標 > 施策 with ＜施策の方向性＞ prose and
  ＜主な取組＞ 「● 電子申請の拡充【所管：総務課】」 bullets (no numbers), each with 「実施時期：Ｒ６～Ｒ９」 (「Ｒ７～」 to
  the plan's end) and for some 「目標：指標　３５手続（令和５年度）→１２０手続（令和９年度）」, 【所管：教育委員会学校教育課】;
- 緑風区 (a 特別区)'s 成果指標の進捗状況 as markdown (``ryokufu_ku_kpi_pipes.md``): a pipe table a 基本目標 「No. | 取組 |
  所管課 | 指標（単位） | 基準値<br>（令和元年度） | R6目標 | R6実績 | 進捗 | R8目標 | 実施期間」 with two 課 joined by
  「<br>」, ◎○△ and 「－」, a second indicator on a row of empty No. / 取組 / 所管課 cells, 「R7～」 and 「R6」;
- 琴浦村's 地域情報化計画 取組状況報告書 (``kotoura_mura_shinchoku_kigou.txt``): 「Ⅰ－１　電子申請の拡充　…〔進捗　◎〕」
  under 「■基本方針Ⅰ」, label lines 担当 / 期間 「Ｒ６～Ｒ８」 / 指標, the figures on one full-width line 「基準値（令和元年度）
  １２０件　Ｒ６目標４００件　Ｒ６実績５１２件　最終目標（令和８年度）９００件」 (「Ｒ６目標－」 none), 状況 prose, a 凡例 and a
  まとめ counting the marks.

Sheets:

- 雪割村's 進捗管理表 (``yukiwari_shinchoku.xlsx``): a title, 「（予算の単位：千円）」, the header 「番号 | 取組 | 担当 | 指標 |
  単位 | 基準値（R元） | R6目標 | R6実績 | R7目標 | R8目標 | R6予算 | 進捗」, 【基本目標】 rows merged across, a 取組 of two
  indicator rows with 番号 / 取組 / 担当 / 予算 / 進捗 merged down them, 「※…」 note rows merged across under some 取組,
  「－」 for an 実績 not counted;
- 碧海県's ＤＸ推進アクションプラン (``aomi_ken_action_plan.xlsx``): a header two rows deep — 「工程」 merged over 「令和７年度
  … 令和10年度」 (a 年度 per column holding a step word, 「→」 continuing it, empty no step), 「事業費（千円）」 over 「R7 |
  R8」 — the 施策 merged down its 事業, 担当課 written with the 部 and no blank 「総務部デジタル推進課」「教育庁教育政策課」,
  two joined by 「、」, 現状値 「45.0%（R6）」 with its year in the cell, 目標値（R10）;
- 北稜地区広域行政事務組合 (an 一部事務組合)'s 取組状況一覧 (``hokuryo_kumiai_torikumi.csv``, CP932, CRLF, saved from
  Excel): two title lines (one naming the 構成市町村), the unit of the 予算 on a line of its own, 「R5実績 | R6目標 | R6実績 |
  R7目標 | R8目標 | R6予算額 | R7予算額 | 実施年度 | 備考」, 担当 「消防本部 指令課」, 実施年度 「R6～R8」「R7」「R6・R8」,
  「"2,400"」 quoted figures, 「－」, ※ lines after the table.

PDFs (Chromium, read as uploaded and as ``pdftotext`` in both modes):

- 朱雀台市's ＤＸ推進計画 工程表 (``suzakudai_kouteihyou.pdf``, A3 landscape): 「No. | 施策 | 取組 | 所管課」 and 「令和７年度 …
  令和10年度」 each over 「上期 | 下期」; each step a bar — a cell spanning its half-years, shaded, its word inside — the
  施策 merged down its 取組, a 凡例 and a ※ note;
- 浅茅市's ＤＸ推進計画 取組一覧 (``asaji_torikumi_ichiran.pdf``, A4 portrait, three pages): 「番号 | 重点 | 取組名 | 取組概要 |
  担当課 | 成果指標 | 現状値（R5） | 目標値（R11） | 実施年度」 repeated on each page (thead), 基本方針 rows across, long
  概要 so that rows break across pages, ★ 重点, a 取組 of two indicators (its other cells merged down both), 「－」 no
  indicator, 実施年度 「R7～R11」「R8～」「R7・R8」「R9」.

``PLANS[name]`` is the plan each document states, by the earlier batches' conventions: yearly target columns (「R6目標」
「R7目標」「R8目標」) are each year's target, the last one — the plan's last year — the final target too (風早市, 緑風区,
雪割村, 北稜); a target column headed with its year in a table of a row an initiative is that year's target and the final
one (碧海県's 目標値（R10）, 浅茅市's 目標値（R11）); a 目標 with its year on an item's line (渚町 「→１２０手続（令和９年度）」,
琴浦村's 「最終目標（令和８年度）」) the final target alone, 琴浦村's 「Ｒ６目標」 2024's target; 実績 columns each year's
actual (「R4実績」 too: not a baseline, no column says 基準); 「基準値（令和元年度）」「基準値（R元）」 the baseline of 2019;
「－」 or empty no value; 達成率, 進捗 and 評価 marks no figure. Who carries a 取組 out is its 担当 / 所管 as written, split
at 「、」「・」「<br>」; a 課 with its 部, 局 or 庁 (「総務部　情報政策課」「総務部デジタル推進課」「教育委員会学校教育課」,
「消防本部 指令課」) or its 係 (「市民課　窓口係」) is the 課. 風早市's code is the 取組番号 (the 事業コード is the 財務
system's), 「Ⅰ－１」 is 1-1, 渚町's bullets have no code. A schedule is the years a step is stated for (「Ｒ７～」 to the
plan's last year; 「R6・R8」 the two; a 年度 column with a word or 「→」), and in a 工程表 by 上期 / 下期 each half a bar
covers (half 1 / 2). 事業費 and 予算 are budgets (not scored).
"""

from __future__ import annotations

import csv
import io
from typing import Any

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from ..unseen_harness import new_book, save
from .batch_documents import batch_documents
from .docparts import _esc, _page
from .unseen import HERE, item, kpi, years

FOLDER = HERE / "plans19"


def _n(text: str) -> float | None:
    """A figure as printed (「4,820」「１２０件」「45.0%」); 「－」 or empty none."""
    import unicodedata

    text = unicodedata.normalize("NFKC", text).replace(",", "")
    digits = "".join(c for c in text if c.isdigit() or c == ".")
    return float(digits) if digits else None


def _r(text: str, last: int) -> tuple[int, ...]:
    """「R6～R8」 2024…2026, 「R7～」 to ``last``, 「R6・R8」 the two, 「R9」 the one (full-width too)."""
    import unicodedata

    text = unicodedata.normalize("NFKC", text).replace("~", "～")
    if "・" in text:
        return tuple(2018 + int(part.removeprefix("R")) for part in text.split("・"))
    first, dash, end = text.partition("～")
    start = 2018 + int(first.removeprefix("R"))
    if not dash:
        return (start,)
    return tuple(range(start, (2018 + int(end.removeprefix("R")) if end else last) + 1))


# --- 風早市: 事務事業評価シート --------------------------------------------------------------------------------------


def _kaza(r4: str, r5: str, t6: str, a6: str, t7: str, t8: str) -> dict[str, Any]:
    """R4実績, R5実績, R6目標, R6実績, R7目標, R8目標 (the plan's last year: the final target too)."""
    actuals = tuple((fy, v) for fy, v in ((2022, _n(r4)), (2023, _n(r5)), (2024, _n(a6))) if v is not None)
    targets = tuple((fy, v) for fy, v in ((2024, _n(t6)), (2025, _n(t7)), (2026, _n(t8))) if v is not None)
    return kpi(None, (2026, _n(t8)) if _n(t8) is not None else None, targets, actuals)  # type: ignore[arg-type]


KAZAHAYA = [
    item(
        "1-1-1",
        "電子申請推進事業",
        ["情報政策課"],
        (
            _kaza("38", "62", "100", "112", "150", "200"),
            _kaza("4,820", "7,350", "10,000", "11,204", "14,000", "18,000"),
        ),
        years(2023, 2026),
    ),
    item(
        "1-2-1",
        "窓口キャッシュレス決済導入事業",
        ["市民課"],
        (_kaza("0", "4", "8", "9", "12", "15"), _kaza("－", "6.2", "12.0", "14.8", "20.0", "30.0")),
        years(2023, 2026),
    ),
    item(
        "1-2-2",
        "書かない窓口推進事業",
        ["市民課", "情報政策課"],
        (_kaza("－", "－", "3,000", "2,410", "6,000", "9,000"),),
        years(2024, 2026),
    ),
    item(
        "2-1-1",
        "業務プロセス改善（ＲＰＡ）事業",
        ["行政経営課"],
        (
            _kaza("18", "24", "30", "31", "36", "40"),
            _kaza("3,100", "4,050", "5,000", "5,320", "5,800", "6,500"),
        ),
        years(2019, 2026),
    ),
    item(
        "2-2-1",
        "職員デジタル研修事業",
        ["職員課"],
        (_kaza("21.5", "34.0", "50.0", "47.3", "65.0", "80.0"),),
        years(2023, 2026),
    ),
    item(
        "3-1-1",
        "地域デジタル活用支援事業",
        ["高齢者支援課"],
        (_kaza("－", "12", "24", "26", "30", "36"), _kaza("－", "148", "300", "336", "400", "480")),
        years(2024, 2026),
    ),
]


# --- 渚町: 施策の方向性 → 主な取組 ● bullets 【所管：…】 --------------------------------------------------------------


def _nagi(base: float, target: float) -> dict[str, Any]:
    """「…（令和５年度）→…（令和９年度）」: 2023's baseline, the final target of 2027 alone."""
    return kpi((2023, base), (2027, target))


NAGISA = [
    item(None, "電子申請の拡充", ["総務課"], (_nagi(35, 120),), years(2024, 2027)),
    item(None, "窓口キャッシュレス決済の導入", ["会計室", "住民課"], (_nagi(0, 6),), years(2024, 2025)),
    item(None, "公共施設予約のオンライン化", ["生涯学習課"], (), years(2025, 2027)),
    item(None, "書かない窓口の導入", ["住民課"], (_nagi(0, 50),), years(2025, 2027)),
    item(None, "コンビニ交付の利用促進", ["住民課"], (_nagi(7.8, 25.0),), years(2024, 2027)),
    item(None, "基幹業務システムの標準化", ["総務課"], (), years(2024, 2025)),
    item(None, "ＡＩ・ＲＰＡの活用", ["総務課", "企画政策課"], (_nagi(420, 2000),), years(2024, 2027)),
    item(None, "電子決裁・文書管理システムの導入", ["総務課"], (_nagi(0, 80),), years(2026, 2027)),
    item(None, "スマホ相談会の開催", ["福祉介護課"], (_nagi(52, 300),), years(2024, 2027)),
    item(None, "学校でのＩＣＴ活用の推進", ["学校教育課"], (_nagi(61.0, 90.0),), years(2024, 2027)),
]


# --- 緑風区: markdown pipe tables, 基準値（令和元年度） | R6目標 | R6実績 | 進捗 | R8目標 -----------------------------------


def _ryoku(base: float, t6: float, a6: float | None, t8: float) -> dict[str, Any]:
    return kpi((2019, base), (2026, t8), ((2024, t6), (2026, t8)), ((2024, a6),) if a6 is not None else ())


RYOKUFU = [
    item("1-1", "電子申請の拡充", ["情報政策課"], (_ryoku(24, 150, 163, 300),), years(2024, 2026)),
    item(
        "1-2",
        "窓口の待ち時間の短縮",
        ["戸籍住民課", "情報政策課"],
        (_ryoku(38, 25, 27, 15),),
        years(2024, 2026),
    ),
    item(
        "1-3",
        "区税・保険料のキャッシュレス納付",
        ["税務課", "国保年金課"],
        (_ryoku(4.5, 15.0, 16.2, 30.0),),
        years(2024, 2026),
    ),
    item(
        "1-4",
        "子育て手続のワンストップ化",
        ["子ども家庭課"],
        (_ryoku(0, 1500, 1620, 5000), _ryoku(2100, 6000, 5480, 10000)),
        years(2025, 2026),
    ),
    item("2-1", "基幹業務システムの標準化", ["情報政策課"], (_ryoku(0, 10, 10, 20),), years(2024, 2025)),
    item("2-2", "生成AIの活用", ["DX推進課"], (_ryoku(0, 30, 41, 70),), years(2024, 2026)),
    item("2-3", "ペーパーレス会議の定着", ["総務課"], (_ryoku(1820, 1200, 1350, 600),), years(2024, 2026)),
    item("2-4", "テレワークの推進", ["人事課"], (_ryoku(35, 400, None, 800),), (2024,)),
    item(
        "3-1",
        "デジタル活用支援",
        ["地域振興課", "高齢福祉課"],
        (_ryoku(210, 600, 655, 1200),),
        years(2024, 2026),
    ),
    item("3-2", "オープンデータの推進", ["DX推進課"], (_ryoku(46, 120, 118, 200),), years(2025, 2026)),
]


# --- 琴浦村: 取組状況報告書, 〔進捗　◎〕, 基準値（令和元年度）… Ｒ６目標 … Ｒ６実績 … 最終目標（令和８年度） -----------------


def _koto(base: float, t6: float | None, a6: float | None, final: float) -> dict[str, Any]:
    return kpi(
        (2019, base),
        (2026, final),
        ((2024, t6),) if t6 is not None else (),
        ((2024, a6),) if a6 is not None else (),
    )


KOTOURA = [
    item("1-1", "電子申請の拡充", ["住民生活課"], (_koto(120, 400, 512, 900),), years(2024, 2026)),
    item(
        "1-2", "役場窓口のキャッシュレス化", ["会計室", "住民生活課"], (_koto(0, 2, 2, 4),), years(2024, 2025)
    ),
    item("1-3", "防災情報のプッシュ配信", ["総務課"], (_koto(680, 900, 815, 1500),), years(2024, 2026)),
    item("2-1", "基幹系システムの標準化", ["総務課"], (_koto(0, 5, 5, 20),), years(2024, 2025)),
    item(
        "2-2",
        "テレビ会議・ペーパーレス会議の導入",
        ["総務課", "議会事務局"],
        (_koto(0, None, None, 12),),
        years(2025, 2026),
    ),
    item("3-1", "高齢者のスマホ教室", ["保健福祉課"], (_koto(15, 60, 88, 150),), years(2024, 2026)),
    item("3-2", "スマート農業の導入支援", ["産業振興課"], (_koto(3.5, 12.0, 9.2, 30.0),), years(2024, 2026)),
]


# --- 雪割村: 進捗管理表 xlsx, merged 取組 cells over indicator rows, ※ note rows, 基準値（R元） ---------------------------

#: (基本目標, [(番号, 取組, 担当, [(指標, 単位, 基準値, R6目標, R6実績, R7目標, R8目標)], R6予算, 進捗, ※ note)])
_YUKIWARI: list[tuple[str, list[tuple[Any, ...]]]] = [
    ("【基本目標１】村民の手続を便利に", [
        (1, "電子申請の推進", "総務課", [("電子申請できる手続数", "手続", 5, 20, 24, 35, 50),
                                        ("電子申請の件数", "件", 60, 300, 410, 600, 900)], 1800, "順調", None),
        (2, "コンビニ交付の導入", "住民課", [("コンビニ交付の件数", "件", 0, 200, 154, 400, 600)], 3200, "やや遅れ",
         "※R6実績は令和7年2月末時点（3月分は集計中）"),
        (3, "ふるさと納税のオンライン受付", "企画課", [("オンライン寄附の割合", "%", 42.0, 60.0, 66.3, 70.0, 80.0)],
         450, "順調", None),
    ]),
    ("【基本目標２】役場の仕事を効率的に", [
        (4, "基幹系システムの標準化", "総務課", [("移行した業務数", "業務", 0, 10, 10, 20, 20)], 28500, "順調", None),
        (5, "庁内無線LANとタブレットの整備", "総務課・議会事務局", [("ペーパーレス会議の回数", "回", 0, 12, 15, 24, 36)],
         4600, "順調", None),
        (6, "RPAの導入", "総務課", [("RPAで削減した作業時間", "時間", 0, 150, "－", 300, 500)], 900, "遅れ",
         "※RPAの本稼働が令和7年1月となったため、R6実績は集計していない。"),
    ]),
    ("【基本目標３】地域の暮らしを支える", [
        (7, "高齢者見守りのICT化", "保健福祉課", [("見守りセンサーの設置世帯数", "世帯", 4, 20, 22, 35, 50),
                                                  ("センサーで異常を検知し訪問した件数", "件", 0, "－", 3, "－", "－")],
         2100, "順調", None),
        (8, "観光情報のデジタル発信", "産業観光課", [("観光サイトの閲覧数", "千PV", 38, 60, 71, 80, 100)], 1300, "順調", None),
    ]),
]  # fmt: skip

_THIN = Side(style="thin")
_BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_HEAD = PatternFill("solid", fgColor="DDEBF7")
_GOAL = PatternFill("solid", fgColor="FFF2CC")


def yukiwari_xlsx() -> bytes:
    book, sheet = new_book("進捗管理表")
    sheet.append(["雪割村情報化推進計画（令和6年度～令和8年度）　進捗管理表（令和6年度末）"])
    sheet["A1"].font = Font(bold=True, size=14)
    sheet.append([None] * 10 + ["（予算の単位：千円）"])
    header = ["番号", "取組", "担当", "指標", "単位", "基準値（R元）", "R6目標", "R6実績", "R7目標", "R8目標"]
    sheet.append([*header, "R6予算", "進捗"])
    for cell in sheet[3]:
        cell.fill, cell.border, cell.font = _HEAD, _BOX, Font(bold=True)
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for goal, rows in _YUKIWARI:
        sheet.append([goal])
        line = sheet.max_row
        sheet.merge_cells(f"A{line}:L{line}")
        sheet[f"A{line}"].fill = _GOAL
        for number, title, dept, indicators, budget, progress, note in rows:
            first = sheet.max_row + 1
            for index, (name, unit, base, t6, a6, t7, t8) in enumerate(indicators):
                head = [number, title, dept] if index == 0 else [None, None, None]
                tail = [budget, progress] if index == 0 else [None, None]
                sheet.append([*head, name, unit, base, t6, a6, t7, t8, *tail])
                for column in range(1, 13):
                    sheet.cell(sheet.max_row, column).border = _BOX
                    sheet.cell(sheet.max_row, column).alignment = Alignment(vertical="center", wrap_text=True)
                sheet.cell(sheet.max_row, 11).number_format = "#,##0"
            last = sheet.max_row
            if last > first:
                for letter in "ABCKL":
                    sheet.merge_cells(f"{letter}{first}:{letter}{last}")
            if note:
                sheet.append([None, note])
                sheet.merge_cells(f"B{sheet.max_row}:L{sheet.max_row}")
                sheet.cell(sheet.max_row, 2).font = Font(size=9, color="FF0000")
    sheet.append([])
    sheet.append(["※進捗：順調／やや遅れ／遅れ。基準値は前計画の最終年度（令和元年度）の値。"])
    for letter, width in zip("ABCDEFGHIJKL", (6, 28, 18, 32, 7, 12, 9, 9, 9, 9, 10, 9), strict=True):
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = "D4"
    return save(book)


def _yuki(base: Any, t6: Any, a6: Any, t7: Any, t8: Any) -> dict[str, Any]:
    def v(x: Any) -> float | None:
        return None if x == "－" else float(x)

    targets = tuple((fy, v(x)) for fy, x in ((2024, t6), (2025, t7), (2026, t8)) if v(x) is not None)
    return kpi(
        (2019, v(base)) if v(base) is not None else None,  # type: ignore[arg-type]
        (2026, v(t8)) if v(t8) is not None else None,  # type: ignore[arg-type]
        targets,  # type: ignore[arg-type]
        ((2024, v(a6)),) if v(a6) is not None else (),  # type: ignore[arg-type]
    )


def _yukiwari() -> list[dict[str, Any]]:
    return [
        item(str(number), title, dept.split("・"), tuple(_yuki(*i[2:]) for i in indicators))
        for _, rows in _YUKIWARI
        for number, title, dept, indicators, *_ in rows
    ]


# --- 碧海県: アクションプラン xlsx, 工程 a 年度 per column, 事業費（千円）, 部+課 -----------------------------------------

#: (施策, [(No., 事業名, 担当課 as written, 担当課, steps R7…R10, 事業費 R7, R8, KPI, 現状値, 目標値（R10）)])
_AOMI: list[tuple[str, list[tuple[Any, ...]]]] = [
    ("１\n行政手続の\nデジタル化", [
        (1, "電子申請システムの全庁展開", "総務部デジタル推進課", ["デジタル推進課"], ("構築", "運用", "→", "→"),
         85000, 42000, "オンライン化した手続の割合", "45.0%（R6）", "100%"),
        (2, "手数料のキャッシュレス化", "会計局会計課、総務部デジタル推進課", ["会計課", "デジタル推進課"],
         ("検討", "導入", "運用", "→"), 3200, 18500, "キャッシュレス対応の窓口数", "12か所（R6）", "80か所"),
        (3, "県税の電子申告・電子納付の推進", "総務部税務課", ["税務課"], ("運用", "→", "→", "→"), 6000, 6000,
         "電子申告の利用率", "58.2%（R5）", "75.0%"),
    ]),
    ("２\n産業・地域\nのDX", [
        (4, "中小企業のDX支援", "商工労働部産業政策課", ["産業政策課"], ("実施", "→", "→", "→"), 120000, 120000,
         "DXに取り組んだ中小企業数", "85社（R6）", "400社"),
        (5, "スマート農林業の普及", "農林水産部農業振興課、農林水産部林業振興課", ["農業振興課", "林業振興課"],
         ("", "実証", "普及", "→"), "－", 35000, "スマート技術を導入した経営体数", "140経営体（R5）", "600経営体"),
        (6, "インフラ点検へのドローン活用", "県土整備部道路維持課", ["道路維持課"], ("検討", "試行", "本格運用", ""),
         2000, 9800, "ドローンで点検した橋梁数", "0橋（R6）", "150橋"),
    ]),
    ("３\n県庁のDX", [
        (7, "生成AIの全庁利用", "総務部デジタル推進課", ["デジタル推進課"], ("導入", "運用", "→", "→"), 24000, 26000,
         "生成AIを利用する職員の割合", "12%（R6）", "80%"),
        (8, "教職員の校務DX", "教育庁教育政策課", ["教育政策課"], ("構築", "運用", "→", ""), 160000, 48000,
         "校務支援システムを導入した県立学校数", "0校（R6）", "68校"),
        (9, "市町村との情報システム共同調達", "総務部市町村課", ["市町村課"], ("", "検討", "調達", "運用"), "－", 1500,
         "共同調達に参加する市町村数", "0団体（R6）", "25団体"),
    ]),
]  # fmt: skip


def aomi_ken_xlsx() -> bytes:
    book, sheet = new_book("アクションプラン")
    sheet.append(["碧海県ＤＸ推進計画　アクションプラン（令和７年度～令和10年度）"])
    sheet["A1"].font = Font(bold=True, size=14)
    sheet.append(["令和7年3月　碧海県総務部デジタル推進課"])
    sheet.append([])
    sheet.append(["施策", "No.", "事業名", "担当課", "工程", None, None, None, "事業費（千円）", None, "KPI", "現状値",
                  "目標値（R10）"])  # fmt: skip
    sheet.append(
        [None] * 4 + ["令和７年度", "令和８年度", "令和９年度", "令和10年度", "R7", "R8"] + [None] * 3
    )
    for letter in "ABCDKLM":
        sheet.merge_cells(f"{letter}4:{letter}5")
    sheet.merge_cells("E4:H4")
    sheet.merge_cells("I4:J4")
    for row in (4, 5):
        for column in range(1, 14):
            cell = sheet.cell(row, column)
            cell.fill, cell.border, cell.font = _HEAD, _BOX, Font(bold=True)
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for policy, rows in _AOMI:
        first = sheet.max_row + 1
        for number, title, written, _, steps, money7, money8, name, base, target in rows:
            sheet.append([policy if sheet.max_row + 1 == first else None, number, title, written, *steps, money7,
                          money8, name, base, target])  # fmt: skip
            line = sheet.max_row
            for column in range(1, 14):
                cell = sheet.cell(line, column)
                cell.border = _BOX
                cell.alignment = Alignment(vertical="center", wrap_text=True)
            for column in (5, 6, 7, 8):
                if sheet.cell(line, column).value:
                    sheet.cell(line, column).fill = PatternFill("solid", fgColor="C6E0B4")
                    sheet.cell(line, column).alignment = Alignment(horizontal="center", vertical="center")
            for column in (9, 10):
                sheet.cell(line, column).number_format = "#,##0"
        sheet.merge_cells(f"A{first}:A{sheet.max_row}")
        sheet.cell(first, 1).alignment = Alignment(vertical="center", wrap_text=True)
    sheet.append([])
    sheet.append(["※工程の「→」は前年度の取組を継続することを示す。事業費は当初予算（R8は見込み）。"])
    for letter, width in zip(
        "ABCDEFGHIJKLM", (12, 5, 30, 26, 10, 10, 10, 10, 10, 10, 30, 14, 12), strict=True
    ):
        sheet.column_dimensions[letter].width = width
    return save(book)


def _aomi() -> list[dict[str, Any]]:
    out = []
    for _, rows in _AOMI:
        for number, title, _, departments, steps, _, _, _, base, target in rows:
            fy = 2018 + int(base.rsplit("R", 1)[1].rstrip("）"))
            out.append(
                item(
                    str(number),
                    title,
                    departments,
                    (kpi((fy, _n(base.split("（")[0])), (2028, _n(target)), ((2028, _n(target)),)),),  # type: ignore[arg-type]
                    tuple(2025 + i for i, step in enumerate(steps) if step),
                )
            )
    return out


# --- 北稜地区広域行政事務組合: CSV (CP932) 取組状況一覧 ------------------------------------------------------------------

#: 番号, 取組項目, 担当課 as written, 担当課, 指標名, 単位, R5実績, R6目標, R6実績, R7目標, R8目標, R6予算額, R7予算額,
#: 実施年度, 備考
_HOKURYO: list[tuple[Any, ...]] = [
    ("1", "介護保険の電子申請", "介護保険課", ["介護保険課"], "電子申請で受け付けた要介護認定申請の件数", "件", "0", "300",
     "356", "600", "1,000", "2,400", "1,200", "R6～R8", ""),
    ("2", "消防指令システムの更新", "消防本部 指令課", ["指令課"], "通報から出動指令までの平均時間", "秒", "95", "90", "92",
     "80", "75", "186,000", "92,000", "R6～R7", "国庫補助（緊急防災・減災事業債）"),
    ("3", "Net119緊急通報システムの導入", "消防本部 指令課", ["指令課"], "Net119の登録者数", "人", "－", "30", "41",
     "60", "100", "1,800", "600", "R6～R8", "令和6年10月運用開始"),
    ("4", "ごみ処理施設の遠隔監視", "環境施設課", ["環境施設課"], "巡回点検の削減時間", "時間", "0", "200", "180", "400",
     "600", "12,500", "3,000", "R6～R8", ""),
    ("5", "構成市町村との共同調達", "総務課", ["総務課"], "共同調達したシステムの数", "件", "1", "2", "2", "3", "4", "－",
     "－", "R6・R8", "R7は契約更新なし"),
    ("6", "職員の情報セキュリティ研修", "総務課、消防本部 警防課", ["総務課", "警防課"], "研修の受講率", "％", "72.0",
     "85.0", "91.4", "95.0", "100.0", "350", "350", "R6～R8", ""),
    ("7", "公式ウェブサイトのリニューアル", "総務課", ["総務課"], "ウェブサイトの年間閲覧数", "千件", "312", "330", "－",
     "380", "420", "－", "4,800", "R7", "R6実績はアクセス解析の切替により不明"),
]  # fmt: skip

HOKURYO_HEADER = [
    "番号",
    "取組項目",
    "担当課",
    "指標名",
    "単位",
    "R5実績",
    "R6目標",
    "R6実績",
    "R7目標",
    "R8目標",
]
HOKURYO_HEADER += ["R6予算額", "R7予算額", "実施年度", "備考"]


def hokuryo_csv() -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    width = len(HOKURYO_HEADER)
    writer.writerow(
        ["北稜地区広域行政事務組合　情報化推進計画（令和６年度～令和８年度）　取組状況一覧"]
        + [""] * (width - 1)
    )
    writer.writerow(["（構成市町村：北稜市、南沢町、東峰村）"] + [""] * (width - 1))
    writer.writerow([""] * 10 + ["（単位：千円）"] + [""] * (width - 11))
    writer.writerow(HOKURYO_HEADER)
    for row in _HOKURYO:
        number, title, written, _, *rest = row
        writer.writerow([number, title, written, *rest])
    writer.writerow([""] * width)
    writer.writerow(
        ["※R6実績は令和7年3月末時点。「－」は実績なし又は把握していないもの。"] + [""] * (width - 1)
    )
    writer.writerow(["※予算額は各年度の当初予算額。"] + [""] * (width - 1))
    return out.getvalue().encode("cp932")


def _hokuryo() -> list[dict[str, Any]]:
    out = []
    for number, title, _, departments, _, _, r5, t6, a6, t7, t8, _, _, when, _ in _HOKURYO:
        actuals = tuple((fy, _n(v)) for fy, v in ((2023, r5), (2024, a6)) if _n(v) is not None)
        targets = tuple((fy, _n(v)) for fy, v in ((2024, t6), (2025, t7), (2026, t8)) if _n(v) is not None)
        final: Any = (2026, _n(t8))
        out.append(item(number, title, departments, (kpi(None, final, targets, actuals),), _r(when, 2026)))  # type: ignore[arg-type]
    return out


# --- 朱雀台市: A3 工程表, 上期 / 下期, bars as shaded cells spanning their halves ------------------------------------------

_BAR_COLOURS = {"検討": "#ffe699", "準備": "#ffe699", "構築": "#9dc3e6", "運用": "#a9d08e"}

#: (施策, [(No., 取組, 所管課 as written, 所管課, [(first half, last half, word, kind)])]); half 0 is 令和７年度上期.
_SUZAKUDAI: list[tuple[str, list[tuple[Any, ...]]]] = [
    ("１ 行政サービスのＤＸ", [
        (1, "電子申請の拡充", "情報政策課", ["情報政策課"], [(0, 1, "対象手続の検討", "検討"), (2, 7, "順次拡大", "運用")]),
        (2, "書かない窓口の導入", "市民課\n情報政策課", ["市民課", "情報政策課"],
         [(2, 3, "調達", "準備"), (4, 5, "構築", "構築"), (6, 7, "運用", "運用")]),
        (3, "公金収納のキャッシュレス化", "会計課", ["会計課"], [(0, 2, "導入", "構築"), (3, 7, "運用", "運用")]),
        (4, "公共施設予約システムの更新", "文化スポーツ課", ["文化スポーツ課"], [(4, 5, "調達", "準備"), (6, 6, "構築", "構築")]),
    ]),
    ("２ 行政運営のＤＸ", [
        (5, "基幹業務システムの標準化", "情報政策課", ["情報政策課"], [(0, 3, "標準準拠システムへ移行", "構築")]),
        (6, "ガバメントクラウドへの移行", "情報政策課", ["情報政策課"], [(1, 3, "移行", "構築")]),
        (7, "電子契約の導入", "契約課", ["契約課"], [(2, 3, "検討", "検討"), (4, 4, "試行", "構築"), (5, 7, "本格運用", "運用")]),
        (8, "テレワーク環境の整備", "人事課", ["人事課"], [(0, 0, "機器更新", "構築"), (1, 7, "運用", "運用")]),
    ]),
    ("３ 地域社会のＤＸ", [
        (9, "デジタル活用支援", "市民協働課", ["市民協働課"], [(0, 7, "スマホ相談会の開催", "運用")]),
        (10, "オープンデータの推進", "情報政策課", ["情報政策課"], [(0, 1, "方針策定", "検討"), (2, 7, "公開拡大", "運用")]),
        (11, "ＧＩＧＡスクール端末の更新", "教育委員会\n学校教育課", ["学校教育課"], [(1, 2, "調達", "準備"), (3, 3, "更新", "構築")]),
        (12, "防災情報システムの構築", "危機管理課", ["危機管理課"], [(5, 6, "構築", "構築"), (7, 7, "運用", "運用")]),
    ]),
]  # fmt: skip


def suzakudai_html() -> str:
    head = (
        "<thead><tr><th rowspan=2>No.</th><th rowspan=2>施策</th><th rowspan=2>取組</th><th rowspan=2>所管課</th>"
        + "".join(f"<th colspan=2>令和{n}年度</th>" for n in ("７", "８", "９", "10"))
        + "</tr><tr>"
        + "<th>上期</th><th>下期</th>" * 4
        + "</tr></thead>"
    )
    rows = []
    for policy, entries in _SUZAKUDAI:
        for index, (number, title, written, _, bars) in enumerate(entries):
            cells = [f"<td class=c>{number}</td>"]
            if index == 0:
                cells.append(f"<td rowspan={len(entries)} class=p>{_esc(policy)}</td>")
            cells.append(f"<td>{_esc(title)}</td><td>{_esc(written).replace(chr(10), '<br>')}</td>")
            half = 0
            for first, last, word, kind in bars:
                cells.extend("<td class=h></td>" for _ in range(half, first))
                cells.append(
                    f"<td class=h colspan={last - first + 1}><div class=bar style='background:{_BAR_COLOURS[kind]}'>"
                    f"{_esc(word)}</div></td>"
                )
                half = last + 1
            cells.extend("<td class=h></td>" for _ in range(half, 8))
            rows.append("<tr>" + "".join(cells) + "</tr>")
    legend = "".join(
        f"<span style='display:inline-block;width:14mm;height:4mm;background:{colour};margin:0 2mm 0 6mm;"
        f"vertical-align:middle'></span>{word}"
        for word, colour in (("検討・準備", "#ffe699"), ("構築・導入", "#9dc3e6"), ("運用", "#a9d08e"))
    )
    body = (
        "<h2 style='text-align:center'>朱雀台市ＤＸ推進計画　工程表（令和７年度～令和10年度）</h2>"
        f"<p style='text-align:right'>凡例：{legend}</p>"
        f"<table>{head}<tbody>{''.join(rows)}</tbody></table>"
        "<p>※工程は予算の状況等により見直すことがあります。上期は４月～９月、下期は10月～３月。</p>"
    )
    css = (
        "td.c { text-align: center; width: 8mm; } td.p { width: 34mm; } td.h { width: 26mm; padding: 3pt 1pt; "
        "vertical-align: middle; } .bar { border-radius: 2mm; padding: 1pt 4pt; text-align: center; } "
        "th { font-weight: bold; }"
    )
    return _page(body, size="A3 landscape", header="朱雀台市ＤＸ推進計画", css=css, font="10pt")


def _suzakudai() -> list[dict[str, Any]]:
    out = []
    for _, entries in _SUZAKUDAI:
        for number, title, _, departments, bars in entries:
            halves = sorted({h for first, last, _, _ in bars for h in range(first, last + 1)})
            entry = item(str(number), title, departments)
            entry["schedule"] = [{"fy": 2025 + h // 2, "half": h % 2 + 1} for h in halves]
            out.append(entry)
    return out


# --- 浅茅市: 取組一覧 over three pages, thead repeated, rows breaking across pages, ★, two indicators rowspan -------------

#: (基本方針, [(番号, ★, 取組名, 概要, 担当課 as written, 担当課, [(指標, 現状値, 目標値)], 実施年度)])
_ASAJI: list[tuple[str, list[tuple[Any, ...]]]] = [
    ("基本方針１　市民の利便性の向上", [
        ("1-1", "★", "電子申請の拡充", "申請・届出の多い手続から順にオンライン化を進め、令和11年度までに市の手続の大半を"
         "電子申請で受け付ける。申請画面は、スマートフォンで入力しやすい様式に統一し、添付書類の省略や手数料のオンライン納付も"
         "あわせて進める。あわせて、オンライン化した手続の利用状況を毎年度分析し、利用の少ない手続は周知の方法を見直す。",
         "情報政策課", ["情報政策課"], [("オンラインで申請できる手続数（手続）", "82", "400")], "R7～R11"),
        ("1-2", "★", "書かない・待たない窓口", "マイナンバーカード等から申請書を作成する窓口支援システムと、窓口の混雑状況を"
         "配信する仕組みを導入し、来庁された方が申請書を書かず、待たずに手続を終えられる窓口をつくる。転入・転居などの"
         "ライフイベントに関する手続は、一つの窓口で完結できるよう関係課の手続を見直す。",
         "市民課、情報政策課", ["市民課", "情報政策課"],
         [("窓口の平均待ち時間（分）", "32", "10"), ("申請書の記入を省略した件数（件）", "0", "20,000")], "R7～R11"),
        ("1-3", "", "キャッシュレス決済の拡大", "本庁舎と支所の窓口に加え、体育館・公民館などの公共施設の使用料を"
         "キャッシュレスで納められるようにする。", "会計課", ["会計課"],
         [("キャッシュレス決済に対応した施設数（施設）", "6", "45")], "R7～R9"),
        ("1-4", "", "マイナンバーカードの利活用", "証明書のコンビニ交付や、カードを使った図書館の利用など、カードを使える"
         "場面を広げる。", "市民課", ["市民課"], [("証明書のコンビニ交付率（％）", "14.2", "40.0")], "R7～R11"),
        ("1-5", "", "子育てポータルの構築", "妊娠期から子育て期までの情報提供と手続を一つにまとめた子育てポータルを構築し、"
         "プッシュ型で必要な情報を届ける。健診の予約や保育施設の空き状況の確認もポータルからできるようにする。",
         "こども政策課", ["こども政策課"], [("ポータルの登録世帯数（世帯）", "0", "6,500")], "R8～"),
    ]),
    ("基本方針２　行政運営の効率化", [
        ("2-1", "★", "基幹業務システムの標準化", "住民記録・税・福祉など20業務の基幹業務システムを国の標準仕様に準拠した"
         "システムへ移行し、ガバメントクラウドを利用する。移行にあわせて、業務の手順と帳票を見直す。",
         "情報政策課", ["情報政策課"], [("標準準拠システムへ移行した業務数（業務）", "0", "20")], "R7・R8"),
        ("2-2", "", "生成AI・RPAの活用", "議事録の作成、文書の要約、定型的な入力作業などに生成AIとRPAを活用し、職員が"
         "市民と向き合う時間を生み出す。活用の事例を庁内で共有し、全庁で利用できるようにする。",
         "行政改革課", ["行政改革課"], [("生成AI・RPAで削減した業務時間（時間）", "2,400", "15,000")], "R7～R11"),
        ("2-3", "", "電子決裁の徹底", "文書管理システムの電子決裁を原則とし、紙による決裁を例外とする。",
         "総務課", ["総務課"], [("電子決裁率（％）", "38.5", "95.0")], "R7～R9"),
        ("2-4", "", "庁内ネットワークの無線化", "本庁舎の執務室と会議室に無線ＬＡＮを整備し、場所にとらわれない働き方の"
         "基盤とする。", "情報政策課", ["情報政策課"], [], "R9"),
        ("2-5", "", "デジタル人材の育成", "各課にＤＸ推進リーダーを置き、研修とＯＪＴでデジタル技術を業務改善に生かせる"
         "職員を育てる。外部のデジタル人材も活用する。", "人事課", ["人事課"],
         [("ＤＸ推進リーダーの人数（人）", "12", "120")], "R7～R11"),
    ]),
    ("基本方針３　地域社会のデジタル化", [
        ("3-1", "★", "デジタルデバイド対策", "スマートフォンの使い方に不安のある方を対象に、公民館や地域の集会所でスマホ講座"
         "と個別相談会を開く。地域のボランティアをデジタル活用支援員として養成し、身近な場所で相談できる体制をつくる。",
         "市民協働課、高齢介護課", ["市民協働課", "高齢介護課"], [("スマホ講座の受講者数（人／年）", "260", "1,000")],
         "R7～R11"),
        ("3-2", "", "オープンデータの推進", "市が保有するデータを機械判読できる形式で公開し、民間での活用を促す。",
         "情報政策課", ["情報政策課"], [("公開データセット数（件）", "58", "250")], "R7～R11"),
        ("3-3", "", "スマート農業の推進", "ドローンや自動操舵システムなどのスマート農業機器の導入を支援し、担い手の作業負担"
         "を軽くする。", "農政課", ["農政課"], [("スマート農業機器を導入した経営体数（経営体）", "9", "60")], "R8～R11"),
        ("3-4", "", "観光ＤＸ", "観光アプリで周遊ルートやイベントの情報を発信し、デジタルスタンプラリーで市内の周遊を促す。",
         "観光課", ["観光課"], [("観光アプリのダウンロード数（件）", "4,100", "30,000")], "R7～R10"),
        ("3-5", "", "防災ＤＸ", "防災アプリで避難情報や避難所の開設・混雑状況を配信する。", "危機管理課", ["危機管理課"],
         [("防災アプリの登録者数（人）", "8,800", "35,000")], "R7～R11"),
        ("3-6", "", "ＧＩＧＡスクール構想の推進", "一人一台端末を日常的に活用した授業を進め、教員の研修と支援員の配置で"
         "活用を支える。", "教育委員会 学校教育課", ["学校教育課"],
         [("授業でＩＣＴを毎日使う児童生徒の割合（％）", "55.0", "100")], "R7～R11"),
    ]),
]  # fmt: skip


def asaji_html() -> str:
    head = (
        "<thead><tr><th>番号</th><th>重点</th><th>取組名</th><th>取組概要</th><th>担当課</th><th>成果指標</th>"
        "<th>現状値<br>（R5）</th><th>目標値<br>（R11）</th><th>実施年度</th></tr></thead>"
    )
    rows = []
    for policy, entries in _ASAJI:
        rows.append(f"<tr><td colspan=9 class=g>{_esc(policy)}</td></tr>")
        for number, mark, title, summary, written, _, indicators, when in entries:
            span = max(1, len(indicators))
            spanned = f" rowspan={span}" if span > 1 else ""
            first = indicators[0] if indicators else ("－", "－", "－")
            rows.append(
                f"<tr><td{spanned} class=c>{number}</td><td{spanned} class=c>{mark}</td><td{spanned}>{_esc(title)}</td>"
                f"<td{spanned} class=s>{_esc(summary)}</td><td{spanned}>{_esc(written).replace('、', '、<br>')}</td>"
                f"<td>{_esc(first[0])}</td><td class=n>{first[1]}</td><td class=n>{first[2]}</td>"
                f"<td{spanned} class=c>{when}</td></tr>"
            )
            for name, base, target in indicators[1:]:
                rows.append(f"<tr><td>{_esc(name)}</td><td class=n>{base}</td><td class=n>{target}</td></tr>")
    body = (
        "<h1>浅茅市ＤＸ推進計画</h1><p class=cover>計画期間　令和７年度～令和11年度</p>"
        "<p class=cover>令和７年３月</p><p class=cover>浅茅市</p>"
        "<h2 class=break>第４章　取組一覧</h2>"
        "<p>　基本方針ごとの取組と成果指標は次のとおりです。重点欄の★は重点取組を示します。"
        "現状値は令和５年度の実績、目標値は計画の最終年度である令和11年度の値です。</p>"
        "<table><colgroup><col><col><col class=t><col><col class=d><col class=k><col><col><col></colgroup>"
        f"{head}<tbody>{''.join(rows)}</tbody></table>"
        "<p>※実施年度の「R8～」は、令和８年度から計画期間の終わりまで実施することを示します。</p>"
    )
    css = (
        "td.c { text-align: center; white-space: nowrap; } td.n { text-align: right; white-space: nowrap; } "
        "td.s { width: 58mm; } td.g { background: #eee; font-weight: bold; } th { font-size: 9pt; } "
        "td { font-size: 9.5pt; } col.t { width: 26mm; } col.d { width: 20mm; } col.k { width: 34mm; } "
        ".cover { text-align: center; font-size: 14pt; margin: 6mm 0; }"
    )
    return _page(body, size="A4", header="浅茅市ＤＸ推進計画（令和７年度～令和11年度）", css=css, font="9pt")


def _asaji() -> list[dict[str, Any]]:
    out = []
    for _, entries in _ASAJI:
        for number, _, title, _, _, departments, indicators, when in entries:
            found = tuple(kpi((2023, _n(b)), (2029, _n(t)), ((2029, _n(t)),)) for _, b, t in indicators)  # type: ignore[arg-type]
            out.append(item(number, title, departments, found, _r(when, 2029)))
    return out


# --- the batch ---------------------------------------------------------------------------------------------------

#: name → (municipality, the initiatives it states)
PLANS: dict[str, tuple[str, list[dict[str, Any]]]] = {
    "kazahaya_jimu_jigyo_hyoka.txt": ("風早市", KAZAHAYA),
    "nagisa_cho_houkousei_shokan.txt": ("渚町", NAGISA),
    "ryokufu_ku_kpi_pipes.md": ("緑風区", RYOKUFU),
    "kotoura_mura_shinchoku_kigou.txt": ("琴浦村", KOTOURA),
    "yukiwari_shinchoku.xlsx": ("雪割村", _yukiwari()),
    "aomi_ken_action_plan.xlsx": ("碧海県", _aomi()),
    "hokuryo_kumiai_torikumi.csv": ("北稜地区広域行政事務組合", _hokuryo()),
    "suzakudai_kouteihyou.pdf": ("朱雀台市", _suzakudai()),
    "asaji_torikumi_ichiran.pdf": ("浅茅市", _asaji()),
}

TEXTS = ("kazahaya_jimu_jigyo_hyoka.txt", "nagisa_cho_houkousei_shokan.txt", "ryokufu_ku_kpi_pipes.md",
         "kotoura_mura_shinchoku_kigou.txt")  # fmt: skip
SHEETS = {
    "yukiwari_shinchoku.xlsx": (yukiwari_xlsx, "雪割村_進捗管理表_R6.xlsx"),
    "aomi_ken_action_plan.xlsx": (aomi_ken_xlsx, "碧海県DX推進計画アクションプラン.xlsx"),
    "hokuryo_kumiai_torikumi.csv": (hokuryo_csv, "取組状況一覧（R6）.csv"),
}
PDFS = {"suzakudai_kouteihyou.pdf": suzakudai_html, "asaji_torikumi_ichiran.pdf": asaji_html}

#: The plan period each document states (fiscal years).
PERIODS: dict[str, tuple[int, int]] = {
    "kazahaya_jimu_jigyo_hyoka.txt": (2023, 2026),
    "nagisa_cho_houkousei_shokan.txt": (2024, 2027),
    "ryokufu_ku_kpi_pipes.md": (2024, 2026),
    "kotoura_mura_shinchoku_kigou.txt": (2024, 2026),
    "yukiwari_shinchoku.xlsx": (2024, 2026),
    "aomi_ken_action_plan.xlsx": (2025, 2028),
    "hokuryo_kumiai_torikumi.csv": (2024, 2026),
    "suzakudai_kouteihyou.pdf": (2025, 2028),
    "asaji_torikumi_ichiran.pdf": (2025, 2029),
}


document, sheet, pdf, expected = batch_documents(PLANS, folder=FOLDER, sheets=SHEETS, chromium=PDFS)
