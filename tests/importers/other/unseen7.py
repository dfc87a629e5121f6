"""Another batch of plans no reader was written against: a workbook, a CSV, a Word outline, a printed 進捗管理表,
a 村's bullets and a 工程表.

Written before the readers were looked at, the way other municipalities publish them:

- 萩野台市's 取組一覧 workbook as a person fills it in (``haginodai_xlsx``, openpyxl): a title row and a blank
  row over the header 「No. | 取組項目 | 担当課 | 指標 | 現状値(R5) | 目標値(R9) | 実績(R6) | 評価」, no 単位
  column (each 指標 ends with its unit in brackets, 「電子申請できる手続数（手続）」), figures stored as numbers
  but one typed as text with its unit (「1,240時間」), a 取組項目 broken by Alt+Enter, the 担当課 of two rows in
  one cell merged down, an 実績 「－」, the legend 「※ 評価：A 達成 …」 under the table, and a sheet 「記入例」
  whose example row is no initiative;
- 松風市's KPI list saved from Excel as CSV (CP932, CRLF): 「管理番号,施策名,所管課,KPI,基準値,目標値,達成率」
  under a title row, quoted cells holding commas (「1,850件」, 「市民課,税務課」, 「RPA,AI-OCRによる削減時間」)
  and line breaks (「6,000件⏎（令和9年度）」, two 課 a line each), the year of each figure in its cell, a
  達成率 that is no figure of the indicator, a note row under the table;
- 白樺町's plan saved from Word as text: a 目次 whose entries end in a tab and a page number, 第３章 >
  基本方針１ > （１） > ア, 「担当課：」 (課 joined by 「・」 or 「、」) and 「目標指標：名　現状値　…（令和５年度）
  目標値　…（令和１０年度）」 in full-width digits and blanks, an item with two indicators 「目標指標①」
  「目標指標②」, a 現状値 「－」, an item whose 目標指標 is 「－（…設定しません）」;
- 桔梗が原町's 進捗管理表 printed by Chromium (A4 landscape, the table's header repeated on each page, a
  running header and 「1/2」 in the page margins) and taken out with ``pdftotext -layout`` as it is, form
  feeds included: pdftotext counts a kanji one place, so the columns do not line up in an editor; long
  取組名 wrap onto a second line in their cell, and so do a 担当課 list 「子育て支援課、介護 / 保険課」 and two
  成果指標 (「オンライン申請できる手 / 続数」); the page break falls after 2-3, between the running header
  and the table's header printed again, and the legend 「進捗 ◎：計画以上 …」 follows the last row;
- 雪見村's short plan: 「・」 bullets in 【暮らし】【役場】 ending 「（担当：住民課・企画振興課）」, 「→ 目標：
  名　値（令和８年度）」 lines (one with 「※現状　１６０台（令和５年度末）」, one 「年間２万枚」), a bullet
  without a target, and a list of 基本的な考え方 in 「・」 bullets without a 課 that are no initiatives;
- 銀杏台市's 工程表 copied out of Excel (tabs, section rows with their empty cells kept): 番号 | 取組 | R6 R7 R8
  R9 | 担当課 (the 担当課 after the years), marks ● / → / ━ with the legend under the table, a row marked
  every other year (情報セキュリティ監査: R6 and R8).

``PLANS[name]`` is the plan each document states (same form as ``unseen.PLANS``), written from the
documents alone; ``document(name)`` is the file as uploaded (bytes).
"""

from __future__ import annotations

import io
from typing import Any

import openpyxl
from openpyxl.styles import Alignment

from .unseen import HERE, item, kpi, years

# --- 萩野台市: 取組一覧 workbook ------------------------------------------------------------------------------

_HAGINODAI_HEADER = ["No.", "取組項目", "担当課", "指標", "現状値(R5)", "目標値(R9)", "実績(R6)", "評価"]

#: No., 取組項目, 担当課 (None: the merged cell above), 指標, 現状値(R5), 目標値(R9), 実績(R6), 評価
_HAGINODAI: list[list[Any]] = [
    [1, "電子申請の拡充", "デジタル推進課", "電子申請できる手続数（手続）", 62, 250, 118, "B"],
    [2, "窓口キャッシュレス決済の導入", "会計課", "キャッシュレス対応窓口数（か所）", 0, 12, 7, "A"],
    [3, "証明書のコンビニ交付の推進", "市民課", "コンビニ交付率（％）", 8.5, 30, 14.2, "C"],
    [4, "書かない窓口の導入", None, "記入を省略できる手続数（手続）", 0, 40, 22, "B"],
    [
        5,
        "AI-OCRによる\n入力業務の効率化",
        "情報政策課",
        "入力作業の削減時間（時間）",
        0,
        3000,
        "1,240時間",
        "A",
    ],
    [
        6,
        "学校のデジタル教材の活用",
        "学校教育課",
        "デジタル教材を毎日使う児童生徒の割合（％）",
        35,
        80,
        52,
        "B",
    ],
    [7, "市公式アプリによる情報発信", "広報課", "アプリ登録者数（人）", 4200, 15000, 7860, "B"],
    [8, "オンライン健康相談の導入", "健康推進課、情報政策課", "オンライン相談件数（件）", 0, 500, "－", "－"],
]


def haginodai_xlsx() -> bytes:
    """萩野台市's workbook: sheet 「取組一覧」 (title, blank row, header, eight rows, legend) and 「記入例」."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "取組一覧"
    sheet.append(["萩野台市DX推進計画　取組一覧（令和６年度実績）"])
    sheet.merge_cells("A1:H1")
    sheet.append([])
    sheet.append(_HAGINODAI_HEADER)
    first = sheet.max_row + 1
    for row in _HAGINODAI:
        sheet.append(row)
        for cell in sheet[sheet.max_row]:
            cell.alignment = Alignment(wrap_text=True, vertical="center")
    sheet.merge_cells(f"C{first + 2}:C{first + 3}")  # 市民課 over No. 3 and No. 4
    sheet.append([])
    sheet.append(["※ 評価：A 達成　B 概ね順調　C 遅れ　D 未着手"])
    sheet.append(["※ 実績は令和7年3月末時点の数値"])
    for column, width in zip("ABCDEFGH", (6, 30, 16, 34, 12, 12, 12, 6), strict=True):
        sheet.column_dimensions[column].width = width
    example = book.create_sheet("記入例")
    example.append(["【記入例】黄色のセルに入力してください"])
    example.append(_HAGINODAI_HEADER)
    example.append(["例", "○○手続のオンライン化", "○○課", "オンライン化した手続数（手続）", 10, 50, 25, "B"])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _haginodai_item(row: list[Any], department: str) -> dict[str, Any]:
    number, title, _, _, base, target, actual, _ = row
    done = (
        float(actual.rstrip("時間").replace(",", ""))
        if isinstance(actual, str) and actual != "－"
        else actual
    )
    return item(
        str(number),
        title.replace("\n", ""),
        department.split("、"),
        (kpi((2023, base), (2027, target), ((2027, target),), ((2024, done),) if actual != "－" else ()),),
    )


def _haginodai() -> list[dict[str, Any]]:
    items, above = [], ""
    for row in _HAGINODAI:
        above = row[2] or above
        items.append(_haginodai_item(row, above))
    return items


#: 目標値(R9) headed with its year: that year's target and the final one; 実績(R6) the 2024 actual.
HAGINODAI = _haginodai()

#: 松風市's CSV: the year of each figure in its cell (a 目標値 whose year is in the cell is the final target
#: alone); 達成率 is no figure; 「―」 is no 基準値.
MATSUKAZE = [
    item("1-01", "電子申請サービスの拡充", ["情報政策課"], (kpi((2023, 1850), (2027, 6000)),)),
    item("1-02", "窓口のワンストップ化", ["市民課", "税務課"], (kpi((2023, 42), (2027, 20)),)),
    item("1-03", "子育て関係手続のオンライン化", ["こども家庭課"], (kpi(None, (2027, 25)),)),
    item("2-01", "RPA・AI-OCRの導入", ["情報政策課"], (kpi((2023, 0), (2027, 4000)),)),
    item("2-02", "文書管理の電子化", ["総務課"], (kpi((2023, 41.2), (2027, 95)),)),
    item("2-03", "庁内ネットワークの無線化", ["情報政策課"], (kpi((2023, 2), (2027, 18)),)),
    item(
        "3-01", "デジタル活用支援講座の開催", ["生涯学習課", "高齢福祉課"], (kpi((2023, 120), (2027, 1000)),)
    ),
]

#: 白樺町デジタル化推進計画 (Word → text): 基本方針１ > （１） > ア, 担当課：, 目標指標： on one line each.
SHIRAKABA = [
    item("1-1-1", "電子申請の拡大", ["総務課", "住民課"], (kpi((2023, 18), (2028, 120)),)),
    item("1-1-2", "証明書のコンビニ交付", ["住民課"], (kpi((2023, 9.8), (2028, 40)),)),
    item("1-2-1", "窓口キャッシュレス決済の導入", ["会計室", "住民課", "税務課"], (kpi(None, (2026, 8)),)),
    item(
        "1-2-2",
        "オンライン相談の実施",
        ["福祉課"],
        (kpi((2023, 0), (2028, 300)), kpi((2023, 1), (2028, 6))),
    ),
    item("2-1-1", "ＲＰＡ・ＡＩ－ＯＣＲの活用", ["企画財政課"], (kpi((2023, 240), (2028, 2400)),)),
    item("2-1-2", "文書の電子決裁", ["総務課"], (kpi((2023, 15), (2028, 85)),)),
    item("2-2-1", "テレワーク環境の整備", ["総務課"]),
    item("3-1-1", "スマートフォン教室の開催", ["生涯学習課", "保健福祉課"], (kpi((2023, 85), (2028, 1000)),)),
]


def _progress(base: float, target: float, actual: float) -> dict[str, Any]:
    """A row of a 進捗管理表 under 基準値(R5) | 目標値(R9) | 実績値(R6)."""
    return kpi((2023, base), (2027, target), ((2027, target),), ((2024, actual),))


#: 桔梗が原町 令和６年度進捗管理表 through pdftotext -layout.
KIKYOGAHARA = [
    item(
        "1-1",
        "マイナンバーカードを活用した各種証明書のコンビニ交付",
        ["住民課"],
        (_progress(850, 3000, 1420),),
    ),
    item(
        "1-2",
        "子育て・介護関係手続のオンライン申請",
        ["子育て支援課", "介護保険課"],
        (_progress(6, 40, 19),),
    ),
    item("1-3", "窓口の混雑状況のウェブ配信", ["住民課"], (_progress(0, 12000, 4870),)),
    item(
        "2-1",
        "財務会計・文書管理システムのクラウド移行と電子決裁の全庁展開",
        ["総務課"],
        (_progress(22.5, 90, 48.3),),
    ),
    item("2-2", "AI議事録作成支援ツールの導入", ["議会事務局"], (_progress(320, 80, 190),)),
    item("2-3", "職員のデジタルスキル向上研修", ["総務課"], (_progress(40, 400, 152),)),
    item("3-1", "農業用水路の水位センサーによる遠隔監視", ["農林振興課"], (_progress(0, 25, 9),)),
    item("3-2", "町内公共施設への公衆無線LANの整備", ["企画政策課"], (_progress(3, 15, 8),)),
]

#: 雪見村地域情報化計画: 「・取組（担当：課）」 bullets, 「→ 目標：名　値（令和N年度）」, no numbers.
YUKIMI = [
    item(None, "防災行政無線の戸別受信機の更新", ["総務課"], (kpi((2023, 160), (2026, 420)),)),
    item(
        None,
        "村営バスのデマンド予約のスマートフォン対応",
        ["住民課", "企画振興課"],
        (kpi(None, (2026, 1500)),),
    ),
    item(None, "高齢者向けタブレット見守りサービス", ["保健福祉課"], (kpi(None, (2025, 80)),)),
    item(None, "へき地診療所でのオンライン診療の試行", ["診療所"]),
    item(None, "電子申請の導入", ["住民課"], (kpi(None, (2026, 20)),)),
    item(None, "職員のテレワーク環境の整備", ["総務課"], (kpi(None, (2025, 10)),)),
    # 「年間２万枚」: 2 in 万枚, as written (compare.kinds scales 万 where plans are compared)
    item(None, "村議会へのタブレット端末の導入", ["議会事務局"], (kpi(None, (2026, 2)),)),
]

#: 銀杏台市ＤＸ推進計画 工程表: every marked year (●, →, ━) is a year of the schedule, an empty one is not.
ICHODAI = [
    item("1-1", "行政手続のオンライン化", ["情報政策課", "市民課"], schedule=years(2024, 2027)),
    item("1-2", "おくやみ窓口の設置", ["市民課"], schedule=years(2024, 2027)),
    item("1-3", "図書館の電子書籍貸出", ["中央図書館"], schedule=years(2024, 2027)),
    item("1-4", "市税のスマートフォン決済", ["納税課"], schedule=years(2025, 2027)),
    item("2-1", "情報セキュリティ監査", ["情報政策課"], schedule=(2024, 2026)),
    item("2-2", "基幹業務システムの標準化", ["情報政策課"], schedule=years(2024, 2026)),
    item("2-3", "公用車予約システムの導入", ["管財課"], schedule=(2024,)),
    item("2-4", "ペーパーレス会議の推進", ["総務課", "議会事務局"], schedule=years(2024, 2027)),
]

PLANS: dict[str, tuple[str, list[dict[str, Any]]]] = {
    "haginodai_torikumi.xlsx": ("萩野台市", HAGINODAI),
    "matsukaze_kpi.csv": ("松風市", MATSUKAZE),
    "shirakaba_word_outline.txt": ("白樺町", SHIRAKABA),
    "kikyogahara_shinchoku_layout.txt": ("桔梗が原町", KIKYOGAHARA),
    "yukimi_mura_bullets.txt": ("雪見村", YUKIMI),
    "ichodai_kouteihyou.txt": ("銀杏台市", ICHODAI),
}


def document(name: str) -> bytes:
    """The file ``name`` as a user uploads it: the workbook built here, any other the bytes in this folder."""
    if name == "haginodai_torikumi.xlsx":
        return haginodai_xlsx()
    return (HERE / name).read_bytes()


def expected(name: str) -> dict[str, Any]:
    """The expected plan of document ``name`` in the form ``scoring.score`` takes."""
    return {"initiatives": PLANS[name][1]}
