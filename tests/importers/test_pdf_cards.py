"""A 概要版 laid out as slides: 取組 cards drawn side by side, three to a row (``readers/pdf.py``: ``_cards``).

鷺沼町's 概要版 is a PowerPoint deck printed to PDF: a slide a 基本目標, its 取組 as boxes three across and two down —
the number and name, what it does, 「担当課：…」, and a KPI box at the foot with an 「ＫＰＩ」 tag beside the indicator's name
over its figures. Read across the page, the three cards of a row run into one line each; read card by card, each is a
取組. Boxes that touch — a table's cells drawn one by one — are still a table.
"""

from __future__ import annotations

import html
from typing import Any

import pytest

from shinchoku.importers import parse
from shinchoku.importers.readers.pdf import read_pdf

from .samplepdf import print_html

pytestmark = pytest.mark.slow

#: (基本目標, [(番号, 取組名, 内容, 担当課, KPI name, figures)]).
_GOALS = [
    ("基本目標１　便利な行政", [
        ("1-1", "窓口のオンライン予約", "住民票や税の窓口を予約制にします。", "住民課", "予約の利用件数（年間）",
         "0件（R6）→ 1,800件（R11）"),
        ("1-2", "公共施設の予約システム", "体育館と公民館の予約をスマホで。", "生涯学習課", "オンライン予約の割合",
         "15％（R6）→ 70％（R11）"),
        ("1-3", "転入手続のワンストップ化", "転入の手続を一つの窓口で済ませます。", "住民課・税務課", "手続の平均所要時間",
         "60分（R6）→ 30分（R11）"),
        ("1-4", "手数料のキャッシュレス化", "窓口の手数料を電子決済で。", "会計課", "対応する窓口の数",
         "2窓口（R6）→ 12窓口（R11）"),
        ("1-5", "行政文書の電子化", "文書を電子で決裁し、保存します。", "総務課", "電子決裁の割合",
         "20％（R6）→ 90％（R11）"),
        ("1-6", "オープンデータの公開", "町の統計を推奨形式で公開します。", "企画課", "公開データセット数",
         "8件（R6）→ 40件（R11）"),
    ]),
]  # fmt: skip

_STYLE = (
    "@page { size: 297mm 167mm; margin: 0; } body { margin: 0; font-family: 'IPAexGothic', sans-serif; } "
    ".slide { position: relative; width: 297mm; height: 167mm; break-after: page; } "
    ".head { position: absolute; left: 10mm; top: 6mm; font-size: 18pt; font-weight: bold; } "
    ".card { position: absolute; width: 86mm; height: 62mm; border: 0.5mm solid #385723; box-sizing: border-box; } "
    ".name { position: absolute; left: 4mm; top: 3mm; font-size: 12pt; font-weight: bold; } "
    ".text { position: absolute; left: 4mm; top: 13mm; width: 78mm; font-size: 10pt; } "
    ".who { position: absolute; left: 4mm; top: 27mm; font-size: 10pt; } "
    ".kpi { position: absolute; left: 3mm; top: 40mm; width: 78mm; height: 17mm; background: #E2F0D9; } "
    ".tag { position: absolute; left: 2mm; top: 4.5mm; font-size: 10pt; font-weight: bold; color: #385723; } "
    ".kname { position: absolute; left: 14mm; top: 2mm; font-size: 9pt; } "
    ".kfig { position: absolute; left: 14mm; top: 9mm; font-size: 11pt; font-weight: bold; } "
)


def _deck() -> str:
    slides = []
    for goal, measures in _GOALS:
        cards = []
        for n, (code, name, text, office, kpi, figures) in enumerate(measures):
            left, top = 10 + (n % 3) * 94, 22 + (n // 3) * 70
            cards.append(
                f"<div class=card style='left:{left}mm;top:{top}mm'>"
                f"<div class=name>{html.escape(code)}　{html.escape(name)}</div>"
                f"<div class=text>{html.escape(text)}</div><div class=who>担当課：{html.escape(office)}</div>"
                f"<div class=kpi><div class=tag>ＫＰＩ</div><div class=kname>{html.escape(kpi)}</div>"
                f"<div class=kfig>{html.escape(figures)}</div></div></div>"
            )
        slides.append(
            f"<section class=slide><div class=head>{html.escape(goal)}</div>{''.join(cards)}</section>"
        )
    cover = (
        "<section class=slide><div class=head style='top:60mm;left:60mm;font-size:28pt'>鷺沼町ＤＸ推進計画【概要版】</div>"
        "<div class=head style='top:85mm;left:60mm;font-size:14pt'>計画期間　令和７年度～令和11年度</div></section>"
    )
    body = cover + "".join(slides)
    return (
        f"<!doctype html><html lang=ja><meta charset=utf-8><style>{_STYLE}</style><body>{body}</body></html>"
    )


def _plan() -> dict[str, Any]:
    return parse(print_html(_deck(), "saginuma-cards").read_bytes(), filename="saginuma.pdf")


def test_each_card_of_a_row_is_a_measure_of_its_own() -> None:
    plan = _plan()
    measures = _GOALS[0][1]
    assert [(i["code"], i["title"]) for i in plan["initiatives"]] == [(m[0], m[1]) for m in measures]
    assert [i["departments"] for i in plan["initiatives"]] == [
        ["住民課"],
        ["生涯学習課"],
        ["住民課", "税務課"],
        ["会計課"],
        ["総務課"],
        ["企画課"],
    ]


def test_the_kpi_tag_beside_the_name_over_the_figures_labels_them() -> None:
    items = {i["code"]: i for i in _plan()["initiatives"]}
    (window,) = items["1-3"]["indicators"]
    assert window["name"] == "手続の平均所要時間"
    assert (window["baseline"]["fy"], window["baseline"]["value"]) == (2024, 60)
    assert (window["final_target"]["fy"], window["final_target"]["value"]) == (2029, 30)
    assert [i["indicators"][0]["final_target"]["value"] for i in items.values()] == [1800, 70, 30, 12, 90, 40]


def test_boxes_that_touch_are_a_tables_cells_not_cards() -> None:
    """A 2 × 2 grid of boxes drawn one by one, each against the next: the table it is, not four cards."""
    cell = (
        "position:absolute;width:100mm;height:30mm;border:0.5mm solid #000;box-sizing:border-box;padding:2mm"
    )
    grid = "".join(
        f"<div style='{cell};left:{10 + 100 * (n % 2)}mm;top:{20 + 30 * (n // 2)}mm'>{html.escape(text)}</div>"
        for n, text in enumerate(("取組名", "担当課", "電子申請の拡充", "住民課"))
    )
    page = (
        "<!doctype html><html lang=ja><meta charset=utf-8><style>@page { size: A4 landscape; margin: 0 } "
        f"body {{ margin: 0; font-family: 'IPAexGothic', sans-serif; font-size: 12pt }}</style><body>{grid}</body></html>"
    )
    document = read_pdf(print_html(page, "saginuma-touching").read_bytes())
    (table,) = document.tables()
    assert [[c.text for c in row] for row in table.rows] == [
        ["取組名", "担当課"],
        ["電子申請の拡充", "住民課"],
    ]
