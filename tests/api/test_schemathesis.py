"""schemathesis against the API's own OpenAPI schema, in process (WSGI), stateless, bounded.

Every GET operation with generated parameters (valid and invalid), and the write operations with
an invalid token: no 5xx, and every response conforms to the schema (status code, content type,
body). The sample data is loaded, so ids that exist are hit as well as ids that do not.
"""

from __future__ import annotations

import pytest
import schemathesis
from django.core import signals
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import HealthCheck, settings

MAX_EXAMPLES = 25

CONFIG = schemathesis.config.SchemathesisConfig.from_dict(
    {
        "generation": {"max-examples": MAX_EXAMPLES, "mode": "all"},
        "phases": {"stateful": {"enabled": False}},
        "suppress-health-check": ["all"],
    }
)
schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", get_wsgi_application(), config=CONFIG)
reads = schema.include(method="GET")
#: Every request without a valid token ends at authentication (401), so the many bodies of the
#: coverage phase would all test the same thing: fuzzing alone, valid and invalid bodies.
writes = schemathesis.openapi.from_wsgi(
    "/api/v1/openapi.json",
    get_wsgi_application(),
    config=schemathesis.config.SchemathesisConfig.from_dict(
        {
            "generation": {"max-examples": MAX_EXAMPLES, "mode": "all"},
            "phases": {"stateful": {"enabled": False}, "coverage": {"enabled": False}},
            "suppress-health-check": ["all"],
        }
    ),
).include(method=["PUT", "POST"])

#: Hypothesis runs many examples in one test (and one database transaction): that is intended.
bounded = settings(
    max_examples=MAX_EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True
)


def is_json(response) -> bool:
    return response.headers.get("content-type", [""])[0].startswith("application/json")


@pytest.fixture
def in_test_transaction(samples):
    """Requests go straight to the WSGI app, which would close the test's connection after each one."""
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    yield
    signals.request_started.connect(close_old_connections)
    signals.request_finished.connect(close_old_connections)


@reads.parametrize()
@bounded
def test_read_operations(case, in_test_transaction):
    response = case.call_and_validate()
    assert response.status_code < 500
    assert is_json(response) or response.status_code == 304


@writes.parametrize()
@bounded
def test_write_operations_refuse_an_invalid_token(case, in_test_transaction):
    response = case.call_and_validate(headers={"Authorization": "Bearer not-a-real-token"})
    assert response.status_code in (400, 401, 404, 405, 422), response.text
    assert is_json(response)


#: Every object of the sample data, through its detail operation, checked against the schema.
DETAIL_OPERATIONS = {
    "/api/v1/municipalities/{id}": "plans.Municipality",
    "/api/v1/plans/{id}": "plans.Plan",
    "/api/v1/initiatives/{id}": "plans.Initiative",
    "/api/v1/indicators/{id}": "plans.Indicator",
    "/api/v1/rounds/{id}": "progress.Round",
    "/api/v1/reports/{id}": "progress.Report",
}


@pytest.mark.parametrize("path", DETAIL_OPERATIONS)
def test_every_sample_object_conforms_to_the_schema(path, in_test_transaction):
    from django.apps import apps

    operation = schema[path]["GET"]
    ids = apps.get_model(DETAIL_OPERATIONS[path]).objects.values_list("pk", flat=True)
    assert ids
    for pk in ids:
        response = operation.Case(path_parameters={"id": pk}).call_and_validate()
        assert response.status_code in (200, 404), (pk, response.status_code)


#: Valid requests with a valid token on a real report of an open round, aimed at it (its id, its
#: current version, its indicator): generated texts, numbers and statuses are saved (200) or refused
#: by the workflow (409: submitting without a status), conform to the schema, and none is 5xx.
WRITE_CONFIG = schemathesis.config.SchemathesisConfig.from_dict(
    {
        "generation": {"max-examples": MAX_EXAMPLES, "mode": "positive"},
        "phases": {"stateful": {"enabled": False}, "coverage": {"enabled": False}},
        "checks": {"positive_data_acceptance": {"expected-statuses": ["2xx", "409", "422"]}},
        "suppress-health-check": ["all"],
    }
)
authorised_writes = schemathesis.openapi.from_wsgi(
    "/api/v1/openapi.json", get_wsgi_application(), config=WRITE_CONFIG
).include(method=["PUT", "POST"])


@pytest.fixture
def office_and_report(samples, make_user):
    from datetime import date

    from shinchoku.accounts.models import Role
    from shinchoku.progress import services

    _, token = make_user("office", Role.PLAN_OFFICE, samples.shibata.municipality)
    round_ = services.open_round(samples.shibata, 2024, date(2025, 5, 31))
    return token, round_.reports.get(initiative=samples.mynumber)


def _remove_plan_actual(case, token: str, report) -> None:
    """The removal of a plan file's actual aimed at the report's indicator with its initiative's current version: done
    (200), or refused by the rule (409: no figure of that year); a blank reason is the request's fault, 400 with the
    rule's words (docs/api.md), which positive data acceptance would call a rejected valid request."""
    from schemathesis.specs.openapi.checks import positive_data_acceptance

    from shinchoku.plans.models import Initiative

    case.path_parameters["id"] = report.initiative.indicators.get().pk
    case.body["version"] = Initiative.objects.get(pk=report.initiative_id).version
    blank = not str(case.body.get("reason") or "").strip()
    response = case.call_and_validate(
        headers={"Authorization": f"Bearer {token}"}, excluded_checks=[positive_data_acceptance] if blank else []
    )
    if blank:
        assert response.status_code == 400, response.text
        assert response.json() == {"detail": "計画ファイルの実績値を削除する理由を入力してください。"}
    else:
        assert response.status_code in (200, 409), response.text


@authorised_writes.parametrize()
@bounded
def test_write_operations_with_a_valid_token(case, in_test_transaction, office_and_report):
    from shinchoku.progress.models import Report

    token, report = office_and_report
    if case.path.endswith("/actual-removals"):
        _remove_plan_actual(case, token, report)
        return
    case.path_parameters["id"] = report.pk
    if case.method == "PUT":
        indicator = report.initiative.indicators.get()
        case.body["version"] = Report.objects.get(pk=report.pk).version
        case.body["actuals"] = [
            {**item, "indicator": indicator.pk} for item in case.body.get("actuals", [])[:1]
        ]
        if case.body.get("self_grade"):  # a grade of the municipality's scale (any other text is 422)
            case.body["self_grade"] = "ABCD"[len(case.body["self_grade"]) % 4]
    refused = False
    if case.method == "PUT" and case.body["actuals"]:  # a recorded actual emptied is 422 (services.empties_actual)
        from shinchoku.core import numbers
        from shinchoku.progress import services
        from shinchoku.progress.models import RecordedActual

        item = case.body["actuals"][0]
        stored = RecordedActual.objects.filter(report=report, indicator=item["indicator"]).first()
        refused = services.empties_actual(stored, item.get("value"), item.get("text") or "")
        refused = refused or numbers.out_of_range(item.get("value"))  # the form's limit (10兆): 422 too
    response = case.call_and_validate(headers={"Authorization": f"Bearer {token}"})
    if case.method == "PUT" and refused:
        assert response.status_code == 422 and response.json()["errors"][0]["loc"][-1] == "actuals", response.text
    elif case.method == "PUT":
        assert response.status_code == 200, response.text
    else:
        assert response.status_code in (200, 409), response.text
