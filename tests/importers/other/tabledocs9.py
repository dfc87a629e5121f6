"""A ninth batch of table-shaped plans no reader was written against: the commonest shapes, as municipalities
publish them on their sites, seven documents written without looking at the readers:

- 白鳥台市: a 進捗状況一覧 workbook — each 取組 two or three KPI rows, 番号 / 取組名 / 担当課 and the long
  「課題・今後の方向性」 merged down them; 指標 / 単位 / 基準値（R5） / R6目標 / R6実績 / 達成率 (a fraction shown
  as a percent) / 評価 A–D; the header row pasted again above the 取組 that starts each printed page (the
  person copied it there by hand, no print titles); 「－」 for an actual not yet counted; the legend below;
- 水無瀬市: a KPI list exported from a 庁内 system as CSV — UTF-8 with a BOM, every cell quoted, CRLF, column
  names half English 「SEQ」「PLAN_CODE」「KPI_NAME」「BASE_VALUE」「BASE_FY」「TARGET_R9」「ACTUAL_R6」「GRADE」
  「UPDATED_AT」 and half Japanese 「取組項目」「単位」「進捗状況」, codes 「DX-01-02」, a 取組 of two KPI repeated
  on both rows, a 取組 without a KPI, an actual left empty, 担当課 「市民課／税務課」;
- 朝倉野町: a 工程表 — years R6…R10 merged over 「上期」「下期」 (a header two rows deep), cells 「●」「○」「→」
  「━」 and phases as text merged over several halves, rows of 基本方針 across the table, 担当課 at the far
  right, the legend and a note on the halves under the table;
- 杜若市: a 事業一覧 — 事業番号 as numbers (101, 102 …), 事業費（千円） merged over R6予算 / R7見込 / R8見込 /
  合計 (a SUM formula, its value cached), a 財源 column, a 合計 row; the KPI on a second sheet 「成果指標」
  keyed by 事業番号 (two for one 事業, none for another, not in the first sheet's order);
- 蓬莱野村: the plan typed as an outline in a sheet — 基本目標 in column A, 施策 in B, 取組 in C, 担当課 in D and
  the indicator in E on the 取組's row 「電子申請できる手続数　5件（R6）→40件（R11）」, a second indicator on the
  next row in E alone, 取組 without an indicator;
- 葵台市: open data — a CSV one row per indicator, year and kind (地方公共団体名, 取組番号, 取組名, 担当課, 指標名,
  年度, 区分 目標/実績, 値, 単位), Western years, the 2023 actual before the targets, an actual left empty;
- 雲母町: the hard one — a header in two languages, each label typed with Alt+Enter over its English
  (「取組名\\nInitiative」), 事業費 merged over 「2024年度\\nFY2024」…, 開始 / 終了 typed as dates (2025/1/15 is
  FY2024, 2027/3/31 FY2026, 終了 「継続」), 基本目標 rows across the table, a 「小計」 row of SUM formulas under
  each 基本目標 and a 「合計 / Total」 row at the end.

The municipalities are invented. ``PLANS[name]`` is (municipality, file name, document builder, expected
initiatives); the expected plans state what each document states, by the conventions of the batches before
(``tabledocs3.kpi``, ``unseen.ASAGIRI``): a figure column headed with its year is that year's target and, for
the plan's last year, the final target too (a R6目標 column in a plan to R10 is no final target); a target
whose year is in the cell (「40件（R11）」) is the final target alone; a 実績 column its year's actual (in long
open data, a 実績 of 2023 is that year's actual, not a baseline; the last year's target is the final one); a
達成率 or 評価 is no figure of an indicator; 「－」 or an empty cell no value; 「・」「、」「／」「,」 between two 課
make two; an outline's 取組 ① under （1） under 基本目標1 is 1-1-1; a 工程表's marked or covered half-year
cell is that half (上期 1, 下期 2); a 開始 / 終了 date pair is every fiscal year from the one the start falls
in to the one the end falls in (April to March), 「継続」 to the plan's last year. ``document(name)`` is
(bytes, file name) as uploaded, ``expected(name)`` the plan it states.
"""

from __future__ import annotations

import csv
import datetime
import io
from typing import Any

from openpyxl.styles import Alignment
from openpyxl.utils import get_column_letter

from ..unseen_harness import Sheets, fiscal_year, new_book, save, stated, uploaded
from .tabledocs3 import item, kpi
from .tabledocs7 import _with_cached_values

# --- 白鳥台市: 進捗状況一覧, KPI rows merged under their 取組, the header pasted again a page ----------------------

#: 番号, 取組名, 担当課, 課題・今後の方向性, [(指標, 単位, 基準値 R5, R6目標, R6実績 or 「－」, 評価)]
_SHIRATORIDAI: list[tuple[str, str, str, str, list[tuple[str, str, float, float, Any, str]]]] = [
    ("1", "電子申請の拡充", "情報政策課",
     "利用件数は伸びているが、子育て関係以外の手続の利用が少ない。\nR7は税・福祉の手続を中心に対象を広げ、広報紙とLINEで周知する。",  # noqa: E501
     [("オンライン申請できる手続数", "手続", 85, 120, 131, "A"),
      ("オンライン申請の利用件数", "件", 12400, 18000, 16950, "B"),
      ("電子申請の利用者満足度", "%", 72.0, 75, 78.4, "A")]),
    ("2", "書かない窓口の導入", "市民課、情報政策課",
     "R6.10に本庁で稼働した。支所への展開は回線の整備を待ってR8とする。",
     [("窓口支援システムで受け付けた手続数", "手続", 0, 10, 12, "A"),
      ("窓口での平均待ち時間", "分", 25, 20, 22, "B")]),
    ("3", "キャッシュレス決済の推進", "会計課",
     "対応窓口は整ったが、利用の割合が伸びていない。窓口での案内表示を見直す。",
     [("キャッシュレス対応窓口数", "窓口", 3, 10, 10, "A"),
      ("窓口手数料のキャッシュレス決済の割合", "%", 5.2, 15, 11.8, "C")]),
    ("4", "マイナンバーカードの利活用", "市民課",
     "交付率は目標に近づいている。カードで使えるサービスを増やすことが課題。",
     [("マイナンバーカード交付率", "%", 74.5, 80, 79.1, "B"),
      ("証明書のコンビニ交付の利用率", "%", 18.0, 25, 23.6, "B")]),
    ("5", "基幹業務システムの標準化", "情報政策課",
     "事業者の作業が遅れ、2業務の移行がR7にずれ込んだ。国の期限（R7年度末）までの移行を最優先とする。",
     [("標準準拠システムへ移行した業務数", "業務", 0, 8, 6, "C"),
      ("ガバメントクラウドへ移行したシステム数", "システム", 0, 5, 4, "C")]),
    ("6", "RPA・AI-OCRの活用", "行政改革課",
     "RPAは各課からの提案が増え、目標を上回った。AI-OCRの帳票数はR7.5に集計する。\n"
     "今後は、効果の大きい業務から順にシナリオを作り直し、保守の負担を減らす。",
     [("RPAを導入した業務数", "業務", 18, 30, 34, "A"),
      ("自動化で削減した作業時間", "時間", 2600, 4000, 4420, "A"),
      ("AI-OCRで読み取った帳票数", "枚", 15000, 30000, "－", "D")]),
    ("7", "テレワーク・Web会議の推進", "人事課、総務課",
     "テレワークは一部の課に偏っている。R7に在宅勤務の要綱を改め、対象を全職員に広げる。",
     [("テレワークを実施した職員数", "人", 45, 120, 98, "C"),
      ("Web会議の開催回数", "回", 620, 900, 1045, "A")]),
    ("8", "スマホ教室の開催", "高齢福祉課",
     "地区公民館での開催は好評。受講者の固定化が見られるため、初めての人向けの回を設ける。",
     [("スマホ教室の開催回数", "回", 24, 36, 36, "A"),
      ("スマホ教室の受講者数（延べ）", "人", 310, 450, 402, "B")]),
    ("9", "オープンデータの推進", "情報政策課",
     "公開数は目標を上回った。利用の少ないデータは形式を見直す。",
     [("公開データセット数", "件", 42, 60, 63, "A"),
      ("オープンデータのダウンロード件数", "件", 5800, 8000, 7240, "B")]),
    ("10", "GIGAスクール端末の活用", "学校教育課",
     "授業での活用は進んだ。家庭での学習への活用と、教員研修の充実が課題。",
     [("授業で端末を毎日活用する学級の割合", "%", 62, 75, 81.5, "A"),
      ("端末を家庭に持ち帰って学習した児童生徒の割合", "%", 35, 50, 47.2, "B"),
      ("ICT活用指導力に肯定的に回答した教員の割合", "%", 70.4, 75, 74.8, "B")]),
]  # fmt: skip

SHIRATORIDAI_TITLE = "白鳥台市DX推進計画（令和6年度～令和10年度）　進捗状況一覧（令和6年度実績）"
SHIRATORIDAI_HEADER = [
    "番号",
    "取組名",
    "担当課",
    "指標",
    "単位",
    "基準値（R5）",
    "R6目標",
    "R6実績",
    "達成率",
    "評価",
    "課題・今後の方向性",
]
SHIRATORIDAI_LEGEND = (
    "評価　A：目標を達成　B：概ね順調（達成率80%以上）　C：遅れている（80%未満）　D：評価できない"
)
#: rows a printed page holds: the header is pasted again above the 取組 that would run over a page
_SHIRATORIDAI_PAGE = 9

#: 取組 whose indicator falls lower (smaller is better): its 達成率 is 目標 ÷ 実績
_SHIRATORIDAI_LOWER = {"窓口での平均待ち時間"}


def shiratoridai_xlsx() -> bytes:
    """Sheet 「進捗状況一覧」: the title, 「令和7年5月31日現在」 at the right, the header, then the 取組, the
    header pasted again above the 取組 that would cross a page of nine rows, an empty row and the legend."""
    book, sheet = new_book("進捗状況一覧")
    sheet.append([SHIRATORIDAI_TITLE])
    sheet.append([None] * 10 + ["令和7年5月31日現在"])
    sheet.append(SHIRATORIDAI_HEADER)
    since_header = 0
    for code, title, departments, issues, indicators in _SHIRATORIDAI:
        if since_header + len(indicators) > _SHIRATORIDAI_PAGE:
            sheet.append(list(SHIRATORIDAI_HEADER))  # pasted by hand
            since_header = 0
        top = sheet.max_row + 1
        for index, (name, unit, base, target, actual, grade) in enumerate(indicators):
            head = [code, title, departments] if index == 0 else [None, None, None]
            if isinstance(actual, str):
                rate: Any = "－"
            elif name in _SHIRATORIDAI_LOWER:
                rate = round(target / actual, 3)
            else:
                rate = round(actual / target, 3) if target else "－"
            tail = issues if index == 0 else None
            sheet.append([*head, name, unit, base, target, actual, rate, grade, tail])
            line = sheet.max_row
            for column in (6, 7, 8):
                value = sheet.cell(line, column).value
                sheet.cell(line, column).number_format = "#,##0.0" if isinstance(value, float) else "#,##0"
            sheet.cell(line, 9).number_format = "0.0%"
            sheet.cell(line, 11).alignment = Alignment(wrap_text=True, vertical="top")
        since_header += len(indicators)
        if len(indicators) > 1:
            for column in "ABCK":
                sheet.merge_cells(f"{column}{top}:{column}{sheet.max_row}")
                sheet[f"{column}{top}"].alignment = Alignment(vertical="center", wrap_text=column == "K")
    sheet.append([])
    sheet.append([SHIRATORIDAI_LEGEND])
    for column, width in zip("BCDK", (24, 18, 34, 50), strict=True):
        sheet.column_dimensions[column].width = width
    return save(book)


def _shiratoridai() -> list[dict[str, Any]]:
    return [
        item(
            code,
            title,
            departments.split("、"),
            [
                kpi(
                    (2023, base),
                    None,
                    targets=((2024, target),),
                    actuals=((2024, actual),) if not isinstance(actual, str) else (),
                )
                for _, _, base, target, actual, _ in indicators
            ],
        )
        for code, title, departments, _, indicators in _SHIRATORIDAI
    ]


# --- 水無瀬市: a KPI list exported from a 庁内 system, column names half English -------------------------------

MINASE_HEADER = [
    "SEQ",
    "PLAN_CODE",
    "取組項目",
    "DEPT_NAME",
    "KPI_NAME",
    "単位",
    "BASE_VALUE",
    "BASE_FY",
    "TARGET_R9",
    "ACTUAL_R6",
    "GRADE",
    "進捗状況",
    "UPDATED_AT",
]
#: PLAN_CODE, 取組項目, DEPT_NAME, KPI_NAME (「」 none), 単位, BASE_VALUE, BASE_FY, TARGET_R9, ACTUAL_R6 (「」 not
#: yet), GRADE, 進捗状況, UPDATED_AT
_MINASE: list[tuple[str, ...]] = [
    ("DX-01-01", "行政手続のオンライン化", "デジタル推進課", "オンライン申請可能な手続数", "手続", "120", "2023", "350", "168", "A", "実施中", "2025/04/15 10:23:11"),  # noqa: E501
    ("DX-01-01", "行政手続のオンライン化", "デジタル推進課", "オンライン申請率", "%", "14.20", "2023", "40.00", "19.80", "B", "実施中", "2025/04/15 10:23:11"),  # noqa: E501
    ("DX-01-02", "窓口予約・キャッシュレス決済の導入", "市民課／税務課", "キャッシュレス対応窓口数", "窓口", "0", "2023", "12", "7", "B", "実施中", "2025/04/14 16:02:45"),  # noqa: E501
    ("DX-01-03", "証明書のコンビニ交付の拡大", "市民課", "コンビニ交付率", "%", "22.50", "2023", "40.00", "", "D", "実施中", "2025/04/10 09:12:30"),  # noqa: E501
    ("DX-02-01", "基幹業務システムの標準化", "デジタル推進課", "標準準拠システムへ移行した業務数", "業務", "0", "2023", "20", "5", "C", "実施中", "2025/04/16 13:40:02"),  # noqa: E501
    ("DX-02-02", "文書の電子化と電子決裁", "総務課", "電子決裁率", "%", "38.00", "2023", "95.00", "61.30", "B", "実施中", "2025/04/11 11:05:59"),  # noqa: E501
    ("DX-02-03", "庁内情報システムの最適化", "デジタル推進課", "", "", "", "", "", "", "", "検討中", "2025/04/16 13:41:20"),  # noqa: E501
    ("DX-02-04", "生成AIの業務利用", "デジタル推進課", "生成AIを利用した職員数", "人", "0", "2023", "600", "214", "A", "実施中", "2025/04/16 13:42:08"),  # noqa: E501
    ("DX-03-01", "デジタルデバイド対策", "長寿支援課", "スマホ講座の受講者数（延べ）", "人", "260", "2023", "1500", "410", "B", "実施中", "2025/04/09 15:30:00"),  # noqa: E501
    ("DX-03-01", "デジタルデバイド対策", "長寿支援課", "デジタル活用支援員の人数", "人", "4", "2023", "20", "9", "B", "実施中", "2025/04/09 15:30:00"),  # noqa: E501
    ("DX-03-02", "地域のキャッシュレス化支援", "商工観光課", "キャッシュレス決済を導入した店舗数", "店舗", "85", "2023", "300", "142", "A", "完了", "2025/04/08 10:00:00"),  # noqa: E501
]  # fmt: skip


def minase_csv() -> bytes:
    """As the system writes it: UTF-8 with a BOM, CRLF, every cell quoted, the header then one row a KPI."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n", quoting=csv.QUOTE_ALL)
    writer.writerow(MINASE_HEADER)
    for seq, row in enumerate(_MINASE, start=1):
        writer.writerow([str(seq), *row])
    return buffer.getvalue().encode("utf-8-sig")


def _minase() -> list[dict[str, Any]]:
    items: dict[str, dict[str, Any]] = {}
    for code, title, departments, name, _, base, base_fy, target, actual, *_ in _MINASE:
        if code not in items:
            items[code] = item(code, title, departments.split("／"), [])
        if name:
            items[code]["indicators"].append(
                kpi(
                    (int(base_fy), _figure(base)),
                    (2027, _figure(target)),
                    actuals=((2024, _figure(actual)),) if actual else (),
                )
            )
    return list(items.values())


def _figure(text: str) -> float:
    value = float(text.replace(",", ""))
    return int(value) if value.is_integer() else value


# --- 朝倉野町: 工程表 by halves, years merged over 上期 / 下期 ------------------------------------------------------

#: a row's ten half-year cells R6上期 … R10下期: a mark or a phase's text, 「<」 covered by the cell on its left
#: (a phase merged over several halves), 「」 empty
_ASAKURANO: list[tuple[str, list[tuple[str, str, str, list[str]]]]] = [
    ("基本方針１　住民サービスのデジタル化", [
        ("1-1", "電子申請の拡充", "総務課", ["○", "●", "●", "→", "→", "→", "→", "→", "→", "→"]),
        ("1-2", "書かない窓口の導入", "住民課", ["検討", "<", "設計", "<", "構築", "●", "━", "━", "━", "━"]),
        ("1-3", "キャッシュレス決済の導入", "会計課・住民課", ["", "○", "●", "━", "━", "━", "━", "━", "━", "━"]),
        ("1-4", "マイナンバーカードの普及促進", "住民課", ["●", "→", "→", "→", "→", "→", "", "", "", ""]),
    ]),
    ("基本方針２　役場のデジタル化", [
        ("2-1", "基幹業務システムの標準化", "総務課", ["移行準備", "<", "<", "移行", "━", "━", "", "", "", ""]),
        ("2-2", "ペーパーレス会議の導入", "総務課", ["", "", "試行", "<", "●", "━", "━", "━", "━", "━"]),
        ("2-3", "AI・RPAの活用", "企画課", ["○", "○", "●", "●", "●", "●", "●", "●", "●", "●"]),
    ]),
    ("基本方針３　地域のデジタル化", [
        ("3-1", "デジタル活用支援（スマホ教室）", "保健福祉課", ["●", "", "●", "", "●", "", "●", "", "●", ""]),
        ("3-2", "防災情報の一斉配信", "総務課・建設課", ["", "", "", "", "○", "○", "●", "━", "━", "━"]),
        ("3-3", "光ファイバ網の維持管理", "企画課", ["点検・保守（毎年度）", "<", "<", "<", "<", "<", "<", "<", "<", "<"]),
    ]),
]  # fmt: skip

ASAKURANO_LEGEND = "凡例　○：検討・準備　●：実施　→：継続実施　━：運用"
ASAKURANO_NOTE = "※上期：4月～9月、下期：10月～翌年3月"


def asakurano_xlsx() -> bytes:
    """Sheet 「工程表」: the title, an empty row, the header over rows 3–4 (No. / 取組 / 担当課 merged down,
    「令和6年度」… merged over 「上期」「下期」, 担当課 last), a 基本方針 row merged across before its 取組, the
    phases merged over their halves, an empty row, the legend and the note."""
    book, sheet = new_book("工程表")
    sheet.append(["朝倉野町DX推進計画　工程表（令和6年度～令和10年度）"])
    sheet.append([])
    years = [f"令和{n}年度" for n in range(6, 11)]
    sheet.append(["No.", "取組", *[cell for year in years for cell in (year, None)], "担当課"])
    sheet.append([None, None, *["上期", "下期"] * 5, None])
    for column in "ABM":
        sheet.merge_cells(f"{column}3:{column}4")
    for index in range(5):
        first = get_column_letter(3 + 2 * index)
        sheet.merge_cells(f"{first}3:{get_column_letter(4 + 2 * index)}3")
    for cell in [*sheet[3], *sheet[4]]:
        cell.alignment = Alignment(horizontal="center", vertical="center")
    for goal, rows in _ASAKURANO:
        sheet.append([goal])
        sheet.merge_cells(f"A{sheet.max_row}:M{sheet.max_row}")
        for code, title, departments, halves in rows:
            sheet.append([code, title, *[None if c in ("", "<") else c for c in halves], departments])
            line = sheet.max_row
            start = None
            for index, cell in enumerate([*halves, ""]):
                if cell == "<":
                    continue
                if start is not None and index - start > 1:
                    sheet.merge_cells(
                        f"{get_column_letter(3 + start)}{line}:{get_column_letter(2 + index)}{line}"
                    )
                start = index if cell else None
            for cell in sheet[line][2:12]:
                cell.alignment = Alignment(horizontal="center")
    sheet.append([])
    sheet.append([ASAKURANO_LEGEND])
    sheet.append([ASAKURANO_NOTE])
    sheet.column_dimensions["B"].width = 30
    sheet.column_dimensions["M"].width = 18
    return save(book)


def _asakurano() -> list[dict[str, Any]]:
    items = []
    for _, rows in _ASAKURANO:
        for code, title, departments, halves in rows:
            schedule = [
                {"fy": 2024 + index // 2, "half": 1 + index % 2} for index, c in enumerate(halves) if c
            ]
            found = item(code, title, departments.split("・"))
            found["schedule"] = schedule
            items.append(found)
    return items


# --- 杜若市: 事業一覧 with 事業費 by year and 財源, the KPI on a second sheet keyed by 事業番号 -------------------------

#: 事業番号, 事業名, 担当課, 事業概要, 事業費 R6予算 R7見込 R8見込 (千円), 財源
_KAKITSUBATA: list[tuple[int, str, str, str, tuple[int, int, int], str]] = [
    (101, "電子申請システムの運用", "デジタル推進課", "電子申請システムを運用し、申請できる手続を増やす。", (4200, 4200, 4400), "一般財源"),  # noqa: E501
    (102, "窓口支援システムの導入", "市民課", "申請書を書かずに手続できる窓口支援システムを導入する。", (18500, 2300, 2300), "デジタル田園都市国家構想交付金、一般財源"),  # noqa: E501
    (103, "公金収納のキャッシュレス化", "会計課", "窓口と税・料の納付にキャッシュレス決済を導入する。", (2800, 900, 900), "一般財源"),  # noqa: E501
    (201, "基幹業務システムの標準化", "デジタル推進課、税務課", "20業務のシステムを標準準拠システムへ移行する。", (86000, 41000, 12000), "デジタル基盤改革支援補助金"),  # noqa: E501
    (202, "文書管理・電子決裁システムの導入", "総務課", "文書の起案から保存までを電子で行う。", (9600, 3100, 3100), "一般財源"),  # noqa: E501
    (203, "生成AIの業務活用", "デジタル推進課", "文書作成や要約に生成AIを使う環境を整え、研修を行う。", (1200, 1800, 1800), "一般財源"),  # noqa: E501
    (301, "高齢者スマホ教室", "長寿福祉課", "地区の集会所でスマートフォンの使い方教室を開く。", (650, 650, 650), "一般財源"),  # noqa: E501
    (302, "地域公共交通のデマンド化", "都市計画課", "予約に応じて運行するデマンド交通をアプリで予約できるようにする。", (12000, 15000, 15000), "地方創生推進交付金、一般財源"),  # noqa: E501
]  # fmt: skip

#: 事業番号, 指標名, 単位, 現状値（R5）, 目標値（R8）, 備考 — as the sheet has them (a revision added 202's last)
_KAKITSUBATA_KPI: list[tuple[int, str, str, float, float, str | None]] = [
    (101, "電子申請件数", "件", 3200, 9000, None),
    (101, "電子申請できる手続数", "手続", 60, 150, None),
    (102, "窓口支援システムの利用件数", "件", 0, 12000, "R6.10稼働"),
    (201, "標準準拠システムへ移行した業務数", "業務", 0, 20, "国の目標時期はR7年度末"),
    (203, "生成AIを利用した職員の割合", "%", 8, 60, None),
    (301, "教室の受講者数（延べ）", "人", 180, 900, None),
    (302, "デマンド交通の利用者数", "人", 0, 24000, None),
    (202, "電子決裁率", "%", 12.5, 90, None),
]

KAKITSUBATA_YEARS = (2024, 2025, 2026)


def kakitsubata_xlsx() -> bytes:
    """Sheet 「事業一覧」 (the title, 「（単位：千円）」, the header over rows 3–4 with 「事業費（千円）」 merged over
    R6予算 / R7見込 / R8見込 / 合計, the 事業 with 合計 a SUM formula, a 合計 row) and sheet 「成果指標」 (the
    title, the header, one row an indicator by 事業番号); every formula with the value Excel cached."""
    book, sheet = new_book("事業一覧")
    sheet.append(["杜若市DX推進計画　実施事業一覧（令和6年度～令和8年度）"])
    sheet.append([None] * 7 + ["（単位：千円）"])
    sheet.append(["事業番号", "事業名", "担当課", "事業概要", "事業費（千円）", None, None, None, "財源"])
    sheet.append([None] * 4 + ["R6予算", "R7見込", "R8見込", "合計", None])
    for column in "ABCDI":
        sheet.merge_cells(f"{column}3:{column}4")
    sheet.merge_cells("E3:H3")
    cached: dict[str, float] = {}
    first = sheet.max_row + 1
    for number, title, departments, summary, money, funding in _KAKITSUBATA:
        line = sheet.max_row + 1
        sheet.append([number, title, departments, summary, *money, f"=SUM(E{line}:G{line})", funding])
        cached[f"H{line}"] = sum(money)
        for cell in sheet[line][4:8]:
            cell.number_format = "#,##0"
        sheet.cell(line, 4).alignment = Alignment(wrap_text=True)
    last = sheet.max_row
    total = last + 1
    sheet.append([None, "合計", None, None, *[f"=SUM({c}{first}:{c}{last})" for c in "EFGH"], None])
    for index, column in enumerate("EFG"):
        cached[f"{column}{total}"] = sum(row[4][index] for row in _KAKITSUBATA)
    cached[f"H{total}"] = sum(sum(row[4]) for row in _KAKITSUBATA)
    for column, width in zip("BCDI", (28, 22, 40, 30), strict=True):
        sheet.column_dimensions[column].width = width
    indicators = book.create_sheet("成果指標")
    indicators.append(["杜若市DX推進計画　成果指標"])
    indicators.append(["事業番号", "指標名", "単位", "現状値（R5）", "目標値（R8）", "備考"])
    for row in _KAKITSUBATA_KPI:
        indicators.append(list(row))
        for cell in indicators[indicators.max_row][3:5]:
            cell.number_format = "#,##0.0" if isinstance(cell.value, float) else "#,##0"
    indicators.column_dimensions["B"].width = 34
    return _with_cached_values(save(book), 1, cached)


def _kakitsubata() -> list[dict[str, Any]]:
    return [
        item(
            str(number),
            title,
            departments.split("、"),
            [
                kpi((2023, base), (2026, target))
                for key, _, _, base, target, _ in _KAKITSUBATA_KPI
                if key == number
            ],
        )
        for number, title, departments, *_ in _KAKITSUBATA
    ]


#: Each 事業's 事業費 by year (千円); the 合計 column is no year's.
KAKITSUBATA_BUDGETS = {
    title: list(zip(KAKITSUBATA_YEARS, money, strict=True)) for _, title, _, _, money, _ in _KAKITSUBATA
}

# --- 蓬莱野村: the plan typed as an outline in a sheet -----------------------------------------------------------

#: one row of the sheet: (A, B, C, D, E); the 取組's indicators: C's text → [(baseline, final)]
_HOURAINO: list[tuple[str, str, str, str, str]] = [
    ("基本目標1　便利で身近な村役場", "", "", "", ""),
    ("", "（1）手続のオンライン化", "", "", ""),
    ("", "", "①電子申請の導入", "総務課", "電子申請できる手続数　5件（R6）→40件（R11）"),
    ("", "", "", "", "オンラインで申請された割合　8%（R6）→50%（R11）"),
    ("", "", "②公金のキャッシュレス納付", "会計室・住民税務課", "キャッシュレスで納付された割合　3%（R6）→30%（R11）"),  # noqa: E501
    ("", "（2）窓口サービスの向上", "", "", ""),
    ("", "", "①おくやみ窓口の設置", "住民税務課", ""),
    ("", "", "②窓口予約の導入", "住民税務課", "窓口予約の件数　0件（R6）→600件（R11）"),
    ("基本目標2　効率的な村政運営", "", "", "", ""),
    ("", "（1）業務の見直し", "", "", ""),
    ("", "", "①RPAの導入", "総務課", "RPAで削減した作業時間　0時間（R6）→1,200時間（R11）"),
    ("", "", "②テレワーク環境の整備", "総務課", ""),
    ("", "（2）職員のデジタル力の向上", "", "", ""),
    ("", "", "①デジタル研修の実施", "総務課", "研修を受講した職員数　20人（R6）→120人（R11）"),
    ("基本目標3　デジタルでつながる村", "", "", "", ""),
    ("", "（1）デジタルデバイド対策", "", "", ""),
    ("", "", "①スマホ相談会の開催", "保健福祉課、公民館", "相談会の参加者数（延べ）　40人（R6）→300人（R11）"),
    ("", "", "②防災アプリの普及", "総務課", "防災アプリの登録者数　150人（R6）→1,000人（R11）"),
    ("", "（2）地域産業のデジタル化", "", "", ""),
    ("", "", "①スマート農業の実証", "産業振興課", ""),
]  # fmt: skip

HOURAINO_TITLE = "蓬莱野村デジタル化推進計画（令和7年度～令和11年度）　施策の体系と取組"
HOURAINO_HEADER = ["基本目標", "施策", "取組", "担当課", "指標（現状値→目標値）"]


def houraino_xlsx() -> bytes:
    """Sheet 「体系」: the title, an empty row, the header, then each line of the outline in its column (a
    基本目標 in A, a 施策 in B, a 取組 in C with its 担当課 in D and indicator in E), nothing merged."""
    book, sheet = new_book("体系")
    sheet.append([HOURAINO_TITLE])
    sheet.append([])
    sheet.append(HOURAINO_HEADER)
    for row in _HOURAINO:
        sheet.append([cell or None for cell in row])
    for column, width in zip("ABCDE", (6, 6, 30, 20, 50), strict=True):
        sheet.column_dimensions[column].width = width
    return save(book)


def _houraino_indicator(text: str) -> dict[str, Any]:
    """「電子申請できる手続数　5件（R6）→40件（R11）」 → baseline (2024, 5), final (2029, 40)."""
    _, figures = text.split("　")
    base, final = figures.split("→")

    def pair(part: str) -> tuple[int, float]:
        value, year = part.rstrip("）").split("（")
        return 2018 + int(year[1:]), _figure("".join(c for c in value if c.isdigit() or c in ".,"))

    return kpi(pair(base), pair(final), year_column=False)


def _houraino() -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    goal = measure = number = 0
    for a, b, c, d, e in _HOURAINO:
        if a:
            goal, measure = goal + 1, 0
        elif b:
            measure, number = measure + 1, 0
        elif c:
            number += 1
            items.append(item(f"{goal}-{measure}-{number}", c[1:], d.replace("・", "、").split("、")))
        if e:
            items[-1]["indicators"].append(_houraino_indicator(e))
    return items


# --- 葵台市: open data, one row per indicator, year and kind ----------------------------------------------------

AOIDAI_HEADER = ["地方公共団体名", "取組番号", "取組名", "担当課", "指標名", "年度", "区分", "値", "単位"]
#: 取組番号, 取組名, 担当課, 指標名, 単位, 2023 実績, 目標 2024…2028, 2024 実績 (None: left empty)
_AOIDAI: list[tuple[str, str, str, str, str, float, tuple[float, ...], float | None]] = [
    ("1-1", "電子申請の拡充", "情報政策課", "オンライン申請できる手続数", "手続", 95, (130, 170, 210, 250, 300), 142),
    ("1-1", "電子申請の拡充", "情報政策課", "オンライン申請率", "%", 18.5, (25, 32, 40, 45, 50), 24.1),
    ("1-2", "書かない窓口の導入", "市民課", "申請書を書かずに済んだ手続の割合", "%", 0, (20, 40, 60, 70, 80), 22.6),
    ("1-3", "証明書のコンビニ交付", "市民課", "コンビニ交付率", "%", 21.3, (25, 28, 31, 34, 37), None),
    ("2-1", "基幹業務システムの標準化", "情報政策課,税務課", "移行した業務数", "業務", 0, (5, 20, 20, 20, 20), 4),
    ("2-2", "RPAの活用", "行政改革課", "RPAで削減した作業時間", "時間", 3200, (4000, 5000, 6000, 7000, 8000), 4310),
    ("3-1", "デジタル活用支援", "高齢福祉課", "講座の受講者数", "人", 480, (600, 700, 800, 900, 1000), 655),
    ("3-2", "オープンデータの推進", "企画課", "公開データセット数", "件", 55, (70, 85, 100, 115, 130), 78),
]  # fmt: skip


def aoidai_csv() -> bytes:
    """UTF-8, LF, quotes only where a cell holds a comma; per indicator its 2023 実績, then each year's 目標 and,
    for 2024, the 実績 after it (empty where not yet counted)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(AOIDAI_HEADER)
    for code, title, departments, name, unit, before, targets, actual in _AOIDAI:
        head = ["葵台市", code, title, departments, name]
        writer.writerow([*head, "2023", "実績", _text(before), unit])
        for fy, target in zip(range(2024, 2029), targets, strict=True):
            writer.writerow([*head, str(fy), "目標", _text(target), unit])
            if fy == 2024:
                writer.writerow([*head, str(fy), "実績", "" if actual is None else _text(actual), unit])
    return buffer.getvalue().encode("utf-8")


def _text(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


def _aoidai() -> list[dict[str, Any]]:
    items: dict[str, dict[str, Any]] = {}
    for code, title, departments, _, _, before, targets, actual in _AOIDAI:
        if code not in items:
            items[code] = item(code, title, departments.split(","), [])
        years = tuple(zip(range(2024, 2029), targets, strict=True))
        actuals = ((2023, before),) + (((2024, actual),) if actual is not None else ())
        items[code]["indicators"].append(kpi(None, years[-1], targets=years, actuals=actuals))
    return list(items.values())


# --- 雲母町: a header in two languages, dates for 開始 / 終了, 小計 and 合計 rows ----------------------------------

KIRARA_TITLE = (
    "雲母町デジタル変革プラン　アクションプラン（2024年度～2026年度）／Kirara Town DX Action Plan FY2024–2026"
)
KIRARA_HEADER = [
    "No.",
    "取組名\nInitiative",
    "担当課\nDepartment",
    "開始\nStart",
    "終了\nEnd",
    "指標\nIndicator",
    "単位\nUnit",
    "現状値（R5）\nBaseline FY2023",
    "目標値（R8）\nTarget FY2026",
    "事業費（千円）\nBudget (thousand yen)",
    None,
    None,
]
KIRARA_YEARS_HEADER = [None] * 9 + ["2024年度\nFY2024", "2025年度\nFY2025", "2026年度\nFY2026"]
#: 基本目標 → rows: No., 取組名, 担当課, 開始, 終了 (a date, or 「継続」), 指標, 単位, 現状値, 目標値, 事業費 by year
#: (None: 「－」)
_KIRARA: list[tuple[str, list[tuple[int, str, str, datetime.date, Any, str, str, float, float, tuple[Any, ...]]]]] = [
    ("基本目標1　暮らしのデジタル化 / Goal 1: Digital Life", [
        (1, "電子申請の拡充", "住民課", datetime.date(2024, 4, 1), datetime.date(2027, 3, 31), "電子申請できる手続数", "手続", 30, 120, (3000, 3000, 3000)),  # noqa: E501
        (2, "キャッシュレス決済の導入", "会計課", datetime.date(2025, 1, 15), datetime.date(2026, 3, 31), "対応窓口数", "窓口", 0, 8, (1500, 500, None)),  # noqa: E501
        (3, "マイナンバーカードの利活用", "住民課", datetime.date(2024, 4, 1), "継続", "カードで受けられるサービス数", "サービス", 3, 10, (800, 800, 800)),  # noqa: E501
    ]),
    ("基本目標2　行政のデジタル化 / Goal 2: Digital Government", [
        (4, "基幹業務システムの標準化", "総務課", datetime.date(2024, 4, 1), datetime.date(2026, 3, 31), "移行した業務数", "業務", 0, 20, (30000, 45000, None)),  # noqa: E501
        (5, "ペーパーレス会議の導入", "総務課・議会事務局", datetime.date(2024, 10, 1), datetime.date(2025, 9, 30), "会議資料の印刷枚数", "枚", 250000, 50000, (2000, 500, None)),  # noqa: E501
    ]),
    ("基本目標3　地域のデジタル化 / Goal 3: Digital Community", [
        (6, "スマホ教室の開催", "福祉課", datetime.date(2024, 6, 1), datetime.date(2027, 3, 31), "受講者数（延べ）", "人", 60, 300, (400, 400, 400)),  # noqa: E501
        (7, "観光Wi-Fiの整備", "商工観光課", datetime.date(2025, 4, 1), datetime.date(2026, 3, 31), "整備した箇所数", "か所", 2, 12, (None, 6000, None)),  # noqa: E501
    ]),
]  # fmt: skip


def kirara_xlsx() -> bytes:
    """Sheet 「アクションプラン」: the title, the header over rows 2–3 (each label over its English after an
    Alt+Enter; 「事業費（千円）」 merged over the three years), per 基本目標 a row merged across, its 取組 (開始 /
    終了 as dates shown yyyy/m/d, 「継続」 as text; 事業費 「－」 where none) and a 「小計」 row of SUM formulas,
    then a 「合計 / Total」 row; every formula with the value Excel cached."""
    book, sheet = new_book("アクションプラン")
    sheet.append([KIRARA_TITLE])
    sheet.append(KIRARA_HEADER)
    sheet.append(KIRARA_YEARS_HEADER)
    for column in "ABCDEFGHI":
        sheet.merge_cells(f"{column}2:{column}3")
    sheet.merge_cells("J2:L2")
    for cell in [*sheet[2], *sheet[3]]:
        cell.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
    cached: dict[str, float] = {}
    subtotals: list[int] = []
    for goal, rows in _KIRARA:
        sheet.append([goal])
        sheet.merge_cells(f"A{sheet.max_row}:L{sheet.max_row}")
        first = sheet.max_row + 1
        for number, title, departments, start, end, name, unit, base, target, money in rows:
            sheet.append(
                [
                    number,
                    title,
                    departments,
                    start,
                    end,
                    name,
                    unit,
                    base,
                    target,
                    *[m or "－" for m in money],
                ]
            )
            line = sheet.max_row
            for column in (4, 5):
                sheet.cell(line, column).number_format = "yyyy/m/d"
            for column in (8, 9, 10, 11, 12):
                sheet.cell(line, column).number_format = "#,##0"
        last = sheet.max_row
        total = last + 1
        sheet.append([None, "小計", *[None] * 7, *[f"=SUM({c}{first}:{c}{last})" for c in "JKL"]])
        for index, column in enumerate("JKL"):
            cached[f"{column}{total}"] = sum(row[9][index] or 0 for row in rows)
        subtotals.append(total)
    end = sheet.max_row + 1
    sheet.append(
        [
            None,
            "合計 / Total",
            *[None] * 7,
            *[f"=SUM({','.join(f'{c}{r}' for r in subtotals)})" for c in "JKL"],
        ]
    )
    for index, column in enumerate("JKL"):
        cached[f"{column}{end}"] = sum(row[9][index] or 0 for _, rows in _KIRARA for row in rows)
    for column, width in zip("BCDEF", (28, 20, 11, 11, 28), strict=True):
        sheet.column_dimensions[column].width = width
    return _with_cached_values(save(book), 1, cached)


def _kirara() -> list[dict[str, Any]]:
    items = []
    for _, rows in _KIRARA:
        for number, title, departments, start, end, _, _, base, target, _ in rows:
            last = 2026 if end == "継続" else fiscal_year(end)
            schedule = tuple(range(fiscal_year(start), last + 1))
            items.append(
                item(
                    str(number), title, departments.split("・"), [kpi((2023, base), (2026, target))], schedule
                )
            )
    return items


#: Each 取組's 事業費 by year (千円), 「－」 none.
KIRARA_BUDGETS = {
    row[1]: [(fy, m) for fy, m in zip((2024, 2025, 2026), row[9], strict=True) if m is not None]
    for _, rows in _KIRARA
    for row in rows
}

# --- the batch ---------------------------------------------------------------------------------------------

PLANS: Sheets = {
    "shiratoridai-xlsx": ("白鳥台市", "R6進捗状況一覧（公表用）.xlsx", shiratoridai_xlsx, _shiratoridai),
    "minase-csv": ("水無瀬市", "水無瀬市_DX推進計画_KPI_20250415.csv", minase_csv, _minase),
    "asakurano-xlsx": ("朝倉野町", "工程表（上期・下期）.xlsx", asakurano_xlsx, _asakurano),
    "kakitsubata-xlsx": ("杜若市", "実施事業一覧_成果指標.xlsx", kakitsubata_xlsx, _kakitsubata),
    "houraino-xlsx": ("蓬莱野村", "施策体系（アウトライン）.xlsx", houraino_xlsx, _houraino),
    "aoidai-csv": ("葵台市", "dx_plan_kpi_opendata.csv", aoidai_csv, _aoidai),
    "kirara-xlsx": ("雲母町", "ActionPlan_アクションプラン.xlsx", kirara_xlsx, _kirara),
}


def document(name: str) -> tuple[bytes, str]:
    """The file as uploaded: (bytes, file name)."""
    return uploaded(PLANS, name)


def expected(name: str) -> dict[str, Any]:
    """The plan the document states (only what ``scoring.score`` compares)."""
    return stated(PLANS, name)
