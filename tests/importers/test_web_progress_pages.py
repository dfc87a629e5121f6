"""A progress page as a city publishes it on its web site, a 取組 a heading and its 目標 under it, each with its 実績 and
進捗 (``other/narumidai_kpi_web.txt`` as copied out of the browser, ``.html`` as saved): 「取組項目1:職員のデジタル意識の
改革」, 「目標1_DX研修の受講者数:800人/年」, 「実績」 over 「912人」, 「進捗」 over 「A」 — a 目標 of no figure (「目標1_無線LANの
整備、ネットワーク分離方式の見直し」) graded as the others, the year reported said once at the top (「2024年度のKPI及びその
進捗状況」).

First read (copied text): seven 取組 of no number, one indicator each of no actual — 「目標1_…」 no label (an underscore
between label and value), each 取組's second 目標 its first's, 「実績」「進捗」 alone on their lines no labels of the card
(its title on a labelled line), the actuals of no year; 「800人/年」「6,000時間/年」 the targets of 2025 alone (the round of 2024 had none to
grade 912人 against). Now exact: ``cards._underscored`` (a known label, numbered or not,
before an underscore), ``cards.label_value`` (「取組項目1:」 numbered before its colon: code 1), ``cards._labels_over_values``
(labels alone over their values among labelled lines), ``fields.apply_fields`` (a 目標 naming its indicator before a colon
after one graded or whole is an indicator of its own; a 目標 of no figure the indicator its 実績 and 進捗 report on),
``generic._in_review_year`` (an actual or grade of no year the reported year's), ``common._OF_WHICH`` (「20業務のうち12業務」
is 12), ``common.targets_each_year`` (「800人/年」 the target of each year of the plan).

The page saved as PDF by the browser (its 「実績 | 912人」 rows printed close: 「実績912人」「進捗A」 a line, first read KPI 0):
exact as the PDF and through ``pdftotext`` either way — a value's label glued to its figure or grade is a field
(``cards._glued``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from shinchoku.importers import parse

from .other.unseen import item, kpi
from .samplepdf import pdftotext, print_html
from .scoring import assert_exact, by_title, score

HERE = Path(__file__).parent / "other"

EXPECTED = {
    "initiatives": [
        item("1", "職員のデジタル意識の改革", [], (kpi(None, (2025, 800), ((2022, 800), (2023, 800), (2024, 800)), ((2024, 912),)), kpi(None, (2025, 60), actuals=((2024, 41),)))),
        item("2", "庁内ネットワークの再構築", [], (kpi(None, (2025, 60), actuals=((2024, 47.2),)),)),
        item("3", "テレワークの推進", [], (kpi(None, (2025, 3), actuals=((2024, 1),)),)),
        item("4", "ペーパーレス化の推進", [], (kpi(None, (2025, 90), actuals=((2024, 76),)),)),
        item("5", "情報システムの標準化・共通化", [], (kpi(None, (2025, 20), actuals=((2024, 12),)),)),
        item("6", "業務改革（BPR）の推進", [], (kpi(None, (2025, 30), actuals=((2024, 18),)),)),
        item("7", "AI・RPAの活用", [], (kpi(None, (2025, 6000), ((2022, 6000), (2023, 6000), (2024, 6000)), ((2024, 4850),)), kpi(None, (2025, 500)))),
    ]
}


@pytest.fixture(scope="module", params=["narumidai_kpi_web.txt", "narumidai_kpi_web.html"])
def plan(request: pytest.FixtureRequest) -> dict:
    return parse(HERE / request.param)


def test_each_goal_of_the_page_is_an_indicator_with_its_actual_of_the_year_reported(plan: dict) -> None:
    assert_exact(score(plan, EXPECTED))
    assert plan["plan"]["period"] == {"start_fy": 2022, "end_fy": 2025}
    # the page's heading 「鳴海台市DX推進計画　KPIの進捗状況（2024年度）」 names the plan it reports on (first read: the
    # plan named after the heading, next year's page a plan of another name)
    assert plan["plan"]["title"] == "鳴海台市DX推進計画"


def test_each_goal_keeps_its_grade_and_a_goal_of_no_figure_its_account(plan: dict) -> None:
    staff, leaders = by_title(plan, "デジタル意識")["indicators"]
    assert (staff["name"], staff["unit"], staff["evaluations"]) == ("DX研修の受講者数", "人", [{"fy": 2024, "text": "A"}])
    assert (leaders["name"], leaders["evaluations"]) == ("DX推進リーダーの育成", [{"fy": 2024, "text": "B"}])
    network, satisfied = by_title(plan, "ネットワーク")["indicators"]
    assert network["name"] == "無線LANの整備、ネットワーク分離方式の見直し" and network["final_target"] is None
    assert "本庁舎の無線LAN整備を完了" in network["actuals"][0]["text"] and network["actuals"][0]["fy"] == 2024
    assert network["evaluations"] == [{"fy": 2024, "text": "B"}]
    assert satisfied["evaluations"] == [{"fy": 2024, "text": "C"}]
    assert by_title(plan, "AI・RPA")["indicators"][1]["evaluations"] == [{"fy": 2024, "text": "D"}]


@pytest.mark.slow
@pytest.mark.parametrize("how", ["pdf", "pdftotext -layout", "pdftotext"])
def test_the_page_saved_as_pdf_by_the_browser_reads_the_same(how: str) -> None:
    pdf = print_html((HERE / "narumidai_kpi_web.html").read_text(encoding="utf-8"), "narumidai-web")
    if how == "pdf":
        plan = parse(pdf)
    else:
        plan = parse(pdftotext(pdf, layout=how.endswith("-layout")).encode(), filename="narumidai.txt")
    assert_exact(score(plan, EXPECTED))
    # next year's file as the PDF changes no indicator the HTML gave (walked: 「実績 本庁舎の…」, one blank after its
    # label, and 「実績マニュアルを改訂し…。」 had run into the goal's name, and the page's 「お問い合わせ」 became a note)
    html = parse(HERE / "narumidai_kpi_web.html")
    assert [[k["name"] for k in i["indicators"]] for i in plan["initiatives"]] == [
        [k["name"] for k in i["indicators"]] for i in html["initiatives"]
    ]
    # (through plain pdftotext the page's 「お問い合わせ」 and its 課 a blank line apart had run on into 7's 「進捗 D」: a note)
    assert not any(i.get("notes") for i in plan["initiatives"])


#: The page of a plan's last year, its 実績 left empty and its 進捗 saying what becomes of each 目標 (as a city's page
#: the year its next plan starts), two parts numbered before their colons, the page ending on an empty 実績.
LAST_YEAR = """2025年度のKPI及びその進捗状況
基本目標1:市民サービスの向上
取組項目1:行政手続のオンライン化
目標1_手続の見直し方針の策定
実績
進捗
第2期計画での継続
目標2_オンライン手続数:300手続(累計)
実績
進捗
第2期計画での継続
基本目標2:行政運営の効率化
取組項目1:ペーパーレス化の推進
目標_庁内会議のペーパーレス実施率:85%
実績
"""


def test_a_page_of_empty_actuals_keeps_each_goal_its_words_and_numbers_each_part() -> None:
    plan = parse(LAST_YEAR.encode(), filename="kpi.txt", municipality="鳴海台市")
    assert [(i["code"], i["title"]) for i in plan["initiatives"]] == [
        ("1-1", "行政手続のオンライン化"),
        ("2-1", "ペーパーレス化の推進"),
    ]
    policy, online = plan["initiatives"][0]["indicators"]
    assert (policy["name"], policy["final_target"], policy["evaluations"]) == (
        "手続の見直し方針の策定",
        None,
        [{"fy": 2025, "text": "第2期計画での継続"}],
    )
    assert (online["name"], online["final_target"]["value"], online["actuals"]) == ("オンライン手続数", 300, [])
    assert online["evaluations"] == [{"fy": 2025, "text": "第2期計画での継続"}]
    (paperless,) = plan["initiatives"][1]["indicators"]
    assert (paperless["final_target"]["value"], paperless["actuals"]) == (85, [])
