"""Published results where people look: 新発田市's demo rounds (令和3–5年度) on the public pages."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from shinchoku.demo import build_demo_rounds
from shinchoku.importers import parse
from shinchoku.plans.loader import load_plan
from shinchoku.plans.models import Plan
from shinchoku.progress import services
from shinchoku.progress.models import Report
from tests.committed import clear_database

SAMPLES = Path(__file__).resolve().parents[2] / "samples" / "plans"




@pytest.fixture(scope="module")
def shibata_ids(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        clear_database()
        shibata = load_plan(parse(SAMPLES / "shibata.txt")).plan
        list(build_demo_rounds())
        yield {"plan": shibata.pk}
        clear_database()


@pytest.fixture
def shibata(shibata_ids, db):
    return Plan.objects.get(pk=shibata_ids["plan"])


def _text(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def test_initiative_page_shows_every_published_round(client, shibata):
    mynumber = shibata.initiatives.get(code="12")
    html = client.get(reverse("initiative", args=[mynumber.pk])).content.decode()
    timeline = html.split('id="results-h"')[1].split("</section>")[0]
    years = re.findall(r"<h3>(.*?)</h3>", timeline)
    assert years == ["令和3年度（2021）", "令和4年度（2022）", "令和5年度（2023）"]
    text = _text(timeline)
    # 令和5年度: 80.7% against the target 40% -> 201.8%, A; 令和3年度: short of 40% yet -> the schedule
    assert "80.7% 201.8%" in text and "A 目標を上回る （指標の達成率による）" in text
    assert "B 目標どおり （進捗状況と自己評価による（年度の工程なし））" in text  # its 工程 start in 令和6年度
    assert "自己評価 B 目標どおり" in text  # named as the grade beside it (was a bare 「B」)
    assert "令和5年度までにマイナンバーカード普及率40%を達成" in text  # the narrative (取組実績)
    assert "評価の方法" in timeline and "C 遅れている（達成率90%未満）" in timeline  # the rule, public


def test_a_grade_the_plan_office_chose_says_so_on_the_initiative_page(client, shibata):
    """An override to A was shown as 「A 目標を上回る（進捗状況と自己評価による）」: a citizen could not redo it."""
    mynumber = shibata.initiatives.get(code="12")
    report = Report.objects.get(round__fy=2021, initiative=mynumber)
    computed = report.evaluation["computed_grade"]
    Report.objects.filter(pk=report.pk).update(review_grade="C", review_reason="普及の遅れを重く見た")
    text = _text(client.get(reverse("initiative", args=[mynumber.pk])).content.decode())
    assert computed == "B" and (
        "C 遅れている （計画担当の評価。算定評価はB 目標どおり（進捗状況と自己評価による（年度の工程なし））。"
        "理由: 普及の遅れを重く見た）"
        in text
    )


def test_initiative_page_cumulative_target(client, shibata):
    chief = shibata.initiatives.get(code="10")  # 自治会長の変更手続き: 50 over five years
    text = _text(client.get(reverse("initiative", args=[chief.pk])).content.decode())
    assert "30件 （累計・按分） 累計 74件 246.7%" in text


def test_unpublished_reports_stay_off_the_public_pages(client, shibata):
    r5 = shibata.rounds.get(fy=2023)
    mynumber = r5.reports.get(initiative__code="12")
    Report.objects.filter(pk=mynumber.pk).update(published_at=None)
    html = client.get(reverse("initiative", args=[mynumber.initiative_id])).content.decode()
    years = re.findall(r"<h3>(.*?)</h3>", html.split('id="results-h"')[1].split("</section>")[0])
    assert years == ["令和3年度（2021）", "令和4年度（2022）"]
    services.unpublish_round(shibata.rounds.get(fy=2021))
    text = _text(client.get(reverse("plan", args=[shibata.pk])).content.decode())
    assert "令和3年度（2021） 3 27" not in text and "令和4年度（2022） 4 26 0 2 32" in text


def test_plan_page_shows_where_the_plan_stands_year_over_year(client, shibata):
    html = client.get(reverse("plan", args=[shibata.pk])).content.decode()
    standing = html.split('id="standing-h"')[1].split("</section>")[0]
    text = _text(standing)
    # per year: A B C D, total, progress (weighted: initiatives at B or better of those graded A–C)
    assert "令和3年度（2021） 3 27 0 2 32 100%" in text
    assert "令和5年度（2023） 4 26 2 2 34 94%" in text
    assert "<desc" in standing and "令和5年度：A 4件、B 26件、C 2件、D 2件" in standing  # chart in words
    # per section: 窓口業務の高度化 in 令和5年度 (11 done → B, 12 A, 13 D)
    assert re.search(r"窓口業務の高度化.*?令和5年度（2023） 1 1 1 1 1 0 1 100%", text)
    assert "取組数による加重平均" in text and "評価の方法" in text
    # 94% is 30 of the 32 graded A–C: the two D are left out, and the words say so (they said 「すべての取組のうち」)
    assert "「D 評価できない」の取組は分子にも分母にも数えません（B 5件・C 1件・D 1件なら、5÷6で83%）" in text


def test_the_plan_office_chooses_the_rollup_rule_and_the_page_says_it(client, shibata):
    Plan.objects.filter(pk=shibata.pk).update(rollup_rule="worst")
    text = _text(client.get(reverse("plan", args=[shibata.pk])).content.decode())
    assert "最も遅れているものの進捗率" in text
    assert "令和5年度（2023） 4 26 2 2 34 0%" in text  # 市民向け情報施策 has C: the worst child
    Plan.objects.filter(pk=shibata.pk).update(rollup_rule="average")
    text = _text(client.get(reverse("plan", args=[shibata.pk])).content.decode())
    assert "単純平均" in text


def test_home_page_shows_each_plans_published_grades_per_year(client, shibata):
    text = _text(client.get(reverse("home")).content.decode())
    assert "令和5年度（2023） ：A 4件・B 26件・C 2件・D 2件" in text


def test_results_pages_take_a_fixed_number_of_queries(client, shibata):
    counts = []
    for code in ("12", "7"):  # one indicator / three indicators
        pk = shibata.initiatives.get(code=code).pk
        with CaptureQueriesContext(connection) as ctx:
            assert client.get(reverse("initiative", args=[pk])).status_code == 200
        counts.append(len(ctx.captured_queries))
    assert counts[0] == counts[1], counts


def test_roadmap_shows_the_latest_published_status_and_the_department(client, shibata):
    html = client.get(reverse("roadmap", args=[shibata.pk])).content.decode()
    assert '<abbr title="令和5年度（2023）">R5</abbr>の状況' in html
    row = re.search(r"12 マイナンバーカードの取得率及び利便性向上</a></th>(.*?)</tr>", html, re.S).group(1)
    cells = re.findall(r"<td[^>]*>(.*?)</td>", row, re.S)
    assert _text(cells[0]).strip() == "—"  # 新発田市's plan names no 担当課
    assert _text(cells[1]).strip() == "実施中 評価 A"
    # equal year columns: one <col> per year (令和6–8年度 scheduled), sized by the fixed table layout
    assert html.count('<col class="rm-year">') == 3


def test_a_citizen_is_not_offered_workflow_states_on_a_published_round(client, shibata):
    """The public round page lists published reports only, yet offered to filter by 「未提出」「差戻し」."""
    html = client.get(reverse("progress:round", args=[shibata.rounds.get(fy=2023).pk])).content.decode()
    assert "報告の一覧" in html and "全34件" in html
    assert 'id="f-state"' not in html and '<option value="draft">' not in html


def test_plan_standing_says_how_many_reports_it_leaves_unpublished(client, shibata):
    """The plan page said 取組 9件 while its section table left the unpublished 9th out silently."""
    r5 = shibata.rounds.get(fy=2023)
    section = r5.reports.get(initiative__code="12").initiative.section
    Report.objects.filter(round=r5, initiative__section=section).update(published_at=None)
    hidden = r5.reports.filter(initiative__section=section).count()
    html = client.get(reverse("plan", args=[shibata.pk])).content.decode()
    standing = html.split('id="standing-h"')[1].split("</section>")[0]
    text = _text(standing)
    assert f"公表した取組 {34 - hidden}件（計画の取組 34件のうち）、未公表 {hidden}件" in text
    assert '<th scope="col" class="num">未公表</th>' in standing
    # the section whose every report is unpublished keeps its row, counted 「未公表」
    assert re.search(rf"{section.title}.*?令和5年度（2023）( 0)+ {hidden} —", text)


def test_the_plan_pages_progress_rate_says_it_counts_the_published_reports_only(client, shibata):
    """Walked: 「未公表 30件、進捗率 100%」 read as if the plan were done, the rate being of the 4 reports published.
    The sentence, the tables' column and their note say what the rate is computed over: the published reports that
    could be graded (one graded 評価できない is in neither part of the rate, as ``rollup_text`` says)."""
    r5 = shibata.rounds.get(fy=2023)
    kept = list(
        r5.reports.filter(review_grade="", evaluation__computed_grade__in=["A", "B"]).values_list("pk", flat=True)[:4]
    )
    assert len(kept) == 4
    r5.reports.exclude(pk__in=kept).update(published_at=None)
    not_evaluable = services.scale_for(shibata.municipality).not_evaluable.code
    Report.objects.filter(pk=kept[0]).update(review_grade=not_evaluable)
    html = client.get(reverse("plan", args=[shibata.pk])).content.decode()
    standing = html.split('id="standing-h"')[1].split("</section>")[0]
    text = _text(standing)
    assert (
        "令和5年度（2023）：公表した取組 4件（計画の取組 34件のうち）、未公表 30件。"
        "進捗率 100%は公表した取組のうち評価できた3件から求めた値で、未公表の30件は含みません。" in text
    )
    # both tables head the column so, beside the 「未公表」 count, and the note under them says it again
    assert standing.count('<th scope="col" class="num">進捗率（公表した取組のみ）</th>') == 2
    assert '<th scope="col" class="num">進捗率</th>' not in standing
    assert "進捗率も公表した取組だけから求めています。" in text
    # the chart's text equivalent says what its bars leave out
    assert "。令和5年度はほかに未公表 30件（図に含みません）。</desc>" in standing
    # a year whose reports are all published says its rate plainly
    assert re.search(r"令和4年度（2022） 4 26 0 2 32 0 \d+%", text)


def test_no_rate_is_stated_where_no_published_report_could_be_graded(client, shibata):
    """「進捗率 —は公表した取組のうち評価できた0件から求めた値」 said nothing a citizen could use: where every published report
    is graded 評価できない, the sentence says the rate cannot be given yet."""
    r5 = shibata.rounds.get(fy=2023)
    kept = list(r5.reports.values_list("pk", flat=True)[:2])
    r5.reports.exclude(pk__in=kept).update(published_at=None)
    not_evaluable = services.scale_for(shibata.municipality).not_evaluable.code
    Report.objects.filter(pk__in=kept).update(review_grade=not_evaluable)
    html = client.get(reverse("plan", args=[shibata.pk])).content.decode()
    text = _text(html.split('id="standing-h"')[1].split("</section>")[0])
    assert (
        "令和5年度（2023）：公表した取組 2件（計画の取組 34件のうち）、未公表 32件。"
        "公表した取組に評価できたものがないため、進捗率はまだ求められません。" in text
    )
    assert "評価できた0件" not in text


def test_the_home_page_and_the_round_page_count_the_unpublished_as_the_plan_page_does(client, shibata):
    """The plan page said 「公表した取組 33件（計画の取組 34件のうち）、未公表 1件」; the home page listed
    the 33 grades as the whole year and the public round page 「全33件」 without a word of the 34th."""
    r5 = shibata.rounds.get(fy=2023)
    Report.objects.filter(round=r5, initiative__code="12").update(published_at=None)
    plan_page = _text(client.get(reverse("plan", args=[shibata.pk])).content.decode())
    assert "公表した取組 33件（計画の取組 34件のうち）、未公表 1件" in plan_page
    home = _text(client.get(reverse("home")).content.decode())
    assert "令和5年度（2023） ：A 3件・B 26件・C 2件・D 2件（ほかに未公表 1件）" in home
    assert "令和4年度（2022） ：A 4件・B 26件・D 2件 " in home  # a year with every report published
    round_page = _text(client.get(reverse("progress:round", args=[r5.pk])).content.decode())
    assert "公表された報告だけを表示しています。この回の取組のうち、未公表 1件は載せていません。" in round_page
    assert "33件を表示（全33件）" in round_page and "マイナンバーカードの取得率" not in round_page


def _fills(html: str) -> dict[str, str]:
    """The fill colour of each ``.grade-…`` class in the stylesheets the page links (and only those)."""
    from django.contrib.staticfiles import finders

    fills: dict[str, str] = {}
    for href in re.findall(r'<link rel="stylesheet" href="/static/([^"]+)"', html):
        css = Path(finders.find(href)).read_text(encoding="utf-8")
        for selectors, fill in re.findall(r"([^{}]+)\{[^}]*?fill: (#[0-9a-f]{6})", css):
            for css_class in re.findall(r"\.(grade-[0-9a-z]+)\b", selectors):
                fills[css_class] = fill
    return fills


def _contrast(a: str, b: str) -> float:
    def luminance(colour: str) -> float:
        rgb = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
        lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in rgb]
        return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]

    dark, light = sorted([luminance(a), luminance(b)])
    return (light + 0.05) / (dark + 0.05)


def test_the_plan_pages_grade_chart_is_coloured_with_a_legend_as_the_committee_report(client, shibata):
    """The chart drew <rect class="grade-1"> … but site.css, the only stylesheet of the plan page, coloured
    no grade: every bar was solid black. The colours are the committee report's, from one stylesheet."""
    html = client.get(reverse("plan", args=[shibata.pk])).content.decode()
    standing = html.split('id="standing-h"')[1].split("</section>")[0]
    chart = standing[standing.index("<svg") : standing.index("</svg>")]
    classes = set(re.findall(r'<rect [^>]*class="(grade-[^"]+)"', chart))
    assert classes == {"grade-1", "grade-2", "grade-3", "grade-none"}  # A B C, and D 評価できない
    fills = _fills(html)
    assert classes <= fills.keys()
    drawn = {fills[c] for c in classes}
    assert len(drawn) == 4  # four grades, four colours
    # each at least 3:1 on the white chart and against the white line parting touching segments
    assert all(_contrast(colour, "#ffffff") >= 3 for colour in drawn), drawn
    # the key to the colours, in words beside each swatch
    legend = standing[standing.index('<ul class="chart-legend">') :].split("</ul>")[0]
    assert _text(legend).strip() == "A 目標を上回る B 目標どおり C 遅れている D 評価できない"
    assert re.findall(r'class="(grade-[^"]+)"', legend) == ["grade-1", "grade-2", "grade-3", "grade-none"]

    # the committee report colours the same grade the same way, from the same rules
    round_ = shibata.rounds.get(fy=2023)
    committee = client.get(reverse("exports-committee", args=[round_.pk])).content.decode()
    bars = set(re.findall(r'class="bar (grade-[^"]+)"', committee))
    assert bars == classes
    assert {c: _fills(committee)[c] for c in bars} == {c: fills[c] for c in classes}
    from django.contrib.staticfiles import finders

    report_css = Path(finders.find("exports/report.css")).read_text(encoding="utf-8")
    assert "grade-1" not in report_css  # one home: site.css


def test_the_public_rule_states_the_maintain_tolerance_the_rate_used(client, shibata):
    """情報セキュリティ研修の受講率: 目標値 100%, 実績値 98.9% showed 達成率100.0% beside a rule saying only 「基準値を維持
    していれば達成率100%」, so a citizen redoing it got 98.9% and 「維持できていない」 (found walking a round). The initiative
    page, the plan page and the committee report state the tolerance the rate is computed with, from the municipality's
    scale (``GradeScale.maintain_tolerance``, by default ``evaluation.MAINTAIN_TOLERANCE``)."""
    from shinchoku.progress import evaluation
    from shinchoku.progress.models import GradeScale, Round

    assert GradeScale._meta.get_field("maintain_tolerance").default == evaluation.MAINTAIN_TOLERANCE == 0.05
    assert evaluation.achievement(98.9, 100, direction="maintain") == 1.0  # what the page showed
    web = shibata.initiatives.get(title__contains="Webアクセシビリティ")  # 99.9%準拠 kept: maintain
    said = "維持を目指す指標（維持型）は、実績値が目標値の95%以上を維持していれば達成率100%（許容幅5%）、95%を下回れば実績値÷目標値です"
    committee = reverse("exports-committee", args=[Round.objects.filter(plan=shibata).latest("fy").pk])
    for url in (reverse("initiative", args=[web.pk]), reverse("plan", args=[shibata.pk]), committee):
        text = _text(client.get(url).content.decode())
        assert said in text, url
        assert "基準値（なければ最初の実績）を目標値として、その95%以上を維持していれば達成率100%です" in text, url
    # the municipality's own tolerance is the one stated
    scale = services.scale_for(shibata.municipality)
    GradeScale.objects.create(
        municipality=shibata.municipality, grades=[{"code": g.code, "label": g.label, "min_rate": g.min_rate}
                                                   for g in scale.grades], maintain_tolerance=0.1,
    )  # fmt: skip
    text = _text(client.get(reverse("initiative", args=[web.pk])).content.decode())
    assert "実績値が目標値の90%以上を維持していれば達成率100%（許容幅10%）" in text and said not in text
