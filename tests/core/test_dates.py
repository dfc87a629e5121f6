"""One date style: 和暦 with the Western date where machines read it, local time, weekday on deadlines."""

from __future__ import annotations

from datetime import UTC, date, datetime

from shinchoku.core.dates import (
    deadline_label,
    fiscal_year,
    fiscal_year_end,
    iso_date,
    local_date,
    wareki_date,
    wareki_datetime,
)


def test_era_boundaries_and_first_years():
    assert wareki_date(date(2019, 4, 30)) == "平成31年4月30日"
    assert wareki_date(date(2019, 5, 1)) == "令和元年5月1日"
    assert wareki_date(date(2025, 6, 1)) == "令和7年6月1日"
    assert wareki_date(date(1989, 1, 8)) == "平成元年1月8日"


def test_deadlines_carry_the_weekday():
    assert deadline_label(date(2026, 12, 5)) == "令和8年12月5日（土）"
    assert deadline_label(date(2025, 5, 31)) == "令和7年5月31日（土）"


def test_a_moment_is_dated_in_tokyo_not_utc():
    # published at 07:48 JST on 6月2日 = 22:48 UTC on 6月1日
    moment = datetime(2025, 6, 1, 22, 48, tzinfo=UTC)
    assert local_date(moment) == date(2025, 6, 2)
    assert wareki_datetime(moment) == "令和7年6月2日（2025-06-02）"
    assert iso_date(moment) == "2025-06-02"
    assert wareki_datetime(None) == iso_date(None) == ""


def test_a_fiscal_year_is_written_one_way_with_its_western_year():
    """Pages wrote 「令和7年度 (2025)の工程」 while the forms beside them wrote 「令和7年度（2025）」."""
    assert fiscal_year(2025) == "令和7年度（2025）"
    assert fiscal_year(2019) == "令和元年度（2019）"
    assert fiscal_year(2018) == "平成30年度（2018）"
    assert fiscal_year(None) == ""


def test_a_fiscal_year_ends_in_march_of_the_next_year():
    assert fiscal_year_end(2025) == "令和8年3月末"
    assert fiscal_year_end(2024) == "令和7年3月末"
    assert fiscal_year_end(2018) == "平成31年3月末"
