"""A forty-third batch of plans no reader was written against (the readers' code was not read): five plans in shapes the
batches before lack, each as the office keeps it — a workbook, an HTML page, a Word document — uploaded as it is, and
printed (LibreOffice Calc, Chromium, LibreOffice Writer) and read as the PDF, through ``pdftotext -layout`` and through
plain ``pdftotext``:

- 菫野村's ＤＸ推進計画 工程表 (``sumireno_gantt.xlsx`` and its Calc print, R7–R10): a Gantt chart kept in Excel —
  「No. | 取組名 | 担当課 | 成果指標 | 現状値（R6） | 目標値（R10）」 then 「令和７年度」 … 「令和10年度」 each merged over
  「上期 | 下期」 on the row below; the 工程 only the FILL of a half's cell (a solid blue, no text in it), a 凡例 row over
  the table (a filled cell and 「実施期間」), 基本方針 rows merged across;
- 藤ヶ丘市's 施策評価シート（令和６年度） (``fujigaoka_shisaku_hyoka.pdf``, Chromium, A4 portrait, the plan R6–R9): ONE PAGE
  A 施策, a form — 「施策番号 | 2-1 | 施策名 | …」, 「担当課 | 市民課 | 関係課 | …」, 施策の目的 prose, the 施策's 成果指標
  「成果指標 | 単位 | 基準値（R5） | 目標値（R9） | 実績（R6）」 (measures of the 施策, no 取組's), then 「施策を構成する
  取組」 「No. | 取組名 | 活動指標 | 目標値（R9） | 実績（R6） | 実施期間」 (No. the 取組's whole number 「1-1-1」) — the 取組
  have no 担当課 column: the 施策's 担当課 is theirs — and 評価 prose with figures;
- 青嵐町's ＤＸ推進計画 進捗管理表 (``seiran_shinchoku_nendo.xlsx`` and its Calc print, R7–R9): A SHEET A YEAR, 「令和７年度」
  「令和８年度」「令和９年度」, the same 取組 rows on each — 「No. | 取組名 | 担当課 | 成果指標 | 基準値（R6） | 目標値 | 実績 |
  計画 | 実施内容 | 評価」 — that year's target, actual (blank in a year not done yet), 計画 (a step word, 「－」 none that
  year) and 評価 (Ａ／Ｂ／Ｃ);
- 鶴見台市's ＤＸ推進計画 取組一覧 (``tsurumidai_rowspan.html`` uploaded, and printed by Chromium): a web page whose table
  「施策 | No. | 取組名 | 担当課 | 成果指標 | 現状値（R6） | 目標値（R10） | 実施年度」 merges 施策 (``rowspan``) over its 取組
  and 担当課 over several 取組 (a 課's run not the 施策's: two 施策 of one 課, one 施策 of two);
- 若杉町's デジタル化推進計画 施策体系図 (``wakasugi_taikeizu.docx`` and its Writer print, R7–R10): one Word table
  「基本目標 | 施策 | 取組 | 担当課 | 実施期間」, 基本目標 and 施策 cells merged down over the rows of their 取組 (``vMerge``),
  each 取組 「1-1-1　電子申請の拡充」, 実施期間 「R7～R10」.

``PLANS[name]`` is the plan each document states, read as a careful person reads it, by the earlier batches' conventions:
codes as written; 担当課 the 課 as written, split at 「、」 (藤ヶ丘市's 取組 the 施策's 担当課 — the 関係課 no 担当課); a
現状値 / 基準値 the baseline of its year; a target column headed with its year that year's target and the final one; 青嵐町's
目標値 of each year's sheet that year's target (the last year's the final one), its 実績 that year's actual; a schedule
every half a cell is filled in (菫野村: half 1 上期, half 2 下期), every year of 「R7～R10」, every year whose 計画 is a step
(青嵐町). 藤ヶ丘市's 施策 成果指標 measure the 施策 (a section's note), no 取組's; the 凡例, the 評価, the prose's figures are no
取組 and no KPI.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import Any

import docx
import openpyxl
from docx.enum.section import WD_ORIENT
from docx.shared import Mm, Pt
from openpyxl.styles import Font, PatternFill

from ..unseen_harness import save
from .batch_documents import batch_documents
from .docparts import (
    CENTRE,
    FONT,
    LEFT,
    RIGHT,
    _cell,
    _esc,
    _offices,
    _page,
    _print_setup,
    _ruled,
    _value,
    _widths,
)
from .unseen import item, kpi
from .unseen30 import _span
from .unseen40 import _ps, _table
from .unseen41 import _title

SUMIRENO = "sumireno_gantt.xlsx"
SUMIRENO_PDF = "sumireno_gantt.pdf"
FUJIGAOKA_PDF = "fujigaoka_shisaku_hyoka.pdf"
SEIRAN = "seiran_shinchoku_nendo.xlsx"
SEIRAN_PDF = "seiran_shinchoku_nendo.pdf"
TSURUMIDAI = "tsurumidai_rowspan.html"
TSURUMIDAI_PDF = "tsurumidai_rowspan.pdf"
WAKASUGI = "wakasugi_taikeizu.docx"
WAKASUGI_PDF = "wakasugi_taikeizu.pdf"

_A4 = 9
_BAR = PatternFill("solid", fgColor="5B9BD5")


# --- 菫野村: a Gantt chart of filled half-year cells -------------------------------------------------------------------

#: (基本方針, [(No., 取組名, 担当課, 成果指標 (None 「－」), 現状値（R6）, 目標値（R10）, filled halves (fy, 1 | 2))]).
_SUMIRENO: list[tuple[str, list[tuple[Any, ...]]]] = [
    ("基本方針１　行かなくてよい村役場", [
        ("1", "電子申請の拡充", "総務課", "電子申請できる手続数", "15手続", "80手続",
         [(2025, 1), (2025, 2), (2026, 1), (2026, 2), (2027, 1), (2027, 2), (2028, 1), (2028, 2)]),
        ("2", "証明書のコンビニ交付", "住民課", "コンビニ交付の利用割合", "4.5％", "20.0％",
         [(2025, 2), (2026, 1), (2026, 2)]),
        ("3", "窓口のキャッシュレス化", "住民課、会計室", "キャッシュレス決済に対応した窓口数", "0窓口", "4窓口",
         [(2026, 1), (2026, 2), (2027, 1)]),
        ("4", "基幹業務システムの標準化", "総務課", None, "－", "－", [(2025, 1), (2025, 2)]),
    ]),
    ("基本方針２　デジタルでつながる村", [
        ("5", "スマホ相談会の開催", "保健福祉課", "スマホ相談会の参加者数（年間）", "30人", "100人",
         [(2025, 2), (2026, 2), (2027, 2), (2028, 2)]),
        ("6", "防災行政無線のデジタル化", "総務課", "戸別受信機の設置世帯数", "0世帯", "850世帯",
         [(2026, 1), (2026, 2), (2027, 1), (2027, 2)]),
        ("7", "村公式ＬＩＮＥの開設", "企画課", "公式ＬＩＮＥの登録者数", "0人", "1,200人",
         [(2025, 1), (2025, 2), (2026, 1), (2026, 2), (2027, 1), (2027, 2), (2028, 1), (2028, 2)]),
        ("8", "学校のオンライン学習", "教育委員会", "オンライン授業を行った学級の割合", "20％", "100％",
         [(2027, 1), (2027, 2), (2028, 1), (2028, 2)]),
        ("9", "観光情報の多言語化", "産業振興課", "多言語ページの閲覧数（年間）", "1,500件", "6,000件", [(2028, 1)]),
    ]),
]  # fmt: skip

_SM_YEARS = (2025, 2026, 2027, 2028)


def sumireno_xlsx() -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "工程表"
    _title(sheet, "菫野村ＤＸ推進計画　工程表（令和７年度～令和10年度）")
    sheet["A2"] = "凡例"
    sheet["B2"].fill = _BAR
    sheet["C2"] = "実施期間"
    labels = ["No.", "取組名", "担当課", "成果指標", "現状値\n（R6）", "目標値\n（R10）"]
    for column, label in enumerate(labels, start=1):
        _cell(sheet, 4, column, label, CENTRE)
        sheet.merge_cells(start_row=4, start_column=column, end_row=5, end_column=column)
    for at, fy in enumerate(_SM_YEARS):
        column = 7 + 2 * at
        _cell(sheet, 4, column, f"令和{fy - 2018}年度" if fy < 2028 else "令和10年度", CENTRE)
        sheet.merge_cells(start_row=4, start_column=column, end_row=4, end_column=column + 1)
        _cell(sheet, 5, column, "上期", CENTRE)
        _cell(sheet, 5, column + 1, "下期", CENTRE)
    last_column = 6 + 2 * len(_SM_YEARS)
    _ruled(sheet, 4, 1, last_column)
    _ruled(sheet, 5, 1, last_column)
    row = 6
    for policy, entries in _SUMIRENO:
        _cell(sheet, row, 1, policy, LEFT)
        sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=last_column)
        _ruled(sheet, row, 1, last_column)
        row += 1
        for no, title, written, name, base, goal, halves in entries:
            values = [no, title, written, name or "－", base, goal]
            for column, value in enumerate(values, start=1):
                _cell(sheet, row, column, value, CENTRE if column == 1 else RIGHT if column > 4 else LEFT)
            for at, fy in enumerate(_SM_YEARS):
                for half in (1, 2):
                    cell = sheet.cell(row, 7 + 2 * at + half - 1)
                    _cell(sheet, row, cell.column, None, CENTRE)
                    if (fy, half) in halves:
                        cell.fill = _BAR
            sheet.row_dimensions[row].height = 30
            row += 1
    sheet.cell(row + 1, 1, "※現状値は令和６年度の実績、目標値は令和10年度の目標。").font = Font(
        name=FONT, size=9
    )
    _widths(sheet, [5.0, 28.0, 16.0, 30.0, 10.0, 10.0, *([5.0] * 8)])
    _print_setup(sheet, paper=_A4, area=f"A1:N{row + 1}", titles="$4:$5", header="菫野村ＤＸ推進計画")
    return save(book)


def _sumireno_plan() -> list[dict[str, Any]]:
    out = []
    for _, entries in _SUMIRENO:
        for no, title, written, name, base, goal, halves in entries:
            final = (2028, _value(goal))
            found = (kpi((2024, _value(base)), final, (final,)),) if name else ()
            entry = item(no, title, _offices(written), found)
            entry["schedule"] = [{"fy": fy, "half": half} for fy, half in sorted(halves)]
            out.append(entry)
    return out


# --- 藤ヶ丘市: a 施策評価シート a page, its 取組 listed inside ---------------------------------------------------------------

#: (施策番号, 施策名, 担当課, 関係課, 目的, [(成果指標, 単位, 基準値（R5）, 目標値（R9）, 実績（R6）)],
#:  [(No., 取組名, 活動指標 (None 「－」), 目標値（R9）, 実績（R6）, 実施期間)], 評価).
_FUJIGAOKA: list[tuple[Any, ...]] = [
    ("1-1", "行政手続のオンライン化", "市民課", "デジタル推進課",
     "市民が来庁せずに手続を済ませられるよう、行政手続のオンライン化を進めます。",
     [("オンラインで手続ができる行政手続の数", "手続", "64", "300", "118"),
      ("電子申請の利用件数（年間）", "件", "8,200", "40,000", "13,560")],
     [("1", "電子申請システムの拡充", "電子申請できる手続数", "300手続", "118手続", "R6～R9"),
      ("2", "書かない窓口の導入", "書かない窓口で受け付けた件数（年間）", "12,000件", "1,940件", "R7～R9"),
      ("3", "証明書のコンビニ交付", "コンビニ交付の利用割合", "35.0％", "18.2％", "R6～R9")],
     "オンライン化は計画どおり進んでいる。令和６年度は54手続を追加し、118手続となった。評価：Ｂ"),
    ("1-2", "窓口の利便性の向上", "市民課", "会計課",
     "窓口での待ち時間を短くし、支払いの方法を増やします。",
     [("窓口での平均待ち時間", "分", "28", "15", "24")],
     [("1", "窓口予約システムの導入", "予約による来庁者の割合", "30％", "6％", "R7～R9"),
      ("2", "キャッシュレス決済の導入", "キャッシュレス決済に対応した窓口数", "12窓口", "3窓口", "R6～R8")],
     "予約システムの利用は伸び悩んでおり、周知を強化する。評価：Ｃ"),
    ("2-1", "行政運営の効率化", "行政改革課", "デジタル推進課、人事課",
     "デジタル技術で業務を見直し、職員が市民と向き合う時間を増やします。",
     [("業務の削減時間（年間）", "時間", "1,200", "9,000", "3,480"),
      ("電子決裁率", "％", "35.0", "95.0", "62.4")],
     [("1", "ＲＰＡ・ＡＩ－ＯＣＲの活用", "ＲＰＡを導入した業務数", "40業務", "16業務", "R6～R9"),
      ("2", "電子決裁の推進", None, "－", "－", "R6～R7"),
      ("3", "テレワークの推進", "テレワークを実施した職員数（年間）", "300人", "85人", "R7～R9"),
      ("4", "生成ＡＩの活用", "生成ＡＩを利用する職員の割合", "60％", "12％", "R7～R9")],
     "削減時間は目標に向け順調に増えている。評価：Ａ"),
    ("2-2", "地域のデジタル化", "企画政策課", "",
     "誰もがデジタルの恩恵を受けられる地域をつくります。",
     [("デジタル機器の利用に不安がある市民の割合", "％", "38.0", "20.0", "33.5")],
     [("1", "スマホ教室の開催", "スマホ教室の参加者数（年間）", "1,000人", "412人", "R6～R9"),
      ("2", "オープンデータの公開", "公開データセット数", "120件", "48件", "R6～R9")],
     "スマホ教室は公民館８か所で開催した。評価：Ｂ"),
]  # fmt: skip


def _fujigaoka() -> str:
    pages = []
    for code, name, written, others, purpose, measures, entries, verdict in _FUJIGAOKA:
        form = (
            "<table class=form>"
            f"<tr><th>施策番号</th><td>{code}</td><th>施策名</th><td>{_esc(name)}</td></tr>"
            f"<tr><th>担当課</th><td>{_esc(written)}</td><th>関係課</th><td>{_esc(others)}</td></tr>"
            f"<tr><th>施策の目的</th><td colspan=3>{_esc(purpose)}</td></tr></table>"
        )
        indicators = _table(
            [("成果指標", "単位", "基準値（R5）", "目標値（R9）", "実績（R6）"), *measures], cls="kpi"
        )
        rows = [
            (f"{code}-{no}", title, kpi_name or "－", goal, done, when)
            for no, title, kpi_name, goal, done, when in entries
        ]
        listed = _table(
            [("No.", "取組名", "活動指標", "目標値（R9）", "実績（R6）", "実施期間"), *rows], cls="kpi"
        )
        pages.append(
            "<section class=sheet><h2>令和６年度　施策評価シート</h2>"
            + form
            + "<h3>■ 成果指標</h3>"
            + indicators
            + "<h3>■ 施策を構成する取組</h3>"
            + listed
            + "<h3>■ 施策の評価</h3>"
            + _ps(verdict)
            + "</section>"
        )
    cover = (
        "<h1>藤ヶ丘市ＤＸ推進計画<br>施策評価シート（令和６年度）</h1><p class=c>（計画期間：令和６年度～令和９年度）</p>"
        "<p class=c style='margin-top:60mm'>令和７年７月</p><p class=c>藤ヶ丘市 総務部 デジタル推進課</p>"
    )
    css = (
        ".c { text-align: center; font-size: 13pt; } .sheet { break-before: page; }"
        " table.form th { width: 5.5em; } table.kpi td:nth-child(n+3) { text-align: right; }"
    )
    return _page(cover + "".join(pages), size="A4", header="藤ヶ丘市 施策評価シート", css=css)


def _fujigaoka_plan() -> list[dict[str, Any]]:
    out = []
    for code, _, written, _, _, _, entries, _ in _FUJIGAOKA:
        for no, title, name, goal, done, when in entries:
            found = ()
            if name:
                final = (2027, _value(goal))
                found = (kpi(None, final, (final,), ((2024, _value(done)),)),)
            out.append(item(f"{code}-{no}", title, _offices(written), found, _span(when)))  # type: ignore[arg-type]
    return out


# --- 青嵐町: a sheet a year, the same 取組 on each --------------------------------------------------------------------------

_SR_YEARS = (2025, 2026, 2027)

#: (No., 取組名, 担当課, 成果指標 (None 「－」), 基準値（R6）, {fy: (目標値, 実績 or "", 計画 (「－」 none), 実施内容, 評価)}).
_SEIRAN: list[tuple[Any, ...]] = [
    ("1", "電子申請の拡充", "総務課", "電子申請できる手続数", "20手続",
     {2025: ("40手続", "46手続", "拡大", "子育て手続など26手続を追加", "Ａ"),
      2026: ("70手続", "", "拡大", "", ""), 2027: ("100手続", "", "拡大", "", "")}),
    ("2", "コンビニ交付の推進", "町民課", "コンビニ交付の利用割合", "8.0％",
     {2025: ("12.0％", "10.5％", "周知", "広報で周知", "Ｂ"),
      2026: ("16.0％", "", "周知", "", ""), 2027: ("20.0％", "", "周知", "", "")}),
    ("3", "窓口キャッシュレス化", "町民課、会計室", "キャッシュレス決済に対応した窓口数", "0窓口",
     {2025: ("0窓口", "0窓口", "検討", "導入方法を検討", "Ｂ"),
      2026: ("3窓口", "", "導入", "", ""), 2027: ("5窓口", "", "拡大", "", "")}),
    ("4", "基幹業務システムの標準化", "総務課", None, "－",
     {2025: ("－", "－", "移行", "20業務を移行", "Ａ"), 2026: ("－", "", "運用", "", ""), 2027: ("－", "", "－", "", "")}),
    ("5", "会議のペーパーレス化", "総務課", "会議資料の印刷枚数（年間）", "30万枚",
     {2025: ("25万枚", "27万枚", "試行", "部長会議で試行", "Ｃ"),
      2026: ("18万枚", "", "導入", "", ""), 2027: ("12万枚", "", "拡大", "", "")}),
    ("6", "スマホ教室の開催", "生涯学習課", "スマホ教室の参加者数（年間）", "50人",
     {2025: ("80人", "92人", "開催", "公民館で６回開催", "Ａ"),
      2026: ("100人", "", "開催", "", ""), 2027: ("120人", "", "開催", "", "")}),
    ("7", "オープンデータの公開", "企画課", "公開データセット数", "6件",
     {2025: ("－", "6件", "－", "", ""), 2026: ("15件", "", "準備", "", ""), 2027: ("30件", "", "公開", "", "")}),
]  # fmt: skip

_SR_HEAD = [
    "No.",
    "取組名",
    "担当課",
    "成果指標",
    "基準値\n（R6）",
    "目標値",
    "実績",
    "計画",
    "実施内容",
    "評価",
]


def seiran_xlsx() -> bytes:
    book = openpyxl.Workbook()
    first = book.active
    assert first is not None
    book.remove(first)
    for fy in _SR_YEARS:
        sheet = book.create_sheet(f"令和{fy - 2018}年度")
        _title(sheet, f"青嵐町ＤＸ推進計画（令和７年度～令和９年度）　進捗管理表（令和{fy - 2018}年度）")
        sheet["A2"] = "評価　Ａ：計画どおり　Ｂ：概ね計画どおり　Ｃ：遅れている"
        for column, label in enumerate(_SR_HEAD, start=1):
            _cell(sheet, 4, column, label, CENTRE)
        _ruled(sheet, 4, 1, len(_SR_HEAD))
        sheet.row_dimensions[4].height = 30
        for offset, (no, title, written, name, base, years) in enumerate(_SEIRAN):
            row = 5 + offset
            goal, done, step, what, grade = years[fy]
            values = [no, title, written, name or "－", base, goal, done, step, what, grade]
            for column, value in enumerate(values, start=1):
                align = CENTRE if column in (1, 8, 10) else RIGHT if column in (5, 6, 7) else LEFT
                _cell(sheet, row, column, value or None, align)
            sheet.row_dimensions[row].height = 24
        _widths(sheet, [5.0, 24.0, 14.0, 30.0, 9.0, 9.0, 9.0, 7.0, 24.0, 6.0])
        _print_setup(
            sheet, paper=_A4, area=f"A1:J{4 + len(_SEIRAN)}", titles="$4:$4", header="青嵐町ＤＸ推進計画"
        )
    return save(book)


def _seiran_plan() -> list[dict[str, Any]]:
    out = []
    for no, title, written, name, base, years in _SEIRAN:
        found = ()
        steps = tuple(fy for fy in _SR_YEARS if years[fy][2] != "－")
        if name:
            targets = tuple((fy, _value(years[fy][0])) for fy in _SR_YEARS if years[fy][0] != "－")
            actuals = tuple((fy, _value(years[fy][1])) for fy in _SR_YEARS if years[fy][1] not in ("", "－"))
            found = (kpi((2024, _value(base)), targets[-1], targets, actuals),)
        out.append(item(no, title, _offices(written), found, steps))  # type: ignore[arg-type]
    return out


# --- 鶴見台市: a web page, 施策 and 担当課 merged down by rowspan ---------------------------------------------------------------

#: (施策, [(No., 取組名, 成果指標 (None 「－」), 現状値（R6）, 目標値（R10）, 実施年度)]); the 担当課 are ``_TM_OFFICES``.
_TSURUMIDAI: list[tuple[str, list[tuple[Any, ...]]]] = [
    ("１　行政手続のデジタル化", [
        ("1", "電子申請の拡充", "電子申請できる手続数", "85手続", "300手続", "R7～R10"),
        ("2", "オンライン決済の導入", "オンライン決済に対応した手続数", "5手続", "80手続", "R7～R10"),
        ("3", "書かない窓口の導入", "書かない窓口の利用件数（年間）", "0件", "20,000件", "R8～R10"),
        ("4", "窓口予約の導入", "予約による来庁者の割合", "0％", "30％", "R8～R10"),
    ]),
    ("２　行政運営の効率化", [
        ("5", "基幹業務システムの標準化", None, "－", "－", "R7～R8"),
        ("6", "ＲＰＡの活用", "ＲＰＡによる削減時間（年間）", "1,800時間", "6,000時間", "R7～R10"),
        ("7", "テレワークの推進", "テレワークを実施した職員の割合", "12％", "50％", "R7～R10"),
    ]),
    ("３　地域社会のデジタル化", [
        ("8", "デジタル活用支援", "スマホ教室の参加者数（年間）", "240人", "800人", "R7～R10"),
        ("9", "見守りサービスの導入", "見守りサービスの利用世帯数", "0世帯", "300世帯", "R9～R10"),
        ("10", "オープンデータの推進", "公開データセット数", "22件", "100件", "R7～R10"),
    ]),
]  # fmt: skip

#: The 担当課 cells top to bottom and how many 取組 rows each spans: 1–2 and 3–4 a 課 each inside 施策１, 5 alone, 6–7 two
#: 課, 8–9 two 課, 10 alone — so a 課's cell ends before its 施策 does.
_TM_OFFICES: list[tuple[str, int]] = [
    ("デジタル推進課", 2),
    ("市民課", 2),
    ("情報政策課", 1),
    ("行政改革課、人事課", 2),
    ("高齢福祉課、生涯学習課", 2),
    ("デジタル推進課", 1),
]


def tsurumidai_html() -> str:
    offices: dict[int, tuple[str, int]] = {}
    at = 0
    for written, count in _TM_OFFICES:
        offices[at] = (written, count)
        at += count
    head = ("施策", "No.", "取組名", "担当課", "成果指標", "現状値（R6）", "目標値（R10）", "実施年度")
    rows = ["<tr>" + "".join(f"<th>{_esc(h)}</th>" for h in head) + "</tr>"]
    index = 0
    for measure, entries in _TSURUMIDAI:
        for at_entry, (no, title, name, base, goal, when) in enumerate(entries):
            cells = []
            if at_entry == 0:
                cells.append(f"<td rowspan={len(entries)}>{_esc(measure)}</td>")
            cells += [f"<td class=n>{no}</td>", f"<td>{_esc(title)}</td>"]
            if index in offices:
                written, count = offices[index]
                cells.append(
                    f"<td rowspan={count}>{_esc(written)}</td>" if count > 1 else f"<td>{_esc(written)}</td>"
                )
            cells += [
                f"<td>{_esc(name or '－')}</td>",
                f"<td class=r>{base}</td>",
                f"<td class=r>{goal}</td>",
            ]
            cells.append(f"<td class=n>{when}</td>")
            rows.append("<tr>" + "".join(cells) + "</tr>")
            index += 1
    table = "<table class=list>" + "".join(rows) + "</table>"
    body = (
        "<h1 class=top>鶴見台市ＤＸ推進計画</h1><p class=c>計画期間：令和７年度～令和10年度</p>"
        "<nav><a href='#'>ホーム</a> &gt; <a href='#'>市政情報</a> &gt; <a href='#'>デジタル化の取組</a></nav>"
        "<h2>取組一覧</h2>"
        + _ps("　本市のＤＸ推進計画に掲げる取組と担当課、成果指標は次のとおりです。令和６年度の電子申請件数は32,400件でした。")
        + table
        + _ps("※現状値は令和６年度、目標値は令和10年度の値です。", "このページに関するお問い合わせ　デジタル推進課　電話 045-000-0000")
    )  # fmt: skip
    css = (
        ".c { text-align: center; } h1.top { margin-top: 0; } td.n { text-align: center; } td.r { text-align: right; }"
        " table.list tr { break-inside: avoid; }"
    )
    return _page(body, size="A4 landscape", header="鶴見台市", css=css, font="9pt")


def _tsurumidai_plan() -> list[dict[str, Any]]:
    offices = [written for written, count in _TM_OFFICES for _ in range(count)]
    out = []
    entries = [entry for _, listed in _TSURUMIDAI for entry in listed]
    for (no, title, name, base, goal, when), written in zip(entries, offices, strict=True):
        final = (2028, _value(goal))
        found = (kpi((2024, _value(base)), final, (final,)),) if name else ()
        out.append(item(no, title, _offices(written), found, _span(when)))
    return out


# --- 若杉町: a 体系図 of merged Word cells ---------------------------------------------------------------------------------

#: (基本目標, [(施策, [(取組 「code　title」, 担当課, 実施期間)])]).
_WAKASUGI: list[tuple[str, list[tuple[str, list[tuple[str, str, str]]]]]] = [
    ("１　便利で身近な役場", [
        ("(1) 行政手続のオンライン化", [
            ("1-1-1　電子申請の拡充", "総務課", "R7～R10"),
            ("1-1-2　証明書のコンビニ交付", "町民課", "R7～R10"),
            ("1-1-3　窓口のキャッシュレス化", "町民課、会計室", "R8～R10"),
        ]),
        ("(2) 情報発信の充実", [
            ("1-2-1　町ホームページの刷新", "企画課", "R7～R8"),
            ("1-2-2　町公式ＬＩＮＥの活用", "企画課", "R7～R10"),
        ]),
    ]),
    ("２　効率的な行政運営", [
        ("(1) 業務のデジタル化", [
            ("2-1-1　基幹業務システムの標準化", "総務課", "R7～R7"),
            ("2-1-2　ＲＰＡ・ＡＩ－ＯＣＲの活用", "総務課", "R7～R10"),
            ("2-1-3　会議のペーパーレス化", "総務課、議会事務局", "R8～R10"),
        ]),
        ("(2) 人材の育成", [
            ("2-2-1　職員のデジタル研修", "総務課", "R7～R10"),
        ]),
    ]),
    ("３　デジタルでつながる地域", [
        ("(1) デジタル活用の支援", [
            ("3-1-1　スマホ教室の開催", "生涯学習課", "R7～R10"),
            ("3-1-2　見守りセンサーの設置", "福祉課", "R9～R10"),
        ]),
    ]),
]  # fmt: skip


def wakasugi_docx() -> bytes:
    document = docx.Document()
    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Mm(297), Mm(210)
    section.left_margin = section.right_margin = Mm(18)
    section.top_margin = section.bottom_margin = Mm(18)
    section.footer.paragraphs[0].text = "若杉町デジタル化推進計画"
    document.add_paragraph("若杉町デジタル化推進計画（令和７年度～令和10年度）", style="Title")
    document.add_paragraph("第３章　施策体系図", style="Heading 1")
    document.add_paragraph(
        "　基本目標の実現に向け、次の施策と取組を進めます。令和６年度の町民アンケートでは、52.4％が手続のオンライン化を望んでいます。"
    )
    rows = sum(len(entries) for _, measures in _WAKASUGI for _, entries in measures)
    table = document.add_table(rows=1 + rows, cols=5)
    table.style = "Table Grid"
    for cell, label in zip(
        table.rows[0].cells, ("基本目標", "施策", "取組", "担当課", "実施期間"), strict=True
    ):
        cell.text = label
    r = 1
    for goal, measures in _WAKASUGI:
        goal_top = r
        for measure, entries in measures:
            measure_top = r
            for titled, written, when in entries:
                table.cell(r, 2).text = titled
                table.cell(r, 3).text = written
                table.cell(r, 4).text = when
                r += 1
            merged = (
                table.cell(measure_top, 1).merge(table.cell(r - 1, 1))
                if r - 1 > measure_top
                else table.cell(r - 1, 1)
            )
            merged.text = measure
        merged = (
            table.cell(goal_top, 0).merge(table.cell(r - 1, 0)) if r - 1 > goal_top else table.cell(r - 1, 0)
        )
        merged.text = goal
    for column, width in zip(table.columns, (45, 55, 80, 45, 25), strict=True):
        for cell in column.cells:
            cell.width = Mm(width)
    for row in table.rows:
        for cell in row.cells:
            for paragraph in cell.paragraphs:
                for run in paragraph.runs:
                    run.font.size = Pt(10)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _wakasugi_plan() -> list[dict[str, Any]]:
    out = []
    for _, measures in _WAKASUGI:
        for _, entries in measures:
            for titled, written, when in entries:
                code, _, title = titled.partition("　")
                out.append(item(code, title, _offices(written), (), _span(when)))
    return out


# --- the batch ---------------------------------------------------------------------------------------------------

#: name → (municipality, the initiatives it states).
PLANS: dict[str, tuple[str, list[dict[str, Any]]]] = {
    SUMIRENO: ("菫野村", _sumireno_plan()),
    SUMIRENO_PDF: ("菫野村", _sumireno_plan()),
    FUJIGAOKA_PDF: ("藤ヶ丘市", _fujigaoka_plan()),
    SEIRAN: ("青嵐町", _seiran_plan()),
    SEIRAN_PDF: ("青嵐町", _seiran_plan()),
    TSURUMIDAI: ("鶴見台市", _tsurumidai_plan()),
    TSURUMIDAI_PDF: ("鶴見台市", _tsurumidai_plan()),
    WAKASUGI: ("若杉町", _wakasugi_plan()),
    WAKASUGI_PDF: ("若杉町", _wakasugi_plan()),
}

#: A workbook, web page or Word document uploaded as it is kept: what builds its bytes, and the file name it is
#: uploaded under.
SHEETS: dict[str, tuple[Callable[[], bytes], str]] = {
    SUMIRENO: (sumireno_xlsx, "菫野村ＤＸ推進計画_工程表.xlsx"),
    SEIRAN: (seiran_xlsx, "青嵐町ＤＸ推進計画_進捗管理表.xlsx"),
    TSURUMIDAI: (lambda: tsurumidai_html().encode("utf-8"), "torikumi.html"),
    WAKASUGI: (wakasugi_docx, "若杉町デジタル化推進計画_施策体系図.docx"),
}

CHROMIUM: dict[str, Callable[[], str]] = {FUJIGAOKA_PDF: _fujigaoka, TSURUMIDAI_PDF: tsurumidai_html}
CALC: dict[str, Callable[[], bytes]] = {SUMIRENO_PDF: sumireno_xlsx, SEIRAN_PDF: seiran_xlsx}
WRITER: dict[str, Callable[[], bytes]] = {WAKASUGI_PDF: wakasugi_docx}
PDFS = (*CHROMIUM, *CALC, *WRITER)

#: The plan period each document states (fiscal years).
PERIODS: dict[str, tuple[int, int]] = {
    SUMIRENO: (2025, 2028),
    SUMIRENO_PDF: (2025, 2028),
    FUJIGAOKA_PDF: (2024, 2027),
    SEIRAN: (2025, 2027),
    SEIRAN_PDF: (2025, 2027),
    TSURUMIDAI: (2025, 2028),
    TSURUMIDAI_PDF: (2025, 2028),
    WAKASUGI: (2025, 2028),
    WAKASUGI_PDF: (2025, 2028),
}

_, sheet, pdf, expected = batch_documents(PLANS, sheets=SHEETS, chromium=CHROMIUM, calc=CALC, writer=WRITER)
