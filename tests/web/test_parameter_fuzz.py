"""Query parameters from anywhere: a page answers 200 or 400, never 500 (issue 9: ``?department=²``).

The reading pages take filters in the query string; the API takes ids and paging. Digits that
``str.isdigit()`` accepts but ``int()`` does not (², ١), ids beyond any database integer and
arbitrary text are sent to each. The fuzzing draws 60 examples per page (hypothesis, derandomized).
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

pytestmark = pytest.mark.django_db

ODD = ["²", "١", "٣٤", "Ⅻ", "１２", "99999999999999999999999", "-1", "0", "1e3", " 1", "1\x00", "\ud800"]
FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)

values = st.one_of(st.sampled_from(ODD), st.text(max_size=30), st.integers().map(str))
WEB_PARAMS = {
    "plan": ["q", "section", "department", "scope", "priority", "mark", "has_indicators"],
    "roadmap": ["department"],
    "budget": ["department"],
}


def _get(client, url: str, params: dict[str, str]):
    # a lone surrogate cannot be encoded into a URL by any browser; send what a client can
    safe = {k: v.encode("utf-8", "replace").decode() for k, v in params.items()}
    return client.get(url, safe)


@pytest.mark.parametrize("page", sorted(WEB_PARAMS))
def test_web_pages_answer_200_or_400_to_any_parameter(client, plans, page):
    url = f"/plans/{plans['nobeoka'].pk}/" + ("" if page == "plan" else f"{page}/")

    @FUZZ
    @given(st.dictionaries(st.sampled_from(WEB_PARAMS[page]), values, max_size=3))
    def check(params):
        response = _get(client, url, params)
        assert response.status_code in (200, 400), (params, response.status_code)

    check()


@pytest.mark.parametrize("value", ODD)
def test_odd_department_ids_are_400_on_the_roadmap(client, plans, value):
    url = f"/plans/{plans['nobeoka'].pk}/roadmap/"
    assert _get(client, url, {"department": value}).status_code == 400


@pytest.mark.parametrize("value", ["²", "١", "99999999999999999999999", "1.5"])
@pytest.mark.parametrize("path", ["/api/v1/plans?municipality={v}", "/api/v1/rounds?plan={v}", "/api/v1/plans?limit={v}",
                                  "/api/v1/plans?offset={v}", "/api/v1/plans/{v}"])  # fmt: skip
def test_api_answers_odd_digits_with_a_client_error(client, plans, path, value):
    response = client.get(path.format(v=value))
    assert response.status_code in (400, 404, 422), response.content  # never 500
    assert response.json()["detail"]
