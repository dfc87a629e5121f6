"""A forty-sixth batch of plans no reader was written against (the readers' code was not read): five plans in shapes the
batches before lack, each as the office keeps it — a workbook filled in by hand, a page of 評価シート, a 行政評価
system's CSV, a web page of nested lists, a Word 実施計画 — uploaded as it is and, where an office prints it, printed
(LibreOffice Calc, Chromium, LibreOffice Writer) and read as the PDF, through ``pdftotext -layout`` and through plain
``pdftotext``:

- 柏原台町's ＤＸ推進計画 進捗管理シート (``kashiwabaradai_shinchoku.xlsx`` and its Calc print, R6–R9), FILLED IN BY A
  PERSON: 「No. | 取組名 | 担当課 | 旧担当課 | 成果指標 | 基準値（R5） | 目標 | R6実績 | 実施期間 | 事業費（R6・千円） | 進捗 |
  メモ」, the 旧担当課 column (the 課 before the 組織改編) HIDDEN; each 目標 cell its year and value typed together
  (「R9：200手続」「R8：30%」); 基準値 and 実績 typed as TEXT in FULL-WIDTH digits (「４０」「１２．５」「３，４５０」); one
  取組 SPLIT OVER TWO ROWS (its name typed on, 「窓口キャッシュレス決済の」 / 「導入（本庁・支所）」, its second 課 under the
  first, the second row's No. blank); cell COMMENTS on some 実績 (「速報値」); a メモ column of the person's notes (「ガバ
  クラ移行　R7.12予定」「R7予算要求中（約45,000千円）」); a 合計 row under the 事業費; 「－」 for no indicator;
- 葛城台市's 令和６年度 取組評価シート (``katsuragidai_hyoka.pdf``, Chromium, A4 portrait, the plan R5–R8): ONE PAGE A 取組,
  each a LABEL–VALUE CARD (「取組番号 | 1-2 | 担当課 | 市民課」, 取組名, 基本目標, 取組内容, 「実施期間 | 令和５年度～令和８年度
  | 事業費（R6決算） | 4,820千円」) with a KPI TABLE INSIDE its 成果指標 cell (「指標名 | 単位 | 基準値（R4） | R6目標 | R6実績
  | 最終目標（R8） | 達成率」) and a PDCA 自己評価 box (「Plan（計画）」「Do（実行）」「Check（評価）」「Action（改善）」 of prose
  naming other 課 and figures, 「総合評価 | Ｂ（概ね順調）」);
- 杏ヶ丘市's 事務事業評価 exported from its 行政評価 system (``anzugaoka_gyosei_hyoka.csv``, R6–R10: no plan period is
  stated, its 事業期間 span it): CP932, CRLF, a row a 成果指標 (a 事業 of two indicators two rows, its 事業's columns
  repeated; one of none a row of blank 指標),
  「評価年度,政策コード,政策名,施策コード,施策名,事務事業コード,事務事業名,所管部,所管課,…」 — the 事業's code three levels
  「2-1-3」, the 部 and the 課 columns of their own, 基準年度 and 最終目標年度 columns beside their values, yearly 目標値
  and the R6 実績値, 事業期間 「R6～R10」, 決算額 in 千円, 一次評価;
- 楪町's デジタル化推進計画 取組一覧 web page (``yuzuriha_nested.html`` uploaded, and printed by Chromium, R7–R10): NESTED
  LISTS three deep — 基本方針 > 「1-1　title」 > 「担当課：…」「内容：…」「成果指標：…」 (the 現状値 and 目標値 a list one
  deeper) 「実施年度：令和7年度～令和10年度」; an indicator of two 成果指標 two items, one of none none;
- 桧原村's デジタル化推進 実施計画 (``hinohara_jisshi.docx`` and its Writer export, R7–R9): a Word document of TWO
  TABLES — 「１　実施計画」 「取組番号 | 取組名 | 取組内容 | 担当課 | R7 | R8 | R9 | 事業費（千円）」 (each year's step a word,
  「→」 a year carried on) and 「２　成果指標」 「取組番号 | 成果指標 | 単位 | 基準値（R5） | R7 | R8 | R9（目標）」, the KPI
  KEYED BY 取組番号 alone and in an order of their own (grouped 【住民サービス】 / 【行政運営】, a 取組's two indicators
  apart), one 取組 of none.

``PLANS[name]`` is the plan each document states, read as a careful person reads it, by the earlier batches' conventions:
codes as written; 担当課 the 課 as written, split at 「、」「・」 (杏ヶ丘市's 所管課, not its 部; 柏原台町's hidden 旧担当課 none
of it: a hidden column is no part of what the sheet states); a 基準値 the baseline of its year; a target whose year is
typed in its cell (柏原台町's 「R9：200手続」), in a column of its own beside it (杏ヶ丘市's 最終目標年度, as batch 30's
杣谷村's 目標年度) or on an item's line (楪町's 「目標値（令和10年度）：150手続」, as batch 33's) the final target alone; a
target column headed with its year in a table of a row an indicator (葛城台市's 最終目標（R8）) the final target and that
year's target; each year's 目標 (葛城台市's R6目標, 杏ヶ丘市's R6–R8, 桧原村's R7 … R9) that year's target, 桧原村's last
the final one; an 実績 that year's actual. A schedule is every year of
a 実施期間 / 事業期間 / 実施年度, or every year a step or 「→」 stands in. The 事業費, 達成率, 評価, メモ, comments and the
PDCA prose's figures are no KPI.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import docx
import openpyxl
from docx.shared import Mm, Pt
from openpyxl.comments import Comment
from openpyxl.styles import Font

from ..unseen_harness import save
from .batch_documents import batch_documents
from .docparts import (
    CENTRE,
    FONT,
    HEAD_FILL,
    LEFT,
    _cell,
    _esc,
    _offices,
    _page,
    _print_setup,
    _ruled,
    _value,
    _widths,
)
from .unseen import item, kpi, years
from .unseen30 import _span
from .unseen41 import _title
from .unseen45 import _seireki

KASHIWABARADAI = "kashiwabaradai_shinchoku.xlsx"
KASHIWABARADAI_PDF = "kashiwabaradai_shinchoku.pdf"
KATSURAGIDAI_PDF = "katsuragidai_hyoka.pdf"
ANZUGAOKA = "anzugaoka_gyosei_hyoka.csv"
YUZURIHA = "yuzuriha_nested.html"
YUZURIHA_PDF = "yuzuriha_nested.pdf"
HINOHARA = "hinohara_jisshi.docx"
HINOHARA_PDF = "hinohara_jisshi.pdf"

_A4 = 9


def _reiwa(year: str) -> int:
    """The fiscal year of 「R7」."""
    return 2018 + int(year.removeprefix("R"))


# --- 柏原台町: a 進捗管理シート filled in by hand ----------------------------------------------------------------------

#: (No., 取組名 (two rows: a tuple), 担当課 (two rows: a tuple), 旧担当課 (hidden), 成果指標, 基準値（R5）, 目標, R6実績,
#: 実施期間, 事業費（R6・千円）, 進捗, メモ, a comment on the 実績).
_KASHIWABARADAI: list[tuple[Any, ...]] = [
    ("1", "電子申請の拡充", "総務課", "総務課", "電子申請できる手続数", "４０", "R9：200手続", "８５", "R6～R9",
     "3,200", "○", "子育て・介護の手続を先行", None),
    ("2", "マイナンバーカードの利活用", "住民課", "戸籍住民課", "コンビニ交付の利用率", "１２．５", "R8：30%", "１８．２",
     "R6～R8", 1500, "○", "", "速報値。確定値は５月に更新"),
    ("3", ("窓口キャッシュレス決済の", "導入（本庁・支所）"), ("住民課", "会計室"), "戸籍住民課", "キャッシュレス決済の利用割合",
     "５", "R9：40%", "１１", "R6～R9", "4,800", "△", "支所はR7導入", None),
    ("4", "基幹業務システムの標準化", "情報政策室", "企画課", "－", "－", "－", "－", "R6～R7", "28,600", "○",
     "ガバクラ移行　R7.12予定", None),
    ("5", "ＡＩ議事録作成の導入", "総務課", "総務課", "議事録作成の削減時間（年間）", "０", "R9：1,500時間", "４２０",
     "R6～R9", 660, "◎", "", None),
    ("6", "公式ＬＩＮＥの活用", "企画課", "企画課", "友だち登録者数", "2,100", "R9：6,000人", "３，４５０", "R6～R9", 900,
     "◎", "R6.10 セグメント配信開始", "３月末時点"),
    ("7", "職員のデジタル研修", "総務課、情報政策室", "総務課", "研修の受講者数（累計）", "３０", "R9：200人", "７４",
     "R6～R9", 300, "○", "※指標の見直しを検討中", None),
    ("8", "学校のＧＩＧＡ端末更新", "教育総務課", "学校教育課", "－", "－", "－", "－", "R7～R8", 0, "未着手",
     "R7予算要求中（約45,000千円）", None),
]  # fmt: skip

_KB_HEAD = (
    "No.", "取組名", "担当課", "旧担当課", "成果指標", "基準値\n（R5）", "目標", "R6実績", "実施期間", "事業費\n（R6・千円）",
    "進捗", "メモ",
)  # fmt: skip


def _kb_cost(written: Any) -> int:
    return int(str(written).replace(",", ""))


def kashiwabaradai_xlsx() -> bytes:
    """The sheet as the person keeping it saved it (Excel: values, no formulas)."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "進捗管理"
    _title(sheet, "柏原台町ＤＸ推進計画　進捗管理シート（令和６年度末）")
    sheet["A2"] = "計画期間：令和６年度～令和９年度"
    sheet["A2"].font = Font(name=FONT, size=9)
    sheet["K2"] = "更新：R7.4.15"
    sheet["K2"].font = Font(name=FONT, size=9)
    for column, label in enumerate(_KB_HEAD, start=1):
        _cell(sheet, 4, column, label, CENTRE)
    _ruled(sheet, 4, 1, len(_KB_HEAD), HEAD_FILL)
    sheet.row_dimensions[4].height = 30
    row = 5
    for no, title, office, old, name, base, goal, done, span, cost, state, memo, note in _KASHIWABARADAI:
        titles = title if isinstance(title, tuple) else (title,)
        offices = office if isinstance(office, tuple) else (office,)
        values = [no, titles[0], offices[0], old, name, base, goal, done, span, cost, state, memo]
        for column, value in enumerate(values, start=1):
            _cell(sheet, row, column, value, LEFT if column in (2, 3, 5, 12) else CENTRE)
        if isinstance(cost, int):
            sheet.cell(row, 10).number_format = "#,##0"
        if note:
            sheet.cell(row, 8).comment = Comment(note, "情報政策室")
        row += 1
        if len(titles) > 1:
            for column in range(1, len(_KB_HEAD) + 1):
                _cell(sheet, row, column, None)
            sheet.cell(row, 2).value = titles[1]
            sheet.cell(row, 3).value = offices[1]
            row += 1
    total = sum(_kb_cost(entry[9]) for entry in _KASHIWABARADAI)
    _cell(sheet, row, 2, "合計", CENTRE)
    _cell(sheet, row, 10, total, CENTRE)
    sheet.cell(row, 10).number_format = "#,##0"
    _ruled(sheet, row, 1, len(_KB_HEAD))
    sheet["A" + str(row + 2)] = "※実績値は令和７年３月末時点。目標欄は目標年度：目標値。"
    sheet["A" + str(row + 2)].font = Font(name=FONT, size=9)
    _widths(sheet, [5.0, 26.0, 14.0, 12.0, 26.0, 9.0, 14.0, 9.0, 10.0, 11.0, 6.0, 26.0])
    sheet.column_dimensions["D"].hidden = True
    _print_setup(sheet, paper=_A4, area=f"A1:L{row + 2}", titles="$4:$4", header="柏原台町")
    return save(book)


def _kashiwabaradai_plan() -> list[dict[str, Any]]:
    out = []
    for no, title, office, _, name, base, goal, done, span, *_ in _KASHIWABARADAI:
        found = ()
        if name != "－":
            year, _, value = goal.partition("：")
            final = (_reiwa(year), _value(value))
            found = (kpi((2023, _value(base)), final, (), ((2024, _value(done)),)),)
        title = "".join(title) if isinstance(title, tuple) else title
        offices = list(office) if isinstance(office, tuple) else _offices(office)
        out.append(item(no, title, offices, found, _span(span)))
    return out


# --- 葛城台市: a 評価シート a page, a KPI table inside the card, a PDCA box ---------------------------------------------

#: (基本目標, [(取組番号, 取組名, 担当課, 取組内容, 実施期間, 事業費（R6決算）, [(指標名, 単位, 基準値（R4）, R6目標, R6実績,
#: 最終目標（R8）)], (Plan, Do, Check, Action), 総合評価)]).
_KATSURAGIDAI: list[tuple[str, list[tuple[Any, ...]]]] = [
    ("基本目標１　手続のしやすい市役所", [
        ("1-1", "オンライン申請の拡充", "デジタル推進課",
         "市民の利用が多い手続から順にオンライン申請を導入し、来庁しなくても手続ができるようにする。",
         "令和５年度～令和８年度", "3,150千円",
         [("オンライン申請できる手続数", "手続", "62", "150", "171", "250")],
         ("子育て・介護分野の手続を中心に、年度内に90手続を追加する。",
          "子育て分野42手続、介護分野31手続ほか計109手続を追加した。",
          "目標を上回った。一方で、申請件数が月10件未満の手続が全体の４割を占める。",
          "令和７年度は市民課・税務課と協議し、利用の多い証明書交付手続の周知に重点を置く。"), "Ａ（順調）"),
        ("1-2", "書かない窓口の導入", "市民課",
         "窓口で職員が聞き取りながら申請書を作成し、市民が記入する手間をなくす。", "令和６年度～令和８年度", "4,820千円",
         [("書かない窓口で受け付けた件数（年間）", "件", "0", "3,000", "2,640", "12,000"),
          ("窓口の平均待ち時間", "分", "25", "20", "21", "10")],
         ("本庁の住民異動窓口に導入する。", "令和６年10月に本庁で稼働した。",
          "稼働が半年のため件数は目標に届かなかった。来庁者アンケートの満足度は92％。",
          "令和７年度中に２支所へ広げ、対象手続を戸籍・税証明に拡大する。"), "Ｂ（概ね順調）"),
    ]),
    ("基本目標２　データでつながる行政", [
        ("2-1", "ＲＰＡの活用", "行政改革課、デジタル推進課",
         "定型的な入力作業をＲＰＡで自動化し、職員が対話や企画に使える時間を生み出す。", "令和５年度～令和８年度",
         "1,980千円",
         [("ＲＰＡによる削減時間（年間）", "時間", "800", "2,000", "2,350", "4,000")],
         ("対象業務を15業務に広げる。", "給与・会計など17業務でシナリオを稼働した。",
          "削減時間は目標を上回った。シナリオの保守が情報担当の２名に集中している。",
          "各課にＲＰＡ推進員を置き、保守の手順書を整備する。"), "Ａ（順調）"),
        ("2-2", "基幹業務システムの標準化", "デジタル推進課",
         "住民記録・税など20業務のシステムを標準準拠システムへ移行する。", "令和５年度～令和７年度", "56,300千円",
         [],
         ("移行計画に沿い、住民記録・税の12業務を移行する。", "12業務の移行を終えた。",
          "残る８業務はベンダーの開発遅れで令和７年度末にずれ込む見込み。",
          "国・県の支援を活用し、令和７年度中の移行完了をめざす。"), "Ｃ（遅れている）"),
    ]),
    ("基本目標３　誰もがデジタルを使えるまち", [
        ("3-1", "スマホ教室の開催", "生涯学習課",
         "公民館でスマートフォンの基本操作やマイナンバーカードの使い方を学ぶ教室を開く。", "令和５年度～令和８年度",
         "620千円",
         [("スマホ教室の参加者数（年間）", "人", "180", "400", "385", "600")],
         ("市内８公民館で年48回開催する。", "年46回開催した（台風で２回中止）。",
          "参加者は目標をやや下回った。70歳以上が８割を占める。",
          "地区の老人クラブと連携し、出張教室を年10回設ける。"), "Ｂ（概ね順調）"),
        ("3-2", "公衆無線ＬＡＮの整備", "観光課",
         "観光施設と避難所に公衆無線ＬＡＮを整備する。", "令和６年度～令和７年度", "7,700千円",
         [("公衆無線ＬＡＮを整備した施設数", "施設", "12", "20", "22", "30")],
         ("観光施設８か所に整備する。", "観光施設８か所と避難所２か所に整備した。", "目標を上回った。",
          "令和７年度は避難所８か所へ整備を広げる。"), "Ａ（順調）"),
    ]),
]  # fmt: skip

_KG_KPI_HEAD = ("指標名", "単位", "基準値（R4）", "R6目標", "R6実績", "最終目標（R8）", "達成率")


def _rate(done: str, goal: str) -> str:
    return f"{float(done.replace(',', '')) / float(goal.replace(',', '')) * 100:.1f}％"


def katsuragidai_html() -> str:
    pages = []
    for goal_name, entries in _KATSURAGIDAI:
        for code, title, office, content, span, cost, kpis, pdca, grade in entries:
            if kpis:
                head = "".join(f"<th>{_esc(label)}</th>" for label in _KG_KPI_HEAD)
                rows = "".join(
                    "<tr>"
                    + "".join(f"<td>{_esc(v)}</td>" for v in (name, unit, base, r6, done, final))
                    + f"<td>{_rate(done, r6)}</td></tr>"
                    for name, unit, base, r6, done, final in kpis
                )
                inner = f"<table class=kpi><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>"
            else:
                inner = "設定なし（システム移行の進捗で管理）"
            stages = ("Plan（計画）", "Do（実行）", "Check（評価）", "Action（改善）")
            box = "".join(
                ("<tr><th rowspan=4 class=v>自己評価<br>（ＰＤＣＡ）</th>" if at == 0 else "<tr>")
                + f"<th class=stage>{stage}</th><td colspan=2>{_esc(text)}</td></tr>"
                for at, (stage, text) in enumerate(zip(stages, pdca, strict=True))
            )
            pages.append(
                "<section class=sheet>"
                "<p class=top>葛城台市ＤＸ推進計画（令和５年度～令和８年度）</p>"
                "<h1>令和６年度　取組評価シート</h1>"
                "<table class=card>"
                f"<tr><th>取組番号</th><td>{code}</td><th>担当課</th><td>{_esc(office)}</td></tr>"
                f"<tr><th>取組名</th><td colspan=3>{_esc(title)}</td></tr>"
                f"<tr><th>基本目標</th><td colspan=3>{_esc(goal_name)}</td></tr>"
                f"<tr><th>取組内容</th><td colspan=3>{_esc(content)}</td></tr>"
                f"<tr><th>実施期間</th><td>{span}</td><th>事業費<br>（R6決算）</th><td>{cost}</td></tr>"
                f"<tr><th>成果指標</th><td colspan=3>{inner}</td></tr>"
                "</table>"
                f"<table class=pdca><colgroup><col style='width:16%'><col style='width:16%'><col><col></colgroup>{box}"
                f"<tr><th colspan=2>総合評価</th><td colspan=2>{grade}</td></tr></table>"
                "<p class=legend>総合評価　Ａ：順調　Ｂ：概ね順調　Ｃ：遅れている　Ｄ：見直しが必要</p>"
                "</section>"
            )
    css = (
        ".sheet { break-after: page; } .sheet:last-child { break-after: auto; } .top { font-size: 8.5pt; color: #444; }"
        " h1 { margin-top: 2mm; font-size: 15pt; } .card th, .pdca th { width: 16%; background: #e8eef6; }"
        " .kpi { margin: 2pt 0; font-size: 8.5pt; } .kpi th { width: auto; } .pdca td { height: 22mm; }"
        " .legend { font-size: 8pt; }"
    )
    return _page("".join(pages), size="A4", css=css, font="9.5pt", margin="15mm 15mm")


def _katsuragidai_plan() -> list[dict[str, Any]]:
    out = []
    for _, entries in _KATSURAGIDAI:
        for code, title, office, _, span, _, kpis, _, _ in entries:
            found = tuple(
                kpi(
                    (2022, _value(base)),
                    (2026, _value(final)),
                    ((2024, _value(r6)), (2026, _value(final))),
                    ((2024, _value(done)),),
                )
                for _, _, base, r6, done, final in kpis
            )
            first, _, last = span.partition("～")
            out.append(item(code, title, _offices(office), found, years(_seireki(first), _seireki(last))))
    return out


# --- 杏ヶ丘市: a 行政評価 system's CSV, CP932, a row an indicator -------------------------------------------------------

_AZ_HEAD = (
    "評価年度", "政策コード", "政策名", "施策コード", "施策名", "事務事業コード", "事務事業名", "所管部", "所管課",
    "事業概要", "指標番号", "成果指標名", "単位", "基準年度", "基準値", "R6目標値", "R6実績値", "R7目標値", "R8目標値",
    "最終目標年度", "最終目標値", "事業期間", "R6決算額（千円）", "一次評価",
)  # fmt: skip

#: (施策コード, 施策名, [(事務事業コード, 事務事業名, 所管部, 所管課, 事業概要, [(成果指標名, 単位, 基準年度, 基準値, R6目標,
#: R6実績, R7目標, R8目標, 最終目標年度, 最終目標値)], 事業期間, R6決算額, 一次評価)]) under 政策 「2」.
_ANZUGAOKA: list[tuple[str, str, list[tuple[Any, ...]]]] = [
    ("2-1", "行政手続のデジタル化", [
        ("2-1-1", "電子申請推進事業", "総務部", "デジタル推進課", "電子申請システムの対象手続を拡大する。",
         [("電子申請できる手続数", "手続", "R5", "85", "120", "134", "160", "200", "R10", "300")],
         "R6～R10", "5,400", "Ａ"),
        ("2-1-2", "窓口手数料キャッシュレス化事業", "市民部", "市民課、会計課",
         "窓口の手数料にキャッシュレス決済を導入する。",
         [("キャッシュレス決済の利用割合", "％", "R5", "3.0", "10.0", "8.4", "15.0", "20.0", "R8", "20.0"),
          ("キャッシュレス決済に対応した窓口数", "窓口", "R5", "1", "6", "6", "10", "12", "R8", "12")],
         "R6～R8", "2,260", "Ｂ"),
        ("2-1-3", "書かない窓口推進事業", "市民部", "市民課", "窓口支援システムを導入し、申請書の記入をなくす。",
         [("書かない窓口の対象手続数", "手続", "R5", "0", "10", "12", "25", "40", "R10", "60")],
         "R6～R10", "9,870", "Ａ"),
    ]),
    ("2-2", "行政運営の効率化", [
        ("2-2-1", "基幹業務システム標準化事業", "総務部", "デジタル推進課", "20業務を標準準拠システムへ移行する。",
         [], "R6～R7", "148,500", "Ｂ"),
        ("2-2-2", "ＡＩ・ＲＰＡ活用事業", "総務部", "行政改革推進課",
         "定型業務をＲＰＡで自動化し、会議録作成にＡＩを使う。",
         [("ＲＰＡ・ＡＩによる削減時間（年間）", "時間", "R4", "1,200", "2,000", "2,480", "3,000", "4,000", "R10",
           "6,000")], "R6～R10", "3,300", "Ａ"),
        ("2-2-3", "テレワーク環境整備事業", "総務部", "職員課", "職員のテレワーク端末を整備する。",
         [("テレワーク実施職員数（年間）", "人", "R5", "40", "80", "65", "120", "160", "R9", "200")],
         "R6～R9", "12,040", "Ｃ"),
    ]),
    ("2-3", "地域のデジタル化", [
        ("2-3-1", "デジタルデバイド対策事業", "市民部", "生涯学習課",
         "公民館でスマートフォン教室を開く。",
         [("スマホ教室の参加者数（年間）", "人", "R5", "210", "300", "318", "360", "420", "R10", "500")],
         "R6～R10", "880", "Ａ"),
    ]),
]  # fmt: skip


def _csv_cell(value: str) -> str:
    """A cell as the system writes it: quoted where it holds a comma or a quote."""
    if any(c in value for c in ',"\n'):
        return '"' + value.replace('"', '""') + '"'
    return value


def anzugaoka_csv() -> bytes:
    lines = [",".join(_AZ_HEAD)]
    for measure, measure_name, entries in _ANZUGAOKA:
        for code, title, bureau, office, summary, kpis, span, cost, grade in entries:
            for number, indicator in enumerate(kpis or [("",) * 10], start=1):
                row = (
                    "R6", "2", "デジタルで便利なまち", measure, measure_name, code, title, bureau, office, summary,
                    str(number) if kpis else "", *indicator, span, cost, grade,
                )  # fmt: skip
                lines.append(",".join(_csv_cell(v) for v in row))
    return ("\r\n".join(lines) + "\r\n").encode("cp932")


def _anzugaoka_plan() -> list[dict[str, Any]]:
    out = []
    for _, _, entries in _ANZUGAOKA:
        for code, title, _, office, _, kpis, span, _, _ in entries:
            found = []
            for _, _, base_year, base, r6, done, r7, r8, final_year, final in kpis:
                targets = ((2024, _value(r6)), (2025, _value(r7)), (2026, _value(r8)))
                last = (_reiwa(final_year), _value(final))
                found.append(kpi((_reiwa(base_year), _value(base)), last, targets, ((2024, _value(done)),)))
            out.append(item(code, title, _offices(office), tuple(found), _span(span)))
    return out


# --- 楪町: a web page of nested lists ------------------------------------------------------------------------------

#: (基本方針, [(番号, 取組名, 担当課, 内容, [(成果指標, 現状値（令和5年度）, 目標値（令和10年度）)], 実施年度)]).
_YUZURIHA: list[tuple[str, list[tuple[Any, ...]]]] = [
    ("基本方針1　行かなくてもよい役場", [
        ("1-1", "電子申請の拡充", "総務課", "よく使われる手続から電子申請に対応します。",
         [("電子申請できる手続数", "35手続", "150手続")], "令和7年度～令和10年度"),
        ("1-2", "窓口キャッシュレス化", "住民課、会計室", "窓口の手数料をキャッシュレスで払えるようにします。",
         [("キャッシュレス決済の利用割合", "4％", "30％")], "令和7年度～令和9年度"),
        ("1-3", "マイナンバーカードの利活用", "住民課", "コンビニ交付と書かない窓口を広げます。",
         [("コンビニ交付の利用件数（年間）", "1,800件", "6,000件"), ("書かない窓口の対象手続数", "0手続", "20手続")],
         "令和7年度～令和10年度"),
    ]),
    ("基本方針2　働きやすい役場", [
        ("2-1", "基幹業務システムの標準化", "企画課", "20業務を標準準拠システムへ移行します。", [],
         "令和7年度"),
        ("2-2", "ペーパーレス会議", "総務課", "庁内の会議資料を電子で配ります。",
         [("会議資料の印刷枚数（年間）", "42万枚", "15万枚")], "令和7年度～令和10年度"),
    ]),
    ("基本方針3　みんなでデジタル", [
        ("3-1", "スマホ相談会", "生涯学習課・福祉課", "地区の集会所でスマホの使い方の相談会を開きます。",
         [("相談会の参加者数（年間）", "90人", "300人")], "令和8年度～令和10年度"),
    ]),
]  # fmt: skip


def yuzuriha_html() -> str:
    goals = []
    for goal, entries in _YUZURIHA:
        items = []
        for no, title, office, content, kpis, when in entries:
            details = [f"<li>担当課：{_esc(office)}</li>", f"<li>内容：{_esc(content)}</li>"]
            for name, base, target in kpis:
                details.append(
                    f"<li>成果指標：{_esc(name)}<ul><li>現状値（令和5年度）：{base}</li>"
                    f"<li>目標値（令和10年度）：{target}</li></ul></li>"
                )
            details.append(f"<li>実施年度：{when}</li>")
            items.append(f"<li><strong>{no}　{_esc(title)}</strong><ul>{''.join(details)}</ul></li>")
        goals.append(f"<li class=goal>{_esc(goal)}<ul>{''.join(items)}</ul></li>")
    body = (
        "<header class=site><p class=logo>楪町</p><nav><a href='#'>くらし</a>　<a href='#'>子育て</a>　"
        "<a href='#'>町政</a></nav></header>"
        "<p class=crumb><a href='#'>ホーム</a> &gt; <a href='#'>町政</a> &gt; 楪町デジタル化推進計画</p>"
        "<main><h1>楪町デジタル化推進計画　取組一覧</h1>"
        "<p>計画期間：令和7年度～令和10年度（4年間）</p>"
        "<p>計画の取組を基本方針ごとにまとめました。成果指標の現状値は令和5年度の値です。</p>"
        f"<ul class=plan>{''.join(goals)}</ul>"
        "<p class=enq>お問い合わせ：楪町 企画課 デジタル推進係　電話 0000-00-0000</p></main>"
    )
    css = (
        ".logo { font-size: 16pt; font-weight: bold; } .crumb, nav { font-size: 8pt; color: #555; }"
        " h1 { margin-top: 4mm; font-size: 15pt; text-align: left; } ul.plan > li.goal { font-weight: bold;"
        " margin-top: 6pt; } ul.plan ul { font-weight: normal; } .enq { margin-top: 8mm; font-size: 8.5pt; }"
    )
    return _page(body, size="A4", css=css, font="10pt", margin="16mm 16mm")


def _yuzuriha_plan() -> list[dict[str, Any]]:
    out = []
    for _, entries in _YUZURIHA:
        for no, title, office, _, kpis, when in entries:
            found = tuple(kpi((2023, _value(base)), (2028, _value(target))) for _, base, target in kpis)
            first, _, last = when.partition("～")
            out.append(
                item(no, title, _offices(office), found, years(_seireki(first), _seireki(last or first)))
            )
    return out


# --- 桧原村: a 実施計画 of two Word tables, the KPI keyed by 取組番号 ---------------------------------------------------------

_HN_YEARS = ("R7", "R8", "R9")

#: (取組番号, 取組名, 取組内容, 担当課, steps R7–R9 (「」 none), 事業費（千円）).
_HINOHARA: list[tuple[Any, ...]] = [
    ("1", "行政手続のオンライン化", "村の手続をオンラインで申請できるようにする。", "総務課",
     ("対象手続の選定", "→", "→"), "2,400"),
    ("2", "マイナンバーカードの活用", "証明書のコンビニ交付を始める。", "住民課",
     ("システム改修", "交付開始", "→"), "6,800"),
    ("3", "防災情報の一斉配信", "防災行政無線の情報をアプリとメールでも届ける。", "総務課、産業建設課",
     ("", "配信開始", "→"), "3,100"),
    ("4", "基幹業務システムの標準化", "標準準拠システムへ移行する。", "総務課", ("移行", "", ""), "41,000"),
    ("5", "役場のテレワーク", "職員が在宅でも業務できる環境を整える。", "総務課", ("", "試行", "本格実施"), "1,200"),
    ("6", "高齢者のスマホ教室", "集落の集会所で教室を開く。", "保健福祉課", ("開催", "→", "→"), "360"),
]  # fmt: skip

#: (取組番号, group, 成果指標, 単位, 基準値（R5）, R7, R8, R9（目標）) in the order the KPI table lists them.
_HN_KPI: list[tuple[str, ...]] = [
    ("1", "住民サービス", "オンラインで申請できる手続数", "手続", "5", "15", "30", "50"),
    ("2", "住民サービス", "コンビニ交付の利用件数（年間）", "件", "0", "－", "300", "600"),
    ("3", "住民サービス", "防災アプリの登録者数", "人", "0", "－", "800", "1,500"),
    ("6", "住民サービス", "スマホ教室の参加者数（年間）", "人", "40", "80", "100", "120"),
    ("1", "行政運営", "オンライン申請の割合", "％", "2.0", "8.0", "15.0", "25.0"),
    ("5", "行政運営", "テレワークを実施した職員数（年間）", "人", "0", "－", "10", "25"),
]


def hinohara_docx() -> bytes:
    document = docx.Document()
    section = document.sections[0]
    section.page_width, section.page_height = Mm(297), Mm(210)
    section.left_margin = section.right_margin = Mm(18)
    section.top_margin = section.bottom_margin = Mm(18)
    document.add_paragraph("桧原村デジタル化推進　実施計画", style="Title")
    document.add_paragraph("計画期間：令和７年度～令和９年度")
    document.add_paragraph("１　実施計画", style="Heading 1")
    document.add_paragraph(
        "　各取組の年度ごとの内容は次のとおりです。「→」は前年度の内容を継続することを示します。"
    )
    head = ("取組番号", "取組名", "取組内容", "担当課", *_HN_YEARS, "事業費（千円）")
    _word_table(document, head, [(n, t, c, o, *steps, cost) for n, t, c, o, steps, cost in _HINOHARA],
                [18, 45, 75, 32, 25, 25, 25, 22])  # fmt: skip
    document.add_paragraph("２　成果指標", style="Heading 1")
    document.add_paragraph(
        "　成果指標は次のとおりです。取組番号は１の表の番号です。基準値は令和５年度の実績です。"
    )
    rows: list[tuple[str, ...]] = []
    group = ""
    for no, kind, name, unit, base, *goals in _HN_KPI:
        if kind != group:
            group = kind
            rows.append((f"【{kind}】", "", "", "", "", "", ""))
        rows.append((no, name, unit, base, *goals))
    _word_table(document, ("取組番号", "成果指標", "単位", "基準値（R5）", "R7", "R8", "R9（目標）"), rows,
                [18, 90, 18, 28, 25, 25, 28])  # fmt: skip
    return save(document)


def _word_table(document: Any, head: tuple[str, ...], rows: list[tuple[str, ...]], widths: list[int]) -> None:
    table = document.add_table(rows=1 + len(rows), cols=len(head))
    table.style = "Table Grid"
    for at, label in enumerate(head):
        table.cell(0, at).text = label
    for row, values in enumerate(rows, start=1):
        for at, value in enumerate(values):
            table.cell(row, at).text = value
    for row in table.rows:
        for at, cell in enumerate(row.cells):
            cell.width = Mm(widths[at])
            for paragraph in cell.paragraphs:
                for run in paragraph.runs:
                    run.font.size = Pt(9)


def _hinohara_plan() -> list[dict[str, Any]]:
    out = []
    for no, title, _, office, steps, _ in _HINOHARA:
        found = []
        for code, _, _, _, base, *goals in _HN_KPI:
            if code != no:
                continue
            targets = tuple((2025 + at, _value(g)) for at, g in enumerate(goals) if _value(g) is not None)
            found.append(kpi((2023, _value(base)), targets[-1], targets))
        schedule = tuple(2025 + at for at, step in enumerate(steps) if step)
        out.append(item(no, title, _offices(office), tuple(found), schedule))
    return out


# --- the batch ---------------------------------------------------------------------------------------------------

#: name → (municipality, the initiatives it states).
PLANS: dict[str, tuple[str, list[dict[str, Any]]]] = {
    KASHIWABARADAI: ("柏原台町", _kashiwabaradai_plan()),
    KASHIWABARADAI_PDF: ("柏原台町", _kashiwabaradai_plan()),
    KATSURAGIDAI_PDF: ("葛城台市", _katsuragidai_plan()),
    ANZUGAOKA: ("杏ヶ丘市", _anzugaoka_plan()),
    YUZURIHA: ("楪町", _yuzuriha_plan()),
    YUZURIHA_PDF: ("楪町", _yuzuriha_plan()),
    HINOHARA: ("桧原村", _hinohara_plan()),
    HINOHARA_PDF: ("桧原村", _hinohara_plan()),
}

#: A workbook, CSV, web page or Word document uploaded as it is kept: what builds its bytes, and the file name it is
#: uploaded under.
SHEETS: dict[str, tuple[Callable[[], bytes], str]] = {
    KASHIWABARADAI: (kashiwabaradai_xlsx, "進捗管理シート_R6末_情報政策室.xlsx"),
    ANZUGAOKA: (anzugaoka_csv, "杏ヶ丘市_事務事業評価_R6_政策2.csv"),
    YUZURIHA: (lambda: yuzuriha_html().encode("utf-8"), "keikaku_torikumi.html"),
    HINOHARA: (hinohara_docx, "桧原村デジタル化推進実施計画.docx"),
}

CHROMIUM: dict[str, Callable[[], str]] = {KATSURAGIDAI_PDF: katsuragidai_html, YUZURIHA_PDF: yuzuriha_html}
CALC: dict[str, Callable[[], bytes]] = {KASHIWABARADAI_PDF: kashiwabaradai_xlsx}
WRITER: dict[str, Callable[[], bytes]] = {HINOHARA_PDF: hinohara_docx}
PDFS = (*CHROMIUM, *CALC, *WRITER)

#: The plan period each document states (fiscal years).
PERIODS: dict[str, tuple[int, int]] = {
    KASHIWABARADAI: (2024, 2027),
    KASHIWABARADAI_PDF: (2024, 2027),
    KATSURAGIDAI_PDF: (2023, 2026),
    ANZUGAOKA: (2024, 2028),
    YUZURIHA: (2025, 2028),
    YUZURIHA_PDF: (2025, 2028),
    HINOHARA: (2025, 2027),
    HINOHARA_PDF: (2025, 2027),
}

_, sheet, pdf, expected = batch_documents(PLANS, sheets=SHEETS, chromium=CHROMIUM, calc=CALC, writer=WRITER)
