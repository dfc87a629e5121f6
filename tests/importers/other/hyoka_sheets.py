"""事務事業評価シート as other municipalities publish them: one sheet a 事業, written here before the readers were changed
for them (``tests/importers/test_hyoka_sheets.py`` reads them).

朝凪町's 令和６年度 事務事業評価シート, the sheets of its ＤＸ推進計画's 事業 (令和５年度～令和８年度), in two forms:

- as ``pdftotext -layout`` gives its print (``asanagi_layout_text``): a sheet a page (form feeds, 「1 / 4」 at the foot),
  each character one column of pdftotext's grid (a kanji as wide as a digit); the fields 「施策体系」「事業番号 … 所管課
  …」「事務事業名」「実施期間 … 担当者 …」「事業の目的」「事業の内容」, then 「■ 成果指標・活動指標」 over a table
  「種別 | 指標名 | 単位 | 区分 | 令和５年度 | … | 令和８年度」 whose indicators take two rows each, 目標値 then 実績値 (the
  name, its 種別 and unit on the first only; the year labels right-aligned over their figures), 「■ 事業費（千円）」 over 「令和５年度決算 | 令和６年度決算見込 | 令和７年度予算」,
  and 「■ 評価」 with 有効性 / 効率性 / 総合評価 and 今後の方向性;
- as the PDF of its sheets (``asanagi_pdf``: ruled tables printed by Chromium, a sheet a page, 「- n -」 at the foot);
- as the workbook it is kept in (``asanagi_workbook``; printed by LibreOffice Calc, ``asanagi_calc_pdf``): a sheet a 事業 named by its number, the labels down column A
  (「事業番号 | 2-1-03 | | 所管課 | 総務課　行政係」 two fields on a row), the indicators' table with 種別 / 指標名 / 単位
  merged down over their 目標値 and 実績値 rows.

What they state (``ASANAGI``): a 事業's code is its 事業番号 as written (「2-1-03」); its 所管課 the 課 (「総務課　行政係」 is
総務課; 「住民課・企画政策課」 two); its 実施期間 every year of the span; each indicator's 目標値 a target of each year, its
実績値 an actual of each year (「－」 none), the 目標値 of the plan's last year (令和８年度) its final target too. 担当者 names a
person, no department; 事業費 is a budget (not scored).
"""

from __future__ import annotations

import html
import io
from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.styles import Alignment

from .unseen import item, kpi, years

#: The plan's years (令和５年度～令和８年度) and the years the sheets' tables print.
PERIOD = (2023, 2026)
_YEARS = (2023, 2024, 2025, 2026)
_WAREKI = ("令和５年度", "令和６年度", "令和７年度", "令和８年度")

#: code, 事務事業名, 所管課, 担当者, 施策体系, 実施期間 (first, last), 目的, 内容, indicators (区分, 名, 単位, 目標値 by year,
#: 実績値 by year; 「－」 none), 事業費 (R5決算, R6決算見込, R7予算), grades (有効性, 効率性, 総合評価), 今後の方向性
_SHEETS: list[tuple[Any, ...]] = [
    (
        "1-1-01",
        "オンライン申請拡充事業",
        "住民課・企画政策課",
        "住民係長",
        "１　行政サービスのデジタル化　＞　１－１　手続のオンライン化",
        (2024, 2026),
        "来庁せずに手続ができるようにする。",
        "電子申請システムで受け付ける手続を増やし、申請の案内を町のホームページにまとめる。",
        [
            ("活動指標", "オンライン申請できる手続数", "手続", ("－", "60", "90", "120"), ("32", "71", "－", "－")),
            ("成果指標", "オンライン申請率", "％", ("－", "15.0", "25.0", "40.0"), ("8.5", "17.2", "－", "－")),
        ],
        ("－", "4,600", "3,900"),
        ("Ａ", "Ａ", "Ａ"),
        "拡充",
    ),
    (
        "1-2-02",
        "窓口予約システム導入事業",
        "住民課",
        "住民係長",
        "１　行政サービスのデジタル化　＞　１－２　窓口の改革",
        (2025, 2026),
        "窓口での待ち時間をなくす。",
        "来庁の日時をスマートフォンから予約できるシステムを導入する。",
        [("成果指標", "予約して来庁した人の割合", "％", ("－", "－", "10", "20"), ("－", "－", "－", "－"))],
        ("－", "－", "1,800"),
        ("－", "－", "－"),
        "継続",
    ),
    (
        "2-1-03",
        "ＡＩ議事録作成支援事業",
        "総務課　行政係",
        "行政係長",
        "２　行政運営の効率化　＞　２－１　業務の効率化",
        (2023, 2026),
        "会議録の作成にかかる職員の負担を減らす。",
        "音声認識とＡＩによる要約で議事録の案を作成するシステムを導入する。",
        [
            ("活動指標", "ＡＩ議事録の作成件数", "件", ("40", "80", "120", "150"), ("36", "92", "－", "－")),
            ("成果指標", "議事録作成時間の削減", "時間", ("500", "1,000", "1,500", "2,000"), ("420", "1,130", "－", "－")),
        ],
        ("3,200", "2,800", "2,800"),
        ("Ａ", "Ｂ", "Ｂ"),
        "継続",
    ),
    (
        "3-1-01",
        "高齢者デジタル活用講座事業",
        "福祉課　高齢者支援係",
        "高齢者支援係長",
        "３　誰一人取り残さないデジタル社会　＞　３－１　デジタルデバイド対策",
        (2023, 2026),
        "高齢者がスマートフォンで行政サービスを使えるようにする。",
        "公民館でスマートフォンの使い方の講座を開く。",
        [
            ("活動指標", "講座の開催回数", "回", ("12", "24", "24", "24"), ("10", "25", "－", "－")),
            ("成果指標", "講座参加者の満足度", "％", ("80.0", "85.0", "90.0", "90.0"), ("78.4", "86.1", "－", "－")),
        ],
        ("650", "1,200", "1,200"),
        ("Ｂ", "Ａ", "Ｂ"),
        "継続",
    ),
]


def _number(text: str) -> float | None:
    """A figure as printed (「1,130」「17.2」); 「－」 none."""
    return None if text == "－" else float(text.replace(",", ""))


def _indicator(targets: tuple[str, ...], actuals: tuple[str, ...]) -> dict[str, Any]:
    """Each year's 目標値 and 実績値; the 目標値 of the plan's last year the final target too."""
    planned = tuple((fy, v) for fy, t in zip(_YEARS, targets, strict=True) if (v := _number(t)) is not None)
    done = tuple((fy, v) for fy, a in zip(_YEARS, actuals, strict=True) if (v := _number(a)) is not None)
    last = _number(targets[-1])
    return kpi(None, (_YEARS[-1], last) if last is not None else None, planned, done)  # type: ignore[arg-type]


def _departments(text: str) -> list[str]:
    """The 課 of a 所管課 field: 「総務課　行政係」 総務課, 「住民課・企画政策課」 both."""
    return [name.split("　")[0] for name in text.split("・")]


ASANAGI: dict[str, Any] = {
    "initiatives": [
        item(
            code,
            title,
            _departments(departments),
            tuple(_indicator(targets, actuals) for _, _, _, targets, actuals in indicators),
            years(*span),
        )
        for code, title, departments, _, _, span, _, _, indicators, *_ in _SHEETS
    ]
}


# --- as pdftotext -layout prints it --------------------------------------------------------------------------------


def _row(*cells: tuple[int, str]) -> str:
    """A printed line: each text at its column of pdftotext's grid (a character a column); a text ending at a column
    (「-1」 before it: right-aligned figures) is given as (-end, text)."""
    line = ""
    for at, text in cells:
        start = -at - len(text) if at < 0 else at
        if len(line) < start:
            line = line.ljust(start)
        elif line:
            line += "  "  # a text running into the next column: still a run of blanks apart
        line += text
    return line


def _era(fy: int) -> str:
    return _WAREKI[_YEARS.index(fy)] if fy in _YEARS else f"令和{fy - 2018}年度"


def _page(sheet: tuple[Any, ...], number: int, pages: int) -> list[str]:
    """One sheet as its page prints through ``pdftotext -layout``."""
    code, title, departments, person, system, span, purpose, summary, indicators, costs, grades, direction = sheet
    lines = [
        _row((24, "令和６年度　事務事業評価シート"), (78, "朝凪町")),
        _row((20, "（朝凪町ＤＸ推進計画　令和５年度～令和８年度）")),
        "",
        _row((0, "施策体系"), (14, system)),
        _row((0, "事業番号"), (14, code), (44, "所管課"), (56, departments)),
        _row((0, "事務事業名"), (14, title)),
        _row((0, "実施期間"), (14, f"{_era(span[0])}～{_era(span[1])}"), (44, "担当者"), (56, person)),
        _row((0, "事業の目的"), (14, purpose)),
        _row((0, "事業の内容"), (14, summary)),
        "",
        "■ 成果指標・活動指標",
        _row((0, "種別"), (10, "指標名"), (36, "単位"), (42, "区分"), *((-(57 + 12 * k), w) for k, w in enumerate(_WAREKI))),
    ]
    for kind, name, unit, targets, actuals in indicators:
        figures = [(-(57 + 12 * k), t) for k, t in enumerate(targets)]
        lines.append(_row((0, kind), (10, name), (36, unit), (42, "目標値"), *figures))
        lines.append(_row((42, "実績値"), *((-(57 + 12 * k), a) for k, a in enumerate(actuals))))
    lines += [
        "",
        "■ 事業費（千円）",
        _row(*((-(28 + 20 * k), w) for k, w in enumerate(("令和５年度決算", "令和６年度決算見込", "令和７年度予算")))),
        _row((0, "事業費"), *((-(28 + 20 * k), c) for k, c in enumerate(costs))),
        "",
        "■ 評価",
        _row((0, "有効性"), (8, grades[0]), (14, "効率性"), (22, grades[1]), (28, "総合評価"), (38, grades[2])),
        _row((0, "今後の方向性"), (14, direction)),
        "",
        _row((40, f"{number} / {pages}")),
    ]
    return lines


def asanagi_layout_text() -> str:
    """朝凪町's sheets as ``pdftotext -layout`` gives their print: a page a sheet, a form feed between pages."""
    pages = ["\n".join(_page(sheet, n, len(_SHEETS)) + [""]) for n, sheet in enumerate(_SHEETS, start=1)]
    return "\f".join(pages) + "\f"


# --- the workbook, a sheet a 事業 ----------------------------------------------------------------------------------


def _figure(text: str) -> float | int | str:
    """A cell as the office types it: a number as a number, 「－」 as text."""
    value = _number(text)
    if value is None:
        return text
    return int(value) if value.is_integer() and "." not in text else value


def _sheet(book: Any, sheet: tuple[Any, ...]) -> None:
    """One 事業's sheet: the labels down column A, the indicators' rows merged down their 目標値 / 実績値."""
    code, title, departments, person, system, span, purpose, summary, indicators, costs, grades, direction = sheet
    ws = book.create_sheet(code)
    ws.append(["令和６年度　事務事業評価シート", None, None, None, None, None, None, "朝凪町"])
    ws.merge_cells("A1:F1")
    ws.append(["（朝凪町ＤＸ推進計画　令和５年度～令和８年度）"])
    ws.append([])
    ws.append(["施策体系", system])
    ws.merge_cells("B4:H4")
    ws.append(["事業番号", code, None, None, "所管課", departments])
    ws.append(["事務事業名", title])
    ws.merge_cells("B6:H6")
    ws.append(["実施期間", f"{_era(span[0])}～{_era(span[1])}", None, None, "担当者", person])
    ws.append(["事業の目的", purpose])
    ws.append(["事業の内容", summary])
    for row in (8, 9):
        ws.merge_cells(f"B{row}:H{row}")
        ws[f"B{row}"].alignment = Alignment(wrap_text=True)
    ws.append([])
    ws.append(["■ 成果指標・活動指標"])
    ws.append(["種別", "指標名", "単位", "区分", *_WAREKI])
    for kind, name, unit, targets, actuals in indicators:
        top = ws.max_row + 1
        ws.append([kind, name, unit, "目標値", *(_figure(t) for t in targets)])
        ws.append([None, None, None, "実績値", *(_figure(a) for a in actuals)])
        for column in "ABC":
            ws.merge_cells(f"{column}{top}:{column}{top + 1}")
    ws.append([])
    ws.append(["■ 事業費（千円）"])
    ws.append([None, "令和５年度決算", "令和６年度決算見込", "令和７年度予算"])
    ws.append(["事業費", *(_figure(c) for c in costs)])
    ws.append([])
    ws.append(["■ 評価"])
    ws.append(["有効性", grades[0], "効率性", grades[1], "総合評価", grades[2]])
    ws.append(["今後の方向性", direction])
    ws.column_dimensions["A"].width = 14
    ws.column_dimensions["B"].width = 30


def asanagi_workbook() -> bytes:
    """朝凪町's sheets kept in one workbook, a sheet a 事業 named by its number."""
    book = openpyxl.Workbook()
    book.remove(book.active)
    for sheet in _SHEETS:
        _sheet(book, sheet)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


# --- printed: an HTML page a sheet, ruled, printed by Chromium ---------------------------------------------------


def _cells(*texts: str, head: bool = False) -> str:
    tag = "th" if head else "td"
    return "<tr>" + "".join(f"<{tag}>{html.escape(t)}</{tag}>" for t in texts) + "</tr>"


def _sheet_html(sheet: tuple[Any, ...], first: bool) -> str:
    """One sheet as a page of ruled tables: the form (label | value | label | value), the indicators (種別 / 指標名 / 単位
    merged down their 目標値 and 実績値 rows), the 事業費 and the grades."""
    code, title, departments, person, system, span, purpose, summary, indicators, costs, grades, direction = sheet
    form = "".join(
        (
            f"<tr><th>施策体系</th><td colspan=3>{html.escape(system)}</td></tr>",
            _cells("事業番号", code, "所管課", departments),
            f"<tr><th>事務事業名</th><td colspan=3>{html.escape(title)}</td></tr>",
            _cells("実施期間", f"{_era(span[0])}～{_era(span[1])}", "担当者", person),
            f"<tr><th>事業の目的</th><td colspan=3>{html.escape(purpose)}</td></tr>",
            f"<tr><th>事業の内容</th><td colspan=3>{html.escape(summary)}</td></tr>",
        )
    )
    rows = _cells("種別", "指標名", "単位", "区分", *_WAREKI, head=True)
    for kind, name, unit, targets, actuals in indicators:
        merged = "".join(f"<td rowspan=2>{html.escape(t)}</td>" for t in (kind, name, unit))
        rows += f"<tr>{merged}<td>目標値</td>" + "".join(f"<td class=n>{t}</td>" for t in targets) + "</tr>"
        rows += "<tr><td>実績値</td>" + "".join(f"<td class=n>{a}</td>" for a in actuals) + "</tr>"
    money = _cells("", "令和５年度決算", "令和６年度決算見込", "令和７年度予算", head=True) + _cells("事業費", *costs)
    graded = _cells("有効性", grades[0], "効率性", grades[1], "総合評価", grades[2])
    graded += f"<tr><th>今後の方向性</th><td colspan=5>{html.escape(direction)}</td></tr>"
    return (
        f"<section{'' if first else ' class=break'}><p class=t>令和６年度　事務事業評価シート</p>"
        "<p class=m>（朝凪町ＤＸ推進計画　令和５年度～令和８年度）　朝凪町</p>"
        f"<table class=form>{form}</table><p>■ 成果指標・活動指標</p><table>{rows}</table>"
        f"<p>■ 事業費（千円）</p><table>{money}</table><p>■ 評価</p><table>{graded}</table></section>"
    )


def asanagi_html() -> str:
    """朝凪町's sheets as the HTML their print is made from: A4, a sheet a page, 「- n -」 at the foot."""
    from .docparts import _page

    body = "".join(_sheet_html(sheet, n == 0) for n, sheet in enumerate(_SHEETS))
    css = ".t { font-size: 14pt; text-align: center; } .m { text-align: right; } td.n { text-align: right; }"
    return _page(body, size="A4", css=css)


def asanagi_pdf() -> Path:
    """朝凪町's sheets printed by Chromium (cached)."""
    from ..samplepdf import print_html

    return print_html(asanagi_html(), "asanagi_jimu_jigyo_hyoka")


def asanagi_calc_pdf() -> Path:
    """朝凪町's workbook printed by LibreOffice Calc (ruled, a sheet a page; cached by its contents)."""
    from .tabledocs import calc_print

    return calc_print(asanagi_workbook, "asanagi")
