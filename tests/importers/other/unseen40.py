"""A fortieth batch of plans no reader was written against (the readers' code was not read): four WHOLE plans, each
written as its office writes it in Word or HTML and printed to PDF by Chromium (``_page``; the running header and the
page number the printer's), read as the PDF, through ``pdftotext -layout`` and through plain ``pdftotext``, in shapes
the batches before lack:

- 千草県デジタル推進計画 (``chigusa_ken_shisaku_kpi_box.pdf``, R7–R11, a 県's): 第３章 基本目標 > 「施策１－１　行政手続の
  オンライン化」, each 施策 the 取組 — 【施策の方向性】 a paragraph, 【主な取組】 a list of 「・」 bullets each marked
  「（市町村連携）」 or 「（県）」, 【連携する主体】 「市町村、民間事業者」, 「担当課：総務部 デジタル政策課、地域振興部 市町村課」
  (each 課 after its 部) and a KPI box 「指標名 | 現状値 | 目標値 | 備考」 whose cells hold the year 「210手続（R5）」 「600手続
  （R11）」 (one target year R8, before the plan's last; 「8.2万人」; a 施策 of none 「－」 with 備考 「指標は設定しない」);
  no schedule; noise: 市町村 tables (「市町村 | 人口 | マイナンバーカード保有率 | 電子申請手続数」), a 県民アンケート by 年代,
  a 計画期間 table of 「━━」, 第４章 「市町村との連携」 「分野 | 県の役割 | 市町村の役割」 naming the 施策's themes, 推進体制
  「組織 | 構成 | 役割」, an 用語集 table; 「- 5 -」 at each page's foot, the title at its top;
- 第２次早蕨町ＤＸ推進計画 (``sawarabi_cho_nidan_cards.pdf``, R7–R10, a 町's): chapters numbered in Roman 「Ⅰ　計画の概要」 …
  「Ⅴ　資料」, every page set in TWO COLUMNS (CSS columns), the 取組 boxed cards in the columns — 「施策Ⅱ-3」 over the
  title, then 「担当課」「内容」「指標」「期間」 label cells, the indicator's name over 「現状 35％（R5）→ 目標 90％（R10）」 (two for
  Ⅱ-3, 「－」 none for Ⅱ-1), 「期間」 「R7～R10」 or 「R7」; 施策の体系 a table 「基本方針 | 施策」 of 「Ⅰ-1　…」; noise: 人口
  and アンケート tables in the columns, 前計画の取組 「・」 list, 推進体制, 用語 lines; 「第２次早蕨町ＤＸ推進計画」 at the top,
  a bare page number at the foot;
- 楓原市情報化推進計画 (``kaedehara_ka_gyo_iro_bar.pdf``, 2025–2028, 西暦): 第４章 取組一覧 「No. | 取組名 | 成果指標 | 基準値
  （2023年度） | 2025年度 | 2026年度 | 2027年度 | 2028年度」 — the KPI target of each year in the 取組's own row — the
  担当課 no column but a ROW over the 取組 it owns 「【総務部　情報政策課】」 (「【会計室】」 of no 部), 「－」 no indicator or no
  value; 第５章 工程表 drawn as COLOURED BARS — 「No. | 取組名 | 2025年度 … 2028年度」, each year a 取組 runs a cell holding a
  bar of colour (light 検討・準備, dark 実施・運用) and no text, a legend of coloured squares above; noise: 第２章's 前計画の
  振り返り 「取組名 | 担当課 | 達成状況」, 人口 by year, アンケート, 推進体制, 用語; 「楓原市情報化推進計画」 at the top right,
  「5 / 12」 at the foot;
- 穂高台市ＤＸ推進計画 令和６年度 進捗管理シート (``hotakadai_shinchoku_sheet.pdf``, the plan R5–R8): after the 評価基準
  「評価 | 基準」 (順調 / 遅れ / －), a count table and an 一覧 「番号 | 取組名 | 担当課 | 評価」, ONE PAGE A 取組 — a sheet
  table 「取組番号 | 1-1 | 担当課 | …」, 「取組名」, 「実施年度」 of check boxes 「☑R5　☑R6　☑R7　☐R8」, 「取組内容」,
  「令和６年度の実施状況」, a 成果指標 table 「指標名 | 基準値（R4） | R5実績 | R6実績 | 目標値（R8）」 (two rows for 2-2, a 「－」
  row for 2-3, 「－」 no value), 「評価」 of check boxes 「☑順調　☐遅れ」 and 「今後の方向性」; noise: 推進委員会の意見
  「No. | 意見 | 市の対応」, 用語; 「- 5 -」 at the foot, 「令和６年度 進捗管理シート」 at the top right.

``PLANS[name]`` is what a careful human enters from the 取組 part, by the earlier batches' conventions: a 現状値 / 基準値
the baseline of the year written; a target with its year in its cell or on an item's line (千草県's 「600手続（R11）」,
早蕨町's 「目標 90％（R10）」) the final target alone; target columns headed with their years in a table of a row a 取組
(楓原市's 2025年度 … 2028年度) each year's target, the last the final one too; a KPI table under a sheet whose one target
column is headed with its year (穂高台市's 目標値（R8）) the final target alone, its R5実績 and R6実績 the actuals of 2023
and 2024; 「－」 no value; figures as written (「8.2万人」 8.2). A schedule is every year of 「R7～R10」, every year a bar
is drawn in (楓原市), every year checked ☑ (穂高台市); none where none is stated (千草県). Who carries a 取組 out is its
担当課 as written, split at 「、」; a 課 with its 部 is the 課 (「総務部 デジタル政策課」 デジタル政策課); 楓原市's 取組 are
the 課's whose row is above them (「【総務部　情報政策課】」 情報政策課). Codes as printed: 「施策１－１」 1-1, 「施策Ⅱ-3」 2-3,
楓原市's No. 「1」, 穂高台市's 「1-1」. The 県's 主な取組 bullets are the 施策's contents, no 取組 of their own; 評価 check
boxes no schedule. Nothing outside the 取組 part is a 取組, an indicator or a 担当課.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from .batch_documents import batch_documents
from .docparts import _esc, _page
from .unseen import item, kpi, years

CHIGUSA_PDF = "chigusa_ken_shisaku_kpi_box.pdf"
SAWARABI_PDF = "sawarabi_cho_nidan_cards.pdf"
KAEDEHARA_PDF = "kaedehara_ka_gyo_iro_bar.pdf"
HOTAKADAI_PDF = "hotakadai_shinchoku_sheet.pdf"


# --- the parts every plan is written of --------------------------------------------------------------------------


def _table(rows: Sequence[Sequence[str]], *, head: bool = True, cls: str = "") -> str:
    """A ruled table, its first row the header (``head``)."""
    out = [f'<table class="{cls}">' if cls else "<table>"]
    for i, row in enumerate(rows):
        tag = "th" if head and i == 0 else "td"
        out.append("<tr>" + "".join(f"<{tag}>{_esc(cell)}</{tag}>" for cell in row) + "</tr>")
    out.append("</table>")
    return "".join(out)


def _ps(*paragraphs: str) -> str:
    return "".join(f"<p>{_esc(p)}</p>" for p in paragraphs)


def _contents(entries: Sequence[tuple[str, int]]) -> str:
    """A 目次: each entry and its page, apart by a dot leader."""
    return "".join(
        f'<p class="toc"><span>{_esc(entry)}</span><span class="dots"></span><span>{page}</span></p>'
        for entry, page in entries
    )


_TOC_CSS = (
    ".toc { display: flex; margin: 3pt 0; } .toc .dots { flex: 1; border-bottom: 1pt dotted #000; margin: 0 4pt 4pt; }"
)


# --- 千草県: 施策 with 施策の方向性, 主な取組 bullets and a KPI box ------------------------------------------------------


@dataclass(frozen=True)
class Measure:
    """One 千草県 施策: its code as printed, title, 担当課 as written, the 課, bullets and KPI box rows."""

    code: str  # 「１－１」
    title: str
    direction: str
    bullets: tuple[str, ...]
    partners: str
    written: str  # 担当課 as printed
    offices: tuple[str, ...]
    box: tuple[tuple[str, str, str, str], ...]  # 指標名, 現状値, 目標値, 備考 as printed
    indicators: tuple[dict[str, Any], ...]


def _arrow(base: tuple[int, float] | None, target: tuple[int, float]) -> dict[str, Any]:
    """A 現状値 and a 目標値 each with its year: the baseline of its year, the final target alone."""
    return kpi(base, target)


CHIGUSA_GOALS = {
    "１": "基本目標１　県民の暮らしを便利にする",
    "２": "基本目標２　行政をスマートにする",
    "３": "基本目標３　地域の力をデジタルで高める",
}

CHIGUSA_MEASURES = (
    Measure(
        "１－１", "行政手続のオンライン化",
        "県と市町村の行政手続について、原則としてオンラインで完結できるよう、申請システムの共同利用を進めるとともに、"
        "添付書類の省略や押印の見直しを一体的に進めます。",
        ("県電子申請システムの市町村との共同利用（市町村連携）", "申請様式の標準化と添付書類の省略（県）",
         "オンライン手数料納付の導入（県）"),
        "市町村、国", "担当課：総務部 デジタル政策課", ("デジタル政策課",),
        (("県の電子申請対応手続数", "210手続（R5）", "600手続（R11）", ""),
         ("市町村の電子申請対応手続数（平均）", "38手続（R5）", "120手続（R11）", "県内25市町村の平均")),
        (_arrow((2023, 210), (2029, 600)), _arrow((2023, 38), (2029, 120))),
    ),
    Measure(
        "１－２", "マイナンバーカードの利活用",
        "マイナンバーカードを活用したサービスを市町村とともに広げ、県民が身近な場面で利便性を実感できるようにします。",
        ("図書館カード・診察券等への活用の促進（市町村連携）", "コンビニ交付の全市町村での導入支援（市町村連携）"),
        "市町村、民間事業者", "担当課：総務部 デジタル政策課、地域振興部 市町村課", ("デジタル政策課", "市町村課"),
        (("カードを活用した県・市町村のサービス数", "12サービス（R5）", "40サービス（R11）", ""),),
        (_arrow((2023, 12), (2029, 40)),),
    ),
    Measure(
        "１－３", "キャッシュレス化の推進",
        "県の施設や窓口での手数料・使用料の支払いについて、キャッシュレス決済を導入します。",
        ("県立施設へのキャッシュレス決済の導入（県）", "公金収納のキャッシュレス化（県）"),
        "金融機関", "担当課：会計局 会計管理課", ("会計管理課",),
        (("県施設のキャッシュレス対応率", "28.5％（R5）", "100％（R11）", "対象87施設"),),
        (_arrow((2023, 28.5), (2029, 100)),),
    ),
    Measure(
        "１－４", "防災・医療分野のデジタル化",
        "災害時の情報伝達や避難所運営、救急医療の情報共有にデジタル技術を活用し、県民の安全・安心を高めます。",
        ("防災アプリの機能強化と普及（市町村連携）", "避難所受付のデジタル化（市町村連携）", "救急搬送情報の共有システムの導入（県）"),
        "市町村、消防本部、医療機関", "担当課：危機管理部 危機管理課、健康福祉部 医療政策課", ("危機管理課", "医療政策課"),
        (("防災アプリの登録者数", "8.2万人（R5）", "30万人（R11）", ""),),
        (_arrow((2023, 8.2), (2029, 30)),),
    ),
    Measure(
        "２－１", "自治体情報システムの標準化・共通化",
        "市町村の基幹業務システムの標準準拠システムへの移行を、県が調整役となって支援します。",
        ("移行計画の進捗管理と技術的助言（市町村連携）", "共同調達の調整（市町村連携）"),
        "市町村", "担当課：総務部 デジタル政策課", ("デジタル政策課",),
        (("標準準拠システムへの移行を完了した市町村数", "0団体（R5）", "25団体（R8）", "全市町村"),),
        (_arrow((2023, 0), (2026, 25)),),
    ),
    Measure(
        "２－２", "ＡＩ・ＲＰＡの共同利用",
        "ＡＩ－ＯＣＲやＲＰＡ、生成ＡＩを県と市町村で共同利用し、定型業務の負担を軽減します。",
        ("ＡＩ・ＲＰＡ共同利用環境の提供（市町村連携）", "生成ＡＩの利用ガイドラインの策定（県）"),
        "市町村", "担当課：総務部 行政改革課", ("行政改革課",),
        (("ＡＩ・ＲＰＡを共同利用する市町村数", "6団体（R5）", "25団体（R11）", ""),
         ("ＡＩ・ＲＰＡによる削減時間（年間）", "4,200時間（R5）", "30,000時間（R11）", "県・市町村の合計")),
        (_arrow((2023, 6), (2029, 25)), _arrow((2023, 4200), (2029, 30000))),
    ),
    Measure(
        "２－３", "県庁のテレワーク・ペーパーレス化",
        "場所にとらわれない働き方を進め、会議や決裁の電子化により紙の使用を減らします。",
        ("テレワーク端末の増設（県）", "電子決裁の原則化（県）"),
        "－", "担当課：総務部 人事課", ("人事課",),
        (("テレワークを実施した職員の割合", "22％（R5）", "60％（R11）", "知事部局"),),
        (_arrow((2023, 22), (2029, 60)),),
    ),
    Measure(
        "２－４", "情報セキュリティ対策の強化",
        "サイバー攻撃の高度化に対応し、県と市町村のセキュリティクラウドを更新するとともに、職員の訓練を行います。",
        ("セキュリティクラウドの更新（市町村連携）", "標的型攻撃メール訓練の実施（県）"),
        "市町村", "担当課：総務部 デジタル政策課", ("デジタル政策課",),
        (("－", "－", "－", "指標は設定しない"),),
        (),
    ),
    Measure(
        "３－１", "デジタル人材の確保・育成",
        "県と市町村のデジタル人材を確保・育成するとともに、専門人材が不足する市町村へ人材を派遣します。",
        ("市町村へのデジタル専門人材の派遣（市町村連携）", "職員向けＤＸ研修の実施（県）"),
        "市町村、大学", "担当課：総務部 人事課、商工労働部 産業人材課", ("人事課", "産業人材課"),
        (("市町村へのデジタル人材派遣数（累計）", "3人（R5）", "20人（R11）", ""),),
        (_arrow((2023, 3), (2029, 20)),),
    ),
    Measure(
        "３－２", "デジタルデバイド対策",
        "高齢者や障害のある方など、誰もがデジタル化の恩恵を受けられるよう、身近な場所での支援を行います。",
        ("スマートフォン教室の開催支援（市町村連携）", "デジタル活用支援員の養成（県）"),
        "市町村、通信事業者", "担当課：健康福祉部 高齢福祉課", ("高齢福祉課",),
        (("スマートフォン教室の参加者数（累計）", "1,850人（R5）", "12,000人（R11）", ""),),
        (_arrow((2023, 1850), (2029, 12000)),),
    ),
    Measure(
        "３－３", "中小企業のＤＸ支援",
        "県内中小企業のデジタル化を、相談窓口と補助金により支援します。",
        ("ＤＸ相談窓口の設置（県）", "ＤＸ推進補助金（県）"),
        "商工団体、金融機関", "担当課：商工労働部 産業振興課", ("産業振興課",),
        (("ＤＸ推進補助金の採択件数（累計）", "45件（R5）", "300件（R11）", ""),),
        (_arrow((2023, 45), (2029, 300)),),
    ),
    Measure(
        "３－４", "オープンデータの推進",
        "県と市町村が保有するデータを、機械判読可能な形式で公開し、地域の課題解決に活用します。",
        ("県・市町村共同のオープンデータカタログの運用（市町村連携）", "推奨データセットの公開支援（市町村連携）"),
        "市町村、大学", "担当課：総務部 デジタル政策課、地域振興部 市町村課", ("デジタル政策課", "市町村課"),
        (("推奨データセットを公開する市町村数", "11団体（R5）", "25団体（R11）", ""),),
        (_arrow((2023, 11), (2029, 25)),),
    ),
)  # fmt: skip


def _chigusa_measure(m: Measure) -> str:
    bullets = "".join(f"<li>{_esc(b)}</li>" for b in m.bullets)
    box = _table((("指標名", "現状値", "目標値", "備考"), *m.box), cls="kpi")
    return (
        f"<h4>施策{m.code}　{_esc(m.title)}</h4>"
        f"<p><b>【施策の方向性】</b></p>{_ps(m.direction)}"
        f"<p><b>【主な取組】</b></p><ul>{bullets}</ul>"
        f"<p>【連携する主体】{_esc(m.partners)}</p><p>{_esc(m.written)}</p>"
        f"<p>【成果指標】</p>{box}"
    )


def _chigusa() -> str:
    title = "千草県デジタル推進計画"
    cover = (
        f"<h1>{title}</h1><p class=c>～ つながる千草、ひろがるデジタル ～</p>"
        "<p class=c>令和７年度（2025年度）～令和11年度（2029年度）</p><p class=c style='margin-top:80mm'>令和７年３月</p>"
        "<p class=c>千　草　県</p>"
    )
    toc = "<h2 class=break>目　次</h2>" + _contents(
        (("第１章　計画の策定にあたって", 1), ("　１　計画策定の趣旨", 1), ("　２　計画の位置づけ", 1), ("　３　計画期間", 2),
         ("第２章　本県と市町村の現状", 3), ("第３章　施策の展開", 5), ("第４章　市町村との連携", 11),
         ("第５章　計画の推進体制", 12), ("用語集", 13))
    )  # fmt: skip
    ch1 = (
        "<h2 class=break>第１章　計画の策定にあたって</h2><h3>１　計画策定の趣旨</h3>"
        + _ps(
            "　国は「デジタル社会の実現に向けた重点計画」を定め、自治体ＤＸの推進を求めています。本県では令和３年度に"
            "「千草県ＩＣＴ推進プラン」を策定し、電子申請の導入等を進めてきました。",
            "　このたび、前プランの成果と課題を踏まえ、県と市町村が一体となってデジタル化を進めるため、本計画を策定します。",
        )
        + "<h3>２　計画の位置づけ</h3>"
        + _ps(
            "　本計画は、官民データ活用推進基本法第９条に基づく「都道府県官民データ活用推進計画」として位置づけ、"
            "千草県総合計画（令和３年度～令和12年度）の分野別計画とします。"
        )
        + "<h3>３　計画期間</h3>"
        + _ps("　計画期間は、令和７年度から令和11年度までの５年間とします。")
        + _table(
            (("計画", "R5", "R6", "R7", "R8", "R9", "R10", "R11"),
             ("千草県総合計画", "━━", "━━", "━━", "━━", "━━", "━━", "━━"),
             ("千草県ＩＣＴ推進プラン", "━━", "━━", "", "", "", "", ""),
             ("千草県デジタル推進計画", "", "", "━━", "━━", "━━", "━━", "━━"))
        )  # fmt: skip
    )
    ch2 = (
        "<h2 class=break>第２章　本県と市町村の現状</h2><h3>１　市町村の状況</h3>"
        + _ps("　県内25市町村のデジタル化の状況は、団体の規模により差が見られます（令和６年４月１日現在）。")
        + _table(
            (("市町村", "人口", "マイナンバーカード保有率", "電子申請手続数"),
             ("千草市", "312,540", "78.2％", "145"), ("白浜市", "98,210", "74.5％", "88"),
             ("青田市", "61,034", "72.1％", "52"), ("川north町", "18,220", "69.8％", "21"),
             ("高原町", "9,875", "71.3％", "12"), ("山辺村", "3,412", "80.6％", "6"),
             ("県内平均", "－", "73.4％", "38"))
        ).replace("川north町", "川北町")
        + "<h3>２　県民アンケート</h3>"
        + _ps("　令和６年７月に県民3,000人を対象に実施したアンケート（回答率41.2％）の結果は次のとおりです。")
        + _table(
            (("年代", "オンライン申請を利用したい", "窓口で手続したい", "わからない"),
             ("18～29歳", "82.4％", "9.1％", "8.5％"), ("30～49歳", "76.0％", "13.2％", "10.8％"),
             ("50～69歳", "58.3％", "29.7％", "12.0％"), ("70歳以上", "24.6％", "61.5％", "13.9％"))
        )
        + "<h3>３　前プランの成果と課題</h3>"
        + _ps(
            "・電子申請の導入（令和３年度開始、210手続に拡大）",
            "・県立学校への１人１台端末の整備（令和４年度完了）",
            "・市町村との共同調達は一部にとどまり、小規模団体の人材不足が課題となっています。",
        )
    )  # fmt: skip
    goals = []
    current = ""
    for m in CHIGUSA_MEASURES:
        goal = m.code[0]
        if goal != current:
            current = goal
            goals.append(f"<h3>{CHIGUSA_GOALS[goal]}</h3>")
        goals.append(_chigusa_measure(m))
    system = _table(
        [("基本目標", "施策")] + [(CHIGUSA_GOALS[m.code[0]].split("　")[1], f"{m.code}　{m.title}") for m in CHIGUSA_MEASURES]
    )
    ch3 = (
        "<h2 class=break>第３章　施策の展開</h2><h3>施策の体系</h3>" + system
        + _ps("　各施策には、その進捗を測る成果指標を設定します。【主な取組】の（市町村連携）は市町村と連携して行う取組、"
              "（県）は県が単独で行う取組を示します。")
        + "".join(goals)
    )  # fmt: skip
    ch4 = (
        "<h2 class=break>第４章　市町村との連携</h2>"
        + _ps("　千草県・市町村ＤＸ推進協議会を通じて、県と市町村の役割分担のもと、次の分野で連携します。")
        + _table(
            (("分野", "県の役割", "市町村の役割"),
             ("行政手続のオンライン化", "システムの共同利用環境を提供", "対象手続の拡大"),
             ("システム標準化", "移行の進捗管理・助言", "標準準拠システムへの移行"),
             ("デジタル人材", "専門人材の派遣・研修", "推進体制の整備"),
             ("デジタルデバイド対策", "支援員の養成", "身近な場所での教室開催"))
        )
    )  # fmt: skip
    ch5 = (
        "<h2 class=break>第５章　計画の推進体制</h2>"
        + _table(
            (("組織", "構成", "役割"),
             ("千草県ＤＸ推進本部", "本部長：知事　副本部長：副知事　本部員：各部局長", "計画の決定・進捗管理"),
             ("千草県・市町村ＤＸ推進協議会", "県デジタル政策課、25市町村の情報主管課", "共同化・連携施策の協議"),
             ("千草県ＤＸ推進懇話会", "学識経験者、事業者、県民代表", "専門的見地からの助言"))
        )
        + _ps("　毎年度、成果指標の実績を把握し、推進本部で評価を行い、その結果を県ホームページで公表します。")
    )  # fmt: skip
    terms = (
        "<h2 class=break>用語集</h2>"
        + _table(
            (("用語", "説明"),
             ("ＡＩ－ＯＣＲ", "手書きや印字された文字をＡＩにより読み取り、データ化する技術"),
             ("ＲＰＡ", "パソコンで行う定型作業をソフトウェアのロボットにより自動化する技術"),
             ("オープンデータ", "誰もが二次利用できるルールで公開された、機械判読に適したデータ"),
             ("セキュリティクラウド", "都道府県と市町村のインターネット接続口を集約し、監視を行う仕組み"),
             ("標準準拠システム", "国が定める標準仕様に適合した基幹業務システム"))
        )
        + _ps("【お問い合わせ】千草県総務部デジタル政策課　電話 000-000-0000")
    )  # fmt: skip
    css = (
        '@page { @top-center { content: "千草県デジタル推進計画"; font-size: 8pt; } }'
        ".c { text-align: center; font-size: 13pt; } h4 { font-size: 11pt; border-left: 4pt solid #2a6; padding-left: 4pt; "
        "margin: 14pt 0 4pt; } table.kpi th { background: #e8f4e8; } ul { margin: 2pt 0 2pt 14pt; padding: 0; }"
        + _TOC_CSS
    )
    return _page(cover + toc + ch1 + ch2 + ch3 + ch4 + ch5 + terms, size="A4", css=css)


CHIGUSA = [
    item(m.code.replace("－", "-").translate(str.maketrans("１２３４", "1234")), m.title, list(m.offices), m.indicators)
    for m in CHIGUSA_MEASURES
]


# --- 早蕨町: two columns of boxed cards, Roman chapters, 「施策Ⅱ-3」 ---------------------------------------------------


@dataclass(frozen=True)
class Card:
    """One 早蕨町 施策 card: its number as printed, title, 担当課 as written, what it does, its indicators as printed
    (name, the 現状 → 目標 line), its period as printed and what each states."""

    number: str  # 「Ⅱ-3」
    title: str
    written: str
    text: str
    shown: tuple[tuple[str, str], ...]
    period: str
    offices: tuple[str, ...]
    indicators: tuple[dict[str, Any], ...]
    schedule: range | tuple[int, ...]


SAWARABI_POLICIES = {
    "Ⅰ": "基本方針Ⅰ　便利で身近な町民サービス",
    "Ⅱ": "基本方針Ⅱ　効率的でしなやかな行政運営",
    "Ⅲ": "基本方針Ⅲ　誰もがつながる地域づくり",
}

SAWARABI_CARDS = (
    Card("Ⅰ-1", "電子申請の拡充", "総務課", "転入や子育て、福祉の手続から順にオンライン化し、役場に来なくても手続ができるようにします。",
         (("電子申請できる手続数", "現状 18手続（R5）→ 目標 80手続（R10）"),), "R7～R10",
         ("総務課",), (kpi((2023, 18), (2028, 80)),), years(2025, 2028)),
    Card("Ⅰ-2", "書かない窓口の導入", "住民課", "窓口で職員が聞き取りをして申請書を作成し、町民が記入しなくてよい窓口にします。",
         (("記入が不要な手続数", "現状 0手続（R6）→ 目標 25手続（R10）"),), "R8～R10",
         ("住民課",), (kpi((2024, 0), (2028, 25)),), years(2026, 2028)),
    Card("Ⅰ-3", "キャッシュレス決済の導入", "会計室、住民課", "役場窓口の証明書手数料等の支払いにキャッシュレス決済を導入します。",
         (("キャッシュレス対応窓口数", "現状 1か所（R5）→ 目標 6か所（R10）"),), "R7～R8",
         ("会計室", "住民課"), (kpi((2023, 1), (2028, 6)),), years(2025, 2026)),
    Card("Ⅰ-4", "公共施設予約のオンライン化", "生涯学習課", "体育館や公民館などの予約を、スマートフォンからできるようにします。",
         (("オンライン予約できる施設数", "現状 0施設（R5）→ 目標 12施設（R10）"),), "R7～R9",
         ("生涯学習課",), (kpi((2023, 0), (2028, 12)),), years(2025, 2027)),
    Card("Ⅱ-1", "基幹業務システムの標準化", "総務課", "住民記録や税などの基幹業務システムを、国の標準仕様に沿ったシステムへ移行します。",
         (("－", ""),), "R7",
         ("総務課",), (), (2025,)),
    Card("Ⅱ-2", "ＡＩ・ＲＰＡの活用", "総務課", "定型的な入力作業にＲＰＡを、議事録の作成等にＡＩを活用し、事務の時間を削減します。",
         (("ＲＰＡを導入した業務数", "現状 2業務（R5）→ 目標 12業務（R10）"),), "R7～R10",
         ("総務課",), (kpi((2023, 2), (2028, 12)),), years(2025, 2028)),
    Card("Ⅱ-3", "ペーパーレス化の推進", "総務課、議会事務局", "庁議や議会の資料をタブレットで配付し、紙の使用量を減らします。",
         (("会議資料のペーパーレス率", "現状 35％（R5）→ 目標 90％（R10）"),
          ("コピー用紙の購入枚数（年間）", "現状 420,000枚（R5）→ 目標 200,000枚（R10）")), "R7～R10",
         ("総務課", "議会事務局"), (kpi((2023, 35), (2028, 90)), kpi((2023, 420000), (2028, 200000))), years(2025, 2028)),
    Card("Ⅱ-4", "職員のデジタル人材育成", "総務課", "全職員向けの研修と、各課のＤＸ推進員の育成を行います。",
         (("ＤＸ研修の受講職員数（累計）", "現状 24人（R5）→ 目標 150人（R10）"),), "R7～R10",
         ("総務課",), (kpi((2023, 24), (2028, 150)),), years(2025, 2028)),
    Card("Ⅲ-1", "スマホ教室の開催", "健康福祉課、生涯学習課", "高齢者向けに、スマートフォンの基本操作や行政サービスの使い方の教室を開きます。",
         (("スマホ教室の参加者数（年間）", "現状 64人（R5）→ 目標 200人（R10）"),), "R7～R10",
         ("健康福祉課", "生涯学習課"), (kpi((2023, 64), (2028, 200)),), years(2025, 2028)),
    Card("Ⅲ-2", "防災情報伝達のデジタル化", "防災安全課", "防災アプリの登録を進め、防災行政無線と合わせて確実に情報を届けます。",
         (("防災アプリの登録者数", "現状 1,120人（R5）→ 目標 4,000人（R10）"),), "R7～R10",
         ("防災安全課",), (kpi((2023, 1120), (2028, 4000)),), years(2025, 2028)),
    Card("Ⅲ-3", "観光・移住情報の発信強化", "産業振興課", "ＳＮＳやオンライン相談を活用し、町の魅力を町外へ発信します。",
         (("オンライン移住相談の件数（年間）", "現状 15件（R5）→ 目標 60件（R10）"),), "R8～R10",
         ("産業振興課",), (kpi((2023, 15), (2028, 60)),), years(2026, 2028)),
)  # fmt: skip


def _sawarabi_card(c: Card) -> str:
    shown = "<br>".join(_esc(name) + (f"<br>{_esc(line)}" if line else "") for name, line in c.shown)
    return (
        f'<div class="card"><div class="head"><span class="no">施策{c.number}</span><br>{_esc(c.title)}</div>'
        f'<table class="in"><tr><td class="l">担当課</td><td>{_esc(c.written)}</td></tr>'
        f'<tr><td class="l">内容</td><td>{_esc(c.text)}</td></tr>'
        f'<tr><td class="l">指標</td><td>{shown}</td></tr>'
        f'<tr><td class="l">期間</td><td>{_esc(c.period)}</td></tr></table></div>'
    )


def _sawarabi() -> str:
    title = "第２次早蕨町ＤＸ推進計画"
    cover = (
        f'<div class="cover"><h1>{title}</h1><p class=c>令和７年度 ― 令和10年度</p>'
        "<p class=c>～ 人と人、人と町をデジタルでつなぐ ～</p><p class=c style='margin-top:90mm'>令和７年３月　早蕨町</p></div>"
    )
    toc = '<h2 class="break">目　次</h2>' + _contents(
        (("Ⅰ　計画の概要", 1), ("Ⅱ　町の現状と課題", 2), ("Ⅲ　施策の展開", 4), ("Ⅳ　計画の推進", 8), ("Ⅴ　資料", 9))
    )
    ch1 = (
        '<h2 class="break">Ⅰ　計画の概要</h2><div class="cols"><h3>１　計画策定の趣旨</h3>'
        + _ps(
            "　早蕨町では、平成31年に「早蕨町ＤＸ推進計画」を策定し、行政手続のオンライン化等に取り組んできました。"
            "人口減少と高齢化が進む中、限られた職員で町民サービスを維持・向上させるため、第２次計画を策定します。",
            "　本計画は、早蕨町第６次総合計画（令和３年度～令和12年度）の分野別計画として位置づけます。",
        )
        + "<h3>２　計画期間</h3>"
        + _ps("　令和７年度から令和10年度までの４年間とします。")
        + "<h3>３　前計画の主な取組</h3>"
        + _ps("・町ホームページのリニューアル（令和元年度）", "・ＬＩＮＥ公式アカウントの開設（令和３年度）",
              "・小中学校の１人１台端末の整備（令和２年度）", "・電子申請サービスの導入（令和４年度）")
        + "</div>"
    )  # fmt: skip
    ch2 = (
        '<h2 class="break">Ⅱ　町の現状と課題</h2><div class="cols"><h3>１　人口の推移</h3>'
        + _table((("区分", "平成27年", "令和２年", "令和６年"), ("総人口", "12,480", "11,653", "10,921"),
                  ("65歳以上", "4,012", "4,265", "4,390"), ("高齢化率", "32.1％", "36.6％", "40.2％")))
        + "<h3>２　町民アンケート</h3>"
        + _ps("　令和６年６月、18歳以上の町民1,000人に調査しました（回答412人）。")
        + _table((("問", "はい", "いいえ"), ("スマートフォンを持っている", "81.3％", "18.7％"),
                  ("オンラインで手続をしたい", "54.6％", "45.4％"), ("使い方を教えてほしい", "38.2％", "61.8％")))
        + "<h3>３　課題</h3>"
        + _ps("課題１　手続のために役場へ来庁する負担が大きい", "課題２　職員数が減る中で事務量が増えている",
              "課題３　デジタル機器に不慣れな町民への支援が必要", "課題４　町外への情報発信が弱い")
        + "</div>"
    )  # fmt: skip
    cards = []
    current = ""
    for c in SAWARABI_CARDS:
        roman = c.number.split("-")[0]
        if roman != current:
            current = roman
            cards.append(f'<h3 class="policy">{SAWARABI_POLICIES[roman]}</h3>')
        cards.append(_sawarabi_card(c))
    system = _table(
        [("基本方針", "施策")]
        + [(SAWARABI_POLICIES[c.number.split("-")[0]].split("　")[1], f"{c.number}　{c.title}") for c in SAWARABI_CARDS]
    )
    ch3 = (
        '<h2 class="break">Ⅲ　施策の展開</h2><div class="cols"><h3>１　施策の体系</h3>' + system
        + "<h3>２　施策の内容</h3>"
        + _ps("　各施策の担当課、内容、指標及び実施期間を示します。指標の「現状」は括弧内の年度の実績です。")
        + "".join(cards) + "</div>"
    )  # fmt: skip
    ch4 = (
        '<h2 class="break">Ⅳ　計画の推進</h2><div class="cols"><h3>１　推進体制</h3>'
        + _ps("　町長を本部長とする早蕨町ＤＸ推進本部を設置し、総務課が事務局を担います。各課にＤＸ推進員を置きます。")
        + _table((("役職", "構成員"), ("本部長", "町長"), ("副本部長", "副町長、教育長"), ("本部員", "各課長"),
                  ("事務局", "総務課")))
        + "<h3>２　進捗管理</h3>"
        + _ps("　毎年度、指標の実績を取りまとめ、推進本部で評価し、町ホームページで公表します。",
              "Ａ　計画どおり進んでいる", "Ｂ　おおむね計画どおり", "Ｃ　遅れている")
        + "</div>"
    )  # fmt: skip
    ch5 = (
        '<h2 class="break">Ⅴ　資料</h2><div class="cols"><h3>１　策定の経過</h3>'
        + _ps("令和６年６月　町民アンケートの実施", "令和６年10月　ＤＸ推進本部会議（素案）",
              "令和６年12月　パブリックコメント（意見２件）", "令和７年３月　計画の決定")
        + "<h3>２　用語解説</h3>"
        + _ps("ＤＸ：デジタル技術によって業務やサービスを変革すること", "ＲＰＡ：パソコンの定型作業を自動化するソフトウェア",
              "ペーパーレス：紙の文書を電子化し、紙の使用を減らすこと", "キャッシュレス決済：現金を使わない支払い方法",
              "標準化：国が定めた標準仕様に沿ったシステムへ移行すること")
        + "</div>"
    )  # fmt: skip
    css = (
        '@page { @top-right { content: "第２次早蕨町ＤＸ推進計画"; font-size: 8pt; } '
        '@bottom-center { content: counter(page); font-size: 9pt; } }'
        ".c { text-align: center; font-size: 13pt; } .cols { column-count: 2; column-gap: 9mm; column-rule: 0.4pt solid #bbb; }"
        " .card { break-inside: avoid; border: 1pt solid #3b6; border-radius: 4pt; margin: 0 0 8pt; padding: 0; }"
        " .card .head { background: #dff0df; padding: 3pt 5pt; font-weight: bold; } .card .no { font-size: 8.5pt; }"
        " table.in { margin: 0; } table.in td { border: none; border-top: 0.4pt solid #9c9; } td.l { width: 3.2em; color: #363; }"
        " h3.policy { background: #3b6; color: #fff; padding: 2pt 4pt; font-size: 10.5pt; }"
        + _TOC_CSS
    )
    return _page(cover + toc + ch1 + ch2 + ch3 + ch4 + ch5, size="A4", numbers=False, css=css, font="9pt")


def _roman_code(number: str) -> str:
    """「Ⅱ-3」 as the earlier batches write a Roman-numbered code: 2-3."""
    roman, rest = number.split("-")
    return f"{'ⅠⅡⅢⅣⅤ'.index(roman) + 1}-{rest}"


SAWARABI = [
    item(_roman_code(c.number), c.title, list(c.offices), c.indicators, c.schedule) for c in SAWARABI_CARDS
]


# --- 楓原市: the 担当課 a row over its 取組, yearly targets in the row, a 工程表 of coloured bars ------------------------


@dataclass(frozen=True)
class Row:
    """One 楓原市 取組: its No., title, indicator as printed (name, 基準値, 2025 … 2028), its bars (year → 1 準備, 2 実施)."""

    no: str
    title: str
    indicator: tuple[str, str, str, str, str, str] | None
    bars: dict[int, int]


KAEDEHARA_GROUPS: tuple[tuple[str, str, tuple[Row, ...]], ...] = (
    ("【総務部　情報政策課】", "情報政策課", (
        Row("1", "電子申請システムの拡充", ("電子申請対応手続数（手続）", "120", "180", "240", "300", "360"),
            {2025: 2, 2026: 2, 2027: 2, 2028: 2}),
        Row("2", "基幹業務システムの標準化", None, {2025: 1, 2026: 2}),
        Row("3", "情報セキュリティ研修の実施", ("研修受講率（％）", "78.5", "85", "90", "95", "100"),
            {2025: 2, 2026: 2, 2027: 2, 2028: 2}),
    )),
    ("【総務部　行政経営課】", "行政経営課", (
        Row("4", "ＲＰＡ・ＡＩ－ＯＣＲの導入拡大", ("削減時間（時間／年）", "1,250", "2,000", "3,000", "4,000", "5,000"),
            {2025: 2, 2026: 2, 2027: 2, 2028: 2}),
        Row("5", "ペーパーレス会議の推進", ("タブレット会議の割合（％）", "42", "55", "70", "85", "100"),
            {2025: 2, 2026: 2, 2027: 2}),
    )),
    ("【市民部　市民課】", "市民課", (
        Row("6", "書かない窓口の導入", ("対象手続数（手続）", "0", "－", "10", "20", "40"), {2026: 1, 2027: 2, 2028: 2}),
        Row("7", "コンビニ交付の利用促進", ("コンビニ交付率（％）", "18.2", "22", "26", "30", "35"),
            {2025: 2, 2026: 2, 2027: 2, 2028: 2}),
    )),
    ("【会計室】", "会計室", (
        Row("8", "窓口キャッシュレス決済の拡大", ("対応窓口数（か所）", "3", "8", "15", "20", "25"), {2025: 1, 2026: 2}),
    )),
    ("【こども未来部　こども政策課】", "こども政策課", (
        Row("9", "子育て関連手続のオンライン化", ("オンライン申請率（％）", "12", "25", "40", "55", "70"),
            {2025: 2, 2026: 2, 2027: 2, 2028: 2}),
        Row("10", "保育所入所申請のオンライン化", ("オンライン申請件数（件）", "－", "－", "300", "600", "900"),
            {2025: 1, 2026: 2, 2027: 2, 2028: 2}),
    )),
    ("【教育委員会　学校教育課】", "学校教育課", (
        Row("11", "ＧＩＧＡスクール端末の更新", ("端末の更新率（％）", "0", "30", "100", "100", "100"), {2025: 1, 2026: 2}),
    )),
    ("【健康福祉部　高齢福祉課】", "高齢福祉課", (
        Row("12", "デジタル活用支援（スマホ教室）", ("参加者数（人）", "320", "500", "700", "900", "1,100"),
            {2025: 2, 2026: 2, 2027: 2, 2028: 2}),
    )),
)  # fmt: skip

_KAEDEHARA_YEARS = (2025, 2026, 2027, 2028)


def _kaedehara_indicator(row: Row) -> tuple[dict[str, Any], ...]:
    """A row's indicator: the 2023 基準値, each year's target, the 2028 one the final target too (「－」 none)."""
    if row.indicator is None:
        return ()
    values = [None if v == "－" else float(v.replace(",", "")) for v in row.indicator[1:]]
    base, targets = values[0], values[1:]
    yearly = tuple((fy, v) for fy, v in zip(_KAEDEHARA_YEARS, targets, strict=True) if v is not None)
    return (kpi((2023, base) if base is not None else None, yearly[-1], yearly),)


def _kaedehara_list() -> str:
    head = ("No.", "取組名", "成果指標", "基準値<br>（2023年度）", *(f"{fy}年度" for fy in _KAEDEHARA_YEARS))
    out = ["<table class=list><thead><tr>" + "".join(f"<th>{h}</th>" for h in head) + "</tr></thead><tbody>"]
    for header, _, rows in KAEDEHARA_GROUPS:
        out.append(f'<tr><td colspan="8" class="ka">{_esc(header)}</td></tr>')
        for row in rows:
            cells = row.indicator or ("－", "－", "－", "－", "－", "－")
            out.append(
                f"<tr><td class=n>{row.no}</td><td>{_esc(row.title)}</td>"
                + "".join(f"<td{' class=r' if i else ''}>{_esc(v)}</td>" for i, v in enumerate(cells))
                + "</tr>"
            )
    out.append("</tbody></table>")
    return "".join(out)


def _kaedehara_bars() -> str:
    head = "".join(f"<th>{fy}年度</th>" for fy in _KAEDEHARA_YEARS)
    out = [f"<table class=bars><thead><tr><th>No.</th><th>取組名</th>{head}</tr></thead><tbody>"]
    for _, _, rows in KAEDEHARA_GROUPS:
        for row in rows:
            cells = "".join(
                f'<td class="y"><div class="bar b{row.bars[fy]}"></div></td>' if fy in row.bars else '<td class="y"></td>'
                for fy in _KAEDEHARA_YEARS
            )
            out.append(f"<tr><td class=n>{row.no}</td><td>{_esc(row.title)}</td>{cells}</tr>")
    out.append("</tbody></table>")
    return "".join(out)


def _kaedehara() -> str:
    cover = (
        "<h1>楓原市情報化推進計画</h1><p class=c>2025年度 ～ 2028年度</p>"
        "<p class=c style='margin-top:100mm'>2025年3月</p><p class=c>楓原市</p>"
    )
    toc = "<h2 class=break>目次</h2>" + _contents(
        (("第１章　計画の基本的な考え方", 1), ("第２章　現状と課題", 2), ("第３章　計画の体系", 4),
         ("第４章　取組一覧", 5), ("第５章　工程表", 7), ("第６章　推進体制", 8), ("用語の解説", 9))
    )  # fmt: skip
    ch1 = (
        "<h2 class=break>第１章　計画の基本的な考え方</h2><h3>１　策定の目的</h3>"
        + _ps("　楓原市では、2021年３月に「楓原市情報化推進計画（2021年度～2024年度）」を策定しました。その計画期間が"
              "終了することから、社会情勢の変化を踏まえ、新たな計画を策定します。")
        + "<h3>２　計画期間</h3>" + _ps("　2025年度から2028年度までの４年間とします。")
        + "<h3>３　国の動向</h3>"
        + _table((("年月", "国の動き"), ("2020年12月", "自治体ＤＸ推進計画の策定"),
                  ("2021年９月", "デジタル庁の発足"), ("2023年６月", "デジタル社会の実現に向けた重点計画の改定")))
    )  # fmt: skip
    ch2 = (
        "<h2 class=break>第２章　現状と課題</h2><h3>１　人口の推移</h3>"
        + _table((("区分", "2015年", "2020年", "2024年"), ("人口（人）", "86,310", "84,102", "82,015"),
                  ("世帯数（世帯）", "35,420", "36,015", "36,388")))
        + "<h3>２　前計画の振り返り</h3>"
        + _ps("　前計画の主な取組の達成状況は次のとおりです。")
        + _table((("取組名", "担当課", "達成状況"), ("電子申請システムの導入", "情報政策課", "達成"),
                  ("庁内無線ＬＡＮの整備", "情報政策課", "達成"), ("窓口発券システムの更新", "市民課", "一部達成"),
                  ("ＳＮＳによる情報発信", "広報課", "達成")))
        + "<h3>３　市民アンケート</h3>"
        + _table((("項目", "2020年度", "2024年度"), ("行政のデジタル化に満足している", "28.4％", "41.7％"),
                  ("オンラインで手続をしたことがある", "19.2％", "46.3％")))
        + "<h3>４　課題</h3>"
        + _ps("（１）オンラインでできる手続がまだ少ない", "（２）定型的な事務に多くの時間を要している",
              "（３）デジタルに不慣れな市民への支援が必要")
    )  # fmt: skip
    ch3 = (
        "<h2 class=break>第３章　計画の体系</h2>"
        + _table((("基本方針", "内容"), ("１　市民サービスの向上", "手続のオンライン化、窓口改革"),
                  ("２　行政運営の効率化", "業務の自動化、システムの標準化"),
                  ("３　地域社会のデジタル化", "子育て・教育・福祉分野のデジタル化")))
    )  # fmt: skip
    ch4 = (
        "<h2 class=break>第４章　取組一覧</h2>"
        + _ps("　取組を担当課ごとに示します。成果指標は各年度の目標値です（基準値は2023年度実績）。")
        + _kaedehara_list()
        + _ps("※「－」は指標を設定しない、又は目標値を設定しない年度を示す。")
    )
    legend = (
        '<p class="legend">凡例　<span class="sq b1"></span> 検討・準備　　<span class="sq b2"></span> 実施・運用</p>'
    )
    ch5 = "<h2 class=break>第５章　工程表</h2>" + legend + _kaedehara_bars()
    ch6 = (
        "<h2 class=break>第６章　推進体制</h2>"
        + _table((("組織", "役割"), ("楓原市情報化推進本部（本部長：市長）", "計画の推進・評価"),
                  ("情報化推進委員会（各課の課長補佐）", "取組の調整"), ("情報政策課", "事務局")))
        + _ps("　毎年度、取組の進捗と成果指標の実績を把握し、推進本部で評価します。")
        + "<h2>用語の解説</h2>"
        + _table((("用語", "解説"), ("ＲＰＡ", "定型的なパソコン作業を自動化する仕組み"),
                  ("ＡＩ－ＯＣＲ", "ＡＩを用いて手書き文字等を読み取る技術"),
                  ("ＧＩＧＡスクール", "児童生徒１人１台端末と通信環境を整備する国の施策"),
                  ("コンビニ交付", "マイナンバーカードでコンビニエンスストアから証明書を取得できるサービス")))
    )  # fmt: skip
    css = (
        '@page { @top-right { content: "楓原市情報化推進計画"; font-size: 8pt; } '
        '@bottom-center { content: counter(page) " / " counter(pages); font-size: 9pt; } }'
        ".c { text-align: center; font-size: 13pt; } td.ka { background: #fdebd3; font-weight: bold; } td.n { text-align: center; }"
        " td.r { text-align: right; } table.bars td.y { width: 14%; padding: 5pt 0; } .bar { height: 9pt; }"
        " .b1 { background: #bdd7ee; } .b2 { background: #2f75b5; } .sq { display: inline-block; width: 14pt; height: 9pt; }"
        + _TOC_CSS
    )
    return _page(cover + toc + ch1 + ch2 + ch3 + ch4 + ch5 + ch6, size="A4", numbers=False, css=css)


KAEDEHARA = [
    item(row.no, row.title, [office], _kaedehara_indicator(row), tuple(sorted(row.bars)))
    for _, office, rows in KAEDEHARA_GROUPS
    for row in rows
]


# --- 穂高台市: a 進捗管理シート a page, years and 評価 in check boxes ---------------------------------------------------


@dataclass(frozen=True)
class Sheet:
    """One 穂高台市 取組's sheet: code, title, 担当課 as written, the years checked (R5 … R8), what it does, the year's
    work, its indicators (name, 基準値（R4）, R5実績, R6実績, 目標値（R8） as printed), its 評価 and 今後の方向性."""

    code: str
    title: str
    written: str
    checked: tuple[int, ...]
    text: str
    done: str
    rows: tuple[tuple[str, str, str, str, str], ...]
    grade: str
    next: str


HOTAKADAI_SHEETS = (
    Sheet("1-1", "電子申請の拡充", "デジタル推進課", (2023, 2024, 2025, 2026),
          "申請件数の多い手続から順に電子申請を導入する。", "子育て・介護分野の43手続を新たに電子化した。",
          (("電子申請対応手続数", "40手続", "75手続", "118手続", "200手続"),), "順調", "引き続き対象手続を拡大する。"),
    Sheet("1-2", "窓口予約システムの導入", "市民課", (2024, 2025),
          "市民課窓口の来庁予約をオンラインで受け付ける。", "令和６年10月に運用を開始した。",
          (("窓口予約件数（年間）", "0件", "－", "1,240件", "3,000件"),), "順調", "対象窓口を福祉窓口へ広げる。"),
    Sheet("1-3", "公金収納のキャッシュレス化", "会計課、納税課", (2023, 2024, 2025, 2026),
          "市税や使用料の納付にスマートフォン決済等を導入する。", "軽自動車税に加え、市県民税を対象とした。",
          (("キャッシュレス収納率", "8.4％", "12.6％", "15.0％", "30.0％"),), "遅れ", "周知を強化し、利用を促す。"),
    Sheet("1-4", "オンライン相談の実施", "福祉総務課", (2024, 2025, 2026),
          "福祉の相談をオンライン会議システムで受け付ける。", "試行として障害福祉の相談で実施した。",
          (("オンライン相談件数（年間）", "0件", "－", "36件", "200件"),), "遅れ", "対象分野を広げ、本格実施する。"),
    Sheet("2-1", "ＡＩ議事録作成の導入", "総務課", (2023, 2024),
          "会議録の作成にＡＩ音声認識を導入する。", "全庁で利用できるよう、ライセンスを追加した。",
          (("議事録作成時間の削減率", "0％", "35％", "52％", "60％"),), "順調", "取組を完了し、運用に移る。"),
    Sheet("2-2", "ＲＰＡの活用拡大", "行政改革課", (2023, 2024, 2025, 2026),
          "定型的な入力作業にＲＰＡを導入する。", "課税・福祉の５業務に新たに導入した。",
          (("ＲＰＡ導入業務数", "5業務", "9業務", "14業務", "30業務"),
           ("ＲＰＡによる削減時間（年間）", "620時間", "1,480時間", "2,350時間", "6,000時間")), "順調", "職員が自ら作成できるよう研修を行う。"),
    Sheet("2-3", "基幹業務システムの標準化", "デジタル推進課", (2023, 2024, 2025),
          "20業務の基幹業務システムを標準準拠システムへ移行する。", "住民記録等の移行テストを行った。",
          (("－", "－", "－", "－", "－"),), "順調", "令和７年度中に移行を完了する。"),
    Sheet("2-4", "職員のＩＣＴ研修", "人事課", (2023, 2024, 2025, 2026),
          "職員のデジタルスキルを高める研修を行う。", "データ活用研修を新設した。",
          (("研修受講者数（累計）", "30人", "88人", "161人", "400人"),), "順調", "管理職向けの研修を加える。"),
    Sheet("3-1", "デジタル活用支援", "高齢者支援課、生涯学習課", (2023, 2024, 2025, 2026),
          "高齢者向けのスマートフォン教室を地区公民館で開催する。", "12地区で計28回開催した。",
          (("スマホ教室の参加者数（年間）", "180人", "265人", "410人", "1,000人"),), "順調", "開催地区を増やす。"),
    Sheet("3-2", "オープンデータの公開", "企画課", (2023, 2024, 2025, 2026),
          "市が保有するデータをオープンデータとして公開する。", "人口・施設のデータを更新した。",
          (("公開データセット数", "22件", "30件", "34件", "100件"),), "遅れ", "各課に公開を働きかける。"),
    Sheet("3-3", "地域ポイントのデジタル化", "商工観光課", (2025, 2026),
          "地域のポイント制度をスマートフォンアプリで運用する。", "（令和７年度から実施）",
          (("アプリ登録者数", "－", "－", "－", "5,000人"),), "－", "事業者との調整を進める。"),
)  # fmt: skip


def _boxes(options: Sequence[str], checked: Sequence[str]) -> str:
    return "　".join(("☑" if o in checked else "☐") + o for o in options)


def _hotakadai_sheet(s: Sheet) -> str:
    years_row = _boxes(("R5", "R6", "R7", "R8"), tuple(f"R{fy - 2018}" for fy in s.checked))
    grade = _boxes(("順調", "遅れ"), (s.grade,)) + ("　（未着手）" if s.grade == "－" else "")
    kpi_table = _table((("指標名", "基準値（R4）", "R5実績", "R6実績", "目標値（R8）"), *s.rows), cls="kpi")
    return (
        f'<div class="sheet"><p class="st">取組別進捗管理シート</p><table class="sh">'
        f'<tr><td class="l">取組番号</td><td>{s.code}</td><td class="l">担当課</td><td>{_esc(s.written)}</td></tr>'
        f'<tr><td class="l">取組名</td><td colspan="3">{_esc(s.title)}</td></tr>'
        f'<tr><td class="l">実施年度</td><td colspan="3">{years_row}</td></tr>'
        f'<tr><td class="l">取組内容</td><td colspan="3">{_esc(s.text)}</td></tr>'
        f'<tr><td class="l">令和６年度の<br>実施状況</td><td colspan="3">{_esc(s.done)}</td></tr></table>'
        f"<p>【成果指標】</p>{kpi_table}"
        f'<table class="sh"><tr><td class="l">評価</td><td>{grade}</td></tr>'
        f'<tr><td class="l">今後の方向性</td><td>{_esc(s.next)}</td></tr></table></div>'
    )


def _hotakadai() -> str:
    cover = (
        "<h1>穂高台市ＤＸ推進計画<br>令和６年度 進捗管理シート</h1><p class=c>（計画期間：令和５年度～令和８年度）</p>"
        "<p class=c style='margin-top:90mm'>令和７年７月</p><p class=c>穂高台市 総務部 デジタル推進課</p>"
    )
    count = {g: sum(s.grade == g for s in HOTAKADAI_SHEETS) for g in ("順調", "遅れ", "－")}
    front = (
        "<h2 class=break>１　はじめに</h2>"
        + _ps("　本書は、穂高台市ＤＸ推進計画（令和５年度～令和８年度）に掲げた11の取組について、令和６年度の進捗状況を"
              "取りまとめたものです。")
        + "<h2>２　評価の方法</h2>"
        + _table((("評価", "基準"), ("順調", "計画どおり進んでおり、目標の達成が見込まれる"),
                  ("遅れ", "計画より遅れており、取組の見直しが必要"), ("－", "未着手のため評価しない")))
        + "<h2>３　評価結果の概要</h2>"
        + _table((("評価", "件数"), *((g, f"{n}件") for g, n in count.items()), ("計", f"{len(HOTAKADAI_SHEETS)}件")))
        + _table([("番号", "取組名", "担当課", "評価")] + [(s.code, s.title, s.written, s.grade) for s in HOTAKADAI_SHEETS])
    )  # fmt: skip
    sheets = "<h2 class=break>４　取組別進捗管理シート</h2>" + "".join(
        f'<div class="{"break" if i else ""}">{_hotakadai_sheet(s)}</div>' for i, s in enumerate(HOTAKADAI_SHEETS)
    )
    back = (
        "<h2 class=break>５　ＤＸ推進委員会の意見</h2>"
        + _table((("No.", "意見", "市の対応"),
                  ("1", "窓口予約は好評であり、他の窓口にも広げてほしい。", "令和７年度に福祉窓口へ拡大します。"),
                  ("2", "キャッシュレス収納の周知が不足している。", "納税通知書に案内を同封します。"),
                  ("3", "オープンデータの更新頻度を上げるべき。", "各課の公開計画を作成します。")))
        + "<h2>６　用語の解説</h2>"
        + _ps("ＲＰＡ：パソコンの定型作業を自動化するソフトウェア", "オープンデータ：二次利用が可能な形で公開されたデータ",
              "標準準拠システム：国の標準仕様に適合した基幹業務システム")
    )  # fmt: skip
    css = (
        '@page { @top-right { content: "令和６年度 進捗管理シート"; font-size: 8pt; } }'
        ".c { text-align: center; font-size: 13pt; } .st { font-weight: bold; font-size: 12pt; border-bottom: 1.5pt solid #000; }"
        " table.sh td.l { background: #eef; width: 7em; }"
    )
    return _page(cover + front + sheets + back, size="A4", css=css)


def _hotakadai_indicator(row: tuple[str, str, str, str, str]) -> dict[str, Any] | None:
    """A sheet's 成果指標 row: the 2022 基準値, the actuals of 2023 and 2024, the 2026 final target alone (「－」 none)."""
    values = [None if v == "－" else float(v.replace(",", "").rstrip("手続件％業務時間人")) for v in row[1:]]
    base, r5, r6, target = values
    if target is None:
        return None
    actuals = tuple((fy, v) for fy, v in ((2023, r5), (2024, r6)) if v is not None)
    return kpi((2022, base) if base is not None else None, (2026, target), (), actuals)


HOTAKADAI = [
    item(
        s.code,
        s.title,
        s.written.split("、"),
        tuple(i for i in (_hotakadai_indicator(r) for r in s.rows) if i is not None),
        s.checked,
    )
    for s in HOTAKADAI_SHEETS
]


#: name → (municipality, the initiatives it states)
PLANS: dict[str, tuple[str, list[dict[str, Any]]]] = {
    CHIGUSA_PDF: ("千草県", CHIGUSA),
    SAWARABI_PDF: ("早蕨町", SAWARABI),
    KAEDEHARA_PDF: ("楓原市", KAEDEHARA),
    HOTAKADAI_PDF: ("穂高台市", HOTAKADAI),
}

#: The plan period each document states (fiscal years).
PERIODS: dict[str, tuple[int, int]] = {
    CHIGUSA_PDF: (2025, 2029),
    SAWARABI_PDF: (2025, 2028),
    KAEDEHARA_PDF: (2025, 2028),
    HOTAKADAI_PDF: (2023, 2026),
}

#: What builds the HTML Chromium prints of each plan.
CHROMIUM: dict[str, Callable[[], str]] = {
    CHIGUSA_PDF: _chigusa,
    SAWARABI_PDF: _sawarabi,
    KAEDEHARA_PDF: _kaedehara,
    HOTAKADAI_PDF: _hotakadai,
}
PDFS = tuple(PLANS)

_documents = batch_documents(PLANS, chromium=CHROMIUM)
pdf, expected = _documents[2], _documents[3]
