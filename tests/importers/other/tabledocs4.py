"""A fourth batch of table-shaped plans no reader was written against (issue 8), in shapes the
first three batches (``tabledocs``, ``tabledocs3``, ``unseen``) do not have:

- 楓市: a 実施計画 — 事業費（千円） over three years and a 財源 column beside the KPI (the money is
  no indicator);
- 桐ヶ谷町: a header three rows deep (大項目 成果指標 / 年次計画, 中項目 現状値 / 目標値 / 前期 / 後期,
  then the years R5 / R7 / R9 and R6…R9) with merged cells, ● in the years;
- 緑山市: a workbook with one sheet per 部, the same columns on each, the 部 in the sheet's name;
- 松原町: a KPI list whose indicator and figures are in the row under the initiative
  (「指標：電子申請件数（件）」 in the title column);
- 朝日市: an evaluation table with 2023年度 / R6 / 令和6年度 headers mixed, 達成率 as % and a 評価
  column of ◎○△× with its legend below;
- 若松町: a CSV exported from a groupware — UTF-16 with a BOM, every cell quoted, レコード番号 and
  更新日時 columns, 担当部署 given with its 部 (「総務部 情報政策課」);
- 大森市: a wide table printed on A3 landscape (基本目標 and 施策 merged down, ● in R6…R10), read as
  PDF and through ``pdftotext`` with and without ``-layout``.

The municipalities are invented. ``DOCUMENTS4`` maps a name to (source, expected plan); the
expected plans (codes, 担当課, every KPI figure with its fiscal year, schedule years) were written
from the documents alone, before any reader was changed, and are scored with
``tests/importers/scoring.py``. A 担当課 given with its 部 (「総務部 情報政策課」) is the 課: the 部
is where it sits, not a second department reporting the progress.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

import openpyxl

from .tabledocs import TableDoc, to_csv, to_html, to_xlsx
from .tabledocs3 import Source, _text_number, item, kpi

# --- 楓市: 実施計画, 事業費（千円） per year and 財源 -------------------------------------------------

#: 番号, 事業名, 担当課, 事業費 R6 / R7 / R8 (千円), 財源, 指標, 現状値（R5）, 目標値（R8）
_KAEDE = [
    ["1", "電子申請システムの導入", "情報政策課", "12,500", "3,200", "3,200", "国庫補助金・一般財源", "電子申請できる手続数", "20手続", "150手続"],  # noqa: E501
    ["2", "窓口キャッシュレス決済の導入", "会計課", "4,800", "1,100", "1,100", "一般財源", "キャッシュレス対応窓口数", "0窓口", "10窓口"],  # noqa: E501
    ["3", "AI-OCR・RPAの導入", "行政改革課", "6,600", "6,600", "6,600", "デジタル田園都市国家構想交付金", "削減した作業時間", "500時間", "4,000時間"],  # noqa: E501
    ["4", "学校のICT環境整備", "教育総務課", "38,000", "9,500", "9,500", "地方債・一般財源", "大型提示装置の整備率", "40%", "100%"],  # noqa: E501
    ["5", "防災情報システムの更新", "危機管理課", "21,000", "2,400", "2,400", "緊急防災・減災事業債", "防災アプリの登録者数", "3,500人", "12,000人"],  # noqa: E501
    ["6", "公共施設予約のオンライン化", "生涯学習課", "2,900", "800", "800", "一般財源", "オンライン予約の割合", "15%", "60%"],  # noqa: E501
    ["7", "デジタル人材育成研修", "人事課", "1,500", "1,500", "1,500", "一般財源", "研修の受講者数", "60人", "300人"],  # noqa: E501
]  # fmt: skip


def kaede() -> TableDoc:
    header = [
        [
            "番号",
            "事業名",
            "担当課",
            "事業費（千円）",
            "",
            "",
            "財源",
            "指標",
            "現状値（R5）",
            "目標値（R8）",
        ],
        ["", "", "", "令和6年度", "令和7年度", "令和8年度", "", "", "", ""],
    ]
    merges = [(0, c, 1, c) for c in (0, 1, 2, 6, 7, 8, 9)] + [(0, 3, 0, 5)]
    return TableDoc(
        title=["楓市DX推進実施計画（令和6年度～令和8年度）"],
        grid=header + _KAEDE,
        merges=merges,
        notes=["※ 事業費は当初予算額（令和7年度以降は見込額）。財源の「・」は複数財源を示す。"],
        header_rows=2,
    )


KAEDE = {
    "initiatives": [
        item(
            row[0],
            row[1],
            [row[2]],
            [kpi(base=(2023, _text_number(row[8])), final=(2026, _text_number(row[9])))],
        )
        for row in _KAEDE
    ]
}


# --- 桐ヶ谷町: a header three rows deep, merged cells ------------------------------------------------

_KIRIGAYA_YEARS = (2024, 2025, 2026, 2027)
#: 番号, 取組, 担当課, 指標名, 現状値 R5, 目標値 R7, 目標値 R9, ● R6..R9
_KIRIGAYA = [
    ["1", "オンライン手続の拡大", "総務課", "オンライン化した手続数", "12", "40", "80", "●●●●"],
    ["2", "公金のキャッシュレス収納", "税務課、会計課", "キャッシュレス納付の割合（%）", "8", "20", "35", "●●●●"],
    ["3", "町ホームページの刷新", "企画課", "年間閲覧数（件）", "60,000", "75,000", "90,000", "●●  "],
    ["4", "庁内ネットワークの無線化", "総務課", "無線LANを整備した庁舎数", "1", "4", "6", " ●● "],
    ["5", "高齢者向けデジタル講座", "健康福祉課", "講座の受講者数（人）", "50", "150", "300", "●●●●"],
    ["6", "農地台帳のデジタル化", "産業振興課", "電子化した台帳の割合（%）", "0", "50", "100", "  ●●"],
]  # fmt: skip


def kirigaya() -> TableDoc:
    header = [
        ["番号", "取組", "担当課", "成果指標", "", "", "", "年次計画", "", "", ""],
        ["", "", "", "指標名", "現状値", "目標値", "", "前期", "", "後期", ""],
        ["", "", "", "", "R5", "R7", "R9", "R6", "R7", "R8", "R9"],
    ]
    merges = [(0, c, 2, c) for c in (0, 1, 2)] + [
        (0, 3, 0, 6),
        (0, 7, 0, 10),
        (1, 3, 2, 3),
        (1, 5, 1, 6),
        (1, 7, 1, 8),
        (1, 9, 1, 10),
    ]
    body = [[*row[:7], *(("●" if m == "●" else "") for m in row[7].ljust(4))] for row in _KIRIGAYA]
    return TableDoc(
        title=["桐ヶ谷町デジタル化推進計画 取組と成果指標（計画期間：令和6年度～令和9年度）"],
        grid=header + body,
        merges=merges,
        notes=["※ ●は取組を実施する年度。指標の単位は指標名の括弧内（記載のないものは件数）。"],
        header_rows=3,
    )


KIRIGAYA = {
    "initiatives": [
        item(
            row[0],
            row[1],
            row[2].split("、"),
            [
                kpi(
                    base=(2023, _text_number(row[4])),
                    final=(2027, _text_number(row[6])),
                    targets=((2025, _text_number(row[5])), (2027, _text_number(row[6]))),
                )
            ],
            schedule=tuple(fy for fy, m in zip(_KIRIGAYA_YEARS, row[7].ljust(4), strict=True) if m == "●"),
        )
        for row in _KIRIGAYA
    ]
}


# --- 緑山市: one sheet per 部 --------------------------------------------------------------------

_MIDORIYAMA_HEADER = ["事業番号", "取組名", "担当課", "指標", "基準値（R5）", "目標値（R10）", "R6実績"]
_MIDORIYAMA: dict[str, list[list[str]]] = {
    "総務部": [
        ["101", "電子決裁の全庁導入", "総務課", "電子決裁率", "35%", "95%", "52%"],
        ["102", "テレワーク環境の整備", "人事課", "テレワーク実施職員数", "20人", "400人", "136人"],
        ["103", "基幹業務システムの標準化", "情報政策課", "移行した業務数", "0業務", "20業務", "2業務"],
    ],
    "市民生活部": [
        ["201", "書かない窓口の導入", "市民課", "窓口で記入不要な手続数", "0手続", "40手続", "12手続"],
        ["202", "ごみ分別アプリの配信", "環境政策課", "アプリのダウンロード数", "0件", "15,000件", "6,240件"],
    ],
    "健康福祉部": [
        ["301", "健診予約のオンライン化", "健康推進課", "オンライン予約の割合", "10%", "70%", "31%"],
        ["302", "介護認定事務へのAI活用", "介護保険課", "認定事務の処理日数", "38日", "30日", "35日"],
        ["303", "子育て手続の電子化", "こども家庭課", "電子申請できる子育て手続数", "5手続", "30手続", "14手続"],
    ],
    "教育委員会": [
        ["401", "校務支援システムの導入", "学校教育課", "校務システムを使う学校の割合", "0%", "100%", "45%"],
    ],
}  # fmt: skip


def midoriyama_xlsx() -> bytes:
    """緑山市's 進捗状況: the same columns on each 部's sheet, a title naming the 部 above each table."""
    book = openpyxl.Workbook()
    book.remove(book.active)
    for division, rows in _MIDORIYAMA.items():
        sheet = book.create_sheet(division)
        sheet.append([f"緑山市DX推進計画（令和6年度～令和10年度） 進捗状況【{division}】"])
        sheet.append([f"所管部：{division}　作成日：令和7年5月15日"])
        sheet.append([])
        sheet.append(_MIDORIYAMA_HEADER)
        for row in rows:
            sheet.append(row)
        sheet.append([])
        sheet.append(["※ 実績は令和6年度末時点。"])
        sheet.column_dimensions["B"].width = 30
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


MIDORIYAMA = {
    "initiatives": [
        item(
            row[0],
            row[1],
            [row[2]],
            [
                kpi(
                    base=(2023, _text_number(row[4])),
                    final=(2028, _text_number(row[5])),
                    actuals=((2024, _text_number(row[6])),),
                )
            ],
        )
        for rows in _MIDORIYAMA.values()
        for row in rows
    ]
}


# --- 松原町: the indicator in the row under its initiative ---------------------------------------

#: an initiative (番号, 取組, 担当課) and its indicators (指標名, 基準値, 目標値, R6実績, 評価)
_MATSUBARA: list[tuple[str, str, str, list[tuple[str, str, str, str, str]]]] = [
    ("1", "電子申請の拡充", "総務課", [("電子申請件数（件）", "1,200", "5,000", "2,310", "○")]),
    (
        "2",
        "コンビニ交付の推進",
        "住民課",
        [
            ("コンビニ交付の件数（件）", "900", "3,000", "1,640", "○"),
            ("証明書交付に占める割合（%）", "6.5", "25.0", "11.8", "△"),
        ],
    ),
    ("3", "町税のスマホ決済", "税務課、会計課", [("スマホ決済の件数（件）", "2,400", "8,000", "5,120", "◎")]),
    ("4", "議会のペーパーレス化", "議会事務局", [("紙で配る資料の枚数（千枚）", "180", "30", "95", "○")]),
    ("5", "ドローンによる農地調査", "農林課", [("ドローンで調査した面積（ha）", "0", "400", "120", "△")]),
    (
        "6",
        "移住相談のオンライン化",
        "企画課",
        [
            ("オンライン相談の件数（件）", "15", "120", "64", "○"),
            ("相談からの移住者数（人）", "3", "20", "9", "△"),
        ],
    ),
]


def matsubara() -> TableDoc:
    header = ["番号", "取組／成果指標", "担当課", "基準値（R5）", "目標値（R9）", "R6実績", "評価"]
    grid = [header]
    for number, title, departments, indicators in _MATSUBARA:
        grid.append([number, title, departments, "", "", "", ""])
        for name, base, target, actual, grade in indicators:
            grid.append(["", f"指標：{name}", "", base, target, actual, grade])
    return TableDoc(
        title=["松原町DX推進計画 成果指標の進捗（令和6年度実績）"],
        grid=grid,
        notes=["評価　◎：目標を上回る　○：順調　△：遅れ　×：未着手"],
    )


MATSUBARA = {
    "initiatives": [
        item(
            number,
            title,
            departments.split("、"),
            [
                kpi(
                    base=(2023, _text_number(base)),
                    final=(2027, _text_number(target)),
                    actuals=((2024, _text_number(actual)),),
                )
                for _, base, target, actual, _ in indicators
            ],
        )
        for number, title, departments, indicators in _MATSUBARA
    ]
}


# --- 朝日市: 令和 / R / 西暦 mixed, 達成率 %, 評価 ◎○△× ------------------------------------------

#: No., 取組名, 担当課, 評価指標, 基準 2023, R6目標, 令和6年度実績, 達成率, 評価, 2027年度目標
_ASAHI = [
    ["1", "マイナンバーカードの利活用", "市民課", "カードで申請できる手続数", "10", "25", "27", "108.0%", "◎", "60"],
    ["2", "電子申請の利用促進", "デジタル推進課", "電子申請の利用件数", "4,500", "8,000", "7,120", "89.0%", "○", "15,000"],  # noqa: E501
    ["3", "窓口の待ち時間短縮", "市民課", "平均待ち時間（分）", "30", "25", "27", "92.6%", "○", "15"],
    ["4", "RPAによる定型業務の自動化", "行政管理課", "RPAで削減した時間", "800", "1,500", "960", "64.0%", "△", "4,000"],  # noqa: E501
    ["5", "オープンデータの公開", "デジタル推進課", "公開したデータセット数", "25", "50", "18", "36.0%", "×", "120"],  # noqa: E501
    ["6", "GIGAスクール端末の持ち帰り", "学校教育課", "持ち帰り学習を行う学校数", "4", "10", "12", "120.0%", "◎", "18"],  # noqa: E501
    ["7", "観光Wi-Fiの整備", "観光課", "Wi-Fiの接続回数", "12,000", "20,000", "17,400", "87.0%", "○", "40,000"],  # noqa: E501
]  # fmt: skip


def asahi() -> TableDoc:
    header = [
        "No.",
        "取組名",
        "担当課",
        "評価指標",
        "2023年度（基準）",
        "R6目標",
        "令和6年度実績",
        "達成率",
        "評価",
        "2027年度目標",
    ]
    return TableDoc(
        title=["朝日市DX推進計画（2024～2027年度） 令和6年度 取組評価表"],
        grid=[header, *_ASAHI],
        notes=[
            "評価　◎：達成率100%以上　○：80%以上100%未満　△：50%以上80%未満　×：50%未満",
            "※ 達成率＝実績÷目標（待ち時間は目標÷実績）",
        ],
    )


ASAHI = {
    "initiatives": [
        item(
            row[0],
            row[1],
            [row[2]],
            [
                kpi(
                    base=(2023, _text_number(row[4])),
                    final=(2027, _text_number(row[9])),
                    targets=((2024, _text_number(row[5])), (2027, _text_number(row[9]))),
                    actuals=((2024, _text_number(row[6])),),
                )
            ],
        )
        for row in _ASAHI
    ]
}


# --- 若松町: a groupware's CSV, UTF-16, every cell quoted, 担当部署 with its 部 -------------------

_WAKAMATSU_HEADER = [
    "レコード番号",
    "取組番号",
    "取組名",
    "担当部署",
    "指標名",
    "基準値",
    "目標値",
    "目標年度",
    "実績値（令和6年度）",
    "ステータス",
    "コメント",
    "作成者",
    "更新日時",
]
_WAKAMATSU = [
    ["58", "1-1", "行政手続のオンライン化", "総務部 情報政策課", "オンライン化した手続数", "35", "200", "令和10年度", "96", "進行中", "子育て・介護の手続を優先して拡大\n（国の標準様式に対応）", "情報政策課 佐藤", "2025/04/18 17:32"],  # noqa: E501
    ["61", "1-2", "窓口のキャッシュレス化", "総務部 会計課", "対応窓口数", "2", "15", "令和10年度", "7", "進行中", "", "会計課 鈴木", "2025/04/21 9:05"],  # noqa: E501
    ["63", "1-3", "マイナンバーカードの普及促進", "町民生活部 町民課", "カードの交付率（%）", "72.5", "95", "令和10年度", "81.3", "進行中", "休日窓口を月2回開設", "町民課 田中", "2025/04/22 13:47"],  # noqa: E501
    ["70", "2-1", "庁内業務へのAI活用", "総務部 情報政策課、総務部 総務課", "AIを活用した業務数", "0", "30", "令和10年度", "8", "進行中", "", "情報政策課 佐藤", "2025/04/25 10:11"],  # noqa: E501
    ["72", "2-2", "電子契約の導入", "総務部 契約管財課", "電子契約の件数", "0", "300", "令和9年度", "45", "試行中", "令和7年度から本格運用", "契約管財課 高橋", "2025/04/25 16:40"],  # noqa: E501
    ["75", "3-1", "地域の見守りへのIoT活用", "福祉部 高齢介護課", "見守りセンサーの設置世帯数", "0", "150", "令和10年度", "40", "進行中", "", "高齢介護課 伊藤", "2025/05/01 11:20"],  # noqa: E501
    ["77", "3-2", "防災情報のプッシュ配信", "総務部 危機管理室", "防災アプリの登録者数", "1,800", "6,000", "令和10年度", "3,350", "進行中", "", "危機管理室 渡辺", "2025/05/02 8:58"],  # noqa: E501
]  # fmt: skip


def wakamatsu_csv() -> bytes:
    """A groupware's export: UTF-16 (little-endian, BOM), every cell quoted, CRLF, a line break
    kept inside a quoted cell."""
    lines = [
        ",".join('"' + c.replace('"', '""') + '"' for c in row) for row in [_WAKAMATSU_HEADER, *_WAKAMATSU]
    ]
    return ("\r\n".join(lines) + "\r\n").encode("utf-16")


def _reiwa(text: str) -> int:
    return 2018 + int(text.removeprefix("令和").removesuffix("年度"))


WAKAMATSU = {
    "initiatives": [
        item(
            row[1],
            row[2],
            [name.split(" ")[-1] for name in row[3].split("、")],
            [
                kpi(
                    base=None,
                    final=(_reiwa(row[7]), _text_number(row[6])),
                    actuals=((2024, _text_number(row[8])),),
                    year_column=False,
                )
                | {"baseline": {"fy": None, "value": _text_number(row[5])}}
            ],
        )
        for row in _WAKAMATSU
    ]
}


# --- 大森市: a wide table on A3 landscape ----------------------------------------------------------

_OMORI_YEARS = (2024, 2025, 2026, 2027, 2028)
#: 基本目標, 施策, 番号, 取組名, 取組内容, 担当課, 指標, 現状値（R5）, 目標値（R10）, marks R6..R10
_OMORI = [
    ["1 便利で身近な市役所", "(1) 行政手続のデジタル化", "1-1-1", "電子申請の拡充", "子育て・介護・税の手続から順に、スマートフォンで申請できる手続を増やす。", "総務部 情報政策課", "電子申請できる手続数", "60手続", "300手続", "●●●●●"],  # noqa: E501
    ["", "", "1-1-2", "書かない窓口の導入", "マイナンバーカードの情報を読み取り、申請書を窓口で作成する。", "市民部 市民課", "記入不要な手続数", "0手続", "50手続", " ●●●●"],  # noqa: E501
    ["", "(2) 情報発信の充実", "1-2-1", "市公式アプリの導入", "ごみ・子育て・防災の情報を利用者に合わせて届ける。", "企画部 広報課", "アプリの登録者数", "0人", "30,000人", "●●●  "],  # noqa: E501
    ["2 効率的で持続可能な行政", "(1) 業務の効率化", "2-1-1", "生成AIの業務活用", "文書作成や議事録の要約に生成AIを使い、職員の作業時間を減らす。", "総務部 情報政策課", "削減した作業時間", "0時間", "10,000時間", "●●●●●"],  # noqa: E501
    ["", "", "2-1-2", "電子決裁の徹底", "紙の決裁を原則廃止し、文書管理システムで決裁する。", "総務部 総務課", "電子決裁率", "48%", "98%", "●●●  "],  # noqa: E501
    ["", "(2) 情報システムの最適化", "2-2-1", "ガバメントクラウドへの移行", "基幹業務システムを標準準拠システムに移し、運用経費を抑える。", "総務部 情報政策課、財務部 財政課", "移行した業務数", "0業務", "20業務", "●●   "],  # noqa: E501
    ["3 誰もがデジタルの恩恵を受けられるまち", "(1) デジタルデバイド対策", "3-1-1", "スマホ相談窓口の開設", "市役所と支所に常設の相談窓口を設け、操作の相談に応じる。", "福祉部 高齢福祉課", "相談件数", "300件", "2,000件", "●●●●●"],  # noqa: E501
    ["", "(2) 地域のデジタル化", "3-2-1", "中小企業のDX支援", "専門家の派遣とIT導入の補助で、市内事業者のデジタル化を支える。", "産業部 商工振興課", "支援した事業者数", "12社", "150社", "●●●●●"],  # noqa: E501
]  # fmt: skip


def omori() -> TableDoc:
    header = [
        "基本目標",
        "施策",
        "番号",
        "取組名",
        "取組内容",
        "担当課",
        "指標",
        "現状値（R5）",
        "目標値（R10）",
        "R6",
        "R7",
        "R8",
        "R9",
        "R10",
    ]  # noqa: E501
    body = [[*row[:9], *(("●" if m == "●" else "") for m in row[9].ljust(5))] for row in _OMORI]
    merges = [(1, 0, 3, 0), (4, 0, 6, 0), (7, 0, 8, 0), (1, 1, 2, 1), (4, 1, 5, 1)]
    return TableDoc(
        title=["大森市DX推進計画（令和6年度～令和10年度） 施策・取組一覧"],
        grid=[header, *body],
        merges=merges,
        notes=["※ ●は取組を実施する年度。担当課は令和6年4月1日現在の組織による。"],
    )


OMORI = {
    "initiatives": [
        item(
            row[2],
            row[3],
            [name.split(" ")[-1] for name in row[5].split("、")],
            [kpi(base=(2023, _text_number(row[7])), final=(2028, _text_number(row[8])))],
            schedule=tuple(fy for fy, m in zip(_OMORI_YEARS, row[9].ljust(5), strict=True) if m == "●"),
        )
        for row in _OMORI
    ]
}


def omori_html() -> str:
    """The table as the office laid it out for A3 landscape: fixed column widths (the codes and
    figures on one line, 基本目標 / 施策 / 取組内容 wrapping), 基本目標 and 施策 merged down."""
    page = to_html(omori(), paper="A3", running_header=omori().title[0][:12])
    widths = ["38mm", "36mm", "15mm", "42mm", "95mm", "34mm", "38mm", "20mm", "22mm"] + ["9mm"] * 5
    cols = "".join(f'<col style="width:{w}">' for w in widths)
    return page.replace("<table>", f"<table style='table-layout: fixed'><colgroup>{cols}</colgroup>", 1)


def omori_pdf() -> Path:
    from ..samplepdf import print_html

    return print_html(omori_html(), "table4-omori")


# --- every document in the files a plan office hands over ------------------------------------------


def _printed(doc: TableDoc, key: str, paper: str = "A4") -> Path:
    from ..samplepdf import print_html

    return print_html(to_html(doc, paper=paper, running_header=doc.title[0][:12]), f"table4-{key}")


def _text(pdf: Callable[[], Path], layout: bool) -> bytes:
    from ..samplepdf import pdftotext

    return pdftotext(pdf(), layout=layout).encode()


def _paged(doc: TableDoc, key: str) -> Path:
    """A5 with tall rows: over several pages, the header rows printed again on each."""
    from ..samplepdf import print_html

    page = to_html(doc, paper="A5", running_header=doc.title[0][:12], row_pt=14)
    return print_html(page, f"table4-{key}-paged")


def _printings(
    key: str, make: Callable[[], TableDoc], filename: str, expected: dict[str, Any], paper: str = "A4"
) -> dict[str, tuple[Source, dict[str, Any]]]:
    """The table printed by Chromium, read as PDF, as ``pdftotext`` gives it with and without
    ``-layout``, as pdfplumber's and as pdfminer's text (a viewer's copy: a table's cells one by
    one); and printed on A5 over several pages, as PDF and through ``-layout``."""

    def pdf() -> Path:
        return _printed(make(), key, paper)

    def paged() -> Path:
        return _paged(make(), key)

    return {
        f"{key}-pdf": (lambda: (pdf(), f"{filename}.pdf"), expected),
        f"{key}-pdftotext-layout": (lambda: (_text(pdf, True), f"{filename}.txt"), expected),
        f"{key}-pdftotext": (lambda: (_text(pdf, False), f"{filename}.txt"), expected),
        f"{key}-pdfplumber": (lambda: (_extracted(pdf, "pdfplumber"), f"{filename}.txt"), expected),
        f"{key}-pdfminer": (lambda: (_viewer(pdf, "pdfminer"), f"{filename}.txt"), expected),
        f"{key}-paged-pdf": (lambda: (paged(), f"{filename}.pdf"), expected),
        f"{key}-paged-pdftotext-layout": (lambda: (_text(paged, True), f"{filename}.txt"), expected),
    }


def _extracted(pdf: Callable[[], Path], extractor: str) -> bytes:
    from ..samplepdf import extract

    return extract(pdf(), extractor).encode()


def _viewer(pdf: Callable[[], Path], extractor: str) -> bytes:
    from ..samplepdf import viewer_text

    return viewer_text(pdf(), extractor).encode()


def _calc(make: Callable[[], bytes], key: str, ruled: bool = True, centred: bool = False) -> Path:
    """The workbook as LibreOffice Calc prints it (``tabledocs.calc_print``), ruled or not,
    cached by its contents."""
    from .tabledocs import calc_print

    return calc_print(make, key, ruled=ruled, centred=centred)


def _calc_printings(
    key: str, make: Callable[[], bytes], filename: str, expected: dict[str, Any]
) -> dict[str, tuple[Source, dict[str, Any]]]:
    """The workbook printed by LibreOffice Calc, read as PDF and through ``pdftotext -layout``."""
    return {
        f"{key}-calc-pdf": (lambda: (_calc(make, key), f"{filename}.pdf"), expected),
        f"{key}-calc-pdftotext-layout": (
            lambda: (_text(lambda: _calc(make, key), True), f"{filename}.txt"),
            expected,
        ),
    }


DOCUMENTS4: dict[str, tuple[Source, dict[str, Any]]] = {
    "kaede-xlsx": (lambda: (to_xlsx(kaede()), "実施計画.xlsx"), KAEDE),
    "kaede-csv": (lambda: (to_csv(kaede(), encoding="cp932"), "実施計画.csv"), KAEDE),
    "kirigaya-xlsx": (lambda: (to_xlsx(kirigaya()), "取組と成果指標.xlsx"), KIRIGAYA),
    "kirigaya-csv": (lambda: (to_csv(kirigaya()), "取組と成果指標.csv"), KIRIGAYA),
    "midoriyama-xlsx": (lambda: (midoriyama_xlsx(), "進捗状況（部別）.xlsx"), MIDORIYAMA),
    "matsubara-xlsx": (lambda: (to_xlsx(matsubara()), "成果指標.xlsx"), MATSUBARA),
    "matsubara-csv": (lambda: (to_csv(matsubara()), "成果指標.csv"), MATSUBARA),
    "asahi-xlsx": (lambda: (to_xlsx(asahi()), "取組評価表.xlsx"), ASAHI),
    "asahi-csv": (lambda: (to_csv(asahi(), encoding="cp932"), "取組評価表.csv"), ASAHI),
    "wakamatsu-csv": (lambda: (wakamatsu_csv(), "DX取組管理_20250502.csv"), WAKAMATSU),
    "omori-xlsx": (lambda: (to_xlsx(omori()), "施策・取組一覧.xlsx"), OMORI),
    **_printings("kaede", kaede, "実施計画", KAEDE),
    **_printings("kirigaya", kirigaya, "取組と成果指標", KIRIGAYA),
    **_printings("matsubara", matsubara, "成果指標", MATSUBARA),
    **_printings("asahi", asahi, "取組評価表", ASAHI),
    "omori-pdf": (lambda: (omori_pdf(), "施策・取組一覧.pdf"), OMORI),
    "omori-pdftotext-layout": (lambda: (_text(omori_pdf, True), "施策・取組一覧.txt"), OMORI),
    "omori-pdftotext": (lambda: (_text(omori_pdf, False), "施策・取組一覧.txt"), OMORI),
    "omori-pdfplumber": (lambda: (_extracted(omori_pdf, "pdfplumber"), "施策・取組一覧.txt"), OMORI),
    "omori-pdfminer": (lambda: (_extracted(omori_pdf, "pdfminer"), "施策・取組一覧.txt"), OMORI),
    **_calc_printings("midoriyama", midoriyama_xlsx, "進捗状況（部別）", MIDORIYAMA),
    "midoriyama-calc-unruled-pdf": (
        lambda: (_calc(midoriyama_xlsx, "midoriyama", ruled=False), "進捗状況（部別）.pdf"),
        MIDORIYAMA,
    ),
    "midoriyama-calc-centred-pdf": (
        lambda: (_calc(midoriyama_xlsx, "midoriyama", ruled=False, centred=True), "進捗状況（部別）.pdf"),
        MIDORIYAMA,
    ),
    **_calc_printings("kirigaya", lambda: to_xlsx(kirigaya()), "取組と成果指標", KIRIGAYA),
    **_calc_printings("matsubara", lambda: to_xlsx(matsubara()), "成果指標", MATSUBARA),
}
