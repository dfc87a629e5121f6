"""An eleventh batch of table-shaped plans no reader was written against: Excel workbooks and a CSV file as
the staff of a municipality make them, eight documents in shapes the batches before do not have, written
without looking at the readers:

- 瑠璃ヶ浜市: a 進捗管理表 where each 取組 takes three rows — 区分 「計画」 (the year's target), 「実績」 and
  「評価」 (A / B / C) — with the years R6…R9 across; No. / 取組名 / 担当課 / 成果指標 / 単位 / 基準値 and the
  今後の方向性 merged down the three rows, an actual not yet counted 「集計中」, the grade legend above;
- 萌黄台町: a 個別取組シート turned on its side — A列 the group (「成果指標」「工程」「事業費（千円）」 merged down
  their rows, the single items merged over A:B), B列 the item (指標名 / 単位 / 現状値（R6） / 中間目標（R8） /
  目標値（R10）, R7…R10), one column a 取組 from C on;
- 鈴懸市: one sheet holding two blocks of the same table one under the other — 「■前期（令和6年度～令和8年度）」
  and 「■後期（令和9年度～令和11年度）」, each with a header of its own years (R6 R7 R8 / R9 R10 R11 marked
  「●」, 現状値（R5） / 基準値（R8見込）, 目標値（R8） / 目標値（R11）) — and the 担当課 merged down over the
  several 取組 a 課 runs;
- 朧月市: a 取組一覧 of cells with line breaks (Alt+Enter): 「①オンライン化した手続数⏎②電子申請の利用率」 two
  indicators in one cell and their figures 「①85手続⏎②12.4％」 in the next, 「会計課⏎税務課」 two 課, a
  スケジュール 「R7：システム選定⏎R8：導入⏎R9～：運用」;
- 湯の花町: a CSV saved from Excel (「CSV（コンマ区切り）」): Shift_JIS, CRLF, the title on row 1, two rows of
  commas, the header on row 4, figures as Excel shows them (「"12,000"」), 施策番号 / 施策名 only on a 施策's
  first row and a 取組's second KPI on a row of its own with 取組番号 / 取組名 empty (merged cells in the
  workbook), a ※ note under the table;
- 柚葉台市: a 「取組」 sheet and a 「KPI」 sheet linked by 取組番号 — 開始年度 / 終了年度 and 基準年度 / 目標年度 real
  dates shown 「令和7年度」「令和6年」 (formats 「[$-411]ggge"年度"」「[$-411]ggge"年"」), the unit only in the
  number format (「#,##0"件"」), a rate stored 0.35 shown 「35%」, one 取組 with no KPI;
- 紅梅台市: an 入力シート protected, the input cells yellow and unlocked, three helper columns hidden (部名
  =VLOOKUP into a hidden 「課マスタ」 sheet, a 判定 =IF(…), a 集計キー), every formula with the value Excel
  cached, the 担当者 in cell comments on the 担当課 (「担当：佐々木（内線3121）」) and notes on figures;
- 菫ヶ丘市: a workbook of a 「目次」 sheet (hyperlinks to the others), a 「凡例」 sheet (◎ 新規 / ● 拡充 / ○ 継続 /
  △ 検討・準備) and one sheet per 基本目標, each with its title and a 「目次へ戻る」 link above its table.

The municipalities are invented. ``PLANS[name]`` is (municipality, file name, document builder, expected
initiatives); the expected plans state what each document states, by the conventions of the batches before
(``tabledocs3.kpi``, ``tabledocs10``): a figure under a year is that year's target, the plan's last year's
target (or a 「目標値（R11）」 column) the final one, a 目標値 whose year is in the row (目標年度) the final one only; a 実績 its year's actual; 評価 / 判定 no figure; 「集計中」,
「－」 or an empty cell no value; 「、」「・」 or a line break between two 課 make two. Each document's own rules:

- three rows a 取組: the 計画 row's figure under a year is that year's target, the 実績 row's its actual;
- a sheet on its side: each column from C is a 取組, its 中間目標（R8） a 2026 target;
- two blocks: each its own header; 「基準値（R8見込）」 is a baseline of 2026; a 課 merged down over several
  取組 is each one's;
- ①② in a cell: each numbered line an indicator, its figures the same-numbered lines beside; a スケジュール
  「R8～：運用」 runs to the plan's last year;
- a figure's unit in its number format is the unit only: 「1,200件」 is 1200; 「35%」 (0.35) is 35; a date shown
  「令和7年度」 is FY2025; 開始年度 to 終了年度 every year between;
- a sheet the office hid (課マスタ) and its hidden helper columns are not read; a comment names a person, no 課;
- 目次 and 凡例 give no 取組; each 工程 year with a mark (◎ ● ○ △) is a year of the schedule, a blank none.

``document(name)`` is (bytes, file name) as uploaded, ``expected(name)`` the plan it states.
"""

from __future__ import annotations

import csv
import datetime
import io
import re
import zipfile
from typing import Any

from openpyxl.comments import Comment
from openpyxl.styles import Alignment, PatternFill, Protection
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from ..unseen_harness import Sheets, new_book, save, stated, uploaded
from .tabledocs3 import item, kpi


def _cached(data: bytes, sheet: int, values: dict[str, Any]) -> bytes:
    """The workbook as Excel saves it: each formula cell of sheet ``sheet`` (1-based) with the value Excel
    computed — a number ``<v>28000</v>``, a text ``t="str"`` and ``<v>総務部</v>``."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    name = f"xl/worksheets/sheet{sheet}.xml"
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = source.read(info.filename)
            if info.filename == name:
                xml = content.decode("utf-8")
                for ref, value in values.items():
                    if isinstance(value, str):
                        kind, text = ' t="str"', value.replace("&", "&amp;").replace("<", "&lt;")
                    else:
                        kind = ""
                        text = str(int(value)) if float(value).is_integer() else repr(float(value))
                    xml, count = re.subn(
                        rf'<c r="{ref}"([^>]*)>(<f>[^<]*</f>)(?:<v\s*/>|<v></v>)',
                        lambda m, r=ref, k=kind, t=text: f'<c r="{r}"{m.group(1)}{k}>{m.group(2)}<v>{t}</v>',
                        xml,
                    )
                    assert count == 1, ref
                assert "<v />" not in xml and "<v/>" not in xml
                content = xml.encode("utf-8")
            target.writestr(info, content)
    return out.getvalue()


def _fmt(value: float) -> str:
    return f"{int(value):,}" if float(value).is_integer() else f"{value:,}"


# --- 瑠璃ヶ浜市: a 進捗管理表, three rows a 取組 (計画 / 実績 / 評価), the years across ---------------------------

#: No., 取組名, 担当課, 成果指標, 単位, 基準値（R5）, 計画 R6…R9, 実績 R6, R7 (None 「集計中」), 評価 R6, R7, 今後の方向性
_RURI: list[tuple[Any, ...]] = [
    (1, "行政手続のオンライン化", "情報政策課", "オンライン申請できる手続数", "手続", 60, (90, 120, 160, 200), (95, 131), ("A", "A"), "子育て・介護の手続を優先する。"),  # noqa: E501
    (2, "電子申請の利用促進", "情報政策課", "電子申請の年間利用件数", "件", 8500, (11000, 14000, 17000, 20000), (10400, 14650), ("B", "A"), ""),  # noqa: E501
    (3, "窓口のキャッシュレス決済", "市民課、会計課", "キャッシュレス決済に対応した窓口の数", "窓口", 3, (8, 12, 15, 15), (8, 11), ("A", "B"), "支所への導入を進める。"),  # noqa: E501
    (4, "書かない窓口の導入", "市民課", "申請書を書かずに済んだ手続の件数", "件", 0, (2000, 5000, 8000, 10000), (1730, 5210), ("B", "A"), ""),  # noqa: E501
    (5, "マイナンバーカードの利活用", "市民課", "証明書のコンビニ交付の割合", "%", 18.5, (22, 26, 30, 35), (23.1, 27.4), ("A", "A"), ""),  # noqa: E501
    (6, "基幹業務システムの標準化", "情報政策課", "標準準拠システムへ移行した業務数", "業務", 0, (5, 20, 20, 20), (4, None), ("B", "－"), "R7実績は移行後に確定する。"),  # noqa: E501
    (7, "ペーパーレス会議の推進", "総務課", "会議資料の印刷枚数", "枚", 420000, (380000, 340000, 300000, 260000), (365200, 331000), ("A", "A"), ""),  # noqa: E501
    (8, "テレワークの推進", "職員課", "テレワークを実施した職員の割合", "%", 6.0, (10, 15, 20, 25), (8.7, 13.9), ("B", "B"), "出先機関の端末が足りない。"),  # noqa: E501
    (9, "生成AIの活用", "行政改革推進課", "生成AIを業務に使う職員数", "人", 0, (200, 400, 600, 800), (236, 455), ("A", "A"), ""),  # noqa: E501
    (10, "オープンデータの推進", "情報政策課", "公開データセット数", "件", 48, (60, 75, 90, 100), (61, 72), ("A", "B"), ""),  # noqa: E501
    (11, "高齢者のデジタル活用支援", "高齢者支援課", "スマホ講座の受講者数", "人", 310, (400, 500, 600, 700), (388, 512), ("B", "A"), "地区公民館での開催を増やす。"),  # noqa: E501
    (12, "防災情報のデジタル化", "危機管理課", "防災アプリの登録者数", "人", 4200, (6000, 8000, 10000, 12000), (6350, 7720), ("A", "B"), ""),  # noqa: E501
]  # fmt: skip

RURI_HEADER = ["No.", "取組名", "担当課", "成果指標", "単位", "基準値（R5）", "区分"]
RURI_HEADER += ["令和6年度", "令和7年度", "令和8年度", "令和9年度", "今後の方向性"]


def ruri_xlsx() -> bytes:
    """Sheet 「進捗管理表」: the title, the grade legend, the header in row 4, each 取組 three rows (計画 / 実績 /
    評価) with A:F and L merged down them."""
    book, sheet = new_book("進捗管理表")
    sheet.append(["瑠璃ヶ浜市DX推進計画（令和6年度～令和9年度）　進捗管理表（令和7年度末）"])
    sheet.append(["評価　A：目標を達成　B：目標の8割以上　C：目標の8割未満"])
    sheet.append([])
    sheet.append(RURI_HEADER)
    for number, title, dept, name, unit, base, plans, actuals, grades, note in _RURI:
        top = sheet.max_row + 1
        sheet.append([number, title, dept, name, unit, base, "計画", *plans, note or None])
        sheet.append([None] * 6 + ["実績", *["集計中" if a is None else a for a in actuals]])
        sheet.append([None] * 6 + ["評価", *grades])
        for line in range(top, top + 3):
            for column in range(6, 12):
                cell = sheet.cell(line, column)
                if isinstance(cell.value, int | float):
                    cell.number_format = "#,##0.0" if isinstance(cell.value, float) else "#,##0"
            for column in range(8, 12):
                sheet.cell(line, column).alignment = Alignment(horizontal="right")
        for letter in "ABCDEFL":
            sheet.merge_cells(f"{letter}{top}:{letter}{top + 2}")
            sheet[f"{letter}{top}"].alignment = Alignment(vertical="center", wrap_text=True)
    for letter, width in zip("BCDL", (26, 16, 32, 30), strict=True):
        sheet.column_dimensions[letter].width = width
    return save(book)


def _ruri() -> list[dict[str, Any]]:
    years = (2024, 2025, 2026, 2027)
    return [
        item(
            str(number),
            title,
            dept.split("、"),
            [
                kpi(
                    (2023, base),
                    (2027, plans[-1]),
                    targets=tuple(zip(years, plans, strict=True)),
                    actuals=tuple((fy, a) for fy, a in zip(years, actuals, strict=False) if a is not None),
                )
            ],
        )
        for number, title, dept, _, _, base, plans, actuals, *_ in _RURI
    ]


# --- 萌黄台町: the 取組 in columns, the items in rows ------------------------------------------------------------

#: 取組番号, 取組名, 担当課, 取組の内容, 指標名, 単位, 現状値（R6）, 中間目標（R8）, 目標値（R10）, 工程 R7…R10 (「－」 none),
#: 事業費 R7…R10 (千円; None 「－」)
_MOEGI: list[tuple[Any, ...]] = [
    ("1-1", "電子申請の拡大", "総務課", "よく使われる町の手続からスマートフォンで申請できるようにする。", "電子申請できる手続数", "手続", 12, 40, 70, ("拡大", "拡大", "拡大", "運用"), (1800, 1200, 1200, 1200)),  # noqa: E501
    ("1-2", "窓口のキャッシュレス化", "税務住民課", "住民票などの手数料をキャッシュレスで払えるようにする。", "キャッシュレス決済の件数", "件", 450, 1500, 3000, ("導入", "運用", "運用", "運用"), (2600, 500, 500, 500)),  # noqa: E501
    ("1-3", "おくやみ窓口の設置", "税務住民課", "死亡に伴う手続を一つの窓口で案内する。", "おくやみ窓口の利用件数", "件", 0, 80, 120, ("－", "検討", "設置", "運用"), (None, None, 300, 300)),  # noqa: E501
    ("1-4", "町公式LINEの活用", "企画課", "防災・子育て・ごみの情報をLINEで届ける。", "LINEの友だち登録者数", "人", 1200, 2500, 4000, ("機能追加", "運用", "運用", "運用"), (900, 400, 400, 400)),  # noqa: E501
    ("2-1", "基幹業務システムの標準化", "総務課", "住民記録・税など20業務を標準準拠システムへ移行する。", "標準準拠システムへ移行した業務数", "業務", 2, 20, 20, ("移行", "運用", "運用", "運用"), (38000, 6000, 6000, 6000)),  # noqa: E501
    ("2-2", "電子決裁の導入", "総務課", "文書管理システムを入れ、起案から決裁まで電子で行う。", "電子決裁率", "%", 0, 50, 90, ("検討", "導入", "拡大", "運用"), (None, 4500, 1200, 1200)),  # noqa: E501
    ("2-3", "職員のデジタル研修", "総務課", "全職員向けの研修とリーダー研修を毎年行う。", "研修の受講者数（延べ）", "人", 35, 150, 300, ("実施", "実施", "実施", "実施"), (200, 200, 200, 200)),  # noqa: E501
    ("2-4", "議会のペーパーレス化", "議会事務局", "議員と職員にタブレットを配り、資料を電子で配る。", "タブレットで行った会議の割合", "%", 0, 80, 100, ("試行", "導入", "運用", "運用"), (1500, 300, 300, 300)),  # noqa: E501
    ("3-1", "スマート農業の推進", "産業振興課", "ドローンによる防除と水田の水位センサーを広げる。", "ドローンで防除した面積", "ha", 12.5, 40, 60, ("実証", "拡大", "拡大", "拡大"), (3200, 1800, 1800, 1800)),  # noqa: E501
    ("3-2", "見守りサービスの導入", "保健福祉課・健康推進課", "一人暮らしの高齢者の見守りにセンサーを使う。", "見守り機器を設置した世帯数", "世帯", 0, 40, 80, ("－", "導入", "拡大", "拡大"), (None, 2100, 900, 900)),  # noqa: E501
]  # fmt: skip

#: The rows: (group or None, item) — a group merged down over its items in A, a single item over A:B.
MOEGI_ROWS: list[tuple[str | None, str]] = [
    (None, "取組番号"),
    (None, "取組名"),
    (None, "担当課"),
    (None, "取組の内容"),
    ("成果指標", "指標名"),
    ("成果指標", "単位"),
    ("成果指標", "現状値（R6）"),
    ("成果指標", "中間目標（R8）"),
    ("成果指標", "目標値（R10）"),
    ("工程", "R7"),
    ("工程", "R8"),
    ("工程", "R9"),
    ("工程", "R10"),
    ("事業費（千円）", "R7"),
    ("事業費（千円）", "R8"),
    ("事業費（千円）", "R9"),
    ("事業費（千円）", "R10"),
]


def moegi_xlsx() -> bytes:
    """Sheet 「個別取組シート」: the title, an empty row, then one row an item (A: group, B: item) and one column a
    取組 from C; 「－」 where a year has no 工程 or no 事業費."""
    book, sheet = new_book("個別取組シート")
    sheet.append(["萌黄台町デジタル化推進計画（令和7年度～令和10年度）　個別取組シート"])
    sheet.append([])
    first = 3
    for offset, (group, label) in enumerate(MOEGI_ROWS):
        line = first + offset
        if group is None:
            sheet.cell(line, 1).value = label
            sheet.merge_cells(start_row=line, start_column=1, end_row=line, end_column=2)
        else:
            sheet.cell(line, 2).value = label
    for group in ("成果指標", "工程", "事業費（千円）"):
        lines = [first + i for i, (g, _) in enumerate(MOEGI_ROWS) if g == group]
        sheet.cell(lines[0], 1).value = group
        sheet.merge_cells(start_row=lines[0], start_column=1, end_row=lines[-1], end_column=1)
        sheet.cell(lines[0], 1).alignment = Alignment(vertical="center", wrap_text=True)
    for index, row in enumerate(_MOEGI):
        code, title, dept, content, name, unit, base, middle, final, phases, money = row
        values = [code, title, dept, content, name, unit, base, middle, final, *phases]
        values += ["－" if m is None else m for m in money]
        column = 3 + index
        for offset, value in enumerate(values):
            cell = sheet.cell(first + offset, column)
            cell.value = value
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            if isinstance(value, int | float):
                cell.number_format = "#,##0.0" if isinstance(value, float) else "#,##0"
        sheet.column_dimensions[get_column_letter(column)].width = 20
    sheet.column_dimensions["A"].width = 10
    sheet.column_dimensions["B"].width = 14
    sheet.append([])
    sheet.append(["※事業費は令和7年度は当初予算額、令和8年度以降は見込額。"])
    return save(book)


def _moegi() -> list[dict[str, Any]]:
    return [
        item(
            code,
            title,
            dept.split("・"),
            [kpi((2024, base), (2028, final), targets=((2026, middle),))],
            tuple(fy for fy, phase in zip((2025, 2026, 2027, 2028), phases, strict=True) if phase != "－"),
        )
        for code, title, dept, _, _, _, base, middle, final, phases, _ in _MOEGI
    ]


#: Each 取組's 事業費 by year (千円); 「－」 none.
MOEGI_BUDGETS = {
    row[1]: [(fy, m) for fy, m in zip((2025, 2026, 2027, 2028), row[10], strict=True) if m is not None]
    for row in _MOEGI
}


# --- 鈴懸市: two blocks of the same table (前期 / 後期), 担当課 merged over several 取組 --------------------------

#: (block caption, header, [(番号, 取組, 担当課, marks over the block's three years, 指標, 単位, 基準値, 目標値)])
_SUZUKAKE: list[tuple[str, list[str], int, list[tuple[Any, ...]]]] = [
    ("■前期（令和6年度～令和8年度）",
     ["番号", "取組", "担当課", "R6", "R7", "R8", "指標", "単位", "現状値（R5）", "目標値（R8）"], 2024, [
        (1, "電子申請システムの導入", "情報政策課", "●●●", "電子申請できる手続の数", "手続", 30, 150),
        (2, "施設予約のオンライン化", "情報政策課", " ●●", "オンラインで予約された割合", "%", 0, 50),
        (3, "庁内無線LANの整備", "情報政策課", "●● ", "無線LANを使える会議室の数", "室", 4, 30),
        (4, "証明書のコンビニ交付", "市民課", "●●●", "コンビニ交付の割合", "%", 15.2, 30),
        (5, "窓口の混雑状況の発信", "市民課", " ●●", "混雑状況ページの閲覧数", "件", 0, 20000),
        (6, "校務支援システムの導入", "教育総務課", "●●●", "校務支援システムを使う学校の数", "校", 5, 22),
        (7, "図書館の電子書籍サービス", "中央図書館", "  ●", "電子書籍の貸出冊数", "冊", 0, 8000),
        (8, "子育て支援アプリの運用", "子育て支援課", "●●●", "アプリの登録者数", "人", 1500, 4000),
    ]),
    ("■後期（令和9年度～令和11年度）",
     ["番号", "取組", "担当課", "R9", "R10", "R11", "指標", "単位", "基準値（R8見込）", "目標値（R11）"], 2027, [
        (9, "AI-OCRの全庁展開", "行政改革課", "●●●", "AI-OCRで処理した帳票数", "枚", 12000, 40000),
        (10, "RPAの拡大", "行政改革課", "●●●", "RPAで自動化した業務数", "業務", 15, 35),
        (11, "ガバメントクラウドの活用", "情報政策課", "●●●", "クラウドへ移行したシステム数", "システム", 20, 30),
        (12, "情報セキュリティ対策の強化", "情報政策課", "●●●", "情報セキュリティ研修の受講率", "%", 85, 100),
        (13, "オープンデータの拡充", "情報政策課", " ●●", "公開データセット数", "件", 60, 120),
        (14, "地域のデジタル人材の育成", "商工振興課", "●● ", "デジタル講座の修了者数", "人", 0, 300),
        (15, "避難所受付の電子化", "危機管理課", "●  ", "電子受付に対応した避難所の数", "か所", 10, 45),
    ]),
]  # fmt: skip


def suzukake_xlsx() -> bytes:
    """Sheet 「実施計画」: the title, then each block — its caption, its header, its rows with the 担当課 merged
    down over a 課's run of 取組, the note 「※●は実施年度」 — and two empty rows between the blocks."""
    book, sheet = new_book("実施計画")
    sheet.append(["鈴懸市情報化推進計画　実施計画（令和6年度～令和11年度）"])
    for index, (caption, header, _, rows) in enumerate(_SUZUKAKE):
        sheet.append([])
        if index:
            sheet.append([])
        sheet.append([caption])
        sheet.append(header)
        top = sheet.max_row + 1
        for number, title, dept, marks, name, unit, base, target in rows:
            sheet.append([number, title, dept, *[m.strip() or None for m in marks], name, unit, base, target])
            for cell in sheet[sheet.max_row][3:6]:
                cell.alignment = Alignment(horizontal="center")
        start = top
        for line in range(top + 1, sheet.max_row + 2):
            if line > sheet.max_row or rows[line - top][2] != rows[start - top][2]:
                if line - 1 > start:
                    sheet.merge_cells(f"C{start}:C{line - 1}")
                    sheet[f"C{start}"].alignment = Alignment(vertical="center")
                start = line
        sheet.append(["※●は実施年度"])
    for letter, width in zip("BCG", (28, 14, 32), strict=True):
        sheet.column_dimensions[letter].width = width
    return save(book)


def _suzukake() -> list[dict[str, Any]]:
    return [
        item(
            str(number),
            title,
            [dept],
            [kpi((first - 1, base), (first + 2, target))],
            tuple(first + i for i, mark in enumerate(marks) if mark.strip()),
        )
        for _, _, first, rows in _SUZUKAKE
        for number, title, dept, marks, _, _, base, target in rows
    ]


# --- 朧月市: cells with line breaks, ①② two indicators in a cell -------------------------------------------------

#: No., 取組名, 取組内容 (lines), 担当課 (lines), スケジュール (lines), its years, [(指標, 現状値, 目標値, 単位)]
_OBOROZUKI: list[tuple[Any, ...]] = [
    ("1-1", "行政手続のオンライン化", ["・申請の多い手続から順にオンライン化する", "・公金の収納もオンラインで行う"], ["情報政策課"],
     ["R7：対象手続の選定", "R8～：順次オンライン化"], range(2025, 2030),
     [("オンライン化した手続数", 85, 250, "手続"), ("電子申請の利用率", 12.4, 40, "％")]),
    ("1-2", "書かない窓口の導入", ["・窓口支援システムで申請書の記入をなくす"], ["市民課"],
     ["R7：システム選定", "R8：導入", "R9～：運用"], range(2025, 2030),
     [("窓口支援システムで受け付けた件数", 0, 6000, "件")]),
    ("1-3", "公金のキャッシュレス化", ["・窓口でのキャッシュレス決済", "・税のスマホ決済"], ["会計課", "税務課"],
     ["R7～R8：導入", "R9～：運用"], range(2025, 2030),
     [("キャッシュレス対応窓口数", 2, 20, "窓口"), ("キャッシュレス決済の件数", 1500, 12000, "件")]),
    ("1-4", "おくやみワンストップ窓口", ["・死亡に伴う手続を一つの窓口で受ける"], ["市民課", "福祉総務課"],
     ["R8：設置", "R9～：運用"], range(2026, 2030),
     [("おくやみ窓口の利用件数", 0, 150, "件")]),
    ("2-1", "基幹業務システムの標準化", ["・20業務を標準準拠システムへ移行する"], ["情報政策課"],
     ["R7：移行", "R8～：運用・保守"], range(2025, 2030),
     [("標準準拠システムへ移行した業務数", 3, 20, "業務")]),
    ("2-2", "生成AIの業務活用", ["・全職員が使える環境を整える", "・活用事例を庁内で共有する"], ["行政経営課", "情報政策課"],
     ["R7：試行", "R8～：全庁展開"], range(2025, 2030),
     [("生成AIを利用した職員数", 40, 900, "人"), ("削減された作業時間", 0, 12000, "時間")]),
    ("2-3", "テレワーク・モバイルワークの推進", ["・持ち出せる端末を増やす"], ["人事課"],
     ["R7～：実施"], range(2025, 2030),
     [("テレワーク実施率", 4.5, 30, "％")]),
    ("2-4", "電子契約の導入", ["・電子契約サービスを入れ、契約書の押印をなくす"], ["契約課"],
     ["R8：導入", "R9～：運用"], range(2026, 2030),
     [("電子契約の割合", 0, 70, "％")]),
    ("3-1", "地域のデジタルデバイド対策", ["・スマホ教室を地区ごとに開く", "・デジタル活用支援員を養成する"], ["高齢福祉課", "生涯学習課"],
     ["R7～：実施"], range(2025, 2030),
     [("スマホ教室の受講者数（延べ）", 120, 1000, "人"), ("デジタル活用支援員の数", 5, 20, "人")]),
    ("3-2", "子育て手続のオンライン化", ["・保育所の入所申込をオンラインで受ける"], ["こども家庭課"],
     ["R7：検討", "R8：構築", "R9～：運用"], range(2025, 2030),
     [("保育所入所申込のオンライン率", 0, 80, "％")]),
    ("3-3", "防災情報のプッシュ配信", ["・避難情報をアプリとメールで一斉に届ける"], ["危機管理課"],
     ["R9：導入", "R10～：運用"], range(2027, 2030),
     [("配信サービスの登録者数", 3200, 15000, "人")]),
    ("3-4", "観光のデジタルマーケティング", ["・観光サイトとSNSで発信する", "・閲覧データを分析する"], ["観光課"],
     ["R7～R9：実施"], range(2025, 2028),
     [("観光サイトの閲覧数（年間）", 85000, 150000, "件"), ("SNSのフォロワー数", 2300, 8000, "人")]),
]  # fmt: skip


def _lines(indicators: list[tuple[Any, ...]], field: int) -> str:
    """One cell's text: 「①85手続⏎②12.4％」 for two, 「0件」 for one (no ①)."""
    numbered = len(indicators) > 1
    out = []
    for index, indicator in enumerate(indicators):
        text = indicator[0] if field == 0 else _fmt(indicator[field]) + indicator[3]
        out.append(("①②③"[index] if numbered else "") + text)
    return "\n".join(out)


def oborozuki_xlsx() -> bytes:
    """Sheet 「取組一覧」: the title, an empty row, the header, one row a 取組 of wrapped cells (Alt+Enter lines)."""
    book, sheet = new_book("取組一覧")
    sheet.append(["朧月市DX推進計画（令和7年度～令和11年度）　取組一覧"])
    sheet.append([])
    sheet.append(
        ["No.", "取組名", "取組内容", "担当課", "スケジュール", "成果指標", "現状値（R6）", "目標値（R11）"]
    )
    for code, title, content, depts, schedule, _, indicators in _OBOROZUKI:
        sheet.append(
            [
                code,
                title,
                "\n".join(content),
                "\n".join(depts),
                "\n".join(schedule),
                _lines(indicators, 0),
                _lines(indicators, 1),
                _lines(indicators, 2),
            ]
        )
        for cell in sheet[sheet.max_row]:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    for letter, width in zip("BCDEFGH", (24, 40, 14, 20, 34, 14, 14), strict=True):
        sheet.column_dimensions[letter].width = width
    return save(book)


def _oborozuki() -> list[dict[str, Any]]:
    return [
        item(
            code,
            title,
            depts,
            [kpi((2024, base), (2029, target)) for _, base, target, _ in indicators],
            tuple(years),
        )
        for code, title, _, depts, _, years, indicators in _OBOROZUKI
    ]


# --- 湯の花町: a CSV saved from Excel, the header on row 4 ------------------------------------------------------

YUNOHANA_HEADER = ["施策番号", "施策名", "取組番号", "取組名", "担当課", "KPI", "単位", "基準値", "基準年度"]
YUNOHANA_HEADER += ["R7目標", "R8目標", "R9目標", "R7実績"]
#: 施策 → [(取組番号, 取組名, 担当課, [(KPI, 単位, 基準値, 目標 R7 R8 R9, R7実績 or None)])]
_YUNOHANA: list[tuple[str, str, list[tuple[str, str, str, list[tuple[Any, ...]]]]]] = [
    ("1", "行政サービスのデジタル化", [
        ("1-1", "電子申請の推進", "総務課", [
            ("電子申請できる手続数", "手続", 18, (40, 60, 80), 42),
            ("電子申請の利用件数", "件", 2100, (3000, 4000, 5000), 3240)]),
        ("1-2", "コンビニ交付の推進", "町民課", [("コンビニ交付の割合", "%", 8.5, (12, 16, 20), 11.3)]),
        ("1-3", "キャッシュレス決済の導入", "会計室、税務課", [("キャッシュレス対応の窓口数", "窓口", 0, (3, 5, 6), 3)]),
        ("1-4", "町ホームページの改善", "総務課", [("ホームページの閲覧数", "件", 152000, (170000, 185000, 200000), 176480)]),  # noqa: E501
        ("1-5", "おくやみ手続の案内", "町民課", [("おくやみ案内の件数", "件", 0, (60, 80, 100), None)]),
    ]),
    ("2", "役場のデジタル化", [
        ("2-1", "基幹系システムの標準化", "総務課", [("移行した業務数", "業務", 0, (20, 20, 20), 20)]),
        ("2-2", "ペーパーレスの推進", "総務課", [("コピー用紙の購入量", "箱", 1250, (1100, 1000, 900), 1080)]),
        ("2-3", "会議のオンライン化", "企画課", [("オンライン会議の開催回数", "回", 120, (200, 260, 300), 231)]),
        ("2-4", "職員研修の充実", "総務課", [
            ("DX研修の受講者数", "人", 25, (60, 90, 120), 58),
            ("情報セキュリティ研修の受講率", "%", 72.0, (85, 95, 100), 88.4)]),
        ("2-5", "AI議事録の活用", "議会事務局", [("議事録の作成にかかる日数", "日", 30, (20, 15, 10), 18)]),
    ]),
    ("3", "地域社会のデジタル化", [
        ("3-1", "観光Wi-Fiの整備", "観光商工課", [("Wi-Fiの接続回数", "回", 8400, (12000, 15000, 18000), 13210)]),
        ("3-2", "温泉街のデジタルマップ", "観光商工課", [("マップの閲覧数", "件", 0, (10000, 20000, 30000), 12650)]),
        ("3-3", "高齢者のスマホ教室", "福祉課", [("教室の参加者数", "人", 40, (80, 120, 160), 95)]),
        ("3-4", "学校のICT活用", "教育委員会事務局", [("ICTを活用した授業の割合", "%", 55, (70, 80, 90), 72.5)]),
        ("3-5", "防災行政無線の更新", "総務課", [("戸別受信機を設置した世帯数", "世帯", 300, (800, 1300, 1800), None)]),  # noqa: E501
    ]),
]  # fmt: skip


def _shown(value: float) -> str:
    """As Excel saves a cell formatted #,##0 (or 0.0) in a CSV: 「12,000」, 「8.5」."""
    return _fmt(value) if float(value).is_integer() else f"{value:.1f}"


def yunohana_csv() -> bytes:
    """As Excel writes 「CSV（コンマ区切り）」: CP932, CRLF, every row as wide as the sheet's used range, a field
    quoted only where it holds a comma, 「－」 where the actual is not yet counted."""
    width = len(YUNOHANA_HEADER)
    rows: list[list[str]] = [
        ["湯の花町DX推進計画　KPI一覧（令和7年度～令和9年度）"] + [""] * (width - 1),
        [""] * width,
        [""] * (width - 1) + ["令和8年4月 企画課"],
        YUNOHANA_HEADER,
    ]
    for code, name, items in _YUNOHANA:
        for index, (number, title, dept, indicators) in enumerate(items):
            for k, (kpi_name, unit, base, targets, actual) in enumerate(indicators):
                head = [code, name] if index == 0 and k == 0 else ["", ""]
                rows.append(
                    [
                        *head,
                        *([number, title, dept] if k == 0 else ["", "", dept]),
                        kpi_name,
                        unit,
                        _shown(base),
                    ]
                    + ["R6", *map(_shown, targets), "－" if actual is None else _shown(actual)]
                )
    rows.append([""] * width)
    rows.append(["※R7実績は令和8年3月末時点の見込み。－は集計中。"] + [""] * (width - 1))
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows(rows)
    return buffer.getvalue().encode("cp932")


def _yunohana() -> list[dict[str, Any]]:
    years = (2025, 2026, 2027)
    return [
        item(
            number,
            title,
            dept.split("、"),
            [
                kpi(
                    (2024, base),
                    (2027, targets[-1]),
                    targets=tuple(zip(years, targets, strict=True)),
                    actuals=((2025, actual),) if actual is not None else (),
                )
                for _, _, base, targets, actual in indicators
            ],
        )
        for _, _, items in _YUNOHANA
        for number, title, dept, indicators in items
    ]


# --- 柚葉台市: a 取組 sheet and a KPI sheet linked by 取組番号; units in formats; 和暦 dates ---------------------

_D = datetime.date
#: 取組番号, 分野, 取組名, 担当課, 開始年度, 終了年度, 概要
_YUZUHA: list[tuple[str, str, str, str, int, int, str]] = [
    ("D-01", "行政サービス", "電子申請の拡充", "デジタル推進課", 2025, 2028, "申請の多い手続から電子申請に対応する。"),
    ("D-02", "行政サービス", "窓口DXの推進", "市民課", 2025, 2027, "書かない窓口とおくやみ窓口を整える。"),
    ("D-03", "行政サービス", "公金収納のキャッシュレス化", "会計課", 2026, 2028, "税・料金をスマホ決済で納められるようにする。"),
    ("D-04", "行政サービス", "子育て手続のオンライン化", "こども支援課", 2025, 2026, "保育・児童手当の申請をオンライン化する。"),
    ("D-05", "行政運営", "基幹業務システムの標準化", "デジタル推進課", 2025, 2025, "20業務を標準準拠システムへ移行する。"),
    ("D-06", "行政運営", "情報セキュリティ対策", "デジタル推進課", 2025, 2028, "ポリシーを改定し、訓練を毎年行う。"),
    ("D-07", "行政運営", "庁内のペーパーレス化", "総務課", 2025, 2028, "会議と決裁の紙をなくす。"),
    ("D-08", "行政運営", "生成AIの活用", "行政改革課", 2025, 2028, "文書の作成や要約に生成AIを使う。"),
    ("D-09", "地域社会", "デジタル活用支援", "生涯学習課", 2025, 2028, "公民館でスマホ相談会を開く。"),
    ("D-10", "地域社会", "地域公共交通のデジタル化", "交通政策課", 2026, 2028, "バスの位置と時刻をアプリで案内する。"),
    ("D-11", "地域社会", "農業のスマート化", "農政課", 2027, 2028, "ドローン防除の補助を行う。"),
    ("D-12", "地域社会", "オープンデータの推進", "デジタル推進課", 2025, 2028, "市のデータを機械判読できる形で公開する。"),
]  # fmt: skip
#: 取組番号, 指標名, 基準値, 基準年度, 目標値, 目標年度, 実績（R7） (None empty), number format — a rate stored 0.35
_YUZUHA_KPI: list[tuple[str, str, float, int, float, int, float | None, str]] = [
    ("D-01", "電子申請の件数", 18500, 2024, 40000, 2028, 23120, '#,##0"件"'),
    ("D-01", "電子申請の割合", 0.21, 2024, 0.5, 2028, 0.27, "0%"),
    ("D-02", "書かない窓口で受け付けた件数", 0, 2024, 9000, 2027, 2450, '#,##0"件"'),
    ("D-03", "キャッシュレスで納付された割合", 0.12, 2024, 0.35, 2028, None, "0%"),
    ("D-04", "オンラインで受け付けた申請の割合", 0.05, 2024, 0.6, 2026, 0.385, "0.0%"),
    ("D-05", "標準準拠システムへ移行した業務数", 4, 2024, 20, 2025, 20, '#,##0"業務"'),
    ("D-07", "コピー用紙の使用枚数", 2850000, 2024, 2000000, 2028, 2612000, '#,##0"枚"'),
    ("D-08", "生成AIの利用回数（月平均）", 1200, 2024, 15000, 2028, 6840, '#,##0"回"'),
    ("D-09", "スマホ相談会の参加者数", 240, 2024, 1000, 2028, 415, '#,##0"人"'),
    ("D-09", "デジタル活用支援員の人数", 8, 2024, 30, 2028, 14, '#,##0"人"'),
    ("D-10", "バス案内アプリの利用者数", 0, 2025, 5000, 2028, None, '#,##0"人"'),
    ("D-11", "ドローンで防除した面積", 0, 2024, 120, 2028, None, '0.0"ha"'),
    ("D-12", "公開データセット数", 65, 2024, 150, 2028, 88, '#,##0"件"'),
]
_FY_SHOWN = '[$-411]ggge"年度"'
_YEAR_SHOWN = '[$-411]ggge"年"'


def yuzuha_xlsx() -> bytes:
    """Sheets 「取組」 (header row 4; 開始年度 / 終了年度 the dates of April 1st shown 「令和7年度」) and 「KPI」
    (header row 3; 基準年度 shown 「令和6年」, 目標年度 「令和10年度」; the figures' units in their formats)."""
    book, sheet = new_book("取組")
    sheet.append(["柚葉台市DXアクションプラン（令和7年度～令和10年度）"])
    sheet.append(["取組一覧（成果指標は「KPI」シートを参照）"])
    sheet.append([])
    sheet.append(["取組番号", "分野", "取組名", "担当課", "開始年度", "終了年度", "概要"])
    for code, field, title, dept, start, end, summary in _YUZUHA:
        sheet.append([code, field, title, dept, _D(start, 4, 1), _D(end, 4, 1), summary])
        for column in (5, 6):
            sheet.cell(sheet.max_row, column).number_format = _FY_SHOWN
    for letter, width in zip("BCDEFG", (12, 28, 16, 12, 12, 44), strict=True):
        sheet.column_dimensions[letter].width = width
    kpis = book.create_sheet("KPI")
    kpis.append(["成果指標（KPI）"])
    kpis.append([])
    kpis.append(["取組番号", "指標名", "基準値", "基準年度", "目標値", "目標年度", "実績（R7）"])
    for code, name, base, base_fy, target, target_fy, actual, shown in _YUZUHA_KPI:
        kpis.append([code, name, base, _D(base_fy, 4, 1), target, _D(target_fy, 4, 1), actual])
        line = kpis.max_row
        for column in (3, 5, 7):
            kpis.cell(line, column).number_format = shown
        kpis.cell(line, 4).number_format = _YEAR_SHOWN
        kpis.cell(line, 6).number_format = _FY_SHOWN
    kpis.column_dimensions["B"].width = 34
    return save(book)


def _percent(value: float, shown: str) -> float:
    if not shown.endswith("%"):
        return value
    number = round(value * 100, 1)
    return int(number) if number.is_integer() else number


def _yuzuha() -> list[dict[str, Any]]:
    return [
        item(
            code,
            title,
            [dept],
            [
                kpi(
                    (base_fy, _percent(base, shown)),
                    (target_fy, _percent(target, shown)),
                    actuals=((2025, _percent(actual, shown)),) if actual is not None else (),
                    year_column=False,
                )
                for c, _, base, base_fy, target, target_fy, actual, shown in _YUZUHA_KPI
                if c == code
            ],
            tuple(range(start, end + 1)),
        )
        for code, _, title, dept, start, end, _ in _YUZUHA
    ]


# --- 紅梅台市: a protected 入力シート, hidden helper columns, 担当者 in comments -----------------------------------

#: 課マスタ: 課コード, 課名, 部名
_KOBAIDAI_DEPTS: list[tuple[int, str, str]] = [
    (1101, "情報政策課", "総務部"), (1102, "人事課", "総務部"), (1103, "文書法制課", "総務部"),
    (1201, "行政改革課", "企画部"), (1301, "納税課", "財務部"), (1401, "市民課", "市民生活部"),
    (1402, "保険年金課", "市民生活部"), (1403, "地域振興課", "市民生活部"), (1501, "農林課", "産業振興部"),
    (1502, "観光課", "産業振興部"), (1601, "会計課", "会計管理者"), (1701, "学校教育課", "教育部"),
    (1702, "中央図書館", "教育部"),
]  # fmt: skip
#: 番号, 取組名, 担当課, 担当者 (comment), 成果指標, 単位, 基準値（R6）, 目標 R7 R8 R9, R7実績 (None 「集計中」), 自己評価
_KOBAIDAI: list[tuple[Any, ...]] = [
    ("1-1", "電子申請の推進", "情報政策課", "佐々木（内線3121）", "オンラインで申請できる手続数", "手続", 120, (160, 200, 240), 171, "A"),  # noqa: E501
    ("1-2", "窓口のデジタル化", "市民課", "木村（内線2210）", "窓口での平均待ち時間", "分", 25, (20, 15, 10), 18.5, "A"),  # noqa: E501
    ("1-3", "税の電子納付", "納税課", "井上（内線2405）", "電子納付の割合", "%", 22.5, (28, 34, 40), 27.1, "B"),
    ("1-4", "国保手続のオンライン化", "保険年金課", "山口（内線2231）", "オンラインで受け付けた届出の件数", "件", 0, (300, 600, 900), 284, "B"),  # noqa: E501
    ("1-5", "図書館のオンライン予約", "中央図書館", "松本（内線5102）", "オンライン予約の件数", "件", 15400, (18000, 21000, 24000), 19240, "A"),  # noqa: E501
    ("2-1", "基幹業務システムの標準化", "情報政策課", "佐々木（内線3121）", "標準準拠システムへ移行した業務数", "業務", 6, (20, 20, 20), 20, "A"),  # noqa: E501
    ("2-2", "RPAの活用", "行政改革課", "清水（内線3302）", "RPAで削減した作業時間", "時間", 2400, (3500, 4500, 5500), 3610, "A"),  # noqa: E501
    ("2-3", "電子決裁の推進", "文書法制課", "森（内線3140）", "電子決裁率", "%", 38, (60, 75, 90), 57.2, "B"),
    ("2-4", "会計事務の電子化", "会計課", "池田（内線2801）", "電子で受け取った請求書の件数", "件", 0, (1200, 3000, 5000), None, ""),  # noqa: E501
    ("2-5", "職員のDX研修", "人事課", "橋本（内線3110）", "DX研修の受講者数", "人", 180, (300, 450, 600), 322, "A"),
    ("3-1", "地域のデジタル活用支援", "地域振興課", "石川（内線2320）", "スマホ相談会の参加者数", "人", 260, (400, 550, 700), 388, "B"),  # noqa: E501
    ("3-2", "スマート農業の推進", "農林課", "前田（内線4410）", "スマート農機の導入件数", "件", 14, (20, 26, 32), 19, "B"),  # noqa: E501
    ("3-3", "観光アプリの運用", "観光課", "藤田（内線4520）", "アプリのダウンロード数", "件", 8200, (12000, 16000, 20000), 13105, "A"),  # noqa: E501
    ("3-4", "学校のICT活用", "学校教育課", "岡田（内線5210）", "1人1台端末を毎日使う児童生徒の割合", "%", 64, (75, 85, 95), 79.4, "A"),  # noqa: E501
]  # fmt: skip
#: Notes on figure cells: 番号 → (column, text).
_KOBAIDAI_NOTES = {
    "1-2": ("K", "R7実績は11月の抽出調査の値"),
    "2-2": ("K", "速報値。確定は6月"),
    "1-1": ("B", "R7から名称変更（旧：電子申請推進事業）"),
}
KOBAIDAI_HEADER = ["番号", "取組名", "担当課", "部名", "成果指標", "単位", "基準値（R6）"]
KOBAIDAI_HEADER += ["R7目標", "R8目標", "R9目標", "R7実績", "判定", "自己評価", "集計キー"]
KOBAIDAI_HIDDEN = ("D", "L", "N")
_INPUT = PatternFill(fill_type="solid", start_color="FFFFF2CC", end_color="FFFFF2CC")


def kobaidai_xlsx() -> bytes:
    """Sheet 「入力シート」 (protected; the header in row 4; the helper columns D 部名, L 判定, N 集計キー hidden,
    formulas with cached values; 担当課 a list from the hidden 「課マスタ」; the 担当者 in a comment on each 担当課)
    and 「課マスタ」 (hidden)."""
    book, sheet = new_book("入力シート")
    sheet.append(["紅梅台市DX推進計画（令和7年度～令和9年度）　令和7年度実績入力シート"])
    sheet.append(["※黄色のセルに入力してください。シートは保護されています（パスワードは情報政策課へ）。"])
    sheet.append([])
    sheet.append(KOBAIDAI_HEADER)
    departments = {name: part for _, name, part in _KOBAIDAI_DEPTS}
    cached: dict[str, Any] = {}
    rule = DataValidation(type="list", formula1="=課マスタ!$B$2:$B$14", allow_blank=True)
    sheet.add_data_validation(rule)
    for code, title, dept, person, name, unit, base, targets, actual, grade in _KOBAIDAI:
        line = sheet.max_row + 1
        met = "" if actual is None else ("達成" if actual >= targets[0] else "未達成")
        sheet.append(
            [code, title, dept, f'=IFERROR(VLOOKUP(C{line},課マスタ!$B:$C,2,FALSE),"")', name, unit, base]
            + [*targets, "集計中" if actual is None else actual]
            + [
                f'=IF(ISNUMBER(K{line}),IF(K{line}>=H{line},"達成","未達成"),"")',
                grade or None,
                f'=A{line}&"_"&C{line}',
            ]
        )
        cached |= {f"D{line}": departments[dept], f"L{line}": met, f"N{line}": f"{code}_{dept}"}
        sheet[f"C{line}"].comment = Comment(f"担当：{person}", "情報政策課")
        rule.add(f"C{line}")
        for letter in "CGHIJKM":
            sheet[f"{letter}{line}"].fill = _INPUT
            sheet[f"{letter}{line}"].protection = Protection(locked=False)
        for letter in "GHIJK":
            cell = sheet[f"{letter}{line}"]
            if isinstance(cell.value, int | float):
                cell.number_format = "#,##0.0" if isinstance(cell.value, float) else "#,##0"
        if code in _KOBAIDAI_NOTES:
            letter, text = _KOBAIDAI_NOTES[code]
            sheet[f"{letter}{line}"].comment = Comment(text, "情報政策課")
    for letter in KOBAIDAI_HIDDEN:
        sheet.column_dimensions[letter].hidden = True
    for letter, width in zip("BCE", (26, 14, 34), strict=True):
        sheet.column_dimensions[letter].width = width
    sheet.protection.sheet = True
    sheet.protection.password = "kobai"
    master = book.create_sheet("課マスタ")
    master.append(["課コード", "課名", "部名"])
    for row in _KOBAIDAI_DEPTS:
        master.append(list(row))
    master.sheet_state = "hidden"
    return _cached(save(book), 1, cached)


def _kobaidai() -> list[dict[str, Any]]:
    years = (2025, 2026, 2027)
    return [
        item(
            code,
            title,
            [dept],
            [
                kpi(
                    (2024, base),
                    (2027, targets[-1]),
                    targets=tuple(zip(years, targets, strict=True)),
                    actuals=((2025, actual),) if actual is not None else (),
                )
            ],
        )
        for code, title, dept, _, _, _, base, targets, actual, _ in _KOBAIDAI
    ]


# --- 菫ヶ丘市: 目次, 凡例 and one sheet per 基本目標 -------------------------------------------------------------

#: 基本目標 → [(No., 取組名, 概要, 担当課, marks R7…R11 (「 」 none), 成果指標, 単位, 現状値（R6）, 目標値（R11）)]
_SUMIRE: list[tuple[str, str, list[tuple[Any, ...]]]] = [
    ("基本目標1", "誰もが便利な行政サービス", [
        ("1-1", "オンライン申請の拡充", "申請の多い手続から順にオンライン化する。", "情報政策課", "●●○○○", "オンラインで申請できる手続数", "手続", 110, 300),  # noqa: E501
        ("1-2", "窓口予約システムの導入", "来庁の予約を受け、待ち時間をなくす。", "市民課", "△◎○○○", "予約して来庁した人数", "人", 0, 6000),  # noqa: E501
        ("1-3", "手数料のキャッシュレス化", "証明書の手数料をキャッシュレスで受ける。", "市民課、会計課", "◎○○○○", "キャッシュレスで支払われた割合", "%", 0, 60),  # noqa: E501
        ("1-4", "AIチャットボットの導入", "よくある問合せに24時間答える。", "広報課", "△△◎○○", "チャットボットの利用件数", "件", 0, 20000),  # noqa: E501
        ("1-5", "市税の電子申告の推進", "給与支払報告書などの電子提出を広げる。", "市民税課", "●○○○○", "電子申告の割合", "%", 58.2, 80),  # noqa: E501
    ]),
    ("基本目標2", "スマートな市役所", [
        ("2-1", "基幹業務システムの標準化", "20業務を標準準拠システムへ移行する。", "情報政策課", "●○○○○", "移行した業務数", "業務", 5, 20),  # noqa: E501
        ("2-2", "ガバメントクラウドの利用", "基幹業務システムをガバメントクラウドで動かす。", "情報政策課", "◎○○○○", "クラウドで動くシステム数", "システム", 0, 26),  # noqa: E501
        ("2-3", "ローコードツールの活用", "職員が自分で業務アプリを作れるようにする。", "行政改革課", "△◎●○○", "ツールで作成したアプリ数", "件", 0, 50),  # noqa: E501
        ("2-4", "内部事務のペーパーレス化", "会議・決裁・回覧を電子で行う。", "総務課", "●●○○○", "印刷枚数（年間）", "枚", 3600000, 2000000),  # noqa: E501
        ("2-5", "職員のデジタルスキルの向上", "階層別のDX研修を行う。", "人材育成課", "○○○○○", "DX研修の修了者数（累計）", "人", 90, 600),  # noqa: E501
    ]),
    ("基本目標3", "デジタルでつながる地域", [
        ("3-1", "地域のデジタルデバイド対策", "地区ごとにスマホ講座を開く。", "高齢者福祉課", "●○○○○", "スマホ講座の参加者数", "人", 350, 1500),  # noqa: E501
        ("3-2", "地域ポイント制度の導入", "ボランティアや健診にポイントを付ける。", "産業振興課", "△◎○○ ", "ポイントアプリの登録者数", "人", 0, 30000),  # noqa: E501
        ("3-3", "防災情報の一元配信", "防災アプリ・メール・SNSへ一度の操作で配信する。", "防災課", "◎○○○○", "防災アプリの登録者数", "人", 5200, 25000),  # noqa: E501
        ("3-4", "GIGAスクールの推進", "端末の持ち帰り学習を全校で行う。", "教育指導課", "○●○○○", "持ち帰り学習を行う学校の割合", "%", 40, 100),  # noqa: E501
        ("3-5", "シェアサイクルの導入", "駅と公共施設にシェアサイクルを置く。", "都市交通課", "  △◎○", "シェアサイクルの利用回数", "回", 0, 40000),  # noqa: E501
        ("3-6", "オープンデータの推進", "統計と施設の情報を公開する。", "情報政策課", "●○○○○", "公開データセット数", "件", 72, 200),  # noqa: E501
    ]),
]  # fmt: skip
SUMIRE_LEGEND = [
    ("◎", "新規に実施"),
    ("●", "拡充して実施"),
    ("○", "継続して実施"),
    ("△", "検討・準備"),
    ("（空欄）", "実施しない"),
]  # noqa: E501
SUMIRE_HEADER = ["No.", "取組名", "取組の概要", "担当課", "R7", "R8", "R9", "R10", "R11"]
SUMIRE_HEADER += ["成果指標", "単位", "現状値（R6）", "目標値（R11）"]


def sumire_xlsx() -> bytes:
    """Sheets 「目次」 (the plan's title, a table No. / シート名 / 内容 with links), 「凡例」 (記号 / 意味) and one
    sheet per 基本目標 (its title in row 1, 「目次へ戻る」 in row 2, the header in row 4)."""
    book, toc = new_book("目次")
    toc.append(["菫ヶ丘市DX推進計画　アクションプラン（令和7年度～令和11年度）"])
    toc.append([])
    toc.append(["No.", "シート名", "内容"])
    toc.append([1, "凡例", "工程表の記号の見方"])
    toc["B4"].hyperlink = "#'凡例'!A1"
    for index, (sheet_name, goal, _) in enumerate(_SUMIRE, start=2):
        toc.append([index, sheet_name, goal])
        toc[f"B{toc.max_row}"].hyperlink = f"#'{sheet_name}'!A1"
    toc.column_dimensions["B"].width = 14
    toc.column_dimensions["C"].width = 30
    legend = book.create_sheet("凡例")
    legend.append(["凡例（工程表の記号）"])
    legend.append([])
    legend.append(["記号", "意味"])
    for mark, meaning in SUMIRE_LEGEND:
        legend.append([mark, meaning])
    legend.append([])
    legend.append(["※成果指標の現状値は令和6年度末の実績値、目標値は令和11年度の値。"])
    for sheet_name, goal, rows in _SUMIRE:
        sheet = book.create_sheet(sheet_name)
        sheet.append([f"{sheet_name}　{goal}"])
        sheet.append(["目次へ戻る"])
        sheet["A2"].hyperlink = "#'目次'!A1"
        sheet.append([])
        sheet.append(SUMIRE_HEADER)
        for code, title, summary, dept, marks, name, unit, base, target in rows:
            sheet.append(
                [code, title, summary, dept, *[m.strip() or None for m in marks], name, unit, base, target]
            )
            for cell in sheet[sheet.max_row][4:9]:
                cell.alignment = Alignment(horizontal="center")
            for cell in sheet[sheet.max_row][11:13]:
                cell.number_format = "#,##0.0" if isinstance(cell.value, float) else "#,##0"
        for letter, width in zip("BCDJ", (26, 40, 16, 30), strict=True):
            sheet.column_dimensions[letter].width = width
    return save(book)


def _sumire() -> list[dict[str, Any]]:
    return [
        item(
            code,
            title,
            dept.split("、"),
            [kpi((2024, base), (2029, target))],
            tuple(2025 + i for i, mark in enumerate(marks) if mark.strip()),
        )
        for _, _, rows in _SUMIRE
        for code, title, _, dept, marks, _, _, base, target in rows
    ]


# --- the batch ---------------------------------------------------------------------------------------------

PLANS: Sheets = {
    "ruri-xlsx": ("瑠璃ヶ浜市", "R7進捗管理表（3段）.xlsx", ruri_xlsx, _ruri),
    "moegi-xlsx": ("萌黄台町", "個別取組シート_横型.xlsx", moegi_xlsx, _moegi),
    "suzukake-xlsx": ("鈴懸市", "実施計画（前期・後期）.xlsx", suzukake_xlsx, _suzukake),
    "oborozuki-xlsx": ("朧月市", "取組一覧_改行あり.xlsx", oborozuki_xlsx, _oborozuki),
    "yunohana-csv": ("湯の花町", "KPI一覧_R8.4.csv", yunohana_csv, _yunohana),
    "yuzuha-xlsx": ("柚葉台市", "アクションプラン_取組とKPI.xlsx", yuzuha_xlsx, _yuzuha),
    "kobaidai-xlsx": ("紅梅台市", "R7実績入力シート（保護）.xlsx", kobaidai_xlsx, _kobaidai),
    "sumire-xlsx": ("菫ヶ丘市", "アクションプラン（基本目標別）.xlsx", sumire_xlsx, _sumire),
}


def document(name: str) -> tuple[bytes, str]:
    """The file as uploaded: (bytes, file name)."""
    return uploaded(PLANS, name)


def expected(name: str) -> dict[str, Any]:
    """The plan the document states (only what ``scoring.score`` compares)."""
    return stated(PLANS, name)
