"""Times on the report page in 和暦 and Tokyo time, like the deadline beside them.

Found by using the merged app: 市民課 submitted at 11:41 JST on 2 December 2026 and the page
said 「提出 2026年12月2日 11:41」 next to 「提出期限 令和8年12月5日（土）」.
"""

from __future__ import annotations

from datetime import UTC, datetime

from shinchoku.core.dates import wareki_time
from shinchoku.progress.models import Report

from .conftest import login


def test_a_moment_is_written_in_wareki_to_the_minute_in_tokyo():
    # 02:41 UTC = 11:41 JST; 15:30 UTC on 31 March = 00:30 JST on 1 April (next 年度's first day)
    assert wareki_time(datetime(2026, 12, 2, 2, 41, tzinfo=UTC)) == "令和8年12月2日 11:41"
    assert wareki_time(datetime(2025, 3, 31, 15, 30, tzinfo=UTC)) == "令和7年4月1日 00:30"
    assert wareki_time(None) == ""


def test_report_page_shows_submission_and_return_times_in_wareki(client, w):
    submitted = datetime(2026, 12, 2, 2, 41, tzinfo=UTC)
    returned = datetime(2026, 12, 3, 0, 5, tzinfo=UTC)
    Report.objects.filter(pk=w.report.pk).update(
        state=Report.State.RETURNED, submitted_at=submitted, reviewed_at=returned,
        review_comment="実績値の根拠を追記してください。",
    )  # fmt: skip
    login(client, w.users["editor"])
    page = client.get(f"/reports/{w.report.pk}/").content.decode()
    assert "令和8年12月2日 11:41" in page  # 提出
    assert "令和8年12月3日 09:05" in page  # 差戻し
    assert "2026年12月" not in page
