"""Two plan-office editors saving at the same moment over real HTTP (the server of
tests/progress/test_races.py: waitress, 8 threads, a database file or PostgreSQL): nobody's change
is lost silently, nobody gets a 500."""

from __future__ import annotations

import re
from functools import partial

import pytest

from tests.progress.test_races import _csrf, _together, site  # noqa: F401 - the module's server

RACES = 10

pytestmark = pytest.mark.slow


def _grid(session, url: str) -> dict[str, str]:
    page = session.get(url)
    assert page.status_code == 200
    data = dict(re.findall(r'<input[^>]*?name="((?:t|was)\d+_\d+)"[^>]*?value="([^"]*)"', page.text))
    data["csrfmiddlewaretoken"] = _csrf(page)
    return data


def _cell(data: dict[str, str], n: int) -> str:
    """The n-th cell that shows a target (the grid's order: indicators × years)."""
    return [k for k, v in data.items() if k.startswith("t") and v][n]


def test_targets_grid_races_lose_no_change(site):  # noqa: F811
    rounds = site.api("office").get(f"{site.url}/api/v1/rounds").json()
    plan = (rounds["items"] if isinstance(rounds, dict) else rounds)[0]["plan"]
    url = f"{site.url}/plans/{plan}/edit/targets/"
    for n in range(RACES):
        first, second = site.browser("office"), site.browser("office")
        a, b = _grid(first, url), _grid(second, url)
        same, other = _cell(a, 0), _cell(a, 1 + n)
        reason = {"reason": f"競合の試験 {n}"}
        # different cells from the same page: both are saved
        r1, r2 = _together(
            partial(first.post, url, data={**a, **reason, same: str(50000 + n)}, allow_redirects=False, timeout=60),
            partial(second.post, url, data={**b, **reason, other: str(60000 + n)}, allow_redirects=False, timeout=60),
        )
        assert (r1.status_code, r2.status_code) == (302, 302), (r1.text[:300], r2.text[:300])
        after = _grid(site.browser("office"), url)
        assert (after[same], after[other]) == (str(50000 + n), str(60000 + n))
        # the same cell from the same page: one wins, the other is told (409) and keeps its input
        a, b = _grid(first, url), _grid(second, url)
        r1, r2 = _together(
            partial(first.post, url, data={**a, **reason, same: str(70000 + n)}, allow_redirects=False, timeout=60),
            partial(second.post, url, data={**b, **reason, same: str(80000 + n)}, allow_redirects=False, timeout=60),
        )
        assert sorted((r1.status_code, r2.status_code)) == [302, 409]
        loser, winner_value = (r2, str(70000 + n)) if r1.status_code == 302 else (r1, str(80000 + n))
        assert "他の人が変更しました" in loser.text
        assert _grid(site.browser("office"), url)[same] == winner_value
