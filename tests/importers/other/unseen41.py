"""A forty-first batch of plans no reader was written against (the readers' code was not read): five workbooks as the
情報政策課 of a municipality keeps its DX plan in Excel, in shapes the batches before lack, each read as the .xlsx
uploaded and printed by LibreOffice Calc (the PDF, its ``pdftotext -layout`` text and its plain ``pdftotext`` text):

- 小春野市's 成果指標進捗管理表 (``koharuno_kpi_shinchoku.xlsx``, A3 landscape): a sheet a 基本目標 (「基本目標１」 …
  「基本目標３」) and a 「集計」 sheet of formulas over them (COUNTA / COUNTIF, Excel's values cached); on each 基本目標 sheet
  「No. | 取組名 | 担当課 | 成果指標（ＫＰＩ） | 単位 | 基準値（R5） | R6目標 | R6実績 | R6達成率 | R7目標 | R7実績 | R7達成率 |
  R8目標 | R8実績 | R8達成率 | R9目標 | R9実績 | R9達成率」 — targets, actuals and rates INTERLEAVED year by year in one
  header row, the 達成率 a formula 「=IF(ISNUMBER(H5),H5/G5,"")」 shown 「0.0%」, R8 and R9 実績 blank, one R7 実績
  「集計中」 — No. / 取組名 / 担当課 merged down over a 取組's two indicators, the print area set and 「印刷タイトル」 row 4
  repeated on each page;
- 栂池町's 事務事業評価シート (``tsugaike_jigyo_sheets.xlsx``, A4 portrait, a sheet a page): TEN sheets, one a 事業, named
  by the 事業番号 (「1-1-01」 …), each the same form — 事業番号 / 事業名, 所管課 / 課長名, 施策, 事業期間 (「令和６年度～
  令和９年度」), 事業概要 over the width, an 指標 grid of two rows an indicator (「活動指標」 / 「成果指標」 and the name, unit
  and 基準値（R5） merged down over 「目標」 and 「実績」, then R6 … R9: the targets every year, the 実績 of R6 alone; one
  事業 of one indicator), 事業費（千円） by year (R6決算 | R7予算 | R8計画 | R9計画), 自己評価 「Ｂ」 beside its legend
  Ａ–Ｄ, 今後の方向性 ticked in a row of boxes 「□拡充　■継続　□縮小　□廃止」 and 今後の取組 prose with figures of its own;
- 蛍原市's 実施計画 (``hotaruhara_jisshi_keikaku.xlsx``, A3 landscape): 「No. | 取組名 | 取組内容 | 部 | 課 | R6 … R10 |
  成果指標 | 現状値（R5） | 目標値（R10） | 備考」, the 取組 grouped under 基本目標 rows merged across the table and filled
  in colour, 担当 as TWO columns 「部」 (merged down over the 取組 of one 部) and 「課」, the schedule a word in a step's
  first year, 「→」 in the years it goes on and 「▶」 where it runs on past the plan, 備考 「R6 新規」「R7 新規」「前計画から
  継続」 (a year in a note, no step), 「－」 no indicator;
- 槙尾村's 取組一覧 (``makio_futatsu_ikko.xlsx``): a row where the person typed TWO 取組 in one row's cells with Alt+Enter
  — No. 「4⏎5」, 取組名 「…⏎…」, the 成果指標 and its figures a line each, one 担当課 for both — beside a title wrapped by
  Alt+Enter under one No. (one 取組), 担当課 「同上」 for the 課 above (twice running, and under the two-取組 row),
  実施年度 「R7～R9」;
- 栗林町's 進捗管理表 (``kuribayashi_filter_kei.xlsx``): the header frozen and a filter on it, its 状況 column filtered
  to hide the two 取組 marked 「廃止」 (their rows hidden), figures typed as TEXT in full-width digits with their units
  (「１２０件」「４５．５％」「１，２００人」), a 事業費（千円） column and a 「計」 row under the table summing it.

``PLANS[name]`` is the plan each document states, read as a careful person reads it in Excel or on the printed page, by
the earlier batches' conventions: codes as written (「1-1」, 「1-1-01」, 「1」); 担当課 the 課 (「部 | 課」 the 課
column's, split at 「、」), 「同上」 the 課 above; a 基準値 / 現状値 the baseline of its year; a column headed with its year
(「R6目標」, 目標値（R10）, 目標値（R8）) that year's target, the last the final one; an 実績 column or row headed with its
year that year's actual (「集計中」 and a blank none); 達成率 and 事業費 no figures of an indicator. A 事業シート's two
indicators are both the 事業's (活動指標 and 成果指標). A schedule is every year a word, 「→」 or 「▶」 is written in, every
year of 「R7～R9」 or of a 事業期間; 小春野市 and 栗林町 state none. A row of two 取組 is two 取組 (a line each of every
cell of two lines, the one 担当課 both's); a title wrapped under one No. is one. A hidden row is read as the
readers read one (hiding is not deleting, ``tabledocs10``): 栗林町's book holds its two 廃止 取組, its print — Calc
prints no hidden row — does not; 基本目標 rows, the 集計 sheet, legends, ※ notes and the 計 row are no 取組.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import openpyxl
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.filters import CustomFilter, CustomFilters, FilterColumn

from ..unseen_harness import save
from .batch_documents import batch_documents
from .docparts import (
    CENTRE,
    FONT,
    HEAD_FILL,
    LEFT,
    RIGHT,
    SECTION_FILL,
    _cell,
    _offices,
    _print_setup,
    _ruled,
    _value,
    _widths,
)
from .tabledocs11 import _cached
from .unseen import item, kpi, years

KOHARUNO = "koharuno_kpi_shinchoku.xlsx"
KOHARUNO_PDF = "koharuno_kpi_shinchoku.pdf"
TSUGAIKE = "tsugaike_jigyo_sheets.xlsx"
TSUGAIKE_PDF = "tsugaike_jigyo_sheets.pdf"
HOTARUHARA = "hotaruhara_jisshi_keikaku.xlsx"
HOTARUHARA_PDF = "hotaruhara_jisshi_keikaku.pdf"
MAKIO = "makio_futatsu_ikko.xlsx"
MAKIO_PDF = "makio_futatsu_ikko.pdf"
KURIBAYASHI = "kuribayashi_filter_kei.xlsx"
KURIBAYASHI_PDF = "kuribayashi_filter_kei.pdf"

_A3 = 8
_A4 = 9


def _title(sheet: Any, text: str, *, size: int = 14) -> None:
    """The sheet's title in A1, large and bold."""
    sheet["A1"] = text
    sheet["A1"].font = Font(name=FONT, size=size, bold=True)


def _header(sheet: Any, row: int, labels: list[str]) -> None:
    """A header row, centred, ruled and filled, tall enough for two lines."""
    for column, label in enumerate(labels, start=1):
        _cell(sheet, row, column, label, CENTRE)
    _ruled(sheet, row, 1, len(labels), HEAD_FILL)
    sheet.row_dimensions[row].height = 30


def _era(fy: int) -> str:
    return f"R{fy - 2018}"


# --- 小春野市: a sheet a 基本目標, targets / actuals / rates interleaved by year, a 集計 sheet, print titles ---------------

#: (基本目標, [(No., 取組名, 担当課, [(成果指標, 単位, 基準値（R5）, [(R6目標, R6実績), (R7…), (R8…), (R9…)])])]).
_KOHARUNO: list[tuple[str, list[tuple[str, str, str, list[tuple[Any, ...]]]]]] = [
    ("基本目標１　手続がかんたんなまち", [
        ("1-1", "電子申請の拡充", "デジタル推進課", [
            ("電子申請できる手続数", "手続", 42, [(80, 96), (120, 131), (160, None), (200, None)]),
            ("電子申請の利用件数（年間）", "件", 3850, [(5000, 5420), (7000, "集計中"), (9000, None), (11000, None)]),
        ]),
        ("1-2", "書かない窓口の導入", "市民課、デジタル推進課", [
            ("書かない窓口で受け付けた手続数", "手続", 0, [(10, 12), (25, 24), (40, None), (50, None)]),
        ]),
        ("1-3", "キャッシュレス決済の拡大", "会計課", [
            ("キャッシュレス決済に対応した窓口数", "窓口", 6, [(10, 11), (15, 15), (20, None), (24, None)]),
            ("キャッシュレス決済の利用割合", "％", 8.5, [(12.0, 13.2), (16.0, 17.5), (20.0, None), (25.0, None)]),
        ]),
    ]),
    ("基本目標２　効率的でしなやかな市役所", [
        ("2-1", "ＲＰＡ・ＡＩの活用", "行政改革課", [
            ("ＲＰＡ・ＡＩによる削減時間（年間）", "時間", 1500, [(2500, 2710), (3500, 3380), (4500, None), (5500, None)]),
        ]),
        ("2-2", "テレワークの推進", "職員課", [
            ("テレワークを実施した職員数（年間）", "人", 40, [(80, 72), (120, 118), (160, None), (200, None)]),
        ]),
        ("2-3", "会議のペーパーレス化", "総務課", [
            ("庁内会議で使った紙の枚数（年間）", "千枚", 820, [(700, 690), (600, 575), (500, None), (400, None)]),
            ("タブレットで開いた会議の割合", "％", 15.0, [(30.0, 34.0), (45.0, 51.5), (60.0, None), (80.0, None)]),
        ]),
    ]),
    ("基本目標３　誰一人取り残さないまち", [
        ("3-1", "デジタル活用支援", "生涯学習課、高齢福祉課", [
            ("スマホ教室の参加者数（年間）", "人", 210, [(300, 342), (350, 365), (400, None), (450, None)]),
        ]),
        ("3-2", "公衆無線ＬＡＮの整備", "デジタル推進課", [
            ("公衆無線ＬＡＮを整備した施設数", "施設", 14, [(18, 18), (22, 21), (26, None), (30, None)]),
        ]),
        ("3-3", "オープンデータの推進", "企画課", [
            ("公開したデータセット数", "件", 22, [(30, 33), (40, 44), (50, None), (60, None)]),
        ]),
    ]),
]  # fmt: skip

_KH_YEARS = (2024, 2025, 2026, 2027)
_KH_HEAD = [
    "No.", "取組名", "担当課", "成果指標（ＫＰＩ）", "単位", "基準値\n（R5）",
    *(label for fy in _KH_YEARS for label in (f"{_era(fy)}目標", f"{_era(fy)}実績", f"{_era(fy)}達成率")),
]  # fmt: skip
_KH_WIDTHS = [6.0, 22.0, 16.0, 30.0, 6.0, 9.0, *([8.0, 8.0, 8.0] * 4)]


def _koharuno_book() -> tuple[bytes, dict[int, dict[str, Any]]]:
    """The book's bytes as openpyxl writes them, and for each sheet (1-based) the values Excel caches."""
    book = openpyxl.Workbook()
    first = book.active
    assert first is not None
    cached: dict[int, dict[str, Any]] = {}
    counts = []
    for number, (goal, entries) in enumerate(_KOHARUNO, start=1):
        sheet = first if number == 1 else book.create_sheet()
        sheet.title = f"基本目標{'１２３'[number - 1]}"
        _title(sheet, "小春野市ＤＸ推進計画（令和６年度～令和９年度）　成果指標進捗管理表")
        sheet["A2"] = goal
        sheet["A2"].font = Font(name=FONT, size=12, bold=True)
        sheet["R3"] = "令和８年５月末現在"
        sheet["R3"].alignment = Alignment(horizontal="right")
        _header(sheet, 4, _KH_HEAD)
        values: dict[str, Any] = {}
        row = 5
        kpis = reached = 0
        for code, title, written, indicators in entries:
            top = row
            for name, unit, base, pairs in indicators:
                cells: list[Any] = [code, title, written, name, unit, base]
                for offset, (target, actual) in enumerate(pairs):
                    at = 7 + 3 * offset
                    t, a = openpyxl.utils.get_column_letter(at), openpyxl.utils.get_column_letter(at + 1)
                    cells += [target, actual, f'=IF(ISNUMBER({a}{row}),{a}{row}/{t}{row},"")']
                    rate = openpyxl.utils.get_column_letter(at + 2)
                    values[f"{rate}{row}"] = actual / target if isinstance(actual, int | float) else ""
                for column, value in enumerate(cells, start=1):
                    align = LEFT if column in (2, 3, 4) else CENTRE if column in (1, 5) else RIGHT
                    _cell(sheet, row, column, value, align)
                    if column >= 6:
                        sheet.cell(row, column).number_format = (
                            "0.0%" if column >= 7 and (column - 7) % 3 == 2 else "0.0" if isinstance(base, float) else "#,##0"
                        )
                sheet.row_dimensions[row].height = 30
                kpis += 1
                reached += isinstance(pairs[1][1], int | float) and pairs[1][1] >= pairs[1][0]
                row += 1
            if row - 1 > top:
                for column in (1, 2, 3):
                    sheet.merge_cells(start_row=top, start_column=column, end_row=row - 1, end_column=column)
        sheet.cell(row + 1, 1, "※達成率＝実績÷目標。R8・R9の実績は各年度終了後に記入する。").font = Font(name=FONT, size=9)
        counts.append((goal, kpis, reached))
        _widths(sheet, _KH_WIDTHS)
        sheet.freeze_panes = "E5"
        _print_setup(sheet, paper=_A3, area=f"A1:R{row + 1}", titles="$4:$4", header=sheet.title)
        cached[number] = values
    summary = book.create_sheet("集計")
    _title(summary, "成果指標の達成状況（令和７年度）", size=13)
    _header(summary, 3, ["基本目標", "指標数", "R7目標を達成した指標", "達成割合"])
    values = {}
    for offset, (goal, count, done) in enumerate(counts):
        row = 4 + offset
        name = f"基本目標{'１２３'[offset]}"
        _cell(summary, row, 1, goal, LEFT)
        _cell(summary, row, 2, f"=COUNTA('{name}'!D5:D30)", RIGHT)
        _cell(summary, row, 3, f"=COUNTIF('{name}'!L5:L30,\">=1\")", RIGHT)
        _cell(summary, row, 4, f"=IFERROR(C{row}/B{row},\"\")", RIGHT)
        summary.cell(row, 4).number_format = "0.0%"
        values.update({f"B{row}": count, f"C{row}": done, f"D{row}": done / count})
    row = 4 + len(counts)
    _cell(summary, row, 1, "合計", CENTRE)
    _cell(summary, row, 2, f"=SUM(B4:B{row - 1})", RIGHT)
    _cell(summary, row, 3, f"=SUM(C4:C{row - 1})", RIGHT)
    _cell(summary, row, 4, f"=IFERROR(C{row}/B{row},\"\")", RIGHT)
    summary.cell(row, 4).number_format = "0.0%"
    total, done = sum(c for _, c, _ in counts), sum(d for *_, d in counts)
    values.update({f"B{row}": total, f"C{row}": done, f"D{row}": done / total})
    cached[len(_KOHARUNO) + 1] = values
    _widths(summary, [36.0, 8.0, 20.0, 10.0])
    _print_setup(summary, paper=_A4, area=f"A1:D{row}", titles="$3:$3")
    return save(book), cached


def koharuno_xlsx() -> bytes:
    """The book as Excel saves it: each formula with its value cached."""
    data, cached = _koharuno_book()
    for sheet, values in cached.items():
        data = _cached(data, sheet, values)
    return data


def _koharuno() -> list[dict[str, Any]]:
    out = []
    for _, entries in _KOHARUNO:
        for code, title, written, indicators in entries:
            found = tuple(
                kpi(
                    (2023, base),
                    (2027, pairs[-1][0]),
                    tuple(zip(_KH_YEARS, (t for t, _ in pairs), strict=True)),
                    tuple((fy, a) for fy, (_, a) in zip(_KH_YEARS, pairs, strict=True) if isinstance(a, int | float)),
                )
                for _, _, base, pairs in indicators
            )
            out.append(item(code, title, _offices(written), found))
    return out


# --- 栂池町: ten 事務事業評価シート, a sheet a 事業 ------------------------------------------------------------------------

#: (事業番号, 事業名, 所管課, 課長名, 施策, 事業期間 (first fy, last fy), 事業概要,
#:  [(区分, 指標名, 単位, 基準値（R5）, 目標 R6–R9, 実績 R6)], 事業費 R6–R9 (千円), 自己評価, 今後の方向性, 今後の取組).
_TSUGAIKE: list[tuple[Any, ...]] = [
    ("1-1-01", "電子申請推進事業", "総務課", "山田　健一", "1-1　行政手続のオンライン化", (2024, 2027),
     "町民が役場に来なくても手続ができるよう、電子申請できる手続を増やす。",
     [("活動指標", "電子申請に対応した手続数", "手続", 25, (40, 60, 80, 100), 44),
      ("成果指標", "電子申請の利用件数（年間）", "件", 1200, (2000, 3000, 4000, 5000), 2150)],
     (3200, 2800, 2800, 2500), "Ａ", "拡充", "令和７年度は子育て関係の12手続を追加し、利用件数3,000件を目指す。"),
    ("1-1-02", "証明書コンビニ交付事業", "住民課", "佐藤　和子", "1-1　行政手続のオンライン化", (2024, 2027),
     "住民票の写し等をコンビニエンスストアで取得できるようにする。",
     [("活動指標", "コンビニで取得できる証明書の種類", "種類", 2, (4, 5, 5, 5), 4),
      ("成果指標", "コンビニ交付の利用率", "％", 6.5, (10.0, 14.0, 18.0, 22.0), 9.1)],
     (4500, 1800, 1800, 1800), "Ｂ", "継続", "利用率が10％に届かなかったため、広報紙で２回周知する。"),
    ("1-2-01", "窓口キャッシュレス化事業", "会計課", "鈴木　誠", "1-2　窓口サービスの向上", (2024, 2026),
     "窓口で手数料をキャッシュレスで納められるようにする。",
     [("活動指標", "決済端末を置いた窓口数", "窓口", 1, (3, 5, 6, None), 3),
      ("成果指標", "キャッシュレス決済の利用割合", "％", 2.0, (8.0, 12.0, 15.0, None), 8.8)],
     (1500, 900, 600, 0), "Ａ", "継続", "令和８年度までに全６窓口に決済端末を置く。"),
    ("1-2-02", "書かない窓口導入事業", "住民課", "佐藤　和子", "1-2　窓口サービスの向上", (2025, 2027),
     "申請書を書かずに手続ができる窓口支援システムを導入する。",
     [("成果指標", "書かない窓口で受け付けた件数（年間）", "件", 0, (None, 1500, 3000, 4500), None)],
     (0, 6200, 1500, 1500), "Ｃ", "継続", "令和６年度はシステムの選定が遅れた。令和７年度中に稼働させる。"),
    ("2-1-01", "ＲＰＡ導入事業", "企画課", "高橋　浩", "2-1　業務の効率化", (2024, 2027),
     "定型的な入力作業をＲＰＡで自動化し、職員の作業時間を減らす。",
     [("活動指標", "ＲＰＡを導入した業務数", "業務", 3, (6, 9, 12, 15), 7),
      ("成果指標", "ＲＰＡによる削減時間（年間）", "時間", 420, (800, 1200, 1600, 2000), 910)],
     (2400, 2400, 2400, 2400), "Ａ", "拡充", "令和７年度は生成ＡＩの試行を加え、削減時間1,200時間を目指す。"),
    ("2-1-02", "電子決裁導入事業", "総務課", "山田　健一", "2-1　業務の効率化", (2024, 2025),
     "文書管理・電子決裁システムを導入し、紙の決裁をなくす。",
     [("活動指標", "電子決裁システムの研修受講者数", "人", 0, (120, 180, None, None), 134),
      ("成果指標", "電子決裁率", "％", 0.0, (50.0, 90.0, None, None), 46.5)],
     (8800, 3300, 0, 0), "Ｂ", "縮小", "令和７年度で導入を終え、以後は運用のみとする。"),
    ("2-2-01", "テレワーク推進事業", "総務課", "山田　健一", "2-2　働き方の改革", (2024, 2027),
     "職員が自宅等で働ける環境を整える。",
     [("活動指標", "テレワーク用端末の台数", "台", 10, (20, 30, 40, 50), 20),
      ("成果指標", "テレワークを実施した職員数（年間）", "人", 12, (25, 40, 55, 70), 19)],
     (1600, 1600, 1600, 1600), "Ｃ", "継続", "利用が伸びていないため、課ごとに試行日を設ける。"),
    ("2-2-02", "庁内ペーパーレス化事業", "総務課", "山田　健一", "2-2　働き方の改革", (2024, 2027),
     "会議資料をタブレットで配り、紙の使用を減らす。",
     [("成果指標", "庁内の紙の使用枚数（年間）", "千枚", 950, (850, 750, 650, 550), 870)],
     (700, 300, 300, 300), "Ｂ", "継続", "議会資料のペーパーレス化を議会事務局と協議する。"),
    ("3-1-01", "デジタル活用支援事業", "生涯学習課", "伊藤　美香", "3-1　デジタルデバイド対策", (2024, 2027),
     "高齢者向けのスマートフォン教室を地区ごとに開く。",
     [("活動指標", "スマホ教室の開催回数（年間）", "回", 8, (12, 16, 20, 24), 14),
      ("成果指標", "スマホ教室の参加者数（年間）", "人", 96, (150, 200, 250, 300), 171)],
     (500, 500, 500, 500), "Ａ", "継続", "参加者の多い公民館では回数を増やす。"),
    ("3-1-02", "地区公民館Ｗｉ－Ｆｉ整備事業", "生涯学習課", "伊藤　美香", "3-1　デジタルデバイド対策", (2024, 2025),
     "地区公民館に公衆無線ＬＡＮを整備する。",
     [("活動指標", "Ｗｉ－Ｆｉを整備した公民館数", "館", 2, (6, 10, None, None), 6)],
     (3000, 2000, 0, 0), "Ｄ", "廃止", "令和７年度で整備を終え、事業を廃止する。"),
]  # fmt: skip

_TG_YEARS = (2024, 2025, 2026, 2027)
_TG_WIDTHS = [11.0, 28.0, 7.0, 10.0, 7.0, 10.0, 10.0, 10.0, 10.0]
_TG_TICKS = ("拡充", "継続", "縮小", "廃止")
_TG_BOLD = Font(name=FONT, size=10, bold=True)


def _wareki(fy: int) -> str:
    return f"令和{'０１２３４５６７８９'[fy - 2018] if fy - 2018 < 10 else fy - 2018}年度"


def _label(sheet: Any, row: int, column: int, text: str) -> None:
    _cell(sheet, row, column, text, CENTRE)
    sheet.cell(row, column).fill = HEAD_FILL


def _tsugaike_sheet(sheet: Any, entry: tuple[Any, ...]) -> None:
    """One 事業's 評価シート: the form of A:I, every field ruled."""
    code, title, office, chief, measure, (first, last), summary, indicators, costs, grade, future, plan = entry
    _title(sheet, "栂池町ＤＸ推進計画（令和６年度～令和９年度）　事務事業評価シート（令和６年度実績）", size=12)
    sheet.merge_cells("A1:I1")

    def field(row: int, label: str, value: Any, *, then: tuple[str, Any] | None = None, height: float = 22) -> None:
        _label(sheet, row, 1, label)
        _cell(sheet, row, 2, value, LEFT)
        if then is None:
            sheet.merge_cells(start_row=row, start_column=2, end_row=row, end_column=9)
            _ruled(sheet, row, 2, 9)
        else:
            sheet.merge_cells(start_row=row, start_column=2, end_row=row, end_column=4)
            _label(sheet, row, 5, then[0])
            sheet.merge_cells(start_row=row, start_column=5, end_row=row, end_column=6)
            _cell(sheet, row, 7, then[1], LEFT)
            sheet.merge_cells(start_row=row, start_column=7, end_row=row, end_column=9)
            _ruled(sheet, row, 2, 9)
        sheet.row_dimensions[row].height = height

    field(3, "事業番号", code, then=("事業名", title))
    field(4, "所管課", office, then=("課長名", chief))
    field(5, "施策", measure)
    field(6, "事業期間", f"{_wareki(first)}～{_wareki(last)}")
    field(7, "事業概要", summary, height=40)
    # the 指標 grid: two rows an indicator, 区分 / 指標名 / 単位 / 基準値 merged down over 目標 and 実績
    row = 9
    sheet.cell(row, 1, "■指標").font = _TG_BOLD
    row += 1
    for column, label in enumerate(["区分", "指標名", "単位", "基準値\n（R5）", "", *(_era(fy) for fy in _TG_YEARS)], 1):
        _label(sheet, row, column, label)
    sheet.row_dimensions[row].height = 30
    row += 1
    for kind, name, unit, base, targets, actual in indicators:
        for offset, (what, figures) in enumerate((("目標", targets), ("実績", (actual, None, None, None)))):
            cells = [kind, name, unit, base, what, *(("－" if f is None and what == "目標" else f) for f in figures)]
            for column, value in enumerate(cells, start=1):
                if offset and column <= 4:
                    _cell(sheet, row + offset, column, None, CENTRE)
                    continue
                _cell(sheet, row + offset, column, value, LEFT if column == 2 else RIGHT if column >= 6 else CENTRE)
                if isinstance(value, float):
                    sheet.cell(row + offset, column).number_format = "0.0"
                elif isinstance(value, int):
                    sheet.cell(row + offset, column).number_format = "#,##0"
            sheet.row_dimensions[row + offset].height = 20
        for column in (1, 2, 3, 4):
            sheet.merge_cells(start_row=row, start_column=column, end_row=row + 1, end_column=column)
        row += 2
    row += 1
    sheet.cell(row, 1, "■事業費（千円）").font = _TG_BOLD
    row += 1
    spans = ((2, 3), (4, 5), (6, 7), (8, 9))
    heads = ("令和６年度決算", "令和７年度予算", "令和８年度計画", "令和９年度計画")
    _label(sheet, row, 1, "区分")
    _label(sheet, row + 1, 1, "事業費")
    for (left, right), head, cost in zip(spans, heads, costs, strict=True):
        _label(sheet, row, left, head)
        _cell(sheet, row + 1, left, cost, RIGHT)
        sheet.cell(row + 1, left).number_format = "#,##0"
        for at in (row, row + 1):
            sheet.merge_cells(start_row=at, start_column=left, end_row=at, end_column=right)
            _ruled(sheet, at, left, right)
    row += 3
    sheet.cell(row, 1, "■評価").font = _TG_BOLD
    row += 1
    _label(sheet, row, 1, "自己評価")
    _cell(sheet, row, 2, grade, CENTRE)
    _cell(sheet, row, 3, "Ａ：目標を上回った　Ｂ：概ね目標どおり　Ｃ：目標を下回った　Ｄ：大きく下回った", LEFT)
    sheet.cell(row, 3).font = Font(name=FONT, size=9)
    sheet.merge_cells(start_row=row, start_column=3, end_row=row, end_column=9)
    _ruled(sheet, row, 2, 9)
    sheet.row_dimensions[row].height = 22
    ticks = "　".join(("■" if word == future else "□") + word for word in _TG_TICKS)
    field(row + 1, "今後の方向性", ticks)
    field(row + 2, "今後の取組", plan, height=40)
    _widths(sheet, _TG_WIDTHS)
    _print_setup(sheet, paper=_A4, area=f"A1:I{row + 2}", titles="$1:$1")
    sheet.page_setup.orientation = "portrait"


def tsugaike_xlsx() -> bytes:
    book = openpyxl.Workbook()
    first = book.active
    assert first is not None
    for at, entry in enumerate(_TSUGAIKE):
        sheet = first if at == 0 else book.create_sheet()
        sheet.title = entry[0]
        _tsugaike_sheet(sheet, entry)
    return save(book)


def _tsugaike() -> list[dict[str, Any]]:
    out = []
    for code, title, office, _, _, (first, last), _, indicators, *_ in _TSUGAIKE:
        found = []
        for _, _, _, base, targets, actual in indicators:
            stated = tuple((fy, t) for fy, t in zip(_TG_YEARS, targets, strict=True) if t is not None)
            found.append(kpi((2023, base), stated[-1], stated, ((2024, actual),) if actual is not None else ()))
        out.append(item(code, title, [office], tuple(found), years(first, last)))
    return out


# --- 蛍原市: 基本目標 rows merged across and filled, 部 | 課, → and ▶ in the years, 備考 「R6 新規」 -------------------------

#: (基本目標, [(No., 取組名, 取組内容, 部, 課, {fy: cell}, 成果指標 (None 「－」), 現状値（R5）, 目標値（R10）, 備考)]).
_HOTARUHARA: list[tuple[str, list[tuple[Any, ...]]]] = [
    ("基本目標１　暮らしの手続をもっと便利に", [
        (1, "電子申請の拡充", "子育て・介護の手続から順に電子申請に対応する", "総務部", "デジタル推進課",
         {2024: "拡大", 2025: "→", 2026: "→", 2027: "→", 2028: "▶"}, "電子申請できる手続数", "48手続", "200手続",
         "前計画から継続"),
        (2, "書かない窓口の導入", "窓口支援システムで申請書の記入をなくす", "市民部", "市民課",
         {2024: "検討", 2025: "導入", 2026: "運用", 2027: "→", 2028: "▶"}, "書かない窓口の対象手続数", "0手続", "40手続",
         "R6 新規"),
        (3, "キャッシュレス決済の拡大", "税・手数料の納付をキャッシュレスにする", "市民部", "税務課、市民課",
         {2025: "導入", 2026: "→", 2027: "→", 2028: "→"}, "キャッシュレス決済の利用割合", "9.5％", "40.0％", "R7 新規"),
        (4, "マイナンバーカードの利活用", "カードで使えるサービスを増やす", "市民部", "市民課",
         {2024: "検討", 2025: "→", 2026: "実施", 2027: "→", 2028: "→"}, None, None, None, ""),
    ]),
    ("基本目標２　仕事の進め方を変える", [
        (5, "基幹業務システムの標準化", "標準準拠システムへ移行する", "総務部", "デジタル推進課",
         {2024: "移行", 2025: "運用", 2026: "→"}, "標準準拠システムへ移行した業務数", "0業務", "20業務", ""),
        (6, "ＡＩ・ＲＰＡの活用", "議事録作成と定型業務を自動化する", "総務部", "行政管理課",
         {2024: "実証", 2025: "導入", 2026: "→", 2027: "→", 2028: "▶"}, "ＲＰＡ等による削減時間（年間）", "1,200時間",
         "6,000時間", "前計画から継続"),
        (7, "テレワークの推進", "在宅勤務の環境と規程を整える", "総務部", "職員課",
         {2025: "試行", 2026: "本格実施", 2027: "→", 2028: "→"}, "テレワーク実施職員数（年間）", "35人", "250人", "R7 新規"),
    ]),
    ("基本目標３　誰もがデジタルの恩恵を受けられる地域", [
        (8, "デジタル活用支援", "スマホ教室と相談会を開く", "健康福祉部", "高齢福祉課",
         {2024: "実施", 2025: "→", 2026: "→", 2027: "→", 2028: "▶"}, "スマホ教室の参加者数（累計）", "150人", "1,500人", ""),
        (9, "学校のＩＣＴ活用", "１人１台端末を授業と家庭学習で使う", "教育委員会", "学校教育課",
         {2024: "→", 2025: "→", 2026: "端末更新", 2027: "→", 2028: "→"}, "授業でＩＣＴを毎日使う学級の割合", "62％",
         "95％", "前計画から継続"),
        (10, "オープンデータの推進", "推奨データセットを公開する", "総務部", "デジタル推進課",
         {2026: "公開", 2027: "→", 2028: "▶"}, "公開データセット数", "12件", "60件", "R8 新規"),
    ]),
]  # fmt: skip

_HT_YEARS = (2024, 2025, 2026, 2027, 2028)
_HT_HEAD = ["No.", "取組名", "取組内容", "部", "課", *(_era(fy) for fy in _HT_YEARS), "成果指標", "現状値\n（R5）",
            "目標値\n（R10）", "備考"]  # fmt: skip
_HT_WIDTHS = [5.0, 24.0, 36.0, 12.0, 16.0, 8.0, 8.0, 8.0, 8.0, 8.0, 30.0, 11.0, 11.0, 14.0]
_HT_GOAL_FILL = PatternFill("solid", fgColor="FCE4D6")


def hotaruhara_xlsx() -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "実施計画"
    _title(sheet, "蛍原市ＤＸ推進計画　実施計画（令和６年度～令和10年度）")
    sheet["A2"] = "凡例　文字：その年度の主な取組　→：継続　▶：計画期間後も継続"
    _header(sheet, 4, _HT_HEAD)
    row = 5
    last = len(_HT_HEAD)
    for goal, entries in _HOTARUHARA:
        _cell(sheet, row, 1, goal, LEFT)
        sheet.cell(row, 1).font = _TG_BOLD
        _ruled(sheet, row, 1, last, _HT_GOAL_FILL)
        sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=last)
        sheet.row_dimensions[row].height = 22
        row += 1
        top = row
        for at, (number, title, work, bu, ka, steps, name, base, goal_value, note) in enumerate(entries):
            cells = [number, title, work, bu, ka, *(steps.get(fy) for fy in _HT_YEARS), name or "－",
                     base or "－", goal_value or "－", note]  # fmt: skip
            for column, value in enumerate(cells, start=1):
                align = LEFT if column in (2, 3, 5, 11, 14) else RIGHT if column in (12, 13) else CENTRE
                _cell(sheet, row, column, value, align)
            sheet.row_dimensions[row].height = 30
            # the 部 merged down over the run of 取組 of one 部
            if at + 1 == len(entries) or entries[at + 1][3] != bu:
                if row > top:
                    sheet.merge_cells(start_row=top, start_column=4, end_row=row, end_column=4)
                top = row + 1
            row += 1
    sheet.cell(row + 1, 1, "※成果指標の目標値は令和10年度の値。備考の「新規」は本計画で新たに始める取組。")
    _widths(sheet, _HT_WIDTHS)
    sheet.freeze_panes = "C5"
    _print_setup(sheet, paper=_A3, area=f"A1:N{row + 1}", titles="$4:$4", header="蛍原市ＤＸ推進計画")
    return save(book)


def _hotaruhara() -> list[dict[str, Any]]:
    out = []
    for _, entries in _HOTARUHARA:
        for number, title, _, _, ka, steps, name, base, goal, _ in entries:
            found = (kpi((2023, _value(base)), (2028, _value(goal)), ((2028, _value(goal)),)),) if name else ()
            out.append(item(str(number), title, _offices(ka), found, tuple(sorted(steps))))  # type: ignore[arg-type]
    return out


# --- 槙尾村: two 取組 typed in one row's cells with Alt+Enter, 「同上」 ----------------------------------------------------

#: (No., 取組名, 担当課 as typed, 成果指標, 現状値（R6）, 目標値（R9）, 実施年度) — a cell of two 取組 its lines apart by 「\n」.
_MAKIO: list[tuple[str, str, str, str, str, str, str]] = [
    ("1", "電子申請の拡充", "総務課", "電子申請できる手続数", "15手続", "60手続", "R7～R9"),
    ("2", "コンビニ交付の導入", "住民課", "コンビニ交付の利用件数（年間）", "0件", "800件", "R7～R9"),
    ("3", "マイナンバーカードの\n普及促進", "同上", "マイナンバーカードの保有率", "74.2％", "90.0％", "R7～R9"),
    ("4\n5", "公共施設予約のオンライン化\n施設使用料のキャッシュレス化", "生涯学習課",
     "オンライン予約の割合\nキャッシュレス決済の件数（年間）", "0％\n0件", "50％\n1,200件", "R8～R9"),
    ("6", "公民館講座の申込みのオンライン化", "同上", "オンラインで申し込まれた講座の割合", "5％", "60％", "R7～R8"),
    ("7", "ＲＰＡの導入", "総務課", "ＲＰＡによる削減時間（年間）", "0時間", "600時間", "R7～R9"),
    ("8", "会議録作成へのＡＩ活用", "同上", "会議録作成に要する時間（年間）", "480時間", "150時間", "R7～R9"),
    ("9", "防災情報の\nデジタル配信", "同上", "防災アプリの登録者数", "320人", "1,500人", "R8～R9"),
    ("10\n11", "スマホ教室の開催\nデジタル活用支援員の育成", "保健福祉課、公民館",
     "スマホ教室の参加者数（累計）\n支援員の人数", "40人\n0人", "300人\n10人", "R7～R9"),
]  # fmt: skip

_MK_HEAD = ["No.", "取組名", "担当課", "成果指標", "現状値\n（R6）", "目標値\n（R9）", "実施年度"]
_MK_WIDTHS = [6.0, 32.0, 18.0, 34.0, 11.0, 11.0, 11.0]


def makio_xlsx() -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "取組一覧"
    _title(sheet, "槙尾村デジタル化推進計画　取組一覧")
    sheet["A2"] = "計画期間：令和７年度～令和９年度"
    _header(sheet, 4, _MK_HEAD)
    for offset, entry in enumerate(_MAKIO):
        row = 5 + offset
        for column, value in enumerate(entry, start=1):
            align = CENTRE if column in (1, 3, 7) else Alignment(horizontal="right", vertical="center", wrap_text=True) \
                if column in (5, 6) else LEFT  # fmt: skip
            _cell(sheet, row, column, value, align)
        sheet.row_dimensions[row].height = 16 * max(value.count("\n") + 1 for value in entry) + 8
    sheet.cell(5 + len(_MAKIO) + 1, 1, "※「同上」は上の行と同じ担当課。")
    _widths(sheet, _MK_WIDTHS)
    _print_setup(sheet, paper=_A4, area=f"A1:G{5 + len(_MAKIO) + 1}", titles="$4:$4", header="槙尾村")
    return save(book)


def _makio() -> list[dict[str, Any]]:
    out = []
    office: list[str] = []
    for numbers, titles, written, _, bases, goals, span in _MAKIO:
        office = office if written == "同上" else _offices(written)
        first, _, last = span.partition("～")
        schedule = years(2018 + int(first[1:]), 2018 + int(last[1:]))
        codes = numbers.split("\n")
        lines = titles.split("\n") if len(codes) > 1 else [titles.replace("\n", "")]
        for at, (code, title) in enumerate(zip(codes, lines, strict=True)):
            base, goal = bases.split("\n")[at], goals.split("\n")[at]
            found = kpi((2024, _value(base)), (2027, _value(goal)), ((2027, _value(goal)),))
            out.append(item(code, title, office, (found,), schedule))
    return out


# --- 栗林町: a filter hiding 廃止 rows, the header frozen, full-width figures typed as text, a 計 row ---------------------

#: (No., 取組名, 担当課, 成果指標, 基準値（R5）, 目標値（R8）, 実績（R6）, 事業費（千円）, 状況).
_KURIBAYASHI: list[tuple[str, str, str, str, str, str, str, int, str]] = [
    ("1", "電子申請の拡充", "総務課", "電子申請できる手続数", "３０手続", "１２０手続", "５８手続", 2400, "実施中"),
    ("2", "窓口のキャッシュレス化", "会計課", "キャッシュレス決済の利用割合", "４．５％", "２０．０％", "９．８％", 800, "実施中"),
    ("3", "ＦＡＸによる受付の廃止", "総務課", "ＦＡＸで受け付けた件数（年間）", "１，５００件", "０件", "１，１２０件", 0,
     "廃止"),
    ("4", "マイナンバーカードの普及", "住民課", "マイナンバーカードの保有率", "７１．０％", "９０．０％", "７８．３％", 1200,
     "実施中"),
    ("5", "ＲＰＡの活用", "企画課", "ＲＰＡによる削減時間（年間）", "３００時間", "１，５００時間", "６２０時間", 1800, "実施中"),
    ("6", "庁内無線ＬＡＮの整備", "総務課", "無線ＬＡＮを整備した庁舎数", "１庁舎", "４庁舎", "２庁舎", 5600, "実施中"),
    ("7", "電話交換機の更新", "総務課", "－", "－", "－", "－", 0, "廃止"),
    ("8", "スマホ教室の開催", "生涯学習課", "スマホ教室の参加者数（累計）", "８０人", "１，２００人", "３１５人", 600, "実施中"),
    ("9", "防災行政無線のデジタル化", "危機管理課", "戸別受信機の設置台数", "０台", "２，４００台", "６５０台", 9800,
     "実施中"),
]  # fmt: skip

_KB_HEAD = ["No.", "取組名", "担当課", "成果指標", "基準値\n（R5）", "目標値\n（R8）", "実績\n（R6）", "事業費\n（千円）", "状況"]
_KB_WIDTHS = [5.0, 26.0, 12.0, 30.0, 11.0, 11.0, 11.0, 10.0, 8.0]


def kuribayashi_xlsx() -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "進捗管理表"
    _title(sheet, "栗林町デジタル化推進計画（令和６年度～令和８年度）　進捗管理表")
    sheet["A2"] = "令和６年度末現在"
    _header(sheet, 3, _KB_HEAD)
    for offset, entry in enumerate(_KURIBAYASHI):
        row = 4 + offset
        for column, value in enumerate(entry, start=1):
            align = LEFT if column in (2, 4) else RIGHT if column in (5, 6, 7, 8) else CENTRE
            _cell(sheet, row, column, value, align)
        sheet.cell(row, 8).number_format = "#,##0"
        sheet.row_dimensions[row].height = 22
        if entry[-1] == "廃止":
            sheet.row_dimensions[row].hidden = True
    last = 3 + len(_KURIBAYASHI)
    total = last + 1
    _cell(sheet, total, 1, "計", CENTRE)
    sheet.merge_cells(start_row=total, start_column=1, end_row=total, end_column=7)
    _cell(sheet, total, 8, f"=SUBTOTAL(9,H4:H{last})", RIGHT)
    sheet.cell(total, 8).number_format = "#,##0"
    _ruled(sheet, total, 1, 9, SECTION_FILL)
    sheet.cell(total + 2, 1, "※状況が「廃止」の取組はフィルタで非表示にしている。")
    sheet.auto_filter.ref = f"A3:I{last}"
    sheet.auto_filter.filterColumn.append(
        FilterColumn(colId=8, customFilters=CustomFilters(customFilter=[CustomFilter(operator="notEqual", val="廃止")]))
    )
    sheet.freeze_panes = "A4"
    _widths(sheet, _KB_WIDTHS)
    _print_setup(sheet, paper=_A4, area=f"A1:I{total + 2}", titles="$3:$3")
    data = save(book)
    shown = sum(cost for *_, cost, state in _KURIBAYASHI if state != "廃止")
    return _cached(data, 1, {f"H{total}": shown})


def _kuribayashi(*, printed: bool = False) -> list[dict[str, Any]]:
    """The 取組 the book holds — its hidden rows too, as the readers read a hidden row (hiding is not deleting: the row
    itself says 「廃止」, ``tabledocs10``) — or, ``printed``, those on the page (Calc prints no hidden row)."""
    return [
        item(number, title, _offices(written),
             (kpi((2023, _value(base)), (2026, _value(goal)), ((2026, _value(goal)),), ((2024, _value(actual)),)),)
             if name != "－" else ())  # fmt: skip
        for number, title, written, name, base, goal, actual, _, state in _KURIBAYASHI
        if not (printed and state == "廃止")
    ]


# --- the batch ---------------------------------------------------------------------------------------------------

_BUILT: dict[str, tuple[str, Callable[[], bytes], str, Callable[[], list[dict[str, Any]]]]] = {
    KOHARUNO: ("小春野市", koharuno_xlsx, "小春野市DX推進計画_成果指標進捗管理表.xlsx", _koharuno),
    TSUGAIKE: ("栂池町", tsugaike_xlsx, "栂池町_事務事業評価シート（R6実績）.xlsx", _tsugaike),
    HOTARUHARA: ("蛍原市", hotaruhara_xlsx, "蛍原市DX推進計画_実施計画.xlsx", _hotaruhara),
    MAKIO: ("槙尾村", makio_xlsx, "槙尾村デジタル化推進計画_取組一覧.xlsx", _makio),
    KURIBAYASHI: ("栗林町", kuribayashi_xlsx, "栗林町_進捗管理表.xlsx", _kuribayashi),
}

#: name → (municipality, the initiatives it states): each workbook and its print.
PLANS: dict[str, tuple[str, list[dict[str, Any]]]] = {
    name: (town, plan()) for book, (town, _, _, plan) in _BUILT.items()
    for name in (book, book.removesuffix(".xlsx") + ".pdf")
} | {KURIBAYASHI_PDF: ("栗林町", _kuribayashi(printed=True))}  # fmt: skip

#: A workbook uploaded as it is kept: what builds its bytes, and the file name it is uploaded under.
SHEETS: dict[str, tuple[Callable[[], bytes], str]] = {book: (build, filename) for book, (_, build, filename, _) in
                                                      _BUILT.items()}  # fmt: skip

#: A printed workbook: what builds the book Calc prints.
CALC: dict[str, Callable[[], bytes]] = {book.removesuffix(".xlsx") + ".pdf": build for book, (_, build, _, _) in
                                        _BUILT.items()}  # fmt: skip
PDFS = tuple(CALC)

_PERIODS = {KOHARUNO: (2024, 2027), TSUGAIKE: (2024, 2027), HOTARUHARA: (2024, 2028), MAKIO: (2025, 2027),
            KURIBAYASHI: (2024, 2026)}  # fmt: skip
#: The plan period each document states (fiscal years).
PERIODS: dict[str, tuple[int, int]] = {
    name: period for book, period in _PERIODS.items() for name in (book, book.removesuffix(".xlsx") + ".pdf")
}

_, sheet, pdf, expected = batch_documents(PLANS, sheets=SHEETS, calc=CALC)
