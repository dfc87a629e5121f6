"""The printable committee report of a round (/rounds/<pk>/committee/)."""

from __future__ import annotations

import re
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import AnonymousUser
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from shinchoku.accounts.models import Membership, Role
from shinchoku.demo import build_demo_rounds
from shinchoku.exports.committee import bar_chart, committee_report, load_round_table
from shinchoku.importers import parse
from shinchoku.plans.generate import multiply
from shinchoku.plans.loader import load_plan
from shinchoku.progress import services
from shinchoku.progress.models import Report

pytestmark = pytest.mark.django_db
ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "samples" / "plans"
CSS = ROOT / "src" / "shinchoku" / "exports" / "static" / "exports" / "report.css"


@pytest.fixture
def shibata():
    plan = load_plan(parse(SAMPLES / "shibata.txt")).plan
    list(build_demo_rounds())
    return plan


class Outline(HTMLParser):
    """Headings, table header cells and figures of a page, for structural assertions."""

    def __init__(self) -> None:
        super().__init__()
        self.headings: list[tuple[str, str]] = []
        self.th: list[dict[str, str | None]] = []
        self.figures = self.figcaptions = self.svgs = 0
        self._heading: str | None = None
        self._text: list[str] = []

    def handle_starttag(self, tag, attrs):
        if re.fullmatch(r"h[1-6]", tag):
            self._heading, self._text = tag, []
        elif tag == "th":
            self.th.append(dict(attrs))
        elif tag == "figure":
            self.figures += 1
        elif tag == "figcaption":
            self.figcaptions += 1
        elif tag == "svg":
            self.svgs += 1
            assert dict(attrs).get("role") == "img" and dict(attrs).get("aria-labelledby")

    def handle_endtag(self, tag):
        if tag == self._heading:
            self.headings.append((tag, " ".join("".join(self._text).split())))
            self._heading = None

    def handle_data(self, data):
        if self._heading:
            self._text.append(data)


def outline(html: str) -> Outline:
    parser = Outline()
    parser.feed(html)
    return parser


def test_committee_report_of_shibata_r5(client, shibata):
    r5 = shibata.rounds.get(fy=2023)
    response = client.get(reverse("exports-committee", args=[r5.pk]))
    assert response.status_code == 200
    html = response.content.decode()
    page = outline(html)
    assert [h for h in page.headings if h[0] == "h1"] == [
        ("h1", "新発田市情報化推進計画（個別取組）令和5年度（2023） 進捗状況報告")
    ]
    h2 = [text for tag, text in page.headings if tag == "h2"]
    assert h2[:4] == [
        "1 概要",
        "2 区分 市民向け情報施策",
        "3 区分 庁内向け情報施策",
        "4 区分 基盤となる情報施策",
    ]
    h3 = [text for tag, text in page.headings if tag == "h3"]
    # the code and the year as every page writes them: 「番号」, 「令和5年度（2023）」, not 「NO」 / 「R5」
    assert "番号 12 マイナンバーカードの取得率及び利便性向上" in h3 and "評価の分布" in h3
    assert sum(1 for t in h3 if t.startswith("番号 ")) == 34  # 【新】 initiatives joined later ones
    assert not any(t.startswith("NO ") for t in h3)
    assert "提出 34件／差戻し 0件／未提出 0件" in html
    # each grade's basis (the plan's 工程 start in 令和6年度: the status and the self-grade), and the rule, for citizens
    assert "進捗状況と自己評価による（年度の工程なし）" in html and "評価の方法" in html

    # summary: a bar chart of the grades with the same numbers in a table (text equivalent)
    assert page.figures == page.figcaptions == page.svgs == 2
    assert "図1 評価の分布（取組数）" in html and "<caption>表1 評価の分布</caption>" in html
    assert re.search(r'<th scope="row">A 目標を上回る</th><td class="num">4</td>', html)
    assert re.search(r'<th scope="row">C 遅れている</th><td class="num">2</td>', html)
    assert "A 目標を上回る 4件" in html and "B 目標どおり 26件" in html  # the SVG's <desc>
    assert all(th.get("scope") in ("col", "row") for th in page.th)
    assert "A 目標を上回る（達成率110%以上）" in html
    assert "A 目標を上回るが4件、B 目標どおりが26件、C 遅れているが2件、D 評価できないが2件です。" in html
    # 表3's last column counts every initiative of the section, unsubmitted too: it says so
    # (headed 「計」, it read as the sum of the grades beside it: A–D 2 of 「計」 10)
    assert '<th scope="col" class="num">取組数（未提出を含む）</th>' in html

    # each initiative: its indicator for the year, grade and narrative
    block = html[html.index("マイナンバーカードの取得率及び利便性向上") :]
    block = block[: block.index("</article>")]
    assert "マイナンバーカードの普及率" in block and "40%" in block and "80.7%" in block and "201.8%" in block
    assert "目標を上回る" in block and "実施中" in block
    opendata = html[html.index("オープンデータ)の推進") :]
    opendata = opendata[: opendata.index("</article>")]
    assert "10件" in opendata and "7件" in opendata and "70.0%" in opendata and "遅れている" in opendata


def test_committee_report_prints_as_a4_portrait_without_navigation(client, shibata):
    html = client.get(reverse("exports-committee", args=[shibata.rounds.get(fy=2023).pk])).content.decode()
    assert "exports/report.css" in html or "@page" in html
    css = CSS.read_text(encoding="utf-8")
    media = css[css.index("@media print") :]
    assert "size: A4 portrait" in media
    assert re.search(r"\.report-section \{ break-before: page; \}", media)
    assert re.search(r"\.site-header[^{]*\{ display: none", media) and ".breadcrumbs" in media
    assert 'class="report-section"' in html and 'class="report-actions no-print"' in html


def test_unpublished_round_needs_view_round_and_public_sees_only_published_reports(client, shibata):
    r5 = shibata.rounds.get(fy=2023)
    url = reverse("exports-committee", args=[r5.pk])
    Report.objects.filter(round=r5, initiative__code="12").update(published_at=None)
    html = client.get(url).content.decode()
    # the unpublished report keeps its initiative's place, 「未公表」 without its figures
    block = html[html.index("マイナンバーカードの取得率及び利便性向上") :]
    block = block[: block.index("</article>")]
    assert "未公表" in block and "80.7%" not in block and "マイナンバーカードの普及率" not in block
    assert "オープンデータ)の推進" in html

    member = get_user_model().objects.create_user("viewer")
    Membership.objects.create(user=member, role=Role.VIEWER, municipality=shibata.municipality)
    client.force_login(member)
    html = client.get(url).content.decode()
    assert "80.7%" in html and "未公表" not in html

    services.unpublish_round(r5)
    response = client.get(url)
    assert response.status_code == 200 and "非公表" in response.content.decode()
    client.logout()
    assert client.get(url).status_code == 404
    other = get_user_model().objects.create_user("elsewhere")
    nobeoka = load_plan(parse(SAMPLES / "nobeoka.txt")).plan
    Membership.objects.create(user=other, role=Role.PLAN_OFFICE, municipality=nobeoka.municipality)
    client.force_login(other)
    assert client.get(url).status_code == 404


def test_open_round_report_is_marked_provisional(client):
    plan = load_plan(parse(SAMPLES / "nobeoka.txt")).plan
    round_ = services.open_round(plan, 2022, date(2023, 5, 31))
    office = get_user_model().objects.create_user("office")
    Membership.objects.create(user=office, role=Role.PLAN_OFFICE, municipality=plan.municipality)
    client.force_login(office)
    response = client.get(reverse("exports-committee", args=[round_.pk]))
    html = response.content.decode()
    assert response.status_code == 200 and "受付中のため暫定" in html
    assert "マイナポータルからの行政手続のオンライン化" in html and "情報政策課" in html
    # the year of the schedule as every page writes it (progress/report_detail.html), not 「R4」
    assert "<dt>令和4年度（2022）の工程</dt>" in html and "R4の工程" not in html
    assert "no-store" in response["Cache-Control"]


def test_committee_report_takes_a_fixed_number_of_queries():
    small = load_plan(parse(SAMPLES / "shibata.txt")).plan
    big = load_plan(multiply(parse(SAMPLES / "shibata.txt"), 10, title_suffix="（10倍）")).plan
    counts = []
    for plan in (small, big):
        round_ = services.open_round(plan, 2023, date(2024, 5, 31))
        services.close_round(round_)
        services.publish_round(round_)
        with CaptureQueriesContext(connection) as ctx:
            report = committee_report(load_round_table(round_, AnonymousUser()))
        counts.append(len(ctx.captured_queries))
        assert len(report.rows) == plan.initiatives.count()
        assert report.grade_chart.total == 0  # nothing was submitted: no grade counts
        assert report.submission == [("公表", 0), ("未公表", len(report.rows))]
    assert counts[0] == counts[1], counts


def test_summary_sentence_ends_cleanly_when_the_last_grade_has_no_initiative():
    """延岡市 令和7年度 (no D) read 「C 遅れているが2件、です。」 in the committee report."""
    chart = bar_chart("評価", [("A 目標を上回る", 2, ""), ("B 目標どおり", 6, ""), ("C 遅れている", 2, ""),
                               ("D 評価できない", 0, "")])  # fmt: skip
    assert chart.sentence == "A 目標を上回るが2件、B 目標どおりが6件、C 遅れているが2件です。"
    assert bar_chart("評価", [("A", 0, ""), ("B", 0, "")]).sentence == ""


def test_the_public_report_counts_what_is_published_and_says_so(client, shibata):
    """8 of 9 published read 「取組数 8件／未提出 0件」: the public report hid the ninth initiative."""
    r5 = shibata.rounds.get(fy=2023)
    Report.objects.filter(round=r5, initiative__code="12").update(published_at=None)
    html = client.get(reverse("exports-committee", args=[r5.pk])).content.decode()
    assert "<dd>公表した取組 33件（計画の取組 34件のうち）</dd>" in html
    # the withheld report's state is not the public's to know, and 「未提出 0件」 beside it would be false (walked: 70
    # reports never submitted were published as 「提出 11件／差戻し 0件／未提出 0件／未公表 70件」)
    assert "<dt>公表状況</dt><dd>公表 33件／未公表 1件</dd>" in html
    assert "未提出 0件" not in html and "差戻し 0件" not in html
    assert "計画の取組34件のうち公表した33件について" in html and "（未公表 1件）" in html
    assert "取組数（未提出・未公表を含む）" in html
    h3 = [text for tag, text in outline(html).headings if tag == "h3"]
    assert sum(1 for t in h3 if t.startswith("番号 ")) == 34  # every initiative keeps its place


def test_an_unsubmitted_draft_is_not_printed_as_the_departments_report(client):
    """Walking a round over 柿崎町's Word plan: a department's saved but unsubmitted report printed its
    「実施中」, its 実績値 1,800件 with 達成率 157.1% and all its comments in the committee report, whose own
    summary said 「提出 0件」. A draft is the department's to change: the report leaves it out."""
    plan = load_plan(parse(SAMPLES / "nobeoka.txt")).plan
    round_ = services.open_round(plan, 2022, date(2023, 5, 31))
    draft = round_.reports.get(initiative__title="マイナポータルからの行政手続のオンライン化")
    Report.objects.filter(pk=draft.pk).update(status="in_progress", achievements="下書きの取組実績です")
    office = get_user_model().objects.create_user("office")
    Membership.objects.create(user=office, role=Role.PLAN_OFFICE, municipality=plan.municipality)
    client.force_login(office)
    html = client.get(reverse("exports-committee", args=[round_.pk])).content.decode()
    article = html.split(f'id="initiative-{draft.pk}"')[1].split("</article>")[0]
    assert "下書きの取組実績です" not in article and "実施中" not in article
    assert "<dt>進捗状況</dt><dd>—</dd>" in article and "報告が提出されていないため" in article


def test_a_grade_the_plan_office_changed_says_so_at_the_grade(client, shibata):
    """Walked: 3-1-2 read 「評価 B 目標どおり（算定 C・自己評価 B・指標の達成率による）」, the basis of the computed C
    beside the plan office's B, the change told only at the end of the block."""
    r5 = shibata.rounds.get(fy=2023)
    report = r5.reports.get(initiative__code="23")  # 79.3 of 80: computed B
    Report.objects.filter(pk=report.pk).update(review_grade="A", review_reason="目標をほぼ達成したため")
    text = " ".join(re.sub(r"<[^>]+>", " ", client.get(reverse("exports-committee", args=[r5.pk])).content.decode()).split())
    assert "A 目標を上回る （計画担当が変更・算定評価 B：指標の達成率による・自己評価" in text
