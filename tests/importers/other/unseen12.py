"""A twelfth batch of plans no reader was written against: six PDFs in shapes the earlier batches have not.

Written from what municipalities publish, before any reader was looked at (the readers' code was not read), each
printed from HTML by Chromium:

- 朱鷺野市's DX推進計画 (``tokino_taikei.pdf``, A4 portrait): a cover, 第３章 「施策体系」 as one ruled table
  「基本目標 | 施策 | 取組番号 | 取組名 | 担当課」 (基本目標 and 施策 merged down their rows, two 課 on two lines), two
  取組 marked 「（再掲）」 under 基本目標３ with numbers of their own, a chapter of prose on how the plan is run, and
  pages later 「資料　成果指標一覧」: 「取組番号 | 成果指標 | 単位 | 基準値（R5） | 中間目標（R9） | 目標値（R11）」
  joined to the 取組 by 取組番号 alone (one 取組 of two indicator rows, the 再掲 ones without rows);
- 藤波町's アクションプラン (``fujinami_cards.pdf``, A4 portrait, 10.5pt): a card a 取組, each a ruled table whose
  header row 「取組１－１　…」 Chromium repeats at the top of the next page where a card breaks (long 現状と課題 and
  取組内容 cells), rows 担当課, 工程 (R7 … R10 over 「検討」「導入」「運用」 or 「－」), 成果指標 (指標名 | 現状値（R6） |
  目標値（R10）, one card with two indicators) and 事業費（千円） by year;
- 潮見台市's 情報化推進計画 (``shiomidai_2up.pdf``): four A4 portrait pages printed two to a sheet on A3
  landscape, each page with its own running header and 「- n -」 under it; the plan's 取組一覧 table (8pt) runs from
  the right half of sheet 1 over both halves of sheet 2, its header repeated on each page, 基本方針 rows across it,
  「●」 in the year columns R7 … R9 where the 取組 is carried out;
- 鶴見野町's DX推進実施計画 (``tsurumino_bunya.pdf``, A4 landscape, 9pt): the 分野 merged down the left of its
  rows and written vertically (writing-mode: vertical-rl), each 取組 two rows — row 1 「取組」 with its title and the
  step of each year R7 … R10, row 2 「指標」 with the indicator's name and unit, its 現状値（R5） and the target of
  each year in the same year columns (one 取組 with two 指標 rows; No. and 担当課 merged down);
- 紅葉坂市's DX推進ロードマップ (``momijizaka_roadmap.pdf``, A3 landscape, 11pt): years in 西暦 「2025年度」 …
  「2029年度」, each step a cell merged over its years 「構築 ━━━━▶」 or a cell a year 「検討→」「→」, labels
  「検討」「構築」「運用」, a year left blank between steps, 基本方針 rows, and a 成果指標 column in 和暦
  「R6：4,200件 → R11：15,000件」;
- 菖蒲沢町's 進捗管理表 (``ayamesawa_shinchoku.pdf``, A4 landscape, unruled but for rules under the header and the
  table): 「基準値（R4） | 目標値（R8） | 実績値（R5） | 実績値（R6） | 評価※1 | 備考」, figures 「約1,200件」「95％以上」,
  a figure marked 「61.5％※2」, 評価 ◎○△× and 「－」, the footnotes ※1 (the legend) ※2 ※3 under the table.

``PLANS[name]`` is the plan each document states (same form as ``unseen.PLANS``), written from the documents alone,
by the earlier batches' conventions: a target column headed with its year in a table of a row an initiative (or of
an indicator: 朱鷺野市, 潮見台市, 菖蒲沢町) is that year's target, the last one the final target too (朱鷺野市's
中間目標（R9） 2027's target, 目標値（R11） 2029's and the final one); a 目標値 with its year in a card (藤波町) or in an
item's 「R6：… → R11：…」 (紅葉坂市) the final target alone; yearly targets each year's, the last the final one
(鶴見野町); 実績 columns each year's actual; 「約1,200件」 is 1,200 and 「95％以上」 95, 「61.5％※2」 61.5. A schedule is
the years a step is stated for (「－」 or a blank cell none), an arrow's every year, the years marked 「●」. A 再掲
取組 has its own number and only what its own row states (its 担当課), ``repost_of`` the one it repeats.
``pdf(name)`` prints the document (cached).
"""

from __future__ import annotations

from typing import Any

from . import docparts
from .batch_documents import batch_documents
from .docparts import _esc, _page
from .unseen import item, kpi, years


def _figure(text: str) -> float | None:
    """The number a cell states, as written (「約1,200件」 1200, 「95％以上」 95, 「61.5％※2」 61.5, 「－」 none)."""
    return docparts._figure(text.split("※")[0])


def _number(text: str) -> float:
    return docparts._number(text, _figure)


def _wide(n: int) -> str:
    return "０１２３４５６７８９"[n] if n < 10 else str(n)


# --- 朱鷺野市: 施策体系 table, and pages later an appendix of KPI joined by 取組番号 -----------------------------

#: (基本目標, [(施策, [(取組番号, 取組名, 担当課 lines, 再掲 of, indicators (name, unit, R5, R9, R11))])]).
_TOKINO: list[tuple[str, list[tuple[str, list[tuple[str, str, str, str | None, list[tuple[str, ...]]]]]]]] = [
    (
        "便利で身近な行政サービス",
        [
            (
                "手続のオンライン化",
                [
                    (
                        "1-1-1",
                        "電子申請の拡充",
                        "デジタル推進課",
                        None,
                        [("オンライン申請できる手続の数", "手続", "95", "200", "320")],
                    ),
                    (
                        "1-1-2",
                        "公金収納のキャッシュレス化",
                        "会計課\n収納課",
                        None,
                        [("市税等のキャッシュレス納付の割合", "％", "14.8", "30.0", "45.0")],
                    ),
                ],
            ),
            (
                "窓口の改革",
                [
                    (
                        "1-2-1",
                        "書かない窓口の導入",
                        "市民課",
                        None,
                        [
                            ("申請書の記入が不要な手続の数", "手続", "0", "40", "80"),
                            ("窓口の平均待ち時間", "分", "28", "18", "12"),
                        ],
                    ),
                    (
                        "1-2-2",
                        "マイナンバーカードの利活用",
                        "市民課\nデジタル推進課",
                        None,
                        [("証明書のコンビニ交付の利用率", "％", "18.2", "35.0", "50.0")],
                    ),
                ],
            ),
        ],
    ),
    (
        "効率的で質の高い行政運営",
        [
            (
                "業務の見直し",
                [
                    (
                        "2-1-1",
                        "RPA・AI-OCRの導入拡大",
                        "行政改革課",
                        None,
                        [("RPA・AI-OCRによる年間削減時間", "時間", "2,300", "5,000", "8,000")],
                    ),
                    (
                        "2-1-2",
                        "生成AIの業務活用",
                        "デジタル推進課",
                        None,
                        [("生成AIを業務で利用する職員の割合", "％", "5.0", "40.0", "70.0")],
                    ),
                    (
                        "2-1-3",
                        "電子決裁の推進",
                        "総務課",
                        None,
                        [("電子決裁率", "％", "42.5", "80.0", "95.0")],
                    ),
                ],
            ),
            (
                "情報基盤の整備",
                [
                    (
                        "2-2-1",
                        "基幹業務システムの標準化",
                        "デジタル推進課",
                        None,
                        [("標準準拠システムへ移行した業務の数", "業務", "0", "20", "20")],
                    ),
                    (
                        "2-2-2",
                        "情報セキュリティ対策の強化",
                        "デジタル推進課\n総務課",
                        None,
                        [("標的型攻撃メール訓練の開封率", "％", "12.0", "6.0", "3.0")],
                    ),
                ],
            ),
        ],
    ),
    (
        "誰もがデジタルの恩恵を受けられる地域",
        [
            (
                "デジタルデバイド対策",
                [
                    (
                        "3-1-1",
                        "スマートフォン相談会の開催",
                        "高齢介護課\n生涯学習課",
                        None,
                        [("相談会の参加者数（累計）", "人", "210", "900", "1,500")],
                    ),
                    ("3-1-2", "マイナンバーカードの利活用", "市民課\nデジタル推進課", "1-2-2", []),
                ],
            ),
            (
                "地域の活性化",
                [
                    (
                        "3-2-1",
                        "オープンデータの推進",
                        "企画政策課",
                        None,
                        [("公開しているデータセットの数", "件", "48", "120", "200")],
                    ),
                    ("3-2-2", "公金収納のキャッシュレス化", "会計課\n収納課", "1-1-2", []),
                    (
                        "3-2-3",
                        "観光情報のデジタル発信",
                        "商工観光課",
                        None,
                        [("観光情報サイトの年間閲覧数", "万件", "32", "45", "60")],
                    ),
                ],
            ),
        ],
    ),
]


def tokino_html() -> str:
    body = [
        "<h1>朱鷺野市DX推進計画</h1>",
        "<p style='text-align:center;font-size:12pt'>令和７年度～令和11年度</p>",
        "<p style='text-align:center;margin-top:80mm;font-size:12pt'>令和７年３月<br>朱鷺野市</p>",
        "<h2 class='break'>第１章　計画の概要</h2>",
        "<h3>１　計画の位置付け</h3>",
        "<p>　本計画は、第６次朱鷺野市総合計画の分野別計画として、本市のデジタル・トランスフォーメーション（DX）を"
        "推進するための取組を定めるものです。官民データ活用推進基本法第９条第３項に定める市町村官民データ活用推進計画"
        "を兼ねます。</p>",
        "<h3>２　計画期間</h3>",
        "<p>　令和７年度から令和11年度までの５年間とします。令和９年度に中間見直しを行います。</p>",
        "<h2>第２章　本市の現状</h2>",
        "<p>　本市の人口は令和６年10月１日現在で約68,000人であり、65歳以上の割合は31.4％となっています。"
        "市民アンケート（令和６年度）では、行政手続のオンライン化を望む回答が62.0％に上りました。</p>",
        "<h2 class='break'>第３章　施策体系</h2>",
        "<p>　３つの基本目標の下に施策と取組を位置付けます。（再掲）は、他の基本目標にも関わる取組を再び掲げたものです。"
        "各取組の成果指標は、資料「成果指標一覧」に掲げます。</p>",
    ]
    rows = [
        "<table><thead><tr><th style='width:20%'>基本目標</th><th style='width:17%'>施策</th>"
        "<th style='width:10%'>取組番号</th><th>取組名</th><th style='width:18%'>担当課</th></tr></thead><tbody>"
    ]
    for g, (goal, measures) in enumerate(_TOKINO, start=1):
        goal_span = sum(len(actions) for _, actions in measures)
        first_of_goal = True
        for m, (measure, actions) in enumerate(measures, start=1):
            for a, (code, title, departments, repost, _) in enumerate(actions):
                cells = ""
                if first_of_goal:
                    cells += f"<td rowspan={goal_span}>基本目標{_wide(g)}<br>{_esc(goal)}</td>"
                    first_of_goal = False
                if a == 0:
                    cells += f"<td rowspan={len(actions)}>（{_wide(m)}）{_esc(measure)}</td>"
                shown = title + ("（再掲）" if repost else "")
                cells += f"<td style='text-align:center'>{code}</td><td>{_esc(shown)}</td><td>{_esc(departments)}</td>"
                rows.append(f"<tr>{cells}</tr>")
    body.append("".join(rows) + "</tbody></table>")
    body += [
        "<h2 class='break'>第４章　計画の推進</h2>",
        "<h3>１　推進体制</h3>",
        "<p>　市長を本部長とする朱鷺野市DX推進本部の下、デジタル推進課が各課と連携して取組を進めます。各取組の担当課は、"
        "毎年度、取組の状況と成果指標の実績を報告します。</p>",
        "<h3>２　進捗管理</h3>",
        "<p>　成果指標の実績は毎年度取りまとめ、外部有識者による朱鷺野市DX推進懇話会に報告した上で、市ホームページで"
        "公表します。中間目標（令和９年度）の達成状況を踏まえ、令和９年度に計画の中間見直しを行います。</p>",
        "<h3>３　人材の確保と育成</h3>",
        "<p>　外部のデジタル人材を活用するとともに、全職員を対象とした研修を毎年度実施します。</p>",
        "<h2 class='break'>資料　成果指標一覧</h2>",
        "<p>　第３章の取組ごとの成果指標です。取組番号は施策体系の番号です。再掲の取組の指標は、再掲元の取組に掲げています。</p>",
    ]
    rows = [
        "<table><thead><tr><th style='width:10%'>取組番号</th><th>成果指標</th><th style='width:7%'>単位</th>"
        "<th style='width:12%'>基準値<br>（R5）</th><th style='width:12%'>中間目標<br>（R9）</th>"
        "<th style='width:12%'>目標値<br>（R11）</th></tr></thead><tbody>"
    ]
    right = "style='text-align:right'"
    for _, measures in _TOKINO:
        for _, actions in measures:
            for code, _, _, _, indicators in actions:
                for n, (name, unit, base, middle, target) in enumerate(indicators):
                    number = (
                        f"<td rowspan={len(indicators)} style='text-align:center'>{code}</td>"
                        if n == 0
                        else ""
                    )
                    rows.append(
                        f"<tr>{number}<td>{_esc(name)}</td><td style='text-align:center'>{unit}</td>"
                        f"<td {right}>{base}</td><td {right}>{middle}</td><td {right}>{target}</td></tr>"
                    )
    body.append("".join(rows) + "</tbody></table>")
    return _page("".join(body), size="A4", header="朱鷺野市DX推進計画")


def _tokino() -> list[dict[str, Any]]:
    items = []
    for _, measures in _TOKINO:
        for _, actions in measures:
            for code, title, departments, repost, indicators in actions:
                found = tuple(
                    kpi((2023, _number(b)), (2029, _number(t)), ((2027, _number(m)), (2029, _number(t))))
                    for _, _, b, m, t in indicators
                )
                items.append(item(code, title, departments.split("\n"), found, repost_of=repost))
    return items


#: 基準値（R5） 2023, 中間目標（R9） 2027's target, 目標値（R11） 2029's target and the final one, joined by 取組番号; the
#: 再掲 取組 3-1-2 and 3-2-2 their own 担当課 and no indicator; no schedule.
TOKINO = _tokino()


# --- 藤波町: cards broken across pages, the card's header row repeated -----------------------------------------

_FUJI_FY = (7, 8, 9, 10)

#: (取組番号, 取組名, 担当課, 現状と課題, 取組内容, steps R7–R10 (「－」 none), indicators (name, R6, R10), 事業費 R7–R10).
_FUJINAMI: list[
    tuple[str, str, str, str, str, tuple[str, ...], list[tuple[str, str, str]], tuple[str, ...]]
] = [
    (
        "1-1",
        "行政手続のオンライン化",
        "総務課、住民課",
        "町の行政手続のうちオンラインで申請できるものは令和６年度末で28手続にとどまり、子育てや介護の手続の多くは"
        "来庁が必要である。平日の日中に来庁することが難しい町民からは、夜間や休日にも手続できるようにしてほしいとの"
        "声が寄せられている。また、申請書の様式が課ごとに異なり、添付書類の確認にも時間を要している。"
        "国のマイナポータルの「ぴったりサービス」に対応した手続も一部にとどまっている。",
        "申請件数の多い手続から順にオンライン化を進め、令和10年度までに主な手続の全てをオンラインで申請できるようにする。"
        "マイナポータルとの連携により、本人確認と電子署名をオンラインで完結させ、添付書類の省略を進める。"
        "あわせて、様式の統一と申請書の記載事項の見直しを行い、オンライン化に合わせて事務の流れを見直す。"
        "町ホームページに手続の案内を集約し、スマートフォンから手続を探しやすくする。",
        ("検討", "導入", "運用", "運用"),
        [("オンライン申請できる手続の数", "28手続", "120手続")],
        ("1,200", "4,800", "900", "900"),
    ),
    (
        "1-2",
        "書かない窓口の導入",
        "住民課",
        "転入や出生の手続では、町民が複数の申請書に同じ内容を繰り返し記入しており、窓口での手続に平均35分を要している。"
        "繁忙期には待ち時間が１時間を超えることもある。",
        "職員が聞き取った内容とマイナンバーカードの情報から申請書を作成するシステムを導入し、町民が申請書を書かずに"
        "手続を終えられるようにする。関係する課の手続を一つの窓口でまとめて受け付けるワンストップ窓口も併せて整備する。",
        ("検討", "導入", "運用", "運用"),
        [("窓口での平均手続時間", "35分", "15分"), ("記入不要で受け付ける手続の数", "0手続", "25手続")],
        ("300", "6,200", "1,100", "1,100"),
    ),
    (
        "1-3",
        "キャッシュレス決済の拡大",
        "会計課",
        "町税や各種手数料の納付は現金が中心で、キャッシュレス決済に対応しているのは役場本庁の窓口のみである。",
        "支所や公共施設の窓口にキャッシュレス決済端末を設置し、町税のスマートフォン決済を導入する。",
        ("導入", "運用", "運用", "運用"),
        [("キャッシュレスで納付された割合", "9.6％", "35.0％")],
        ("2,500", "600", "600", "600"),
    ),
    (
        "2-1",
        "AI・RPAによる業務の効率化",
        "企画財政課",
        "職員数が減少する中で、定型的な入力や集計の作業に多くの時間が割かれている。令和６年度に試行したRPAでは、"
        "３業務で年間420時間の作業を削減できた。一方で、RPAのシナリオを作成・保守できる職員が限られており、"
        "担当職員の異動によって運用が止まるおそれがある。AI-OCRについては、手書きの申請書の読み取り精度に課題がある。",
        "RPAの対象業務を毎年度拡大し、各課でシナリオを作成できる職員を育成する。AI-OCRは読み取り精度の高い帳票から"
        "順次導入し、紙の申請書の入力作業を減らす。生成AIについては、文書の要約や案の作成での活用を試行し、"
        "利用の指針を定めた上で全庁に展開する。取組の効果は削減時間で測り、毎年度の進捗管理で確認する。"
        "導入に当たっては、近隣町との共同利用による費用の抑制を検討する。",
        ("導入", "運用", "運用", "運用"),
        [("RPA等による年間削減時間", "420時間", "3,000時間")],
        ("3,300", "3,300", "3,300", "3,300"),
    ),
    (
        "2-2",
        "ペーパーレス化の推進",
        "総務課",
        "会議資料や決裁文書の多くが紙で作成・保存されており、年間のコピー用紙の使用量は約180万枚に上る。",
        "庁内会議をタブレット端末で行い、文書管理システムによる電子決裁を全課に広げる。",
        ("運用", "運用", "運用", "運用"),
        [("コピー用紙の年間使用量", "180万枚", "90万枚")],
        ("400", "400", "400", "400"),
    ),
    (
        "2-3",
        "情報システムの標準化",
        "総務課",
        "基幹業務システムは令和７年度末までに標準準拠システムへ移行する必要がある。",
        "国が定める標準仕様に準拠したシステムへ移行し、ガバメントクラウドを利用する。移行後は運用経費の削減に努める。",
        ("導入", "運用", "運用", "運用"),
        [("標準準拠システムに移行した業務の数", "0業務", "20業務")],
        ("48,000", "12,000", "12,000", "12,000"),
    ),
    (
        "3-1",
        "デジタル活用支援",
        "福祉課、生涯学習課",
        "町民のうち65歳以上の割合は38％を超え、スマートフォンを持っていても操作に不安がある人が多い。町が令和６年度に"
        "行ったアンケートでは、70歳以上の回答者の46％が「オンラインの手続は難しい」と答えている。"
        "携帯電話事業者の講座は町外の会場で開かれることが多く、参加しにくいとの声もある。",
        "公民館や集会所でスマートフォン教室と個別相談会を開き、マイナンバーカードの利用やオンライン手続の方法を支援する。"
        "地域の若者や元気な高齢者を「デジタルサポーター」として養成し、身近な場所で相談に乗れる体制をつくる。"
        "教室の内容は、参加者のアンケートを踏まえて毎年度見直す。",
        ("運用", "運用", "運用", "運用"),
        [("スマートフォン教室の参加者数（累計）", "150人", "800人")],
        ("800", "800", "800", "800"),
    ),
    (
        "3-2",
        "防災情報の発信強化",
        "防災安全課",
        "防災行政無線が聞き取りにくい地域があり、避難情報が届きにくい。",
        "防災アプリを導入し、避難情報や避難所の開設状況をプッシュ通知で配信する。",
        ("－", "検討", "導入", "運用"),
        [("防災アプリの登録者数", "0人", "4,000人")],
        ("－", "200", "5,600", "700"),
    ),
    (
        "3-3",
        "観光情報のデジタル発信",
        "産業観光課",
        "観光パンフレットが中心で、若い世代や外国人旅行者への情報発信が十分でない。",
        "観光情報サイトを多言語化し、SNSで季節の情報を発信する。",
        ("検討", "導入", "運用", "－"),
        [("観光情報サイトの年間閲覧数", "12万件", "30万件")],
        ("－", "2,000", "500", "－"),
    ),
]

_FUJI_HEADINGS = {
    "1-1": "基本方針１　町民の暮らしを便利にする",
    "2-1": "基本方針２　役場の仕事を変える",
    "3-1": "基本方針３　地域のデジタル化を進める",
}


def fujinami_html() -> str:
    body = [
        "<h2 style='text-align:center'>藤波町DX推進アクションプラン</h2>",
        "<p style='text-align:center'>（計画期間：令和７年度～令和10年度）</p>",
        "<p>　藤波町DX推進計画に掲げた基本方針ごとに、取組の内容、工程、成果指標及び事業費を取組シートにまとめました。"
        "事業費は現時点の見込額であり、各年度の予算編成で精査します。</p>",
    ]
    for code, title, departments, issue, content, steps, indicators, budget in _FUJINAMI:
        if code in _FUJI_HEADINGS:
            body.append(f"<h3>{_FUJI_HEADINGS[code]}</h3>")
        number = code.replace("-", "－").translate(str.maketrans("0123456789", "０１２３４５６７８９"))
        label = "style='width:16%;background:#f2f2f2'"
        rows = [
            "<table class=card><thead><tr><th colspan=5 style='text-align:left;font-size:11.5pt;background:#c6dcb4'>"
            f"取組{number}　{_esc(title)}</th></tr></thead><tbody>",
            f"<tr><td {label}>担当課</td><td colspan=4>{_esc(departments)}</td></tr>",
            f"<tr><td {label}>現状と課題</td><td colspan=4>{_esc(issue)}</td></tr>",
            f"<tr><td {label}>取組内容</td><td colspan=4>{_esc(content)}</td></tr>",
            f"<tr><td rowspan=2 {label}>工程</td>"
            + "".join(f"<td style='text-align:center;width:21%'>R{fy}</td>" for fy in _FUJI_FY)
            + "</tr>",
            "<tr>" + "".join(f"<td style='text-align:center'>{s}</td>" for s in steps) + "</tr>",
            f"<tr><td rowspan={len(indicators) + 1} {label}>成果指標</td><td colspan=2>指標名</td>"
            "<td style='text-align:center'>現状値（R6）</td><td style='text-align:center'>目標値（R10）</td></tr>",
        ]
        for name, base, target in indicators:
            rows.append(
                f"<tr><td colspan=2>{_esc(name)}</td><td style='text-align:right'>{base}</td>"
                f"<td style='text-align:right'>{target}</td></tr>"
            )
        rows.append(
            f"<tr><td rowspan=2 {label}>事業費<br>（千円）</td>"
            + "".join(f"<td style='text-align:center'>R{fy}</td>" for fy in _FUJI_FY)
            + "</tr>"
        )
        rows.append("<tr>" + "".join(f"<td style='text-align:right'>{b}</td>" for b in budget) + "</tr>")
        body.append("".join(rows) + "</tbody></table>")
    return _page(
        "".join(body),
        size="A4",
        header="藤波町DX推進アクションプラン",
        font="10.5pt",
        css="table.card { margin-bottom: 14pt; } tr { break-inside: auto; }",
    )


def _fujinami() -> list[dict[str, Any]]:
    items = []
    for code, title, departments, _, _, steps, indicators, _ in _FUJINAMI:
        found = tuple(kpi((2024, _number(b)), (2028, _number(t))) for _, b, t in indicators)
        done = tuple(2018 + fy for fy, s in zip(_FUJI_FY, steps, strict=True) if s != "－")
        items.append(item(code, title, departments.split("、"), found, done))
    return items


#: 現状値（R6） 2024, 目標値（R10） the 2028 final target alone (a card); the 工程's years with a step; 事業費 not scored.
FUJINAMI = _fujinami()


# --- 潮見台市: four A4 pages printed 2-up on A3 landscape ---------------------------------------------------------

#: 基本方針 rows, and (番号, 取組名, 概要, 担当課, 成果指標, 現状値（R6）, 目標値（R9）, years marked ● (R7–R9)).
_SHIOMIDAI: list[tuple[Any, ...]] = [
    ("基本方針１　市民サービスの向上",),
    (
        1,
        "電子申請の拡大",
        "子育て・介護の手続から順にオンライン化する",
        "情報政策課",
        "電子申請できる手続数",
        "64手続",
        "180手続",
        (7, 8, 9),
    ),
    (
        2,
        "コンビニ交付の推進",
        "住民票・印鑑証明書等のコンビニ交付を周知する",
        "市民課",
        "コンビニ交付の利用率",
        "21.5％",
        "40.0％",
        (7, 8, 9),
    ),
    (
        3,
        "窓口予約システムの導入",
        "窓口の来庁予約をオンラインで受け付ける",
        "市民課\n情報政策課",
        "予約による来庁者の割合",
        "0％",
        "20％",
        (8, 9),
    ),
    (
        4,
        "公共施設予約のオンライン化",
        "体育館・公民館の予約と使用料の支払をオンライン化",
        "生涯学習課",
        "オンライン予約の割合",
        "18％",
        "60％",
        (7, 8, 9),
    ),
    (
        5,
        "キャッシュレス決済の導入",
        "本庁・支所の窓口に決済端末を設置する",
        "会計課",
        "窓口のキャッシュレス決済件数",
        "1,200件",
        "9,000件",
        (7, 8),
    ),
    ("基本方針２　行政事務の効率化",),
    (
        6,
        "RPAの活用拡大",
        "定型的な入力作業をRPAで自動化する",
        "行政管理課",
        "RPAによる年間削減時間",
        "900時間",
        "3,600時間",
        (7, 8, 9),
    ),
    (
        7,
        "AI議事録作成の導入",
        "会議録の作成にAI音声認識を用いる",
        "総務課",
        "AIで作成した会議録の数",
        "40件",
        "300件",
        (7, 8, 9),
    ),
    (
        8,
        "電子契約の導入",
        "工事・委託契約を電子契約で締結する",
        "契約検査課",
        "電子契約の件数",
        "0件",
        "250件",
        (8, 9),
    ),
    (
        9,
        "Web会議の推進",
        "庁内外の会議をWeb会議で行う",
        "情報政策課",
        "Web会議の年間開催数",
        "520回",
        "1,500回",
        (7, 8, 9),
    ),
    (
        10,
        "職員のデジタル研修",
        "全職員にDX研修を実施する",
        "人事課",
        "研修の受講者数（累計）",
        "110人",
        "900人",
        (7, 8, 9),
    ),
    ("基本方針３　地域社会のデジタル化",),
    (
        11,
        "スマホ教室の開催",
        "高齢者向けに公民館で教室を開く",
        "長寿福祉課",
        "教室の参加者数（累計）",
        "180人",
        "1,000人",
        (7, 8, 9),
    ),
    (
        12,
        "オープンデータの公開",
        "保有データを機械判読可能な形で公開する",
        "情報政策課",
        "公開データセット数",
        "36件",
        "100件",
        (7, 8, 9),
    ),
    (
        13,
        "防災情報のデジタル配信",
        "防災アプリで避難情報を配信する",
        "危機管理課",
        "防災アプリの登録者数",
        "2,800人",
        "10,000人",
        (8, 9),
    ),
    (
        14,
        "GIGAスクール端末の更新",
        "児童生徒の学習用端末を更新する",
        "教育総務課",
        "端末の持ち帰り学習の実施率",
        "35％",
        "80％",
        (7, 8),
    ),
    (
        15,
        "地域店舗のキャッシュレス支援",
        "市内店舗の決済端末導入を補助する",
        "商工振興課",
        "補助により導入した店舗数",
        "0店舗",
        "150店舗",
        (7, 8),
    ),
]

_SHIO_HEAD = (
    "<thead><tr><th rowspan=2 style='width:5%'>番号</th><th rowspan=2 style='width:15%'>取組名</th>"
    "<th rowspan=2 style='width:22%'>取組概要</th><th rowspan=2 style='width:11%'>担当課</th>"
    "<th colspan=3>成果指標</th><th colspan=3>実施年度</th></tr><tr><th style='width:15%'>指標</th>"
    "<th style='width:8%'>現状値<br>（R6）</th><th style='width:8%'>目標値<br>（R9）</th>"
    "<th style='width:5%'>R7</th><th style='width:5%'>R8</th><th style='width:5%'>R9</th></tr></thead>"
)


def _shiomidai_rows(entries: list[tuple[Any, ...]]) -> str:
    rows = []
    for entry in entries:
        if len(entry) == 1:
            rows.append(f"<tr><td colspan=10 style='background:#eeeeee'>{_esc(entry[0])}</td></tr>")
            continue
        number, title, summary, department, name, base, target, marked = entry
        right = "style='text-align:right'"
        rows.append(
            f"<tr><td style='text-align:center'>{number}</td><td>{_esc(title)}</td><td>{_esc(summary)}</td>"
            f"<td>{_esc(department)}</td><td>{_esc(name)}</td><td {right}>{base}</td><td {right}>{target}</td>"
            + "".join(f"<td style='text-align:center'>{'●' if fy in marked else ''}</td>" for fy in (7, 8, 9))
            + "</tr>"
        )
    return f"<table>{_SHIO_HEAD}<tbody>{''.join(rows)}</tbody></table>"


def shiomidai_html() -> str:
    header = "<div class=rh>潮見台市情報化推進計画</div>"
    pages = [
        "<h2 style='text-align:center;margin-top:8mm'>潮見台市情報化推進計画</h2>"
        "<p style='text-align:center'>令和７年度～令和９年度</p>"
        "<h3>１　計画の趣旨</h3><p>　本計画は、潮見台市の情報化の方向性と具体的な取組を定めるものです。国の自治体DX推進計画を"
        "踏まえ、市民サービスの向上と行政事務の効率化を一体的に進めます。</p>"
        "<h3>２　計画期間</h3><p>　令和７年度から令和９年度までの３年間とします。</p>"
        "<h3>３　基本方針</h3><p>　基本方針１　市民サービスの向上</p><p>　基本方針２　行政事務の効率化</p>"
        "<p>　基本方針３　地域社会のデジタル化</p>"
        "<h3>４　進捗管理</h3><p>　情報政策課が毎年度、各取組の進捗と成果指標の実績を取りまとめ、潮見台市情報化推進委員会に"
        "報告します。</p>",
        "<h3>５　取組一覧</h3><p>　●：実施する年度</p>" + _shiomidai_rows(_SHIOMIDAI[:7]),
        _shiomidai_rows(_SHIOMIDAI[7:13]),
        _shiomidai_rows(_SHIOMIDAI[13:])
        + "<p>※ 現状値は令和６年度末の見込値です。</p><p>※ 実施年度は予算の状況等により変更することがあります。</p>",
    ]
    sheets = []
    for s in range(0, len(pages), 2):
        halves = "".join(
            f"<div class=half>{header}<div class=content>{pages[p]}</div><div class=foot>- {p + 1} -</div></div>"
            for p in (s, s + 1)
        )
        sheets.append(f"<div class=sheet>{halves}</div>")
    css = (
        "body { margin: 0; } .sheet { display: flex; width: 404mm; height: 279mm; overflow: hidden; }"
        ".sheet + .sheet { break-before: page; }"
        ".half { position: relative; width: 202mm; height: 279mm; padding: 12mm 12mm 14mm; box-sizing: border-box; }"
        ".rh { text-align: right; font-size: 7pt; } .foot { position: absolute; bottom: 6mm; left: 0; right: 0;"
        " text-align: center; font-size: 8pt; } td, th { padding: 1.5pt 2pt; } td { height: 13mm; }"
    )
    return _page("".join(sheets), size="A3 landscape", numbers=False, css=css, font="8pt", margin="8mm")


def _shiomidai() -> list[dict[str, Any]]:
    items = []
    for entry in _SHIOMIDAI:
        if len(entry) == 1:
            continue
        number, title, _, department, _, base, target, marked = entry
        t = _number(target)
        found = (kpi((2024, _number(base)), (2027, t), ((2027, t),)),)
        items.append(
            item(str(number), title, department.split("\n"), found, tuple(2018 + fy for fy in marked))
        )
    return items


#: 現状値（R6） 2024, 目標値（R9） 2027's target and the final one (a row an initiative); the years marked ●.
SHIOMIDAI = _shiomidai()


# --- 鶴見野町: vertical merged 分野, 取組 row then 指標 row --------------------------------------------------------

_TSURU_FY = (7, 8, 9, 10)

#: 分野, [(No., 取組名, 担当課, steps R7–R10, [(指標 with unit, 現状値（R5）, targets R7–R10 (「－」 none))])].
_TSURUMINO: list[
    tuple[str, list[tuple[int, str, str, tuple[str, ...], list[tuple[str, str, tuple[str, ...]]]]]]
] = [
    (
        "くらしの利便性",
        [
            (
                1,
                "オンライン手続の拡充",
                "住民課",
                ("拡充", "拡充", "拡充", "拡充"),
                [("オンライン手続の数（手続）", "22", ("40", "60", "80", "100"))],
            ),
            (
                2,
                "証明書のコンビニ交付",
                "住民課",
                ("検討", "導入", "運用", "運用"),
                [("コンビニ交付の件数（件）", "0", ("－", "800", "1,500", "2,000"))],
            ),
            (
                3,
                "窓口のキャッシュレス化",
                "会計課\n税務課",
                ("導入", "運用", "運用", "運用"),
                [("キャッシュレス納付の割合（％）", "8.5", ("15.0", "20.0", "25.0", "30.0"))],
            ),
            (
                4,
                "子育てアプリの導入",
                "子育て支援課",
                ("検討", "検討", "導入", "運用"),
                [("子育てアプリの登録者数（人）", "0", ("－", "－", "300", "600"))],
            ),
        ],
    ),
    (
        "行政の効率化",
        [
            (
                5,
                "RPAの活用",
                "総務課",
                ("運用", "運用", "運用", "運用"),
                [
                    ("RPAによる削減時間（時間）", "650", ("900", "1,200", "1,500", "1,800")),
                    ("RPAを導入した業務の数（業務）", "6", ("9", "12", "15", "18")),
                ],
            ),
            (
                6,
                "文書の電子化",
                "総務課",
                ("導入", "運用", "運用", "運用"),
                [("電子決裁の割合（％）", "25.0", ("50.0", "70.0", "85.0", "95.0"))],
            ),
            (
                7,
                "テレワーク環境の整備",
                "総務課\n企画課",
                ("検討", "導入", "運用", "運用"),
                [("テレワークを実施した職員の数（人）", "5", ("10", "40", "60", "80"))],
            ),
            (
                8,
                "職員のデジタル人材育成",
                "企画課",
                ("実施", "実施", "実施", "実施"),
                [("DX研修の受講者数（累計・人）", "30", ("80", "130", "180", "230"))],
            ),
        ],
    ),
    (
        "地域のデジタル化",
        [
            (
                9,
                "高齢者のスマホ教室",
                "保健福祉課",
                ("実施", "実施", "実施", "実施"),
                [("スマホ教室の参加者数（人）", "90", ("120", "150", "180", "200"))],
            ),
            (
                10,
                "農業のスマート化支援",
                "農林振興課",
                ("検討", "実証", "導入", "－"),
                [("スマート農業機器の導入件数（件）", "3", ("－", "8", "15", "20"))],
            ),
            (
                11,
                "観光Wi-Fiの整備",
                "商工観光課",
                ("整備", "整備", "運用", "運用"),
                [("観光Wi-Fiの年間利用者数（人）", "4,200", ("6,000", "8,000", "10,000", "12,000"))],
            ),
            (
                12,
                "防災情報のデジタル化",
                "防災対策課",
                ("－", "検討", "導入", "運用"),
                [("防災メールの登録者数（人）", "1,800", ("－", "2,400", "3,000", "3,600"))],
            ),
        ],
    ),
]


def tsurumino_html() -> str:
    head = (
        "<thead><tr><th rowspan=2 style='width:4%'>分野</th><th rowspan=2 style='width:4%'>No.</th>"
        "<th rowspan=2 style='width:5%'>区分</th><th rowspan=2 style='width:27%'>取組・指標</th>"
        "<th rowspan=2 style='width:11%'>担当課</th><th rowspan=2 style='width:9%'>現状値<br>（R5）</th>"
        "<th colspan=4>年度別計画・目標値</th></tr><tr>"
        + "".join(f"<th style='width:9%'>R{fy}</th>" for fy in _TSURU_FY)
        + "</tr></thead>"
    )
    rows = []
    for area, entries in _TSURUMINO:
        span = sum(1 + len(e[4]) for e in entries)
        first_of_area = True
        for number, title, department, steps, indicators in entries:
            rowspan = 1 + len(indicators)
            cells = ""
            if first_of_area:
                cells += f"<td rowspan={span} class=v>{_esc(area)}</td>"
                first_of_area = False
            cells += (
                f"<td rowspan={rowspan} style='text-align:center'>{number}</td><td class=k>取組</td>"
                f"<td>{_esc(title)}</td><td rowspan={rowspan}>{_esc(department)}</td><td></td>"
                + "".join(f"<td style='text-align:center'>{s}</td>" for s in steps)
            )
            rows.append(f"<tr>{cells}</tr>")
            for name, base, targets in indicators:
                rows.append(
                    f"<tr><td class=k>指標</td><td>{_esc(name)}</td><td class=n>{base}</td>"
                    + "".join(f"<td class=n>{t}</td>" for t in targets)
                    + "</tr>"
                )
    body = (
        "<h2 style='text-align:center;margin:0'>鶴見野町DX推進実施計画（令和７年度～令和10年度）</h2>"
        "<p style='text-align:right'>令和７年４月　鶴見野町企画課</p>"
        "<p>　各取組の上段に年度別の計画を、下段に成果指標の現状値と各年度の目標値を示します。</p>"
        f"<table>{head}<tbody>{''.join(rows)}</tbody></table>"
    )
    css = (
        "td.v { writing-mode: vertical-rl; text-align: center; vertical-align: middle; letter-spacing: 2pt; }"
        "td.k { text-align: center; background: #f4f4f4; } td.n { text-align: right; } td { height: 7mm; }"
    )
    return _page(body, size="A4 landscape", header="鶴見野町DX推進実施計画", font="9pt", css=css)


def _tsurumino() -> list[dict[str, Any]]:
    items = []
    for _, entries in _TSURUMINO:
        for number, title, department, steps, indicators in entries:
            found = []
            for _, base, targets in indicators:
                yearly = tuple(
                    (2018 + fy, _number(t)) for fy, t in zip(_TSURU_FY, targets, strict=True) if t != "－"
                )
                found.append(kpi((2023, _number(base)), yearly[-1], yearly))
            done = tuple(2018 + fy for fy, s in zip(_TSURU_FY, steps, strict=True) if s != "－")
            items.append(item(str(number), title, department.split("\n"), tuple(found), done))
    return items


#: 現状値（R5） 2023; each year's target (「－」 none), the last the final one; the years with a step in row 1.
TSURUMINO = _tsurumino()


# --- 紅葉坂市: 工程表 in 西暦 with arrows ---------------------------------------------------------------------

_MOMI_FY = (2025, 2026, 2027, 2028, 2029)

#: 基本方針 rows, and (No., 取組, 担当課, steps (first, last, label, merged), 成果指標 (name, R6, R11) or None).
_MOMIJIZAKA: list[tuple[Any, ...]] = [
    ("基本方針Ⅰ　市民の手続をかんたんに",),
    (
        1,
        "電子申請サービスの拡充",
        "DX推進課",
        [(2025, 2025, "検討", False), (2026, 2029, "構築・運用", True)],
        ("電子申請件数", "4,200件", "15,000件"),
    ),
    (
        2,
        "書かない窓口",
        "市民課",
        [(2025, 2025, "検討", False), (2026, 2026, "構築", False), (2027, 2029, "運用", True)],
        ("窓口の平均所要時間", "30分", "15分"),
    ),
    (
        3,
        "窓口キャッシュレス決済",
        "会計課",
        [(2025, 2025, "構築", False), (2026, 2029, "運用", False)],
        ("キャッシュレス決済の件数", "2,600件", "12,000件"),
    ),
    (
        4,
        "公共施設予約システムの更新",
        "文化スポーツ課",
        [(2026, 2026, "検討", False), (2027, 2027, "構築", False), (2028, 2029, "運用", True)],
        ("オンライン予約の割合", "22％", "70％"),
    ),
    (
        5,
        "子育て支援手続のオンライン化",
        "こども家庭課",
        [(2025, 2026, "構築", True), (2027, 2029, "運用", False)],
        ("オンラインで受け付けた子育て手続の数", "6手続", "30手続"),
    ),
    ("基本方針Ⅱ　市役所の仕事をスマートに",),
    (
        6,
        "基幹業務システムの標準化",
        "DX推進課",
        [(2025, 2025, "構築", False), (2026, 2029, "運用", True)],
        None,
    ),
    (
        7,
        "生成AIの活用",
        "DX推進課",
        [(2025, 2025, "検討", False), (2026, 2027, "構築", True), (2028, 2029, "運用", True)],
        ("生成AIの利用件数（月平均）", "0件", "5,000件"),
    ),
    (
        8,
        "RPA・AI-OCRの拡大",
        "行政改革課",
        [(2025, 2029, "運用", True)],
        ("RPA等による削減時間", "3,100時間", "9,000時間"),
    ),
    (
        9,
        "電子契約の導入",
        "契約課",
        [(2025, 2025, "検討", False), (2027, 2027, "構築", False), (2028, 2029, "運用", False)],
        ("電子契約の割合", "0％", "60％"),
    ),
    (
        10,
        "庁内ネットワークの無線化",
        "DX推進課",
        [(2026, 2027, "構築", True), (2028, 2029, "運用", True)],
        None,
    ),
    (
        11,
        "テレワークの推進",
        "職員課",
        [(2025, 2029, "運用", False)],
        ("テレワーク実施職員数", "85人", "400人"),
    ),
    ("基本方針Ⅲ　地域のつながりをデジタルで",),
    (
        12,
        "デジタル活用支援員の派遣",
        "地域振興課",
        [(2025, 2029, "運用", True)],
        ("相談会の参加者数", "340人", "1,200人"),
    ),
    (
        13,
        "地域ポイントの導入",
        "商工課",
        [(2025, 2026, "検討", True), (2027, 2027, "構築", False), (2028, 2029, "運用", True)],
        ("地域ポイントの利用者数", "0人", "8,000人"),
    ),
    (
        14,
        "オープンデータの推進",
        "企画課",
        [(2025, 2029, "運用", False)],
        ("公開データセット数", "75件", "200件"),
    ),
    (
        15,
        "防災DXの推進",
        "危機管理課",
        [(2026, 2026, "検討", False), (2027, 2028, "構築", True), (2029, 2029, "運用", False)],
        ("防災アプリの登録者数", "5,200人", "20,000人"),
    ),
    (
        16,
        "図書館の電子書籍サービス",
        "図書館",
        [(2025, 2025, "構築", False), (2026, 2029, "運用", True)],
        ("電子書籍の年間貸出数", "1,800冊", "10,000冊"),
    ),
]

_MOMI_COLOURS = {"検討": "#fff2cc", "構築": "#f8cbad", "構築・運用": "#c9e0b5", "運用": "#bdd7ee"}


def momijizaka_html() -> str:
    head = (
        "<thead><tr><th style='width:4%'>No.</th><th style='width:17%'>取組</th><th style='width:9%'>担当課</th>"
        + "".join(f"<th style='width:10%'>{fy}年度</th>" for fy in _MOMI_FY)
        + "<th style='width:20%'>成果指標（R6現状 → R11目標）</th></tr></thead>"
    )
    rows = []
    for entry in _MOMIJIZAKA:
        if len(entry) == 1:
            rows.append(
                f"<tr><td colspan=9 style='background:#e7e6e6;font-weight:bold'>{_esc(entry[0])}</td></tr>"
            )
            continue
        number, title, department, steps, indicator = entry
        cells = {fy: "<td></td>" for fy in _MOMI_FY}
        skip: set[int] = set()
        for first, last, label, merged in steps:
            colour = _MOMI_COLOURS[label]
            if merged:
                arrow = "━" * (3 * (last - first + 1)) + "▶"
                cells[first] = (
                    f"<td colspan={last - first + 1} style='background:{colour};text-align:center'>"
                    f"{label}　{arrow}</td>"
                )
                skip.update(range(first + 1, last + 1))
                continue
            for fy in range(first, last + 1):
                text = f"{label}→" if fy == first else "→"
                cells[fy] = f"<td style='background:{colour};text-align:center'>{text}</td>"
        kpi_cell = "－"
        if indicator:
            name, base, target = indicator
            kpi_cell = f"{_esc(name)}<br>R6：{base} → R11：{target}"
        rows.append(
            f"<tr><td style='text-align:center'>{number}</td><td>{_esc(title)}</td><td>{_esc(department)}</td>"
            + "".join(cells[fy] for fy in _MOMI_FY if fy not in skip)
            + f"<td>{kpi_cell}</td></tr>"
        )
    body = (
        "<h2 style='text-align:center;margin-top:0'>紅葉坂市DX推進計画　ロードマップ（2025年度～2029年度）</h2>"
        "<p>　紅葉坂市DX推進計画（令和７年度～令和11年度）の取組の工程を示します。"
        "【凡例】検討：調査・検討　構築：システムの構築・導入　運用：本格運用</p>"
        f"<table>{head}<tbody>{''.join(rows)}</tbody></table>"
        "<p>※ 工程は、国の動向や財政状況により見直すことがあります。</p>"
    )
    return _page(
        body, size="A3 landscape", header="紅葉坂市DX推進計画", font="11pt", css="td { height: 10mm; }"
    )


def _momijizaka() -> list[dict[str, Any]]:
    items = []
    for entry in _MOMIJIZAKA:
        if len(entry) == 1:
            continue
        number, title, department, steps, indicator = entry
        found: tuple[dict[str, Any], ...] = ()
        if indicator:
            _, base, target = indicator
            found = (kpi((2024, _number(base)), (2029, _number(target))),)
        done = tuple(sorted({fy for first, last, _, _ in steps for fy in years(first, last)}))
        items.append(item(str(number), title, [department], found, done))
    return items


#: Every year a step's arrow runs over (a year left blank none); 「R6：… → R11：…」 the 2024 baseline and the 2029
#: final target alone.
MOMIJIZAKA = _momijizaka()


# --- 菖蒲沢町: 進捗管理表, ◎○△× and footnotes, 「約」「以上」 -------------------------------------------------

#: (No., 取組項目, 担当課, 指標, 基準値（R4）, 目標値（R8）, 実績値（R5）, 実績値（R6）, 評価, 備考).
_AYAMESAWA: list[tuple[str, ...]] = [
    (
        "1",
        "オンライン申請の推進",
        "総務課",
        "オンライン申請件数",
        "約400件",
        "3,000件以上",
        "約1,200件",
        "約1,900件",
        "○",
        "",
    ),
    (
        "2",
        "マイナンバーカードの普及",
        "町民課",
        "カードの交付率",
        "58.2％",
        "90％以上",
        "71.4％",
        "78.9％",
        "○",
        "",
    ),
    (
        "3",
        "コンビニ交付の導入",
        "町民課",
        "コンビニ交付の件数",
        "0件",
        "1,500件",
        "320件",
        "610件※2",
        "△",
        "令和５年度から開始",
    ),
    (
        "4",
        "キャッシュレス納付の拡大",
        "税務課\n会計課",
        "キャッシュレス納付の割合",
        "6.0％",
        "30％以上",
        "14.5％",
        "22.0％",
        "○",
        "",
    ),
    (
        "5",
        "電子決裁の導入",
        "総務課",
        "電子決裁率",
        "0％",
        "80％",
        "35.0％",
        "61.5％※2",
        "◎",
        "令和８年度の目標を前倒し",
    ),
    (
        "6",
        "RPAの導入",
        "総務課",
        "RPAによる削減時間",
        "0時間",
        "1,200時間",
        "約300時間",
        "約650時間",
        "○",
        "",
    ),
    (
        "7",
        "会議のペーパーレス化",
        "総務課",
        "タブレット会議の開催数",
        "12回",
        "150回以上",
        "48回",
        "96回",
        "○",
        "",
    ),
    (
        "8",
        "テレワークの導入",
        "総務課",
        "テレワーク実施職員数",
        "0人",
        "40人",
        "3人",
        "5人",
        "△",
        "端末の調達が遅れた",
    ),
    (
        "9",
        "スマホ相談会の開催",
        "保健福祉課",
        "相談会の参加者数",
        "約80人",
        "500人",
        "約150人",
        "約260人",
        "○",
        "",
    ),
    (
        "10",
        "子育て手続のオンライン化",
        "子育て支援課",
        "オンライン対応手続数",
        "2手続",
        "15手続",
        "4手続",
        "6手続",
        "△",
        "",
    ),
    (
        "11",
        "公共施設予約のオンライン化",
        "教育委員会",
        "オンライン予約の割合",
        "0％",
        "50％以上",
        "－",
        "－",
        "×",
        "令和７年度にシステム選定",
    ),
    (
        "12",
        "観光情報の発信",
        "産業振興課",
        "観光サイトの年間閲覧数",
        "約4.5万件",
        "10万件以上",
        "約5.8万件",
        "約7.2万件",
        "◎",
        "",
    ),
    (
        "13",
        "防災情報のメール配信",
        "総務課",
        "防災メールの登録者数",
        "1,350人",
        "3,000人",
        "1,620人",
        "1,980人",
        "○",
        "",
    ),
]


def ayamesawa_html() -> str:
    head = (
        "<thead><tr><th style='width:4%'>No.</th><th style='width:15%'>取組項目</th><th style='width:9%'>担当課</th>"
        "<th style='width:15%'>指標</th><th>基準値<br>（R4）</th><th>目標値<br>（R8）</th><th>実績値<br>（R5）</th>"
        "<th>実績値<br>（R6）</th><th style='width:6%'>評価※1</th><th style='width:15%'>備考</th></tr></thead>"
    )
    rows = []
    for number, title, department, name, base, target, a5, a6, grade, note in _AYAMESAWA:
        n = "class=n"
        rows.append(
            f"<tr><td style='text-align:center'>{number}</td><td>{_esc(title)}</td><td>{_esc(department)}</td>"
            f"<td>{_esc(name)}</td><td {n}>{base}</td><td {n}>{target}</td><td {n}>{a5}</td><td {n}>{a6}</td>"
            f"<td style='text-align:center'>{grade}</td><td>{_esc(note)}</td></tr>"
        )
    body = (
        "<h2 style='text-align:center;margin-top:0'>菖蒲沢町デジタル化推進計画　進捗管理表</h2>"
        "<p style='text-align:center'>（令和６年度実績）</p>"
        "<p>　菖蒲沢町デジタル化推進計画（計画期間：令和５年度～令和８年度）の取組について、令和６年度までの実績と評価を"
        "取りまとめました。</p>"
        f"<table>{head}<tbody>{''.join(rows)}</tbody></table>"
        "<p>※1　評価　◎：目標を達成した（前倒しを含む）　○：順調に進んでいる　△：遅れている　×：未着手</p>"
        "<p>※2　令和６年度の数値は速報値（令和７年４月末時点）です。</p>"
        "<p>※3　「約」は概数、「以上」は目標値の下限を示します。</p>"
    )
    css = (
        "td, th { border: none; padding: 3pt 4pt; } th { background: none; border-bottom: 1.2pt solid #000;"
        " border-top: 1.2pt solid #000; } tbody tr:last-child td { border-bottom: 1.2pt solid #000; }"
        "td.n { text-align: right; white-space: nowrap; }"
    )
    return _page(body, size="A4 landscape", header="菖蒲沢町", font="9.5pt", css=css)


def _ayamesawa() -> list[dict[str, Any]]:
    items = []
    for number, title, department, _, base, target, a5, a6, _, _ in _AYAMESAWA:
        t = _number(target)
        actuals = tuple((fy, v) for fy, v in ((2023, _figure(a5)), (2024, _figure(a6))) if v is not None)
        found = (kpi((2022, _number(base)), (2026, t), ((2026, t),), actuals),)
        items.append(item(number, title, department.split("\n"), found))
    return items


#: 基準値（R4） 2022, 目標値（R8） 2026's target and the final one, 実績値（R5）（R6） 2023's and 2024's actuals (「－」
#: none); 「約」 and 「以上」 are the figure, 「※2」 a footnote mark; no schedule.
AYAMESAWA = _ayamesawa()


PLANS: dict[str, tuple[str, list[dict[str, Any]]]] = {
    "tokino_taikei.pdf": ("朱鷺野市", TOKINO),
    "fujinami_cards.pdf": ("藤波町", FUJINAMI),
    "shiomidai_2up.pdf": ("潮見台市", SHIOMIDAI),
    "tsurumino_bunya.pdf": ("鶴見野町", TSURUMINO),
    "momijizaka_roadmap.pdf": ("紅葉坂市", MOMIJIZAKA),
    "ayamesawa_shinchoku.pdf": ("菖蒲沢町", AYAMESAWA),
}

_HTML = {
    "tokino_taikei.pdf": tokino_html,
    "fujinami_cards.pdf": fujinami_html,
    "shiomidai_2up.pdf": shiomidai_html,
    "tsurumino_bunya.pdf": tsurumino_html,
    "momijizaka_roadmap.pdf": momijizaka_html,
    "ayamesawa_shinchoku.pdf": ayamesawa_html,
}


_, _, pdf, expected = batch_documents(PLANS, chromium=_HTML)
