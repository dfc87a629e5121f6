"""公表年月 in 和暦 on the plan list and the plan page, like every other date of the pages.

Found by using the merged app: 延岡市's plan said 「公表 2021-12」 beside 「令和3年度 (2021)〜令和7年度 (2025)」.
"""

from __future__ import annotations

import re

from shinchoku.core.dates import wareki_month


def test_a_year_month_is_written_in_wareki_across_the_era_change():
    assert wareki_month("2021-12") == "令和3年12月"
    assert wareki_month("2019-05") == "令和元年5月"
    assert wareki_month("2019-04") == "平成31年4月"
    assert wareki_month("2024-13") == "2024-13"  # not a month: shown as written


def test_home_and_plan_page_show_the_publication_month_in_wareki(client, plans):
    nobeoka = plans["nobeoka"]
    assert nobeoka.published == "2021-12"
    for url in ("/", f"/plans/{nobeoka.pk}/"):
        page = client.get(url).content.decode()
        assert "令和3年12月" in page, url
        assert "2021-12" not in page, url


def test_upload_preview_warnings_name_the_pdf_page_as_well_as_the_line():
    """Found by uploading 大野城市's plan printed to PDF: warnings said 「行 1」「行 13」 with no page."""
    from django.template.loader import render_to_string

    html = render_to_string(
        "shinchoku/_warnings.html",
        {
            "warnings": [
                {"page": 3, "line": 13, "message": "年度の印（→）がなく"},
                {"line": 20, "message": "網掛け"},
                {"message": "x"},
            ]
        },
    )
    cells = [c.strip() for c in re.findall(r"<tr><td>(.*?)</td>", html)]
    assert cells == ["3ページ 13行目", "20行目", "文書全体"]  # a warning about the whole file (f138855)
