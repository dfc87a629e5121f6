"""A forty-fourth batch of plans no reader was written against (the readers' code was not read): five plans in shapes the
batches before lack, each as the office keeps it — a workbook, a Word document, a web page, slides — uploaded as it is
where it is kept as a file, and printed (LibreOffice Calc, LibreOffice Writer, Chromium) and read as the PDF, through
``pdftotext -layout`` and through plain ``pdftotext``:

- 茅ヶ原市's ＤＸ推進計画 取組別計画一覧 (``kayagahara_yoko.xlsx`` and its Calc print, R7–R10): the table LAID ON ITS SIDE —
  a column a 取組, a row a 項目: 「区分 | 項目 | 取組1 … 取組7」, 区分 「基本情報」「成果指標」「工程」 merged down over its
  rows, 項目 「取組番号」「取組名」「担当課」「取組内容」「成果指標」「現状値（R6）」「目標値（R10）」 and the years 「R7」 …
  「R10」 each a step word (「－」 none);
- 朝日ヶ原町's ＤＸ推進計画 取組一覧 (``asahigahara_juten.xlsx`` and its Calc print, R6–R9): a MATRIX of the national 自治体ＤＸ
  推進計画's 重点取組 — 「国の重点取組との関係」 merged over seven columns 「①フロントヤード改革」 … 「⑦テレワーク」 marked 「●」,
  between the 担当課 and the 成果指標, and 「実施年度」 over 「R6 | R7 | R8 | R9」 marked 「○」; a 凡例 line over the table;
- 翠ヶ浜市's ＤＸ推進計画 概要版 (``midorigahama_slides.pdf``, Chromium, 16:9 slides, R7–R10): slides made in PowerPoint,
  a 取組一覧 of TEXT BOXES, not a table — a row a 取組 of a number badge, a title box, a 担当 box, a KPI box
  「指標 / 現状 → 目標」 and chevrons laid over year columns 「R7 … R10」 (「検討」「構築」「運用」), each box a little off the
  others' line, as hands place them; a cover slide and a 体系 slide before;
- 檀原町's デジタル化推進計画 (``danbara_nidan.docx`` and its Writer export, R7–R10): a Word document whose 取組 pages are
  set in TWO COLUMNS (a continuous section break), each 取組 a heading 「取組３　…」 and lines laid by a tab stop
  「担当課→町民課」「内容→…」「指標→…」「現状値→1,200件（R6）」「目標値→8,000件（R10）」「工程→R7 検討　R8 導入　R9～R10 運用」;
- 白露台市's ＤＸ推進計画 進捗ダッシュボード (``shiratsuyudai_dashboard.html`` uploaded, and printed by Chromium, R6–R9): a
  web page of cards two abreast, each 取組 「取組２　…」, 「担当：…」, 「実施期間：R6～R9」, its KPI line 「基準値 8.2％（R5） →
  目標値 25.0％（R9）」 and an SVG bar chart of the 実績 by year, the figure on each bar, the axis's ticks 0 … and a dashed
  目標 line labelled.

``PLANS[name]`` is the plan each document states, read as a careful person reads it, by the earlier batches' conventions:
codes as written (茅ヶ原市 「1-1」, 朝日ヶ原町 「1」, 翠ヶ浜市 its badge 「1」, 檀原町 「取組３」 → 「3」, 白露台市 「取組２」 → 「2」); 担当課
the 課 as written, split at 「、」; a 現状値 / 基準値 the baseline of its year; a 目標値 column or row headed with its year the final target
and that year's target, a 目標値 written with its year in a line or a box the final target alone; a chart's bar figure that year's actual; a schedule every year a step is written or marked (「○」) or
a chevron covers, every year of 「R6～R9」. The 重点取組 marks, the 凡例, the axis ticks and the 目標 line's label are no
取組's figures and no schedule.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import Any

import docx
import openpyxl
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from openpyxl.styles import Font

from ..unseen_harness import save
from .batch_documents import batch_documents
from .docparts import (
    CENTRE,
    FONT,
    HEAD_FILL,
    LEFT,
    TOP_LEFT,
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
from .unseen41 import _title

KAYAGAHARA = "kayagahara_yoko.xlsx"
KAYAGAHARA_PDF = "kayagahara_yoko.pdf"
ASAHIGAHARA = "asahigahara_juten.xlsx"
ASAHIGAHARA_PDF = "asahigahara_juten.pdf"
MIDORIGAHAMA_PDF = "midorigahama_slides.pdf"
DANBARA = "danbara_nidan.docx"
DANBARA_PDF = "danbara_nidan.pdf"
SHIRATSUYUDAI = "shiratsuyudai_dashboard.html"
SHIRATSUYUDAI_PDF = "shiratsuyudai_dashboard.pdf"

_A4 = 9
_A3 = 8


def _reiwa(year: str) -> int:
    """The fiscal year of 「R7」."""
    return 2018 + int(year.removeprefix("R"))


# --- 茅ヶ原市: the table on its side, a column a 取組 ------------------------------------------------------------------

#: (取組番号, 取組名, 担当課, 取組内容, 成果指標 (None 「－」), 現状値（R6）, 目標値（R10）, steps R7 … R10 (「－」 none)).
_KAYAGAHARA: list[tuple[Any, ...]] = [
    ("1-1", "電子申請の拡充", "デジタル推進課", "子育て・介護など市民の利用が多い手続から順に電子申請に対応する。",
     "電子申請できる手続数", "62手続", "250手続", ("拡充", "拡充", "拡充", "拡充")),
    ("1-2", "書かない窓口の導入", "市民課", "窓口で申請書を書かずに手続できるよう、住民記録システムと連携する。",
     "書かない窓口の利用件数（年間）", "0件", "12,000件", ("検討", "導入", "運用", "運用")),
    ("1-3", "キャッシュレス決済の拡大", "会計課、市民課", "窓口と施設の使用料でキャッシュレス決済を使えるようにする。",
     "キャッシュレス決済に対応した窓口・施設数", "4か所", "30か所", ("拡大", "拡大", "拡大", "－")),
    ("2-1", "基幹業務システムの標準化", "デジタル推進課", "国の標準仕様に準拠したシステムへ20業務を移行する。",
     None, "－", "－", ("移行", "運用", "－", "－")),
    ("2-2", "ＲＰＡ・生成ＡＩの活用", "行政改革課", "定型業務にＲＰＡを、文書作成に生成ＡＩを用いて事務を減らす。",
     "業務の削減時間（年間）", "2,400時間", "9,000時間", ("拡大", "拡大", "拡大", "拡大")),
    ("2-3", "テレワークの推進", "人事課", "全職員が在宅勤務できる環境を整える。",
     "テレワークを実施した職員の割合", "18％", "60％", ("整備", "実施", "実施", "実施")),
    ("3-1", "スマホ教室の開催", "生涯学習課、デジタル推進課", "公民館でスマートフォンの使い方を学ぶ教室を開く。",
     "スマホ教室の参加者数（年間）", "320人", "1,000人", ("開催", "開催", "開催", "開催")),
]  # fmt: skip

_KY_YEARS = ("R7", "R8", "R9", "R10")


def _step_of(at: int) -> Callable[[tuple[Any, ...]], str]:
    """What a 取組 writes in the row of the ``at``-th year of 工程."""
    return lambda entry: str(entry[7][at])


def kayagahara_xlsx() -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "取組別計画"
    _title(sheet, "茅ヶ原市ＤＸ推進計画　取組別計画一覧（令和７年度～令和10年度）")
    sheet["A2"] = "※現状値は令和６年度の実績、目標値は令和10年度の目標。工程の「－」は実施しない年度。"
    sheet["A2"].font = Font(name=FONT, size=9)
    # (区分, 項目, what each 取組 gives the row)
    rows: list[tuple[str, str, Callable[[tuple[Any, ...]], str]]] = [
        ("基本情報", "取組番号", lambda e: e[0]),
        ("基本情報", "取組名", lambda e: e[1]),
        ("基本情報", "担当課", lambda e: e[2]),
        ("基本情報", "取組内容", lambda e: e[3]),
        ("成果指標", "成果指標", lambda e: e[4] or "－"),
        ("成果指標", "現状値（R6）", lambda e: e[5]),
        ("成果指標", "目標値（R10）", lambda e: e[6]),
        *[("工程", year, _step_of(at)) for at, year in enumerate(_KY_YEARS)],
    ]
    top = 4
    _cell(sheet, top, 1, "区分", CENTRE)
    _cell(sheet, top, 2, "項目", CENTRE)
    for column in range(3, 3 + len(_KAYAGAHARA)):
        _cell(sheet, top, column, f"取組{column - 2}", CENTRE)
    _ruled(sheet, top, 1, 2 + len(_KAYAGAHARA), HEAD_FILL)
    first_of: dict[str, int] = {}
    for offset, (group, label, value) in enumerate(rows, start=1):
        row = top + offset
        first_of.setdefault(group, row)
        _cell(sheet, row, 1, group if first_of[group] == row else None, CENTRE)
        _cell(sheet, row, 2, label, CENTRE)
        sheet.cell(row, 2).fill = HEAD_FILL
        for column, entry in enumerate(_KAYAGAHARA, start=3):
            text = value(entry)
            _cell(sheet, row, column, text, TOP_LEFT if label == "取組内容" else CENTRE)
        sheet.row_dimensions[row].height = (
            62 if label == "取組内容" else 34 if label in ("取組名", "成果指標") else 20
        )
    last = top + len(rows)
    for group, row in first_of.items():
        end = max(r for r in range(row, last + 1) if rows[r - top - 1][0] == group)
        sheet.merge_cells(start_row=row, start_column=1, end_row=end, end_column=1)
    _widths(sheet, [6.0, 13.0, *([17.0] * len(_KAYAGAHARA))])
    _print_setup(sheet, paper=_A4, area=f"A1:I{last}", titles="$4:$4", header="茅ヶ原市ＤＸ推進計画")
    return save(book)


def _kayagahara_plan() -> list[dict[str, Any]]:
    out = []
    for code, title, written, _, name, base, goal, steps in _KAYAGAHARA:
        final = (2028, _value(goal))
        found = (kpi((2024, _value(base)), final, (final,)),) if name else ()
        schedule = tuple(_reiwa(y) for y, step in zip(_KY_YEARS, steps, strict=True) if step != "－")
        out.append(item(code, title, _offices(written), found, schedule))
    return out


# --- 朝日ヶ原町: a matrix of the national 重点取組 --------------------------------------------------------------------------

_AH_FOCUS = (
    "①フロントヤード改革",
    "②システム標準化",
    "③公金収納のeLTAX活用",
    "④マイナンバーカード",
    "⑤セキュリティ対策",
    "⑥ＡＩ・ＲＰＡ",
    "⑦テレワーク",
)
_AH_YEARS = ("R6", "R7", "R8", "R9")

#: (No., 取組名, 担当課, 重点取組 (their numbers 1–7), 成果指標 (None 「－」), 現状値（R5）, 目標値（R9）, years marked).
_ASAHIGAHARA: list[tuple[Any, ...]] = [
    ("1", "オンライン申請の拡充", "総務課", (1, 4), "オンライン申請できる手続数", "18手続", "120手続",
     ("R6", "R7", "R8", "R9")),
    ("2", "窓口のワンストップ化", "町民課", (1,), "窓口での平均手続時間", "25分", "15分", ("R7", "R8", "R9")),
    ("3", "税・料金のキャッシュレス納付", "税務課、会計室", (3,), "キャッシュレス納付の割合", "12.5％", "40.0％",
     ("R6", "R7", "R8", "R9")),
    ("4", "基幹業務システムの標準化", "総務課", (2,), None, "－", "－", ("R6", "R7")),
    ("5", "情報セキュリティ研修", "総務課", (5,), "研修を受講した職員の割合", "64％", "100％",
     ("R6", "R7", "R8", "R9")),
    ("6", "ＲＰＡによる事務の自動化", "企画課", (6,), "ＲＰＡで自動化した業務数", "3業務", "20業務",
     ("R6", "R7", "R8", "R9")),
    ("7", "テレワーク環境の整備", "総務課、企画課", (7, 5), "テレワーク用端末の台数", "10台", "60台", ("R7", "R8")),
    ("8", "マイナンバーカードを使った証明書交付", "町民課", (4,), "コンビニ交付の利用件数（年間）", "850件",
     "4,000件", ("R6", "R7", "R8", "R9")),
]  # fmt: skip


def asahigahara_xlsx() -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "取組一覧"
    _title(sheet, "朝日ヶ原町ＤＸ推進計画　取組一覧（令和６年度～令和９年度）")
    sheet["A2"] = "凡例　●：関係する国の重点取組（自治体ＤＸ推進計画）　○：実施年度"
    sheet["A2"].font = Font(name=FONT, size=9)
    focus_first = 4
    after_focus = focus_first + len(_AH_FOCUS)
    labels = {1: "No.", 2: "取組名", 3: "担当課", after_focus: "成果指標", after_focus + 1: "現状値\n（R5）",
              after_focus + 2: "目標値\n（R9）"}  # fmt: skip
    years_first = after_focus + 3
    last = years_first + len(_AH_YEARS) - 1
    for column, label in labels.items():
        _cell(sheet, 4, column, label, CENTRE)
        sheet.merge_cells(start_row=4, start_column=column, end_row=5, end_column=column)
    _cell(sheet, 4, focus_first, "国の重点取組との関係", CENTRE)
    sheet.merge_cells(start_row=4, start_column=focus_first, end_row=4, end_column=after_focus - 1)
    for at, focus in enumerate(_AH_FOCUS):
        _cell(sheet, 5, focus_first + at, focus, CENTRE, size=8)
    _cell(sheet, 4, years_first, "実施年度", CENTRE)
    sheet.merge_cells(start_row=4, start_column=years_first, end_row=4, end_column=last)
    for at, year in enumerate(_AH_YEARS):
        _cell(sheet, 5, years_first + at, year, CENTRE)
    _ruled(sheet, 4, 1, last, HEAD_FILL)
    _ruled(sheet, 5, 1, last, HEAD_FILL)
    sheet.row_dimensions[5].height = 48
    for offset, (no, title, written, focus, name, base, goal, marked) in enumerate(_ASAHIGAHARA):
        row = 6 + offset
        _cell(sheet, row, 1, no, CENTRE)
        _cell(sheet, row, 2, title, LEFT)
        _cell(sheet, row, 3, written, LEFT)
        for at in range(len(_AH_FOCUS)):
            _cell(sheet, row, focus_first + at, "●" if at + 1 in focus else None, CENTRE)
        _cell(sheet, row, after_focus, name or "－", LEFT)
        _cell(sheet, row, after_focus + 1, base, CENTRE)
        _cell(sheet, row, after_focus + 2, goal, CENTRE)
        for at, year in enumerate(_AH_YEARS):
            _cell(sheet, row, years_first + at, "○" if year in marked else None, CENTRE)
        sheet.row_dimensions[row].height = 32
    end = 5 + len(_ASAHIGAHARA)
    _widths(sheet, [5.0, 26.0, 14.0, *([7.5] * len(_AH_FOCUS)), 26.0, 9.0, 9.0, *([5.0] * len(_AH_YEARS))])
    _print_setup(sheet, paper=_A4, area=f"A1:{_column(last)}{end}", titles="$4:$5", header="朝日ヶ原町")
    return save(book)


def _column(number: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(number)


def _asahigahara_plan() -> list[dict[str, Any]]:
    out = []
    for no, title, written, _, name, base, goal, marked in _ASAHIGAHARA:
        final = (2027, _value(goal))
        found = (kpi((2023, _value(base)), final, (final,)),) if name else ()
        out.append(item(no, title, _offices(written), found, tuple(_reiwa(y) for y in marked)))
    return out


# --- 翠ヶ浜市: slides, a 取組一覧 of text boxes ---------------------------------------------------------------------------

#: (基本目標, [(No., 取組名, 担当, 指標 (None: no KPI box), 現状 「45手続（R6）」, 目標 「200手続（R10）」,
#:  [(chevron's word, first year, last year)])]).
_MIDORIGAHAMA: list[tuple[str, list[tuple[Any, ...]]]] = [
    ("基本目標１　いつでもどこでも手続できる市役所", [
        ("1", "電子申請の拡充", "デジタル推進課", "電子申請できる手続数", "45手続（R6）", "200手続（R10）",
         [("拡充", "R7", "R10")]),
        ("2", "書かない窓口", "市民課", "書かない窓口の利用件数", "0件（R6）", "9,000件（R10）",
         [("検討", "R7", "R7"), ("導入・運用", "R8", "R10")]),
        ("3", "公金のキャッシュレス収納", "会計課、税務課", "キャッシュレス納付の割合", "9.5％（R6）", "35.0％（R10）",
         [("拡大", "R7", "R10")]),
        ("4", "オンライン相談", "福祉総務課", "オンライン相談の件数（年間）", "0件（R6）", "600件（R10）",
         [("試行", "R8", "R8"), ("運用", "R9", "R10")]),
    ]),
    ("基本目標２　データで変わる市役所の仕事", [
        ("5", "基幹業務システムの標準化", "デジタル推進課", None, "", "", [("移行", "R7", "R7")]),
        ("6", "生成ＡＩの業務活用", "行政改革課", "生成ＡＩを使う職員の割合", "8％（R6）", "70％（R10）",
         [("検証", "R7", "R7"), ("全庁展開", "R8", "R10")]),
        ("7", "庁内ペーパーレス化", "総務課", "コピー用紙の購入枚数（年間）", "420万枚（R6）", "250万枚（R10）",
         [("推進", "R7", "R10")]),
        ("8", "オープンデータの拡充", "企画政策課", "公開データセット数", "36件（R6）", "150件（R10）",
         [("拡充", "R7", "R10")]),
    ]),
]  # fmt: skip

_MG_YEARS = ("R7", "R8", "R9", "R10")
#: The left edge (mm) and width of each year's column on the slide, and each box's nudge off its row's line (mm).
_MG_YEAR_LEFT, _MG_YEAR_WIDTH = 222.0, 27.0
_MG_NUDGE = (0.0, 1.2, -0.8, 0.6, -1.1)

_SLIDE_CSS = (
    "@page { size: 338mm 190mm; margin: 0; } body { margin: 0; font-family: 'IPAexGothic', sans-serif; }"
    " * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }"
    " .slide { position: relative; width: 338mm; height: 190mm; overflow: hidden; break-after: page; }"
    " .band { position: absolute; left: 0; top: 0; width: 338mm; height: 16mm; background: #1F6F5C; color: #fff;"
    " font-size: 20pt; line-height: 16mm; padding-left: 10mm; box-sizing: border-box; font-weight: bold; }"
    " .foot { position: absolute; left: 10mm; bottom: 4mm; font-size: 8pt; color: #7F7F7F; }"
    " .no { position: absolute; right: 8mm; bottom: 4mm; font-size: 10pt; color: #7F7F7F; }"
    " .box { position: absolute; box-sizing: border-box; font-size: 11pt; line-height: 1.3; }"
    " .head { background: #D9EAD3; text-align: center; font-weight: bold; height: 9mm; line-height: 9mm; }"
    " .badge { background: #1F6F5C; color: #fff; text-align: center; border-radius: 50%; width: 10mm; height: 10mm;"
    " line-height: 10mm; font-weight: bold; }"
    " .chev { background: #9FC5E8; height: 8mm; line-height: 8mm; text-align: center; font-size: 10pt;"
    " clip-path: polygon(0 0, calc(100% - 4mm) 0, 100% 50%, calc(100% - 4mm) 100%, 0 100%, 3mm 50%); }"
    " .goal { position: absolute; left: 12mm; width: 314mm; height: 8mm; background: #F3F3F3; font-size: 12pt;"
    " line-height: 8mm; padding-left: 3mm; box-sizing: border-box; color: #1F6F5C; font-weight: bold; }"
    " .rule { position: absolute; left: 12mm; width: 314mm; border-top: 0.3mm dotted #999; }"
)


def _box(left: float, top: float, width: float, text: str, cls: str = "") -> str:
    return (
        f"<div class='box {cls}' style='left:{left:.1f}mm;top:{top:.1f}mm;width:{width:.1f}mm'>{text}</div>"
    )


def _slide(number: int, band: str | None, body: str) -> str:
    head = f"<div class=band>{_esc(band)}</div>" if band else ""
    return (
        f"<section class=slide>{head}{body}<div class=foot>翠ヶ浜市ＤＸ推進計画【概要版】</div>"
        f"<div class=no>{number}</div></section>"
    )


def midorigahama_html() -> str:
    slides = [
        _slide(
            1,
            None,
            "<div class=box style='left:0;top:60mm;width:338mm;text-align:center;font-size:30pt;font-weight:bold'>"
            "翠ヶ浜市ＤＸ推進計画【概要版】</div><div class=box style='left:0;top:88mm;width:338mm;text-align:center;"
            "font-size:16pt'>計画期間　令和７年度～令和10年度</div><div class=box style='left:0;top:150mm;"
            "width:338mm;text-align:center;font-size:14pt'>令和７年３月　翠ヶ浜市</div>",
        ),
        _slide(
            2,
            "計画の体系",
            "<div class=box style='left:20mm;top:30mm;width:300mm;font-size:14pt'>"
            "目指す姿　「つながる、ひろがる、翠ヶ浜」<br><br>"
            + "<br>".join(_esc(goal) for goal, _ in _MIDORIGAHAMA)
            + "<br><br>令和６年度の市民アンケートでは、68.3％が手続のオンライン化を望んでいます。</div>",
        ),
    ]
    for page, (goal, entries) in enumerate(_MIDORIGAHAMA, start=3):
        parts = [f"<div class=goal style='top:19mm'>{_esc(goal)}</div>"]
        heads = [
            (12.0, 12.0, "No."),
            (26.0, 58.0, "取組"),
            (86.0, 38.0, "担当"),
            (126.0, 94.0, "ＫＰＩ（現状 → 目標）"),
        ]
        heads += [
            (_MG_YEAR_LEFT + at * _MG_YEAR_WIDTH, _MG_YEAR_WIDTH - 1, y) for at, y in enumerate(_MG_YEARS)
        ]
        for left, width, text in heads:
            parts.append(_box(left, 29.0, width, _esc(text), "head"))
        for row, (no, title, office, name, base, goal_text, chevrons) in enumerate(entries):
            top = 42.0 + row * 33.0
            nudge = _MG_NUDGE[(row + page) % len(_MG_NUDGE)]
            parts.append(_box(13.0, top + 2.0, 10.0, no, "badge"))
            parts.append(_box(26.0, top + 3.0 + nudge, 58.0, f"<b>{_esc(title)}</b>"))
            parts.append(_box(86.0, top + 3.0 - nudge / 2, 38.0, _esc(office)))
            if name:
                parts.append(
                    _box(
                        126.0,
                        top + 1.0 + nudge / 3,
                        94.0,
                        f"{_esc(name)}<br>{_esc(base)} → <b>{_esc(goal_text)}</b>",
                    )
                )
            for word, first, last in chevrons:
                at, end = _MG_YEARS.index(first), _MG_YEARS.index(last)
                left = _MG_YEAR_LEFT + at * _MG_YEAR_WIDTH
                width = (end - at + 1) * _MG_YEAR_WIDTH - 1
                parts.append(_box(left, top + 3.0 - nudge, width, _esc(word), "chev"))
            if row:
                parts.append(f"<div class=rule style='top:{top - 1.5:.1f}mm'></div>")
        slides.append(_slide(page, "主な取組とロードマップ", "".join(parts)))
    return (
        "<!doctype html><html lang=ja><meta charset=utf-8><style>"
        + _SLIDE_CSS
        + "</style><body>"
        + "".join(slides)
        + "</body></html>"
    )


def _midorigahama_plan() -> list[dict[str, Any]]:
    out = []
    for _, entries in _MIDORIGAHAMA:
        for no, title, office, name, base, goal, chevrons in entries:
            found = ()
            if name:
                final = (_reiwa(goal.split("（")[1].rstrip("）")), _value(goal))
                found = (kpi((_reiwa(base.split("（")[1].rstrip("）")), _value(base)), final),)
            steps = sorted(
                {fy for _, first, last in chevrons for fy in range(_reiwa(first), _reiwa(last) + 1)}
            )
            out.append(item(no, title, _offices(office), found, tuple(steps)))
    return out


# --- 檀原町: a Word document of two columns, lines laid by a tab stop ---------------------------------------------------

#: (基本方針, [(番号, 取組名, 担当課, 内容, 指標 (None: no line), 現状値, 目標値, 工程 as written)]).
_DANBARA: list[tuple[str, list[tuple[Any, ...]]]] = [
    ("基本方針１　便利な役場", [
        ("1", "電子申請の拡充", "総務課",
         "よく使われる手続から順に、スマートフォンで申請できるようにします。", "電子申請できる手続数", "24手続（R6）",
         "100手続（R10）", "R7～R10 拡充"),
        ("2", "証明書のコンビニ交付", "町民課",
         "住民票の写しや印鑑登録証明書をコンビニで取得できるようにします。", "コンビニ交付の利用割合", "6.0％（R6）",
         "20.0％（R10）", "R7 導入　R8～R10 運用"),
        ("3", "書かない窓口の導入", "町民課",
         "窓口で職員が聞き取って申請書を作り、町民は確認と署名だけで済むようにします。",
         "書かない窓口の利用件数（年間）", "1,200件（R6）", "8,000件（R10）", "R7 検討　R8 導入　R9～R10 運用"),
        ("4", "窓口のキャッシュレス化", "会計室、町民課",
         "窓口の手数料をキャッシュレスで支払えるようにします。", "キャッシュレス決済に対応した窓口数", "0窓口（R6）",
         "6窓口（R10）", "R8 導入　R9～R10 拡大"),
    ]),
    ("基本方針２　効率的な役場", [
        ("5", "基幹業務システムの標準化", "総務課",
         "国の標準仕様に準拠したシステムへ移行します。", None, "", "", "R7 移行"),
        ("6", "会議のペーパーレス化", "総務課、議会事務局",
         "庁内会議と議会の資料をタブレットで配ります。", "会議資料の印刷枚数（年間）", "18万枚（R6）", "6万枚（R10）",
         "R7～R8 導入　R9～R10 運用"),
        ("7", "職員のデジタル研修", "総務課",
         "全職員を対象に、デジタル技術の研修を毎年行います。", "研修を受講した職員数（年間）", "40人（R6）",
         "150人（R10）", "R7～R10 実施"),
    ]),
    ("基本方針３　つながる地域", [
        ("8", "スマホ相談会の開催", "生涯学習課",
         "公民館で、高齢者向けのスマートフォン相談会を開きます。", "相談会の参加者数（年間）", "60人（R6）",
         "300人（R10）", "R7～R10 開催"),
        ("9", "防災情報の一斉配信", "防災安全課",
         "防災アプリとＬＩＮＥで避難情報を届けます。", "防災アプリの登録者数", "1,100人（R6）", "4,500人（R10）",
         "R7 構築　R8～R10 運用"),
    ]),
]  # fmt: skip


def _two_columns(section: Any) -> None:
    """The section set in two columns (``w:cols``), as Word's 段組み writes it."""
    properties = section._sectPr
    for old in properties.findall(qn("w:cols")):
        properties.remove(old)
    cols = OxmlElement("w:cols")
    cols.set(qn("w:num"), "2")
    cols.set(qn("w:space"), "425")
    properties.append(cols)


def _tabbed(document: Any, label: str, value: str) -> None:
    """「label→value」 laid by a left tab stop at 20 mm, the value's wrapped lines hanging there too."""
    paragraph = document.add_paragraph(f"{label}\t{value}")
    form = paragraph.paragraph_format
    form.tab_stops.add_tab_stop(Mm(20), WD_TAB_ALIGNMENT.LEFT)
    form.left_indent = Mm(20)
    form.first_line_indent = Mm(-20)
    form.space_after = Pt(1)


def danbara_docx() -> bytes:
    document = docx.Document()
    style = document.styles["Normal"]
    style.font.size = Pt(10)
    section = document.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.right_margin = Mm(20)
    section.top_margin = section.bottom_margin = Mm(20)
    section.footer.paragraphs[0].text = "檀原町デジタル化推進計画"
    document.add_paragraph("檀原町デジタル化推進計画（令和７年度～令和10年度）", style="Title")
    document.add_paragraph("第４章　具体的な取組", style="Heading 1")
    document.add_paragraph(
        "　基本方針ごとに、町が取り組む事業を次のとおり定めます。現状値は令和６年度の実績、目標値は令和10年度の目標です。"
        "令和６年度の町民アンケートでは、回答者の41.5％がスマートフォンで手続をしたいと答えました。"
    )
    body = document.add_section(WD_SECTION.CONTINUOUS)
    _two_columns(body)
    for policy, entries in _DANBARA:
        document.add_paragraph(policy, style="Heading 2")
        for no, title, written, what, name, base, goal, steps in entries:
            heading = document.add_paragraph()
            run = heading.add_run(f"取組{_wide(no)}　{title}")
            run.bold = True
            heading.paragraph_format.space_before = Pt(6)
            heading.paragraph_format.keep_with_next = True
            _tabbed(document, "担当課", written)
            _tabbed(document, "内容", what)
            if name:
                _tabbed(document, "指標", name)
                _tabbed(document, "現状値", base)
                _tabbed(document, "目標値", goal)
            _tabbed(document, "工程", steps)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _wide(digits: str) -> str:
    """Digits as a person types them in Word: full width."""
    return digits.translate(str.maketrans("0123456789", "０１２３４５６７８９"))


def _steps(written: str) -> tuple[int, ...]:
    """The years of 「R7 検討　R8 導入　R9～R10 運用」."""
    out: set[int] = set()
    for part in written.split("　"):
        years = part.split(" ")[0]
        out.update(_span(years))
    return tuple(sorted(out))


def _danbara_plan() -> list[dict[str, Any]]:
    out = []
    for _, entries in _DANBARA:
        for no, title, written, _, name, base, goal, steps in entries:
            found = ()
            if name:
                final = (_reiwa(goal.split("（")[1].rstrip("）")), _value(goal))
                found = (kpi((_reiwa(base.split("（")[1].rstrip("）")), _value(base)), final),)
            out.append(item(no, title, _offices(written), found, _steps(steps)))
    return out


# --- 白露台市: a dashboard page of cards, an SVG chart of the 実績 in each ----------------------------------------------------

#: (No., 取組名, 担当, 実施期間, 指標 (None: no KPI), 単位, 基準値 (R5), 目標値 (R9), {fy: 実績}, 状況).
_SHIRATSUYUDAI: list[tuple[Any, ...]] = [
    ("1", "行政手続のオンライン化", "デジタル推進課", "R6～R9", "オンライン化した手続数", "手続", "72", "260",
     {2024: 118, 2025: 163}, "順調"),
    ("2", "コンビニ交付の推進", "市民課", "R6～R9", "コンビニ交付の利用率", "％", "8.2", "25.0",
     {2024: 12.5, 2025: 15.1}, "順調"),
    ("3", "窓口予約システムの導入", "市民課、デジタル推進課", "R7～R9", "予約による来庁者の割合", "％", "0", "30",
     {2025: 4.8}, "遅れ"),
    ("4", "基幹業務システムの標準化", "デジタル推進課", "R6～R7", None, "", "", "", {}, "完了"),
    ("5", "保育所入所申請のオンライン化", "こども未来課", "R6～R8", "オンラインによる入所申請の割合", "％", "0", "80",
     {2024: 35, 2025: 61}, "順調"),
    ("6", "ＡＩ議事録作成の導入", "行政改革課", "R6～R9", "議事録作成の削減時間（年間）", "時間", "0", "1,500",
     {2024: 420, 2025: 910}, "順調"),
    ("7", "地域ポイントアプリの運用", "商工観光課", "R7～R9", "アプリの登録者数", "人", "0", "20,000",
     {2025: 6800}, "やや遅れ"),
]  # fmt: skip


def _chart(unit: str, values: dict[int, float], goal: float) -> str:
    """An SVG bar chart of the 実績 by year: a bar a year with its figure on top, the axis's ticks, the 目標 as a dashed
    line labelled 「目標 …」."""
    top = max([goal, *values.values()]) * 1.15
    step = _tick(top)
    width, height, left, base = 300, 150, 40, 125
    scale = (base - 15) / top

    def y(v: float) -> float:
        return base - v * scale

    parts = [
        f"<svg xmlns='http://www.w3.org/2000/svg' width='{width}' height='{height}' viewBox='0 0 {width} {height}'>"
    ]
    tick = 0.0
    while tick <= top:
        parts.append(
            f"<line x1='{left}' x2='{width - 10}' y1='{y(tick):.1f}' y2='{y(tick):.1f}' stroke='#ddd'/>"
            f"<text x='{left - 4}' y='{y(tick) + 4:.1f}' font-size='10' text-anchor='end'>{_number_text(tick)}</text>"
        )
        tick += step
    years = list(range(2024, 2028))
    slot = (width - 10 - left) / len(years)
    for at, fy in enumerate(years):
        x = left + at * slot + slot * 0.25
        parts.append(
            f"<text x='{x + slot * 0.25:.1f}' y='{base + 14}' font-size='10' text-anchor='middle'>R{fy - 2018}</text>"
        )
        if fy in values:
            v = values[fy]
            parts.append(
                f"<rect x='{x:.1f}' y='{y(v):.1f}' width='{slot * 0.5:.1f}' height='{v * scale:.1f}' fill='#4A90C2'/>"
                f"<text x='{x + slot * 0.25:.1f}' y='{y(v) - 3:.1f}' font-size='10' text-anchor='middle'>"
                f"{_number_text(v)}</text>"
            )
    parts.append(
        f"<line x1='{left}' x2='{width - 10}' y1='{y(goal):.1f}' y2='{y(goal):.1f}' stroke='#D0021B'"
        f" stroke-dasharray='4 3'/><text x='{width - 12}' y='{y(goal) - 3:.1f}' font-size='9' fill='#D0021B'"
        f" text-anchor='end'>目標 {_number_text(goal)}</text>"
    )
    parts.append(f"<text x='4' y='10' font-size='9'>（{unit}）</text></svg>")
    return "".join(parts)


def _tick(top: float) -> float:
    for step in (1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000):
        if top / step <= 6:
            return float(step)
    return 20000.0


def _number_text(v: float) -> str:
    return f"{v:,.1f}" if v != int(v) else f"{int(v):,}"


def shiratsuyudai_html() -> str:
    cards = []
    for no, title, office, span, name, unit, base, goal, done, state in _SHIRATSUYUDAI:
        kpi_part = ""
        if name:
            kpi_part = (
                f"<p class=kpi>{_esc(name)}<br>基準値 {base}{unit}（R5） → 目標値 {goal}{unit}（R9）</p>"
                f"<p class=cap>実績の推移</p>{_chart(unit, done, _value(goal) or 0.0)}"
            )
        cards.append(
            "<article class=card>"
            f"<h3>取組{_wide(no)}　{_esc(title)}</h3><span class=state>{_esc(state)}</span>"
            f"<p>担当：{_esc(office)}</p><p>実施期間：{span}</p>{kpi_part}</article>"
        )
    body = (
        "<header><p class=site>白露台市公式ホームページ</p><nav><a href='#'>ホーム</a> &gt; <a href='#'>市政情報</a> &gt;"
        " <a href='#'>ＤＸの推進</a></nav></header><main><h1 class=top>白露台市ＤＸ推進計画　進捗ダッシュボード</h1>"
        "<p>計画期間：令和６年度～令和９年度　｜　最終更新日：2025年8月1日</p>"
        "<p>取組ごとの成果指標の実績を、年度ごとにグラフで示しています。令和７年度の数値は７月末時点の見込みです。</p>"
        "<div class=grid>" + "".join(cards) + "</div></main>"
        "<footer><p>このページに関するお問い合わせ　デジタル推進課　電話 0120-000-000</p>"
        "<p>© 2025 Shiratsuyudai City</p></footer>"
    )
    css = (
        "h1.top { margin-top: 0; font-size: 16pt; } .site { font-size: 9pt; color: #555; }"
        " .grid { display: grid; grid-template-columns: 1fr 1fr; gap: 6mm; }"
        " .card { border: 0.6pt solid #4A90C2; border-radius: 3mm; padding: 3mm; break-inside: avoid; position: relative; }"
        " .card h3 { margin: 0 0 2mm; font-size: 11pt; } .state { position: absolute; right: 3mm; top: 3mm;"
        " background: #E8F1FA; padding: 0 2mm; font-size: 9pt; } .kpi { font-weight: bold; } .cap { font-size: 8pt; color: #555; }"
        " footer { margin-top: 8mm; font-size: 8pt; color: #555; }"
    )
    return _page(body, size="A4", header=None, css=css, font="9.5pt", margin="14mm 14mm")


def _shiratsuyudai_plan() -> list[dict[str, Any]]:
    out = []
    for no, title, office, span, name, _, base, goal, done, _ in _SHIRATSUYUDAI:
        found = ()
        if name:
            final = (2027, _value(goal))
            found = (kpi((2023, _value(base)), final, (), tuple(sorted(done.items()))),)
        out.append(item(no, title, _offices(office), found, _span(span)))
    return out


# --- the batch ---------------------------------------------------------------------------------------------------

#: name → (municipality, the initiatives it states).
PLANS: dict[str, tuple[str, list[dict[str, Any]]]] = {
    KAYAGAHARA: ("茅ヶ原市", _kayagahara_plan()),
    KAYAGAHARA_PDF: ("茅ヶ原市", _kayagahara_plan()),
    ASAHIGAHARA: ("朝日ヶ原町", _asahigahara_plan()),
    ASAHIGAHARA_PDF: ("朝日ヶ原町", _asahigahara_plan()),
    MIDORIGAHAMA_PDF: ("翠ヶ浜市", _midorigahama_plan()),
    DANBARA: ("檀原町", _danbara_plan()),
    DANBARA_PDF: ("檀原町", _danbara_plan()),
    SHIRATSUYUDAI: ("白露台市", _shiratsuyudai_plan()),
    SHIRATSUYUDAI_PDF: ("白露台市", _shiratsuyudai_plan()),
}

#: A workbook, web page or Word document uploaded as it is kept: what builds its bytes, and the file name it is
#: uploaded under.
SHEETS: dict[str, tuple[Callable[[], bytes], str]] = {
    KAYAGAHARA: (kayagahara_xlsx, "茅ヶ原市ＤＸ推進計画_取組別計画一覧.xlsx"),
    ASAHIGAHARA: (asahigahara_xlsx, "朝日ヶ原町ＤＸ推進計画_取組一覧.xlsx"),
    DANBARA: (danbara_docx, "檀原町デジタル化推進計画.docx"),
    SHIRATSUYUDAI: (lambda: shiratsuyudai_html().encode("utf-8"), "dashboard.html"),
}

CHROMIUM: dict[str, Callable[[], str]] = {
    MIDORIGAHAMA_PDF: midorigahama_html,
    SHIRATSUYUDAI_PDF: shiratsuyudai_html,
}
CALC: dict[str, Callable[[], bytes]] = {KAYAGAHARA_PDF: kayagahara_xlsx, ASAHIGAHARA_PDF: asahigahara_xlsx}
WRITER: dict[str, Callable[[], bytes]] = {DANBARA_PDF: danbara_docx}
PDFS = (*CHROMIUM, *CALC, *WRITER)

#: The plan period each document states (fiscal years).
PERIODS: dict[str, tuple[int, int]] = {
    KAYAGAHARA: (2025, 2028),
    KAYAGAHARA_PDF: (2025, 2028),
    ASAHIGAHARA: (2024, 2027),
    ASAHIGAHARA_PDF: (2024, 2027),
    MIDORIGAHAMA_PDF: (2025, 2028),
    DANBARA: (2025, 2028),
    DANBARA_PDF: (2025, 2028),
    SHIRATSUYUDAI: (2024, 2027),
    SHIRATSUYUDAI_PDF: (2024, 2027),
}

_, sheet, pdf, expected = batch_documents(PLANS, sheets=SHEETS, chromium=CHROMIUM, calc=CALC, writer=WRITER)
