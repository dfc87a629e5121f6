"""A twenty-ninth batch of plans no reader was written against (the readers' code was not read): six documents in
shapes the batches before lack — three workbooks, a Word document and two PDFs, one printed by Chromium from slides
laid out as PowerPoint lays them, one printed by LibreOffice Calc from an A3 進捗管理表.

Uploaded as they are kept:

- 千歳原市's デジタル化推進計画 (``chitosehara_prose_kpi.docx``), written in Word: 見出し 1–3 typed with their numbers
  (「第３章　取組の内容」 > 「１　行政手続のオンライン化」 > 「（１）電子申請の拡充」), each 取組 a paragraph or two of
  prose in which its KPI stand as typed, half-width, 「令和5年度 40% → 令和9年度 80%」 (「電子申請できる手続の割合を令和5年度
  40% → 令和9年度 80% に高めます。」; two in one sentence 「…は令和5年度 72% → 令和9年度 90%、…は令和5年度 15% → 令和9年度
  40% を目指します。」; a count 「令和5年度 1,200時間 → 令和9年度 5,000時間」; a 取組 of none, 「数値目標は設けず」), then a line
  「担当課：総務課、市民課」; the plan's period in a chapter 計画の概要 before, with figures of its own (「人口 48,215人」);
- 楢崎市's 総合計画 実施計画 事業一覧 (``narasaki_jisshi_keikaku_dx.xlsx``): every 事業 of the 実施計画 by 分野 (merged down) and
  施策, a 「DX」 column marked 「●」 on the rows the note above the table names as the DX推進計画's 取組 (「※「DX」欄に●を付した
  事業は、楢崎市ＤＸ推進計画の取組として位置付け、進捗を管理する。」) — seven of thirteen — a header two rows deep (「事業費（千円）」
  over R7 | R8 | R9), 成果指標 / 単位 / 現状値（R6） / 目標値（R9） on every row;
- 蕗町's 事務事業評価 book (``fuki_hyoka_soukatsu.xlsx``): a 「総括表」 sheet listing the six 事業 (事業番号, 事業名, 担当部 |
  担当課 in two columns, the 成果指標 with 目標（R6） / 実績（R6）, 達成率, 評価, 今後の方向性), then a sheet a 事業 named by its
  number (「D-01」 …) in the 評価シート form: 所管 「部 | 総務部 | 課 | 情報政策課」 across a row, 事業期間 「令和５年度～令和８年度」,
  目的 and 活動内容, an 指標 table of two rows 「活動指標」 / 「成果指標」 under 「区分 | 指標名 | 単位 | 基準値（R5） | 目標（R6） |
  実績（R6） | 目標（R8）」, 評価 and 今後の方向性;
- 蓬田町's 取組管理シート (``yomogita_google_sheets.xlsx``), a Google スプレッドシート the 課 edit together downloaded as .xlsx: a
  「はじめに」 sheet (the plan's name and period, how to fill the sheet), then 「取組管理」 with a header two rows deep (「基本情報」,
  「ＫＰＩ」, 「実施年度」 and 「管理」 merged over their columns), the years R7 … R10 checkboxes (cells TRUE / FALSE, a list
  validation), 更新日時 as date-times and 更新者 as e-mail addresses, the header frozen and a filter on it.

Printed (read as the PDF and as ``pdftotext`` in both modes):

- 鴫野市's 取組シート集 (``shigino_torikumi_slides.pdf``, Chromium, 16:9 slides 338.7 × 190.5 mm as PowerPoint exports them):
  a cover, then a slide a 取組 — 「基本方針１　…」 over the title 「取組 1-1　電子申請の拡充」, a box 「担当：デジタル推進課」 at the
  top right, two boxes side by side (「現状と課題」, 「主な取組内容」 of 「・」 lines), a 成果指標（ＫＰＩ） band (「電子申請できる手続の
  割合　令和５年度 40％ → 令和９年度 80％」, two lines on one slide), and a ロードマップ: year boxes 「令和６年度」 … 「令和９年度」
  across and the steps as chevrons (shapes, ``clip-path``) laid under them from their first year to their last with their
  words in them; every element placed absolutely, 「鴫野市ＤＸ推進計画」 and the slide's number at its foot;
- 檜山町's 進捗管理表 (``hiyama_shinchoku_a3_calc.pdf``), kept in Excel (built here) and printed by Calc on A3 landscape: a title,
  the period and 基準日 lines, 印刷タイトル rows 4:5 (a header two rows deep: 「実績」 over R6 | R7), 「ページ 1 / 3」 at each
  page's foot and the sheet's title at its head, 基本目標 rows merged across, a 取組 of one to three indicator rows with its No.,
  取組名, 担当課, 達成状況 and 備考 merged down — two of them (4 and 7) broken across a page by a break set by hand, so that
  their merged cells print on the first page and the indicator rows below on the next, the header repeated between;
  a 実績 「－」 not yet counted.

``PLANS[name]`` is the plan each document states, by the earlier batches' conventions: a target column headed with its
year in a table of a row an initiative (楢崎市's 目標値（R9）, 蓬田町's 目標値（R10）, 檜山町's 目標値（R8）) that year's target
and the final one; a 事務事業評価's 目標（R6） and 目標（R8） each year's target, the last the final one (蕗町); a target dated
beside its figure in prose or a KPI band (千歳原市's and 鴫野市's 「令和9年度 80%」) the final target alone; 基準値 / 現状値
and a 「令和5年度 40%」 before the arrow the baseline of the year written; 実績 columns each year's actual (「－」 none).
Who carries a 取組 out is its 担当課 as written, split at 「、」「・」; a 部 is no 課 (蕗町's 担当部 / 部 columns). Codes as
printed (「D-01」, 「1-1-02」, 「取組 1-1」 1-1); 千歳原市's 「１」 > 「（１）」 is 1-1. A schedule is every year a step is
drawn or ticked for (a chevron every year it spans, a TRUE checkbox its year), 蕗町's 事業期間 each year from its first
to its last; none where none is printed (千歳原市, 楢崎市, 檜山町). What is no 取組: 基本方針 / 基本目標 / 分野 / 施策 rows and
headings, the cover, a 実施計画 事業 not marked 「●」 in the DX column (楢崎市 states its DX推進計画 as the ● rows), the
総括表's rows (蕗町's 事業 are one 取組 each with what its sheet and the 総括表 state). 事業費 is a budget (not scored).
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from typing import Any

import docx
import openpyxl
from docx.shared import Mm, Pt
from openpyxl.styles import Alignment, Border, Font
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.pagebreak import Break

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
    _esc,
    _offices,
    _ruled,
    _value,
    _widths,
)
from .unseen import item, kpi, years

SHIGINO = "shigino_torikumi_slides.pdf"
HIYAMA = "hiyama_shinchoku_a3_calc.pdf"
CHITOSEHARA = "chitosehara_prose_kpi.docx"
NARASAKI = "narasaki_jisshi_keikaku_dx.xlsx"
FUKI = "fuki_hyoka_soukatsu.xlsx"
YOMOGITA = "yomogita_google_sheets.xlsx"

_WIDE = str.maketrans("0123456789", "０１２３４５６７８９")


def _era(fy: int) -> str:
    """令和 of a fiscal year in full-width digits (「令和６年度」)."""
    return f"令和{str(fy - 2018).translate(_WIDE)}年度"


# --- 鴫野市: slides printed to PDF, one 取組 a slide, a ロードマップ of chevrons ------------------------------------------

#: (基本方針, [(番号, 取組名, 担当, 現状と課題, 主な取組内容 lines, KPI [(name, (base fy, base as written), (target fy,
#:  target as written))], ロードマップ [(step, first fy, last fy)])]).
_SHIGINO: list[tuple[str, list[tuple[Any, ...]]]] = [
    ("基本方針１　いつでもどこでも手続できる市役所", [
        ("1-1", "電子申請の拡充", "デジタル推進課",
         "電子申請できる手続は子育てと税の一部に限られ、市民の多くは窓口に来庁している。",
         ["利用の多い手続から順に電子申請に対応", "申請様式の見直しと押印の廃止"],
         [("電子申請できる手続の割合", (2023, "40％"), (2027, "80％"))],
         [("対象手続の選定", 2024, 2024), ("順次拡大", 2025, 2027)]),
        ("1-2", "書かない窓口の導入", "市民課・デジタル推進課",
         "転入や出生の届出では、同じことを何枚もの申請書に書く必要がある。",
         ["マイナンバーカードを読み取り申請書を作成", "窓口の予約と呼出しをオンライン化"],
         [("書かない窓口で受け付ける手続数", (2023, "0手続"), (2027, "30手続")),
          ("窓口の平均待ち時間", (2023, "25分"), (2027, "15分"))],
         [("検討", 2024, 2024), ("構築", 2025, 2025), ("運用", 2026, 2027)]),
        ("1-3", "キャッシュレス決済の拡大", "会計課",
         "窓口の手数料と施設の使用料は現金のみで、納付のために来庁する必要がある。",
         ["本庁・支所の窓口に決済端末を設置", "公共施設の使用料を対象に追加"],
         [("キャッシュレス決済に対応した窓口数", (2023, "5窓口"), (2027, "20窓口"))],
         [("導入・対象拡大", 2024, 2027)]),
    ]),
    ("基本方針２　データとデジタルで働く市役所", [
        ("2-1", "ＡＩ・ＲＰＡの活用", "行政改革課",
         "定型的な入力や照合の作業に多くの時間を要している。",
         ["業務量調査による対象業務の洗い出し", "ＲＰＡ・ＡＩ－ＯＣＲの導入と効果検証"],
         [("削減した業務時間（年間）", (2023, "1,200時間"), (2027, "5,000時間"))],
         [("対象業務の調査", 2024, 2024), ("導入", 2025, 2026), ("効果検証", 2027, 2027)]),
        ("2-2", "テレワークの推進", "職員課",
         "テレワークの端末が不足し、実施できる職員が限られている。",
         ["持ち出し端末の配備", "在宅勤務規程の整備"],
         [("テレワークを実施した職員の割合", (2023, "12％"), (2027, "50％"))],
         [("環境整備", 2024, 2025), ("本格実施", 2026, 2027)]),
    ]),
    ("基本方針３　誰一人取り残さないデジタル社会", [
        ("3-1", "デジタルデバイド対策", "生涯学習課、高齢福祉課",
         "高齢者の多くがスマートフォンの操作に不安を感じている。",
         ["公民館でのスマートフォン教室", "デジタル活用支援員の養成"],
         [("スマホ教室の参加者数（累計）", (2023, "300人"), (2027, "1,500人"))],
         [("スマホ教室の開催", 2024, 2027)]),
    ]),
]  # fmt: skip

_SLIDE_CSS = (
    "@page { size: 338.7mm 190.5mm; margin: 0; }"
    "* { -webkit-print-color-adjust: exact; print-color-adjust: exact; box-sizing: border-box; }"
    "body { margin: 0; font-family: 'IPAexGothic', sans-serif; }"
    ".slide { position: relative; width: 338.7mm; height: 190.5mm; overflow: hidden; break-after: page; }"
    ".slide div { position: absolute; }"
    ".policy { left: 12mm; top: 6mm; font-size: 11pt; color: #1F4E79; }"
    ".title { left: 12mm; top: 12mm; font-size: 22pt; font-weight: bold; }"
    ".tanto { left: 246mm; top: 10mm; width: 80mm; border: 0.8pt solid #1F4E79; padding: 2mm 3mm;"
    " font-size: 11pt; background: #DEEBF7; }"
    ".box { top: 32mm; height: 62mm; border: 0.8pt solid #7F7F7F; padding: 3mm; font-size: 11pt; line-height: 1.6; }"
    ".boxhead { position: static !important; font-weight: bold; color: #1F4E79; margin-bottom: 2mm; }"
    ".kpi { left: 12mm; top: 100mm; width: 315mm; border: 0.8pt solid #C55A11; padding: 2mm 3mm; font-size: 11pt;"
    " background: #FBE5D6; line-height: 1.6; }"
    ".road { left: 12mm; top: 139mm; font-size: 11pt; font-weight: bold; color: #1F4E79; }"
    ".year { top: 136mm; height: 9mm; border: 0.6pt solid #7F7F7F; background: #F2F2F2; font-size: 10pt;"
    " text-align: center; line-height: 9mm; }"
    ".chev { height: 11mm; background: #5B9BD5; color: #fff; font-size: 10pt; text-align: center; line-height: 11mm;"
    " clip-path: polygon(0 0, calc(100% - 5mm) 0, 100% 50%, calc(100% - 5mm) 100%, 0 100%, 4mm 50%); }"
    ".foot { top: 181mm; font-size: 8pt; color: #595959; }"
)

_YEAR_LEFT, _YEAR_WIDTH = 50.0, 69.0


def shigino_html() -> str:
    slides = [
        "<section class=slide><div style='left:30mm;top:62mm;font-size:30pt;font-weight:bold'>"
        "鴫野市ＤＸ推進計画　取組シート集</div>"
        "<div style='left:30mm;top:90mm;font-size:14pt'>計画期間：令和６年度～令和９年度</div>"
        "<div style='left:30mm;top:140mm;font-size:14pt'>令和６年３月　鴫野市</div></section>"
    ]
    number = 1
    for policy, entries in _SHIGINO:
        for code, title, tanto, issue, actions, indicators, road in entries:
            number += 1
            parts = [
                f"<div class=policy>{_esc(policy)}</div>",
                f"<div class=title>取組 {code}　{_esc(title)}</div>",
                f"<div class=tanto>担当：{_esc(tanto)}</div>",
                f"<div class=box style='left:12mm;width:152mm'><p class=boxhead>現状と課題</p>{_esc(issue)}</div>",
                "<div class=box style='left:170mm;width:157mm'><p class=boxhead>主な取組内容</p>"
                + "<br>".join(f"・{_esc(a)}" for a in actions)
                + "</div>",
                "<div class=kpi><b>成果指標（ＫＰＩ）</b><br>"
                + "<br>".join(
                    f"{_esc(name)}　{_era(bfy)} {base} → {_era(tfy)} {goal}"
                    for name, (bfy, base), (tfy, goal) in indicators
                )
                + "</div>",
                "<div class=road>ロードマップ</div>",
            ]
            for at, fy in enumerate(range(2024, 2028)):
                left = _YEAR_LEFT + at * _YEAR_WIDTH
                parts.append(
                    f"<div class=year style='left:{left}mm;width:{_YEAR_WIDTH - 2}mm'>{_era(fy)}</div>"
                )
            for row, (step, first, last) in enumerate(road):
                left = _YEAR_LEFT + (first - 2024) * _YEAR_WIDTH
                width = (last - first + 1) * _YEAR_WIDTH - 2
                top = 149 + (row % 2) * 13
                parts.append(
                    f"<div class=chev style='left:{left}mm;top:{top}mm;width:{width}mm'>{_esc(step)}</div>"
                )
            parts.append("<div class=foot style='left:12mm'>鴫野市ＤＸ推進計画</div>")
            parts.append(f"<div class=foot style='left:322mm'>{number}</div>")
            slides.append("<section class=slide>" + "".join(parts) + "</section>")
    return (
        f"<!doctype html><html lang=ja><meta charset=utf-8><style>{_SLIDE_CSS}</style><body>"
        + "".join(slides)
        + "</body></html>"
    )


def _shigino() -> list[dict[str, Any]]:
    out = []
    for _, entries in _SHIGINO:
        for code, title, tanto, _, _, indicators, road in entries:
            found = tuple(
                kpi((bfy, _value(base)), (tfy, _value(goal)))  # type: ignore[arg-type]
                for _, (bfy, base), (tfy, goal) in indicators
            )
            spans = sorted({fy for _, first, last in road for fy in years(first, last)})
            out.append(item(code, title, _offices(tanto), found, tuple(spans)))
    return out


# --- 檜山町: an A3 進捗管理表 printed by Calc, print titles, 「ページ 1 / 3」, merged 取組 cells across a page break ------------

#: (基本目標, [(No., 取組名, 担当課, [(指標, 単位, 基準値（R5）, 目標値（R8）, R6実績, R7実績 (None 「－」))], 達成状況,
#:  備考)]).
_HIYAMA: list[tuple[str, list[tuple[Any, ...]]]] = [
    ("基本目標１　暮らしの手続をかんたんに", [
        (1, "電子申請の拡充", "総務課",
         [("電子申請できる手続数", "手続", 45, 200, 96, 148),
          ("電子申請の利用件数（年間）", "件", 3200, 15000, 6850, 10420)], "順調",
         "子育て・介護の手続を令和７年度に追加。令和８年度は税の申告相談の予約を対象とする。"),
        (2, "マイナンバーカードの利活用", "住民課",
         [("マイナンバーカード交付率", "％", 71.5, 90.0, 78.2, 83.6),
          ("コンビニ交付の利用率", "％", 12.0, 35.0, 18.4, 24.9),
          ("カードで申請できる手続数", "手続", 10, 60, 22, 41)], "概ね順調",
         "休日の出張申請受付を年６回実施した。コンビニ交付の周知を広報紙で継続する。"),
        (3, "窓口のキャッシュレス化", "会計課、税務課",
         [("キャッシュレス決済に対応した窓口数", "窓口", 2, 15, 6, 11)], "順調",
         "本庁の全窓口に決済端末を設置した。支所は令和８年度に設置する。"),
    ]),
    ("基本目標２　役場の仕事をスマートに", [
        (4, "ＲＰＡ・ＡＩの活用", "企画課",
         [("ＲＰＡを導入した業務数", "業務", 5, 30, 12, 19),
          ("ＲＰＡで削減した作業時間（年間）", "時間", 800, 4000, 1650, 2480),
          ("生成ＡＩを利用する職員の割合", "％", 0, 60.0, 18.5, 37.2)], "概ね順調",
         "生成ＡＩの利用ガイドラインを令和６年度に策定し、全職員向けの研修を実施した。"),
        (5, "テレワークの推進", "総務課",
         [("テレワークを実施した職員数（年間）", "人", 25, 120, 48, 77)], "遅れ",
         "持ち出し端末の調達が遅れた。令和８年度に40台を追加する。"),
        (6, "ペーパーレス化の推進", "総務課・財政課",
         [("庁内の印刷枚数（年間）", "万枚", 320, 200, 291, 254),
          ("タブレットで行う会議の割合", "％", 10.0, 80.0, 35.0, 52.5)], "順調",
         "議会の資料をタブレットで配布した。予算書・決算書の電子化を検討する。"),
    ]),
    ("基本目標３　誰もがデジタルを使えるまちに", [
        (7, "デジタル活用支援", "生涯学習課",
         [("スマホ教室の参加者数（年間）", "人", 150, 500, 236, 318),
          ("デジタル活用支援員の人数", "人", 0, 20, 6, 11)], "順調",
         "公民館５館でスマホ教室を開催した。支援員の養成講座を年２回開く。"),
        (8, "公衆無線ＬＡＮの整備", "企画課",
         [("公衆無線ＬＡＮを整備した施設数", "施設", 8, 25, 13, 19)], "順調",
         "避難所となる学校の体育館を優先して整備した。"),
        (9, "オープンデータの推進", "企画課",
         [("公開データセット数", "件", 12, 60, 24, None)], "概ね順調",
         "令和７年度の実績は集計中。推奨データセットの形式で公開する。"),
    ]),
]  # fmt: skip

_HY_HEAD = [
    "No.",
    "取組名",
    "担当課",
    "成果指標",
    "単位",
    "基準値\n（R5）",
    "目標値\n（R8）",
    "実績",
    None,
    "達成状況",
    "備考",
]
_HY_WIDTHS = [6.0, 24.0, 16.0, 34.0, 7.0, 11.0, 11.0, 11.0, 11.0, 10.0, 44.0]
#: The 取組 whose merged cells a hand-set page break cuts, and after how many of its indicator rows.
_HY_BREAKS = {4: 2, 7: 1}


def hiyama_xlsx() -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "進捗管理表"
    sheet["A1"] = "檜山町ＤＸ推進計画　進捗管理表（令和７年度実績）"
    sheet["A1"].font = Font(name=FONT, size=16, bold=True)
    sheet["A2"] = "計画期間：令和６年度～令和８年度　　　基準日：令和８年３月31日"
    sheet["A2"].font = Font(name=FONT, size=10)
    for column, label in enumerate(_HY_HEAD, start=1):
        _cell(sheet, 4, column, label, CENTRE)
        _cell(sheet, 5, column, None, CENTRE)
    _cell(sheet, 5, 8, "R6", CENTRE)
    _cell(sheet, 5, 9, "R7", CENTRE)
    for column in (1, 2, 3, 4, 5, 6, 7, 10, 11):
        sheet.merge_cells(start_row=4, start_column=column, end_row=5, end_column=column)
    sheet.merge_cells(start_row=4, start_column=8, end_row=4, end_column=9)
    _ruled(sheet, 4, 1, 11, HEAD_FILL)
    _ruled(sheet, 5, 1, 11, HEAD_FILL)
    row = 6
    for goal, entries in _HIYAMA:
        _cell(sheet, row, 1, goal, LEFT, size=11)
        sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=11)
        _ruled(sheet, row, 1, 11, SECTION_FILL)
        sheet.row_dimensions[row].height = 22
        row += 1
        for number, title, written, indicators, state, note in entries:
            first = row
            for at, (name, unit, base, goal_value, a6, a7) in enumerate(indicators):
                values = [
                    number,
                    title,
                    written,
                    name,
                    unit,
                    base,
                    goal_value,
                    a6,
                    "－" if a7 is None else a7,
                    state,
                    note,
                ]
                for column, value in enumerate(values, start=1):
                    shown = value if at == 0 or column in (4, 5, 6, 7, 8, 9) else None
                    align = RIGHT if 6 <= column <= 9 else CENTRE if column in (1, 5, 10) else LEFT
                    _cell(sheet, row, column, shown, align)
                    if isinstance(value, float):
                        sheet.cell(row, column).number_format = "0.0"
                    elif isinstance(value, int) and column >= 6:
                        sheet.cell(row, column).number_format = "#,##0"
                sheet.row_dimensions[row].height = 46
                if _HY_BREAKS.get(number) == at + 1:
                    sheet.row_breaks.append(Break(id=row))
                row += 1
            if row - first > 1:
                for column in (1, 2, 3, 10, 11):
                    sheet.merge_cells(
                        start_row=first, start_column=column, end_row=row - 1, end_column=column
                    )
    sheet.cell(
        row + 1,
        1,
        "※達成状況　順調：目標の達成に向け計画どおり　概ね順調：一部に遅れ　遅れ：計画より遅れている",
    ).font = Font(name=FONT, size=9)
    sheet.cell(row + 2, 1, "※「－」は集計中。").font = Font(name=FONT, size=9)
    _widths(sheet, _HY_WIDTHS)
    sheet.page_setup.paperSize = 8  # A3
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.scale = 80
    sheet.print_area = f"A1:K{row + 2}"
    sheet.print_title_rows = "4:5"
    sheet.print_options.horizontalCentered = True
    sheet.page_margins.left = sheet.page_margins.right = 0.5
    sheet.page_margins.top = sheet.page_margins.bottom = 0.8
    sheet.oddHeader.right.text = "檜山町ＤＸ推進計画　進捗管理表"
    sheet.oddHeader.right.size = 9
    sheet.oddFooter.center.text = "ページ &P / &N"
    sheet.oddFooter.center.size = 9
    return save(book)


def _hiyama() -> list[dict[str, Any]]:
    out = []
    for _, entries in _HIYAMA:
        for number, title, written, indicators, *_ in entries:
            found = tuple(
                kpi(
                    (2023, base),
                    (2026, goal),
                    ((2026, goal),),
                    tuple((fy, a) for fy, a in ((2024, a6), (2025, a7)) if a is not None),
                )
                for _, _, base, goal, a6, a7 in indicators
            )
            out.append(item(str(number), title, _offices(written), found))
    return out


# --- 千歳原市: Word, numbered headings, each 取組's KPI in its prose 「令和5年度 40% → 令和9年度 80%」 ---------------------------

#: (基本方針, [(番号, 取組名, paragraphs (the KPI as typed in them), 担当課, indicators ((base fy, value), (final fy, value)))]).
_CHITOSEHARA: list[tuple[str, list[tuple[Any, ...]]]] = [
    ("行政手続のオンライン化", [
        ("１", "電子申請の拡充",
         ["　市民が市役所に来なくても手続ができるよう、利用の多い手続から順に電子申請に対応し、申請様式の押印と添付書類を"
          "見直します。",
          "　これにより、電子申請できる手続の割合を令和5年度 40% → 令和9年度 80% に高めます。"],
         "総務課、市民課", (((2023, 40), (2027, 80)),)),
        ("２", "マイナンバーカードの利活用",
         ["　休日と地区公民館での出張申請受付を続け、カードを使って受けられるサービスを広げます。マイナンバーカードの"
          "交付率は令和5年度 72% → 令和9年度 90%、コンビニ交付の利用率は令和5年度 15% → 令和9年度 40% を目指します。"],
         "市民課", (((2023, 72), (2027, 90)), ((2023, 15), (2027, 40)))),
        ("３", "窓口のキャッシュレス化",
         ["　本庁と支所の窓口に決済端末を置き、証明書の手数料と施設の使用料をキャッシュレスで納められるようにします。"
          "キャッシュレスで納められる窓口を令和5年度 3窓口 → 令和9年度 18窓口 とします。"],
         "会計課・税務課", (((2023, 3), (2027, 18)),)),
    ]),
    ("デジタルで変わる市役所", [
        ("１", "ＡＩ・ＲＰＡの活用",
         ["　定型的な入力や照合の作業にＲＰＡとＡＩ－ＯＣＲを導入し、職員が市民と向き合う時間を生み出します。",
          "　削減する作業時間（年間）は、令和5年度 1,200時間 → 令和9年度 5,000時間 を目標とします。"],
         "行政改革課", (((2023, 1200), (2027, 5000)),)),
        ("２", "情報セキュリティ対策の徹底",
         ["　全職員を対象とした研修と標的型攻撃メールの訓練を毎年行い、情報セキュリティポリシーを見直します。この取組"
          "では数値目標は設けず、監査の結果で点検します。"],
         "総務課", ()),
        ("３", "テレワークとペーパーレス会議の推進",
         ["　持ち出し用の端末を配備し、在宅勤務とペーパーレス会議を進めます。テレワークを実施した職員の割合を令和5年度"
          " 8% → 令和9年度 40% に、庁内の印刷枚数（年間）を令和5年度 420万枚 → 令和9年度 250万枚 に減らします。"],
         "職員課、総務課", (((2023, 8), (2027, 40)), ((2023, 420), (2027, 250)))),
    ]),
    ("地域社会のデジタル化", [
        ("１", "デジタル活用支援",
         ["　公民館でスマートフォン教室を開き、地域のデジタル活用支援員を養成します。"
          "教室の参加者数（年間）は令和5年度 180人 → 令和9年度 600人 とします。"],
         "生涯学習課、高齢福祉課", (((2023, 180), (2027, 600)),)),
        ("２", "オープンデータの推進",
         ["　推奨データセットの形式で市のデータを公開し、地域の事業者と活用の場を設けます。公開するデータセット数を"
          "令和5年度 20件 → 令和9年度 80件 に増やします。"],
         "企画政策課", (((2023, 20), (2027, 80)),)),
    ]),
]  # fmt: skip

_POLICY_NUMBERS = "１２３"


def chitosehara_docx() -> bytes:
    document = docx.Document()
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.right_margin = Mm(25)
    section.footer.paragraphs[0].text = "千歳原市デジタル化推進計画"
    document.add_paragraph("千歳原市デジタル化推進計画", style="Title")
    document.add_paragraph("令和６年３月　千歳原市")
    document.add_paragraph("第１章　計画の概要", style="Heading 1")
    document.add_paragraph(
        "　本市の人口は48,215人（令和5年10月1日現在）で、10年前から約8%減少しています。限られた職員で行政サービスを"
        "維持するため、デジタル技術の活用を計画的に進めます。"
    )
    document.add_paragraph("　計画期間は、令和6年度から令和9年度までの4年間とします。")
    document.add_paragraph("第３章　取組の内容", style="Heading 1")
    document.add_paragraph("　基本方針ごとに、取組の内容と目指す水準を示します。")
    for policy_number, (policy, entries) in zip(_POLICY_NUMBERS, _CHITOSEHARA, strict=True):
        document.add_paragraph(f"{policy_number}　{policy}", style="Heading 2")
        for number, title, paragraphs, written, _ in entries:
            document.add_paragraph(f"（{number}）{title}", style="Heading 3")
            for text in paragraphs:
                document.add_paragraph(text).runs[0].font.size = Pt(10.5)
            document.add_paragraph(f"担当課：{written}").runs[0].font.size = Pt(10.5)
    return save(document)


def _chitosehara() -> list[dict[str, Any]]:
    out = []
    for policy_number, (_, entries) in enumerate(_CHITOSEHARA, start=1):
        for number, title, _, written, indicators in entries:
            code = f"{policy_number}-{_POLICY_NUMBERS.index(number) + 1}"
            out.append(item(code, title, _offices(written), tuple(kpi(b, f) for b, f in indicators)))
    return out


# --- 楢崎市: the 総合計画's 実施計画 事業一覧, its DX 事業 marked ● among the rest ---------------------------------------------

#: (分野, [(施策, [(事業番号, 事業名, 担当課, DX, 成果指標, 単位, 現状値（R6）, 目標値（R9）, 事業費 R7–R9 (千円))])]).
_NARASAKI: list[tuple[str, list[tuple[str, list[tuple[Any, ...]]]]]] = [
    ("子育て・教育", [
        ("1-1 子育て支援の充実", [
            ("1-1-01", "児童館の改修", "こども課", False, "児童館の利用者数（年間）", "人", 12000, 15000, (48000, 12000, 0)),
            ("1-1-02", "子育て手続のオンライン化", "こども課", True, "オンラインで申請できる子育て手続数", "手続", 8, 30,
             (3500, 1200, 1200)),
        ]),
        ("1-2 学校教育の充実", [
            ("1-2-01", "ＧＩＧＡスクール端末の更新", "学校教育課", True, "端末を毎日授業で使う学級の割合", "％", 65.0, 95.0,
             (182000, 4000, 4000)),
            ("1-2-02", "通学路の安全対策", "学校教育課", False, "対策した危険箇所数（累計）", "箇所", 20, 45, (15000, 15000, 15000)),
        ]),
    ]),
    ("健康・福祉", [
        ("2-1 健康づくりの推進", [
            ("2-1-01", "特定健診の受診勧奨", "健康づくり課", False, "特定健診の受診率", "％", 38.5, 50.0, (8200, 8200, 8200)),
            ("2-1-02", "オンライン診療の実証", "健康づくり課、デジタル推進課", True, "実証に参加した医療機関数", "機関", 0, 5,
             (6000, 6000, 0)),
        ]),
        ("2-2 高齢者福祉の充実", [
            ("2-2-01", "高齢者のスマホ相談", "高齢福祉課", True, "相談会の参加者数（年間）", "人", 120, 400, (900, 900, 900)),
        ]),
    ]),
    ("都市基盤", [
        ("3-1 安全な道路の整備", [
            ("3-1-01", "市道の舗装修繕", "道路課", False, "修繕した延長（累計）", "km", 2.4, 6.0, (120000, 120000, 120000)),
            ("3-1-02", "道路損傷の通報アプリ", "道路課", True, "アプリでの通報件数（年間）", "件", 0, 600, (2400, 600, 600)),
        ]),
        ("3-2 公園の再生", [
            ("3-2-01", "公園の遊具更新", "都市計画課", False, "更新した遊具数（累計）", "基", 10, 28, (30000, 30000, 30000)),
        ]),
    ]),
    ("行財政運営", [
        ("4-1 効率的な行政運営", [
            ("4-1-01", "電子申請・キャッシュレスの拡充", "デジタル推進課、会計課", True, "電子申請できる手続数", "手続", 60, 250,
             (9800, 7500, 7500)),
            ("4-1-02", "基幹業務システムの標準化", "デジタル推進課", True, "標準準拠システムへ移行した業務数", "業務", 0, 20,
             (240000, 36000, 36000)),
            ("4-1-03", "公共施設の再編", "財政課", False, "延床面積の削減率", "％", 0.0, 5.0, (2000, 2000, 2000)),
        ]),
    ]),
]  # fmt: skip

_NS_HEAD = ["分野", "施策", "事業番号", "事業名", "担当課", "DX", "成果指標", "単位", "現状値\n（R6）", "目標値\n（R9）",
            "事業費（千円）", None, None]  # fmt: skip
_NS_WIDTHS = [12.0, 20.0, 9.0, 26.0, 20.0, 5.0, 32.0, 6.0, 10.0, 10.0, 11.0, 11.0, 11.0]


def narasaki_xlsx() -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "実施計画事業一覧"
    sheet["A1"] = "第２次楢崎市総合計画　実施計画（令和７年度～令和９年度）　事業一覧"
    sheet["A1"].font = Font(name=FONT, size=14, bold=True)
    sheet["A2"] = (
        "※「DX」欄に●を付した事業は、楢崎市ＤＸ推進計画（令和７年度～令和９年度）の取組として位置付け、進捗を管理する。"
    )
    sheet["A2"].font = Font(name=FONT, size=10)
    for column, label in enumerate(_NS_HEAD, start=1):
        _cell(sheet, 4, column, label, CENTRE)
        _cell(sheet, 5, column, None, CENTRE)
    for column, label in ((11, "R7"), (12, "R8"), (13, "R9")):
        _cell(sheet, 5, column, label, CENTRE)
    for column in range(1, 11):
        sheet.merge_cells(start_row=4, start_column=column, end_row=5, end_column=column)
    sheet.merge_cells(start_row=4, start_column=11, end_row=4, end_column=13)
    _ruled(sheet, 4, 1, 13, HEAD_FILL)
    _ruled(sheet, 5, 1, 13, HEAD_FILL)
    row = 6
    for field, measures in _NARASAKI:
        top = row
        for measure, entries in measures:
            for code, title, written, dx, name, unit, base, goal, costs in entries:
                values = [field if row == top else None, measure, code, title, written, "●" if dx else None, name,
                          unit, base, goal, *costs]  # fmt: skip
                for column, value in enumerate(values, start=1):
                    align = RIGHT if column >= 9 else CENTRE if column in (3, 6, 8) else LEFT
                    _cell(sheet, row, column, value, align)
                    if isinstance(value, float):
                        sheet.cell(row, column).number_format = "0.0"
                    elif isinstance(value, int) and column >= 9:
                        sheet.cell(row, column).number_format = "#,##0"
                sheet.row_dimensions[row].height = 30
                row += 1
        sheet.merge_cells(start_row=top, start_column=1, end_row=row - 1, end_column=1)
        sheet.cell(top, 1).alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    _widths(sheet, _NS_WIDTHS)
    sheet.freeze_panes = "A6"
    return save(book)


def _narasaki() -> list[dict[str, Any]]:
    out = []
    for _, measures in _NARASAKI:
        for _, entries in measures:
            for code, title, written, dx, _, _, base, goal, _ in entries:
                if dx:
                    out.append(
                        item(
                            code,
                            title,
                            _offices(written),
                            (kpi((2024, base), (2027, goal), ((2027, goal),)),),
                        )
                    )
    return out


# --- 蕗町: a 事務事業評価 book, a 総括表 and a sheet a 事業 -----------------------------------------------------------------

#: (事業番号, 事業名, 部, 課, 事業期間 (first fy, last fy), 目的, 活動内容, [(区分, 指標名, 単位, 基準値（R5）, 目標（R6）, 実績（R6）,
#:  目標（R8）)], 評価, 今後の方向性).
_FUKI: list[tuple[Any, ...]] = [
    ("D-01", "電子申請の推進", "総務部", "情報政策課", (2023, 2026),
     "町民が役場に来なくても手続ができるようにする。",
     "子育て・介護の手続12件を電子申請に対応させ、申請様式の押印を廃止した。",
     [("活動指標", "電子申請に対応した手続数", "手続", 30, 60, 64, 120),
      ("成果指標", "電子申請の利用率", "％", 9.5, 15.0, 16.2, 30.0)], "Ａ", "拡充"),
    ("D-02", "マイナンバーカードの普及", "住民生活部", "住民課", (2023, 2026),
     "マイナンバーカードを使った行政サービスを受けられる町民を増やす。",
     "休日と地区集会所での出張申請受付を26回実施した。",
     [("活動指標", "出張申請受付の実施回数", "回", 12, 24, 26, 24),
      ("成果指標", "マイナンバーカード交付率", "％", 68.4, 76.0, 77.1, 90.0)], "Ａ", "継続"),
    ("D-03", "窓口キャッシュレス決済の導入", "総務部", "税務課", (2024, 2026),
     "税・手数料の納付の利便性を高め、現金の取扱いを減らす。",
     "本庁の税務・住民窓口に決済端末４台を設置した。",
     [("活動指標", "決済端末の設置台数", "台", 1, 4, 4, 8),
      ("成果指標", "キャッシュレス決済の利用割合", "％", 3.0, 10.0, 8.4, 25.0)], "Ｂ", "継続"),
    ("D-04", "業務のＲＰＡ化", "総務部", "情報政策課", (2023, 2026),
     "定型作業を自動化し、職員の作業時間を削減する。",
     "給与・会計の入力作業など５業務にＲＰＡを導入した。",
     [("活動指標", "ＲＰＡを導入した業務数", "業務", 4, 10, 9, 20),
      ("成果指標", "削減した作業時間（年間）", "時間", 600, 1500, 1320, 3000)], "Ｂ", "拡充"),
    ("D-05", "学校ＩＣＴの活用", "教育部", "学校教育課", (2023, 2025),
     "１人１台端末を授業で効果的に活用する。",
     "教員向けＩＣＴ研修を11回開催し、授業の実践例を共有した。",
     [("活動指標", "ＩＣＴ研修の開催回数", "回", 6, 10, 11, 12),
      ("成果指標", "授業でＩＣＴを活用する教員の割合", "％", 72.0, 80.0, 84.5, 95.0)], "Ａ", "継続"),
    ("D-06", "防災情報の発信強化", "総務部", "危機管理課", (2024, 2026),
     "災害時に必要な情報を町民に速やかに届ける。",
     "防災アプリの登録説明会を地区ごとに開催した。",
     [("活動指標", "防災メールの配信回数（年間）", "回", 40, 50, 47, 60),
      ("成果指標", "防災アプリの登録者数", "人", 1800, 3000, 2640, 5000)], "Ｃ", "改善"),
]  # fmt: skip

_FK_SUM_HEAD = ["No.", "事業番号", "事業名", "担当部", "担当課", "成果指標", "目標\n（R6）", "実績\n（R6）", "達成率", "評価",
                "今後の方向性"]  # fmt: skip
_FK_SUM_WIDTHS = [5.0, 9.0, 26.0, 12.0, 14.0, 32.0, 9.0, 9.0, 9.0, 6.0, 12.0]
_FK_IND_HEAD = ["区分", "指標名", "単位", "基準値（R5）", "目標（R6）", "実績（R6）", "目標（R8）"]


def _era_span(first: int, last: int) -> str:
    return f"{_era(first)}～{_era(last)}"


def fuki_xlsx() -> bytes:
    book = openpyxl.Workbook()
    summary = book.active
    assert summary is not None
    summary.title = "総括表"
    summary["A1"] = "令和６年度　事務事業評価　総括表（蕗町ＤＸ推進計画関連事業）"
    summary["A1"].font = Font(name=FONT, size=14, bold=True)
    summary["A2"] = "対象計画：蕗町ＤＸ推進計画（計画期間：令和５年度～令和８年度）"
    summary["A2"].font = Font(name=FONT, size=10)
    for column, label in enumerate(_FK_SUM_HEAD, start=1):
        _cell(summary, 4, column, label, CENTRE)
    _ruled(summary, 4, 1, 11, HEAD_FILL)
    summary.row_dimensions[4].height = 30
    for at, (code, title, bu, ka, _, _, _, indicators, grade, future) in enumerate(_FUKI, start=1):
        outcome = indicators[1]
        rate = outcome[5] / outcome[4]
        values = [at, code, title, bu, ka, outcome[1], outcome[4], outcome[5], rate, grade, future]
        for column, value in enumerate(values, start=1):
            align = RIGHT if 7 <= column <= 9 else CENTRE if column in (1, 2, 10, 11) else LEFT
            _cell(summary, 4 + at, column, value, align)
        summary.cell(4 + at, 9).number_format = "0.0%"
        for column in (7, 8):
            value = summary.cell(4 + at, column).value
            summary.cell(4 + at, column).number_format = "0.0" if isinstance(value, float) else "#,##0"
        summary.row_dimensions[4 + at].height = 24
    summary.cell(
        5 + len(_FUKI) + 1, 1, "※評価　Ａ：目標を上回った　Ｂ：概ね目標どおり　Ｃ：目標を下回った"
    ).font = Font(name=FONT, size=9)
    _widths(summary, _FK_SUM_WIDTHS)
    for code, title, bu, ka, (first, last), purpose, work, indicators, grade, future in _FUKI:
        sheet = book.create_sheet(code)
        sheet["A1"] = "事務事業評価シート（令和６年度実施事業）"
        sheet["A1"].font = Font(name=FONT, size=14, bold=True)
        rows: list[list[Any]] = [
            ["事業番号", code, "事業名", title, None, None, None],
            ["部", bu, "課", ka, None, None, None],
            ["事業期間", _era_span(first, last), None, None, None, None, None],
            ["事業の目的", purpose, None, None, None, None, None],
            ["活動内容（R6）", work, None, None, None, None, None],
        ]
        r = 3
        for values in rows:
            for column, value in enumerate(values, start=1):
                _cell(sheet, r, column, value, LEFT)
            _ruled(sheet, r, 1, 7)
            for column in (1, 3) if values[2] else (1,):
                sheet.cell(r, column).fill = HEAD_FILL
            if values[2]:
                sheet.merge_cells(start_row=r, start_column=4, end_row=r, end_column=7)
            else:
                sheet.merge_cells(start_row=r, start_column=2, end_row=r, end_column=7)
            sheet.row_dimensions[r].height = 22 if r < 6 else 36
            r += 1
        r += 1
        _cell(sheet, r, 1, "■指標", LEFT)
        sheet.cell(r, 1).border = Border()
        r += 1
        for column, label in enumerate(_FK_IND_HEAD, start=1):
            _cell(sheet, r, column, label, CENTRE)
        _ruled(sheet, r, 1, 7, HEAD_FILL)
        r += 1
        for kind, name, unit, base, goal6, actual6, goal8 in indicators:
            for column, value in enumerate((kind, name, unit, base, goal6, actual6, goal8), start=1):
                _cell(sheet, r, column, value, RIGHT if column >= 4 else CENTRE if column in (1, 3) else LEFT)
                if isinstance(value, float):
                    sheet.cell(r, column).number_format = "0.0"
                elif isinstance(value, int) and column >= 4:
                    sheet.cell(r, column).number_format = "#,##0"
            r += 1
        r += 1
        for label, value in (("評価", grade), ("今後の方向性", future)):
            _cell(sheet, r, 1, label, LEFT)
            sheet.cell(r, 1).fill = HEAD_FILL
            _cell(sheet, r, 2, value, LEFT)
            r += 1
        _widths(sheet, [14.0, 30.0, 8.0, 30.0, 11.0, 11.0, 11.0])
    return save(book)


def _fuki() -> list[dict[str, Any]]:
    out = []
    for code, title, _, ka, (first, last), _, _, indicators, *_ in _FUKI:
        found = tuple(
            kpi((2023, base), (2026, goal8), ((2024, goal6), (2026, goal8)), ((2024, actual6),))
            for _, _, _, base, goal6, actual6, goal8 in indicators
        )
        out.append(item(code, title, [ka], found, years(first, last)))
    return out


# --- 蓬田町: a Google スプレッドシート downloaded as .xlsx (checkboxes TRUE / FALSE, a header two rows deep) -----------------

#: (No., 基本目標, 取組名, 担当課, 指標名, 単位, 現状値（R6）, 目標値（R10）, R7–R10 checked, 進捗, 更新日時, 更新者).
_YOMOGITA: list[tuple[Any, ...]] = [
    (1, 1, "電子申請の拡充", "総務課", "電子申請できる手続数", "手続", 35, 150, (True, True, True, True), "順調",
     datetime.datetime(2025, 6, 12, 9, 41, 3), "somu@town.yomogita.example.jp"),
    (2, 1, "書かない窓口の導入", "町民課", "窓口支援システムで受け付ける手続数", "手続", 0, 25, (False, True, True, True),
     "未着手", datetime.datetime(2025, 5, 30, 16, 2, 47), "chomin@town.yomogita.example.jp"),
    (3, 1, "キャッシュレス決済の導入", "会計課、税務課", "キャッシュレス決済に対応した窓口数", "窓口", 1, 8,
     (True, True, False, False), "順調", datetime.datetime(2025, 6, 3, 11, 15, 20), "kaikei@town.yomogita.example.jp"),
    (4, 2, "基幹業務システムの標準化", "総務課", "標準準拠システムへ移行した業務数", "業務", 0, 20,
     (True, False, False, False), "遅れ", datetime.datetime(2025, 6, 12, 10, 5, 58), "somu@town.yomogita.example.jp"),
    (5, 2, "生成ＡＩの活用", "企画課", "生成ＡＩを利用する職員の割合", "％", 5, 70, (True, True, True, True), "順調",
     datetime.datetime(2025, 6, 9, 14, 30, 0), "kikaku@town.yomogita.example.jp"),
    (6, 2, "テレワークの推進", "総務課", "テレワークを実施した職員数（年間）", "人", 8, 40, (False, False, True, True),
     "未着手", datetime.datetime(2025, 4, 21, 8, 55, 12), "somu@town.yomogita.example.jp"),
    (7, 3, "スマホ教室の開催", "生涯学習課・福祉課", "教室の参加者数（年間）", "人", 60, 250, (True, True, True, True),
     "順調", datetime.datetime(2025, 6, 2, 13, 12, 40), "shogai@town.yomogita.example.jp"),
    (8, 3, "見守りセンサーの設置", "福祉課", "見守りセンサーを設置した世帯数", "世帯", 0, 120, (False, True, True, False),
     "準備中", datetime.datetime(2025, 6, 11, 17, 48, 9), "fukushi@town.yomogita.example.jp"),
]  # fmt: skip

_YG_GROUPS = [("基本情報", 1, 4), ("ＫＰＩ", 5, 8), ("実施年度", 9, 12), ("管理", 13, 15)]
_YG_HEAD = ["No.", "基本目標", "取組名", "担当課", "指標名", "単位", "現状値（R6）", "目標値（R10）", "R7", "R8", "R9", "R10",
            "進捗", "更新日時", "更新者"]  # fmt: skip
_YG_WIDTHS = [5.0, 8.0, 24.0, 16.0, 30.0, 6.0, 11.0, 11.0, 5.0, 5.0, 5.0, 5.0, 8.0, 18.0, 30.0]


def yomogita_xlsx() -> bytes:
    book = openpyxl.Workbook()
    intro = book.active
    assert intro is not None
    intro.title = "はじめに"
    for r, text in enumerate(
        [
            "蓬田町ＤＸ推進計画　取組管理シート（共有）",
            "計画期間：令和７年度～令和10年度",
            "",
            "・各課は「取組管理」シートの担当する行を更新してください。",
            "・「実施年度」のチェックボックスは、取組を実施する年度にチェックを入れます。",
            "・更新日時と更新者は入力時に記録されます。",
        ],
        start=1,
    ):
        intro.cell(r, 1, text or None).font = Font(name="Arial", size=14 if r == 1 else 10, bold=r == 1)
    sheet = book.create_sheet("取組管理")
    arial = Font(name="Arial", size=10)
    bold = Font(name="Arial", size=10, bold=True)
    for label, first, last in _YG_GROUPS:
        sheet.cell(1, first, label).font = bold
        sheet.cell(1, first).alignment = CENTRE
        sheet.merge_cells(start_row=1, start_column=first, end_row=1, end_column=last)
    for column, label in enumerate(_YG_HEAD, start=1):
        sheet.cell(2, column, label).font = bold
        sheet.cell(2, column).alignment = CENTRE
        sheet.cell(1, column).fill = HEAD_FILL
        sheet.cell(2, column).fill = HEAD_FILL
    checks = DataValidation(type="list", formula1='"TRUE,FALSE"', allow_blank=True)
    sheet.add_data_validation(checks)
    for r, (number, goal, title, written, name, unit, base, target, ticks, state, when, who) in enumerate(
        _YOMOGITA, start=3
    ):
        values = [number, goal, title, written, name, unit, base, target, *ticks, state, when, who]
        for column, value in enumerate(values, start=1):
            cell = sheet.cell(r, column, value)
            cell.font = arial
            if isinstance(value, bool):
                cell.alignment = Alignment(horizontal="center")
            if isinstance(value, datetime.datetime):
                cell.number_format = "yyyy/mm/dd hh:mm:ss"
        checks.add(f"I{r}:L{r}")
    sheet.freeze_panes = "D3"
    sheet.auto_filter.ref = f"A2:O{2 + len(_YOMOGITA)}"
    _widths(sheet, _YG_WIDTHS)
    return save(book)


def _yomogita() -> list[dict[str, Any]]:
    out = []
    for number, _, title, written, _, _, base, target, ticks, *_ in _YOMOGITA:
        ticked = tuple(fy for fy, on in zip(range(2025, 2029), ticks, strict=True) if on)
        out.append(
            item(
                str(number),
                title,
                _offices(written),
                (kpi((2024, base), (2028, target), ((2028, target),)),),
                ticked,
            )
        )
    return out


# --- the batch ---------------------------------------------------------------------------------------------------

#: name → (municipality, the initiatives it states)
PLANS: dict[str, tuple[str, list[dict[str, Any]]]] = {
    SHIGINO: ("鴫野市", _shigino()),
    HIYAMA: ("檜山町", _hiyama()),
    CHITOSEHARA: ("千歳原市", _chitosehara()),
    NARASAKI: ("楢崎市", _narasaki()),
    FUKI: ("蕗町", _fuki()),
    YOMOGITA: ("蓬田町", _yomogita()),
}

#: A file uploaded as it is kept: what builds its bytes, and the file name it is uploaded under.
SHEETS: dict[str, tuple[Callable[[], bytes], str]] = {
    CHITOSEHARA: (chitosehara_docx, "千歳原市デジタル化推進計画.docx"),
    NARASAKI: (narasaki_xlsx, "実施計画事業一覧（R7-R9）.xlsx"),
    FUKI: (fuki_xlsx, "R6事務事業評価_DX関連.xlsx"),
    YOMOGITA: (yomogita_xlsx, "蓬田町DX推進計画 取組管理シート（共有）.xlsx"),
}

#: A printed document: what builds it — the HTML Chromium prints, or the workbook Calc prints.
CHROMIUM: dict[str, Callable[[], str]] = {SHIGINO: shigino_html}
CALC: dict[str, Callable[[], bytes]] = {HIYAMA: hiyama_xlsx}
PDFS = (*CHROMIUM, *CALC)

#: The plan period each document states (fiscal years).
PERIODS: dict[str, tuple[int, int]] = {
    SHIGINO: (2024, 2027),
    HIYAMA: (2024, 2026),
    CHITOSEHARA: (2024, 2027),
    NARASAKI: (2025, 2027),
    FUKI: (2023, 2026),
    YOMOGITA: (2025, 2028),
}


_, sheet, pdf, expected = batch_documents(PLANS, sheets=SHEETS, chromium=CHROMIUM, calc=CALC)
