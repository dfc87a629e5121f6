"""A forty-second batch of plans no reader was written against (the readers' code was not read): five plans in shapes the
batches before lack, each as the office has it — two HTML pages printed by Chromium, a workbook printed by LibreOffice
Calc, a Word document exported by LibreOffice Writer and one more page printed by Chromium — read as the PDF, through
``pdftotext -layout`` and through plain ``pdftotext`` (and the .xlsx / .docx as uploaded):

- 伊吹県's 市町村ＤＸ支援アクションプラン (``ibuki_ken_shichoson_retsu.pdf``, Chromium, A4 landscape, R7–R10): a 県's
  取組一覧 whose columns after the 県's 担当課 are the FIVE 市町村 of the 県 by name 「伊吹市 | 大原市 | 白浜町 | 水上町 |
  高森村」, each cell 「◎」 (the モデル団体), 「○」 (taking part) or blank, then 「成果指標 | 現状値（R6） | 目標値（R10） |
  実施時期」 (「R7～R10」, 「R8～R10」); a 凡例 under the title; noise before: a 市町村の現状 table 「市町村 | 人口 | 電子申請
  手続数 | マイナンバーカード保有率」 and a prose chapter with figures; 「伊吹県」 at the top right, 「- n -」 at the foot;
- 若桐町's ＤＸ推進計画 中間見直し (``wakagiri_chukan_minaoshi.pdf``, Chromium, A4 landscape, the plan R5–R9): the 取組一覧
  as revised halfway, 「No. | 取組名 | 担当課 | 成果指標 | 基準値（R4） | 当初目標値（R9） | 見直し後目標値（R9） | 見直しの
  理由」 — TWO target columns of the same year, the first the target the plan set out with, the second the one it holds
  now, 「同左」 in the second where the target stands (the first to its left), a 取組 added at the review 「－」 in the
  first, one dropped 「（廃止）」 in the second; noise: 見直しの経過 prose with figures, a 評価結果 count table;
- 椿台町's ＤＸ推進計画 取組一覧・ＫＰＩ一覧 (``tsubakidai_kpi_bangou.xlsx``, Calc, A4 landscape, R7–R10): TWO sheets — 「取組
  一覧」 「No. | 取組名 | 担当課 | 関連ＫＰＩ | R7 | R8 | R9 | R10」 (the 工程 ● a year, the 関連ＫＰＩ the codes 「K1-1」 or
  「K2-1、K2-2」 or 「－」 of the indicators defined on the other sheet) and 「ＫＰＩ一覧」 「ＫＰＩ番号 | 指標名 | 単位 | 基準値
  （R6） | R7 | R8 | R9 | R10」 (the targets of each year, the figures stored as numbers, the unit its own column) — a 取組's
  indicators only joined to it by those codes;
- 桐ヶ谷市's ＤＸ推進計画 進捗管理表（令和６年度） (``kirigaya_keikaku_jisseki.pdf``, Chromium, A4 landscape, R6–R9): TWO
  ROWS A 取組 — 「No. | 取組名 | 担当課 | 区分 | R6 | R7 | R8 | R9 | 成果指標 | 基準値（R5） | 目標値（R9） | 実績（R6）」, No.,
  取組名, 担当課 and the indicator's cells merged down over the pair (rowspan 2), 区分 「計画」 with the step words or 「→」
  under the years and 「実績」 with what was done in R6 (「実施」「一部実施」「未実施」) and blanks after; a 評価 legend;
- 白樫町's デジタル化推進計画 第３章 (``shirakashi_danraku_koutei.docx``, Writer, A4 portrait, R7–R10): a Word document of
  numbered paragraphs — 「施策１　行政手続のオンライン化」 headings, each 取組 a bold paragraph 「1-1-1　電子申請の拡充」,
  a paragraph of prose, 「【目標】電子申請できる手続数を、令和５年度の25手続から令和10年度までに120手続に増やします。」 (the
  indicator, its baseline and its target in one SENTENCE, the target before its year once 「…を80％にします（令和10年度）」),
  「【担当】市民課、デジタル推進課」 — and after each 施策's 取組 its OWN 工程 table 「取組 | R7 | R8 | R9 | R10」 naming the 取組
  by number alone, its cells 「検討」「導入」「→」 or blank.

``PLANS[name]`` is the plan each document states, read as a careful person reads it, by the earlier batches' conventions:
codes as written (「1」, 「1-1-1」); 担当課 the 課 as written, split at 「、」 (伊吹県's 県の担当課 — the 市町村 columns name
who takes part, no 担当課); a 現状値 / 基準値 the baseline of its year; a target column headed with its year (目標値（R10）)
that year's target and the final one, a target in a sentence with its year (白樫町) the final target alone; yearly
target columns (椿台町's R7 … R10) each year's target, the last the final one too; 若桐町's target is the 見直し後 one (「同左」 the 当初 value to its left), a 廃止 取組 (「（廃止）」 now) still a 取組 but of no
indicator any more (an indicator of no target is none); an 実績（R6） that year's
actual; a schedule every year of 「R7～R10」 (伊吹県), every year ● (椿台町), every year of the 計画 row a word or 「→」
stands in (桐ヶ谷市: the 実績 row no schedule), every year of the 施策's 工程 table a word or 「→」 stands in (白樫町); 若桐町
states none. The 市町村 marks, the 評価 legend, the count tables and the prose's figures are no 取組 and no KPI.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import Any

import docx
import openpyxl
from docx.shared import Mm, Pt

from ..unseen_harness import save
from .batch_documents import batch_documents
from .docparts import CENTRE, LEFT, RIGHT, _cell, _esc, _offices, _page, _print_setup, _value, _widths
from .unseen import item, kpi
from .unseen30 import _span
from .unseen40 import _ps, _table
from .unseen41 import _header, _title

IBUKI_PDF = "ibuki_ken_shichoson_retsu.pdf"
WAKAGIRI_PDF = "wakagiri_chukan_minaoshi.pdf"
TSUBAKIDAI = "tsubakidai_kpi_bangou.xlsx"
TSUBAKIDAI_PDF = "tsubakidai_kpi_bangou.pdf"
KIRIGAYA_PDF = "kirigaya_keikaku_jisseki.pdf"
SHIRAKASHI = "shirakashi_danraku_koutei.docx"
SHIRAKASHI_PDF = "shirakashi_danraku_koutei.pdf"

_A4 = 9


# --- 伊吹県: a 県's 取組 with a column a 市町村 -----------------------------------------------------------------------

_IB_TOWNS = ("伊吹市", "大原市", "白浜町", "水上町", "高森村")

#: (No., 取組名, 県の担当課, 市町村 marks (one character each: ◎ ○ or blank), 成果指標 (None 「－」), 現状値（R6）,
#: 目標値（R10）, 実施時期).
_IBUKI: list[tuple[str, str, str, str, str | None, str, str, str]] = [
    ("1", "電子申請の共同利用", "デジタル政策課", "◎○○○○", "共同利用の電子申請で受け付けた件数（年間）", "12,000件", "60,000件", "R7～R10"),
    ("2", "書かない窓口の共同導入", "デジタル政策課、市町村課", "○◎　○　", "書かない窓口を導入した市町村数", "0団体", "5団体", "R7～R10"),
    ("3", "基幹業務システム標準化の支援", "市町村課", "○○○○○", "標準準拠システムへ移行した市町村数", "1団体", "5団体", "R7～R8"),
    ("4", "ＡＩ－ＯＣＲの共同調達", "デジタル政策課", "○○◎○　", "ＡＩ－ＯＣＲを利用する市町村数", "2団体", "5団体", "R7～R10"),
    ("5", "自治体情報セキュリティクラウドの運用", "情報システム課", "○○○○○", None, "－", "－", "R7～R10"),
    ("6", "デジタル人材の共同確保", "人事課、市町村課", "○　○◎○", "共同で確保したデジタル人材の人数", "0人", "4人", "R8～R10"),
    ("7", "オープンデータの共同公開", "デジタル政策課", "○○○○◎", "推奨データセットを公開した市町村数", "2団体", "5団体", "R7～R10"),
    ("8", "公共施設予約システムの共同化", "市町村課", "◎○　　○", "オンライン予約の割合", "18.5％", "60.0％", "R8～R10"),
    ("9", "高齢者向けスマホ教室の開催支援", "地域福祉課", "○○○◎○", "スマホ教室の参加者数（累計）", "820人", "5,000人", "R7～R10"),
    ("10", "防災情報の一元配信", "危機管理課", "○○○○○", "防災アプリの登録者数", "21,400人", "45,000人", "R7～R9"),
]  # fmt: skip


def _ibuki() -> str:
    cover = (
        "<h1>伊吹県 市町村ＤＸ支援アクションプラン</h1><p class=c>令和７年度～令和10年度</p>"
        "<p class=c style='margin-top:50mm'>令和７年３月</p><p class=c>伊吹県 総務部 デジタル政策課</p>"
    )
    ch1 = (
        "<h2 class=break>第１章　プランの趣旨</h2>"
        + _ps("　伊吹県では、県内５市町村のデジタル化を県が支え、県と市町村が共同で取り組むことで、規模の小さな町村でも"
              "同じ水準の行政サービスを提供できるよう、本プランを定めます。計画期間は令和７年度から令和10年度までの４年間です。",
              "　令和６年度の県内の電子申請件数は計18,640件で、前年度から約32％増えました。")
        + "<h3>市町村の現状（令和６年度）</h3>"
        + _table((("市町村", "人口", "電子申請手続数", "マイナンバーカード保有率"),
                  ("伊吹市", "98,420人", "142手続", "78.2％"), ("大原市", "41,305人", "88手続", "74.9％"),
                  ("白浜町", "12,870人", "35手続", "71.3％"), ("水上町", "8,112人", "21手続", "69.8％"),
                  ("高森村", "2,954人", "12手続", "73.5％")))
    )  # fmt: skip
    head = ("No.", "取組名", "県の担当課", *_IB_TOWNS, "成果指標", "現状値（R6）", "目標値（R10）", "実施時期")
    rows = [head] + [
        (no, title, written, *(m.strip("　") for m in marks), name or "－", base, goal, when)
        for no, title, written, marks, name, base, goal, when in _IBUKI
    ]
    ch2 = (
        "<h2 class=break>第２章　取組一覧</h2>"
        + _ps("凡例　◎：モデル団体として先行して取り組む市町村　○：参加する市町村")
        + _table(rows, cls="list")
        + _ps("※現状値は令和６年度、目標値は令和10年度の値。実施時期は県の取組の期間。")
    )
    ch3 = (
        "<h2>第３章　推進体制</h2>"
        + _table((("会議", "構成", "役割"), ("伊吹県・市町村ＤＸ推進会議", "県・５市町村の担当課長", "取組の調整と進捗の確認"),
                  ("作業部会", "各団体の担当者", "共同調達の仕様の検討")))
    )  # fmt: skip
    css = (
        ".c { text-align: center; font-size: 13pt; } table.list td:nth-child(n+4):nth-child(-n+8) { text-align: center;"
        " width: 3.2em; } table.list td:nth-child(n+10):nth-child(-n+11) { text-align: right; }"
    )
    return _page(cover + ch1 + ch2 + ch3, size="A4 landscape", header="伊吹県", css=css, font="9pt")


def _ibuki_plan() -> list[dict[str, Any]]:
    out = []
    for no, title, written, _, name, base, goal, when in _IBUKI:
        final = (2028, _value(goal))
        found = (kpi((2024, _value(base)), final, (final,)),) if name else ()
        out.append(item(no, title, _offices(written), found, _span(when)))
    return out


# --- 若桐町: a 中間見直し, the target as set out and as revised side by side -----------------------------------------------

#: (No., 取組名, 担当課, 成果指標, 基準値（R4）, 当初目標値（R9）, 見直し後目標値（R9）, 見直しの理由).
_WAKAGIRI: list[tuple[str, str, str, str, str, str, str, str]] = [
    ("1", "電子申請の拡充", "総務課", "電子申請できる手続数", "18手続", "80手続", "120手続", "順調に増えたため上方修正"),
    ("2", "コンビニ交付の推進", "住民課", "コンビニ交付の利用割合", "6.0％", "25.0％", "同左", ""),
    ("3", "窓口キャッシュレス化", "住民課、会計室", "キャッシュレス決済に対応した窓口数", "0窓口", "6窓口", "同左", ""),
    ("4", "ＦＡＸ受付の見直し", "総務課", "ＦＡＸで受け付けた件数（年間）", "2,300件", "1,000件", "（廃止）",
     "電子申請の拡充（No.1）に統合"),
    ("5", "ＲＰＡの活用", "企画財政課", "ＲＰＡによる削減時間（年間）", "150時間", "800時間", "1,200時間", "対象業務を拡大"),
    ("6", "テレワーク環境の整備", "総務課", "テレワークを実施した職員数（年間）", "5人", "60人", "30人",
     "業務の実態に合わせ下方修正"),
    ("7", "会議のペーパーレス化", "総務課", "会議資料の印刷枚数（年間）", "48万枚", "20万枚", "同左", ""),
    ("8", "生成ＡＩの活用", "企画財政課", "生成ＡＩを利用する職員の割合", "－", "－", "50％", "見直しにより新規に追加"),
    ("9", "スマホ教室の開催", "生涯学習課", "スマホ教室の参加者数（累計）", "60人", "400人", "同左", ""),
    ("10", "町公式アプリの導入", "企画財政課", "公式アプリの登録者数", "0人", "3,000人", "2,000人", "導入が１年遅れたため"),
]  # fmt: skip


def _wakagiri() -> str:
    cover = (
        "<h1>若桐町ＤＸ推進計画<br>中間見直し</h1><p class=c>（計画期間：令和５年度～令和９年度）</p>"
        "<p class=c style='margin-top:50mm'>令和７年３月</p><p class=c>若桐町</p>"
    )
    front = (
        "<h2 class=break>１　見直しの趣旨</h2>"
        + _ps("　本町では、令和５年３月に若桐町ＤＸ推進計画（令和５年度～令和９年度）を策定しました。計画期間の中間年にあたり、"
              "取組の進捗と社会情勢の変化を踏まえて、成果指標の目標値と取組を見直しました。",
              "　令和６年度の電子申請の件数は3,420件で、策定時の約４倍となりました。")
        + "<h2>２　評価の結果</h2>"
        + _table((("評価", "取組数"), ("順調", "6"), ("遅れ", "3"), ("未着手", "1"), ("計", "10")))
    )  # fmt: skip
    head = ("No.", "取組名", "担当課", "成果指標", "基準値（R4）", "当初目標値（R9）", "見直し後目標値（R9）", "見直しの理由")
    body = (
        "<h2 class=break>３　見直し後の取組一覧</h2>"
        + _ps("　「同左」は当初の目標値のまま変更しないもの。")
        + _table([head, *_WAKAGIRI], cls="list")
        + _ps("※基準値は令和４年度の実績、目標値は令和９年度の値。")
    )
    css = ".c { text-align: center; font-size: 13pt; } table.list td:nth-child(n+5):nth-child(-n+7) { text-align: right; }"
    return _page(cover + front + body, size="A4 landscape", header="若桐町ＤＸ推進計画 中間見直し", css=css)


def _wakagiri_plan() -> list[dict[str, Any]]:
    out = []
    for no, title, written, _, base, first, now, _ in _WAKAGIRI:
        target = first if now == "同左" else now
        found = _value(target) if target not in ("（廃止）", "－") else None
        indicator = (
            (kpi((2022, _value(base)) if base != "－" else None, (2027, found), ((2027, found),)),) if found is not None else ()
        )
        out.append(item(no, title, _offices(written), indicator))
    return out


# --- 椿台町: a 取組 sheet and a KPI sheet joined by the KPI's code --------------------------------------------------------

#: (No., 取組名, 担当課, 関連ＫＰＩ, years ●).
_TB_ITEMS: list[tuple[str, str, str, str, tuple[int, ...]]] = [
    ("1", "電子申請の拡充", "総務課", "K1-1", (2025, 2026, 2027, 2028)),
    ("2", "証明書のコンビニ交付", "住民課", "K1-2", (2025, 2026, 2027, 2028)),
    ("3", "窓口のキャッシュレス化", "住民課、会計室", "K1-3", (2026, 2027, 2028)),
    ("4", "基幹業務システムの標準化", "総務課", "－", (2025, 2026)),
    ("5", "ＲＰＡ・ＡＩ－ＯＣＲの活用", "企画課", "K2-1、K2-2", (2025, 2026, 2027, 2028)),
    ("6", "会議のペーパーレス化", "総務課", "K2-3", (2025, 2026, 2027)),
    ("7", "職員のデジタル研修", "総務課", "K2-4", (2025, 2026, 2027, 2028)),
    ("8", "スマホ相談会の開催", "福祉課", "K3-1", (2025, 2026, 2027, 2028)),
    ("9", "町公式ＬＩＮＥの活用", "企画課", "K3-2", (2026, 2027, 2028)),
    ("10", "オープンデータの公開", "企画課", "K3-3", (2027, 2028)),
]  # fmt: skip

#: ＫＰＩ番号 → (指標名, 単位, 基準値（R6）, R7, R8, R9, R10).
_TB_KPIS: dict[str, tuple[str, str, float, float, float, float, float]] = {
    "K1-1": ("電子申請できる手続数", "手続", 22, 40, 60, 80, 100),
    "K1-2": ("コンビニ交付の利用割合", "％", 7.5, 10.0, 14.0, 18.0, 22.0),
    "K1-3": ("キャッシュレス決済に対応した窓口数", "窓口", 0, 0, 2, 4, 6),
    "K2-1": ("ＲＰＡを導入した業務数", "業務", 2, 4, 6, 8, 10),
    "K2-2": ("ＲＰＡ・ＡＩ－ＯＣＲによる削減時間（年間）", "時間", 180, 400, 600, 800, 1000),
    "K2-3": ("会議資料の印刷枚数（年間）", "万枚", 32, 28, 22, 16, 16),
    "K2-4": ("デジタル研修の受講者数（累計）", "人", 15, 40, 70, 100, 130),
    "K3-1": ("スマホ相談会の参加者数（年間）", "人", 45, 60, 80, 100, 120),
    "K3-2": ("町公式ＬＩＮＥの登録者数", "人", 1200, 1500, 2200, 2900, 3500),
    "K3-3": ("公開データセット数", "件", 5, 5, 5, 20, 30),
}  # fmt: skip

_TB_YEARS = (2025, 2026, 2027, 2028)


def tsubakidai_xlsx() -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "取組一覧"
    _title(sheet, "椿台町ＤＸ推進計画（令和７年度～令和10年度）　取組一覧")
    sheet["A2"] = "●：実施する年度　　関連ＫＰＩは「ＫＰＩ一覧」シートの番号"
    _header(sheet, 4, ["No.", "取組名", "担当課", "関連ＫＰＩ", "R7", "R8", "R9", "R10"])
    for offset, (no, title, written, codes, marked) in enumerate(_TB_ITEMS):
        row = 5 + offset
        cells = [no, title, written, codes, *("●" if fy in marked else None for fy in _TB_YEARS)]
        for column, value in enumerate(cells, start=1):
            _cell(sheet, row, column, value, LEFT if column in (2, 3) else CENTRE)
        sheet.row_dimensions[row].height = 22
    _widths(sheet, [5.0, 30.0, 18.0, 14.0, 7.0, 7.0, 7.0, 7.0])
    last = 4 + len(_TB_ITEMS)
    _print_setup(sheet, paper=_A4, area=f"A1:H{last}", titles="$4:$4", header="椿台町ＤＸ推進計画")
    kpis = book.create_sheet("ＫＰＩ一覧")
    _title(kpis, "椿台町ＤＸ推進計画　ＫＰＩ一覧")
    kpis["A2"] = "基準値は令和６年度の実績。R7～R10は各年度の目標値。"
    _header(kpis, 4, ["ＫＰＩ番号", "指標名", "単位", "基準値\n（R6）", "R7", "R8", "R9", "R10"])
    for offset, (code, (name, unit, *figures)) in enumerate(_TB_KPIS.items()):
        row = 5 + offset
        for column, value in enumerate([code, name, unit, *figures], start=1):
            _cell(kpis, row, column, value, LEFT if column == 2 else CENTRE if column in (1, 3) else RIGHT)
            if column >= 4:
                kpis.cell(row, column).number_format = "0.0" if unit == "％" else "#,##0"
        kpis.row_dimensions[row].height = 22
    _widths(kpis, [11.0, 40.0, 7.0, 10.0, 9.0, 9.0, 9.0, 9.0])
    _print_setup(kpis, paper=_A4, area=f"A1:H{4 + len(_TB_KPIS)}", titles="$4:$4", header="椿台町ＤＸ推進計画")
    return save(book)


def _tsubakidai_plan() -> list[dict[str, Any]]:
    out = []
    for no, title, written, codes, marked in _TB_ITEMS:
        found = []
        for code in codes.split("、") if codes != "－" else ():
            _, _, base, *targets = _TB_KPIS[code]
            yearly = tuple(zip(_TB_YEARS, targets, strict=True))
            found.append(kpi((2024, base), yearly[-1], yearly))
        out.append(item(no, title, _offices(written), tuple(found), marked))
    return out


# --- 桐ヶ谷市: two rows a 取組, 「計画」 over 「実績」 ----------------------------------------------------------------------

#: (No., 取組名, 担当課, {fy: 計画}, 実績（R6）, 成果指標 (None 「－」), 基準値（R5）, 目標値（R9）, 実績（R6）).
_KIRIGAYA: list[tuple[Any, ...]] = [
    ("1", "電子申請の拡充", "デジタル推進課", {2024: "拡大", 2025: "→", 2026: "→", 2027: "→"}, "実施",
     "電子申請できる手続数", "56手続", "250手続", "102手続"),
    ("2", "窓口予約システムの導入", "市民課", {2024: "導入", 2025: "運用", 2026: "→", 2027: "→"}, "実施",
     "窓口予約の件数（年間）", "0件", "6,000件", "1,850件"),
    ("3", "公金収納のキャッシュレス化", "会計課、収納課", {2025: "導入", 2026: "拡大", 2027: "→"}, "",
     "キャッシュレス収納の割合", "11.2％", "35.0％", "12.0％"),
    ("4", "基幹業務システムの標準化", "デジタル推進課", {2024: "移行", 2025: "運用"}, "一部実施",
     "標準準拠システムへ移行した業務数", "0業務", "20業務", "14業務"),
    ("5", "ＡＩ議事録の活用", "総務課", {2024: "試行", 2025: "導入", 2026: "→", 2027: "→"}, "実施",
     "議事録作成時間の削減率", "0％", "50％", "22％"),
    ("6", "ＲＰＡの活用", "行政経営課", {2024: "拡大", 2025: "→", 2026: "→", 2027: "→"}, "実施",
     "ＲＰＡによる削減時間（年間）", "2,400時間", "8,000時間", "3,910時間"),
    ("7", "テレワークの推進", "人事課", {2025: "試行", 2026: "本格実施", 2027: "→"}, "",
     None, "－", "－", "－"),
    ("8", "デジタル活用支援", "高齢福祉課、生涯学習課", {2024: "実施", 2025: "→", 2026: "→", 2027: "→"}, "実施",
     "スマホ教室の参加者数（年間）", "320人", "800人", "455人"),
    ("9", "学校のＩＣＴ活用", "学校教育課", {2024: "実施", 2025: "→", 2026: "端末更新", 2027: "→"}, "実施",
     "授業でＩＣＴを毎日使う学級の割合", "58％", "95％", "71％"),
    ("10", "オープンデータの推進", "企画政策課", {2024: "準備", 2025: "公開", 2026: "→", 2027: "→"}, "未実施",
     "公開データセット数", "14件", "80件", "14件"),
    ("11", "地域ポイントのデジタル化", "商工観光課", {2026: "検討", 2027: "導入"}, "",
     "アプリ登録者数", "0人", "8,000人", "－"),
]  # fmt: skip

_KG_YEARS = (2024, 2025, 2026, 2027)


def _kirigaya() -> str:
    cover = (
        "<h1>桐ヶ谷市ＤＸ推進計画<br>進捗管理表（令和６年度）</h1><p class=c>（計画期間：令和６年度～令和９年度）</p>"
        "<p class=c style='margin-top:50mm'>令和７年６月</p><p class=c>桐ヶ谷市 企画部 デジタル推進課</p>"
    )
    front = (
        "<h2 class=break>１　進捗管理表の見方</h2>"
        + _ps("　取組ごとに、上の行（計画）に各年度の計画を、下の行（実績）に令和６年度の実施状況を示します。",
              "　実績の「実施」は計画どおり実施、「一部実施」は計画の一部を実施、「未実施」は実施できなかったものです。")
    )  # fmt: skip
    head = (
        "<thead><tr><th>No.</th><th>取組名</th><th>担当課</th><th>区分</th>"
        + "".join(f"<th>R{fy - 2018}</th>" for fy in _KG_YEARS)
        + "<th>成果指標</th><th>基準値（R5）</th><th>目標値（R9）</th><th>実績（R6）</th></tr></thead>"
    )
    rows = []
    for no, title, written, steps, done, name, base, goal, actual in _KIRIGAYA:
        first = (
            f"<tr><td rowspan=2 class=n>{no}</td><td rowspan=2>{_esc(title)}</td><td rowspan=2>{_esc(written)}</td>"
            "<td class=k>計画</td>"
            + "".join(f"<td class=y>{_esc(steps.get(fy, ''))}</td>" for fy in _KG_YEARS)
            + f"<td rowspan=2>{_esc(name or '－')}</td>"
            + "".join(f"<td rowspan=2 class=r>{_esc(v)}</td>" for v in (base, goal, actual))
            + "</tr>"
        )
        second = (
            "<tr><td class=k>実績</td>"
            + "".join(f"<td class=y>{_esc(done if fy == 2024 else '')}</td>" for fy in _KG_YEARS)
            + "</tr>"
        )
        rows.append(first + second)
    table = "<table class=grid>" + head + "<tbody>" + "".join(rows) + "</tbody></table>"
    body = (
        "<h2 class=break>２　進捗管理表</h2>"
        + table
        + _ps("※基準値は令和５年度の実績、目標値は令和９年度の値。「－」は指標を設定しないもの又は実績のないもの。")
    )
    css = (
        ".c { text-align: center; font-size: 13pt; } td.n, td.k, td.y { text-align: center; } td.r { text-align: right; }"
        " td.y { width: 4.5em; } table.grid tr { break-inside: avoid; }"
    )
    return _page(cover + front + body, size="A4 landscape", header="桐ヶ谷市ＤＸ推進計画 進捗管理表", css=css, font="9pt")


def _kirigaya_plan() -> list[dict[str, Any]]:
    out = []
    for no, title, written, steps, _, name, base, goal, actual in _KIRIGAYA:
        found = ()
        if name:
            actuals = ((2024, _value(actual)),) if actual != "－" else ()
            found = (kpi((2023, _value(base)), (2027, _value(goal)), ((2027, _value(goal)),), actuals),)  # type: ignore[assignment]
        out.append(item(no, title, _offices(written), found, tuple(sorted(steps))))
    return out


# --- 白樫町: numbered paragraphs in Word, the KPI in a sentence, a 工程 table a 施策 ---------------------------------------

#: (施策, [(番号, 取組名, 内容, 【目標】 sentence (None: none), 指標 (base, final) or None, 担当 as written, {fy: 工程})]).
_SHIRAKASHI: list[tuple[str, list[tuple[Any, ...]]]] = [
    ("施策１　行政手続のオンライン化", [
        ("1-1-1", "電子申請の拡充", "子育て・介護の手続を中心に、電子申請できる手続を増やします。",
         "電子申請できる手続数を、令和５年度の25手続から令和10年度までに120手続に増やします。", ((2023, 25), (2028, 120)),
         "住民課、デジタル推進課", {2025: "拡大", 2026: "→", 2027: "→", 2028: "→"}),
        ("1-1-2", "コンビニ交付の推進", "マイナンバーカードによる証明書のコンビニ交付を周知します。",
         "コンビニ交付の利用割合を、令和５年度の9.0％から令和10年度までに30.0％に高めます。", ((2023, 9.0), (2028, 30.0)),
         "住民課", {2025: "周知", 2026: "→", 2027: "→", 2028: "→"}),
        ("1-1-3", "手数料のキャッシュレス化", "窓口の手数料をキャッシュレスで納められるようにします。",
         "キャッシュレス決済の利用割合を80％にします（令和10年度）。現状は令和５年度で12％です。", ((2023, 12), (2028, 80)),
         "会計室", {2025: "検討", 2026: "導入", 2027: "→", 2028: "→"}),
    ]),
    ("施策２　行政運営の効率化", [
        ("1-2-1", "基幹業務システムの標準化", "20業務のシステムを標準準拠システムへ移行します。",
         "標準準拠システムへ移行した業務数を、令和５年度の0業務から令和７年度までに20業務とします。", ((2023, 0), (2025, 20)),
         "総務課", {2025: "移行"}),
        ("1-2-2", "ＲＰＡの活用", "定型的な入力作業にＲＰＡを導入します。",
         "ＲＰＡによる削減時間を、令和５年度の300時間から令和10年度までに1,500時間に増やします。", ((2023, 300), (2028, 1500)),
         "企画課", {2025: "導入", 2026: "拡大", 2027: "→", 2028: "→"}),
        ("1-2-3", "会議のペーパーレス化", "庁内の会議資料をタブレットで配ります。",
         "会議資料の印刷枚数を、令和５年度の25万枚から令和10年度までに10万枚に減らします。", ((2023, 25), (2028, 10)),
         "総務課、議会事務局", {2025: "試行", 2026: "導入", 2027: "→", 2028: "→"}),
        ("1-2-4", "情報セキュリティの強化", "全職員の研修と標的型メール訓練を毎年度行います。", None, None,
         "総務課", {2025: "研修・訓練", 2026: "→", 2027: "→", 2028: "→"}),
    ]),
    ("施策３　地域のデジタル化", [
        ("1-3-1", "スマホ教室の開催", "公民館で高齢者向けのスマートフォン教室を開きます。",
         "スマホ教室の参加者数（累計）を、令和５年度の40人から令和10年度までに500人に増やします。", ((2023, 40), (2028, 500)),
         "生涯学習課", {2025: "開催", 2026: "→", 2027: "→", 2028: "→"}),
        ("1-3-2", "見守りセンサーの設置", "ひとり暮らしの高齢者宅に見守りセンサーを設置します。",
         "センサーを設置した世帯数を、令和５年度の0世帯から令和10年度までに60世帯に増やします。", ((2023, 0), (2028, 60)),
         "福祉課", {2026: "実証", 2027: "導入", 2028: "→"}),
        ("1-3-3", "観光案内のデジタル化", "観光施設の案内を多言語のウェブページにします。",
         "観光案内ページの閲覧数（年間）を、令和５年度の8,000件から令和10年度までに30,000件に増やします。",
         ((2023, 8000), (2028, 30000)), "産業振興課", {2025: "準備", 2026: "公開", 2027: "→", 2028: "→"}),
    ]),
]  # fmt: skip

_SK_YEARS = (2025, 2026, 2027, 2028)


def shirakashi_docx() -> bytes:
    document = docx.Document()
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.right_margin = Mm(22)
    section.top_margin = section.bottom_margin = Mm(25)
    section.header.paragraphs[0].text = "白樫町デジタル化推進計画"
    document.add_paragraph("白樫町デジタル化推進計画（令和７年度～令和10年度）", style="Title")
    document.add_paragraph("第３章　施策の展開", style="Heading 1")
    document.add_paragraph(
        "　基本目標１「便利で効率的な町役場」の実現に向け、三つの施策に取り組みます。令和６年度の町民アンケートでは、"
        "48.2％の町民がオンラインでの手続を望んでいます。"
    )
    for measure, entries in _SHIRAKASHI:
        document.add_paragraph(measure, style="Heading 2")
        for code, title, text, goal, _, written, _ in entries:
            heading = document.add_paragraph()
            run = heading.add_run(f"{code}　{title}")
            run.bold = True
            heading.paragraph_format.space_before = Pt(8)
            document.add_paragraph("　" + text)
            document.add_paragraph("【目標】" + (goal or "成果指標は設定しません。"))
            document.add_paragraph("【担当】" + written)
        document.add_paragraph("■工程表")
        table = document.add_table(rows=1, cols=1 + len(_SK_YEARS))
        table.style = "Table Grid"
        for cell, label in zip(table.rows[0].cells, ("取組", *(f"R{fy - 2018}" for fy in _SK_YEARS)), strict=True):
            cell.text = label
        for code, *_, steps in entries:
            cells = table.add_row().cells
            cells[0].text = code
            for cell, fy in zip(cells[1:], _SK_YEARS, strict=True):
                cell.text = steps.get(fy, "")
        for row in table.rows:
            for cell in row.cells:
                for paragraph in cell.paragraphs:
                    for run in paragraph.runs:
                        run.font.size = Pt(9)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _shirakashi_plan() -> list[dict[str, Any]]:
    out = []
    for _, entries in _SHIRAKASHI:
        for code, title, _, _, figures, written, steps in entries:
            found = (kpi(figures[0], figures[1]),) if figures else ()
            out.append(item(code, title, _offices(written), found, tuple(sorted(steps))))
    return out


# --- the batch ---------------------------------------------------------------------------------------------------

#: name → (municipality, the initiatives it states).
PLANS: dict[str, tuple[str, list[dict[str, Any]]]] = {
    IBUKI_PDF: ("伊吹県", _ibuki_plan()),
    WAKAGIRI_PDF: ("若桐町", _wakagiri_plan()),
    TSUBAKIDAI: ("椿台町", _tsubakidai_plan()),
    TSUBAKIDAI_PDF: ("椿台町", _tsubakidai_plan()),
    KIRIGAYA_PDF: ("桐ヶ谷市", _kirigaya_plan()),
    SHIRAKASHI: ("白樫町", _shirakashi_plan()),
    SHIRAKASHI_PDF: ("白樫町", _shirakashi_plan()),
}

#: A workbook or Word document uploaded as it is kept: what builds its bytes, and the file name it is uploaded under.
SHEETS: dict[str, tuple[Callable[[], bytes], str]] = {
    TSUBAKIDAI: (tsubakidai_xlsx, "椿台町ＤＸ推進計画_取組一覧・ＫＰＩ一覧.xlsx"),
    SHIRAKASHI: (shirakashi_docx, "白樫町デジタル化推進計画_第３章.docx"),
}

CHROMIUM: dict[str, Callable[[], str]] = {IBUKI_PDF: _ibuki, WAKAGIRI_PDF: _wakagiri, KIRIGAYA_PDF: _kirigaya}
CALC: dict[str, Callable[[], bytes]] = {TSUBAKIDAI_PDF: tsubakidai_xlsx}
WRITER: dict[str, Callable[[], bytes]] = {SHIRAKASHI_PDF: shirakashi_docx}
PDFS = (*CHROMIUM, *CALC, *WRITER)

#: The plan period each document states (fiscal years).
PERIODS: dict[str, tuple[int, int]] = {
    IBUKI_PDF: (2025, 2028),
    WAKAGIRI_PDF: (2023, 2027),
    TSUBAKIDAI: (2025, 2028),
    TSUBAKIDAI_PDF: (2025, 2028),
    KIRIGAYA_PDF: (2024, 2027),
    SHIRAKASHI: (2025, 2028),
    SHIRAKASHI_PDF: (2025, 2028),
}

_, sheet, pdf, expected = batch_documents(PLANS, sheets=SHEETS, chromium=CHROMIUM, calc=CALC, writer=WRITER)
