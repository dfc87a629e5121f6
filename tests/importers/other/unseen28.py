"""A twenty-eighth batch of plans no reader was written against (the readers' code was not read): nine documents in
shapes the batches before lack — three workbooks, a CP932 CSV, two Word documents, a web page's text and two PDFs
printed by Chromium.

Uploaded as they are kept:

- 柚木町's 実施計画 (``yunoki_jisshi_koumoku.docx``), written in Word: 見出し 1–3 「第３章　実施計画」 > 「基本方針１　…」 >
  「１－１　電子申請の推進」, each 取組 heading followed by a two-column table 「項目 | 内容」 of 取組概要, 担当課, ＫＰＩ, 現状値,
  目標値 and スケジュール — the values dated in brackets 「25手続（令和６年度）」「80手続（令和10年度）」, two indicators in one
  cell 「①…　②…」 (their values 「①0手続　②25分（令和６年度）」), a 取組 of no KPI (「―」), a target 「全庁展開」 of no
  number and one 「100％」; the schedule written 「R7：検討　R8～R10：実施」, 「R8：構築　R9～：運用」;
- 紅葉台市's 取組シート of the 中間見直し (``momijidai_minaoshi_sheets.xlsx``): a sheet a 基本目標, each with its title row,
  the 計画期間 and 「（単位：千円）」, a header two rows deep (「目標値（R9）」 merged over 「変更前 | 変更後」 and 「年度別事業費（千円）」
  over 「R7 | R8 | R9」), 変更後 「同左」 where the target was kept, a 目標値 「全庁展開」, 「―」 for no value, and a 再掲 row
  (「電子申請の拡充（再掲）」 with its 番号) on the third sheet;
- 桐ヶ峰市's 事務事業評価 exported from its 評価 system as CSV (``kirigamine_hyoka_cp932.csv``): CP932, CRLF, three lines of
  preamble above the header (表題, 出力日 / 出力者, 対象), a 事業 a row with its 活動指標 and 成果指標 side by side (名称, 単位,
  目標（R6）, 実績（R6）; 基準値（R4）, 目標（R8）, 実績（R6）), 所管部 and 所管課 in two columns, 事業開始年度 / 事業終了年度 in 和暦,
  予算額 / 決算額 in 千円, 評価 and 今後の方向性, a 「合計」 row at the end;
- 蛍野町's plan as copied out of its web page (``hotaruno_web_list.txt``): the パンくずリスト and 更新日 above, the HTML lists
  flattened into 「■基本目標1」「●施策1-1」「・取組（担当：…）（KPI：電子申請手続数 50件→200件）」 lines (two KPI in one
  bracket 「①…、②…」 once, a 取組 of none), the years of 「→」 said once in the prose, the page's footer 「お問い合わせ 総務課
  情報係」 and 「このページの先頭へ」;
- 駒形町's 進捗管理表 (``komagata_pasted_twice.xlsx``), the table pasted twice on one sheet: the 令和６年度末 block, a blank
  row, then the same table updated a year on (実績（R7）, a 取組 added), each block under its own 「令和N年度末時点」 line and
  header;
- 蓮華寺町's 取組一覧 of the 中間見直し案 kept 見え消し in Excel (``rengeji_mikeshi.xlsx``): each changed cell's old text struck
  through (rich text, ``strike``) beside the new in red, a line break between or none (「~~200手続~~⏎320手続」,
  「~~税務課~~住民課・会計課」, 「~~ＲＰＡの導入~~ＲＰＡ・生成ＡＩの活用」), a 取組 deleted by striking its whole row (3), a 取組 added
  in red with 「【新規】」 (8), the legend 「※取消線は削除する箇所、赤字は追加・修正する箇所です。」 above the table;
- 椋木市's 見直し案 of its 取組一覧 in Word (``mukunoki_henkou_rireki.docx``, A4 landscape) with its 変更履歴 left in: changes
  tracked in the cells (``w:del`` old text then ``w:ins`` new: 「150手続」→「220手続」, 「市民課」→「市民課、デジタル推進課」,
  「R7～R8」→「R7」), a row deleted (its ``w:trPr`` ``w:del``, every run ``w:delText``) and the row inserted in its place
  under the same 番号 2-1.

Printed by Chromium (read as the PDF and as ``pdftotext`` in both modes):

- 霞ヶ丘市's 進捗状況一覧 (``kasumigaoka_shinchoku_a3.pdf``, A3 landscape): 「R6 | R7 | R8 | R9」 columns holding a 取組's
  目標 and 実績 in two sub-rows (区分 「目標」「実績」; 番号 / 取組名 / 担当課 / 指標 / 単位 / 基準値 merged down), a 取組 of two
  indicators (four sub-rows), 実績 not yet measured 「－」 and the years to come blank, 基本目標 rows across, 進捗 A–C and a
  legend under the table;
- 白梅市's 取組カード (``shiraume_cards_arrows.pdf``, A4 portrait): two cards a page, each with 「取組 1-1」 and its title on
  the left of a band and the 担当課 in a box at the top right (「担当課｜デジタル推進課」), 取組内容, a small 成果指標 table
  (現状値（R6） | 目標値（R10）) and a 工程表 of the four years R7–R10 whose steps are arrows drawn across the year columns
  with their words in them (「検討」 in one year, 「導入・運用」 over three).

``PLANS[name]`` is the plan each document states, by the earlier batches' conventions: a target column headed with its
year (霞ヶ丘市's R6 … R9 目標, 紅葉台市's 目標値（R9）, 駒形町's 目標値（R9）, 桐ヶ峰市's 目標（R6）/ 目標（R8）) that
year's target, the plan's last year's the final one too; a target dated beside its value (柚木町's
「80手続（令和10年度）」) or by the prose (蛍野町's 「→」) or in a card's own small 成果指標 table (白梅市's
目標値（R10）, as 御園町's in batch 17) the final target alone; 基準値 / 現状値 the baseline of the year written; 実績
columns and rows each year's actual (「－」 and blank none). 紅葉台市's target is the 変更後 (「同左」: the 変更前
kept), 「全庁展開」 no number; a 見直し案 states the plan as changed — 蓮華寺町's struck text and 椋木市's deleted
text are gone, what is in red or inserted is the plan's, a struck or deleted row no 取組, 「【新規】」 a mark. Who
carries a 取組 out is its 担当課 as written, split at 「、」「・」; 桐ヶ峰市's 所管部 is no 課. Codes as printed
(「１－１」 1-1); 蛍野町's 取組 have none. A schedule is every year a step is stated for (「R9～」 to the plan's last
year, an arrow every year it spans, 桐ヶ峰市's 事業開始年度–事業終了年度 each year between); none where none is
printed (霞ヶ丘市, 蛍野町, 駒形町). What is no 取組: 基本目標 and 施策 lines and rows, the 合計 row, a 再掲 row (the
取組 it repeats is one 取組), the second block of 駒形町 (the same 取組 again: one 取組 with both years' actuals; its
added 取組 a 取組). 事業費 is a budget (not scored).
"""

from __future__ import annotations

import csv
import html
import io
from collections.abc import Callable
from typing import Any

import docx
import openpyxl
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Mm, Pt
from openpyxl.styles import Alignment, Font

from ..unseen_harness import save
from .batch_documents import batch_documents
from .docparts import (
    CENTRE,
    FONT,
    HEAD_FILL,
    LEFT,
    RIGHT,
    _cell,
    _esc,
    _offices,
    _page,
    _ruled,
    _value,
    _widths,
)
from .unseen import item, kpi, years

KASUMIGAOKA = "kasumigaoka_shinchoku_a3.pdf"
YUNOKI = "yunoki_jisshi_koumoku.docx"
MOMIJIDAI = "momijidai_minaoshi_sheets.xlsx"
KIRIGAMINE = "kirigamine_hyoka_cp932.csv"
HOTARUNO = "hotaruno_web_list.txt"
SHIRAUME = "shiraume_cards_arrows.pdf"
KOMAGATA = "komagata_pasted_twice.xlsx"
RENGEJI = "rengeji_mikeshi.xlsx"
MUKUNOKI = "mukunoki_henkou_rireki.docx"

_WIDE = "０１２３４５６７８９"
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _wide(text: str) -> str:
    return "".join(_WIDE[int(ch)] if ch.isdigit() else ch for ch in text)


# --- 霞ヶ丘市: 進捗状況一覧 on A3 landscape, 目標 / 実績 sub-rows under the year columns -----------------------------------

#: (基本目標, [(番号, 取組名, 担当課, [(指標, 単位, 基準値（R5）, 目標 R6–R9, 実績 R6–R7 (None 「－」)), 進捗)]).
_KASUMIGAOKA: list[tuple[str, list[tuple[Any, ...]]]] = [
    ("基本目標１　便利で手続しやすいまち", [
        ("1-1", "電子申請の拡充", "デジタル推進課",
         [("電子申請できる手続数", "手続", "120", ("180", "260", "340", "420"), ("192", "271"))], "Ａ"),
        ("1-2", "書かない窓口の導入", "市民課",
         [("書かない窓口の対応手続数", "手続", "0", ("10", "25", "40", "50"), ("12", "22"))], "Ｂ"),
        ("1-3", "証明書のコンビニ交付", "市民課、税務課",
         [("コンビニ交付率", "％", "18.2", ("22.0", "27.0", "32.0", "38.0"), ("21.5", "26.8"))], "Ｂ"),
        ("1-4", "窓口のキャッシュレス決済", "会計課",
         [("キャッシュレス決済に対応した窓口数", "窓口", "2", ("6", "12", "18", "24"), ("6", "10"))], "Ｃ"),
    ]),
    ("基本目標２　スマートな市役所", [
        ("2-1", "ＲＰＡ・ＡＩ－ＯＣＲの活用", "行政経営課",
         [("削減した作業時間（年間）", "時間", "1,500", ("2,500", "4,000", "5,500", "7,000"), ("2,810", "4,120"))], "Ａ"),
        ("2-2", "テレワークの推進", "職員課",
         [("テレワークを実施した職員数（年間）", "人", "60", ("100", "150", "200", "250"), ("88", "143"))], "Ｂ"),
        ("2-3", "ペーパーレス化の推進", "総務課",
         [("庁内の印刷枚数（年間）", "万枚", "480", ("450", "400", "350", "300"), ("462", "395")),
          ("電子決裁率", "％", "35.0", ("50.0", "65.0", "80.0", "90.0"), ("48.2", "66.0"))], "Ｂ"),
    ]),
    ("基本目標３　誰もがつながるまち", [
        ("3-1", "デジタル活用支援", "生涯学習課・高齢福祉課",
         [("スマートフォン講座の参加者数（年間）", "人", "350", ("500", "600", "700", "800"), ("512", "655"))], "Ａ"),
        ("3-2", "オープンデータの推進", "デジタル推進課",
         [("公開データセット数", "件", "40", ("60", "80", "100", "120"), ("55", None))], "Ｃ"),
    ]),
]  # fmt: skip

_KASUMIGAOKA_CSS = (
    "table.list { font-size: 10pt; } table.list td { padding: 3pt 4pt; vertical-align: middle; } "
    "table.list thead td { background: #DDEBF7; text-align: center; } "
    "table.list tr.goal td { background: #F2F2F2; font-weight: bold; } "
    "td.c { text-align: center; } td.r { text-align: right; white-space: nowrap; } "
    "tr.plan td.r { color: #555; } "
)


def kasumigaoka_html() -> str:
    head = (
        "<thead><tr><td rowspan=2>番号</td><td rowspan=2>取組名</td><td rowspan=2>担当課</td><td rowspan=2>成果指標（ＫＰＩ）</td>"
        "<td rowspan=2>単位</td><td rowspan=2>基準値<br>（R5）</td><td rowspan=2>区分</td><td colspan=4>年度別の目標・実績</td>"
        "<td rowspan=2>進捗</td></tr><tr><td>R6</td><td>R7</td><td>R8</td><td>R9</td></tr></thead>"
    )
    rows = []
    for goal, entries in _KASUMIGAOKA:
        rows.append(f"<tr class=goal><td colspan=12>{html.escape(goal)}</td></tr>")
        for code, title, written, indicators, grade in entries:
            span = 2 * len(indicators)
            for at, (name, unit, base, goals, actuals) in enumerate(indicators):
                first = ""
                if at == 0:
                    first = (
                        f"<td class=c rowspan={span}>{code}</td><td rowspan={span}>{html.escape(title)}</td>"
                        f"<td rowspan={span}>{html.escape(written)}</td>"
                    )
                lead = f"<td rowspan=2>{html.escape(name)}</td><td class=c rowspan=2>{unit}</td>"
                lead += f"<td class=r rowspan=2>{base}</td>"
                tail = f"<td class=c rowspan={span}>{grade}</td>" if at == 0 else ""
                planned = "".join(f"<td class=r>{g}</td>" for g in goals)
                rows.append(f"<tr class=plan>{first}{lead}<td class=c>目標</td>{planned}{tail}</tr>")
                done = [("－" if a is None else a) for a in actuals] + ["", ""]
                rows.append(
                    "<tr><td class=c>実績</td>" + "".join(f"<td class=r>{a}</td>" for a in done) + "</tr>"
                )
    body = (
        "<h2 style='margin-top:0'>霞ヶ丘市ＤＸ推進計画　進捗状況一覧（令和７年度実績）</h2>"
        "<p>計画期間：令和６年度～令和９年度　　　基準日：令和８年３月31日</p>"
        f"<table class=list>{head}<tbody>{''.join(rows)}</tbody></table>"
        "<p style='font-size:9pt'>※進捗　Ａ：目標を達成　Ｂ：概ね順調（目標の８割以上）　Ｃ：遅れ（目標の８割未満）</p>"
        "<p style='font-size:9pt'>※「－」は集計中のもの。R8・R9の実績は今後記入する。</p>"
    )
    return _page(body, size="A3 landscape", header="霞ヶ丘市ＤＸ推進計画", css=_KASUMIGAOKA_CSS, font="10pt",
                 margin="15mm 15mm")  # fmt: skip


def _kasumigaoka() -> list[dict[str, Any]]:
    out = []
    for _, entries in _KASUMIGAOKA:
        for code, title, written, indicators, _ in entries:
            found = tuple(
                kpi(
                    (2023, _value(base)),  # type: ignore[arg-type]
                    (2027, _value(goals[-1])),  # type: ignore[arg-type]
                    tuple((2024 + at, _value(g)) for at, g in enumerate(goals)),  # type: ignore[misc]
                    tuple((2024 + at, _value(a)) for at, a in enumerate(actuals) if a is not None),  # type: ignore[misc]
                )
                for _, _, base, goals, actuals in indicators
            )
            out.append(item(code, title, _offices(written), found))
    return out


# --- 柚木町: Word, a heading a 取組 followed by a 「項目 | 内容」 table --------------------------------------------------------

#: (基本方針, [(番号, 取組名, 取組概要, 担当課, ＫＰＩ, 現状値, 目標値 (as written), スケジュール, its years, indicators as
#:  ((baseline fy, value), (final fy, value)) )]).
_YUNOKI: list[tuple[str, list[tuple[Any, ...]]]] = [
    ("基本方針１　いつでもどこでも手続できる町", [
        ("1-1", "電子申請の推進", "子育て・介護・税の手続から順に、スマートフォンで申請できるようにする。", "総務課、住民課",
         "電子申請できる手続数", "25手続（令和６年度）", "80手続（令和10年度）", "R7：検討　R8～R10：実施",
         years(2025, 2028), (((2024, 25), (2028, 80)),)),
        ("1-2", "書かない窓口の導入", "マイナンバーカードを読み取って申請書を作る窓口支援システムを住民課に導入する。", "住民課",
         "①書かない窓口の対応手続数　②窓口の平均待ち時間", "①0手続　②25分（令和６年度）", "①40手続　②15分（令和10年度）",
         "R7：検討　R8：構築　R9～：運用", years(2025, 2028), (((2024, 0), (2028, 40)), ((2024, 25), (2028, 15)))),
        ("1-3", "キャッシュレス決済の導入", "役場の窓口と町の施設で、手数料と使用料をキャッシュレスで納められるようにする。",
         "会計課・税務課", "キャッシュレス決済に対応した窓口の割合", "0％（令和６年度）", "100％（令和10年度）",
         "R7～R8：導入　R9～R10：拡大", years(2025, 2028), (((2024, 0), (2028, 100)),)),
    ]),
    ("基本方針２　効率的で働きやすい役場", [
        ("2-1", "基幹業務システムの標準化", "住民記録・税など20業務のシステムを標準準拠システムへ移行する。", "総務課",
         "標準準拠システムへ移行した業務数", "0業務（令和６年度）", "20業務（令和７年度）", "R7：移行",
         (2025,), (((2024, 0), (2025, 20)),)),
        ("2-2", "テレワーク環境の整備", "持ち出し用の端末を配備し、在宅勤務の規程を整える。", "総務課",
         "テレワーク環境の整備状況", "一部の課で試行", "全庁展開", "R8：整備　R9～R10：運用",
         years(2026, 2028), (((2024, None), (2028, None)),)),
        ("2-3", "情報セキュリティ研修の実施", "全職員を対象に、標的型攻撃メールの訓練と研修を毎年行う。", "総務課",
         "―", "―", "―", "R7～R10：実施", years(2025, 2028), ()),
    ]),
    ("基本方針３　みんなでつながる地域", [
        ("3-1", "スマートフォン相談会の開催", "地区の集会所で、高齢者向けのスマートフォン相談会を開く。", "福祉課、生涯学習課",
         "相談会の参加者数（年間）", "40人（令和６年度）", "200人（令和10年度）", "R7～R10：実施",
         years(2025, 2028), (((2024, 40), (2028, 200)),)),
        ("3-2", "観光情報のオープンデータ化", "観光施設とイベントの情報を、推奨データセットの形式で公開する。", "商工観光課",
         "公開データセット数", "3件（令和６年度）", "20件（令和10年度）", "R8：準備　R9～：公開",
         years(2026, 2028), (((2024, 3), (2028, 20)),)),
    ]),
]  # fmt: skip


def yunoki_docx() -> bytes:
    document = docx.Document()
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.right_margin = Mm(22)
    section.footer.paragraphs[0].text = "柚木町デジタル化推進計画"
    section.footer.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    document.add_paragraph("柚木町デジタル化推進計画", style="Title")
    document.add_paragraph("令和７年３月　柚木町")
    document.add_paragraph("第１章　計画の概要", style="Heading 1")
    document.add_paragraph("　本計画の期間は、令和７年度から令和10年度までの４年間とします。")
    document.add_paragraph("第３章　実施計画", style="Heading 1")
    document.add_paragraph("　基本方針ごとに、取組の内容、担当課、ＫＰＩとスケジュールを示します。")
    for policy, entries in _YUNOKI:
        document.add_paragraph(policy, style="Heading 2")
        for code, title, summary, written, name, base, goal, when, *_ in entries:
            document.add_paragraph(f"{_wide(code).replace('-', '－')}　{title}", style="Heading 3")
            rows = [
                ("項目", "内容"),
                ("取組概要", summary),
                ("担当課", written),
                ("ＫＰＩ", name),
                ("現状値", base),
                ("目標値", goal),
                ("スケジュール", when),
            ]
            table = document.add_table(rows=len(rows), cols=2)
            table.style = "Table Grid"
            for r, (label, value) in enumerate(rows):
                table.cell(r, 0).text = label
                table.cell(r, 1).text = value
                if r == 0:
                    for c in (0, 1):
                        table.cell(r, c).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            for row in table.rows:
                row.cells[0].width, row.cells[1].width = Mm(32), Mm(134)
                for cell in row.cells:
                    for run in cell.paragraphs[0].runs:
                        run.font.size = Pt(10)
            document.add_paragraph("")
    return save(document)


def _yunoki() -> list[dict[str, Any]]:
    out = []
    for _, entries in _YUNOKI:
        for code, title, _, written, _, _, _, _, schedule, indicators in entries:
            out.append(
                item(code, title, _offices(written), tuple(kpi(b, f) for b, f in indicators), schedule)
            )
    return out


# --- 紅葉台市: 中間見直し, a sheet a 基本目標, 目標値 変更前 / 変更後 and 年度別事業費 ------------------------------------------

#: (sheet, 基本目標, [(番号, 取組名, 担当課, 成果指標, 単位, 基準値（R4）, 変更前, 変更後, 事業費 R7–R9, 備考)]).
_MOMIJIDAI: list[tuple[str, str, list[tuple[Any, ...]]]] = [
    ("基本目標１", "行政サービスのデジタル化", [
        ("1-1", "電子申請の拡充", "デジタル推進課", "電子申請できる手続数", "手続", 60, 200, 320, (2400, 1800, 1800),
         "国の方針を踏まえ目標を上方修正"),
        ("1-2", "証明書のコンビニ交付", "市民課", "コンビニ交付率", "％", 12.5, 30, "同左", (800, 800, 800), ""),
        ("1-3", "窓口のキャッシュレス化", "会計課・市民課", "キャッシュレス決済に対応した窓口数", "窓口", 0, 15, 25,
         (1200, 600, 600), "対象窓口を追加"),
    ]),
    ("基本目標２", "行政運営の効率化", [
        ("2-1", "ＲＰＡの活用", "行政改革課", "ＲＰＡで削減した作業時間（年間）", "時間", 300, 3000, 2000, (1500, 1500, 1500),
         "対象業務の見直しにより下方修正"),
        ("2-2", "基幹業務システムの標準化", "情報システム課", "標準準拠システムへ移行した業務数", "業務", 0, 20, "同左",
         (62000, "―", "―"), ""),
        ("2-3", "テレワークの推進", "人事課", "テレワーク環境", "―", "―", "一部導入", "全庁展開", (900, 900, 900),
         "目標を変更"),
    ]),
    ("基本目標３", "地域社会のデジタル化", [
        ("3-1", "デジタルデバイド対策", "地域振興課、高齢福祉課", "スマートフォン講座の参加者数（年間）", "人", 220, 600, 800,
         (700, 700, 700), ""),
        ("3-2", "オープンデータの推進", "デジタル推進課", "公開データセット数", "件", 35, 100, "同左", ("―", "―", "―"),
         "既存予算で対応"),
        ("1-1", "電子申請の拡充（再掲）", "デジタル推進課", "（再掲）", "", "", "", "", ("（再掲）", "", ""), "基本目標１に掲載"),
    ]),
]  # fmt: skip

_MJ_HEAD_TOP = ["番号", "取組名", "担当課", "成果指標", "単位", "基準値\n（R4）", "目標値（R9）", None,
                "年度別事業費（千円）", None, None, "見直しの理由・備考"]  # fmt: skip
_MJ_HEAD_SUB = {7: "変更前", 8: "変更後", 9: "R7", 10: "R8", 11: "R9"}
_MJ_WIDTHS = [6.0, 26.0, 16.0, 30.0, 6.0, 9.0, 9.0, 9.0, 9.0, 9.0, 9.0, 28.0]


def momijidai_xlsx() -> bytes:
    book = openpyxl.Workbook()
    first = book.active
    assert first is not None
    book.remove(first)
    for name, goal, entries in _MOMIJIDAI:
        sheet = book.create_sheet(name)
        sheet["A1"] = f"紅葉台市ＤＸ推進計画（中間見直し）　取組シート　{name}　{goal}"
        sheet["A1"].font = Font(name=FONT, size=14, bold=True)
        sheet["A2"] = "計画期間：令和５年度～令和９年度（令和７年３月見直し）"
        sheet["A2"].font = Font(name=FONT, size=10)
        sheet["L2"] = "（単位：千円）"
        sheet["L2"].font = Font(name=FONT, size=9)
        sheet["L2"].alignment = Alignment(horizontal="right")
        for column, label in enumerate(_MJ_HEAD_TOP, start=1):
            _cell(sheet, 3, column, label, CENTRE)
            if column not in range(7, 12):
                sheet.merge_cells(start_row=3, start_column=column, end_row=4, end_column=column)
        sheet.merge_cells(start_row=3, start_column=7, end_row=3, end_column=8)
        sheet.merge_cells(start_row=3, start_column=9, end_row=3, end_column=11)
        for column, label in _MJ_HEAD_SUB.items():
            _cell(sheet, 4, column, label, CENTRE)
        for row in (3, 4):
            _ruled(sheet, row, 1, 12, HEAD_FILL)
        row = 5
        for code, title, written, measure, unit, base, before, after, costs, note in entries:
            cells = [code, title, written, measure, unit, base, before, after, *costs, note or None]
            for column, value in enumerate(cells, start=1):
                align = RIGHT if column in (6, 7, 8, 9, 10, 11) else CENTRE if column in (1, 5) else LEFT
                _cell(sheet, row, column, value, align)
                if isinstance(value, int) and column >= 9:
                    sheet.cell(row, column).number_format = "#,##0"
            row += 1
        sheet.cell(
            row + 1, 1, "※目標値の変更後欄の「同左」は、当初の目標値を据え置いたもの。「―」は該当なし。"
        ).font = Font(name=FONT, size=9)
        _widths(sheet, _MJ_WIDTHS)
        sheet.freeze_panes = "C5"
    return save(book)


def _momijidai() -> list[dict[str, Any]]:
    out = []
    for _, _, entries in _MOMIJIDAI:
        for code, title, written, _, _, base, before, after, _, _ in entries:
            if title.endswith("（再掲）"):
                continue
            goal = _value(before if after == "同左" else after)
            found = (kpi((2022, _value(base)), (2027, goal), ((2027, goal),) if goal is not None else ()),)  # type: ignore[arg-type]
            out.append(item(code, title, _offices(written), found))
    return out


# --- 桐ヶ峰市: 事務事業評価 exported as CP932 CSV, three lines of preamble and a 合計 row ------------------------------------

#: (事業番号, 事業名, 所管部, 所管課, 開始年度, 終了年度, 活動指標 (名称, 単位, 目標（R6）, 実績（R6）), 成果指標 (名称, 単位,
#:  基準値（R4）, 目標（R8）, 実績（R6）), 予算額, 決算額, 評価, 今後の方向性).
_KIRIGAMINE: list[tuple[Any, ...]] = [
    ("D0101", "電子申請システム運用事業", "総務部", "情報政策課", "令和5年度", "令和8年度",
     ("電子申請に対応した手続数", "手続", "150", "163"), ("電子申請の利用率", "％", "8.5", "40.0", "21.3"), 5200, 4987, "A", "拡充"),
    ("D0102", "コンビニ交付推進事業", "市民生活部", "市民課", "令和5年度", "令和8年度",
     ("コンビニ交付の周知回数", "回", "12", "12"), ("コンビニ交付率", "％", "15.0", "35.0", "24.6"), 3100, 3054, "B", "継続"),
    ("D0103", "窓口キャッシュレス化事業", "会計管理者", "会計課", "令和6年度", "令和7年度",
     ("決済端末の設置台数", "台", "10", "8"), ("キャッシュレス決済の利用割合", "％", "0", "30.0", "11.2"), 1800, 1620, "C",
     "改善"),
    ("D0201", "業務自動化推進事業", "総務部", "行政改革推進課", "令和5年度", "令和8年度",
     ("ＲＰＡを導入した業務数", "業務", "15", "17"), ("削減した作業時間（年間）", "時間", "200", "3,000", "1,850"), 2400,
     2310, "A", "継続"),
    ("D0202", "ガバメントクラウド移行事業", "総務部", "情報政策課", "令和5年度", "令和7年度",
     ("移行を完了した業務数", "業務", "8", "6"), ("標準準拠システムへ移行した業務数", "業務", "0", "20", "6"), 88000, 76500,
     "B", "継続"),
    ("D0301", "高齢者デジタル活用支援事業", "健康福祉部", "高齢者支援課", "令和5年度", "令和8年度",
     ("スマホ教室の開催回数", "回", "24", "26"), ("スマホ教室の参加者数（年間）", "人", "180", "600", "412"), 1500, 1488, "A",
     "拡充"),
    ("D0302", "防災情報配信事業", "危機管理部", "危機管理課", "令和6年度", "令和8年度",
     ("防災アプリの周知イベント数", "回", "6", "4"), ("防災アプリの登録者数", "人", "2,100", "12,000", "5,340"), 4300, 4100,
     "B", "継続"),
]  # fmt: skip

_KG_HEAD = ["事業番号", "事業名", "所管部", "所管課", "事業開始年度", "事業終了年度", "活動指標名", "活動指標単位",
            "活動指標目標（R6）", "活動指標実績（R6）", "成果指標名", "成果指標単位", "成果指標基準値（R4）", "成果指標目標（R8）",
            "成果指標実績（R6）", "予算額（千円）", "決算額（千円）", "評価", "今後の方向性"]  # fmt: skip


def kirigamine_csv() -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(["令和６年度　事務事業評価　一覧表"])
    writer.writerow(["出力日：令和7年7月15日", "出力者：企画課"])
    writer.writerow(["対象：桐ヶ峰市ＤＸ推進計画（令和５年度～令和８年度）関連事業"])
    writer.writerow(_KG_HEAD)
    for code, title, part, office, start, end, activity, outcome, budget, spent, grade, way in _KIRIGAMINE:
        writer.writerow(
            [code, title, part, office, start, end, *activity, *outcome, budget, spent, grade, way]
        )
    writer.writerow(["合計", "", "", "", "", "", "", "", "", "", "", "", "", "", "",
                     sum(r[8] for r in _KIRIGAMINE), sum(r[9] for r in _KIRIGAMINE), "", ""])  # fmt: skip
    return out.getvalue().encode("cp932")


def _kirigamine() -> list[dict[str, Any]]:
    out = []
    for code, title, _, office, start, end, activity, outcome, *_ in _KIRIGAMINE:
        _, _, planned, done = activity
        _, _, base, goal, actual = outcome
        found = (
            kpi(None, None, ((2024, _value(planned)),), ((2024, _value(done)),)),  # type: ignore[arg-type]
            kpi(
                (2022, _value(base)), (2026, _value(goal)), ((2026, _value(goal)),), ((2024, _value(actual)),)
            ),  # type: ignore[arg-type]
        )
        first, last = (2018 + int(y.removeprefix("令和").removesuffix("年度")) for y in (start, end))
        out.append(item(code, title, [office], found, years(first, last)))
    return out


# --- 蛍野町: a web page's lists copied as text -------------------------------------------------------------------------

#: (基本目標, [(施策, [(取組, 担当, [(KPI, 現状値, 目標値)])])]); the values written with their units.
_HOTARUNO: list[tuple[str, list[tuple[str, list[tuple[Any, ...]]]]]] = [
    ("便利な暮らしをデジタルで", [
        ("行政手続のオンライン化", [
            ("電子申請の拡充", "総務課", [("電子申請手続数", "50件", "200件")]),
            ("窓口のキャッシュレス化", "住民課・会計課", [("キャッシュレス対応窓口数", "0か所", "8か所")]),
        ]),
        ("子育て・健康のデジタル化", [
            ("子育てアプリの導入", "子育て支援課",
             [("子育てアプリの登録者数", "0人", "800人"), ("オンラインでできる子育て手続数", "2件", "15件")]),
            ("健診予約のオンライン化", "健康推進課", [("オンライン予約の割合", "0％", "60％")]),
        ]),
    ]),
    ("役場の仕事をスマートに", [
        ("業務の効率化", [
            ("ＡＩ議事録の活用", "総務課", [("会議録作成時間の削減率", "0％", "50％")]),
            ("電子決裁の導入", "総務課、企画財政課", [("電子決裁率", "0％", "100％")]),
            ("職員のデジタル研修", "総務課", []),
        ]),
    ]),
    ("地域の暮らしを支えるデジタル", [
        ("誰一人取り残さない", [
            ("スマートフォン相談窓口の開設", "福祉課", [("相談件数（年間）", "30件", "240件")]),
            ("防災情報の多様な配信", "防災安全課", [("防災メール登録者数", "1,200人", "3,000人")]),
        ]),
    ]),
]  # fmt: skip


def hotaruno_text() -> str:
    lines = [
        "蛍野町デジタル化推進計画（令和７年度～令和11年度）",
        "",
        "ホーム > 町政情報 > 計画・施策 > 蛍野町デジタル化推進計画",
        "",
        "更新日：2025年4月1日",
        "",
        "蛍野町では、町民の皆さんの暮らしを便利にし、役場の仕事を効率化するため、「蛍野町デジタル化推進計画」を策定しました。",
        "計画の期間は、令和７年度から令和11年度までの５年間です。",
        "各取組のKPIの数値は、「現状値（令和５年度）→目標値（令和11年度）」を示しています。",
        "",
        "計画の体系と主な取組",
        "",
    ]
    for g, (goal, measures) in enumerate(_HOTARUNO, start=1):
        lines.append(f"■基本目標{g}　{goal}")
        for m, (measure, entries) in enumerate(measures, start=1):
            lines.append(f"●施策{g}-{m}　{measure}")
            for title, written, indicators in entries:
                if not indicators:
                    lines.append(f"・{title}（担当：{written}）")
                elif len(indicators) == 1:
                    name, base, goal_ = indicators[0]
                    lines.append(f"・{title}（担当：{written}）（KPI：{name} {base}→{goal_}）")
                else:
                    named = "、".join(
                        f"{'①②③'[at]}{name} {base}→{goal_}"
                        for at, (name, base, goal_) in enumerate(indicators)
                    )
                    lines.append(f"・{title}（担当：{written}）（KPI：{named}）")
        lines.append("")
    lines += [
        "※KPIの「→」の左は令和５年度の実績、右は令和11年度の目標です。",
        "※計画の全文は、下のPDFファイルをご覧ください。",
        "",
        "蛍野町デジタル化推進計画（PDFファイル：2.1MB）",
        "蛍野町デジタル化推進計画 概要版（PDFファイル：640KB）",
        "",
        "PDFファイルをご覧いただくには、Adobe Acrobat Reader が必要です。",
        "",
        "このページに関するお問い合わせ",
        "総務課 情報係",
        "〒999-0000 蛍野町大字蛍野100番地",
        "電話：0000-00-0000　ファクス：0000-00-0001",
        "",
        "このページの先頭へ",
        "",
    ]
    return "\n".join(lines)


def _hotaruno() -> list[dict[str, Any]]:
    out = []
    for _, measures in _HOTARUNO:
        for _, entries in measures:
            for title, written, indicators in entries:
                found = tuple(kpi((2023, _value(b)), (2029, _value(g))) for _, b, g in indicators)  # type: ignore[arg-type]
                out.append(item(None, title, _offices(written), found))
    return out


# --- 白梅市: cards two a page, the 担当課 in a box at the top right, a 工程表 of arrows ----------------------------------

#: (番号, 取組名, 担当課, 取組内容, [(成果指標, 現状値（R6）, 目標値（R10）)], [(first year, last year, word)] over R7–R10).
_SHIRAUME: list[tuple[Any, ...]] = [
    ("1-1", "電子申請の拡充", "デジタル推進課",
     "市民の利用が多い手続から順に、24時間スマートフォンで申請できるようにする。申請様式の押印と添付書類を見直す。",
     [("電子申請できる手続数", "140手続", "400手続")], [(2025, 2025, "対象手続の選定"), (2026, 2028, "順次拡大")]),
    ("1-2", "窓口のワンストップ化", "市民課",
     "転入・転出や死亡に伴う手続を一つの窓口でまとめて受け付ける。",
     [("ワンストップで受け付ける手続数", "0手続", "35手続"), ("窓口の平均待ち時間", "30分", "15分")],
     [(2025, 2025, "検討"), (2026, 2028, "導入・運用")]),
    ("1-3", "公共施設予約のオンライン化", "スポーツ振興課、生涯学習課",
     "体育館・公民館の予約と抽選をオンラインでできるようにし、使用料をキャッシュレスで納められるようにする。",
     [("オンライン予約できる施設数", "5施設", "32施設")], [(2026, 2026, "構築"), (2027, 2028, "運用")]),
    ("2-1", "基幹業務システムの標準化", "情報政策課",
     "住民記録・税・福祉など20業務を、ガバメントクラウド上の標準準拠システムへ移行する。",
     [("標準準拠システムへ移行した業務数", "0業務", "20業務")], [(2025, 2025, "移行")]),
    ("2-2", "生成ＡＩの活用", "情報政策課・行政改革課",
     "文書の作成や要約に生成ＡＩを使う。利用の指針を定め、職員研修を行う。",
     [("生成ＡＩを活用する職員の割合", "10％", "80％")], [(2025, 2026, "試行・研修"), (2027, 2028, "本格運用")]),
    ("3-1", "デジタル活用支援", "地域福祉課",
     "公民館でスマートフォン講座と個別相談会を開き、地域の支援員を養成する。",
     [("講座・相談会の参加者数（年間）", "420人", "1,200人")], [(2025, 2028, "講座・相談会の開催")]),
]  # fmt: skip

_SHIRAUME_CSS = (
    "div.card { height: 122mm; box-sizing: border-box; border: 1pt solid #333; padding: 4mm 5mm; margin-bottom: 6mm; "
    "break-inside: avoid; } div.card:nth-of-type(2n) { break-after: page; } "
    "div.band { display: flex; justify-content: space-between; align-items: flex-start; border-bottom: 1.5pt solid #2F5597;"
    " padding-bottom: 2mm; margin-bottom: 3mm; } "
    "div.band span.no { font-size: 10pt; background: #2F5597; color: #fff; padding: 1pt 6pt; margin-right: 6pt; } "
    "div.band span.title { font-size: 14pt; font-weight: bold; } "
    "table.office { width: auto; margin: 0; } table.office td { font-size: 9pt; padding: 2pt 6pt; } "
    "table.office td.l { background: #DDEBF7; } "
    "p.label { font-weight: bold; margin-top: 3mm; } "
    "table.kpi td { font-size: 9.5pt; } table.kpi td.h { background: #F2F2F2; text-align: center; } "
    "table.kpi td.r { text-align: right; } "
    "table.steps { table-layout: fixed; } table.steps td { height: 9mm; font-size: 9pt; vertical-align: middle; } "
    "table.steps td.h { background: #F2F2F2; text-align: center; height: auto; } "
    "table.steps td.bar { padding: 0 1mm; } "
    "div.arrow { position: relative; background: #BDD7EE; height: 6mm; line-height: 6mm; margin-right: 4mm; "
    "text-align: center; font-size: 9pt; } "
    "div.arrow::after { content: ''; position: absolute; right: -4mm; top: -1.5mm; border-left: 4mm solid #BDD7EE; "
    "border-top: 4.5mm solid transparent; border-bottom: 4.5mm solid transparent; } "
)


def shiraume_html() -> str:
    cards = []
    for code, title, written, content, indicators, steps in _SHIRAUME:
        kpis = "".join(
            f"<tr><td>{html.escape(name)}</td><td class=r>{base}</td><td class=r>{goal}</td></tr>"
            for name, base, goal in indicators
        )
        cells = []
        year = 2025
        for first, last, word in steps:
            if first > year:
                cells.append("<td></td>" * (first - year))
            cells.append(
                f"<td class=bar colspan={last - first + 1}><div class=arrow>{html.escape(word)}</div></td>"
            )
            year = last + 1
        cells.append("<td></td>" * (2029 - year))
        cards.append(
            "<div class=card><div class=band><div>"
            f"<span class=no>取組 {code}</span><span class=title>{html.escape(title)}</span></div>"
            f"<table class=office><tr><td class=l>担当課</td><td>{html.escape(written)}</td></tr></table></div>"
            f"<p class=label>■取組内容</p><p>{_esc(content)}</p>"
            "<p class=label>■成果指標</p><table class=kpi><tr><td class=h style='width:60%'>指標</td>"
            f"<td class=h>現状値（R6）</td><td class=h>目標値（R10）</td></tr>{kpis}</table>"
            "<p class=label>■工程表</p><table class=steps><tr><td class=h>R7</td><td class=h>R8</td><td class=h>R9</td>"
            f"<td class=h>R10</td></tr><tr>{''.join(cells)}</tr></table></div>"
        )
    body = (
        "<p style='font-size:9pt;margin:0 0 3mm'>第４章　取組カード（計画期間：令和７年度～令和10年度）</p>"
        + "".join(cards)
    )
    return _page(
        body, size="A4", header="白梅市ＤＸ推進計画", css=_SHIRAUME_CSS, font="10pt", margin="14mm 15mm"
    )


def _shiraume() -> list[dict[str, Any]]:
    out = []
    for code, title, written, _, indicators, steps in _SHIRAUME:
        found = tuple(
            kpi((2024, _value(base)), (2028, _value(goal)))  # type: ignore[arg-type]
            for _, base, goal in indicators
        )
        schedule = sorted({y for first, last, _ in steps for y in years(first, last)})
        out.append(item(code, title, _offices(written), found, tuple(schedule)))
    return out


# --- 駒形町: the 進捗管理表 pasted twice on one sheet, the second a year on ---------------------------------------------

#: (No., 取組名, 担当課, 指標, 単位, 基準値（R5）, 目標値（R9）, 実績（R6）, 実績（R7）, 進捗 R6, 進捗 R7); 実績（R6） None: the
#:  取組 added in the second block.
_KOMAGATA: list[tuple[Any, ...]] = [
    (1, "電子申請の拡充", "総務課", "電子申請できる手続数", "手続", 30, 150, 58, 92, "順調", "順調"),
    (2, "マイナンバーカードの活用", "住民課", "コンビニ交付の利用件数（年間）", "件", 400, 2000, 720, 1150, "順調", "概ね順調"),
    (3, "窓口のキャッシュレス化", "会計課、税務課", "キャッシュレス決済に対応した窓口数", "窓口", 0, 10, 2, 5, "概ね順調", "順調"),
    (4, "ＲＰＡの導入", "企画課", "ＲＰＡで削減した作業時間（年間）", "時間", 0, 1000, 150, 420, "遅れ", "概ね順調"),
    (5, "防災情報のデジタル化", "危機管理課", "防災アプリの登録者数", "人", 800, 3000, 1240, 1810, "順調", "順調"),
    (6, "学校のＩＣＴ活用", "学校教育課", "授業でＩＣＴを活用する教員の割合", "％", 62.0, 95.0, 71.5, 80.3, "順調", "順調"),
    (7, "スマートフォン教室の開催", "生涯学習課", "教室の参加者数（年間）", "人", 0, 300, None, 95, "", "順調"),
]  # fmt: skip

_KM_WIDTHS = [5.0, 26.0, 16.0, 32.0, 6.0, 10.0, 10.0, 10.0, 10.0]


def komagata_xlsx() -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "進捗管理"
    sheet["A1"] = "駒形町ＤＸ推進計画　進捗管理表"
    sheet["A1"].font = Font(name=FONT, size=14, bold=True)
    sheet["A2"] = "計画期間：令和５年度～令和９年度"
    sheet["A2"].font = Font(name=FONT, size=10)
    row = 4
    for year, era in ((2024, 6), (2025, 7)):
        sheet.cell(row, 1, f"【令和{era}年度末時点】").font = Font(name=FONT, size=11, bold=True)
        row += 1
        head = [
            "No.",
            "取組名",
            "担当課",
            "指標",
            "単位",
            "基準値\n（R5）",
            "目標値\n（R9）",
            f"実績\n（R{era}）",
            "進捗",
        ]
        for column, label in enumerate(head, start=1):
            _cell(sheet, row, column, label, CENTRE)
        _ruled(sheet, row, 1, 9, HEAD_FILL)
        sheet.row_dimensions[row].height = 30
        row += 1
        for number, title, written, name, unit, base, goal, first, second, state, state2 in _KOMAGATA:
            actual = first if year == 2024 else second
            if year == 2024 and actual is None:
                continue
            cells = [
                number,
                title,
                written,
                name,
                unit,
                base,
                goal,
                actual,
                state if year == 2024 else state2,
            ]
            for column, value in enumerate(cells, start=1):
                _cell(
                    sheet,
                    row,
                    column,
                    value,
                    RIGHT if 6 <= column <= 8 else CENTRE if column in (1, 5, 9) else LEFT,
                )
                if isinstance(value, float):
                    sheet.cell(row, column).number_format = "0.0"
                elif isinstance(value, int) and column >= 6:
                    sheet.cell(row, column).number_format = "#,##0"
            row += 1
        row += 1
    sheet.cell(row, 1, "※進捗は「順調」「概ね順調」「遅れ」の３段階で記入。").font = Font(name=FONT, size=9)
    _widths(sheet, _KM_WIDTHS)
    return save(book)


def _komagata() -> list[dict[str, Any]]:
    out = []
    for number, title, written, _, _, base, goal, first, second, *_ in _KOMAGATA:
        actuals = tuple((fy, a) for fy, a in ((2024, first), (2025, second)) if a is not None)
        found = (kpi((2023, base), (2027, goal), ((2027, goal),), actuals),)
        out.append(item(str(number), title, _offices(written), found))
    return out


# --- 蓮華寺町: the 中間見直し案 kept 見え消し in Excel (struck-through old text beside the new in red) -----------------------

#: A cell as kept 見え消し: (struck old text, new text (red), a line break between) — a plain str where unchanged.
_Struck = tuple[str, str, bool]

#: (No., 取組名, 担当課, 成果指標, 現状値（R5）, 目標値（R10）, 実施時期, the row struck through (廃止), the row added (新規));
#:  a cell a str or a _Struck.
_RENGEJI: list[tuple[Any, ...]] = [
    ("1", "電子申請の拡充", "総務課", "電子申請できる手続数", "40手続", ("200手続", "320手続", True), "R6～R10", False,
     False),
    ("2", "窓口のキャッシュレス化", ("税務課", "住民課・会計課", False), "キャッシュレス決済に対応した窓口数", "0窓口",
     ("6窓口", "10窓口", False), ("R6～R8", "R6～R9", True), False, False),
    ("3", "ＦＡＸによる申請受付の電子化", "総務課", "電子化した申請の種類", "0種類", "12種類", "R6～R7", True, False),
    ("4", "公共施設予約のオンライン化", "生涯学習課", "オンライン予約できる施設数", "3施設", "25施設", "R7～R10", False,
     False),
    ("5", ("ＲＰＡの導入", "ＲＰＡ・生成ＡＩの活用", False), "企画課", "削減した作業時間（年間）", "0時間",
     ("500時間", "1,200時間", True), "R6～R10", False, False),
    ("6", "テレワークの推進", "総務課", "テレワークを実施した職員数（年間）", "10人", "60人", "R6～R10", False, False),
    ("7", "スマートフォン教室の開催", ("福祉課", "福祉課、生涯学習課", True), "教室の参加者数（年間）", "45人",
     ("150人", "200人", False), "R6～R10", False, False),
    ("8", "【新規】オープンデータの推進", "企画課", "公開データセット数", "5件", "40件", "R7～R10", False, True),
]  # fmt: skip

_RJ_HEAD = ["No.", "取組名", "担当課", "成果指標", "現状値\n（R5）", "目標値\n（R10）", "実施時期"]
_RJ_WIDTHS = [5.0, 30.0, 18.0, 32.0, 10.0, 12.0, 11.0]
_RED = "FFFF0000"


def _rich(value: Any, *, struck: bool = False, added: bool = False) -> Any:
    """A cell's value as kept 見え消し: the old text struck through and the new in red (Excel's rich text)."""
    from openpyxl.cell.rich_text import CellRichText, TextBlock
    from openpyxl.cell.text import InlineFont

    if isinstance(value, tuple):
        old, new, broken = value
        return CellRichText(
            TextBlock(InlineFont(rFont=FONT, sz=10, strike=True), old),
            TextBlock(InlineFont(rFont=FONT, sz=10, color=_RED), ("\n" if broken else "") + new),
        )
    if struck:
        return CellRichText(TextBlock(InlineFont(rFont=FONT, sz=10, strike=True), value))
    if added:
        return CellRichText(TextBlock(InlineFont(rFont=FONT, sz=10, color=_RED), value))
    return value


def rengeji_xlsx() -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "取組一覧（見直し案）"
    sheet["A1"] = "蓮華寺町ＤＸ推進計画　取組一覧（中間見直し案・見え消し）"
    sheet["A1"].font = Font(name=FONT, size=14, bold=True)
    sheet["A2"] = "計画期間：令和６年度～令和10年度"
    sheet["A2"].font = Font(name=FONT, size=10)
    sheet["A3"] = "※取消線は削除する箇所、赤字は追加・修正する箇所です。"
    sheet["A3"].font = Font(name=FONT, size=9, color=_RED)
    for column, label in enumerate(_RJ_HEAD, start=1):
        _cell(sheet, 5, column, label, CENTRE)
    _ruled(sheet, 5, 1, 7, HEAD_FILL)
    sheet.row_dimensions[5].height = 30
    row = 6
    for *cells, struck, added in _RENGEJI:
        for column, value in enumerate(cells, start=1):
            _cell(
                sheet, row, column, None, CENTRE if column in (1, 7) else RIGHT if column in (5, 6) else LEFT
            )
            sheet.cell(row, column).alignment = Alignment(
                horizontal="center" if column in (1, 7) else "right" if column in (5, 6) else "left",
                vertical="center",
                wrap_text=True,
            )
            sheet.cell(row, column).value = _rich(value, struck=struck, added=added)
        if any(isinstance(value, tuple) and value[2] for value in cells):
            sheet.row_dimensions[row].height = 30
        row += 1
    _widths(sheet, _RJ_WIDTHS)
    return save(book)


def _new(value: Any) -> str:
    return value[1] if isinstance(value, tuple) else value


def _rengeji() -> list[dict[str, Any]]:
    out = []
    for number, title, written, _, base, goal, when, struck, _ in _RENGEJI:
        if struck:
            continue
        first, last = (2018 + int(y) for y in _new(when).removeprefix("R").split("～R"))
        target = _value(_new(goal))
        found = (kpi((2023, _value(base)), (2028, target), ((2028, target),)),)  # type: ignore[arg-type]
        out.append(
            item(
                number,
                _new(title).removeprefix("【新規】"),
                _offices(_new(written)),
                found,
                years(first, last),
            )
        )
    return out


# --- 椋木市: the 見直し案 of the 取組一覧 in Word, its 変更履歴 (tracked changes) left in --------------------------------------

#: (番号, 取組名, 担当課, 成果指標, 現状値（R5）, 目標値（R9）, 実施年度, the row deleted, the row inserted); a cell a str or
#:  (deleted text, inserted text) where a change is tracked in it.
_MUKUNOKI: list[tuple[Any, ...]] = [
    ("1-1", "行政手続のオンライン化", "市民課", "オンラインでできる手続数", "85手続", ("150手続", "220手続"), "R6～R9",
     False, False),
    ("1-2", "マイナンバーカードの利活用", ("市民課", "市民課、デジタル推進課"), "コンビニ交付率", "14.0％", "30.0％",
     "R6～R9", False, False),
    ("1-3", "窓口予約システムの導入", "市民課", "予約できる窓口数", "0窓口", "5窓口", ("R7～R8", "R7"), False, False),
    ("2-1", "紙の申請書のＯＣＲ読取", "行政改革課", "ＯＣＲで処理する帳票の種類", "0種類", "20種類", "R6～R7", True, False),
    ("2-1", "生成ＡＩの活用", "行政改革課", "生成ＡＩを活用する業務数", "0業務", "40業務", "R7～R9", False, True),
    ("2-2", "基幹業務システムの標準化", "情報政策課", "標準準拠システムへ移行した業務数", "0業務", "20業務", "R6～R7",
     False, False),
    ("2-3", ("ペーパーレス会議", "ペーパーレス会議の推進"), "総務課", "庁内の印刷枚数（年間）", "410万枚",
     ("300万枚", "250万枚"), "R6～R9", False, False),
    ("3-1", "デジタル活用支援", "生涯学習課", "講座の参加者数（年間）", ("200人", "220人"), "800人", "R6～R9", False,
     False),
]  # fmt: skip

_MK_HEAD = ["番号", "取組名", "担当課", "成果指標", "現状値（R5）", "目標値（R9）", "実施年度"]
_AUTHOR = 'w:author="デジタル推進課" w:date="2025-11-20T10:00:00Z"'
_change = iter(range(1, 10_000))


def _tracked(cell: Any, value: Any, *, deleted: bool = False, inserted: bool = False) -> None:
    """A table cell's text with its tracked changes: 「<w:del>old</w:del><w:ins>new</w:ins>」, or the whole text
    deleted or inserted (its row's)."""
    paragraph = cell.paragraphs[0]
    for run in list(paragraph.runs):
        run._r.getparent().remove(run._r)
    size = '<w:rPr><w:sz w:val="18"/></w:rPr>'

    def deleted_run(text: str) -> str:
        return (
            f'<w:del xmlns:w="{_W}" w:id="{next(_change)}" {_AUTHOR}><w:r>{size}'
            f'<w:delText xml:space="preserve">{html.escape(text)}</w:delText></w:r></w:del>'
        )

    def inserted_run(text: str) -> str:
        return (
            f'<w:ins xmlns:w="{_W}" w:id="{next(_change)}" {_AUTHOR}><w:r>{size}'
            f'<w:t xml:space="preserve">{html.escape(text)}</w:t></w:r></w:ins>'
        )

    if isinstance(value, tuple):
        parts = [deleted_run(value[0]), inserted_run(value[1])]
    elif deleted:
        parts = [deleted_run(value)]
    elif inserted:
        parts = [inserted_run(value)]
    else:
        paragraph.add_run(value).font.size = Pt(9)
        return
    from docx.oxml import parse_xml

    for part in parts:
        paragraph._p.append(parse_xml(part))


def mukunoki_docx() -> bytes:
    from docx.enum.section import WD_ORIENT
    from docx.oxml import parse_xml

    document = docx.Document()
    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Mm(297), Mm(210)
    section.left_margin = section.right_margin = Mm(18)
    document.add_paragraph("椋木市ＤＸ推進計画　見直し案（第４章　取組一覧）", style="Title")
    document.add_paragraph("計画期間：令和６年度～令和９年度")
    document.add_paragraph(
        "　令和７年度の中間見直しにより、取組と目標値を次のとおり改めます（変更箇所は変更履歴で示しています）。"
    )
    document.add_paragraph("第４章　取組一覧", style="Heading 1")
    table = document.add_table(rows=1 + len(_MUKUNOKI), cols=len(_MK_HEAD))
    table.style = "Table Grid"
    for c, label in enumerate(_MK_HEAD):
        table.cell(0, c).text = label
        table.cell(0, c).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    for r, (*cells, deleted, inserted) in enumerate(_MUKUNOKI, start=1):
        for c, value in enumerate(cells):
            _tracked(table.cell(r, c), value, deleted=deleted, inserted=inserted)
        if deleted or inserted:
            mark = "del" if deleted else "ins"
            tr = table.rows[r]._tr
            tr.get_or_add_trPr().append(
                parse_xml(f'<w:{mark} xmlns:w="{_W}" w:id="{next(_change)}" {_AUTHOR}/>')
            )
    widths = [Mm(14), Mm(58), Mm(40), Mm(70), Mm(28), Mm(28), Mm(22)]
    for row in table.rows:
        for cell, width in zip(row.cells, widths, strict=True):
            cell.width = width
    document.add_paragraph("※目標値は令和９年度末の値。")
    return save(document)


def _mukunoki() -> list[dict[str, Any]]:
    def now(value: Any) -> str:
        return value[1] if isinstance(value, tuple) else value

    out = []
    for code, title, written, _, base, goal, when, deleted, _ in _MUKUNOKI:
        if deleted:
            continue
        span = now(when).removeprefix("R").split("～R")
        first, last = 2018 + int(span[0]), 2018 + int(span[-1])
        target = _value(now(goal))
        found = (kpi((2023, _value(now(base))), (2027, target), ((2027, target),)),)  # type: ignore[arg-type]
        out.append(item(code, now(title), _offices(now(written)), found, years(first, last)))
    return out


# --- the batch ---------------------------------------------------------------------------------------------------

#: name → (municipality, the initiatives it states)
PLANS: dict[str, tuple[str, list[dict[str, Any]]]] = {
    KASUMIGAOKA: ("霞ヶ丘市", _kasumigaoka()),
    YUNOKI: ("柚木町", _yunoki()),
    MOMIJIDAI: ("紅葉台市", _momijidai()),
    KIRIGAMINE: ("桐ヶ峰市", _kirigamine()),
    HOTARUNO: ("蛍野町", _hotaruno()),
    SHIRAUME: ("白梅市", _shiraume()),
    KOMAGATA: ("駒形町", _komagata()),
    RENGEJI: ("蓮華寺町", _rengeji()),
    MUKUNOKI: ("椋木市", _mukunoki()),
}

#: A file uploaded as it is kept: what builds its bytes, and the file name it is uploaded under.
SHEETS: dict[str, tuple[Callable[[], bytes], str]] = {
    YUNOKI: (yunoki_docx, "柚木町デジタル化推進計画（実施計画）.docx"),
    MOMIJIDAI: (momijidai_xlsx, "紅葉台市DX推進計画_中間見直し_取組シート.xlsx"),
    KIRIGAMINE: (kirigamine_csv, "jimujigyo_hyoka_R6.csv"),
    HOTARUNO: (lambda: hotaruno_text().encode("utf-8"), "蛍野町デジタル化推進計画.txt"),
    KOMAGATA: (komagata_xlsx, "進捗管理表（R6・R7）.xlsx"),
    RENGEJI: (rengeji_xlsx, "取組一覧_見直し案（見え消し）.xlsx"),
    MUKUNOKI: (mukunoki_docx, "第４章取組一覧_見直し案_変更履歴あり.docx"),
}

#: A printed document: what builds the HTML Chromium prints.
CHROMIUM: dict[str, Callable[[], str]] = {KASUMIGAOKA: kasumigaoka_html, SHIRAUME: shiraume_html}
PDFS = tuple(CHROMIUM)

#: The plan period each document states (fiscal years).
PERIODS: dict[str, tuple[int, int]] = {
    KASUMIGAOKA: (2024, 2027),
    YUNOKI: (2025, 2028),
    MOMIJIDAI: (2023, 2027),
    KIRIGAMINE: (2023, 2026),
    HOTARUNO: (2025, 2029),
    SHIRAUME: (2025, 2028),
    KOMAGATA: (2023, 2027),
    RENGEJI: (2024, 2028),
    MUKUNOKI: (2024, 2027),
}


_, sheet, pdf, expected = batch_documents(PLANS, sheets=SHEETS, chromium=CHROMIUM)
