"""A seventh batch of table-shaped plans no reader was written against: six documents as municipal
employees produce them, written without looking at the readers, in shapes the first six batches do not have:

- 朝凪市: the plan's workbook as the plan office publishes it — a 表紙 sheet (title, period, date), a
  「体系図」 sheet (基本目標 / 施策 / 取組 in three columns, the first two merged down over their rows, each
  cell 「1-1-1 電子申請サービスの拡充」 with its number), and the 「取組一覧」 sheet with the details (取組内容
  as a sentence, 担当課, 成果指標, 現状値（R4）, 目標値（R9）): the same ten 取組 twice, one plan;
- 汐見町: a 工程表 kept as a 進捗管理 sheet by halves — 「令和6\\n年度」 (typed with Alt+Enter) merged over
  「上期」「下期」 for three years, ○ 予定 / ● 実施済 / → 継続 in the cells, the legend typed above the
  table, group rows typed in column A only, a hidden 「予算事業コード」 column of numbers, the panes frozen
  under the header, 担当課 at the far right (「会計課・住民課」);
- 鳴海市: a CSV exported from a 庁内 system — UTF-8 with a BOM, LF line ends, three lines of 出力情報 and a
  blank line over the header 「ID,施策名,担当部署,KPI名,単位,基準年度,基準値,目標年度,目標値」, one row a
  KPI (a 施策's ID, name and 部署 repeated on each of its KPI rows), Western years in their own columns, a
  new measure with 基準年度 and 基準値 empty, a quoted 施策名 with a comma, 「生涯学習課／高齢福祉課」, and a
  「出力件数,11」 line at the end;
- 小松原村: the村's web page selected and copied out of the browser into メモ帳 — the breadcrumb, the
  page's heading, 更新日, a lead paragraph, a two-column table of the plan's particulars (計画名 / 計画期間 /
  策定), the 取組 table tab-separated with its 分野 column spanning its rows (so the rows after the first
  of each 分野 have one cell fewer, the 分野 not repeated), then the page's footer (関連ファイル, お問い合わせ
  with a 係 and a telephone number, 「このページの先頭へ」);
- 御影市: a 実施計画 workbook — 実施期間 「開始」「終了」 typed as dates (2024/4/1, shown yyyy/m/d; one typed
  as text 「2025/10/1」), 事業費（千円） over R6 / R7 / R8 / 計 with 計 a SUM formula, a 進捗率 formula shown
  as a percent, a 合計 row of SUM formulas (every formula with the value Excel cached when it saved), a
  rate KPI kept as fractions with a percent format, 「（単位：千円）」 above the table, a note below;
- 榛名台市: a table of 件 counts — the unit written in the merged group headers 「現状値（件）」 over 「R5」,
  「目標値（件）」 over 「R7」「R9」 and 「実績値（件）」 over 「R6」, a 備考 column with dates and figures in
  its notes (「R6.10から…」「当初18,000件」), a 合計 row of SUM formulas under the table, and a filter left on
  the 所管課 column (市民課), the rows of the other 課 hidden by it when the file was saved.

The municipalities are invented. ``PLANS[name]`` is the plan each document states, written from the
document alone (code, title, 担当課, KPI values with their fiscal years — R5 is 2023 —, schedule years and
halves: 上期 is half 1, 下期 half 2; a 実施期間 from 2024/4/1 to 2027/3/31 is the fiscal years 2024–2026),
by Plan JSON's convention (``tabledocs3.kpi``): a 目標値 column headed with its year is that year's target
and the last one the final target; a target whose year is in the row (目標年度) is the final target only; a
fraction shown as a percent is the percent (0.2 → 20). ``DOCUMENTS7`` maps the same names to (source,
expected plan).
"""

from __future__ import annotations

import csv
import datetime
import io
import re
import zipfile
from collections.abc import Callable
from typing import Any

import openpyxl
from openpyxl.styles import Alignment
from openpyxl.worksheet.filters import FilterColumn, Filters

from .tabledocs3 import item, kpi

Source = Callable[[], tuple[bytes, str]]


def _save(book: openpyxl.Workbook) -> bytes:
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _with_cached_values(data: bytes, sheet: int, values: dict[str, float]) -> bytes:
    """The workbook as Excel saves it: each formula cell of sheet ``sheet`` (1-based) with the value Excel
    computed, ``<c r="I6"><f>SUM(F6:H6)</f><v>28000</v></c>`` (openpyxl writes an empty ``<v />``, or ``<v></v>`` with lxml)."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    name = f"xl/worksheets/sheet{sheet}.xml"
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = source.read(info.filename)
            if info.filename == name:
                xml = content.decode("utf-8")
                for ref, value in values.items():
                    number = repr(float(value)) if not float(value).is_integer() else str(int(value))
                    xml, count = re.subn(
                        rf'(<c r="{ref}"[^>]*>)(<f>[^<]*</f>)(?:<v\s*/>|<v></v>)', rf"\g<1>\g<2><v>{number}</v>", xml
                    )
                    assert count == 1, ref
                assert "<v />" not in xml and "<v></v>" not in xml
                content = xml.encode("utf-8")
            target.writestr(info, content)
    return out.getvalue()


def _figure(text: str) -> float:
    """「1,200,000枚」 → 1200000; 「35%」 → 35."""
    number = float("".join(c for c in text if c.isdigit() or c == "."))
    return int(number) if number.is_integer() else number


# --- 朝凪市: 表紙, 体系図 and 取組一覧, the same 取組 twice ------------------------------------------------

#: 基本目標 → 施策 → 取組: (code, title, 取組内容, 担当課, 成果指標, 現状値（R4）, 目標値（R9）)
_ASANAGI: list[tuple[str, list[tuple[str, list[tuple[str, str, str, str, str, str, str]]]]]] = [
    (
        "1 便利で身近な行政サービス",
        [
            (
                "1-1 行政手続のオンライン化",
                [
                    (
                        "1-1-1",
                        "電子申請サービスの拡充",
                        "市民が自宅から申請できる手続を増やし、申請から結果の通知までをオンラインで完結させる。",
                        "情報政策課",
                        "電子申請できる手続数",
                        "45手続",
                        "200手続",
                    ),
                    (
                        "1-1-2",
                        "オンライン決済の導入",
                        "電子申請の手数料をクレジットカード等で納められるようにする。",
                        "会計課",
                        "キャッシュレス決済に対応した手続数",
                        "0手続",
                        "40手続",
                    ),
                ],
            ),
            (
                "1-2 窓口サービスの改革",
                [
                    (
                        "1-2-1",
                        "書かない窓口の導入",
                        "マイナンバーカード等の情報を読み取り、申請書を職員が作成する窓口を設ける。",
                        "市民課",
                        "申請書の記入を省略できる手続数",
                        "0手続",
                        "30手続",
                    ),
                    (
                        "1-2-2",
                        "窓口予約システムの導入",
                        "来庁の日時を予約できるようにし、待ち時間を減らす。",
                        "市民課、税務課",
                        "予約の利用件数",
                        "0件",
                        "3,000件",
                    ),
                ],
            ),
        ],
    ),
    (
        "2 効率的な行政運営",
        [
            (
                "2-1 業務の効率化",
                [
                    (
                        "2-1-1",
                        "AI-OCR・RPAの活用",
                        "定型的な入力作業をAI-OCRとRPAで自動化する。",
                        "行政改革課",
                        "削減した業務時間",
                        "800時間",
                        "5,000時間",
                    ),
                    (
                        "2-1-2",
                        "電子決裁の推進",
                        "文書管理システムによる電子決裁を原則とする。",
                        "総務課",
                        "電子決裁率",
                        "35%",
                        "90%",
                    ),
                ],
            ),
            (
                "2-2 働き方改革",
                [
                    (
                        "2-2-1",
                        "テレワーク環境の整備",
                        "持ち出し用端末を配備し、在宅勤務を可能にする。",
                        "人事課",
                        "テレワーク実施職員数",
                        "20人",
                        "300人",
                    ),
                    (
                        "2-2-2",
                        "ペーパーレス会議の推進",
                        "庁内会議の資料をタブレットで共有する。",
                        "総務課",
                        "会議資料の印刷枚数",
                        "1,200,000枚",
                        "400,000枚",
                    ),
                ],
            ),
        ],
    ),
    (
        "3 地域社会のデジタル化",
        [
            (
                "3-1 デジタルデバイド対策",
                [
                    (
                        "3-1-1",
                        "スマートフォン教室の開催",
                        "高齢者を対象に、公民館でスマートフォンの使い方の教室を開く。",
                        "高齢福祉課",
                        "教室参加者数",
                        "150人",
                        "1,000人",
                    ),
                ],
            ),
            (
                "3-2 データの活用",
                [
                    (
                        "3-2-1",
                        "オープンデータの公開",
                        "市が持つデータを機械判読できる形式で公開する。",
                        "情報政策課",
                        "公開データセット数",
                        "12件",
                        "60件",
                    ),
                ],
            ),
        ],
    ),
]

ASANAGI_HEADER = ["取組番号", "取組名", "取組内容", "担当課", "成果指標", "現状値（R4）", "目標値（R9）"]


def asanagi_xlsx() -> bytes:
    """Sheets 「表紙」, 「体系図」 (基本目標 and 施策 merged down over their 取組) and 「取組一覧」."""
    book = openpyxl.Workbook()
    cover = book.active
    assert cover is not None
    cover.title = "表紙"
    cover["B3"] = "朝凪市デジタル・トランスフォーメーション推進計画"
    cover["B5"] = "（令和6年度～令和9年度）"
    cover["B10"] = "令和6年3月"
    cover["B11"] = "朝凪市"
    tree = book.create_sheet("体系図")
    tree.append(["施策体系図"])
    tree.append([])
    tree.append(["基本目標", "施策", "取組"])
    for goal, measures in _ASANAGI:
        goal_top = tree.max_row + 1
        for measure, rows in measures:
            measure_top = tree.max_row + 1
            for row in rows:
                line = tree.max_row + 1
                tree.cell(line, 3, f"{row[0]} {row[1]}")
                if line == goal_top:
                    tree.cell(line, 1, goal)
                if line == measure_top:
                    tree.cell(line, 2, measure)
            if tree.max_row > measure_top:
                tree.merge_cells(start_row=measure_top, start_column=2, end_row=tree.max_row, end_column=2)
        if tree.max_row > goal_top:
            tree.merge_cells(start_row=goal_top, start_column=1, end_row=tree.max_row, end_column=1)
    for column, width in (("A", 26), ("B", 26), ("C", 34)):
        tree.column_dimensions[column].width = width
    table = book.create_sheet("取組一覧")
    table.append(["取組一覧"])
    table.append([])
    table.append(ASANAGI_HEADER)
    for _, measures in _ASANAGI:
        for _, rows in measures:
            for row in rows:
                table.append(list(row))
                table.cell(table.max_row, 3).alignment = Alignment(wrap_text=True, vertical="top")
    return _save(book)


ASANAGI = {
    "initiatives": [
        item(code, title, departments.split("、"), [kpi((2022, _figure(base)), (2027, _figure(target)))])
        for _, measures in _ASANAGI
        for _, rows in measures
        for code, title, _, departments, _, base, target in rows
    ]
}

# --- 汐見町: 工程表 by halves, ○ / ● / →, legend above, a hidden column, 担当課 at the far right ----------

_SHIOMI_HALVES = [(fy, half) for fy in (2024, 2025, 2026) for half in (1, 2)]
#: str: a group row typed in column A; else No., 取組内容, 予算事業コード (hidden), six halves, 担当課
_SHIOMI: list[str | tuple[int, str, int, str, str]] = [
    "（１）行政サービスのデジタル化",
    (1, "電子申請の拡充", 1020101, "●●○→→→", "総務課"),
    (2, "証明書のコンビニ交付", 1020102, "●●→→→→", "住民課"),
    (3, "窓口キャッシュレス化", 1020103, "●○→→  ", "会計課・住民課"),
    (4, "施設予約システムの導入", 1070201, " ○○→→→", "生涯学習課"),
    "（２）行政運営の効率化",
    (5, "基幹業務システムの標準化", 1020201, "●●○○  ", "総務課"),
    (6, "電子決裁の導入", 1020202, "  ○→→→", "総務課"),
    (7, "RPAの活用", 1020203, "●●→→→→", "企画課"),
    (8, "庁内Wi-Fiの整備", 1020204, "●     ", "総務課"),
    "（３）地域のデジタル化",
    (9, "スマホ相談会の開催", 1030101, "●●○○○○", "福祉課・生涯学習課"),
    (10, "防災アプリの導入", 1090101, "   ○→→", "防災課"),
    (11, "観光Wi-Fiの拡充", 1060101, " ○ ○ ○", "観光課"),
    (12, "町公式LINEの開設", 1020301, "●●→→→→", "企画課"),
]

SHIOMI_LEGEND = "凡例：○ 予定　● 実施済　→ 継続"


def shiomi_xlsx() -> bytes:
    """Sheet 「工程表」: the title, the legend, the header over rows 3–4 (No. / 取組内容 / 予算事業コード /
    担当課 merged down, each 「令和N\\n年度」 merged over its 上期 and 下期), the groups and 取組; column C
    hidden, the panes frozen at D5."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "工程表"
    sheet.append(["汐見町DX推進計画 実行工程表（令和6年度～令和8年度）"])
    sheet.append([SHIOMI_LEGEND])
    sheet.append(
        [
            "No.",
            "取組内容",
            "予算事業コード",
            "令和6\n年度",
            None,
            "令和7\n年度",
            None,
            "令和8\n年度",
            None,
            "担当課",
        ]
    )
    sheet.append([None, None, None, "上期", "下期", "上期", "下期", "上期", "下期", None])
    for column in "ABCJ":
        sheet.merge_cells(f"{column}3:{column}4")
    for first, last in (("D", "E"), ("F", "G"), ("H", "I")):
        sheet.merge_cells(f"{first}3:{last}3")
        sheet[f"{first}3"].alignment = Alignment(wrap_text=True, horizontal="center")
    for row in _SHIOMI:
        if isinstance(row, str):
            sheet.append([row])
            continue
        number, title, budget_code, marks, departments = row
        sheet.append([number, title, budget_code, *[m if m != " " else None for m in marks], departments])
        for cell in sheet[sheet.max_row][3:9]:
            cell.alignment = Alignment(horizontal="center")
    sheet.column_dimensions["C"].hidden = True
    for column in "DEFGHI":
        sheet.column_dimensions[column].width = 5
    sheet.column_dimensions["B"].width = 28
    sheet.column_dimensions["J"].width = 20
    sheet.freeze_panes = "D5"
    return _save(book)


def _shiomi_item(row: tuple[int, str, int, str, str]) -> dict[str, Any]:
    number, title, _, marks, departments = row
    entry = item(str(number), title, departments.split("・"))
    entry["schedule"] = [
        {"fy": fy, "half": half}
        for (fy, half), mark in zip(_SHIOMI_HALVES, marks, strict=True)
        if mark != " "
    ]
    return entry


SHIOMI = {"initiatives": [_shiomi_item(row) for row in _SHIOMI if not isinstance(row, str)]}

# --- 鳴海市: a 庁内 system's CSV, UTF-8 with a BOM, one row a KPI ------------------------------------------

NARUMI_HEADER = ["ID", "施策名", "担当部署", "KPI名", "単位", "基準年度", "基準値", "目標年度", "目標値"]
_NARUMI: list[list[str]] = [
    ["D0101", "行政手続のオンライン化", "情報政策課", "オンライン申請可能な手続数", "手続", "2022", "58", "2027", "200"],
    ["D0101", "行政手続のオンライン化", "情報政策課", "オンライン申請の利用率", "％", "2022", "8.5", "2027", "30.0"],
    ["D0102", "マイナンバーカードの利活用", "市民課", "カードで利用できる行政サービス数", "件", "2022", "3", "2027", "15"],
    ["D0103", "キャッシュレス決済の拡大（窓口,施設）", "会計課", "キャッシュレス対応窓口・施設数", "か所", "2022", "4", "2026", "40"],  # noqa: E501
    ["D0201", "基幹業務システムの標準化", "情報政策課", "標準準拠システムへ移行した業務数", "業務", "2022", "0", "2025", "20"],  # noqa: E501
    ["D0202", "AI,RPAの活用", "行政経営課", "削減した作業時間", "時間", "2022", "1200", "2027", "8000"],
    ["D0202", "AI,RPAの活用", "行政経営課", "RPAを導入した業務数", "業務", "2022", "6", "2027", "40"],
    ["D0203", "テレワークの推進", "職員課", "テレワーク実施率", "％", "", "", "2027", "50.0"],
    ["D0301", "デジタル活用支援", "生涯学習課／高齢福祉課", "支援講座の受講者数", "人", "2022", "210", "2027", "1500"],
    ["D0302", "地域のデータ活用", "企画政策課", "オープンデータの公開数", "件", "2022", "25", "2027", "150"],
    ["D0302", "地域のデータ活用", "企画政策課", "オープンデータの利用申請件数", "件", "2022", "0", "2027", "100"],
]  # fmt: skip

NARUMI_PREAMBLE = [
    ["施策KPI一覧"],
    ["出力日時", "2024/05/10 10:23:45"],
    ["計画", "第2次鳴海市DX推進計画（令和5年度～令和9年度）"],
    [],
]


def narumi_csv() -> bytes:
    """UTF-8 with a BOM, LF line ends, quotes only where a cell holds a comma; the preamble, the header,
    one row a KPI, a blank line and 「出力件数,11」."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerows(NARUMI_PREAMBLE)
    writer.writerow(NARUMI_HEADER)
    writer.writerows(_NARUMI)
    writer.writerow([])
    writer.writerow(["出力件数", str(len(_NARUMI))])
    return buffer.getvalue().encode("utf-8-sig")


def _narumi_expected() -> dict[str, Any]:
    items: dict[str, dict[str, Any]] = {}
    for code, title, departments, _, _, base_fy, base, target_fy, target in _NARUMI:
        entry = items.setdefault(code, item(code, title, departments.split("／")))
        entry["indicators"].append(
            kpi(
                (int(base_fy), float(base)) if base else None,
                (int(target_fy), float(target)),
                year_column=False,
            )
        )
    return {"initiatives": list(items.values())}


NARUMI = _narumi_expected()

# --- 小松原村: the web page copied out of the browser into メモ帳 ----------------------------------------

#: 分野 (None: under the cell spanning its rows, so absent from the copied line), 番号, 取組, 担当, 指標,
#: 現状（R5）, 目標（R8）
_KOMATSUBARA: list[list[str | None]] = [
    ["住民サービス", "1", "オンライン申請の導入", "住民課", "電子申請できる手続数", "0手続", "30手続"],
    [None, "2", "証明書のコンビニ交付", "住民課", "コンビニ交付件数", "0件", "800件"],
    [None, "3", "村公式LINEの開設", "総務課", "友だち登録者数", "－", "1,500人"],
    ["行政運営", "4", "電子決裁の導入", "総務課", "電子決裁率", "0%", "80%"],
    [None, "5", "基幹系システムの標準化", "総務課", "標準準拠システムへ移行した業務数", "0業務", "20業務"],
    [None, "6", "会議のペーパーレス化", "総務課・議会事務局", "タブレットを使用した会議の割合", "10%", "90%"],
    ["地域づくり", "7", "高齢者のスマホ教室", "保健福祉課", "参加者数（延べ）", "60人", "400人"],
    [None, "8", "ドローンによる見守り（実証）", "産業振興課", "実証回数", "0回", "6回"],
]

KOMATSUBARA_HEADER = ["分野", "番号", "取組", "担当", "指標", "現状（R5）", "目標（R8）"]

KOMATSUBARA_PAGE_TOP = """ホーム > 村政情報 > 計画・施策 > 情報化 > 小松原村DX推進計画の取組状況
小松原村DX推進計画の取組状況
更新日：2024年6月14日
ページ番号：2031
小松原村では、令和6年度から令和8年度までを計画期間とする「小松原村DX推進計画」に基づき、村民の皆さんが便利さを実感できる行政サービスの実現に向けて、次の取組を進めています。
計画の概要
計画名\t小松原村DX推進計画
計画期間\t令和6年度～令和8年度
策定\t令和6年3月
取組一覧
"""

KOMATSUBARA_PAGE_BOTTOM = """※ 現状は令和5年度末、目標は令和8年度末の値です。
関連ファイル
小松原村DX推進計画（PDF：1.2MB）
PDFファイルをご覧いただくには、Adobe Acrobat Readerが必要です。
このページに関するお問い合わせ
総務課 企画情報係
〒389-0000 小松原村大字中原1234番地
電話：0267-00-0000　ファクス：0267-00-0001
このページの先頭へ
"""


def komatsubara_txt() -> bytes:
    """The page as the browser copies it: one line a paragraph or a table row, cells joined by a tab, a cell
    spanning rows given only in its first row; saved by メモ帳 as UTF-8 (CRLF)."""
    rows = ["\t".join(KOMATSUBARA_HEADER)]
    rows += ["\t".join(cell for cell in row if cell is not None) for row in _KOMATSUBARA]
    text = KOMATSUBARA_PAGE_TOP + "\n".join(rows) + "\n" + KOMATSUBARA_PAGE_BOTTOM
    return text.replace("\n", "\r\n").encode("utf-8")


KOMATSUBARA = {
    "initiatives": [
        item(
            code,
            title,
            departments.split("・"),
            [kpi(None if base == "－" else (2023, _figure(base)), (2026, _figure(target)))],
        )
        for _, code, title, departments, _, base, target in _KOMATSUBARA  # type: ignore[misc]
    ]
}

# --- 御影市: 実施計画, dates for 開始 / 終了, 事業費（千円）, formulas with their cached values ------------------

#: No., 事業名, 担当課, 開始, 終了 (a str: typed as text), 事業費 R6 / R7 / R8, 成果指標, 現状値（R5）,
#: 目標値（R8）, R6実績 (a float below 1 under a percent format)
_MIKAGE: list[tuple[int, str, str, Any, Any, tuple[int, int, int], str, float, float, float]] = [
    (1, "電子申請システムの導入", "情報政策課", datetime.date(2024, 4, 1), datetime.date(2027, 3, 31), (12000, 8000, 8000), "電子申請できる手続数", 30, 150, 72),  # noqa: E501
    (2, "窓口キャッシュレス決済の導入", "会計課", datetime.date(2024, 10, 1), datetime.date(2025, 9, 30), (3500, 1200, 0), "対応窓口数", 0, 12, 5),  # noqa: E501
    (3, "公共施設予約システムの更新", "文化スポーツ課", "2025/10/1", datetime.date(2027, 3, 31), (0, 6500, 2000), "オンライン予約の割合", 0.2, 0.6, 0.2),  # noqa: E501
    (4, "基幹業務システムの標準化", "情報政策課", datetime.date(2024, 4, 1), datetime.date(2026, 3, 31), (45000, 60000, 0), "移行済み業務数", 0, 20, 4),  # noqa: E501
    (5, "AI議事録システムの導入", "総務課", datetime.date(2024, 7, 1), datetime.date(2027, 3, 31), (1800, 1800, 1800), "利用件数", 0, 500, 180),  # noqa: E501
    (6, "GIGAスクール端末の更新", "教育総務課", datetime.date(2025, 4, 1), datetime.date(2026, 3, 31), (0, 98000, 0), "更新台数", 0, 3200, 0),  # noqa: E501
    (7, "高齢者デジタル活用支援", "高齢福祉課", datetime.date(2024, 4, 1), datetime.date(2027, 3, 31), (900, 900, 900), "講座受講者数", 120, 900, 310),  # noqa: E501
    (8, "防災情報システムの構築", "危機管理課", datetime.date(2024, 6, 1), datetime.date(2026, 3, 31), (15000, 4000, 0), "登録者数", 3000, 15000, 5200),  # noqa: E501
    (9, "電子図書館の開設", "図書館", datetime.date(2024, 11, 1), datetime.date(2027, 3, 31), (2500, 2000, 2000), "電子書籍貸出数", 0, 20000, 3100),  # noqa: E501
]  # fmt: skip

MIKAGE_NOTE = "※ 事業費は令和6年度当初予算額、令和7年度以降は見込額です。"


def mikage_xlsx() -> bytes:
    """Sheet 「実施計画」: the title, 「（単位：千円）」 over the money, the header over rows 4–5, nine 事業
    (開始 / 終了 as dates with the format yyyy/m/d, 計 =SUM(F:H), 進捗率 =(M-K)/(L-K) as 0%), a 合計 row
    (=SUM of each money column) and a note; the formulas' values cached as Excel leaves them."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "実施計画"
    sheet.append(["御影市DX推進計画 実施計画（令和6年度～令和8年度）"])
    sheet.append([])
    sheet.append([None] * 8 + ["（単位：千円）"])
    sheet.append(
        ["No.", "事業名", "担当課", "実施期間", None, "事業費（千円）", None, None, None, "成果指標", "現状値（R5）", "目標値（R8）", "R6実績", "進捗率"]  # noqa: E501
    )  # fmt: skip
    sheet.append([None, None, None, "開始", "終了", "R6", "R7", "R8", "計", None, None, None, None, None])
    for column in "ABCJKLMN":
        sheet.merge_cells(f"{column}4:{column}5")
    sheet.merge_cells("D4:E4")
    sheet.merge_cells("F4:I4")
    cached: dict[str, float] = {}
    first = sheet.max_row + 1
    for number, title, department, start, end, money, name, base, target, actual in _MIKAGE:
        line = sheet.max_row + 1
        sheet.append(
            [
                number,
                title,
                department,
                start,
                end,
                *money,
                f"=SUM(F{line}:H{line})",
                name,
                base,
                target,
                actual,
            ]
        )
        sheet.cell(line, 14, f'=IFERROR((M{line}-K{line})/(L{line}-K{line}),"")').number_format = "0%"
        cached[f"I{line}"] = sum(money)
        cached[f"N{line}"] = round((actual - base) / (target - base), 15)
        for column in (4, 5):
            if not isinstance(sheet.cell(line, column).value, str):
                sheet.cell(line, column).number_format = "yyyy/m/d"
        for column in (6, 7, 8, 9):
            sheet.cell(line, column).number_format = "#,##0"
        if isinstance(base, float):
            for column in (11, 12, 13):
                sheet.cell(line, column).number_format = "0%"
    last = sheet.max_row
    total = last + 1
    sheet.append([None, "合計", None, None, None, *[f"=SUM({c}{first}:{c}{last})" for c in "FGHI"]])
    for index, column in enumerate("FGH"):
        cached[f"{column}{total}"] = sum(row[5][index] for row in _MIKAGE)
        sheet[f"{column}{total}"].number_format = "#,##0"
    cached[f"I{total}"] = sum(sum(row[5]) for row in _MIKAGE)
    sheet[f"I{total}"].number_format = "#,##0"
    sheet.append([])
    sheet.append([MIKAGE_NOTE])
    sheet.column_dimensions["B"].width = 28
    sheet.column_dimensions["D"].width = 11
    sheet.column_dimensions["E"].width = 11
    return _with_cached_values(_save(book), 1, cached)


def _fiscal_year(day: Any) -> int:
    if isinstance(day, str):
        day = datetime.date(*map(int, day.split("/")))
    return day.year if day.month >= 4 else day.year - 1


def _percent(value: float) -> float:
    return round(value * 100, 6) if isinstance(value, float) else value


MIKAGE = {
    "initiatives": [
        item(
            str(number),
            title,
            [department],
            [kpi((2023, _percent(base)), (2026, _percent(target)), actuals=((2024, _percent(actual)),))],
            tuple(range(_fiscal_year(start), _fiscal_year(end) + 1)),
        )
        for number, title, department, start, end, _, _, base, target, actual in _MIKAGE
    ]
}

#: What each 事業's budget is: (fy, 千円) for R6 / R7 / R8, the 計 and the 合計 row no budget of any year.
MIKAGE_BUDGETS = {
    title: [(fy, amount) for fy, amount in zip((2024, 2025, 2026), money, strict=True)]
    for _, title, _, _, _, money, *_ in _MIKAGE
}

# --- 榛名台市: 件 counts, the unit in the group headers, 備考, 合計, a filter left on -------------------------

#: No., 取組名, 所管課, 指標, 現状値 R5, 目標値 R7 / R9, 実績値 R6, 備考
_HARUNADAI: list[tuple[int, str, str, str, int, int, int, int, str | None]] = [
    (1, "電子申請の拡充", "情報政策課", "電子申請件数", 4200, 12000, 20000, 6850, "R6.10から子育て関係の手続を追加"),
    (2, "施設予約のオンライン化", "市民協働課", "オンライン予約件数", 1500, 5000, 9000, 2210, None),
    (3, "証明書のコンビニ交付", "市民課", "コンビニ交付件数", 8300, 15000, 22000, 10420, "R9目標を上方修正（当初18,000件）"),
    (4, "ふるさと納税のオンライン受付", "企画課", "ポータル経由の寄附件数", 5100, 7000, 9000, 6480, None),
    (5, "図書館の電子予約", "図書館", "電子予約件数", 2600, 4000, 6000, 3010, None),
    (6, "粗大ごみ収集のネット受付", "環境課", "ネット受付件数", 900, 2500, 4000, 1340, "LINEでの受付を含む"),
    (7, "窓口予約の導入", "市民課", "予約件数", 0, 1200, 2400, 380, "R6.7開始"),
    (8, "転出届のオンライン化", "市民課", "オンライン転出届件数", 310, 800, 1200, 520, None),
    (9, "子育て手続の電子化", "こども家庭課", "電子申請件数", 150, 1000, 2000, 470, None),
    (10, "税証明のオンライン請求", "税務課", "オンライン請求件数", 0, 600, 1500, 95, "令和6年度中に開始"),
    (11, "道路損傷の通報システム", "道路課", "通報件数", 40, 300, 500, 126, "3月に通報フォームを改修"),
]  # fmt: skip

HARUNADAI_FILTERED = "市民課"


def harunadai_xlsx() -> bytes:
    """Sheet 「オンライン化」: the title, a blank row, the header over rows 3–4 (「現状値（件）」 over R5,
    「目標値（件）」 over R7 R9, 「実績値（件）」 over R6; No. / 取組名 / 所管課 / 指標 / 備考 merged down), eleven
    取組, the 合計 row (SUM, cached), and the filter on 所管課 = 市民課 with the other rows hidden."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "オンライン化"
    sheet.append(["榛名台市DX推進計画 オンライン化の取組の目標と実績（令和6年度～令和9年度）"])
    sheet.append([])
    sheet.append(
        ["No.", "取組名", "所管課", "指標", "現状値（件）", "目標値（件）", None, "実績値（件）", "備考"]
    )
    sheet.append([None, None, None, None, "R5", "R7", "R9", "R6", None])
    for column in "ABCDI":
        sheet.merge_cells(f"{column}3:{column}4")
    sheet.merge_cells("F3:G3")
    first = sheet.max_row + 1
    for row in _HARUNADAI:
        sheet.append(list(row))
        for cell in sheet[sheet.max_row][4:8]:
            cell.number_format = "#,##0"
        if row[2] != HARUNADAI_FILTERED:
            sheet.row_dimensions[sheet.max_row].hidden = True
    last = sheet.max_row
    total = last + 1
    sheet.append([None, "合計", None, None, *[f"=SUM({c}{first}:{c}{last})" for c in "EFGH"]])
    cached = {f"{c}{total}": sum(row[4 + i] for row in _HARUNADAI) for i, c in enumerate("EFGH")}
    sheet.auto_filter.ref = f"A4:I{last}"
    sheet.auto_filter.filterColumn.append(FilterColumn(colId=2, filters=Filters(filter=[HARUNADAI_FILTERED])))
    sheet.column_dimensions["B"].width = 28
    sheet.column_dimensions["I"].width = 32
    return _with_cached_values(_save(book), 1, cached)


HARUNADAI = {
    "initiatives": [
        item(
            str(number),
            title,
            [department],
            [kpi((2023, base), (2027, target9), targets=((2025, target7),), actuals=((2024, actual),))],
        )
        for number, title, department, _, base, target7, target9, actual, _ in _HARUNADAI
    ]
}

PLANS: dict[str, dict[str, Any]] = {
    "asanagi-xlsx": ASANAGI,
    "shiomi-xlsx": SHIOMI,
    "narumi-csv": NARUMI,
    "komatsubara-txt": KOMATSUBARA,
    "mikage-xlsx": MIKAGE,
    "harunadai-xlsx": HARUNADAI,
}

DOCUMENTS7: dict[str, tuple[Source, dict[str, Any]]] = {
    "asanagi-xlsx": (lambda: (asanagi_xlsx(), "朝凪市DX推進計画.xlsx"), ASANAGI),
    "shiomi-xlsx": (lambda: (shiomi_xlsx(), "R6_工程表（進捗管理）.xlsx"), SHIOMI),
    "narumi-csv": (lambda: (narumi_csv(), "sesaku_kpi_20240510.csv"), NARUMI),
    "komatsubara-txt": (lambda: (komatsubara_txt(), "DX推進計画の取組状況.txt"), KOMATSUBARA),
    "mikage-xlsx": (lambda: (mikage_xlsx(), "実施計画（R6-R8）.xlsx"), MIKAGE),
    "harunadai-xlsx": (lambda: (harunadai_xlsx(), "オンライン化実績_R6.xlsx"), HARUNADAI),
}
