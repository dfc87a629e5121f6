"""A twentieth batch of plans no reader was written against (the readers' code was not read), in shapes the batches
before do not have: four Word documents, a CSV exported from kintone, two texts (``plans20/``: one copied out of a PDF
viewer, one saved from Word), two workbooks and a PDF printed by Chromium.

- 鷹ノ巣市's ＤＸ推進計画 第３章 (``takanosu_shisaku.docx``): a Word document whose 基本方針 / 施策 / 取組 headings Word
  numbers itself with a multilevel list linked to 見出し 1–3 (「基本方針1」「1-1」「1-1-1」: no number is in the text),
  each 取組 followed by prose, 「【担当課】…」 and 「【実施時期】令和７年度～令和９年度」, and after the 取組 of each 施策 a
  「■成果指標」 table 「取組番号 | 指標名 | 現状値（R5） | 中間目標（R9） | 目標値（R11）」 naming its 取組 by the number Word
  prints (a 取組 of two rows, one of none); a running header and a PAGE field in the footer;
- 柿崎町's 第２次地域情報化計画 個別事業シート (``kakizaki_jigyo_sheet.docx``): a Word table of two columns (label | value)
  a 事業, a page each, under 「基本施策２　…」 paragraphs: 事業番号 「２－１」 (full-width), 担当課 「総務課（情報管理係）」
  「住民課・税務課」, 事業の内容 and 年次計画 cells of several paragraphs (「令和６年度　検討」「令和８年度～　運用」), 現状値
  「1,250件（令和５年度）」 and 目標値 「3,000件（令和10年度）」 in cells of their own, a card of two indicators written
  「①…」「②…」 in paragraphs of one cell, 「－」 no indicator;
- 白樺台市's 取組管理 app exported from kintone as CSV (``shirakabadai_kintone.csv``): UTF-8, the records newest first
  (by レコード番号 descending), columns in the app's order — 「* | レコード番号 | 担当課 | 進捗状況 | 開始年度 | 終了年度 |
  指標名 | 単位 | 基準年度 | 基準値 | R6目標 | R6実績 | 目標年度 | 目標値 | 取組名 | 取組番号 | 計画名 | 更新者 | 更新日時」 —
  the KPI a subtable, so a record of two indicators is two rows (「*」 on its first, its other fields repeated), 担当課 an
  組織選択 field of 部+課 without a space 「総務部情報政策課」, two of them on two lines of one quoted cell;
- 汐入町's デジタル化推進計画 (``shioiri_cho_copied.txt``) as copied out of a PDF viewer: ten 「取組１　…」 under 基本方針,
  lines broken where the page broke them, the running header 「汐入町デジタル化推進計画」 and 「－ ５ －」 between the
  lines of a 取組, full-width digits, 和暦 written both 「令和１０年度」 and 「Ｒ５年度」, 「目標：電子申請できる手続数　Ｒ５年度
  ２５手続　→　令和１０年度　８０手続」, a 中間目標 on the same line 「Ｒ８年度　４０％、令和１０年度　６０％」, 「目標：－」,
  「スケジュール：令和７年度　対象手続の選定、Ｒ８～Ｒ１０　順次拡大」 and 「Ｒ８～　運用」;
- 槙野市's 進捗管理表 (``makino_shinchoku_shihanki.xlsx``) at the second 四半期: a header three rows deep — 「工程」 over
  「令和７年度」 (over 「4～6月 | 7～9月 | 10～12月 | 1～3月」), 「令和８年度」 (over 「上期 | 下期」) and 「令和９年度」 (a column),
  「成果指標」 over 「指標 | 基準値（R6） | R7目標 | R7実績（9月末） | 目標値（R9）」 — each step 「○」 (予定) or 「●」 (実施済)
  with a 凡例 line, the 基本方針 merged down its 取組 and set vertically (textRotation 255), two 課 on two lines of a cell,
  進捗 Ａ／Ｂ／Ｃ, 「－」 not counted;
- 椎名市's 取組一覧 (``shiina_kihon_mokuhyo.xlsx``): a 表紙 sheet (title, 計画期間) and a sheet a 基本目標 「基本目標1」…, each
  with its title in A1, 「黄色の網掛けは重点取組」, 「施策 | No. | 取組 | 取組内容 | 所管課 | KPI | 現状値 | 目標値（R10） | R7 |
  R8 | R9 | R10」, the 施策 merged down, 重点 marked only by the yellow fill of its row, 工程 「●」 on a blue fill, 現状値 with
  its year in the cell 「48手続（R5）」, 「納税課／保険年金課」;
- 青嶺県後期高齢者医療広域連合 (a 広域連合)'s 情報化推進計画 (``aone_kouiki_rengo.txt``) saved from Word as text (CP932, CRLF):
  chapters of prose (構成市町村 「36市町村（11市、19町、６村）」), 「１－１　マイナ保険証の利用促進」 blocks of 「【担当課】…」
  「【内容】…」 「【実施年度】令和６年度～令和11年度」, and after all 取組 a 「第５章　指標一覧」 table (tab-separated) 「取組番号 |
  指標 | 現状値（令和４年度） | 目標値（令和11年度）」 joined by number, a 取組 of two rows, some of none;
- 藍染市's 進捗状況報告 (``aizome_shinchoku.pdf``, Chromium, A4 landscape): 「基本目標 | 番号 | 取組 | 担当課」 and a header two
  rows deep — 「指標」 over 「指標名 | 単位 | 基準値（R5）」, 「目標値」 over 「R6 | R7 | R8 | R9」, 「実績値」 over 「R6 | R7」 — the
  基本目標 merged down its 取組 and written vertically (writing-mode), the 評価 header vertical, Ａ／Ｂ／Ｃ, 「－」 集計中;
- 紅葉台町's 事業カード (``momijidai_jigyo_card.docx``): a Word table of four columns a 事業 under 見出し 1 基本方針 —
  「事業番号 | １－１ | 重点 | ◎」, 「担当課 | 総務課 | 関係課 | 各課」, 「実施期間 | 令和７年度～令和９年度 | 事業費（R7） |
  2,400千円」, 事業名 and 事業概要 values merged across three columns — and in the merged 成果指標 cell a nested table
  「指標名 | 単位 | 現状値（R5） | R7目標 | R8目標 | R9目標」 (a card of two rows; 「－」), in the 年次計画 cell another
  「令和７年度 | 令和８年度 | 令和９年度」 over the step words;
- 榊原市's ＤＸ推進計画（改定案） (``sakakibara_kaitei_an.docx``), circulated with Word's 変更履歴 on: 「取組１－１　…」 under
  見出し 2 with 「担当課：」「指標：… 基準値　1,200件（R4）　目標値　5,000件（R10）」「スケジュール：R6～R10」 lines, the changes
  tracked — a 取組 deleted whole (its paragraph marks too), a new one inserted in its number, targets, 課 (「情報政策課」 →
  「デジタル推進課」, a 組織改正) and years struck out and replaced, a 課 added — and a comment on a target.

``PLANS[name]`` is the plan each document states, by the earlier batches' conventions: a column 「現状値（R5）」 the
baseline of 2023; 「中間目標（R9）」「R6目標」 that year's target; 「目標値（R11）」 in a table the plan's last year's target
and the final one; a 目標値 whose year is written beside it (「3,000件（令和10年度）」, a 目標年度 column, 「→　令和１０年度
８０手続」) the final target alone; yearly targets on one line each year's, the last the final one too; 実績 its year's
actual; 「－」 or empty no value. Who carries a 取組 out is its 担当課 as written, split at 「、」「・」 or a line break; a 課
with its 部 (「総務部情報政策課」) or its 係 (「総務課（情報管理係）」) is the 課. Codes are as printed (Word's numbers
too), full-width or not: 「２－１」 is 2-1, 「取組１」 1. A schedule is every year a step is stated for (「令和８年度～」「Ｒ８～」
to the plan's last year; 開始年度 to 終了年度 each year between); a schedule by quarters or halves is kept by halves
(Plan JSON's finest split): 4～6月 and 7～9月 (or 上期) are half 1, 10～12月 and 1～3月 (or 下期) half 2, a mark under a
year's one column is the whole year; ○ and ● are each a step. 基準値（R6） is the baseline of 2024, 「R7実績（9月末）」 2025's
actual. A 重点 mark (a fill, ★ or ◎) is no part of what is scored; a 関係課 beside the 担当課 is not the one who carries it
out. A document with its changes tracked states what the changes make it (the 改定案): a deleted 取組 or figure is gone, an
inserted one is there; a comment is no part of it.
"""

from __future__ import annotations

import csv
import io
import unicodedata
from typing import Any

import docx
from docx.oxml import parse_xml
from docx.shared import Pt
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from ..unseen_harness import new_book, save
from .batch_documents import batch_documents
from .unseen import HERE, item, kpi, years

FOLDER = HERE / "plans20"

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _n(text: str) -> float | None:
    """A figure as printed (「1,250件」「１２０件」「45.0%」, the first figure of the cell); 「－」 or empty none."""
    text = unicodedata.normalize("NFKC", text).replace(",", "")
    digits = ""
    for c in text:
        if c.isdigit() or (c == "." and digits):
            digits += c
        elif digits:
            break
    return float(digits) if digits else None


def _furniture(document: Any, header: str) -> None:
    """A running header and a footer of Word's PAGE field 「- n -」."""
    section = document.sections[0]
    section.header.paragraphs[0].text = header
    footer = section.footer.paragraphs[0]
    footer.alignment = 1
    footer.add_run("- ")
    footer._p.append(
        parse_xml(f'<w:fldSimple xmlns:w="{_W}" w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>')
    )
    footer.add_run(" -")


def _table(document: Any, rows: list[list[str]], style: str = "Table Grid") -> Any:
    made = document.add_table(rows=len(rows), cols=len(rows[0]))
    made.style = style
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            cell = made.cell(r, c)
            lines = value.split("\n")
            cell.text = lines[0]
            for line in lines[1:]:
                cell.add_paragraph(line)
    return made


# --- 鷹ノ巣市: Word's multilevel list over 見出し 1–3, a 成果指標 table a 施策 joined by 取組番号 --------------------------

#: (基本方針, [(施策, [(取組, prose, 担当課 as written, 担当課, (first, last) years)], [(取組番号, 指標, 現状値, R9, R11)])])
_TAKANOSU: list[tuple[str, list[tuple[str, list[tuple[Any, ...]], list[tuple[str, ...]]]]]] = [
    ("誰もが便利に使える市役所", [
        ("行政手続のオンライン化", [
            ("電子申請の拡充", "子育て・介護など申請件数の多い手続から順に、スマートフォンで完結する電子申請を広げます。",
             "デジタル推進課", ["デジタル推進課"], (2025, 2029)),
            ("手数料・使用料のキャッシュレス化", "窓口と公共施設で、証明書の手数料や施設の使用料をキャッシュレスで納められる"
             "ようにします。", "会計課、デジタル推進課", ["会計課", "デジタル推進課"], (2025, 2027)),
            ("公共施設予約のオンライン化", "体育館・公民館などの予約と抽選をオンラインで行えるようにします。",
             "生涯学習課", ["生涯学習課"], (2026, 2027)),
        ], [
            ("1-1-1", "オンラインで申請できる手続数", "64手続", "220手続", "350手続"),
            ("1-1-1", "電子申請の利用件数（年間）", "18,400件", "45,000件", "70,000件"),
            ("1-1-2", "キャッシュレス決済ができる窓口・施設数", "3か所", "30か所", "42か所"),
        ]),
        ("窓口サービスの改革", [
            ("書かない窓口の導入", "マイナンバーカード等から申請書を作る窓口支援システムを市民課の窓口に導入します。",
             "市民課", ["市民課"], (2025, 2026)),
            ("窓口の混雑状況の配信", "市民課・保険年金課の窓口の待ち人数をウェブサイトで配信します。",
             "市民課、保険年金課", ["市民課", "保険年金課"], (2025, 2025)),
        ], [
            ("1-2-1", "申請書の記入を省略できる手続数", "0手続", "25手続", "40手続"),
            ("1-2-2", "窓口の平均待ち時間", "28分", "15分", "10分"),
        ]),
    ]),
    ("デジタルで変わる市役所の仕事", [
        ("情報システムの最適化", [
            ("基幹業務システムの標準化", "住民記録・税・福祉など20業務のシステムを標準準拠システムへ移行します。",
             "デジタル推進課", ["デジタル推進課"], (2025, 2025)),
            ("庁内ネットワークの再構築", "無線ＬＡＮとゼロトラストの考え方に基づくネットワークへ段階的に移行します。",
             "デジタル推進課", ["デジタル推進課"], (2026, 2028)),
        ], [
            ("2-1-1", "標準準拠システムへ移行した業務数", "0業務", "20業務", "20業務"),
        ]),
        ("業務の効率化と働き方改革", [
            ("生成ＡＩ・ＲＰＡの活用", "文書作成・集計などの定型業務に生成ＡＩとＲＰＡを使い、業務時間を削減します。",
             "行政改革課", ["行政改革課"], (2025, 2029)),
            ("電子決裁の徹底", "文書管理システムによる電子決裁を原則とします。", "総務課", ["総務課"], (2025, 2027)),
            ("テレワーク・フリーアドレスの推進", "本庁舎の執務室を順次フリーアドレスとし、テレワークと組み合わせます。",
             "職員課、管財課", ["職員課", "管財課"], (2027, 2029)),
        ], [
            ("2-2-1", "生成ＡＩ・ＲＰＡで削減した業務時間（年間）", "1,200時間", "8,000時間", "12,000時間"),
            ("2-2-2", "電子決裁率", "41.5%", "90.0%", "95.0%"),
            ("2-2-3", "テレワークを実施した職員の割合", "18%", "40%", "50%"),
        ]),
    ]),
    ("デジタルでつながる地域", [
        ("デジタルデバイド対策", [
            ("スマートフォン相談会の開催", "公民館や集会所で、スマートフォンの使い方の講座と個別相談会を開きます。",
             "市民協働課、高齢福祉課", ["市民協働課", "高齢福祉課"], (2025, 2029)),
            ("デジタル活用支援員の養成", "地域のボランティアを支援員として養成し、身近な場所で相談できるようにします。",
             "市民協働課", ["市民協働課"], (2026, 2029)),
        ], [
            ("3-1-1", "相談会の参加者数（年間）", "340人", "900人", "1,200人"),
            ("3-1-2", "デジタル活用支援員の登録者数", "－", "40人", "60人"),
        ]),
    ]),
]  # fmt: skip

_TAKANOSU_LEVELS = (("decimal", "基本方針%1"), ("decimal", "%1-%2"), ("decimal", "%1-%2-%3"))


def takanosu_docx() -> bytes:
    document = docx.Document()
    _furniture(document, "鷹ノ巣市ＤＸ推進計画（令和７年度～令和11年度）")
    numbering = document.part.numbering_part.element
    lvls = "".join(
        f'<w:lvl w:ilvl="{at}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:pStyle w:val="Heading{at + 1}"/>'
        f'<w:suff w:val="space"/><w:lvlText w:val="{text}"/></w:lvl>'
        for at, (fmt, text) in enumerate(_TAKANOSU_LEVELS)
    )
    numbering.insert(
        0, parse_xml(f'<w:abstractNum xmlns:w="{_W}" w:abstractNumId="90">{lvls}</w:abstractNum>')
    )
    numbering.append(parse_xml(f'<w:num xmlns:w="{_W}" w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))

    def heading(level: int, text: str) -> None:
        paragraph = document.add_paragraph(text, style=f"Heading {level + 1}")
        paragraph._p.get_or_add_pPr().append(
            parse_xml(f'<w:numPr xmlns:w="{_W}"><w:ilvl w:val="{level}"/><w:numId w:val="90"/></w:numPr>')
        )

    document.add_paragraph("鷹ノ巣市ＤＸ推進計画", style="Title")
    document.add_paragraph("計画期間　令和７年度～令和11年度")
    document.add_paragraph("令和７年３月　鷹ノ巣市")
    document.add_page_break()
    document.add_paragraph("第３章　施策の展開").runs[0].font.size = Pt(16)
    document.add_paragraph(
        "　本章では、３つの基本方針ごとに施策と取組を示します。取組の番号は、基本方針・施策・取組の順に付けています。"
        "成果指標の現状値は令和５年度の実績、目標値は計画の最終年度（令和11年度）の値です。"
    )
    for policy, measures in _TAKANOSU:
        heading(0, policy)
        for measure, entries, indicators in measures:
            heading(1, measure)
            for title, prose, written, _, (first, last) in entries:
                heading(2, title)
                document.add_paragraph(prose)
                document.add_paragraph(f"【担当課】{written}")
                when = f"令和{_wareki(first)}年度" + ("" if first == last else f"～令和{_wareki(last)}年度")
                document.add_paragraph(f"【実施時期】{when}")
            document.add_paragraph("■成果指標")
            _table(
                document,
                [["取組番号", "指標名", "現状値（R5）", "中間目標（R9）", "目標値（R11）"]]
                + [list(row) for row in indicators],
            )
            document.add_paragraph("")
    document.add_paragraph("※中間目標は令和９年度に行う中間見直しの時点の目標です。")
    return save(document)


def _wareki(fy: int) -> str:
    n = fy - 2018
    return "０１２３４５６７８９"[n] if n < 10 else str(n)


def _takanosu() -> list[dict[str, Any]]:
    out = []
    for p, (_, measures) in enumerate(_TAKANOSU, 1):
        for m, (_, entries, indicators) in enumerate(measures, 1):
            for e, (title, _, _, departments, (first, last)) in enumerate(entries, 1):
                code = f"{p}-{m}-{e}"
                found = []
                for number, _, base, middle, target in indicators:
                    if number != code:
                        continue
                    targets = tuple(
                        (fy, _n(v)) for fy, v in ((2027, middle), (2029, target)) if _n(v) is not None
                    )
                    base_value = (2023, _n(base)) if _n(base) is not None else None
                    found.append(kpi(base_value, (2029, _n(target)), targets))  # type: ignore[arg-type]
                out.append(item(code, title, departments, tuple(found), years(first, last)))
    return out


# --- 柿崎町: 事業シート, a Word table of label | value a 事業 ------------------------------------------------------

#: (基本施策, [(事業番号, 事業名, 担当課 as written, 担当課, 目的, 内容, 成果指標, 現状値, 目標値, 年次計画, years)])
_KAKIZAKI: list[tuple[str, list[tuple[Any, ...]]]] = [
    ("基本施策１　町民サービスの向上", [
        ("１－１", "電子申請サービスの拡充", "総務課（情報管理係）", ["総務課"],
         "役場に来なくても手続ができるようにする。",
         "・申請件数の多い手続から電子申請の様式を作成する。\n・子育て・介護の手続はマイナポータルから申請できるようにする。",
         "電子申請の利用件数（年間）", "1,250件（令和５年度）", "3,000件（令和10年度）",
         "令和６年度　対象手続の選定・様式作成\n令和７年度～　順次受付開始", years(2024, 2028)),
        ("１－２", "キャッシュレス決済の導入", "住民課・税務課", ["住民課", "税務課"],
         "窓口での支払いを便利にし、釣銭の準備などの事務を減らす。",
         "・住民課と税務課の窓口にキャッシュレス決済端末を置く。\n・町税のスマートフォン決済を始める。",
         "キャッシュレス決済の利用割合", "0％（令和５年度）", "30％（令和10年度）",
         "令和６年度　機種選定\n令和７年度　導入\n令和８年度～　運用", years(2024, 2028)),
        ("１－３", "証明書のコンビニ交付", "住民課", ["住民課"],
         "休日や夜間でも証明書を取れるようにする。",
         "・住民票の写し、印鑑登録証明書、課税証明書をコンビニで交付する。",
         "コンビニ交付の件数（年間）", "0件（令和５年度）", "2,400件（令和10年度）",
         "令和６年度　システム改修\n令和７年度～　運用", years(2024, 2028)),
    ]),
    ("基本施策２　役場の仕事の効率化", [
        ("２－１", "基幹系システムの標準化", "総務課（情報管理係）", ["総務課"],
         "国の標準仕様に準拠したシステムへ移行し、運用の費用を抑える。",
         "・住民記録・税・福祉など20業務のシステムをガバメントクラウド上の標準準拠システムへ移行する。",
         "標準準拠システムへ移行した業務数", "0業務（令和５年度）", "20業務（令和７年度）",
         "令和６年度　移行作業\n令和７年度　移行完了", years(2024, 2025)),
        ("２－２", "ペーパーレス会議の推進", "総務課・議会事務局", ["総務課", "議会事務局"],
         "会議資料の印刷をなくし、準備の時間と紙を減らす。",
         "・タブレット端末で庁議と議会の資料を配る。\n・会議資料の共有フォルダを整える。",
         "①ペーパーレスで開いた会議の回数（年間）\n②会議資料の印刷枚数（年間）",
         "①12回（令和５年度）\n②184,000枚（令和５年度）", "①120回（令和10年度）\n②40,000枚（令和10年度）",
         "令和６年度　端末導入\n令和７年度～　運用", years(2024, 2028)),
        ("２－３", "ＲＰＡの導入", "総務課（情報管理係）", ["総務課"],
         "定型的なパソコン作業を自動化し、職員が相談業務に向き合う時間をつくる。",
         "・給与・会計・税の定型的な入力作業にＲＰＡを使う。",
         "ＲＰＡで削減した作業時間（年間）", "0時間（令和５年度）", "1,500時間（令和10年度）",
         "令和７年度　試行\n令和８年度～　本格運用", years(2025, 2028)),
    ]),
    ("基本施策３　地域のデジタル化", [
        ("３－１", "高齢者のスマホ教室", "福祉課", ["福祉課"],
         "高齢の方がスマートフォンを安心して使えるようにする。",
         "・各地区の集会所でスマホ教室を開く。\n・教室の講師は町内の携帯電話販売店に依頼する。",
         "スマホ教室の参加者数（年間）", "45人（令和５年度）", "200人（令和10年度）",
         "令和６年度～　毎年度開催", years(2024, 2028)),
        ("３－２", "防災行政無線のデジタル化", "総務課（防災係）", ["総務課"],
         "聞き取りにくさを解消し、防災情報を確実に届ける。",
         "・防災行政無線をデジタル方式に更新し、防災アプリとあわせて配信する。",
         "－", "－", "－",
         "令和８年度　実施設計\n令和９年度　更新工事", years(2026, 2027)),
    ]),
]  # fmt: skip


def kakizaki_docx() -> bytes:
    document = docx.Document()
    _furniture(document, "柿崎町第２次地域情報化計画　個別事業シート")
    document.add_paragraph("柿崎町第２次地域情報化計画", style="Title")
    document.add_paragraph("（令和６年度～令和10年度）")
    document.add_paragraph("個別事業シート")
    document.add_paragraph("令和６年３月　柿崎町総務課")
    for policy, sheets in _KAKIZAKI:
        for number, title, written, _, purpose, content, name, base, target, plan, _ in sheets:
            document.add_page_break()
            document.add_paragraph(policy).runs[0].bold = True
            made = _table(
                document,
                [
                    ["事業番号", number],
                    ["事業名", title],
                    ["担当課", written],
                    ["事業の目的", purpose],
                    ["事業の内容", content],
                    ["成果指標", name],
                    ["現状値", base],
                    ["目標値", target],
                    ["年次計画", plan],
                ],
            )
            for row in made.rows:
                row.cells[0].paragraphs[0].runs[0].bold = True
    return save(document)


def _kakizaki() -> list[dict[str, Any]]:
    out = []
    for _, sheets in _KAKIZAKI:
        for number, title, _, departments, _, _, name, base, target, _, when in sheets:
            found = []
            if name != "－":
                for b, t in zip(base.split("\n"), target.split("\n"), strict=True):
                    fy_b = 2018 + int(unicodedata.normalize("NFKC", b).split("令和")[1].split("年度")[0])
                    fy_t = 2018 + int(unicodedata.normalize("NFKC", t).split("令和")[1].split("年度")[0])
                    found.append(kpi((fy_b, _n(b.lstrip("①②"))), (fy_t, _n(t.lstrip("①②")))))  # type: ignore[arg-type]
            code = unicodedata.normalize("NFKC", number).replace("－", "-").replace("−", "-")
            out.append(item(code, title, departments, tuple(found), when))
    return out


# --- 白樺台市: kintone CSV, newest record first, the KPI subtable a row each, 部+課 組織選択 ------------------------------

#: (レコード番号, 取組番号, 取組名, 担当課 as written (lines), 担当課, 進捗状況, 開始年度, 終了年度,
#:  [(指標名, 単位, 基準年度, 基準値, R6目標, R6実績, 目標年度, 目標値)], 更新者, 更新日時)
_SHIRAKABA: list[tuple[Any, ...]] = [
    (3, "1-1", "電子申請の拡充", "総務部情報政策課", ["情報政策課"], "順調", "令和6年度", "令和9年度",
     [("電子申請できる手続数", "手続", "R5", "85", "150", "168", "R9", "300"),
      ("電子申請の利用率", "%", "R5", "22.4", "30.0", "31.8", "R9", "50.0")], "佐藤 健一", "2025-04-14 17:32"),
    (4, "1-2", "書かない窓口の導入", "市民生活部市民課\n総務部情報政策課", ["市民課", "情報政策課"], "やや遅れ",
     "令和6年度", "令和8年度", [("申請書の記入を省略した件数", "件", "R5", "0", "2000", "1240", "R9", "12000")],
     "田中 美咲", "2025-04-18 09:05"),
    (5, "1-3", "公金収納のキャッシュレス化", "会計課", ["会計課"], "順調", "令和6年度", "令和9年度",
     [("キャッシュレス決済に対応した窓口・施設数", "か所", "R5", "4", "15", "17", "R9", "45")],
     "高橋 亮", "2025-04-10 13:48"),
    (6, "1-4", "子育て手続のオンライン化", "こども未来部こども家庭課", ["こども家庭課"], "順調", "令和7年度", "令和9年度",
     [("オンラインでできる子育て手続の数", "手続", "R5", "6", "", "", "R9", "26")], "伊藤 由紀", "2025-04-21 11:20"),
    (7, "2-1", "基幹業務システムの標準化", "総務部情報政策課", ["情報政策課"], "遅れ", "令和6年度", "令和7年度",
     [("標準準拠システムへ移行した業務数", "業務", "R5", "0", "12", "8", "R9", "20")], "佐藤 健一", "2025-04-14 17:40"),
    (8, "2-2", "AI・RPAの活用", "総務部行政改革課\n総務部情報政策課", ["行政改革課", "情報政策課"], "順調", "令和6年度",
     "令和9年度", [("AI・RPAで削減した作業時間", "時間", "R5", "900", "2500", "2730", "R9", "6000")],
     "渡辺 翔", "2025-04-16 15:02"),
    (9, "2-3", "テレワークの推進", "総務部職員課", ["職員課"], "順調", "令和6年度", "令和9年度",
     [("テレワークを実施した職員数", "人", "R5", "45", "120", "133", "R9", "300"),
      ("テレワークの実施日数（延べ）", "日", "R5", "310", "900", "1015", "R9", "2400")], "山本 彩", "2025-04-11 10:17"),
    (10, "3-1", "デジタル活用支援", "市民生活部市民協働課\n健康福祉部高齢介護課", ["市民協働課", "高齢介護課"], "順調",
     "令和6年度", "令和9年度", [("スマホ講座の受講者数", "人", "R5", "180", "400", "452", "R9", "1000")],
     "中村 大輔", "2025-04-22 16:55"),
    (11, "3-2", "オープンデータの推進", "総務部情報政策課", ["情報政策課"], "順調", "令和7年度", "令和9年度",
     [("公開データセット数", "件", "R5", "32", "", "", "R9", "150")], "佐藤 健一", "2025-04-14 17:51"),
    (12, "3-3", "スマート農業の推進", "産業振興部農林課", ["農林課"], "順調", "令和6年度", "令和9年度",
     [("スマート農業機器の導入経営体数", "経営体", "R5", "5", "10", "11", "R9", "40")], "小林 直樹", "2025-04-23 08:44"),
]  # fmt: skip

SHIRAKABA_HEADER = ["*", "レコード番号", "担当課", "進捗状況", "開始年度", "終了年度", "指標名", "単位", "基準年度",
                    "基準値", "R6目標", "R6実績", "目標年度", "目標値", "取組名", "取組番号", "計画名", "更新者",
                    "更新日時"]  # fmt: skip


def shirakaba_csv() -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n", quoting=csv.QUOTE_ALL)
    writer.writerow(SHIRAKABA_HEADER)
    for record in sorted(_SHIRAKABA, key=lambda r: -r[0]):
        number, code, title, written, _, progress, first, last, indicators, who, when = record
        for index, (name, unit, base_fy, base, t6, a6, target_fy, target) in enumerate(indicators):
            writer.writerow(
                ["*" if index == 0 else "", number, written, progress, first, last, name, unit, base_fy, base, t6, a6,
                 target_fy, target, title, code, "白樺台市DX推進計画（令和6年度～令和9年度）", who, when]
            )  # fmt: skip
    return out.getvalue().encode("utf-8")


def _shirakaba() -> list[dict[str, Any]]:
    out = []
    for _, code, title, _, departments, _, first, last, indicators, _, _ in _SHIRAKABA:
        found = []
        for _, _, base_fy, base, t6, a6, target_fy, target in indicators:
            found.append(
                kpi(
                    (2018 + int(base_fy[1:]), _n(base)),  # type: ignore[arg-type]
                    (2018 + int(target_fy[1:]), _n(target)),  # type: ignore[arg-type]
                    ((2024, _n(t6)),) if t6 else (),  # type: ignore[arg-type]
                    ((2024, _n(a6)),) if a6 else (),  # type: ignore[arg-type]
                )
            )
        start, end = (2018 + int(y.removeprefix("令和").removesuffix("年度")) for y in (first, last))
        out.append(item(code, title, departments, tuple(found), years(start, end)))
    return out


# --- 汐入町: copied out of a PDF viewer, 和暦 「令和１０年度」 and 「Ｒ５年度」 mixed, full-width digits ---------------------

SHIOIRI = [
    item("1", "電子申請の拡充", ["住民課"], (kpi((2023, 25), (2028, 80)),), years(2025, 2028)),
    item("2", "キャッシュレス決済の導入", ["会計室", "税務課"], (kpi((2023, 0), (2028, 6)),), years(2025, 2028)),
    item("3", "証明書のコンビニ交付", ["住民課"], (kpi((2023, 4.5), (2028, 60), ((2026, 40), (2028, 60))),),
         years(2026, 2028)),
    item("4", "町ホームページのリニューアル", ["企画課"], (), (2025,)),
    item("5", "基幹系システムの標準化", ["総務課"], (kpi((2023, 0), (2025, 20)),), years(2025, 2025)),
    item("6", "ＡＩ議事録作成の導入", ["総務課", "議会事務局"], (kpi((2023, 0), (2028, 300)),), years(2025, 2028)),
    item("7", "テレビ会議の活用", ["総務課"], (kpi((2023, 36), (2028, 120)),), years(2026, 2028)),
    item("8", "高齢者向けスマホ教室", ["保健福祉課"], (kpi((2023, 38), (2028, 150)), kpi((2023, 2), (2028, 8))),
         years(2025, 2028)),
    item("9", "防災情報のメール配信", ["総務課"], (kpi((2023, 1240), (2028, 2500)),), years(2025, 2028)),
    item("10", "観光情報のデジタル発信", ["産業観光課"], (kpi((2023, 52), (2028, 90)),), years(2027, 2028)),
]  # fmt: skip


# --- 槙野市: 進捗管理表 xlsx, 工程 ○ / ● by 四半期 (R7), by 上期 / 下期 (R8), a year (R9); 基本方針 set vertically -----

#: (基本方針, [(番号, 取組, 担当課 as written, 担当課, R7 quarters, R8 halves, R9, 指標, 基準値（R6）, R7目標, R7実績（9月末）,
#:  目標値（R9）, 進捗)]); a quarter / half / year mark is 「○」 (予定), 「●」 (実施済) or empty.
_MAKINO: list[tuple[str, list[tuple[Any, ...]]]] = [
    ("基本方針１　利用しやすい行政サービス", [
        (1, "電子申請の拡充", "ＤＸ推進課", ["ＤＸ推進課"], "●●○○", "○○", "○", "電子申請できる手続数（手続）",
         "120", "180", "164", "300", "Ｂ"),
        (2, "書かない窓口の導入", "市民課\nＤＸ推進課", ["市民課", "ＤＸ推進課"], "●●○ ", "○○", "○",
         "窓口支援システムで受け付けた件数（件）", "0", "3,000", "1,420", "12,000", "Ｂ"),
        (3, "公金収納のキャッシュレス化", "会計課", ["会計課"], "●●○○", "○ ", "", "キャッシュレス決済ができる窓口数（か所）",
         "5", "20", "22", "35", "Ａ"),
        (4, "オンライン相談の導入", "市民相談課", ["市民相談課"], "  ○○", "○○", "○", "オンライン相談の件数（件）",
         "－", "50", "－", "300", "Ｃ"),
    ]),
    ("基本方針２　効率的な行政運営", [
        (5, "基幹業務システムの標準化", "ＤＸ推進課", ["ＤＸ推進課"], "●●○○", "", "", "標準準拠システムへ移行した業務数（業務）",
         "4", "20", "14", "20", "Ｂ"),
        (6, "ＲＰＡ・ＡＩ－ＯＣＲの活用", "行政管理課", ["行政管理課"], "●●○○", "○○", "○", "削減した作業時間（時間）",
         "1,850", "3,000", "1,760", "5,000", "Ｂ"),
        (7, "庁内会議のペーパーレス化", "総務課", ["総務課"], "●●○○", "○○", "○", "会議資料の印刷枚数（千枚）",
         "420", "300", "268", "150", "Ａ"),
        (8, "電子契約の導入", "契約検査課", ["契約検査課"], "  ○○", "○○", "", "電子契約の件数（件）",
         "0", "40", "－", "200", "Ｃ"),
    ]),
    ("基本方針３　地域社会のデジタル化", [
        (9, "デジタル活用支援", "生涯学習課\n高齢者福祉課", ["生涯学習課", "高齢者福祉課"], "●●○○", "○○", "○",
         "スマホ講座の受講者数（人）", "310", "500", "276", "800", "Ｂ"),
        (10, "オープンデータの推進", "ＤＸ推進課", ["ＤＸ推進課"], "○○○○", "○○", "○", "公開データセット数（件）",
         "64", "90", "66", "150", "Ｃ"),
        (11, "スマート農業の推進", "農政課", ["農政課"], " ●○ ", " ○", " ", "スマート農業機器の導入経営体数（経営体）",
         "12", "18", "17", "30", "Ｂ"),
    ]),
]  # fmt: skip

_THIN = Side(style="thin")
_BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_HEAD = PatternFill("solid", fgColor="D9E1F2")


def makino_xlsx() -> bytes:
    book, sheet = new_book("進捗管理表（R7上期）")
    sheet.append(["槙野市ＤＸ推進計画（令和７年度～令和９年度）　進捗管理表　令和７年度第２四半期（９月末）"])
    sheet["A1"].font = Font(bold=True, size=14)
    sheet.append(["凡例：○ 予定　● 実施済（９月末時点）　進捗：Ａ 順調　Ｂ 概ね順調　Ｃ 遅れ"])
    head1 = (
        ["基本方針", "番号", "取組", "担当課", "工程"]
        + [None] * 6
        + ["成果指標", None, None, None, None, "進捗"]
    )
    head2 = [None] * 4 + ["令和７年度", None, None, None, "令和８年度", None, "令和９年度", "指標", "基準値（R6）",
                          "R7目標", "R7実績（9月末）", "目標値（R9）", None]  # fmt: skip
    head3 = [None] * 4 + ["4～6月", "7～9月", "10～12月", "1～3月", "上期", "下期", None] + [None] * 6
    for row in (head1, head2, head3):
        sheet.append(row)
    for cells in ("A3:A5", "B3:B5", "C3:C5", "D3:D5", "E3:K3", "E4:H4", "I4:J4", "K4:K5", "L3:P3", "Q3:Q5",
                  "L4:L5", "M4:M5", "N4:N5", "O4:O5", "P4:P5"):  # fmt: skip
        sheet.merge_cells(cells)
    for row in (3, 4, 5):
        for column in range(1, 18):
            cell = sheet.cell(row, column)
            cell.fill, cell.border, cell.font = _HEAD, _BOX, Font(bold=True, size=9)
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for policy, rows in _MAKINO:
        first = sheet.max_row + 1
        for number, title, written, _, q7, h8, y9, name, base, t7, a7, t9, grade in rows:
            marks = [m.strip() or None for m in (*q7.ljust(4), *h8.ljust(2), y9.ljust(1))]
            sheet.append([policy if sheet.max_row + 1 == first else None, number, title, written, *marks, name, base,
                          t7, a7, t9, grade])  # fmt: skip
            line = sheet.max_row
            for column in range(1, 18):
                cell = sheet.cell(line, column)
                cell.border = _BOX
                cell.alignment = Alignment(vertical="center", wrap_text=True)
            for column in range(5, 12):
                sheet.cell(line, column).alignment = Alignment(horizontal="center", vertical="center")
        sheet.merge_cells(f"A{first}:A{sheet.max_row}")
        sheet.cell(first, 1).alignment = Alignment(textRotation=255, horizontal="center", vertical="center")
    sheet.append([])
    sheet.append(["※R7実績は９月末時点の値。「－」は未集計。工程の変更は担当課からの報告による。"])
    for letter, width in zip("ABCDEFGHIJKLMNOPQ", (5, 5, 26, 14, 6, 6, 7, 6, 6, 6, 8, 30, 10, 8, 11, 10, 6),
                             strict=True):  # fmt: skip
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = "E6"
    return save(book)


def _makino() -> list[dict[str, Any]]:
    out = []
    for _, rows in _MAKINO:
        for number, title, _, departments, q7, h8, y9, _, base, t7, a7, t9, _ in rows:
            indicator = kpi(
                (2024, _n(base)) if _n(base) is not None else None,  # type: ignore[arg-type]
                (2027, _n(t9)),  # type: ignore[arg-type]
                ((2025, _n(t7)), (2027, _n(t9))),  # type: ignore[arg-type]
                ((2025, _n(a7)),) if _n(a7) is not None else (),  # type: ignore[arg-type]
            )
            entry = item(str(number), title, departments, (indicator,))
            halves = sorted({(2025, 1 + q // 2) for q, m in enumerate(q7.ljust(4)) if m.strip()})
            halves += [(2026, 1 + h) for h, m in enumerate(h8.ljust(2)) if m.strip()]
            halves += [(2027, None)] if y9.strip() else []
            entry["schedule"] = [{"fy": fy, "half": half} for fy, half in halves]
            out.append(entry)
    return out


# --- 椎名市: 取組一覧 xlsx, a sheet a 基本目標, 重点 marked by the fill alone, 現状値 with its year in the cell -----------

_KEY = PatternFill("solid", fgColor="FFFF00")
_STEP = PatternFill("solid", fgColor="BDD7EE")

#: (sheet, 基本目標, [(施策, [(No., 取組, 取組内容, 所管課 as written, 所管課, 重点, KPI, 現状値, 目標値（R10）,
#:  R7…R10 steps)])])
_SHIINA: list[tuple[str, str, list[tuple[str, list[tuple[Any, ...]]]]]] = [
    ("基本目標1", "基本目標１　いつでもどこでも手続できる市役所", [
        ("(1) 行政手続のオンライン化", [
            ("1-1", "オンライン申請の拡大", "市民の利用が多い手続から、マイナンバーカードで本人確認するオンライン申請を広げる。",
             "情報政策課", ["情報政策課"], True, "オンライン申請できる手続数", "48手続（R5）", "250手続",
             ("●", "●", "●", "●")),
            ("1-2", "電子納付の推進", "市税・保険料を、スマートフォン決済と地方税統一ＱＲコードで納められるようにする。",
             "納税課／保険年金課", ["納税課", "保険年金課"], False, "電子納付の割合", "18.2％（R5）", "40.0％",
             ("●", "●", "●", "●")),
        ]),
        ("(2) 窓口の利便性向上", [
            ("1-3", "書かない窓口", "マイナンバーカードの情報から申請書を作成し、来庁者が記入しなくてよい窓口にする。",
             "市民課", ["市民課"], True, "記入不要で受け付けた手続の件数", "0件（R6）", "15,000件",
             ("", "●", "●", "●")),
            ("1-4", "窓口予約システムの導入", "転入・転出の繁忙期に、窓口の来庁予約をウェブで受け付ける。",
             "市民課", ["市民課"], False, "来庁予約の件数", "0件（R6）", "2,000件", ("●", "●", "", "")),
        ]),
    ]),
    ("基本目標2", "基本目標２　データとデジタルで働く市役所", [
        ("(1) 業務の効率化", [
            ("2-1", "基幹業務システムの標準化", "20業務の基幹業務システムを標準準拠システムへ移行する。", "情報政策課",
             ["情報政策課"], True, "移行した業務数", "0業務（R6）", "20業務", ("●", "", "", "")),
            ("2-2", "生成ＡＩの活用", "文書の下書き・要約・翻訳に生成ＡＩを使う。", "情報政策課／行政改革課",
             ["情報政策課", "行政改革課"], False, "生成ＡＩの利用者数", "0人（R6）", "600人", ("●", "●", "●", "●")),
            ("2-3", "電子決裁の推進", "起案から決裁、保存までを電子で行う。", "総務課", ["総務課"], False, "電子決裁率",
             "52.0％（R5）", "95.0％", ("●", "●", "●", "")),
        ]),
        ("(2) 人材の育成", [
            ("2-4", "デジタル人材の育成", "全職員向けのＤＸ研修と、各課のＤＸ推進員の育成研修を行う。", "人事課",
             ["人事課"], True, "ＤＸ推進員の人数", "15人（R6）", "90人", ("●", "●", "●", "●")),
        ]),
    ]),
    ("基本目標3", "基本目標３　デジタルでつながるまち", [
        ("(1) デジタルデバイド対策", [
            ("3-1", "スマホ相談窓口の設置", "市民センターにスマートフォンの相談窓口を置く。", "市民協働課",
             ["市民協働課"], False, "相談件数", "620件（R5）", "1,500件", ("", "●", "●", "●")),
        ]),
        ("(2) 地域のデジタル化", [
            ("3-2", "防災情報の多言語配信", "防災アプリで避難情報を５か国語で配信する。", "危機管理課", ["危機管理課"],
             False, "防災アプリの登録者数", "11,300人（R5）", "30,000人", ("●", "●", "●", "●")),
            ("3-3", "地域ポイントのデジタル化", "紙の地域ポイントカードをアプリに置き換える。", "商工振興課",
             ["商工振興課"], True, "アプリの登録者数", "0人（R6）", "20,000人", ("", "", "●", "●")),
        ]),
    ]),
]  # fmt: skip


def shiina_xlsx() -> bytes:
    book, cover = new_book("表紙")
    cover["B3"] = "椎名市ＤＸ推進計画　取組一覧"
    cover["B3"].font = Font(bold=True, size=18)
    cover["B5"] = "計画期間：令和７年度～令和10年度"
    cover["B7"] = "令和７年３月　椎名市 総務部 情報政策課"
    for name, goal, measures in _SHIINA:
        sheet = book.create_sheet(name)
        sheet.append([goal])
        sheet["A1"].font = Font(bold=True, size=14)
        sheet.append(["黄色の網掛けは重点取組"])
        sheet["A2"].fill = _KEY
        sheet.append([])
        sheet.append(
            [
                "施策",
                "No.",
                "取組",
                "取組内容",
                "所管課",
                "KPI",
                "現状値",
                "目標値（R10）",
                "R7",
                "R8",
                "R9",
                "R10",
            ]
        )
        for cell in sheet[4]:
            cell.fill, cell.border, cell.font = _HEAD, _BOX, Font(bold=True)
            cell.alignment = Alignment(horizontal="center", vertical="center")
        for measure, entries in measures:
            first = sheet.max_row + 1
            for number, title, content, written, _, key, name_, base, target, steps in entries:
                sheet.append([measure, number, title, content, written, name_, base, target, *steps])
                line = sheet.max_row
                for column in range(1, 13):
                    cell = sheet.cell(line, column)
                    cell.border = _BOX
                    cell.alignment = Alignment(vertical="center", wrap_text=True)
                for column in range(9, 13):
                    if sheet.cell(line, column).value:
                        sheet.cell(line, column).fill = _STEP
                        sheet.cell(line, column).alignment = Alignment(horizontal="center", vertical="center")
                if key:
                    for column in range(2, 9):
                        sheet.cell(line, column).fill = _KEY
            if sheet.max_row > first:
                sheet.merge_cells(f"A{first}:A{sheet.max_row}")
        for letter, width in zip("ABCDEFGHIJKL", (20, 6, 24, 44, 18, 26, 14, 12, 5, 5, 5, 5), strict=True):
            sheet.column_dimensions[letter].width = width
    return save(book)


def _shiina() -> list[dict[str, Any]]:
    out = []
    for _, _, measures in _SHIINA:
        for _, entries in measures:
            for number, title, _, _, departments, _, _, base, target, steps in entries:
                fy = 2018 + int(base.rsplit("R", 1)[1].rstrip("）"))
                indicator = kpi((fy, _n(base)), (2028, _n(target)), ((2028, _n(target)),))  # type: ignore[arg-type]
                when = tuple(2025 + i for i, step in enumerate(steps) if step)
                out.append(item(number, title, departments, (indicator,), when))
    return out


# --- 青嶺県後期高齢者医療広域連合: 取組 blocks, their KPI in a 指標一覧 after all 取組 joined by 取組番号 ----------------------

AONE = [
    item("1-1", "マイナ保険証の利用促進", ["資格保険料課"], (kpi((2022, 4.8), (2029, 60.0), ((2029, 60.0),)),),
         years(2024, 2029)),
    item("1-2", "保険料の口座振替・スマホ決済の推進", ["資格保険料課"],
         (kpi((2022, 71.2), (2029, 80.0), ((2029, 80.0),)), kpi((2022, 0), (2029, 12000), ((2029, 12000),))),
         years(2024, 2026)),
    item("1-3", "ホームページのアクセシビリティ向上", ["総務課"], (), years(2025, 2025)),
    item("1-4", "各種申請のオンライン化", ["給付課", "資格保険料課"], (kpi((2022, 0), (2029, 8), ((2029, 8),)),),
         years(2025, 2029)),
    item("2-1", "後期高齢者医療広域連合電算処理システムの更新", ["総務課"], (), years(2026, 2027)),
    item("2-2", "レセプト点検へのＡＩ活用", ["給付課"], (kpi((2022, 0), (2029, 30.0), ((2029, 30.0),)),),
         years(2025, 2029)),
    item("2-3", "構成市町村との電子的な情報連携", ["総務課", "資格保険料課"],
         (kpi((2022, 10), (2029, 36), ((2029, 36),)),), years(2024, 2029)),
    item("2-4", "情報セキュリティ対策の強化", ["総務課"], (kpi((2022, 88.0), (2029, 100), ((2029, 100),)),),
         years(2024, 2029)),
    item("3-1", "健診データを活用した保健事業", ["健康事業課"],
         (kpi((2022, 24.3), (2029, 35.0), ((2029, 35.0),)), kpi((2022, 12), (2029, 36), ((2029, 36),))),
         years(2024, 2029)),
    item("3-2", "重複・多剤服薬者への通知", ["健康事業課", "給付課"], (kpi((2022, 1450), (2029, 3000), ((2029, 3000),)),),
         years(2025, 2029)),
]  # fmt: skip


# --- 藍染市: 進捗状況報告 PDF (Chromium, A4 landscape), a header two rows deep, 基本目標 set vertically ---------------------

#: (基本目標, [(番号, 取組, 担当課 as written, 担当課, 指標, 単位, 基準値（R5）, 目標 R6…R9, 実績 R6, R7, 評価)])
_AIZOME: list[tuple[str, list[tuple[Any, ...]]]] = [
    ("市民サービスの向上", [
        ("1", "電子申請の拡充", "情報政策課", ["情報政策課"], "電子申請できる手続数", "手続",
         "95", ("130", "180", "240", "300"), ("142", "176"), "Ａ"),
        ("2", "書かない窓口", "市民課、情報政策課", ["市民課", "情報政策課"], "記入を省略した申請の割合", "％",
         "0", ("10", "25", "40", "60"), ("8", "27"), "Ｂ"),
        ("3", "キャッシュレス決済の拡大", "会計課", ["会計課"], "キャッシュレス対応の窓口・施設数", "か所",
         "8", ("15", "25", "35", "45"), ("16", "23"), "Ｂ"),
        ("4", "コンビニ交付の推進", "市民課", ["市民課"], "コンビニ交付率", "％",
         "17.5", ("22.0", "28.0", "34.0", "40.0"), ("23.1", "29.4"), "Ａ"),
    ]),
    ("行政運営の効率化", [
        ("5", "基幹業務システムの標準化", "情報政策課", ["情報政策課"], "移行した業務数", "業務",
         "0", ("0", "20", "20", "20"), ("0", "17"), "Ｃ"),
        ("6", "ＲＰＡ・生成ＡＩの活用", "行政改革課", ["行政改革課"], "削減した業務時間", "時間",
         "2,100", ("3,000", "4,500", "6,000", "8,000"), ("3,260", "4,410"), "Ｂ"),
        ("7", "電子決裁の推進", "総務課", ["総務課"], "電子決裁率", "％",
         "46.3", ("60.0", "75.0", "85.0", "95.0"), ("63.8", "78.2"), "Ａ"),
        ("8", "テレワークの推進", "職員課", ["職員課"], "テレワーク実施職員数", "人",
         "60", ("100", "150", "200", "250"), ("94", "161"), "Ｂ"),
    ]),
    ("地域社会のデジタル化", [
        ("9", "スマホ教室の開催", "市民協働課、高齢福祉課", ["市民協働課", "高齢福祉課"], "スマホ教室の参加者数",
         "人", "240", ("400", "500", "600", "700"), ("412", "538"), "Ａ"),
        ("10", "オープンデータの推進", "情報政策課", ["情報政策課"], "公開データセット数", "件",
         "40", ("60", "90", "120", "150"), ("61", "85"), "Ｂ"),
        ("11", "ＧＩＧＡスクールの推進", "教育委員会学校教育課", ["学校教育課"], "授業でＩＣＴを毎日活用する学級の割合",
         "％", "52.0", ("65.0", "75.0", "85.0", "95.0"), ("66.4", "－"), "Ｂ"),
        ("12", "防災情報のデジタル化", "危機管理課", ["危機管理課"], "防災アプリの登録者数", "人",
         "5,400", ("8,000", "11,000", "14,000", "17,000"), ("7,650", "10,920"), "Ｂ"),
    ]),
]  # fmt: skip


def aizome_html() -> str:
    from .docparts import _esc, _page

    head = (
        "<thead><tr><th rowspan=2 class=v>基本目標</th><th rowspan=2>番号</th><th rowspan=2>取組</th>"
        "<th rowspan=2>担当課</th><th colspan=3>指標</th><th colspan=4>目標値</th><th colspan=2>実績値</th>"
        "<th rowspan=2 class=v>評価</th></tr><tr><th>指標名</th><th>単位</th><th>基準値<br>（R5）</th>"
        + "".join(f"<th>R{n}</th>" for n in (6, 7, 8, 9))
        + "<th>R6</th><th>R7</th></tr></thead>"
    )
    rows = []
    for goal, entries in _AIZOME:
        for index, (number, title, written, _, name, unit, base, targets, actuals, grade) in enumerate(
            entries
        ):
            cells = []
            if index == 0:
                cells.append(f"<td rowspan={len(entries)} class=v>{_esc(goal)}</td>")
            cells.append(f"<td class=c>{number}</td><td>{_esc(title)}</td>")
            cells.append(
                f"<td>{_esc(written).replace('、', '、<br>')}</td><td>{_esc(name)}</td><td class=c>{unit}</td>"
            )
            cells.append(f"<td class=n>{base}</td>")
            cells.extend(f"<td class=n>{v}</td>" for v in (*targets, *actuals))
            cells.append(f"<td class=c>{grade}</td>")
            rows.append("<tr>" + "".join(cells) + "</tr>")
    body = (
        "<h2 style='text-align:center'>藍染市ＤＸ推進計画（令和６年度～令和９年度）　令和７年度 進捗状況報告</h2>"
        "<p>　各取組の成果指標について、令和７年度末時点の実績と評価をまとめました。評価は、Ａ：目標を達成、"
        "Ｂ：概ね達成（達成率80％以上）、Ｃ：未達成です。</p>"
        f"<table>{head}<tbody>{''.join(rows)}</tbody></table>"
        "<p>※「－」は令和７年度の実績を集計中のもの。基準値は令和５年度の実績。</p>"
    )
    css = (
        ".v { writing-mode: vertical-rl; text-orientation: upright; text-align: center; vertical-align: middle; "
        "letter-spacing: 2pt; width: 8mm; } td.c { text-align: center; } td.n { text-align: right; "
        "white-space: nowrap; } th { font-size: 9pt; }"
    )
    return _page(body, size="A4 landscape", header="藍染市ＤＸ推進計画", css=css, font="9.5pt")


def _aizome() -> list[dict[str, Any]]:
    out = []
    for _, entries in _AIZOME:
        for number, title, _, departments, _, _, base, targets, actuals, _ in entries:
            yearly = tuple((2024 + i, _n(v)) for i, v in enumerate(targets))
            done = tuple((2024 + i, _n(v)) for i, v in enumerate(actuals) if _n(v) is not None)
            indicator = kpi((2023, _n(base)), (2027, _n(targets[-1])), yearly, done)  # type: ignore[arg-type]
            out.append(item(number, title, departments, (indicator,), ()))
    return out


# --- 紅葉台町: 事業カード, a Word table of four columns with merged value cells and the KPI and 年次計画 nested tables ----

#: (基本方針, [(事業番号, 重点, 事業名, 担当課, 関係課, 事業費, 概要, [(指標名, 単位, 現状値（R5）, R7, R8, R9)],
#:  年次計画 R7…R9)])
_MOMIJI: list[tuple[str, list[tuple[Any, ...]]]] = [
    ("基本方針１　手続のデジタル化", [
        ("１－１", "◎", "電子申請の拡充", "総務課", "各課", "2,400", "町民の利用が多い手続から電子申請できるようにし、"
         "役場に来なくても手続ができる町をめざす。", [("電子申請できる手続数", "手続", "18", "40", "60", "80")],
         ("拡大", "拡大", "拡大")),
        ("１－２", "", "キャッシュレス決済の導入", "会計室", "税務課、住民課", "1,100", "役場の窓口と町税の納付に"
         "キャッシュレス決済を導入する。", [("キャッシュレス決済ができる窓口数", "窓口", "0", "3", "5", "5")],
         ("導入", "拡大", "運用")),
        ("１－３", "", "証明書のコンビニ交付", "住民課", "", "8,800", "マイナンバーカードで住民票の写し等を"
         "コンビニで取れるようにする。", [("コンビニ交付の件数（年間）", "件", "0", "300", "600", "900")],
         ("準備", "開始", "運用")),
    ]),
    ("基本方針２　役場の仕事のデジタル化", [
        ("２－１", "◎", "基幹系システムの標準化", "総務課", "住民課、税務課、福祉課", "32,000", "20業務のシステムを"
         "標準準拠システムへ移行する。", [("移行した業務数", "業務", "0", "20", "20", "20")], ("移行", "", "")),
        ("２－２", "", "タブレットによるペーパーレス会議", "総務課", "議会事務局", "1,800", "庁議と議会の資料を"
         "タブレットで配る。", [("会議資料の印刷枚数（年間）", "千枚", "96", "70", "50", "30"),
                                ("ペーパーレス会議の開催回数（年間）", "回", "4", "24", "36", "48")], ("導入", "運用", "運用")),
        ("２－３", "", "ＲＰＡの試行", "総務課", "", "600", "給与と会計の定型的な入力作業でＲＰＡを試す。",
         [("ＲＰＡで削減した作業時間（年間）", "時間", "0", "", "200", "400")], ("", "試行", "運用")),
    ]),
    ("基本方針３　地域のデジタル化", [
        ("３－１", "◎", "スマホ教室の開催", "福祉課", "企画課、社会教育課", "450", "集会所でスマホ教室を開き、"
         "高齢の方がデジタルの便利さを実感できるようにする。", [("スマホ教室の参加者数（年間）", "人", "52", "120", "160",
                                                              "200")], ("開催", "開催", "開催")),
        ("３－２", "", "町の公式ＬＩＮＥの活用", "企画課", "総務課", "300", "公式ＬＩＮＥで防災・子育て・イベントの"
         "情報を配信する。", [("公式ＬＩＮＥの友だち数", "人", "1,850", "3,000", "4,000", "5,000")],
         ("運用", "運用", "運用")),
    ]),
]  # fmt: skip


def momiji_docx() -> bytes:
    document = docx.Document()
    _furniture(document, "紅葉台町デジタル化推進計画")
    document.add_paragraph("紅葉台町デジタル化推進計画", style="Title")
    document.add_paragraph("計画期間：令和７年度～令和９年度")
    document.add_paragraph("令和７年３月　紅葉台町")
    document.add_paragraph("※事業カードの重点欄の◎は重点事業。事業費は令和７年度当初予算額（千円）。")
    for policy, cards in _MOMIJI:
        document.add_paragraph(policy, style="Heading 1")
        for number, key, title, owner, others, cost, summary, indicators, steps in cards:
            card = document.add_table(rows=7, cols=4)
            card.style = "Table Grid"
            values = [
                ("事業番号", number, "重点", key),
                ("事業名", title, None, None),
                ("担当課", owner, "関係課", others),
                ("実施期間", _momiji_period(steps), "事業費（R7）", f"{cost}千円"),
                ("事業概要", summary, None, None),
                ("成果指標", "", None, None),
                ("年次計画", "", None, None),
            ]
            for r, row in enumerate(values):
                for c, value in enumerate(row):
                    if value is not None:
                        card.cell(r, c).text = value
                if row[2] is None:
                    card.cell(r, 1).merge(card.cell(r, 3))
                card.cell(r, 0).paragraphs[0].runs[0].bold = True
                if row[2]:
                    card.cell(r, 2).paragraphs[0].runs[0].bold = True
            kpis = card.cell(5, 1).add_table(rows=1 + len(indicators), cols=6)
            kpis.style = "Table Grid"
            for c, label in enumerate(("指標名", "単位", "現状値（R5）", "R7目標", "R8目標", "R9目標")):
                kpis.cell(0, c).text = label
            for r, row in enumerate(indicators, 1):
                for c, value in enumerate(row):
                    kpis.cell(r, c).text = value or "－"
            plan = card.cell(6, 1).add_table(rows=2, cols=3)
            plan.style = "Table Grid"
            for c, (label, step) in enumerate(
                zip(("令和７年度", "令和８年度", "令和９年度"), steps, strict=True)
            ):
                plan.cell(0, c).text = label
                plan.cell(1, c).text = step or ""
            document.add_paragraph("")
    return save(document)


def _momiji_period(steps: tuple[str, ...]) -> str:
    done = [i for i, step in enumerate(steps) if step]
    first, last = 2025 + done[0], 2025 + done[-1]
    return f"令和{_wareki(first)}年度" + ("" if first == last else f"～令和{_wareki(last)}年度")


def _momiji() -> list[dict[str, Any]]:
    out = []
    for _, cards in _MOMIJI:
        for number, _, title, owner, _, _, _, indicators, steps in cards:
            found = []
            for _, _, base, *yearly in indicators:
                targets = tuple((2025 + i, _n(v)) for i, v in enumerate(yearly) if _n(v) is not None)
                found.append(kpi((2023, _n(base)), (2027, _n(yearly[-1])), targets))  # type: ignore[arg-type]
            code = unicodedata.normalize("NFKC", number).replace("－", "-")
            when = tuple(2025 + i for i, step in enumerate(steps) if step)
            out.append(item(code, title, [owner], tuple(found), when))
    return out


# --- 榊原市: 改定案 with Word's tracked changes left in (a 取組 deleted, one inserted, figures and 課 changed) ------------


def _run(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


def _ins(text: str, at: int) -> str:
    return (
        f'<w:ins w:id="{at}" w:author="情報政策課" w:date="2025-02-10T09:00:00Z">'
        f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:ins>'
    )


def _del(text: str, at: int) -> str:
    return (
        f'<w:del w:id="{at}" w:author="情報政策課" w:date="2025-02-10T09:00:00Z">'
        f'<w:r><w:delText xml:space="preserve">{text}</w:delText></w:r></w:del>'
    )


#: A paragraph as marked up: a list of (kind, text) — "" kept, "+" inserted, "-" deleted; the whole paragraph
#: inserted or deleted (its mark too) when ``whole`` is "+" or "-".
_SAKAKI: list[tuple[str, str, list[tuple[str, str]]]] = [
    ("Title", "", [("", "榊原市ＤＸ推進計画（改定案）")]),
    ("", "", [("", "計画期間：令和６年度～令和10年度（令和７年度改定）")]),
    ("", "", [("", "　見え消しの部分が今回の改定箇所です。組織改正により、情報政策課はデジタル推進課になります。")]),
    ("Heading 1", "", [("", "基本目標１　いつでも、どこでも手続できる市役所")]),
    ("Heading 2", "", [("", "取組１－１　電子申請の拡充")]),
    ("", "", [("", "担当課："), ("-", "情報政策課"), ("+", "デジタル推進課")]),
    ("", "", [("", "指標：電子申請の件数（年間）　基準値　1,200件（R4）　目標値　"), ("-", "5,000件"), ("+", "8,000件"),
              ("", "（R10）")]),
    ("", "", [("", "スケジュール：R6～R10")]),
    ("Heading 2", "", [("", "取組１－２　窓口のキャッシュレス化")]),
    ("", "", [("", "担当課：会計課、市民課")]),
    ("", "", [("", "指標：キャッシュレス決済ができる窓口数　基準値　2窓口（R4）　目標値　12窓口（R10）")]),
    ("", "", [("", "スケジュール：R6～"), ("-", "R8"), ("+", "R9")]),
    ("Heading 2", "", [("", "取組１－３　オンライン相談の実施")]),
    ("", "", [("", "担当課："), ("-", "市民相談室"), ("+", "市民相談課")]),
    ("", "", [("", "指標：オンライン相談の件数（年間）　基準値　0件（R4）　目標値　240件（R10）")]),
    ("", "", [("", "スケジュール：R7～R10")]),
    ("Heading 1", "", [("", "基本目標２　スマートな市役所")]),
    ("Heading 2", "", [("", "取組２－１　基幹業務システムの標準化")]),
    ("", "", [("", "担当課："), ("-", "情報政策課"), ("+", "デジタル推進課")]),
    ("", "", [("", "指標：標準準拠システムへ移行した業務数　基準値　0業務（R4）　目標値　20業務（R7）")]),
    ("", "", [("", "スケジュール：R6～R7")]),
    ("Heading 2", "", [("", "取組２－２　電子決裁の推進")]),
    ("", "", [("", "担当課：総務課")]),
    ("", "", [("", "指標：電子決裁率　基準値　35.0％（R4）　目標値　"), ("-", "80.0％"), ("+", "95.0％"), ("", "（R10）")]),
    ("", "", [("", "スケジュール：R6～R10")]),
    ("Heading 2", "-", [("-", "取組２－３　ＦＡＸの廃止")]),
    ("", "-", [("-", "担当課：総務課")]),
    ("", "-", [("-", "指標：庁内のＦＡＸ機の台数　基準値　38台（R4）　目標値　0台（R8）")]),
    ("", "-", [("-", "スケジュール：R6～R8")]),
    ("Heading 2", "+", [("+", "取組２－３　生成ＡＩの活用")]),
    ("", "+", [("+", "担当課：デジタル推進課、行政改革課")]),
    ("", "+", [("+", "指標：生成ＡＩで削減した業務時間（年間）　基準値　0時間（R6）　目標値　6,000時間（R10）")]),
    ("", "+", [("+", "スケジュール：R7～R10")]),
    ("Heading 1", "", [("", "基本目標３　デジタルでつながる地域")]),
    ("Heading 2", "", [("", "取組３－１　デジタル活用支援")]),
    ("", "", [("", "担当課：市民協働課"), ("+", "、高齢福祉課")]),
    ("", "", [("", "指標：スマホ講座の受講者数（年間）　基準値　150人（R4）　目標値　"), ("-", "600人"), ("+", "800人"),
              ("", "（R10）")]),
    ("", "", [("", "スケジュール：R6～R10")]),
    ("Heading 2", "", [("", "取組３－２　オープンデータの推進")]),
    ("", "", [("", "担当課："), ("-", "情報政策課"), ("+", "デジタル推進課")]),
    ("", "", [("", "指標：公開データセット数　基準値　24件（R4）　目標値　100件（R10）")]),
    ("", "", [("", "スケジュール："), ("-", "R6～R10"), ("+", "R7～R10")]),
]  # fmt: skip


def sakaki_docx() -> bytes:
    document = docx.Document()
    _furniture(document, "榊原市ＤＸ推進計画（改定案）")
    body = document.element.body
    at = 100
    commented = None
    for style, whole, parts in _SAKAKI:
        paragraph = document.add_paragraph(style=style or None)
        runs = ""
        for kind, text in parts:
            at += 1
            runs += _ins(text, at) if kind == "+" else _del(text, at) if kind == "-" else _run(text)
        for element in parse_xml(f'<w:p xmlns:w="{_W}">{runs}</w:p>'):
            paragraph._p.append(element)
        if whole:
            at += 1
            mark = "w:ins" if whole == "+" else "w:del"
            properties = paragraph._p.get_or_add_pPr()
            properties.append(
                parse_xml(
                    f'<w:rPr xmlns:w="{_W}"><{mark} w:id="{at}" w:author="情報政策課" '
                    f'w:date="2025-02-10T09:00:00Z"/></w:rPr>'
                )
            )
        if parts[-1][1] == "（R10）" and commented is None:
            commented = paragraph
    assert body is not None and commented is not None
    run = commented.add_run("")
    document.add_comment(
        run, text="目標値の引上げは財政課と協議済み（2/7）", author="デジタル推進課", initials="DX"
    )
    return save(document)


SAKAKI = [
    item("1-1", "電子申請の拡充", ["デジタル推進課"], (kpi((2022, 1200), (2028, 8000)),), years(2024, 2028)),
    item("1-2", "窓口のキャッシュレス化", ["会計課", "市民課"], (kpi((2022, 2), (2028, 12)),), years(2024, 2027)),
    item("1-3", "オンライン相談の実施", ["市民相談課"], (kpi((2022, 0), (2028, 240)),), years(2025, 2028)),
    item("2-1", "基幹業務システムの標準化", ["デジタル推進課"], (kpi((2022, 0), (2025, 20)),), years(2024, 2025)),
    item("2-2", "電子決裁の推進", ["総務課"], (kpi((2022, 35.0), (2028, 95.0)),), years(2024, 2028)),
    item("2-3", "生成ＡＩの活用", ["デジタル推進課", "行政改革課"], (kpi((2024, 0), (2028, 6000)),), years(2025, 2028)),
    item("3-1", "デジタル活用支援", ["市民協働課", "高齢福祉課"], (kpi((2022, 150), (2028, 800)),), years(2024, 2028)),
    item("3-2", "オープンデータの推進", ["デジタル推進課"], (kpi((2022, 24), (2028, 100)),), years(2025, 2028)),
]  # fmt: skip


# --- the batch ---------------------------------------------------------------------------------------------------

TAKANOSU, KAKIZAKI, SHIRAKABA, SHIOIRI_TXT = (
    "takanosu_shisaku.docx",
    "kakizaki_jigyo_sheet.docx",
    "shirakabadai_kintone.csv",
    "shioiri_cho_copied.txt",
)
MAKINO, SHIINA, AONE_TXT, AIZOME = (
    "makino_shinchoku_shihanki.xlsx",
    "shiina_kihon_mokuhyo.xlsx",
    "aone_kouiki_rengo.txt",
    "aizome_shinchoku.pdf",
)
MOMIJI, SAKAKI_DOCX = "momijidai_jigyo_card.docx", "sakakibara_kaitei_an.docx"

#: name → (municipality, the initiatives it states)
PLANS: dict[str, tuple[str, list[dict[str, Any]]]] = {
    TAKANOSU: ("鷹ノ巣市", _takanosu()),
    KAKIZAKI: ("柿崎町", _kakizaki()),
    SHIRAKABA: ("白樺台市", _shirakaba()),
    SHIOIRI_TXT: ("汐入町", SHIOIRI),
    MAKINO: ("槙野市", _makino()),
    SHIINA: ("椎名市", _shiina()),
    AONE_TXT: ("青嶺県後期高齢者医療広域連合", AONE),
    AIZOME: ("藍染市", _aizome()),
    MOMIJI: ("紅葉台町", _momiji()),
    SAKAKI_DOCX: ("榊原市", SAKAKI),
}

TEXTS = (SHIOIRI_TXT, AONE_TXT)
SHEETS = {
    TAKANOSU: (takanosu_docx, "鷹ノ巣市DX推進計画_第3章.docx"),
    KAKIZAKI: (kakizaki_docx, "個別事業シート（R6-R10）.docx"),
    SHIRAKABA: (shirakaba_csv, "取組管理_20250424.csv"),
    MAKINO: (makino_xlsx, "R7進捗管理表（第2四半期）.xlsx"),
    SHIINA: (shiina_xlsx, "椎名市DX推進計画_取組一覧.xlsx"),
    MOMIJI: (momiji_docx, "事業カード.docx"),
    SAKAKI_DOCX: (sakaki_docx, "【見え消し】DX推進計画改定案.docx"),
}
PDFS = {AIZOME: aizome_html}

#: The plan period each document states (fiscal years).
PERIODS: dict[str, tuple[int, int]] = {
    TAKANOSU: (2025, 2029),
    KAKIZAKI: (2024, 2028),
    SHIRAKABA: (2024, 2027),
    SHIOIRI_TXT: (2025, 2028),
    MAKINO: (2025, 2027),
    SHIINA: (2025, 2028),
    AONE_TXT: (2024, 2029),
    AIZOME: (2024, 2027),
    MOMIJI: (2025, 2027),
    SAKAKI_DOCX: (2024, 2028),
}


document, sheet, pdf, expected = batch_documents(PLANS, folder=FOLDER, sheets=SHEETS, chromium=PDFS)
