"""One way to write a date, as municipal staff write it, in local time (Asia/Tokyo).

Pages, e-mails, workbooks and reports show dates in 和暦 (令和7年6月1日), deadlines with the
weekday (令和8年12月5日（土）), fiscal years with the Western year (令和7年度（2025）), and
machine-readable columns in ISO 8601. A stored moment is
always converted to local time before its date is taken: a round published at 07:48 JST on
6月2日 was published on 6月2日, although it is still 6月1日 in UTC.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime

from django.utils import timezone

#: Era start dates and the offset from the Western year (令和N年 = N + 2018).
ERAS = ((date(2019, 5, 1), "令和", 2018), (date(1989, 1, 8), "平成", 1988))
WEEKDAYS = "月火水木金土日"


def local_date(moment: datetime | date | None) -> date | None:
    """The local calendar day of a stored moment (aware datetimes converted to Asia/Tokyo)."""
    if moment is None:
        return None
    if isinstance(moment, datetime):
        return (timezone.localtime(moment) if timezone.is_aware(moment) else moment).date()
    return moment


def wareki_date(day: date, *, weekday: bool = False) -> str:
    """date(2025, 6, 1) -> "令和7年6月1日"; with ``weekday`` -> "令和7年6月1日（日）" (元年 for an era's first year)."""
    text = f"{day.year}年{day.month}月{day.day}日"
    for start, era, offset in ERAS:
        if day >= start:
            n = day.year - offset
            text = f"{era}{'元' if n == 1 else n}年{day.month}月{day.day}日"
            break
    return f"{text}（{WEEKDAYS[day.weekday()]}）" if weekday else text


def fiscal_year(fy: int | None) -> str:
    """2025 -> "令和7年度（2025）": the 和暦 staff write, with the Western year for everyone else.

    Full-width parentheses, as in the Japanese text around it (pages wrote 「令和7年度 (2025)の工程」
    beside forms that wrote 「令和7年度（2025）」); "" for none.
    """
    if not fy:
        return ""
    from shinchoku.importers.text import wareki

    return f"{wareki(int(fy))}（{int(fy)}）"


def deadline_label(day: date) -> str:
    """A deadline as staff read it: "令和8年12月5日（土）"."""
    return wareki_date(day, weekday=True)


def wareki_datetime(moment: datetime | date | None) -> str:
    """An update time as staff and citizens read it: "令和7年6月1日（2025-06-01）", in full-width brackets as a 年度
    is written (「令和7年度（2025）」; walked: the open-data page alone wrote 「 (2025-06-01)」); "" for none."""
    day = local_date(moment)
    if day is None:
        return ""
    return f"{wareki_date(day)}（{day.isoformat()}）"


def wareki_month(year_month: str) -> str:
    """A plan's 公表年月 as stored ("2021-12") -> "令和3年12月"; anything else is shown as written."""
    try:
        year, month = (int(part) for part in year_month.split("-"))
        day = date(year, month, 1)
    except ValueError:
        return year_month
    return wareki_date(day).removesuffix("1日")


def fiscal_year_end(fy: int) -> str:
    """The end of a fiscal year as a 備考 writes it: 2025 -> "令和8年3月末" (令和7年度 ends in March of 令和8年)."""
    return f"{wareki_month(f'{int(fy) + 1}-03')}末"


def wareki_time(moment: datetime | None) -> str:
    """When something was done (submitted, reviewed, revised), to the minute in local time:
    "令和8年12月2日 11:41"; "" for none. Pages showed these as 2026年12月2日 beside 和暦 deadlines."""
    if moment is None:
        return ""
    local = timezone.localtime(moment) if timezone.is_aware(moment) else moment
    return f"{wareki_date(local.date())} {local:%H:%M}"


def iso_datetime(moment: datetime | None) -> str | None:
    """A moment in ISO 8601 at local time, to the second (「2026-12-05T10:21:00+09:00」), for machine-readable fields: the
    open data's and the API's one format; None for none. The open data's JSON wrote its last_modified in UTC
    (「…+00:00」) beside dates that are local days, and both wrote microseconds (「…T06:43:09.386006+09:00」) where
    docs/opendata.md shows 「2025-06-01T10:15:00+09:00」 (walked)."""
    return None if moment is None else timezone.localtime(moment).isoformat(timespec="seconds")


def iso_date(moment: datetime | date | None) -> str:
    """The local day in ISO 8601 for machine-readable columns; "" for none."""
    day = local_date(moment)
    return day.isoformat() if day else ""


#: 「2026-12-25」「2026/12/25」「2026.12.25」「2026年12月25日」 (after NFKC, blanks removed).
_WESTERN = re.compile(r"(\d{4})(?:[-/.](\d{1,2})[-/.](\d{1,2})|年(\d{1,2})月(\d{1,2})日?)")
#: 「令和8年12月25日」「令和元年5月1日」「R8.12.25」「R8/12/25」「平成31年4月30日」.
_ERA = re.compile(r"(令和|平成|R|H)(\d{1,2}|元)(?:[-/.](\d{1,2})[-/.](\d{1,2})|年(\d{1,2})月(\d{1,2})日?)")
#: The weekday a deadline is shown with (「令和8年12月25日（金）」), copied with it.
_WEEKDAY = re.compile(r"[(（][月火水木金土日](?:曜日?)?[)）]$")
_ERA_OFFSET = {"令和": 2018, "R": 2018, "平成": 1988, "H": 1988}


def era_year(era: str, number: str) -> int:
    """The Western year of 令和 / 平成 (or R / H) year ``number`` (「元」 is 1): 令和8 → 2026."""
    return _ERA_OFFSET[era] + (1 if number == "元" else int(number))


def parse_date_input(text: str) -> date | None:
    """A date as staff type it: ISO (what a date picker sends), 「2026/12/25」, 「2026年12月25日」,
    「令和8年12月25日」 or 「R8.12.25」, full-width digits and the weekday the pages print after a
    deadline allowed; None for anything else (a day that does not exist too)."""
    normal = re.sub(r"\s+", "", unicodedata.normalize("NFKC", text or "")).upper()
    normal = _WEEKDAY.sub("", normal)
    try:
        if (m := _WESTERN.fullmatch(normal)) is not None:
            year, month, day = m.group(1), m.group(2) or m.group(4), m.group(3) or m.group(5)
            return date(int(year), int(month), int(day))
        if (m := _ERA.fullmatch(normal)) is not None:
            month, day = m.group(3) or m.group(5), m.group(4) or m.group(6)
            return date(era_year(m.group(1), m.group(2)), int(month), int(day))
    except ValueError:
        return None
    return None
