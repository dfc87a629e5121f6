"""A sixteenth batch of table-shaped plans no reader was written against: six sheets as the staff of a
municipality fill them, in shapes the batches before do not have, written without looking at the readers:

- 葵坂市: an アクションプラン of blocks — each 基本目標 a heading row merged across and shaded, its 取組, then a
  「小計」 row summing the 事業費 (SUM formulas with the values Excel cached) and a 「合計」 row at the end; the KPI's unit
  in its name 「電子申請できる手続数（手続）」, the 実績 typed as text 「R6: 82手続」 (「R6：9窓口」 with a full-width
  colon, 「R5: 800時間⏎R6: 1,650時間」 two years in one cell, 「R6: 集計中」 and 「R6: －」 none), 実施時期 「R6～R9」 /
  「R6～」;
- 椿原町: a 進捗管理表 with a hidden column (旧番号 「旧1-3」 of the previous plan), the 担当課 chosen from a
  data-validation list (a visible sheet 「リスト」 of the 課 and the 進捗 words) and written 「同上」 under the same 課,
  comments on cells (「12月末時点」, 「R7から名称変更予定」), one 実績 left empty with a comment, 進捗 from a list;
- 白露市: a CSV saved from Excel (CP932, CRLF) with a title row and blank rows, a 基本目標 line in column A alone
  before each group, 「策定時（令和4年度）」「令和5年度実績」「令和6年度実績（見込）」「目標値（令和8年度）」, figures as
  Excel shows them (「"2,950"」), 「－」 none, a ※ note under the table;
- 茜台町: a workbook 「表紙」 / 「取組一覧」 / 「KPI」 — the 取組 numbered 「1-1-1」 with the 基本施策 merged down
  over its rows and the 実施年度 marked 「○」 under R7…R10; the KPI sheet numbered K01…, ordered by 担当課 (not by
  取組), keyed by 取組番号, 現状値 / 目標値 each with its year 「R6」「R9」 in a column of its own, a 担当課 column of
  its own (the 取組一覧's is the 取組's);
- 藤見野市: a 成果指標一覧 with a header two rows deep — 「目標値」 merged over 「R7｜R8｜R9」, the single columns
  merged down both rows — 「―」 (U+2015) where a year has no target or no 実績, one 取組 of two indicator rows
  (番号, 取組名, 担当課 merged down them);
- 星置市: a TSV exported from the groupware (UTF-8 with BOM, LF, English column names: id, title, owner_dept,
  category, kpi_name, kpi_unit, baseline, baseline_year, target_2025 … target_2027, actual_2024, start_fy, end_fy,
  status, updated_at), a 取組 with two KPIs on two rows repeating its id and title, several 課 joined by 「;」, a
  取組 with no KPI.

The municipalities are invented. ``PLANS[name]`` is (municipality, file name, document builder, expected
initiatives); the expected plans state what each document states, by the conventions of the batches before
(``tabledocs3.kpi``): a target column headed with its year (「目標値（R9）」, 「目標値」 over 「R8」, target_2026) is that
year's target, the plan's last year's (or the one column's) the final one too; a 目標値 whose year is in the row
(目標年度) the final one only; a 実績 its year's actual (「令和6年度実績（見込）」 too); 「集計中」, 「－」, 「―」 or an
empty cell no value; 「、」「・」「;」 between two 課 make two; 「同上」 the 課 above; a schedule every year from its first
to its last (「R6～」 to the plan's last year), or each year marked.

``document(name)`` is (bytes, file name) as uploaded, ``expected(name)`` the plan it states.
"""

from __future__ import annotations

import csv
import io
from typing import Any

from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

from ..unseen_harness import Sheets, new_book, save, stated, uploaded
from .tabledocs3 import item, kpi
from .tabledocs11 import _cached

_SHADE = PatternFill(fill_type="solid", start_color="FFD9E1F2", end_color="FFD9E1F2")


def _years(text: str, last: int) -> tuple[int, ...]:
    """「R6～R9」 → 2024…2027; 「R7～」 → 2025 to the plan's ``last`` year."""
    first, _, end = text.partition("～")
    start = 2018 + int(first.removeprefix("R"))
    stop = 2018 + int(end.removeprefix("R")) if end else last
    return tuple(range(start, stop + 1))


# --- 葵坂市: blocks of 基本目標 with 小計 rows, 実績 typed 「R6: 82手続」 -----------------------------------------

#: (基本目標, [(取組番号, 取組名, 担当課, 指標, 単位, 基準値（R5）, 目標値（R9）, 実績 as typed, actuals, 実施時期, 事業費)])
_AOISAKA: list[tuple[str, list[tuple[Any, ...]]]] = [
    ("基本目標１　便利な行政サービス", [
        ("1-1", "電子申請の拡充", "デジタル推進課", "電子申請できる手続数", "手続", 45, 150, "R6: 82手続", ((2024, 82),), "R6～R9", 3200),  # noqa: E501
        ("1-2", "書かない窓口の導入", "市民課", "書かない窓口で受け付けた件数", "件", 0, 6000, "R6: 1,240件", ((2024, 1240),), "R6～R8", 8800),  # noqa: E501
        ("1-3", "キャッシュレス決済の導入", "会計課・市民課", "キャッシュレス対応窓口数", "窓口", 2, 15, "R6：9窓口", ((2024, 9),), "R6～", 1500),  # noqa: E501
        ("1-4", "マイナンバーカードの利活用", "市民課", "コンビニ交付の利用率", "%", 12.5, 35, "R6: 18.3%", ((2024, 18.3),), "R6～R9", 600),  # noqa: E501
    ]),
    ("基本目標２　効率的な行政運営", [
        ("2-1", "基幹業務システムの標準化", "デジタル推進課", "標準準拠システムへ移行した業務数", "業務", 0, 20, "R6: 集計中", (), "R6～R7", 45000),  # noqa: E501
        ("2-2", "RPA・AI-OCRの活用", "行政改革課", "RPAで削減した作業時間", "時間", 800, 4000, "R5: 800時間\nR6: 1,650時間", ((2023, 800), (2024, 1650)), "R6～R9", 2600),  # noqa: E501
        ("2-3", "テレワークの推進", "職員課", "テレワークを実施した職員数", "人", 35, 200, "R6: 96人", ((2024, 96),), "R6～R9", 2400),  # noqa: E501
        ("2-4", "生成AIの導入", "デジタル推進課", "生成AIを利用する職員の割合", "%", 0, 80, "R6: 42％", ((2024, 42),), "R6～R9", 1800),  # noqa: E501
    ]),
    ("基本目標３　地域のデジタル化", [
        ("3-1", "オープンデータの推進", "企画課", "公開データセット数", "件", 24, 100, "R6: 51件", ((2024, 51),), "R6～R9", 300),  # noqa: E501
        ("3-2", "デジタル活用支援", "生涯学習課、高齢福祉課", "スマホ講座の受講者数", "人", 120, 800, "R6: 310人", ((2024, 310),), "R6～R9", 900),  # noqa: E501
        ("3-3", "スマート農業の推進", "農林課", "ドローン防除の面積", "ha", 8.5, 60, "R6: －", (), "R7～R9", 2500),  # noqa: E501
    ]),
]  # fmt: skip

AOISAKA_HEADER = ["取組番号", "取組名", "担当課", "成果指標（単位）", "基準値（R5）", "目標値（R9）", "実績"]
AOISAKA_HEADER += ["実施時期", "事業費（R6）"]


def aoisaka_xlsx() -> bytes:
    """Sheet 「取組一覧」: the title, the unit of the 事業費, the header on row 3, each 基本目標 a merged shaded row,
    its 取組, a 「小計」 row of =SUM over its 事業費; a 「合計」 row and a ※ note at the end."""
    book, sheet = new_book("取組一覧")
    sheet.append(["葵坂市ＤＸ推進アクションプラン（令和6年度～令和9年度）"])
    sheet.append([None] * 8 + ["（単位：千円）"])
    sheet.append(AOISAKA_HEADER)
    cached: dict[str, Any] = {}
    subtotals = []
    for goal, rows in _AOISAKA:
        sheet.append([goal])
        line = sheet.max_row
        sheet.merge_cells(f"A{line}:I{line}")
        sheet[f"A{line}"].fill = _SHADE
        sheet[f"A{line}"].font = Font(bold=True)
        first = line + 1
        for code, title, dept, name, unit, base, target, typed, _, period, money in rows:
            sheet.append([code, title, dept, f"{name}（{unit}）", base, target, typed, period, money])
            row = sheet.max_row
            sheet.cell(row, 7).alignment = Alignment(wrap_text=True)
            for column in (5, 6, 9):
                value = sheet.cell(row, column).value
                sheet.cell(row, column).number_format = "#,##0.0" if isinstance(value, float) else "#,##0"
        last = sheet.max_row
        sheet.append([None, "小計", *[None] * 6, f"=SUM(I{first}:I{last})"])
        subtotals.append(sheet.max_row)
        cached[f"I{sheet.max_row}"] = sum(r[-1] for r in rows)
        sheet.cell(sheet.max_row, 9).number_format = "#,##0"
    sheet.append([None, "合計", *[None] * 6, "=" + "+".join(f"I{n}" for n in subtotals)])
    cached[f"I{sheet.max_row}"] = sum(r[-1] for _, rows in _AOISAKA for r in rows)
    sheet.cell(sheet.max_row, 9).number_format = "#,##0"
    sheet.append([])
    sheet.append(["※実績は令和7年3月末時点。事業費は令和6年度当初予算額。"])
    for letter, width in zip("BCDG", (26, 18, 34, 18), strict=True):
        sheet.column_dimensions[letter].width = width
    return _cached(save(book), 1, cached)


def _aoisaka() -> list[dict[str, Any]]:
    return [
        item(
            code,
            title,
            dept.replace("・", "、").split("、"),
            [kpi((2023, base), (2027, target), actuals=actuals)],
            _years(period, 2027),
        )
        for _, rows in _AOISAKA
        for code, title, dept, _, _, base, target, _, actuals, period, _ in rows
    ]


# --- 椿原町: 進捗管理表, a hidden 旧番号 column, 担当課 from a list and 「同上」, comments --------------------------

#: No., 旧番号 (hidden), 取組名, 担当課 as written, 指標, 単位, 基準値（R5）, 目標 R6, 実績 R6 (None empty), 目標 R7, R8,
#: 進捗
_TSUBAKIHARA: list[tuple[Any, ...]] = [
    (1, "旧1-3", "電子申請の推進", "総務課", "電子申請できる手続数", "手続", 20, 40, 44, 60, 80, "順調"),
    (2, "旧1-4", "公式LINEの活用", "企画課", "LINE友だち登録者数", "人", 1800, 2500, 2710, 3200, 4000, "順調"),
    (3, "新規", "書かない窓口の導入", "住民課", "記入を省略できた申請の件数", "件", 0, 500, 380, 1500, 2500, "遅れ"),
    (4, "旧2-1", "コンビニ交付の推進", "同上", "コンビニ交付の割合", "%", 8.2, 12, 12.9, 16, 20, "順調"),
    (5, "旧2-2", "基幹業務システムの標準化", "総務課", "移行した業務数", "業務", 0, 5, 5, 20, 20, "順調"),
    (6, "旧2-3", "電子決裁の導入", "同上", "電子決裁率", "%", 0, 30, 24.5, 60, 90, "概ね順調"),
    (7, "旧2-4", "職員のICT研修", "同上", "研修受講者数（延べ）", "人", 40, 80, 92, 120, 160, "順調"),
    (8, "新規", "ふるさと納税のオンライン化", "企画課", "オンライン寄附の割合", "%", 55, 65, 71.3, 75, 85, "順調"),
    (9, "旧3-1", "スマート農業の推進", "産業建設課", "自動操舵トラクターの導入台数", "台", 2, 4, 3, 6, 8, "概ね順調"),
    (10, "旧3-2", "高齢者のスマホ教室", "保健福祉課", "教室の参加者数", "人", 45, 80, 86, 100, 120, "順調"),
    (11, "旧3-3", "防災行政無線のデジタル化", "総務課", "戸別受信機の設置世帯数", "世帯", 0, 300, None, 900, 1500, "遅れ"),
    (12, "旧3-4", "学校のデジタル教材", "教育委員会事務局", "デジタル教科書を使う学級の割合", "%", 20, 40, 45, 70, 100, "順調"),  # noqa: E501
]  # fmt: skip

TSUBAKIHARA_DEPTS = ["総務課", "企画課", "住民課", "保健福祉課", "産業建設課", "教育委員会事務局", "同上"]
TSUBAKIHARA_HEADER = ["No.", "旧番号", "取組名", "担当課", "成果指標", "単位", "基準値（R5）", "目標（R6）"]
TSUBAKIHARA_HEADER += ["実績（R6）", "目標（R7）", "目標（R8）", "進捗", "備考"]


def tsubakihara_xlsx() -> bytes:
    """Sheet 「進捗管理表」 (column B 旧番号 hidden, D and L chosen from lists on sheet 「リスト」, comments on some
    cells) and sheet 「リスト」 (the 課 and the 進捗 words)."""
    book, sheet = new_book("進捗管理表")
    sheet.append(["椿原町デジタル化推進計画（令和6年度～令和8年度）　進捗管理表（令和6年度実績）"])
    sheet.append(["※担当課・進捗はリストから選択してください。担当課が上の行と同じときは「同上」を選択。"])
    sheet.append(TSUBAKIHARA_HEADER)
    for row in _TSUBAKIHARA:
        number, old, title, dept, name, unit, base, t6, a6, t7, t8, progress = row
        sheet.append([number, old, title, dept, name, unit, base, t6, a6, t7, t8, progress, None])
        for column in range(7, 12):
            cell = sheet.cell(sheet.max_row, column)
            if isinstance(cell.value, int | float):
                cell.number_format = "#,##0.0" if isinstance(cell.value, float) else "#,##0"
    sheet.column_dimensions["B"].hidden = True
    for letter, width in zip("CDEM", (28, 16, 32, 24), strict=True):
        sheet.column_dimensions[letter].width = width
    last = sheet.max_row
    sheet["C5"].comment = Comment("R7から「LINEを活用した情報発信」に名称変更予定", "企画課")
    for line in (4, 5, 6, 7):
        sheet[f"I{line}"].comment = Comment("12月末時点", "総務課")
    sheet["I14"].comment = Comment("工事遅延のため未集計（R7.4月に報告）", "総務課")
    sheet["G11"].comment = Comment("推計値", "企画課")
    sheet["M8"] = "R6から町村会の共同調達"
    lists = book.create_sheet("リスト")
    lists.append(["担当課", "進捗"])
    for index, dept in enumerate(TSUBAKIHARA_DEPTS):
        lists.append([dept, ("順調", "概ね順調", "遅れ", "未着手")[index] if index < 4 else None])
    depts = DataValidation(
        type="list", formula1=f"=リスト!$A$2:$A${len(TSUBAKIHARA_DEPTS) + 1}", allow_blank=True
    )
    grades = DataValidation(type="list", formula1="=リスト!$B$2:$B$5", allow_blank=True)
    sheet.add_data_validation(depts)
    sheet.add_data_validation(grades)
    depts.add(f"D4:D{last}")
    grades.add(f"L4:L{last}")
    return save(book)


def _tsubakihara() -> list[dict[str, Any]]:
    items = []
    above = ""
    for number, _, title, dept, _, _, base, t6, a6, t7, t8, _ in _TSUBAKIHARA:
        above = above if dept == "同上" else dept
        found = kpi(
            (2023, base),
            (2026, t8),
            targets=((2024, t6), (2025, t7), (2026, t8)),
            actuals=((2024, a6),) if a6 is not None else (),
        )
        items.append(item(str(number), title, [above], [found]))
    return items


# --- 白露市: Excel's CSV in CP932, a title row, blank rows, 令和6年度実績（見込） ------------------------------------

#: (基本目標, [(番号, 取組名, 所管課, 成果指標, 単位, 策定時（R4）, 実績 R5, 実績（見込） R6, 目標値（R8）, 備考)]) — None 「－」
_SHIRATSUYU: list[tuple[str, list[tuple[Any, ...]]]] = [
    ("基本目標１　市民の利便性の向上", [
        ("1", "行政手続のオンライン化", "デジタル推進課", "オンラインで申請できる手続数", "手続", 38, 62, 95, 150, ""),
        ("2", "窓口の待ち時間の短縮", "市民課", "窓口の平均待ち時間", "分", 28, 24, 19, 10, ""),
        ("3", "公金のキャッシュレス化", "会計課・納税課", "キャッシュレス納付の割合", "%", 6.5, 9.8, 13.2, 30, ""),
        ("4", "子育て手続のオンライン化", "こども家庭課", "子育て手続のオンライン申請率", "%", 0, 15.4, None, 50, "R6は集計中"),  # noqa: E501
    ]),
    ("基本目標２　行政運営の効率化", [
        ("5", "ペーパーレス化の推進", "総務課", "コピー用紙の購入量", "千枚", 3200, 2950, 2700, 2000, ""),
        ("6", "AI・RPAの活用", "行政経営課", "削減できた業務時間", "時間", 0, 1120, 2480, 5000, ""),
        ("7", "情報セキュリティ対策", "デジタル推進課", "標的型メール訓練の開封率", "%", 12.0, 9.5, 7.1, 5.0, ""),
    ]),
    ("基本目標３　地域のデジタル化", [
        ("8", "地域公共交通のデジタル化", "交通政策課", "デマンド交通のアプリ予約件数", "件", 0, 3400, 8950, 20000, ""),
        ("9", "観光DXの推進", "観光振興課", "観光サイトの閲覧数", "万件", 42, 48, 55, 80, ""),
        ("10", "防災DXの推進", "危機管理課", "防災アプリの登録者数", "人", 5600, 8200, 10450, 20000, "R6は2月末"),
    ]),
]  # fmt: skip

SHIRATSUYU_HEADER = ["番号", "取組名", "所管課", "成果指標", "単位", "策定時（令和4年度）", "令和5年度実績"]
SHIRATSUYU_HEADER += ["令和6年度実績（見込）", "目標値（令和8年度）", "備考"]


def _shown(value: float | None) -> str:
    if value is None:
        return "－"
    return f"{value:,.1f}" if isinstance(value, float) else f"{value:,}"


def shiratsuyu_csv() -> bytes:
    """「CSV（コンマ区切り）」 as Excel writes it: CP932, CRLF, every row as wide as the sheet, quotes only
    around a figure with a comma."""
    width = len(SHIRATSUYU_HEADER)
    rows: list[list[str]] = [["白露市ＤＸ推進計画　成果指標の状況（令和7年3月時点）"] + [""] * (width - 1)]
    rows += [[""] * width, [""] * (width - 1) + ["（令和7年3月31日現在）"], SHIRATSUYU_HEADER]
    for index, (goal, lines) in enumerate(_SHIRATSUYU):
        if index:
            rows.append([""] * width)
        rows.append([goal] + [""] * (width - 1))
        for number, title, dept, name, unit, base, a5, a6, target, note in lines:
            figures = [_shown(v) for v in (base, a5, a6, target)]
            rows.append([number, title, dept, name, unit, *figures, note])
    rows += [[""] * width, ["※令和6年度実績は見込値です。－は未集計。"] + [""] * (width - 1)]
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows(rows)
    return out.getvalue().encode("cp932")


def _shiratsuyu() -> list[dict[str, Any]]:
    return [
        item(
            number,
            title,
            dept.split("・"),
            [
                kpi(
                    (2022, base),
                    (2026, target),
                    actuals=tuple((fy, a) for fy, a in ((2023, a5), (2024, a6)) if a is not None),
                )
            ],
        )
        for _, lines in _SHIRATSUYU
        for number, title, dept, _, _, base, a5, a6, target, _ in lines
    ]


# --- 茜台町: 表紙 / 取組一覧 / KPI, the KPI keyed by 取組番号 and ordered by 担当課 ------------------------------

#: 取組番号, 基本施策, 取組名, 取組内容, 担当課, years marked 「○」 (R7 … R10)
_AKANEDAI: list[tuple[str, str, str, str, str, tuple[int, ...]]] = [
    ("1-1-1", "1-1 手続のオンライン化", "電子申請の拡大", "よく使われる手続から電子申請に対応する。", "総務課", (2025, 2026, 2027, 2028)),  # noqa: E501
    ("1-1-2", "1-1 手続のオンライン化", "窓口予約システムの導入", "来庁予約をスマートフォンで受け付ける。", "町民課", (2026, 2027, 2028)),  # noqa: E501
    ("1-2-1", "1-2 証明書の交付", "コンビニ交付の開始", "住民票等をコンビニで交付する。", "町民課", (2025, 2026)),
    ("1-2-2", "1-2 証明書の交付", "マイナンバーカード活用の周知", "広報とイベントで使い方を案内する。", "町民課", (2025, 2026, 2027, 2028)),  # noqa: E501
    ("2-1-1", "2-1 役場の業務改革", "文書管理システムの導入", "起案から保存まで電子で行う。", "総務課", (2025, 2026, 2027)),  # noqa: E501
    ("2-1-2", "2-1 役場の業務改革", "Web会議環境の整備", "会議室に機器を整える。", "総務課", (2025,)),
    ("2-2-1", "2-2 職員の育成", "職員のデジタル人材育成", "研修と資格取得の支援を行う。", "総務課、企画課", (2025, 2026, 2027, 2028)),  # noqa: E501
    ("3-1-1", "3-1 地域の情報基盤", "公共施設のWi-Fi整備", "避難所となる施設から整備する。", "企画課", (2026, 2027)),
    ("3-1-2", "3-1 地域の情報基盤", "高齢者向けスマホ相談", "地区の集会所で相談会を開く。", "福祉課", (2025, 2026, 2027, 2028)),  # noqa: E501
    ("3-2-1", "3-2 産業のデジタル化", "ドローン活用の推進", "農薬散布と鳥獣被害の調査に使う。", "産業課", (2027, 2028)),  # noqa: E501
]  # fmt: skip
#: KPI番号, 取組番号, 指標名, 単位, 現状値, 現状値の年度, 目標値, 目標年度, 担当課 (as the KPI sheet has it)
_AKANEDAI_KPI: list[tuple[str, str, str, str, float, str, float, str, str]] = [
    ("K01", "1-1-1", "電子申請できる手続数", "手続", 15, "R6", 60, "R10", "総務課"),
    ("K02", "1-1-1", "電子申請の利用件数", "件", 420, "R6", 2000, "R10", "総務課"),
    ("K03", "2-1-1", "電子決裁率", "%", 0, "R6", 80, "R9", "総務課"),
    ("K04", "2-1-2", "Web会議の開催回数", "回", 120, "R6", 300, "R8", "総務課"),
    ("K05", "2-2-1", "デジタル研修の受講者数", "人", 25, "R6", 100, "R10", "総務課"),
    ("K06", "1-1-2", "窓口予約の利用件数", "件", 0, "R6", 1500, "R10", "町民課"),
    ("K07", "1-2-1", "コンビニ交付の件数", "件", 0, "R6", 2400, "R8", "町民課"),
    ("K08", "3-1-1", "Wi-Fiを整備した公共施設数", "施設", 3, "R6", 12, "R9", "企画課"),
    ("K09", "3-1-2", "スマホ相談会の参加者数", "人", 60, "R6", 300, "R10", "福祉課"),
    ("K10", "3-2-1", "ドローンで散布した面積", "ha", 0, "R6", 45.5, "R10", "産業課"),
]


def akanedai_xlsx() -> bytes:
    """Sheets 「表紙」 (title, period, date and office), 「取組一覧」 (header row 3, 基本施策 merged down its 取組,
    「○」 under the years) and 「KPI」 (header row 3)."""
    book, cover = new_book("表紙")
    cover["B4"] = "茜台町ＤＸ推進計画"
    cover["B5"] = "アクションプラン"
    cover["B7"] = "計画期間　令和7年度～令和10年度"
    cover["B20"] = "令和7年4月"
    cover["B21"] = "茜台町　総務課"
    cover["B4"].font = Font(size=20, bold=True)
    sheet = book.create_sheet("取組一覧")
    sheet.append(["取組一覧"])
    sheet.append([None] * 5 + ["実施年度"])
    sheet.merge_cells("F2:I2")
    sheet.append(["取組番号", "基本施策", "取組名", "取組内容", "担当課", "R7", "R8", "R9", "R10"])
    start = 4
    for index, (code, measure, title, content, dept, marks) in enumerate(_AKANEDAI):
        sheet.append(
            [code, measure, title, content, dept, *["○" if fy in marks else None for fy in range(2025, 2029)]]
        )
        line = sheet.max_row
        following = _AKANEDAI[index + 1][1] if index + 1 < len(_AKANEDAI) else None
        if following != measure:
            if line > start:
                sheet.merge_cells(f"B{start}:B{line}")
                sheet[f"B{start}"].alignment = Alignment(vertical="center", wrap_text=True)
            start = line + 1
    for letter, width in zip("BCDE", (20, 28, 40, 16), strict=True):
        sheet.column_dimensions[letter].width = width
    kpis = book.create_sheet("KPI")
    kpis.append(["成果指標（KPI）一覧"])
    kpis.append(["※取組番号は「取組一覧」シートの番号"])
    kpis.append(
        ["KPI番号", "取組番号", "指標名", "単位", "現状値", "現状値の年度", "目標値", "目標年度", "担当課"]
    )
    for row in _AKANEDAI_KPI:
        kpis.append(list(row))
        for column in (5, 7):
            cell = kpis.cell(kpis.max_row, column)
            cell.number_format = "#,##0.0" if isinstance(cell.value, float) else "#,##0"
    kpis.column_dimensions["C"].width = 30
    book.active = 1
    return save(book)


def _fy(text: str) -> int:
    return 2018 + int(text.removeprefix("R"))


def _akanedai() -> list[dict[str, Any]]:
    return [
        item(
            code,
            title,
            dept.split("、"),
            [
                kpi((_fy(by), base), (_fy(ty), target), year_column=False)
                for _, of, _, _, base, by, target, ty, _ in _AKANEDAI_KPI
                if of == code
            ],
            marks,
        )
        for code, _, title, _, dept, marks in _AKANEDAI
    ]


# --- 藤見野市: a header two rows deep, 「目標値」 over R7｜R8｜R9, 「―」 placeholders ---------------------------------

_DASH = "―"
#: (番号, 取組名, 担当課, [(指標, 単位, 基準値（R5）, 実績（R6）, 目標 R7, R8, R9)]) — None 「―」
_FUJIMINO: list[tuple[str, str, str, list[tuple[Any, ...]]]] = [
    ("1", "電子申請の推進", "情報政策課", [("電子申請に対応した手続数", "手続", 80, 112, 150, 200, 250)]),
    ("2", "施設予約のオンライン化", "情報政策課", [("オンラインで予約された割合", "%", 0, None, 20, 40, 60)]),
    ("3", "窓口支援システムの導入", "市民課", [
        ("窓口支援システムで処理した件数", "件", 0, None, None, 3000, 6000),
        ("窓口の平均滞在時間", "分", 32, 30, None, 20, 15),
    ]),
    ("4", "証明書のコンビニ交付", "市民課", [("コンビニ交付率", "%", 10.5, 14.2, 18, 22, 25)]),
    ("5", "AI-OCRの導入", "行政改革課", [("AI-OCRで読み取った帳票数", "枚", 0, 4800, 10000, 15000, 20000)]),
    ("6", "電子契約の導入", "契約検査課", [("電子契約の件数", "件", 0, None, None, None, 100)]),
    ("7", "庁内ネットワークの無線化", "情報政策課", [("無線LANを整備した施設数", "施設", 2, 5, 10, 15, 15)]),
    ("8", "GIGAスクール端末の活用", "学校教育課", [("端末を毎日使う児童生徒の割合", "%", 55, 68.4, 75, 85, 95)]),
    ("9", "市民活動のデジタル化", "市民協働課、生涯学習課", [("オンライン講座の開催数", "回", 4, 9, 12, 18, 24)]),
    ("10", "データ利活用の推進", "企画政策課", [("公開データセット数", "件", 35, 48, 60, 80, 100)]),
]  # fmt: skip


def fujimino_xlsx() -> bytes:
    """Sheet 「成果指標」: the title, an empty row, the header on rows 3–4 (「目標値」 merged over R7 R8 R9, the
    other headings merged down both rows), one row an indicator, 「―」 where no figure; a ※ note under it."""
    book, sheet = new_book("成果指標")
    sheet.append(["藤見野市情報化推進計画（令和6年度～令和9年度）　成果指標一覧"])
    sheet.append([])
    sheet.append(
        ["番号", "取組名", "担当課", "成果指標", "単位", "基準値（R5）", "実績（R6）", "目標値", None, None]
    )
    sheet.append([None] * 7 + ["R7", "R8", "R9"])
    for letter in "ABCDEFG":
        sheet.merge_cells(f"{letter}3:{letter}4")
        sheet[f"{letter}3"].alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    sheet.merge_cells("H3:J3")
    sheet["H3"].alignment = Alignment(horizontal="center")
    for number, title, dept, indicators in _FUJIMINO:
        top = sheet.max_row + 1
        for index, (name, unit, *figures) in enumerate(indicators):
            head = [number, title, dept] if index == 0 else [None, None, None]
            sheet.append([*head, name, unit, *[_DASH if f is None else f for f in figures]])
            for column in range(6, 11):
                cell = sheet.cell(sheet.max_row, column)
                if isinstance(cell.value, int | float):
                    cell.number_format = "#,##0.0" if isinstance(cell.value, float) else "#,##0"
                else:
                    cell.alignment = Alignment(horizontal="center")
        if len(indicators) > 1:
            for letter in "ABC":
                sheet.merge_cells(f"{letter}{top}:{letter}{sheet.max_row}")
                sheet[f"{letter}{top}"].alignment = Alignment(vertical="center")
    sheet.append([])
    sheet.append([f"※「{_DASH}」は目標を設定していない年度、又は実績のないもの。"])
    for letter, width in zip("BCD", (26, 20, 32), strict=True):
        sheet.column_dimensions[letter].width = width
    return save(book)


def _fujimino() -> list[dict[str, Any]]:
    return [
        item(
            number,
            title,
            dept.split("、"),
            [
                kpi(
                    (2023, base),
                    (2027, t9),
                    targets=tuple(
                        (fy, t)
                        for fy, t in zip((2025, 2026, 2027), (t7, t8, t9), strict=True)
                        if t is not None
                    ),
                    actuals=((2024, actual),) if actual is not None else (),
                )
                for _, _, base, actual, t7, t8, t9 in indicators
            ],
        )
        for number, title, dept, indicators in _FUJIMINO
    ]


# --- 星置市: a TSV exported from the groupware, English column names --------------------------------------------

HOSHIOKI_HEADER = ["id", "title", "owner_dept", "category", "kpi_name", "kpi_unit", "baseline", "baseline_year",
                   "target_2025", "target_2026", "target_2027", "actual_2024", "start_fy", "end_fy", "status",
                   "updated_at"]  # fmt: skip
#: id, title, owner_dept, category, [(kpi_name, unit, baseline, baseline_year, targets 2025–2027, actual_2024)],
#: start_fy, end_fy, status — None an empty cell
_HOSHIOKI: list[tuple[Any, ...]] = [
    ("DX-001", "オンライン申請の拡充", "デジタル推進課", "住民サービス", [
        ("オンライン申請できる手続数", "手続", 120, 2023, (160, 200, 250), 131),
        ("電子申請の利用件数", "件", 18000, 2023, (22000, 26000, 30000), 19850),
    ], 2025, 2027, "in_progress"),
    ("DX-002", "窓口のワンストップ化", "市民課;デジタル推進課", "住民サービス", [
        ("窓口での平均手続時間", "分", 40, 2023, (35, 30, 25), 38),
    ], 2025, 2027, "in_progress"),
    ("DX-003", "キャッシュレス決済の拡大", "会計課", "住民サービス", [
        ("キャッシュレス決済に対応した施設数", "施設", 12, 2023, (20, 30, 40), 15),
    ], 2025, 2026, "in_progress"),
    ("DX-004", "ガバメントクラウドへの移行", "情報システム課", "行政運営", [
        ("移行を終えたシステム数", "システム", 0, 2023, (12, 20, 20), 0),
    ], 2025, 2026, "in_progress"),
    ("DX-005", "生成AIの業務活用", "行政改革推進室", "行政運営", [
        ("生成AIの利用者数", "人", 50, 2024, (300, 500, 700), None),
    ], 2025, 2027, "planned"),
    ("DX-006", "テレワーク環境の整備", "人事課", "行政運営", [
        ("テレワーク実施率", "%", 4.5, 2023, (10, 15, 20), 6.8),
    ], 2025, 2027, "in_progress"),
    ("DX-007", "スマート農業の支援", "農政課", "地域社会", [], 2026, 2027, "planned"),
    ("DX-008", "子育てアプリの導入", "こども未来課", "地域社会", [
        ("アプリの登録者数", "人", 0, 2024, (2000, 3500, 5000), None),
        ("電子母子手帳の利用率", "%", 0, 2024, (30, 50, 70), None),
    ], 2025, 2027, "planned"),
    ("DX-009", "防災情報の一元化", "危機管理課;デジタル推進課", "地域社会", [
        ("防災ポータルのアクセス数", "件", 32000, 2023, (None, 45000, 50000), 35500),
    ], 2026, 2027, "planned"),
    ("DX-010", "図書館の電子書籍サービス", "中央図書館", "地域社会", [
        ("電子書籍の貸出数", "冊", 1500, 2023, (3000, 4500, 6000), 2230),
    ], 2025, 2027, "done"),
]  # fmt: skip


def _cell(value: Any) -> str:
    return "" if value is None else str(value)


def hoshioki_tsv() -> bytes:
    """The export: UTF-8 with a BOM, tab-separated, LF, one row a KPI (a 取組 without KPI one row with the KPI
    columns empty), no quoting."""
    lines = ["\t".join(HOSHIOKI_HEADER)]
    stamp = iter(f"2025-03-{day:02d} 1{day % 10}:{day * 7 % 60:02d}" for day in range(10, 31))
    for code, title, owner, category, indicators, start, end, status in _HOSHIOKI:
        for name, unit, base, base_fy, targets, actual in indicators or [(None,) * 4 + ((None,) * 3, None)]:
            cells = [code, title, owner, category, name, unit, base, base_fy, *targets, actual, start, end]
            lines.append("\t".join(_cell(c) for c in [*cells, status, next(stamp)]))
    return ("\ufeff" + "\n".join(lines) + "\n").encode("utf-8")


def _hoshioki() -> list[dict[str, Any]]:
    return [
        item(
            code,
            title,
            owner.split(";"),
            [
                kpi(
                    (base_fy, base),
                    (2027, targets[-1]),
                    targets=tuple(
                        (fy, t) for fy, t in zip((2025, 2026, 2027), targets, strict=True) if t is not None
                    ),
                    actuals=((2024, actual),) if actual is not None else (),
                )
                for _, _, base, base_fy, targets, actual in indicators
            ],
            tuple(range(start, end + 1)),
        )
        for code, title, owner, _, indicators, start, end, _ in _HOSHIOKI
    ]


PLANS: Sheets = {
    "aoisaka-xlsx": ("葵坂市", "アクションプラン（基本目標別・小計あり）.xlsx", aoisaka_xlsx, _aoisaka),
    "tsubakihara-xlsx": ("椿原町", "R6進捗管理表_入力規則.xlsx", tsubakihara_xlsx, _tsubakihara),
    "shiratsuyu-csv": ("白露市", "成果指標の状況_R7.3.csv", shiratsuyu_csv, _shiratsuyu),
    "akanedai-xlsx": ("茜台町", "アクションプラン（取組一覧・KPI）.xlsx", akanedai_xlsx, _akanedai),
    "fujimino-xlsx": ("藤見野市", "成果指標一覧（2段見出し）.xlsx", fujimino_xlsx, _fujimino),
    "hoshioki-tsv": ("星置市", "星置市_DX取組_export_20250331.tsv", hoshioki_tsv, _hoshioki),
}


def document(name: str) -> tuple[bytes, str]:
    """The file as uploaded: (bytes, file name)."""
    return uploaded(PLANS, name)


def expected(name: str) -> dict[str, Any]:
    """The plan the document states (only what ``scoring.score`` compares)."""
    return stated(PLANS, name)
