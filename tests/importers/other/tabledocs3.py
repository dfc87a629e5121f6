"""A third batch of table-shaped plans no reader was written against (issue 8), in shapes the first
two batches (``tabledocs``, ``unseen``) do not have:

- 梅ヶ丘市: 事務事業評価シート, one initiative per sheet as label–value blocks, its indicators a
  table of 年度 rows (R5/R6/R7) × 目標/実績 with 区分 and 指標名 merged down;
- 星川町: a 工程表 workbook, years across (two header rows), cells 「検討」「実施」「●」「→」 and
  a phase merged across several years, 担当課 last, a legend below;
- 月見市: a KPI table with the year over 目標 | 実績 (two header rows), the unit in the indicator's
  name 「電子申請件数（件）」 and bare numbers in the cells;
- 高原市: a CSV exported from a 庁内 system — English headers, Shift_JIS, every cell quoted,
  multi-line cells, one row per KPI, Western years in their own columns, trailing empty columns;
- 青柳町: 施策 merged down on the left, 取組 on the right, a 備考 column whose figures are no KPI;
- 紅葉市: 番号 ①②③ restarting under each 基本目標 row spanning the table, 現状値 「1,200件（R5）」;
- 白鷺村: a workbook filled by people — full-width figures with units stored as text 「１２０件」,
  担当課 cells with a line break (Alt+Enter) 「総務課\\n各課」, a hidden column, a formula column
  without cached values, blank rows between groups, group rows in column A only, a 合計 row;
- 若竹市: a Word-made PDF — a portrait page of prose, then the table on a landscape page, narrow
  columns wrapping titles over several lines, ● in year columns.

The municipalities are invented. ``DOCUMENTS3`` maps a name to (source, expected plan); the
expected plans give codes, 担当課, every KPI figure with its fiscal year, and schedule years, and
are scored with ``tests/importers/scoring.py``. They were written from the documents alone.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.styles import Alignment

from .tabledocs import TableDoc, to_csv, to_html, to_xlsx

#: A way of handing the document over: (file bytes or path, filename).
Source = Callable[[], tuple[bytes | Path, str]]
Pair = tuple[int | None, float]


def kpi(
    base: Pair | None = None,
    final: Pair | None = None,
    targets: tuple[Pair, ...] = (),
    actuals: tuple[Pair, ...] = (),
    year_column: bool = True,
) -> dict[str, Any]:
    """One expected indicator: only the figures ``scoring`` compares (kind, fiscal year, value).

    Plan JSON's convention: a 目標値 column headed with its year (「目標値（R10）」,
    ``year_column``) is that year's target and the final target; the target of the plan's last
    year is its final target too. A target whose year is in the cell or the row is the final one."""
    if year_column and final is not None and final[0] is not None and final not in targets:
        targets = (*targets, final)

    def value(pair: Pair | None) -> dict[str, Any] | None:
        return None if pair is None else {"fy": pair[0], "value": pair[1]}

    return {
        "baseline": value(base),
        "final_target": value(final),
        "targets": [value(p) for p in targets],
        "actuals": [value(p) for p in actuals],
    }


def item(
    code: str | None,
    title: str,
    departments: list[str],
    indicators: list[dict[str, Any]] | None = None,
    schedule: tuple[int, ...] = (),
) -> dict[str, Any]:
    return {
        "code": code,
        "title": title,
        "departments": departments,
        "indicators": indicators or [],
        "schedule": [{"fy": fy, "half": None} for fy in schedule],
    }


def _save(book: openpyxl.Workbook) -> bytes:
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


# --- 梅ヶ丘市: 事務事業評価シート, one initiative per sheet ---------------------------------------

#: code, 事業名, 施策, 担当課, 概要, indicators (区分, 名, 単位, [(目標, 実績) R5, R6, R7]), 評価, 事業費
_UMEGAOKA = [
    (
        "1-1-1",
        "行政手続のオンライン化",
        "1-1 行政サービスのデジタル化",
        "情報政策課、市民課",
        "市民がいつでもどこでも申請できるよう、電子申請システムで受け付ける手続を拡大する。",
        [
            ("活動指標", "オンライン化した手続数", "手続", [(30, 32), (60, 58), (100, None)]),
            ("成果指標", "オンライン申請率", "%", [(10, 8.5), (20, 17.2), (30, None)]),
        ],
        "B",
        (4800, 5200, 5200),
    ),
    (
        "1-1-2",
        "窓口キャッシュレス決済の導入",
        "1-1 行政サービスのデジタル化",
        "会計課",
        "証明書発行手数料等をキャッシュレスで支払えるよう、窓口に決済端末を設置する。",
        [("活動指標", "キャッシュレス対応窓口数", "窓口", [(3, 3), (8, 9), (12, None)])],
        "A",
        (1200, 900, 600),
    ),
    (
        "1-2-1",
        "マイナンバーカードの利活用推進",
        "1-2 マイナンバーカードの普及と活用",
        "市民課",
        "出張申請受付や休日窓口を実施し、カードの交付と利用できるサービスを拡大する。",
        [("成果指標", "マイナンバーカード交付率", "%", [(75, 73.4), (80, 78.9), (85, None)])],
        "B",
        (3500, 2800, 2000),
    ),
    (
        "2-1-1",
        "RPA・AI-OCRの活用",
        "2-1 業務の効率化",
        "行政改革推進課",
        "定型的な入力作業をRPA・AI-OCRで自動化し、職員が企画や相談業務に注力できるようにする。",
        [
            ("活動指標", "RPAを導入した業務数", "業務", [(10, 11), (15, 16), (20, None)]),
            ("成果指標", "削減できた作業時間", "時間", [(1500, 1620), (2500, 2380), (3000, None)]),
        ],
        "B",
        (6600, 7000, 7000),
    ),
    (
        "2-1-2",
        "庁内ペーパーレス化の推進",
        "2-1 業務の効率化",
        "総務課",
        "会議資料の電子化と電子決裁により、紙の使用量を削減する。",
        [("成果指標", "コピー用紙の使用枚数", "千枚", [(4200, 4350), (3800, 3710), (3400, None)])],
        "C",
        (900, 900, 900),
    ),
    (
        "2-2-1",
        "デジタル人材の育成",
        "2-2 推進体制の強化",
        "人事課、情報政策課",
        "全職員向けのDX研修と、各課のDX推進リーダー向け研修を実施する。",
        [("活動指標", "DX研修の受講者数", "人", [(120, 134), (150, 162), (180, None)])],
        "A",
        (1500, 1500, 1800),
    ),
    (
        "3-1-1",
        "高齢者向けスマホ教室の開催",
        "3-1 デジタルデバイド対策",
        "高齢福祉課",
        "地域の公民館でスマートフォンの基本操作や行政アプリの使い方の教室を開催する。",
        [("活動指標", "スマホ教室の開催回数", "回", [(12, 12), (24, 20), (24, None)])],
        "C",
        (800, 1600, 1600),
    ),
]


def umegaoka_xlsx() -> bytes:
    """梅ヶ丘市's 事務事業評価シート: one sheet per 事業, label–value rows (labels in A, values
    merged across), the indicator table's 区分/指標名/単位 merged down over the three 年度 rows."""
    book = openpyxl.Workbook()
    book.remove(book.active)
    for code, name, measure, departments, summary, indicators, grade, costs in _UMEGAOKA:
        sheet = book.create_sheet(code)
        sheet.append(["令和6年度 事務事業評価シート"])
        sheet.merge_cells("A1:F1")
        sheet.append(["梅ヶ丘市DX推進計画（令和5年度～令和7年度）"])
        sheet.append([])
        sheet.append(["事業番号", code, None, "担当課", departments])
        sheet.merge_cells("B4:C4")
        sheet.merge_cells("E4:F4")
        sheet.append(["事業名", name])
        sheet.merge_cells("B5:F5")
        sheet.append(["施策", measure])
        sheet.merge_cells("B6:F6")
        sheet.append(["事業概要", summary])
        sheet.merge_cells("B7:F7")
        sheet["B7"].alignment = Alignment(wrap_text=True)
        sheet.append([])
        sheet.append(["区分", "指標名", "単位", "年度", "目標", "実績"])
        for kind, label, unit, values in indicators:
            top = sheet.max_row + 1
            for year, (target, actual) in zip(("R5", "R6", "R7"), values, strict=True):
                first = sheet.max_row + 1 == top
                sheet.append(
                    [kind if first else None, label if first else None, unit if first else None]
                    + [year, target, "－" if actual is None else actual]
                )
            for column in "ABC":
                sheet.merge_cells(f"{column}{top}:{column}{top + 2}")
        sheet.append([])
        sheet.append(["事業費（千円）", "R5", "R6", "R7"])
        sheet.append(["決算・予算額", *costs])
        sheet.append([])
        sheet.append(["評価", grade, "A：目標を上回る　B：概ね目標どおり　C：目標を下回る　D：未実施"])
        sheet.merge_cells(f"C{sheet.max_row}:F{sheet.max_row}")
        sheet.append(["今後の方向性", "継続（令和7年度は対象を拡大する）"])
        sheet.merge_cells(f"B{sheet.max_row}:F{sheet.max_row}")
        sheet.column_dimensions["B"].width = 30
    return _save(book)


UMEGAOKA = {
    "initiatives": [
        item(
            code,
            name,
            departments.split("、"),
            [
                kpi(
                    final=(2025, values[2][0]),  # the plan's last year (令和7年度)
                    targets=tuple((fy, t) for fy, (t, _) in zip((2023, 2024, 2025), values, strict=True)),
                    actuals=tuple(
                        (fy, a)
                        for fy, (_, a) in zip((2023, 2024, 2025), values, strict=True)
                        if a is not None
                    ),
                )
                for _, _, _, values in indicators
            ],
        )
        for code, name, _, departments, _, indicators, _, _ in _UMEGAOKA
    ]
}


# --- 星川町: 工程表, years across, 「検討」「実施」「●」「→」, a phase merged across years ----------

_HOSHIKAWA_YEARS = (2024, 2025, 2026, 2027, 2028)
#: No., 取組, cells R6..R10 (a (text, span) merges the cell across ``span`` years), 担当課
_HOSHIKAWA: list[tuple[str, ...] | tuple[str, str, list[Any], str]] = [
    ("基本方針1　便利な行政サービスの提供",),
    ("1", "電子申請サービスの拡充", ["実施", "→", "→", "→", "→"], "総務課"),
    ("2", "書かない窓口の導入", ["検討", "検討", "実施", "→", "→"], "住民課、総務課"),
    ("3", "公金収納のキャッシュレス化", ["●", "●", "●", "●", "●"], "会計課"),
    ("4", "公共施設予約システムの導入", ["", "検討", "導入", "運用", "運用"], "教育総務課"),
    ("基本方針2　効率的な行政運営",),
    ("5", "基幹業務システムの標準化", ["移行準備", ("移行", 2), "運用", "運用"], "総務課"),
    ("6", "テレワーク環境の整備", ["検討", "試行", ("本格実施 ―――→", 3)], "総務課"),
    ("7", "生成AIの業務活用", ["試行", "実施", "→", "→", "→"], "企画課"),
    ("基本方針3　地域社会のデジタル化",),
    ("8", "高齢者のデジタル活用支援", ["●", "●", "●", "", ""], "福祉課、社会教育課"),
    ("9", "防災情報配信の多様化", ["", "", "検討", "実施", "→"], "防災安全課"),
    ("10", "オープンデータの推進", ["実施", "→", "→", "→", "→"], "企画課"),
]


def hoshikawa_xlsx() -> bytes:
    """星川町's 工程表: 「年度別スケジュール」 over 令和6年度…令和10年度 (two header rows, No./取組/
    担当課 merged down), 基本方針 rows merged across, a phase merged over several years."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "工程表"
    sheet.append(["星川町DX推進計画 取組工程表（令和6年度～令和10年度）"])
    sheet.append([])
    sheet.append(["No.", "取組", "年度別スケジュール", None, None, None, None, "担当課"])
    sheet.append([None, None, "令和6年度", "令和7年度", "令和8年度", "令和9年度", "令和10年度", None])
    for column in "ABH":
        sheet.merge_cells(f"{column}3:{column}4")
    sheet.merge_cells("C3:G3")
    for row in _HOSHIKAWA:
        if len(row) == 1:
            sheet.append([row[0]])
            sheet.merge_cells(f"A{sheet.max_row}:H{sheet.max_row}")
            continue
        number, title, cells, departments = row
        line = sheet.max_row + 1
        sheet.cell(line, 1, number)
        sheet.cell(line, 2, title)
        sheet.cell(line, 8, departments)
        column = 3
        for cell in cells:
            text, span = cell if isinstance(cell, tuple) else (cell, 1)
            if text:
                sheet.cell(line, column, text)
            if span > 1:
                sheet.merge_cells(
                    start_row=line, start_column=column, end_row=line, end_column=column + span - 1
                )
            column += span
    sheet.append([])
    sheet.append(["凡例　●：実施　→：継続　検討：調査・検討"])
    sheet.append(["※ 各年度の取組内容は、予算の状況等により変更となる場合があります。"])
    return _save(book)


def _years(cells: list[Any]) -> tuple[int, ...]:
    out: list[int] = []
    index = 0
    for cell in cells:
        text, span = cell if isinstance(cell, tuple) else (cell, 1)
        if text:
            out.extend(_HOSHIKAWA_YEARS[index : index + span])
        index += span
    return tuple(out)


HOSHIKAWA = {
    "initiatives": [
        item(row[0], row[1], row[3].split("、"), schedule=_years(row[2]))  # type: ignore[arg-type, misc]
        for row in _HOSHIKAWA
        if len(row) > 1
    ]
}


# --- 月見市: KPI table, the year over 目標 | 実績, units in the indicator's name ------------------

_TSUKIMI_BODY = [
    [
        "1",
        "電子申請の推進",
        "電子申請件数（件）",
        "情報政策課",
        "8,200",
        "10,000",
        "11,350",
        "12,000",
        "",
        "14,000",
        "",
    ],
    ["2", "窓口の待ち時間短縮", "平均待ち時間（分）", "市民課", "25", "20", "18", "15", "", "10", ""],
    [
        "3",
        "キャッシュレス決済の拡大",
        "キャッシュレス対応施設数（施設）",
        "会計課、財政課",
        "12",
        "20",
        "22",
        "28",
        "",
        "35",
        "",
    ],
    ["4", "行政事務の自動化", "RPA適用業務数（業務）", "行政経営課", "6", "10", "9", "14", "", "18", ""],
    [
        "5",
        "子育て手続のオンライン化",
        "オンライン化率（%）",
        "子育て支援課",
        "35.0",
        "50.0",
        "52.3",
        "65.0",
        "",
        "80.0",
        "",
    ],
    [
        "6",
        "GIGAスクール端末の活用",
        "授業で毎日活用する学校の割合（%）",
        "学校教育課",
        "60",
        "75",
        "81",
        "90",
        "",
        "100",
        "",
    ],
    [
        "7",
        "地域のデジタル人材育成",
        "講座受講者数（人）",
        "生涯学習課",
        "150",
        "200",
        "236",
        "250",
        "",
        "300",
        "",
    ],
    ["8", "公共施設Wi-Fiの整備", "整備施設数（施設）", "施設管理課", "18", "24", "24", "30", "", "36", ""],
]


def tsukimi() -> TableDoc:
    header = [
        [
            "番号",
            "取組名",
            "成果指標",
            "担当課",
            "基準値（R5）",
            "令和6年度",
            "",
            "令和7年度",
            "",
            "令和8年度",
            "",
        ],
        ["", "", "", "", "", "目標", "実績", "目標", "実績", "目標", "実績"],
    ]
    merges = [(0, c, 1, c) for c in range(5)] + [(0, 5, 0, 6), (0, 7, 0, 8), (0, 9, 0, 10)]
    return TableDoc(
        title=["月見市デジタル化推進計画 成果指標（KPI）の進捗状況（令和6年度～令和8年度）"],
        grid=header + _TSUKIMI_BODY,
        merges=merges,
        notes=["※ 実績値は各年度末時点。令和7年度以降の実績は翌年度に記入する。"],
        header_rows=2,
    )


def _n(text: str) -> float:
    return float(text.replace(",", ""))


TSUKIMI = {
    "initiatives": [
        item(
            row[0],
            row[1],
            row[3].split("、"),
            [
                kpi(
                    base=(2023, _n(row[4])),
                    final=(2026, _n(row[9])),  # the plan's last year (令和8年度)
                    targets=((2024, _n(row[5])), (2025, _n(row[7])), (2026, _n(row[9]))),
                    actuals=((2024, _n(row[6])),),
                )
            ],
        )
        for row in _TSUKIMI_BODY
    ]
}


# --- 高原市: a CSV exported from a 庁内 system ---------------------------------------------------

_TAKAHARA_HEADER = [
    "ID",
    "NAME",
    "DEPT",
    "KPI_NAME",
    "UNIT",
    "BASE",
    "BASE_FY",
    "TARGET",
    "TARGET_FY",
    "ACTUAL",
    "ACTUAL_FY",
    "STATUS",
    "MEMO",
]
_TAKAHARA = [
    ["0101", "行政手続のオンライン化", "情報政策課", "オンライン申請可能手続数", "手続", "45", "2023", "150", "2027", "88", "2024", "B", "国のマイナポータル連携\n（ぴったりサービス）を活用"],  # noqa: E501
    ["0101", "行政手続のオンライン化", "情報政策課", "オンライン申請率", "%", "12.5", "2023", "40", "2027", "21.3", "2024", "B", ""],  # noqa: E501
    ["0102", "コンビニ交付サービスの拡充", "市民課\n情報政策課", "コンビニ交付率", "%", "18", "2023", "35", "2027", "24.6", "2024", "A", ""],  # noqa: E501
    ["0201", "基幹業務システムの標準化・共通化", "情報政策課", "標準準拠システムへの移行業務数", "業務", "0", "2023", "20", "2026", "3", "2024", "C", "ガバメントクラウドへの移行は\n令和7年度末の予定"],  # noqa: E501
    ["0202", "AI議事録作成支援の導入", "総務課", "AI議事録の利用件数", "件", "0", "2023", "300", "2027", "142", "2024", "A", ""],  # noqa: E501
    ["0203", "電子決裁の推進", "総務課", "電子決裁率", "%", "62", "2023", "95", "2027", "78.4", "2024", "B", ""],
    ["0301", "デジタル活用支援員の配置", "地域振興課", "相談対応件数", "件", "340", "2023", "1000", "2027", "615", "2024", "B", ""],  # noqa: E501
    ["0302", "防災アプリの普及", "危機管理課", "アプリ登録者数", "人", "2100", "2023", "10000", "2027", "4870", "2024", "B", ""],  # noqa: E501
    ["0302", "防災アプリの普及", "危機管理課", "避難訓練でのアプリ利用割合", "%", "", "", "50", "2027", "", "", "-", "令和7年度から計測"],  # noqa: E501
]  # fmt: skip


def takahara_csv() -> bytes:
    """Every cell quoted (empty ones too), CRLF, CP932, three empty columns after MEMO."""

    def line(cells: list[str]) -> str:
        return ",".join(f'"{c}"' for c in cells + ["", "", ""])

    lines = [line(_TAKAHARA_HEADER)] + [line(row) for row in _TAKAHARA]
    return ("\r\n".join(lines) + "\r\n").encode("cp932")


def _takahara_expected() -> dict[str, Any]:
    items: dict[str, dict[str, Any]] = {}
    for code, name, dept, _, _, base, base_fy, target, target_fy, actual, actual_fy, _, _ in _TAKAHARA:
        entry = items.setdefault(code, item(code, name, dept.split("\n")))
        entry["indicators"].append(
            kpi(
                base=(int(base_fy), float(base)) if base else None,
                final=(int(target_fy), float(target)),
                actuals=((int(actual_fy), float(actual)),) if actual else (),
                year_column=False,
            )
        )
    return {"initiatives": list(items.values())}


TAKAHARA = _takahara_expected()


# --- 青柳町: 施策 merged down on the left, 取組 on the right, a 備考 column -------------------------

_AOYAGI_BODY = [
    ["(1) 行政手続のデジタル化", "1", "電子申請の拡充", "総務課", "電子申請できる手続数", "24手続", "120手続", "令和7年度に申請管理システムを更新予定（2,000千円）"],  # noqa: E501
    ["", "2", "書かない窓口の推進", "町民課", "申請書の記入が不要な手続数", "0手続", "30手続", ""],
    ["", "3", "手数料のキャッシュレス化", "会計課、町民課", "キャッシュレス対応窓口数", "1窓口", "6窓口", "3窓口で先行導入（令和6年10月）"],  # noqa: E501
    ["(2) 業務の効率化", "4", "RPAの活用", "総務課", "RPAによる削減時間", "300時間", "2,000時間", "対象業務は毎年度見直す（R6：5業務）"],  # noqa: E501
    ["", "5", "会議のペーパーレス化", "総務課", "タブレットを使う会議の割合", "20%", "80%", "議会は別途検討（議会事務局と協議）"],  # noqa: E501
    ["", "6", "基幹系システムの標準化", "総務課、税務課、福祉課", "標準準拠システムへ移行した業務数", "0業務", "20業務", "国の移行期限（令和7年度末）に合わせる"],  # noqa: E501
    ["(3) 地域社会のデジタル化", "7", "スマホ相談会の開催", "生涯学習課", "相談会の参加者数（延べ）", "85人", "500人", ""],
    ["", "8", "観光情報のデジタル発信", "産業振興課", "観光サイトの年間閲覧数", "42,000件", "80,000件", "SNS（2種類）と連携"],  # noqa: E501
    ["", "9", "防災行政無線のデジタル化", "防災課", "（指標なし）", "－", "－", "令和8年度完了予定"],
]  # fmt: skip


def aoyagi() -> TableDoc:
    header = ["施策", "No.", "取組", "担当課", "指標", "現状値（R5）", "目標値（R10）", "備考"]
    return TableDoc(
        title=["青柳町DX推進計画 取組一覧（計画期間：令和6年度～令和10年度）"],
        grid=[header, *_AOYAGI_BODY],
        merges=[(1, 0, 3, 0), (4, 0, 6, 0), (7, 0, 9, 0)],
    )


def _unit_number(text: str) -> float | None:
    digits = "".join(ch for ch in text if ch.isdigit() or ch == ".")
    return float(digits) if digits else None


AOYAGI = {
    "initiatives": [
        item(
            row[1],
            row[2],
            row[3].split("、"),
            [kpi(base=(2023, b), final=(2028, f))]
            if (b := _unit_number(row[5])) is not None and (f := _unit_number(row[6])) is not None
            else [],
        )
        for row in _AOYAGI_BODY
    ]
}


# --- 紅葉市: ①②③ restarting under each 基本目標 row ---------------------------------------------

_MOMIJI_GOALS = {
    "基本目標１　市民の利便性の向上": [
        ["①", "電子申請システムの導入", "申請・届出をスマートフォンで完結できるようにする。", "情報推進課", "電子申請件数", "1,200件（R5）", "6,000件"],  # noqa: E501
        ["②", "LINE公式アカウントの活用", "子育て・ごみ・防災の情報を利用者ごとに配信する。", "広報課", "友だち登録者数", "8,500人（R5）", "20,000人"],  # noqa: E501
        ["③", "窓口予約システムの導入", "混雑する窓口を予約制にし、待ち時間をなくす。", "市民課", "予約の利用件数", "0件（R5）", "3,000件"],  # noqa: E501
    ],
    "基本目標２　行政運営の効率化": [
        ["①", "AI-OCRの導入", "手書き申請書の入力を自動化する。", "行政改革課", "AI-OCRで処理した帳票数", "2,000枚（R5）", "30,000枚"],  # noqa: E501
        ["②", "Web会議環境の整備", "庁内外の会議をオンラインで開催できるようにする。", "情報推進課", "Web会議の実施回数", "480回（R5）", "1,200回"],  # noqa: E501
        ["③", "文書の電子化", "電子決裁と文書管理システムで紙の文書を減らす。", "総務課", "電子決裁率", "45%（R5）", "90%"],  # noqa: E501
    ],
    "基本目標３　地域社会のデジタル化": [
        ["①", "デジタル活用支援講座の開催", "高齢者等を対象にスマートフォン講座を開く。", "生涯学習課", "講座の受講者数", "120人（R5）", "600人"],  # noqa: E501
        ["②", "商店街のキャッシュレス化支援", "キャッシュレス決済を導入する店舗を支援する。", "商工観光課", "導入店舗数", "35店舗（R5）", "150店舗"],  # noqa: E501
    ],
}  # fmt: skip


def momiji() -> TableDoc:
    header = ["番号", "実施事業", "事業内容", "担当課", "指標", "現状値", "目標値（R9）"]
    grid = [header]
    merges = []
    for goal, rows in _MOMIJI_GOALS.items():
        merges.append((len(grid), 0, len(grid), len(header) - 1))
        grid.append([goal] + [""] * (len(header) - 1))
        grid.extend(rows)
    return TableDoc(
        title=["紅葉市地域情報化計画 実施事業一覧（令和6年度～令和9年度）"],
        grid=grid,
        merges=merges,
    )


MOMIJI = {
    "initiatives": [
        item(
            f"{g}-{'①②③④'.index(row[0]) + 1}",
            row[1],
            [row[3]],
            [
                kpi(
                    base=(2023, _unit_number(row[5].split("（")[0]) or 0.0),
                    final=(2027, _unit_number(row[6]) or 0.0),
                )
            ],
        )
        for g, rows in enumerate(_MOMIJI_GOALS.values(), start=1)
        for row in rows
    ]
}


# --- 白鷺村: a workbook filled by people -----------------------------------------------------------

#: No, 取組名, 担当課, 旧No (hidden), 指標, 基準値（R5）, 目標値（R8）, R6実績, 備考; str = group row
_SHIRASAGI: list[str | list[Any]] = [
    "■ 基本方針１　住民サービスの向上",
    ["１", "証明書のコンビニ交付", "住民課", 12, "交付件数", "１２０件", "６００件", "３１５件", ""],
    [
        "２",
        "電子申請の拡充",
        "総務課\n各課",
        13,
        "対象手続数",
        "１５手続",
        "８０手続",
        "４２手続",
        "各課に照会中",
    ],
    ["３", "村ホームページのリニューアル", "総務課", 14, "年間閲覧数", 52000, 80000, 61250, ""],
    "",
    "■ 基本方針２　行政の効率化",
    ["４", "庁内無線LANの整備", "総務課", 21, "整備拠点数", "２か所", "８か所", "５か所", ""],
    ["５", "会計事務の電子化", "会計室\n総務課", 22, "電子決裁率", "30%", "80%", "55%", ""],
    [
        "６",
        "RPAの導入",
        "総務課\n各課",
        23,
        "削減時間",
        "０時間",
        "５００時間",
        "１８０時間",
        "R7から本格導入",
    ],
    "",
    "■ 基本方針３　地域のデジタル化",
    [
        "７",
        "高齢者スマホ教室",
        "保健福祉課\n社会福祉協議会",
        31,
        "参加者数",
        "４０人",
        "２００人",
        "９５人",
        "",
    ],
    ["８", "防災メールの登録促進", "総務課", 32, "登録者数", "６５０人", "１，２００人", "８１０人", ""],
]


def shirasagi_xlsx() -> bytes:
    """白鷺村's 進捗管理表 as the departments filled it: text figures, Alt+Enter in 担当課, column D
    (旧No) hidden, a 達成率 formula Excel would compute (openpyxl stores no cached value), a
    合計 row, frozen panes and a filter."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "R6実績"
    sheet.append(["白鷺村DX推進計画（令和6年度～令和8年度） 進捗管理表"])
    sheet.append(["記入者：各課担当　提出期限：令和7年4月25日"])
    sheet.append([])
    header = [
        "No",
        "取組名",
        "担当課",
        "旧No",
        "指標",
        "基準値（R5）",
        "目標値（R8）",
        "R6実績",
        "達成率",
        "備考",
    ]
    sheet.append(header)
    first = sheet.max_row + 1
    for row in _SHIRASAGI:
        if isinstance(row, str):
            sheet.append([row or None])
            continue
        line = sheet.max_row + 1
        number, title, departments, old, name, base, target, actual, note = row
        sheet.append([number, title, departments, old, name, base, target, actual, None, note or None])
        sheet.cell(line, 9, f'=IFERROR(H{line}/G{line},"")').number_format = "0%"
        sheet.cell(line, 3).alignment = Alignment(wrap_text=True)
    last = sheet.max_row
    sheet.append([])
    sheet.append([None, "合計", None, None, None, f"=SUM(F{first}:F{last})", f"=SUM(G{first}:G{last})"])
    sheet.column_dimensions["D"].hidden = True
    sheet.freeze_panes = "C5"
    sheet.auto_filter.ref = f"A4:J{last}"
    return _save(book)


def _text_number(value: Any) -> float:
    if isinstance(value, int | float):
        return float(value)
    import unicodedata

    text = unicodedata.normalize("NFKC", value).replace(",", "")
    return float("".join(ch for ch in text if ch.isdigit() or ch == "."))


SHIRASAGI = {
    "initiatives": [
        item(
            str(int(row[0])),
            row[1],
            [name for name in row[2].split("\n") if name != "各課"],  # (「各課」: the 関係課)
            [
                kpi(
                    base=(2023, _text_number(row[5])),
                    final=(2026, _text_number(row[6])),
                    actuals=((2024, _text_number(row[7])),),
                )
            ],
        )
        for row in _SHIRASAGI
        if isinstance(row, list)
    ]
}


# --- 若竹市: a Word-made PDF, the table on a landscape page, narrow columns ----------------------

_WAKATAKE = [
    ["1-1", "マイナンバーカードを活用した行政サービスの推進", "市民課\n情報政策課", "カードを利用できるサービス数", "3サービス", "12サービス", "●●●●"],  # noqa: E501
    ["1-2", "オンライン申請・手続の拡大", "情報政策課", "オンライン申請可能な手続数", "85手続", "250手続", "●●●●"],
    ["1-3", "窓口業務改革（書かない窓口）", "市民課", "窓口での平均滞在時間", "32分", "15分", "●●● "],
    ["2-1", "情報システムの標準化・共通化", "情報政策課", "標準準拠システムへ移行した業務数", "0業務", "20業務", "●●  "],  # noqa: E501
    ["2-2", "AI・RPA等の活用による業務効率化", "行政改革課", "業務の削減時間", "1,200時間", "6,000時間", "●●●●"],
    ["2-3", "テレワーク・Web会議の推進", "人事課\n情報政策課", "テレワークを実施した職員数", "40人", "300人", " ●●●"],  # noqa: E501
    ["3-1", "デジタルデバイド対策", "地域福祉課", "スマホ相談会の参加者数", "210人", "1,000人", "●●●●"],
    ["3-2", "地域公共交通のデジタル化", "交通政策課", "デマンド交通のアプリ予約率", "0%", "50%", "  ●●"],
]  # fmt: skip


def wakatake_html() -> str:
    """A Word document printed to PDF: headings and prose on a portrait A4 page, then a landscape
    section whose table has narrow, fixed columns (titles and 担当課 wrap)."""
    import html

    widths = ["9mm", "34mm", "22mm", "34mm", "18mm", "18mm", "9mm", "9mm", "9mm", "9mm"]
    head = ["番号", "施策", "担当課", "成果指標", "現状値（R5）", "目標値（R9）", "R6", "R7", "R8", "R9"]
    rows = []
    for code, title, departments, name, base, target, marks in _WAKATAKE:
        cells = [code, title, departments, name, base, target, *[m.strip() for m in marks]]
        rows.append(
            "<tr>" + "".join(f"<td>{html.escape(c).replace(chr(10), '<br>')}</td>" for c in cells) + "</tr>"
        )
    cols = "".join(f'<col style="width:{w}">' for w in widths)
    return (
        "<!doctype html><html lang=ja><meta charset=utf-8><style>"
        "@page { size: A4 portrait; margin: 25mm 20mm; }"
        "@page wide { size: A4 landscape; margin: 20mm 25mm; }"
        "body { font-family: 'IPAexMincho', 'IPAexGothic', serif; font-size: 10.5pt; line-height: 1.6; }"
        "h1 { font-size: 16pt; text-align: center; } h2 { font-size: 12pt; }"
        ".wide { page: wide; } table { border-collapse: collapse; table-layout: fixed; }"
        "td { border: 0.5pt solid #000; padding: 1pt 2pt; font-size: 9pt; vertical-align: top; }"
        "thead td { text-align: center; background: #ddd; }</style><body>"
        "<h1>若竹市DX推進計画</h1>"
        "<p style='text-align:center'>令和6年3月　若竹市</p>"
        "<h2>第1章　計画の概要</h2>"
        "<p>　本計画は、国の「自治体DX推進計画」を踏まえ、令和6年度から令和9年度までの4年間に"
        "市が取り組むデジタル化の施策を定めるものです。市民アンケート（回答者1,024人）では、"
        "約6割の方が行政手続のオンライン化を望んでいます。</p>"
        "<p>　計画の進捗は毎年度、DX推進本部において評価し、その結果を公表します。</p>"
        "<div class=wide><h2>第3章　個別施策と成果指標</h2>"
        "<p>表3-1　個別施策の一覧（●は実施年度）</p>"
        f"<table><colgroup>{cols}</colgroup><thead><tr>"
        + "".join(f"<td>{html.escape(h)}</td>" for h in head)
        + "</tr></thead><tbody>"
        + "".join(rows)
        + "</tbody></table>"
        "<p>※ 現状値は令和5年度末の値です。</p></div></body></html>"
    )


def wakatake_pdf() -> Path:
    from ..samplepdf import print_html

    return print_html(wakatake_html(), "table3-wakatake")


def _marks(marks: str) -> tuple[int, ...]:
    return tuple(fy for fy, m in zip((2024, 2025, 2026, 2027), marks.ljust(4), strict=True) if m == "●")


WAKATAKE = {
    "initiatives": [
        item(
            row[0],
            row[1],
            row[2].split("\n"),
            [kpi(base=(2023, _text_number(row[4])), final=(2027, _text_number(row[5])))],
            schedule=_marks(row[6]),
        )
        for row in _WAKATAKE
    ]
}


# --- every document in the files a plan office hands over ------------------------------------------


def _printed(doc: TableDoc, key: str) -> Path:
    from ..samplepdf import print_html

    return print_html(to_html(doc, running_header=doc.title[0][:12]), f"table3-{key}")


def _paged(doc: TableDoc, key: str) -> Path:
    """A5 with tall rows: over several pages, the header rows printed again on each."""
    from ..samplepdf import print_html

    page = to_html(doc, paper="A5", running_header=doc.title[0][:12], row_pt=14)
    return print_html(page, f"table3-{key}-paged")


def _layout_text(pdf: Callable[[], Path]) -> bytes:
    from ..samplepdf import pdftotext

    return pdftotext(pdf(), layout=True).encode()


def _extracted(pdf: Callable[[], Path], extractor: str) -> bytes:
    from ..samplepdf import extract

    return extract(pdf(), extractor).encode()


def _printings(
    key: str, make: Callable[[], TableDoc], filename: str, expected: dict[str, Any]
) -> dict[str, Any]:
    """The table printed by Chromium, read as PDF and as ``pdftotext -layout`` gives it, on A4 and
    on A5 over several pages."""
    return {
        f"{key}-pdf": (lambda: (_printed(make(), key), f"{filename}.pdf"), expected),
        f"{key}-pdftotext-layout": (
            lambda: (_layout_text(lambda: _printed(make(), key)), f"{filename}.txt"),
            expected,
        ),
        f"{key}-paged-pdf": (lambda: (_paged(make(), key), f"{filename}.pdf"), expected),
        f"{key}-paged-pdftotext-layout": (
            lambda: (_layout_text(lambda: _paged(make(), key)), f"{filename}.txt"),
            expected,
        ),
    }


def _calc(
    make: Callable[[], bytes], key: str, ruled: bool = True, centred: bool = False, distributed: bool = False
) -> Path:
    """The workbook as LibreOffice Calc prints it (``tabledocs.calc_print``: columns as wide as
    their text, landscape A4, ruled or not), cached by its contents."""
    from .tabledocs import calc_print

    return calc_print(make, key, ruled=ruled, centred=centred, distributed=distributed)


DOCUMENTS3: dict[str, tuple[Source, dict[str, Any]]] = {
    "umegaoka-xlsx": (lambda: (umegaoka_xlsx(), "事務事業評価シート.xlsx"), UMEGAOKA),
    "hoshikawa-xlsx": (lambda: (hoshikawa_xlsx(), "工程表.xlsx"), HOSHIKAWA),
    "tsukimi-xlsx": (lambda: (to_xlsx(tsukimi()), "KPI進捗.xlsx"), TSUKIMI),
    "tsukimi-csv": (lambda: (to_csv(tsukimi()), "KPI進捗.csv"), TSUKIMI),
    "takahara-csv": (lambda: (takahara_csv(), "kpi_export_20250410.csv"), TAKAHARA),
    "aoyagi-xlsx": (lambda: (to_xlsx(aoyagi()), "取組一覧.xlsx"), AOYAGI),
    "aoyagi-csv": (lambda: (to_csv(aoyagi(), encoding="cp932"), "取組一覧.csv"), AOYAGI),
    "momiji-xlsx": (lambda: (to_xlsx(momiji()), "実施事業一覧.xlsx"), MOMIJI),
    "momiji-csv": (lambda: (to_csv(momiji()), "実施事業一覧.csv"), MOMIJI),
    "shirasagi-xlsx": (lambda: (shirasagi_xlsx(), "進捗管理表（R6）.xlsx"), SHIRASAGI),
    "wakatake-pdf": (lambda: (wakatake_pdf(), "若竹市DX推進計画.pdf"), WAKATAKE),
    "wakatake-pdftotext-layout": (lambda: (_layout_text(wakatake_pdf), "若竹市DX推進計画.txt"), WAKATAKE),
    "wakatake-pdfplumber": (
        lambda: (_extracted(wakatake_pdf, "pdfplumber"), "若竹市DX推進計画.txt"),
        WAKATAKE,
    ),
    "wakatake-pypdfium2": (lambda: (_extracted(wakatake_pdf, "pypdfium2"), "若竹市DX推進計画.txt"), WAKATAKE),
    "umegaoka-calc-pdf": (lambda: (_calc(umegaoka_xlsx, "umegaoka"), "事務事業評価シート.pdf"), UMEGAOKA),
    "hoshikawa-calc-pdf": (lambda: (_calc(hoshikawa_xlsx, "hoshikawa"), "工程表.pdf"), HOSHIKAWA),
    "shirasagi-calc-pdf": (lambda: (_calc(shirasagi_xlsx, "shirasagi"), "進捗管理表（R6）.pdf"), SHIRASAGI),
    # printed without rules, as Excel prints a sheet by default: the notes over the header
    # (「記入者：…  提出期限：…」), the 基本方針 rows (「■ 基本方針１」) and the 凡例 under the
    # 工程表 are lines of their own, not parts of a row
    "shirasagi-calc-unruled-pdf": (
        lambda: (_calc(shirasagi_xlsx, "shirasagi", ruled=False), "進捗管理表（R6）.pdf"),
        SHIRASAGI,
    ),
    "hoshikawa-calc-unruled-pdf": (
        lambda: (_calc(hoshikawa_xlsx, "hoshikawa", ruled=False), "工程表.pdf"),
        HOSHIKAWA,
    ),
    # each cell centred in its row's height (Japanese Excel's default): a wrapped cell's first line
    # half a line above the row's other cells
    "shirasagi-calc-centred-pdf": (
        lambda: (_calc(shirasagi_xlsx, "shirasagi", ruled=False, centred=True), "進捗管理表（R6）.pdf"),
        SHIRASAGI,
    ),
    "hoshikawa-calc-centred-pdf": (
        lambda: (_calc(hoshikawa_xlsx, "hoshikawa", ruled=False, centred=True), "工程表.pdf"),
        HOSHIKAWA,
    ),
    # labels and 課 set out over their cells (均等割り付け), a cell of two 課 among them (「総　務　課」
    # over 「各　　課」)
    "shirasagi-calc-distributed-pdf": (
        lambda: (_calc(shirasagi_xlsx, "shirasagi", distributed=True), "進捗管理表（R6）.pdf"),
        SHIRASAGI,
    ),
    "hoshikawa-calc-distributed-unruled-pdf": (
        lambda: (_calc(hoshikawa_xlsx, "hoshikawa", ruled=False, distributed=True), "工程表.pdf"),
        HOSHIKAWA,
    ),
    "umegaoka-calc-pdftotext-layout": (
        lambda: (_layout_text(lambda: _calc(umegaoka_xlsx, "umegaoka")), "事務事業評価シート.txt"),
        UMEGAOKA,
    ),
    "hoshikawa-calc-pdftotext-layout": (
        lambda: (_layout_text(lambda: _calc(hoshikawa_xlsx, "hoshikawa")), "工程表.txt"),
        HOSHIKAWA,
    ),
    "shirasagi-calc-pdftotext-layout": (
        lambda: (_layout_text(lambda: _calc(shirasagi_xlsx, "shirasagi")), "進捗管理表.txt"),
        SHIRASAGI,
    ),
    **_printings("tsukimi", tsukimi, "KPI進捗", TSUKIMI),
    **_printings("aoyagi", aoyagi, "取組一覧", AOYAGI),
    **_printings("momiji", momiji, "実施事業一覧", MOMIJI),
}
