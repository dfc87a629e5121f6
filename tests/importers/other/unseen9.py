"""A ninth batch of plans no reader was written against: a 総合計画's 施策評価, a two-column Word table through
``pdftotext``, a ロードマップ by quarters, a plan in です・ます prose, a KPI workbook of three rows an indicator,
a CSV with a line of units under its header and a 1.1.1 outline with ★ and footnotes.

Written from what municipalities publish, before any reader was looked at, in shapes the first eight
batches lack:

- 東峰市's 総合計画 施策評価シート (``higashimine_shisaku_hyoka.txt``, saved from Word/Excel as text, tabs): a
  施策 a block, 「施策 | 5-1 | 行政手続のオンライン化」 and 「主管課 | … | 関係課 | …」 as tab rows (the 主管課 is the
  担当課), 【目指す姿】, a 【成果指標】 table 「指標名 | 単位 | 策定時（R2） | R4実績 | R5実績 | R6実績 | R7目標 | 達成度」
  (three years of 実績 each in a column of its own, a 策定時 「－」, a 実績 「集計中」), prose under 【施策の評価】
  with figures of its own, and 【主な事務事業】 naming 事業 with their 課 in parentheses (no initiatives);
- 藍川市's アクションプラン (``aikawa_two_columns.txt``): each 取組 a Word table of two columns, the left holding
  「【番号】1-1」「【取組名】…」「【担当課】…」「【指標】…」「【現状値】3,400件（R5）」「【目標値】…」「【工程】R6～R10」,
  the right 【内容】 and its prose, taken out with ``pdftotext`` without ``-layout``: the lines of the two
  columns come interleaved (a left line, a right line, …), a 取組名 wrapped in its narrow column has its
  second line after a line of the 内容, form feeds, a running header and 「－ 12 －」;
- 水城町's ロードマップ workbook (built here): 「令和７年度」 merged over 「R7.4-6」「R7.7-9」「R7.10-12」「R8.1-3」,
  「令和８年度」 over 「上期」「下期」, 令和９年度 and 令和10年度 whole; bars as merged cells filled in colour with
  their step written in (「構築」 over three quarters), ▲ milestones in cells of their own (「▲本稼働」), a
  row painted without any text, a row of ● in each period, section rows, the legend above the table;
- 稲穂町's デジタル化推進プラン (``inaho_prose.txt``): 「１　…」 > 「（１）役場に来なくても手続ができるようにします」,
  paragraphs in です・ます holding the KPI as a sentence (「…の割合を令和５年度の40％から令和９年度までに80％に
  引き上げます」, 「…令和７年度に50％、令和９年度には90％に高めます」, 「…10人養成します（令和５年度は２人）」),
  the 担当課 in a last line 「（所管：税務課、会計課）」, chapters before and after with figures of their own;
- 岬台市's 成果指標の進捗状況 workbook (built here): an indicator three rows 「目標」「実績」「達成率」 under a 区分
  column, its 指標, 単位 and 基準値（R5） merged down the three, the 取組's 番号, 取組名 and 担当課 merged down all its
  rows, years 令和6年度 … 令和9年度 across, 実績 only in 令和6年度, 達成率 as fractions shown as percents, a 基準値
  「－」, a 目標 「－」, two 課 in one cell (Alt+Enter), notes under the table;
- 音羽町's 分野別オンライン化 CSV (``otowa_kpi_units.csv``, CP932, CRLF): a title line and a note line over the
  header, two indicators defined by their columns 「手続数・基準値(R5) | 手続数・実績値(R6) | 手続数・目標値(R9) |
  利用率・…」 and a line of units under the header 「,,,,手続,手続,手続,％,％,％,」, bare figures, 実施年度
  「R6～R8」, a 合計 row and a note line at the end;
- 織部市's DX推進計画 copied out of a PDF viewer (``oribe_juten_footnotes.txt``): 1 > 1.1 > 1.1.1, 「★」 before the
  title of a 重点取組 (its legend in the lead), footnote marks 「※2」 after words in titles and prose, the
  footnotes at the foot of each page under a rule (with figures and years of their own: 「約290団体」「令和７年度末」),
  「― 15 ―」 page numbers and the chapter as running header, an item cut by a page's footnotes.

``PLANS[name]`` is the plan each document states (same form as ``unseen.PLANS``), written from the documents
alone, by batch 8's conventions: a table column headed with its year in a one-row-an-initiative table is that
year's target and the final one (音羽町's 目標値(R9)); a KPI table under an item whose one target column is
headed with its year gives the final target alone (東峰市's R7目標); yearly targets are each year's, the last
the final one (岬台市; 稲穂町's 「令和７年度に50％、令和９年度には90％」); 実績 columns each year's actual. A
schedule by quarters is kept by halves (Plan JSON's finest split of a year): April–September is 上期 (half 1),
October–March 下期 (half 2), so 「R8.1-3」 under 令和７年度 is 2025's second half; a whole-year column is the
year without a half. ``document(name)`` is the file as uploaded (bytes).
"""

from __future__ import annotations

import io
from typing import Any

import openpyxl
from openpyxl.styles import Alignment, PatternFill

from .unseen import HERE, item, kpi, years

Value = tuple[int, float]

# --- 東峰市: 総合計画 施策評価シート ----------------------------------------------------------------------------


def _hyoka(base: float | None, r4: float, r5: float, r6: float | None, r7: float) -> dict[str, Any]:
    """策定時（R2） the baseline, R4–R6実績 the actuals (「集計中」 none), R7目標 the final target alone."""
    actuals = tuple((fy, v) for fy, v in ((2022, r4), (2023, r5), (2024, r6)) if v is not None)
    return kpi((2020, base) if base is not None else None, (2025, r7), (), actuals)


#: The 主管課 is the 担当課 (the 関係課 on its row are not); 主な事務事業 are no initiatives.
HIGASHIMINE = [
    item(
        "5-1",
        "行政手続のオンライン化",
        ["デジタル推進課"],
        (_hyoka(18, 64, 97, 142, 200), _hyoka(1250, 6480, 9830, 13460, 15000)),
    ),
    item(
        "5-2",
        "窓口サービスの改善",
        ["市民課"],
        (_hyoka(28, 25, 21, 17, 15), _hyoka(4.8, 11.2, 16.5, 21.3, 25)),
    ),
    item(
        "5-3",
        "行政事務の効率化",
        ["行政改革課"],
        (_hyoka(0, 1820, 3450, 5210, 6000), _hyoka(0, 35.2, 61.8, 78.4, 90)),
    ),
    item(
        "5-4",
        "情報セキュリティの確保",
        ["デジタル推進課"],
        (_hyoka(72, 88.5, 93.1, 96.4, 100), _hyoka(0, 0, 0, 0, 0)),
    ),
    item("6-1", "地域のデジタル化支援", ["商工振興課"], (_hyoka(32.5, 48, 55.6, 61.2, 70),)),
    item("6-2", "デジタルデバイド対策", ["生涯学習課"], (_hyoka(0, 480, 1150, 1920, 2500),)),
    item(
        "6-3",
        "子育て・教育のデジタル化",
        ["学校教育課"],
        (_hyoka(None, 62.4, 71.8, 80.5, 90), _hyoka(1030, 2240, 3100, None, 4500)),
    ),
    item("6-4", "防災情報の伝達手段の多様化", ["危機管理課"], (_hyoka(8420, 11350, 13980, 15760, 18000),)),
    item("6-5", "オープンデータの推進", ["企画政策課"], (_hyoka(24, 58, 86, 112, 150),)),
]


# --- 藍川市: two columns through pdftotext ---------------------------------------------------------------


def _r5_r10(base: float, target: float) -> dict[str, Any]:
    return kpi((2023, base), (2028, target))


AIKAWA = [
    item("1-1", "電子申請の拡充", ["情報政策課"], (_r5_r10(3400, 12000),), years(2024, 2028)),
    item(
        "1-2",
        "マイナンバーカードを活用した証明書のコンビニ交付",
        ["市民課"],
        (_r5_r10(9.8, 30),),
        years(2024, 2026),
    ),
    item("1-3", "窓口予約システムの導入", ["市民課", "情報政策課"], (_r5_r10(0, 2400),), years(2025, 2026)),
    item("1-4", "キャッシュレス納付の推進", ["収納課"], (_r5_r10(14.2, 35),), years(2024, 2028)),
    item("2-1", "AI議事録作成システムの活用", ["総務課"], (_r5_r10(1800, 600),), years(2024, 2025)),
    item("2-2", "RPAによる定型業務の自動化", ["行政経営課"], (_r5_r10(12, 60),), years(2024, 2028)),
    # 「3,200千枚」: 3,200 in 千枚, as written
    item("2-3", "ペーパーレス会議の定着", ["総務課"], (_r5_r10(3200, 1600),), years(2024, 2028)),
    item(
        "2-4",
        "職員のデジタル人材育成",
        ["人事課", "情報政策課"],
        (_r5_r10(85, 500),),
        years(2024, 2028),
    ),
    item("3-1", "高齢者向けスマホ教室の開催", ["高齢福祉課"], (_r5_r10(140, 800),), years(2024, 2028)),
    item("3-2", "観光情報のデジタル発信", ["観光振興課"], (_r5_r10(520000, 1000000),), years(2025, 2028)),
]


# --- 水城町: ロードマップ by quarters and halves -------------------------------------------------------------

#: The period columns D–K: (fiscal year, half) each covers.
_PERIODS: tuple[tuple[int, int | None], ...] = (
    (2025, 1),
    (2025, 1),
    (2025, 2),
    (2025, 2),
    (2026, 1),
    (2026, 2),
    (2027, None),
    (2028, None),
)
_COLUMNS = "DEFGHIJK"

#: A row's bars: (first column, last column, text); a bar of one cell is that cell, a longer one merged.
#: ``None`` text: painted without text.
_Bar = tuple[str, str, str | None]

#: No., 取組, 担当課, bars. Section rows are ``(title,)``.
_MIZUKI: list[tuple[Any, ...]] = [
    ("１　暮らしのDX",),
    (
        1,
        "電子申請の拡充",
        "総務課",
        [("D", "D", "検討"), ("E", "G", "構築"), ("H", "H", "▲受付開始"), ("I", "K", "運用・対象拡大")],
    ),
    (2, "書かない窓口の導入", "住民課", [("F", "G", "準備"), ("H", "H", "▲導入"), ("I", "J", "運用")]),
    (
        3,
        "窓口キャッシュレス決済の導入",
        "会計室・税務課",
        [("D", "E", "機器選定"), ("F", "F", "▲導入"), ("G", "K", "運用")],
    ),
    (4, "町公式LINEの機能拡充", "企画課", [("H", "I", "機能追加"), ("J", "J", "▲予約機能")]),
    (5, "防災アプリの導入", "防災安全課", [("E", "E", "▲契約"), ("F", "G", "構築"), ("H", "H", "▲配信開始")]),
    ("２　役場のDX",),
    (6, "基幹業務システムの標準化", "総務課", [("D", "F", "移行作業"), ("G", "G", "▲本稼働")]),
    (7, "ガバメントクラウドでの運用", "総務課", [("G", "K", "運用")]),
    (8, "AI-OCR・RPAの活用", "総務課・税務課", [("D", "K", None)]),
    (9, "電子決裁の導入", "総務課", [("H", "H", "▲試行"), ("I", "I", "全庁展開")]),
    (10, "職員のテレワーク", "総務課", [("J", "J", "試行"), ("K", "K", "▲本格実施")]),
    ("３　地域のDX",),
    (11, "スマホ教室の開催", "福祉課・生涯学習課", [(c, c, "●") for c in _COLUMNS]),
    (
        12,
        "GIGAスクール端末の更新",
        "学校教育課",
        [("D", "F", "調達準備"), ("G", "G", "▲更新"), ("H", "K", "活用")],
    ),
]


def mizuki_xlsx() -> bytes:
    """水城町's ロードマップ: title, legend, a header two rows deep (years over quarters and halves), rows."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "ロードマップ"
    sheet.append(["水城町DX推進計画　ロードマップ（令和７年度～令和10年度）"])
    sheet.merge_cells("A1:L1")
    sheet.append([None, None, None, None, None, None, None, None, "凡例", "■ 実施期間", "▲ マイルストーン"])
    sheet.append(
        [
            "No.",
            "取組",
            "担当課",
            "令和７年度",
            None,
            None,
            None,
            "令和８年度",
            None,
            "令和９年度",
            "令和10年度",
            "備考",
        ]
    )
    sheet.append([None, None, None, "R7.4-6", "R7.7-9", "R7.10-12", "R8.1-3", "上期", "下期"])
    for cells in ("A3:A4", "B3:B4", "C3:C4", "D3:G3", "H3:I3", "J3:J4", "K3:K4", "L3:L4"):
        sheet.merge_cells(cells)
    bar = PatternFill("solid", fgColor="9BC2E6")
    section = PatternFill("solid", fgColor="E2EFDA")
    centre = Alignment(horizontal="center", vertical="center", wrap_text=True)
    notes = {1: "対象手続はR9に見直し", 6: "国の移行期限：R7年度末", 12: "R8.1に全校で更新"}
    for entry in _MIZUKI:
        row = sheet.max_row + 1
        if len(entry) == 1:
            sheet.cell(row, 1, entry[0])
            sheet.merge_cells(f"A{row}:L{row}")
            sheet.cell(row, 1).fill = section
            continue
        number, title, department, bars = entry
        sheet.cell(row, 1, number)
        sheet.cell(row, 2, title)
        sheet.cell(row, 3, department)
        if number in notes:
            sheet.cell(row, 12, notes[number])
        for first, last, text in bars:
            if text is not None:
                sheet[f"{first}{row}"] = text
            for column in _COLUMNS[_COLUMNS.index(first) : _COLUMNS.index(last) + 1]:
                sheet[f"{column}{row}"].fill = bar
                sheet[f"{column}{row}"].alignment = centre
            if first != last:
                sheet.merge_cells(f"{first}{row}:{last}{row}")
    sheet.append([])
    sheet.append(["※ 進捗に応じて毎年度見直します。"])
    for column, width in zip("ABCDEFGHIJKL", (5, 30, 18, 9, 9, 9, 9, 10, 10, 10, 10, 24), strict=True):
        sheet.column_dimensions[column].width = width
    sheet.freeze_panes = "D5"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _halves(bars: list[_Bar]) -> list[dict[str, Any]]:
    covered: list[tuple[int, int | None]] = []
    for first, last, _ in bars:
        for column in _COLUMNS[_COLUMNS.index(first) : _COLUMNS.index(last) + 1]:
            period = _PERIODS[_COLUMNS.index(column)]
            if period not in covered:
                covered.append(period)
    return [{"fy": fy, "half": half} for fy, half in sorted(covered, key=lambda p: (p[0], p[1] or 0))]


def _mizuki() -> list[dict[str, Any]]:
    items = []
    for entry in _MIZUKI:
        if len(entry) == 1:
            continue
        number, title, department, bars = entry
        found = item(str(number), title, department.split("・"))
        found["schedule"] = _halves(bars)
        items.append(found)
    return items


#: A cell under 「R7.4-6」 or 「R7.7-9」 is 2025's first half, 「R7.10-12」「R8.1-3」 its second; 上期 / 下期 the
#: halves of 2026; 令和９年度 / 令和10年度 the whole years; a painted row without text is marked all the same.
MIZUKI = _mizuki()


# --- 稲穂町: です・ます prose ---------------------------------------------------------------------------------

INAHO = [
    item("1-1", "役場に来なくても手続ができるようにします", ["企画政策課"], (kpi((2023, 40), (2027, 80)),)),
    item("1-2", "窓口で待たずに手続ができるようにします", ["町民課"], (kpi((2023, 12), (2027, 5)),)),
    item(
        "1-3",
        "税金や使用料をキャッシュレスで納められるようにします",
        ["税務課", "会計課"],
        (kpi((2023, 1850), (2027, 6000)),),
    ),
    item(
        "1-4",
        "デジタル機器に不慣れな方を支えます",
        ["福祉課", "生涯学習課"],
        (kpi((2023, 96), (2027, 400)), kpi((2023, 2), (2027, 10))),
    ),
    item("2-1", "紙の書類を減らします", ["総務課"], (kpi((2023, 15), (2027, 90), ((2025, 50), (2027, 90))),)),
    item(
        "2-2", "決まった作業を自動化します", ["総務課"], (kpi((2023, 3), (2027, 20)), kpi(None, (2027, 2000)))
    ),
    item("2-3", "場所を選ばずに会議ができるようにします", ["総務課"], (kpi((2023, 120), (2027, 400)),)),
    item("2-4", "情報をしっかり守ります", ["総務課", "企画政策課"], (kpi((2023, 82), (2027, 100)),)),
]


# --- 岬台市: three rows an indicator ----------------------------------------------------------------------

_MISAKI_FY = (2024, 2025, 2026, 2027)

#: 番号, 取組名, 担当課, indicators: (指標, 単位, 基準値 (None: 「－」), 目標 R6–R9 (None: 「－」), 実績 R6, 達成率 R6).
_MISAKIDAI: list[tuple[Any, ...]] = [
    (
        1,
        "電子申請の利用促進",
        "デジタル推進課",
        [
            ("電子申請件数", "件", 5200, (7000, 9000, 11000, 13000), 7420, 1.06),
            ("オンライン化した手続の数", "手続", 110, (150, 200, 250, 300), 162, 1.08),
        ],
    ),
    (2, "証明書のコンビニ交付", "市民課", [("コンビニ交付率", "％", 12.4, (16, 20, 24, 28), 15.1, 0.944)]),
    (
        3,
        "窓口のキャッシュレス化",
        "会計課",
        [("キャッシュレス対応窓口数", "か所", 2, (6, 10, 14, 18), 6, 1.0)],
    ),
    (
        4,
        "子育て手続のオンライン化",
        "こども家庭課",
        [("保育所入所申請のオンライン申請率", "％", 0, (30, 50, 60, 70), 41.5, 1.383)],
    ),
    (
        5,
        "AI・RPAの活用",
        "行政改革課",
        [("RPAによる削減時間", "時間", 2400, (3000, 3600, 4200, 5000), 2950, 0.983)],
    ),
    (
        6,
        "電子決裁の推進",
        "総務課",
        [
            ("電子決裁率", "％", 22, (40, 60, 80, 90), 45.6, 1.14),
            ("庁内の印刷枚数", "千枚", 3600, (3200, 2800, 2400, 2000), 3150, 1.016),
        ],
    ),
    (
        7,
        "テレワークの推進",
        "人事課",
        [("テレワークを実施した職員数", "人", 45, (80, 120, 160, 200), 74, 0.925)],
    ),
    (
        8,
        "情報セキュリティ対策の強化",
        "デジタル推進課",
        [("標的型メール訓練の開封率", "％", 8.5, (7, 6, 5, 4), 6.2, 1.129)],
    ),
    (
        9,
        "デジタル活用支援",
        "高齢福祉課\n生涯学習課",
        [("スマホ講座の参加者数", "人", 180, (300, 400, 500, 600), 265, 0.883)],
    ),
    (
        10,
        "デマンド交通のデジタル化",
        "都市交通課",
        [("デマンド交通のアプリ予約率", "％", None, (None, 20, 30, 40), None, None)],
    ),
]


def misakidai_xlsx() -> bytes:
    """岬台市's 成果指標の進捗状況: an indicator three rows (目標 / 実績 / 達成率), merged down its cells."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "成果指標"
    sheet.append(["岬台市DX推進計画　成果指標の進捗状況（令和６年度末時点）"])
    sheet.merge_cells("A1:K1")
    sheet.append([])
    sheet.append(
        [
            "番号",
            "取組名",
            "担当課",
            "指標",
            "単位",
            "基準値\n（R5）",
            "区分",
            "令和6年度",
            "令和7年度",
            "令和8年度",
            "令和9年度",
        ]
    )
    wrap = Alignment(wrap_text=True, vertical="center")
    for number, title, department, indicators in _MISAKIDAI:
        top = sheet.max_row + 1
        for n, (name, unit, base, targets, actual, rate) in enumerate(indicators):
            first = sheet.max_row + 1
            sheet.append(
                [*((number, title, department) if n == 0 else (None, None, None))]
                + [name, unit, "－" if base is None else base, "目標"]
                + ["－" if t is None else t for t in targets]
            )
            sheet.append([None, None, None, None, None, None, "実績", actual])
            sheet.append([None, None, None, None, None, None, "達成率", rate])
            sheet.cell(first + 2, 8).number_format = "0.0%"
            for column in "DEF":
                sheet.merge_cells(f"{column}{first}:{column}{first + 2}")
        for column in "ABC":
            sheet.merge_cells(f"{column}{top}:{column}{sheet.max_row}")
    for cells in sheet.iter_rows(min_row=3):
        for cell in cells:
            cell.alignment = wrap
            if isinstance(cell.value, int) and cell.value >= 1000:
                cell.number_format = "#,##0"
    sheet.append([])
    sheet.append(
        [
            "※ 達成率は、令和６年度の実績値の目標値に対する割合です（減らすことを目指す指標は、目標値の実績値に対する割合）。"
        ]
    )
    sheet.append(["※ 令和６年度の実績値は令和７年３月末時点の数値です。"])
    for column, width in zip("ABCDEFGHIJK", (6, 26, 16, 30, 8, 10, 8, 11, 11, 11, 11), strict=True):
        sheet.column_dimensions[column].width = width
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _misakidai() -> list[dict[str, Any]]:
    items = []
    for number, title, department, indicators in _MISAKIDAI:
        found = []
        for _, _, base, targets, actual, _ in indicators:
            yearly = tuple((fy, t) for fy, t in zip(_MISAKI_FY, targets, strict=True) if t is not None)
            found.append(
                kpi(
                    (2023, base) if base is not None else None,
                    yearly[-1],
                    yearly,
                    ((2024, actual),) if actual is not None else (),
                )
            )
        items.append(item(str(number), title, department.split("\n"), tuple(found)))
    return items


#: Each year's 目標 that year's target, 令和9年度's the final one; 実績 the 2024 actual; 達成率 no figure.
MISAKIDAI = _misakidai()


# --- 音羽町: a line of units under the header -------------------------------------------------------------


def _otowa(count: tuple[float, float, float], rate: tuple[float, float, float]) -> tuple[dict[str, Any], ...]:
    """基準値(R5), 実績値(R6), 目標値(R9) of 手続数 and of 利用率: the R9 target is 2027's and the final one."""
    return tuple(kpi((2023, b), (2027, t), ((2027, t),), ((2024, a),)) for b, a, t in (count, rate))


OTOWA = [
    item(
        "1",
        "子育て分野の手続のオンライン化",
        ["こども家庭課"],
        _otowa((8, 14, 25), (12.5, 21, 50)),
        years(2024, 2026),
    ),
    item(
        "2",
        "介護分野の手続のオンライン化",
        ["介護保険課"],
        _otowa((3, 7, 18), (2.1, 5.8, 30)),
        years(2024, 2027),
    ),
    item(
        "3",
        "障害福祉分野の手続のオンライン化",
        ["福祉課"],
        _otowa((0, 2, 10), (0, 1.2, 20)),
        years(2025, 2027),
    ),
    item("4", "税の手続のオンライン化", ["税務課"], _otowa((5, 9, 16), (18.4, 26.7, 60)), years(2024, 2027)),
    item(
        "5",
        "国民健康保険・年金の手続のオンライン化",
        ["保険年金課"],
        _otowa((2, 4, 12), (3.5, 6.2, 30)),
        years(2025, 2027),
    ),
    item(
        "6",
        "住民票・証明書の請求のオンライン化",
        ["住民課"],
        _otowa((4, 6, 8), (9.8, 15.3, 40)),
        years(2024, 2025),
    ),
    item(
        "7",
        "公共施設の予約のオンライン化",
        ["生涯学習課", "スポーツ振興課"],
        _otowa((1, 12, 15), (22, 48.5, 80)),
        years(2024, 2025),
    ),
    item(
        "8", "上下水道の手続のオンライン化", ["上下水道課"], _otowa((0, 0, 6), (0, 0, 40)), years(2026, 2027)
    ),
    item(
        "9",
        "学校・教育の手続のオンライン化",
        ["学校教育課"],
        _otowa((6, 11, 20), (35, 52.4, 90)),
        years(2024, 2027),
    ),
    item(
        "10",
        "防災・消防の届出のオンライン化",
        ["防災安全課"],
        _otowa((1, 1, 8), (0.5, 0.9, 25)),
        years(2025, 2027),
    ),
]


# --- 織部市: 1.1.1 with ★ and footnotes ---------------------------------------------------------------------


def _r5_r11(base: float | None, final: Value) -> dict[str, Any]:
    return kpi((2023, base) if base is not None else None, final)


#: Titles without 「★」 (the 重点 mark) and without the footnote marks 「※2」.
ORIBE = [
    item(
        "1.1.1",
        "電子申請の対象手続の拡大",
        ["デジタル戦略課"],
        (_r5_r11(135, (2029, 400)),),
        years(2025, 2029),
    ),
    item(
        "1.1.2",
        "公共施設予約のオンライン化",
        ["文化スポーツ課"],
        (_r5_r11(18.5, (2029, 70)),),
        years(2025, 2026),
    ),
    item(
        "1.1.3",
        "キャッシュレス納付の拡大",
        ["収納課", "会計課"],
        (_r5_r11(16.2, (2029, 40)),),
        years(2025, 2029),
    ),
    item("1.2.1", "書かない窓口の導入", ["市民課"], (_r5_r11(0, (2029, 60)),), years(2025, 2027)),
    item(
        "1.2.2",
        "オンライン相談の実施",
        ["市民課", "デジタル戦略課"],
        (_r5_r11(24, (2029, 300)),),
        years(2026, 2029),
    ),
    item("1.2.3", "おくやみコーナーの設置", ["市民課"], (_r5_r11(None, (2029, 90)),), (2025,)),
    item(
        "2.1.1",
        "AI・RPAによる業務の自動化",
        ["行政改革課"],
        (_r5_r11(1450, (2029, 8000)),),
        years(2025, 2029),
    ),
    item("2.1.2", "生成AIの活用", ["デジタル戦略課"], (_r5_r11(0, (2029, 80)),), years(2025, 2029)),
    # 「2,860千枚」: 2,860 in 千枚, as written
    item("2.2.1", "ペーパーレス化の推進", ["総務課"], (_r5_r11(2860, (2029, 1400)),), years(2025, 2029)),
    item(
        "2.2.2",
        "テレワーク・フリーアドレスの導入",
        ["人事課", "管財課"],
        (_r5_r11(62, (2029, 400)),),
        years(2025, 2028),
    ),
    item("2.3.1", "基幹業務システムの標準化・共通化", ["デジタル戦略課"], (_r5_r11(0, (2025, 20)),), (2025,)),
    item(
        "3.1.1",
        "スマートフォン相談会の開催",
        ["長寿福祉課"],
        (_r5_r11(210, (2029, 1500)),),
        years(2025, 2029),
    ),
    item("3.2.1", "オープンデータの推進", ["企画政策課"], (_r5_r11(45, (2029, 150)),), years(2025, 2029)),
    item("3.2.2", "スマート農業の普及", ["農政課"], (_r5_r11(8, (2029, 50)),), years(2026, 2029)),
]


PLANS: dict[str, tuple[str, list[dict[str, Any]]]] = {
    "higashimine_shisaku_hyoka.txt": ("東峰市", HIGASHIMINE),
    "aikawa_two_columns.txt": ("藍川市", AIKAWA),
    "mizuki_roadmap.xlsx": ("水城町", MIZUKI),
    "inaho_prose.txt": ("稲穂町", INAHO),
    "misakidai_kpi_rows.xlsx": ("岬台市", MISAKIDAI),
    "otowa_kpi_units.csv": ("音羽町", OTOWA),
    "oribe_juten_footnotes.txt": ("織部市", ORIBE),
}

_BUILT = {"mizuki_roadmap.xlsx": mizuki_xlsx, "misakidai_kpi_rows.xlsx": misakidai_xlsx}


def document(name: str) -> bytes:
    """The file ``name`` as a user uploads it: a workbook built here, any other the bytes in this folder."""
    if name in _BUILT:
        return _BUILT[name]()
    return (HERE / name).read_bytes()


def expected(name: str) -> dict[str, Any]:
    """The expected plan of document ``name`` in the form ``scoring.score`` takes."""
    return {"initiatives": PLANS[name][1]}
