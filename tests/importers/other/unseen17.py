"""A seventeenth batch of plans no reader was written against: six PDFs as plan offices publish them, made with
LibreOffice Calc (workbooks built with openpyxl), LibreOffice Writer (HTML opened in Writer) and Chromium, written
before any reader was looked at (the readers' code was not read):

- 槙原町's 工程表 (``makihara_kouteihyou.pdf``, Calc, A3 landscape): 「No. | 施策 | 取組 | 担当課」 and 「令和７年度 …
  令和10年度」 each over 「1Q | 2Q | 3Q | 4Q」; a step is a run of FILLED quarter cells (yellow 検討・準備, blue 構築・導入,
  green 運用) with its word written in the first filled cell only, a 凡例 of the three colours in the row under the
  title, the 施策 merged down its 取組 (one over a page break the office put in), the two header rows repeated;
- 白根沢市's 進捗状況一覧 (``shiranesawa_shinchoku.pdf``, Calc, A4 landscape): 「No. | 取組名 | 取組内容 | 担当課 |
  成果指標 (指標名 | 基準値（R5） | 目標値（R9） | 実績値（R6）) | 評価 | 今後の方向性」 — a header of two rows repeated on
  every page (印刷タイトル), 取組内容 and 今後の方向性 wrapped over 3–4 lines, 評価 ◎○△×, 「－」 and blank, 基本目標
  rows across, 「- 1 / 2 -」 in the footer (&P / &N);
- 御園町's ＤＸ推進計画 (``misono_torikumi.pdf``, Writer, A4): under 「基本方針１…」 headings each 取組 a heading
  「（１）…」 numbered through the plan and a two-column Word table 「項目 | 内容」: 担当課 / 取組内容 / 成果指標 / 現状値
  / 目標値 / スケジュール (「令和6年度：検討／令和7年度～令和10年度：実施」), long 取組内容 so that tables break across
  pages, one 取組 of two indicators 「①…」「②…」 in each cell, one 取組 whose 成果指標 is 「－」;
- 瀬戸浦市's (a 政令市) ＤＸ推進計画 事業一覧 (``setoura_jigyo.pdf``, Chromium, A4 landscape): 「分野 | 事業番号 | 事業名 |
  事業概要 | 所管局 | 成果指標 | 現状値（R5） | 目標値（R9） | 事業費（千円）」 with 事業費 over 「R7 | R8 | R9」 (a header of two
  rows, repeated on page 2), the 分野 merged down its rows and set vertically (writing-mode: vertical-rl), 事業番号 「DX-1-03」, two 局 on two lines, 事業費 「12,500」 and 「－」;
- 花房町's 成果指標一覧 (``hanabusa_booklet.pdf``, Chromium): an A4 booklet of eight pages printed two-up on A3 landscape
  in imposition order (sheet 1: pages 8 | 1, sheet 2: 2 | 7, sheet 3: 6 | 3, sheet 4: 4 | 5), each half with its
  running header and 「- n -」; the KPI list 「No. | 取組名 | 指標名 | 単位 | 基準値（R5） | R7 | R8 | R9 | R10（目標） |
  担当課」 runs over pages 3–6 (its header on each), one 取組 of two indicator rows, a 「－」 year;
- 藤代村's 成果指標の達成状況 (``fujishiro_tasseiritsu.pdf``, Calc, A4 landscape): 「No. | 取組名 | 担当課 | 指標 | 単位 |
  基準値（R5） | 目標値 | 実績値（R6） | 達成率」 with 「目標値」 merged over 「令和７年度 | 令和８年度 | 令和９年度」 (a header of
  two rows), bare figures, 達成率 the value of a formula (「=(実績-基準)/(目標R9-基準)」 as 「41.7%」, 「－」 without 実績).

``PLANS[name]`` is the plan each document states (same form as ``unseen.PLANS``), written from the documents alone,
by the earlier batches' conventions: a target column headed with its year in a table of a row an initiative (白根沢市,
瀬戸浦市) is that year's target and the final one; yearly target columns each year's target, the last one the final
target too (花房町's 「R10（目標）」, 藤代村's 目標値 over three years); a 目標値 with its year in a card's cell (御園町)
the final target alone; 実績 columns each year's actual (「－」 or blank none); 達成率 is no figure of the indicator. A
schedule is the years a step is stated for (御園町) and, in a 工程表 by quarters, each filled quarter the half of its
fiscal year (水城町's convention: 1Q and 2Q half 1, 3Q and 4Q half 2). 事業費 is a budget (not scored). ``pdf(name)``
prints the document (cached).
"""

from __future__ import annotations

from typing import Any

import openpyxl
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.pagebreak import Break

from ..samplexlsx import calc_saved_all
from ..unseen_harness import save
from .batch_documents import batch_documents
from .docparts import (
    CENTRE,
    FONT,
    HEAD_FILL,
    LEFT,
    RIGHT,
    SECTION_FILL,
    TOP_LEFT,
    _cell,
    _esc,
    _figure,
    _fit_height,
    _number,
    _page,
    _print_setup,
    _ruled,
)
from .unseen import item, kpi, years
from .unseen13 import _writer_page

_WIDE = str.maketrans("0123456789", "０１２３４５６７８９")


# --- 槙原町: 工程表 by quarters, steps as filled cells ------------------------------------------------------------

STUDY = PatternFill("solid", fgColor="FFE699")  # 検討・準備
BUILD = PatternFill("solid", fgColor="9DC3E6")  # 構築・導入
RUN = PatternFill("solid", fgColor="A9D08E")  # 運用
_KINDS = {"study": STUDY, "build": BUILD, "run": RUN}

#: (施策, [(No., 取組, 担当課, [(first quarter, last quarter, kind, word)])]); quarter 0 is 令和７年度 1Q, 15 令和10年度
#: 4Q.
_MAKIHARA: list[tuple[str, list[tuple[int, str, str, list[tuple[int, int, str, str]]]]]] = [
    ("１\n行政手続の\nオンライン化", [
        (1, "電子申請サービスの拡充", "住民課", [(0, 1, "study", "検討"), (2, 5, "build", "構築"), (6, 15, "run", "運用")]),
        (2, "マイナンバーカードを活用した証明書交付", "住民課", [(0, 2, "build", "導入準備"), (3, 15, "run", "コンビニ交付")]),
        (3, "公共施設のオンライン予約", "生涯学習課", [(2, 3, "study", "検討"), (4, 7, "build", "構築"), (8, 15, "run", "運用")]),
        (4, "公金収納のキャッシュレス化", "会計課・税務課", [(0, 2, "study", "検討"), (3, 5, "build", "導入"), (6, 11, "run", "運用")]),
        (5, "書かない窓口の導入", "住民課", [(4, 7, "study", "検討"), (8, 10, "build", "構築"), (11, 15, "run", "運用")]),
        (6, "電子契約の導入", "総務課", [(8, 11, "study", "検討"), (12, 13, "build", "導入")]),
    ]),
    ("２\n行政運営の\n効率化", [
        (7, "基幹業務システムの標準化", "総務課", [(0, 3, "build", "移行作業"), (4, 15, "run", "運用")]),
        (8, "ガバメントクラウドへの移行", "総務課", [(0, 2, "study", "準備"), (3, 3, "build", "移行"), (4, 15, "run", "運用")]),
        (9, "AI-OCR・RPAの活用拡大", "企画政策課", [(0, 15, "run", "対象業務を順次拡大")]),
        (10, "電子決裁の導入", "総務課", [(1, 3, "study", "検討"), (4, 6, "build", "構築"), (7, 15, "run", "運用")]),
        (11, "テレワーク環境の整備", "総務課", [(4, 5, "build", "試行"), (6, 15, "run", "本格実施")]),
        (12, "ペーパーレス会議の推進", "議会事務局", [(0, 1, "study", "検討"), (2, 15, "run", "実施")]),
        (13, "職員のデジタル研修", "総務課", [(0, 0, "run", "研修"), (4, 4, "run", "研修"), (8, 8, "run", "研修"),
                                               (12, 12, "run", "研修")]),
    ]),
    ("３\n地域社会の\nデジタル化", [
        (14, "高齢者向けスマホ教室", "福祉課", [(1, 2, "run", "実施"), (5, 6, "run", "実施"), (9, 10, "run", "実施"),
                                               (13, 14, "run", "実施")]),
        (15, "防災情報の多言語配信", "防災安全課", [(6, 7, "study", "検討"), (8, 9, "build", "構築"), (10, 15, "run", "運用")]),
        (16, "観光施設の公衆無線LAN整備", "商工観光課", [(2, 3, "study", "調査"), (4, 5, "build", "整備")]),
        (17, "スマート農業の実証", "農林振興課", [(4, 11, "build", "実証")]),
        (18, "GIGAスクール端末の更新", "学校教育課", [(0, 2, "study", "調達準備"), (3, 3, "build", "更新"), (4, 15, "run", "活用")]),
        (19, "オープンデータの公開", "企画政策課", [(0, 1, "study", "検討"), (2, 15, "run", "公開・拡充")]),
        (20, "地域ポイントのデジタル化", "商工観光課", [(8, 10, "study", "検討"), (11, 13, "build", "導入"), (14, 15, "run", "運用")]),
    ]),
]  # fmt: skip

_M_WIDTHS = [5.0, 12.0, 32.0, 14.0] + [5.2] * 16


def makihara_xlsx() -> bytes:
    """槙原町's 工程表: title, a 凡例 row of coloured cells, the header (two rows, repeated), the 施策 merged down."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "工程表"
    last = len(_M_WIDTHS)
    sheet["A1"] = "槙原町ＤＸ推進計画　工程表（令和７年度～令和10年度）"
    sheet["A1"].font = Font(name=FONT, size=16, bold=True)
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=last)
    sheet.cell(2, 9, "凡例").font = Font(name=FONT, size=10)
    for column, fill, words in ((10, STUDY, "検討・準備"), (13, BUILD, "構築・導入"), (16, RUN, "運用")):
        _cell(sheet, 2, column, None, CENTRE)
        sheet.cell(2, column).fill = fill
        sheet.cell(2, column + 1, words).font = Font(name=FONT, size=10)
    sheet.row_dimensions[2].height = 20
    for column, label in enumerate(("No.", "施策", "取組", "担当課"), start=1):
        _cell(sheet, 3, column, label, CENTRE)
        sheet.merge_cells(start_row=3, start_column=column, end_row=4, end_column=column)
    for index, year in enumerate(("令和７年度", "令和８年度", "令和９年度", "令和10年度")):
        first = 5 + 4 * index
        _cell(sheet, 3, first, year, CENTRE)
        sheet.merge_cells(start_row=3, start_column=first, end_row=3, end_column=first + 3)
        for quarter in range(4):
            _cell(sheet, 4, first + quarter, f"{quarter + 1}Q", CENTRE, 9)
    for row in (3, 4):
        _ruled(sheet, row, 1, last, HEAD_FILL)
        sheet.row_dimensions[row].height = 20
    row = 5
    for policy, entries in _MAKIHARA:
        top = row
        for number, title, department, steps in entries:
            _cell(sheet, row, 1, number, CENTRE)
            _cell(sheet, row, 2, policy if row == top else None, CENTRE)
            _cell(sheet, row, 3, title, LEFT)
            _cell(sheet, row, 4, department, CENTRE, 9)
            for quarter in range(16):
                _cell(sheet, row, 5 + quarter, None, Alignment(horizontal="left", vertical="center"), 9)
            for first, last_q, kind, word in steps:
                for quarter in range(first, last_q + 1):
                    sheet.cell(row, 5 + quarter).fill = _KINDS[kind]
                sheet.cell(row, 5 + first).value = word
            sheet.row_dimensions[row].height = 30
            if number == 10:  # the office's own page break, inside 施策２
                sheet.row_breaks.append(Break(id=row))
            row += 1
        sheet.merge_cells(start_row=top, start_column=2, end_row=row - 1, end_column=2)
    sheet.cell(row + 1, 1, "※ 各取組の工程は、進捗状況や国の動向を踏まえ毎年度見直します。").font = Font(
        name=FONT, size=10
    )
    for column, width in enumerate(_M_WIDTHS, start=1):
        sheet.column_dimensions[get_column_letter(column)].width = width
    _print_setup(
        sheet, paper=sheet.PAPERSIZE_A3, area=f"A1:{get_column_letter(last)}{row + 1}", titles="3:4",
        header="槙原町",
    )  # fmt: skip
    return save(book)


def _halves(steps: list[tuple[int, int, str, str]]) -> tuple[tuple[int, int], ...]:
    return tuple(
        sorted(
            {
                (2025 + q // 4, 1 if q % 4 < 2 else 2)
                for first, last, _, _ in steps
                for q in range(first, last + 1)
            }
        )
    )


def _makihara() -> list[dict[str, Any]]:
    items = []
    for _, entries in _MAKIHARA:
        for number, title, department, steps in entries:
            found = item(str(number), title, department.split("・"))
            found["schedule"] = [{"fy": fy, "half": half} for fy, half in _halves(steps)]
            items.append(found)
    return items


#: Each filled quarter the half of its fiscal year (1Q・2Q half 1, 3Q・4Q half 2), with a word or without; no KPI.
MAKIHARA = _makihara()


# --- 白根沢市: 進捗状況一覧 in Calc, 印刷タイトル, wrapped cells, ◎○△× -----------------------------------------------

#: (基本目標, [(No., 取組名, 取組内容, 担当課, 指標名, 基準値 R5, 目標値 R9, 実績値 R6, 評価, 今後の方向性)]).
_SHIRANESAWA: list[tuple[str, list[tuple[str, ...]]]] = [
    ("基本目標１　市民サービスのデジタル化", [
        ("1-1", "行政手続のオンライン化", "市民の利用が多い手続から電子申請に対応し、申請から手数料の支払、結果の通知までをオンラインで完結できるようにする。あわせて申請画面の入力項目を見直す。",
         "デジタル推進課", "電子申請に対応した手続数", "85手続", "300手続", "162手続", "○",
         "子育て・介護の手続は対応済み。令和7年度は税・福祉分野の手続を中心に対象を拡大する。"),
        ("1-2", "書かない窓口の導入", "マイナンバーカード等から読み取った情報で申請書を作成し、市民が窓口で申請書を書かずに手続できるようにする。",
         "市民課", "申請書を書かずに済む手続数", "0手続", "40手続", "12手続", "○",
         "本庁舎で運用を開始した。支所への展開に向けて機器の配置を検討する。"),
        ("1-3", "窓口キャッシュレス決済の導入", "窓口で支払う証明書手数料や使用料について、クレジットカード・電子マネー・二次元コード決済に対応する。",
         "会計課・市民課", "キャッシュレス決済に対応した窓口数", "2窓口", "25窓口", "25窓口", "◎",
         "目標を前倒しで達成した。今後は公共施設の使用料への拡大を検討する。"),
        ("1-4", "オンライン相談の実施", "子育てや福祉の相談について、来庁しなくてもビデオ通話で相談できる環境を整える。相談の予約もオンラインで受け付ける。",
         "福祉総務課", "オンライン相談の実施件数（年間）", "40件", "400件", "95件", "△",
         "周知が不足しており利用が伸びていない。広報紙・公式LINEでの周知を強化する。"),
        ("1-5", "公共施設予約のオンライン化", "体育館・公民館等の予約と使用料の支払をスマートフォンから行えるようにし、窓口での抽選会を廃止する。",
         "生涯学習課", "オンライン予約に対応した施設数", "0施設", "35施設", "－", "×",
         "システムの調達が遅れ、令和6年度の導入を見送った。令和7年度中の稼働を目指す。"),
    ]),
    ("基本目標２　行政運営のデジタル化", [
        ("2-1", "AI・RPAの活用", "定型的な入力・集計業務にRPAを導入し、会議録の作成にはAI音声認識を活用する。各課の業務を棚卸しして対象業務を拡大する。",
         "行政改革課", "AI・RPAによる削減時間（年間）", "2,400時間", "9,000時間", "5,150時間", "○",
         "対象業務を18業務に拡大した。効果の大きい業務を優先して導入を進める。"),
        ("2-2", "電子決裁・文書管理の推進", "文書の起案から決裁、保存までを電子で行い、紙の文書を削減する。押印を見直し、電子決裁を原則とする。",
         "総務課", "電子決裁率", "38.5%", "95.0%", "71.2%", "○",
         "財務会計の決裁は令和7年度に電子化する。"),
        ("2-3", "テレワーク・フリーアドレスの推進", "職員が庁外でも業務を行えるよう端末と環境を整備し、執務室の一部でフリーアドレスを試行する。",
         "人事課", "テレワークを実施した職員の割合", "6.0%", "40.0%", "18.4%", "△",
         "制度は整ったが利用が一部の課にとどまっている。管理職向けの説明会を開催する。"),
        ("2-4", "基幹業務システムの標準化", "住民記録・税・福祉等の20業務のシステムを国の標準仕様に準拠したシステムへ移行し、ガバメントクラウドで運用する。",
         "デジタル推進課", "標準準拠システムへ移行した業務数", "0業務", "20業務", "", "",
         "令和7年度末の一斉移行に向けて作業中のため、実績は次年度に報告する。"),
        ("2-5", "デジタル人材の育成", "全職員向けのDX研修と、各課のDX推進リーダーを対象とした実践研修を実施する。外部人材を活用する。",
         "人事課・デジタル推進課", "DX推進リーダーの人数（累計）", "15人", "120人", "64人", "◎",
         "各課1名以上の配置を達成した。今後はリーダーによる業務改善の事例を共有する。"),
    ]),
    ("基本目標３　地域社会のデジタル化", [
        ("3-1", "高齢者のデジタル活用支援", "公民館や携帯電話販売店と連携してスマートフォン教室を開催し、マイナンバーカードの活用やオンライン手続の方法を伝える。",
         "高齢福祉課", "スマートフォン教室の参加者数（累計）", "320人", "2,000人", "1,180人", "○",
         "地区ごとの参加者に偏りがある。参加の少ない地区で出張教室を開催する。"),
        ("3-2", "防災情報の発信強化", "防災アプリと公式LINEで避難情報や避難所の開設状況を配信し、河川水位センサーの情報を公開する。",
         "危機管理課", "防災アプリの登録者数", "8,500人", "30,000人", "14,300人", "△",
         "登録者が伸び悩んでいる。自主防災組織を通じた登録支援を行う。"),
        ("3-3", "オープンデータの推進", "市が保有するデータを機械判読可能な形式で公開し、データを使ったアイデアソンを開催する。",
         "企画政策課", "公開データセット数", "42件", "150件", "88件", "○",
         "目標達成に向けて各課の保有データの棚卸しを行う。"),
        ("3-4", "スマート農業の推進", "ドローンによる農薬散布や自動操舵トラクターの導入を支援し、農業者の作業負担を減らす。",
         "農政課", "スマート農業機器の導入件数（累計）", "6件", "50件", "－", "－",
         "補助制度を令和7年度に創設するため、実績は未集計。"),
        ("3-5", "学校のICT活用", "1人1台端末を活用した授業を進め、デジタル教材や授業支援ソフトを全校で活用する。教員の研修を充実させる。",
         "学校教育課", "ICTを活用した授業の割合", "55%", "90%", "78%", "○",
         "端末の更新を令和7年度に行う。"),
    ]),
]  # fmt: skip

_S_WIDTHS = [6.0, 15.0, 34.0, 12.0, 18.0, 10.0, 10.0, 10.0, 6.0, 26.0]


def shiranesawa_xlsx() -> bytes:
    """白根沢市's 進捗状況一覧: title, a header of two rows (印刷タイトル), 基本目標 rows, the footer 「- n / N -」."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "進捗状況一覧"
    sheet["A1"] = "白根沢市ＤＸ推進計画　令和６年度進捗状況一覧"
    sheet["A1"].font = Font(name=FONT, size=14, bold=True)
    sheet.merge_cells("A1:J1")
    sheet["A2"] = "評価　◎：目標を達成　○：順調　△：やや遅れ　×：遅れ　－：評価対象外（実績未集計）"
    sheet["A2"].font = Font(name=FONT, size=9)
    sheet.merge_cells("A2:J2")
    for column, label in (
        (1, "No."),
        (2, "取組名"),
        (3, "取組内容"),
        (4, "担当課"),
        (9, "評価"),
        (10, "今後の方向性"),
    ):
        _cell(sheet, 3, column, label, CENTRE)
        sheet.merge_cells(start_row=3, start_column=column, end_row=4, end_column=column)
    _cell(sheet, 3, 5, "成果指標", CENTRE)
    sheet.merge_cells("E3:H3")
    for column, label in ((5, "指標名"), (6, "基準値\n（R5）"), (7, "目標値\n（R9）"), (8, "実績値\n（R6）")):
        _cell(sheet, 4, column, label, CENTRE)
    for row in (3, 4):
        _ruled(sheet, row, 1, 10, HEAD_FILL)
    sheet.row_dimensions[3].height = 20
    sheet.row_dimensions[4].height = 32
    row = 5
    for goal, entries in _SHIRANESAWA:
        _cell(sheet, row, 1, goal, LEFT, 11)
        _ruled(sheet, row, 1, 10, SECTION_FILL)
        sheet.merge_cells(f"A{row}:J{row}")
        sheet.row_dimensions[row].height = 22
        row += 1
        for entry in entries:
            number, title, content, department, name, base, target, actual, grade, next_step = entry
            _cell(sheet, row, 1, number, Alignment(horizontal="center", vertical="top"))
            for column, text in ((2, title), (3, content), (5, name), (10, next_step)):
                _cell(sheet, row, column, text, TOP_LEFT)
            _cell(sheet, row, 4, department, Alignment(horizontal="center", vertical="top", wrap_text=True))
            for column, text in ((6, base), (7, target), (8, actual)):
                _cell(sheet, row, column, text or None, Alignment(horizontal="right", vertical="top"))
            _cell(sheet, row, 9, grade or None, Alignment(horizontal="center", vertical="top"), 12)
            _fit_height(sheet, row, _S_WIDTHS, list(entry))
            row += 1
    for column, width in enumerate(_S_WIDTHS, start=1):
        sheet.column_dimensions[get_column_letter(column)].width = width
    _print_setup(sheet, paper=sheet.PAPERSIZE_A4, area=f"A1:J{row - 1}", titles="3:4", footer=False)
    sheet.oddFooter.center.text = "- &P / &N -"
    sheet.oddFooter.center.size = 9
    sheet.oddHeader.left.text = "白根沢市"
    sheet.oddHeader.left.size = 9
    return save(book)


def _shiranesawa() -> list[dict[str, Any]]:
    items = []
    for _, entries in _SHIRANESAWA:
        for number, title, _, department, _, base, target, actual, _, _ in entries:
            t, a = _number(target), _figure(actual)
            found = kpi((2023, _number(base)), (2027, t), ((2027, t),), ((2024, a),) if a is not None else ())
            items.append(item(number, title, department.split("・"), (found,)))
    return items


#: 基準値（R5） 2023, 目標値（R9） 2027's target and the final one, 実績値（R6） 2024's actual (「－」 or blank none).
SHIRANESAWA = _shiranesawa()


# --- 御園町: （１） headings, a 項目 | 内容 table each -----------------------------------------------------------

#: (基本方針, [(title, 担当課, 取組内容, [(指標, 現状値, 目標値)] (empty: 「－」), スケジュール lines, years)]);
#: 現状値 of 令和5年度, 目標値 of 令和10年度.
_MISONO: list[tuple[str, list[tuple[Any, ...]]]] = [
    ("基本方針１　町民の暮らしを便利にするデジタル化", [
        ("電子申請の拡充", "総務課",
         "町民が役場に来なくても手続ができるよう、電子申請システムで受け付ける手続を順次拡大します。令和６年度は"
         "町民の利用が多い手続と、国が示すオンライン化を推進すべき手続を洗い出し、優先順位を付けます。令和７年度以降、"
         "優先順位の高い手続から電子申請の様式を作成し、手数料の支払もオンラインで行えるようにします。申請の受付状況は"
         "毎年度集計し、利用の少ない手続は申請画面の見直しや周知を行います。",
         [("電子申請できる手続の数", "45手続", "150手続")],
         ["令和6年度：検討", "令和7年度～令和10年度：実施"], years(2024, 2028)),
        ("マイナンバーカードの利活用", "住民課",
         "マイナンバーカードの交付を進めるとともに、カードを使ったコンビニエンスストアでの証明書交付や、図書館の"
         "利用カードとしての活用など、町民がカードの便利さを実感できる場面を増やします。出張申請受付を各地区の"
         "集会所で行います。",
         [("マイナンバーカードの保有率", "72.4％", "90.0％"), ("コンビニ交付の利用率", "8.5％", "30.0％")],
         ["令和6年度～令和10年度：実施"], years(2024, 2028)),
        ("窓口のキャッシュレス化", "会計課",
         "役場の窓口で支払う証明書の手数料や施設の使用料について、キャッシュレス決済を導入します。",
         [("キャッシュレス決済に対応した窓口の数", "0窓口", "8窓口")],
         ["令和7年度：導入", "令和8年度～令和10年度：運用"], years(2025, 2028)),
        ("町公式LINEの機能拡充", "企画課",
         "町公式LINEで、町民一人ひとりが必要な情報を選んで受け取れるようにするほか、ごみの分別案内、施設の予約、"
         "道路の損傷の通報などをLINEから行えるようにします。機能は町民アンケートの結果を踏まえて追加します。"
         "登録者を増やすため、町の行事や広報紙で登録を呼び掛けます。",
         [("町公式LINEの登録者数", "1,850人", "6,000人")],
         ["令和6年度：検討", "令和7年度：構築", "令和8年度～令和10年度：運用"], years(2024, 2028)),
    ]),
    ("基本方針２　役場の仕事を変えるデジタル化", [
        ("AI・RPAによる業務の効率化", "総務課",
         "税や福祉の申請書の入力、給与の計算などの定型的な作業にRPAとAI-OCRを導入し、職員が町民と向き合う時間を"
         "生み出します。導入する業務は、各課の業務量調査の結果をもとに選びます。導入後は削減できた時間を毎年度"
         "集計し、効果の大きい業務から対象を広げます。職員が自らRPAのシナリオを作れるよう研修も行います。",
         [("AI・RPAで削減した作業時間（年間）", "350時間", "2,000時間")],
         ["令和6年度：検討", "令和7年度～令和10年度：導入・拡大"], years(2024, 2028)),
        ("基幹業務システムの標準化", "総務課",
         "住民記録、税、福祉などの基幹業務システムを、国の標準仕様に準拠したシステムへ移行し、ガバメントクラウドで"
         "運用します。",
         [],
         ["令和6年度～令和7年度：移行", "令和8年度～令和10年度：運用"], years(2024, 2028)),
        ("会議のペーパーレス化", "議会事務局、総務課",
         "議会や庁内の会議の資料をタブレット端末で共有し、紙の資料の印刷を減らします。",
         [("会議資料の印刷枚数（年間）", "180,000枚", "60,000枚")],
         ["令和6年度：試行", "令和7年度～令和10年度：実施"], years(2024, 2028)),
    ]),
    ("基本方針３　地域のつながりを支えるデジタル化", [
        ("高齢者のスマートフォン教室", "福祉課",
         "スマートフォンを持っていない、または使い方に不安のある高齢者を対象に、携帯電話事業者と連携して教室を"
         "開催します。教室では基本的な操作のほか、町公式LINEの登録、マイナンバーカードを使った手続、詐欺の被害を"
         "防ぐための注意点などを伝えます。各地区の集会所を会場とし、身近な場所で参加できるようにします。",
         [("スマートフォン教室の参加者数（累計）", "120人", "800人")],
         ["令和6年度～令和10年度：実施"], years(2024, 2028)),
        ("防災情報のデジタル化", "防災安全課",
         "河川の水位や雨量を監視するセンサーを設置し、その情報と避難所の開設状況を町のホームページと町公式LINEで"
         "発信します。",
         [("水位センサーの設置箇所数", "2箇所", "12箇所")],
         ["令和7年度：設置", "令和8年度～令和10年度：運用・増設"], years(2025, 2028)),
        ("地域公共交通のデジタル化", "企画課",
         "町内を走るデマンド交通の予約を、電話に加えてスマートフォンからも行えるようにします。",
         [("デマンド交通のオンライン予約の割合", "0％", "30％")],
         ["令和8年度：導入", "令和9年度～令和10年度：運用"], years(2026, 2028)),
    ]),
]  # fmt: skip

_CIRCLED = "①②③"


def misono_html() -> str:
    """御園町's plan as a Word document: a title page, a chapter of prose, then 基本方針 headings and the 取組."""
    body = [
        '<p align=center style="font-size:20pt; margin-top:6cm"><b>御園町ＤＸ推進計画</b></p>',
        '<p align=center style="font-size:12pt">令和６年度～令和10年度</p>',
        '<p align=center style="font-size:12pt; margin-top:3cm">令和６年３月</p>',
        '<p align=center style="font-size:12pt">御園町</p>',
        '<p style="page-break-before:always; font-size:14pt"><b>第１章　計画の概要</b></p>',
        "<p>　本計画は、御園町における行政のデジタル化と地域社会のデジタル化を一体的に進めるため、町が取り組む内容と"
        "その目標を定めるものです。計画期間は令和６年度から令和10年度までの５年間とします。</p>",
        "<p>　各取組には成果指標を設け、現状値（令和５年度）と目標値（令和10年度）を示しています。進捗は毎年度、"
        "御園町ＤＸ推進本部で確認し、必要に応じて取組の内容を見直します。</p>",
        '<p style="font-size:14pt; margin-top:12pt"><b>第２章　取組</b></p>',
    ]
    number = 0
    for policy, entries in _MISONO:
        body.append(f'<p style="font-size:13pt; margin-top:10pt"><b>{_esc(policy)}</b></p>')
        for title, department, content, indicators, schedule, _ in entries:
            number += 1
            heading = f"（{str(number).translate(_WIDE)}）{title}"
            body.append(f'<p style="font-size:12pt; margin-top:8pt"><b>{_esc(heading)}</b></p>')
            if not indicators:
                names = bases = targets = "－"
            elif len(indicators) == 1:
                names, base, target = indicators[0]
                bases, targets = f"{base}（令和5年度）", f"{target}（令和10年度）"
            else:
                names = "<br>".join(f"{_CIRCLED[i]}{_esc(n)}" for i, (n, _, _) in enumerate(indicators))
                bases = "<br>".join(
                    f"{_CIRCLED[i]}{b}（令和5年度）" for i, (_, b, _) in enumerate(indicators)
                )
                targets = "<br>".join(
                    f"{_CIRCLED[i]}{t}（令和10年度）" for i, (_, _, t) in enumerate(indicators)
                )
            rows = [
                ("担当課", _esc(department)),
                ("取組内容", _esc(content)),
                ("成果指標", names if len(indicators) > 1 else _esc(names)),
                ("現状値", bases),
                ("目標値", targets),
                ("スケジュール", "<br>".join(_esc(line) for line in schedule)),
            ]
            table = [
                '<table border=1 cellspacing=0 cellpadding=4 width="100%">',
                '<tr><td width="20%" bgcolor="#E2EFDA" align=center>項目</td>'
                '<td width="80%" bgcolor="#E2EFDA" align=center>内容</td></tr>',
            ]
            table += [
                f'<tr><td width="20%">{label}</td><td width="80%">{text}</td></tr>' for label, text in rows
            ]
            table.append("</table>")
            body.append("".join(table))
    return _writer_page("".join(body), header="御園町ＤＸ推進計画")


def _misono() -> list[dict[str, Any]]:
    items = []
    number = 0
    for _, entries in _MISONO:
        for title, department, _, indicators, _, steps in entries:
            number += 1
            found = tuple(
                kpi((2023, _number(base)), (2028, _number(target))) for _, base, target in indicators
            )
            items.append(item(str(number), title, department.split("、"), found, steps))
    return items


#: （１）… numbered through the plan: codes 1–10; 現状値（令和5年度） 2023, 目標値（令和10年度） the final target alone
#: (a card's cell); スケジュール every year a step is stated for.
MISONO = _misono()


# --- 瀬戸浦市: a 政令市's 事業一覧, 分野 vertical and merged, 事業番号 DX-1-03, 事業費 in 千円 by year -------------------

#: (分野, [(事業番号, 事業名, 事業概要, 所管局 (lines), 成果指標, 現状値 R5, 目標値 R9, 事業費 R7, R8, R9)]).
_SETOURA: list[tuple[str, list[tuple[str, ...]]]] = [
    ("市民サービス", [
        ("DX-1-01", "行政手続オンライン化の推進", "市民・事業者が利用する手続を原則オンライン化し、手数料の電子納付に対応する。",
         "デジタル戦略局", "オンライン化した手続の割合", "48.2%", "90.0%", "125,400", "98,000", "76,500"),
        ("DX-1-02", "区役所窓口改革", "書かない・待たない窓口を全区役所に導入し、窓口の予約と混雑状況の配信を行う。",
         "市民局", "窓口の平均待ち時間", "42分", "15分", "86,200", "64,800", "21,000"),
        ("DX-1-03", "子育て応援アプリの提供", "妊娠から子育てまでの情報配信、健診の予約、保育所の空き状況の確認をアプリで行えるようにする。",
         "こども青少年局", "子育て応援アプリの登録者数", "12,400人", "60,000人", "38,000", "22,500", "22,500"),
        ("DX-1-04", "市税のキャッシュレス納付", "市税の納付にスマートフォン決済、クレジットカード、口座振替のWeb申込を導入する。",
         "財政局", "キャッシュレスによる納付の割合", "21.5%", "50.0%", "14,300", "9,800", "9,800"),
        ("DX-1-05", "図書館の電子サービス", "電子書籍の貸出とオンラインでの予約・レファレンスを拡充する。",
         "教育委員会事務局", "電子書籍の貸出数（年間）", "64,000冊", "150,000冊", "18,000", "18,000", "18,000"),
        ("DX-1-06", "オンライン診療・健康相談の支援", "市立病院と区の保健センターでオンライン診療・健康相談の環境を整える。",
         "健康福祉局", "オンライン健康相談の件数（年間）", "1,150件", "6,000件", "32,000", "15,000", "15,000"),
        ("DX-1-07", "市民ポータルの構築", "手続・予約・通知をまとめて使える市民向けポータルサイトを構築する。",
         "デジタル戦略局", "市民ポータルの利用者数", "0人", "200,000人", "96,000", "54,000", "31,000"),
    ]),
    ("行政運営", [
        ("DX-2-01", "基幹業務システムの標準化", "住民記録・税・福祉等20業務のシステムを標準準拠システムへ移行する。",
         "デジタル戦略局", "標準準拠システムへ移行した業務数", "0業務", "20業務", "1,284,000", "356,000", "312,000"),
        ("DX-2-02", "AI・RPAの全庁展開", "AI-OCR、RPA、生成AIを全局で活用し、定型業務の時間を削減する。",
         "総務局\nデジタル戦略局", "AI・RPAによる削減時間（年間）", "48,000時間", "150,000時間", "62,000", "71,500", "71,500"),
        ("DX-2-03", "内部事務の電子化", "電子決裁、電子契約、請求書の電子受付を進め、紙と押印をなくす。",
         "総務局", "電子決裁率", "67.3%", "98.0%", "24,600", "12,000", "12,000"),
        ("DX-2-04", "データ利活用の推進", "庁内データの連携基盤を整備し、EBPMの実践事例を各局に広げる。",
         "デジタル戦略局", "データ分析を施策に活用した事例数（累計）", "6件", "60件", "45,000", "30,000", "30,000"),
    ]),
    ("地域・産業", [
        ("DX-3-01", "中小企業のDX支援", "専門家派遣とIT導入の補助により、市内中小企業のデジタル化を支援する。",
         "経済観光局", "支援を受けてDXに取り組んだ企業数（累計）", "180社", "900社", "150,000", "150,000", "150,000"),
        ("DX-3-02", "スマート港湾の推進", "港湾の手続を電子化し、コンテナターミナルの混雑状況をリアルタイムで提供する。",
         "港湾局\n経済観光局", "港湾手続の電子化率", "35%", "100%", "210,000", "180,000", "－"),
        ("DX-3-03", "デジタル・デバイド対策", "区役所・地区センターでスマートフォン講座と相談会を開催する。",
         "市民局", "スマートフォン講座の受講者数（累計）", "5,200人", "25,000人", "28,000", "28,000", "28,000"),
        ("DX-3-04", "防災情報システムの高度化", "河川・道路カメラの映像とセンサー情報を統合し、避難情報を多言語で配信する。",
         "危機管理局", "防災情報を受け取る登録者数", "96,000人", "250,000人", "320,000", "85,000", "42,000"),
    ]),
]  # fmt: skip

_SETOURA_HEAD = (
    "<thead><tr><th rowspan=2 style='width:5%'>分野</th><th rowspan=2 style='width:7%'>事業番号</th>"
    "<th rowspan=2 style='width:13%'>事業名</th><th rowspan=2 style='width:22%'>事業概要</th>"
    "<th rowspan=2 style='width:9%'>所管局</th><th rowspan=2 style='width:13%'>成果指標</th>"
    "<th rowspan=2 style='width:7%'>現状値<br>（R5）</th><th rowspan=2 style='width:7%'>目標値<br>（R9）</th>"
    "<th colspan=3>事業費（千円）</th></tr>"
    "<tr><th style='width:6%'>R7</th><th style='width:6%'>R8</th><th style='width:6%'>R9</th></tr></thead>"
)


def setoura_html() -> str:
    """瀬戸浦市's 事業一覧: a title, a note, the table (分野 vertical and merged down, header repeated on each page)."""
    rows = []
    for field, entries in _SETOURA:
        for index, entry in enumerate(entries):
            code, title, summary, bureaus, name, base, target, *costs = entry
            cells = []
            if index == 0:
                cells.append(f"<td rowspan={len(entries)} class=v>{_esc(field)}</td>")
            right = "style='text-align:right'"
            cells += [
                f"<td style='text-align:center'>{code}</td>", f"<td>{_esc(title)}</td>", f"<td>{_esc(summary)}</td>",
                f"<td>{_esc(bureaus)}</td>", f"<td>{_esc(name)}</td>", f"<td {right}>{base}</td>",
                f"<td {right}>{target}</td>",
            ]  # fmt: skip
            cells += [f"<td {right}>{cost}</td>" for cost in costs]
            rows.append("<tr>" + "".join(cells) + "</tr>")
    css = (
        "td.v { writing-mode: vertical-rl; text-align: center; vertical-align: middle; letter-spacing: 0.3em;"
        " font-size: 11pt; } td { height: 12mm; }"
    )
    body = (
        "<h2 style='text-align:center'>瀬戸浦市ＤＸ推進計画（令和７年度～令和９年度）</h2>"
        "<h3>第４章　事業一覧</h3>"
        "<p>　計画期間に実施する主な事業と、その成果指標及び事業費の見込みを分野ごとに示します。事業費は当初予算ベースの"
        "見込額であり、各年度の予算編成において精査します。</p>"
        f"<table>{_SETOURA_HEAD}<tbody>{''.join(rows)}</tbody></table>"
        "<p>※ 現状値は令和５年度末の実績、目標値は令和９年度末の目標です。　※ 事業費の「－」は、事業費を見込んでいない"
        "年度です。</p>"
    )
    return _page(
        body, size="A4 landscape", header="瀬戸浦市ＤＸ推進計画", css=css, font="9pt", margin="14mm 12mm"
    )


def _setoura() -> list[dict[str, Any]]:
    items = []
    for _, entries in _SETOURA:
        for code, title, _, bureaus, _, base, target, *_ in entries:
            t = _number(target)
            items.append(
                item(code, title, bureaus.split("\n"), (kpi((2023, _number(base)), (2027, t), ((2027, t),)),))
            )
    return items


#: 現状値（R5） 2023, 目標値（R9） 2027's target and the final one; 所管局 the 担当 (two 局 on two lines two); 事業費 not
#: scored; no schedule.
SETOURA = _setoura()


# --- 花房町: a KPI list in an A4 booklet printed two-up on A3, pages in imposition order ------------------------------

#: (No., 取組名, 担当課, [(指標名, 単位, 基準値 R5, R7, R8, R9, R10 目標)]); figures bare, 「－」 no target that year.
_HANABUSA: list[tuple[str, str, str, list[tuple[str, ...]]]] = [
    ("1", "電子申請の拡充", "総務課", [("電子申請できる手続数", "手続", "38", "70", "100", "130", "160")]),
    ("2", "マイナンバーカードの普及", "住民課", [("マイナンバーカードの保有率", "％", "74.1", "80.0", "84.0", "87.0", "90.0")]),
    ("3", "コンビニ交付の利用促進", "住民課", [("証明書のコンビニ交付率", "％", "9.2", "15.0", "20.0", "25.0", "30.0")]),
    ("4", "窓口のキャッシュレス化", "会計課", [("キャッシュレス決済の利用件数", "件", "420", "1,500", "2,500", "3,500", "4,500")]),
    ("5", "公式LINEの活用", "企画課", [("公式LINEの登録者数", "人", "2,100", "3,500", "4,500", "5,500", "6,500"),
                                      ("LINEで受け付ける手続・予約の数", "件", "0", "3", "6", "9", "12")]),
    ("6", "ホームページの改善", "企画課", [("ホームページの閲覧数（月平均）", "件", "48,000", "52,000", "56,000", "60,000", "65,000")]),
    ("7", "RPAの活用", "総務課", [("RPAによる削減時間（年間）", "時間", "260", "600", "900", "1,200", "1,500")]),
    ("8", "AI-OCRの活用", "税務課", [("AI-OCRで処理した帳票数（年間）", "枚", "3,000", "8,000", "12,000", "16,000", "20,000")]),
    ("9", "電子決裁の推進", "総務課", [("電子決裁率", "％", "22.0", "50.0", "70.0", "85.0", "95.0")]),
    ("10", "テレワークの推進", "総務課", [("テレワーク実施職員数（年間）", "人", "12", "30", "45", "60", "80")]),
    ("11", "ペーパーレス会議", "議会事務局", [("タブレットを使った会議の割合", "％", "35", "60", "75", "90", "100")]),
    ("12", "職員のICT研修", "総務課", [("ICT研修の受講者数（年間）", "人", "45", "100", "120", "140", "160")]),
    ("13", "情報セキュリティ対策", "総務課", [("情報セキュリティ事故の件数", "件", "2", "0", "0", "0", "0")]),
    ("14", "高齢者スマホ教室", "福祉課", [("スマホ教室の参加者数（累計）", "人", "85", "200", "320", "440", "560")]),
    ("15", "見守りサービスの導入", "福祉課", [("見守りセンサーの利用世帯数", "世帯", "0", "－", "20", "40", "60")]),
    ("16", "防災情報の配信", "防災安全課", [("防災アプリの登録者数", "人", "1,900", "3,000", "4,000", "5,000", "6,000")]),
    ("17", "スマート農業の推進", "農林課", [("スマート農業機器の導入件数（累計）", "件", "3", "8", "14", "20", "26")]),
    ("18", "観光情報のデジタル発信", "商工観光課", [("観光サイトの閲覧数（年間）", "件", "120,000", "150,000", "170,000", "190,000", "210,000")]),
    ("19", "GIGAスクールの推進", "学校教育課", [("授業でICTを毎日活用する学級の割合", "％", "58", "70", "80", "90", "100")]),
    ("20", "図書館の電子書籍", "生涯学習課", [("電子書籍の貸出数（年間）", "冊", "1,200", "2,000", "2,800", "3,600", "4,400")]),
    ("21", "オープンデータの公開", "企画課", [("公開データセット数", "件", "15", "30", "45", "60", "75")]),
]  # fmt: skip

_HANA_HEAD = (
    "<thead><tr><th style='width:5%'>No.</th><th style='width:15%'>取組名</th><th style='width:25%'>指標名</th>"
    "<th style='width:6%'>単位</th><th style='width:9%'>基準値<br>（R5）</th><th style='width:7%'>R7</th>"
    "<th style='width:7%'>R8</th><th style='width:7%'>R9</th><th style='width:9%'>R10<br>（目標）</th>"
    "<th style='width:10%'>担当課</th></tr></thead>"
)


def _hanabusa_rows(entries: list[tuple[str, str, str, list[tuple[str, ...]]]]) -> str:
    rows = []
    for number, title, department, indicators in entries:
        span = f" rowspan={len(indicators)}" if len(indicators) > 1 else ""
        for index, (name, unit, *figures) in enumerate(indicators):
            cells = []
            if index == 0:
                cells.append(f"<td{span} style='text-align:center'>{number}</td><td{span}>{_esc(title)}</td>")
            cells.append(f"<td>{_esc(name)}</td><td style='text-align:center'>{unit}</td>")
            cells += [f"<td style='text-align:right'>{figure}</td>" for figure in figures]
            if index == 0:
                cells.append(f"<td{span}>{_esc(department)}</td>")
            rows.append("<tr>" + "".join(cells) + "</tr>")
    return f"<table>{_HANA_HEAD}<tbody>{''.join(rows)}</tbody></table>"


def hanabusa_html() -> str:
    """花房町's booklet: eight A4 pages, two to an A3 landscape sheet in the order they are folded and stapled."""
    kpi_pages = [_HANABUSA[:6], _HANABUSA[6:11], _HANABUSA[11:16], _HANABUSA[16:]]
    pages = {
        1: "<div style='margin-top:70mm;text-align:center'><div style='font-size:22pt'>花房町デジタル推進計画</div>"
        "<div style='font-size:16pt;margin-top:6mm'>成果指標一覧</div>"
        "<div style='font-size:12pt;margin-top:60mm'>令和７年３月</div><div style='font-size:14pt'>花房町</div></div>",
        2: "<h3>はじめに</h3><p>　花房町デジタル推進計画（令和７年度～令和10年度）では、取組ごとに成果指標を設定し、毎年度"
        "の目標値を定めています。この冊子は、その成果指標を一覧にしたものです。</p><h3>この冊子の見方</h3>"
        "<p>　基準値は令和５年度の実績値です。R7～R10は各年度の目標値で、R10が計画の最終目標です。「－」はその年度の"
        "目標値を設定していないことを示します。</p><p>　実績は毎年度、町のホームページで公表します。</p>",
        3: "<h3>成果指標一覧</h3>" + _hanabusa_rows(kpi_pages[0]),
        4: _hanabusa_rows(kpi_pages[1]),
        5: _hanabusa_rows(kpi_pages[2]),
        6: _hanabusa_rows(kpi_pages[3]) + "<p>※ 累計は令和５年度からの累計です。</p>",
        7: "<h3>用語の説明</h3><p>ＲＰＡ：パソコンの定型作業を自動で行うソフトウェア</p>"
        "<p>ＡＩ－ＯＣＲ：手書きの書類を読み取り、文字データにする技術</p>"
        "<p>オープンデータ：誰でも自由に使えるよう公開されたデータ</p>",
        8: "<div style='margin-top:200mm;text-align:center;font-size:10pt'>花房町デジタル推進計画　成果指標一覧<br>"
        "令和７年３月発行<br>編集・発行　花房町 企画課 デジタル推進係<br>電話　0000-00-0000</div>",
    }
    header = "<div class=rh>花房町デジタル推進計画　成果指標一覧</div>"
    sheets = []
    for left, right in ((8, 1), (2, 7), (6, 3), (4, 5)):
        halves = "".join(
            f"<div class=half>{header if p not in (1, 8) else ''}<div class=content>{pages[p]}</div>"
            + (f"<div class=foot>- {p} -</div>" if p not in (1, 8) else "")
            + "</div>"
            for p in (left, right)
        )
        sheets.append(f"<div class=sheet>{halves}</div>")
    css = (
        "body { margin: 0; } .sheet { display: flex; width: 404mm; height: 281mm; overflow: hidden; }"
        ".sheet + .sheet { break-before: page; }"
        ".half { position: relative; width: 202mm; height: 281mm; padding: 14mm 14mm 16mm; box-sizing: border-box; }"
        ".rh { text-align: right; font-size: 7pt; } .foot { position: absolute; bottom: 7mm; left: 0; right: 0;"
        " text-align: center; font-size: 8pt; } td, th { padding: 1.5pt 2pt; } td { height: 12mm; }"
    )
    return _page("".join(sheets), size="A3 landscape", numbers=False, css=css, font="8.5pt", margin="8mm")


def _hanabusa() -> list[dict[str, Any]]:
    items = []
    for number, title, department, indicators in _HANABUSA:
        found = []
        for _, _, base, *figures in indicators:
            targets = tuple(
                (fy, value)
                for fy, value in zip((2025, 2026, 2027, 2028), map(_figure, figures), strict=True)
                if value is not None
            )
            found.append(kpi((2023, _number(base)), (2028, _number(figures[-1])), targets))
        items.append(item(number, title, [department], tuple(found)))
    return items


#: 基準値（R5） 2023; R7 … R10 each year's target (「－」 none), 「R10（目標）」 the final one too.
HANABUSA = _hanabusa()


# --- 藤代村: 目標値 merged over three years, a 達成率 column of formulas, printed from Calc ---------------------------

#: (基本方針, [(No., 取組名, 担当課, 指標, 単位, 基準値 R5, 目標値 R7, R8, R9, 実績値 R6 or None)]).
_FUJISHIRO: list[tuple[str, list[tuple[Any, ...]]]] = [
    ("基本方針１　村民の利便性の向上", [
        (1, "オンライン申請の拡大", "総務課", "オンライン申請できる手続数", "手続", 12, 30, 45, 60, 27),
        (2, "マイナンバーカードの普及促進", "住民課", "マイナンバーカードの保有率", "％", 71.5, 80, 85, 90, 79.2),
        (3, "キャッシュレス決済の導入", "会計室", "キャッシュレス決済の利用件数（年間）", "件", 0, 300, 600, 900, 410),
        (4, "村公式LINEの開設", "総務課", "村公式LINEの登録者数", "人", 0, 800, 1200, 1500, None),
    ]),
    ("基本方針２　役場業務の効率化", [
        (5, "RPAの導入", "総務課", "RPAによる削減時間（年間）", "時間", 0, 200, 350, 500, 120),
        (6, "電子決裁の導入", "総務課", "電子決裁率", "％", 0, 40, 70, 90, 35.5),
        (7, "会議のペーパーレス化", "議会事務局・総務課", "紙の使用枚数（年間）", "枚", 250000, 200000, 170000, 150000, 224000),
        (8, "職員のICT研修", "総務課", "ICT研修の受講率", "％", 40, 70, 85, 100, 66),
    ]),
    ("基本方針３　地域のデジタル化", [
        (9, "高齢者のスマートフォン教室", "保健福祉課", "スマートフォン教室の参加者数（累計）", "人", 30, 90, 150, 210, 64),
        (10, "防災行政無線のデジタル化", "総務課", "戸別受信機の設置世帯の割合", "％", 62, 80, 90, 100, 74.8),
        (11, "スマート農業の実証", "産業振興課", "スマート農業に取り組む経営体の数", "経営体", 2, 5, 8, 12, 4),
        (12, "学校のICT活用", "教育委員会", "授業で端末を毎日使う学級の割合", "％", 45, 70, 85, 100, 81),
    ]),
]  # fmt: skip

_F_WIDTHS = [5.0, 22.0, 14.0, 30.0, 7.0, 10.0, 10.0, 10.0, 10.0, 10.0, 9.0]


def fujishiro_xlsx() -> bytes:
    """藤代村's 成果指標の達成状況: title, a header of two rows (目標値 over 令和７年度 … 令和９年度), 達成率 as formulas."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "成果指標"
    sheet["A1"] = "藤代村デジタル化推進計画　成果指標の達成状況（令和６年度末）"
    sheet["A1"].font = Font(name=FONT, size=14, bold=True)
    sheet.merge_cells("A1:K1")
    sheet["A2"] = "計画期間：令和７年度～令和９年度"
    sheet["A2"].font = Font(name=FONT, size=10)
    sheet.merge_cells("A2:K2")
    head = {1: "No.", 2: "取組名", 3: "担当課", 4: "指標", 5: "単位", 6: "基準値\n（R5）", 10: "実績値\n（R6）",
            11: "達成率"}  # fmt: skip
    for column, label in head.items():
        _cell(sheet, 4, column, label, CENTRE)
        sheet.merge_cells(start_row=4, start_column=column, end_row=5, end_column=column)
    _cell(sheet, 4, 7, "目標値", CENTRE)
    sheet.merge_cells("G4:I4")
    for column, label in ((7, "令和７年度"), (8, "令和８年度"), (9, "令和９年度")):
        _cell(sheet, 5, column, label, CENTRE, 9)
    for row in (4, 5):
        _ruled(sheet, row, 1, 11, HEAD_FILL)
        sheet.row_dimensions[row].height = 22
    row = 6
    for policy, entries in _FUJISHIRO:
        _cell(sheet, row, 1, policy, LEFT)
        _ruled(sheet, row, 1, 11, SECTION_FILL)
        sheet.merge_cells(f"A{row}:K{row}")
        sheet.row_dimensions[row].height = 20
        row += 1
        for number, title, department, name, unit, base, t7, t8, t9, actual in entries:
            _cell(sheet, row, 1, number, CENTRE)
            _cell(sheet, row, 2, title, LEFT)
            _cell(sheet, row, 3, department, CENTRE)
            _cell(sheet, row, 4, name, LEFT)
            _cell(sheet, row, 5, unit, CENTRE)
            for column, value in ((6, base), (7, t7), (8, t8), (9, t9), (10, actual)):
                _cell(sheet, row, column, value, RIGHT)
                sheet.cell(row, column).number_format = "#,##0.0" if isinstance(value, float) else "#,##0"
            formula = f'=IF(J{row}="","－",(J{row}-F{row})/(I{row}-F{row}))'
            _cell(sheet, row, 11, formula, RIGHT)
            sheet.cell(row, 11).number_format = "0.0%"
            _fit_height(sheet, row, _F_WIDTHS[:5], [number, title, department, name, unit])
            row += 1
    sheet.cell(
        row + 1, 1, "※ 達成率＝（実績値－基準値）÷（令和９年度目標値－基準値）。実績値の空欄は未集計。"
    ).font = Font(name=FONT, size=9)
    for column, width in enumerate(_F_WIDTHS, start=1):
        sheet.column_dimensions[get_column_letter(column)].width = width
    _print_setup(sheet, paper=sheet.PAPERSIZE_A4, area=f"A1:K{row + 1}", titles="4:5", header="藤代村")
    return save(book)


def _fujishiro() -> list[dict[str, Any]]:
    items = []
    for _, entries in _FUJISHIRO:
        for number, title, department, _, _, base, t7, t8, t9, actual in entries:
            found = kpi(
                (2023, base), (2027, t9), ((2025, t7), (2026, t8), (2027, t9)),
                ((2024, actual),) if actual is not None else (),
            )  # fmt: skip
            items.append(item(str(number), title, department.split("・"), (found,)))
    return items


#: 基準値（R5） 2023; 目標値 令和７年度 … 令和９年度 each year's target, 令和９年度 the final one too; 実績値（R6） 2024's
#: actual (blank none); 達成率 no figure of the indicator.
FUJISHIRO = _fujishiro()


PLANS: dict[str, tuple[str, list[dict[str, Any]]]] = {
    "makihara_kouteihyou.pdf": ("槙原町", MAKIHARA),
    "shiranesawa_shinchoku.pdf": ("白根沢市", SHIRANESAWA),
    "misono_torikumi.pdf": ("御園町", MISONO),
    "setoura_jigyo.pdf": ("瀬戸浦市", SETOURA),
    "hanabusa_booklet.pdf": ("花房町", HANABUSA),
    "fujishiro_tasseiritsu.pdf": ("藤代村", FUJISHIRO),
}

_CALC = {
    "makihara_kouteihyou.pdf": makihara_xlsx,
    "shiranesawa_shinchoku.pdf": shiranesawa_xlsx,
    "fujishiro_tasseiritsu.pdf": fujishiro_xlsx,
}
_WRITER = {"misono_torikumi.pdf": misono_html}
_CHROMIUM = {"setoura_jigyo.pdf": setoura_html, "hanabusa_booklet.pdf": hanabusa_html}


_, _, pdf, expected = batch_documents(PLANS, chromium=_CHROMIUM, calc=_CALC, writer_html=_WRITER)


def pdfs() -> None:
    """Print every document not cached yet (the workbooks at one start of LibreOffice)."""
    calc_saved_all({name.removesuffix(".pdf"): make() for name, make in _CALC.items()}, "pdf")
    for name in (*_WRITER, *_CHROMIUM):
        pdf(name)
