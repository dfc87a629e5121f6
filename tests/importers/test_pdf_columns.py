"""A plan printed in two columns (二段組) after an opening set across the page, its columns going on over the next page
(``readers/pdf.py``: ``_gutter``, ``_over_the_column``; ``shapes/fields.py``: ``lead_and_prose``).

柚木沢村's plan is typed as a village office types one in a word processor: the chapter's heading and a paragraph across
the page, then each 施策 a paragraph in a column — its number, its name in bold, what it does, who does it in brackets —
with 「指標」 and 「スケジュール」 lines under a hanging indent. Read as the page is read: each column top to bottom, the
left before the right, a sentence going on over the column break or the page break read whole.
"""

from __future__ import annotations

import html
import unicodedata
from typing import Any

import pytest

from shinchoku.importers import parse

from .samplepdf import print_html

pytestmark = pytest.mark.slow

#: (name, what it does, 担当, indicator line or None, スケジュール).
_MEASURES = [
    ("窓口予約のオンライン化", "役場の窓口の予約を、村のホームページからいつでもできるようにします。予約した方は待たずに"
     "手続ができます。", "住民生活課", "窓口予約の利用件数（年間）　0件（令和６年度）→ 600件（令和12年度）", "令和８年度～令和12年度"),
    ("公金収納のキャッシュレス化", "村税、保育料、水道料金を、スマートフォン決済と口座振替の拡充で納められるようにしま"
     "す。窓口での現金の取扱いを減らします。", "税務会計課", "キャッシュレスで納付された件数の割合　12％（令和６年度）→ 45％"
     "（令和12年度）", "令和８年度～令和10年度"),
    ("防災行政無線のデジタル化", "老朽化した防災行政無線を更新し、あわせて登録制のメール配信を始めます。", "総務課",
     "防災メールの登録者数　0人（令和６年度）→ 900人（令和12年度）", "令和９年度～令和10年度"),
    ("遠隔健康相談の実施", "保健師による健康相談を、公民館とご自宅からタブレットで受けられるようにします。山間部の集落に"
     "お住まいの方から始めます。", "保健福祉課", "遠隔健康相談の利用者数（年間）　0人（令和６年度）→ 150人（令和12年度）",
     "令和８年度以降"),
    ("学校の校務支援システムの導入", "小学校と中学校の成績処理や出欠管理をシステムで行い、先生が子どもと向き合う時間を"
     "増やします。", "教育委員会事務局", None, "令和９年度"),
    ("鳥獣被害対策へのＩＣＴ活用", "わなにセンサーを取り付け、捕獲の通知を猟友会の方のスマートフォンに送ります。見回りの"
     "負担を軽くし、被害の多い地区から順に広げます。", "産業建設課", "センサーを付けたわなの数　0基（令和６年度）→ 80基"
     "（令和12年度）", "令和８年度～令和12年度"),
    ("デジタル活用支援", "スマートフォンの使い方を学ぶ教室を、各地区の集会所で開きます。村の公式ＬＩＮＥの登録も"
     "お手伝いします。", "企画課", "教室の参加者数（年間）　40人（令和６年度）→ 200人（令和12年度）", "令和８年度～令和12年度"),
    ("職員の情報セキュリティ研修", "全職員を対象に、情報セキュリティの研修と標的型攻撃メールの訓練を毎年行います。",
     "総務課", None, "令和８年度～令和12年度"),
]  # fmt: skip

_STYLE = (
    "@page { size: A4; margin: 20mm 18mm; @bottom-center { content: counter(page); font-size: 9pt; } } "
    "body { font-family: 'IPAexGothic', sans-serif; font-size: 10.5pt; line-height: 1.6; } "
    "h2 { font-size: 13pt; margin: 4pt 0; } "
    "div.cols { column-count: 2; column-gap: 10mm; text-align: justify; } "
    "div.cols p { margin: 0; } div.cols p.lead { margin-top: 8pt; } "
    "div.cols p.ind { padding-left: 2.5em; text-indent: -1.5em; font-size: 9.5pt; } "
)


def _document() -> str:
    parts = [
        "<h1 style='font-size:16pt'>柚木沢村地域情報化計画</h1>",
        "<h2>第４章　施策の展開</h2>",
        "<p>　本村は人口3,106人（令和７年４月１日現在）の山間の村です。この計画は令和８年度から令和12年度までの５年間に"
        "取り組む施策を示すもので、毎年度、進捗を村の情報化推進委員会に報告します。施策の目標の現状値は令和６年度の実績"
        "です。</p>",
        "<div class=cols>",
    ]
    for number, (name, text, office, measure, when) in enumerate(_MEASURES, start=1):
        parts.append(
            f"<p class=lead>{number}．<b>{html.escape(name)}</b>　{html.escape(text)}（{html.escape(office)}）</p>"
        )
        parts.append(f"<p class=ind>指標　{html.escape(measure or '－')}</p>")
        parts.append(f"<p class=ind>スケジュール　{html.escape(when)}</p>")
    parts.append("</div>")
    body = "".join(parts)
    return (
        f"<!doctype html><html lang=ja><meta charset=utf-8><style>{_STYLE}</style><body>{body}</body></html>"
    )


def _plan() -> dict[str, Any]:
    return parse(print_html(_document(), "yunokisawa-nidangumi").read_bytes(), filename="yunokisawa.pdf")


def test_each_paragraph_of_the_columns_is_a_measure_named_by_its_lead() -> None:
    items = _plan()["initiatives"]
    assert [(i["code"], i["title"]) for i in items] == [
        (str(number), unicodedata.normalize("NFKC", name))
        for number, (name, *_) in enumerate(_MEASURES, start=1)
    ]  # (「ＩＣＴ」 as 「ICT」: titles are kept in their matching form)
    assert [i["departments"] for i in items] == [[office] for _, _, office, _, _ in _MEASURES]
    booking = items[0]
    assert booking["summary"] == (
        "役場の窓口の予約を、村のホームページからいつでもできるようにします。予約した方は待たずに手続ができます。"
    )


def test_the_indicator_and_schedule_lines_under_a_hanging_indent_are_read_whole() -> None:
    items = {i["code"]: i for i in _plan()["initiatives"]}
    cashless = items["2"]["indicators"][0]
    assert (cashless["name"], cashless["baseline"]["value"], cashless["final_target"]["value"]) == (
        "キャッシュレスで納付された件数の割合",
        12,
        45,
    )
    assert (cashless["baseline"]["fy"], cashless["final_target"]["fy"]) == (2024, 2030)
    assert [s["fy"] for s in items["3"]["schedule"]] == [2027, 2028]
    assert [s["fy"] for s in items["4"]["schedule"]] == [2026, 2027, 2028, 2029, 2030]
    # 「指標　－」: no indicator, not one named after the measure
    assert items["5"]["indicators"] == [] and items["8"]["indicators"] == []
    assert [s["fy"] for s in items["5"]["schedule"]] == [2027]


def test_the_opening_across_the_page_is_no_measure_and_names_the_period() -> None:
    plan = _plan()
    assert plan["municipality"]["name"] == "柚木沢村"
    assert plan["plan"]["period"] == {"start_fy": 2026, "end_fy": 2030}
    titles = [i["title"] for i in plan["initiatives"]]
    assert not [t for t in titles if "本村は人口" in t or "施策の展開" in t]
