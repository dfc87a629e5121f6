"""Plans published as a page of the municipality's site, saved by a browser (.html), written the way such sites are
built — no reader was written against them:

- 桜川町 (``sakuragawa``): a CMS page in UTF-8, the site's menus and breadcrumbs around a ``<main>``, the 取組一覧 one
  table whose 基本目標 column is merged down its 取組 (``rowspan``) and whose 目標値 heads R8 / R9 / R10 (``colspan``
  over a second header row), two 課 in a cell set apart by ``<br>``, an お問い合わせ box naming a 課 under the table;
- 梨本村 (``nashimoto``): an older site in Shift_JIS (declared by ``http-equiv``), the page laid out by a table (the menu
  in its left cell, the content in its right), each 取組 under a heading 「取組１－１　…」 as a table of 項目 | 内容 rows
  (担当課, 取組内容, 成果指標, 現状値（令和５年度）, 目標値（令和９年度）, スケジュール), full-width digits;
- 朝霧市 (``asagiri``): a page without ``<main>`` but a ``role="main"`` block, a menu hidden for phones
  (``style="display:none"``), each 取組 an ``<h3>`` and a ``<dl>`` of 担当課 / 内容 / 成果指標 / 現状値 / 目標値 /
  スケジュール, the 成果指標's figures in their own ``<dd>``.

Each page with the plan it states, in the figures ``scoring`` compares (a 目標値 stated on its own, its year in the
label or the cell, is the final target alone; 桜川町's year columns are each year's target, R10's the final one too).
"""

from __future__ import annotations

from typing import Any

from .tabledocs3 import item, kpi

SAKURAGAWA_HTML = """<!DOCTYPE html>
<html lang="ja"><head><meta charset="UTF-8">
<title>桜川町DX推進計画｜桜川町公式ホームページ</title>
<script src="/js/jquery.js"></script><script>window.dataLayer = window.dataLayer || []; var 取組 = "x";</script>
<style>.hide{display:none} td{vertical-align:top}</style></head>
<body>
<a href="#main" class="skip">本文へ移動</a>
<div id="header"><p class="logo"><img src="/img/logo.png" alt="桜川町"></p>
<ul class="gnav"><li><a href="/kurashi/">くらし・手続き</a></li><li><a href="/kosodate/">子育て・教育</a></li>
<li><a href="/soshiki/">組織から探す</a></li></ul></div>
<div class="breadcrumb"><a href="/">ホーム</a> &gt; <a href="/gyosei/">町政情報</a> &gt; 桜川町DX推進計画</div>
<main id="main">
<h1>桜川町DX推進計画</h1>
<p class="update">更新日：2025年4月1日</p>
<h2>計画の概要</h2>
<p>計画期間：令和7年度から令和10年度までの4年間</p>
<p>本町では、国の「自治体DX推進計画」を踏まえ、
住民サービスの向上と行政の効率化を図るため、本計画を策定しました。</p>
<h2>取組一覧</h2>
<table class="table01">
<caption>基本目標ごとの取組と成果指標</caption>
<thead>
<tr><th rowspan="2" scope="col">基本目標</th><th rowspan="2" scope="col">No.</th><th rowspan="2" scope="col">取組名</th>
<th rowspan="2" scope="col">担当課</th><th rowspan="2" scope="col">成果指標（KPI）</th>
<th rowspan="2" scope="col">現状値<br>（R6）</th><th colspan="3" scope="colgroup">目標値</th></tr>
<tr><th scope="col">R8</th><th scope="col">R9</th><th scope="col">R10</th></tr>
</thead>
<tbody>
<tr><td rowspan="3">1 住民サービスの向上</td><td>1</td><td>電子申請の拡充</td><td>総務課<br>住民課</td>
<td>電子申請できる手続数</td><td>20手続</td><td>60手続</td><td>90手続</td><td>120手続</td></tr>
<tr><td>2</td><td>窓口のキャッシュレス化</td><td>住民課</td><td>キャッシュレス決済の利用率</td>
<td>5％</td><td>20％</td><td>30％</td><td>40％</td></tr>
<tr><td>3</td><td>子育て手続の
オンライン化</td><td>子育て支援課</td><td>オンラインで申請された割合</td><td>10％</td><td>30％</td><td>45％</td><td>60％</td></tr>
<tr><td rowspan="2">2 行政の効率化</td><td>4</td><td>RPAの導入</td><td>総務課</td><td>RPAで削減した作業時間</td>
<td>0時間</td><td>500時間</td><td>1,000時間</td><td>1,500時間</td></tr>
<tr><td>5</td><td>テレワーク環境の整備</td><td>総務課</td><td>テレワークができる職員の割合</td>
<td>15％</td><td>40％</td><td>60％</td><td>80％</td></tr>
</tbody></table>
<p class="file"><a href="/material/files/group/2/dxplan.pdf">桜川町DX推進計画（PDF：1.2MB）</a></p>
<div class="contact"><h2>このページに関するお問い合わせ</h2><p>総務課 情報政策係<br>電話：0299-00-0000</p></div>
</main>
<footer><p>Copyright &copy; Sakuragawa Town. All Rights Reserved.</p></footer>
<div class="pagetop"><a href="#top">ページの先頭へ</a></div>
</body></html>
"""


def _sakuragawa_kpi(base: float, r8: float, r9: float, r10: float) -> dict[str, Any]:
    return kpi(base=(2024, base), final=(2028, r10), targets=((2026, r8), (2027, r9)))


SAKURAGAWA = {
    "initiatives": [
        item("1", "電子申請の拡充", ["総務課", "住民課"], [_sakuragawa_kpi(20, 60, 90, 120)]),
        item("2", "窓口のキャッシュレス化", ["住民課"], [_sakuragawa_kpi(5, 20, 30, 40)]),
        item("3", "子育て手続のオンライン化", ["子育て支援課"], [_sakuragawa_kpi(10, 30, 45, 60)]),
        item("4", "RPAの導入", ["総務課"], [_sakuragawa_kpi(0, 500, 1000, 1500)]),
        item("5", "テレワーク環境の整備", ["総務課"], [_sakuragawa_kpi(15, 40, 60, 80)]),
    ]
}

_NASHIMOTO_CARDS = [
    ("１－１", "マイナンバーカードの利活用", "住民福祉課", "マイナンバーカードを使った証明書のコンビニ交付を始める。",
     "コンビニ交付の利用件数", "０件", "３００件", "令和６年度：準備　令和７年度～：実施"),
    ("１－２", "オンライン予約の導入", "住民福祉課・保健センター", "健診と各種相談の予約をオンラインで受け付ける。",
     "オンライン予約の割合", "０％", "５０％", "令和６年度：検討　令和７年度：導入　令和８年度～：運用"),
    ("２－１", "庁内ネットワークの無線化", "総務課", "庁舎内に無線LANを整備し、会議のペーパーレス化を進める。",
     "会議資料の印刷枚数", "１２万枚", "６万枚", "令和６年度～令和７年度：整備"),
]  # fmt: skip


def _nashimoto_card(
    code: str, title: str, unit: str, body: str, name: str, base: str, goal: str, plan: str
) -> str:
    rows = [("担当課", unit), ("取組内容", body), ("成果指標", name), ("現状値（令和５年度）", base),
            ("目標値（令和９年度）", goal), ("スケジュール", plan)]  # fmt: skip
    cells = "".join(f'<tr><th bgcolor="#e0e0e0" width="25%">{k}</th><td>{v}</td></tr>\n' for k, v in rows)
    return f'<h3>取組{code}　{title}</h3>\n<table border="1" cellpadding="4" width="100%">\n{cells}</table>\n<br>\n'


NASHIMOTO_HTML = (
    '<HTML>\n<HEAD>\n<META http-equiv="Content-Type" content="text/html; charset=Shift_JIS">\n'
    '<TITLE>梨本村DX推進計画</TITLE>\n</HEAD>\n<BODY bgcolor="#ffffff">\n'
    '<table width="100%" border="0" cellspacing="0"><tr>\n'
    '<td id="menu" width="180" valign="top"><a href="/">トップページ</a><br><a href="/soshiki/">組織から探す</a><br>'
    '<a href="/event/">イベントカレンダー</a><br><a href="/map/">村内マップ</a></td>\n'
    '<td id="contents" valign="top">\n'
    "<h1>梨本村DX推進計画　取組の内容</h1>\n"
    "<p>計画期間　令和６年度～令和９年度</p>\n"
    "<h2>１　暮らしの利便性の向上</h2>\n"
    + "".join(_nashimoto_card(*card) for card in _NASHIMOTO_CARDS[:2])
    + "<h2>２　役場の仕事の効率化</h2>\n"
    + _nashimoto_card(*_NASHIMOTO_CARDS[2])
    + "<p>この計画についてのお問い合わせ：総務課　企画情報係（電話０１２３－４５－６７８９）</p>\n"
    "</td></tr></table>\n"
    '<div id="footer">梨本村役場　〒000-0000　梨本村大字梨本１番地</div>\n'
    "</BODY>\n</HTML>\n"
)

NASHIMOTO = {
    "initiatives": [
        item("1-1", "マイナンバーカードの利活用", ["住民福祉課"], [kpi(base=(2023, 0), final=(2027, 300), year_column=False)],
             (2024, 2025, 2026, 2027)),
        item("1-2", "オンライン予約の導入", ["住民福祉課", "保健センター"], [kpi(base=(2023, 0), final=(2027, 50), year_column=False)],
             (2024, 2025, 2026, 2027)),
        item("2-1", "庁内ネットワークの無線化", ["総務課"], [kpi(base=(2023, 12), final=(2027, 6), year_column=False)], (2024, 2025)),
    ]
}  # fmt: skip

_ASAGIRI_ITEMS = [
    ("1-1", "行かない窓口の推進", "市民課", "転入・転出などの手続をオンラインで完結できるようにする。",
     "オンラインで完結する手続の数", "12手続（令和6年度）", "40手続（令和10年度）", "R7：検討　R8～R10：実施"),
    ("1-2", "公共施設予約システムの導入", "生涯学習課", "体育館や公民館の予約をスマートフォンからできるようにする。",
     "オンライン予約の利用率", "0％（令和6年度）", "70％（令和10年度）", "R7：構築　R8～R10：運用"),
    ("2-1", "AI議事録作成支援の導入", "行政改革課", "会議録の作成にAIを使い、職員の作業時間を減らす。",
     "会議録作成にかかる時間", "600時間（令和6年度）", "200時間（令和10年度）", "R7～R10：運用"),
]  # fmt: skip


def _asagiri_item(
    code: str, title: str, unit: str, body: str, name: str, base: str, goal: str, plan: str
) -> str:
    return (
        f'<div class="torikumi">\n<h3>取組{code}　{title}</h3>\n<dl>\n<dt>担当課</dt><dd>{unit}</dd>\n'
        f"<dt>内容</dt><dd>{body}</dd>\n<dt>成果指標</dt><dd>{name}</dd>\n<dt>現状値</dt><dd>{base}</dd>\n"
        f"<dt>目標値</dt><dd>{goal}</dd>\n<dt>スケジュール</dt><dd>{plan}</dd>\n</dl>\n</div>\n"
    )


ASAGIRI_HTML = (
    '<!doctype html>\n<html lang="ja">\n<head>\n<meta charset="utf-8">\n<title>朝霧市DX推進計画（取組）</title>\n'
    '<meta name="viewport" content="width=device-width">\n</head>\n<body>\n'
    '<div class="sp-menu" style="display: none"><ul><li>ホーム</li><li>市政情報</li><li>DX推進計画</li></ul></div>\n'
    '<div id="wrapper"><div id="side"><ul><li><a href="/">朝霧市トップ</a></li><li><a href="/dx/">DX推進</a></li>'
    "</ul></div>\n"
    '<div id="content" role="main">\n<h1>朝霧市DX推進計画</h1>\n'
    "<p>計画期間：令和7年度～令和10年度</p>\n"
    "<h2>基本目標1　市民の手続をもっと便利に</h2>\n"
    + "".join(_asagiri_item(*it) for it in _ASAGIRI_ITEMS[:2])
    + "<h2>基本目標2　市役所の働き方を変える</h2>\n"
    + _asagiri_item(*_ASAGIRI_ITEMS[2])
    + "</div></div>\n<footer>朝霧市役所</footer>\n</body>\n</html>\n"
)

ASAGIRI = {
    "initiatives": [
        item("1-1", "行かない窓口の推進", ["市民課"], [kpi(base=(2024, 12), final=(2028, 40), year_column=False)],
             (2025, 2026, 2027, 2028)),
        item("1-2", "公共施設予約システムの導入", ["生涯学習課"], [kpi(base=(2024, 0), final=(2028, 70), year_column=False)],
             (2025, 2026, 2027, 2028)),
        item("2-1", "AI議事録作成支援の導入", ["行政改革課"], [kpi(base=(2024, 600), final=(2028, 200), year_column=False)],
             (2025, 2026, 2027, 2028)),
    ]
}  # fmt: skip

#: (file name, the page's bytes as saved, the plan it states).
PAGES: dict[str, tuple[bytes, dict[str, Any]]] = {
    "sakuragawa_dx.html": (SAKURAGAWA_HTML.encode("utf-8"), SAKURAGAWA),
    "nashimoto_dx.htm": (NASHIMOTO_HTML.encode("cp932"), NASHIMOTO),
    "asagiri_dx.html": (ASAGIRI_HTML.encode("utf-8"), ASAGIRI),
}
